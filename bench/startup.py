"""Start-up to a painted window, against the stack's floor, measured in the same run.

warroom: `warroom gui --smoke` on a database holding the demo incident (the
         window opens at it);
floor:   a bare PySide6 main window shown and painted after `import sqlalchemy.orm`.
Both are timed the same way, on the wall clock: from starting the process to
the moment its "painted" line arrives (teardown after that is not start-up).
Aim: warroom within 1.3x of the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = (
    "import sqlalchemy.orm\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QLabel\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.setCentralWidget(QLabel('floor')); w.resize(1400, 900); w.show()\n"
    "app.processEvents(); w.grab()\n"
    "print('painted', flush=True)\n"
)


def timed(command: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from spawning ``command`` to the arrival of its line containing ``marker``."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    arrived = None
    for line in proc.stdout:
        if marker.encode() in line:
            arrived = time.perf_counter() - started
    if proc.wait(timeout=300) != 0 or arrived is None:
        raise SystemExit(f"{command} failed or never painted")
    return arrived


def figures(runs: int = 7) -> dict[str, float]:
    """Median seconds to the painted line, ours and the floor's, interleaved run by run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    # Measured as installed: pip compiles the app's modules to bytecode at install, and
    # the floor's libraries are compiled too. Where PYTHONDONTWRITEBYTECODE is set (as
    # in CI and the helpers' shells) every run would compile ~150 modules from source.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "warroom")],
        env={k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"},
        check=True,
        capture_output=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.sqlite3")
        subprocess.run(
            [sys.executable, "-m", "warroom", "demo", "--db", db],
            env=env,
            check=True,
            capture_output=True,
        )
        warroom_cmd = [sys.executable, "-m", "warroom", "gui", "--smoke", "--db", db]
        floor_cmd = [sys.executable, "-c", FLOOR]
        timed(warroom_cmd, env, "painted")  # warm the disk cache for both
        timed(floor_cmd, env, "painted")
        ours, floor = [], []
        for _ in range(runs):
            floor.append(timed(floor_cmd, env, "painted"))
            ours.append(timed(warroom_cmd, env, "painted"))
    return {"floor": statistics.median(floor), "warroom": statistics.median(ours)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    result = figures(args.runs)
    f, w = result["floor"], result["warroom"]
    print(f"floor: PySide6 window after sqlalchemy.orm   median {f * 1000:6.0f} ms", end="")
    print(f"  ({args.runs} runs)")
    print(f"warroom gui --smoke (demo incident open)     median {w * 1000:6.0f} ms")
    print(f"ratio {w / f:4.2f}x   (aim: within 1.3x)")


if __name__ == "__main__":
    main()
