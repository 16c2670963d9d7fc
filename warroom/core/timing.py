"""Update promises, escalation deadlines and the on-call acknowledgement window.

Everything here is a pure function of instants: a countdown is
``deadline - now``, so it never drifts and tests need no sleeping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from warroom.core.i18n import _
from warroom.core.matrix import Priority

# The countdown turns amber this long before the promised update is due.
WARN_BEFORE = timedelta(minutes=3)


class DueState(StrEnum):
    CALM = "calm"
    SOON = "soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Countdown:
    deadline: datetime
    remaining: timedelta  # negative once overdue
    state: DueState

    @property
    def overdue_by(self) -> timedelta:
        return max(-self.remaining, timedelta(0))


def countdown(deadline: datetime, now: datetime, warn_before: timedelta = WARN_BEFORE) -> Countdown:
    remaining = deadline - now
    if remaining < timedelta(0):
        state = DueState.OVERDUE
    elif remaining <= warn_before:
        state = DueState.SOON
    else:
        state = DueState.CALM
    return Countdown(deadline, remaining, state)


def next_update_deadline(
    priority: Priority, declared_at: datetime, promised_next_at: datetime | None
) -> datetime:
    """When the next status update is owed.

    The last posted update's promise wins; before any update the cadence runs
    from the declaration, because the customer is owed a first word too.
    """
    if promised_next_at is not None:
        return promised_next_at
    return declared_at + priority.update_cadence


def suggested_next_update(priority: Priority, now: datetime) -> datetime:
    """The next-update time a new update should promise, from the cadence, on the minute."""
    at = now + priority.update_cadence
    if at.second or at.microsecond:
        at = at.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return at


def escalation_deadline(priority: Priority, started_at: datetime) -> datetime | None:
    if priority.escalation_after is None:
        return None
    return started_at + priority.escalation_after


def escalation_due(priority: Priority, started_at: datetime, now: datetime) -> bool:
    deadline = escalation_deadline(priority, started_at)
    return deadline is not None and now >= deadline


def page_backup_due(
    priority: Priority, paged_at: datetime, acknowledged: bool, now: datetime
) -> bool:
    """True when the primary on-call has not reacted within the window: page the backup."""
    return not acknowledged and now - paged_at >= priority.ack_window


def format_span(span: timedelta) -> str:
    """``1:05:09`` style, with a leading minus sign for negative spans.

    A span of a day or more counts its days first (``2 d 3:05:09``): "51:05:09"
    makes the reader divide by 24.
    """
    total = int(span.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, total = divmod(total, 86400)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return f"{sign}{days} d {hours}:{minutes:02d}:{seconds:02d}"
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes:02d}:{seconds:02d}"


MINUS = "\u2212"  # the typographic minus sign: a hyphen is easy to miss in a table


def format_duration(span: timedelta) -> str:
    """A duration in words a person says: ``15 min``, ``2 h``, ``1 h 30 min``, ``40 s``.

    In the current language (``1 Std. 30 Min.``, ``1時間30分``).
    Whole minutes, cut towards zero; a day or more counts its days first
    (``1 d 3 h 20 min``, not ``27 h 20 min``), leaving out the parts that are
    zero (``2 d``, ``1 d 20 min``). A negative span is the same words after a
    minus sign (``−1 h 52 min``), never the floor of a negative number.
    """
    if span < timedelta(0):
        return MINUS + format_duration(-span)
    seconds = int(span.total_seconds())
    if 0 < seconds < 60:
        return _("{seconds} s").format(seconds=seconds)
    hours, minutes = divmod(seconds // 60, 60)
    days, hours = divmod(hours, 24)
    if hours and minutes:
        rest = _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    elif hours:
        rest = _("{hours} h").format(hours=hours)
    elif minutes or not days:
        rest = _("{minutes} min").format(minutes=minutes)
    else:
        rest = ""
    if not days:
        return rest
    in_days = _("{days} d").format(days=days)
    return f"{in_days} {rest}" if rest else in_days
