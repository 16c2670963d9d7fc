"""The post-incident report in every format, from a full record and from an empty one."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import ActionKind, Mode, Status
from warroom.demo import create_demo_incident
from warroom.report.export import export_bytes
from warroom.report.model import build_report
from warroom.report.render import render_html, render_markdown
from warroom.room import WarRoom

from ..conftest import T0

HOSTILE_TITLE = "<script>alert('x')</script> </table> | pipe"
RTL = "الخادم لا يستجيب"
CJK = "データベースが応答しません"
LONG = "x" * 3000


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must check the PDF: {tool} (poppler-utils) is not installed")
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


@pytest.fixture
def demo(room: WarRoom) -> int:
    return create_demo_incident(room, now=T0)


@pytest.fixture
def hostile(room: WarRoom, clock: SimulatedClock) -> int:
    incident = room.declare(HOSTILE_TITLE, "Major", impact_what=f"{RTL} {CJK}")
    room.log(incident, "<img src=x onerror=alert(1)> and </td></tr></table><h1>owned</h1>")
    room.log(incident, LONG)
    room.log(incident, "# not a heading\n> not a quote\n| not | a | table |")
    room.add_hypothesis(incident, "<b>bold</b> claim & 'quotes' \"double\"")
    clock.advance(timedelta(minutes=5))
    room.post_update(incident, f"{CJK}\n{RTL}", next_update_at=clock.now() + timedelta(hours=1))
    return incident


@pytest.mark.parametrize("fmt", ["json", "md", "html", "pdf"])
def test_every_format_renders_the_demo_and_an_empty_incident(
    room: WarRoom, demo: int, incident: int, fmt: str
) -> None:
    for which in (demo, incident):
        data = export_bytes(room.store, which, fmt, room.now())
        assert len(data) > 500
        if fmt == "pdf":
            assert data.startswith(b"%PDF-")


def test_the_demo_report_is_complete_and_says_so(room: WarRoom, demo: int) -> None:
    report = build_report(room.store, demo, room.now())
    assert report.missing == ()
    assert report.is_final
    assert report.chain_intact
    assert report.fingerprint == room.store.events(demo)[-1].hash
    assert report.confirmed_hypotheses == ("H4",)
    assert report.promises_kept == 1.0
    assert report.durations["resolve"] == timedelta(minutes=235)
    text = render_markdown(report)
    for heading in (
        "## Summary",
        "## Business impact",
        "## Key events",
        "## Roles and handovers",
        "### Problem specification",
        "### Hypotheses",
        "### Fix attempts",
        "## Root cause",
        "## Corrective and preventive actions",
        "## Communication record",
        "## Metrics",
        "## Integrity",
        "## Appendix: full timeline",
    ):
        assert heading in text
    assert "EXERCISE" in text.splitlines()[0]  # the demo is marked as an exercise
    assert report.fingerprint in text


def test_a_just_declared_incident_lists_what_is_missing(room: WarRoom, incident: int) -> None:
    report = build_report(room.store, incident, room.now())
    assert not report.is_final
    for expected in (
        "The incident is not resolved yet.",
        "The root cause is not recorded.",
        "No corrective action.",
        "No preventive action.",
        "No final update committing to this report.",
        "The key times lack when the problem was detected.",
        "The problem specification (IS / IS NOT) is not recorded.",
        "No update to the customers at all.",
    ):
        assert expected in report.missing
    text = render_markdown(report)
    assert "DRAFT" in text
    assert "No root cause recorded yet." in text


def test_completeness_names_a_root_cause_without_proof(room: WarRoom, incident: int) -> None:
    room.set_root_cause(incident, "Disk full", how_proven="", category="capacity")
    room.add_action(incident, ActionKind.CORRECTIVE, "Add a disk alert", owner="Ops")
    missing = build_report(room.store, incident, room.now()).missing
    assert "The root cause lacks its proof: how was it proven?" in missing
    assert "The root cause lacks the other causes considered and why they were rejected." in missing
    assert (
        "Action “Add a disk alert” lacks a due date and the answer to "
        "“which other systems need the same fix?”."
    ) in missing


def test_hostile_text_stays_text_in_html(room: WarRoom, hostile: int) -> None:
    html = render_html(build_report(room.store, hostile, room.now()), charts={})
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "<h1>owned</h1>" not in html
    assert "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;" in html
    assert html.count("<table") == html.count("</table>")
    assert RTL in html and CJK in html and LONG in html
    assert "<script" not in html.lower()


def test_hostile_text_stays_inside_markdown_cells(room: WarRoom, hostile: int) -> None:
    text = render_markdown(build_report(room.store, hostile, room.now()))
    appendix = text.split("## Appendix: full timeline")[1]
    rows = [line for line in appendix.splitlines() if line.startswith("| ")]
    # every row of the table has the same number of unescaped cell separators
    counts = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
    assert counts == {7}
    assert "<script>" not in text
    assert "\n# not a heading" not in text


def test_pdf_opens_in_poppler_with_the_expected_pages(
    room: WarRoom, demo: int, tmp_path: Path
) -> None:
    pdfinfo, pdftotext = poppler("pdfinfo"), poppler("pdftotext")
    path = tmp_path / "report.pdf"
    path.write_bytes(export_bytes(room.store, demo, "pdf", room.now()))
    info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert 8 <= pages <= 60
    assert "Title:           Incident report: Kessler Pumpen" in info.stdout
    assert "A4" in info.stdout
    for page in (1, pages // 2, pages):
        text = subprocess.run(
            [pdftotext, "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "EXERCISE" in text  # marked on every page
        assert f"page {page} of {pages}" in text
    full = subprocess.run(
        [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Root cause" in full and "Appendix: full timeline" in full


def test_a_real_incident_is_not_marked_as_exercise(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    pdftotext = poppler("pdftotext")
    path = tmp_path / "real.pdf"
    path.write_bytes(export_bytes(room.store, incident, "pdf", room.now()))
    text = subprocess.run(
        [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "EXERCISE" not in text
    assert room.incident(incident).mode == Mode.REAL


def test_hostile_text_renders_in_the_pdf(room: WarRoom, hostile: int, tmp_path: Path) -> None:
    pdftotext = poppler("pdftotext")
    path = tmp_path / "hostile.pdf"
    path.write_bytes(export_bytes(room.store, hostile, "pdf", room.now()))
    text = subprocess.run(
        [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "<script>alert('x')</script>" in text


def test_cli_exports_each_format_to_a_file(
    demo: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("md", "html", "pdf"):
        out = tmp_path / f"report.{fmt}"
        code = main(["export", str(demo), "--format", fmt, "-o", str(out), "--db", str(db_path)])
        assert code == 0
        assert out.stat().st_size > 1000
    assert "Incident report" in (tmp_path / "report.html").read_text()


def test_promises_kept_on_a_hand_built_incident(room: WarRoom, clock: SimulatedClock) -> None:
    incident = room.declare("Promises", "Blocker", impact_what="x")
    room.post_update(incident, "first", next_update_at=clock.now() + timedelta(minutes=15))
    clock.advance(timedelta(minutes=15))
    room.post_update(incident, "on time", next_update_at=clock.now() + timedelta(minutes=15))
    clock.advance(timedelta(minutes=22))
    room.post_update(incident, "seven late", next_update_at=clock.now() + timedelta(minutes=15))
    clock.advance(timedelta(minutes=5))
    room.post_update(
        incident,
        "to management",
        next_update_at=clock.now() + timedelta(minutes=5),
        audience="executives",
    )
    clock.advance(timedelta(minutes=40))
    report = build_report(room.store, incident, clock.now())
    verdicts = [line.promise.verdict for line in report.communication if line.promise]
    # the last two broke: 40 minutes of silence to the customers and to management
    assert verdicts == ["kept", "late", "missed", "missed"]
    assert report.promises_kept == pytest.approx(1 / 4)
    assert report.durations["first_update"] == timedelta(0)
    exec_line = [line for line in report.communication if line.update.audience == "executives"]
    # a promise to management is a promise too, kept only by the next word to management
    assert exec_line[0].promise is not None and exec_line[0].promise.audience == "executives"


def test_stats_leave_exercises_out_and_average_restore_times(
    room: WarRoom,
    demo: int,
    clock: SimulatedClock,
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
) -> None:
    for hours, priority in ((2, "Blocker"), (4, "Blocker"), (1, "Major")):
        incident = room.declare(f"{priority} {hours}", priority, impact_what="x")
        clock.advance(timedelta(hours=hours))
        room.resolve(incident)
        room.set_root_cause(incident, "disk full", how_proven="df", category="capacity")
    assert main(["stats", "--json", "--db", str(db_path)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["incidents"] == 3  # the demo is an exercise
    assert stats["mean_hours_to_restore_by_priority"]["Blocker"] == 3.0
    assert stats["mean_hours_to_restore_by_priority"]["Major"] == 1.0
    assert stats["recurrence_by_category"] == {"capacity": 3}
    assert main(["stats", "--json", "--include-exercises", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out)["incidents"] == 4
    assert room.incident(demo).status == Status.RESOLVED
