"""The clipboard channel: the update ready to paste wherever no other channel reaches."""

from __future__ import annotations

from collections.abc import Callable

from warroom.notify.channels.base import DeliveryReceipt, OutgoingUpdate, plain_text


class ClipboardChannel:
    """Puts the update on the clipboard; the UI injects Qt's clipboard as ``copy``."""

    def __init__(self, copy: Callable[[str], None], *, name: str = "clipboard") -> None:
        self.name = name
        self._copy = copy

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt:
        self._copy(plain_text(update))
        return DeliveryReceipt(self.name, True, "copied to the clipboard, ready to paste")
