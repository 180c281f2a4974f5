"""The funder summary: people trained by country, sector and sex, person-hours, completions and certificates,
across the chosen workshops or every workshop with sessions in a date range.

Definitions (printed with the figures, so a funder reads the same rule):
- a person is *trained* when they attended (present or late) at least one session in scope; counted once however
  many workshops they attended;
- *person-hours* add up the hours of every session in scope each person attended;
- a *completion* is a trained person who is done with the modules their workshop teaches (the one progress
  definition of trainer.progress: every module's quiz passed); counted once per person;
- *certificates* are those issued in the period (of the chosen workshops, when workshops are chosen) and not revoked;
- a person's country is the one in their profile, else that of the workshop they attended.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from trainer.courses.model import Course
from trainer.errors import UserError
from trainer.i18n import pick
from trainer.reports.model import DATE, INTEGER, NUMBER, Chart, Column, Report, Table
from trainer.reports.wording import SECTORS, SEXES, country_label, period, sector_label, sex_label
from trainer.storage.database import Database
from trainer.progress.service import learning_records
from trainer.storage.models import Attendance, Certificate, Enrollment, Participant, Workshop, WorkshopSession
from trainer.workshops.class_progress import taught_modules
from trainer.workshops.service import ATTENDED, MESSAGES as WORKSHOP_MESSAGES

MESSAGES = {
    "no-workshops": {
        "en": "no workshop has sessions {period}",
        "es": "ningún taller tiene sesiones {period}",
    },
    "course-unavailable": {
        "en": "the course '{course}' of workshop '{workshop}' is not available, so completions cannot be counted; "
              "see 'trainer courses list'",
        "es": "el curso '{course}' del taller '{workshop}' no está disponible, así que no se pueden contar las "
              "finalizaciones; vea 'trainer courses list'",
    },
    "bad-range": {"en": "the period ends ({end}) before it starts ({start})",
                  "es": "el período termina ({end}) antes de empezar ({start})"},
}

PAGE = 5000  # rows turned into tuples at a time (a few milliseconds each)

TEXT = {
    "title": {"en": "Summary for funders", "es": "Resumen para financiadores"},
    "figures": {"en": "Key figures", "es": "Cifras clave"},
    "definitions": {
        "en": "Trained: attended at least one session in the period. Person-hours: hours of the sessions each person "
              "attended. Completion: passed every module the workshop teaches. Certificates: issued in the period, "
              "not revoked.",
        "es": "Capacitadas: asistieron al menos a una sesión en el período. Horas-persona: horas de las sesiones a "
              "las que asistió cada persona. Finalización: aprobó todos los módulos que enseña el taller. "
              "Certificados: emitidos en el período, sin anular.",
    },
    "measure": {"en": "Measure", "es": "Medida"},
    "value": {"en": "Value", "es": "Valor"},
    "workshops": {"en": "Workshops", "es": "Talleres"},
    "sessions": {"en": "Sessions", "es": "Sesiones"},
    "people": {"en": "People trained", "es": "Personas capacitadas"},
    "share": {"en": "% of people", "es": "% de personas"},
    "hours": {"en": "Person-hours", "es": "Horas-persona"},
    "completions": {"en": "Completions", "es": "Finalizaciones"},
    "certificates": {"en": "Certificates issued", "es": "Certificados emitidos"},
    "country": {"en": "Country", "es": "País"},
    "sector": {"en": "Sector", "es": "Sector"},
    "sex": {"en": "Sex", "es": "Sexo"},
    "by-country": {"en": "People trained by country", "es": "Personas capacitadas por país"},
    "by-sector": {"en": "People trained by sector", "es": "Personas capacitadas por sector"},
    "by-sex": {"en": "People trained by sex", "es": "Personas capacitadas por sexo"},
    "by-workshop": {"en": "Workshops", "es": "Talleres"},
    "workshop": {"en": "Workshop", "es": "Taller"},
    "place": {"en": "Place", "es": "Lugar"},
    "first": {"en": "First day", "es": "Primer día"},
    "last": {"en": "Last day", "es": "Último día"},
    "many-workshops": {"en": "{count} workshops", "es": "{count} talleres"},
}


def funder_summary(db: Database, lang: str, courses: Mapping[str, Course], workshop_ids: list[str] | None = None,
                   start: date | None = None, end: date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Report:
    """The summary over `workshop_ids`, or over every workshop with a session between `start` and `end` (inclusive).

    `courses` maps course ids to loaded courses (completions need each workshop's modules); `progress(done, total)`
    counts workshops and may raise to cancel. Reads a fixed number of grouped queries however many workshops (two
    more per course), then counts in one pass, so a year of a national programme costs what its rows cost.
    """
    if start and end and end < start:
        raise UserError(MESSAGES, "bad-range", start=start, end=end)
    in_range = [WorkshopSession.date >= start] if start else []
    in_range += [WorkshopSession.date <= end] if end else []
    if workshop_ids:
        workshop_ids = list(dict.fromkeys(workshop_ids))
        in_range.append(WorkshopSession.workshop_id.in_(workshop_ids))
    scope = workshop_ids or select(WorkshopSession.workshop_id).where(*in_range)
    marks_query = (select(Attendance.participant_id, Attendance.session_id)
                   .where(Attendance.session_id.in_(select(WorkshopSession.id).where(*in_range)),
                          Attendance.status.in_(ATTENDED)))
    certificates_query = select(Certificate.participant_id, Certificate.workshop_id).where(Certificate.revoked_at.is_(None))
    if workshop_ids:
        certificates_query = certificates_query.where(Certificate.workshop_id.in_(workshop_ids))
    if start:
        certificates_query = certificates_query.where(Certificate.issued_at >= datetime.combine(start, time.min))
    if end:
        certificates_query = certificates_query.where(
            Certificate.issued_at < datetime.combine(end + timedelta(days=1), time.min))
    with db.session() as session:
        sessions = _fetch(session, select(WorkshopSession.id, WorkshopSession.workshop_id, WorkshopSession.date,
                                          WorkshopSession.hours).where(*in_range).order_by(WorkshopSession.date))
        workshops = _fetch(session, select(Workshop.id, Workshop.title, Workshop.place, Workshop.country,
                                           Workshop.course_id, Workshop.module_ids).where(Workshop.id.in_(scope)))
        found = {w.id for w in workshops}
        for workshop_id in workshop_ids or ():
            if workshop_id not in found:
                raise UserError(WORKSHOP_MESSAGES, "unknown-workshop", key=workshop_id)
        if not workshops:
            raise UserError(MESSAGES, "no-workshops", period=period(start, end, lang))
        days: dict[str, list[date]] = defaultdict(list)  # workshop id -> its session days in scope, in order
        for s in sessions:
            days[s.workshop_id].append(s.date)
        workshops.sort(key=lambda w: (days[w.id][0] if days[w.id] else date.max, w.title))
        for workshop in workshops:
            if workshop.course_id not in courses:
                raise UserError(MESSAGES, "course-unavailable", course=workshop.course_id, workshop=workshop.title)
        marks = _fetch(session, marks_query)
        certificates = _fetch(session, certificates_query)
        people = {row.id: row for row in _fetch(session, select(
            Participant.id, Participant.country, Participant.sector, Participant.sex)
            .where(Participant.id.in_(marks_query.with_only_columns(Attendance.participant_id))
                   | Participant.id.in_(certificates_query.with_only_columns(Certificate.participant_id))))}
        enrolled: dict[str, set[str]] = defaultdict(set)  # workshop id -> people enrolled (the class grid's rows)
        for workshop_id, participant_id in _fetch(session, select(Enrollment.workshop_id, Enrollment.participant_id)
                                                  .where(Enrollment.workshop_id.in_(scope))):
            enrolled[workshop_id].add(participant_id)
        records = {course_id: learning_records(session, course_id, select(Enrollment.participant_id).where(
            Enrollment.workshop_id.in_(select(Workshop.id).where(Workshop.id.in_(scope), Workshop.course_id == course_id))))
            for course_id in {w.course_id for w in workshops}}

    hours = {s.id: s.hours for s in sessions}
    session_workshop = {s.id: s.workshop_id for s in sessions}
    person_hours: dict[str, float] = defaultdict(float)
    workshop_hours: dict[str, float] = defaultdict(float)
    trained_in: dict[str, set[str]] = defaultdict(set)  # workshop id -> people trained there
    for participant_id, session_id in marks:
        person_hours[participant_id] += hours[session_id]
        workshop_hours[session_workshop[session_id]] += hours[session_id]
        trained_in[session_workshop[session_id]].add(participant_id)
    home: dict[str, str] = {}
    for workshop in workshops:
        for participant_id in trained_in[workshop.id]:
            home.setdefault(participant_id, people[participant_id].country or workshop.country)
    completed_in: dict[str, set[str]] = {}  # the class grid's "done" (over the modules taught), among those trained
    for done, workshop in enumerate(workshops, start=1):
        modules = taught_modules(courses[workshop.course_id], workshop.module_ids or [])
        learning = records[workshop.course_id]
        completed_in[workshop.id] = {participant_id for participant_id in trained_in[workshop.id] & enrolled[workshop.id]
                                     if learning.progress(participant_id, modules).done}
        if progress:
            progress(done, len(workshops))
    completed = set().union(*completed_in.values())
    certificate_count = Counter(participant_id for participant_id, _ in certificates)
    for participant_id in certificate_count:
        home.setdefault(participant_id, people[participant_id].country if participant_id in people else "")

    t = {key: pick(text, lang) for key, text in TEXT.items()}
    groupings = {
        "country": lambda p: home.get(p, ""),
        "sector": lambda p: people[p].sector if p in people else "",
        "sex": lambda p: (people[p].sex or "") if p in people else "",
    }
    orders = {"sector": [*SECTORS, ""], "sex": [*SEXES, ""]}
    labels = {"country": country_label, "sector": sector_label, "sex": sex_label}
    tables, charts = [], []
    for key in ("country", "sector", "sex"):
        rows = _group_rows(set(person_hours), person_hours, completed, certificate_count, groupings[key],
                           orders.get(key), lambda code, k=key: labels[k](code, lang))
        tables.append(Table(t[f"by-{key}"], [
            Column(t[key]), Column(t["people"], INTEGER), Column(t["share"], NUMBER), Column(t["hours"], NUMBER),
            Column(t["completions"], INTEGER), Column(t["certificates"], INTEGER),
        ], rows))
        charts.append(Chart(t[f"by-{key}"], [row[0] for row in rows if row[1]], [row[1] for row in rows if row[1]]))

    by_workshop = []
    issued_in = Counter(workshop_id for _, workshop_id in certificates)
    for workshop in workshops:
        held = days[workshop.id]
        by_workshop.append([
            workshop.title, workshop.place, country_label(workshop.country, lang), min(held, default=None),
            max(held, default=None), len(held), len(trained_in[workshop.id]), round(workshop_hours[workshop.id], 1),
            len(completed_in[workshop.id]), issued_in[workshop.id],
        ])
    tables.append(Table(t["by-workshop"], [
        Column(t["workshop"]), Column(t["place"]), Column(t["country"]), Column(t["first"], DATE),
        Column(t["last"], DATE), Column(t["sessions"], INTEGER), Column(t["people"], INTEGER),
        Column(t["hours"], NUMBER), Column(t["completions"], INTEGER), Column(t["certificates"], INTEGER),
    ], by_workshop))

    sexes = Counter(groupings["sex"](p) for p in person_hours)
    figures = Table(t["figures"], [Column(t["measure"]), Column(t["value"], NUMBER)], [
        [t["workshops"], len(workshops)],
        [t["sessions"], len(sessions)],
        [t["people"], len(person_hours)],
        *[[f"{t['people']}: {sex_label(code, lang)}", sexes[code]] for code in (*SEXES, "") if sexes[code]],
        [t["hours"], round(sum(person_hours.values()), 1)],
        [t["completions"], len(completed)],
        [t["certificates"], len(certificates)],
    ], note=t["definitions"])

    named = [w.title for w in workshops]
    what = ", ".join(named) if len(named) <= 3 else t["many-workshops"].format(count=len(workshops))
    scope = f"{what} · {period(start, end, lang)}"
    name = named[0] if workshop_ids and len(named) == 1 else f"{start or ''}-{end or ''}".strip("-") or "all"
    return Report("summary", lang, t["title"], scope, name, [figures, *tables], charts, charts_after=1)


def _fetch(session, statement) -> list:
    """Every row as a plain tuple, read in pages: building rows for a whole year in one go would hold the interpreter
    lock long enough to freeze the window that runs the report in the background."""
    rows = []
    for page in session.execute(statement.execution_options(yield_per=PAGE)).partitions():
        rows.extend(page)
    return rows


def _group_rows(trained: set[str], person_hours: dict[str, float], completed: set[str], certificates: Counter,
                group_of: Callable[[str], str], order: list[str] | None, label: Callable[[str], str]) -> list[list]:
    """One row per group: people, share of all people, person-hours, completions, certificates."""
    people, hours, completions, issued = Counter(), Counter(), Counter(), Counter()
    for participant_id in trained:
        group = group_of(participant_id)
        people[group] += 1
        hours[group] += person_hours[participant_id]
        completions[group] += participant_id in completed
    for participant_id, count in certificates.items():
        issued[group_of(participant_id)] += count
    groups = set(people) | set(issued)
    if order:
        keys = [code for code in order if code in groups]
    else:
        keys = sorted(groups, key=lambda code: (-people[code], code == "", label(code)))
    total = len(trained)
    return [[label(code), people[code], round(100.0 * people[code] / total, 1) if total else 0.0, round(hours[code], 1),
             completions[code], issued[code]] for code in keys]
