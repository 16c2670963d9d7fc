"""Charts for reports and the dashboard, drawn with matplotlib's Agg backend (no display)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warroom.report.model import IncidentReport

PHASE_COLOURS = ["#c62828", "#ef6c00", "#f9a825", "#1565c0", "#2e7d32"]


def _figure(width: float, height: float) -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=110, layout="constrained")
    return figure


def to_png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _minutes(span: timedelta) -> float:
    return span.total_seconds() / 60


def phases_figure(report: IncidentReport) -> Any:
    """The incident's phases on a time axis, with the key moments marked."""
    s = report.incident
    end = s.resolved_at or report.generated_at
    moments = [
        ("started", s.started_at),
        ("detected", s.detected_at),
        ("declared", s.declared_at),
        ("mitigated", s.mitigated_at),
        ("resolved", s.resolved_at),
    ]
    known = [(name, at) for name, at in moments if at is not None]
    figure = _figure(9, 2.6)
    axis = figure.add_subplot()
    for index, ((name, at), (_, following)) in enumerate(
        zip(known, [*known[1:], ("now", end)], strict=True)
    ):
        start = _minutes(at - s.started_at)
        width = max(_minutes(following - at), 0.5)
        axis.barh(0, width, left=start, color=PHASE_COLOURS[index % 5], height=0.5)
        # Staggered so that moments minutes apart do not print over each other.
        axis.annotate(
            f"{name} {at:%H:%M}",
            (start, 0.3 + 0.22 * (index % 3)),
            fontsize=8,
            ha="left",
            va="bottom",
        )
        axis.vlines(start, -0.25, 0.3 + 0.22 * (index % 3), colors="#9e9e9e", linewidth=0.6)
    for event in report.key_events:
        axis.plot(_minutes(event.at - s.started_at), -0.38, marker="|", color="#424242")
    for event in report.escalations:
        axis.plot(_minutes(event.at - s.started_at), -0.38, marker="^", color="#c62828")
    axis.set_ylim(-0.6, 1.1)
    axis.set_yticks([])
    axis.set_xlabel("minutes since the incident started (times in UTC)")
    axis.set_title("Phases and key events (| key event, ▲ escalation)", fontsize=10)
    for side in ("top", "right", "left"):
        axis.spines[side].set_visible(False)
    return figure


def punctuality_figure(report: IncidentReport) -> Any | None:
    """Each promised update against when it really came."""
    rows = [line for line in report.communication if line.promise is not None]
    if not rows:
        return None
    s = report.incident
    figure = _figure(9, 2.8)
    axis = figure.add_subplot()
    for index, line in enumerate(rows):
        promise = line.promise
        assert promise is not None
        promised = _minutes(promise.promised_at - s.started_at)
        axis.plot(index, promised, marker="_", markersize=14, color="#424242")
        if promise.next_at is not None:
            actual = _minutes(promise.next_at - s.started_at)
            colour = "#2e7d32" if promise.kept else "#c62828"
            axis.plot(index, actual, marker="o", color=colour)
            axis.vlines(index, min(promised, actual), max(promised, actual), colors=colour)
        elif promise.kept is False:
            axis.plot(index, promised, marker="x", markersize=10, color="#c62828")
    axis.set_xticks(range(len(rows)))
    axis.set_xticklabels([f"{line.update.sent_at:%H:%M}" for line in rows], fontsize=7)
    axis.set_xlabel("update sent at (UTC)")
    axis.set_ylabel("minutes since start")
    axis.set_title(
        "Update punctuality: promised next update (—) and when it came (● on time, ● late)",
        fontsize=10,
    )
    return figure


def report_charts(report: IncidentReport) -> dict[str, bytes]:
    """The report's charts as PNG, by name."""
    charts = {"phases": to_png(phases_figure(report))}
    punctuality = punctuality_figure(report)
    if punctuality is not None:
        charts["punctuality"] = to_png(punctuality)
    return charts


# -- across incidents ---------------------------------------------------------


def restore_by_month_figure(
    rows: Sequence[tuple[str, str, float]], priorities: Sequence[str]
) -> Any:
    """Mean hours to restore per month, one bar group per priority. rows: (month, prio, hours)."""
    figure = _figure(9, 3.2)
    axis = figure.add_subplot()
    months = sorted({month for month, _, _ in rows})
    width = 0.8 / max(len(priorities), 1)
    for offset, priority in enumerate(priorities):
        values = {month: hours for month, prio, hours in rows if prio == priority}
        axis.bar(
            [i + offset * width for i in range(len(months))],
            [values.get(month, 0) for month in months],
            width=width,
            label=priority,
            color=PHASE_COLOURS[offset % 5],
        )
    axis.set_xticks([i + 0.4 - width / 2 for i in range(len(months))])
    axis.set_xticklabels(months)
    axis.set_ylabel("mean hours to restore")
    axis.set_title("Time to restore by month and priority", fontsize=10)
    if rows:
        axis.legend(fontsize=8)
    return figure


def recurrence_figure(counts: dict[str, int]) -> Any:
    figure = _figure(9, 3.0)
    axis = figure.add_subplot()
    names = list(counts)[:12]
    axis.barh(names[::-1], [counts[n] for n in names][::-1], color="#1565c0")
    axis.set_xlabel("incidents")
    axis.set_title("Recurrence by root-cause category", fontsize=10)
    return figure


def punctuality_trend_figure(points: Sequence[tuple[datetime, float]]) -> Any:
    figure = _figure(9, 3.0)
    axis = figure.add_subplot()
    if points:
        axis.plot([p[0] for p in points], [p[1] * 100 for p in points], marker="o")
    axis.set_ylim(0, 105)
    axis.set_ylabel("% of update promises kept")
    axis.set_title("Update punctuality over time", fontsize=10)
    figure.autofmt_xdate()
    return figure
