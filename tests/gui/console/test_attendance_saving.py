"""Attendance in the console is saved by the background writer (issue 11), and a walk-in is marked present at the
session being taken, counted only for the sessions held while enrolled (issue 12, item 6)."""

import gc
import subprocess
import sys
import time
from datetime import date

from PySide6.QtCore import Qt

from tests.gui.test_saving import HOLD_SECONDS, HOLDER, Heartbeat
from tests.workshops.test_attendance import taken_on_the_day
from trainer.workshops.attendance_sheet import session_sheet


def todays(workshop):
    return next(held for held in workshop.sessions if held.date == date.today())


def test_the_walk_in_dialog_marks_the_walk_in_present_and_they_reach_100_percent(on_workshop, qtbot, db, workshop,
                                                                                  enrol):
    from trainer.reports.attendance import attendance_report
    from trainer.workshops.service import attendance_summaries

    from trainer.workshops.service import record_attendance

    ana, beto = enrol("Ana", "Beto")
    yesterday = next(held for held in workshop.sessions if held.date < date.today())
    record_attendance(db, yesterday.id, ana.id, "present")  # yesterday's attendance was taken, without Eva
    record_attendance(db, yesterday.id, beto.id, "absent")
    taken_on_the_day(db, yesterday)
    page = on_workshop(2)
    assert "counts the sessions held while a person was enrolled" in page.rule.text()
    page.walk_in_button.click()
    dialog = page.dialog
    assert dialog.save_button.text() == "Add, enrol and mark present"
    qtbot.keyClicks(dialog.fields.name, "Eva Walker")
    qtbot.keyClick(dialog.fields.name, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    rows = {row.name: row for row in page.model.rows()}
    assert rows["Eva Walker"].status == "present" and page.model.cell_text(rows["Eva Walker"]) == "✓ present"
    assert page.table.currentIndex().siblingAtColumn(1).data() == "Eva Walker"
    assert "Present: 1" in page.totals.text()
    today = todays(workshop)
    sheet = {row.name: row.status for row in session_sheet(db, today.id).rows}
    assert sheet == {"Ana": None, "Beto": None, "Eva Walker": "present"}

    # Yesterday's session was held before she enrolled: it does not count against her.
    eva = rows["Eva Walker"].participant_id
    summary = attendance_summaries(db, workshop.id, as_of=date.today())[eva]
    assert (summary.sessions_attended, summary.sessions_held, summary.rate) == (1, 1, 100.0)
    people = attendance_report(db, workshop.id, "en", as_of=date.today()).tables[2]
    (line,) = [row for row in people.rows if row[0] == "Eva Walker"]
    assert line[2:] == ["–", "P", "", 1, 4, 4, 100.0, "Yes"]


def test_a_refused_walk_in_keeps_the_dialog_open_and_saves_nothing(on_workshop, qtbot, db, workshop, enrol):
    enrol("Ana")
    page = on_workshop(2)
    page.walk_in_button.click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.fields.name, "Eva Walker")
    qtbot.keyClicks(dialog.fields.email, "eva@")
    qtbot.keyClick(dialog.fields.name, Qt.Key_Return)
    assert dialog.isVisible() and "'eva@' is not an e-mail address" in dialog.error.text()
    assert [row.name for row in session_sheet(db, todays(workshop).id).rows] == ["Ana"]


def test_marks_given_while_another_program_holds_the_write_lock_are_saved_when_it_lets_go(
        on_workshop, qtbot, db, workshop, enrol, request):
    from trainer.gui.saving import writer_for

    enrol("Ana", "Beto", "Carla")
    page = on_workshop(2)
    writer = writer_for(db)
    qtbot.waitUntil(lambda: not writer.pending())  # the writer's connection is open
    gc.collect()  # as in tests/gui/test_saving.py: a full collection is a freeze the writer does not cause
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db.file), str(HOLD_SECONDS)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    locked_at = time.perf_counter()
    heartbeat = Heartbeat()

    qtbot.keyClick(page.table, Qt.Key_P)  # Ana
    qtbot.keyClick(page.table, Qt.Key_A)  # Beto
    marks = [page.model.cell_text(row) for row in page.model.rows()]
    assert marks == ["✓ present · not saved yet", "✗ absent · not saved yet", "— not marked"]
    assert page.table.currentIndex().siblingAtColumn(1).data() == "Carla"  # ready for the next person at once
    qtbot.waitUntil(lambda: "Not saved yet" in page.save_state.text(), timeout=5000)
    assert "keeps trying" in page.save_state.text()
    assert holder.poll() is None and time.perf_counter() - locked_at < HOLD_SECONDS  # all of it while locked
    assert session_sheet(db, todays(workshop).id).totals["unmarked"] == 3

    qtbot.waitUntil(lambda: not page.model.unsaved_ids, timeout=int(HOLD_SECONDS * 1000) + 10000)
    longest = heartbeat.stop()
    assert holder.wait(5) == 0
    assert time.perf_counter() - locked_at >= HOLD_SECONDS
    assert longest < 0.100, f"the window froze {longest * 1000:.0f} ms, {heartbeat.worst_at:.2f} s after locking"
    assert [page.model.cell_text(row) for row in page.model.rows()] == ["✓ present", "✗ absent", "— not marked"]
    assert page.save_state.text() == "✓ Saved"
    totals = session_sheet(db, todays(workshop).id).totals
    assert (totals["present"], totals["absent"], totals["unmarked"]) == (1, 1, 1)


def test_a_quick_add_while_the_database_is_locked_is_saved_when_it_lets_go(on_workshop, qtbot, db, workshop,
                                                                           request):
    from trainer.gui.saving import writer_for
    from trainer.workshops.service import roster

    page = on_workshop(1)
    writer = writer_for(db)
    qtbot.waitUntil(lambda: not writer.pending())
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db.file), "1.5"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    heartbeat = Heartbeat()
    qtbot.keyClicks(page.fields.name, "Ana Lopez")
    qtbot.keyClick(page.fields.name, Qt.Key_Return)
    assert page.quick_done.text() == "Ana Lopez: not saved yet" and page.fields.name.text() == ""
    qtbot.waitUntil(lambda: "Not saved yet" in page.save_state.text(), timeout=5000)
    assert roster(db, workshop.id) == []
    qtbot.waitUntil(lambda: page.quick_done.text() == "✓ Ana Lopez added", timeout=10000)
    assert heartbeat.stop() < 0.100 and holder.wait(5) == 0
    assert [p.name for p in roster(db, workshop.id)] == ["Ana Lopez"]
