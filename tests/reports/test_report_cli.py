"""`trainer report` and `trainer paper` as an organizer runs them in an office with no display."""

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli_proof import organizer  # noqa: F401 (a fixture)
from trainer.cli import main
from trainer.people.service import ProfileInput
from trainer.roster.enrolment import add_and_enrol
from trainer.storage.database import open_database
from trainer.workshops.service import add_session, create_workshop, record_attendance


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_EXPORTS", str(tmp_path / "exports"))
    db = open_database()
    workshop = create_workshop(db, "Taller Sololá", "example", place="Sololá", country="GT")
    held = add_session(db, workshop.id, date(2026, 3, 2), 4)
    for name, sex in (("Ana Núñez", "female"), ("Luis Gómez", "male")):
        person, _ = add_and_enrol(db, workshop.id, ProfileInput(name=name, sex=sex, sector="private", country="GT"))
        record_attendance(db, held.id, person.id, "present")
    db.dispose()
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err


def test_reports_in_every_format(capsys, office):
    code, out, _ = run(capsys, "--lang", "es", "report", "attendance", "--workshop", "Taller Sololá", "--format", "pdf",
                       "--paper", "letter")
    assert code == 0 and out.startswith("Se escribió ") and "exports/asistencia-taller-solola-" in out
    text = PdfReader(out.removeprefix("Se escribió ")).pages[0].extract_text()
    assert "Informe de asistencia" in text and "Ana Núñez" in text and "Página 1 de 1" in text
    code, out, _ = run(capsys, "report", "summary", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx",
                       "-o", str(office / "resumen.xlsx"))
    figures = {row[0]: row[1] for row in load_workbook(office / "resumen.xlsx")["Key figures"].iter_rows(
        min_row=2, values_only=True)}
    assert figures["People trained"] == 2 and figures["Person-hours"] == 8
    code, out, _ = run(capsys, "report", "results", "--workshop", "Taller Sololá", "--format", "csv")
    assert code == 0 and out.endswith(".csv")


def test_reports_say_what_they_need(capsys, office):
    code, _, err = run(capsys, "report", "attendance", "--format", "csv")
    assert code == 2 and "give --workshop" in err
    code, _, err = run(capsys, "report", "summary", "--format", "csv")
    assert code == 2 and "--from DATE --to DATE" in err
    code, _, err = run(capsys, "report", "summary", "--from", "2030-01-01", "--to", "2030-12-31", "--format", "pdf")
    assert code == 2 and "no workshop has sessions from 2030-01-01 to 2030-12-31" in err
    assert not (office / "exports").exists() or list((office / "exports").iterdir()) == []


def test_paper_mode_from_the_command_line(capsys, office, organizer):
    code, out, _ = run(capsys, "--lang", "es", "paper", "handout", "welcome", "--workshop", "Taller Sololá")
    assert code == 0 and out.endswith("material-welcome-es-gt.pdf")
    assert "Nota para Guatemala" in PdfReader(out.removeprefix("Se escribió ")).pages[0].extract_text()
    code, out, _ = run(capsys, "paper", "quiz", "basics", "--course", "example", "--key", "-o", str(office / "k.pdf"))
    assert code == 0 and "Answer key" in PdfReader(office / "k.pdf").pages[0].extract_text()
    sheet = office / "notas.csv"
    code, out, _ = run(capsys, "paper", "score-sheet", "basics", "--workshop", "Taller Sololá", "-o", str(sheet))
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    marks = {"Ana Núñez": "1,1,1,1,1", "Luis Gómez": "0,0,0,0,1"}
    sheet.write_text("\n".join([lines[0]] + [",".join(line.split(",")[:2]) + "," + marks[line.split(",")[1]]
                                             for line in lines[1:]]), encoding="utf-8")
    code, out, _ = run(capsys, "paper", "scores", str(sheet), "basics", "--workshop", "Taller Sololá", "--marks",
                       "--dry-run")
    assert code == 0 and "2 result(s) ready; nothing recorded (--dry-run)." in out
    code, out, _ = run(capsys, "paper", "scores", str(sheet), "basics", "--workshop", "Taller Sololá", "--marks")
    assert [line.strip() for line in out.splitlines()] == [
        "Ana Núñez: 100 % passed", "Luis Gómez: 20 % not passed", "2 paper attempt(s) recorded."]
