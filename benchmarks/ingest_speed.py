"""Speed of ingest (reading + cleaning), printed one figure per line.

    python benchmarks/ingest_speed.py [--repeat N]

Reads the VOA stories (../shared/corpus/voa/voa_stories.jsonl) and the seed articles
(../shared/corpus/seeds/) N times each, cleans every document, and prints documents/second and MB/s of
input for each corpus, plus what the VOA corpus says about metadata found. Figures vary with the
machine's load; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bilat.ingest import dedupe, read_sources, to_document
from bilat.models import IngestError
from bilat.resources import load_resources

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def measure(name: str, source: Path, repeat: int) -> None:
    resources = load_resources()
    files = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in files) * repeat
    documents, errors = [], 0
    start = time.perf_counter()
    for _ in range(repeat):
        documents = []
        for item in read_sources([str(source)]):
            if isinstance(item, IngestError):
                errors += 1
            else:
                documents.append(to_document(item, resources))
    elapsed = time.perf_counter() - start
    count = len(documents) * repeat
    print(f"ingest_{name}_documents: {len(documents)}")
    print(f"ingest_{name}_errors: {errors // repeat}")
    print(f"ingest_{name}_unique_documents: {len(list(dedupe(documents)))}")
    print(f"ingest_{name}_docs_per_second: {count / elapsed:.1f}")
    print(f"ingest_{name}_mb_per_second: {size / 1e6 / elapsed:.2f}")
    dated = sum(1 for d in documents if d.published)
    print(f"ingest_{name}_with_published: {dated}/{len(documents)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="read each corpus this many times")
    args = parser.parse_args()
    corpus = shared_dir() / "corpus"
    measure("voa", corpus / "voa" / "voa_stories.jsonl", args.repeat)
    measure("seeds", corpus / "seeds", args.repeat * 10)


if __name__ == "__main__":
    main()
