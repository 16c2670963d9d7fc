"""The catalogue entries an exported incident refers to, carried so it keeps its meaning.

Optional in the document (added in warroom 0.3): the services its events name,
as the exporting machine's catalogue describes them. An import adds the ones
the receiving catalogue does not have and never changes one it has: the local
catalogue is the team's, the file only fills gaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from warroom.core.catalogue import service_from
from warroom.core.vocabulary import EventKind
from warroom.store import catalogue as rows

SECTION = "catalogue"


def named_services(payloads: Iterable[tuple[str, dict[str, Any]]]) -> list[str]:
    """Every service an incident's events name (declaration and impact changes), once."""
    names: dict[str, str] = {}
    for kind, payload in payloads:
        if kind in (EventKind.DECLARED, EventKind.IMPACT_CHANGED):
            for name in payload.get("services", []):
                names.setdefault(str(name).casefold(), str(name))
    return list(names.values())


def entries(s: Session, services: list[str]) -> list[dict[str, Any]]:
    catalogue = rows.load(s)
    found = [catalogue.get(name) for name in services]
    return [service.as_dict() for service in found if service is not None]


def add_missing(s: Session, section: list[dict[str, Any]], now: Any) -> list[str]:
    """Add the file's entries the catalogue lacks; the names added."""
    catalogue = rows.load(s)
    added = []
    for index, entry in enumerate(section):
        service = service_from(entry, f"the file's catalogue[{index}]")
        if catalogue.get(service.name) is None and service.name not in added:
            rows.put(s, service, now)
            added.append(service.name)
    return added
