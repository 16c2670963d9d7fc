"""Text people typed, made safe to print in a report: one rule for every format.

Whatever was typed stays text: it never becomes Markdown emphasis, links,
images, headings or fences, nor HTML; its line breaks and bullet lists stay;
a right-to-left override in a name cannot reverse the words around it; and a
pasted blob cannot stall the PDF layout or fill a thousand pages. Each format
calls ``prepare`` first, then its own escaping.
"""

from __future__ import annotations

import re
import unicodedata

from warroom.core.i18n import _
from warroom.core.text import clean_text

# The app stops an entry at 20,000 characters; a report prints no more of any one
# text, and says where the rest is.
REPORT_TEXT_LIMIT = 20_000

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate
_PDF = "\u202c"  # pop directional formatting
_EMBEDDINGS = {"\u202a", "\u202b", "\u202d", "\u202e"}  # LRE RLE LRO RLO, closed by PDF
_ISOLATES = {"\u2066", "\u2067", FSI}  # LRI RLI FSI, closed by PDI
_BIDI_CONTROLS = _EMBEDDINGS | _ISOLATES | {_PDF, PDI}
_RTL_CLASSES = {"R", "AL"}


def shorten(text: str, limit: int = REPORT_TEXT_LIMIT) -> str:
    """``text`` up to ``limit`` characters, then a visible note of how much more there is."""
    if len(text) <= limit:
        return text
    rest = len(text) - limit
    return text[:limit] + _("… ({n} more characters: see the JSON export)").format(n=f"{rest:,}")


def _balanced(text: str) -> str:
    """Every embedding and override closed, every stray closer dropped."""
    stack: list[str] = []
    out: list[str] = []
    for char in text:
        if char in _EMBEDDINGS or char in _ISOLATES:
            stack.append(char)
        elif char == _PDF:
            # closes the innermost embedding, but never an isolate it is inside of
            if not stack or stack[-1] not in _EMBEDDINGS:
                continue
            stack.pop()
        elif char == PDI:
            if not any(c in _ISOLATES for c in stack):
                continue
            while stack and stack.pop() not in _ISOLATES:
                out.append(_PDF)  # a PDI closes the embeddings inside its isolate too
        out.append(char)
    for opener in reversed(stack):
        out.append(PDI if opener in _ISOLATES else _PDF)
    return "".join(out)


def needs_isolation(text: str) -> bool:
    """True for text with right-to-left letters or explicit direction controls."""
    return any(
        char in _BIDI_CONTROLS or unicodedata.bidirectional(char) in _RTL_CLASSES
        for char in text
        if not char.isascii()
    )


def isolate(text: str) -> str:
    """``text`` as a bidi island: its direction cannot leak into the words around it.

    Left as it is when it has no right-to-left letters and no direction controls,
    so plain text stays byte for byte what was typed. Each line is its own island:
    isolates end at a paragraph break.
    """
    if text.isascii() or not needs_isolation(text):
        return text
    return "\n".join(
        FSI + _balanced(line) + PDI if needs_isolation(line) else line for line in text.split("\n")
    )


def prepare(value: object, limit: int = REPORT_TEXT_LIMIT) -> str:
    """The common first step for every format: visible controls, bounded, bidi-isolated."""
    return isolate(shorten(clean_text(str(value)), limit))


_LONG_TOKEN = re.compile(r"\S{33,}")
ZWSP = "\u200b"  # zero-width space: a break opportunity that prints nothing


def soft_wrap(text: str, every: int = 32) -> str:
    """Break opportunities inside tokens longer than ``every`` characters.

    Qt's line breaker takes quadratic time on a long unbreakable token (a stack
    trace, a base64 blob): 300 KB took 40 s. With an opportunity every few dozen
    characters the layout is linear, and the token wraps inside its column
    instead of running off the page.
    """

    def cut(match: re.Match[str]) -> str:
        token = match.group()
        return ZWSP.join(token[i : i + every] for i in range(0, len(token), every))

    return _LONG_TOKEN.sub(cut, text)


def brief(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut at a word boundary before ``limit`` characters; True when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat, False
    cut = flat[:limit].rsplit(" ", 1)[0]
    if len(cut) < limit // 2:  # one long word: cut inside it
        cut = flat[:limit]
    return cut.rstrip(" ,;:—-") + "…", True
