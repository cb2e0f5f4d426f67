"""The same office named before without a name ("the ambassador of the Republic of Kenya", "Iran's chargé
d'affaires") gives its state to the holder named later; where several states' heads of mission were named,
the very office ("chargé d'affaires" for "the chargé") says whose, and a title the parser split is read
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


def test_office_of_a_state_named_before_gives_the_holder_its_state(nlp, resources):
    people = _people(
        nlp,
        resources,
        "KAMPALA — Uganda summoned the ambassador of the Republic of Kenya on Monday over the seizure of "
        'fishing boats on the lake.\n\n"We want our boats back," the minister said after Ambassador '
        "Joseph Otieno left the ministry.",
    )
    assert people["Joseph Otieno"].country == "KEN"
