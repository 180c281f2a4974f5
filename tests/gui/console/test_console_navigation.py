"""Moving around the console from the keyboard, and every page following the chosen workshop."""

from PySide6.QtCore import Qt

from trainer.workshops.service import create_workshop


def test_ctrl_and_a_number_opens_each_section(console, qtbot):
    console.activateWindow()
    qtbot.waitActive(console)
    for number, page in enumerate((console.workshops, console.roster, console.attendance, console.paper,
                                   console.progress, console.reports), start=1):
        qtbot.keyClick(console.nav, Qt.Key(Qt.Key_0 + number), Qt.ControlModifier)
        assert console.pages.currentWidget() is page and console.nav.currentRow() == number - 1
    assert [console.nav.item(i).text() for i in range(6)] == [
        "Workshops", "Roster", "Attendance", "Paper mode", "Class progress", "Reports"]


def test_choosing_another_workshop_reloads_the_page_shown(on_workshop, qtbot, db, workshop, enrol):
    enrol("Ana")
    page = on_workshop(1)
    assert page.count.text() == "People enrolled: 1"
    other = create_workshop(db, "Taller Cobán", "example", country="GT")
    console = page.console
    console.reload_workshops()
    qtbot.waitUntil(lambda: not console.listing)  # the list of workshops is fetched off the GUI thread
    console.picker.setCurrentIndex(console.picker.findData(other.id))
    console.picker.activated.emit(console.picker.currentIndex())
    qtbot.waitUntil(lambda: not page.loading)  # and so is the roster
    assert page.title.text() == "Roster: Taller Cobán" and page.count.text() == "People enrolled: 0"


def test_an_empty_database_asks_for_a_workshop_first(console):
    console.show_section(1)
    assert console.roster.count.text() == "Create a workshop first (section Workshops)."
    assert not console.roster.add_button.isEnabled()
    console.show_section(2)
    assert "no sessions yet" in console.attendance.totals.text()
