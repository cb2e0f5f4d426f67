"""Quantities, facts and claims on sentences written for the tests."""

from __future__ import annotations

import pytest

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


def _facts(pipeline, text, published="2023-06-10"):
    facts = _analysis(pipeline, text, published).facts
    return [(f.kind, f.value, f.period_start, f.period_end) for f in facts]


def test_facts_each_figure_takes_the_date_nearest_it(pipeline):
    text = "Trade between Chile and Peru rose from $2.1 billion in 2019 to $2.6 billion in 2022."
    assert _facts(pipeline, text) == [
        ("trade_turnover", 2.1e9, "2019-01", "2019-12"),
        ("trade_turnover", 2.6e9, "2022-01", "2022-12"),
    ]


def test_facts_growth_keeps_its_year_not_the_comparison_base(pipeline):
    text = "Trade between Chile and Peru reached $2.6 billion in 2022, up 12 percent from the previous year."
    assert ("trade_growth", 12.0, "2022-01", "2022-12") in _facts(pipeline, text)


def test_facts_continuation_takes_kind_and_period(pipeline):
    text = (
        "Trade between Chile and Peru amounted to $900 million in 2022. In January-May 2023 it reached "
        "$420 million, an increase of 8 percent. Peruvian exports to Chile made up $150 million."
    )
    facts = _facts(pipeline, text)
    assert ("trade_turnover", 420e6, "2023-01", "2023-05") in facts
    assert ("trade_growth", 8.0, "2023-01", "2023-05") in facts
    assert ("exports", 150e6, "2023-01", "2023-05") in facts


def test_facts_deal_has_no_period_and_another_clause_date_is_not_one(pipeline):
    text = (
        "Last year Chile signed a contract for Peruvian artillery worth $90 million. "
        "About 20,000 Chilean citizens live in Peru, descendants of workers who arrived in 1910."
    )
    facts = _facts(pipeline, text)
    assert ("arms_deal", 90e6, None, None) in facts
    assert ("population", 20000.0, None, None) in facts


def test_facts_anniversary_told_as_years(pipeline):
    text = "This year Chile and Peru celebrate 40 years of diplomatic relations."
    assert ("anniversary", 40.0, None, None) in _facts(pipeline, text)


def test_facts_each_figure_takes_the_kind_of_its_own_clause(pipeline):
    text = (
        "Trade between Chile and Peru reached $4.1 billion in 2022, and Chilean firms have invested "
        "$900 million."
    )
    kinds = {(f.kind, f.value) for f in _analysis(pipeline, text).facts}
    assert kinds == {("trade_turnover", 4.1e9), ("investment", 9e8)}


def test_facts_prices_duties_and_enrichment_are_not_recorded_a_fine_is(pipeline):
    analysis = _analysis(
        pipeline,
        "A court in Lima fined the mining firm $3 million on Tuesday. "
        "Copper sold at $9,000 a tonne last week. "
        "The plant has enriched uranium to 20 percent purity, inspectors said. "
        "Peru imposed duties of up to 30 percent on Chilean wine, whose exports to Peru reached "
        "$80 million in 2021.",
    )
    # Told apart (none is read as trade or a count), then left out: only the fine and the exports are facts.
    assert [(f.kind, f.value) for f in analysis.facts] == [("fine", 3e6), ("exports", 80e6)]


def test_facts_a_fall_is_a_negative_growth(pipeline):
    text = (
        "Trade between Chile and Peru fell to $3.2 billion in 2022, down 11 percent from 2021. "
        "In the first half of 2023 Chilean imports from Peru dropped 6.5 percent to $900 million."
    )
    facts = _facts(pipeline, text)
    assert ("trade_growth", -11.0, "2022-01", "2022-12") in facts
    assert ("trade_growth", -6.5, "2023-01", "2023-06") in facts


def test_facts_people_placed_somewhere_keep_what_they_are(pipeline):
    text = (
        "Some 40,000 Malian refugees live in camps in Niger. About 90,000 ethnic Chileans live in the "
        "south of Peru. The shelling killed three farmers and wounded four others."
    )
    kinds = {(f.kind, f.value) for f in _analysis(pipeline, text).facts}
    assert kinds == {("refugees", 40000.0), ("population", 90000.0), ("casualties", 3.0), ("casualties", 4.0)}


