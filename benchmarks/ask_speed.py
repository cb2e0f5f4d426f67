"""Speed of `ask`: median and p95 milliseconds per question on the seed store and on a store of a few
hundred documents (the VOA stories and the seeds, analysed once and written several times under new ids).

    python benchmarks/ask_speed.py [--copies 4]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bilat import api
from bilat.ask import Asker
from bilat.nlp.pipeline import build_nlp
from bilat.resources import load_resources
from bilat.store import open_store
from serve_latency import analyse_corpus, fill, shared_dir


def timed(asker: Asker, questions: list[str], rounds: int = 3) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            asker.answer(question)
            times.append(1000 * (time.perf_counter() - started))
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=4)
    args = parser.parse_args()
    shared = shared_dir()
    questions = [q["q"] for q in json.loads((shared / "eval" / "seeds.gold.json").read_text())["questions"]]
    resources = load_resources()
    nlp = build_nlp(resources)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds.db"
        api.build([str(shared / "corpus" / "seeds")], str(seeds), resources=resources)
        median, p95 = timed(Asker(open_store(seeds), resources, nlp), questions)
        print(f"ask.seed_store.documents: {len(open_store(seeds).documents())}")
        print(f"ask.seed_store.median_ms: {median:.1f}")
        print(f"ask.seed_store.p95_ms: {p95:.1f}")
        big = Path(tmp) / "big.db"
        documents = fill(str(big), analyse_corpus(), args.copies)
        median, p95 = timed(Asker(open_store(big), resources, nlp), questions, rounds=1)
        print(f"ask.large_store.documents: {documents}")
        print(f"ask.large_store.median_ms: {median:.1f}")
        print(f"ask.large_store.p95_ms: {p95:.1f}")


if __name__ == "__main__":
    main()
