"""Issue 14, item 3: every screen usable at 1280x720, 1400x900, at 1.5x and 2x scale, in
both palettes, and the wall display on a 1024x768 projector. The PNGs land in
``$WARROOM_SHOTS`` (or the test's temporary folder) to be looked at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.screens import shoot_all
from warroom.room import WarRoom
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
