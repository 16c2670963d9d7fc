from __future__ import annotations

from warroom.core.diagnosis import FixFact, shotgun_warnings
from warroom.core.entries import parse_entry
from warroom.core.vocabulary import EntryKind


def test_prefixes_mark_the_kind_of_entry() -> None:
    assert parse_entry("d: roll back the patch") == (EntryKind.DECISION, "roll back the patch")
    assert parse_entry("A: call the DBA") == (EntryKind.ACTION, "call the DBA")
    assert parse_entry("q:who changed the cron job?") == (
        EntryKind.QUESTION,
        "who changed the cron job?",
    )
    assert parse_entry("  line 2 stopped  ") == (EntryKind.NOTE, "line 2 stopped")
    assert parse_entry("dns is fine") == (EntryKind.NOTE, "dns is fine")
    assert parse_entry("db down", EntryKind.ACTION) == (EntryKind.ACTION, "db down")


def test_shotgun_warnings_appear_and_clear() -> None:
    assert shotgun_warnings([], 0) == []
    disciplined = [FixFact(True, True)]
    assert shotgun_warnings(disciplined, 0) == []
    blind = [FixFact(False, False)]
    assert "without a hypothesis" in shotgun_warnings(blind, 0)[0]
    pile = [FixFact(True, True), FixFact(True, True)]
    [warning] = shotgun_warnings(pile, 0)
    assert "2 failed fixes and no confirmed hypothesis" in warning
    assert shotgun_warnings(pile, 1) == []
