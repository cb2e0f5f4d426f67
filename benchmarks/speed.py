"""Speed and memory of the analysis, printed one figure per line; nothing is asserted.

    python benchmarks/speed.py [--limit 89] [--rounds 2] [--runners local,pool,dask] [--workers 2]
                               [--skip-bare] [--repeat N]

1. bilat (``Pipeline.analyze_many``: spaCy plus every bilat stage) against the bare ``nlp.pipe`` of the
   same model on the same VOA stories (../shared/corpus/voa), taking turns slice by slice in the same
   run so all see the same machine load; words/second of each and their ratio (wall clock and CPU).
   Two bare runs: spaCy as loaded by default (thinc's blis), and the same model loaded inside
   ``numpy_matrix_products()`` as bilat loads it (numpy's OpenBLAS): the first ratio is against what a
   user of spaCy gets, the second is bilat's own stages' cost alone, the matrix library being the same.
2. Where the time goes: each spaCy component and each bilat stage timed alone over the same texts.
3. Runners: one process, a pool of --workers processes, a Dask LocalCluster of --workers workers:
   documents/second (model loading and a cluster's start included), the speed-up over one process and
   peak resident memory per process; ``--repeat N`` gives them the stories N times over, so that fixed
   start-up weighs as it does on a large corpus.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import spacy

from bilat.ingest import read_sources, to_document
from bilat.models import Document
from bilat.nlp.blas import numpy_matrix_products
from bilat.nlp.pipeline import MODEL
from bilat.pipeline import Pipeline
from bilat.resources import load_resources
from bilat.scale import get_runner

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("BILAT_SHARED", REPO.parent / "shared")).resolve()


def load_documents(limit: int) -> list[Document]:
    resources = load_resources()
    source = shared_dir() / "corpus" / "voa" / "voa_stories.jsonl"
    raws = (item for item in read_sources([str(source)]) if not hasattr(item, "message"))
    return [to_document(raw, resources) for raw in islice(raws, limit)]


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def vm_hwm_mb() -> float:
    """This process's own peak resident memory (its address space's high-water mark)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return peak_mb()[0]


