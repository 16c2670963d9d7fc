"""Errors that are the user's to fix, as opposed to bugs.

A ``UserError`` carries a one-line message and a hint; the command line prints
both and exits 2, the GUI shows them in a dialog. Anything else that escapes is a
bug and goes to the crash log.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any


class UserError(Exception):
    """Something the user can fix: say what happened and what to do."""

    exit_code = 2

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InvalidInput(UserError):
    """A file or value that cannot be used as it is (import, scenario, matrix)."""


class NotFound(UserError):
    """An incident, hypothesis or other record that is not in the database."""


class RuleViolation(UserError):
    """An action the war-room rules refuse (e.g. an update without a next-update time)."""


class StorageError(UserError):
    """The database cannot be opened or written (locked, corrupt, full disk)."""


class NothingToDo(UserError):
    """The action asked for would change nothing (a rebuild of a state that is right)."""

    exit_code = 0


class EditConflict(UserError):
    """A change based on something another seat has changed since this seat looked.

    It carries what the other seat did (the event that made the current
    version), so the person can be shown it and choose: apply theirs again
    on top, or keep what is there.
    """

    def __init__(
        self,
        what: str,
        *,
        number: int,
        kind: str,
        author: str,
        role: str,
        seat: str,
        at: datetime,
        payload: Mapping[str, Any],
    ) -> None:
        from warroom.core.i18n import _  # i18n imports this module through core.language

        when = at.astimezone(UTC).strftime("%H:%M:%S UTC")
        super().__init__(
            _(
                "{what} was changed by {author} at {when} (event {number}) since you looked at it"
            ).format(what=_(what), author=author, when=when, number=number),
            hint=_("look at their change, then apply yours again or keep theirs"),
        )
        self.what = what
        self.number = number
        self.kind = kind
        self.author = author
        self.role = role
        self.seat = seat
        self.at = at
        self.payload = dict(payload)


class RecordUnreachable(StorageError):
    """The shared record cannot be reached at all (server down, network gone).

    Unlike a busy or damaged record, nothing is wrong with what was typed: a
    seat keeps it in its outbox and sends it when the record is back.
    """
