"""An organizer with no display sets up a workshop, imports the roster and takes attendance from the command line."""

import pytest

from tests.cli_proof import ORGANIZER, PIN, PROOF_BOOKKEEPING, organizer, snapshot  # noqa: F401 (a fixture)
from trainer.cli import build_parser, main
from trainer.storage.database import open_database


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def session_ids(capsys, workshop: str) -> list[str]:
    _, out, _ = run(capsys, "workshop", "show", workshop)
    return [line.split()[0] for line in out.splitlines() if line.startswith("    ")]


def test_workshop_roster_and_attendance_from_the_command_line(capsys, tmp_path, organizer):
    code, out, _ = run(capsys, "workshop", "create", "Taller Sololá", "--course", "example", "--place", "Sololá",
                       "--country", "gt", "--from", "2026-03-02", "--to", "2026-03-06", "--modules", "basics")
    assert code == 0 and out.startswith("Created workshop Taller Sololá (")
    code, _, err = run(capsys, "workshop", "edit", "Taller Sololá", "--modules", "basics,payments")
    assert code == 2 and "course 'example' has no module 'payments'" in err
    assert run(capsys, "workshop", "session-add", "Taller Sololá", "--date", "2026-03-02", "--hours", "4")[0] == 0
    assert run(capsys, "workshop", "session-add", "Taller Sololá", "--date", "2026-03-03", "--hours", "3.5",
               "--start", "14:00", "--title", "Pagos")[0] == 0
    code, out, _ = run(capsys, "--lang", "es", "workshop", "list", "--past")
    assert "Taller Sololá" in out and "2 sesiones" in out and "7,5 h" in out and "pasado" in out

    roster = tmp_path / "lista.csv"
    roster.write_bytes("Nombre;Organización;Sexo;Correo\nJosé Pérez;Coop;M;jose@coop.gt\n"
                       "María Ñandú;UNI;Mujer;maria@\n".encode("cp1252"))
    code, out, err = run(capsys, "roster", "import", str(roster), "--workshop", "Taller Sololá")
    assert code == 2
    assert "(encoding cp1252, delimiter ';')" in out
    assert "  row 3, column 'Correo' (D): 'maria@' is not an e-mail address" in out
    assert "nothing was imported" in err
    code, out, _ = run(capsys, "roster", "import", str(roster), "--workshop", "Taller Sololá", "--skip-bad-rows")
    assert code == 0 and "1 new participant(s)" in out and "1 row(s) with errors skipped" in out
    code, out, _ = run(capsys, "roster", "add", "Ana Núñez", "--workshop", "Taller Sololá", "--org", "Coop")
    assert code == 0 and out.startswith("Added Ana Núñez (")
    code, out, _ = run(capsys, "roster", "show", "--workshop", "Taller Sololá")
    assert [line.split("  ")[1].strip() for line in out.splitlines()] == ["Ana Núñez", "José Pérez"]

    first, second = session_ids(capsys, "Taller Sololá")
    assert run(capsys, "attendance", "mark", "--session", first, "José Pérez", "A")[0] == 0
    code, out, _ = run(capsys, "--lang", "es", "attendance", "mark", "--session", first, "José Pérez", "tarde")
    assert out.strip() == "José Pérez: tarde"
    code, out, _ = run(capsys, "attendance", "mark-rest", "--session", first, "present")
    assert out.strip() == "1 person(s) marked present."
    code, out, _ = run(capsys, "attendance", "show", "--session", first)
    assert "present 1, late 1, excused 0, absent 0, not marked 0" in out
    code, out, _ = run(capsys, "--lang", "es", "attendance", "history", "--session", first, "José Pérez")
    assert [line.split(" — ")[1] for line in out.splitlines()] == [
        "José Pérez: ausente (por Rosa Díaz)", "José Pérez: ausente → tarde (por Rosa Díaz)"]
    code, _, err = run(capsys, "attendance", "mark", "--session", second, "José Pérez", "maybe")
    assert code == 2 and "attendance 'maybe' is not one of" in err
    code, _, err = run(capsys, "workshop", "session-remove", first)
    assert code == 2 and "cannot be removed" in err
    assert run(capsys, "workshop", "session-remove", second)[0] == 0

    code, out, _ = run(capsys, "workshop", "progress", "Taller Sololá", "--sort", "attendance")
    assert code == 0 and "The basics" in out and "Practice" not in out and "0 of 2 need attention." in out


@pytest.mark.parametrize("command", [
    ["workshop"], ["workshop", "create"], ["workshop", "edit"], ["workshop", "list"], ["workshop", "show"],
    ["workshop", "session-add"], ["workshop", "session-edit"], ["workshop", "session-remove"], ["workshop", "progress"],
    ["roster", "import"], ["roster", "add"], ["roster", "show"], ["attendance", "mark"], ["attendance", "mark-rest"],
    ["attendance", "show"], ["attendance", "history"], ["report"], ["paper", "handout"], ["paper", "quiz"],
    ["paper", "score-sheet"], ["paper", "scores"],
])
def test_every_new_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0 and "usage: trainer" in capsys.readouterr().out


