"""Follow-up (rules 6 and 7): the root cause with its proof, the corrective
and preventive actions, and the sources the record's facts come from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_, _
from warroom.core.vocabulary import ActionKind, ActionStatus, EventKind
from warroom.room.base import RoomBase, checked_text, new_uid, optional_iso
from warroom.store.models import Action, RootCause


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
        text = checked_text(text, N_("action"))
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.ACTION_ADDED,
                {
                    "uid": uid,
                    "kind": action_kind.value,
                    "text": text,
                    "owner": owner.strip(),
                    "due": optional_iso(due),
                    "other_systems": [s.strip() for s in other_systems if s.strip()],
                },
            )
            return uid

    def set_action_status(
        self,
        incident_id: int,
        action_uid: str,
        status: ActionStatus | str,
        note: str = "",
        *,
        based_on: int | None = None,
    ) -> None:
        new = ActionStatus(status)
        with self._write(incident_id) as (tx, incident):
            action = self._entity(tx, Action, incident_id, action_uid, N_("action"))
            self._based_on(tx, incident, action.version, based_on, f"the action “{action.text}”")
            self._record(
                tx,
                incident,
                EventKind.ACTION_STATUS,
                {"uid": action.uid, "from": action.status, "to": new.value, "note": note.strip()},
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
        based_on: int | None = None,
    ) -> None:
        """Root cause, how it was proven, what was assumed, what else was considered (rule 6)."""
        cause = checked_text(cause, N_("root cause"))
        alts = [
            {"cause": checked_text(c, N_("alternative cause")), "why_rejected": w.strip()}
            for c, w in alternatives
        ]
        with self._write(incident_id) as (tx, incident):
            current = tx.session.scalar(
                select(RootCause.version).where(RootCause.incident_id == incident_id)
            )
            self._based_on(tx, incident, current or 0, based_on, N_("the root cause"))
            self._record(
                tx,
                incident,
                EventKind.ROOT_CAUSE_SET,
                {
                    "cause": cause,
                    "category": category.strip(),
                    "how_proven": how_proven.strip(),
                    "assumptions": assumptions.strip(),
                    "alternatives": alts,
                },
            )

    def add_source(self, incident_id: int, title: str, url: str = "", note: str = "") -> str:
        """A source of the record's facts (a published postmortem, a status page); its uid."""
        title = checked_text(title, N_("title of the source"), limit=300)
        url = url.strip()
        if url and (not url.startswith(("https://", "http://")) or any(c.isspace() for c in url)):
            raise InvalidInput(
                _("{url!r} is not a web address").format(url=url),
                hint=_("give it as https://... or leave it empty"),
            )
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.SOURCE_ADDED,
                {
                    "uid": uid,
                    "title": title,
                    "url": checked_text(url, N_("web address"), required=False, limit=2000),
                    "note": checked_text(note, N_("note"), required=False),
                },
            )
            return uid
