"""The USB page of the console: a learner's progress comes back from another laptop on a stick, laptops are
prepared, the organizer gets everything, and what two laptops recorded differently is settled."""

import shutil
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from trainer.bundles.archive import read_archive
from trainer.bundles.service import approve_sender, export_organizer_bundle, export_participant_bundle, import_bundles
from trainer.progress.service import complete_lesson, course_progress
from trainer.storage.database import Database
from trainer.storage.models import Device
from trainer.workshops.service import attendance_summaries, record_attendance, roster

WAIT = 20000


@pytest.fixture
def station(_template_db, tmp_path):
    """A second laptop (a participant's, or a co-trainer's): its own database."""
    path = tmp_path / "station.sqlite"
    shutil.copy(_template_db, path)
    laptop = Database(f"sqlite:///{path}")
    with laptop.session() as session:
        session.get(Device, laptop.device_id()).name = "Laptop 7"
    yield laptop
    laptop.dispose()


@pytest.fixture
def usb(tmp_path):
    stick = tmp_path / "USB"
    stick.mkdir()
    return stick


def usb_page(on_workshop, monkeypatch, folder, qtbot):
    page = on_workshop(7)
    monkeypatch.setattr(page, "choose_folder", lambda title: folder)
    wait_idle(qtbot, page)  # this laptop's fingerprint is read first
    return page


def wait_idle(qtbot, page):
    qtbot.waitUntil(page.idle, timeout=WAIT)


def prepare(station, path):
    """A participant's laptop with no trainer takes the workshop file: the trainer beside it compared the
    fingerprint (approve_sender without a proof), then it imports."""
    approve_sender(station, None, path)
    (imported,) = import_bundles(station, [path])
    assert imported.ok, imported.error
    return imported


def rows(page):
    return [[page.table.item(r, c).text() if page.table.item(r, c) else "" for c in range(5)]
            for r in range(page.table.rowCount())]


def checked(page):
    return [page.table.item(r, 0).checkState() == Qt.Checked for r in range(page.table.rowCount())]


def test_a_learners_progress_comes_back_from_another_laptop(on_workshop, qtbot, monkeypatch, db, station, usb,
                                                            enrol, workshop, example_course, context):
    from trainer.gui.context import AppContext
    from trainer.gui.usb import save_my_progress
    from trainer.people.service import get_participant

    ana, _beto = enrol("Ana", "Beto")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.prepare_button.click()
    wait_idle(qtbot, page)
    prepared = usb / "workshop-taller-solola.trainer"
    assert prepared.exists() and page.send_actions.label.text() == f"✓ Saved: {prepared}"
    assert "Prepare this laptop for a workshop" in page.send_status.text()

    prepare(station, prepared)  # the participant's laptop is prepared
    for lesson in ("welcome", "online-order"):
        complete_lesson(station, ana.id, example_course, lesson)
    learner = AppContext("en")
    learner.database, learner.course_loads = station, context.course_loads
    learner.participant = get_participant(station, ana.id)
    laptop_window = QWidget()
    qtbot.addWidget(laptop_window)
    monkeypatch.setattr("trainer.gui.usb.choose_folder", lambda parent, title: usb)
    saving = save_my_progress(laptop_window, learner)
    qtbot.waitUntil(lambda: saving.message is not None, timeout=WAIT)
    assert saving.path.parent == usb and saving.path.suffix == ".trainer"
    (usb / "broken.trainer").write_bytes(b"PK\x03\x04 pulled out too early")

    page.collect_button.click()
    wait_idle(qtbot, page)
    assert page.folder_label.text() == (f"3 file(s) in {usb}; 1 cannot be merged (marked ⚠). "
                                        "Check the ones to merge.")
    broken_row, progress_row, workshop_row = rows(page)
    assert progress_row[0] == saving.path.name and progress_row[1] == "Progress of Ana"
    assert progress_row[2] == "Laptop 7 (first file from this laptop)"
    assert progress_row[4] == "2 new · 0 changed · 0 already here"  # Ana's profile is the trainer's to change
    assert "lessons completed: 2 new, 0 changed, 0 already here" in page.table.item(1, 4).toolTip()
    assert broken_row[4].startswith("⚠ ") and "damaged or incomplete" in broken_row[4]
    assert not page.table.item(0, 0).flags() & Qt.ItemIsUserCheckable
    assert workshop_row[4] == "nothing new: already here"  # this laptop's own file
    assert checked(page) == [False, True, False]
    page.table.setCurrentCell(1, 0)  # the whole story of a file, which the cells cut short
    assert page.detail.text().startswith(f"{saving.path.name}: Progress of Ana, from Laptop 7 (first file from "
                                         "this laptop), made ")
    assert page.detail.text().endswith(  # Ana's profile travels unchanged: no edit of it to leave out
        "\n2 new · 0 changed · 0 already here\nlessons completed: 2 new, 0 changed, 0 already here")

    page.merge_button.click()
    wait_idle(qtbot, page)
    assert page.merge_result.text() == "✓ 1 file(s) merged, 0 refused."
    assert rows(page)[1][4] == "✓ merged: 2 new · 0 changed · 0 already here"
    assert course_progress(db, ana.id, example_course).lessons_done == 2
    assert not page.merge_button.isEnabled()  # nothing left checked

    page.collect_button.click()  # the same stick again: nothing new
    wait_idle(qtbot, page)
    assert rows(page)[1][4] == "nothing new: already here" and checked(page) == [False, False, False]


