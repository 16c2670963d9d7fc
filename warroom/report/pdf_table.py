"""The PDF's long tables, painted row by row: the full timeline and the key events.

Qt's rich-text engine took four of five seconds to lay out a 10,000-row HTML
table (``setHtml``, ``pageCount``, ``drawContents``). Here each cell is
measured with the font's metrics, wrapped with ``QTextLayout`` only when it
does not fit on one line, and drawn as plain lines of text. A table is planned
page by page first (so the footer can say "page n of m"), then drawn; it may
start part way down a page, below the text before it. Every page repeats the
header row; a row taller than a page continues on the next one, marked as
continued, so no text is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from warroom.core.i18n import _
from warroom.core.names import role_name
from warroom.report.describe import kind_label
from warroom.report.filters import describe_in, event_time, key_event_line, time_heading
from warroom.report.formats import localized_times
from warroom.report.typed import prepare, soft_wrap

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QFontMetricsF, QPainter

    from warroom.report.model import IncidentReport

_BULLET = re.compile(r"^\s*[-*•+]\s+(.*)$")
_PAD = 3.0  # cell padding, in the layout's 96-dpi units, as the HTML tables have
_HEADER_FILL = "#e6e8eb"
_RULE = "#d0d4da"
_INK = "#1b1c1e"

# What a column holds, which decides its width: "number" and "time" as wide as
# their widest value, "name" and "label" too within a bound (they repeat, and are
# measured once each), "text" the rest of the page.
NUMBER, TIME, NAME, LABEL, TEXT = "number", "time", "name", "label", "text"
_BOUNDS = {TIME: 0.3, NAME: 0.28, LABEL: 0.16}
_LEAST_TEXT = 0.3  # of the width: the text column is never squeezed below this
_REPEATING = (NAME, LABEL)


@dataclass(frozen=True)
class PaintedTable:
    """A table as text, below a heading the text before it gives: headings, rows."""

    columns: tuple[str, ...]  # NUMBER, TIME, NAME, LABEL or TEXT, one per column
    headings: tuple[str, ...]
    rows: list[tuple[str, ...]]
    points: float = 9.0  # the text's size


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


def timeline_table(report: IncidentReport) -> PaintedTable:
    """The full timeline as the HTML appendix prints it: the same words, cell by cell."""
    context = {"times": localized_times(report.zone), "for_pdf": True}
    rows: list[tuple[str, ...]] = []
    people: dict[tuple[str, str], str] = {}
    kinds: dict[tuple[str, object], str] = {}
    for event in report.timeline:
        who = people.get((event.author, event.role))
        if who is None:
            who = _typed(event.author)
            if event.role:
                who += f" ({_typed(role_name(event.role))})"
            people[(event.author, event.role)] = who
        entry = event.payload.get("entry")
        kind = kinds.get((event.kind, entry))
        if kind is None:
            kind = kinds[(event.kind, entry)] = _typed(kind_label(event))
        what = _typed(describe_in(context, event))
        correction = report.corrections.get(event.number)
        if correction is not None:
            what += " ({})".format(_("corrected by #%(number)s") % {"number": correction.number})
        rows.append((str(event.number), event_time(context, event, True), who, kind, what))
    return PaintedTable(
        columns=(NUMBER, TIME, NAME, LABEL, TEXT),
        headings=("#", time_heading(context, _("Time")), _("Who"), _("Kind"), _("What")),
        rows=rows,
        # A size smaller, as the HTML's appendix: five columns of a row fit on one line.
        points=8.0,
    )


def key_events_table(report: IncidentReport) -> PaintedTable:
    """The key events as the HTML report prints them, below its heading and chart."""
    context = {"times": localized_times(report.zone), "for_pdf": True}
    rows: list[tuple[str, ...]] = [
        (event_time(context, event), _typed(event.author), _typed(key_event_line(context, event)))
        for event in report.key_events
    ]
    return PaintedTable(
        columns=(TIME, NAME, TEXT),
        headings=(time_heading(context, _("Time")), _("Who"), _("Event")),
        rows=rows,
    )


@dataclass
class _Piece:
    """One row, or the part of a row that fits on a page: each cell's lines."""

    cells: list[list[str]]
    key: str  # the row's first cell, printed again where a tall row continues
    continued: bool = False

    @property
    def depth(self) -> int:
        return max(len(lines) for lines in self.cells)


@dataclass
class _Page:
    top: float  # where the table starts on this page: below the text before it, or 0
    pieces: list[_Piece] = field(default_factory=list)


