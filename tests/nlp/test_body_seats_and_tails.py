"""A body's name read whole when an acronym in brackets follows the words the model split off after its
join, or when a trade body's name ("Exporters Assembly") was split from its nationality; a dangling join
dropped; a body named without its state in a sentence that opens in a capital; "its ministry said"."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _bodies(nlp, resources, text):
    index = recognize_actors(nlp(text), resources)
    return {(a.name, a.country) for a in index.actors if a.kind == "organisation"}


def test_acronym_after_the_split_words_names_the_whole_body(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "SOFIA, May 3 — The outage hit the tax office, the State Agency for Electronic Services and Cyber "
        "Protection (SAESCP) said on Monday.",
    )
    assert ("State Agency for Electronic Services and Cyber Protection", "BGR") in bodies
    assert ("State Agency for Electronic Services", "BGR") not in bodies


def test_dangling_join_is_no_part_of_a_ministry_name(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "The accord was signed by the Ministry of Mines and Energy and Chile's Energy Commission on Friday.",
    )
    assert not any(name.endswith(" and") for name, _ in bodies)


def test_body_in_a_sentence_opening_in_a_capital_is_that_states(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "Kenya seized a Tanzanian fishing boat on Sunday.\n\nIn Dodoma, the Department of Fisheries said "
        "on Monday that the boat had been fishing lawfully.",
    )
    assert ("Department of Fisheries", "TZA") in bodies


def test_capital_named_later_in_the_sentence_gives_a_body_nothing(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "Kenya seized a Tanzanian fishing boat on Sunday.\n\nThe Department of Fisheries said on Monday "
        "that talks would be held in Dodoma.",
    )
    assert ("Department of Fisheries", "TZA") not in bodies


def test_its_ministry_reporting_a_states_act_is_that_states(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "NAIROBI — Qatar has halted new work permits for Kenyan nationals, its labour ministry said on "
        "Friday.",
    )
    assert ("labour ministry", "QAT") in bodies


def test_a_trade_body_split_from_its_nationality_is_read_whole(nlp, resources):
    bodies = _bodies(
        nlp,
        resources,
        "Exports dropped 16 percent last month, the Turkish Exporters Assembly reported, and its chairman, "
        "Kemal Ozturk, said 170 lorries were waiting at the border.",
    )
    assert ("Turkish Exporters Assembly", "TUR") in bodies
