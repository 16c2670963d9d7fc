"""Time-zone names: the zone a team or a source gave its times in.

Times are stored in UTC; an incident may also keep the IANA name of the zone
its team (or the postmortem it was written from) spoke in, so a report can say
"09:37 PST" where the source did.
"""

from __future__ import annotations

import zoneinfo


def known_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (``Europe/Berlin``, ``UTC``)."""
    if not name or name != name.strip() or name.startswith("/") or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
