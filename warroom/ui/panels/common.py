"""Pieces every panel uses: the seat context, inline feedback, list views."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import EditConflict, RecordUnreachable, UserError
from warroom.room import WarRoom
from warroom.ui.feed import ChangeFeed
from warroom.ui.incident_state import IncidentState
from warroom.ui.writing import run_write


class Seat:
    """What a panel needs: the seat's room (acting as its person and role) and the incident."""

    def __init__(self, room: WarRoom, state: IncidentState, feed: ChangeFeed) -> None:
        self.room = room
        self.state = state
        self.feed = feed
        # Set when the record proved damaged: nothing more is written to it from here.
        self.read_only = ""

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
        over: Callable[[], None] | None = None,
        mine: str = "",
    ) -> bool:
        """Run a change to something the person saw at version ``based_on``.

        If another seat changed it since, the person is shown what they did (and
        ``mine``, the person's own change in words) and chooses: apply theirs on
        top (based on the other seat's version now), or keep the other seat's
        change. ``over`` runs when the edit is over (written, or the other
        seat's change kept), not when it failed and what the person typed waits
        for another try.
        """
        from warroom.ui.conflict import ask_to_apply_mine

        def ended(written: bool) -> bool:
            if over is not None:
                over()
            return written

        if self.read_only:
            return self.act(feedback, lambda: action(based_on), done)
        try:
            run_write(feedback.window(), self.room.store, lambda: action(based_on))
        except EditConflict as conflict:
            self.feed.poll()  # show the other seat's change behind the question
            if not ask_to_apply_mine(feedback.window(), conflict, mine):
                feedback.ok(
                    QCoreApplication.translate("Feedback", "Kept {0}'s change.").format(
                        conflict.author
                    )
                )
                return ended(False)
            theirs = conflict.number
            if not self.act(feedback, lambda: action(theirs), done):
                return False
            return ended(True)
        except RecordUnreachable:
            feedback.error(self.tr_unreachable())
            return False
        except UserError as exc:
            feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return False
        feedback.ok(done)
        self.feed.poll()
        return ended(True)

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
        if self.read_only:
            feedback.error(
                QCoreApplication.translate(
                    "Feedback", "Not saved: this record is damaged ({0}); it is read-only."
                ).format(self.read_only)
            )
            return False
        try:
            run_write(feedback.window(), self.room.store, action)
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


class EditStart:
    """The version of each thing as the person saw it when they began to change it.

    A save based on the version on screen at the moment of saving would silently
    adopt a change another seat made meanwhile (the change feed refreshes the
    panel under the person's hands) and then overwrite it without a word. So a
    form notes the version at the person's first touch (a pick, a keystroke),
    keeps its fields as they are while the edit runs, and bases the save on it.
    """

    def __init__(self) -> None:
        self._began: dict[Hashable, int] = {}

    def note(self, key: Hashable, version: int) -> None:
        """The person touched ``key``, shown at ``version``; a later touch keeps the first."""
        self._began.setdefault(key, version)

    def follow(
        self, shown: Callable[[], tuple[Hashable, int] | None], *signals: SignalInstance
    ) -> None:
        """Begin an edit of what ``shown`` names (None: nothing) when any of ``signals``
        fires: only signals of the person's own doing (activated, textEdited), never the
        ones a refresh sends too."""

        def begin(*_args: object) -> None:
            seen = shown()
            if seen is not None:
                self.note(*seen)

        for signal in signals:
            signal.connect(begin)

    def editing(self, key: Hashable) -> bool:
        return key in self._began

    def based_on(self, key: Hashable, version: int) -> int:
        """What a save of ``key`` is based on: the version seen when the edit began,
        else ``version`` (what is on screen now: the person acted without a pause)."""
        return self._began.get(key, version)

    def save(
        self,
        seat: Seat,
        feedback: Feedback,
        key: Hashable,
        version: int,
        action: Callable[[int | None], Any],
        done: str = "",
        then: Callable[[], None] | None = None,
        mine: str = "",
    ) -> bool:
        """Save the edit of ``key`` (on screen now at ``version``) through ``Seat.edit``;
        once it is over, forget it and run ``then`` (refill the form from the record).
        ``mine`` says the change in words, for the question if another seat came first."""

        def over() -> None:
            self.forget(key)
            if then is not None:
                then()

        return seat.edit(feedback, action, self.based_on(key, version), done, over, mine)

    def forget(self, key: Hashable | None = None) -> None:
        """The edit of ``key`` (None: every edit) is over: saved, or the other seat's kept."""
        if key is None:
            self._began.clear()
        else:
            self._began.pop(key, None)


