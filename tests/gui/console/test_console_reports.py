"""Exporting reports from the console: the file lands in the exports folder; Cancel leaves no file at all."""

from PySide6.QtCore import Qt


def test_export_an_attendance_report_as_csv(on_workshop, qtbot, exports, opened, workshop, enrol):
    enrol("Ana", "Beto")
    page = on_workshop(5)
    assert page.workshop.currentData() == workshop.id
    page.kind.setCurrentIndex(page.kind.findData("attendance"))
    page.format.setCurrentIndex(page.format.findData("csv"))
    assert not page.paper.isEnabled() and not page.by_dates.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    [path] = list(exports.iterdir())
    assert path.suffix == ".csv" and path.name.startswith("attendance-taller-solola")
    text = path.read_text(encoding="utf-8-sig")
    assert "Ana" in text and "Beto" in text
    assert page.file_actions.isVisible() and str(path) in page.file_actions.label.text()
    assert not page.file_actions.print_button.isVisible()  # only a PDF is printed
    qtbot.mouseClick(page.file_actions.folder_button, Qt.LeftButton)
    qtbot.mouseClick(page.file_actions.open_button, Qt.LeftButton)
    assert opened == [exports, path]


def test_funder_summary_over_a_date_range_in_spanish_as_pdf(on_workshop, qtbot, exports, workshop, enrol):
    enrol("Ana")
    page = on_workshop(5)
    page.kind.setCurrentIndex(page.kind.findData("summary"))
    page.by_dates.setChecked(True)
    assert not page.workshop.isEnabled() and page.start.isEnabled()
    page.format.setCurrentIndex(page.format.findData("pdf"))
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    page.language.setCurrentIndex(page.language.findData("es"))
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    [path] = list(exports.iterdir())
    assert path.name.startswith("resumen-") and path.suffix == ".pdf"
    assert page.file_actions.print_button.isVisible()


def test_cancel_an_export_and_no_file_is_left(on_workshop, qtbot, exports, enrol):
    enrol("Ana", "Beto")
    page = on_workshop(5)
    page.format.setCurrentIndex(page.format.findData("xlsx"))
    page.export_button.click()
    assert page.job.dialog.isVisible()
    page.job.dialog.canceled.emit()  # the trainer presses Cancel
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.status.text() == "Export cancelled: no file was written."
    assert not exports.exists() or list(exports.iterdir()) == []
    assert page.job is None and page.export_button.isEnabled() and not page.file_actions.isVisible()
