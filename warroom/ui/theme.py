"""Light and dark palettes, large legible type, and the colours of urgency."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# Urgency colours, the same in both palettes so they mean one thing everywhere.
CALM = "#2e7d32"
SOON = "#f9a825"
OVERDUE = "#c62828"
EXERCISE = "#6a1b9a"


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        colours = {
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
            QPalette.ColorRole.PlaceholderText: "#8a8d93",
            QPalette.ColorRole.Link: "#8ab4f8",
        }
    else:
        colours = {
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
            QPalette.ColorRole.PlaceholderText: "#7a7d83",
            QPalette.ColorRole.Link: "#1a57b8",
        }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8d93"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8d93"))
    return palette


STYLE = Template("""
QLabel#priorityBadge { color: white; font-weight: bold; padding: 4px 12px; border-radius: 4px; }
QLabel#countdown { font-weight: bold; padding: 2px 12px; border-radius: 4px; }
QLabel#countdown[state="calm"] { color: $calm; }
QLabel#countdown[state="soon"] { background: $soon; color: black; }
QLabel#countdown[state="overdue"] { background: $overdue; color: white; }
QLabel#countdown[state="overdue"][pulse="true"] { background: #ff5252; color: white; }
QLabel#countdown[state="none"] { color: palette(placeholder-text); }
QLabel#exerciseBand { background: $exercise; color: white; font-weight: bold; padding: 3px; }
QLabel#warning { background: $soon; color: black; padding: 6px; border-radius: 4px; }
QLabel#alarm { background: $overdue; color: white; padding: 6px; border-radius: 4px; }
QLabel#sectionTitle { font-weight: bold; font-size: 13pt; }
QLabel#guidance { color: palette(placeholder-text); }
""").substitute(calm=CALM, soon=SOON, overdue=OVERDUE, exercise=EXERCISE)


def apply_theme(app: QApplication, dark: bool = False) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(_palette(dark))
    font = QFont(app.font())
    # Legible from a step back: incident rooms are not quiet reading rooms.
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    app.setStyleSheet(STYLE)
    from warroom.ui.focus_ring import install_focus_rings

    install_focus_rings(app, dark)
