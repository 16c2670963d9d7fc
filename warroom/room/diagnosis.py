"""Diagnosis (rule 4): the problem specification, hypotheses with evidence,
fix attempts that name the hypothesis they test, and the remedies weighed
before one was chosen.
"""

from __future__ import annotations

from sqlalchemy import func, select

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_, _
from warroom.core.vocabulary import (
    EventKind,
    FixOutcome,
    HypothesisStatus,
    RemedyDecision,
    SpecDimension,
)
from warroom.room.base import RoomBase, checked_text, new_uid
from warroom.store.models import FixAttempt, Hypothesis, Remedy, SpecLine


class DiagnosisActions(RoomBase):
    def set_spec_line(
        self,
        incident_id: int,
        dimension: SpecDimension | str,
        *,
        is_text: str,
        is_not_text: str,
        distinction: str = "",
        change: str = "",
        based_on: int | None = None,
    ) -> None:
        dim = SpecDimension(dimension)
        with self._write(incident_id) as (tx, incident):
            line = tx.session.scalar(
                select(SpecLine).where(
                    SpecLine.incident_id == incident_id, SpecLine.dimension == dim
                )
            )
            self._based_on(
                tx,
                incident,
                line.version if line else 0,
                based_on,
                f"the specification line “{dim.value}”",
            )
            existing = line.uid if line else None
            self._record(
                tx,
                incident,
                EventKind.SPEC_LINE_SET,
                {
                    "uid": existing or new_uid(),
                    "dimension": dim.value,
                    "is": is_text.strip(),
                    "is_not": is_not_text.strip(),
                    "distinction": distinction.strip(),
                    "change": change.strip(),
                },
            )

    def add_hypothesis(self, incident_id: int, statement: str) -> str:
        statement = checked_text(statement, N_("hypothesis"))
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            count = tx.session.scalar(
                select(func.count())
                .select_from(Hypothesis)
                .where(Hypothesis.incident_id == incident_id)
            )
            self._record(
                tx,
                incident,
                EventKind.HYPOTHESIS_ADDED,
                {"uid": uid, "label": f"H{(count or 0) + 1}", "statement": statement},
            )
            return uid

    def add_evidence(
        self, incident_id: int, hypothesis_uid: str, text: str, supports: bool
    ) -> None:
        text = checked_text(text, N_("evidence"))
        with self._write(incident_id) as (tx, incident):
            hypothesis = self._entity(tx, Hypothesis, incident_id, hypothesis_uid, N_("hypothesis"))
            self._record(
                tx,
                incident,
                EventKind.EVIDENCE_ADDED,
                {
                    "uid": hypothesis.uid,
                    "label": hypothesis.label,
                    "text": text,
                    "supports": supports,
                },
            )

    def set_hypothesis_status(
        self,
        incident_id: int,
        hypothesis_uid: str,
        status: HypothesisStatus | str,
        reason: str = "",
        explains_spec: bool | None = None,
        *,
        based_on: int | None = None,
    ) -> None:
        new = HypothesisStatus(status)
        if new in (HypothesisStatus.RULED_OUT, HypothesisStatus.CONFIRMED):
            reason = checked_text(reason, N_("reason (what proved or disproved it)"))
        with self._write(incident_id) as (tx, incident):
            hypothesis = self._entity(tx, Hypothesis, incident_id, hypothesis_uid, N_("hypothesis"))
            self._based_on(tx, incident, hypothesis.version, based_on, hypothesis.label)
            self._record(
                tx,
                incident,
                EventKind.HYPOTHESIS_STATUS,
                {
                    "uid": hypothesis.uid,
                    "label": hypothesis.label,
                    "from": hypothesis.status,
                    "to": new.value,
                    "reason": reason.strip(),
                    "explains_spec": (
                        hypothesis.explains_spec if explains_spec is None else explains_spec
                    ),
                },
            )

    def record_fix_attempt(
        self,
        incident_id: int,
        description: str,
        *,
        hypothesis_uid: str | None,
        expected_result: str = "",
        rollback_plan: str = "",
        approved_by: str = "",
    ) -> str:
        """Record a fix attempt. It should name the hypothesis it tests (rule 4)."""
        description = checked_text(description, N_("fix description"))
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            hypothesis = (
                self._entity(tx, Hypothesis, incident_id, hypothesis_uid, N_("hypothesis"))
                if hypothesis_uid
                else None
            )
            self._record(
                tx,
                incident,
                EventKind.FIX_ATTEMPTED,
                {
                    "uid": uid,
                    "description": description,
                    "hypothesis": hypothesis.uid if hypothesis else None,
                    "hypothesis_label": hypothesis.label if hypothesis else None,
                    "expected_result": expected_result.strip(),
                    "rollback_plan": rollback_plan.strip(),
                    "approved_by": approved_by.strip(),
                },
            )
            return uid

    def record_fix_outcome(
        self,
        incident_id: int,
        fix_uid: str,
        outcome: FixOutcome | str,
        note: str = "",
        *,
        based_on: int | None = None,
    ) -> None:
        result = FixOutcome(outcome)
        if result is FixOutcome.PENDING:
            raise InvalidInput(_("an outcome is worked, failed, partial or rolled back"))
        with self._write(incident_id) as (tx, incident):
            fix = self._entity(tx, FixAttempt, incident_id, fix_uid, N_("fix attempt"))
            self._based_on(tx, incident, fix.version, based_on, N_("the fix attempt's outcome"))
            self._record(
                tx,
                incident,
                EventKind.FIX_OUTCOME,
                {"uid": fix.uid, "outcome": result.value, "note": note.strip()},
            )

    def consider_remedy(
        self,
        incident_id: int,
        description: str,
        *,
        decision: RemedyDecision | str = RemedyDecision.OPEN,
        reason: str = "",
    ) -> str:
        """A remedy the room weighs (restore from backup, roll back, fail over); return its uid."""
        description = checked_text(description, N_("remedy"))
        chosen = RemedyDecision(decision)
        reason = _decision_reason(chosen, reason)
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.REMEDY_CONSIDERED,
                {
                    "uid": uid,
                    "description": description,
                    "decision": chosen.value,
                    "reason": reason,
                },
            )
            return uid

    def decide_remedy(
        self,
        incident_id: int,
        remedy_uid: str,
        decision: RemedyDecision | str,
        reason: str,
        *,
        based_on: int | None = None,
    ) -> None:
        """Choose or reject a remedy, saying why (rule 6: what else was considered)."""
        chosen = RemedyDecision(decision)
        reason = _decision_reason(chosen, reason)
        with self._write(incident_id) as (tx, incident):
            remedy = self._entity(tx, Remedy, incident_id, remedy_uid, N_("remedy"))
            self._based_on(tx, incident, remedy.version, based_on, N_("the remedy"))
            self._record(
                tx,
                incident,
                EventKind.REMEDY_DECIDED,
                {
                    "uid": remedy.uid,
                    "description": remedy.description,
                    "from": remedy.decision,
                    "decision": chosen.value,
                    "reason": reason,
                },
            )


def _decision_reason(decision: RemedyDecision, reason: str) -> str:
    if decision is RemedyDecision.OPEN:
        return checked_text(reason, N_("reason"), required=False)
    return checked_text(reason, f"reason the remedy was {decision.value}")
