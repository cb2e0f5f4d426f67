"""A person's country from a counterpart's nationality and from a reception in a capital."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_named_counterpart_takes_the_nationality_and_the_owner_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Defence Minister Murat Aksoy said the trip by his Swedish counterpart, Lars Ekdahl, would not "
        "take place. Turkey and Sweden are at odds.",
    )
    assert people["Lars Ekdahl"].country == "SWE"
    assert people["Murat Aksoy"].country == "TUR"


def test_counterpart_joined_to_a_name_in_a_phone_call(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The tone softened after a phone call between President Samuel Kiprop and his Ugandan "
        "counterpart, Amos Mugisha. Kenya and Uganda agreed to talk.",
    )
    assert people["Amos Mugisha"].country == "UGA"
    assert people["Samuel Kiprop"].country == "KEN"


def test_counterpart_overrides_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "STOCKHOLM, Jan 4 (Wire) — Turkey cancelled a visit by Sweden's defence minister.\n\n"
        "Defence Minister Murat Aksoy said the trip by his Swedish counterpart, Lars Ekdahl, was off.",
    )
    assert people["Murat Aksoy"].country == "TUR"


def test_reception_in_a_capital_gives_the_host_and_the_guest(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Foreign Minister Anna Lind was received today by Prime Minister Tomas Vaka in Suva, where she "
        "pledged aid to the police. New Zealand and Fiji signed a deal.",
    )
    assert people["Tomas Vaka"].country == "FJI"
    assert people["Anna Lind"].country == "NZL"


def test_a_capital_named_by_the_guest_says_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Prime Minister Tomas Vaka received Foreign Minister Anna Lind, who had flown in from Suva.",
    )
    assert people["Tomas Vaka"].country is None


def test_visitor_to_one_state_of_the_pair_comes_from_the_other(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PORT MORESBY, Sept 18 (Coral News) — Australia will give Papua New Guinea 120 million USD to "
        "train its police, Foreign Minister Rachel Dunn announced on Tuesday during a two-day visit to "
        "Port Moresby.",
    )
    assert people["Rachel Dunn"].country == "AUS"


def test_its_spokesman_speaks_for_the_body_the_sentence_before_names(nlp, resources):
    people = _people(
        nlp,
        resources,
        "RABAT, May 3 (Wire) — Morocco protested.\n\nThe Algerian foreign ministry hit back on Friday. "
        "Its spokesman, Karim Benali, said Algeria takes no lessons.",
    )
    assert people["Karim Benali"].country == "DZA"


def test_their_commander_of_a_force_with_a_nationality(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BAKU, Oct 5 (Desk) — Azerbaijan protested.\n\nIranian ground forces began the drills on Friday. "
        "Their commander, Brigadier General Reza Nouri, said the manoeuvres were a message.",
    )
    assert people["Reza Nouri"].country == "IRN"


def test_a_paragraph_opening_in_a_capital_is_its_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BAMAKO — Mali expelled the French ambassador on Monday.\n\n"
        "In Paris, Foreign Minister Jean Moreau said France had taken note of the decision. "
        "Armed Forces Minister Claire Dupuis warned the same day that the troops would not stay.\n\n"
        "Defence Minister Amadou Keita said the army was ready.",
    )
    assert people["Jean Moreau"].country == "FRA"
    assert people["Claire Dupuis"].country == "FRA"
    assert people["Amadou Keita"].country == "MLI"


def test_high_commissioner_named_before_with_a_nationality(nlp, resources):
    people = _people(
        nlp,
        resources,
        "KAMPALA — Uganda summoned the Kenyan high commissioner on Monday over the arrests.\n\n"
        "The high commissioner, Peter Otieno, was told the boats had been seized lawfully.",
    )
    assert people["Peter Otieno"].country == "KEN"


def test_charge_d_affaires_with_a_nationality(nlp, resources):
    people = _people(
        nlp, resources, "The U.S. chargé d'affaires, Mara Delgado, was handed a note of protest."
    )
    assert people["Mara Delgado"].country == "USA"


def test_dismissing_a_states_version_is_acting_upon_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "YEREVAN, May 2 (Wire) — Armenia accused Azerbaijan of shelling a village.\n\n"
        "Presidential foreign-policy aide Rashad Mammadov dismissed the Armenian version as a fabrication.",
    )
    assert people["Rashad Mammadov"].country == "AZE"


def test_a_release_under_a_state_bodys_letterhead_speaks_for_that_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PRESIDENCY OF THE REPUBLIC OF GHANA\n\nPRESIDENT RECEIVES ENVOY\n\n"
        "President Kwame Asante received today the Special Envoy of Togo, Mr. Koffi Amegah, at the "
        "Jubilee House. The Presidential Spokesman, Kojo Mensah, said the talks were cordial.",
    )
    assert people["Kwame Asante"].country == "GHA"
    assert people["Kojo Mensah"].country == "GHA"
    assert people["Koffi Amegah"].country == "TGO"


def test_a_guest_received_in_a_datelined_story_is_the_other_sides(nlp, resources):
    text = (
        "ASUNCION, May 9 (Wire) — Brazil and Paraguay signed a deal on the dam on Wednesday.\n\n"
        "President Marcos Teixeira was received with military honours by President Juan Benitez at the "
        "presidential palace, where the two leaders signed the deal."
    )
    index = recognize_actors(nlp(text), resources)
    people = {p.name: p for p in index.people}
    assert people["Marcos Teixeira"].country == "BRA"
    assert people["Juan Benitez"].country == "PRY"
    assert not [a for a in index.actors if a.kind == "organisation" and a.name.upper() == "ASUNCION"]


def test_joined_hosts_welcoming_joined_guests_to_a_building_in_a_capital(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Today Minister for Foreign Affairs Anne Moyes and Minister for Defence Richard Hall welcomed "
        "Indonesian Foreign Minister Dewi Sartika and Defence Minister Budi Santoso to Parliament House "
        "in Canberra for the meeting.",
    )
    assert people["Anne Moyes"].country == "AUS"
    assert people["Richard Hall"].country == "AUS"
    assert people["Budi Santoso"].country == "IDN"


def test_the_envoy_named_after_a_high_commissioner_of_one_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HARARE — Zimbabwe summoned the South African high commissioner on Thursday.\n\n"
        "Foreign Minister Tendai Moyo told the envoy, Lindiwe Dlamini, that the raids must stop.",
    )
    assert people["Lindiwe Dlamini"].country == "ZAF"


def test_a_weekly_briefing_in_a_capital_is_held_at_home(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BAKU, Oct 5 (Desk) — Azerbaijan accused Iran of intimidation.\n\n"
        'Foreign Ministry spokesman Saeed Karimi went further on Monday. "We will act without '
        'hesitation," he told his weekly news conference in Tehran.',
    )
    assert people["Saeed Karimi"].country == "IRN"


def test_a_news_conference_abroad_says_nothing(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Foreign Minister Ana Ruiz spoke on Monday. She told a news conference in Tehran that the "
        "talks went well.",
    )
    assert people["Ana Ruiz"].country is None


def test_the_parties_of_a_call_between_two_named_officials(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ADDIS ABABA — Prime Minister Dawit Bekele received Foreign Minister Osman Saleh, who flew in "
        "from Asmara on Tuesday. Ethiopia and Eritrea signed a road deal.\n\n"
        "The visit was prepared in a phone call between Dawit and President Tesfay Gebre on Sunday.",
    )
    assert people["Dawit Bekele"].country == "ETH"
    assert people["Tesfay Gebre"].country == "ERI"


def test_an_ambassador_summoned_in_a_datelined_story_is_the_other_sides(nlp, resources):
    people = _people(
        nlp,
        resources,
        "CHISINAU, July 27 (Wire) — Moldova ordered staff of the Russian embassy to leave the country.\n\n"
        "Ambassador Oleg Petrov was summoned to the ministry on Wednesday and handed a note.",
    )
    assert people["Oleg Petrov"].country == "RUS"


def test_an_ambassador_summoned_by_a_named_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Peru and Chile are at odds. Ambassador Pablo Rios was summoned by the Chilean foreign ministry.",
    )
    assert people["Pablo Rios"].country == "PER"


def test_spokesman_of_a_body_placed_in_a_capital(nlp, resources):
    people = _people(
        nlp,
        resources,
        "The row began on Wednesday, when Colonel Amadou Issoufou, the spokesman of the ruling council "
        "in Niamey, accused Abuja of harbouring rebels. The ambassador in Lima, Pablo Soto, said nothing.",
    )
    assert people["Amadou Issoufou"].country == "NER"
    assert people["Pablo Soto"].country is None


def test_the_partner_of_a_call_whose_caller_presses_a_state_is_that_states(nlp, resources):
    people = _people(
        nlp,
        resources,
        "AMMAN, April 14 (Wire) — Jordan closed its airspace overnight.\n\n"
        "Prime Minister Omar Khasawneh also talked with President Farid Shahbazi on Sunday and "
        "pressed Tehran to free the crew.",
    )
    assert people["Farid Shahbazi"].country == "IRN"


def test_unmarked_counterpart_of_a_placed_guest_is_the_other_side(nlp, resources):
    people = _people(
        nlp,
        resources,
        "DOHA, May 2 (Gulf Wire) — Qatar and Iraq signed a gas deal on Monday.\n\n"
        "Foreign Minister Khalid al-Thani was received on Monday by Iraq's president. Al-Thani later "
        "held talks with his counterpart, Hassan Jaafar, at the foreign ministry.",
    )
    assert people["Khalid al-Thani"].country == "QAT"
    assert people["Hassan Jaafar"].country == "IRQ"
