"""Opening the database: durable SQLite by default, any SQLAlchemy URL, migrations with a backup first.

Every operation uses `db.session()`: one session, committed as a unit or
rolled back as a unit, so a failed import or merge leaves nothing half-done.
"""

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from trainer.paths import database_url
from trainer.storage.models import Device, Setting

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL with synchronous=FULL: a commit that returned survives a power cut."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """BEGIN issued by Trainer itself on a connection running migrations (see `Database._transactional_ddl`)."""
    if connection.info.get(_TRANSACTIONAL_DDL):
        connection.exec_driver_sql("BEGIN")


_TRANSACTIONAL_DDL = "trainer.transactional_ddl"


class Database:
    def __init__(self, url: str | None = None):
        self.url = make_url(url or database_url())
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        options = {}
        if self.is_sqlite:
            if self.file:
                self.file.parent.mkdir(parents=True, exist_ok=True)
            options["connect_args"] = {"check_same_thread": False}
        self.engine = create_engine(self.url, **options)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._device_id: str | None = None

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None for an in-memory or server database."""
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return Path(self.url.database)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _alembic_config(self, connection):
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        return config

    def schema_revision(self) -> str | None:
        from alembic.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def migrate(self, revision: str = "head") -> Path | None:
        """Bring the schema to `revision`; back up an existing SQLite file first. Returns the backup."""
        if revision == "head" and self._stored_revision() == head_revision():
            return None  # the usual start-up: nothing to do, and no need to import Alembic (0.2 s)
        from alembic import command
        from alembic.script import ScriptDirectory

        with self.engine.connect() as connection, self._transactional_ddl(connection):
            config = self._alembic_config(connection)
            target = ScriptDirectory.from_config(config).get_revision(revision).revision
            current = self.schema_revision()
            if current == target:
                return None
            backup = self._backup_before_upgrade(current, target) if current is not None else None
            try:
                command.upgrade(config, revision)
                connection.commit()
            except Exception as error:
                connection.rollback()
                if backup is None or self.file is None:
                    raise
                from trainer.storage.backups import DatabaseProblem, backup_info

                raise DatabaseProblem("upgrade-failed", self.file, backup_info(backup), str(error).splitlines()[0]) \
                    from error
        return backup

    @contextmanager
    def _transactional_ddl(self, connection) -> Iterator[None]:
        """On SQLite, make CREATE/ALTER/DROP part of the transaction, so a migration commits whole or not at all.

        pysqlite's implicit transaction handling commits before DDL, so a crash half-way would leave half a new
        schema. SQLAlchemy's recipe: the driver in autocommit mode, and BEGIN issued by us (`_sqlite_begin`).
        Only this connection, and only while migrating: the app's own sessions keep the driver's behaviour."""
        if not self.is_sqlite:
            yield
            return
        driver = connection.connection.driver_connection
        driver.isolation_level = None  # nothing has run on this connection yet: no transaction to commit
        connection.info[_TRANSACTIONAL_DDL] = True
        try:
            yield
        finally:
            connection.info.pop(_TRANSACTIONAL_DDL, None)
            if connection.in_transaction():
                connection.rollback()
            driver.isolation_level = ""  # pysqlite's default again before the connection goes back to the pool

    def _backup_before_upgrade(self, current: str, target: str) -> Path | None:
        """A checked backup before upgrading; a start-up that fails again and again reuses one made within the
        hour of the same revision instead of filling the folder."""
        from trainer.storage import backups

        if self.file is None or not self.file.exists():
            return None
        label = f"before-{target}"
        reused = backups.recent_backup(label, current)
        return reused.path if reused is not None else backups.backup_file(self.file, label, "event")

    def _stored_revision(self) -> str | None:
        from sqlalchemy import inspect, text

        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def backup(self, label: str, kind: str = "event") -> Path | None:
        """A consistent, checked copy of the SQLite file (see trainer.storage.backups); None for a server."""
        from trainer.storage.backups import backup_file

        if self.file is None or not self.file.exists():
            return None
        return backup_file(self.file, label, kind)

    def quick_check(self) -> None:
        """PRAGMA quick_check: raise DatabaseProblem (naming the latest good backup) when the file is damaged."""
        from sqlalchemy.exc import DBAPIError

        from trainer.storage.backups import DatabaseProblem, latest_backup

        if self.file is None:
            return
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
            problem = None if [tuple(row) for row in rows] == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])
        except DBAPIError as error:
            problem = str(error.orig).splitlines()[0] if error.orig is not None else str(error)
        if problem is not None:
            self.dispose()
            raise DatabaseProblem("damaged", self.file, latest_backup(), problem)

    def device_id(self) -> str:
        """This installation's device id, created on first use and then fixed for ever."""
        if self._device_id is None:
            with self.session() as session:
                setting = session.get(Setting, "device_id")
                if setting is None:
                    device = Device(name=socket.gethostname()[:200] or "device")
                    session.add(device)
                    session.flush()
                    setting = Setting(key="device_id", value=device.id)
                    session.add(setting)
                self._device_id = setting.value
        return self._device_id

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.session() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == key))
            return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(Setting(key=key, value=value))

    def dispose(self) -> None:
        self.engine.dispose()


def head_revision() -> str:
    """The newest migration, read from the migration files themselves (the one that no other revises)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r'^revision = "([^"]+)"', text, re.MULTILINE)
        parent = re.search(r'^down_revision = "([^"]+)"', text, re.MULTILINE)
        if revision:
            revisions.add(revision.group(1))
        if parent:
            parents.add(parent.group(1))
    (head,) = revisions - parents
    return head


def open_database(url: str | None = None, daily_backup: bool = True, quick_check: bool = True) -> Database:
    """The database at `url` (default: TRAINER_DATABASE_URL or the embedded file), checked and migrated to the
    latest schema, with the day's backup made on the first start of the day.

    A damaged file, a 0-byte file where data existed or a file that is not SQLite is never replaced by a new
    empty database: DatabaseProblem (a UserError) names it and the latest good backup. `quick_check` reads the
    whole file (about 3 ms per MB): the app does it at every start, off the GUI thread; one CLI command skips it."""
    from trainer.storage import backups

    database = Database(url)
    if database.file is not None:
        backups.remove_stale_temporary_files(database.file)
        try:
            backups.check_file(database.file)
            if quick_check:
                database.quick_check()
        except BaseException:
            database.dispose()
            raise
    try:
        database.migrate()
        if daily_backup:
            backups.daily_backup_if_due(database)
    except DatabaseError as error:  # damage met without the full check: name it, and the backup to restore
        database.quick_check()
        database.dispose()
        raise backups.DatabaseProblem("damaged", database.file, backups.latest_backup(),
                                      str(error.orig or error).splitlines()[0]) from error
    except BaseException:
        database.dispose()
        raise
    return database
