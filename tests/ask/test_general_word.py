"""A report names a thing by its kind once ("six Ecuadorian trawlers") and then by a general word ("the
vessels were intercepted …"): a sentence with the general word is about the thing the question names."""

from __future__ import annotations

import pytest

from bilat import api
from bilat.ask import Asker
from bilat.ask.question import stem
from bilat.ask.retrieve import load_kinds
from bilat.store import open_store

ARTICLES = {
    "a_trawlers.txt": (
        " date 2024-08-14\n\n"
        "Colombia seizes five Ecuadorian trawlers off Malpelo\n\n"
        "BOGOTA — Colombian patrol ships seized five Ecuadorian fishing vessels north of Malpelo island "
        "over the weekend, the navy said.\n\n"
        "The vessels were intercepted on Sunday by the patrol ship Almirante Tono about 80 nautical "
        "miles inside Colombian waters.\n"
    ),
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory, resources, nlp) -> Asker:
    folder = tmp_path_factory.mktemp("kinds")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("kindsstore") / "s.db"
    api.build([str(folder)], str(path), resources=resources)
    return Asker(open_store(path), resources, nlp)


def test_a_trawler_is_a_vessel_and_a_boat(resources):
    kinds = load_kinds(resources)
    assert {stem("vessel"), stem("boat")} <= kinds[stem("trawlers")]


def test_the_general_word_tells_of_the_things_the_question_names(asker):
    answer = asker.answer("Which Colombian patrol ship intercepted the five Ecuadorian trawlers off Malpelo?")
    assert answer.known and answer.answer == "Almirante Tono", answer
