"""People and their countries on the VOA stories: how many people bilat gives a country, by what
evidence, and how many of those are right on a hand-checked sample.

    python benchmarks/people_voa.py [--list] [--limit N]

The sample (benchmarks/data/voa_people.tsv) names a person by story id and the character offsets of one
of their mentions in the story's text (read from ../shared at run time, never copied), with the country
a reader of the whole story gives them ("-" for none). A person the sample lists counts as given a
country when bilat's person holding that mention has one; right when it is the sample's. Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from bilat.ingest import read_sources, to_document
from bilat.models import IngestError
from bilat.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "benchmarks" / "data" / "voa_people.tsv"


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def emit(name: str, value: object) -> None:
    if isinstance(value, float):
        value = f"{value:.3f}"
    print(f"{name}: {value}", flush=True)


def load_sample() -> dict[str, list[tuple[int, int, str]]]:
    sample: dict[str, list[tuple[int, int, str]]] = {}
    if not SAMPLE.exists():
        return sample
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        story, start, end, country = line.split("\t")[:4]
        sample.setdefault(story, []).append((int(start), int(end), country.strip()))
    return sample


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print every person given a country")
    parser.add_argument("--limit", type=int, default=0, help="only the first N stories")
    args = parser.parse_args()
    path = shared_dir() / "corpus" / "voa" / "voa_stories.jsonl"
    if not path.exists():
        emit("voa_people.error", f"no VOA corpus at {path}")
        sys.exit(0)
    pipeline = Pipeline()
    sample = load_sample()
    people = with_country = 0
    bases: Counter[str] = Counter()
    checked = right = missed = wrong_none = 0
    items = [i for i in read_sources([str(path)]) if not isinstance(i, IngestError)]
    for raw in items[: args.limit or None]:
        document = to_document(raw, pipeline.resources)
        parsed = pipeline.parse(document)
        story = raw.source_uri.rstrip("/").rsplit("/", 1)[-1]
        index = parsed.actors
        for person in index.people:
            people += 1
            if person.country:
                with_country += 1
                bases[getattr(person, "basis", None) or "unknown"] += 1
                if args.list:
                    print(f"  {story}\t{person.name}\t{person.country}\t{person.basis}\t{person.title}")
        for start, end, gold in sample.get(story, []):
            span = parsed.doc.char_span(start, end, alignment_mode="expand")
            person = next((index.person_at[t.i] for t in span or [] if t.i in index.person_at), None)
            given = person.country if person else None
            if given:
                checked += 1
                right += given == gold
                if given != gold:
                    basis = getattr(person, "basis", None)  # older revisions record no basis
                    said = document.text[start:end]
                    print(f"  wrong: {story} {said!r} {given} (basis {basis}), sample {gold}")
            elif gold != "-":
                missed += 1
                if args.list:
                    print(f"  missed: {story} {document.text[start:end]!r} sample {gold}")
            else:
                wrong_none += 1
    emit("voa_people.stories", len(items[: args.limit or None]))
    emit("voa_people.people", people)
    emit("voa_people.with_country", with_country)
    for basis, count in bases.most_common():
        emit(f"voa_people.basis.{basis}", count)
    if sample:
        emit("voa_people.sample.given_a_country", checked)
        emit("voa_people.sample.right", right)
        emit("voa_people.sample.precision", right / checked if checked else 0.0)
        emit("voa_people.sample.country_missed", missed)
        emit("voa_people.sample.rightly_none", wrong_none)


if __name__ == "__main__":
    main()
