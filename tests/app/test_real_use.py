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
