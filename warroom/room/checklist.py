"""The shared diagnostic-protocol checklist: items added from a protocol or by
hand, and ticked with a result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from warroom.core.i18n import N_
from warroom.core.protocol import CUSTOMER_FIELDS
from warroom.core.vocabulary import EventKind
from warroom.room.base import RoomBase, checked_text, new_uid
from warroom.store.models import ChecklistItem


class ChecklistActions(RoomBase):
    def add_checklist_item(
        self,
        incident_id: int,
        title: str,
        *,
        section: str = "",
        need: str = "",
        why: str = "",
        use: str = "",
        next_step: str = "",
    ) -> str:
        title = checked_text(title, N_("checklist item"))
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.CHECKLIST_ADDED,
                {
                    "uid": uid,
                    "section": section.strip(),
                    "title": title,
                    "need": need.strip(),
                    "why": why.strip(),
                    "use": use.strip(),
                    "next_step": next_step.strip(),
                },
            )
            return uid

    def add_checklist(
        self, incident_id: int, items: Iterable[Mapping[str, str]], *, protocol: str = ""
    ) -> list[str]:
        """Start the checklist from a protocol: one event that carries every item.

        ``items`` are what ``Protocol.checklist()`` gives; ``protocol`` is its
        title, for the timeline. Returns the new items' uids, in order.
        """
        started = []
        for number, item in enumerate(items, start=1):
            started.append(
                {
                    "uid": new_uid(),
                    "section": str(item.get("section", "")).strip(),
                    "title": checked_text(
                        item.get("title", ""), f"title of checklist item {number}"
                    ),
                    **{key: str(item.get(key, "")).strip() for key in CUSTOMER_FIELDS},
                }
            )
        if not started:
            return []
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.CHECKLIST_STARTED,
                {"protocol": protocol.strip(), "items": started},
            )
        return [item["uid"] for item in started]

    def tick_checklist_item(
        self,
        incident_id: int,
        item_uid: str,
        result: str,
        done: bool = True,
        *,
        based_on: int | None = None,
    ) -> None:
        with self._write(incident_id) as (tx, incident):
            item = self._entity(tx, ChecklistItem, incident_id, item_uid, N_("checklist item"))
            self._based_on(
                tx, incident, item.version, based_on, f"the checklist item “{item.title}”"
            )
            self._record(
                tx,
                incident,
                EventKind.CHECKLIST_TICKED,
                {"uid": item.uid, "title": item.title, "done": done, "result": result.strip()},
            )
