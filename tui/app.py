"""The reader application and the one factory that builds it (`make_app`), used
by `main()`, the Pilot tests, the snapshot apps and the benchmarks alike."""

from __future__ import annotations

import asyncio
import gc
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.worker import get_current_worker

from .analysis.loading import ArticleError, is_folder, list_articles, load_article
from .analysis.model import Analysis, Article
from .analysis.service import Analyzer
from .commands import ActorCommands, ArticleCommands, ThemeCommands
from .resources import SAMPLES_DIR, STYLES_DIR
from .saving import Saves
from .state import Remembered, config_writer, state_writer
from .state import load as load_remembered
from .themes import check_theme, offered_themes, reader_variables

if TYPE_CHECKING:
    from .analysis.worker import AnalysisProcess


#: seconds after mounting by which garbage collection is on again whatever the first screen
STARTUP_GC_LIMIT = 2.0
#: seconds the reader waits at most, when quitting, for the writes under way (state, corrections)
SAVE_WAIT = 10.0


class NewsReaderApp(App):
    """Who is in a story and who said what."""

    TITLE = "newsreader"
    CSS_PATH: ClassVar = [STYLES_DIR / "app.tcss"]
    COMMANDS: ClassVar = App.COMMANDS | {ActorCommands, ArticleCommands, ThemeCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit newsreader"),
        Binding("question_mark", "help", "Help", id="app.help", tooltip="Show every key binding"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.command_palette",
                tooltip="Command palette: go to an actor, correct, copy, export, switch theme"),
    ]

    def __init__(
        self,
        *,
        analyzer: Analyzer,
        folder: Path | None = None,
        article: Article | None = None,
        home: Path | None = None,
        startup_error: str | None = None,
        analysis_process: AnalysisProcess | None = None,
        remembered: Remembered | None = None,
        startup_notice: str | None = None,
    ) -> None:
        super().__init__()
        self.analyzer = analyzer
        self.folder = folder
        self.article = article
        self.home = home  # the folder an article opened directly came from
        self.startup_error = startup_error
        #: why the last article could not be reopened (`reopen_last`)
        self.startup_notice = startup_notice
        self._analysis_process = analysis_process
        self._analyses: dict[str, Analysis] = {}
        self._warnings_shown: set[str] = set()
        self._library_lock = threading.Lock()
        self._store = None
        self._fetcher = None
        self._offered_themes: list[str] | None = None
        #: theme, last article, and where the reader was in each (tui/state.py; read by
        #: `make_app`, before the app runs: None, read when it starts)
        self._read_remembered = remembered is None
        self.remembered = remembered or Remembered()
        #: the small files written off the UI thread, and waited for at exit (tui/saving.py)
        self.saves = Saves()
        #: Escape asked for the library; its folder is being listed (`_check_home`)
        self._going_back = False
        #: the writes that failed as the reader quit (no notice can show them: `cli` prints them)
        self.unsaved: list[str] = []

    class SaveFailed(Message):
        """A write failed: `saves.take_failures()` says which."""

    class HomeChecked(Message):
        """Escape's folder listed (`_check_home`): whether it still holds
        articles, and the article's file to select there."""

        def __init__(self, screen, home: Path, has_articles: bool, select: Path | None) -> None:
            super().__init__()
            self.screen = screen
            self.home = home
            self.has_articles = has_articles
            self.select = select

    # --- every notification is cleaned: no escape reaches the terminal ------------------

    def notify(self, message, *, title: str = "", severity="information", timeout=None, markup: bool = True) -> None:
        """`App.notify` with the message and title cleaned of control characters
        and escape sequences (a path or an error text can hold them: an ESC in a
        folder name must not retitle the terminal)."""
        from .analysis.clean import clean_text

        if isinstance(message, str):
            message = clean_text(message)
        title = clean_text(title) if title else title
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # --- themes: the reader's colours come from the theme's own ----------------------

    def get_css_variables(self) -> dict[str, str]:
        variables = super().get_css_variables()
        variables = {**variables, **reader_variables(self.current_theme, variables)}
        self.theme_variables = variables
        return variables

    @property
    def offered_themes(self) -> list[str]:
        """The themes whose highlights pass the contrast test (tui/themes.py)."""
        if self._offered_themes is None:
            self._offered_themes = offered_themes(self.available_themes)
        return self._offered_themes

    def get_system_commands(self, screen):
        # one theme picker (ThemeCommands), offering only the legible themes
        for command in super().get_system_commands(screen):
            if not (isinstance(command, SystemCommand) and command.title == "Theme"):
                yield command

    def _restore(self) -> None:
        """The remembered theme (if still offered), and a notice for a damaged file."""
        if self._read_remembered:  # (an app not made by `make_app`)
            self.remembered = load_remembered()
        for notice in self.remembered.notices:
            self.notify(notice, title="Saved state", severity="warning", markup=False, timeout=8)
        name = self.remembered.theme
        if name and name != self.theme:  # only a theme that still passes the contrast test
            theme = self.get_theme(name)
            if theme is not None and check_theme(theme).passed:
                self.theme = name
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme) -> None:
        if theme.name != self.remembered.theme:
            self.remembered.theme = theme.name
            self.save("config", config_writer(self.remembered))

    # --- small writes, off the UI thread (tui/saving.py) ------------------------------

    def save(self, name: str, write) -> None:
        """Write `write()` (a file's new content, made now) in a worker; the
        newest of each `name` wins, and whatever is not written yet when the
        reader quits is written then (`on_unmount`)."""
        self.saves.schedule(name, write)
        self.write_saves()

    @work(thread=True, exit_on_error=False, group="app-saves")
    def write_saves(self) -> None:
        if self.saves.flush():
            self.post_message(self.SaveFailed())

    @on(SaveFailed)
    def _save_failed(self) -> None:
        # (taken here, not in the worker: should the reader quit before this runs, they are `unsaved`)
        for error in self.saves.take_failures():
            self.notify(error, title="Saved state", severity="warning", markup=False, timeout=6)

    def remember_place(self, text: str, source: str | None, position: int, actor: str | None) -> None:
        """Keep where the reader is in an article (saved at once: a crash loses nothing)."""
        from .analysis.userdata import is_local_path  # (not at start-up: the article screen defers it)

        if is_local_path(source):
            try:
                source = os.path.abspath(source)  # (a name, no disk: `resolve` waited on it)
            except (OSError, ValueError):
                source = None
        self.remembered.remember(text, source, position, actor)
        self.save("state", state_writer(self.remembered))

    async def action_quit(self) -> None:
        from .screens.article import ArticleScreen

        for screen in self.screen_stack:
            if isinstance(screen, ArticleScreen):
                screen.remember_place()
        await super().action_quit()

    def startup_done(self) -> None:
        """The first screen is complete: garbage collection back on if the CLI
        held it off for the start (`cli.run_reader`), with every object made so
        far frozen (the app's modules and widgets are never garbage: later
        collections, during keys, need not walk them again). Idempotent."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def on_mount(self) -> None:
        # (the article screen calls it as soon as its rest is mounted; this is
        # for the other screens, and a bound on how long collection stays off)
        self.set_timer(STARTUP_GC_LIMIT, self.startup_done)
        self._restore()
        if self.startup_error:
            self.notify(self.startup_error, severity="error", markup=False, timeout=10)
        if self.startup_notice:
            self.notify(self.startup_notice, title="Library", severity="warning", markup=False, timeout=8)
        if self.article is not None:
            from .screens.article import ArticleScreen  # (only the screen shown first is imported)

            self.push_screen(ArticleScreen(self.article, self.analyzer))
            if self.article.origin is not None and self.article.source:
                self.mark_read(self.article.source)
        else:
            from .screens.library import LibraryScreen

            self.push_screen(LibraryScreen(self.folder or SAMPLES_DIR, self.analyzer))

    def mark_read(self, url: str) -> None:
        """A downloaded article opened on its own (`newsreader URL`, or reopened
        by `newsreader`): it, and every feed item linking to it, are read, as
        Enter in the Feeds view marks them. One of the app's saves (in a worker,
        and made on the way out should the reader quit at once)."""

        def write() -> str | None:
            from .library.store import StoreError

            try:
                self.library().mark_article_read(url)
            except StoreError as exc:
                return f"not marked read in the library: {exc}"
            return None

        self.save(f"read {url}", write)

    @property
    def analysis_process(self) -> AnalysisProcess:
        """Where analyses run (one at a time, the opened article's before the
        library's); never in the UI's process. Created on first use."""
        if self._analysis_process is None:
            from .analysis.worker import shared_process

            self._analysis_process = shared_process()
        return self._analysis_process

    # --- analyses known in this session -------------------------------------------

    def show_analyzer_warnings(self) -> None:
        """Each new cache warning once, as a notification (while the app runs,
        stderr is captured and a logged warning would never be seen)."""
        for warning in self.analyzer.warnings:
            if warning not in self._warnings_shown:
                self._warnings_shown.add(warning)
                self.notify(warning, title="Analysis cache", severity="warning", markup=False, timeout=8)

    def known_analysis(self, article: Article) -> Analysis | None:
        return self._analyses.get(article.text)

    def remember_analysis(self, article: Article, analysis: Analysis) -> None:
        self._analyses[article.text] = analysis

    # --- the library of feeds and downloaded articles (opened on first use) ----------

    def library(self):
        """The app's `tui.library.store.Store` (raises `StoreError`); thread-safe."""
        from .library.store import Store

        with self._library_lock:
            if self._store is None:
                self._store = Store.open()
            return self._store

    def fetcher(self):
        """The app's one `tui.library.fetch.Fetcher`; thread-safe."""
        from .library.fetch import Fetcher

        with self._library_lock:
            if self._fetcher is None:
                self._fetcher = Fetcher()
            return self._fetcher

    def on_key(self, event) -> None:
        """A printable key that reached the app while a dialog with a line to
        type in is open (typed right after the key that opened it, from under
        the dialog or before its line had the focus) goes into that line rather
        than being lost (`pickers.TypeAhead`)."""
        from .screens.pickers import TypeAhead

        screen = self.screen
        if isinstance(screen, TypeAhead) and event.character is not None and event.is_printable:
            event.stop()
            event.prevent_default()  # (typed: no binding runs for it)
            screen.type_ahead(event.character)

    async def on_unmount(self) -> None:
        # quitting: a running analysis stops now (its thread would notice too);
        # an idle worker stays for the next app in this process
        if self._analysis_process is not None:
            self._analysis_process.cancel_running()
        with self._library_lock:
            if self._fetcher is not None:
                self._fetcher.close()
        # the writes asked for (a place, a theme, a correction stored just before `q`) end
        # before the reader does: their workers were cancelled with the screens, not stopped
        await asyncio.to_thread(self.saves.flush, SAVE_WAIT)
        self.unsaved = self.saves.take_failures()  # (and those no notice showed yet)

    def open_feeds(self) -> None:
        from .screens.feeds import FeedsScreen

        if not isinstance(self.screen, FeedsScreen):
            self.push_screen(FeedsScreen())

    # --- navigation ------------------------------------------------------------------

    def open_article(self, article: Article, place: tuple[int, int] | None = None) -> None:
        """Open an article (at `place`, a mention or quote's (start, end), when given)."""
        from .screens.article import ArticleScreen

        self.push_screen(ArticleScreen(article, self.analyzer, place=place))

    def action_back(self) -> None:
        """From an article: back to its library (the folder it came from, if any;
        with none, Escape is no key: `can_go_back`). A folder that holds no
        articles any more (the file was moved away) is a notice: the article
        stays open rather than giving way to an empty library. The folder is
        listed in a worker (`_check_home`); the library opens on its answer."""
        from .analysis.userdata import is_local_path

        if len(self.screen_stack) > 2:
            self.pop_screen()
            return
        if self._web_article_alone():  # its library is the Feeds view (Saved articles)
            from .screens.feeds import FeedsScreen

            self.switch_screen(FeedsScreen())
            return
        home = self.home
        if home is None or self._going_back:  # (a second Escape while the folder is listed)
            return
        source = getattr(self.screen, "article", None)
        source = getattr(source, "source", None)
        self._going_back = True
        self._check_home(self.screen, home, source if is_local_path(source) else None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="app-back")
    def _check_home(self, screen, home: Path, source: str | None) -> None:
        """List Escape's folder off the UI thread (a slow or network disk
        never holds the keys); the answer is `HomeChecked`."""
        try:
            has_articles = bool(list_articles(home))
        except Exception:  # (ArticleError, OSError: gone, unreadable)
            has_articles = False
        try:
            select = Path(source).resolve() if source else None
        except (OSError, RuntimeError, ValueError):
            select = None
        if not get_current_worker().is_cancelled:
            self.post_message(self.HomeChecked(screen, home, has_articles, select))

    @on(HomeChecked)
    def _home_checked(self, event: HomeChecked) -> None:
        from .screens.library import LibraryScreen

        self._going_back = False
        if self.screen is not event.screen or self.home != event.home:
            return  # the reader went elsewhere meanwhile (a dialog, help): Escape again goes back
        if not event.has_articles:
            self.notify(f"Nothing to go back to: {event.home} holds no articles any more (q quits).",
                        title="Library", severity="warning", markup=False, timeout=6)
            return
        self.home = None
        self.switch_screen(LibraryScreen(event.home, self.analyzer, select=event.select))

    def can_go_back(self, screen=None) -> bool:
        """Whether Escape from the current article (or `screen`) leads
        somewhere. Only the screens below it count: a dialog over an article
        on standard input is no library to go back to (its footer showed
        "esc Back" while the dialog was up)."""
        screen = self.screen if screen is None else screen
        return self.screens_below(screen) > 1 or self.home is not None or self._web_article_alone(screen)

    def screens_below(self, screen) -> int:
        """How many screens lie below `screen` in the stack (the default screen
        included); a screen not in it counts as the top one. A dialog over a
        screen is not below it, so it never makes a way back."""
        stack = self.screen_stack
        return stack.index(screen) if screen in stack else len(stack) - 1

    def _web_article_alone(self, screen=None) -> bool:
        """The screen is a downloaded page opened on its own (`newsreader URL`,
        or reopened by `newsreader`): Escape leads to the Feeds view, where it
        is kept. With no way back, a reader who started `newsreader` on it
        could reach no library or feed but by quitting."""
        from .screens.article import ArticleScreen

        screen = self.screen if screen is None else screen
        return (self.screens_below(screen) <= 1 and self.home is None and isinstance(screen, ArticleScreen)
                and screen.article.origin is not None)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            # the keys of the screen it is asked from first
            self.push_screen(HelpScreen(first=getattr(self.screen, "HELP_SECTION", None)))


def make_app(
    target: Path | Article | None, analyzer: Analyzer | None = None, *, home: Path | None = None
) -> NewsReaderApp:
    """target None (`newsreader` with no argument): the last article read,
    reopened where the reader left it, else the bundled samples' library; a
    folder: its library; a file or an `Article`: that article, opened directly.
    `home`: the folder an `Article` came from, whose library Escape opens (a
    file's own folder otherwise)."""
    from functools import partial

    # what the reader remembers, and the last article, read here, before the app
    # runs: not in its handlers, on the thread that answers the keys
    remembered = load_remembered()
    new_app = partial(NewsReaderApp, analyzer=analyzer or Analyzer(), remembered=remembered)
    if target is None:
        article, home, notice = reopen_last(remembered.last)
        return new_app(folder=SAMPLES_DIR, article=article, home=home, startup_notice=notice)
    if isinstance(target, Article):
        return new_app(article=target, home=home)
    path = Path(target)
    try:
        folder = is_folder(path)
    except ArticleError as exc:
        return new_app(folder=SAMPLES_DIR, startup_error=str(exc))
    if folder:
        return new_app(folder=path)
    try:
        article = load_article(path)
    except ArticleError as exc:
        folder = path.parent if path.parent.is_dir() else SAMPLES_DIR
        return new_app(folder=folder, startup_error=str(exc))
    return new_app(article=article, home=path.parent)


def reopen_last(last: str | None) -> tuple[Article | None, Path | None, str | None]:
    """The last article read (a file, or a page kept in the library), opened
    as `newsreader FILE` opens it: (article, its folder, None); Escape leads to
    its folder's library. One that is gone: (None, None, a one-line notice to
    show over the library)."""
    from .analysis.clean import one_line

    if not last:
        return None, None, None
    try:
        if "://" in last:
            from .library.articles import to_article
            from .library.fetch import check_url
            from .library.store import Store

            with Store.open() as store:
                stored = store.article(check_url(last))  # never the network at start
            if stored is None:
                raise ArticleError(last, "no longer in the library")
            return to_article(stored), None, None
        path = Path(last)
        return load_article(path), path.parent, None
    except Exception as exc:  # gone, unreadable, a library that cannot be opened
        return None, None, f"The last article could not be reopened: {one_line(str(exc), 200)}"
