"""When a state opened a mission abroad, told by two reports with different years: a conflict. Intents and
reopenings are no claim of an opening."""

from __future__ import annotations

from bilat import api
from bilat.reconcile import find_conflicts


def _claims(text: str, resources):
    return api.annotate(text, resources=resources).claims


def test_mission_opening_years_disagree(resources):
    kept = (
        " date 2023-05-02\n\nChile has maintained an embassy in Hanoi since 1998, while Vietnam has run a "
        "consulate general in Valparaiso since 2016.\n"
    )
    opened = (
        " date 2024-08-12\n\nVietnam, which has had an embassy in Santiago since 1997, opened a consulate "
        "general in Valparaiso in 2018.\n"
    )
    claims = _claims(kept, resources) + _claims(opened, resources)
    assert sorted((c.attribute, c.value) for c in claims) == [
        ("mission_opened:CHL:embassy:hanoi", "1998"),
        ("mission_opened:VNM:consulate:valparaiso", "2016"),
        ("mission_opened:VNM:consulate:valparaiso", "2018"),
        ("mission_opened:VNM:embassy:santiago", "1997"),
    ]
    (conflict,) = find_conflicts(claims, [])
    assert conflict.attribute == "mission_opened:VNM:consulate:valparaiso"
    assert [c.value for c in conflict.claims] == ["2016", "2018"]


def test_intent_and_reopening_are_no_opening(resources):
    intent = (
        " date 2023-05-02\n\nChile will open a consulate general in Da Nang next year, its minister said.\n"
    )
    planned = " date 2023-05-02\n\nVietnam plans to open an embassy in Lima in 2025.\n"
    reopened = " date 2023-05-02\n\nBritain reopened its embassy in Tehran in August 2015.\n"
    stayed = " date 2023-05-02\n\nPoland has kept its embassy in Kyiv open since 2022, despite the war.\n"
    for text in (intent, planned, reopened, stayed):
        assert not [c for c in _claims(text, resources) if c.attribute.startswith("mission_opened")]
