"""The event coder against public gold: PLOVER records (type, source and target country) and PETRARCH-2
validation sentences (expected codings found at root and full-code level); its speed; the time the
converted PETRARCH-2/Phoenix dictionaries take to load and the share of the pipeline's time their matching
takes. A PETRARCH coding is found by an event of its root between its actors in its order (either order for
a consultation with no host); its stateless codes (IGO, NGO, IMG, MNC, "---") stand for actors bilat gives
no country, a target "---" also for an act with no target. `found_root_states_in_order` is the first, stricter
scoring kept beside it: both states exactly as coded, in the coded order.

    python benchmarks/events_public.py [--verbose] [--diagnose]

--diagnose counts the misses by the stage they fell out at (benchmarks/event_misses.py).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

from bilat.extract.dictionary import fallback_pattern, load_lexicon
from bilat.extract.events import code_events
from bilat.models import ActorRef, Document, Event
from bilat.nlp import phoenix
from bilat.pipeline import Pipeline
from bilat.resources import load_resources

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_misses  # a sibling script, not a package

REPO = Path(__file__).resolve().parent.parent
# PLOVER v0.5b1 labels → the current 16 PLOVER types.
REMAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
    "ENGAGE": "COOPERATE",
    "EXPEL": "SANCTION",
    "REDUCE": "SANCTION",
}
ANCHOR_NLI = 0.838  # Hu et al., ACL 2024: zero-shot NLI, roberta-large on a GPU, 15 classes, another set


def _best(events: list[Event]) -> Event | None:
    """The sentence's main event: one with both parties, not a bare statement, most confident."""
    if not events:
        return None
    return max(events, key=lambda e: (e.root != "01", e.target is not None, e.confidence))


def _codes(actors) -> set[str]:
    """The country codes of a record's actors: a list of {"code": …} entries, or (in a few records) a bare
    string."""
    if isinstance(actors, str):
        return {actors[:3]}
    return {(a.get("code", "") if isinstance(a, dict) else str(a))[:3] for a in actors or []}


def plover(shared: Path, pipeline: Pipeline, verbose: bool, diagnose: bool = False) -> dict[str, float]:
    records = [
        r
        for r in json.loads((shared / "eval/public/plover/PLOVER_GSR_CAMEO.txt").read_text())
        if r.get("event") != "DOCUMENT" and r.get("text")
    ]
    right_type = right_source = right_target = coded = 0
    stages: Counter = Counter()
    for n, record in enumerate(records):
        document = Document(
            # Each record carries a date (a placeholder in this set): used as the article's date, so the
            # sentence is read as a dated news lead, the way bilat reads any article.
            id=f"p{n}",
            source_uri=record["id"],
            text=record["text"],
            published=record.get("date"),
        )
        event = _best(pipeline.analyze(document).events)
        gold = REMAP.get(record["event"], record["event"])
        if diagnose and (event is None or event.plover != gold):
            # A bare statement is what is left when the act was missed: diagnosed as a miss.
            acted = event is not None and event.root != "01"
            stages[event_misses.stage(pipeline.parse(document), pipeline, acted)] += 1
        if event is None:
            if verbose:
                print(f"  none  {gold:10} {record['text'][:90]}")
            continue
        coded += 1
        right_type += event.plover == gold
        sources, targets = _codes(record.get("source")), _codes(record.get("target"))
        right_source += event.source.country in sources
        right_target += bool(event.target) and event.target.country in targets
        if verbose and event.plover != gold:
            print(f"  type  {gold:10} got {event.plover} ({event.cameo}) {record['text'][:80]}")
    total = len(records)
    if diagnose:
        event_misses.report(stages, "PLOVER")
    return {
        "plover.records": total,
        "plover.coded": coded,
        "plover.type_accuracy": right_type / total,
        "plover.type_accuracy_when_coded": right_type / max(coded, 1),
        "plover.source_country_accuracy": right_source / total,
        "plover.target_country_accuracy": right_target / total,
        "plover.anchor_nli_gpu": ANCHOR_NLI,
    }


def petrarch_sentences(path: Path) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    raw = path.read_text(encoding="utf-8")
    found = []
    for block in re.finditer(
        r"<Sentence\b([^>]*)>(.*?)</Sentence>|<Sentence\b([^>]*)/>(.*?)(?=<Sentence\b|</Sentences>)",
        raw,
        re.S,
    ):
        attrs, body = (
            (block.group(1), block.group(2))
            if block.group(1) is not None
            else (block.group(3), block.group(4))
        )
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not text:
            continue
        # PETRARCH's YYYYMMDD; one record carries the older YYMMDD of TABARI's files (read as 20YY).
        date = re.search(r'date="(\d{8}|\d{6})"', attrs)
        codings = re.findall(
            r'<EventCoding[^>]*eventcode="([^"]*)"[^>]*sourcecode="([^"]*)"[^>]*targetcode="([^"]*)"', body
        )
        digits = date.group(1) if date else ""
        digits = f"20{digits}" if len(digits) == 6 else digits
        published = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}" if digits else None
        found.append((" ".join(text.group(1).split()), published, codings))
    return found


# PETRARCH's actor codes of no state: an organisation of states (IGO), a non-governmental one (NGO), an
# armed group across borders (IMG), a company (MNC). Its "---" is an actor whose state it did not find, or
# (as a target) none at all: bilat gives such actors no country, and an act of nobody named no target.
STATELESS = {"IGO", "NGO", "IMG", "MNC"}
# Consultations with no host or visitor (talks, calls, meetings elsewhere, negotiation) are one act of
# all their parties (PLOVER manual 3.2.2): PETRARCH lists them in every order, bilat once per pair.
SYMMETRIC = {"040", "041", "044", "046"}


