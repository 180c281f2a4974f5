"""The `trainer` command as an organizer or a course author uses it."""

import shutil
import subprocess
import sys

import pytest

from trainer.cli import build_parser, main
from tests.conftest import EXAMPLE_COURSE


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
                                     ["participants", "add"], ["participants", "list"], ["progress", "show"], ["info"]])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0
    assert "usage: trainer" in capsys.readouterr().out


def test_console_script_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "trainer.cli", "courses", "check", str(EXAMPLE_COURSE)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
