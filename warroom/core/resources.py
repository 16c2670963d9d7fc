"""Where the data the app ships (``resources/``) lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder: a source checkout, an installed share dir, or an override."""
    override = os.environ.get("WARROOM_RESOURCES")
    if override:
        return Path(override)
    candidates = [
        Path(__file__).resolve().parents[2] / "resources",
        Path(sys.prefix) / "share" / "warroom" / "resources",
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "matrix.toml").is_file():
            return candidate
    return candidates[0]


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
