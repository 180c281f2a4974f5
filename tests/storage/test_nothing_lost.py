"""Nothing lost, ever: upgrades that survive a kill, checked backups, damaged files never replaced."""

import os
import sqlite3
from datetime import UTC, datetime, timedelta

import alembic.command  # noqa: F401 - imported before forking, so no child waits on an import lock
import alembic.script  # noqa: F401
import pytest
from sqlalchemy import event

from trainer.cli import main as cli
from trainer.errors import UserError
from trainer.storage import backups
from trainer.storage.backups import DatabaseProblem, list_backups
from trainer.storage.database import Database, head_revision, open_database

ROWS = [
    "INSERT INTO participants (id, origin_device_id, name, organization, sector, country, sex, email, language,"
    " role, pin_hash, created_at, updated_at) VALUES ('p1', 'd1', 'Ana Núñez', 'Coop', 'private', 'GT', 'female',"
    " NULL, 'es', 'trainer', 'scrypt$16384$8$1$c2FsdA==$ZGlnZXN0', '2026-01-05 10:00:00', '2026-01-05 10:00:00')",
    "INSERT INTO lesson_completions VALUES ('c1', 'p1', 'example', 'welcome', '2026-01-05 10:30:00', 'd1')",
    "INSERT INTO quiz_attempts VALUES ('a1', 'p1', 'example', '1.0.0', 'basics', 'basics-quiz', 'app',"
    " '2026-01-05 11:00:00', '2026-01-05 11:10:00', 80.0, 1, 'd1')",
]


@pytest.fixture
def db(db):
    """The embedded SQLite file: a server database is backed up with pg_dump (README), not by Trainer."""
    if not db.is_sqlite:
        pytest.skip("backups copy the embedded SQLite file")
    return db


@pytest.fixture(scope="module")
def old_database(tmp_path_factory):
    """A database at revision 0001 holding a participant, a completion and a quiz attempt."""
    path = tmp_path_factory.mktemp("old") / "old.sqlite"
    old = Database(f"sqlite:///{path}")
    old.migrate("0001")
    with old.engine.begin() as connection:
        for row in ROWS:
            connection.exec_driver_sql(row)
    old.dispose()
    return path


def copy_of(source, target):
    reader, writer = sqlite3.connect(source), sqlite3.connect(target)
    reader.backup(writer)
    writer.close()
    reader.close()
    return target


