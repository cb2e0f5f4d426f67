"""The public Python API: what the CLI, the web app and users' scripts call.

Every function takes a store location (a path, ``sqlite:///…`` or ``postgresql://…``) or an open ``Store``
and returns bilat records or plain dicts. Nothing here prints; long work reports through ``progress``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bilat.ingest import dedupe, read_sources, to_document
from bilat.ingest.batch import Reading, clean_item, read_all
from bilat.models import Actor, Analysis, Answer, Conflict, Document, Event, Fact, IngestError, RawDocument
from bilat.resources import Resources, load_resources
from bilat.store import Store, open_store

DEFAULT_STORE = "bilat.db"
Progress = Callable[[int, int, str], None]  # (done, total, label)
StoreLike = Store | str | Path


@dataclass
class BuildReport:
    added: int = 0
    skipped: int = 0
    failed: list[IngestError] = field(default_factory=list)
    documents: int = 0
    events: int = 0
    facts: int = 0
    duplicates: int = 0  # inputs whose text is a copy of another input's: read, then dropped
    warnings: list[IngestError] = field(default_factory=list)  # read, but not quite as written
    reconcile_error: str | None = None  # the documents are stored; the next build reconciles them

    @property
    def ok(self) -> bool:
        return not self.failed and self.reconcile_error is None


@contextmanager
def _opened(store: StoreLike, *, create: bool = False):
    """An open store; only the writing functions (``create=True``) may make a new one, so a mistyped
    ``--store`` on a read is one error line, not an empty file left behind."""
    if isinstance(store, Store):
        yield store
    else:
        opened = open_store(store, create=create)
        try:
            yield opened
        finally:
            opened.close()


def read(sources: Iterable[str], resources: Resources, published: str | None = None) -> Reading:
    """Read and clean every source without analysing: documents (each text once), one error per bad
    input, the copies dropped, warnings for inputs read with repairs (``bilat.ingest.batch``)."""
    return read_all(sources, resources, published=published)


def read_documents(
    sources: Iterable[str], resources: Resources, published: str | None = None
) -> tuple[list[Document], list[IngestError]]:
    """Read and clean every source; the documents (duplicates dropped) and one error per bad input."""
    reading = read(sources, resources, published)
    return reading.documents, reading.errors


def build(
    sources: Iterable[str],
    store: StoreLike = DEFAULT_STORE,
    *,
    published: str | None = None,
    progress: Progress | None = None,
    runner: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch: int = 32,
    resources: Resources | None = None,
) -> BuildReport:
    """Ingest, analyse, store and reconcile, streaming: documents are read, analysed and committed in
    bounded batches, so a corpus larger than memory builds. ``workers`` > 1 analyses in that many
    processes; ``scheduler`` (``tcp://host:8786``) on an existing Dask cluster. A document already stored
    is skipped, and everything analysed is committed even when the build is interrupted, so a rerun
    resumes; documents a failed reconcile left pending are reconciled by the next build. A bad input, or one
    whose analysis breaks, is one entry of ``failed``: the build goes on."""
    from bilat.reconcile import reconcile_store
    from bilat.reconcile.incremental import ReconcileError
    from bilat.scale import get_runner
    from bilat.scale.writer import write_all

    resources = resources or load_resources()
    sources = list(sources)  # read twice: counted for the progress bar, then streamed
    name = "dask" if scheduler else ("pool" if runner == "local" and workers > 1 else runner)
    run = get_runner(name)
    report = BuildReport()
    total = _count_inputs(sources)
    done = 0

    def step(label: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, label)

    with _opened(store, create=True) as opened:
        if progress:
            progress(0, total, "analysing")
        todo = _stream_documents(sources, resources, published, opened, report, step)
        # One worker asked of a pool or a local cluster means "the runner's default" (the cores here).
        analyses = run(todo, resources, workers=workers if workers > 1 else None, address=scheduler)
        written = write_all(analyses, opened, batch=batch, on_document=step)
        report.added, report.events, report.facts = written.added, written.events, written.facts
        report.failed += written.failed
        report.warnings += written.warnings
        try:
            reconcile_store(opened)
        except ReconcileError as error:
            report.reconcile_error = str(error)
    if progress and total is not None:
        progress(total, total, "done")  # duplicates dropped on the way are never counted one by one
    return report


def _count_inputs(sources: list[str]) -> int | None:
    """How many articles the sources hold, for the progress bar's time left: counted by reading local
    files once more (cheap beside analysing them); unknown for standard input and web addresses."""
    if any(s == "-" or s.startswith(("http://", "https://")) for s in sources):
        return None
    return sum(1 for item in read_sources(sources) if not isinstance(item, IngestError))


def _stream_documents(sources, resources, published, store, report: BuildReport, step):
    """Cleaned, de-duplicated documents not yet stored, one at a time; bad inputs, copies and stored ones
    are counted in ``report`` (and advance the progress) without being held."""
    reading = Reading(errors=report.failed, warnings=report.warnings)
    cleaned = 0

    def documents():
        nonlocal cleaned
        for item in read_sources(sources):
            document = clean_item(item, resources, published, reading)
            if document is None:
                if not isinstance(item, IngestError):  # the progress counts readable articles only
                    step(item.source_uri)
                continue
            cleaned += 1
            yield document

    for document in dedupe(documents()):
        report.documents += 1
        report.duplicates = cleaned - report.documents
        if store.has_document(document.id):
            report.skipped += 1
            step(document.source_uri)
            continue
        yield document
    report.duplicates = cleaned - report.documents


def _names_a_file(source: str) -> bool:
    """Whether a one-line source is an existing path; a long sentence is too long a name for the OS."""
    try:
        return Path(source).exists()
    except (OSError, ValueError):
        return False


def annotate(source: str, *, published: str | None = None, resources: Resources | None = None) -> Analysis:
    """Analyse one document without a store: a path, ``-`` for standard input, or the text itself."""
    from bilat.pipeline import Pipeline

    resources = resources or load_resources()
    if source == "-":
        raw = RawDocument(source_uri="<stdin>", text=sys.stdin.read())
    elif "\n" not in source and _names_a_file(source):
        items = list(read_sources([source]))
        bad = [i for i in items if isinstance(i, IngestError)]
        if bad:
            raise ValueError(f"{bad[0].source_uri}: {bad[0].message}")
        raw = items[0]
    elif "\n" not in source and len(source) < 300 and ("/" in source or source.endswith(".txt")):
        raise ValueError(f"{source}: no such file or directory")
    else:
        raw = RawDocument(source_uri="<text>", text=source)
    if not raw.text.strip():
        raise ValueError(f"{raw.source_uri}: empty document")
    from bilat.ingest.readers import MAX_TEXT_CHARS

    if len(raw.text) > MAX_TEXT_CHARS:
        raise ValueError(
            f"{raw.source_uri}: too long: {len(raw.text):,} characters (at most {MAX_TEXT_CHARS:,})"
        )
    return Pipeline(resources).analyze(to_document(raw, resources, published=published))


def list_documents(store: StoreLike = DEFAULT_STORE) -> list[dict]:
    with _opened(store) as opened:
        counts = opened.counts()
        return [
            {
                "id": d.id,
                "source_uri": d.source_uri,
                "published": d.published,
                "published_how": d.published_how,
                "outlet": d.outlet,
                "author": d.author,
                "title": d.title,
                "encoding": d.encoding,
                "encoding_how": d.encoding_how,
                "events": counts.get(d.id, {}).get("events", 0),
                "facts": counts.get(d.id, {}).get("facts", 0),
            }
            for d in opened.documents()
        ]


def list_events(store: StoreLike = DEFAULT_STORE, **filters) -> list[Event]:
    with _opened(store) as opened:
        return opened.events(**{k: v for k, v in filters.items() if v})


def list_actors(
    store: StoreLike = DEFAULT_STORE, country: str | None = None, kind: str | None = None
) -> list[Actor]:
    with _opened(store) as opened:
        return opened.actors(country=country, kind=kind)


def list_facts(store: StoreLike = DEFAULT_STORE, **filters) -> list[Fact]:
    with _opened(store) as opened:
        return opened.facts(**{k: v for k, v in filters.items() if v})


def timeline(a: str, b: str, store: StoreLike = DEFAULT_STORE, window: int = 5) -> list[dict]:
    """The dyad's events and facts in date order (undated last), with a moving Goldstein average."""
    with _opened(store) as opened:
        # Rows read from the fields they show: parsing every record was most of a busy dyad's time.
        events, facts = opened.timeline_rows((a, b))
    rows = events + facts
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["kind"]))
    scores: list[float] = []
    for row in rows:
        if row["goldstein"] is not None and row["date"]:
            scores.append(row["goldstein"])
        recent = scores[-window:]
        row["trend"] = round(sum(recent) / len(recent), 2) if recent and row["date"] else None
    return rows


