"""Leftovers a demanding reader (a journalist, a fact-checker) runs into: the
library's top actors after a correction, the merge picker's Enter, long names
in the sidebar."""

from __future__ import annotations

import threading

from textual.widgets import DataTable, Input

from tui.screens.article import ArticleScreen
from tui.screens.library import LibraryScreen
from tui.screens.pickers import Picker, TextPrompt

from .helpers import SEED, library_ready, opened, settle, wait_for


async def _rename_top_actor(app, pilot, name: str) -> str:
    """In the open article: rename its most salient actor to `name`; its old name.
    (Polls, never waits for every worker: a test may hold one back.)"""
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    await wait_for(pilot, lambda: screen.analysis is not None)
    await pilot.pause()
    actor = screen.analysis.actors[0]
    screen.select_actor(actor)
    await pilot.press("r")
    await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
    app.screen.query_one(Input).value = name
    await pilot.press("enter")
    await wait_for(pilot, lambda: any(a.name == name for a in screen.analysis.actors))
    return actor.name


async def test_coming_back_to_the_library_reads_nothing_on_the_ui_thread(analyzer, small_library, monkeypatch):
    import tui.screens.library as library_module
    from tui.app import make_app

    on_ui_thread: list[str] = []
    watching = threading.Event()
    for name in ("corrected_top_actors", "list_articles", "open_userdata"):
        real = getattr(library_module, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            if watching.is_set() and threading.current_thread() is threading.main_thread():
                on_ui_thread.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(library_module, name, spy)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await library_ready(app, pilot, entries=2, analysed=True)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await _rename_top_actor(app, pilot, "Jane Roe")
        watching.set()
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is library)
        await wait_for(pilot, lambda: (library.entries[0].actors or "").startswith("Jane Roe"))
        await settle(app, pilot)
        assert on_ui_thread == []


async def test_a_background_result_read_before_a_correction_does_not_hide_it(analyzer, small_library, monkeypatch):
    """The library's background run read the corrections of row 0, then the
    reader opened it and renamed its top actor: the row shows the new name."""
    import tui.screens.library as library_module
    from tui.app import make_app

    real = library_module.corrected_top_actors
    computed, release = threading.Event(), threading.Event()

    def held(analysis):
        shown = real(analysis)
        if not computed.is_set() and threading.current_thread() is not threading.main_thread():
            computed.set()  # the first one, made by the background run: posted late
            release.wait(60)
        return shown

    monkeypatch.setattr(library_module, "corrected_top_actors", held)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        library = app.screen
        await wait_for(pilot, computed.is_set)
        library.query_one(DataTable).move_cursor(row=0)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        old = await _rename_top_actor(app, pilot, "Jane Roe")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is library)
        await pilot.pause(0.3)
        release.set()
        await wait_for(pilot, lambda: all(e.analysis is not None for e in library.entries))
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        shown = library.entries[0].actors or ""
        assert shown.startswith("Jane Roe") and old not in shown.split(", ")


