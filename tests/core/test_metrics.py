from __future__ import annotations

from datetime import UTC, datetime, timedelta

from warroom.core.metrics import (
    KeyTimes,
    UpdateFact,
    durations,
    mean_duration,
    promise_record,
    promises_kept_ratio,
    recurrence,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_promises_kept_late_and_open_on_a_hand_built_timeline() -> None:
    updates = [
        UpdateFact(m(0), m(15), False),  # next came at 14: kept
        UpdateFact(m(14), m(29), False),  # next came at 30: within the minute of grace
        UpdateFact(m(30), m(45), False),  # next came at 52: late by 7 minutes
        UpdateFact(m(52), m(67), False),  # nothing since; now is 70: broken
    ]
    outcomes = promise_record(updates, now=m(70))
    assert [o.kept for o in outcomes] == [True, True, False, False]
    assert outcomes[2].late_by == timedelta(minutes=7)
    assert outcomes[3].kept_at is None
    assert promises_kept_ratio(outcomes) == 0.5


def test_an_open_promise_is_not_yet_judged_and_order_does_not_matter() -> None:
    updates = [UpdateFact(m(10), m(25), False), UpdateFact(m(0), m(15), False)]
    outcomes = promise_record(updates, now=m(20))
    assert [o.made_at for o in outcomes] == [m(0), m(10)]
    assert [o.kept for o in outcomes] == [True, None]
    assert promises_kept_ratio(outcomes) == 1.0
    assert promises_kept_ratio([]) is None


def test_the_final_update_makes_no_promise_and_resolution_ends_the_duty() -> None:
    updates = [UpdateFact(m(0), m(15), False), UpdateFact(m(10), None, True)]
    outcomes = promise_record(updates, now=m(90))
    assert len(outcomes) == 1 and outcomes[0].kept is True
    silent = [UpdateFact(m(0), m(30), False)]
    assert promise_record(silent, now=m(90), closed_at=m(20))[0].kept is True
    assert promise_record(silent, now=m(90), closed_at=m(40))[0].kept is False


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
