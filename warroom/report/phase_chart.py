"""The key-events chart: the incident's phases on a wall-clock UTC axis, key moments marked.

The axis spans the incident, from its start to its resolution (or now), with a
margin. Events before the start are gathered in a "before" band on the left;
follow-up events after the resolution (a root cause set days later) in an
"after" band on the right, so they cannot squeeze the incident into a sliver.
Tick labels are UTC in the unit that fits the span (minutes, hours, days),
and the moment labels are laid out in rows so that none covers another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

# ``_`` is this module's throwaway name; gettext is the other keyword pybabel reads.
from warroom.core.i18n import _ as gettext
from warroom.core.names import KEY_MOMENT_NAMES

if TYPE_CHECKING:
    from warroom.report.model import IncidentReport

# The colour of the phase each moment begins, the same whatever moments coincide.
PHASE_COLOURS = {
    "started": "#c62828",
    "detected": "#ef6c00",
    "declared": "#f9a825",
    "mitigated": "#1565c0",
    "resolved": "#2e7d32",
}
# The impact's own phases (outage, then partial restorations) in a thin strip under
# the key events: when the customer's situation changed, beside when the team acted.
# One hue, darker for worse, so they cannot be read as the team's phases above.
IMPACT_COLOURS = {"outage": "#7f0000", "degraded": "#e57373"}
IMPACT_Y, IMPACT_HEIGHT = -0.62, 0.14
WIDTH, HEIGHT, DPI = 9.0, 2.9, 110
# Fixed margins (fractions of the figure): labels are placed in pixels, so the
# axes must not move after they are measured.
LEFT, RIGHT, BOTTOM, TOP = 0.03, 0.97, 0.2, 0.86
LABEL_ROWS_Y = (0.42, 0.64, 0.86, 1.08, 1.30, 1.52)
GAP_PX = 6  # the least room between two labels in one row


@dataclass(frozen=True)
class Frame:
    """Where the incident sits on the axis and where the bands beside it are."""

    start: datetime
    end: datetime
    margin: timedelta
    band: timedelta  # the width of the "before" and "after" bands

    @property
    def before(self) -> tuple[datetime, datetime]:
        right = self.start - self.margin
        return right - self.band, right

    @property
    def after(self) -> tuple[datetime, datetime]:
        left = self.end + self.margin
        return left, left + self.band

    def place(self, at: datetime) -> tuple[datetime, str]:
        """Where an instant goes: on the axis, or in its band ("before", "after")."""
        if at < self.start:
            low, high = self.before
            return low + (high - low) / 2, "before"
        if at > self.end:
            low, high = self.after
            return low + (high - low) / 2, "after"
        return at, ""


def frame_of(report: IncidentReport) -> Frame:
    s = report.incident
    end = s.resolved_at or report.generated_at
    start = s.started_at
    if end <= start:  # contradicting times: still draw something readable
        end = start + timedelta(minutes=1)
    span = end - start
    return Frame(start, end, max(span * 0.03, timedelta(seconds=30)), span * 0.08)


def _label_time(at: datetime, span: timedelta) -> str:
    at = at.astimezone(UTC)
    return f"{at:%m-%d %H:%M}" if span >= timedelta(hours=20) else f"{at:%H:%M}"


def phases_figure(report: IncidentReport) -> Any:
    """The incident's phases on a UTC time axis, with the key moments marked."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dates = _dates()

    s = report.incident
    frame = frame_of(report)
    span = frame.end - frame.start
    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(figure)  # a renderer to measure the labels with
    figure.subplots_adjust(left=LEFT, right=RIGHT, bottom=BOTTOM, top=TOP)
    axis: Any = figure.add_subplot()  # matplotlib's stubs know no datetime axes

    moments = [
        ("started", s.started_at),
        ("detected", s.detected_at),
        ("declared", s.declared_at),
        ("mitigated", s.mitigated_at),
        ("resolved", s.resolved_at),
    ]
    known = sorted(((n, at) for n, at in moments if at is not None), key=lambda m: m[1])
    boundaries = [*known, ("now" if s.resolved_at is None else "end", frame.end)]
    for (name, at), (_, following) in pairwise(boundaries):
        left, right = max(at, frame.start), min(following, frame.end)
        if right > left:
            axis.barh(0, right - left, left=left, height=0.5, color=PHASE_COLOURS[name])

    for phase in s.phases:
        left = max(phase.started_at, frame.start)
        right = min(phase.ended_at or frame.end, frame.end)
        if right > left:
            axis.barh(
                IMPACT_Y,
                right - left,
                left=left,
                height=IMPACT_HEIGHT,
                color=IMPACT_COLOURS.get(phase.level, IMPACT_COLOURS["degraded"]),
                edgecolor="white",  # two partial restorations in a row stay two
                linewidth=1,
            )

    bands = []
    early = [e for e in (*report.key_events, *report.escalations) if e.at < frame.start]
    if early or any(at < frame.start for _, at in known):
        bands.append(("before", frame.before))
    after = [e for e in report.key_events if e.at > frame.end]
    if after:
        bands.append((gettext("after resolution ({n})").format(n=len(after)), frame.after))
    for name, (low, high) in bands:
        axis.axvspan(low, high, color="#eceff1", zorder=0)
        # Anchored at the band's outer edge, so a long name runs into the axis, not off it.
        outer, align = (low, "left") if name == "before" else (high, "right")
        shown = gettext("before") if name == "before" else name
        axis.text(outer, -0.78, shown, ha=align, va="top", fontsize=7, color="#546e7a")

    # One line of markers per kind, not one artist per event: 2,500 decisions drew in
    # seconds, one by one; together they take milliseconds and look the same.
    for events, marker, colour, size in (
        (report.key_events, "|", "#424242", 8),
        (report.escalations, "^", "#c62828", 6),
    ):
        xs = [frame.place(event.at)[0] for event in events]
        if xs:
            axis.plot(
                xs,
                [-0.42] * len(xs),
                linestyle="none",
                marker=marker,
                color=colour,
                markersize=size,
            )

    low = frame.before[0] if any(b[0] == "before" for b in bands) else frame.start - frame.margin
    high = frame.after[1] if after else frame.end + frame.margin
    axis.set_xlim(low, high)
    axis.set_ylim(-1.0, 1.75)
    axis.set_yticks([])
    for side in ("top", "right", "left"):
        axis.spines[side].set_visible(False)
    locator = dates.AutoDateLocator(tz=UTC, minticks=3, maxticks=8)
    axis.xaxis.set_major_locator(locator)
    axis.xaxis.set_major_formatter(
        dates.ConciseDateFormatter(
            locator,
            tz=UTC,
            formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%H:%M:%S"],
            zero_formats=["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d"],
            show_offset=False,
        )
    )
    axis.tick_params(axis="x", labelsize=8)
    first, last = frame.start.astimezone(UTC), frame.end.astimezone(UTC)
    if first.date() == last.date():
        axis.set_xlabel(gettext("time (UTC), {date}").format(date=f"{first:%Y-%m-%d}"), fontsize=8)
    else:
        axis.set_xlabel(
            gettext("time (UTC), {first} to {last}").format(
                first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}"
            ),
            fontsize=8,
        )
    title = gettext("Phases and key events (| key event, ▲ escalation)")
    if s.phases:
        title = gettext(
            "Phases and key events (| key event, ▲ escalation; "
            "thin bar: impact, dark red outage, light red degraded)"
        )
    axis.set_title(title, fontsize=10 if not s.phases else 9)

    # "~" before a time the source gives only roughly: the chart claims no more than the text.
    labels = [
        (
            gettext(KEY_MOMENT_NAMES[name]),
            ("~" if s.is_approximate(name) else "") + _label_time(at, span),
            frame.place(at)[0],
        )
        for name, at in known
    ]
    if s.resolved_at is None:
        labels.append((gettext("now"), _label_time(frame.end, span), frame.end))
    _place_labels(figure, axis, _merge_same_time(labels))
    return figure


