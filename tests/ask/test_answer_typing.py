"""Answers typed by what the question asks: the start of a span for "from what date", a bound the act set
in the period the question names, a place given with the question's own preposition, the passive subject
for what an act is done to, and never a dateline for a person or a whole clause for a thing."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_ban.txt": (
        " date 2025-03-14\n\n"
        "Norway bars Danish trawlers from its ports\n\n"
        "OSLO — Norway's fisheries ministry said on Tuesday that Danish-registered trawlers would be barred "
        "from unloading herring in Norwegian harbours from 1 June.\n\n"
        "Fisheries Minister Erlend Haugen accused Copenhagen of ignoring the agreed catch limits.\n"
    ),
    "b_supply.txt": (
        " date 2024-05-20\n\n"
        "Chile and Peru prolong power deal\n\n"
        "SANTIAGO — In the presence of both energy ministers, the grid operators Enerlink and Andesur signed "
        "an addendum prolonging the contract for the supply of electricity across the border until the end "
        "of 2031.\n"
    ),
    "c_labour.txt": (
        " date 2025-02-06\n\n"
        "Kenya and Oman sign revised labour accord\n\n"
        "NAIROBI, Feb 6 (Rift Wire) — Kenya and Oman signed a revised labour accord in Muscat on Wednesday, "
        "the Kenyan labour ministry said.\n\n"
        "The accord sets a minimum wage for Kenyan domestic workers in Oman.\n"
    ),
    "d_envoy.txt": (
        " date 2025-07-10\n\n"
        "Egypt summons Danish envoy, shelves business mission\n\n"
        "CAIRO — Egypt summoned Denmark's chargé d'affaires on Wednesday after a protest outside its "
        "embassy in Copenhagen, the foreign ministry said.\n\n"
        "The ministry said a Danish business mission that had been expected in Cairo in October would not be "
        "received for the time being.\n\n"
        "Foreign Minister Karim Fahmy said Egypt would press within the African Union for a joint statement "
        "on the protection of embassies.\n"
    ),
    "e_boats.txt": (
        " date 2025-06-02\n\n"
        "Indonesia seizes Philippine boats off Sulawesi\n\n"
        "MANADO — Indonesian patrol vessels seized four Philippine fishing boats about 40 nautical miles off "
        "the coast of North Sulawesi on Saturday, the maritime agency said.\n\n"
        "In Manila, a foreign affairs spokeswoman said the 22 fishermen came from Sarangani province.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_from_what_date_is_the_start_of_the_span_not_the_news_day(asker):
    answer = asker.answer(
        "From what date did Norway say Danish trawlers would be barred from unloading herring in its "
        "harbours?"
    )
    assert answer.known and answer.value == "2025-06-01", answer


def test_until_when_answers_the_bound_the_act_set_in_the_period_asked(asker):
    answer = asker.answer(
        "Until when was the Enerlink–Andesur electricity supply contract prolonged in May 2024?"
    )
    assert answer.known and answer.value == "2031", answer


def test_a_dateline_is_never_the_person_asked_for(asker):
    answer = asker.answer("Which minister signed the revised labour accord with Oman for Kenya?")
    assert "NAIROBI" not in answer.answer, answer


def test_what_an_act_denied_is_done_to_is_its_passive_subject(asker):
    answer = asker.answer("What did Egypt say it would not receive after the protest in Copenhagen?")
    assert answer.known and "business mission" in answer.answer, answer
    assert "CAIRO" not in answer.answer and "summoned" not in answer.answer, answer


def test_an_act_asked_denied_is_not_answered_by_it_done(asker):
    # The sentence tells what will not be received; a question of what will be is not answered by it.
    answer = asker.answer("What did Egypt say it would receive in October?")
    assert "business mission" not in answer.answer, answer


def test_a_preposition_left_without_its_object_asks_for_what_it_names(asker):
    answer = asker.answer(
        "What did Egypt's foreign minister say Egypt would press for within the African Union?"
    )
    assert answer.known and "joint statement" in answer.answer, answer


def test_where_people_came_from_is_not_where_they_were_seized(asker):
    answer = asker.answer("Which Philippine province were the fishermen seized by Indonesia from?")
    assert "Sulawesi" not in answer.answer, answer
    assert not answer.known or "Sarangani" in answer.answer, answer


def test_off_which_state_is_asked_with_its_preposition(asker):
    answer = asker.answer("Off which Indonesian province were the four Philippine fishing boats seized?")
    assert answer.known and "North Sulawesi" in answer.answer, answer


def test_a_model_designation_names_the_type_asked(ask_over):
    asker = ask_over(
        {
            "f_jets.txt": (
                " date 2025-04-11\n\n"
                "Denmark protests after jets circle patrol plane\n\n"
                "COPENHAGEN — Denmark summoned Russia's ambassador on Thursday after fighter jets circled a "
                "Danish patrol aircraft over the Baltic Sea.\n\n"
                "The patrol aircraft was intercepted on Monday by two MiG-29 fighters, which circled it "
                "three times before turning back, the ministry said.\n"
            )
        }
    )
    answer = asker.answer("What type of Russian fighter jets circled the Danish patrol aircraft?")
    assert answer.known and "MiG-29" in answer.answer, answer
    answer = asker.answer("Over which sea did Russian fighter jets circle a Danish patrol aircraft?")
    assert answer.known and "Baltic Sea" in answer.answer, answer
