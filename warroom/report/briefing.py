"""Two documents made from the live record: the escalation briefing and the customer roadmap.

Both are Markdown; ``markdown_to_html`` (markdown-it-py, raw HTML off) makes their pages.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from warroom.core.i18n import _
from warroom.report.formats import localized_times
from warroom.report.markdown import markdown_to_html
from warroom.report.model import IncidentReport, build_report
from warroom.store.repository import Store

__all__ = ["briefing_markdown", "markdown_to_html", "roadmap_markdown"]


def _render(template: str, report: IncidentReport, autoescape: bool, **extra: Any) -> str:
    from warroom.report.render import render_template

    return render_template(
        template,
        autoescape=autoescape,
        r=report,
        s=report.incident,
        leading=report.incident.leading_hypothesis(),
        times=localized_times(report.zone),
        **extra,
    )


def briefing_markdown(store: Store, incident_id: int, now: datetime) -> str:
    """The standard set of problem information for the engineers taking over (rule 5)."""
    report = build_report(store, incident_id, now)
    open_requests = [q for q in report.incident.requests if q.answered_at is None]
    return _render("briefing.md.j2", report, False, open_requests=open_requests)


def roadmap_markdown(store: Store, incident_id: int, now: datetime) -> str:
    """The diagnostic roadmap written for the customer (rule 3: lead the customer)."""
    return _render("roadmap.md.j2", build_report(store, incident_id, now), False)


def roadmap_title(title: str) -> str:
    """The roadmap page's title in the current language (its first heading says it too)."""
    return _("Diagnostic roadmap: {title}").format(title=title)