async def test_a_reflexive_enter_in_the_merge_picker_merges_nothing(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[1]
        names = [a.name for a in screen.analysis.actors]
        screen.select_actor(actor)
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        picker = app.screen
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is picker  # still choosing: nothing merged
        assert [a.name for a in screen.analysis.actors] == names
        await pilot.press("down", "enter")  # a deliberate choice: the first entry
        await wait_for(pilot, lambda: not isinstance(app.screen, Picker))
        await pilot.pause()
        assert actor.name not in {a.name for a in screen.analysis.actors}


async def test_a_long_actor_name_wraps_under_its_first_letter_not_under_the_dot():
    """The second line of a long name hangs under the name: it does not start
    where entries start, so it cannot be taken for an entry of its own."""
    from dataclasses import replace

    from textual.app import App

    from tests.unit.test_corrections import make_analysis
    from tui.widgets.actor_sidebar import ActorSidebar

    from .helpers import region_text

    analysis = make_analysis()
    long_name = "Ministry of Roads, Bridges and Waterways of the Republic of Ruritania"
    analysis = replace(analysis, actors=(replace(analysis.actors[0], name=long_name), *analysis.actors[1:]))

    class Sidebar(App):
        CSS = "ActorSidebar { width: 30; height: 20; }"

        def compose(self):
            yield ActorSidebar()

    app = Sidebar()
    async with app.run_test(size=(60, 24)) as pilot:
        sidebar = app.query_one(ActorSidebar)
        sidebar.set_analysis(analysis)
        await pilot.pause()
        lines = [line.rstrip("▁▂▃▄▅▆▇█▌▐▎ ") for line in region_text(app, sidebar)]
        first = next(i for i, line in enumerate(lines) if "● Ministry" in line)
        dot = lines[first].index("●")
        wrapped = lines[first + 1 : first + 4]
        assert all(line.strip() for line in wrapped), lines  # the name takes several lines
        for line in wrapped:
            assert not line[dot : dot + 2].strip() and line[dot + 2] != " ", lines
        name_lines = " ".join(line[dot + 2:].strip() for line in [lines[first], *wrapped])
        assert long_name in name_lines
        assert str(sidebar.get_option(analysis.actors[0].id).prompt).startswith("● " + long_name)


def _burst(app, text: str) -> None:
    """Keys as a terminal delivers fast typing or a paste: all queued at once,
    before the app has handled the first."""
    from textual import events

    names = {"/": "slash", " ": "space"}
    for ch in text:
        app.post_message(events.Key(names.get(ch, ch), ch))


async def test_keys_typed_right_after_slash_go_into_the_search(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        _burst(app, "/kim t")
        await pilot.pause(0.3)
        await wait_for(pilot, lambda: screen.query_one("SearchBar").input.value == "kim t")
        assert screen.tabs.active == "tab-actors"  # "t" was text, not the tab switch
        _burst(app, "/")  # in the search line, "/" is text too
        await pilot.pause(0.2)
        assert screen.query_one("SearchBar").input.value == "kim t/"
        screen.query_one("SearchBar").input.select_all()
        _burst(app, "/")  # and it replaces a selection, as any key typed in the line does
        await pilot.pause(0.2)
        assert screen.query_one("SearchBar").input.value == "/"


async def test_keys_typed_right_after_m_go_into_the_merge_picker(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[1]
        names = [a.name for a in screen.analysis.actors]
        screen.select_actor(actor)
        await pilot.pause()
        _burst(app, "mdoe")  # "d" (not an actor) must not reach the article
        await wait_for(pilot, lambda: isinstance(app.screen, Picker))
        await wait_for(pilot, lambda: app.screen.query_one(Input).value == "doe")
        assert [a.name for a in screen.analysis.actors] == names


async def test_an_unreadable_library_file_is_said_once_and_the_feeds_view_does_not_claim_no_feeds(
        analyzer, small_library):
    from tui import paths
    from tui.app import make_app
    from tui.screens.feeds import FeedsScreen

    from .helpers import spy_notices

    paths.data_dir().mkdir(parents=True, exist_ok=True)
    (paths.data_dir() / "library.db").write_bytes(b"\x00\x17 not a database " * 300)
    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(app, pilot, entries=2)
        await pilot.press("f")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await wait_for(pilot, lambda: any("library" in n for n in notices))
        await pilot.pause(1.0)  # the Saved articles list is read after a short delay
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#feeds-status").render())
        assert "could not be read" in status and "add feeds" not in status and "0 feeds" not in status
        assert len([n for n in notices if "library" in n]) == 1, notices
        await pilot.press("r")
        await pilot.pause()
        assert "Nothing refreshed" in notices[-1] and "No feeds" not in notices[-1]
    assert (paths.data_dir() / "library.db").read_bytes().startswith(b"\x00\x17 not a database")  # never rewritten


async def test_an_unreadable_data_file_is_what_the_people_view_says(analyzer, small_library):
    """Not "No people: analyse some articles first" (they were analysed), and
    the reason is a notice the reader sees."""
    from tui import paths
    from tui.app import make_app
    from tui.screens.people import PeopleList, PeopleScreen

    from .helpers import spy_notices

    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(app, pilot, entries=2, analysed=True)
        from tui.analysis import userdata

        for data in userdata._opened.values():
            data.close()
        userdata._opened.clear()
        for path in paths.data_dir().glob("reader.sqlite3*"):
            path.unlink()
        (paths.data_dir() / "reader.sqlite3").write_bytes(b"\x00\x17 not a database " * 500)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.loaded)
        await pilot.pause()
        shown = str(app.screen.query_one(PeopleList).get_option_at_index(0).prompt)
        assert shown.startswith("People unavailable") and "analyse some articles" not in shown
        await wait_for(pilot, lambda: any(n.startswith("People unavailable") for n in notices))


async def test_at_80_columns_the_people_list_has_room_for_names(analyzer, small_library):
    """Half of 80 columns left the names 8 cells after the counts ("Jane D…")."""
    from tui.app import make_app
    from tui.screens.people import PeopleList, PeopleScreen

    app = make_app(small_library, analyzer)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(app, pilot, entries=2, analysed=True)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.loaded)
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert screen._columns()[0] >= 14  # "Jane Doe-Smith"
        listing = screen.query_one(PeopleList)
        room = listing.scrollable_content_region.width - (
            0 if listing.show_vertical_scrollbar else listing.styles.scrollbar_size_vertical)
        assert all(option.prompt.cell_length <= room for option in listing.options)  # still one line each
        assert screen.query_one("#people-detail").size.width >= 28  # the places keep a readable width


async def test_enter_and_m_on_an_empty_feeds_list_say_why_nothing_happens(analyzer, small_library):
    from tui.app import make_app
    from tui.screens.feeds import FeedsScreen

    from .helpers import spy_notices

    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(app, pilot, entries=2)
        await pilot.press("f")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await pilot.pause(0.5)
        await pilot.press("enter")  # from the feeds list to the (empty) Saved articles
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("No saved articles yet" in n for n in notices))
        count = len(notices)
        await pilot.press("m")
        await wait_for(pilot, lambda: len(notices) > count and "No saved articles yet" in notices[-1])


async def test_a_name_typed_right_after_r_replaces_the_old_name(analyzer):
    """As typed into the focused prompt: the old name is replaced, and the
    keys typed ahead are not selected and overwritten by the next ones."""
    async with opened(SEED, analyzer) as (app, pilot, screen):
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.pause()
        _burst(app, "rJane Roe")
        await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt))
        await wait_for(pilot, lambda: app.screen.query_one(Input).value == "Jane Roe")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.selected is not None and screen.selected.name == "Jane Roe")
