"""`trainer bundle ...` and `trainer participants merge` as a trainer types them, on two laptops."""

import io
from datetime import date

import pytest

from tests.cli_proof import ORGANIZER, PIN, make_organizer, snapshot
from trainer.cli import build_parser, main
from trainer.storage.database import open_database
from trainer.trust import this_laptop_fingerprint
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance


@pytest.fixture
def on(monkeypatch, tmp_path):
    """`on("lead")` makes the CLI use that laptop's database (keys stay in the test's data folder)."""
    def use(name: str):
        monkeypatch.setenv("TRAINER_DATABASE_URL", f"sqlite:///{tmp_path / name}.sqlite")
    return use


@pytest.fixture
def lead(on, monkeypatch):
    """The trainer's laptop, with its organizer named by TRAINER_AS and TRAINER_PIN; a participant laptop has none."""
    on("lead")
    db = open_database()
    make_organizer(db)
    monkeypatch.setenv("TRAINER_AS", ORGANIZER)
    monkeypatch.setenv("TRAINER_PIN", PIN)
    yield db
    db.dispose()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_participant_bundle_from_the_command_line(capsys, on, lead, monkeypatch, tmp_path):
    on("station")  # a participant laptop: nobody there has a role
    run(capsys, "participants", "add", "Ana Núñez", "--country", "GT")
    station_db = open_database()
    station = this_laptop_fingerprint(station_db)
    station_db.dispose()
    code, out, _ = run(capsys, "bundle", "export", "--kind", "participant", "--participant", "ana núñez",
                       "-o", str(tmp_path / "stick" / "ana.trainer"))
    assert code == 0 and out.strip() == f"Wrote {tmp_path / 'stick' / 'ana.trainer'}"

    on("lead")
    code, out, _ = run(capsys, "bundle", "inspect", str(tmp_path / "stick"))
    assert code == 0
    assert "ana.trainer: participant bundle from '" in out and ": Ana Núñez" in out and "first bundle from this laptop" in out
    assert f"laptop fingerprint {station} (not approved here)" in out
    assert "trainer bundle approve" not in out  # a learner's own records need no approval
    assert "participants                  1 new      0 changed      0 already here" in out
    assert "(nothing was changed: this is a preview)" in out
    before = snapshot(lead)
    monkeypatch.delenv("TRAINER_AS")
    code, _, err = run(capsys, "bundle", "import", str(tmp_path / "stick"))
    assert code == 2 and "needs a trainer or organizer" in err and snapshot(lead) == before
    monkeypatch.setenv("TRAINER_AS", ORGANIZER)
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


def test_workshop_and_organizer_bundles_need_an_approved_laptop(capsys, on, lead, monkeypatch, tmp_path):
    code, out, _ = run(capsys, "participants", "add", "Ana Núñez")
    ana = out.split("(")[1].split(")")[0]
    workshop = create_workshop(lead, "Taller Antigua", "example")
    meeting = add_session(lead, workshop.id, date(2026, 3, 2), 4)
    from trainer.people.service import find_participant

    person = find_participant(lead, ana)
    enrol(lead, workshop.id, [person.id])
    taller = tmp_path / "taller.trainer"
    assert run(capsys, "bundle", "export", "--kind", "workshop", "--workshop", "Taller Antigua",
               "-o", str(taller))[0] == 0
    lead_print = this_laptop_fingerprint(lead)

    on("helper")  # a participant laptop being prepared: no trainer of its own yet, so approving needs no PIN
    code, out, _ = run(capsys, "bundle", "inspect", str(taller))
    assert f"laptop fingerprint {lead_print} (not approved here)" in out
    assert f"run: trainer bundle approve {taller}" in out
    code, out, _ = run(capsys, "bundle", "import", str(taller))
    assert code == 1 and lead_print in out and f"to approve it: trainer bundle approve {taller}" in out
    code, out, _ = run(capsys, "bundle", "approve", str(taller), "--yes")
    assert code == 0 and f"Its fingerprint: {lead_print}" in out and "Approved laptop '" in out
    code, out, _ = run(capsys, "bundle", "import", str(taller))
    assert code == 0 and "prepares course example version 1.0.0" in out and "NOT available" not in out
    assert f"laptop fingerprint {lead_print} (approved here)" in out
    helper = open_database()
    helper_print = this_laptop_fingerprint(helper)
    record_attendance(lead, meeting.id, person.id, "present")
    record_attendance(helper, meeting.id, person.id, "absent")
    run(capsys, "bundle", "export", "--kind", "organizer", "-o", str(tmp_path / "helper.trainer"))
    helper.dispose()

    on("lead")
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "helper.trainer"))
    assert code == 1 and helper_print in out and "0 bundle(s) imported, 1 refused." in out
    before = snapshot(lead, leave_out=("trust_events",))  # the trainer's proof is recorded; nothing else may change
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    code, out, _ = run(capsys, "--lang", "es", "bundle", "approve", str(tmp_path / "helper.trainer"))
    assert code == 1 and f"Su huella: {helper_print}" in out and "No se aprobó; no se cambió nada." in out
    monkeypatch.delenv("TRAINER_AS")
    code, _, err = run(capsys, "bundle", "approve", str(tmp_path / "helper.trainer"), "--yes")
    assert code == 2 and "needs a trainer or organizer" in err
    assert snapshot(lead, leave_out=("trust_events",)) == before
    monkeypatch.setattr("sys.stdin", io.StringIO("sí\n"))
    code, out, _ = run(capsys, "--as", ORGANIZER, "--lang", "es", "bundle", "approve", str(tmp_path / "helper.trainer"))
    assert code == 0 and "¿Coinciden las huellas?" in out and "Se aprobó la laptop" in out
    monkeypatch.setenv("TRAINER_AS", ORGANIZER)
    code, out, _ = run(capsys, "bundle", "import", str(tmp_path / "helper.trainer"))
    assert code == 0 and "1 row(s) two laptops set differently, to settle" in out
    code, out, _ = run(capsys, "bundle", "conflicts")
    assert "attendance marks — Ana Núñez — 2026-03-02 (Taller Antigua)" in out
    assert "in force: status=absent" in out
    losing = next(line.split()[0] for line in out.splitlines() if "other laptop" in line)
    assert "status='present'" in out
    before = snapshot(lead)
    monkeypatch.setenv("TRAINER_PIN", "135790")
    code, _, err = run(capsys, "bundle", "resolve", losing, "other")
    assert code == 2 and "that PIN is not right" in err
    assert snapshot(lead, ("accounts", "trust_events")) == {k: v for k, v in before.items()
                                                           if k not in ("accounts", "trust_events")}
    monkeypatch.setenv("TRAINER_PIN", PIN)
    code, out, _ = run(capsys, "--lang", "es", "bundle", "resolve", losing, "other")
    assert code == 0 and out.strip() == "Conflicto resuelto."
    code, out, _ = run(capsys, "bundle", "conflicts")
    assert out.strip() == "No open conflicts."


