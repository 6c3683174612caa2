"""Analysis quality on every gold file: the tuned set (tests/gold), the held-out
set (benchmarks/heldout), the formerly blind sets (benchmarks/blind, blind2) and
the last blind set (benchmarks/blind3), whose blind measurements are recorded in
their SOURCES.md.

    python benchmarks/quality.py [--verbose] [FOLDER ...]

With FOLDERs, scores the gold files in those instead (e.g. a blind set kept
outside the repository).

Runs the analysis in-process (no cache) and scores it with the project's copy of
the evaluation scorer (tests/gold/score.py). Prints one row per article and a
pooled row per set, where each metric is weighted by what it counts (mentions,
actors, quotes), so an article with no reported speech does not inflate recall.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SETS = {
    "tuned": REPO / "tests" / "gold",
    "held-out": REPO / "benchmarks" / "heldout",
    "formerly blind": REPO / "benchmarks" / "blind",
    "formerly blind 2": REPO / "benchmarks" / "blind2",
    "blind 3": REPO / "benchmarks" / "blind3",
}
COLUMNS = ("mention_recall", "b3_f1", "type_acc", "junk_actors", "direct_f1", "speaker_acc",
           "indirect_r", "indirect_speaker_acc")
# Which count weights each metric when pooling a set.
WEIGHT = {"mention_recall": "gold_mentions", "b3_f1": "gold_mentions", "type_acc": "gold_actors",
          "direct_f1": "gold_direct", "speaker_acc": "gold_direct", "indirect_r": "gold_indirect",
          "indirect_speaker_acc": "gold_indirect"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", REPO / "tests" / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="print the scorer's misses")
    ap.add_argument("folders", nargs="*", type=Path, help="gold folders to score instead of the default sets")
    args = ap.parse_args()
    sets = {str(f): f for f in args.folders} if args.folders else SETS

    from tui.analysis.loading import load_article
    from tui.analysis.nlp import load_model, resolve_model_name
    from tui.analysis.pipeline import analyze

    scorer = load_scorer()
    nlp = load_model(resolve_model_name())
    header = f"{'article':34}" + "".join(f"{c[:12]:>13}" for c in COLUMNS)
    for set_name, folder in sets.items():
        golds = sorted(folder.glob("*.json"))
        if not golds:
            continue
        print(f"\n[{set_name}]")
        print(header)
        rows = []
        for gold_path in golds:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            analysis = analyze(load_article(gold_path.parent / gold["article"]), nlp).to_json()
            if args.verbose:
                print(f"-- {gold_path.name}")
            result = scorer.score(gold, analysis, verbose=args.verbose)
            result["gold_actors"] = len(gold["actors"])
            rows.append(result)
            print(f"{gold_path.stem[:34]:34}" + "".join(f"{result[c]:>13.3f}" if c != "junk_actors"
                                                      else f"{result[c]:>13d}" for c in COLUMNS))
        pooled = []
        for c in COLUMNS:
            if c == "junk_actors":
                pooled.append(f"{sum(r[c] for r in rows) / len(rows):>13.2f}")
                continue
            total = sum(r[WEIGHT[c]] for r in rows)
            value = sum(r[c] * r[WEIGHT[c]] for r in rows) / total if total else 1.0
            pooled.append(f"{value:>13.3f}")
        print(f"{'POOLED (junk: mean per article)':34}" + "".join(pooled))


if __name__ == "__main__":
    main()
