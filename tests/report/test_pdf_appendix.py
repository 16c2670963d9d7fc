"""The PDF's full timeline, painted row by row: every event, in order, on pages that say so.

The appendix is no longer a rich-text table (10,000 rows took seconds to lay
out); these tests read the painted pages back with poppler: each event's words
in order, the column headings on every page, a row taller than a page carried
over and marked, and Japanese rows printed with an embedded CJK font.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import timedelta
from pathlib import Path

from warroom.core.i18n import speaking
from warroom.report.model import IncidentReport, build_report
from warroom.report.pdf import ensure_gui_application, render_pdf
from warroom.report.pdf_table import (
    NAME,
    NUMBER,
    TEXT,
    TIME,
    PaintedTable,
    TablePainter,
    timeline_table,
)
from warroom.report.typed import ZWSP
from warroom.room import WarRoom
from warroom.store.repository import EventRecord

from .test_report import poppler

HEADINGS = ("Time (UTC)", "Who", "Kind", "What")
JAPANESE = "決済サーバーの応答が遅延しています"


def with_notes(report: IncidentReport, texts: list[str]) -> IncidentReport:
    """``report`` with one note event per text appended to its timeline."""
    timeline = list(report.timeline)
    for text in texts:
        last = timeline[-1]
        timeline.append(
            EventRecord(
                seq=last.seq + 1,
                incident_id=last.incident_id,
                number=last.number + 1,
                at=last.at + timedelta(seconds=30),
                kind="entry",
                author="Jonas Reiter",
                role="scribe",
                seat="seat-2",
                payload={"entry": "note", "text": text},
                corrects=None,
                prev_hash=last.hash,
                hash="a" * 64,
            )
        )
    return dataclasses.replace(report, timeline=tuple(timeline))


def pages_text(path: Path) -> list[str]:
    """Each page's text, zero-width break opportunities taken out."""
    info = subprocess.run(
        [poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    return [
        subprocess.run(
            [poppler("pdftotext"), "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.replace(ZWSP, "")
        for n in range(1, count + 1)
    ]


def appendix_pages(pages: list[str]) -> list[str]:
    first = next(i for i, page in enumerate(pages) if "Appendix: full timeline" in page)
    return pages[first:]


def write(report: IncidentReport, path: Path) -> Path:
    path.write_bytes(render_pdf(report, charts={}))
    return path


def test_every_event_prints_in_order_under_headings_repeated_on_every_page(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    texts = [f"Observation {n:04d}: queue depth {n * 7} on broker {n % 3}" for n in range(180)]
    report = with_notes(build_report(room.store, incident, room.now()), texts)
    pages = appendix_pages(pages_text(write(report, tmp_path / "long.pdf")))
    assert len(pages) >= 4
    for page in pages:
        assert all(heading in page for heading in HEADINGS), page[:300]
        assert re.search(r"^#$", page, re.MULTILINE)
    flat = " ".join(" ".join(pages).split())
    at = 0
    for event in report.timeline:
        number = f"{event.number} "
        at = flat.index(number, at)  # every number, in order
    at = 0
    for text in texts:
        at = flat.index(text, at) + len(text)  # every text whole, in order


def test_a_row_taller_than_a_page_goes_on_overleaf_marked_and_whole(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    # Lines that fit the column, so none of them is wrapped across a page break.
    lines = [f"step {n:03d}: replayed partition {n}" for n in range(160)]
    report = with_notes(build_report(room.store, incident, room.now()), ["\n".join(lines)])
    number = report.timeline[-1].number
    pages = appendix_pages(pages_text(write(report, tmp_path / "tall.pdf")))
    holding = [page for page in pages if "step 0" in page or "step 1" in page]
    assert len(holding) >= 2  # it did not fit on one page
    for page in holding[1:]:
        assert all(heading in page for heading in HEADINGS)
        assert f"{number} (continued)" in " ".join(page.split())
    flat = " ".join(" ".join(holding).split())
    at = 0
    for line in lines:
        at = flat.index(line, at) + len(line)  # not one line lost or reordered


def test_the_plan_keeps_every_line_of_every_cell() -> None:
    ensure_gui_application()
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans CJK JP"])
    font.setPixelSize(12)
    words = "the replica lagged behind the primary by " * 40
    rows: list[tuple[str, ...]] = [
        (str(n), "2026-11-24 06:00:00 UTC", "Ana", "Note", (words * (n % 7)).strip() or "short")
        for n in range(1, 120)
    ]
    table = PaintedTable((NUMBER, TIME, NAME, NAME, TEXT), ("#", *HEADINGS), rows)
    painter = TablePainter(table, font, 680.0, 970.0)
    seen: dict[str, list[str]] = {}
    for page in painter.pages:
        for piece in page.pieces:
            seen.setdefault(piece.key, []).extend(piece.cells[4])
    assert list(seen) == [row[0] for row in table.rows]
    for number, _time, _who, _kind, text in table.rows:
        assert " ".join(" ".join(seen[number]).split()) == " ".join(text.split())


def test_japanese_rows_print_with_an_embedded_cjk_font(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    with speaking("ja"):
        report = with_notes(
            build_report(room.store, incident, room.now()),
            [f"{JAPANESE}（{n}件目）" for n in range(3)],
        )
        path = write(report, tmp_path / "ja.pdf")
    pages = pages_text(path)
    first = next(i for i, page in enumerate(pages) if JAPANESE in "".join(page.split()))
    assert "".join(pages[first].split()).count(JAPANESE) == 3
    fonts = subprocess.run(
        [poppler("pdffonts"), "-f", str(first + 1), "-l", str(first + 1), str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk, fonts
    # pdffonts' "emb" column: the glyphs travel with the file.
    assert all(re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line) for line in cjk)


def test_the_appendix_says_what_the_html_table_says(room: WarRoom, incident: int) -> None:
    room.log(incident, "first line\n- a bullet\n- another")
    report = build_report(room.store, incident, room.now())
    table = timeline_table(report)
    assert len(table.rows) == len(report.timeline)
    assert table.rows[-1][2] == "Dana Lead (Incident lead)"
    assert table.rows[-1][4] == "first line\n• a bullet\n• another"
