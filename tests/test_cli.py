"""The command-line contract that scripts rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warroom.cli import main
from warroom.store.engine import default_db_path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_then_list_as_table_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["list", "--db", db]) == 0
    assert "No incidents yet" in capsys.readouterr().out
    assert main(["demo", "--db", db]) == 0
    incident_id = int(capsys.readouterr().out.strip())
    assert main(["list", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "PRIORITY" in table
    assert f"{incident_id:>4}" in table
    assert main(["list", "--db", db, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == incident_id
    assert row["events"] > 50
    assert row["active"] is False


def test_environment_variable_and_default_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert default_db_path().exists()  # under this test's own platformdirs folder
    env_db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("WARROOM_DB", str(env_db))
    assert main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert env_db.exists()


def test_unknown_incident_export_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "7", "--format", "json", "--db", str(tmp_path / "x.sqlite3")])
    assert code == 2
    err = capsys.readouterr().err
    assert "there is no incident #7" in err


def test_export_to_an_impossible_place_says_so_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.sqlite3")
    assert main(["demo", "--db", db]) == 0
    incident_id = capsys.readouterr().out.strip()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code = main(
        ["export", incident_id, "--format", "json", "-o", str(blocker / "out.json"), "--db", db]
    )
    assert code == 2
    assert "cannot write" in capsys.readouterr().err


def test_a_bad_database_url_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--db", "nosuchdialect://x"]) == 2
    assert "warroom:" in capsys.readouterr().err


def test_a_bug_goes_to_the_crash_log_not_the_users_face(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    import warroom.cli

    def explode(*_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(warroom.cli, "cmd_list", explode)
    assert main(["list"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "unexpected problem" in err
    logs = list((isolated_home / "state").rglob("crash-*.log"))
    assert len(logs) == 1
    assert "ZeroDivisionError: a bug" in logs[0].read_text()
    assert str(logs[0]) in err


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WARROOM_DB": str(tmp_path / "e.sqlite3")}
    result = subprocess.run(
        [sys.executable, "-m", "warroom", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_exercise_list_and_dry_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercise", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 5
    assert any(line.startswith("warehouse-crashes") for line in listing)
    assert main(["exercise", "run", "warehouse-crashes", "--speed", "10", "--dry-run"]) == 0
    schedule = capsys.readouterr().out
    assert "+ 0:05 (wall clock +00:30)" in schedule
    assert main(["exercise", "run", "nope"]) == 2
    assert "unknown scenario 'nope'" in capsys.readouterr().err
    assert main(["exercise", "run", "warehouse-crashes", "--speed", "50"]) == 2
    assert "out of range" in capsys.readouterr().err
