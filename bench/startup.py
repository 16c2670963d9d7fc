"""Start-up to a painted window, against the stack's floor, measured in the same run.

warroom: `warroom gui --smoke` on a database holding the demo incident: its first
         frame (the window's frame, the record still opening), then the window
         ready (the record open, the window at the demo incident, painted in full);
floor:   a bare PySide6 main window shown and painted after `import sqlalchemy.orm`.
All are timed the same way, on the wall clock: from starting the process to the
moment its line arrives ("first frame painted", "ready"; the floor's "painted";
teardown after that is not start-up). Aim: the first frame within 1.3x of the
floor; the ready window is printed beside it, for honesty.
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
FIRST = "first frame painted"
READY = "ready"
FLOOR = (
    "import sqlalchemy.orm\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QLabel\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.setCentralWidget(QLabel('floor')); w.resize(1400, 900); w.show()\n"
    "app.processEvents(); w.grab()\n"
    "print('painted', flush=True)\n"
)


def timed(command: list[str], env: dict[str, str], *markers: str) -> list[float]:
    """Seconds from spawning ``command`` to the first line containing each of ``markers``."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    arrived: dict[str, float] = {}
    for line in proc.stdout:
        for marker in markers:
            if marker not in arrived and marker.encode() in line:
                arrived[marker] = time.perf_counter() - started
    if proc.wait(timeout=300) != 0 or len(arrived) < len(markers):
        raise SystemExit(f"{command} failed or never painted")
    return [arrived[m] for m in markers]


def figures(runs: int = 7) -> dict[str, float]:
    """Median seconds to each line: the floor's painted window, our first frame and our
    ready window; floor and ours interleaved run by run."""
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
        timed(warroom_cmd, env, FIRST, READY)  # warm the disk cache for both
        timed(floor_cmd, env, "painted")
        first, ready, floor = [], [], []
        for _ in range(runs):
            floor.extend(timed(floor_cmd, env, "painted"))
            at_first, at_ready = timed(warroom_cmd, env, FIRST, READY)
            first.append(at_first)
            ready.append(at_ready)
    return {
        "floor": statistics.median(floor),
        "warroom": statistics.median(first),
        "ready": statistics.median(ready),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    result = figures(args.runs)
    f, w, r = result["floor"], result["warroom"], result["ready"]
    print(f"floor: PySide6 window after sqlalchemy.orm     median {f * 1000:6.0f} ms", end="")
    print(f"  ({args.runs} runs)")
    print(f"warroom gui --smoke, first frame painted       median {w * 1000:6.0f} ms", end="")
    print(f"  ratio {w / f:4.2f}x  (aim: within 1.3x)")
    print(f"warroom gui --smoke, ready (demo incident)     median {r * 1000:6.0f} ms", end="")
    print(f"  ratio {r / f:4.2f}x  (not an aim: said for honesty)")


if __name__ == "__main__":
    main()
