"""Dates, times and numbers in a document's language, by Babel's locale data.

English documents keep the ISO-like form they always had (``2026-11-25 10:35
UTC``); a German or Japanese one prints its dates as its readers write them
(``25.11.2026 10:35 UTC``, ``2026/11/25 10:35 UTC``). Every time still names its
zone, and JSON and machine output stay ISO: this is for people only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from warroom.core.i18n import current
from warroom.core.language import SOURCE
from warroom.core.zones import TimeStyle, zone_abbreviation


@dataclass(frozen=True)
class LocaleTimeStyle(TimeStyle):
    """A ``TimeStyle`` that prints dates and times in ``lang`` (the source language as before)."""

    lang: str = SOURCE

    def stamp(self, value: datetime | None, seconds: bool = False) -> str:
        if self.lang == SOURCE or value is None:
            return super().stamp(value, seconds)
        at = value.astimezone(UTC)
        return f"{self._date(at)} {self._time(at, seconds)} UTC{self._there(at, date=True)}"

    def clock(self, value: datetime | None) -> str:
        if self.lang == SOURCE or value is None:
            return super().clock(value)
        at = value.astimezone(UTC)
        return f"{self._time(at)} UTC{self._there(at, date=False)}"

    def _date(self, at: datetime) -> str:
        from babel.dates import format_date

        return str(format_date(at, "medium", locale=self.lang))

    def _time(self, at: datetime, seconds: bool = False) -> str:
        from babel.dates import format_time

        zone = at.tzinfo or UTC
        return str(format_time(at, "medium" if seconds else "short", tzinfo=zone, locale=self.lang))

    def _there(self, at: datetime, date: bool) -> str:
        if self.second is None:
            return ""
        there = at.astimezone(self.second)
        name = zone_abbreviation(at, self.second)
        # The other zone's date only where it is not UTC's, as TimeStyle does.
        if there.date() != at.date():
            return f" ({self._date(there)} {self._time(there)} {name})"
        return f" ({self._time(there)} {name})"


def localized_times(zone: ZoneInfo | None) -> TimeStyle:
    """How a document in the current language prints instants, UTC first, ``zone`` beside."""
    return LocaleTimeStyle(zone, current())


def percent(value: float) -> str:
    """``85 %`` (English and German), ``85%`` (Japanese): Babel's pattern for the language."""
    lang = current()
    if lang == SOURCE:
        return f"{value * 100:.0f} %"
    from babel.numbers import format_percent

    return str(format_percent(value, locale=lang))
