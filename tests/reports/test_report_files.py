"""Report files as an organizer opens them: CSV in Excel, XLSX with real numbers, printable PDFs in either language."""

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from trainer.errors import UserError
from trainer.reports.export import export_report
from trainer.reports.model import DATE, INTEGER, NUMBER, Chart, Column, Report, Table


def sample(lang: str = "es", rows: int = 120) -> Report:
    people = Table("Participantes" if lang == "es" else "Participants", [
        Column("Nombre"), Column("Organización"), Column("Sesiones", INTEGER), Column("Asistencia %", NUMBER),
        Column("Desde", DATE),
    ], [[f"Ñandú Pérez {n}", "=HYPERLINK(\"http://x\")" if n == 0 else "Cooperativa de Tejedoras de Sololá", n % 6,
         round(100 * (n % 6) / 5, 1), date(2026, 3, 2)] for n in range(rows)])
    figures = Table("Cifras clave", [Column("Medida"), Column("Valor", NUMBER)], [["Personas", rows], ["Horas", 12.5]])
    return Report("attendance", lang, "Informe de asistencia" if lang == "es" else "Attendance report",
                  "Taller Sololá · Sololá, Guatemala · del 2026-03-02 al 2026-03-06", "Taller Sololá",
                  [figures, people], [Chart("Personas por sexo", ["Mujeres", "Hombres"], [70, 50])], charts_after=1)


def test_csv_opens_in_excel_with_accents_and_no_formulas(tmp_path):
    path = export_report(sample(), "csv", tmp_path / "informe.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[:2] == [["Informe de asistencia"], ["Taller Sololá · Sololá, Guatemala · del 2026-03-02 al 2026-03-06"]]
    assert rows[3:6] == [["Cifras clave"], ["Medida", "Valor"], ["Personas", "120"]]
    header = rows.index(["Nombre", "Organización", "Sesiones", "Asistencia %", "Desde"])
    assert rows[header + 1] == ["Ñandú Pérez 0", "'=HYPERLINK(\"http://x\")", "0", "0", "2026-03-02"]  # not "0.0"
    assert rows[header + 2] == ["Ñandú Pérez 1", "Cooperativa de Tejedoras de Sololá", "1", "20", "2026-03-02"]


def test_xlsx_has_a_sheet_per_table_frozen_headers_and_real_numbers(tmp_path):
    path = export_report(sample(), "xlsx", tmp_path / "informe.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Cifras clave", "Participantes"]
    sheet = book["Participantes"]
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == ["Nombre", "Organización", "Sesiones", "Asistencia %", "Desde"]
    assert sheet["A1"].font.b
    row = [cell.value for cell in sheet[3]]
    assert row == ["Ñandú Pérez 1", "Cooperativa de Tejedoras de Sololá", 1, 20.0, datetime(2026, 3, 2)]
    assert sheet["E3"].number_format == "yyyy-mm-dd"
    assert sheet["B2"].data_type == "s" and sheet["B2"].value.startswith("=HYPERLINK")  # text, never a formula
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["C"].width
    assert sheet.max_row == 121 and book["Cifras clave"]["B3"].value == 12.5


@pytest.mark.parametrize("lang, paper, size, page_of", [
    ("es", "a4", (595, 842), "Página 1 de"), ("en", "letter", (612, 792), "Page 1 of"),
])
def test_pdf_on_a4_or_letter_with_header_page_numbers_and_spanish_letters(tmp_path, lang, paper, size, page_of):
    path = export_report(sample(lang), "pdf", tmp_path / "informe.pdf", paper=paper)
    pdf = PdfReader(path)
    pages = len(pdf.pages)
    assert pages >= 3
    box = pdf.pages[0].mediabox
    assert sorted((round(float(box.width)), round(float(box.height)))) == sorted(size)
    first, last = pdf.pages[0].extract_text(), pdf.pages[-1].extract_text()
    assert "Taller Sololá · Sololá, Guatemala · del 2026-03-02 al 2026-03-06" in first
    assert f"{page_of} {pages}" in first and f"{page_of.replace('1', str(pages))} {pages}" in last
    assert "Ñandú Pérez 0" in first and "Mujeres" in first
    fonts = {str(f["/BaseFont"]) for page in pdf.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("+" in name for name in fonts)  # embedded TrueType subsets: accents print everywhere


def test_a_cancelled_export_leaves_no_file(tmp_path):
    def cancel(done, total):
        if done >= 100:
            raise KeyboardInterrupt

    for fmt in ("csv", "xlsx", "pdf"):
        with pytest.raises(KeyboardInterrupt):
            export_report(sample(), fmt, tmp_path / f"informe.{fmt}", progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_files_land_in_the_exports_folder_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_EXPORTS", str(tmp_path / "exports"))
    seen = []
    path = export_report(sample(), "xlsx", progress=lambda done, total: seen.append((done, total)))
    assert path.parent == tmp_path / "exports"
    assert path.name == f"asistencia-taller-solola-{date.today():%Y%m%d}.xlsx"
    assert seen[-1] == (122, 122)
    with pytest.raises(UserError) as error:
        export_report(sample(), "docx")
    assert error.value.message("es") == "el formato 'docx' no es uno de: csv, xlsx, pdf"
    with pytest.raises(UserError):
        export_report(sample(), "pdf", paper="legal")
