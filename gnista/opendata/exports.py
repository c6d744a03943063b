"""A dataset as CSV, JSON or XLSX. CSV and JSON are written while the rows are read, a
chunk at a time, so memory stays flat however many rows there are; an XLSX workbook is
written the same way into a temporary file and sent from there.

Cells:
- times are ISO 8601 in the site's time zone, with the offset (XLSX: local time, as Excel
  has no time zones); dates are YYYY-MM-DD;
- lists are JSON arrays, and in CSV and XLSX the items separated by "; ";
- in CSV, text a spreadsheet would take for a formula starts with an apostrophe; JSON
  carries every text unchanged.
"""

import datetime
import decimal
import json
from collections.abc import Callable, Iterator

from django.utils import timezone

from gnista.portfolio.spreadsheets import csv_chunks, harmless, write_xlsx

from .registry import Dataset

LIST_SEPARATOR = "; "
JSON_CHUNK_ROWS = 200


def values(dataset: Dataset, absolute: Callable[[str], str]) -> Iterator[list]:
    """The cells of each row as Python values; paths on the site made absolute."""
    links = [index for index, column in enumerate(dataset.columns) if column.is_link]
    for row in dataset.records():
        for index in links:
            if row[index]:
                row[index] = absolute(row[index])
        yield row


def iso(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return iso(value)
    if isinstance(value, list):
        return harmless(LIST_SEPARATOR.join(str(item) for item in value))
    if isinstance(value, str):
        return harmless(value)
    return str(value)


def json_value(value):
    if isinstance(value, datetime.date):
        return iso(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def xlsx_value(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return value


def csv_stream(dataset: Dataset, absolute: Callable[[str], str]) -> Iterator[bytes]:
    """UTF-8 with a byte order mark, so that Excel reads the letters right."""
    rows = ([csv_text(value) for value in row] for row in values(dataset, absolute))
    return csv_chunks(_with_header(dataset, rows))


def _with_header(dataset: Dataset, rows) -> Iterator[list]:
    yield dataset.header
    yield from rows


def json_stream(dataset: Dataset, absolute: Callable[[str], str]) -> Iterator[bytes]:
    """An array of objects, one per row, keyed by the column names."""
    header = dataset.header
    separator = "[\n"
    lines = []
    for row in values(dataset, absolute):
        item = dict(zip(header, (json_value(value) for value in row), strict=True))
        lines.append(separator + json.dumps(item, ensure_ascii=False))
        separator = ",\n"
        if len(lines) == JSON_CHUNK_ROWS:
            yield "".join(lines).encode()
            lines = []
    lines.append("\n]\n" if separator == ",\n" else "[]\n")
    yield "".join(lines).encode()


def write_workbook(dataset: Dataset, absolute: Callable[[str], str], file) -> None:
    rows = ([xlsx_value(value) for value in row] for row in values(dataset, absolute))
    write_xlsx(_with_header(dataset, rows), file, title=dataset.slug)
