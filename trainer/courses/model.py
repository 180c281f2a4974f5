"""A loaded course: immutable values that screens, scoring and reports read.

Texts are dicts keyed by language; ids are the stable keys progress refers to.
"""

from dataclasses import dataclass, field
from pathlib import Path

QUESTION_TYPES = ("single", "multiple", "true_false", "numeric", "text")


@dataclass(frozen=True)
class Option:
    id: str
    text: dict[str, str]
    correct: bool = False
    feedback: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: dict[str, str]
    explanation: dict[str, str]
    options: tuple[Option, ...] = ()
    answer: bool | float | None = None
    tolerance: float = 0.0
    unit: dict[str, str] = field(default_factory=dict)
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Quiz:
    id: str
    module_id: str
    title: dict[str, str]
    pass_mark: float
    minutes: int
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Lab:
    id: str
    module_id: str
    kind: str
    title: dict[str, str]
    minutes: int
    params: dict


@dataclass(frozen=True)
class Lesson:
    id: str
    module_id: str
    title: dict[str, str]
    minutes: int
    files: dict[str, Path]

    def text(self, lang: str) -> str:
        """The lesson's Markdown body in `lang`, without its front matter."""
        from trainer.courses.loader import split_front_matter

        raw = self.files[lang].read_text(encoding="utf-8")
        return split_front_matter(raw)[1]


@dataclass(frozen=True)
class Module:
    id: str
    title: dict[str, str]
    summary: dict[str, str]
    lessons: tuple[Lesson, ...]
    labs: tuple[Lab, ...]
    quiz: Quiz | None
    path: Path

    @property
    def minutes(self) -> int:
        quiz = self.quiz.minutes if self.quiz else 0
        return sum(l.minutes for l in self.lessons) + sum(l.minutes for l in self.labs) + quiz


@dataclass(frozen=True)
class Course:
    id: str
    version: str
    languages: tuple[str, ...]
    pass_mark: float
    hours: float
    title: dict[str, str]
    description: dict[str, str]
    modules: tuple[Module, ...]
    path: Path

    @property
    def minutes(self) -> int:
        return sum(m.minutes for m in self.modules)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def lessons(self) -> list[Lesson]:
        return [lesson for m in self.modules for lesson in m.lessons]

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((l for l in self.lessons() if l.id == lesson_id), None)

    def labs(self) -> list[Lab]:
        return [lab for m in self.modules for lab in m.labs]

    def lab(self, lab_id: str) -> Lab | None:
        return next((l for l in self.labs() if l.id == lab_id), None)

    def quizzes(self) -> list[Quiz]:
        return [m.quiz for m in self.modules if m.quiz]

    def quiz(self, quiz_id: str) -> Quiz | None:
        return next((q for q in self.quizzes() if q.id == quiz_id), None)
