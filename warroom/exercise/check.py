"""``warroom exercise check FILE``: every error and warning of a scenario file at once.

Errors stop the file from loading. Warnings do not, but each is a way an
exercise goes wrong in the room: a role that sits idle, nothing to mislead the
diagnosis, a window nobody can meet at the chosen speed, or a clock time in an
inject that contradicts the moment it arrives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.language import language_name
from warroom.core.vocabulary import Role
from warroom.exercise.content import facts_stated
from warroom.exercise.scenario import (
    Inject,
    Scenario,
    format_offset,
    is_builtin,
    parse_toml,
    read_scenario_text,
    scenario_errors,
    scenario_from_text,
)

ERROR, WARNING = "error", "warning"
# Reading an inject and doing something about it takes a person this long, whatever the speed.
MIN_WALL_WINDOW = timedelta(minutes=2)
# A clock time written in an inject may be this far from its arrival and still agree.
CLOCK_SLACK = timedelta(minutes=2)

_LEADING_CLOCK = re.compile(
    r"^\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(\d{1,2}):(\d{2})\b",
    re.IGNORECASE,
)
_LOG_CLOCK = re.compile(r"^\s*(\d{2}):(\d{2})(?::(\d{2}))?\s")


@dataclass(frozen=True)
class Finding:
    severity: str
    message: str
    hint: str = ""

    def line(self) -> str:
        """The finding as printed, in the current language (``severity`` stays the code's)."""
        severity = _("error") if self.severity == ERROR else _("warning")
        if self.hint:
            return _("{severity}: {message} (hint: {hint})").format(
                severity=severity, message=self.message, hint=self.hint
            )
        return _("{severity}: {message}").format(severity=severity, message=self.message)


def check_file(path: Path | str, speed: float = 1.0) -> tuple[Scenario | None, list[Finding]]:
    path = Path(path)
    return check_text(read_scenario_text(path), path.name, speed, complete=is_builtin(path))


def check_text(
    text: str, name: str, speed: float = 1.0, *, complete: bool = False
) -> tuple[Scenario | None, list[Finding]]:
    """The scenario (when it loads) and every finding, errors first.

    ``complete`` (a shipped scenario) also refuses a text written in one language only.
    """
    try:
        data = parse_toml(text, name)
    except InvalidInput as exc:
        return None, [Finding(ERROR, exc.message, exc.hint)]
    errors = [
        Finding(ERROR, e.message, e.hint) for e in scenario_errors(data, name, complete=complete)
    ]
    if errors:
        return None, errors
    scenario = scenario_from_text(text, name, complete=complete)
    return scenario, scenario_warnings(scenario, speed)


def scenario_warnings(scenario: Scenario, speed: float = 1.0) -> list[Finding]:
    where = scenario.source
    found: list[Finding] = []

    def warn(message: str, hint: str = "") -> None:
        found.append(Finding(WARNING, f"{where}: {message}", hint))

    for role in Role:
        if not scenario.injects_for(role):
            warn(
                _("no inject reaches the {role}").format(role=role.value),
                _("every role should have something to do"),
            )
    if not scenario.ground_truth.red_herrings:
        warn(
            _("no red herring in ground_truth.red_herrings"),
            _("a scenario without a false trail teaches nothing about disciplined diagnosis"),
        )
    if not scenario.trainer_summary:
        warn(
            _("no trainer_summary: the trainer's view of the scenario is missing"),
            _("summary is what the players read; trainer_summary says what really goes on"),
        )
    if not scenario.ground_truth.key_facts:
        warn(
            _("no ground_truth.key_facts: the team's root cause can only be judged by the trainer"),
            _("e.g. {example}").format(
                example='key_facts = [{ fact = "...", match = ["replica", "stopped|behind"] }]'
            ),
        )
    for variant in _variants(scenario):
        for fact in facts_stated(variant.ground_truth.key_facts, variant.summary):
            if variant.lang != scenario.lang:
                warn(
                    _("the players' summary ({language}) gives away a key fact: {fact}").format(
                        language=language_name(variant.lang), fact=fact.fact
                    )
                )
            else:
                warn(_("the players' summary gives away a key fact: {fact}").format(fact=fact.fact))
    if not scenario.objectives:
        warn(_("no [[objective]]: the after-action report cannot be organised by objective"))
    if scenario.story_start is None:
        warn(
            _("no story_start: the exercise clock starts at the real time of day"),
            _('give the story\'s clock at 0:00, e.g. story_start = "09:25"'),
        )
    found.extend(
        Finding(WARNING, f"{where}: {m}", _("times and names are written as in the English"))
        for m in _translation_problems(scenario)
    )
    for inject in scenario.injects:
        found.extend(
            Finding(WARNING, f"{where}: {_inject(inject.number)}: {m}", h)
            for m, h in _window_problems(inject, speed)
        )
        if scenario.story_start is not None:
            found.extend(
                Finding(WARNING, f"{where}: {_inject(inject.number)}: {m}")
                for m in _clock_problems(scenario, inject)
            )
    return found


def _inject(number: int) -> str:
    # Where in the file: the [[inject]] table's number, named as the file names it.
    return f"inject {number}"


def _variants(scenario: Scenario) -> list[Scenario]:
    return [scenario, *(v for v in scenario.variants.values() if v.lang != scenario.lang)]


# Clock times and names with digits (wms-app-01, RF-0341, ORA-00600) read the same in every
# language; a translation that lost or changed one tells the team something else.
_FIXED = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{1,2}:\d{2}(?![0-9])|[A-Za-z][A-Za-z0-9_.]*-[A-Za-z0-9_.-]*\d[A-Za-z0-9_-]*)",
    re.ASCII,
)


