"""Analysis quality on every gold file: the tuned set (tests/gold), the held-out
set (benchmarks/heldout), the formerly blind sets (benchmarks/blind, blind2) and
the last blind set (benchmarks/blind3), whose blind measurements are recorded in
their SOURCES.md.

    python benchmarks/quality.py [--verbose] [--by-rule] [--passes] [FOLDER ...]

With FOLDERs, scores the gold files in those instead (e.g. a blind set kept
outside the repository).

Runs the analysis in-process (no cache) and scores it with the project's copy of
the evaluation scorer (tests/gold/score.py). Prints one row per article and a
pooled row per set, where each metric is weighted by what it counts (mentions,
actors, quotes), so an article with no reported speech does not inflate recall.

--passes adds, per set, the merges of each clustering pass and the names each
filter left out of the actor list, judged by the gold (benchmarks/actor_passes.py
gives the same table, also on GUM's development documents, and lists the wrong
ones).

--by-rule adds, per set and over all sets, one row per rule of the quote stage
(the speaker sieve or pass that decided a quote, `Quote.rule`): how many quotes
it decided, how many of those match a gold quote, and how many of the matched
ones name the gold speaker (or none, for a gold quote without one). A sieve
that decides nothing, or mostly wrongly, shows up here. The same table on
PolNeAR: benchmarks/attribution_rules.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
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


def rule_rows(scorer, gold: dict, analysis: dict, rows: dict[str, Counter]) -> None:
    """Add one article's quotes to the per-rule counts in `rows`."""
    text = analysis["text"]
    g_ments, s_ments = scorer.gold_mentions(text, gold), scorer.system_mentions(analysis)
    votes: dict[str, Counter] = defaultdict(Counter)  # system actor -> gold actor votes (as score() does)
    for s, e, name in g_ments:
        hit = scorer.best((s, e), s_ments)
        if hit is not None:
            votes[hit][name] += 1
    sys_to_gold = {sid: c.most_common(1)[0][0] for sid, c in votes.items()}
    gold_quotes = scorer.locate_quotes(text, gold.get("quotes", []))
    for q in analysis["quotes"]:
        row = rows[q.get("rule") or "?"]
        row["decided"] += 1
        hit = next((g for g in gold_quotes if g[2]["kind"] == q["kind"]
                    and scorer.overlap((q["start"], q["end"]), g[:2]) * 2 >= g[1] - g[0]), None)
        if hit is None:
            continue
        row["matched"] += 1
        want = hit[2].get("speaker")
        got = sys_to_gold.get(q["speaker"]) if q.get("speaker") else None
        row["right"] += got == want


def print_rules(title: str, rows: dict[str, Counter]) -> None:
    print(f"\n{title}: quotes per rule")
    print(f"{'rule':48}{'decided':>8}{'matched':>8}{'right':>7}{'right/matched':>15}")
    for name, row in sorted(rows.items(), key=lambda kv: -kv[1]["decided"]):
        acc = f"{row['right'] / row['matched']:.3f}" if row["matched"] else "-"
        print(f"{name[:48]:48}{row['decided']:>8}{row['matched']:>8}{row['right']:>7}{acc:>15}")


def print_passes(title: str, files: list[tuple[Path, Path]], nlp) -> None:
    """Merges per clustering pass and drops per filter over `files` (gold, article), judged by the gold."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("actor_passes", Path(__file__).with_name("actor_passes.py"))
    passes = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(passes)
    counts = passes.count(files, nlp)[0]
    print(f"\n{title}: clustering passes (merges) and filters (names dropped), judged by the gold")
    print(f"{'':28}{'pass or filter':24}{'merges':>8}{'right':>8}{'wrong':>8}{'unjudged':>10}{'precision':>11}")
    passes.print_counts("", counts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="print the scorer's misses")
    ap.add_argument("--by-rule", action="store_true", help="print quotes decided and right per quote rule")
    ap.add_argument("--passes", action="store_true",
                    help="print merges per clustering pass and names dropped per filter, judged by the gold "
                         "(as benchmarks/actor_passes.py)")
    ap.add_argument("folders", nargs="*", type=Path, help="gold folders to score instead of the default sets")
    args = ap.parse_args()
    sets = {str(f): f for f in args.folders} if args.folders else SETS

    from tui.analysis.loading import load_article
    from tui.analysis.nlp import load_model, resolve_model_name
    from tui.analysis.pipeline import analyze

    scorer = load_scorer()
    nlp = load_model(resolve_model_name())
    all_rules: dict[str, Counter] = defaultdict(Counter)
    header = f"{'article':34}" + "".join(f"{c[:12]:>13}" for c in COLUMNS)
    for set_name, folder in sets.items():
        golds = sorted(folder.glob("*.json"))
        if not golds:
            continue
        print(f"\n[{set_name}]")
        print(header)
        rows = []
        set_rules: dict[str, Counter] = defaultdict(Counter)
        for gold_path in golds:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            analysis = analyze(load_article(gold_path.parent / gold["article"]), nlp).to_json(rules=args.by_rule)
            if args.by_rule:
                rule_rows(scorer, gold, analysis, set_rules)
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
        if args.passes:
            print_passes(set_name, [(g, g.parent / json.loads(g.read_text(encoding="utf-8"))["article"]) for g in golds], nlp)
        if args.by_rule:
            print_rules(set_name, set_rules)
            for name, row in set_rules.items():
                all_rules[name].update(row)
    if args.by_rule and len(sets) > 1:
        print_rules("all sets", all_rules)


if __name__ == "__main__":
    main()
