"""Pilot tests of the help screen and the command palette (actors, themes)."""

from __future__ import annotations

from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.widgets.article_view import ArticleView

from .helpers import SEED, opened, wait_for


async def test_the_palette_offers_one_theme_picker_with_legible_themes_only(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.3)
        prompts = [str(o.prompt) for o in app.screen.query_one("CommandList").options]
        assert any("textual-light" in p for p in prompts)
        assert not any("ansi" in p for p in prompts)
        assert not any("Change the current theme" in p for p in prompts)


async def test_help_scrolls_with_vim_keys_and_names_its_close_keys(analyzer):
    from tui.screens.help import HelpScreen

    async with opened(SEED, analyzer, size=(80, 24)) as (app, pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        body = help_screen.query_one("#help-body")
        assert "closes" in str(body.border_subtitle)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert body.scroll_y == 3
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 3
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        from .helpers import rendered

        footer = rendered(app)[0].rstrip().split("\n")[-1]
        assert "Close" in footer and "Quit" not in footer
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and app.is_running


async def test_the_palette_opened_empty_lists_one_theme_entry_which_opens_the_legible_themes(analyzer):
    from tui.commands import THEME_PICKER

    from .helpers import wait_for

    def prompts(app) -> list[str]:
        return [str(o.prompt) for o in app.screen.query_one("CommandList").options]

    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.5)  # every provider's discovery in
        listed = prompts(app)
        assert sum("Theme:" in p for p in listed) == 1
        assert any("Go to actor" in p for p in listed) and any("Export" in p for p in listed)
        palette = app.screen
        palette.query_one("CommandList").highlighted = next(i for i, p in enumerate(listed) if THEME_PICKER in p)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is not palette and app.screen.query("CommandList")
                       and app.screen.query_one("CommandList").option_count > 0)
        await pilot.pause(0.3)
        themes = prompts(app)
        assert any("textual-light" in p for p in themes) and not any("ansi" in p for p in themes)
        assert not any("Go to actor" in p for p in themes)
        await pilot.press(*"textual-light")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.theme == "textual-light")


def test_the_help_explains_each_key_of_the_article_screen_once():
    from tui.screens.help import binding_sections

    sections = dict(binding_sections())
    keys = [keys for section in ("Everywhere", "Article screen") for keys, _ in sections[section]]
    tab_rows = [k for k in keys if "Tab" in k.split()]
    assert tab_rows == ["Tab Shift+Tab"]


async def test_help_screen_lists_the_bindings(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, _screen):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.content) for w in app.screen.query("Static"))
        for needle in ("next mention", "previous mention", "Search", "highlight", "Quit", "Command palette"):
            assert needle.lower() in text.lower(), needle
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_command_palette_goes_to_an_actor(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[1]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"go to actor {actor.name}")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.selected is not None)
        assert screen.selected == actor
        assert screen.query_one(ArticleView).current == (actor.mentions[0].start, actor.mentions[0].end)


async def test_theme_switch_from_the_palette(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, _screen):
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme: textual-light")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.theme == "textual-light")
