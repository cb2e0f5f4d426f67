"""An official's side from the state they answer or act upon, where no dateline speaks: who rejects "that
account" answers the side whose words were reported last; who calls in a state's envoy is the other side
of a two-state story; a state's possessive on the speaker's own message is no state acted upon."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text, published="2024-03-07"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: p for p in index.people}


def test_rejecting_that_account_answers_the_side_reported_before(nlp, resources):
    text = (
        "Chile and Peru have argued over fishing for years.\n\n"
        "Peru said on Tuesday that the boats had been seized inside its waters.\n\n"
        "Interior Minister Tomas Vidal rejected that account on Wednesday, saying the radar showed otherwise."
    )
    person = _people(nlp, resources, text)["Tomas Vidal"]
    assert (person.country, person.basis) == ("CHL", "addressee")


def test_rejecting_the_protest_is_not_the_datelines_side(nlp, resources):
    text = (
        "LIMA, March 7 (Ridge Wire) — Peru protested to Chile on Monday over a new fence near the border.\n\n"
        "Environment Minister Tomas Vidal rejected the protest on Tuesday."
    )
    assert _people(nlp, resources, text)["Tomas Vidal"].country == "CHL"


def test_rejecting_an_owned_account_is_read_as_acting_upon_its_state(nlp, resources):
    # "the Chilean account" names its owner: the state acted upon is Chile, not the paragraph's.
    text = (
        "LIMA, March 7 (Ridge Wire) — Peru protested to Chile on Monday over a new fence near the border.\n\n"
        "Environment Minister Tomas Vidal rejected the Chilean account on Tuesday."
    )
    assert _people(nlp, resources, text)["Tomas Vidal"].country == "PER"


def test_calling_in_an_envoy_without_a_dateline_gives_the_other_side(nlp, resources):
    text = (
        "Foreign Minister Nalia Torvaldo said she had called in Peru's ambassador, Hugo Quispe, to express "
        "concern. Chile and Peru have argued over fishing for years. Peru said the boats were in its waters."
    )
    people = _people(nlp, resources, text)
    assert (people["Nalia Torvaldo"].country, people["Nalia Torvaldo"].basis) == ("CHL", "addressee")
    assert people["Hugo Quispe"].country == "PER"


def test_a_third_state_in_the_sentence_leaves_the_official_unplaced(nlp, resources):
    text = (
        "Foreign Minister Nalia Torvaldo said she had called in Peru's ambassador over a ship bound for "
        "Brazil. Chile and Peru have argued over fishing for years. Peru said the boats were in its waters, "
        "and Chile said they were not."
    )
    assert _people(nlp, resources, text)["Nalia Torvaldo"].country is None


def test_conveying_a_states_concern_is_not_acting_upon_it(nlp, resources):
    # "conveyed Chile's concern" speaks for Chile: the dateline's official stays Chile's.
    text = (
        "SANTIAGO, March 7 (Ridge Wire) — Chile summoned Peru's ambassador on Tuesday.\n\n"
        "At the foreign ministry, Joint Secretary Marta Solis conveyed Chile's strong concern to the envoy."
    )
    assert _people(nlp, resources, text)["Marta Solis"].country == "CHL"


def test_who_receives_the_other_states_envoy_is_not_the_datelines(nlp, resources):
    # Datelined in Lima but the ambassador is Peru's: the official receiving him is Chile's.
    text = (
        "LIMA, March 7 (Ridge Wire) — Chile summoned Peru's ambassador in Santiago on Thursday after a clash "
        "near the border.\n\n"
        "Peruvian Ambassador Hugo Quispe was received at the foreign ministry by Undersecretary Marta Solis, "
        "the ministry said."
    )
    people = _people(nlp, resources, text)
    assert people["Hugo Quispe"].country == "PER"
    assert (people["Marta Solis"].country, people["Marta Solis"].basis) == ("CHL", "host")


def test_the_protest_rejected_is_the_one_named_before(nlp, resources):
    # The paragraph before is about Peru's minister, not a state: "the protest" refers back to the note
    # Peru handed Chile, so the official rejecting it is Chile's, not the dateline's.
    text = (
        "LIMA, March 7 (Ridge Wire) — Peru handed Chile a formal protest note on Monday over a new dam.\n\n"
        "Foreign Minister Elsa Mamani later warned reporters that Peru would go to court.\n\n"
        "Environment Minister Tomas Vidal rejected the protest on Tuesday."
    )
    assert _people(nlp, resources, text)["Tomas Vidal"].country == "CHL"


def test_officials_met_during_the_visit_are_the_hosts(nlp, resources):
    text = (
        "WELLINGTON — Foreign Minister Aroha Kereama of New Zealand announced aid for Tonga today.\n\n"
        "The announcement follows the Minister's visit to Nuku'alofa on Wednesday. During the visit she met "
        "Prime Minister Sefo Vaipulu and Foreign Minister Mele Tauhala."
    )
    people = _people(nlp, resources, text)
    assert (people["Sefo Vaipulu"].country, people["Sefo Vaipulu"].basis) == ("TON", "host")
    assert people["Mele Tauhala"].country == "TON"
    assert people["Aroha Kereama"].country == "NZL"


def test_a_host_of_unknown_side_makes_no_one_a_host(nlp, resources):
    # Who met whom is unknown when the subject's own state is not known to be another than the visited.
    text = (
        "The visit to Nuku'alofa began on Wednesday. During the visit Prime Minister Sefo Vaipulu met "
        "Foreign Minister Mele Tauhala."
    )
    assert _people(nlp, resources, text)["Mele Tauhala"].basis != "host"


def test_demanding_that_a_state_act_is_acting_upon_it(nlp, resources):
    text = (
        "Slovenia and Croatia have quarrelled over the bay for decades.\n\n"
        '"We will not accept this," Foreign Minister Mateja Kralj said after meeting the ambassador. She '
        "said Croatia was ignoring a ruling and demanded that Zagreb implement the award without delay."
    )
    person = _people(nlp, resources, text)["Mateja Kralj"]
    assert (person.country, person.basis) == ("SVN", "addressee")


def test_insisting_on_a_fact_about_a_state_is_no_demand(nlp, resources):
    text = (
        "Slovenia and Croatia have quarrelled over the bay for decades.\n\n"
        "Foreign Minister Mateja Kralj insisted that Zagreb had signed the award in 2017."
    )
    assert _people(nlp, resources, text)["Mateja Kralj"].country is None


def test_a_later_rebuttal_answers_the_government_named_by_its_seat(nlp, resources):
    text = (
        "Chile and Peru argue over the river.\n\n"
        '"There is no reason for this," Foreign Minister Elena Soto said on Tuesday after meeting the '
        "ambassador.\n\nThe government in Lima accused Santiago of protecting smugglers.\n\n"
        "Soto rejected that charge on Thursday."
    )
    assert _people(nlp, resources, text)["Elena Soto"].country == "CHL"
