"""The communication matrix: priorities, update cadence, escalation, contact paths.

Every text of ``resources/matrix.toml`` is written in every language of
``warroom.core.language`` (see there for the format). A priority's ``name`` is an
identifier stored in records and stays English (Blocker, Critical, Major, Minor);
its ``label`` is what a person reads in their language. The fields of a
``Priority`` hold the English texts; ``in_language`` gives the same priority
with its texts in another language, and ``CommunicationMatrix.in_language`` the
whole matrix so.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_, _
from warroom.core.language import LANGUAGES, Localized, check_language, in_language, parse_localized
from warroom.core.resources import resource

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
#: The texts of a priority written in every language.
LOCALIZED_TEXTS = ("label", "description", "contact_office_hours", "contact_after_hours")


@dataclass(frozen=True)
class Priority:
    name: str
    rank: int  # 0 is the most severe
    colour: str
    description: str
    examples: tuple[str, ...]
    update_cadence: timedelta
    escalation_after: timedelta | None
    ack_window: timedelta
    contact_office_hours: str
    contact_after_hours: str
    #: The name as people read it; the name itself when the matrix gives none.
    label: str = ""
    #: label, description and the contact paths in every language, by field name.
    texts: Mapping[str, Localized[str]] = field(default_factory=dict, hash=False, repr=False)
    example_texts: Localized[tuple[str, ...]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.name)

    def text(self, key: str, lang: str) -> str:
        """One of the texts (label, description, contact_*) in ``lang``."""
        if key not in LOCALIZED_TEXTS:
            raise ValueError(f"{key!r} is not a text of a priority")
        written: str = getattr(self, key)
        return in_language(self.texts, key, lang, written)

    def examples_in(self, lang: str) -> tuple[str, ...]:
        check_language(lang)
        return self.examples if self.example_texts is None else self.example_texts.get(lang)

    def in_language(self, lang: str) -> Priority:
        """This priority with its texts in ``lang``; name, timings and colour unchanged."""
        return replace(
            self,
            label=self.text("label", lang),
            description=self.text("description", lang),
            contact_office_hours=self.text("contact_office_hours", lang),
            contact_after_hours=self.text("contact_after_hours", lang),
            examples=self.examples_in(lang),
        )


@dataclass(frozen=True)
class CommunicationMatrix:
    priorities: tuple[Priority, ...]

    def __post_init__(self) -> None:
        if not self.priorities:
            raise InvalidInput(_("the communication matrix names no priority"))

    def in_language(self, lang: str) -> CommunicationMatrix:
        """The matrix with every text in ``lang`` (the names stay the identifiers)."""
        return CommunicationMatrix(tuple(p.in_language(lang) for p in self.priorities))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.priorities)

    def get(self, name: str) -> Priority:
        for p in self.priorities:
            if p.name.lower() == name.lower():
                return p
        raise InvalidInput(
            _("unknown priority {name!r}").format(name=name),
            hint=_("choose one of: {choices}").format(choices=", ".join(self.names)),
        )

    @classmethod
    def default(cls) -> CommunicationMatrix:
        return load_matrix(resource("matrix.toml"))


_FORMAT_HINT = N_("see the comment at the top of resources/matrix.toml")


def _text(where: str) -> Callable[[str, Any], str]:
    def check(label: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput(
                _("{where}: {key} must be a non-empty text").format(where=where, key=label),
                hint=_(_FORMAT_HINT),
            )
        return value.strip()

    return check


def _examples(where: str) -> Callable[[str, Any], tuple[str, ...]]:
    def check(label: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(e, str) and e.strip() for e in value):
            raise InvalidInput(
                _("{where}: {key} must be a list of texts").format(where=where, key=label),
                hint=_(_FORMAT_HINT),
            )
        return tuple(e.strip() for e in value)

    return check


def _minutes(where: str, entry: dict[str, Any], key: str, required: bool) -> timedelta | None:
    if key not in entry:
        if required:
            raise InvalidInput(_("{where}: {key} is missing").format(where=where, key=key))
        return None
    value = entry[key]
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(
            _("{where}: {key} must be a whole number of minutes above 0, not {value!r}").format(
                where=where, key=key, value=value
            )
        )
    return timedelta(minutes=value)


def _localized(where: str, entry: dict[str, Any], key: str) -> Localized[str]:
    if key not in entry:
        raise InvalidInput(
            _("{where}: {key} is missing").format(where=where, key=key), hint=_(_FORMAT_HINT)
        )
    return parse_localized(where, key, entry[key], _text(where), single_allowed=False)


def parse_matrix(data: dict[str, Any], source: str = "matrix") -> CommunicationMatrix:
    entries = data.get("priority")
    if not isinstance(entries, list) or not entries:
        raise InvalidInput(_("{where}: no [[priority]] tables found").format(where=source))
    priorities: list[Priority] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        where = _("{source}: priority #{index}").format(source=source, index=index)
        if not isinstance(entry, dict):
            raise InvalidInput(_("{where}: must be a table").format(where=where))
        if not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise InvalidInput(
                _("{where}: {key} must be a non-empty text").format(where=where, key="name")
            )
        name = entry["name"].strip()
        where = _("{source}: priority {name!r}").format(source=source, name=name)
        if name.lower() in seen:
            raise InvalidInput(_("{where}: the name is used twice").format(where=where))
        seen.add(name.lower())
        colour = entry.get("colour", "#607d8b")
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise InvalidInput(
                _("{where}: colour must look like #rrggbb, not {value!r}").format(
                    where=where, value=colour
                )
            )
        texts = {key: _localized(where, entry, key) for key in LOCALIZED_TEXTS}
        no_examples: dict[str, tuple[str, ...]] = {lang: () for lang in LANGUAGES}
        examples = (
            parse_localized(
                where, "examples", entry["examples"], _examples(where), single_allowed=False
            )
            if "examples" in entry
            else Localized.of(no_examples)
        )
        for lang, listed in examples.pairs:
            if len(listed) != len(examples.source):
                raise InvalidInput(
                    _("{where}: examples.{lang} has {n} examples, examples.en has {source}").format(
                        where=where, lang=lang, n=len(listed), source=len(examples.source)
                    ),
                    hint=_("translate every example, one for one, in the same order"),
                )
        cadence = _minutes(where, entry, "update_cadence_minutes", required=True)
        ack = _minutes(where, entry, "ack_window_minutes", required=False)
        assert cadence is not None
        priorities.append(
            Priority(
                name=name,
                rank=index - 1,
                colour=colour,
                description=texts["description"].source,
                examples=examples.source,
                update_cadence=cadence,
                escalation_after=_minutes(where, entry, "escalation_after_minutes", required=False),
                ack_window=ack if ack is not None else timedelta(minutes=30),
                contact_office_hours=texts["contact_office_hours"].source,
                contact_after_hours=texts["contact_after_hours"].source,
                label=texts["label"].source,
                texts=texts,
                example_texts=examples,
            )
        )
    return CommunicationMatrix(tuple(priorities))


def load_matrix(path: Path) -> CommunicationMatrix:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise InvalidInput(
            _("communication matrix not found: {path}").format(path=path),
            hint=_("reinstall warroom or set WARROOM_RESOURCES to its resources folder"),
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            _("{where}: not valid TOML ({reason})").format(where=path, reason=exc)
        ) from None
    return parse_matrix(data, str(path))
