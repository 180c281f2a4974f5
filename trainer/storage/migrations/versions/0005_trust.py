"""Trust: roles and PINs move to local accounts (they never travel), device approval, signed revocations.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("participant_id", sa.String(36), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=True),
        sa.Column("failed_tries", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("granted_by_id", sa.String(36), nullable=True),
        sa.Column("granted_at", sa.DateTime(), nullable=True),
    )
    # Roles held before this version were chosen, not granted: they are kept (the people who ran this laptop
    # keep running it), and from now on only a trainer or organizer can grant one.
    op.execute("INSERT INTO accounts (participant_id, role, pin_hash, failed_tries) "
               "SELECT id, role, pin_hash, 0 FROM participants WHERE role != 'participant' OR pin_hash IS NOT NULL")
    op.create_table(
        "trust_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(36), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    with op.batch_alter_table("participants", recreate="never") as table:
        table.drop_column("role")
        table.drop_column("pin_hash")
    with op.batch_alter_table("devices", recreate="never") as table:
        table.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))
        table.add_column(sa.Column("approved_by_id", sa.String(36), nullable=True))
    with op.batch_alter_table("certificates", recreate="never") as table:
        table.add_column(sa.Column("revocation_signature", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("certificates", recreate="never") as table:
        table.drop_column("revocation_signature")
    with op.batch_alter_table("devices", recreate="never") as table:
        table.drop_column("approved_by_id")
        table.drop_column("approved_at")
    with op.batch_alter_table("participants", recreate="never") as table:
        table.add_column(sa.Column("role", sa.String(16), nullable=False, server_default="participant"))
        table.add_column(sa.Column("pin_hash", sa.String(200), nullable=True))
    op.execute("UPDATE participants SET role = (SELECT role FROM accounts WHERE participant_id = participants.id), "
               "pin_hash = (SELECT pin_hash FROM accounts WHERE participant_id = participants.id) "
               "WHERE id IN (SELECT participant_id FROM accounts)")
    op.drop_table("trust_events")
    op.drop_table("accounts")
