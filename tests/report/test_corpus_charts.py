"""Golden checks of the key-events chart and the cadence gaps on the corpus of real incidents.

The expected values are worked out by hand from the fixtures' facts (see
``tools/make_corpus.py``), not computed by the code under test. The chart's
frame (``phase_chart.frame_of``) runs from the start to the resolution with a
margin of 3 % of that span on each side; follow-ups after the resolution sit in
a band 8 % of the span wide beyond the right margin. Every corpus incident has
such a follow-up (the root cause, set when the postmortem was published), so
each axis ends at resolution + 11 % of the span; none has a key event before
its start, so each axis begins at start - 3 %.

Cadence gaps: every corpus incident is a Blocker, whose update cadence is
15 minutes; a stretch counts as a silence when it is longer than the cadence
plus the minute of grace (16 min). Stretches run from the declaration through
each customer update sent before the resolution, to the resolution; updates
published after it (the postmortems themselves) do not end a silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from matplotlib import dates
from matplotlib.colors import to_hex

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.report.charts import phases_figure
from warroom.report.model import IncidentReport, build_report
from warroom.report.phase_chart import IMPACT_COLOURS, IMPACT_HEIGHT, IMPACT_Y
from warroom.room import WarRoom

from .test_charts import assert_no_label_overlaps, axis_span, tick_labels

CORPUS = Path(__file__).parents[1] / "fixtures" / "incidents"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class ChartGolden:
    file: str
    low: datetime  # the axis's left end
    high: datetime  # its right end
    unit: str  # "minutes/hours": HH:MM ticks; "days": MM-DD; "hours and days": both
    after: int  # key events after the resolution, off the incident's axis
    labels: tuple[str, ...]  # moment labels as drawn
    silences: tuple[tuple[datetime, datetime], ...]  # (from, to) in UTC
    said: str  # the first silence as the completeness list says it ("about" where rough)


GOLDEN = (
    # 09:37-13:54 PST = 17:37-21:54 UTC: span 257 min; margin 7.71 min (7 min 42.6 s),
    # band 20.56 min (20 min 33.6 s). Root cause on 2 March: one follow-up.
    # Updates: the dashboard about 19:37 UTC; the summary on 2 March is after the
    # resolution. Silences: 17:37 (declared) -> 19:37 (2 h), 19:37 -> 21:54 (2 h 17 min).
    ChartGolden(
        "2017-02-28-aws-s3-us-east-1",
        low=utc("2017-02-28 17:29:17.400"),
        high=utc("2017-02-28 22:22:16.200"),
        unit="minutes/hours",
        after=1,
        # the declaration is put at the start, roughly: its own label, marked "~"
        labels=("started 17:37", "declared ~17:37", "mitigated 20:26", "resolved 21:54"),
        silences=(
            (utc("2017-02-28 17:37"), utc("2017-02-28 19:37")),
            (utc("2017-02-28 19:37"), utc("2017-02-28 21:54")),
        ),
        said="No update to the customers for about 2 h, from about 2017-02-28 17:37 UTC "
        "(09:37 PST) to about 2017-02-28 19:37 UTC (11:37 PST) (Blocker: every 15 min).",
    ),
    # 22:52 on the 21st to 23:03 on the 22nd: span 1451 min; margin 43.53 min
    # (43 min 31.8 s), band 116.08 min; right end 23:03 + 159.61 min (2 h 39 min 36.6 s).
    # Updates 23:09 (yellow, the declaration), 23:13 (red), 00:05, 07:46, 23:03 (green, at
    # the resolution). Gaps 0, 4 min, 52 min, 7 h 41 min, 15 h 17 min: the last three are
    # silences.
    ChartGolden(
        "2018-10-21-github",
        low=utc("2018-10-21 22:08:28.200"),
        high=utc("2018-10-23 01:42:36.600"),
        unit="hours and days",
        after=1,
        labels=(
            "started 10-21 22:52",
            "detected 10-21 22:54",
            "declared 10-21 23:09",
            "mitigated 10-22 16:24",
            "resolved 10-22 23:03",
        ),
        silences=(
            (utc("2018-10-21 23:13"), utc("2018-10-22 00:05")),
            (utc("2018-10-22 00:05"), utc("2018-10-22 07:46")),
            (utc("2018-10-22 07:46"), utc("2018-10-22 23:03")),
        ),
        said="No update to the customers for 52 min, from 2018-10-21 23:13 UTC to "
        "2018-10-22 00:05 UTC (Blocker: every 15 min).",
    ),
    # 09:47-12:44 UTC: span 177 min; margin 5.31 min (5 min 18.6 s), band 14.16 min;
    # right end 12:44 + 19.47 min (19 min 28.2 s). Declared about 09:48, first post 09:58
    # (10 min: no silence), resolved post 12:44 at the resolution: 2 h 46 min silent.
    ChartGolden(
        "2021-06-08-fastly",
        low=utc("2021-06-08 09:41:41.400"),
        high=utc("2021-06-08 13:03:28.200"),
        unit="minutes/hours",
        after=1,
        labels=(
            "started 09:47",
            "detected 09:48",
            "declared ~09:48",
            "mitigated 12:35",
            "resolved 12:44",
        ),
        silences=((utc("2021-06-08 09:58"), utc("2021-06-08 12:44")),),
        said="No update to the customers for 2 h 46 min, from 2021-06-08 09:58 UTC to "
        "2021-06-08 12:44 UTC (Blocker: every 15 min).",
    ),
    # About 15:40 to about 21:40 UTC: span 360 min; margin 10.8 min, band 28.8 min;
    # right end 21:40 + 39.6 min. Both updates were published after the resolution, so
    # the whole incident, 6 h, was one silence.
    ChartGolden(
        "2021-10-04-facebook",
        low=utc("2021-10-04 15:29:12"),
        high=utc("2021-10-04 22:19:36"),
        unit="minutes/hours",
        after=1,
        labels=("started, declared ~15:40", "mitigated ~21:00", "resolved ~21:40"),
        silences=((utc("2021-10-04 15:40"), utc("2021-10-04 21:40")),),
        said="No update to the customers for about 6 h, from about 2021-10-04 15:40 UTC to "
        "about 2021-10-04 21:40 UTC (Blocker: every 15 min).",
    ),
    # 07:38 on 5 April to about noon on 18 April: span 18,982 min (13 d 4 h 22 min);
    # margin 569.46 min (9 h 29 min 27.6 s), band 1518.56 min; right end noon + 2088.02 min
    # (34 h 48 min 1.2 s). The one update, the review, came on 29 April: silent from the
    # declaration (about 08:17) to the resolution, 13 d 3 h 43 min.
    ChartGolden(
        "2022-04-05-atlassian",
        low=utc("2022-04-04 22:08:32.400"),
        high=utc("2022-04-19 22:48:01.200"),
        unit="days",
        after=1,
        labels=(
            "started 04-05 07:38",
            "detected, declared ~04-05 08:17",
            "mitigated ~04-08 12:00",
            "resolved ~04-18 12:00",
        ),
        silences=((utc("2022-04-05 08:17"), utc("2022-04-18 12:00")),),
        said="No update to the customers for about 13 d 3 h 43 min, from about 2022-04-05 "
        "08:17 UTC to about 2022-04-18 12:00 UTC (Blocker: every 15 min).",
    ),
)
IDS = [g.file for g in GOLDEN]


def as_instant(x: Any) -> datetime:
    """A plotted x: kept as the datetime it was given, or matplotlib's float days."""
    return x.astimezone(UTC) if isinstance(x, datetime) else dates.num2date(x, tz=UTC)


