"""A state has one president at a time: a dateline cannot give two people the same single-holder office."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p.country for p in index.people}


def test_two_presidents_under_one_dateline_get_no_country_from_it(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NAIROBI, June 2 (Rift Wire) — President Amina Otieno said Ugandan soldiers had crossed into "
        "Busia and fired on Kenyan police.\n\n"
        "President Joseph Mutebi replied on Sunday that his troops had never left Ugandan soil.",
    )
    assert people["Amina Otieno"] is None
    assert people["Joseph Mutebi"] is None


def test_one_president_and_one_foreign_minister_keep_the_dateline(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NAIROBI, June 2 (Rift Wire) — President Amina Otieno opened a new terminal at the port on "
        "Monday.\n\nForeign Minister Peter Kamau said the terminal would handle 2 million containers.",
    )
    assert people["Amina Otieno"] == "KEN"
    assert people["Peter Kamau"] == "KEN"


def test_a_nationality_written_with_the_name_outranks_the_clash(nlp, resources):
    people = _people(
        nlp,
        resources,
        "NAIROBI, June 2 (Rift Wire) — President Amina Otieno met Ugandan President Joseph Mutebi on "
        "Monday. President Otieno said trade had doubled.",
    )
    assert people["Joseph Mutebi"] == "UGA"
