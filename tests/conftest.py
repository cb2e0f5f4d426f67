"""Shared fixtures: real components only (the pinned spaCy pipeline, SQLite files in tmp_path)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilat.resources import Resources, load_resources

REPO = Path(__file__).resolve().parent.parent

# A real PostgreSQL server for tests marked `postgres` (started once per session, see the module).
pytest_plugins = ["tests.pg_server"]


def shared_path() -> Path:
    """../shared beside the checkout (CI places it there); BILAT_SHARED overrides."""
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_path()
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    return shared / "corpus" / "seeds"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(scope="session")
def pipeline(resources: Resources):
    from bilat.pipeline import Pipeline

    return Pipeline(resources)


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp
