"""Pilot tests of the Feeds view against the local test server: reaching it
from the library, unread counts, refreshing in the background while keys are
answered, opening an item (download, analysis, read state), reading it again
offline, and a failing item or feed as a notice."""

from __future__ import annotations

import pytest

from tests.app.helpers import rendered, settle, spy_notices, wait_for
from tests.localweb import LocalWeb, rss
from tui.app import make_app
from tui.library.articles import open_url
from tui.library.fetch import Fetcher
from tui.library.refresh import subscribe
from tui.library.store import Store
from tui.screens.article import ArticleScreen
from tui.screens.feeds import FeedList, FeedsScreen, ItemTable
from tui.screens.library import LibraryScreen
from .helpers import assert_table_fits_each_size, calls_on_ui_thread, library_ready


@pytest.fixture
def web():
    with LocalWeb() as server:
        yield server


def follow(web: LocalWeb, *paths: str) -> None:
    with Store.open() as store, Fetcher() as fetcher:
        for path in paths:
            subscribe(store, fetcher, web.url(path))


def save_article(web: LocalWeb, path: str = "/article.html") -> None:
    """Download and store one article, as Enter in the feeds view or `newsreader URL` would."""
    with Store.open() as store, Fetcher() as fetcher:
        open_url(web.url(path), store, fetcher)


async def feeds_view(app, pilot) -> FeedsScreen:
    await settle(app, pilot)
    assert isinstance(app.screen, LibraryScreen)
    await pilot.press("f")
    await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen))
    screen = app.screen
    await wait_for(pilot, lambda: screen.feeds and screen.rows)
    await pilot.pause()
    return screen


async def test_the_feeds_view_lists_feeds_unread_counts_and_items(web, analyzer, small_library):
    follow(web, "/rss2.xml", "/atom.xml", "/html_titles.xml")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        text = rendered(app)[0]
        assert "Example Gazette: Local" in text and "Northern Example Times (Atom)" in text
        assert "8 unread" in text  # 3 + 2 + 3
        # the first feed by name is highlighted; its titles are plain text, markup shown literally
        assert "Breaking: Q&A with the mayor" in text
        assert "[bold red]Not markup[/] nor an escape" in text
        assert "2024-03-06 07:00" in text
        await pilot.press("j")  # the next feed
        await wait_for(pilot, lambda: "Harbour town votes to rebuild its old pier" in rendered(app)[0])
        assert screen.query_one(FeedList).has_focus
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))


async def test_enter_downloads_analyses_opens_and_marks_read(web, analyzer, small_library):
    follow(web, "/rss2.xml")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        await pilot.press("enter")  # into the items
        assert screen.query_one(ItemTable).has_focus
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        article_screen = app.screen
        assert article_screen.article.source == web.url("/article.html")
        await wait_for(pilot, lambda: article_screen.analysis is not None)
        assert any(actor.name == "John Roe" for actor in article_screen.analysis.actors)
        text = rendered(app)[0]
        assert "The Example Gazette · 2024-03-05 · Jane Doe" in text  # the origin under the article
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await wait_for(pilot, lambda: screen.feeds and next(iter(screen.feeds.values())).unread == 2)
        await wait_for(pilot, lambda: screen.rows and next(iter(screen.rows.values())).read)
        assert next(iter(screen.rows.values())).stored
        await settle(app, pilot)
    with Store.open() as store:
        assert store.article(web.url("/article.html")).read


async def test_a_stored_article_opens_offline(analyzer, small_library):
    with LocalWeb() as web:
        follow(web, "/rss2.xml")
        save_article(web)
    # the server is gone: the stored copy still opens, from the feed and from "Saved articles"
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert "Lowmoor" in app.screen.article.text
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        screen.query_one(FeedList).focus()
        await pilot.press("G")  # "Saved articles", the last entry
        await wait_for(pilot, lambda: screen.current == "saved" and screen.rows)
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await settle(app, pilot)


async def test_an_item_that_cannot_be_downloaded_is_a_notice(web, analyzer, small_library):
    follow(web, "/rss2.xml")
    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        await pilot.press("enter", "G", "enter")  # the last item's page is a 404
        await wait_for(pilot, lambda: any("HTTP 404" in m for m in notices))
        assert app.screen is screen
        await settle(app, pilot)


