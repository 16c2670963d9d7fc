"""Training scenarios: the file format, its validation and the built-in scenarios.

A scenario is a TOML file (``resources/scenarios/README.md`` is the trainer's
guide to it). Every time in it is an offset from the start of the exercise,
written ``"h:mm"`` (``"0:05"``, ``"1:30"``); the length of a response window
(``within``) is a whole number of minutes. Offsets become ``timedelta`` here, so
the exercise engine can add them to the start of the simulated clock.

Validation says where and what: the file, the inject number, the field, what
is wrong and, where it helps, what would be right, e.g.::

    billing.toml: inject 3: to must be one of lead, diagnostician, communicator,
    scribe, all — not 'comms'

This module imports only the standard library and ``warroom.core``.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.matrix import CommunicationMatrix
from warroom.core.resources import resource
from warroom.core.vocabulary import Role

EVERYONE = "all"
"""The ``to`` of an inject that every role receives."""

GUIDE = "resources/scenarios/README.md"


class ExpectedAction(StrEnum):
    """What a role is expected to do in answer to an inject (one WarRoom action each)."""

    POST_UPDATE = "post_update"
    LOG_ENTRY = "log_entry"
    ADD_HYPOTHESIS = "add_hypothesis"
    RECORD_FIX_ATTEMPT = "record_fix_attempt"
    REQUEST_INFORMATION = "request_information"
    TICK_CHECKLIST = "tick_checklist"
    ESCALATE = "escalate"
    CHANGE_STATUS = "change_status"
    CHANGE_PRIORITY = "change_priority"
    HAND_OVER = "hand_over"


ROLES: tuple[str, ...] = tuple(r.value for r in Role)
TARGETS: tuple[str, ...] = (*ROLES, EVERYONE)
ACTIONS: tuple[str, ...] = tuple(a.value for a in ExpectedAction)


@dataclass(frozen=True)
class Expectation:
    """A response the trainer expects: ``role`` does ``action`` within ``within`` of the inject."""

    role: Role
    action: ExpectedAction
    within: timedelta
    description: str


@dataclass(frozen=True)
class Inject:
    """One event the trainer's clock delivers to a role (or to everyone)."""

    number: int  # 1-based, in file order
    at: timedelta  # offset from the start of the exercise
    to: str  # a Role value or EVERYONE
    text: str
    data: str | None = None
    expect: Expectation | None = None

    @property
    def recipients(self) -> tuple[Role, ...]:
        if self.to == EVERYONE:
            return tuple(Role)
        return (Role(self.to),)

    @property
    def deadline(self) -> timedelta | None:
        """When the expected response is due (offset from the start), if one is expected."""
        if self.expect is None:
            return None
        return self.at + self.expect.within


@dataclass(frozen=True)
class GroundTruth:
    """What really happened: for the trainer and the debrief, never shown to the team."""

    root_cause: str
    red_herrings: tuple[str, ...]
    good_response: str


@dataclass(frozen=True)
class Scenario:
    key: str  # the file stem, e.g. "warehouse-crashes"
    title: str
    summary: str
    priority: str  # as the communication matrix spells it
    duration: timedelta
    briefing: Mapping[Role, str] = field(hash=False)
    ground_truth: GroundTruth
    injects: tuple[Inject, ...]
    source: str  # the file it came from, for messages

    def briefing_for(self, role: Role | str) -> str:
        return self.briefing[Role(role)]

    @property
    def expectations(self) -> tuple[Inject, ...]:
        """The injects that carry an expected response, in time order."""
        return tuple(i for i in self.injects if i.expect is not None)

    @property
    def roles_targeted(self) -> frozenset[Role]:
        return frozenset(r for i in self.injects for r in i.recipients)

    def injects_for(self, role: Role | str) -> tuple[Inject, ...]:
        wanted = Role(role)
        return tuple(i for i in self.injects if wanted in i.recipients)


# -- offsets -------------------------------------------------------------------

_OFFSET = re.compile(r"^(\d{1,2}):([0-5]\d)$")


def parse_offset(text: str) -> timedelta:
    """``"1:05"`` → 65 minutes. Raises ``ValueError`` for anything but h:mm."""
    match = _OFFSET.match(text.strip())
    if match is None:
        raise ValueError(f"not an h:mm time: {text!r}")
    return timedelta(hours=int(match.group(1)), minutes=int(match.group(2)))


