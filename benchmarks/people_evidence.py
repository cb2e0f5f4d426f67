"""Which evidence step gave each person their country, and how often each step is right, over the dev sets.

    python benchmarks/people_evidence.py [--only seeds,heldout19,...] [--gold F.gold.json --corpus DIR]
                                         [--verbose]

Builds each set and records, for every person of every document, the last assignment of their country:
its basis (``Person.basis``: nationality, institution, office, dateline, host…) and the function that made
it (``side_phrases.dateline_officials``), which together name the evidence step. A person whose name or
alias is a gold actor's is scored right when the step gave the gold's country, wrong otherwise. Prints one
line per step (right, wrong, share right) and, with ``--verbose``, each wrong one. Figures are printed,
never asserted. Runs against whichever ``bilat`` is first on the path, so an older checkout can be audited
with this script.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bilat import api, pipeline
from bilat.nlp import people

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def dev_sets() -> dict[str, tuple[Path, Path]]:
    sets = {"seeds": (shared_dir() / "corpus" / "seeds", shared_dir() / "eval" / "seeds.gold.json")}
    for folder in sorted((REPO / "benchmarks" / "data").glob("heldout*")):
        if folder.is_dir() and (folder / f"{folder.name}.gold.json").exists():
            sets[folder.name] = (folder, folder / f"{folder.name}.gold.json")
    return sets


def _caller() -> str:
    """The module and function that assigned a country, past ``Person``'s own methods."""
    frame = sys._getframe(2)
    while (
        frame is not None
        and frame.f_code.co_filename.endswith("people.py")
        and frame.f_code.co_name
        in {
            "affiliate",
            "__init__",
        }
    ):
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}"


def instrument(found: list[tuple[str, set[str], str | None, str]]) -> None:
    """Records where each person's country was set, and every person when their document's actors are
    read; ``found`` receives (name, names, country, step) per person."""
    original_setattr = people.Person.__setattr__

    def setattr_(self, name: str, value) -> None:
        if name == "country":
            object.__setattr__(self, "_audit_site", _caller() if value is not None else None)
        original_setattr(self, name, value)

    people.Person.__setattr__ = setattr_
    recognize = pipeline.recognize_actors

    def recognize_actors(doc, *args, **kwargs):
        index = recognize(doc, *args, **kwargs)
        for person in index.people:
            if person.country is None:
                continue
            site = getattr(person, "_audit_site", None) or "?"
            step = f"{getattr(person, 'basis', None)} <{site}>"
            found.append((person.name, {person.name, *person.aliases}, person.country, step))
        return index

    pipeline.recognize_actors = recognize_actors


def score(found, gold: dict, table: dict[str, list[int]], wrong: list[str], prefix: str) -> None:
    countries: dict[str, str] = {}
    for g in gold.get("actors", []):
        for name in [g["name"], *g["aliases"]]:
            countries[name.lower()] = g["country"]
    for name, names, country, step in found:
        expected = {countries[n.lower()] for n in names if n.lower() in countries}
        if not expected:
            continue
        right = country in expected
        table[step][0 if right else 1] += 1
        if not right:
            golds = ", ".join(sorted(str(c) for c in expected))
            wrong.append(f"{prefix}: {name}: {country} (gold {golds}) by {step}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated set names")
    parser.add_argument("--gold", help="a gold file to score a --corpus folder against")
    parser.add_argument("--corpus", help="the folder of the --gold file's stories (its folder by default)")
    parser.add_argument("--verbose", action="store_true", help="print each wrong country")
    args = parser.parse_args()
    if args.gold:
        gold_path = Path(args.gold)
        sets = {gold_path.stem.split(".")[0]: (Path(args.corpus or gold_path.parent), gold_path)}
    else:
        sets = dev_sets()
        if args.only:
            sets = {k: v for k, v in sets.items() if k in set(args.only.split(","))}
    found: list = []
    instrument(found)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong: list[str] = []
    for name, (folder, gold_path) in sets.items():
        found.clear()
        with tempfile.TemporaryDirectory() as tmp:
            api.build([str(folder)], store=str(Path(tmp) / "audit.db"))
        score(found, json.loads(gold_path.read_text(encoding="utf-8")), table, wrong, name)
        print(f"# {name}: {len(found)} people given a country", flush=True)
    total = [0, 0]
    for step, (ok, bad) in sorted(table.items(), key=lambda kv: -sum(kv[1])):
        total[0] += ok
        total[1] += bad
        print(f"{step:60s} right {ok:4d} wrong {bad:3d} share {ok / (ok + bad):.3f}")
    print(f"{'all':60s} right {total[0]:4d} wrong {total[1]:3d} share {total[0] / max(sum(total), 1):.3f}")
    if args.verbose:
        for line in wrong:
            print(f"  wrong: {line}")


if __name__ == "__main__":
    main()