def one_process_peak(limit: int) -> None:
    """Peak memory of one analysing process, measured in a fresh one: this benchmark's own process holds
    two pipelines and every result, and pool or Dask children inherit its high-water mark."""
    script = (
        "import sys; sys.path.insert(0, 'benchmarks'); import speed; "
        "from bilat.scale import get_runner; from bilat.resources import load_resources; "
        f"docs = speed.load_documents({limit}); "
        "[None for _ in get_runner('local')(docs, load_resources())]; "
        "print(f'{speed.vm_hwm_mb():.0f}')"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    print(f"one_process.peak_rss_mb: {out.stdout.strip().splitlines()[-1]}")


INTERLEAVE = 16  # documents per turn: bare and bilat take turns on the same slice, so both see one load


def against_bare(documents: list[Document], rounds: int) -> None:
    """bilat against the bare model, taking turns slice by slice (the order rotates) so a change of the
    machine's load hits all alike. The ratio is given on wall-clock time and on this process's CPU time:
    on a machine shared with other work the CPU ratio is the steadier of the two. ``bare`` is spaCy as
    loaded by default (blis); ``bare_numpy`` the same model on numpy's OpenBLAS, as bilat loads it."""
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL)
    with numpy_matrix_products():
        bare_numpy = spacy.load(MODEL)
    pipeline = Pipeline(load_resources())
    list(bare.pipe(texts[:4]))  # warm all: lookups and caches load on first use
    list(bare_numpy.pipe(texts[:4]))
    list(pipeline.analyze_many(documents[:4]))
    runs = {
        "bare": lambda start: list(bare.pipe(texts[start : start + INTERLEAVE])),
        "bare_numpy": lambda start: list(bare_numpy.pipe(texts[start : start + INTERLEAVE])),
        "bilat": lambda start: list(pipeline.analyze_many(documents[start : start + INTERLEAVE])),
    }
    names = list(runs)
    ratios: dict[str, list[float]] = {}
    rates: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        wall = dict.fromkeys(runs, 0.0)
        cpu = dict.fromkeys(runs, 0.0)
        for turn, start in enumerate(range(0, len(documents), INTERLEAVE)):
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                started, started_cpu = time.perf_counter(), time.process_time()
                runs[name](start)
                wall[name] += time.perf_counter() - started
                cpu[name] += time.process_time() - started_cpu
        for name in runs:
            rates[name].append(words / wall[name])
        for bare_name in ("bare", "bare_numpy"):
            ratios.setdefault(f"{bare_name}.wall", []).append(wall[bare_name] / wall["bilat"])
            ratios.setdefault(f"{bare_name}.cpu", []).append(cpu[bare_name] / cpu["bilat"])
    print(f"speed.words: {words}")
    print(f"speed.bare_nlp_pipe_words_per_second: {statistics.median(rates['bare']):.0f}")
    print(f"speed.bare_nlp_pipe_numpy_words_per_second: {statistics.median(rates['bare_numpy']):.0f}")
    print(f"speed.bilat_words_per_second: {statistics.median(rates['bilat']):.0f}")
    # Against spaCy's default (what issue 12 names), then against the same model on the same matrix
    # library as bilat's (what bilat's own stages cost).
    for bare_name, label in (("bare", "bilat_over_bare"), ("bare_numpy", "bilat_over_bare_same_blas")):
        for kind, suffix in (("wall", ""), ("cpu", "_cpu_time")):
            found = ratios[f"{bare_name}.{kind}"]
            each = ", ".join(f"{r:.2f}" for r in found)
            print(f"speed.{label}{suffix}: {statistics.median(found):.2f} (rounds: {each})")
    where_time_goes(pipeline, documents)


def where_time_goes(pipeline: Pipeline, documents: list[Document]) -> None:
    from bilat.extract.claims import extract_claims
    from bilat.extract.events import code_events
    from bilat.extract.facts import extract_facts
    from bilat.nlp.actors import recognize_actors
    from bilat.nlp.parsed import Parsed
    from bilat.nlp.quantities import find_quantities
    from bilat.nlp.sentences import sentences_of
    from bilat.nlp.timex import tag_timexes

    nlp, resources = pipeline.nlp, pipeline.resources
    spent: dict[str, float] = {}

    def timed(name: str, call):
        started = time.perf_counter()
        result = call()
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
        return result

    docs = timed("spacy.tokenizer", lambda: [nlp.make_doc(d.text) for d in documents])
    for name, component in nlp.pipeline:
        if hasattr(component, "pipe"):
            docs = timed(f"spacy.{name}", lambda c=component, ds=docs: list(c.pipe(ds)))
        else:
            docs = timed(f"spacy.{name}", lambda c=component, ds=docs: [c(d) for d in ds])
    for document, doc in zip(documents, docs, strict=True):
        sentences = timed("bilat.sentences", lambda d=doc: sentences_of(d))
        timexes = timed(
            "bilat.timex", lambda d=document, s=sentences: tag_timexes(d.text, d.published, resources, s)
        )
        actors = timed("bilat.actors", lambda d=doc, x=document: recognize_actors(d, resources, x.published))
        parsed = Parsed(document=document, doc=doc, sentences=sentences, timexes=timexes, actors=actors)
        parsed.quantities = timed("bilat.quantities", lambda p=parsed: find_quantities(p, resources))
        events = timed("bilat.events", lambda p=parsed: code_events(p, resources))
        facts = timed("bilat.facts", lambda p=parsed: extract_facts(p, resources))
        timed("bilat.claims", lambda p=parsed, e=events, f=facts: extract_claims(p, e, f, resources))
    total = sum(spent.values())
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"profile.{name}: {seconds:.2f} s ({100 * seconds / total:.0f}%)")
    parse_gate(docs, resources)


