"""The ask tests' one way to get an asker over articles of their own: built into a real SQLite store by the
real pipeline, as `bilat build` would."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat import api
from bilat.ask import Asker
from bilat.store import open_store


@pytest.fixture(scope="module")
def ask_over(tmp_path_factory, resources, nlp) -> Callable[[dict[str, str]], Asker]:
    """``ask_over({"a.txt": text, …})``: an asker over a new store holding exactly those articles."""

    def build(articles: dict[str, str]) -> Asker:
        folder = tmp_path_factory.mktemp("articles")
        for name, text in articles.items():
            (folder / name).write_text(text, encoding="utf-8")
        path = tmp_path_factory.mktemp("store") / "s.db"
        assert api.build([str(folder)], str(path), resources=resources).added == len(articles)
        return Asker(open_store(path), resources, nlp)

    return build
