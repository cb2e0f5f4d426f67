"""A record answers only from an article about what the question names: a count of another story that
shares the question's kind of figure but none of its places or bodies is no answer; the counted noun of the
question must be the one the figure counts ("crew" is not "boats"); a date answers only for the act on the
thing asked, not another act told in the same sentence; a participle that describes the subject ("the boats
seized by the navy") is not the act asked about ("towed")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.grounding import Grounding, named_things

ARTICLES = {
    "a_herders.txt": (
        " date 2024-06-12\n\n"
        "Kazakhstan detains Kyrgyz herders\n\n"
        "ALMATY — Kazakh border guards detained 4 Kyrgyz herders near the Karkara valley on Tuesday, "
        "the Kyrgyz border service said.\n"
    ),
    "b_trawlers.txt": (
        " date 2024-03-14\n\n"
        "Indonesia seizes Malaysian trawlers\n\n"
        "JAKARTA — The Indonesian navy seized 2 Malaysian trawlers in the Strait of Malacca on Tuesday. "
        "The trawlers and their 19 crew members were stopped near Rupat and escorted to Belawan naval "
        "base, according to Malaysia's Maritime Enforcement Agency.\n"
    ),
    "c_talks.txt": (
        " date 2023-09-20\n\n"
        "Poland and Lithuania cool ties\n\n"
        "WARSAW — Relations have cooled this year. In February, Poland suspended talks on a border "
        "treaty with Lithuania, and in May it suspended a 2004 agreement that let Lithuanian trucks use "
        "its motorways.\n"
    ),
    "d_deposit.txt": (
        " date 2024-11-06\n\n"
        "Chile lends Peru money for a port\n\n"
        "LIMA — Chile signed a 300 million USD loan on Tuesday to help Peru expand the port of Ilo and "
        "pledged a 150 million USD deposit at the Central Bank of Peru, officials said.\n"
    ),
    "e_recall.txt": (
        " date 2024-05-17\n\n"
        "Algeria recalls envoy from Tunisia\n\n"
        "ALGIERS — Algeria recalled its ambassador to Tunisia on Thursday over a trade dispute.\n\n"
        "Tunisia answered within hours. He also recalled Tunisia's own ambassador in Algiers, Hedi "
        "Benali, for consultations.\n"
    ),
    "f_exports.txt": (
        " date 2024-04-09\n\n"
        "Portugal and Morocco expand trade\n\n"
        "LISBON — Portuguese exports to Morocco reached 400 million euros in 2023, the trade ministry "
        "said on Monday.\n"
    ),
    "g_handover.txt": (
        " date 2024-07-10\n\n"
        "Indonesia frees Timorese fishermen\n\n"
        "KUPANG — On Monday, Indonesian police released three of the fishermen, citing their health, and "
        "handed them over at the Motaain crossing.\n"
    ),
    "h_deported.txt": (
        " date 2024-05-23\n\n"
        "Ecuador protests over deportations\n\n"
        "QUITO — Ecuador summoned Peru's ambassador on Wednesday after Peru deported 64 Ecuadorian "
        "nationals on two charter flights, the foreign ministry said.\n"
    ),
    "i_protest.txt": (
        " date 2024-02-14\n\n"
        "Peru protests to Chile over airspace\n\n"
        "LIMA — Peru summoned Chile's ambassador on Tuesday over a military flight near the border. "
        "Deputy Foreign Minister Julio Paredes handed Ambassador Ana Rojas a note of protest.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_named_things_split_joined_names_and_leave_months():
    assert named_things("How much did the Kestrel-Varna Bank lend in January-March?") == [
        ["Kestrel", "Varna", "Bank"]
    ]


def test_a_state_is_found_by_any_of_its_names():
    names = {"BRA": ["Brazil", "Brazilian"]}
    grounding = Grounding({"Brazilian": "BRA", "Brazil": "BRA"}.get, lambda c: names.get(c, []), ["minister"])
    assert grounding.names_all("How many Brazilian trucks crossed?", "Trucks from Brazil crossed.")
    assert not grounding.names_all("How many trucks crossed at Pacaraima?", "Trucks from Brazil crossed.")


def test_a_count_from_an_article_about_other_places_is_no_answer(asker):
    answer = asker.answer("How many foreign citizens were repatriated in the Lunda Sul operation?")
    assert not answer.known or answer.value != "4", answer


def test_the_counted_noun_is_the_figures(asker):
    answer = asker.answer("How many crew members were on the Malaysian trawlers seized by Indonesia?")
    assert not answer.known or answer.value != "2", answer


def test_a_participle_of_the_subject_is_not_the_act(asker):
    question = asker.parse(
        "Where were the two Malaysian trawlers seized by the Indonesian navy in March 2024 escorted?"
    )
    assert question.verb == "escort", question


def test_a_date_of_another_act_in_the_same_sentence_is_not_the_answer(asker):
    answer = asker.answer("When did Poland suspend the 2004 agreement on Lithuanian trucks?")
    assert answer.known and answer.value == "2023-05", answer


def test_the_sum_of_the_thing_asked_before_another_sum(asker):
    answer = asker.answer("How large is the deposit Chile pledged at the Central Bank of Peru?")
    assert answer.known and float(answer.value or 0) == 150e6, answer


def test_a_sentence_of_the_circumstance_names_no_one_the_act_concerns(asker):
    answer = asker.answer(
        "Which Algerian diplomat did Tunisia summon after Algeria recalled its ambassador in May 2024?"
    )
    assert "Benali" not in answer.answer, answer


def test_a_sum_in_another_currency_is_given_in_dollars_too(asker):
    answer = asker.answer("How much were Portuguese exports to Morocco worth in 2023?")
    assert answer.known and "400 million EUR" in answer.answer and "$" in answer.answer, answer


def test_the_place_of_the_act_not_of_the_participle_nor_the_source(asker):
    answer = asker.answer(
        "Where were the two Malaysian trawlers seized by the Indonesian navy in March 2024 escorted?"
    )
    assert answer.known and "Belawan" in answer.answer, answer


def test_the_name_before_the_place_noun_asked_for(asker):
    answer = asker.answer("At which crossing did Indonesia hand over the three released Timorese fishermen?")
    assert answer.known and "Motaain" in answer.answer, answer


def test_the_counted_before_an_inverted_did_is_not_the_doer(asker):
    question = "How many Ecuadorians did Peru deport on the two charter flights in May 2024?"
    assert asker.parse(question).subject_country != "ECU"
    answer = asker.answer(question)
    assert answer.known and answer.value == "64", answer


def test_which_with_three_words_before_the_office_asks_for_a_person(asker):
    answer = asker.answer(
        "Which Peruvian deputy foreign minister handed Chile's ambassador a note of protest?"
    )
    assert answer.known and "Paredes" in answer.answer, answer
