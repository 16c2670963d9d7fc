"""When another seat changed something first: show what they did, let the person choose.

The write path refuses a change based on an outdated version (``EditConflict``).
The person sees who changed it, when, from which seat, and what they set, and
chooses: apply their own change on top (it is then based on what the other
seat set), or keep the other seat's change. Nothing is overwritten without a
word, and nothing the person typed is thrown away before they choose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from warroom.core.errors import EditConflict
from warroom.report.describe import both_times, describe, role_name
from warroom.store.repository import EventRecord


def their_change(conflict: EditConflict) -> str:
    """The other seat's change in the words the timeline uses."""
    event = EventRecord(
        seq=0,
        incident_id=0,
        number=conflict.number,
        at=conflict.at,
        kind=conflict.kind,
        author=conflict.author,
        role=conflict.role,
        seat=conflict.seat,
        payload=conflict.payload,
        corrects=None,
        prev_hash="",
        hash="",
    )
    return describe(event)


def conflict_text(conflict: EditConflict) -> tuple[str, str]:
    """The title line and the details, as the dialog shows them."""
    who = conflict.author
    if conflict.role:
        who = QCoreApplication.translate("Conflict", "{0} ({1})").format(
            who, role_name(conflict.role)
        )
    title = QCoreApplication.translate(
        "Conflict", "{0} changed {1} after you looked at it."
    ).format(who, conflict.what)
    details = QCoreApplication.translate("Conflict", "At {0}, from seat {1}:\n“{2}”").format(
        both_times(conflict.at), conflict.seat, their_change(conflict)
    )
    return title, details


def ask_to_apply_mine(parent: QWidget | None, conflict: EditConflict) -> bool:
    """True when the person chooses to apply their change on top of the other seat's."""
    title, details = conflict_text(conflict)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by another seat"))
    box.setText(title)
    box.setInformativeText(details)
    mine = box.addButton(
        QCoreApplication.translate("Conflict", "Apply mine on top"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    theirs = box.addButton(
        QCoreApplication.translate("Conflict", "Keep theirs"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(theirs)
    mine.setAccessibleName(
        QCoreApplication.translate("Conflict", "Apply my change on top of theirs")
    )
    theirs.setAccessibleName(QCoreApplication.translate("Conflict", "Keep the other seat's change"))
    box.exec()
    return box.clickedButton() is mine