def _texts(scenario: Scenario) -> list[tuple[str, str]]:
    truth = scenario.ground_truth
    texts = [("title", scenario.title), ("summary", scenario.summary)]
    texts += [("trainer_summary", scenario.trainer_summary)]
    texts += [(f"objective {o.key}", o.text) for o in scenario.objectives]
    texts += [(f"briefing.{r.value}", scenario.briefing_for(r)) for r in Role]
    texts += [("ground_truth.root_cause", truth.root_cause)]
    texts += [("ground_truth.good_response", truth.good_response)]
    texts += [(f"ground_truth.red_herrings {n}", h) for n, h in enumerate(truth.red_herrings, 1)]
    texts += [(f"ground_truth.key_facts {n}", f.fact) for n, f in enumerate(truth.key_facts, 1)]
    for inject in scenario.injects:
        texts.append((f"inject {inject.number}: text", inject.text))
        texts.append((f"inject {inject.number}: data", inject.data or ""))
        if inject.expect is not None:
            texts.append((f"inject {inject.number}: expect.description", inject.expect.description))
    return texts


def _translation_problems(scenario: Scenario) -> list[str]:
    english = _texts(scenario)
    problems = []
    for variant in _variants(scenario)[1:]:
        for (where, source), (_where, translated) in zip(english, _texts(variant), strict=True):
            lost = sorted(set(_FIXED.findall(source)) - set(_FIXED.findall(translated)))
            if lost:
                problems.append(
                    _("{where}: the {language} text lacks {names}").format(
                        where=where, language=language_name(variant.lang), names=", ".join(lost)
                    )
                )
    return problems


def _window_problems(inject: Inject, speed: float) -> list[tuple[str, str]]:
    if inject.expect is None or speed <= 0:
        return []
    wall = inject.expect.within / speed
    if wall >= MIN_WALL_WINDOW:
        return []
    minutes = int(inject.expect.within.total_seconds() // 60)
    return [
        (
            _("the {minutes}-minute response window lasts {seconds} seconds at {speed}×").format(
                minutes=minutes, seconds=int(wall.total_seconds()), speed=f"{speed:g}"
            ),
            _("run at {speed}× or slower, or widen expect.within").format(
                speed=max(1, int(inject.expect.within / MIN_WALL_WINDOW))
            ),
        )
    ]


def _story_moment(scenario: Scenario, offset: timedelta) -> datetime:
    assert scenario.story_start is not None
    base = datetime(2000, 1, 3, scenario.story_start.hour, scenario.story_start.minute)
    return base + offset


def _nearest(arrival: datetime, hour: int, minute: int, second: int = 0) -> datetime:
    """The clock time ``hh:mm`` on the day nearest the arrival (stories cross midnight)."""
    same = arrival.replace(hour=hour, minute=minute, second=second)
    candidates = (same - timedelta(days=1), same, same + timedelta(days=1))
    return min(candidates, key=lambda moment: abs(moment - arrival))


def _clock_problems(scenario: Scenario, inject: Inject) -> list[str]:
    arrival = _story_moment(scenario, inject.at)
    problems: list[str] = []
    said = _LEADING_CLOCK.match(inject.text)
    if said is not None and int(said.group(1)) < 24:
        moment = _nearest(arrival, int(said.group(1)), int(said.group(2)))
        if abs(moment - arrival) > CLOCK_SLACK:
            problems.append(
                _(
                    "the text opens at {said} but the inject arrives at {arrival} "
                    "(+{offset} after story_start)"
                ).format(
                    said=f"{moment:%H:%M}",
                    arrival=f"{arrival:%H:%M}",
                    offset=format_offset(inject.at),
                )
            )
    for line in (inject.data or "").splitlines():
        logged = _LOG_CLOCK.match(line)
        if logged is None or int(logged.group(1)) > 23:
            continue
        moment = _nearest(arrival, int(logged.group(1)), int(logged.group(2)), 0)
        if moment - arrival > CLOCK_SLACK:
            problems.append(
                _("the material shows {shown}, after the inject arrives at {arrival}").format(
                    shown=f"{moment:%H:%M}", arrival=f"{arrival:%H:%M}"
                )
            )
            break
    return problems
