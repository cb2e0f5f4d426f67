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


def test_people_one_sides_forces_acted_on_are_the_stories_pair(pipeline):
    text = (
        "Costa Rica and Panama traded accusations on Monday. According to the migration service, nearly "
        "9,000 Panamanians were deported in the first six months of the year."
    )
    (fact,) = [f for f in _analyze(pipeline, text, published="2024-08-01") if f.value == 9000]
    assert fact.parties == ["CRI", "PAN"]


def test_a_country_named_again_in_the_figures_clause_is_its_party(pipeline):
    text = (
        "Peru, which shares a long border with Bolivia, deported more than 3,000 Bolivians between "
        "January and June."
    )
    (fact,) = _analyze(pipeline, text, published="2024-08-01")
    assert fact.parties == ["BOL", "PER"]


def test_the_antecedent_of_a_relative_clause_is_a_party_of_its_figure(pipeline):
    text = (
        "Laos relies on power sales to Thailand, which bought electricity worth some 1.4 billion USD "
        "from Laos in 2023."
    )
    (fact,) = _analyze(pipeline, text)
    assert fact.parties == ["LAO", "THA"]


def test_what_boats_carry_has_come_over_the_boats_span(pipeline):
    text = (
        "The minister said 35 boats carrying about 1,200 people had reached the island since the start "
        "of last year."
    )
    assert ("count", 1200.0, "2024-01", "2025-05") in [
        (f.kind, f.value, f.period_start, f.period_end) for f in _analyze(pipeline, text)
    ]
