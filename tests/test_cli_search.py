"""`warroom search`: text and JSON, exercises only when asked, bad input exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Mode
from warroom.room import WarRoom


@pytest.fixture
def db(tmp_path: Path, clock: SimulatedClock) -> str:
    path = str(tmp_path / "cli.sqlite3")
    room = WarRoom.open(path, clock=clock)
    real = room.declare("Kühlhaus-Steuerung offline", "Critical", impact_what="Ware verdirbt")
    room.log(real, 'SPS meldet "Kommunikationsfehler 0x8F" NEAR Halle 3')
    drill = room.declare("Drill: Kühlhaus", "Major", impact_what="none", mode=Mode.EXERCISE)
    room.log(drill, "Kommunikationsfehler geübt")
    room.close()
    return path


def test_search_prints_each_hit_with_its_incident_event_and_marked_words(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "kommunikationsfehler", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "#1 event 2  Kühlhaus-Steuerung offline",
        '    SPS meldet "[Kommunikationsfehler] 0x8F" NEAR Halle 3',
    ]


def test_search_as_json_includes_exercises_only_when_asked(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "Kühlhaus", "--json", "--db", db]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["incident"], h["event"], h["mode"]) for h in hits] == [(1, 1, "real")]
    assert hits[0]["snippet"][slice(*hits[0]["highlights"][0])] == "Kühlhaus"
    assert main(["search", "Kühlhaus", "--json", "--include-exercises", "--db", db]) == 0
    assert {h["incident"] for h in json.loads(capsys.readouterr().out)} == {1, 2}


def test_hostile_text_on_the_command_line_is_searched_as_text(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", '"Kommunikationsfehler 0x8F" NEAR', "--db", db]) == 0
    assert capsys.readouterr().out.startswith("#1 event 2")
    assert main(["search", "NEAR(*", "--db", db]) == 0
    assert capsys.readouterr().out == "nothing found\n"


def test_an_empty_search_exits_2_with_a_hint(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "  ", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "the search is empty" in err and "hint:" in err
    assert main(["search", "x", "--limit", "0", "--db", db]) == 2


def test_the_index_can_be_rebuilt_from_the_command_line(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--rebuild-index", "--db", db]) == 0
    assert "rebuilt from 4 events" in capsys.readouterr().err
    assert main(["search", "0x8F", "--rebuild-index", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("#1 event 2")
