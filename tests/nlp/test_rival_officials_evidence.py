"""Officials of a story's two states kept apart by what the words say of each, not by the dateline alone."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_host_is_not_the_visitor_who_made_a_visit(nlp, resources):
    people = _people(
        nlp,
        resources,
        "LISBON — Portugal and Chile signed a fisheries accord on Monday, as the Chilean interior minister "
        "made the first visit to Lisbon by a holder of the post in years.\n\n"
        "Interior Minister Rosa Amaral received Minister Tomas Vial at the ministry, where the two signed "
        "the accord.",
    )
    assert people["Rosa Amaral"] == "PRT"
    assert people["Tomas Vial"] == "CHL"


def test_spokeswoman_reporting_for_a_marked_ministry(nlp, resources):
    people = _people(
        nlp,
        resources,
        "VILNIUS — Lithuania expelled a Belarusian consul on Monday.\n\n"
        "On Tuesday the foreign ministry in Minsk said it would close a Lithuanian consulate in return, "
        "spokeswoman Alina Karpovich told reporters.",
    )
    assert people["Alina Karpovich"] == "BLR"


def test_other_states_ministry_before_the_homes_own_does_not_claim_its_minister(nlp, resources):
    people = _people(
        nlp,
        resources,
        "VILNIUS — Lithuania expelled a Belarusian consul on Monday.\n\n"
        "The foreign ministry said it had informed the Belarusian charge d'affaires.\n\n"
        "On Tuesday the foreign ministry in Minsk said it would respond.\n\n"
        "Foreign Minister Rasa Vaitkute said Lithuania would not be intimidated.",
    )
    assert people["Rasa Vaitkute"] == "LTU"


def test_spokesman_in_a_capital_briefs_from_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "OSLO — Norway summoned Ghana's ambassador on Monday over the arrest of a Norwegian sailor.\n\n"
        "On Tuesday, foreign ministry spokesman Kwame Asante in Accra said the sailor would face trial.",
    )
    assert people["Kwame Asante"] == "GHA"


def test_title_before_a_name_parsed_as_a_conjunct_is_its_own(nlp, resources):
    people = _people(
        nlp,
        resources,
        "MASERU — The accord was signed by the Minister of Energy, Mr Lerato Mofokeng, and the Minister of "
        "Mines of the Republic of Botswana, Ms Kagiso Sebele, who led a delegation of ten officials.",
    )
    assert people["Kagiso Sebele"] == "BWA"


def test_capital_opening_seats_the_name_after_the_subjects_title(nlp, resources):
    people = _people(
        nlp,
        resources,
        "BANGKOK — Thailand protested the detention of two Thai fishermen on Monday.\n\n"
        "In Phnom Penh, defence ministry spokesman Major General Sok Vanna on Tuesday rejected the "
        "protest.",
    )
    assert people["Sok Vanna"] == "KHM"


def test_state_the_speakers_government_urged_is_not_theirs(nlp, resources):
    people = _people(
        nlp,
        resources,
        "HANOI — Vietnam ordered the Danish ambassador to leave on Friday.\n\n"
        "A spokeswoman for the foreign ministry, Freja Holm, said the government had urged Hanoi to "
        "guarantee the safety of the embassy staff.",
    )
    assert people["Freja Holm"] != "VNM"


def test_spokesperson_for_a_body_named_before_in_full(nlp, resources):
    people = _people(
        nlp,
        resources,
        "CANBERRA — Australia will challenge new Indian duties on barley, the government said on Monday.\n\n"
        "The Office of the Indian Export Regulator said on Sunday that the duties would apply from May.\n\n"
        "A spokesperson for the export regulator, Priya Nair, said the duties were lawful.",
    )
    assert people["Priya Nair"] == "IND"
