"""A bug in the window goes to a crash log and a calm sentence; user errors are said plainly."""

from __future__ import annotations

import sys
from pathlib import Path

from warroom.app import make_excepthook
from warroom.core.errors import StorageError


def test_a_bug_is_logged_and_the_person_told_where(isolated_home: Path) -> None:
    shown: list[tuple[bool, str]] = []
    hook = make_excepthook(lambda is_bug, text: shown.append((is_bug, text)))
    try:
        raise KeyError("missing panel")
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None and exc is not None
        hook(exc_type, exc, tb)
    [(is_bug, text)] = shown
    assert is_bug
    [log] = list((isolated_home / "state").rglob("crash-*.log"))
    assert str(log) in text
    assert "Everything saved before it is safe" in text
    assert "KeyError: 'missing panel'" in log.read_text()
    assert "Traceback" not in text


def test_a_user_error_is_said_with_its_hint(isolated_home: Path) -> None:
    shown: list[tuple[bool, str]] = []
    hook = make_excepthook(lambda is_bug, text: shown.append((is_bug, text)))
    error = StorageError("the disk is full", hint="free some space")
    hook(StorageError, error, None)
    assert shown == [(False, "the disk is full\n\nfree some space")]
    assert not list((isolated_home / "state").rglob("crash-*.log"))
