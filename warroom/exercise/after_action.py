"""The after-action report of an exercise: score, ground truth, strengths, improvement plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from warroom.core.vocabulary import ActionKind, EventKind
from warroom.exercise.scenario import Scenario, find_scenario
from warroom.exercise.scoring import Score, score
from warroom.snapshot import IncidentSnapshot, load_snapshot
from warroom.store.repository import EventRecord, Store

# What the after-action timeline shows: injects and what the team did about them.
SHOWN = {
    EventKind.INJECT,
    EventKind.UPDATE_POSTED,
    EventKind.HYPOTHESIS_ADDED,
    EventKind.HYPOTHESIS_STATUS,
    EventKind.FIX_ATTEMPTED,
    EventKind.FIX_OUTCOME,
    EventKind.REQUEST_SENT,
    EventKind.ESCALATED,
    EventKind.STATUS_CHANGED,
    EventKind.PRIORITY_CHANGED,
    EventKind.ROLE_HANDED_OVER,
    EventKind.ROOT_CAUSE_SET,
    EventKind.RESOLVED,
    EventKind.CHECKLIST_TICKED,
    EventKind.ENTRY,
}


@dataclass(frozen=True)
class AfterAction:
    scenario: Scenario
    incident: IncidentSnapshot
    started_at: datetime
    now: datetime
    score: Score
    timeline: tuple[EventRecord, ...]


def build_after_action(store: Store, incident_id: int, now: datetime) -> AfterAction:
    events = store.events(incident_id)
    clocks = [e for e in events if e.kind == EventKind.EXERCISE_CLOCK]
    if not clocks:
        from warroom.core.errors import InvalidInput

        raise InvalidInput(
            f"incident #{incident_id} was not run as an exercise",
            hint="after-action reports are made for exercises started from a scenario",
        )
    scenario = find_scenario(str(clocks[0].payload["scenario"]))
    incident = load_snapshot(store, incident_id)
    started = events[0].at
    return AfterAction(
        scenario,
        incident,
        started,
        now,
        score(scenario, started, events, incident, now),
        tuple(e for e in events if e.kind in SHOWN),
    )


def after_action_markdown(report: AfterAction) -> str:
    from warroom.report.render import render_template

    plan = [a for a in report.incident.actions if a.kind == ActionKind.PREVENTIVE]
    ran_for = min(report.now, report.started_at + report.scenario.duration) - report.started_at
    return render_template(
        "after_action.md.j2",
        autoescape=False,
        scenario=report.scenario,
        s=report.incident,
        started_at=report.started_at,
        now=report.now,
        ran_for=ran_for,
        score=report.score,
        plan=plan,
        timeline=report.timeline,
    )


def after_action_bytes(store: Store, incident_id: int, fmt: str, now: datetime) -> bytes:
    report = build_after_action(store, incident_id, now)
    text = after_action_markdown(report)
    if fmt == "md":
        return text.encode("utf-8")
    from warroom.report.briefing import markdown_to_html

    html = markdown_to_html(f"After-action report: {report.scenario.title}", text)
    if fmt == "html":
        return html.encode("utf-8")
    if fmt == "pdf":
        from warroom.report.pdf import html_to_pdf

        return html_to_pdf(
            html,
            title=f"After-action report: {report.scenario.title}",
            fingerprint=store.events(incident_id)[-1].hash,
            exercise=True,
        )
    from warroom.core.errors import InvalidInput

    raise InvalidInput(f"unknown format {fmt!r}", hint="choose md, html or pdf")
