"""PDF through Qt's own rich-text engine: no browser needed, works offscreen.

The document is laid out page by page so every page carries a header (the
incident, and EXERCISE in colour where it is one) and a footer with the page
number and the record's fingerprint.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING

from warroom.core.i18n import _
from warroom.report.typed import isolate

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPainter, QTextDocument

    from warroom.report.model import IncidentReport
    from warroom.report.pdf_table import PaintedTable


# The report's fonts, in the order Qt tries them for each character: Latin, Greek,
# Cyrillic, Arabic and Hebrew in DejaVu; Chinese, Japanese and Korean in Noto CJK;
# symbols and control pictures in Symbola; emoji in Noto Color Emoji. Without
# them such text prints as empty boxes (Makefile: system-deps installs them).
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans CJK JP", "Symbola", "Noto Color Emoji")


def ensure_gui_application() -> None:
    """Qt needs an application object for fonts; on a machine without a screen, go offscreen.

    A full QApplication, not a QGuiApplication: the same process may open windows
    afterwards (the app exporting, or a test run), and Qt allows one kind only.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(sys.argv[:1])


def render_pdf(report: IncidentReport, charts: dict[str, bytes] | None = None) -> bytes:
    from warroom.report.pdf_table import key_events_table, timeline_table
    from warroom.report.render import render_html_for_pdf

    if charts is None:
        from warroom.report.charts import report_charts

        charts = report_charts(report)
    # Image widths are read in screen pixels (96 dpi) whatever the device: 170 mm.
    chart_width = int(170 / 25.4 * 96)
    return html_to_pdf(
        render_html_for_pdf(report, list(charts), chart_width, appendix=False),
        title=_("Incident report: {title}").format(title=isolate(report.incident.title)),
        fingerprint=report.fingerprint,
        exercise=report.is_exercise,
        images={f"chart:{name}": png for name, png in charts.items()},
        tables={"key_events": key_events_table(report), "timeline": timeline_table(report)},
    )


_PAINTED = re.compile(r"<!--painted:(\w+)-->")
_TAG = re.compile(r"<[^>]*>")


def html_to_pdf(
    html: str,
    *,
    title: str,
    fingerprint: str,
    exercise: bool,
    images: dict[str, bytes] | None = None,
    tables: Mapping[str, PaintedTable] | None = None,
) -> bytes:
    """Lay ``html`` out on A4 pages with a header and footer on each; return the PDF.

    Where ``html`` says ``<!--painted:NAME-->``, the table ``tables[NAME]`` is
    painted row by row (``pdf_table``), in the flow of the text around it.
    """
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("warroom")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 22, 15, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)

    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(9)
    # Lay out in the document's own units (the screen's 96 dpi) and scale the painter
    # up to the 300 dpi device, as QTextDocument.print() does. (Laying out on the PDF
    # device directly makes PySide6 crash at interpreter exit after long documents.)
    scale = writer.resolution() / 96
    page_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = page_rect.width() / scale, page_rect.height() / scale
    pages = _flow(html, tables or {}, images or {}, font, width, height)
    mm = 96 / 25.4
    header_font = QFont(font)
    header_font.setFamilies(list(FONT_FAMILIES))
    # In the painter's scaled, 96-dpi units; a point size would be read at 300 dpi.
    header_font.setPixelSize(round(7.5 * 96 / 72))
    page_title = isolate(title if len(title) <= 110 else title[:109] + "…")

    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        for number, parts in enumerate(pages):
            if number:
                writer.newPage()
            painter.save()
            _header_footer(
                painter,
                page_title,
                fingerprint,
                exercise,
                number + 1,
                len(pages),
                width,
                height,
                mm,
                header_font,
            )
            for draw in parts:
                draw(painter)
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


Drawing = Callable[["QPainter"], None]


