"""Pilot tests of the search (/): narrowing the actors, walking text matches, and what
Enter and Esc do in it."""

from __future__ import annotations

from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.search_bar import SearchBar

from .helpers import SEED, _burst, opened, spy_notices, wait_for


async def test_closing_or_submitting_the_search_does_not_search_again(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        real = screen._run_search
        queries: list[str] = []

        def run_search(query):
            queries.append(query)
            real(query)

        screen._run_search = run_search
        await pilot.press("slash", "k", "i")
        await pilot.pause()
        assert queries[-2:] == ["k", "ki"]
        searched = len(queries)
        await pilot.press("escape")  # closes the search (and empties the input)
        await pilot.pause()
        assert not screen.searching and len(queries) == searched

        await pilot.press("slash", "k", "i", "m")
        await pilot.pause()
        searched = len(queries)
        await pilot.press("enter")  # selects the best match, closes the search
        await pilot.pause()
        assert not screen.searching and screen.selected is not None and "Kim" in screen.selected.name
        assert len(queries) == searched


async def test_enter_then_n_walks_the_text_matches_of_a_search_without_actors(analyzer):
    from tui.widgets.search_bar import SearchBar

    async with opened(SEED, analyzer) as (app, pilot, screen):
        word = "summit"  # a plain word of the article, no actor's name
        expected = [i for i in range(len(screen.article.text)) if screen.article.text.lower().startswith(word, i)]
        assert len(expected) >= 2
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        assert view.current == (expected[0], expected[0] + len(word))
        status = str(screen.query_one("#search-status").content)
        assert f"1/{len(expected)}" in status
        assert not app._notifications or "No actor" not in str(list(app._notifications)[-1].message)
        await pilot.press("n")
        await pilot.pause()
        assert view.current == (expected[1], expected[1] + len(word))
        await pilot.press("N", "N")
        await pilot.pause()
        assert view.current == (expected[-1], expected[-1] + len(word))
        assert f"{len(expected)}/{len(expected)}" in str(screen.query_one("#search-status").content)
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.searching and isinstance(screen.query_one(SearchBar), SearchBar)


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


async def test_enter_in_an_empty_search_asks_for_something_to_search_for(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        notices = spy_notices(app)
        await pilot.press("slash", "enter")
        await pilot.pause()
        assert screen.searching and notices[-1].startswith("Type a name or some words")
        await pilot.press(*"zzzq", "enter")
        await pilot.pause()
        assert notices[-1] == "Nothing matches that search."


async def test_search_narrows_the_sidebar_and_enter_selects(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)
        everyone = len(sidebar.shown)
        target = screen.analysis.actors[0]
        query = target.name.split()[-1][:5].lower()

        await pilot.press("slash")
        await pilot.pause()
        search_input = screen.query_one(SearchBar).input
        assert search_input.has_focus
        await pilot.press(*query)
        await pilot.pause()
        assert search_input.value == query
        shown = sidebar.shown
        assert 0 < len(shown) < everyone
        assert target in shown
        for actor in shown:  # every listed actor matches by name or alias
            names = " ".join((actor.name, *actor.aliases)).lower()
            assert query[:3] in names or len(query) >= 3
        view = screen.query_one(ArticleView)
        matches = len(view.search_spans)
        assert matches == screen.article.text.lower().count(query)
        status = str(screen.query_one("#search-status").content)
        assert f"{matches} in text" in status

        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected == shown[0]
        assert view.current == (shown[0].mentions[0].start, shown[0].mentions[0].end)
        assert len(sidebar.shown) == everyone  # the search is closed

        # Escape clears a search
        await pilot.press("slash", "z", "z", "q")
        await pilot.pause()
        assert len(sidebar.shown) < everyone
        await pilot.press("escape")
        await pilot.pause()
        assert len(sidebar.shown) == everyone
        assert search_input.value == ""
        assert not view.search_spans
        assert not screen.has_class("-searching")


async def test_large_match_counts_are_grouped_by_thousands(analyzer):
    """"55,491 in text", as the library writes word counts, not "55491"."""
    from tui.widgets.search_bar import SearchBar

    async with opened(SEED, analyzer) as (app, pilot, screen):
        bar = screen.query_one(SearchBar)
        bar.set_status(1, 55_491)
        assert str(bar.query_one("#search-status").content) == "1 actor · 55,491 in text"
        bar.set_position(1_233, 55_491)
        assert str(bar.query_one("#search-status").content).startswith("1,234/55,491 in text")


LIN_JIAN = ("China says pact is a matter for two countries\n\n"
            "Chinese foreign ministry spokesman Lin Jian said on Thursday that the agreement between Russia and "
            "North Korea was a matter for the two sovereign states. “We have no comment on the details,” Lin Jian "
            "told reporters in Beijing.\n\n"
            "Russian President Vladimir Putin signed the pact in Pyongyang on Wednesday. Putin said the deal was a "
            "breakthrough.\n\nOfficials in Berlin said they were watching closely.\n")


async def test_the_search_lists_no_actor_a_query_only_overlaps_and_still_forgives_typos(analyzer, tmp_path):
    """"blin" listed Lin Jian (and Berlin): a word it only overlaps, and a
    piece inside a longer word. Nothing matches it; a typo in a whole name
    ("putni") still finds Putin."""
    path = tmp_path / "lin_jian.txt"
    path.write_text(LIN_JIAN, encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        notices = spy_notices(app)
        sidebar = screen.query_one(ActorSidebar)
        assert any(actor.name == "Lin Jian" for actor in screen.analysis.actors)
        await pilot.press("slash", *"blin")
        await pilot.pause()
        assert sidebar.shown == ()
        assert "0 actors" in str(screen.query_one("#search-status").content)
        await pilot.press("enter")
        await pilot.pause()
        assert notices[-1] == "Nothing matches that search."
        await pilot.press("escape", "slash", *"putni", "enter")
        await pilot.pause()
        assert screen.selected is not None and screen.selected.name == "Vladimir Putin"
        await pilot.press("slash", *"jian")
        await pilot.pause()
        assert [actor.name for actor in sidebar.shown] == ["Lin Jian"]


async def test_each_key_of_a_search_works_on_what_changed(analyzer, monkeypatch):
    """The text is lower-cased once; a key that extends the query looks only
    at where the shorter one matched once they are few (not the whole text
    again); the sidebar is listed again only when other actors match; and the
    matches marked are those of a fresh search of the whole text, each key."""
    from tui.widgets.search_bar import TextFinder, find_in_text

    calls: list[str] = []
    for name in ("_scan", "_narrow"):
        real = getattr(TextFinder, name)

        def spy(self, needle, *args, _real=real, _name=name):
            calls.append(f"{_name} {needle}")
            return _real(self, needle, *args)

        monkeypatch.setattr(TextFinder, name, spy)
    lowered = []
    real_lowered = TextFinder._lowered
    monkeypatch.setattr(TextFinder, "_lowered", lambda self: lowered.append(self._lower is None) or real_lowered(self))

    async with opened(SEED, analyzer) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)
        view = screen.query_one(ArticleView)
        listed = []
        real_set_options = sidebar.set_options
        monkeypatch.setattr(sidebar, "set_options", lambda options: listed.append(1) or real_set_options(options))
        await pilot.press("slash")
        await pilot.pause()
        for i, key in enumerate("putin", 1):
            await pilot.press(key)
            await pilot.pause()
            if i == 2:
                listings = len(listed)
            spans, count = find_in_text("putin"[:i], screen.article.text)
            assert [(start, start + i) for start in screen._text_hits] == spans
            assert f"{count} in text" in str(screen.query_one("#search-status").content)
            assert view.search_spans == (spans if i >= 2 else [])
        assert calls == ["_scan p", "_narrow pu", "_narrow put", "_narrow puti", "_narrow putin"]
        assert sum(lowered) == 1
        # "pu" to "putin" all list Putin alone: listed at "pu", then left as it is
        assert [actor.name for actor in sidebar.shown] == ["Vladimir Putin"]
        assert len(listed) == listings


async def test_a_long_articles_text_is_indexed_in_a_worker_while_the_search_answers(analyzer, monkeypatch):
    """Above `INDEX_IN_WORKER` characters the text is lower-cased in a worker
    at the first search (on 17 MB one call held the interpreter 150-400 ms):
    the actors match at once, the text count says "…" until it is done, then
    the matches come. Enter before that still walks the text matches."""
    import threading

    from tui.screens.article import ArticleScreen
    from tui.widgets.search_bar import TextFinder, find_in_text

    monkeypatch.setattr(ArticleScreen, "INDEX_IN_WORKER", 0)
    release = threading.Event()
    real_build = TextFinder.build

    def held_build(self, *args):
        release.wait(30)
        real_build(self, *args)

    monkeypatch.setattr(TextFinder, "build", held_build)
    async with opened(SEED, analyzer) as (app, pilot, screen):
        status = screen.query_one("#search-status")
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"summit")
        await pilot.pause()
        assert "… in text" in str(status.content) and screen._text_hits == []
        expected = [start for start, _end in find_in_text("summit", screen.article.text)[0]]
        await pilot.press("enter")  # before the index: the matches the slow way
        await pilot.pause()
        assert view.current == (expected[0], expected[0] + 6)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert f"1/{len(expected)}" in str(status.content)  # (the index's arrival does not start over)
        await pilot.press("n")
        await pilot.pause()
        assert view.current == (expected[1], expected[1] + 6)
        await pilot.press("escape", "slash", *"kim")
        await pilot.pause()
        spans, count = find_in_text("kim", screen.article.text)
        assert f"{count} in text" in str(status.content) and view.search_spans == spans
        assert "Kim Jong Un" in [actor.name for actor in screen.query_one(ActorSidebar).shown]


async def test_matches_found_once_the_index_is_made_replace_the_pending_count(analyzer, monkeypatch):
    import threading

    from tui.screens.article import ArticleScreen
    from tui.widgets.search_bar import TextFinder, find_in_text

    monkeypatch.setattr(ArticleScreen, "INDEX_IN_WORKER", 0)
    release = threading.Event()
    real_build = TextFinder.build
    monkeypatch.setattr(TextFinder, "build", lambda self, *args: release.wait(30) and real_build(self, *args))
    async with opened(SEED, analyzer) as (app, pilot, screen):
        status = screen.query_one("#search-status")
        await pilot.press("slash", *"putin")
        await pilot.pause()
        assert str(status.content).endswith("· … in text")
        assert [actor.name for actor in screen.query_one(ActorSidebar).shown] == ["Vladimir Putin"]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        spans, count = find_in_text("putin", screen.article.text)
        assert f"{count} in text" in str(status.content)
        assert screen.query_one(ArticleView).search_spans == spans


async def test_n_walks_past_the_highlighted_matches_to_every_match_the_count_names(analyzer, monkeypatch):
    """Only the first `MAX_TEXT_MATCHES` matches are highlighted (a one-letter
    query on a huge article), but the search line counts them all, and n/N
    walk them all: "1/20,000", then on past the 5,000th, and N from the first
    to the last, never wrapping round at the cap under a count that says more."""
    from tui.widgets.search_bar import TextFinder, find_in_text

    monkeypatch.setattr(TextFinder.__init__, "__defaults__", (3,))  # the cap, made small
    async with opened(SEED, analyzer) as (app, pilot, screen):
        word = "said"  # a plain word of the article, no actor's name
        expected = [start for start, _end in find_in_text(word, screen.article.text)[0]]
        assert len(expected) > 5
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        status = screen.query_one("#search-status")
        assert view.current == (expected[0], expected[0] + 4)
        assert f"1/{len(expected)} in text" in str(status.content)
        await pilot.press("n", "n", "n", "n")
        await pilot.pause()
        assert view.current == (expected[4], expected[4] + 4)
        assert f"5/{len(expected)} in text" in str(status.content)
        await pilot.press("N", "N", "N", "N", "N")
        await pilot.pause()
        assert view.current == (expected[-1], expected[-1] + 4)
        assert f"{len(expected)}/{len(expected)} in text" in str(status.content)
        await pilot.press("N")
        await pilot.pause()
        assert view.current == (expected[-2], expected[-2] + 4)
        await pilot.press("n", "n")
        await pilot.pause()
        assert view.current == (expected[0], expected[0] + 4)  # round to the first


async def test_the_footer_says_escape_clears_a_search_walked_from_the_article(analyzer):
    """After Enter on a search with no actor the focus is back on the article
    and Escape clears the search, but the footer said "esc Back" (to the
    library, which it does only once the search is gone)."""
    from tui.screens.article import ArticleScreen

    from .helpers import rendered

    def footer() -> str:
        return rendered(app)[0].rstrip("\n").split("\n")[-1]

    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("slash", *"summit", "enter")
        await pilot.pause()
        await pilot.pause()
        assert screen.searching and not screen.query_one(SearchBar).input.has_focus
        assert "Clear search" in footer() and "Back" not in footer(), footer()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert not screen.searching and isinstance(app.screen, ArticleScreen)
        assert "Back" in footer() and "Clear search" not in footer(), footer()
