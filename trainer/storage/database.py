"""Opening the database: durable SQLite by default, any SQLAlchemy URL, migrations with a backup first.

Every operation uses `db.session()`: one session, committed as a unit or
rolled back as a unit, so a failed import or merge leaves nothing half-done.
"""

import re
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from trainer.paths import backups_dir, database_url
from trainer.storage.models import Device, Setting, utc_now

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL with synchronous=FULL: a commit that returned survives a power cut."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


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

        with self.engine.connect() as connection:
            config = self._alembic_config(connection)
            target = ScriptDirectory.from_config(config).get_revision(revision).revision
            current = self.schema_revision()
            if current == target:
                return None
            backup = self.backup(f"before-{target}") if current is not None else None
            command.upgrade(config, revision)
            connection.commit()
        return backup

    def _stored_revision(self) -> str | None:
        from sqlalchemy import inspect, text

        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def backup(self, label: str) -> Path | None:
        """A consistent copy of the SQLite file (the online backup API copies WAL content too)."""
        if self.file is None or not self.file.exists():
            return None
        target = backups_dir() / f"{self.file.stem}-{utc_now():%Y%m%d-%H%M%S}-{label}.sqlite"
        source = sqlite3.connect(self.file)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return target

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


def open_database(url: str | None = None) -> Database:
    """The database at `url` (default: TRAINER_DATABASE_URL or the embedded file), migrated to the latest schema."""
    database = Database(url)
    database.migrate()
    return database
