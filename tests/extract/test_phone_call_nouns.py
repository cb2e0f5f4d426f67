"""A phone call told as a noun: "between" hung on the verb, "the presidents of both countries", and a
call that is the setting of a plan, not the plan. Sentences written for these tests."""

from __future__ import annotations


def _brief(events):
    return {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}


def test_call_between_both_countries_presidents_that_prepared_a_visit(code):
    events = code(
        "SANTIAGO — Chile and Bolivia signed a memorandum on migration on Friday. The visit was prepared "
        "during a telephone conversation between the presidents of both countries on 21 August.",
        published="2024-08-25",
    )
    calls = [e for e in events if e.cameo == "041"]
    assert calls and calls[0].date == "2024-08-21"
    assert {calls[0].source.country, calls[0].target.country} == {"CHL", "BOL"}


def test_between_hung_on_the_verb(code):
    events = code(
        "RIYADH — Saudi Arabia and Iran resumed flights on Monday. The visit followed a phone call last "
        "week between the Saudi crown prince and the Iranian president.",
        published="2024-08-25",
    )
    assert ("041", "SAU", "IRN") in _brief(events)


def test_a_plan_is_still_planned(code):
    events = code("Chile plans to open an embassy in Bolivia.", published="2024-08-25")
    assert all(e.modality == "planned" for e in events if e.target)


def test_cooperation_between_the_two_countries_is_no_act(code):
    events = code(
        "BAKU — Azerbaijan and Israel held talks on Monday. The minister underlined the importance of "
        "trade in expanding cooperation between the two countries.",
        published="2024-08-25",
    )
    assert not any(e.root == "06" for e in events)


def test_a_minister_and_his_counterpart_spoke_by_phone(code):
    events = code(
        "KUWAIT CITY — Kuwait summoned Iraq's ambassador on Tuesday. Al-Ajmi and his Iraqi counterpart, "
        "Hussein Ali Jaafar, spoke by phone on Wednesday morning.",
        published="2023-09-07",
    )
    calls = [e for e in events if e.cameo == "041"]
    assert calls and {calls[0].source.country, calls[0].target.country} == {"KWT", "IRQ"}
    assert calls[0].date == "2023-09-06"
