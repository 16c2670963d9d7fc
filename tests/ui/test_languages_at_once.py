"""Issue 15, "two languages at once": the room works in its language while the
communicator writes each update, and the Report tab each report, in its reader's.

The choice is a combo a person clicks; what they then read (the draft, the
preview, the clipboard, the exported file) is in the chosen language, and the
window's own words stay as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from warroom.core import i18n
from warroom.core.vocabulary import EventKind, Role
from warroom.ui.incident_view import IncidentView


def choose(qtbot: QtBot, combo: QComboBox, shown: str) -> None:
    """Pick ``shown`` from the combo with the keyboard, as a person would."""
    combo.setFocus()
    index = combo.findText(shown)
    assert index >= 0, shown
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_the_communicator_writes_a_german_update_while_the_room_speaks_english(
    qtbot: QtBot, seated: IncidentView
) -> None:
    seated.show_panel(Role.COMMUNICATOR)
    panel = seated.communicator
    assert panel.language.currentText() == "English"
    english_draft = panel.text.toPlainText()
    choose(qtbot, panel.language, "Deutsch")
    draft = panel.text.toPlainText()
    assert draft != english_draft
    assert "Störung" in draft or "Wir " in draft
    preview = panel.preview.toPlainText()
    assert "Nächste Statusmeldung bis" in preview
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    assert clipboard.text() == preview
    [update] = seated.state.snapshot.updates
    assert "Nächste Statusmeldung bis" in update.text
    posted = [
        e
        for e in seated.seat.room.store.events(seated.incident_id)
        if e.kind == EventKind.UPDATE_POSTED
    ]
    assert posted[-1].payload["lang"] == "de"
    assert i18n.current() == "en"  # the room still works in English


def test_still_working_goes_out_in_the_chosen_language(qtbot: QtBot, seated: IncidentView) -> None:
    seated.show_panel(Role.COMMUNICATOR)
    panel = seated.communicator
    choose(qtbot, panel.language, "日本語")
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.text, Qt.Key.Key_S, shift)
    [update] = seated.state.snapshot.updates
    assert update.text.startswith("引き続き問題の解決に取り組んでおります")
    assert "次回の状況報告は" in update.text


def test_the_report_tab_exports_a_japanese_report(
    qtbot: QtBot, seated: IncidentView, tmp_path: Path
) -> None:
    seated.show_panel("report")
    panel = seated.postmortem
    choose(qtbot, panel.report_language, "日本語")
    out = tmp_path / "report.md"
    with qtbot.waitSignal(panel.export_done, timeout=60_000) as written:
        panel.export_to(out, "md")
    assert written.args == [True]
    text = out.read_text(encoding="utf-8")
    assert "## 概要" in text and "## 根本原因" in text
    assert seated.state.snapshot.title in text  # typed text as typed
    assert i18n.current() == "en"
