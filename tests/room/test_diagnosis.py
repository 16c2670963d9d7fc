"""Diagnosis: hypotheses, fix attempts and their outcomes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from warroom.core.errors import InvalidInput
from warroom.core.vocabulary import (
    FixOutcome,
    HypothesisStatus,
)
from warroom.room import WarRoom
from warroom.store.models import FixAttempt, Hypothesis


def test_hypothesis_fix_and_outcome_are_linked(room: WarRoom, incident: int) -> None:
    h1 = room.add_hypothesis(incident, "Transaction log volume is full")
    room.add_evidence(incident, h1, "df shows 100 % on /db/log", supports=True)
    fix = room.record_fix_attempt(
        incident,
        "Extend the log volume by 50 GB",
        hypothesis_uid=h1,
        expected_result="ERP accepts postings again",
        rollback_plan="none needed",
        approved_by="Dana Lead",
    )
    room.record_fix_outcome(incident, fix, FixOutcome.WORKED, "postings flow")
    with pytest.raises(InvalidInput, match="reason"):
        room.set_hypothesis_status(incident, h1, HypothesisStatus.CONFIRMED)
    room.set_hypothesis_status(
        incident, h1, HypothesisStatus.CONFIRMED, "extension fixed it", explains_spec=True
    )
    with room.store.read() as s:
        row = s.scalar(select(FixAttempt))
        assert row is not None and row.hypothesis is not None
        assert row.hypothesis.label == "H1"
        assert row.outcome == FixOutcome.WORKED
        hyp = s.scalar(select(Hypothesis))
        assert hyp is not None and hyp.status == HypothesisStatus.CONFIRMED
        assert hyp.evidence[0]["supports"] is True