@pytest.fixture(params=GOLDEN, ids=IDS)
def drawn(
    request: pytest.FixtureRequest, tmp_path: Path, clock: SimulatedClock
) -> tuple[ChartGolden, IncidentReport, Any]:
    golden: ChartGolden = request.param
    room = WarRoom.open(str(tmp_path / "corpus.sqlite3"), clock=clock)
    try:
        incoming = exchange.read_document(CORPUS / f"{golden.file}.json")
        done = exchange.import_document(room.store, incoming)
        report = build_report(room.store, done.incident_id, clock.now())
    finally:
        room.close()
    return golden, report, phases_figure(report)


def test_the_axis_spans_the_incident_with_its_margin(
    drawn: tuple[ChartGolden, IncidentReport, Any],
) -> None:
    golden, report, figure = drawn
    low, high = axis_span(figure)
    # matplotlib keeps dates as float days: a few microseconds of rounding.
    assert abs(low - golden.low) < timedelta(milliseconds=1)
    assert abs(high - golden.high) < timedelta(milliseconds=1)
    s = report.incident
    assert s.resolved_at is not None
    assert low < s.started_at and s.resolved_at < high


def test_ticks_are_wall_clock_utc_in_a_unit_that_fits(
    drawn: tuple[ChartGolden, IncidentReport, Any],
) -> None:
    golden, _, figure = drawn
    labels = tick_labels(figure)
    [axis] = figure.axes
    at = [dates.num2date(x, tz=UTC) for x in axis.get_xticks()]
    shown = [(text, when) for text, when in zip(labels, at, strict=True)]
    assert 3 <= len(shown) <= 8
    for text, when in shown:
        # Each label is its tick's own instant in UTC: the time of day, or the date at midnight.
        day = f"{when:%m-%d}"
        clock = f"{when:%H:%M}"
        if golden.unit == "minutes/hours":
            assert text == clock
        elif golden.unit == "days":
            assert text == day and clock == "00:00"
        else:
            assert text == (day if clock == "00:00" else clock)
    if golden.unit == "hours and days":
        assert any(t[2] == ":" for t, _ in shown) and any(t[2] == "-" for t, _ in shown)


