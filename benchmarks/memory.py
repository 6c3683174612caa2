"""Peak memory of analysing a very long article, against a baseline, same run.

    python benchmarks/memory.py [--words 200000] [--limit-mb 1536]

Builds a ~200,000-word article in a temporary file from the bundled sample
articles repeated, then runs two child processes, one after the other:

- baseline: load the spaCy model and analyse one small sample article;
- big:      `newsreader analyze BIG --format json --no-cache`.

Each child's peak resident set size is read from the kernel when it is reaped
(`os.wait4`, the per-child form of `resource.getrusage(RUSAGE_CHILDREN)`, which
is also printed: it is the largest peak of all children so far). Prints both
peaks, the ratio, the wall time, and whether the big run stayed below the
limit (issue 4: 1.5 GB). Exits 1 if the limit is broken or the analysis failed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BASELINE = """
import sys
from tui.analysis.loading import load_article
from tui.analysis.nlp import load_model, resolve_model_name
from tui.analysis.pipeline import analyze
nlp = load_model(resolve_model_name())
analysis = analyze(load_article(sys.argv[1]), nlp)
print(len(analysis.actors))
"""


def build_big_article(words: int, dest: Path) -> int:
    """Write a headline and the samples' paragraphs, repeated, until `words`
    words; return the word count written."""
    from tui.resources import SAMPLES_DIR

    bodies = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _, _, body = text.partition("\n\n")
        bodies.append(body.strip())
    parts = ["A very long article made of the sample articles repeated"]
    count = 0
    i = 0
    while count < words:
        body = bodies[i % len(bodies)]
        parts.append(body)
        count += len(body.split())
        i += 1
    dest.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return count


def run_child(argv: list[str], env: dict[str, str]) -> tuple[int, float, float, bytes, bytes]:
    """Run argv; return (exit status, peak RSS in MB, seconds, stdout, stderr)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=REPO)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        return proc.returncode, usage.ru_maxrss / 1024, seconds, out.read(), err.read()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--limit-mb", type=float, default=1536.0)
    args = ap.parse_args()

    from tui.resources import SAMPLES_DIR

    newsreader = shutil.which("newsreader") or str(Path(sys.executable).with_name("newsreader"))
    tmp = Path(tempfile.mkdtemp(prefix="nr-mem-"))
    env = dict(os.environ, NEWSREADER_CACHE_DIR=str(tmp / "cache"))
    try:
        big = tmp / "big.txt"
        words = build_big_article(args.words, big)
        small = sorted(SAMPLES_DIR.glob("*.txt"))[0]

        status, base_mb, base_s, _, err = run_child([sys.executable, "-c", BASELINE, str(small)], env)
        if status != 0:
            print(f"baseline failed ({status}): {err.decode(errors='replace')[-500:]}")
            return 1
        status, big_mb, big_s, out, err = run_child(
            [newsreader, "analyze", str(big), "--format", "json", "--no-cache"], env
        )
        if status != 0:
            print(f"big analysis failed ({status}): {err.decode(errors='replace')[-500:]}")
            return 1
        data = json.loads(out)
        mentions = sum(len(a["mentions"]) for a in data["actors"])
        children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        print(f"article: {words} words, {big.stat().st_size / 1e6:.1f} MB; "
              f"{len(data['actors'])} actors, {mentions} mentions, {len(data['quotes'])} quotes")
        print(f"baseline (model + one small article): peak RSS {base_mb:7.0f} MB  ({base_s:.1f} s)")
        print(f"big analysis (--no-cache):            peak RSS {big_mb:7.0f} MB  ({big_s:.1f} s)")
        print(f"ratio big/baseline: {big_mb / base_mb:.2f}x; above baseline: {big_mb - base_mb:.0f} MB")
        print(f"getrusage(RUSAGE_CHILDREN) max over both children: {children_mb:.0f} MB")
        ok = big_mb < args.limit_mb
        print(f"limit {args.limit_mb:.0f} MB -> {'OK' if ok else 'OVER'}")
        return 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
