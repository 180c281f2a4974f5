"""Hours read the same in the console, the report and the certificate (Spanish: "7,9", never "7.9" or "8.0")."""

from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLE_COURSE


@pytest.fixture
def spanish_console(qtbot, qapp, db, exports, opened, organizer):
    from trainer.courses.loader import load_course
    from trainer.gui.console import ConsoleScreen
    from trainer.gui.context import AppContext
    from trainer.gui.i18n import install_language
    from trainer.people.service import get_participant

    install_language("es")
    context = AppContext("es")
    context.database = db
    context.course_loads = [load_course(EXAMPLE_COURSE, deep=False)]
    context.participant = get_participant(db, organizer.actor_id)
    context.proof = organizer
    screen = ConsoleScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    install_language("en")


@pytest.fixture
def long_days(db):
    """A workshop whose two sessions last 7.9 and 8 hours."""
    from trainer.workshops.service import add_session, create_workshop, get_workshop

    workshop = create_workshop(db, "Taller Sololá", "example", country="GT")
    add_session(db, workshop.id, date(2026, 3, 2), 7.9)
    add_session(db, workshop.id, date(2026, 3, 3), 8)
    return get_workshop(db, workshop.id)


def test_hours_look_the_same_in_the_console_the_report_and_the_certificate(spanish_console, long_days, db, tmp_path,
                                                                           qtbot):
    from trainer.certificates.pdf import format_hours as certificate_hours
    from trainer.reports.attendance import attendance_report
    from trainer.reports.export import export_report

    console = spanish_console
    console.reload_workshops()
    console.select_workshop(long_days.id)
    console.show_section(0)
    qtbot.waitUntil(lambda: not console.listing)  # the list of workshops is fetched off the GUI thread
    table = console.workshops.session_table
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == ["7,9", "8"]
    console.show_section(2)
    sessions = [console.attendance.session.itemText(i) for i in range(console.attendance.session.count())]
    assert sessions == ["2026-03-02 · 09:00 · 7,9 h", "2026-03-03 · 09:00 · 8 h"]

    path = export_report(attendance_report(db, long_days.id, "es"), "pdf", tmp_path / "asistencia.pdf")
    page = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert " 7,9 " in page and " 8 " in page and "8,0" not in page and "7.9" not in page

    assert [certificate_hours(h, "es") for h in (7.9, 8)] == ["7,9 horas", "8 horas"]
    assert [certificate_hours(h, "en") for h in (7.9, 8)] == ["7.9 hours", "8 hours"]
