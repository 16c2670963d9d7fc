from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from warroom.core.clock import SimulatedClock, SystemClock, utc

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


class FakeMonotonic:
    def __init__(self) -> None:
        self.value = 100.0

    def __call__(self) -> float:
        return self.value


def test_paused_clock_stands_still_until_advanced() -> None:
    source = FakeMonotonic()
    clock = SimulatedClock(T0, monotonic=source)
    source.value += 60
    assert clock.now() == T0
    clock.advance(timedelta(minutes=5))
    assert clock.now() == T0 + timedelta(minutes=5)


def test_running_clock_follows_the_source_at_its_speed() -> None:
    source = FakeMonotonic()
    clock = SimulatedClock(T0, speed=20, running=True, monotonic=source)
    source.value += 3  # three real seconds
    assert clock.now() == T0 + timedelta(seconds=60)
    clock.pause()
    source.value += 100
    assert clock.now() == T0 + timedelta(seconds=60)
    clock.resume()
    clock.set_speed(1)
    source.value += 2
    assert clock.now() == T0 + timedelta(seconds=62)


def test_set_jumps_and_keeps_running() -> None:
    source = FakeMonotonic()
    clock = SimulatedClock(T0, running=True, monotonic=source)
    target = T0 + timedelta(hours=3)
    clock.set(target)
    source.value += 1
    assert clock.now() == target + timedelta(seconds=1)


def test_speed_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        SimulatedClock(T0, speed=0)


def test_times_are_aware_utc() -> None:
    assert SystemClock().now().tzinfo is UTC
    cet = timezone(timedelta(hours=1))
    assert utc(datetime(2026, 1, 1, 13, 0, tzinfo=cet)) == T0
    assert utc(datetime(2026, 1, 1, 12, 0)).tzinfo is UTC
