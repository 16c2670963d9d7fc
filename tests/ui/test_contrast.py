"""Issue 14, item 6: every coloured text reads at 4.5:1 or better (large text 3:1), and
the outlines of fields and the focus ring at 3:1, in both palettes (WCAG 2.x).

``python -m tests.ui.test_contrast`` prints the whole table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warroom.core.matrix import CommunicationMatrix
from warroom.ui.focus_ring import RING_COLOUR
from warroom.ui.panels.diagnostician import OUTCOME_COLOURS, STATUS_COLOURS
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.theme import BORDER, apply_theme, contrast, countdown_colours, on_base
from warroom.ui.wall import WALL_STYLE

TEXT, LARGE, OUTLINE = 4.5, 3.0, 3.0
Role = QPalette.ColorRole


def _cells(colours: list[str]) -> Iterator[tuple[str, str]]:
    """(text, background) of table cells painted in ``colours``, as the model gives them."""
    model: RecordTableModel[str] = RecordTableModel([Column("x", str, colour=lambda c: c)])
    model.set_rows(colours)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        fg = model.data(index, 9)  # ForegroundRole
        bg = model.data(index, 8)  # BackgroundRole
        yield fg.color().name(), bg.color().name()


def pairs(dark: bool) -> list[tuple[str, str, str, float]]:
    """(what, text colour, background colour, the ratio it must reach), as the app draws."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, dark)
    p = app.palette()

    def c(role: QPalette.ColorRole) -> str:
        return p.color(role).name()

    found = [
        ("text in fields", c(Role.Text), c(Role.Base), TEXT),
        ("text in alternate rows", c(Role.Text), c(Role.AlternateBase), TEXT),
        ("labels", c(Role.WindowText), c(Role.Window), TEXT),
        ("buttons", c(Role.ButtonText), c(Role.Button), TEXT),
        ("selected rows", c(Role.HighlightedText), c(Role.Highlight), TEXT),
        ("tooltips", c(Role.ToolTipText), c(Role.ToolTipBase), TEXT),
        ("hints in fields", c(Role.PlaceholderText), c(Role.Base), TEXT),
        ("guidance text", c(Role.PlaceholderText), c(Role.Window), TEXT),
        ("links", c(Role.Link), c(Role.Base), TEXT),
        ("field and check box outline", BORDER[dark], c(Role.Window), OUTLINE),
        ("field outline inside", BORDER[dark], c(Role.Base), OUTLINE),
        ("focus ring", RING_COLOUR[dark], c(Role.Window), OUTLINE),
        ("focus ring on a field", RING_COLOUR[dark], c(Role.Base), OUTLINE),
        ("correction in the timeline", on_base("#8e24aa", "#ce93d8"), c(Role.Base), TEXT),
    ]
    for state, (fg, bg) in countdown_colours(dark).items():
        found.append((f"countdown, {state}", fg, bg, TEXT))
    for priority in CommunicationMatrix.default().priorities:
        [(fg, bg)] = _cells([priority.colour])
        found.append((f"{priority.name} in the incident list", fg, bg, TEXT))
    named = {
        **{f"hypothesis {k.value}": v for k, v in STATUS_COLOURS.items()},
        **{f"fix {k.value}": v for k, v in OUTCOME_COLOURS.items()},
        "update failed": "#c62828",
        "update pending": "#b45309",
        "request open": "#ef6c00",
    }
    for name, (fg, bg) in zip(named, _cells(list(named.values())), strict=True):
        found.append((name, fg, bg, TEXT))
    return found


def wall_pairs() -> list[tuple[str, str, str, float]]:
    colours = dict(
        re.findall(r'(QLabel(?:#\w+)?(?:\[state="\w+"\])?) \{ color: (#\w+)', WALL_STYLE)
    )
    return [
        ("wall text", colours["QLabel"], "#000000", TEXT),
        ("wall captions", colours["QLabel#wallCaption"], "#000000", TEXT),
        ("wall countdown, calm", colours['QLabel#countdown[state="calm"]'], "#000000", TEXT),
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_reads_at_4_5_to_1(qtbot: QtBot, dark: bool) -> None:
    try:
        failing = [
            f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1, needs {need}:1"
            for what, fg, bg, need in pairs(dark) + wall_pairs()
            if contrast(fg, bg) < need
        ]
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, False)
    assert failing == []


def test_the_badges_on_screen_read_well(qtbot: QtBot, seated: object) -> None:
    """The priority badge in the bar, for every priority, as the bar styles it."""
    from warroom.ui.incident_view import IncidentView

    assert isinstance(seated, IncidentView)
    room, incident = seated.seat.room, seated.incident_id
    for priority in CommunicationMatrix.default().names:
        if priority != seated.state.snapshot.priority:
            room.change_priority(incident, priority, "the impact changed")
            seated.seat.feed.poll()
        style = seated.bar.priority.styleSheet()
        bg = re.search(r"background: (#\w+)", style)
        fg = re.search(r"(?<!-)color: (#\w+)", style)
        assert bg and fg, style
        assert contrast(fg.group(1), bg.group(1)) >= TEXT, (priority, style)


def test_the_contrast_itself() -> None:
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#ffffff", "#f9a825") == pytest.approx(1.97, abs=0.01)  # the old MAJOR badge
    assert contrast("#ffffff", "#ef6c00") == pytest.approx(3.08, abs=0.01)  # the old CRITICAL


if __name__ == "__main__":
    from warroom.app import make_application

    make_application()
    for dark in (False, True):
        print(f"\n{'dark' if dark else 'light'} palette")
        for what, fg, bg, need in pairs(dark) + ([] if dark else wall_pairs()):
            print(f"| {what} | {fg} | {bg} | {contrast(fg, bg):.2f}:1 | {need}:1 |")
