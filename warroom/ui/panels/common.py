"""Pieces every panel uses: the seat context, inline feedback, list views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import EditConflict, RecordUnreachable, UserError
from warroom.room import WarRoom
from warroom.ui.feed import ChangeFeed
from warroom.ui.incident_state import IncidentState


class Seat:
    """What a panel needs: the seat's room (acting as its person and role) and the incident."""

    def __init__(self, room: WarRoom, state: IncidentState, feed: ChangeFeed) -> None:
        self.room = room
        self.state = state
        self.feed = feed

    @staticmethod
    def tr_unreachable() -> str:
        return QCoreApplication.translate(
            "Seat",
            "The record is out of reach, so this was not saved; what you typed is still here. "
            "Try again when the record is back.",
        )

    @property
    def incident_id(self) -> int:
        return self.state.incident_id

    def edit(
        self,
        feedback: Feedback,
        action: Callable[[int | None], Any],
        based_on: int,
        done: str = "",
    ) -> bool:
        """Run a change to something the person saw at version ``based_on``.

        If another seat changed it since, the person is shown what they did and
        chooses: apply theirs on top (based on the other seat's version now),
        or keep the other seat's change.
        """
        from warroom.ui.conflict import ask_to_apply_mine

        try:
            action(based_on)
        except EditConflict as conflict:
            self.feed.poll()  # show the other seat's change behind the question
            if not ask_to_apply_mine(feedback.window(), conflict):
                feedback.ok(feedback.tr("Kept {0}'s change.").format(conflict.author))
                return False
            theirs = conflict.number
            return self.act(feedback, lambda: action(theirs), done)
        except UserError as exc:
            feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return False
        feedback.ok(done)
        self.feed.poll()
        return True

    def act(
        self,
        feedback: Feedback,
        action: Callable[[], Any],
        done: str = "",
        *,
        unreachable_raises: bool = False,
    ) -> bool:
        """Run one write; say plainly what went wrong, and read the feed at once when it worked.

        ``unreachable_raises``: a record out of reach is the caller's to handle
        (the scribe keeps the entry for later) instead of an error line.
        """
        try:
            action()
        except RecordUnreachable:
            if unreachable_raises:
                raise
            feedback.error(self.tr_unreachable())
            return False
        except UserError as exc:
            feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return False
        feedback.ok(done)
        self.feed.poll()
        return True


class Feedback(QLabel):
    """One line under a form: what just happened, or what went wrong and what to do."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def error(self, text: str) -> None:
        self.setObjectName("alarm")
        self._show(text)

    def ok(self, text: str) -> None:
        if not text:
            self.hide()
            return
        self.setObjectName("")
        self._show(text)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


def line_edit(placeholder: str, name: str = "") -> QLineEdit:
    """A one-line field with the hint shown inside it and a name for screen readers."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name or placeholder)
    return edit


def two_columns(panel: QWidget, left: QLayout, right: QLayout, feedback: QWidget) -> None:
    """A panel's usual shape: two equal columns, the message line under both."""
    columns = QHBoxLayout()
    columns.addLayout(left, 1)
    columns.addLayout(right, 1)
    layout = QVBoxLayout(panel)
    layout.addLayout(columns, 1)
    layout.addWidget(feedback)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def big_font(widget: QWidget, size: float) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(size)
    return font


def table_view(
    model: QAbstractItemModel, name: str, stretch: int | None = None, fit: bool = True
) -> QTableView:
    """A read-only list view. ``stretch`` is the column that takes the spare width;
    with ``fit`` the others fit their contents (only for short lists: it measures every row)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive
    )
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def keep_selection(view: QTableView, reload: Callable[[], None]) -> None:
    """Reload a view's model and keep the selected row where it was."""
    row = selected_row(view)
    reload()
    model = view.model()
    if row is not None and model is not None and row < model.rowCount():
        view.selectRow(row)
