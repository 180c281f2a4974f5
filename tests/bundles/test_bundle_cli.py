"""`trainer bundle ...` and `trainer participants merge` as a trainer types them, on two laptops."""

from datetime import date

import pytest

from trainer.cli import build_parser, main
from trainer.storage.database import open_database
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance


@pytest.fixture
def on(monkeypatch, tmp_path):
    """`on("lead")` makes the CLI use that laptop's database (keys stay in the test's data folder)."""
    def use(name: str):
        monkeypatch.setenv("TRAINER_DATABASE_URL", f"sqlite:///{tmp_path / name}.sqlite")
    return use


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_participant_bundle_from_the_command_line(capsys, on, tmp_path):
    on("station")
    run(capsys, "participants", "add", "Ana Núñez", "--country", "GT")
    code, out, _ = run(capsys, "bundle", "export", "--kind", "participant", "--participant", "ana núñez",
                       "-o", str(tmp_path / "stick" / "ana.trainer"))
    assert code == 0 and out.strip() == f"Wrote {tmp_path / 'stick' / 'ana.trainer'}"

    on("lead")
    code, out, _ = run(capsys, "bundle", "inspect", str(tmp_path / "stick"))
    assert code == 0
    assert "ana.trainer: participant bundle from '" in out and ": Ana Núñez" in out and "first bundle from this laptop" in out
    assert "participants                  1 new      0 changed      0 already here" in out
    assert "(nothing was changed: this is a preview)" in out
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "stick"))
    assert code == 0 and "1 bundle(s) imported, 0 refused." in out
    code, out, _ = run(capsys, "--lang", "es", "bundle", "import", str(tmp_path / "stick" / "ana.trainer"))
    assert code == 0 and "nada nuevo: ya estaba importado" in out


def test_a_refused_bundle_says_why_in_spanish_and_exits_one(capsys, on, tmp_path):
    on("lead")
    broken = tmp_path / "roto.trainer"
    broken.write_bytes(b"PK\x03\x04 not really")
    code, out, _ = run(capsys, "--lang", "es", "bundle", "import", str(broken))
    assert code == 1
    assert "RECHAZADO" in out and "el archivo está dañado o incompleto" in out
    assert "0 paquete(s) importado(s), 1 rechazado(s)." in out
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "nowhere.trainer"))
    assert code == 1 and "nowhere.trainer: no such file" in out


def test_workshop_and_organizer_bundles_and_conflicts(capsys, on, tmp_path):
    on("lead")
    lead = open_database()
    code, out, _ = run(capsys, "participants", "add", "Ana Núñez")
    ana = out.split("(")[1].split(")")[0]
    workshop = create_workshop(lead, "Taller Antigua", "example")
    meeting = add_session(lead, workshop.id, date(2026, 3, 2), 4)
    from trainer.people.service import find_participant

    person = find_participant(lead, ana)
    enrol(lead, workshop.id, [person.id])
    code, out, _ = run(capsys, "bundle", "export", "--kind", "workshop", "--workshop", "Taller Antigua",
                       "-o", str(tmp_path / "taller.trainer"))
    assert code == 0

    on("helper")
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "taller.trainer"))
    assert "prepares course example version 1.0.0" in out and "NOT available" not in out
    helper = open_database()
    record_attendance(lead, meeting.id, person.id, "present")
    record_attendance(helper, meeting.id, person.id, "absent")
    run(capsys, "bundle", "export", "--kind", "organizer", "-o", str(tmp_path / "helper.trainer"))

    on("lead")
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "helper.trainer"))
    assert "1 losing version(s) kept as conflicts" in out
    code, out, _ = run(capsys, "bundle", "conflicts")
    assert "attendance marks — Ana Núñez — 2026-03-02 (Taller Antigua)" in out
    assert "in force: status=absent" in out
    losing = next(line.split()[0] for line in out.splitlines() if "other laptop" in line)
    assert "status='present'" in out
    code, out, _ = run(capsys, "--lang", "es", "bundle", "resolve", losing, "other")
    assert code == 0 and out.strip() == "Conflicto resuelto."
    code, out, _ = run(capsys, "bundle", "conflicts")
    assert out.strip() == "No open conflicts."


def test_merging_two_profiles_of_one_person(capsys, on):
    on("lead")
    keep = run(capsys, "participants", "add", "Ana Núñez")[1].split("(")[1].rstrip(").\n")
    other = run(capsys, "participants", "add", "Ana Nuñez")[1].split("(")[1].rstrip(").\n")
    code, _, err = run(capsys, "participants", "merge", "Ana Núñez", "Ana Nuñez")
    assert code == 2 and "matches 2 participants" in err  # typed alike: only the ids tell them apart
    code, out, _ = run(capsys, "participants", "merge", keep, other)
    assert code == 0 and "Ana Nuñez (" in out and "is now the same participant as Ana Núñez (" in out
    code, out, _ = run(capsys, "participants", "list")
    assert "Ana Núñez" in out and "Ana Nuñez" not in out


def test_a_device_key_can_be_forgotten_but_not_this_laptops_own(capsys, on):
    on("lead")
    lead = open_database()
    code, _, err = run(capsys, "bundle", "forget-device", lead.device_id())
    assert code == 2 and "is this laptop itself" in err
    code, _, err = run(capsys, "bundle", "forget-device", "nope")
    assert code == 2 and "no known device 'nope'" in err


@pytest.mark.parametrize("command", [["bundle"], ["bundle", "export"], ["bundle", "inspect"], ["bundle", "import"],
                                     ["bundle", "conflicts"], ["bundle", "resolve"], ["bundle", "forget-device"],
                                     ["participants", "merge"]])
def test_every_bundle_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0 and "usage: trainer" in capsys.readouterr().out
