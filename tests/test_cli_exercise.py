"""``warroom exercise check | packet | report``: same conventions as the rest of the CLI."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from tests.exercise import teams
from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.exercise.scenario import builtin_dir, load_scenario
from warroom.room import WarRoom


def test_check_lists_every_error_at_once_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(
        """\
title = "Broken"
summary = "Something breaks."
priority = "Urgent"
duration = "1:00"
[briefing]
lead = "You lead."
[ground_truth]
root_cause = "A cause."
red_herrings = []
good_response = "Good."
[[inject]]
at = "0:05"
to = "comms"
text = "One."
[[inject]]
at = "0:70"
to = "lead"
text = "Two."
""",
        "utf-8",
    )
    assert main(["exercise", "check", str(path)]) == 2
    out = capsys.readouterr().out
    assert "priority must be one of Blocker" in out
    assert "briefing.diagnostician is missing" in out
    assert "inject 1: to must be one of" in out
    assert "inject 2: at must be a time" in out
    assert "4 errors, 0 warnings" in out


def test_check_warns_about_short_windows_idle_roles_and_clock_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (builtin_dir() / "database-crash-customers-unknown.toml").read_text("utf-8")
    text = text.replace("Wednesday, 09:25.", "Wednesday, 09:40.", 1)
    # Without red herrings the scenario still loads: a warning, not an error.
    text = re.sub(r"red_herrings\.en = \[.*?\]\n", "red_herrings = []\n", text, count=1, flags=re.S)
    text = re.sub(r"red_herrings\.(de|ja) = \[.*?\]\n", "", text, flags=re.S)
    path = tmp_path / "db.toml"
    path.write_text(text, "utf-8")
    assert main(["exercise", "check", str(path), "--speed", "20"]) == 0
    out = capsys.readouterr().out
    assert "no red herring" in out
    assert "inject 1: the text opens at 09:40 but the inject arrives at 09:25" in out
    assert "response window lasts 15 seconds at 20×" in out
    assert "0 errors," in out


def test_check_accepts_a_builtin_name_and_rejects_a_silly_speed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["exercise", "check", "warehouse-crashes"]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out
    assert main(["exercise", "check", "warehouse-crashes", "--speed", "99"]) == 2


def test_the_players_packet_holds_no_answer_and_the_handbook_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    scenario = load_scenario(builtin_dir() / "database-crash-customers-unknown.toml")
    assert main(["exercise", "packet", "database-crash-customers-unknown"]) == 0
    players = capsys.readouterr().out
    assert "## Briefing: Diagnostician" in players
    assert scenario.briefing_for("lead")[:60] in players
    for secret in (
        scenario.ground_truth.root_cause[:60],
        scenario.trainer_summary[-60:],
        scenario.injects[2].expect.description[:60] if scenario.injects[2].expect else "",
        scenario.injects[4].data.splitlines()[1] if scenario.injects[4].data else "",
    ):
        assert secret and secret not in players
    key = "database-crash-customers-unknown"
    assert main(["exercise", "packet", key, "--for", "controllers"]) == 0
    handbook = capsys.readouterr().out
    assert scenario.ground_truth.root_cause[:60] in handbook
    assert re.search(r"### Inject \d+: \+1:55 to Incident lead", handbook)
    out = tmp_path / "handbook.pdf"
    assert (
        main(["exercise", "packet", "database-crash-customers-unknown", "--for", "controllers",
              "--format", "pdf", "-o", str(out)])
        == 0
    )  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_scenario_file_from_disk_runs_and_has_its_own_after_action_report(
    tmp_path: Path,
    db_path: Path,
    room: WarRoom,
    clock: SimulatedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = (builtin_dir() / "warehouse-crashes.toml").read_text("utf-8")
    path = tmp_path / "my-billing.toml"
    path.write_text(text.replace('title.en = "Warehouse', 'title.en = "Our depot'), "utf-8")
    assert main(["exercise", "run", str(path), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("Our depot server keeps crashing")

    team = teams.start(room, load_scenario(path), clock)
    teams.good(team)
    team.advance(10)
    path.unlink()  # the record keeps the scenario's text
    assert main(["exercise", "report", str(team.incident), "--db", str(db_path)]) == 0
    report = capsys.readouterr().out
    assert "# After-action report: Our depot server keeps crashing" in report
    assert "my-billing.toml, SHA-256" in report
    for fmt in ("html", "pdf", "csv"):
        out = tmp_path / f"aar.{fmt}"
        args = ["exercise", "report", str(team.incident), "--format", fmt, "-o", str(out)]
        assert main([*args, "--db", str(db_path)]) == 0
        assert out.stat().st_size > 0
    assert (tmp_path / "aar.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "aar.csv").read_text("utf-8-sig").startswith("exercise,objective,")


def test_report_of_a_real_incident_or_an_unknown_one_is_the_users_error(
    db_path: Path, incident: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["exercise", "report", str(incident), "--db", str(db_path)]) == 2
    assert "was not run as an exercise" in capsys.readouterr().err
    assert main(["exercise", "report", "999", "--db", str(db_path)]) == 2


def test_the_report_reads_the_exercise_clock_not_the_wall_clock(
    tmp_path: Path, db_path: Path, room: WarRoom, clock: SimulatedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    team = teams.start(room, load_scenario(builtin_dir() / "reconciliation-crash.toml"), clock)
    team.advance(20)
    team.run.pause()
    clock.advance(timedelta(hours=5))  # the wall clock runs on; the story stands still
    assert main(["exercise", "report", str(team.incident), "--db", str(db_path)]) == 0
    assert "| Ran for (simulated) | 20 min |" in capsys.readouterr().out
