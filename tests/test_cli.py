"""The `trainer` command as an organizer or a course author uses it."""

import shutil
import subprocess
import sys

import pytest

from tests.cli_proof import ORGANIZER, PIN, organizer, snapshot  # noqa: F401 (a fixture)
from tests.conftest import EXAMPLE_COURSE
from trainer.cli import build_parser, main
from trainer.storage.database import open_database


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_a_valid_course_exits_zero(capsys):
    code, out, _ = run(capsys, "courses", "check", str(EXAMPLE_COURSE))
    assert code == 0 and "1 course(s) checked, no problems." in out


def test_check_a_broken_course_lists_every_problem_and_exits_one(capsys, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(EXAMPLE_COURSE, broken)
    (broken / "basics" / "welcome.es.md").unlink()
    (broken / "practice" / "module.toml").write_text(
        (broken / "practice" / "module.toml").read_text(encoding="utf-8").replace("hash-sign", "nope"), encoding="utf-8")
    code, out, err = run(capsys, "--lang", "es", "courses", "check", str(broken))
    assert code == 1
    assert f"{broken / 'basics' / 'module.toml'}:2: la lección 'welcome' no tiene versión en 'es'" in out
    assert f"{broken / 'practice' / 'module.toml'}:14: tipo de laboratorio desconocido 'nope'" in out
    assert "problema(s) encontrado(s)" in err


def test_check_a_folder_without_courses_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "courses", "check", str(tmp_path))
    assert code == 1 and "No course found" in err


def test_courses_list_marks_broken_courses_unavailable(capsys, tmp_path):
    shutil.copytree(EXAMPLE_COURSE, tmp_path / "good")
    shutil.copytree(EXAMPLE_COURSE, tmp_path / "bad")
    (tmp_path / "bad" / "course.toml").write_text("id = \n", encoding="utf-8")
    code, out, _ = run(capsys, "courses", "list", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("bad") and "UNAVAILABLE" in lines[0] and "malformed TOML" in lines[0]
    assert lines[1].startswith("example") and "available" in lines[1] and "2 modules, 35 min" in lines[1]


def test_participants_and_progress(capsys):
    code, out, _ = run(capsys, "participants", "add", "Ana Núñez", "--org", "Coop Sololá", "--country", "GT",
                       "--sector", "private")
    assert code == 0 and out.startswith("Added Ana Núñez (")
    code, out, _ = run(capsys, "participants", "list")
    assert "Ana Núñez" in out and "GT" in out and "private" in out
    code, out, _ = run(capsys, "progress", "show", "ana núñez", "--course", "example")
    assert code == 0
    assert "The basics" in out and "lessons 0/2" in out and "not started" in out
    assert "Course: 0/3 lessons, 0/2 modules passed" in out


def test_errors_say_what_to_do(capsys):
    code, _, err = run(capsys, "participants", "add", "Ana", "--sector", "government")
    assert code == 2 and "sector 'government' is not one of: public, private, academic, other" in err
    code, _, err = run(capsys, "progress", "show", "nobody")
    assert code == 2 and "see 'trainer participants list'" in err


@pytest.mark.parametrize("command", [[], ["courses"], ["courses", "list"], ["courses", "check"], ["participants"],
                                     ["participants", "add"], ["participants", "list"], ["participants", "role"],
                                     ["progress", "show"], ["info"], ["setup"], ["laptop"], ["laptop", "fingerprint"]])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0
    assert "usage: trainer" in capsys.readouterr().out


def test_console_script_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "trainer.cli", "courses", "check", str(EXAMPLE_COURSE)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_role_is_granted_by_a_trainer_never_chosen(capsys, monkeypatch):
    monkeypatch.delenv("TRAINER_AS", raising=False)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["participants", "add", "Ana", "--role", "organizer"])
    assert "unrecognized arguments: --role" in capsys.readouterr().err
    assert run(capsys, "participants", "add", "Ana Núñez", "--pin", "1234")[0] == 0
    db = open_database()
    before = snapshot(db)
    code, _, err = run(capsys, "participants", "role", "Ana Núñez", "trainer")
    assert code == 2 and "needs a trainer or organizer of this laptop: add --as" in err
    assert snapshot(db) == before
    db.dispose()


