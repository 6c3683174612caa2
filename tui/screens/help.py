"""The `?` screen: every key binding of the reader, with what it does, and what
the colours and marks mean. It scrolls with the reader's own keys."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from ..themes import GROUP_LABELS
from ..widgets.types import GROUPS

#: group -> the CSS variable of its colour (see styles/app.tcss and tui/themes.py)
GROUP_VARIABLE = {"people": "reader-person", "organisations": "reader-org", "places": "reader-place",
                  "groups": "reader-group", "other": "reader-other"}

CLOSE_HINT = "Esc, q or ? closes · j/k PgUp/PgDn scroll"


def _keys(binding: Binding) -> str:
    names = {"slash": "/", "question_mark": "?", "escape": "Esc", "pageup": "PgUp", "pagedown": "PgDn",
             "ctrl+p": "Ctrl+P", "enter": "Enter", "tab": "Tab", "shift+tab": "Shift+Tab",
             "home": "Home", "end": "End", "up": "↑", "down": "↓", "space": "Space"}
    return " ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


def legend_rows() -> list[tuple[Content, Content]]:
    """(sample, meaning) rows for the Colours section; fixed markup, no data."""
    rows = [(Content.from_markup(f"[b ${GROUP_VARIABLE[g]}]● {title}[/]"), Content(GROUP_LABELS[g]))
            for g, title in GROUPS]
    rows += [
        (Content.from_markup("[$reader-current-fg on $reader-current-bg b]current[/]"),
         Content("The mention or quote you are on (n/N, Enter, a click)")),
        (Content.from_markup("[$reader-selected-fg on $reader-selected-bg b u]selected[/]"),
         Content("The other mentions of the selected actor")),
        (Content.from_markup("[$reader-search-fg on $reader-search-bg]search[/]"),
         Content("A match of the search in the text")),
        (Content.from_markup("[i on $reader-quote-bg]“quote”[/]"),
         Content("Direct quote: italic on a tint in the text, “…” in the lists")),
        (Content("~ reported"), Content("Reported speech (indirect), in the lists")),
        (Content("¶3  title"), Content("Paragraph number; the headline is 'title'")),
        (Content("3/12  –/12"), Content("Which mention of the selected actor is current (– for none yet)")),
    ]
    return rows


def binding_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, description)]) for every binding in the app."""
    from ..app import NewsReaderApp
    from ..widgets.article_view import ArticleView
    from ..widgets.search_bar import SearchBar
    from .article import ArticleScreen
    from .feeds import FeedsScreen
    from .library import LibraryScreen
    from .people import PeopleScreen

    def rows(bindings) -> list[tuple[str, str]]:
        out = []
        for b in bindings:
            if isinstance(b, Binding):
                out.append((_keys(b), b.tooltip or b.description))
        return out

    return [
        ("Everywhere", rows(NewsReaderApp.BINDINGS) + [
            ("Tab Shift+Tab", "Move focus between the article, the sidebar and the detail panel"),
        ]),
        # (its Tab binding, there to show in the footer, is the one under Everywhere)
        # (nor its Escape for a search, there to show in the footer: the Search section has it)
        ("Article screen", rows(b for b in ArticleScreen.BINDINGS
                                if b.key != "tab" and b.id != "reader.clear_search") + [
            ("Enter", "On an actor: show its detail. On a mention or quote: jump to it"),
            ("click", "Mouse: select an actor, jump to a mention or a quote"),
        ]),
        ("Article text", rows(ArticleView.BINDINGS)),
        ("Lists (actors, quotes, detail)", [("↑ ↓ j k", "Move"), ("g G Home End", "First / last"),
                                             ("PgUp PgDn", "Page")]),
        ("Search", [("type", "Narrow the actors (names and name parts; exact and prefix first) "
                             "and count matches in the text"),
                    ("Enter", "Select the best matching actor; with none, go to the first match in the text"),
                    ("n N", "After Enter: the next / previous match in the text, with i/N")]
         + rows(SearchBar.BINDINGS)),
        (LibraryScreen.HELP_SECTION, rows(LibraryScreen.BINDINGS) + [("↑ ↓ j k", "Move")]),
        (FeedsScreen.HELP_SECTION, rows(FeedsScreen.BINDINGS) + [("Tab", "Move between the feeds and their items"),
                                                 ("↑ ↓ j k", "Move")]),
        (PeopleScreen.HELP_SECTION, rows(PeopleScreen.BINDINGS) + [
            ("type", "Filter by name, fuzzy (j k g G still move the list)"),
            ("Enter", "On a person: list their quotes and mentions. On one of those: open the article there"),
        ]),
        ("Correction dialogs", [("type", "Narrow the list (fuzzy)"), ("↑ ↓", "Move"), ("Enter", "Choose"),
                                ("Esc", "Cancel")]),
    ]


def ordered_sections(first: str | None) -> list[tuple[str, list[tuple[str, str]]]]:
    """`binding_sections()`, the section named `first` (the screen the help
    was opened from) right after "Everywhere": from the Feeds view `?` began
    with the article's keys and Feeds' own were two pages down."""
    sections = binding_sections()
    wanted = [s for s in sections if s[0] == first]
    rest = [s for s in sections if s[0] != first]
    return rest[:1] + wanted + rest[1:]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close", tooltip="Close the help"),
        Binding("j,down", "scroll(1)", "Scroll", id="help.down", tooltip="Scroll down"),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False, id="help.up", tooltip="Scroll up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page_down", tooltip="Page down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="help.page_up", tooltip="Page up"),
        Binding("g,home", "top", "Top", show=False, id="help.top", tooltip="Go to the top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="help.bottom", tooltip="Go to the end"),
    ]

    def __init__(self, first: str | None = None) -> None:
        """`first`: the section to show first (after "Everywhere")."""
        super().__init__()
        self.first = first

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", can_focus=False):
            yield Static(Content.styled("newsreader — keys and colours", "bold"), id="help-title")
            for section, rows in ordered_sections(self.first):
                yield Static(Content.styled(section, "bold underline"), classes="help-section")
                with Grid(classes="help-rows"):
                    for keys, description in rows:
                        yield Static(Content.styled(keys, "bold"), classes="help-key")
                        yield Static(Content(description), classes="help-text")
            yield Static(Content.styled("Colours and marks", "bold underline"), classes="help-section")
            with Grid(classes="help-rows"):
                for sample, meaning in legend_rows():
                    yield Static(sample, classes="help-key")
                    yield Static(meaning, classes="help-text")
            yield Static(Content.styled(CLOSE_HINT, "dim"), id="help-footer")
        yield Footer()

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "Help"
        body.border_subtitle = CLOSE_HINT  # always visible, whatever the scroll

    def _body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self._body().scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        body = self._body()
        body.scroll_relative(y=pages * max(1, body.scrollable_content_region.height - 1), animate=False)

    def action_top(self) -> None:
        self._body().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._body().scroll_end(animate=False)
