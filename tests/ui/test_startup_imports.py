"""What the first frame does not wait for: start-up with an incident open imports none of
the report, chart, template, migration, keyring or channel code; and the first frame is
painted before SQLAlchemy, the store, the room or any panel is imported at all."""

from __future__ import annotations

import json
from pathlib import Path

from tests.probe import last_json, run_python
from warroom.app import MODULES_AT_FIRST_FRAME

HEAVY = ("matplotlib", "jinja2", "alembic", "keyring", "smtplib", "markdown_it", "jsonschema")
LATER = (
    "warroom.notify.channels",
    "warroom.ui.channels",
    "warroom.report.render",
    "warroom.report.pdf",
    "warroom.report.charts",
    "warroom.exchange",
)
# A SQLite record needs nothing of PostgreSQL: its dialect alone took 30-50 ms to import.
NOT_ON_SQLITE = ("sqlalchemy.dialects.postgresql", "psycopg", "asyncpg", "pg8000")
# What reads the record: imported once the first frame is on screen, never before.
AFTER_FIRST_FRAME = (
    "sqlalchemy",
    "alembic",
    "warroom.store",
    "warroom.room",
    "warroom.snapshot",
    "warroom.report",
    "warroom.ui.panels",
    "warroom.ui.incident_view",
    "warroom.ui.start_screen",
    "warroom.ui.feed",
)


def test_gui_smoke_with_the_demo_incident_open_imports_nothing_heavy(tmp_path: Path) -> None:
    at_first_frame = tmp_path / "modules.json"
    env = {"QT_QPA_PLATFORM": "offscreen", MODULES_AT_FIRST_FRAME: str(at_first_frame)}
    db = str(tmp_path / "demo.sqlite3")
    run_python("warroom", "demo", "--db", db, env=env, module=True)
    probe = (
        "import gc, json, sys\n"
        "from warroom.cli import main\n"
        f"code = main(['gui', '--smoke', '--db', {db!r}])\n"
        "print(json.dumps([code, sorted(sys.modules), gc.isenabled()]))\n"
    )
    result = run_python(probe, env=env)
    code, modules, collecting = last_json(result)
    assert code == 0
    assert collecting  # paused for start-up only
    assert "first frame painted" in result.stdout
    assert "ready" in result.stdout  # the incident was open and painted
    loaded = set(modules)
    assert not loaded & set(HEAVY)
    assert not [m for m in loaded if m.startswith(LATER)]
    assert not [m for m in loaded if m.startswith(NOT_ON_SQLITE)]
    # The first frame: Qt, the translations, the settings; nothing that reads the record.
    before = json.loads(at_first_frame.read_text())
    assert "PySide6.QtWidgets" in before
    assert "warroom.ui.main_window" in before
    assert [m for m in before if m.startswith(AFTER_FIRST_FRAME)] == []
    assert [m for m in loaded if m.startswith(AFTER_FIRST_FRAME)]  # ...which came after
