"""Time expressions against TempEval-3 platinum, scored as TempEval-3 does; and their speed.

    python benchmarks/tempeval.py [--verbose]

Relaxed span: a system expression overlaps a gold one; strict: same boundaries; value F1: relaxed match and
the same TIMEX3 value; type accuracy over relaxed matches. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from bilat.models import Document
from bilat.nlp.timex import tag_timexes
from bilat.pipeline import Pipeline
from bilat.resources import load_resources

REPO = Path(__file__).resolve().parent.parent
TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
ANCHORS = {
    "heideltime": (90.30, 81.34, 77.61),
    "sutime": (90.32, 79.57, 67.38),
    "cleartk": (90.23, 82.71, 64.66),
}


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


def read_tml(path: Path) -> tuple[str, str, list[Gold]]:
    """The TEXT of a TimeML file with its tags removed, its creation date, and its TIMEX3s with offsets."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw) or re.search(
        r'<DCT>.*?value="([^"]+)"', raw, re.S
    )
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text, golds, open_timex = [], [], None
    position, length = 0, 0
    for match in TAG.finditer(body):
        chunk = html.unescape(body[position : match.start()])
        text.append(chunk)
        length += len(chunk)
        closing, name, attrs = match.groups()
        if name == "TIMEX3" and not closing:
            open_timex = (length, dict(ATTR.findall(attrs)))
        elif name == "TIMEX3" and closing and open_timex:
            start, fields = open_timex
            golds.append(Gold(start, length, fields.get("type", ""), fields.get("value", ""), ""))
            open_timex = None
        position = match.end()
    chunk = html.unescape(body[position:])
    text.append(chunk)
    full = "".join(text)
    for gold in golds:
        gold.text = full[gold.start : gold.end]
    return full, dct.group(1)[:10] if dct else None, golds


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_heldout(shared: Path) -> list[tuple[str, str, str | None, list[Gold]]]:
    """The VOA held-out set: gold TIMEX3 offsets annotated blind to bilat's rules (benchmarks/data), over
    story texts read from ../shared at run time."""
    stories = {
        s["id"]: s
        for s in (json.loads(line) for line in (shared / "corpus" / "voa" / "voa_stories.jsonl").open())
    }
    documents = []
    for line in (REPO / "benchmarks" / "data" / "voa_timex.gold.jsonl").open():
        row = json.loads(line)
        text = stories[row["id"]]["text"]
        golds = [
            Gold(t["start"], t["end"], t["type"], t["value"], text[t["start"] : t["end"]])
            for t in row["timexes"]
        ]
        documents.append((row["id"], text, row["dct"], golds))
    return documents


def genre_sets() -> list[str]:
    """The blind sets of other genres than diplomacy (`benchmarks/data/timex2`, `timex3`…), oldest first."""
    folder = REPO / "benchmarks" / "data"
    return sorted(
        (path.name for path in folder.glob("timex*") if (path / f"{path.name}.gold.jsonl").exists()),
        key=lambda name: int(name.removeprefix("timex") or 0),
    )


def read_genres(name: str = "timex2") -> list[tuple[str, str, str | None, list[Gold]]]:
    """A blind set of other genres than diplomacy (markets, weather, science, sport…), written and
    annotated in TIMEX3 by someone who had not read bilat's rules; the texts are in the repository beside
    their gold offsets."""
    folder = REPO / "benchmarks" / "data" / name
    gold_path = folder / f"{name}.gold.jsonl"
    if not gold_path.exists():
        return []
    documents = []
    for line in gold_path.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        text = (folder / row["file"]).read_text(encoding="utf-8")
        golds = [
            Gold(t["start"], t["end"], t["type"], t["value"], text[t["start"] : t["end"]])
            for t in row["timexes"]
        ]
        documents.append((row["id"], text, row["dct"], golds))
    return documents


def read_tempeval(shared: Path) -> list[tuple[str, str, str | None, list[Gold]]]:
    folder = shared / "eval" / "public" / "tempeval3-platinum"
    return [(path.stem, *read_tml(path)) for path in sorted(folder.glob("*.tml"))]


