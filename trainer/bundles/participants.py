"""Merging two participant profiles that are one person (registered twice, on two laptops, under two ids).

The merge is recorded as a fact (`participant_aliases`) that travels in
bundles, so every laptop that learns of it moves the same rows the same way,
and bundles from laptops that still use the old id land under the kept one.
What only this laptop knows follows too: the PIN (the merge rules call
trainer.people.service.merge_accounts) and, in the app, where the learner
stopped (`former_ids`).
"""

from sqlalchemy import select

from trainer.bundles.merge import Merger, identity_map
from trainer.bundles.rows import TABLES, TIME_FORMAT, encode_row
from trainer.errors import UserError
from trainer.people.service import refuse_raising_role
from trainer.storage.database import Database
from trainer.storage.models import Participant, fact_id, tombstone_id, utc_now
from trainer.workshops.service import again_id, enrollment_ids, mark_id

MESSAGES = {
    "unknown": {"en": "no participant '{key}'", "es": "no existe el participante '{key}'"},
    "same-person": {
        "en": "{keep} and {other} are already one participant",
        "es": "{keep} y {other} ya son un mismo participante",
    },
}


def merge_participants(db: Database, keep_id: str, other_id: str, merged_by_id: str | None = None) -> int:
    """Make `other_id` the same person as `keep_id`: all of other's history moves to keep; other's profile is kept.

    Lesson completions and attendance that both recorded merge into one row
    (the earliest completion; the latest attendance mark, the other mark kept
    as a conflict). A removal from a roster or of a mark recorded under the
    other id applies to the kept one too (`_followed_tombstones`). The kept
    profile keeps its PIN (or takes the other's) and never gains a role.
    Returns how many rows moved.
    """
    device = db.device_id()
    with db.session() as session:
        identity = identity_map(session)
        keep, other = identity.get(keep_id, keep_id), identity.get(other_id, other_id)
        for key in (keep, other):
            if session.get(Participant, key) is None:
                raise UserError(MESSAGES, "unknown", key=key)
        if keep == other:
            raise UserError(MESSAGES, "same-person", keep=keep_id, other=other_id)
        profile = encode_row(TABLES["participants"], session.execute(
            select(TABLES["participants"]).where(TABLES["participants"].c.id == other)).mappings().one())
        alias = {
            "id": fact_id("alias", other, keep), "merged_id": other, "participant_id": keep, "profile": profile,
            "merged_at": utc_now().strftime(TIME_FORMAT), "merged_by_id": merged_by_id, "origin_device_id": device,
        }
        refuse_raising_role(session, keep, other)
        merger = Merger(session, device, "merge")
        merger.merge_all({"tombstones": _followed_tombstones(session, keep, other), "participant_aliases": [alias]})
        return merger.report.moved


def _followed_tombstones(session, keep: str, other: str) -> list[dict]:
    """The tombstones of `other`'s enrolments and marks, written again for `keep`'s same enrolments and marks.

    The ids of those rows come from the person (trainer.workshops.service.enrollment_ids, mark_id), so a removal
    recorded under the merged-away id would not name the rows that move to the kept id. The n-th enrolment of one
    is the n-th of the other. Written as facts with the removal's own time and laptop, these travel with the merge,
    and every laptop that repeats it writes the same rows.
    """
    stones = TABLES["tombstones"]
    found = {(stone["table_name"], stone["row_id"]): stone for stone in session.execute(
        select(stones).where(stones.c.table_name.in_(("enrollments", "attendance")))).mappings()}
    if not found:
        return []
    sessions = TABLES["workshop_sessions"]
    held: dict[str, list[str]] = {}
    for session_id, workshop_id in session.execute(select(sessions.c.id, sessions.c.workshop_id)):
        held.setdefault(workshop_id, []).append(session_id)
    followed = []

    def follow(table_name: str, old_id: str, new_id: str) -> None:
        stone = found.get((table_name, old_id))
        if stone is not None:
            followed.append({**encode_row(stones, stone), "id": tombstone_id(table_name, new_id), "row_id": new_id})

    for workshop_id in session.scalars(select(TABLES["workshops"].c.id)):
        theirs = enrollment_ids(workshop_id, other, lambda row_id: ("enrollments", row_id) in found)
        mine = [fact_id("enrollment", workshop_id, keep)]
        while len(mine) < len(theirs):
            mine.append(again_id("enrollments", mine[-1]))
        for old, new in zip(theirs, mine):
            follow("enrollments", old, new)
            for session_id in held.get(workshop_id, ()):
                follow("attendance", mark_id(session_id, other, workshop_id, old),
                       mark_id(session_id, keep, workshop_id, new))
    return followed


def former_ids(db: Database, participant_id: str) -> list[str]:
    """The ids merged into this person, whose profiles are gone: what the app keeps by profile id on this laptop
    (where the learner stopped) moves from them to this one when the profile opens."""
    with db.session() as session:
        return sorted(merged for merged, kept in identity_map(session).items() if kept == participant_id)
