from __future__ import annotations

import string
from pathlib import Path

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.resources import resource
from warroom.core.update_templates import AUDIENCES, PHASES, load_templates

FIELDS = {
    "title": "ERP down",
    "priority": "Blocker",
    "status": "identified",
    "impact": "the plant cannot release orders",
    "who": "plant Ulm",
    "count": "460",
    "services": "ERP",
    "doing": "extending the archive volume",
    "since": "21:52 UTC",
}


def test_every_phase_and_audience_has_a_template_that_fills() -> None:
    templates = load_templates()
    for phase in PHASES:
        for audience in AUDIENCES:
            text = templates.render(phase, audience, FIELDS)
            assert text and "{" not in text


def test_statuses_map_to_phases_and_resolved_promises_the_report() -> None:
    templates = load_templates()
    assert "extending the archive volume" in templates.render("mitigating", "customers", FIELDS)
    final = templates.render("resolved", "customers", FIELDS)
    assert "report" in final and "cause" in final


def test_a_broken_template_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('[investigating.customers]\ntext = "{nonsense}"\n')
    with pytest.raises(InvalidInput, match=r"missing|unknown placeholder|in every language"):
        load_templates(path)


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_every_template_is_translated_with_the_same_placeholders(lang: str) -> None:
    templates = load_templates()
    for phase in PHASES:
        for audience in AUDIENCES:
            english = templates.template_for(phase, audience)
            translated = templates.template_for(phase, audience, lang)
            assert translated != english, (phase, audience)
            assert _names(translated) == _names(english), (phase, audience)
            filled = templates.render(phase, audience, FIELDS, lang=lang)
            for key in _names(english):
                assert FIELDS[key] in filled, (phase, audience, key)
    for name, localized in templates.phrases.items():
        assert localized.get(lang) != localized.source, name


def test_the_communicator_chooses_the_language_of_each_update() -> None:
    templates = load_templates()
    english = templates.render("resolved", "customers", FIELDS)
    german = templates.render("resolved", "customers", FIELDS, lang="de")
    japanese = templates.render("resolved", "customers", FIELDS, lang="ja")
    # Sie-form and the ITIL words; the Japanese report of cause and corrective action.
    assert "Ihnen" in german and "Störung" in german and "Korrekturmaßnahmen" in german
    assert "是正処置" in japanese and "報告書" in japanese
    assert english == load_templates().render("resolved", "customers", FIELDS, lang="en")
    assert templates.phrase("doing_testing", "ja", hypothesis="H1") == "仮説「H1」を検証中"
    assert templates.phrase("count_unknown") == "an unknown number"
    with pytest.raises(InvalidInput, match="unknown language 'fr'"):
        templates.render("resolved", "customers", FIELDS, lang="fr")


def test_english_callers_get_the_text_they_got_before() -> None:
    templates = load_templates()
    assert templates.texts[("resolved", "internal")] == (
        "[{priority}] {title}: resolved. The cause-and-corrective-action report follows."
    )
    assert templates.render("resolved", "internal", FIELDS) == (
        "[Blocker] ERP down: resolved. The cause-and-corrective-action report follows."
    )


def _complete_file() -> str:
    """The shipped file as a test's starting point, so each case breaks one thing in it."""
    return resource("update_templates.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            'text.ja = """[{priority}] {title}：解決済み。',
            "# text.ja removed: ",
            "[resolved.internal]: text has no Japanese text (text.ja is missing)",
            id="missing-japanese",
        ),
        pytest.param(
            "Bisherige Auswirkung: {impact}.",
            "Bisherige Auswirkung: siehe oben.",
            "[identified.executives]: text.de uses the placeholders {doing}, {title}, "
            "its English source {doing}, {impact}, {title}",
            id="placeholder-dropped",
        ),
        pytest.param(
            "Behebung in Vorbereitung.",
            "Behebung in Vorbereitung ({since}).",
            "[identified.internal]: text.de uses the placeholders",
            id="placeholder-added",
        ),
        pytest.param(
            "修正を準備中。",
            "修正を準備中 {status2}。",
            "[identified.internal]: text.ja: unknown placeholder {status2}",
            id="unknown-placeholder",
        ),
        pytest.param(
            'count_unknown.de = "eine unbekannte Anzahl"',
            'count_unknown.fr = "un nombre inconnu"',
            "[phrases]: count_unknown.fr: 'fr' is not a language",
            id="unknown-language",
        ),
        pytest.param(
            'doing_testing.ja = "仮説「{hypothesis}」を検証中"',
            'doing_testing.ja = "仮説を検証中"',
            "[phrases]: doing_testing.ja uses the placeholders none, its English source "
            "{hypothesis}",
            id="phrase-placeholder",
        ),
    ],
)
def test_an_incomplete_translation_is_refused_naming_file_entry_and_language(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    text = _complete_file()
    assert old in text
    path = tmp_path / "update_templates.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        load_templates(path)
    assert info.value.message.startswith(f"{path}: ")
    assert expected in info.value.message
