"""Scoring an exercise: the expected responses and the seven rules, judged on what was said.

An action counts only when it says something (``content.meaningful``) and is
not a copy of an earlier one: a team that clicks every button with "x1" scores
nothing. An expectation is answered by the earliest unused action of an
accepted kind (or the target status, still held at the deadline) by the role
concerned, wherever that person acted from. On time: between the inject's
arrival and its deadline, or up to one window ahead of the arrival (proactive
work counts; answers after the arrival are matched first). Late: after the
deadline but before the end. Every on-time answer is matched before any late
one, so an action is never used late for one inject when it answered another
in time.

The rules (DESIGN.md, "The seven rules, as features") are scored from 0 to 1
each, or not at all when the exercise gave no occasion for them. The overall
score is the mean of the expectation score and the rule scores.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from warroom.core.i18n import _
from warroom.core.matrix import CommunicationMatrix
from warroom.core.names import role_name, state_name
from warroom.core.promises import kept_ratio
from warroom.core.vocabulary import ActionKind, EventKind, HypothesisStatus, Role
from warroom.exercise.content import Novelty, facts_stated, meaningful
from warroom.exercise.record import ExerciseRecord
from warroom.exercise.scenario import RULES, ExpectedAction, Inject, KeyFact, Scenario
from warroom.snapshot import IncidentSnapshot
from warroom.store.repository import EventRecord

ACTION_KINDS: dict[ExpectedAction, set[str]] = {
    ExpectedAction.POST_UPDATE: {EventKind.UPDATE_POSTED},
    ExpectedAction.LOG_ENTRY: {EventKind.ENTRY},
    ExpectedAction.ADD_HYPOTHESIS: {EventKind.HYPOTHESIS_ADDED},
    ExpectedAction.RECORD_FIX_ATTEMPT: {EventKind.FIX_ATTEMPTED},
    ExpectedAction.REQUEST_INFORMATION: {EventKind.REQUEST_SENT},
    ExpectedAction.TICK_CHECKLIST: {EventKind.CHECKLIST_TICKED},
    ExpectedAction.ESCALATE: {EventKind.ESCALATED},
    ExpectedAction.PAGE_ONCALL: {EventKind.ONCALL_PAGED},
    ExpectedAction.CHANGE_STATUS: {EventKind.STATUS_CHANGED, EventKind.RESOLVED},
    ExpectedAction.CHANGE_PRIORITY: {EventKind.PRIORITY_CHANGED},
    ExpectedAction.HAND_OVER: {EventKind.ROLE_HANDED_OVER},
}
# Which rule an expected action serves, when its expectation names no objective.
ACTION_RULE: dict[ExpectedAction, int] = {
    ExpectedAction.POST_UPDATE: 5,
    ExpectedAction.LOG_ENTRY: 6,
    ExpectedAction.ADD_HYPOTHESIS: 4,
    ExpectedAction.RECORD_FIX_ATTEMPT: 4,
    ExpectedAction.REQUEST_INFORMATION: 3,
    ExpectedAction.TICK_CHECKLIST: 4,
    ExpectedAction.ESCALATE: 5,
    ExpectedAction.PAGE_ONCALL: 5,
    ExpectedAction.CHANGE_STATUS: 1,
    ExpectedAction.CHANGE_PRIORITY: 1,
    ExpectedAction.HAND_OVER: 2,
}

ON_TIME, LATE, MISSED, PENDING, SKIPPED = "on time", "late", "missed", "pending", "skipped"
# Escalating this long after the deadline still counts as escalating "at" it.
ESCALATION_SLACK = timedelta(minutes=5)
TEAM_ROLES = frozenset(r.value for r in Role)


@dataclass(frozen=True)
class ExpectationResult:
    inject: Inject
    due_from: datetime
    deadline: datetime
    outcome: str
    answered_at: datetime | None
    answered_by: str | None
    answer: EventRecord | None = None
    computed: str = ""  # the engine's outcome, when an evaluator overrode it

    @property
    def response_time(self) -> timedelta | None:
        return None if self.answered_at is None else self.answered_at - self.due_from

    @property
    def proactive(self) -> bool:
        """Answered before the inject arrived: the team was ahead of it."""
        return self.answered_at is not None and self.answered_at < self.due_from

    @property
    def ahead_by(self) -> timedelta:
        return self.due_from - self.answered_at if self.answered_at else timedelta(0)

    @property
    def points(self) -> float:
        return {ON_TIME: 1.0, LATE: 0.5}.get(self.outcome, 0.0)


@dataclass(frozen=True)
class RuleResult:
    rule: int
    score: float | None  # None: the exercise gave no occasion to apply the rule
    finding: str

    @property
    def name(self) -> str:
        return _(RULES[self.rule])


@dataclass(frozen=True)
class RootCauseJudgement:
    recorded: str
    facts: tuple[KeyFact, ...]  # the scenario's
    stated: tuple[KeyFact, ...]  # those the team's cause states
    proven: bool  # says how it was proven
    alternatives: bool  # names other causes considered
    confirmed: bool | None  # the trainer's word, when given

    @property
    def reached(self) -> bool:
        if self.confirmed is not None:
            return self.confirmed
        if not self.facts:
            return False
        return len(self.stated) >= math.ceil(len(self.facts) * 2 / 3)

    @property
    def score(self) -> float:
        if self.confirmed is not None:
            facts = 1.0 if self.confirmed else 0.0
        else:
            facts = len(self.stated) / len(self.facts) if self.facts else 0.0
        return 0.6 * facts + 0.2 * self.proven + 0.2 * self.alternatives


@dataclass(frozen=True)
class Score:
    results: tuple[ExpectationResult, ...]
    rules: tuple[RuleResult, ...]
    root_cause: RootCauseJudgement
    promises_kept: float | None
    protocol_coverage: float | None
    hypothesis_first: float | None  # share of fix attempts naming an earlier hypothesis
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]

    @property
    def expectation_score(self) -> float | None:
        judged = [r for r in self.results if r.outcome not in (PENDING, SKIPPED)]
        if not judged:
            return None
        return sum(r.points for r in judged) / len(judged)

    @property
    def overall(self) -> float:
        parts = [self.expectation_score, *(r.score for r in self.rules)]
        scored = [p for p in parts if p is not None]
        return sum(scored) / len(scored) if scored else 0.0

    def rule(self, number: int) -> RuleResult:
        return next(r for r in self.rules if r.rule == number)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)


# -- what counts as a real action ----------------------------------------------------


def _says_something(event: EventRecord) -> bool:
    p = event.payload
    kind = event.kind
    if kind == EventKind.UPDATE_POSTED:
        return meaningful(str(p.get("text", "")))
    if kind == EventKind.ENTRY:
        return meaningful(str(p.get("text", "")))
    if kind == EventKind.HYPOTHESIS_ADDED:
        return meaningful(str(p.get("statement", "")))
    if kind == EventKind.FIX_ATTEMPTED:
        return bool(p.get("hypothesis")) and meaningful(str(p.get("description", "")))
    if kind == EventKind.REQUEST_SENT:
        return _four_fields(p)
    if kind == EventKind.CHECKLIST_TICKED:
        return bool(p.get("done")) and meaningful(str(p.get("result", "")), 2)
    if kind == EventKind.ESCALATED:
        return meaningful(f"{p.get('to', '')} {p.get('note', '')}", 2)
    if kind == EventKind.ONCALL_PAGED:
        return meaningful(str(p.get("who", "")), 1)
    if kind == EventKind.ROLE_HANDED_OVER:
        return meaningful(str(p.get("note", "")))
    return kind in (EventKind.STATUS_CHANGED, EventKind.RESOLVED, EventKind.PRIORITY_CHANGED)


def _four_fields(p: dict[str, object]) -> bool:
    return meaningful(str(p.get("need", "")), 3) and all(
        meaningful(str(p.get(f, "")), 2) for f in ("why", "use", "next_step")
    )


def _text_of(event: EventRecord) -> str:
    p = event.payload
    return " ".join(
        str(p.get(k, ""))
        for k in ("text", "statement", "description", "need", "why", "use", "next_step", "note")
    )


def real_actions(events: Sequence[EventRecord]) -> list[EventRecord]:
    """The team's events that say something new (a repeated text counts once)."""
    novelty = Novelty()
    kept = []
    for e in events:
        if e.role not in TEAM_ROLES or not _says_something(e):
            continue
        text = _text_of(e).strip()
        if text and not novelty.new(f"{e.kind} {text}"):
            continue
        kept.append(e)
    return kept


