"""Who was paged, when, whether they acknowledged, and whether the backup was paged.

Read from the chained events: the incident row keeps only the latest page, the
report owes the whole story (seeds/003: the backup is paged after 30 minutes
without a reaction from the primary).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from warroom.core.vocabulary import EventKind
from warroom.store.repository import EventRecord


@dataclass(frozen=True)
class Page:
    at: datetime
    who: str
    level: str  # primary or backup
    acknowledged_at: datetime | None
    note: str  # what the engineer said on acknowledging
    next_page_at: datetime | None  # the page that followed this one, if any

    @property
    def reaction(self) -> timedelta | None:
        return None if self.acknowledged_at is None else self.acknowledged_at - self.at

    def unanswered_for(self, window: timedelta, now: datetime) -> bool:
        """True when nobody reacted within ``window`` (acknowledged late, or never)."""
        if self.acknowledged_at is not None:
            return self.acknowledged_at - self.at > window
        return (self.next_page_at or now) - self.at > window


def pages(events: Sequence[EventRecord]) -> tuple[Page, ...]:
    """Every page in order; an acknowledgement answers the latest page before it."""
    paged = [e for e in events if e.kind == EventKind.ONCALL_PAGED]
    acks = [e for e in events if e.kind == EventKind.ONCALL_ACKNOWLEDGED]
    found = []
    for index, page in enumerate(paged):
        following = paged[index + 1] if index + 1 < len(paged) else None
        ack = next(
            (a for a in acks if a.seq > page.seq and (following is None or a.seq < following.seq)),
            None,
        )
        found.append(
            Page(
                at=page.at,
                who=str(page.payload.get("who") or "?"),
                level=str(page.payload.get("level") or "primary"),
                acknowledged_at=None if ack is None else ack.at,
                note="" if ack is None else str(ack.payload.get("note") or ""),
                next_page_at=None if following is None else following.at,
            )
        )
    return tuple(found)
