"""Recording learning and reading it back: the one definition of a learner's progress.

How progress is counted (My progress, course home, the class grid, reports and
certificate eligibility all read it from here; README.md says the same):
- A lesson is done once; marking it again changes nothing.
- A module is *passed* (done) when its quiz has a passed attempt (the best
  attempt counts, so a weaker retake never takes a pass away), or, for a module
  with no quiz, when all its lessons are done. Unread lessons do not hold back
  a passed quiz: the quiz is the proof of learning, and people who take it on
  paper have no lessons marked at all.
- A module not passed yet counts as far as its steps: lessons done out of its
  lessons plus one step for the quiz. A passed module counts 100 %.
- The course's percent is the mean of its modules' (each module weighs the
  same), rounded down, so it reads 100 % only when every module is passed; the
  course is *done* then. For a workshop, the same over the modules it teaches.
- Completion counts only lessons that exist in the course now: progress on a
  lesson that was later removed is kept in the database but not counted.
- Every quiz attempt is kept; answers are saved one by one as they are given.
  An attempt is scored against the quiz as it was when the attempt finished
  and keeps that score if the quiz changes later.
"""

import functools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from trainer.courses.model import Course, Module, Quiz
from trainer.errors import UserError
from trainer.progress.scoring import quiz_score, score_response
from trainer.storage.database import Database
from trainer.storage.models import LessonCompletion, QuizAnswer, QuizAttempt, fact_id, new_id, utc_now

NOT_STARTED, IN_PROGRESS, PASSED = "not_started", "in_progress", "passed"

MESSAGES = {
    "unknown-lesson": {
        "en": "course '{course}' has no lesson '{lesson}'",
        "es": "el curso '{course}' no tiene la lección '{lesson}'",
    },
    "unknown-quiz": {"en": "course '{course}' has no quiz '{quiz}'", "es": "el curso '{course}' no tiene la evaluación '{quiz}'"},
    "attempt-finished": {
        "en": "this attempt is already finished; start a new one to answer again",
        "es": "este intento ya terminó; empiece uno nuevo para responder otra vez",
    },
    "unknown-question": {"en": "the quiz has no question '{question}'", "es": "la evaluación no tiene la pregunta '{question}'"},
}


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: str
    score: float
    passed: bool
    pass_mark: float
    question_scores: dict[str, float]


@dataclass
class ModuleProgress:
    module_id: str
    lessons_total: int
    lessons_done: int
    has_quiz: bool
    pass_mark: float | None
    best_score: float | None
    latest_score: float | None
    attempts: int
    passed: bool
    minutes_left: int

    @property
    def state(self) -> str:
        if self.passed:
            return PASSED
        if self.lessons_done or self.attempts:
            return IN_PROGRESS
        return NOT_STARTED

    @property
    def lessons_fraction(self) -> float:
        """Share of the module's current lessons that are done, 0..1 (what its lessons bar shows)."""
        return self.lessons_done / self.lessons_total if self.lessons_total else 0.0

    @property
    def fraction(self) -> float:
        """How far the module is, 0..1: 1 once passed, else lessons done out of lessons plus the quiz."""
        if self.passed:
            return 1.0
        steps = self.lessons_total + self.has_quiz
        return self.lessons_done / steps if steps else 0.0


@dataclass
class CourseProgress:
    """A learner's progress over some modules: the whole course's, or those a workshop teaches."""

    course_id: str
    modules: list[ModuleProgress]
    done_lesson_ids: set[str] = field(default_factory=set)

    @property
    def lessons_total(self) -> int:
        return sum(m.lessons_total for m in self.modules)

    @property
    def lessons_done(self) -> int:
        return sum(m.lessons_done for m in self.modules)

    @property
    def modules_passed(self) -> int:
        return sum(m.passed for m in self.modules)

    @property
    def done(self) -> bool:
        return bool(self.modules) and all(m.passed for m in self.modules)

    @property
    def fraction(self) -> float:
        """The mean of the modules' fractions, 0..1: each module weighs the same."""
        return sum(m.fraction for m in self.modules) / len(self.modules) if self.modules else 0.0

    @property
    def percent(self) -> int:
        """The fraction in whole percent, rounded down: 100 only when done."""
        return 100 if self.done else min(99, math.floor(round(100 * self.fraction, 6)))

    @property
    def minutes_left(self) -> int:
        return sum(m.minutes_left for m in self.modules)

    def module(self, module_id: str) -> ModuleProgress | None:
        return next((m for m in self.modules if m.module_id == module_id), None)


