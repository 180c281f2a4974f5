"""Every test runs offscreen, offline, and on its own data directory, never the user's."""

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_COURSE = REPO / "courses" / "example"
_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
        return _real_connect(self, address)
    raise RuntimeError(f"tests must not reach the network (tried {address!r})")


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("trainer-home")
    monkeypatch.setenv("TRAINER_HOME", str(home))
    monkeypatch.setenv("TRAINER_LANG", "en")
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRAINER_COURSES", raising=False)
    monkeypatch.setenv("TRAINER_EXPORTS", str(home / "exports"))
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    # A PIN hash costs 0.4 s by design (bench/trust.py); tests keep the scheme and cut the cost.
    monkeypatch.setattr("trainer.people.pins.SCRYPT_N", 2**10)
    monkeypatch.setattr("trainer.certificates.keys.KEY_SCRYPT_N", 2**10)  # the same for the signing key's wrapping
    yield home


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """A migrated SQLite file made once; each test gets a copy (migrating takes a while)."""
    from trainer.storage.database import Database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = Database(f"sqlite:///{path}")
    database.migrate()
    database.dispose()
    return path


@pytest.fixture
def db(_template_db, tmp_path):
    """A fresh database: a copy of the migrated SQLite file, or TRAINER_TEST_DATABASE_URL when set."""
    from trainer.storage.database import Database

    url = os.environ.get("TRAINER_TEST_DATABASE_URL")
    if url:
        from trainer.storage.models import Base

        database = Database(url)
        Base.metadata.drop_all(database.engine)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        database.migrate()
    else:
        path = tmp_path / "trainer.sqlite"
        shutil.copy(_template_db, path)
        database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def example_course():
    from trainer.courses.loader import load_course

    load = load_course(EXAMPLE_COURSE)
    assert load.available, [p.describe() for p in load.problems]
    return load.course


@pytest.fixture
def course_copy(tmp_path):
    """A writable copy of the example course, for tests that break it on purpose."""
    target = tmp_path / "courses" / "example"
    shutil.copytree(EXAMPLE_COURSE, target)
    return target
