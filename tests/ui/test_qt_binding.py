"""Regression guard for the Qt binding itself.

PySide6 6.12.0 on Python 3.11 releases a reference to None on every call of a
method that returns nothing; after some thousands of calls (a few minutes of a
ticking countdown) the interpreter aborts with "deallocating None". The app
must never run on such a binding.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_calls_do_not_eat_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("tick")
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50, f"the Qt binding dropped {before - after} references to None"
