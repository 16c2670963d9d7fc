"""Two documents made from the live record: the escalation briefing and the customer roadmap."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from warroom.core.zones import TimeStyle
from warroom.report.model import IncidentReport, build_report
from warroom.store.repository import Store


def _render(template: str, report: IncidentReport, autoescape: bool, **extra: Any) -> str:
    from warroom.report.render import render_template

    return render_template(
        template,
        autoescape=autoescape,
        r=report,
        s=report.incident,
        leading=report.incident.leading_hypothesis(),
        times=TimeStyle(report.zone),
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


def markdown_to_html(title: str, markdown: str) -> str:
    """A self-contained HTML page of a Markdown document, everything typed escaped.

    A deliberately small converter for the documents above (headings, lists,
    tables, bold): no third-party Markdown engine, and no raw HTML passes.
    """
    import html
    import re

    def inline(text: str) -> str:
        text = html.escape(text.replace("\\|", "|"), quote=False)
        text = text.replace("&amp;lt;", "&lt;").replace("&amp;gt;", "&gt;")
        return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)

    out: list[str] = []
    table: list[list[str]] = []
    depth = 0  # open <ul> levels: 1 for "- ", 2 for "  - "

    def flush_table() -> None:
        if not table:
            return
        out.append("<table>")
        for index, cells in enumerate(table):
            tag = "th" if index == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in cells) + "</tr>")
        out.append("</table>")
        table.clear()

    def close_lists(to: int) -> None:
        nonlocal depth
        while depth > to:
            out.append("</ul>")
            depth -= 1

    for raw in markdown.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            if all(set(c) <= {"-", ":"} for c in cells):
                continue
            table.append(cells)
            continue
        flush_table()
        item = re.match(r"^( *)- (.*)$", line)
        if item:
            level = 2 if len(item.group(1)) >= 2 else 1
            close_lists(level)
            while depth < level:
                out.append("<ul>")
                depth += 1
            out.append(f"<li>{inline(item.group(2))}</li>")
            continue
        if line.strip():
            close_lists(0)
        heading = re.match(r"^(#{1,3}) (.*)$", line)
        if heading:
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line:
            out.append(f"<p>{inline(line)}</p>")
    flush_table()
    close_lists(0)
    style = (
        "body{font-family:system-ui,sans-serif;max-width:1000px;margin:auto;padding:24px;"
        "line-height:1.45}table{border-collapse:collapse;width:100%}td,th{border:1px solid "
        "#ccc;padding:4px 6px;vertical-align:top;overflow-wrap:break-word}th{background:#eef0f3}"
        "td,th{min-width:4.5em}"
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
        f"{html.escape(title)}</title><style>{style}</style></head><body>\n"
        + "\n".join(out)
        + "\n</body></html>\n"
    )
