"""Growth: writing and reconciling 1,000 and 10,000 documents, then query latency at 10,000 and 100,000
events, printed one figure per line; nothing is asserted.

    python benchmarks/growth.py [--documents 1000,10000] [--events 10000,100000] [--queries 20] [--keep DIR]
                                [--wrap YEARS]

``--keep DIR`` builds the stores (and the analyses) in DIR and reuses a store found there, so queries can be
measured again on the same store without its build (delete DIR after an interrupted build).

The VOA stories (../shared/corpus/voa) are analysed once (their analysis speed is printed); the stores are
then filled with copies of those analyses under distinct document ids and shifted dates, through the build's
own writer (batched commits) and reconcile, each size in a fresh process so its peak memory is its own.
``--wrap`` sets over how many years the copies are spread (25 by default: a larger store is more reports of
the same days; 0: each copy of a story in a year of its own, a larger store is more years of news at the
same density). Analysis cost per document does not depend on the store, so the build's documents/second at
each size follows from the analysis rate and the write and reconcile rates printed here. Latency: median and
p95 of ``timeline``, ``search``, ``events --between`` and ``ask`` (the API the CLI calls; ``ask`` with the
model loaded once), wall clock and CPU, for the busiest dyad of consultations (04) and, for ``timeline`` and
``events --between``, the dyad with the most events of any kind, with SQLite's query plan of every statement
they run (SCAN = reads a whole table, SEARCH = uses an index).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bilat import api
from bilat.models import Analysis
from bilat.resources import load_resources
from bilat.store import open_store

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = ["When did the United States meet Russia?", "How many people were killed in Pakistan?"]


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def analyse(path: Path) -> None:
    from bilat.scale import get_runner

    resources = load_resources()
    documents, _ = api.read_documents([str(shared_dir() / "corpus" / "voa" / "voa_stories.jsonl")], resources)
    started = time.perf_counter()
    with path.open("w", encoding="utf-8") as out:
        for analysis in get_runner("local")(documents, resources):
            out.write(analysis.model_dump_json() + "\n")
    seconds = time.perf_counter() - started
    print(f"analysis.documents: {len(documents)}")
    print(f"analysis.documents_per_second: {len(documents) / seconds:.2f}")


def _renamed(record_id: str, k: int) -> str:
    return hashlib.sha256(f"{record_id}:copy{k}".encode()).hexdigest()[:16]


def _shift(date: str | None, years: int) -> str | None:
    return f"{int(date[:4]) - years:04d}{date[4:]}" if date and date[:4].isdigit() else date


def copy_of(analysis: Analysis, k: int, wrap: int = 25) -> Analysis:
    """The same analysis as another document: new ids, its dates and its figures' periods moved back
    k % wrap years (k years when wrap is 0)."""
    doc_id, years = _renamed(analysis.document.id, k), (k % wrap if wrap else k)
    uri = f"{analysis.document.source_uri}#copy{k}"
    document = analysis.document.model_copy(
        update={"id": doc_id, "source_uri": uri, "published": _shift(analysis.document.published, years)}
    )
    return analysis.model_copy(
        update={
            "document": document,
            "events": [
                e.model_copy(
                    update={
                        "id": _renamed(e.id, k),
                        "doc_id": doc_id,
                        "source_uri": uri,
                        "date": _shift(e.date, years),
                    }
                )
                for e in analysis.events
            ],
            "facts": [
                f.model_copy(
                    update={
                        "id": _renamed(f.id, k),
                        "doc_id": doc_id,
                        "source_uri": uri,
                        # A story moved back k years tells of figures k years older, as its events are.
                        "period_start": _shift(f.period_start, years),
                        "period_end": _shift(f.period_end, years),
                    }
                )
                for f in analysis.facts
            ],
            "claims": [c.model_copy(update={"doc_id": doc_id, "source_uri": uri}) for c in analysis.claims],
        }
    )


def copies(analyses: list[Analysis], start: int, count: int, wrap: int = 25):
    for n in range(start, start + count):
        yield copy_of(analyses[n % len(analyses)], n // len(analyses), wrap)


def fill(store_path: Path, source: Path, documents: int, label: str, wrap: int = 25) -> None:
    """One size, in this (fresh) process: write, reconcile, then reconcile a further 100 added documents."""
    from bilat.reconcile import reconcile_store
    from bilat.scale.writer import write_all

    analyses = [Analysis.model_validate_json(line) for line in source.open(encoding="utf-8")]
    with open_store(store_path) as store:
        started = time.perf_counter()
        written = write_all(copies(analyses, 0, documents, wrap), store, batch=64)
        write_seconds = time.perf_counter() - started
        started = time.perf_counter()
        reconcile_store(store)
        reconcile_seconds = time.perf_counter() - started
        more = 100
        write_all(copies(analyses, documents, more, wrap), store, batch=64)
        started, started_cpu = time.perf_counter(), time.process_time()
        reconcile_store(store)
        added_seconds = time.perf_counter() - started
        added_cpu = time.process_time() - started_cpu
    size = sum(f.stat().st_size for f in store_path.parent.glob(store_path.name + "*"))
    peak = peak_rss_mb()
    print(f"{label}.documents: {documents}")
    print(f"{label}.events: {written.events}")
    print(f"{label}.write_documents_per_second: {documents / write_seconds:.0f}")
    print(f"{label}.reconcile_ms_per_document: {1000 * reconcile_seconds / documents:.2f}")
    print(f"{label}.reconcile_ms_per_added_document (100 more): {1000 * added_seconds / more:.2f}")
    print(f"{label}.reconcile_cpu_ms_per_added_document (100 more): {1000 * added_cpu / more:.2f}")
    print(f"{label}.store_mb: {size / 1e6:.1f}")
    print(f"{label}.peak_rss_mb: {peak:.0f}")


def peak_rss_mb() -> float:
    """This process's own peak: VmHWM belongs to its address space, where ru_maxrss of a spawned child
    can carry its parent's peak over the exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(call, n: int) -> tuple[float, float, float, float]:
    """Median and p95 wall-clock ms, and median and p95 CPU ms (steadier on a machine shared with other
    work)."""
    call()  # warm: the first call opens files and fills caches
    times, cpu = [], []
    for _ in range(n):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    times.sort()
    cpu.sort()
    return statistics.median(times), _p95(times), statistics.median(cpu), _p95(cpu)


