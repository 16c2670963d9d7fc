"""Light and dark palettes, large legible type, and the colours of urgency.

Every text colour here is chosen for a WCAG contrast of at least 4.5:1 against
what it is drawn on (3:1 for large text and for the borders of fields), in both
palettes; tests/ui/test_contrast.py computes it.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

# Urgency colours, the same in both palettes so they mean one thing everywhere.
CALM = "#2e7d32"
CALM_ON_DARK = "#81c784"  # the same green, light enough to read on the dark window
SOON = "#f9a825"
OVERDUE = "#c62828"
OVERDUE_PULSE = "#d32f2f"
EXERCISE = "#6a1b9a"
BLACK = "#000000"
WHITE = "#ffffff"

LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#1b1c1e",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef0f3",
    QPalette.ColorRole.Text: "#1b1c1e",
    QPalette.ColorRole.Button: "#e6e8eb",
    QPalette.ColorRole.ButtonText: "#1b1c1e",
    QPalette.ColorRole.Highlight: "#2f5fa7",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1b1c1e",
    # Guidance text is drawn in this colour too, on the window: 4.5:1 on both.
    QPalette.ColorRole.PlaceholderText: "#5f6368",
    QPalette.ColorRole.Link: "#1a57b8",
}
DARK = {
    QPalette.ColorRole.Window: "#1e1f22",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#141517",
    QPalette.ColorRole.AlternateBase: "#24262a",
    QPalette.ColorRole.Text: "#ececec",
    QPalette.ColorRole.Button: "#2b2d31",
    QPalette.ColorRole.ButtonText: "#ececec",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2d31",
    QPalette.ColorRole.ToolTipText: "#ececec",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#8ab4f8",
}
# The outline of fields, check boxes and lists: 3:1 against the window and the field.
BORDER = {False: "#767676", True: "#8a8d93"}
DISABLED_TEXT = {False: "#6b6e74", True: "#8a8d93"}


# -- contrast (WCAG 2.x) --------------------------------------------------------


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb``."""
    value = QColor(colour)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(value.redF())
        + 0.7152 * channel(value.greenF())
        + 0.0722 * channel(value.blueF())
    )


def contrast(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (a badge, a table cell)."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def is_dark() -> bool:
    """Whether the palette in use is the dark one."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def on_base(light: str, dark: str) -> str:
    """A text colour for list cells: ``dark`` when the palette is dark."""
    return dark if is_dark() else light


def system_prefers_dark() -> bool:
    """The desktop's light or dark preference (Qt 6.5 and later); light when unknown."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


# -- palettes and the style sheet ----------------------------------------------


def palette_colours(dark: bool) -> dict[QPalette.ColorRole, str]:
    return DARK if dark else LIGHT


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in palette_colours(dark).items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[dark]))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(DISABLED_TEXT[dark])
    )
    return palette


def countdown_colours(dark: bool) -> dict[str, tuple[str, str]]:
    """Each countdown state's (text, background); the background may be the window's."""
    window = palette_colours(dark)[QPalette.ColorRole.Window]
    return {
        "calm": (CALM_ON_DARK if dark else CALM, window),
        "soon": (BLACK, SOON),
        "overdue": (WHITE, OVERDUE),
        "pulse": (WHITE, OVERDUE_PULSE),
        "none": (palette_colours(dark)[QPalette.ColorRole.PlaceholderText], window),
    }


STYLE = Template("""
QLabel#priorityBadge { font-weight: bold; padding: 4px 12px; border-radius: 4px; }
QLabel#countdown { font-weight: bold; padding: 2px 12px; border-radius: 4px; }
QLabel#countdown[state="calm"] { color: $calm; }
QLabel#countdown[state="soon"] { background: $soon; color: black; }
QLabel#countdown[state="overdue"] { background: $overdue; color: white; }
QLabel#countdown[state="overdue"][pulse="true"] { background: $pulse; color: white; }
QLabel#countdown[state="none"] { color: palette(placeholder-text); }
QLabel#exerciseBand { background: $exercise; color: white; font-weight: bold; padding: 3px; }
QLabel#warning { background: $soon; color: black; padding: 6px; border-radius: 4px; }
QLabel#alarm { background: $overdue; color: white; padding: 6px; border-radius: 4px; }
QLabel#notice { background: $overdue; color: white; padding: 8px; border-radius: 4px; }
QLabel#sectionTitle { font-weight: bold; font-size: 13pt; }
QLabel#guidance { color: palette(placeholder-text); }
""")


def style_sheet(dark: bool) -> str:
    return STYLE.substitute(
        calm=CALM_ON_DARK if dark else CALM,
        soon=SOON,
        overdue=OVERDUE,
        pulse=OVERDUE_PULSE,
        exercise=EXERCISE,
    )


class RoomStyle(QProxyStyle):
    """Fusion, with the outline of every field, list and check box drawn so it can be
    seen: Fusion derives it from the window colour, which vanishes in a dark palette."""

    OUTLINED_PRIMITIVES = (
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )
    OUTLINED_CONTROLS = (
        QStyle.ComplexControl.CC_ComboBox,
        QStyle.ComplexControl.CC_SpinBox,
    )

    def __init__(self, dark: bool) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.border = QColor(BORDER[dark])

    def _outline(self, option: QStyleOption, painter: QPainter, round_shape: bool) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_shape)
        painter.setPen(self.border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = option.rect.adjusted(0, 0, -1, -1)
        if round_shape:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self.OUTLINED_PRIMITIVES:
            radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._outline(option, painter, radio)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self.OUTLINED_CONTROLS:
            self._outline(option, painter, False)


def apply_theme(app: QApplication, dark: bool = False) -> None:
    app.setStyle(RoomStyle(dark))
    app.setPalette(_palette(dark))
    font = QFont(app.font())
    # Legible from a step back: incident rooms are not quiet reading rooms.
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    app.setStyleSheet(style_sheet(dark))
    from warroom.ui.focus_ring import install_focus_rings

    install_focus_rings(app, dark)


def preferred_dark() -> bool:
    """The palette this person chose (View ▸ Dark palette), else the desktop's preference."""
    from warroom.ui.settings import settings

    stored = settings().value("dark")
    if stored is None:
        return system_prefers_dark()
    return str(stored).lower() in ("true", "1")
