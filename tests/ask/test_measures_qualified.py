"""Figures written with more than a number and a noun: a scale word before the unit ("21 billion cubic
metres"), a stuff qualified by its origin ("tonnes of Kenyan tea"), a count whose own words say what it
counts ("2.1 million registered voters"); a subject whose words qualify a later one ("the Kenyan and
Ugandan trade ministers sign"); a sentence that names a country only through its person's surname."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_gas.txt": (
        " date 2023-02-08\n\n"
        "Azerbaijan raises gas deliveries to Georgia\n\n"
        "BAKU — The Caspian pipeline carried about 4 billion cubic metres of Azerbaijani gas to Georgia "
        "in 2022, the energy ministry said on Tuesday.\n"
    ),
    "b_tea.txt": (
        " date 2023-05-17\n\n"
        "Egypt to admit Kenyan tea free of duty\n\n"
        "CAIRO — Under a deal signed on Monday, Egypt is to let in 45,000 tonnes of Kenyan tea a year "
        "free of duty.\n"
    ),
    "c_voters.txt": (
        " date 2023-09-20\n\n"
        "Lebanon counts Syrian refugees\n\n"
        "BEIRUT — Lebanon, which hosts about 1.4 million registered Syrian refugees, its social "
        "affairs ministry says, asked donors on Tuesday for more help.\n"
    ),
    "d_agreements.txt": (
        " date 2023-11-15\n\n"
        "Kenya and Uganda deepen trade ties\n\n"
        "NAIROBI — Kenya and Uganda agreed on Tuesday to cut border fees, Prime Minister Daniel Omondi "
        "of Kenya said after talks with his Ugandan counterpart Grace Nakato.\n\n"
        "Omondi, who was received by Nakato at State House, signed 14 agreements with her covering "
        "transport, energy and health.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_measures_a_scale_word_before_the_unit(asker):
    answer = asker.answer("How much Azerbaijani gas did the Caspian pipeline carry to Georgia in 2022?")
    assert answer.known and "4 billion cubic metres" in answer.answer, answer


def test_measures_a_stuff_qualified_by_its_origin(asker):
    answer = asker.answer("How much Kenyan tea will Egypt admit free of duty each year?")
    assert answer.known and "45,000 tonnes" in answer.answer, answer


def test_measures_a_count_whose_own_words_say_what_it_counts(asker):
    answer = asker.answer("How many registered Syrian refugees does Lebanon host?")
    assert answer.known and "1.4 million" in answer.answer, answer


def test_measures_qualifying_words_after_did_are_no_act(asker):
    question = asker.parse("How many agreements did the Kenyan and Ugandan prime ministers sign?")
    assert question.verb == "sign", question


def test_measures_a_surname_names_its_country(asker):
    answer = asker.answer("How many agreements did the Kenyan and Ugandan prime ministers sign?")
    assert answer.known and answer.value == "14", answer
