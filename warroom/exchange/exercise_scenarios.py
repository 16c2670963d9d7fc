"""The scenario files an exercise ran, carried only in the trainer's export.

Optional in the document (added in warroom 0.3, ``export --answer-key``): a
scenario file holds the trainer's summary, the expected actions and the key
facts of the cause, which a players' copy must not carry. The timeline names
each file by its SHA-256, so the text is proven by the chain that proves the
timeline, and an import refuses a text that does not hash to its name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from warroom.core.vocabulary import EventKind
from warroom.store import scenarios
from warroom.store.models import ScenarioText

SECTION = "scenarios"


def entries(s: Session, payloads: Iterable[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The kept scenario files the events name (records before 0.3 carry theirs in the event)."""
    found: list[dict[str, Any]] = []
    for kind, payload in payloads:
        if kind != EventKind.EXERCISE_STARTED or "text" in payload:
            continue
        sha256 = str(payload["sha256"])
        kept = s.get(ScenarioText, sha256)
        if kept is not None and all(entry["sha256"] != sha256 for entry in found):
            found.append({"sha256": sha256, "text": kept.text})
    return found


def add(s: Session, section: list[dict[str, Any]]) -> None:
    """Keep the file's scenario texts, each checked against the hash it is named by."""
    for entry in section:
        scenarios.keep(s, str(entry["text"]), str(entry["sha256"]))
