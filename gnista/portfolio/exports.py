"""Exporting the portfolio to CSV or XLSX with the columns the import reads (transfer.py),
so that an exported file imports back unchanged. Five queries, however many initiatives."""

from collections.abc import Iterator

from django.db.models import QuerySet

from .models import Initiative
from .spreadsheets import csv_chunks, write_xlsx
from .transfer import COLUMNS, HEADER, record_of, relations_of

ITERATOR_CHUNK = 1000


def rows(initiatives: QuerySet | None = None, *, typed: bool = False) -> Iterator[list]:
    """The header, then one row per initiative: text cells, or for XLSX (typed) numbers and
    dates where Excel has them."""
    initiatives = (Initiative.objects.all() if initiatives is None else initiatives).select_related("owner")
    relations = relations_of(initiatives)
    yield HEADER
    for initiative in initiatives.order_by("pk").iterator(chunk_size=ITERATOR_CHUNK):
        record = record_of(initiative, relations[initiative.pk])
        yield [
            column.codec.cell(record[column.name]) if typed else column.codec.dump(record[column.name])
            for column in COLUMNS
        ]


def csv_bytes(initiatives: QuerySet | None = None) -> Iterator[bytes]:
    return csv_chunks(rows(initiatives))


def write_workbook(file, initiatives: QuerySet | None = None) -> None:
    write_xlsx(rows(initiatives, typed=True), file, title="portfolio")
