"""A report as an Excel workbook: one worksheet per table, a frozen bold header, sized columns, numbers as numbers.

Cells are never turned into formulas or links, whatever a participant typed
as their name.
"""

import io
import re
from typing import BinaryIO

from trainer.reports.model import DATE, INTEGER, NUMBER, Report, row_ticker, text_formatter

MAX_WIDTH = 50
NUMBER_FORMATS = {INTEGER: "0", NUMBER: "General", DATE: "yyyy-mm-dd"}  # builders round NUMBER values


def write_xlsx(report: Report, stream: BinaryIO, progress=None) -> None:
    """Build the workbook in memory, then write its bytes to `stream` in one go.

    xlsxwriter writing straight into `stream` turned a full disk into its own FileCreateError and left a
    ZipFile that later failed with "seek of closed file"; built in memory, a disk error is a plain OSError
    from `stream.write` (which atomic_write turns into a clear message) and a cancel leaves nothing open.
    """
    buffer = io.BytesIO()
    _build(report, buffer, progress)
    stream.write(buffer.getvalue())


def _build(report: Report, buffer: io.BytesIO, progress) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(buffer, {"strings_to_formulas": False, "strings_to_urls": False,
                                            "strings_to_numbers": False, "in_memory": True})
    workbook.set_properties({"title": report.title, "subject": report.scope, "author": "Trainer"})
    header = workbook.add_format({"bold": True, "bg_color": "#E8EEF5", "bottom": 1, "text_wrap": True,
                                  "valign": "top"})
    formats = {kind: workbook.add_format({"num_format": pattern}) for kind, pattern in NUMBER_FORMATS.items()}
    tick, done, names = row_ticker(progress, report.row_count), 0, set()
    for table in report.tables:
        sheet = workbook.add_worksheet(_sheet_name(table.title, names))
        sheet.set_header(f"&L{_escape(report.title)}&R{_escape(report.scope)}")
        sheet.set_footer("&R&P / &N")
        sheet.write_row(0, 0, [column.label for column in table.columns], header)
        for index, column in enumerate(table.columns):
            format_value = text_formatter(column)
            longest = max([len(format_value(row[index])) for row in table.rows[:500]] +
                          [len(word) for word in column.label.split()] + [6])
            sheet.set_column(index, index, min(longest + 2, MAX_WIDTH), formats.get(column.kind))
        for number, row in enumerate(table.rows, start=1):
            sheet.write_row(number, 0, row)
            done += 1
            tick(done)
        sheet.freeze_panes(1, 0)
        if table.rows:
            sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
    workbook.close()


def _sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()
    if len(base) > 31:
        base = base[:32].rsplit(" ", 1)[0][:31]  # whole words, as far as they fit
    base = base or "Sheet"
    name, counter = base, 2
    while name.casefold() in taken:
        suffix = f" ({counter})"
        name, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    taken.add(name.casefold())
    return name


def _escape(text: str) -> str:
    return text.replace("&", "&&")
