"""What every section of the room shares: the seat, the clock, and the one way to write.

``RoomBase`` holds who sits at this seat (the actor), the store and the clock,
and the helpers every action uses: checking typed text, finding an entity of
the incident by its uid, and ``_write``, the transaction that changes rows and
records exactly one timeline event.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, Self

from sqlalchemy import select

from warroom.core.clock import Clock, SystemClock, utc
from warroom.core.errors import EditConflict, InvalidInput, NotFound
from warroom.core.i18n import N_, _
from warroom.core.matrix import CommunicationMatrix
from warroom.core.text import clean, clean_text
from warroom.core.vocabulary import Role
from warroom.store.engine import Timeouts, resolve_url
from warroom.store.models import Incident, TimelineEvent
from warroom.store.repository import Actor, EventRecord, Store, WriteTx, iso


def default_seat() -> str:
    return f"{socket.gethostname()}/{os.getpid()}"


def new_uid() -> str:
    return str(uuid.uuid4())


def checked_text(value: str, what: str, *, required: bool = True, limit: int = 20_000) -> str:
    """Typed text, made safe and trimmed; refused when empty (if required) or too long."""
    value = clean_text(value or "").strip()
    if required and not value:
        raise InvalidInput(
            _("{what} is empty").format(what=_(what)),
            hint=_("type the {what} and try again").format(what=_(what)),
        )
    if len(value) > limit:
        raise InvalidInput(
            _("{what} is too long ({n} characters; at most {limit})").format(
                what=_(what), n=len(value), limit=limit
            )
        )
    return value


def optional_iso(value: datetime | None) -> str | None:
    """An optional instant as the record writes it."""
    return None if value is None else iso(utc(value))


class RoomBase:
    """One seat's handle on the room: who sits here, the store, and the clock."""

    def __init__(
        self,
        store: Store,
        matrix: CommunicationMatrix,
        actor: Actor | None = None,
    ) -> None:
        self.store = store
        self.matrix = matrix
        # One clock for rows and events alike: the store's.
        self.clock = store.clock
        self.actor = actor or Actor(person="warroom", role="", seat=default_seat())

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        clock: Clock | None = None,
        matrix: CommunicationMatrix | None = None,
        actor: Actor | None = None,
        timeouts: Timeouts | None = None,
    ) -> Self:
        seat = actor.seat if actor else default_seat()
        store = Store.open(resolve_url(db), clock or SystemClock(), seat=seat, timeouts=timeouts)
        return cls(store, matrix or CommunicationMatrix.default(), actor)

    def close(self) -> None:
        self.store.close()

    def with_clock(self, clock: Clock) -> Self:
        """The same room on another clock (a simulated one for exercises and the demo)."""
        return type(self)(self.store.with_clock(clock), self.matrix, self.actor)

    def as_person(self, person: str, role: Role | str = "") -> Self:
        """The same seat acting as another person or role (shares the store)."""
        actor = replace(
            self.actor, person=checked_text(person, N_("name"), limit=200), role=str(role)
        )
        return type(self)(self.store, self.matrix, actor)

    def now(self) -> datetime:
        return self.clock.now()

    # -- the one write path ---------------------------------------------------

    @contextmanager
    def _write(self, incident_id: int) -> Iterator[tuple[WriteTx, Incident]]:
        """One transaction on one incident; the caller records exactly one event in it."""
        with self.store.write() as tx:
            yield tx, tx.incident(incident_id)

    def _record(
        self,
        tx: WriteTx,
        incident: Incident | int,
        kind: str,
        payload: dict[str, Any],
        *,
        corrects: int | None = None,
    ) -> EventRecord:
        """The transaction's one timeline event, written by this seat's person and role."""
        # Every string the record keeps is made safe here, once, for every action.
        return tx.record(incident, kind, clean(payload), self.actor, corrects=corrects)

    @staticmethod
    def _based_on(
        tx: WriteTx, incident: Incident, current: int, based_on: int | None, what: str
    ) -> None:
        """Refuse a change based on a version another seat has changed since.

        ``based_on`` is the version the person saw (None: no check, for scripts
        that do not look first). The check runs under the write lock, so two
        seats cannot both pass it.
        """
        if based_on is None or based_on == current:
            return
        event = tx.session.scalar(
            select(TimelineEvent).where(
                TimelineEvent.incident_id == incident.id, TimelineEvent.number == current
            )
        )
        if event is None:  # pragma: no cover - a version always names a stored event
            raise NotFound(
                _("incident #{id} has no event {number}").format(id=incident.id, number=current)
            )
        raise EditConflict(
            what,
            number=event.number,
            kind=event.kind,
            author=event.author,
            role=event.role,
            seat=event.seat,
            at=event.at,
            payload=event.payload,
        )

    @staticmethod
    def _entity(tx: WriteTx, model: Any, incident_id: int, uid: str | None, what: str) -> Any:
        row = tx.session.scalar(
            select(model).where(model.incident_id == incident_id, model.uid == uid)
        )
        if row is None:
            raise NotFound(
                _("incident #{id} has no {what} {uid}").format(
                    id=incident_id, what=_(what), uid=uid
                )
            )
        return row
