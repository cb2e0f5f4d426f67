"""The gold-file checker a blind set passes before it is sealed (benchmarks/validate_gold.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import validate_gold

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def test_a_shipped_set_passes(capsys):
    assert validate_gold.main(str(DATA / "heldout8" / "heldout8.gold.json"), str(DATA / "heldout8")) == 0
    out = capsys.readouterr().out
    assert "26 documents, 186 required + 100 optional events" in out
    assert out.strip().endswith("ok")


def test_each_kind_of_problem_is_named(tmp_path, capsys):
    (tmp_path / "000_a_b.txt").write_text("A story of our own.\n", encoding="utf-8")
    gold = {
        "about": "x",
        "documents": [{"file": "000_a_b.txt", "published": "2024-13", "outlet": None}],
        "actors": [
            {"name": "Ana Roe", "aliases": [], "country": "Chile", "role": "minister", "sector": "GOV"}
        ],
        "events": [
            {
                "id": "E1",
                "doc": "000_a_b.txt",
                "date": "2024-05-02",
                "source": "CHL",
                "target": "PER",
                "cameo_root": "04",
                "what": "x",
            },
            {
                "id": "E1",
                "doc": "001_c_d.txt",
                "date": None,
                "source": "CHL",
                "target": "PER",
                "cameo_root": ["21"],
                "what": "x",
            },
        ],
        "facts": [
            {
                "id": "F1",
                "doc": "000_a_b.txt",
                "kind": "aid",
                "value": "5",
                "unit": "USD",
                "period": ["2024", "June"],
            }
        ],
        "conflicts": [],
        "questions": [{"q": "Who?", "answer": "Ana Roe", "evidence_docs": ["002_e_f.txt"]}],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert validate_gold.main(str(path), str(tmp_path)) == 1
    out = capsys.readouterr().out
    for problem in (
        "published '2024-13'",
        "no 'author'",
        "country 'Chile'",
        "duplicate event id E1",
        "doc '001_c_d.txt' unknown",
        "cameo_root must be a list",
        "value must be a number",
        "period ['2024', 'June']",
        "evidence doc '002_e_f.txt' unknown",
    ):
        assert problem in out, problem
