"""A "since" span whose month is followed by "this year", and a thing's price told by "sell for" (sentences
of our own)."""

from __future__ import annotations

from bilat.models import Document


def _facts(
    pipeline, text: str, published: str = "2024-09-20"
) -> list[tuple[str, float, str | None, str | None]]:
    document = Document(id="p", source_uri="mem", text=text, published=published)
    return [(f.kind, f.value, f.period_start, f.period_end) for f in pipeline.analyze(document).facts]


def test_since_month_this_year_runs_to_the_article(pipeline) -> None:
    facts = _facts(
        pipeline, "The UN refugee agency said 14,000 Malians had crossed into Senegal since March this year."
    )
    assert ("count", 14000.0, "2024-03", "2024-09") in facts


def test_fares_that_sell_for_a_sum_are_no_exports(pipeline) -> None:
    facts = _facts(
        pipeline, "Return tickets between Lima and Quito in the peak season sell for about 410 USD."
    )
    assert not [f for f in facts if f[0] == "exports"]


def test_a_state_selling_goods_stays_exports(pipeline) -> None:
    facts = _facts(pipeline, "Peru sold copper worth 2 billion USD to Chile last year.")
    assert ("exports", 2e9, "2023-01", "2023-12") in facts


def test_people_an_island_has_are_its_population(pipeline) -> None:
    facts = _facts(pipeline, "Officials from Tuvalu met Kiribati envoys. Tuvalu has about 9,800 people.")
    assert ("population", 9800.0, None, None) in facts


def test_a_crossing_s_daily_traffic_is_no_count(pipeline) -> None:
    text = "The border post lies 90 kilometres from the city and usually sees 45 lorries a day."
    facts = _facts(pipeline, text)
    assert not facts


def test_a_hall_s_seats_are_no_count(pipeline) -> None:
    assert not _facts(pipeline, "Ghana and Togo signed the pact. The stadium seats 4,100 people.")


def test_aid_still_to_give_this_year_is_that_year_s(pipeline) -> None:
    text = "Norway also agreed to give Estonia 15 million euros in military equipment this year, with radars."
    assert ("aid", 16200000.0, "2024-01", "2024-12") in _facts(pipeline, text)


def test_aid_given_this_year_stays_dated_only(pipeline) -> None:
    text = "Norway gave Estonia 15 million euros in military equipment this year."
    assert ("aid", 16200000.0, None, None) in _facts(pipeline, text)


def test_a_population_that_is_a_bare_number(pipeline) -> None:
    text = (
        "Kiribati and Tuvalu signed a treaty. Tuvalu's exclusive economic zone covers about 700,000 "
        "square kilometres, and its population is about 11,000."
    )
    assert ("population", 11000.0, None, None) in _facts(pipeline, text)


def test_the_participle_that_tells_the_act_dates_it(pipeline) -> None:
    text = "Chile granted citizenship to 140 Bolivian political prisoners expelled to Peru in March 2022."
    assert ("deported", 140.0, "2022-03", "2022-03") in _facts(pipeline, text)


def test_a_participle_beside_the_clause_s_own_act_does_not_date_it(pipeline) -> None:
    text = "Chile released seven Bolivian fishermen who had been held since January."
    assert ("released", 7.0, None, None) in _facts(pipeline, text)
