"""Time zones by name, and instants printed so that every time names its zone.

Times are stored in UTC, and a report prints UTC whatever the machine's zone;
war rooms span zones, so a report may show a second zone beside UTC (the
customer's, or the team's). An incident may also keep the IANA name of the
zone its team (or the postmortem it was written from) spoke in. Zones are IANA
names read with ``zoneinfo``.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _


def named_zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (``Europe/Berlin``); a clear error for anything else."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(
            _("unknown time zone {name!r}").format(name=name),
            hint=_("give an IANA zone name such as Europe/Berlin, America/New_York or Asia/Tokyo"),
        ) from None


def zone_abbreviation(value: datetime, zone: tzinfo) -> str:
    """What the zone is called at that instant (CET or CEST; +03 where it has no name)."""
    return value.astimezone(zone).tzname() or str(zone)


@dataclass(frozen=True)
class TimeStyle:
    """How a document prints instants: UTC first, then the second zone if there is one.

    ``second`` None prints UTC only. Nothing here reads the machine's zone, so the
    same record gives the same document on every machine.
    """

    second: ZoneInfo | None = None

    def stamp(self, value: datetime | None, seconds: bool = False) -> str:
        """``2026-11-25 10:35 UTC`` (``… UTC (11:35 CET)`` with a second zone)."""
        if value is None:
            return "—"
        at = value.astimezone(UTC)
        text = f"{at:%Y-%m-%d %H:%M:%S}" if seconds else f"{at:%Y-%m-%d %H:%M}"
        return f"{text} UTC{self._beside(at, date=True)}"

    def clock(self, value: datetime | None) -> str:
        """A time of day: ``10:35 UTC`` (``10:35 UTC (11:35 CET)`` with a second zone)."""
        if value is None:
            return "—"
        at = value.astimezone(UTC)
        return f"{at:%H:%M} UTC{self._beside(at, date=False)}"

    def heading(self, label: str) -> str:
        """A column heading naming the zones its times are in: ``Time (UTC)``."""
        if self.second is None:
            return f"{label} (UTC)"
        return f"{label} (UTC; {self.second.key})"

    def _beside(self, at: datetime, date: bool) -> str:
        if self.second is None:
            return ""
        there = at.astimezone(self.second)
        name = zone_abbreviation(at, self.second)
        # The other zone's date only where it is not UTC's, so the eye catches it.
        if there.date() != at.date():
            if date:
                return f" ({there:%Y-%m-%d %H:%M} {name})"
            return f" ({there:%H:%M} {name} on {there:%Y-%m-%d})"
        return f" ({there:%H:%M} {name})"


def known_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (``Europe/Berlin``, ``UTC``)."""
    if not name or name != name.strip() or name.startswith("/") or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