async def test_refresh_runs_in_the_background_with_progress_and_keys_answered(web, analyzer, small_library):
    paths = []
    for n in range(12):
        items = [(f"Story {n}-{i}", f"http://news.invalid/{n}/{i}", "Tue, 05 Mar 2024 09:30:00 GMT")
                 for i in range(5)]
        web.add(f"/feed{n:02}.xml", rss(f"Feed {n:02}", items), "application/rss+xml")
        paths.append(f"/feed{n:02}.xml")
    follow(web, *paths)
    web.add("/feed00.xml", rss("Feed 00", [("Story new", "http://news.invalid/new", "Wed, 06 Mar 2024 09:30:00 GMT")]),
            "application/rss+xml", delay=1.0)
    for n in range(1, 12):  # slow answers: the refresh takes a while
        web.routes[f"/feed{n:02}.xml"].delay = 1.0
    web.add("/feed11.xml", b"<html>gone</html>", "text/html", status=500)
    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        feed_list = screen.query_one(FeedList)
        await pilot.press("r")
        assert screen.refreshing and screen.has_class("-refreshing")
        moved = []
        for _ in range(4):  # keys are answered while the refresh runs
            before = feed_list.highlighted
            await pilot.press("j")
            moved.append(feed_list.highlighted != before and screen.refreshing)
        assert all(moved)
        await wait_for(pilot, lambda: not screen.refreshing, timeout=30)
        assert not screen.has_class("-refreshing")
        messages = notices
        assert any(web.url("/feed11.xml") in m and "HTTP 500" in m for m in messages), messages
        assert any("Refreshed 11 of 12 feeds: 1 new item." in m for m in messages), messages
        await wait_for(pilot, lambda: screen.feeds and sum(f.unread for f in screen.feeds.values()) == 61)
        assert "! Feed 11" in rendered(app)[0]
        await settle(app, pilot)


async def test_keys_in_the_feeds_view_say_why_they_do_nothing(web, analyzer, small_library):
    """R with no feeds at all, and m on a saved article (only a feed's items have
    a read mark to change), each answer with a notice; a long title ends in `…`."""
    long_title = "Council votes on the harbour budget after a long night " * 3
    web.add("/long.xml", rss("Example Long Titles", [(long_title, web.url("/article.html"),
                                                      "Tue, 05 Mar 2024 07:00:00 GMT")]),
            content_type="application/rss+xml")
    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen) and app.screen.current is not None)
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert notices[-1] == "No feeds to refresh yet."
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
    follow(web, "/long.xml")
    save_article(web)
    app = make_app(small_library, analyzer)
    notices = spy_notices(app)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        title_line = next(line for line in rendered(app)[0].split("\n") if "Council votes" in line)
        assert "…" in title_line
        screen.query_one(FeedList).focus()
        await pilot.press("G")  # "Saved articles"
        await wait_for(pilot, lambda: screen.current == "saved" and screen.rows)
        screen.query_one(ItemTable).focus()
        await pilot.press("m")
        await pilot.pause()
        assert notices and "saved article" in notices[-1]


async def test_at_80_columns_the_feeds_list_narrows_so_the_items_keep_their_columns(web, analyzer, small_library):
    follow(web, "/rss2.xml")
    save_article(web)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        assert screen.query_one(FeedList).outer_size.width == 36
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        feed_list = screen.query_one(FeedList)
        assert feed_list.outer_size.width < 36
        text = rendered(app)[0]
        assert "stored" in text  # the last column is on screen
        # each feed's label on one line: its count at the end of the name's line
        lines = [line[feed_list.region.x:feed_list.region.right].strip("│ ") for line in text.split("\n")]
        assert any(line.startswith("Example") and line.split()[-1].isdigit() for line in lines), lines
        assert all(option.prompt.cell_length <= feed_list.scrollable_content_region.width
                   for option in feed_list.options)


async def test_a_resize_sizes_the_item_columns_once_for_the_new_width(web, analyzer, small_library):
    follow(web, "/rss2.xml")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        widths: list[int] = []
        real = screen._size_columns

        def size_columns() -> None:
            widths.append(screen.query_one(ItemTable).size.width)
            real()

        screen._size_columns = size_columns  # type: ignore[method-assign]
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        await pilot.pause()
        table = screen.query_one(ItemTable)
        assert widths == [table.size.width]  # once, with the table's new width
        assert sum(c.get_render_width(table) for c in table.columns.values()) == table.size.width


