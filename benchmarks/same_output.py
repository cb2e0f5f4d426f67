"""Does a speed change keep the output? Every analysis of the seeds, the development sets and the 89 VOA
stories, written as one line per document, compared with a saved run.

    python benchmarks/same_output.py --save before.jsonl      # on the code before the change
    python benchmarks/same_output.py --against before.jsonl   # after it: prints what differs, exit 1 if any

A line holds the document's id and its event ids, actors, facts, claims, time expressions and quantities
(each record in full, as the store receives it), so any change a stage makes to its records shows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from bilat.ingest import read_sources, to_document
from bilat.models import Analysis, Document
from bilat.pipeline import Pipeline
from bilat.resources import load_resources

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("events", "actors", "facts", "claims", "timexes", "quantities", "entities", "warnings")


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def sources() -> list[Path]:
    """The seeds, the VOA stories and the development sets (never the sealed ones)."""
    shared = shared_dir()
    found = [shared / "corpus" / "seeds", shared / "corpus" / "voa" / "voa_stories.jsonl"]
    data = REPO / "benchmarks" / "data"
    found += sorted(p for p in data.glob("heldout*") if p.is_dir())
    return found


def documents(paths: list[Path]) -> Iterator[Document]:
    resources = load_resources()
    for item in read_sources([str(p) for p in paths]):
        if not hasattr(item, "message"):
            yield to_document(item, resources)


def where(source_uri: str) -> str:
    """A document's path relative to the repository or the shared folder, so that two checkouts in different
    folders (a worktree before a change, main after it) compare the same documents."""
    for root in (REPO, shared_dir()):
        prefix = f"{root}/"
        if source_uri.startswith(prefix):
            return source_uri[len(prefix) :]
    return source_uri


def line(analysis: Analysis) -> dict:
    record = {"doc": analysis.document.id, "source": where(analysis.document.source_uri)}
    record["event_ids"] = sorted(e.id for e in analysis.events)
    dumped = analysis.model_dump(mode="json", include=set(FIELDS))
    for name in FIELDS:
        for item in dumped[name]:
            if isinstance(item, dict) and isinstance(item.get("source_uri"), str):
                item["source_uri"] = where(item["source_uri"])
    record.update({name: dumped[name] for name in FIELDS})
    return record


def run() -> dict[str, dict]:
    pipeline = Pipeline(load_resources())
    out: dict[str, dict] = {}
    for result in pipeline.analyze_many(list(documents(sources()))):
        if isinstance(result, Analysis):
            out[where(result.document.source_uri)] = line(result)
        else:
            key = where(result.source_uri)
            out[key] = {"source": key, "error": result.message}
    return out


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    found = [f"only before: {k}" for k in before.keys() - after.keys()]
    found += [f"only after: {k}" for k in after.keys() - before.keys()]
    for key in sorted(before.keys() & after.keys()):
        for name in sorted(before[key].keys() | after[key].keys()):
            if before[key].get(name) != after[key].get(name):
                found.append(f"{key}: {name} differs")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = parser.parse_args()
    now = run()
    events = sum(len(r.get("event_ids", [])) for r in now.values())
    print(f"same_output.documents: {len(now)}")
    print(f"same_output.events: {events}")
    if args.save:
        args.save.write_text("".join(json.dumps(now[k], sort_keys=True) + "\n" for k in sorted(now)))
        return
    saved = [json.loads(s) for s in args.against.read_text().splitlines() if s.strip()]
    before = {r["source"]: r for r in saved}
    now = {k: json.loads(json.dumps(v, sort_keys=True)) for k, v in now.items()}
    found = differences(before, now)
    for difference in found:
        print(f"same_output.difference: {difference}")
    print(f"same_output.identical: {not found}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
