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

Every text a player or trainer reads is written in every language of the
product, beside the English (``title.en = "..."``, ``title.de = "..."``,
``title.ja = "..."``; ``warroom.core.language``). The shipped scenarios must be
complete; a team's own file may write a text once, as a plain string, and it is
then shown as written in every language. A scenario is parsed once per
language: ``Scenario.in_language`` gives the one to show, while identifiers
(inject numbers, roles, objective ids) are the same in every language, so a
record never depends on the language it was read in. The material of an inject
(``data``: log extracts, reports, e-mails) is quoted as it was printed and may
stay a single text even in a shipped scenario.

This module imports only the standard library and ``warroom.core``.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import time, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_, _
from warroom.core.language import LANGUAGES, SOURCE, Localized, check_language, parse_localized
from warroom.core.matrix import CommunicationMatrix
from warroom.core.resources import resource
from warroom.core.vocabulary import Role, Status

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
    PAGE_ONCALL = "page_oncall"
    CHANGE_STATUS = "change_status"
    CHANGE_PRIORITY = "change_priority"
    HAND_OVER = "hand_over"


class Condition(StrEnum):
    """What a conditional inject (``when`` / ``unless``) asks of the record when it is due."""

    FIX_WITHOUT_HYPOTHESIS = "fix_without_hypothesis"
    HYPOTHESIS_RECORDED = "hypothesis_recorded"
    CUSTOMER_UPDATE_SENT = "customer_update_sent"
    REQUEST_SENT = "request_sent"
    ESCALATED = "escalated"
    STATUS_MONITORING = "status_monitoring"


# The seven rules of the manifesto an objective can be tagged with (DESIGN.md).
RULES: Mapping[int, str] = MappingProxyType(
    {
        1: N_("support the business"),
        2: N_("deliver consistently"),
        3: N_("lead the customer"),
        4: N_("incisive troubleshooting"),
        5: N_("be fast"),
        6: N_("prove it"),
        7: N_("ahead of the curve"),
    }
)
STATUSES: tuple[str, ...] = tuple(s.value for s in Status)

ROLES: tuple[str, ...] = tuple(r.value for r in Role)
TARGETS: tuple[str, ...] = (*ROLES, EVERYONE)
ACTIONS: tuple[str, ...] = tuple(a.value for a in ExpectedAction)


@dataclass(frozen=True)
class Expectation:
    """A response the trainer expects: ``role`` does one of ``actions`` within ``within``.

    ``status``, when given, is a target state instead: the incident reaches that
    status (``"monitoring"``; resolving does not count for it).
    """

    role: Role
    actions: tuple[ExpectedAction, ...]
    within: timedelta
    description: str
    status: str | None = None
    objective: str | None = None

    @property
    def action(self) -> ExpectedAction:
        """The first accepted action: what the schedule and the handbook name."""
        return self.actions[0]

    @property
    def what(self) -> str:
        if self.status is not None:
            return f"status {self.status}"
        return " or ".join(a.value for a in self.actions)


@dataclass(frozen=True)
class Inject:
    """One event the trainer's clock delivers to a role (or to everyone)."""

    number: int  # 1-based, in file order
    at: timedelta  # offset from the start of the exercise
    to: str  # a Role value or EVERYONE
    text: str
    data: str | None = None
    expect: Expectation | None = None
    when: Condition | None = None  # delivered only if this holds when it is due
    unless: Condition | None = None  # skipped if this holds when it is due

    @property
    def private(self) -> bool:
        """An inject to one role: only that role's seats (and the trainer) read it."""
        return self.to != EVERYONE

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
    key_facts: tuple[KeyFact, ...] = ()