def test_granting_roles_from_the_command_line(capsys, monkeypatch, organizer):
    monkeypatch.delenv("TRAINER_NEW_PIN", raising=False)
    run(capsys, "participants", "add", "Ana Núñez")
    run(capsys, "participants", "add", "Luis Gómez")
    code, _, err = run(capsys, "participants", "role", "Ana Núñez", "trainer")
    assert code == 2 and "type the new PIN when asked (twice), or set TRAINER_NEW_PIN" in err
    monkeypatch.setenv("TRAINER_NEW_PIN", "1234")
    code, _, err = run(capsys, "participants", "role", "Ana Núñez", "trainer")
    assert code == 2 and "trainers and organizers need a PIN of 6 to 8 digits" in err
    monkeypatch.setenv("TRAINER_NEW_PIN", "864200")
    code, out, _ = run(capsys, "--lang", "es", "participants", "role", "Ana Núñez", "trainer")
    assert code == 0 and "ahora tiene el rol de capacitador en esta laptop." in out
    monkeypatch.setenv("TRAINER_PIN", "864200")  # the new trainer proves herself with her own PIN
    monkeypatch.setenv("TRAINER_NEW_PIN", "975310")
    code, out, _ = run(capsys, "--as", "Ana Núñez", "participants", "role", "Luis Gómez", "organizer")
    assert code == 0 and "is now organizer on this laptop." in out
    monkeypatch.setenv("TRAINER_PIN", PIN)
    assert run(capsys, "participants", "role", "Ana Núñez", "participant")[0] == 0
    roles = {line[10:40].strip(): line.split()[-1] for line in run(capsys, "participants", "list")[1].splitlines()}
    assert roles == {"Ana Núñez": "participant", "Luis Gómez": "organizer", ORGANIZER: "organizer"}


def test_the_last_trainer_cannot_step_down(capsys, organizer):
    code, _, err = run(capsys, "participants", "role", ORGANIZER, "participant")
    assert code == 2 and "is the last trainer or organizer of this laptop" in err


def test_merging_people_needs_a_trainer_and_records_who(capsys, monkeypatch, organizer):
    from trainer.storage.models import ParticipantAlias

    keep = run(capsys, "participants", "add", "Ana Núñez")[1].split("(")[1].split(")")[0]
    other = run(capsys, "participants", "add", "Ana Nunez", "--org", "Coop")[1].split("(")[1].split(")")[0]
    db = open_database()
    before = snapshot(db)
    monkeypatch.delenv("TRAINER_AS")
    code, _, err = run(capsys, "participants", "merge", keep, other)
    assert code == 2 and "needs a trainer or organizer" in err and snapshot(db) == before
    code, _, err = run(capsys, "--as", ORGANIZER, "participants", "merge", keep, other)
    assert code == 0, err
    with db.session() as session:
        assert [alias.merged_by_id for alias in session.query(ParticipantAlias)] == [organizer.id]
    db.dispose()


def test_setting_up_the_organization(capsys, monkeypatch):
    monkeypatch.setenv("TRAINER_PIN", "24681357")
    monkeypatch.setenv("TRAINER_KEY_PASSPHRASE", "short")
    code, _, err = run(capsys, "setup", "--organization", "Cámara de Comercio", "--name", "Rosa Díaz")
    assert code == 2 and "needs at least 8 characters" in err
    assert "Rosa Díaz" not in run(capsys, "participants", "list")[1]
    monkeypatch.setenv("TRAINER_KEY_PASSPHRASE", "una frase larga")
    code, out, err = run(capsys, "--lang", "es", "setup", "--organization", "Cámara de Comercio", "--name",
                         "Rosa Díaz", "--country", "GT", "--email", "rosa@camara.gt")
    assert code == 0, err
    assert out.startswith("Cámara de Comercio quedó configurada en esta laptop; Rosa Díaz (")
    code, out, _ = run(capsys, "participants", "list")
    assert "Rosa Díaz" in out and "Cámara de Comercio" in out and out.rstrip().endswith("organizer")
    code, _, err = run(capsys, "setup", "--organization", "Otra", "--name", "Eva Paz")
    assert code == 2 and "this laptop is already set up (Rosa Díaz)" in err


