"""Speed and memory of the whole pipeline, printed one figure per line.

    python benchmarks/speed.py [--limit N] [--runners local,pool,dask]

Reads the VOA stories (../shared/corpus/voa/voa_stories.jsonl), analyses them with each runner, and
prints documents/second, words/second and peak resident memory. Figures vary with the machine's load;
nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from itertools import islice
from pathlib import Path

from bilat.ingest import read_sources, to_document
from bilat.models import Document
from bilat.resources import load_resources
from bilat.scale import get_runner

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def load_documents(limit: int) -> list[Document]:
    resources = load_resources()
    source = shared_dir() / "corpus" / "voa" / "voa_stories.jsonl"
    raws = (item for item in read_sources([str(source)]) if not hasattr(item, "message"))
    return [to_document(raw, resources) for raw in islice(raws, limit)]


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--runners", default="local,pool,dask")
    args = parser.parse_args()
    documents = load_documents(args.limit)
    words = sum(len(d.text.split()) for d in documents)
    resources = load_resources()
    print(f"documents: {len(documents)}")
    print(f"words: {words}")
    for name in args.runners.split(","):
        runner = get_runner(name)
        kwargs = {} if name == "local" else {"workers": 2}
        started = time.perf_counter()
        events = sum(len(a.events) for a in runner(documents, resources, **kwargs))
        seconds = time.perf_counter() - started
        own, children = peak_mb()
        print(f"{name}.seconds: {seconds:.2f}")
        print(f"{name}.documents_per_second: {len(documents) / seconds:.2f}")
        print(f"{name}.words_per_second: {words / seconds:.0f}")
        print(f"{name}.events: {events}")
        print(f"{name}.peak_rss_mb_self: {own:.0f}")
        print(f"{name}.peak_rss_mb_children: {children:.0f}")


if __name__ == "__main__":
    main()
