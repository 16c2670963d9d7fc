"""Loading the shipped scenarios, and judging typed text against key facts, in three languages.

A scenario is validated once per language (English, German, Japanese), and the
trainer's console, every seat and every after-action report load it: this
measures what that costs against the floor, reading the TOML alone. It also
times the content judgement (``facts_stated``) of a long root cause in each
language, the step scoring repeats for every report. A scenario text parsed before (the
trainer's console reads its record every second) comes from a cache.
Aim: all five scenarios in under 100 ms; a judgement in under 5 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tomllib

from warroom.exercise.content import facts_stated, meaningful
from warroom.exercise.scenario import (
    _parsed,
    builtin_dir,
    builtin_keys,
    builtin_scenarios,
    find_scenario,
)


def best_of(runs: int, work: object) -> tuple[float, float]:
    """p50 and the fastest run of ``work()``, in milliseconds."""
    assert callable(work)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    texts = [(builtin_dir() / f"{k}.toml").read_text("utf-8") for k in builtin_keys()]
    floor, _ = best_of(args.runs, lambda: [tomllib.loads(t) for t in texts])

    def fresh() -> None:
        _parsed.cache_clear()
        builtin_scenarios()

    load, fastest = best_of(args.runs, fresh)
    again, _ = best_of(args.runs, builtin_scenarios)
    print(f"five scenarios, TOML only      p50 {floor:7.1f} ms")
    print(f"five scenarios, three languages p50 {load:7.1f} ms  (fastest {fastest:.1f} ms, "
          f"{load / floor:.1f}x the TOML alone)")  # fmt: skip
    print(f"five scenarios, parsed before   p50 {again:7.1f} ms  (a record read again)")
    scenario = find_scenario("warehouse-crashes")
    for lang in ("en", "de", "ja"):
        shown = scenario.in_language(lang)
        # A long root cause: the true one, ten times, as a team that pasted its notes.
        cause = "\n".join([shown.ground_truth.root_cause] * 10)
        facts = shown.ground_truth.key_facts

        def judge(cause: str = cause, facts: tuple = facts) -> None:  # type: ignore[type-arg]
            facts_stated(facts, cause)
            meaningful(cause)

        p50, _ = best_of(args.runs, judge)
        print(f"judging a {len(cause):>5}-character cause ({lang})  p50 {p50:7.2f} ms")


if __name__ == "__main__":
    main()
