"""The record of a funded programme must survive upgrades and power cuts."""

import sqlite3

import pytest
from sqlalchemy import select

from trainer.storage.database import Database, head_revision, open_database
from trainer.storage.models import Account, Base, LessonCompletion, Participant, QuizAnswer, QuizAttempt, fact_id


def test_upgrade_from_first_migration_keeps_every_row_and_backs_up_first(tmp_path, isolated):
    path = tmp_path / "old.sqlite"
    old = Database(f"sqlite:///{path}")
    old.migrate("0001")
    assert old.schema_revision() == "0001"
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO participants (id, origin_device_id, name, organization, sector, country, sex, email, language,"
            " role, pin_hash, created_at, updated_at) VALUES ('p1', 'd1', 'Ana Núñez', 'Coop', 'private', 'GT', 'female',"
            " NULL, 'es', 'trainer', 'scrypt$16384$8$1$c2FsdA==$ZGlnZXN0', '2026-01-05 10:00:00', '2026-01-05 10:00:00')")
        connection.exec_driver_sql(
            "INSERT INTO lesson_completions VALUES ('c1', 'p1', 'example', 'welcome', '2026-01-05 10:30:00', 'd1')")
        connection.exec_driver_sql(
            "INSERT INTO quiz_attempts VALUES ('a1', 'p1', 'example', '1.0.0', 'basics', 'basics-quiz', 'app',"
            " '2026-01-05 11:00:00', '2026-01-05 11:10:00', 80.0, 1, 'd1')")
        connection.exec_driver_sql(
            "INSERT INTO quiz_answers VALUES ('q1', 'a1', 'who-ships', '\"shop\"', 1.0, '2026-01-05 11:01:00')")
    old.dispose()

    upgraded = Database(f"sqlite:///{path}")
    backup = upgraded.migrate()
    assert upgraded.schema_revision() == head_revision()
    assert backup is not None and backup.parent == isolated / "backups" and f"before-{head_revision()}" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM participants").fetchall() == [("Ana Núñez",)]
    copy.close()
    with upgraded.session() as session:
        person = session.get(Participant, "p1")
        assert (person.name, person.country, person.sex) == ("Ana Núñez", "GT", "female")
        account = session.get(Account, "p1")  # a role and PIN held before 0005 stay, now local to this laptop
        assert (account.role, account.pin_hash) == ("trainer", "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0")
        assert session.get(LessonCompletion, "c1").lesson_id == "welcome"
        attempt = session.get(QuizAttempt, "a1")
        assert (attempt.score, attempt.passed) == (80.0, True)
        assert session.get(QuizAnswer, "q1").response == "shop"
    upgraded.dispose()


def test_migrations_build_exactly_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_sqlite_is_durable(db):
    if not db.is_sqlite:
        pytest.skip("a server database keeps its own durability settings")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_failed_operation_changes_nothing(db):
    with pytest.raises(RuntimeError):
        with db.session() as session:
            session.add(Participant(id="p1", origin_device_id="d", name="Half saved", organization="", sector="other",
                                    country="", language="es"))
            session.flush()
            raise RuntimeError("power cut in the middle")
    with db.session() as session:
        assert session.scalars(select(Participant)).all() == []


def test_default_database_lives_in_trainer_home(isolated):
    database = open_database()
    assert database.file == isolated / "trainer.sqlite"
    assert database.migrate() is None  # already current: no second backup
    database.dispose()


def test_database_url_can_point_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_DATABASE_URL", f"sqlite:///{tmp_path / 'office.sqlite'}")
    database = open_database()
    assert database.file == tmp_path / "office.sqlite" and database.file.exists()
    database.dispose()


def test_device_id_is_created_once(db):
    first = db.device_id()
    db._device_id = None
    assert db.device_id() == first


def test_fact_ids_are_the_same_on_every_laptop():
    assert fact_id("lesson", "p1", "course", "l1") == fact_id("lesson", "p1", "course", "l1")
    assert fact_id("lesson", "p1", "course", "l1") != fact_id("lesson", "p1", "course", "l2")


def test_head_revision_read_from_files_matches_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from trainer.storage.database import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()
