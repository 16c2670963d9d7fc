"""Two seats never overwrite each other without a word.

Seat A and seat B are two separate connections to one record (a SQLite file,
or a real PostgreSQL server). Both look at the same thing; A changes it; B,
still showing what it saw, changes it too. B's change is refused, B is told
what A set, who A is and when, and can apply its change again on top of A's.
Appends (entries, evidence, updates) never conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from warroom.core.clock import SimulatedClock
from warroom.core.errors import EditConflict
from warroom.room import WarRoom
from warroom.snapshot import IncidentSnapshot, load_snapshot
from warroom.store.repository import Actor


@dataclass
class Room:
    a: WarRoom
    b: WarRoom
    incident: int
    uids: dict[str, str]

    def seen(self) -> IncidentSnapshot:
        return load_snapshot(self.b.store, self.incident)


@pytest.fixture(params=["sqlite", "postgresql"])
def two_seats(
    request: pytest.FixtureRequest, tmp_path: Path, clock: SimulatedClock
) -> Iterator[Room]:
    url = (
        str(tmp_path / "room.sqlite3")
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    a = WarRoom.open(url, clock=clock, actor=Actor("Ana Ahmadi", "diagnostician", "seat-A"))
    b = WarRoom.open(url, clock=clock, actor=Actor("Ben Brook", "lead", "seat-B"))
    incident = a.declare("Payments down", "Critical", impact_what="Card payments fail")
    uids = {
        "item": a.add_checklist_item(incident, "Which card schemes fail?"),
        "hypothesis": a.add_hypothesis(incident, "The TLS certificate expired"),
        "request": a.request_information(
            incident, need="gateway logs", why="see the errors", use="match", next_step="fix"
        ),
        "action": a.add_action(incident, "corrective", "Renew the certificate"),
    }
    uids["fix"] = a.record_fix_attempt(incident, "Renew it", hypothesis_uid=uids["hypothesis"])
    a.set_spec_line(incident, "what", is_text="card payments", is_not_text="invoices")
    a.set_root_cause(incident, "An expired certificate", how_proven="handshake log")
    yield Room(a, b, incident, uids)
    a.close()
    b.close()


@dataclass(frozen=True)
class Edit:
    """One kind of edit: the version B saw, A's change, B's change, what shows A's change."""

    seen: Callable[[IncidentSnapshot, dict[str, str]], int]
    by_a: Callable[[WarRoom, int, dict[str, str]], None]
    by_b: Callable[[WarRoom, int, dict[str, str], int | None], None]
    current: Callable[[IncidentSnapshot, dict[str, str]], Any]


def _hyp(s: IncidentSnapshot, u: dict[str, str]) -> Any:
    return next(h for h in s.hypotheses if h.uid == u["hypothesis"])


def _item(s: IncidentSnapshot, u: dict[str, str]) -> Any:
    return next(c for c in s.checklist if c.uid == u["item"])


def _fix(s: IncidentSnapshot, u: dict[str, str]) -> Any:
    return next(f for f in s.fixes if f.uid == u["fix"])


def _request(s: IncidentSnapshot, u: dict[str, str]) -> Any:
    return next(r for r in s.requests if r.uid == u["request"])


def _action(s: IncidentSnapshot, u: dict[str, str]) -> Any:
    return next(a for a in s.actions if a.uid == u["action"])


def _spec(s: IncidentSnapshot, u: dict[str, str]) -> Any:
    return next(p for p in s.spec if p.dimension == "what")


