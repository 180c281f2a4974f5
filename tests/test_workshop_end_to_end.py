"""A two-day workshop run as it is in the field, on four data folders, down to the numbers a funder reads.

The trainer's laptop sets up the organization and the workshop, imports the roster from a spreadsheet and takes
attendance both days (a walk-in joins on day 2); two participants study on their own laptops in the app (one
retakes the quiz); people without a laptop answer on paper, typed in as right/wrong marks or as their answers;
the participants' bundles come back to the trainer; certificates are issued in the console, then again with
`trainer certificates batch` (which must reprint, never revoke); the workshop goes to the organizer's laptop as a
bundle, where the reports are written. Every expected figure is worked out below from the scenario itself.
"""

from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import courses  # noqa: F401 (a fixture: the example course only)
from tests.gui.console.test_console_certificates import issue_all
from tests.gui.test_learner_flows import RIGHT, WRONG, answer_all, button
from trainer.cli import main

ORGANIZATION, TRAINER, PIN, PASSPHRASE = "Cámara de Comercio de Guatemala", "Rosa Díaz", "246810", "tejidos del lago"
WORKSHOP = "Comercio electrónico, Antigua"
WORKSHOP_TRAINER = "Julio Mejía"  # who teaches it; Rosa, the organizer, signs in the console and runs the CLI
DAY_1, DAY_2 = date.today() - timedelta(days=1), date.today()  # the walk-in is enrolled today, on day 2
HOURS = {DAY_1: 4.0, DAY_2: 3.5}
QUESTIONS = 5  # basics-quiz; the workshop teaches the module "basics" only, so passing it is completing
PASS_MARK = 60

# The roster spreadsheet, as a trainer's office sends it (names, organization, sector, country, sex in Spanish).
ROSTER = [
    ("Ana Núñez", "Cooperativa Sololá", "Privado", "Guatemala", "Mujer"),
    ("José Pérez", "Ministerio de Economía", "Público", "El Salvador", "Hombre"),
    ("Iñaki Muñoz", "Universidad de San Carlos", "Académico", "Guatemala", "Hombre"),
    ("Rosa Chávez", "Artesanías Rosa", "Privado", "Honduras", "Mujer"),
    ("Luis Soto", "Dirección de Aduanas", "Público", "Costa Rica", "Hombre"),
    ("Eva Ramírez", "Têxteis Eva", "Privado", "Portugal", "Mujer"),
    ("Pedro Alas", "Café Alas", "Privado", "Guatemala", "Hombre"),
]
WALK_IN = ("Carmen Ortiz", "Café Ortiz", "private", "GT", "female")
PEOPLE = {  # what the scenario makes each person do; the expected figures are computed from this
    "Ana Núñez": {"country": "GT", "sector": "private", "sex": "female", "days": {DAY_1: "present", DAY_2: "present"},
                  "quiz": "laptop", "scores": [100 / 3 / QUESTIONS, 100.0]},  # WRONG (a third of a question), RIGHT
    "José Pérez": {"country": "SV", "sector": "public", "sex": "male", "days": {DAY_1: "present", DAY_2: "late"},
                   "quiz": "laptop", "scores": [100.0]},
    "Iñaki Muñoz": {"country": "GT", "sector": "academic", "sex": "male",
                    "days": {DAY_1: "present", DAY_2: "present"},
                    "quiz": "marks", "cells": "11011"},
    "Rosa Chávez": {"country": "HN", "sector": "private", "sex": "female", "days": {DAY_1: "late", DAY_2: "present"},
                    "quiz": "marks", "cells": "01001"},
    "Luis Soto": {"country": "CR", "sector": "public", "sex": "male", "days": {DAY_1: "present", DAY_2: "absent"},
                  "quiz": "answers", "cells": ["A", "A, B, C", "F", "125", "MD5"]},  # 4 right, the text wrong
    "Eva Ramírez": {"country": "PT", "sector": "private", "sex": "female", "days": {DAY_1: "absent", DAY_2: "present"},
                    "quiz": None},
    "Pedro Alas": {"country": "GT", "sector": "private", "sex": "male", "days": {DAY_1: "absent", DAY_2: "excused"},
                   "quiz": None},
    "Carmen Ortiz": {"country": "GT", "sector": "private", "sex": "female", "days": {DAY_2: "present"},  # walk-in
                     "quiz": "marks", "cells": "11110"},
}
ATTENDED = ("present", "late")
THRESHOLD = 80


