"""When another seat changed something first: show what they did, let the person choose.

The write path refuses a change based on an outdated version (``EditConflict``).
The person sees who changed it, when, from which seat, and what they set, and
chooses: apply their own change on top (it is then based on what the other
seat set), or keep the other seat's change. Nothing is overwritten without a
word, and nothing the person typed is thrown away before they choose.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from warroom.core.errors import EditConflict
from warroom.report.describe import both_times, describe, role_name
from warroom.store.repository import EventRecord


def in_words(kind: str, payload: Mapping[str, Any]) -> str:
    """A change in the words the timeline uses (theirs, or the person's own not yet saved)."""
    event = EventRecord(
        seq=0,
        incident_id=0,
        number=0,
        at=datetime.now(UTC),
        kind=kind,
        author="",
        role="",
        seat="",
        payload=dict(payload),
        corrects=None,
        prev_hash="",
        hash="",
    )
    return describe(event)


def their_change(conflict: EditConflict) -> str:
    """The other seat's change in the words the timeline uses."""
    return in_words(conflict.kind, conflict.payload)


def _short(text: str, limit: int = 400) -> str:
    # A whole root-cause essay would push the buttons off the screen; the rest is on
    # the timeline and in the form.
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def conflict_text(conflict: EditConflict, mine: str = "") -> tuple[str, str]:
    """The title line and the details, as the dialog shows them.

    ``mine`` is the person's own change in words: theirs and mine one under the
    other, so the choice needs no memory of what was typed a minute ago.
    """
    who = conflict.author
    if conflict.role:
        who = QCoreApplication.translate("Conflict", "{0} ({1})").format(
            who, role_name(conflict.role)
        )
    title = QCoreApplication.translate(
        "Conflict", "{0} changed {1} after you looked at it."
    ).format(who, conflict.what)
    details = QCoreApplication.translate(
        "Conflict", "Theirs, at {0}\nfrom seat {1}:\n“{2}”"
    ).format(both_times(conflict.at), conflict.seat, _short(their_change(conflict)))
    if mine:
        details += "\n\n" + QCoreApplication.translate(
            "Conflict", "Yours, not saved yet:\n“{0}”"
        ).format(_short(mine))
    return title, details


def conflict_box(
    parent: QWidget | None, conflict: EditConflict, mine: str = ""
) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The question, with its two answers: apply mine, keep theirs (the default)."""
    title, details = conflict_text(conflict, mine)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by another seat"))
    box.setText(title)
    box.setInformativeText(details)
    # Names and typed text are shown as typed, never read as markup; and wide enough
    # that theirs and mine are read line by line, not word by word.
    box.setTextFormat(Qt.TextFormat.PlainText)
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
            metrics = label.fontMetrics()
            widest = max(metrics.horizontalAdvance(line) for line in label.text().splitlines())
            label.setMinimumWidth(min(widest + 2, metrics.averageCharWidth() * 90))
    apply = box.addButton(
        QCoreApplication.translate("Conflict", "Apply mine on top"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Conflict", "Keep theirs"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    apply.setAccessibleName(
        QCoreApplication.translate("Conflict", "Apply my change on top of theirs")
    )
    keep.setAccessibleName(QCoreApplication.translate("Conflict", "Keep the other seat's change"))
    return box, apply, keep


def ask_to_apply_mine(parent: QWidget | None, conflict: EditConflict, mine: str = "") -> bool:
    """True when the person chooses to apply their change (``mine``, in words) on top of
    the other seat's."""
    box, apply, _keep = conflict_box(parent, conflict, mine)
    box.exec()
    return box.clickedButton() is apply
