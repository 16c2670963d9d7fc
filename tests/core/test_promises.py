"""The one rule for update promises, on hand-built timelines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from warroom.core.promises import SentUpdate, Verdict, judge_promises, kept_ratio

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def to_customers(sent: float, promised: float | None, final: bool = False) -> SentUpdate:
    return SentUpdate(m(sent), None if promised is None else m(promised), final, "customers")


def test_kept_late_missed_and_open_on_a_hand_built_timeline() -> None:
    updates = [
        to_customers(0, 15),  # next came at 14: kept
        to_customers(14, 29),  # next came at 30: within the minute of grace
        to_customers(30, 45),  # next came at 52: late by 7 minutes
        to_customers(52, 67),  # nothing since; now is 70: missed
    ]
    promises = judge_promises(updates, resolved_at=None, now=m(70))
    assert [p.verdict for p in promises] == [
        Verdict.KEPT,
        Verdict.KEPT,
        Verdict.LATE,
        Verdict.MISSED,
    ]
    assert promises[2].late_by == timedelta(minutes=7)
    assert promises[3].next_at is None and promises[3].late_by is None
    assert [p.kept for p in promises] == [True, True, False, False]
    assert kept_ratio(promises) == 0.5


def test_an_open_promise_is_not_yet_judged_and_order_does_not_matter() -> None:
    updates = [to_customers(10, 25), to_customers(0, 15)]
    promises = judge_promises(updates, resolved_at=None, now=m(20))
    assert [p.made_at for p in promises] == [m(0), m(10)]
    assert [p.verdict for p in promises] == [Verdict.KEPT, Verdict.OPEN]
    assert promises[1].kept is None
    assert kept_ratio(promises) == 1.0
    assert kept_ratio([]) is None


def test_only_an_update_to_the_same_audience_keeps_a_promise() -> None:
    updates = [
        to_customers(0, 15),
        SentUpdate(m(5), m(35), False, "executives"),
        SentUpdate(m(10), m(40), False, "executives"),  # keeps the executives' promise
        to_customers(30, 45),  # late for the customers: the executives' update does not count
    ]
    promises = judge_promises(updates, resolved_at=None, now=m(44))
    by_made = {p.made_at: p for p in promises}
    assert by_made[m(0)].verdict == Verdict.LATE
    assert by_made[m(0)].next_at == m(30)
    assert by_made[m(5)].verdict == Verdict.KEPT
    assert by_made[m(10)].verdict == Verdict.MISSED  # promised 40, nothing by 44
    assert by_made[m(30)].verdict == Verdict.OPEN


def test_an_announced_resolution_releases_promises_falling_due_after_it() -> None:
    silent = [to_customers(0, 30)]
    assert judge_promises(silent, resolved_at=m(20), now=m(90))[0].verdict == Verdict.MISSED
    announced = [*silent, SentUpdate(m(21), None, True, "executives")]
    assert judge_promises(announced, resolved_at=m(20), now=m(90))[0].verdict == Verdict.KEPT
    assert judge_promises(announced, resolved_at=m(40), now=m(90))[0].verdict == Verdict.MISSED


def test_the_final_update_promises_nothing_and_keeps_the_last_promise() -> None:
    updates = [to_customers(0, 15), to_customers(10, None, final=True)]
    promises = judge_promises(updates, resolved_at=m(9), now=m(90))
    assert len(promises) == 1
    assert promises[0].verdict == Verdict.KEPT and promises[0].next_at == m(10)
    # A final update that still names a next time (a foreign record) promises nothing either.
    odd = [SentUpdate(m(0), m(15), True, "customers")]
    assert judge_promises(odd, resolved_at=m(0), now=m(90)) == []


def test_an_update_without_a_promise_is_not_a_promise() -> None:
    updates = [to_customers(0, None), to_customers(20, 35)]
    promises = judge_promises(updates, resolved_at=None, now=m(30))
    assert [p.made_at for p in promises] == [m(20)]
