"""The document's text form is json.dumps(indent=2), character for character, only faster."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

import pytest

from warroom import exchange
from warroom.demo import create_demo_incident
from warroom.room import WarRoom

from ..conftest import T0

FIXTURES = Path(__file__).parents[1] / "fixtures"


class Colour(StrEnum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3


def reference(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [[]], "d": [{}]},
        {"text": 'quote " backslash \\ newline \n nul \x00 line sep \u2028 日本 é'},
        [True, False, None, 0, -5, 10**30, Level.HIGH, Colour.RED],
        {"float": 1.5, "nan": float("nan"), "inf": [float("inf"), -0.0, 1e100]},
        {1: "an int key", "nested": {2: [None, True], "deep": {"x": [1, [2, [3, {}]]]}}},
        ("a", {"tuple": ()}),
    ],
)
def test_every_kind_of_value_reads_as_json_writes_it(value: Any) -> None:
    assert exchange.dumps(value) == reference(value)


def test_an_exported_record_and_every_fixture_read_as_json_writes_them(room: WarRoom) -> None:
    demo = create_demo_incident(room, now=T0)
    document = exchange.export_incident(room.store, demo, answer_key=True)
    assert exchange.dumps(document) == reference(document)
    files = sorted(FIXTURES.rglob("*.json"))
    assert files
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert exchange.dumps(document) == reference(document), path
