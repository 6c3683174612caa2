"""`newsreader analyze FOLDER --format jsonl --jobs N` against one process.

A corpus is built in a temporary folder from the bundled sample articles and
the held-out and blind evaluation articles (each copied `--copies` times, every
copy made distinct so nothing is shared), then analysed without the cache by
`--jobs 1` and by `--jobs N` (default: every core), each a fresh process timed
from start to exit (spaCy's load included), interleaved, median of `--runs`.
The outputs must be the same lines in the same order.

Run: python benchmarks/batch.py [--runs 3] [--jobs N] [--copies 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "sample_articles", *(REPO / "benchmarks" / name for name in ("heldout", "blind", "blind2", "blind3"))]


def build_corpus(folder: Path, copies: int) -> int:
    words = 0
    for copy in range(copies):
        for source in SOURCES:
            for path in sorted(source.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                if copy:
                    head, _, body = text.partition("\n\n")
                    text = f"{head} (copy {copy + 1})\n\n{body}"
                (folder / f"{copy:02d}_{source.name}_{path.name}").write_text(text, encoding="utf-8")
                words += len(text.split())
    return words


def run(folder: Path, jobs: int) -> tuple[float, list[str]]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "tui", "analyze", str(folder), "--format", "jsonl",
                          "--jobs", str(jobs), "--no-cache"], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=1800)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"--jobs {jobs} failed ({out.returncode}): {out.stderr[-500:]}")
    return elapsed, out.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--copies", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        words = build_corpus(folder, args.copies)
        files = len(list(folder.glob("*.txt")))
        one, many = [], []
        reference = None
        for _ in range(args.runs):
            t1, lines1 = run(folder, 1)
            tn, linesn = run(folder, args.jobs)
            assert len(lines1) == files and lines1 == linesn, "the outputs differ"
            if reference is None:
                reference = lines1
            assert lines1 == reference
            one.append(t1)
            many.append(tn)
    m1, mn = statistics.median(one), statistics.median(many)
    load = os.getloadavg()[1]
    print(f"analyze FOLDER --format jsonl: {files} articles, {words:,} words, no cache, "
          f"median of {args.runs} runs (whole process, spaCy load included)")
    print(f"  --jobs 1:  {m1:6.1f} s  ({words / m1:,.0f} words/s)")
    print(f"  --jobs {args.jobs}:  {mn:6.1f} s  ({words / mn:,.0f} words/s)  speed-up {m1 / mn:.2f}x "
          f"(target >= 1.7x on 2 cores)")
    print(f"  runs: jobs 1 {[round(x, 1) for x in one]}, jobs {args.jobs} {[round(x, 1) for x in many]}")
    print(f"  machine load average (5 min) at the end: {load:.1f} on {len(os.sched_getaffinity(0))} cores "
          "(a speed-up needs idle cores)")


if __name__ == "__main__":
    main()
