"""Asking the search index: every past incident, and "seen this before?".

Both backends hand over the newest matches from their own index (FTS5 with
trigrams; pg_trgm, with ts_rank for whole words); the final order is decided
here: an event holding the whole query as typed (the same error message)
comes first, then how much of the event the query is, then the newest.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from warroom.core.search_text import (
    TRIGRAM,
    Snippet,
    fts5_string,
    like_pattern,
    query_terms,
    snippet,
)
from warroom.store.search_index import TABLE

# How many candidates (the newest matches) the index hands over for the final ranking.
CANDIDATES = 100
# "Seen this before?" asks for each distinctive piece on its own, this many matches each:
# a rare error code brings all its incidents, a common word only its latest.
PER_TERM = 40


@dataclass(frozen=True)
class SearchHit:
    incident_id: int
    incident_uid: str
    title: str
    mode: str
    status: str
    number: int
    kind: str
    at: datetime
    snippet: Snippet
    score: float


@dataclass(frozen=True)
class _Row:
    seq: int
    incident_id: int
    number: int
    body: str
    rank: float


def search(
    conn: Connection, query: str, *, include_exercises: bool = False, limit: int = 20
) -> list[SearchHit]:
    """The events that hold every term of ``query``, best first."""
    terms = query_terms(query)
    if not terms:
        return []
    rows = _candidates_pg(conn, terms) if _pg(conn) else _candidates_sqlite(conn, terms)
    phrase = " ".join(query.split()).casefold()
    incidents = _incidents(conn, {row.incident_id for row in rows})
    ranked = sorted(
        (
            row
            for row in rows
            if include_exercises or incidents[row.incident_id]["mode"] != "exercise"
        ),
        key=lambda row: (phrase not in " ".join(row.body.split()).casefold(), -row.rank, -row.seq),
    )[:limit]
    return _hits(conn, ranked, incidents, terms)


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _candidates_sqlite(conn: Connection, terms: list[str]) -> list[_Row]:
    long = [t for t in terms if len(t) >= TRIGRAM]
    short = [t for t in terms if len(t) < TRIGRAM]
    params: dict[str, Any] = {"k": CANDIDATES}
    # Terms too short for a trigram are checked on the matches ("|| ''" keeps FTS5 off them).
    where = [f"(body || '') LIKE :p{i} ESCAPE '\\'" for i in range(len(short))]
    params.update({f"p{i}": like_pattern(t) for i, t in enumerate(short)})
    if long:
        params["m"] = " AND ".join(fts5_string(t) for t in long)
        where.insert(0, f"{TABLE} MATCH :m")
    # The newest matches, found by FTS5 alone: it walks its lists newest first and stops
    # at the limit, where ranking (bm25) every match of a common word reads them all.
    sql = (
        f"SELECT s.rowid AS seq, e.incident_id, e.number, s.body FROM"
        f" (SELECT rowid FROM {TABLE} WHERE {' AND '.join(where)} ORDER BY rowid DESC LIMIT :k)"
        f" AS hit JOIN {TABLE} AS s ON s.rowid = hit.rowid"
        " JOIN timeline_event AS e ON e.seq = hit.rowid"
    )
    return [
        _Row(r.seq, r.incident_id, r.number, r.body, _weight(r.body, terms))
        for r in conn.execute(text(sql), params)
    ]


def _weight(body: str, terms: list[str]) -> float:
    """How much of an event is the query: occurrences of longer terms in a shorter text."""
    folded = body.casefold()
    found = sum(min(folded.count(term), 3) * len(term) for term in terms)
    return found / (1.0 + len(body) / 400.0)


# PostgreSQL: a term its planner expects in fewer events than this is rare, and the
# trigram index hands over all its matches to be sorted (a few ms); a commoner term
# is met at once among the newest events, where the index would hand over tens of
# thousands of rows (measured at 1M events: 2 ms against 300 ms for "connection").
RARE = 2_000
# How many of the newest events are walked for common terms before the index is asked.
RECENT = 20_000


def _candidates_pg(conn: Connection, terms: list[str]) -> list[_Row]:
    params: dict[str, Any] = {"whole": " ".join(terms)}
    words = []
    for i, term in enumerate(terms):
        params[f"t{i}"] = term
        words.append(f"plainto_tsquery('simple', :t{i})")
    # Ranked only on the candidates: ts_rank and similarity read the whole text.
    rank = f"ts_rank(s.words, {' || '.join(words)}) + similarity(s.body, :whole)"
    found = _newest_pg(conn, terms, CANDIDATES, f", {rank} AS rank", params)
    return [
        _Row(r.seq, r.incident_id, r.number, r.body, float(r.rank) + _weight(r.body, terms))
        for r in found
    ]


def _newest_pg(
    conn: Connection,
    terms: list[str],
    limit: int,
    rank: str = "",
    extra: dict[str, Any] | None = None,
) -> list[Any]:
    """The newest events holding every term: seq, incident_id, number, body (and rank).

    The planner is asked first how many events each term is in (its estimate
    from the statistics, well under a millisecond). When one term is rare, the
    trigram index finds every event holding all the terms (GIN intersects
    their trigrams) and those are sorted: a few ms. When every term is common,
    the newest events hold enough matches at once, where the index would hand
    over tens of thousands of rows to sort (measured at 1M events: 300 ms for
    "connection"); only when they do not is the index asked.
    """
    params: dict[str, Any] = {"k": limit, **(extra or {})}
    for i, term in enumerate(terms):
        params[f"p{i}"] = like_pattern(term)

    def query(source: str, order: str) -> list[Any]:
        # "|| ''" keeps a term too short for a trigram off the index, which could
        # only answer it by reading every entry.
        where = " AND ".join(
            f"s.body ILIKE :p{i}" if len(term) >= TRIGRAM else f"(s.body || '') ILIKE :p{i}"
            for i, term in enumerate(terms)
        )
        sql = (
            f"SELECT s.seq, e.incident_id, e.number, s.body{rank} FROM"
            f" (SELECT s.seq, s.body, s.words FROM {source} AS s WHERE {where}"
            f" ORDER BY {order} LIMIT :k) AS s"
            " JOIN timeline_event AS e ON e.seq = s.seq ORDER BY s.seq DESC"
        )
        return list(conn.execute(text(sql), params))

    indexable = any(len(term) >= TRIGRAM for term in terms)
    if not indexable or _fewest(conn, terms) > RARE:
        found = query(f"(SELECT * FROM {TABLE} ORDER BY seq DESC LIMIT {RECENT})", "s.seq DESC")
        if len(found) >= limit:
            return found
        if not indexable:  # nothing the index can look up: walk on through the rest
            return query(TABLE, "s.seq DESC")
    # "+ 0": sort what the index found, rather than walk the whole table newest
    # first hoping to meet the terms soon (the planner's choice for LIMIT: 1.5 s at 1M).
    return query(TABLE, "s.seq + 0 DESC")


def _fewest(conn: Connection, terms: list[str]) -> float:
    """How many events the planner expects to hold the rarest term fit for the index."""
    return min(_estimates(conn, [t for t in terms if len(t) >= TRIGRAM]))


def _estimates(conn: Connection, terms: list[str]) -> list[float]:
    """How many events the planner expects to hold each term (each fit for the index).

    One EXPLAIN for all of them, a branch each: planning, not running.
    """
    branches = " UNION ALL ".join(
        f"SELECT 1 FROM {TABLE} WHERE body ILIKE :p{i}" for i in range(len(terms))
    )
    plan: Any = conn.execute(
        text(f"EXPLAIN (FORMAT JSON) {branches}"),
        {f"p{i}": like_pattern(term) for i, term in enumerate(terms)},
    ).scalar_one()
    if isinstance(plan, str | bytes):
        plan = json.loads(plan)
    top = plan[0]["Plan"]
    planned = top["Plans"] if top["Node Type"] == "Append" else [top]
    return [float(branch["Plan Rows"]) for branch in planned]


def _each_term_pg(conn: Connection, terms: list[str], limit: int) -> list[Any]:
    """For each term on its own, the newest ``limit`` events holding it.

    One EXPLAIN and one query for all the terms ("seen this before?" asks up to
    24): a round trip each cost more than the looking up (measured: 170 ms p95
    at 1M events on a loaded machine).
    """
    terms = [t for t in terms if len(t) >= TRIGRAM]
    if not terms:
        return []
    estimates = _estimates(conn, terms)
    params: dict[str, Any] = {"k": limit}
    params.update({f"p{i}": like_pattern(t) for i, t in enumerate(terms)})
    newest = f"(SELECT * FROM {TABLE} ORDER BY seq DESC LIMIT {RECENT})"

    def branch(i: int, source: str, order: str) -> str:
        return (
            f"(SELECT {i} AS term, s.seq, s.body FROM {source} AS s"
            f" WHERE s.body ILIKE :p{i} ORDER BY {order} LIMIT :k)"
        )

    def run(branches: list[str]) -> list[Any]:
        sql = (
            f"SELECT h.term, h.seq, e.incident_id, e.number, h.body"
            f" FROM ({' UNION ALL '.join(branches)}) AS h"
            " JOIN timeline_event AS e ON e.seq = h.seq"
        )
        return list(conn.execute(text(sql), params))

    rows = run(
        [
            branch(i, newest, "s.seq DESC") if est > RARE else branch(i, TABLE, "s.seq + 0 DESC")
            for i, est in enumerate(estimates)
        ]
    )
    found = Counter(row.term for row in rows)
    # common by the estimate, yet too few lately: the index for the older ones
    again = [i for i, est in enumerate(estimates) if est > RARE and found[i] < limit]
    if again:
        rows = [row for row in rows if row.term not in again]
        rows += run([branch(i, TABLE, "s.seq + 0 DESC") for i in again])
    return rows


def _incidents(conn: Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    found = conn.execute(
        text(
            "SELECT id, uid, title, mode, status, services FROM incident WHERE id IN "
            f"({', '.join(str(int(i)) for i in sorted(ids))})"
        )
    )
    return {row.id: dict(row._mapping) for row in found}


def _hits(
    conn: Connection,
    rows: list[_Row],
    incidents: dict[int, dict[str, Any]],
    terms: list[str],
) -> list[SearchHit]:
    if not rows:
        return []
    from sqlalchemy import select

    from warroom.store.models import TimelineEvent

    events = {
        r.seq: r
        for r in conn.execute(
            select(TimelineEvent.seq, TimelineEvent.kind, TimelineEvent.at).where(
                TimelineEvent.seq.in_([row.seq for row in rows])
            )
        )
    }
    hits = []
    for row in rows:
        incident, event = incidents[row.incident_id], events[row.seq]
        hits.append(
            SearchHit(
                incident_id=row.incident_id,
                incident_uid=incident["uid"],
                title=incident["title"],
                mode=incident["mode"],
                status=incident["status"],
                number=row.number,
                kind=event.kind,
                at=event.at,
                snippet=snippet(row.body, terms),
                score=row.rank,
            )
        )
    return hits


# -- "seen this before?" --------------------------------------------------------


@dataclass(frozen=True)
class PastMatch:
    """A past incident that looks like this one: why, and what was found and done then."""

    incident_id: int
    title: str
    score: float
    common_services: tuple[str, ...]
    matched_terms: tuple[str, ...]
    number: int
    snippet: Snippet


def similar(
    conn: Connection,
    terms: list[str],
    services: list[str],
    *,
    exclude: int | None = None,
    include_exercises: bool = False,
    limit: int = 5,
) -> list[PastMatch]:
    """Past incidents whose words and services overlap these, best first."""
    rows = _any_term_candidates(conn, terms)
    by_incident: dict[int, list[tuple[float, _Row, tuple[str, ...]]]] = defaultdict(list)
    for row in rows:
        if row.incident_id == exclude:
            continue
        folded = row.body.casefold()
        matched = tuple(t for t in terms if t in folded)
        if matched:
            # longer (rarer) pieces weigh more: a shared error code beats a shared "timeout"
            by_incident[row.incident_id].append((sum(len(t) for t in matched), row, matched))
    service_ids = _incidents_with_services(conn, services)
    ids = (set(by_incident) | set(service_ids)) - {exclude}
    incidents = _incidents(conn, {i for i in ids if i is not None})
    wanted = {s.casefold() for s in services}
    matches = []
    for incident_id, incident in incidents.items():
        if incident["mode"] == "exercise" and not include_exercises:
            continue
        found = sorted(by_incident.get(incident_id, []), key=lambda f: -f[0])
        common = tuple(s for s in _services(incident["services"]) if s.casefold() in wanted)
        terms_found = tuple(dict.fromkeys(t for f in found for t in f[2]))
        if not common and len(terms_found) < 2 and not any(len(t) >= 6 for t in terms_found):
            continue  # one short word in common is chance, not a likeness
        score = sum(len(t) for t in terms_found) + 10.0 * len(common)
        best = found[0][1] if found else None
        matches.append(
            PastMatch(
                incident_id=incident_id,
                title=incident["title"],
                score=score,
                common_services=common,
                matched_terms=terms_found,
                number=best.number if best else 1,
                snippet=snippet(best.body, terms_found) if best else Snippet("", ()),
            )
        )
    matches.sort(key=lambda m: (-m.score, -m.incident_id))
    return matches[:limit]


def _services(value: Any) -> list[str]:
    if isinstance(value, str):
        value = json.loads(value)
    return [str(s) for s in value or []]


def _any_term_candidates(conn: Connection, terms: list[str]) -> list[_Row]:
    rows: dict[int, _Row] = {}
    if _pg(conn):
        for r in _each_term_pg(conn, terms, PER_TERM):
            rows.setdefault(r.seq, _Row(r.seq, r.incident_id, r.number, r.body, 0.0))
        return list(rows.values())
    sql = (
        f"SELECT s.rowid AS seq, e.incident_id, e.number, s.body FROM {TABLE} AS s"
        f" JOIN timeline_event AS e ON e.seq = s.rowid WHERE {TABLE} MATCH :m"
        " ORDER BY s.rowid DESC LIMIT :k"
    )
    for term in (t for t in terms if len(t) >= TRIGRAM):
        found = conn.execute(text(sql), {"m": fts5_string(term), "k": PER_TERM})
        for r in found:
            rows.setdefault(r.seq, _Row(r.seq, r.incident_id, r.number, r.body, 0.0))
    return list(rows.values())


def _incidents_with_services(conn: Connection, services: list[str]) -> set[int]:
    if not services:
        return set()
    params = {f"s{i}": like_pattern(json.dumps(s)) for i, s in enumerate(services[:20])}
    column = "CAST(services AS TEXT)"
    any_of = " OR ".join(f"{column} LIKE :s{i} ESCAPE '\\'" for i in range(len(params)))
    sql = f"SELECT id FROM incident WHERE {any_of} ORDER BY id DESC LIMIT 200"
    return {int(r.id) for r in conn.execute(text(sql), params)}
