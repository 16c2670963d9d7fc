"""The escalation briefing and the customer's diagnostic roadmap."""

from __future__ import annotations

import pytest

from warroom.core.vocabulary import FixOutcome, SpecDimension
from warroom.demo import create_demo_incident
from warroom.report.briefing import briefing_markdown, markdown_to_html, roadmap_markdown
from warroom.room import WarRoom

from ..conftest import T0


@pytest.fixture
def diagnosed(room: WarRoom, incident: int) -> int:
    room.set_spec_line(
        incident, SpecDimension.WHERE, is_text="Plant Ulm, Graz, Brno", is_not_text="Reads"
    )
    h1 = room.add_hypothesis(incident, "Archive volume full")
    room.add_evidence(incident, h1, "df shows 100 %", supports=True)
    fix = room.record_fix_attempt(incident, "Restart app server 1", hypothesis_uid=None)
    room.record_fix_outcome(incident, fix, FixOutcome.FAILED, "hung again in 4 minutes")
    room.request_information(
        incident,
        need="<b>job log</b> of the MRP run",
        why="to see if it blocks",
        use="compare with the lock times",
        next_step="we call back within 15 minutes",
        to="Kessler IT",
    )
    return incident


def test_briefing_holds_the_standard_problem_information(room: WarRoom, diagnosed: int) -> None:
    text = briefing_markdown(room.store, diagnosed, room.now())
    assert "Plant cannot release production orders" in text
    assert "| WHERE | Plant Ulm, Graz, Brno | Reads |" in text
    assert "H1 — open:** Archive volume full" in text
    assert "for: df shows 100 %" in text
    assert "Restart app server 1 — tests NO HYPOTHESIS; outcome: **failed**" in text
    assert "job log" in text and "Open requests" in text


def test_roadmap_leads_the_customer_with_four_fields(room: WarRoom, diagnosed: int) -> None:
    text = roadmap_markdown(room.store, diagnosed, room.now())
    assert "— OPEN" in text
    for field in ("Why we need it", "What we will do with it", "What comes next"):
        assert field in text
    html = markdown_to_html("Roadmap", text)
    assert "<b>job log</b>" not in html
    assert "&lt;b&gt;job log&lt;/b&gt;" in html
    assert html.count("<table>") == html.count("</table>") == 1


def test_roadmap_of_the_demo_lists_every_protocol_step(room: WarRoom) -> None:
    demo = create_demo_incident(room, now=T0)
    text = roadmap_markdown(room.store, demo, room.now())
    assert text.count("| yes |") >= 8
    assert "answered" in text
