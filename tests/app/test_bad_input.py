"""Hostile and broken input through the real reader (Pilot, real Analyzer, throw-away cache).

An article full of Rich/Textual markup, terminal escape sequences, C0/C1
controls and bidi overrides must be shown literally in every pane (article,
sidebar, detail, quotes, search, command palette, library), nothing in it may
be interpreted (no styles, links or click actions made from it; clicking it
does nothing), and the bytes sent to the terminal may hold no escape sequence
but the SGR and cursor moves Textual itself writes. Broken files in a library
give a notification and the app keeps running."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.library import LibraryScreen
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, library_ready, opened, region_text, rendered, settle, still_running, wait_for


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


HOSTILE = (
    "Bridge [bold]opens[/bold] \x1b]0;owned\x07today \x1b[2J[red]x[/] \u202eevil\u202c [link=https://example.com]link[/link]\n\n"
    "Mayor Jane Doe[bold] said \u201c[@click=app.quit]quit[/] now\u201d on Monday. Mayor Jane Doe[/] and "
    "Mayor Jane Doe[@click=app.quit] arrived.\n\n"
    "\u201cThe [link=https://example.com]bridge[/link] is open \x9d0;t\x9c [/]\u201d, Doe[bold] told reporters at "
    "Acme Corp. \x1b]8;;https://evil.example\x1b\\click here\x1b]8;;\x1b\\ and [$accent]styled[/] and "
    "[ unbalanced ]] [[.\n\n"
    "Officials in Springfield \x1b[?1049h\x1b[31mconfirmed\x1b[0m the \u200fopening \x07\x08\x85of the "
    "[BOLD]bridge[/BOLD] \x1bc.\n"
)


#: markup that must appear, character for character, in the article pane
LITERALS = (
    "[bold]opens[/bold]", "[red]x[/]", "[link=https://example.com]link[/link]", "“[@click=app.quit]quit[/]",
    "Doe[@click=app.quit]", "[link=https://example.com]bridge[/link]", "[$accent]styled[/]", "[[.",
    "[BOLD]bridge[/BOLD]", "]]",
)


#: payloads of escape sequences: removed with their sequence, never shown
PAYLOADS = ("owned", "evil.example", "0;t", "[2J", "[31m", "1049h")


# What Textual itself writes: SGR (colours, attributes) and cursor positioning.
TEXTUAL_SEQUENCES = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\d+;\d+H")


def terminal_safe(app) -> str:
    """The screen's plain text, after checking the bytes the terminal would get
    hold no escape sequence but Textual's own, no other control, no bidi control."""
    text, ansi = rendered(app)
    leftover = TEXTUAL_SEQUENCES.sub("", ansi)
    assert "\x1b" not in leftover, repr(leftover[max(0, leftover.index("\x1b") - 40): leftover.index("\x1b") + 40])
    bad = sorted({hex(ord(c)) for c in leftover
                  if (unicodedata.category(c) == "Cc" and c not in "\n\r") or c in BIDI})
    assert not bad, bad
    for payload in PAYLOADS:
        assert payload not in text, payload
    return text


def shown_in(app, widget, literal: str) -> bool:
    return any(literal in line for line in region_text(app, widget))


def find_on_screen(app, widget, literal: str) -> tuple[int, int]:
    """Screen (x, y) of the first cell of `literal` inside `widget`."""
    for dy, line in enumerate(region_text(app, widget)):
        dx = line.find(literal)
        if dx != -1:
            return widget.region.x + dx, widget.region.y + dy
    raise AssertionError(f"{literal!r} not shown in {widget!r}:\n" + "\n".join(region_text(app, widget)))


