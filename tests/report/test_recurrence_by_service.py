"""Recurrence by service: how often each service was hit, and by which root-cause categories."""

from __future__ import annotations

import json
import subprocess
import unicodedata
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


def test_the_incident_report_says_how_often_its_services_were_affected_before(
    room: WarRoom, clock: SimulatedClock, tmp_path: Path
) -> None:
    from datetime import timedelta

    from warroom.report.export import export_bytes
    from warroom.report.model import build_report

    start = clock.now() - timedelta(hours=10)
    earlier = [
        (["erp-db", "erp"], "capacity", 1),
        (["ERP-DB"], "capacity", 2),
        (["erp-db", "mes"], "configuration", 3),
        (["mes"], None, 4),
    ]
    ids = []
    for services, category, hours in earlier:
        ids.append(
            room.declare(
                "outage",
                "Major",
                impact_what="users",
                services=services,
                started_at=start + timedelta(hours=hours),
            )
        )
        if category is not None:
            room.set_root_cause(ids[-1], "cause", how_proven="proof", category=category)
    room.declare(
        "drill",
        "Major",
        impact_what="none",
        services=["erp-db"],
        mode=Mode.EXERCISE,
        started_at=start + timedelta(hours=5),
    )
    this = room.declare(
        "erp-db slow again",
        "Major",
        impact_what="users",
        services=["erp-db", "mes", "shop"],
        started_at=start + timedelta(hours=6),
    )
    later = room.declare(  # after this incident: not "before" it
        "later",
        "Major",
        impact_what="users",
        services=["shop"],
        started_at=start + timedelta(hours=7),
    )
    del later

    history = {h.service: h for h in build_report(room.store, this, room.now()).service_history}
    assert [h for h in history] == ["erp-db", "mes", "shop"]
    assert history["erp-db"].before == 3
    assert history["erp-db"].categories == (("capacity", 2), ("configuration", 1))
    assert history["erp-db"].incidents == (ids[2], ids[1], ids[0])
    assert history["mes"].categories_text() == "configuration 1, no root cause yet 1"
    assert (history["shop"].before, history["shop"].categories_text()) == (0, "—")

    markdown = export_bytes(room.store, this, "md", room.now()).decode()
    section = markdown.split("## Recurrence by service")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
    assert rows == [
        f"| erp-db | 3 | capacity 2, configuration 1 | #{ids[2]}, #{ids[1]}, #{ids[0]} |",
        f"| mes | 2 | configuration 1, no root cause yet 1 | #{ids[3]}, #{ids[2]} |",
        "| shop | 0 | — | — |",
    ]
    html = export_bytes(room.store, this, "html", room.now()).decode()
    assert "<h2>Recurrence by service</h2>" in html
    assert "<td>capacity 2, configuration 1</td>" in html

    from tests.report.test_report import poppler

    path = tmp_path / "report.pdf"
    path.write_bytes(export_bytes(room.store, this, "pdf", room.now()))
    text = subprocess.run(
        [poppler("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Recurrence by service" in text
    text = unicodedata.normalize("NFKC", text)  # the PDF sets "fi" as one ligature
    assert "capacity 2, configuration 1" in text
    assert "configuration 1, no root cause yet 1" in text


def test_an_incident_without_services_says_so_in_its_report(room: WarRoom, incident: int) -> None:
    from warroom.report.export import export_bytes

    markdown = export_bytes(room.store, incident, "md", room.now()).decode()
    assert "## Recurrence by service\n\nNo affected services named." in markdown
