"""Speed of `ask`: median and p95 milliseconds per question on the seed store and on a synthesised store
of 10,000 documents (the VOA stories and the seeds, analysed once and written many times under new ids).

    python benchmarks/ask_speed.py [--documents 10000]

The questions are those of the seed and held-out gold files. On the large store most held-out questions
have no answer: they measure retrieval and abstention, which is the slow path. Nothing is asserted.
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
from serve_latency import REPO, analyse_corpus, copy_of, shared_dir


def questions(shared: Path) -> list[str]:
    golds = [
        shared / "eval" / "seeds.gold.json",
        *sorted((REPO / "benchmarks" / "data").glob("*/*.gold.json")),
    ]
    return [
        q["q"] for path in golds for q in json.loads(path.read_text(encoding="utf-8")).get("questions", [])
    ]


def timed(asker: Asker, asked: list[str], rounds: int = 3) -> tuple[float, float, dict[str, int]]:
    times = []
    kinds: dict[str, int] = {}
    for _ in range(rounds):
        for question in asked:
            started = time.perf_counter()
            answer = asker.answer(question)
            times.append(1000 * (time.perf_counter() - started))
            kinds[answer.evidence or "none"] = kinds.get(answer.evidence or "none", 0) + 1
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], kinds


def synthesise(location: str, documents: int) -> tuple[int, float]:
    """A store of ``documents`` documents: copies of the analysed corpus under new ids (no reconciliation:
    answering does not need it). The number written and the seconds it took."""
    analyses = analyse_corpus()
    started = time.perf_counter()
    written = 0
    with open_store(location) as store:
        for k in range(documents // len(analyses) + 1):
            for analysis in analyses:
                if written == documents:
                    break
                written += store.add_analysis(copy_of(analysis, k))
    return written, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument(
        "--keep",
        type=Path,
        help="Write the large store here, or reuse it when it exists (writing takes long).",
    )
    args = parser.parse_args()
    shared = shared_dir()
    asked = questions(shared)
    resources = load_resources()
    nlp = build_nlp(resources)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds.db"
        api.build([str(shared / "corpus" / "seeds")], str(seeds), resources=resources)
        with open_store(seeds) as store:
            median, p95, kinds = timed(Asker(store, resources, nlp), asked)
            print(f"ask.seed_store.documents: {len(store.documents())}")
        print(f"ask.questions: {len(asked)}")
        print(f"ask.seed_store.median_ms: {median:.1f}")
        print(f"ask.seed_store.p95_ms: {p95:.1f}")
        print(f"ask.seed_store.evidence: {kinds}")
        big = args.keep or Path(tmp) / "big.db"
        if not big.exists():
            _, seconds = synthesise(str(big), args.documents)
            print(f"ask.large_store.write_seconds: {seconds:.1f}")
        with open_store(big) as store:
            print(f"ask.large_store.documents: {len(store.documents())}")
        with open_store(big) as store:
            median, p95, kinds = timed(Asker(store, resources, nlp), asked, rounds=1)
        print(f"ask.large_store.median_ms: {median:.1f}")
        print(f"ask.large_store.p95_ms: {p95:.1f}")
        print(f"ask.large_store.evidence: {kinds}")


if __name__ == "__main__":
    main()