class _Versioned(Protocol):
    @property
    def uid(self) -> str: ...

    @property
    def version(self) -> int: ...


class _Rows(Protocol):
    def record(self, row: int) -> Any: ...


def row_edit(view: QTableView, model: _Rows, *signals: SignalInstance) -> EditStart:
    """An ``EditStart`` for a form that changes the row selected in ``view``: the edit
    begins when ``signals`` fire and ends when the person chooses another row."""
    edits = EditStart()

    def shown() -> tuple[str, int] | None:
        row = selected_row(view)
        if row is None:
            return None
        seen: _Versioned = model.record(row)
        return seen.uid, seen.version

    def chosen(current: QModelIndex) -> None:
        # A refresh resets the model (and the current row) under the person's feet;
        # only choosing another row ends the edit they began.
        if current.isValid():
            uid = model.record(current.row()).uid
            if not edits.editing(uid):
                edits.forget()

    edits.follow(shown, *signals)
    view.selectionModel().currentRowChanged.connect(chosen)
    return edits


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
    # The hint is the field's label: never cut it off ("Why th…").
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(placeholder) + 16)
    return edit


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of text; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


COLUMN_WIDTH = 320


class Columns(QBoxLayout):
    """Two columns side by side where they fit, one under the other where they do not
    (1280x720, a projector, 150 % scaling): nothing is squeezed or scrolled sideways."""

    def __init__(self, left: QLayout, right: QLayout) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.left, self.right = left, right
        self.addLayout(left, 1)
        self.addLayout(right, 1)

    def fit(self, width: int) -> None:
        # The panel's own margins, as its style sets them (wider in some than 12 a side).
        panel = self.parentWidget()
        outer = panel.layout() if panel is not None else None
        margins = 24
        if outer is not None:
            edges = outer.contentsMargins()
            margins = max(margins, edges.left() + edges.right())
        # A column narrower than this is no use to read or type in, even where it fits.
        least = COLUMN_WIDTH
        need = (
            max(self.left.minimumSize().width(), least)
            + max(self.right.minimumSize().width(), least)
            + max(self.spacing(), 0)
            + margins
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if width >= need else QBoxLayout.Direction.TopToBottom
        )
        if self.direction() != direction:
            self.setDirection(direction)


def fit_columns(panel: QWidget, width: int) -> None:
    """Lay every Columns of ``panel`` side by side or stacked, as ``width`` allows."""
    for layout in panel.findChildren(QBoxLayout):
        if isinstance(layout, Columns):
            layout.fit(width)


def two_columns(panel: QWidget, left: QLayout, right: QLayout, feedback: QWidget) -> Columns:
    """A panel's usual shape: two equal columns, the message line under both."""
    columns = Columns(left, right)
    layout = QVBoxLayout(panel)
    layout.addLayout(columns, 1)
    layout.addWidget(feedback)
    return columns


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
    # Tab leaves the table, arrows move inside it: a 100,000-row timeline is no keyboard trap.
    view.setTabKeyNavigation(False)
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


def first_field(panel: QWidget) -> QWidget:
    """The first field of ``panel`` that Tab would reach: where Alt+N puts the focus.

    Tab bars and lists are passed over: the person wants to type or choose.
    """
    preferred = getattr(panel, "first_field", None)
    if isinstance(preferred, QWidget):
        return preferred
    proxy = panel.focusProxy()
    if proxy is not None:
        return proxy
    fallback: QWidget | None = None
    widget: QWidget | None = panel.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; never loop forever on a broken one
        # A dead layout item PySide still holds can come back in a widget's place.
        if not isinstance(widget, QWidget) or widget is panel:
            break
        if (
            panel.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(panel)
            and widget.isEnabled()
        ):
            if not isinstance(widget, QTabBar | QTabWidget | QAbstractItemView):
                return widget
            fallback = fallback or widget
        widget = widget.nextInFocusChain()
    return fallback or panel


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab stops at, in their focus-chain order."""
    stops: list[QWidget] = []
    widget: QWidget | None = container.nextInFocusChain()
    for _ in range(5000):
        if not isinstance(widget, QWidget) or widget is container:
            break
        parent = widget.parentWidget()
        if (
            container.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            # the line edit inside a spin box or combo box is that control's own part
            and not isinstance(parent, QAbstractSpinBox | QComboBox)
            and widget not in stops
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


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