class _Holders:
    """Who held which role when: an action counts for the role its person held."""

    def __init__(self, incident: IncidentSnapshot) -> None:
        self._spans = [(r.person, r.role, r.started_at, r.ended_at) for r in incident.roles]

    def acted_as(self, event: EventRecord, role: str) -> bool:
        if event.kind == EventKind.ROLE_HANDED_OVER:
            return event.payload.get("role") == role
        if event.role == role:
            return True
        return any(
            person == event.author and held == role and start <= event.at
            and (end is None or event.at <= end)
            for person, held, start, end in self._spans
        )  # fmt: skip


# -- expectations ---------------------------------------------------------------------


def _accepts(
    inject: Inject, changes: Sequence[EventRecord], hold: Callable[[EventRecord], datetime]
) -> Callable[[EventRecord], bool]:
    """Which events answer the inject's expectation.

    A target state is the state the incident is in, not a flick of the switch:
    it must still hold at ``hold(event)``.
    """
    expect = inject.expect
    assert expect is not None
    if expect.status is not None:
        status = expect.status

        def reached_and_held(e: EventRecord) -> bool:
            if e.kind not in _STATUS_KINDS:
                return False
            to = "resolved" if e.kind == EventKind.RESOLVED else e.payload.get("to")
            left = next((c for c in changes if c.seq > e.seq), None)
            return to == status and (left is None or left.at > hold(e))

        return reached_and_held
    kinds = set().union(*(ACTION_KINDS[a] for a in expect.actions))
    return lambda e: e.kind in kinds


