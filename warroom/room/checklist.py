"""The shared diagnostic-protocol checklist: items added from a protocol or by
hand, and ticked with a result.
"""

from __future__ import annotations

from collections.abc import Iterable

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
        title = checked_text(title, "checklist item")
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

    def add_checklist(self, incident_id: int, items: Iterable[dict[str, str]]) -> list[str]:
        return [self.add_checklist_item(incident_id, **item) for item in items]

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
            item = self._entity(tx, ChecklistItem, incident_id, item_uid, "checklist item")
            self._based_on(
                tx, incident, item.version, based_on, f"the checklist item “{item.title}”"
            )
            self._record(
                tx,
                incident,
                EventKind.CHECKLIST_TICKED,
                {"uid": item.uid, "title": item.title, "done": done, "result": result.strip()},
            )