def paper_score(person: dict) -> float:
    """The score of a paper sheet, counted by hand: one point per right question out of five."""
    if person["quiz"] == "marks":
        return 100.0 * person["cells"].count("1") / QUESTIONS
    right = ["A", "A, B, C", "F", "125", "SHA-256"]  # the answer key of basics-quiz
    return 100.0 * sum(a == b for a, b in zip(person["cells"], right)) / QUESTIONS


def expected() -> dict:
    """The funder's figures, from the scenario above (no application code)."""
    figures = {}
    for name, person in PEOPLE.items():
        counted = person["days"]  # the sessions held while they were enrolled (a walk-in: from day 2)
        held = sum(HOURS[day] for day in counted)
        attended = sum(HOURS[day] for day, status in counted.items() if status in ATTENDED)
        if person["quiz"] == "laptop":
            passed = max(person["scores"]) >= PASS_MARK
        else:
            passed = person["quiz"] is not None and paper_score(person) >= PASS_MARK
        rate = round(100 * attended / held, 1)
        figures[name] = {
            "trained": attended > 0, "hours": attended, "rate": rate, "completed": attended > 0 and passed,
            "certificate": None if rate < THRESHOLD or not attended else "completion" if passed else "participation",
        }
    trained = [n for n, f in figures.items() if f["trained"]]

    def by(key):
        groups = {}
        for name in trained:
            groups.setdefault(PEOPLE[name][key], []).append(name)
        return {code: len(names) for code, names in groups.items()}

    return {
        "people": figures, "trained": len(trained), "hours": sum(figures[n]["hours"] for n in trained),
        "completions": sum(figures[n]["completed"] for n in trained),
        "certificates": sum(f["certificate"] is not None for f in figures.values()),
        "by country": by("country"), "by sector": by("sector"), "by sex": by("sex"),
        "hours by country": {code: sum(figures[n]["hours"] for n in trained if PEOPLE[n]["country"] == code)
                             for code in by("country")},
    }


@pytest.fixture
def laptops(tmp_path, monkeypatch, capsys):
    """`at(name)` makes the named laptop's data folder the current one; `cli(...)` runs `trainer` there."""
    homes = {name: tmp_path / name for name in ("trainer", "laptop-ana", "laptop-jose", "office")}
    for home in homes.values():
        home.mkdir()

    @contextmanager
    def at(name: str):
        monkeypatch.setenv("TRAINER_HOME", str(homes[name]))
        monkeypatch.setenv("TRAINER_EXPORTS", str(homes[name] / "exports"))
        yield homes[name]

    def cli(*argv) -> str:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert code == 0, f"trainer {' '.join(argv)} -> {code}\n{out}\n{err}"
        return out

    return at, cli


@contextmanager
def on_day_1():
    """Day 1 happened yesterday: what the trainer records meanwhile is dated then (the app's one clock,
    `trainer.storage.models.utc_now`), so the walk-in enrolled today was not on the roster marked on day 1."""
    from trainer.storage import models

    class Yesterday(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) - timedelta(days=1)

    models.datetime = Yesterday
    try:
        yield
    finally:
        models.datetime = datetime


