"""Acts named inside a threat, a demand, an appeal or an accusation are its content, not events; a threat
takes its kind from the act it names. Sentences are our own."""

from __future__ import annotations

import pytest


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran threatened to attack Israel on Friday.", ("138", "IRN", "ISR")),
        ("Pakistan threatened to break off relations with Congo on Monday.", ("131", "PAK", "COD")),
    ],
)
def test_governed_threat_takes_the_kind_of_its_act(code, text, expected):
    assert _brief(code(text)) == {expected}


def test_governed_demanded_act_is_no_event(code):
    events = code("Greece demanded the withdrawal of Turkish troops from Cyprus on Monday.")
    assert [e.root for e in events] == ["10"]


def test_governed_alleged_act_is_coded_as_the_accusation(code):
    events = code("Armenia accused Azerbaijan of shelling its villages on Tuesday.")
    assert _brief(events) == {("112", "ARM", "AZE")}


def test_governed_refusal_keeps_its_own_rule(code):
    # "refused to withdraw" is coded from the withdrawal by the refusal rule, with its addressee.
    events = code("Russia refused to withdraw its troops from Moldova on Monday.")
    assert {(e.root, e.target.country if e.target else None) for e in events} >= {("12", "MDA")}


def test_governed_suspended_aid_is_no_aid(code):
    events = code("The suspension of US aid to Ukraine on Monday alarmed Kyiv.")
    assert _brief(events) == {("162", "USA", "UKR")}


def test_governed_recall_of_goods_is_no_event(code):
    assert code("The recall of the faulty cars began on Monday.") == []


def test_governed_content_of_a_demanded_cancellation_is_no_event(code):
    # The sale is named inside what Chile demands that Peru cancel: neither has happened.
    events = code("Chile on Monday demanded that Peru cancel its plans to sell fighter jets to Bolivia.")
    assert _brief(events) == {("100", "CHL", "PER")}


def test_governed_fact_inside_a_demanded_explanation_stays(code):
    # "explain why it closed": the closing is told as a fact, whatever is demanded about it.
    events = code("Chile on Monday demanded that Peru explain why it closed its border with Chile.")
    assert ("100", "CHL", "PER") in _brief(events)
    assert any(e.root == "17" and e.source.country == "PER" for e in events)


def test_governed_obligation_reiterated_is_a_demand(code):
    events = code("A Chilean minister reiterated on Monday that Peru must hand over the two fugitives.")
    assert _brief(events) == {("100", "CHL", "PER")}


def test_governed_a_deplored_deed_with_its_doer_happened(code):
    events = code(
        "Estonia on Monday condemned Russia's seizure of an Estonian fishing boat on Sunday near Narva."
    )
    assert {(e.root, e.source.country, e.target.country if e.target else None) for e in events} >= {
        ("11", "EST", "RUS"),
        ("17", "RUS", "EST"),
    }
    seizure = next(e for e in events if e.root == "17")
    assert seizure.date is not None and seizure.date != next(e for e in events if e.root == "11").date
    events = code(
        "On Monday Estonia condemned the seizure of an Estonian trawler by Russian guards "
        "on Sunday near Narva."
    )
    assert "17" in [e.root for e in events]
    # Not yet done, or only alleged: the condemnation alone.
    events = code("Estonia on Monday condemned Russia's planned seizure of Estonian fishing boats.")
    assert [e.root for e in events] == ["11"]
    events = code("Estonia accused Russia of seizing an Estonian fishing boat on Sunday.")
    assert "17" not in [e.root for e in events]
