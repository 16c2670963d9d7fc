"""The list of incidents on the start screen: active first, then recent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from warroom.room import IncidentSummary, WarRoom
from warroom.store.repository import EventRecord

Index = QModelIndex | QPersistentModelIndex


class IncidentListModel(QAbstractTableModel):
    PRIORITY, STATUS, TITLE, DECLARED, EVENTS = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, room: WarRoom, parent: Any = None) -> None:
        super().__init__(parent)
        self._room = room
        self._rows: list[IncidentSummary] = []
        self._headers = [
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Incident"),
            self.tr("Declared"),
            self.tr("Events"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._room.list_incidents()
        self.endResetModel()

    def on_events(self, events: list[EventRecord]) -> None:
        if events:
            self.reload()

    def summary(self, row: int) -> IncidentSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PRIORITY:
                return item.priority
            if column == self.STATUS:
                status = self.tr(item.status.capitalize())
                return status + (self.tr(" · exercise") if item.mode == "exercise" else "")
            if column == self.TITLE:
                return item.title
            if column == self.DECLARED:
                return item.declared_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if column == self.EVENTS:
                return item.events
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return item.impact_what
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PRIORITY and item.is_active:
            return QBrush(QColor(self._room.matrix.get(item.priority).colour))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRIORITY and item.is_active:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.FontRole and item.is_active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
