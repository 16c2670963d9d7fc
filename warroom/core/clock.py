"""Clocks. Every timer in the app reads an injected ``Clock``.

A countdown is always ``deadline - clock.now()``, never a sum of ticks, so it
cannot drift, and tests move a ``SimulatedClock`` instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


def utc(dt: datetime) -> datetime:
    """The same instant as an aware UTC datetime (naive input is taken as UTC)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class SimulatedClock:
    """A clock for exercises and tests: settable, pausable, with a speed factor.

    Simulated time advances ``speed`` times as fast as the ``monotonic`` source
    while running. Tests pass a fake source (or keep it paused and call
    ``advance``) so nothing ever sleeps.
    """

    def __init__(
        self,
        start: datetime,
        *,
        speed: float = 1.0,
        running: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._monotonic = monotonic
        self._base = utc(start)
        self._speed = speed
        self._anchor: float | None = monotonic() if running else None

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def running(self) -> bool:
        return self._anchor is not None

    def now(self) -> datetime:
        if self._anchor is None:
            return self._base
        elapsed = (self._monotonic() - self._anchor) * self._speed
        return self._base + timedelta(seconds=elapsed)

    def _rebase(self) -> None:
        self._base = self.now()
        if self._anchor is not None:
            self._anchor = self._monotonic()

    def set_speed(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._rebase()
        self._speed = speed

    def pause(self) -> None:
        self._rebase()
        self._anchor = None

    def resume(self) -> None:
        if self._anchor is None:
            self._anchor = self._monotonic()

    def set(self, instant: datetime) -> None:
        self._base = utc(instant)
        if self._anchor is not None:
            self._anchor = self._monotonic()

    def advance(self, delta: timedelta) -> None:
        self._rebase()
        self._base += delta
