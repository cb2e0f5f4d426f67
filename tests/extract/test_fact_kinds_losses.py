"""Kinds of figures that one side's act cost the other, money taken, money sent home, and people kept
somewhere (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-06-12"):
    document = Document(id="l", source_uri="mem", text=text, published=published)
    return pipeline.analyze(document).facts


def _kinds(pipeline, text: str, published: str = "2024-06-12") -> list[tuple[str, float]]:
    return [(f.kind, f.value) for f in _facts(pipeline, text, published)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Chile closed the border with Peru, and Peruvian farmers' losses soon exceeded 12 million USD.",
            "loss",
        ),
        (
            "Peru protested to Chile. Its fruit growers stand to lose about 9 million USD over the closure.",
            "loss",
        ),
        (
            "Norway expelled two Russian envoys. The damage to Norwegian firms is put at 60 million USD.",
            "damage",
        ),
    ],
)
def test_fact_kinds_what_an_act_cost_the_other_side(pipeline, text, kind):
    assert [k for k, _ in _kinds(pipeline, text)] == [kind]


def test_fact_kinds_a_minister_of_trade_and_more_names_no_trade(pipeline):
    text = (
        "Trade and Industry Minister Ana Ruiz said Bolivia's exporters' losses had passed 4 million USD "
        "since Chile shut the crossing."
    )
    assert [k for k, _ in _kinds(pipeline, text)] == ["loss"]


def test_fact_kinds_money_a_state_takes_is_a_seizure(pipeline):
    text = "Kenyan customs officers seized 3.1 million USD in cash from a Somali courier on Monday."
    assert _kinds(pipeline, text) == [("seizure", 3.1e6)]


def test_fact_kinds_money_sent_home_is_remittances(pipeline):
    text = (
        "Many Nepalis work in Qatar. Money sent home by migrants in Qatar came to about 1.2 billion USD in "
        "2022, the central bank of Nepal said."
    )
    (fact,) = _facts(pipeline, text)
    assert (fact.kind, fact.value, fact.period_start, fact.period_end) == (
        "remittances",
        1.2e9,
        "2022-01",
        "2022-12",
    )


def test_fact_kinds_export_finance_is_a_loan_not_exports(pipeline):
    text = "Canada is offering Senegal up to 300 million USD of export finance for port projects."
    assert _kinds(pipeline, text) == [("loan", 3e8)]


def test_fact_kinds_trade_explained_by_prices_is_still_trade(pipeline):
    text = (
        "Trade between Chile and Peru amounted to about 4 billion USD in 2021, down from 5 billion USD a "
        "year earlier, mostly because of lower copper prices."
    )
    assert [k for k, _ in _kinds(pipeline, text)] == ["trade_turnover", "trade_turnover"]


def test_fact_kinds_people_kept_in_a_place_are_held(pipeline):
    text = "Uzbekistan said about 300 Uzbek citizens had been kept in a transit zone at a Russian airport."
    assert _kinds(pipeline, text) == [("detained", 300.0)]


def test_fact_kinds_people_kept_informed_are_no_count_of_anyone_held(pipeline):
    text = "About 300 Uzbek citizens living in Moscow were kept informed by the embassy."
    assert "detained" not in [k for k, _ in _kinds(pipeline, text)]


def test_fact_periods_arrears_due_by_a_date_have_no_span(pipeline):
    text = (
        "Malawi has promised to clear arrears of about 20 million USD owed to Mozambique by the end of "
        "March 2025."
    )
    (fact,) = _facts(pipeline, text)
    assert (fact.kind, fact.period_start, fact.period_end) == ("debt", None, None)


def test_fact_kinds_a_state_keeping_another_in_the_dark_holds_nobody(pipeline):
    text = (
        "Poland denied claims that Lithuania had kept Warsaw in the dark about nine Polish prisoners who "
        "were moved to Vilnius."
    )
    assert "detained" not in [k for k, _ in _kinds(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Estonia on Monday declared three staff of the Russian embassy in Tallinn persona non grata.",
        "Finland declared two Russian diplomats persona non grata.",
        "Five Georgian reporters were refused entry to Armenia at the airport.",
    ],
)
def test_fact_kinds_envoys_made_to_go_and_people_kept_out_are_deported(pipeline, text):
    assert [k for k, _ in _kinds(pipeline, text)] == ["deported"]


def test_fact_kinds_troops_ordered_out_are_no_deportees(pipeline):
    text = "Mali ordered 900 French soldiers to leave the country."
    assert "deported" not in [k for k, _ in _kinds(pipeline, text)]


def test_fact_kinds_travellers_and_border_crossings_are_counted(pipeline):
    text = (
        "Some 900,000 travellers passed the Sarpi crossing between Georgia and Turkey last year, and Georgia "
        "counted 4,200 irregular crossings from Turkey in 2022."
    )
    facts = _facts(pipeline, text, published="2023-03-01")
    assert [(f.kind, f.value, f.period_start) for f in facts] == [
        ("count", 900_000.0, "2022-01"),
        ("count", 4_200.0, "2022-01"),
    ]


def test_fact_kinds_whom_a_flight_is_for_is_no_count(pipeline):
    text = "Accra has arranged a free flight for 250 Ghanaians who want to leave Lagos on Friday."
    assert _kinds(pipeline, text) == []


def test_fact_kinds_the_parts_of_a_whole_just_counted_are_no_count(pipeline):
    text = (
        "Sweden said that the four, three diplomats and a driver, had been declared persona non grata "
        "by Russia."
    )
    assert [k for k, _ in _kinds(pipeline, text)] == []
