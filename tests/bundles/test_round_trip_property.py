"""Every record a workshop's services make comes back whole from every bundle kind, on a fresh laptop.

Workshops are generated through the same services the GUI and the CLI call: a roster imported from a CSV file,
profiles typed in the profile form (with a PIN) or `trainer participants add`, walk-ins enrolled on a later day,
attendance, lessons, app quizzes answered one question at a time with retakes, paper results typed as answers or as
right/wrong marks (1/0), a learner who made a second profile on a participant laptop, the trainer's merge of the
two, and the certificates of everyone eligible (one revoked). Each bundle is then imported on a laptop with a data
folder of its own, and the rows (by id, value for value) and the numbers read from them (attendance rates, scores,
completions, the class grid, the funder summary) must be the same.
"""

import os
from contextlib import contextmanager
from datetime import date, timedelta
from itertools import count

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.bundles.conftest import snapshot
from trainer.bundles.participants import merge_participants
from trainer.bundles.service import (
    approve_sender, export_organizer_bundle, export_participant_bundle, export_workshop_bundle, import_bundles,
)
from trainer.certificates.eligibility import workshop_eligibility
from trainer.certificates.issuing import issue_workshop_certificates, revoke_certificate
from trainer.paper.score_grid import read_score_grid
from trainer.paper.scores import record_paper_scores
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, course_progress, finish_attempt, save_answer, start_attempt
from trainer.reports.summary import funder_summary
from trainer.roster.columns import guess_mapping
from trainer.roster.enrolment import add_and_enrol, import_roster
from trainer.roster.preview import preview
from trainer.roster.spreadsheet import read_spreadsheet
from trainer.storage.models import ATTENDANCE_STATUSES, Enrollment
from trainer.trust import set_up_organization
from trainer.workshops.class_progress import class_progress
from trainer.workshops.service import add_session, attendance_summaries, create_workshop, enrol, record_attendance

ROSTER = (  # name; organization; sector; country; sex; e-mail, as a trainer's spreadsheet has them
    "Ana Núñez;Cooperativa Sololá;Privado;Guatemala;M;ana@coop.gt",
    "José Pérez;Ministerio de Economía;Público;El Salvador;H;",
    "Iñaki Muñoz;Universidad de San Carlos;Académico;GT;H;inaki@usac.edu.gt",
    "Rosa Chávez;Artesanías Rosa;Privado;Honduras;M;",
)
TYPED = [("Eva Ramírez", "Textiles Eva", "private", "CR", "female"), ("Luis Soto", "", "public", "MX", "male")]
WALK_INS = [("Carmen Ortiz", "Café Ortiz", "private", "GT", "female"), ("Pedro Alas", "", "other", "", None)]
LESSONS = ("welcome", "online-order", "try-a-lab")
QUIZ = "basics-quiz"
PASSPHRASE = "tejidos del lago"
SESSIONS = 3
MARKS = st.lists(st.sampled_from("01"), min_size=5, max_size=5)  # right/wrong, a whole row of the grid
TYPED_ROW = st.tuples(st.sampled_from("AB"), st.sampled_from(["A, B, C", "AD", "B"]), st.sampled_from("VF"),
                      st.sampled_from(["125", "100"]), st.sampled_from(["SHA-256", "md5"])).map(list)
APP_ANSWERS = st.fixed_dictionaries({
    "who-ships": st.sampled_from(["shop", "bank"]), "parties": st.sampled_from([["buyer", "shop", "bank"], ["notary"]]),
    "notes-for-all": st.booleans(), "total": st.sampled_from([125.0, 99.5]),
    "digest-name": st.sampled_from(["SHA-256", "sha256", "MD5"]),
})
person = st.integers(0, 9)  # taken modulo the people there are at that point
step = st.one_of(
    st.tuples(st.just("mark"), st.integers(0, SESSIONS - 1), person, st.sampled_from(ATTENDANCE_STATUSES)),
    st.tuples(st.just("lesson"), person, st.sampled_from(LESSONS)),
    st.tuples(st.just("quiz"), person, st.lists(APP_ANSWERS, min_size=1, max_size=2)),  # two: a retake
    st.tuples(st.just("paper-marks"), st.lists(st.tuples(person, MARKS), max_size=3)),
    st.tuples(st.just("paper-typed"), st.lists(st.tuples(person, TYPED_ROW), max_size=2)),
)
workshops = st.fixed_dictionaries({
    "roster": st.integers(1, len(ROSTER)), "typed": st.integers(0, len(TYPED)),
    "walk_ins": st.integers(0, len(WALK_INS)),
    "pin": st.booleans(), "day_1": st.lists(step, max_size=6), "day_2": st.lists(step, max_size=6),
    "station": st.lists(APP_ANSWERS, max_size=2), "station_lessons": st.lists(st.sampled_from(LESSONS), max_size=3),
    "duplicate": st.booleans(), "certify": st.booleans(),
})
runs = count()


