"""The library: the articles of a folder with title, word count and, once
known, the three most salient actors. Analyses run one at a time in the
background; cached ones show at once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import WorkerState, get_current_worker

from ..analysis.clean import one_line
from ..analysis.loading import ArticleError, list_articles, load_article
from ..analysis.model import Analysis, Article
from ..analysis.service import Analyzer
from ..analysis.userdata import UserDataError, corrected_and_indexed, is_local_path, open_userdata, text_hash
from ..widgets.list_keys import list_bindings, refit_table
from ..analysis.worker import AnalysisCancelled, AnalysisPreempted


@dataclass
class Entry:
    path: Path
    article: Article | None
    error: str | None = None
    analysis: Analysis | None = None
    #: the top actors with the reader's corrections (a renamed actor by its new name)
    actors: str | None = None
    #: `path` resolved (in the worker that listed it: no disk on the UI thread)
    resolved: Path | None = None


def reading_order(paths: list[Path]) -> list[Path]:
    """The folder's files with numbers in their names in numeric order
    ("2 …" before "10 …"): sorted letter by letter, "10.txt" came between
    "1.txt" and "2.txt"."""
    def key(path: Path) -> tuple:
        parts = re.split(r"(\d+)", path.name.casefold())
        return tuple(int(part) if i % 2 else part for i, part in enumerate(parts)), path.name

    return sorted(paths, key=key)


def _resolved(path: Path) -> Path:
    """`path` resolved (symbolic links followed), or as it is when that fails (reads the disk)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path


def top_actors(analysis: Analysis, count: int = 3) -> str:
    return ", ".join(actor.name for actor in analysis.actors[:count]) or "(no actors)"


def corrected_top_actors(analysis: Analysis) -> str:
    """`top_actors` with the reader's corrections (a renamed actor by its new
    name); applying them records them in the index the People view reads."""
    return top_actors(corrected_and_indexed(analysis)[0])


def _cell(text: str, style: str = "") -> Text:
    """A table cell cut with an ellipsis at the column's width, never wrapped."""
    return Text(text, style=style, overflow="ellipsis", no_wrap=True)


def _reason(entry: Entry) -> str:
    """Why a file is unreadable, without its path (the title column names it)."""
    error = entry.error or "unreadable"
    prefix = f"{one_line(str(entry.path))}: "
    for start in (prefix, f"{one_line(entry.path.name)}: "):
        if error.startswith(start):
            return error[len(start):]
    return error


class LibraryTable(DataTable):
    BINDINGS: ClassVar[list[BindingType]] = list_bindings(
        "library", "Next article", "Previous article", "First article", "Last article",
        first_action="scroll_top", last_action="scroll_bottom",
    )