# --- facts, conflicts, ask, reconcile ---


def list_conflicts(store: StoreLike = DEFAULT_STORE) -> list[Conflict]:
    with _opened(store) as opened:
        return opened.conflicts()


def ask(question: str, store: StoreLike = DEFAULT_STORE, *, resources: Resources | None = None) -> Answer:
    """An answer from the store's events and facts (``evidence="record"``) or, when they are silent, from
    one stored sentence (``evidence="text"``), with the evidence it rests on and a confidence."""
    from bilat.ask import open_asker

    resources = resources or load_resources()
    with _opened(store) as opened:
        return open_asker(opened, resources).answer(question)


# --- search, export, report, serve ---


def search(
    query: str,
    store: StoreLike = DEFAULT_STORE,
    *,
    actor: str | None = None,
    between: tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    code: str | None = None,
    limit: int = 20,
) -> list:
    """Ranked full-text hits over sentences (``SearchHit``, snippet with matches in [brackets])."""
    from bilat.serve import queries

    with _opened(store) as opened:
        return queries.search(
            opened, query, actor=actor, between=between, since=since, until=until, code=code, limit=limit
        )


def export(
    out: str | Path,
    store: StoreLike = DEFAULT_STORE,
    *,
    format: str = "csv",
    table: str = "events",
    between: tuple[str, str] | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    code: str | None = None,
) -> int:
    """Write one table of the store (events, facts, documents, actors) to ``out``; the rows written.
    ``format`` is csv, jsonl, json, parquet, gdelt (events only) or a versioned exporter name."""
    from bilat.serve import export as exports

    exporter = exports.get_exporter(format)
    with _opened(store) as opened:
        if table == "events":
            records: list = opened.events(between=between, actor=actor, since=since, until=until, code=code)
        elif table == "facts":
            records = opened.facts(between=between)
            records = [
                f
                for f in records
                if (not since or (f.period_start or "") >= since)
                and (not until or (f.period_start or "") <= until + "\uffff")
            ]
        elif table == "documents":
            records = opened.documents()
        elif table == "actors":
            records = opened.actors()
        else:
            raise ValueError(f"unknown table {table!r} (events, facts, documents, actors)")
    return exports.write(exporter, table, records, Path(out))


