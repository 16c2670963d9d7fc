"""The scribe's record: entries typed into the timeline and corrections that
point at what they correct.
"""

from __future__ import annotations

from warroom.core.errors import NotFound
from warroom.core.vocabulary import (
    EntryKind,
    EventKind,
)
from warroom.room.base import RoomBase, checked_text
from warroom.store.repository import EventRecord


class TimelineActions(RoomBase):
    def log(
        self, incident_id: int, text: str, kind: EntryKind | str = EntryKind.NOTE
    ) -> EventRecord:
        entry_kind = EntryKind(kind)
        text = checked_text(text, "entry")
        with self.store.write() as tx:
            return self._record(
                tx, incident_id, EventKind.ENTRY, {"entry": entry_kind.value, "text": text}
            )

    def correct(self, incident_id: int, number: int, text: str, reason: str) -> EventRecord:
        """Correct an earlier event: a new event that points at it, with a reason."""
        text = checked_text(text, "corrected text")
        reason = checked_text(reason, "reason for the correction")
        with self._write(incident_id) as (tx, incident):
            if not 1 <= number <= incident.head_number:
                raise NotFound(f"incident #{incident_id} has no event {number}")
            return self._record(
                tx,
                incident,
                EventKind.CORRECTION,
                {"text": text, "reason": reason},
                corrects=number,
            )
