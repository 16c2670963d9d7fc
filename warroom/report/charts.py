"""Charts for reports and the dashboard, drawn with matplotlib's Agg backend (no display)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from warroom.core.i18n import _
from warroom.core.names import priority_name

if TYPE_CHECKING:
    from warroom.report.model import IncidentReport

PHASE_COLOURS = ["#c62828", "#ef6c00", "#f9a825", "#1565c0", "#2e7d32"]


def _figure(width: float, height: float) -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    # Japanese labels take their glyphs from a CJK font; Latin stays DejaVu Sans.
    matplotlib.rcParams["font.family"] = _font_families()
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
    """The incident's phases on a UTC time axis (see ``phase_chart``)."""
    from warroom.report.phase_chart import phases_figure as figure

    return figure(report)


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
    # About sixteen labels fit the width; with more updates, every second, third, ...
    every = max(1, -(-len(rows) // 16))
    shown = range(0, len(rows), every)
    axis.set_xticks(list(shown))
    axis.set_xticklabels(
        [f"{rows[i].update.sent_at.astimezone(UTC):%H:%M}" for i in shown], fontsize=7
    )
    axis.set_xlabel(_("update sent at (UTC)"))
    axis.set_ylabel(_("minutes since start"))
    axis.set_title(
        _("Update punctuality: promised next update (—) and when it came (● on time, ● late)"),
        fontsize=10,
    )
    return figure


def report_charts(report: IncidentReport) -> dict[str, bytes]:
    """The report's charts as PNG, by name, their words in the current language."""
    import matplotlib

    with matplotlib.rc_context({"font.family": _font_families()}):
        charts = {"phases": to_png(phases_figure(report))}
        punctuality = punctuality_figure(report)
        if punctuality is not None:
            charts["punctuality"] = to_png(punctuality)
    return charts


@cache
def _font_families() -> list[str]:
    """matplotlib's sans-serif, then a CJK font where the system has one (Japanese labels).

    matplotlib takes a glyph a font lacks from the next family in the list.
    """
    from matplotlib import font_manager

    families = ["DejaVu Sans"]
    for family in ("Noto Sans CJK JP", "IPAexGothic", "IPAGothic"):
        try:
            font_manager.findfont(
                font_manager.FontProperties(family=family), fallback_to_default=False
            )
        except ValueError:
            continue
        families.append(family)
        break
    return families


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
            label=priority_name(priority),
            color=PHASE_COLOURS[offset % 5],
        )
    axis.set_xticks([i + 0.4 - width / 2 for i in range(len(months))])
    axis.set_xticklabels(months)
    axis.set_ylabel(_("mean hours to restore"))
    axis.set_title(_("Time to restore by month and priority"), fontsize=10)
    if rows:
        axis.legend(fontsize=8)
    return figure


def recurrence_figure(counts: dict[str, int]) -> Any:
    figure = _figure(9, 3.0)
    axis = figure.add_subplot()
    names = list(counts)[:12]
    axis.barh(names[::-1], [counts[n] for n in names][::-1], color="#1565c0")
    axis.set_xlabel(_("incidents"))
    axis.set_title(_("Recurrence by root-cause category"), fontsize=10)
    return figure


def punctuality_trend_figure(points: Sequence[tuple[datetime, float]]) -> Any:
    figure = _figure(9, 3.0)
    axis = figure.add_subplot()
    if points:
        axis.plot([p[0] for p in points], [p[1] * 100 for p in points], marker="o")
    axis.set_ylim(0, 105)
    axis.set_ylabel(_("update promises kept (%)"))
    axis.set_title(_("Update punctuality over time"), fontsize=10)
    figure.autofmt_xdate()
    return figure
