"""The blast radius drawn: the affected services, and everything that depends on them.

Columns by distance: the affected services on the left, what depends on them
directly next, then what depends on those. Arrows point from a service to
what it depends on. Qt graphics only: no web view, no plotting library to load.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.catalogue import Catalogue, blast_radius, edges_among

BOX_W, BOX_H, GAP_X, GAP_Y = 190.0, 46.0, 90.0, 18.0
COLOURS = {0: "#d64545", 1: "#f0a030", 2: "#f5d76e"}  # affected, direct, transitive


def layout(
    catalogue: Catalogue, affected: list[str]
) -> tuple[dict[str, tuple[int, int]], list[tuple[str, str]]]:
    """Each service's (column, row) and the edges between the drawn services."""
    depths = {name: 0 for name in affected}
    for name, depth in blast_radius(catalogue, affected).items():
        depths.setdefault(name, depth)
    columns: dict[int, list[str]] = {}
    for name, depth in depths.items():
        columns.setdefault(depth, []).append(name)
    places = {
        name: (depth, row)
        for depth, names in columns.items()
        for row, name in enumerate(sorted(names, key=str.casefold))
    }
    return places, edges_among(catalogue, depths)


class BlastRadiusView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Blast radius"))
        self.places: dict[str, tuple[int, int]] = {}

    def show_radius(self, catalogue: Catalogue, affected: list[str]) -> None:
        scene = self.scene()
        scene.clear()
        self.places, edges = layout(catalogue, affected)
        centre = {name: self._box(name, *place) for name, place in self.places.items()}
        keys = {name.casefold(): name for name in self.places}
        pen = QPen(QColor("#555555"), 1.6)
        for dependent, dependency in edges:
            start, end = centre[keys[dependent.casefold()]], centre[keys[dependency.casefold()]]
            self._arrow(start, end, pen)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))

    def _box(self, name: str, column: int, row: int) -> QPointF:
        x = column * (BOX_W + GAP_X)
        y = row * (BOX_H + GAP_Y)
        colour = QColor(COLOURS.get(column, COLOURS[2]))
        rect = QRectF(x, y, BOX_W, BOX_H)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        item = self.scene().addPath(path, QPen(colour.darker(150), 1.5), QBrush(colour))
        item.setZValue(1)
        item.setToolTip(name)
        label = self.scene().addText(name)
        label.setDefaultTextColor(QColor("#111111"))
        font = QFont(label.font())
        font.setBold(column == 0)
        label.setFont(font)
        label.setTextWidth(BOX_W - 12)
        label.setPos(x + 6, y + (BOX_H - label.boundingRect().height()) / 2)
        label.setZValue(2)
        return rect.center()

    def _arrow(self, start: QPointF, end: QPointF, pen: QPen) -> None:
        if start == end:
            return  # a service that depends on itself: nothing to draw
        line_start, line_end = _edge(start, end), _edge(end, start)
        self.scene().addLine(line_start.x(), line_start.y(), line_end.x(), line_end.y(), pen)
        direction = line_end - line_start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1.0)
        unit = QPointF(direction.x() / length, direction.y() / length)
        normal = QPointF(-unit.y(), unit.x())
        head = QPolygonF(
            [line_end, line_end - unit * 11 + normal * 5, line_end - unit * 11 - normal * 5]
        )
        self.scene().addPolygon(head, pen, QBrush(pen.color()))


def _edge(centre: QPointF, towards: QPointF) -> QPointF:
    """Where a line from a box's centre towards another leaves the box."""
    if towards.x() == centre.x():
        return QPointF(centre.x(), centre.y() + (BOX_H if towards.y() > centre.y() else -BOX_H) / 2)
    side = BOX_W / 2 if towards.x() > centre.x() else -BOX_W / 2
    return QPointF(centre.x() + side, centre.y())


class BlastRadiusWindow(QDialog):
    """The lead's view of what else an outage of the affected services takes down."""

    def __init__(self, catalogue: Catalogue, affected: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blast radius"))
        radius = blast_radius(catalogue, affected)
        direct = sorted(n for n, d in radius.items() if d == 1)
        further = sorted(n for n, d in radius.items() if d > 1)
        unknown = [a for a in affected if catalogue.get(a) is None]
        lines = [
            self.tr("Affected: {0}").format(", ".join(affected) or self.tr("none named")),
            self.tr("Depend on them directly: {0}").format(", ".join(direct) or "—"),
            self.tr("Depend on them through others: {0}").format(", ".join(further) or "—"),
        ]
        if unknown:
            lines.append(
                self.tr("Not in the catalogue (their dependents are unknown): {0}").format(
                    ", ".join(unknown)
                )
            )
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.graph = BlastRadiusView()
        self.graph.show_radius(catalogue, affected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.graph, 1)
        self.resize(900, 520)
        self.graph.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class BlastRadiusBox(QGroupBox):
    """The blast radius in the lead's panel: what depends on the affected services, in
    words, with the graph one click away.

    The catalogue is read again when the incident's services change and when the
    graph is opened, not on every event of the room.
    """

    def __init__(self, load: Callable[[], Catalogue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Blast radius"))
        self.load = load
        self.affected: list[str] | None = None
        self.catalogue = Catalogue()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Services that depend on the affected ones"))
        self.graph_button = QPushButton()
        self.graph_button.clicked.connect(self.show_graph)
        self.window_shown: BlastRadiusWindow | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.graph_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_for(self, affected: list[str], *, reload: bool = False) -> None:
        if not reload and affected == self.affected:
            return
        self.affected = list(affected)
        self.catalogue = self.load()
        radius = blast_radius(self.catalogue, affected)
        direct = sorted((n for n, d in radius.items() if d == 1), key=str.casefold)
        further = sorted((n for n, d in radius.items() if d > 1), key=str.casefold)
        unknown = [a for a in affected if self.catalogue.get(a) is None]
        if not affected:
            lines = [self.tr("No affected services named yet.")]
        elif len(unknown) == len(affected):
            lines = [
                self.tr(
                    "The service catalogue does not hold these services, so what depends on "
                    "them is unknown (File › Service catalogue…)."
                )
            ]
        else:
            lines = [
                self.tr("Depend on them directly: {0}").format(", ".join(direct) or "—"),
                self.tr("Depend on them through others: {0}").format(", ".join(further) or "—"),
            ]
            if unknown:
                lines.append(
                    self.tr("Not in the catalogue: {0}").format(", ".join(unknown)),
                )
        self.summary.setText("\n".join(lines))
        self.graph_button.setText(
            self.tr("Show the graph: %n dependent service(s)…", "", len(radius))
        )
        self.graph_button.setEnabled(len(unknown) < len(affected))

    def show_graph(self) -> None:
        self.show_for(self.affected or [], reload=True)
        self.window_shown = BlastRadiusWindow(self.catalogue, self.affected or [], self)
        self.window_shown.open()