class LibraryScreen(Screen):
    """Enter (or a click) on a row opens the article."""

    HELP_SECTION = "Library"  # its keys' section in the help

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="library.open", tooltip="Open the highlighted article"),
        Binding("f", "feeds", "Feeds", id="library.feeds",
                tooltip="The Feeds view: followed feeds, their items and saved articles"),
        Binding("p", "people", "People", id="library.people",
                tooltip="People: every actor across these articles, with their quotes and mentions"),
        Binding("R,f5", "rescan", "Rescan", id="library.rescan",
                tooltip="Read the folder again (new, changed and removed files); also done on coming back"),
    ]

    class Loaded(Message):
        def __init__(self, entries: list[Entry], error: str | None, epoch: int = 0,
                     wanted: Path | None = None) -> None:
            super().__init__()
            self.entries = entries
            self.error = error
            #: the screen's `epoch` when the entries' corrections were read
            self.epoch = epoch
            #: the file to put the cursor on, resolved (`select`, else the last article read)
            self.wanted = wanted

    class Analysed(Message):
        """The analysis of `entry` (row `index` of the list it was read in)."""

        def __init__(self, index: int, entry: Entry, analysis: Analysis | None, error: str | None = None,
                     shown: str | None = None, epoch: int = 0) -> None:
            super().__init__()
            self.index = index
            self.entry = entry
            self.analysis = analysis
            self.error = error
            #: its top actors with the reader's corrections
            self.shown = shown
            #: the screen's `epoch` when those corrections were read
            self.epoch = epoch

    class Resumed(Message):
        """What changed while another screen was over the library (read off the UI thread)."""

        def __init__(self, listing_changed: bool) -> None:
            super().__init__()
            self.listing_changed = listing_changed

    def __init__(self, folder: Path, analyzer: Analyzer, *, select: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.analyzer = analyzer
        self.entries: list[Entry] = []
        #: the file whose row the cursor starts on (the article Escape came back from)
        self.select = select
        #: the folder has been read at least once (until then the status says so, not "0 articles")
        self.loaded = False
        #: the entries opened from here (their corrections may have changed their top actors)
        self._opened: list[Entry] = []
        #: the screen that asked `_open_place` for an article (the People view)
        self._asked_by: Screen | None = None
        #: counts the returns to this screen: corrections are made on the screens over it, so
        #: top actors read at an earlier epoch may lack some (they are read again)
        self.epoch = 0

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(Content.styled("Library · ", "bold"), Content(one_line(self.folder.name or str(self.folder)))),
                     id="library-title")
        table = LibraryTable(id="library-table", cursor_type="row", zebra_stripes=True)
        table.add_column("Title", key="title")
        table.add_column("Words", key="words")
        table.add_column("Top actors", key="actors")
        yield table
        yield Static(Content("Loading articles…"), id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.load_entries()

    def on_resize(self) -> None:
        self._size_columns()

    def _size_columns(self) -> None:
        table = self.query_one(DataTable)
        width = max(40, self.size.width - 6)
        title_width = max(20, int(width * 0.5))
        # as wide as the longest count ("360,002" was cut to "360,00" in six columns)
        words = max([6, *(len(f"{e.article.word_count:,}") for e in self.entries if e.article is not None)])
        for key, w in (("title", title_width), ("words", words), ("actors", max(12, width - title_width - words - 4))):
            column = table.columns.get(key)  # type: ignore[call-overload]
            if column is not None:
                column.width = w
                column.auto_width = False
        refit_table(table)

    # --- loading and background analysis ----------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-load")
    def load_entries(self) -> None:
        epoch = self.epoch
        wanted = self._wanted()
        try:
            paths = reading_order(list_articles(self.folder))
        except ArticleError as exc:
            self.post_message(self.Loaded([], str(exc)))
            return
        except OSError as exc:
            self.post_message(self.Loaded([], one_line(f"{self.folder}: {exc.strerror or exc}")))
            return
        entries = []
        for path in paths:
            try:
                article = load_article(path)
                raw, shown = self._cached(article)
                entries.append(Entry(path, article, analysis=raw, actors=shown))
            except ArticleError as exc:
                entries.append(Entry(path, None, error=str(exc)))
            except Exception as exc:
                entries.append(Entry(path, None, error=f"{one_line(path.name)}: {exc.__class__.__name__}"))
            entries[-1].resolved = _resolved(path)
        self.post_message(self.Loaded(entries, None if entries else one_line(f"No articles in {self.folder}"),
                                      epoch=epoch, wanted=wanted))

    def _wanted(self) -> Path | None:
        """The file the cursor is to start on, resolved (called in the worker):
        the one Escape came back from, else (on the first reading) the last
        article read; None: a rescan keeps the cursor on its file."""
        wanted = self.select
        if wanted is None and not self.loaded:
            last = self.app.remembered.last  # type: ignore[attr-defined]
            wanted = Path(last) if is_local_path(last) else None
        return _resolved(wanted) if wanted is not None else None

    def _cached(self, article: Article) -> tuple[Analysis | None, str | None]:
        """The analysis known in this session or cached, and its top actors
        with the reader's corrections (read in a worker, off the UI thread)."""
        try:
            found = self.app.known_analysis(article) or self.analyzer.cached(article)  # type: ignore[attr-defined]
        except Exception:  # a broken cache is a miss
            return None, None
        if found is None:
            return None, None
        return found, corrected_top_actors(found)

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        table = self.query_one(DataTable)
        wanted = event.wanted
        if self.loaded and self.entries and wanted is None:  # a rescan: the cursor stays on its file
            current = self.entries[table.cursor_row] if 0 <= table.cursor_row < len(self.entries) else None
            wanted = current.resolved if current is not None else None
        self.loaded = True
        self.entries = event.entries
        table.clear()
        pending = []
        stale = []
        for index, entry in enumerate(self.entries):
            if entry.article is None:
                table.add_row(_cell(one_line(entry.path.name)), Text("—"),
                              _cell(_reason(entry), style="red"), key=str(index))
                continue
            known = self.app.known_analysis(entry.article) or entry.analysis  # type: ignore[attr-defined]
            if known is not entry.analysis:  # analysed since it was read: its corrections are read next
                entry.actors = None
            entry.analysis = known
            if known is not None and (entry.actors is None or event.epoch < self.epoch):
                stale.append((index, entry))
            table.add_row(
                _cell(entry.article.title or one_line(entry.path.name)),
                Text(f"{entry.article.word_count:,}", justify="right"),
                _cell(entry.actors or top_actors(known)) if known else Text("analysing…", style="dim italic"),
                key=str(index),
            )
            if known is None:
                pending.append(index)
        self._size_columns()
        self._move_to(wanted)
        self.app.show_analyzer_warnings()  # type: ignore[attr-defined]
        if event.error:
            self.notify(event.error, severity="warning", markup=False)
        self._update_status()
        self._analyse(pending)
        if stale:
            self._recorrect(stale)

    def _analyse(self, pending: list[int]) -> None:
        """Analyse these rows of the current list in the background, in place of
        any earlier run (whose rows may be another list's); with none, stop it."""
        if pending:
            self.analyse_pending([(index, self.entries[index]) for index in pending])
        else:
            self.workers.cancel_group(self, "library-analysis")

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-analysis")
    def analyse_pending(self, pending: list[tuple[int, Entry]]) -> None:
        """Analyse the articles not in the cache, one at a time, in the app's
        analysis process as background jobs: an article the user opens goes
        first (it stops the job in hand, which runs again after it). Goes on
        while an opened article is read; ends when the library is closed or
        the app quits."""
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled or not self.is_attached

        for index, entry in pending:
            article = entry.article
            assert article is not None
            while True:
                if cancelled():
                    return
                try:
                    epoch = self.epoch  # (read before the corrections are)
                    # an opened article may have been analysed meanwhile
                    analysis, shown = self._cached(article)
                    if analysis is None:
                        analysis = self.analyzer.analyze(
                            article, process=self.app.analysis_process,  # type: ignore[attr-defined]
                            cancelled=cancelled, background=True)
                except AnalysisPreempted:
                    continue  # the opened article went first; now this one again
                except AnalysisCancelled:
                    return
                except Exception as exc:
                    self.post_message(self.Analysed(index, entry, None, " ".join(str(exc).split()) or exc.__class__.__name__))
                else:
                    if shown is None:
                        shown = corrected_top_actors(analysis)
                    self.post_message(self.Analysed(index, entry, analysis, shown=shown, epoch=epoch))
                break

    @on(Analysed)
    def _analysed(self, event: Analysed) -> None:
        entry = event.entry
        if not (0 <= event.index < len(self.entries) and self.entries[event.index] is entry):
            return  # from a run over a list read before the last rescan: that row is another file now
        table = self.query_one(DataTable)
        if event.analysis is not None:
            assert entry.article is not None
            self.app.remember_analysis(entry.article, event.analysis)  # type: ignore[attr-defined]
            if event.epoch < self.epoch:
                # its corrections were read before the reader came back from an article, where
                # they may have changed (a rename): read them again rather than show these
                entry.analysis = event.analysis
                self._recorrect([(event.index, entry)])
            else:
                entry.analysis, entry.actors = event.analysis, event.shown
                table.update_cell(str(event.index), "actors", _cell(event.shown or top_actors(event.analysis)))
        else:
            table.update_cell(str(event.index), "actors", Text("analysis failed", style="red"))
            entry.error = event.error
        self.app.show_analyzer_warnings()  # type: ignore[attr-defined]
        self._update_status()

    def _move_to(self, wanted: Path | None) -> None:
        """The cursor on the file to select (the one Escape came back from, or
        the last one read; resolved, as the entries are, by the worker), if it is listed."""
        self.select = None
        if wanted is None:
            return
        index = next((i for i, e in enumerate(self.entries) if e.resolved == wanted), None)
        if index is not None:
            self.query_one(DataTable).move_cursor(row=index)

    def _update_status(self) -> None:
        if not self.loaded:
            self.query_one("#library-status", Static).update(Content("Loading articles…"))
            return
        readable = [e for e in self.entries if e.article is not None]
        total = len(readable)
        done = sum(1 for e in readable if e.analysis is not None or e.error)
        text = f"{total} article{'s' if total != 1 else ''}"
        unreadable = len(self.entries) - total
        if unreadable:
            text += f" · {unreadable} unreadable"
        if done < total:
            text += f" · analysing {done}/{total}…"
        text += " · Enter opens · f feeds · p people · ? help"
        self.query_one("#library-status", Static).update(Content(text))

    def action_rescan(self) -> None:
        self.query_one("#library-status", Static).update(Content("Reading the folder again…"))
        self.load_entries()

    def on_screen_resume(self) -> None:
        """Back from an article (or a dialog): what may have changed meanwhile
        (the folder's files, the corrections) is read in a worker, never here."""
        if not self.loaded:  # the first reading is under way and does all this
            return
        self.epoch += 1
        self._check_listing()

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-resume")
    def _check_listing(self) -> None:
        self.post_message(self.Resumed(self._listing_changed()))

    @on(Resumed)
    def _resumed(self, event: Resumed) -> None:
        """A folder whose files changed is read again (that reading refreshes
        every row); else the rows opened or analysed meanwhile get their top
        actors with the corrections (in a worker), and the rest are analysed by
        the run in hand or, with none, a new one."""
        if event.listing_changed:
            self.load_entries()
            return
        opened, self._opened = self._opened, []
        rows = [(self.entries.index(e), e) for e in opened if e in self.entries and e.analysis is not None]
        pending = []
        for index, entry in enumerate(self.entries):
            if entry.article is None or entry.analysis is not None:
                continue
            known = self.app.known_analysis(entry.article)  # type: ignore[attr-defined]
            if known is not None:
                entry.analysis = known
                rows.append((index, entry))
            elif not entry.error:
                pending.append(index)
        if rows:
            self._recorrect(rows)
        self._update_status()
        running = any(w.node is self and w.group == "library-analysis" and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
                      for w in self.workers)
        if not running:  # (one in hand was started for this same list: it has these rows still to do)
            self._analyse(pending)

    @work(thread=True, exit_on_error=False, group="library-recorrect")
    def _recorrect(self, rows: list[tuple[int, Entry]]) -> None:
        """The top actors of these rows again with the corrections made since
        (the article opened from here: a renamed actor shows by its new name)."""
        epoch = self.epoch
        for index, entry in rows:
            assert entry.analysis is not None
            shown = corrected_top_actors(entry.analysis)
            if shown != entry.actors:
                self.post_message(self.Analysed(index, entry, entry.analysis, shown=shown, epoch=epoch))

    def _listing_changed(self) -> bool:
        """Whether the folder's list of files changed since it was read (cheap: one listing)."""
        try:
            paths = reading_order(list_articles(self.folder))
        except (ArticleError, OSError):
            paths = []
        return [_resolved(p) for p in paths] != [e.resolved for e in self.entries]

    # --- opening ---------------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(int(event.row_key.value or 0))

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self._open(table.cursor_row)

    def action_feeds(self) -> None:
        self.app.open_feeds()  # type: ignore[attr-defined]

    def _open(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        if entry.article is None:
            self.notify(entry.error or "This article could not be read.", severity="error", markup=False)
            return
        self._opened.append(entry)
        self.app.open_article(entry.article)  # type: ignore[attr-defined]

    # --- people across the articles ------------------------------------------------------

    def action_people(self) -> None:
        from .people import PeopleScreen

        articles = [e.article for e in self.entries if e.article is not None]
        self.app.push_screen(PeopleScreen(lambda: self._people_scope(articles), opener=self._open_place))

    @staticmethod
    def _people_scope(articles: list[Article]) -> set[str]:
        """The text hashes of these articles (the folder's) and of the downloaded
        ones (the feeds library), whichever of them are indexed. Reads the
        index: called in the People view's worker."""
        scope = {text_hash(article.text) for article in articles}
        try:
            data = open_userdata()
            indexed = data.indexed_articles() if data is not None else {}
        except UserDataError:
            indexed = {}
        scope |= {digest for digest, (source, _title, _date) in indexed.items() if "://" in source}
        return scope

    def _open_place(self, digest: str, start: int, end: int) -> str | None:
        """Open the article with this text at [start, end). Which one it is, is
        found in a worker (`_find_place`: the folder's texts hashed, else the
        downloaded copy read); a notice says it if it is gone. Should the reader
        have left the screen that asked (the People view) meanwhile, nothing opens."""
        entries = [(entry, entry.article) for entry in self.entries if entry.article is not None]
        self._asked_by = self.app.screen
        self._find_place(entries, digest, (start, end))
        return None

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-open-place")
    def _find_place(self, entries: list[tuple[Entry, Article]], digest: str, place: tuple[int, int]) -> None:
        """The folder's article with this text hash, else the downloaded one;
        the answer goes back to the UI thread (`_place_found`). Never touches a widget."""
        entry: Entry | None = None
        article: Article | None = None
        error = None
        try:
            entry, article = next(((e, a) for e, a in entries if text_hash(a.text) == digest), (None, None))
            if article is None:
                article = self._downloaded(digest)
                if article is None:
                    error = "That article is no longer in the library."
                elif text_hash(article.text) != digest:
                    error = "That article changed since it was analysed; open it from the Feeds view."
        except Exception as exc:  # never a traceback: a notice says what went wrong
            error = f"The article could not be opened: {one_line(str(exc), 200) or exc.__class__.__name__}"
        if get_current_worker().is_cancelled:
            return  # another place was chosen meanwhile: that one opens
        self.app.call_from_thread(self._place_found, entry, article, place, error)

    def _place_found(self, entry: Entry | None, article: Article | None, place: tuple[int, int],
                     error: str | None) -> None:
        if error is not None or article is None:
            self.app.notify(error or "That article could not be read.", severity="warning", markup=False)
            return
        if self.app.screen is not self._asked_by:
            return  # the reader left the People view meanwhile
        if entry is not None:
            self._opened.append(entry)
        self.app.open_article(article, place=place)  # type: ignore[attr-defined]

    @staticmethod
    def _downloaded(digest: str) -> Article | None:
        """A downloaded article's stored copy, found by the address the index keeps
        (reads the index and the store: called in a worker)."""
        try:
            data = open_userdata()
            source = (data.indexed_articles().get(digest, ("", "", ""))[0] if data is not None else "")
            if "://" not in source:
                return None
            from ..library.articles import to_article
            from ..library.store import Store, StoreError

            try:
                with Store.open() as store:
                    stored = store.article(source)
            except StoreError:
                return None
        except UserDataError:
            return None
        return to_article(stored) if stored is not None else None