def format_offset(offset: timedelta) -> str:
    """65 minutes → ``"1:05"``; a negative offset gets a leading minus."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


# -- validation helpers --------------------------------------------------------


def _fail(where: str, problem: str, hint: str = "") -> InvalidInput:
    return InvalidInput(f"{where}: {problem}", hint=hint or f"{GUIDE} explains every field")


def _check_keys(where: str, table: Mapping[str, Any], allowed: Iterable[str], prefix: str) -> None:
    allowed = tuple(allowed)
    for key in table:
        if key in allowed:
            continue
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
        guess = f"; did you mean {prefix + close[0]!r}?" if close else ""
        raise _fail(
            where,
            f"unknown key {prefix + key!r}{guess}",
            hint=f"the keys allowed here are: {', '.join(prefix + k for k in allowed)}",
        )


def _text(where: str, table: Mapping[str, Any], key: str, name: str | None = None) -> str:
    name = name or key
    if key not in table:
        raise _fail(where, f"{name} is missing")
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{name} must be a non-empty text, not {_show(value)}")
    return value.strip()


def _table(where: str, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    if key not in data:
        raise _fail(where, f"[{key}] is missing")
    value = data[key]
    if not isinstance(value, dict):
        raise _fail(where, f"{key} must be a table, written [{key}] on a line of its own")
    return value


def _offset(where: str, table: Mapping[str, Any], key: str, name: str | None = None) -> timedelta:
    name = name or key
    if key not in table:
        raise _fail(where, f"{name} is missing")
    value = table[key]
    if isinstance(value, str):
        try:
            return parse_offset(value)
        except ValueError:
            pass
    raise _fail(
        where,
        f'{name} must be a time "h:mm" in quotes, e.g. "0:05" or "1:30" — not {_show(value)}',
        hint='times count hours and minutes from the start of the exercise: "0:00" is the start',
    )


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _one_of(where: str, name: str, value: Any, choices: tuple[str, ...]) -> str:
    if isinstance(value, str) and value in choices:
        return value
    raise _fail(where, f"{name} must be one of {', '.join(choices)} — not {_show(value)}")


# -- parsing ---------------------------------------------------------------------

_TOP_KEYS = ("title", "summary", "priority", "duration", "briefing", "ground_truth", "inject")
_TRUTH_KEYS = ("root_cause", "red_herrings", "good_response")
_INJECT_KEYS = ("at", "to", "text", "data", "expect")
_EXPECT_KEYS = ("role", "action", "within", "description")


def parse_scenario(
    data: Mapping[str, Any],
    source: str = "scenario",
    *,
    key: str | None = None,
    matrix: CommunicationMatrix | None = None,
) -> Scenario:
    """Validate parsed TOML and build a ``Scenario``; ``source`` prefixes every message.

    ``key`` defaults to the stem of ``source``; ``matrix`` (for the priority names)
    to the communication matrix the app ships.
    """
    where = source
    _check_keys(where, data, _TOP_KEYS, "")
    title = _text(where, data, "title")
    summary = _text(where, data, "summary")

    matrix = matrix if matrix is not None else CommunicationMatrix.default()
    priority_name = data.get("priority")
    if priority_name is None:
        raise _fail(where, "priority is missing")
    try:
        if not isinstance(priority_name, str):
            raise InvalidInput("not a text")
        priority = matrix.get(priority_name.strip()).name
    except InvalidInput:
        raise _fail(
            where,
            f"priority must be one of {', '.join(matrix.names)} — not {_show(priority_name)}",
            hint="the priorities are those of the communication matrix (matrix.toml)",
        ) from None

    duration = _offset(where, data, "duration")
    if duration <= timedelta(0):
        raise _fail(where, 'duration must be longer than "0:00"')

    briefing_table = _table(where, data, "briefing")
    _check_keys(where, briefing_table, ROLES, "briefing.")
    briefing = {Role(r): _text(where, briefing_table, r, f"briefing.{r}") for r in ROLES}

    truth_table = _table(where, data, "ground_truth")
    _check_keys(where, truth_table, _TRUTH_KEYS, "ground_truth.")
    root_cause = _text(where, truth_table, "root_cause", "ground_truth.root_cause")
    herrings = truth_table.get("red_herrings")
    if herrings is None:
        raise _fail(
            where, "ground_truth.red_herrings is missing (write red_herrings = [] for none)"
        )
    if not isinstance(herrings, list) or not all(
        isinstance(h, str) and h.strip() for h in herrings
    ):
        raise _fail(where, "ground_truth.red_herrings must be a list of non-empty texts")
    good_response = _text(where, truth_table, "good_response", "ground_truth.good_response")
    truth = GroundTruth(root_cause, tuple(h.strip() for h in herrings), good_response)

    raw_injects = data.get("inject")
    if raw_injects is None:
        raise _fail(where, "no [[inject]] tables found; a scenario needs at least one inject")
    if not isinstance(raw_injects, list) or not raw_injects:
        raise _fail(
            where,
            "inject must be a list of [[inject]] tables (two square brackets on each)",
        )
    injects: list[Inject] = []
    for number, raw in enumerate(raw_injects, start=1):
        inject = _parse_inject(f"{where}: inject {number}", number, raw)
        if inject.at > duration:
            raise _fail(
                f"{where}: inject {number}",
                f"at {format_offset(inject.at)} is after the end of the exercise "
                f"(duration {format_offset(duration)})",
            )
        if injects and inject.at < injects[-1].at:
            raise _fail(
                f"{where}: inject {number}",
                f"at {format_offset(inject.at)} comes before inject {number - 1} "
                f"(at {format_offset(injects[-1].at)})",
                hint="list the injects in time order, so the file reads like the exercise",
            )
        deadline = inject.deadline
        if deadline is not None and deadline > duration:
            assert inject.expect is not None
            raise _fail(
                f"{where}: inject {number}",
                f"expect.within {int(inject.expect.within.total_seconds() // 60)} minutes ends at "
                f"{format_offset(deadline)}, after the end of the exercise "
                f"(duration {format_offset(duration)})",
                hint="shorten the window, move the inject earlier or lengthen the exercise",
            )
        injects.append(inject)

    return Scenario(
        key=key if key is not None else Path(source).stem,
        title=title,
        summary=summary,
        priority=priority,
        duration=duration,
        briefing=MappingProxyType(briefing),
        ground_truth=truth,
        injects=tuple(injects),
        source=source,
    )


def _parse_inject(where: str, number: int, raw: Any) -> Inject:
    if not isinstance(raw, dict):
        raise _fail(where, "must be a table, written [[inject]]")
    _check_keys(where, raw, _INJECT_KEYS, "")
    at = _offset(where, raw, "at")
    if "to" not in raw:
        raise _fail(where, f"to is missing (one of {', '.join(TARGETS)})")
    to = _one_of(where, "to", raw["to"], TARGETS)
    text = _text(where, raw, "text")
    data: str | None = None
    if "data" in raw:
        value = raw["data"]
        if not isinstance(value, str) or not value.strip():
            raise _fail(
                where,
                f"data must be a non-empty text (leave it out if there is none), "
                f"not {_show(value)}",
            )
        data = value.strip("\n").rstrip()
    expect: Expectation | None = None
    if "expect" in raw:
        expect = _parse_expect(where, raw["expect"])
    return Inject(number=number, at=at, to=to, text=text, data=data, expect=expect)


def _parse_expect(where: str, raw: Any) -> Expectation:
    if not isinstance(raw, dict):
        raise _fail(where, "expect must be a table, written [inject.expect] after its inject")
    _check_keys(where, raw, _EXPECT_KEYS, "expect.")
    for name in ("role", "action", "within"):
        if name not in raw:
            raise _fail(where, f"expect.{name} is missing")
    role = _one_of(where, "expect.role", raw["role"], ROLES)
    action = _one_of(where, "expect.action", raw["action"], ACTIONS)
    within = raw["within"]
    if isinstance(within, bool) or not isinstance(within, int) or within <= 0:
        raise _fail(
            where,
            f"expect.within must be a whole number of minutes above 0, not {_show(within)}",
        )
    description = _text(where, raw, "description", "expect.description")
    return Expectation(
        role=Role(role),
        action=ExpectedAction(action),
        within=timedelta(minutes=within),
        description=description,
    )


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def load_scenario(path: Path | str, *, matrix: CommunicationMatrix | None = None) -> Scenario:
    """Read and validate one scenario file; messages start with the file's name."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(
            f"scenario file not found: {path}",
            hint="give a built-in scenario's name (warroom exercise list) or a .toml file",
        ) from None
    except OSError as exc:
        raise InvalidInput(f"{name}: cannot read the scenario file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (Windows editors) is fine
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"{name}: line {line}: not UTF-8 text",
            hint="save the file as UTF-8 in your editor",
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        located = _TOML_AT.search(message)
        if located is None:
            raise InvalidInput(f"{name}: not valid TOML ({message})") from None
        reason = message[: located.start()].strip()
        raise InvalidInput(
            f"{name}: line {located.group(1)}, column {located.group(2)}: "
            f"not valid TOML: {reason[:1].lower()}{reason[1:]}",
            hint='check quotes and brackets on that line; times need quotes, e.g. at = "0:05" '
            f"(file: {path})",
        ) from None
    try:
        return parse_scenario(data, name, key=path.stem, matrix=matrix)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, hint=f"{exc.hint} (file: {path})") from None


