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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from warroom.core.clock import SystemClock
from warroom.core.search_text import similarity_terms
from warroom.room import WarRoom
from warroom.store import search_index, search_query
from warroom.store.engine import resolve_url
from warroom.store.models import Incident, TimelineEvent
from warroom.store.repository import Actor, Store

ROOT = Path(__file__).resolve().parents[1]
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
                if i % 500 == 7:
                    code = "ORA-04031"  # a rare error: twenty incidents in ten thousand
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
        if conn.dialect.name == "postgresql":  # the ids were given: move the sequence on
            conn.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('incident', 'id'), max(id)) FROM incident"
            )
    print()


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return samples


@contextmanager
def index_step(step: Callable[..., None] | None) -> Iterator[None]:
    """The write path's index step swapped for ``step`` (None: no index step at all)."""
    # The write path calls search_index.index_event through the module: swap it there.
    original = search_index.index_event
    setattr(search_index, "index_event", step or (lambda conn, event: None))  # noqa: B010
    try:
        yield
    finally:
        setattr(search_index, "index_event", original)  # noqa: B010


def module_at(ref: str, module: str) -> ModuleType:
    """``module`` as it was at the git commit ``ref``: the "before" beside the "after"."""
    path = module.replace(".", "/") + ".py"
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    name = f"{module}_at_{ref}".replace(".", "_").replace("-", "_").replace("/", "_")
    loaded = ModuleType(name)
    sys.modules[name] = loaded  # dataclasses look their module up
    exec(compile(source, f"{ref}:{path}", "exec"), loaded.__dict__)
    return loaded


def bench(
    url: str,
    incidents: int,
    events: int,
    repeat: int,
    appends: int,
    rounds: int,
    before: str | None = None,
) -> dict[str, object]:
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
    # (label, search_query module): this tree's, and with --before the one at that commit,
    # run in turns on the same database so both see the same machine.
    versions: list[tuple[str, ModuleType]] = [("now", search_query)]
    if before is not None:
        versions.append((before, module_at(before, "warroom.store.search_query")))
    every: dict[str, list[float]] = {label: [] for label, _ in versions}
    seen: dict[str, list[float]] = {label: [] for label, _ in versions}
    with room.store.read() as session:
        conn = session.connection()
        for query in QUERIES:
            samples = turns(versions, lambda m, q=query: m.search(conn, q), repeat)  # type: ignore[misc]
            for label, taken in samples.items():
                every[label] += taken
                hits = len(search_query.search(conn, query))
                print(line(f"search {query[:20]!r} ({hits} hits) [{label}]", taken))
                results[f"search {query} [{label}]"] = round(percentile(taken, 95) * 1000, 2)
        for texts in TYPED:
            terms = similarity_terms(texts)
            samples = turns(versions, lambda m, t=terms: m.similar(conn, t, ["db-3"]), repeat)  # type: ignore[misc]
            for label, taken in samples.items():
                seen[label] += taken
    for label, _ in versions:
        print(line(f"search, all queries [{label}]", every[label]))
        print(line(f"seen this before? (typed) [{label}]", seen[label]))
        results[f"search p95 ms [{label}]"] = round(percentile(every[label], 95) * 1000, 2)
        results[f"seen before p95 ms [{label}]"] = round(percentile(seen[label], 95) * 1000, 2)
    # The same question through the room, as the panel asks it (root causes and fixes too).
    through_room = timed(lambda: room.seen_before_text(TYPED[0], ["db-3"]), repeat)
    print(line("seen this before? through the room", through_room))
    results["seen before through the room p95 ms"] = round(percentile(through_room, 95) * 1000, 2)

    steps: list[tuple[str, Callable[..., None] | None]] = [("now", search_index.index_event)]
    if before is not None:
        steps.append((before, module_at(before, "warroom.store.search_index").index_event))
    steps.append(("no index", None))
    incident = room.declare("Bench appends", "Major", impact_what="none")
    ratios: dict[str, list[float]] = {label: [] for label, _ in steps[:-1]}
    pooled: dict[str, list[float]] = {label: [] for label, _ in steps}
    for round_ in range(rounds):
        appended: dict[str, list[float]] = {label: [] for label, _ in steps}
        for _ in range(appends // len(steps)):
            # one append of each in turn, so all see the same disk and the same neighbours
            for label, step in steps:
                with index_step(step):
                    appended[label] += timed(lambda: room.log(incident, "error ORA-04031"), 1)
        bare = percentile(appended["no index"], 99)
        parts = []
        for label, _ in steps:
            p50 = statistics.median(appended[label]) * 1000
            p99 = percentile(appended[label], 99) * 1000
            parts.append(f"{label} p50 {p50:.2f} p99 {p99:.2f} ms")
            if label != "no index":
                ratios[label].append(percentile(appended[label], 99) / bare)
        print(f"  appends, round {round_ + 1}: " + "; ".join(parts))
        for label, _ in steps:
            pooled[label] += appended[label]
    for label, found in ratios.items():
        ratio = statistics.median(found)
        print(
            f"  append p99 with the index step [{label}] / without it: median {ratio:.3f}"
            f" of rounds {', '.join(f'{r:.3f}' for r in found)}"
        )
        # every round's appends together: the p99 of more samples, less at the mercy of a few
        whole = percentile(pooled[label], 99) / percentile(pooled["no index"], 99)
        extra = statistics.mean(pooled[label]) - statistics.mean(pooled["no index"])
        print(
            f"  all rounds together [{label}]: p99 ratio {whole:.3f},"
            f" mean cost of the index step {extra * 1000:+.2f} ms"
        )
        results[f"append p99 ratio [{label}]"] = round(ratio, 3)
        results[f"append p99 ratio, all rounds [{label}]"] = round(whole, 3)
        results[f"append mean extra ms [{label}]"] = round(extra * 1000, 3)
        results[f"append p99 ratios [{label}]"] = [round(r, 3) for r in found]
    room.close()
    return results


def turns(
    versions: list[tuple[str, ModuleType]], run: Callable[[ModuleType], object], repeat: int
) -> dict[str, list[float]]:
    """Each version run ``repeat`` times, in turns; the first run of each warms the cache."""
    samples: dict[str, list[float]] = {label: [] for label, _ in versions}
    for _, module in versions:
        run(module)
    for _ in range(repeat):
        for label, module in versions:
            samples[label] += timed(lambda m=module: run(m), 1)  # type: ignore[misc]
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40, help="runs of each query")
    parser.add_argument("--appends", type=int, default=1000, help="appends in each round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of appends, each a ratio")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL server")
    parser.add_argument("--dir", type=Path, help="folder for the SQLite file (default: temp)")
    parser.add_argument(
        "--before",
        metavar="GIT_REF",
        help="also measure the search and index code of this commit, in turns with today's",
    )
    args = parser.parse_args()
    if args.postgres:
        from tests import postgres

        with postgres.temporary_server() as url:
            results = bench(
                url,
                args.incidents,
                args.events,
                args.repeat,
                args.appends,
                args.rounds,
                args.before,
            )
    else:
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            url = resolve_url(str(Path(tmp) / "search.sqlite3"))
            results = bench(
                url,
                args.incidents,
                args.events,
                args.repeat,
                args.appends,
                args.rounds,
                args.before,
            )
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
