"""search every incident; the service catalogue

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 16:00:00

The search index is built here from the events already stored, with the code
of this version (``search_index.rebuild``); ``warroom search --rebuild-index``
does the same at any later time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import warroom.store.models
from warroom.store import search_index

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalogue_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("oncall", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.Column("depends_on", sa.JSON(), nullable=False),
        sa.Column("updated_at", warroom.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    conn = op.get_bind()
    search_index.create(conn)
    search_index.rebuild(conn)


def downgrade() -> None:
    search_index.drop(op.get_bind())
    op.drop_table("catalogue_service")
