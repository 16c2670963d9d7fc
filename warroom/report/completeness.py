"""What a report still lacks before it can be called final: one line per thing, saying what.

A line names the thing (an action, a hypothesis, the business impact) and
exactly what it lacks, so the person finishing the report knows what to do:
"Action “Add a disk alert”: no due date", not "no owner or due date". Done
and dropped actions need nothing more. Besides empty fields, the list names
the blind spots of a record: updates that promised no next one, silences
longer than the priority's update cadence, a missing problem specification,
and key times that contradict each other.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.matrix import CommunicationMatrix
from warroom.core.names import audience_name, dimension_name, priority_name, state_name
from warroom.core.promises import PROMISE_GRACE
from warroom.core.timing import format_duration
from warroom.core.vocabulary import (
    ActionKind,
    ActionStatus,
    Audience,
    FixOutcome,
    HypothesisStatus,
    SpecDimension,
    Status,
)
from warroom.core.zones import TimeStyle
from warroom.report.describe import about
from warroom.snapshot import IncidentSnapshot


@dataclass(frozen=True)
class Gap:
    """One thing the report lacks: ``topic`` groups the count on page 1."""

    topic: str
    text: str

    def __str__(self) -> str:
        return self.text


def _quote(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + _(" and ") + parts[-1]


def completeness(
    incident: IncidentSnapshot,
    chain_intact: bool,
    *,
    priorities: Sequence[tuple[datetime, str]] = (),
    matrix: CommunicationMatrix | None = None,
    now: datetime | None = None,
    times: TimeStyle | None = None,
    rough: Collection[datetime] = (),
) -> list[Gap]:
    """Everything still missing, in the order of the report's sections.

    ``priorities`` is the priority in force from each instant on (for the update
    cadence); ``now`` ends an unresolved incident's last silence; ``rough`` are
    the instants known only approximately (said "about" in the lines).
    """
    times = times or TimeStyle()
    gaps: list[Gap] = []
    record, impact, key_times = _("Record"), _("Business impact"), _("Key times")
    if not chain_intact:
        gaps.append(
            Gap(
                record,
                _("The record's hash chain is broken: the record was changed outside warroom."),
            )
        )
    if Status(incident.status).is_active:
        gaps.append(Gap(_("Incident"), _("The incident is not resolved yet.")))
    if not incident.impact_what.strip():
        gaps.append(Gap(impact, _("The business impact lacks what the customer could not do.")))
    if not incident.impact_who.strip():
        gaps.append(Gap(impact, _("The business impact lacks who was affected.")))
    # Words say how far it reached where a count cannot ("85 % of the network").
    if incident.impact_count is None and not incident.impact_extent.strip():
        gaps.append(Gap(impact, _("The business impact lacks how many were affected.")))
    if incident.detected_at is None:
        gaps.append(Gap(key_times, _("The key times lack when the problem was detected.")))
    gaps += [Gap(key_times, text) for text in contradictions(incident, times)]
    gaps += _specification(incident)
    gaps += _diagnosis(incident)
    gaps += _actions(incident)
    gaps += _communication(incident, priorities, matrix, now, times, frozenset(rough))
    return gaps


def contradictions(incident: IncidentSnapshot, times: TimeStyle) -> list[str]:
    """Key times out of their only possible order (resolved before detected, ...)."""
    order = [
        (_("started"), incident.started_at),
        (_("detected"), incident.detected_at),
        (_("declared"), incident.declared_at),
        (_("mitigated"), incident.mitigated_at),
        (_("resolved"), incident.resolved_at),
    ]
    known = [(name, at) for name, at in order if at is not None]
    found = []
    # Each known time against the latest before it in the order: one line per break.
    latest_name, latest_at = known[0]
    for name, at in known[1:]:
        if at < latest_at:
            found.append(
                _(
                    "Key times contradict each other: {later} ({later_at}) is before "
                    "{earlier} ({earlier_at})."
                ).format(
                    later=name,
                    later_at=times.stamp(at),
                    earlier=latest_name,
                    earlier_at=times.stamp(latest_at),
                )
            )
        else:
            latest_name, latest_at = name, at
    first = incident.first_update_at
    if first is not None and first < incident.started_at:
        found.append(
            _(
                "Key times contradict each other: the first customer update ({first}) is "
                "{duration} before the recorded start ({start})."
            ).format(
                first=times.stamp(first),
                duration=format_duration(incident.started_at - first),
                start=times.stamp(incident.started_at),
            )
        )
    return found


def _specification(incident: IncidentSnapshot) -> list[Gap]:
    topic = _("Problem specification")
    filled = {line.dimension for line in incident.spec if line.is_text.strip()}
    if not filled:
        return [Gap(topic, _("The problem specification (IS / IS NOT) is not recorded."))]
    empty = [dimension_name(d.value) for d in SpecDimension if d.value not in filled]
    if not empty:
        return []
    return [
        Gap(
            topic,
            _("The problem specification lacks {dimensions}.").format(dimensions=_join(empty)),
        )
    ]


def _diagnosis(incident: IncidentSnapshot) -> list[Gap]:
    gaps = []
    topic = _("Root cause")
    root = incident.root_cause
    if root is None:
        gaps.append(Gap(topic, _("The root cause is not recorded.")))
    else:
        if not root.how_proven.strip():
            gaps.append(Gap(topic, _("The root cause lacks its proof: how was it proven?")))
        if not root.alternatives:
            gaps.append(
                Gap(
                    topic,
                    _(
                        "The root cause lacks the other causes considered "
                        "and why they were rejected."
                    ),
                )
            )
        if not root.category.strip():
            gaps.append(
                Gap(topic, _("The root cause lacks a category (needed to track recurrence)."))
            )
    for h in incident.hypotheses:
        if h.status in (HypothesisStatus.OPEN, HypothesisStatus.TESTING):
            gaps.append(
                Gap(
                    _("Hypotheses"),
                    _(
                        "Hypothesis {label} {statement} is still {status}: "
                        "neither confirmed nor ruled out."
                    ).format(
                        label=h.label, statement=_quote(h.statement), status=state_name(h.status)
                    ),
                )
            )
    for f in incident.fixes:
        if f.outcome == FixOutcome.PENDING:
            gaps.append(
                Gap(
                    _("Fix attempts"),
                    _("Fix attempt {fix} lacks its outcome.").format(fix=_quote(f.description)),
                )
            )
    return gaps


def _actions(incident: IncidentSnapshot) -> list[Gap]:
    topic = _("Actions")
    gaps = []
    kinds = {a.kind for a in incident.actions}
    if ActionKind.CORRECTIVE not in kinds:
        gaps.append(Gap(topic, _("No corrective action.")))
    if ActionKind.PREVENTIVE not in kinds:
        gaps.append(Gap(topic, _("No preventive action.")))
    for action in incident.actions:
        if action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
            continue  # finished: nobody needs to own or schedule it any more
        lacks = []
        if not action.owner.strip():
            lacks.append(_("an owner"))
        if action.due is None:
            lacks.append(_("a due date"))
        if action.kind == ActionKind.CORRECTIVE and not action.other_systems:
            lacks.append(_("the answer to “which other systems need the same fix?”"))
        if lacks:
            gaps.append(
                Gap(
                    topic,
                    _("Action {action} lacks {missing}.").format(
                        action=_quote(action.text), missing=_join(lacks)
                    ),
                )
            )
    return gaps


def _communication(
    incident: IncidentSnapshot,
    priorities: Sequence[tuple[datetime, str]],
    matrix: CommunicationMatrix | None,
    now: datetime | None,
    times: TimeStyle,
    rough: frozenset[datetime] = frozenset(),
) -> list[Gap]:
    topic = _("Communication")
    gaps = []
    updates = sorted(incident.updates, key=lambda u: u.sent_at)
    for u in updates:
        if not u.final and u.next_update_at is None:
            gaps.append(
                Gap(
                    topic,
                    _("The update to {audience} at {time} promises no next update.").format(
                        audience=audience_name(u.audience),
                        time=about(times.stamp(u.sent_at), u.sent_at in rough),
                    ),
                )
            )
    customer = [u.sent_at for u in updates if u.audience == Audience.CUSTOMERS]
    if not customer:
        gaps.append(Gap(topic, _("No update to the customers at all.")))
    else:
        gaps += [
            Gap(topic, text)
            for text in _silences(incident, customer, priorities, matrix, now, times, rough)
        ]
    if not any(u.final for u in updates):
        gaps.append(Gap(topic, _("No final update committing to this report.")))
    return gaps


@dataclass(frozen=True)
class Silence:
    """A stretch without a customer update longer than the cadence of the priority then."""

    begin: datetime
    end: datetime
    priority: str
    cadence: timedelta
    rough_begin: bool = False  # an end known only approximately: the length is too
    rough_end: bool = False

    @property
    def length(self) -> timedelta:
        return self.end - self.begin


def _silences(
    incident: IncidentSnapshot,
    sent: Sequence[datetime],
    priorities: Sequence[tuple[datetime, str]],
    matrix: CommunicationMatrix | None,
    now: datetime | None,
    times: TimeStyle,
    rough: frozenset[datetime] = frozenset(),
) -> list[str]:
    if matrix is None:
        return []
    return [
        _(
            "No update to the customers for {duration}, from {begin} to {end} "
            "({priority}: every {cadence})."
        ).format(
            duration=about(format_duration(gap.length), gap.rough_begin or gap.rough_end),
            begin=about(times.stamp(gap.begin), gap.rough_begin),
            end=about(times.stamp(gap.end), gap.rough_end),
            priority=priority_name(gap.priority),
            cadence=format_duration(gap.cadence),
        )
        for gap in silences(incident, sent, priorities, matrix, now, rough)
    ]


def silences(
    incident: IncidentSnapshot,
    sent: Sequence[datetime],
    priorities: Sequence[tuple[datetime, str]],
    matrix: CommunicationMatrix,
    now: datetime | None,
    rough: Collection[datetime] = (),
) -> list[Silence]:
    """Stretches without a customer update (``sent``) longer than the priority's cadence.

    While the incident is active, from its declaration to its resolution (or
    ``now``): updates before the declaration or after the resolution (a
    postmortem published days later) do not break a silence.
    """
    history = sorted(priorities) or [(incident.declared_at, incident.priority)]
    end = incident.resolved_at or now
    # While the incident is active: from its declaration to its resolution (or now).
    within = [at for at in sent if at >= incident.declared_at and (end is None or at <= end)]
    points = [incident.declared_at, *within]
    if end is not None and end > points[-1]:
        points.append(end)
    found = []
    for begin, finish in pairwise(points):
        name = next((p for at, p in reversed(history) if at <= begin), history[0][1])
        try:
            cadence = matrix.get(name).update_cadence
        except InvalidInput:  # a priority this installation's matrix does not know
            continue
        if finish - begin > cadence + PROMISE_GRACE:
            found.append(Silence(begin, finish, name, cadence, begin in rough, finish in rough))
    return found
