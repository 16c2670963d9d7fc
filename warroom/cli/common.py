"""Exit codes and what several commands print with."""

from __future__ import annotations

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_USER = 2
EXIT_BUG = 70
ROLES = ("lead", "diagnostician", "communicator", "scribe")


def text_width(text: str) -> int:
    """How many terminal columns ``text`` takes (a Japanese letter takes two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns."""
    space = " " * max(0, width - text_width(text))
    return space + text if right else text + space
