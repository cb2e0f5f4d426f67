"""Named bodies of one state whose names carry no country word are that state's; a title whose first word
the model left outside the name stays out of it; a name the model ended at its particle gets the rest
back; a title written for the name before ", and" is not the next name's."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _index(nlp, resources, text, published="2025-02-11"):
    return recognize_actors(nlp(text), resources, published)


def _organisations(index):
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}


def _people(index):
    return {p.name: p for p in index.people}


def test_flag_carriers_and_state_companies_are_their_states(nlp, resources):
    text = (
        "Kenya Airways will add a second daily flight to Lagos in March, while Sonatrach said it would "
        "ship more gas to Italy through the pipeline."
    )
    bodies = _organisations(_index(nlp, resources, text))
    assert bodies.get("Kenya Airways") == "KEN"
    assert bodies.get("Sonatrach") == "DZA"


def test_a_statistics_office_named_by_its_acronym_is_its_states(nlp, resources):
    text = "Exports to Tirana rose by a fifth last year, according to figures published by ISTAT on Monday."
    assert _organisations(_index(nlp, resources, text)).get("ISTAT") == "ITA"


def test_the_first_word_of_a_split_title_stays_out_of_the_name(nlp, resources):
    text = (
        "Crown Prince Faisal bin Majid received the visiting delegation. A navy spokesman, Vice Admiral "
        "Tomas Ekberg Lind, said the frigate had left port."
    )
    names = set(_people(_index(nlp, resources, text)))
    assert not any(name.startswith(("Prince", "Admiral")) for name in names)
    assert "Faisal bin Majid" in names


def test_a_name_cut_at_its_particle_is_whole(nlp, resources):
    text = "Interior Minister Joana da Costa Mendes told reporters the border post would reopen on Friday."
    names = set(_people(_index(nlp, resources, text)))
    assert not any(name.endswith(" da") for name in names)
    assert any(name.startswith("Joana da Costa") for name in names)


def test_a_country_after_the_particle_stays_a_country(nlp, resources):
    text = "The talks were chaired by Rui Pedro da Silva in Lisbon and attended by envoys of Costa Rica."
    index = _index(nlp, resources, text)
    assert "CRI" in {a.country for a in index.actors if a.kind == "state"}


def test_the_title_before_another_name_is_not_the_next_names(nlp, resources):
    text = (
        "The accord was signed in Cairo by Egypt's housing minister, Samia Fathy, and the director of the "
        "Kuwait Fund for Arab Economic Development, Khaled al-Rashed."
    )
    people = _people(_index(nlp, resources, text))
    assert people["Samia Fathy"].country == "EGY"
    assert people["Khaled al-Rashed"].country != "EGY"


def test_a_reporter_for_an_outlet_named_after_a_capital_is_its_states(nlp, resources):
    text = "Marta Kowal, a reporter for a Warsaw radio station, was refused entry at the border on Friday."
    assert _people(_index(nlp, resources, text))["Marta Kowal"].country == "POL"


def test_a_ministry_reporting_its_officials_act_gives_them_its_state(nlp, resources):
    text = (
        "ATHENS, June 2 — Greece and Turkey traded protests over a survey ship.\n\n"
        "Deputy Foreign Minister Kerem Aydemir gave the Greek charge d'affaires a protest note on Monday, "
        "the Turkish foreign ministry said."
    )
    assert _people(_index(nlp, resources, text))["Kerem Aydemir"].country == "TUR"


def test_a_ministry_of_another_portfolio_says_nothing_of_the_official(nlp, resources):
    text = (
        "Trade Minister Kerem Aydemir signed the customs protocol on Monday, the Greek foreign ministry said."
    )
    assert _people(_index(nlp, resources, text))["Kerem Aydemir"].country != "GRC"
