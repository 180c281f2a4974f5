"""Carrying a workshop out to participants' laptops and their progress back, as a trainer does with a USB stick."""

import stat
from datetime import date

import pytest

from tests.bundles.conftest import signed_certificate, snapshot
from trainer.bundles.archive import FORMAT_VERSION, read_archive
from trainer.bundles.keys import key_file
from trainer.bundles.service import (
    approve_sender, export_organizer_bundle, export_participant_bundle, export_workshop_bundle, find_bundles, import_bundles, inspect,
)
from trainer.errors import UserError
from trainer.trust import this_laptop_fingerprint
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, course_progress, record_attempt
from trainer.workshops.service import add_session, attendance_summaries, create_workshop, enrol, record_attendance


@pytest.fixture
def classroom(laptop, example_course):
    """A trainer's laptop with a workshop of two sessions and two enrolled participants."""
    trainer = laptop("trainer")
    ana = add_participant(trainer, ProfileInput(name="Ana Núñez", country="GT", sector="private"))
    luis = add_participant(trainer, ProfileInput(name="Luis Pérez", country="CR"))
    workshop = create_workshop(trainer, "Comercio electrónico, Antigua", example_course.id, country="GT")
    sessions = [add_session(trainer, workshop.id, date(2026, 3, day), 4) for day in (2, 3)]
    enrol(trainer, workshop.id, [ana.id, luis.id])
    return trainer, workshop, sessions, ana, luis


def test_a_workshop_bundle_prepares_a_participant_laptop(classroom, laptop, example_course, tmp_path):
    trainer, workshop, sessions, ana, luis = classroom
    path = export_workshop_bundle(trainer, workshop.id, example_course, tmp_path / "taller.trainer")
    assert path.exists() and path.suffix == ".trainer"
    station = laptop("station", trusted=False)

    preview = inspect(station, path)
    assert preview.kind == "workshop" and preview.new_device and preview.needs_approval
    assert preview.fingerprint == this_laptop_fingerprint(trainer)  # what the trainer reads aloud from the console
    assert preview.course == {"id": "example", "version": "1.0.0"}
    assert (preview.report.tables["participants"].added, preview.report.tables["workshop_sessions"].added) == (2, 2)
    assert snapshot(station)["participants"] == []  # inspecting changed nothing
    (refused,) = import_bundles(station, [path])
    assert not refused.ok and preview.fingerprint in refused.error.message("es")
    assert snapshot(station)["participants"] == []

    assert approve_sender(station, None, path).approved  # no trainer on this laptop yet: the trainer beside it approves
    (result,) = import_bundles(station, [path])
    assert result.ok and result.inspection.report.tables["enrollments"].added == 2
    assert snapshot(station)["workshop_sessions"] == snapshot(trainer)["workshop_sessions"]
    assert set(attendance_summaries(station, workshop.id)) == {ana.id, luis.id}


def test_participant_progress_comes_back_to_the_trainer(classroom, laptop, example_course, tmp_path):
    trainer, workshop, _, ana, _ = classroom
    station = laptop("station")
    import_bundles(station, [export_workshop_bundle(trainer, workshop.id, example_course, tmp_path / "w.trainer")])
    for lesson in example_course.lessons():
        complete_lesson(station, ana.id, example_course, lesson.id)
    record_attempt(station, ana.id, example_course, "basics-quiz", {"who-ships": "bank"})
    record_attempt(station, ana.id, example_course, "basics-quiz", {"who-ships": "shop"})

    path = export_participant_bundle(station, ana.id, tmp_path / "ana.trainer")
    (result,) = import_bundles(trainer, [path])
    counts = result.inspection.report.tables
    assert (counts["lesson_completions"].added, counts["quiz_attempts"].added) == (3, 2)
    progress = course_progress(trainer, ana.id, example_course)
    assert progress.lessons_done == 3 and progress.module("basics").attempts == 2