def assert_everything_kept(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM participants").scalar() == "Ana Núñez"
        assert connection.exec_driver_sql("SELECT role, pin_hash FROM accounts").one() == (
            "trainer", "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0")
        assert connection.exec_driver_sql("SELECT lesson_id FROM lesson_completions").scalar() == "welcome"
        assert connection.exec_driver_sql("SELECT score FROM quiz_attempts").scalar() == 80.0


def upgrade_killed_after(path, statement: int) -> int:
    """Upgrade `path` in a forked process killed (os._exit) right after its `statement`-th SQL statement;
    0 runs the whole upgrade. Returns how many statements ran."""
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child never returns
        os.close(reader)
        count = 0
        try:
            database = Database(f"sqlite:///{path}")

            def after(*_args):
                nonlocal count
                count += 1
                if count == statement:
                    os._exit(9)

            event.listen(database.engine, "after_cursor_execute", after)
            database.migrate()
            os.write(writer, str(count).encode())
        finally:
            os._exit(0)
    os.close(writer)
    output = os.read(reader, 100)
    os.close(reader)
    _pid, status = os.waitpid(child, 0)
    if statement and os.waitstatus_to_exitcode(status) != 9:
        return 0
    return int(output or b"0")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill test forks")
def test_upgrade_killed_after_any_statement_upgrades_again_and_keeps_every_row(old_database, tmp_path):
    total = upgrade_killed_after(copy_of(old_database, tmp_path / "count.sqlite"), 0)
    assert total > 20  # every statement of every migration from 0001 to head, traced
    # every third statement (17 of 49 today) keeps the suite fast; TRAINER_KILL_EVERY_STATEMENT=1 kills at each one
    step = 1 if os.environ.get("TRAINER_KILL_EVERY_STATEMENT") else 3
    for statement in [*range(1, total + 1, step), total]:
        path = copy_of(old_database, tmp_path / f"killed-{statement}.sqlite")
        upgrade_killed_after(path, statement)
        assert backups.integrity_problem(path) is None, statement
        database = open_database(f"sqlite:///{path}", daily_backup=False)
        try:
            assert database.schema_revision() == head_revision(), statement
            assert_everything_kept(database)
        finally:
            database.dispose()


def test_a_failed_migration_leaves_the_old_schema(old_database, tmp_path, monkeypatch):
    path = copy_of(old_database, tmp_path / "t.sqlite")
    database = Database(f"sqlite:///{path}")
    calls = []

    def fail(connection, cursor, statement, *args):
        calls.append(statement)
        if statement.startswith("ALTER TABLE participants DROP COLUMN role"):
            raise RuntimeError("power cut")

    event.listen(database.engine, "before_cursor_execute", fail)
    with pytest.raises(DatabaseProblem) as failure:
        database.migrate()
    assert failure.value.backup is not None and "before-" in failure.value.backup.path.name
    assert "trainer restore --latest" in failure.value.message("en")
    event.remove(database.engine, "before_cursor_execute", fail)
    revision = database.schema_revision()
    assert revision == "0004"  # 0002..0004 committed one by one, 0005 rolled back as a whole
    with database.engine.connect() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(participants)")]
        assert "role" in columns
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='accounts'").scalar() == 0
    # failed starts at the same revision reuse the backup made within the hour instead of piling up copies
    event.listen(database.engine, "before_cursor_execute", fail)
    with pytest.raises(DatabaseProblem):
        database.migrate()  # now at 0004: one backup of 0004
    before = list_backups()
    with pytest.raises(DatabaseProblem) as again:
        database.migrate()
    assert list_backups() == before and again.value.backup.path == before[0].path
    event.remove(database.engine, "before_cursor_execute", fail)
    database.migrate()
    assert_everything_kept(database)
    database.dispose()


def test_backup_is_checked_and_restorable(db):
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('mark', 'one')")
    made = backups.backup(db, "manual")
    assert made.exists() and backups.integrity_problem(made) is None
    (item,) = list_backups()
    assert (item.path, item.kind, item.label, item.size) == (made, "event", "manual", made.stat().st_size)
    assert datetime.now(UTC) - item.created < timedelta(minutes=1)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE settings SET value='two' WHERE key='mark'")
    db.dispose()
    before = backups.restore(db.file, made)
    assert before is not None and "before-restore" in before.name
    assert not db.file.with_name(db.file.name + "-wal").exists()
    again = Database(f"sqlite:///{db.file}")
    assert again.get_setting("mark") == "one"
    again.dispose()
    assert sqlite3.connect(before).execute("SELECT value FROM settings WHERE key='mark'").fetchone() == ("two",)


def test_kill_during_backup_leaves_no_backup_and_the_temporary_file_goes(db, isolated):
    if not hasattr(os, "fork"):
        pytest.skip("forks")
    child = os.fork()
    if child == 0:  # pragma: no cover
        try:
            backups.integrity_problem = lambda path: os._exit(9)  # killed after the copy, before the check/rename
            backups.backup(db, "manual")
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    assert list_backups() == []
    assert list((isolated / "backups").glob(".*.tmp"))  # the half-made copy, under a temporary name
    open_database(str(db.url), daily_backup=False).dispose()
    assert not list((isolated / "backups").glob(".*.tmp"))


def test_retention_keeps_7_daily_and_10_event(db, isolated, monkeypatch):
    folder = isolated / "backups"
    folder.mkdir(exist_ok=True)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for day in range(12):
        stamp = start + timedelta(days=day)
        copy_of(db.file, folder / f"trainer-{stamp:%Y%m%d-%H%M%S%f}-daily-daily.sqlite")
        copy_of(db.file, folder / f"trainer-{stamp:%Y%m%d-%H%M%S%f}-event-manual.sqlite")
    for _ in range(3):
        backups.backup(db, "manual")
    kept = list_backups()
    assert sum(item.kind == "daily" for item in kept) == 7
    assert sum(item.kind == "event" for item in kept) == 10
    assert kept[0].created > start + timedelta(days=30)  # the newest are kept
    assert min(item.created for item in kept if item.kind == "daily") == start + timedelta(days=5)


def test_daily_backup_once_a_day(isolated):
    open_database().dispose()
    open_database().dispose()
    assert [item.kind for item in list_backups()] == ["daily"]


def damage(path, how):
    data = path.read_bytes()
    if how == "zero":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif how == "noise":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + os.urandom(8192) + data[middle + 8192:])
    elif how == "text":
        path.write_text("these are my notes, not a database\n")
    elif how == "missing":
        path.unlink()
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


