from __future__ import annotations

from datetime import UTC, datetime, timedelta

from warroom.core.metrics import (
    KeyTimes,
    durations,
    mean_duration,
    recurrence,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_durations_from_the_start() -> None:
    times = KeyTimes(m(0), m(14), m(22), m(28), m(150), m(235))
    d = durations(times)
    assert d == {
        "detect": timedelta(minutes=14),
        "declare": timedelta(minutes=22),
        "first_update": timedelta(minutes=28),
        "mitigate": timedelta(minutes=150),
        "resolve": timedelta(minutes=235),
    }
    assert durations(KeyTimes(m(0), None, m(5), None, None, None))["resolve"] is None


def test_mean_duration_and_recurrence() -> None:
    assert mean_duration([timedelta(hours=1), None, timedelta(hours=3)]) == timedelta(hours=2)
    assert mean_duration([None]) is None
    assert recurrence(["disk full", "Config", "disk full", "", " "]) == {
        "disk full": 2,
        "uncategorised": 2,
        "Config": 1,
    }
