"""entries found by their kind through an index; no index on the events' incident alone

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 11:00:00

The lead's decisions and next steps (and the timeline's kind filters) read an
incident's entries of a kind: without an index that was a scan of every event
through ``json_extract`` (0.2 s at 100,000 events). The index holds only the
entries that are not notes, so an append of a note writes no page of it; and
``ix_timeline_event_incident_id`` goes, because ``uq_event_number`` begins
with the same column: one page fewer written and synced at every append.
The expressions are the ones ``warroom.store.models.EntryKindOf`` renders.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_KIND = {
    # never raises on a payload that is not JSON (a damaged record still upgrades)
    "sqlite": "CASE WHEN json_valid(payload) THEN json_extract(payload, '$.entry') END",
    "postgresql": "(payload ->> 'entry')",
}


def upgrade() -> None:
    kind = _KIND[op.get_bind().dialect.name]
    op.drop_index("ix_timeline_event_incident_id", table_name="timeline_event")
    op.execute(
        sa.text(
            f"CREATE INDEX ix_timeline_event_entry ON timeline_event"
            f" (incident_id, kind, {kind}, number) WHERE {kind} != 'note'"
        )
    )


def downgrade() -> None:
    op.drop_index("ix_timeline_event_entry", table_name="timeline_event")
    op.create_index(
        "ix_timeline_event_incident_id", "timeline_event", ["incident_id"], unique=False
    )
