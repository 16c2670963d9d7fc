"""Sending updates from the communicator's panel through real servers on loopback."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.notify.loopback import http_server, refused_port, smtp_server
from warroom.core.vocabulary import Role
from warroom.notify.secrets import load_secret
from warroom.ui.channels import ChannelSettingsDialog
from warroom.ui.incident_view import IncidentView
from warroom.ui.settings import settings


def set_smtp(port: int) -> None:
    store = settings()
    store.setValue("smtp/host", "127.0.0.1")
    store.setValue("smtp/port", port)
    store.setValue("smtp/security", "none")
    store.setValue("smtp/sender", "warroom@vendor.example")
    store.setValue("smtp/recipients", "it-ops@customer.example")
    store.sync()


def test_an_update_by_e_mail_reaches_the_mail_server(qtbot: QtBot, seated: IncidentView) -> None:
    panel = seated.communicator
    seated.show_panel(Role.COMMUNICATOR)
    with smtp_server() as server:
        set_smtp(server.port)
        panel.channel.setCurrentIndex(panel.channel.findData("e-mail"))
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
            # the screen stays live while the mail goes out on a worker thread
            assert "sending by e-mail" in panel.feedback.text()
        [mail] = server.recorder.received
    assert list(mail.rcpt_tos) == ["it-ops@customer.example"]
    assert "[Blocker] ERP down: production line stopped" in str(mail.message["Subject"])
    assert "production" in mail.message.get_content()
    [update] = seated.state.snapshot.updates
    assert (update.channel, update.delivery) == ("e-mail", "sent")
    assert "Posted and sent by e-mail" in panel.feedback.text()


def test_a_failed_send_keeps_the_update_says_why_and_can_be_retried(
    qtbot: QtBot, seated: IncidentView
) -> None:
    panel = seated.communicator
    seated.show_panel(Role.COMMUNICATOR)
    panel.channel.setCurrentIndex(panel.channel.findData("e-mail"))
    with refused_port() as port, qtbot.waitSignal(panel.delivered, timeout=10_000):
        set_smtp(port)
        qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
    [update] = seated.state.snapshot.updates
    assert update.delivery == "failed"
    assert "connection refused" in update.delivery_detail
    assert "Recorded, but NOT sent" in panel.feedback.text()
    assert "Traceback" not in panel.feedback.text()
    assert panel.history.data(panel.history.index(0, 4)) == "e-mail: failed"

    panel.history_view.selectRow(0)
    assert panel.retry_button.isEnabled()
    with smtp_server() as server:
        set_smtp(server.port)
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
        assert len(server.recorder.received) == 1
    [update] = seated.state.snapshot.updates
    assert update.delivery == "sent"


def test_webhook_with_a_token_from_the_keyring(qtbot: QtBot, seated: IncidentView) -> None:
    panel = seated.communicator
    dialog = ChannelSettingsDialog(panel)
    with http_server() as hook:
        qtbot.keyClicks(dialog.webhook, hook.url)
        qtbot.keyClicks(dialog.token, "s3cret-token")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert load_secret("webhook-token") == "s3cret-token"
        assert load_secret("webhook-url") == hook.url
        # Neither the token nor the address (a chat webhook's address is a secret) is in
        # the settings file on disk.
        on_disk = Path(settings().fileName()).read_text(encoding="utf-8")
        assert "s3cret" not in on_disk and hook.url not in on_disk
        assert "127.0.0.1" in ChannelSettingsDialog(panel).webhook.placeholderText()
        panel.channel.setCurrentIndex(panel.channel.findData("webhook"))
        qtbot.mouseClick(panel.still_button, Qt.MouseButton.LeftButton)  # clipboard path
        panel.draft()
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
        [request] = hook.received
    assert request.headers["authorization"] == "Bearer s3cret-token"
    assert "ERP down" in request.body["text"]


def test_without_a_keyring_the_settings_say_how_to_fix_it(
    qtbot: QtBot, seated: IncidentView, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = ChannelSettingsDialog(seated)
    qtbot.keyClicks(dialog.host, "smtp.vendor.example")
    qtbot.keyClicks(dialog.username, "warroom")
    qtbot.keyClicks(dialog.password, "pw")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.message.isVisibleTo(dialog)
    assert "keyring" in dialog.message.text()
    assert settings().value("smtp/host", "") == ""  # nothing half-saved


def test_an_old_settings_file_with_the_webhook_address_moves_it_to_the_keyring(
    qtbot: QtBot, seated: IncidentView
) -> None:
    panel = seated.communicator
    with http_server() as hook:
        store = settings()
        store.setValue("webhook/url", hook.url)  # as version 0.1 kept it
        store.sync()
        panel.channel.setCurrentIndex(panel.channel.findData("webhook"))
        panel.draft()
        with qtbot.waitSignal(panel.delivered, timeout=10_000):
            qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
        [request] = hook.received
        assert "ERP down" in request.body["text"]
        assert load_secret("webhook-url") == hook.url
        assert hook.url not in Path(settings().fileName()).read_text(encoding="utf-8")
