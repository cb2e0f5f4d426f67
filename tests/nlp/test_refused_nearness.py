"""Two steps that gave a person the state of whatever was nearest: a pronoun's nearest official when the
story calls another of its gender "Ms"; and the other side of a pair when a condition's passive subject was
a nationality's people ("if more Kenyans were arrested", read as the state threatened). Each now refuses;
where the words do agree it still gives."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _country(nlp, resources, text: str, name: str) -> tuple[str | None, str | None]:
    index = recognize_actors(nlp(text), resources)
    person = next(p for p in index.people if p.name == name)
    return person.country, person.basis


# --- a pronoun's gender -----------------------------------------------------------------------------------

PRONOUN_STORY = (
    "LISBON — Portugal summoned Morocco's ambassador on Monday over a Portuguese reporter's detention.\n\n"
    "Foreign Minister Carla Mendonça said the detention was unacceptable. The ambassador, Karim Tazi, was "
    "handed a protest note at the ministry, her spokesman Rui Bettencourt said.\n\n"
    "Ms Mendonça said Lisbon expected the reporter's release within days."
)


def test_her_is_not_the_nearest_official_when_ms_names_another(nlp, resources):
    country, basis = _country(nlp, resources, PRONOUN_STORY, "Rui Bettencourt")
    assert basis != "principal"
    assert country != "MAR"


def test_her_still_names_her_principal_when_nothing_disagrees(nlp, resources):
    text = (
        "LISBON — Portugal and Morocco signed a fisheries accord on Monday.\n\n"
        "Morocco's Foreign Minister Leila Bennani welcomed the deal. Her spokesman, Omar Fassi, said talks "
        "would resume in June."
    )
    assert _country(nlp, resources, text, "Omar Fassi")[0] == "MAR"


# --- acting upon both sides of the pair --------------------------------------------------------------------

BOTH_SIDES_STORY = (
    "NAIROBI — Kenya summoned Uganda's high commissioner on Thursday over the arrest of Kenyan traders in "
    "Kampala.\n\n"
    "The foreign ministry said 40 Kenyans had been held without charge.\n\n"
    "Deputy Foreign Minister Peter Wanjala went further. He accused the Ugandan police of extortion and "
    "warned that if more Kenyans were arrested, Nairobi would review its trade concessions."
)


def test_a_condition_on_a_nationalitys_people_is_no_threat_to_their_state(nlp, resources):
    country, basis = _country(nlp, resources, BOTH_SIDES_STORY, "Peter Wanjala")
    assert basis != "addressee"
    assert country != "UGA"
