"""Person actors that are not people, over the dev sets' builds.

    python benchmarks/person_precision.py [--only seeds,heldout15,...] [--keep DIR]

Builds each dev set (the seeds and benchmarks/data/heldout*/) into a store and lists every actor of kind
person whose name is only a title ("Vice President") or an honorific ("Hon."), a craft's flag
("Vigo-registered"), a place or region the gazetteer or the place table
knows, a nationality word, or an organisation, with the count per set and in all. A person needs a
personal name; such records pollute retrieval and the actor network. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from bilat import api
from bilat.nlp.actor_words import GROUP_HEADS, PLACE_HEADS
from bilat.nlp.countries import load_gazetteer
from bilat.nlp.people import DEPUTY_WORDS, HONORIFIC_WORDS
from bilat.nlp.phoenix import organisation, place_state
from bilat.nlp.pipeline import ORG_HEADS
from bilat.resources import load_resources
from bilat.store import open_store

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import seeds_score  # noqa: E402


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def dev_sets() -> dict[str, Path]:
    sets = {"seeds": shared_dir() / "corpus" / "seeds"}
    for folder in sorted((REPO / "benchmarks" / "data").glob("heldout*")):
        if folder.is_dir():
            sets[folder.name] = folder
    return sets


def why_not_person(name: str, gazetteer, resources) -> str | None:
    """Why a person's name is not a personal name, or None when it may be one."""
    bare = name[4:] if name.lower().startswith("the ") else name
    words = [w.strip(".,").lower() for w in bare.split()]
    title_words = {w for phrase in gazetteer.titles for w in phrase.split()} | DEPUTY_WORDS
    if words and all(w in title_words or w in {"of", "for", "the", "and"} for w in words):
        return "title"
    # "Hon.", "Excellency": a courtesy the model tagged alone, which the title words above do not hold.
    if words and all(w in HONORIFIC_WORDS or w.rstrip(".") in HONORIFIC_WORDS for w in words):
        return "honorific"
    # "Vigo-registered": a craft's flag, read as a name. A craft's own name ("the trawler Santa Ana")
    # cannot be told from a person's by its words alone; the pipeline reads it from the noun before it.
    if any(w.endswith(("-registered", "-flagged")) for w in words):
        return "flag (a craft's)"
    if bare in gazetteer.demonyms:
        return "nationality"
    if bare in gazetteer.names or bare in gazetteer.capitals or bare in gazetteer.regions:
        return "place"
    if place_state(bare, resources):
        return "place (place table)"
    if words and words[-1] in PLACE_HEADS:
        return "place (head word)"
    if gazetteer.institutions.get(bare) or organisation(bare, resources):
        return "organisation"
    if words and words[-1] in ORG_HEADS | GROUP_HEADS:
        return "organisation (head word)"
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--keep", default="", help="a folder to keep the built stores in")
    args = parser.parse_args()
    resources = load_resources()
    gazetteer = resources.load("actors.gazetteer", load_gazetteer)
    wanted = {s for s in args.only.split(",") if s}
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name, corpus in dev_sets().items():
            if wanted and name not in wanted:
                continue
            store_path = folder / f"{name}.db"
            if not store_path.exists():
                api.build([str(corpus)], store=str(store_path))
            store = open_store(store_path)
            people = [a for a in store.actors() if a.kind == "person"]
            found = [(a, why) for a in people if (why := why_not_person(a.name, gazetteer, resources))]
            for actor, why in found:
                print(f"  {name}: {actor.name!r} ({why}; country {actor.country}, role {actor.role})")
            print(f"{name}.non_person_persons: {len(found)}/{len(people)}", flush=True)
            gold_path = corpus / f"{name}.gold.json"
            if name == "seeds":
                gold_path = shared_dir() / "eval" / "seeds.gold.json"
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
            if gold.get("actors"):
                recall, _ = seeds_score.score_actors(store.actors(), gold)
                right, given, _ = seeds_score.score_people_countries(store.actors(), gold)
                print(f"{name}.actors.recall: {recall:.3f}  people_country_right: {right}/{given}")
            total += len(found)
    print(f"all.non_person_persons: {total}")


if __name__ == "__main__":
    sys.exit(main())
