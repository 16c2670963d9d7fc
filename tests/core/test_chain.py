from __future__ import annotations

from warroom.core.chain import GENESIS, ChainedFields, verify_chain


def build(count: int) -> list[tuple[ChainedFields, str]]:
    events = []
    prev = GENESIS
    for number in range(1, count + 1):
        fields = ChainedFields(
            number=number,
            at=f"2026-01-01T12:{number:02d}:00.000000+00:00",
            kind="entry",
            author="Sam Scribe",
            role="scribe",
            seat="seat-1",
            payload={"text": f"entry {number}", "ü": "ß"},
            corrects=None,
            prev_hash=prev,
        )
        prev = fields.digest()
        events.append((fields, prev))
    return events


def test_an_untouched_chain_verifies() -> None:
    events = build(6)
    assert verify_chain(events, 6, events[-1][1]) is None
    assert verify_chain([], 0, GENESIS) is None


def test_changed_content_is_found_at_its_event() -> None:
    events = build(6)
    fields, digest = events[3]
    events[3] = (fields._replace(payload={"text": "something else"}), digest)
    broken = verify_chain(events)
    assert broken is not None
    assert broken.number == 4
    assert "changed" in broken.reason


def test_a_rehashed_change_still_breaks_the_next_link() -> None:
    events = build(6)
    fields, _ = events[3]
    forged = fields._replace(payload={"text": "forged"})
    events[3] = (forged, forged.digest())
    broken = verify_chain(events)
    assert broken is not None
    assert broken.number == 5


def test_deleted_and_reordered_events_are_found() -> None:
    events = build(6)
    del events[2]
    broken = verify_chain(events)
    assert broken is not None and broken.number == 3 and "missing" in broken.reason

    events = build(6)
    events[2], events[3] = events[3], events[2]
    broken = verify_chain(events)
    assert broken is not None and broken.number == 3


def test_a_deleted_tail_is_found_by_the_recorded_length() -> None:
    events = build(6)
    head = events[-1][1]
    assert verify_chain(events[:4]) is None  # without a witness a tail cut is invisible
    broken = verify_chain(events[:4], expected_count=6, expected_head=head)
    assert broken is not None and broken.number == 5