def test_setup_refuses_a_laptop_that_has_a_trainer_before_asking_anything(capsys, organizer):
    db = open_database()
    before = snapshot(db)
    code, _, err = run(capsys, "setup", "--organization", "Otra", "--name", "Eva Paz")
    assert code == 2 and f"this laptop is already set up ({ORGANIZER})" in err
    assert snapshot(db) == before
    db.dispose()


@pytest.fixture
def terminal(monkeypatch):
    """A keyboard at a terminal: `terminal(["typed", ...])` answers each no-echo prompt in turn."""
    class Keyboard:
        def isatty(self):
            return True

    def typing(answers: list[str]):
        monkeypatch.setattr("sys.stdin", Keyboard())
        monkeypatch.setattr("getpass.getpass", lambda prompt="": answers.pop(0))
    return typing


def test_setup_asks_for_each_secret_twice(capsys, monkeypatch, terminal):
    for name in ("TRAINER_PIN", "TRAINER_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "setup", "--organization", "Cámara", "--name", "Rosa Díaz")
    assert code == 2 and "type the new PIN when asked (twice), or set TRAINER_PIN" in err
    terminal(["246810", "246801"])
    code, _, err = run(capsys, "--lang", "es", "setup", "--organization", "Cámara", "--name", "Rosa Díaz")
    assert code == 2 and "los dos PIN escritos no coinciden; no se cambió nada" in err
    terminal(["2468", "2468"])
    code, _, err = run(capsys, "setup", "--organization", "Cámara", "--name", "Rosa Díaz")
    assert code == 2 and "need a PIN of 6 to 8 digits" in err
    terminal(["246810", "246810", "una frase larga", "una frase distinta"])
    code, _, err = run(capsys, "setup", "--organization", "Cámara", "--name", "Rosa Díaz")
    assert code == 2 and "the two passphrases typed do not match" in err
    terminal(["246810", "246810", "una frase larga", "una frase larga"])
    code, _, err = run(capsys, "setup", "--organization", "Cámara", "--name", "Rosa Díaz")
    assert code == 0, err
    terminal(["246810"])  # the PIN of a command that needs a trainer is typed once
    monkeypatch.setenv("TRAINER_NEW_PIN", "135799")
    run(capsys, "participants", "add", "Ana Núñez")
    code, _, err = run(capsys, "--as", "Rosa Díaz", "participants", "role", "Ana Núñez", "trainer")
    assert code == 0, err


def test_this_laptops_fingerprint(capsys):
    from trainer.trust import this_laptop_fingerprint

    code, out, _ = run(capsys, "laptop", "fingerprint")
    db = open_database()
    assert code == 0 and out.startswith(f"This laptop's fingerprint: {this_laptop_fingerprint(db)}\n")
    db.dispose()


def test_stored_names_never_drive_the_terminal(capsys):
    from trainer.storage.models import Participant, Workshop

    db = open_database()
    with db.session() as session:  # as a tampered database file or an old bundle could hold them
        session.add(Participant(origin_device_id=db.device_id(), name="Eve\x1b[31mRed\u202eX\rY\x9b2J",
                                organization="Org\x07"))
        session.add(Workshop(origin_device_id=db.device_id(), title="Taller\x1b]0;owned\x07", course_id="example"))
    db.dispose()
    code, out, _ = run(capsys, "participants", "list")
    assert "Eve?[31mRed?X?Y?2J" in out and "Org?" in out
    code, more, _ = run(capsys, "workshop", "list")
    assert "Taller?]0;owned?" in more
    code, _, err = run(capsys, "progress", "show", "Zed\x1b[2J\u2066")
    assert code == 2 and "no participant matches 'Zed?[2J?'" in err
    shown = out + more + err
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) < 0xA0 or c in "\u202e\u2066" for c in shown)
