"""The report model: everything the post-incident report says, computed once from the record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_
from warroom.core.matrix import CommunicationMatrix
from warroom.core.metrics import KeyTimes, durations
from warroom.core.promises import Promise, kept_ratio
from warroom.core.vocabulary import Audience, EntryKind, EventKind, HypothesisStatus, Mode
from warroom.core.zones import known_zone
from warroom.report.completeness import Gap, Silence, completeness, silences
from warroom.report.formats import localized_times
from warroom.report.paging import Page, pages
from warroom.report.stats import ServiceHistory, service_history
from warroom.snapshot import IncidentSnapshot, UpdateView, load_snapshot
from warroom.store.repository import EventRecord, Store

__all__ = ["Gap", "IncidentReport", "build_report", "completeness"]

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
    EventKind.ONCALL_PAGED,
    EventKind.ONCALL_ACKNOWLEDGED,
}

# Where the key-event table points for the whole text of a long event.
KEY_EVENT_SECTIONS: dict[str, str] = {
    EventKind.ROOT_CAUSE_SET: N_("Root cause"),
    EventKind.RESOLVED: N_("Summary"),
    EventKind.HYPOTHESIS_STATUS: N_("Hypotheses"),
    EventKind.FIX_ATTEMPTED: N_("Fix attempts"),
    EventKind.FIX_OUTCOME: N_("Fix attempts"),
    EventKind.ROLE_HANDED_OVER: N_("Roles and handovers"),
    EventKind.ONCALL_PAGED: N_("On-call paging"),
    EventKind.ONCALL_ACKNOWLEDGED: N_("On-call paging"),
}

DURATION_LABELS = {
    "detect": N_("Time to detect"),
    "declare": N_("Time to declare"),
    "first_update": N_("Time to first customer update"),
    "mitigate": N_("Time to mitigate"),
    "resolve": N_("Time to resolve"),
}

# What a negative duration means, in words: the moment lies before the recorded start.
DURATION_BEFORE_START = {
    "detect": N_("detected {duration} before the recorded start"),
    "declare": N_("declared {duration} before the recorded start"),
    "first_update": N_("first customer update {duration} before the recorded start"),
    "mitigate": N_("mitigated {duration} before the recorded start"),
    "resolve": N_("resolved {duration} before the recorded start"),
}

# The incident time each duration runs to from the start: a duration is only as
# exact as its two ends (names from core.vocabulary.APPROXIMABLE_TIMES).
DURATION_ENDS = {
    "detect": "detected",
    "declare": "declared",
    "first_update": "first_update",
    "mitigate": "mitigated",
    "resolve": "resolved",
}

# Zones that are UTC under another name: no second column for them.
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Zulu", "GMT"}


def incident_zone(name: str) -> ZoneInfo | None:
    """The zone an incident's times were given in, to print beside UTC; None for UTC itself."""
    name = name.strip()
    if not name or name in _UTC_NAMES or not known_zone(name):
        return None
    return ZoneInfo(name)


def is_rough(event: EventRecord) -> bool:
    """Whether the event's time is only known roughly ("around 23:00" in the source)."""
    return event.payload.get("approximate") is True


