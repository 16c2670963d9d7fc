"""The key-events chart: an axis that spans the incident, UTC ticks that fit, no label on another.

Regression: the axis ran in "minutes since start", so an incident of days read
as thousands of minutes, a root cause set a week later squeezed the incident
into a sliver, and moment labels minutes apart printed over each other.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import combinations
from typing import Any

import pytest
from matplotlib import dates
from matplotlib.text import Text

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import EntryKind, KeyMoment, Status
from warroom.demo import create_demo_incident
from warroom.report.charts import phases_figure
from warroom.report.model import IncidentReport, build_report
from warroom.room import WarRoom

from ..conftest import T0

STATUSES = [Status.INVESTIGATING, Status.IDENTIFIED, Status.MITIGATING, Status.MONITORING]


def run_incident(
    room: WarRoom, clock: SimulatedClock, step: timedelta, follow_up: timedelta | None = None
) -> int:
    """Declared at T0, detected a minute before, four status changes ``step`` apart, resolved."""
    incident = room.declare("Chart", "Blocker", impact_what="x")
    room.mark(incident, KeyMoment.DETECTED, at=T0 - timedelta(minutes=1))
    for status in STATUSES:
        clock.advance(step)
        room.change_status(incident, status)
        if status == Status.MITIGATING:
            room.escalate(incident, "senior engineers")
    clock.advance(step)
    room.mark(incident, KeyMoment.MITIGATED)
    clock.advance(step / 3)
    room.resolve(incident, "done")
    if follow_up is not None:
        clock.advance(follow_up)
        room.set_root_cause(incident, "disk full", how_proven="df", category="capacity")
        clock.advance(follow_up)
        room.log(incident, "Buy disks for every cluster", EntryKind.DECISION)
    return incident


def texts(figure: Any) -> list[tuple[str, Any]]:
    """Every visible, non-empty text of the drawn figure and its box on the canvas."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    return [
        (t.get_text(), t.get_window_extent(renderer))
        for t in figure.findobj(Text)
        if t.get_visible() and t.get_text().strip()
    ]


def assert_no_label_overlaps(figure: Any) -> list[str]:
    found = texts(figure)
    overlapping = [
        (a, b)
        for (a, box_a), (b, box_b) in combinations(found, 2)
        if box_a.x0 < box_b.x1 - 0.5
        and box_b.x0 < box_a.x1 - 0.5
        and box_a.y0 < box_b.y1 - 0.5
        and box_b.y0 < box_a.y1 - 0.5
    ]
    assert overlapping == []
    canvas = figure.bbox
    outside = [t for t, box in found if box.x0 < canvas.x0 - 1 or box.x1 > canvas.x1 + 1]
    assert outside == []
    return [t for t, _ in found]


def tick_labels(figure: Any) -> list[str]:
    figure.canvas.draw()
    [axis] = figure.axes
    return [t.get_text() for t in axis.get_xticklabels() if t.get_text()]


def axis_span(figure: Any) -> tuple[datetime, datetime]:
    [axis] = figure.axes
    low, high = axis.get_xlim()
    return dates.num2date(low, tz=UTC), dates.num2date(high, tz=UTC)


def chart(room: WarRoom, incident: int, now: datetime) -> tuple[IncidentReport, Any]:
    report = build_report(room.store, incident, now)
    return report, phases_figure(report)


def test_a_30_minute_incident_has_minute_ticks_and_no_overlaps(
    room: WarRoom, clock: SimulatedClock
) -> None:
    incident = run_incident(room, clock, timedelta(minutes=5))
    report, figure = chart(room, incident, clock.now())
    words = assert_no_label_overlaps(figure)
    ticks = tick_labels(figure)
    assert len(ticks) >= 3
    assert all(len(t) == 5 and t[2] == ":" for t in ticks)  # HH:MM
    minutes = {int(t[3:]) for t in ticks}
    assert minutes - {0, 30} != set()  # ticks every few minutes, not only on the hour
    assert "started, declared 06:00" in words  # same minute: one label, not two on top
    assert "before" in words  # detected a minute before the start: in its band
    low, high = axis_span(figure)
    resolved = report.incident.resolved_at
    assert resolved is not None
    assert low < T0 and resolved < high < resolved + timedelta(minutes=10)
    assert "time (UTC), 2026-11-24" in words


def test_an_incident_of_days_has_day_ticks_and_no_overlaps(
    room: WarRoom, clock: SimulatedClock
) -> None:
    incident = run_incident(room, clock, timedelta(hours=14))
    _, figure = chart(room, incident, clock.now())
    words = assert_no_label_overlaps(figure)
    ticks = tick_labels(figure)
    assert ticks and all(len(t) == 5 and t[2] == "-" for t in ticks)  # MM-DD
    assert "time (UTC), 2026-11-24 to 2026-11-27" in words
    assert "mitigated 11-27 04:00" in words  # the date too, when the span is days


def test_follow_up_events_after_resolution_stay_off_the_incident_axis(
    room: WarRoom, clock: SimulatedClock
) -> None:
    incident = run_incident(room, clock, timedelta(minutes=20), follow_up=timedelta(days=3))
    report, figure = chart(room, incident, clock.now())
    words = assert_no_label_overlaps(figure)
    resolved = report.incident.resolved_at
    assert resolved is not None
    _, high = axis_span(figure)
    # The axis ends a band's width after the resolution, not six days later.
    assert high - resolved < timedelta(hours=1)
    assert "after resolution (2)" in words
    assert all(len(t) == 5 and t[2] == ":" for t in tick_labels(figure))


def test_the_demo_chart_has_no_overlaps(room: WarRoom) -> None:
    demo = create_demo_incident(room, now=T0)
    _, figure = chart(room, demo, room.now())
    words = assert_no_label_overlaps(figure)
    assert any(w.startswith("resolved ") for w in words)


@pytest.mark.parametrize("step", [timedelta(seconds=20), timedelta(minutes=1)])
def test_moments_seconds_apart_still_do_not_overlap(
    room: WarRoom, clock: SimulatedClock, step: timedelta
) -> None:
    incident = run_incident(room, clock, step)
    _, figure = chart(room, incident, clock.now())
    assert_no_label_overlaps(figure)


def test_an_unresolved_incident_runs_to_now(room: WarRoom, clock: SimulatedClock) -> None:
    incident = room.declare("Open", "Major", impact_what="x")
    clock.advance(timedelta(hours=3))
    _, figure = chart(room, incident, clock.now())
    words = assert_no_label_overlaps(figure)
    assert "now 09:00" in words
    assert axis_span(figure)[1] > clock.now()


def test_the_punctuality_chart_labels_do_not_overlap_with_many_updates(
    room: WarRoom, clock: SimulatedClock
) -> None:
    from warroom.report.charts import punctuality_figure

    incident = room.declare("Chatty", "Blocker", impact_what="x")
    for _ in range(60):
        room.post_update(
            incident, "still on it", next_update_at=clock.now() + timedelta(minutes=15)
        )
        clock.advance(timedelta(minutes=14))
    report = build_report(room.store, incident, clock.now())
    figure = punctuality_figure(report)
    assert figure is not None
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    assert_no_label_overlaps(figure)
    assert len(tick_labels(figure)) <= 16
