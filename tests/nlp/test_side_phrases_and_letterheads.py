"""Whose side an official is on from the words around their title and the article's head: a letterhead
beyond an English formal name (a chancellery's line, a state's formal name in its own Romance language, a
ministry's seat alone on the line under it) and the body on it, an organisation of its state; "for the X
side, State Secretary Y"; and the home side's head of mission posted in the other side's capital."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_chancellery_over_a_formal_state_name_is_a_letterhead(nlp, resources):
    people = _people(
        nlp,
        resources,
        "CHANCELLERY OF THE PRIME MINISTER\nREPUBLIC OF AUSTRIA\n\nPRESS RELEASE\n\nAustria and Slovenia "
        "open a new rail link\n\nThe link was opened by Transport Minister Greta Huber on Friday.",
    )
    assert people["Greta Huber"].country == "AUT"


def test_formal_state_name_in_its_own_language(nlp, resources):
    people = _people(
        nlp,
        resources,
        "PRESS RELEASE\nIssued by the Ministry of Foreign Affairs\nRepública de Guatemala\n\nGuatemala and "
        "Belize agree on border markers\n\nThe agreement was announced by Foreign Minister Lucia Paz.",
    )
    assert people["Lucia Paz"].country == "GTM"


def test_ministry_over_its_capital_under_a_release_heading(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ministry of Foreign Affairs\nNairobi\nPRESS RELEASE\n\nKenya and Uganda review trade\n\n"
        "Trade Minister Peter Kamau chaired the talks on Monday.",
    )
    assert people["Peter Kamau"].country == "KEN"


def test_capital_line_without_a_release_heading_is_no_letterhead(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Ministry of Foreign Affairs\nNairobi\nKenya and Uganda review trade\n\n"
        "Trade Minister Peter Kamau chaired the talks on Monday.",
    )
    assert people["Peter Kamau"].country is None


def test_side_named_before_a_title_outranks_the_letterhead(nlp, resources):
    people = _people(
        nlp,
        resources,
        "CHANCELLERY OF THE PRIME MINISTER\nREPUBLIC OF AUSTRIA\n\nPRESS RELEASE\n\nThe joint commission met "
        "in Graz under the chairmanship of Transport Minister Greta Huber and, for the Slovenian side, "
        "State Secretary Anton Kranjc.",
    )
    assert people["Greta Huber"].country == "AUT"
    assert people["Anton Kranjc"].country == "SVN"


def test_home_envoy_posted_in_the_other_sides_capital(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA — Ghana protested to Canada on Friday over new visa rules.\n\nOn Thursday, the High "
        "Commissioner in Ottawa, Kwame Boateng, had called the rules unfair.",
    )
    assert people["Kwame Boateng"].country == "GHA"


def test_envoy_in_the_home_capital_gets_no_country_from_the_pair(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA — Ghana protested to Canada on Friday over new visa rules.\n\nOn Thursday, the ambassador "
        "in Accra, John Miller, had called the rules fair.",
    )
    assert people["John Miller"].country is None


def test_envoy_posted_in_a_third_capital_gets_no_country_from_the_pair(nlp, resources):
    people = _people(
        nlp,
        resources,
        "ACCRA — Ghana protested to Canada on Friday over new visa rules.\n\nOn Thursday, the ambassador "
        "in Paris, Kwame Boateng, had called the rules unfair.",
    )
    assert people["Kwame Boateng"].country is None


def test_the_body_on_a_letterhead_is_an_organisation_of_its_state(nlp, resources):
    index = recognize_actors(
        nlp(
            "REPUBLIC OF MALTA\nPUBLIC INFORMATION OFFICE\nPRESS RELEASE\n\nMalta and Tunisia sign a "
            "fisheries accord\n\nThe accord was signed by Fisheries Minister Clara Vella on Friday."
        ),
        resources,
    )
    found = {(a.name, a.country) for a in index.actors if a.kind == "organisation"}
    assert ("Public Information Office", "MLT") in found
