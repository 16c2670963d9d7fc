"""the version a seat's edit is based on

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 16:30:00

Every state row a seat can edit (and each editable aspect of the incident:
priority, status, business impact) records the number of the event that last
changed it. A change based on an older version is refused, so two seats never
overwrite each other without a word. Existing records get their versions by
replaying their events, the same way the projection sets them from now on.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_VERSIONED = (
    "checklist_item",
    "spec_line",
    "hypothesis",
    "fix_attempt",
    "information_request",
    "action",
    "root_cause",
)
_INCIDENT = ("priority_version", "status_version", "impact_version")


def _column(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), server_default="0", nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        for name in _INCIDENT:
            batch.add_column(_column(name))
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(_column("version"))
    _backfill()


def _backfill() -> None:
    # The replay is the projection's own: the versions are what the events say.
    from warroom.store.integrity import check_chain, read_events, replay
    from warroom.store.models import Incident
    from warroom.store.projection import UnknownEvent

    session = Session(bind=op.get_bind())
    rows = session.execute(
        sa.text("SELECT id, uid, declared_at, head_number, head_hash FROM incident")
    )
    for incident_id, uid, declared_at, head_number, head_hash in rows.all():
        incident = Incident(id=incident_id, uid=uid, head_number=head_number, head_hash=head_hash)
        incident.declared_at = _aware(declared_at)
        events, unreadable = read_events(session, incident_id)
        if unreadable is not None or check_chain(incident, events) is not None:
            continue  # a broken record keeps zeros; verify names its break
        try:
            state = replay(incident, events).state
        except UnknownEvent:
            continue
        for (table, key), values in state.items():
            if table == "incident":
                op.get_bind().execute(
                    sa.text(
                        "UPDATE incident SET priority_version = :p, status_version = :s,"
                        " impact_version = :i WHERE id = :id"
                    ),
                    {
                        "p": values["priority_version"],
                        "s": values["status_version"],
                        "i": values["impact_version"],
                        "id": incident_id,
                    },
                )
            elif table in _VERSIONED:
                where = {"spec_line": "dimension = :key", "root_cause": "1 = 1"}.get(
                    table, "uid = :key"
                )
                op.get_bind().execute(
                    sa.text(f"UPDATE {table} SET version = :v WHERE incident_id = :id AND {where}"),
                    {"v": values["version"], "id": incident_id, "key": key},
                )
    session.expunge_all()


def _aware(value: object) -> datetime:
    # Read by plain SQL: SQLite gives naive UTC text, PostgreSQL an aware datetime.
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def downgrade() -> None:
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
    with op.batch_alter_table("incident") as batch:
        for name in _INCIDENT:
            batch.drop_column(name)
