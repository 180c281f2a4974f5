"""A report as CSV: UTF-8 with a BOM (so Excel shows accents), each table under its title, a blank line between.

Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is
prefixed with an apostrophe: a name in a roster must never become a formula.
"""

import codecs
import csv
import io
from typing import BinaryIO

from trainer.reports.model import NUMBER, TEXT, Report, row_ticker, text_formatter

FORMULA_STARTS = frozenset("=+-@\t\r")


def write_csv(report: Report, stream: BinaryIO, progress=None) -> None:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow([report.title])
    writer.writerow([report.scope])
    tick, done = row_ticker(progress, report.row_count), 0
    for table in report.tables:
        writer.writerow([])
        writer.writerow([table.title] + ([table.note] if table.note else []))
        writer.writerow([column.label for column in table.columns])
        # csv writes integers, dates (ISO) and None (empty) as they should read; only text and decimals need work
        converters = [(index, _safe_text if column.kind == TEXT else text_formatter(column))
                      for index, column in enumerate(table.columns) if column.kind in (TEXT, NUMBER)]
        for row in table.rows:
            cells = list(row)
            for index, convert in converters:
                cells[index] = convert(cells[index])
            writer.writerow(cells)
            done += 1
            tick(done)
    stream.write(codecs.BOM_UTF8 + text.getvalue().encode("utf-8"))


def _safe_text(value) -> str:
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text
