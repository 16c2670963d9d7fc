"""The command line: a stable contract that scripts and tests rely on (see DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from warroom import __version__
from warroom.core.errors import UserError
from warroom.core.i18n import N_, _, activate, ngettext, system_language
from warroom.core.language import LANGUAGES
from warroom.core.redact import redact
from warroom.core.text import for_terminal

if TYPE_CHECKING:
    from warroom.room import WarRoom

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_USER = 2
EXIT_BUG = 70
ROLES = ("lead", "diagnostician", "communicator", "scribe")


# argparse's own words, which the standard library ships in English only: marked here
# so that pybabel extracts them, and read from our catalogs (see _argparse_speaks).
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
)


def _argparse_speaks() -> None:
    """argparse's usage line, headings and errors in the current language."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_(
            "a database file path or SQLAlchemy URL (default: WARROOM_DB, "
            "then warroom.sqlite3 in the user data folder)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warroom",
        description=_("Run the war room of a major IT incident, rehearse it, prove what happened."),
    )
    parser.add_argument("--version", action="version", version=f"warroom {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help=_("open the app (the default)"))
    _add_db(gui)
    gui.add_argument("--role", choices=ROLES, help=_("take this role when an incident opens"))
    gui.add_argument("--wall", action="store_true", help=_("open the full-screen wall display"))
    gui.add_argument(
        "--smoke",
        action="store_true",
        help=_("build and paint the window, print start-up time, exit"),
    )

    demo = sub.add_parser("demo", help=_("create a realistic sample incident; print its id"))
    _add_db(demo)

    lst = sub.add_parser("list", help=_("list incidents, active ones first"))
    _add_db(lst)
    lst.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    export = sub.add_parser("export", help=_("export an incident"))
    export.add_argument("id", type=int, help=_("the incident id (see `warroom list`)"))
    export.add_argument(
        "--format",
        required=True,
        choices=("json", "md", "html", "pdf"),
        help=_("json: the complete record (importable); md, html, pdf: the incident report"),
    )
    export.add_argument("-o", "--output", type=Path, help=_("write to this file instead of stdout"))
    export.add_argument(
        "--zone",
        metavar="ZONE",
        help=_("show this time zone beside UTC (IANA name: Europe/Berlin)"),
    )
    export.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("the report's language (default: the system's); json is the same in every language"),
    )
    export.add_argument(
        "--answer-key",
        action="store_true",
        help="json of an exercise: add the scenario file with its answer key (the trainer's "
        "archive; never give this file to players)",
    )
    _add_db(export)

    imp = sub.add_parser("import", help=_("import an exported incident; print its new id"))
    imp.add_argument("file", type=Path)
    _add_db(imp)

    exercise = sub.add_parser("exercise", help=_("rehearse: training scenarios"))
    exercise_sub = exercise.add_subparsers(dest="exercise_command", metavar="ACTION", required=True)
    exercise_sub.add_parser("list", help=_("the built-in scenarios"))
    run = exercise_sub.add_parser("run", help=_("open the trainer console and start a scenario"))
    run.add_argument("scenario", help=_("a built-in scenario name or a scenario file"))
    run.add_argument(
        "--speed", type=float, default=1.0, help=_("simulated time runs N times as fast (1 to 20)")
    )
    run.add_argument(
        "--dry-run", action="store_true", help=_("check the scenario and print its schedule only")
    )
    _add_db(run)
    check = exercise_sub.add_parser(
        "check", help=_("every error and warning of a scenario file at once")
    )
    check.add_argument("file", type=Path, help=_("a scenario .toml file (or a built-in's name)"))
    check.add_argument(
        "--speed", type=float, default=1.0, help=_("warn about windows too short at this speed")
    )
    packet = exercise_sub.add_parser(
        "packet", help=_("the players' packet or the controller/evaluator handbook")
    )
    packet.add_argument("scenario", help=_("a built-in scenario name or a scenario file"))
    packet.add_argument("--format", choices=["md", "pdf"], default="md")
    packet.add_argument(
        "--for",
        dest="audience",
        choices=["players", "controllers"],
        default="players",
        help=_("players (briefings only) or controllers (the handbook with the answer key)"),
    )
    packet.add_argument("-o", "--output", type=Path, help=_("write to FILE instead of stdout"))
    packet.add_argument(
        "--lang", choices=["en", "de", "ja"], help=_("the language of the scenario's texts")
    )
    report = exercise_sub.add_parser(
        "report", help=_("an exercise's after-action report, or its improvement plan as CSV")
    )
    report.add_argument("id", type=int)
    report.add_argument("--format", choices=["md", "html", "pdf", "csv"], default="md")
    report.add_argument("-o", "--output", type=Path, help=_("write to FILE instead of stdout"))
    report.add_argument(
        "--lang", choices=["en", "de", "ja"], help=_("the language of the scenario's texts")
    )
    _add_db(report)

    stats = sub.add_parser("stats", help=_("trends across incidents (exercises left out)"))
    _add_db(stats)
    stats.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    stats.add_argument("--include-exercises", action="store_true", help=_("count rehearsals too"))

    verify = sub.add_parser(
        "verify",
        help=_("check that an incident's record is intact (chain and state), or an exported file"),
    )
    verify.add_argument("target", metavar="ID|FILE", help=_("an incident id, or an exported .json"))
    verify.add_argument(
        "--fingerprint",
        metavar="HASH",
        help=_("also check that the record ends in this hash (the fingerprint a report prints)"),
    )
    _add_db(verify)

    rebuild = sub.add_parser(
        "rebuild", help=_("make an incident's state rows what its chained events say again")
    )
    rebuild.add_argument("id", type=int)
    _add_db(rebuild)

    search = sub.add_parser(
        "search", help=_("search every incident's record; exercises left out unless asked")
    )
    search.add_argument(
        "query", nargs="?", default="", help=_("words to find (every word is text)")
    )
    search.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    search.add_argument("--include-exercises", action="store_true", help=_("search rehearsals too"))
    search.add_argument("--limit", type=int, default=20, help=_("at most N results (20)"))
    search.add_argument(
        "--rebuild-index", action="store_true", help=_("index every event again, then search")
    )
    _add_db(search)

    catalogue = sub.add_parser("catalogue", help=_("the service catalogue as a TOML file"))
    catalogue_sub = catalogue.add_subparsers(
        dest="catalogue_command", metavar="ACTION", required=True
    )
    cat_import = catalogue_sub.add_parser("import", help=_("make the catalogue what FILE says"))
    cat_import.add_argument("file", type=Path)
    _add_db(cat_import)
    cat_export = catalogue_sub.add_parser(
        "export", help=_("write the catalogue to FILE (- : stdout)")
    )
    cat_export.add_argument("file", type=Path)
    _add_db(cat_export)

    room = sub.add_parser("room", help=_("a shared room on PostgreSQL"))
    room_sub = room.add_subparsers(dest="room_command", metavar="ACTION", required=True)
    init = room_sub.add_parser(
        "init", help=_("create or upgrade the schema and the seats' role (run as the owner)")
    )
    init.add_argument("url", help=_("the owner's address: postgresql+psycopg://owner@host/db"))
    init.add_argument("--role", default="warroom_seat", help=_("the seats' role (warroom_seat)"))
    init.add_argument(
        "--password-stdin",
        action="store_true",
        help=_("read the seats' role password from standard input (else the server must trust)"),
    )
    return parser


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


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes (a Japanese letter takes two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns."""
    space = " " * max(0, width - _columns(text))
    return space + text if right else text + space


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
    stamps = max([16, *(_columns(text) for text in declared.values())])
    width = [max(w, _columns(c)) for w, c in zip((4, 9, 13, stamps, 6), columns, strict=False)]
    print(
        f"{_pad(columns[0], width[0], right=True)}  {_pad(columns[1], width[1])} "
        f"{_pad(columns[2], width[2])} {_pad(columns[3], width[3])}  "
        f"{_pad(columns[4], width[4], right=True)}  {columns[5]}"
    )
    for i in incidents:
        mark = " " + _("[exercise]") if i.mode == "exercise" else ""
        print(
            f"{_pad(str(i.id), width[0], right=True)}  {_pad(priority_name(i.priority), width[1])} "
            f"{_pad(status_name(i.status), width[2])} {_pad(declared[i.id], width[3])}  "
            f"{_pad(str(i.events), width[4], right=True)}  {for_terminal(i.title)}{mark}"
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


def cmd_export(
    db: str | None,
    incident_id: int,
    fmt: str,
    output: Path | None,
    zone: str | None = None,
    lang: str | None = None,
    answer_key: bool = False,
) -> int:
    from warroom.atomic import write_atomically
    from warroom.core.zones import named_zone
    from warroom.report.export import export_bytes
    from warroom.room import WarRoom

    second = None if zone is None else named_zone(zone)  # before anything is opened or written
    if answer_key and fmt != "json":
        raise UserError(
            "--answer-key belongs to the json export",
            hint="the reports never carry the answer key; the after-action report is "
            "`warroom exercise report ID`",
        )
    room = WarRoom.open(db)
    try:
        data = export_bytes(
            room.store, incident_id, fmt, room.now(), second, lang, answer_key=answer_key
        )
    finally:
        room.close()
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomically(output, data)
    if fmt == "json" and not answer_key and _carries_old_answer_key(data):
        print(
            "note: this exercise was recorded before warroom 0.3, when the scenario file "
            "was written into the record itself: this export carries the answer key; "
            "do not give it to players (give them the report: --format md|html|pdf)",
            file=sys.stderr,
        )
    return EXIT_OK


def _carries_old_answer_key(data: bytes) -> bool:
    import json

    document = json.loads(data)
    return any(
        e["kind"] == "exercise.started" and "text" in e["payload"] for e in document["timeline"]
    )


def cmd_import(db: str | None, path: Path) -> int:
    from warroom import exchange
    from warroom.room import WarRoom

    # Check the file before touching the database, so a bad file cannot even
    # create an empty database.
    incoming = exchange.read_document(path)
    made = _new_database_file(db)
    room = WarRoom.open(db)
    try:
        imported = exchange.import_document(room.store, incoming, room.actor)
    except UserError:
        room.close()
        # Refused inside the transaction (its state disagrees with its events): a
        # database made only to take this file goes too, so nothing is left behind.
        for leftover in made:
            leftover.unlink(missing_ok=True)
        raise
    room.close()
    print(imported.incident_id)
    # Which way in (a verified export, or a foreign record given a fresh chain):
    # said on stderr, so that stdout stays the new id scripts read.
    print(for_terminal(imported.describe()), file=sys.stderr)
    return EXIT_OK


def _new_database_file(db: str | None) -> list[Path]:
    """The files of a SQLite database that opening ``db`` would create, or none."""
    from warroom.store.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(db))
    if path is None or path.exists():
        return []
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]


def cmd_verify(db: str | None, target: str, fingerprint: str | None) -> int:
    if not target.isdigit():
        return _verify_file(Path(target), fingerprint)
    from warroom.room import WarRoom

    incident_id = int(target)
    room = WarRoom.open(db)
    try:
        summary = room.incident(incident_id)
        broken = room.verify(incident_id)
        head = room.store.head_hash(incident_id)
    finally:
        room.close()
    if broken is not None:
        print(
            _("incident #{id}: record BROKEN at {problem}").format(
                id=incident_id, problem=for_terminal(str(broken))
            ),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    if fingerprint is not None and not _same_fingerprint(head, fingerprint):
        print(
            _(
                "incident #{id}: the record is intact, but it ends in {head}, "
                "not in the fingerprint given ({fingerprint})"
            ).format(id=incident_id, head=head, fingerprint=fingerprint.strip()),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    if fingerprint:
        said = ngettext(
            "incident #{id}: record intact ({n} event) and matches the fingerprint",
            "incident #{id}: record intact ({n} events) and matches the fingerprint",
            summary.events,
        )
    else:
        said = ngettext(
            "incident #{id}: record intact ({n} event)",
            "incident #{id}: record intact ({n} events)",
            summary.events,
        )
    print(said.format(id=incident_id, n=summary.events))
    return EXIT_OK


def _same_fingerprint(head: str, given: str) -> bool:
    # Reports print the whole hash; people may paste it with spaces or in capitals.
    return head == "".join(given.split()).lower()


def _verify_file(path: Path, fingerprint: str | None) -> int:
    """An exported document: its chain, its state against its events, its fingerprint."""
    from warroom import exchange
    from warroom.core.vocabulary import ChainState

    document = exchange.open_document(path)
    try:
        incoming = exchange.check_document(document, str(path))
        if incoming.chain is ChainState.ABSENT:
            exchange.check_importable(incoming)
            print(
                _(
                    "{path}: record NOT PROVEN: the file has no hash chain (a foreign incident; "
                    "`warroom import` takes it and gives it a fresh chain)"
                ).format(path=path),
                file=sys.stderr,
            )
            return EXIT_BROKEN
        if incoming.chain is ChainState.BROKEN:
            raise UserError(
                _("the record's hash chain is broken at {problem}").format(
                    problem=incoming.chain_problem
                )
            )
        exchange.check_importable(incoming)
    except UserError as exc:
        print(
            _("{path}: record BROKEN: {problem}").format(
                path=path, problem=for_terminal(exc.message)
            ),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    head = str(document["integrity"]["head_hash"])
    if fingerprint is not None and not _same_fingerprint(head, fingerprint):
        print(
            _(
                "{path}: the record is intact, but it ends in {head}, "
                "not in the fingerprint given ({fingerprint})"
            ).format(path=path, head=head, fingerprint=fingerprint.strip()),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    events = document["integrity"]["events"]
    if fingerprint:
        said = ngettext(
            "{path}: record intact ({n} event) and matches the fingerprint",
            "{path}: record intact ({n} events) and matches the fingerprint",
            int(events),
        )
    else:
        said = ngettext(
            "{path}: record intact ({n} event)", "{path}: record intact ({n} events)", int(events)
        )
    print(said.format(path=path, n=events))
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
        print(f"  {_pad(priority_name(priority), 9)} {dur(stats.mean_time_to_restore(priority))}")
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


def cmd_search(args: argparse.Namespace) -> int:
    from warroom.room import WarRoom

    if not args.query.strip() and not args.rebuild_index:
        raise UserError(
            _("the search is empty"), hint=_('give words to find: warroom search "timeout"')
        )
    room = WarRoom.open(args.db)
    try:
        if args.rebuild_index:
            read = room.rebuild_search_index()
            print(
                ngettext(
                    "search index rebuilt from {n} event",
                    "search index rebuilt from {n} events",
                    read,
                ).format(n=read),
                file=sys.stderr,
            )
            if not args.query.strip():
                return EXIT_OK
        hits = room.search(args.query, include_exercises=args.include_exercises, limit=args.limit)
    finally:
        room.close()
    if args.json:
        rows = [
            {
                "incident": hit.incident_id,
                "incident_uid": hit.incident_uid,
                "title": hit.title,
                "mode": hit.mode,
                "status": hit.status,
                "event": hit.number,
                "kind": hit.kind,
                "at": hit.at.isoformat(),
                "snippet": hit.snippet.text,
                "highlights": [list(span) for span in hit.snippet.spans],
                "score": round(hit.score, 6),
            }
            for hit in hits
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(_("nothing found"))
        return EXIT_OK
    for hit in hits:
        mark = " " + _("[exercise]") if hit.mode == "exercise" else ""
        where = _("#{id} event {number}").format(id=hit.incident_id, number=hit.number)
        print(f"{where}  {for_terminal(hit.title)}{mark}")
        print(f"    {for_terminal(hit.snippet.marked())}")
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from warroom.atomic import write_atomically
    from warroom.room import WarRoom

    room = WarRoom.open(args.db)
    try:
        if args.catalogue_command == "import":
            catalogue = room.import_catalogue(args.file)
            print(
                ngettext(
                    "catalogue: {n} service from {file}",
                    "catalogue: {n} services from {file}",
                    len(catalogue.services),
                ).format(n=len(catalogue.services), file=args.file)
            )
            for service, dependency in catalogue.unknown_dependencies():
                print(
                    _(
                        "note: {service} depends on {dependency}, "
                        "which the catalogue does not describe"
                    ).format(service=for_terminal(service), dependency=for_terminal(dependency)),
                    file=sys.stderr,
                )
            return EXIT_OK
        data = room.catalogue_toml()
    finally:
        room.close()
    if str(args.file) == "-":
        sys.stdout.write(data)
    else:
        write_atomically(args.file, data.encode("utf-8"))
    return EXIT_OK


def cmd_exercise(args: argparse.Namespace) -> int:
    from warroom.core.i18n import current
    from warroom.core.names import priority_name
    from warroom.core.timing import format_duration, format_span
    from warroom.exercise.scenario import builtin_scenarios, find_scenario, format_offset

    if args.exercise_command == "list":
        for scenario in builtin_scenarios():
            # The key stays as typed on the command line; title and priority as the room reads them.
            shown = scenario.in_language(current())
            injects = ngettext("{n} inject", "{n} injects", len(scenario.injects)).format(
                n=f"{len(scenario.injects):>2}"
            )
            print(
                f"{scenario.key:<34} {_pad(priority_name(scenario.priority), 9)} "
                f"{format_offset(scenario.duration):>5}  {injects}  {shown.title}"
            )
        return EXIT_OK
    if args.exercise_command == "check":
        return cmd_exercise_check(args.file, args.speed)
    if args.exercise_command == "packet":
        from warroom.exercise.packet import packet_bytes

        packet = packet_bytes(find_scenario(args.scenario), args.audience, args.format, args.lang)
        _emit(packet, args.output)
        return EXIT_OK
    if args.exercise_command == "report":
        return cmd_exercise_report(args.db, args.id, args.format, args.output, args.lang)
    scenario = find_scenario(args.scenario)
    if not 1 <= args.speed <= 20:
        raise UserError(
            _("speed {speed} is out of range").format(speed=f"{args.speed:g}"),
            hint=_("choose 1 to 20"),
        )
    if args.dry_run:
        shown = scenario.in_language(current())
        print(
            f"{shown.title} ({priority_name(scenario.priority)}), "
            f"{format_offset(scenario.duration)}"
        )
        for inject in shown.injects:
            wall = inject.at / args.speed
            expect = ""
            if inject.expect is not None:
                expect = "  -> " + _("{role} {action} within {duration}").format(
                    role=inject.expect.role.value,
                    action=inject.expect.action.value,
                    duration=format_duration(inject.expect.within),
                )
            schedule = _("(wall clock +{wall})").format(wall=f"{format_span(wall):>5}")
            to = _("to {target}").format(target=f"{inject.to:<13}")
            print(f"  +{format_offset(inject.at):>5} {schedule}  {to} #{inject.number}{expect}")
        return EXIT_OK
    from warroom.app import run_gui

    # The name or path as given: a scenario file runs itself, not a built-in of the same stem.
    return run_gui(db=args.db, exercise=(args.scenario, args.speed))


def _emit(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from warroom.atomic import write_atomically

    write_atomically(output, data)


def cmd_exercise_check(file: Path, speed: float) -> int:
    """Print every finding; exit 2 when the file has errors, 0 otherwise (warnings included)."""
    from warroom.exercise.check import ERROR, check_file
    from warroom.exercise.scenario import builtin_dir, builtin_keys

    if not 1 <= speed <= 20:
        raise UserError(
            _("speed {speed} is out of range").format(speed=f"{speed:g}"), hint=_("choose 1 to 20")
        )
    path = builtin_dir() / f"{file}.toml" if str(file) in builtin_keys() else file
    scenario, findings = check_file(path, speed)
    for finding in findings:
        print(for_terminal(finding.line()))
    errors = sum(1 for f in findings if f.severity == ERROR)
    warnings = len(findings) - errors
    name = scenario.title if scenario is not None else path.name
    counts = _("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings)
    print(f"{for_terminal(name)}: {counts}")
    return EXIT_USER if errors else EXIT_OK


def cmd_exercise_report(
    db: str | None, incident_id: int, fmt: str, output: Path | None, lang: str | None = None
) -> int:
    from warroom.exercise.after_action import after_action_bytes
    from warroom.exercise.record import exercise_time
    from warroom.room import WarRoom

    room = WarRoom.open(db)
    try:
        # "Now" on the exercise's own clock: the story's time, paused or running.
        now = exercise_time(room.store.events(incident_id), room.now())
        data = after_action_bytes(room.store, incident_id, fmt, now, lang)
    finally:
        room.close()
    _emit(data, output)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from warroom.app import run_gui

    return run_gui(db=args.db, role=args.role, wall=args.wall, smoke=args.smoke)


def _with_password(args: argparse.Namespace) -> argparse.Namespace:
    """A shared room's password comes from the keyring, never from the command line."""
    db = getattr(args, "db", None) or os.environ.get("WARROOM_DB")
    if db and "://" in db:
        from warroom.rooms import with_stored_password

        args.db = with_stored_password(db)
    return args


def dispatch(args: argparse.Namespace) -> int:
    args = _with_password(args)
    command = args.command or "gui"
    if command == "gui":
        if args.command is None:
            args = argparse.Namespace(db=None, role=None, wall=False, smoke=False)
        return cmd_gui(args)
    if command == "list":
        return cmd_list(args.db, args.json)
    if command == "demo":
        return cmd_demo(args.db)
    if command == "export":
        return cmd_export(
            args.db, args.id, args.format, args.output, args.zone, args.lang, args.answer_key
        )
    if command == "import":
        return cmd_import(args.db, args.file)
    if command == "exercise":
        return cmd_exercise(args)
    if command == "stats":
        return cmd_stats(args.db, args.json, args.include_exercises)
    if command == "verify":
        return cmd_verify(args.db, args.target, args.fingerprint)
    if command == "rebuild":
        return cmd_rebuild(args.db, args.id)
    if command == "search":
        return cmd_search(args)
    if command == "catalogue":
        return cmd_catalogue(args)
    if command == "room":
        return cmd_room_init(args.url, args.role, args.password_stdin)
    raise AssertionError(command)


def main(argv: Sequence[str] | None = None) -> int:
    # Messages and hints in the language the system asks for; machine output stays as it is.
    activate(system_language())
    _argparse_speaks()
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except UserError as exc:
        print(f"warroom: {for_terminal(redact(exc.message))}", file=sys.stderr)
        if exc.hint:
            print(_("hint: {hint}").format(hint=for_terminal(redact(exc.hint))), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from warroom.crash import crash_message, write_crash_log

        path = write_crash_log(type(exc), exc, exc.__traceback__)
        print(crash_message(path), file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