@contextmanager
def data_folder(path):
    """Work as the laptop whose data folder (TRAINER_HOME: its keys, backups, approved keys) is `path`."""
    before = os.environ["TRAINER_HOME"]
    path.mkdir(parents=True, exist_ok=True)
    os.environ["TRAINER_HOME"] = str(path)
    try:
        yield
    finally:
        os.environ["TRAINER_HOME"] = before


def enrolled(db, workshop_id: str) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Enrollment.participant_id).where(Enrollment.workshop_id == workshop_id)
                                    .order_by(Enrollment.enrolled_at, Enrollment.id)))


def app_attempt(db, participant_id: str, course, responses: dict) -> None:
    """A quiz taken in the app: the attempt started, each answer saved as given, then finished."""
    attempt_id = start_attempt(db, participant_id, course, QUIZ)
    for question_id, response in responses.items():
        save_answer(db, attempt_id, course, question_id, response)
    finish_attempt(db, attempt_id, course)


def paper(db, workshop_id: str, course, people: list[str], rows, marks: bool) -> None:
    """Paper results typed into the console's grid, one person once per sheet."""
    chosen = {people[who % len(people)]: cells for who, cells in rows}
    if chosen:
        scores = read_score_grid(db, workshop_id, course.quiz(QUIZ), list(chosen.items()), marks=marks)
        assert scores.problems == [], [p.message("en") for p in scores.problems]
        record_paper_scores(db, course, scores)


def work(db, workshop_id: str, sessions: list[str], course, steps, first_session: int, away: str) -> None:
    """The day's steps on the trainer's laptop, for everyone but the learner `away` who studies on their own."""
    people = [p for p in enrolled(db, workshop_id) if p != away]
    for kind, *rest in steps:
        if kind == "mark":
            index, who, status = rest
            record_attendance(db, sessions[max(index, first_session)], people[who % len(people)], status)
        elif kind == "lesson":
            complete_lesson(db, people[rest[0] % len(people)], course, rest[1])
        elif kind == "quiz":
            for responses in rest[1]:
                app_attempt(db, people[rest[0] % len(people)], course, responses)
        else:
            paper(db, workshop_id, course, people, rest[0], marks=kind == "paper-marks")


def run_workshop(lead, station, course, folder, plan):
    """The trainer's laptop runs the workshop; one participant laptop adds its share and hands it in.

    Returns the workshop, the people whose learning the participant laptop recorded, and its bundles."""
    with data_folder(folder / "lead"):
        first = date.today() - timedelta(days=SESSIONS - 1)  # the last session is today, when the walk-ins come
        workshop = create_workshop(lead, "Taller de comercio electrónico", course.id, place="Antigua", country="GT",
                                   starts_on=first, ends_on=date.today())
        sessions = [add_session(lead, workshop.id, first + timedelta(days=day), 4 - day * 0.5).id
                    for day in range(SESSIONS)]
        sheet_path = folder / "lista.csv"
        sheet_path.write_bytes(("Nombre;Organización;Sector;País;Sexo;Correo\n"
                                + "\n".join(ROSTER[:plan["roster"]]) + "\n").encode("cp1252"))
        sheet = read_spreadsheet(sheet_path)
        import_roster(lead, workshop.id, preview(sheet, guess_mapping(sheet.headers), default_country="GT"))
        # `trainer participants add`, then enrolled: she studies on her own laptop only (a lesson marked done for her
        # on both laptops would get her laptop's bundle refused whole: trainer.trust, "made-elsewhere")
        learner = add_participant(lead, ProfileInput("Marta Lima", "Coop Lima", "private", "PE", "female")).id
        enrol(lead, workshop.id, [learner])
        for index, (name, organization, sector, country, sex) in enumerate(TYPED[:plan["typed"]]):
            pin = "482915" if plan["pin"] and index == 0 else None  # the profile form; `participants add` gives none
            typed = add_participant(lead, ProfileInput(name, organization, sector, country, sex, pin=pin))
            enrol(lead, workshop.id, [typed.id])
        work(lead, workshop.id, sessions, course, plan["day_1"], 0, learner)
        for name, organization, sector, country, sex in WALK_INS[:plan["walk_ins"]]:  # day 2: enrolled, then marked
            walk_in, _ = add_and_enrol(lead, workshop.id, ProfileInput(name, organization, sector, country, sex))
            record_attendance(lead, sessions[-1], walk_in.id, "present")
        work(lead, workshop.id, sessions, course, plan["day_2"], SESSIONS - 1, learner)
        prepare = export_workshop_bundle(lead, workshop.id, course, folder / "prepare.trainer")

    with data_folder(folder / "station"):
        approve_sender(station, None, prepare)  # the trainer beside it compared the fingerprint
        assert import_bundles(station, [prepare])[0].ok
        studied = [learner]
        for lesson in plan["station_lessons"]:
            complete_lesson(station, learner, course, lesson)
        for responses in plan["station"]:
            app_attempt(station, learner, course, responses)
        if plan["duplicate"]:  # the learner made a second profile on that laptop instead of picking theirs
            name = next(p["name"] for p in snapshot(station)["participants"] if p["id"] == learner)
            copy = add_participant(station, ProfileInput(name.upper(), pin="135790"))
            complete_lesson(station, copy.id, course, "welcome")
            app_attempt(station, copy.id, course, {"who-ships": "shop", "total": 125.0})
            studied.append(copy.id)
        handed_in = [export_participant_bundle(station, p, folder / f"station-{i}.trainer")
                     for i, p in enumerate(studied)]

    with data_folder(folder / "lead"):
        results = import_bundles(lead, handed_in)
        assert all(result.ok for result in results), [r.error.message("en") for r in results if not r.ok]
        if plan["duplicate"]:
            merge_participants(lead, learner, studied[1])  # the trainer sees one person twice and merges them
        if plan["certify"]:
            certify(lead, workshop.id, course, folder)
    return workshop, studied, handed_in


