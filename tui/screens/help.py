"""The `?` screen: every key binding of the reader, with what it does."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


def _keys(binding: Binding) -> str:
    names = {"slash": "/", "question_mark": "?", "escape": "Esc", "pageup": "PgUp", "pagedown": "PgDn",
             "ctrl+p": "Ctrl+P", "enter": "Enter", "tab": "Tab", "shift+tab": "Shift+Tab",
             "home": "Home", "end": "End", "up": "↑", "down": "↓", "space": "Space"}
    return " ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


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
        ("Article screen", rows(ArticleScreen.BINDINGS) + [
            ("Enter", "On an actor: show its detail. On a mention or quote: jump to it"),
            ("click", "Mouse: select an actor, jump to a mention or a quote"),
        ]),
        ("Article text", rows(ArticleView.BINDINGS)),
        ("Lists (actors, quotes, detail)", [("↑ ↓ j k", "Move"), ("g G Home End", "First / last"),
                                             ("PgUp PgDn", "Page")]),
        ("Search", [("type", "Narrow the actors (fuzzy) and count matches in the text"),
                    ("Enter", "Select the best matching actor")] + rows(SearchBar.BINDINGS)),
        ("Library", rows(LibraryScreen.BINDINGS) + [("↑ ↓ j k", "Move")]),
        ("Feeds", rows(FeedsScreen.BINDINGS) + [("Tab", "Move between the feeds and their items"),
                                                 ("↑ ↓ j k", "Move")]),
        ("People (p in the library)", rows(PeopleScreen.BINDINGS) + [
            ("Enter", "On a person: list their quotes and mentions. On one of those: open the article there"),
        ]),
        ("Correction dialogs", [("type", "Narrow the list (fuzzy)"), ("↑ ↓", "Move"), ("Enter", "Choose"),
                                ("Esc", "Cancel")]),
    ]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close", tooltip="Close the help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Content.styled("newsreader — keys", "bold"), id="help-title")
            for section, rows in binding_sections():
                yield Static(Content.styled(section, "bold underline"), classes="help-section")
                width = max((len(k) for k, _ in rows), default=4) + 2
                lines = [Content.assemble(Content.styled(k.ljust(width), "bold"), Content(d)) for k, d in rows]
                yield Static(Content("\n").join(lines), classes="help-rows")
            yield Static(Content.styled("Esc, ? or q closes this screen.", "dim"), id="help-footer")

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Help"
