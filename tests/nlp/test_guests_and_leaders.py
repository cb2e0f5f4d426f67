"""A person's country from who receives them, the delegation they lead, a state's answer that frames a
paragraph, a letterhead over two lines, and the wishes they voice for a state; surnames with an Arabic
article merged."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.people import Person, find_person


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_guest_of_a_host_marked_with_a_state_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "DOHA, May 2 (Gulf Wire) — Qatar and Iraq signed a gas deal on Monday.\n\n"
        "Foreign Minister Khalid bin Saad al-Thani was received on Monday by Iraq's president in "
        "Baghdad's palace.",
    )
    assert people["Khalid bin Saad al-Thani"].country == "QAT"


def test_guest_named_by_a_relative_pronoun_is_the_visitor(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HANOI, June 2 (Mekong Wire) — Vietnam and South Korea signed three deals on Tuesday during a "
        "visit by Vice Premier Kim Dong-hyun, who was received by Prime Minister Tran Van Long at the "
        "government office.",
    )
    assert people["Kim Dong-hyun"].country == "KOR"
    assert people["Tran Van Long"].country == "VNM"


def test_leader_of_a_delegation_takes_its_nationality(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ASTANA, April 3 (Steppe Wire) — Kazakhstan and Mongolia signed a transit accord on Thursday.\n\n"
        "Foreign Minister Nurlan Abenov welcomed the Mongolian delegation, led by Deputy Foreign "
        "Minister Batbold Ganzorig, at the ministry.",
    )
    assert people["Batbold Ganzorig"].country == "MNG"
    assert people["Nurlan Abenov"].country == "KAZ"


def test_unnamed_office_is_the_later_holders_not_anothers(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ASTANA, April 3 (Steppe Wire) — Kazakhstan and Mongolia signed an accord during a visit by "
        "Mongolia's acting foreign minister.\n\n"
        "Foreign Minister Nurlan Abenov welcomed the Mongolian delegation, led by Acting Foreign "
        "Minister Batbold Ganzorig, at the ministry.",
    )
    assert people["Nurlan Abenov"].country == "KAZ"
    assert people["Batbold Ganzorig"].country == "MNG"


def test_a_states_reaction_frames_the_official_who_follows(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LUSAKA, May 3 (Copper Wire) — Zambia closed its border post with Malawi on Monday.\n\n"
        "Lilongwe's reaction was swift. A police spokesman in Mzuzu, Inspector Peter Banda, said the "
        "closure was illegal.",
    )
    assert people["Peter Banda"].country == "MWI"


def test_a_wish_voiced_for_another_state_makes_the_speaker_its(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NAIROBI, May 3 (Savanna Wire) — Kenya halted flour imports from Tanzania on Friday.\n\n"
        "Prime Minister Juma Mwangi urged the trade minister on Saturday to reconsider and said Tanzania "
        'wanted "fair trade" with Nairobi.',
    )
    # The state whose wish an official voices is theirs (bilat.nlp.speech), not the dateline's.
    assert people["Juma Mwangi"].country == "TZA"


def test_letterhead_over_two_lines_and_an_honorific(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF FIJI\n\nPRESS RELEASE\n\nFiji and Japan sign fisheries "
        "pact\n\nThe agreement was signed at the Ministry by the Minister for Fisheries, Hon. Semi Tora, "
        "and the Ambassador of Japan, Mr. Kenji Ito.",
    )
    assert people["Semi Tora"].country == "FJI"
    assert people["Kenji Ito"].country == "JPN"
    assert "Hon" not in people


def test_letterhead_in_capitals_is_no_person(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PRESIDENT'S OFFICE\nREPUBLIC OF FIJI\n\nPRESS RELEASE\n\nThe President, Hon. Semi Tora, received "
        "the Ambassador of Japan, Mr. Kenji Ito.",
    )
    assert all(not name.isupper() for name in people)
    assert people["Semi Tora"].country == "FJI"


def test_surname_with_an_arabic_article_is_the_same_person():
    people = [Person(name="Khalid bin Saad al-Thani"), Person(name="Omar Haddad")]
    assert find_person(people, "Thani") is people[0]
    assert find_person(people, "Al-Thani") is people[0]
    assert find_person(people, "Saad al-Thani") is people[0]
    assert find_person(people, "Haddad") is people[1]


def test_state_line_above_a_ministry_line_is_a_letterhead(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PRESS RELEASE\n\nRepublic of Chile\nMinistry of Foreign Affairs — Press Office\n\n"
        "Chile and Peru hold talks\n\nThe talks were chaired by Foreign Minister Ana Rojas in Santiago.",
    )
    assert people["Ana Rojas"].country == "CHL"


def test_one_invited_to_visit_a_state_is_from_the_other(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PRESS RELEASE\n\nRepublic of Chile\nMinistry of Foreign Affairs — Press Office\n\n"
        "Chile and Peru hold talks\n\nForeign Minister Ana Rojas conveyed a message to President Luis "
        "Quispe and invited him to make a state visit to Chile next year.",
    )
    assert people["Ana Rojas"].country == "CHL"
    assert people["Luis Quispe"].country == "PER"
