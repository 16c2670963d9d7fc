"""The PDF prints every script, keeps directions apart, and lays out long lines in time.

Regressions: Korean and emoji printed as empty boxes; a right-to-left override
in a name reversed the words after it; a long unbroken line (a pasted stack
trace) took quadratic time to lay out, and 5 MB never finished. Times are in
bench/report.py; here the PDF is read back with poppler.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from warroom.core.vocabulary import Role
from warroom.report.export import export_bytes
from warroom.report.model import build_report
from warroom.report.pdf import render_pdf
from warroom.report.render import render_html, render_markdown
from warroom.report.typed import ZWSP
from warroom.room import WarRoom
from warroom.store.repository import EventRecord

from .test_report import poppler

KOREAN = "데이터베이스가 응답하지 않습니다"
EMOJI = "🔥🚒"
RLO = "\u202e"


def pdf_text(path: Path, *args: str) -> str:
    out = subprocess.run(
        [poppler("pdftotext"), *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.replace(ZWSP, "")


def write_pdf(room: WarRoom, incident: int, tmp_path: Path) -> Path:
    path = tmp_path / f"report-{incident}.pdf"
    path.write_bytes(export_bytes(room.store, incident, "pdf", room.now()))
    return path


def test_korean_and_emoji_print_with_fonts_that_have_them(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    room.log(incident, f"Kunde meldet: {KOREAN} {EMOJI} (Seoul)")
    path = write_pdf(room, incident, tmp_path)
    assert KOREAN.replace(" ", "") in "".join(pdf_text(path).split())
    fonts = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSansCJK" in fonts  # the Hangul glyphs come from a font that has them
    images = subprocess.run(
        [poppler("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    # Colour emoji are drawn as small bitmaps (the charts are the only large images).
    sizes = [
        (int(w), int(h))
        for w, h in re.findall(r"^\s*\d+\s+\d+\s+image\s+(\d+)\s+(\d+)", images, re.MULTILINE)
    ]
    assert sum(1 for w, h in sizes if w < 100 and h < 100) >= len(EMOJI)


def test_a_right_to_left_override_in_a_name_does_not_reverse_its_neighbours(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    room.assign_role(incident, Role.SCRIBE, f"Mallory{RLO}evil")
    path = write_pdf(room, incident, tmp_path)
    text = pdf_text(path)
    assert "takes the Scribe role" in text
    assert "elor ebircS" not in text  # what the override made of it before
    # The name itself is left as its author wrote it, inside its own island.
    html = render_html(build_report(room.store, incident, room.now()), charts={})
    assert f"\u2068Mallory{RLO}evil\u202c\u2069 takes the Scribe role" in html


def test_the_longest_entry_the_app_takes_prints_whole(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    token = "".join(f"{n:05d}" for n in range(4000))  # 20,000 characters, no space
    room.log(incident, token)
    path = write_pdf(room, incident, tmp_path)
    flat = "".join(pdf_text(path).split())
    # Every character, in order, wrapped across lines and pages (the text layer also
    # holds the clipped line at each page edge and the page headers in between).
    rest = iter(flat[flat.index(token[:30]) :])
    assert all(
        char in rest for char in token
    )  # wrapped across lines, every character there, none added


def test_a_longer_text_from_elsewhere_is_shortened_visibly(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    """A foreign file may carry more than the app allows: 5 MB prints its first 20,000."""
    report = build_report(room.store, incident, room.now())
    last = report.timeline[-1]
    huge = EventRecord(
        seq=last.seq + 1,
        incident_id=incident,
        number=last.number + 1,
        at=datetime(2026, 11, 24, 6, 30, tzinfo=UTC),
        kind="entry",
        author="Import",
        role="scribe",
        seat="elsewhere",
        payload={"entry": "note", "text": "A" * 5_000_000},
        corrects=None,
        prev_hash=last.hash,
        hash="f" * 64,
    )
    report = dataclasses.replace(report, timeline=(*report.timeline, huge))
    note = "… (4,980,000 more characters: see the JSON export)"
    assert note in render_markdown(report)
    assert note in render_html(report, charts={})
    path = tmp_path / "huge.pdf"
    path.write_bytes(render_pdf(report, charts={}))
    text = " ".join(pdf_text(path).split())
    # The row runs over several pages: the cut may fall at a page's foot, its note at
    # the head of the next, with the page's footer and headings between them.
    assert "A…" in text and note.removeprefix("… ") in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_typed_line_breaks_and_lists_are_kept(
    room: WarRoom, incident: int, fmt: str, tmp_path: Path
) -> None:
    room.resolve(incident, "Restored.\nWhat we did:\n- added 200 GB\n- re-sent 212 messages\nDone.")
    report = build_report(room.store, incident, room.now())
    if fmt == "html":
        html = render_html(report, charts={})
        summary = html.split("<h2>Summary</h2>")[1].split("</p>")[0]
        assert summary == (
            "\n<p>Restored.<br>What we did:<ul><li>added 200 GB</li>"
            "<li>re-sent 212 messages</li></ul>Done."
        )
        path = tmp_path / "breaks.pdf"
        path.write_bytes(render_pdf(report, charts={}))
        text = pdf_text(path, "-layout")
        assert re.search(r"Restored\.\s*\n\s*What we did:\s*\n.*added 200 GB\s*\n", text)
    else:
        text = render_markdown(report)
        assert "Restored.\\\nWhat we did:\\\n\\- added 200 GB\\\n\\- re-sent 212 messages" in text
