"""Whose a figure is: the countries the counted people's own clause names, the side a sale is told
from, and a sum that continues nothing (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document
from bilat.reconcile.conflicts import find_conflicts


def _analyze(pipeline, text: str, doc_id: str = "s", published: str = "2025-05-20"):
    document = Document(id=doc_id, source_uri=f"mem:{doc_id}", text=text, published=published)
    return pipeline.analyze(document).facts


def test_the_country_people_crossed_into_is_a_party_of_their_count(pipeline):
    text = (
        "More than 3 million people have fled their homes since the fighting began in March 2024, "
        "including some 400,000 Burundian refugees who have crossed into Tanzania."
    )
    (part,) = [f for f in _analyze(pipeline, text) if f.value == 400000]
    assert part.parties == ["BDI", "TZA"]


def test_two_articles_counts_of_the_same_crossing_conflict(pipeline):
    one = (
        "More than 450,000 Burundian refugees have crossed into Tanzania since the fighting began in "
        "March 2024."
    )
    other = (
        "Over 3 million people have fled since the fighting began in March 2024, including some 300,000 "
        "Burundian refugees who have crossed into Tanzania."
    )
    facts = _analyze(pipeline, one, "a") + _analyze(pipeline, other, "b")
    conflicts = [c for c in find_conflicts([], facts) if c.attribute.startswith("refugees:BDI-TZA")]
    assert {c.value for c in conflicts[0].claims} >= {"450000 people", "300000 people"}


def test_a_sum_bought_from_the_side_whose_sales_the_sentence_tells_is_its_exports(pipeline):
    text = (
        "Laos depends on power sales to Thailand, which bought electricity worth some 1.4 billion USD "
        "from Laos in 2023."
    )
    assert [(f.kind, f.value) for f in _analyze(pipeline, text)] == [("exports", 1.4e9)]


def test_a_sum_with_a_subject_of_its_own_continues_no_trade_figure(pipeline):
    text = (
        "Its exports to Kazakhstan were worth about 2.1 billion USD in 2023. Hauliers say each day of "
        "waiting at the border costs them about 3 million USD."
    )
    assert [(f.kind, f.value) for f in _analyze(pipeline, text)] == [("exports", 2.1e9)]


def test_a_figure_told_as_it_continues_the_trade_figure_before(pipeline):
    text = (
        "Trade between Chile and Bolivia reached about 1.1 billion USD in 2022. In 2023 it amounted to "
        "1.3 billion USD."
    )
    assert ("trade_turnover", 1.3e9) in [(f.kind, f.value) for f in _analyze(pipeline, text)]
