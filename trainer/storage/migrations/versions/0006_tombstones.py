"""Tombstones: deletions of sessions, enrolments and attendance marks travel in bundles.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstones",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_by_id", sa.String(36), nullable=True),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_tombstones_row_id", "tombstones", ["row_id"])


def downgrade() -> None:
    op.drop_index("ix_tombstones_row_id", table_name="tombstones")
    op.drop_table("tombstones")
