"""Pilot tests of the People view: actors merged across the library's articles, the
filter, the layout at 120 and 80 columns, opening an article at a person's quote or
mention, and reading the index in workers."""

from __future__ import annotations


import pytest
from textual.widgets import Input

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.people import PeopleList, PeopleScreen, PlaceList

from .helpers import calls_on_ui_thread, library_ready, people_ready, settle, spy_notices, wait_for


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
    return await people_ready(app, pilot)


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


def test_a_mention_opening_its_paragraph_starts_its_line():
    """Not one column to the right of the others (the snippet keeps the space before
    the mention, and at a paragraph's start that is the line break)."""
    from tui.analysis.userdata import Place, snippet
    from tui.screens.people import place_line

    text = "First paragraph.\n\nJane Doe spoke to the council on Monday."
    start = text.index("Jane")
    place = Place("h", "a.txt", "Council", "mention", start, start + 8, 2, snippet(text, start, start + 8))
    assert place_line(place, 40).plain.startswith("Jane Doe spoke")


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
        await settle(app, pilot)  # (the places are read in a worker)
        assert people.person is jane
        quotes = [p for p in people.places if p.kind != "mention"]
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
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen) and app.screen.loaded)
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
        await settle(app, pilot)
        assert people.person is not None and people.person.name == "Shelbyville"


async def test_the_people_index_is_read_off_the_ui_thread(analyzer, doe_library, monkeypatch):
    """Opening the view and choosing a person read the index in workers: the
    UI thread never waits on the database."""
    import threading

    from tui.analysis.userdata import UserData

    threads: dict[str, set[bool]] = {}
    for name in ("name_groups", "places", "members", "indexed_articles"):
        real = getattr(UserData, name)

        def spy(self, *args, _real=real, _name=name, **kwargs):
            threads.setdefault(_name, set()).add(threading.current_thread() is threading.main_thread())
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(UserData, name, spy)
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await library_ready(app, pilot, entries=len(ARTICLES), analysed=True)
        threads.clear()  # (the library's own reading is its business)
        await pilot.press("p")
        people = await people_ready(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert people.places
    assert set(threads) == {"name_groups", "places", "members", "indexed_articles"}
    assert all(on_main == {False} for on_main in threads.values()), threads


async def test_places_read_for_an_earlier_person_are_dropped(analyzer, doe_library, monkeypatch):
    """Enter on one person, then on another before the first one's places are
    read: the list shows the second one's, whatever order the readings end in."""
    import threading

    from tui.analysis.userdata import UserData

    release = threading.Event()
    real = UserData.places
    calls = []

    def slow_first(self, members):
        calls.append(members)
        if len(calls) == 1:
            release.wait(30)
        return real(self, members)

    monkeypatch.setattr(UserData, "places", slow_first)
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        jane, roe = person(people, "Jane Doe"), person(people, "John Roe")
        people.show_person(jane)
        await wait_for(pilot, lambda: len(calls) == 1)
        people.show_person(roe)  # (exclusive: the first worker is cancelled, but its thread runs on)
        await wait_for(pilot, lambda: people.places)
        assert {p.text_hash for p in people.places} and all("Roe" in p.snippet for p in people.places)
        release.set()
        await settle(app, pilot)
        assert people.person is roe and all("Roe" in p.snippet for p in people.places)


async def test_a_reading_of_the_index_overtaken_by_a_newer_one_is_dropped(analyzer, doe_library):
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        before = list(people.people)
        people.post_message(PeopleScreen.Loaded([], None, None, people.epoch - 1))
        await pilot.pause()
        assert people.people == before and people.query_one(PeopleList).option_count == len(before)


async def test_the_people_view_reads_the_index_again_after_a_correction_in_an_article_opened_from_it(
        analyzer, doe_library):
    """Open Springfield's place, rename it there, Esc: the People view lists it
    by its new name (it showed the old one until reopened), the cursor on it."""
    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        people.query_one(PeopleList).highlighted = people.shown.index(person(people, "Springfield"))
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("enter")  # its first place: the article opens there
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await wait_for(pilot, lambda: screen.analysis is not None and screen.selected is not None)
        assert screen.selected.name == "Springfield"
        await pilot.press("r")
        await wait_for(pilot, lambda: app.screen.query("#prompt-input"))
        app.screen.query_one("#prompt-input", Input).value = "Springfield City"
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is people)
        await wait_for(pilot, lambda: any(p.name == "Springfield City" for p in people.people))
        await settle(app, pilot)
        assert "Springfield" not in {p.name for p in people.people}
        assert people.shown[people.query_one(PeopleList).highlighted].name == "Springfield City"


