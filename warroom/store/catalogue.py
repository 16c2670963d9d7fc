"""The service catalogue's rows: reference data beside the incidents, outside every chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warroom.core.catalogue import Catalogue, Service
from warroom.store.models import CatalogueService


def load(session: Session) -> Catalogue:
    # Core rows: read when an incident opens (its blast radius), where no other read
    # needs the ORM's mappers configured (see bench/README.md, start-up).
    table = CatalogueService.__table__
    rows = session.connection().execute(select(table).order_by(table.c.name)).all()
    return Catalogue(
        tuple(
            Service(
                name=row.name,
                owner=row.owner,
                oncall=row.oncall,
                tier=row.tier,
                description=row.description,
                components=tuple(row.components),
                depends_on=tuple(row.depends_on),
            )
            for row in rows
        )
    )


def _row(session: Session, name: str) -> CatalogueService | None:
    for row in session.scalars(select(CatalogueService)):
        if row.name.casefold() == name.casefold():
            return row
    return None


def put(session: Session, service: Service, now: datetime, previous: str | None = None) -> None:
    """Add or change one service (``previous``: the name it had, when renamed)."""
    row = _row(session, previous or service.name)
    if row is None:
        row = CatalogueService(name=service.name)
        session.add(row)
    row.name = service.name
    row.owner, row.oncall, row.tier = service.owner, service.oncall, service.tier
    row.description = service.description
    row.components = list(service.components)
    row.depends_on = list(service.depends_on)
    row.updated_at = now
    session.flush()


def remove(session: Session, name: str) -> bool:
    row = _row(session, name)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def replace_all(session: Session, catalogue: Catalogue, now: datetime) -> None:
    """The catalogue becomes exactly ``catalogue`` (an imported file is the whole truth)."""
    session.execute(delete(CatalogueService))
    for service in catalogue.services:
        put(session, service, now)
