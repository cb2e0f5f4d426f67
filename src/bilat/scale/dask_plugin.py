"""A Dask worker plugin that builds the worker's ``Pipeline`` when the worker starts or joins the
cluster, so the model is loaded once per worker before its first task instead of inside it. Kept apart
from ``runners`` so that importing bilat never imports distributed."""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class LoadPipeline(WorkerPlugin):
    name = "bilat-pipeline"

    def __init__(self, root: str | None) -> None:
        self.root = root

    def setup(self, worker) -> None:
        from bilat.scale.runners import worker_pipeline

        worker_pipeline(worker, self.root)
