"""``WarRoom``: the one facade the UI, the command line and exercises call.

Every method that changes something is one transaction that writes the rows
and exactly one timeline event (see ``Store.write``). Nothing here updates a
view: views learn of changes from the change feed like every other seat.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from warroom.core.chain import ChainBreak
from warroom.core.clock import Clock, SystemClock, utc
from warroom.core.errors import InvalidInput, NotFound, RuleViolation
from warroom.core.matrix import CommunicationMatrix, Priority
from warroom.core.vocabulary import (
    ActionKind,
    ActionStatus,
    Audience,
    Delivery,
    EntryKind,
    EventKind,
    FixOutcome,
    HypothesisStatus,
    KeyMoment,
    Mode,
    Role,
    SpecDimension,
    Status,
    can_change_status,
)
from warroom.store.engine import resolve_url
from warroom.store.models import (
    Action,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    Incident,
    InformationRequest,
    RoleAssignment,
    RootCause,
    SpecLine,
    StatusUpdate,
)
from warroom.store.repository import Actor, EventRecord, Store, WriteTx, iso


def default_seat() -> str:
    return f"{socket.gethostname()}/{os.getpid()}"


def _new_uid() -> str:
    return str(uuid.uuid4())


def _text(value: str, what: str, *, required: bool = True, limit: int = 20_000) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput(f"{what} is empty", hint=f"type the {what} and try again")
    if len(value) > limit:
        raise InvalidInput(f"{what} is too long ({len(value)} characters; at most {limit})")
    return value


def _when(value: datetime | None) -> str | None:
    return None if value is None else iso(utc(value))


@dataclass(frozen=True)
class IncidentSummary:
    id: int
    uid: str
    title: str
    priority: str
    status: str
    mode: str
    started_at: datetime
    declared_at: datetime
    resolved_at: datetime | None
    impact_what: str
    next_update_due_at: datetime | None
    events: int

    @property
    def is_active(self) -> bool:
        return Status(self.status).is_active


class WarRoom:
    """One seat's handle on the room: who sits here, and every action they can take."""

    def __init__(
        self,
        store: Store,
        matrix: CommunicationMatrix,
        actor: Actor | None = None,
    ) -> None:
        self.store = store
        self.matrix = matrix
        # One clock for rows and events alike: the store's.
        self.clock = store.clock
        self.actor = actor or Actor(person="warroom", role="", seat=default_seat())

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        clock: Clock | None = None,
        matrix: CommunicationMatrix | None = None,
        actor: Actor | None = None,
    ) -> WarRoom:
        store = Store.open(resolve_url(db), clock or SystemClock())
        return cls(store, matrix or CommunicationMatrix.default(), actor)

    def close(self) -> None:
        self.store.close()

    def with_clock(self, clock: Clock) -> WarRoom:
        """The same room on another clock (a simulated one for exercises and the demo)."""
        return WarRoom(self.store.with_clock(clock), self.matrix, self.actor)

    def as_person(self, person: str, role: Role | str = "") -> WarRoom:
        """The same seat acting as another person or role (shares the store)."""
        actor = replace(self.actor, person=_text(person, "name", limit=200), role=str(role))
        return WarRoom(self.store, self.matrix, actor)

    def now(self) -> datetime:
        return self.clock.now()

    # -- the incident ----------------------------------------------------

    def declare(
        self,
        title: str,
        priority: str,
        *,
        impact_what: str,
        impact_who: str = "",
        impact_count: int | None = None,
        impact_since: datetime | None = None,
        services: Sequence[str] = (),
        summary: str = "",
        mode: Mode = Mode.REAL,
        started_at: datetime | None = None,
        detected_at: datetime | None = None,
    ) -> int:
        title = _text(title, "title", limit=300)
        prio = self.matrix.get(priority)
        impact_what = _text(impact_what, "business impact (what the customer cannot do)")
        if impact_count is not None and impact_count < 0:
            raise InvalidInput("the number of people affected cannot be negative")
        now = self.now()
        started = utc(started_at) if started_at else (utc(impact_since) if impact_since else now)
        if started > now:
            raise InvalidInput("the incident cannot start in the future")
        if detected_at is not None and not started <= utc(detected_at) <= now:
            raise InvalidInput("the detection time lies between the start and now")
        with self.store.write() as tx:
            incident = Incident(
                uid=_new_uid(),
                title=title,
                priority=prio.name,
                status=Status.DECLARED,
                mode=Mode(mode),
                summary=summary.strip(),
                impact_what=impact_what,
                impact_who=impact_who.strip(),
                impact_count=impact_count,
                impact_since=utc(impact_since) if impact_since else None,
                services=[s.strip() for s in services if s.strip()],
                started_at=started,
                detected_at=utc(detected_at) if detected_at else None,
                declared_at=now,
                head_number=0,
            )
            tx.session.add(incident)
            tx.session.flush()
            tx.record(
                incident,
                EventKind.DECLARED,
                {
                    "title": incident.title,
                    "priority": incident.priority,
                    "mode": incident.mode,
                    "impact_what": incident.impact_what,
                    "impact_who": incident.impact_who,
                    "impact_count": incident.impact_count,
                    "impact_since": _when(incident.impact_since),
                    "services": list(incident.services),
                    "started_at": _when(incident.started_at),
                    "detected_at": _when(incident.detected_at),
                },
                self.actor,
            )
            return incident.id

    def change_priority(self, incident_id: int, priority: str, reason: str = "") -> None:
        prio = self.matrix.get(priority)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            if incident.priority == prio.name:
                raise RuleViolation(f"the incident is already {prio.name}")
            old = incident.priority
            incident.priority = prio.name
            tx.record(
                incident,
                EventKind.PRIORITY_CHANGED,
                {"from": old, "to": prio.name, "reason": reason.strip()},
                self.actor,
            )

    def change_status(self, incident_id: int, status: Status | str, note: str = "") -> None:
        new = Status(status)
        if new is Status.RESOLVED:
            self.resolve(incident_id, note)
            return
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            old = Status(incident.status)
            if not can_change_status(old, new):
                raise RuleViolation(f"the incident cannot go from {old} to {new}")
            incident.status = new
            if new is Status.CLOSED:
                incident.closed_at = self.now()
            elif not old.is_active:
                # Reopened: it is no longer resolved; the timeline keeps when it was.
                incident.resolved_at = None
            tx.record(
                incident,
                EventKind.STATUS_CHANGED,
                {"from": old.value, "to": new.value, "note": note.strip()},
                self.actor,
            )

    def update_impact(
        self,
        incident_id: int,
        *,
        impact_what: str | None = None,
        impact_who: str | None = None,
        impact_count: int | None = None,
        services: Sequence[str] | None = None,
    ) -> None:
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            changed: dict[str, Any] = {}
            if impact_what is not None:
                incident.impact_what = _text(impact_what, "business impact")
                changed["impact_what"] = incident.impact_what
            if impact_who is not None:
                incident.impact_who = impact_who.strip()
                changed["impact_who"] = incident.impact_who
            if impact_count is not None:
                if impact_count < 0:
                    raise InvalidInput("the number of people affected cannot be negative")
                incident.impact_count = impact_count
                changed["impact_count"] = impact_count
            if services is not None:
                incident.services = [s.strip() for s in services if s.strip()]
                changed["services"] = list(incident.services)
            if not changed:
                raise InvalidInput("nothing to change in the business impact")
            tx.record(incident, EventKind.IMPACT_CHANGED, changed, self.actor)

    def mark(
        self,
        incident_id: int,
        moment: KeyMoment | str,
        at: datetime | None = None,
        note: str = "",
    ) -> None:
        """Mark a key moment (detected, mitigated, ...) at ``at`` or now.

        This records when something happened; the status itself changes with
        ``change_status`` and ``resolve``.
        """
        key = KeyMoment(moment)
        when = utc(at) if at else self.now()
        if when > self.now():
            raise InvalidInput("a key moment cannot lie in the future")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            setattr(incident, f"{key.value}_at", when)
            tx.record(
                incident,
                EventKind.KEY_MOMENT,
                {"moment": key.value, "at": iso(when), "note": note.strip()},
                self.actor,
            )

    def escalate(self, incident_id: int, to: str, note: str = "") -> None:
        to = _text(to, "who the incident is escalated to", limit=200)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            incident.escalated_at = self.now()
            tx.record(incident, EventKind.ESCALATED, {"to": to, "note": note.strip()}, self.actor)

    def resolve(self, incident_id: int, summary: str = "") -> None:
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            old = Status(incident.status)
            if not old.is_active:
                raise RuleViolation(f"the incident is already {old}")
            now = self.now()
            incident.status = Status.RESOLVED
            incident.resolved_at = now
            if incident.mitigated_at is None:
                incident.mitigated_at = now
            if summary.strip():
                incident.summary = summary.strip()
            incident.next_update_due_at = None
            tx.record(
                incident,
                EventKind.RESOLVED,
                {"from": old.value, "summary": summary.strip()},
                self.actor,
            )

    # -- roles ------------------------------------------------------------

    def assign_role(self, incident_id: int, role: Role | str, person: str, note: str = "") -> str:
        """Give a role to a person. Several people may share a role; one may hold two."""
        role = Role(role)
        person = _text(person, "name", limit=200)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            holder = tx.person(person)
            already = tx.session.scalar(
                select(RoleAssignment).where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.person_id == holder.id,
                    RoleAssignment.ended_at.is_(None),
                )
            )
            if already is not None:
                raise RuleViolation(f"{person} already holds the {role.value} role")
            assignment = RoleAssignment(
                incident_id=incident_id,
                uid=_new_uid(),
                role=role,
                person_id=holder.id,
                seat=self.actor.seat,
                started_at=self.now(),
                note=note.strip(),
            )
            tx.session.add(assignment)
            tx.record(
                incident,
                EventKind.ROLE_ASSIGNED,
                {"uid": assignment.uid, "role": role.value, "person": person, "note": note.strip()},
                self.actor,
            )
            return assignment.uid

    def hand_over(
        self, incident_id: int, role: Role | str, from_person: str, to_person: str, note: str = ""
    ) -> str:
        """End ``from_person``'s hold on ``role`` and give it to ``to_person``, as one record."""
        role = Role(role)
        to_person = _text(to_person, "name of the person taking over", limit=200)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            current = tx.session.scalar(
                select(RoleAssignment)
                .join(RoleAssignment.person)
                .where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.ended_at.is_(None),
                    RoleAssignment.person.has(name=from_person.strip()),
                )
            )
            if current is None:
                raise RuleViolation(f"{from_person} does not hold the {role.value} role")
            if from_person.strip() == to_person:
                raise RuleViolation("a role is handed over to somebody else")
            taker_holds = tx.session.scalar(
                select(RoleAssignment.id).where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.ended_at.is_(None),
                    RoleAssignment.person.has(name=to_person),
                )
            )
            if taker_holds is not None:
                raise RuleViolation(f"{to_person} already holds the {role.value} role")
            now = self.now()
            current.ended_at = now
            taker = tx.person(to_person)
            successor = RoleAssignment(
                incident_id=incident_id,
                uid=_new_uid(),
                role=role,
                person_id=taker.id,
                seat=self.actor.seat,
                started_at=now,
                note=note.strip(),
            )
            tx.session.add(successor)
            tx.record(
                incident,
                EventKind.ROLE_HANDED_OVER,
                {
                    "role": role.value,
                    "from": from_person.strip(),
                    "to": to_person,
                    "ended": current.uid,
                    "uid": successor.uid,
                    "note": note.strip(),
                },
                self.actor,
            )
            return successor.uid

    def release_role(self, incident_id: int, role: Role | str, person: str, note: str = "") -> None:
        role = Role(role)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            current = tx.session.scalar(
                select(RoleAssignment).where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.ended_at.is_(None),
                    RoleAssignment.person.has(name=person.strip()),
                )
            )
            if current is None:
                raise RuleViolation(f"{person} does not hold the {role.value} role")
            current.ended_at = self.now()
            tx.record(
                incident,
                EventKind.ROLE_RELEASED,
                {
                    "role": role.value,
                    "person": person.strip(),
                    "uid": current.uid,
                    "note": note.strip(),
                },
                self.actor,
            )

    # -- the scribe's record ----------------------------------------------

    def log(
        self, incident_id: int, text: str, kind: EntryKind | str = EntryKind.NOTE
    ) -> EventRecord:
        entry_kind = EntryKind(kind)
        text = _text(text, "entry")
        with self.store.write() as tx:
            return tx.record(
                incident_id, EventKind.ENTRY, {"entry": entry_kind.value, "text": text}, self.actor
            )

    def correct(self, incident_id: int, number: int, text: str, reason: str) -> EventRecord:
        """Correct an earlier event: a new event that points at it, with a reason."""
        text = _text(text, "corrected text")
        reason = _text(reason, "reason for the correction")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            if not 1 <= number <= incident.head_number:
                raise NotFound(f"incident #{incident_id} has no event {number}")
            return tx.record(
                incident,
                EventKind.CORRECTION,
                {"text": text, "reason": reason},
                self.actor,
                corrects=number,
            )

    # -- diagnosis ----------------------------------------------------------

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
        title = _text(title, "checklist item")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            position = (
                tx.session.scalar(
                    select(func.max(ChecklistItem.position)).where(
                        ChecklistItem.incident_id == incident_id
                    )
                )
                or 0
            ) + 1
            item = ChecklistItem(
                incident_id=incident_id,
                uid=_new_uid(),
                position=position,
                section=section.strip(),
                title=title,
                need=need.strip(),
                why=why.strip(),
                use=use.strip(),
                next_step=next_step.strip(),
            )
            tx.session.add(item)
            tx.record(
                incident,
                EventKind.CHECKLIST_ADDED,
                {
                    "uid": item.uid,
                    "section": item.section,
                    "title": title,
                    "need": item.need,
                    "why": item.why,
                    "use": item.use,
                    "next_step": item.next_step,
                },
                self.actor,
            )
            return item.uid

    def add_checklist(self, incident_id: int, items: Iterable[dict[str, str]]) -> list[str]:
        return [self.add_checklist_item(incident_id, **item) for item in items]

    def tick_checklist_item(
        self, incident_id: int, item_uid: str, result: str, done: bool = True
    ) -> None:
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            item = self._entity(tx, ChecklistItem, incident_id, item_uid, "checklist item")
            item.done = done
            item.done_by = self.actor.person if done else ""
            item.done_at = self.now() if done else None
            item.result = result.strip()
            tx.record(
                incident,
                EventKind.CHECKLIST_TICKED,
                {"uid": item.uid, "title": item.title, "done": done, "result": item.result},
                self.actor,
            )

    def set_spec_line(
        self,
        incident_id: int,
        dimension: SpecDimension | str,
        *,
        is_text: str,
        is_not_text: str,
        distinction: str = "",
        change: str = "",
    ) -> None:
        dim = SpecDimension(dimension)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            line = tx.session.scalar(
                select(SpecLine).where(
                    SpecLine.incident_id == incident_id, SpecLine.dimension == dim
                )
            )
            if line is None:
                line = SpecLine(incident_id=incident_id, uid=_new_uid(), dimension=dim)
                tx.session.add(line)
            line.is_text = is_text.strip()
            line.is_not_text = is_not_text.strip()
            line.distinction = distinction.strip()
            line.change = change.strip()
            tx.record(
                incident,
                EventKind.SPEC_LINE_SET,
                {
                    "dimension": dim.value,
                    "is": line.is_text,
                    "is_not": line.is_not_text,
                    "distinction": line.distinction,
                    "change": line.change,
                },
                self.actor,
            )

    def add_hypothesis(self, incident_id: int, statement: str) -> str:
        statement = _text(statement, "hypothesis")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            count = tx.session.scalar(
                select(func.count())
                .select_from(Hypothesis)
                .where(Hypothesis.incident_id == incident_id)
            )
            hypothesis = Hypothesis(
                incident_id=incident_id,
                uid=_new_uid(),
                label=f"H{(count or 0) + 1}",
                statement=statement,
                status=HypothesisStatus.OPEN,
                proposed_by=self.actor.person,
                created_at=self.now(),
                evidence=[],
            )
            tx.session.add(hypothesis)
            tx.record(
                incident,
                EventKind.HYPOTHESIS_ADDED,
                {"uid": hypothesis.uid, "label": hypothesis.label, "statement": statement},
                self.actor,
            )
            return hypothesis.uid

    def add_evidence(
        self, incident_id: int, hypothesis_uid: str, text: str, supports: bool
    ) -> None:
        text = _text(text, "evidence")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            hypothesis = self._entity(tx, Hypothesis, incident_id, hypothesis_uid, "hypothesis")
            item = {
                "at": iso(self.now()),
                "by": self.actor.person,
                "text": text,
                "supports": supports,
            }
            hypothesis.evidence = [*hypothesis.evidence, item]
            tx.record(
                incident,
                EventKind.EVIDENCE_ADDED,
                {
                    "uid": hypothesis.uid,
                    "label": hypothesis.label,
                    "text": text,
                    "supports": supports,
                },
                self.actor,
            )

    def set_hypothesis_status(
        self,
        incident_id: int,
        hypothesis_uid: str,
        status: HypothesisStatus | str,
        reason: str = "",
        explains_spec: bool | None = None,
    ) -> None:
        new = HypothesisStatus(status)
        if new in (HypothesisStatus.RULED_OUT, HypothesisStatus.CONFIRMED):
            reason = _text(reason, "reason (what proved or disproved it)")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            hypothesis = self._entity(tx, Hypothesis, incident_id, hypothesis_uid, "hypothesis")
            old = hypothesis.status
            hypothesis.status = new
            hypothesis.status_reason = reason.strip()
            if explains_spec is not None:
                hypothesis.explains_spec = explains_spec
            tx.record(
                incident,
                EventKind.HYPOTHESIS_STATUS,
                {
                    "uid": hypothesis.uid,
                    "label": hypothesis.label,
                    "from": old,
                    "to": new.value,
                    "reason": reason.strip(),
                    "explains_spec": hypothesis.explains_spec,
                },
                self.actor,
            )

    def record_fix_attempt(
        self,
        incident_id: int,
        description: str,
        *,
        hypothesis_uid: str | None,
        expected_result: str = "",
        rollback_plan: str = "",
        approved_by: str = "",
    ) -> str:
        """Record a fix attempt. It should name the hypothesis it tests (rule 4)."""
        description = _text(description, "fix description")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            hypothesis = (
                self._entity(tx, Hypothesis, incident_id, hypothesis_uid, "hypothesis")
                if hypothesis_uid
                else None
            )
            fix = FixAttempt(
                incident_id=incident_id,
                uid=_new_uid(),
                hypothesis_id=hypothesis.id if hypothesis else None,
                description=description,
                expected_result=expected_result.strip(),
                rollback_plan=rollback_plan.strip(),
                approved_by=approved_by.strip(),
                attempted_by=self.actor.person,
                attempted_at=self.now(),
                outcome=FixOutcome.PENDING,
            )
            tx.session.add(fix)
            tx.record(
                incident,
                EventKind.FIX_ATTEMPTED,
                {
                    "uid": fix.uid,
                    "description": description,
                    "hypothesis": hypothesis.uid if hypothesis else None,
                    "hypothesis_label": hypothesis.label if hypothesis else None,
                    "expected_result": fix.expected_result,
                    "rollback_plan": fix.rollback_plan,
                    "approved_by": fix.approved_by,
                },
                self.actor,
            )
            return fix.uid

    def record_fix_outcome(
        self, incident_id: int, fix_uid: str, outcome: FixOutcome | str, note: str = ""
    ) -> None:
        result = FixOutcome(outcome)
        if result is FixOutcome.PENDING:
            raise InvalidInput("an outcome is worked, failed, partial or rolled back")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            fix = self._entity(tx, FixAttempt, incident_id, fix_uid, "fix attempt")
            fix.outcome = result
            fix.outcome_note = note.strip()
            fix.outcome_at = self.now()
            tx.record(
                incident,
                EventKind.FIX_OUTCOME,
                {"uid": fix.uid, "outcome": result.value, "note": fix.outcome_note},
                self.actor,
            )

    # -- the customer -----------------------------------------------------------

    def request_information(
        self, incident_id: int, *, need: str, why: str, use: str, next_step: str, to: str = ""
    ) -> str:
        """Ask the customer for something, saying why, what for and what comes next (rule 3)."""
        fields = {
            "need": _text(need, "what we need"),
            "why": _text(why, "why we need it"),
            "use": _text(use, "what we will do with it"),
            "next_step": _text(next_step, "what comes next"),
        }
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            request = InformationRequest(
                incident_id=incident_id,
                uid=_new_uid(),
                addressed_to=to.strip(),
                asked_by=self.actor.person,
                asked_at=self.now(),
                **fields,
            )
            tx.session.add(request)
            tx.record(
                incident,
                EventKind.REQUEST_SENT,
                {"uid": request.uid, "to": request.addressed_to, **fields},
                self.actor,
            )
            return request.uid

    def answer_request(self, incident_id: int, request_uid: str, answer: str) -> None:
        answer = _text(answer, "answer")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            request = self._entity(tx, InformationRequest, incident_id, request_uid, "request")
            request.answer = answer
            request.answered_at = self.now()
            tx.record(
                incident,
                EventKind.REQUEST_ANSWERED,
                {"uid": request.uid, "answer": answer},
                self.actor,
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
    ) -> str:
        """Record a status update. Every update but the final one names the time of the next."""
        text = _text(text, "update text")
        aud = Audience(audience)
        now = self.now()
        if final:
            next_update_at = None
        elif next_update_at is None:
            raise RuleViolation(
                "this update does not say when the next update comes",
                hint="every update but the final one promises the time of the next",
            )
        elif utc(next_update_at) <= now:
            raise RuleViolation("the next update time is in the past; promise a time ahead")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            if final and Status(incident.status).is_active:
                raise RuleViolation(
                    "the final update comes once the incident is resolved",
                    hint="resolve the incident first, then post the final update",
                )
            update = StatusUpdate(
                incident_id=incident_id,
                uid=_new_uid(),
                audience=aud,
                phase=incident.status,
                text=text,
                channel=channel,
                sent_by=self.actor.person,
                sent_at=now,
                next_update_at=utc(next_update_at) if next_update_at else None,
                is_final=final,
                delivery=Delivery(delivery),
                delivery_detail="",
            )
            tx.session.add(update)
            if incident.first_update_at is None and aud is Audience.CUSTOMERS:
                incident.first_update_at = now
            incident.next_update_due_at = update.next_update_at
            tx.record(
                incident,
                EventKind.UPDATE_POSTED,
                {
                    "uid": update.uid,
                    "audience": aud.value,
                    "phase": update.phase,
                    "channel": channel,
                    "text": text,
                    "next_update_at": _when(update.next_update_at),
                    "final": final,
                    "delivery": update.delivery,
                },
                self.actor,
            )
            return update.uid

    def record_delivery(
        self, incident_id: int, update_uid: str, delivered: bool, detail: str = ""
    ) -> None:
        """What the channel said: sent, or failed and why. The update's words stay either way."""
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            update = self._entity(tx, StatusUpdate, incident_id, update_uid, "update")
            update.delivery = Delivery.SENT if delivered else Delivery.FAILED
            update.delivery_detail = detail.strip()
            tx.record(
                incident,
                EventKind.UPDATE_DELIVERY,
                {
                    "uid": update.uid,
                    "channel": update.channel,
                    "delivery": update.delivery,
                    "detail": update.delivery_detail,
                },
                self.actor,
            )

    def page_oncall(self, incident_id: int, who: str, level: str = "primary") -> None:
        """Page an on-call engineer; the acknowledgement window runs from now."""
        who = _text(who, "name of the engineer paged", limit=200)
        if level not in ("primary", "backup"):
            raise InvalidInput("an on-call page goes to the primary or the backup")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            incident.paged_at = self.now()
            incident.paged_who = who
            incident.acknowledged_at = None
            tx.record(incident, EventKind.ONCALL_PAGED, {"who": who, "level": level}, self.actor)

    def acknowledge_page(self, incident_id: int, note: str = "") -> None:
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            if incident.paged_at is None:
                raise RuleViolation("nobody has been paged for this incident")
            if incident.acknowledged_at is not None:
                raise RuleViolation(f"{incident.paged_who} has already acknowledged the page")
            incident.acknowledged_at = self.now()
            tx.record(
                incident,
                EventKind.ONCALL_ACKNOWLEDGED,
                {"who": incident.paged_who, "note": note.strip()},
                self.actor,
            )

    # -- after the fact -----------------------------------------------------------

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
        text = _text(text, "action")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            action = Action(
                incident_id=incident_id,
                uid=_new_uid(),
                kind=action_kind,
                text=text,
                owner=owner.strip(),
                due=utc(due) if due else None,
                status=ActionStatus.OPEN,
                other_systems=[s.strip() for s in other_systems if s.strip()],
                created_at=self.now(),
            )
            tx.session.add(action)
            tx.record(
                incident,
                EventKind.ACTION_ADDED,
                {
                    "uid": action.uid,
                    "kind": action_kind.value,
                    "text": text,
                    "owner": action.owner,
                    "due": _when(action.due),
                    "other_systems": list(action.other_systems),
                },
                self.actor,
            )
            return action.uid

    def set_action_status(
        self, incident_id: int, action_uid: str, status: ActionStatus | str, note: str = ""
    ) -> None:
        new = ActionStatus(status)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            action = self._entity(tx, Action, incident_id, action_uid, "action")
            old = action.status
            action.status = new
            action.done_at = self.now() if new is ActionStatus.DONE else None
            tx.record(
                incident,
                EventKind.ACTION_STATUS,
                {"uid": action.uid, "from": old, "to": new.value, "note": note.strip()},
                self.actor,
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
        cause = _text(cause, "root cause")
        alts = [
            {"cause": _text(c, "alternative cause"), "why_rejected": w.strip()}
            for c, w in alternatives
        ]
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
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
            tx.record(
                incident,
                EventKind.ROOT_CAUSE_SET,
                {
                    "cause": cause,
                    "category": record.category,
                    "how_proven": record.how_proven,
                    "assumptions": record.assumptions,
                    "alternatives": alts,
                },
                self.actor,
            )

    # -- exercises -------------------------------------------------------------

    def set_exercise_clock(
        self,
        incident_id: int,
        *,
        wall_at: datetime,
        sim_at: datetime,
        speed: float,
        running: bool,
        scenario: str = "",
    ) -> None:
        """Record how simulated time runs from here on, so every seat can follow it."""
        if speed <= 0:
            raise InvalidInput("the exercise speed must be above zero")
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation("a simulated clock belongs to exercises only")
            tx.record(
                incident,
                EventKind.EXERCISE_CLOCK,
                {
                    "wall_at": iso(utc(wall_at)),
                    "sim_at": iso(utc(sim_at)),
                    "speed": speed,
                    "running": running,
                    "scenario": scenario,
                },
                self.actor,
            )

    def inject(
        self,
        incident_id: int,
        *,
        to: str,
        text: str,
        data: str | None = None,
        number: int | None = None,
        expect: dict[str, Any] | None = None,
    ) -> EventRecord:
        """Deliver an exercise inject to a role (or "all"); it is marked as an inject everywhere."""
        text = _text(text, "inject text")
        if to != "all":
            Role(to)
        with self.store.write() as tx:
            incident = tx.incident(incident_id)
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation("injects belong to exercises, not to real incidents")
            return tx.record(
                incident,
                EventKind.INJECT,
                {"number": number, "to": to, "text": text, "data": data, "expect": expect},
                self.actor,
            )

    # -- reading ---------------------------------------------------------------

    def priority_of(self, incident: IncidentSummary) -> Priority:
        return self.matrix.get(incident.priority)

    def list_incidents(self, include_exercises: bool = True) -> list[IncidentSummary]:
        """Active incidents first (most severe, then newest), then the rest, newest first."""
        with self.store.read() as session:
            query = select(Incident)
            if not include_exercises:
                query = query.where(Incident.mode == Mode.REAL)
            rows = session.scalars(query).all()
            summaries = [self._summary(row) for row in rows]
        ranks = {p.name: p.rank for p in self.matrix.priorities}
        return sorted(
            summaries,
            key=lambda s: (
                not s.is_active,
                ranks.get(s.priority, 99) if s.is_active else 0,
                -s.declared_at.timestamp(),
            ),
        )

    def incident(self, incident_id: int) -> IncidentSummary:
        with self.store.read() as session:
            row = session.get(Incident, incident_id)
            if row is None:
                raise NotFound(f"there is no incident #{incident_id}", hint="see `warroom list`")
            return self._summary(row)

    @staticmethod
    def _summary(row: Incident) -> IncidentSummary:
        return IncidentSummary(
            id=row.id,
            uid=row.uid,
            title=row.title,
            priority=row.priority,
            status=row.status,
            mode=row.mode,
            started_at=row.started_at,
            declared_at=row.declared_at,
            resolved_at=row.resolved_at,
            impact_what=row.impact_what,
            next_update_due_at=row.next_update_due_at,
            events=row.head_number,
        )

    def verify(self, incident_id: int) -> ChainBreak | None:
        return self.store.verify(incident_id)

    @staticmethod
    def _entity(tx: WriteTx, model: Any, incident_id: int, uid: str | None, what: str) -> Any:
        row = tx.session.scalar(
            select(model).where(model.incident_id == incident_id, model.uid == uid)
        )
        if row is None:
            raise NotFound(f"incident #{incident_id} has no {what} {uid}")
        return row
