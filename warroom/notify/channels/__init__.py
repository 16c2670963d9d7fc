"""The channels a status update goes out through: clipboard, e-mail, chat webhook.

One module per channel (``clipboard``, ``smtp``, ``webhook``); ``base`` holds the
update, the receipt and the failure every channel shares, and ``failures`` turns
a network or TLS error into the sentence the communicator reads, once for every
channel that talks to a server.

Each channel either returns a ``DeliveryReceipt`` or raises ``DeliveryFailed``
with a sentence the communicator can act on in the middle of an incident; a
stack trace helps nobody at that moment.

This package may import ``warroom.core``, the keyring (through
``warroom.notify.secrets``) and the standard library, never Qt: the UI injects
what it needs, such as the clipboard. smtplib, ssl, email and urllib.request are
imported inside the send paths so that opening the app does not pay for them;
importing this package must not load them.
"""

from __future__ import annotations

from warroom.notify.channels.base import (
    Channel,
    DeliveryFailed,
    DeliveryReceipt,
    OutgoingUpdate,
    as_received,
    holding_update,
    next_update_line,
    plain_text,
    subject_line,
    with_next_update,
)
from warroom.notify.channels.clipboard import ClipboardChannel
from warroom.notify.channels.smtp import SmtpChannel
from warroom.notify.channels.webhook import WebhookChannel

__all__ = [
    "Channel",
    "ClipboardChannel",
    "DeliveryFailed",
    "DeliveryReceipt",
    "OutgoingUpdate",
    "SmtpChannel",
    "WebhookChannel",
    "as_received",
    "holding_update",
    "next_update_line",
    "plain_text",
    "subject_line",
    "with_next_update",
]
