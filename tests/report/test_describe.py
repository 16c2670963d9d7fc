"""Every kind of event has words; none falls through to a raw payload."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from warroom.core.vocabulary import EventKind
from warroom.core.zones import TimeStyle
from warroom.report.describe import describe, kind_label
from warroom.store.repository import EventRecord


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_kind_is_described(kind: EventKind) -> None:
    event = EventRecord(
        seq=1,
        incident_id=1,
        number=1,
        at=datetime(2026, 1, 1, tzinfo=UTC),
        kind=kind.value,
        author="A",
        role="lead",
        seat="s",
        payload={},
        corrects=None,
        prev_hash="0" * 64,
        hash="0" * 64,
    )
    assert kind_label(event)
    assert describe(event) != "{}"


def record(kind: str, payload: dict[str, object]) -> EventRecord:
    return EventRecord(
        seq=1,
        incident_id=1,
        number=7,
        at=datetime(2026, 1, 1, tzinfo=UTC),
        kind=kind,
        author="A",
        role="lead",
        seat="s",
        payload=payload,
        corrects=None,
        prev_hash="0" * 64,
        hash="0" * 64,
    )


def test_an_unknown_kind_reads_as_its_words_never_a_repr() -> None:
    event = record(
        "sla_breached",
        {"contract": "Gold", "minutes": 45, "parties": ["Kessler", "us"], "terms": {"credit": 5}},
    )
    text = describe(event)
    assert text == "contract: Gold; minutes: 45; parties: Kessler, us; terms: credit: 5"
    assert kind_label(event) == "Sla breached"
    assert describe(record("sla_breached", {})) == "Sla breached"


@pytest.mark.parametrize("kind", list(EventKind))
def test_a_missing_field_never_prints_none(kind: EventKind) -> None:
    assert "None" not in describe(record(kind.value, {}))


def test_an_update_without_a_promise_says_so() -> None:
    # Regression: rendered as "[customers · next update ] ..."
    event = record(EventKind.UPDATE_POSTED.value, {"audience": "customers", "text": "We are on it"})
    assert describe(event) == "[customers · no next update promised] We are on it"
    promised = record(
        EventKind.UPDATE_POSTED.value,
        {"audience": "customers", "text": "x", "next_update_at": "2026-01-01T10:15:00+00:00"},
    )
    in_utc = describe(promised, lambda at: f"{at:%H:%M} UTC")
    assert in_utc == "[customers · next update 10:15 UTC] x"


def test_a_phase_end_says_which_phase_ended_and_guesses_nothing() -> None:
    # Regression: a file whose phase.ended gave no level read "Degraded service ends" at
    # the end of an outage.
    ended: dict[str, object] = {
        "uid": "p",
        "at": "2022-04-08T12:00:00+00:00",
        "note": "first sites back",
    }
    assert describe(record(EventKind.PHASE_ENDED, {**ended, "level": "outage"})) == (
        "Outage ends — first sites back"
    )
    assert describe(record(EventKind.PHASE_ENDED, {**ended, "level": "degraded"})) == (
        "Degraded service ends — first sites back"
    )
    assert describe(record(EventKind.PHASE_ENDED, ended)) == (
        "An impact phase ends — first sites back"
    )


def test_a_rough_key_moment_says_about() -> None:
    moment: dict[str, object] = {
        "moment": "mitigated",
        "at": "2021-10-04T21:00:00+00:00",
        "note": "",
    }
    assert "at about 21:00 UTC" in describe(
        record(EventKind.KEY_MOMENT, {**moment, "approximate": True}), TimeStyle().clock
    )
    assert "at 21:00 UTC" in describe(record(EventKind.KEY_MOMENT, moment), TimeStyle().clock)


def test_an_impact_change_names_its_fields_in_words_not_column_names() -> None:
    event = record(EventKind.IMPACT_CHANGED, {"impact_what": "No orders", "impact_count": 240})
    text = describe(event)
    assert text == "Business impact updated: what the customer cannot do: No orders; how many: 240"
    assert "impact_" not in text
