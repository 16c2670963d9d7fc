"""An export from the app is the same file as the command line's, made while the room goes on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from warroom import cli
from warroom.core.clock import SimulatedClock, SystemClock
from warroom.room import WarRoom
from warroom.ui.incident_view import IncidentView


@pytest.mark.parametrize("fmt", ["pdf", "html", "md", "json"])
def test_the_app_exports_the_same_file_as_the_cli_and_the_event_loop_runs_meanwhile(
    qtbot: QtBot,
    seated: IncidentView,
    room: WarRoom,
    incident: int,
    db_path: Path,
    clock: SimulatedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    for n in range(120):
        room.log(incident, f"entry {n}: the queue drains")
    seated.show_panel("report")
    panel = seated.postmortem
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    app_file = tmp_path / f"app.{fmt}"
    with qtbot.waitSignal(panel.export_done, timeout=120_000) as written:
        panel.export_to(app_file, fmt)
        assert panel.busy.isVisible() and panel.cancel_button.isVisible()
    timer.stop()
    assert written.args == [True]
    # The UI thread kept turning while the worker exported (no time limit: only that it ran).
    assert ticks

    # The command line, on the same record at the same moment.
    monkeypatch.setattr(SystemClock, "now", lambda _self: clock.now())
    cli_file = tmp_path / f"cli.{fmt}"
    code = cli.main(
        ["export", str(incident), "--format", fmt, "-o", str(cli_file), "--db", str(db_path)]
    )
    assert code == 0
    assert same_document(app_file.read_bytes()) == same_document(cli_file.read_bytes())


def same_document(data: bytes) -> bytes:
    """The file without what Qt's PDF writer stamps on every file it writes: a random id
    and the computer's time of writing (same length, so the offsets still agree)."""
    if not data.startswith(b"%PDF"):
        return data
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:" + b"0" * 36, data)
    data = re.sub(rb"/ID \[ <[0-9a-f]+> <[0-9a-f]+> \]", b"/ID []", data)
    data = re.sub(rb"D:\d{14}", b"D:" + b"0" * 14, data)
    return re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"0000-00-00T00:00:00", data)
