"""Text answers on a real PostgreSQL server (tests/pg_server.py): the same retrieval and the same answers
as on SQLite FTS5."""

from __future__ import annotations

import pytest

from bilat import api
from bilat.ask import Asker
from bilat.store import open_store
from tests.ask.texts import TEXTS, write_texts

pytestmark = pytest.mark.postgres

QUESTIONS = [
    "When did Chile and Argentina initial the memorandum on glacier monitoring?",
    "Where did Peru and Ecuador hold fisheries talks?",
    "How many Chilean truck drivers were stranded?",
    "What did Ferreyra urge Chile to do?",
    "When did Chile sign a memorandum on fisheries with Bolivia?",
]


def test_postgres_text_answers_match_sqlite(fresh_postgres, tmp_path, resources, nlp):
    folder = write_texts(tmp_path / "texts")
    sqlite = str(tmp_path / "t.db")
    for location in (fresh_postgres, sqlite):
        assert api.build([str(folder)], location, resources=resources).added == len(TEXTS)
    with open_store(fresh_postgres) as pg, open_store(sqlite) as lite:
        assert pg.dialect == "postgresql"
        # Any word is enough, each matched by its stem: "initialled" for "initial", "talks" for "talk".
        hits = pg.search("initial glacier talk Lima", limit=10, any_word=True)
        assert {h.text for h in hits} == {
            h.text for h in lite.search("initial glacier talk Lima", 10, any_word=True)
        }
        texts = " ".join(h.text for h in hits)
        assert "initialled" in texts and "talks in Lima" in texts and hits[0].source_uri
        on_pg, on_lite = Asker(pg, resources, nlp), Asker(lite, resources, nlp)
        for question in QUESTIONS:
            answer = on_pg.answer(question)
            assert answer == on_lite.answer(question), question
        assert on_pg.answer(QUESTIONS[0]).value == "2024-02-02"
        assert not on_pg.answer(QUESTIONS[-1]).known