def complete_lesson(db: Database, participant_id: str, course: Course, lesson_id: str) -> LessonCompletion:
    if course.lesson(lesson_id) is None:
        raise UserError(MESSAGES, "unknown-lesson", course=course.id, lesson=lesson_id)
    completion_id = fact_id("lesson", participant_id, course.id, lesson_id)
    with db.session() as session:
        existing = session.get(LessonCompletion, completion_id)
        if existing is not None:
            return existing
        completion = LessonCompletion(
            id=completion_id, participant_id=participant_id, course_id=course.id, lesson_id=lesson_id,
            origin_device_id=db.device_id(),
        )
        session.add(completion)
        return completion


def _quiz(course: Course, quiz_id: str) -> Quiz:
    quiz = course.quiz(quiz_id)
    if quiz is None:
        raise UserError(MESSAGES, "unknown-quiz", course=course.id, quiz=quiz_id)
    return quiz


def start_attempt(
    db: Database, participant_id: str, course: Course, quiz_id: str, mode: str = "app", attempt_id: str | None = None
) -> str:
    """A new attempt. `attempt_id` may be chosen by the caller, so answers can be queued behind it before it is
    written (the GUI's single writer); starting the same id again changes nothing."""
    quiz = _quiz(course, quiz_id)
    if attempt_id is not None:
        with db.session() as session:
            if session.get(QuizAttempt, attempt_id) is not None:
                return attempt_id
    attempt = QuizAttempt(
        id=attempt_id or new_id(), participant_id=participant_id, course_id=course.id, course_version=course.version, module_id=quiz.module_id,
        quiz_id=quiz.id, mode=mode, origin_device_id=db.device_id(),
    )
    with db.session() as session:
        session.add(attempt)
    return attempt.id


def save_answer(db: Database, attempt_id: str, course: Course, question_id: str, response) -> float:
    """Store one answer durably the moment it is given; answering again before finishing replaces it.

    Usually one statement in one durable transaction: an upsert that writes only while the attempt is unfinished
    and of the quiz holding this question, so an attempt finished meanwhile (another window, a merge) still
    refuses it. The attempt is read only to say why nothing was written, or when quizzes share a question id."""
    read, upsert = _answer_statements(db.engine.dialect.name)
    holders = [quiz for quiz in course.quizzes() if quiz.question(question_id) is not None]
    with db.engine.begin() as connection:
        if len(holders) == 1:
            score = _upsert_answer(connection, upsert, attempt_id, holders[0], question_id, response)
            if score is not None:
                return score
        attempt = connection.execute(read, {"attempt_id": attempt_id}).first()
        if attempt.finished_at is not None:  # (an attempt never saved: AttributeError, as journal replay expects)
            raise UserError(MESSAGES, "attempt-finished")
        quiz = _quiz(course, attempt.quiz_id)
        if quiz.question(question_id) is None:
            raise UserError(MESSAGES, "unknown-question", question=question_id)
        score = _upsert_answer(connection, upsert, attempt_id, quiz, question_id, response)
        if score is None:  # finished between the read and the write
            raise UserError(MESSAGES, "attempt-finished")
        return score


def _upsert_answer(connection, upsert, attempt_id: str, quiz: Quiz, question_id: str, response) -> float | None:
    """The answer's score once written; None (nothing written) unless the attempt is an unfinished one of `quiz`."""
    score = score_response(quiz.question(question_id), response)
    row = {"id": fact_id("answer", attempt_id, question_id), "attempt_id": attempt_id, "question_id": question_id,
           "response": response, "score": score, "answered_at": utc_now(), "quiz_id": quiz.id}
    return score if connection.execute(upsert, row).first() else None


