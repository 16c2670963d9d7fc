"""The export document itself: its name and versions, its times, its limits, and its one text form.

Everything the writer, the reader and the importer must agree on lives here, so
a change to the format is a change to this module (and to the schema that
``tools/make_schema.py`` builds from it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from warroom.core.i18n import _
from warroom.core.vocabulary import ChainState
from warroom.store.repository import iso

FORMAT = "warroom-incident"
# Version 2 says what postmortems say (impact phases, remedies, sources,
# approximate times, the impact in words) and documents every event's payload;
# a file may leave out its chain (a foreign record) and its state sections.
VERSION = 2
READABLE_VERSIONS = (1, 2)

# The caps of the format's texts: the app's own limits on what a person types.
MAX_TEXT = 20_000
MAX_NAME = 200
MAX_TITLE = 300

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
    "impact_phases",
    "roles",
    "checklist",
    "problem_specification",
    "hypotheses",
    "fix_attempts",
    "remedies",
    "information_requests",
    "updates",
    "actions",
    "sources",
)

# The sections that say the incident's state, in the order a reader meets them.
# A file may leave any of them out; those it gives must agree with its events.
STATE_SECTIONS = (
    "incident",
    "impact_phases",
    "roles",
    "checklist",
    "problem_specification",
    "hypotheses",
    "fix_attempts",
    "remedies",
    "information_requests",
    "updates",
    "actions",
    "root_cause",
    "sources",
)


@dataclass(frozen=True)
class Origin:
    """The file a document was read from: its name and the SHA-256 of its bytes."""

    name: str
    sha256: str

    @classmethod
    def of_bytes(cls, name: str, raw: bytes) -> Origin:
        return cls(name, hashlib.sha256(raw).hexdigest())


@dataclass(frozen=True)
class Incoming:
    """A checked document, and which of the two ways in it takes.

    ``chain`` verified: a warroom export, imported as it is, chain and all.
    Absent or broken: a foreign record, written anew through the write path
    with a fresh chain and an event saying where it came from (``origin``).
    """

    document: dict[str, Any]
    origin: Origin
    chain: ChainState
    chain_problem: str = ""  # where a broken chain breaks
    cleaned: int = 0  # texts of a foreign file that had to be made safe

    @property
    def version(self) -> int:
        return int(self.document["version"])

    @property
    def foreign(self) -> bool:
        return self.chain is not ChainState.VERIFIED

    @property
    def way(self) -> str:
        """Which way in, in words."""
        if self.chain is ChainState.VERIFIED:
            return _("a warroom export, its hash chain verified")
        if self.chain is ChainState.ABSENT:
            return _("a foreign incident: the file has no hash chain")
        return _("a foreign incident: the file's hash chain is broken at {problem}").format(
            problem=self.chain_problem
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
    """The document's one text form: ``json.dumps(document, ensure_ascii=False, indent=2)``.

    The same characters, written faster: Python's JSON encoder indents in pure
    Python, and 10,000 events took most of a JSON export's time. The plain
    values (strings, integers, null, true, false) inside dicts and lists are
    written here, each string by the C escaper ``json`` itself uses; anything
    else (a float, a key that is not a string) goes to ``json.dumps``.
    """
    parts: list[str] = []
    _indented(document, "\n", parts)
    parts.append("\n")
    return "".join(parts)


_escaped = json.encoder.encode_basestring  # the C escaper


def _indented(value: Any, newline: str, out: list[str]) -> None:
    """``value`` as ``json.dumps(indent=2)`` writes it, ``newline`` its line start."""
    if isinstance(value, str):
        out.append(_escaped(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:
        out.append(int.__repr__(value))
    elif isinstance(value, dict) and all(type(key) is str for key in value):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            out.append(("{" if first else ",") + inner + _escaped(key) + ": ")
            first = False
            _indented(item, inner, out)
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        first = True
        for item in value:
            out.append(("[" if first else ",") + inner)
            first = False
            _indented(item, inner, out)
        out.append(newline + "]")
    else:
        # Floats (NaN and infinities included), other keys, other types: json's own
        # words, indented to where they stand.
        text = json.dumps(value, ensure_ascii=False, indent=2)
        out.append(text.replace("\n", newline))
