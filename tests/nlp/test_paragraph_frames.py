"""A bare title's country from the state the paragraph is about, never from the nearest country."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_the_paragraph_opening_state_frames_a_later_sentence(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Peru protested on Monday after an Ecuadorean patrol boat stopped "
        "a Peruvian trawler.\n\n"
        "Quito dismissed the complaint on Tuesday. Its navy, the foreign ministry added in a note, had "
        "only enforced the law. Defence Minister Tomas Ibarra promised more patrols.",
    )
    assert people["Tomas Ibarra"].country == "ECU"


def test_the_frame_does_not_cross_a_paragraph_break(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Ecuador withdrew its envoy for talks on Thursday, angered by a "
        "Peruvian plan to expel hundreds of migrants each week.\n\n"
        "President Ana Quispe defended the plan in a speech on Wednesday.",
    )
    assert people["Ana Quispe"].country == "PER"


def test_a_paragraph_with_no_state_continues_the_one_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Peru's cabinet voted on Thursday to expel the Ecuadorean consul in Tumbes.\n\n"
        "The vote came after a long night of talks led by Prime Minister Rosa Tello.",
    )
    assert people["Rosa Tello"].country == "PER"


def test_a_paragraph_naming_a_state_first_is_not_continued(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Peru's cabinet voted on Thursday to expel the Ecuadorean consul in Tumbes.\n\n"
        "Talks with Chile stalled as well, and Prime Minister Rosa Tello called for patience.",
    )
    assert people["Rosa Tello"].country is None


def test_a_carried_frame_reads_only_the_main_clause(nlp, resources):
    people = _people(
        nlp,
        resources,
        "A drone was filmed from a cutter that Japan gave to Peru last year, officials said.\n\n"
        '"This is a provocation," President Rosa Tello told a news conference on Thursday.',
    )
    assert people["Rosa Tello"].country != "JPN"


def test_a_lead_about_another_state_gives_no_dateline_country(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 3 (Ridge Wire) — Peru called in Ecuador's charge d'affaires on Monday to complain "
        "about insults two Ecuadorean legislators aimed at President Rosa Tello.",
    )
    assert people["Rosa Tello"].country is None


def test_who_announces_a_states_act_speaks_for_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Chile will close its consulate in La Paz next month, government spokesman Pedro Araya "
        "announced on Friday.",
    )
    assert people["Pedro Araya"].country == "CHL"


def test_a_frame_holds_when_the_sentence_names_both_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "VILNIUS, Nov 3 (Amber Wire) — Lithuania shut two checkpoints on Friday.\n\n"
        "Minsk denied any role. Foreign ministry spokeswoman Irina Volkova said Belarus had nothing to "
        "do with the migrants and that Lithuanian officials would answer for the closures.",
    )
    assert people["Irina Volkova"].country == "BLR"


def test_a_state_body_continues_the_paragraph_before(nlp, resources):
    index = recognize_actors(
        nlp(
            "Armenia protested on Friday after Azerbaijani troops moved a border post.\n\n"
            "The National Security Service said the post had been shifted 300 metres overnight."
        ),
        resources,
    )
    bodies = {a.name: a.country for a in index.actors if a.kind == "organisation"}
    assert bodies.get("National Security Service") == "ARM"


def test_a_former_office_holder_takes_no_country_from_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Peru recalled its ambassador on Friday.\n\n"
        "A former vice-president, Carlos Mendoza Ruiz, who fled to Lima last month, asked Peru for "
        "protection.",
    )
    assert people["Carlos Mendoza Ruiz"].country is None
    assert not people["Carlos Mendoza Ruiz"].state_actor


def test_a_former_office_holder_keeps_a_written_nationality(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Former Ecuadorean Vice-President Carlos Mendoza Ruiz asked for asylum.",
    )
    assert people["Carlos Mendoza Ruiz"].country == "ECU"


def test_a_serving_office_holder_still_takes_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Vice-President Carlos Mendoza Ruiz opened a bridge on Friday.",
    )
    assert people["Carlos Mendoza Ruiz"].country == "PER"


def test_a_speaker_announcing_another_states_intent_is_of_that_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 3 (Ridge Wire) — Ecuador expelled Peru's ambassador on Friday.\n\n"
        "President Ana Ruiz stood by the envoy, saying Peru would never give in to threats from its "
        "neighbour.",
    )
    assert people["Ana Ruiz"].country == "PER"  # the state whose will she announces


def test_a_past_accusation_of_another_state_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 3 (Ridge Wire) — Ecuador expelled Peru's ambassador on Friday.\n\n"
        "Foreign Minister Ana Ruiz said Peru had broken the 1998 accord by moving troops to the border.",
    )
    assert people["Ana Ruiz"].country == "ECU"


def _bodies(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}


def test_a_directorate_named_before_its_field_is_a_home_body(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Peru deported 300 migrants on Friday.\n\n"
        "According to the General Directorate of Immigration, 9,000 people were sent back this year.",
    )
    assert bodies.get("General Directorate of Immigration") == "PER"


def test_a_state_committee_is_a_home_body_and_a_plain_committee_is_not(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "LIMA, May 3 (Ridge Wire) — Peru closed a border post on Friday.\n\n"
        "The State Committee for Border Security said the post was shelled. The Organising Committee "
        "for the Andes Games said the games would go ahead.",
    )
    assert bodies.get("State Committee for Border Security") == "PER"
    assert bodies.get("Organising Committee for the Andes Games") is None


def test_its_office_in_a_joined_clause_is_the_first_clauses_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "YAOUNDE, June 7 (Wire) — Chad asked on Monday for the swift return of four of its herders "
        "seized by soldiers near Kousseri in the far north of Cameroon, and its prime minister warned "
        "that lorries could be halted at the bridge between the two towns.\n\n"
        "Cameroonian gendarmes said the herders had crossed with stolen cattle.\n\n"
        '"We will not be humiliated," Prime Minister Idriss Mahamat said on the radio.',
    )
    assert people["Idriss Mahamat"].country == "TCD"


def test_a_title_of_a_government_in_a_capital_written_before_the_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, Feb 15 (Wire) — Ghana summoned Mali's ambassador on Wednesday.\n\n"
        "Late on Tuesday the spokesperson of the interim government in Bamako, Colonel Amadou Keita, "
        "said Accra was harbouring plotters.",
    )
    assert people["Amadou Keita"].country == "MLI"


def test_a_seat_of_government_dateline_speaks_like_a_capital(nlp, resources):
    people = _people(
        nlp,
        resources,
        "DAR ES SALAAM, March 2 (Wire) — Malawi closed a border post with Tanzania on Monday.\n\n"
        "Home Affairs Minister Juma Mkapa called the closure regrettable and asked for talks.",
    )
    assert people["Juma Mkapa"].country == "TZA"


def test_a_sentence_about_something_else_ends_the_frame(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Seoul said on Monday that Pyongyang had tested two missiles. On Tuesday a news channel "
        "reported that talks were off. Speaking in a think tank, National Security Adviser Tom Hale "
        "said a meeting was still possible.",
    )
    assert people["Tom Hale"].country != "KOR"
