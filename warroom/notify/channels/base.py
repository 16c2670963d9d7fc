"""What every channel shares: the update, the receipt, the failure, and how an update reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from warroom.core.errors import UserError
from warroom.core.i18n import _, speaking
from warroom.core.language import SOURCE
from warroom.core.names import priority_name


@dataclass(frozen=True)
class OutgoingUpdate:
    """One status update as the communicator approved it."""

    incident_title: str
    priority: str
    audience: str
    text: str
    next_update_at: datetime | None
    final: bool = False
    #: The language the update is written in: its subject line speaks it too.
    lang: str = SOURCE


@dataclass(frozen=True)
class DeliveryReceipt:
    """What a channel did with an update.

    ``ok`` is False only for a partial delivery (some mail recipients refused):
    the update did go out, so raising would invite a duplicate resend.
    """

    channel: str
    ok: bool
    detail: str


class DeliveryFailed(UserError):
    """The update did not go out through this channel."""

    def __init__(self, message: str, hint: str = "", *, channel: str = "") -> None:
        super().__init__(message, hint)
        self.channel = channel


class Channel(Protocol):
    name: str

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt: ...


def subject_line(update: OutgoingUpdate) -> str:
    """``[Blocker] ERP down — update (next update 10:45 UTC)`` or ``... — final update``."""
    # A line break in a header would be refused by the e-mail library (it could
    # inject headers), and reads badly in a chat message too.
    with speaking(update.lang):
        priority = priority_name(update.priority)  # the matrix's label in that language
        head = f"[{one_line(priority)}] {one_line(update.incident_title)} — "
        if update.final:
            return head + _("final update")
        if update.next_update_at is None:
            return head + _("update")
        return head + _("update (next update {time})").format(
            time=_utc_clock(update.next_update_at)
        )


def plain_text(update: OutgoingUpdate) -> str:
    """The update as one text: the subject line, a blank line, the body."""
    return f"{subject_line(update)}\n\n{update.text}"


def as_received(channel: str, update: OutgoingUpdate) -> str:
    """The update exactly as the people on the other end of ``channel`` will read it.

    E-mail: the subject header, then the body; the clipboard and a chat webhook
    carry the subject line and the body as one text.
    """
    if channel == "e-mail":
        return f"Subject: {subject_line(update)}\n\n{update.text}"
    return plain_text(update)


def next_update_line(at: datetime, lang: str | None = None) -> str:
    """``Next update by 15:15 CET (14:15 UTC).``: the reader's zone may be either.

    In ``lang`` (default: the current language), the language of the update it ends.
    """
    if lang is not None:
        with speaking(lang):
            return next_update_line(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = at.astimezone()
    utc_text = f"{at.astimezone(UTC):%H:%M} UTC"
    if local.utcoffset() == timedelta(0):
        return _("Next update by {time}.").format(time=utc_text)
    zone = local.tzname() or local.strftime("UTC%z")
    return _("Next update by {time} ({utc}).").format(time=f"{local:%H:%M} {zone}", utc=utc_text)


def holding_update(impact: str, lang: str) -> str:
    """The short "still working on it" update in ``lang``: the impact as typed, our words."""
    with speaking(lang):
        return _(
            "We are still working on the problem: {impact}. We will keep you informed."
        ).format(impact=impact)


def with_next_update(body: str, at: datetime | None, lang: str | None = None) -> str:
    """The body with the promise of the next update as its last line (none for a final one)."""
    body = body.strip()
    if at is None or not body:
        return body
    return f"{body}\n{next_update_line(at, lang)}"


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, line breaks included, as one space."""
    return " ".join(text.split())


def _utc_clock(moment: datetime) -> str:
    # Naive datetimes come from the store, which keeps UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%H:%M UTC")
