"""A ministry or body named without its state: its state only where evidence speaks — the government's own
release, the paragraph's state, or the same name given with its state elsewhere in the article; a
dateline alone is no evidence for a ministry quoted for a figure."""

from __future__ import annotations

from bilat.nlp.actors import recognize_actors


def _bodies(nlp, resources, text, outlet=None):
    index = recognize_actors(nlp(text), resources, "2024-03-07", outlet)
    return {
        (name, a.country) for a in index.actors if a.kind == "organisation" for name in [a.name, *a.aliases]
    }


def test_a_ministry_in_a_governments_own_release_is_its_own(nlp, resources):
    text = (
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF PERU\n\nPRESS RELEASE\n\n"
        "The Ministry of Labour will open two offices for seasonal workers in Santiago, Chile, next month."
    )
    assert ("Ministry of Labour", "PER") in _bodies(nlp, resources, text)


def test_a_dateline_alone_does_not_own_a_ministry_quoted_for_a_figure(nlp, resources):
    text = (
        "LIMA, March 7 (Ridge Wire) — Trade between Peru and Chile reached 5 billion USD last year, "
        "according to the Ministry of Trade and Tourism."
    )
    bodies = _bodies(nlp, resources, text)
    assert not any(name == "Ministry of Trade and Tourism" and country for name, country in bodies)


def test_a_body_named_with_its_state_later_owns_the_bare_mention(nlp, resources):
    text = (
        "QUITO, March 7 (Ridge Wire) — The State Intelligence Department said two men had been held.\n\n"
        "Peru's State Intelligence Department said on Monday that its officers had detained the men."
    )
    bodies = _bodies(nlp, resources, text)
    assert ("State Intelligence Department", "PER") in bodies
    assert ("State Intelligence Department", None) not in bodies