@functools.cache
def _answer_statements(dialect: str) -> tuple:
    """`save_answer`'s read and upsert, built once per dialect (building them costs more than running them)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    attempts, answers = QuizAttempt.__table__, QuizAnswer.__table__
    read = select(attempts.c.quiz_id, attempts.c.finished_at).where(attempts.c.id == bindparam("attempt_id"))
    columns = [answers.c[name] for name in ("id", "attempt_id", "question_id", "response", "score", "answered_at")]
    unfinished = (select(*(bindparam(column.name, type_=column.type) for column in columns))
                  .where(attempts.c.id == bindparam("attempt_id"), attempts.c.quiz_id == bindparam("quiz_id"),
                         attempts.c.finished_at.is_(None)))
    upsert = insert(answers).from_select(columns, unfinished)
    upsert = upsert.on_conflict_do_update(
        index_elements=[answers.c.id], set_={name: upsert.excluded[name] for name in ("response", "score", "answered_at")})
    return read, upsert.returning(answers.c.id)  # a row when written (rowcount is not reliable for INSERT SELECT)


def attempt_responses(db: Database, attempt_id: str) -> dict[str, object]:
    """The answers saved so far, so an interrupted attempt can resume where it stopped."""
    with db.session() as session:
        rows = session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id))
        return {row.question_id: row.response for row in rows}


def finish_attempt(db: Database, attempt_id: str, course: Course) -> AttemptResult:
    with db.session() as session:
        attempt = session.get(QuizAttempt, attempt_id)
        quiz = _quiz(course, attempt.quiz_id)
        responses = {a.question_id: a.response for a in attempt.answers}
        score = quiz_score(quiz, responses)
        if attempt.finished_at is None:
            attempt.finished_at = utc_now()
            attempt.score = score
            attempt.passed = score >= quiz.pass_mark
        return AttemptResult(
            attempt.id, attempt.score, attempt.passed, quiz.pass_mark,
            {q.id: score_response(q, responses.get(q.id)) for q in quiz.questions},
        )


def record_attempts(
    db: Database, course: Course, quiz_id: str, entries: list[tuple[str, dict]], mode: str = "app",
    progress: Callable[[int, int], None] | None = None,
) -> list[AttemptResult]:
    """Whole attempts at once, in one transaction: a typed-in paper sheet is saved entirely or not at all.

    `entries` are (participant id, responses by question id); `progress(done, total)` may raise to cancel.
    """
    quiz = _quiz(course, quiz_id)
    for _participant_id, responses in entries:
        for question_id in responses:
            if quiz.question(question_id) is None:
                raise UserError(MESSAGES, "unknown-question", question=question_id)
    results = []
    device = db.device_id()
    with db.session() as session:
        for done, (participant_id, responses) in enumerate(entries, start=1):
            now = utc_now()
            score = quiz_score(quiz, responses)
            attempt = QuizAttempt(
                id=new_id(), participant_id=participant_id, course_id=course.id, course_version=course.version,
                module_id=quiz.module_id, quiz_id=quiz.id, mode=mode, started_at=now, finished_at=now, score=score,
                passed=score >= quiz.pass_mark, origin_device_id=device,
            )
            session.add(attempt)
            scores = {q.id: score_response(q, responses.get(q.id)) for q in quiz.questions}
            for question in quiz.questions:
                if question.id in responses:
                    session.add(QuizAnswer(
                        id=fact_id("answer", attempt.id, question.id), attempt_id=attempt.id, question_id=question.id,
                        response=responses[question.id], score=scores[question.id], answered_at=now,
                    ))
            results.append(AttemptResult(attempt.id, score, attempt.passed, quiz.pass_mark, scores))
            if progress:
                progress(done, len(entries))
    return results


def record_attempt(
    db: Database, participant_id: str, course: Course, quiz_id: str, responses: dict, mode: str = "app"
) -> AttemptResult:
    """A whole attempt at once (a paper quiz typed in afterwards, or an import)."""
    return record_attempts(db, course, quiz_id, [(participant_id, responses)], mode)[0]


def attempts(db: Database, participant_id: str, course_id: str, quiz_id: str | None = None) -> list[QuizAttempt]:
    """Finished and unfinished attempts, oldest first."""
    with db.session() as session:
        query = select(QuizAttempt).where(QuizAttempt.participant_id == participant_id, QuizAttempt.course_id == course_id)
        if quiz_id:
            query = query.where(QuizAttempt.quiz_id == quiz_id)
        return list(session.scalars(query.order_by(QuizAttempt.started_at)))


def module_progress(module: Module, done: set[str], finished: list) -> ModuleProgress:
    """One module's progress from a learner's done lesson ids and finished attempts (rows with quiz_id, score,
    passed; in the order they finished)."""
    lesson_ids = [lesson.id for lesson in module.lessons]
    lessons_done = sum(1 for lesson_id in lesson_ids if lesson_id in done)
    quiz = module.quiz
    mine = [a for a in finished if quiz and a.quiz_id == quiz.id]
    scores = [a.score for a in mine]
    passed = any(a.passed for a in mine) if quiz else (lessons_done == len(lesson_ids) and bool(lesson_ids))
    minutes_left = 0
    if not passed:  # a passed module asks for nothing more; its unread lessons stay open to read
        minutes_left = (sum(lesson.minutes for lesson in module.lessons if lesson.id not in done)
                        + sum(lab.minutes for lab in module.labs) + (quiz.minutes if quiz else 0))
    return ModuleProgress(
        module_id=module.id, lessons_total=len(lesson_ids), lessons_done=lessons_done, has_quiz=quiz is not None,
        pass_mark=quiz.pass_mark if quiz else None, best_score=max(scores) if scores else None,
        latest_score=scores[-1] if scores else None, attempts=len(mine), passed=passed, minutes_left=minutes_left,
    )


@dataclass
class LearningRecords:
    """Many learners' done lessons and finished quiz attempts in one course, fetched in bulk: class-wide views
    and eligibility read these once, then apply the one rule per person in memory."""

    course_id: str
    done: dict[str, set[str]]
    finished: dict[str, list]

    def progress(self, participant_id: str, modules: Iterable[Module]) -> CourseProgress:
        done = self.done.get(participant_id, set())
        finished = self.finished.get(participant_id, [])
        return CourseProgress(self.course_id, [module_progress(m, done, finished) for m in modules], done)


def learning_records(session: Session, course_id: str, participants: Select | list[str]) -> LearningRecords:
    """Two queries whatever the number of people; `participants` is a select of ids (a workshop's enrolment,
    so thousands of ids never travel in one statement) or a short list of ids."""
    done: dict[str, set[str]] = defaultdict(set)
    for participant_id, lesson_id in session.execute(
        select(LessonCompletion.participant_id, LessonCompletion.lesson_id)
        .where(LessonCompletion.participant_id.in_(participants), LessonCompletion.course_id == course_id)
    ):
        done[participant_id].add(lesson_id)
    finished: dict[str, list] = defaultdict(list)
    for attempt in session.execute(
        select(QuizAttempt.participant_id, QuizAttempt.quiz_id, QuizAttempt.score, QuizAttempt.passed)
        .where(QuizAttempt.participant_id.in_(participants), QuizAttempt.course_id == course_id,
               QuizAttempt.finished_at.is_not(None))
        .order_by(QuizAttempt.finished_at)
    ):
        finished[attempt.participant_id].append(attempt)
    return LearningRecords(course_id, dict(done), dict(finished))


def course_progress(db: Database, participant_id: str, course: Course) -> CourseProgress:
    with db.session() as session:
        records = learning_records(session, course.id, [participant_id])
    return records.progress(participant_id, course.modules)


def next_lesson_id(course: Course, progress: CourseProgress) -> str | None:
    """Where to continue: the first lesson, in course order, that is not done yet."""
    return next((lesson.id for lesson in course.lessons() if lesson.id not in progress.done_lesson_ids), None)
