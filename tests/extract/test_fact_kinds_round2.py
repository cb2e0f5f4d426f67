"""Kinds and periods of figures told in a few more ways: people named by what was done to them, money
paid into a budget, a community's size (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-06-12"):
    document = Document(id="r", source_uri="mem", text=text, published=published)
    return pipeline.analyze(document).facts


def test_deportees_on_a_flight_are_deported_people(pipeline):
    text = "Chile protested after a military plane carried 65 deportees from Texas to Santiago on Friday."
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [("deported", 65.0)]


def test_money_for_budget_support_is_aid(pipeline):
    text = "Japan pledged 90 million USD over three years for budget support to the government of Fiji."
    assert [(f.kind, f.value) for f in _facts(pipeline, text)] == [("aid", 90e6)]


def test_a_community_is_counted_at_a_time_not_over_a_year(pipeline):
    text = (
        "Ghana is one of Togo's main partners, with trade of about 900 million USD in 2023, and more than "
        "60,000 Togolese citizens also live in Accra."
    )
    by_kind = {f.kind: f for f in _facts(pipeline, text)}
    assert by_kind["trade_turnover"].period_start == "2023-01"
    assert by_kind["population"].value == 60000 and by_kind["population"].period_start is None
