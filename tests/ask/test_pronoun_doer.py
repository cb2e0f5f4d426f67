"""A sentence told by "he" or "she" is told by the person the sentences just before name; when the article
named that person with the office the question gives its doer ("Peru's Minister of State for Fisheries"),
the office's words count as the sentence's own. A place told again by its kind ("in the province")
after the sentence before named it; an outlet named as the source of a question; a flight is flying."""

from __future__ import annotations

import pytest

from bilat.ask import Asker
from bilat.ask.source_names import _is_outlet

ARTICLES = {
    "a_fisheries.txt": (
        " date 2024-03-05\n\n"
        "Peru protests over Ecuadorian trawlers\n\n"
        "LIMA — Peru protested to Ecuador on Monday over trawlers fishing in its waters.\n\n"
        "Peru's minister of state for fisheries, Rosa Quintanilla, said on Monday that the boats had "
        "been fishing without licences for weeks. "
        "She demanded that Quito withdraw the boats from the disputed zone at once.\n"
    ),
    "b_other.txt": (
        " date 2024-03-07\n\n"
        "Bolivia and Paraguay talk trade\n\n"
        "ASUNCION — Paraguay's trade minister, Hugo Benegas, met Bolivian officials on Wednesday. "
        "He said the talks had gone well.\n\n"
        "Bolivia's ambassador, Carla Rojas, said on Thursday that the meeting had been useful. "
        "She demanded that Asuncion lower tariffs on Bolivian gas.\n"
    ),
    "c_troops.txt": (
        " date 2024-05-10\n\n"
        "Kenyan troops stay in the north\n\n"
        "NAIROBI, May 10 (Savanna Ledger) — Kenya and Somalia agreed on Thursday to extend their joint "
        "patrols.\n\n"
        "The patrols have run since 2022 in Gedo, where attacks have fallen. "
        "Some 900 Kenyan soldiers remain in the region under the deal, officials said.\n"
    ),
    "e_warning.txt": (
        " date 2024-09-12\n\n"
        "Norway presses Iceland over quotas\n\n"
        "OSLO — Norway's fisheries minister, Sindre Aasheim, met Iceland's ambassador on Wednesday. "
        "He warned that Oslo could close its ports to Icelandic trawlers if the mackerel quotas were "
        "not cut.\n"
    ),
    "d_flight.txt": (
        " date 2024-08-02\n\n"
        "Armenia turns back Azerbaijani reporters\n\n"
        "YEREVAN — Armenian border police refused entry to three Azerbaijani reporters at Yerevan airport "
        "on Monday and put them on an evening flight to Tbilisi.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_she_is_the_minister_the_sentence_before_names(asker):
    answer = asker.answer("What did Peru's minister of state for fisheries demand that Quito do?")
    assert answer.known and answer.answer.startswith("withdraw"), answer
    assert answer.citations[0].evidence.startswith("She demanded")


def test_she_who_was_never_given_the_office_does_not_answer(asker):
    # The ambassador's demand is not the trade minister's: "she" is not the person given that office.
    answer = asker.answer("What did Paraguay's trade minister demand that Bolivia do?")
    assert not answer.known or "tariff" not in answer.answer, answer


def test_the_region_named_in_the_sentence_before(asker):
    answer = asker.answer("How many Kenyan soldiers remain in Gedo?")
    assert answer.known and answer.value == "900", answer


def test_the_outlet_as_the_source(asker):
    answer = asker.answer("According to the Savanna Ledger, how many Kenyan soldiers remain in Gedo?")
    assert answer.known and answer.value == "900", answer


def test_an_outlet_is_matched_whole_without_its_article():
    assert _is_outlet("The Savanna Ledger", "the Savanna Ledger")
    assert _is_outlet("Savanna Ledger", "the savanna ledger")
    assert not _is_outlet("Savanna Ledger Weekly", "the Savanna Ledger")
    assert not _is_outlet(None, "the Savanna Ledger")


def test_another_outlet_is_not_the_source(asker):
    answer = asker.answer("According to the Coastal Herald, how many Kenyan soldiers remain in Gedo?")
    assert not answer.known, answer


def test_a_flight_back_tells_where_they_were_flown(asker):
    answer = asker.answer("Where were the three Azerbaijani reporters flown after being refused entry?")
    assert answer.known and answer.answer == "Tbilisi", answer


def test_a_warning_of_what_one_would_do_is_a_threat(asker):
    answer = asker.answer("What did Norway threaten to do if Iceland did not cut the mackerel quotas?")
    assert answer.known and "close its ports" in answer.answer, answer
