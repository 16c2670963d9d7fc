"""Shared rooms on PostgreSQL: setting one up, and joining one without a password in sight.

``init_room`` creates (or upgrades) the schema as the owner and an
application role for the seats with only the rights the app needs: read
everything, change the state tables, append to the timeline, never change or
remove an event. ``with_stored_password`` completes a room's address with the
password kept in the system keyring, so the password is never in the
address people type, the settings, a log or a crash log. Recent rooms are
remembered by address only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from warroom.core.clock import SystemClock
from warroom.core.errors import InvalidInput, StorageError
from warroom.core.i18n import _
from warroom.core.redact import redact, remember_secret
from warroom.store.repository import Store

SEAT_ROLE = "warroom_seat"
# The state tables a seat changes; the timeline is only ever appended to.
STATE_TABLES = (
    "incident",
    "person",
    "role_assignment",
    "checklist_item",
    "spec_line",
    "hypothesis",
    "fix_attempt",
    "information_request",
    "status_update",
    "action",
    "root_cause",
)
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def seat_role_statements(role: str, database: str) -> list[str]:
    """The SQL that gives the seats' role exactly what the app needs (docs/postgresql.md)."""
    for name in (role, database):
        if not _IDENTIFIER.match(name):
            raise InvalidInput(
                _("{name!r} cannot be used as a PostgreSQL name here").format(name=name),
                hint=_("use lower-case letters, digits and underscores"),
            )
    # The search index and the catalogue are written by every seat too.
    tables = ", ".join((*STATE_TABLES, "search_text", "catalogue_service"))
    return [
        f"CREATE ROLE {role} LOGIN",
        f"GRANT CONNECT ON DATABASE {database} TO {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {role}",
        f"GRANT INSERT ON timeline_event TO {role}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]


@dataclass(frozen=True)
class Room:
    """A room set up: the address every seat joins with (no password in it)."""

    seat_url: str
    role_created: bool


def init_room(owner_url: str, *, role: str = SEAT_ROLE, password: str | None = None) -> Room:
    """Create or upgrade the schema as the owner, and the seats' application role."""
    url = make_url(owner_url)
    if url.get_backend_name() != "postgresql":
        raise InvalidInput(
            _("a shared room lives on PostgreSQL"),
            hint=_("give an address such as postgresql+psycopg://owner@dbhost/warroom"),
        )
    Store.open(owner_url, SystemClock()).close()  # migrations run as the owner
    engine = create_engine(owner_url)
    try:
        with engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
            ).first()
            statements = seat_role_statements(role, url.database or "")
            if exists:
                statements = statements[1:]  # the role is there: renew its rights only
            for statement in statements:
                conn.execute(text(statement))
            if password:
                # A parameter cannot stand in ALTER ROLE; quote it as a literal instead.
                literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
                conn.execute(text(f"ALTER ROLE {role} PASSWORD {literal}"))
    except DBAPIError as exc:
        raise StorageError(
            redact(
                _("the room could not be set up: {reason}").format(reason=getattr(exc, "orig", exc))
            ),
            hint=_("connect as the database's owner (who may create roles), or ask your DBA"),
        ) from None
    finally:
        engine.dispose()
    seat_url = url.set(username=role, password=None).render_as_string(hide_password=True)
    return Room(seat_url=seat_url, role_created=not exists)


def secret_key(url: URL) -> str:
    """The keyring entry of a room's password: who, where, which database."""
    return f"database:{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def with_stored_password(db: str) -> str:
    """``db`` with the room's password from the keyring, if it has none and one is stored."""
    if "://" not in db:
        return db
    url = make_url(db)
    if url.get_backend_name() != "postgresql":
        return db
    if url.password:
        remember_secret(str(url.password))
        return db
    from warroom.notify.secrets import SecretStoreUnavailable, load_secret

    try:
        password = load_secret(secret_key(url))
    except SecretStoreUnavailable:
        return db  # the server may trust this seat, or say plainly that it does not
    if password is None:
        return db
    remember_secret(password)
    return url.set(password=password).render_as_string(hide_password=False)


def store_password(db: str, password: str) -> str:
    """Keep the room's password in the keyring; the address to remember, without it."""
    from warroom.notify.secrets import store_secret

    url = make_url(db)
    store_secret(secret_key(url), password)
    remember_secret(password)
    return url.set(password=None).render_as_string(hide_password=True)