_STATUS_KINDS = (EventKind.STATUS_CHANGED, EventKind.RESOLVED)


def _expectations(
    record: ExerciseRecord,
    actions: Sequence[EventRecord],
    holders: _Holders,
    now: datetime,
    end: datetime,
) -> list[ExpectationResult]:
    started = record.started_at
    windows = []
    for inject in record.injects:
        if inject.expect is None:
            continue
        due_from = record.delivered.get(inject.number, started + inject.at)
        windows.append((inject, due_from, due_from + inject.expect.within))
    windows.sort(key=lambda w: w[2])
    used: set[int] = set()
    answers: dict[int, tuple[EventRecord, str]] = {}
    changes = [e for e in actions if e.kind in _STATUS_KINDS]

    def match(inject: Inject, lo: datetime, hi: datetime, late: bool) -> EventRecord | None:
        expect = inject.expect
        assert expect is not None
        within = expect.within

        # On time, a state must still hold at the deadline; late, for a window's length.
        def hold(e: EventRecord) -> datetime:
            return min(end, e.at + within) if late else hi

        accepts, role = _accepts(inject, changes, hold), expect.role.value
        return next(
            (
                e
                for e in actions
                if e.seq not in used and lo <= e.at <= hi and accepts(e)
                and holders.acted_as(e, role)
            ),
            None,
        )  # fmt: skip

    # On time first, earliest deadline first: the matching that answers the most in time.
    # An answer after the inject arrived is preferred; then one that came before it
    # (proactive work counts, from one window's length ahead); then late ones.
    for proactive in (False, True):
        for inject, due_from, deadline in windows:
            if inject.number in record.skipped or inject.number in answers:
                continue
            assert inject.expect is not None
            opens = max(started, due_from - inject.expect.within) if proactive else due_from
            answer = match(inject, opens, deadline, late=False)
            if answer is not None:
                used.add(answer.seq)
                answers[inject.number] = (answer, ON_TIME)
    for inject, _due_from, deadline in windows:
        if inject.number in record.skipped or inject.number in answers:
            continue
        answer = match(inject, deadline, end, late=True)
        if answer is not None:
            used.add(answer.seq)
            answers[inject.number] = (answer, LATE)

    results = []
    for inject, due_from, deadline in windows:
        answer, outcome = answers.get(inject.number, (None, ""))
        if not outcome:
            if inject.number in record.skipped:
                outcome = SKIPPED
            elif now < deadline and record.ended_at is None:
                outcome = PENDING
            else:
                outcome = MISSED
        computed = ""
        rating = record.ratings.get(inject.number)
        if rating is not None and rating.override and rating.override != outcome:
            computed, outcome = outcome, rating.override
        results.append(
            ExpectationResult(
                inject,
                due_from,
                deadline,
                outcome,
                answer.at if answer else None,
                answer.author if answer else None,
                answer,
                computed,
            )
        )
    results.sort(key=lambda r: r.inject.number)
    return results


