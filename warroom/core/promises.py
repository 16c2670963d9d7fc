"""The one rule for update promises: was the promised next update kept, late or missed?

Every update but the final one names the time of the next (seeds/002). That is a
promise to the update's audience, and only the next update to the same audience
keeps it: telling the managers does not keep a promise made to the customer. The
report, ``warroom stats`` and exercise scoring all judge promises here, so the
three print the same figure for the same incident.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# An update counts as on time when it comes no later than this after its promise:
# a minute of grace for the clock on the wall.
PROMISE_GRACE = timedelta(minutes=1)


class Verdict(StrEnum):
    KEPT = "kept"
    LATE = "late"  # the next update came, after the promised time
    MISSED = "missed"  # no next update came, and the promised time has passed
    OPEN = "open"  # not due yet


@dataclass(frozen=True)
class SentUpdate:
    """An update as far as its promise goes."""

    sent_at: datetime
    promised_next_at: datetime | None  # None on the final update (or a foreign record's)
    final: bool
    audience: str


@dataclass(frozen=True)
class Promise:
    """One promise ("next update by ...") and what became of it."""

    made_at: datetime
    promised_at: datetime
    audience: str
    next_at: datetime | None  # when the next update to this audience came; None if none
    verdict: Verdict

    @property
    def kept(self) -> bool | None:
        """True when kept, False when late or missed, None while open."""
        if self.verdict == Verdict.OPEN:
            return None
        return self.verdict == Verdict.KEPT

    @property
    def late_by(self) -> timedelta | None:
        if self.next_at is None:
            return None
        return max(self.next_at - self.promised_at, timedelta(0))


def judge_promises(
    updates: Iterable[SentUpdate], *, resolved_at: datetime | None, now: datetime
) -> list[Promise]:
    """Every promise the updates made, judged at ``now``, in the order they were made.

    Resolution releases a promise that falls due after it, but only once a final
    update has told somebody so: silence after a resolution nobody announced
    still breaks the promise.
    """
    ordered = sorted(updates, key=lambda u: u.sent_at)
    announced = any(u.final for u in ordered)
    closed_at = resolved_at if announced else None
    promises = []
    for index, update in enumerate(ordered):
        if update.promised_next_at is None or update.final:
            continue
        following = next(
            (u.sent_at for u in ordered[index + 1 :] if u.audience == update.audience), None
        )
        due = update.promised_next_at + PROMISE_GRACE
        if following is not None:
            verdict = Verdict.KEPT if following <= due else Verdict.LATE
        elif closed_at is not None and closed_at <= due:
            verdict = Verdict.KEPT  # the incident ended, and was announced, before it fell due
        elif now > due:
            verdict = Verdict.MISSED
        else:
            verdict = Verdict.OPEN
        promises.append(
            Promise(update.sent_at, update.promised_next_at, update.audience, following, verdict)
        )
    return promises


def kept_ratio(promises: Sequence[Promise]) -> float | None:
    """The share of judged promises that were kept; None when none can be judged yet."""
    judged = [p for p in promises if p.verdict != Verdict.OPEN]
    if not judged:
        return None
    return sum(1 for p in judged if p.verdict == Verdict.KEPT) / len(judged)
