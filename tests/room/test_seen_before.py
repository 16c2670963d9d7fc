""" "Seen this before?": past incidents like this one, with their proven cause and working fix."""

from __future__ import annotations

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.vocabulary import FixOutcome, Mode
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot


def past_incident(room: WarRoom, title: str, error: str, services: list[str], cause: str) -> int:
    incident = room.declare(title, "Critical", impact_what="Orders stuck", services=services)
    room.set_spec_line(incident, "what", is_text=error, is_not_text="other plants")
    hypothesis = room.add_hypothesis(incident, f"{cause} (suspected)")
    failed = room.record_fix_attempt(incident, "restart the app servers", hypothesis_uid=hypothesis)
    room.record_fix_outcome(incident, failed, FixOutcome.FAILED)
    worked = room.record_fix_attempt(incident, f"fix: {cause}", hypothesis_uid=hypothesis)
    room.record_fix_outcome(incident, worked, FixOutcome.WORKED)
    room.set_root_cause(incident, cause, how_proven="log lines at the failure time")
    return incident


def test_the_past_incident_with_the_same_error_and_services_comes_first(room: WarRoom) -> None:
    same = past_incident(
        room,
        "ERP cannot post goods receipts",
        "ORA-00257: archiver error, connect internal only",
        ["erp", "erp-db"],
        "archive log destination full",
    )
    other = past_incident(
        room, "Mail delayed", "queue grows, 4.7.0 temporary failure", ["mail"], "greylisting"
    )
    now = room.declare("ERP hangs on save", "Blocker", impact_what="No saves", services=["erp"])
    room.set_spec_line(now, "what", is_text="users see ORA-00257: archiver error", is_not_text="")
    found = room.seen_before(now)
    assert [p.incident_id for p in found][:1] == [same]
    first = found[0]
    assert first.root_cause == "archive log destination full"
    assert first.fix == "fix: archive log destination full"
    assert first.match.common_services == ("erp",)
    assert "ora-00257" in first.match.matched_terms
    assert other not in [p.incident_id for p in found]
    assert now not in [p.incident_id for p in found]


def test_exercises_are_left_out_unless_asked(room: WarRoom) -> None:
    drill = room.declare(
        "Drill: SAN latency", "Major", impact_what="none", services=["san"], mode=Mode.EXERCISE
    )
    room.log(drill, "SAN latency above 200 ms on array A")
    now = room.declare("Slow storage", "Major", impact_what="Slow", services=["san"])
    assert room.seen_before(now) == []
    assert [p.incident_id for p in room.seen_before(now, include_exercises=True)] == [drill]


def test_words_being_typed_are_matched_before_they_are_saved(room: WarRoom) -> None:
    past = past_incident(
        room, "決済が失敗する", "決済サーバーがタイムアウトを返す", ["payment"], "証明書の期限切れ"
    )
    found = room.seen_before_text(["決済サーバーのタイムアウト"], [])
    assert [p.incident_id for p in found] == [past]
    assert found[0].root_cause == "証明書の期限切れ"


def test_a_match_recorded_as_evidence_appears_with_the_hypothesis(room: WarRoom) -> None:
    past = past_incident(
        room, "Billing batch aborted", "E-1207 lock wait timeout", ["billing"], "index missing"
    )
    now = room.declare("Billing batch slow", "Major", impact_what="Invoices late")
    hypothesis = room.add_hypothesis(now, "lock wait timeout again")
    match = room.seen_before_text(["E-1207 lock wait timeout"], ["billing"], exclude=now)[0]
    room.record_same_as(now, hypothesis, match)
    snapshot = load_snapshot(room.store, now)
    evidence = snapshot.hypotheses[0].evidence[0]
    assert evidence["text"] == (
        f"Same as #{past} (Billing batch aborted); root cause then: index missing; "
        "what fixed it: fix: index missing"
    )
    assert evidence["supports"] is True
    with pytest.raises(InvalidInput, match="same as itself"):
        room.record_same_as(past, hypothesis, match)
