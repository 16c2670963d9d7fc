"""Times labelled UTC are UTC, whatever the machine's zone; a second zone can stand beside.

Regression: the report printed the machine's local time in "detected at", "next
update" and the Started/Resolved rows, so the same record gave different reports
in Los Angeles and Tokyo, some of them labelled UTC.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from warroom.cli import main
from warroom.core.errors import InvalidInput
from warroom.core.vocabulary import EventKind
from warroom.core.zones import TimeStyle, named_zone
from warroom.demo import create_demo_incident
from warroom.report.briefing import briefing_markdown
from warroom.report.model import build_report
from warroom.report.render import render_html, render_markdown
from warroom.room import WarRoom

from ..conftest import T0

MACHINE_ZONES = ["America/Los_Angeles", "Asia/Tokyo"]


@contextmanager
def machine_zone(name: str) -> Iterator[None]:
    """The process runs as if the machine were set to ``name``; restored afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        assert datetime.now().astimezone().tzname() != "UTC" or name == "UTC"
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(params=MACHINE_ZONES)
def far_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    with machine_zone(request.param):
        yield request.param


@pytest.fixture
def demo(room: WarRoom) -> int:
    return create_demo_incident(room, now=T0)


def utc_clock(value: datetime) -> str:
    return value.astimezone(ZoneInfo("UTC")).strftime("%H:%M") + " UTC"


def test_every_printed_time_is_utc_whatever_the_machine_zone(
    room: WarRoom, demo: int, far_zone: str
) -> None:
    report = build_report(room.store, demo, room.now())
    text = render_markdown(report)
    events = room.store.events(demo)
    detected = next(
        e for e in events if e.kind == EventKind.KEY_MOMENT and e.payload["moment"] == "detected"
    )
    at = datetime.fromisoformat(detected.payload["at"])
    assert f"Key moment: detected at {utc_clock(at)}" in text
    update = next(e for e in events if e.kind == EventKind.UPDATE_POSTED)
    promised = datetime.fromisoformat(update.payload["next_update_at"])
    assert f"next update {utc_clock(promised)}\\]" in text  # the bracket escaped in Markdown
    first_key = report.key_events[0]
    assert f"| {first_key.at:%Y-%m-%d %H:%M:%S} UTC |" in text  # the "Time (UTC)" rows
    assert "| Time (UTC) |" in text
    started = report.incident.started_at
    assert f"| Started | {started:%Y-%m-%d %H:%M} UTC |" in text
    # nothing in the machine's zone: no local zone name anywhere
    local_name = started.astimezone().tzname()
    assert local_name and local_name not in text


def test_the_report_does_not_change_with_the_machine_zone(room: WarRoom, demo: int) -> None:
    now = room.now()

    def documents() -> tuple[str, str, str]:
        report = build_report(room.store, demo, now)
        return (
            render_markdown(report),
            render_html(report, charts={}),
            briefing_markdown(room.store, demo, now),
        )

    with machine_zone("UTC"):
        reference = documents()
    for zone in MACHINE_ZONES:
        with machine_zone(zone):
            assert documents() == reference


def test_a_second_zone_stands_beside_utc(room: WarRoom, demo: int, far_zone: str) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    report = build_report(room.store, demo, room.now(), zone=berlin)
    text = render_markdown(report)
    started = report.incident.started_at
    there = started.astimezone(berlin)
    assert there.tzname() == "CET"  # November
    assert f"| Started | {started:%Y-%m-%d %H:%M} UTC ({there:%H:%M} CET) |" in text
    assert "| Time (UTC; Europe/Berlin) |" in text
    detected = report.incident.detected_at
    assert detected is not None
    assert f"detected at {utc_clock(detected)} ({detected.astimezone(berlin):%H:%M} CET)" in text
    html = render_html(report, charts={})
    assert f"{started:%Y-%m-%d %H:%M} UTC ({there:%H:%M} CET)" in html


def test_the_second_zone_names_its_own_date_when_it_differs() -> None:
    late = datetime(2026, 11, 24, 20, 30, tzinfo=ZoneInfo("UTC"))
    tokyo = TimeStyle(ZoneInfo("Asia/Tokyo"))
    assert tokyo.stamp(late) == "2026-11-24 20:30 UTC (2026-11-25 05:30 JST)"
    assert tokyo.clock(late) == "20:30 UTC (05:30 JST on 2026-11-25)"
    assert TimeStyle().stamp(late, seconds=True) == "2026-11-24 20:30:00 UTC"
    assert TimeStyle().clock(None) == "—"


def test_an_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Olympus'") as caught:
        named_zone("Mars/Olympus")
    assert "Europe/Berlin" in caught.value.hint
    with pytest.raises(InvalidInput):
        named_zone("../../etc/passwd")
    assert named_zone(" Asia/Tokyo ").key == "Asia/Tokyo"


def test_cli_exports_with_a_second_zone_and_refuses_an_unknown_one(
    demo: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.md"
    args = ["export", str(demo), "--format", "md", "--db", str(db_path)]
    assert main([*args, "-o", str(out), "--zone", "America/New_York"]) == 0
    assert "| Time (UTC; America/New_York) |" in out.read_text()
    assert " EST)" in out.read_text()
    refused = tmp_path / "refused.md"
    assert main([*args, "-o", str(refused), "--zone", "Berlin"]) == 2
    err = capsys.readouterr().err
    assert "unknown time zone 'Berlin'" in err and "hint:" in err
    assert not refused.exists()
