"""Exercises from the command line: run a scenario, check it, report on it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warroom.cli.common import EXIT_OK, EXIT_USER, pad
from warroom.core.errors import UserError
from warroom.core.i18n import _, ngettext
from warroom.core.text import for_terminal


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
                f"{scenario.key:<34} {pad(priority_name(scenario.priority), 9)} "
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
