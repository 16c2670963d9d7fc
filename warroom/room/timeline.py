"""The scribe's record: entries typed into the timeline and corrections that
point at what they correct.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from warroom.core.clock import utc
from warroom.core.errors import NotFound
from warroom.core.i18n import N_, _
from warroom.core.vocabulary import (
    EntryKind,
    EventKind,
)
from warroom.room.base import RoomBase, checked_text
from warroom.store.models import Incident, TimelineEvent
from warroom.store.outbox import Outbox
from warroom.store.repository import EventRecord, WriteTx, iso


def _delivered(tx: WriteTx, incident_id: int, client_id: str) -> bool:
    found = tx.session.scalar(
        select(TimelineEvent.number).where(
            TimelineEvent.incident_id == incident_id,
            TimelineEvent.kind == EventKind.ENTRY,
            TimelineEvent.payload["client_id"].as_string() == client_id,
        )
    )
    return found is not None


class TimelineActions(RoomBase):
    def log(
        self, incident_id: int, text: str, kind: EntryKind | str = EntryKind.NOTE
    ) -> EventRecord:
        entry_kind = EntryKind(kind)
        text = checked_text(text, N_("entry"))
        with self.store.write() as tx:
            return self._record(
                tx, incident_id, EventKind.ENTRY, {"entry": entry_kind.value, "text": text}
            )

    def deliver_entry(
        self,
        incident_id: int,
        text: str,
        kind: EntryKind | str,
        *,
        client_id: str,
        typed_at: datetime,
    ) -> EventRecord | None:
        """Append an entry typed while the record was out of reach; None if it is already in.

        It is chained on arrival and keeps when it was typed. The seat's own id
        makes delivery idempotent: the outbox may send again after an answer
        was lost, and the entry is written once.
        """
        entry_kind = EntryKind(kind)
        text = checked_text(text, N_("entry"))
        client_id = checked_text(client_id, N_("entry id"), limit=64)
        payload: dict[str, Any] = {
            "entry": entry_kind.value,
            "text": text,
            "client_id": client_id,
            "typed_at": iso(utc(typed_at)),
        }
        with self.store.write() as tx:
            if _delivered(tx, incident_id, client_id):
                tx.abandon()
                return None
            return self._record(tx, incident_id, EventKind.ENTRY, payload)

    def deliver_outbox(self, outbox: Outbox) -> int:
        """Send what the seat kept while offline, oldest first; how many were written.

        Stops at the first entry that cannot be sent (the record is out of reach
        again), keeping it and everything after it for the next try.
        """
        written = 0
        for pending in outbox.pending():
            incident_id = self._incident_id(pending.incident_uid)
            if self.deliver_entry(
                incident_id,
                pending.text,
                pending.entry,
                client_id=pending.client_id,
                typed_at=pending.typed_at,
            ):
                written += 1
            outbox.remove(pending.client_id)
        return written

    def _incident_id(self, uid: str) -> int:
        with self.store.read() as session:
            found = session.scalar(select(Incident.id).where(Incident.uid == uid))
        if found is None:
            raise NotFound(
                _("the incident {uid} of an entry kept offline is not in this record").format(
                    uid=uid
                )
            )
        return int(found)

    def correct(self, incident_id: int, number: int, text: str, reason: str) -> EventRecord:
        """Correct an earlier event: a new event that points at it, with a reason."""
        text = checked_text(text, N_("corrected text"))
        reason = checked_text(reason, N_("reason for the correction"))
        with self._write(incident_id) as (tx, incident):
            if not 1 <= number <= incident.head_number:
                raise NotFound(
                    _("incident #{id} has no event {number}").format(id=incident_id, number=number)
                )
            return self._record(
                tx,
                incident,
                EventKind.CORRECTION,
                {"text": text, "reason": reason},
                corrects=number,
            )
