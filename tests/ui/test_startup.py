"""Start-up: `warroom gui --smoke` paints and exits; heavy modules stay out of the way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.probe import last_json, run_python

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "warroom", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_smoke_paints_the_window_with_the_demo_incident_and_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite3"
    assert run("demo", db=db).returncode == 0
    result = run("gui", "--smoke", db=db)
    assert result.returncode == 0, result.stderr
    assert "start-up to painted window:" in result.stdout


def test_smoke_on_a_damaged_database_says_so(tmp_path: Path) -> None:
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(b"\x00" * 4096)
    result = run("gui", "--smoke", db=db)
    assert result.returncode == 2
    assert "damaged or is not a warroom database" in result.stderr
    assert "Traceback" not in result.stderr


def test_heavy_modules_are_not_imported_at_start_up(tmp_path: Path) -> None:
    db = tmp_path / "light.sqlite3"
    assert run("list", db=db).returncode == 0  # creates and migrates the file first
    probe = (
        "import sys, json\n"
        "from warroom.app import make_application\n"
        "from warroom.room import WarRoom\n"
        "from warroom.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        f"room = WarRoom.open({str(db)!r})\n"
        "w = MainWindow(room); w.show(); app.processEvents(); w.close(); room.close()\n"
        "print(json.dumps(sorted(m for m in sys.modules if '.' not in m)))\n"
    )
    loaded = set(last_json(run_python(probe, env={"QT_QPA_PLATFORM": "offscreen"})))
    assert not loaded & {"matplotlib", "jinja2", "jsonschema", "keyring", "alembic", "smtplib"}


def test_smoke_with_wall_display_and_a_role(tmp_path: Path) -> None:
    db = tmp_path / "wall.sqlite3"
    assert run("demo", db=db).returncode == 0
    result = run("gui", "--smoke", "--wall", "--role", "communicator", db=db)
    assert result.returncode == 0, result.stderr
    assert "start-up to painted window:" in result.stdout
