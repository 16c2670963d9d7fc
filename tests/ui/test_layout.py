"""Issue 14, item 3: every screen usable at 1280x720, 1400x900, at 1.5x and 2x scale, in
both palettes, and the wall display on a 1024x768 projector; and on half a laptop screen
(683x728, 640x720) in English, German and Japanese. The PNGs land in
``$WARROOM_SHOTS`` (or the test's temporary folder) to be looked at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.screens import shoot_all
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import FIRST_SIZE, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("WARROOM_SHOTS", tmp_path))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("size", [(1280, 720), (1400, 900)], ids=["1280x720", "1400x900"])
def test_every_screen_fits(qtbot: QtBot, tmp_path: Path, size: tuple[int, int], dark: bool) -> None:
    found = shoot_all(shots(tmp_path), size, dark)
    assert len(found) == 13
    assert {name: problems for name, problems in found.items() if problems} == {}


@pytest.mark.parametrize("lang", ["en", "de", "ja"])
@pytest.mark.parametrize(
    ("size", "dark"),
    [((683, 728), False), ((640, 720), True)],
    ids=["683x728-light", "640x720-dark"],
)
def test_every_screen_fits_half_a_laptop_screen(
    qtbot: QtBot,
    tmp_path: Path,
    speak: Callable[[str], str],
    size: tuple[int, int],
    dark: bool,
    lang: str,
) -> None:
    """The war room snapped to half a 1366x768 (or 1280x720) screen beside a video call,
    in German's long words and Japanese too: nothing scrolls sideways or is squeezed."""
    speak(lang)
    found = shoot_all(shots(tmp_path) / lang, size, dark)
    assert len(found) == 13
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_a_narrow_window_puts_the_panel_above_the_timeline_and_its_columns_in_one(
    qtbot: QtBot, seated: IncidentView
) -> None:
    """From 1280 to 640 wide and back: the role panel goes above the checklist (or the
    timeline), the communicator's preview under its form; beside them again after."""
    window = seated.window()
    communicator = seated.communicator
    seated.show_panel(Role.COMMUNICATOR)
    form, preview = communicator.text, communicator.preview

    def settled() -> None:
        for _ in range(12):
            QApplication.processEvents()

    def at(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    window.resize(1280, 720)
    settled()
    assert at(seated.checklist).left() >= at(seated.tabs).right()

    window.resize(640, 720)
    settled()
    assert window.width() == 640
    assert at(seated.checklist).top() >= at(seated.tabs).bottom()
    # Room under the panel for one of the two: a switch says which, Ctrl+F brings the other.
    assert seated.side_switch.isVisible() and not seated.timeline.isVisible()
    seated.search_timeline()
    assert seated.timeline.isVisible() and not seated.checklist.isVisible()
    assert at(seated.timeline).top() >= at(seated.tabs).bottom()
    assert seated.timeline.search.hasFocus()
    seated.go_to_checklist()
    assert seated.checklist.isVisible() and not seated.timeline.isVisible()
    assert at(preview).top() > at(form).bottom()
    assert at(preview).left() == at(form).left() or at(preview).width() >= at(form).width()
    assert at(seated.tabs).width() > 600  # the panel gets the window's width
    # The incident bar right above shows the countdown: the strip is left to the form.
    assert not communicator.countdown.isVisible() and seated.bar.countdown.isVisible()

    window.resize(1280, 720)
    settled()
    assert at(seated.checklist).left() >= at(seated.tabs).right()
    assert at(seated.timeline).left() >= at(seated.tabs).right()
    assert seated.checklist.isVisible() and seated.timeline.isVisible()
    assert not seated.side_switch.isVisible()
    assert communicator.countdown.isVisible()


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_every_screen_fits_when_scaled(tmp_path: Path, scale: str) -> None:
    """A 1920x1080 screen at 150 % (and 2560x1440 at 200 %) leaves 1280x720 to the app."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": scale,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screens", str(shots(tmp_path)), "--size", "1280x720"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(found) == 13
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_first_window_is_never_larger_than_the_screen(qtbot: QtBot, room: WarRoom) -> None:

    window = MainWindow(room)  # a fresh profile: no layout to restore
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    assert free.width() < FIRST_SIZE.width()  # the offscreen screen is smaller than the default
    assert window.width() <= free.width() and window.height() <= free.height()


def test_the_layout_check_sees_a_squeezed_field_in_a_nested_layout(qtbot: QtBot) -> None:
    """The check itself can fail: a button squeezed inside a layout inside a layout."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

    from tests.ui.layout import layout_problems

    top = QWidget()
    qtbot.addWidget(top)
    outer = QVBoxLayout(top)
    inner = QHBoxLayout()
    outer.addLayout(inner)
    button = QPushButton("A button with a long label that needs room")
    inner.addWidget(button)
    top.show()
    button.setFixedWidth(20)  # narrower than its label: cut off
    assert any("QPushButton" in problem for problem in layout_problems(top))


def test_the_layout_check_leaves_no_layout_items_behind(qtbot: QtBot, room: WarRoom) -> None:
    """Regression (a red CI run): a ``QWidgetItem`` wrapper kept alive by its layout came
    back from ``nextInFocusChain`` as the new widget born where the dead item had been."""
    import gc

    from tests.ui.layout import layout_problems

    def items() -> int:
        gc.collect()
        return sum(type(o).__name__ in {"QWidgetItem", "QSpacerItem"} for o in gc.get_objects())

    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    before = items()
    layout_problems(window)
    assert items() == before


def test_the_focus_ring_stays_inside_the_panel_a_field_is_scrolled_in(
    qtbot: QtBot, seated: IncidentView
) -> None:
    """On half a laptop screen the panel above the checklist is short: a focused field
    half scrolled out of it has its ring drawn round the part that shows, not over the
    tab bar or the checklist."""
    from warroom.ui.focus_ring import RING_WIDTH, FocusRing

    window = seated.window()
    window.resize(640, 720)
    seated.show_panel(Role.LEAD)
    for _ in range(12):
        QApplication.processEvents()
    focused = QApplication.focusWidget()
    slot = seated.slots[Role.LEAD]
    assert focused is not None and slot.isAncestorOf(focused)
    # Scrolled down until the field's upper part is out of sight.
    slot.verticalScrollBar().setValue(focused.mapTo(slot.content, QPoint(0, 0)).y() + 30)
    for _ in range(4):
        QApplication.processEvents()
    viewport = slot.viewport()
    shown = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    field = QRect(focused.mapTo(window, QPoint(0, 0)), focused.size())
    assert field.top() < shown.top()
    ring = window.findChild(FocusRing, "focusRing")
    assert ring is not None and ring.isVisible()
    margin = RING_WIDTH + 1
    assert ring.geometry().top() >= shown.top() - margin
    assert ring.geometry().bottom() <= shown.bottom() + margin


def test_on_half_a_laptop_screen_each_specification_question_is_above_its_fields(
    qtbot: QtBot, seated: IncidentView
) -> None:
    from warroom.core.vocabulary import SpecDimension

    window = seated.window()
    seated.show_panel(Role.DIAGNOSTICIAN)
    seated.diagnostician.pages.setCurrentIndex(1)
    spec = seated.diagnostician.specification
    question = spec.questions[SpecDimension.WHAT]
    first = spec.fields[SpecDimension.WHAT][0]

    def at(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    for width, narrow in ((640, True), (1400, False), (640, True)):
        window.resize(width, 720)
        for _ in range(12):
            QApplication.processEvents()
        if narrow:
            assert at(question).bottom() < at(first).top()
            assert at(first).left() <= at(question).left()
        else:
            assert at(question).right() < at(first).left()


def test_the_panel_and_the_timeline_settle_at_every_width(
    qtbot: QtBot, seated: IncidentView
) -> None:
    """Made narrower step by step, the view turns once and stays turned: the timeline
    hidden behind the switch must not make it turn back (and forth, for ever)."""
    window = seated.window()
    turns: list[bool] = []
    seated.splitter.turned.connect(turns.append)
    for width in range(1300, 620, -20):
        window.resize(width, 720)
        for _ in range(6):
            QApplication.processEvents()
        before = seated.splitter.orientation()
        for _ in range(6):
            QApplication.processEvents()
        assert seated.splitter.orientation() == before, width
    assert turns == [True]
