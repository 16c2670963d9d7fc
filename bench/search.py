"""Search at scale: a generated history of many incidents and events, on SQLite and PostgreSQL.

Measures, through ``WarRoom`` as the app and the CLI call it:

- ``search`` latency (p50, p95) for rare codes, common words, parts of German
  compounds, Japanese phrases, two-word queries and a two-character query;
- "seen this before?" for what a diagnostician has typed (p50, p95);
- the durable append's p50 and p99 with the index step and without it,
  interleaved on the same database (``search_index.index_event`` swapped for
  a no-op in the "without" runs).

The history is written with bulk inserts (dummy hashes: nothing here verifies
chains) and then indexed by ``search_index.rebuild``, the step migration 0006
runs on an existing database, which is timed too.

    python bench/search.py --incidents 10000 --events 1000000          # SQLite
    python bench/search.py --postgres --incidents 10000 --events 1000000
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from warroom.core.clock import SystemClock
from warroom.room import WarRoom
from warroom.store import search_index
from warroom.store.engine import resolve_url
from warroom.store.models import Incident, TimelineEvent
from warroom.store.repository import Actor, Store

SERVICES = [f"{kind}-{n}" for kind in ("erp", "mes", "shop", "db", "sso", "mail") for n in range(8)]
ENGLISH = [
    "connection pool exhausted on {svc}",
    "users report timeouts when saving orders in {svc}",
    "restarted the application server of {svc}, no change",
    "error {code} in the log of {svc} since 02:14",
    "disk latency above 200 ms on the array behind {svc}",
    "certificate expired on the gateway in front of {svc}",
    "rolled back the deployment of {svc}",
    "customer asks for the next update at the full hour",
]
GERMAN = [
    "Die Datenbankverbindung von {svc} bricht ab ({code})",
    "Lagerverwaltungssystem meldet Zeitüberschreitung bei {svc}",
    "Netzwerkkonfigurationsänderung am Kernswitch vor dem Ausfall",
    "Speicherplatzwarnung auf dem Archivlaufwerk von {svc}",
]
JAPANESE = [
    "{svc}で決済処理がタイムアウトしています ({code})",
    "認証サーバーの証明書の期限切れを確認しました",
    "東京データセンターのネットワーク障害が発生しました",
]
SENTENCES = ENGLISH * 3 + GERMAN * 2 + JAPANESE
QUERIES = [
    "ORA-04031",  # a rare code: a handful of events
    "timeouts when saving",  # common English words
    "verbindung",  # part of a German compound
    "Zeitüberschreitung",
    "決済処理",  # Japanese without spaces
    "証明書の期限切れ",
    "connection pool exhausted",  # a common error message
    "障害",  # two characters: shorter than a trigram
    'NEAR(disk "latency" *',  # hostile, searched as text
]
TYPED = [
    ["users see ORA-04031 when saving orders", "shared pool too small on db-3"],
    ["Die Datenbankverbindung bricht ab", "Kernswitch Konfiguration geändert"],
    ["決済処理がタイムアウト", "証明書の期限切れ"],
]


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def line(name: str, samples: list[float]) -> str:
    p50, p95, p99 = (percentile(samples, p) * 1000 for p in (50, 95, 99))
    return f"{name:<34} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   p99 {p99:7.2f} ms"


def generate(store: Store, incidents: int, events: int, seed: int = 16) -> None:
    rng = random.Random(seed)
    t0 = datetime(2020, 1, 1, tzinfo=UTC)
    per = max(events // incidents, 1)
    seq = 0
    with store.engine.begin() as conn:
        for first in range(0, incidents, 500):
            rows, timeline = [], []
            for i in range(first, min(first + 500, incidents)):
                at = t0 + timedelta(hours=7 * i)
                services = rng.sample(SERVICES, 2)
                code = rng.choice(("ORA-", "E-", "HTTP ")) + str(rng.randint(100, 99999))
                title = rng.choice(SENTENCES).format(svc=services[0], code=code)[:300]
                rows.append(
                    {
                        "id": i + 1,
                        "uid": f"bench-{i}",
                        "title": title,
                        "priority": "Major",
                        "status": "closed",
                        "mode": "exercise" if i % 20 == 0 else "real",
                        "summary": "",
                        "impact_what": "users cannot work",
                        "impact_who": "",
                        "services": services,
                        "started_at": at,
                        "declared_at": at,
                        "paged_who": "",
                        "head_number": per,
                        "head_hash": "0" * 64,
                    }
                )
                for number in range(1, per + 1):
                    seq += 1
                    text = rng.choice(SENTENCES).format(svc=rng.choice(services), code=code)
                    timeline.append(
                        {
                            "seq": seq,
                            "incident_id": i + 1,
                            "number": number,
                            "at": at + timedelta(seconds=30 * number),
                            "kind": "entry",
                            "author": "Bench",
                            "role": "scribe",
                            "seat": "bench",
                            "payload": {"entry": "note", "text": text},
                            "corrects": None,
                            "prev_hash": "0" * 64,
                            "hash": "0" * 64,
                        }
                    )
            conn.execute(insert(Incident), rows)
            for start in range(0, len(timeline), 20_000):
                conn.execute(insert(TimelineEvent), timeline[start : start + 20_000])
            print(f"\r  generated {min(first + 500, incidents)} incidents, {seq} events", end="")
    print()


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return samples


@contextmanager
def without_index() -> Iterator[None]:
    # The write path calls search_index.index_event through the module: swap it there.
    original = search_index.index_event
    setattr(search_index, "index_event", lambda conn, event: None)  # noqa: B010
    try:
        yield
    finally:
        setattr(search_index, "index_event", original)  # noqa: B010


def bench(url: str, incidents: int, events: int, repeat: int, appends: int) -> dict[str, object]:
    store = Store.open(url, SystemClock())
    print(f"{incidents} incidents, {events} events on {store.engine.dialect.name}")
    start = time.perf_counter()
    generate(store, incidents, events)
    print(f"  generating took {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    with store.engine.begin() as conn:
        indexed = search_index.rebuild(conn)
    build = time.perf_counter() - start
    print(f"  indexing {indexed} events (what migration 0006 does) took {build:.1f} s")
    if store.engine.dialect.name == "postgresql":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    store.close()
    room = WarRoom.open(url, actor=Actor("Bench", "scribe", "bench"))
    results: dict[str, object] = {"indexing_s": round(build, 1)}
    every: list[float] = []
    for query in QUERIES:
        room.search(query)  # warm the cache, as a second search in the app would
        samples = timed(lambda q=query: room.search(q), repeat)  # type: ignore[misc]
        every += samples
        hits = len(room.search(query))
        print(line(f"search {query[:20]!r} ({hits} hits)", samples))
        results[f"search {query}"] = round(percentile(samples, 95) * 1000, 2)
    print(line("search, all queries", every))
    results["search p95 ms"] = round(percentile(every, 95) * 1000, 2)
    seen: list[float] = []
    for texts in TYPED:
        room.seen_before_text(texts, ["db-3"])
        seen += timed(lambda t=texts: room.seen_before_text(t, ["db-3"]), repeat)  # type: ignore[misc]
    print(line("seen this before? (typed text)", seen))
    results["seen before p95 ms"] = round(percentile(seen, 95) * 1000, 2)
    incident = room.declare("Bench appends", "Major", impact_what="none")
    with_index: list[float] = []
    bare: list[float] = []
    for round_ in range(appends // 50):
        # interleave short runs, so both see the same disk weather
        with_index += timed(lambda: room.log(incident, "error ORA-04031 on db-3 again"), 50)
        with without_index():
            bare += timed(lambda: room.log(incident, "error ORA-04031 on db-3 again"), 50)
        del round_
    print(line("append with the index step", with_index))
    print(line("append without it", bare))
    ratio = percentile(with_index, 99) / percentile(bare, 99)
    print(f"  append p99 with / without the index: {ratio:.3f}")
    results["append p99 ratio"] = round(ratio, 3)
    results["append p50 ms"] = round(statistics.median(with_index) * 1000, 3)
    room.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40, help="runs of each query")
    parser.add_argument("--appends", type=int, default=1000)
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL server")
    parser.add_argument("--dir", type=Path, help="folder for the SQLite file (default: temp)")
    args = parser.parse_args()
    if args.postgres:
        from tests import postgres

        with postgres.temporary_server() as url:
            results = bench(url, args.incidents, args.events, args.repeat, args.appends)
    else:
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            url = resolve_url(str(Path(tmp) / "search.sqlite3"))
            results = bench(url, args.incidents, args.events, args.repeat, args.appends)
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