def certify(db, workshop_id: str, course, folder) -> None:
    """The organization is set up on the trainer's laptop, which issues the certificates of everyone eligible and
    revokes the first one (a signed revocation travels too)."""
    proof = set_up_organization(db, "Cooperativa Sololá", ProfileInput("Rosa Díaz"), "246810", PASSPHRASE)
    if any(e.eligible for e in workshop_eligibility(db, workshop_id, course).values()):
        issued = issue_workshop_certificates(db, workshop_id, course, issued_by_id=proof.actor_id,
                                             passphrase=PASSPHRASE, folder=folder / "certificates")
        revoke_certificate(db, issued.outcomes[0].certificate.code, "emitido por error", passphrase=PASSPHRASE,
                           revoked_by_id=proof.actor_id)


def derived(db, workshop_id: str, course) -> dict:
    """The numbers people read: attendance rates, every learner's scores and completions, the class grid, the
    funder summary."""
    people = enrolled(db, workshop_id)
    summary = funder_summary(db, "es", {course.id: course}, [workshop_id]) if any(
        s.sessions_attended for s in attendance_summaries(db, workshop_id).values()) else None
    return {
        "attendance": attendance_summaries(db, workshop_id),
        "progress": {p: course_progress(db, p, course) for p in people},
        "grid": class_progress(db, workshop_id, course).rows,
        "summary": [(table.title, table.rows) for table in summary.tables] if summary else None,
    }


def fresh_laptop(new_laptop, folder, name):
    """A laptop nobody set up before: its own data folder and database; it approves senders as a trainer would."""
    return new_laptop(folder, name, trusted=False)


def receive(db, paths, approving: bool = True):
    """Import bundles, every one of which must go in; the laptop that sent workshop data is approved first
    (its fingerprint compared), as a trainer does once per laptop."""
    if approving:
        approve_sender(db, None, paths[0])
    results = import_bundles(db, paths)
    assert all(result.ok for result in results), [r.error.message("en") for r in results if not r.ok]
    return results


def learning_of(rows: dict, participant_id: str, made_on: str | None = None) -> dict:
    """One learner's lesson completions, attempts and answers among snapshot `rows` (those made on one laptop)."""
    def theirs(row):
        return row["participant_id"] == participant_id and made_on in (None, row["origin_device_id"])

    attempts = [a for a in rows["quiz_attempts"] if theirs(a)]
    ids = {a["id"] for a in attempts}
    return {"lesson_completions": [c for c in rows["lesson_completions"] if theirs(c)],
            "quiz_attempts": attempts, "quiz_answers": [a for a in rows["quiz_answers"] if a["attempt_id"] in ids]}


