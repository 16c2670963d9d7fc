"""What people typed stays text in the Markdown export, in any CommonMark renderer.

Regression: a regex's `*` and `_` became emphasis, `<script>` in a hypothesis
became raw HTML, an unclosed code fence in an entry swallowed every section
after it, and a pasted image link fetched a remote image.
"""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from warroom.core.clock import SimulatedClock
from warroom.report.markdown import md_cell, md_line, md_text
from warroom.report.model import build_report
from warroom.report.render import render_markdown
from warroom.report.typed import FSI, PDI
from warroom.room import WarRoom

COMMONMARK = MarkdownIt("commonmark")  # raw HTML on: the most permissive reading
GFM_LIKE = MarkdownIt("commonmark").enable(["table", "strikethrough"])

REGEX = r"^(ERR|WARN)_[a-z]*\s+__init__\*\*$"
SCRIPT = "<script>alert('x')</script> <img src=x onerror=alert(1)>"
FENCE = "Log excerpt:\n```\nORA-00257: archiver error\n(the fence is never closed)"
IMAGE = "![logo](https://tracker.example/p.png?u=1) [click](http://evil.example) <http://a.example>"
CONTROLS = "NUL \x00 ESC \x1b[31m red"
BLOCKS = "# heading?\n> quote?\n- item?\n1. item?\n---\n===\n    indented code?\n| a | b |"


@pytest.fixture
def typed(room: WarRoom, clock: SimulatedClock) -> int:
    incident = room.declare(f"Regex {REGEX}", "Major", impact_what=IMAGE, summary=BLOCKS)
    room.add_hypothesis(incident, SCRIPT)
    room.log(incident, FENCE)
    room.log(incident, CONTROLS)
    room.log(incident, BLOCKS)
    room.post_update(incident, IMAGE, next_update_at=clock.now() + timedelta(minutes=15))
    return incident


@pytest.fixture
def plain(room: WarRoom) -> int:
    return room.declare("Plain words", "Major", impact_what="Nobody can save", summary="Plain")


def headings(html: str) -> list[str]:
    return re.findall(r"<h[1-6]>(.*?)</h[1-6]>", html)


def test_typed_text_never_becomes_markup(room: WarRoom, typed: int, plain: int) -> None:
    text = render_markdown(build_report(room.store, typed, room.now()))
    reference = render_markdown(build_report(room.store, plain, room.now()))
    for renderer in (COMMONMARK, GFM_LIKE):
        html, plain_html = renderer.render(text), renderer.render(reference)
        # Same sections as a report of plain words: nothing swallowed, nothing added.
        assert [h.split(":")[0] for h in headings(html)] == [
            h.split(":")[0] for h in headings(plain_html)
        ]
        # No markup beyond the template's own (the fingerprint's code span, its bold).
        for tag in ("<em>", "<img", "<a ", "<script", "<code>", "<pre>", "<blockquote>", "<del>"):
            assert html.count(tag) == plain_html.count(tag), tag
        assert "<strong>" in html  # the template's own emphasis still works
        shown = unescape(re.sub(r"<[^>]+>", "", html))
        for typed_text in (REGEX, SCRIPT, "ORA-00257: archiver error", IMAGE):
            assert typed_text in shown, typed_text
        assert "\x00" not in shown and "\x1b" not in shown
        assert "NUL ␀ ESC ␛[31m red" in shown  # made visible, not dropped
    # The appendix table keeps its columns in every row.
    appendix = text.split("## Appendix: full timeline")[1]
    rows = [line for line in appendix.splitlines() if line.startswith("| ")]
    assert {len(re.findall(r"(?<!\\)\|", row)) for row in rows} == {7}
    table = GFM_LIKE.render("## Appendix: full timeline" + appendix)
    assert table.count("<tr>") == len(rows)


def test_line_breaks_typed_are_kept(room: WarRoom, typed: int) -> None:
    html = COMMONMARK.render(render_markdown(build_report(room.store, typed, room.now())))
    summary = html.split("<h2>Summary</h2>")[1].split("<h2>")[0]
    assert summary.count("<br />") == BLOCKS.count("\n")


printable = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"), include_characters="\n\t"
    ),
    max_size=80,
)


# Invisible direction marks: the export may add or close them (so typed text cannot turn
# the words around it), and a reader sees the same words with or without them.
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def visible(text: str) -> str:
    return text.translate(_DIRECTION_MARKS)


def plain_of(html: str) -> str:
    return visible(unescape(html.replace("<br />\n", "\n")).replace(FSI, "").replace(PDI, ""))


@settings(max_examples=300, deadline=None)
@given(printable)
def test_any_text_renders_as_itself(text: str) -> None:
    """Whatever is typed, CommonMark shows exactly those words: one paragraph, no tags."""
    lines = [line.strip() for line in text.replace("\t", " ").split("\n")]
    kept = [line for line in lines if line]
    html = COMMONMARK.render(md_text(text))
    if not kept:
        assert html == ""
        return
    assert html.startswith("<p>") and html.endswith("</p>\n")
    inner = html[3:-5]
    assert "<" not in inner.replace("<br />", "")
    shown = plain_of(inner)
    # CommonMark trims each line of a paragraph; compare what a reader sees.
    assert [" ".join(line.split()) for line in shown.split("\n")] == [
        " ".join(visible(line).split()) for line in kept
    ]


@settings(max_examples=200, deadline=None)
@given(printable)
def test_any_text_stays_inside_its_table_cell(text: str) -> None:
    html = GFM_LIKE.render(f"| a | b |\n|---|---|\n| {md_cell(text)} | x |\n")
    assert html.count("<td>") == 2 and "<td>x</td>" in html
    cell = html.split("<td>")[1].split("</td>")[0]
    assert "<" not in cell
    assert " ".join(plain_of(cell).split()) == " ".join(visible(text).split())


def test_a_heading_stays_one_heading() -> None:
    title = md_line("Title\n# Injected\n```")
    html = COMMONMARK.render(f"# Report: {title}\n\n## Next\n")
    assert headings(html) == ["Report: Title # Injected ```", "Next"]