def score(
    documents: list[tuple[str, str, str | None, list[Gold]]], verbose: bool = False
) -> dict[str, float]:
    """TempEval-3's measures over (name, text, creation date, gold timexes) documents."""
    resources = load_resources()
    system_total = gold_total = 0
    relaxed_sys = relaxed_gold = strict = value_right = type_right = 0
    misses: list[str] = []
    for name, text, dct, golds in documents:
        found = tag_timexes(text, dct, resources)
        system_total += len(found)
        gold_total += len(golds)
        used: set[int] = set()
        for timex in found:
            overlap = [
                i
                for i, g in enumerate(golds)
                if timex.start < g.end and g.start < timex.end and i not in used
            ]
            if not overlap:
                misses.append(f"  extra {name}: {timex.text!r} {timex.type} {timex.value}")
                continue
            i = overlap[0]
            used.add(i)
            gold = golds[i]
            relaxed_sys += 1
            relaxed_gold += 1
            strict += (timex.start, timex.end) == (gold.start, gold.end)
            type_right += timex.type == gold.type
            if timex.value == gold.value:
                value_right += 1
            else:
                misses.append(f"  value {name}: {timex.text!r} {timex.value} gold {gold.text!r} {gold.value}")
        for i, gold in enumerate(golds):
            if i not in used:
                misses.append(f"  missed {name}: {gold.text!r} {gold.type} {gold.value}")
    if verbose:
        print("\n".join(misses))
    p, r = relaxed_sys / max(system_total, 1), relaxed_gold / max(gold_total, 1)
    sp, sr = strict / max(system_total, 1), strict / max(gold_total, 1)
    vp, vr = value_right / max(system_total, 1), value_right / max(gold_total, 1)
    return {
        "gold_timexes": gold_total,
        "system_timexes": system_total,
        "relaxed_precision": 100 * p,
        "relaxed_recall": 100 * r,
        "relaxed_f1": 100 * f1(p, r),
        "strict_f1": 100 * f1(sp, sr),
        "value_f1": 100 * f1(vp, vr),
        "type_accuracy": 100 * type_right / max(relaxed_sys, 1),
    }


def run(shared: Path, verbose: bool = False) -> dict[str, float]:
    return {
        **score(read_tempeval(shared), verbose),
        "heideltime_relaxed_f1": ANCHORS["heideltime"][0],
        "heideltime_strict_f1": ANCHORS["heideltime"][1],
        "heideltime_value_f1": ANCHORS["heideltime"][2],
    }


def run_heldout(shared: Path, verbose: bool = False) -> dict[str, float]:
    return score(read_heldout(shared), verbose)


def run_genres(verbose: bool = False, name: str = "timex2") -> dict[str, float]:
    documents = read_genres(name)
    return score(documents, verbose) if documents else {}


def speed(shared: Path, limit: int = 89) -> dict[str, float]:
    resources = load_resources()
    stories = [json.loads(line) for line in (shared / "corpus" / "voa" / "voa_stories.jsonl").open()][:limit]
    tag_timexes("warm up on 1 May 2020", "2020-05-02", resources)
    started, count, chars = time.perf_counter(), 0, 0
    for story in stories:
        count += len(tag_timexes(story["text"], story["published"][:10], resources))
        chars += len(story["text"])
    seconds = time.perf_counter() - started
    # The share of the whole pipeline's time that time expressions take, on 30 stories.
    pipeline = Pipeline(resources)
    documents = [
        Document(id=s["id"], source_uri=s["url"], text=s["text"], published=s["published"][:10])
        for s in stories[:30]
    ]
    started = time.perf_counter()
    for document in documents:
        pipeline.analyze(document)
    whole = time.perf_counter() - started
    started = time.perf_counter()
    for document in documents:
        tag_timexes(document.text, document.published, resources)
    alone = time.perf_counter() - started
    return {
        "voa_documents": len(stories),
        "timexes_per_second": count / seconds,
        "characters_per_second": chars / seconds,
        "share_of_pipeline_percent": 100 * alone / whole,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="list every miss, extra and wrong value")
    parser.add_argument(
        "--set",
        choices=["tempeval", "heldout", "genres", "all", *genre_sets()],
        default="all",
        help="genres: every blind genre set (timex2, timex3, …); or one of them by name",
    )
    args = parser.parse_args()
    shared = Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()
    figures: dict[str, float] = {}
    if args.set in {"tempeval", "all"}:
        figures |= {f"tempeval.{k}": v for k, v in run(shared, args.verbose).items()}
    if args.set in {"heldout", "all"}:
        figures |= {f"heldout_voa.{k}": v for k, v in run_heldout(shared, args.verbose).items()}
    for name in genre_sets():
        if args.set in {"genres", "all", name}:
            # timex2 keeps its first name, heldout_genres, so earlier printed figures compare.
            label = "heldout_genres" if name == "timex2" else f"heldout_genres_{name}"
            figures |= {f"{label}.{k}": v for k, v in run_genres(args.verbose, name).items()}
    if args.set == "all":
        figures |= {f"tempeval.{k}": v for k, v in speed(shared).items()}
    for name, value in figures.items():
        print(f"{name}: {value:.2f}" if isinstance(value, float) else f"{name}: {value}")


if __name__ == "__main__":
    main()
