"""Workshops, their sessions, enrollments and attendance with its change history.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("course_id", sa.String(64), nullable=False),
        sa.Column("module_ids", sa.JSON(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("attendance_threshold", sa.Integer(), nullable=False),
        sa.Column("trainer_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "workshop_sessions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
    )
    op.create_index("ix_workshop_sessions_workshop_id", "workshop_sessions", ["workshop_id"])
    op.create_table(
        "enrollments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
        sa.UniqueConstraint("workshop_id", "participant_id"),
    )
    op.create_index("ix_enrollments_workshop_id", "enrollments", ["workshop_id"])
    op.create_index("ix_enrollments_participant_id", "enrollments", ["participant_id"])
    op.create_table(
        "attendance",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("workshop_sessions.id"), nullable=False),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("marked_by_id", sa.String(36), nullable=True),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
        sa.UniqueConstraint("session_id", "participant_id"),
    )
    op.create_index("ix_attendance_session_id", "attendance", ["session_id"])
    op.create_index("ix_attendance_participant_id", "attendance", ["participant_id"])
    op.create_table(
        "attendance_changes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("attendance_id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("changed_by_id", sa.String(36), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_attendance_changes_attendance_id", "attendance_changes", ["attendance_id"])


def downgrade() -> None:
    for table in ("attendance_changes", "attendance", "enrollments", "workshop_sessions", "workshops"):
        op.drop_table(table)
