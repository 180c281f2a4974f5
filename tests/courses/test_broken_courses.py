"""Whatever a trainer drops into the courses folder, the other courses load and the app starts.

Each broken course is listed as unavailable, with the file and the reason in the trainer's language
(issue 11): a course folder inside another one, a huge or endlessly nested TOML file, a lesson saved
as Latin-1 or UTF-16, a folder where a manifest should be, a symlink loop.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_COURSE
from trainer.cli import main
from trainer.courses.loader import MAX_TEXT_BYTES, course_folders, load_course, load_library


@pytest.fixture
def library(tmp_path):
    """A user's courses folder holding one good copy of the example course."""
    folder = tmp_path / "courses"
    shutil.copytree(EXAMPLE_COURSE, folder / "good")
    return folder


def add_course(library: Path, name: str) -> Path:
    folder = library / name
    shutil.copytree(EXAMPLE_COURSE, folder)
    return folder


def break_nested(library):
    inner = add_course(library, "good/inner")
    return inner, inner / "course.toml", "nested-course"


def break_huge(library):
    broken = add_course(library, "huge")
    with open(broken / "course.toml", "wb") as stream:  # 50 MB, written sparsely and quickly
        stream.truncate(50 * 1024 * 1024)
    return broken, broken / "course.toml", "too-large"


def break_deep(library):
    broken = add_course(library, "deep")
    (broken / "course.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    return broken, broken / "course.toml", "toml-too-deep"


def break_latin1(library):
    broken = add_course(library, "latin1")
    lesson = broken / "basics" / "welcome.es.md"
    lesson.write_bytes(lesson.read_text(encoding="utf-8").encode("latin-1", "replace"))
    return broken, lesson, "not-utf8"


def break_utf16(library):
    broken = add_course(library, "utf16")
    lesson = broken / "basics" / "welcome.en.md"
    lesson.write_bytes(lesson.read_text(encoding="utf-8").encode("utf-16"))
    return broken, lesson, "utf16"


def break_manifest_folder(library):
    broken = add_course(library, "manifest-folder")
    manifest = broken / "basics" / "module.toml"
    manifest.unlink()
    manifest.mkdir()
    return broken, manifest, "not-a-file"


def break_course_manifest_folder(library):
    broken = library / "course-manifest-folder"
    (broken / "course.toml").mkdir(parents=True)
    return broken, broken / "course.toml", "not-a-file"


def break_symlink_loop(library):
    broken = add_course(library, "loop")
    manifest = broken / "basics" / "module.toml"
    manifest.unlink()
    os.symlink("module.toml", manifest)
    return broken, manifest, "symlink-loop"


def break_course_symlink_loop(library):
    broken = library / "course-loop"
    broken.mkdir()
    os.symlink("course.toml", broken / "course.toml")
    return broken, broken / "course.toml", "symlink-loop"


BREAKAGES = [break_nested, break_huge, break_deep, break_latin1, break_utf16, break_manifest_folder,
             break_course_manifest_folder, break_symlink_loop, break_course_symlink_loop]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__[6:])
def test_a_broken_course_is_listed_with_file_and_reason_and_the_others_load(library, breakage):
    folder, culprit, code = breakage(library)
    loads = {load.path: load for load in load_library([library], deep=True)}
    assert loads[library / "good"].available, [p.describe() for p in loads[library / "good"].problems]
    broken = loads[folder]
    assert not broken.available
    assert [p.code for p in broken.problems] == [code], [p.describe() for p in broken.problems]
    problem = broken.problems[0]
    assert problem.path == culprit
    assert str(culprit) in problem.describe("es") and str(culprit) in problem.describe("en")
    assert problem.message("es") != problem.message("en")


def test_the_reasons_say_what_to_do_in_both_languages(library):
    _, _, _ = break_latin1(library)
    _, _, _ = break_nested(library)
    loads = {load.path.name: load for load in load_library([library], deep=False)}
    latin1 = loads["latin1"].problems[0]
    assert latin1.line == 9  # the first line with a letter that is not UTF-8: where to look in the editor
    assert "UTF-8" in latin1.message("en") and "guárdelo con la codificación UTF-8" in latin1.message("es")
    nested = loads["inner"].problems[0].message("es")
    assert nested == "el curso 'inner' está dentro de la carpeta del curso 'good'; saque la carpeta 'inner' y " \
                     "póngala junto a 'good'"
    assert "move the folder 'inner' out" in loads["inner"].problems[0].message("en")


