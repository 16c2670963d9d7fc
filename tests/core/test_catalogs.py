"""The German and Japanese catalogs: complete, true to their placeholders, and current.

A message left empty or fuzzy would print English to a German or Japanese reader;
a placeholder lost or renamed in a translation would raise ``KeyError`` (or drop a
fact) only when that message is shown; a template behind the code would leave a
new message untranslated without anyone noticing.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from tests.i18n_support import LOCALE, ROOT
from warroom.core.language import LANGUAGES, SOURCE

TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE]
PERCENT = re.compile(r"%\((\w+)\)[sd]")


def catalog(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as source:
        return read_po(source, locale=lang)


def forms(value: str | tuple[str, ...] | list[str] | None) -> list[str]:
    """A message's text or texts (a plural has one per form); none for a missing string."""
    if value is None:
        return [""]
    return [value] if isinstance(value, str) else list(value)


def placeholders(text: str) -> set[str]:
    """The names a message fills: ``{name}`` (Python code) and ``%(name)s`` (templates)."""
    names = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    return names | set(PERCENT.findall(text))


def messages(lang: str) -> list[Message]:
    return [m for m in catalog(LOCALE / lang / "LC_MESSAGES" / "warroom.po", lang) if m.id]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 300
    untranslated = [m.id for m in found if not all(s.strip() for s in forms(m.string))]
    fuzzy = [m.id for m in found if m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_fill_the_same_placeholders(lang: str) -> None:
    wrong = []
    for m in messages(lang):
        wanted = set().union(*(placeholders(text) for text in forms(m.id)))
        for text in forms(m.string):
            # ngettext passes ``num`` to a template's forms; a form may say "one" instead.
            if placeholders(text) | {"num", "n"} < wanted | {"num", "n"} or (
                placeholders(text) - wanted
            ):
                wrong.append((m.id, text))
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_catalog_has_the_plural_forms_of_its_language(lang: str) -> None:
    found = catalog(LOCALE / lang / "LC_MESSAGES" / "warroom.po", lang)
    expected = {"de": 2, "ja": 1}[lang]
    assert found.num_plurals == expected
    for m in found:
        if m.id and m.pluralizable:
            assert len(forms(m.string)) == expected, m.id


def test_the_template_and_the_catalogs_hold_what_the_code_marks(tmp_path: Path) -> None:
    fresh = tmp_path / "warroom.pot"
    CommandLineInterface().run(
        [
            "pybabel",
            "--quiet",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            "-k",
            "N_",
            "--no-location",
            "--omit-header",
            "-o",
            str(fresh),
            str(ROOT),
        ]
    )
    in_code = {m.id for m in catalog(fresh) if m.id}
    assert len(in_code) > 300
    in_template = {m.id for m in catalog(LOCALE / "warroom.pot") if m.id}
    assert in_code == in_template, "run pybabel extract and update (see the Makefile)"
    for lang in TRANSLATED:
        assert {m.id for m in messages(lang)} == in_template, lang
