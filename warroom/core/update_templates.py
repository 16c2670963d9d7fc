"""Status update templates per phase and audience, filled from the incident's state.

Every template is written in every language of ``warroom.core.language`` (the
format is described there and at the top of ``resources/update_templates.toml``):
the war room works in the team's language while each update goes to its reader
in theirs, so the language is chosen per update (``render(..., lang="de")``).
A translation uses exactly the placeholders of its English source: a missing
``{impact}`` would silently drop the impact from a customer's update.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.language import SOURCE, Localized, check_language, parse_localized
from warroom.core.resources import resource

PHASES = ("investigating", "identified", "monitoring", "resolved")
AUDIENCES = ("customers", "internal", "executives")
PLACEHOLDERS = frozenset(
    {"title", "priority", "status", "impact", "who", "count", "services", "doing", "since"}
)
#: Words the app fills in where the state gives none, and the placeholders each takes.
PHRASES: Mapping[str, frozenset[str]] = {
    "count_unknown": frozenset(),
    "doing_testing": frozenset({"hypothesis"}),
    "doing_establishing": frozenset(),
}

# Statuses map onto the four phases the templates are written for.
PHASE_OF_STATUS = {
    "declared": "investigating",
    "investigating": "investigating",
    "identified": "identified",
    "mitigating": "identified",
    "monitoring": "monitoring",
    "resolved": "resolved",
    "closed": "resolved",
}


@dataclass(frozen=True)
class UpdateTemplates:
    #: The English templates, by (phase, audience).
    texts: Mapping[tuple[str, str], str]
    #: Every template in every language, by (phase, audience).
    localized: Mapping[tuple[str, str], Localized[str]] = field(default_factory=dict)
    phrases: Mapping[str, Localized[str]] = field(default_factory=dict)

    def template_for(self, phase: str, audience: str, lang: str = SOURCE) -> str:
        """The unfilled template of a phase and audience in ``lang``."""
        check_language(lang)
        localized = self.localized.get((phase, audience))
        return self.texts[(phase, audience)] if localized is None else localized.get(lang)

    def render(
        self, status: str, audience: str, fields: Mapping[str, str], lang: str = SOURCE
    ) -> str:
        """The update for an incident in ``status``, to ``audience``, written in ``lang``."""
        phase = PHASE_OF_STATUS.get(status, "investigating")
        template = self.template_for(phase, audience, lang)
        return template.format_map({key: fields.get(key, "") for key in PLACEHOLDERS}).strip()

    def phrase(self, name: str, lang: str = SOURCE, **values: str) -> str:
        """A filler of ``PHRASES`` in ``lang``: ``phrase("doing_testing", "de", hypothesis=h)``."""
        if name not in PHRASES:
            raise ValueError(f"{name!r} is not one of the phrases {sorted(PHRASES)}")
        if set(values) != PHRASES[name]:
            raise ValueError(f"the phrase {name!r} takes {sorted(PHRASES[name])}")
        return self.phrases[name].get(lang).format_map(values)


def _placeholders(where: str, label: str, text: str) -> frozenset[str]:
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError as exc:
        raise InvalidInput(
            _("{where}: {key}: {reason}").format(where=where, key=label, reason=exc)
        ) from None


def _braces(names: frozenset[str]) -> str:
    return ", ".join("{" + n + "}" for n in sorted(names)) or _("none")


def _text(
    where: str, entry: Mapping[str, Any], key: str, allowed: frozenset[str]
) -> Localized[str]:
    def check(label: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput(
                _("{where}: {key} must be a non-empty text").format(where=where, key=label)
            )
        unknown = _placeholders(where, label, value) - allowed
        if unknown:
            raise InvalidInput(
                _("{where}: {key}: unknown placeholder {names}").format(
                    where=where, key=label, names=_braces(frozenset(unknown))
                ),
                hint=_("use {names}").format(names=_braces(allowed)),
            )
        return value

    localized = parse_localized(where, key, entry.get(key), check, single_allowed=False)
    source = _placeholders(where, key, localized.source)
    for lang, text in localized.pairs[1:]:
        used = _placeholders(where, key, text)
        if used != source:
            raise InvalidInput(
                _(
                    "{where}: {key}.{lang} uses the placeholders {used}, "
                    "its English source {source}"
                ).format(
                    where=where, key=key, lang=lang, used=_braces(used), source=_braces(source)
                ),
                hint=_("a translation keeps every placeholder of the English text, and adds none"),
            )
    return localized


def parse_templates(data: Mapping[str, Any], source: str) -> UpdateTemplates:
    localized: dict[tuple[str, str], Localized[str]] = {}
    for phase in PHASES:
        table = data.get(phase)
        if not isinstance(table, dict):
            raise InvalidInput(
                _("{where}: the phase [{phase}] is missing").format(where=source, phase=phase)
            )
        for audience in AUDIENCES:
            entry = table.get(audience)
            where = f"{source}: [{phase}.{audience}]"
            if not isinstance(entry, dict) or "text" not in entry:
                raise InvalidInput(_("{where} needs a text").format(where=where))
            localized[(phase, audience)] = _text(where, entry, "text", PLACEHOLDERS)
    table = data.get("phrases")
    if not isinstance(table, dict):
        raise InvalidInput(_("{where}: the table [phrases] is missing").format(where=source))
    phrases: dict[str, Localized[str]] = {}
    for name, allowed in PHRASES.items():
        if name not in table:
            raise InvalidInput(
                _("{where}: {key} is missing").format(where=f"{source}: [phrases]", key=name)
            )
        phrases[name] = _text(f"{source}: [phrases]", table, name, allowed)
    return UpdateTemplates(
        texts={key: value.source for key, value in localized.items()},
        localized=localized,
        phrases=phrases,
    )


def load_templates(path: Path | None = None) -> UpdateTemplates:
    path = path or resource("update_templates.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise InvalidInput(_("update templates not found: {path}").format(path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            _("{where}: not valid TOML ({reason})").format(where=path, reason=exc)
        ) from None
    return parse_templates(data, str(path))
