"""Is there anything in it? Judging the words of an action, not only that it happened.

Scoring credits an update, a hypothesis or a request only when it says
something: a few distinct real words, not "x1", not a copy of an earlier text.
A root cause is judged against the scenario's key facts, sentence by sentence,
so a pasted list of keywords does not pass for an explanation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from warroom.exercise.scenario import KeyFact

MIN_WORDS = 4
# A sentence longer than this is not a sentence but a pasted list of terms.
MAX_SENTENCE_WORDS = 70

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_FILLER = {
    "test", "testing", "todo", "tbd", "xxx", "asdf", "lorem", "ipsum", "dolor", "foo", "bar",
    "baz", "qwerty", "blah", "update", "hypothesis", "note", "entry", "fix", "request", "abc",
}  # fmt: skip


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def meaningful(text: str | None, min_words: int = MIN_WORDS) -> bool:
    """At least ``min_words`` distinct words of three letters or more that are not filler."""
    if not text:
        return False
    distinct = {w for w in words(text) if sum(c.isalpha() for c in w) >= 3 and w not in _FILLER}
    return len(distinct) >= min_words


def normalised(text: str) -> str:
    return " ".join(words(text))


class Novelty:
    """Remembers what was said, so the same text twice counts once."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def new(self, text: str) -> bool:
        key = normalised(text)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


# Words that any sentence of an explanation has and a list of keywords lacks.
_FUNCTION = {
    "the", "a", "an", "of", "to", "was", "is", "had", "has", "have", "and", "in", "on",
    "because", "so", "by", "for", "with", "that", "it", "were", "been", "not", "from", "at",
    "its", "which", "when", "after", "before", "than", "as", "but", "into", "since", "are",
}  # fmt: skip


def reads_as_prose(sentence: str) -> bool:
    """A sentence, not a pasted list of terms: function words, and not endless."""
    found = words(sentence)
    if not found or len(found) > MAX_SENTENCE_WORDS:
        return False
    joining = sum(1 for w in found if w in _FUNCTION)
    return joining >= 2 and joining / len(found) >= 0.1


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def states(fact: KeyFact, text: str) -> bool:
    """Whether one sentence of ``text`` holds every term of the fact."""
    for sentence in sentences(text):
        if not reads_as_prose(sentence):
            continue
        lower = sentence.lower()
        if all(any(alt in lower for alt in term) for term in fact.match):
            return True
    return False


def facts_stated(facts: Iterable[KeyFact], text: str) -> list[KeyFact]:
    return [f for f in facts if states(f, text)]