def write_roster(path) -> None:
    """An .xlsx as a spreadsheet program saves it: a title row, then the headers, then one row per person."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Inscritos")
    sheet.write_row(0, 0, ["Lista de inscritos, taller de Antigua"])
    sheet.write_row(2, 0, ["Nombre", "Organización", "Sector", "País", "Sexo"])
    for row, cells in enumerate(ROSTER, start=3):
        sheet.write_row(row, 0, cells)
    book.close()


def write_sheet(path, rows) -> None:
    path.write_text("Nombre;" + ";".join(str(n) for n in range(1, QUESTIONS + 1)) + "\n"
                    + "".join(f"{name};{';'.join(cells)}\n" for name, cells in rows), encoding="utf-8")


def mark_day(cli, session: str, day: date) -> None:
    for name, person in PEOPLE.items():
        if day in person["days"]:
            cli("attendance", "mark", "--session", session, name, person["days"][day])


def study(qtbot, name: str, retake: bool) -> None:
    """A participant at their own laptop: picks their profile, reads the lessons, marks them done, takes the quiz."""
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow
    from trainer.gui.screens.lesson import LessonReader
    from trainer.people.service import find_participant

    install_language("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    try:
        window.set_language("en")
        window.go("profiles")
        window.choose_participant(find_participant(window.context.database, name))
        for lesson in ("welcome", "online-order"):
            window.go("lesson", "example", lesson)
            reader = window.stack.currentWidget()
            assert isinstance(reader, LessonReader)
            qtbot.keyClick(reader, Qt.Key_D, Qt.ControlModifier)
            qtbot.waitUntil(lambda: reader.done_button.text() == "✓ Done", timeout=10000)
        window.go("quiz", "example", "basics-quiz")
        quiz = window.stack.currentWidget()
        quiz.all_at_once.setChecked(True)
        quiz.at_end.setChecked(True)
        for number, responses in enumerate([WRONG, RIGHT] if retake else [RIGHT]):
            if number:
                assert quiz.verdict.text().startswith("✗ Not passed yet")
                qtbot.mouseClick(button(quiz, "Retake the quiz"), Qt.LeftButton)
            quiz.start(resume=False)
            answer_all(quiz, responses)
            quiz.finish()
            qtbot.waitUntil(lambda: not quiz.finishing, timeout=10000)
        assert quiz.verdict.text() == "✓ Passed: 100 % (you needed 60 %)"
        window.go("course", "example")
    finally:
        window.context.database.dispose()
        install_language("en")


def issue_in_console(qtbot) -> list:
    """The trainer opens the console with their PIN and issues every eligible certificate of the workshop."""
    from trainer.courses.loader import load_course
    from trainer.gui.console import ConsoleScreen
    from trainer.gui.context import AppContext
    from trainer.gui.i18n import install_language
    from trainer.people.service import find_participant
    from trainer.storage.database import open_database
    from trainer.trust import prove
    from trainer.workshops.service import find_workshop
    from tests.conftest import EXAMPLE_COURSE

    install_language("en")
    db = open_database()
    context = AppContext("en")
    context.database = db
    context.course_loads = [load_course(EXAMPLE_COURSE, deep=False)]
    context.participant = find_participant(db, TRAINER)
    context.proof = prove(db, context.participant.id, PIN)
    console = ConsoleScreen(context)
    qtbot.addWidget(console)
    console.resize(1366, 768)
    console.show()
    qtbot.waitExposed(console)
    try:
        console.reload_workshops()
        console.select_workshop(find_workshop(db, WORKSHOP).id)
        console.show_section(6)
        page = console.pages.currentWidget()
        qtbot.waitUntil(lambda: not page.loading, timeout=20000)
        issue_all(page, qtbot, PASSPHRASE)
        assert page.issue_status.text().startswith("✓ ")
        return page.issued_model.rows
    finally:
        console.close()
        db.dispose()


def certificates_here() -> dict:
    """Every certificate on this laptop, by holder's name: (code, kind, revoked, trainer, hours)."""
    from trainer.certificates.issuing import list_certificates
    from trainer.storage.database import open_database

    db = open_database()
    try:
        return {c.facts.name: (c.code, c.facts.kind, c.revoked, c.facts.trainer, c.facts.hours)
                for c in list_certificates(db)}
    finally:
        db.dispose()


