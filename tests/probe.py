"""Python run in a process of its own, for what only a fresh interpreter can show:
which modules a path imports, whether the ORM's mappers were configured, what a
second seat writes. The tests' own process has long imported and configured all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_python(
    code: str,
    *args: str,
    env: Mapping[str, str] | None = None,
    timeout: float = 180,
    module: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``python -c code args`` (or ``python -m code args``) on this checkout; it must succeed."""
    result = subprocess.run(
        [sys.executable, "-m" if module else "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def last_json(result: subprocess.CompletedProcess[str]) -> Any:
    """The JSON a probe printed on its last line (what came before is the app's own output)."""
    return json.loads(result.stdout.strip().splitlines()[-1])
