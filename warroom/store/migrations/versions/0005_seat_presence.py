"""who is in the room now

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import warroom.store.models

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seat_presence",
        sa.Column("seat", sa.String(length=100), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("joined_at", warroom.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", warroom.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incident.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("seat"),
    )
    with op.batch_alter_table("seat_presence") as batch:
        batch.create_index(batch.f("ix_seat_presence_incident_id"), ["incident_id"], unique=False)


def downgrade() -> None:
    op.drop_table("seat_presence")
