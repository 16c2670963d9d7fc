"""Scenario files: the built-in scenarios, the format's validation, finding a scenario."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.matrix import CommunicationMatrix
from warroom.core.vocabulary import Role
from warroom.exercise.scenario import (
    ACTIONS,
    EVERYONE,
    ExpectedAction,
    Scenario,
    builtin_dir,
    builtin_keys,
    builtin_scenarios,
    find_scenario,
    format_offset,
    load_scenario,
    parse_offset,
    parse_scenario,
)

BUILTIN_KEYS = [
    "billing-cannot-invoice",
    "database-crash-customers-unknown",
    "erp-production-stop",
    "reconciliation-crash",
    "warehouse-crashes",
]


# -- the built-in scenarios ----------------------------------------------------------


def test_the_five_builtin_scenarios_load_sorted_by_file_name() -> None:
    scenarios = builtin_scenarios()
    assert [s.key for s in scenarios] == BUILTIN_KEYS
    assert builtin_keys() == BUILTIN_KEYS
    assert len({s.title for s in scenarios}) == len(scenarios)


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_builtin_scenario_meets_the_minimums(key: str) -> None:
    scenario = find_scenario(key)
    assert scenario.key == key
    assert scenario.priority in CommunicationMatrix.default().names
    assert timedelta(hours=1, minutes=30) <= scenario.duration <= timedelta(hours=3)
    assert len(scenario.injects) >= 8
    assert scenario.roles_targeted == frozenset(Role)
    for role in Role:
        assert scenario.briefing_for(role)
        assert scenario.injects_for(role), f"{key}: no inject for {role}"
    assert len(scenario.ground_truth.red_herrings) >= 1
    assert scenario.ground_truth.root_cause and scenario.ground_truth.good_response
    assert len(scenario.expectations) >= 1
    assert [i.number for i in scenario.injects] == list(range(1, len(scenario.injects) + 1))
    ats = [i.at for i in scenario.injects]
    assert ats == sorted(ats) and ats[0] == timedelta(0)
    for inject in scenario.expectations:
        assert inject.deadline is not None and inject.deadline <= scenario.duration


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_builtin_scenario_expects_responses_from_several_roles(key: str) -> None:
    scenario = find_scenario(key)
    roles = {i.expect.role for i in scenario.expectations if i.expect is not None}
    assert len(roles) >= 3
    actions = {i.expect.action for i in scenario.expectations if i.expect is not None}
    assert ExpectedAction.POST_UPDATE in actions
    assert ExpectedAction.ADD_HYPOTHESIS in actions


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_blocker_and_critical_scenarios_expect_an_escalation(key: str) -> None:
    scenario = find_scenario(key)
    escalations = [
        i
        for i in scenario.expectations
        if i.expect is not None and i.expect.action is ExpectedAction.ESCALATE
    ]
    if scenario.priority in ("Blocker", "Critical"):
        assert escalations
    # billing starts as Major on purpose and expects the lead to raise it
    if scenario.priority == "Major":
        assert any(
            i.expect is not None and i.expect.action is ExpectedAction.CHANGE_PRIORITY
            for i in scenario.expectations
        )


def test_every_expected_action_is_used_by_some_builtin_scenario() -> None:
    used = {
        i.expect.action.value
        for s in builtin_scenarios()
        for i in s.expectations
        if i.expect is not None
    }
    assert used == set(ACTIONS)


def test_offsets_become_timedeltas_and_data_keeps_its_lines() -> None:
    scenario = find_scenario("warehouse-crashes")
    first = scenario.injects[0]
    assert first.to == EVERYONE
    assert first.recipients == tuple(Role)
    assert first.data is not None and first.data.splitlines()[0].startswith("Stops of StockPilot")
    assert first.expect is not None
    assert first.expect.within == timedelta(minutes=10)
    assert first.deadline == timedelta(minutes=10)
    second = scenario.injects[1]
    assert second.at == timedelta(minutes=5)
    assert second.recipients == (Role.DIAGNOSTICIAN,)
    assert second.data is not None and "status=9/KILL" in second.data
    assert scenario.duration == timedelta(hours=2, minutes=30)


def test_the_readme_example_is_a_valid_scenario() -> None:
    readme = (builtin_dir() / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    full = [e for e in examples if "[[inject]]" in e]
    assert len(full) == 1
    scenario = parse_scenario(tomllib.loads(full[0]), "billing-slow.toml")
    assert scenario.key == "billing-slow"
    assert scenario.priority == "Major"
    assert len(scenario.injects) == 3
    assert len(scenario.expectations) == 2


# -- offsets -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"), [("0:00", 0), ("0:05", 5), ("1:30", 90), ("2:00", 120), ("12:59", 779)]
)
def test_offsets_are_hours_and_minutes(text: str, minutes: int) -> None:
    assert parse_offset(text) == timedelta(minutes=minutes)
    assert format_offset(timedelta(minutes=minutes)) == text


@pytest.mark.parametrize("text", ["5", "0:5", "+5m", "0:60", "00:05:00", "1h30", "", "-0:05"])
def test_other_time_notations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="h:mm"):
        parse_offset(text)


# -- broken files ------------------------------------------------------------------------

GOOD = '''\
title = "Invoice run fails"
summary = "Nothing is billed."
priority = "Major"
duration = "1:30"

[briefing]
lead = "You lead."
diagnostician = "You diagnose."
communicator = "You communicate."
scribe = "You write."

[ground_truth]
root_cause = "A tax-rate row overlaps."
red_herrings = ["The release."]
good_response = "Find the overlap."

[[inject]]
at = "0:00"
to = "all"
text = "No invoices."

[[inject]]
at = "0:05"
to = "diagnostician"
text = "The log."
data = """
ERROR expected 1, actual 2
"""

[inject.expect]
role = "diagnostician"
action = "add_hypothesis"
within = 15
description = "A hypothesis before any fix."

[[inject]]
at = "0:20"
to = "lead"
text = "Roll back?"
'''


def write(tmp_path: Path, text: str, name: str = "billing.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_good_example_loads(tmp_path: Path) -> None:
    scenario = load_scenario(write(tmp_path, GOOD))
    assert scenario.key == "billing"
    assert [format_offset(i.at) for i in scenario.injects] == ["0:00", "0:05", "0:20"]
    assert scenario.injects[1].data == "ERROR expected 1, actual 2"
    assert scenario.source == "billing.toml"


def test_priority_names_are_matched_without_regard_to_case(tmp_path: Path) -> None:
    scenario = load_scenario(write(tmp_path, GOOD.replace('"Major"', '"major"')))
    assert scenario.priority == "Major"


def test_an_inject_to_all_with_an_expectation_and_equal_times_is_fine(tmp_path: Path) -> None:
    text = GOOD.replace('at = "0:20"', 'at = "0:05"')
    scenario = load_scenario(write(tmp_path, text))
    assert scenario.injects[1].at == scenario.injects[2].at


BROKEN: list[tuple[str, str, str]] = [
    # (what is wrong, the broken text, the message expected, exactly or in part)
    (
        "unknown recipient",
        GOOD.replace('to = "lead"', 'to = "comms"'),
        "billing.toml: inject 3: to must be one of lead, diagnostician, communicator, "
        "scribe, all — not 'comms'",
    ),
    (
        "invalid TOML",
        GOOD.replace('at = "0:20"', "at = 0:20"),
        "billing.toml: line 37, column 7: not valid TOML",
    ),
    ("unquoted clock time", GOOD.replace('at = "0:20"', "at = 00:20:00"), "inject 3: at must be"),
    ("unknown priority", GOOD.replace('"Major"', '"P1"'), "priority must be one of Blocker"),
    (
        "injects out of order",
        GOOD.replace('at = "0:20"', 'at = "0:03"'),
        "billing.toml: inject 3: at 0:03 comes before inject 2 (at 0:05)",
    ),
    (
        "inject after the end",
        GOOD.replace('at = "0:20"', 'at = "1:45"'),
        "billing.toml: inject 3: at 1:45 is after the end of the exercise (duration 1:30)",
    ),
    (
        "window beyond the end",
        GOOD.replace("within = 15", "within = 90"),
        "billing.toml: inject 2: expect.within 90 minutes ends at 1:35, after the end",
    ),
    (
        "unknown top-level key",
        "author = 'me'\n" + GOOD,
        "billing.toml: unknown key 'author'",
    ),
    (
        "misspelt inject key",
        GOOD.replace('to = "lead"', 'tp = "lead"'),
        "billing.toml: inject 3: unknown key 'tp'; did you mean 'to'?",
    ),
    (
        "misspelt expect key",
        GOOD.replace("within = 15", "whithin = 15"),
        "billing.toml: inject 2: unknown key 'expect.whithin'; did you mean 'expect.within'?",
    ),
    (
        "unknown briefing role",
        GOOD.replace('scribe = "You write."', 'scribe = "You write."\ncomms = "x"'),
        "billing.toml: unknown key 'briefing.comms'",
    ),
    (
        "missing briefing role",
        GOOD.replace('scribe = "You write."\n', ""),
        "billing.toml: briefing.scribe is missing",
    ),
    (
        "expected role all",
        GOOD.replace('role = "diagnostician"', 'role = "all"'),
        "billing.toml: inject 2: expect.role must be one of lead, diagnostician, "
        "communicator, scribe — not 'all'",
    ),
    (
        "unknown action",
        GOOD.replace('"add_hypothesis"', '"fix_it"'),
        "billing.toml: inject 2: expect.action must be one of post_update, log_entry",
    ),
    (
        "window of zero",
        GOOD.replace("within = 15", "within = 0"),
        "billing.toml: inject 2: expect.within must be a whole number of minutes above 0, not 0",
    ),
    (
        "window as text",
        GOOD.replace("within = 15", 'within = "15"'),
        "expect.within must be a whole number of minutes above 0, not '15'",
    ),
    (
        "missing description",
        GOOD.replace('description = "A hypothesis before any fix."\n', ""),
        "billing.toml: inject 2: expect.description is missing",
    ),
    ("missing title", GOOD.replace('title = "Invoice run fails"\n', ""), "title is missing"),
    ("empty text", GOOD.replace('text = "Roll back?"', 'text = ""'), "inject 3: text must be"),
    ("minutes as a number", GOOD.replace('at = "0:20"', "at = 20"), 'must be a time "h:mm"'),
    ("zero duration", GOOD.replace('"1:30"', '"0:00"'), 'duration must be longer than "0:00"'),
    ("duration in minutes", GOOD.replace('"1:30"', '"90"'), "duration must be a time"),
    (
        "red herrings not a list",
        GOOD.replace('["The release."]', '"The release."'),
        "ground_truth.red_herrings must be a list of non-empty texts",
    ),
    (
        "inject as a single table",
        GOOD.split("[[inject]]")[0] + '[inject]\nat = "0:00"\nto = "all"\ntext = "x"\n',
        "inject must be a list of [[inject]] tables",
    ),
    (
        "no injects",
        GOOD.split("[[inject]]")[0],
        "billing.toml: no [[inject]] tables found",
    ),
    (
        "missing ground truth",
        GOOD.replace("[ground_truth]", "[truth]"),
        "billing.toml: unknown key 'truth'",
    ),
    ("missing to", GOOD.replace('to = "lead"\n', ""), "billing.toml: inject 3: to is missing"),
    (
        "empty data",
        GOOD.replace('text = "Roll back?"', 'text = "Roll back?"\ndata = ""'),
        "billing.toml: inject 3: data must be a non-empty text",
    ),
    (
        "story start not a clock time",
        GOOD.replace('duration = "1:30"', 'duration = "1:30"\nstory_start = "9.25"'),
        'story_start must be a clock time "hh:mm"',
    ),
    (
        "unknown condition",
        GOOD.replace('text = "Roll back?"', 'text = "Roll back?"\nunless = "fix_first"'),
        "inject 3: unless must be one of fix_without_hypothesis",
    ),
    (
        "unknown target status",
        GOOD.replace('action = "add_hypothesis"', 'status = "fixed"'),
        "inject 2: expect.status must be one of declared",
    ),
    (
        "objective rules out of range",
        GOOD.replace(
            "[briefing]", '[[objective]]\nid = "a"\ntext = "Diagnose."\nrules = [8]\n\n[briefing]'
        ),
        "objective 1: rules must be a list of the manifesto's rule numbers 1 to 7",
    ),
    (
        "expectation names no objective",
        GOOD.replace("within = 15", 'within = 15\nobjective = "speed"'),
        "inject 2: expect.objective 'speed' names no [[objective]]",
    ),
    (
        "key fact without terms",
        GOOD.replace(
            "red_herrings", 'key_facts = [{ fact = "overlap", match = [] }]\nred_herrings'
        ),
        "ground_truth.key_facts 1: match must be a list of terms",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in BROKEN], ids=[name for name, _, _ in BROKEN]
)
def test_broken_scenario_files_give_located_readable_errors(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InvalidInput) as info:
        load_scenario(path)
    message = info.value.message
    assert expected in message, message
    assert message.startswith("billing.toml: ")
    assert "\n" not in message
    assert info.value.hint


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'title = "x"\nsummary = \n')
    with pytest.raises(InvalidInput) as info:
        load_scenario(path)
    assert info.value.message.startswith("billing.toml: line 2, column 11: not valid TOML: ")
    assert "quotes" in info.value.hint


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b'title = "x"\nsummary = "Stra\xdfe"\n')
    with pytest.raises(InvalidInput, match=r"latin.toml: line 2: not UTF-8 text"):
        load_scenario(path)


def test_a_byte_order_mark_and_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    scenario = load_scenario(path)
    assert scenario.injects[1].data == "ERROR expected 1, actual 2"


def test_the_hint_names_the_full_path(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('"Major"', '"P1"'))
    with pytest.raises(InvalidInput) as info:
        load_scenario(path)
    assert str(path) in info.value.hint


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="scenario file not found"):
        load_scenario(tmp_path / "nope.toml")


def test_parse_scenario_uses_the_source_and_a_given_matrix() -> None:
    data = tomllib.loads(GOOD)
    scenario = parse_scenario(data, "in memory", key="k")
    assert scenario.key == "k" and scenario.source == "in memory"
    only_blocker = CommunicationMatrix(
        tuple(p for p in CommunicationMatrix.default().priorities if p.name == "Blocker")
    )
    with pytest.raises(InvalidInput, match="in memory: priority must be one of Blocker — not"):
        parse_scenario(data, "in memory", matrix=only_blocker)


def test_scenarios_are_frozen() -> None:
    scenario = find_scenario("billing-cannot-invoice")
    assert isinstance(scenario, Scenario)
    with pytest.raises(AttributeError):
        scenario.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        scenario.briefing[Role.LEAD] = "changed"  # type: ignore[index]


# -- finding a scenario --------------------------------------------------------------------


def test_find_scenario_by_key() -> None:
    scenario = find_scenario("reconciliation-crash")
    assert scenario.key == "reconciliation-crash"
    assert scenario.priority == "Critical"


def test_find_scenario_by_path(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD, "my-drill.toml")
    assert find_scenario(str(path)).key == "my-drill"
    assert find_scenario(path).title == "Invoice run fails"


def test_find_scenario_by_the_path_of_a_builtin_file() -> None:
    path = builtin_dir() / "erp-production-stop.toml"
    assert find_scenario(path).key == "erp-production-stop"


def test_an_unknown_name_lists_the_builtin_keys() -> None:
    with pytest.raises(InvalidInput) as info:
        find_scenario("warehouse")
    assert info.value.message == "unknown scenario 'warehouse'"
    assert info.value.hint.startswith("did you mean 'warehouse-crashes'?")
    for key in BUILTIN_KEYS:
        assert key in info.value.hint


def test_a_name_like_no_builtin_gets_no_guess() -> None:
    with pytest.raises(InvalidInput) as info:
        find_scenario("zzz")
    assert info.value.hint.startswith("built-in scenarios: billing-cannot-invoice, ")


def test_a_missing_file_path_lists_the_builtin_keys(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        find_scenario(str(tmp_path / "missing.toml"))
    assert info.value.message.startswith("scenario file not found:")
    assert "warehouse-crashes" in info.value.hint


def test_a_broken_file_found_by_path_reports_its_own_error(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('to = "lead"', 'to = "comms"'))
    with pytest.raises(InvalidInput, match=r"billing\.toml: inject 3: to must be one of"):
        find_scenario(str(path))


def test_the_new_keys_load(tmp_path: Path) -> None:
    text = GOOD.replace(
        'duration = "1:30"',
        'duration = "1:30"\ntrainer_summary = "The real story."\nstory_start = "07:00"\n'
        'incident_started = "06:12"\n\n[[objective]]\nid = "diag"\ntext = "Diagnose."\n'
        "rules = [4, 6]",
    )
    text = text.replace(
        "red_herrings",
        'key_facts = [{ fact = "two rates", match = ["rate|row", "overlap|two"] }]\nred_herrings',
    )
    text = text.replace('action = "add_hypothesis"', 'action = ["add_hypothesis", "log_entry"]')
    text = text.replace("within = 15", 'within = 15\nobjective = "diag"')
    text = text.replace('text = "Roll back?"', 'text = "Roll back?"\nwhen = "escalated"')
    scenario = load_scenario(write(tmp_path, text))
    assert scenario.trainer_summary == "The real story."
    assert scenario.incident_offset == -timedelta(minutes=48)
    assert [o.rules for o in scenario.objectives] == [(4, 6)]
    assert scenario.ground_truth.key_facts[0].match == (("rate", "row"), ("overlap", "two"))
    expect = scenario.injects[1].expect
    assert expect is not None and expect.objective == "diag"
    assert [a.value for a in expect.actions] == ["add_hypothesis", "log_entry"]
    assert scenario.injects[2].when == "escalated" and scenario.injects[2].private
    assert scenario.text == text


def test_every_error_of_a_file_is_listed_at_once() -> None:
    import tomllib

    from warroom.exercise.scenario import scenario_errors

    broken = GOOD.replace('"Major"', '"Urgent"').replace('to = "lead"', 'to = "boss"')
    broken = broken.replace("within = 15", "within = 0").replace('lead = "You lead."\n', "")
    messages = [e.message for e in scenario_errors(tomllib.loads(broken), "billing.toml")]
    assert len(messages) == 4, messages
    assert any("priority must be one of" in m for m in messages)
    assert any("briefing.lead is missing" in m for m in messages)
    assert any("inject 2: expect.within must be" in m for m in messages)
    assert any("inject 3: to must be one of" in m for m in messages)
    assert scenario_errors(tomllib.loads(GOOD), "billing.toml") == []
