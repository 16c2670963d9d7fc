"""Import: a checked document (see ``reader``) written into the store.

The import trusts the events, never a state section on its own. It writes the
incident's chained events as they are, builds the state rows by replaying them
through the same projection the write path uses, and then compares the file's
state sections with what the events produced: a file whose state says
something its events do not is refused, naming the first disagreement, and
nothing is written. All of it in one transaction or none of it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warroom.core.errors import InvalidInput
from warroom.exchange import catalogue
from warroom.exchange.document import parse_time
from warroom.exchange.writer import state_sections
from warroom.store import search_index
from warroom.store.integrity import same_values
from warroom.store.models import Incident, Person, SpecLine, TimelineEvent
from warroom.store.projection import Projection, UnknownEvent
from warroom.store.records import EventRecord
from warroom.store.repository import Store

Section = list[dict[str, Any]]

# What a field added to the format later holds when nothing happened to it.
_DEFAULTS: tuple[Any, ...] = (None, "", "sent")

# The state sections compared with the events, in the order a reader meets them.
STATE_SECTIONS = (
    "incident",
    "roles",
    "checklist",
    "problem_specification",
    "hypotheses",
    "fix_attempts",
    "information_requests",
    "updates",
    "actions",
    "root_cause",
)


def import_incident(store: Store, document: dict[str, Any]) -> int:
    """Write a checked document (see ``load_document``) as one transaction; return the new id."""
    with store.bulk() as s:
        _refuse_duplicate(s, document["incident"]["uid"])
        incident = _add_incident(s, document)
        events = _add_timeline(s, incident.id, document["timeline"])
        projection = _replay(s, incident, events)
        search_index.index_events(s.connection(), events)
        _adopt_unproven(s, incident, document, projection)
        _add_contacts(s, document["people"])
        _check_state(s, incident, document, legacy="uid" not in events[0].payload)
        incident.head_number = document["integrity"]["events"]
        incident.head_hash = document["integrity"]["head_hash"]
        catalogue.add_missing(s, document.get(catalogue.SECTION, []), store.clock.now())
        return incident.id


def _refuse_duplicate(s: Session, uid: str) -> None:
    existing = s.scalar(select(Incident.id).where(Incident.uid == uid))
    if existing is not None:
        raise InvalidInput(
            f"this incident is already in the database as #{existing}",
            hint=f"open #{existing}, or import into another database with --db",
        )


def _add_incident(s: Session, document: dict[str, Any]) -> Incident:
    # A bare row for the events to belong to; the declaration's projection fills it.
    declared = parse_time(document["timeline"][0]["at"])
    incident = Incident(
        uid=document["incident"]["uid"],
        title="",
        priority="",
        status="",
        started_at=declared,
        declared_at=declared,
        head_number=0,
    )
    s.add(incident)
    s.flush()
    return incident


def _add_timeline(s: Session, iid: int, timeline: Section) -> list[EventRecord]:
    # seq runs across every incident in the database: the imported record goes after all of it.
    next_seq = (s.scalar(select(func.max(TimelineEvent.seq))) or 0) + 1
    events: list[EventRecord] = []
    for offset, e in enumerate(timeline):
        row = TimelineEvent(
            seq=next_seq + offset,
            incident_id=iid,
            number=e["number"],
            at=parse_time(e["at"]),
            kind=e["kind"],
            author=e["author"],
            role=e["role"],
            seat=e["seat"],
            payload=e["payload"],
            corrects=e["corrects"],
            prev_hash=e["prev_hash"],
            hash=e["hash"],
        )
        s.add(row)
        events.append(EventRecord.of(row))
    s.flush()
    return events


def _replay(s: Session, incident: Incident, events: list[EventRecord]) -> Projection:
    if events[0].kind != "incident.declared":
        raise InvalidInput(
            "the file's timeline does not begin with the declaration of the incident",
            hint="a warroom record starts with the event that declared it",
        )
    projection = Projection(s, incident)
    for event in events:
        try:
            projection.apply(event)
        except UnknownEvent as exc:
            raise InvalidInput(
                f"the file's timeline cannot be read: {exc}",
                hint="the file may come from a newer version of warroom; update warroom",
            ) from None
    s.flush()
    return projection


def _adopt_unproven(
    s: Session, incident: Incident, document: dict[str, Any], projection: Projection
) -> None:
    """Values that files written by 0.1 keep only in a state section, taken as they are."""
    for table, key, column in projection.unproven:
        if (table, column) == ("incident", "summary"):
            incident.summary = document["incident"]["summary"]
        elif (table, column) == ("spec_line", "uid"):
            line = s.scalar(
                select(SpecLine).where(
                    SpecLine.incident_id == incident.id, SpecLine.dimension == key
                )
            )
            given = [p["uid"] for p in document["problem_specification"] if p["dimension"] == key]
            if line is not None and given:
                line.uid = given[0]
    s.flush()


def _add_contacts(s: Session, people: Section) -> None:
    # A person's contact is no part of an incident's record; keep one where none is known.
    for person in people:
        if not person["contact"]:
            continue
        row = s.scalar(select(Person).where(Person.name == person["name"]))
        if row is not None and not row.contact:
            row.contact = person["contact"]


def _check_state(s: Session, incident: Incident, document: dict[str, Any], legacy: bool) -> None:
    produced = state_sections(s, incident)
    produced["incident"]["id"] = document["incident"].get("id")
    for section in STATE_SECTIONS:
        place = _first_difference(document[section], produced[section], section, legacy)
        if place is not None:
            where, given, expected = place
            raise InvalidInput(
                f"the file's state disagrees with its own events at {where}: "
                f"the file says {_short(given)}, its events say {_short(expected)}",
                hint="the file was edited after it was exported; ask for a fresh export",
            )


def _first_difference(given: Any, expected: Any, where: str, legacy: bool) -> Any:
    """(place, given, expected) of the first value that differs, or None."""
    if isinstance(given, dict) and isinstance(expected, dict):
        for key in (*expected, *(k for k in given if k not in expected)):
            if key not in given and expected[key] in _DEFAULTS:
                continue  # written before the field existed; its events say nothing else
            if key not in given or key not in expected:
                return f"{where}.{key}", given.get(key), expected.get(key)
            found = _first_difference(given[key], expected[key], f"{where}.{key}", legacy)
            if found is not None:
                return found
        return None
    if isinstance(given, list) and isinstance(expected, list):
        for index, (a, b) in enumerate(zip(given, expected, strict=False)):
            found = _first_difference(a, b, f"{where}[{index}]", legacy)
            if found is not None:
                return found
        if len(given) != len(expected):
            return f"{where} (its length)", len(given), len(expected)
        return None
    return None if same_values(given, expected, legacy) else (where, given, expected)


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "...'"


def check_importable(document: dict[str, Any]) -> None:
    """Import a checked document into a throwaway database: ``InvalidInput`` if it cannot be."""
    import tempfile
    from pathlib import Path

    from warroom.core.clock import SystemClock
    from warroom.store.engine import resolve_url

    with tempfile.TemporaryDirectory(prefix="warroom-check-") as folder:
        store = Store.open(resolve_url(str(Path(folder) / "check.sqlite3")), SystemClock())
        try:
            import_incident(store, document)
        finally:
            store.close()
