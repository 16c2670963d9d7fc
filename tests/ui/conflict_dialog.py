"""Driving the "Changed by another seat" question as a person would, and the fields around it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot


def answer_dialog(qtbot: QtBot, choose: str, seen: list[str]) -> None:
    """Click ``choose`` in the modal question once it is up, noting what it said."""

    def click(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            # Not up yet (the click that raises it is still being handled): look again.
            if tries:
                QTimer.singleShot(10, lambda: click(tries - 1))
            return
        seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        [button] = [b for b in box.buttons() if b.text() == choose]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def pick(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Choose ``value`` (an item's data, else its text) with the arrow keys."""
    target = combo.findData(value)
    if target < 0:
        target = combo.findText(value)
    assert target >= 0, f"{value!r} is not offered"
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        down = target > combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    assert combo.currentIndex() == target


def retype(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace what a field holds by typing over it."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
