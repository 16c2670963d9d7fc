"""Scoring an exercise: expected responses, update promises, protocol, hypotheses, the cause.

An expectation is met when somebody in the expected role does the expected
thing between the inject's time and its deadline; late when they do it after
the deadline but before the exercise ends; missed otherwise. One action answers
one expectation, the earliest deadline first. Met counts 1, late one half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from warroom.core.promises import kept_ratio
from warroom.core.vocabulary import EventKind, HypothesisStatus
from warroom.exercise.scenario import ExpectedAction, Inject, Scenario
from warroom.snapshot import IncidentSnapshot
from warroom.store.repository import EventRecord

ACTION_KINDS: dict[ExpectedAction, set[str]] = {
    ExpectedAction("post_update"): {EventKind.UPDATE_POSTED},
    ExpectedAction("log_entry"): {EventKind.ENTRY},
    ExpectedAction("add_hypothesis"): {EventKind.HYPOTHESIS_ADDED},
    ExpectedAction("record_fix_attempt"): {EventKind.FIX_ATTEMPTED},
    ExpectedAction("request_information"): {EventKind.REQUEST_SENT},
    ExpectedAction("tick_checklist"): {EventKind.CHECKLIST_TICKED},
    ExpectedAction("escalate"): {EventKind.ESCALATED},
    ExpectedAction("change_status"): {EventKind.STATUS_CHANGED, EventKind.RESOLVED},
    ExpectedAction("change_priority"): {EventKind.PRIORITY_CHANGED},
    ExpectedAction("hand_over"): {EventKind.ROLE_HANDED_OVER},
}

ON_TIME, LATE, MISSED, PENDING = "on time", "late", "missed", "pending"


@dataclass(frozen=True)
class ExpectationResult:
    inject: Inject
    due_from: datetime
    deadline: datetime
    outcome: str
    answered_at: datetime | None
    answered_by: str | None

    @property
    def response_time(self) -> timedelta | None:
        return None if self.answered_at is None else self.answered_at - self.due_from

    @property
    def points(self) -> float:
        return {ON_TIME: 1.0, LATE: 0.5}.get(self.outcome, 0.0)


@dataclass(frozen=True)
class Score:
    results: tuple[ExpectationResult, ...]
    promises_kept: float | None
    protocol_coverage: float | None
    hypothesis_first: float | None  # share of fix attempts naming an earlier hypothesis
    root_cause_overlap: float
    root_cause_recorded: str
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]

    @property
    def expectation_score(self) -> float | None:
        judged = [r for r in self.results if r.outcome != PENDING]
        if not judged:
            return None
        return sum(r.points for r in judged) / len(judged)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)


_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w-]{3,}")
_COMMON = {
    "that", "this", "with", "from", "were", "have", "been", "into", "when", "which",
    "their", "there", "because", "every", "after", "before", "since", "still", "could",
    "would", "about", "nobody", "other", "they", "them", "than", "then", "also", "only",
}  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _COMMON


def cause_overlap(truth: str, recorded: str) -> float:
    """How much of the true cause's vocabulary the team's root cause uses (0 to 1)."""
    truth_words = _words(truth)
    if not truth_words:
        return 0.0
    return len(truth_words & _words(recorded)) / len(truth_words)


def score(
    scenario: Scenario,
    started_at: datetime,
    events: Sequence[EventRecord],
    incident: IncidentSnapshot,
    now: datetime,
) -> Score:
    end = min(now, started_at + scenario.duration)
    used: set[int] = set()
    results: list[ExpectationResult] = []
    for inject in sorted(
        scenario.expectations, key=lambda i: i.at + i.expect.within if i.expect else i.at
    ):
        expect = inject.expect
        assert expect is not None
        due_from = started_at + inject.at
        deadline = due_from + expect.within
        kinds = ACTION_KINDS[expect.action]
        answer = next(
            (
                e
                for e in events
                if e.seq not in used
                and e.kind in kinds
                and e.role == expect.role.value
                and due_from <= e.at <= end
            ),
            None,
        )
        if answer is not None:
            used.add(answer.seq)
            outcome = ON_TIME if answer.at <= deadline else LATE
        else:
            outcome = PENDING if now < deadline else MISSED
        results.append(
            ExpectationResult(
                inject,
                due_from,
                deadline,
                outcome,
                answer.at if answer else None,
                answer.author if answer else None,
            )
        )
    results.sort(key=lambda r: r.inject.number)

    checklist = incident.checklist
    coverage = sum(1 for c in checklist if c.done) / len(checklist) if checklist else None
    created = {h.uid: h.created_at for h in incident.hypotheses}
    fixes = incident.fixes
    first = (
        sum(
            1
            for f in fixes
            if f.hypothesis_uid is not None and created.get(f.hypothesis_uid, now) <= f.attempted_at
        )
        / len(fixes)
        if fixes
        else None
    )
    recorded = incident.root_cause.cause if incident.root_cause else ""
    recorded += " " + " ".join(
        h.statement for h in incident.hypotheses if h.status == HypothesisStatus.CONFIRMED
    )
    overlap = cause_overlap(scenario.ground_truth.root_cause, recorded)
    kept = kept_ratio(incident.promises(end))

    strengths, improvements = [], []
    met = sum(1 for r in results if r.outcome == ON_TIME)
    judged = [r for r in results if r.outcome != PENDING]
    if judged and met / len(judged) >= 0.8:
        strengths.append(f"Responded on time to {met} of {len(judged)} injects.")
    for r in results:
        if r.outcome in (MISSED, LATE):
            expect = r.inject.expect
            assert expect is not None
            who = expect.role.value
            improvements.append(
                f"Inject {r.inject.number} ({who}): {expect.description} — {r.outcome}."
            )
    if kept is not None:
        (strengths if kept >= 0.9 else improvements).append(
            f"Update promises kept: {kept * 100:.0f} %."
        )
    if first is not None:
        (strengths if first >= 1.0 else improvements).append(
            f"{first * 100:.0f} % of fix attempts tested a hypothesis recorded beforehand."
        )
    if coverage is not None and coverage < 0.5:
        improvements.append(f"Only {coverage * 100:.0f} % of the protocol was worked through.")
    if overlap >= 0.3:
        strengths.append("The team reached the true root cause.")
    else:
        improvements.append("The team did not reach the true root cause.")
    return Score(
        tuple(results),
        kept,
        coverage,
        first,
        overlap,
        recorded.strip(),
        tuple(strengths),
        tuple(improvements),
    )
