"""Where updates go: the channel settings (no secrets in them) and building a channel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import InvalidInput, UserError
from warroom.ui.settings import settings

if TYPE_CHECKING:
    from warroom.notify.channels import Channel

CHANNEL_NAMES = ("clipboard", "e-mail", "webhook")
SMTP_PASSWORD_KEY = "smtp-password"
WEBHOOK_TOKEN_KEY = "webhook-token"
# A chat webhook's address is itself the secret (whoever has it can post): keyring only.
WEBHOOK_URL_KEY = "webhook-url"


def move_webhook_to_keyring() -> bool:
    """Once: a webhook address that an older version kept in the settings file moves to
    the keyring, and the settings keep only that one is set and its host. True if moved."""
    from warroom.notify.secrets import store_secret

    store = settings()
    legacy = str(store.value("webhook/url", "") or "")
    if not legacy:
        return False
    store_secret(WEBHOOK_URL_KEY, legacy)  # raises, and keeps the setting, without a keyring
    _remember_webhook(legacy)
    store.remove("webhook/url")
    store.sync()
    return True


def _remember_webhook(url: str) -> None:
    from warroom.core.redact import remember_secret

    remember_secret(url)
    store = settings()
    store.setValue("webhook/configured", True)
    store.setValue("webhook/host", urlsplit(url).hostname or "")


def webhook_address() -> str:
    """The webhook's address from the keyring (moving an old setting there first)."""
    from warroom.core.redact import remember_secret
    from warroom.notify.secrets import load_secret

    move_webhook_to_keyring()
    url = load_secret(WEBHOOK_URL_KEY) or ""
    remember_secret(url)
    return url


def configured_channel(
    name: str, copy: Callable[[str], None], read: Callable[[], str] | None = None
) -> Channel:
    """The channel called ``name`` as the user set it up; InvalidInput if it is not set up.

    ``copy`` and ``read`` are the clipboard's; with ``read`` the clipboard channel
    checks that the update really arrived there.
    """
    from warroom.notify.channels import ClipboardChannel, SmtpChannel, WebhookChannel

    store = settings()
    if name == "clipboard":
        return ClipboardChannel(copy, read=read)
    if name == "e-mail":
        host = str(store.value("smtp/host", "") or "")
        if not host:
            raise InvalidInput(
                QCoreApplication.translate("Channels", "e-mail is not set up"),
                hint=QCoreApplication.translate(
                    "Channels", "set the mail server under Channels… first"
                ),
            )
        recipients = [
            r.strip() for r in str(store.value("smtp/recipients", "")).split(",") if r.strip()
        ]
        username = str(store.value("smtp/username", "") or "") or None
        return SmtpChannel(
            host,
            int(str(store.value("smtp/port", 587))),
            str(store.value("smtp/sender", "")),
            recipients,
            username=username,
            security=str(store.value("smtp/security", "starttls")),  # type: ignore[arg-type]
            password_key=SMTP_PASSWORD_KEY if username else None,
            blind=bool(store.value("smtp/blind", True, bool)),
        )
    if name == "webhook":
        url = webhook_address() if store.value("webhook/configured", False, bool) else ""
        if not url:
            url = webhook_address()  # an address an older version kept in the settings
        if not url:
            raise InvalidInput(
                QCoreApplication.translate("Channels", "the webhook is not set up"),
                hint=QCoreApplication.translate(
                    "Channels", "set its address under Channels… first"
                ),
            )
        has_token = bool(store.value("webhook/token", False, bool))
        return WebhookChannel(url, token_key=WEBHOOK_TOKEN_KEY if has_token else None)
    raise InvalidInput(QCoreApplication.translate("Channels", "unknown channel {0}").format(name))


