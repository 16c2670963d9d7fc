"""Knowledge that outlives the incident: search every record, and "seen this before?"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from warroom.core.errors import InvalidInput, NotFound
from warroom.core.i18n import N_, _
from warroom.core.search_text import MAX_QUERY, similarity_terms
from warroom.core.vocabulary import EventKind, FixOutcome
from warroom.room.base import RoomBase, checked_text
from warroom.store import search_index
from warroom.store.models import FixAttempt, Hypothesis, Incident, RootCause, SpecLine
from warroom.store.search_query import PastMatch, SearchHit, search, similar

__all__ = ["PastIncident", "SearchActions", "SearchHit"]


@dataclass(frozen=True)
class PastIncident:
    """A past incident that looks like this one, with what was proven and what worked."""

    match: PastMatch
    root_cause: str
    category: str
    how_proven: str
    fix: str

    @property
    def incident_id(self) -> int:
        return self.match.incident_id

    @property
    def title(self) -> str:
        return self.match.title

    def as_evidence(self) -> str:
        """The words recorded as evidence for a hypothesis: "same as #42"."""
        parts = [f"Same as #{self.incident_id} ({self.title})"]
        if self.root_cause:
            parts.append(f"root cause then: {self.root_cause}")
        if self.fix:
            parts.append(f"what fixed it: {self.fix}")
        return "; ".join(parts)


class SearchActions(RoomBase):
    def search(
        self, query: str, *, include_exercises: bool = False, limit: int = 20
    ) -> list[SearchHit]:
        """Events of every incident that hold each word of ``query``, best first.

        Every character is text: quotes, ``*``, ``NEAR`` or parentheses are
        looked for as they are, never read as query syntax.
        """
        query = checked_text(query, N_("search"), limit=MAX_QUERY)
        if not 1 <= limit <= 500:
            raise InvalidInput(
                _("{n} results cannot be shown").format(n=limit), hint=_("ask for 1 to 500")
            )
        with self.store.read() as session:
            return search(
                session.connection(), query, include_exercises=include_exercises, limit=limit
            )

    def rebuild_search_index(self) -> int:
        """Index every event again; how many events were read."""
        with self.store.bulk() as session:
            return search_index.rebuild(session.connection())

    def seen_before(
        self, incident_id: int, *, include_exercises: bool = False, limit: int = 5
    ) -> list[PastIncident]:
        """Past incidents that look like this one: same services, same words, ranked.

        Read from what the record says now: the affected services, the
        specification's IS lines and distinctions, the hypotheses, and the title.
        """
        with self.store.read() as session:
            incident = session.get(Incident, incident_id)
            if incident is None:
                raise NotFound(
                    _("there is no incident #{id}").format(id=incident_id),
                    hint=_("see `warroom list`"),
                )
            texts = [incident.title]
            for line in session.scalars(
                select(SpecLine).where(SpecLine.incident_id == incident_id)
            ):
                texts += [line.is_text, line.distinction, line.change]
            texts += session.scalars(
                select(Hypothesis.statement).where(Hypothesis.incident_id == incident_id)
            ).all()
            return self._seen_before(
                session, texts, list(incident.services), incident_id, include_exercises, limit
            )

    def seen_before_text(
        self,
        texts: list[str],
        services: list[str],
        *,
        exclude: int | None = None,
        include_exercises: bool = False,
        limit: int = 5,
    ) -> list[PastIncident]:
        """The same question for words not yet saved (what is being typed now)."""
        with self.store.read() as session:
            return self._seen_before(session, texts, services, exclude, include_exercises, limit)

    def _seen_before(
        self,
        session: Session,
        texts: list[str],
        services: list[str],
        exclude: int | None,
        include_exercises: bool,
        limit: int,
    ) -> list[PastIncident]:
        terms = similarity_terms(t for t in texts if t)
        matches = similar(
            session.connection(),
            terms,
            services,
            exclude=exclude,
            include_exercises=include_exercises,
            limit=limit,
        )
        ids = [match.incident_id for match in matches]
        # Two queries for all the matches, not two per match: the panel waits for them.
        causes = {
            cause.incident_id: cause
            for cause in session.scalars(select(RootCause).where(RootCause.incident_id.in_(ids)))
        }
        fixes: dict[int, str] = {}
        for incident_id, description in session.execute(
            select(FixAttempt.incident_id, FixAttempt.description)
            .where(FixAttempt.incident_id.in_(ids), FixAttempt.outcome == FixOutcome.WORKED)
            .order_by(FixAttempt.attempted_at.desc(), FixAttempt.id.desc())
        ):
            fixes.setdefault(incident_id, description)  # the latest fix that worked
        found = []
        for match in matches:
            cause = causes.get(match.incident_id)
            found.append(
                PastIncident(
                    match=match,
                    root_cause=cause.cause if cause else "",
                    category=cause.category if cause else "",
                    how_proven=cause.how_proven if cause else "",
                    fix=fixes.get(match.incident_id, ""),
                )
            )
        return found

    def record_same_as(self, incident_id: int, hypothesis_uid: str, past: PastIncident) -> None:
        """Record a past incident as evidence for a hypothesis ("same as #42").

        An ordinary piece of supporting evidence, so the report shows it with
        the hypothesis; its words name the past incident, its cause and its fix.
        """
        if past.incident_id == incident_id:
            raise InvalidInput(_("an incident cannot be the same as itself"))
        text = checked_text(past.as_evidence(), N_("evidence"))
        with self._write(incident_id) as (tx, incident):
            hypothesis = self._entity(tx, Hypothesis, incident_id, hypothesis_uid, N_("hypothesis"))
            self._record(
                tx,
                incident,
                EventKind.EVIDENCE_ADDED,
                {
                    "uid": hypothesis.uid,
                    "label": hypothesis.label,
                    "text": text,
                    "supports": True,
                    "same_as": past.incident_id,
                },
            )
