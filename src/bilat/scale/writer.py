"""The one writer of a build: analyses from any runner are committed to the store in batches.

A batch is committed when it is full or has waited ``max_wait`` seconds, so a slow build still keeps
its work often. On any interruption (Ctrl-C, a worker lost) the analyses already received are committed
before the exception goes on: nothing analysed is lost, and a rerun skips what is stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from bilat.models import Analysis, IngestError
from bilat.store import Store


@dataclass
class Written:
    added: int = 0
    events: int = 0
    facts: int = 0
    failed: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)  # stored, but a stage broke on it


def write_all(
    analyses: Iterable[Analysis | IngestError],
    store: Store,
    *,
    batch: int = 32,
    max_wait: float = 5.0,
    on_document: Callable[[str], None] | None = None,
) -> Written:
    """Commit what the runner gives; a document whose analysis broke (an ``IngestError``) is recorded in
    ``failed`` and the rest go on. ``on_document`` gets each document's source as it arrives."""
    written = Written()
    buffer: list[Analysis] = []
    started = time.monotonic()
    try:
        for analysis in analyses:
            if isinstance(analysis, IngestError):
                written.failed.append(analysis)
                if on_document:
                    on_document(analysis.source_uri)
                continue
            buffer.append(analysis)
            written.warnings += [
                IngestError(source_uri=analysis.document.source_uri, message=w) for w in analysis.warnings
            ]
            if len(buffer) >= batch or time.monotonic() - started > max_wait:
                _commit(store, buffer, written)
                started = time.monotonic()
            if on_document:
                on_document(analysis.document.source_uri)
    finally:
        _commit(store, buffer, written)
    return written


def _commit(store: Store, buffer: list[Analysis], written: Written) -> None:
    if not buffer:
        return
    try:
        results = list(zip(buffer, store.add_analyses(buffer), strict=True))
    except SQLAlchemyError:
        # One bad record must not cost the batch: store each alone and name the one that fails.
        results = []
        for analysis in buffer:
            try:
                results.append((analysis, store.add_analysis(analysis)))
            except SQLAlchemyError as error:
                reason = str(getattr(error, "orig", None) or error).splitlines()[0]
                written.failed.append(
                    IngestError(source_uri=analysis.document.source_uri, message=f"cannot store: {reason}")
                )
    for analysis, added in results:
        if added:
            written.added += 1
            written.events += len(analysis.events)
            written.facts += len(analysis.facts)
    buffer.clear()