def test_cancel_stops_a_merge_between_two_files(on_workshop, qtbot, monkeypatch, db, station, usb, enrol,
                                                example_course, tmp_path):
    from trainer.bundles import service

    ana, beto = enrol("Ana", "Beto")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.prepare_button.click()
    wait_idle(qtbot, page)
    prepare(station, usb / "workshop-taller-solola.trainer")
    (usb / "workshop-taller-solola.trainer").unlink()
    for person in (ana, beto):
        complete_lesson(station, person.id, example_course, "welcome")
        export_participant_bundle(station, person.id, usb / f"{person.name}.trainer")
    page.collect_button.click()
    wait_idle(qtbot, page)
    assert checked(page) == [True, True]

    inside, merging = threading.Event(), threading.Event()
    real_import = service.import_bundles

    def slow_import(*args, **kwargs):  # the first file waits until the trainer has pressed Cancel
        inside.set()
        merging.wait(10)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(service, "import_bundles", slow_import)
    page.merge_button.click()
    assert inside.wait(10)
    page.job.dialog.canceled.emit()  # the trainer presses Cancel while the first file merges
    merging.set()
    wait_idle(qtbot, page)
    assert page.merge_result.text() == ("✓ 1 file(s) merged, 0 refused. "
                                        "Cancelled: the files not merged yet are still checked.")
    assert checked(page) == [False, True] and rows(page)[1][4] == "1 new · 0 changed · 0 already here"
    done = {person.name: course_progress(db, person.id, example_course).lessons_done for person in (ana, beto)}
    assert done == {"Ana": 1, "Beto": 0}


