"""Render the main screens to PNG (docs/screenshots/), offscreen, on a simulated clock.

Usage: python tools/screenshots.py [OUTDIR]
       python tools/screenshots.py --lang de|ja [OUTDIR]   the main window (lead panel),
                                                     communicator and wall in that language
       python tools/screenshots.py --matrix OUTDIR   every screen at 1280x720, 1400x900,
                                                     683x728 and 640x720 in both palettes,
                                                     and at 1.5x and 2x
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.demo import create_demo_incident
from warroom.room import WarRoom
from warroom.ui.main_window import MainWindow
from warroom.ui.theme import apply_theme

NOW = datetime(2026, 11, 24, 9, 40, tzinfo=UTC)
SIZE = (1600, 1000)


def shoot(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def matrix(out: Path) -> None:
    """Each run in its own process: the scale factor is read once, when Qt starts."""
    import json
    import subprocess

    root = Path(__file__).resolve().parents[1]
    plain: dict[str, str] = {}
    sizes = ("1280x720", "1400x900", "683x728", "640x720")  # and half a laptop screen
    runs = [(plain, size, dark) for size in sizes for dark in (False, True)]
    runs += [({"QT_SCALE_FACTOR": scale}, "1280x720", False) for scale in ("1.5", "2")]
    failed = False
    for extra, size, dark in runs:
        env = {**os.environ, "PYTHONPATH": str(root), **extra}
        args = [sys.executable, "-m", "tests.ui.screens", str(out), "--size", size]
        result = subprocess.run(
            [*args, *(["--dark"] if dark else [])],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        found = json.loads(result.stdout.strip().splitlines()[-1]) if result.returncode == 0 else {}
        problems = {k: v for k, v in found.items() if v}
        failed = failed or result.returncode != 0 or bool(problems)
        label = f"{size}{' dark' if dark else ''}{' x' + extra['QT_SCALE_FACTOR'] if extra else ''}"
        print(f"{label}: {len(found)} screens, problems: {problems or 'none'}")
    print(f"PNGs in {out}")
    sys.exit(1 if failed else 0)


def main() -> None:
    # Settings of its own: never the person's window layout, name or palette.
    home = Path(tempfile.mkdtemp(prefix="warroom-shots-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    if sys.argv[1:2] == ["--matrix"]:
        matrix(Path(sys.argv[2] if len(sys.argv) > 2 else "build/screens").resolve())
        return
    if sys.argv[1:2] == ["--lang"]:
        lang = sys.argv[2]
        translated(lang, Path(sys.argv[3] if len(sys.argv) > 3 else "docs/screenshots").resolve())
        return
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from warroom.ui.translation import install_language

    install_language(app, "en")  # English as the app shows it: "1 incident", not "1 incident(s)"
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        clock = SimulatedClock(NOW - timedelta(hours=30))
        room = WarRoom.open(str(Path(tmp) / "shots.sqlite3"), clock=clock)
        create_demo_incident(room, now=NOW - timedelta(hours=24))
        clock.set(NOW)
        live = create_demo_incident(room, now=NOW, live_at_minute=100)
        room = room.as_person("Miriam Kovač", Role.LEAD)
        window = MainWindow(room)
        window.resize(*SIZE)
        window.show()
        shoot(window, out / "start.png")

        view = window.take_seat(live, "Miriam Kovač", Role.LEAD)
        view.tick()
        shoot(window, out / "lead.png")
        for role in (Role.DIAGNOSTICIAN, Role.COMMUNICATOR, Role.SCRIBE):
            view.show_panel(role)
            shoot(window, out / f"{role.value}.png")

        window.show_wall()
        assert window.wall is not None
        window.wall.showNormal()
        window.wall.resize(1920, 1080)
        shoot(window.wall, out / "wall.png")
        window.wall.close()

        # Let the promised update slip: amber first, then red and overdue.
        due = view.state.update_countdown()
        assert due is not None
        view.show_panel(Role.COMMUNICATOR)
        clock.set(due.deadline - timedelta(minutes=2))
        window.tick()
        shoot(window, out / "update-soon.png")
        clock.set(due.deadline + timedelta(minutes=4, seconds=12))
        window.tick()
        shoot(window, out / "update-overdue.png")

        # Rehearsal: the trainer's console and a trainee's panel with an inject.
        from warroom.exercise.engine import ExerciseRun
        from warroom.exercise.scenario import find_scenario

        window.show_trainer("erp-production-stop", 20)
        trainer = window.trainer
        assert trainer is not None
        trainer.start()
        trainer.timer.stop()
        run = trainer.run
        assert run is not None and run.incident_id is not None
        trainee = window.take_seat(run.incident_id, "Aylin Demir", Role.COMMUNICATOR)
        clock.advance(timedelta(minutes=16) / 20)
        trainer.step()
        window.feed.poll()
        trainee.communicator.still_working()
        clock.advance(timedelta(minutes=15) / 20)
        trainer.step()
        window.feed.poll()
        trainer.resize(*SIZE)
        shoot(trainer, out / "trainer-console.png")
        shoot(window, out / "trainee-inject.png")
        del ExerciseRun, find_scenario

        # The reports: PDF pages through poppler, the HTML page through Chromium.
        write_reports(room, live, out)
        window.close()
        room.close()


def translated(lang: str, out: Path) -> None:
    """main-window-<lang>.png (the lead's panel), communicator-<lang>.png, wall-<lang>.png."""
    from warroom.ui.translation import install_language

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    if install_language(app, lang) != lang:
        sys.exit(f"no translations for {lang}: run `make translations` first")
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        clock = SimulatedClock(NOW - timedelta(hours=30))
        room = WarRoom.open(str(Path(tmp) / "shots.sqlite3"), clock=clock)
        clock.set(NOW)
        live = create_demo_incident(room, now=NOW, live_at_minute=100)
        room = room.as_person("Miriam Kovač", Role.LEAD)
        window = MainWindow(room)
        window.resize(*SIZE)
        window.show()
        view = window.take_seat(live, "Miriam Kovač", Role.LEAD)
        view.tick()
        shoot(window, out / f"main-window-{lang}.png")
        view.show_panel(Role.COMMUNICATOR)
        shoot(window, out / f"communicator-{lang}.png")
        window.show_wall()
        assert window.wall is not None
        window.wall.showNormal()
        window.wall.resize(1920, 1080)
        shoot(window.wall, out / f"wall-{lang}.png")
        window.wall.close()
        window.close()
        room.close()


def write_reports(room: WarRoom, incident: int, out: Path) -> None:
    import shutil
    import subprocess

    from warroom.report.briefing import briefing_markdown, markdown_to_html, roadmap_markdown
    from warroom.report.export import export_bytes

    reports = out / "reports"
    reports.mkdir(exist_ok=True)
    demo = room.list_incidents()[-1].id  # the complete, resolved demo incident
    (reports / "report.pdf").write_bytes(export_bytes(room.store, demo, "pdf", room.now()))
    (reports / "report.html").write_bytes(export_bytes(room.store, demo, "html", room.now()))
    (reports / "roadmap.html").write_text(
        markdown_to_html("Roadmap", roadmap_markdown(room.store, incident, room.now()))
    )
    (reports / "briefing.html").write_text(
        markdown_to_html("Briefing", briefing_markdown(room.store, incident, room.now()))
    )
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "70",
                "-png",
                "-f",
                "1",
                "-l",
                "3",
                str(reports / "report.pdf"),
                str(out / "report-pdf-page"),
            ],
            check=True,
        )
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        for name in ("report", "roadmap", "briefing"):
            subprocess.run(
                [
                    chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-sync",
                    "--disable-component-update",
                    f"--user-data-dir={reports / '.chromium'}",
                    "--hide-scrollbars",
                    "--window-size=1100,1600",
                    f"--screenshot={out / (name + '-html.png')}",
                    (reports / f"{name}.html").as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
    shutil.rmtree(reports, ignore_errors=True)


if __name__ == "__main__":
    main()
