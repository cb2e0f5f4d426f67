"""Check a blind set's gold file against the schema of ../shared/eval before it is sealed.

    python benchmarks/validate_gold.py GOLD.json FOLDER_OF_STORIES

Prints each problem on a line, then the counts a set's README gives, then "ok"; exits 1 if there are problems.
"""

import json
import re
import sys
from pathlib import Path

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CODE = re.compile(r"^[A-Z]{3}$")
ROOT = re.compile(r"^(0[1-9]|1\d|20)$")
SECTORS = {"GOV", "MIL", "LEG", "NGO", "EDU", "MED", "BUS", "JUD", "OPP", "IGO", "REB", "CVL", "COP"}


def main(gold_path: str, folder: str) -> int:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    problems: list[str] = []
    for key in ("about", "documents", "actors", "events", "facts", "conflicts", "questions"):
        if key not in gold:
            problems.append(f"missing top-level key {key!r}")
    files = {p.name for p in Path(folder).glob("*.txt")}
    docs = {d.get("file") for d in gold.get("documents", [])}
    for name in files - docs:
        problems.append(f"story {name} has no documents entry")
    for name in docs - files:
        problems.append(f"documents entry {name} has no .txt file in {folder}")
    for d in gold.get("documents", []):
        if d.get("published") is not None and not DATE.match(str(d["published"])):
            problems.append(f"{d.get('file')}: published {d['published']!r} is not YYYY[-MM[-DD]]")
        for key in ("outlet", "author"):
            if key not in d:
                problems.append(f"{d.get('file')}: no {key!r} (use null when the text does not say)")
    for a in gold.get("actors", []):
        if a.get("country") is not None and not CODE.match(str(a["country"])):
            problems.append(f"actor {a.get('name')}: country {a.get('country')!r}")
        if a.get("sector") not in SECTORS:
            problems.append(f"actor {a.get('name')}: sector {a.get('sector')!r}")
        if not isinstance(a.get("aliases"), list):
            problems.append(f"actor {a.get('name')}: aliases must be a list")
    problems += _ids_and_docs(gold.get("events", []), "event", docs)
    for e in gold.get("events", []):
        eid = e.get("id")
        for other in e.get("also_in", []):
            if other not in docs:
                problems.append(f"event {eid}: also_in {other!r} unknown")
        if e.get("date") is not None and not DATE.match(str(e["date"])):
            problems.append(f"event {eid}: date {e.get('date')!r}")
        for side in ("source", "target"):
            if not CODE.match(str(e.get(side))):
                problems.append(f"event {eid}: {side} {e.get(side)!r}")
        roots = e.get("cameo_root")
        if not isinstance(roots, list) or not roots or not all(ROOT.match(str(r)) for r in roots):
            problems.append(f"event {eid}: cameo_root must be a list of two-digit strings, got {roots!r}")
        if not e.get("what"):
            problems.append(f"event {eid}: no 'what'")
    problems += _ids_and_docs(gold.get("facts", []), "fact", docs)
    for f in gold.get("facts", []):
        fid = f.get("id")
        if not isinstance(f.get("value"), (int, float)):
            problems.append(f"fact {fid}: value must be a number")
        period = f.get("period")
        if period is not None:
            parts = period if isinstance(period, list) else [period]
            if len(parts) not in (1, 2) or not all(DATE.match(str(p)) for p in parts):
                problems.append(f"fact {fid}: period {period!r} (use null or [start, end] as YYYY[-MM[-DD]])")
        for code in f.get("between") or []:
            if not CODE.match(str(code)):
                problems.append(f"fact {fid}: between {code!r}")
    for c in gold.get("conflicts", []):
        for name in c.get("docs", []):
            if name not in docs:
                problems.append(f"conflict {c.get('id')}: doc {name!r} unknown")
    for q in gold.get("questions", []):
        if not q.get("q") or "answer" not in q:
            problems.append(f"question without q/answer: {q}")
        for name in q.get("evidence_docs", []):
            if name not in docs:
                problems.append(f"question {q.get('q')!r}: evidence doc {name!r} unknown")
    for p in problems:
        print("problem:", p)
    events = gold.get("events", [])
    req = sum(1 for e in events if not e.get("optional"))
    print(
        f"{len(docs)} documents, {req} required + {len(events) - req} optional events, "
        f"{len(gold.get('facts', []))} facts, {len(gold.get('conflicts', []))} conflicts, "
        f"{len(gold.get('questions', []))} questions, {len(gold.get('actors', []))} actors"
    )
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


def _ids_and_docs(records: list[dict], label: str, docs: set) -> list[str]:
    """Each event or fact has its own id and comes from a story of the set."""
    problems: list[str] = []
    seen: set[str] = set()
    for record in records:
        rid = record.get("id")
        if rid in seen:
            problems.append(f"duplicate {label} id {rid}")
        seen.add(rid)
        if record.get("doc") not in docs:
            problems.append(f"{label} {rid}: doc {record.get('doc')!r} unknown")
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
