"""Typing paper results into the grid (issue 12, item 8): a half-typed row is flagged and never recorded, Tab
does not run into the next person, Delete clears; recording goes through the background writer (issue 11)."""

import subprocess
import sys
import time

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from tests.gui.test_saving import HOLDER
from trainer.progress.service import attempts

RIGHT = ("A", "A, B, C", "F", "125", "sha-256")  # the example quiz's five questions, all right


def set_text(grid, row, column, text):
    grid.model().setData(grid.model().index(row, column), text)


def text_at(grid, row, column):
    return grid.model().index(row, column).data()


def tip_at(grid, row, column):
    return grid.model().index(row, column).data(Qt.ToolTipRole) or ""


def name_at(grid, row):
    return grid.model().headerData(row, Qt.Vertical)


def position(grid):
    return grid.currentIndex().row(), grid.currentIndex().column()


def type_row(page, row, cells):
    for column, text in enumerate(cells):
        set_text(page.grid, row, column, text)


def test_a_row_with_only_question_1_is_flagged_by_check_and_refused_by_record(on_workshop, qtbot, db, enrol):
    ana, beto = enrol("Ana", "Beto")
    page = on_workshop(3)
    type_row(page, 0, RIGHT)
    set_text(page.grid, 1, 0, "A")  # Beto's sheet: only the first answer was typed

    page.check_button.click()
    assert [page.problems.item(i).text() for i in range(page.problems.count())] == [
        "⚠ Beto: question(s) 2–5 not typed in; type what was answered ('-' for a question left blank), or leave "
        "the whole row empty if they did not take the quiz"]
    assert "nothing was recorded" in page.scores_result.text() and "No problems" not in page.scores_result.text()
    assert name_at(page.grid, 1) == "⚠ Beto"
    assert tip_at(page.grid, 1, 3).startswith("Beto: question(s) 2–5")  # the empty cells are marked
    assert tip_at(page.grid, 1, 0) == ""
    page.problems.itemActivated.emit(page.problems.item(0))
    assert position(page.grid) == (1, 1)  # straight to the first empty cell

    page.record_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    qtbot.wait(50)  # any late word from the writer has arrived
    assert page.problems.count() == 1 and "nothing was recorded" in page.scores_result.text()
    assert page.save_state.text() == ""  # no "saved" under "nothing was recorded"
    assert attempts(db, ana.id, "example") == [] and attempts(db, beto.id, "example") == []

    type_row(page, 1, ("A", "-", "-", "-", "-"))  # Beto left the rest blank on paper
    page.record_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.scores_result.text() == "✓ 2 paper result(s) recorded; 1 passed."
    assert [a.score for a in attempts(db, beto.id, "example")] == [20.0]


def test_tab_on_a_rows_last_cell_goes_to_the_next_person_only_when_the_row_is_complete(on_workshop, qtbot, enrol):
    enrol("Ana", "Beto", "Carla")
    page = on_workshop(3)
    grid = page.grid

    def typed(text: str) -> None:
        """Type into the current cell (typing starts editing it) and press Tab, as a trainer does."""
        if text:
            qtbot.keyClicks(grid.focusWidget() if grid.state() == grid.State.EditingState else grid, text)
        qtbot.keyClick(grid.focusWidget() if grid.state() == grid.State.EditingState else grid, Qt.Key_Tab)

    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for text in ("A", "A, B, C", "", "125", "sha-256"):  # question 3 skipped by mistake
        typed(text)
    assert position(grid) == (0, 2)  # back to Ana's empty cell, not on to Beto
    assert page.row_state.text().startswith("⚠ Ana's row is not complete: question(s) 3 still empty")
    assert grid.texts(1) == [""] * 5

    typed("F")
    assert position(grid) == (0, 3)
    typed("")
    typed("")
    assert position(grid) == (1, 0)  # complete: on to Beto
    assert page.row_state.text().startswith("Beto: nothing typed")

    for _ in range(5):
        typed("")
    assert position(grid) == (2, 0)  # an empty row (did not take the quiz) is fine
    for text in RIGHT:
        typed(text)
    assert position(grid) == (2, 4)  # the last person: it stays, no jump to the top
    assert grid.texts(2) == list(RIGHT)
    assert page.row_state.text() == "✓ Carla: all 5 questions typed."


def test_delete_and_backspace_clear_the_selected_cells(on_workshop, qtbot, enrol):
    enrol("Ana", "Beto")
    page = on_workshop(3)
    grid = page.grid
    type_row(page, 0, RIGHT)
    type_row(page, 1, RIGHT)
    grid.setFocus()
    grid.setCurrentCell(0, 1)
    grid.selectionModel().select(QItemSelection(grid.model().index(0, 1), grid.model().index(1, 2)),
                                 QItemSelectionModel.Select)  # questions 2 and 3 of both
    qtbot.keyClick(grid, Qt.Key_Delete)
    assert [grid.texts(row) for row in (0, 1)] == [["A", "", "", "125", "sha-256"]] * 2
    grid.clearSelection()
    grid.setCurrentCell(1, 4)
    qtbot.keyClick(grid, Qt.Key_Backspace)
    assert grid.texts(1) == ["A", "", "", "125", ""]
    assert page.row_state.text() == "Beto: 2 of 5 typed; still empty: 2, 3, 5."


def test_recording_while_another_program_holds_the_write_lock_waits_in_words_and_saves_after(
        on_workshop, qtbot, db, enrol):
    from tests.gui.test_saving import Heartbeat
    from trainer.gui.saving import writer_for

    ana, beto = enrol("Ana", "Beto")
    page = on_workshop(3)
    writer = writer_for(db)
    qtbot.waitUntil(lambda: not writer.pending())  # the writer's connection is open
    type_row(page, 0, RIGHT)
    type_row(page, 1, ("B", "A", "V", "12", "md5"))
    hold = 3.0
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db.file), str(hold)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "locked"
    locked_at = time.perf_counter()
    heartbeat = Heartbeat()

    page.record_button.click()
    qtbot.waitUntil(lambda: page.save_state.text().startswith("⚠ Not saved yet"), timeout=5000)
    assert "the database is busy" in page.save_state.text() and "keeps trying" in page.save_state.text()
    assert not page.grid.isEnabled() and not page.record_button.isEnabled()  # the typed scores cannot change
    assert page.grid.texts(0) == list(RIGHT)  # and stay on screen
    assert holder.poll() is None and time.perf_counter() - locked_at < hold
    assert attempts(db, ana.id, "example") == []

    qtbot.waitUntil(lambda: not page.busy, timeout=int(hold * 1000) + 10000)
    longest = heartbeat.stop()
    assert holder.wait(5) == 0 and time.perf_counter() - locked_at >= hold
    assert longest < 0.3, f"the window froze {longest * 1000:.0f} ms"  # it kept processing events
    assert page.scores_result.text() == "✓ 2 paper result(s) recorded; 1 passed."
    assert [a.mode for a in attempts(db, ana.id, "example")] == ["paper"]
    assert len(attempts(db, beto.id, "example")) == 1
    assert page.grid.isEnabled() and page.grid.texts(0) == [""] * 5
