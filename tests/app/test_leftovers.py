"""Pilot tests for the reader's last rough edges: the detail panel's hanging
indent is a layout (no invisible characters to copy), `newsreader` with no
argument reopens the last article where the reader left it."""

from __future__ import annotations

import shutil

from textual.widgets import DataTable

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.library import LibraryScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import LABEL, DetailList

from .helpers import SEED, open_article, opened, read_and_quit, region_text, wait_for


async def test_the_detail_indent_is_a_layout_not_invisible_characters(analyzer):
    """Wrapped context lines hang under the text, not the ¶ label, with blank
    cells: no braille blanks (U+2800) or other stand-ins for spaces on screen
    or in an entry's text, which a terminal copy would carry along."""
    async with opened(SEED, analyzer, size=(120, 40)) as (app, pilot, screen):
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        screen.select_actor(actor)
        await pilot.pause()
        detail = screen.query_one(DetailList)
        lines = region_text(app, detail)
        assert not any(ch in "".join(lines) for ch in "\u2800\u00a0\u3000")
        for option in detail.options:
            assert "\u2800" not in str(option.prompt)
        # a wrapped entry: its label line, then a line whose first LABEL cells are blank
        hanging = [(first, second) for first, second in zip(lines, lines[1:])
                   if "¶" in first[:LABEL + 1] and second.strip() and "¶" not in second
                   and not second[1:LABEL + 1].strip()]
        assert hanging, lines
        first, second = hanging[0]
        body = first.index("¶") + len(first[first.index("¶"):].split(" ", 1)[0]) + 1
        assert second[body] != " " and not second[:body].strip("│▏ ")


async def test_no_argument_reopens_the_last_article_where_the_reader_left_it(analyzer, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    path = folder / SEED.name
    shutil.copy(SEED, path)
    shutil.copy(SEED, folder / "another.txt")
    name, top = await read_and_quit(path, analyzer)
    app = make_app(None, analyzer)  # `newsreader`
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        screen = app.screen
        assert screen.article.source == str(path)
        await wait_for(pilot, lambda: screen.selected is not None)
        assert screen.selected.name == name
        assert screen.query_one(ArticleView).visible_span()[0] == top
        # Escape: the article's folder, on its row (as after `newsreader FILE`)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        library = app.screen
        assert library.folder == folder
        row = library.query_one(DataTable).cursor_row
        assert library.entries[row].path == path


async def test_a_last_article_that_is_gone_is_a_notice_over_the_library(analyzer, tmp_path):
    path = tmp_path / "gone.txt"
    shutil.copy(SEED, path)
    await read_and_quit(path, analyzer)
    path.unlink()
    app = make_app(None, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()
        notices = [n.message for n in app._notifications]
        assert len(notices) == 1 and "could not be reopened" in notices[0] and "\n" not in notices[0]
        assert "gone.txt" in notices[0]


async def test_garbage_collection_held_off_for_the_start_is_back_on_after_it(analyzer):
    """`newsreader` starts with the cyclic collector off (cli.run_reader); the
    reader turns it back on once its first screen is complete, never later."""
    import gc

    gc.disable()
    try:
        app = make_app(SEED, analyzer)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(app, pilot)
            assert screen._ready and gc.isenabled()
            assert gc.get_freeze_count() > 0  # what the start made is not walked again
    finally:
        gc.enable()
        gc.unfreeze()


async def test_corrections_and_the_people_index_are_done_off_the_ui_thread(analyzer, monkeypatch):
    """Applying the stored corrections and writing the People index took a
    quarter of a second on the UI thread when a long article's analysis came
    in; the analysis worker's thread does it now."""
    import threading

    from tui.analysis.userdata import UserData

    calls: list[bool] = []
    real_corrected, real_index = UserData.corrected, UserData.index

    def corrected(self, analysis):
        calls.append(threading.current_thread() is threading.main_thread())
        return real_corrected(self, analysis)

    def index(self, analysis, signature=""):
        calls.append(threading.current_thread() is threading.main_thread())
        return real_index(self, analysis, signature)

    monkeypatch.setattr(UserData, "corrected", corrected)
    monkeypatch.setattr(UserData, "index", index)
    async with opened(SEED, analyzer) as (app, pilot, screen):
        assert screen.analysis is not None
        assert calls and not any(calls)


async def test_the_hidden_quotes_tab_is_laid_out_when_first_shown(analyzer):
    """When the analysis comes in, the Quotes tab (hidden behind Actors) gets
    its rows when it is first shown, not at once: hundreds of quotes of a long
    article were laid out on the UI thread for nothing."""
    from tui.widgets.quote_list import QuoteList

    async with opened(SEED, analyzer) as (app, pilot, screen):
        quotes = screen.query_one(QuoteList)
        assert screen.analysis.quotes and quotes.option_count == 0
        await pilot.press("t")
        await wait_for(pilot, lambda: quotes.option_count == len(screen.analysis.quotes))
        quotes.focus()  # focus shows where Enter goes: the first quote
        await pilot.pause()
        assert quotes.highlighted == 0
