"""Backups of the SQLite database: checked copies under `backups/`, kept for a while, restorable in one step.

A backup is written under a temporary name (`.*.tmp`), checked with
`PRAGMA integrity_check`, flushed to disk and only then renamed to its real name
`<db>-<YYYYmmdd-HHMMSS-ffffff>-<kind>-<label>.sqlite`; a kill at any moment leaves
no file under a real backup name, and the stale temporary file is removed at the
next start. Kinds: `daily` (the first start of each day; the last 7 are kept) and
`event` (before an upgrade, a restore, a bundle import, a certificate batch, or
on request; the last 10 are kept).
"""

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.errors import UserError
from trainer.paths import backups_dir, data_dir

KEEP = {"daily": 7, "event": 10}
SQLITE_HEADER = b"SQLite format 3\x00"
REUSE_UPGRADE_BACKUP = timedelta(hours=1)

TEXT = {
    "damaged": {
        "en": "The database {file} is damaged ({problem}). It was not replaced and nothing was deleted. {advice}",
        "es": "La base de datos {file} está dañada ({problem}). No se reemplazó ni se borró nada. {advice}",
    },
    "empty": {
        "en": "The database {file} is empty (0 bytes), but this laptop had data. It was not replaced with a new "
              "empty one. {advice}",
        "es": "La base de datos {file} está vacía (0 bytes), pero esta computadora tenía datos. No se reemplazó "
              "por una nueva vacía. {advice}",
    },
    "missing": {
        "en": "The database {file} is missing, but this computer has backups of it. A new empty database was not "
              "made in its place. {advice} To start over with no data instead, move the folder {folder} "
              "somewhere else first.",
        "es": "Falta la base de datos {file}, pero esta computadora tiene copias de seguridad de ella. No se creó "
              "una nueva vacía en su lugar. {advice} Si prefiere empezar de cero, sin datos, mueva antes la "
              "carpeta {folder} a otro lugar.",
    },
    "not-sqlite": {
        "en": "The file {file} is not a Trainer database (it is not an SQLite file). It was not replaced. {advice}",
        "es": "El archivo {file} no es una base de datos de Trainer (no es un archivo SQLite). No se reemplazó. "
              "{advice}",
    },
    "upgrade-failed": {
        "en": "The database {file} could not be upgraded ({problem}). It was left as it was before the upgrade. "
              "{advice}",
        "es": "No se pudo actualizar la base de datos {file} ({problem}). Quedó como estaba antes de la "
              "actualización. {advice}",
    },
    "advice-backup": {
        "en": "The latest good backup is {backup} ({date}). To restore it: File ▸ Restore from backup…, "
              "or the command: trainer restore --latest",
        "es": "La copia de seguridad buena más reciente es {backup} ({date}). Para restaurarla: Archivo ▸ "
              "Restaurar desde una copia de seguridad…, o el comando: trainer restore --latest",
    },
    "advice-none": {
        "en": "There is no backup in {folder}. Keep the file and ask for help before starting again.",
        "es": "No hay ninguna copia de seguridad en {folder}. Conserve el archivo y pida ayuda antes de volver "
              "a empezar.",
    },
    "bad-backup": {
        "en": "The backup {file} is damaged ({problem}); nothing was restored.",
        "es": "La copia de seguridad {file} está dañada ({problem}); no se restauró nada.",
    },
    "no-backup": {
        "en": "There is no backup in {folder}.",
        "es": "No hay ninguna copia de seguridad en {folder}.",
    },
    "not-file": {
        "en": "Backups and restores are for the embedded SQLite database; {url} is not one.",
        "es": "Las copias de seguridad y la restauración son para la base de datos SQLite integrada; {url} no lo es.",
    },
}


