"""What the scribe types: a prefix says what kind of entry it is."""

from __future__ import annotations

from warroom.core.vocabulary import EntryKind

PREFIXES = {
    "d:": EntryKind.DECISION,
    "a:": EntryKind.ACTION,
    "q:": EntryKind.QUESTION,
    "n:": EntryKind.NOTE,
}


def parse_entry(text: str, default: EntryKind = EntryKind.NOTE) -> tuple[EntryKind, str]:
    """``"d: roll back the patch"`` is a decision to roll back the patch."""
    stripped = text.strip()
    head = stripped[:2].lower()
    if head in PREFIXES:
        return PREFIXES[head], stripped[2:].strip()
    return default, stripped
