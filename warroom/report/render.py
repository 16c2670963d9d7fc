"""Render the report: Markdown and self-contained HTML through Jinja2 templates.

HTML is autoescaped: nothing a person typed during the incident can inject
markup or script. Charts are embedded as data: URIs, so the file stands alone.
Other documents made from these templates go through ``render_template``; Jinja2
is imported when the first template is rendered.
"""

from __future__ import annotations

import base64
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from warroom.core.timing import format_duration
from warroom.core.zones import TimeStyle
from warroom.report.describe import describe, kind_label, role_name
from warroom.report.model import DURATION_LABELS, IncidentReport
from warroom.store.repository import EventRecord


def _times(context: Any) -> TimeStyle:
    """The document's way of printing instants: UTC, and the second zone if it has one.

    Never the machine's zone: the same record gives the same report everywhere.
    """
    style = context.get("times")
    return style if isinstance(style, TimeStyle) else TimeStyle()


def fmt_time(context: Any, value: datetime | None) -> str:
    return _times(context).stamp(value)


def fmt_utc(context: Any, value: datetime | None) -> str:
    return _times(context).stamp(value, seconds=True)


def fmt_clock(context: Any, value: datetime | None) -> str:
    return _times(context).clock(value)


def time_heading(context: Any, label: str) -> str:
    return _times(context).heading(label)


def describe_in(context: Any, event: EventRecord) -> str:
    return describe(event, _times(context).clock)


def fmt_duration(value: timedelta | None) -> str:
    return "—" if value is None else format_duration(value)


def fmt_percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def md_cell(value: object) -> str:
    """Text that cannot break out of a Markdown table cell, nor become markup in it."""
    text = " ".join(str(value).split()).replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("<", "&lt;").replace(">", "&gt;") or " "


def md_text(value: object) -> str:
    """Free text in Markdown: keep the words, defuse leading markup and raw HTML."""
    lines = []
    for line in str(value).splitlines() or [""]:
        line = line.replace("<", "&lt;").replace(">", "&gt;")
        if line[:1] in "#>-*+|=" and line:
            line = "\\" + line
        lines.append(line)
    return "  \n".join(lines)


@cache
def _environment(autoescape: bool) -> Any:
    import jinja2

    from warroom.core.resources import resource

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource("report"))),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    in_context = jinja2.pass_context
    env.filters.update(
        time=in_context(fmt_time),
        utc=in_context(fmt_utc),
        clock=in_context(fmt_clock),
        duration=fmt_duration,
        percent=fmt_percent,
        role=role_name,
        describe=in_context(describe_in),
        kind=kind_label,
        cell=md_cell,
        mdtext=md_text,
    )
    env.globals["DURATION_LABELS"] = DURATION_LABELS
    env.globals["heading"] = in_context(time_heading)
    return env


def render_template(name: str, /, *, autoescape: bool, **context: Any) -> str:
    """The template ``name`` from resources/report, filled from ``context``.

    The one way in for documents rendered outside this module (briefing,
    after-action report): they get the same filters and strictness as the report.
    ``autoescape`` is for HTML, where anything typed during the incident must stay
    text; the Markdown templates defuse it with the ``cell`` and ``mdtext`` filters.
    """
    return str(_environment(autoescape).get_template(name).render(**context))


def _context(report: IncidentReport) -> dict[str, Any]:
    from warroom.core.errors import InvalidInput
    from warroom.core.matrix import CommunicationMatrix

    try:
        colour = CommunicationMatrix.default().get(report.incident.priority).colour
    except InvalidInput:  # a priority from another installation's matrix
        colour = "#607d8b"
    return {
        "r": report,
        "s": report.incident,
        "priority_colour": colour,
        "times": TimeStyle(report.zone),
    }


def render_markdown(report: IncidentReport) -> str:
    return render_template("report.md.j2", autoescape=False, **_context(report))


def render_html(report: IncidentReport, charts: dict[str, bytes] | None = None) -> str:
    """Self-contained HTML. ``charts`` by name as PNG; None draws them now."""
    if charts is None:
        from warroom.report.charts import report_charts

        charts = report_charts(report)
    images = {
        name: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        for name, png in charts.items()
    }
    return render_template(
        "report.html.j2",
        autoescape=True,
        images=images,
        for_pdf=False,
        chart_width=800,
        **_context(report),
    )


def render_html_for_pdf(report: IncidentReport, chart_names: list[str], chart_width: int) -> str:
    """The same report for Qt's rich-text engine; charts are referenced by name."""
    images = {name: f"chart:{name}" for name in chart_names}
    return render_template(
        "report.html.j2",
        autoescape=True,
        images=images,
        for_pdf=True,
        chart_width=chart_width,
        **_context(report),
    )
