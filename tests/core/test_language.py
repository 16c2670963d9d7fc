from __future__ import annotations

import re
from typing import Any

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.language import (
    LANGUAGE_NAMES,
    LANGUAGES,
    SOURCE,
    Localized,
    check_language,
    in_language,
    parse_localized,
)
from warroom.core.matrix import CommunicationMatrix
from warroom.core.protocol import builtin_protocols
from warroom.core.update_templates import load_templates


def _text(label: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{label} must be a non-empty text")
    return value.strip()


WHERE = "matrix.toml: priority 'Blocker'"


def test_english_is_the_source_and_every_language_has_a_name() -> None:
    assert LANGUAGES[0] == SOURCE == "en"
    assert set(LANGUAGES) == {"en", "de", "ja"}
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert LANGUAGE_NAMES["ja"] == "日本語" and LANGUAGE_NAMES["de"] == "Deutsch"


def test_a_complete_table_gives_each_language_its_own_text() -> None:
    value = parse_localized(
        WHERE,
        "description",
        {"ja": " 停止 ", "en": "down", "de": "ausgefallen"},
        _text,
        single_allowed=False,
    )
    assert value.is_complete
    assert value.languages == LANGUAGES  # in the order of LANGUAGES, whatever the file's
    assert [value.get(lang) for lang in LANGUAGES] == ["down", "ausgefallen", "停止"]
    assert value.source == "down"
    assert value.as_dict() == {"en": "down", "de": "ausgefallen", "ja": "停止"}


@pytest.mark.parametrize("missing", LANGUAGES)
def test_a_table_without_one_language_names_the_entry_the_key_and_the_language(
    missing: str,
) -> None:
    table = {lang: f"text {lang}" for lang in LANGUAGES if lang != missing}
    with pytest.raises(InvalidInput) as info:
        parse_localized(WHERE, "description", table, _text, single_allowed=False)
    message = info.value.message
    assert message.startswith(WHERE + ": description has no ")
    assert f"(description.{missing} is missing)" in message
    assert {"en": "English", "de": "German", "ja": "Japanese"}[missing] in message
    assert "description.de = " in info.value.hint


def test_an_unknown_language_and_a_bad_value_are_named_with_their_key() -> None:
    with pytest.raises(InvalidInput, match=r"label\.fr: 'fr' is not a language") as info:
        parse_localized(
            WHERE,
            "label",
            {"en": "a", "de": "b", "ja": "c", "fr": "d"},
            _text,
            single_allowed=False,
        )
    assert "en, de, ja" in info.value.hint
    with pytest.raises(InvalidInput, match=r"^label\.ja must be a non-empty text$"):
        parse_localized(
            WHERE, "label", {"en": "a", "de": "b", "ja": " "}, _text, single_allowed=False
        )


def test_a_text_written_once_is_refused_unless_the_file_allows_it() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_localized(WHERE, "need", "only English", _text, single_allowed=False)
    assert info.value.message == f"{WHERE}: need must be written in every language (en, de, ja)"
    assert 'need.en = "...", need.de = "...", need.ja = "..."' in info.value.hint
    once = parse_localized(WHERE, "need", " Drucker ", _text, single_allowed=True)
    assert not once.is_complete
    assert [once.get(lang) for lang in LANGUAGES] == ["Drucker"] * 3


def test_an_unknown_language_is_a_user_error_naming_the_choices() -> None:
    assert check_language("ja") == "ja"
    for wrong in ("fr", "DE", "", "en-US"):
        with pytest.raises(InvalidInput) as info:
            check_language(wrong)
        assert repr(wrong) in info.value.message
        assert info.value.hint == "choose one of: en, de, ja"
    with pytest.raises(InvalidInput):
        Localized.single("x").get("fr")


def test_localized_values_are_built_source_first_and_are_hashable() -> None:
    value = Localized.of({"de": ("a",), "en": ("b",)})
    assert value.pairs == (("en", ("b",)), ("de", ("a",)))
    assert value.get("ja") == ("b",)  # built in code without Japanese: the source
    assert hash(value) == hash(Localized.of({"en": ("b",), "de": ("a",)}))
    for broken in ((), (("de", "x"),), (("en", "x"), ("en", "y")), (("en", "x"), ("fr", "y"))):
        with pytest.raises(ValueError, match="Localized"):
            Localized(broken)
    with pytest.raises(ValueError, match="unknown languages"):
        Localized.of({"en": "x", "xx": "y"})


def test_in_language_uses_the_translations_and_keeps_a_text_written_once() -> None:
    texts = {"title": Localized.of({"en": "Scope", "de": "Umfang", "ja": "範囲"})}
    assert in_language(texts, "title", "de", "Scope") == "Umfang"
    assert in_language(texts, "need", "ja", "ein Text") == "ein Text"
    with pytest.raises(InvalidInput):
        in_language(texts, "need", "xx", "ein Text")


# ---------------------------------------------------------------------------
# The shipped content, in every language

#: Translations allowed to equal their English source: article 002's German
#: communication matrix keeps these priority names as they are.
SAME_AS_ENGLISH = {("de", "Blocker"), ("de", "Major"), ("de", "Minor")}

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# The informal German address ("ihr" is left out: it is also "her"); the product
# speaks to customers as "Sie".
_DU = re.compile(r"\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b")


def shipped_texts() -> list[tuple[str, Localized[str]]]:
    """Every text of the matrix, the update templates and the built-in protocols."""
    found: list[tuple[str, Localized[str]]] = []
    for p in CommunicationMatrix.default().priorities:
        found += [(f"matrix {p.name} {key}", value) for key, value in p.texts.items()]
        assert p.example_texts is not None
        for n in range(len(p.examples)):
            found.append(
                (
                    f"matrix {p.name} example {n + 1}",
                    Localized.of({lang: p.examples_in(lang)[n] for lang in LANGUAGES}),
                )
            )
    templates = load_templates()
    found += [(f"template {key}", value) for key, value in templates.localized.items()]
    found += [(f"phrase {key}", value) for key, value in templates.phrases.items()]
    for protocol in builtin_protocols():
        found += [(f"{protocol.name} {key}", value) for key, value in protocol.texts.items()]
        for n, item in enumerate(protocol.items, start=1):
            found += [(f"{protocol.name} item {n} {k}", v) for k, v in item.texts.items()]
    return found


def test_every_shipped_text_is_complete_and_translated() -> None:
    texts = shipped_texts()
    # 4 priorities x (4 texts + 3 examples), 12 templates, 3 phrases, 2 x 2 protocol
    # texts and 6 texts for each of the 25 protocol items.
    assert len(texts) == 4 * 7 + 12 + 3 + 4 + 6 * 25
    for where, value in texts:
        assert value.is_complete, where
        for lang in ("de", "ja"):
            text = value.get(lang)
            if (lang, text) not in SAME_AS_ENGLISH:
                assert text != value.source, (where, lang)


def test_german_says_sie_and_japanese_is_written_in_japanese() -> None:
    for where, value in shipped_texts():
        assert not _DU.search(value.get("de")), where
        assert _JAPANESE.search(value.get("ja")), where