EVERYTHING = {  # one workshop with every path at once, whatever the generated ones happen to hold
    "roster": len(ROSTER), "typed": len(TYPED), "walk_ins": len(WALK_INS), "pin": True,
    "day_1": [("mark", 0, 0, "present"), ("mark", 0, 1, "absent"), ("mark", 0, 2, "late"), ("lesson", 0, "welcome"),
              ("quiz", 0, [{"who-ships": "bank"}, {"who-ships": "shop", "parties": ["buyer", "shop", "bank"],
                                                   "notes-for-all": False, "total": 125.0}]),
              ("paper-marks", [(1, list("10010")), (2, list("00000"))]),
              ("paper-typed", [(3, ["A", "AD", "F", "100", "md5"])])],
    "day_2": [("mark", 2, 0, "present"), ("mark", 2, 1, "excused"), ("paper-marks", [(1, list("11111"))])],
    "station": [{"who-ships": "bank"}, {"who-ships": "shop", "digest-name": "sha256"}],
    "station_lessons": list(LESSONS),
    "duplicate": True, "certify": True,
}


# A failing workshop is reported as generated: shrinking whole workshops takes minutes for little gain.
@settings(max_examples=6, derandomize=True, deadline=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=workshops)
@example(plan=EVERYTHING)
def test_every_record_round_trips_through_every_bundle_kind(new_laptop, tmp_path_factory, example_course, plan):
    folder = tmp_path_factory.mktemp(f"workshop{next(runs)}")
    opened = []

    def laptop(name):
        with data_folder(folder / name):
            opened.append(fresh_laptop(new_laptop, folder, name))
        return opened[-1]

    try:
        _round_trip(laptop("lead"), laptop("station"), laptop, folder, example_course, plan)
    finally:
        for db in opened:
            db.dispose()


def _round_trip(lead, station, laptop, folder, course, plan):
    workshop, studied, handed_in = run_workshop(lead, station, course, folder, plan)
    with data_folder(folder / "lead"):
        everything = export_organizer_bundle(lead, folder / "office.trainer")
        prepared = export_workshop_bundle(lead, workshop.id, course, folder / "workshop.trainer")
        mine = snapshot(lead)
        numbers = derived(lead, workshop.id, course)
        roster_ids = set(enrolled(lead, workshop.id))
        paper_people = {a["participant_id"] for a in mine["quiz_attempts"] if a["mode"] == "paper"}
        from_lead = [p for p in sorted(roster_ids) if p not in paper_people and p not in studied][:2]  # two will do
        lead_bundles = [export_participant_bundle(lead, p, folder / f"lead-{i}.trainer")
                        for i, p in enumerate(from_lead)]
    with data_folder(folder / "station"):
        at_station = snapshot(station)
        station_progress = {p: course_progress(station, p, course) for p in studied}  # before any merge

    office = laptop("office")  # organizer bundle: every row, and every number read from them
    with data_folder(folder / "office"):
        receive(office, [everything])
        assert snapshot(office) == mine
        assert derived(office, workshop.id, course) == numbers

    ready = laptop("prepared")  # workshop bundle: the roster, sessions and the merges behind it
    with data_folder(folder / "prepared"):
        receive(ready, [prepared])
        theirs = snapshot(ready)
        for table in ("workshops", "workshop_sessions", "enrollments", "participant_aliases", "tombstones"):
            assert theirs[table] == mine[table], table
        assert theirs["participants"] == [p for p in mine["participants"] if p["id"] in roster_ids]
        assert set(attendance_summaries(ready, workshop.id)) == set(numbers["attendance"])  # its roster, no marks

        # participant bundles: the participant laptop's, and the trainer laptop's for learners who used that one
        receive(ready, handed_in + lead_bundles, approving=False)  # a learner's records need no approval
        theirs = snapshot(ready)
        if len(studied) == 1:  # as the participant laptop recorded it
            (learner,) = studied
            assert learning_of(theirs, learner) == learning_of(at_station, learner)
            assert course_progress(ready, learner, course) == station_progress[learner]
        else:  # the trainer's merge travelled in the workshop bundle: the copy's work lands as on the trainer's laptop
            learner = studied[0]
            assert learning_of(theirs, learner) == learning_of(mine, learner, station.device_id())
            assert not learning_of(theirs, studied[1])["quiz_attempts"]
        for participant_id in from_lead:
            assert learning_of(theirs, participant_id) == learning_of(mine, participant_id)
            assert course_progress(ready, participant_id, course) == numbers["progress"][participant_id]
