"""Read models: everything a seat shows about one incident, as plain data.

Panels never touch the ORM; they get an ``IncidentSnapshot`` that the UI
reloads when the change feed reports an event of this incident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from warroom.core.errors import NotFound
from warroom.core.i18n import _
from warroom.core.names import state_name
from warroom.core.promises import Promise, SentUpdate, judge_promises
from warroom.core.vocabulary import EventKind
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
    TimelineEvent,
)
from warroom.store.repository import Store


@dataclass(frozen=True)
class RoleView:
    uid: str
    role: str
    person: str
    seat: str
    started_at: datetime
    ended_at: datetime | None
    note: str


@dataclass(frozen=True)
class ChecklistView:
    uid: str
    position: int
    section: str
    title: str
    need: str
    why: str
    use: str
    next_step: str
    done: bool
    done_by: str
    done_at: datetime | None
    result: str
    version: int = 0  # the event that last changed it: what an edit is based on


@dataclass(frozen=True)
class SpecLineView:
    dimension: str
    is_text: str
    is_not_text: str
    distinction: str
    change: str
    version: int = 0


@dataclass(frozen=True)
class HypothesisView:
    uid: str
    label: str
    statement: str
    status: str
    status_reason: str
    explains_spec: bool | None
    proposed_by: str
    created_at: datetime
    evidence: tuple[dict[str, Any], ...]
    version: int = 0


@dataclass(frozen=True)
class FixView:
    uid: str
    hypothesis_uid: str | None
    hypothesis_label: str | None
    description: str
    expected_result: str
    rollback_plan: str
    approved_by: str
    attempted_by: str
    attempted_at: datetime
    outcome: str
    outcome_note: str
    version: int = 0


@dataclass(frozen=True)
class RequestView:
    uid: str
    to: str
    need: str
    why: str
    use: str
    next_step: str
    asked_by: str
    asked_at: datetime
    answer: str
    answered_at: datetime | None
    version: int = 0


@dataclass(frozen=True)
class UpdateView:
    uid: str
    audience: str
    phase: str
    text: str
    channel: str
    sent_by: str
    sent_at: datetime
    next_update_at: datetime | None
    final: bool
    delivery: str = "sent"
    delivery_detail: str = ""


@dataclass(frozen=True)
class ActionView:
    uid: str
    kind: str
    text: str
    owner: str
    due: datetime | None
    status: str
    other_systems: tuple[str, ...]
    version: int = 0


@dataclass(frozen=True)
class RootCauseView:
    cause: str
    category: str
    how_proven: str
    assumptions: str
    alternatives: tuple[dict[str, Any], ...]
    version: int = 0


@dataclass(frozen=True)
class PhaseView:
    """A span of the impact: ``level`` outage or degraded (a partial restoration)."""

    uid: str
    level: str
    what: str
    extent: str
    count: int | None
    started_at: datetime
    started_approximate: bool
    ended_at: datetime | None
    ended_approximate: bool
    note: str
    version: int = 0


@dataclass(frozen=True)
class RemedyView:
    uid: str
    description: str
    decision: str  # open, chosen, rejected
    reason: str
    considered_by: str
    considered_at: datetime
    decided_at: datetime | None
    version: int = 0


@dataclass(frozen=True)
class SourceView:
    uid: str
    title: str
    url: str
    note: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class ImportView:
    """Where a foreign record came from (the ``record.imported`` event's payload)."""

    number: int
    at: datetime
    file: str
    sha256: str
    tool: str
    chain: str  # absent or broken: what the file's own chain was
    chain_problem: str
    cleaned: int


@dataclass(frozen=True)
class IncidentSnapshot:
    id: int
    uid: str
    title: str
    priority: str
    status: str
    mode: str
    summary: str
    impact_what: str
    impact_who: str
    impact_count: int | None
    impact_since: datetime | None
    services: tuple[str, ...]
    started_at: datetime
    detected_at: datetime | None
    declared_at: datetime
    first_update_at: datetime | None
    mitigated_at: datetime | None
    resolved_at: datetime | None
    escalated_at: datetime | None
    next_update_due_at: datetime | None
    events: int
    paged_at: datetime | None = None
    paged_who: str = ""
    acknowledged_at: datetime | None = None
    roles: tuple[RoleView, ...] = field(default=())
    checklist: tuple[ChecklistView, ...] = field(default=())
    spec: tuple[SpecLineView, ...] = field(default=())
    hypotheses: tuple[HypothesisView, ...] = field(default=())
    fixes: tuple[FixView, ...] = field(default=())
    requests: tuple[RequestView, ...] = field(default=())
    updates: tuple[UpdateView, ...] = field(default=())
    actions: tuple[ActionView, ...] = field(default=())
    root_cause: RootCauseView | None = None
    # What an edit of each aspect is based on (see warroom.room.base._based_on).
    priority_version: int = 0
    status_version: int = 0
    impact_version: int = 0
    # What postmortems say (format version 2): the impact in words beside the
    # count, the zone the times were given in, which times are only approximate
    # (names from core.vocabulary.APPROXIMABLE_TIMES), the phases of the impact,
    # the remedies considered, the sources, and where an imported record came from.
    impact_extent: str = ""
    time_zone: str = ""
    approximate_times: frozenset[str] = frozenset()
    phases: tuple[PhaseView, ...] = field(default=())
    remedies: tuple[RemedyView, ...] = field(default=())
    sources: tuple[SourceView, ...] = field(default=())
    imported_from: tuple[ImportView, ...] = field(default=())

    def is_approximate(self, name: str) -> bool:
        """Whether the incident time ``name`` (``"started"``, ``"resolved"``) is only rough."""
        return name in self.approximate_times

    @property
    def active_roles(self) -> tuple[RoleView, ...]:
        return tuple(r for r in self.roles if r.ended_at is None)

    def holders(self, role: str) -> list[str]:
        return [r.person for r in self.active_roles if r.role == role]

    def promises(self, now: datetime) -> list[Promise]:
        """Every update promise, judged at ``now`` by the one rule (warroom.core.promises)."""
        return judge_promises(
            (SentUpdate(u.sent_at, u.next_update_at, u.final, u.audience) for u in self.updates),
            resolved_at=self.resolved_at,
            now=now,
        )

    def leading_hypothesis(self) -> str:
        """The hypothesis the room works on: confirmed, else under test, else the newest open."""
        order = {"confirmed": 0, "testing": 1, "open": 2}
        candidates = [h for h in self.hypotheses if h.status in order]
        if not candidates:
            return ""
        best = min(candidates, key=lambda h: (order[h.status], -h.created_at.timestamp()))
        return f"{best.label}: {best.statement} ({state_name(best.status)})"


def load_snapshot(store: Store, incident_id: int) -> IncidentSnapshot:
    # Core rows of the tables, not ORM objects: the snapshot copies every field into
    # plain data at once, and the ORM's statements cost ~3x as much to compile on the
    # first read of a start (and configure every mapper before the first of them).
    with store.read() as s:
        conn = s.connection()
        incident = Incident.__table__
        inc = conn.execute(select(incident).where(incident.c.id == incident_id)).first()
        if inc is None:
            raise NotFound(
                _("there is no incident #{id}").format(id=incident_id),
                hint=_("see `warroom list`"),
            )

        def rows(model: Any, *extra: Any, joined: Any = None, order: str = "id") -> list[Any]:
            table = model.__table__
            query = select(table, *extra)
            if joined is not None:
                query = query.select_from(joined)
            query = query.where(table.c.incident_id == incident_id).order_by(table.c[order])
            return list(conn.execute(query))

        person = Person.__table__
        held = RoleAssignment.__table__
        hypothesis = Hypothesis.__table__
        fix = FixAttempt.__table__
        roles = rows(
            RoleAssignment,
            person.c.name.label("person_name"),
            joined=held.join(person, held.c.person_id == person.c.id),
        )
        fixes = rows(
            FixAttempt,
            hypothesis.c.uid.label("hypothesis_uid"),
            hypothesis.c.label.label("hypothesis_label"),
            joined=fix.outerjoin(hypothesis, fix.c.hypothesis_id == hypothesis.c.id),
        )
        root = next(iter(rows(RootCause)), None)
        events = TimelineEvent.__table__
        imports = conn.execute(
            select(events.c.number, events.c.at, events.c.payload)
            .where(
                events.c.incident_id == incident_id,
                events.c.kind == EventKind.RECORD_IMPORTED,
            )
            .order_by(events.c.number)
        )
        return IncidentSnapshot(
            id=inc.id,
            uid=inc.uid,
            title=inc.title,
            priority=inc.priority,
            status=inc.status,
            mode=inc.mode,
            summary=inc.summary,
            impact_what=inc.impact_what,
            impact_who=inc.impact_who,
            impact_count=inc.impact_count,
            impact_since=inc.impact_since,
            services=tuple(inc.services),
            started_at=inc.started_at,
            detected_at=inc.detected_at,
            declared_at=inc.declared_at,
            first_update_at=inc.first_update_at,
            mitigated_at=inc.mitigated_at,
            resolved_at=inc.resolved_at,
            escalated_at=inc.escalated_at,
            next_update_due_at=inc.next_update_due_at,
            events=inc.head_number,
            paged_at=inc.paged_at,
            paged_who=inc.paged_who,
            acknowledged_at=inc.acknowledged_at,
            priority_version=inc.priority_version,
            status_version=inc.status_version,
            impact_version=inc.impact_version,
            roles=tuple(
                RoleView(r.uid, r.role, r.person_name, r.seat, r.started_at, r.ended_at, r.note)
                for r in roles
            ),
            checklist=tuple(
                ChecklistView(
                    c.uid,
                    c.position,
                    c.section,
                    c.title,
                    c.need,
                    c.why,
                    c.use,
                    c.next_step,
                    c.done,
                    c.done_by,
                    c.done_at,
                    c.result,
                    c.version,
                )
                for c in rows(ChecklistItem, order="position")
            ),
            spec=tuple(
                SpecLineView(
                    p.dimension, p.is_text, p.is_not_text, p.distinction, p.change, p.version
                )
                for p in rows(SpecLine)
            ),
            hypotheses=tuple(
                HypothesisView(
                    h.uid,
                    h.label,
                    h.statement,
                    h.status,
                    h.status_reason,
                    h.explains_spec,
                    h.proposed_by,
                    h.created_at,
                    tuple(h.evidence),
                    h.version,
                )
                for h in rows(Hypothesis)
            ),
            fixes=tuple(
                FixView(
                    f.uid,
                    f.hypothesis_uid,
                    f.hypothesis_label,
                    f.description,
                    f.expected_result,
                    f.rollback_plan,
                    f.approved_by,
                    f.attempted_by,
                    f.attempted_at,
                    f.outcome,
                    f.outcome_note,
                    f.version,
                )
                for f in fixes
            ),
            requests=tuple(
                RequestView(
                    r.uid,
                    r.addressed_to,
                    r.need,
                    r.why,
                    r.use,
                    r.next_step,
                    r.asked_by,
                    r.asked_at,
                    r.answer,
                    r.answered_at,
                    r.version,
                )
                for r in rows(InformationRequest)
            ),
            updates=tuple(
                UpdateView(
                    u.uid,
                    u.audience,
                    u.phase,
                    u.text,
                    u.channel,
                    u.sent_by,
                    u.sent_at,
                    u.next_update_at,
                    u.is_final,
                    u.delivery,
                    u.delivery_detail,
                )
                for u in rows(StatusUpdate)
            ),
            actions=tuple(
                ActionView(
                    a.uid,
                    a.kind,
                    a.text,
                    a.owner,
                    a.due,
                    a.status,
                    tuple(a.other_systems),
                    a.version,
                )
                for a in rows(Action)
            ),
            root_cause=None
            if root is None
            else RootCauseView(
                root.cause,
                root.category,
                root.how_proven,
                root.assumptions,
                tuple(root.alternatives),
                root.version,
            ),
            impact_extent=inc.impact_extent,
            time_zone=inc.time_zone,
            approximate_times=frozenset(inc.approximate_times or ()),
            phases=tuple(
                PhaseView(
                    ph.uid,
                    ph.level,
                    ph.what,
                    ph.extent,
                    ph.count,
                    ph.started_at,
                    ph.started_approximate,
                    ph.ended_at,
                    ph.ended_approximate,
                    ph.note,
                    ph.version,
                )
                # In time order; phases begun at the same moment in the order recorded.
                for ph in sorted(rows(ImpactPhase), key=lambda ph: ph.started_at)
            ),
            remedies=tuple(
                RemedyView(
                    r.uid,
                    r.description,
                    r.decision,
                    r.reason,
                    r.considered_by,
                    r.considered_at,
                    r.decided_at,
                    r.version,
                )
                for r in rows(Remedy)
            ),
            sources=tuple(
                SourceView(so.uid, so.title, so.url, so.note, so.added_by, so.added_at)
                for so in rows(Source)
            ),
            imported_from=tuple(_import_view(e) for e in imports),
        )


def _import_view(event: Any) -> ImportView:
    p = event.payload
    return ImportView(
        number=event.number,
        at=event.at,
        file=str(p.get("file", "")),
        sha256=str(p.get("sha256", "")),
        tool=str(p.get("tool", "")),
        chain=str(p.get("chain", "")),
        chain_problem=str(p.get("chain_problem", "")),
        cleaned=int(p.get("cleaned", 0)),
    )
