"""Data flows one way: the web app (serve) reads the store and calls the question stage (ask); it does not
reach into the analysis (extract, nlp); the Python API does not import the web app (the CLI starts it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "bilat"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return found


@pytest.mark.parametrize("path", sorted((SRC / "serve").glob("*.py")), ids=lambda p: p.name)
def test_layers_serve_does_not_reach_into_the_analysis(path):
    bad = {m for m in _imports(path) if m.startswith(("bilat.extract", "bilat.nlp"))}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_layers_api_and_the_web_app_do_not_import_each_other():
    assert not {m for m in _imports(SRC / "api.py") if m.startswith("bilat.serve.app")}
    assert not {
        m for m in _imports(SRC / "serve" / "app.py") if m == "bilat.api" or m.startswith("bilat.api.")
    }


@pytest.mark.parametrize("path", sorted((SRC / "ask").glob("*.py")), ids=lambda p: p.name)
def test_layers_ask_is_its_own_stage(path):
    assert not {m for m in _imports(path) if m.startswith(("bilat.serve", "bilat.api", "bilat.cli"))}
