"""Render search, "seen this before?", the catalogue and the blast radius to PNG, offscreen.

Usage: python tools/search_screenshots.py [OUTDIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import FixOutcome, Role
from warroom.room import WarRoom
from warroom.ui.main_window import MainWindow
from warroom.ui.theme import apply_theme

NOW = datetime(2026, 11, 24, 9, 40, tzinfo=UTC)
CATALOGUE = """
[service."erp-prd"]
owner = "ERP basis team"
oncall = "+49 731 555 0100 (rota ERP-BASIS)"
tier = "1"
components = ["oracle-19", "san-ulm"]
depends_on = ["erp-db", "sso"]

[service."erp-db"]
owner = "DBA team"
oncall = "+49 731 555 0140"
tier = "1"
components = ["oracle-19", "san-ulm"]
depends_on = ["backup-agent"]

[service."mes-ulm"]
owner = "Plant IT Ulm"
tier = "1"
depends_on = ["erp-prd"]

[service."mes-graz"]
owner = "Plant IT Graz"
tier = "2"
depends_on = ["erp-prd"]

[service."webshop"]
owner = "E-commerce"
tier = "1"
depends_on = ["erp-prd", "payment-gw"]

[service."edi-gateway"]
owner = "Integration team"
tier = "2"
depends_on = ["erp-prd"]

[service."lagerverwaltung"]
owner = "Logistik-IT"
tier = "2"
components = ["oracle-19"]
depends_on = ["erp-db"]

[service.sso]
owner = "Identity team"
tier = "1"

[service."backup-agent"]
owner = "Storage team"
"""


def shoot(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def past_incidents(room: WarRoom, clock: SimulatedClock) -> None:
    stories = [
        (
            "ERP PRD: saving orders hangs, Ulm line stopped",
            ["erp-prd", "erp-db"],
            "ORA-00257: archiver error. Connect internal only, until freed.",
            "archive log destination /oracle/arch 100 % full after the backup agent stalled",
            "df on erp-db-01 showed 100 % at 02:14; saves resumed the second space was freed",
            "moved archive logs to the spare volume and restarted the backup agent",
            "capacity",
        ),
        (
            "Lagerverwaltung: Buchungen hängen, Datenbankverbindung bricht ab",
            ["lagerverwaltung", "erp-db"],
            "Die Datenbankverbindung zum Lagerverwaltungssystem bricht nach 30 s ab",
            "Verbindungspool des Lagerverwaltungssystems erschöpft",
            "Pool-Metrik stand bei 200/200 zu jeder Abbruchzeit",
            "Pool auf 400 erhöht, Leck im Scanner-Client behoben",
            "configuration",
        ),
        (
            "Webshop: 決済がタイムアウトする",
            ["webshop", "payment-gw"],
            "決済サーバーがタイムアウトを返す (HTTP 504)",
            "payment gateway certificate expired",
            "TLS handshake_failure in the gateway log from 00:00 UTC, the expiry date",
            "renewed the certificate on the gateway",
            "certificate",
        ),
    ]
    for title, services, error, cause, proof, fix, category in stories:
        clock.advance(timedelta(days=20))
        incident = room.declare(title, "Critical", impact_what="Orders stuck", services=services)
        room.set_spec_line(incident, "what", is_text=error, is_not_text="other plants")
        hypothesis = room.add_hypothesis(incident, cause)
        failed = room.record_fix_attempt(
            incident, "restart the application servers", hypothesis_uid=hypothesis
        )
        room.record_fix_outcome(incident, failed, FixOutcome.FAILED)
        worked = room.record_fix_attempt(incident, fix, hypothesis_uid=hypothesis)
        room.record_fix_outcome(incident, worked, FixOutcome.WORKED)
        room.set_root_cause(incident, cause, how_proven=proof, category=category)
        room.add_action(incident, "corrective", f"prevent: {cause}", other_systems=services[1:])
        room.log(incident, f"Restored; cause: {cause}")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    from warroom.ui.translation import install_language

    install_language(app, "en")  # English as the app shows it: "6 services", not "6 service(s)"
    with tempfile.TemporaryDirectory() as tmp:
        clock = SimulatedClock(NOW - timedelta(days=90))
        room = WarRoom.open(str(Path(tmp) / "shots.sqlite3"), clock=clock)
        catalogue = Path(tmp) / "catalogue.toml"
        catalogue.write_text(CATALOGUE, encoding="utf-8")
        room.import_catalogue(catalogue)
        past_incidents(room, clock)
        clock.set(NOW)
        now = room.declare(
            "ERP PRD cannot save; MES Ulm waiting for orders",
            "Blocker",
            impact_what="Assembly line 2 in Ulm stopped: no production orders",
            services=["erp-db"],
        )
        room = room.as_person("Tobias Lindqvist", Role.DIAGNOSTICIAN)
        window = MainWindow(room)
        window.resize(1500, 950)
        window.show()

        window.show_search("ORA-00257 archiver")
        assert window.search_window is not None
        window.search_window.resize(1200, 420)
        shoot(window.search_window, out / "search.png")
        window.search_window.close()

        view = window.take_seat(now, "Tobias Lindqvist", Role.DIAGNOSTICIAN)
        diag = view.diagnostician
        loop = QEventLoop()
        diag.seen_before.updated.connect(loop.quit)
        diag.new_hypothesis.setText("archiver stuck: users see ORA-00257 archiver error on save")
        diag.seen_before.refresh_now()
        loop.exec()
        diag.seen_before.view.selectRow(0)
        shoot(window, out / "seen-before.png")

        view.show_panel(Role.LEAD)
        shoot(window, out / "lead-blast-radius.png")

        window.show_blast_radius()
        assert window.blast_window is not None
        window.blast_window.resize(1000, 520)
        shoot(window.blast_window, out / "blast-radius.png")
        window.blast_window.close()

        window.show_catalogue()
        assert window.catalogue_window is not None
        window.catalogue_window.resize(1200, 700)
        shoot(window.catalogue_window, out / "catalogue.png")
        window.close()
        room.close()


if __name__ == "__main__":
    main()
