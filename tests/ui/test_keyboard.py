"""Issue 14, item 2: no keyboard traps, a focus ring that shows, the frequent actions by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from warroom.core.vocabulary import Role
from warroom.ui.focus_ring import RING_COLOUR, FocusRing, focus_rings
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.panel_names import ROLE_ORDER
from warroom.ui.theme import apply_theme

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_leaves_a_table_and_arrows_move_inside_it(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, incident: int
) -> None:
    for title in ("Error messages", "Recent changes", "Who is affected"):
        seated.seat.room.add_checklist_item(incident, title)
    seated.seat.feed.poll()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    view = seated.checklist.view
    assert focused() is view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1  # arrows move between items
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert focused() is not view  # one Tab and the table is left behind
    timeline = seated.timeline.view
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Tab)
    assert focused() is not timeline


@pytest.mark.parametrize("number", range(1, len(ROLE_ORDER) + 1))
def test_alt_n_puts_the_focus_in_the_panels_first_field(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, number: int
) -> None:
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), ALT)
    role = ROLE_ORDER[number - 1]
    assert seated.current_role() == role
    widget = focused()
    assert not isinstance(widget, QTabBar)
    assert seated.panel(role).isAncestorOf(widget) or widget is seated.panel(role).focusProxy()
    assert widget.isVisible() and widget.isEnabled()


def test_tick_a_checklist_item_without_the_mouse(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, incident: int
) -> None:
    for title in ("Exact error messages", "Recent changes"):
        seated.seat.room.add_checklist_item(incident, title)
    seated.seat.feed.poll()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is seated.checklist.result
    qtbot.keyClicks(focused(), "change freeze since Friday")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    [first, second] = seated.state.snapshot.checklist
    assert not first.done
    assert second.done and second.result == "change freeze since Friday"


def test_change_the_status_without_the_mouse(
    qtbot: QtBot, window: MainWindow, seated: IncidentView
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    assert focused() is seated.lead.status
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # declared -> investigating
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is seated.lead.status_note
    qtbot.keyClicks(focused(), "war room staffed")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert seated.state.snapshot.status == "investigating"
    assert "Status: Investigating" in seated.bar.status.text()


def test_add_a_hypothesis_without_the_mouse(
    qtbot: QtBot, window: MainWindow, seated: IncidentView
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL_SHIFT)
    assert seated.current_role() is Role.DIAGNOSTICIAN
    assert focused() is seated.diagnostician.new_hypothesis
    qtbot.keyClicks(focused(), "Archive log volume is full")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    [hypothesis] = seated.state.snapshot.hypotheses
    assert hypothesis.statement == "Archive log volume is full"


def test_the_menus_show_the_shortcuts_and_the_role_names(window: MainWindow) -> None:
    incident_menu = window._menus["incident"]
    shown = {a.text(): a.shortcut().toString() for a in incident_menu.actions() if a.text()}
    assert shown["&1 Incident lead"] == "Alt+1"
    assert shown["&4 Scribe"] == "Alt+4"
    assert shown["&5 Report"] == "Alt+5"
    assert shown["Go to the &checklist"] == "Ctrl+L"
    assert shown["Change the &status"] == "Ctrl+Shift+T"
    assert shown["Add a &hypothesis"] == "Ctrl+Shift+H"
    assert shown["Still &working on it (holding update)"] == "Ctrl+Shift+S"


def _close(colour: QColor, expected: str) -> bool:
    want = QColor(expected)
    return (
        abs(colour.red() - want.red())
        + abs(colour.green() - want.green())
        + abs(colour.blue() - want.blue())
        < 60
    )


@pytest.mark.parametrize("dark", [False, True])
def test_the_focus_ring_is_drawn_around_the_focused_widget(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, dark: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, dark)
    try:
        seated.show_panel(Role.LEAD)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        target = focused()
        ring = window.findChild(FocusRing, "focusRing")
        assert ring is not None and ring.isVisible()
        box = ring.geometry()
        top_left = target.mapTo(window, target.rect().topLeft())
        assert box.contains(top_left) and box.contains(
            target.mapTo(window, target.rect().bottomRight())
        )
        image = window.grab().toImage()
        left_edge = image.pixelColor(box.left() + 2, box.center().y())
        assert _close(left_edge, RING_COLOUR[dark]), left_edge.name()
    finally:
        apply_theme(app, False)
        rings = focus_rings()
        assert rings is not None and not rings.dark


def test_the_focus_ring_follows_the_field_and_leaves_with_the_focus(
    qtbot: QtBot, window: MainWindow, seated: IncidentView
) -> None:
    """Regression: a ring stayed where a field had been once the countdown above it grew,
    and stayed on screen after the window lost the focus."""
    seated.show_panel(Role.COMMUNICATOR)
    target = focused()
    ring = window.findChild(FocusRing, "focusRing")
    assert ring is not None

    def around_target() -> bool:
        top_left = target.mapTo(window, target.rect().topLeft())
        return ring.isVisible() and ring.geometry().contains(top_left)

    assert around_target()
    countdown = seated.communicator.countdown
    countdown.setMinimumHeight(countdown.height() + 120)  # the field moves down
    qtbot.waitUntil(around_target)
    target.clearFocus()
    qtbot.waitUntil(lambda: not ring.isVisible())
