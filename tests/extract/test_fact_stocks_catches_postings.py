"""Debts owed, a fleet's catch, people posted abroad, a year of relations,
aid given over a year and counts told with a state's initials (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _facts(pipeline, text: str, published: str = "2024-09-20"):
    document = Document(id="s", source_uri="mem", text=text, published=published)
    return pipeline.analyze(document).facts


def _read(pipeline, text: str, published: str = "2024-09-20"):
    return [(f.kind, f.value, f.period_start, f.period_end) for f in _facts(pipeline, text, published)]


def test_money_owed_at_a_day_is_a_stock_of_debt(pipeline):
    text = "Laos owed Thai banks about 3 billion USD at the end of March 2024, the central bank said."
    assert _read(pipeline, text) == [("debt", 3e9, None, None)]


def test_a_fleets_catch_is_counted_by_its_volume(pipeline):
    text = "Moroccan trawlers landed about 21,000 tonnes of fish from Mauritanian waters last year."
    assert _read(pipeline, text) == [("catch", 21000.0, "2023-01", "2023-12")]


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized 14 tonnes of fish caught illegally off Guinea.",
        "A cargo plane from Qatar landed 35 tonnes of aid in Kabul on Monday.",
        # A fleet's landings in its own ports name no other state.
        "Peruvian boats landed about 90,000 tonnes of fish in 2022, the ministry said.",
    ],
)
def test_fish_seized_or_goods_flown_in_are_no_catch(pipeline, text):
    assert "catch" not in [kind for kind, *_ in _read(pipeline, text)]


def test_people_posted_abroad_carry_no_period(pipeline):
    text = "Norway will send 45 more police instructors to the mission in Liberia early next year."
    assert _read(pipeline, text) == [("count", 45.0, None, None)]


def test_a_count_with_a_states_initials(pipeline):
    text = "About 2,500 U.S. troops are in Iraq, the Pentagon said."
    assert [(kind, value) for kind, value, *_ in _read(pipeline, text)] == [("troops", 2500.0)]


def test_the_year_of_relations_is_an_anniversary(pipeline):
    text = "The envoy said 2025 marked the 30th year of diplomatic relations between Chile and Laos."
    assert ("anniversary", 30.0) in [(kind, value) for kind, value, *_ in _read(pipeline, text)]


def test_aid_given_over_a_year_is_that_years(pipeline):
    text = "Japan gave Laos about 70 million USD in aid in 2022, most of it for schools."
    assert _read(pipeline, text) == [("aid", 7e7, "2022-01", "2022-12")]


def test_aid_pledged_in_a_year_stays_dated(pipeline):
    text = "Japan pledged about 70 million USD in aid to Laos in 2022."
    assert _read(pipeline, text) == [("aid", 7e7, None, None)]


def test_a_people_no_state_is_named_for_is_no_community(pipeline):
    text = "About 4,000 islanders and their children live in the port town."
    assert [kind for kind, *_ in _read(pipeline, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the killing of four Somali herders by soldiers on Friday.",
        "Ghana protested against the fatal shooting of three Togolese traders by border guards.",
    ],
)
def test_deaths_told_as_a_noun_the_people_are_of(pipeline, text):
    assert [kind for kind, *_ in _read(pipeline, text)] == ["casualties"]


def test_a_shooting_alone_tells_no_deaths(pipeline):
    text = "Police investigated the shooting of two Tanzanian traders."
    assert "casualties" not in [kind for kind, *_ in _read(pipeline, text)]


def test_boats_that_fish_are_no_catch(pipeline):
    text = "Gabon licenses up to 300 Beninese pirogues a year, which fish in its waters."
    assert "catch" not in [kind for kind, *_ in _read(pipeline, text)]
