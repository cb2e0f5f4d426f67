"""A later, shorter mention of a person named in full, which the model tags as an organisation, is
still that person; a name never given in full is no one's. Sentences written for these tests."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors

STORY = (
    "ASMARA — Eritrean Foreign Minister Mesfin Gebru met Ethiopian Prime Minister Haile Worku on Monday. "
    "Mesfin said the road would open soon. The visit was prepared in a phone call between Haile and "
    "President Yonas Berhane on Sunday."
)


def test_a_short_name_tagged_as_an_organisation_is_the_person_named_before(nlp, resources):
    doc = nlp(STORY)
    index = recognize_actors(doc, resources)
    later = [t for t in doc if t.text == "Haile"][-1]
    assert later.ent_type_ == "ORG"  # the model's reading this test is about
    assert index.person_at[later.i].name == "Haile Worku"
    assert index.resolve(later).country == "ETH"
    assert not any(a.name == "Haile" for a in index.actors)


def test_an_organisation_named_before_any_person_keeps_its_reading(nlp, resources):
    doc = nlp(
        "Haile said on Monday that it would open the road. Ethiopian Prime Minister Haile Worku agreed."
    )
    index = recognize_actors(doc, resources)
    first = doc[0]
    assert first.i not in index.person_at


def test_a_hyphened_surname_tagged_as_an_organisation_is_the_person_named_before(nlp, resources):
    doc = nlp(
        "The agreement was signed in Colombo by Fisheries Minister Nimal Perera and Oman's Deputy Foreign "
        "Minister Salim al-Ajmi, who arrived on Sunday for a two-day visit. Al-Ajmi was received on Monday "
        "by Foreign Minister Kumari Silva."
    )
    index = recognize_actors(doc, resources)
    later = [t for t in doc if t.text == "Ajmi"][-1]
    assert later.ent_type_ == "ORG"  # the model's reading this test is about
    assert index.person_at[later.i].name == "Salim al-Ajmi"
