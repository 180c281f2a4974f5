"""Conflicts: a row that two laptops set differently, the version the rule chose, and the trainer's final say.

The rule (latest change wins, ties broken by device id, then by content) has
already decided each conflict when it is listed; the losing versions are kept
in `merge_conflicts`. The trainer can accept the outcome or put a losing
version back, which is recorded as a new change so it wins on every laptop.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from trainer.bundles.merge import CHUNK, Merger, identity_map, rehome
from trainer.bundles.rows import TABLES, TIME_FORMAT
from trainer.errors import UserError
from trainer.storage.database import Database
from trainer.storage.models import MergeConflict, Participant, Workshop, WorkshopSession, new_id, utc_now

OUTCOMES = ("current", "other")
# The column whose time orders a row's versions; a new decision gets a later time so that it wins everywhere.
TIME_COLUMN = {"participants": "updated_at", "workshops": "updated_at", "workshop_sessions": "updated_at",
               "attendance": "marked_at"}
# Columns that only say when or where a version was made: versions differing only there are not in conflict.
BOOKKEEPING = {"id", "updated_at", "created_at", "marked_at", "marked_by_id", "origin_device_id"}

MESSAGES = {
    "unknown-conflict": {
        "en": "no conflict '{key}'; see 'trainer bundle conflicts'",
        "es": "no existe el conflicto '{key}'; vea 'trainer bundle conflicts'",
    },
    "ambiguous-conflict": {
        "en": "'{key}' matches {count} conflicts; use more characters of the id",
        "es": "'{key}' coincide con {count} conflictos; use más caracteres del id",
    },
    "bad-outcome": {"en": "choose 'current' or 'other', not '{value}'", "es": "elija 'current' u 'other', no '{value}'"},
    "row-gone": {
        "en": "the row this conflict is about no longer exists here",
        "es": "la fila de este conflicto ya no existe aquí",
    },
}


@dataclass(frozen=True)
class Difference:
    column: str
    current: object
    other: object


@dataclass(frozen=True)
class LosingVersion:
    conflict_id: str
    version: dict  # the whole row as it was on the other laptop (canonical JSON form)
    differences: tuple[Difference, ...]
    resolved_at: datetime | None


@dataclass(frozen=True)
class Conflict:
    table_name: str  # participants, workshops, workshop_sessions or attendance
    row_id: str
    subject: str  # what it is about, for people: a name, a workshop, a person at a session
    current: dict  # the version in force (canonical JSON form)
    others: tuple[LosingVersion, ...]


def _differences(current: dict, other: dict) -> tuple[Difference, ...]:
    return tuple(Difference(c, current[c], other.get(c)) for c in current
                 if c not in BOOKKEEPING and current[c] != other.get(c))


def _subject(session, table_name: str, row: dict) -> str:
    if table_name == "participants":
        return row["name"]
    if table_name == "workshops":
        return row["title"]
    if table_name == "workshop_sessions":
        workshop = session.get(Workshop, row["workshop_id"])
        return f"{workshop.title if workshop else '?'} {row['date']}"
    person = session.get(Participant, row["participant_id"])
    meeting = session.get(WorkshopSession, row["session_id"])
    workshop = session.get(Workshop, meeting.workshop_id) if meeting else None
    return f"{person.name if person else row['participant_id']} — {meeting.date if meeting else '?'} " \
           f"({workshop.title if workshop else '?'})"


def list_conflicts(db: Database, include_resolved: bool = False) -> list[Conflict]:
    """Rows whose kept versions differ from the one in force in something that matters, open ones first."""
    with db.session() as session:
        query = select(MergeConflict).where(MergeConflict.table_name.in_(list(TIME_COLUMN)))
        if not include_resolved:
            query = query.where(MergeConflict.resolved_at.is_(None))
        conflicts = _conflicts(session, db.device_id(), session.scalars(query.order_by(MergeConflict.id)))
    return sorted(conflicts, key=lambda c: (all(o.resolved_at for o in c.others), c.table_name, c.subject))


def open_conflicts_about(session, device_id: str, tables: dict[str, list[dict]]) -> int:
    """How many of the rows a bundle carries `list_conflicts` shows as open, counted inside the merge's transaction.

    What an import tells the trainer to look at is counted by the same rule as the list they then look at: a
    losing version that differs only in when or where it was made is kept, but is no conflict to settle.
    """
    identity = identity_map(session)
    touched: dict[str, set[str]] = {}
    for row in tables.get("merge_conflicts", []):
        moved = rehome("merge_conflicts", row, identity)
        touched.setdefault(moved["table_name"], set()).add(moved["row_id"])
    for table_name in TIME_COLUMN:
        touched.setdefault(table_name, set()).update(rehome(table_name, row, identity)["id"]
                                                     for row in tables.get(table_name, []))
    kept = []
    for table_name, row_ids in touched.items():
        ordered = sorted(row_ids)
        for start in range(0, len(ordered), CHUNK):
            kept += session.scalars(select(MergeConflict).where(
                MergeConflict.table_name == table_name, MergeConflict.row_id.in_(ordered[start:start + CHUNK]),
                MergeConflict.resolved_at.is_(None)).order_by(MergeConflict.id))
    return len(_conflicts(session, device_id, kept))


def _conflicts(session, device_id: str, kept_rows) -> list[Conflict]:
    """The kept versions, grouped by row, that differ from the row in force in something that matters."""
    kept: dict[tuple[str, str], list[MergeConflict]] = {}
    for row in kept_rows:
        if row.table_name in TIME_COLUMN:
            kept.setdefault((row.table_name, row.row_id), []).append(row)
    conflicts = []
    merger = Merger(session, device_id, "conflicts") if kept else None
    for (table_name, row_id), rows in kept.items():
        current = merger.existing(table_name, [row_id]).get(row_id)
        if current is None:  # a merged-away participant's profile: kept, but the trainer already decided
            continue
        others = tuple(LosingVersion(r.id, r.version, _differences(current, r.version), r.resolved_at)
                       for r in rows)
        others = tuple(o for o in others if o.differences)
        if others:
            conflicts.append(Conflict(table_name, row_id, _subject(session, table_name, current), current, others))
    return conflicts


def find_conflict(db: Database, key: str) -> str:
    """The full id of the kept version whose id starts with `key` (the CLI shows 8 characters)."""
    with db.session() as session:
        ids = list(session.scalars(select(MergeConflict.id).where(MergeConflict.id.startswith(key.strip().lower()))))
    if not ids:
        raise UserError(MESSAGES, "unknown-conflict", key=key)
    if len(ids) > 1:
        raise UserError(MESSAGES, "ambiguous-conflict", key=key, count=len(ids))
    return ids[0]


def resolve_conflict(db: Database, conflict_id: str, outcome: str, resolved_by_id: str | None = None) -> None:
    """Settle a conflict: keep the version in force ("current") or put this losing version back ("other").

    Either way every open version of that row is marked resolved. Putting a
    version back is a new change made now on this laptop, so it wins on every
    laptop the next bundles reach; the version it replaces is kept in turn.
    """
    if outcome not in OUTCOMES:
        raise UserError(MESSAGES, "bad-outcome", value=outcome)
    device = db.device_id()
    with db.session() as session:
        conflict = session.get(MergeConflict, conflict_id)
        if conflict is None:
            raise UserError(MESSAGES, "unknown-conflict", key=conflict_id)
        merger = Merger(session, device, "resolve")
        current = merger.existing(conflict.table_name, [conflict.row_id]).get(conflict.row_id)
        if current is None:
            raise UserError(MESSAGES, "row-gone")
        now = utc_now()
        if outcome == "other":
            column = TIME_COLUMN[conflict.table_name]
            in_force = datetime.fromisoformat(current[column]) if current[column] else now
            now = max(now, in_force + timedelta(microseconds=1))  # wins here even if this laptop's clock is behind
            chosen = {**conflict.version, "id": conflict.row_id, column: now.strftime(TIME_FORMAT)}
            if conflict.table_name == "attendance":
                chosen["marked_by_id"] = resolved_by_id
                merger.merge("attendance_changes", [{
                    "id": new_id(), "attendance_id": conflict.row_id, "session_id": chosen["session_id"],
                    "participant_id": chosen["participant_id"], "status": chosen["status"],
                    "changed_by_id": resolved_by_id, "changed_at": chosen["marked_at"], "origin_device_id": device,
                }])
            merger.merge(conflict.table_name, [chosen])
        merger.flush_kept()
        session.execute(update(TABLES["merge_conflicts"]).where(
            TABLES["merge_conflicts"].c.table_name == conflict.table_name,
            TABLES["merge_conflicts"].c.row_id == conflict.row_id,
            TABLES["merge_conflicts"].c.resolved_at.is_(None),
        ).values(resolved_at=now, resolved_by_id=resolved_by_id))