async def test_an_index_that_fails_while_reading_places_is_a_notice(analyzer, doe_library, monkeypatch):
    from tui.analysis.userdata import UserData, UserDataError

    def broken(self, members):
        raise UserDataError("the reader's data x.sqlite3 cannot be read (disk I/O error)")

    app = make_app(doe_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        monkeypatch.setattr(UserData, "places", broken)
        await pilot.press("enter")
        await settle(app, pilot)
        assert any(n.startswith("People unavailable") and "disk I/O error" in n for n in notices)
        assert people.places == [] and people.query_one(PlaceList).option_count == 0


async def test_a_persons_places_take_one_line_each_at_80_columns_and_follow_a_resize(analyzer, doe_library):
    """At 80 columns every place wrapped onto a second line (it was cut to at
    least 30 cells in a list 28 wide), and the article titles too."""
    from tui.widgets.list_keys import row_width

    def fits(listing) -> bool:
        room = row_width(listing)
        return listing.option_count > 0 and all(o.prompt.cell_length <= room for o in listing.options)

    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(80, 24)) as pilot:
        people = await open_people(app, pilot)
        people.query_one(PeopleList).highlighted = people.shown.index(person(people, "Jane Doe"))
        await pilot.press("enter")
        await settle(app, pilot)
        places = people.query_one(PlaceList)
        assert people.places and fits(places)
        narrow = max(o.prompt.cell_length for o in places.options)
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        await pilot.pause()
        assert fits(places) and max(o.prompt.cell_length for o in places.options) > narrow


async def test_a_place_opens_its_article_without_hashing_the_folder_on_the_ui_thread(
        analyzer, doe_library, monkeypatch):
    """Enter on a place found the article by hashing every text of the folder
    on the UI thread (a long pause in a big folder); a worker does it now."""
    from tui.screens import library

    app = make_app(doe_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        people.query_one(PeopleList).highlighted = people.shown.index(person(people, "Jane Doe"))
        people.query_one(PeopleList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        on_main = calls_on_ui_thread(monkeypatch, library, "text_hash")
        target = people.places[int(people.query_one(PlaceList).highlighted_option.id)]
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.article.title == target.title
        await wait_for(pilot, lambda: screen.analysis is not None and screen.selected is not None)
        assert screen.selected.name == "Jane Doe"
        assert on_main and not any(on_main)


async def test_a_place_whose_article_cannot_be_found_is_a_notice(analyzer, doe_library, monkeypatch):
    from tui.screens import library

    def broken(text):
        raise OSError("disk I/O error")

    app = make_app(doe_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        people = await open_people(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        monkeypatch.setattr(library, "text_hash", broken)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is people
        assert any(n.startswith("The article could not be opened") and "disk I/O error" in n for n in notices)


async def test_reported_speech_that_quotes_words_is_not_put_between_quotation_marks_again(analyzer, tmp_path):
    """Kim's reported speech `the two countries had a “fiery friendship” and
    …` was listed as `said “the two countries had a “fiery friendship”…”`,
    its own marks nested in the ones put around it. It reads as it does in
    the article; his direct quotes keep their marks."""
    import re
    import shutil

    from .helpers import SEED

    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    app = make_app(folder, analyzer)
    async with app.run_test(size=(160, 40)) as pilot:
        await library_ready(app, pilot, entries=1, analysed=True)
        await pilot.press("p")
        people = await people_ready(app, pilot)
        kim = person(people, "Kim Jong Un")
        people.query_one(PeopleList).highlighted = people.shown.index(kim)
        people.query_one(PeopleList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        lines = [str(option.prompt) for option in people.query_one(PlaceList).options if option.id is not None]
        said = [found.group(1) for found in (re.match(r"\s*(?:title|¶\d+) said (.*)", line) for line in lines) if found]
        assert len(said) == len([place for place in people.places if place.kind != "mention"]) >= 5
        assert any(line.startswith("the two countries had a “fiery friendship” and") for line in said), said
        assert "“fiery friendship”" in said
        for words in said:  # never a mark inside marks of the same kind put around it
            assert not (words.startswith("“") and "“" in words[1:-1]), words
        # reported speech reads as it does in the article, never as the speaker's own words
        reported = [people.places[int(option.id)].snippet for option in people.query_one(PlaceList).options
                    if option.id is not None and people.places[int(option.id)].kind == "reported"]
        assert reported
        for words in reported:
            shown = next(w for w in said if w.rstrip("”…").startswith(words[:20]) or w.startswith("“" + words[:20]))
            assert not shown.startswith("“") or words.startswith("“"), shown


async def test_a_name_longer_than_the_row_is_cut_not_wrapped_at_80_columns(analyzer, tmp_path):
    """A mention longer than the room a place has ("President Jane Maria
    Doe-Varnholt" in a list 30 wide) kept its whole name and wrapped onto a
    second line, starting under the `¶2` label as if it were an entry."""
    from tui.widgets.list_keys import row_width

    folder = tmp_path / "long"
    folder.mkdir()
    name = "Jane Alexandra Doe-Varnholt"
    (folder / "a.txt").write_text(
        f"Harbour plan approved\n\nCouncillor {name} said the harbour would reopen in May. "
        f"{name} spoke to reporters in Doeville on Monday.\n", encoding="utf-8")
    app = make_app(folder, analyzer)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(app, pilot, entries=1, analysed=True)
        await pilot.press("p")
        people = await people_ready(app, pilot)
        found = next(p for p in people.shown if p.name.endswith("Doe-Varnholt"))
        people.query_one(PeopleList).highlighted = people.shown.index(found)
        await pilot.press("enter")
        await settle(app, pilot)
        places = people.query_one(PlaceList)
        await wait_for(pilot, lambda: people.places)
        room = row_width(places)
        assert len(name) + 6 > room  # (the case: the name alone does not fit)
        assert all(o.prompt.cell_length <= room for o in places.options)
        assert any("Jane Alexandra" in str(o.prompt) and "…" in str(o.prompt) for o in places.options)
