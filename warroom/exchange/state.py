"""What both ways in share: the new incident's row, and the file's state checked against its events.

A file's state sections are a convenience for its readers; the events are the
record. Whatever way a file comes in, the state its events produced is
compared with the sections the file gives, and the first disagreement refuses
the file.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.exchange.document import STATE_SECTIONS
from warroom.exchange.writer import state_sections
from warroom.store.integrity import same_values
from warroom.store.models import Incident, Person
from warroom.store.projection import UnknownEvent

Section = list[dict[str, Any]]

# What a field added to the format later holds when nothing happened to it.
_DEFAULTS: tuple[Any, ...] = (None, "", "sent", [])


def refuse_duplicate(s: Session, uid: str) -> None:
    existing = s.scalar(select(Incident.id).where(Incident.uid == uid))
    if existing is not None:
        raise InvalidInput(
            _("this incident is already in the database as #{id}").format(id=existing),
            hint=_("open #{id}, or import into another database with --db").format(id=existing),
        )


def bare_incident(s: Session, uid: str, declared_at: Any) -> Incident:
    """A bare row for the events to belong to; the declaration's projection fills it."""
    incident = Incident(
        uid=uid,
        title="",
        priority="",
        status="",
        started_at=declared_at,
        declared_at=declared_at,
        head_number=0,
    )
    s.add(incident)
    s.flush()
    return incident


def unreadable(exc: UnknownEvent) -> InvalidInput:
    return InvalidInput(
        _("the file's timeline cannot be read: {reason}").format(reason=exc),
        hint=_("the file may come from a newer version of warroom; update warroom"),
    )


def add_contacts(s: Session, people: Section) -> None:
    # A person's contact is no part of an incident's record; keep one where none is known.
    for person in people:
        if not person["contact"]:
            continue
        row = s.scalar(select(Person).where(Person.name == person["name"]))
        if row is not None and not row.contact:
            row.contact = person["contact"]


def check_state(s: Session, incident: Incident, document: dict[str, Any], legacy: bool) -> None:
    """Refuse a file whose state sections (those it gives) say what its events do not."""
    produced = state_sections(s, incident)
    if "incident" in document:
        produced["incident"]["id"] = document["incident"].get("id")
    for section in STATE_SECTIONS:
        if section not in document:
            continue
        place = _first_difference(document[section], produced[section], section, legacy)
        if place is not None:
            where, given, expected = place
            raise InvalidInput(
                _(
                    "the file's state disagrees with its own events at {where}: "
                    "the file says {given}, its events say {expected}"
                ).format(where=where, given=_short(given), expected=_short(expected)),
                hint=_("the file was edited after it was written; ask for a fresh export"),
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
