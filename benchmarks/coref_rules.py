"""Per-rule figures of pronoun and nominal resolution: how many mentions each
coreference rule linked (`Mention.rule`) and, where the gold marks every
mention, how many of those links are right, so a rule that decides wrongly
shows up.

    python benchmarks/coref_rules.py [--gum DIR] [--outputs DIR] [--verbose] [FOLDER ...]

FOLDERs hold gold files in the scorer's format (default: tests/gold and the
held-out and blind sets in benchmarks/). That gold lists names only, so for it
the table counts links per rule. --gum DIR adds the GUM development documents
exported by the evaluation's gum_eval.py (DIR/articles, DIR/gold; the held-out
news genre is refused): their gold lists every mention (names, pronouns,
nominals), and a link is judged as gum_eval.py's pron_link judges a pronoun:
*right* when the gold mention at its anchor belongs to the gold actor whose
name mentions the linked actor holds most of, *wrong* when it belongs to
another, *no gold* when the gold has no mention of an actor there (a pronoun
of someone unnamed, a generic "you"). --outputs DIR reads analyses saved as
DIR/NAME.json (written with `to_json(rules=True)`) instead of analysing the
articles again (spaCy is then not loaded). --verbose lists every wrong link.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_SETS = [REPO / "tests" / "gold", REPO / "benchmarks" / "heldout", REPO / "benchmarks" / "blind",
                REPO / "benchmarks" / "blind2", REPO / "benchmarks" / "blind3"]
HELD_OUT_PREFIX = "GUM_news_"
KINDS = ("pronoun", "nominal")


def pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(gold json, article) pairs of a folder (GUM exports keep articles apart)."""
    gold_dir = folder / "gold" if (folder / "gold").is_dir() else folder
    art_dir = folder / "articles" if (folder / "articles").is_dir() else folder
    out = []
    for g in sorted(gold_dir.glob("*.json")):
        if g.name.startswith(HELD_OUT_PREFIX):
            continue  # GUM's news genre is held out for evaluation
        article = art_dir / json.loads(g.read_text(encoding="utf-8")).get("article", g.stem + ".txt")
        if article.exists():
            out.append((g, article))
    return out


def judge(gold: dict, analysis: dict, rows: dict[str, Counter], wrong: list[str], name: str) -> None:
    """Add one document's links to `rows` (rule -> links, right, wrong, no gold)."""
    sys_ments = [(m["start"], m["end"], a["id"], m) for a in analysis["actors"] for m in a["mentions"]]
    gold_ments = [(m["anchor_start"], m["anchor_end"], ga["name"], m["kind"])
                  for ga in gold["actors"] for m in ga.get("mentions", [])]

    def hit(s: int, e: int):
        top, found = None, None
        for ss, se, sid, m in sys_ments:
            o = min(e, se) - max(s, ss)
            if o > 0 and (top is None or (o, -(se - ss)) > top):
                top, found = (o, -(se - ss)), (sid, m)
        return found

    hits = [(g, k, hit(s, e)) for s, e, g, k in gold_ments]
    names = defaultdict(Counter)
    for g, k, h in hits:
        if k == "name" and h is not None:
            names[g][h[0]] += 1
    dominant = {g: c.most_common(1)[0][0] for g, c in names.items()}
    judged = {}
    for g, _, h in hits:
        if h is not None and h[1].get("kind") in KINDS:
            judged[id(h[1])] = (g, h[0] == dominant.get(g))
    for _, _, sid, m in sys_ments:
        if m.get("kind") not in KINDS:
            continue
        rule = m.get("rule") or "(quote stage)"  # a speaker's words the quote stage added
        rows[rule]["links"] += 1
        verdict = judged.get(id(m))
        if verdict is None:
            rows[rule]["no gold"] += 1
        elif verdict[1]:
            rows[rule]["right"] += 1
        else:
            rows[rule]["wrong"] += 1
            wrong.append(f"  {rule:22} {name}: {m['text']!r}@{m['start']} -> {sid}, gold {verdict[0]!r}")


def print_table(title: str, rows: dict[str, Counter], judged: bool) -> None:
    print(f"\n{title}")
    head = f"  {'rule':24}{'links':>7}"
    if judged:
        head += f"{'right':>7}{'wrong':>7}{'no gold':>9}{'precision':>11}"
    print(head)
    for rule in sorted(rows, key=lambda r: -rows[r]["links"]):
        c = rows[rule]
        line = f"  {rule:24}{c['links']:>7}"
        if judged:
            both = c["right"] + c["wrong"]
            prec = f"{c['right'] / both:.3f}" if both else "-"
            line += f"{c['right']:>7}{c['wrong']:>7}{c['no gold']:>9}{prec:>11}"
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--gum", type=Path)
    ap.add_argument("--outputs", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    sets = [(f, False) for f in (args.folders or ([] if args.outputs else DEFAULT_SETS))]
    if args.gum is not None:
        sets.append((args.gum, True))
    nlp = None
    for folder, with_gold in sets:
        rows: dict[str, Counter] = defaultdict(Counter)
        wrong: list[str] = []
        for gold_path, article in pairs(folder):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            saved = args.outputs / (article.stem + ".json") if args.outputs else None
            if saved is not None and saved.exists():
                analysis = json.loads(saved.read_text(encoding="utf-8"))
            else:
                if nlp is None:
                    from tui.analysis.nlp import load_model, resolve_model_name

                    nlp = load_model(resolve_model_name())
                from tui.analysis.loading import load_article
                from tui.analysis.pipeline import analyze

                analysis = analyze(load_article(article), nlp).to_json(rules=True)
            judge(gold, analysis, rows, wrong, article.stem)
        print_table(f"{folder} ({'judged against every gold mention' if with_gold else 'links per rule'})",
                    rows, with_gold)
        if args.verbose and wrong:
            print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
