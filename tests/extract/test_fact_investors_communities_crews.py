"""An investor naming a sum, a target written with its currency code first, people working or studying
in another state, and a vessel's crew counted (sentences of our own)."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _read(pipeline, text: str, published: str = "2024-09-20"):
    document = Document(id="s", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value) for f in pipeline.analyze(document).facts]


def test_the_largest_investor_names_its_sum(pipeline):
    text = (
        "Trade between Chile and Peru reached 4.1 billion USD in 2023, and Chile was the largest foreign "
        "investor in Peru that year, with 2.3 billion USD in new capital."
    )
    assert ("investment", 2.3e9) in _read(pipeline, text)
    assert ("trade_turnover", 2.3e9) not in _read(pipeline, text)


def test_trade_whose_clause_names_an_investor_stays_trade(pipeline):
    text = (
        "Trade between Peru and Chile amounted to about 4.1 billion USD last year, with a Chilean retailer "
        "the largest foreign investor in Peru's shops."
    )
    assert ("trade_turnover", 4.1e9) in _read(pipeline, text)


def test_a_target_written_with_its_currency_code_first_is_no_trade(pipeline):
    text = (
        "The minister said bilateral trade had reached USD 300 million in 2023 and that both sides "
        "kept the target of USD 1 billion set by their presidents."
    )
    read = _read(pipeline, text)
    assert ("trade_turnover", 3e8) in read
    assert ("trade_turnover", 1e9) not in read


@pytest.mark.parametrize(
    "text",
    [
        "Peru hosts many migrants. Some 65,000 Bolivians work there, the Bolivian labour ministry says.",
        "About 2,400 Ghanaian students are enrolled in Cuban universities this year.",
    ],
)
def test_people_working_or_studying_abroad_are_a_community(pipeline, text):
    assert [kind for kind, _ in _read(pipeline, text)] == ["population"]


def test_a_crew_of_a_number_counts_its_people(pipeline):
    text = "The Chilean trawler Albatros and its crew of 31 were detained by the Peruvian navy on Monday."
    assert ("detained", 31.0) in _read(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will donate 12,000 tonnes of rice to the drought-hit provinces of Laos.",
        "Kuwait said it would ship 8,000 tonnes of food aid to Sudan before the end of the year.",
    ],
)
def test_goods_given_away_are_aid_by_volume(pipeline, text):
    assert [kind for kind, _ in _read(pipeline, text)] == ["aid"]


def test_a_span_since_an_event_in_a_month_runs_from_that_month(pipeline):
    text = (
        "Moldova had sent more than 600 tonnes of humanitarian aid to Armenia since the start of the "
        "refugee crisis in September 2023."
    )
    document = Document(id="s", source_uri="mem", text=text, published="2024-09-20")
    facts = pipeline.analyze(document).facts
    assert [(f.kind, f.value, f.period_start, f.period_end) for f in facts] == [
        ("aid", 600.0, "2023-09", "2024-09")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The hauliers' union says some 300 lorries carrying about 9,000 tonnes of goods are stuck at Kayes.",
        "The minister said the trucks, carrying about 700 tonnes of maize, had been seized at the border.",
    ],
)
def test_the_load_of_vehicles_held_is_counted(pipeline, text):
    assert ("count", 9000.0) in _read(pipeline, text) or ("count", 700.0) in _read(pipeline, text)


def test_goods_carried_to_a_state_stay_exports(pipeline):
    text = "Panamanian ships carried 4 million tonnes of coal to Japan last year."
    assert [kind for kind, _ in _read(pipeline, text)] == ["exports"]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian trawler, with eight crew members on board, was escorted to the port of Arica.",
        "The Ecuadorian tuna boat, with a crew of nine, was detained for fishing without a licence.",
        "The launch was boarded by the Chilean navy and towed to Iquique with its five crew.",
    ],
)
def test_people_taken_with_their_vessel_are_detained(pipeline, text):
    assert [kind for kind, _ in _read(pipeline, text)] == ["detained"]


def test_passengers_of_a_vessel_that_sailed_are_not_detained(pipeline):
    text = "The Chilean ferry sailed to Puerto Montt with 300 passengers on board."
    assert "detained" not in [kind for kind, _ in _read(pipeline, text)]