class TablePainter:
    """Plans a table on pages of ``width`` x ``height`` (96-dpi units) and draws them.

    The first page starts at ``top`` (below the text before the table); when not
    even the headings and a row fit there, the table starts on the next page and
    ``pages[0]`` is left empty. ``end`` is where the table ends on its last page.
    """

    def __init__(
        self, table: PaintedTable, font: QFont, width: float, height: float, top: float = 0.0
    ) -> None:
        from PySide6.QtGui import QFont, QFontMetricsF

        self.table = table
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.width, self.height = width, height
        # CJK fallback glyphs stand taller than DejaVu's: room for them between lines.
        self.pitch = self.metrics.lineSpacing() * 1.1
        self.ascent = self.metrics.ascent()
        self.widths = self._column_widths()
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.heading_cells = [
            self._wrap(text, self.widths[i], self.bold_metrics)
            for i, text in enumerate(table.headings)
        ]
        self.heading_height = max(len(c) for c in self.heading_cells) * self.pitch + 2 * _PAD
        self.end = 0.0
        self.pages = self._plan(top)

    # -- planning ----------------------------------------------------------------

    def _column_widths(self) -> list[float]:
        """Numbers, times, names and labels as wide as they need (within bounds), text the rest."""
        advance = self.metrics.horizontalAdvance
        rows = self.table.rows
        widths: list[float] = []
        for index, (kind, heading) in enumerate(
            zip(self.table.columns, self.table.headings, strict=True)
        ):
            least = min(
                self.bold_metrics.horizontalAdvance(word) for word in heading.split() or [""]
            )
            if kind == NUMBER:
                digits = max((len(row[index]) for row in rows), default=1)
                need = advance("0" * digits)
            elif kind == TIME:
                # Times are alike: a few samples give the width without measuring 10,000.
                samples = [row[index] for row in rows[:: max(1, len(rows) // 50)]]
                need = max((advance(s) for s in samples), default=0.0) + 1
            elif kind in _REPEATING:
                # Each distinct value once (the bound keeps one long name from taking over).
                need = max((advance(v) for v in {row[index] for row in rows}), default=0.0)
            else:
                need = 0.0
            bound = _BOUNDS.get(kind, 1.0) * self.width
            widths.append(min(max(need, least), bound) + 2 * _PAD if kind != TEXT else 0.0)
        rest = self.width - sum(widths)
        # Names give way (they wrap at spaces) before the text does; labels are single words.
        squeezable = [i for i, kind in enumerate(self.table.columns) if kind == NAME]
        short = _LEAST_TEXT * self.width - rest
        if short > 0 and squeezable:
            room = sum(widths[i] for i in squeezable)
            for index in squeezable:
                widths[index] -= min(short, room / 2) * widths[index] / room
            rest = self.width - sum(widths)
        texts = [i for i, kind in enumerate(self.table.columns) if kind == TEXT]
        for index in texts:
            widths[index] = rest / len(texts)
        return widths

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
        wrap, widths, columns = self._wrap, self.widths, self.table.columns
        # Names and labels repeat over thousands of rows: each is measured once.
        seen: list[dict[str, list[str]]] = [{} for _ in columns]
        for row in self.table.rows:
            cells = []
            for index, (kind, text) in enumerate(zip(columns, row, strict=True)):
                if kind == NUMBER:
                    cells.append([text])  # the column is as wide as the widest number
                elif kind in _REPEATING:
                    known = seen[index].get(text)
                    if known is None:
                        known = seen[index][text] = wrap(text, widths[index])
                    cells.append(known)
                else:
                    cells.append(wrap(text, widths[index]))
            yield _Piece(cells, row[0] if row else "")

    def _plan(self, top: float) -> list[_Page]:
        first = _Page(top)
        pages = [first]
        y = top + self.heading_height
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
                    if pages[-1].pieces or (pages[-1] is first and top > 0):
                        # (The headings alone at the foot of the first page go over too.)
                        pages.append(_Page(0.0))
                        y = self.heading_height
                        continue
                    room = max(room, 1)
                head = _Piece([c[:room] for c in piece.cells], piece.key, piece.continued)
                pages[-1].pieces.append(head)
                piece = self._rest(piece, room)
                pages.append(_Page(0.0))
                y = self.heading_height
        self.end = y
        return pages

    def _rest(self, piece: _Piece, done: int) -> _Piece:
        """What is left of a row after its first ``done`` lines, saying whose row it is."""
        rest = [c[done:] for c in piece.cells]
        mark = _("(continued)")
        if self.table.columns[0] == NUMBER and len(rest) > 1:
            rest[0] = [piece.key]
            rest[1] = self._wrap(mark, self.widths[1])
        else:
            rest[0] = self._wrap(f"{piece.key} {mark}", self.widths[0])
        return _Piece(rest, piece.key, continued=True)

    # -- drawing -----------------------------------------------------------------

    def draw(self, painter: QPainter, page: int) -> None:
        """Draw page ``page`` (0-based) of the table at the painter's origin."""
        from PySide6.QtCore import QLineF, QRectF
        from PySide6.QtGui import QColor, QPen

        plan = self.pages[page]
        if not plan.pieces and (self.table.rows or page):
            return  # the table starts on the next page (an empty one shows its headings)
        y = plan.top
        painter.fillRect(QRectF(0, y, self.width, self.heading_height), QColor(_HEADER_FILL))
        painter.setPen(QColor(_INK))
        painter.setFont(self.bold)
        self._cells(painter, self.heading_cells, y)
        y += self.heading_height
        painter.setFont(self.font)
        rules = []
        for piece in plan.pieces:
            self._cells(painter, piece.cells, y)
            y += piece.depth * self.pitch + 2 * _PAD
            rules.append(QLineF(0, y, self.width, y))
        rule = QPen(QColor(_RULE))
        rule.setWidthF(0.5)
        painter.setPen(rule)
        painter.drawLines(rules)  # one call for the page's rules, not one per row

    def _cells(self, painter: QPainter, cells: Sequence[list[str]], top: float) -> None:
        from PySide6.QtCore import QPointF

        for left, lines in zip(self.lefts, cells, strict=True):
            baseline = top + _PAD + self.ascent
            for line in lines:
                if line:
                    painter.drawText(QPointF(left + _PAD, baseline), line)
                baseline += self.pitch