def report(
    out: str | Path, a: str | None = None, b: str | None = None, store: StoreLike = DEFAULT_STORE
) -> Path:
    """Write the dyad's timeline, events, facts and evidence as one self-contained HTML file; without
    ``a`` and ``b``, the store's busiest country pair (``ValueError`` when it has none)."""
    from bilat.serve import queries
    from bilat.serve.report import render_report

    with _opened(store) as opened:
        if not (a and b):
            busiest = queries.busiest_dyad(opened)
            if busiest is None:
                raise ValueError("the store has no events between two countries; give --between A B")
            a, b = busiest
        data = queries.dyad(opened, a, b)
    path = Path(out)
    path.write_text(render_report(data), encoding="utf-8")
    return path


def add_text(
    text: str,
    store: StoreLike = DEFAULT_STORE,
    *,
    source_uri: str = "<web>",
    published: str | None = None,
    resources: Resources | None = None,
    pipeline=None,
) -> BuildReport:
    """Analyse one text and store it (what the web app's POST /api/build does); skipped if stored."""
    from bilat.pipeline import Pipeline
    from bilat.reconcile import reconcile_store

    resources = resources or load_resources()
    document = to_document(RawDocument(source_uri=source_uri, text=text), resources, published=published)
    report = BuildReport(documents=1)
    with _opened(store, create=True) as opened:
        if opened.has_document(document.id):
            report.skipped = 1
            return report
        analysis = (pipeline or Pipeline(resources)).analyze(document)
        if opened.add_analysis(analysis):
            report.added, report.events, report.facts = 1, len(analysis.events), len(analysis.facts)
            reconcile_store(opened)
        else:
            report.skipped = 1
    return report


class Writer:
    """Analyses and stores one text at a time over one open store (what the web app's POST /api/build
    calls): the pipeline is made on the first text, then reused."""

    def __init__(self, store: Store, resources: Resources | None = None) -> None:
        self.store = store
        self.resources = resources or load_resources()
        self.pipeline = None

    def __call__(self, text: str, *, source_uri: str = "<web>", published: str | None = None) -> BuildReport:
        from bilat.pipeline import Pipeline

        if self.pipeline is None:
            self.pipeline = Pipeline(self.resources)
        return add_text(
            text,
            self.store,
            source_uri=source_uri,
            published=published,
            resources=self.resources,
            pipeline=self.pipeline,
        )