def _dates() -> Any:
    """matplotlib.dates, untyped: its locators and formatters carry no annotations."""
    from matplotlib import dates

    return dates


def _merge_same_time(labels: list[tuple[str, str, datetime]]) -> list[tuple[str, datetime]]:
    """Moments printed at the same time share one label: "started, declared 06:00"."""
    merged: dict[tuple[str, datetime], list[str]] = {}
    for name, clock, at in labels:
        key = next(
            (k for k in merged if k[0] == clock and abs(k[1] - at) < timedelta(minutes=1)), None
        )
        merged.setdefault(key or (clock, at), []).append(name)
    return [(f"{', '.join(names)} {clock}", at) for (clock, at), names in merged.items()]


def _place_labels(figure: Any, axis: Any, labels: list[tuple[str, datetime]]) -> None:
    """Each label in a row and on a side where it covers no other label and no other's line.

    A label stands on a thin line from its moment on the bar: the line must not
    run through a label below it, and no line from further up may run through
    it. A small search finds the lowest such layout (five moments at most).
    """
    dates = _dates()
    renderer = figure.canvas.get_renderer()
    box = axis.get_window_extent(renderer)
    measured = []
    for text, at in sorted(labels, key=lambda label: label[1], reverse=True):
        x = dates.date2num(at)
        probe = axis.text(x, 0, text, fontsize=8, ha="left", va="bottom")
        width = probe.get_window_extent(renderer).width
        probe.remove()
        line = axis.transData.transform((x, 0))[0]
        sides = [
            (align, left, right)
            for align, left, right in (
                ("left", line, line + width),
                ("right", line - width, line),
            )
            if left >= box.x0 - 1 and right <= box.x1 + 1
        ]
        measured.append((text, x, line, sides or [("left", line, line + width)]))

    Slot = tuple[int, str, float, float, float]  # row, align, left px, right px, line px

    def fits(slot: Slot, placed: list[Slot]) -> bool:
        row, _, left, right, line = slot
        for other_row, _, a, b, other_line in placed:
            if other_row == row and not (right + GAP_PX <= a or b + GAP_PX <= left):
                return False
            if other_row < row and a - GAP_PX <= line <= b + GAP_PX:
                return False  # our line would run through a label below
            if other_row > row and left - GAP_PX <= other_line <= right + GAP_PX:
                return False  # a line from above would run through us
        return True

    def search(index: int, placed: list[Slot]) -> list[Slot] | None:
        if index == len(measured):
            return placed
        _, _, line, sides = measured[index]
        for row in range(len(LABEL_ROWS_Y)):
            for align, left, right in sides:
                slot = (row, align, left, right, line)
                if fits(slot, placed):
                    found = search(index + 1, [*placed, slot])
                    if found is not None:
                        return found
        return None

    layout = search(0, [])
    if layout is None:  # not seen with five moments; stack them rather than fail
        layout = [
            (row % len(LABEL_ROWS_Y), sides[0][0], 0.0, 0.0, line)
            for row, (_, _, line, sides) in enumerate(measured)
        ]
    for (text, x, _, _), (row, align, *_) in zip(measured, layout, strict=True):
        y = LABEL_ROWS_Y[row]
        axis.vlines(x, -0.25, y, colors="#9e9e9e", linewidth=0.6)
        axis.text(x, y, text, fontsize=8, ha=align, va="bottom")
