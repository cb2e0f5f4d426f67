"""Two names set each beside its own title in one coordination ("signed by A's planning minister, X, and
the chief executive of B's fund, Y"): the second title, written right before Y, owns what is attached to
it, though the parser hangs both names on the first title."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def test_second_title_before_its_name_gives_its_country(nlp, resources):
    index = recognize_actors(
        nlp(
            "In their presence the loan agreement was signed by Ghana's planning minister, Kofi Mensah, and "
            "the chief executive of the Emirati Fund for Development, Hamad al-Mazrouei."
        ),
        resources,
    )
    people = {p.name: p for p in index.people}
    assert people["Kofi Mensah"].country == "GHA"
    assert people["Hamad al-Mazrouei"].country == "ARE"
