"""Plain records that cross the store's boundary: who acts, and one timeline event.

Kept apart from the repository so that the projection (which the repository
runs inside every write) can use them without a circular import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from warroom.core.chain import ChainedFields
from warroom.core.clock import utc


@dataclass(frozen=True)
class Actor:
    """Who does something: the person, the role they act in, and their seat."""

    person: str
    role: str
    seat: str


@dataclass(frozen=True)
class EventRecord:
    seq: int
    incident_id: int
    number: int
    at: Any  # datetime; Any keeps the record trivially constructible from rows
    kind: str
    author: str
    role: str
    seat: str
    payload: dict[str, Any]
    corrects: int | None
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, row: Any) -> EventRecord:
        return cls(
            seq=row.seq,
            incident_id=row.incident_id,
            number=row.number,
            at=row.at,
            kind=row.kind,
            author=row.author,
            role=row.role,
            seat=row.seat,
            payload=dict(row.payload),
            corrects=row.corrects,
            prev_hash=row.prev_hash,
            hash=row.hash,
        )


def iso(dt: Any) -> str:
    """The one textual form of an instant, used by the hash chain and the export."""
    return str(dt.isoformat(timespec="microseconds"))


def parse_instant(value: str) -> datetime:
    """An instant written by ``iso`` (or any ISO 8601 time with a zone), as aware UTC."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"the time {value!r} names no zone")
    return utc(parsed)


def chained_fields(row: Any) -> ChainedFields:
    return ChainedFields(
        number=row.number,
        at=iso(row.at),
        kind=row.kind,
        author=row.author,
        role=row.role,
        seat=row.seat,
        payload=row.payload,
        corrects=row.corrects,
        prev_hash=row.prev_hash,
    )
