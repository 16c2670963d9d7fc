"""Follow-up (rules 6 and 7): the root cause with its proof, and the corrective
and preventive actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from warroom.core.clock import utc
from warroom.core.vocabulary import (
    ActionKind,
    ActionStatus,
    EventKind,
)
from warroom.room.base import RoomBase, checked_text, new_uid, optional_iso
from warroom.store.models import (
    Action,
    RootCause,
)


class FollowUpActions(RoomBase):
    def add_action(
        self,
        incident_id: int,
        kind: ActionKind | str,
        text: str,
        *,
        owner: str = "",
        due: datetime | None = None,
        other_systems: Sequence[str] = (),
    ) -> str:
        action_kind = ActionKind(kind)
        text = checked_text(text, "action")
        with self._write(incident_id) as (tx, incident):
            action = Action(
                incident_id=incident_id,
                uid=new_uid(),
                kind=action_kind,
                text=text,
                owner=owner.strip(),
                due=utc(due) if due else None,
                status=ActionStatus.OPEN,
                other_systems=[s.strip() for s in other_systems if s.strip()],
                created_at=self.now(),
            )
            tx.session.add(action)
            self._record(
                tx,
                incident,
                EventKind.ACTION_ADDED,
                {
                    "uid": action.uid,
                    "kind": action_kind.value,
                    "text": text,
                    "owner": action.owner,
                    "due": optional_iso(action.due),
                    "other_systems": list(action.other_systems),
                },
            )
            return action.uid

    def set_action_status(
        self, incident_id: int, action_uid: str, status: ActionStatus | str, note: str = ""
    ) -> None:
        new = ActionStatus(status)
        with self._write(incident_id) as (tx, incident):
            action = self._entity(tx, Action, incident_id, action_uid, "action")
            old = action.status
            action.status = new
            action.done_at = self.now() if new is ActionStatus.DONE else None
            self._record(
                tx,
                incident,
                EventKind.ACTION_STATUS,
                {"uid": action.uid, "from": old, "to": new.value, "note": note.strip()},
            )

    def set_root_cause(
        self,
        incident_id: int,
        cause: str,
        *,
        how_proven: str,
        assumptions: str = "",
        alternatives: Sequence[tuple[str, str]] = (),
        category: str = "",
    ) -> None:
        """Root cause, how it was proven, what was assumed, what else was considered (rule 6)."""
        cause = checked_text(cause, "root cause")
        alts = [
            {"cause": checked_text(c, "alternative cause"), "why_rejected": w.strip()}
            for c, w in alternatives
        ]
        with self._write(incident_id) as (tx, incident):
            record = tx.session.scalar(
                select(RootCause).where(RootCause.incident_id == incident_id)
            )
            if record is None:
                record = RootCause(incident_id=incident_id)
                tx.session.add(record)
            record.cause = cause
            record.category = category.strip()
            record.how_proven = how_proven.strip()
            record.assumptions = assumptions.strip()
            record.alternatives = alts
            record.set_by = self.actor.person
            record.set_at = self.now()
            self._record(
                tx,
                incident,
                EventKind.ROOT_CAUSE_SET,
                {
                    "cause": cause,
                    "category": record.category,
                    "how_proven": record.how_proven,
                    "assumptions": record.assumptions,
                    "alternatives": alts,
                },
            )
