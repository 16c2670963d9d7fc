"""The role panels' order and names: what the menus need before any panel exists.

Light on purpose (Qt and the core only): the window's frame builds its Incident menu
from these before the record is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from warroom.core.names import role_name
from warroom.core.vocabulary import Role

# The four roles, then the report: the work after the fact, open to every seat.
REPORT = "report"
ROLE_ORDER: tuple[Role | str, ...] = (
    Role.LEAD,
    Role.DIAGNOSTICIAN,
    Role.COMMUNICATOR,
    Role.SCRIBE,
    REPORT,
)


def panel_label(role: Role | str) -> str:
    if isinstance(role, Role):
        return role_name(role.value)
    return QCoreApplication.translate("IncidentView", "Report")
