"""Errors that are the user's to fix, as opposed to bugs.

A ``UserError`` carries a one-line message and a hint; the command line prints
both and exits 2, the GUI shows them in a dialog. Anything else that escapes is a
bug and goes to the crash log.
"""

from __future__ import annotations


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
