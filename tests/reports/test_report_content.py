"""What the attendance, results and funder reports say: the numbers an organizer and a funder rely on."""

from datetime import date, datetime

import pytest

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, record_attempt
from trainer.reports.attendance import attendance_report
from trainer.reports.results import results_report
from trainer.reports.summary import funder_summary
from trainer.storage.models import Certificate
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance

RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": 125}


def table(report, title):
    found = next(t for t in report.tables if t.title == title)
    return [dict(zip([c.label for c in found.columns], row)) for row in found.rows]


def certificate(db, person, workshop, issued: datetime, revoked: datetime | None = None):
    with db.session() as session:
        session.add(Certificate(code=f"C-{person.id[:6]}-{issued:%m%d}", participant_id=person.id,
                                workshop_id=workshop.id, course_id="example", kind="completion", statement="{}",
                                signature="-", key_id="-", issued_at=issued, revoked_at=revoked,
                                origin_device_id=db.device_id()))


@pytest.fixture
def solola(db, example_course):
    """Sololá, Guatemala: three people, two sessions held (4 h and 2 h) and one still to come."""
    workshop = create_workshop(db, "Taller Sololá", "example", place="Sololá", country="GT", attendance_threshold=80)
    first = add_session(db, workshop.id, date(2026, 3, 2), 4, title="Firmas")
    second = add_session(db, workshop.id, date(2026, 3, 3), 2)
    add_session(db, workshop.id, date(2026, 3, 9), 4)
    ana = add_participant(db, ProfileInput(name="Ana Núñez", organization="Coop", sector="private", sex="female"))
    luis = add_participant(db, ProfileInput(name="Luis Gómez", sector="public", country="SV", sex="male"))
    rosa = add_participant(db, ProfileInput(name="Rosa Pérez", sector="academic", sex="female"))
    enrol(db, workshop.id, [ana.id, luis.id, rosa.id])
    for person, marks in ((ana, ("present", "late")), (luis, ("present", "absent")), (rosa, ("excused", "absent"))):
        for held, status in zip((first, second), marks):
            record_attendance(db, held.id, person.id, status)
    record_attempt(db, ana.id, example_course, "basics-quiz", RIGHT)
    complete_lesson(db, ana.id, example_course, "try-a-lab")
    record_attempt(db, luis.id, example_course, "basics-quiz", {"who-ships": "bank"})
    return workshop, {"ana": ana, "luis": luis, "rosa": rosa}


def test_attendance_report_per_session_and_per_person(db, solola):
    workshop, _ = solola
    report = attendance_report(db, workshop.id, "es", as_of=date(2026, 3, 4))
    assert report.scope == "Taller Sololá · Sololá, Guatemala · del 2026-03-02 al 2026-03-09"
    sessions = table(report, "Sesiones")
    assert [(s["Fecha"], s["Presente"], s["Tarde"], s["Justificada"], s["Ausente"], s["Asistencia %"])
            for s in sessions] == [(date(2026, 3, 2), 2, 0, 1, 0, 66.7), (date(2026, 3, 3), 0, 1, 0, 2, 33.3),
                                   (date(2026, 3, 9), None, None, None, None, None)]
    people = table(report, "Participantes")
    assert [(p["Nombre"], p["2 mar"], p["3 mar"], p["9 mar"], p["Horas asistidas"], p["Asistencia %"], p["Cumple 80 %"])
            for p in people] == [("Ana Núñez", "P", "T", "", 6.0, 100.0, "Sí"),
                                 ("Luis Gómez", "P", "A", "", 4.0, 66.7, "No"),
                                 ("Rosa Pérez", "J", "A", "", 0.0, 0.0, "No")]
    english = attendance_report(db, workshop.id, "en", as_of=date(2026, 3, 4))
    assert [p["Mar 2"] for p in table(english, "Participants")] == ["P", "P", "E"]
    assert "E = excused" in english.tables[2].note


def test_results_report_per_person_and_module(db, solola, example_course):
    workshop, _ = solola
    report = results_report(db, workshop.id, example_course, "en", as_of=date(2026, 3, 4))
    people = table(report, "Results per participant")
    assert [(p["Name"], p["Progress %"], p["Modules passed"], p["Completed"], p["Needs attention"]) for p in people] == [
        ("Ana Núñez", 100, 2, "Yes", "No"), ("Luis Gómez", 0, 0, "No", "Yes"), ("Rosa Pérez", 0, 0, "No", "Yes")]
    assert [r["Reason"] for r in table(report, "Who needs attention")] == [
        "attendance 67 % is below the workshop's 80 %", "failed the quiz of 'The basics' and has not passed it yet",
        "attendance 0 % is below the workshop's 80 %"]
    modules = table(report, "Results per module")
    assert [(m["Module"], m["Passed"], m["In progress"], m["Not started"], m["Average best score %"])
            for m in modules] == [("The basics", 1, 1, 1, 40.0), ("Practice", 1, 0, 2, None)]


def test_funder_summary_counts_people_hours_completions_and_certificates(db, solola, example_course):
    workshop, people = solola
    certificate(db, people["ana"], workshop, datetime(2026, 3, 6, 12))
    certificate(db, people["luis"], workshop, datetime(2026, 3, 6, 12), revoked=datetime(2026, 3, 7))
    certificate(db, people["rosa"], workshop, datetime(2025, 12, 1))  # outside the period
    report = funder_summary(db, "en", {"example": example_course}, start=date(2026, 3, 1), end=date(2026, 3, 31))
    figures = {row["Measure"]: row["Value"] for row in table(report, "Key figures")}
    assert figures == {"Workshops": 1, "Sessions": 3, "People trained": 2, "People trained: Women": 1,
                       "People trained: Men": 1, "Person-hours": 10.0, "Completions": 1, "Certificates issued": 1}
    assert [(r["Country"], r["People trained"], r["Person-hours"], r["Certificates issued"])
            for r in table(report, "People trained by country")] == [("El Salvador", 1, 4.0, 0), ("Guatemala", 1, 6.0, 1)]
    assert [(r["Sector"], r["People trained"], r["% of people"]) for r in table(report, "People trained by sector")] == [
        ("Public", 1, 50.0), ("Private", 1, 50.0)]
    assert [c.title for c in report.charts] == ["People trained by country", "People trained by sector",
                                                "People trained by sex"]
    assert report.charts[2].labels == ["Women", "Men"] and report.charts[2].values == [1, 1]
    only_first_day = funder_summary(db, "es", {"example": example_course}, [workshop.id], date(2026, 3, 2),
                                    date(2026, 3, 2))
    figures = {row["Medida"]: row["Valor"] for row in table(only_first_day, "Cifras clave")}
    assert (figures["Personas capacitadas"], figures["Horas-persona"]) == (2, 8.0)


def test_funder_summary_refuses_an_empty_or_backwards_period(db, solola, example_course):
    with pytest.raises(UserError) as error:
        funder_summary(db, "es", {"example": example_course}, start=date(2027, 1, 1), end=date(2027, 12, 31))
    assert error.value.message("es") == "ningún taller tiene sesiones del 2027-01-01 al 2027-12-31"
    with pytest.raises(UserError) as error:
        funder_summary(db, "en", {"example": example_course}, start=date(2026, 3, 2), end=date(2026, 3, 1))
    assert error.value.code == "bad-range"
    with pytest.raises(UserError) as error:
        funder_summary(db, "en", {}, start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert error.value.code == "course-unavailable"
