"""What the command line says about bundles, in the trainer's language, and that the conflicts an import asks the
trainer to settle are the ones `trainer bundle conflicts` then lists (issue 12, item 12)."""

from datetime import date

import pytest

from tests.bundles.test_bundle_cli import lead, on, run  # noqa: F401 - the two laptops' fixtures
from trainer.people.service import ProfileInput, add_participant
from trainer.storage.database import open_database
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance


@pytest.fixture
def classroom(capsys, on, lead, tmp_path):  # noqa: F811
    """A workshop with Ana made on the trainer's laptop ("lead"), and a helper laptop that imported its roster."""
    ana = add_participant(lead, ProfileInput(name="Ana Núñez", country="GT"))
    workshop = create_workshop(lead, "Taller Antigua", "example")
    meeting = add_session(lead, workshop.id, date(2026, 3, 2), 4)
    enrol(lead, workshop.id, [ana.id])
    taller = tmp_path / "taller.trainer"
    assert run(capsys, "bundle", "export", "--kind", "workshop", "--workshop", "Taller Antigua", "-o", str(taller))[0] == 0
    on("helper")
    assert run(capsys, "bundle", "approve", str(taller), "--yes")[0] == 0
    assert run(capsys, "bundle", "import", str(taller))[0] == 0
    helper = open_database()
    yield lead, helper, meeting, ana
    helper.dispose()


def test_bundle_kinds_and_default_file_names_are_in_the_trainers_language(capsys, on, classroom, tmp_path,
                                                                          monkeypatch):
    lead, helper, meeting, ana = classroom
    monkeypatch.setenv("TRAINER_EXPORTS", str(tmp_path / "exports"))
    on("lead")
    code, out, _ = run(capsys, "--lang", "es", "bundle", "export", "--kind", "participant", "--participant", ana.id)
    [written] = list((tmp_path / "exports").iterdir())
    assert code == 0 and written.name.startswith("progreso-ana-nunez-") and written.suffix == ".trainer"
    code, out, _ = run(capsys, "--lang", "es", "bundle", "export", "--kind", "workshop", "--workshop", "Taller Antigua")
    assert any(p.name.startswith("taller-taller-antigua-") for p in (tmp_path / "exports").iterdir())
    code, out, _ = run(capsys, "--lang", "es", "bundle", "inspect", str(tmp_path / "taller.trainer"))
    assert "taller.trainer: paquete de taller de '" in out and "tipo" not in out and "workshop" not in out
    code, out, _ = run(capsys, "--lang", "es", "bundle", "inspect", str(written))
    assert f"{written.name}: paquete de participante de '" in out and "participant " not in out
    code, out, _ = run(capsys, "bundle", "inspect", str(written))
    assert f"{written.name}: participant bundle from '" in out


def test_files_named_in_either_language_are_found_on_a_stick(classroom, tmp_path):
    from trainer.bundles.service import export_participant_bundle, find_bundles

    lead, _helper, _meeting, ana = classroom
    stick = tmp_path / "stick"
    spanish = export_participant_bundle(lead, ana.id, stick / "progreso-ana-nunez.trainer")
    english = export_participant_bundle(lead, ana.id, stick / "progress-ana-nunez.trainer")
    assert set(find_bundles(stick)) == {english, spanish}


def test_an_import_asks_to_settle_exactly_the_conflicts_the_list_then_shows(capsys, on, classroom, tmp_path):
    from trainer.bundles.service import inspect

    lead, helper, meeting, ana = classroom
    # both laptops mark Ana present: the versions differ only in when and where, which is no conflict
    record_attendance(lead, meeting.id, ana.id, "present")
    record_attendance(helper, meeting.id, ana.id, "present")
    run(capsys, "bundle", "export", "--kind", "organizer", "-o", str(tmp_path / "same.trainer"))
    on("lead")
    assert run(capsys, "bundle", "approve", str(tmp_path / "same.trainer"), "--yes")[0] == 0
    preview = inspect(lead, tmp_path / "same.trainer")
    assert (preview.report.kept_versions, preview.conflicts) == (1, 0)  # kept, as every losing version is; not listed
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "same.trainer"))
    assert code == 0 and "attendance marks" in out and "trainer bundle conflicts" not in out
    code, out, _ = run(capsys, "bundle", "conflicts")
    assert out.strip() == "No open conflicts."

    # then the helper laptop says absent: a real disagreement, asked about and listed alike
    record_attendance(helper, meeting.id, ana.id, "absent")
    on("helper")
    run(capsys, "bundle", "export", "--kind", "organizer", "-o", str(tmp_path / "absent.trainer"))
    on("lead")
    code, out, _ = run(capsys, "bundle", "inspect", str(tmp_path / "absent.trainer"))
    assert "1 row(s) two laptops set differently, to settle: see 'trainer bundle conflicts'" in out
    code, out, _ = run(capsys, "--lang", "es", "bundle", "import", str(tmp_path / "absent.trainer"))
    assert "1 fila(s) que dos laptops registraron distinto, por decidir: vea 'trainer bundle conflicts'" in out
    code, out, _ = run(capsys, "bundle", "conflicts")
    listed = [line for line in out.splitlines() if line.startswith("attendance marks — ")]
    assert listed == ["attendance marks — Ana Núñez — 2026-03-02 (Taller Antigua)"]
