"""Pilot tests for what using the reader by hand showed: each one a thing a
reader met (a blank list, a key that did nothing, an unclear notice)."""

from __future__ import annotations

from tui.widgets.actor_sidebar import ActorSidebar

from .helpers import SEED, opened


async def test_a_search_that_matches_no_actor_says_so_in_the_sidebar(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("slash", *"treaty")
        await pilot.pause()
        sidebar = screen.query_one(ActorSidebar)
        assert sidebar.shown == ()
        assert [str(o.prompt) for o in sidebar.options] == ["No actor matches."]
        await pilot.press("escape")
        await pilot.pause()
        assert len(sidebar.shown) == len(screen.analysis.actors)


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
