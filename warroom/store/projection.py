"""The current state of an incident, as its chained events say it.

The timeline is the truth; the state tables beside it (the incident row, roles,
checklist, specification, hypotheses, fix attempts, requests, updates, root
cause, actions) are a projection of it. ``Projection.apply`` is the one piece
of code that changes those tables: the write path calls it in the transaction
that appends the event, ``Store.rebuild`` replays a whole record through it,
the import builds an incoming record's state with it, and ``verify`` replays
into a scratch database and compares.

Each handler reads only the event (its payload, time, author and seat), never
the clock or the seat that replays it, so replaying the same events anywhere
gives the same rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warroom.core.clock import utc
from warroom.core.vocabulary import (
    APPROXIMABLE_TIMES,
    EventKind,
    HypothesisStatus,
    ImpactLevel,
    RemedyDecision,
    Status,
)
from warroom.store.models import (
    Action,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    ImpactPhase,
    Incident,
    InformationRequest,
    Person,
    Remedy,
    RoleAssignment,
    RootCause,
    Source,
    SpecLine,
    StatusUpdate,
)
from warroom.store.records import EventRecord, parse_instant

# Event kinds that change no state row: the record is the state.
STATELESS_KINDS = frozenset(
    {
        EventKind.ENTRY,
        EventKind.CORRECTION,
        EventKind.EXERCISE_CLOCK,
        EventKind.INJECT,
        EventKind.EXERCISE_STARTED,
        EventKind.EXERCISE_CONTROL,
        EventKind.EXERCISE_RATING,
        EventKind.EXERCISE_HOT_WASH,
        EventKind.EXERCISE_IMPROVEMENT,
        EventKind.RECORD_REBUILT,
        EventKind.RECORD_IMPORTED,
    }
)

# Incident columns a projection sets; everything on the row except identity and chain head.
INCIDENT_COLUMNS = (
    "title",
    "priority",
    "status",
    "mode",
    "summary",
    "impact_what",
    "impact_who",
    "impact_count",
    "impact_since",
    "impact_extent",
    "services",
    "time_zone",
    "started_at",
    "detected_at",
    "declared_at",
    "first_update_at",
    "mitigated_at",
    "resolved_at",
    "closed_at",
    "escalated_at",
    "paged_at",
    "paged_who",
    "acknowledged_at",
    "next_update_due_at",
    "approximate_times",
    "priority_version",
    "status_version",
    "impact_version",
)


class UnknownEvent(Exception):
    """An event of a kind this version cannot project (or a payload missing a field)."""


def _time(value: Any) -> datetime | None:
    return None if value in (None, "") else parse_instant(str(value))


class Projection:
    """Applies one incident's events, in order, to its state rows in ``session``.

    ``changed`` lists the rows the last event changed, so a check can name the
    event that should have produced a value; ``unproven`` lists the values that
    events written by older versions did not carry.
    """

    def __init__(self, session: Session, incident: Incident) -> None:
        self.session = session
        self.incident = incident
        self.unproven: set[tuple[str, str, str]] = set()
        # The rows the last applied event changed, for checks that attribute values to events.
        self.changed: list[tuple[str, str, Any]] = []

    def apply(self, event: EventRecord) -> None:
        self.changed = []
        if event.kind in STATELESS_KINDS:
            return
        handler = _HANDLERS.get(event.kind)
        if handler is None:
            raise UnknownEvent(f"event {event.number} is of an unknown kind {event.kind!r}")
        try:
            handler(self, event, event.payload)
        except (KeyError, TypeError, ValueError) as exc:
            raise UnknownEvent(
                f"event {event.number} ({event.kind}) lacks what it needs: {exc}"
            ) from exc

    # -- helpers ---------------------------------------------------------

    def touch(self, row: Any, key: str) -> None:
        self.changed.append((row.__tablename__, key, row))

    def row(self, model: Any, uid: str, event: EventRecord) -> Any:
        row = self.session.scalar(
            select(model).where(model.incident_id == self.incident.id, model.uid == uid)
        )
        if row is None:
            raise ValueError(f"no {model.__tablename__} {uid}")
        self.touch(row, uid)
        return row

    def add(self, row: Any, key: str, event: EventRecord) -> None:
        if hasattr(row, "version"):
            row.version = event.number
        self.session.add(row)
        self.touch(row, key)

    def person(self, name: str) -> Person:
        person = self.session.scalar(select(Person).where(Person.name == name))
        if person is None:
            person = Person(name=name, contact="")
            self.session.add(person)
            self.session.flush()
        return person

    def incident_changed(self, event: EventRecord) -> None:
        self.touch(self.incident, "")

    def set_time(self, name: str, value: datetime | None, approximate: Any) -> None:
        """Set one of the incident's times, and whether it is known only roughly."""
        setattr(self.incident, f"{name}_at", value)
        self.approximate(name, bool(approximate) and value is not None)

    def stamp(self, name: str, event: EventRecord) -> None:
        """Set an incident time to the event's own, as exact or rough as the event says it is."""
        self.set_time(name, event.at, event.payload.get("approximate", False))

    def approximate(self, name: str, rough: bool) -> None:
        if name not in APPROXIMABLE_TIMES:
            raise ValueError(f"{name!r} is not one of the incident's times")
        names = set(self.incident.approximate_times or ())
        names = names | {name} if rough else names - {name}
        # A new list, so the JSON column sees the change; sorted, so replays compare equal.
        self.incident.approximate_times = sorted(names)


