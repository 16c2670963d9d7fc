"""The timeline as a Qt model: lazy pages over the store, appended from the change feed.

The model holds only the numbers of the events that pass the filters (an
integer array); rows are read a page at a time when a view asks for them, so
an incident of 100,000 events opens at once and scrolls smoothly.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from warroom.core.vocabulary import EventKind
from warroom.report.describe import both_times, describe, kind_label, local_time, role_name
from warroom.store.repository import EventRecord, Store
from warroom.ui.theme import on_base

Index = QModelIndex | QPersistentModelIndex
PAGE = 256
CACHED_PAGES = 64

# Kinds that mark the shape of the incident: shown in bold.
KEY_KINDS = {
    EventKind.DECLARED,
    EventKind.KEY_MOMENT,
    EventKind.ESCALATED,
    EventKind.RESOLVED,
    EventKind.PRIORITY_CHANGED,
    EventKind.STATUS_CHANGED,
}


@dataclass(frozen=True)
class TimelineFilter:
    kinds: tuple[str, ...] | None = None
    roles: tuple[str, ...] | None = None
    entry_kinds: tuple[str, ...] | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.kinds or self.roles or self.entry_kinds or self.text.strip())


class TimelineModel(QAbstractTableModel):
    NUMBER, TIME, WHO, KIND, WHAT = range(5)
    EventRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        store: Store,
        incident_id: int,
        parent: QObject | None = None,
        initial: TimelineFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._incident = incident_id
        self._filter = initial or TimelineFilter()
        self._numbers: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, EventRecord]] = OrderedDict()
        self._last_number = 0
        self._headers = [
            self.tr("#"),
            self.tr("Time"),
            self.tr("Who"),
            self.tr("Kind"),
            self.tr("What"),
        ]
        self.reload()

    # -- loading ------------------------------------------------------------

    def _query(self, after: int = 0) -> array[int]:
        f = self._filter
        return self._store.event_numbers(
            self._incident,
            kinds=f.kinds,
            roles=f.roles,
            entry_kinds=f.entry_kinds,
            text=f.text,
            after=after,
        )

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._numbers = self._query()
        self._last_number = self._store.head_number(self._incident)
        self.endResetModel()

    def set_filter(self, new: TimelineFilter) -> None:
        if new != self._filter:
            self._filter = new
            self.reload()

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    def on_events(self, events: Sequence[EventRecord]) -> None:
        """Append what the change feed brought for this incident."""
        mine = [e for e in events if e.incident_id == self._incident]
        if not mine:
            return
        newest = max(e.number for e in mine)
        if newest <= self._last_number:
            return
        if self._filter.active:
            added = self._query(after=self._last_number)
        else:
            added = array("q", (e.number for e in mine if e.number > self._last_number))
        self._last_number = newest
        if not added:
            return
        first = len(self._numbers)
        self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
        self._numbers.extend(added)
        self._pages.pop(first // PAGE, None)  # the last page grew; read it afresh
        self.endInsertRows()

    def _load_page(self, page: int) -> dict[int, EventRecord]:
        lo = page * PAGE
        numbers = self._numbers[lo : lo + PAGE]
        events = self._store.events_between(self._incident, numbers[0], numbers[-1])
        wanted = set(numbers)
        cached = {e.number: e for e in events if e.number in wanted}
        self._pages[page] = cached
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return cached

    def _event(self, row: int) -> EventRecord | None:
        page = row // PAGE
        number = self._numbers[row]
        cached = self._pages.get(page)
        if cached is None or number not in cached:
            cached = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return cached.get(number)

    def event_at(self, row: int) -> EventRecord | None:
        if not 0 <= row < len(self._numbers):
            return None
        return self._event(row)

    def row_of_number(self, number: int) -> int | None:
        try:
            return self._numbers.index(number)
        except ValueError:
            return None

    # -- the model interface -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._numbers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._numbers):
            return None
        if role not in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            self.EventRole,
        ):
            return None
        event = self._event(index.row())
        if event is None:
            return None
        column = index.column()
        if role == self.EventRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(event.number)
            if column == self.TIME:
                return local_time(event.at, seconds=True)
            if column == self.WHO:
                return event.author
            if column == self.KIND:
                return kind_label(event)
            return describe(event)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = f"{event.author}, {role_name(event.role)}" if event.role else event.author
            heading = f"#{event.number} · {both_times(event.at)}"
            return f"{heading}\n{who} (seat {event.seat})\n\n{describe(event)}"
        if role == Qt.ItemDataRole.BackgroundRole and event.kind == EventKind.INJECT:
            return QBrush(QColor("#f3e5f5"))
        if role == Qt.ItemDataRole.FontRole and event.kind in (*KEY_KINDS, EventKind.INJECT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and event.kind == EventKind.CORRECTION:
            return QBrush(QColor(on_base("#8e24aa", "#ce93d8")))
        if role == Qt.ItemDataRole.ForegroundRole and event.kind == EventKind.INJECT:
            return QBrush(QColor("#6a1b9a"))
        return None
