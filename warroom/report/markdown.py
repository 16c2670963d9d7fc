"""Markdown out of typed text, and HTML out of the Markdown documents.

Every ASCII punctuation character may be backslash-escaped in CommonMark, so
the characters that start emphasis, code, links, images, autolinks, raw HTML,
tables and strikethrough are escaped wherever they stand, and the ones that
start a block (headings, quotes, lists, fences, thematic breaks, setext
underlines) where a line begins. Leading spaces, which would make an indented
code block, are dropped. The result reads as plain text in any CommonMark
renderer, GitHub's included (its bare-URL links too are defused).

The briefing, roadmap and after-action pages are Markdown first; their HTML is
rendered by markdown-it-py with raw HTML off, so the one escaping rule above
holds for every format.
"""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache
from typing import Any

from warroom.report.typed import prepare

_INLINE_ESCAPES = str.maketrans({char: "\\" + char for char in "\\`*_[]<>!|~&#"})
# GitHub links bare URLs, www. names and e-mail addresses; an escape breaks the pattern.
_BARE_LINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)|(@)")
_BLOCK_START = re.compile(r"^([-+=])|^(\d{1,9})([.)])")
_BLOCK_FIRST = frozenset("-+=0123456789")


@lru_cache(maxsize=4096)
def md_inline(text: str) -> str:
    """One line of typed text as Markdown inline content that renders as itself.

    Cached: a report of 10,000 events escapes the same names, kinds and phrases
    tens of thousands of times.
    """
    # One pass in C for the inline characters; the two patterns only where they can match
    # (a report escapes 10,000 texts that are new to the cache).
    text = text.translate(_INLINE_ESCAPES)
    if "@" in text or "://" in text or "www." in text.lower():
        text = _BARE_LINK.sub(lambda m: "\\" + m.group(), text)
    if text[:1] in _BLOCK_FIRST:
        text = _BLOCK_START.sub(
            lambda m: "\\" + m.group() if m.group(1) else m.group(2) + "\\" + m.group(3), text
        )
    return text


def md_text(value: object) -> str:
    """Free text in Markdown: every line kept (hard line breaks), nothing becomes markup.

    Blank lines are dropped: one would end the list item or table the text sits in.
    """
    lines = [md_inline(line.strip()) for line in prepare(value).split("\n")]
    return "\\\n".join(line for line in lines if line) or " "


def md_line(value: object) -> str:
    """Text that must stay on one line (a heading): its lines joined by spaces."""
    return md_inline(" ".join(prepare(value).split())) or " "


def md_cell(value: object) -> str:
    """Text that cannot break out of a Markdown table cell, nor become markup in it."""
    return md_line(value)


@cache
def _renderer() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark with tables; raw HTML off: whatever slipped through stays text.
    return MarkdownIt("commonmark", {"html": False}).enable("table")


STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:1000px;margin:auto;padding:24px;"
    "line-height:1.45}table{border-collapse:collapse;width:100%}td,th{border:1px solid "
    "#ccc;padding:4px 6px;vertical-align:top;overflow-wrap:anywhere;min-width:4.5em}"
    "th{background:#eef0f3}"
)


def markdown_to_html(title: str, markdown: str) -> str:
    """A self-contained HTML page of a Markdown document; raw HTML in it stays text."""
    body = str(_renderer().render(markdown))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
        f"{html.escape(prepare(title))}</title><style>{STYLE}</style></head><body>\n"
        + body
        + "</body></html>\n"
    )
