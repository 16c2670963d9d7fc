"""Write a file completely or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from warroom.core.errors import StorageError
from warroom.core.i18n import _


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over."""
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        reason = "the disk is full" if exc.errno == 28 else (exc.strerror or str(exc))
        raise StorageError(
            _("cannot write {path}: {reason}").format(path=path, reason=reason),
            hint=_("free some space or choose another place with -o; nothing was half-written"),
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
