"""The article screen: the coordinator. It owns the layout and the state (the
analysis, the selected actor, the mention position, the search) and pushes it
down to the widgets; the widgets post messages up and never query each other."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ..analysis.corrections import ActorRef, Correction, CorrectionReport, Span
from ..analysis.model import ACTOR_TYPES, Actor, Analysis, Article, Mention, Quote
from ..analysis.service import Analyzer
from ..widgets.actor_sidebar import ActorSidebar
from ..widgets.article_view import ArticleView
from ..widgets.mention_panel import DetailList, MentionPanel
from ..widgets.quote_list import QuoteList
from ..widgets.search_bar import ActorMatcher, SearchBar, TextFinder, find_in_text
from ..widgets.types import mentions_label, type_label

if TYPE_CHECKING:
    from textual.widgets import TabbedContent

    from .pickers import Entry

# Only what the first frame needs is imported with this module; the rest (the
# tab bar, progress bar, footer, pickers, the corrections store, export and the
# analysis process) where it is first used, after the text is on the screen.

#: below this width the side column narrows; from WIDE on, sidebar and detail sit side by side
NARROW = 100
WIDE = 150
#: seconds between the first frame with the text and mounting the rest
FIRST_FRAME_PAUSE = 0.05
#: how long at most to wait for the text to be drawn (a view with no room draws none)
TEXT_DRAWN_LIMIT = 1.0
#: what the analysis status says: before the parse reports (the model loading), while
#: the text is parsed (the bar), and after it (actors, references, quotes: not measured)
ANALYSING = "Analysing…"
PARSING = "Reading the sentences…"
FINDING = "Finding actors and quotes…"


def origin_line(article: Article) -> str:
    """"site · date · author · url" for a downloaded article (plain text)."""
    from ..analysis.clean import one_line

    origin = article.origin
    if origin is None:
        return ""
    parts = [origin.site, origin.date, origin.author, origin.url]
    return " · ".join(one_line(p, 100) for p in parts if p)


#: the compact colour legend under the sidebar (fixed markup: no data in it; ? has the long one)
LEGEND = Content.from_markup(
    "[b $reader-person]●[/]Person [b $reader-org]●[/]Org [b $reader-place]●[/]Place "
    "[b $reader-group]●[/]Group [b $reader-other]●[/]Other"
)
#: the Quotes tab's legend
QUOTES_LEGEND = Content.from_markup("“direct quote”  [i]~ reported speech[/]  ¶ paragraph")


#: what the article's title says while `h` has the colours off
COLOURS_OFF = "colours off (h)"


def header_line(article: Article) -> Content:
    """`Title — source` for the line above the article (plain text, cut by CSS)."""
    from pathlib import Path

    from ..analysis.clean import one_line

    if article.origin is not None and article.origin.site:
        source = article.origin.site
    elif article.source == "-":
        source = "standard input"
    else:
        source = Path(article.source).name or article.source
    return Content.assemble(Content.styled(one_line(article.title, 300) or "Untitled", "bold"),
                            Content.styled(f" — {one_line(source, 200)}", "dim"))


def layout_for(width: int) -> str:
    return "narrow" if width < NARROW else "wide" if width >= WIDE else "medium"


class ArticleScreen(Screen):
    """One article: text, actors and quotes, and the detail of the selection."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_mention", "Next", id="reader.next_mention",
                tooltip="Go to the next mention of the selected actor (wraps around)"),
        Binding("N", "previous_mention", "Prev", id="reader.previous_mention",
                tooltip="Go to the previous mention of the selected actor (wraps around)"),
        # priority: run as the key arrives, so the search line has the focus before the keys
        # typed after it (fast typing, a paste) are handed out; they went to the list under it
        Binding("slash", "search", "Search", id="reader.search", priority=True,
                tooltip="Search actor names and the article text (Enter, then n/N walk the text matches)"),
        Binding("t", "switch_tab", "Tabs", id="reader.switch_tab",
                tooltip="Switch the sidebar between actors and quotes (the focus follows)"),
        Binding("h", "toggle_highlights", "Colours", id="reader.toggle_highlights",
                tooltip="Show or hide the mention and quote colouring (the article's title says when off)"),
        Binding("tab", "app.focus_next", "Focus", id="reader.focus_next",
                tooltip="Move the focus: article, sidebar, detail"),
        # while a search is on, Escape clears it and the footer says so (it said "Back")
        Binding("escape", "clear_search", "Clear search", id="reader.clear_search",
                tooltip="Clear the search and show every actor again"),
        Binding("escape", "back", "Back", id="reader.back",
                tooltip="Clear the search, or go back to the library"),
        # corrections (kept per article, re-applied on every opening; see corrections.py)
        Binding("m", "merge_actor", "Merge", show=False, id="reader.merge_actor",
                tooltip="Correct: merge the selected actor into another (pick it by name)"),
        Binding("x", "split_mention", "Split", show=False, id="reader.split_mention",
                tooltip="Correct: move the current mention to a new actor or another one"),
        Binding("r", "rename_actor", "Rename", show=False, id="reader.rename_actor",
                tooltip="Correct: rename the selected actor"),
        Binding("c", "change_type", "Type", show=False, id="reader.change_type",
                tooltip="Correct: change the selected actor's type"),
        Binding("d", "not_actor", "Not an actor", show=False, id="reader.not_actor",
                tooltip="Correct: the selected actor is not an actor (its quotes lose their speaker)"),
        Binding("s", "set_speaker", "Speaker", show=False, id="reader.set_speaker",
                tooltip="Correct: set or clear the speaker of the selected quote"),
        Binding("u", "undo_correction", "Undo", show=False, id="reader.undo_correction",
                tooltip="Undo this article's last correction"),
        Binding("y", "copy", "Copy", show=False, id="reader.copy",
                tooltip="Copy the selected quote with attribution, or the mention's sentence"),
        Binding("e", "export", "Export", show=False, id="reader.export",
                tooltip="Export this article's quotes (CSV, JSON Lines or Markdown) to a file"),
    ]

    #: articles longer than this (characters) have the search's lower-cased text made in a
    #: worker at their first search (17 MB took 150-400 ms); shorter ones at once (2 MB: ~10 ms)
    INDEX_IN_WORKER = 4_000_000

    layout_mode: reactive[str] = reactive("medium")
    analysis: reactive[Analysis | None] = reactive(None, init=False)

    class AnalysisReady(Message):
        """`analysis` as made; `prepared`, when given, its corrected form,
        report and notices (made off the UI thread, see `_prepare`); `seen`
        the number of the last correction store finished before `prepared`
        read the stored corrections (a later one may be missing from it)."""

        def __init__(self, analysis: Analysis,
                     prepared: tuple[Analysis, CorrectionReport, list[str]] | None = None,
                     seen: int = 0) -> None:
            super().__init__()
            self.analysis = analysis
            self.prepared = prepared
            self.seen = seen

    class Corrected(Message):
        """A correction stored (or undone) and all of them applied again, off
        the UI thread: `prepared` as `_prepare` makes it (None: the store
        failed, `notice` says why); `then` the place to select afterwards;
        `written` orders the stores (an older one's result is dropped)."""

        def __init__(self, raw: Analysis, prepared: tuple[Analysis, CorrectionReport, list[str]] | None,
                     then: Span | None, notice: tuple[str, str] | None, written: int,
                     correction: Correction | None = None, undo: bool = False) -> None:
            super().__init__()
            self.raw = raw
            self.prepared = prepared
            self.then = then
            self.notice = notice
            self.written = written
            self.correction = correction
            self.undo = undo

    class AnalysisFailed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    class AnalysisStarted(Message):
        """Not in the cache: the analysis process is at work."""

    class AnalysisProgress(Message):
        def __init__(self, fraction: float) -> None:
            super().__init__()
            self.fraction = fraction

    class AnalysisNotice(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class TextIndexed(Message):
        """The search's lower-cased text is made (`_index_text`)."""

    def __init__(self, article: Article, analyzer: Analyzer, place: tuple[int, int] | None = None) -> None:
        # the layout's class from the start: set after mounting, it restyled
        # every widget before the first frame
        try:
            mode = layout_for(self.app.size.width)
        except Exception:  # no running app (yet): the resize sets it
            mode = "medium"
        super().__init__(classes=f"-{mode}")
        self.set_reactive(ArticleScreen.layout_mode, mode)
        self.article = article
        self.analyzer = analyzer
        self.selected: Actor | None = None
        self.position: int | None = None
        self.searching = False
        self._search_best: Actor | None = None
        #: the analysis as the analyser made it (`analysis` has the corrections applied)
        self.raw_analysis: Analysis | None = None
        self.report = CorrectionReport()
        #: the quote last chosen, and whether a quote or a mention was picked last
        self.current_quote: Quote | None = None
        self._last_pick: str | None = None
        #: a place (start, end) to show once the analysis is in (from the People view)
        self._place = place
        self._problems_shown: set[str] = set()
        self._ready = False  # the widgets after the first frame are mounted
        #: the text matches of the search, and the one n/N are on once Enter found no actor
        self._text_hits: list[int] = []  # (where each starts; `_hit_size` characters long)
        self._hit_size = 0
        #: how many matches the search has (past the first `MAX_TEXT_MATCHES` kept in
        #: `_text_hits`, n/N find the next ones as they reach them), and its query
        self._hit_count = 0
        self._hit_query = ""
        #: the search's matching, made once: the text's (on the first search), the actors' (per analysis)
        self._finder: TextFinder | None = None
        self._matcher: ActorMatcher | None = None
        #: the text matches shown are not the current query's yet (its long text is being indexed)
        self._text_pending = False
        self._indexing = False
        #: restore the remembered actor when the analysis comes in
        self._restoring = False
        self._hit: int | None = None
        #: corrections are stored and applied in workers, one at a time (`_corrections_lock`),
        #: each numbered (`_written`): the last one's result has them all, an older one is dropped;
        #: `_stored` is the number of the last one finished (what an analysis read after it has)
        self._corrections_lock = threading.Lock()
        self._written = 0
        self._stored = 0
        self._shown_written = 0

    # --- layout ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first frame is the text, as fast as a bare text view: the rest is
        # mounted just after it (`_mount_rest`), in the same places.
        yield Static(header_line(self.article), id="article-header", markup=False)
        with Horizontal(id="body"):
            yield ArticleView(self.article, id="article")
            yield Vertical(id="side")

    def _side_widgets(self) -> list[Widget]:
        """What `compose` would have put in #side: sidebar (status, tabs) and detail."""
        from textual.widgets import ProgressBar, TabbedContent, TabPane

        # no spinner: the bar shows progress, and an animation would repaint the
        # screen 16 times a second while the reader scrolls (benchmarks/terminal.py)
        status = Vertical(
            # the bar is the parse; the stages after it are not measured, so no
            # percentage: "100%" stood there for seconds while they ran
            ProgressBar(total=1.0, show_eta=False, show_percentage=False, id="analysis-progress"),
            Static(Content(ANALYSING), id="analysis-message"),
            id="analysis-status",
        )
        tabs = TabbedContent(id="tabs")
        tabs.compose_add_child(TabPane("Actors", ActorSidebar(id="actors"), id="tab-actors"))
        tabs.compose_add_child(TabPane("Quotes", Static(QUOTES_LEGEND, id="quotes-legend"), QuoteList(id="quotes"),
                                       id="tab-quotes"))
        legend = Static(LEGEND, id="legend")
        return [Vertical(status, tabs, legend, id="sidebar"), MentionPanel(id="detail")]

    def on_mount(self) -> None:
        if self.article.origin is not None:  # downloaded: where and when it was published
            self.query_one("#article").border_subtitle = Content(origin_line(self.article))
        self.query_one(ArticleView).focus()
        # the rest once the frame with the text is out: the view says when it
        # drew its first line (the first refresh may come before the text area
        # has its size and draws no text; under load a fixed pause after it
        # mounted the rest, and started the analysis process, before the text
        # reached the screen). It used to be polled for every 10 ms.
        self._rest_scheduled = False
        self._drawn_timeout = self.set_timer(TEXT_DRAWN_LIMIT, self._text_drawn)

    @on(ArticleView.TextDrawn)
    def _text_drawn(self) -> None:
        if self._rest_scheduled or not self.is_attached:
            return
        self._rest_scheduled = True
        self._drawn_timeout.stop()
        # a short pause lets that frame reach the terminal before the rest is built
        self.set_timer(FIRST_FRAME_PAUSE, self._mount_rest)

    async def _mount_rest(self) -> None:
        """The sidebar, detail, search bar and footer; then the analysis (known
        in this session, cached, or made in the analysis process)."""
        if self._ready or not self.is_attached:
            return
        await self.query_one("#side").mount_all(self._side_widgets())
        from textual.widgets import Footer, Tabs

        narrow = self.layout_mode == "narrow"  # (set before mounting: no restyle of its keys after)
        await self.mount_all([SearchBar(id="search"), Footer(compact=narrow, show_command_palette=not narrow)])
        if not self.is_attached:  # the reader quit or went back while these mounted
            return
        self.query_one("#sidebar").border_title = "Actors & quotes"
        self.query_one("#detail").border_title = "Detail"
        # Tab / Shift+Tab cycle article -> list -> detail; the tab bar itself is
        # no focus stop (`t` and a click switch the tabs).
        self.query_one("#tabs").query_one(Tabs).can_focus = False
        self._ready = True
        self.app.startup_done()  # type: ignore[attr-defined]
        self.refresh_bindings()
        if self._place is None:  # opened for itself: back where the reader left it
            self._restoring = True
            self._restore_position()
        known = self.app.known_analysis(self.article)  # type: ignore[attr-defined]
        if known is not None:
            self.prepare_known(known)  # its corrections are read (and indexed) in a worker too
        else:
            self.run_analysis()  # the cache lookup too: off the UI thread

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Until the rest is mounted (a frame or two), only Back. With nowhere
        to go back to (an article piped on standard input: the whole session is
        that article) and no search to clear, Escape is no key at all: not in
        the footer, not dimmed there. The bundled samples would be a library
        the reader never asked for, and Escape quitting would lose the article
        to a reflex; `q` quits."""
        if action == "back" and not self.searching and not self.app.can_go_back(self):  # type: ignore[attr-defined]
            return False
        if action == "clear_search" and not self.searching:
            return False
        if action == "back" and self.searching and self._ready:
            return False  # (Escape is the binding above: "Clear search")
        return self._ready or action == "back"

    def on_resize(self, event: Resize) -> None:
        self.layout_mode = layout_for(event.size.width)

    def watch_layout_mode(self, mode: str) -> None:
        for name in ("narrow", "medium", "wide"):
            self.set_class(name == mode, f"-{name}")
        if self.is_mounted:
            self._show_colours_state()  # (in the border, or in the line above when narrow)
        for footer in self.query("Footer"):  # narrow: every key still fits
            footer.compact = mode == "narrow"
            # Ctrl+P is in the help; the footer builds its keys in compose, so a
            # changed setting needs a new compose (without, "^p Commands" stayed
            # after a resize to 80 columns, over the "? Help" key)
            if footer.show_command_palette != (mode != "narrow"):
                footer.show_command_palette = mode != "narrow"
                footer.refresh(recompose=True)

    # --- analysis in a worker ---------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def run_analysis(self) -> None:
        """The cached analysis, else one made in the app's analysis process (this
        thread only waits for it, so spaCy never holds the UI's GIL); it ends as
        soon as the screen is closed or the app quits, the process killed."""
        from ..analysis.worker import AnalysisCancelled

        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled or not self.is_attached

        try:
            try:
                analysis = self.analyzer.cached(self.article)
            except Exception as exc:  # a broken cache is a miss, never a crash
                analysis = None
                self.post_message(self.AnalysisNotice(f"Analysis cache unavailable: {exc}"))
            if analysis is None:
                self.post_message(self.AnalysisStarted())
                analysis = self.analyzer.analyze(
                    self.article, self._progress_from_thread,
                    process=self.app.analysis_process, cancelled=cancelled)  # type: ignore[attr-defined]
        except AnalysisCancelled:  # the screen was closed or the app is quitting
            return
        except Exception as exc:
            message = " ".join(str(exc).split()) or exc.__class__.__name__
            self.post_message(self.AnalysisFailed(message))
            return
        if not cancelled():
            # the corrections and the People index here too: for a long article
            # they held the UI thread for a quarter of a second when it arrived
            seen = self._stored  # (read first: every store up to it is in what `_prepare` reads)
            self.post_message(self.AnalysisReady(analysis, self._prepare(analysis), seen))

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def prepare_known(self, analysis: Analysis) -> None:
        """An analysis made earlier in this session, with the reader's corrections."""
        seen = self._stored
        self.post_message(self.AnalysisReady(analysis, self._prepare(analysis), seen))

    def _progress_from_thread(self, fraction: float) -> None:
        self.post_message(self.AnalysisProgress(fraction))

    @on(AnalysisStarted)
    def _analysis_started(self) -> None:
        if self.analysis is None:
            self.set_class(True, "-analysing")

    @on(AnalysisNotice)
    def _analysis_notice(self, event: AnalysisNotice) -> None:
        self.notify(event.text, severity="warning", markup=False)

    @on(AnalysisProgress)
    def _show_progress(self, event: AnalysisProgress) -> None:
        fraction = min(1.0, max(0.0, event.fraction))
        for bar in self.query("#analysis-progress"):
            bar.update(progress=fraction)  # type: ignore[attr-defined]
        for message in self.query("#analysis-message"):
            message.update(Content(PARSING if fraction < 1.0 else FINDING))  # type: ignore[attr-defined]

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        self.app.remember_analysis(self.article, event.analysis)  # type: ignore[attr-defined]
        self.app.show_analyzer_warnings()  # type: ignore[attr-defined]
        if self.raw_analysis is not None and event.seen < self._shown_written:
            # made again while a correction was stored: the corrections were read
            # before that store finished, and what is on screen already shows it.
            # The screen keeps it until they are applied to the new analysis.
            self.raw_analysis = event.analysis
            self.reapply_corrections(event.analysis, self._selected_span())
            return
        self.show_analysis(event.analysis, event.prepared)

    @on(AnalysisFailed)
    def _analysis_failed(self, event: AnalysisFailed) -> None:
        self.set_class(False, "-analysing")
        self.set_class(True, "-failed")
        self.query_one("#analysis-message", Static).update(Content(f"Analysis failed: {event.error}"))
        self.notify(f"Analysis failed: {event.error}", severity="error", markup=False, timeout=8)
        self.app.show_analyzer_warnings()  # type: ignore[attr-defined]

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            return
        self.set_class(False, "-analysing")
        self.query_one(ArticleView).set_analysis(analysis)
        self.query_one(ActorSidebar).set_analysis(analysis)
        self.query_one(QuoteList).set_analysis(analysis)
        self.query_one(MentionPanel).set_analysis(analysis, self.report)
        self.query_one("#sidebar").border_title = (
            f"{len(analysis.actors)} actors · {len(analysis.quotes)} quotes"
        )
        if self.searching:
            self._run_search(self.query_one(SearchBar).input.value)
        if self._place is not None:
            place, self._place = self._place, None
            self.go_to_place(*place)
        elif self._restoring:
            self._restoring = False
            self._restore_actor(analysis)

    # --- selection and navigation ---------------------------------------------------

    def select_actor(self, actor: Actor, *, jump: int | None = None) -> None:
        """Make `actor` the selected one (detail fills); optionally jump to a mention."""
        self.selected = actor
        self.position = None
        self.query_one(ArticleView).set_selected([(m.start, m.end) for m in actor.mentions])
        self.query_one(MentionPanel).show_actor(actor)
        self.query_one(ActorSidebar).select_actor(actor.id)
        if jump is not None and actor.mentions:
            self.jump_to_mention(jump)

    def jump_to_mention(self, index: int) -> None:
        actor = self.selected
        if actor is None or not actor.mentions:
            return
        index %= len(actor.mentions)
        mention = actor.mentions[index]
        self.position = index
        self._last_pick = "mention"
        self.query_one(ArticleView).jump_to(mention.start, mention.end)
        self.query_one(MentionPanel).set_position(index)

    def jump_to_hit(self, index: int) -> None:
        """Go to text match `index` of the search (wraps around), showing i/N."""
        hits = self._text_hits
        if not hits:
            return
        total = max(self._hit_count, len(hits))
        index %= total
        if index >= len(hits) and self._finder is not None:  # beyond the ones kept: found now
            more = self._finder.more(self._hit_query, hits[-1] + self._hit_size, index + 1 - len(hits))
            self._text_hits = hits = hits + more  # (a new list: the view keeps the one it was given)
            if index >= len(hits):  # (fewer than counted: never, the text does not change)
                self._hit_count = total = len(hits)
                index = total - 1
        self._hit = index
        start = hits[index]
        end = start + self._hit_size
        self.query_one(ArticleView).jump_to(start, end)
        self.query_one(SearchBar).set_position(index, total)

    def jump_to_quote(self, quote: Quote) -> None:
        self.query_one(ArticleView).jump_to(quote.start, quote.end)

    @on(ActorSidebar.ActorSelected)
    def _actor_selected(self, event: ActorSidebar.ActorSelected) -> None:
        event.stop()
        self.select_actor(event.actor)

    @on(ArticleView.MentionClicked)
    def _mention_clicked(self, event: ArticleView.MentionClicked) -> None:
        """A mention in the text: its actor selected, that mention the current one."""
        event.stop()
        analysis = self.analysis
        actor = analysis.actor_by_id.get(event.actor_id) if analysis else None
        if actor is None:
            return
        if self.searching:
            self.close_search()
        self.tabs.active = "tab-actors"
        self.select_actor(actor)
        mention = actor.mentions[event.index]
        self.position = event.index
        self._last_pick = "mention"
        self.query_one(ArticleView).mark_current(mention.start, mention.end)
        self.query_one(MentionPanel).set_position(event.index)

    @on(MentionPanel.MentionChosen)
    def _mention_chosen(self, event: MentionPanel.MentionChosen) -> None:
        event.stop()
        self.jump_to_mention(event.index)

    @on(MentionPanel.QuoteChosen)
    def _detail_quote_chosen(self, event: MentionPanel.QuoteChosen) -> None:
        event.stop()
        self.current_quote, self._last_pick = event.quote, "quote"
        self.jump_to_quote(event.quote)

    @on(QuoteList.QuoteChosen)
    def _quote_chosen(self, event: QuoteList.QuoteChosen) -> None:
        event.stop()
        quote = event.quote
        self.current_quote, self._last_pick = quote, "quote"
        analysis = self.analysis
        speaker = analysis.actor_by_id.get(quote.speaker) if analysis and quote.speaker else None
        if speaker is not None:
            # the speaker's detail, with this quote highlighted among its quotes
            self.select_actor(speaker)
            self.query_one(MentionPanel).highlight_quote(quote)
        else:
            self.selected = None
            self.position = None
            self.query_one(ArticleView).set_selected([])
            self.query_one(MentionPanel).show_quote(quote)
        self.jump_to_quote(quote)

    def _ensure_selection(self) -> bool:
        if self.selected is not None:
            return True
        sidebar = self.query_one(ActorSidebar)
        option = sidebar.highlighted_option
        analysis = self.analysis
        if analysis is None:
            self.notify("The analysis is still running.", markup=False)
            return False
        actor = analysis.actor_by_id.get(option.id) if option and option.id else None
        actor = actor or (sidebar.shown[0] if sidebar.shown else None)
        if actor is None:
            self.notify("No actors in this article.", markup=False)
            return False
        self.select_actor(actor)
        return True

    def action_next_mention(self) -> None:
        if self._hit is not None:
            self.jump_to_hit(self._hit + 1)
        elif self._ensure_selection():
            self.jump_to_mention(0 if self.position is None else self.position + 1)

    def action_previous_mention(self) -> None:
        if self._hit is not None:
            self.jump_to_hit(self._hit - 1)
        elif self._ensure_selection():
            self.jump_to_mention(-1 if self.position is None else self.position - 1)

    def action_toggle_highlights(self) -> None:
        view = self.query_one(ArticleView)
        view.show_highlights = not view.show_highlights
        self._show_colours_state()
        self.notify("Colours on." if view.show_highlights else "Colours off: h shows them again.",
                    markup=False, timeout=2)

    def _show_colours_state(self) -> None:
        """The article's title says when the colours are off: its border's, and
        when narrow (no border there) the line above it, at its start (its end
        is cut first)."""
        view = self.query_one(ArticleView)
        off = not view.show_highlights
        view.border_title = COLOURS_OFF if off else None
        header = header_line(self.article)
        if off and self.layout_mode == "narrow":
            header = Content.assemble(Content.styled(COLOURS_OFF, "reverse"), " ", header)
        self.query_one("#article-header", Static).update(header)

    def action_switch_tab(self) -> None:
        """The other tab, and the focus on its list from any pane: `t` then
        `j`/`Enter` walk the list just shown (from the article they scrolled
        the text while the quotes sat there unreachable but by Tab)."""
        tabs = self.tabs
        tabs.active = "tab-quotes" if tabs.active == "tab-actors" else "tab-actors"
        (self.query_one(QuoteList) if tabs.active == "tab-quotes" else self.query_one(ActorSidebar)).focus()

    def action_clear_search(self) -> None:
        self.close_search()

    def action_back(self) -> None:
        if self.searching:
            self.close_search()
        else:
            self.remember_place()
            self.app.action_back()  # type: ignore[attr-defined]

    # --- remembered between runs (tui/state.py) -------------------------------------------

    def remember_place(self) -> None:
        """Keep the reading position and the selected actor of this article."""
        try:
            view = self.query_one(ArticleView)
        except Exception:  # not mounted (yet, or any more)
            return
        position = view.visible_span()[0] if view.size.height else 0
        actor = self.selected.name if self.selected is not None else None
        self.app.remember_place(self.article.text, self.article.source, position, actor)  # type: ignore[attr-defined]

    def _restore_position(self) -> None:
        place = self.app.remembered.place(self.article.text)  # type: ignore[attr-defined]
        if place is not None and place.position:
            self.query_one(ArticleView).show_at_top(place.position)

    def _restore_actor(self, analysis: Analysis) -> None:
        place = self.app.remembered.place(self.article.text)  # type: ignore[attr-defined]
        if place is None or not place.actor or self.selected is not None:
            return
        actor = next((a for a in analysis.actors if a.name == place.actor), None)
        if actor is not None:
            self.select_actor(actor)

    # --- search ------------------------------------------------------------------------

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        if self.searching and bar.input.has_focus:
            # a "/" typed in the search line is text: the binding steps aside and the line
            # takes the key as it takes any other (replacing a selection, like every letter)
            raise SkipAction()
        self.refresh_bindings()
        self.searching = True
        self.set_class(True, "-searching")
        self.tabs.active = "tab-actors"
        # at once, not after a refresh (`focus()`): keys typed right after `/` (fast typing,
        # a paste) went to the list under it, where `t` switched the tab and the rest were lost
        self.set_focus(bar.input)
        self._run_search(bar.input.value)

    def close_search(self) -> None:
        self.refresh_bindings()
        self.searching = False
        self.set_class(False, "-searching")
        bar = self.query_one(SearchBar)
        bar.input.value = ""
        self.query_one(ArticleView).set_search([], 0)
        self._search_best = None
        self._text_hits = []
        self._hit_count = 0
        self._hit = None
        if self.analysis is not None:
            self.query_one(ActorSidebar).show_actors(self.analysis.actors)
            if self.selected is not None:
                self.query_one(ActorSidebar).select_actor(self.selected.id)
        if bar.input.has_focus:
            self.query_one(ActorSidebar).focus()

    @on(SearchBar.Closed)
    def _search_closed(self, event: SearchBar.Closed) -> None:
        event.stop()
        self.close_search()

    @on(Input.Changed, "#search-input")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.searching:  # close_search() emptying the input
            return
        self._run_search(event.value)

    def _run_search(self, query: str) -> None:
        """One key of the search: its work follows what changed (`TextFinder`
        narrows the last query's matches, `ActorMatcher` has the names ready,
        the text marks only the lines on screen, the sidebar lists them again
        only when other actors match), not the article's size."""
        finder = self._text_finder()
        if finder is not None:
            starts, size, count = finder.find(query)
        else:  # (a long article's text being indexed: its matches come with `TextIndexed`)
            starts, size, count = [], 0, None
        self._text_pending = finder is None
        self._text_hits, self._hit_size = starts, size
        self._hit_count, self._hit_query = count or 0, query
        self._hit = None
        # one letter matches thousands of places: count it, highlight from two letters on
        self.query_one(ArticleView).set_search(starts if size >= 2 else [], size)
        analysis = self.analysis
        matches = []
        if analysis is not None:
            if self._matcher is None or self._matcher.actors is not analysis.actors:
                self._matcher = ActorMatcher(analysis.actors)
            matches = self._matcher.match(query)
        self._search_best = matches[0][0] if matches and query.strip() else None
        if analysis is not None:
            self.query_one(ActorSidebar).show_actors([actor for actor, _ in matches], empty="No actor matches.")
        self.query_one(SearchBar).set_status(len(matches), count)

    def _text_finder(self) -> TextFinder | None:
        """The search's `TextFinder`, or None while a long article's text is
        lower-cased in a worker (started here at the first search)."""
        if self._finder is None:
            self._finder = TextFinder(self.article.text)
        if self._finder.ready or len(self.article.text) <= self.INDEX_IN_WORKER:
            return self._finder
        if not self._indexing:
            self._indexing = True
            self._index_text(self._finder)
        return None

    @work(thread=True, exit_on_error=False, group="search-index")
    def _index_text(self, finder: TextFinder) -> None:
        finder.build()
        self.post_message(self.TextIndexed())

    @on(TextIndexed)
    def _text_indexed(self, event: TextIndexed) -> None:
        event.stop()
        if self.searching and self._text_pending:
            self._run_search(self.query_one(SearchBar).input.value)

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        best = self._search_best  # from the search of the current input (every change runs it)
        if not event.value.strip():
            self.notify("Type a name or some words to search for (Esc closes the search).", markup=False)
            return
        if best is None and self._finder is not None and not self._finder.ready:
            # Enter before the long text is indexed: its matches the slow way, this once
            spans, count = find_in_text(event.value, self.article.text)
            self._text_hits = [start for start, _end in spans]
            self._hit_size = len(event.value.strip())
            self._hit_count, self._hit_query = count, event.value
            self._text_pending = False
        if best is None:
            if not self._text_hits:
                self.notify("Nothing matches that search.", markup=False)
                return
            # no actor: walk the text matches with n/N, the search stays up until Esc
            self.query_one(ArticleView).focus()
            self.jump_to_hit(0)
            return
        self.close_search()
        self.select_actor(best, jump=0)
        self.query_one(ActorSidebar).focus()

    # --- arriving at a place (the People view) ------------------------------------------

    def go_to_place(self, start: int, end: int) -> None:
        """Show the mention or quote at [start, end): its actor selected and the
        text scrolled there (just the text when neither is found any more)."""
        analysis = self.analysis
        if analysis is None:
            return
        for actor in analysis.actors:
            for index, mention in enumerate(actor.mentions):
                if (mention.start, mention.end) == (start, end):
                    self.select_actor(actor, jump=index)
                    return
        quote = next((q for q in analysis.quotes if (q.start, q.end) == (start, end)), None)
        if quote is not None:
            self.tabs.active = "tab-quotes"
            self.query_one(QuoteList).highlight_quote(quote)  # (the list shown is at it, not at its top)
            self._quote_chosen(QuoteList.QuoteChosen(self.query_one(QuoteList), quote))
            return
        self.query_one(ArticleView).jump_to(start, min(end, len(analysis.text)))

    # --- corrections -----------------------------------------------------------------------

    def show_analysis(self, raw: Analysis,
                      prepared: tuple[Analysis, CorrectionReport, list[str]] | None = None) -> None:
        """The analysis reaches the screen: the reader's corrections applied,
        the People index updated, corrections that no longer fit reported
        (`prepared`: all that done already, by `_prepare` in a worker)."""
        self.raw_analysis = raw
        fixed, self.report, notices = prepared or self._prepare(raw)
        for notice in notices:
            self._notify_once(notice, "warning")
        self.analysis = fixed

    @property
    def tabs(self) -> TabbedContent:
        """The sidebar's Actors / Quotes tabs."""
        from textual.widgets import TabbedContent

        return self.query_one("#tabs", TabbedContent)

    def _notify_once(self, message: str, severity: str = "warning") -> None:
        if message not in self._problems_shown:
            self._problems_shown.add(message)
            self.notify(message, severity=severity, markup=False, timeout=10)  # type: ignore[arg-type]

    @staticmethod
    def _prepare(raw: Analysis) -> tuple[Analysis, CorrectionReport, list[str]]:
        """`raw` with the stored corrections applied and recorded in the People
        index: (analysis, report, notices for the reader). Touches no widget,
        so it runs in the analysis worker's thread (the store is thread-safe)."""
        from ..analysis.userdata import UserDataError, open_userdata

        try:
            store = open_userdata()
            assert store is not None
            fixed, report, stored = store.corrected(raw)
            store.index(fixed)
        except UserDataError as exc:
            return raw, CorrectionReport(), [f"Corrections unavailable: {exc}"]
        notices = []
        problems = report.problems()
        if problems:
            many = len(problems)
            head = (f"{many} correction{'s' if many != 1 else ''} no longer fit{'s' if many == 1 else ''} "
                    "this article (not applied): ")
            notices.append(head + "; ".join(problems[:3]) + (" …" if many > 3 else ""))
        if stored.unreadable:
            notices.append(f"{stored.unreadable} stored corrections could not be read.")
        return fixed, report, notices

    def _correct(self, correction: Correction, then: Span | None = None) -> None:
        """Store a correction, re-apply all of them and select what `then`
        points at (the store and the re-applying in a worker: `_corrected`)."""
        if self.raw_analysis is None:
            return
        self.store_correction(self.raw_analysis, correction, then)

    def _selected_span(self) -> Span | None:
        """A mention of the selected actor, to select it again after the corrections are re-applied."""
        return self._ref(self.selected).span if self.selected is not None else None

    @work(thread=True, exit_on_error=False, group="corrections")
    def reapply_corrections(self, raw: Analysis, then: Span | None,
                            correction: Correction | None = None, undo: bool = False) -> None:
        """Apply the stored corrections to `raw` again, storing nothing: the
        analysis was made again while a correction was being stored, and only
        one of the two has it. `correction`, when given, is the one reported
        once it shows."""
        with self._corrections_lock:
            self._written += 1
            written = self._written
            prepared = self._prepare(raw)
            self._stored = written
            self.post_message(self.Corrected(raw, prepared, then, None, written, correction, undo=undo))

    def store_correction(self, raw: Analysis, correction: Correction | None, then: Span | None) -> None:
        """Store `correction` (None: undo this article's last one) and prepare
        the analysis again, in a worker (`_store_and_prepare`). The store is
        also one of the app's saves: should the reader quit before the worker
        runs it, it is made on the way out (`NewsReaderApp.on_unmount`)."""
        from ..saving import Once

        article = self.article

        def write():
            from ..analysis.userdata import open_userdata

            store = open_userdata()
            assert store is not None
            if correction is not None:
                store.add_correction(article, correction)
                return correction
            return store.undo_last(article)

        stored = Once(write)
        self.app.saves.schedule(None, stored)  # type: ignore[attr-defined]
        self._store_and_prepare(raw, correction, then, stored)

    @work(thread=True, exit_on_error=False, group="corrections")
    def _store_and_prepare(self, raw: Analysis, correction: Correction | None, then: Span | None,
                           stored) -> None:
        """`stored` run (if no one ran it yet: the saves run in the order asked)
        and the analysis prepared again; never touches a widget."""
        from ..analysis.userdata import UserDataError

        undo = correction is None
        with self._corrections_lock:
            self._written += 1
            written = self._written
            try:
                # this one, and any asked before it, in order (another's failure is the app's to show)
                errors = self.app.saves.flush()  # type: ignore[attr-defined]
                if errors:
                    self.app.post_message(self.app.SaveFailed())  # type: ignore[attr-defined]
                stored()  # (waits for it, should the flush at exit have it in hand)
                if stored.error is not None:
                    raise stored.error
                if undo:
                    correction = stored.result
                    if correction is None:
                        self._stored = written
                        self.post_message(self.Corrected(raw, None, then, (
                            "No corrections to undo in this article.", "information"), written, undo=True))
                        return
            except UserDataError as exc:
                self._stored = written
                what = "Nothing undone" if undo else "Correction not saved"
                self.post_message(self.Corrected(raw, None, then, (f"{what}: {exc}", "error"), written, undo=undo))
                return
            except Exception as exc:  # never a traceback: a notice says what went wrong
                from ..analysis.clean import one_line

                self._stored = written
                what = "Nothing undone" if undo else "Correction not saved"
                self.post_message(self.Corrected(raw, None, then, (
                    f"{what}: {one_line(str(exc), 200) or exc.__class__.__name__}", "error"), written, undo=undo))
                return
            self._stored = written  # stored: an analysis whose corrections are read from now on has it
            prepared = self._prepare(raw)
            self.post_message(self.Corrected(raw, prepared, then, None, written, correction, undo=undo))

    @on(Corrected)
    def _corrected(self, event: Corrected) -> None:
        event.stop()
        if event.notice is not None:
            message, severity = event.notice
            self.notify(message, severity=severity, markup=False)  # type: ignore[arg-type]
        if event.prepared is None or event.written <= self._shown_written:
            return  # failed, or overtaken by a later store (its result has this one too)
        if event.raw is not self.raw_analysis:
            # the analysis was made again meanwhile: this result is of the old one,
            # and the new one's corrections may have been read before this store
            # finished. Apply them to the new one (never this result to it).
            if self.raw_analysis is not None:
                self.reapply_corrections(self.raw_analysis, event.then, event.correction, event.undo)
            return
        self._shown_written = event.written
        then = event.then
        if event.undo and event.correction is not None and event.correction.op == "not_actor":
            then = event.correction.actor.span if event.correction.actor else then  # the actor back, selected
        self._reapply(then, event.prepared)
        correction = event.correction
        if correction is None:
            return
        if event.undo:
            self.notify(f"Undone: {correction.describe()}", markup=False)
        elif correction in self.report.applied:
            self.notify(f"Corrected: {correction.describe()} (u undoes)", markup=False)

    def _reapply(self, then: Span | None,
                 prepared: tuple[Analysis, CorrectionReport, list[str]] | None = None) -> None:
        assert self.raw_analysis is not None
        tab = self.tabs.active
        quote_place = (self.current_quote.start, self.current_quote.end) if self.current_quote else None
        view = self.query_one(ArticleView)
        current = view.current  # (selecting the actor again forgets it)
        self.selected = None
        self.position = None
        self.show_analysis(self.raw_analysis, prepared)
        analysis = self.analysis
        assert analysis is not None
        if quote_place is not None:
            self.current_quote = next((q for q in analysis.quotes if (q.start, q.end) == quote_place), None)
        actor = self._actor_at(then) if then is not None else None
        if actor is not None:
            # the current mention stays current, where it is one of this actor's: `i/N` is
            # where it is, n goes on from it (the place `then` names is only how the actor
            # is found again: a rename on mention 5 said "1/N" with no mention current)
            index = next((i for i, m in enumerate(actor.mentions) if (m.start, m.end) == current),
                         None) if current is not None else None
            self.select_actor(actor)
            if index is not None and current is not None and self._last_pick == "mention":
                self.position = index
                view.mark_current(*current)
                self.query_one(MentionPanel).set_position(index)
            elif self.current_quote is not None and self._last_pick == "quote":
                self.query_one(MentionPanel).highlight_quote(self.current_quote)
        elif self.current_quote is not None and self._last_pick == "quote":
            self.query_one(MentionPanel).show_quote(self.current_quote)
        else:  # nothing to select again: the actor shown before may be gone
            view.set_selected([])
            self.query_one(MentionPanel).clear()
        self.tabs.active = tab

    def _actor_at(self, span: Span) -> Actor | None:
        analysis = self.analysis
        if analysis is None:
            return None
        for actor in analysis.actors:
            if any(m.start == span.start and m.end == span.end for m in actor.mentions):
                return actor
        return None

    def _ref(self, actor: Actor) -> ActorRef:
        assert self.analysis is not None
        return ActorRef.of(self.analysis, actor)

    def _actor_entries(self, exclude: Actor | None = None) -> list[Entry]:
        from .pickers import Entry

        assert self.analysis is not None
        return [Entry(a.id, a.name, f"{type_label(a.type)} · {mentions_label(a.count)}")
                for a in self.analysis.actors if a is not exclude]

    def _selected_actor(self) -> Actor | None:
        if self.analysis is None:
            self.notify("The analysis is still running.", markup=False)
            return None
        if self.selected is None and not self._ensure_selection():
            return None
        return self.selected

    def _current_mention(self) -> tuple[Actor, Mention] | None:
        actor = self.selected
        if actor is None or not actor.mentions:
            return None
        detail = self.query_one(DetailList)
        option = detail.highlighted_option
        if detail.has_focus and option is not None and (option.id or "").startswith("m"):
            index = int(option.id[1:])  # type: ignore[index]
        elif self.position is not None:
            index = self.position
        else:
            return None
        return (actor, actor.mentions[index]) if 0 <= index < len(actor.mentions) else None

    def _focused_quote(self) -> Quote | None:
        """The quote under the cursor of the focused list, if any."""
        analysis = self.analysis
        if analysis is None:
            return None
        quotes = self.query_one(QuoteList)
        option = quotes.highlighted_option
        if quotes.has_focus and option is not None and (option.id or "").startswith("q"):
            return analysis.quotes[int(option.id[1:])]  # type: ignore[index]
        detail = self.query_one(DetailList)
        option = detail.highlighted_option
        if detail.has_focus and option is not None and (option.id or "").startswith("q"):
            return self.query_one(MentionPanel).quote_for(option.id)  # type: ignore[arg-type]
        return None

    def _current_quote(self) -> Quote | None:
        quote = self._focused_quote()
        if quote is not None:
            return quote
        detail = self.query_one(DetailList)
        if detail.has_focus and detail.highlighted_option is not None:
            return None  # a mention is under the cursor
        return self.current_quote if self._last_pick == "quote" else None

    def action_merge_actor(self) -> None:
        from .pickers import Picker

        actor = self._selected_actor()
        if actor is None:
            return
        if len(self.analysis.actors) < 2:  # type: ignore[union-attr]
            self.notify("There is no other actor to merge into.", markup=False)
            return
        source = self._ref(actor)

        def merge(key: str | None) -> None:
            target = self.analysis.actor_by_id.get(key) if key and self.analysis else None
            if target is not None:
                ref = self._ref(target)
                self._correct(Correction("merge", actor=source, target=ref), then=ref.span)

        # no actor under the cursor until the user types or moves: a reflexive Enter merges nothing
        self.app.push_screen(Picker(f"Merge {actor.name} into …", self._actor_entries(exclude=actor)), merge)

    def action_split_mention(self) -> None:
        from .pickers import Entry, Picker, TextPrompt

        if self.analysis is None:
            self.notify("The analysis is still running.", markup=False)
            return
        found = self._current_mention()
        if found is None:
            self.notify("Go to a mention first (n, or Enter on a mention in the detail panel)."
                        if self.analysis.actors else "No actors in this article.", markup=False)
            return
        owner, mention = found
        span = Span.at(self.analysis.text, mention.start, mention.end)
        flat = " ".join(mention.text.split())
        entries = [Entry("new", f"New actor “{flat}” …", "type a name", pinned=True),
                   *self._actor_entries(exclude=owner)]

        def split(key: str | None) -> None:
            if key is None or self.analysis is None:
                return
            if key == "new":
                def named(name: str | None) -> None:
                    if name:
                        self._correct(Correction("split", span=span, name=name, type=owner.type), then=span)

                self.app.push_screen(TextPrompt(f"Name of the new actor for “{flat}”", flat), named)
                return
            target = self.analysis.actor_by_id.get(key)
            if target is not None:
                self._correct(Correction("split", span=span, target=self._ref(target)), then=span)

        # "New actor" under the cursor: Enter only opens the prompt for its name
        self.app.push_screen(Picker(f"Move “{flat}” (a mention of {owner.name}) to …", entries, start="new"), split)

    def action_rename_actor(self) -> None:
        from .pickers import TextPrompt

        actor = self._selected_actor()
        if actor is None:
            return
        ref = self._ref(actor)

        def rename(name: str | None) -> None:
            if name and name != actor.name:
                self._correct(Correction("rename", actor=ref, name=name), then=ref.span)

        self.app.push_screen(TextPrompt(f"Rename {actor.name} to", actor.name), rename)

    def action_change_type(self) -> None:
        from .pickers import Entry, Picker

        actor = self._selected_actor()
        if actor is None:
            return
        ref = self._ref(actor)
        entries = [Entry(t, type_label(t), "current" if t == actor.type else "") for t in ACTOR_TYPES]

        def retype(kind: str | None) -> None:
            if kind and kind != actor.type:
                self._correct(Correction("retype", actor=ref, type=kind), then=ref.span)

        # the cursor on its type: Enter at once keeps it (it was on the first, Person)
        self.app.push_screen(Picker(f"Type of {actor.name}", entries, start=actor.type), retype)

    def action_not_actor(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        # the top actor but this one is selected once the correction shows (selected at
        # once, the top actor was this one itself when it was removed, and it stayed shown)
        after = next((a for a in self.analysis.actors if a.id != actor.id), None) if self.analysis else None
        self._correct(Correction("not_actor", actor=self._ref(actor)),
                      then=self._ref(after).span if after is not None else None)

    def action_set_speaker(self) -> None:
        from .pickers import Entry, Picker

        if self.analysis is None:
            self.notify("The analysis is still running.", markup=False)
            return
        quote = self._current_quote()
        if quote is None:
            self.notify("Select a quote first (t shows the quotes)." if self.analysis.quotes
                        else "No quotes in this article.", markup=False)
            return
        self.current_quote, self._last_pick = quote, "quote"
        span = Span.at(self.analysis.text, quote.start, quote.end)
        entries = [Entry("", "No speaker", "clear the speaker", pinned=True), *self._actor_entries()]
        current = quote.speaker or ""

        def speaker(key: str | None) -> None:
            if key is None or key == current or self.analysis is None:
                return  # (the speaker it has: nothing to correct)
            target = self.analysis.actor_by_id.get(key) if key else None
            ref = self._ref(target) if target is not None else None
            self._correct(Correction("speaker", span=span, target=ref), then=ref.span if ref else None)

        flat = " ".join(quote.display_text().split())
        short = flat if len(flat) <= 40 else flat[:39] + "…"
        # the cursor on its speaker: Enter at once keeps it (it was on "No
        # speaker", and a reflexive Enter took the attribution away)
        self.app.push_screen(Picker(f"Who said “{short}”?", entries, start=current), speaker)

    def action_undo_correction(self) -> None:
        if self.raw_analysis is None:
            return
        keep = self._ref(self.selected) if self.selected is not None else None
        self.store_correction(self.raw_analysis, None, keep.span if keep else None)

    # --- copy and export -------------------------------------------------------------------

    def action_copy(self) -> None:
        from ..analysis.export import quote_citation, sentence_around

        analysis = self.analysis
        if analysis is None:
            self.notify("The analysis is still running.", markup=False)
            return
        quote = self._current_quote()
        if quote is not None:
            text = quote_citation(analysis, quote)
        else:
            found = self._current_mention()
            if found is None:
                self.notify("Select a quote or go to a mention first.", markup=False)
                return
            mention = found[1]
            text = sentence_around(analysis.text, mention.start, mention.end)
        self.app.copy_to_clipboard(text)
        shown = text if len(text) <= 80 else text[:79] + "…"
        self.notify(f"Copied: {shown}", title="Clipboard", markup=False)

    def action_export(self) -> None:
        from .pickers import Entry, Picker

        if self.analysis is None:
            self.notify("The analysis is still running.", markup=False)
            return
        if not self.analysis.quotes:  # no empty file
            self.notify("No quotes in this article to export.", markup=False)
            return
        entries = [Entry("csv", "CSV", "Excel, pandas"), Entry("jsonl", "JSON Lines", "one object per quote"),
                   Entry("md", "Markdown", "who said what, by speaker")]
        self.app.push_screen(Picker("Export this article's quotes as", entries, start="csv"), self._export_to)

    def _export_to(self, fmt: str | None) -> None:
        if fmt is None or self.analysis is None:
            return
        self.export_quotes(self.analysis, fmt)

    @work(thread=True, exit_on_error=False, group="export")
    def export_quotes(self, analysis: Analysis, fmt: str) -> None:
        """Write the file off the UI thread (a slow or full disk never holds the
        keys); a notice says where it went, or why it did not."""
        from ..analysis.clean import one_line
        from ..export_cli import export_analysis

        try:
            path, count = export_analysis(analysis, fmt)
        except Exception as exc:  # never a traceback: a notice says what went wrong
            why = (exc.strerror if isinstance(exc, OSError) else None) or one_line(str(exc), 200)
            self.app.call_from_thread(self.notify, f"Export failed: {why or exc.__class__.__name__}",
                                      severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"{count} quote{'s' if count != 1 else ''} exported to {path}",
                                  title="Export", markup=False, timeout=12)
