"""Per-pass figures of the actor clustering: how many merges each pass makes and
how many of them the gold confirms or refutes, so a wrong merge can be traced to
the pass that made it.

    python benchmarks/actor_passes.py [--verbose] [--gum DIR] [FOLDER ...]

FOLDERs hold gold files in the scorer's format (default: tests/gold and the
held-out and blind sets in benchmarks/). --gum DIR adds the GUM development
documents exported by the evaluation's gum_eval.py (DIR/articles, DIR/gold; the
held-out news genre is refused). A merge joins two name strings; it is *right*
when the gold lists both as aliases of one actor, *wrong* when it lists them
under two actors, and *unjudged* when the gold does not name one of them (a
title, a name the gold leaves out). --verbose lists every wrong merge with its
article. Runs in-process (spaCy loaded once), no cache.

The filters (FILTERS in actors: languages, a nationality saying what a person
is, a demonym naming a style or tradition, abbreviations of terms and acronyms
used as common nouns, names of awards, one-word headings, names of fields and
concepts) are counted the same way: a dropped name is *right* when the gold
names no actor by it, *wrong* when it is an alias of a gold actor (the filter
lost a real one).

The typing rules (TYPE_RULES in actors: context cues, given names, prepositions
of place, head words, ...) count the actors each typed otherwise than spaCy's
tags of its names: *right* when the gold actor of that name has the rule's type,
*wrong* when it has another (--verbose says whether spaCy's type was the gold
one), *unjudged* when the gold has no actor of that name. Each article runs
through the whole pipeline, so the late typing rules and merges (actors'
`late_types`, after the quotes and narrator stages) are counted too.
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


def gold_files(folder: Path) -> list[tuple[Path, Path]]:
    """(gold json, article) pairs of a folder (GUM exports keep articles apart)."""
    out = []
    gold_dir = folder / "gold" if (folder / "gold").is_dir() else folder
    for g in sorted(gold_dir.glob("*.json")):
        if g.name.startswith(HELD_OUT_PREFIX):
            continue  # GUM's news genre is held out for evaluation
        gold = json.loads(g.read_text(encoding="utf-8"))
        for cand in (g.parent / gold["article"], folder / "articles" / gold["article"]):
            if cand.exists():
                out.append((g, cand))
                break
    return out


def judge(gold: dict, short: str, long: str) -> str:
    from tui.analysis.actors.name_shapes import _key

    owners: dict[str, set[str]] = defaultdict(set)
    for actor in gold["actors"]:
        for alias in actor["aliases"]:
            owners[_key(alias)].add(actor["name"])
    a, b = owners.get(_key(short)), owners.get(_key(long))
    if not a or not b:
        return "unjudged"
    return "right" if a & b else "wrong"


def judge_retype(gold: dict, name: str, typ: str) -> tuple[str, str | None]:
    """(verdict, gold type): right when the gold actor called `name` has type `typ`."""
    from tui.analysis.actors.name_shapes import _key

    types = {actor["type"] for actor in gold["actors"] if _key(name) in {_key(a) for a in actor["aliases"]}}
    if not types:
        return "unjudged", None
    gold_type = sorted(types)[0]
    return ("right" if typ in types else "wrong"), gold_type


def judge_drop(gold: dict, name: str) -> str:
    """Right when the gold names no actor by `name`, wrong when one of its aliases is it."""
    from tui.analysis.actors.name_shapes import _key

    aliases = {_key(alias) for actor in gold["actors"] for alias in actor["aliases"]}
    return "wrong" if _key(name) in aliases else "right"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--gum", type=Path, help="a gum_eval.py export (articles/, gold/) of the development genres")
    ap.add_argument("--verbose", action="store_true", help="list every wrong merge")
    args = ap.parse_args()
    folders = list(args.folders) or DEFAULT_SETS
    if args.gum:
        folders.append(args.gum)

    from tui.analysis.nlp import load_model, resolve_model_name

    nlp = load_model(resolve_model_name())
    print(f"{'set':28}{'pass or filter':24}{'merges':>8}{'right':>8}{'wrong':>8}{'unjudged':>10}{'precision':>11}")
    print("(a filter's 'merges' are the names it dropped; a typing rule's, the actors it typed otherwise than spaCy)")
    for folder in folders:
        files = gold_files(folder)
        counts, wrong = count(files, nlp)
        print_counts(f"{folder.name} ({len(files)})", counts)
        if args.verbose and wrong:
            print("\n".join(wrong))


def count(files: list[tuple[Path, Path]], nlp) -> tuple[dict[str, Counter], list[str]]:
    """Per pass and filter: right / wrong / unjudged merges or drops over (gold, article) pairs,
    and a line per wrong one."""
    from tui.analysis.actors import Drop, FILTERS, Merge, PASSES, Retype, TYPE_RULES
    from tui.analysis.loading import load_article
    from tui.analysis.model import ModelInfo
    from tui.analysis.pipeline import analyze_parsed, parse

    counts: dict[str, Counter] = {p: Counter() for p in PASSES + FILTERS + TYPE_RULES}
    wrong: list[str] = []
    for gold_path, article_path in files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = load_article(article_path)
        trace: list[Merge] = []
        drops: list[Drop] = []
        retypes: list[Retype] = []
        # the whole pipeline: the late typing rules and merges run after the quotes and narrator stages
        analyze_parsed(article, parse(nlp, article.text), ModelInfo("-", "-"), (trace, drops, retypes))
        for r in retypes:
            verdict, gold_type = judge_retype(gold, r.name, r.type)
            counts[r.rule][verdict] += 1
            if verdict == "wrong":
                was = "spaCy's type was right" if gold_type == r.spacy_type else f"gold {gold_type}"
                wrong.append(f"  {gold_path.stem}: {r.rule}: {r.name!r} {r.spacy_type} -> {r.type} ({was})")
        for d in drops:
            verdict = judge_drop(gold, d.name)
            counts[d.rule][verdict] += 1
            if verdict == "wrong":
                wrong.append(f"  {gold_path.stem}: {d.rule}: dropped {d.name!r}")
        for m in trace:
            verdict = judge(gold, m.short, m.long)
            counts[m.rule][verdict] += 1
            if verdict == "wrong":
                wrong.append(f"  {gold_path.stem}: {m.rule}: {m.short!r} -> {m.long!r}")
    return counts, wrong


def print_counts(name: str, counts: dict[str, Counter]) -> None:
    for p, c in counts.items():
        n = sum(c.values())
        judged = c["right"] + c["wrong"]
        prec = f"{c['right'] / judged:.3f}" if judged else "-"
        print(f"{name:28}{p:24}{n:>8}{c['right']:>8}{c['wrong']:>8}{c['unjudged']:>10}{prec:>11}")


if __name__ == "__main__":
    main()