def test_a_two_day_workshop_from_roster_to_the_funders_figures(laptops, courses, qtbot, monkeypatch,  # noqa: F811
                                                                tmp_path):
    at, cli = laptops
    want = expected()
    stick = tmp_path / "usb-stick"

    # Day 1, the trainer's laptop: organization, workshop, two sessions, the roster, attendance.
    with at("trainer"), on_day_1():
        monkeypatch.setenv("TRAINER_PIN", PIN)
        monkeypatch.setenv("TRAINER_KEY_PASSPHRASE", PASSPHRASE)
        cli("setup", "--organization", ORGANIZATION, "--name", TRAINER, "--country", "GT", "--sex", "female")
        monkeypatch.setenv("TRAINER_AS", TRAINER)
        cli("participants", "add", WORKSHOP_TRAINER, "--country", "GT", "--sex", "male")
        cli("workshop", "create", WORKSHOP, "--course", "example", "--place", "Antigua Guatemala", "--country", "GT",
            "--from", DAY_1.isoformat(), "--to", DAY_2.isoformat(), "--modules", "basics",
            "--trainer", WORKSHOP_TRAINER)
        for day, hours in HOURS.items():
            cli("workshop", "session-add", WORKSHOP, "--date", day.isoformat(), "--hours", f"{hours:g}")
        write_roster(tmp_path / "inscritos.xlsx")
        cli("roster", "import", str(tmp_path / "inscritos.xlsx"), "--workshop", WORKSHOP)
        sessions = session_ids()
        mark_day(cli, sessions[DAY_1], DAY_1)
        cli("bundle", "export", "--kind", "workshop", "--workshop", WORKSHOP, "-o", str(stick / "taller.trainer"))

    # Ana and José prepare their laptops from the workshop bundle, then study in the app.
    for home, name, retake in (("laptop-ana", "Ana Núñez", True), ("laptop-jose", "José Pérez", False)):
        with at(home):
            for variable in ("TRAINER_AS", "TRAINER_PIN", "TRAINER_KEY_PASSPHRASE"):
                monkeypatch.delenv(variable, raising=False)
            cli("bundle", "approve", str(stick / "taller.trainer"), "--yes")  # the trainer beside it compared
            cli("bundle", "import", str(stick / "taller.trainer"))
            study(qtbot, name, retake)
            cli("bundle", "export", "--kind", "participant", "--participant", name,
                "-o", str(stick / "progreso" / f"{home}.trainer"))

    # Day 2, the trainer's laptop: a walk-in, attendance, paper results, the participants' bundles.
    with at("trainer"):
        monkeypatch.setenv("TRAINER_AS", TRAINER)
        monkeypatch.setenv("TRAINER_PIN", PIN)
        monkeypatch.setenv("TRAINER_KEY_PASSPHRASE", PASSPHRASE)
        name, organization, sector, country, sex = WALK_IN
        cli("roster", "add", name, "--workshop", WORKSHOP, "--org", organization, "--sector", sector,
            "--country", country, "--sex", sex)
        mark_day(cli, sessions[DAY_2], DAY_2)
        marks = [(n, list(p["cells"])) for n, p in PEOPLE.items() if p["quiz"] == "marks"]
        write_sheet(tmp_path / "marcas.csv", marks)
        cli("paper", "scores", str(tmp_path / "marcas.csv"), "basics-quiz", "--workshop", WORKSHOP, "--marks")
        answers = [(n, p["cells"]) for n, p in PEOPLE.items() if p["quiz"] == "answers"]
        write_sheet(tmp_path / "respuestas.csv", answers)
        cli("paper", "scores", str(tmp_path / "respuestas.csv"), "basics-quiz", "--workshop", WORKSHOP)
        out = cli("bundle", "import", str(stick / "progreso"))
        assert out.rstrip().endswith(" 0 refused."), out

        # Attendance rates as the trainer reads them: sessions held while each person was enrolled.
        rates = attendance_rates()
        assert rates == {n: f["rate"] for n, f in want["people"].items()}

        # Certificates: first in the console, then the same workshop again from the command line.
        issue_in_console(qtbot)
        from_gui = certificates_here()
        assert {n: c[1] for n, c in from_gui.items()} == {
            n: f["certificate"] for n, f in want["people"].items() if f["certificate"]}
        assert all(c[3] == WORKSHOP_TRAINER for c in from_gui.values())  # the workshop's trainer, not the signer
        assert {n: c[4] for n, c in from_gui.items()} == {
            n: f["hours"] for n, f in want["people"].items() if f["certificate"]}
        out = cli("certificates", "batch", "--workshop", WORKSHOP, "--one-file")
        after = certificates_here()
        assert after == from_gui  # same codes, same facts, nothing revoked: the batch reprinted them
        assert not any(c[2] for c in after.values())
        assert "0 reissued" in out and f"{len(from_gui)} reprinted" in out
        for code, *_ in after.values():  # those handed out after the console still verify (exit status 0)
            assert "and not revoked on this laptop" in cli("verify", code)

        cli("bundle", "export", "--kind", "organizer", "--workshop", WORKSHOP, "-o", str(stick / "oficina.trainer"))

    # The organizer's laptop: the workshop arrives; the reports a funder reads are written there.
    with at("office") as office:
        for variable in ("TRAINER_AS", "TRAINER_PIN", "TRAINER_KEY_PASSPHRASE"):
            monkeypatch.delenv(variable, raising=False)
        cli("bundle", "approve", str(stick / "oficina.trainer"), "--yes")
        cli("bundle", "import", str(stick / "oficina.trainer"))
        assert certificates_here() == after
        assert attendance_rates() == rates
        files = {}
        for kind in ("summary", "attendance", "results"):
            for fmt in ("csv", "xlsx", "pdf"):
                files[kind, fmt] = office / f"{kind}.{fmt}"
                cli("report", kind, "--workshop", WORKSHOP, "--format", fmt, "-o", str(files[kind, fmt]))
        summary = funder_figures()

    assert summary["people"] == want["trained"]
    assert summary["hours"] == pytest.approx(want["hours"])
    assert summary["completions"] == want["completions"]
    assert summary["certificates"] == want["certificates"]
    assert summary["by country"] == want["by country"]
    assert summary["hours by country"] == pytest.approx(want["hours by country"])
    assert summary["by sector"] == want["by sector"]
    assert summary["by sex"] == want["by sex"]

    # The files say the same: the CSV's key figures, the workbook's sheets, the PDF's text.
    import csv

    import openpyxl
    from pypdf import PdfReader

    rows = list(csv.reader(files["summary", "csv"].read_text(encoding="utf-8-sig").splitlines()))
    key_figures = {row[0]: float(row[1]) for row in rows[rows.index(["Measure", "Value"]) + 1:] if len(row) == 2}
    assert key_figures["People trained"] == want["trained"] and key_figures["Person-hours"] == want["hours"]
    assert key_figures["Completions"] == want["completions"]
    assert key_figures["Certificates issued"] == want["certificates"]
    book = openpyxl.load_workbook(files["summary", "xlsx"], read_only=True)
    sheet = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True) if len(row) >= 2}
    assert (sheet["People trained"], sheet["Person-hours"]) == (want["trained"], want["hours"])
    assert (sheet["Completions"], sheet["Certificates issued"]) == (want["completions"], want["certificates"])
    assert "People trained by country" in book.sheetnames
    text = " ".join(page.extract_text() for page in PdfReader(files["summary", "pdf"]).pages)
    assert "Summary for funders" in text and "Portugal" in text and "Costa Rica" in text
    attendance_rows = list(csv.reader(files["attendance", "csv"].read_text(encoding="utf-8-sig").splitlines()))
    for name, figures in want["people"].items():
        assert any(row and row[0] == name for row in attendance_rows), name
    results_text = " ".join(page.extract_text() for page in PdfReader(files["results", "pdf"]).pages)
    assert all(name in results_text for name in PEOPLE)


