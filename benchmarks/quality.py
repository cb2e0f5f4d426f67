"""Quality of bilat, printed one figure per line.

    python benchmarks/quality.py [--only seeds,tempeval,events,...] [--verbose] [--gold F.gold.json
                                 [--corpus DIR]]

Seeds: builds ../shared/corpus/seeds into a temporary store and scores it against
../shared/eval/seeds.gold.json by the rules of ../shared/eval/README.md. Held-out: the same for articles
written and annotated blind to bilat (benchmarks/data/heldout*/, and any --gold file). Questions are
scored right (the answer and a cited evidence document), wrong or abstained, with the kind of evidence
(record or text) that answered. Then the public sets:
TempEval-3 platinum (time), PLOVER and PETRARCH (events). Nothing here is asserted: figures are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import seeds_score  # noqa: E402
from bilat import api  # noqa: E402
from bilat.ask import open_asker  # noqa: E402
from bilat.resources import load_resources  # noqa: E402
from bilat.store import open_store  # noqa: E402


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def corpus_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.txt")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def emit(name: str, value: object) -> None:
    if isinstance(value, float):
        value = f"{value:.3f}"
    print(f"{name}: {value}", flush=True)


def seeds(shared: Path, verbose: bool) -> None:
    gold = json.loads((shared / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    articles(shared / "corpus" / "seeds", gold, "seeds", verbose)


def heldout(verbose: bool) -> None:
    """Sets of articles written and annotated blind to bilat (benchmarks/data/heldout*/, each with a
    <folder>.gold.json in the seeds' format), scored like the seeds and named after their folder."""
    folders = sorted(p for p in (REPO / "benchmarks" / "data").glob("heldout*") if p.is_dir())
    for folder in folders:
        gold_path = folder / f"{folder.name}.gold.json"
        if not gold_path.exists():
            emit(f"{folder.name}.error", f"no gold file {gold_path.name} in {folder}")
            continue
        articles(folder, json.loads(gold_path.read_text(encoding="utf-8")), folder.name, verbose)


def articles(folder: Path, gold: dict, prefix: str, verbose: bool) -> None:
    """Builds the folder's articles into a temporary store and scores it against ``gold`` by the rules of
    ../shared/eval/README.md; figures are named ``<prefix>.…``."""

    def say(name: str, value: object) -> None:
        emit(name.replace("seeds.", f"{prefix}.", 1), value)

    say("seeds.corpus_digest", corpus_digest(folder))
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "seeds.db"
        started = time.perf_counter()
        report = api.build([str(folder)], store=str(store_path))
        say("seeds.build_seconds", time.perf_counter() - started)
        # A stage that breaks on a document only costs that stage's records (pipeline._guarded): counted
        # here so a figure that drops because code raised is told apart from one that drops by a rule.
        # The gold file beside the stories is read as an input too and refused: not a stage's failure.
        problems = [p for p in [*report.warnings, *report.failed] if not p.source_uri.endswith(".gold.json")]
        say("seeds.stage_warnings", len(problems))
        if verbose:
            for problem in problems:
                print(f"  stage warning: {problem.source_uri}: {problem.message}")
        store = open_store(store_path)
        documents = store.documents()
        files = {d.id: seeds_score.base(d.source_uri) for d in documents}
        if gold.get("documents"):
            for name, value in seeds_score.score_documents(documents, gold).items():
                say(f"seeds.{name}", value)

        if gold.get("actors"):
            recall, misses = seeds_score.score_actors(store.actors(), gold)
            say("seeds.actors.recall", recall)
            if verbose:
                for miss in misses:
                    print(f"  actor miss: {miss}")
            right, given, wrong = seeds_score.score_people_countries(store.actors(), gold)
            say("seeds.actors.people_country_right", f"{right}/{given}")
            if verbose:
                for line in wrong:
                    print(f"  person given a wrong country: {line}")

        # A gold file of questions alone (a blind question set) is scored on its questions only.
        if gold.get("events") is not None:
            _score_events(store.events(), files, gold, say, verbose)
        misses: list[str] = []
        if gold.get("facts") is not None:
            facts = seeds_score.score_facts(store.facts(), files, gold)
            say("seeds.facts.found", f"{facts.found}/{facts.gold}")
            say("seeds.facts.recall", facts.recall)
            say("seeds.facts.precision", facts.precision)
            say("seeds.facts.system_in_gold_docs", facts.system)
            strict = seeds_score.score_facts(store.facts(), files, gold, strict=True)
            say("seeds.facts.strict_kinds_recall_precision", f"{strict.recall:.3f} / {strict.precision:.3f}")
            misses += facts.misses
            if verbose:
                for fp in facts.false_positives:
                    print(f"  fact false positive: {fp}")
        if gold.get("conflicts") is not None:
            found_c, conflict_misses = seeds_score.score_conflicts(store.conflicts(), files, gold)
            say("seeds.conflicts.found", f"{found_c}/{len(gold['conflicts'])}")
            misses += conflict_misses
        if verbose:
            for miss in misses:
                print(f"  miss: {miss}")
        questions(store, files, gold.get("questions", []), say, verbose)
        if prefix == "seeds":
            say("seeds.events.embassy_opening_clusters", _embassy_clusters(store, files))


def _score_events(events, files: dict[str, str], gold: dict, say, verbose: bool) -> None:
    score = seeds_score.score_events(events, files, gold)
    say("seeds.events.recall", score.recall)
    say("seeds.events.precision", score.precision)
    say("seeds.events.system_between_gold_countries", score.system)
    say("seeds.events.direction_accuracy", score.direction_right / max(score.matched_pairs, 1))
    say("seeds.events.date_exactness", score.exact_date / max(score.matched_pairs, 1))
    say("seeds.events.over_precise", score.over_precise)
    if verbose:
        for miss in score.misses:
            print(f"  event miss: {miss}")
        for fp in score.false_positives:
            print(f"  event false positive: {fp}")
        for finer in score.over_precise_events:
            print(f"  event over-precise: {finer}")
        for wrong in score.wrong_direction:
            print(f"  event direction: {wrong}")


def questions(store, files: dict[str, str], gold_questions: list[dict], say, verbose: bool) -> None:
    """Right (the answer and a cited evidence document), wrong (an answer that is not right) and
    abstained (the store does not say), and which kind of evidence answered: record or text."""
    if not gold_questions:
        return
    asker = open_asker(store, load_resources())
    right = wrong = abstained = 0
    evidence = {"record": [0, 0], "text": [0, 0]}  # kind → [right, wrong]
    latencies = []
    for q in gold_questions:
        started = time.perf_counter()
        answer = asker.answer(q["q"])
        latencies.append(1000 * (time.perf_counter() - started))
        cited = {seeds_score.base(c.source_uri) or files.get(c.doc_id, "") for c in answer.citations}
        if not answer.known:
            abstained += 1
            verdict = "abstained"
        elif seeds_score.answer_is_right(answer.answer, cited, q):
            right += 1
            evidence.setdefault(answer.evidence or "?", [0, 0])[0] += 1
            verdict = "right"
        else:
            wrong += 1
            evidence.setdefault(answer.evidence or "?", [0, 0])[1] += 1
            verdict = "wrong"
        if verbose and verdict != "right":
            print(
                f"  question {verdict}: {q['q']} -> {answer.answer!r} ({answer.evidence}, "
                f"{answer.confidence}) cites {sorted(cited)}; expected {q['answer']!r}"
            )
    total = len(gold_questions)
    say("seeds.questions.right", f"{right}/{total}")
    say("seeds.questions.wrong", f"{wrong}/{total}")
    say("seeds.questions.abstained", f"{abstained}/{total}")
    for kind, (ok, bad) in evidence.items():
        say(f"seeds.questions.evidence_{kind}", f"{ok} right, {bad} wrong")
    say("seeds.questions.median_ms", statistics.median(latencies))


def _embassy_clusters(store, files: dict[str, str]) -> str:
    """The clusters holding a 05x AZE-ISR event dated 2023-03, and how many documents report each."""
    events = store.events(between=("AZE", "ISR"), code="05")
    wanted = {e.cluster_id for e in events if e.date and e.date.startswith("2023-03") and e.cluster_id}
    docs = {c: sorted({files.get(e.doc_id, "") for e in events if e.cluster_id == c}) for c in wanted}
    return "; ".join(f"{len(d)} docs ({', '.join(x[:3] for x in d)})" for d in docs.values()) or "none"


def public(name: str, module: str, shared: Path) -> None:
    try:
        mod = __import__(module)
    except ImportError as error:
        emit(f"{name}.error", f"benchmark module {module} not available ({error})")
        return
    for key, value in mod.run(shared).items():
        emit(f"{name}.{key}", value)
    if hasattr(mod, "run_heldout"):
        for key, value in mod.run_heldout(shared).items():
            emit(f"heldout_voa.{key}", value)
    for genre_set in getattr(mod, "genre_sets", list)():
        label = "heldout_genres" if genre_set == "timex2" else f"heldout_genres_{genre_set}"
        for key, value in mod.run_genres(name=genre_set).items():
            emit(f"{label}.{key}", value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="seeds,heldout,tempeval,events")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--gold",
        action="append",
        default=[],
        help="Another gold file to score (a blind question set, say); repeatable. Its articles are the "
        ".txt files beside it, or in --corpus.",
    )
    parser.add_argument("--corpus", help="The folder of the --gold files' articles.")
    args = parser.parse_args()
    shared = shared_dir()
    wanted = set(args.only.split(","))
    if "seeds" in wanted:
        seeds(shared, args.verbose)
    if "heldout" in wanted:
        heldout(args.verbose)
    for gold_file in map(Path, args.gold):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        folder = Path(args.corpus) if args.corpus else gold_file.parent
        articles(folder, gold, gold_file.name.removesuffix(".json").removesuffix(".gold"), args.verbose)
    for name, module in [("tempeval", "tempeval"), ("events", "events_public")]:
        if name in wanted:
            public(name, module, shared)


if __name__ == "__main__":
    main()
