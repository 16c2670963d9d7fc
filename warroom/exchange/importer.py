"""Import: a checked document (see ``reader``) written into the store.

All of it in one transaction or none of it. One function per section maps the
file's names back to the columns; the sections go in a fixed order because
later ones refer to earlier rows (roles to people, fix attempts to hypotheses).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warroom.core.errors import InvalidInput
from warroom.core.vocabulary import Mode
from warroom.exchange.document import INCIDENT_TIMES, parse_time
from warroom.store.models import (
    Action,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    Incident,
    InformationRequest,
    Person,
    RoleAssignment,
    RootCause,
    SpecLine,
    StatusUpdate,
    TimelineEvent,
)
from warroom.store.repository import Store

Section = list[dict[str, Any]]


def import_incident(store: Store, document: dict[str, Any]) -> int:
    """Write a checked document (see ``load_document``) as one transaction; return the new id."""
    times = {name: parse_time(v) for name, v in document["incident"]["times"].items()}
    with store.bulk() as s:
        _refuse_duplicate(s, document["incident"]["uid"])
        iid = _add_incident(s, document, times)
        _add_roles(s, iid, document["roles"], document["people"])
        _add_checklist(s, iid, document["checklist"])
        _add_spec(s, iid, document["problem_specification"])
        hypotheses = _add_hypotheses(s, iid, document["hypotheses"])
        _add_fix_attempts(s, iid, document["fix_attempts"], hypotheses)
        _add_requests(s, iid, document["information_requests"])
        _add_updates(s, iid, document["updates"])
        _add_actions(s, iid, document["actions"])
        _add_root_cause(s, iid, document["root_cause"])
        _add_timeline(s, iid, document["timeline"])
    return iid


def _refuse_duplicate(s: Session, uid: str) -> None:
    existing = s.scalar(select(Incident.id).where(Incident.uid == uid))
    if existing is not None:
        raise InvalidInput(
            f"this incident is already in the database as #{existing}",
            hint=f"open #{existing}, or import into another database with --db",
        )


def _add_incident(s: Session, document: dict[str, Any], times: dict[str, datetime | None]) -> int:
    inc = document["incident"]
    incident = Incident(
        uid=inc["uid"],
        title=inc["title"],
        priority=inc["priority"],
        status=inc["status"],
        mode=Mode(inc["mode"]),
        summary=inc["summary"],
        impact_what=inc["impact"]["what"],
        impact_who=inc["impact"]["who"],
        impact_count=inc["impact"]["count"],
        impact_since=parse_time(inc["impact"]["since"]),
        services=list(inc["services"]),
        # Files from before the on-call page was recorded have no paged_who, nor its times.
        paged_who=inc.get("paged_who", ""),
        head_number=document["integrity"]["events"],
        head_hash=document["integrity"]["head_hash"],
        **{f"{name}_at": times.get(name) for name in INCIDENT_TIMES},
    )
    s.add(incident)
    s.flush()
    return incident.id


class _People:
    """Each person once: the one already in the database by that name, or a new one."""

    def __init__(self, s: Session, people: Section) -> None:
        self._s = s
        self._contacts = {p["name"]: p["contact"] for p in people}
        self._found: dict[str, Person] = {}

    def id_of(self, name: str) -> int:
        if name not in self._found:
            found = self._s.scalar(select(Person).where(Person.name == name))
            if found is None:
                found = Person(name=name, contact=self._contacts.get(name, ""))
                self._s.add(found)
                self._s.flush()
            self._found[name] = found
        return self._found[name].id


def _add_roles(s: Session, iid: int, roles: Section, people: Section) -> None:
    persons = _People(s, people)
    for r in roles:
        s.add(
            RoleAssignment(
                incident_id=iid,
                uid=r["uid"],
                role=r["role"],
                person_id=persons.id_of(r["person"]),
                seat=r["seat"],
                started_at=parse_time(r["started_at"]),
                ended_at=parse_time(r["ended_at"]),
                note=r["note"],
            )
        )


def _add_checklist(s: Session, iid: int, checklist: Section) -> None:
    for c in checklist:
        s.add(ChecklistItem(incident_id=iid, **{**c, "done_at": parse_time(c["done_at"])}))


def _add_spec(s: Session, iid: int, spec: Section) -> None:
    for p in spec:
        s.add(
            SpecLine(
                incident_id=iid,
                uid=p["uid"],
                dimension=p["dimension"],
                is_text=p["is"],
                is_not_text=p["is_not"],
                distinction=p["distinction"],
                change=p["change"],
            )
        )


def _add_hypotheses(s: Session, iid: int, hypotheses: Section) -> dict[str, Hypothesis]:
    by_uid: dict[str, Hypothesis] = {}
    for h in hypotheses:
        row = Hypothesis(incident_id=iid, **{**h, "created_at": parse_time(h["created_at"])})
        s.add(row)
        by_uid[h["uid"]] = row
    # The fix attempts that follow refer to these by database id.
    s.flush()
    return by_uid


def _add_fix_attempts(
    s: Session, iid: int, fixes: Section, hypotheses: dict[str, Hypothesis]
) -> None:
    for f in fixes:
        fields = {k: v for k, v in f.items() if k != "hypothesis"}
        target = hypotheses[f["hypothesis"]].id if f["hypothesis"] else None
        s.add(
            FixAttempt(
                incident_id=iid,
                hypothesis_id=target,
                **{
                    **fields,
                    "attempted_at": parse_time(f["attempted_at"]),
                    "outcome_at": parse_time(f["outcome_at"]),
                },
            )
        )


def _add_requests(s: Session, iid: int, requests: Section) -> None:
    for q in requests:
        fields = {k: v for k, v in q.items() if k != "to"}
        s.add(
            InformationRequest(
                incident_id=iid,
                addressed_to=q["to"],
                **{
                    **fields,
                    "asked_at": parse_time(q["asked_at"]),
                    "answered_at": parse_time(q["answered_at"]),
                },
            )
        )


def _add_updates(s: Session, iid: int, updates: Section) -> None:
    for u in updates:
        fields = {k: v for k, v in u.items() if k != "final"}
        # Files from before delivery states were kept: those updates went out.
        fields.setdefault("delivery", "sent")
        fields.setdefault("delivery_detail", "")
        s.add(
            StatusUpdate(
                incident_id=iid,
                is_final=u["final"],
                **{
                    **fields,
                    "sent_at": parse_time(u["sent_at"]),
                    "next_update_at": parse_time(u["next_update_at"]),
                },
            )
        )


def _add_actions(s: Session, iid: int, actions: Section) -> None:
    for a in actions:
        s.add(
            Action(
                incident_id=iid,
                **{
                    **a,
                    "due": parse_time(a["due"]),
                    "created_at": parse_time(a["created_at"]),
                    "done_at": parse_time(a["done_at"]),
                },
            )
        )


def _add_root_cause(s: Session, iid: int, root: dict[str, Any] | None) -> None:
    if root is not None:
        s.add(RootCause(incident_id=iid, **{**root, "set_at": parse_time(root["set_at"])}))


def _add_timeline(s: Session, iid: int, timeline: Section) -> None:
    # seq runs across every incident in the database: the imported record goes after all of it.
    next_seq = (s.scalar(select(func.max(TimelineEvent.seq))) or 0) + 1
    for offset, e in enumerate(timeline):
        s.add(
            TimelineEvent(
                seq=next_seq + offset,
                incident_id=iid,
                number=e["number"],
                at=parse_time(e["at"]),
                kind=e["kind"],
                author=e["author"],
                role=e["role"],
                seat=e["seat"],
                payload=e["payload"],
                corrects=e["corrects"],
                prev_hash=e["prev_hash"],
                hash=e["hash"],
            )
        )
