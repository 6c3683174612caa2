"""The article screen: the coordinator. It owns the layout and the state (the
analysis, the selected actor, the mention position, the search) and pushes it
down to the widgets; the widgets post messages up and never query each other."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, LoadingIndicator, ProgressBar, Static, TabbedContent, TabPane, Tabs
from textual.worker import get_current_worker

from ..analysis.model import Actor, Analysis, Article, Quote
from ..analysis.service import Analyzer
from ..analysis.worker import AnalysisCancelled
from ..widgets.actor_sidebar import ActorSidebar
from ..widgets.article_view import ArticleView
from ..widgets.mention_panel import MentionPanel
from ..widgets.quote_list import QuoteList
from ..widgets.search_bar import SearchBar, find_in_text, match_actors

#: below this width the side column narrows; from WIDE on, sidebar and detail sit side by side
NARROW = 100
WIDE = 150


def origin_line(article: Article) -> str:
    """"site · date · author · url" for a downloaded article (plain text)."""
    from ..analysis.clean import one_line

    origin = article.origin
    if origin is None:
        return ""
    parts = [origin.site, origin.date, origin.author, origin.url]
    return " · ".join(one_line(p, 100) for p in parts if p)


def layout_for(width: int) -> str:
    return "narrow" if width < NARROW else "wide" if width >= WIDE else "medium"


class ArticleScreen(Screen):
    """One article: text, actors and quotes, and the detail of the selection."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_mention", "Next", id="reader.next_mention",
                tooltip="Go to the next mention of the selected actor (wraps around)"),
        Binding("N", "previous_mention", "Prev", id="reader.previous_mention",
                tooltip="Go to the previous mention of the selected actor (wraps around)"),
        Binding("slash", "search", "Search", id="reader.search",
                tooltip="Search actors (fuzzy) and the article text"),
        Binding("h", "toggle_highlights", "Highlights", show=False, id="reader.toggle_highlights",
                tooltip="Show or hide the mention and quote colouring"),
        Binding("t", "switch_tab", "Actors/Quotes", show=False, id="reader.switch_tab",
                tooltip="Switch the sidebar between actors and quotes"),
        Binding("escape", "back", "Back", id="reader.back",
                tooltip="Clear the search, or go back to the library"),
    ]

    layout_mode: reactive[str] = reactive("medium")
    analysis: reactive[Analysis | None] = reactive(None, init=False)

    class AnalysisReady(Message):
        def __init__(self, analysis: Analysis) -> None:
            super().__init__()
            self.analysis = analysis

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

    def __init__(self, article: Article, analyzer: Analyzer) -> None:
        super().__init__()
        self.article = article
        self.analyzer = analyzer
        self.selected: Actor | None = None
        self.position: int | None = None
        self.searching = False
        self._search_best: Actor | None = None

    # --- layout ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield ArticleView(self.article, id="article")
            with Vertical(id="side"):
                with Vertical(id="sidebar"):
                    with Vertical(id="analysis-status"):
                        yield LoadingIndicator(id="analysis-spinner")
                        yield ProgressBar(total=1.0, show_eta=False, id="analysis-progress")
                        yield Static(Content("Analysing…"), id="analysis-message")
                    with TabbedContent(id="tabs"):
                        with TabPane("Actors", id="tab-actors"):
                            yield ActorSidebar(id="actors")
                        with TabPane("Quotes", id="tab-quotes"):
                            yield QuoteList(id="quotes")
                yield MentionPanel(id="detail")
        yield SearchBar(id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#sidebar").border_title = "Actors & quotes"
        self.query_one("#detail").border_title = "Detail"
        if self.article.origin is not None:  # downloaded: where and when it was published
            self.query_one("#article").border_subtitle = Content(origin_line(self.article))
        # Tab / Shift+Tab cycle article -> list -> detail; the tab bar itself is
        # no focus stop (`t` and a click switch the tabs).
        self.query_one("#tabs").query_one(Tabs).can_focus = False
        self.layout_mode = layout_for(self.app.size.width)
        self.query_one(ArticleView).focus()
        known = self.app.known_analysis(self.article)  # type: ignore[attr-defined]
        if known is not None:
            self.analysis = known
        else:
            self.run_analysis()  # the cache lookup too: off the UI thread

    def on_resize(self, event: Resize) -> None:
        self.layout_mode = layout_for(event.size.width)

    def watch_layout_mode(self, mode: str) -> None:
        for name in ("narrow", "medium", "wide"):
            self.set_class(name == mode, f"-{name}")

    # --- analysis in a worker ---------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def run_analysis(self) -> None:
        """The cached analysis, else one made in the app's analysis process (this
        thread only waits for it, so spaCy never holds the UI's GIL); it ends as
        soon as the screen is closed or the app quits, the process killed."""
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
            self.post_message(self.AnalysisReady(analysis))

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
        for bar in self.query("#analysis-progress").results(ProgressBar):
            bar.update(progress=min(1.0, max(0.0, event.fraction)))

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        self.app.remember_analysis(self.article, event.analysis)  # type: ignore[attr-defined]
        self.app.show_analyzer_warnings()  # type: ignore[attr-defined]
        self.analysis = event.analysis

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
        self.query_one(MentionPanel).set_analysis(analysis)
        self.query_one("#sidebar").border_title = (
            f"{len(analysis.actors)} actors · {len(analysis.quotes)} quotes"
        )
        if self.searching:
            self._run_search(self.query_one(SearchBar).input.value)

    # --- selection and navigation ---------------------------------------------------

    def select_actor(self, actor: Actor, *, jump: int | None = None) -> None:
        """Make `actor` the selected one (detail fills); optionally jump to a mention."""
        self.selected = actor
        self.position = None
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
        self.query_one(ArticleView).jump_to(mention.start, mention.end)
        self.query_one(MentionPanel).set_position(index)

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
        self.query_one(TabbedContent).active = "tab-actors"
        self.select_actor(actor)
        mention = actor.mentions[event.index]
        self.position = event.index
        self.query_one(ArticleView).mark_current(mention.start, mention.end)
        self.query_one(MentionPanel).set_position(event.index)

    @on(MentionPanel.MentionChosen)
    def _mention_chosen(self, event: MentionPanel.MentionChosen) -> None:
        event.stop()
        self.jump_to_mention(event.index)

    @on(MentionPanel.QuoteChosen)
    def _detail_quote_chosen(self, event: MentionPanel.QuoteChosen) -> None:
        event.stop()
        self.jump_to_quote(event.quote)

    @on(QuoteList.QuoteChosen)
    def _quote_chosen(self, event: QuoteList.QuoteChosen) -> None:
        event.stop()
        quote = event.quote
        analysis = self.analysis
        speaker = analysis.actor_by_id.get(quote.speaker) if analysis and quote.speaker else None
        if speaker is not None:
            # the speaker's detail, with this quote highlighted among its quotes
            self.select_actor(speaker)
            self.query_one(MentionPanel).highlight_quote(quote)
        else:
            self.selected = None
            self.position = None
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
        if self._ensure_selection():
            self.jump_to_mention(0 if self.position is None else self.position + 1)

    def action_previous_mention(self) -> None:
        if self._ensure_selection():
            self.jump_to_mention(-1 if self.position is None else self.position - 1)

    def action_toggle_highlights(self) -> None:
        view = self.query_one(ArticleView)
        view.show_highlights = not view.show_highlights

    def action_switch_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-quotes" if tabs.active == "tab-actors" else "tab-actors"

    def action_back(self) -> None:
        if self.searching:
            self.close_search()
        else:
            self.app.action_back()  # type: ignore[attr-defined]

    # --- search ------------------------------------------------------------------------

    def action_search(self) -> None:
        self.searching = True
        self.set_class(True, "-searching")
        self.query_one(TabbedContent).active = "tab-actors"
        bar = self.query_one(SearchBar)
        bar.input.focus()
        self._run_search(bar.input.value)

    def close_search(self) -> None:
        self.searching = False
        self.set_class(False, "-searching")
        bar = self.query_one(SearchBar)
        bar.input.value = ""
        self.query_one(ArticleView).set_search([])
        self._search_best = None
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
        spans, count = find_in_text(query, self.article.text)
        # one letter matches thousands of places: count it, highlight from two letters on
        self.query_one(ArticleView).set_search(spans if len(query.strip()) >= 2 else [])
        analysis = self.analysis
        matches = match_actors(query, analysis.actors) if analysis else []
        self._search_best = matches[0][0] if matches and query.strip() else None
        if analysis is not None:
            self.query_one(ActorSidebar).show_actors([actor for actor, _ in matches])
        self.query_one(SearchBar).set_status(len(matches), count)

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        best = self._search_best  # from the search of the current input (every change runs it)
        if best is None:
            self.notify("No actor matches that search.", markup=False)
            return
        self.close_search()
        self.select_actor(best, jump=0)
        self.query_one(ActorSidebar).focus()
