"""Recurrence by service: how often each service was hit, and by which root-cause categories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Mode
from warroom.report.stats import collect
from warroom.room import WarRoom


def history(room: WarRoom) -> None:
    for services, category in (
        (["erp-db", "erp"], "capacity"),
        (["ERP-DB"], "capacity"),
        (["erp-db", "erp-db", "mes"], "configuration"),
        (["mes"], None),
    ):
        incident = room.declare("outage", "Major", impact_what="users", services=services)
        if category is not None:
            room.set_root_cause(incident, "cause", how_proven="proof", category=category)
    room.declare("drill", "Major", impact_what="none", services=["erp"], mode=Mode.EXERCISE)


def test_each_service_counts_its_incidents_and_their_categories(room: WarRoom) -> None:
    history(room)
    stats = collect(room.store, room.matrix.names)
    assert stats.recurrence_by_service() == {
        "erp-db": {"incidents": 3, "categories": {"capacity": 2, "configuration": 1}},
        "mes": {"incidents": 2, "categories": {"configuration": 1, "no root cause yet": 1}},
        "erp": {"incidents": 1, "categories": {"capacity": 1}},
    }
    with_drills = collect(room.store, room.matrix.names, include_exercises=True)
    assert with_drills.recurrence_by_service()["erp"]["incidents"] == 2


def test_stats_print_recurrence_by_service(
    tmp_path: Path, clock: SimulatedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "stats.sqlite3")
    room = WarRoom.open(db, clock=clock)
    history(room)
    room.close()
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.split("services affected:\n")[1].splitlines() == [
        "    3  erp-db  (capacity 2, configuration 1)",
        "    2  mes  (configuration 1, no root cause yet 1)",
        "    1  erp  (capacity 1)",
    ]
    assert main(["stats", "--json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["recurrence_by_service"]["erp-db"]["incidents"] == 3


def test_the_trends_window_names_the_most_affected_services(qtbot: QtBot, room: WarRoom) -> None:
    from warroom.ui.main_window import MainWindow

    history(room)
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show_dashboard()
    dashboard = window.dashboard
    assert dashboard is not None
    # Trends are worked out on a worker thread; the window fills in when they arrive.
    qtbot.waitUntil(lambda: bool(dashboard.services.text()), timeout=60_000)
    assert dashboard.services.text() == (
        "Most affected services: erp-db 3 (capacity 2, configuration 1) · "
        "mes 2 (configuration 1, no root cause yet 1) · erp 1 (capacity 1)"
    )
    window.close()