def test_facts_people_rescued_are_not_casualties(pipeline):
    analysis = _analysis(
        pipeline,
        "Coast guards rescued 85 migrants off the coast on Sunday; 14 people drowned. "
        "Gunmen freed 20 passengers later that day.",
    )
    kinds = {f.value: f.kind for f in analysis.facts}
    assert kinds == {85.0: "rescued", 14.0: "casualties", 20.0: "released"}


def test_facts_each_figure_takes_its_own_clauses_period(pipeline):
    text = "In 2021 Peru and Chile traded goods worth $4 billion, while in 2019 the figure was $3 billion."
    analysis = _analysis(pipeline, text)
    periods = {(f.kind, f.value, f.period_start) for f in analysis.facts}
    assert periods == {("trade_turnover", 4e9, "2021-01"), ("trade_turnover", 3e9, "2019-01")}


def test_facts_a_sum_told_in_two_currencies_keeps_the_texts_dollars(pipeline):
    text = "Japan will lend Peru 45 billion yen, or about 310 million dollars, for a new port."
    assert [(f.kind, f.value) for f in _analysis(pipeline, text).facts] == [("loan", 310e6)]


def test_facts_a_few_people_named_in_passing_are_no_count(pipeline):
    # (Diplomats ordered to leave are expelled: test_fact_ordered_out.py.)
    text = (
        "Chile said two Peruvian diplomats had attended the ceremony. "
        "The consulate in Arica issued visas to some 4,000 Peruvian workers."
    )
    assert [(f.kind, f.value) for f in _analysis(pipeline, text).facts] == [("count", 4000.0)]


def test_facts_a_pledged_sum_is_aid(pipeline):
    text = "Norway pledged about $90 million to Malawi over ten years."
    assert [(f.kind, f.value) for f in _analysis(pipeline, text).facts] == [("aid", 90e6)]


def test_facts_things_whose_number_is_a_fact(pipeline):
    text = (
        "Chile says Peruvian patrols have committed more than 1,300 border violations since March. "
        "Peru keeps about 25 checkpoints along the frontier, and five vessels patrol the coast."
    )
    facts = _analysis(pipeline, text, published="2022-11-20").facts
    assert [(f.kind, f.value, f.unit, f.period_start, f.period_end) for f in facts] == [
        ("count", 1300.0, "border violations", "2022-03", "2022-11"),
        ("count", 25.0, "checkpoints", None, None),
    ]


def test_facts_few_people_in_passing_and_what_could_happen_are_no_facts(pipeline):
    text = (
        "Two Chilean soldiers stand accused of the raid. The camp could be used to house 8,000 "
        "migrants. The 2019 mine collapse that killed 40 farmers in Peru is remembered."
    )
    assert _facts(pipeline, text) == [("casualties", 40.0, "2019-01", "2019-12")]


def test_facts_a_clause_opened_by_its_date_and_an_anniversary_of_nothing_named(pipeline):
    text = (
        "The minister noted that trade reached $2.1 billion in 2021, while in January–April 2022 it "
        "amounted to $600 million, a decrease of 4 percent. Chile and Peru will mark the 40th anniversary "
        "this year. Founded in 2015, the Lima shelter now houses about 300 Venezuelan migrants."
    )
    facts = _facts(pipeline, text, published="2022-06-01")
    assert ("migrants", 300.0, None, None) in facts
    assert ("trade_turnover", 600e6, "2022-01", "2022-04") in facts
    assert ("trade_growth", -4.0, "2022-01", "2022-04") in facts
    assert ("anniversary", 40.0, None, None) in facts


def test_facts_a_figure_counted_by_its_clause_subject(pipeline):
    text = (
        "The number of Chilean tourists in Peru rose to nearly 90,000 in 2021. "
        "The number of cars crossing the border rose to 5,000."
    )
    assert _facts(pipeline, text) == [("tourist_arrivals", 90000.0, "2021-01", "2021-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Chilean soldiers were killed and five were wounded when Peruvian troops opened fire.",
            [3.0, 5.0],
        ),
        ("The ambush left one Peruvian soldier dead and two wounded.", [1.0, 2.0]),
        # "and" joins the numbers of other things: the second is no count of the soldiers.
        ("Two Chilean soldiers were killed and 40 percent of the village burned.", [2.0]),
    ],
)
def test_facts_a_number_whose_noun_is_left_out_counts_the_same_people(pipeline, text, expected):
    facts = _facts(pipeline, text)
    assert [value for kind, value, *_ in facts if kind == "casualties"] == expected
