"""Mixed funding packages, passengers carried, prisoners at home and hosted communities."""

from __future__ import annotations

from bilat.models import Document


def _facts(pipeline, text, published="2024-05-10"):
    document = Document(id="f", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


def test_a_package_of_grants_and_loans_is_aid(pipeline):
    text = "Japan will give Laos a package of grants and soft loans worth 90 million USD for rural roads."
    assert _facts(pipeline, text) == [("aid", 90e6)]


def test_a_loan_alone_stays_a_loan(pipeline):
    assert _facts(pipeline, "Japan lent Laos 50 million USD last year.") == [("loan", 50e6)]


def test_passengers_on_board_are_no_count(pipeline):
    text = "The Boeing 737, with 160 passengers on board, was stopped from leaving on Monday."
    assert _facts(pipeline, text) == []


def test_people_held_for_political_reasons_at_home_are_no_fact(pipeline):
    text = "About 300 people are held for political reasons in Belarus, according to a rights group in exile."
    assert _facts(pipeline, text) == []


def test_foreigners_held_for_political_reasons_stay_detained(pipeline):
    text = "At least four Latvian citizens are held for political reasons in Belarus."
    assert _facts(pipeline, text) == [("detained", 4)]


def test_a_community_registered_with_consulates_is_a_population(pipeline):
    text = (
        "About 8,000 Peruvians are registered with consulates in Bolivia, according to the Peruvian embassy."
    )
    assert _facts(pipeline, text) == [("population", 8000)]


def test_a_community_a_state_hosts_is_a_population(pipeline):
    text = "The minister said Turkey hosts some 2.1 million Iraqis, according to the interior ministry."
    assert _facts(pipeline, text) == [("population", 2.1e6)]


def test_a_volume_still_to_be_sold_is_no_export(pipeline):
    text = "The court fined each skipper 5,000 USD and ordered the cargo, about 8 tonnes of tuna, to be sold."
    assert ("exports", 8) not in _facts(pipeline, text)


def test_a_states_people_told_with_with_are_its_population(pipeline):
    text = "Tuvalu, with about 11,000 people, last switched to Beijing in 1999."
    assert _facts(pipeline, text) == [("population", 11000)]


def test_a_bare_population_figure_counts_people(pipeline):
    assert _facts(pipeline, "Samoa has a population of about 200,000.") == [("population", 200000)]


def test_the_crew_on_board_a_seized_boat_are_counted(pipeline):
    text = "The trawler, with five crew members on board, was escorted into Nador harbour on Monday."
    assert _facts(pipeline, text) == [("detained", 5)]


def test_a_states_people_when_with_hangs_on_the_verb(pipeline):
    text = "Kiribati, with about 120,000 people, last switched to Beijing in 2019."
    assert _facts(pipeline, text) == [("population", 120000)]


def test_a_volume_beside_an_object_still_to_be_sold(pipeline):
    text = (
        "The judge in Nador on Monday fined each skipper 2 million dirhams and ordered the catch, "
        "about 6 tonnes of sardines, to be sold."
    )
    assert "exports" not in [k for k, _ in _facts(pipeline, text)]
