"""Text that is safe to keep, print and hash: what a person typed, made visible.

Every text that enters the record (typed in the app, given on the command
line, or carried by a foreign file) passes ``clean_text``: control
characters that would ring a terminal, move its cursor or end a C string
become their visible Unicode pictures (ESC shows as ␛, NUL as ␀), and lone
surrogates, which no database can store as UTF-8, become the replacement
character. Line breaks and tabs stay. The same text comes out on SQLite and
PostgreSQL, and nothing typed reaches a terminal as a command.
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls except tab and line feed, DEL, and the C1 controls (a C1 CSI,
# U+009B, starts an escape sequence on some terminals).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

REPLACEMENT = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ␁ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


def clean_text(value: str) -> str:
    """``value`` with line endings made ``\\n`` and every unsafe character made visible."""
    if value.isascii() and value.isprintable():
        return value  # the common case, without a regular expression
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _SURROGATE.sub(REPLACEMENT, value)
    return _CONTROL.sub(_picture, value)


def unsafe_characters(value: str) -> str | None:
    """A description of the first character ``clean_text`` would change, or None."""
    for char in value:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            return f"a lone surrogate (U+{code:04X})"
        if (code < 0x20 and char not in "\t\n") or 0x7F <= code <= 0x9F:
            return f"a control character (U+{code:04X})"
    return None


def clean(value: Any) -> Any:
    """Every string inside ``value`` (dicts, lists, keys included) cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def for_terminal(value: str) -> str:
    """Text safe to print on a terminal: nothing in it can act as a control sequence."""
    return clean_text(value)
