"""Goods that reach a state are its imports; a flow that "reaches" a figure is no goods reaching anywhere
(sentences written for the tests)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-05-14"):
    document = Document(id="gr", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, sorted(f.parties), f.period_start) for f in pipeline.analyze(document).facts]


def test_goods_that_reach_a_state_are_its_imports(pipeline):
    text = "About 3.1 billion cubic metres of Azerbaijani gas reached Greece through the pipeline in 2023."
    assert _facts(pipeline, text) == [("imports", 3.1e9, ["AZE", "GRC"], "2023-01")]


def test_a_flow_that_reaches_a_figure_keeps_its_own_kind(pipeline):
    text = "Greece's cotton exports reached 250,000 tonnes in 2023, the ministry said."
    assert [f[0] for f in _facts(pipeline, text)] in ([], ["exports"])
