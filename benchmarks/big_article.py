"""A very long article costs what plain text of its size costs.

Time from process start until the article text is drawn (headless, as in
startup.py) for the reader and for a bare Textual app showing the same text in
a read-only TextArea, on a normal article (the seed) and on a long one made by
repeating the bundled samples' text (17 MB by default, in a temporary folder),
runs interleaved in one run; medians. Prints:

- reader / bare app on the long article (target: about 1, as for the seed);
- the long article against the seed, for the reader and for the bare app (what
  the size alone costs Textual; the reader should add nothing to it).

The long article is uncached: the reader must show it before any analysis
(which runs in its own process, after the first frame).

Run: python benchmarks/big_article.py [--mb 17] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import REPO, SEED, time_to_paint  # noqa: E402


def long_article(folder: Path, megabytes: float) -> Path:
    """Title + the bodies of the bundled samples, repeated to `megabytes`."""
    bodies = []
    for path in sorted((REPO / "sample_articles").glob("*.txt")):
        bodies.append(path.read_text(encoding="utf-8").partition("\n")[2].strip())
    body = "\n\n".join(bodies)
    copies = int(megabytes * 1_000_000 // len(body.encode("utf-8"))) + 1
    path = folder / "long.txt"
    path.write_text("A very long article\n\n" + "\n\n".join([body] * copies) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=17.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        for kind in ("cache", "data", "config", "state"):
            env[f"NEWSREADER_{kind.upper()}_DIR"] = str(folder / kind)
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        big = long_article(folder, args.mb)
        size = big.stat().st_size
        time_to_paint("minimal", env)  # warm the disk cache and the bytecode
        time_to_paint("reader", env)
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):
            for name, path in (("seed", SEED), ("long", big)):
                for mode in ("minimal", "reader"):
                    times.setdefault((mode, name), []).append(time_to_paint(mode, env, path))
    med = {key: statistics.median(values) for key, values in times.items()}
    seed_size = SEED.stat().st_size
    print(f"seed {seed_size:,} bytes; long article {size:,} bytes ({size / seed_size:,.0f}x); {args.runs} runs")
    for name in ("seed", "long"):
        r, m = med[("reader", name)], med[("minimal", name)]
        print(f"{name:>5}: reader {r:.2f} s, bare TextArea {m:.2f} s -> reader/bare {r / m:.2f}x")
    print(f"long/seed: reader {med[('reader', 'long')] / med[('reader', 'seed')]:.1f}x, "
          f"bare TextArea {med[('minimal', 'long')] / med[('minimal', 'seed')]:.1f}x")


if __name__ == "__main__":
    main()