def test_no_label_overlaps_another_and_the_moments_are_labelled(
    drawn: tuple[ChartGolden, IncidentReport, Any],
) -> None:
    golden, _, figure = drawn
    words = assert_no_label_overlaps(figure)
    for label in golden.labels:
        assert label in words


def test_follow_ups_after_the_resolution_are_off_the_incident_axis(
    drawn: tuple[ChartGolden, IncidentReport, Any],
) -> None:
    golden, report, figure = drawn
    s = report.incident
    assert s.resolved_at is not None
    [axis] = figure.axes
    # One line per kind of moment carries every mark of that kind.
    marks = [
        as_instant(x)
        for line in axis.get_lines()
        if line.get_marker() == "|"
        for x in line.get_xdata()
    ]
    assert len(marks) == len(report.key_events)
    span = s.resolved_at - s.started_at
    beyond = [m for m in marks if m > s.resolved_at + span * 0.03]
    assert len(beyond) == golden.after == sum(e.at > s.resolved_at for e in report.key_events)
    # In the band, not at their own dates days later.
    assert all(m < golden.high for m in beyond)
    assert all(s.started_at <= m <= s.resolved_at for m in marks if m not in beyond)
    assert f"after resolution ({golden.after})" in assert_no_label_overlaps(figure)


def test_the_impact_phases_run_in_their_strip_under_the_key_events(
    drawn: tuple[ChartGolden, IncidentReport, Any],
) -> None:
    _, report, figure = drawn
    [axis] = figure.axes
    strip = [
        patch
        for patch in axis.patches
        if abs(patch.get_y() - (IMPACT_Y - IMPACT_HEIGHT / 2)) < 1e-9
    ]
    drawn_phases = [
        (as_instant(p.get_x()), as_instant(p.get_x() + p.get_width()), to_hex(p.get_facecolor()))
        for p in sorted(strip, key=lambda p: p.get_x())
    ]
    expected = [(p.started_at, p.ended_at, IMPACT_COLOURS[p.level]) for p in report.incident.phases]
    assert len(drawn_phases) == len(expected) >= 2  # each corpus incident restored in parts
    for (left, right, colour), (start, end, want) in zip(drawn_phases, expected, strict=True):
        assert end is not None
        assert abs(left - start) < timedelta(milliseconds=1)
        assert abs(right - end) < timedelta(milliseconds=1)
        assert colour == want


def test_cadence_gaps_are_the_ones_counted_by_hand(
    drawn: tuple[ChartGolden, IncidentReport, Any],
) -> None:
    golden, report, _ = drawn
    assert [(g.begin, g.end) for g in report.silences] == list(golden.silences)
    assert {g.cadence for g in report.silences} == {timedelta(minutes=15)}
    assert {g.priority for g in report.silences} == {"Blocker"}
    # And each is said in the completeness list, with its length.
    said = [line for line in report.missing if line.startswith("No update to the customers")]
    assert len(said) == len(golden.silences)
    assert said[0] == golden.said
