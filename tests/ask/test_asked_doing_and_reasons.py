""" "What were X doing when Y …" is answered by the "as" or "while" clause of the telling of Y whose
subject is X (or a plain word for them); "what reasons did X give for doing Y" by the reasons the telling
of Y gives ("for safety reasons", "because of …"), never by a time ("closed for two days")."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

SHOTS = (
    " date 2022-08-11\n\n"
    "DUSHANBE, Aug 11 (Pamir Herald) - Tajikistan accused Kyrgyz border guards on Thursday of opening fire "
    "on Tajik herders near Vorukh.\n\n"
    "A spokesman for the Tajik border service said two Tajik herders had been wounded on Tuesday when "
    "guards fired across the river while the men gathered hay.\n"
)
BRIDGE = (
    " date 2023-04-20\n\n"
    "TBILISI, April 20 (Kura Review) - Georgia protested on Thursday after Armenia shut the Sadakhlo "
    "bridge to lorries for two days.\n\n"
    "Armenia's transport ministry said the bridge had been shut for structural safety reasons and would "
    "reopen once engineers had inspected it.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_shots.txt": SHOTS, "b_bridge.txt": BRIDGE})


def test_what_people_were_doing_is_the_while_clause(asker):
    answer = asker.answer("What were the Tajik herders doing when Kyrgyz guards opened fire?")
    assert answer.known and "gathered hay" in answer.answer, answer


def test_the_reasons_given_are_the_acts_own(asker):
    answer = asker.answer(
        "What reasons did Armenia's transport ministry give for shutting the Sadakhlo bridge?"
    )
    assert "two days" not in answer.answer, answer
    assert not answer.known or "safety" in answer.answer, answer


PORTFOLIO = (
    " date 2024-11-06\n\n"
    "LJUBLJANA, Nov 6 (Sava Courier) - Croatia's minister for maritime affairs, Petra Vuković, met the "
    "Slovenian envoy on Tuesday.\n\n"
    "Ms Vuković had accused Slovenia on Monday of blocking a joint fisheries plan.\n"
)


def test_an_office_with_its_portfolio_before_the_name_titles_the_person(ask_over):
    asker = ask_over({"c_portfolio.txt": PORTFOLIO})
    answer = asker.answer("Which Croatian minister accused Slovenia of blocking the fisheries plan?")
    assert answer.known and "Vuković" in answer.answer, answer


TRIAL = (
    " date 2023-09-14\n\n"
    "LIMA, Sept 14 (Andes Bulletin) - Bolivia protested on Thursday after Peruvian police arrested nine "
    "Bolivian traders near Desaguadero.\n\n"
    "Peru's interior ministry said the nine Bolivian traders had been arrested for smuggling fuel inside "
    "Peru and would stand trial in Puno.\n"
)


def test_the_place_of_the_questions_other_verb_joined_to_its_act(ask_over):
    asker = ask_over({"d_trial.txt": TRIAL})
    answer = asker.answer(
        "In which Peruvian city are the Bolivian traders arrested near Desaguadero to stand trial?"
    )
    assert answer.answer != "Peru", answer
    assert answer.known and "Puno" in answer.answer, answer


CALL = (
    " date 2022-05-19\n\n"
    "WELLINGTON, May 19 (Tasman Wire) - New Zealand's trade minister will visit Santiago next month.\n\n"
    "The trip comes after a telephone call between Prime Minister Hana Riley and President Tomás Aguilar in "
    "April, in which they agreed to review the kiwifruit quota.\n"
)


def test_speaking_by_telephone_is_told_as_a_telephone_call(ask_over):
    asker = ask_over({"e_call.txt": CALL})
    answer = asker.answer(
        "When did New Zealand's prime minister Riley and President Aguilar speak by telephone?"
    )
    assert answer.known and answer.value == "2022-04", answer
