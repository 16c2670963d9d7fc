"""One entry point for every export format, used by the command line and the app."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _, speaking
from warroom.core.language import check_language
from warroom.store.repository import Store

FORMATS = ("json", "md", "html", "pdf")
SUFFIXES = {"json": ".json", "md": ".md", "html": ".html", "pdf": ".pdf"}


def export_bytes(
    store: Store,
    incident_id: int,
    fmt: str,
    now: datetime,
    zone: ZoneInfo | None = None,
    lang: str | None = None,
    *,
    answer_key: bool = False,
) -> bytes:
    """The incident in ``fmt``, ready to write to a file.

    The report prints UTC; ``zone`` adds a second zone beside it (JSON keeps UTC only).
    ``lang`` is the report's language (default: the current one); the record's own
    texts stay as they were typed, and JSON is the same in every language.
    ``answer_key`` adds an exercise's scenario files to the JSON (the trainer's archive).
    """
    if lang is not None:
        check_language(lang)
        with speaking(lang):
            return export_bytes(store, incident_id, fmt, now, zone)
    if fmt == "json":
        from warroom import exchange

        document = exchange.export_incident(store, incident_id, answer_key=answer_key)
        return exchange.dumps(document).encode("utf-8")
    if fmt not in FORMATS:
        raise InvalidInput(
            _("unknown format {format!r}").format(format=fmt),
            hint=_("choose one of: {choices}").format(choices=", ".join(FORMATS)),
        )
    from warroom.report.model import build_report

    report = build_report(store, incident_id, now, zone)
    if fmt == "md":
        from warroom.report.render import render_markdown

        return render_markdown(report).encode("utf-8")
    if fmt == "html":
        from warroom.report.render import render_html

        return render_html(report).encode("utf-8")
    from warroom.report.pdf import render_pdf

    return render_pdf(report)