def test_settle_an_attendance_mark_two_trainers_set_differently(on_workshop, qtbot, monkeypatch, db, station, usb,
                                                                 enrol, workshop):
    (ana,) = enrol("Ana")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.prepare_button.click()
    wait_idle(qtbot, page)
    prepare(station, usb / "workshop-taller-solola.trainer")  # the co-trainer's laptop
    first = workshop.sessions[0]
    record_attendance(db, first.id, ana.id, "present")
    record_attendance(station, first.id, ana.id, "absent")  # later: it wins by the rule
    export_organizer_bundle(station, usb / "co-trainer.trainer")
    page.collect_button.click()
    wait_idle(qtbot, page)
    approve(qtbot, page, 0)  # the co-trainer's laptop is new here
    page.merge_button.click()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.conflict_tree.topLevelItemCount() == 1, timeout=WAIT)
    top = page.conflict_tree.topLevelItem(0)
    assert top.text(0) == f"Attendance: Ana — {first.date.isoformat()} (Taller Sololá)"
    child = top.child(0)
    assert [child.text(c) for c in range(3)] == ["Attendance mark", "absent", "present"]
    assert page.conflict_status.text().startswith("1 to decide")
    assert attendance_summaries(db, workshop.id)[ana.id].sessions_attended == 0

    page.conflict_tree.setCurrentItem(child)  # a line of the conflict chooses the whole conflict
    page.other_button.click()
    qtbot.waitUntil(lambda: page.conflict_tree.topLevelItemCount() == 0, timeout=WAIT)
    assert page.conflict_status.text() == "✓ No conflicts: the laptops agree."
    assert attendance_summaries(db, workshop.id)[ana.id].sessions_attended == 1
    assert not page.keep_button.isEnabled()


def test_send_everything_to_the_organizer(on_workshop, qtbot, monkeypatch, db, usb, enrol):
    enrol("Ana")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    page.organizer_button.click()
    wait_idle(qtbot, page)
    [written] = usb.iterdir()
    assert written.name.startswith("organizer-all-") and read_archive(written).kind == "organizer"
    assert page.send_actions.isVisible() and not page.send_actions.open_button.isVisible()


def test_merge_two_profiles_of_one_person(on_workshop, qtbot, monkeypatch, db, usb, enrol, workshop,
                                          example_course):
    ana, twin = enrol("Ana", "Ana Nunez")
    complete_lesson(db, twin.id, example_course, "welcome")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.people_button.click()
    dialog = page.merge_dialog
    assert dialog.keep.currentData() == ana.id and dialog.other.currentData() == twin.id
    assert dialog.consequence.text().startswith(
        "Everything recorded for “Ana Nunez” (lessons, quizzes, attendance, certificates) moves to “Ana”")
    dialog.other.setCurrentIndex(0)
    assert not dialog.merge_button.isEnabled() and dialog.consequence.text() == "Choose two different profiles."
    dialog.other.setCurrentIndex(1)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: "same person" in page.people_status.text(), timeout=WAIT)
    assert page.people_status.text().startswith("✓ Ana Nunez is now the same person as Ana; ")
    assert [p.name for p in roster(db, workshop.id)] == ["Ana"]
    assert course_progress(db, ana.id, example_course).lessons_done == 1


def approve(qtbot, page, row):
    """Choose the file on `row`, press Approve this laptop… and answer that the digits are the same."""
    page.table.setCurrentCell(row, 0)
    assert page.approve_button.isEnabled()
    page.approve_button.click()
    page.approval.yes_button.click()
    qtbot.waitUntil(lambda: not page.approving, timeout=WAIT)


def test_this_laptops_fingerprint_is_shown_large_and_selectable(on_workshop, qtbot, monkeypatch, db, usb):
    from trainer.trust import this_laptop_fingerprint

    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    expected = this_laptop_fingerprint(db)
    assert page.fingerprint.text() == expected
    assert len(expected.replace(" ", "")) == 16 and page.fingerprint.isVisible()
    assert page.fingerprint.textInteractionFlags() & Qt.TextSelectableByMouse
    assert page.fingerprint.font().pointSizeF() > 2 * page.font().pointSizeF()


