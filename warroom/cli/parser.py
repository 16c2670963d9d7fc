"""The command line's arguments, and argparse's own words in the person's language."""

from __future__ import annotations

import argparse
from pathlib import Path

from warroom import __version__
from warroom.cli.common import ROLES
from warroom.core.i18n import N_, _, ngettext
from warroom.core.language import LANGUAGES

# argparse's own words, which the standard library ships in English only: marked here
# so that pybabel extracts them, and read from our catalogs (see argparse_speaks).
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


def argparse_speaks() -> None:
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
