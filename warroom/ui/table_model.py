"""One table model over a tuple of read-model records (roles, hypotheses, fixes, ...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from warroom.ui.theme import readable_on

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], str | None] | None = None  # a background colour, or None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        *,
        bold: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._bold = bold

    def set_rows(self, rows: Sequence[T]) -> None:
        if list(rows) == self._rows:
            return  # keep selection and scroll position when nothing changed
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.BackgroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            # Black on amber, white on red: whichever reads at 4.5:1 or better.
            return QBrush(QColor(readable_on(colour))) if colour else None
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.RecordRole:
            return record
        return None