class DatabaseProblem(UserError):
    """The database could not be opened or upgraded; `file` and `backup` (the latest good one, or None)
    let the app offer to restore it."""

    def __init__(self, code: str, file: Path, backup: "Backup | None" = None, problem: str = ""):
        self.file = file
        self.backup = backup
        self.problem = problem
        super().__init__(TEXT, code, file=str(file), problem=problem)

    def message(self, lang: str = "en") -> str:
        texts = TEXT[self.code]
        if self.backup is not None:
            advice = TEXT["advice-backup"].get(lang, TEXT["advice-backup"]["en"]).format(
                backup=self.backup.path, date=f"{self.backup.created.astimezone():%Y-%m-%d %H:%M}")
        else:
            advice = TEXT["advice-none"].get(lang, TEXT["advice-none"]["en"]).format(folder=backups_dir())
        return texts.get(lang, texts["en"]).format(file=self.file, problem=self.problem, advice=advice,
                                                   folder=backups_dir())


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime  # UTC
    kind: str  # "daily" or "event"
    label: str
    size: int


def backup_info(path: Path) -> Backup | None:
    """The backup named `path`, or None for anything else in the folder."""
    parts = path.stem.split("-")
    if path.suffix != ".sqlite" or path.name.startswith(".") or len(parts) < 5:
        return None
    for index in range(len(parts) - 3):  # the database's own name may hold dashes
        date, time, kind = parts[index:index + 3]
        if kind in KEEP and len(date) == 8 and date.isdigit():
            try:
                created = datetime.strptime(f"{date}-{time}", "%Y%m%d-%H%M%S%f").replace(tzinfo=UTC)
            except ValueError:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                return None
            return Backup(path, created, kind, "-".join(parts[index + 3:]), size)
    return None


def list_backups() -> list[Backup]:
    """Every backup in the backups folder, newest first."""
    found = (backup_info(path) for path in backups_dir().glob("*.sqlite"))
    return sorted((backup for backup in found if backup is not None), key=lambda b: b.created, reverse=True)


def latest_backup() -> Backup | None:
    """The newest backup (each one was checked with integrity_check before it got its name)."""
    backups = list_backups()
    return backups[0] if backups else None


def remove_stale_temporary_files(db_file: Path | None = None) -> list[Path]:
    """Temporary files left by a backup or restore that was killed half-way."""
    removed = []
    stale = list(backups_dir().glob(".*.tmp"))
    if db_file is not None:
        stale += db_file.parent.glob(f".{db_file.name}.restore.tmp")
    for path in stale:
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def integrity_problem(path: Path, quick: bool = False) -> str | None:
    """None when `path` is a sound SQLite database, else what is wrong with it."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as error:
        return str(error)
    if header != SQLITE_HEADER:
        return "not an SQLite file" if header else "0 bytes"
    try:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    result = "; ".join(str(row[0]) for row in rows[:3])
    return None if result == "ok" else result


def _fsync(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # directories cannot be fsync'ed on some systems
    finally:
        os.close(descriptor)


def backup_file(source: Path, label: str, kind: str = "event") -> Path:
    """A checked copy of the SQLite file `source` (with its WAL content) under a real backup name."""
    if kind not in KEEP:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = backups_dir()
    now = datetime.now(UTC)
    label = "".join(c if c.isalnum() else "-" for c in label).strip("-") or "backup"
    name = f"{source.stem}-{now:%Y%m%d-%H%M%S%f}-{kind}-{label}.sqlite"
    temporary = folder / f".{name}.tmp"
    try:
        reader = sqlite3.connect(source)
        copy = sqlite3.connect(temporary)
        try:
            reader.backup(copy)
        finally:
            copy.close()
            reader.close()
        problem = integrity_problem(temporary)
        if problem is not None:
            raise DatabaseProblem("damaged", source, latest_backup(), problem)
        _fsync(temporary)
        target = folder / name
        os.replace(temporary, target)
        _fsync(folder)
    finally:
        temporary.unlink(missing_ok=True)
    prune()
    return target


def backup(db, label: str = "manual", kind: str = "event") -> Path:
    """Back up the database `db` (a trainer.storage.database.Database) now."""
    if db.file is None:
        raise UserError(TEXT, "not-file", url=str(db.url))
    return backup_file(db.file, label, kind)


def backup_before(db, event: str) -> Path | None:
    """The event backup to make before a bundle import (`event="bundle-import"`), a certificate batch
    (`"certificate-batch"`) or any other step that changes many rows at once. None for a server database."""
    if db.file is None or not db.file.exists():
        return None
    return backup_file(db.file, f"before-{event}", "event")


def recent_backup(label: str, revision: str | None, within: timedelta = REUSE_UPGRADE_BACKUP) -> Backup | None:
    """A backup named `label` made within `within` whose schema is `revision`: reused instead of a new copy
    when a start-up fails again and again."""
    now = datetime.now(UTC)
    for item in list_backups():
        if item.label == label and now - item.created <= within and _revision(item.path) == revision:
            return item
    return None


def _revision(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def daily_backup_if_due(db) -> Path | None:
    """The day's backup, made on the first start of each (UTC) day."""
    if db.file is None or not db.file.exists():
        return None
    today = datetime.now(UTC).date()
    if any(item.kind == "daily" and item.created.date() == today for item in list_backups()):
        return None
    return backup_file(db.file, "daily", "daily")


