"""The words of the war room: roles, statuses, event kinds and the like."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    LEAD = "lead"
    DIAGNOSTICIAN = "diagnostician"
    COMMUNICATOR = "communicator"
    SCRIBE = "scribe"


class Status(StrEnum):
    DECLARED = "declared"
    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MITIGATING = "mitigating"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_active(self) -> bool:
        return self not in (Status.RESOLVED, Status.CLOSED)


# Forward moves are the normal path; a step back (e.g. monitoring -> investigating
# when the fix did not hold) is allowed because real incidents do that. Only a
# closed incident is final.
STATUS_ORDER: tuple[Status, ...] = tuple(Status)


def can_change_status(current: Status, new: Status) -> bool:
    return current is not Status.CLOSED and new is not current


class Mode(StrEnum):
    REAL = "real"
    EXERCISE = "exercise"


class EntryKind(StrEnum):
    """What a scribe's line is."""

    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    QUESTION = "question"


class KeyMoment(StrEnum):
    STARTED = "started"
    DETECTED = "detected"
    DECLARED = "declared"
    FIRST_UPDATE = "first_update"
    MITIGATED = "mitigated"
    RESOLVED = "resolved"
    CLOSED = "closed"


class HypothesisStatus(StrEnum):
    OPEN = "open"
    TESTING = "testing"
    RULED_OUT = "ruled_out"
    CONFIRMED = "confirmed"


class FixOutcome(StrEnum):
    PENDING = "pending"
    WORKED = "worked"
    FAILED = "failed"
    PARTIAL = "partial"
    ROLLED_BACK = "rolled_back"


class ActionKind(StrEnum):
    CORRECTIVE = "corrective"
    PREVENTIVE = "preventive"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Delivery(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class Audience(StrEnum):
    CUSTOMERS = "customers"
    INTERNAL = "internal"
    EXECUTIVES = "executives"


class ImpactLevel(StrEnum):
    """How badly an impact phase hurts: a partial restoration is a degraded phase."""

    OUTAGE = "outage"  # those affected cannot use the service at all
    DEGRADED = "degraded"  # it works for some, or slowly, or without some functions


class RemedyDecision(StrEnum):
    """What became of a remedy the room considered."""

    OPEN = "open"
    CHOSEN = "chosen"
    REJECTED = "rejected"


class ChainState(StrEnum):
    """What an imported file's own hash chain was: the record of where it came from says it."""

    VERIFIED = "verified"
    ABSENT = "absent"
    BROKEN = "broken"


# The incident's times a record may mark as approximate ("around 23:00").
APPROXIMABLE_TIMES = (
    "started",
    "detected",
    "declared",
    "first_update",
    "mitigated",
    "resolved",
    "closed",
    "escalated",
    "paged",
    "acknowledged",
)


class SpecDimension(StrEnum):
    WHAT = "what"
    WHERE = "where"
    WHEN = "when"
    EXTENT = "extent"


class Rating(StrEnum):
    """An evaluator's rating of a response, as HSEEP rates a capability."""

    PERFORMED = "performed"  # performed without challenges
    SOME_CHALLENGES = "some challenges"
    MAJOR_CHALLENGES = "major challenges"
    UNABLE = "unable to perform"


class ExerciseControl(StrEnum):
    """What the trainer does to the inject schedule; each is recorded, so a console can reattach."""

    SKIP = "skip"
    HOLD = "hold"
    RELEASE = "release"
    RETIME = "retime"
    JUMP = "jump"
    EXPECT = "expect"  # an expectation for an ad-hoc inject, so it is scored
    END = "end"


class EventKind(StrEnum):
    """Every kind of timeline event; each mutation writes exactly one."""

    DECLARED = "incident.declared"
    PRIORITY_CHANGED = "incident.priority_changed"
    STATUS_CHANGED = "incident.status_changed"
    IMPACT_CHANGED = "incident.impact_changed"
    KEY_MOMENT = "incident.key_moment"
    ESCALATED = "incident.escalated"
    RESOLVED = "incident.resolved"
    ROLE_ASSIGNED = "role.assigned"
    ROLE_HANDED_OVER = "role.handed_over"
    ROLE_RELEASED = "role.released"
    ENTRY = "entry"
    CORRECTION = "correction"
    CHECKLIST_ADDED = "checklist.added"
    # A checklist started from a protocol: one event with every item, so the
    # declaration is not buried under a line per item.
    CHECKLIST_STARTED = "checklist.started"
    CHECKLIST_TICKED = "checklist.ticked"
    SPEC_LINE_SET = "spec.line_set"
    HYPOTHESIS_ADDED = "hypothesis.added"
    HYPOTHESIS_STATUS = "hypothesis.status"
    EVIDENCE_ADDED = "hypothesis.evidence"
    FIX_ATTEMPTED = "fix.attempted"
    FIX_OUTCOME = "fix.outcome"
    REQUEST_SENT = "request.sent"
    REQUEST_ANSWERED = "request.answered"
    UPDATE_POSTED = "update.posted"
    UPDATE_DELIVERY = "update.delivery"
    ONCALL_PAGED = "oncall.paged"
    ONCALL_ACKNOWLEDGED = "oncall.acknowledged"
    ACTION_ADDED = "action.added"
    ACTION_STATUS = "action.status"
    ROOT_CAUSE_SET = "root_cause.set"
    # Impact over time: an outage, a partial restoration, each with its own span.
    PHASE_BEGAN = "impact.phase_began"
    PHASE_ENDED = "impact.phase_ended"
    # Remedies weighed against each other, one of which is usually chosen.
    REMEDY_CONSIDERED = "remedy.considered"
    REMEDY_DECIDED = "remedy.decided"
    # Where the facts come from: a postmortem, a status page, a ticket.
    SOURCE_ADDED = "source.added"
    EXERCISE_CLOCK = "exercise.clock"
    INJECT = "exercise.inject"
    # The trainer's side of an exercise: the scenario as run, the trainer's
    # control of the injects, the evaluator's ratings, the hot wash, the plan.
    EXERCISE_STARTED = "exercise.started"
    EXERCISE_CONTROL = "exercise.control"
    EXERCISE_RATING = "exercise.rating"
    EXERCISE_HOT_WASH = "exercise.hot_wash"
    EXERCISE_IMPROVEMENT = "exercise.improvement"
    # A rebuild of the state tables from the events, with what it found different.
    RECORD_REBUILT = "record.rebuilt"
    # A foreign file imported with a fresh chain: which file, and what its own chain was.
    RECORD_IMPORTED = "record.imported"
