"""Evidence read from the right words: "who" after two names is the nearer one's, an office the model read
as a body gives no state, a bare "Department" is no dateline's office, and a ministry the tagger called a
proper noun frames the official after it."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_evidence_who_after_two_names_is_the_nearer_ones(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Andes Post) — Peru and Qatar signed an air services agreement on Monday.\n\n"
        "The agreement was signed in Lima by Transport Minister Rosa Huaman and Qatar's Deputy Foreign "
        "Minister Khalid al-Marri, who arrived on Sunday for a three-day visit.",
    )
    assert people["Rosa Huaman"] != "QAT"
    assert people["Khalid al-Marri"] == "QAT"


def test_evidence_office_read_as_body_is_no_body(nlp, resources):
    from bilat.nlp.countries import load_gazetteer
    from bilat.nlp.state_body_names import office_named

    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    doc = nlp(
        "Talks were chaired by the Minister of Land, Infrastructure and Transport and the Office of "
        "the President."
    )
    office = doc.char_span(doc.text.index("Minister"), doc.text.index(" and the Office"))
    body = doc.char_span(doc.text.index("Office"), len(doc.text) - 1)
    assert office_named(office, gazetteer)
    assert not office_named(body, gazetteer)


def test_evidence_bare_department_is_not_the_datelines(nlp, resources):
    doc = nlp(
        "ACCRA, June 6 (Coast Herald) — Ghana summoned Togo's ambassador on Wednesday over remarks made at "
        "a conference in Lome.\n\n"
        "Department spokesman Kodjo Amegah said on Thursday that Togo rejected the summons."
    )
    index = recognize_actors(doc, resources)
    department = next(t for t in doc if t.text == "Department")
    assert index.by_token[department.i].country is None
    amegah = next(p for p in index.people if p.name == "Kodjo Amegah")
    assert amegah.basis != "institution"


def test_evidence_lower_case_ministry_frames_an_undersecretary(nlp, resources):
    people = _people(
        nlp,
        resources,
        "VALLETTA, 3 October 2024 (Island Wire) — A Maltese court fined the captain of a Tunisian boat on "
        "Wednesday.\n\n"
        "The Tunisian foreign ministry said on Tuesday that a note of protest had been handed to the Maltese "
        "embassy in Tunis. Undersecretary Sami Ben Salah said the same day that the seizure was unlawful.",
    )
    assert people["Sami Ben Salah"] == "TUN"