def is_key_event(event: EventRecord) -> bool:
    """The shape of the incident: state changes, findings, pages, and decisions taken."""
    if event.kind == EventKind.ENTRY:
        return event.payload.get("entry") == EntryKind.DECISION
    return event.kind in KEY_EVENT_KINDS


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
    gaps: tuple[Gap, ...]
    pages: tuple[Page, ...] = ()
    ack_window: timedelta | None = None  # the priority's window before the backup is paged
    zone: ZoneInfo | None = None  # a second zone printed beside UTC
    # The uids (updates, remedies, sources, ...) whose event gives its time only roughly.
    rough_uids: frozenset[str] = frozenset()
    # Stretches without a customer update longer than the priority's cadence.
    silences: tuple[Silence, ...] = ()

    def is_rough_uid(self, uid: str) -> bool:
        return uid in self.rough_uids

    # Each affected service: how often real incidents hit it before this one, and why.
    service_history: tuple[ServiceHistory, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """What the report still lacks, one line per thing."""
        return tuple(gap.text for gap in self.gaps)

    @property
    def missing_by_topic(self) -> list[tuple[str, int]]:
        """How many things each part of the report lacks, in the report's order."""
        return list(Counter(gap.topic for gap in self.gaps).items())

    @property
    def is_exercise(self) -> bool:
        return self.incident.mode == Mode.EXERCISE

    @property
    def is_final(self) -> bool:
        return not self.gaps

    @property
    def duration(self) -> timedelta:
        end = self.incident.resolved_at or self.generated_at
        return end - self.incident.started_at

    @property
    def duration_is_rough(self) -> bool:
        return self.is_rough_duration("resolve")

    def is_rough_duration(self, key: str) -> bool:
        """Whether the duration ``key`` (see DURATION_LABELS) has an approximate end."""
        s = self.incident
        return s.is_approximate("started") or s.is_approximate(DURATION_ENDS[key])

    @property
    def confirmed_hypotheses(self) -> tuple[str, ...]:
        return tuple(
            h.label for h in self.incident.hypotheses if h.status == HypothesisStatus.CONFIRMED
        )

    def unanswered_pages(self) -> tuple[Page, ...]:
        """Pages nobody acknowledged within the priority's window."""
        if self.ack_window is None:
            return ()
        window = self.ack_window
        return tuple(p for p in self.pages if p.unanswered_for(window, self.generated_at))


def priority_history(timeline: tuple[EventRecord, ...], first: str) -> list[tuple[datetime, str]]:
    """The priority in force from each instant on: the declared one, then every change."""
    history: list[tuple[datetime, str]] = []
    for event in timeline:
        if event.kind == EventKind.DECLARED:
            history.append((event.at, str(event.payload.get("priority") or first)))
        elif event.kind == EventKind.PRIORITY_CHANGED and event.payload.get("to"):
            history.append((event.at, str(event.payload["to"])))
    return history


def build_report(
    store: Store,
    incident_id: int,
    now: datetime,
    zone: ZoneInfo | None = None,
    matrix: CommunicationMatrix | None = None,
) -> IncidentReport:
    """The report of one incident as of ``now``; ``zone``, if given, is shown beside UTC.

    Without ``zone``, the zone the incident's times were given in (its
    ``time_zone``, an imported postmortem's) stands beside UTC, unless it is UTC.

    ``matrix`` gives the update cadence and the on-call window per priority (the
    installation's default when not given).
    """
    incident = load_snapshot(store, incident_id)
    if zone is None:
        zone = incident_zone(incident.time_zone)
    # The report prints the events the record check read; only a record with a
    # problem is read again, as far as it can be, to print what there is.
    checked, broken = store.verified_events(incident_id)
    timeline = tuple(checked if broken is None else store.events(incident_id))
    matrix = matrix or CommunicationMatrix.default()
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
    history = priority_history(timeline, incident.priority)
    rough_uids = frozenset(
        str(e.payload["uid"]) for e in timeline if is_rough(e) and e.payload.get("uid")
    )
    # The instants known only roughly, for the lines that print them.
    rough = {u.sent_at for u in updates if u.uid in rough_uids}
    rough |= {
        at
        for name, at in (("declared", incident.declared_at), ("resolved", incident.resolved_at))
        if at is not None and incident.is_approximate(name)
    }
    try:
        ack_window: timedelta | None = matrix.get(incident.priority).ack_window
    except InvalidInput:  # a priority from another installation's matrix
        ack_window = None
    return IncidentReport(
        incident=incident,
        generated_at=now,
        durations=durations(times),
        communication=communication,
        promises_kept=kept_ratio(promises),
        # In time order: an imported record keeps its source's order, which need not be.
        key_events=tuple(
            sorted((e for e in timeline if is_key_event(e)), key=lambda e: (e.at, e.number))
        ),
        timeline=timeline,
        escalations=tuple(e for e in timeline if e.kind == EventKind.ESCALATED),
        corrections={e.corrects: e for e in timeline if e.corrects is not None},
        chain_intact=broken is None,
        chain_problem="" if broken is None else str(broken),
        fingerprint=timeline[-1].hash if timeline else "",
        gaps=tuple(
            completeness(
                incident,
                broken is None,
                priorities=history,
                matrix=matrix,
                now=now,
                times=localized_times(zone),
                rough=rough,
            )
        ),
        pages=pages(timeline),
        ack_window=ack_window,
        zone=zone,
        silences=tuple(
            silences(
                incident,
                [u.sent_at for u in updates if u.audience == Audience.CUSTOMERS],
                history,
                matrix,
                now,
                rough,
            )
        ),
        rough_uids=rough_uids,
        service_history=service_history(store, incident_id, incident.services, incident.started_at),
    )