@pytest.mark.parametrize("how", ["zero", "truncated", "noise", "text", "missing"])
def test_damaged_database_is_never_replaced_and_restore_brings_back_the_last_good_state(isolated, how, capsys):
    database = open_database()  # makes the day's backup
    file = database.file
    with database.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('mark', 'kept')")
        # enough rows that noise in the middle lands in table pages
        for number in range(400):
            connection.exec_driver_sql(f"INSERT INTO settings (key, value) VALUES ('k{number}', '{'x' * 200}')")
    good = backups.backup(database, "manual")
    database.dispose()
    damage(file, how)
    damaged = file.read_bytes() if file.exists() else None
    with pytest.raises(DatabaseProblem) as failure:
        open_database()
    assert (file.read_bytes() if file.exists() else None) == damaged  # not replaced, not touched, not remade
    for lang in ("en", "es"):
        text = failure.value.message(lang)
        assert str(file) in text and str(good) in text and "trainer restore --latest" in text
    assert failure.value.backup.path == good
    assert cli(["--lang", "es", "backup"]) == 2  # the CLI says what is wrong and how to restore
    assert "trainer restore --latest" in capsys.readouterr().err
    assert cli(["backup", "list"]) == 0
    assert cli(["restore", "--latest"]) == 0
    restored = open_database()
    assert restored.get_setting("mark") == "kept"
    restored.dispose()
    assert list((isolated / "backups").glob("*.damaged")) or how in ("zero", "missing")


def test_a_missing_database_with_no_backups_of_it_is_a_new_database(isolated):
    (isolated / "backups").mkdir(exist_ok=True)
    (isolated / "backups" / "other-20260101-000000000000-daily-daily.sqlite").write_bytes(b"")
    database = open_database()  # another database's backups are not this one's
    assert database.schema_revision() == head_revision()
    database.dispose()


def test_zero_byte_file_on_a_fresh_laptop_is_a_new_database(isolated):
    (isolated / "trainer.sqlite").write_bytes(b"")
    database = open_database()
    assert database.schema_revision() == head_revision()
    database.dispose()


def test_cli_backup_now_list_and_restore_a_file(isolated, capsys):
    open_database(daily_backup=False).dispose()
    assert cli(["backup"]) == 0
    assert "Backup made" in capsys.readouterr().out
    assert cli(["--lang", "es", "backup", "list"]) == 0
    out = capsys.readouterr().out
    assert "evento" in out and ".sqlite" in out
    (item,) = [item for item in list_backups() if item.kind == "event"]
    assert cli(["restore", str(item.path)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert cli(["restore"]) == 2
    assert cli(["restore", str(isolated / "nothing.sqlite")]) == 2


def test_event_backup_before_a_bundle_import_or_certificate_batch(db):
    made = backups.backup_before(db, "bundle-import")
    also = backups.backup_before(db, "certificate-batch")
    assert [(item.kind, item.label) for item in list_backups()] == [
        ("event", "before-certificate-batch"), ("event", "before-bundle-import")]
    assert made.exists() and also.exists()
    assert backups.backup_before(Database("sqlite://"), "bundle-import") is None  # nothing to copy in memory


def test_restoring_the_oldest_backup_survives_the_pruning_of_the_backup_made_first(db):
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('mark', 'oldest')")
    oldest = backups.backup(db, "manual")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE settings SET value='newer' WHERE key='mark'")
    for _ in range(9):
        backups.backup(db, "manual")
    assert len(list_backups()) == 10
    db.dispose()
    backups.restore(db.file, oldest)  # the backup of the current state prunes `oldest` away
    assert not oldest.exists() and len(list_backups()) == 10
    again = Database(f"sqlite:///{db.file}")
    assert again.get_setting("mark") == "oldest"
    again.dispose()


def test_a_damaged_backup_is_not_restored(db, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("noise")
    with pytest.raises(UserError) as failure:
        backups.restore(db.file, bad)
    assert "damaged" in failure.value.message("en") and "dañada" in failure.value.message("es")
    again = Database(f"sqlite:///{db.file}")
    assert again.schema_revision() == head_revision()
    again.dispose()
    assert not list(db.file.parent.glob(".*.restore.tmp"))
