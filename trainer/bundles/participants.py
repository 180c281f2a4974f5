"""Merging two participant profiles that are one person (registered twice, on two laptops, under two ids).

The merge is recorded as a fact (`participant_aliases`) that travels in
bundles, so every laptop that learns of it moves the same rows the same way,
and bundles from laptops that still use the old id land under the kept one.
"""

from sqlalchemy import select

from trainer.bundles.merge import Merger, identity_map
from trainer.bundles.rows import TABLES, TIME_FORMAT, encode_row
from trainer.errors import UserError
from trainer.storage.database import Database
from trainer.storage.models import Participant, fact_id, utc_now

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
    as a conflict). Returns how many rows moved.
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
        merger = Merger(session, device, "merge")
        merger.merge_aliases([alias], [])
        merger.flush_kept()
        return merger.report.moved
