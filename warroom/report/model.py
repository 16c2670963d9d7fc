"""The report model: everything the post-incident report says, computed once from the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from warroom.core.metrics import KeyTimes, durations
from warroom.core.promises import Promise, kept_ratio
from warroom.core.vocabulary import (
    ActionKind,
    EventKind,
    FixOutcome,
    HypothesisStatus,
    Mode,
    Status,
)
from warroom.snapshot import IncidentSnapshot, UpdateView, load_snapshot
from warroom.store.repository import EventRecord, Store

# What the key-event timeline shows: the shape of the incident, not every note.
KEY_EVENT_KINDS = {
    EventKind.DECLARED,
    EventKind.PRIORITY_CHANGED,
    EventKind.STATUS_CHANGED,
    EventKind.KEY_MOMENT,
    EventKind.ESCALATED,
    EventKind.RESOLVED,
    EventKind.ROLE_HANDED_OVER,
    EventKind.HYPOTHESIS_STATUS,
    EventKind.FIX_ATTEMPTED,
    EventKind.FIX_OUTCOME,
    EventKind.ROOT_CAUSE_SET,
}

DURATION_LABELS = {
    "detect": "Time to detect",
    "declare": "Time to declare",
    "first_update": "Time to first customer update",
    "mitigate": "Time to mitigate",
    "resolve": "Time to resolve",
}


@dataclass(frozen=True)
class CommunicationLine:
    update: UpdateView
    promise: Promise | None  # None when the update promised nothing (the final one)


@dataclass(frozen=True)
class IncidentReport:
    incident: IncidentSnapshot
    generated_at: datetime
    durations: dict[str, timedelta | None]
    communication: tuple[CommunicationLine, ...]
    promises_kept: float | None
    key_events: tuple[EventRecord, ...]
    timeline: tuple[EventRecord, ...]
    escalations: tuple[EventRecord, ...]
    corrections: dict[int, EventRecord]  # corrected event number -> the correction
    chain_intact: bool
    chain_problem: str
    fingerprint: str
    missing: tuple[str, ...]
    zone: ZoneInfo | None = None  # a second zone printed beside UTC

    @property
    def is_exercise(self) -> bool:
        return self.incident.mode == Mode.EXERCISE

    @property
    def is_final(self) -> bool:
        return not self.missing

    @property
    def duration(self) -> timedelta:
        end = self.incident.resolved_at or self.generated_at
        return end - self.incident.started_at

    @property
    def confirmed_hypotheses(self) -> tuple[str, ...]:
        return tuple(
            h.label for h in self.incident.hypotheses if h.status == HypothesisStatus.CONFIRMED
        )


def completeness(incident: IncidentSnapshot, chain_intact: bool) -> list[str]:
    """What is still missing before the report can be called final, in plain words."""
    missing: list[str] = []
    if not chain_intact:
        missing.append("the record's hash chain is broken: the record was changed outside warroom")
    if Status(incident.status).is_active:
        missing.append("the incident is not resolved yet")
    if not incident.impact_who or incident.impact_count is None:
        missing.append("business impact: who and how many were affected")
    if incident.detected_at is None:
        missing.append("the time the problem was detected")
    root = incident.root_cause
    if root is None:
        missing.append("root cause")
    else:
        if not root.how_proven:
            missing.append("root cause has no proof (how was it proven?)")
        if not root.alternatives:
            missing.append("no other causes considered (and why they were rejected)")
        if not root.category:
            missing.append("root cause has no category (needed to track recurrence)")
    open_hypotheses = [
        h.label
        for h in incident.hypotheses
        if h.status in (HypothesisStatus.OPEN, HypothesisStatus.TESTING)
    ]
    if open_hypotheses:
        missing.append(f"hypotheses still open: {', '.join(open_hypotheses)}")
    pending = sum(1 for f in incident.fixes if f.outcome == FixOutcome.PENDING)
    if pending:
        missing.append(f"{pending} fix attempt(s) without an outcome")
    kinds = {a.kind for a in incident.actions}
    if ActionKind.CORRECTIVE not in kinds:
        missing.append("no corrective action")
    if ActionKind.PREVENTIVE not in kinds:
        missing.append("no preventive action")
    for action in incident.actions:
        short = action.text if len(action.text) <= 50 else action.text[:49] + "…"
        if not action.owner or action.due is None:
            missing.append(f"action “{short}” has no owner or due date")
        if action.kind == ActionKind.CORRECTIVE and not action.other_systems:
            missing.append(f"action “{short}”: which other systems need the same fix?")
    if not any(u.final for u in incident.updates):
        missing.append("no final update committing to this report")
    return missing


def build_report(
    store: Store, incident_id: int, now: datetime, zone: ZoneInfo | None = None
) -> IncidentReport:
    """The report of one incident as of ``now``; ``zone``, if given, is shown beside UTC."""
    incident = load_snapshot(store, incident_id)
    timeline = tuple(store.events(incident_id))
    broken = store.verify(incident_id)
    updates = sorted(incident.updates, key=lambda u: u.sent_at)
    promises = incident.promises(now)
    made = {(p.made_at, p.audience): p for p in promises}
    communication = tuple(CommunicationLine(u, made.get((u.sent_at, u.audience))) for u in updates)
    times = KeyTimes(
        incident.started_at,
        incident.detected_at,
        incident.declared_at,
        incident.first_update_at,
        incident.mitigated_at,
        incident.resolved_at,
    )
    return IncidentReport(
        incident=incident,
        generated_at=now,
        durations=durations(times),
        communication=communication,
        promises_kept=kept_ratio(promises),
        key_events=tuple(e for e in timeline if e.kind in KEY_EVENT_KINDS),
        timeline=timeline,
        escalations=tuple(e for e in timeline if e.kind == EventKind.ESCALATED),
        corrections={e.corrects: e for e in timeline if e.corrects is not None},
        chain_intact=broken is None,
        chain_problem="" if broken is None else str(broken),
        fingerprint=timeline[-1].hash if timeline else "",
        missing=tuple(completeness(incident, broken is None)),
        zone=zone,
    )
