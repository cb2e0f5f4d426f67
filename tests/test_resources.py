"""Every shipped resource file loads, opens with its schema line, and the package stays lint-clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bilat.ask import load_forms, load_synonyms
from bilat.ask.question import load_phrases
from bilat.ask.retrieve import load_references
from bilat.extract.codebook import load_codebook
from bilat.extract.fact_kind_rules import load_recorded
from bilat.extract.facts import load_kinds
from bilat.extract.patterns import load_patterns
from bilat.extract.speech import load_judgements
from bilat.ingest.patterns import load_ingest_patterns
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.quantity_rules import load_quantity_rules
from bilat.nlp.timex_rules import load_time_rules
from bilat.resources import DEFAULT_ROOT, load_resources

REPO = Path(__file__).resolve().parent.parent
LOADERS = [
    load_codebook,
    load_kinds,
    load_recorded,
    load_patterns,
    load_judgements,
    load_ingest_patterns,
    load_gazetteer,
    load_quantity_rules,
    load_time_rules,
    load_forms,
    load_synonyms,
    load_references,
    load_phrases,
]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_resources_load(loader):
    assert loader(load_resources())


def test_resources_every_file_has_a_schema_and_format_line():
    files = [p for p in DEFAULT_ROOT.rglob("*.txt")]
    assert len(files) >= 15
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert head[0].startswith("# schema: "), path
        assert any(line.startswith("# FORMAT:") for line in head), path


def test_resources_are_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run(
        [ruff, "check", "src", "tests", "benchmarks"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:]
