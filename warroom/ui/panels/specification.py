"""The problem specification: what IS and what IS NOT affected, for what, where, when, extent."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from warroom.core.vocabulary import EventKind, SpecDimension
from warroom.ui.conflict import in_words
from warroom.ui.panels.common import EditStart, Feedback, Seat, section_title

# Narrower than this (half a laptop screen), each line's question goes above its fields.
NARROW_BELOW = 640


class SpecificationEditor(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.feedback = Feedback()
        grid = QGridLayout()
        questions = {
            SpecDimension.WHAT: self.tr("What object, what defect?"),
            SpecDimension.WHERE: self.tr("Where: sites, systems, networks?"),
            SpecDimension.WHEN: self.tr("When first, when since, how often?"),
            SpecDimension.EXTENT: self.tr("How many, how big, getting worse?"),
        }
        names = {
            SpecDimension.WHAT: self.tr("WHAT"),
            SpecDimension.WHERE: self.tr("WHERE"),
            SpecDimension.WHEN: self.tr("WHEN"),
            SpecDimension.EXTENT: self.tr("EXTENT"),
        }
        self.dimension_names = names
        columns = (self.tr("IS"), self.tr("IS NOT"), self.tr("Distinction"), self.tr("Change"))
        self.grid = grid
        self.headers = [QLabel(self.tr("<b>{0}</b>").format(header)) for header in columns]
        self.questions: dict[SpecDimension, QLabel] = {}
        self.fields: dict[SpecDimension, list[QLineEdit]] = {}
        self.save_buttons: dict[SpecDimension, QPushButton] = {}
        self.edits = EditStart()  # one edit per line: what the person saw when they began it
        for dimension in SpecDimension:
            label = QLabel(
                self.tr("<b>{0}</b><br>{1}").format(names[dimension], questions[dimension])
            )
            label.setWordWrap(True)  # half a laptop screen: the question takes two lines
            self.questions[dimension] = label
            edits = []
            for header in columns:
                edit = QLineEdit()
                edit.setAccessibleName(self.tr("{0}: {1}").format(names[dimension], header))
                edit.returnPressed.connect(lambda d=dimension: self.save(d))
                self.edits.follow(partial(self._shown, dimension), edit.textEdited)
                edits.append(edit)
            self.fields[dimension] = edits
            button = QPushButton(self.tr("Save"))
            # Four "Save" buttons: a screen reader says which line each one saves.
            button.setAccessibleName(self.tr("Save the {0} line").format(names[dimension]))
            button.clicked.connect(lambda _=False, d=dimension: self.save(d))
            self.save_buttons[dimension] = button
        self.narrow: bool | None = None
        self._arrange(narrow=False)
        hint = QLabel(
            self.tr(
                "Write what IS affected next to what could be but IS NOT. A true cause explains "
                "every line; the distinctions and changes point to it."
            )
        )
        hint.setObjectName("guidance")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Problem specification")))
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        seat.state.changed.connect(self.refresh)
        self.refresh()

    def _arrange(self, narrow: bool) -> None:
        """Each line's question beside its fields, or (on half a laptop screen) above them,
        so the four fields get the whole width."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        grid = self.grid
        first = 0 if narrow else 1  # the fields' first column
        for column, header in enumerate(self.headers, start=first):
            grid.addWidget(header, 0, column)
        for index, dimension in enumerate(SpecDimension):
            row = 1 + 2 * index if narrow else 1 + index
            question = self.questions[dimension]
            if narrow:
                grid.addWidget(question, row, 0, 1, 5)
                row += 1
            else:
                grid.addWidget(question, row, 0)
            for column, edit in enumerate(self.fields[dimension], start=first):
                grid.addWidget(edit, row, column)
            grid.addWidget(self.save_buttons[dimension], row, first + 4)
        for column in range(6):
            grid.setColumnStretch(column, 1 if first <= column < first + 4 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(narrow=event.size().width() < NARROW_BELOW)
        super().resizeEvent(event)

    def _shown(self, dimension: SpecDimension) -> tuple[SpecDimension, int]:
        return dimension, self._version(dimension)

    def _version(self, dimension: SpecDimension) -> int:
        lines = self.seat.state.snapshot.spec
        return next((line.version for line in lines if line.dimension == dimension.value), 0)

    def refresh(self) -> None:
        lines = {line.dimension: line for line in self.seat.state.snapshot.spec}
        for dimension in self.fields:
            line = lines.get(dimension.value)
            if line is not None and not self.edits.editing(dimension):
                # never overwrite a line somebody is writing
                values = (line.is_text, line.is_not_text, line.distinction, line.change)
                for edit, value in zip(self.fields[dimension], values, strict=True):
                    if edit.text() != value:
                        edit.setText(value)
                        edit.setCursorPosition(0)  # its beginning in sight, not its end

    def save(self, dimension: SpecDimension) -> None:
        is_text, is_not, distinction, change = (e.text() for e in self.fields[dimension])
        self.edits.save(
            self.seat,
            self.feedback,
            dimension,
            self._version(dimension),
            lambda version: self.seat.room.set_spec_line(
                self.seat.incident_id,
                dimension,
                is_text=is_text,
                is_not_text=is_not,
                distinction=distinction,
                change=change,
                based_on=version,
            ),
            self.tr("{0} saved.").format(self.dimension_names[dimension]),
            then=self.refresh,
            mine=in_words(
                EventKind.SPEC_LINE_SET,
                {"dimension": dimension.value, "is": is_text, "is_not": is_not},
            ),
        )
