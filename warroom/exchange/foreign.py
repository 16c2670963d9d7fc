"""A foreign record: written anew through the write path, with a fresh chain and its origin.

A file with no hash chain (written by another tool, or by hand from a public
postmortem) or with a broken one proves nothing by itself. It is imported as
if its events were typed now, at the times the file gives: one by one through
``WriteTx.record``, so each is projected and chained exactly as the app chains
its own. A last event, ``record.imported``, says where the record came from:
the file's name and SHA-256, the tool that wrote it, and that its own chain
was absent or broken (and where). Its texts were cleaned by the reader.

The event numbers are the record's own (1, 2, ...); a correction in the file
points at the number the file gave the corrected event, and is pointed anew.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.text import clean
from warroom.core.vocabulary import EventKind
from warroom.exchange.document import MAX_NAME, MAX_TITLE, Incoming, parse_time
from warroom.exchange.state import (
    add_contacts,
    bare_incident,
    check_state,
    refuse_duplicate,
)
from warroom.room.base import default_seat
from warroom.store.models import Incident
from warroom.store.projection import UnknownEvent
from warroom.store.records import Actor
from warroom.store.repository import Store, WriteTx


def import_foreign(store: Store, incoming: Incoming, actor: Actor | None) -> tuple[int, int]:
    """Write the foreign record as one transaction; (the new id, its number of events)."""
    document = incoming.document
    timeline = document["timeline"]
    uid = _incident_uid(document)
    now = store.clock.now()
    with store.write_events() as tx:
        refuse_duplicate(tx.session, uid)
        incident = bare_incident(tx.session, uid, parse_time(timeline[0]["at"]))
        renumbered: dict[int, int] = {}
        for index, event in enumerate(timeline):
            at = parse_time(event["at"])
            assert at is not None
            if at > now:
                raise InvalidInput(
                    _("{where}: {time} lies in the future").format(
                        where=f"timeline/{index}/at", time=event["at"]
                    ),
                    hint=_("a record holds what has happened; check the time and its zone"),
                )
            payload = event["payload"]
            if index == 0 and "uid" not in payload:
                payload = {"uid": uid, **payload}  # the fresh chain names its incident
            corrects = event.get("corrects")
            number = _write(tx, incident, event, index, payload, at, renumbered.get(corrects))
            renumbered[event.get("number", index + 1)] = number
        add_contacts(tx.session, document.get("people") or [])
        check_state(tx.session, incident, document, legacy="uid" not in timeline[0]["payload"])
        origin = tx.record(
            incident,
            EventKind.RECORD_IMPORTED,
            clean(_provenance(incoming)),
            actor or Actor(person="warroom", role="", seat=default_seat()),
        )
        return incident.id, origin.number


def _write(
    tx: WriteTx,
    incident: Incident,
    event: dict[str, Any],
    index: int,
    payload: dict[str, Any],
    at: Any,
    corrects: int | None,
) -> int:
    who = Actor(person=event["author"], role=event.get("role", ""), seat=event.get("seat", ""))
    try:
        return tx.record(incident, event["kind"], payload, who, corrects=corrects, at=at).number
    except UnknownEvent as exc:
        # The projection's words name the record's own number; the file's place is clearer.
        reason = str(exc.__cause__ or exc)
        raise InvalidInput(
            _("{where} ({kind}): the event cannot be applied: {reason}").format(
                where=f"timeline/{index}", kind=event["kind"], reason=reason
            ),
            hint=_("an event can only change what earlier events of the file created"),
        ) from None
    except IntegrityError:
        raise InvalidInput(
            _("{where} ({kind}): its uid is used by an earlier event for another entity").format(
                where=f"timeline/{index}", kind=event["kind"]
            ),
            hint=_("give every entity of the record its own uid"),
        ) from None


def _incident_uid(document: dict[str, Any]) -> str:
    declared = document["timeline"][0]["payload"].get("uid")
    given = (document.get("incident") or {}).get("uid")
    if declared and given and declared != given:
        raise InvalidInput(
            _(
                "the file names two uids for the incident: {given} and, in its declaration, "
                "{declared}"
            ).format(given=given, declared=declared)
        )
    uid = declared or given
    if not uid:
        raise InvalidInput(
            _("the file names no uid for the incident"),
            hint=_('give one (any UUID) in the declaration\'s payload as "uid"'),
        )
    return str(uid)


def _provenance(incoming: Incoming) -> dict[str, Any]:
    document = incoming.document
    return {
        "file": (incoming.origin.name or "(no file name)")[:MAX_TITLE],
        "sha256": incoming.origin.sha256,
        "tool": str(document.get("generator", ""))[:MAX_NAME],
        "format_version": incoming.version,
        "chain": incoming.chain.value,
        "chain_problem": incoming.chain_problem,
        "events": len(document["timeline"]),
        "cleaned": incoming.cleaned,
    }
