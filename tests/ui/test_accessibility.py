"""Issue 14: every screen walked for names a screen reader can say, no two alike among
siblings, and every focusable widget reachable by Tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.accessibility import duplicates, unnamed, unreachable
from tests.ui.screens import demo_room, settle, walk


def test_every_screen_can_be_used_by_keyboard_and_screen_reader(qtbot: QtBot) -> None:
    found: dict[str, list[str]] = {}

    def visit(name: str, widget: QWidget, _size: tuple[int, int] | None) -> None:
        settle()
        problems = unnamed(widget) + duplicates(widget)
        if not name.startswith("wall"):  # the wall is read from across the room, not used
            problems += unreachable(widget)
        found[name] = problems

    with demo_room() as (room, _clock, live):
        walk(room, live, (1400, 900), visit)
    assert len(found) == 13
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_walker_finds_what_it_looks_for(qtbot: QtBot) -> None:
    """The checks themselves can fail: a nameless field, two "Save" buttons, a trap."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    nameless = QLineEdit()
    first, second = QPushButton("Save"), QPushButton("Save")
    mouse_only = QPushButton("Only by mouse")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    for widget in (nameless, first, second, mouse_only):
        layout.addWidget(widget)
    window.show()
    settle()
    assert unnamed(window) == ["QLineEdit in QWidget"]
    assert duplicates(window) == ["two 'Save' in QWidget"]
    assert unreachable(window) == ["QPushButton('Only by mouse') in QWidget"]
