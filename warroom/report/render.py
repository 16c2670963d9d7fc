"""Render the report: Markdown and self-contained HTML through Jinja2 templates.

HTML is autoescaped: nothing a person typed during the incident can inject
markup or script. Charts are embedded as data: URIs, so the file stands alone.
Other documents made from these templates go through ``render_template``; Jinja2
is imported when the first template is rendered.
"""

from __future__ import annotations

import base64
from functools import cache
from typing import Any

from warroom.core import i18n
from warroom.core.names import (
    audience_name,
    dimension_name,
    priority_name,
    role_name,
    state_name,
    status_name,
)
from warroom.report import filters
from warroom.report.describe import kind_label
from warroom.report.formats import localized_times
from warroom.report.model import DURATION_LABELS, IncidentReport


@cache
def _environment(autoescape: bool) -> Any:
    import jinja2

    from warroom.core.resources import resource

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource("report"))),
        extensions=["jinja2.ext.i18n"],
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # {% trans %} blocks join their lines as babel.cfg extracts them (trimmed = true).
    env.policies["ext.i18n.trimmed"] = True
    # The callables read the language in force when a document is rendered
    # (``i18n.speaking(lang)`` around the export), so one environment serves every language.
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n._, ngettext=i18n.ngettext, pgettext=i18n.pgettext, newstyle=True
    )
    in_context = jinja2.pass_context
    env.filters.update(
        time=in_context(filters.fmt_time),
        utc=in_context(filters.fmt_utc),
        clock=in_context(filters.fmt_clock),
        when=in_context(filters.event_time),
        duration=filters.fmt_duration,
        since_start=filters.fmt_since_start,
        percent=filters.fmt_percent,
        role=role_name,
        dimension=dimension_name,
        status=status_name,
        priority=priority_name,
        state=state_name,
        audience=audience_name,
        describe=in_context(filters.describe_in),
        keyline=in_context(filters.key_event_line),
        kind=kind_label,
        text=in_context(filters.html_text),
        cell=filters.md_cell,
        mdtext=filters.md_text,
        mdline=filters.md_line,
    )
    env.globals["DURATION_LABELS"] = DURATION_LABELS
    env.globals["heading"] = in_context(filters.time_heading)
    env.globals["html_timeline_rows"] = in_context(filters.html_timeline_rows)
    env.globals["md_timeline_rows"] = in_context(filters.md_timeline_rows)
    return env


def render_template(name: str, /, *, autoescape: bool, **context: Any) -> str:
    """The template ``name`` from resources/report, filled from ``context``.

    The one way in for documents rendered outside this module (briefing,
    after-action report): they get the same filters and strictness as the report.
    ``autoescape`` is for HTML, where anything typed during the incident must stay
    text (the ``text`` filter keeps its line breaks and lists); the Markdown
    templates defuse it with the ``mdtext``, ``mdline`` and ``cell`` filters.
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
        "times": localized_times(report.zone),
        "lang": i18n.current(),
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
        painted_appendix=False,
        chart_width=800,
        **_context(report),
    )


def render_html_for_pdf(
    report: IncidentReport, chart_names: list[str], chart_width: int, *, appendix: bool = True
) -> str:
    """The same report for Qt's rich-text engine; charts are referenced by name.

    Without ``appendix`` the full timeline is left out: the PDF paints it itself
    (``pdf_table``), as a rich-text table of 10,000 rows takes seconds to lay out.
    """
    images = {name: f"chart:{name}" for name in chart_names}
    return render_template(
        "report.html.j2",
        autoescape=True,
        images=images,
        for_pdf=True,
        painted_appendix=not appendix,
        chart_width=chart_width,
        **_context(report),
    )
