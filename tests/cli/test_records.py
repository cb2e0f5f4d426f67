"""The CLI over a real store: exit codes, one-line errors, JSON shapes, and the README's coverage."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from bilat.cli.app import app
from tests.articles import write_articles

runner = CliRunner()
README = Path(__file__).resolve().parents[2] / "README.md"


def _build(tmp_path):
    folder = write_articles(tmp_path / "in")
    store = str(tmp_path / "s.db")
    result = runner.invoke(app, ["build", str(folder), "--store", store])
    return store, result


def test_cli_build_summary_and_exit_codes(tmp_path):
    store, result = _build(tmp_path)
    assert result.exit_code == 0, result.output
    assert "3 added, 0 already stored, 0 duplicates dropped, 0 failed" in result.output
    again = runner.invoke(app, ["build", str(tmp_path / "in"), str(tmp_path / "nope.txt"), "--store", store])
    assert again.exit_code == 1
    assert f"error: {tmp_path / 'nope.txt'}: no such file or directory" in again.output
    assert "0 added, 3 already stored, 0 duplicates dropped, 1 failed" in again.output


def test_cli_events_json_shape(tmp_path):
    store, _ = _build(tmp_path)
    result = runner.invoke(app, ["events", "--between", "ARM", "GEO", "--store", store, "--format", "json"])
    events = json.loads(result.output)
    assert events
    keys = {
        "id",
        "doc_id",
        "source_uri",
        "source",
        "target",
        "cameo",
        "root",
        "quad",
        "goldstein",
        "plover",
        "mode",
        "date",
        "date_precision",
        "date_text",
        "place",
        "modality",
        "evidence",
        "start",
        "end",
        "confidence",
    }
    assert keys <= set(events[0])
    assert set(events[0]["source"]) >= {"name", "country", "sector"}


def test_cli_documents_and_timeline(tmp_path):
    store, _ = _build(tmp_path)
    docs = json.loads(runner.invoke(app, ["documents", "--store", store, "--format", "json"]).output)
    assert {d["published"] for d in docs} == {"2022-10-04", "2023-02-15", "2023-06-01"}
    rows = json.loads(
        runner.invoke(app, ["timeline", "ARM", "GEO", "--store", store, "--format", "json"]).output
    )
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and all("trend" in r for r in rows)
    assert {r["date_basis"] for r in rows if r["kind"] == "event" and r["date"]} <= {
        "text",
        "context",
        "publication",
    }
    csv_out = runner.invoke(app, ["actors", "--store", store, "--format", "csv"]).output
    assert csv_out.splitlines()[0].startswith("id,name,")


def test_cli_corrupt_store_is_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all\n" * 10)
    result = runner.invoke(app, ["documents", "--store", str(bad)])
    assert result.exit_code == 1
    assert result.output == f"error: {bad}: not a bilat store (not an SQLite database); left untouched\n"


def test_cli_annotate_file_and_missing_file(tmp_path):
    folder = write_articles(tmp_path / "in")
    result = runner.invoke(app, ["annotate", str(folder / "a_visit.txt")])
    analysis = json.loads(result.output)
    assert analysis["document"]["published"] == "2022-10-04"
    assert {t["type"] for t in analysis["timexes"]} >= {"DATE"}
    assert any(e["cameo"] == "043" for e in analysis["events"])
    missing = runner.invoke(app, ["annotate", str(tmp_path / "gone.txt")])
    assert missing.exit_code == 1 and "no such file or directory" in missing.output


def test_cli_every_command_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    missing = [c for c in commands if not re.search(rf"`bilat {c}\b", readme)]
    assert not missing, f"commands missing from README: {missing}"


def test_cli_annotate_seed_meeting(seeds):
    """The brief's check: the 2023-03-30 seed names both people with their offices and their meeting."""
    result = runner.invoke(app, ["annotate", str(seeds / "002_5b64e1d3295df88d.txt")])
    analysis = json.loads(result.output)
    people = {(a["name"], a["country"], a["role"]) for a in analysis["actors"] if a["kind"] == "person"}
    assert {("Isaac Herzog", "ISR", "President"), ("Jeyhun Bayramov", "AZE", "Foreign Minister")} <= people
    meetings = [e for e in analysis["events"] if e["root"] == "04" and e["date"] == "2023-03-30"]
    assert {(e["source"]["name"], e["target"]["name"]) for e in meetings} >= {
        ("Isaac Herzog", "Jeyhun Bayramov")
    }


def test_cli_build_counts_the_copies_it_dropped(tmp_path):
    folder = write_articles(tmp_path / "in")
    original = (folder / "a_visit.txt").read_text(encoding="utf-8")
    (folder / "a_visit_copy.txt").write_text(original.replace("Monday", "MONDAY"), encoding="utf-8")
    (folder / "a_visit_again.txt").write_text(original, encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--store", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert "3 added, 0 already stored, 2 duplicates dropped, 0 failed" in result.output
