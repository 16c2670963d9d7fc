"""The PDF's full-timeline appendix, painted row by row.

Qt's rich-text engine took four of five seconds to lay out a 10,000-row HTML
table (``setHtml``, ``pageCount``, ``drawContents``). Here each cell is
measured with the font's metrics, wrapped with ``QTextLayout`` only when it
does not fit on one line, and drawn as plain lines of text: the appendix is
planned page by page first (so the footer can say "page n of m"), then drawn.
Every page repeats the header row; a row taller than a page continues on the
next one, marked as continued, so no text is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from warroom.core.i18n import _
from warroom.core.names import role_name
from warroom.report.describe import kind_label
from warroom.report.filters import describe_in, event_time, time_heading
from warroom.report.formats import localized_times
from warroom.report.typed import prepare, soft_wrap

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QFontMetricsF, QPainter

    from warroom.report.model import IncidentReport

COLUMNS = 5  # number, time, who, kind, what
_BULLET = re.compile(r"^\s*[-*•+]\s+(.*)$")
_PAD = 3.0  # cell padding, in the layout's 96-dpi units, as the HTML tables have
_HEADER_FILL = "#e6e8eb"
_RULE = "#d0d4da"
_INK = "#1b1c1e"
_ACCENT = "#2f5fa7"


@dataclass(frozen=True)
class TimelineTable:
    """The appendix as text: its title, the column headings and one row per event."""

    title: str
    headings: tuple[str, str, str, str, str]
    rows: list[tuple[str, str, str, str, str]]


def _typed(value: object) -> str:
    """Typed text for a cell: made safe, its line breaks kept, bullets as bullets."""
    text = prepare(value)
    if "\n" not in text and not _BULLET.match(text):
        return soft_wrap(text.strip())
    lines = []
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        lines.append("• " + bullet.group(1).strip() if bullet else line.strip())
    return soft_wrap("\n".join(lines))


def timeline_table(report: IncidentReport) -> TimelineTable:
    """The rows the HTML appendix prints, as plain text: the same words, cell by cell."""
    context = {"times": localized_times(report.zone), "for_pdf": True}
    rows = []
    for event in report.timeline:
        who = _typed(event.author)
        if event.role:
            who += f" ({_typed(role_name(event.role))})"
        what = _typed(describe_in(context, event))
        correction = report.corrections.get(event.number)
        if correction is not None:
            what += " " + "({})".format(
                _("corrected by #%(number)s") % {"number": correction.number}
            )
        rows.append(
            (
                str(event.number),
                event_time(context, event, True),
                who,
                _typed(kind_label(event)),
                what,
            )
        )
    return TimelineTable(
        title=_("Appendix: full timeline"),
        headings=("#", time_heading(context, _("Time")), _("Who"), _("Kind"), _("What")),
        rows=rows,
    )


@dataclass
class _Piece:
    """One row, or the part of a row that fits on a page: each cell's lines."""

    cells: list[list[str]]
    number: str  # the event's number, printed again where a tall row continues
    continued: bool = False

    @property
    def depth(self) -> int:
        return max(len(lines) for lines in self.cells)


@dataclass
class _Page:
    pieces: list[_Piece] = field(default_factory=list)
    title: bool = False  # the appendix's heading stands above the table