def _p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def _plans(store_path: str, call) -> list[str]:
    """SQLite's plan for every statement ``call`` runs (each once)."""
    from sqlalchemy import event

    store = open_store(store_path)
    statements: list[tuple[str, tuple | dict]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and statement not in [s for s, _ in statements]:
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    call(store)
    event.remove(store.engine, "before_cursor_execute", record)
    lines = []
    with store.engine.connect() as conn:
        for statement, parameters in statements:
            raw = conn.connection.driver_connection
            rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            first = " ".join(statement.split())[:70]
            lines.append(f"  {first} -> " + "; ".join(r[-1] for r in rows))
    store.close()
    return lines


def latency(store_path: Path, label: str, n: int) -> None:
    location = str(store_path)
    with open_store(location) as store:
        pairs = Counter(
            tuple(sorted((e.source.country, e.target.country)))
            for e in store.events(code="04")
            if e.target and e.source.country and e.target.country and e.source.country != e.target.country
        )
        # The dyad with the most events of any kind: the heaviest timeline the store can be asked for.
        totals = store.dyad_totals()
    a, b = pairs.most_common(1)[0][0] if pairs else ("USA", "RUS")
    c, d = max(totals, key=lambda pair: totals[pair][0]) if totals else (a, b)
    from bilat.ask import Asker
    from bilat.nlp.pipeline import build_nlp

    resources = load_resources()
    # The model is loaded once, as a server or a session asking many questions does (``api.ask`` alone
    # loads it on each call: seconds, not a query cost).
    nlp = build_nlp(resources)
    queries = {
        "timeline": lambda s: api.timeline(a, b, s),
        "search": lambda s: api.search("ceasefire talks", s),
        "events_between": lambda s: api.list_events(s, between=(a, b)),
        "ask": lambda s: Asker(s, resources, nlp).answer(QUESTIONS[0]),
        "timeline_busiest": lambda s: api.timeline(c, d, s),
        "events_between_busiest": lambda s: api.list_events(s, between=(c, d)),
    }
    print(f"{label}.dyad: {a}-{b}")
    print(f"{label}.busiest_dyad: {c}-{d}")
    with open_store(location) as store:
        print(f"{label}.events_between_rows: {len(api.list_events(store, between=(a, b)))}")
        print(f"{label}.timeline_rows: {len(api.timeline(a, b, store))}")
        print(f"{label}.busiest_timeline_rows: {len(api.timeline(c, d, store))}")
        for name, call in queries.items():
            median, p95, cpu, cpu95 = _timed(lambda c=call: c(store), n if name != "ask" else max(3, n // 4))
            cpu_text = f"CPU median {cpu:.1f}, p95 {cpu95:.1f}"
            print(f"{label}.{name}_ms: median {median:.1f}, p95 {p95:.1f} ({cpu_text})")
    for name, call in queries.items():
        if name.endswith("_busiest"):
            continue  # the same statements as the dyad above
        print(f"{label}.{name}.plan:")
        for line in _plans(location, call):
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", default="1000,10000")
    parser.add_argument("--events", default="10000,100000")
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--analyses", help="keep the VOA analyses in this JSONL file (reused when present)")
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="build the stores in DIR and keep them; a store already there is reused (latency only)",
    )
    parser.add_argument(
        "--wrap",
        type=int,
        default=25,
        help="copies spread over this many years (0: each copy of a story a year of its own, so a larger "
        "store holds more years of news at the same density rather than more reports of the same days)",
    )
    parser.add_argument(
        "--fill", nargs=4, metavar=("STORE", "ANALYSES", "DOCUMENTS", "WRAP"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.fill:
        store, source, documents, wrap = args.fill
        fill(Path(store), Path(source), int(documents), f"build_{documents}", int(wrap))
        return
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        Path(tmp).mkdir(parents=True, exist_ok=True)
        source = Path(args.analyses) if args.analyses else Path(tmp) / "analyses.jsonl"
        if not source.exists():
            analyse(source)
        per_doc = sum(len(json.loads(line)["events"]) for line in source.open()) / sum(
            1 for _ in source.open()
        )
        measured = [round(int(e) / per_doc) for e in args.events.split(",") if e]
        sizes = [int(x) for x in args.documents.split(",") if x] + measured
        for documents in sizes:
            store = Path(tmp) / (
                f"growth_{documents}.db" if args.wrap == 25 else f"growth_{documents}_w{args.wrap}.db"
            )
            if not (args.keep and store.exists()):
                # A fresh process per size: its peak memory is this size's alone.
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--fill",
                        str(store),
                        str(source),
                        str(documents),
                        str(args.wrap),
                    ],
                    check=True,
                )
            with sqlite3.connect(store) as conn:
                (events,) = conn.execute("select count(*) from events").fetchone()
            if documents in measured:
                latency(store, f"latency_{events}_events", args.queries)


if __name__ == "__main__":
    main()