def test_a_huge_file_is_refused_without_reading_it(library):
    folder, _, _ = break_huge(library)
    [problem] = load_course(folder).problems
    assert problem.params == {"size": 50 * 1024 * 1024, "limit": MAX_TEXT_BYTES}


def test_deep_nesting_in_a_lessons_front_matter_is_a_problem_too(library):
    broken = add_course(library, "deep-lesson")
    lesson = broken / "practice" / "try-a-lab.en.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("+++\n", "+++\nx = " + "[" * 50_000 + "]" * 50_000 + "\n", 1), encoding="utf-8")
    [problem] = load_course(broken).problems
    assert (problem.code, problem.path, problem.line) == ("toml-too-deep", lesson, 2)


def test_a_course_that_crashes_the_reader_is_still_listed(library, monkeypatch):
    from trainer.courses import loader

    def crash(self):
        raise ValueError("something nobody foresaw")

    monkeypatch.setattr(loader._CourseReader, "course", crash)
    [load] = load_library([library / "good"])
    assert not load.available
    assert load.problems[0].message("en") == "the course could not be read: something nobody foresaw"


def test_unreadable_folders_are_skipped_not_raised(library, monkeypatch):
    """A folder the app may not open (permissions, a vanished USB stick) hides nothing else and raises nothing."""
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self == library / "good":
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert course_folders(library) == [library / "good"]
    assert course_folders(library / "missing") == []


def test_a_symlink_to_its_own_folder_is_not_a_nested_course(library):
    os.symlink(".", library / "good" / "again")
    assert course_folders(library) == [library / "good"]


def test_courses_list_shows_every_broken_course(capsys, library):
    for breakage in BREAKAGES:
        breakage(library)
    code = main(["--lang", "es", "courses", "list", str(library)])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert any(line.startswith("example") and "disponible" in line for line in lines)
    for name, reason in [
        ("inner", "está dentro de la carpeta del curso 'good'"),
        ("huge", "el archivo es demasiado grande"),
        ("deep", "anidadas a demasiada profundidad"),
        ("latin1", "no es texto UTF-8"),
        ("utf16", "es texto UTF-16"),
        ("manifest-folder", "'module.toml' debe ser un archivo, pero es una carpeta"),
        ("course-manifest-folder", "'course.toml' debe ser un archivo, pero es una carpeta"),
        ("loop", "es un enlace que vuelve a sí mismo"),
        ("course-loop", "es un enlace que vuelve a sí mismo"),
    ]:
        [line] = [line for line in lines if line.startswith(name + " ")]
        assert "NO DISPONIBLE" in line and reason in line, line


def test_the_app_starts_and_lists_broken_courses(qtbot, library, monkeypatch):
    """Start-up with every kind of broken course: the first screen appears, and the courses screen says why."""
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow

    for breakage in BREAKAGES:
        breakage(library)
    monkeypatch.setenv("TRAINER_COURSES", str(library))
    install_language("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show()
    window.load()
    try:
        qtbot.waitUntil(lambda: window.ready, timeout=10000)
        assert [c.id for c in window.context.courses] == ["example"]
        unavailable = [load for load in window.context.course_loads if not load.available]
        assert len(unavailable) == len(BREAKAGES)
        assert type(window.stack.currentWidget()).__name__ != "QLabel"  # no longer the "Loading…" label
        window.go("courses")
        items = window.stack.currentWidget().course_list
        texts = [items.item(row).text() for row in range(items.count())]
        assert sum("Unavailable: " in text for text in texts) == len(BREAKAGES)
        assert any("is inside the folder of the course 'good'" in text for text in texts)
    finally:
        if window.context.database is not None:
            window.context.database.dispose()


def test_files_saved_with_a_byte_order_mark_load(library):
    """Windows Notepad saves UTF-8 with a byte order mark: that is still UTF-8, and the course opens."""
    good = library / "good"
    for path in (good / "course.toml", good / "basics" / "module.toml", good / "basics" / "welcome.es.md"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    load = load_course(good)
    assert load.available, [p.describe() for p in load.problems]
    assert load.course.lesson("welcome").text("es") == load_course(EXAMPLE_COURSE).course.lesson("welcome").text("es")
