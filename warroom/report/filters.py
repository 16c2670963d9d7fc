"""The Jinja2 filters every report template uses: times, durations, typed text, key events.

Filters that print times read the document's ``times`` (a TimeStyle) from the
template context, so a report prints UTC, and its second zone if it has one,
whatever the machine's zone. Typed text goes through ``typed.prepare`` and then
the format's own escaping: ``text`` for HTML, ``mdtext``/``cell``/``mdline``
for Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from markupsafe import Markup, escape

from warroom.core.i18n import _
from warroom.core.names import role_name
from warroom.core.timing import format_duration
from warroom.core.vocabulary import EventKind
from warroom.core.zones import TimeStyle
from warroom.report.describe import about, describe, kind_label
from warroom.report.formats import localized_times, percent
from warroom.report.markdown import md_cell, md_line, md_text
from warroom.report.model import DURATION_BEFORE_START, KEY_EVENT_SECTIONS, is_rough
from warroom.report.typed import brief, prepare, soft_wrap
from warroom.store.repository import EventRecord

__all__ = ["md_cell", "md_line", "md_text"]

# The key-event table shows the gist; the whole text is in its section.
KEY_EVENT_LENGTH = 240


def times_of(context: Any) -> TimeStyle:
    """The document's way of printing instants: UTC, and the second zone if it has one."""
    style = context.get("times")
    return style if isinstance(style, TimeStyle) else localized_times(None)


def fmt_time(context: Any, value: datetime | None, rough: bool = False) -> str:
    return about(times_of(context).stamp(value), rough)


def fmt_utc(context: Any, value: datetime | None, rough: bool = False) -> str:
    # A rough time has no seconds: "about 15:40:00" would claim what the source does not.
    return about(times_of(context).stamp(value, seconds=not rough), rough)


def fmt_clock(context: Any, value: datetime | None, rough: bool = False) -> str:
    return about(times_of(context).clock(value), rough)


def event_time(context: Any, event: EventRecord, seconds: bool = False) -> str:
    """When an event happened, ``about`` when its source gives the time only roughly."""
    rough = is_rough(event)
    return about(times_of(context).stamp(event.at, seconds=seconds and not rough), rough)


def time_heading(context: Any, label: str) -> str:
    return times_of(context).heading(label)


def describe_in(context: Any, event: EventRecord) -> str:
    return describe(event, times_of(context).clock)


def key_event_line(context: Any, event: EventRecord) -> str:
    """An event for the key-event table: its gist, and where its whole text stands."""
    words = describe_in(context, event)
    if event.kind == EventKind.ENTRY:  # a decision: say so, the table has no kind column
        words = _("{kind}: {text}").format(kind=kind_label(event), text=words)
    text, cut = brief(words, KEY_EVENT_LENGTH)
    if not cut:
        return text
    section = KEY_EVENT_SECTIONS.get(event.kind)
    if section is not None:
        return text + " " + _("(in full under “{section}”)").format(section=_(section))
    return (
        text
        + " "
        + _("(in full: event #{number} in the full timeline)").format(number=event.number)
    )


def fmt_duration(value: timedelta | None, rough: bool = False) -> str:
    return "—" if value is None else about(format_duration(value), rough)


def fmt_since_start(value: timedelta | None, key: str, rough: bool = False) -> str:
    """A duration from the start; a negative one says in words what it means."""
    if value is None or value >= timedelta(0):
        return fmt_duration(value, rough)
    meaning = _(DURATION_BEFORE_START[key]).format(duration=about(format_duration(-value), rough))
    return f"{about(format_duration(value), rough)} ({meaning})"


def fmt_percent(value: float | None) -> str:
    return "—" if value is None else percent(value)


_BULLET = re.compile(r"^\s*[-*•+]\s+(.*)$")


def html_text(context: Any, value: object) -> Any:
    """Typed text as HTML: escaped, its line breaks and bullet lists kept.

    For the PDF, long tokens get break opportunities (see ``typed.soft_wrap``).
    """
    text = prepare(value)
    if "\n" not in text and not _BULLET.match(text):
        # One line, the common case (each of 10,000 events): no list, no breaks to keep.
        return Markup(escape(soft_wrap(text.strip()) if context.get("for_pdf") else text.strip()))
    wrap = soft_wrap if context.get("for_pdf") else (lambda text: text)
    parts: list[str] = []
    items: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            parts.append("<br>".join(lines))
            lines.clear()
        if items:
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for line in text.split("\n"):
        escaped = str(escape(wrap(line.strip())))
        bullet = _BULLET.match(line)
        if bullet:
            if lines:
                flush()
            items.append(str(escape(wrap(bullet.group(1).strip()))))
        else:
            if items:
                flush()
            lines.append(escaped)
    flush()
    return Markup("".join(parts))


def _who_and_kind(
    event: EventRecord,
    people: dict[tuple[str, str], tuple[str, str]],
    kinds: dict[tuple[str, object], str],
    cell: Callable[[object], str],
) -> tuple[str, str, str]:
    """The author, role and kind cells of a row, each worked out once per report."""
    person = people.get((event.author, event.role))
    if person is None:
        person = people[(event.author, event.role)] = (
            cell(event.author),
            cell(role_name(event.role)) if event.role else "",
        )
    entry = event.payload.get("entry") if event.kind == EventKind.ENTRY else None
    kind = kinds.get((event.kind, entry))
    if kind is None:
        kind = kinds[(event.kind, entry)] = cell(kind_label(event))
    return person[0], person[1], kind


def html_timeline_rows(context: Any, timeline: Sequence[EventRecord]) -> Markup:
    """The full timeline's table rows in HTML: what the template's row would print.

    Built here, not in a template loop: 10,000 rows through a dozen filters each
    cost a quarter of a second; names, roles and kinds repeat, and are escaped once.
    """
    corrections = context["r"].corrections
    people: dict[tuple[str, str], tuple[str, str]] = {}
    kinds: dict[tuple[str, object], str] = {}

    def cell(value: object) -> str:
        return str(html_text(context, value))

    rows = []
    for event in timeline:
        author, role, kind = _who_and_kind(event, people, kinds, cell)
        who = f"{author} ({role})" if role else author
        what = cell(describe_in(context, event))
        correction = corrections.get(event.number)
        if correction is not None:
            note = _("corrected by #%(number)s") % {"number": correction.number}
            what += f" <em>({escape(note)})</em>"
        when = escape(event_time(context, event, True))
        rows.append(
            f"<tr><td>{event.number}</td><td>{when}</td><td>{who}</td>"
            f"<td>{kind}</td><td>{what}</td></tr>\n"
        )
    return Markup("".join(rows))


def md_timeline_rows(context: Any, timeline: Sequence[EventRecord]) -> str:
    """The full timeline's table rows in Markdown (see ``html_timeline_rows``)."""
    corrections = context["r"].corrections
    people: dict[tuple[str, str], tuple[str, str]] = {}
    kinds: dict[tuple[str, object], str] = {}
    rows = []
    for event in timeline:
        author, role, kind = _who_and_kind(event, people, kinds, md_cell)
        what = md_cell(describe_in(context, event))
        correction = corrections.get(event.number)
        if correction is not None:
            note = _("corrected by #%(number)s") % {"number": correction.number}
            what += f" *({note})*"
        when = md_cell(event_time(context, event, True))
        rows.append(
            f"| {event.number} | {when} | {author} | {role or md_cell('')} | {kind} | {what} |\n"
        )
    return "".join(rows)
