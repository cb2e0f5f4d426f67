"""Quantities on sentences of our own: counts of people, number words, ranges and numbers in names."""

from __future__ import annotations

import pytest

from bilat.models import Document


def _analyze(pipeline, text: str):
    return pipeline.analyze(Document(id="q", source_uri="mem", text=text, published="2024-04-18"))


def _quantities(pipeline, text: str) -> list[tuple[str, float, str]]:
    document = Document(id="q", source_uri="mem", text=text, published="2024-04-18")
    return [(q.text, q.value, q.unit) for q in pipeline.analyze(document).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The counted noun comes first when a verb follows it.
        ("Forty soldiers were wounded near the border.", ("Forty soldiers", 40.0, "people")),
        ("Two hundred prisoners escaped overnight.", ("Two hundred prisoners", 200.0, "people")),
        # A nationality in the plural counts people.
        ("Thailand sent home 60 Cambodians last week.", ("60 Cambodians", 60.0, "people")),
        # The first end of a range takes the scale of the second.
        ("Egypt is seeking a loan of $3-5 billion.", ("$3", 3e9, "USD")),
    ],
)
def test_quantities_counts_and_ranges(pipeline, text, expected):
    assert expected in _quantities(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "No one is dead after the quake, officials said.",  # "one is dead" counts nobody
        "Poland ordered more FA-50 fighters from Seoul.",  # a number inside a name
        "It was often people from the villages who came.",  # "ten" inside "often"
        "The two men discussed the dispute over lunch.",  # people named before, not a count
    ],
)
def test_quantities_words_that_are_no_count(pipeline, text):
    assert [q for q in _quantities(pipeline, text) if q[2] == "people"] == []


def test_quantities_first_end_of_a_range_is_a_floor(pipeline):
    quantities = _analyze(pipeline, "Egypt is seeking a loan of $3-5 billion.").quantities
    (low,) = [q for q in quantities if q.text == "$3"]
    assert (low.value, low.approx) == (3e9, "over")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two words may describe the counted noun.
        (
            "Officers stopped 14 Malian truck drivers at the border.",
            ("14 Malian truck drivers", 14.0, "people"),
        ),
        # The tagger's singular proper noun for a plural nationality still counts people.
        ("The ministry said 210 Zimbabweans had been sent back.", ("210 Zimbabweans", 210.0, "people")),
        # A part of a count counts the same people.
        ("Officials said 12 of the 40 sailors were flown home.", ("12", 12.0, "people")),
        # "the more than one million refugees" is a count, not people named before.
        (
            "He urged them to take back the more than one million refugees in the camps.",
            ("more than one million refugees", 1e6, "people"),
        ),
        # Each number in a coordination is read.
        ("The bodies of five tourists and three students were found.", ("three students", 3.0, "people")),
    ],
)
def test_quantities_counts_of_people_in_longer_phrases(pipeline, text, expected):
    assert expected in _quantities(pipeline, text)


def test_quantities_other_dollars_are_not_us_dollars(pipeline):
    quantities = _analyze(
        pipeline, "Canberra pledged A$50 million (about US$33 million) to Tonga."
    ).quantities
    (money,) = [q for q in quantities if q.unit == "USD"]
    # The text's own US dollars, with the sum as the text first gives it kept as the original.
    assert (money.value, money.original_value, money.original_unit) == (33e6, 50e6, "AUD")


def test_quantities_a_number_a_verb_brings_things_to_is_no_count(pipeline):
    text = "The embassy has more than 60 staff and Moldova wants it cut to 20."
    assert [q for q in _quantities(pipeline, text) if q[1] == 20.0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirty-two Indian fishermen were arrested off Delft.",
            ("Thirty-two Indian fishermen", 32.0, "people"),
        ),
        ("Seventeen soldiers died in the attack.", ("Seventeen soldiers", 17.0, "people")),
        ("About 900 Afghan families were sent back.", ("About 900 Afghan families", 900.0, "people")),
    ],
)
def test_quantities_number_words_and_families(pipeline, text, expected):
    assert expected in _quantities(pipeline, text)


