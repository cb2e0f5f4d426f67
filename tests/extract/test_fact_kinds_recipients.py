"""Counts of people told by what was done to them, not who they are (sentences of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(
    pipeline, text: str, published: str = "2024-06-20"
) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="k", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_citizens_refused_entry_are_a_count_over_its_span(pipeline):
    text = (
        "Estonia's border guard said it had refused entry to 2,310 Russian citizens "
        "between January and April this year."
    )
    # facts/verbs.txt reads "refuse entry" as a deportation, a count of people turned back.
    assert ("deported", 2310.0, "2024-01", "2024-04") in _facts(pipeline, text)


def test_citizens_living_abroad_stay_a_population(pipeline):
    text = "Some 95,000 Moldovan citizens live in Portugal, according to the consulate."
    assert [f[0] for f in _facts(pipeline, text)] == ["population"]


def test_soldiers_flown_back_are_returned_not_troops(pipeline):
    text = (
        "In March Thailand flew 212 Cambodian soldiers back to their country after they "
        "had crossed the border."
    )
    assert ("deported", 212.0, "2024-03", "2024-03") in _facts(pipeline, text)


def test_a_repatriation_earlier_this_month_dates_no_span(pipeline):
    text = (
        "Dhaka thanked Yangon for the repatriation of 64 Bangladeshi sailors from "
        "Burmese custody earlier this month."
    )
    assert ("deported", 64.0, None, None) in _facts(pipeline, text)


def test_women_among_released_detainees_are_no_count_of_their_own(pipeline):
    text = "Eight of the detainees, including three women, were released on Friday at the Pader crossing."
    assert [f[1] for f in _facts(pipeline, text)] == [8.0]


def test_children_among_the_dead_are_a_breakdown(pipeline):
    text = (
        "Shelling killed 17 people in the border town of Ossa on Sunday, among them four "
        "children, officials said."
    )
    assert [(f[0], f[1]) for f in _facts(pipeline, text)] == [("casualties", 17.0)]


def test_people_released_in_exchange_earlier_this_month_date_no_span(pipeline):
    text = (
        "Dhaka thanked Yangon for the return of 64 Bangladeshi sailors earlier this month, in exchange "
        "for 71 Burmese fishermen released by Bangladesh."
    )
    assert ("released", 71.0, None, None) in _facts(pipeline, text)


def test_families_are_no_count_of_people(pipeline):
    text = "More than 1,500 families fled villages near the frontier on Tuesday, district officials said."
    assert _facts(pipeline, text) == []


def test_a_list_of_parts_adding_up_to_a_count_is_its_breakdown(pipeline):
    text = (
        "The coast guard intercepted the trawler on Monday with nine men on board, four Turks and five "
        "Syrians, according to the port authority."
    )
    assert [f[1] for f in _facts(pipeline, text)] == [9.0]


def test_counts_that_do_not_add_up_are_counts_of_their_own(pipeline):
    text = "The navy detained 120 fishermen, 80 sailors and 30 traders off the coast on Friday."
    assert sorted(f[1] for f in _facts(pipeline, text)) == [30.0, 80.0, 120.0]


def test_a_sum_paid_in_duties_is_the_duty_not_the_goods_it_falls_on(pipeline):
    paid = "Mexican exporters have paid more than 3 billion USD in duties since the tariffs were raised."
    assert _facts(pipeline, paid) == []
    tariffed = "The United States imposed tariffs on 28 billion USD of Chinese goods in 2019."
    assert [f[:2] for f in _facts(pipeline, tariffed)] == [("tariffed_trade", 2.8e10)]
