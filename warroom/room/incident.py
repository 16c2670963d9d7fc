"""The incident itself: declaring it, its priority and status, the business
impact and its phases, key moments, resolving it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from warroom.core.clock import utc
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.i18n import N_, _
from warroom.core.names import priority_name, status_name
from warroom.core.vocabulary import (
    EventKind,
    ImpactLevel,
    KeyMoment,
    Mode,
    Status,
    can_change_status,
)
from warroom.core.zones import known_zone
from warroom.room.base import RoomBase, checked_text, new_uid, optional_iso
from warroom.store.models import ImpactPhase, Incident
from warroom.store.repository import iso


class IncidentActions(RoomBase):
    def declare(
        self,
        title: str,
        priority: str,
        *,
        impact_what: str,
        impact_who: str = "",
        impact_count: int | None = None,
        impact_since: datetime | None = None,
        services: Sequence[str] = (),
        summary: str = "",
        mode: Mode = Mode.REAL,
        started_at: datetime | None = None,
        detected_at: datetime | None = None,
        impact_extent: str = "",
        time_zone: str = "",
        approximate: Collection[str] = (),
    ) -> int:
        """Declare an incident; return its id.

        ``impact_extent`` says how many in words where a count cannot ("80 % of
        traffic"); ``time_zone`` is the IANA zone the team gives its times in;
        ``approximate`` names the times given only roughly (``"started"``,
        ``"detected"``).
        """
        title = checked_text(title, N_("title"), limit=300)
        prio = self.matrix.get(priority)
        impact_what = checked_text(impact_what, N_("business impact (what the customer cannot do)"))
        if impact_count is not None and impact_count < 0:
            raise InvalidInput(_("the number of people affected cannot be negative"))
        zone = time_zone.strip()
        if zone and not known_zone(zone):
            raise InvalidInput(
                _("{zone!r} is not a time zone").format(zone=zone),
                hint=_("give an IANA name such as Europe/Berlin"),
            )
        rough = sorted(set(approximate))
        if not set(rough) <= {"started", "detected"}:
            raise InvalidInput(_("only the start and the detection can be given as approximate"))
        now = self.now()
        started = utc(started_at) if started_at else (utc(impact_since) if impact_since else now)
        if started > now:
            raise InvalidInput(_("the incident cannot start in the future"))
        if detected_at is not None and not started <= utc(detected_at) <= now:
            raise InvalidInput(_("the detection time lies between the start and now"))
        with self.store.write() as tx:
            # The row exists so the event has an incident to belong to; the
            # declaration's projection fills every column from the event.
            incident = Incident(
                uid=new_uid(),
                title=title,
                priority=prio.name,
                status=Status.DECLARED,
                started_at=started,
                declared_at=now,
                head_number=0,
            )
            tx.session.add(incident)
            tx.session.flush()
            self._record(
                tx,
                incident,
                EventKind.DECLARED,
                {
                    "uid": incident.uid,
                    "title": title,
                    "priority": prio.name,
                    "mode": Mode(mode).value,
                    "summary": summary.strip(),
                    "impact_what": impact_what,
                    "impact_who": impact_who.strip(),
                    "impact_count": impact_count,
                    "impact_since": optional_iso(impact_since),
                    "impact_extent": checked_text(impact_extent, N_("extent"), required=False),
                    "services": [s.strip() for s in services if s.strip()],
                    "started_at": optional_iso(started),
                    "detected_at": optional_iso(detected_at),
                    "time_zone": zone,
                    "approximate_times": rough,
                },
            )
            return incident.id

    def change_priority(
        self, incident_id: int, priority: str, reason: str = "", *, based_on: int | None = None
    ) -> None:
        prio = self.matrix.get(priority)
        with self._write(incident_id) as (tx, incident):
            self._based_on(tx, incident, incident.priority_version, based_on, N_("the priority"))
            if incident.priority == prio.name:
                raise RuleViolation(
                    _("the incident is already {priority}").format(
                        priority=priority_name(prio.name)
                    )
                )
            self._record(
                tx,
                incident,
                EventKind.PRIORITY_CHANGED,
                {"from": incident.priority, "to": prio.name, "reason": reason.strip()},
            )

    def change_status(
        self,
        incident_id: int,
        status: Status | str,
        note: str = "",
        *,
        based_on: int | None = None,
    ) -> None:
        new = Status(status)
        if new is Status.RESOLVED:
            self.resolve(incident_id, note, based_on=based_on)
            return
        with self._write(incident_id) as (tx, incident):
            self._based_on(tx, incident, incident.status_version, based_on, N_("the status"))
            old = Status(incident.status)
            if not can_change_status(old, new):
                raise RuleViolation(
                    _("the incident cannot go from {before} to {after}").format(
                        before=status_name(old), after=status_name(new)
                    )
                )
            self._record(
                tx,
                incident,
                EventKind.STATUS_CHANGED,
                {"from": old.value, "to": new.value, "note": note.strip()},
            )

    def update_impact(
        self,
        incident_id: int,
        *,
        impact_what: str | None = None,
        impact_who: str | None = None,
        impact_count: int | None = None,
        services: Sequence[str] | None = None,
        impact_extent: str | None = None,
        based_on: int | None = None,
    ) -> None:
        changed: dict[str, Any] = {}
        if impact_what is not None:
            changed["impact_what"] = checked_text(impact_what, N_("business impact"))
        if impact_who is not None:
            changed["impact_who"] = impact_who.strip()
        if impact_count is not None:
            if impact_count < 0:
                raise InvalidInput(_("the number of people affected cannot be negative"))
            changed["impact_count"] = impact_count
        if impact_extent is not None:
            changed["impact_extent"] = checked_text(impact_extent, N_("extent"), required=False)
        if services is not None:
            changed["services"] = [s.strip() for s in services if s.strip()]
        if not changed:
            raise InvalidInput(_("nothing to change in the business impact"))
        with self._write(incident_id) as (tx, incident):
            self._based_on(
                tx, incident, incident.impact_version, based_on, N_("the business impact")
            )
            self._record(tx, incident, EventKind.IMPACT_CHANGED, changed)

    def mark(
        self,
        incident_id: int,
        moment: KeyMoment | str,
        at: datetime | None = None,
        note: str = "",
        *,
        approximate: bool = False,
    ) -> None:
        """Mark a key moment (detected, mitigated, ...) at ``at`` or now.

        This records when something happened; the status itself changes with
        ``change_status`` and ``resolve``. ``approximate``: the time is known
        only roughly ("around 23:00").
        """
        key = KeyMoment(moment)
        moment_at = utc(at) if at else self.now()
        if moment_at > self.now():
            raise InvalidInput(_("a key moment cannot lie in the future"))
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.KEY_MOMENT,
                {
                    "moment": key.value,
                    "at": iso(moment_at),
                    "approximate": approximate,
                    "note": note.strip(),
                },
            )

    def resolve(self, incident_id: int, summary: str = "", *, based_on: int | None = None) -> None:
        with self._write(incident_id) as (tx, incident):
            self._based_on(tx, incident, incident.status_version, based_on, N_("the status"))
            old = Status(incident.status)
            if not old.is_active:
                raise RuleViolation(
                    _("the incident is already {status}").format(status=status_name(old))
                )
            self._record(
                tx,
                incident,
                EventKind.RESOLVED,
                {"from": old.value, "summary": summary.strip()},
            )

    # -- impact phases: an outage, then a partial restoration, ... -------------

    def begin_impact_phase(
        self,
        incident_id: int,
        level: ImpactLevel | str,
        what: str,
        *,
        at: datetime | None = None,
        extent: str = "",
        count: int | None = None,
        approximate: bool = False,
    ) -> str:
        """A phase of the impact begins at ``at`` (or now); return its uid.

        A partial restoration is a degraded phase that begins when the outage
        phase ends: ``what`` says what still does not work, ``extent`` how many
        in words ("about half of the users"), ``count`` a number when there is one.
        """
        phase_level = ImpactLevel(level)
        what = checked_text(what, N_("what the phase's impact is"))
        extent = checked_text(extent, N_("extent"), required=False)
        if count is not None and count < 0:
            raise InvalidInput(_("the number affected cannot be negative"))
        began = self._moment(at)
        uid = new_uid()
        with self._write(incident_id) as (tx, incident):
            self._record(
                tx,
                incident,
                EventKind.PHASE_BEGAN,
                {
                    "uid": uid,
                    "level": phase_level.value,
                    "what": what,
                    "extent": extent,
                    "count": count,
                    "at": iso(began),
                    "approximate": approximate,
                },
            )
            return uid

    def end_impact_phase(
        self,
        incident_id: int,
        phase_uid: str,
        *,
        at: datetime | None = None,
        approximate: bool = False,
        note: str = "",
        based_on: int | None = None,
    ) -> None:
        """The phase ends at ``at`` (or now): restored, or turned into the next phase."""
        ended = self._moment(at)
        with self._write(incident_id) as (tx, incident):
            phase = self._entity(tx, ImpactPhase, incident_id, phase_uid, N_("impact phase"))
            self._based_on(tx, incident, phase.version, based_on, N_("the impact phase"))
            if phase.ended_at is not None:
                raise RuleViolation(_("this impact phase has already ended"))
            if ended < phase.started_at:
                raise InvalidInput(_("an impact phase cannot end before it began"))
            self._record(
                tx,
                incident,
                EventKind.PHASE_ENDED,
                {
                    "uid": phase.uid,
                    "level": phase.level,
                    "at": iso(ended),
                    "approximate": approximate,
                    "note": note.strip(),
                },
            )

    def _moment(self, at: datetime | None) -> datetime:
        moment = utc(at) if at else self.now()
        if moment > self.now():
            raise InvalidInput(_("a moment of the incident cannot lie in the future"))
        return moment