def prune() -> list[Path]:
    """Keep the newest 7 daily and the newest 10 event backups; remove the older ones."""
    removed, seen = [], {kind: 0 for kind in KEEP}
    for item in list_backups():
        seen[item.kind] += 1
        if seen[item.kind] > KEEP[item.kind]:
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    return removed


def had_data() -> bool:
    """Whether this data folder held a database before: backups or a device or organization key exist."""
    keys = data_dir() / "keys"
    return bool(list_backups()) or (keys.is_dir() and any(keys.iterdir()))


def check_file(file: Path) -> None:
    """Before SQLite opens `file`: never let it turn a damaged, emptied or foreign file into a new database."""
    if not file.exists():
        own = [item for item in list_backups() if re.fullmatch(rf"{re.escape(file.stem)}-\d{{8}}-.*", item.path.name)]
        if own:
            raise DatabaseProblem("missing", file, own[0], "missing")
        return
    size = file.stat().st_size
    if size == 0:
        if had_data():
            raise DatabaseProblem("empty", file, latest_backup(), "0 bytes")
        return
    with open(file, "rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseProblem("not-sqlite", file, latest_backup(), "not an SQLite file")


def restore(db_path: Path | str, backup_path: Path | str) -> Path | None:
    """Replace the database at `db_path` with the backup at `backup_path`, atomically.

    The backup is copied beside the database under a temporary name and the copy checked with integrity_check;
    then the current database is backed up (or, when it is too damaged to copy, its files are copied into the
    backups folder as `*.damaged`); its WAL and shared-memory files are removed and the checked copy is renamed
    over it. Close every connection to the database first. Returns the backup of what was there before (None
    when there was nothing)."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    temporary = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        # copied first: backing up the current database may prune the oldest backups, perhaps the chosen one
        shutil.copyfile(backup_path, temporary)
        problem = integrity_problem(temporary)
        if problem is not None:
            raise UserError(TEXT, "bad-backup", file=str(backup_path), problem=problem)
        _fsync(temporary)
        before = _keep_current(db_path)
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, db_path)
        _fsync(db_path.parent)
    except OSError as error:
        raise UserError(TEXT, "bad-backup", file=str(backup_path), problem=str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return before


def _keep_current(db_path: Path) -> Path | None:
    """A backup of the database about to be replaced; its raw files when it is too damaged for one."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if integrity_problem(db_path, quick=True) is None:
        try:
            return backup_file(db_path, "before-restore", "event")
        except (sqlite3.DatabaseError, DatabaseProblem):
            pass
    stamp = f"{datetime.now(UTC):%Y%m%d-%H%M%S%f}"
    for suffix in ("", "-wal", "-shm"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            shutil.copy2(part, backups_dir() / f"{db_path.name}{suffix}-{stamp}.damaged")
    return backups_dir() / f"{db_path.name}-{stamp}.damaged"


def restore_latest(db_path: Path | str) -> Backup:
    backup_found = latest_backup()
    if backup_found is None:
        raise UserError(TEXT, "no-backup", folder=str(backups_dir()))
    restore(db_path, backup_found.path)
    return backup_found
