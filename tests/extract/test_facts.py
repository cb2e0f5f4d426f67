"""Quantities, facts and claims on sentences written for the tests."""

from __future__ import annotations

from bilat.models import Document


def _analysis(pipeline, text, published="2022-11-20"):
    return pipeline.analyze(Document(id="f", source_uri="mem", text=text, published=published))


def test_facts_money_period_and_parties(pipeline):
    analysis = _analysis(
        pipeline,
        "Trade turnover between Peru and Chile reached $1.25 billion in the first nine months of 2022.",
    )
    (fact,) = analysis.facts
    assert (fact.kind, fact.value, fact.unit, fact.parties) == (
        "trade_turnover",
        1.25e9,
        "USD",
        ["CHL", "PER"],
    )
    assert (fact.period_start, fact.period_end, fact.period_text) == (
        "2022-01",
        "2022-09",
        "the first nine months of 2022",
    )


def test_facts_other_currency_is_normalised_and_kept(pipeline):
    (fact,) = _analysis(pipeline, "Georgia will invest GEL 10 million in the new port of Batumi.").facts
    assert (fact.kind, fact.original_value, fact.original_unit) == ("investment", 10e6, "GEL")
    assert fact.unit == "USD" and 3e6 < fact.value < 4.5e6


def test_facts_approximation_and_speaker(pipeline):
    text = '"Bilateral trade makes almost $2 billion a year," Kazakh Trade Minister Arman Shakkaliyev said.'
    (fact,) = _analysis(pipeline, text).facts
    assert (fact.approx, fact.attributed_to) == ("almost", "Arman Shakkaliyev")


def test_facts_population_with_subject(pipeline):
    (fact,) = _analysis(pipeline, "About 40 thousand Greek residents living in Albania took part.").facts
    assert (fact.kind, fact.value, fact.unit, fact.approx) == ("population", 40000, "people", "about")
    assert fact.subject.startswith("Greek residents")


def test_facts_non_facts_are_ignored(pipeline):
    text = "The page is 16 px wide. It was the 25th anniversary of nothing in particular in 1999."
    facts = _analysis(pipeline, text).facts
    assert [f.kind for f in facts] == ["anniversary"]


def test_claims_relations_start_by_arithmetic(pipeline):
    text = (
        "Today marks the 25th anniversary of the establishment of diplomatic relations between Chile and "
        "Vietnam.\n\nThe two countries have had relations for 26 years."
    )
    claims = _analysis(pipeline, text, published="2021-03-25").claims
    assert [(c.attribute, c.value) for c in claims] == [
        ("relations_start:CHL-VNM", "1996"),
        ("relations_start:CHL-VNM", "1995"),
    ]
    assert "25 years before 2021-03-25" in claims[0].derived_from


def test_claims_duration_of_something_else_is_not_about_relations(pipeline):
    text = "Relations between Chile and Vietnam are good; the community has lived there for 300 years."
    assert _analysis(pipeline, text).claims == []
