"""Scores a probe of questions over the dev sets' stories, printed one figure per line.

    python benchmarks/ask_probe.py [benchmarks/data/probes/ask_probe1.json] [--verbose] [--answers]

``--answers`` prints every question's answer in full (text, evidence, confidence, cited files), so two
runs can be compared line by line when a change must keep the asker's output.

A probe file holds questions in the gold files' format, each with the ``set`` (a folder of
benchmarks/data/) whose stories form the store it is asked of. An ``answer`` of null means the stories do
not say it: the right reply is to abstain, and any answer is wrong. The others are scored as quality.py
scores the gold files' questions: right (the answer and a cited evidence document), wrong, abstained.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import seeds_score  # noqa: E402
from bilat import api  # noqa: E402
from bilat.ask import open_asker  # noqa: E402
from bilat.resources import load_resources  # noqa: E402
from bilat.store import open_store  # noqa: E402

DEFAULT = REPO / "benchmarks" / "data" / "probes" / "ask_probe1.json"


def verdict(answer, files: dict[str, str], question: dict) -> str:
    """right, wrong or abstained; an expected abstention is right when the store does not say."""
    if question["answer"] is None:
        return "wrong" if answer.known else "right"
    if not answer.known:
        return "abstained"
    cited = {seeds_score.base(c.source_uri) or files.get(c.doc_id, "") for c in answer.citations}
    return "right" if seeds_score.answer_is_right(answer.answer, cited, question) else "wrong"


def score(probe: Path, verbose: bool, stores: Path | None = None, answers: bool = False) -> dict[str, int]:
    questions = json.loads(probe.read_text(encoding="utf-8"))["questions"]
    by_set: dict[str, list[dict]] = defaultdict(list)
    for q in questions:
        by_set[q["set"]].append(q)
    counts = {"right": 0, "wrong": 0, "abstained": 0}
    resources = load_resources()
    for name, asked in sorted(by_set.items()):
        with tempfile.TemporaryDirectory() as tmp:
            # A kept store is reused: the asker is what a probe measures, and building is most of its time.
            store_path = (stores or Path(tmp)) / f"{name.replace('/', '_')}.db"
            if not store_path.exists():
                api.build([str(REPO / "benchmarks" / "data" / name)], store=str(store_path))
            store = open_store(store_path)
            files = {d.id: seeds_score.base(d.source_uri) for d in store.documents()}
            asker = open_asker(store, resources)
            for q in asked:
                answer = asker.answer(q["q"])
                result = verdict(answer, files, q)
                counts[result] += 1
                if answers:
                    cited = sorted({seeds_score.base(c.source_uri) for c in answer.citations})
                    print(
                        f"answer: [{name}] {q['q']} -> {answer.answer!r} ({answer.evidence}, "
                        f"{answer.confidence}) cites {cited}: {result}"
                    )
                if verbose and result != "right":
                    cited = sorted({seeds_score.base(c.source_uri) for c in answer.citations})
                    print(
                        f"  {result}: [{name}] {q['q']} -> {answer.answer!r} ({answer.evidence}, "
                        f"{answer.confidence}) cites {cited}; expected {q['answer']!r}"
                    )
                    if answer.citations:
                        print(f"      evidence: {answer.citations[0].evidence[:220]!r}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("probe", nargs="?", default=str(DEFAULT))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--answers", action="store_true", help="Print every answer in full.")
    parser.add_argument("--stores", help="A folder to keep the built stores in and reuse them from.")
    args = parser.parse_args()
    stores = Path(args.stores) if args.stores else None
    counts = score(Path(args.probe), args.verbose, stores, args.answers)
    total = sum(counts.values())
    for key, value in counts.items():
        print(f"probe.{key}: {value}/{total}", flush=True)


if __name__ == "__main__":
    main()
