"""Status update templates per phase and audience, filled from the incident's state."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.resources import resource

PHASES = ("investigating", "identified", "monitoring", "resolved")
AUDIENCES = ("customers", "internal", "executives")
PLACEHOLDERS = frozenset(
    {"title", "priority", "status", "impact", "who", "count", "services", "doing", "since"}
)

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
    texts: Mapping[tuple[str, str], str]

    def render(self, status: str, audience: str, fields: Mapping[str, str]) -> str:
        phase = PHASE_OF_STATUS.get(status, "investigating")
        template = self.texts[(phase, audience)]
        return template.format_map({key: fields.get(key, "") for key in PLACEHOLDERS}).strip()


def parse_templates(data: Mapping[str, Any], source: str) -> UpdateTemplates:
    texts: dict[tuple[str, str], str] = {}
    for phase in PHASES:
        table = data.get(phase)
        if not isinstance(table, dict):
            raise InvalidInput(f"{source}: the phase [{phase}] is missing")
        for audience in AUDIENCES:
            entry = table.get(audience)
            if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
                raise InvalidInput(f"{source}: [{phase}.{audience}] needs a text")
            text = entry["text"]
            try:
                names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            except ValueError as exc:
                raise InvalidInput(f"{source}: [{phase}.{audience}]: {exc}") from None
            unknown = names - PLACEHOLDERS
            if unknown:
                raise InvalidInput(
                    f"{source}: [{phase}.{audience}]: unknown placeholder "
                    + ", ".join("{" + n + "}" for n in sorted(unknown)),
                    hint="use " + ", ".join("{" + n + "}" for n in sorted(PLACEHOLDERS)),
                )
            texts[(phase, audience)] = text
    return UpdateTemplates(texts)


def load_templates(path: Path | None = None) -> UpdateTemplates:
    path = path or resource("update_templates.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise InvalidInput(f"update templates not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path}: not valid TOML ({exc})") from None
    return parse_templates(data, str(path))
