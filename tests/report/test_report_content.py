"""What the report says: the completeness list, its blind spots, paging, key events, odd events."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

from markdown_it import MarkdownIt

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import (
    ActionKind,
    ActionStatus,
    EntryKind,
    KeyMoment,
    SpecDimension,
)
from warroom.demo import create_demo_incident
from warroom.report.briefing import briefing_markdown, markdown_to_html
from warroom.report.filters import fmt_since_start
from warroom.report.model import build_report
from warroom.report.pdf import render_pdf
from warroom.report.render import render_html, render_markdown
from warroom.room import WarRoom
from warroom.store.repository import EventRecord

from ..conftest import T0
from .test_report import poppler


def later(clock: SimulatedClock, minutes: float) -> datetime:
    clock.advance(timedelta(minutes=minutes))
    return clock.now()


# -- item 7: one line per thing, saying exactly what it lacks ----------------------


def test_each_action_says_exactly_what_it_lacks_and_done_ones_are_not_flagged(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    room.add_action(incident, ActionKind.CORRECTIVE, "Alert on /arch", owner="Ops")
    room.add_action(
        incident, ActionKind.PREVENTIVE, "Review agent upgrades", due=clock.now() + timedelta(7)
    )
    done = room.add_action(incident, ActionKind.CORRECTIVE, "Clean up /arch by hand")
    room.set_action_status(incident, done, ActionStatus.DONE)
    missing = build_report(room.store, incident, room.now()).missing
    assert (
        "Action “Alert on /arch” lacks a due date and the answer to "
        "“which other systems need the same fix?”."
    ) in missing
    assert "Action “Review agent upgrades” lacks an owner." in missing
    assert not any("Clean up /arch" in line for line in missing)


def test_who_and_how_many_are_separate_lines(room: WarRoom) -> None:
    incident = room.declare("Impact", "Major", impact_what="cannot invoice", impact_who="Billing")
    missing = build_report(room.store, incident, room.now()).missing
    assert "The business impact lacks how many were affected." in missing
    assert "The business impact lacks who was affected." not in missing
    other = room.declare("Impact", "Major", impact_what="cannot invoice", impact_count=12)
    missing = build_report(room.store, other, room.now()).missing
    assert "The business impact lacks who was affected." in missing
    assert "The business impact lacks how many were affected." not in missing


def test_page_one_counts_what_is_missing_and_the_list_has_its_own_section(
    room: WarRoom, incident: int
) -> None:
    report = build_report(room.store, incident, room.now())
    count = len(report.gaps)
    assert count >= 8
    html = MarkdownIt("commonmark").enable("table").render(render_markdown(report))
    summary = html.split("<h2>Summary</h2>")[1].split("<h2>")[0]
    assert f"<strong>Draft:</strong> {count} things missing" in summary
    assert "root cause 1" in summary and "actions 2" in summary
    assert "<li>" not in summary  # the list itself is not on page 1
    section = html.split("<h2>Still missing before this report is final</h2>")[1].split("<h2>")[0]
    assert section.count("<li>") == count


# -- item 8: blind spots ----------------------------------------------------------


def test_silences_longer_than_the_cadence_are_flagged(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    """A Blocker owes an update every 15 minutes; Major every 60 after the change."""
    room.post_update(incident, "first", next_update_at=later(clock, 0) + timedelta(minutes=15))
    later(clock, 14)
    room.post_update(incident, "on time", next_update_at=clock.now() + timedelta(minutes=15))
    later(clock, 40)  # 40 minutes of silence while a Blocker
    room.post_update(incident, "late", next_update_at=clock.now() + timedelta(minutes=15))
    room.change_priority(incident, "Major", "workaround in place")
    later(clock, 50)  # 50 minutes: within a Major's hour
    room.resolve(incident, "fixed")
    room.post_update(incident, "resolved", next_update_at=None, final=True)
    missing = build_report(room.store, incident, room.now()).missing
    silences = [line for line in missing if line.startswith("No update to the customers for")]
    assert silences == [
        "No update to the customers for 40 min, from 2026-11-24 06:14 UTC to "
        "2026-11-24 06:54 UTC (Blocker: every 15 min)."
    ]


def test_an_update_without_a_promise_is_flagged_and_rendered_plainly(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    """The app refuses such an update; a record from elsewhere may hold one."""
    room.post_update(incident, "first", next_update_at=later(clock, 0) + timedelta(minutes=15))
    report = build_report(room.store, incident, room.now())
    [line] = report.communication
    unpromised = dataclasses.replace(line.update, next_update_at=None)
    incident_view = dataclasses.replace(report.incident, updates=(unpromised,))
    from warroom.report.completeness import completeness

    gaps = completeness(incident_view, True)
    assert "The update to customers at 2026-11-24 06:00 UTC promises no next update." in [
        g.text for g in gaps
    ]
    report = dataclasses.replace(
        report,
        incident=incident_view,
        communication=(dataclasses.replace(line, update=unpromised, promise=None),),
    )
    assert "**none promised**" in render_markdown(report)
    assert "none promised" in render_html(report, charts={})


def test_a_missing_problem_specification_is_flagged_by_dimension(
    room: WarRoom, incident: int
) -> None:
    assert "The problem specification (IS / IS NOT) is not recorded." in (
        build_report(room.store, incident, room.now()).missing
    )
    room.set_spec_line(incident, SpecDimension.WHAT, is_text="saves", is_not_text="reads")
    room.set_spec_line(incident, SpecDimension.WHERE, is_text="PRD", is_not_text="QAS")
    assert "The problem specification lacks WHEN and EXTENT." in (
        build_report(room.store, incident, room.now()).missing
    )


def test_times_that_contradict_each_other_are_flagged(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    later(clock, 60)
    room.resolve(incident, "fixed")
    later(clock, 60)
    room.mark(incident, KeyMoment.DETECTED, at=T0 + timedelta(minutes=90))
    missing = build_report(room.store, incident, room.now()).missing
    assert (
        "Key times contradict each other: declared (2026-11-24 06:00 UTC) is before "
        "detected (2026-11-24 07:30 UTC)."
    ) in missing
    assert (
        "Key times contradict each other: resolved (2026-11-24 07:00 UTC) is before "
        "detected (2026-11-24 07:30 UTC)."
    ) in missing


def test_a_negative_duration_says_what_it_means(room: WarRoom, incident: int) -> None:
    before = -timedelta(hours=1, minutes=52, seconds=44)
    assert fmt_since_start(before, "first_update") == (
        "−1 h 52 min (first customer update 1 h 52 min before the recorded start)"
    )
    assert fmt_since_start(timedelta(minutes=5), "first_update") == "5 min"
    report = build_report(room.store, incident, room.now())
    report = dataclasses.replace(report, durations={**report.durations, "first_update": before})
    assert (
        "| Time to first customer update | −1 h 52 min (first customer update 1 h 52 min "
        "before the recorded start) |"
    ) in render_markdown(report)


# -- item 10: paging ---------------------------------------------------------------


def test_paging_shows_who_when_acknowledged_and_the_backup(
    room: WarRoom, incident: int, clock: SimulatedClock, tmp_path: Path
) -> None:
    later(clock, 2)
    room.page_oncall(incident, "Ana Primary")
    later(clock, 35)  # no reaction within the Blocker's 30 minutes
    room.page_oncall(incident, "Ben Backup", level="backup")
    later(clock, 4)
    room.acknowledge_page(incident, "on my way")
    report = build_report(room.store, incident, room.now())
    [first, second] = report.pages
    assert (first.who, first.level, first.acknowledged_at) == ("Ana Primary", "primary", None)
    assert second.reaction == timedelta(minutes=4) and second.note == "on my way"
    assert report.unanswered_pages() == (first,)
    text = render_markdown(report)
    assert "| 2026-11-24 06:02:00 UTC | Ana Primary | primary | **not acknowledged** | — |" in text
    assert (
        "| 2026-11-24 06:37:00 UTC | Ben Backup | backup | 2026-11-24 06:41:00 UTC | "
        "4 min — on my way |"
    ) in text
    assert (
        "**Ana Primary (primary) did not acknowledge within 30 min**; the next page went out "
        "at 2026-11-24 06:37:00 UTC."
    ) in text
    path = tmp_path / "paging.pdf"
    path.write_bytes(render_pdf(report, charts={}))
    pdf = subprocess.run(
        [poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "On-call paging" in pdf and "Ben Backup" in pdf


def test_a_primary_nobody_backed_up_is_named(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    room.page_oncall(incident, "Ana Primary")
    later(clock, 45)
    text = render_markdown(build_report(room.store, incident, room.now()))
    assert "did not acknowledge within 30 min**; no backup was paged." in text


# -- item 11: an event kind this version does not know -----------------------------


def test_an_unknown_event_kind_reads_as_words_in_every_report_path(
    room: WarRoom, incident: int, tmp_path: Path
) -> None:
    report = build_report(room.store, incident, room.now())
    last = report.timeline[-1]
    newer = EventRecord(
        seq=last.seq + 1,
        incident_id=incident,
        number=last.number + 1,
        at=last.at + timedelta(minutes=1),
        kind="sla.breached",
        author="Newer Version",
        role="lead",
        seat="s2",
        payload={"contract": "Gold", "penalty": {"percent": 5}, "parties": ["Kessler", "us"]},
        corrects=None,
        prev_hash=last.hash,
        hash="e" * 64,
    )
    report = dataclasses.replace(
        report, timeline=(*report.timeline, newer), key_events=(*report.key_events, newer)
    )
    words = "contract: Gold; penalty: percent: 5; parties: Kessler, us"
    assert words in render_markdown(report)
    html = render_html(report, charts={})
    assert words in html and "Sla breached" in html
    path = tmp_path / "newer.pdf"
    path.write_bytes(render_pdf(report, charts={}))
    pdf = subprocess.run(
        [poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "contract: Gold" in " ".join(pdf.split())
    for rendered in (render_markdown(report), html, pdf):
        assert "{'" not in rendered and "['" not in rendered  # never a Python repr


# -- item 12: the key-events table -------------------------------------------------


def test_key_events_are_short_point_to_their_section_and_include_decisions(
    room: WarRoom,
) -> None:
    demo = create_demo_incident(room, now=T0)
    report = build_report(room.store, demo, room.now())
    text = render_markdown(report)
    table = text.split("## Key events")[1].split("## Roles and handovers")[0]
    rows = [line for line in table.splitlines() if line.startswith("| 2026")]
    assert rows and max(len(row.split(" | ")[2]) for row in rows) < 330
    root = [row for row in rows if "Root cause: After the backup agent" in row]
    assert len(root) == 1 and "(in full under “Root cause”)" in root[0]
    assert report.incident.root_cause is not None
    assert report.incident.root_cause.cause in text  # whole, in its own section
    decisions = [row for row in rows if "| Decision: " in row]
    assert decisions
    briefing = briefing_markdown(room.store, demo, room.now())
    assert "(in full under “Root cause”)" in briefing


def test_a_decision_logged_is_a_key_event(room: WarRoom, incident: int) -> None:
    room.log(incident, "We fail over to the standby", EntryKind.DECISION)
    room.log(incident, "Coffee machine empty", EntryKind.NOTE)
    report = build_report(room.store, incident, room.now())
    texts = [e.payload.get("text") for e in report.key_events]
    assert "We fail over to the standby" in texts
    assert "Coffee machine empty" not in texts


# -- item 6: the briefing pages keep typed line breaks and lists ----------------------


def test_briefing_html_keeps_typed_lines_and_escapes_once(room: WarRoom, incident: int) -> None:
    room.add_hypothesis(incident, "Archive full because:\n- agent 9.2 ignores clean-up\n- <b>x</b>")
    html = markdown_to_html("Briefing", briefing_markdown(room.store, incident, room.now()))
    assert "Archive full because:<br />" in html
    assert "- agent 9.2 ignores clean-up<br />" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>" not in html
    assert re.search(r"<h2>Hypotheses and evidence</h2>\s*<ul>", html)


def test_the_html_title_is_escaped(room: WarRoom) -> None:
    incident = room.declare("<b>Title</b> & more", "Major", impact_what="x")
    html = markdown_to_html("<b>Title</b>", briefing_markdown(room.store, incident, room.now()))
    assert "<title>&lt;b&gt;Title&lt;/b&gt;</title>" in html
    assert "<strong>&lt;b&gt;Title&lt;/b&gt; &amp; more</strong>" in html
