"""Setting up a workshop and its sessions in the console, as a trainer would, errors included."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from trainer.workshops.service import get_workshop, list_workshops


def test_create_a_workshop_with_two_sessions(console, qtbot, db):
    page = console.workshops
    console.show_section(0)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert not page.session_table.isEnabled() and page.sessions_hint.isVisible()
    page.save_button.click()
    qtbot.waitUntil(page.save_button.isEnabled)  # saved (or refused) by the background writer
    assert page.error.isVisible() and "a workshop needs a title" in page.error.text()
    assert list_workshops(db) == []

    qtbot.keyClicks(page.title, "Taller Solola")
    qtbot.keyClicks(page.place, "Panajachel")
    page.country.setCurrentIndex(page.country.findData("GT"))
    page.starts.setDate(QDate(2026, 3, 2))
    page.ends.setDate(QDate(2026, 3, 1))
    page.save_button.click()
    qtbot.waitUntil(page.save_button.isEnabled)  # saved (or refused) by the background writer
    assert "the workshop ends (2026-03-01) before it starts (2026-03-02)" in page.error.text()
    page.ends.setDate(QDate(2026, 3, 3))
    practice = next(check for check in page.module_checks if check.property("module_id") == "practice")
    practice.setChecked(False)
    page.threshold.setValue(75)
    page.save_button.click()
    qtbot.waitUntil(page.save_button.isEnabled)  # saved (or refused) by the background writer
    assert not page.error.isVisible() and page.saved.text() == "✓ Saved"
    qtbot.waitUntil(lambda: not console.listing)  # the list of workshops is fetched again off the GUI thread
    [listing] = list_workshops(db)
    workshop = listing.workshop
    assert (workshop.title, workshop.place, workshop.country, workshop.course_id, workshop.module_ids,
            workshop.attendance_threshold) == ("Taller Solola", "Panajachel", "GT", "example", ["basics"], 75)
    assert console.workshop_id == workshop.id and "Taller Solola" in console.picker.currentText()
    assert page.tree.currentItem().text(0) == "Taller Solola"

    assert page.session_table.isEnabled() and not page.sessions_hint.isVisible()
    page.session_date.setDate(QDate(2026, 3, 2))
    page.session_start.setText("9:00")
    page.add_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer
    assert "start time '9:00' is not a 24-hour time" in page.session_error.text()
    page.session_start.setText("09:00")
    page.session_hours.setValue(13)
    page.add_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer
    assert "a session lasts more than 0 and at most 12 hours" in page.session_error.text()
    page.session_hours.setValue(4)
    page.add_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer
    assert page.session_date.date() == QDate(2026, 3, 3)  # ready for the next day
    page.session_hours.setValue(3.5)
    page.session_start.setText("14:00")
    page.add_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer

    qtbot.waitUntil(lambda: not console.listing)
    assert page.session_table.rowCount() == 2
    assert [page.session_table.item(1, c).text() for c in range(3)] == ["2026-03-03", "14:00", "3.5"]
    sessions = get_workshop(db, workshop.id).sessions
    assert [(s.date, s.start_time, s.hours) for s in sessions] == [
        (date(2026, 3, 2), "09:00", 4.0), (date(2026, 3, 3), "14:00", 3.5)]
    assert page.tree.currentItem().text(2) == "2"  # the list counts the sessions


def test_edit_a_session_and_remove_one_without_marks(console, qtbot, db, workshop, enrol):
    from trainer.workshops.service import record_attendance

    [ana] = enrol("Ana")
    record_attendance(db, workshop.sessions[0].id, ana.id, "present")
    page = console.workshops
    console.reload_workshops()
    console.select_workshop(workshop.id)
    console.show_section(0)
    qtbot.waitUntil(lambda: not console.listing)  # the list of workshops is fetched off the GUI thread
    assert page.title.text() == "Taller Sololá" and page.session_table.rowCount() == 3
    page.session_table.selectRow(0)
    page.session_hours.setValue(2)
    page.change_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer
    assert get_workshop(db, workshop.id).sessions[0].hours == 2.0

    page.session_table.selectRow(0)
    page.remove_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer
    assert "already has 1 attendance mark(s), so it cannot be removed" in page.session_error.text()
    page.session_table.selectRow(2)
    page.remove_session_button.click()
    qtbot.waitUntil(page.add_session_button.isEnabled)  # saved (or refused) by the background writer
    assert page.session_table.rowCount() == 2 and len(get_workshop(db, workshop.id).sessions) == 2
