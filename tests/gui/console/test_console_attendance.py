"""Taking attendance from the keyboard: one key per person, the next unmarked person selected after each."""

from datetime import date

from PySide6.QtCore import Qt

from trainer.workshops.attendance_sheet import session_sheet


def marks(page):
    return [page.model.mark_text(row.status) for row in page.model.rows()]


def selected_name(page):
    return page.table.currentIndex().siblingAtColumn(1).data()


def all_saved(qtbot, db):
    """Wait until the background writer has saved every mark handed to it."""
    from trainer.gui.saving import writer_for

    qtbot.waitUntil(lambda: not writer_for(db).pending(), timeout=5000)


def todays(workshop):
    return next(held for held in workshop.sessions if held.date == date.today())


def test_mark_with_one_key_per_person_and_see_the_totals(on_workshop, qtbot, db, workshop, enrol):
    enrol("Ana", "Beto", "Carla", "Darío")
    page = on_workshop(2)
    assert page.session.currentData() == todays(workshop).id and page.session.currentText().endswith("today")
    assert selected_name(page) == "Ana"
    qtbot.keyClick(page.table, Qt.Key_P)
    assert selected_name(page) == "Beto"
    qtbot.keyClick(page.table, Qt.Key_T)  # tarde
    qtbot.keyClick(page.table, Qt.Key_A)
    assert marks(page) == ["✓ present", "◑ late", "✗ absent", "— not marked"]
    assert selected_name(page) == "Darío"
    totals = page.totals.text()
    assert all(part in totals for part in ("Present: 1", "Late: 1", "Excused: 0", "Absent: 1", "Not marked: 1"))
    qtbot.keyClick(page.table, Qt.Key_X)  # not a mark: nothing happens
    assert marks(page)[3] == "— not marked"
    qtbot.keyClick(page.table, Qt.Key_J)  # justificada
    all_saved(qtbot, db)
    assert session_sheet(db, todays(workshop).id).totals == {
        "present": 1, "late": 1, "excused": 1, "absent": 1, "unmarked": 0}
    assert "Not marked: 0" in page.totals.text()

    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key_L)  # late, in English: a mark can be changed
    assert marks(page)[0] == "◑ late" and "Late: 2" in page.totals.text()


def test_the_next_unmarked_person_is_selected_even_above(on_workshop, qtbot, db, workshop, enrol):
    from trainer.workshops.service import record_attendance

    ana, beto, carla = enrol("Ana", "Beto", "Carla")
    record_attendance(db, todays(workshop).id, beto.id, "present")
    record_attendance(db, todays(workshop).id, carla.id, "present")
    page = on_workshop(2)
    assert selected_name(page) == "Ana"  # the first one without a mark
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key_A)
    assert selected_name(page) == "Ana"  # wrapped around to the only one left


def test_typing_a_name_filters_the_list_and_esc_clears_it(on_workshop, qtbot, enrol):
    enrol("Ana", "Beto", "Carla", "Darío")
    page = on_workshop(2)
    qtbot.keyClicks(page.filter, "dario")  # accents do not matter
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 1).data() == "Darío"
    qtbot.keyClick(page.filter, Qt.Key_Down)
    assert selected_name(page) == "Darío"
    qtbot.keyClick(page.table, Qt.Key_P)
    assert marks(page)[3] == "✓ present"
    assert page.focusWidget() is page.filter and page.filter.selectedText() == "dario"  # ready for the next name
    qtbot.keyClick(page.filter, Qt.Key_Escape)
    assert page.filter.text() == "" and page.proxy.rowCount() == 4


def test_add_a_walk_in_and_mark_them(on_workshop, qtbot, db, workshop, enrol):
    enrol("Ana", "Beto")
    page = on_workshop(2)
    page.walk_in_button.click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields.name, "Eva Walker")
    qtbot.keyClick(dialog.fields.name, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [row.name for row in page.model.rows()] == ["Ana", "Beto", "Eva Walker"]
    assert selected_name(page) == "Eva Walker"
    qtbot.keyClick(page.table, Qt.Key_P)
    assert marks(page)[2] == "✓ present"


def test_mark_everyone_else_present_then_see_a_persons_history(on_workshop, qtbot, db, workshop, enrol):
    enrol("Ana", "Beto", "Carla")
    page = on_workshop(2)
    qtbot.keyClick(page.table, Qt.Key_A)
    page.all_present_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert marks(page) == ["✗ absent", "✓ present", "✓ present"]
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key_T)
    all_saved(qtbot, db)
    page.table.selectRow(0)
    page.history_button.click()
    lines = [page.dialog.list.item(i).text() for i in range(page.dialog.list.count())]
    assert len(lines) == 3 and lines[0] == f"Session of {date.today().isoformat()}, 09:00"
    assert lines[1].endswith("Ana: absent (by Rosa Pérez)")  # the organizer who opened the console
    assert lines[2].endswith("Ana: absent → late (by Rosa Pérez)")


def test_a_class_of_forty_is_marked_with_forty_keystrokes(on_workshop, qtbot, db, workshop, enrol):
    enrol(*(f"Persona {number:02d}" for number in range(1, 41)))
    page = on_workshop(2)
    for key in [Qt.Key_P] * 30 + [Qt.Key_A] * 5 + [Qt.Key_T] * 5:  # no arrow key, no mouse
        qtbot.keyClick(page.table, key)
    all_saved(qtbot, db)
    assert session_sheet(db, todays(workshop).id).totals == {
        "present": 30, "late": 5, "excused": 0, "absent": 5, "unmarked": 0}
    assert marks(page)[29:31] == ["✓ present", "✗ absent"]
    assert "Present: 30" in page.totals.text() and "Not marked: 0" in page.totals.text()