@dataclass(frozen=True)
class KeyFact:
    """One fact a correct root cause states; ``match`` lists the terms one sentence needs.

    Each term is a set of alternatives written ``"replica|replicat"``; every term
    must occur in the same sentence of the team's cause or proof. ``also`` holds
    the terms of the other languages: a German team that writes half its cause
    in English is credited as well as one that writes it all in German.
    """

    fact: str
    match: tuple[tuple[str, ...], ...]
    also: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @property
    def matches(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """The terms in every language, this scenario's language first."""
        return (self.match, *(m for m in self.also if m != self.match))


@dataclass(frozen=True)
class Objective:
    """What the exercise tests (HSEEP): an id the expectations name, and manifesto rules."""

    key: str
    text: str
    rules: tuple[int, ...]


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
    trainer_summary: str = ""  # what really goes on: the trainer's, never a player's
    story_start: time | None = None  # the story's clock at "0:00"
    incident_started: time | None = None  # when the story's incident was declared
    objectives: tuple[Objective, ...] = ()
    text: str = field(default="", repr=False)  # the file as written, kept with the record
    lang: str = SOURCE  # the language of the texts above
    # The same scenario in each language (itself included); filled in by the loader.
    variants: Mapping[str, Scenario] = field(
        default_factory=dict, hash=False, compare=False, repr=False
    )

    def in_language(self, lang: str) -> Scenario:
        """This scenario with its texts in ``lang`` (as written, for a text written once)."""
        check_language(lang)
        return self.variants.get(lang, self)

    @property
    def incident_offset(self) -> timedelta:
        """When the incident was declared, relative to "0:00" (zero or before)."""
        if self.story_start is None or self.incident_started is None:
            return timedelta(0)
        start = timedelta(hours=self.story_start.hour, minutes=self.story_start.minute)
        declared = timedelta(hours=self.incident_started.hour, minutes=self.incident_started.minute)
        if declared > start:  # declared the evening before a story that starts after midnight
            declared -= timedelta(days=1)
        return declared - start

    def shown_inject(self, number: object, text: str, data: str | None) -> tuple[str, str | None]:
        """A delivered inject's text and material in this scenario's language.

        The record keeps what was delivered in the source language, with the
        inject's number; an inject typed by the trainer (or one whose text no
        longer matches the scenario's) is shown as it was recorded.
        """
        source = self.in_language(SOURCE)
        if not isinstance(number, int) or isinstance(number, bool):
            return text, data
        if 0 < number <= len(source.injects) and source.injects[number - 1].text == text:
            inject = self.injects[number - 1]
            return inject.text, inject.data
        return text, data

    def translated(self, inject: Inject) -> Inject:
        """One of this scenario's injects, perhaps retimed, in this scenario's language.

        An inject added during the exercise (numbered after the scenario's) stays as typed.
        """
        if 0 < inject.number <= len(self.injects):
            return replace(self.injects[inject.number - 1], at=inject.at)
        return inject

    def objective(self, key: str | None) -> Objective | None:
        return next((o for o in self.objectives if o.key == key), None)

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
    hint = hint or _("{guide} explains every field").format(guide=GUIDE)
    return InvalidInput(f"{where}: {problem}", hint=hint)


def _check_keys(where: str, table: Mapping[str, Any], allowed: Iterable[str], prefix: str) -> None:
    allowed = tuple(allowed)
    for key in table:
        if key in allowed:
            continue
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
        problem = _("unknown key {key}").format(key=repr(prefix + key))
        if close:
            problem = _("unknown key {key}; did you mean {close}?").format(
                key=repr(prefix + key), close=repr(prefix + close[0])
            )
        raise _fail(
            where,
            problem,
            hint=_("the keys allowed here are: {keys}").format(
                keys=", ".join(prefix + k for k in allowed)
            ),
        )


@dataclass(frozen=True)
class _Language:
    """Which language a pass over the file builds, and whether a text may be written once."""

    lang: str = SOURCE
    single_allowed: bool = True

    def pick(self, where: str, name: str, value: Any, check: Any, single: bool = False) -> Any:
        """``value`` as written in this pass's language; ``single`` allows one text always."""
        localized: Localized[Any] = parse_localized(
            where, name, value, check, single_allowed=single or self.single_allowed
        )
        return localized.get(self.lang)


def _plain_text(where: str, name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(
            where,
            _("{name} must be a non-empty text, not {value}").format(name=name, value=_show(value)),
        )
    return value.strip()


def _text(
    where: str,
    table: Mapping[str, Any],
    key: str,
    name: str | None = None,
    language: _Language | None = None,
) -> str:
    """A text; in every language when ``language`` is given, else an identifier."""
    name = name or key
    if key not in table:
        raise _fail(where, _missing(name))
    value = table[key]
    if language is None:
        return _plain_text(where, name, value)
    text: str = language.pick(where, name, value, lambda label, v: _plain_text(where, label, v))
    return text


def _missing(name: str) -> str:
    return _("{name} is missing").format(name=name)


def _table(where: str, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    if key not in data:
        raise _fail(where, _missing(f"[{key}]"))
    value = data[key]
    if not isinstance(value, dict):
        raise _fail(
            where, _("{key} must be a table, written [{key}] on a line of its own").format(key=key)
        )
    return value


def _offset(where: str, table: Mapping[str, Any], key: str, name: str | None = None) -> timedelta:
    name = name or key
    if key not in table:
        raise _fail(where, _missing(name))
    value = table[key]
    if isinstance(value, str):
        try:
            return parse_offset(value)
        except ValueError:
            pass
    raise _fail(
        where,
        _('{name} must be a time "h:mm" in quotes, e.g. "0:05" or "1:30" — not {value}').format(
            name=name, value=_show(value)
        ),
        hint=_('times count hours and minutes from the start of the exercise: "0:00" is the start'),
    )


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return _("a table")
    if isinstance(value, list):
        return _("a list")
    return str(value)


def _one_of(where: str, name: str, value: Any, choices: tuple[str, ...]) -> str:
    if isinstance(value, str) and value in choices:
        return value
    raise _fail(where, _must_be_one_of(name, choices, value))


def _must_be_one_of(name: str, choices: Iterable[str], value: Any) -> str:
    return _("{name} must be one of {choices} — not {value}").format(
        name=name, choices=", ".join(choices), value=_show(value)
    )


# -- parsing ---------------------------------------------------------------------

_TOP_KEYS = (
    "title",
    "summary",
    "trainer_summary",
    "priority",
    "duration",
    "story_start",
    "incident_started",
    "objective",
    "briefing",
    "ground_truth",
    "inject",
)
_TRUTH_KEYS = ("root_cause", "key_facts", "red_herrings", "good_response")
_INJECT_KEYS = ("at", "to", "text", "data", "when", "unless", "expect")
_EXPECT_KEYS = ("role", "action", "status", "within", "description", "objective")
_OBJECTIVE_KEYS = ("id", "text", "rules")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class _Problems:
    """Collects the errors of a file, or raises the first one (``collect=False``)."""

    def __init__(self, collect: bool) -> None:
        self.collect = collect
        self.errors: list[InvalidInput] = []

    def attempt(self, check: Any, *args: Any) -> Any:
        try:
            return check(*args)
        except InvalidInput as exc:
            if not self.collect:
                raise
            self.errors.append(exc)
            return None


def parse_scenario(
    data: Mapping[str, Any],
    source: str = "scenario",
    *,
    key: str | None = None,
    matrix: CommunicationMatrix | None = None,
    text: str = "",
    complete: bool = False,
) -> Scenario:
    """Validate parsed TOML and build a ``Scenario``; ``source`` prefixes every message.

    ``key`` defaults to the stem of ``source``; ``matrix`` (for the priority names)
    to the communication matrix the app ships; ``text`` is the file as written.
    ``complete`` refuses a text written once (the shipped scenarios); a text
    written as a table must hold every language either way. The result is the
    English scenario; ``in_language`` gives the others.
    """
    variants: dict[str, Scenario] = {}
    # Read once, not once per language: the matrix is a file.
    matrix = matrix if matrix is not None else CommunicationMatrix.default()
    for lang in LANGUAGES:
        problems = _Problems(collect=False)
        language = _Language(lang, single_allowed=not complete)
        scenario = _build(data, source, key, matrix, problems, text, language, variants)
        assert scenario is not None
        variants[lang] = scenario
    return variants[SOURCE]


def scenario_errors(
    data: Mapping[str, Any],
    source: str = "scenario",
    *,
    matrix: CommunicationMatrix | None = None,
    complete: bool = False,
) -> list[InvalidInput]:
    """Every error in a scenario at once (one per field, table or inject), for ``check``.

    A language missing from a text is an error like any other (``complete``
    also refuses a text written once).
    """
    problems = _Problems(collect=True)
    _build(data, source, None, matrix, problems, "", _Language(SOURCE, not complete), {})
    return problems.errors


def _build(
    data: Mapping[str, Any],
    where: str,
    key: str | None,
    matrix: CommunicationMatrix | None,
    problems: _Problems,
    text: str,
    language: _Language,
    variants: Mapping[str, Scenario],
) -> Scenario | None:
    attempt = problems.attempt
    attempt(_check_keys, where, data, _TOP_KEYS, "")
    title = attempt(_text, where, data, "title", None, language)
    summary = attempt(_text, where, data, "summary", None, language)
    trainer_summary = ""
    if "trainer_summary" in data:
        trainer_summary = attempt(_text, where, data, "trainer_summary", None, language) or ""
    priority = attempt(_priority, where, data, matrix)
    duration = attempt(_duration, where, data)
    story_start = attempt(_clock, where, data, "story_start")
    incident_started = attempt(_clock, where, data, "incident_started")
    objectives = attempt(_objectives, where, data, language)
    briefing = attempt(_briefing, where, data, language)
    truth = attempt(_truth, where, data, language)
    injects = _injects(where, data, duration, objectives or (), problems, language)
    if problems.errors:
        return None
    return Scenario(
        key=key if key is not None else Path(where).stem,
        title=title,
        summary=summary,
        priority=priority,
        duration=duration,
        briefing=MappingProxyType(briefing),
        ground_truth=truth,
        injects=tuple(injects),
        source=where,
        trainer_summary=trainer_summary,
        story_start=story_start,
        incident_started=incident_started,
        objectives=tuple(objectives),
        text=text,
        lang=language.lang,
        variants=variants,
    )


def _priority(where: str, data: Mapping[str, Any], matrix: CommunicationMatrix | None) -> str:
    matrix = matrix if matrix is not None else CommunicationMatrix.default()
    priority_name = data.get("priority")
    if priority_name is None:
        raise _fail(where, _missing("priority"))
    try:
        if not isinstance(priority_name, str):
            raise InvalidInput("not a text")
        return matrix.get(priority_name.strip()).name
    except InvalidInput:
        raise _fail(
            where,
            _must_be_one_of("priority", matrix.names, priority_name),
            hint=_("the priorities are those of the communication matrix (matrix.toml)"),
        ) from None


def _duration(where: str, data: Mapping[str, Any]) -> timedelta:
    duration = _offset(where, data, "duration")
    if duration <= timedelta(0):
        raise _fail(where, _('duration must be longer than "0:00"'))
    return duration


def _clock(where: str, data: Mapping[str, Any], key: str) -> time | None:
    if key not in data:
        return None
    value = data[key]
    match = _CLOCK.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise _fail(
            where,
            _('{key} must be a clock time "hh:mm" in quotes, e.g. "09:25" — not {value}').format(
                key=key, value=_show(value)
            ),
            hint=_(
                "story_start is the story's clock at 0:00; incident_started when the "
                "incident was declared in the story"
            ),
        )
    return time(int(match.group(1)), int(match.group(2)))


def _objectives(where: str, data: Mapping[str, Any], language: _Language) -> list[Objective]:
    raw = data.get("objective", [])
    if not isinstance(raw, list):
        raise _fail(where, _("objective must be a list of [[objective]] tables"))
    objectives: list[Objective] = []
    for number, table in enumerate(raw, start=1):
        here = f"{where}: objective {number}"
        if not isinstance(table, dict):
            raise _fail(here, _("must be a table, written {table}").format(table="[[objective]]"))
        _check_keys(here, table, _OBJECTIVE_KEYS, "")
        ident = _text(here, table, "id")
        text = _text(here, table, "text", None, language)
        rules = table.get("rules")
        if (
            not isinstance(rules, list)
            or not rules
            or not all(isinstance(r, int) and not isinstance(r, bool) for r in rules)
            or not all(r in RULES for r in rules)
        ):
            raise _fail(
                here,
                _(
                    "rules must be a list of the manifesto's rule numbers 1 to 7, not {value}"
                ).format(value=_show(rules)),
                hint=", ".join(f"{n} {_(name)}" for n, name in RULES.items()),
            )
        if any(o.key == ident for o in objectives):
            raise _fail(here, _("id {id} is used twice").format(id=repr(ident)))
        objectives.append(Objective(ident, text, tuple(rules)))
    return objectives


def _briefing(where: str, data: Mapping[str, Any], language: _Language) -> dict[Role, str]:
    table = _table(where, data, "briefing")
    _check_keys(where, table, ROLES, "briefing.")
    return {Role(r): _text(where, table, r, f"briefing.{r}", language) for r in ROLES}


def _truth(where: str, data: Mapping[str, Any], language: _Language) -> GroundTruth:
    table = _table(where, data, "ground_truth")
    _check_keys(where, table, _TRUTH_KEYS, "ground_truth.")
    root_cause = _text(where, table, "root_cause", "ground_truth.root_cause", language)
    herrings = table.get("red_herrings")
    if herrings is None:
        raise _fail(
            where, _("ground_truth.red_herrings is missing (write red_herrings = [] for none)")
        )
    name = "ground_truth.red_herrings"

    def texts(label: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(h, str) and h.strip() for h in value):
            raise _fail(where, _("{name} must be a list of non-empty texts").format(name=label))
        return tuple(h.strip() for h in value)

    if isinstance(herrings, dict):
        _same_length(where, name, herrings)
    good_response = _text(where, table, "good_response", "ground_truth.good_response", language)
    return GroundTruth(
        root_cause,
        language.pick(where, name, herrings, texts),
        good_response,
        _key_facts(where, table.get("key_facts", []), language),
    )


def _same_length(where: str, name: str, table: Mapping[str, Any]) -> None:
    """The translations of a list hold as many texts as the English (each one translated)."""
    source = table.get(SOURCE)
    if not isinstance(source, list):
        return
    for lang, value in table.items():
        if isinstance(value, list) and len(value) != len(source):
            raise _fail(
                where,
                _("{name} has {count} texts, {source_name} has {source_count}").format(
                    name=f"{name}.{lang}",
                    count=len(value),
                    source_name=f"{name}.{SOURCE}",
                    source_count=len(source),
                ),
                hint=_("each text of the list is translated in its place"),
            )


def _terms(where: str, label: str, value: Any) -> tuple[tuple[str, ...], ...]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(m, str) and m.strip() for m in value)
    ):
        raise _fail(where, _terms_wanted(label))
    return tuple(tuple(alt.strip().lower() for alt in m.split("|") if alt.strip()) for m in value)


def _terms_wanted(name: str) -> str:
    return _('{name} must be a list of terms such as "stopped|behind"').format(name=name)


def _key_facts(where: str, raw: Any, language: _Language) -> tuple[KeyFact, ...]:
    example = '{ fact = "the replica had stopped", match = ["replica", "stopped|behind"] }'
    if not isinstance(raw, list):
        raise _fail(
            where,
            _("{name} must be a list").format(name="ground_truth.key_facts"),
            hint=_("e.g. {example}").format(example=f"[{example}]"),
        )
    facts: list[KeyFact] = []
    for number, item in enumerate(raw, start=1):
        here = f"{where}: ground_truth.key_facts {number}"
        if not isinstance(item, dict):
            raise _fail(
                here,
                _("must be a table, not {value}").format(value=_show(item)),
                hint=_("e.g. {example}").format(example=example),
            )
        _check_keys(here, item, ("fact", "match"), "")
        fact = _text(here, item, "fact", None, language)
        if "match" not in item:
            raise _fail(here, _terms_wanted("match"))

        def terms(label: str, value: Any, here: str = here) -> tuple[tuple[str, ...], ...]:
            return _terms(here, label, value)

        # Host names and error codes read the same in every language: one list may serve all.
        localized = parse_localized(here, "match", item["match"], terms, single_allowed=True)
        match = localized.get(language.lang)
        also = tuple(localized.get(lang) for lang in localized.languages if lang != language.lang)
        facts.append(KeyFact(fact, match, also))
    return tuple(facts)


def _injects(
    where: str,
    data: Mapping[str, Any],
    duration: timedelta | None,
    objectives: Iterable[Objective],
    problems: _Problems,
    language: _Language,
) -> list[Inject]:
    raw_injects = data.get("inject")
    if raw_injects is None:
        problems.attempt(
            _raise,
            _fail(where, _("no [[inject]] tables found; a scenario needs at least one inject")),
        )
        return []
    if not isinstance(raw_injects, list) or not raw_injects:
        problems.attempt(
            _raise,
            _fail(
                where,
                _("inject must be a list of [[inject]] tables (two square brackets on each)"),
            ),
        )
        return []
    known = {o.key for o in objectives}
    injects: list[Inject] = []
    for number, raw in enumerate(raw_injects, start=1):
        here = f"{where}: inject {number}"
        inject: Inject | None = problems.attempt(_parse_inject, here, number, raw, language)
        if inject is None:
            continue
        problems.attempt(_check_inject, here, inject, injects, duration, known)
        injects.append(inject)
    return injects


def _raise(error: InvalidInput) -> None:
    raise error


def _check_inject(
    where: str,
    inject: Inject,
    before: list[Inject],
    duration: timedelta | None,
    objectives: set[str],
) -> None:
    number = inject.number
    if duration is not None and inject.at > duration:
        raise _fail(
            where,
            _("at {at} is after the end of the exercise (duration {duration})").format(
                at=format_offset(inject.at), duration=format_offset(duration)
            ),
        )
    if before and inject.at < before[-1].at:
        raise _fail(
            where,
            _("at {at} comes before inject {number} (at {earlier})").format(
                at=format_offset(inject.at),
                number=before[-1].number,
                earlier=format_offset(before[-1].at),
            ),
            hint=_("list the injects in time order, so the file reads like the exercise"),
        )
    deadline = inject.deadline
    if duration is not None and deadline is not None and deadline > duration:
        assert inject.expect is not None
        raise _fail(
            where,
            _(
                "expect.within {minutes} minutes ends at {deadline}, after the end of the "
                "exercise (duration {duration})"
            ).format(
                minutes=int(inject.expect.within.total_seconds() // 60),
                deadline=format_offset(deadline),
                duration=format_offset(duration),
            ),
            hint=_("shorten the window, move the inject earlier or lengthen the exercise"),
        )
    expect = inject.expect
    if expect is not None and expect.objective is not None and expect.objective not in objectives:
        raise _fail(
            where,
            _("expect.objective {id} names no [[objective]] of this scenario").format(
                id=repr(expect.objective)
            ),
            hint=_("objectives: {ids}").format(ids=", ".join(sorted(objectives)))
            if objectives
            else _("objectives: none written yet"),
        )
    del number


def _parse_inject(where: str, number: int, raw: Any, language: _Language) -> Inject:
    if not isinstance(raw, dict):
        raise _fail(where, _("must be a table, written {table}").format(table="[[inject]]"))
    _check_keys(where, raw, _INJECT_KEYS, "")
    at = _offset(where, raw, "at")
    if "to" not in raw:
        raise _fail(where, _("to is missing (one of {choices})").format(choices=", ".join(TARGETS)))
    to = _one_of(where, "to", raw["to"], TARGETS)
    text = _text(where, raw, "text", None, language)
    data: str | None = None
    if "data" in raw:

        def material(label: str, value: Any) -> str:
            if not isinstance(value, str) or not value.strip():
                raise _fail(
                    where,
                    _(
                        "{name} must be a non-empty text (leave it out if there is none), "
                        "not {value}"
                    ).format(name=label, value=_show(value)),
                )
            return value.strip("\n").rstrip()

        # Log extracts are quoted as printed: one text for every language is the rule.
        data = language.pick(where, "data", raw["data"], material, single=True)
    conditions = tuple(c.value for c in Condition)
    when = Condition(_one_of(where, "when", raw["when"], conditions)) if "when" in raw else None
    unless = (
        Condition(_one_of(where, "unless", raw["unless"], conditions)) if "unless" in raw else None
    )
    expect: Expectation | None = None
    if "expect" in raw:
        expect = _parse_expect(where, raw["expect"], language)
    return Inject(
        number=number, at=at, to=to, text=text, data=data, expect=expect, when=when, unless=unless
    )


def _parse_expect(where: str, raw: Any, language: _Language) -> Expectation:
    if not isinstance(raw, dict):
        raise _fail(where, _("expect must be a table, written [inject.expect] after its inject"))
    _check_keys(where, raw, _EXPECT_KEYS, "expect.")
    for name in ("role", "within"):
        if name not in raw:
            raise _fail(where, _missing(f"expect.{name}"))
    if "action" not in raw and "status" not in raw:
        raise _fail(
            where,
            _(
                "expect.action is missing "
                "(or give expect.status, the state the incident must reach)"
            ),
        )
    role = _one_of(where, "expect.role", raw["role"], ROLES)
    status: str | None = None
    actions: tuple[ExpectedAction, ...] = (ExpectedAction.CHANGE_STATUS,)
    if "action" in raw:
        names = raw["action"] if isinstance(raw["action"], list) else [raw["action"]]
        if not names:
            raise _fail(where, _("expect.action must name at least one action"))
        actions = tuple(ExpectedAction(_one_of(where, "expect.action", a, ACTIONS)) for a in names)
    if "status" in raw:
        status = _one_of(where, "expect.status", raw["status"], STATUSES)
    within = raw["within"]
    if isinstance(within, bool) or not isinstance(within, int) or within <= 0:
        raise _fail(
            where,
            _("expect.within must be a whole number of minutes above 0, not {value}").format(
                value=_show(within)
            ),
        )
    description = _text(where, raw, "description", "expect.description", language)
    objective = _text(where, raw, "objective", "expect.objective") if "objective" in raw else None
    return Expectation(
        role=Role(role),
        actions=actions,
        within=timedelta(minutes=within),
        description=description,
        status=status,
        objective=objective,
    )


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def read_scenario_text(path: Path | str) -> str:
    """The text of a scenario file; a missing or unreadable file is the user's to fix."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(
            _("scenario file not found: {path}").format(path=path),
            hint=_("give a built-in scenario's name (warroom exercise list) or a .toml file"),
        ) from None
    except OSError as exc:
        raise InvalidInput(
            _("{file}: cannot read the scenario file ({reason})").format(
                file=name, reason=exc.strerror
            )
        ) from None
    try:
        return raw.decode("utf-8-sig")  # a byte-order mark (Windows editors) is fine
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            _("{file}: line {line}: not UTF-8 text").format(file=name, line=line),
            hint=_("save the file as UTF-8 in your editor"),
        ) from None


def parse_toml(text: str, name: str, path: Path | str | None = None) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        located = _TOML_AT.search(message)
        if located is None:
            raise InvalidInput(
                _("{file}: not valid TOML ({reason})").format(file=name, reason=message)
            ) from None
        reason = message[: located.start()].strip()
        raise InvalidInput(
            _("{file}: line {line}, column {column}: not valid TOML: {reason}").format(
                file=name,
                line=located.group(1),
                column=located.group(2),
                reason=f"{reason[:1].lower()}{reason[1:]}",
            ),
            hint=_('check quotes and brackets on that line; times need quotes, e.g. at = "0:05"')
            + " "
            + _file_note(path or name),
        ) from None


def scenario_from_text(
    text: str,
    name: str,
    *,
    key: str | None = None,
    matrix: CommunicationMatrix | None = None,
    path: Path | str | None = None,
    complete: bool = False,
) -> Scenario:
    """A scenario from the text of its file (as read from disk, or as kept in a record)."""
    key = key if key is not None else Path(name).stem
    try:
        if matrix is None:
            return _parsed(text, name, key, complete, path)
        return _parse(text, name, key, matrix, complete, path)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, hint=f"{exc.hint} {_file_note(path or name)}") from None


def _file_note(path: Path | str) -> str:
    return _("(file: {path})").format(path=path)


def _parse(
    text: str,
    name: str,
    key: str,
    matrix: CommunicationMatrix | None,
    complete: bool,
    path: Path | str | None,
) -> Scenario:
    data = parse_toml(text, name, path)
    return parse_scenario(data, name, key=key, matrix=matrix, text=text, complete=complete)


# The trainer's console reads the exercise from its record every second (the score, the
# rows): a scenario kept in a record is parsed once, not three languages at each tick.
@lru_cache(maxsize=16)
def _parsed(text: str, name: str, key: str, complete: bool, path: Path | str | None) -> Scenario:
    return _parse(text, name, key, None, complete, path)


def load_scenario(path: Path | str, *, matrix: CommunicationMatrix | None = None) -> Scenario:
    """Read and validate one scenario file; messages start with the file's name.

    A shipped scenario must be written in every language; a team's own may
    write a text once.
    """
    path = Path(path)
    return scenario_from_text(
        read_scenario_text(path),
        path.name,
        key=path.stem,
        matrix=matrix,
        path=path,
        complete=is_builtin(path),
    )


def is_builtin(path: Path | str) -> bool:
    """Whether ``path`` is one of the scenarios warroom ships."""
    path = Path(path)
    return path.suffix == ".toml" and path.resolve().parent == builtin_dir().resolve()


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
    choices = ", ".join(keys) if keys else _("(none installed)")
    hint = _("built-in scenarios: {choices}; or give the path of a scenario .toml file").format(
        choices=choices
    )
    text = str(name_or_path).strip()
    if not isinstance(name_or_path, Path) and text in keys:
        return load_scenario(builtin_dir() / f"{text}.toml")
    path = Path(text)
    if text and path.is_file():
        return load_scenario(path)
    if text and (path.suffix == ".toml" or len(path.parts) > 1):
        raise InvalidInput(_("scenario file not found: {path}").format(path=path), hint=hint)
    close = difflib.get_close_matches(text, keys, n=1, cutoff=0.5)
    if not close:
        close = [k for k in keys if text and text.lower() in k]
    if close:
        hint = _("did you mean {name!r}?").format(name=close[0]) + " " + hint
    raise InvalidInput(_("unknown scenario {name!r}").format(name=text), hint=hint)
