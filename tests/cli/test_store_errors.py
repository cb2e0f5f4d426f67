"""A store that cannot be read is one line naming it, from every command; reads never create a store."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from bilat.cli.app import app
from tests.articles import write_articles

runner = CliRunner()
READS = [
    ["documents"],
    ["events"],
    ["actors"],
    ["facts"],
    ["conflicts"],
    ["timeline", "ARM", "GEO"],
    ["search", "border"],
]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = write_articles(tmp_path_factory.mktemp("in"))
    path = tmp_path_factory.mktemp("store") / "s.db"
    assert runner.invoke(app, ["build", str(folder), "--store", str(path)]).exit_code == 0
    return str(path)


@pytest.mark.parametrize("command", [*READS, ["export", "OUT"], ["report", "OUT", "--between", "ARM", "GEO"]])
def test_store_errors_a_mistyped_store_is_one_line_and_never_created(tmp_path, command):
    missing = tmp_path / "typo.db"
    args = [str(tmp_path / "out") if part == "OUT" else part for part in command]
    result = runner.invoke(app, [*args, "--store", str(missing)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith(f"error: {missing}: no store here")
    assert not missing.exists() and not (tmp_path / "out").exists()


def test_store_errors_ask_does_not_create_a_store(tmp_path):
    missing = tmp_path / "typo.db"
    result = runner.invoke(app, ["ask", "Who visited Georgia?", "--store", str(missing)])
    assert result.exit_code == 1 and result.output.startswith("error: ") and not missing.exists()


def test_store_errors_a_store_damaged_inside_is_one_line_from_every_command(store, tmp_path):
    damaged = tmp_path / "damaged.db"
    shutil.copy(store, damaged)
    with damaged.open("r+b") as handle:  # keep the header, ruin the pages after the schema
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096 * 4)
    failures = 0
    for command in [*READS, ["build", str(tmp_path / "nothing-here.txt")]]:
        result = runner.invoke(app, [*command, "--store", str(damaged)])
        assert "Traceback" not in result.output and "sqlalche.me" not in result.output, command
        if result.exit_code:
            lines = result.output.strip().splitlines()
            assert lines[-1].startswith("error: ") and len(lines) <= 2, (command, result.output)
            failures += "damaged" in result.output
    assert failures >= 3  # the pages ruined hold several tables: each reader says so in one line


def test_store_errors_web_app_answers_503_naming_a_damaged_store(store, tmp_path):
    from fastapi.testclient import TestClient

    damaged = tmp_path / "damaged.db"
    shutil.copy(store, damaged)
    from bilat.serve.app import create_app
    from bilat.store import open_store

    app_over_it = create_app(open_store(str(damaged), create=False))  # opens while the store is still whole
    with damaged.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096 * 4)
    with TestClient(app_over_it) as client:
        answers = [client.get(path) for path in ("/api/documents", "/api/actors", "/api/conflicts")]
    broken = [a for a in answers if a.status_code != 200]
    assert broken and all(a.status_code == 503 and "damaged" in a.json()["detail"] for a in broken)