EDITS: dict[str, Edit] = {
    "hypothesis status": Edit(
        lambda s, u: _hyp(s, u).version,
        lambda r, i, u: r.set_hypothesis_status(i, u["hypothesis"], "confirmed", "expiry date"),
        lambda r, i, u, v: r.set_hypothesis_status(
            i, u["hypothesis"], "ruled_out", "cert looks fine", based_on=v
        ),
        lambda s, u: _hyp(s, u).status,
    ),
    "checklist result": Edit(
        lambda s, u: _item(s, u).version,
        lambda r, i, u: r.tick_checklist_item(i, u["item"], "Visa only"),
        lambda r, i, u, v: r.tick_checklist_item(i, u["item"], "All schemes", based_on=v),
        lambda s, u: _item(s, u).result,
    ),
    "specification line": Edit(
        lambda s, u: _spec(s, u).version,
        lambda r, i, u: r.set_spec_line(i, "what", is_text="Visa", is_not_text="Mastercard"),
        lambda r, i, u, v: r.set_spec_line(
            i, "what", is_text="all cards", is_not_text="cash", based_on=v
        ),
        lambda s, u: _spec(s, u).is_text,
    ),
    "business impact": Edit(
        lambda s, u: s.impact_version,
        lambda r, i, u: r.update_impact(i, impact_what="No card payment in the EU"),
        lambda r, i, u, v: r.update_impact(i, impact_what="No payments at all", based_on=v),
        lambda s, u: s.impact_what,
    ),
    "status": Edit(
        lambda s, u: s.status_version,
        lambda r, i, u: r.change_status(i, "mitigating", "failover to the backup gateway"),
        lambda r, i, u, v: r.change_status(i, "identified", based_on=v),
        lambda s, u: s.status,
    ),
    "priority": Edit(
        lambda s, u: s.priority_version,
        lambda r, i, u: r.change_priority(i, "Blocker", "all shops affected"),
        lambda r, i, u, v: r.change_priority(i, "Major", based_on=v),
        lambda s, u: s.priority,
    ),
    "root cause": Edit(
        lambda s, u: s.root_cause.version if s.root_cause else 0,
        lambda r, i, u: r.set_root_cause(i, "A revoked intermediate", how_proven="OCSP reply"),
        lambda r, i, u, v: r.set_root_cause(
            i, "An expired leaf certificate", how_proven="dates", based_on=v
        ),
        lambda s, u: s.root_cause.cause if s.root_cause else None,
    ),
    "fix outcome": Edit(
        lambda s, u: _fix(s, u).version,
        lambda r, i, u: r.record_fix_outcome(i, u["fix"], "worked"),
        lambda r, i, u, v: r.record_fix_outcome(i, u["fix"], "failed", based_on=v),
        lambda s, u: _fix(s, u).outcome,
    ),
    "request answer": Edit(
        lambda s, u: _request(s, u).version,
        lambda r, i, u: r.answer_request(i, u["request"], "logs attached"),
        lambda r, i, u, v: r.answer_request(i, u["request"], "no logs kept", based_on=v),
        lambda s, u: _request(s, u).answer,
    ),
    "action status": Edit(
        lambda s, u: _action(s, u).version,
        lambda r, i, u: r.set_action_status(i, u["action"], "done"),
        lambda r, i, u, v: r.set_action_status(i, u["action"], "dropped", based_on=v),
        lambda s, u: _action(s, u).status,
    ),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_the_second_seat_is_refused_and_shown_the_first_seats_change(
    two_seats: Room, clock: SimulatedClock, kind: str
) -> None:
    edit = EDITS[kind]
    room, incident, uids = two_seats, two_seats.incident, two_seats.uids
    seen_by_b = edit.seen(room.seen(), uids)
    clock.advance(timedelta(minutes=3))
    edit.by_a(room.a, incident, uids)
    theirs = edit.current(room.seen(), uids)
    events_before = room.b.incident(incident).events

    with pytest.raises(EditConflict) as refused:
        edit.by_b(room.b, incident, uids, seen_by_b)

    conflict = refused.value
    assert conflict.author == "Ana Ahmadi" and conflict.seat == "seat-A"
    assert conflict.at == clock.now()
    assert "Ana Ahmadi" in conflict.message and "since you looked" in conflict.message
    # A's change stands and nothing was written for B.
    assert edit.current(room.seen(), uids) == theirs
    assert room.b.incident(incident).events == events_before
    # Shown A's change, B chooses to apply theirs on top: now based on what A set.
    edit.by_b(room.b, incident, uids, edit.seen(room.seen(), uids))
    assert edit.current(room.seen(), uids) != theirs
    assert room.b.verify(incident) is None


def test_appends_never_conflict(two_seats: Room) -> None:
    room, incident, uids = two_seats, two_seats.incident, two_seats.uids
    seen = room.seen()
    room.a.log(incident, "A writes")
    room.a.add_evidence(incident, uids["hypothesis"], "expiry 2026-11-24", supports=True)
    room.b.log(incident, "B writes too")
    room.b.add_evidence(incident, uids["hypothesis"], "handshake fails", supports=True)
    room.b.post_update(
        incident, "We are on it.", next_update_at=room.b.now() + timedelta(minutes=15)
    )
    # Evidence is an append: a status change based on the version B saw still passes.
    room.b.set_hypothesis_status(
        incident, uids["hypothesis"], "testing", based_on=_hyp(seen, uids).version
    )
    assert len(_hyp(room.seen(), uids).evidence) == 2


def test_an_edit_without_a_version_is_applied_as_before(two_seats: Room) -> None:
    """Scripts and the command line that do not look first are not refused."""
    room, incident = two_seats, two_seats.incident
    room.a.change_status(incident, "mitigating")
    room.b.change_status(incident, "monitoring")
    assert room.seen().status == "monitoring"
