"""The service catalogue: who owns what, what depends on what, and who else needs the fix.

Reference data, not incident state: edits change the catalogue's own rows and
record no timeline event; what an incident says about its services stays in
its events.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from warroom.core.catalogue import (
    Catalogue,
    SameFix,
    Service,
    blast_radius,
    checked_name,
    parse_toml,
    same_fix_candidates,
    service_from,
    to_toml,
)
from warroom.core.errors import InvalidInput, NotFound
from warroom.core.i18n import _
from warroom.core.vocabulary import ActionStatus
from warroom.room.base import RoomBase
from warroom.store import catalogue as rows
from warroom.store.models import Action, Incident

# A catalogue file larger than this is not a catalogue.
MAX_FILE = 10 * 1024 * 1024


@dataclass(frozen=True)
class PendingOtherSystems:
    """A corrective or preventive action whose "other systems" are not done yet."""

    incident_id: int
    incident_title: str
    action_uid: str
    text: str
    owner: str
    status: str
    other_systems: tuple[str, ...]


class CatalogueActions(RoomBase):
    def catalogue(self) -> Catalogue:
        with self.store.read() as session:
            return rows.load(session)

    def save_service(self, service: Service, previous: str | None = None) -> Service:
        """Add a service or change one (renamed from ``previous``); checked like a file's."""
        checked = service_from(service.as_dict(), "the service")
        with self.store.bulk() as session:
            existing = rows.load(session)
            clash = existing.get(checked.name)
            if clash is not None and (
                previous is None or previous.casefold() != clash.name.casefold()
            ):
                raise InvalidInput(
                    _("the catalogue already has a service named {name!r}").format(name=clash.name),
                    hint=_("choose another name, or change that service"),
                )
            if previous is not None and existing.get(previous) is None:
                raise NotFound(_("the catalogue has no service {name!r}").format(name=previous))
            rows.put(session, checked, self.now(), previous)
        return checked

    def remove_service(self, name: str) -> None:
        name = checked_name(name, "the service")
        with self.store.bulk() as session:
            if not rows.remove(session, name):
                raise NotFound(_("the catalogue has no service {name!r}").format(name=name))

    def import_catalogue(self, path: Path) -> Catalogue:
        """Make the catalogue what the TOML file says, checked whole before anything changes."""
        try:
            if path.stat().st_size > MAX_FILE:
                raise InvalidInput(_("{path} is too large to be a catalogue").format(path=path))
            data = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(
                _("{path} is not UTF-8 text").format(path=path), hint=_("save the file as UTF-8")
            ) from None
        except OSError as exc:
            raise InvalidInput(
                _("{path} cannot be read: {reason}").format(path=path, reason=exc.strerror)
            ) from None
        catalogue = parse_toml(data, str(path))
        with self.store.bulk() as session:
            rows.replace_all(session, catalogue, self.now())
        return catalogue

    def catalogue_toml(self) -> str:
        return to_toml(self.catalogue())

    def blast_radius(self, services: list[str]) -> dict[str, int]:
        """What depends on these services, directly (1) or transitively (2+)."""
        return blast_radius(self.catalogue(), services)

    def incident_services(self, incident_id: int) -> list[str]:
        with self.store.read() as session:
            incident = session.get(Incident, incident_id)
            if incident is None:
                raise NotFound(
                    _("there is no incident #{id}").format(id=incident_id),
                    hint=_("see `warroom list`"),
                )
            return list(incident.services)

    def same_fix_suggestions(self, incident_id: int) -> list[SameFix]:
        """Services that share a component or dependency with this incident's (rule 7)."""
        return same_fix_candidates(self.catalogue(), self.incident_services(incident_id))

    def pending_other_systems(self, include_exercises: bool = False) -> list[PendingOtherSystems]:
        """Across incidents: actions naming other systems that need the fix, not yet done."""
        with self.store.read() as session:
            query = (
                select(Action, Incident.title, Incident.mode)
                .join(Incident, Incident.id == Action.incident_id)
                .where(Action.status.not_in((ActionStatus.DONE, ActionStatus.DROPPED)))
                .order_by(Action.incident_id, Action.created_at)
            )
            found = []
            for action, title, mode in session.execute(query):
                if not action.other_systems or (mode == "exercise" and not include_exercises):
                    continue
                found.append(
                    PendingOtherSystems(
                        incident_id=action.incident_id,
                        incident_title=title,
                        action_uid=action.uid,
                        text=action.text,
                        owner=action.owner,
                        status=action.status,
                        other_systems=tuple(action.other_systems),
                    )
                )
            return found
