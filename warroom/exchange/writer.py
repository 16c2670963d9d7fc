"""Export: one incident from the store as a document (see ``document``).

One function per section; each turns rows into plain JSON values and nothing
else, so the key order of every section can be read off in one place.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warroom import __version__
from warroom.core.errors import NotFound
from warroom.core.i18n import _
from warroom.exchange import catalogue, exercise_scenarios
from warroom.exchange.document import FORMAT, INCIDENT_TIMES, VERSION, format_time
from warroom.store.models import (
    Action,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    ImpactPhase,
    Incident,
    InformationRequest,
    Remedy,
    RoleAssignment,
    RootCause,
    Source,
    SpecLine,
    StatusUpdate,
    TimelineEvent,
)
from warroom.store.repository import Store, iso


def export_incident(store: Store, incident_id: int, *, answer_key: bool = False) -> dict[str, Any]:
    """The incident as a document; ``answer_key`` adds the scenario files an exercise ran.

    A scenario file holds what the players must find out for themselves, so it
    travels only in the trainer's export: without it the document is still the
    whole chained record (the timeline names each file by its SHA-256).
    """
    with store.read() as s:
        inc = s.get(Incident, incident_id)
        if inc is None:
            raise NotFound(
                _("there is no incident #{id}").format(id=incident_id),
                hint=_("see `warroom list`"),
            )
        # Rows, not ORM objects: 10,000 events leave at once, and an identity map
        # for them cost two thirds of the export.
        events = (
            s.connection()
            .execute(
                select(*TimelineEvent.__table__.columns)
                .where(TimelineEvent.incident_id == incident_id)
                .order_by(TimelineEvent.number)
            )
            .all()
        )
        document = {
            "format": FORMAT,
            "version": VERSION,
            "generator": f"warroom {__version__}",
            "exported_at": iso(store.clock.now()),
            **state_sections(s, inc),
            "timeline": [_event(e) for e in events],
            "integrity": {"events": inc.head_number, "head_hash": inc.head_hash},
        }
        named = catalogue.named_services((e.kind, e.payload) for e in events)
        described = catalogue.entries(s, named)
        if described:  # only then: a file without catalogue entries stays as it was
            document[catalogue.SECTION] = described
        if answer_key:
            kept = exercise_scenarios.entries(s, [(e.kind, e.payload) for e in events])
            if kept:
                document[exercise_scenarios.SECTION] = kept
        return document


def state_sections(s: Session, inc: Incident) -> dict[str, Any]:
    """The sections that say the incident's current state, in the document's key order."""

    def rows(model: Any, order: Any) -> list[Any]:
        query = select(model).where(model.incident_id == inc.id).order_by(order)
        return list(s.scalars(query))

    hypotheses = rows(Hypothesis, Hypothesis.id)
    labels = {h.id: h.uid for h in hypotheses}
    roles = rows(RoleAssignment, RoleAssignment.id)
    root = s.scalar(select(RootCause).where(RootCause.incident_id == inc.id))
    return {
        "incident": _incident(inc),
        "impact_phases": [_phase(p) for p in rows(ImpactPhase, ImpactPhase.id)],
        "people": _people(roles),
        "roles": [_role(r) for r in roles],
        "checklist": [_checklist_item(c) for c in rows(ChecklistItem, ChecklistItem.position)],
        "problem_specification": [_spec_line(p) for p in rows(SpecLine, SpecLine.id)],
        "hypotheses": [_hypothesis(h) for h in hypotheses],
        "fix_attempts": [_fix_attempt(f, labels) for f in rows(FixAttempt, FixAttempt.id)],
        "remedies": [_remedy(r) for r in rows(Remedy, Remedy.id)],
        "information_requests": [
            _request(q) for q in rows(InformationRequest, InformationRequest.id)
        ],
        "updates": [_update(u) for u in rows(StatusUpdate, StatusUpdate.id)],
        "actions": [_action(a) for a in rows(Action, Action.id)],
        "root_cause": None if root is None else _root_cause(root),
        "sources": [_source(r) for r in rows(Source, Source.id)],
    }


def _incident(inc: Incident) -> dict[str, Any]:
    return {
        "id": inc.id,
        "uid": inc.uid,
        "title": inc.title,
        "priority": inc.priority,
        "status": inc.status,
        "mode": inc.mode,
        "summary": inc.summary,
        "impact": {
            "what": inc.impact_what,
            "who": inc.impact_who,
            "count": inc.impact_count,
            "extent": inc.impact_extent,
            "since": format_time(inc.impact_since),
        },
        "services": list(inc.services),
        "paged_who": inc.paged_who,
        "time_zone": inc.time_zone,
        "times": {name: format_time(getattr(inc, f"{name}_at")) for name in INCIDENT_TIMES},
        "approximate_times": list(inc.approximate_times or ()),
    }


def _phase(p: ImpactPhase) -> dict[str, Any]:
    return {
        "uid": p.uid,
        "level": p.level,
        "what": p.what,
        "extent": p.extent,
        "count": p.count,
        "started_at": format_time(p.started_at),
        "started_approximate": p.started_approximate,
        "ended_at": format_time(p.ended_at),
        "ended_approximate": p.ended_approximate,
        "note": p.note,
    }


def _remedy(r: Remedy) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "description": r.description,
        "decision": r.decision,
        "reason": r.reason,
        "considered_by": r.considered_by,
        "considered_at": format_time(r.considered_at),
        "decided_at": format_time(r.decided_at),
    }


def _source(r: Source) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "title": r.title,
        "url": r.url,
        "note": r.note,
        "added_by": r.added_by,
        "added_at": format_time(r.added_at),
    }


def _people(roles: list[RoleAssignment]) -> list[dict[str, Any]]:
    # Everyone who held a role, once, by name: a name is how the import finds them again.
    people = sorted({r.person.name: r.person.contact for r in roles}.items())
    return [{"name": n, "contact": c} for n, c in people]


def _role(r: RoleAssignment) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "role": r.role,
        "person": r.person.name,
        "seat": r.seat,
        "started_at": format_time(r.started_at),
        "ended_at": format_time(r.ended_at),
        "note": r.note,
    }


def _checklist_item(c: ChecklistItem) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "position": c.position,
        "section": c.section,
        "title": c.title,
        "need": c.need,
        "why": c.why,
        "use": c.use,
        "next_step": c.next_step,
        "done": c.done,
        "done_by": c.done_by,
        "done_at": format_time(c.done_at),
        "result": c.result,
    }


def _spec_line(p: SpecLine) -> dict[str, Any]:
    return {
        "uid": p.uid,
        "dimension": p.dimension,
        "is": p.is_text,
        "is_not": p.is_not_text,
        "distinction": p.distinction,
        "change": p.change,
    }


def _hypothesis(h: Hypothesis) -> dict[str, Any]:
    return {
        "uid": h.uid,
        "label": h.label,
        "statement": h.statement,
        "status": h.status,
        "status_reason": h.status_reason,
        "explains_spec": h.explains_spec,
        "proposed_by": h.proposed_by,
        "created_at": format_time(h.created_at),
        "evidence": list(h.evidence),
    }


def _fix_attempt(f: FixAttempt, hypothesis_uids: dict[int, str]) -> dict[str, Any]:
    # The file names the hypothesis by uid: database ids do not survive an import.
    return {
        "uid": f.uid,
        "hypothesis": hypothesis_uids.get(f.hypothesis_id) if f.hypothesis_id else None,
        "description": f.description,
        "expected_result": f.expected_result,
        "rollback_plan": f.rollback_plan,
        "approved_by": f.approved_by,
        "attempted_by": f.attempted_by,
        "attempted_at": format_time(f.attempted_at),
        "outcome": f.outcome,
        "outcome_note": f.outcome_note,
        "outcome_at": format_time(f.outcome_at),
    }


def _request(r: InformationRequest) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "to": r.addressed_to,
        "need": r.need,
        "why": r.why,
        "use": r.use,
        "next_step": r.next_step,
        "asked_by": r.asked_by,
        "asked_at": format_time(r.asked_at),
        "answer": r.answer,
        "answered_at": format_time(r.answered_at),
    }


def _update(u: StatusUpdate) -> dict[str, Any]:
    return {
        "uid": u.uid,
        "audience": u.audience,
        "phase": u.phase,
        "text": u.text,
        "channel": u.channel,
        "sent_by": u.sent_by,
        "sent_at": format_time(u.sent_at),
        "next_update_at": format_time(u.next_update_at),
        "final": u.is_final,
        "delivery": u.delivery,
        "delivery_detail": u.delivery_detail,
    }


def _action(a: Action) -> dict[str, Any]:
    return {
        "uid": a.uid,
        "kind": a.kind,
        "text": a.text,
        "owner": a.owner,
        "due": format_time(a.due),
        "status": a.status,
        "other_systems": list(a.other_systems),
        "created_at": format_time(a.created_at),
        "done_at": format_time(a.done_at),
    }


def _root_cause(root: RootCause) -> dict[str, Any]:
    return {
        "cause": root.cause,
        "category": root.category,
        "how_proven": root.how_proven,
        "assumptions": root.assumptions,
        "alternatives": list(root.alternatives),
        "set_by": root.set_by,
        "set_at": format_time(root.set_at),
    }


def _event(e: Any) -> dict[str, Any]:
    """One event as the document writes it; ``e`` a timeline row (or event) by attribute."""
    return {
        "number": e.number,
        "at": iso(e.at),
        "kind": e.kind,
        "author": e.author,
        "role": e.role,
        "seat": e.seat,
        "payload": e.payload,
        "corrects": e.corrects,
        "prev_hash": e.prev_hash,
        "hash": e.hash,
    }
