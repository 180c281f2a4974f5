"""Moving data between laptops: device keys, participant merges, kept losing versions, session edit times.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as table:
        table.add_column(sa.Column("public_key", sa.String(64), nullable=True))
        table.add_column(sa.Column("key_recorded_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("workshop_sessions") as table:
        table.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.create_table(
        "participant_aliases",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("merged_id", sa.String(36), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("profile", sa.JSON(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by_id", sa.String(36), nullable=True),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_participant_aliases_merged_id", "participant_aliases", ["merged_id"])
    op.create_index("ix_participant_aliases_participant_id", "participant_aliases", ["participant_id"])
    op.create_table(
        "merge_conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.String(36), nullable=True),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_merge_conflicts_row_id", "merge_conflicts", ["row_id"])


def downgrade() -> None:
    op.drop_table("merge_conflicts")
    op.drop_table("participant_aliases")
    with op.batch_alter_table("workshop_sessions") as table:
        table.drop_column("updated_at")
    with op.batch_alter_table("devices") as table:
        table.drop_column("key_recorded_at")
        table.drop_column("public_key")
