"""The small things a newcomer meets first: literal help and search output, CSV columns as `export`
writes them, a report of the busiest pair, documents titled by their words, outlets from the site."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from bilat import api
from bilat.cli import app
from bilat.serve import export as exports
from tests.serve.fixtures import build_articles_store

WIDE = {"COLUMNS": "220", "TERM": "dumb"}


@pytest.fixture(scope="module")
def built_store(tmp_path_factory, resources) -> str:
    return build_articles_store(tmp_path_factory.mktemp("small"), resources)


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env=WIDE)


def test_small_things_help_shows_brackets_literally():
    overview = _run("--help").output
    assert "matches in [brackets]" in overview
    assert "bilat.export.FORMAT.v1" in _run("export", "--help").output


def test_small_things_search_table_has_no_markup_tags(built_store):
    table = _run("search", "embassy", "--store", built_store).output
    assert "embassy" in table.lower()
    assert "[bold" not in table and "[/]" not in table and "[embassy]" not in table.lower()


def test_small_things_csv_columns_are_exports(built_store):
    events = list(csv.DictReader(io.StringIO(_run("events", "--store", built_store, "-f", "csv").output)))
    assert events and list(events[0]) == list(exports.EVENT_COLUMNS)
    assert "source_name" in events[0] and "source.name" not in events[0]
    assert {e["date_basis"] for e in events if e["date"]} <= {"text", "context", "publication"}
    actors = list(csv.DictReader(io.StringIO(_run("actors", "--store", built_store, "-f", "csv").output)))
    assert list(actors[0]) == list(exports.ACTOR_COLUMNS)
    assert not any(a["aliases"].startswith("[") for a in actors)
    with_aliases = [a for a in api.list_actors(built_store) if len(a.aliases) > 1]
    if with_aliases:  # the store's actors are merged by reconciliation: joined as export joins them
        row = next(r for r in actors if r["id"] == with_aliases[0].id)
        assert row["aliases"] == ";".join(with_aliases[0].aliases)
    facts = list(csv.DictReader(io.StringIO(_run("facts", "--store", built_store, "-f", "csv").output)))
    assert not facts or list(facts[0]) == list(exports.FACT_COLUMNS)


def test_small_things_report_without_between_takes_the_busiest_pair(built_store, tmp_path):
    out = tmp_path / "r.html"
    result = _run("report", str(out), "--store", built_store)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    pairs = _pairs(built_store)
    busiest = min(pairs, key=lambda pair: (-pairs[pair], pair))
    assert f"<title>{busiest[0]}–{busiest[1]} · bilat report</title>" in html


def _pairs(store: str) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for e in api.list_events(store):
        if e.target and e.target.country and e.source.country and e.source.country != e.target.country:
            pair = tuple(sorted((e.source.country, e.target.country)))
            counts[pair] = counts.get(pair, 0) + 1
    return counts


def test_small_things_report_of_a_store_without_pairs_is_one_line(tmp_path):
    story = tmp_path / "quiet.txt"
    story.write_text(" date 2024-01-02\n\nIt rained in the capital on Monday.\n", encoding="utf-8")
    store = str(tmp_path / "q.db")
    assert _run("build", str(story), "--store", store).exit_code == 0
    result = _run("report", str(tmp_path / "r.html"), "--store", store)
    assert result.exit_code == 1 and result.output.startswith("error: ") and "--between" in result.output


def test_small_things_untitled_documents_and_outlets_from_the_site(tmp_path, resources):
    records = [
        {
            "url": "https://www.voanews.com/a/example-story/1.html",
            "published": "2024-03-05",
            "text": "Chile's foreign minister met his Peruvian counterpart in Lima on Tuesday. "
            "The two signed an agreement on border crossings.",
        },
        {
            "url": "https://news.example.org/world/2",
            "published": "2024-03-06",
            "text": "Norway and Kenya agreed on Wednesday to expand cooperation on renewable energy.",
        },
    ]
    feed = tmp_path / "stories.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    store = str(tmp_path / "s.db")
    assert api.build([str(feed)], store, resources=resources).added == 2
    outlets = {d["source_uri"]: d["outlet"] for d in api.list_documents(store)}
    assert outlets[records[0]["url"]] == "Voice of America"
    assert outlets[records[1]["url"]] == "news.example.org"
    from fastapi.testclient import TestClient

    from bilat.serve.app import create_app
    from bilat.store import open_store

    with TestClient(create_app(open_store(store, create=False))) as client:
        home = client.get("/").text
        titles = {d["source_uri"]: d["title"] for d in client.get("/api/documents").json()}
    assert (
        titles[records[0]["url"]]
        == "Chile's foreign minister met his Peruvian counterpart in Lima on Tuesday. The…"
    )
    assert "Chile&#39;s foreign minister met his Peruvian" in home


@pytest.mark.parametrize(
    "command", [["events"], ["search", "embassy"], ["export", "OUT"]], ids=["events", "search", "export"]
)
def test_small_things_a_bad_date_is_one_error_line(built_store, tmp_path, command):
    args = [str(tmp_path / "out.csv") if part == "OUT" else part for part in command]
    result = _run(*args, "--since", "notadate", "--store", built_store)
    assert result.exit_code == 1
    assert result.output == "error: notadate: not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"
    assert _run(*args, "--since", "2024-03", "--store", built_store).exit_code == 0


def test_small_things_every_export_carries_date_basis(built_store, tmp_path):
    for fmt, name in (("csv", "e.csv"), ("jsonl", "e.jsonl"), ("gdelt", "e.tsv")):
        out = tmp_path / name
        assert _run("export", str(out), "--format", fmt, "--store", built_store).exit_code == 0
        text = out.read_text(encoding="utf-8")
        if fmt == "gdelt":
            header, *rows = text.splitlines()
            columns = header.split("\t")
            assert "SQLDATE" in columns and "bilat_DateBasis" in columns
            basis = {row.split("\t")[columns.index("bilat_DateBasis")] for row in rows}
            assert basis <= {"text", "context", "publication", ""} and basis - {""}
        elif fmt == "jsonl":
            assert all("date_basis" in json.loads(line) for line in text.splitlines())
        else:
            assert "date_basis" in text.splitlines()[0].split(",")
