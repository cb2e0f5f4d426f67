"""A population a census counted is dated by the census year; arms a state sold over a year are that year's
exports; airliners a carrier buys are no arms deal; one person held or sent away is no figure (sentences of
our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2025-04-10"):
    document = Document(id="cs", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_population_counted_by_a_census_takes_its_year(pipeline):
    text = (
        "Moldova, a country of some 2.4 million people according to its 2024 census, has asked Romania "
        "for help with its power grid."
    )
    assert ("population", 2.4e6, "2024-01", "2024-12") in _facts(pipeline, text)


def test_population_with_no_census_stays_undated(pipeline):
    text = "About 90,000 Moldovans live in Romania, according to Romanian officials."
    assert [f for f in _facts(pipeline, text) if f[0] == "population"] == [("population", 9e4, None, None)]


def test_arms_sold_over_a_year_are_that_years_exports(pipeline):
    text = "Austria sold defence goods worth about 4.1 million USD to Chile last year, its ministry said."
    assert _facts(pipeline, text) == [("exports", 4.1e6, "2024-01", "2024-12")]


def test_an_arms_contract_stays_an_arms_deal(pipeline):
    text = "Austria signed a contract last year to sell artillery worth 40 million USD to Chile."
    assert [f[0] for f in _facts(pipeline, text)] == ["arms_deal"]


def test_airliners_bought_by_a_carrier_are_no_arms_deal(pipeline):
    text = (
        "Andean Skyways signed a letter of intent to buy 30 jets from France, a deal worth roughly 4 billion "
        "USD at list prices, the airline said."
    )
    assert not [f for f in _facts(pipeline, text) if f[0] == "arms_deal"]


def test_fighter_jets_bought_stay_an_arms_deal(pipeline):
    text = "Chile signed a deal to buy 12 fighter jets from France worth 1.1 billion USD."
    assert [f[0] for f in _facts(pipeline, text) if f[1] == 1.1e9] == ["arms_deal"]


def test_one_diplomat_told_to_leave_is_no_figure(pipeline):
    text = "Chile said one of its diplomats in Vienna had been told to leave Austria within 72 hours."
    assert not [f for f in _facts(pipeline, text) if f[1] == 1]


def test_one_soldier_killed_is_still_a_toll(pipeline):
    text = "One Chilean soldier was killed by Bolivian fire on the border on Sunday, the Chilean army said."
    assert [f[:2] for f in _facts(pipeline, text)] == [("casualties", 1)]
