"""Alembic environment: runs on the connection Trainer hands it, never on its own engine."""

from alembic import context

from trainer.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    # Each migration and its version stamp commit together or not at all: on SQLite too, since the engine
    # issues BEGIN itself (trainer.storage.database), DDL is transactional and a crash rolls it all back.
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
