"""the timeline is append-only in the database itself

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 16:00:00

The app never updates or deletes a timeline event; now the database refuses
to as well. On PostgreSQL a trigger rejects UPDATE, DELETE and TRUNCATE on
``timeline_event`` for every role, and the right to them is revoked from
PUBLIC, so an application role created as in docs/postgresql.md can only read
and append. On SQLite, where whoever can open the file can also drop a
trigger, the triggers still stop an edit made by mistake in a database browser;
``warroom verify`` catches the rest.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_REFUSAL = "the timeline is append-only: events are never changed or removed"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION warroom_timeline_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{_REFUSAL}' USING ERRCODE = 'insufficient_privilege';
            END;
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER timeline_event_append_only BEFORE UPDATE OR DELETE ON timeline_event"
            " FOR EACH ROW EXECUTE FUNCTION warroom_timeline_append_only()"
        )
        op.execute(
            "CREATE TRIGGER timeline_event_no_truncate BEFORE TRUNCATE ON timeline_event"
            " FOR EACH STATEMENT EXECUTE FUNCTION warroom_timeline_append_only()"
        )
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON timeline_event FROM PUBLIC")
        return
    for action in ("update", "delete"):
        op.execute(
            f"CREATE TRIGGER timeline_event_append_only_{action} BEFORE {action.upper()}"
            f" ON timeline_event BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS timeline_event_no_truncate ON timeline_event")
        op.execute("DROP TRIGGER IF EXISTS timeline_event_append_only ON timeline_event")
        op.execute("DROP FUNCTION IF EXISTS warroom_timeline_append_only()")
        return
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS timeline_event_append_only_{action}")
