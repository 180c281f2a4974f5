"""A report as plain values (titled tables, key figures and charts) that every export format writes the same way.

Builders produce a `Report` already in the reader's language; the CSV, XLSX
and PDF writers only lay it out, so the GUI and the CLI export identical
content.
"""

from dataclasses import dataclass, field

TEXT, INTEGER, NUMBER, DATE = "text", "integer", "number", "date"


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = TEXT  # TEXT, INTEGER, NUMBER (one decimal) or DATE

    @property
    def numeric(self) -> bool:
        return self.kind in (INTEGER, NUMBER)


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[list]
    note: str = ""  # a legend shown under the title (what abbreviations mean)


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart of counts by group (people by country, by sector, by sex)."""

    title: str
    labels: list[str]
    values: list[float]


@dataclass
class Report:
    kind: str  # attendance, results or summary: the start of the default file name
    lang: str
    title: str
    scope: str  # which workshop(s) and dates, printed on every page
    name: str  # what the report is about, for the default file name (a workshop's title, a date range)
    tables: list[Table]
    charts: list[Chart] = field(default_factory=list)
    charts_after: int = 0  # how many tables come before the charts (the key figures, say)

    @property
    def row_count(self) -> int:
        return sum(len(table.rows) for table in self.tables)


def _number_text(value) -> str:
    """A CSV cell: '7.9', '8' (not '8.0' next to a '0'), for any spreadsheet to read as a number."""
    if value is None:
        return ""
    return f"{value:.1f}".removesuffix(".0") if isinstance(value, float) else str(value)


def _date_text(value) -> str:
    return "" if value is None else value.isoformat()


def _plain_text(value) -> str:
    return "" if value is None else str(value)


def text_formatter(column: Column, lang: str | None = None):
    """How the column's values read in a CSV cell, or on a PDF page for a reader of `lang` ('7,9' in Spanish, as
    the GUI and certificates show it): numbers with one decimal at most, dates in ISO, nothing as empty. One
    function per column, so a 300-row table is formatted without a test per cell."""
    if column.kind == NUMBER and lang:
        from trainer.locale import format_number

        return lambda value: "" if value is None else format_number(value, lang, 1)
    return {NUMBER: _number_text, DATE: _date_text}.get(column.kind, _plain_text)


def row_ticker(progress, total: int, step: int = 100):
    """A callback for writers to call after each row: reports `progress(done, total)` every `step` rows and at the
    end, so a GUI progress bar moves (and can cancel) without a signal per row."""

    def tick(done: int) -> None:
        if progress and (done % step == 0 or done == total):
            progress(done, total)

    return tick