# -- the built-in scenarios --------------------------------------------------------


def builtin_dir() -> Path:
    return resource("scenarios")


def builtin_keys() -> list[str]:
    """The names of the built-in scenarios (file stems), sorted."""
    folder = builtin_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.toml") if p.is_file())


def builtin_scenarios() -> list[Scenario]:
    """Every built-in scenario, sorted by file name."""
    return [load_scenario(builtin_dir() / f"{key}.toml") for key in builtin_keys()]


def find_scenario(name_or_path: str | Path) -> Scenario:
    """A built-in scenario by key (``warehouse-crashes``) or a scenario file by path."""
    keys = builtin_keys()
    choices = ", ".join(keys) if keys else "(none installed)"
    hint = f"built-in scenarios: {choices}; or give the path of a scenario .toml file"
    text = str(name_or_path).strip()
    if not isinstance(name_or_path, Path) and text in keys:
        return load_scenario(builtin_dir() / f"{text}.toml")
    path = Path(text)
    if text and path.is_file():
        return load_scenario(path)
    if text and (path.suffix == ".toml" or len(path.parts) > 1):
        raise InvalidInput(f"scenario file not found: {path}", hint=hint)
    close = difflib.get_close_matches(text, keys, n=1, cutoff=0.5)
    if not close:
        close = [k for k in keys if text and text.lower() in k]
    if close:
        hint = f"did you mean {close[0]!r}? " + hint
    raise InvalidInput(f"unknown scenario {text!r}", hint=hint)
