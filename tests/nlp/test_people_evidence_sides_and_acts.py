"""A person's country from evidence, never proximity: a capital under its accented spelling, a paragraph
turned to the other state's answer, a ministry by the name only one state gives it, "its" envoy summoned,
the other state's leader in a protest, two sides in one sentence, an act announced, a visitor turned back."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: (p.country, p.basis) for p in index.people}


def test_people_capital_in_accented_spelling_seats_speaker(nlp, resources):
    text = (
        "ABUJA, June 3 (Gulf Wire) — Nigeria closed a crossing to Cameroonian lorries on Monday.\n\n"
        "In Yaoundé, the government spokesman, Etienne Mballa Ngono, denied on Tuesday that the trucks "
        "had carried arms."
    )
    assert _people(nlp, resources, text)["Etienne Mballa Ngono"] == ("CMR", "seat")


def test_people_paragraph_turned_to_other_states_answer_leaves_the_ministry(nlp, resources):
    text = (
        "OSLO — Norway summoned Russia's ambassador on Monday over a fishing dispute, the foreign ministry "
        "said.\n\n"
        "Moscow's reply was quick. On Tuesday, the foreign ministry spokeswoman, Irina Volkonskaya, denied "
        "that any trawler had entered Norwegian waters."
    )
    assert _people(nlp, resources, text)["Irina Volkonskaya"][0] != "NOR"


def test_people_external_affairs_ministry_is_indias(nlp, resources):
    text = (
        "DHAKA, May 2 (Delta Wire) — Bangladesh's foreign ministry protested on Monday over a fence.\n\n"
        "On Tuesday the external affairs ministry spokesman, Rohit Sabharwal, said the fence was lawful."
    )
    assert _people(nlp, resources, text)["Rohit Sabharwal"] == ("IND", "institution")


def test_people_its_ambassador_summoned_is_not_the_summoners(nlp, resources):
    text = (
        "Gabon closed a Portuguese school on Friday, a day after Lisbon summoned its ambassador over "
        "the arrest of two Portuguese pilots.\n\n"
        "The ambassador, Rufin Ndong Obame, was summoned to the foreign ministry in Lisbon on Thursday."
    )
    assert _people(nlp, resources, text)["Rufin Ndong Obame"][0] != "PRT"


def test_people_its_leader_in_a_protest_is_not_the_protesters(nlp, resources):
    text = (
        "LA PAZ, May 4 — Peru has lodged a formal protest with Bolivia over its president's remarks at a "
        "summit.\n\n"
        "President Aurelio Quispe Mamani said on Friday that the lake had been 'stolen'."
    )
    assert _people(nlp, resources, text)["Aurelio Quispe Mamani"] == ("BOL", "dateline")


def test_people_paragraph_frame_gives_none_to_host_and_guest(nlp, resources):
    text = (
        "Korea will give Samoa two rescue boats under a grant signed on Monday.\n\n"
        "The grant was signed by Vice Minister Park Ji-hoon and Finance Minister Tuilagi Sefo after Park "
        "was received by Prime Minister Lealaiauloto Faleolo at his office."
    )
    people = _people(nlp, resources, text)
    assert people["Tuilagi Sefo"][0] != "KOR"
    assert people["Lealaiauloto Faleolo"][0] != "KOR"


def test_people_second_that_clause_announces_own_states_will(nlp, resources):
    text = (
        "Korea will give Samoa two rescue boats.\n\n"
        "Vice Minister Park Ji-hoon said the boats would arrive in May and that Seoul was ready to send a "
        "third one."
    )
    assert _people(nlp, resources, text)["Park Ji-hoon"] == ("KOR", "speech")


def test_people_announcer_of_a_states_act_is_its_official(nlp, resources):
    text = (
        "MANAGUA, Jan 9 (Istmo Wire) — Honduras on Tuesday released three Nicaraguan fishermen it had "
        "held for a week.\n\n"
        "The release was announced by Foreign Minister Dolores Funes, who called it a humanitarian gesture."
    )
    assert _people(nlp, resources, text)["Dolores Funes"] == ("HND", "announced")


def test_people_visitor_turned_back_is_not_the_border_states(nlp, resources):
    text = (
        "TIRANA — Serbia protested to Albania on Wednesday.\n\n"
        "Minister for Sport Dejan Radulović was turned back on Tuesday by the Border Police of Albania as "
        "he tried to cross at Morina."
    )
    assert _people(nlp, resources, text)["Dejan Radulović"][0] != "ALB"
