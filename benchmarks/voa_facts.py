"""Facts on ordinary news: how many of each kind bilat finds in the 89 VOA stories, and a sample to judge.

    python benchmarks/voa_facts.py [--sample 30] [--seed 10] [--limit N] [--kind KIND,...]

Reads ../shared/corpus/voa/voa_stories.jsonl (or $BILAT_SHARED), analyses every story with the whole
pipeline and prints one line per kind (`facts.kind.<kind>: n`), the total, then a fixed random sample of
facts with their kind, value, unit, period and evidence so that a reader can judge precision by hand.
The sample is drawn with a fixed seed, so two runs of the same code show the same facts; nothing is
asserted: there is no gold for these stories. `--kind casualties,count` lists every fact of those kinds
instead of a sample.
"""

from __future__ import annotations

import argparse
import random
import textwrap
from collections import Counter

from bilat.pipeline import Pipeline
from bilat.resources import load_resources
from speed import load_documents


def _line(fact_text: str, width: int = 320) -> str:
    return textwrap.shorten(" ".join(fact_text.split()), width=width, placeholder=" …")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--kind", default="", help="list every fact of these kinds (comma-separated)")
    args = parser.parse_args()
    documents = load_documents(args.limit)
    pipeline = Pipeline(load_resources())
    facts = []
    for document in documents:
        analysis = pipeline.analyze(document)
        facts.extend((document, fact) for fact in analysis.facts)
    kinds = Counter(fact.kind for _, fact in facts)
    print(f"documents: {len(documents)}")
    print(f"facts: {len(facts)}")
    for kind, n in kinds.most_common():
        print(f"facts.kind.{kind}: {n}")
    if args.kind:
        sample = [item for item in facts if item[1].kind in args.kind.split(",")]
        print(f"\nall {len(sample)} facts of {args.kind}:")
    else:
        sample = random.Random(args.seed).sample(facts, min(args.sample, len(facts)))
        print(f"\nsample of {len(sample)} facts (seed {args.seed}):")
    for n, (document, fact) in enumerate(sorted(sample, key=lambda item: (item[0].id, item[1].start)), 1):
        period = f"{fact.period_start}..{fact.period_end}" if fact.period_start else "-"
        value = f"{fact.approx + ' ' if fact.approx else ''}{fact.value:,.6g} {fact.unit}"
        subject = f" [{fact.subject}]" if fact.subject else ""
        print(f"{n:2}. {fact.kind}: {value} period={period} parties={','.join(fact.parties) or '-'}{subject}")
        print(f"    {document.source_uri.rsplit('/', 1)[-1]}: {_line(fact.evidence)}")


if __name__ == "__main__":
    main()
