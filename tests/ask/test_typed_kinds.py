"""Typed answers by the kind the question asks for: a crossing, port or island named in the act's clause or
the next sentence's "they"; a vessel or a body by its own name ("the name of the ship whose …", "its
Ministry of …", "the embassy in X"); a region never for "which city"; and no answer when a later "the
ambassador, X" may be either of two holders the sentence tells."""

from __future__ import annotations

import pytest

from bilat.ask import Asker

ARTICLES = {
    "a_crossing.txt": (
        " date 2024-09-12\n\n"
        "Honduras returns detained Nicaraguan farmers\n\n"
        "TEGUCIGALPA — Honduras on Thursday freed six Nicaraguan farmers it had held for a week.\n\n"
        "The Honduran army said the farmers had been detained near the river while cutting timber. "
        "They were handed over at the El Guasaule crossing shortly before dusk on Thursday.\n"
    ),
    "b_island.txt": (
        " date 2024-02-20\n\n"
        "Mauritius protests over runway work\n\n"
        "PORT LOUIS — Mauritius summoned the Seychelles high commissioner on Monday and demanded that "
        "Seychelles stop building a runway on Ile Corbeau, an island of the Farquhar group, officials "
        "said.\n"
    ),
    "c_freighter.txt": (
        " date 2023-07-03\n\n"
        "Fiji detains Tongan cargo crew\n\n"
        "SUVA — The crew of the Lupe Moana, a 900-tonne inter-island freighter registered in Nuku'alofa, "
        "were detained on Sunday when a Fijian patrol boat stopped the vessel off Lakeba, police said.\n"
    ),
    "d_ministry.txt": (
        " date 2022-11-08\n\n"
        "Costa Rica warns Nicaragua over beef ban\n\n"
        "SAN JOSE — Costa Rica warned Nicaragua on Monday that it would raise tariffs on Nicaraguan "
        "coffee if a ban on Costa Rican beef was not lifted within 45 days. Trade Minister Elena Mora said "
        "Nicaragua's decision to halt those imports, announced by its Ministry of Rural Economy on "
        "November 2, had no basis in science.\n"
    ),
    "e_envoys.txt": (
        " date 2024-04-18\n\n"
        "Gabon expels French diplomat\n\n"
        "LIBREVILLE — Gabon on Wednesday declared a senior French diplomat persona non grata, a day after "
        "Paris summoned its ambassador over the arrest of two French geologists.\n\n"
        "The ambassador, Rodrigue Mba Nzoghe, was summoned to the foreign ministry in Paris on Tuesday.\n"
    ),
    "f_region.txt": (
        " date 2021-10-14\n\n"
        "Jamaica protests detention of students in Canada\n\n"
        "KINGSTON — Jamaica protested to Canada on Wednesday over the detention of nine Jamaican "
        "students.\n\n"
        "Police in Ontario detained nine Jamaican students in raids late last week, the Jamaican "
        "foreign ministry said.\n"
    ),
    "g_boats.txt": (
        " date 2025-03-04\n\n"
        "Dominican navy detains Haitian fishing boats\n\n"
        "SANTO DOMINGO — The Dominican navy said on Monday it had detained three Haitian fishing boats "
        "and 20 crew members off Isla Beata.\n\n"
        "The Haitian coast guard gave a lower figure. It said in a statement that 11 crew members were "
        "being held.\n"
    ),
    "h_charge.txt": (
        " date 2024-08-23\n\n"
        "Ecuador summons Colombian envoy over visa rule\n\n"
        "QUITO — Ecuador's foreign ministry called in Bogota's chargé d'affaires on Friday to protest "
        "against a new Colombian visa rule for Ecuadorian truck drivers.\n\n"
        "The chargé, Andrés Pombo Rey, was received by Deputy Minister Ana Velez, the ministry said.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(ask_over) -> Asker:
    return ask_over(ARTICLES)


def test_typed_kinds_crossing_told_of_they(asker):
    answer = asker.answer("At which crossing were the detained Nicaraguan farmers handed back by Honduras?")
    assert answer.known and "El Guasaule" in answer.answer


def test_typed_kinds_island_beside_named_group(asker):
    # The question names the group the island lies in: the island's own name is the answer.
    answer = asker.answer("On which island of the Farquhar group is Seychelles building the runway?")
    assert answer.known and answer.answer == "Ile Corbeau"


def test_typed_kinds_name_of_vessel_whose_crew(asker):
    answer = asker.answer("What is the name of the Tongan freighter whose crew was detained off Lakeba?")
    assert answer.known and answer.answer == "Lupe Moana"


def test_typed_kinds_body_by_its_kind_word(asker):
    answer = asker.answer("Which Nicaraguan ministry announced the halt of imports of Costa Rican beef?")
    assert answer.known and answer.answer == "Ministry of Rural Economy"


def test_typed_kinds_within_how_many_days(asker):
    answer = asker.answer("Within how many days did Costa Rica say Nicaragua had to lift its beef ban?")
    assert answer.known and "45" in answer.answer


def test_typed_kinds_two_unnamed_holders_abstain(asker):
    # "its ambassador" is Gabon's; the French diplomat is another person, never named.
    answer = asker.answer("Which French diplomat did Gabon declare persona non grata?")
    assert not answer.known


def test_typed_kinds_region_never_a_city(asker):
    answer = asker.answer("In which Canadian city were the Jamaican students detained?")
    assert not answer.known or "Ontario" not in answer.answer


def test_typed_kinds_it_said_after_the_source(asker):
    # "It said …" goes on with the body the sentence before names: that body's account.
    answer = asker.answer("According to the Haitian coast guard, how many Haitian crew members were held?")
    assert answer.known and "11" in answer.answer


def test_typed_kinds_called_in_is_summoned(asker):
    answer = asker.answer("Which Colombian diplomat did Ecuador summon over the visa rule?")
    assert answer.known and "Pombo" in answer.answer


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("To which harbour was the Latvian yacht seized off Ruhnu in May towed?", "tow"),
        ("At which border post were the Zambians expelled from Harare handed over?", "hand"),
        ("On which island is Seychelles building the runway Mauritius protested against?", "build"),
    ],
)
def test_typed_kinds_inverted_question_act(asker, question, act):
    # The participle the auxiliary governs is the act; one describing the subject is not.
    parsed = asker.parse(question)
    assert parsed.act == act
    assert parsed.form is not None and parsed.form.name == "which_place"
