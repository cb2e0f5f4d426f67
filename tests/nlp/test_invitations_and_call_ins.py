"""A person's country from an invitation to a state's place, a title only one state of the story's pair
holds, a ministry named in full that is not the one named before, envoys called in, a name the model
read as a place after a title's comma, and what an official presses a state to do at a later mention."""

from __future__ import annotations

from spacy.tokens import Span

from bilat.nlp.actors import recognize_actors
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.name_spans import names_read_as_places, portfolio_words


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_one_invited_to_a_capital_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LISBON, May 4 (Tagus Wire) — Portugal and Finland agreed on Tuesday to expand port cooperation.\n\n"
        "Portuguese Foreign Minister Rui Mendes Quaresma hosted the talks. Mendes Quaresma invited Prime "
        "Minister Eero Halonen to Lisbon next autumn.",
    )
    assert people["Eero Halonen"].country == "FIN"


def test_one_invited_to_visit_a_capital_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LISBON, May 4 (Tagus Wire) — Portugal and Finland agreed on Tuesday to expand port cooperation.\n\n"
        "Portugal's president invited Minister Eero Halonen to visit Lisbon in October.",
    )
    assert people["Eero Halonen"].country == "FIN"


def test_secretary_of_state_in_a_story_on_the_united_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BOGOTA, June 3 (Ridge Wire) — Colombia protested on Monday after the United States cut its aid.\n\n"
        "Secretary of State Walter Brennock announced the cut, saying Colombia had done too little. "
        "Washington and Bogota have argued over the programme for a year. Colombia said it regretted it.",
    )
    assert people["Walter Brennock"].country == "USA"


def test_secretary_of_state_with_a_portfolio_is_not_american(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BOGOTA, June 3 (Ridge Wire) — Colombia protested on Monday after the United States cut its aid.\n\n"
        "Secretary of State for Trade Lucia Arango Pinto said the cut was unfair. Washington and Bogota "
        "have argued over the programme for a year. Colombia said it regretted it.",
    )
    assert people["Lucia Arango Pinto"].country != "USA"


def test_secretary_of_state_outside_a_story_on_the_united_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "RABAT, June 3 (Dune Wire) — Morocco protested on Monday to Mauritania over a border closure.\n\n"
        "Secretary of State Karim Benali told the Mauritanian envoy that Morocco wanted the crossing "
        "reopened. Mauritania said it would study the request.",
    )
    assert people["Karim Benali"].country != "USA"


def test_a_department_named_in_full_is_not_the_ministry_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Portugal summons Danish envoy over remarks\n\n"
        "Portugal's foreign ministry summoned the Danish ambassador on Monday over remarks on migrants.\n\n"
        "A spokesman for the Federal Department of External Relations, Mikkel Sorensen Holm, said the "
        "remarks had been misread.",
    )
    person = people.get("Mikkel Sorensen Holm")
    # Neither state of the pair is a federation, so no "Federal Department" rule speaks either.
    assert person is None or person.country != "PRT"


def test_who_calls_in_an_envoy_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Cyprus protests seizure of fishing boat by Lebanon\n\n"
        "The Minister for Foreign Affairs, Andreas Georgiou Pavlides, called in the Ambassador of the "
        "Lebanese Republic, Rami Khoury Haddad, on Tuesday after Lebanon seized a Cypriot boat. Cyprus "
        "wants the crew freed, Lebanon said it would investigate.",
    )
    assert people["Andreas Georgiou Pavlides"].country == "CYP"


def test_who_summons_an_envoy_acts_for_a_state_whatever_the_title(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Zambia protests Malawi border shooting\n\n"
        "The Executive Director of the Ministry, Chanda Mwale Banda, summoned the Malawian High "
        "Commissioner, Peter Chirwa Phiri, on Monday. Zambia wants an inquiry, and Malawi said it would "
        "cooperate.",
    )
    # The model may read the first name as a place: the person is found by the rest of the name.
    (banda,) = [person for name, person in people.items() if name.endswith("Mwale Banda")]
    assert banda.country == "ZMB"
    assert banda.title is not None and banda.title.state_actor  # calling in an envoy is the state's act


def test_a_first_name_read_as_a_place_after_a_titles_comma(nlp, resources):
    # The model tags a first name as a place in some sentences only: the tag is set here as it does.
    doc = nlp(
        "In Lima, Peru's secretary general for fisheries, Marta Quiroga Ledesma, said the quota was unfair."
    )
    first = next(t.i for t in doc if t.text == "Marta")
    doc.ents = [e for e in doc.ents if not (e.start <= first + 2 and first <= e.end - 1)] + [
        Span(doc, first, first + 1, label="GPE"),
        Span(doc, first + 1, first + 3, label="PERSON"),
    ]
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    names_read_as_places(doc, gazetteer, resources.load("actors.portfolios", portfolio_words))
    assert ("Marta Quiroga Ledesma", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_a_capital_after_a_titles_comma_stays_a_place(nlp, resources):
    doc = nlp("The minister for trade, Sofia Medina Arce, said the quota was unfair.")
    first = next(t.i for t in doc if t.text == "Sofia")
    doc.ents = [e for e in doc.ents if not (e.start <= first + 2 and first <= e.end - 1)] + [
        Span(doc, first, first + 1, label="GPE"),
        Span(doc, first + 1, first + 3, label="PERSON"),
    ]
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    names_read_as_places(doc, gazetteer, resources.load("actors.portfolios", portfolio_words))
    assert ("Sofia", "GPE") in {(e.text, e.label_) for e in doc.ents}


def test_an_official_pressing_a_state_at_a_later_mention_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ghana and Canada sign nursing accord\n\n"
        "Minister Paula Whitcombe was received on Monday by the Cabinet Minister for Health, Kwame "
        "Asante Boadu, with whom she signed an accord on nurses.\n\n"
        "Asante Boadu welcomed the accord but pressed Ottawa to recognise Ghanaian diplomas faster. "
        "Canada said it would review the rules.",
    )
    assert people["Kwame Asante Boadu"].country == "GHA"
