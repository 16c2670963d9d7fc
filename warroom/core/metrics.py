"""Measures of an incident and across incidents: durations, promises kept, recurrence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import mean

# An update counts as on time when it comes no later than this after its promise:
# a minute of grace for the clock on the wall.
PROMISE_GRACE = timedelta(minutes=1)


@dataclass(frozen=True)
class UpdateFact:
    sent_at: datetime
    promised_next_at: datetime | None  # None on the final update
    final: bool


@dataclass(frozen=True)
class PromiseOutcome:
    """One promise ("next update by ...") and what became of it."""

    made_at: datetime
    promised_at: datetime
    kept_at: datetime | None  # when the next update really came; None if none came
    kept: bool | None  # None while the promise is still open

    @property
    def late_by(self) -> timedelta | None:
        if self.kept_at is None:
            return None
        return max(self.kept_at - self.promised_at, timedelta(0))


def promise_record(
    updates: Sequence[UpdateFact], now: datetime, closed_at: datetime | None = None
) -> list[PromiseOutcome]:
    """For every update that promised a next one: did the next one come in time?

    ``closed_at`` ends the obligation (resolution with a final update): a promise
    falling due after it is not broken by silence.
    """
    ordered = sorted(updates, key=lambda u: u.sent_at)
    outcomes = []
    for index, update in enumerate(ordered):
        if update.promised_next_at is None:
            continue
        following = ordered[index + 1].sent_at if index + 1 < len(ordered) else None
        due = update.promised_next_at + PROMISE_GRACE
        if following is not None:
            kept: bool | None = following <= due
        elif closed_at is not None and closed_at <= due:
            kept = True  # the incident ended before the promise fell due
        elif now > due:
            kept = False
        else:
            kept = None
        outcomes.append(PromiseOutcome(update.sent_at, update.promised_next_at, following, kept))
    return outcomes


def promises_kept_ratio(outcomes: Iterable[PromiseOutcome]) -> float | None:
    decided = [o.kept for o in outcomes if o.kept is not None]
    if not decided:
        return None
    return sum(1 for k in decided if k) / len(decided)


@dataclass(frozen=True)
class KeyTimes:
    started: datetime
    detected: datetime | None
    declared: datetime
    first_update: datetime | None
    mitigated: datetime | None
    resolved: datetime | None


def durations(times: KeyTimes) -> dict[str, timedelta | None]:
    """Time to detect, declare, first update, mitigate and resolve, from the start."""

    def since_start(moment: datetime | None) -> timedelta | None:
        return None if moment is None else moment - times.started

    return {
        "detect": since_start(times.detected),
        "declare": since_start(times.declared),
        "first_update": since_start(times.first_update),
        "mitigate": since_start(times.mitigated),
        "resolve": since_start(times.resolved),
    }


def mean_duration(values: Iterable[timedelta | None]) -> timedelta | None:
    present = [v.total_seconds() for v in values if v is not None]
    return timedelta(seconds=mean(present)) if present else None


def recurrence(categories: Iterable[str]) -> dict[str, int]:
    """How often each root-cause category occurred, most frequent first."""
    counts: dict[str, int] = {}
    for category in categories:
        key = category.strip() or "uncategorised"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
