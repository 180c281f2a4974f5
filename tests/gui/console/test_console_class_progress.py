"""The class progress grid: a state symbol and numbers in every cell, sortable, with who is at risk and why."""

from PySide6.QtCore import Qt

from trainer.progress.service import complete_lesson, record_attempt
from trainer.workshops.service import record_attendance

RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125.0,
         "digest-name": "SHA-256"}


def table(page):
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_grid_shows_states_with_numbers_sorts_and_flags_risk(on_workshop, qtbot, db, workshop, enrol, context):
    course = context.course("example")
    ana, beto, carla = enrol("Ana", "Beto", "Carla")
    for lesson in ("welcome", "online-order"):
        complete_lesson(db, ana.id, course, lesson)
    record_attempt(db, ana.id, course, "basics-quiz", RIGHT)
    complete_lesson(db, beto.id, course, "welcome")
    yesterday, today = workshop.sessions[0], workshop.sessions[1]
    for person, status in ((ana, "present"), (beto, "absent"), (carla, "late")):
        record_attendance(db, yesterday.id, person.id, status)
    for person in (ana, carla):
        record_attendance(db, today.id, person.id, "present")

    page = on_workshop(4)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    model = page.model
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == [
        "⚠", "Name", "Attendance", "Progress", "The basics", "Practice", "Lessons", "Modules passed", "Organization",
        "Why at risk"]
    assert "My progress" in model.headerData(3, Qt.Horizontal, Qt.ToolTipRole)
    rows = table(page)
    # progress: the basics passed (100 %) and practice not started (0 %), each module weighing the same
    assert rows[0][:8] == ["", "Ana", "100 % (2/2)", "50 %", "✓ 2/2 · 100 %", "○ 0/1", "2/3", "1/2"]
    # 1 of the basics' 2 lessons + its quiz = 1/3 of that module: 1/6 of the course, rounded down
    assert rows[1][:8] == ["⚠", "Beto", "0 % (0/2)", "16 %", "◐ 1/2", "○ 0/1", "1/3", "0/2"]
    assert rows[1][9] == "attendance 0 % is below the workshop's 80 %"
    assert rows[2][4] == "○ 0/2"
    assert model.index(0, 4).data(Qt.ToolTipRole) == "passed: ✓ 2/2 · 100 %"
    assert model.index(1, 4).data(Qt.ToolTipRole) == "in progress: ◐ 1/2"
    assert "⚠ attendance 0 %" in model.index(1, 1).data(Qt.ToolTipRole)
    assert model.index(0, 4).data(Qt.BackgroundRole) != model.index(1, 4).data(Qt.BackgroundRole)
    assert page.summary.text() == "Participants: 3 · completed every module: 0 · at risk: 1"

    page.table.sortByColumn(4, Qt.DescendingOrder)  # the trainer clicks "The basics"
    assert [row[1] for row in table(page)] == ["Ana", "Beto", "Carla"]
    page.table.sortByColumn(4, Qt.AscendingOrder)
    assert [row[1] for row in table(page)] == ["Carla", "Beto", "Ana"]
    page.table.sortByColumn(2, Qt.AscendingOrder)
    assert [row[1] for row in table(page)][0] == "Beto"
    page.table.sortByColumn(3, Qt.DescendingOrder)  # "Progress"
    assert [row[1] for row in table(page)] == ["Ana", "Beto", "Carla"]

    page.only_risk.setChecked(True)
    assert [row[1] for row in table(page)] == ["Beto"]
    assert page.only_risk.text() == "Only people at &risk (1)"


def test_all_four_module_columns_fit_at_1024_in_spanish(qtbot, db, context, organizer):
    """Spanish module titles wrap in the header and the columns are capped, so the 4th module is on screen."""
    from tests.conftest import REPO
    from trainer.courses.loader import load_course
    from trainer.gui.console import ConsoleScreen
    from trainer.gui.i18n import install_language
    from trainer.people.service import ProfileInput, add_participant
    from trainer.workshops.service import create_workshop, enrol

    load = load_course(REPO / "courses" / "ecommerce-export", deep=False)
    context.course_loads.append(load)
    workshop = create_workshop(db, "Taller de exportación de Sololá", load.course.id, country="GT")
    people = [add_participant(db, ProfileInput(name=name, organization="Asociación de Artesanos del Lago Atitlán"))
              for name in ("María de los Ángeles Domínguez Ñúñez", "Beto Ramírez")]
    enrol(db, workshop.id, [person.id for person in people])
    install_language("es")
    context.lang = "es"
    try:
        console = ConsoleScreen(context)
        qtbot.addWidget(console)
        console.resize(1024, 600)
        console.show()
        qtbot.waitExposed(console)
        console.reload_workshops()
        console.select_workshop(workshop.id)
        console.show_section(4)
        page = console.pages.currentWidget()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
        fourth = 4 + 3
        assert page.model.headerData(fourth, Qt.Horizontal) == "E-business para exportar: pymes"
        right_edge = page.table.columnViewportPosition(fourth) + page.table.columnWidth(fourth)
        assert 0 < right_edge <= page.table.viewport().width()
        long_name = people[0].name  # wider than its column: cut with "…" on screen, whole in the tooltip
        assert page.table.fontMetrics().horizontalAdvance(long_name) > page.table.columnWidth(1)
        assert page.model.index(1, 1).data(Qt.ToolTipRole) == long_name
    finally:
        install_language("en")
