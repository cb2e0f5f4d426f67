"""Answers read through a thing's kind and the article's news: a count the act governs, written with the
general word for the things asked about; a particular kind of the general thing a "which" question asks
for, never one another state's; and the date of the news a lead tells with the circumstance but leaves
undated."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_registry.txt": (
        " date 2025-06-12\n\n"
        "Belize weighs shipping request\n\n"
        "BELMOPAN — Norway's state secretary Ola Brekke, who met officials in the capital on Wednesday, "
        "asked Belize to strike 9 listed vessels from its flag register within 60 days.\n"
    ),
    "b_airspace.txt": (
        " date 2024-08-15\n\n"
        "Finland protests airspace breach\n\n"
        "HELSINKI, Aug 15 (Baltic Ledger) — Finland summoned Belarus's envoy on Thursday after two "
        "Belarusian Yak-130 bombers crossed into Finnish airspace near Kotka, the foreign ministry said.\n\n"
        "Two Finnish Hornet fighters escorted the aircraft away.\n"
    ),
    "c_envoy.txt": (
        " date 2025-04-10\n\n"
        "Mali recalls envoy over border raid\n\n"
        "BAMAKO, April 10 (Sahel Ledger) — Mali has recalled its ambassador to Guinea after gunmen "
        "raided a customs post near Kourémalé, the government said.\n\n"
        "The ministry recalled ambassador Ousmane Traore on Tuesday and handed Guinea a protest note.\n\n"
        "Traore had served in Conakry since 2021.\n"
    ),
    "d_consulate.txt": (
        " date 2024-10-03\n\n"
        "Estonia to shut Belarusian consulate\n\n"
        "TALLINN, Oct 3 (Baltic Ledger) — Estonia will close the Belarusian consulate in Narva, the "
        "foreign ministry said on Wednesday, citing a smuggling investigation.\n\n"
        "Estonia closed the Belarusian consulate in Tartu last year for similar reasons.\n"
    ),
    "e_cutter.txt": (
        " date 2024-06-20\n\n"
        "Norway and Latvia at odds over fishing zone\n\n"
        "RIGA — Latvia protested to Norway on Thursday over an incident near Svalbard, where, according "
        "to the Latvian fisheries ministry, the crew of KV Njord ordered the Latvian trawler to leave "
        "the zone.\n"
    ),
    "f_survey.txt": (
        " date 2025-03-05\n\n"
        "Norway protests Danish survey\n\n"
        "OSLO — Norway protested to Denmark on Tuesday after a Danish survey ship, escorted by two navy "
        "frigates, began work inside the Norwegian zone west of Bergen.\n"
    ),
    "g_cabinet.txt": (
        " date 2023-09-14\n\n"
        "Chile and Bolivia hold joint cabinet\n\n"
        "ARICA — The presidents of Chile and Bolivia met in the Chilean port city of Arica on Wednesday "
        "for their joint cabinet, and their ministers signed nine agreements.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_count_told_by_the_general_word_the_act_governs(asker):
    found = asker.answer(
        "How many tankers did Norway's state secretary Brekke ask Belize to strike from its flag register?"
    )
    assert found.known and found.value == "9", found


def test_general_word_does_not_count_other_things(asker):
    # The article counts vessels, never people: the general word is no count of people.
    found = asker.answer(
        "How many sailors did Norway's state secretary Brekke ask Belize to strike from its flag register?"
    )
    assert found.value != "9", found


def test_particular_kind_names_the_general_thing_asked_for(asker):
    found = asker.answer("Which Belarusian aircraft crossed into Finnish airspace near Kotka?")
    assert found.known and "Yak-130" in found.answer, found
    assert "Hornet" not in found.answer


def test_undated_lead_leaves_the_news_day_to_a_later_sentence(asker):
    found = asker.answer("When did Mali recall its ambassador to Guinea after the raid on the customs post?")
    assert found.known and found.value == "2025-04-08", found


def test_place_after_the_object_names_it_and_last_year_is_another_period(asker):
    found = asker.answer("Which Belarusian consulate did Estonia decide to close in October 2024?")
    assert found.known and found.answer == "Narva", found


def test_a_vessels_crew_doing_the_act_names_the_vessel(asker):
    found = asker.answer(
        "Which Norwegian patrol boat ordered the Latvian trawler to leave the zone near Svalbard?"
    )
    assert found.known and "Njord" in found.answer, found


def test_a_lowercase_word_is_no_vessels_name(asker):
    found = asker.answer("Which Danish survey ship entered the Norwegian zone west of Bergen?")
    assert "navy" not in found.answer.lower(), found


def test_a_peoples_word_places_a_city_the_question_gives_no_state(asker):
    found = asker.answer("In which city did the Chile–Bolivia joint cabinet of September 2023 take place?")
    assert found.known and found.answer == "Arica", found
