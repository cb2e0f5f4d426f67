"""The same office named before without a name: where several states' heads of mission were named, the
very office ("chargé d'affaires" for "the chargé") says whose, and a title the parser split is read
whole."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _people(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {p.name: p for p in index.people}


def test_the_charge_is_the_charge_daffaires_named_before(nlp, resources):
    people = _people(
        nlp,
        resources,
        "Qatar recalled its ambassador from Ankara on Monday and gave Turkey's acting chargé d'affaires "
        "48 hours to leave the country.\n\nThe ministry said the chargé, Emre Kaplanoglu, had been "
        "declared persona non grata.",
    )
    assert people["Emre Kaplanoglu"].country == "TUR"