def columns_fill(table) -> bool:
    """The item columns take the table's whole row width (less a shown scrollbar's)."""
    bar = table.styles.scrollbar_size_vertical if table.show_vertical_scrollbar else 0
    return sum(c.get_render_width(table) for c in table.columns.values()) == table.size.width - bar


async def test_item_titles_take_the_width_no_column_leaves_blank(web, analyzer, small_library):
    """At 100 columns the titles were cut while about 12 columns stayed
    blank: a "stored" column empty on every row, a scrollbar's room counted
    for a short feed, and the room of the bar a long feed had shown before.
    The titles now take what the state and date leave; "stored" shows only
    where some item of the feed is stored."""
    from tests.localweb import feed_set

    feed_set(web, 1, 40)
    follow(web, "/rss2.xml", "/feed00.xml")  # "Example Gazette" (3 items), then "Feed 00" (40)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        table = screen.query_one(ItemTable)
        assert "stored" not in table.columns and columns_fill(table)
        await pilot.press("j")  # the long feed: a scrollbar
        await wait_for(pilot, lambda: len(screen.rows) == 40)
        await pilot.pause()
        assert table.show_vertical_scrollbar and columns_fill(table)
        await pilot.press("k")  # the short feed again, its bar gone
        await wait_for(pilot, lambda: len(screen.rows) == 3)
        await pilot.pause()
        await pilot.pause()
        assert not table.show_vertical_scrollbar and columns_fill(table)
        text = rendered(app)[0]
        assert "Harbour town votes to rebuild its old pier" in text  # whole, not cut
        save_article(web)  # one item of the feed stored: its column is back
        screen.load_items(screen.current)
        await wait_for(pilot, lambda: "stored" in table.columns)
        await pilot.pause()
        assert columns_fill(table) and "stored" in rendered(app)[0]


async def test_help_from_the_feeds_view_starts_with_its_keys(web, analyzer, small_library):
    """`?` in the Feeds view: Feeds' keys (m read/unread is in no footer) on
    the first page, not two pages down under the article's."""
    from tui.screens.help import HelpScreen

    follow(web, "/rss2.xml")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        await feeds_view(app, pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        text = rendered(app)[0]
        assert "Mark the highlighted item read or unread" in text
        # (the text is no test of the order: the Feeds view's title behind the help says "Feeds")
        sections = [str(section.render()) for section in app.screen.query(".help-section")]
        assert sections[:2] == ["Everywhere", "Feeds"], sections


async def test_escape_from_a_page_opened_on_its_own_leads_to_the_feeds_view(web, analyzer):
    """`newsreader URL` (or `newsreader` reopening a page): Escape had nowhere
    to go, so no library or feed could be reached but by quitting. It leads
    to the Feeds view, whose Saved articles list the page; Escape there is
    no key (nothing below it) and Enter opens the page again."""
    from tui.library.articles import to_article

    save_article(web)
    with Store.open() as store:
        article = to_article(store.article(web.url("/article.html")))
    app = make_app(article, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen._ready)
        await pilot.pause()
        assert "esc" in rendered(app)[0].rstrip().split("\n")[-1].lower()
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen))
        feeds = app.screen
        await wait_for(pilot, lambda: feeds.saved_count == 1)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is feeds and app.is_running
        assert "Back" not in rendered(app)[0].rstrip().split("\n")[-1]
        await pilot.press("ctrl+p")  # a dialog over it is still nothing below it
        await pilot.pause()
        assert app.screen is not feeds and feeds.check_action("back", ()) is False
        assert "Back" not in rendered(app)[0].rstrip().split("\n")[-1]
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is feeds)
        feeds.query_one(FeedList).highlighted = len(feeds.feeds)  # Saved articles
        await wait_for(pilot, lambda: feeds.rows)
        feeds.query_one(ItemTable).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is feeds)


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


