"""Simulated laptops for bundle tests: each one its own database, device id and device key.

On SQLite each laptop is a copy of the migrated template file; with
TRAINER_TEST_DATABASE_URL set (PostgreSQL), each laptop is its own schema on
that server, migrated like a real one.
"""

import os
import shutil
import uuid

import pytest
from sqlalchemy import select

from trainer.bundles.rows import TABLES, encode_row
from trainer.storage.database import Database
from trainer.storage.models import Device


def snapshot(db: Database) -> dict[str, list]:
    """Every row that travels, as canonical JSON, sorted: two databases hold the same data iff snapshots are equal."""
    with db.session() as session:
        return {name: sorted((encode_row(table, row) for row in session.execute(select(table)).mappings()),
                             key=lambda row: row["id"]) for name, table in TABLES.items()}


@pytest.fixture(scope="session")
def new_laptop(_template_db):
    """`new_laptop(folder, name)`: a fresh laptop database whose device is called `name` (dispose it after use)."""
    url = os.environ.get("TRAINER_TEST_DATABASE_URL")
    server = Database(url) if url else None
    schemas = []

    def make(folder, name: str) -> Database:
        if server is None:
            path = folder / f"{name}-{uuid.uuid4().hex[:8]}.sqlite"
            shutil.copy(_template_db, path)
            laptop = Database(f"sqlite:///{path}")
        else:
            schema = f"laptop_{uuid.uuid4().hex[:12]}"
            with server.engine.begin() as connection:
                connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
            schemas.append(schema)
            laptop = Database(server.url.update_query_dict({"options": f"-csearch_path={schema}"}))
            laptop.migrate()
        with laptop.session() as session:
            session.get(Device, laptop.device_id()).name = name
        return laptop

    yield make
    if server is not None:
        for schema in schemas:  # one transaction each: dropping them all at once needs too many locks
            with server.engine.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        server.dispose()


@pytest.fixture
def laptop(new_laptop, tmp_path):
    opened = []

    def make(name: str) -> Database:
        opened.append(new_laptop(tmp_path, name))
        return opened[-1]

    yield make
    for database in opened:
        database.dispose()
