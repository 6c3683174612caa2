"""Adversarial articles: time and peak memory per MB next to a normal article of the same size.

    python benchmarks/adversarial.py [--kb 50] [--repeat 3] [--only CASE ...]

Each case is generated (nothing hostile is stored in the repository): chains of
reported speech ("Jane Doe said " repeated, with and without sentence ends),
thousands of one-line sentences naming one person or saying "it", a call-in
host's "You're on the air with ..." in every paragraph, a dotted run ending in "@",
unbalanced quotation marks between speech verbs, long whitespace-free runs of
`(`, `=`, `*`, `!`, `…`, `”`, an emoji and CJK text without spaces, terminal
escapes that never end (OSC, CSI, C1, DCS, hyperlinks) and carriage returns with
bidi overrides, deeply nested
Markdown lists and HTML elements. The baseline is a normal article of the same
size made of the bundled sample articles repeated.

Every run is a fresh subprocess (so its peak RSS is its own), the cases in
round robin (a busy moment hits all alike): it loads the model,
then times load + clean + parse + our stages + the JSON (what `newsreader analyze
--format json --no-cache` does after start-up) and reports the peak RSS
(getrusage) and the JSON's size. Medians over --repeat runs; ratios are against
the normal article measured in the same run (target: <= 2x its time and peak
memory). Peak RSS includes the model (~170 MB); "grown" is the peak minus the RSS
once the model was loaded, the analysis's own memory.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _normal(size: int) -> str:
    from tui.resources import SAMPLES_DIR

    bodies = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        bodies.append(path.read_text(encoding="utf-8").partition("\n\n")[2].strip())
    parts, total, i = ["A normal article made of the sample articles"], 0, 0
    while total < size:
        parts.append(bodies[i % len(bodies)])
        total += len(parts[-1].encode()) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def _repeat(unit: str, size: int, head: str = "Headline\n\n") -> str:
    n = max(1, (size - len(head.encode())) // len(unit.encode()))
    return head + unit * n


def _cjk(size: int) -> str:
    chars = [chr(0x4E00 + (i * 7919) % 20000) for i in range(size // 3)]
    return "Headline\n\n" + "".join(chars)


def _md_nested(size: int) -> str:
    block = "".join("  " * d + f"- item {d} of a deeply nested list\n" for d in range(60)) + "\n"
    return _repeat(block, size, "# Headline\n\n")


def _html_nested(size: int) -> str:
    depth = 2000
    block = "<div>" * depth + "<p>Jane Doe said the plan would work.</p>" + "</div>" * depth
    head = "<html><head><title>Headline</title></head><body><article><h1>Headline</h1>"
    body = block * max(1, (size - len(head) - 30) // len(block))
    return head + body + "</article></body></html>"


CASES = {
    "normal": (".txt", _normal),
    "said-chain": (".txt", lambda n: _repeat("Jane Doe said ", n)),
    "said-sentences": (".txt", lambda n: _repeat("jane doe said . ", n)),
    "unbalanced-quotes": (".txt", lambda n: _repeat("“ John Smith said ", n)),
    # thousands of one-line sentences naming one person, or "it" after a subject:
    # a stage that reads the whole text once per name or pronoun shows here
    "name-lines": (".txt", lambda n: _repeat("Jane Doe said hello. x\n", n)),
    "it-lines": (".txt", lambda n: _repeat("Acme grew. Its profit rose. It hired.\n", n)),
    # a call-in host's cue in every paragraph, each naming a caller and a guest
    "on-air-turns": (".txt", lambda n: _repeat("Jane Doe, hello. You're on the air with John Roe.\n\n", n)),
    # a dotted run with an "@" at its end, near the top where a paper's address is looked for
    "dotted-at": (".txt", lambda n: "Headline\n\nJane Doe wrote this.\n\n" + "a." * max(1, (n - 33) // 2) + "@"),
    "run-(": (".txt", lambda n: _repeat("(", n)),
    "run-=": (".txt", lambda n: _repeat("=", n)),
    "run-*": (".txt", lambda n: _repeat("*", n)),
    "run-!": (".txt", lambda n: _repeat("!", n)),
    "run-…": (".txt", lambda n: _repeat("…", n)),
    "run-”": (".txt", lambda n: _repeat("”", n)),
    "run-emoji": (".txt", lambda n: _repeat("😀", n)),
    "cjk-no-spaces": (".txt", _cjk),
    # terminal controls the cleaner removes: introducers that never end
    "esc-osc": (".txt", lambda n: _repeat("\x1b]x", n)),
    "esc-csi": (".txt", lambda n: "Headline\n\n\x1b[" + "1;" * max(1, (n - 12) // 2)),
    "c1-osc": (".txt", lambda n: _repeat("Jane Doe said hello. \x9dx\n", n)),
    "esc-dcs": (".txt", lambda n: _repeat("\x1bP", n)),
    "osc8-links": (".txt", lambda n: _repeat("\x1b]8;;" + "a" * 50, n)),
    "cr-bidi": (".txt", lambda n: _repeat("\r", n // 2) + "\u202e" * (n // 6)),
    "md-nested-lists": (".md", _md_nested),
    "html-nested-divs": (".html", _html_nested),
}


def worker(path: str) -> None:
    import resource

    from tui.analysis.loading import load_article
    from tui.analysis.nlp import load_model, resolve_model_name
    from tui.analysis.pipeline import analyze

    nlp = load_model(resolve_model_name())
    nlp("warm up")
    base_kb = _rss_kb()
    t0 = time.perf_counter()
    article = load_article(path)
    analysis = analyze(article, nlp)
    data = json.dumps(analysis.to_json(), ensure_ascii=False, indent=1)
    elapsed = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"time": elapsed, "peak_mb": peak_kb / 1024, "grown_mb": (peak_kb - base_kb) / 1024,
                      "json_mb": len(data.encode()) / 2**20, "quotes": len(analysis.quotes)}))


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=int, default=50, help="size of every article in KB (default 50)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", nargs="*", help="cases to run (normal always runs)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker)
        return

    size = args.kb * 1024
    names = [n for n in CASES if n == "normal" or not args.only or n in args.only]
    folder = Path(tempfile.mkdtemp(prefix="nr-adversarial-"))
    paths = {}
    for name in names:
        suffix, make = CASES[name]
        paths[name] = folder / f"{name}{suffix}"
        paths[name].write_text(make(size), encoding="utf-8")
    # Round robin: each round runs every case once, so a busy moment of the
    # machine hits the normal article and the adversarial ones alike.
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for _ in range(args.repeat):
        for name in names:
            if name not in runs:
                continue
            out = subprocess.run([sys.executable, __file__, "--worker", str(paths[name])], capture_output=True,
                                 text=True, cwd=REPO, env={**os.environ, "NEWSREADER_CACHE_DIR": str(folder)})
            if out.returncode != 0:
                print(f"{name}: failed: {out.stderr.strip().splitlines()[-1:]}")
                del runs[name]
                continue
            runs[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
    results: dict[str, dict[str, float]] = {}
    for name, measured in runs.items():
        results[name] = {key: statistics.median(r[key] for r in measured) for key in measured[0]}
        results[name]["mb"] = paths[name].stat().st_size / 2**20

    base = results["normal"]
    print(f"{args.kb} KB articles, {args.repeat} runs each, medians; ratios against the normal article")
    print(f"{'case':<18} {'s/MB':>7} {'time x':>7} {'peak MB':>8} {'peak x':>7} {'grown MB':>9}"
          f" {'grown x':>8} {'JSON MB':>8} {'quotes':>7}")
    worst_time = worst_peak = 0.0
    for name, r in results.items():
        per_mb = r["time"] / r["mb"]
        time_x = per_mb / (base["time"] / base["mb"])
        peak_x = r["peak_mb"] / base["peak_mb"]
        grown_x = r["grown_mb"] / max(base["grown_mb"], 1.0)
        if name != "normal":
            worst_time, worst_peak = max(worst_time, time_x), max(worst_peak, peak_x)
        print(f"{name:<18} {per_mb:7.1f} {time_x:7.2f} {r['peak_mb']:8.0f} {peak_x:7.2f} {r['grown_mb']:9.0f}"
              f" {grown_x:8.2f} {r['json_mb']:8.2f} {r['quotes']:7.0f}")
    print(f"worst adversarial case: {worst_time:.2f}x the normal article's time, {worst_peak:.2f}x its peak memory"
          f" (target <= 2x) -> {'OK' if worst_time <= 2 and worst_peak <= 2 else 'OVER'}")


if __name__ == "__main__":
    main()
