"""The languages warroom speaks, and texts that carry every one of them.

The content files (the communication matrix, the diagnostic protocols, the
update templates) keep every language beside the English source, in one file:
a text is a small table with one key per language, written in TOML as dotted
keys (``description.en = "..."``, ``description.de = "..."``,
``description.ja = "..."``). A translator sees the source and each translation
together, a reviewer sees in one diff that a changed English text was
translated, and a file cannot quietly lag behind in one language: a table
without one of the languages is refused, naming the file, the entry, the key
and the language. English is the source and the language of identifiers.

Where a file allows it (a protocol a team wrote for itself), a text may also be
written once, as a plain string: it is then shown as it is in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from warroom.core.errors import InvalidInput

#: The languages of the product, the source first.
LANGUAGES: tuple[str, ...] = ("en", "de", "ja")
SOURCE = "en"
#: Each language named in itself, as a language menu shows it.
LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "ja": "日本語"}
# How error messages (written in English, like every message of the core) name them.
# Translated where a message names them (their msgids are marked in warroom.core.names).
_ENGLISH_NAMES: Mapping[str, str] = {"en": "English", "de": "German", "ja": "Japanese"}

T = TypeVar("T")


def check_language(lang: str) -> str:
    """``lang`` when warroom speaks it; ``InvalidInput`` naming the choices otherwise."""
    if lang not in LANGUAGES:
        from warroom.core.i18n import _  # i18n reads LANGUAGES from here

        raise InvalidInput(
            _("unknown language {lang!r}").format(lang=lang),
            hint=_("choose one of: {choices}").format(choices=", ".join(LANGUAGES)),
        )
    return lang


@dataclass(frozen=True)
class Localized(Generic[T]):
    """One value (a text, a list of texts) in several languages, the English source first.

    Built from a checked file it holds every language. A value built in code
    with fewer languages (``Localized.single``) answers the source for the rest:
    that is the only fallback, and a loader that demands every language never
    produces one.
    """

    pairs: tuple[tuple[str, T], ...]

    def __post_init__(self) -> None:
        languages = [lang for lang, _ in self.pairs]
        # Broken pairs are a programming error, not a file error: parse_localized checks files.
        if not languages or languages[0] != SOURCE:
            raise ValueError(f"a Localized value starts with the {SOURCE} source: {languages}")
        if len(set(languages)) != len(languages) or not set(languages) <= set(LANGUAGES):
            raise ValueError(f"a Localized value names each known language once: {languages}")

    @classmethod
    def of(cls, values: Mapping[str, T]) -> Localized[T]:
        """The values in the order of ``LANGUAGES`` (the mapping must hold the source)."""
        unknown = set(values) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"unknown languages {sorted(unknown)}")
        return cls(tuple((lang, values[lang]) for lang in LANGUAGES if lang in values))

    @classmethod
    def single(cls, value: T) -> Localized[T]:
        """A value written once, shown in every language."""
        return cls(((SOURCE, value),))

    @property
    def source(self) -> T:
        return self.pairs[0][1]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.pairs)

    @property
    def is_complete(self) -> bool:
        return self.languages == LANGUAGES

    def get(self, lang: str) -> T:
        """The value in ``lang``; the source when this value was written once."""
        check_language(lang)
        for code, value in self.pairs:
            if code == lang:
                return value
        return self.source

    def as_dict(self) -> dict[str, T]:
        return dict(self.pairs)


def language_name(lang: str) -> str:
    """The English name of a language code, for messages (``de`` -> German)."""
    return _ENGLISH_NAMES.get(lang, lang)


def example(key: str) -> str:
    """How a text is written in every language, for hints."""
    return ", ".join(f'{key}.{lang} = "..."' for lang in LANGUAGES)


#: Checks one language's value: (label for messages such as "need.de", raw value) -> value.
Check = Callable[[str, Any], T]


def parse_localized(
    where: str,
    key: str,
    value: Any,
    check: Check[T],
    *,
    single_allowed: bool,
) -> Localized[T]:
    """``value`` from a file as a ``Localized``; every language or, if allowed, one text.

    ``where`` names the file and the entry ("matrix.toml: priority 'Blocker'"),
    ``key`` the field. A table must hold exactly the languages of ``LANGUAGES``;
    ``check`` is given each language's value with a label such as ``need.de``
    and raises ``InvalidInput`` for a value it refuses.
    """
    from warroom.core.i18n import _  # i18n reads LANGUAGES from here

    if not isinstance(value, dict):
        if not single_allowed:
            raise InvalidInput(
                _("{where}: {key} must be written in every language ({languages})").format(
                    where=where, key=key, languages=", ".join(LANGUAGES)
                ),
                hint=_("write {example}").format(example=example(key)),
            )
        return Localized.single(check(key, value))
    unknown = [lang for lang in value if lang not in LANGUAGES]
    if unknown:
        raise InvalidInput(
            _("{where}: {key}.{lang}: {lang!r} is not a language warroom speaks").format(
                where=where, key=key, lang=unknown[0]
            ),
            hint=_("the languages are {languages}").format(languages=", ".join(LANGUAGES)),
        )
    for lang in LANGUAGES:
        if lang not in value:
            raise InvalidInput(
                _("{where}: {key} has no {language} text ({key}.{lang} is missing)").format(
                    where=where, key=key, language=_(language_name(lang)), lang=lang
                ),
                hint=_("every text is written in every language: {example}").format(
                    example=example(key)
                ),
            )
    return Localized.of({lang: check(f"{key}.{lang}", value[lang]) for lang in LANGUAGES})


def in_language(texts: Mapping[str, Localized[str]], key: str, lang: str, written_once: str) -> str:
    """The text of ``key`` in ``lang``, or ``written_once`` for a key without translations."""
    localized = texts.get(key)
    if localized is None:
        check_language(lang)
        return written_once
    return localized.get(lang)
