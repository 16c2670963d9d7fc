"""The command line: a stable contract that scripts and tests rely on (see DESIGN.md)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from warroom.cli.common import EXIT_BUG, EXIT_OK, EXIT_USER
from warroom.cli.exercise import cmd_exercise
from warroom.cli.files import cmd_export, cmd_import, cmd_verify
from warroom.cli.parser import argparse_speaks, build_parser
from warroom.cli.records import cmd_demo, cmd_list, cmd_rebuild, cmd_room_init, cmd_stats
from warroom.cli.search import cmd_catalogue, cmd_search
from warroom.core.errors import UserError
from warroom.core.i18n import _, activate, system_language
from warroom.core.redact import redact
from warroom.core.text import for_terminal

__all__ = ["EXIT_BUG", "EXIT_OK", "EXIT_USER", "build_parser", "dispatch", "main"]


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
    argparse_speaks()
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
