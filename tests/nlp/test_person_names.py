"""A person actor needs a personal name: a place the model read as a person's is none, an office named
without its holder is listed as no one, and a title's holder named after its portfolio is that person.
Sentences written for these tests."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.actors import recognize_actors
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.people import has_personal_name


def test_a_place_read_as_a_person_is_no_person(nlp, resources):
    doc = nlp("Aid workers in Kasai said they were registering hundreds of new arrivals a day.")
    assert any(e.text == "Kasai" and e.label_ == "PERSON" for e in doc.ents)  # the model's reading
    index = recognize_actors(doc, resources)
    assert not any(p.name == "Kasai" for p in index.people)
    assert not any(a.kind == "person" for a in index.actors)


def test_a_place_name_that_takes_a_title_is_a_person(nlp, resources):
    doc = nlp("Minister Valencia said on Monday that the talks would go on.")
    index = recognize_actors(doc, resources)
    assert [p.name for p in index.people] == ["Valencia"]


def test_a_title_resolves_to_its_holder_named_after_the_portfolio(nlp, resources):
    doc = nlp(
        "The memorandum was signed by Nepal's Trade Minister Maya Gurung and China's Vice Minister of "
        "Commerce Li Wenbo in Kathmandu."
    )
    index = recognize_actors(doc, resources)
    vice = [t for t in doc if t.text == "Minister"][-1]
    ref = index.resolve(vice)
    assert (ref.name, ref.country) == ("Li Wenbo", "CHN")


def test_an_office_without_its_holder_is_not_a_personal_name(resources):
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    assert not has_personal_name("Vice President", gazetteer)
    assert not has_personal_name("charge d'affaires", gazetteer)
    assert not has_personal_name("Peru's Minister", gazetteer)
    assert has_personal_name("Li Wenbo", gazetteer)
    assert has_personal_name("Ana Ruiz", gazetteer)


def test_an_unnamed_official_stays_on_the_event_but_is_not_listed(pipeline):
    document = Document(
        id="t1",
        source_uri="memory://t1",
        text="Chile summoned Peru's charge d'affaires on Monday over the detention of two fishermen.",
    )
    analysis = pipeline.analyze(document)
    assert any(e.target is not None and e.target.kind == "person" for e in analysis.events)
    assert not any(a.kind == "person" for a in analysis.actors)


def test_an_adjective_on_a_body_is_no_title(nlp, resources):
    doc = nlp("Peru's official news agency Andina quoted a military source as accusing Chile of aggression.")
    index = recognize_actors(doc, resources)
    agency = next(t for t in doc if t.text == "agency")
    ref = index.resolve(agency)
    assert ref is None or ref.kind != "person"


def _people(nlp, resources, text: str) -> dict[str, str | None]:
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_its_title_is_of_the_body_named_before_in_the_sentence(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Imports of rice fell sharply in May, the Peruvian Rice Growers Association said, and its chairman, "
        "Tomas Huaman Rojas, said hundreds of trucks were waiting at the border.",
    )
    assert people["Tomas Huaman Rojas"] == "PER"


def test_its_title_is_of_the_body_that_spoke_in_the_sentence_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The Chilean Migration Institute said about 2,000 people had crossed since Friday. Its director, "
        "Paula Benitez Arce, said those returned were taken by bus to the border.",
    )
    assert people["Paula Benitez Arce"] == "CHL"


def test_its_title_after_a_state_is_not_read_as_a_body(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Peru protested on Monday, and its ambassador, Rosa Quinteros Vela, handed over a note.",
    )
    # The state's own official: not a body's, and never another state's.
    assert people["Rosa Quinteros Vela"] in {"PER", None}


def test_a_delegation_led_in_a_clause_without_its_verb(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The Bhutanese delegation was led by Foreign Minister Karma Dorji, and the Nepali delegation by "
        "Foreign Secretary Sita Rai.",
    )
    assert people["Karma Dorji"] == "BTN"
    assert people["Sita Rai"] == "NPL"


def test_an_office_only_one_state_has_gives_its_holder_that_state(nlp, resources):
    people = _people(
        nlp, resources, "The Taoiseach, Niamh Donnelly, said on Sunday the move was a grave mistake."
    )
    assert people["Niamh Donnelly"] == "IRL"


def test_its_title_after_an_unknown_body_takes_no_other_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Chile's navy stopped the convoy on Monday, the River Carriers' Chamber said. Its president, "
        "Mario Quispe Luna, said the barges were told to wait at the mooring.",
    )
    # "Its" is the unnamed Centre's, which no state's words mark: not the navy's state.
    assert people["Mario Quispe Luna"] != "CHL"


def test_an_office_after_a_deputy_word_is_no_persons_name(nlp, resources):
    doc = nlp("Chile summoned Peru's Deputy High Commissioner in Santiago, Mr. Luis Vera Soto, on Monday.")
    index = recognize_actors(doc, resources)
    assert all(has_personal_name(p.name, index.gazetteer) for p in index.people)


def test_an_armed_group_read_as_a_person_is_no_person(nlp, resources):
    doc = nlp("Al-Shabaab said it had attacked a base in the Bay region on Sunday.")
    index = recognize_actors(doc, resources)
    assert not any(p.name == "Al-Shabaab" for p in index.people)
