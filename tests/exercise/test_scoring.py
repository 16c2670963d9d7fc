"""Scoring measures the seven rules and the expected responses, and cannot be gamed.

Three scripted teams play every built-in scenario through the Python API on the
simulated clock: a good one, a busy shotgun team and a content-free team that
clicks every button with "x1" and pastes the keywords. The scores must order
them, and the content-free team must stay near zero.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.exercise import teams
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role, Status
from warroom.exercise.after_action import build_after_action
from warroom.exercise.content import facts_stated, meaningful, reads_as_prose
from warroom.exercise.scenario import find_scenario
from warroom.exercise.scoring import LATE, MISSED, ON_TIME, Score
from warroom.room import WarRoom

BUILTIN = [
    "billing-cannot-invoice",
    "database-crash-customers-unknown",
    "erp-production-stop",
    "reconciliation-crash",
    "warehouse-crashes",
]
# A correct cause as a person writes it: one sentence, own words.
ONE_SENTENCE = {
    "billing-cannot-invoice": "A finance user entered the new VAT rate with the start date "
    "1 November instead of 1 December, so two tax rates were valid at once and the lookup "
    "failed for every account.",
    "database-crash-customers-unknown": "The replica db-cust-02 had stopped replicating six "
    "days before the crash and the failover was forced past the lag check, so the new primary "
    "is missing six days and reuses customer numbers that belong to other customers, while "
    "db-cust-01's disks still hold all the data.",
    "erp-production-stop": "The recovery area is full because the RMAN backup that frees the "
    "archived logs has failed since Thursday, after the vault rotated the backup account's "
    "password and the job kept the old one.",
    "reconciliation-crash": "The storage snapshot was moved to 22:00 and it freezes the "
    "database writes for longer than the batch's 60-second timeout.",
    "warehouse-crashes": "Someone with the shared wmsadmin account kills the process with "
    "kill -9 a few minutes after each login from the jump host; it is sabotage by a contractor.",
}


def play(room: WarRoom, clock: SimulatedClock, key: str, strategy: str) -> Score:
    team = teams.start(room, find_scenario(key), clock)
    getattr(teams, strategy)(team)
    team.advance(10)
    report = build_after_action(team.run.room.store, team.incident, team.run.clock.now())
    return report.score


@pytest.mark.parametrize("key", BUILTIN)
def test_good_beats_shotgun_beats_content_free_and_content_free_is_near_zero(
    room: WarRoom, clock: SimulatedClock, key: str
) -> None:
    good = play(room, clock, key, "good")
    shotgun = play(room, clock, key, "shotgun")
    empty = play(room, clock, key, "content_free")
    assert good.overall > shotgun.overall > empty.overall, (_rules(good), _rules(shotgun))
    assert good.overall >= 0.75, _rules(good)
    assert empty.overall <= 0.05, _rules(empty)
    assert empty.expectation_score is not None and empty.expectation_score <= 0.1
    assert empty.root_cause.stated == () and not empty.root_cause.reached
    assert shotgun.root_cause.stated == () and not shotgun.root_cause.reached
    assert good.root_cause.reached
    assert good.rule(4).score == 1.0 and shotgun.rule(4).score == 0.0
    assert good.rule(7).score == 1.0 and shotgun.rule(7).score == 0.0


@pytest.mark.parametrize("key", BUILTIN)
def test_a_correct_one_sentence_cause_is_reached_and_the_true_cause_states_every_key_fact(
    key: str,
) -> None:
    scenario = find_scenario(key)
    facts = scenario.ground_truth.key_facts
    assert len(facts) >= 2
    assert facts_stated(facts, ONE_SENTENCE[key]) == list(facts)
    assert facts_stated(facts, scenario.ground_truth.root_cause) == list(facts)
    # ... and the players' summary gives none of them away.
    assert facts_stated(facts, scenario.summary) == []


def test_a_pasted_list_of_keywords_is_not_an_explanation() -> None:
    scenario = find_scenario("database-crash-customers-unknown")
    words = teams._keywords(scenario)
    assert facts_stated(scenario.ground_truth.key_facts, words) == []
    assert not reads_as_prose("replica stopped failover forced sequence reused disk intact")
    assert reads_as_prose("The replica had stopped replicating before the failover.")


@pytest.mark.parametrize(
    ("text", "says"),
    [("x1", False), ("asdf test", False), ("", False), ("We restart the archiver now", True)],
)
def test_meaningful_text(text: str, says: bool) -> None:
    assert meaningful(text) is says


# -- the specific defects of the review ---------------------------------------------------


def _run(room: WarRoom, clock: SimulatedClock, key: str) -> teams.Team:
    return teams.start(room, find_scenario(key), clock)


def _score(team: teams.Team) -> Score:
    return build_after_action(team.run.room.store, team.incident, team.run.clock.now()).score


def _to(team: teams.Team, minutes: int) -> None:
    while team.elapsed() < timedelta(minutes=minutes):
        team.advance()


def test_paging_the_backup_from_the_lead_panel_is_the_expected_escalation(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "erp-production-stop")
    _to(team, 27)  # inject 6 (0:25): the primary has not acknowledged
    team.seat(Role.LEAD).page_oncall(team.incident, "Ines Gabler", "backup")
    result = next(r for r in _score(team).results if r.inject.number == 6)
    assert result.outcome == ON_TIME and result.answered_by == "Lena Lead"


def test_a_handover_done_from_the_lead_seat_counts_for_the_role_handed_over(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "database-crash-customers-unknown")
    scenario = team.run.scenario
    handover = next(
        i
        for i in scenario.expectations
        if i.expect and i.expect.role == Role.COMMUNICATOR and i.expect.action == "hand_over"
    )
    _to(team, int(handover.at.total_seconds() // 60) + 3)
    team.seat(Role.LEAD).hand_over(
        team.incident,
        Role.COMMUNICATOR,
        teams.PEOPLE[Role.COMMUNICATOR],
        "Priya Shah",
        "Updates sent to customer service and the IT director; next one due at 10:50",
    )
    result = next(r for r in _score(team).results if r.inject.number == handover.number)
    assert result.outcome == ON_TIME


def test_resolving_does_not_pass_an_expectation_of_monitoring(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "erp-production-stop")
    monitoring = next(i for i in team.run.scenario.expectations if i.expect and i.expect.status)
    _to(team, int(monitoring.at.total_seconds() // 60) + 2)
    team.seat(Role.LEAD).resolve(team.incident, "Line runs again")
    team.run.end()
    result = next(r for r in _score(team).results if r.inject.number == monitoring.number)
    assert result.outcome == MISSED


def test_monitoring_passes_it(room: WarRoom, clock: SimulatedClock) -> None:
    team = _run(room, clock, "erp-production-stop")
    monitoring = next(i for i in team.run.scenario.expectations if i.expect and i.expect.status)
    _to(team, int(monitoring.at.total_seconds() // 60) + 2)
    team.seat(Role.LEAD).change_status(team.incident, Status.MONITORING, "watching the line")
    result = next(r for r in _score(team).results if r.inject.number == monitoring.number)
    assert result.outcome == ON_TIME


def test_escalating_five_minutes_before_the_two_hour_inject_answers_it_proactively(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "database-crash-customers-unknown")
    scenario = team.run.scenario
    two_hours = next(i for i in scenario.expectations if "two hours old" in i.text)
    earlier = next(
        i
        for i in scenario.expectations
        if i.expect and i.expect.action == "escalate" and i.number != two_hours.number
    )
    _to(team, int(two_hours.at.total_seconds() // 60) - 5)
    team.seat(Role.LEAD).escalate(team.incident, "the senior database engineers", "briefing")
    team.run.end()
    outcomes = {r.inject.number: r.outcome for r in _score(team).results}
    assert outcomes[two_hours.number] == ON_TIME
    assert outcomes[earlier.number] == MISSED  # not credited late with the same escalation
    speed = _score(team).rule(5)
    assert "Escalated by the deadline" in speed.finding


def test_escalating_only_after_the_deadline_scores_half(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "database-crash-customers-unknown")
    _to(team, 2 * 60 + 5)  # the deadline is 11:20, T+1:55
    team.seat(Role.LEAD).escalate(team.incident, "the senior database engineers", "briefing")
    assert "only after the deadline" in _score(team).rule(5).finding


def test_update_cadence_is_measured_against_the_priority(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "database-crash-customers-unknown")  # Blocker: every 15 minutes
    comms = team.seat(Role.COMMUNICATOR)
    for minute, nth in ((5, "first"), (20, "second"), (45, "third")):
        _to(team, minute)
        comms.post_update(
            team.incident,
            f"Our {nth} update: the shop works, some accounts are missing, we are on it",
            next_update_at=team.run.clock.now() + timedelta(minutes=15),
        )
    _to(team, 60)
    team.run.end()
    speed = _score(team).rule(5)
    # 0 -> 5 -> 20 fine, 20 -> 45 ten minutes late, 45 -> the end at 60 fine.
    assert "3 customer updates with content; 10 minutes past" in speed.finding
    assert speed.score == pytest.approx(1 - 10 / 60)


def test_the_trainers_confirmation_decides_the_root_cause(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "warehouse-crashes")
    team.seat(Role.DIAGNOSTICIAN).set_root_cause(
        team.incident, "An insider stopped the server on purpose.", how_proven="the logs show it"
    )
    assert not _score(team).root_cause.reached
    team.run.room.rate_response(team.incident, number=None, root_cause_confirmed=True)
    judged = _score(team).root_cause
    assert judged.reached and judged.confirmed is True


def test_an_evaluator_override_replaces_the_engines_outcome(
    room: WarRoom, clock: SimulatedClock
) -> None:
    team = _run(room, clock, "erp-production-stop")
    _to(team, 20)
    team.run.room.rate_response(
        team.incident, number=1, rating="some challenges", notes="said late", override=LATE
    )
    result = next(r for r in _score(team).results if r.inject.number == 1)
    assert (result.outcome, result.computed) == (LATE, MISSED)


def _rules(score: Score) -> list[tuple[int, float | None, str]]:
    return [(r.rule, r.score, r.finding) for r in score.rules]