def parse_gate(docs, resources) -> None:
    """What a parse gate could save: the share of sentences (and tokens) holding a trigger of the loaded
    event patterns, which would have to be parsed whatever else the gate asked for."""
    from bilat.extract.patterns import load_patterns

    patterns = resources.load("events.patterns", load_patterns)
    triggers = {t for t in (*patterns.verbs, *patterns.nouns) if " " not in t}
    sentences = tokens = kept_sentences = kept_tokens = 0
    for doc in docs:
        for sentence in doc.sents:
            sentences += 1
            tokens += len(sentence)
            if any(t.lemma_.lower() in triggers or t.lower_ in triggers for t in sentence):
                kept_sentences += 1
                kept_tokens += len(sentence)
    print(f"gate.triggers: {len(triggers)}")
    share = 100 * kept_sentences / sentences
    print(f"gate.sentences_with_a_trigger: {kept_sentences}/{sentences} ({share:.0f}%)")
    print(f"gate.tokens_in_them: {100 * kept_tokens / tokens:.0f}%")


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def repeated(documents: list[Document], times: int) -> list[Document]:
    """The stories ``times`` over, each copy with ids of its own: a corpus long enough that a runner's
    fixed start-up (loading the model, forking, starting a cluster) weighs on it as it would on the
    thousands of stories a cluster is for."""
    if times <= 1:
        return documents
    return [d.model_copy(update={"id": f"{d.id}#{n}"}) for n in range(times) for d in documents]


def runners(documents: list[Document], names: list[str], workers: int) -> None:
    words = sum(len(d.text.split()) for d in documents)
    resources = load_resources()
    print(f"runners.documents: {len(documents)}")
    rates: dict[str, float] = {}
    for name in names:
        runner = get_runner(name)
        cpu_started = _cpu_seconds()
        started = time.perf_counter()
        events, first_at = 0, 0.0
        for analysis in runner(documents, resources, workers=workers):
            first_at = first_at or time.perf_counter()
            events += len(analysis.events)
        seconds = time.perf_counter() - started
        rates[name] = len(documents) / seconds
        # Start-up (the model loaded, workers forked, a cluster started) and the first batch.
        print(f"{name}.seconds_to_first_result: {first_at - started:.2f}")
        cpu = _cpu_seconds() - cpu_started
        own, children = peak_mb()
        print(f"{name}.seconds: {seconds:.2f}")
        # CPU of this process and its finished children (workers, Dask's nannies): on a shared machine
        # the wall-clock speed-up depends on the others' load; the CPU spent per document does not.
        print(f"{name}.cpu_seconds_all_processes: {cpu:.2f} ({cpu / len(documents):.3f} per document)")
        print(f"{name}.documents_per_second: {len(documents) / seconds:.2f}")
        print(f"{name}.words_per_second: {words / seconds:.0f}")
        print(f"{name}.events: {events}")
        print(f"{name}.peak_rss_mb_self: {own:.0f}")
        print(f"{name}.peak_rss_mb_children: {children:.0f}")
    for name, rate in rates.items():
        if name != "local" and rates.get("local"):
            print(f"{name}.speedup_over_local: {rate / rates['local']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=89)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--runners", default="local,pool,dask")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-bare", action="store_true", help="only the runners")
    parser.add_argument(
        "--repeat", type=int, default=1, help="the runners analyse the stories this many times over"
    )
    args = parser.parse_args()
    documents = load_documents(args.limit)
    print(f"documents: {len(documents)}")
    print(f"load_average_1min: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if not args.skip_bare:
        against_bare(documents, args.rounds)
    if args.runners:
        runners(repeated(documents, args.repeat), args.runners.split(","), args.workers)
    one_process_peak(args.limit)


if __name__ == "__main__":
    main()
