"""Read course folders into `Course` values, collecting every problem instead of stopping at the first.

A course with problems is still returned as a `CourseLoad` so the app can list
it as unavailable with the reason, while the other courses load normally.
"""

import errno
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from trainer.courses.model import QUESTION_TYPES, Course, Lab, Lesson, Module, Option, Question, Quiz
from trainer.courses.problems import Problem
from trainer.i18n import LANGUAGES, pick

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
MAX_TEXT_BYTES = 1_000_000
FRONT_MATTER_FENCE = "+++"

COURSE_KEYS = {"id", "version", "languages", "pass_mark", "hours", "modules", "title", "description"}
MODULE_KEYS = {"id", "lessons", "quiz", "title", "summary", "lab"}
LAB_KEYS = {"id", "kind", "minutes", "title", "params"}
LESSON_KEYS = {"id", "title", "minutes"}
QUIZ_KEYS = {"id", "pass_mark", "minutes", "title", "question"}
QUESTION_KEYS = {"id", "type", "prompt", "explanation", "option", "answer", "tolerance", "unit", "answers"}
OPTION_KEYS = {"id", "correct", "text", "feedback"}


@dataclass
class CourseLoad:
    """The outcome of loading one course folder: the course if it could be built, and its problems."""

    path: Path
    course: Course | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return self.course is not None and not self.problems

    def title(self, lang: str) -> str:
        return pick(self.course.title, lang) if self.course else self.path.name


def split_front_matter(raw: str) -> tuple[str | None, str, int]:
    """Split a lesson into (front matter, body, line where the body starts); None if there is none."""
    raw = raw.removeprefix("\ufeff")  # a byte order mark, as Windows Notepad saves UTF-8
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return None, raw, 1
    for index in range(1, len(lines)):
        if lines[index].strip() == FRONT_MATTER_FENCE:
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    return "", raw, 1


class _File:
    """One file being read: its text, and a way to report a problem at the line that causes it."""

    def __init__(self, path: Path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        self.text = ""

    def read(self) -> bool:
        """Read the file as UTF-8 text; on any problem (missing, a folder, a link loop, too large, another
        encoding, unreadable) report it and return False. Never raises for what is on the disk."""
        problem = file_problem(self.path)
        if problem is not None:
            code, params = problem
            self.report(code, **params)
            return False
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_TEXT_BYTES + 1)  # a file that grows after stat() is still cut off here
        except OSError as error:
            self.report("unreadable", detail=_os_reason(error))
            return False
        if len(raw) > MAX_TEXT_BYTES:
            self.report("too-large", size=len(raw), limit=MAX_TEXT_BYTES)
            return False
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.report("utf16", 1)
            return False
        try:
            self.text = raw.decode("utf-8-sig")  # a byte order mark (Windows Notepad) is not part of the text
        except UnicodeDecodeError as error:
            self.report("not-utf8", raw[: error.start].count(b"\n") + 1)
            return False
        return True

    def report(self, code: str, line: int | None = None, **params) -> None:
        self.problems.append(Problem(self.path, line, code, params))

    def line_of(self, needle: str, after: int = 1) -> int | None:
        """First line (1-based, from `after`) that mentions `needle`: where a trainer should look."""
        for number, line in enumerate(self.text.splitlines()[after - 1 :], start=after):
            if needle in line:
                return number
        return None

    def parse_toml(self, text: str | None = None, line_offset: int = 0) -> dict | None:
        try:
            return tomllib.loads(self.text if text is None else text)
        except tomllib.TOMLDecodeError as error:
            line = getattr(error, "lineno", None)
            match = re.search(r"line (\d+)", str(error))
            if line is None and match:
                line = int(match.group(1))
            detail = getattr(error, "msg", str(error))
            self.report("toml-syntax", (line or 1) + line_offset, detail=detail)
            return None
        except RecursionError:  # tables or arrays nested thousands of levels deep
            self.report("toml-too-deep", 1 + line_offset)
            return None