class ChannelSettingsDialog(QDialog):
    """Mail server and webhook. Passwords and tokens go to the system keyring only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Channels for status updates"))
        store = settings()
        self.host = QLineEdit(str(store.value("smtp/host", "")))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(str(store.value("smtp/port", 587))))
        self.security = QComboBox()
        for security, label in (
            ("starttls", "STARTTLS"),
            ("tls", "TLS"),
            ("none", self.tr("none (plain text)")),
        ):
            self.security.addItem(label, security)
        self.security.setCurrentIndex(
            max(0, self.security.findData(str(store.value("smtp/security", "starttls"))))
        )
        self.sender_address = QLineEdit(str(store.value("smtp/sender", "")))
        self.recipients = QLineEdit(str(store.value("smtp/recipients", "")))
        self.recipients.setPlaceholderText(self.tr("comma-separated addresses"))
        self.blind = QCheckBox(self.tr("Hide the recipient list (Bcc)"))
        self.blind.setChecked(bool(store.value("smtp/blind", True, bool)))
        self.username = QLineEdit(str(store.value("smtp/username", "")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("stored in the system keyring; leave empty to keep")
        )
        # The address is never shown again once saved: only that one is set, and its host.
        self.webhook = QLineEdit()
        legacy = str(store.value("webhook/url", "") or "")
        host = str(store.value("webhook/host", "") or "") or (urlsplit(legacy).hostname or "")
        if store.value("webhook/configured", False, bool) or legacy:
            self.webhook.setPlaceholderText(
                self.tr("set ({0}), kept in the keyring; type a new address to replace it").format(
                    host or "…"
                )
            )
        else:
            self.webhook.setPlaceholderText("https://chat.example.com/hooks/…")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("optional bearer token, kept in the keyring"))
        for edit, name in (
            (self.host, self.tr("Mail server")),
            (self.sender_address, self.tr("Sender address")),
            (self.recipients, self.tr("Recipients")),
            (self.username, self.tr("User name")),
            (self.password, self.tr("Password")),
            (self.webhook, self.tr("Webhook address")),
            (self.token, self.tr("Webhook token")),
        ):
            edit.setAccessibleName(name)
            # A hint cut off in the middle reads as a different instruction.
            hint = edit.placeholderText()
            if hint:
                edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + 16)

        smtp = QGroupBox(self.tr("E-mail (SMTP)"))
        form = QFormLayout(smtp)
        form.addRow(self.tr("Mail server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Sender"), self.sender_address)
        form.addRow(self.tr("Recipients"), self.recipients)
        form.addRow("", self.blind)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        hook = QGroupBox(self.tr("Webhook (chat)"))
        hook_form = QFormLayout(hook)
        hook_form.addRow(self.tr("Address"), self.webhook)
        hook_form.addRow(self.tr("Token"), self.token)
        self.message = QLabel()
        self.message.setObjectName("alarm")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(smtp)
        layout.addWidget(hook)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Secrets first: if the keyring cannot take them, nothing is saved and it says why."""
        from warroom.notify.secrets import store_secret

        try:
            if self.password.text():
                store_secret(SMTP_PASSWORD_KEY, self.password.text())
            if self.token.text():
                store_secret(WEBHOOK_TOKEN_KEY, self.token.text())
            if self.webhook.text().strip():
                store_secret(WEBHOOK_URL_KEY, self.webhook.text().strip())
            move_webhook_to_keyring()
        except UserError as exc:
            self.message.setText(exc.message + (f"\n{exc.hint}" if exc.hint else ""))
            self.message.show()
            return
        store = settings()
        store.setValue("smtp/host", self.host.text().strip())
        store.setValue("smtp/port", self.port.value())
        store.setValue("smtp/security", self.security.currentData())
        store.setValue("smtp/sender", self.sender_address.text().strip())
        store.setValue("smtp/recipients", self.recipients.text().strip())
        store.setValue("smtp/blind", self.blind.isChecked())
        store.setValue("smtp/username", self.username.text().strip())
        if self.webhook.text().strip():
            _remember_webhook(self.webhook.text().strip())
        if self.token.text():
            store.setValue("webhook/token", True)
        store.sync()
        self.accept()
