"""Names the model cut short get their first word back; a deputy's office is not the minister's; a region
whose name begins with a nationality word acts for its own state."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.people import longest_title


def _people(nlp, resources, text, published="2024-03-07"):
    index = recognize_actors(nlp(text), resources, published)
    return {p.name: p for p in index.people}


def test_a_hyphenated_first_name_is_kept_whole(nlp, resources):
    text = "The Canadian ambassador in Rome, Jean-Pierre Lavoisier, met members of the Senate."
    people = _people(nlp, resources, text)
    assert "Jean-Pierre Lavoisier" in people
    assert people["Jean-Pierre Lavoisier"].country == "CAN"


def test_a_rank_stays_out_of_the_name(nlp, resources):
    text = "Its spokesman, Major General Thant Zin Maung, said the strikes had hit camps."
    names = set(_people(nlp, resources, text))
    assert not any(name.startswith(("Major", "General")) for name in names)


def test_a_vice_minister_is_a_deputy_office(resources):
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    title = longest_title(["the", "vice", "minister", "of", "foreign", "affairs"], gazetteer)
    assert title is not None and title.role == "Deputy Foreign Minister"
    title = longest_title(["deputy", "foreign", "minister"], gazetteer)
    assert title is not None and title.role == "Deputy Foreign Minister"
    title = longest_title(["foreign", "minister"], gazetteer)
    assert title is not None and title.role == "Foreign Minister"


def test_a_deputy_and_the_minister_of_one_state_both_keep_it(nlp, resources):
    text = (
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF PERU\n\nPRESS RELEASE\n\n"
        "The Vice Minister of Foreign Affairs, Rosa Quilca, summoned the Ambassador of Chile, Luis Vera. "
        "The Minister of Foreign Affairs, Elsa Mamani, spoke with the Foreign Minister of Chile, Ana Soto."
    )
    people = _people(nlp, resources, text)
    assert people["Rosa Quilca"].title.role == "Deputy Foreign Minister"
    assert people["Rosa Quilca"].country == "PER"


def test_a_region_named_with_a_nationality_word_is_its_states(nlp, resources):
    text = "British Columbia's forests minister, Ravi Tandon, urged Ottawa to act on the duties."
    assert _people(nlp, resources, text)["Ravi Tandon"].country == "CAN"


def test_ranks_and_portfolios_stay_out_of_the_name(nlp, resources):
    text = (
        "Peru's Vice Minister of Transport Rosa Quilca signed the protocol. The commander of the fleet, "
        "Rear Admiral Hugo Tamayo Rivas, said patrols would go on."
    )
    names = set(_people(nlp, resources, text))
    assert not any(name.split()[0] in {"Transport", "Admiral", "Rear"} for name in names)


def test_a_nationality_naming_a_portfolio_is_not_the_officials(nlp, resources):
    text = (
        "TOKYO — Peru's foreign ministry rejected the protest on Wednesday. Luis Quispe, a director-general "
        "for Japanese affairs at the ministry, said the launch was lawful."
    )
    assert _people(nlp, resources, text)["Luis Quispe"].country != "JPN"


def test_an_untagged_name_in_apposition_to_a_title_is_a_person(nlp, resources):
    text = (
        "She travelled to the coast with Peru's Minister for Infrastructure, Tevaro Malui, to see the "
        "rebuilt harbour."
    )
    people = _people(nlp, resources, text)
    assert people["Tevaro Malui"].country == "PER"


def test_a_capital_written_with_another_apostrophe_is_known(resources):
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    assert gazetteer.country_of("Nuku'alofa") == gazetteer.country_of("Nukuʻalofa") == "TON"
    assert gazetteer.country_of("Nuku’alofa") == "TON"


def test_a_name_set_beside_an_envoys_post_takes_the_envoys_state(nlp, resources):
    text = (
        "ALGIERS, April 8 (Maghreb Dispatch) — Algeria closed its airspace.\n\n"
        "Mali summoned Algeria's ambassador in Bamako, Karim Benali, to protest.\n\n"
        "The ambassador in Bamako, Luis Perez, said nothing."
    )
    people = _people(nlp, resources, text)
    assert (people["Karim Benali"].country, people["Karim Benali"].basis) == ("DZA", "nationality")
    # The place of the post is not the envoy's state.
    assert people["Luis Perez"].country != "MLI"


def test_a_name_beside_a_commanders_province_takes_the_commanders_nationality(nlp, resources):
    text = (
        "The Peruvian border guard commander in Tacna province, General Ruben Quispe, said one man had died."
    )
    people = _people(nlp, resources, text)
    assert people["Ruben Quispe"].country == "PER"


def test_a_name_the_model_split_in_two_is_one_person(nlp, resources):
    text = (
        "LAGOS — Permanent Secretary Adaeze Obi told High Commissioner Youssouf Mbarga Ntsama that the "
        "fishermen had been harassed."
    )
    people = _people(nlp, resources, text)
    assert "Youssouf Mbarga Ntsama" in people
    assert people["Youssouf Mbarga Ntsama"].title.role == "Ambassador"


def test_a_region_tagged_whole_is_still_no_nationality(nlp, resources):
    text = (
        "In Washington, a spokesman for the Office of the U.S. Trade Representative, Dan Keller, "
        'dismissed the threat on Tuesday. "Canada knows how to end this," he said.\n\n'
        "British Columbia's forests minister, Ravi Tandon, said 22 mills in the province had closed and "
        "urged Ottawa to provide loan guarantees."
    )
    assert _people(nlp, resources, text)["Ravi Tandon"].country == "CAN"


def test_a_title_the_model_tagged_as_a_name_is_no_first_name(nlp, resources):
    text = '"Talks must go on," said Turkish Presidential Advisor Mesut Arikan of Bogazici University.'
    people = _people(nlp, resources, text)
    assert not any(name.startswith("Presidential") for name in people)
    assert people["Mesut Arikan"].country == "TUR"


def test_a_nationality_on_an_expert_names_the_subject_of_study(nlp, resources):
    text = '"Nothing will change," said Ruth Ambler, a North Korean expert, on Monday.'
    people = _people(nlp, resources, text)
    assert people["Ruth Ambler"].country is None
    text = '"Nothing will change," said Ruth Ambler, a South Korean diplomat, on Monday.'
    assert _people(nlp, resources, text)["Ruth Ambler"].country == "KOR"
