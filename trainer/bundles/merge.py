"""Merge rules: how rows from a bundle, or from a merge of two participants, join this database.

Each table's rule is a total order on the versions of one row (POLICIES): the
greatest version is kept, so merging is idempotent and the same in any order.
Where two laptops can each edit a row (profiles, workshops, sessions,
attendance marks), the losing version is kept in `merge_conflicts`; nothing is
silently overwritten. Participants merged into one (`participant_aliases`)
form one identity whose rows all live under its canonical id. docs/bundles.md
states the rules for users.

Deletions travel as tombstones (`tombstones`): a tombstone beats every version
of its row, so the row is deleted here and no bundle brings it back; a removed
session takes its attendance marks, their history and their kept conflicts with
it. Tombstones merge by union. Someone enrolled again after a removal is a new
row (`trainer.workshops.service.again_id`), and so are their new marks, so no
tombstone names them and no old bundle holds them.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from trainer.bundles.rows import TABLES, content_hash, decode_row, encode_row
from trainer.errors import UserError
from trainer.people.service import merge_accounts
from trainer.storage.models import TOMBSTONED_TABLES, ParticipantAlias, fact_id, tombstone_id
from trainer.workshops.service import enrollment_ids, mark_id

MESSAGES = {
    "missing-reference": {
        "en": "{where}: table '{table}', row {row}, column '{column}' refers to {value}, which is neither in the bundle "
              "nor on this laptop; import the bundle that has it first",
        "es": "{where}: tabla '{table}', fila {row}, columna '{column}' se refiere a {value}, que no está en el paquete "
              "ni en esta laptop; importe primero el paquete que lo contiene",
    },
    "bad-kept-version": {
        "en": "{where}: kept version {row} is not a version of a row of a table that keeps versions",
        "es": "{where}: la versión guardada {row} no es una versión de una fila de una tabla que guarda versiones",
    },
    "bad-tombstone": {
        "en": "{where}: tombstone {row} does not name a row of a table whose deletions travel",
        "es": "{where}: la lápida {row} no nombra una fila de una tabla cuyas eliminaciones viajan",
    },
    "code-clash": {
        "en": "{where}: certificate code {code} is already used by another certificate on this laptop",
        "es": "{where}: el código de certificado {code} ya lo usa otro certificado en esta laptop",
    },
}

CHUNK = 500


def _time(value: str | None) -> int:
    """A stored time as a number that orders like the time (the format is fixed-width)."""
    return int("".join(c for c in value if c.isdigit())) if value else 0


@dataclass(frozen=True)
class Policy:
    key: Callable[[dict], tuple]  # the greater version wins
    keeps_losers: bool = False  # two laptops may edit this row: keep the losing version as a conflict


def _latest(column: str, *tiebreak: str) -> Policy:
    return Policy(lambda r: (_time(r[column]), *(r[t] or "" for t in tiebreak), content_hash(r)), keeps_losers=True)


def _earliest(column: str) -> Policy:
    return Policy(lambda r: (-_time(r[column]), r["origin_device_id"], content_hash(r)))


POLICIES: dict[str, Policy] = {
    "participants": _latest("updated_at"),
    "participant_aliases": _earliest("merged_at"),
    "workshops": _latest("updated_at"),
    "workshop_sessions": _latest("updated_at"),
    "enrollments": _earliest("enrolled_at"),
    "lesson_completions": _earliest("completed_at"),
    # an attempt is written by one laptop only: finished beats unfinished, and a finished attempt is frozen
    "quiz_attempts": Policy(lambda r: (r["finished_at"] is not None, -_time(r["finished_at"]), content_hash(r))),
    # answers can be replaced until the attempt finishes, on the attempt's laptop: the last one given counts
    "quiz_answers": Policy(lambda r: (_time(r["answered_at"]), content_hash(r))),
    "attendance": _latest("marked_at", "origin_device_id"),
    "attendance_changes": Policy(lambda r: (content_hash(r),)),
    # revocation is final: revoked beats not revoked, and the first revocation stands
    "certificates": Policy(lambda r: (r["revoked_at"] is not None, -_time(r["revoked_at"]), content_hash(r))),
    # a decision beats no decision; a later decision beats an earlier one
    "merge_conflicts": Policy(lambda r: (_time(r["resolved_at"]), r["resolved_by_id"] or "", r["origin_device_id"],
                                         content_hash(r))),
    # the fact that a row was deleted: union, the earliest deletion of the same row stands
    "tombstones": _earliest("deleted_at"),
}
# Rows that go with a deleted row of another table: (table, column naming the deleted row's table, that table).
GOES_WITH = {"attendance": ("session_id", "workshop_sessions"), "attendance_changes": ("session_id", "workshop_sessions")}

# The column of each table that names the participant a row is about.
PARTICIPANT_COLUMN = {
    "workshops": "trainer_id", "enrollments": "participant_id", "lesson_completions": "participant_id",
    "quiz_attempts": "participant_id", "attendance": "participant_id", "attendance_changes": "participant_id",
    "certificates": "participant_id",
}
# Ids derived from the fact a row records (trainer.storage.models.fact_id), re-derived when the participant changes.
DERIVED_IDS: dict[str, Callable[[dict], dict]] = {
    "lesson_completions": lambda r: {"id": fact_id("lesson", r["participant_id"], r["course_id"], r["lesson_id"])},
    "enrollments": lambda r: {"id": fact_id("enrollment", r["workshop_id"], r["participant_id"])},
    "attendance": lambda r: {"id": fact_id("attendance", r["session_id"], r["participant_id"])},
    "attendance_changes": lambda r: {"attendance_id": fact_id("attendance", r["session_id"], r["participant_id"])},
}
REKEYED = ("enrollments", "lesson_completions", "attendance")


def version_id(table_name: str, version: dict) -> str:
    """The id of a kept version: the same version of the same row has the same id on every laptop."""
    return fact_id("version", table_name, version["id"], content_hash(version))


def rehome(table_name: str, row: dict, identity: dict[str, str]) -> dict:
    """The row as it reads once every merged participant is replaced by the one kept."""
    if table_name == "merge_conflicts":
        version = rehome(row["table_name"], row["version"], identity)
        if version is row["version"]:
            return row
        return {**row, "version": version, "row_id": version["id"], "id": version_id(row["table_name"], version)}
    column = PARTICIPANT_COLUMN.get(table_name)
    if column is None or row[column] not in identity:
        return row
    moved = {**row, column: identity[row[column]]}
    derive = DERIVED_IDS.get(table_name)
    return {**moved, **derive(moved)} if derive else moved


def identity_map(session: Session) -> dict[str, str]:
    """Every merged-away participant id -> the canonical id of its person.

    Merges link ids into groups (one person). The canonical id of a group is
    the smallest id in it that was never merged away (the smallest id at all
    if every one was, as when two laptops merged A into B and B into A).
    """
    edges = session.execute(select(ParticipantAlias.merged_id, ParticipantAlias.participant_id)).all()
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for merged, kept in edges:
        parent[root(merged)] = root(kept)
    groups: dict[str, list[str]] = {}
    for node in list(parent):
        groups.setdefault(root(node), []).append(node)
    merged_away = {merged for merged, _ in edges}
    identity = {}
    for members in groups.values():
        canonical = min([m for m in members if m not in merged_away] or members)
        identity.update({m: canonical for m in members if m != canonical})
    return identity


@dataclass
class TableCounts:
    added: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class MergeReport:
    """What a merge did (or, for inspect, would do), table by table."""

    tables: dict[str, TableCounts] = field(default_factory=dict)
    kept_versions: int = 0  # losing versions newly kept as conflicts
    moved: int = 0  # rows moved to another participant id because two participants are one person
    deletions: int = 0  # tombstones (deletions made on another laptop) new here
    deleted: int = 0  # rows deleted here because a tombstone names them (or the session they belong to)

    @property
    def changes_anything(self) -> bool:
        return (self.kept_versions > 0 or self.moved > 0 or self.deletions > 0 or self.deleted > 0
                or any(c.added or c.changed for c in self.tables.values()))


class Merger:
    """One merge inside one database transaction: the caller commits it, or rolls it back to only look."""

    def __init__(self, session: Session, device_id: str, where: str):
        self.session, self.device_id, self.where = session, device_id, where
        self.report = MergeReport()
        self.identity = identity_map(session)
        self._kept: dict[str, dict] = {}
        self._workshops: dict[str, str] = {}  # session id -> its workshop's id
        self.dead = self._load_dead()

    def merge_all(self, tables: dict[str, list[dict]]) -> MergeReport:
        """Merge rows of several tables (canonical JSON form), in an order where references come first."""
        for kept in tables.get("merge_conflicts", []):
            self._check_kept_version(kept)
        stones = tables.get("tombstones", [])
        for stone in stones:
            self._check_tombstone(stone)
        self.report.deletions += len(self.merge("tombstones", stones, TableCounts()))
        self.dead = self._load_dead()
        self.apply_tombstones()
        self.merge_aliases(tables.get("participant_aliases", []), tables.get("participants", []))
        for name in TABLES:
            if name not in ("participant_aliases", "participants", "tombstones"):
                self.merge(name, tables.get(name, []))
        self.flush_kept()
        return self.report

    def merge_aliases(self, aliases: list[dict], participants: list[dict]) -> None:
        """Merge decisions that two ids are one person, then profiles, then move what the decisions moved."""
        before = self.identity
        added = self.merge("participant_aliases", aliases)
        self.identity = identity_map(self.session)
        for alias in added:  # the merged-away profile as it was at the merge is one more version of it
            decode_row(TABLES["participants"], alias["profile"], f"{self.where}, participant_aliases", alias["id"])
        self.merge("participants", [alias["profile"] for alias in added] + list(participants))
        self._move_merged_participants(before)

    def merge(self, table_name: str, rows: Iterable[dict], counts: TableCounts | None = None) -> list[dict]:
        """Merge rows into one table by its policy; returns the rows that were new here."""
        table, policy = TABLES[table_name], POLICIES[table_name]
        if counts is None:
            counts = self.report.tables.setdefault(table_name, TableCounts())
        batch: dict[str, dict] = {}
        for given in rows:
            row = rehome(table_name, given, self.identity)
            if self.is_dead(table_name, row) or (row is not given and self.is_dead(table_name, given)):
                continue  # deleted on some laptop: a tombstone beats every version of a row
            if table_name == "participants" and row["id"] in self.identity:
                self.keep(table_name, row)  # a merged-away profile: kept, never current again
                continue
            if row["id"] in batch and batch[row["id"]] != row:
                row = self._settle(table_name, policy, batch[row["id"]], row)
            batch[row["id"]] = row
        existing = self.existing(table_name, list(batch))
        added, changed = [], []
        for row_id, row in batch.items():
            current = existing.get(row_id)
            if current is None:
                added.append(row)
            elif current == row or self._settle(table_name, policy, current, row) is current:
                counts.unchanged += 1
            else:
                changed.append(row)
        self._check_references(table_name, added + changed)
        if table_name == "certificates":
            self._check_codes(added)
        if added:
            self.session.execute(insert(table), [self._values(table_name, row) for row in added])
        for row in changed:
            values = self._values(table_name, row)
            self.session.execute(update(table).where(table.c.id == values.pop("id")).values(**values))
        counts.added += len(added)
        counts.changed += len(changed)
        return added

    def _load_dead(self) -> dict[str, set[str]]:
        """The ids of deleted rows, table by table, as the tombstones here name them."""
        dead: dict[str, set[str]] = {name: set() for name in TOMBSTONED_TABLES}
        stones = TABLES["tombstones"]
        for table_name, row_id in self.session.execute(select(stones.c.table_name, stones.c.row_id)):
            dead.setdefault(table_name, set()).add(row_id)
        return dead

    def is_dead(self, table_name: str, row: dict) -> bool:
        """Whether a tombstone names this row, or the row it goes with (a kept version: the row it is a version of)."""
        if table_name == "merge_conflicts":
            return self.is_dead(row["table_name"], row["version"]) if isinstance(row.get("version"), dict) else False
        if row.get("id") in self.dead.get(table_name, ()):
            return True
        column, parent = GOES_WITH.get(table_name, (None, None))
        if column is not None and row.get(column) in self.dead[parent]:
            return True
        if table_name == "attendance" and self.dead["enrollments"]:  # a mark goes with its person's enrolment
            return self._mark_is_dead(row["id"], row["session_id"], row["participant_id"],
                                      self._workshop_of(row["session_id"]))
        return False

    def _mark_is_dead(self, row_id: str, session_id: str, participant_id: str, workshop_id: str | None) -> bool:
        """Whether a mark was made under an enrolment of its person that a tombstone removed (the marks of a
        re-enrolment have ids of their own, `trainer.workshops.service.mark_id`)."""
        if workshop_id is None:
            return False
        removed = self.dead["enrollments"]
        return any(mark_id(session_id, participant_id, workshop_id, enrollment_id) == row_id
                   for enrollment_id in enrollment_ids(workshop_id, participant_id, removed.__contains__)[:-1])

    def _workshop_of(self, session_id: str) -> str | None:
        if session_id not in self._workshops:
            sessions = TABLES["workshop_sessions"]
            found = self.session.scalar(select(sessions.c.workshop_id).where(sessions.c.id == session_id))
            if found is None:
                return None
            self._workshops[session_id] = found
        return self._workshops[session_id]

    def apply_tombstones(self) -> None:
        """Delete here every row a tombstone names, with what goes with it; idempotent."""
        sessions = self.dead["workshop_sessions"]
        if not any(self.dead.values()):
            return
        conflicts = TABLES["merge_conflicts"]
        stale = [row["id"] for row in self.session.execute(select(conflicts.c.id, conflicts.c.table_name,
                                                                   conflicts.c.version).where(
            conflicts.c.table_name.in_(list(set(self.dead) | set(GOES_WITH))))).mappings()
            if isinstance(row["version"], dict) and self.is_dead(row["table_name"], row["version"])]
        self._delete("merge_conflicts", conflicts.c.id, stale)
        for table_name, (column, _) in GOES_WITH.items():
            self._delete(table_name, TABLES[table_name].c[column], sorted(sessions))
        if self.dead["enrollments"]:  # marks of people taken off a roster (their history stays)
            marks, held = TABLES["attendance"], TABLES["workshop_sessions"]
            gone = [mark["id"] for mark in self.session.execute(
                select(marks.c.id, marks.c.session_id, marks.c.participant_id, held.c.workshop_id)
                .join(held, held.c.id == marks.c.session_id)).mappings()
                if self._mark_is_dead(mark["id"], mark["session_id"], mark["participant_id"], mark["workshop_id"])]
            self._delete("attendance", marks.c.id, gone)
        for table_name in ("attendance", "enrollments", "workshop_sessions"):  # what refers to a row goes first
            self._delete(table_name, TABLES[table_name].c.id, sorted(self.dead[table_name]))

    def _delete(self, table_name: str, column, ids: list[str]) -> None:
        table = TABLES[table_name]
        for start in range(0, len(ids), CHUNK):
            deleted = self.session.execute(delete(table).where(column.in_(ids[start:start + CHUNK]))).rowcount
            if table_name != "merge_conflicts":
                self.report.deleted += deleted

    def keep(self, table_name: str, version: dict) -> None:
        """Keep a version that lost (or belongs to a merged-away participant) as a conflict row.

        The row is the same on every laptop that keeps this version: its id comes
        from the version and its origin is the device that made the version.
        """
        conflict_id = version_id(table_name, version)
        self._kept[conflict_id] = {
            "id": conflict_id, "table_name": table_name, "row_id": version["id"], "version": version,
            "resolved_at": None, "resolved_by_id": None, "origin_device_id": version["origin_device_id"],
        }

    def flush_kept(self) -> None:
        kept, self._kept = list(self._kept.values()), {}
        if kept:
            self.report.kept_versions += len(self.merge("merge_conflicts", kept, TableCounts()))

    def _settle(self, table_name: str, policy: Policy, first: dict, second: dict) -> dict:
        winner, loser = (first, second) if policy.key(first) >= policy.key(second) else (second, first)
        if policy.keeps_losers:
            self.keep(table_name, loser)
        return winner

    def existing(self, table_name: str, ids: list[str]) -> dict[str, dict]:
        """The current rows with these ids, in canonical JSON form."""
        table = TABLES[table_name]
        found = {}
        for start in range(0, len(ids), CHUNK):
            for row in self.session.execute(select(table).where(table.c.id.in_(ids[start:start + CHUNK]))).mappings():
                found[row["id"]] = encode_row(table, row)
        return found

    def _values(self, table_name: str, row: dict) -> dict:
        return decode_row(TABLES[table_name], row, f"{self.where}, {table_name}", row.get("id"))

    def _check_references(self, table_name: str, rows: list[dict]) -> None:
        for column in TABLES[table_name].columns:
            for foreign in column.foreign_keys:
                target = foreign.column
                wanted = {row[column.name] for row in rows if row[column.name] is not None}
                found = set()
                ordered = sorted(wanted)
                for start in range(0, len(ordered), CHUNK):
                    chunk = ordered[start:start + CHUNK]
                    found.update(self.session.scalars(select(target).where(target.in_(chunk))))
                for row in rows:
                    if row[column.name] is not None and row[column.name] not in found:
                        raise UserError(MESSAGES, "missing-reference", where=self.where, table=table_name, row=row["id"],
                                        column=column.name, value=row[column.name])

    def _check_kept_version(self, row: dict) -> None:
        name, version = row["table_name"], row["version"]
        if name != "participants" and not (name in POLICIES and POLICIES[name].keeps_losers):
            raise UserError(MESSAGES, "bad-kept-version", where=self.where, row=row["id"])
        decode_row(TABLES[name], version, f"{self.where}, merge_conflicts", row["id"])
        if row["row_id"] != version["id"] or row["id"] != version_id(name, version):
            raise UserError(MESSAGES, "bad-kept-version", where=self.where, row=row["id"])

    def _check_tombstone(self, row: dict) -> None:
        if row["table_name"] not in TOMBSTONED_TABLES or row["id"] != tombstone_id(row["table_name"], row["row_id"]):
            raise UserError(MESSAGES, "bad-tombstone", where=self.where, row=row["id"])

    def _check_codes(self, rows: list[dict]) -> None:
        table = TABLES["certificates"]
        codes = {row["code"]: row["id"] for row in rows}
        if len(codes) < len(rows):
            raise UserError(MESSAGES, "code-clash", where=self.where, code=rows[0]["code"])
        for code, other in self.session.execute(select(table.c.code, table.c.id).where(table.c.code.in_(list(codes)))):
            if other != codes[code]:
                raise UserError(MESSAGES, "code-clash", where=self.where, code=code)

    def _move_merged_participants(self, before: dict[str, str]) -> None:
        """After merges of participants: everything of a merged-away id moves to its canonical id."""
        moved = {old: new for old, new in self.identity.items() if before.get(old) != new}
        if not moved:
            return
        for canonical in sorted(set(moved.values())):
            self._ensure_participant(canonical)
        for table_name, column_name in PARTICIPANT_COLUMN.items():
            table = TABLES[table_name]
            rows = [encode_row(table, r) for r in self.session.execute(
                select(table).where(table.c[column_name].in_(list(moved)))).mappings()]
            self.report.moved += len(rows)
            if table_name in REKEYED and rows:  # the row's id comes from its participant: it merges with the kept one's
                self.session.execute(delete(table).where(table.c.id.in_([r["id"] for r in rows])))
                self.merge(table_name, rows, TableCounts())
                continue
            for row in rows:
                values = self._values(table_name, rehome(table_name, row, self.identity))
                self.session.execute(update(table).where(table.c.id == values.pop("id")).values(**values))
        conflicts = TABLES["merge_conflicts"]
        stale = []
        for row in self.session.execute(select(conflicts).where(
                conflicts.c.table_name.in_(list(PARTICIPANT_COLUMN)))).mappings():
            encoded = encode_row(conflicts, row)
            if rehome("merge_conflicts", encoded, self.identity) != encoded:
                stale.append(encoded)
        if stale:
            self.session.execute(delete(conflicts).where(conflicts.c.id.in_([r["id"] for r in stale])))
            self.merge("merge_conflicts", stale, TableCounts())
        participants = TABLES["participants"]
        for row in self.session.execute(select(participants).where(participants.c.id.in_(list(moved)))).mappings():
            self.keep("participants", encode_row(participants, row))
        self.session.execute(delete(participants).where(participants.c.id.in_(list(moved))))
        for old, new in moved.items():  # this laptop's own facts about the profile: its PIN follows, no role does
            merge_accounts(self.session, new, old)

    def _ensure_participant(self, participant_id: str) -> None:
        """The canonical participant's row, brought back from its best kept version if it had been merged away."""
        participants, conflicts = TABLES["participants"], TABLES["merge_conflicts"]
        if self.session.execute(select(participants.c.id).where(participants.c.id == participant_id)).first():
            return
        kept = {r["id"]: r["version"] for r in self.session.execute(select(conflicts).where(
            conflicts.c.table_name == "participants", conflicts.c.row_id == participant_id)).mappings()}
        kept.update({k: v["version"] for k, v in self._kept.items()
                     if v["table_name"] == "participants" and v["row_id"] == participant_id})
        if not kept:
            raise UserError(MESSAGES, "missing-reference", where=self.where, table="participant_aliases",
                            row=participant_id, column="participant_id", value=participant_id)
        best_id = max(kept, key=lambda k: POLICIES["participants"].key(kept[k]))
        self.session.execute(insert(participants), [self._values("participants", kept[best_id])])
        self.session.execute(delete(conflicts).where(conflicts.c.id == best_id))
        self._kept.pop(best_id, None)
