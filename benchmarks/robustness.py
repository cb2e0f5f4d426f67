"""Large and hostile inputs through a real build: time and peak memory, one figure per line.

    python benchmarks/robustness.py [--mb 50] [--cases text,html,jsonl-one,jsonl-copies,deep-json,long]

Each case writes one input of about ``--mb`` megabytes (``long``: a text just under the per-document
limit, analysed in pieces) and runs ``bilat.api.build`` on it in a fresh process, which prints its own
peak resident memory (the figure the issue asks for: under 1 GB). Nothing is asserted; the fault matrix
test (tests/test_fault_matrix.py) checks the behaviour at modest sizes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "Kenyan Foreign Minister Grace Wanjiru met her Ugandan counterpart in Kampala on Tuesday. "
    "The two ministers discussed the railway and the border crossing at Malaba.\n\n"
)
CASES = ["text", "html", "jsonl-one", "jsonl-copies", "deep-json", "long"]


def write_case(case: str, folder: Path, size: int) -> Path:
    repeat = size // len(PARAGRAPH) + 1
    if case == "text":
        path = folder / "big.txt"
        path.write_text(PARAGRAPH * repeat, encoding="utf-8")
    elif case == "html":
        path = folder / "big.html"
        path.write_text("<html><body>" + f"<p>{PARAGRAPH}</p>" * repeat + "</body></html>", encoding="utf-8")
    elif case == "jsonl-one":
        path = folder / "one.jsonl"
        path.write_text(json.dumps({"text": PARAGRAPH * repeat}) + "\n", encoding="utf-8")
    elif case == "jsonl-copies":  # many records, all copies of one story: read, deduplicated, analysed once
        path = folder / "copies.jsonl"
        line = json.dumps({"text": PARAGRAPH, "published": "2024-03-05"}) + "\n"
        path.write_text(line * (size // len(line) + 1), encoding="utf-8")
    elif case == "deep-json":
        path = folder / "deep.json"
        path.write_bytes(b"[" * (size // 2) + b"]" * (size // 2))
    elif case == "long":
        from bilat.ingest.readers import MAX_TEXT_CHARS

        path = folder / "long.txt"
        path.write_text(
            " date 2024-03-05\n\n" + PARAGRAPH * (MAX_TEXT_CHARS // len(PARAGRAPH) - 1), encoding="utf-8"
        )
    else:
        raise SystemExit(f"error: unknown case {case!r} (choose from {', '.join(CASES)})")
    return path


def run_one(path: Path, store: Path) -> None:
    """In the child: build, then print one JSON line of figures."""
    from bilat import api

    started = time.perf_counter()
    report = api.build([str(path)], str(store))
    figures = {
        "seconds": round(time.perf_counter() - started, 1),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "added": report.added,
        "duplicates": report.duplicates,
        "events": report.events,
        "errors": [f"{e.message}"[:90] for e in report.failed],
    }
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(Path(args.child[0]), Path(args.child[1]))
        return
    size = int(args.mb * 1024 * 1024)
    with tempfile.TemporaryDirectory() as tmp:
        for case in args.cases.split(","):
            folder = Path(tmp) / case
            folder.mkdir()
            path = write_case(case, folder, size)
            megabytes = path.stat().st_size / 2**20
            child = subprocess.run(
                [sys.executable, __file__, "--child", str(path), str(folder / "s.db")],
                capture_output=True,
                text=True,
            )
            if child.returncode != 0 or not child.stdout.strip():
                print(f"{case}: {megabytes:.1f} MB: the build failed\n{child.stderr[-2000:]}")
                continue
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            outcome = f"{figures['added']} added, {figures['events']} events" + (
                f", {figures['duplicates']} duplicates dropped" if figures["duplicates"] else ""
            )
            refused = f"; refused: {figures['errors'][0]}" if figures["errors"] else ""
            print(
                f"{case}: {megabytes:.1f} MB input: {figures['seconds']} s, peak {figures['peak_mb']} MB; "
                f"{outcome}{refused}"
            )


if __name__ == "__main__":
    main()