def test_a_lesson_done_on_two_laptops_does_not_keep_the_learners_progress_out(classroom, laptop, example_course,
                                                                              tmp_path):
    """Ana read the first lesson on the trainer's laptop during the session and again on her own: the same fact,
    already here, is left out; the rest of her work comes in."""
    trainer, workshop, _, ana, _ = classroom
    station = laptop("station")
    import_bundles(station, [export_workshop_bundle(trainer, workshop.id, example_course, tmp_path / "w.trainer")])
    first, *others = example_course.lessons()
    complete_lesson(trainer, ana.id, example_course, first.id)
    for lesson in (first, *others):
        complete_lesson(station, ana.id, example_course, lesson.id)
    (result,) = import_bundles(trainer, [export_participant_bundle(station, ana.id, tmp_path / "ana.trainer")])
    assert result.ok, result.error
    assert result.inspection.report.tables["lesson_completions"].added == len(others)
    assert course_progress(trainer, ana.id, example_course).lessons_done == 1 + len(others)


def test_importing_the_same_bundle_twice_changes_nothing(classroom, laptop, example_course, tmp_path):
    trainer, workshop, sessions, ana, luis = classroom
    record_attendance(trainer, sessions[0].id, ana.id, "present")
    path = export_organizer_bundle(trainer, tmp_path / "office.trainer")
    office = laptop("office")
    first, second = import_bundles(office, [path, path])
    assert first.ok and first.inspection.report.changes_anything
    assert second.ok and not second.inspection.report.changes_anything
    before = snapshot(office)
    import_bundles(office, [path])
    assert snapshot(office) == before


def test_an_organizer_bundle_carries_whole_workshops(classroom, laptop, example_course, tmp_path):
    trainer, workshop, sessions, ana, luis = classroom
    record_attendance(trainer, sessions[0].id, ana.id, "present")
    record_attendance(trainer, sessions[0].id, luis.id, "absent")
    record_attendance(trainer, sessions[0].id, luis.id, "late")
    complete_lesson(trainer, ana.id, example_course, "welcome")
    office = laptop("office")
    import_bundles(office, [export_organizer_bundle(trainer, tmp_path / "office.trainer", [workshop.id])])
    mine, theirs = snapshot(trainer), snapshot(office)
    for table in ("participants", "workshops", "workshop_sessions", "enrollments", "attendance", "attendance_changes",
                  "lesson_completions"):
        assert theirs[table] == mine[table], table
    assert attendance_summaries(office, workshop.id) == attendance_summaries(trainer, workshop.id)


def test_bundles_are_named_signed_by_their_device_and_its_key_is_private(classroom, example_course, tmp_path):
    trainer, workshop, *_ = classroom
    bundle = read_archive(export_workshop_bundle(trainer, workshop.id, example_course, tmp_path / "w.trainer"))
    assert bundle.manifest["device"]["id"] == trainer.device_id()
    assert bundle.manifest["device"]["name"] == "trainer"
    assert bundle.manifest["format_version"] == FORMAT_VERSION
    mode = stat.S_IMODE(key_file(trainer.device_id()).stat().st_mode)
    assert mode == 0o600


def test_exports_are_written_atomically_to_the_exports_folder(classroom, monkeypatch, tmp_path):
    trainer, _, _, ana, _ = classroom
    monkeypatch.setenv("TRAINER_EXPORTS", str(tmp_path / "exports"))
    path = export_participant_bundle(trainer, ana.id)
    assert path.parent == tmp_path / "exports" and path.name.startswith("progress-ana-nunez-")
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    in_spanish = export_participant_bundle(trainer, ana.id, lang="es")
    assert in_spanish.name.startswith("progreso-ana-nunez-")


def test_a_wrong_course_for_the_workshop_is_refused(classroom, example_course, tmp_path):
    trainer, workshop, *_ = classroom
    other = type("Course", (), {"id": "ecommerce-export", "version": "1.0.0"})()
    with pytest.raises(UserError, match="teaches course 'example'"):
        export_workshop_bundle(trainer, workshop.id, other, tmp_path / "w.trainer")


