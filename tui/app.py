"""The reader application and the one factory that builds it (`make_app`), used
by `main()`, the Pilot tests, the snapshot apps and the benchmarks alike."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType

from .analysis.loading import ArticleError, list_articles, load_article
from .analysis.model import Analysis, Article
from .analysis.service import Analyzer
from .commands import ActorCommands, ArticleCommands, ThemeCommands
from .resources import SAMPLES_DIR, STYLES_DIR
from .themes import offered_themes, reader_variables

if TYPE_CHECKING:
    from .analysis.worker import AnalysisProcess


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
    ) -> None:
        super().__init__()
        self.analyzer = analyzer
        self.folder = folder
        self.article = article
        self.home = home  # the folder an article opened directly came from
        self.startup_error = startup_error
        self._analysis_process = analysis_process
        self._analyses: dict[str, Analysis] = {}
        self._warnings_shown: set[str] = set()
        self._library_lock = threading.Lock()
        self._store = None
        self._fetcher = None
        self._offered_themes: list[str] | None = None

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

    def on_mount(self) -> None:
        if self.startup_error:
            self.notify(self.startup_error, severity="error", markup=False, timeout=10)
        if self.article is not None:
            from .screens.article import ArticleScreen  # (only the screen shown first is imported)

            self.push_screen(ArticleScreen(self.article, self.analyzer))
        else:
            from .screens.library import LibraryScreen

            self.push_screen(LibraryScreen(self.folder or SAMPLES_DIR, self.analyzer))

    @property
    def analysis_process(self) -> AnalysisProcess:
        """Where analyses run (one at a time, the opened article's before the
        library's); never in the UI's process. Created on first use."""
        if self._analysis_process is None:
            from .analysis.worker import shared_process

            self._analysis_process = shared_process()
        return self._analysis_process

    def on_unmount(self) -> None:
        # quitting: a running analysis stops now (its thread would notice too);
        # an idle worker stays for the next app in this process
        if self._analysis_process is not None:
            self._analysis_process.cancel_running()

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

    def on_unmount(self) -> None:
        with self._library_lock:
            if self._fetcher is not None:
                self._fetcher.close()

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
        """From an article: back to its library (the folder it came from, if any)."""
        from .screens.library import LibraryScreen

        if len(self.screen_stack) > 2:
            self.pop_screen()
            return
        home = self.home
        if home is None:
            return
        try:
            has_articles = bool(list_articles(home))
        except (ArticleError, OSError):
            has_articles = False
        if has_articles:
            self.home = None
            self.switch_screen(LibraryScreen(home, self.analyzer))

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def make_app(
    target: Path | Article | None, analyzer: Analyzer | None = None, *, home: Path | None = None
) -> NewsReaderApp:
    """target None: the bundled samples; a folder: its library; a file or an
    `Article`: that article, opened directly. `home`: the folder an `Article`
    came from, whose library Escape opens (a file's own folder otherwise)."""
    analyzer = analyzer or Analyzer()
    if target is None:
        return NewsReaderApp(analyzer=analyzer, folder=SAMPLES_DIR)
    if isinstance(target, Article):
        return NewsReaderApp(analyzer=analyzer, article=target, home=home)
    path = Path(target)
    if path.is_dir():
        return NewsReaderApp(analyzer=analyzer, folder=path)
    try:
        article = load_article(path)
    except ArticleError as exc:
        folder = path.parent if path.parent.is_dir() else SAMPLES_DIR
        return NewsReaderApp(analyzer=analyzer, folder=folder, startup_error=str(exc))
    return NewsReaderApp(analyzer=analyzer, article=article, home=path.parent)
