"""Whose office a title names: a body's president in a kingdom, an organisation of states speaking
through its spokeswoman, "Ambassador X" right after the embassy spoke, and a possessed title."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text: str) -> dict:
    return {p.name: p for p in recognize_actors(nlp(text), resources).people}


def test_a_bodys_president_in_a_kingdom_is_not_given_the_republic_of_the_pair(nlp, resources):
    text = (
        "Norway funds Peruvian clinics\n\n"
        "OSLO, May 3 (Fjord Wire) — Norway will give Peru 40 million USD for rural clinics, the two "
        "governments said on Tuesday.\n\n"
        "The Norwegian Agency for Development Cooperation will manage the grant. NORAD's president, "
        "Ingrid Solvang-Haugen, said the first clinics would open next year."
    )
    person = _people(nlp, resources, text)["Ingrid Solvang-Haugen"]
    assert person.country != "PER"


def test_an_international_bodys_spokeswoman_takes_no_state_from_its_paragraphs_capital(nlp, resources):
    text = (
        "Latvia protests border balloons\n\n"
        "RIGA, May 3 (Baltic Ledger) — Latvia protested to Belarus on Tuesday about balloons crossing "
        "its border.\n\n"
        "In Brussels, the European Commission said it was following the matter. Spokeswoman Odile "
        "Marchetti-Brun said the bloc stood by Latvia."
    )
    person = _people(nlp, resources, text)["Odile Marchetti-Brun"]
    assert person.country is None


def test_a_state_body_in_a_capital_still_places_its_spokeswoman(nlp, resources):
    text = (
        "Latvia protests border balloons\n\n"
        "RIGA, May 3 (Baltic Ledger) — Latvia protested to Belarus on Tuesday about balloons crossing "
        "its border.\n\n"
        "In Minsk, the foreign ministry said it was following the matter. Spokeswoman Alesia Karpovich "
        "said the balloons were not Belarusian."
    )
    person = _people(nlp, resources, text)["Alesia Karpovich"]
    assert person.country == "BLR"


def test_ambassador_x_right_after_the_embassy_spoke_is_the_embassys(nlp, resources):
    text = (
        "Chile protests Canadian duties\n\n"
        "SANTIAGO — Chile protested on Monday against new Canadian duties on its copper.\n\n"
        "The Canadian embassy said in a statement that the duties followed the trade rules. Ambassador "
        "Graham Whitlock met Ms Soto on Tuesday."
    )
    assert _people(nlp, resources, text)["Graham Whitlock"].country == "CAN"


def test_a_possessed_title_is_not_the_persons(nlp, resources):
    text = (
        "Bhutan and Nepal talk trade\n\n"
        "THIMPHU, May 3 (Dragon Wire) — Bhutan and Nepal held trade talks on Tuesday.\n\n"
        "The Nepali embassy said it would send a team. Its head met the Prime Minister's adviser "
        "Dorji Wangmo Tshering."
    )
    person = _people(nlp, resources, text)["Dorji Wangmo Tshering"]
    assert person.title is None or person.title.role != "Prime Minister"


def test_its_rector_after_a_sentence_naming_one_body_is_that_bodys(nlp, resources):
    text = (
        "Uruguay and Paraguay sign a river pact\n\n"
        "MONTEVIDEO, May 3 (Estuary Bulletin) — Uruguay and Paraguay signed a river pact on Tuesday.\n\n"
        "The two hydrologists who drafted it teach at the National University of Uruguay. Its rector, "
        "Dr. Florencia Abadie-Sosa, said the pact would protect the river."
    )
    person = _people(nlp, resources, text)["Florencia Abadie-Sosa"]
    assert person.country == "URY"


def test_its_director_after_a_sentence_naming_two_actors_is_not_guessed(nlp, resources):
    text = (
        "Uruguay and Paraguay sign a river pact\n\n"
        "MONTEVIDEO, May 3 (Estuary Bulletin) — Uruguay and Paraguay signed a river pact on Tuesday.\n\n"
        "The hydrologists who drafted it work for Paraguay and the National University of Uruguay. Its "
        "director, Dr. Florencia Abadie-Sosa, said the pact would protect the river."
    )
    person = _people(nlp, resources, text)["Florencia Abadie-Sosa"]
    assert person.basis != "institution"
