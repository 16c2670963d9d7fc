from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warroom.core.errors import InvalidInput
from warroom.core.protocol import (
    CUSTOMER_FIELDS,
    Protocol,
    ProtocolItem,
    builtin_protocols,
    load_protocol,
    parse_protocol,
    protocol_to_toml,
    save_protocol,
    toml_string,
)
from warroom.core.resources import resource
from warroom.room import WarRoom

hypothesis_settings = settings(max_examples=200, deadline=None)

# ---------------------------------------------------------------------------
# The built-in protocols


def test_every_builtin_protocol_loads_sorted_by_name() -> None:
    protocols = builtin_protocols()
    names = [p.name for p in protocols]
    assert names == sorted(names)
    assert {"major-incident", "problem-analysis"} <= set(names)
    assert len(protocols) == len(list(resource("protocols").glob("*.toml")))


@pytest.mark.parametrize("protocol", builtin_protocols(), ids=lambda p: p.name)
def test_every_builtin_item_tells_the_customer_need_why_use_and_next(protocol: Protocol) -> None:
    assert protocol.title and protocol.description and protocol.version == 1
    assert 10 <= len(protocol.items) <= 14
    for item in protocol.items:
        assert item.section, item.title
        for field in CUSTOMER_FIELDS:
            text = getattr(item, field)
            assert isinstance(text, str) and text.strip() == text and len(text) > 20, (
                item.title,
                field,
            )
    # Each section's items stand together, so the checklist reads as headed groups.
    sections = [item.section for item in protocol.items]
    runs = [s for i, s in enumerate(sections) if i == 0 or sections[i - 1] != s]
    assert len(runs) == len(set(runs)) == len(protocol.sections)


@pytest.mark.parametrize("protocol", builtin_protocols(), ids=lambda p: p.name)
def test_builtin_protocols_survive_a_round_trip(protocol: Protocol) -> None:
    assert parse_protocol(tomllib.loads(protocol_to_toml(protocol)), "again") == protocol


def _by_title(protocol: Protocol) -> str:
    return "\n".join(item.title.lower() for item in protocol.items)


def test_major_incident_gathers_the_standard_information_set() -> None:
    protocol = next(p for p in builtin_protocols() if p.name == "major-incident")
    titles = _by_title(protocol)
    for topic in (
        "error message",
        "first seen",
        "who is affected",
        "where",
        "our recent changes",
        "your recent changes",
        "tried so far",
        "business",
        "monitoring",
        "logs",
    ):
        assert topic in titles, topic


def test_problem_analysis_specifies_is_and_is_not_then_tests_causes() -> None:
    protocol = next(p for p in builtin_protocols() if p.name == "problem-analysis")
    for dimension in ("WHAT", "WHERE", "WHEN", "EXTENT"):
        item = next(i for i in protocol.items if i.title.startswith(dimension + ":"))
        assert "IS:" in item.need and "IS NOT:" in item.need, dimension
    titles = _by_title(protocol)
    order = [
        titles.index(step)
        for step in ("distinctions", "changes", "possible causes", "against the spec", "verify")
    ]
    assert order == sorted(order)
    verify = next(i for i in protocol.items if i.title.lower().startswith("verify"))
    assert "reversible" in verify.need


@pytest.mark.parametrize("protocol", builtin_protocols(), ids=lambda p: p.name)
def test_a_protocol_becomes_the_incident_checklist(
    room: WarRoom, incident: int, protocol: Protocol
) -> None:
    # checklist() gives exactly the keyword arguments WarRoom.add_checklist_item takes.
    uids = room.add_checklist(incident, protocol.checklist())
    assert len(set(uids)) == len(protocol.items)


# ---------------------------------------------------------------------------
# Broken files

GOOD = """\
name = "broken"
title = "A protocol"
version = 1

[[item]]
section = "Scope"
title = "Scope"
need = "n"
why = "w"
use = "u"
next_step = "s"

[[item]]
section = "Changes"
title = "Recent changes"
need = "n"
why = "w"
use = "u"
next_step = "s"
"""
SECOND = GOOD.index("[[item]]", GOOD.index("[[item]]") + 1)


