"""Paper mode in the console: print a handout, type the paper scores into a grid, see each problem on its cell."""

from PySide6.QtCore import Qt

from tests.gui.console.test_paper_grid import name_at, set_text, text_at, tip_at
from trainer.progress.service import attempts


def test_write_a_handout_then_open_and_print_it(on_workshop, qtbot, exports, opened, enrol):
    page = on_workshop(3)
    assert page.module.currentData() == "basics"
    assert [page.lesson.itemText(i) for i in range(page.lesson.count())] == [
        "The whole module", "Welcome", "An online order"]
    page.lesson.setCurrentIndex(1)
    page.handout_button.click()
    qtbot.waitUntil(page.file_actions.isVisible, timeout=20000)
    [path] = list(exports.iterdir())
    assert path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF")
    assert page.file_actions.print_button.isVisible()
    qtbot.mouseClick(page.file_actions.print_button, Qt.LeftButton)
    assert opened == [path]

    page.module.setCurrentIndex(page.module.findData("practice"))  # a module without a quiz
    assert page.handout_button.isEnabled() and not page.quiz_button.isEnabled()
    assert not page.record_button.isEnabled()


def test_type_paper_scores_fix_a_bad_cell_and_record_them(on_workshop, qtbot, db, enrol):
    ana, beto = enrol("Ana", "Beto")
    page = on_workshop(3)
    assert (page.grid.model().rowCount(), page.grid.model().columnCount()) == (2, 5)
    assert [name_at(page.grid, r) for r in range(2)] == ["Ana", "Beto"]
    for column, typed in enumerate(("A", "A, B, C", "F", "125", "sha-256")):
        set_text(page.grid, 0, column, typed)
    page.grid.setCurrentCell(1, 0)
    qtbot.keyClicks(page.grid, "Z")  # typing in a cell starts editing it
    qtbot.keyClick(page.grid.focusWidget(), Qt.Key_Tab)
    assert text_at(page.grid, 1, 0) == "Z"
    for column, typed in enumerate(("A", "V", "12", "-"), start=1):
        set_text(page.grid, 1, column, typed)

    page.record_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.problems.count() == 1
    assert page.problems.item(0).text() == "⚠ Beto, question 1: 'Z' is not an option of this question (A to B)"
    assert name_at(page.grid, 1) == "⚠ Beto"
    assert "'Z' is not an option" in tip_at(page.grid, 1, 0)
    assert "nothing was recorded" in page.scores_result.text()
    assert attempts(db, ana.id, "example") == []

    set_text(page.grid, 1, 0, "A")
    page.check_button.click()
    assert page.problems.count() == 0 and page.scores_result.text() == "✓ No problems: 2 result(s) ready to record."
    page.record_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.scores_result.text() == "✓ 2 paper result(s) recorded; 1 passed."
    assert [a.mode for a in attempts(db, ana.id, "example")] == ["paper"]
    assert text_at(page.grid, 0, 0) == ""  # an empty grid, so the same sheets are not typed in twice
