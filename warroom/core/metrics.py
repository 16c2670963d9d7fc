"""Measures of an incident and across incidents: durations, recurrence.

Update promises are judged in ``warroom.core.promises``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import mean


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
