from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from warroom.core.matrix import CommunicationMatrix
from warroom.core.timing import (
    DueState,
    countdown,
    escalation_deadline,
    escalation_due,
    format_span,
    next_update_deadline,
    page_backup_due,
    suggested_next_update,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
MATRIX = CommunicationMatrix.default()
BLOCKER = MATRIX.get("Blocker")
MAJOR = MATRIX.get("Major")


def test_countdown_is_calm_then_soon_then_overdue() -> None:
    deadline = T0 + timedelta(minutes=15)
    assert countdown(deadline, T0).state is DueState.CALM
    assert countdown(deadline, T0 + timedelta(minutes=12)).state is DueState.SOON
    assert countdown(deadline, deadline).state is DueState.SOON
    late = countdown(deadline, deadline + timedelta(minutes=4, seconds=10))
    assert late.state is DueState.OVERDUE
    assert late.overdue_by == timedelta(minutes=4, seconds=10)
    assert countdown(deadline, T0).overdue_by == timedelta(0)


def test_first_update_is_owed_one_cadence_after_declaration() -> None:
    assert next_update_deadline(BLOCKER, T0, None) == T0 + timedelta(minutes=15)
    assert next_update_deadline(MAJOR, T0, None) == T0 + timedelta(hours=1)
    promised = T0 + timedelta(minutes=40)
    assert next_update_deadline(BLOCKER, T0, promised) == promised


def test_suggested_next_update_rounds_up_to_the_minute() -> None:
    now = T0 + timedelta(seconds=20)
    assert suggested_next_update(BLOCKER, now) == T0 + timedelta(minutes=16)
    assert suggested_next_update(BLOCKER, T0) == T0 + timedelta(minutes=15)


def test_escalation_at_two_hours_for_blocker_only_where_the_matrix_sets_it() -> None:
    assert escalation_deadline(BLOCKER, T0) == T0 + timedelta(hours=2)
    assert not escalation_due(BLOCKER, T0, T0 + timedelta(hours=1, minutes=59))
    assert escalation_due(BLOCKER, T0, T0 + timedelta(hours=2))
    assert escalation_deadline(MAJOR, T0) is None
    assert not escalation_due(MAJOR, T0, T0 + timedelta(days=3))


def test_backup_is_paged_after_the_acknowledgement_window() -> None:
    assert not page_backup_due(BLOCKER, T0, False, T0 + timedelta(minutes=29))
    assert page_backup_due(BLOCKER, T0, False, T0 + timedelta(minutes=30))
    assert not page_backup_due(BLOCKER, T0, True, T0 + timedelta(hours=5))


def test_format_span() -> None:
    assert format_span(timedelta(minutes=4, seconds=5)) == "04:05"
    assert format_span(timedelta(hours=2, minutes=3, seconds=4)) == "2:03:04"
    assert format_span(timedelta(seconds=-75)) == "-01:15"
    # A day or more counts its days: "51:05:09" makes the reader divide by 24.
    assert format_span(timedelta(days=2, hours=3, minutes=5, seconds=9)) == "2 d 3:05:09"
    assert format_span(timedelta(days=1)) == "1 d 0:00:00"
    assert format_span(-timedelta(days=1, seconds=75)) == "-1 d 0:01:15"


def test_format_duration_in_words() -> None:
    from warroom.core.timing import format_duration

    assert format_duration(timedelta(minutes=15)) == "15 min"
    assert format_duration(timedelta(hours=2)) == "2 h"
    assert format_duration(timedelta(minutes=90)) == "1 h 30 min"


def test_a_day_or_more_reads_in_days() -> None:
    from warroom.core.timing import format_duration

    # Regression: GitHub's 24 h 11 min and Atlassian's 13 days printed as "24 h 11 min"
    # and "316 h 22 min".
    assert format_duration(timedelta(hours=27, minutes=20)) == "1 d 3 h 20 min"
    assert format_duration(timedelta(hours=24, minutes=11)) == "1 d 11 min"
    assert format_duration(timedelta(days=13, hours=4, minutes=22)) == "13 d 4 h 22 min"
    assert format_duration(timedelta(days=2)) == "2 d"
    assert format_duration(timedelta(hours=23, minutes=59, seconds=59)) == "23 h 59 min"
    assert format_duration(-timedelta(days=1, hours=2)) == "−1 d 2 h"


def test_negative_durations_are_the_same_words_after_a_minus_sign() -> None:
    from warroom.core.timing import format_duration

    # Regression: floor division printed −1 h 52 min 44 s as "−2 h 7 min", −30 s as "−1 h 59 min".
    assert format_duration(-timedelta(hours=1, minutes=52, seconds=44)) == "−1 h 52 min"
    assert format_duration(timedelta(seconds=-30)) == "−30 s"
    assert format_duration(timedelta(seconds=-60)) == "−1 min"
    assert format_duration(timedelta(seconds=-3600)) == "−1 h"
    assert format_duration(timedelta(seconds=-3599)) == "−59 min"
    assert format_duration(timedelta(0)) == "0 min"
    assert format_duration(timedelta(seconds=59)) == "59 s"


@given(st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(days=400)))
def test_format_of_a_negative_span_is_minus_the_format_of_the_positive(span: timedelta) -> None:
    from warroom.core.timing import format_duration

    assert format_duration(-span) == "−" + format_duration(span)
    assert not format_duration(span).startswith("−")
