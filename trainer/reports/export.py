"""Writing a report to a file in the chosen format, atomically, in the exports folder unless told otherwise."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from trainer.errors import UserError
from trainer.files import atomic_write, file_stem
from trainer.i18n import pick
from trainer.paths import exports_dir
from trainer.reports.model import Report
from trainer.reports.pdf_document import PAPER_NAMES

FORMATS = ("csv", "xlsx", "pdf")

FILE_KINDS = {
    "attendance": {"en": "attendance", "es": "asistencia"},
    "results": {"en": "results", "es": "resultados"},
    "summary": {"en": "summary", "es": "resumen"},
}

MESSAGES = {
    "bad-format": {"en": "format '{value}' is not one of: csv, xlsx, pdf",
                   "es": "el formato '{value}' no es uno de: csv, xlsx, pdf"},
    "bad-paper": {"en": "paper '{value}' is not a4 or letter", "es": "el papel '{value}' no es a4 ni letter (carta)"},
}


def default_path(report: Report, fmt: str) -> Path:
    """exports/<kind>-<what>-<date>.<fmt>, e.g. exports/asistencia-taller-solola-20260306.pdf."""
    kind = pick(FILE_KINDS.get(report.kind, {"en": report.kind}), report.lang)
    return exports_dir() / f"{kind}-{file_stem(report.name.lower(), 'report')}-{date.today():%Y%m%d}.{fmt}"


def export_report(report: Report, fmt: str, path: Path | None = None, paper: str = "a4",
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write `report` as csv, xlsx or pdf; returns the file. `progress(done, total)` may raise to cancel, and then
    no file (not even a partial one) is left behind."""
    if fmt not in FORMATS:
        raise UserError(MESSAGES, "bad-format", value=fmt)
    if paper not in PAPER_NAMES:
        raise UserError(MESSAGES, "bad-paper", value=paper)
    target = Path(path) if path else default_path(report, fmt)
    if fmt == "csv":
        from trainer.reports.csv_file import write_csv

        return atomic_write(target, lambda stream: write_csv(report, stream, progress))
    if fmt == "xlsx":
        from trainer.reports.xlsx_file import write_xlsx

        return atomic_write(target, lambda stream: write_xlsx(report, stream, progress))
    from trainer.reports.pdf_file import write_pdf

    return atomic_write(target, lambda stream: write_pdf(report, stream, paper, progress))