def test_merging_two_profiles_of_one_person(capsys, lead):
    keep = run(capsys, "participants", "add", "Ana Núñez")[1].split("(")[1].rstrip(").\n")
    other = run(capsys, "participants", "add", "Ana Nuñez", "--new-anyway")[1].split("(")[1].rstrip(").\n")
    code, _, err = run(capsys, "participants", "merge", "Ana Núñez", "Ana Nuñez")
    assert code == 2 and "matches 2 participants" in err  # typed alike: only the ids tell them apart
    code, out, _ = run(capsys, "participants", "merge", keep, other)
    assert code == 0 and "Ana Nuñez (" in out and "is now the same participant as Ana Núñez (" in out
    code, out, _ = run(capsys, "participants", "list")
    assert "Ana Núñez" in out and "Ana Nuñez" not in out


def test_a_device_key_can_be_forgotten_but_not_this_laptops_own(capsys, lead, monkeypatch):
    monkeypatch.delenv("TRAINER_AS")
    code, _, err = run(capsys, "bundle", "forget-device", "nope")
    assert code == 2 and "needs a trainer or organizer" in err
    monkeypatch.setenv("TRAINER_AS", ORGANIZER)
    code, _, err = run(capsys, "bundle", "forget-device", lead.device_id())
    assert code == 2 and "is this laptop itself" in err
    code, _, err = run(capsys, "bundle", "forget-device", "nope")
    assert code == 2 and "no known device 'nope'" in err


def test_an_inspection_says_what_this_laptop_will_not_take_on_trust(capsys, tmp_path):
    from datetime import datetime

    from trainer.bundles.merge import MergeReport
    from trainer.bundles.service import Inspection
    from trainer.cli.bundles import print_inspection

    inspection = Inspection(
        path=tmp_path / "oficina.trainer", kind="organizer", device_id="0f" * 18, device_name="Oficina",
        created_at=datetime(2026, 3, 2, 9, 0), new_device=True, subject={"workshops": [{"id": "w", "title": "Taller"}]},
        course=None, report=MergeReport(), offered_keys={"K7Q3M9XA": True, "ABCDEFGH": False},
        fingerprint="1234 5678 9012 3456", approved=False, needs_approval=True, profiles_left_out=2, rescored=3)
    print_inspection(inspection, "es")
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "  huella de la laptop 1234 5678 9012 3456 (no aprobada aquí)",
        "  primer paquete de esta laptop: su clave queda registrada desde ahora",
        "  los paquetes de este tipo se aceptan solo de una laptop aprobada: compare la huella con la que su "
        f"capacitador lee con 'trainer laptop fingerprint' y luego ejecute: trainer bundle approve {inspection.path}",
        "  2 cambio(s) de perfil omitido(s): esas personas se registraron en otra laptop",
        "  3 intento(s) de evaluación calificado(s) de nuevo aquí a partir de sus respuestas",
        "  ofrece la clave de certificados K7Q3M9XA, nueva en esta laptop: no se confía en ella hasta que un "
        "capacitador compare su huella ('trainer keys offered') y ejecute: trainer keys approve K7Q3M9XA",
        "  nada nuevo: ya estaba importado",
    ]


@pytest.mark.parametrize("command", [["bundle"], ["bundle", "export"], ["bundle", "inspect"], ["bundle", "approve"],
                                     ["bundle", "import"], ["bundle", "conflicts"], ["bundle", "resolve"],
                                     ["bundle", "forget-device"], ["participants", "merge"]])
def test_every_bundle_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0 and "usage: trainer" in capsys.readouterr().out
