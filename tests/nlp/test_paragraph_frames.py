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
        "LIMA, May 3 (Andes Wire) — Peru protested on Monday after an Ecuadorean patrol boat stopped "
        "a Peruvian trawler.\n\n"
        "Quito rejected the protest on Tuesday. The foreign ministry said in a statement that its "
        "navy had acted lawfully. Defence Minister Tomas Ibarra warned that the patrols would go on.",
    )
    assert people["Tomas Ibarra"].country == "ECU"


def test_the_frame_does_not_cross_a_paragraph_break(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Andes Wire) — Ecuador recalled its ambassador on Thursday, a day after the "
        "Peruvian government said it would expel hundreds of migrants.\n\n"
        "President Ana Quispe announced the measures on Wednesday after a security council meeting.",
    )
    assert people["Ana Quispe"].country == "PER"


def test_a_paragraph_with_no_state_continues_the_one_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Peru's government on Thursday ordered Ecuador's ambassador to leave within three days.\n\n"
        "The decision followed an emergency cabinet meeting chaired by Prime Minister Rosa Tello.",
    )
    assert people["Rosa Tello"].country == "PER"


def test_a_paragraph_naming_a_state_first_is_not_continued(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Peru's government on Thursday ordered Ecuador's ambassador to leave within three days.\n\n"
        "Relations with Chile were also strained, and Prime Minister Rosa Tello called for talks.",
    )
    assert people["Rosa Tello"].country is None


def test_a_carried_frame_reads_only_the_main_clause(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The vessel was spotted by a patrol boat that Japan donated to Peru, officials said.\n\n"
        '"They are mapping our seabed," President Rosa Tello told reporters on Thursday.',
    )
    assert people["Rosa Tello"].country != "JPN"


def test_a_lead_about_another_state_gives_no_dateline_country(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 3 (Andes Wire) — Peru summoned Ecuador's envoy on Monday over remarks by three "
        "deputy ministers about President Rosa Tello.",
    )
    assert people["Rosa Tello"].country is None


def test_who_announces_a_states_act_speaks_for_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Chile gave Bolivia's ambassador 48 hours to leave the country, government spokesman Pedro "
        "Araya announced on Friday.",
    )
    assert people["Pedro Araya"].country == "CHL"


def test_a_frame_holds_when_the_sentence_names_both_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HELSINKI, Nov 3 (Nordic Wire) — Finland closed two crossings on Friday.\n\n"
        "Moscow rejected the charge. Foreign ministry spokeswoman Irina Volkova said that Russia "
        "does not steer anyone and warned that the Finnish authorities would bear responsibility.",
    )
    assert people["Irina Volkova"].country == "RUS"


def test_a_state_body_continues_the_paragraph_before(nlp, resources):
    index = recognize_actors(
        nlp(
            "Georgia demanded on Wednesday that Russia free five villagers.\n\n"
            "The State Security Service said the five were detained on Monday while cutting hay."
        ),
        resources,
    )
    bodies = {a.name: a.country for a in index.actors if a.kind == "organisation"}
    assert bodies.get("State Security Service") == "GEO"


def test_a_former_office_holder_takes_no_country_from_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Andes Wire) — Peru recalled its ambassador on Friday.\n\n"
        "The former vice-president, Carlos Mendoza Ruiz, had been granted asylum by Peru a day before.",
    )
    assert people["Carlos Mendoza Ruiz"].country is None


def test_a_former_office_holder_keeps_a_written_nationality(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Andes Wire) — Former Ecuadorean Vice-President Carlos Mendoza Ruiz asked for asylum.",
    )
    assert people["Carlos Mendoza Ruiz"].country == "ECU"


def test_a_serving_office_holder_still_takes_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LIMA, May 3 (Andes Wire) — Vice-President Carlos Mendoza Ruiz opened a bridge on Friday.",
    )
    assert people["Carlos Mendoza Ruiz"].country == "PER"


def test_a_speaker_announcing_another_states_intent_gets_no_dateline_country(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 3 (Andes Wire) — Ecuador expelled Peru's ambassador on Friday.\n\n"
        'President Ana Ruiz defended her envoy, saying that Peru "will not bow to pressure" from its '
        "neighbour.",
    )
    assert people["Ana Ruiz"].country is None


def test_a_past_accusation_of_another_state_keeps_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "QUITO, May 3 (Andes Wire) — Ecuador expelled Peru's ambassador on Friday.\n\n"
        'Foreign Minister Ana Ruiz said Peru had committed "an unfriendly act" by hiding a fugitive.',
    )
    assert people["Ana Ruiz"].country == "ECU"


def _bodies(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}


def test_a_directorate_named_before_its_field_is_a_home_body(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "LIMA, May 3 (Andes Wire) — Peru deported 300 migrants on Friday.\n\n"
        "According to the General Directorate of Immigration, 9,000 people were sent back this year.",
    )
    assert bodies.get("General Directorate of Immigration") == "PER"


def test_a_state_committee_is_a_home_body_and_a_plain_committee_is_not(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "LIMA, May 3 (Andes Wire) — Peru closed a border post on Friday.\n\n"
        "The State Committee for Border Security said the post was shelled. The Organising Committee "
        "for the Andes Games said the games would go ahead.",
    )
    assert bodies.get("State Committee for Border Security") == "PER"
    assert bodies.get("Organising Committee for the Andes Games") is None


def test_its_office_in_a_joined_clause_is_the_first_clauses_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "YAOUNDE, June 7 (Wire) — Chad demanded on Monday the immediate release of four of its nationals "
        "arrested at the Kousseri market in northern Cameroon, and its prime minister threatened to cut "
        "the flow of goods across the bridge that links the two countries.\n\n"
        '"This is unacceptable," Prime Minister Idriss Mahamat said in a televised address.',
    )
    assert people["Idriss Mahamat"].country == "TCD"


def test_a_title_of_a_government_in_a_capital_written_before_the_name(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA, Feb 15 (Wire) — Ghana summoned Mali's ambassador on Wednesday.\n\n"
        "On Tuesday the spokesman of the transitional government in Bamako, Colonel Amadou Keita, "
        "accused Accra of spying.",
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
