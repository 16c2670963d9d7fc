"""Issue 14, items 1 and 7: a record that says "sent" means sent, and the preview is
exactly what each channel carries: the clipboard's contents, the mail server's inbox,
the webhook server's request."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.notify.loopback import http_server, smtp_server
from tests.ui.test_channels import set_smtp
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.ui.incident_view import IncidentView
from warroom.ui.panels.communicator import CommunicatorPanel, from_qdatetime
from warroom.ui.settings import settings

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def communicator(seated: IncidentView) -> CommunicatorPanel:
    seated.show_panel(Role.COMMUNICATOR)
    return seated.communicator


def clipboard_text() -> str:
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    return clipboard.text()


def test_still_working_really_copies_the_holding_update(
    qtbot: QtBot, seated: IncidentView, clock: SimulatedClock
) -> None:
    panel = communicator(seated)
    QApplication.clipboard().setText("something else from before")
    clock.advance(timedelta(minutes=14))
    qtbot.keyClick(panel.text, Qt.Key.Key_S, CTRL_SHIFT)
    [update] = seated.state.snapshot.updates
    assert (update.channel, update.delivery) == ("clipboard", "sent")
    pasted = clipboard_text()
    assert "We are still working on the problem: Plant cannot release" in pasted
    assert pasted.endswith(update.text)
    assert update.next_update_at == clock.now() + timedelta(minutes=15)
    assert panel.countdown.text().startswith("Next update in 15:00")
    assert "Posted and sent by clipboard" in panel.feedback.text()


def test_still_working_by_e_mail_reaches_the_mail_server(
    qtbot: QtBot, seated: IncidentView
) -> None:
    panel = communicator(seated)
    with smtp_server() as server:
        set_smtp(server.port)
        panel.channel.setCurrentIndex(panel.channel.findData("e-mail"))
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.keyClick(panel.text, Qt.Key.Key_S, CTRL_SHIFT)
        [mail] = server.recorder.received
    [update] = seated.state.snapshot.updates
    assert (update.channel, update.delivery) == ("e-mail", "sent")
    assert "still working" in mail.message.get_content()
    assert mail.message.get_content().strip() == update.text


def test_the_clipboard_is_not_sent_when_it_did_not_take_the_text(
    qtbot: QtBot, seated: IncidentView
) -> None:
    panel = communicator(seated)
    QApplication.clipboard().setText("a ticket number somebody copied")
    # Another program keeps the clipboard: the copy does not arrive.
    panel._copy = lambda text: None  # type: ignore[method-assign]
    qtbot.keyClick(panel.text, Qt.Key.Key_S, CTRL_SHIFT)
    [update] = seated.state.snapshot.updates
    assert update.delivery == "failed"
    assert "the clipboard did not take the update" in update.delivery_detail
    assert "NOT sent" in panel.feedback.text()
    assert clipboard_text() == "a ticket number somebody copied"


def test_the_preview_is_what_the_clipboard_gets(qtbot: QtBot, seated: IncidentView) -> None:
    panel = communicator(seated)
    shown = panel.preview.toPlainText()
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == shown
    [update] = seated.state.snapshot.updates
    assert update.delivery == "sent"


def test_the_preview_is_what_the_mail_server_gets(qtbot: QtBot, seated: IncidentView) -> None:
    panel = communicator(seated)
    with smtp_server() as server:
        set_smtp(server.port)
        panel.channel.setCurrentIndex(panel.channel.findData("e-mail"))
        shown = panel.preview.toPlainText()
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        [mail] = server.recorder.received
    received = f"Subject: {mail.message['Subject']}\n\n{mail.message.get_content().rstrip()}"
    assert received == shown


def test_the_preview_is_what_the_webhook_gets(qtbot: QtBot, seated: IncidentView) -> None:
    panel = communicator(seated)
    with http_server() as hook:
        store = settings()
        store.setValue("webhook/url", hook.url)
        store.sync()
        panel.channel.setCurrentIndex(panel.channel.findData("webhook"))
        shown = panel.preview.toPlainText()
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
        [request] = hook.received
    assert request.body["text"] == shown
    [update] = seated.state.snapshot.updates
    assert update.delivery == "sent"


def test_the_customer_text_names_the_zone_and_keeps_internal_words_out(
    seated: IncidentView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    panel = communicator(seated)
    panel.update_preview()
    shown = panel.preview.toPlainText()
    subject, _, body = shown.partition("\n\n")
    assert subject.startswith("[Blocker] ERP down: production line stopped — update")
    assert "ERP down" not in body  # the title is in the subject, not repeated
    assert "priority" not in body.lower()
    # 06:00 UTC plus 15 minutes, in Berlin's winter time and in UTC
    assert body.splitlines()[-1] == "Next update by 07:15 CET (06:15 UTC)."
    monkeypatch.undo()
    time.tzset()


def test_the_suggested_next_update_follows_the_clock_until_edited(
    qtbot: QtBot, seated: IncidentView, clock: SimulatedClock
) -> None:
    panel = communicator(seated)
    first = from_qdatetime(panel.next_at.dateTime())
    assert first == clock.now() + timedelta(minutes=15)
    clock.advance(timedelta(minutes=7))
    seated.tick()
    assert from_qdatetime(panel.next_at.dateTime()) == clock.now() + timedelta(minutes=15)
    assert "Next update by" in panel.preview.toPlainText()
    # Once the communicator sets a time, it stays what they set.
    panel.next_at.setFocus()
    qtbot.keyClick(panel.next_at, Qt.Key.Key_Up)
    chosen = from_qdatetime(panel.next_at.dateTime())
    assert chosen != clock.now() + timedelta(minutes=15)
    clock.advance(timedelta(minutes=2))
    seated.tick()
    assert from_qdatetime(panel.next_at.dateTime()) == chosen