def second_item(old: str, new: str) -> str:
    """GOOD with ``old`` replaced by ``new`` in the second item only."""
    return GOOD[:SECOND] + GOOD[SECOND:].replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('name = "x\n', "not valid TOML at line 1, column", id="unclosed-string"),
        pytest.param(
            GOOD.replace('title = "A protocol"', "title A protocol"),
            "not valid TOML at line 2, column",
            id="no-equals",
        ),
        pytest.param(
            second_item('why = "w"', 'why = "w"\nwhy = "again"'),
            "not valid TOML at line 18, column",
            id="key-twice",
        ),
        pytest.param(GOOD + "[[item]\n", "not valid TOML at line 20, column", id="bad-bracket"),
        pytest.param(GOOD.replace("version = 1\n", ""), "version is missing", id="no-version"),
        pytest.param(
            GOOD.replace("version = 1", "version = 2"),
            "version 2 is not supported; this warroom reads version 1",
            id="version-2",
        ),
        pytest.param(
            GOOD.replace("version = 1", 'version = "1"'),
            "version must be a whole number, not '1'",
            id="version-text",
        ),
        pytest.param(GOOD.replace('name = "broken"\n', ""), "name is missing", id="no-name"),
        pytest.param(
            GOOD.replace('name = "broken"', 'name = "Major incident"'),
            "name 'Major incident' may hold only letters, digits, '-' and '_'",
            id="name-with-space",
        ),
        pytest.param(
            GOOD.replace('title = "A protocol"\n', ""),
            "broken.toml: title is missing",
            id="no-title",
        ),
        pytest.param(
            GOOD.replace('title = "A protocol"', 'title = "  "'),
            "broken.toml: title must be a non-empty text",
            id="blank-title",
        ),
        pytest.param(
            GOOD.replace("version = 1", 'version = 1\nauthor = "me"'),
            "broken.toml: unknown key 'author'",
            id="unknown-top-key",
        ),
        pytest.param(GOOD[: GOOD.index("[[item]]")], "the protocol has no items", id="no-items"),
        pytest.param(
            GOOD.replace("[[item]]", "[[items]]"),
            "must be [[item]] tables, not [[items]]",
            id="items",
        ),
        pytest.param(
            GOOD[: GOOD.index('\n[[item]]\nsection = "Changes"')].replace("[[item]]", "[item]"),
            "with double brackets, not [item]",
            id="single-brackets",
        ),
        pytest.param(
            GOOD.replace("version = 1", "version = 1\nitem = [1, 2]").split("[[item]]")[0],
            "broken.toml: item 1: must be an [[item]] table, not 1",
            id="item-not-a-table",
        ),
        pytest.param(
            second_item('need = "n"', 'need = ""'),
            "broken.toml: item 2 ('Recent changes'): need must be a non-empty text",
            id="empty-need",
        ),
        pytest.param(
            second_item('use = "u"', 'use = """\n   \n"""'),
            "broken.toml: item 2 ('Recent changes'): use must be a non-empty text",
            id="blank-use",
        ),
        pytest.param(
            second_item('next_step = "s"\n', ""),
            "broken.toml: item 2 ('Recent changes'): next_step is missing",
            id="no-next-step",
        ),
        pytest.param(
            second_item('why = "w"', "why = 42"),
            "broken.toml: item 2 ('Recent changes'): why must be a non-empty text, not 42",
            id="why-number",
        ),
        pytest.param(
            second_item('title = "Recent changes"\n', ""),
            "broken.toml: item 2: title is missing",
            id="no-item-title",
        ),
        pytest.param(
            second_item('title = "Recent changes"', 'title = """Recent\nchanges"""'),
            "broken.toml: item 2: title must be a single line",
            id="two-line-title",
        ),
        pytest.param(
            second_item('section = "Changes"', "section = ['Changes']"),
            "item 2 ('Recent changes'): section must be a text, not ['Changes']",
            id="section-list",
        ),
        pytest.param(
            second_item('need = "n"', 'nead = "n"'),
            "broken.toml: item 2 ('Recent changes'): unknown key 'nead'",
            id="misspelt-key",
        ),
        pytest.param(
            second_item('need = "n"', 'need = "n"\nowner = "x"\nnotes = "y"'),
            "item 2 ('Recent changes'): unknown keys 'owner', 'notes'",
            id="two-unknown-keys",
        ),
        pytest.param(
            second_item('title = "Recent changes"', 'title = "  SCOPE "'),
            "broken.toml: item 2 ('SCOPE'): the title is used twice (also item 1)",
            id="duplicate-title",
        ),
    ],
)
def test_broken_protocol_files_say_where_and_what(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        load_protocol(path)
    message = info.value.message
    assert message.startswith("broken.toml: "), message
    assert expected in message, message
    assert "\n" not in message
    assert str(path) in info.value.hint


def test_the_good_example_loads(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(GOOD, encoding="utf-8")
    protocol = load_protocol(path)
    assert protocol.name == "broken"
    assert [i.title for i in protocol.items] == ["Scope", "Recent changes"]
    assert protocol.description == ""


def test_a_byte_order_mark_is_accepted_and_texts_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + second_item('need = "n"', 'need = "  n \t"').encode())
    assert load_protocol(path).items[1].need == "n"


def test_a_file_in_another_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.replace('need = "n"', 'need = "Störung"', 1).encode("latin-1"))
    with pytest.raises(InvalidInput) as info:
        load_protocol(path)
    assert info.value.message == "latin.toml: line 8 is not UTF-8 text"
    assert "UTF-8" in info.value.hint