class TablePainter:
    """Plans the appendix on pages of ``width`` x ``height`` (96-dpi units) and draws them."""

    def __init__(self, table: TimelineTable, font: QFont, width: float, height: float) -> None:
        from PySide6.QtGui import QFont, QFontMetricsF

        self.table = table
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.title_font = QFont(font)
        self.title_font.setBold(True)
        self.title_font.setPixelSize(round(12 * 96 / 72))
        self.metrics = QFontMetricsF(font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.width, self.height = width, height
        # CJK fallback glyphs stand taller than DejaVu's: room for them between lines.
        self.pitch = self.metrics.lineSpacing() * 1.1
        self.ascent = self.metrics.ascent()
        title_metrics = QFontMetricsF(self.title_font)
        self.title_ascent = title_metrics.ascent()
        self.title_height = title_metrics.lineSpacing() + 10
        self.widths = self._column_widths()
        self.lefts = [sum(self.widths[:i]) for i in range(COLUMNS)]
        self.heading_cells = [
            self._wrap(text, self.widths[i], self.bold_metrics)
            for i, text in enumerate(table.headings)
        ]
        self.heading_height = max(len(c) for c in self.heading_cells) * self.pitch + 2 * _PAD
        self.pages = self._plan()

    # -- planning ----------------------------------------------------------------

    def _column_widths(self) -> list[float]:
        """The number and time as wide as they need (within bounds), the text the rest."""
        advance = self.metrics.horizontalAdvance
        rows = self.table.rows
        digits = max((len(row[0]) for row in rows), default=1)
        number = advance("0" * digits) + 2 * _PAD
        number = max(number, self.bold_metrics.horizontalAdvance("#") + 2 * _PAD)
        # Times are alike: a few samples give the width without measuring 10,000.
        samples = [r[1] for r in rows[:: max(1, len(rows) // 50)]] or ["—"]
        time = min(max(advance(s) for s in samples) + 2 * _PAD + 1, 0.3 * self.width)
        who = 0.19 * self.width
        kind = 0.11 * self.width
        return [number, time, who, kind, self.width - number - time - who - kind]

    def _wrap(self, text: str, width: float, metrics: QFontMetricsF | None = None) -> list[str]:
        """``text`` as the lines it takes in a cell of ``width`` (padding included)."""
        inner = width - 2 * _PAD
        metrics = metrics or self.metrics
        if "\n" not in text and metrics.horizontalAdvance(text) <= inner:
            return [text]  # the common case: one short line, no layout needed
        from PySide6.QtGui import QTextLayout, QTextOption

        lines: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in text.split("\n"):
            if not paragraph or metrics.horizontalAdvance(paragraph) <= inner:
                lines.append(paragraph)
                continue
            layout = QTextLayout(paragraph, self.font if metrics is self.metrics else self.bold)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(inner)
                start = line.textStart()
                lines.append(paragraph[start : start + line.textLength()].rstrip())
            layout.endLayout()
        return lines

    def _rows(self) -> Iterator[_Piece]:
        wrap, (_, time, who, kind, what) = self._wrap, self.widths
        # Names and kinds repeat over thousands of rows: each is measured once.
        people: dict[str, list[str]] = {}
        kinds: dict[str, list[str]] = {}
        for number, at, person, label, text in self.table.rows:
            if person not in people:
                people[person] = wrap(person, who)
            if label not in kinds:
                kinds[label] = wrap(label, kind)
            # The number column is as wide as the widest number: no need to measure.
            cells = [[number], wrap(at, time), people[person], kinds[label], wrap(text, what)]
            yield _Piece(cells, number)

    def _plan(self) -> list[_Page]:
        pages = [_Page(title=True)]
        top = self.title_height + self.heading_height
        y = top
        for piece in self._rows():
            while True:
                room = int((self.height - y - 2 * _PAD) // self.pitch)
                if piece.depth <= room:
                    pages[-1].pieces.append(piece)
                    y += piece.depth * self.pitch + 2 * _PAD
                    break
                full_page = int((self.height - self.heading_height - 2 * _PAD) // self.pitch)
                if piece.depth <= full_page or room < 3:
                    # A row that fits a page starts on the next one; a taller one
                    # starts here when a few of its lines fit, and goes on overleaf.
                    if pages[-1].pieces:
                        pages.append(_Page())
                        y = self.heading_height
                        continue
                    room = max(room, 1)
                head = _Piece([c[:room] for c in piece.cells], piece.number, piece.continued)
                pages[-1].pieces.append(head)
                rest = [c[room:] for c in piece.cells]
                # The rest of the row says whose it is, in the columns that have room.
                rest[0] = [piece.number]
                rest[1] = self._wrap(_("(continued)"), self.widths[1])
                piece = _Piece(rest, piece.number, continued=True)
                pages.append(_Page())
                y = self.heading_height
        return pages

    # -- drawing -----------------------------------------------------------------

    def draw(self, painter: QPainter, page: int) -> None:
        """Draw page ``page`` (0-based) of the appendix at the painter's origin."""
        from PySide6.QtCore import QPointF, QRectF
        from PySide6.QtGui import QColor, QPen

        plan = self.pages[page]
        y = 0.0
        if plan.title:
            painter.setFont(self.title_font)
            painter.setPen(QColor(_ACCENT))
            painter.drawText(QPointF(0, self.title_ascent), self.table.title)
            y = self.title_height
        painter.fillRect(QRectF(0, y, self.width, self.heading_height), QColor(_HEADER_FILL))
        painter.setPen(QColor(_INK))
        painter.setFont(self.bold)
        self._cells(painter, self.heading_cells, y)
        y += self.heading_height
        painter.setFont(self.font)
        rule = QPen(QColor(_RULE))
        rule.setWidthF(0.5)
        ink = QColor(_INK)
        for piece in plan.pieces:
            painter.setPen(ink)
            self._cells(painter, piece.cells, y)
            y += piece.depth * self.pitch + 2 * _PAD
            painter.setPen(rule)
            painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    def _cells(self, painter: QPainter, cells: Sequence[list[str]], top: float) -> None:
        from PySide6.QtCore import QPointF

        for left, lines in zip(self.lefts, cells, strict=True):
            baseline = top + _PAD + self.ascent
            for line in lines:
                if line:
                    painter.drawText(QPointF(left + _PAD, baseline), line)
                baseline += self.pitch
