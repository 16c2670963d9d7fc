"""Trends across incidents: time to restore, recurrence, update punctuality.

Exercises are left out unless asked for: rehearsals must not flatter or spoil
the real figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from warroom.core.metrics import mean_duration, recurrence
from warroom.core.promises import SentUpdate, judge_promises, kept_ratio
from warroom.core.vocabulary import Mode
from warroom.store.models import Incident, RootCause, StatusUpdate
from warroom.store.repository import Store


@dataclass(frozen=True)
class IncidentFacts:
    id: int
    title: str
    priority: str
    mode: str
    started_at: datetime
    resolved_at: datetime | None
    escalated: bool
    category: str | None
    promises_kept: float | None
    services: tuple[str, ...] = ()

    @property
    def time_to_restore(self) -> timedelta | None:
        return None if self.resolved_at is None else self.resolved_at - self.started_at


@dataclass(frozen=True)
class Stats:
    incidents: tuple[IncidentFacts, ...]
    since: datetime | None
    until: datetime | None
    priorities: tuple[str, ...]

    @property
    def resolved(self) -> list[IncidentFacts]:
        return [i for i in self.incidents if i.resolved_at is not None]

    def mean_time_to_restore(self, priority: str | None = None) -> timedelta | None:
        return mean_duration(
            i.time_to_restore for i in self.resolved if priority in (None, i.priority)
        )

    def restore_by_month(self) -> list[tuple[str, str, float]]:
        """(month, priority, mean hours to restore)."""
        groups: dict[tuple[str, str], list[timedelta]] = defaultdict(list)
        for i in self.resolved:
            ttr = i.time_to_restore
            assert ttr is not None
            groups[(f"{i.started_at:%Y-%m}", i.priority)].append(ttr)
        return [
            (month, prio, sum(v.total_seconds() for v in values) / len(values) / 3600)
            for (month, prio), values in sorted(groups.items())
        ]

    def recurrence(self) -> dict[str, int]:
        return recurrence(i.category for i in self.incidents if i.category is not None)

    def recurrence_by_service(self) -> dict[str, dict[str, Any]]:
        """How often each service was affected, and by which root-cause categories.

        Most affected first; services are compared ignoring case (the first
        spelling seen is shown). Incidents without a root cause count as
        "no root cause yet".
        """
        counts: dict[str, int] = defaultdict(int)
        categories: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        names: dict[str, str] = {}
        for incident in self.incidents:
            for service in dict.fromkeys(s.strip() for s in incident.services if s.strip()):
                key = names.setdefault(service.casefold(), service)
                counts[key] += 1
                category = (incident.category or "").strip() or "no root cause yet"
                categories[key][category] += 1
        return {
            name: {
                "incidents": count,
                "categories": dict(
                    sorted(categories[name].items(), key=lambda item: (-item[1], item[0]))
                ),
            }
            for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        }

    def punctuality_over_time(self) -> list[tuple[datetime, float]]:
        return [
            (i.started_at, i.promises_kept)
            for i in sorted(self.incidents, key=lambda i: i.started_at)
            if i.promises_kept is not None
        ]

    def as_json(self) -> dict[str, Any]:
        def hours(value: timedelta | None) -> float | None:
            return None if value is None else round(value.total_seconds() / 3600, 3)

        return {
            "incidents": len(self.incidents),
            "resolved": len(self.resolved),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "mean_hours_to_restore": hours(self.mean_time_to_restore()),
            "mean_hours_to_restore_by_priority": {
                p: hours(self.mean_time_to_restore(p)) for p in self.priorities
            },
            "escalations": sum(1 for i in self.incidents if i.escalated),
            "restore_by_month": [
                {"month": m, "priority": p, "mean_hours": round(h, 3)}
                for m, p, h in self.restore_by_month()
            ],
            "recurrence_by_category": self.recurrence(),
            "recurrence_by_service": self.recurrence_by_service(),
            "update_promises_kept": [
                {"started_at": at.isoformat(), "kept": round(k, 3)}
                for at, k in self.punctuality_over_time()
            ],
        }


@dataclass(frozen=True)
class ServiceHistory:
    """One service an incident affected: how often it was affected before, and why then."""

    service: str
    before: int
    categories: tuple[tuple[str, int], ...]  # most frequent first
    incidents: tuple[int, ...]  # the earlier incidents, newest first

    def categories_text(self) -> str:
        return ", ".join(f"{name} {count}" for name, count in self.categories) or "—"

    def incidents_text(self) -> str:
        more = self.before - len(self.incidents)
        named = ", ".join(f"#{i}" for i in self.incidents) or "—"
        return f"{named} and {more} more" if more > 0 else named


# The earlier incidents a report names for one service; the count covers them all.
NAMED_BEFORE = 10


def service_history(
    store: Store, incident_id: int, services: tuple[str, ...] | list[str], started_at: datetime
) -> tuple[ServiceHistory, ...]:
    """For each service of this incident, the real incidents that affected it before.

    "Before" is by start time; exercises are left out (a drill does not make a
    service less reliable). Services are compared ignoring case, as in
    ``recurrence_by_service``.
    """
    wanted = {s.strip().casefold(): s.strip() for s in services if s.strip()}
    if not wanted:
        return ()
    earlier: dict[str, list[int]] = {key: [] for key in wanted}
    with store.read() as s:
        rows = s.execute(
            select(Incident.id, Incident.services)
            .where(
                Incident.mode == Mode.REAL,
                Incident.id != incident_id,
                Incident.started_at < started_at,
            )
            .order_by(Incident.started_at.desc(), Incident.id.desc())
        )
        for row in rows:
            for key in {str(name).strip().casefold() for name in row.services or ()}:
                if key in earlier:
                    earlier[key].append(row.id)
        ids = {i for found in earlier.values() for i in found}
        categories: dict[int, str] = {
            row.incident_id: row.category
            for row in s.execute(
                select(RootCause.incident_id, RootCause.category).where(
                    RootCause.incident_id.in_(ids)
                )
            )
        }
    history = []
    for key, name in wanted.items():
        counts: dict[str, int] = defaultdict(int)
        for i in earlier[key]:
            counts[(categories.get(i) or "").strip() or "no root cause yet"] += 1
        history.append(
            ServiceHistory(
                service=name,
                before=len(earlier[key]),
                categories=tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))),
                incidents=tuple(earlier[key][:NAMED_BEFORE]),
            )
        )
    return tuple(history)


def collect(
    store: Store,
    priorities: tuple[str, ...],
    *,
    include_exercises: bool = False,
    since: datetime | None = None,
    until: datetime | None = None,
    priority: str | None = None,
) -> Stats:
    now = store.clock.now()
    with store.read() as s:
        query = select(Incident)
        if not include_exercises:
            query = query.where(Incident.mode == Mode.REAL)
        if since is not None:
            query = query.where(Incident.started_at >= since)
        if until is not None:
            query = query.where(Incident.started_at < until)
        if priority is not None:
            query = query.where(Incident.priority == priority)
        incidents = list(s.scalars(query.order_by(Incident.started_at)))
        ids = [i.id for i in incidents]
        categories: dict[int, str] = {
            row.incident_id: row.category
            for row in s.execute(
                select(RootCause.incident_id, RootCause.category).where(
                    RootCause.incident_id.in_(ids)
                )
            )
        }
        updates: dict[int, list[SentUpdate]] = defaultdict(list)
        for u in s.scalars(select(StatusUpdate).where(StatusUpdate.incident_id.in_(ids))):
            updates[u.incident_id].append(
                SentUpdate(u.sent_at, u.next_update_at, u.is_final, u.audience)
            )
        facts = tuple(
            IncidentFacts(
                id=i.id,
                title=i.title,
                priority=i.priority,
                mode=i.mode,
                started_at=i.started_at,
                resolved_at=i.resolved_at,
                escalated=i.escalated_at is not None,
                category=categories.get(i.id),
                services=tuple(i.services or ()),
                promises_kept=kept_ratio(
                    judge_promises(updates[i.id], resolved_at=i.resolved_at, now=now)
                ),
            )
            for i in incidents
        )
    return Stats(facts, since, until, priorities)
