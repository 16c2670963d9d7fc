"""The report says what the postmortems say: phases, remedies, sources, rough times, zones.

Regression: format version 2 kept the impact phases, how far the impact reached,
the remedies considered, the sources, which times are only approximate and the
zone the source gave its times in, but the report printed none of them, and
printed "about 15:40" from the source as an exact 15:40:00. Each check below
reads a corpus incident's report in Markdown (rendered by a CommonMark
renderer), HTML and PDF (read back with poppler), and finds each fact in the
section a reader would look for it in, in the right zone.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.report.model import IncidentReport, build_report
from warroom.report.pdf import render_pdf
from warroom.report.render import render_html, render_markdown
from warroom.report.typed import ZWSP
from warroom.room import WarRoom

from .test_report import poppler

CORPUS = Path(__file__).parents[1] / "fixtures" / "incidents"
GFM_LIKE = MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True)
class Seen:
    """Texts a reader finds in a section of the report (by its heading)."""

    section: str
    texts: tuple[str, ...]


# Written from the fixtures' facts by hand: the zone each source gave its times in,
# converted by hand (PST is UTC-8 in February), and "about" wherever the source
# gives a time only roughly.
EXPECTED: dict[str, tuple[Seen, ...]] = {
    "2017-02-28-aws-s3-us-east-1": (
        # 09:37 PST is 17:37 UTC; the second zone is the one the source spoke in.
        Seen(
            "", ("Started 2017-02-28 17:37 UTC (09:37 PST)", "Times given in America/Los_Angeles")
        ),
        Seen(
            "Business impact",
            (
                "How far it reached",
                "all S3 requests in one region (US-EAST-1)",
                "From (UTC; America/Los_Angeles)",
                # outage 09:37-12:26 PST, then two partial restorations to 13:54 PST
                "2017-02-28 17:37 UTC (09:37 PST) 2017-02-28 20:26 UTC (12:26 PST) 2 h 49 min "
                "outage",
                "20:26 UTC (12:26 PST) 2017-02-28 21:18 UTC (13:18 PST) 52 min degraded",
                "21:18 UTC (13:18 PST) 2017-02-28 21:54 UTC (13:54 PST) 36 min degraded",
            ),
        ),
        Seen(
            "Diagnosis",
            (
                "Remedies considered",
                "about 2017-02-28 17:37 UTC (09:37 PST) Restart the index and placement "
                "subsystems in full chosen",
            ),
        ),
        # the summary's publication is dated, not timed: about 09:00 PST on 2 March
        Seen(
            "Communication record",
            (
                "about 2017-02-28 19:37 UTC (11:37 PST) customers",
                "about 2017-03-02 17:00 UTC (09:00 PST) customers",
            ),
        ),
        Seen("Metrics", ("Time to first customer update about 2 h",)),
        Seen("Sources", ("https://aws.amazon.com/message/41926/", "times in PST")),
        Seen("Metrics", ("Time to resolve 4 h 17 min", "Time to mitigate 2 h 49 min")),
    ),
    "2018-10-21-github": (
        # UTC in the source: no second zone; 22:52 to 23:03 the next day is 24 h 11 min
        Seen("", ("Duration 1 d 11 min", "Times given in UTC")),
        Seen(
            "Business impact",
            (
                "2018-10-21 22:52 UTC 2018-10-22 16:24 UTC 17 h 32 min degraded",
                "2018-10-22 16:24 UTC 2018-10-22 23:03 UTC 6 h 39 min degraded",
                "about 5 million webhook events and 80,000 Pages builds",
            ),
        ),
        Seen(
            "Diagnosis",
            (
                "Fail the database primaries back to the US East Coast at once rejected",
                "Keep the database primaries in the US West Coast rejected",
                "Restore the affected clusters from backups",
            ),
        ),
        Seen("Sources", ("https://github.blog/2018-10-30-oct21-post-incident-analysis/",)),
        Seen("Metrics", ("Time to resolve 1 d 11 min", "Time to detect 2 min")),
    ),
    "2021-06-08-fastly": (
        Seen("", ("Duration 2 h 57 min",)),
        Seen(
            "Business impact",
            ("2021-06-08 09:47 UTC 2021-06-08 10:36 UTC 49 min outage",),
        ),
        Seen("Diagnosis", ("Disable the customer configuration that triggers the bug chosen",)),
        Seen("Sources", ("https://www.fastly.com/blog/summary-of-june-8-outage",)),
    ),
    "2021-10-04-facebook": (
        # Times observed from outside, about 15:40 to about 21:40 UTC.
        Seen(
            "",
            (
                "Started about 2021-10-04 15:40 UTC",
                "Resolved about 2021-10-04 21:40 UTC",
                "Duration about 6 h",
            ),
        ),
        Seen(
            "Business impact",
            (
                "about 2021-10-04 15:40 UTC about 2021-10-04 21:00 UTC about 5 h 20 min outage",
                "about 2021-10-04 21:00 UTC about 2021-10-04 21:40 UTC about 40 min degraded",
            ),
        ),
        Seen("Diagnosis", ("Turn all services back on at once rejected",)),
        Seen("Key events", ("Key moment: mitigated at about 21:00 UTC",)),
        Seen(
            "Sources",
            (
                "https://engineering.fb.com/2021/10/05/networking-traffic/outage-details/",
                "https://blog.cloudflare.com/october-2021-facebook-outage/",
            ),
        ),
        Seen("Metrics", ("Time to resolve about 6 h", "Time to mitigate about 5 h 20 min")),
    ),
    "2022-04-05-atlassian": (
        # 07:38 UTC on 5 April to about noon on 18 April: about 13 days 4 h 22 min.
        Seen("", ("Duration about 13 d 4 h 22 min",)),
        Seen(
            "Business impact",
            (
                "775 customers (883 sites)",
                "2022-04-05 07:38 UTC about 2022-04-08 12:00 UTC about 3 d 4 h 22 min outage",
                "about 2022-04-08 12:00 UTC about 2022-04-18 12:00 UTC about 10 d degraded",
            ),
        ),
        Seen("Diagnosis", ("Roll the shared databases back to a backup", "rejected")),
        Seen(
            "Sources",
            ("https://www.atlassian.com/engineering/post-incident-review-april-2022-outage",),
        ),
    ),
}
IDS = sorted(EXPECTED)


def flat(text: str) -> str:
    return " ".join(unescape(text.replace(ZWSP, "")).split())


def sections_of_html(html: str) -> dict[str, str]:
    """The text of each <h2> section (the part before the first under ""), spaces folded."""
    parts = re.split(r"<h2[^>]*>(.*?)</h2>", html, flags=re.S)
    found = {"": flat(re.sub(r"<[^>]+>", " ", parts[0]))}
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        found[flat(re.sub(r"<[^>]+>", "", title))] = flat(re.sub(r"<[^>]+>", " ", body))
    return found


def sections_of_pdf(text: str, titles: list[str]) -> dict[str, str]:
    """The PDF's text cut at the lines that are the report's section headings."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for line in text.replace(ZWSP, "").splitlines():
        if line.strip() in titles:
            current = line.strip()
            found.setdefault(current, [])
        else:
            found[current].append(line)
    return {title: flat(" ".join(lines)) for title, lines in found.items()}


