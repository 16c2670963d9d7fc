"""what postmortems say: impact phases, remedies, sources, approximate times

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 18:00:00

Format version 2 of the export can say what real postmortems say, and the
record keeps it as state projected from its events: the impact in words
beside the count, the zone the team gave its times in, which times are only
approximate, the impact's phases (an outage, then a partial restoration), the
remedies considered, and the sources the facts come from. Existing records
gain empty values, which is what their events say.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import warroom.store.models

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TIME = warroom.store.models.UTCDateTime(timezone=True)


def _owned(name: str, *columns: sa.Column[object]) -> None:
    """A table of one incident's rows, found by the incident and a uid."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["incident_id"], ["incident.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(f"ix_{name}_incident_id", name, ["incident_id"], unique=False)
    op.create_index(f"uq_{name}_uid", name, ["incident_id", "uid"], unique=True)


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: recreating the incident table would
    # cascade into the append-only timeline that references it.
    op.add_column(
        "incident", sa.Column("impact_extent", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "incident", sa.Column("time_zone", sa.String(length=64), server_default="", nullable=False)
    )
    op.add_column(
        "incident",
        sa.Column("approximate_times", sa.JSON(), server_default="[]", nullable=False),
    )
    _owned(
        "impact_phase",
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("extent", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("started_at", _TIME, nullable=False),
        sa.Column("started_approximate", sa.Boolean(), nullable=False),
        sa.Column("ended_at", _TIME, nullable=True),
        sa.Column("ended_approximate", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
    )
    _owned(
        "remedy",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("considered_by", sa.String(length=200), nullable=False),
        sa.Column("considered_at", _TIME, nullable=False),
        sa.Column("decided_at", _TIME, nullable=True),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
    )
    _owned(
        "source",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", _TIME, nullable=False),
    )


def downgrade() -> None:
    for name in ("source", "remedy", "impact_phase"):
        op.drop_index(f"uq_{name}_uid", table_name=name)
        op.drop_index(f"ix_{name}_incident_id", table_name=name)
        op.drop_table(name)
    for column in ("approximate_times", "time_zone", "impact_extent"):
        op.drop_column("incident", column)
