"""Pilot tests of coming back: the last article, its position, actor and theme on the
next start, and a damaged or missing state."""

from __future__ import annotations

import shutil

from textual.widgets import DataTable

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.library import LibraryScreen
from tui.widgets.article_view import ArticleView

from .helpers import SEED, read_and_quit, wait_for


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


async def test_theme_position_and_actor_are_restored_on_the_next_start(analyzer):
    from tui.app import make_app

    from .helpers import read_and_quit

    name, top = await read_and_quit(SEED, analyzer, theme="textual-light")
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        from .helpers import open_article

        screen = await open_article(app, pilot)
        await wait_for(pilot, lambda: screen.selected is not None)
        assert app.theme == "textual-light"
        assert screen.selected.name == name
        view = screen.query_one(ArticleView)
        assert view.visible_span()[0] == top


async def test_a_damaged_state_file_is_a_notice_not_a_crash(analyzer):
    from tui.app import make_app
    from tui.paths import state_dir
    from tui.state import STATE_FILE

    state_dir().mkdir(parents=True, exist_ok=True)
    (state_dir() / STATE_FILE).write_text("[[[ not toml", encoding="utf-8")
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert any("damaged" in str(n.message) for n in app._notifications)
        assert app.is_running
