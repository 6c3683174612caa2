"""Pilot tests for what using the reader by hand showed: each one a thing a
reader met (a blank list, a key that did nothing, an unclear notice)."""

from __future__ import annotations

import time

from tui.widgets.actor_sidebar import ActorSidebar

from .helpers import SEED, opened, spy_notices


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


def test_a_mention_in_the_people_view_is_cut_at_words_not_inside_them():
    from tui.analysis.userdata import Place
    from tui.screens.people import place_line

    left = "The council met on Monday evening in the old town hall, where "
    right = " told the members that the bridge would open before the winter holidays began."
    place = Place("h", "a.txt", "Bridge", "mention", 0, 8, 2, f"{left}\x1fJane Doe\x1f{right}")
    for width in (30, 41, 52, 67):
        line = place_line(place, width).plain
        assert len(line) <= width and "Jane Doe" in line
        before, after = line.split("Jane Doe")
        assert before.startswith("…") and (before[1:] == "" or left.endswith(before[1:]))
        assert before[1:] == "" or left[len(left) - len(before[1:]) - 1] == " "  # a word's start
        assert after.endswith("…") and right.startswith(after[:-1])
        assert right[len(after) - 1] == " "  # after a word's end


async def test_the_people_rows_never_wrap_and_their_heading_fits_at_120_and_80_columns(analyzer, small_library):
    from tui.app import make_app
    from tui.screens.people import PeopleList, PeopleScreen

    from .helpers import library_ready, wait_for

    def check(screen) -> None:
        listing = screen.query_one(PeopleList)
        side = screen.query_one("#people-side")
        room = listing.scrollable_content_region.width - (
            0 if listing.show_vertical_scrollbar else listing.styles.scrollbar_size_vertical)
        assert listing.option_count > 1
        assert all(option.prompt.cell_length <= room for option in listing.options)
        assert len(str(side.border_title)) <= side.size.width - 4  # corners, a rule and a space each side
        assert str(side.border_title).rstrip().endswith("quotes")

    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(app, pilot, entries=2, analysed=True)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.loaded)
        await pilot.pause()
        screen = app.screen
        check(screen)
        assert "type" in str(screen.query_one("#people-side").border_title)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        check(screen)
        assert "type" not in str(screen.query_one("#people-side").border_title)


async def test_the_analysis_status_says_what_is_done_and_shows_no_100_percent_while_it_goes_on(analyzer):
    """The bar measures the parse only: once it is full the status says the
    actors and quotes are being found, with no percentage claiming the end."""
    from textual.widgets import ProgressBar

    from tui.app import make_app
    from tui.screens.article import FINDING, PARSING

    from .helpers import rendered, wait_for

    real = analyzer.analyze

    def held(article, progress, **kwargs):  # each phase lasts long enough to be seen on a fast machine
        def report(fraction: float) -> None:
            progress(fraction)
            if fraction >= 1.0:
                time.sleep(0.3)
        time.sleep(0.3)
        return real(article, report, **kwargs)

    analyzer.analyze = held
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.has_class("-analysing") or screen.analysis is not None)
        assert screen.analysis is None  # a throw-away cache: analysed now
        seen: set[str] = set()
        while screen.analysis is None:
            seen.add(str(screen.query_one("#analysis-message").render()))
            if str(screen.query_one("#analysis-message").render()) == FINDING:
                assert screen.query_one("#analysis-progress", ProgressBar).percentage == 1.0
                assert "100%" not in rendered(app)[0]
            await pilot.pause(0.02)
        assert FINDING in seen and seen <= {"Analysing…", PARSING, FINDING}


async def test_an_article_without_actors_or_quotes_says_so_for_every_key_that_needs_them(analyzer, tmp_path):
    """e writes no empty export file; x and s say what is missing rather than
    asking the reader to go to a mention or select a quote that do not exist."""
    from textual.screen import ModalScreen

    from tui.paths import data_dir

    path = tmp_path / "bridge.txt"
    path.write_text("Bridge closed\n\nThe bridge over the river closed on Monday for repairs.\n", encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        assert not screen.analysis.actors and not screen.analysis.quotes
        notices = spy_notices(app)
        for key, expected in (("e", "No quotes in this article to export."),
                              ("s", "No quotes in this article."),
                              ("x", "No actors in this article.")):
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, ModalScreen), key
            assert notices[-1] == expected
        assert not (data_dir() / "exports").exists() or not any((data_dir() / "exports").iterdir())


async def test_enter_in_an_empty_search_asks_for_something_to_search_for(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        notices = spy_notices(app)
        await pilot.press("slash", "enter")
        await pilot.pause()
        assert screen.searching and notices[-1].startswith("Type a name or some words")
        await pilot.press(*"zzzq", "enter")
        await pilot.pause()
        assert notices[-1] == "Nothing matches that search."