# -- the seven rules ----------------------------------------------------------------


def _business(events: Sequence[EventRecord]) -> RuleResult:
    """What the team itself recorded: the trainer's opening words do not count."""
    said: dict[str, object] = {}
    opening = next((e.payload for e in events if e.kind == EventKind.DECLARED), {})
    for e in events:
        if e.kind == EventKind.IMPACT_CHANGED and e.role in TEAM_ROLES:
            said.update({k: v for k, v in e.payload.items() if v not in (None, "")})
    if not said:
        return RuleResult(1, 0.0, _("The team never recorded the business impact."))
    who = meaningful(str(said.get("impact_who", "")), 2)
    count = said.get("impact_count")
    what = str(said.get("impact_what", ""))
    parts = [
        meaningful(what, 3) and what != opening.get("impact_what"),
        who,
        # A number without saying who they are is no business impact.
        who and isinstance(count, int) and count > 0,
    ]
    return RuleResult(
        1,
        sum(parts) / len(parts),
        _("Business impact recorded by the team: {n} of what, who and how many.").format(
            n=sum(parts)
        ),
    )


def _consistency(scenario_expects_handover: bool, events: Sequence[EventRecord]) -> RuleResult:
    handovers = [e for e in events if e.kind == EventKind.ROLE_HANDED_OVER]
    if not handovers:
        if scenario_expects_handover:
            return RuleResult(
                2, 0.0, _("No role was handed over, though the scenario called for it.")
            )
        return RuleResult(2, None, _("No handover was called for."))
    briefed = sum(1 for e in handovers if meaningful(str(e.payload.get("note", ""))))
    return RuleResult(
        2,
        briefed / len(handovers),
        _("{n} of {total} handovers came with a briefing.").format(n=briefed, total=len(handovers)),
    )


def _customer(expected: bool, events: Sequence[EventRecord]) -> RuleResult:
    requests = [e for e in events if e.kind == EventKind.REQUEST_SENT and e.role in TEAM_ROLES]
    if not requests:
        if expected:
            return RuleResult(3, 0.0, _("No information request was sent."))
        return RuleResult(3, None, _("No information request was called for."))
    full = sum(1 for e in requests if _four_fields(e.payload))
    return RuleResult(
        3,
        full / len(requests),
        _("{n} of {total} information requests said what, why, what for and what next.").format(
            n=full, total=len(requests)
        ),
    )


def _troubleshooting(events: Sequence[EventRecord]) -> RuleResult:
    novelty = Novelty()
    hypotheses: dict[str, datetime] = {}
    for e in events:
        if e.kind != EventKind.HYPOTHESIS_ADDED or e.role not in TEAM_ROLES:
            continue
        statement = str(e.payload.get("statement", ""))
        if meaningful(statement) and novelty.new(statement):
            hypotheses[str(e.payload.get("uid"))] = e.at
    fixes = [e for e in events if e.kind == EventKind.FIX_ATTEMPTED and e.role in TEAM_ROLES]
    if not hypotheses:
        return RuleResult(4, 0.0, _("No hypothesis with content was recorded."))
    if not fixes:
        return RuleResult(
            4, 1.0, _("{n} hypotheses recorded; no fix was tried.").format(n=len(hypotheses))
        )
    tested = sum(
        1
        for f in fixes
        if str(f.payload.get("hypothesis")) in hypotheses
        and hypotheses[str(f.payload.get("hypothesis"))] <= f.at
    )
    return RuleResult(
        4,
        tested / len(fixes),
        _("{n} of {total} fix attempts tested a hypothesis recorded before them.").format(
            n=tested, total=len(fixes)
        ),
    )


