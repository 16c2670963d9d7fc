"""Bugs go to a crash log; the user gets a calm sentence that says where it is."""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from warroom import __version__
from warroom.core.i18n import _
from warroom.core.redact import redact


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path("warroom", appauthor=False)


def write_crash_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """Write the full traceback to a new file; None if even that is impossible."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.log"
        # Users are asked to send this file: no password or token may be in it.
        text = (
            f"warroom {__version__} on Python {platform.python_version()} "
            f"({platform.platform()})\n"
            f"argv: {sys.argv!r}\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))
        )
        with path.open("w", encoding="utf-8") as fh:
            fh.write(redact(text))
        return path
    except OSError:
        return None


def crash_message(path: Path | None) -> str:
    if path is None:
        return _("warroom hit an unexpected problem and could not write a crash log.")
    return _(
        "warroom hit an unexpected problem. Everything saved before it is safe.\n"
        "The details are in {path}; please send that file to the developers."
    ).format(path=path)
