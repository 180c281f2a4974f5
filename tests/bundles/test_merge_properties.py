"""For any mix of work done on several laptops, merging their bundles is idempotent and order-independent.

The work includes deletions (a session removed, someone taken off the roster), which travel as tombstones.
"""

from datetime import date
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bundles.conftest import snapshot
from trainer.bundles.participants import merge_participants
from trainer.bundles.service import (
    export_organizer_bundle, export_participant_bundle, export_workshop_bundle, import_bundles,
)
from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant
from trainer.progress.service import complete_lesson, record_attempt
from trainer.storage.models import ATTENDANCE_STATUSES, Participant
from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance, remove_session, unenrol

TRAINERS = ("lead", "helper")
LAPTOPS = TRAINERS + ("station-1", "station-2")
PEOPLE = 3
person = st.integers(0, PEOPLE - 1)
work = st.one_of(
    st.tuples(st.just("lesson"), st.sampled_from(LAPTOPS), person, st.sampled_from(["welcome", "online-order", "try-a-lab"])),
    st.tuples(st.just("attempt"), st.sampled_from(LAPTOPS), person, st.sampled_from(["shop", "bank"])),
    st.tuples(st.just("mark"), st.sampled_from(TRAINERS), person, st.integers(0, 1), st.sampled_from(ATTENDANCE_STATUSES)),
    st.tuples(st.just("profile"), st.sampled_from(LAPTOPS), person, st.sampled_from(["Coop A", "Coop B", ""])),
    st.tuples(st.just("merge"), st.sampled_from(TRAINERS), person, person),
    st.tuples(st.just("remove-session"), st.sampled_from(TRAINERS), person, st.integers(0, 2)),
    st.tuples(st.just("unenrol"), st.sampled_from(TRAINERS), person),
)
runs = count()


def simulate(new_laptop, folder, course, steps):
    """Laptops prepared from one workshop bundle, then each does its share of `steps`; returns their bundles."""
    laptops = {"lead": new_laptop(folder, "lead")}
    try:
        return work_and_export(laptops, new_laptop, folder, course, steps)
    finally:
        for db in laptops.values():
            db.dispose()


def work_and_export(laptops, new_laptop, folder, course, steps):
    lead = laptops["lead"]
    people = [add_participant(lead, ProfileInput(name=f"Person {i}")).id for i in range(PEOPLE)]
    workshop = create_workshop(lead, "Taller", course.id)
    sessions = [add_session(lead, workshop.id, date(2026, 3, 2 + i), 4).id for i in range(3)]
    enrol(lead, workshop.id, people)
    prepared = export_workshop_bundle(lead, workshop.id, course, folder / "workshop.trainer")
    for name in LAPTOPS[1:]:
        laptops[name] = new_laptop(folder, name)
        import_bundles(laptops[name], [prepared])
    merged_away = {name: set() for name in LAPTOPS}
    # A removal recorded under an id that another laptop merges into another id is not followed to the kept id
    # (docs/bundles.md, "Deletions"): people involved in a merge are not taken off the roster here.
    in_merges = {people[i] for kind, _, who, *rest in steps if kind == "merge" for i in (who, rest[0])}
    for kind, where, who, *rest in steps:
        db, participant_id = laptops[where], people[who]
        if participant_id in merged_away[where]:
            continue  # that laptop shows only the kept profile now
        if kind == "lesson":
            complete_lesson(db, participant_id, course, rest[0])
        elif kind == "attempt":
            record_attempt(db, participant_id, course, "basics-quiz", {"who-ships": rest[0]})
        elif kind == "mark":
            try:
                record_attendance(db, sessions[rest[0]], participant_id, rest[1])
            except UserError:
                pass  # that session was removed, or that person taken off the roster, on that laptop
        elif kind == "remove-session":
            try:
                remove_session(db, sessions[rest[0]])
            except UserError:
                pass  # already removed, or it has attendance marks on that laptop
        elif kind == "unenrol" and participant_id not in in_merges:
            unenrol(db, workshop.id, [participant_id])
        elif kind == "profile":
            with db.session() as session:
                session.get(Participant, participant_id).organization = rest[0]
        elif kind == "merge" and people[rest[0]] not in merged_away[where] and rest[0] != who:
            try:
                merge_participants(db, people[rest[0]], participant_id)
                merged_away[where].add(participant_id)
            except UserError:
                pass  # already one person on that laptop
    bundles = [export_organizer_bundle(laptops[name], folder / f"{name}.trainer") for name in TRAINERS]
    for name in LAPTOPS[2:]:
        bundles += [export_participant_bundle(laptops[name], p, folder / f"{name}-{i}.trainer")
                    for i, p in enumerate(people) if p not in merged_away[name]]
    return bundles


def accepted(path, steps) -> bool:
    """Every bundle goes in, except a learner's own once a trainer took them off the only roster (a trust rule)."""
    in_merges = {i for kind, _, who, *rest in steps if kind == "merge" for i in (who, rest[0])}
    removed = {who for kind, _, who, *_ in steps if kind == "unenrol" and who not in in_merges}
    station, _, index = path.stem.rpartition("-")
    return not (station.startswith("station") and int(index) in removed)


@settings(max_examples=12, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(work, max_size=14), order=st.randoms(use_true_random=False))
def test_merging_is_idempotent_and_order_independent(new_laptop, tmp_path_factory, example_course, steps, order):
    folder = tmp_path_factory.mktemp(f"run{next(runs)}")
    bundles = simulate(new_laptop, folder, example_course, steps)
    shuffled = list(bundles)
    order.shuffle(shuffled)
    first, second = new_laptop(folder, "office-1"), new_laptop(folder, "office-2")
    try:
        assert all(result.ok == accepted(result.path, steps) for result in import_bundles(first, bundles))
        assert all(result.ok == accepted(result.path, steps) for result in import_bundles(second, shuffled))
        merged = snapshot(first)
        assert snapshot(second) == merged
        again = import_bundles(first, shuffled)
        assert not any(result.inspection.report.changes_anything for result in again if result.ok)
        assert snapshot(first) == merged
    finally:
        first.dispose()
        second.dispose()
