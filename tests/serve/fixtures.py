"""The small store the serve and CLI-serving tests read: built from the three articles in
tests/serve/articles (written for these tests)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"


def build_articles_store(directory: Path, resources) -> str:
    """Build the test articles into ``directory/bilat.db``; its path."""
    from bilat import api

    path = directory / "bilat.db"
    report = api.build([str(ARTICLES)], str(path), resources=resources)
    assert report.added == 3 and report.ok, report
    return str(path)