def _side(gold: str, actor: ActorRef | None) -> bool:
    """Whether a system actor (None: no target) is the gold coding's actor, by its country code."""
    code = gold[:3]
    if code == "---":
        return actor is None or actor.country is None
    if code in STATELESS:
        return actor is not None and actor.country is None and actor.kind in {"organisation", "group"}
    return actor is not None and actor.country == code


def _pair(event: Event, source: str, target: str, code: str) -> bool:
    """The event is between the gold coding's actors: in its order, or either way for a consultation
    with no host (SYMMETRIC)."""
    if _side(source, event.source) and _side(target, event.target):
        return True
    return code[:3] in SYMMETRIC and _side(target, event.source) and _side(source, event.target)


def petrarch(shared: Path, pipeline: Pipeline, verbose: bool, diagnose: bool = False) -> dict[str, float]:
    sentences = petrarch_sentences(shared / "eval/public/petrarch/PETR2_GSR_validation.xml")
    expected = root_found = full_found = extra = strict_found = 0
    stages: Counter = Counter()
    for n, (text, published, codings) in enumerate(sentences):
        document = Document(id=f"v{n}", source_uri="petrarch", text=text, published=published)
        events = [e for e in pipeline.analyze(document).events if e.root != "01" or e.target is not None]
        # A one-sided act (no target) can be a coding whose target is "---"; bare statements are not acts.
        expected += len(codings)
        for code, source, target in codings:
            matches = [e for e in events if _pair(e, source, target, code)]
            root_found += any(e.root == code[:2] for e in matches)
            # The first scoring, kept beside it: both actors' states exactly as coded, in the coded order.
            strict_found += any(
                e.root == code[:2]
                and e.target is not None
                and e.source.country == source[:3]
                and e.target.country == target[:3]
                for e in events
            )
            full_found += any(e.cameo == code for e in matches)
            if diagnose and not any(e.root == code[:2] for e in matches):
                stages[event_misses.stage(pipeline.parse(document), pipeline, bool(matches))] += 1
        dyadic = [e for e in events if e.target is not None]
        extras = [e for e in dyadic if not any(e.root == c[:2] and _pair(e, s, t, c) for c, s, t in codings)]
        extra += len(extras)
        if verbose:
            print(
                f"  want {codings} got "
                f"{[(e.source.country, e.target.country, e.cameo) for e in dyadic]}: {text[:70]}"
            )
    if diagnose:
        event_misses.report(stages, "PETRARCH-2 codings")
    return {
        "petrarch.sentences": len(sentences),
        "petrarch.expected_codings": expected,
        "petrarch.found_root": root_found / max(expected, 1),
        "petrarch.found_full_code": full_found / max(expected, 1),
        "petrarch.found_root_states_in_order": strict_found / max(expected, 1),
        "petrarch.extra_events_per_sentence": extra / max(len(sentences), 1),
    }


def speed(shared: Path, pipeline: Pipeline) -> dict[str, float]:
    """Sentences per second for event coding alone (documents are parsed first, on their own clock), and
    the share of the pipeline's time (parse + coding) that matching the PETRARCH dictionary takes."""
    stories = [json.loads(line) for line in (shared / "corpus/voa/voa_stories.jsonl").open()][:40]
    started = time.perf_counter()
    parsed = [
        pipeline.parse(
            Document(id=s["id"], source_uri=s["url"], text=s["text"], published=s["published"][:10])
        )
        for s in stories
    ]
    parse_seconds = time.perf_counter() - started
    sentences = sum(len(p.sentences) for p in parsed)
    started = time.perf_counter()
    events = sum(len(code_events(p, pipeline.resources)) for p in parsed)
    seconds = time.perf_counter() - started
    lexicon = load_lexicon(pipeline.resources)
    started = time.perf_counter()
    for p in parsed:
        for token in p.doc:
            fallback_pattern(token, lexicon.verbs)
    matching = time.perf_counter() - started
    return {
        "speed.sentences": sentences,
        "speed.events": events,
        "speed.coding_sentences_per_second": sentences / seconds,
        "speed.dictionary_matching_share_of_pipeline": matching / (parse_seconds + seconds),
    }


def dictionaries() -> dict[str, float]:
    """Seconds to load the converted PETRARCH-2/Phoenix files into a fresh process's resources."""
    resources = load_resources()
    started = time.perf_counter()
    load_lexicon(resources)
    verbs = time.perf_counter() - started
    for loader in (phoenix.load_states, phoenix.load_organisations, phoenix.load_agents):
        resources.load(f"petrarch.{loader.__name__}", loader)
    total = time.perf_counter() - started
    return {"dictionaries.verbs_load_seconds": verbs, "dictionaries.all_load_seconds": total}


def run(shared: Path, verbose: bool = False, diagnose: bool = False) -> dict[str, float]:
    load = dictionaries()  # first, before the pipeline has loaded them
    pipeline = Pipeline()
    return {
        **load,
        **plover(shared, pipeline, verbose, diagnose),
        **petrarch(shared, pipeline, verbose, diagnose),
        **speed(shared, pipeline),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--diagnose", action="store_true", help="count the misses by stage")
    args = parser.parse_args()
    shared = Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()
    for name, value in run(shared, args.verbose, args.diagnose).items():
        print(f"events.{name}: {value:.3f}" if isinstance(value, float) else f"events.{name}: {value}")


if __name__ == "__main__":
    main()
