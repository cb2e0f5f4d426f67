"""Volumes of trade and stocks of investment told as figures are not events; decisions about trade are."""

from __future__ import annotations


def _roots(events):
    return {(e.root, e.source.country, e.target.country if e.target else None) for e in events}


def test_trade_volume_with_a_figure_is_no_event(code):
    events = code(
        "Chile exported copper worth about 800 million USD to Peru last year, the statistics office said."
    )
    assert not [e for e in events if e.root == "06"]


def test_import_volume_is_no_event(code):
    events = code("Ghana imported 40,000 tonnes of rice from Vietnam in the first quarter.")
    assert not [e for e in events if e.root == "06"]


def test_investment_stock_is_no_event(code):
    events = code("Spanish companies have invested some 4 billion euros in Morocco.")
    assert not [e for e in events if e.root == "06"]


def test_trade_total_told_as_its_figure_is_no_event(code):
    events = code("Trade between Kenya and Tanzania reached about 1.2 billion USD last year.")
    assert not [e for e in events if e.root == "06"]


def test_decision_to_trade_without_a_figure_stays(code):
    events = code("Norway agreed on Monday to trade with Iceland under a new fisheries deal.")
    assert [e for e in events if e.root in {"03", "06"}]
