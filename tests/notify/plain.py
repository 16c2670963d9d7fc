"""What every failed send must look like to the user."""

from __future__ import annotations

from warroom.core.errors import UserError


def assert_plain(error: UserError, message: str) -> None:
    """The user sees exactly ``message``, with a hint, and no programmer's noise."""
    assert error.message == message
    assert str(error) == message
    assert error.hint.strip()
    for noise in ("Traceback", 'File "', "Error(", "Errno", "\n"):
        assert noise not in error.message
        assert noise not in error.hint
