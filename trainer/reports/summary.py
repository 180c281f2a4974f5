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
from trainer.storage.models import Attendance, Certificate, Participant, Workshop, WorkshopSession
from trainer.workshops.class_progress import class_progress
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
    counts workshops and may raise to cancel.
    """
    if start and end and end < start:
        raise UserError(MESSAGES, "bad-range", start=start, end=end)
    with db.session() as session:
        in_range = select(WorkshopSession)
        if start:
            in_range = in_range.where(WorkshopSession.date >= start)
        if end:
            in_range = in_range.where(WorkshopSession.date <= end)
        if workshop_ids:
            workshops = []
            for workshop_id in workshop_ids:
                workshop = session.get(Workshop, workshop_id)
                if workshop is None:
                    raise UserError(WORKSHOP_MESSAGES, "unknown-workshop", key=workshop_id)
                workshops.append(workshop)
            in_range = in_range.where(WorkshopSession.workshop_id.in_(workshop_ids))
        sessions = list(session.scalars(in_range.order_by(WorkshopSession.date)))
        if not workshop_ids:
            chosen = {s.workshop_id for s in sessions}
            workshops = list(session.scalars(select(Workshop).where(Workshop.id.in_(chosen))))
        if not workshops:
            raise UserError(MESSAGES, "no-workshops", period=period(start, end, lang))
        hours = {s.id: s.hours for s in sessions}
        session_workshop = {s.id: s.workshop_id for s in sessions}
        marks = session.execute(select(Attendance.participant_id, Attendance.session_id)
                                .where(Attendance.session_id.in_(list(hours)), Attendance.status.in_(ATTENDED))).all()
        certificates = select(Certificate.participant_id, Certificate.workshop_id).where(Certificate.revoked_at.is_(None))
        if workshop_ids:
            certificates = certificates.where(Certificate.workshop_id.in_(workshop_ids))
        if start:
            certificates = certificates.where(Certificate.issued_at >= datetime.combine(start, time.min))
        if end:
            certificates = certificates.where(Certificate.issued_at < datetime.combine(end + timedelta(days=1), time.min))
        certificates = session.execute(certificates).all()
        people_ids = {p for p, _ in marks} | {p for p, _ in certificates}
        people = {row.id: row for row in session.execute(
            select(Participant.id, Participant.country, Participant.sector, Participant.sex)
            .where(Participant.id.in_(people_ids)))}
    workshops.sort(key=lambda w: (min((s.date for s in sessions if s.workshop_id == w.id), default=date.max), w.title))

    person_hours: dict[str, float] = defaultdict(float)
    trained_in: dict[str, set[str]] = defaultdict(set)  # workshop id -> people trained there
    for participant_id, session_id in marks:
        person_hours[participant_id] += hours[session_id]
        trained_in[session_workshop[session_id]].add(participant_id)
    workshop_country = {w.id: w.country for w in workshops}
    home: dict[str, str] = {}
    for workshop in workshops:
        for participant_id in trained_in[workshop.id]:
            home.setdefault(participant_id, people[participant_id].country or workshop_country[workshop.id])
    completed_in: dict[str, set[str]] = {}
    for done, workshop in enumerate(workshops, start=1):
        course = courses.get(workshop.course_id)
        if course is None:
            raise UserError(MESSAGES, "course-unavailable", course=workshop.course_id, workshop=workshop.title)
        grid = class_progress(db, workshop.id, course, as_of=end)
        completed_in[workshop.id] = {row.participant_id for row in grid.rows if row.progress.done} & trained_in[workshop.id]
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
    for workshop in workshops:
        days = [s.date for s in sessions if s.workshop_id == workshop.id]
        trained = trained_in[workshop.id]
        by_workshop.append([
            workshop.title, workshop.place, country_label(workshop.country, lang), min(days, default=None),
            max(days, default=None), len(days), len(trained),
            round(sum(hours[s] for p, s in marks if session_workshop[s] == workshop.id), 1),
            len(completed_in[workshop.id]),
            sum(1 for _, workshop_id in certificates if workshop_id == workshop.id),
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