def session_ids() -> dict:
    from trainer.storage.database import open_database
    from trainer.workshops.service import find_workshop, get_workshop

    db = open_database()
    try:
        return {s.date: s.id for s in get_workshop(db, find_workshop(db, WORKSHOP).id).sessions}
    finally:
        db.dispose()


def attendance_rates() -> dict:
    """Each person's attendance rate on this laptop, by name."""
    from trainer.people.service import get_participant
    from trainer.storage.database import open_database
    from trainer.workshops.service import attendance_summaries, find_workshop

    db = open_database()
    try:
        summaries = attendance_summaries(db, find_workshop(db, WORKSHOP).id)
        return {get_participant(db, p).name: s.rate for p, s in summaries.items()}
    finally:
        db.dispose()


def funder_figures() -> dict:
    """The funder summary on this laptop, read back as numbers by country (ISO code), sector and sex."""
    from trainer.courses.loader import load_course
    from trainer.reports.summary import funder_summary
    from trainer.storage.database import open_database
    from trainer.workshops.service import find_workshop
    from tests.conftest import EXAMPLE_COURSE

    db = open_database()
    try:
        course = load_course(EXAMPLE_COURSE).course
        report = funder_summary(db, "en", {course.id: course}, [find_workshop(db, WORKSHOP).id])
    finally:
        db.dispose()
    figures, by_country, by_sector, by_sex, _workshops = report.tables
    values = {row[0]: row[1] for row in figures.rows}
    from trainer.reports.wording import country_label, sector_label, sex_label

    def grouped(table, label, codes, column=1):
        named = {label(code, "en"): code for code in codes}
        return {named[row[0]]: row[column] for row in table.rows if row[1]}

    countries = {p["country"] for p in PEOPLE.values()}
    return {
        "people": values["People trained"], "hours": values["Person-hours"], "completions": values["Completions"],
        "certificates": values["Certificates issued"],
        "by country": grouped(by_country, country_label, countries),
        "hours by country": grouped(by_country, country_label, countries, column=3),
        "by sector": grouped(by_sector, sector_label, {p["sector"] for p in PEOPLE.values()}),
        "by sex": grouped(by_sex, sex_label, {p["sex"] for p in PEOPLE.values()}),
    }