def test_missing_or_unreadable_files_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="protocol file not found"):
        load_protocol(tmp_path / "nope.toml")
    with pytest.raises(InvalidInput, match="cannot read the protocol file"):
        load_protocol(tmp_path)


def test_parse_protocol_names_its_source() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_protocol({"version": 1, "name": "x", "title": "t", "item": []}, "from the editor")
    assert info.value.message == "from the editor: the protocol has no items"


# ---------------------------------------------------------------------------
# Writing: round trips, hostile strings included

HOSTILE = [
    'say "hello"',
    "'single' quotes",
    '"',
    '""',
    '"""',
    '""""""',
    'ends with a quote"',
    '"starts with a quote',
    "back\\slash",
    "ends with a backslash\\",
    "\\",
    "\\n is not a line break",
    '\\"""',
    "line one\nline two",
    "line one\n\nline three\n",
    "\n",
    "\nstarts with a line break",
    'quote before line break"\n"and after',
    "backslash before line break\\\nnext",
    "tab\there",
    "\r\nwindows\r\nline ends",
    "lone \r carriage return",
    "nul \x00 bell \x07 escape \x1b delete \x7f",
    "C1 \x85 next line and \x9b",
    "line\u2028separator\u2029paragraph",
    "\ufeffbyte order mark",
    "zero\u200bwidth",
    "Störung: Größe, Übersicht",
    "障害の範囲はどこまでか",
    "中文故障排查",
    "שלום, מה לא עובד?",
    "لا يعمل الخادم",
    "mixed עברית and English",
    "\u202etxt.exe\u202c bidi override",
    "\u2066isolate\u2069",
    "emoji 🔥 and family 👩‍👩‍👧",
    "astral 𝄞 𠜎",
    "private \ue000 use",
    "noncharacter \ufffe \uffff",
    "#not a comment",
    "key = 'value'",
    "[[item]]",
    "'''",
    " leading and trailing spaces ",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_toml_string_reads_back_exactly(text: str) -> None:
    written = toml_string(text)
    assert tomllib.loads(f"value = {written}\n")["value"] == text


def test_toml_string_keeps_text_readable_but_shows_invisible_characters() -> None:
    assert toml_string("障害 שלום Störung") == '"障害 שלום Störung"'
    assert toml_string("a\u202eb\u200bc\x00") == '"a\\u202Eb\\u200Bc\\u0000"'
    assert toml_string('two\nlines "quoted"') == '"""\ntwo\nlines "quoted\\""""'


def test_toml_string_refuses_a_lone_surrogate() -> None:
    with pytest.raises(InvalidInput, match="lone surrogate U\\+D800"):
        toml_string("broken \ud800 text")


def hostile_protocol(text: str, title: str) -> Protocol:
    return Protocol(
        name="hostile_1",
        title=f"Hostile: {title}",
        description=f"about <{text}> here",
        items=(
            ProtocolItem(
                section=f"Section {title}",
                title=title,
                need=f"<{text}>",
                why=f"«{text}»",
                use=f"¿{text}?",
                next_step=f"next <{text}>\n<{text}> after",
            ),
            ProtocolItem(
                section="",
                title=f"{title} (2)",
                need="plain",
                why="plain",
                use="plain",
                next_step="plain",
            ),
        ),
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_texts_survive_a_protocol_round_trip(text: str) -> None:
    title = "".join(ch for ch in text if not ch.isspace() and ch not in "\x1c\x1d\x1e\x85")
    protocol = hostile_protocol(text, f"t{title}t")
    written = protocol_to_toml(protocol)
    assert parse_protocol(tomllib.loads(written), "again") == protocol


def test_save_and_load_give_back_the_same_protocol(tmp_path: Path) -> None:
    protocol = hostile_protocol("\"\"\" 障害 \\ \t שלום\n'''", "title")
    path = tmp_path / "mine.toml"
    save_protocol(protocol, path)
    assert load_protocol(path) == protocol
    assert [p.name for p in tmp_path.iterdir()] == ["mine.toml"]
    assert path.read_text(encoding="utf-8").startswith("# A warroom diagnostic protocol")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"need": ""}, "item 1 ('Scope'): need must be a non-empty text"),
        ({"title": "Scope\nmore"}, "item 1: title must be a single line"),
    ],
)
def test_protocol_to_toml_refuses_what_would_not_load_again(
    change: dict[str, str], expected: str
) -> None:
    fields = {"section": "", "title": "Scope", "need": "n", "why": "w", "use": "u"}
    item = ProtocolItem(**{**fields, "next_step": "s", **change})
    with pytest.raises(InvalidInput) as info:
        protocol_to_toml(Protocol("mine", "Mine", "", (item,)))
    assert info.value.message == f"protocol 'mine': {expected}"


