"""The problem specification: what IS and what IS NOT affected, for what, where, when, extent."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from warroom.core.vocabulary import EventKind, SpecDimension
from warroom.ui.conflict import in_words
from warroom.ui.panels.common import EditStart, Feedback, Seat, section_title

QUESTIONS = {
    SpecDimension.WHAT: "What object, what defect?",
    SpecDimension.WHERE: "Where: sites, systems, networks?",
    SpecDimension.WHEN: "When first, when since, how often?",
    SpecDimension.EXTENT: "How many, how big, getting worse?",
}
COLUMNS = ("IS", "IS NOT", "Distinction", "Change")


class SpecificationEditor(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.feedback = Feedback()
        grid = QGridLayout()
        for column, header in enumerate(COLUMNS, start=1):
            grid.addWidget(QLabel(f"<b>{self.tr(header)}</b>"), 0, column)
        self.fields: dict[SpecDimension, list[QLineEdit]] = {}
        self.save_buttons: dict[SpecDimension, QPushButton] = {}
        self.edits = EditStart()  # one edit per line: what the person saw when they began it
        for row, dimension in enumerate(SpecDimension, start=1):
            label = QLabel(f"<b>{dimension.value.upper()}</b><br>{self.tr(QUESTIONS[dimension])}")
            grid.addWidget(label, row, 0)
            edits = []
            for column, header in enumerate(COLUMNS, start=1):
                edit = QLineEdit()
                edit.setAccessibleName(
                    self.tr("{0}: {1}").format(dimension.value.upper(), self.tr(header))
                )
                edit.returnPressed.connect(lambda d=dimension: self.save(d))
                self.edits.follow(partial(self._shown, dimension), edit.textEdited)
                grid.addWidget(edit, row, column)
                edits.append(edit)
            self.fields[dimension] = edits
            button = QPushButton(self.tr("Save"))
            # Four "Save" buttons: a screen reader says which line each one saves.
            button.setAccessibleName(self.tr("Save the {0} line").format(dimension.value.upper()))
            button.clicked.connect(lambda _=False, d=dimension: self.save(d))
            self.save_buttons[dimension] = button
            grid.addWidget(button, row, len(COLUMNS) + 1)
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
            self.tr("{0} saved.").format(dimension.value.upper()),
            then=self.refresh,
            mine=in_words(
                EventKind.SPEC_LINE_SET,
                {"dimension": dimension.value, "is": is_text, "is_not": is_not},
            ),
        )
