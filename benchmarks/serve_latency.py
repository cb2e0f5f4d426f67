"""Web page latency: median and p95 over N requests (loopback httpx client against a real uvicorn server)
for the dyad timeline page and the search page, on SQLite and on PostgreSQL.

    python benchmarks/serve_latency.py [--requests 200] [--copies 4] [--postgres URL | --no-postgres]

The store: the VOA stories and the seed articles (../shared/corpus) analysed once, then written COPIES
times under distinct document ids, so the store holds a few hundred documents without re-analysing
them. Without --postgres a throw-away server is started (tests/pg_server.py). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # for tests.pg_server (the throw-away PostgreSQL server)

from bilat import api  # noqa: E402
from bilat.ingest import dedupe  # noqa: E402
from bilat.models import Analysis  # noqa: E402
from bilat.resources import load_resources  # noqa: E402
from bilat.scale import get_runner  # noqa: E402
from bilat.serve.app import create_app  # noqa: E402
from bilat.store import open_store  # noqa: E402


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def analyse_corpus() -> list[Analysis]:
    resources = load_resources()
    corpus = shared_dir() / "corpus"
    documents, _ = api.read_documents(
        [str(corpus / "voa" / "voa_stories.jsonl"), str(corpus / "seeds")], resources
    )
    return list(get_runner("local")(list(dedupe(documents)), resources))


def _renamed(record_id: str, k: int) -> str:
    return hashlib.sha256(f"{record_id}:copy{k}".encode()).hexdigest()[:16]


def copy_of(analysis: Analysis, k: int) -> Analysis:
    """The same analysis under a new document id (and new record ids): one more document for the store."""
    if k == 0:
        return analysis
    doc_id = _renamed(analysis.document.id, k)
    uri = f"{analysis.document.source_uri}#copy{k}"
    return analysis.model_copy(
        update={
            "document": analysis.document.model_copy(update={"id": doc_id, "source_uri": uri}),
            "events": [
                e.model_copy(update={"id": _renamed(e.id, k), "doc_id": doc_id, "source_uri": uri})
                for e in analysis.events
            ],
            "facts": [
                f.model_copy(update={"id": _renamed(f.id, k), "doc_id": doc_id, "source_uri": uri})
                for f in analysis.facts
            ],
            "claims": [c.model_copy(update={"doc_id": doc_id, "source_uri": uri}) for c in analysis.claims],
        }
    )


def fill(location: str, analyses: list[Analysis], copies: int) -> int:
    from bilat.reconcile import reconcile_store

    with open_store(location) as store:
        for k in range(copies):
            for analysis in analyses:
                store.add_analysis(copy_of(analysis, k))
        reconcile_store(store)
        return len(store.documents())


def busiest_dyad(location: str) -> tuple[str, str]:
    with open_store(location) as store:
        pairs = Counter(
            tuple(sorted((e.source.country, e.target.country)))
            for e in store.events()
            if e.target and e.source.country and e.target.country and e.source.country != e.target.country
        )
    return pairs.most_common(1)[0][0] if pairs else ("USA", "CHN")


def measure(base: str, path: str, n: int) -> tuple[float, float]:
    with httpx.Client(base_url=base, timeout=60) as client:
        client.get(path).raise_for_status()  # warm up
        times = []
        for _ in range(n):
            start = time.perf_counter()
            client.get(path).raise_for_status()
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * len(times)) - 1)]


def serve(location: str):
    import uvicorn
    from tests.pg_server import free_port

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(open_store(location)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def run(name: str, location: str, analyses: list[Analysis], copies: int, n: int, query: str) -> None:
    documents = fill(location, analyses, copies)
    a, b = busiest_dyad(location)
    server, thread, base = serve(location)
    try:
        print(f"{name}.documents: {documents}")
        print(f"{name}.timeline.dyad: {a}-{b}")
        for page, path in (("timeline", f"/dyad/{a}/{b}"), ("search", f"/search?q={query}")):
            median, p95 = measure(base, path, n)
            print(f"{name}.{page}.median_ms: {median:.1f}")
            print(f"{name}.{page}.p95_ms: {p95:.1f}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--query", default="ceasefire")
    parser.add_argument("--postgres", help="an empty database on a running server (default: start one)")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    analyses = analyse_corpus()
    print(f"analysed_documents: {len(analyses)}")
    print(f"requests_per_page: {args.requests}")
    with tempfile.TemporaryDirectory() as tmp:
        run("sqlite", str(Path(tmp) / "bench.db"), analyses, args.copies, args.requests, args.query)
    if args.no_postgres:
        return
    from tests.pg_server import ServerUnavailable, postgres_server

    try:
        with nullcontext(args.postgres) if args.postgres else postgres_server("bilat_bench") as url:
            run("postgresql", url, analyses, args.copies, args.requests, args.query)
    except ServerUnavailable as error:
        print(f"postgresql: skipped ({error})")


if __name__ == "__main__":
    main()
