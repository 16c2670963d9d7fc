"""Commands on the record as a whole: list, demo, stats, rebuild, and a shared room's set-up."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from warroom.cli.common import EXIT_OK, pad, text_width
from warroom.core.i18n import _, ngettext
from warroom.core.text import for_terminal

if TYPE_CHECKING:
    from warroom.room import WarRoom


def _incident_zones(room: WarRoom) -> dict[int, tuple[str, bool]]:
    """By id: the zone an incident's times were given in (an imported postmortem's), and
    whether its declaration time is only approximate."""
    from sqlalchemy import select

    from warroom.store.models import Incident

    query = select(Incident.id, Incident.time_zone, Incident.approximate_times)
    with room.store.read() as session:
        return {
            row.id: (row.time_zone or "", "declared" in (row.approximate_times or ()))
            for row in session.execute(query)
        }


def cmd_list(db: str | None, as_json: bool) -> int:
    from warroom.core.i18n import _
    from warroom.core.zones import TimeStyle
    from warroom.report.model import incident_zone
    from warroom.room import WarRoom

    room = WarRoom.open(db)
    try:
        incidents = room.list_incidents()
        zones = _incident_zones(room)
    finally:
        room.close()
    if as_json:
        rows = [
            {
                "id": i.id,
                "uid": i.uid,
                "title": i.title,
                "priority": i.priority,
                "status": i.status,
                "mode": i.mode,
                "active": i.is_active,
                "started_at": i.started_at.isoformat(),
                "declared_at": i.declared_at.isoformat(),
                "resolved_at": i.resolved_at.isoformat() if i.resolved_at else None,
                "events": i.events,
                "time_zone": zones.get(i.id, ("", False))[0],
            }
            for i in incidents
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not incidents:
        print(_("No incidents yet. `warroom demo` creates a sample one."))
        return EXIT_OK
    from warroom.core.names import priority_name, status_name

    # UTC whatever the machine's zone, as in the report; beside it the zone the
    # incident's times were given in, where that is not UTC.
    declared = {}
    for i in incidents:
        zone, rough = zones.get(i.id, ("", False))
        stamp = TimeStyle(incident_zone(zone)).stamp(i.declared_at)
        declared[i.id] = _("about {0}").format(stamp) if rough else stamp
    columns = [_("ID"), _("PRIORITY"), _("STATUS"), _("DECLARED"), _("EVENTS"), _("TITLE")]
    # Each column as wide as its heading in this language, at least as wide as before.
    stamps = max([16, *(text_width(text) for text in declared.values())])
    width = [max(w, text_width(c)) for w, c in zip((4, 9, 13, stamps, 6), columns, strict=False)]
    print(
        f"{pad(columns[0], width[0], right=True)}  {pad(columns[1], width[1])} "
        f"{pad(columns[2], width[2])} {pad(columns[3], width[3])}  "
        f"{pad(columns[4], width[4], right=True)}  {columns[5]}"
    )
    for i in incidents:
        mark = " " + _("[exercise]") if i.mode == "exercise" else ""
        print(
            f"{pad(str(i.id), width[0], right=True)}  {pad(priority_name(i.priority), width[1])} "
            f"{pad(status_name(i.status), width[2])} {pad(declared[i.id], width[3])}  "
            f"{pad(str(i.events), width[4], right=True)}  {for_terminal(i.title)}{mark}"
        )
    return EXIT_OK


def cmd_demo(db: str | None) -> int:
    from warroom.demo import create_demo_incident
    from warroom.room import WarRoom

    room = WarRoom.open(db)
    try:
        print(create_demo_incident(room))
    finally:
        room.close()
    return EXIT_OK


def cmd_room_init(url: str, role: str, password_stdin: bool) -> int:
    from warroom.rooms import init_room, with_stored_password

    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    room = init_room(with_stored_password(url), role=role, password=password)
    if room.role_created:
        print(_("room ready; the seats' role {role} created").format(role=role))
    else:
        print(
            _("room ready; the seats' role {role} already there; its rights renewed").format(
                role=role
            )
        )
    print(_("seats join with: {url}").format(url=room.seat_url))
    return EXIT_OK


def cmd_rebuild(db: str | None, incident_id: int) -> int:
    from warroom.core.errors import NothingToDo
    from warroom.room import WarRoom

    room = WarRoom.open(db)
    try:
        differences = room.rebuild(incident_id)
    except NothingToDo as exc:
        print(exc.message)
        return EXIT_OK
    finally:
        room.close()
    print(
        ngettext(
            "incident #{id}: {n} row was rebuilt from the events:",
            "incident #{id}: {n} rows were rebuilt from the events:",
            len(differences),
        ).format(id=incident_id, n=len(differences))
    )
    for difference in differences:
        print(f"  {for_terminal(str(difference))}")
    return EXIT_OK


def cmd_stats(db: str | None, as_json: bool, include_exercises: bool) -> int:
    from warroom.core.timing import format_duration
    from warroom.report.stats import collect
    from warroom.room import WarRoom

    room = WarRoom.open(db)
    try:
        stats = collect(room.store, room.matrix.names, include_exercises=include_exercises)
    finally:
        room.close()
    if as_json:
        print(json.dumps(stats.as_json(), indent=2, ensure_ascii=False))
        return EXIT_OK

    def dur(value: object) -> str:
        return "—" if value is None else format_duration(value)  # type: ignore[arg-type]

    from warroom.core.names import priority_name

    if include_exercises:
        scope = _("{n} incidents, {resolved} resolved")
    else:
        scope = _("{n} real incidents (exercises left out), {resolved} resolved")
    print(scope.format(n=len(stats.incidents), resolved=len(stats.resolved)))
    print(_("mean time to restore: {duration}").format(duration=dur(stats.mean_time_to_restore())))
    for priority in stats.priorities:
        print(f"  {pad(priority_name(priority), 9)} {dur(stats.mean_time_to_restore(priority))}")
    print(_("escalated: {n}").format(n=sum(1 for i in stats.incidents if i.escalated)))
    recurring = stats.recurrence()
    if recurring:
        print(_("root causes by category:"))
        for category, count in recurring.items():
            print(f"  {count:>3}  {category}")
    by_service = stats.recurrence_by_service()
    if by_service:
        print(_("services affected:"))
        for service, seen in by_service.items():
            causes = ", ".join(f"{c} {n}" for c, n in seen["categories"].items())
            print(f"  {seen['incidents']:>3}  {for_terminal(service)}  ({for_terminal(causes)})")
    return EXIT_OK