class _CourseReader:
    """Builds one Course from its folder, checking every rule of courses/FORMAT.md."""

    def __init__(self, path: Path, deep: bool):
        self.root = path
        self.deep = deep
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ("es", "en")
        self.pass_mark = 70.0
        self.ids: dict[str, str] = {}

    # -- small checks shared by every table ------------------------------------------------------

    def keys(self, f: _File, table: dict, allowed: set[str], line: int | None) -> None:
        for key in table:
            if key not in allowed:
                f.report("unknown-key", f.line_of(f"{key}", line or 1) or line, key=key)

    def required(self, f: _File, table: dict, key: str, kind: type | tuple, expected: str, line: int | None):
        value = table.get(key)
        if value is None:
            f.report("missing-key", line, key=key)
            return None
        if not isinstance(value, kind) or (kind in (int, float, (int, float)) and isinstance(value, bool)):
            f.report("wrong-type", f.line_of(key, line or 1) or line, key=key, expected=expected)
            return None
        return value

    def texts(self, f: _File, table: dict, key: str, line: int | None, required: bool = True) -> dict[str, str]:
        value = table.get(key)
        if value is None:
            if required:
                f.report("missing-key", line, key=key)
            return {}
        where = f.line_of(key, line or 1) or line
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            f.report("wrong-type", where, key=key, expected="a table of texts by language (es, en)")
            return {}
        for lang in self.languages:
            if not value.get(lang, "").strip():
                f.report("missing-translation", where, key=key, lang=lang)
        return dict(value)

    def identifier(self, f: _File, table: dict, where: str, line: int | None, expected: str | None = None):
        value = self.required(f, table, "id", str, "text", line)
        if value is None:
            return None
        line = f.line_of(f'"{value}"', line or 1) or line
        if not ID_PATTERN.match(value):
            f.report("bad-id", line, id=value)
            return None
        if expected is not None and value != expected:
            f.report("id-mismatch", line, id=value, expected=expected)
        if where:
            if value in self.ids:
                f.report("duplicate-id", line, id=value, other=self.ids[value])
            else:
                self.ids[value] = where
        return value

    def minutes(self, f: _File, table: dict, line: int | None) -> int:
        value = self.required(f, table, "minutes", int, "a whole number of minutes", line)
        if value is not None and not 0 <= value <= 600:
            f.report("bad-range", f.line_of("minutes", line or 1), key="minutes", low=0, high=600)
        return value or 0

    def percent(self, f: _File, table: dict, key: str, default: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            f.report("bad-range", f.line_of(key), key=key, low=0, high=100)
            return default
        return float(value)

    # -- course, module, lesson, lab, quiz -------------------------------------------------------

    def course(self) -> Course | None:
        f = _File(self.root / "course.toml", self.problems)
        if not f.read():
            return None
        data = f.parse_toml()
        if data is None:
            return None
        self.keys(f, data, COURSE_KEYS, 1)
        languages = self.required(f, data, "languages", list, "a list of languages", 1) or list(LANGUAGES)
        for lang in languages:
            if lang not in LANGUAGES:
                f.report("bad-language", f.line_of("languages"), lang=lang, supported=", ".join(LANGUAGES))
        self.languages = tuple(lang for lang in languages if lang in LANGUAGES) or LANGUAGES
        self.pass_mark = self.percent(f, data, "pass_mark", 70.0)
        course_id = self.identifier(f, data, "", 1)
        version = self.required(f, data, "version", str, "text, such as \"1.0.0\"", 1)
        hours = self.required(f, data, "hours", (int, float), "a number of hours", 1)
        title = self.texts(f, data, "title", 1)
        description = self.texts(f, data, "description", 1)
        module_ids = self.required(f, data, "modules", list, "a list of module folder names", 1) or []
        if not module_ids:
            f.report("no-modules", f.line_of("modules") or 1)
        modules = []
        for module_id in module_ids:
            if not isinstance(module_id, str) or not ID_PATTERN.match(module_id):
                f.report("bad-id", f.line_of("modules"), id=module_id)
                continue
            module = self.module(module_id)
            if module:
                modules.append(module)
        if course_id is None or version is None:
            return None
        course = Course(
            id=course_id, version=version, languages=self.languages, pass_mark=self.pass_mark,
            hours=float(hours or 0), title=title, description=description, modules=tuple(modules), path=self.root,
        )
        if self.deep:
            from trainer.courses.lesson_check import check_lesson

            for lesson in course.lessons():
                for lang, path in lesson.files.items():
                    self.problems.extend(check_lesson(course, lesson, lang, path))
        return course

    def module(self, module_id: str) -> Module | None:
        folder = self.root / module_id
        f = _File(folder / "module.toml", self.problems)
        if not f.read():
            return None
        data = f.parse_toml()
        if data is None:
            return None
        self.keys(f, data, MODULE_KEYS, 1)
        self.identifier(f, data, str(f.path), 1, expected=module_id)
        title = self.texts(f, data, "title", 1)
        summary = self.texts(f, data, "summary", 1)
        lesson_ids = self.required(f, data, "lessons", list, "a list of lesson ids", 1) or []
        if not lesson_ids:
            f.report("empty-module", f.line_of("lessons") or 1)
        lessons = []
        for lesson_id in lesson_ids:
            if not isinstance(lesson_id, str) or not ID_PATTERN.match(lesson_id):
                f.report("bad-id", f.line_of("lessons"), id=lesson_id)
                continue
            lesson = self.lesson(folder, module_id, lesson_id, f)
            if lesson:
                lessons.append(lesson)
        labs_data = data.get("lab", [])
        if not isinstance(labs_data, list):
            f.report("wrong-type", f.line_of("lab"), key="lab", expected="[[lab]] tables")
            labs_data = []
        labs = [lab for table in labs_data if (lab := self.lab(f, module_id, table))]
        quiz = None
        quiz_name = data.get("quiz")
        if quiz_name is not None:
            if not isinstance(quiz_name, str) or "/" in quiz_name or "\\" in quiz_name:
                f.report("wrong-type", f.line_of("quiz"), key="quiz", expected="a file name in the module folder")
            else:
                quiz = self.quiz(folder / quiz_name, module_id)
        return Module(module_id, title, summary, tuple(lessons), tuple(labs), quiz, folder)

    def lesson(self, folder: Path, module_id: str, lesson_id: str, manifest: _File) -> Lesson | None:
        titles, minutes, files = {}, {}, {}
        for lang in self.languages:
            path = folder / f"{lesson_id}.{lang}.md"
            if not path.is_file():
                manifest.report(
                    "missing-lesson-language", manifest.line_of(f'"{lesson_id}"'), id=lesson_id, lang=lang, name=path.name
                )
                continue
            f = _File(path, self.problems)
            if not f.read():
                continue
            front, _body, _start = split_front_matter(f.text)
            if front is None:
                f.report("front-matter-missing", 1)
                continue
            if front == "" and f.text.count(FRONT_MATTER_FENCE) < 2:
                f.report("front-matter-unclosed", 1)
                continue
            data = f.parse_toml(front, line_offset=1)
            if data is None:
                continue
            self.keys(f, data, LESSON_KEYS, 1)
            self.identifier(f, data, "" if files else str(path), 1, expected=lesson_id)
            title = self.required(f, data, "title", str, "text", 1)
            if title is not None and not title.strip():
                f.report("missing-translation", f.line_of("title"), key="title", lang=lang)
            titles[lang] = title or lesson_id
            minutes[lang] = self.minutes(f, data, 1)
            files[lang] = path
        if len(set(minutes.values())) > 1:
            manifest.report(
                "minutes-differ", manifest.line_of(f'"{lesson_id}"'),
                values=", ".join(f"{lang}: {value}" for lang, value in minutes.items()),
            )
        if not files:
            return None
        return Lesson(lesson_id, module_id, titles, max(minutes.values(), default=0), files)

    def lab(self, f: _File, module_id: str, table) -> Lab | None:
        from trainer.labs import LAB_KINDS

        if not isinstance(table, dict):
            f.report("wrong-type", f.line_of("[[lab]]"), key="lab", expected="[[lab]] tables")
            return None
        line = f.line_of("[[lab]]")
        if "id" in table:
            line = f.line_of(f'"{table["id"]}"') or line
        self.keys(f, table, LAB_KEYS, line)
        lab_id = self.identifier(f, table, str(f.path), line)
        kind = self.required(f, table, "kind", str, "text", line)
        if kind is not None and kind not in LAB_KINDS:
            f.report("unknown-lab", f.line_of(f'"{kind}"', line or 1) or line, kind=kind, known=", ".join(LAB_KINDS))
            kind = None
        title = self.texts(f, table, "title", line)
        minutes = self.minutes(f, table, line)
        params = table.get("params", {})
        if not isinstance(params, dict):
            f.report("wrong-type", f.line_of("params", line or 1), key="params", expected="a table")
            params = {}
        if kind is not None:
            allowed = LAB_KINDS[kind]
            for name, value in params.items():
                if name not in allowed:
                    f.report("bad-lab-param", f.line_of(name, line or 1), id=lab_id, param=name,
                             known=", ".join(allowed) or "-")
                elif allowed[name] is float and (isinstance(value, bool) or not isinstance(value, (int, float))):
                    f.report("bad-lab-param-type", f.line_of(name, line or 1), id=lab_id, param=name, expected="a number")
                elif allowed[name] is str and not isinstance(value, str):
                    f.report("bad-lab-param-type", f.line_of(name, line or 1), id=lab_id, param=name, expected="text")
        if lab_id is None or kind is None:
            return None
        return Lab(lab_id, module_id, kind, title, minutes, dict(params))

    def quiz(self, path: Path, module_id: str) -> Quiz | None:
        f = _File(path, self.problems)
        if not f.read():
            return None
        data = f.parse_toml()
        if data is None:
            return None
        self.keys(f, data, QUIZ_KEYS, 1)
        quiz_id = self.identifier(f, data, str(path), 1)
        title = self.texts(f, data, "title", 1)
        pass_mark = self.percent(f, data, "pass_mark", self.pass_mark)
        minutes = self.minutes(f, data, 1)
        tables = data.get("question", [])
        if not isinstance(tables, list) or not tables:
            f.report("no-questions", f.line_of("[[question]]") or 1)
            tables = []
        questions, seen = [], set()
        after = 1
        for table in tables:
            line = f.line_of("[[question]]", after) or after
            after = line + 1
            question = self.question(f, table, line, seen)
            if question:
                questions.append(question)
        if quiz_id is None:
            return None
        return Quiz(quiz_id, module_id, title, pass_mark, minutes, tuple(questions))

    def question(self, f: _File, table: dict, line: int, seen: set[str]) -> Question | None:
        self.keys(f, table, QUESTION_KEYS, line)
        question_id = self.identifier(f, table, "", line)
        if question_id in seen:
            f.report("duplicate-id", f.line_of(f'"{question_id}"', line), id=question_id, other=f.path.name)
        seen.add(question_id)
        label = question_id or "?"
        kind = self.required(f, table, "type", str, "text", line)
        if kind is not None and kind not in QUESTION_TYPES:
            f.report("bad-question-type", f.line_of("type", line), id=label, type=kind)
            kind = None
        prompt = self.texts(f, table, "prompt", line)
        explanation = self.texts(f, table, "explanation", line)
        options = self.options(f, table.get("option", []), line, label)
        answer, tolerance, unit, answers = None, 0.0, {}, {}
        if kind in ("single", "multiple"):
            correct = sum(o.correct for o in options)
            if len(options) < 2:
                f.report("too-few-options", line, id=label)
            elif correct == 0:
                f.report("no-correct-answer", line, id=label)
            elif kind == "single" and correct > 1:
                f.report("several-correct", line, id=label, count=correct)
        elif kind is not None and options:
            f.report("options-not-allowed", line, id=label, type=kind)
        if kind == "true_false":
            answer = self.required(f, table, "answer", bool, "true or false", line)
            if answer is None:
                f.report("no-correct-answer", line, id=label)
        elif kind == "numeric":
            answer = self.required(f, table, "answer", (int, float), "a number", line)
            if answer is None:
                f.report("no-correct-answer", line, id=label)
            tolerance = table.get("tolerance", 0.0)
            if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0:
                f.report("wrong-type", f.line_of("tolerance", line), key="tolerance", expected="a number ≥ 0")
                tolerance = 0.0
            unit = self.texts(f, table, "unit", line, required=False)
        elif kind == "text":
            raw = table.get("answers")
            where = f.line_of("answers", line) or line
            if not isinstance(raw, dict) or not raw:
                f.report("no-correct-answer", line, id=label)
            else:
                for lang in self.languages:
                    values = raw.get(lang)
                    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
                        f.report("missing-translation", where, key="answers", lang=lang)
                answers = {lang: tuple(v for v in values if isinstance(v, str))
                           for lang, values in raw.items() if isinstance(values, list)}
        if question_id is None or kind is None:
            return None
        return Question(question_id, kind, prompt, explanation, tuple(options),
                        float(answer) if kind == "numeric" and answer is not None else answer,
                        float(tolerance), unit, answers)

    def options(self, f: _File, tables, line: int, question: str) -> list[Option]:
        if not isinstance(tables, list):
            f.report("wrong-type", line, key="option", expected="[[question.option]] tables")
            return []
        options, seen = [], set()
        for table in tables:
            where = f.line_of(f'"{table.get("id")}"', line) or line
            self.keys(f, table, OPTION_KEYS, where)
            option_id = self.identifier(f, table, "", where)
            if option_id in seen:
                f.report("duplicate-id", where, id=option_id, other=f"question '{question}'")
            seen.add(option_id)
            correct = table.get("correct", False)
            if not isinstance(correct, bool):
                f.report("wrong-type", where, key="correct", expected="true or false")
                correct = False
            text = self.texts(f, table, "text", where)
            feedback = self.texts(f, table, "feedback", where, required=False)
            if option_id:
                options.append(Option(option_id, text, correct, feedback))
        return options


def _os_reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def file_problem(path: Path) -> tuple[str, dict] | None:
    """Why `path` cannot be read as a course file, as (problem code, params), or None if it is a readable file."""
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        return ("broken-symlink", {"name": name}) if path.is_symlink() else ("missing-file", {"name": name})
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink-loop", {"name": name}
        return "unreadable", {"detail": _os_reason(error)}
    except (ValueError, RuntimeError) as error:  # a name the system cannot take
        return "unreadable", {"detail": str(error)}
    if stat.S_ISDIR(info.st_mode):
        return "not-a-file", {"name": name}
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        return "not-a-file", {"name": name}
    if info.st_size > MAX_TEXT_BYTES:
        return "too-large", {"size": info.st_size, "limit": MAX_TEXT_BYTES}
    return None


def _outer_course(path: Path) -> Path | None:
    """The folder of the course that `path` sits inside (a course folder in a course folder), if any."""
    try:
        own = path.resolve()
        parent = path.parent
        if parent.resolve() == own or not os.path.lexists(parent / "course.toml"):
            return None
        return parent
    except (OSError, RuntimeError):
        return None


def load_course(path: Path, deep: bool = True) -> CourseLoad:
    """Load one course folder; `deep` also checks every lesson's links, images and country notes.

    Whatever is on the disk (nested, huge or deeply nested TOML, another encoding, a folder where a file
    should be, a link loop, a bug), the result is a CourseLoad with the reason: this never raises.
    """
    path = Path(path)
    manifest = path / "course.toml"
    try:
        if not os.path.lexists(manifest):
            return CourseLoad(path, None, [Problem(path, None, "not-a-course")])
        outer = _outer_course(path)
        if outer is not None:
            return CourseLoad(path, None, [Problem(manifest, None, "nested-course", {"name": path.name,
                                                                                     "outer": outer.name})])
        reader = _CourseReader(path, deep)
        course = reader.course()
        return CourseLoad(path, course, reader.problems)
    except Exception as error:  # noqa: BLE001 - one broken course must never stop the others (or start-up)
        detail = _os_reason(error) if isinstance(error, OSError) else (str(error) or type(error).__name__)
        return CourseLoad(path, None, [Problem(manifest, None, "load-failed", {"detail": detail[:300]})])


def _has_manifest(folder: Path) -> bool:
    """A course.toml is there, even a broken one (a folder, a link loop): it is listed with its problem."""
    try:
        return os.path.lexists(folder / "course.toml")
    except (OSError, ValueError):
        return False


def _sub_folders(folder: Path) -> list[Path]:
    try:
        children = sorted(folder.iterdir())
    except (OSError, ValueError):
        return []
    folders = []
    for child in children:
        try:
            if not child.name.startswith(".") and child.is_dir():
                folders.append(child)
        except (OSError, ValueError):  # a folder we may not look into: it holds no course we can read
            continue
    return folders


def course_folders(root: Path) -> list[Path]:
    """The course folders at `root`: itself if it is one, else its sub-folders that hold a course.toml.

    A course folder inside a course folder (one level down) is listed too, so the app can say it is
    misplaced instead of silently ignoring it.
    """
    root = Path(root)
    if _has_manifest(root):
        folders = [root]
    else:
        folders = [child for child in _sub_folders(root) if _has_manifest(child)]
    nested = []
    for folder in folders:
        try:
            own = folder.resolve()
        except (OSError, RuntimeError):
            continue
        for child in _sub_folders(folder):
            try:
                if _has_manifest(child) and child.resolve() != own:
                    nested.append(child)
            except (OSError, RuntimeError):
                continue
    return sorted(folders + nested)


def load_library(roots: list[Path], deep: bool = True) -> list[CourseLoad]:
    """Every course under the given roots; a broken one is returned with its problems, never raised."""
    return [load_course(folder, deep) for root in roots for folder in course_folders(root)]
