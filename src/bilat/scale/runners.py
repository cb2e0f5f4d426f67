"""Runners by name: ``local`` (this process), ``pool`` (processes on this machine), ``dask`` (a Dask
cluster: an existing one at ``tcp://host:port``, or a local one made for the build).

Documents stream to the workers in small chunks with a bounded number of chunks in flight, so a corpus
larger than memory passes through; results come back in input order, so the store a build writes does
not depend on which worker finished first.

The pool loads the ``Pipeline`` once, in this process, and forks its workers from it where the platform
can fork: they share the model's memory pages (copy on write) instead of each loading and holding its own
copy. Elsewhere, and on Dask, each worker builds its own ``Pipeline`` once and keeps it in worker-local
state (a Dask worker plugin builds it when the worker starts, before its first task).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol, TypeVar

from bilat.models import Analysis, Document, IngestError
from bilat.pipeline import BATCH, Pipeline
from bilat.resources import DEFAULT_ROOT, Resources, load_resources

# Documents per task: one nlp.pipe batch (``bilat.pipeline.BATCH``). Batches of 4 or 8 cost the model
# about 10% more CPU per word than 16 (measured on the VOA stories); 16 still keeps two workers even.
CHUNK = BATCH
IN_FLIGHT = 2  # chunks queued per worker: keeps every worker busy while results are written

T = TypeVar("T")
Result = Analysis | IngestError  # a document that breaks analysis is one error, never the end of a build


class Runner(Protocol):
    def __call__(self, documents: Iterable[Document], resources: Resources) -> Iterator[Result]: ...


def chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def even_tail_chunks(items: Iterable[T], size: int, parts: int) -> Iterator[list[T]]:
    """Chunks of ``size``, except the last ``parts * size`` documents or fewer, split into ``parts``
    near-equal chunks: with ``parts`` workers the last ones then finish together instead of one idling
    while another analyses a whole chunk (up to a chunk's time, about 3 s of 16 stories, at the end of
    every build). Reads ``parts`` chunks ahead to know where the input ends."""
    iterator = iter(items)
    ahead = size * (parts + 1)
    buffer = list(islice(iterator, ahead))
    while len(buffer) == ahead:  # not yet the end: more may follow
        yield buffer[:size]
        buffer = buffer[size:] + list(islice(iterator, size))
    while len(buffer) > size * parts:
        yield buffer[:size]
        buffer = buffer[size:]
    parts = min(parts, len(buffer))
    for part in range(parts):
        if chunk := buffer[len(buffer) * part // parts : len(buffer) * (part + 1) // parts]:
            yield chunk


def run_local(documents: Iterable[Document], resources: Resources, **_: Any) -> Iterator[Result]:
    pipeline = Pipeline(resources)
    for chunk in chunks(documents, CHUNK * 2):  # two batches per call
        yield from pipeline.analyze_many(chunk)


def _resource_root(resources: Resources) -> str | None:
    """None when the resources are the installed package's: a worker on another machine then uses its
    own installation's copy instead of a path that exists only here."""
    return None if resources.root.resolve() == DEFAULT_ROOT.resolve() else str(resources.root)


def _in_order(
    submit: Callable[[list[Document]], Any], documents: Iterable[Document], workers: int
) -> Iterator[Result]:
    """Submit chunks keeping at most ``IN_FLIGHT`` per worker in flight; yield each chunk's result in
    input order."""
    window = workers * IN_FLIGHT
    queue: deque = deque()
    for chunk in even_tail_chunks(documents, CHUNK, workers):
        queue.append(submit(chunk))
        if len(queue) >= window:
            yield from queue.popleft().result()
    while queue:
        yield from queue.popleft().result()


@dataclass
class _WorkerState:
    pipeline: Pipeline | None = None


_state = _WorkerState()  # one per pool worker process, filled by its initializer


# A short text of our own that passes every stage: analysing it loads the resources each stage reads on
# first use (patterns, codebook, gazetteer, time rules), so that cost is paid once before the fork, not
# again in every worker's first task.
WARM_UP = Document(
    id="warm-up",
    source_uri="bilat:warm-up",
    published="2020-03-02",
    text=(
        "ARDENIA, March 2 (Wire) — Ardenian Foreign Minister Lena Holt met her Borovian counterpart on "
        "Monday and said the two states would reopen their embassies. Borovia expelled 12 diplomats "
        "last year and cut $40 million in aid."
    ),
)


def warmed(pipeline: Pipeline) -> Pipeline:
    """``pipeline`` once it has analysed ``WARM_UP``: its lazily loaded resources are in memory."""
    pipeline.analyze_or_fail(WARM_UP)
    return pipeline


