"""PDF through Qt's own rich-text engine: no browser needed, works offscreen.

The document is laid out page by page so every page carries a header (the
incident, and EXERCISE in colour where it is one) and a footer with the page
number and the record's fingerprint.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from warroom.core.i18n import _
from warroom.report.typed import isolate

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPainter

    from warroom.report.model import IncidentReport
    from warroom.report.pdf_table import TimelineTable


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
    from warroom.report.pdf_table import timeline_table
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
        appendix=timeline_table(report),
    )


def html_to_pdf(
    html: str,
    *,
    title: str,
    fingerprint: str,
    exercise: bool,
    images: dict[str, bytes] | None = None,
    appendix: TimelineTable | None = None,
) -> bytes:
    """Lay ``html`` out on A4 pages with a header and footer on each; return the PDF.

    ``appendix``, a table of any length, is painted after it from a new page on.
    """
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
    from PySide6.QtGui import (
        QFont,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

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

    document = QTextDocument()
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    for url, png in (images or {}).items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), QImage.fromData(png)
        )
    document.setHtml(html)

    # Lay out in the document's own units (the screen's 96 dpi) and scale the painter
    # up to the 300 dpi device, as QTextDocument.print() does. (Laying out on the PDF
    # device directly makes PySide6 crash at interpreter exit after long documents.)
    scale = writer.resolution() / 96
    page_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = page_rect.width() / scale, page_rect.height() / scale
    document.setPageSize(QSizeF(width, height))
    body_pages = document.pageCount()
    table = None
    if appendix is not None:
        from warroom.report.pdf_table import TablePainter

        table_font = QFont(font)
        # Pixels of the 96-dpi layout, like the header's: the painter scales them up.
        table_font.setPixelSize(round(9 * 96 / 72))
        table = TablePainter(appendix, table_font, width, height)
    pages = body_pages + (len(table.pages) if table is not None else 0)
    mm = 96 / 25.4
    header_font = QFont(font)
    header_font.setFamilies(list(FONT_FAMILIES))
    # In the painter's scaled, 96-dpi units; a point size would be read at 300 dpi.
    header_font.setPixelSize(round(7.5 * 96 / 72))
    page_title = isolate(title if len(title) <= 110 else title[:109] + "…")

    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            _header_footer(
                painter,
                page_title,
                fingerprint,
                exercise,
                page + 1,
                pages,
                width,
                height,
                mm,
                header_font,
            )
            if page < body_pages:
                painter.translate(0, -page * height)
                document.drawContents(painter, QRectF(0, page * height, width, height))
            elif table is not None:
                table.draw(painter, page - body_pages)
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


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
