"""Import: a checked document (see ``reader``) written into the store, one of two ways.

A warroom export (its chain verified) is taken as it is: its chained events
are written unchanged, the state rows are built by replaying them through the
same projection the write path uses, and the record keeps its fingerprint.

A foreign record (no chain, or a broken one) is written anew through the
write path (``foreign``): event by event at the times its file gives, with a
fresh chain, and one more event that says where it came from.

Either way the import trusts the events, never a state section on its own:
the file's state sections (those it gives) are compared with what its events
produced, and a file whose state says something its events do not is
refused, naming the first disagreement. All of it in one transaction or none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _, ngettext
from warroom.core.vocabulary import ChainState
from warroom.exchange import catalogue, exercise_scenarios
from warroom.exchange.document import Incoming, Origin, dumps, parse_time
from warroom.exchange.foreign import import_foreign
from warroom.exchange.state import (
    add_contacts,
    bare_incident,
    check_state,
    refuse_duplicate,
    unreadable,
)
from warroom.store import search_index
from warroom.store.models import Incident, SpecLine, TimelineEvent
from warroom.store.projection import Projection, UnknownEvent
from warroom.store.records import Actor, EventRecord
from warroom.store.repository import Store

Section = list[dict[str, Any]]


@dataclass(frozen=True)
class Imported:
    """The new incident, and which way it came in."""

    incident_id: int
    incoming: Incoming
    events: int  # the record's length now (a foreign one: the file's events and one more)

    def describe(self) -> str:
        """What the import did, in one line for the person who ran it."""
        said = _("imported as #{id}: {way}").format(id=self.incident_id, way=self.incoming.way)
        if not self.incoming.foreign:
            return (
                said
                + " "
                + ngettext("({n} event)", "({n} events)", self.events).format(n=self.events)
            )
        said += "; " + _(
            "its {n} events were written with a fresh chain, and "
            "event {last} records where they came from"
        ).format(n=self.events - 1, last=self.events)
        cleaned = self.incoming.cleaned
        if cleaned:
            said += "; " + ngettext("{n} text made safe", "{n} texts made safe", cleaned).format(
                n=cleaned
            )
        return said


def import_document(store: Store, incoming: Incoming, actor: Actor | None = None) -> Imported:
    """Write a checked document (see ``read_document``) as one transaction."""
    if incoming.foreign:
        incident_id, events = import_foreign(store, incoming, actor)
    else:
        incident_id = _import_export(store, incoming.document)
        events = int(incoming.document["integrity"]["events"])
    return Imported(incident_id, incoming, events)


def import_incident(store: Store, document: Incoming | dict[str, Any]) -> int:
    """Import a checked document; return the new id.

    A plain dict is taken as already checked (``check_document``) and as a
    warroom export when it carries a chain: benchmarks and tools that build
    their own documents pass one.
    """
    if isinstance(document, dict):
        chained = "integrity" in document
        document = Incoming(
            document,
            Origin.of_bytes("", dumps(document).encode("utf-8")),
            ChainState.VERIFIED if chained else ChainState.ABSENT,
        )
    return import_document(store, document).incident_id


def _import_export(store: Store, document: dict[str, Any]) -> int:
    with store.bulk() as s:
        timeline = document["timeline"]
        uid = document.get("incident", {}).get("uid") or timeline[0]["payload"].get("uid")
        if not uid:
            raise InvalidInput(
                _("the file names no uid for the incident"),
                hint=_('give it in the declaration\'s payload ("uid") or in "incident"'),
            )
        refuse_duplicate(s, uid)
        incident = _add_incident(s, uid, timeline)
        events = _add_timeline(s, incident.id, timeline)
        projection = _replay(s, incident, events)
        search_index.index_events(s.connection(), events)
        _adopt_unproven(s, incident, document, projection)
        add_contacts(s, document.get("people") or [])
        check_state(s, incident, document, legacy="uid" not in events[0].payload)
        incident.head_number = document["integrity"]["events"]
        incident.head_hash = document["integrity"]["head_hash"]
        catalogue.add_missing(s, document.get(catalogue.SECTION, []), store.clock.now())
        exercise_scenarios.add(s, document.get(exercise_scenarios.SECTION, []))
        return incident.id


def _add_incident(s: Session, uid: str, timeline: Section) -> Incident:
    return bare_incident(s, uid, parse_time(timeline[0]["at"]))


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
            role=e.get("role", ""),
            seat=e.get("seat", ""),
            payload=e["payload"],
            corrects=e.get("corrects"),
            prev_hash=e["prev_hash"],
            hash=e["hash"],
        )
        s.add(row)
        events.append(EventRecord.of(row))
    s.flush()
    return events


def _replay(s: Session, incident: Incident, events: list[EventRecord]) -> Projection:
    projection = Projection(s, incident)
    for event in events:
        try:
            projection.apply(event)
        except UnknownEvent as exc:
            raise unreadable(exc) from None
    s.flush()
    return projection


def _adopt_unproven(
    s: Session, incident: Incident, document: dict[str, Any], projection: Projection
) -> None:
    """Values that files written by 0.1 keep only in a state section, taken as they are."""
    for table, key, column in projection.unproven:
        if (table, column) == ("incident", "summary") and "incident" in document:
            incident.summary = document["incident"]["summary"]
        elif (table, column) == ("spec_line", "uid"):
            line = s.scalar(
                select(SpecLine).where(
                    SpecLine.incident_id == incident.id, SpecLine.dimension == key
                )
            )
            given = [
                p["uid"]
                for p in document.get("problem_specification") or ()
                if p["dimension"] == key
            ]
            if line is not None and given:
                line.uid = given[0]
    s.flush()


def check_importable(incoming: Incoming) -> None:
    """Import a checked document into a throwaway database: ``InvalidInput`` if it cannot be."""
    import tempfile
    from pathlib import Path

    from warroom.core.clock import SystemClock
    from warroom.store.engine import resolve_url

    with tempfile.TemporaryDirectory(prefix="warroom-check-") as folder:
        store = Store.open(resolve_url(str(Path(folder) / "check.sqlite3")), SystemClock())
        try:
            import_document(store, incoming)
        finally:
            store.close()
