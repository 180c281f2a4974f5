"""An organizer with no display sets up a workshop, imports the roster and takes attendance from the command line."""

import pytest

from trainer.cli import build_parser, main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def session_ids(capsys, workshop: str) -> list[str]:
    _, out, _ = run(capsys, "workshop", "show", workshop)
    return [line.split()[0] for line in out.splitlines() if line.startswith("    ")]


def test_workshop_roster_and_attendance_from_the_command_line(capsys, tmp_path):
    code, out, _ = run(capsys, "workshop", "create", "Taller Sololá", "--course", "example", "--place", "Sololá",
                       "--country", "gt", "--from", "2026-03-02", "--to", "2026-03-06", "--modules", "basics")
    assert code == 0 and out.startswith("Created workshop Taller Sololá (")
    code, _, err = run(capsys, "workshop", "edit", "Taller Sololá", "--modules", "basics,payments")
    assert code == 2 and "course 'example' has no module 'payments'" in err
    assert run(capsys, "workshop", "session-add", "Taller Sololá", "--date", "2026-03-02", "--hours", "4")[0] == 0
    assert run(capsys, "workshop", "session-add", "Taller Sololá", "--date", "2026-03-03", "--hours", "3.5",
               "--start", "14:00", "--title", "Pagos")[0] == 0
    code, out, _ = run(capsys, "--lang", "es", "workshop", "list", "--past")
    assert "Taller Sololá" in out and "2 sesiones" in out and "7.5 h" in out and "pasado" in out

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
    code, out, _ = run(capsys, "--lang", "es", "attendance", "mark", "--session", first, "José Pérez", "tarde",
                       "--by", "Ana Núñez")
    assert out.strip() == "José Pérez: tarde"
    code, out, _ = run(capsys, "attendance", "mark-rest", "--session", first, "present")
    assert out.strip() == "1 person(s) marked present."
    code, out, _ = run(capsys, "attendance", "show", "--session", first)
    assert "present 1, late 1, excused 0, absent 0, not marked 0" in out
    code, out, _ = run(capsys, "--lang", "es", "attendance", "history", "--session", first, "José Pérez")
    assert [line.split(" — ")[1] for line in out.splitlines()] == [
        "José Pérez: ausente", "José Pérez: ausente → tarde (por Ana Núñez)"]
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
