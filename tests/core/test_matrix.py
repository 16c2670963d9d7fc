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
description = "down"
contact_office_hours = "call"
contact_after_hours = "call"
update_cadence_minutes = 15
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
        (GOOD.replace('description = "down"', 'description = ""'), "description must be"),
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


def test_missing_matrix_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        load_matrix(tmp_path / "nope.toml")
    assert "not found" in info.value.message
    assert "WARROOM_RESOURCES" in info.value.hint
