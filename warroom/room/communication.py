"""Communication: requests to the customer (rule 3), status updates and their
delivery, on-call paging and escalation (rule 5).
"""

from __future__ import annotations

from datetime import datetime

from warroom.core.clock import utc
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.i18n import N_, _
from warroom.core.language import check_language
from warroom.core.vocabulary import Audience, Delivery, EventKind, Status
from warroom.room.base import RoomBase, checked_text, new_uid, optional_iso
from warroom.store.models import InformationRequest, StatusUpdate


class CommunicationActions(RoomBase):
    def request_information(
        self, incident_id: int, *, need: str, why: str, use: str, next_step: str, to: str = ""
    ) -> str:
        """Ask the customer for something, saying why, what for and what comes next (rule 3)."""
        fields = {
            "need": checked_text(need, N_("what we need")),
            "why": checked_text(why, N_("why we need it")),
            "use": checked_text(use, N_("what we will do with it")),
            "next_step": checked_text(next_step, N_("what comes next")),
        }
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.REQUEST_SENT,
                {"uid": uid, "to": to.strip(), **fields},
            )
            return uid

    def answer_request(
        self, incident_id: int, request_uid: str, answer: str, *, based_on: int | None = None
    ) -> None:
        answer = checked_text(answer, N_("answer"))
        with self._write(incident_id) as (tx, incident):
            request = self._entity(tx, InformationRequest, incident_id, request_uid, N_("request"))
            self._based_on(tx, incident, request.version, based_on, N_("the request's answer"))
            self._record(
                tx, incident, EventKind.REQUEST_ANSWERED, {"uid": request.uid, "answer": answer}
            )

    def post_update(
        self,
        incident_id: int,
        text: str,
        *,
        next_update_at: datetime | None,
        audience: Audience | str = Audience.CUSTOMERS,
        channel: str = "clipboard",
        final: bool = False,
        delivery: Delivery | str = Delivery.SENT,
        lang: str | None = None,
    ) -> str:
        """Record a status update. Every update but the final one names the time of the next.

        ``lang`` is the language it was written in, when the communicator chose one.
        """
        text = checked_text(text, N_("update text"))
        if lang is not None:
            check_language(lang)
        aud = Audience(audience)
        now = self.now()
        if final:
            next_update_at = None
        elif next_update_at is None:
            raise RuleViolation(
                _("this update does not say when the next update comes"),
                hint=_("every update but the final one promises the time of the next"),
            )
        elif utc(next_update_at) <= now:
            raise RuleViolation(_("the next update time is in the past; promise a time ahead"))
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            if final and Status(incident.status).is_active:
                raise RuleViolation(
                    _("the final update comes once the incident is resolved"),
                    hint=_("resolve the incident first, then post the final update"),
                )
            self._record(
                tx,
                incident,
                EventKind.UPDATE_POSTED,
                {
                    "uid": uid,
                    "audience": aud.value,
                    "phase": incident.status,
                    "channel": channel,
                    "text": text,
                    "next_update_at": optional_iso(next_update_at),
                    "final": final,
                    "delivery": Delivery(delivery).value,
                    **({} if lang is None else {"lang": lang}),
                },
            )
            return uid

    def record_delivery(
        self, incident_id: int, update_uid: str, delivered: bool, detail: str = ""
    ) -> None:
        """What the channel said: sent, or failed and why. The update's words stay either way."""
        with self._write(incident_id) as (tx, incident):
            update = self._entity(tx, StatusUpdate, incident_id, update_uid, N_("update"))
            self._record(
                tx,
                incident,
                EventKind.UPDATE_DELIVERY,
                {
                    "uid": update.uid,
                    "channel": update.channel,
                    "delivery": (Delivery.SENT if delivered else Delivery.FAILED).value,
                    "detail": detail.strip(),
                },
            )

    def page_oncall(self, incident_id: int, who: str, level: str = "primary") -> None:
        """Page an on-call engineer; the acknowledgement window runs from now."""
        who = checked_text(who, N_("name of the engineer paged"), limit=200)
        if level not in ("primary", "backup"):
            raise InvalidInput(_("an on-call page goes to the primary or the backup"))
        with self._write(incident_id) as (tx, incident):
            self._record(tx, incident, EventKind.ONCALL_PAGED, {"who": who, "level": level})

    def acknowledge_page(self, incident_id: int, note: str = "") -> None:
        with self._write(incident_id) as (tx, incident):
            if incident.paged_at is None:
                raise RuleViolation(_("nobody has been paged for this incident"))
            if incident.acknowledged_at is not None:
                raise RuleViolation(
                    _("{who} has already acknowledged the page").format(who=incident.paged_who)
                )
            self._record(
                tx,
                incident,
                EventKind.ONCALL_ACKNOWLEDGED,
                {"who": incident.paged_who, "note": note.strip()},
            )

    def escalate(self, incident_id: int, to: str, note: str = "") -> None:
        to = checked_text(to, N_("who the incident is escalated to"), limit=200)
        with self._write(incident_id) as (tx, incident):
            self._record(tx, incident, EventKind.ESCALATED, {"to": to, "note": note.strip()})
