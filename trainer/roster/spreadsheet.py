"""Reading the spreadsheet a trainer brings (CSV or XLSX) into plain rows, numbered as the trainer sees them.

CSV files come as UTF-8 (with or without a BOM), UTF-16 ("Unicode text") or
Windows-1252 with semicolons (what Excel saves in a Spanish locale), so the
encoding and the delimiter are detected. Title rows above the header, blank
rows and merged cells are tolerated: the header is the row among the first
ones that names the most known fields.
"""

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from trainer.errors import UserError
from trainer.roster.columns import column_letter, header_field

MAX_BYTES = 20_000_000
MAX_ROWS = 20_000
HEADER_SEARCH_ROWS = 15
DELIMITERS = (";", ",", "\t", "|")

MESSAGES = {
    "missing-file": {"en": "{path}: there is no such file", "es": "{path}: el archivo no existe"},
    "too-large": {
        "en": "{path}: the file is {size} MB; a roster may be at most {limit} MB",
        "es": "{path}: el archivo pesa {size} MB; una lista puede pesar como máximo {limit} MB",
    },
    "too-many-rows": {
        "en": "{path}: the file has more than {limit} rows",
        "es": "{path}: el archivo tiene más de {limit} filas",
    },
    "unsupported-type": {
        "en": "{path}: Trainer reads .csv and .xlsx files; open it in your spreadsheet program and save it as "
              "\"Excel workbook (.xlsx)\" or \"CSV\"",
        "es": "{path}: Trainer lee archivos .csv y .xlsx; ábralo en su programa de hojas de cálculo y guárdelo como "
              "\"Libro de Excel (.xlsx)\" o \"CSV\"",
    },
    "unreadable-xlsx": {
        "en": "{path}: the file is not a readable .xlsx workbook ({detail})",
        "es": "{path}: el archivo no es un libro .xlsx legible ({detail})",
    },
    "empty": {"en": "{path}: the file has no rows", "es": "{path}: el archivo no tiene filas"},
}


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number the spreadsheet program shows, counting title and blank rows
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    """A spreadsheet's header and data rows as text; blank rows are left out but keep their numbers."""

    path: Path
    headers: list[str]
    header_row: int
    rows: list[SheetRow]
    encoding: str | None = None
    delimiter: str | None = None

    def column_name(self, index: int) -> str:
        """How the trainer finds a column: its header, or its letter when the header cell is empty."""
        return self.headers[index] or column_letter(index)


def read_spreadsheet(path: Path, header_row: int | None = None) -> Sheet:
    """The sheet in a .csv or .xlsx file (the first worksheet with data); `header_row` overrides the guess."""
    path = Path(path)
    if not path.is_file():
        raise UserError(MESSAGES, "missing-file", path=path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UserError(MESSAGES, "too-large", path=path, size=round(size / 1e6, 1), limit=MAX_BYTES // 1_000_000)
    suffix = path.suffix.lower()
    encoding = delimiter = None
    if suffix in (".csv", ".txt", ".tsv"):
        text, encoding = _decode(path.read_bytes())
        rows, delimiter = _csv_rows(text)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    else:
        raise UserError(MESSAGES, "unsupported-type", path=path)
    if len(rows) > MAX_ROWS:
        raise UserError(MESSAGES, "too-many-rows", path=path, limit=MAX_ROWS)
    numbered = [(number, cells) for number, cells in enumerate(rows, start=1) if any(cells)]
    if not numbered:
        raise UserError(MESSAGES, "empty", path=path)
    header_row = header_row or _guess_header_row(numbered)
    width = max(len(cells) for _, cells in numbered)
    headers = list(rows[header_row - 1]) + [""] * (width - len(rows[header_row - 1]))
    data = [SheetRow(number, tuple(cells) + ("",) * (width - len(cells))) for number, cells in numbered if number > header_row]
    while headers and not headers[-1] and not any(row.cells[len(headers) - 1] for row in data):
        headers.pop()
    data = [SheetRow(row.number, row.cells[: len(headers)]) for row in data]
    return Sheet(path, headers, header_row, data, encoding, delimiter)


def _decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: a BOM decides; else UTF-8 if it decodes; else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _csv_rows(text: str) -> tuple[list[list[str]], str]:
    """Rows of cells and the delimiter: the one that splits the first lines into the most consistent columns."""
    lines = text.splitlines()
    if lines and lines[0].lower().startswith("sep=") and len(lines[0]) == 5:  # Excel's delimiter hint line
        delimiter, text = lines[0][4], "\n".join(lines[1:])
    else:
        sample = "\n".join(lines[:50])
        delimiter = max(DELIMITERS, key=lambda d: _consistency(sample, d))
    rows = [[" ".join(cell.split()) for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return rows, delimiter


def _consistency(sample: str, delimiter: str) -> tuple[int, int]:
    """How well a delimiter splits a sample: rows that share the commonest width (above 1), then that width."""
    widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in row)]
    common = max(sorted(set(widths)), key=widths.count, default=1)
    return (widths.count(common) if common > 1 else 0, common)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _xlsx_rows(path: Path) -> list[list[str]]:
    """Rows of the first worksheet that has any; merged cells read as their top-left value and blanks."""
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UserError(MESSAGES, "unreadable-xlsx", path=path, detail=type(error).__name__) from None
    try:
        for sheet in workbook.worksheets:
            rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(min_row=1, values_only=True)]
            if any(any(row) for row in rows):
                return rows
        return []
    finally:
        workbook.close()


def _guess_header_row(numbered: list[tuple[int, list[str]]]) -> int:
    """Among the first non-blank rows, the one naming the most known fields (the first row if none does)."""
    best_number, best_count = numbered[0][0], 0
    for number, cells in numbered[:HEADER_SEARCH_ROWS]:
        count = sum(1 for cell in cells if cell and header_field(cell)[0])
        if count > best_count:
            best_number, best_count = number, count
    return best_number