Handler = Callable[[Projection, EventRecord, dict[str, Any]], None]
_HANDLERS: dict[str, Handler] = {}


def _on(kind: EventKind) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _HANDLERS[kind] = handler
        return handler

    return register


# -- the incident ------------------------------------------------------------


@_on(EventKind.DECLARED)
def _declared(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    inc = p.incident
    # A declaration sets every column, so a replay starts from a clean row.
    for column in INCIDENT_COLUMNS:
        setattr(inc, column, None)
    inc.title = d["title"]
    inc.priority = d["priority"]
    inc.status = Status.DECLARED
    inc.mode = d.get("mode", "real")
    if "summary" in d:
        inc.summary = d["summary"]
    else:
        inc.summary = ""
        p.unproven.add(("incident", "", "summary"))
    inc.impact_what = d["impact_what"]
    inc.impact_who = d.get("impact_who", "")
    inc.impact_count = d.get("impact_count")
    inc.impact_since = _time(d.get("impact_since"))
    inc.impact_extent = d.get("impact_extent", "")
    inc.services = list(d.get("services", []))
    inc.time_zone = d.get("time_zone", "")
    inc.approximate_times = []
    rough = set(d.get("approximate_times", []))
    unknown = rough - {"started", "detected"}
    if unknown:
        raise ValueError(f"a declaration gives only started and detected, not {sorted(unknown)}")
    given_start = _time(d.get("started_at"))
    p.set_time("started", given_start or ev.at, "started" in rough)
    if given_start is None:
        p.stamp("started", ev)
    p.set_time("detected", _time(d.get("detected_at")), "detected" in rough)
    p.stamp("declared", ev)
    inc.paged_who = ""
    inc.priority_version = inc.status_version = inc.impact_version = ev.number
    p.incident_changed(ev)


@_on(EventKind.PRIORITY_CHANGED)
def _priority(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    p.incident.priority = d["to"]
    p.incident.priority_version = ev.number
    p.incident_changed(ev)


@_on(EventKind.STATUS_CHANGED)
def _status(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    inc = p.incident
    old, new = Status(inc.status), Status(d["to"])
    inc.status = new
    if new is Status.CLOSED:
        p.stamp("closed", ev)
    elif not old.is_active:
        # Reopened: no longer resolved; the timeline keeps when it was.
        p.set_time("resolved", None, False)
    inc.status_version = ev.number
    p.incident_changed(ev)


@_on(EventKind.IMPACT_CHANGED)
def _impact(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    inc = p.incident
    for key in ("impact_what", "impact_who", "impact_count", "impact_extent"):
        if key in d:
            setattr(inc, key, d[key])
    if "services" in d:
        inc.services = list(d["services"])
    inc.impact_version = ev.number
    p.incident_changed(ev)


@_on(EventKind.KEY_MOMENT)
def _key_moment(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    moment = str(d["moment"])
    if moment not in ("detected", "declared", "mitigated", "resolved"):
        raise ValueError(f"unknown key moment {moment!r}")
    # The moment's own time is the one this event reports (and may give roughly).
    p.set_time(moment, _time(d["at"]), d.get("approximate", False))
    p.incident_changed(ev)


@_on(EventKind.ESCALATED)
def _escalated(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    p.stamp("escalated", ev)
    p.incident_changed(ev)


@_on(EventKind.RESOLVED)
def _resolved(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    inc = p.incident
    inc.status = Status.RESOLVED
    p.stamp("resolved", ev)
    if inc.mitigated_at is None:
        p.stamp("mitigated", ev)
    if d.get("summary"):
        inc.summary = d["summary"]
        p.unproven.discard(("incident", "", "summary"))
    inc.next_update_due_at = None
    inc.status_version = ev.number
    p.incident_changed(ev)


# -- roles -------------------------------------------------------------------


def _assignment(p: Projection, ev: EventRecord, uid: str, role: str, name: str, note: str) -> None:
    assignment = RoleAssignment(
        incident_id=p.incident.id,
        uid=uid,
        role=role,
        person_id=p.person(name).id,
        seat=ev.seat,
        started_at=ev.at,
        ended_at=None,
        note=note,
    )
    p.add(assignment, uid, ev)


@_on(EventKind.ROLE_ASSIGNED)
def _role_assigned(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    _assignment(p, ev, d["uid"], d["role"], d["person"], d.get("note", ""))


@_on(EventKind.ROLE_HANDED_OVER)
def _role_handed_over(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    p.row(RoleAssignment, d["ended"], ev).ended_at = ev.at
    _assignment(p, ev, d["uid"], d["role"], d["to"], d.get("note", ""))


@_on(EventKind.ROLE_RELEASED)
def _role_released(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    p.row(RoleAssignment, d["uid"], ev).ended_at = ev.at


# -- the checklist -----------------------------------------------------------


@_on(EventKind.CHECKLIST_ADDED)
def _checklist_added(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    _checklist_item(p, ev, d, _last_position(p) + 1)


@_on(EventKind.CHECKLIST_STARTED)
def _checklist_started(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    last = _last_position(p)
    for offset, item in enumerate(d["items"], start=1):
        _checklist_item(p, ev, item, last + offset)


def _last_position(p: Projection) -> int:
    last = p.session.scalar(
        select(func.max(ChecklistItem.position)).where(ChecklistItem.incident_id == p.incident.id)
    )
    return int(last or 0)


def _checklist_item(p: Projection, ev: EventRecord, d: dict[str, Any], position: int) -> None:
    item = ChecklistItem(
        incident_id=p.incident.id,
        uid=d["uid"],
        position=position,
        section=d.get("section", ""),
        title=d["title"],
        need=d.get("need", ""),
        why=d.get("why", ""),
        use=d.get("use", ""),
        next_step=d.get("next_step", ""),
        done=False,
        done_by="",
        done_at=None,
        result="",
    )
    p.add(item, item.uid, ev)


@_on(EventKind.CHECKLIST_TICKED)
def _checklist_ticked(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    item = p.row(ChecklistItem, d["uid"], ev)
    done = bool(d["done"])
    item.done = done
    item.done_by = ev.author if done else ""
    item.done_at = ev.at if done else None
    item.result = d.get("result", "")
    item.version = ev.number


# -- diagnosis ---------------------------------------------------------------


@_on(EventKind.SPEC_LINE_SET)
def _spec_line(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    dimension = str(d["dimension"])
    line = p.session.scalar(
        select(SpecLine).where(
            SpecLine.incident_id == p.incident.id, SpecLine.dimension == dimension
        )
    )
    if line is None:
        uid = d.get("uid")
        if uid is None:
            # Written before the event carried the line's uid: no event can prove it.
            p.unproven.add(("spec_line", dimension, "uid"))
        line = SpecLine(
            incident_id=p.incident.id, uid=uid or str(uuid.uuid4()), dimension=dimension
        )
        p.session.add(line)
    line.is_text = d.get("is", "")
    line.is_not_text = d.get("is_not", "")
    line.distinction = d.get("distinction", "")
    line.change = d.get("change", "")
    line.version = ev.number
    p.touch(line, dimension)


@_on(EventKind.HYPOTHESIS_ADDED)
def _hypothesis_added(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    hypothesis = Hypothesis(
        incident_id=p.incident.id,
        uid=d["uid"],
        label=d["label"],
        statement=d["statement"],
        status=HypothesisStatus.OPEN,
        status_reason="",
        explains_spec=None,
        proposed_by=ev.author,
        created_at=ev.at,
        evidence=[],
    )
    p.add(hypothesis, hypothesis.uid, ev)


@_on(EventKind.EVIDENCE_ADDED)
def _evidence(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    hypothesis = p.row(Hypothesis, d["uid"], ev)
    item = {
        "at": ev.at.isoformat(timespec="microseconds"),
        "by": ev.author,
        "text": d["text"],
        "supports": bool(d["supports"]),
    }
    hypothesis.evidence = [*hypothesis.evidence, item]


@_on(EventKind.HYPOTHESIS_STATUS)
def _hypothesis_status(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    hypothesis = p.row(Hypothesis, d["uid"], ev)
    hypothesis.status = HypothesisStatus(d["to"])
    hypothesis.status_reason = d.get("reason", "")
    hypothesis.explains_spec = d.get("explains_spec")
    hypothesis.version = ev.number


@_on(EventKind.FIX_ATTEMPTED)
def _fix_attempted(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    tested = d.get("hypothesis")
    hypothesis = p.row(Hypothesis, tested, ev) if tested else None
    fix = FixAttempt(
        incident_id=p.incident.id,
        uid=d["uid"],
        hypothesis_id=hypothesis.id if hypothesis else None,
        description=d["description"],
        expected_result=d.get("expected_result", ""),
        rollback_plan=d.get("rollback_plan", ""),
        approved_by=d.get("approved_by", ""),
        attempted_by=ev.author,
        attempted_at=ev.at,
        outcome="pending",
        outcome_note="",
        outcome_at=None,
    )
    p.add(fix, fix.uid, ev)


@_on(EventKind.FIX_OUTCOME)
def _fix_outcome(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    fix = p.row(FixAttempt, d["uid"], ev)
    fix.outcome = d["outcome"]
    fix.outcome_note = d.get("note", "")
    fix.outcome_at = ev.at
    fix.version = ev.number


# -- communication -----------------------------------------------------------


@_on(EventKind.REQUEST_SENT)
def _request_sent(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    request = InformationRequest(
        incident_id=p.incident.id,
        uid=d["uid"],
        addressed_to=d.get("to", ""),
        need=d["need"],
        why=d["why"],
        use=d["use"],
        next_step=d["next_step"],
        asked_by=ev.author,
        asked_at=ev.at,
        answer="",
        answered_at=None,
    )
    p.add(request, request.uid, ev)


@_on(EventKind.REQUEST_ANSWERED)
def _request_answered(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    request = p.row(InformationRequest, d["uid"], ev)
    request.answer = d["answer"]
    request.answered_at = ev.at
    request.version = ev.number


@_on(EventKind.UPDATE_POSTED)
def _update_posted(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    inc = p.incident
    update = StatusUpdate(
        incident_id=inc.id,
        uid=d["uid"],
        audience=d["audience"],
        phase=d["phase"],
        text=d["text"],
        channel=d.get("channel", "clipboard"),
        sent_by=ev.author,
        sent_at=ev.at,
        next_update_at=_time(d.get("next_update_at")),
        is_final=bool(d.get("final", False)),
        # Written before delivery was recorded: an update was sent when posted.
        delivery=d.get("delivery", "sent"),
        delivery_detail="",
    )
    p.add(update, update.uid, ev)
    if inc.first_update_at is None and update.audience == "customers":
        p.stamp("first_update", ev)
    inc.next_update_due_at = update.next_update_at
    p.incident_changed(ev)


@_on(EventKind.UPDATE_DELIVERY)
def _update_delivery(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    update = p.row(StatusUpdate, d["uid"], ev)
    update.delivery = d["delivery"]
    update.delivery_detail = d.get("detail", "")


@_on(EventKind.ONCALL_PAGED)
def _paged(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    inc = p.incident
    p.stamp("paged", ev)
    inc.paged_who = d["who"]
    p.set_time("acknowledged", None, False)
    p.incident_changed(ev)


@_on(EventKind.ONCALL_ACKNOWLEDGED)
def _acknowledged(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    p.stamp("acknowledged", ev)
    p.incident_changed(ev)


# -- follow-up ---------------------------------------------------------------


@_on(EventKind.ACTION_ADDED)
def _action_added(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    action = Action(
        incident_id=p.incident.id,
        uid=d["uid"],
        kind=d["kind"],
        text=d["text"],
        owner=d.get("owner", ""),
        due=_time(d.get("due")),
        status="open",
        other_systems=list(d.get("other_systems", [])),
        created_at=ev.at,
        done_at=None,
    )
    p.add(action, action.uid, ev)


@_on(EventKind.ACTION_STATUS)
def _action_status(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    action = p.row(Action, d["uid"], ev)
    action.status = d["to"]
    action.done_at = ev.at if d["to"] == "done" else None
    action.version = ev.number


@_on(EventKind.ROOT_CAUSE_SET)
def _root_cause(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    record = p.session.scalar(select(RootCause).where(RootCause.incident_id == p.incident.id))
    if record is None:
        record = RootCause(incident_id=p.incident.id)
        p.session.add(record)
    record.cause = d["cause"]
    record.category = d.get("category", "")
    record.how_proven = d.get("how_proven", "")
    record.assumptions = d.get("assumptions", "")
    record.alternatives = [dict(a) for a in d.get("alternatives", [])]
    record.set_by = ev.author
    record.set_at = ev.at
    record.version = ev.number
    p.touch(record, "")


# -- what postmortems say: impact phases, remedies, sources ----------------------


@_on(EventKind.PHASE_BEGAN)
def _phase_began(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    phase = ImpactPhase(
        incident_id=p.incident.id,
        uid=d["uid"],
        level=ImpactLevel(d["level"]).value,
        what=d["what"],
        extent=d.get("extent", ""),
        count=d.get("count"),
        # The phase's own time when the event gives one (it may be recorded later).
        started_at=_time(d.get("at")) or ev.at,
        started_approximate=bool(d.get("approximate", False)),
        ended_at=None,
        ended_approximate=False,
        note="",
    )
    p.add(phase, phase.uid, ev)


@_on(EventKind.PHASE_ENDED)
def _phase_ended(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    phase = p.row(ImpactPhase, d["uid"], ev)
    phase.ended_at = _time(d.get("at")) or ev.at
    phase.ended_approximate = bool(d.get("approximate", False))
    phase.note = d.get("note", "")
    phase.version = ev.number


@_on(EventKind.REMEDY_CONSIDERED)
def _remedy_considered(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    decision = RemedyDecision(d.get("decision", RemedyDecision.OPEN))
    remedy = Remedy(
        incident_id=p.incident.id,
        uid=d["uid"],
        description=d["description"],
        decision=decision.value,
        reason=d.get("reason", ""),
        considered_by=ev.author,
        considered_at=ev.at,
        decided_at=None if decision is RemedyDecision.OPEN else ev.at,
    )
    p.add(remedy, remedy.uid, ev)


@_on(EventKind.REMEDY_DECIDED)
def _remedy_decided(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    remedy = p.row(Remedy, d["uid"], ev)
    decision = RemedyDecision(d["decision"])
    remedy.decision = decision.value
    remedy.reason = d.get("reason", "")
    remedy.decided_at = None if decision is RemedyDecision.OPEN else ev.at
    remedy.version = ev.number


@_on(EventKind.SOURCE_ADDED)
def _source_added(p: Projection, ev: EventRecord, d: dict[str, Any]) -> None:
    source = Source(
        incident_id=p.incident.id,
        uid=d["uid"],
        title=d["title"],
        url=d.get("url", ""),
        note=d.get("note", ""),
        added_by=ev.author,
        added_at=ev.at,
    )
    p.add(source, source.uid, ev)


def known_kinds() -> frozenset[str]:
    """Every event kind this version understands."""
    return frozenset(_HANDLERS) | STATELESS_KINDS


def utc_at(event: EventRecord) -> datetime:
    return utc(event.at)
