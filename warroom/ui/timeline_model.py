"""The timeline as a Qt model: lazy pages over the store, appended from the change feed.

Unfiltered, row ``r`` is event number ``r + 1`` (an incident's numbers run
from 1 without a gap), so the model holds nothing but a count; filtered, it
holds the numbers that pass (an integer array, read by one keyset query).
Rows are read a page at a time when a view asks for them, and events that
arrive on the change feed go straight into the page they belong to, so an
incident of 100,000 events opens at once, jumps anywhere with one small
query, and an append costs no read at all.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
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
# A jump reads one or two pages: small enough to read in a few milliseconds, big enough
# for a screenful of rows.
PAGE = 64
CACHED_PAGES = 256

# Kinds that mark the shape of the incident: shown in bold.
KEY_KINDS = {
    EventKind.DECLARED,
    EventKind.KEY_MOMENT,
    EventKind.ESCALATED,
    EventKind.RESOLVED,
    EventKind.PRIORITY_CHANGED,
    EventKind.STATUS_CHANGED,
}


_DISPLAY = Qt.ItemDataRole.DisplayRole
# The roles this model answers, as plain ints: a view asks for a dozen roles per cell.
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole + 1,
    )
)


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
        # None: every event, row r is number r + 1 (``_count`` of them).
        self._numbers: array[int] | None = None
        self._count = 0
        self._pages: OrderedDict[int, dict[int, EventRecord]] = OrderedDict()
        # The shown words of recently painted events, by number (see ``data``).
        self._texts: dict[int, tuple[str, str, str, str, str]] = {}
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
        self._texts.clear()
        self._last_number = self._store.head_number(self._incident)
        if self._filter.active:
            self._numbers = self._query()
            self._count = len(self._numbers)
        else:
            self._numbers = None
            self._count = self._last_number
        self.endResetModel()

    def _number_at(self, row: int) -> int:
        return row + 1 if self._numbers is None else self._numbers[row]

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
        if self._numbers is None:
            added: Sequence[int] = range(self._last_number + 1, newest + 1)
        else:
            added = self._query(after=self._last_number)
        self._last_number = newest
        if not added:
            return
        first = self._count
        self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
        if self._numbers is not None:
            self._numbers.extend(added)
        self._count += len(added)
        # The feed brought the events themselves: into their pages, no read needed.
        arrived = {e.number: e for e in mine}
        for row, number in enumerate(added, start=first):
            page = self._pages.get(row // PAGE)
            if page is None:
                continue
            if number in arrived:
                page[number] = arrived[number]
            else:  # a gap in what the feed brought: that page is read afresh
                del self._pages[row // PAGE]
        self.endInsertRows()

    def _load_page(self, page: int) -> dict[int, EventRecord]:
        lo = page * PAGE
        hi = min(lo + PAGE, self._count) - 1
        first, last = self._number_at(lo), self._number_at(hi)
        events = self._store.events_between(self._incident, first, last)
        if self._numbers is None:
            cached = {e.number: e for e in events}
        else:
            wanted = set(self._numbers[lo : hi + 1])
            cached = {e.number: e for e in events if e.number in wanted}
        self._pages[page] = cached
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return cached

    def _event(self, row: int) -> EventRecord | None:
        page = row // PAGE
        number = self._number_at(row)
        cached = self._pages.get(page)
        if cached is None or number not in cached:
            cached = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return cached.get(number)

    def event_at(self, row: int) -> EventRecord | None:
        if not 0 <= row < self._count:
            return None
        return self._event(row)

    def row_of_number(self, number: int) -> int | None:
        if self._numbers is None:
            return number - 1 if 1 <= number <= self._count else None
        row = bisect_left(self._numbers, number)
        return row if row < len(self._numbers) and self._numbers[row] == number else None

    # -- the model interface -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        event = self._event(index.row())
        if event is None:
            return None
        if role == self.EventRole:
            return event
        if role == _DISPLAY:
            # A view asks for every visible cell on each repaint (after every append):
            # the words of an event are made once, not on each paint.
            texts = self._texts.get(event.number)
            if texts is None:
                if len(self._texts) >= PAGE * CACHED_PAGES:
                    self._texts.clear()
                texts = self._texts[event.number] = (
                    str(event.number),
                    local_time(event.at, seconds=True),
                    event.author,
                    kind_label(event),
                    describe(event),
                )
            return texts[index.column()]
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
