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


STORY = (
    " date 2025-03-04\n"
    "Foreign Minister Ana Ruiz of Chile met her Peruvian counterpart in Lima on Monday. "
    "Trade between Chile and Peru reached $4.1 billion last year, the ministry said."
)


def _broken(*args, **kwargs):
    raise IndexError("list index out of range")


def test_a_broken_stage_costs_only_its_records(monkeypatch, resources, pipeline):
    document = to_document(RawDocument(source_uri="story.txt", text=STORY), resources)
    whole = pipeline.analyze(document)
    assert whole.events and whole.facts and not whole.warnings

    monkeypatch.setattr("bilat.pipeline.extract_facts", _broken)
    partial = pipeline.analyze(document)
    assert partial.facts == []
    assert partial.warnings == ["facts skipped: IndexError: list index out of range"]
    assert [e.id for e in partial.events] == [e.id for e in whole.events]
    assert partial.sentences == whole.sentences and partial.timexes == whole.timexes


def test_a_build_keeps_a_document_whose_stage_broke(monkeypatch, tmp_path, resources):
    from bilat import api

    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr("bilat.pipeline.find_quantities", _broken)
    report = api.build([str(path)], str(tmp_path / "bilat.db"), resources=resources)
    assert report.added == 1 and report.failed == [] and report.events > 0
    assert [(w.source_uri, w.message) for w in report.warnings] == [
        (str(path), "quantities skipped: IndexError: list index out of range")
    ]
    assert api.list_documents(str(tmp_path / "bilat.db"))[0]["events"] == report.events
