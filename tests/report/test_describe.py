"""Every kind of event has words; none falls through to a raw payload."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from warroom.core.vocabulary import EventKind
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
