"""Issue 11: a record damaged behind the app's back is named, read-only, and exportable."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.main_window import MainWindow

pytestmark = pytest.mark.tampers


def tamper(db_path: Path, sql: str, *params: object) -> None:
    """Edit the file as a person with sqlite3 would, dropping the append-only guard first."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS timeline_event_append_only_update")
        conn.execute("DROP TRIGGER IF EXISTS timeline_event_append_only_delete")
        conn.execute(sql, params)


def open_incident(qtbot: QtBot, window: MainWindow, incident: int) -> None:
    window.start.model.reload()
    window.set_person("Dana Lead")
    qtbot.keyClick(window.start.view, Qt.Key.Key_Return)
    seat = window.seat_dialog
    assert seat is not None
    qtbot.keyClick(seat.name, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE root_cause SET cause = 'somebody else did it'", "root_cause"),
        ('UPDATE timeline_event SET payload = \'{"entry": "note"}\' WHERE number = 2', "event 2"),
    ],
    ids=["state row", "event payload"],
)
def test_a_damaged_record_opens_read_only_with_a_banner(
    qtbot: QtBot,
    window: MainWindow,
    room: WarRoom,
    incident: int,
    db_path: Path,
    tmp_path: Path,
    sql: str,
    named: str,
) -> None:
    room.set_root_cause(incident, "Archive log volume full", how_proven="alert log")
    room.log(incident, "a line the scribe wrote")
    tamper(db_path, sql)
    open_incident(qtbot, window, incident)
    view = window.incident_view
    assert view is not None
    qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=60_000)
    assert named in view.banner.text.text()
    assert view.read_only
    # No writes offered: the inputs are off, and a write that slips through is refused.
    assert not view.lead.status_button.isEnabled()
    assert not view.checklist.new_item.isEnabled()
    view.show_panel(Role.SCRIBE)
    assert not view.scribe.entry.isEnabled()  # built after the check: off as well
    before = len(room.store.events(incident))
    view.communicator.still_working()
    assert "damaged" in view.communicator.feedback.text()
    assert len(room.store.events(incident)) == before
    # What is intact can be exported.
    out = tmp_path / "as-read.json"
    with qtbot.waitSignal(view.banner.exported, timeout=60_000) as written:
        view.export_intact(out, "json")
    assert written.args == [True]
    exported = json.loads(out.read_text())
    assert "a line the scribe wrote" in json.dumps(exported["timeline"])


def test_an_intact_record_has_no_banner(qtbot: QtBot, window: MainWindow, incident: int) -> None:
    open_incident(qtbot, window, incident)
    view = window.incident_view
    assert view is not None
    with qtbot.waitSignal(view.check.finished, timeout=60_000):
        pass
    assert not view.banner.isVisible() and not view.read_only


def test_unreadable_pages_give_a_calm_sentence(
    qtbot: QtBot, window: MainWindow, room: WarRoom, incident: int, db_path: Path
) -> None:
    for n in range(200):
        room.log(incident, f"line {n} " + "x" * 200)
    window.start.model.reload()
    room.close()  # checkpoints the WAL into the file
    with sqlite3.connect(db_path) as conn:
        [page_size] = conn.execute("PRAGMA page_size").fetchone()
        [pages] = conn.execute("PRAGMA page_count").fetchone()
    data = bytearray(db_path.read_bytes())
    # Scribble over the pages in the second half of the file, where the timeline lies,
    # and bump the change counter so no connection trusts its cached pages.
    for page in range(pages // 2, pages):
        data[page * page_size : page * page_size + 64] = b"\xff" * 64
    data[24:28] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")
    db_path.write_bytes(bytes(data))
    window.ask_seat(incident)
    assert window.incident_view is None and window.stack.currentWidget() is window.start
    notice = window.start.notice
    assert notice.isVisible()
    assert notice.text().startswith("Incident #1 cannot be opened: the database file is damaged")
    assert "Traceback" not in notice.text()
