"""The communication matrix: priorities, update cadence, escalation, contact paths."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.resources import resource

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


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


@dataclass(frozen=True)
class CommunicationMatrix:
    priorities: tuple[Priority, ...]

    def __post_init__(self) -> None:
        if not self.priorities:
            raise InvalidInput("the communication matrix names no priority")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.priorities)

    def get(self, name: str) -> Priority:
        for p in self.priorities:
            if p.name.lower() == name.lower():
                return p
        raise InvalidInput(
            f"unknown priority {name!r}",
            hint="choose one of: " + ", ".join(self.names),
        )

    @classmethod
    def default(cls) -> CommunicationMatrix:
        return load_matrix(resource("matrix.toml"))


_REQUIRED_TEXT = ("name", "description", "contact_office_hours", "contact_after_hours")


def _minutes(where: str, entry: dict[str, Any], key: str, required: bool) -> timedelta | None:
    if key not in entry:
        if required:
            raise InvalidInput(f"{where}: {key} is missing")
        return None
    value = entry[key]
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(
            f"{where}: {key} must be a whole number of minutes above 0, not {value!r}"
        )
    return timedelta(minutes=value)


def parse_matrix(data: dict[str, Any], source: str = "matrix") -> CommunicationMatrix:
    entries = data.get("priority")
    if not isinstance(entries, list) or not entries:
        raise InvalidInput(f"{source}: no [[priority]] tables found")
    priorities: list[Priority] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        where = f"{source}: priority #{index}"
        if not isinstance(entry, dict):
            raise InvalidInput(f"{where}: must be a table")
        for key in _REQUIRED_TEXT:
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise InvalidInput(f"{where}: {key} must be a non-empty text")
        name = entry["name"].strip()
        where = f"{source}: priority {name!r}"
        if name.lower() in seen:
            raise InvalidInput(f"{where}: the name is used twice")
        seen.add(name.lower())
        colour = entry.get("colour", "#607d8b")
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise InvalidInput(f"{where}: colour must look like #rrggbb, not {colour!r}")
        examples = entry.get("examples", [])
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise InvalidInput(f"{where}: examples must be a list of texts")
        cadence = _minutes(where, entry, "update_cadence_minutes", required=True)
        ack = _minutes(where, entry, "ack_window_minutes", required=False)
        assert cadence is not None
        priorities.append(
            Priority(
                name=name,
                rank=index - 1,
                colour=colour,
                description=entry["description"].strip(),
                examples=tuple(examples),
                update_cadence=cadence,
                escalation_after=_minutes(where, entry, "escalation_after_minutes", required=False),
                ack_window=ack if ack is not None else timedelta(minutes=30),
                contact_office_hours=entry["contact_office_hours"].strip(),
                contact_after_hours=entry["contact_after_hours"].strip(),
            )
        )
    return CommunicationMatrix(tuple(priorities))


def load_matrix(path: Path) -> CommunicationMatrix:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise InvalidInput(
            f"communication matrix not found: {path}",
            hint="reinstall warroom or set WARROOM_RESOURCES to its resources folder",
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path}: not valid TOML ({exc})") from None
    return parse_matrix(data, str(path))
