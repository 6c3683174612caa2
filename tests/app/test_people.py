"""Pilot tests of the People view: actors merged across the library's
articles, the filter, and opening an article at a person's quote or mention."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.people import PeopleList, PeopleScreen, PlaceList

from .helpers import library_ready, settle, wait_for

ARTICLES = {
    "a_visit.txt": "Jane Doe visits Springfield\n\nJane Doe, the mayor of Springfield, said “We are ready for "
                   "the storm.” Doe spoke to reporters on Monday.\n",
    "b_council.txt": "Council meets in Shelbyville\n\nThe council met on Tuesday. “It went well,” Jane Doe said after "
                     "the meeting. John Roe, a councillor, disagreed with her.\n",
}


@pytest.fixture
def doe_library(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def person(screen: PeopleScreen, name: str):
    return next(p for p in screen.people if p.name == name)


async def open_people(app, pilot) -> PeopleScreen:
    await library_ready(app, pilot, entries=len(ARTICLES), analysed=True)
    await pilot.press("p")
    await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen))
    await pilot.pause()
    return app.screen


async def test_people_are_merged_across_articles_and_open_the_article(analyzer, doe_library):
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        jane = person(people, "Jane Doe")
        assert jane.articles == 2 and jane.quotes == 2 and jane.mentions >= 4
        # filtering as you type
        people.query_one("#people-filter", Input).value = "doe"
        await pilot.pause()
        assert people.shown[0] is jane and all("doe" in p.haystack for p in people.shown)
        people.query_one("#people-filter", Input).value = "shelbyvile"  # fuzzy: a letter missing
        await pilot.pause()
        assert [p.name for p in people.shown][:1] == ["Shelbyville"]
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert len(people.shown) == len(people.people)
        # Enter on a person lists their quotes and mentions, article by article
        people.query_one(PeopleList).highlighted = people.shown.index(jane)
        people.query_one(PeopleList).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert people.person is jane
        quotes = [p for p in people.places if p.kind == "quote"]
        assert len(quotes) == 2 and len({p.text_hash for p in people.places}) == 2
        # Enter on a place opens the article there
        places = people.query_one(PlaceList)
        assert places.has_focus
        target = people.places[int(places.highlighted_option.id)]
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await wait_for(pilot, lambda: screen.analysis is not None)
        await pilot.pause()
        assert screen.selected is not None and screen.selected.name == "Jane Doe"
        if target.kind == "mention":
            assert screen.selected.mentions[screen.position].start == target.start
        # Esc goes back to the People view
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is people


async def test_a_correction_reaches_the_people_view(analyzer, doe_library):
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await library_ready(app, pilot, entries=len(ARTICLES), analysed=True)
        await pilot.press("enter")  # the first article
        await settle(app, pilot)
        screen = app.screen
        await wait_for(pilot, lambda: screen.analysis is not None)
        screen.select_actor(next(a for a in screen.analysis.actors if a.name == "Springfield"))
        await pilot.press("r")
        await wait_for(pilot, lambda: app.screen.query("#prompt-input"))
        app.screen.query_one("#prompt-input", Input).value = "Springfield City"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is library
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen))
        names = {p.name for p in app.screen.people}
        assert "Springfield City" in names and "Springfield" not in names


async def test_typing_in_the_people_list_filters(analyzer, doe_library):
    """README: "Type (or /) to filter": letters typed on the list go to the
    filter (they went nowhere, and Enter then opened whoever was on top);
    j/k still move the list."""
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        listing = people.query_one(PeopleList)
        assert listing.has_focus
        await pilot.press("j")
        await pilot.pause()
        assert listing.highlighted == 1 and not people.query_one("#people-filter", Input).value
        await pilot.press(*"shelbyvile")
        await pilot.pause()
        assert people.query_one("#people-filter", Input).value == "shelbyvile"
        assert people.shown[0].name == "Shelbyville"
        await pilot.press("enter")
        await pilot.pause()
        assert people.person is not None and people.person.name == "Shelbyville"
