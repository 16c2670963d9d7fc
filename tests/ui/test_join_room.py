"""Joining a shared room from the window: the password goes to the keyring only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.conftest import MemoryKeyring
from warroom.app import _join
from warroom.ui.join_room import recent_rooms
from warroom.ui.main_window import MainWindow
from warroom.ui.settings import settings


def test_joining_a_room_keeps_the_password_in_the_keyring_and_opens_it(
    qtbot: QtBot,
    window: MainWindow,
    postgres_url: str,
    memory_keyring: MemoryKeyring,
) -> None:
    window.ask_room()
    dialog = window.join_dialog
    # The test server trusts loopback; the password is stored, never shown or written.
    dialog.address.setCurrentText("")
    qtbot.keyClicks(dialog.address, postgres_url)
    qtbot.keyClicks(dialog.password, "room-secret-42")
    with qtbot.waitSignal(window.room_requested) as asked:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    [address] = asked.args
    assert "room-secret-42" not in address
    assert make_url(address).host == "127.0.0.1"
    assert "room-secret-42" in memory_keyring.secrets.values()
    assert recent_rooms() == [address]
    assert "room-secret-42" not in Path(settings().fileName()).read_text(encoding="utf-8")
    windows = [window]
    joined = _join(windows, address)
    assert joined is not None
    qtbot.addWidget(joined)
    try:
        assert joined.room.store.engine.dialect.name == "postgresql"
        assert "room-secret-42" not in joined.status_text.text()
        assert not window.isVisible()
    finally:
        joined.close()
        joined.room.close()


def test_a_file_path_is_not_a_room(qtbot: QtBot, window: MainWindow) -> None:
    window.ask_room()
    dialog = window.join_dialog
    dialog.address.setCurrentText("sqlite:////tmp/x.sqlite3")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "PostgreSQL" in dialog.message.text()
