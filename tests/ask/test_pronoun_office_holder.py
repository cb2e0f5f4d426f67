"""A "he" or "she" on the asked side of the act stands for the person named most recently before it in
its paragraph; that person answers a "Which minister …" question only when the article gives them the
office asked about, and only when no one else (a name the model did not take for a person's, an office
holder left unnamed) comes between."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLE = (
    " date 2025-05-20\n\n"
    "Chile and Norway talk salmon\n\n"
    "SANTIAGO — Norway's fisheries minister Ingrid Solhaug arrived in Santiago on Monday for talks on "
    "aquaculture. On Tuesday she toured a salmon hatchery in Puerto Montt with Chilean regulators.\n\n"
    "Chile's foreign minister Lucia Pardo hosted a dinner for the delegation. Norway's trade envoy "
    "Per Viken also attended. Later he toured a fish market in Valparaiso.\n\n"
    "Chile's mining minister Carlos Araya spoke at a forum in Antofagasta. The Norwegian deputy "
    "minister also spoke. Afterwards she toured a copper mine near Calama.\n"
)


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over({"a_salmon.txt": ARTICLE})


def test_she_stands_for_the_minister_named_before_her_in_the_paragraph(asker):
    answer = asker.answer("Which Norwegian minister toured a salmon hatchery in Puerto Montt?")
    assert answer.known and "Ingrid Solhaug" in answer.answer, answer


def test_he_after_a_name_of_another_office_is_no_minister(asker):
    answer = asker.answer("Which minister toured a fish market in Valparaiso?")
    assert not answer.known or "Lucia Pardo" not in answer.answer, answer


def test_an_unnamed_office_holder_between_blocks_the_earlier_name(asker):
    answer = asker.answer("Which minister toured a copper mine near Calama?")
    assert not answer.known or "Carlos Araya" not in answer.answer, answer
