"""Scenario files kept apart from the timeline, found by their SHA-256.

An exercise's timeline records the hash of the scenario file it ran; the file
itself (with the answer key a player must not read) lives here. A text is
stored only under its own hash, so the chained hash proves it, and a text that
was altered afterwards is found by the record check (``verify`` runs it).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from warroom.core.errors import InvalidInput
from warroom.store.models import ScenarioText

if TYPE_CHECKING:  # the record check, which the repository imports, uses ``digest``
    from warroom.store.repository import Store


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def keep(session: Session, text: str, sha256: str | None = None) -> str:
    """Store ``text`` under its hash (once); refuse a text that is not the one ``sha256`` names."""
    actual = digest(text)
    if sha256 is not None and sha256 != actual:
        raise InvalidInput(
            f"the scenario text does not match its hash (expected {sha256[:12]}…, "
            f"it hashes to {actual[:12]}…)",
            hint="the file was changed after it was exported; export it again from the record",
        )
    if session.get(ScenarioText, actual) is None:
        session.add(ScenarioText(sha256=actual, text=text))
    return actual


def text_of(store: Store, sha256: str) -> str | None:
    """The scenario file recorded under ``sha256``, or None when this database lacks it."""
    with store.read() as session:
        return session.scalar(select(ScenarioText.text).where(ScenarioText.sha256 == sha256))
