"""Console details a trainer trips over (issue 12, items 9 and 12): a saved-file line that outlives its report,
and the USB page's headings and the workshop picker cut short in Spanish on a small screen."""

import pytest

from tests.gui.console.test_console_pages_fit import spanish_console  # noqa: F401 - in Spanish, 8 people
from tests.gui.layout_check import fits

WAIT = 20000


def test_choosing_another_report_clears_the_line_about_the_last_file(on_workshop, qtbot, exports, enrol):
    enrol("Ana")
    page = on_workshop(5)
    page.kind.setCurrentIndex(page.kind.findData("attendance"))
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    assert page.file_actions.isVisible() and "Saved:" in page.file_actions.label.text()
    page.kind.setCurrentIndex(page.kind.findData("results"))
    assert not page.file_actions.isVisible() and page.status.text() == "" and not page.error.isVisible()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_usb_page_in_spanish_shows_whole_headings_with_files_listed(spanish_console, qtbot, monkeypatch, db,
                                                                        tmp_path, size):
    from trainer.bundles.service import export_participant_bundle
    from trainer.workshops.service import roster

    console = spanish_console
    stick = tmp_path / "USB"
    for person in roster(db, console.workshop_id)[:3]:
        export_participant_bundle(db, person.id, stick / f"{person.name}.trainer")
    console.show_section(7)
    page = console.pages.currentWidget()
    monkeypatch.setattr(page, "choose_folder", lambda title: stick)
    qtbot.waitUntil(page.idle, timeout=WAIT)
    page.collect_button.click()
    qtbot.waitUntil(lambda: page.idle() and page.table.rowCount() == 3, timeout=WAIT)
    header = page.table.horizontalHeader()
    headings = [page.table.horizontalHeaderItem(column).text() for column in range(page.table.columnCount())]
    assert "De la computadora" in headings
    assert fits(console, *size) == []  # no heading, picker or button cut, and the window not forced larger
    for column in range(page.table.columnCount() - 1):  # the last one stretches
        assert header.sectionSize(column) >= header.sectionSizeHint(column), headings[column]
    assert console.picker.currentText().endswith("inscritos: 8")
    console.grab().save(str(tmp_path / f"usb-{size[0]}x{size[1]}.png"))

