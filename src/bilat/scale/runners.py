"""Runners by name: ``local`` (this process), ``pool`` (processes on this machine), ``dask`` (a cluster).

Each worker builds its own ``Pipeline`` once (spaCy models are not shared across processes) and keeps it
in worker-local state, never in a module global.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from bilat.models import Analysis, Document, IngestError
from bilat.pipeline import Pipeline
from bilat.resources import Resources, load_resources

Result = Analysis | IngestError  # a document that breaks analysis is one error, never the end of a build


class Runner(Protocol):
    def __call__(self, documents: Iterable[Document], resources: Resources) -> Iterator[Result]: ...


def run_local(documents: Iterable[Document], resources: Resources) -> Iterator[Result]:
    pipeline = Pipeline(resources)
    for document in documents:
        yield pipeline.analyze_or_fail(document)


@dataclass
class _WorkerState:
    pipeline: Pipeline | None = None


_state = _WorkerState()  # one per worker process, filled by the pool initializer


def _init_worker(root: str) -> None:
    _state.pipeline = Pipeline(load_resources(root))


def _analyze_in_worker(document: Document) -> Result:
    assert _state.pipeline is not None, "worker not initialised"
    return _state.pipeline.analyze_or_fail(document)


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run_pool(
    documents: Iterable[Document], resources: Resources, workers: int | None = None
) -> Iterator[Result]:
    workers = workers or max(1, (os.cpu_count() or 2))
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(str(resources.root),)
    ) as pool:
        # Batches bound memory: a corpus larger than RAM streams through the pool.
        for batch in _batches(documents, workers * 8):
            yield from pool.map(_analyze_in_worker, batch, chunksize=2)


def _dask_analyze(document: Document, root: str) -> Result:
    from distributed import get_worker

    worker = get_worker()
    pipeline = getattr(worker, "_bilat_pipeline", None)
    if pipeline is None:
        pipeline = Pipeline(load_resources(root))
        worker._bilat_pipeline = pipeline
    return pipeline.analyze_or_fail(document)


def run_dask(
    documents: Iterable[Document], resources: Resources, address: str | None = None, workers: int = 2
) -> Iterator[Result]:
    """Analyse on a Dask cluster at ``address`` (``tcp://host:8786``), or on a local one when None."""
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if address is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        address = cluster.scheduler_address
    try:
        with Client(address) as client:
            root = str(resources.root)
            for batch in _batches(documents, 64):
                futures = client.map(_dask_analyze, batch, root=root, pure=False)
                for future in as_completed(futures):
                    yield future.result()
    finally:
        if cluster is not None:
            cluster.close()


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
