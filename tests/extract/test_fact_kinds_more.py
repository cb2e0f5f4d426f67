"""Kinds of figures from their verbs: goods bought and sold, money given, people held; names and crowds
say nothing of trade or of relations (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.extract.facts import figures
from bilat.models import Document


def _kinds(pipeline, text: str) -> list[tuple[str, float]]:
    document = Document(id="m", source_uri="mem", text=text, published="2024-06-12")
    return [(f.kind, f.value) for f in figures(pipeline.parse(document), pipeline.resources)]


def _recorded(pipeline, text: str) -> list[tuple[str, float]]:
    document = Document(id="m", source_uri="mem", text=text, published="2024-06-12")
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt bought Russian wheat worth about 2.1 billion USD last year.", ("imports", 2.1e9)),
        ("Chile sold around 800 million USD of copper to Japan in 2023.", ("exports", 8e8)),
        # The sentence takes the seller's side: the buyer's purchase is the seller's exports.
        (
            "Kenya is Uganda's biggest export market, buying about 700 million USD of Ugandan goods in 2022.",
            ("exports", 7e8),
        ),
        # Arms bought are an arms deal; one unit sold has a price.
        ("Romania bought 54 tanks worth 2.5 billion USD from the United States.", ("arms_deal", 2.5e9)),
        ("A tonne of Thai rice sold for about 620 USD in May.", ("price", 620.0)),
        # Money given or contributed is aid; "budget support" is aid, not a budget.
        ("Norway will give Malawi 30 million USD to help rebuild its schools.", ("aid", 3e7)),
        ("Ireland will contribute 4 million USD to the flood relief effort in Pakistan.", ("aid", 4e6)),
        # Aid frozen is still that aid (test_fact_funding_frozen.py), no assets of a sanctioned side.
        ("Sweden froze 25 million USD in budget support to Mali.", ("aid", 2.5e7)),
        ("Germany announced 25 million USD in budget support for Zambia.", ("aid", 2.5e7)),
        ("Japan granted Laos a concessional loan of 90 million USD.", ("loan", 9e7)),
    ],
)
def test_fact_kinds_money_by_what_is_done_with_it(pipeline, text, expected):
    assert expected in _kinds(pipeline, text)


def test_fact_kinds_a_name_says_nothing_of_trade(pipeline):
    text = "Ghana owes Nigeria around 90 million USD for gas, held in an account at the Trade Bank of Lagos."
    # The sum is money owed (a debt), never trade for the bank's name.
    assert _recorded(pipeline, text) == [("debt", 90000000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained 14 Malian truck drivers at the border post on Monday.", ("detained", 14.0)),
        ("Three others remain in custody in Kayes.", ("detained", 3.0)),
        ("Spain asked for the extradition of 12 people it accuses of fraud.", ("deported", 12.0)),
        ("Gabon sent home 140 Cameroonian soldiers who had fled across the frontier.", ("deported", 140.0)),
        ("Border guards caught nine Moroccans near the fence.", ("detained", 9.0)),
        ("About 300 members of the Kenyan Defence Force joined the exercise.", ("troops", 300.0)),
        ("Iran launched more than 200 drones and missiles at the base.", ("count", 200.0)),
    ],
)
def test_fact_kinds_people_and_things_by_what_happened(pipeline, text, expected):
    assert expected in _kinds(pipeline, text)


def test_fact_kinds_a_crowd_is_no_fact_but_protesters_arrested_are(pipeline):
    assert (
        _recorded(pipeline, "About 400 demonstrators gathered outside the Chinese embassy in Manila.") == []
    )
    assert _recorded(pipeline, "Police in Lima arrested 120 protesters outside the embassy.") == [
        ("detained", 120.0)
    ]


def test_fact_kinds_money_given_is_what_its_noun_names(pipeline):
    assert _kinds(pipeline, "Norway gave Kenya 50 million USD in loans.") == [("loan", 5e7)]
    # A sum for each head is no aid between states.
    assert _recorded(pipeline, "Each returning prisoner was given 300 USD for the journey home.") == []


def test_fact_kinds_things_still_to_be_made_are_no_count(pipeline):
    text = "The shipment could be turned into enough fuel to produce 260 Iranian missiles."
    assert _recorded(pipeline, text) == []