def _init_worker(root: str | None) -> None:
    _state.pipeline = warmed(Pipeline(load_resources(root)))


def _analyze_in_worker(chunk: list[Document]) -> list[Result]:
    assert _state.pipeline is not None, "worker not initialised"
    return list(_state.pipeline.analyze_many(chunk))


def run_pool(
    documents: Iterable[Document], resources: Resources, workers: int | None = None, **_: Any
) -> Iterator[Result]:
    workers = workers or max(1, os.cpu_count() or 2)
    if "fork" not in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(_resource_root(resources),)
        ) as pool:
            yield from _in_order(lambda c: pool.submit(_analyze_in_worker, c), documents, workers)
        return
    # Loaded before the fork: every worker starts with the model and the resources in memory it shares
    # with this process.
    _state.pipeline = warmed(Pipeline(resources))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from _in_order(lambda c: pool.submit(_analyze_in_worker, c), documents, workers)
    finally:
        _state.pipeline = None


def worker_pipeline(worker, root: str | None) -> Pipeline:
    """The Dask worker's own ``Pipeline``, built on first use (``bilat.scale.dask_plugin`` builds it when
    the worker starts)."""
    pipeline = getattr(worker, "_bilat_pipeline", None)
    if pipeline is None:
        # A worker of a LocalCluster forked from the process that made it inherits that process's pipeline.
        pipeline = _state.pipeline or warmed(Pipeline(load_resources(root)))
        worker._bilat_pipeline = pipeline
    return pipeline


def _dask_analyze(chunk: list[Document], root: str | None) -> list[Result]:
    from distributed import get_worker

    return list(worker_pipeline(get_worker(), root).analyze_many(chunk))


def run_dask(
    documents: Iterable[Document],
    resources: Resources,
    address: str | None = None,
    workers: int | None = None,
    **_: Any,
) -> Iterator[Result]:
    """Analyse on the Dask cluster at ``address`` (``tcp://host:8786``), or on a LocalCluster of
    ``workers`` processes made for this call when None."""
    from distributed import Client

    from bilat.scale.dask_plugin import LoadPipeline

    cluster = None
    if address is None:
        cluster = _local_cluster(resources, workers or 2)
        address = cluster.scheduler_address
    try:
        # The results of a LocalCluster's workers come straight to this process, not relayed through the
        # scheduler, which shares this process and its two cores with them. A cluster of the user's keeps
        # Dask's default: the client may not reach its workers' addresses.
        with Client(address, direct_to_workers=cluster is not None) as client:
            slots = sum(client.nthreads().values()) or 1
            root = _resource_root(resources)
            client.register_plugin(LoadPipeline(root))
            yield from _in_order(
                lambda c: client.submit(_dask_analyze, c, root, pure=False),
                documents,
                slots,
            )
    finally:
        if cluster is not None:
            cluster.close()
            _state.pipeline = None


# A LocalCluster's workers made the way the pool's are: forked from this process once it holds a warmed
# pipeline, instead of spawned fresh (each importing spaCy and bilat and loading the model and every
# resource before its first task: most of the wall time of a build of a few hundred stories on two
# workers). Dask's sampling profiler is off in them: it walks the running task's stack a hundred times
# a second, about a tenth of a worker's CPU on bilat's deep call stacks, for a dashboard no build shows.
# Their event loop's blocked-loop tick (every 20 ms) and system monitor (every 0.5 s) are slowed too: each
# wakes a thread that takes the GIL from the analysing one (with the even tail below, 3% of the wall time
# of two workers on the 89 VOA stories) for diagnostics no build reads. Their memory is polled once a second
# instead of ten times (by each worker and again by its nanny in this process): a build's worker grows by
# the few megabytes of a batch, and the nanny still stops one that runs away.
LOCAL_WORKERS = {
    "distributed.worker.multiprocessing-method": "fork",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def _local_cluster(resources: Resources, workers: int):
    import dask
    from distributed import LocalCluster

    config = dict(LOCAL_WORKERS)
    if "fork" in multiprocessing.get_all_start_methods():
        _state.pipeline = warmed(Pipeline(resources))
    else:
        config.pop("distributed.worker.multiprocessing-method")
    with dask.config.set(config):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")


RUNNERS: dict[str, Callable[..., Iterator[Result]]] = {
    "local": run_local,
    "pool": run_pool,
    "dask": run_dask,
}


def get_runner(name: str) -> Callable[..., Iterator[Result]]:
    try:
        return RUNNERS[name]
    except KeyError:
        raise ValueError(f"unknown runner {name!r}; choose one of {', '.join(RUNNERS)}") from None
