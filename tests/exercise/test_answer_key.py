"""The answer key travels only with the trainer: the scenario file an exercise ran is kept
apart from the timeline, named there by its SHA-256, and exported only on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exercise import teams
from tests.exercise.test_engine import SMALL, _to
from warroom import exchange
from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.core.vocabulary import EventKind
from warroom.exercise.after_action import build_after_action
from warroom.exercise.engine import ExerciseRun
from warroom.exercise.record import load_exercise
from warroom.exercise.scenario import Scenario, find_scenario, load_scenario
from warroom.room import WarRoom
from warroom.store import scenarios


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "slow-invoices.toml"
    path.write_text(SMALL, "utf-8")
    return path


def _secrets(scenario: Scenario) -> list[str]:
    return [
        scenario.trainer_summary[-50:],
        scenario.ground_truth.root_cause[:50],
        scenario.ground_truth.good_response[:50],
        *(i.expect.description[:50] for i in scenario.expectations if i.expect),
    ]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _export(db_path: Path, incident: int, tmp_path: Path, *flags: str) -> Path:
    out = tmp_path / f"export{''.join(flags)}.json"
    code = main(
        [
            "export",
            str(incident),
            "--format",
            "json",
            "-o",
            str(out),
            *flags,
            "--db",
            str(db_path),
        ]
    )
    assert code == 0
    return out


def test_a_json_export_carries_no_answer_key_unless_asked(
    room: WarRoom, clock: SimulatedClock, tmp_path: Path, db_path: Path
) -> None:
    team = teams.start(room, find_scenario("reconciliation-crash"), clock)
    _to(team.run, clock, 30)
    scenario = team.run.scenario
    secrets = _secrets(scenario)
    assert len(secrets) > 4

    players = _export(db_path, team.incident, tmp_path).read_text("utf-8")
    document = json.loads(players)
    every_text = "\n".join(_strings(document))  # as a reader of the file sees it, unescaped
    assert team.run.scenario.injects[0].text[:50] in every_text
    for secret in secrets:
        assert secret not in every_text, secret
    [started] = [e for e in document["timeline"] if e["kind"] == EventKind.EXERCISE_STARTED]
    assert started["payload"]["sha256"] == scenarios.digest(scenario.text)
    assert "scenarios" not in document

    trainers = _export(db_path, team.incident, tmp_path, "--answer-key").read_text("utf-8")
    assert json.loads(trainers)["scenarios"] == [
        {"sha256": scenarios.digest(scenario.text), "text": scenario.text}
    ]


def test_the_answer_key_flag_is_refused_for_reports(
    room: WarRoom,
    clock: SimulatedClock,
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
) -> None:
    team = teams.start(room, find_scenario("reconciliation-crash"), clock)
    assert (
        main(["export", str(team.incident), "--format", "md", "--answer-key", "--db", str(db_path)])
        == 2
    )
    assert "--answer-key belongs to the json export" in capsys.readouterr().err


def test_a_players_copy_of_a_builtin_exercise_imports_verifies_and_reports(
    room: WarRoom, clock: SimulatedClock, tmp_path: Path, db_path: Path
) -> None:
    team = teams.start(room, find_scenario("erp-production-stop"), clock)
    _to(team.run, clock, 20)
    players = _export(db_path, team.incident, tmp_path)

    elsewhere = WarRoom.open(str(tmp_path / "elsewhere.sqlite3"), clock=clock)
    try:
        copy = exchange.import_incident(elsewhere.store, exchange.read_document(players))
        assert elsewhere.verify(copy) is None
        # Every machine has the shipped scenarios; the hash proves it is the same file.
        record = load_exercise(elsewhere.store, copy)
        assert record.scenario.title == team.run.scenario.title
        assert build_after_action(elsewhere.store, copy, clock.now()).scenario.key == (
            "erp-production-stop"
        )
    finally:
        elsewhere.close()


def test_a_custom_scenario_needs_the_trainers_export_for_its_after_action_report(
    room: WarRoom, clock: SimulatedClock, small: Path, tmp_path: Path, db_path: Path
) -> None:
    run = ExerciseRun(room, load_scenario(small))
    incident = run.start()
    players = _export(db_path, incident, tmp_path)
    trainers = _export(db_path, incident, tmp_path, "--answer-key")

    without = WarRoom.open(str(tmp_path / "players.sqlite3"), clock=clock)
    try:
        copy = exchange.import_incident(without.store, exchange.read_document(players))
        assert without.verify(copy) is None  # the chain is whole without the answer key
        with pytest.raises(InvalidInput) as refused:
            build_after_action(without.store, copy, clock.now())
        assert "slow-invoices.toml" in str(refused.value)
        assert "--answer-key" in (refused.value.hint or "")
    finally:
        without.close()

    with_key = WarRoom.open(str(tmp_path / "trainer.sqlite3"), clock=clock)
    try:
        copy = exchange.import_incident(with_key.store, exchange.read_document(trainers))
        assert with_key.verify(copy) is None
        report = build_after_action(with_key.store, copy, clock.now())
        assert report.scenario.trainer_summary == "An index was dropped by a migration."
    finally:
        with_key.close()


def test_an_answer_key_that_does_not_hash_to_its_name_is_refused(
    room: WarRoom, clock: SimulatedClock, small: Path, tmp_path: Path, db_path: Path
) -> None:
    run = ExerciseRun(room, load_scenario(small))
    incident = run.start()
    trainers = _export(db_path, incident, tmp_path, "--answer-key")
    document = json.loads(trainers.read_text("utf-8"))
    document["scenarios"][0]["text"] = SMALL.replace("dropped", "rebuilt")
    trainers.write_text(json.dumps(document), "utf-8")

    target = WarRoom.open(str(tmp_path / "target.sqlite3"), clock=clock)
    try:
        with pytest.raises(InvalidInput, match="does not match its hash"):
            exchange.import_incident(target.store, exchange.read_document(trainers))
        assert target.list_incidents() == []  # nothing half-written
    finally:
        target.close()


@pytest.mark.tampers
def test_verify_finds_a_kept_scenario_file_changed_afterwards(
    room: WarRoom, clock: SimulatedClock, small: Path, db_path: Path
) -> None:
    import sqlite3

    run = ExerciseRun(room, load_scenario(small))
    incident = run.start()
    assert room.verify(incident) is None
    with sqlite3.connect(str(db_path)) as db:
        db.execute("UPDATE scenario_text SET text = replace(text, 'dropped', 'rebuilt')")
    problem = room.verify(incident)
    assert problem is not None
    assert "scenario file kept for this exercise was changed" in str(problem)


def test_an_exercise_recorded_with_its_file_in_the_event_still_reads(
    room: WarRoom,
    clock: SimulatedClock,
    tmp_path: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from warroom.core.vocabulary import Mode

    # Records made before the file was kept apart carry it in exercise.started.
    incident = room.declare("Slow invoices", "Critical", impact_what="x", mode=Mode.EXERCISE)
    room._exercise_event(
        incident,
        EventKind.EXERCISE_STARTED,
        {
            "key": "slow-invoices",
            "title": "Slow invoices",
            "file": "slow-invoices.toml",
            "sha256": scenarios.digest(SMALL),
            "text": SMALL,
            "started_at": clock.now().isoformat(),
        },
    )
    assert load_exercise(room.store, incident).scenario.trainer_summary == (
        "An index was dropped by a migration."
    )
    assert room.verify(incident) is None
    # Its chain holds the file, so its export cannot leave it out: the trainer is told.
    out = tmp_path / "old.json"
    args = ["export", str(incident), "--format", "json", "-o", str(out), "--db", str(db_path)]
    assert main(args) == 0
    assert "this export carries the answer key" in capsys.readouterr().err
    assert main([*args, "--answer-key"]) == 0
    assert capsys.readouterr().err == ""