def test_find_bundles_on_a_usb_stick(tmp_path, classroom, example_course):
    trainer, workshop, _, ana, _ = classroom
    stick = tmp_path / "stick"
    export_participant_bundle(trainer, ana.id, stick / "b.trainer")
    export_workshop_bundle(trainer, workshop.id, example_course, stick / "Taller 1" / "A.trainer")
    (stick / ".a.trainer.part").write_bytes(b"half")
    (stick / "notes.txt").write_text("x")
    assert [p.relative_to(stick).as_posix() for p in find_bundles(stick)] == ["Taller 1/A.trainer", "b.trainer"]
    with pytest.raises(UserError, match="is not a folder"):
        find_bundles(stick / "b.trainer")


def test_import_reports_progress_and_goes_on_after_a_refused_bundle(classroom, laptop, tmp_path):
    trainer, _, _, ana, luis = classroom
    good = [export_participant_bundle(trainer, person.id, tmp_path / f"{person.name}.trainer") for person in (ana, luis)]
    broken = tmp_path / "broken.trainer"
    broken.write_bytes(good[0].read_bytes()[:200])
    seen = []
    results = import_bundles(laptop("office"), [good[0], broken, good[1]], progress=lambda done, total: seen.append(
        (done, total)))
    assert [r.ok for r in results] == [True, False, True]
    assert "damaged or incomplete" in results[1].error.message("en")
    assert "dañado o incompleto" in results[1].error.message("es")
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancelling_stops_between_bundles(classroom, laptop, tmp_path):
    trainer, _, _, ana, luis = classroom
    paths = [export_participant_bundle(trainer, person.id, tmp_path / f"{person.name}.trainer") for person in (ana, luis)]
    office = laptop("office")

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_bundles(office, paths, progress=cancel)
    assert [p["name"] for p in snapshot(office)["participants"]] == ["Ana Núñez"]  # the first one went in whole


def test_the_office_is_offered_the_key_that_signed_the_certificates(classroom, laptop, tmp_path, monkeypatch):
    from trainer.certificates.keys import approve_offered_key, known_keys, offered_keys

    trainer, workshop, _, ana, _ = classroom
    trainer_home, office_home = tmp_path / "trainer-home", tmp_path / "office-home"
    monkeypatch.setenv("TRAINER_HOME", str(trainer_home))
    key_id, _ = signed_certificate(trainer, ana.id, workshop.id)
    path = export_organizer_bundle(trainer, tmp_path / "office.trainer")
    assert list(read_archive(path).key_files) == [key_id]

    monkeypatch.setenv("TRAINER_HOME", str(office_home))
    office = laptop("office", trusted=False)
    approve_sender(office, None, path)
    assert inspect(office, path).offered_keys == {key_id: True}
    assert key_id not in known_keys() and key_id not in offered_keys()  # looking is not even offering
    (result,) = import_bundles(office, [path])
    assert result.ok and result.inspection.offered_keys == {key_id: True}
    assert key_id not in known_keys()  # offered, never trusted silently
    assert offered_keys()[key_id].organization == "Cámara de Comercio de Guatemala"
    approve_offered_key(key_id)  # a trainer compared its fingerprint with the organization's
    assert known_keys()[key_id].own is False
    assert inspect(office, path).offered_keys == {key_id: False}


def test_paper_results_typed_as_right_or_wrong_reach_the_office(classroom, laptop, example_course, tmp_path):
    """A wrong mark is recorded as no answer (JSON null): every laptop must take it back (issue 12, item 1)."""
    from trainer.progress.service import record_attempts

    trainer, workshop, _, ana, luis = classroom
    quiz = example_course.quiz("basics-quiz")
    record_attempts(trainer, example_course, quiz.id, [(ana.id, {q.id: None for q in quiz.questions}),
                                                       (luis.id, {quiz.questions[0].id: "shop"})], mode="paper")
    office = laptop("office")
    path = export_organizer_bundle(trainer, tmp_path / "paper.trainer", [workshop.id])
    (result,) = import_bundles(office, [path])
    assert result.ok, result.error and result.error.message("en")
    assert snapshot(office)["quiz_answers"] == snapshot(trainer)["quiz_answers"]
    (again,) = import_bundles(trainer, [path])  # the laptop that made it takes its own bundle back too
    assert again.ok
