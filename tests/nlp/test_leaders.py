"""Office holders named without a title: resolved by name and the article's date, never outside a term."""

from __future__ import annotations

import shutil

import pytest

from bilat.nlp.actors import recognize_actors
from bilat.nlp.leaders import load_leaders
from bilat.resources import DEFAULT_ROOT, ResourceError, load_resources


def test_leaders_holder_inside_the_term_only(resources):
    leaders = load_leaders(resources)
    term = leaders.holder("Obama", "2014-06-01")
    assert (term.name, term.country, term.role) == ("Barack Obama", "USA", "President")
    assert leaders.holder("Obama", "2019-06-01") is None
    assert leaders.holder("Obama", None) is None


def test_leaders_spelling_without_diacritics(resources):
    leaders = load_leaders(resources)
    assert leaders.holder("Erdogan", "2020-01-01").country == leaders.holder("Erdoğan", "2020-01-01").country


def test_leaders_untitled_name_gets_office_and_country(nlp, resources):
    doc = nlp("Putin telephoned Obama about the crisis, the Kremlin said.")
    index = recognize_actors(doc, resources, "2014-03-10")
    people = {a.name: a for a in index.actors if a.kind == "person"}
    assert (people["Barack Obama"].country, people["Barack Obama"].role) == ("USA", "President")
    assert people["Vladimir Putin"].country == "RUS"


def test_leaders_former_holder_is_not_a_state_actor(nlp, resources):
    doc = nlp("Obama spoke at a charity dinner in Chicago.")
    index = recognize_actors(doc, resources, "2021-05-02")
    (person,) = [a for a in index.actors if a.kind == "person"]
    assert (person.country, person.role) == (None, None)


def test_leaders_bad_line_names_file_and_line(tmp_path):
    root = tmp_path / "resources"
    shutil.copytree(DEFAULT_ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (root / "actors/leaders.txt").open("a", encoding="utf-8") as handle:
        handle.write("Jane Doe | | NOR | Mayor | GOV | 2020-01-01 | -\n")
    with pytest.raises(ResourceError, match=r"actors/leaders.txt:\d+: unknown role"):
        load_leaders(load_resources(root))


def test_leaders_a_namesake_named_in_full_is_not_the_office_holder(nlp, resources):
    doc = nlp("The publisher Mei Lai appeared in court. Lai denied the charges.")
    index = recognize_actors(doc, resources, "2025-03-13")
    (person,) = [a for a in index.actors if a.kind == "person"]
    assert (person.name, person.country) == ("Mei Lai", None)


def test_titled_name_the_model_missed_is_a_person(nlp, resources):
    text = (
        "Talks were held with Peru's Minister for Fisheries Policy Huaman Quispe Ccori. Ccori left on Friday."
    )
    doc = nlp(text)
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Ccori" in people and any(name.endswith("Quispe Ccori") for name in people)


def test_names_after_an_office_the_model_read_as_an_organisation(nlp, resources):
    text = (
        "The talks were chaired by Chile's Minister of Trade and Integration Tomas Rivas Soto and Peru's "
        "Minister of Energy, Mines and Water Lee Min-jun. Lee thanked Rivas Soto."
    )
    index = recognize_actors(nlp(text), resources, "2022-05-26")
    people = {a.name: a.country for a in index.actors if a.kind == "person"}
    assert people.get("Tomas Rivas Soto") == "CHL" and people.get("Lee Min-jun") == "PER"
    assert "Lee" not in people


def test_name_after_the_portfolio_is_a_person(nlp, resources):
    doc = nlp("A visit by Chile's Minister of Trade Ignacio Ruiz Tagle, who arrived on Monday, ended today.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert any(name.endswith("Ruiz Tagle") and "Trade" not in name for name in people)


def test_titled_phrase_the_model_missed_resolves_through_the_office_holders(nlp, resources):
    doc = nlp("President Recep Tayyip Erdogan visited the plant.")
    index = recognize_actors(doc, resources, "2020-06-01")
    ref = index.resolve(next(t for t in doc if t.text == "Erdogan"))
    assert (ref.country, ref.kind) == ("TUR", "person")
