"""Nationality words that do not name their state's act ("ethnic" peoples, "-backed" sponsors), forces led
by a state ("Turkish-led troops"), misspelled state names ("Ethopia"), federal units as their state's
regions, and a surname with its office ("President Bush") resolved by the article's date. Every sentence
is our own writing."""

from __future__ import annotations

from bilat.models import Document
from bilat.nlp.actors import recognize_actors
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.leaders import load_leaders, titled_holder
from bilat.nlp.misspellings import misspelled_state


def _subject(nlp, resources, text):
    doc = nlp(text)
    index = recognize_actors(doc, resources)
    subject = next(t for t in doc if t.dep_ in {"nsubj", "nsubjpass"})
    return index.resolve(subject)


def test_ethnic_people_is_not_its_kin_state(nlp, resources):
    ref = _subject(nlp, resources, "Ethnic Hungarians marched through the town on Sunday.")
    assert ref is None or ref.country != "HUN"
    # Without "ethnic" the nationality word is still the state's.
    ref = _subject(nlp, resources, "Hungarians marched through the town on Sunday.")
    assert ref is not None and ref.country == "HUN"


def test_ethnic_people_names_no_state_actor_but_counts_for_the_story(nlp, resources):
    doc = nlp("Ethnic Hungarians rallied in Bratislava on Sunday.")
    index = recognize_actors(doc, resources)
    assert all(ref.country != "HUN" for ref in index.by_token.values())
    # Their kin state is still a party to the story (its pair), though not to the act.
    assert any(m.country == "HUN" for m in index.mentions)


def test_forces_led_by_a_state_are_its_side(nlp, resources):
    ref = _subject(nlp, resources, "Turkish-led troops shelled the village on Tuesday.")
    assert ref is not None and ref.country == "TUR"


def test_sponsored_forces_are_not_the_sponsor(nlp, resources):
    ref = _subject(nlp, resources, "Turkish-backed militias shelled the village on Tuesday.")
    assert ref is None or ref.country != "TUR"


def test_federal_unit_is_a_region_of_its_state(nlp, resources):
    doc = nlp("Mexico sent a trade delegation to Nevada on Monday.")
    index = recognize_actors(doc, resources)
    nevada = next(t for t in doc if t.text == "Nevada")
    ref = index.by_token.get(nevada.i)
    assert ref is not None and (ref.country, ref.sector) == ("USA", "LOC")


def test_state_named_like_a_federal_unit_stays_a_state(nlp, resources):
    doc = nlp("Armenia sent a trade delegation to Georgia on Monday.")
    index = recognize_actors(doc, resources)
    georgia = next(t for t in doc if t.text == "Georgia")
    assert index.by_token[georgia.i].country == "GEO"


def test_titled_surname_is_the_office_holder_of_the_day(resources):
    leaders = load_leaders(resources)
    term = titled_holder(leaders, "Bush", "president", "President", "2006-03-01")
    assert term is not None and (term.name, term.country) == ("George W. Bush", "USA")
    # Out of office on the day, or another office than the title's: nobody.
    assert titled_holder(leaders, "Bush", "president", "President", "2011-03-01") is None
    assert titled_holder(leaders, "Bush", "prime minister", "Prime Minister", "2006-03-01") is None


def test_titled_surname_in_text_gets_the_country(pipeline):
    doc = Document(
        id="t1",
        source_uri="t1",
        text="President Bush said on Tuesday that the talks with Mexico would resume.",
        published="2007-05-02",
    )
    people = [a for a in pipeline.analyze(doc).actors if a.kind == "person"]
    assert any(p.country == "USA" for p in people)


def test_misspelled_state_name_is_the_state(resources):
    gazetteer = load_gazetteer(resources)
    assert misspelled_state("Ethopia", gazetteer, resources) == "ETH"
    assert misspelled_state("Phillippines", gazetteer, resources) == "PHL"
    # A city the country records list beside the state's names is no spelling of the state.
    assert misspelled_state("Davao", gazetteer, resources) is None


def test_misspelled_state_in_text_acts_for_the_state(nlp, resources):
    ref = _subject(nlp, resources, "Ethopia has agreed to reopen its border with Kenya.")
    assert ref is not None and ref.country == "ETH"
