"""The web side of the command line: `newsreader URL`, `newsreader analyze URL`
and the `newsreader feeds` subcommands.

    newsreader feeds                    list the feeds: unread/total, title, address
    newsreader feeds add URL...         subscribe (each is fetched and must be RSS or Atom)
    newsreader feeds remove URL...      unsubscribe (downloaded articles stay)
    newsreader feeds refresh [URL...]   fetch new items of all feeds (or of these)
    newsreader feeds import FILE.opml   subscribe to every feed in an OPML list
    newsreader feeds export [FILE]      the subscriptions as OPML (standard output by default)

A failing feed or page is one line on standard error, ``newsreader: URL:
reason``; the others go on, and the exit code is 1 if any failed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .analysis.clean import one_line
from .analysis.loading import ArticleError
from .analysis.model import Article

PROG = "newsreader"
EXIT_OK = 0
EXIT_FAILED = 1
log = logging.getLogger("newsreader")


def load_url(url: str) -> Article:
    """The article at `url`, downloaded and kept in the library (or the copy
    already there). Raises `ArticleError` (`FetchError`) with one line. A library
    that cannot be opened is a warning: the article is still downloaded."""
    from .library.articles import open_url, to_article
    from .library.fetch import Fetcher, check_url
    from .library.store import Store, StoreError

    try:
        store: Store | None = Store.open()
    except StoreError as exc:
        log.warning("%s; the article is not kept", exc)
        store = None
    try:
        if store is not None:  # the stored copy needs no network (nor the HTTP client)
            stored = store.article(check_url(url))
            if stored is not None:
                return to_article(stored)
        with Fetcher() as fetcher:
            return open_url(url, store, fetcher)
    except StoreError as exc:
        raise ArticleError(url, str(exc)) from None
    finally:
        if store is not None:
            store.close()


# ------------------------------------------------------------------- feeds

def _parser():
    from .cli import _Parser

    parser = _Parser(prog=f"{PROG} feeds", description="Follow RSS and Atom feeds. Without a command, list them.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add = commands.add_parser("add", help="subscribe to feeds (each is fetched and checked)")
    add.add_argument("urls", nargs="+", metavar="URL")
    remove = commands.add_parser("remove", help="unsubscribe (downloaded articles stay in the library)")
    remove.add_argument("urls", nargs="+", metavar="URL")
    refresh = commands.add_parser("refresh", help="fetch new items of every feed, or of the ones named")
    refresh.add_argument("urls", nargs="*", metavar="URL")
    imp = commands.add_parser("import", help="subscribe to every feed of an OPML file (not fetched yet)")
    imp.add_argument("file", metavar="FILE.opml")
    exp = commands.add_parser("export", help="write the subscriptions as OPML")
    exp.add_argument("file", nargs="?", metavar="FILE", help="default: standard output")
    commands.add_parser("list", help="list the feeds (the default)")
    return parser


def run_feeds(argv: list[str]) -> int:
    """`newsreader feeds ...`; `UsageError` for bad arguments."""
    from .library.store import Store, StoreError

    args = _parser().parse_args(argv)
    try:
        with Store.open() as store:
            command = args.command or "list"
            return _COMMANDS[command](store, args)
    except StoreError as exc:
        return _fail(str(exc))


def _list(store, _args) -> int:
    feeds = store.feeds()
    if not feeds:
        _out(f"No feeds yet: '{PROG} feeds add URL' or '{PROG} feeds import FILE.opml'.")
        return EXIT_OK
    for feed in feeds:
        line = f"{feed.unread:>5} unread {feed.total:>5} items  {one_line(feed.name, 80)}  {one_line(feed.url)}"
        if feed.error:
            line += "  (last refresh failed)"
        _out(line)
    return EXIT_OK


def _add(store, args) -> int:
    from .library.fetch import Fetcher, FetchError
    from .library.refresh import subscribe

    failed = False
    with Fetcher() as fetcher:
        for url in args.urls:
            try:
                feed, added, new = subscribe(store, fetcher, url)
            except FetchError as exc:
                failed = _fail(str(exc)) != EXIT_OK
                continue
            what = "added" if added else "already followed, refreshed"
            _out(f"{what}: {one_line(feed.name, 80)} ({new} new item{'s' if new != 1 else ''})  {one_line(feed.url)}")
    return EXIT_FAILED if failed else EXIT_OK


def _remove(store, args) -> int:
    failed = False
    for url in args.urls:
        if store.remove_feed(url.strip()):
            _out(f"removed: {one_line(url)}")
        else:
            failed = _fail(f"{one_line(url)}: not a followed feed (see '{PROG} feeds')") != EXIT_OK
    return EXIT_FAILED if failed else EXIT_OK


def _refresh(store, args) -> int:
    from .library.fetch import Fetcher
    from .library.refresh import refresh

    feeds = store.feeds()
    failed = False
    if args.urls:
        wanted = {u.strip() for u in args.urls}
        known = {f.url for f in feeds}
        for url in sorted(wanted - known):
            failed = _fail(f"{one_line(url)}: not a followed feed (see '{PROG} feeds')") != EXIT_OK
        feeds = [f for f in feeds if f.url in wanted]

    def progress(_done: int, _total: int, result) -> None:
        if result.error:
            _fail(result.error)

    with Fetcher() as fetcher:
        results = refresh(store, fetcher, feeds, progress=progress)
    new = sum(r.new for r in results)
    errors = sum(1 for r in results if r.error)
    _out(f"refreshed {len(results) - errors} of {len(results)} feed{'s' if len(results) != 1 else ''}: "
         f"{new} new item{'s' if new != 1 else ''}")
    return EXIT_FAILED if failed or errors else EXIT_OK


def _import(store, args) -> int:
    from .library.fetch import FetchError, check_url
    from .library.opml import OpmlError, parse_opml

    path = Path(args.file)
    try:
        data = path.read_bytes()
        outlines = parse_opml(data)
    except OSError as exc:
        return _fail(f"{one_line(str(path))}: {exc.strerror or exc}")
    except OpmlError as exc:
        return _fail(f"{one_line(str(path))}: {exc}")
    added = known = 0
    failed = False
    for outline in outlines:
        try:
            url = check_url(outline.url)
        except FetchError as exc:
            failed = _fail(str(exc)) != EXIT_OK
            continue
        _, is_new = store.add_feed(url, outline.title)
        added += is_new
        known += not is_new
    _out(f"imported {added} feed{'s' if added != 1 else ''}" + (f" ({known} already followed)" if known else "")
         + f"; '{PROG} feeds refresh' fetches their items")
    return EXIT_FAILED if failed else EXIT_OK


def _export(store, args) -> int:
    from .library.opml import Outline, write_opml

    document = write_opml([Outline(f.url, f.title) for f in store.feeds()])
    if args.file:
        try:
            Path(args.file).write_text(document, encoding="utf-8")
        except OSError as exc:
            return _fail(f"{one_line(args.file)}: {exc.strerror or exc}")
        return EXIT_OK
    sys.stdout.flush()
    sys.stdout.buffer.write(document.encode("utf-8"))
    sys.stdout.buffer.flush()
    return EXIT_OK


_COMMANDS = {"list": _list, "add": _add, "remove": _remove, "refresh": _refresh, "import": _import,
             "export": _export}


def _out(line: str) -> None:
    print(line, flush=True)


def _fail(message: str) -> int:
    from .cli import _fail as fail

    return fail(message, EXIT_FAILED)

