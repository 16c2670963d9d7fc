"""The words of the record, as search sees them: what is indexed, how a query splits, snippets.

Pure Python, the same for SQLite and PostgreSQL. The index works on character
trigrams (see docs/design-notes.md, "Search"), so a query is a list of plain
substrings: nothing a person types is ever query syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Values that are identifiers or instants, not words: indexing them would only
# add noise (a uid is 34 trigrams of nothing a person searches for).
_NOT_WORDS = re.compile(
    r"^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)?)$",
    re.IGNORECASE,
)
_SKIPPED_KEYS = frozenset(
    # identifiers, and codes of the vocabulary that every event of a kind repeats
    {"uid", "client_id", "hypothesis", "ended", "corrects", "entry", "mode", "audience", "phase"}
    | {"channel", "delivery", "dimension", "label"}
)
# Shorter than a trigram: the index cannot find these, a scan of the matches must.
TRIGRAM = 3
MAX_QUERY = 500
MAX_TERMS = 16


def event_text(payload: Mapping[str, Any]) -> str:
    """The words an event adds to the search index: its payload's text values."""
    parts: list[str] = []
    _collect(payload, parts)
    return "\n".join(parts)


def _collect(value: Any, parts: list[str], key: str = "") -> None:
    if key in _SKIPPED_KEYS:
        return
    if isinstance(value, str):
        text = value.strip()
        if text and not _NOT_WORDS.match(text):
            parts.append(text)
    elif isinstance(value, Mapping):
        for name, item in value.items():
            _collect(item, parts, str(name))
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, parts)


def query_terms(query: str) -> list[str]:
    """The substrings a query asks for, in order, each once; every character is text."""
    seen: dict[str, None] = {}
    for raw in query[:MAX_QUERY].split():
        term = raw.casefold()
        if term not in seen:
            seen[term] = None
    return list(seen)[:MAX_TERMS]


def fts5_string(term: str) -> str:
    """One term as an FTS5 string literal: quotes doubled, so `NEAR`, `*`, `"` are text."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """A LIKE pattern that finds ``term`` anywhere, with ``\\`` as the escape character."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# A word, or a code such as ORA-00257, E-1207 or 4.7.0 (joined by - . : / _), whole.
_WORD = re.compile(r"\w(?:[\w.:/-]*\w)?", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_STOPWORDS = frozenset(
    """
    about after again also because been before being between could does doing down during
    from have having here into more most other over same should some such than that their
    them then there these they this those through under until very what when where which
    while with would your nicht nach noch eine einer eines einem dass oder aber auch sind
    wird werden wurde kann beim nicht mehr sich unter über
    """.split()  # noqa: SIM905 - a word list reads better as words
)


def similarity_terms(texts: Iterable[str], limit: int = 24) -> list[str]:
    """Distinctive pieces of what is written now, to look for in past incidents.

    Words and error codes of four characters or more (not the commonest),
    longest first; runs of CJK script, which has no spaces, as three-character
    pieces.
    """
    found: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(text.casefold()):
            if _CJK.search(word):
                for start in range(0, max(len(word) - TRIGRAM, 0) + 1, 2):
                    found.setdefault(word[start : start + TRIGRAM], None)
            elif len(word) >= 4 and word not in _STOPWORDS and not word.isdigit():
                found.setdefault(word, None)
    return sorted(found, key=len, reverse=True)[:limit]


@dataclass(frozen=True)
class Snippet:
    """A piece of an event's text with the places that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The text with each match wrapped in ``start`` and ``end``."""
        out: list[str] = []
        last = 0
        for a, b in self.spans:
            out.extend((self.text[last:a], start, self.text[a:b], end))
            last = b
        out.append(self.text[last:])
        return "".join(out)


def snippet(body: str, terms: Iterable[str], width: int = 160) -> Snippet:
    """The part of ``body`` around its first match, every match in it marked."""
    body = " ".join(body.split())
    folded = body.lower()
    if len(folded) != len(body):  # a rare letter whose lower case is longer: match as typed
        folded = body
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = term.lower()
        if not needle:
            continue
        start = folded.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    spans = _merged(sorted(spans))
    first = spans[0][0] if spans else 0
    begin = max(0, min(first - width // 3, len(body) - width))
    end = min(len(body), begin + width)
    text = body[begin:end]
    shown = tuple(
        (max(a, begin) - begin, min(b, end) - begin) for a, b in spans if a < end and b > begin
    )
    if begin > 0:
        text = "…" + text
        shown = tuple((a + 1, b + 1) for a, b in shown)
    if end < len(body):
        text += "…"
    return Snippet(text, shown)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
