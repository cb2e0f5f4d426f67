"""Funding one state announces for another is aid, and aid frozen is still aid, not sanctioned assets;
experts and peacekeepers sent abroad are people counted (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str) -> list[tuple[str, float]]:
    document = Document(id="ff", source_uri="mem", text=text, published="2024-11-20")
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


def test_fact_funding_announced_is_aid(pipeline) -> None:
    text = "Ireland also announced funding of about 4 million USD for demining training in Angola."
    assert _facts(pipeline, text) == [("aid", 4e6)]


def test_fact_aid_frozen_stays_aid(pipeline) -> None:
    text = "Oslo had frozen about 2 million USD of development funding for Bolivia in October over the vote."
    assert _facts(pipeline, text) == [("aid", 2e6)]


def test_fact_assets_frozen_are_sanctions(pipeline) -> None:
    text = "Canada froze 15 million USD of assets belonging to Belarus's state airline."
    assert [k for k, _ in _facts(pipeline, text)] == ["sanctions_value"]


def test_fact_experts_and_peacekeepers_are_counted_people(pipeline) -> None:
    text = (
        "Cuba agreed to send 45 medical experts to Angola next year. Fiji withdrew some 300 peacekeepers "
        "from the Golan Heights in 2014."
    )
    assert _facts(pipeline, text) == [("count", 45.0), ("troops", 300.0)]