def squeezed(text: str) -> str:
    """Without any space, ligatures undone: how PDF text compares (it breaks at / and -)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


_PAGE_FOOT = re.compile(r"page \d+ of \d+")


def assert_seen(
    sections: dict[str, str], expected: tuple[Seen, ...], where: str, squeeze: bool = False
) -> None:
    for seen in expected:
        assert seen.section in sections, (where, seen.section, list(sections))
        for text in seen.texts:
            if squeeze:
                section = squeezed(sections[seen.section])
                wanted = squeezed(text)
                if wanted not in section and _PAGE_FOOT.search(sections[seen.section]):
                    # Qt splits a table row at a page's foot: the rest of each cell goes
                    # on overleaf, after the page's footer and the next cells' first lines.
                    words = [squeezed(word) for word in text.split()]
                    assert all(word in section for word in words), (where, text)
                    continue
                assert wanted in section, (where, text)
            else:
                assert text in sections[seen.section], (where, seen.section, text)


@pytest.fixture(params=IDS)
def corpus_report(
    request: pytest.FixtureRequest, tmp_path: Path, clock: SimulatedClock
) -> Iterator[tuple[str, IncidentReport]]:
    room = WarRoom.open(str(tmp_path / "corpus.sqlite3"), clock=clock)
    try:
        incoming = exchange.read_document(CORPUS / f"{request.param}.json")
        done = exchange.import_document(room.store, incoming)
        yield request.param, build_report(room.store, done.incident_id, clock.now())
    finally:
        room.close()


def test_markdown_shows_phases_remedies_sources_rough_times_and_the_zone(
    corpus_report: tuple[str, IncidentReport],
) -> None:
    name, report = corpus_report
    text = render_markdown(report)
    sections = sections_of_html(GFM_LIKE.render(text))
    assert_seen(sections, EXPECTED[name], "markdown")
    assert_rough_times_are_never_exact(report, sections)


def test_html_shows_phases_remedies_sources_rough_times_and_the_zone(
    corpus_report: tuple[str, IncidentReport],
) -> None:
    name, report = corpus_report
    sections = sections_of_html(render_html(report, charts={}))
    assert_seen(sections, EXPECTED[name], "html")
    assert_rough_times_are_never_exact(report, sections)


def assert_rough_times_are_never_exact(report: IncidentReport, sections: dict[str, str]) -> None:
    """Every event whose time the source gives roughly prints as "about", never to the second."""
    s = report.incident
    appendix = sections["Appendix: full timeline"]
    for event in report.timeline:
        if event.payload.get("approximate") is True:
            at = f"{event.at:%Y-%m-%d %H:%M}"
            assert f"{event.number} about {at} UTC" in appendix, event.number
            assert f"{at}:00 UTC" not in appendix.split(f" {event.number} about ")[1][:40]
    for name, rough in (("started", s.started_at), ("resolved", s.resolved_at)):
        label = name.capitalize()
        if s.is_approximate(name) and rough is not None:
            assert f"{label} about {rough:%Y-%m-%d %H:%M} UTC" in sections[""]


@pytest.mark.parametrize("name", ["2017-02-28-aws-s3-us-east-1", "2021-10-04-facebook"])
def test_pdf_shows_the_same_facts_in_the_same_sections(
    name: str, tmp_path: Path, clock: SimulatedClock
) -> None:
    room = WarRoom.open(str(tmp_path / "corpus.sqlite3"), clock=clock)
    try:
        done = exchange.import_document(room.store, exchange.read_document(CORPUS / f"{name}.json"))
        report = build_report(room.store, done.incident_id, clock.now())
    finally:
        room.close()
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(report, charts={}))
    text = subprocess.run(
        [poppler("pdftotext"), "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    titles = [seen.section for seen in EXPECTED[name] if seen.section]
    sections = sections_of_pdf(text, [*titles, "Roles and handovers", "Root cause", "Integrity"])
    # Cells wrap onto lines of their own (at spaces, "/" and "-"); with -raw they come
    # cell after cell, so a row's text without its spaces reads as in the other formats.
    assert_seen(sections, EXPECTED[name], "pdf", squeeze=True)


def test_key_events_are_in_time_order_whatever_the_file_order(tmp_path: Path) -> None:
    # GitHub's file declares first (23:09) and tells the 23:07 decision after: the report
    # reads in time order.
    room = WarRoom.open(str(tmp_path / "corpus.sqlite3"))
    try:
        incoming = exchange.read_document(CORPUS / "2018-10-21-github.json")
        done = exchange.import_document(room.store, incoming)
        report = build_report(room.store, done.incident_id, room.now())
    finally:
        room.close()
    times = [e.at for e in report.key_events]
    assert times == sorted(times)
    numbers = [e.number for e in report.key_events]
    assert numbers != sorted(numbers)  # the file's own order differs: the sort did something
    key = sections_of_html(render_html(report, charts={}))["Key events"]
    assert key.index("23:07 UTC GitHub Decision: Lock") < key.index("23:09 UTC GitHub Declared")
