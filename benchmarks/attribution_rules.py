"""Quote attribution on a PolNeAR split, per rule of the quote stage.

    python benchmarks/attribution_rules.py SPLIT_DIR [--limit N] [--outputs DIR] [--scorer PATH]

SPLIT_DIR is an exported PolNeAR split (text/*.txt and attributions/*.ann; see
the docstring of the scorer, ../shared/eval/polnear_eval.py, for how to export
one). Develop on data/train only: never point this at data/dev or data/test.

The analysis runs in-process with spaCy loaded once (or, with --outputs, is read
from DIR/STEM.json files written earlier by `newsreader analyze --format json
--rules`). The scorer's own functions match system quotes to gold
attributions (share of the gold content covered > 0.3, one to one), so the
headline figures are those `polnear_eval.py` prints. Then, per rule (the sieve
or pass that decided the speaker, `Quote.rule`): how many quotes it decided,
how many of those match a gold attribution, and how many of the matched ones
have the right speaker (a null speaker is wrong when gold names a source).

Only counts and rule names are printed, never corpus text. The corpus has no
licence: keep it and any --outputs folder outside the repository.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
# the scorer beside the repository (../shared/eval), looked up from the checkout upwards
DEFAULT_SCORER = next((p / "shared" / "eval" / "polnear_eval.py" for p in REPO.parents
                       if (p / "shared" / "eval" / "polnear_eval.py").is_file()),
                      REPO.parent / "shared" / "eval" / "polnear_eval.py")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("polnear_eval", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"attribution_rules: no scorer at {path} (use --scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def headline(c: collections.Counter) -> list[tuple[str, float, str]]:
    """The figures the issue's targets name, from the scorer's counters."""
    def share(num: float, den: float) -> float:
        return num / den if den else 0.0
    sys_n = c["sys"]
    return [
        ("speaker (matched@.3, gold has a source)", share(c["spk ok"], c["spk n"]), f"{c['spk ok']}/{c['spk n']}"),
        ("  null speaker among them", share(c["spk null"], c["spk n"]), f"{c['spk null']}/{c['spk n']}"),
        ("e2e_direct", share(c["e2e direct"], c["gold direct"]), f"{c['e2e direct']}/{c['gold direct']}"),
        ("R_direct@.3", share(c["hit direct@0.3"], c["gold direct"]), f"{c['hit direct@0.3']}/{c['gold direct']}"),
        ("R_speech@.3", share(c["hit speech@0.3"], c["gold speech"]), f"{c['hit speech@0.3']}/{c['gold speech']}"),
        ("P@.3", share(c["tp@0.3"], sys_n), f"{c['tp@0.3']}/{sys_n}"),
        ("P@.3 split fragments forgiven", share(c["tp@0.3"] + c["fragments@0.3"], sys_n),
         f"{c['tp@0.3'] + c['fragments@0.3']}/{sys_n}"),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split", type=Path, help="an exported PolNeAR split folder (e.g. .../data/train)")
    ap.add_argument("--limit", type=int, help="N articles, round-robin over publishers (as the scorer picks)")
    ap.add_argument("--outputs", type=Path, help="read DIR/STEM.json (analyze --format json --rules) instead")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path of polnear_eval.py")
    args = ap.parse_args()
    pe = load_scorer(args.scorer)
    docs = pe.list_documents(args.split, args.limit)
    if not docs:
        sys.exit(f"attribution_rules: no annotated articles in {args.split}")

    analyze = None
    if args.outputs is None:
        from tui.analysis.loading import load_article
        from tui.analysis.nlp import load_model, resolve_model_name
        from tui.analysis.pipeline import analyze as run

        nlp = load_model(resolve_model_name())

        def analyze(path: Path) -> dict:
            return run(load_article(path), nlp).to_json(rules=True)

    total: collections.Counter = collections.Counter()
    rules: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    failed = 0
    for stem, text_path, ann_paths in docs:
        text = text_path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
        gold, _ = pe.load_gold(text, ann_paths[0])
        try:
            if analyze is not None:
                data = analyze(text_path)
            else:
                data = json.loads((args.outputs / f"{stem}.json").read_text(encoding="utf-8"))
            quotes, _, _ = pe.read_output(data, text)
        except (OSError, ValueError) as exc:
            failed += 1
            print(f"attribution_rules: {stem}: {exc.__class__.__name__}", file=sys.stderr)
            continue
        names = [q.get("rule") or "?" for q in data["quotes"] if isinstance(q, dict)]
        total += pe.score_document(quotes, gold, None, text)
        matched = pe.match(quotes, gold, 0.3)
        for qi, name in enumerate(names):
            row = rules[name]
            row["decided"] += 1
            row["null"] += quotes[qi]["speaker"] is None
            if qi in matched:
                g = gold[matched[qi]]
                row["matched"] += 1
                row["right"] += pe.speaker_ok(quotes[qi], g)

    print(f"PolNeAR {args.split.name}: {len(docs) - failed} articles" + (f" ({failed} failed)" if failed else ""))
    for label, value, frac in headline(total):
        print(f"{label:42}{value:8.3f}  ({frac})")
    print(f"\n{'rule':48}{'decided':>8}{'null':>6}{'matched':>8}{'right':>7}{'right/matched':>15}")
    for name, row in sorted(rules.items(), key=lambda kv: -kv[1]["decided"]):
        acc = f"{row['right'] / row['matched']:.3f}" if row["matched"] else "-"
        print(f"{name[:48]:48}{row['decided']:>8}{row['null']:>6}{row['matched']:>8}{row['right']:>7}{acc:>15}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