async def test_at_80_columns_the_hint_on_adding_feeds_is_shown_whole(analyzer, small_library):
    """The status line was one row high: at 80 columns the hint lost its end
    ("… 'newsreader feeds add URL' or" and nothing after)."""
    from tui.app import make_app
    from tui.screens.feeds import FeedsScreen

    from .helpers import region_text

    app = make_app(small_library, analyzer)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(app, pilot, entries=2)
        await pilot.press("f")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen))
        await settle(app, pilot)
        status = app.screen.query_one("#feeds-status")
        shown = " ".join(" ".join(region_text(app, status)).split())
        assert "'newsreader feeds add URL' or 'feeds import FILE.opml'" in shown


async def test_a_downloaded_article_opens_from_the_people_view_read_off_the_ui_thread(
        web, analyzer, small_library, monkeypatch):
    """Enter on a person's place in a downloaded article: its stored copy is
    read in a worker (it was read on the UI thread), and the article opens there."""
    from tui.analysis.userdata import corrected_and_indexed, text_hash
    from tui.library.articles import to_article
    from tui.screens.people import PlaceList

    from .helpers import people_ready

    save_article(web)
    url = web.url("/article.html")
    with Store.open() as store:
        article = to_article(store.article(url))
    corrected_and_indexed(analyzer.analyze(article))
    digest = text_hash(article.text)
    on_main = calls_on_ui_thread(monkeypatch, Store, "article")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        people = await people_ready(app, pilot)
        found = None
        for candidate in people.shown:
            people.show_person(candidate)
            await settle(app, pilot)
            if any(place.text_hash == digest for place in people.places):
                found = candidate
                break
        assert found is people.person
        places = people.query_one(PlaceList)
        index = next(i for i, o in enumerate(places.options)
                     if o.id is not None and people.places[int(o.id)].text_hash == digest)
        places.highlighted = index
        places.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert app.screen.article.source == url
        assert on_main and not any(on_main)


async def test_the_items_fit_their_width_after_a_resize(web, analyzer, small_library):
    """From 120 to 80 columns the item table kept its old width: a horizontal
    scrollbar took a line and the columns scrolled sideways."""
    follow(web, "/rss2.xml")
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        table = screen.query_one(ItemTable)
        await assert_table_fits_each_size(pilot, table, ((80, 24), (120, 30), (80, 24)))


async def test_m_then_q_at_once_still_marks_the_item(web, analyzer, small_library, monkeypatch):
    """Marking an item read is written in a worker; quitting right after still
    writes it (the write is one of the app's saves, finished on the way out)."""
    import time

    follow(web, "/rss2.xml")
    real = Store.set_read

    def slow_set_read(self, item_id, read=True):
        time.sleep(0.5)  # a slow disk: still writing when the app ends
        return real(self, item_id, read)

    monkeypatch.setattr(Store, "set_read", slow_set_read)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await feeds_view(app, pilot)
        screen.query_one(ItemTable).focus()
        row = screen.rows[screen._row_key(0)]
        assert not row.read
        await pilot.press("m", "q")
    with Store.open() as store:
        assert store.item(row.id).read


async def test_newsreader_url_of_a_feed_item_marks_the_item_read(web, analyzer):
    """`newsreader URL` on the address of a followed feed's item opens it as
    Enter on the item in the Feeds view does: the item is read (its feed's
    unread count one less), and so is the stored article."""
    from tui.feeds_cli import load_url

    follow(web, "/rss2.xml")
    article = load_url(web.url("/article.html"))  # what the command line opens, before the app runs
    with Store.open() as store:
        feed = store.feeds()[0]
        assert feed.unread == 3 and not store.article(web.url("/article.html")).read
    app = make_app(article, analyzer)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen._ready)
        await pilot.press("escape")  # to the Feeds view, where the feed shows one read item
        await wait_for(pilot, lambda: isinstance(app.screen, FeedsScreen))
        feeds = app.screen
        await wait_for(pilot, lambda: feeds.feeds and next(iter(feeds.feeds.values())).unread == 2)
        await settle(app, pilot)
    with Store.open() as store:
        read = {item.url: item.read for item in store.items(feed.id)}
        assert read == {web.url("/article.html"): True, web.url("/cp1252.html"): False,
                        web.url("/missing.html"): False}
        assert store.article(web.url("/article.html")).read
