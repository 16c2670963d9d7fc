"""What postmortems say, said through the room: the record carries it, the state shows it.

Approximate times, the impact in words, the zone the times were given in,
impact phases (a partial restoration), remedies considered and sources: each
is a chained event, projected into state, exported, imported and compared,
and shown by the snapshot.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.vocabulary import ImpactLevel, KeyMoment, RemedyDecision
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot

from ..conftest import T0


@pytest.fixture
def told(room: WarRoom, clock: SimulatedClock) -> int:
    """A short outage told with everything version 2 can say."""
    incident = room.declare(
        "CDN returns errors",
        "Blocker",
        impact_what="Sites behind the CDN return 503",
        impact_count=None,
        impact_extent="about 85 % of the network",
        started_at=T0 - timedelta(minutes=30),
        detected_at=T0 - timedelta(minutes=29),
        time_zone="America/Los_Angeles",
        approximate=("started",),
    )
    outage = room.begin_impact_phase(
        incident,
        ImpactLevel.OUTAGE,
        "every site behind the CDN",
        at=T0 - timedelta(minutes=30),
        extent="about 85 % of the network",
        approximate=True,
    )
    clock.advance(timedelta(minutes=40))
    room.end_impact_phase(incident, outage, at=T0 + timedelta(minutes=9))
    degraded = room.begin_impact_phase(
        incident,
        ImpactLevel.DEGRADED,
        "cache empty: slow pages",
        at=T0 + timedelta(minutes=9),
        count=12,
    )
    rollback = room.consider_remedy(incident, "Roll the configuration back")
    room.consider_remedy(
        incident,
        "Disable the failing feature for everyone",
        decision=RemedyDecision.CHOSEN,
        reason="one switch, no deployment",
    )
    room.decide_remedy(incident, rollback, RemedyDecision.REJECTED, "a rollback takes an hour")
    room.mark(incident, KeyMoment.MITIGATED, T0 + timedelta(minutes=9), approximate=True)
    room.update_impact(incident, impact_extent="85 % of traffic at the worst")
    room.add_source(incident, "Summary of the June 8 outage", "https://example.org/blog/outage")
    clock.advance(timedelta(minutes=10))
    room.end_impact_phase(incident, degraded)
    room.resolve(incident, "feature disabled")
    return incident


def test_the_snapshot_shows_what_the_events_said(room: WarRoom, told: int) -> None:
    shown = load_snapshot(room.store, told)
    assert shown.impact_extent == "85 % of traffic at the worst"
    assert shown.impact_count is None
    assert shown.time_zone == "America/Los_Angeles"
    # started was given roughly, and so was the mitigation; resolution is exact.
    assert shown.approximate_times == {"started", "mitigated"}
    assert shown.is_approximate("started") and not shown.is_approximate("resolved")
    assert [(p.level, p.started_approximate, p.ended_at is not None) for p in shown.phases] == [
        ("outage", True, True),
        ("degraded", False, True),
    ]
    assert shown.phases[0].ended_at == shown.phases[1].started_at == T0 + timedelta(minutes=9)
    assert shown.phases[1].count == 12
    assert [(r.description[:7], r.decision, r.reason) for r in shown.remedies] == [
        ("Roll th", "rejected", "a rollback takes an hour"),
        ("Disable", "chosen", "one switch, no deployment"),
    ]
    assert [(s.title, s.url) for s in shown.sources] == [
        ("Summary of the June 8 outage", "https://example.org/blog/outage")
    ]
    assert shown.imported_from == ()


def test_the_facts_survive_export_and_import(
    room: WarRoom, told: int, tmp_path: Path, clock: SimulatedClock
) -> None:
    document = exchange.export_incident(room.store, told)
    assert document["version"] == 2
    assert document["incident"]["impact"]["extent"] == "85 % of traffic at the worst"
    assert document["incident"]["approximate_times"] == ["mitigated", "started"]
    assert len(document["impact_phases"]) == 2 and len(document["remedies"]) == 2
    other = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(
            other.store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert other.verify(new_id) is None
        again = exchange.export_incident(other.store, new_id)
    finally:
        other.close()
    again["incident"]["id"] = document["incident"]["id"]
    again["exported_at"] = document["exported_at"]
    assert again == document


EDITS = [
    ("extent", lambda d: d["incident"]["impact"].update(extent="all"), "incident.impact.extent"),
    (
        "an approximate time",
        lambda d: d["incident"]["approximate_times"].append("resolved"),
        "incident.approximate_times",
    ),
    ("phase end", lambda d: d["impact_phases"][1].update(ended_at=None), "impact_phases[1]"),
    ("remedy", lambda d: d["remedies"][0].update(decision="chosen"), "remedies[0].decision"),
    ("a source dropped", lambda d: d["sources"].clear(), "sources (its length)"),
]


@pytest.mark.parametrize(("what", "edit", "where"), EDITS, ids=[e[0] for e in EDITS])
def test_the_new_state_sections_are_compared_with_the_events(
    room: WarRoom,
    told: int,
    tmp_path: Path,
    clock: SimulatedClock,
    what: str,
    edit: Any,
    where: str,
) -> None:
    document = exchange.export_incident(room.store, told)
    edit(document)
    other = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        with pytest.raises(InvalidInput, match="disagrees with its own events") as caught:
            exchange.import_incident(
                other.store, exchange.load_document(exchange.dumps(document).encode())
            )
        assert where in caught.value.message
    finally:
        other.close()


def test_the_room_refuses_what_cannot_be_true(room: WarRoom, incident: int) -> None:
    with pytest.raises(InvalidInput, match="not a time zone"):
        room.declare("x", "Blocker", impact_what="y", time_zone="Mars/Olympus_Mons")
    with pytest.raises(InvalidInput, match="only the start and the detection"):
        room.declare("x", "Blocker", impact_what="y", approximate=("resolved",))
    with pytest.raises(InvalidInput, match="not a web address"):
        room.add_source(incident, "A postmortem", "javascript:alert(1)")
    with pytest.raises(InvalidInput, match="reason the remedy was chosen"):
        room.consider_remedy(incident, "Fail over", decision="chosen")
    phase = room.begin_impact_phase(incident, "outage", "nothing works")
    with pytest.raises(InvalidInput, match="cannot end before it began"):
        room.end_impact_phase(incident, phase, at=room.now() - timedelta(minutes=1))
    with pytest.raises(InvalidInput, match="cannot lie in the future"):
        room.end_impact_phase(incident, phase, at=room.now() + timedelta(minutes=1))
    room.end_impact_phase(incident, phase)
    with pytest.raises(RuleViolation, match="already ended"):
        room.end_impact_phase(incident, phase)


def test_an_exact_time_given_later_replaces_a_rough_one(room: WarRoom, incident: int) -> None:
    room.mark(incident, "detected", room.now() - timedelta(minutes=5), approximate=True)
    assert load_snapshot(room.store, incident).approximate_times == {"detected"}
    room.mark(incident, "detected", room.now() - timedelta(minutes=4))
    assert load_snapshot(room.store, incident).approximate_times == frozenset()


def test_a_decision_based_on_what_another_seat_has_changed_is_refused(
    room: WarRoom, incident: int
) -> None:
    from warroom.core.errors import EditConflict

    remedy = room.consider_remedy(incident, "Fail over to the standby")
    seen = load_snapshot(room.store, incident).remedies[0].version
    room.as_person("Other Seat").decide_remedy(incident, remedy, "rejected", "standby is stale")
    with pytest.raises(EditConflict):
        room.decide_remedy(incident, remedy, "chosen", "fastest", based_on=seen)
    phase = room.begin_impact_phase(incident, "outage", "nothing works")
    seen = load_snapshot(room.store, incident).phases[0].version
    assert seen == room.store.head_number(incident)
    room.end_impact_phase(incident, phase, based_on=seen)
    assert load_snapshot(room.store, incident).phases[0].ended_at == room.now()
