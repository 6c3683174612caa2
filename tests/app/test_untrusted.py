"""Untrusted article text through the real widgets: markup is shown literally
everywhere (article, sidebar, quotes, detail, search, library) and never acts;
terminal escapes never reach the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tui.app import make_app
from tui.screens.library import LibraryScreen
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList
from tui.widgets.quote_list import QuoteList

from .helpers import opened, rendered, settle

MARKUP_ARTICLE = """\
[bold]Mayor[/bold] John Smith wins [link=https://example.com]vote[/link]

SPRINGFIELD (AP) — Mayor John Smith said “[@click=app.quit]quit[/] now, [red]please[/red]” on Tuesday as the council met.

“We will [b]not[/b] stop,” Smith told reporters at City Hall. Mary Jones, a council member, disagreed [/] loudly [$accent].

Jones said the plan was wrong and called it “a [link=https://evil.example]click[/link] trap” before leaving.
"""

TOKENS = (
    "[bold]Mayor[/bold]",
    "[link=https://example.com]vote[/link]",
    "[@click=app.quit]quit[/]",
    "[red]please[/red]",
    "[b]not[/b]",
    "[$accent].",
    "[link=https://evil.example]click[/link]",
)


@pytest.fixture
def markup_file(tmp_path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    path = folder / "markup.txt"
    path.write_text(MARKUP_ARTICLE, encoding="utf-8")
    return path


def assert_no_hyperlinks_or_escapes(plain: str, terminal: str) -> None:
    assert "\x1b" not in plain
    assert "\x1b]8;" not in terminal  # no OSC 8 hyperlink was made from [link=…]


async def test_markup_is_shown_literally_in_every_pane(analyzer, markup_file):
    async with opened(markup_file, analyzer, size=(140, 45)) as (app, pilot, screen):
        view = screen.query_one(ArticleView)
        assert view.text == MARKUP_ARTICLE

        # article pane: every token on screen exactly as written
        plain, terminal = rendered(app)
        for token in TOKENS:
            assert token in plain, token
        assert_no_hyperlinks_or_escapes(plain, terminal)

        # quotes tab: the snippets keep their brackets
        await pilot.press("t")
        await pilot.pause()
        quote_prompts = " ".join(str(o.prompt) for o in screen.query_one(QuoteList).options)
        assert "[@click=app.quit]quit[/]" in quote_prompts
        plain, terminal = rendered(app)
        assert "[@click=app.quit]quit[/]" in plain
        assert_no_hyperlinks_or_escapes(plain, terminal)
        # clicking the quote (and the markup inside it) jumps and does nothing else
        await pilot.click(QuoteList, offset=(12, 0))
        await pilot.pause()
        assert app.is_running and app.screen is screen

        # detail: contexts around the actor's mentions keep the brackets
        smith = next(a for a in screen.analysis.actors if "Smith" in a.name)
        screen.select_actor(smith, jump=0)
        await pilot.pause()
        detail = " ".join(str(o.prompt) for o in screen.query_one(DetailList).options)
        assert "[@click=app.quit]" in detail or "[b]not[/b]" in detail
        plain, terminal = rendered(app)
        assert_no_hyperlinks_or_escapes(plain, terminal)

        # search for a bracketed string: literal, counted, nothing interpreted
        await pilot.press("slash", *"[b]")
        await pilot.pause()
        assert "1 in text" in str(screen.query_one("#search-status").content)
        plain, terminal = rendered(app)
        assert "/[b]" in plain.replace(" ", "") or "[b]" in plain
        assert_no_hyperlinks_or_escapes(plain, terminal)
        await pilot.press("escape")

        # clicking on the [@click=app.quit] text in the article does nothing
        view.focus()
        screen.jump_to_quote(screen.analysis.quotes[0])
        await pilot.pause()
        row, col = view.cursor_screen_offset
        await pilot.click(offset=(col, row))
        await pilot.pause()
        assert app.is_running and app.screen is screen

        sidebar_names = [str(o.prompt) for o in screen.query_one(ActorSidebar).options]
        assert any("Smith" in n for n in sidebar_names)


async def test_markup_title_in_the_library(analyzer, markup_file):
    app = make_app(markup_file.parent, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one(DataTable)
        assert str(table.get_cell("0", "title")).startswith("[bold]Mayor[/bold]")
        plain, terminal = rendered(app)
        assert "[bold]Mayor[/bold]" in plain
        assert_no_hyperlinks_or_escapes(plain, terminal)
        await pilot.click(DataTable, offset=(3, 1))
        await pilot.pause()
        assert app.is_running


ESCAPES = (
    "Evil \x1b[2Jheadline\x1b]0;pwned\x07 here\n\n"
    "Alice Brown said \u201cthe \x1b[31mred\x1b[0m light\u201d was \x1b]8;;https://x.example\x1b\\a link\x1b]8;;\x1b\\ "
    "and \x9b2J and \u202egnp.exe and \x07bell \x01soh \x85nel.\n"
)


async def test_terminal_escapes_never_reach_the_terminal(analyzer, tmp_path):
    path = tmp_path / "escapes.txt"
    path.write_text(ESCAPES, encoding="utf-8")
    async with opened(path, analyzer, size=(120, 30)) as (app, pilot, screen):
        text = screen.query_one(ArticleView).text
        for bad in ("\x1b", "\x9b", "\x07", "\x01", "\x85", "\u202e"):
            assert bad not in text
        screen.query_one(ActorSidebar).focus()
        await pilot.press("enter", "n")
        await pilot.pause()
        plain, terminal = rendered(app)
        assert "headline" in plain and "light" in plain
        for bad in ("\x1b", "\x9b", "\x07", "\x01", "\x85", "\u202e"):
            assert bad not in plain
        for sequence in ("\x1b[2J", "\x1b]0;", "\x1b]8;", "\x9b"):
            assert sequence not in terminal