@pytest.fixture
def room(organizer, tmp_path):
    """A workshop with a marked session, an empty one and one person enrolled, and the files a trainer would load."""
    from datetime import date

    from trainer.people.service import ProfileInput
    from trainer.roster.enrolment import add_and_enrol
    from trainer.workshops.service import add_session, create_workshop, record_attendance

    db = open_database()
    workshop = create_workshop(db, "Taller", "example", country="GT")
    held, empty = (add_session(db, workshop.id, date(2026, 3, day), 4) for day in (2, 3))
    ana, _ = add_and_enrol(db, workshop.id, ProfileInput(name="Ana Núñez"))
    record_attendance(db, held.id, ana.id, "late", organizer.id)
    db.dispose()
    (tmp_path / "lista.csv").write_text("Nombre\nLuisa Fernández\n", encoding="utf-8")
    (tmp_path / "notas.csv").write_text("Name,1,2,3,4,5\nAna Núñez,1,1,1,1,1\n", encoding="utf-8")
    return {"session": held.id[:8], "empty": empty.id[:8], "roster": str(tmp_path / "lista.csv"),
            "scores": str(tmp_path / "notas.csv")}


WRITES = {  # the action each command records with the trainer who proved it
    "workshop-create": ["workshop", "create", "Otro taller", "--course", "example"],
    "workshop-edit": ["workshop", "edit", "Taller", "--place", "Antigua"],
    "session-add": ["workshop", "session-add", "Taller", "--date", "2026-03-04", "--hours", "4"],
    "session-edit": ["workshop", "session-edit", "{session}", "--hours", "2"],
    "session-remove": ["workshop", "session-remove", "{empty}"],
    "roster-import": ["roster", "import", "{roster}", "--workshop", "Taller"],
    "roster-add": ["roster", "add", "Luisa Fernández", "--workshop", "Taller"],
    "attendance-mark": ["attendance", "mark", "--session", "{session}", "Ana Núñez", "present"],
    "attendance-mark-rest": ["attendance", "mark-rest", "--session", "{empty}", "present"],
    "paper-scores": ["paper", "scores", "{scores}", "basics", "--workshop", "Taller", "--marks"],
}


def _command(template: list[str], room: dict) -> list[str]:
    return [part.format(**room) for part in template]


@pytest.mark.parametrize("action", WRITES)
def test_every_write_needs_a_trainer_and_changes_nothing_without_one(capsys, monkeypatch, room, action):
    template = WRITES[action]
    db = open_database()
    before = snapshot(db)
    monkeypatch.delenv("TRAINER_AS")
    code, _, err = run(capsys, *_command(template, room))
    assert code == 2 and "this command needs a trainer or organizer of this laptop: add --as" in err
    assert snapshot(db) == before
    monkeypatch.setenv("TRAINER_PIN", "135790")
    code, _, err = run(capsys, "--lang", "es", "--as", ORGANIZER, *_command(template, room))
    assert code == 2 and err.strip() == "trainer: ese PIN no es correcto"
    code, _, err = run(capsys, "--as", "Ana Núñez", *_command(template, room))
    assert code == 2 and "Ana Núñez is not a trainer or organizer on this laptop" in err
    assert snapshot(db, PROOF_BOOKKEEPING) == {k: v for k, v in before.items() if k not in PROOF_BOOKKEEPING}
    db.dispose()


@pytest.mark.parametrize("action", WRITES)
def test_every_write_goes_through_with_the_trainers_pin_and_records_who(capsys, monkeypatch, organizer, room, action):
    from trainer.storage.models import TrustEvent

    monkeypatch.delenv("TRAINER_AS")
    code, _, err = run(capsys, "--as", ORGANIZER, *_command(WRITES[action], room))
    assert code == 0, err
    db = open_database()
    with db.session() as session:
        assert [(e.actor_id, e.action) for e in session.query(TrustEvent)] == [(organizer.id, action)]
    db.dispose()


def test_reading_needs_no_trainer(capsys, monkeypatch, room):
    monkeypatch.delenv("TRAINER_AS")
    monkeypatch.delenv("TRAINER_PIN")
    for command in (["workshop", "list"], ["workshop", "show", "Taller"], ["workshop", "progress", "Taller"],
                    ["roster", "show", "--workshop", "Taller"], ["attendance", "show", "--session", room["session"]],
                    ["attendance", "history", "--session", room["session"]],
                    ["roster", "import", room["roster"], "--workshop", "Taller", "--dry-run"],
                    ["paper", "scores", room["scores"], "basics", "--workshop", "Taller", "--marks", "--dry-run"]):
        code, _, err = run(capsys, *command)
        assert code == 0, (command, err)


def test_wrong_pins_are_slowed_down_through_the_command_line(capsys, monkeypatch, room):
    db = open_database()
    before = snapshot(db, PROOF_BOOKKEEPING)
    monkeypatch.setenv("TRAINER_PIN", "135790")
    answers = [run(capsys, "workshop", "edit", "Taller", "--place", "Antigua")[2].strip() for _ in range(3)]
    assert answers == ["trainer: that PIN is not right"] * 2 + [
        "trainer: too many wrong PINs: wait 30 s before trying again"]
    monkeypatch.setenv("TRAINER_PIN", PIN)  # the right PIN is not even checked while the delay runs
    code, _, err = run(capsys, "workshop", "edit", "Taller", "--place", "Antigua")
    assert code == 2 and "too many wrong PINs: wait" in err
    assert snapshot(db, PROOF_BOOKKEEPING) == before
    db.dispose()
