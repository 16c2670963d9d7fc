"""Search every incident: a box, ranked results with the matched words bold, open at the event."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.core.search_text import Snippet
from warroom.room import WarRoom
from warroom.room.search import SearchHit
from warroom.ui.panels.common import selected_row, table_view
from warroom.ui.words import local_date_time

_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: Snippet) -> str:
    """The snippet as rich text, the matched words bold; everything else escaped."""
    out, last = [], 0
    for a, b in snippet.spans:
        out.append(escape(snippet.text[last:a]))
        out.append(f"<b>{escape(snippet.text[a:b])}</b>")
        last = b
    out.append(escape(snippet.text[last:]))
    return "".join(out)


class SearchResultsModel(QAbstractTableModel):
    INCIDENT, EVENT, WHEN, SNIPPET = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._headers = [self.tr("Incident"), self.tr("Event"), self.tr("When"), self.tr("Found")]

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.INCIDENT:
                mark = self.tr(" [exercise]") if hit.mode == "exercise" else ""
                return f"#{hit.incident_id}  {hit.title}{mark}"
            if column == self.EVENT:
                return hit.number
            if column == self.WHEN:
                return local_date_time(hit.at)
            return hit.snippet.marked("", "")
        if role == Qt.ItemDataRole.UserRole and column == self.SNIPPET:
            return snippet_html(hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet.text
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Paints the snippet as rich text, so the words that matched stand out."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        html = index.data(Qt.ItemDataRole.UserRole)
        if not html:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.highlightedText().color().name()
            html = f'<span style="color:{color}">{html}</span>'
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() * 2 + 6))


class SearchWindow(QDialog):
    """Search every incident; a result opens its incident at that event."""

    open_requested = Signal(int, int)  # incident id, event number

    def __init__(self, room: WarRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setWindowTitle(self.tr("Search every incident"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Words, an error message, a service: every character is searched as text")
        )
        self.query.setAccessibleName(self.tr("Search"))
        self.query.returnPressed.connect(self.run)
        self.exercises = QCheckBox(self.tr("Include &exercises"))
        self.exercises.toggled.connect(self.run)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.run)
        self.status = QLabel()
        self.status.setObjectName("guidance")
        self.model = SearchResultsModel(self)
        self.view = table_view(self.model, self.tr("Results"), stretch=SearchResultsModel.SNIPPET)
        self.view.setItemDelegateForColumn(SearchResultsModel.SNIPPET, SnippetDelegate(self.view))
        self.view.setWordWrap(True)
        # two lines of snippet a row, the same for every row (no measuring of each)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 10)
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.open_button = QPushButton(self.tr("&Open at this event  [Enter]"))
        self.open_button.clicked.connect(self.open_selected)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.exercises)
        top.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.query.setFocus)
        self.resize(1000, 560)

    def search_for(self, text: str) -> None:
        self.query.setText(text)
        self.run()

    def run(self) -> None:
        text = self.query.text()
        if not text.strip():
            self.model.set_hits([])
            self.status.setText(self.tr("Type what to look for, then Enter."))
            return
        try:
            hits = self.room.search(text, include_exercises=self.exercises.isChecked())
        except UserError as exc:
            self.model.set_hits([])
            self.status.setText(exc.message)
            return
        self.model.set_hits(hits)
        if hits:
            self.view.selectRow(0)
            self.status.setText(self.tr("%n found, best first.", "", len(hits)))
        else:
            self.status.setText(self.tr("Nothing found."))

    def open_selected(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.open_row(row)

    def open_row(self, row: int) -> None:
        hit = self.model.hits[row]
        self.open_requested.emit(hit.incident_id, hit.number)
        self.accept()


class SearchBox(QLineEdit):
    """The start screen's box: Enter opens the search window with what was typed."""

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search every incident…  [Ctrl+Shift+F]"))
        self.setAccessibleName(self.tr("Search every incident"))
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(lambda: self.search_requested.emit(self.text()))