def _speed(
    record: ExerciseRecord,
    incident: IncidentSnapshot,
    events: Sequence[EventRecord],
    actions: Sequence[EventRecord],
    matrix: CommunicationMatrix,
    end: datetime,
) -> RuleResult:
    start = record.started_at
    # The cadence the priority promised, over time: a priority change changes it.
    priority = record.scenario.priority
    changes = [
        (e.at, str(e.payload["to"]))
        for e in events
        if e.kind == EventKind.PRIORITY_CHANGED and e.at >= start
    ]
    updates = sorted(
        e.at
        for e in actions
        if e.kind == EventKind.UPDATE_POSTED and e.payload.get("audience") == "customers"
        and start <= e.at <= end
    )  # fmt: skip

    def cadence_at(moment: datetime) -> timedelta:
        name = priority
        for at, to in changes:
            if at <= moment:
                name = to
        return matrix.get(name).update_cadence

    overdue = timedelta(0)
    last = start
    for moment in [*updates, end]:
        allowed = cadence_at(last)
        overdue += max(moment - last - allowed, timedelta(0))
        last = moment
    span = end - start
    cadence = 1.0 - overdue / span if span > timedelta(0) else None
    findings = [
        _("{n} customer updates with content; {minutes} minutes past the promised cadence.").format(
            n=len(updates), minutes=int(overdue.total_seconds() // 60)
        )
    ]
    if not updates:
        cadence, findings = 0.0, [_("No customer update with content was posted.")]
    parts = [cadence] if cadence is not None else []

    current = matrix.get(incident.priority)
    if current.escalation_after is not None:
        deadline = incident.started_at + current.escalation_after
        escalations = [e.at for e in actions if e.kind == EventKind.ESCALATED]
        on_time = [at for at in escalations if start <= at <= deadline + ESCALATION_SLACK]
        if on_time and deadline >= start:
            parts.append(1.0)
            findings.append(_("Escalated by the deadline without waiting for a cue."))
        elif start <= deadline <= end:
            if escalations:
                parts.append(0.5)
                findings.append(_("Escalated, but only after the deadline had passed."))
            else:
                parts.append(0.0)
                findings.append(_("Never escalated, though the escalation deadline passed."))
    if not parts:
        return RuleResult(5, None, _("The exercise was too short to judge."))
    return RuleResult(5, sum(parts) / len(parts), " ".join(findings))


def _root_cause(
    scenario: Scenario, incident: IncidentSnapshot, record: ExerciseRecord
) -> RootCauseJudgement:
    cause = incident.root_cause
    recorded = cause.cause if cause else ""
    confirmed_hypotheses = " ".join(
        h.statement for h in incident.hypotheses if h.status == HypothesisStatus.CONFIRMED
    )
    said = f"{recorded}\n{cause.how_proven if cause else ''}\n{confirmed_hypotheses}"
    facts = scenario.ground_truth.key_facts
    alternatives = cause is not None and any(
        meaningful(" ".join(str(v) for v in a.values()), 3) for a in cause.alternatives
    )
    return RootCauseJudgement(
        recorded.strip(),
        facts,
        tuple(facts_stated(facts, said)) if recorded.strip() else (),
        cause is not None and meaningful(cause.how_proven),
        alternatives,
        record.root_cause_confirmed,
    )


def _prove(judgement: RootCauseJudgement) -> RuleResult:
    if not judgement.recorded:
        return RuleResult(6, 0.0, _("No root cause was recorded."))
    parts = [
        _("{n} of {total} key facts stated").format(
            n=len(judgement.stated), total=len(judgement.facts)
        ),
        _("proof given") if judgement.proven else _("no proof given"),
        _("other causes weighed") if judgement.alternatives else _("no other cause weighed"),
    ]
    if judgement.confirmed is not None:
        parts.insert(
            0, _("confirmed by the trainer") if judgement.confirmed else _("not the true cause")
        )
    return RuleResult(
        6, judgement.score, _("Root cause: {findings}.").format(findings=", ".join(parts))
    )


def _ahead(incident: IncidentSnapshot, events: Sequence[EventRecord]) -> RuleResult:
    team = {
        str(e.payload.get("uid"))
        for e in events
        if e.kind == EventKind.ACTION_ADDED and e.role in TEAM_ROLES
    }
    preventive = [
        a for a in incident.actions if a.kind == ActionKind.PREVENTIVE and a.uid in team
        and meaningful(a.text)
    ]  # fmt: skip
    if not preventive:
        return RuleResult(7, 0.0, _("No preventive action was recorded."))
    wider = sum(1 for a in preventive if meaningful(" ".join(a.other_systems), 1))
    return RuleResult(
        7,
        wider / len(preventive),
        _("{n} of {total} preventive actions name other systems needing the fix.").format(
            n=wider, total=len(preventive)
        ),
    )


# -- the whole -------------------------------------------------------------------------


def score(
    record: ExerciseRecord,
    events: Sequence[EventRecord],
    incident: IncidentSnapshot,
    now: datetime,
    matrix: CommunicationMatrix | None = None,
) -> Score:
    scenario = record.scenario
    matrix = matrix or CommunicationMatrix.default()
    end = min(now, record.started_at + scenario.duration)
    if record.ended_at is not None:
        end = min(end, record.ended_at)
    actions = real_actions(events)
    holders = _Holders(incident)
    results = _expectations(record, actions, holders, now, end)

    # One rule for update promises (warroom.core.promises), as the report and stats use.
    kept = kept_ratio(incident.promises(end))
    checklist = incident.checklist
    coverage = sum(1 for c in checklist if c.done) / len(checklist) if checklist else None
    troubleshooting = _troubleshooting(events)
    fixes = [e for e in events if e.kind == EventKind.FIX_ATTEMPTED and e.role in TEAM_ROLES]
    first = troubleshooting.score if fixes else None

    expected = {a for i in record.injects if i.expect for a in i.expect.actions}
    judgement = _root_cause(scenario, incident, record)
    rules = (
        _business(events),
        _consistency(ExpectedAction.HAND_OVER in expected, events),
        _customer(ExpectedAction.REQUEST_INFORMATION in expected, events),
        troubleshooting,
        _speed(record, incident, events, actions, matrix, end),
        _prove(judgement),
        _ahead(incident, events),
    )

    strengths, improvements = [], []
    met = sum(1 for r in results if r.outcome == ON_TIME)
    judged = [r for r in results if r.outcome not in (PENDING, SKIPPED)]
    if judged and met / len(judged) >= 0.8:
        strengths.append(
            _("Responded on time to {n} of {total} injects.").format(n=met, total=len(judged))
        )
    for r in results:
        if r.outcome in (MISSED, LATE):
            expect = r.inject.expect
            assert expect is not None
            improvements.append(
                _("Inject {number} ({role}): {description} — {outcome}.").format(
                    number=r.inject.number,
                    role=role_name(expect.role.value),
                    description=expect.description,
                    outcome=state_name(r.outcome),
                )
            )
    for rule in rules:
        if rule.score is None:
            continue
        (strengths if rule.score >= 0.8 else improvements).append(
            _("Rule {number}, {name}: {finding}").format(
                number=rule.rule, name=rule.name, finding=rule.finding
            )
        )
    if judgement.reached:
        strengths.append(_("The team reached the true root cause."))
    else:
        improvements.append(_("The team did not reach the true root cause."))
    return Score(
        tuple(results),
        rules,
        judgement,
        kept,
        coverage,
        first,
        tuple(strengths),
        tuple(improvements),
    )
