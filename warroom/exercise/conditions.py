"""Conditional injects: what the record says when a ``when`` or ``unless`` inject is due."""

from __future__ import annotations

from collections.abc import Sequence

from warroom.core.vocabulary import EventKind, Role, Status
from warroom.exercise.scenario import Condition, Inject
from warroom.store.repository import EventRecord

_TEAM = {r.value for r in Role}


def holds(condition: Condition, events: Sequence[EventRecord]) -> bool:
    team = [e for e in events if e.role in _TEAM]
    if condition == Condition.FIX_WITHOUT_HYPOTHESIS:
        return any(
            e.kind == EventKind.FIX_ATTEMPTED and not e.payload.get("hypothesis") for e in team
        )
    if condition == Condition.HYPOTHESIS_RECORDED:
        return any(e.kind == EventKind.HYPOTHESIS_ADDED for e in team)
    if condition == Condition.CUSTOMER_UPDATE_SENT:
        return any(
            e.kind == EventKind.UPDATE_POSTED and e.payload.get("audience") == "customers"
            for e in team
        )
    if condition == Condition.REQUEST_SENT:
        return any(e.kind == EventKind.REQUEST_SENT for e in team)
    if condition == Condition.ESCALATED:
        return any(e.kind == EventKind.ESCALATED for e in team)
    if condition == Condition.STATUS_MONITORING:
        return any(
            e.kind == EventKind.STATUS_CHANGED and e.payload.get("to") == Status.MONITORING
            for e in team
        )
    raise AssertionError(condition)


def wanted(inject: Inject, events: Sequence[EventRecord]) -> bool:
    """Whether a due inject goes out: its ``when`` holds and its ``unless`` does not."""
    if inject.when is not None and not holds(inject.when, events):
        return False
    return not (inject.unless is not None and holds(inject.unless, events))
