"""Pilot tests of moving between the reader's screens: Escape, and what it says
when there is nowhere to go."""

from __future__ import annotations

from tui.screens.article import ArticleScreen

from .helpers import opened


async def test_escape_with_the_articles_folder_emptied_says_so_and_keeps_the_article(analyzer, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = folder / "bridge.txt"
    path.write_text("Bridge closed\n\nJane Doe closed the bridge on Monday.\n", encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        path.unlink()  # moved away while it was read
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and isinstance(screen, ArticleScreen)
        notices = [str(n.message) for n in app._notifications]
        assert any(n.startswith("Nothing to go back to:") and "inbox holds no articles" in n for n in notices)
        # once the folder has an article again, Escape leads to it
        (folder / "again.txt").write_text("Again\n\nJane Doe reopened the bridge.\n", encoding="utf-8")
        await pilot.press("escape")
        await pilot.pause()
        from tui.screens.library import LibraryScreen

        assert isinstance(app.screen, LibraryScreen) and app.screen.folder == folder
