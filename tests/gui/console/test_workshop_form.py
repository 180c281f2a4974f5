"""The workshop form's dates (issue 12, item 7) and its saving through the background writer (issue 11)."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from trainer.workshops.service import get_workshop, list_workshops


def new_form(console, qtbot):
    page = console.workshops
    console.show_section(0)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    return page


def test_a_date_typed_into_an_empty_field_is_that_date_and_clearing_empties_it(console, qtbot, db):
    page = new_form(console, qtbot)
    field = page.starts
    assert field.edit.text() == "" and field.value() is None and field.edit.placeholderText()  # "no date" is a hint
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "sin fecha")  # letters cannot get in, so they never mix with digits
    assert field.edit.text() == ""
    qtbot.keyClicks(field.edit, "20261207")
    qtbot.keyClick(field.edit, Qt.Key_Tab)
    assert field.edit.text() == "2026-12-07" and field.value() == date(2026, 12, 7)
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2026-13-45")  # typed over: no leftovers of the old date
    qtbot.keyClick(field.edit, Qt.Key_Tab)
    assert field.value() is None and "'2026-13-45' is not a date" in field.message.text()
    qtbot.keyClicks(page.title, "Taller Solola")
    page.save_button.click()
    assert "Starts on: '2026-13-45' is not a date" in page.error.text() and list_workshops(db) == []

    field.edit.clear()  # the clear button does the same
    assert field.value() is None and not field.message.isVisible()
    qtbot.keyClicks(page.ends.edit, "2026-12-09")
    page.save_button.click()
    qtbot.waitUntil(page.save_button.isEnabled)  # saved by the background writer
    [listing] = list_workshops(db)
    assert (listing.workshop.starts_on, listing.workshop.ends_on) == (None, date(2026, 12, 9))
    assert page.saved.text() == "✓ Saved"


def test_the_calendar_opens_at_today_and_the_end_date_at_the_start(console, qtbot, db):
    page = new_form(console, qtbot)
    today = date.today()
    page.starts.button.click()
    assert page.starts.menu.isVisible()
    assert (page.starts.calendar.yearShown(), page.starts.calendar.monthShown()) == (today.year, today.month)
    page.starts.calendar.clicked.emit(QDate(2027, 2, 10))  # the trainer picks 10 February 2027
    assert page.starts.value() == date(2027, 2, 10) and not page.starts.menu.isVisible()

    page.ends.button.click()
    calendar = page.ends.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 2)
    assert calendar.minimumDate() == QDate(2027, 2, 10)  # days before the start cannot be picked
    page.ends.menu.close()
    page.ends.edit.setFocus()
    qtbot.keyClicks(page.ends.edit, "2027-02-01")
    qtbot.keyClick(page.ends.edit, Qt.Key_Tab)
    assert page.ends.message.isVisible() and "end (2027-02-01) before it starts (2027-02-10)" in page.ends.message.text()
    qtbot.keyClicks(page.title, "Taller")
    page.save_button.click()
    qtbot.waitUntil(page.save_button.isEnabled)
    assert "ends (2027-02-01) before it starts (2027-02-10)" in page.error.text() and list_workshops(db) == []

    page.ends.edit.clear()
    page.ends.edit.setFocus()
    qtbot.keyClick(page.ends.edit, Qt.Key_Down, Qt.AltModifier)  # the keyboard opens it too
    assert page.ends.menu.isVisible() and (calendar.yearShown(), calendar.monthShown()) == (2027, 2)
    page.ends.calendar.activated.emit(QDate(2027, 2, 11))
    page.save_button.click()
    qtbot.waitUntil(page.save_button.isEnabled)
    [listing] = list_workshops(db)
    assert (listing.workshop.starts_on, listing.workshop.ends_on) == (date(2027, 2, 10), date(2027, 2, 11))


def test_a_session_is_added_through_the_background_writer(console, qtbot, db, workshop):
    page = console.workshops
    console.reload_workshops()
    console.select_workshop(workshop.id)
    console.show_section(0)
    qtbot.waitUntil(lambda: not console.listing)  # the list of workshops is fetched off the GUI thread
    page.session_date.setDate(QDate(2030, 1, 7))
    page.session_title.setText("Pagos en línea")
    page.add_session_button.click()
    qtbot.waitUntil(lambda: page.session_saved.text() == "✓ Saved")
    qtbot.waitUntil(page.add_session_button.isEnabled)
    assert [s.title for s in get_workshop(db, workshop.id).sessions][-1] == "Pagos en línea"
    assert page.session_table.rowCount() == 4 and page.session_date.date() == QDate(2030, 1, 8)


def test_a_busy_database_says_not_saved_yet_and_the_workshop_is_saved_when_it_frees(console, qtbot, db, monkeypatch):
    import sqlite3

    import trainer.workshops.service as service

    real, tries = service.create_workshop, []

    def create_workshop(*args, **kwargs):
        tries.append(args[1])
        if len(tries) <= 3:
            raise sqlite3.OperationalError("database is locked")  # another program is writing
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "create_workshop", create_workshop)
    page = new_form(console, qtbot)
    seen = []
    from trainer.gui.saving import writer_for

    writer_for(db).state_changed.connect(lambda *_: seen.append(page.saved.text()))
    qtbot.keyClicks(page.title, "Taller Solola")
    page.save_button.click()
    assert not page.save_button.isEnabled() and not page.new_button.isEnabled()  # not given twice
    qtbot.waitUntil(page.save_button.isEnabled, timeout=10000)
    assert any(text.startswith("⚠ Not saved yet: the database is busy") for text in seen)
    assert page.saved.text() == "✓ Saved" and tries == ["Taller Solola"] * 4
    assert [listing.workshop.title for listing in list_workshops(db)] == ["Taller Solola"]


def test_typed_dates_are_read_in_year_month_day_order_and_impossible_days_are_not_dates():
    from trainer.gui.widgets import parse_date

    assert [parse_date(text) for text in ("2026-12-07", "2026/12/7", "20261207", " 2026.1.5 ")] == [
        date(2026, 12, 7), date(2026, 12, 7), date(2026, 12, 7), date(2026, 1, 5)]
    assert [parse_date(text) for text in ("2026-02-30", "0261207", "07/12/2026", "")] == [None] * 4
