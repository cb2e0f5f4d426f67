"""A mission abroad named with the city it sits in is not that city's state's."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _resolve(nlp, resources, text, word):
    doc = nlp(text)
    index = recognize_actors(doc, resources)
    token = next(t for t in doc if t.text == word)
    return index.resolve(token)


def test_its_embassy_in_the_other_capital_is_the_subjects(nlp, resources):
    ref = _resolve(
        nlp,
        resources,
        "Uruguay asked the trade body on Tuesday for talks, and its embassy in Asuncion delivered a note "
        "on Monday demanding that the tariff be lifted.",
        "embassy",
    )
    assert ref is not None and ref.country == "URY"


def test_an_embassy_named_by_its_city_alone_is_not_the_citys_state(nlp, resources):
    ref = _resolve(
        nlp,
        resources,
        "The embassy in Asuncion delivered a note on Monday demanding that the tariff be lifted.",
        "embassy",
    )
    assert ref is None or ref.country != "PRY"


def test_a_marked_embassy_keeps_its_nationality(nlp, resources):
    ref = _resolve(
        nlp,
        resources,
        "The Uruguayan embassy in Asuncion delivered a note on Monday demanding that the tariff be lifted.",
        "embassy",
    )
    assert ref is not None and ref.country == "URY"


def test_an_embassy_opened_in_a_capital_concerns_its_state(nlp, resources):
    text = "Uruguay said on Monday that it would open an embassy in Asuncion next year."
    ref = _resolve(nlp, resources, text, "embassy")
    assert ref is not None and ref.country == "PRY"


def test_an_attache_at_its_embassy_in_a_capital_concerns_that_state(nlp, resources):
    text = "In August Uruguay appointed its first defence attache at its embassy in Asuncion."
    ref = _resolve(nlp, resources, text, "embassy")
    assert ref is not None and ref.country == "PRY"
