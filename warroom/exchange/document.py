"""The export document itself: its name and version, its times, and its one text form.

Everything the writer, the reader and the importer must agree on lives here, so
a change to the format is a change to this module (and to the schema that
``tools/make_schema.py`` builds from it).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from warroom.store.repository import iso

FORMAT = "warroom-incident"
VERSION = 1

INCIDENT_TIMES = (
    "started",
    "detected",
    "declared",
    "first_update",
    "mitigated",
    "resolved",
    "closed",
    "escalated",
    "next_update_due",
    "paged",
    "acknowledged",
)

# The sections whose entries carry a uid that must be unique within the section.
UID_SECTIONS = (
    "roles",
    "checklist",
    "problem_specification",
    "hypotheses",
    "fix_attempts",
    "information_requests",
    "updates",
    "actions",
)


def format_time(value: datetime | None) -> str | None:
    return None if value is None else iso(value)


def parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