def test_workshop_files_from_a_laptop_not_approved_wait_for_a_fingerprint_comparison(
        on_workshop, qtbot, monkeypatch, db, station, usb, enrol, workshop):
    from trainer.trust import this_laptop_fingerprint

    enrol("Ana")
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.prepare_button.click()
    wait_idle(qtbot, page)
    prepare(station, usb / "workshop-taller-solola.trainer")
    (usb / "workshop-taller-solola.trainer").unlink()
    record_attendance(station, workshop.sessions[0].id, roster(db, workshop.id)[0].id, "late")
    export_organizer_bundle(station, usb / "co-trainer.trainer")
    page.collect_button.click()
    wait_idle(qtbot, page)
    [row] = rows(page)
    assert row[4].startswith("⚠ laptop not approved here yet: Approve this laptop…")
    assert checked(page) == [False] and not page.table.item(0, 0).flags() & Qt.ItemIsUserCheckable
    page.table.setCurrentCell(0, 0)
    assert f"Fingerprint of that laptop: {this_laptop_fingerprint(station)}" in page.detail.text()
    assert not page.merge_button.isEnabled()

    page.approve_button.click()  # the digits differ: No approves nothing
    dialog = page.approval
    assert dialog.fingerprint.text() == this_laptop_fingerprint(station)
    assert dialog.question.text() == ("Does the laptop “Laptop 7” show these same 16 digits? (On that laptop: "
                                      "Trainer console ▸ USB sticks ▸ This laptop's fingerprint)")
    assert dialog.no_button.isDefault()
    dialog.no_button.click()
    assert page.merge_result.text() == "Not approved: nothing from co-trainer.trainer is merged."
    assert checked(page) == [False] and page.approve_button.isEnabled()

    approve(qtbot, page, 0)
    assert page.merge_result.text() == ("✓ The laptop “Laptop 7” is approved: its workshop and organizer files can "
                                        "be merged now.")
    assert checked(page) == [True] and not page.approve_button.isEnabled()
    page.merge_button.click()
    wait_idle(qtbot, page)
    assert page.merge_result.text() == "✓ 1 file(s) merged, 0 refused."
    assert attendance_summaries(db, workshop.id)[roster(db, workshop.id)[0].id].sessions_attended == 1


def test_conflicts_never_show_roles_or_pins(on_workshop, qtbot, monkeypatch, usb):
    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    assert page.column_label("role") == "role" and page.column_label("pin_hash") == "pin_hash"
    assert page.value_text("name", "Ana") == "Ana"


def test_a_key_another_organization_sends_waits_in_certificates_until_its_fingerprint_is_confirmed(
        on_workshop, qtbot, monkeypatch, db, station, usb, example_course, tmp_path):
    import os

    from tests.certificates.conftest import PASSPHRASE, make_room
    from trainer.certificates.issuing import issue_certificate
    from trainer.certificates.verification import UNKNOWN_KEY, VALID, verify_code

    here = os.environ["TRAINER_HOME"]
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "atitlan-laptop"))  # another organization's laptop and key
    room = make_room(station, example_course)
    outcome, _ = issue_certificate(station, room.graduate().id, example_course, workshop_id=room.workshop.id,
                                   folder=tmp_path / "pdf", passphrase=PASSPHRASE)
    export_organizer_bundle(station, usb / "atitlan.trainer")
    monkeypatch.setenv("TRAINER_HOME", here)
    certificate = outcome.certificate

    page = usb_page(on_workshop, monkeypatch, usb, qtbot)
    page.collect_button.click()
    wait_idle(qtbot, page)
    page.table.setCurrentCell(0, 0)
    assert ("It offers 1 organization key(s) this laptop does not trust yet: once it is merged, compare their "
            "fingerprints in Certificates ▸ Keys offered by bundles.") in page.detail.text()
    approve(qtbot, page, 0)
    page.merge_button.click()
    wait_idle(qtbot, page)
    assert page.merge_result.text() == "✓ 1 file(s) merged, 0 refused."
    assert verify_code(db, certificate.code).status == UNKNOWN_KEY  # merged, but its key is only offered

    keys = on_workshop(6)
    qtbot.waitUntil(lambda: keys.offered_box.isVisible(), timeout=WAIT)
    assert [row[:3] for row in keys.offered_model.rows] == [["Trainer", "Laptop 7", certificate.facts.key_id]]
    keys.approve_key_button.click()
    keys.key_approval.yes_button.click()
    qtbot.waitUntil(lambda: not keys.approving_key and not keys.offered_box.isVisible(), timeout=WAIT)
    assert verify_code(db, certificate.code).status == VALID
