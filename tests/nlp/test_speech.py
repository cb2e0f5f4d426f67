"""An official's state read from what they say a state will do (``bilat.nlp.speech``): its own will,
wish or readiness is theirs; a consequence they warn it of is not."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_speech_the_state_whose_will_an_official_announces_is_theirs(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 2 (Ridge Wire) — Peru expelled Ecuador's consul in Tumbes on Monday.\n\n"
        'President Rosa Medina defended the decision on Tuesday, saying that Peru "will not tolerate '
        'interference" in its affairs.',
    )
    assert people["Rosa Medina"] == ("PER", "speech")


def test_speech_a_second_verb_of_speech_and_a_wish(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 2 (Ridge Wire) — Ecuador recalled its ambassador from Peru on Monday.\n\n"
        'Prime Minister Tomas Ibarra urged calm on Tuesday and said Ecuador wanted "normal relations" '
        "with Lima.",
    )
    assert people["Tomas Ibarra"] == ("ECU", "speech")


def test_speech_readiness_told_in_a_relative_clause(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NAIROBI, May 2 (Rift Wire) — Kenya's finance minister flew to Tokyo for talks on debt relief.\n\n"
        'He met Deputy Prime Minister Hiro Tanaka on Monday, who told him that Japan "stands ready to '
        'support Kenya".',
    )
    assert people["Hiro Tanaka"] == ("JPN", "speech")


def test_speech_a_warning_of_what_a_state_will_suffer_is_no_will(nlp, resources):
    people = _people(
        nlp,
        resources,
        "SEOUL, May 2 (Han Wire) — North Korea fired two missiles into the sea on Monday.\n\n"
        'General Pak Chol Nam warned that South Korea would "pay a heavy price" for the drills.',
    )
    assert people["Pak Chol Nam"] == (None, None)


def test_speech_a_warning_of_what_the_dateline_state_will_suffer_undoes_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "TOKYO, May 2 (Kanto Wire) — Japan protested on Monday after a missile flew over Hokkaido.\n\n"
        'Ri Chol Min, a senior party official, said on Tuesday that Japan would "pay dearly".\n\n'
        "Foreign Minister Kenta Mori said the launch was reckless.",
    )
    assert people["Ri Chol Min"] == (None, None)
    assert people["Kenta Mori"] == ("JPN", "dateline")


def test_speech_what_a_state_must_do_says_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The two states quarrelled over the river.\n\n"
        "Foreign Minister Ana Castro said Chile should withdraw its engineers from the border.",
    )
    assert people["Ana Castro"] == (None, None)


def test_speech_a_ministry_frames_its_spokeswoman(nlp, resources):
    people = _people(
        nlp,
        resources,
        "WARSAW, June 2 (Vistula Post) — Poland protested on Monday over the detention of Polish truckers "
        "at the border.\n\nBelarus's foreign ministry said on Tuesday that the checks were lawful. "
        "Spokeswoman Irina Sokolova said several drivers had broken customs rules.",
    )
    assert people["Irina Sokolova"] == ("BLR", "framing")


def test_speech_an_employer_named_by_an_unknown_acronym_outranks_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HONIARA, May 2 (Reef Wire) — Solomon Islands police seized three canoes near the border.\n\n"
        "The QZDF's commander of the border sector, Colonel Peter Aku, said the canoes carried fuel.",
    )
    assert people["Peter Aku"] == (None, None)


def test_speech_an_accusation_the_parser_joined_to_a_relative_clause_is_the_speakers(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PARIS, March 14 (Seine Wire) — France summoned Britain's ambassador over a detained trawler.\n\n"
        'Fisheries Minister Tom Harlow rejected what he called "threats that help nobody" on Thursday and '
        "accused French crews of fishing without permission.",
    )
    assert people["Tom Harlow"][0] == "GBR"


def test_speech_a_chairman_whose_body_is_named_before_him_is_its(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Queues grew at the border, according to the Hauliers Association of Zambia, whose chairman Joseph "
        "Tembo said drivers had no water.",
    )
    assert people["Joseph Tembo"] == ("ZMB", "institution")


def test_speech_who_rejects_what_they_call_the_datelines_words_is_the_other_sides(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LILONGWE, May 2 (Lake Wire) — Malawi protested to Tanzania over the arrest of its fishermen.\n\n"
        "Deputy Minister Juma Hamisi denied that the arrests were political and rejected what he called "
        '"loud diplomacy" from Lilongwe.',
    )
    assert people["Juma Hamisi"] == ("TZA", "addressee")
