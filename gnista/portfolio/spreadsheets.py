"""Reading and writing the two formats people exchange tables in: CSV as Excel writes it
and XLSX. Knows nothing of initiatives; a file that cannot be read becomes a FileError
whose message tells the person what to do."""

import codecs
import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING

XLSX_MAGIC = b"PK\x03\x04"
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"
CSV_CHUNK_ROWS = 200

# A CSV cell is text; an XLSX cell can also be a real date, as Excel stores dates.
Cell = str | datetime.date


class FileError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[Cell]]]  # (row number as the spreadsheet shows it, cells)


def read_table(data: bytes, name: str = "") -> Table:
    """The table of a CSV or XLSX file, told apart by content or else by file name."""
    name = name.lower()
    if data.startswith(OLD_EXCEL_MAGIC) or name.endswith(".xls"):
        raise FileError(
            _("This is an old Excel workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8.")
        )
    rows = read_xlsx(data) if data.startswith(XLSX_MAGIC) or name.endswith(".xlsx") else read_csv(data)
    rows = [(number, cells) for number, cells in rows if any(text_of(cell).strip() for cell in cells)]
    if not rows:
        raise FileError(_("The file is empty."))
    header_number, header_cells = rows[0]
    if header_number != 1:
        raise FileError(_("The first row must name the columns."))
    header = [text_of(cell).strip() for cell in header_cells]
    while header and not header[-1]:
        header.pop()
    return Table(header=header, rows=rows[1:])


def read_csv(data: bytes) -> list[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileError(
            _(
                "The file is not UTF-8 text (byte %(position)s cannot be read). "
                "In Excel, save it as “CSV UTF-8 (comma delimited)” and try again."
            )
            % {"position": error.start + 1}
        ) from None
    first_line = text.split("\n", 1)[0]
    # Swedish Excel separates with semicolons, because the comma is the decimal sign.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for number, cells in enumerate(reader, 1):
            rows.append((number, cells))
    except csv.Error as error:
        raise FileError(
            _(
                "Row %(row)s cannot be read (%(reason)s). The file may be cut off, "
                "or a quotation mark may be missing."
            )
            % {"row": len(rows) + 1, "reason": error}
        ) from None
    return rows


def read_xlsx(data: bytes) -> list[tuple[int, list[Cell]]]:
    """The rows of the first sheet, with numbers and dates as text or dates."""
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [
                (number, [xlsx_cell(value) for value in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), 1)
            ]
        finally:
            workbook.close()
    # A damaged workbook makes zipfile, zlib, the XML parser or openpyxl fail in many ways.
    except Exception:
        raise FileError(
            _(
                "The file is not a readable XLSX workbook: it may be cut off or damaged. "
                "Save it again as an Excel workbook (.xlsx) and try again."
            )
        ) from None


def xlsx_cell(value) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def text_of(cell: Cell) -> str:
    if isinstance(cell, datetime.datetime):
        return cell.date().isoformat() if cell.time() == datetime.time() else cell.isoformat(sep=" ")
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return cell


class _Echo:
    """A file that hands back what is written to it, so csv.writer can make single lines."""

    def write(self, value: str) -> str:
        return value


def csv_chunks(rows: Iterable[list[str]]) -> Iterator[bytes]:
    """CSV as bytes, a few rows at a time: UTF-8 with a byte order mark (so Excel reads the
    letters right) and commas."""
    writer = csv.writer(_Echo())
    yield codecs.BOM_UTF8
    lines = []
    for row in rows:
        lines.append(writer.writerow(row))
        if len(lines) == CSV_CHUNK_ROWS:
            yield "".join(lines).encode()
            lines = []
    if lines:
        yield "".join(lines).encode()


def harmless(cell):
    """Text that a spreadsheet would take for a formula is kept as text (for CSV; XLSX cells
    are typed, see write_xlsx)."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def write_xlsx(rows: Iterable[list], file, title: str) -> None:
    """A workbook of one sheet. Text stays text even when it starts with "=", and characters
    XML cannot hold are left out."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title)

    def cell(value):
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not value.startswith("="):
            return value
        text = WriteOnlyCell(sheet, value=value)
        text.data_type = TYPE_STRING
        return text

    for row in rows:
        sheet.append([cell(value) for value in row])
    workbook.save(file)