def no_actions_or_links(app, *widgets) -> None:
    """No cell inside these widgets carries a hyperlink or a click action."""
    update = app.screen._compositor.render_full_update()
    regions = [w.region for w in widgets]
    checked = 0
    for y, chops in enumerate(update.strips):  # per line: the strips of its chops, left to right
        x = 0
        for strip in chops:
            for segment in strip:
                style = segment.style
                if style is not None and any(r.contains(x, y) for r in regions):
                    checked += 1
                    assert not style.link, (segment.text, style.link)
                    meta = style.meta or {}
                    assert "@click" not in meta, (segment.text, meta)
                x += segment.cell_length
    assert checked, "nothing rendered in those widgets"


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def _actor_near_click_markup(analysis):
    """The actor mentioned last before the `[@click=…]` quote (the Mayor)."""
    at = analysis.text.index("[@click=app.quit]quit[/]")
    best = None
    for actor in analysis.actors:
        for m in actor.mentions:
            if m.end <= at and (best is None or m.end > best[1].end):
                best = (actor, m)
    assert best is not None, [a.name for a in analysis.actors]
    return best


@pytest.fixture
def broken_library(tmp_path: Path) -> Path:
    """A folder with the hostile article and broken files whose names are markup."""
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "a hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "b [@click=app.quit]empty[b].txt").write_bytes(b"")
    (folder / "c binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "d invalid [red]utf8.txt").write_bytes("Head “x” café\n\nBody ".encode() + b"\xff\xfe\xc3")
    (folder / "e whitespace.txt").write_bytes(b"  \n\n\t ")
    (folder / "f deep.html").write_bytes(b"<html><body>" + b"<div>" * 60_000 + b"</div>" * 60_000 + b"</body></html>")
    return folder


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


ESCAPES = (
    "Evil \x1b[2Jheadline\x1b]0;pwned\x07 here\n\n"
    "Alice Brown said \u201cthe \x1b[31mred\x1b[0m light\u201d was \x1b]8;;https://x.example\x1b\\a link\x1b]8;;\x1b\\ "
    "and \x9b2J and \u202egnp.exe and \x07bell \x01soh \x85nel.\n"
)


async def test_notifications_never_carry_escapes(analyzer):
    from tui.app import make_app

    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify("cache at /tmp/\x1b]0;owned\x07x\x1b[2J", title="\x1b[31mCache", markup=False)
        await pilot.pause()
        for note in app._notifications:
            assert "\x1b" not in str(note.message) and "\x1b" not in note.title and "\x07" not in str(note.message)


async def test_article_pane_shows_markup_literally_and_sends_no_escape(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        text = terminal_safe(app)
        article = screen.query_one(ArticleView)
        assert not any(ch in article.text for ch in "\x1b\x07\x08\x85\x9d\x9c" + BIDI)
        for literal in LITERALS:
            assert shown_in(app, article, literal), literal
        assert "Bridge [bold]opens[/bold] today [red]x[/] evil" in text
        no_actions_or_links(app, article)


async def test_sidebar_shows_every_actor_name_literally(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        analysis = screen.analysis
        assert analysis.actors
        sidebar = screen.query_one(ActorSidebar)
        terminal_safe(app)
        for actor in analysis.actors:
            assert shown_in(app, sidebar, f"{actor.name} {actor.count}"), actor.name
        no_actions_or_links(app, sidebar)


async def test_detail_panel_shows_names_aliases_and_context_literally(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        actor, mention = _actor_near_click_markup(screen.analysis)
        sidebar = screen.query_one(ActorSidebar)
        x, y = find_on_screen(app, sidebar, f"{actor.name} {actor.count}")
        await pilot.click(offset=(x + 1, y))
        await pilot.pause()
        detail = screen.query_one(MentionPanel)
        await wait_for(pilot, lambda: detail.actor is not None and detail.actor.id == actor.id)
        await pilot.pause()
        terminal_safe(app)
        assert shown_in(app, detail, actor.name)
        for alias in actor.aliases:
            if alias != actor.name:
                assert shown_in(app, detail, alias), alias
        # the line of context after the mention carries the markup, as text
        assert shown_in(app, detail, "“[@click=app.quit]quit[/] now” on"), "\n".join(region_text(app, detail))
        # and the actor's quote, below the mentions
        assert shown_in(app, detail, "“[@click=app.quit]quit[/] now”"), "\n".join(region_text(app, detail))
        no_actions_or_links(app, detail)
        still_running(app)


async def test_clicking_markup_anywhere_does_nothing(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        article = screen.query_one(ArticleView)
        for literal in ("[@click=app.quit]quit[/]", "[link=https://example.com]link", "Doe[@click=app.quit]"):
            x, y = find_on_screen(app, article, literal)
            for dx in (1, 5, 10):
                await pilot.click(offset=(x + dx, y))
                await pilot.pause()
                still_running(app)
        assert article.text == screen.analysis.text  # nothing edited by the clicks
        # The detail panel's context line with the markup: choosing it jumps, nothing else.
        actor, _ = _actor_near_click_markup(screen.analysis)
        screen.select_actor(actor)
        await pilot.pause()
        detail = screen.query_one(MentionPanel)
        x, y = find_on_screen(app, detail, "“[@click=app.quit]quit[/] now” on")
        await pilot.click(offset=(x + 8, y))
        await pilot.pause()
        still_running(app)
        assert article.current is not None
        start, end = article.current
        assert screen.analysis.text[start:end] in {m.text for m in actor.mentions}
        # and the quote line below the mentions: it jumps to the quote
        x, y = find_on_screen(app, detail, "¶1 “[@click=app.quit]quit[/] now”")  # the quote, not the context
        await pilot.click(offset=(x + 6, y))
        await pilot.pause()
        still_running(app)
        start, end = article.current
        assert "[@click=app.quit]quit[/] now" in screen.analysis.text[start:end]
        terminal_safe(app)


async def test_quote_list_shows_quotes_literally_and_click_jumps(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        quotes = screen.analysis.quotes
        assert any("[@click=app.quit]quit[/]" in q.text for q in quotes), quotes
        await pilot.press("t")  # the Quotes tab
        await pilot.pause()
        quote_list = screen.query_one(QuoteList)
        await wait_for(pilot, lambda: quote_list.region.height > 0)
        terminal_safe(app)
        assert shown_in(app, quote_list, "“[@click=app.quit]quit[/] now”")
        no_actions_or_links(app, quote_list)
        x, y = find_on_screen(app, quote_list, "[@click=app.quit]quit[/]")
        await pilot.click(offset=(x + 2, y))
        await pilot.pause()
        still_running(app)
        article = screen.query_one(ArticleView)
        assert article.current is not None
        start, end = article.current
        assert "[@click=app.quit]quit[/]" in screen.analysis.text[start:end] or \
            screen.analysis.text.index("[@click=app.quit]") in range(start, end + 1)
        terminal_safe(app)


async def test_search_with_markup_in_names_and_query(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)
        await pilot.press("slash")
        await pilot.press(*"Doe[")
        await pilot.pause(0.3)
        await settle(app, pilot)
        shown = sidebar.shown
        assert shown and all("doe" in (a.name + " ".join(a.aliases)).lower() for a in shown), shown
        terminal_safe(app)
        for actor in shown:
            assert shown_in(app, sidebar, actor.name)
        # a query that is itself markup: literal search, no crash
        for _ in range(4):
            await pilot.press("backspace")
        await pilot.press(*"[@click=app.quit]")
        await pilot.pause(0.3)
        await settle(app, pilot)
        text = terminal_safe(app)
        assert "[@click=app.quit]" in text  # the query as typed
        await pilot.press("enter")
        await pilot.pause()
        still_running(app)
        await pilot.press("escape")
        await pilot.pause()
        still_running(app)
        terminal_safe(app)


async def test_command_palette_shows_actor_names_literally(analyzer, hostile_file):
    async with opened(hostile_file, analyzer, size=(160, 50)) as (app, pilot, screen):
        doe = [a for a in screen.analysis.actors if "Doe" in a.name]
        assert doe
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Doe")
        await wait_for(pilot, lambda: f"Go to actor {doe[0].name}" in rendered(app)[0])
        text = terminal_safe(app)
        for actor in doe:
            assert f"Go to actor {actor.name}" in text
        await pilot.press("enter")
        await pilot.pause()
        await settle(app, pilot)
        still_running(app)
        assert screen.query_one(MentionPanel).actor in doe
        terminal_safe(app)


async def test_narrow_terminal_keyboard_walk_sends_no_escape(analyzer, hostile_file):
    """80x24, keys only: select the first actor, step through its mentions, open
    the quotes; after each step the terminal gets nothing from the article but text."""
    async with opened(hostile_file, analyzer, size=(80, 24)) as (app, pilot, screen):
        terminal_safe(app)
        screen.query_one(ActorSidebar).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(MentionPanel).actor is not None
        for key in ("n", "n", "N", "t", "enter", "h", "h", "tab", "G", "g"):
            await pilot.press(key)
            await pilot.pause()
            still_running(app)
            terminal_safe(app)


async def test_library_shows_titles_and_broken_files_literally(analyzer, broken_library):
    app = make_app(broken_library, analyzer)
    async with app.run_test(size=(160, 40)) as pilot:
        library = await library_ready(app, pilot, entries=6, analysed=True)
        table = library.query_one(DataTable)
        text = terminal_safe(app)
        assert "Bridge [bold]opens[/bold] today [red]x[/] evil" in text
        assert "b [@click=app.quit]empty[b].txt" in text
        assert "d invalid [red]utf8.txt" in text
        no_actions_or_links(app, table)
        broken = [e for e in library.entries if e.article is None]
        assert len(broken) == 5
        # The analysed hostile article lists its top actors literally.
        good = next(e for e in library.entries if e.article is not None)
        assert good.analysis is not None
        assert good.analysis.actors[0].name in text


@pytest.mark.parametrize(
    ("row", "fragment"),
    [(1, "is empty"), (2, "binary data"), (3, "not valid UTF-8"), (4, "only whitespace"), (5, "HTML")],
)
async def test_opening_a_broken_file_notifies_and_the_app_keeps_running(analyzer, broken_library, row, fragment):
    app = make_app(broken_library, analyzer)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        library = await library_ready(app, pilot, entries=6)
        table = library.query_one(DataTable)
        table.move_cursor(row=row)
        await pilot.press("enter")
        await pilot.pause()
        still_running(app, LibraryScreen)
        messages = [str(n.message) for n in app._notifications]
        assert any(fragment in m for m in messages), messages
        assert all("\n" not in m and "Traceback" not in m for m in messages)
        await wait_for(pilot, lambda: fragment in rendered(app)[0], timeout=10)  # the toast is on screen
        terminal_safe(app)
        # Still usable: the good article opens.
        table.move_cursor(row=0)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.return_code is None


async def test_broken_file_given_directly_notifies_and_opens_its_folder(analyzer, broken_library):
    app = make_app(broken_library / "c binary.txt", analyzer)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await settle(app, pilot)
        still_running(app, LibraryScreen)
        messages = [str(n.message) for n in app._notifications]
        assert any("binary data" in m for m in messages), messages
        await wait_for(pilot, lambda: "binary data" in rendered(app)[0], timeout=10)
        terminal_safe(app)


async def test_escape_sequences_in_folder_and_file_names_never_reach_the_terminal(analyzer, tmp_path):
    folder = tmp_path / "lib\x1b[2J\x1b]0;owned\x07\u202e"
    folder.mkdir()
    (folder / "a.txt").write_text("Bridge opens\n\nMayor Jane Doe said “yes”.\n", encoding="utf-8")
    (folder / "b \x1b]0;owned\x07\x1b[31mred\u202e.txt").write_bytes(b"")  # broken: listed by its name
    app = make_app(folder, analyzer)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await library_ready(app, pilot, entries=2)
        terminal_safe(app)


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
