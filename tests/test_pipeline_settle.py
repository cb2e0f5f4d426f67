"""A built pipeline has loaded what its stages load on first use and moved it out of the collector's view;
a batch runs with fewer collections and sets the collector back after."""

from __future__ import annotations

import gc

import pytest


def _not_loaded(_resources):
    raise AssertionError("loaded only now: the warm-up did not reach this stage")


@pytest.mark.parametrize("name", ["events.patterns", "events.codebook", "petrarch.lexicon", "time.rules"])
def test_pipeline_settle_loads_stage_resources(pipeline, name):
    assert pipeline.resources.load(name, _not_loaded) is not None


def test_pipeline_settle_freezes_loaded_objects(pipeline):
    assert gc.get_freeze_count() > 0


def test_pipeline_settle_keeps_analysis(pipeline):
    from bilat.models import Document

    text = "Norway and Chile signed a fisheries accord in Oslo on Tuesday, the Chilean embassy said."
    document = Document(id="settle-test", source_uri="test:settle", text=text, published="2025-03-04")
    first = pipeline.analyze(document)
    assert first.events
    assert pipeline.analyze(document).model_dump() == first.model_dump()


def test_pipeline_settle_threshold_set_back_after_batch(pipeline):
    from bilat.models import Document
    from bilat.pipeline import YOUNG_OBJECTS

    before = gc.get_threshold()
    text = "Kenya and Ghana opened talks on visas in Nairobi on Friday."
    batch = pipeline.analyze_many([Document(id="settle-batch", source_uri="test:batch", text=text)])
    next(batch)
    assert gc.get_threshold()[0] >= YOUNG_OBJECTS
    assert list(batch) == []
    assert gc.get_threshold() == before
