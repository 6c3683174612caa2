"""`newsreader export` and the stored corrections on the command line.

Usage::

    newsreader export ARTICLE|FOLDER|URL|feed:FEED [--format csv|jsonl|md] [-o FILE]
                      [--no-corrections] [--no-cache] [--model NAME]

One row per quote of every article (a folder: each of its articles, in name
order; ``feed:FEED``: the stored articles of a followed feed, FEED being its
address, its title or its line number in ``newsreader feeds``; ``feed:all``: every
stored article), with the reader's corrections applied unless
``--no-corrections``. Without ``-o`` the export goes to standard output.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .analysis.model import Analysis, Article

log = logging.getLogger("newsreader.corrections")


def apply_stored(analysis: Analysis) -> Analysis:
    """`analysis` with the reader's stored corrections applied (and indexed for
    the People view); each correction that no longer fits is a warning. The
    reader's data being unusable is a warning too, never a failure."""
    from .analysis.userdata import UserDataError, open_userdata

    try:
        data = open_userdata(create=False)
        if data is None:  # nothing stored yet
            return analysis
        fixed, report, stored = data.corrected(analysis)
    except UserDataError as exc:
        log.warning("%s; corrections not applied", exc)
        return analysis
    for problem in report.problems():
        log.warning("correction not applied: %s", problem)
    if stored.unreadable:
        log.warning("%d stored corrections could not be read", stored.unreadable)
    try:
        data.index(fixed)
    except UserDataError as exc:  # the People view is filled again when the reader opens it
        log.debug("%s", exc)
    return fixed


def parser(parser_class, prog: str) -> argparse.ArgumentParser:
    from .analysis.export import FORMATS

    p = parser_class(prog=f"{prog} export",
                     description="Export who said what: one row per quote, or a digest grouped by speaker.")
    p.add_argument("path", metavar="ARTICLE|FOLDER|feed:FEED",
                   help="an article file or address, a folder of articles, - for standard input, or feed:FEED "
                   "(a followed feed's stored articles: its address, title or line in 'newsreader feeds'; feed:all for all)")
    p.add_argument("--format", choices=FORMATS, default="csv",
                   help="csv (Excel and pandas; default), jsonl (one JSON object per quote), md (a digest by speaker)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--no-corrections", action="store_true", help="export the raw analysis, without your corrections")
    from .cli import common_options

    common_options(p)
    return p


def articles_for(path_arg: str) -> list[Article]:
    """The articles an export covers; raises `ArticleError` for a bad file or an empty folder."""
    from .analysis.loading import ArticleError, list_articles, load_article, load_bytes, read_stdin

    if path_arg == "-":
        return [load_bytes(read_stdin(), "-")]
    if path_arg.startswith("feed:") and not Path(path_arg).exists():
        return feed_articles(path_arg[len("feed:"):])
    from .cli import _is_address

    if _is_address(path_arg):
        from .feeds_cli import load_url

        return [load_url(path_arg)]
    path = Path(path_arg)
    if not path.is_dir():
        return [load_article(path)]
    out = []
    for item in list_articles(path):
        try:
            out.append(load_article(item))
        except ArticleError as exc:
            log.warning("skipped: %s", exc)
    if not out:
        raise ArticleError(str(path), "no readable articles in this folder")
    return out


def feed_articles(key: str) -> list[Article]:
    """The stored articles of one followed feed (by address, title or number), or all of them."""
    from .analysis.loading import ArticleError
    from .library.articles import to_article
    from .library.store import Store, StoreError

    label = f"feed:{key}"
    try:
        with Store.open() as store:
            if key.strip().casefold() == "all":
                stored = store.articles()
            else:
                feeds = store.feeds()
                wanted = key.strip()
                feed = store.feed(wanted) or next(
                    (f for f in feeds if (f.title or "").casefold() == wanted.casefold()), None)
                if feed is None and wanted.isdigit() and 1 <= int(wanted) <= len(feeds):
                    feed = feeds[int(wanted) - 1]  # its line in "newsreader feeds"
                if feed is None:
                    raise ArticleError(label, "no such feed (see 'newsreader feeds')")
                stored = store.articles(feed.id)
    except StoreError as exc:
        raise ArticleError(label, str(exc)) from None
    if not stored:
        raise ArticleError(label, "no stored articles yet (open or refresh the feed's items first)")
    return [to_article(item) for item in stored]


def analyses_for(articles: list[Article], analyzer, corrections: bool = True) -> list[Analysis]:
    out = []
    for article in articles:
        analysis = analyzer.cached(article) or analyzer.analyze(article)
        out.append(apply_stored(analysis) if corrections else analysis)
    return out


def export_rows(analyses: list[Analysis]):
    from .analysis.export import quote_rows
    from .analysis.userdata import article_date

    rows = []
    for analysis in analyses:
        rows.extend(quote_rows(analysis, article_date(analysis)))
    return rows


def export_path(analysis: Analysis, fmt: str) -> Path:
    """Where the reader's `e` writes: ``exports/`` in the data folder, named
    after the title, never overwriting an earlier export."""
    import re

    from . import paths
    from .analysis.export import EXTENSIONS

    folder = paths.data_dir() / "exports"
    stem = re.sub(r"[^\w]+", "-", analysis.title.casefold()).strip("-")
    if len(stem) > 60:  # at a word's end ("…-that-appears" was cut to "…-that-app")
        cut = stem[:61].rsplit("-", 1)[0] if "-" in stem[:61] else stem[:60]
        stem = cut.strip("-")
    stem = stem or "article"
    path = folder / f"{stem}{EXTENSIONS[fmt]}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{EXTENSIONS[fmt]}"
        n += 1
    return path


def export_analysis(analysis: Analysis, fmt: str) -> tuple[Path, int]:
    """Write one (corrected) analysis's quotes to `export_path`; (path, quotes). Raises OSError."""
    from .analysis.export import encoding_for, render

    rows = export_rows([analysis])
    path = export_path(analysis, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    heading = f"Who said what: {analysis.title}" if analysis.title else "Who said what"
    path.write_bytes(render(fmt, rows, heading).encode(encoding_for(fmt), "surrogateescape"))
    return path, len(rows)


def run_export(args: argparse.Namespace) -> int:
    from .analysis.export import encoding_for, render
    from .cli import analyzer_for

    analyzer = analyzer_for(args)  # ModelNotFound before any work
    articles = articles_for(args.path)
    rows = export_rows(analyses_for(articles, analyzer, corrections=not args.no_corrections))
    heading = "Who said what" + (f": {articles[0].title}" if len(articles) == 1 and articles[0].title else "")
    data = render(args.format, rows, heading).encode(encoding_for(args.format), "surrogateescape")
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            from .analysis.loading import ArticleError

            raise ArticleError(args.output, f"cannot write the export ({exc.strerror or exc})") from None
        print(f"{len(rows)} quote{'s' if len(rows) != 1 else ''} written to {args.output}", file=sys.stderr)
    else:
        from .cli import write_stdout

        write_stdout(data)
    return 0