def test_opening_look_ahead_finds_what_the_bare_patterns_find(resources):
    """The look-ahead only skips positions where no match can open: the matches are the bare patterns'."""
    import re

    from bilat.nlp.quantity_rules import load_quantity_rules

    rules = load_quantity_rules(resources)
    text = (
        "Officials said nearly 40 fishermen and about $2.5 billion in aid, some twenty-two trucks, "
        "over 12% of exports and Rs 300 crore were at stake; at least 1,200 people fled, up to five "
        "hundred more were expected, and €7m was pledged by roughly nine donors."
    )
    for pattern in (rules.money, rules.count, rules.percent, rules.number):
        assert pattern.pattern.startswith("(?=[")
        bare = re.compile(pattern.pattern[pattern.pattern.index("])") + 2 :], pattern.flags)
        ours = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert ours and ours == [(m.span(), m.groups()) for m in bare.finditer(text)]


def test_quantities_a_count_the_parser_split_across_sentences_is_skipped(pipeline):
    # The parser sometimes ends a sentence inside a count ("… returned fire. Two | Kyrgyz soldiers …"):
    # the elided-count reader must pass over such a count, never fail the document.
    from bilat.models import Quantity
    from bilat.nlp.elided_figures import _elided_counts

    text = "Guards returned fire. Two soldiers were wounded and three were killed."
    parsed = pipeline.parse(Document(id="t", source_uri="mem", text=text, published="2024-05-01"))
    first = parsed.sentences[0]
    straddling = Quantity(
        text="fire. Two soldiers", start=first.end - 5, end=first.end + 14, value=2, unit="people"
    )
    assert _elided_counts(parsed, [straddling], lambda start, end: True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number of a group named by whose it is counts that group.
        ("Chad asked for the return of six of its nationals held in Libya.", ("six of its nationals", 6.0)),
        ("Laos said twelve of their border guards were missing.", ("twelve of their border guards", 12.0)),
        # Nouns of people in uniform.
        (
            "Rwanda withdrew about 90 military personnel from the mission.",
            ("about 90 military personnel", 90.0),
        ),
        ("Four Senegalese gendarmes were held at the crossing.", ("Four Senegalese gendarmes", 4.0)),
        # A number of a group named before.
        ("Guards fired back, and two of the gunmen were killed.", ("two of the gunmen", 2.0)),
        ("Jordan counted about 40,000 arrivals from Iraq last year.", ("about 40,000 arrivals", 40000.0)),
    ],
)
def test_quantities_groups_of_a_country_and_people_in_uniform(pipeline, text, expected):
    counted = [(t, v) for t, v, unit in _quantities(pipeline, text) if unit == "people"]
    assert counted == [expected]


def test_quantities_a_number_of_its_things_is_no_count_of_people(pipeline):
    text = "The airline cut three of its flights to Kabul."
    assert [q for q in _quantities(pipeline, text) if q[2] == "people"] == []


def test_quantities_a_compared_number_is_read_whole_or_not_at_all(pipeline):
    # "than 400,000 since May" is no phrase that ends at "400": the number is whole or it is not compared.
    text = (
        "A further 90,000 doses given by Norway reached Accra on Friday, bringing the doses it has "
        "supplied to more than 400,000 since May."
    )
    values = [q[1] for q in _quantities(pipeline, text)]
    assert 400.0 not in values
    assert 90000.0 in values


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("The police said no more than 40 protesters were held overnight.", "under"),
        ("Officials said at most 12 fishermen had been fined.", "under"),
        ("The union said no fewer than 300 workers had walked out.", "over"),
        ("The union said more than 300 workers had walked out.", "over"),
    ],
)
def test_quantities_a_bound_from_above_or_below(pipeline, text, approx):
    (count,) = [q for q in _analyze(pipeline, text).quantities if q.unit == "people"]
    assert count.approx == approx
