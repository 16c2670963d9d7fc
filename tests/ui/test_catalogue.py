"""The catalogue window, the blast-radius graph, and picking services when declaring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGraphicsPathItem, QGraphicsTextItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from warroom.core.catalogue import Catalogue, Service, parse_toml
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.blast_radius import BlastRadiusView, layout
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow

FILE = """
[service.erp]
owner = "ERP basis"
depends_on = ["erp-db"]
components = ["oracle-19"]
[service."erp-db"]
components = ["oracle-19"]
[service.mes]
depends_on = ["erp"]
[service.shop]
depends_on = ["mes", "shop"]
[service.warehouse]
components = ["oracle-19"]
"""


def rows(model: object) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_edit_import_and_export_the_catalogue(
    qtbot: QtBot, window: MainWindow, room: WarRoom, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    window.show_catalogue()
    cat = window.catalogue_window
    assert cat is not None and cat.isVisible()
    qtbot.keyClicks(cat.name, "billing")
    qtbot.keyClicks(cat.owner, "Finance IT")
    qtbot.keyClicks(cat.depends_on, "erp, sso")
    qtbot.mouseClick(cat.save_button, Qt.MouseButton.LeftButton)
    assert cat.feedback.text() == "Saved billing."
    assert rows(cat.model) == [["billing", "Finance IT", "", "", "erp, sso", ""]]
    qtmodeltester.check(cat.model)

    source = tmp_path / "catalogue.toml"
    source.write_text(FILE, encoding="utf-8")
    cat.import_file(str(source))
    assert cat.feedback.text() == "5 services imported."
    assert [r[0] for r in rows(cat.model)] == ["erp", "erp-db", "mes", "shop", "warehouse"]

    cat.view.selectRow(0)
    assert cat.name.text() == "erp" and cat.components.text() == "oracle-19"
    cat.oncall.setText("+49 731 555 0100")
    qtbot.mouseClick(cat.save_button, Qt.MouseButton.LeftButton)
    assert rows(cat.model)[0][2] == "+49 731 555 0100"

    cat.clear()
    qtbot.keyClicks(cat.name, "ERP")
    qtbot.mouseClick(cat.save_button, Qt.MouseButton.LeftButton)
    assert "already has a service named 'erp'" in cat.feedback.text()

    bad = tmp_path / "bad.toml"
    bad.write_text("[service.x]\nowner = 1\n", encoding="utf-8")
    cat.import_file(str(bad))
    assert "owner must be text" in cat.feedback.text()
    assert len(rows(cat.model)) == 5  # nothing changed

    out = tmp_path / "out.toml"
    cat.export_file(str(out))
    assert parse_toml(out.read_text(encoding="utf-8")) == room.catalogue()

    cat.view.selectRow(4)
    qtbot.mouseClick(cat.remove_button, Qt.MouseButton.LeftButton)
    assert cat.feedback.text() == "Removed warehouse."
    assert [r[0] for r in rows(cat.model)] == ["erp", "erp-db", "mes", "shop"]


def test_actions_needing_the_same_fix_elsewhere_are_listed(
    window: MainWindow, room: WarRoom
) -> None:
    incident = room.declare("ERP slow", "Major", impact_what="Slow")
    room.add_action(incident, "corrective", "patch oracle", other_systems=["warehouse"])
    window.show_catalogue()
    cat = window.catalogue_window
    assert cat is not None
    assert rows(cat.pending) == [
        [f"#{incident}  ERP slow", "patch oracle", "warehouse", "", "open"]
    ]


def test_services_are_offered_from_the_catalogue_when_declaring(
    qtbot: QtBot, window: MainWindow, room: WarRoom, tmp_path: Path
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(FILE, encoding="utf-8")
    room.import_catalogue(path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.declare_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.services, "mes, er")
    completer = dialog.services.completer()
    found = [
        completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())
    ]
    assert found == ["erp", "erp-db"]
    assert completer.pathFromIndex(completer.completionModel().index(1, 0)) == "mes, erp-db"


def test_the_blast_radius_of_the_open_incident_is_drawn(
    qtbot: QtBot, window: MainWindow, room: WarRoom, tmp_path: Path
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(FILE, encoding="utf-8")
    room.import_catalogue(path)
    window.show_blast_radius()
    assert "Open an incident first" in window.statusBar().currentMessage()
    incident = room.declare(
        "ERP DB down", "Blocker", impact_what="No orders", services=["erp-db", "kantine"]
    )
    window.take_seat(incident, "Dana Lead", Role.LEAD)
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    blast = window.blast_window
    assert blast is not None and blast.isVisible()
    assert blast.summary.text().splitlines() == [
        "Affected: erp-db, kantine",
        "Depend on them directly: erp",
        "Depend on them through others: mes, shop",
        "Not in the catalogue (their dependents are unknown): kantine",
    ]
    labels = sorted(
        i.toPlainText() for i in blast.graph.scene().items() if isinstance(i, QGraphicsTextItem)
    )
    assert labels == ["erp", "erp-db", "kantine", "mes", "shop"]
    boxes = [i for i in blast.graph.scene().items() if isinstance(i, QGraphicsPathItem)]
    assert len(boxes) == 5


def test_a_catalogue_with_a_cycle_is_drawn_once_each(qtbot: QtBot) -> None:
    ring = Catalogue(
        (
            Service("a", depends_on=("c",)),
            Service("b", depends_on=("a",)),
            Service("c", depends_on=("b",)),
        )
    )
    places, edges = layout(ring, ["a"])
    assert places == {"a": (0, 0), "b": (1, 0), "c": (2, 0)}
    assert sorted(edges) == [("a", "c"), ("b", "a"), ("c", "b")]
    view = BlastRadiusView()
    qtbot.addWidget(view)
    view.show_radius(ring, ["a"])
    assert len([i for i in view.scene().items() if isinstance(i, QGraphicsTextItem)]) == 3


def test_the_lead_panel_shows_the_blast_radius_of_services_declared_from_the_catalogue(
    qtbot: QtBot, window: MainWindow, room: WarRoom, tmp_path: Path
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(FILE, encoding="utf-8")
    room.import_catalogue(path)
    window.declare_incident()
    dialog = window.declare_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Dana Lead")
    qtbot.keyClicks(dialog.title, "ERP database down")
    qtbot.keyClicks(dialog.impact_what, "No orders can be released")
    qtbot.keyClicks(dialog.services, "erp-db, kantine")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    seat = window.seat_dialog
    assert seat is not None
    qtbot.mouseClick(seat.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    view = window.incident_view
    assert view is not None
    view.show_panel(Role.LEAD)
    box = view.lead.blast_radius
    assert box.isVisible()
    assert box.summary.text().splitlines() == [
        "Depend on them directly: erp",
        "Depend on them through others: mes, shop",
        "Not in the catalogue: kantine",
    ]
    assert box.graph_button.text() == "Show the graph: 3 dependent services…"

    # the catalogue changes: opening the graph reads it again
    room.save_service(Service("portal", depends_on=("shop",)))
    qtbot.mouseClick(box.graph_button, Qt.MouseButton.LeftButton)
    graph = box.window_shown
    assert graph is not None and graph.isVisible()
    labels = sorted(
        i.toPlainText() for i in graph.graph.scene().items() if isinstance(i, QGraphicsTextItem)
    )
    assert labels == ["erp", "erp-db", "kantine", "mes", "portal", "shop"]
    assert "Depend on them through others: mes, portal, shop" in box.summary.text()
    graph.close()


def test_the_lead_panel_ends_its_walk_through_a_catalogue_with_a_cycle(
    qtbot: QtBot, window: MainWindow, room: WarRoom
) -> None:
    for name, dependency in (("a", "c"), ("b", "a"), ("c", "b")):
        room.save_service(Service(name, depends_on=(dependency,)))
    incident = room.declare("Ring down", "Major", impact_what="Nothing works", services=["b"])
    view = window.take_seat(incident, "Dana Lead", Role.LEAD)
    box = view.lead.blast_radius
    assert box.summary.text().splitlines() == [
        "Depend on them directly: c",
        "Depend on them through others: a",
    ]
    assert box.graph_button.text() == "Show the graph: 2 dependent services…"


def test_an_incident_without_services_has_no_blast_radius_to_show(
    qtbot: QtBot, seated: IncidentView
) -> None:
    box = seated.lead.blast_radius
    assert box.summary.text() == "No affected services named yet."
    assert not box.graph_button.isEnabled()


def test_the_catalogue_suggests_other_systems_needing_the_same_fix(
    qtbot: QtBot, window: MainWindow, room: WarRoom, tmp_path: Path
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(FILE, encoding="utf-8")
    room.import_catalogue(path)
    incident = room.declare("ERP DB down", "Blocker", impact_what="No orders", services=["erp-db"])
    view = window.take_seat(incident, "Dana Lead", Role.LEAD)
    panel = view.postmortem
    hint = panel.same_fix
    assert hint.isVisibleTo(panel)
    assert hint.label.text() == (
        "The catalogue suggests: erp (also uses oracle-19); warehouse (also uses oracle-19)"
    )
    qtbot.keyClicks(panel.action_text, "patch oracle-19 to 19.22")
    qtbot.keyClicks(panel.action_systems, "Warehouse, sap-bw")
    qtbot.mouseClick(hint.add_button, Qt.MouseButton.LeftButton)
    assert panel.action_systems.text() == "Warehouse, sap-bw, erp"
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    assert panel.action_model.data(panel.action_model.index(0, 5)) == "Warehouse, sap-bw, erp"


def test_no_suggestion_shows_without_catalogue_entries(seated: IncidentView) -> None:
    assert not seated.postmortem.same_fix.isVisibleTo(seated.postmortem)


def test_services_the_catalogue_does_not_hold_are_said_so_in_one_line(
    qtbot: QtBot, window: MainWindow, room: WarRoom
) -> None:
    incident = room.declare("Mail down", "Major", impact_what="No mail", services=["exchange"])
    box = window.take_seat(incident, "Dana Lead", Role.LEAD).lead.blast_radius
    assert box.summary.text() == (
        "The service catalogue does not hold these services, so what depends on "
        "them is unknown (File › Service catalogue…)."
    )
    assert not box.graph_button.isEnabled()