def _flow(
    html: str,
    tables: Mapping[str, PaintedTable],
    images: dict[str, bytes],
    font: QFont,
    width: float,
    height: float,
) -> list[list[Drawing]]:
    """What each page draws: the text, and the painted tables where ``html`` names them.

    Each stretch of text is its own QTextDocument that starts where the table
    before it ends, so text and tables follow each other on a page.
    """
    from PySide6.QtGui import QFont

    from warroom.report.pdf_table import TablePainter

    head, body = html, ""
    if _PAINTED.search(html):
        split = html.index("<body>") + len("<body>")
        head, body = html[:split], html[split:]
    stretches = _PAINTED.split(body) if body else [head]
    pages: list[list[Drawing]] = [[]]
    top = 0.0
    text: tuple[QTextDocument, int, float] | None = None
    for index, stretch in enumerate(stretches):
        if index % 2 == 0:  # text
            if body and not _TAG.sub("", stretch).strip() and "<img" not in stretch:
                text = None  # nothing to print: no page for it
                continue
            text = _text(stretch if not body else head + stretch, images, font, width, height, top)
            if index + 1 == len(stretches):
                _place_text(pages, text, width, height)
            continue
        table_font = QFont(font)
        # Pixels of the 96-dpi layout, like the header's: the painter scales them up.
        table_font.setPixelSize(round(tables[stretch].points * 96 / 72))
        # Kerning off: it cost a third of the time of drawing 10,000 rows.
        table_font.setKerning(False)
        start = top if text is None else text[2]
        table = TablePainter(tables[stretch], table_font, width, height, start)
        heading = _LAST_HEADING.search(stretches[index - 1])
        if text is not None and not table.pages[0].pieces and heading:
            # The table goes over to the next page: its heading goes with it.
            before = stretches[index - 1]
            moved = before[: heading.start()] + _BREAK + before[heading.start() + len("<h2") :]
            text = _text(head + moved, images, font, width, height, top)
            table = TablePainter(tables[stretch], table_font, width, height, text[2])
        if text is not None:
            _place_text(pages, text, width, height)
        for number in range(len(table.pages)):
            if number:
                pages.append([])
            pages[-1].append(partial(table.draw, page=number))
        top, text = table.end, None
    return pages


_LAST_HEADING = re.compile(r"<h2[ >](?!.*<h2[ >])", re.DOTALL)
_BREAK = '<h2 style="page-break-before: always"'


def _place_text(
    pages: list[list[Drawing]], text: tuple[QTextDocument, int, float], width: float, height: float
) -> None:
    document, count, _end = text
    for number in range(count):
        if number:
            pages.append([])
        pages[-1].append(partial(_draw_text, document, number, width, height))


def _text(
    html: str, images: dict[str, bytes], font: QFont, width: float, height: float, top: float
) -> tuple[QTextDocument, int, float]:
    """A stretch of text laid out on pages, its first ``top`` units down the first page.

    Returns the document, its page count, and where it ends on its last page.
    """
    from PySide6.QtCore import QSizeF, QUrl
    from PySide6.QtGui import (
        QImage,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
    )

    document = QTextDocument()
    document.setDefaultFont(font)
    for url, png in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), QImage.fromData(png)
        )
    document.setHtml(html)
    margin = document.documentMargin()
    if top > margin:
        # An empty line as tall as the space above: Qt ignores the top margin of a
        # document's first block, but not a line of fixed height.
        cursor = QTextCursor(document)
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        spacer = QTextBlockFormat()
        spacer.setLineHeight(top - margin, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.setBlockFormat(spacer)
        cursor.setCharFormat(QTextCharFormat())
    document.setPageSize(QSizeF(width, height))
    count = document.pageCount()
    # The layout's own end (a line that would cross a page edge went over to the next).
    bottom = document.size().height() - margin
    return document, count, min(max(bottom - (count - 1) * height, 0.0), height)


def _draw_text(
    document: QTextDocument, page: int, width: float, height: float, painter: QPainter
) -> None:
    from PySide6.QtCore import QRectF

    painter.save()
    painter.translate(0, -page * height)
    document.drawContents(painter, QRectF(0, page * height, width, height))
    painter.restore()


def _header_footer(
    painter: QPainter,
    title: str,
    fingerprint: str,
    exercise: bool,
    page: int,
    pages: int,
    width: float,
    height: float,
    mm: float,
    font: QFont,
) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    painter.setFont(font)
    header = QRectF(0, -12 * mm, width, 5 * mm)
    if exercise:
        band = QRectF(0, -6.5 * mm, width, 5 * mm)
        painter.fillRect(band, QColor("#6a1b9a"))
        painter.setPen(QColor("white"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, _("EXERCISE — not a real incident"))
    painter.setPen(QColor("#5f6368"))
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    footer = QRectF(0, height + 5 * mm, width, 5 * mm)
    mark = " · " + _("EXERCISE") if exercise else ""
    painter.drawText(
        footer,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        _("Record fingerprint {fingerprint}").format(fingerprint=f"{fingerprint[:16]}…") + mark,
    )
    painter.drawText(
        footer,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        _("page {page} of {pages}").format(page=page, pages=pages),
    )
