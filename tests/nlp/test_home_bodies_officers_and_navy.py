"""A state's office named by its officer's two-word title and its navy named by the bare noun
(``bilat.nlp.home_bodies``), and the U.S. Treasury from the institutions table. Invented sentences."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _organisations(nlp, resources, text, published="2025-03-03"):
    index = recognize_actors(nlp(text), resources, published)
    return {a.name: a.country for a in index.actors if a.kind == "organisation"}


def test_an_office_named_by_a_two_word_officer_is_the_datelines(nlp, resources):
    text = (
        "OSLO, March 3 (Nordic Wire) — Norway will prosecute the three trawler captains, the attorney "
        "general's office said on Monday, dismissing a protest from Denmark."
    )
    assert _organisations(nlp, resources, text).get("attorney general's office") == "NOR"


def test_the_bare_navy_is_the_home_states(nlp, resources):
    text = (
        "DUBLIN, March 3 (Celtic Wire) — Ireland summoned Iceland's ambassador on Monday over a research "
        "vessel that lingered above a pipeline.\n\nThe navy said a patrol ship had followed the vessel for "
        "three days before it left Irish waters."
    )
    assert _organisations(nlp, resources, text).get("navy") == "IRL"


def test_a_navy_with_its_nationality_is_not_read_bare(nlp, resources):
    text = (
        "DUBLIN, March 3 (Celtic Wire) — Ireland protested to Iceland on Monday after the Icelandic navy "
        "escorted a research vessel above a pipeline."
    )
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("navy") is None
    assert "IRL" not in {c for n, c in bodies.items() if "navy" in n}


def test_the_us_treasury_is_an_american_body(nlp, resources):
    text = "The U.S. Treasury blocked the property of two Ruritanian bankers on Tuesday."
    assert _organisations(nlp, resources, text).get("U.S. Treasury") == "USA"


def test_a_bureau_named_for_a_list_of_tasks_keeps_the_whole_list(nlp, resources):
    text = (
        "Some 40,000 Nepalis work in Qatar, according to the Nepal Bureau of Labour, Migration and "
        "Welfare, and they sent home 900 million USD last year."
    )
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("Nepal Bureau of Labour, Migration and Welfare") == "NPL"


def test_a_comma_before_other_words_ends_a_bureau_name(nlp, resources):
    text = "The Nepal Bureau of Statistics, Kathmandu's oldest office, said exports fell last year."
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("Nepal Bureau of Statistics") == "NPL"
    assert not any("Statistics," in name for name in bodies)


def test_a_state_administration_named_after_its_state_is_its_body(nlp, resources):
    text = (
        "APIA — Samoa protested to Tonga after buoys laid by the Samoa Port Safety Administration were "
        "removed, the government said on Friday."
    )
    bodies = _organisations(nlp, resources, text)
    assert bodies.get("Samoa Port Safety Administration") == "WSM"