# Hypothesis: any text TOML can hold (all of Unicode but lone surrogates).
any_char = st.characters(exclude_categories=["Cs"])
hostile_text = st.lists(
    st.one_of(st.text(any_char, max_size=12), st.sampled_from(HOSTILE)), max_size=5
).map("".join)
# str.splitlines() breaks at these; a title or section is one line.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
one_line_char = st.characters(exclude_categories=["Cs"], exclude_characters=LINE_BREAKS)
one_line_text = st.text(one_line_char, max_size=30).map(str.strip)
nonempty_text = hostile_text.map(str.strip).filter(bool)
nonempty_line = one_line_text.filter(bool)


def title_key(item: ProtocolItem) -> str:
    return " ".join(item.title.casefold().split())


items = st.builds(
    ProtocolItem,
    section=one_line_text,
    title=nonempty_line,
    need=nonempty_text,
    why=nonempty_text,
    use=nonempty_text,
    next_step=nonempty_text,
)
protocols = st.builds(
    Protocol,
    name=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", fullmatch=True),
    title=nonempty_line,
    description=hostile_text.map(str.strip),
    items=st.lists(items, min_size=1, max_size=4, unique_by=title_key).map(tuple),
)


@hypothesis_settings
@given(text=hostile_text)
def test_any_text_reads_back_exactly(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}\n")["value"] == text


@hypothesis_settings
@given(protocol=protocols)
def test_any_valid_protocol_survives_a_round_trip(protocol: Protocol) -> None:
    assert parse_protocol(tomllib.loads(protocol_to_toml(protocol)), "again") == protocol
