"""A list's stretching column that stays readable when the list is narrow.

A column set to stretch takes the width the others leave; on half a laptop
screen the others (fitted to their contents) left the incident list's title
column three letters wide. Below its floor the column stops stretching and
keeps the floor, and the list scrolls sideways instead; given room again, it
stretches again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class ReadableColumn(QObject):
    def __init__(self, view: QTableView, column: int, chars: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._chars = chars
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._other_resized)
        # Fitted columns grow with their contents: check again after the rows change.
        model = view.model()
        model.modelReset.connect(self._soon)
        model.layoutChanged.connect(self._soon)
        model.rowsInserted.connect(self._soon)

    @property
    def floor(self) -> int:
        return self._view.fontMetrics().averageCharWidth() * self._chars

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _other_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self._column:
            self._soon()

    def _soon(self) -> None:
        QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self._column and not header.isSectionHidden(i)
        )
        room = self._view.viewport().width() - others
        stretching = header.sectionResizeMode(self._column) == QHeaderView.ResizeMode.Stretch
        if room >= self.floor:
            if not stretching:
                header.setSectionResizeMode(self._column, QHeaderView.ResizeMode.Stretch)
        else:
            if stretching:
                header.setSectionResizeMode(self._column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(self._column) != self.floor:
                header.resizeSection(self._column, self.floor)
