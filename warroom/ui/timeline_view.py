"""The timeline panel: filters, search and follow mode over the lazy timeline model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from warroom.core.vocabulary import EventKind, Role
from warroom.report.describe import role_name
from warroom.store.repository import Store
from warroom.ui.incident_state import IncidentState
from warroom.ui.panels.common import line_edit, table_view
from warroom.ui.timeline_model import TimelineFilter, TimelineModel

# (key, kinds, entry kinds); kind_filter_label() gives each key's words
KIND_FILTERS: list[tuple[str, tuple[str, ...] | None, tuple[str, ...] | None]] = [
    ("All events", None, None),
    ("Scribe entries", (EventKind.ENTRY, EventKind.CORRECTION), None),
    ("Decisions", (EventKind.ENTRY,), ("decision",)),
    ("Actions", (EventKind.ENTRY,), ("action",)),
    ("Questions", (EventKind.ENTRY,), ("question",)),
    ("Status updates", (EventKind.UPDATE_POSTED,), None),
    (
        "Diagnosis",
        (
            EventKind.CHECKLIST_TICKED,
            EventKind.SPEC_LINE_SET,
            EventKind.HYPOTHESIS_ADDED,
            EventKind.HYPOTHESIS_STATUS,
            EventKind.EVIDENCE_ADDED,
            EventKind.FIX_ATTEMPTED,
            EventKind.FIX_OUTCOME,
        ),
        None,
    ),
    (
        "Key moments",
        (
            EventKind.DECLARED,
            EventKind.KEY_MOMENT,
            EventKind.PRIORITY_CHANGED,
            EventKind.STATUS_CHANGED,
            EventKind.ESCALATED,
            EventKind.RESOLVED,
        ),
        None,
    ),
    (
        "Roles",
        (EventKind.ROLE_ASSIGNED, EventKind.ROLE_HANDED_OVER, EventKind.ROLE_RELEASED),
        None,
    ),
]


def kind_filter_label(key: str) -> str:
    """The words of a kind filter in the language of the interface."""
    labels = {
        "All events": QCoreApplication.translate("TimelinePanel", "All events"),
        "Scribe entries": QCoreApplication.translate("TimelinePanel", "Scribe entries"),
        "Decisions": QCoreApplication.translate("TimelinePanel", "Decisions"),
        "Actions": QCoreApplication.translate("TimelinePanel", "Actions"),
        "Questions": QCoreApplication.translate("TimelinePanel", "Questions"),
        "Status updates": QCoreApplication.translate("TimelinePanel", "Status updates"),
        "Diagnosis": QCoreApplication.translate("TimelinePanel", "Diagnosis"),
        "Key moments": QCoreApplication.translate("TimelinePanel", "Key moments"),
        "Roles": QCoreApplication.translate("TimelinePanel", "Roles"),
    }
    return labels[key]


class TimelinePanel(QWidget):
    def __init__(
        self,
        store: Store,
        state: IncidentState,
        parent: QWidget | None = None,
        *,
        with_filters: bool = True,
        show: str = "All events",
        empty_hint: str = "",
    ) -> None:
        """A timeline; without filters it is a compact list (time and text only).

        ``show`` is the label of the kind filter to start with (see KIND_FILTERS);
        ``empty_hint`` says, while the list is empty, how it fills.
        """
        super().__init__(parent)
        start = [entry[0] for entry in KIND_FILTERS].index(show)
        _, kinds, entry_kinds = KIND_FILTERS[start]
        # The first filter goes in at construction: one query for 100,000 events, not two.
        self.model = TimelineModel(
            store, state.incident_id, self, TimelineFilter(kinds=kinds, entry_kinds=entry_kinds)
        )
        state.events.connect(self.model.on_events)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Show events of kind"))
        for key, _, _ in KIND_FILTERS:
            self.kind.addItem(kind_filter_label(key))
        self.kind.setCurrentIndex(start)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Show events of role"))
        self.role.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role.addItem(role_name(role.value), role.value)
        self.search = line_edit(self.tr("Search (Ctrl+F)"), self.tr("Search the timeline"))
        self.search.setClearButtonEnabled(True)
        self.follow = QCheckBox(self.tr("Follow"))
        self.follow.setToolTip(self.tr("Keep the newest event in view"))
        self.follow.setChecked(True)

        # Fixed widths, never "fit to contents": that would read all 100,000 rows.
        self.view = table_view(self.model, self.tr("Timeline"), TimelineModel.WHAT, fit=False)
        header = self.view.horizontalHeader()
        metrics = self.fontMetrics()
        for column, sample in (
            (TimelineModel.NUMBER, "00000"),
            (TimelineModel.TIME, "00:00:00 "),
            (TimelineModel.WHO, "Firstname Lastname"),
            (TimelineModel.KIND, "Specification"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        # Uniform rows let the view skip measuring 100,000 of them.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.role)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if with_filters:
            layout.addLayout(filters)
        else:
            for widget in (self.kind, self.role, self.search, self.follow):
                widget.hide()
            for column in (TimelineModel.NUMBER, TimelineModel.KIND):
                self.view.setColumnHidden(column, True)
        self.empty_hint = QLabel(empty_hint)
        self.empty_hint.setObjectName("guidance")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        self._hint = empty_hint
        self.model.rowsInserted.connect(self._show_hint)
        self.model.modelReset.connect(self._show_hint)
        self._show_hint()

        self.kind.currentIndexChanged.connect(self._apply_filter)
        self.role.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.model.rowsInserted.connect(self._follow)
        self.model.modelReset.connect(self._follow)
        self._follow()

    def _show_hint(self, *_args: object) -> None:
        self.empty_hint.setVisible(bool(self._hint) and self.model.rowCount() == 0)

    def show_only(self, label: str) -> None:
        """Fix the kind filter to one of KIND_FILTERS by its (untranslated) label."""
        labels = [entry[0] for entry in KIND_FILTERS]
        self.kind.setCurrentIndex(labels.index(label))

    def _apply_filter(self) -> None:
        _, kinds, entry_kinds = KIND_FILTERS[self.kind.currentIndex()]
        role = self.role.currentData()
        self.model.set_filter(
            TimelineFilter(
                kinds=kinds,
                roles=(role,) if role else None,
                entry_kinds=entry_kinds,
                text=self.search.text(),
            )
        )

    def _follow(self, *_args: object) -> None:
        if self.follow.isChecked():
            self.view.scrollToBottom()

    def show_number(self, number: int) -> None:
        row = self.model.row_of_number(number)
        if row is not None:
            index = self.model.index(row, 0, QModelIndex())
            self.view.scrollTo(index)
            self.view.selectRow(row)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
