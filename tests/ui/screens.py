"""Every screen of the app, arranged as a person would see it, checked and photographed.

Used by tests/ui/test_layout.py (in the test process, and in a subprocess for
QT_SCALE_FACTOR, which must be set before Qt starts) and by tools/screenshots.py.

    python -m tests.ui.screens OUTDIR [--size 1280x720] [--dark] [--lang de]

prints one JSON object: each screen's name and the problems found on it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.layout import layout_problems, sideways_scrolling
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom

NOW = datetime(2026, 11, 24, 9, 40, tzinfo=UTC)
PERSON = "Miriam Kovač"
WALL_SIZES = ((1024, 768), (1920, 1080))


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    # A row that breaks on a narrow window makes its parent taller, and that one its own
    # parent: each level settles in a pass of the event loop of its own.
    for _ in range(12):
        app.processEvents()


def check(widget: QWidget, size: tuple[int, int] | None = None) -> list[str]:
    """What a person would notice: squeezed or overlapping widgets, sideways scrolling,
    a window that cannot shrink to the screen it is on."""
    settle()
    problems = layout_problems(widget) + sideways_scrolling(widget)
    if size is not None:
        central = getattr(widget, "centralWidget", lambda: widget)()
        hint = central.minimumSizeHint()
        layout = central.layout()
        if layout is not None and layout.hasHeightForWidth():
            # Wrapping text: what counts is the height at the width there is.
            hint.setHeight(layout.heightForWidth(size[0]))
        if hint.width() > size[0] or hint.height() > size[1]:
            problems.append(f"needs at least {hint.width()}x{hint.height()}, not {size}")
        if widget.size().toTuple() != size:
            problems.append(f"cannot be made {size}: it stays {widget.size().toTuple()}")
    return problems


@contextmanager
def demo_room() -> Iterator[tuple[WarRoom, SimulatedClock, int]]:
    from warroom.demo import create_demo_incident

    with tempfile.TemporaryDirectory() as tmp:
        clock = SimulatedClock(NOW - timedelta(hours=30))
        room = WarRoom.open(str(Path(tmp) / "screens.sqlite3"), clock=clock)
        try:
            create_demo_incident(room, now=NOW - timedelta(hours=24))
            clock.set(NOW)
            live = create_demo_incident(room, now=NOW, live_at_minute=100)
            yield room.as_person(PERSON, Role.LEAD), clock, live
        finally:
            room.close()


def walk(
    room: WarRoom,
    incident: int,
    size: tuple[int, int],
    visit: Callable[[str, QWidget, tuple[int, int] | None], None],
) -> None:
    """Show every screen in turn and call ``visit(name, widget, size)`` on each."""
    from warroom.ui.main_window import MainWindow

    window = MainWindow(room)
    window.resize(*size)
    window.show()
    try:
        visit("start", window, size)
        view = window.take_seat(incident, PERSON, Role.LEAD, record=False)
        view.tick()
        for role in (Role.LEAD, Role.DIAGNOSTICIAN, Role.COMMUNICATOR, Role.SCRIBE, "report"):
            view.show_panel(role)
            visit(role.value if isinstance(role, Role) else role, window, size)
        diagnostician = view.diagnostician
        view.show_panel(Role.DIAGNOSTICIAN)
        for page, name in ((1, "specification"), (2, "requests")):
            diagnostician.pages.setCurrentIndex(page)
            visit(name, window, size)
        diagnostician.pages.setCurrentIndex(0)

        window.declare_incident()
        assert window.declare_dialog is not None
        visit("declare", window.declare_dialog, None)
        window.declare_dialog.reject()
        window.ask_seat(incident)
        assert window.seat_dialog is not None
        visit("seat", window.seat_dialog, None)
        window.seat_dialog.reject()
        view.communicator.edit_channels()
        visit("channels", view.communicator.channel_dialog, None)
        view.communicator.channel_dialog.reject()

        window.show_wall()
        wall = window.wall
        assert wall is not None
        wall.showNormal()
        for wall_size in WALL_SIZES:
            wall.resize(*wall_size)
            visit(f"wall-on-{wall_size[0]}x{wall_size[1]}", wall, wall_size)
        wall.close()
        wall.deleteLater()
    finally:
        window.close()
        # Gone for good: a restyle later in the session would otherwise polish them all.
        window.deleteLater()
        settle()


def shoot_all(out: Path, size: tuple[int, int], dark: bool) -> dict[str, list[str]]:
    """Every screen checked and saved as OUTDIR/<screen>-<size>[-dark][-x<scale>].png."""
    from warroom.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, dark)
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "")
    found: dict[str, list[str]] = {}

    def visit(name: str, widget: QWidget, at: tuple[int, int] | None) -> None:
        found[name] = check(widget, at)
        tag = f"{size[0]}x{size[1]}" + ("-dark" if dark else "") + (f"-x{scale}" if scale else "")
        widget.grab().save(str(out / f"{name}-{tag}.png"))

    try:
        with demo_room() as (room, _clock, live):
            walk(room, live, size, visit)
    finally:
        apply_theme(app, False)
    return found


def main() -> None:
    args = sys.argv[1:]
    out = Path(args[0])
    size = (1280, 720)
    if "--size" in args:
        width, height = args[args.index("--size") + 1].split("x")
        size = (int(width), int(height))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Settings of its own: never the person's window layout, name or palette.
    home = Path(tempfile.mkdtemp(prefix="warroom-screens-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    from warroom.app import make_application
    from warroom.ui.translation import install_language

    # English by default, with its plural forms as the app has them.
    language = args[args.index("--lang") + 1] if "--lang" in args else "en"
    install_language(make_application(), language)
    print(json.dumps(shoot_all(out, size, "--dark" in args)))


if __name__ == "__main__":
    main()
