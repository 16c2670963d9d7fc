"""Documents as other tools write them: re-chained after an edit, or without a chain."""

from __future__ import annotations

import copy
from typing import Any

from warroom.core.chain import GENESIS, ChainedFields
from warroom.exchange.document import STATE_SECTIONS, parse_time
from warroom.store.repository import iso


def rechained(document: dict[str, Any], *, time_as_written: bool = False) -> dict[str, Any]:
    """The document with its chain computed anew, as a tool that hashes correctly would.

    ``time_as_written``: hash each event's time as the file writes it rather than
    in its one text form, as a tool that misread the format would.
    """
    doc = copy.deepcopy(document)
    prev = GENESIS
    for number, event in enumerate(doc["timeline"], start=1):
        event["number"] = number
        event["prev_hash"] = prev
        at = parse_time(event["at"])
        assert at is not None
        prev = event["hash"] = ChainedFields(
            number=number,
            at=event["at"] if time_as_written else iso(at),
            kind=event["kind"],
            author=event["author"],
            role=event.get("role", ""),
            seat=event.get("seat", ""),
            payload=event["payload"],
            corrects=event.get("corrects"),
            prev_hash=event["prev_hash"],
        ).digest()
    doc["integrity"] = {"events": len(doc["timeline"]), "head_hash": prev}
    return doc


def foreign(document: dict[str, Any], *, keep_state: bool = False) -> dict[str, Any]:
    """The document as a foreign tool writes it: no chain, and (by default) no state."""
    doc = copy.deepcopy(document)
    doc.pop("integrity", None)
    for event in doc["timeline"]:
        event.pop("prev_hash", None)
        event.pop("hash", None)
    if not keep_state:
        for section in (*STATE_SECTIONS, "people"):
            doc.pop(section, None)
    doc["generator"] = "another tool 3.1"
    return doc
