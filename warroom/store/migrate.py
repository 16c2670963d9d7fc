"""Bring a database to the current schema at start-up.

An existing SQLite file is copied aside before it is upgraded, so a failed or
regretted upgrade never costs the record.
"""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from warroom.core.errors import StorageError
from warroom.core.i18n import _
from warroom.store.engine import sqlite_path

# The newest revision in migrations/versions; a test checks that they agree, so
# start-up can skip importing Alembic when the database is already current.
# Alembic keeps its migration context in module globals: one upgrade at a time per
# process (a background job may open a room while the window opens another).
_ALEMBIC = threading.Lock()
HEAD_REVISION = "0009"
MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            # One cheap query on every start; the inspector only when it fails.
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except (OperationalError, ProgrammingError):
            conn.rollback()
            if inspect(conn).has_table("alembic_version"):
                raise
            return None
        return None if row is None else str(row[0])


def _has_any_table(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def backup_sqlite(path: Path, revision: str | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-from-{revision or 'none'}-{stamp}")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            shutil.copy2(sidecar, target.with_name(target.name + suffix))
    return target


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Upgrade to ``revision``; returns the backup copy made first, if any."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD_REVISION:
        return None

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise StorageError(
            _("this database was written by a newer version of warroom (schema {schema})").format(
                schema=current
            ),
            hint=_("update warroom, or open another database with --db"),
        )
    if current is None and _has_any_table(engine):
        raise StorageError(
            _("this file is a database, but not a warroom record"),
            hint=_("open another file with --db; nothing in this one was changed"),
        )

    with _ALEMBIC:
        return _upgrade(engine, config, current, revision)


def _upgrade(engine: Engine, config: Any, current: str | None, revision: str) -> Path | None:
    from alembic import command

    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and current is not None and path.exists():
        backup = backup_sqlite(path, current)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return backup
