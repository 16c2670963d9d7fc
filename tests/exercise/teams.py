"""Three scripted teams that play a scenario through the Python API, on the simulated clock.

- ``good``: works the way the manifesto asks: business impact first, updates on
  the cadence, hypotheses before fixes, requests with four fields, escalation at
  the deadline without waiting for the cue, a proven root cause with
  alternatives, preventive actions that name other systems; and it answers each
  inject's expectation with words of its own.
- ``shotgun``: busy and undisciplined: every 20 minutes every role does every
  kind of action with plausible generic sentences, fixes without a hypothesis,
  and at the end pastes the scenario's keywords as the root cause.
- ``content_free``: the same clicks with texts like "x1", and the pasted keywords.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from itertools import count

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role, Status
from warroom.exercise.engine import ExerciseRun
from warroom.exercise.scenario import ExpectedAction, Inject, Scenario
from warroom.room import WarRoom

PEOPLE = {
    Role.LEAD: "Lena Lead",
    Role.DIAGNOSTICIAN: "Dev Diag",
    Role.COMMUNICATOR: "Cora Comms",
    Role.SCRIBE: "Sid Scribe",
}
STEP = timedelta(minutes=1)
# Words, not digits: a repeated template with another number in it is the same text.
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


class Team:
    def __init__(self, run: ExerciseRun, room: WarRoom, clock: SimulatedClock) -> None:
        self.run = run
        self.clock = clock
        assert run.incident_id is not None
        self.incident = run.incident_id
        # The seats act on the exercise's clock, as the app's seats do.
        base = WarRoom(run.room.store, room.matrix, room.actor)
        self.seats = {r: base.as_person(p, r) for r, p in PEOPLE.items()}
        for role, seat in self.seats.items():
            seat.assign_role(self.incident, role, PEOPLE[role])
        self.numbers = count(1)

    def seat(self, role: Role) -> WarRoom:
        return self.seats[role]

    def elapsed(self) -> timedelta:
        return self.run.elapsed()

    def advance(self, minutes: float = 1) -> None:
        self.clock.advance(timedelta(minutes=minutes) / self.run.clock.speed)
        self.run.deliver_due()

    def play(self, on_minute: Callable[[int], None], until: timedelta | None = None) -> None:
        end = until or self.run.scenario.duration
        minute = 0
        while self.elapsed() < end:
            on_minute(minute)
            self.advance()
            minute += 1

    def n(self) -> int:
        return next(self.numbers)


def start(room: WarRoom, scenario: Scenario, clock: SimulatedClock, speed: float = 1) -> Team:
    run = ExerciseRun(room, scenario, "Tess Trainer")
    run.start(speed)
    return Team(run, room, clock)


# -- the good team ------------------------------------------------------------------------


def _answer(team: Team, inject: Inject, hypothesis: list[str]) -> None:
    expect = inject.expect
    assert expect is not None
    seat = team.seat(expect.role)
    i = team.incident
    now = team.run.clock.now()
    about = inject.text.replace("\n", " ")[:160]
    if expect.status is not None:
        seat.change_status(i, Status(expect.status), "Service is back; we watch it before closing")
        return
    action = expect.action
    if action == ExpectedAction.POST_UPDATE:
        seat.post_update(
            i,
            f"Update {team.n()}: we have seen that {about}. We are working on it and say what "
            "we know, and the next update follows on time.",
            next_update_at=now + timedelta(minutes=15),
        )
    elif action == ExpectedAction.LOG_ENTRY:
        seat.log(i, f"Decision recorded with its reason, about this: {about}")
    elif action == ExpectedAction.ADD_HYPOTHESIS:
        hypothesis.append(
            seat.add_hypothesis(i, f"Hypothesis {team.n()}: the facts so far suggest {about}")
        )
    elif action == ExpectedAction.RECORD_FIX_ATTEMPT:
        if not hypothesis:
            hypothesis.append(
                seat.add_hypothesis(i, "The evidence points at one component we can test safely")
            )
        seat.record_fix_attempt(
            i,
            f"A safe and reversible test of the hypothesis, after this: {about}",
            hypothesis_uid=hypothesis[-1],
        )
    elif action == ExpectedAction.REQUEST_INFORMATION:
        seat.request_information(
            i,
            need=f"The history and the settings behind this: {about}",
            why="It decides between our two remaining hypotheses",
            use="We compare it with the problem specification",
            next_step="We tell you within 15 minutes what it showed",
        )
    elif action == ExpectedAction.TICK_CHECKLIST:
        snapshot = _snapshot(team)
        item = next(c for c in snapshot.checklist if not c.done)
        seat.tick_checklist_item(i, item.uid, "Done with the customer; result noted in the record")
    elif action in (ExpectedAction.ESCALATE, ExpectedAction.PAGE_ONCALL):
        if ExpectedAction.PAGE_ONCALL in expect.actions:
            seat.page_oncall(i, "Ines Gabler", "backup")
        else:
            seat.escalate(i, "the senior engineers", "standard briefing sent with the decision")
    elif action == ExpectedAction.CHANGE_PRIORITY:
        seat.change_priority(i, "Blocker", "Nothing can be invoiced: the business has stopped")
    elif action == ExpectedAction.HAND_OVER:
        seat.hand_over(
            i,
            expect.role,
            PEOPLE[expect.role],
            "Priya Shah",
            "Briefing: updates sent and to whom, the next one due, the agreed wording, "
            "open questions",
        )
    else:  # pragma: no cover - every action is covered above
        raise AssertionError(action)


def _snapshot(team: Team):  # type: ignore[no-untyped-def]
    from warroom.snapshot import load_snapshot

    return load_snapshot(team.run.room.store, team.incident)


def good(team: Team) -> None:
    run, i = team.run, team.incident
    scenario = run.scenario
    lead, comms, diag = (
        team.seat(Role.LEAD),
        team.seat(Role.COMMUNICATOR),
        team.seat(Role.DIAGNOSTICIAN),
    )
    hypothesis: list[str] = []
    answered: set[int] = set()
    escalated = False
    last_update: list[timedelta] = [timedelta(minutes=-100)]

    snapshot = _snapshot(team)
    deadline = None
    matrix = run.room.matrix
    after = matrix.get(snapshot.priority).escalation_after
    if after is not None:
        deadline = snapshot.started_at + after - timedelta(minutes=3)

    def minute(m: int) -> None:
        nonlocal escalated
        now = run.clock.now()
        if m == 1:
            lead.update_impact(
                i,
                impact_what="Customers of the business cannot be served as they should be",
                impact_who="The customer's business users and their own customers",
                impact_count=1200,
            )
        cadence = matrix.get(_snapshot(team).priority).update_cadence
        if run.elapsed() - last_update[0] >= cadence - timedelta(minutes=4):
            comms.post_update(
                i,
                f"Our {ORDINALS[team.n() % len(ORDINALS)]} status: the war room is working the "
                "incident; here is what we know, what we do next and when you hear from us.",
                next_update_at=now + cadence,
            )
            last_update[0] = run.elapsed()
        if m == 2:
            hypothesis.append(
                diag.add_hypothesis(i, "A change made shortly before the failure caused it")
            )
        for inject in run.record.injects:
            if inject.expect is None or inject.number in answered:
                continue
            delivered = run.record.delivered.get(inject.number)
            if delivered is not None and now - delivered >= timedelta(minutes=2):
                answered.add(inject.number)
                _answer(team, inject, hypothesis)
        if deadline is not None and not escalated and now >= deadline:
            lead.escalate(i, "the senior engineers", "standard briefing at the two-hour mark")
            escalated = True

    team.play(minute, scenario.duration - timedelta(minutes=5))
    diag.set_root_cause(
        i,
        scenario.ground_truth.root_cause,
        how_proven="Each step was tested against the problem specification and the logs",
        alternatives=[
            (h, "ruled out by the evidence in the record")
            for h in scenario.ground_truth.red_herrings
        ],
    )
    lead.add_action(
        i,
        "preventive",
        "Add a check so that this kind of fault raises an alarm before the business notices",
        owner="Lena Lead",
        other_systems=["every other system built the same way"],
    )


# -- the shotgun team and the content-free team ---------------------------------------------


def _keywords(scenario: Scenario) -> str:
    return " ".join(alt for f in scenario.ground_truth.key_facts for t in f.match for alt in t)


def _spree(team: Team, say: Callable[[str], str]) -> None:
    """Every role does every kind of action once."""
    i, now = team.incident, team.run.clock.now()
    for role, seat in team.seats.items():
        seat.post_update(i, say("We are looking into it"), next_update_at=now + timedelta(hours=1))
        seat.log(i, say("Restarted the servers to see if it helps"))
        seat.add_hypothesis(i, say("Maybe it is the network or the memory"))
        seat.record_fix_attempt(
            i, say("Rebooted everything again just in case"), hypothesis_uid=None
        )
        seat.request_information(
            i, need=say("Send all logs"), why=say("why"), use=say("use"), next_step=say("next")
        )
        seat.escalate(i, say("everyone"))
        seat.page_oncall(i, say("someone"), "backup")
        item = next((c for c in _snapshot(team).checklist if not c.done), None)
        if item is not None:
            seat.tick_checklist_item(i, item.uid, say("done"))
        seat.update_impact(i, impact_who=say("users"), impact_count=1)
        del role
    status = _snapshot(team).status
    target = Status.MONITORING if status != Status.MONITORING else Status.INVESTIGATING
    team.seat(Role.LEAD).change_status(i, target)


def _shotgun_like(team: Team, say: Callable[[str], str]) -> None:
    def minute(m: int) -> None:
        if m % 20 == 0:
            _spree(team, say)

    team.play(minute, team.run.scenario.duration - timedelta(minutes=5))
    team.seat(Role.DIAGNOSTICIAN).set_root_cause(
        team.incident, _keywords(team.run.scenario), how_proven=say("obvious")
    )


def shotgun(team: Team) -> None:
    _shotgun_like(team, lambda text: f"{text} (round {team.n()}) with the usual steps")


def content_free(team: Team) -> None:
    _shotgun_like(team, lambda _text: f"x{team.n()}")
