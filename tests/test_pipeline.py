"""Batching documents through spaCy (``analyze_many``) codes what analysing them one by one codes."""

from __future__ import annotations

import json

import pytest

from bilat.ingest import read_sources, to_document
from bilat.models import RawDocument


@pytest.mark.slow
def test_pipeline_batched_same_as_one_by_one(shared, seeds, resources, pipeline):
    documents = [to_document(r, resources) for r in read_sources([str(seeds)]) if isinstance(r, RawDocument)]
    with (shared / "corpus" / "voa" / "voa_stories.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in list(lines)[::15]]
    documents += [
        to_document(
            RawDocument(source_uri=f"voa:{r['id']}", text=r["text"]), resources, published=r["published"][:10]
        )
        for r in rows
    ]
    one_by_one = [pipeline.analyze(d) for d in documents]
    batched = list(pipeline.analyze_many(documents))
    assert sum(len(a.events) for a in one_by_one) > 20
    for single, many in zip(one_by_one, batched, strict=True):
        assert [e.id for e in many.events] == [e.id for e in single.events]
        assert many.model_dump() == single.model_dump()
