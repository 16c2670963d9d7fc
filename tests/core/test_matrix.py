from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.matrix import CommunicationMatrix, load_matrix


def test_default_matrix_has_four_priorities_with_the_agreed_defaults() -> None:
    matrix = CommunicationMatrix.default()
    assert matrix.names == ("Blocker", "Critical", "Major", "Minor")
    cadence = [p.update_cadence for p in matrix.priorities]
    assert cadence == [timedelta(minutes=m) for m in (15, 30, 60, 240)]
    assert matrix.get("Blocker").escalation_after == timedelta(hours=2)
    assert matrix.get("critical").escalation_after == timedelta(hours=2)
    assert matrix.get("Major").escalation_after is None
    assert all(p.ack_window == timedelta(minutes=30) for p in matrix.priorities)
    for p in matrix.priorities:
        assert p.examples and p.description and p.contact_office_hours and p.contact_after_hours


def test_unknown_priority_names_the_choices() -> None:
    with pytest.raises(InvalidInput) as info:
        CommunicationMatrix.default().get("Sev1")
    assert "Sev1" in info.value.message
    assert "Blocker, Critical, Major, Minor" in info.value.hint


GOOD = """
[[priority]]
name = "Blocker"
update_cadence_minutes = 15
label = { en = "Blocker", de = "Blocker", ja = "ブロッカー" }
description = { en = "down", de = "ausgefallen", ja = "停止" }
contact_office_hours = { en = "call", de = "anrufen", ja = "電話" }
contact_after_hours = { en = "page", de = "Pager", ja = "呼び出し" }
examples = { en = ["one", "two"], de = ["eins", "zwei"], ja = ["一", "二"] }
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[priority]\n", "not valid TOML"),
        ("title = 'x'\n", "no [[priority]] tables"),
        (GOOD.replace("update_cadence_minutes = 15", ""), "update_cadence_minutes is missing"),
        (GOOD.replace("= 15", "= 0"), "whole number of minutes above 0"),
        (GOOD.replace("= 15", "= '15'"), "whole number of minutes above 0"),
        (GOOD + 'colour = "red"\n', "colour must look like #rrggbb"),
        (GOOD + GOOD, "the name is used twice"),
        (GOOD.replace('en = "down"', 'en = ""'), "description.en must be a non-empty text"),
        (
            GOOD.replace(', ja = "停止"', ""),
            "priority 'Blocker': description has no Japanese text (description.ja is missing)",
        ),
        (
            GOOD.replace('de = "anrufen", ', ""),
            "priority 'Blocker': contact_office_hours has no German text",
        ),
        (GOOD.replace('"Pager"', "7"), "contact_after_hours.de must be a non-empty text"),
        (GOOD.replace('ja = "ブロッカー"', 'jp = "x"'), "label.jp: 'jp' is not a language"),
        (
            GOOD.replace('{ en = "down", de = "ausgefallen", ja = "停止" }', '"down"'),
            "must be written in every language",
        ),
        (GOOD.replace('["eins", "zwei"]', '["eins"]'), "examples.de has 1 examples"),
        (GOOD.replace('["一", "二"]', '"一"'), "examples.ja must be a list of texts"),
        (GOOD.replace("label = ", "labels = "), "label is missing"),
    ],
)
def test_broken_matrix_files_are_refused_with_a_reason(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "matrix.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        load_matrix(path)
    assert expected in info.value.message
    assert str(path) in info.value.message


def test_a_good_file_gives_each_text_in_each_language(tmp_path: Path) -> None:
    path = tmp_path / "matrix.toml"
    path.write_text(GOOD, encoding="utf-8")
    blocker = load_matrix(path).get("Blocker")
    assert (blocker.description, blocker.examples) == ("down", ("one", "two"))
    assert blocker.text("description", "de") == "ausgefallen"
    assert blocker.text("contact_after_hours", "ja") == "呼び出し"
    assert blocker.examples_in("ja") == ("一", "二")
    german = blocker.in_language("de")
    assert (german.name, german.label, german.contact_office_hours) == (
        "Blocker",
        "Blocker",
        "anrufen",
    )
    assert german.update_cadence == blocker.update_cadence
    with pytest.raises(InvalidInput, match="unknown language 'fr'"):
        blocker.text("description", "fr")


def test_english_callers_read_what_they_read_before_the_translations() -> None:
    matrix = CommunicationMatrix.default()
    blocker = matrix.get("Blocker")
    assert blocker.description == (
        "The customer's business has stopped: a mission-critical service is down for "
        "everyone and there is no workaround."
    )
    assert blocker.examples[0] == "The ERP system is down and the production line has stopped."
    assert matrix.in_language("en") == matrix
    assert [p.label for p in matrix.priorities] == list(matrix.names)


def test_the_names_stay_identifiers_and_the_labels_follow_the_language() -> None:
    matrix = CommunicationMatrix.default()
    german = matrix.in_language("de")
    japanese = matrix.in_language("ja")
    assert german.names == japanese.names == ("Blocker", "Critical", "Major", "Minor")
    # Article 002's matrix keeps the English words except for "Kritisch".
    assert [p.label for p in german.priorities] == ["Blocker", "Kritisch", "Major", "Minor"]
    assert len({p.label for p in japanese.priorities}) == 4
    assert german.get("critical").label == "Kritisch"
    for lang, translated in (("de", german), ("ja", japanese)):
        for original, p in zip(matrix.priorities, translated.priorities, strict=True):
            assert p.description == original.text("description", lang)
            assert p.description != original.description, (lang, p.name)
            assert len(p.examples) == len(original.examples)


def test_missing_matrix_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        load_matrix(tmp_path / "nope.toml")
    assert "not found" in info.value.message
    assert "WARROOM_RESOURCES" in info.value.hint
