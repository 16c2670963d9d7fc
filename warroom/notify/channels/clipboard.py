"""The clipboard channel: the update ready to paste wherever no other channel reaches."""

from __future__ import annotations

from collections.abc import Callable

from warroom.core.i18n import _
from warroom.notify.channels.base import (
    DeliveryFailed,
    DeliveryReceipt,
    OutgoingUpdate,
    plain_text,
)


class ClipboardChannel:
    """Puts the update on the clipboard; the UI injects Qt's clipboard as ``copy``.

    With ``read`` (the clipboard's current text) the channel checks that the
    clipboard really holds the update before it says "sent": a record that
    says sent must mean the words are there to paste.
    """

    def __init__(
        self,
        copy: Callable[[str], None],
        *,
        read: Callable[[], str] | None = None,
        name: str = "clipboard",
    ) -> None:
        self.name = name
        self._copy = copy
        self._read = read

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt:
        text = plain_text(update)
        self._copy(text)
        if self._read is not None and self._read() != text:
            raise DeliveryFailed(
                _("the clipboard did not take the update"),
                _("another program may hold the clipboard; try again, or copy the text by hand"),
                channel=self.name,
            )
        return DeliveryReceipt(self.name, True, _("copied to the clipboard, ready to paste"))
