"""Run the per-document pipeline in one process, a process pool or a Dask cluster.

Analysis is a pure function of a ``Document`` plus read-only resources, so runners only differ in where
``Pipeline.analyze`` executes. Results come back to the caller, which stays the single writer of the store.
"""

from bilat.scale.runners import RUNNERS, Runner, get_runner

__all__ = ["RUNNERS", "Runner", "get_runner"]
