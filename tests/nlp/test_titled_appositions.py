"""Names set off by commas after a title the model tagged as a body, titles of several words over a post's
place, and courtesy titles tagged with a name."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_a_high_commissioner_in_a_capital_is_of_the_state_that_posted_them(nlp, resources):
    people = _people(
        nlp,
        resources,
        "On Friday Kenya's high commissioner in Kampala, Rakesh Omondi, met officials at the Ugandan "
        "trade ministry.",
    )
    # The post's place is where they serve, not whose they are.
    assert people["Rakesh Omondi"].country == "KEN"


def test_a_chief_executive_of_a_national_firm_is_a_person(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The Norwegian ferry operator's chief executive, Sigrid Holmvik, warned that fares would rise.",
    )
    assert people["Sigrid Holmvik"].country == "NOR"


def test_a_chief_executive_is_placed_by_the_state_body_they_run(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Tanzanian firms will invest 20 million USD, Tanzania Investment Centre chief executive Neema Mushi "
        "said on Monday.",
    )
    assert people["Neema Mushi"].country == "TZA"


def test_a_name_joined_to_a_ministers_title_is_a_person_not_a_body(nlp, resources):
    from spacy.tokens import Span

    from bilat.nlp.countries import load_gazetteer
    from bilat.nlp.titled_names import names_tagged_as_bodies

    doc = nlp(
        "The talks were led by Ghana's Minister of Works and Housing, Kofi Adjetey, and Togo's "
        "Minister of Planning, Essowe Kpatcha, who arrived in Accra on Monday."
    )
    # The model may read such a name as a body's: tag it so, as it does on some runs of words.
    start = next(t.i for t in doc if t.text == "Essowe")
    doc.ents = [e for e in doc.ents if not (e.start <= start < e.end or e.start <= start + 1 < e.end)] + [
        Span(doc, start, start + 2, label="ORG")
    ]
    names_tagged_as_bodies(doc, resources.load("actors.gazetteer", load_gazetteer))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Essowe Kpatcha"] == "PERSON", labels


def test_a_body_after_a_title_stays_a_body(nlp, resources):
    from bilat.nlp.countries import load_gazetteer
    from bilat.nlp.titled_names import names_tagged_as_bodies

    doc = nlp("The director of the agency, Volta River Authority, said the dam was safe.")
    before = {e.text: e.label_ for e in doc.ents}
    names_tagged_as_bodies(doc, resources.load("actors.gazetteer", load_gazetteer))
    after = {e.text: e.label_ for e in doc.ents}
    assert "PERSON" not in {after[t] for t in after if "Authority" in t}
    assert {t: v for t, v in before.items() if v == "ORG"}.keys() <= after.keys()


def test_a_courtesy_title_is_no_part_of_the_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The delegation also met the Permanent Secretary for Trade, Ms Salote Vunivalu, in Suva on Monday.",
    )
    assert "Salote Vunivalu" in people
    assert "Ms Salote Vunivalu" not in people


def test_a_posts_place_and_the_name_after_it_tagged_as_one_body_are_split(nlp, resources):
    from spacy.tokens import Span

    from bilat.nlp.countries import load_gazetteer
    from bilat.nlp.titled_names import names_tagged_as_bodies

    doc = nlp("Ghana's consul general in Kumasi, Ama Serwaa Boateng, said the traders were safe.")
    start = next(t.i for t in doc if t.text == "Kumasi")
    end = next(t.i for t in doc if t.text == "Boateng") + 1
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label="ORG")
    ]
    names_tagged_as_bodies(doc, resources.load("actors.gazetteer", load_gazetteer))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Kumasi") == "GPE", labels
    assert labels.get("Ama Serwaa Boateng") == "PERSON", labels


def test_a_body_after_a_place_and_a_comma_is_left_whole(nlp, resources):
    from spacy.tokens import Span

    from bilat.nlp.countries import load_gazetteer
    from bilat.nlp.titled_names import names_tagged_as_bodies

    doc = nlp("The talks were held in Accra, Volta River Authority officials said.")
    start = next(t.i for t in doc if t.text == "Accra")
    end = next(t.i for t in doc if t.text == "Authority") + 1
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label="ORG")
    ]
    names_tagged_as_bodies(doc, resources.load("actors.gazetteer", load_gazetteer))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Accra, Volta River Authority") == "ORG", labels
