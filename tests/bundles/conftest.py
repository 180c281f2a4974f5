"""Simulated laptops for bundle tests: each one its own database, device id and device key.

Laptops made in the same folder have approved each other, as trainers who compared fingerprints have
(docs/trust.md); `trusted=False` makes a laptop nobody approved, such as a participant's own.
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
    approved_groups: dict[str, list[Database]] = {}

    def make(folder, name: str, trusted: bool = True) -> Database:
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
        if trusted:
            group = approved_groups.setdefault(str(folder), [])
            for other in group:
                approve(laptop, other)
                approve(other, laptop)
            group.append(laptop)
        return laptop

    yield make
    if server is not None:
        for schema in schemas:  # one transaction each: dropping them all at once needs too many locks
            with server.engine.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        server.dispose()


def approve(receiver: Database, sender: Database) -> None:
    """A trainer of `receiver` compared `sender`'s fingerprint and approved it (no trainer there yet: no PIN)."""
    from trainer.bundles.keys import device_signing_key, public_key_text
    from trainer.trust import approve_device

    with sender.session() as session:
        name = session.get(Device, sender.device_id()).name
    approve_device(receiver, None, sender.device_id(), name, public_key_text(device_signing_key(sender)))


@pytest.fixture
def laptop(new_laptop, tmp_path):
    opened = []

    def make(name: str, trusted: bool = True) -> Database:
        opened.append(new_laptop(tmp_path, name, trusted))
        return opened[-1]

    yield make
    for database in opened:
        database.dispose()


PASSPHRASE = "café con leche"


def signed_certificate(db: Database, participant_id: str, workshop_id: str | None, code: str = "TRN-7K3Q-M9XA",
                       name: str = "Ana Núñez"):
    """A genuine certificate row, signed by the organization key in this test's data folder."""
    from datetime import date

    from trainer.certificates.keys import signing_key
    from trainer.certificates.statement import Facts, sign
    from trainer.storage.models import Certificate

    key_id, private_key = signing_key("Cámara de Comercio de Guatemala", PASSPHRASE)
    statement = sign(Facts(code=code, name=name, kind="completion", course="Curso de ejemplo", hours=8.0, period=None,
                           place="Antigua, Guatemala", trainer="Rosa Díaz", organization="Cámara de Comercio de Guatemala",
                           issued_on=date(2026, 3, 6), language="es", course_id="example", module_ids=("basics",),
                           key_id=key_id), private_key)
    with db.session() as session:
        session.add(Certificate(code=code, participant_id=participant_id, workshop_id=workshop_id, course_id="example",
                                kind="completion", statement=statement.text, signature=statement.signature,
                                key_id=key_id, origin_device_id=db.device_id()))
    return key_id, private_key
