"""Is there anything in it? Judging the words of an action, not only that it happened.

Scoring credits an update, a hypothesis or a request only when it says
something: a few distinct real words, not "x1", not a copy of an earlier text.
A root cause is judged against the scenario's key facts, sentence by sentence,
so a pasted list of keywords does not pass for an explanation.

A team may write in English, German or Japanese. Japanese puts no spaces
between words: a run of kanji or katakana counts as a word, and the particles
and endings written in hiragana (の, が, を, していた) count as the joining words
that a sentence has and a list of keywords lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from warroom.exercise.scenario import KeyFact

MIN_WORDS = 4
# A sentence longer than this is not a sentence but a pasted list of terms.
MAX_SENTENCE_WORDS = 70

_HIRAGANA = "\u3041-\u309f"
_KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"
_JAPANESE = _HIRAGANA + _KATAKANA + _KANJI
_WORD = re.compile(
    rf"[{_KANJI}]+|[{_KATAKANA}]+|[{_HIRAGANA}]+|(?:(?![{_JAPANESE}])[^\W\d_])(?:(?![{_JAPANESE}])[\w'’-])*",
    re.UNICODE,
)
_PARTICLES = re.compile(rf"^[{_HIRAGANA}]+$")
_CONTENT_JAPANESE = re.compile(rf"^[{_KANJI}{_KATAKANA}]+$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*|\n+")
_FILLER = {
    "test", "testing", "todo", "tbd", "xxx", "asdf", "lorem", "ipsum", "dolor", "foo", "bar",
    "baz", "qwerty", "blah", "update", "hypothesis", "note", "entry", "fix", "request", "abc",
    "eintrag", "notiz", "hypothese", "anfrage", "テスト", "メモ", "更新", "仮説", "未定",
}  # fmt: skip


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _substantial(word: str) -> bool:
    """A word that carries meaning: three letters, or two kanji or katakana (停止, ログ)."""
    if word in _FILLER or _PARTICLES.match(word):
        return False
    if _CONTENT_JAPANESE.match(word):
        return len(word) >= 2
    return sum(c.isalpha() for c in word) >= 3


def meaningful(text: str | None, min_words: int = MIN_WORDS) -> bool:
    """At least ``min_words`` distinct words of substance that are not filler."""
    if not text:
        return False
    distinct = {w for w in words(text) if _substantial(w)}
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
    # German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "ist", "war", "wurde", "wurden", "hat", "hatte", "haben", "und", "im", "auf",
    "weil", "da", "durch", "für", "mit", "dass", "es", "sind", "waren", "nicht", "kein",
    "keine", "von", "vom", "zu", "zur", "zum", "nach", "vor", "als", "aber", "seit", "bei",
    "wegen", "wenn", "sich", "wird", "am", "aus", "über", "ohne", "jede", "jeder", "jedem",
}  # fmt: skip


# Japanese particles, and the endings of verbs and auxiliaries (した, している, ました); the
# hiragana inside a word (書き込み, 止め) joins nothing.
_JOINING_JAPANESE = {
    "が", "を", "に", "は", "で", "の", "と", "も", "へ", "や", "か", "から", "まで", "より",
    "ため", "ので", "など", "による", "により", "によって", "として", "について", "ながら",
    "けど", "けれど", "ば", "のに", "では", "には", "とは", "でも", "での", "への", "との",
}  # fmt: skip
_JAPANESE_ENDING = ("た", "る", "て", "す", "だ", "い")


def _joining(word: str) -> bool:
    if word in _FUNCTION:
        return True
    if not _PARTICLES.match(word):
        return False
    return word in _JOINING_JAPANESE or (len(word) >= 2 and word.endswith(_JAPANESE_ENDING))


def reads_as_prose(sentence: str) -> bool:
    """A sentence, not a pasted list of terms: function words, and not endless."""
    found = words(sentence)
    if not found or len(found) > MAX_SENTENCE_WORDS:
        return False
    joining = sum(1 for w in found if _joining(w))
    return joining >= 2 and joining / len(found) >= 0.1


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def states(fact: KeyFact, text: str) -> bool:
    """Whether one sentence of ``text`` holds every term of the fact."""
    for sentence in sentences(text):
        if not reads_as_prose(sentence):
            continue
        lower = sentence.lower()
        for match in fact.matches:
            if all(any(alt in lower for alt in term) for term in match):
                return True
    return False


def facts_stated(facts: Iterable[KeyFact], text: str) -> list[KeyFact]:
    return [f for f in facts if states(f, text)]
