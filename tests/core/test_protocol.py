from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warroom.core.errors import InvalidInput
from warroom.core.protocol import (
    CUSTOMER_FIELDS,
    ITEM_KEYS,
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
    fields: dict[str, Any] = {"section": "", "title": "Scope", "need": "n", "why": "w", "use": "u"}
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


# ---------------------------------------------------------------------------
# Languages


@pytest.mark.parametrize("protocol", builtin_protocols(), ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["de", "ja"])
def test_builtin_protocols_speak_every_language(protocol: Protocol, lang: str) -> None:
    translated = protocol.in_language(lang)
    assert translated.name == protocol.name
    assert translated.title == protocol.text("title", lang) != protocol.title
    assert translated.description != protocol.description
    assert len(translated.items) == len(protocol.items)
    for original, item in zip(protocol.items, translated.items, strict=True):
        for key in ITEM_KEYS:
            assert getattr(item, key) == original.text(key, lang)
            assert getattr(item, key) != getattr(original, key), (original.title, key)
    # Sections stay grouped, and titles stay unique, in every language.
    sections = [item.section for item in translated.items]
    runs = [s for i, s in enumerate(sections) if i == 0 or sections[i - 1] != s]
    assert len(runs) == len(set(runs)) == len(protocol.sections)
    assert len({item.title for item in translated.items}) == len(translated.items)


def test_an_english_caller_reads_the_english_protocol_as_before() -> None:
    protocol = next(p for p in builtin_protocols() if p.name == "major-incident")
    assert protocol.title == "Major incident: the standard information set"
    assert protocol.items[0].checklist_fields() == {
        "section": "Symptoms",
        "title": "What users see",
        "need": "A description in the users' own words of what they were doing and what "
        "happened instead, with a screenshot or a screen recording of one failed attempt.",
        "why": '"It is broken" can mean slow, wrong, refused or gone; each points to a '
        "different part of the system.",
        "use": "We state the fault as one sentence (which service shows which defect) and test "
        "every later idea against it.",
        "next_step": "We read that sentence back to you on the bridge so that we both chase the "
        "same problem.",
    }
    assert protocol.in_language("en") == protocol


def test_a_german_room_gets_a_german_checklist(room: WarRoom, incident: int) -> None:
    protocol = next(p for p in builtin_protocols() if p.name == "problem-analysis")
    german = protocol.in_language("de")
    room.add_checklist(incident, german.checklist())
    what = next(i for i in german.items if i.title.startswith("WAS:"))
    assert "IST:" in what.need and "IST NICHT:" in what.need
    assert what.section == "Spezifikation: IST und IST NICHT"


TRANSLATED = """\
name = "translated"
title = { en = "A protocol", de = "Ein Protokoll", ja = "プロトコル" }
version = 1

[[item]]
section = { en = "Scope", de = "Umfang", ja = "影響範囲" }
title = { en = "Who", de = "Wer", ja = "誰" }
need.en = "n"
need.de = "n-de"
need.ja = "n-ja"
why = { en = "w", de = "w-de", ja = "w-ja" }
use = { en = "u", de = "u-de", ja = "u-ja" }
next_step = { en = "s", de = "s-de", ja = "s-ja" }
"""


def _load(tmp_path: Path, text: str, *, complete: bool = False) -> Protocol:
    path = tmp_path / "translated.toml"
    path.write_text(text, encoding="utf-8")
    return load_protocol(path, complete=complete)


def test_a_file_in_every_language_loads_each_language(tmp_path: Path) -> None:
    protocol = _load(tmp_path, TRANSLATED, complete=True)
    item = protocol.items[0]
    assert (item.title, item.need, item.text("need", "ja")) == ("Who", "n", "n-ja")
    assert protocol.in_language("de").items[0].checklist_fields() == {
        "section": "Umfang",
        "title": "Wer",
        "need": "n-de",
        "why": "w-de",
        "use": "u-de",
        "next_step": "s-de",
    }
    assert protocol.text("title", "ja") == "プロトコル"
    # Written out and read back, every language survives.
    assert parse_protocol(tomllib.loads(protocol_to_toml(protocol)), "again") == protocol


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            ('need.ja = "n-ja"\n', ""),
            "translated.toml: item 1 ('Who'): need has no Japanese text (need.ja is missing)",
            id="missing-japanese",
        ),
        pytest.param(
            ('why = { en = "w", de = "w-de", ja = "w-ja" }', 'why = { en = "w", ja = "w-ja" }'),
            "translated.toml: item 1 ('Who'): why has no German text (why.de is missing)",
            id="missing-german",
        ),
        pytest.param(
            ('de = "Ein Protokoll", ', ""),
            "translated.toml: title has no German text (title.de is missing)",
            id="protocol-title",
        ),
        pytest.param(
            ('need.de = "n-de"', 'need.de = ""'),
            "translated.toml: item 1 ('Who'): need.de must be a non-empty text",
            id="empty-german",
        ),
        pytest.param(
            ('title = { en = "Who", de = "Wer"', 'title = { en = "Who", de = "Wer\\nund wo"'),
            "translated.toml: item 1: title.de must be a single line",
            id="two-line-german-title",
        ),
        pytest.param(
            ('need.ja = "n-ja"', 'need.ja = "n-ja"\nneed.fr = "n-fr"'),
            "item 1 ('Who'): need.fr: 'fr' is not a language warroom speaks",
            id="unknown-language",
        ),
    ],
)
@pytest.mark.parametrize("complete", [True, False], ids=["builtin", "own"])
def test_a_translation_missing_one_language_is_refused_by_name(
    tmp_path: Path, change: tuple[str, str], expected: str, complete: bool
) -> None:
    old, new = change
    assert old in TRANSLATED
    with pytest.raises(InvalidInput) as info:
        _load(tmp_path, TRANSLATED.replace(old, new, 1), complete=complete)
    assert expected in info.value.message, info.value.message
    assert str(tmp_path / "translated.toml") in info.value.hint


def test_a_builtin_protocol_may_not_write_a_text_once(tmp_path: Path) -> None:
    text = TRANSLATED.replace('use = { en = "u", de = "u-de", ja = "u-ja" }', 'use = "u"')
    with pytest.raises(InvalidInput) as info:
        _load(tmp_path, text, complete=True)
    assert info.value.message == (
        "translated.toml: item 1 ('Who'): use must be written in every language (en, de, ja)"
    )
    # A team's own protocol may: the text is the same in every language.
    own = _load(tmp_path, text)
    assert [own.items[0].text("use", lang) for lang in ("en", "de", "ja")] == ["u"] * 3
    assert own.items[0].text("why", "de") == "w-de"


def test_titles_are_unique_in_every_language(tmp_path: Path) -> None:
    second = TRANSLATED.split("\n\n", 1)[1].replace('en = "Who"', 'en = "Whom"')
    with pytest.raises(InvalidInput) as info:
        _load(tmp_path, TRANSLATED + "\n" + second)
    assert "item 2 ('Whom'): the title.de is used twice (also item 1)" in info.value.message


def test_an_item_changed_in_code_cannot_keep_stale_translations(tmp_path: Path) -> None:
    item = _load(tmp_path, TRANSLATED).items[0]
    with pytest.raises(ValueError, match=r"ProtocolItem\.need is none of its translations"):
        dataclasses.replace(item, need="a new need")
    # Built afresh, it is an item in one language, as the protocol editor makes them.
    fields: dict[str, Any] = {**item.checklist_fields(), "need": "a new need"}
    fresh = ProtocolItem(**fields)
    assert fresh.text("need", "ja") == "a new need"
