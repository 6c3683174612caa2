"""The web library without the internet: the HTTP client's hygiene, feed and
OPML parsing, the SQLite store, downloads kept for offline reading, and refresh
— all against a local server on 127.0.0.1 (tests/localweb.py) serving
fixture pages and feeds written for these tests (tests/fixtures/web)."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.localweb import LocalWeb, rss
from tui.library import opml
from tui.library.articles import open_url, to_article
from tui.library.feeds import FeedError, parse_feed, plain
from tui.library.fetch import USER_AGENT, Fetcher, FetchError, check_url, is_web_url
from tui.library.refresh import refresh, subscribe
from tui.library.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError


@pytest.fixture(scope="module")
def web():
    with LocalWeb() as server:
        yield server


@pytest.fixture
def fetcher():
    with Fetcher(total_timeout=2.0, connect_timeout=2.0) as client:
        yield client


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "library.db") as library:
        yield library


# ------------------------------------------------------------------ fetching

@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a.txt", "data:text/html,<p>hi</p>",
                                 "javascript:alert(1)", "example.com/news", "http:///nohost"])
def test_only_http_and_https_addresses_are_fetched(url, fetcher):
    assert not is_web_url(url)
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert str(caught.value).startswith(url.strip())
    assert "\n" not in str(caught.value)


def test_a_page_comes_with_the_app_user_agent(web, fetcher):
    response = fetcher.get(web.url("/article.html"))
    assert response.status == 200 and b"Harbour town" in response.content
    assert web.user_agents[-1] == USER_AGENT and USER_AGENT.startswith("newsreader/")


@pytest.mark.parametrize(("path", "reason"), [
    ("/nothing-here.html", "HTTP 404"),
    ("/loop/1", "redirect loop"),
    ("/hop/8", "too many redirects"),
    ("/to-file", "redirected to a refused address"),
    ("/image.png", "not a web page (served as image/png)"),
])
def test_failures_are_one_line_naming_the_address(web, fetcher, path, reason):
    with pytest.raises(FetchError) as caught:
        fetcher.get(web.url(path))
    message = str(caught.value)
    assert message.startswith(web.url(path) + ": ") and reason in message and "\n" not in message


def test_redirects_are_followed_up_to_the_cap(web, fetcher):
    assert fetcher.get(web.url("/hop/3")).url == web.url("/article.html")


def test_a_slow_server_times_out(web):
    with Fetcher(total_timeout=0.5, connect_timeout=0.5) as client:
        start = time.monotonic()
        with pytest.raises(FetchError, match="timed out"):
            client.get(web.url("/slow"))
        assert time.monotonic() - start < 3


def test_an_endless_page_stops_at_the_size_cap(web):
    with Fetcher(max_bytes=1024 * 1024) as client:
        start = time.monotonic()
        with pytest.raises(FetchError, match="too large"):
            client.get(web.url("/endless"))
        assert time.monotonic() - start < 5  # it stopped reading, it did not drain gigabytes


def test_conditional_get_answers_not_modified(web, fetcher):
    first = fetcher.get(web.url("/rss2.xml"), "feed")
    assert first.etag
    again = fetcher.get(web.url("/rss2.xml"), "feed", etag=first.etag)
    assert again.not_modified and again.content == b""
    by_date = fetcher.get(web.url("/rss2.xml"), "feed", last_modified=first.last_modified)
    assert by_date.not_modified


def test_requests_per_host_are_capped():
    from concurrent.futures import ThreadPoolExecutor

    with LocalWeb() as web:  # its own server: nothing else in flight
        for n in range(8):
            web.add(f"/slowfeed{n}.xml", rss(f"Slow {n}", []), "application/rss+xml", delay=0.3)
        with Fetcher(per_host=2) as client, ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n: client.get(web.url(f"/slowfeed{n}.xml"), "feed"), range(8)))
        assert web.max_in_flight == 2


def test_only_the_page_is_fetched_never_its_scripts_or_images(web, fetcher, store):
    before = dict(web.hits)
    open_url(web.url("/article.html"), store, fetcher)
    fetched = {path for path, count in web.hits.items() if count > before.get(path, 0)}
    assert fetched == {"/article.html"}


# ------------------------------------------------------------------- feeds

@pytest.mark.parametrize(("path", "title", "first"), [
    ("/rss2.xml", "Example Gazette: Local", "Harbour town votes to rebuild its old pier"),
    ("/rss1.rdf", "The Weekly Example (RSS 1.0)", "Bridge reopens after repairs"),
    ("/atom.xml", "Northern Example Times (Atom)", "Ferry timetable changes from April"),
])
def test_rss2_rss1_and_atom_feeds_parse(web, fetcher, path, title, first):
    response = fetcher.get(web.url(path), "feed")
    feed = parse_feed(response.content, response.url)
    assert feed.title == title
    assert feed.items[0].title == first
    assert all(item.published and item.published.endswith("Z") for item in feed.items)
    assert len({item.guid for item in feed.items}) == len(feed.items)


def test_relative_links_resolve_against_the_feed(web, fetcher):
    response = fetcher.get(web.url("/rss2.xml"), "feed")
    assert parse_feed(response.content, response.url).items[0].url == web.url("/article.html")


def test_titles_with_html_and_escapes_become_plain_text(web, fetcher):
    response = fetcher.get(web.url("/html_titles.xml"), "feed")
    feed = parse_feed(response.content, response.url)
    assert feed.title == "Escapes & Tags Daily"
    titles = [item.title for item in feed.items]
    assert titles[0] == "Breaking: Q&A with the mayor"
    assert titles[1] == "Prices rise 5% & more to come"
    assert "\x1b" not in titles[2] and titles[2].startswith("[bold red]Not markup[/]")  # shown literally later


def test_plain_titles():
    assert plain("AT&amp;T <b>wins</b>") == "AT&T wins"
    assert plain("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2"
    assert plain("Jane\u202eDoe\nsays") == "JaneDoe says"


def test_a_page_is_not_a_feed(web, fetcher):
    response = fetcher.get(web.url("/article.html"), "feed")
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(response.content, response.url)


# -------------------------------------------------------------------- OPML

def test_opml_round_trip():
    feeds = [opml.Outline("http://a.invalid/rss", "Jane's <news> & views"), opml.Outline("http://b.invalid/atom")]
    document = opml.write_opml(feeds)
    assert opml.parse_opml(document.encode("utf-8")) == [feeds[0], opml.Outline("http://b.invalid/atom",
                                                                                  "http://b.invalid/atom")]


def test_opml_nested_folders_and_duplicates():
    data = b"""<?xml version="1.0"?><opml version="1.0"><head/><body>
    <outline text="News"><outline text="One" xmlUrl="http://one.invalid/f"/>
      <outline text="Deeper"><outline title="Two" xmlUrl="http://two.invalid/f"/></outline></outline>
    <outline text="One again" xmlUrl="http://one.invalid/f"/><outline text="folder only"/></body></opml>"""
    assert opml.parse_opml(data) == [opml.Outline("http://one.invalid/f", "One"),
                                     opml.Outline("http://two.invalid/f", "Two")]


@pytest.mark.parametrize("data", [b"not xml at all <", b"<rss/>",
                                  b'<!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>'])
def test_bad_opml_is_refused(data):
    with pytest.raises(opml.OpmlError):
        opml.parse_opml(data)


# ------------------------------------------------------------------- store

def test_a_new_store_is_migrated_and_uses_wal(store):
    assert store.version == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.journal_mode == "wal"
    assert store.check()


def test_a_store_from_a_newer_version_is_refused_not_damaged(tmp_path):
    path = tmp_path / "library.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer newsreader"):
        Store(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    db.close()


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "library.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)


def test_the_default_store_lives_in_the_data_dir_not_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "data"))
    with Store.open() as library:
        assert library.path == tmp_path / "data" / "library.db"


def test_a_refresh_keeps_read_state_and_counts_new_items(store):
    from tui.library.feeds import FeedItem, ParsedFeed

    feed, added = store.add_feed("http://feed.invalid/rss")
    assert added and store.add_feed("http://feed.invalid/rss")[1] is False
    items = tuple(FeedItem(f"g{n}", f"http://feed.invalid/{n}", f"Item {n}", f"2024-01-0{n}T00:00:00Z")
                  for n in range(1, 4))
    assert store.record_refresh(feed.id, ParsedFeed("A feed", None, items)) == 3
    first = store.items(feed.id)
    assert [i.title for i in first] == ["Item 3", "Item 2", "Item 1"]  # newest first
    store.set_read(first[0].id)
    renamed = (FeedItem("g3", "http://feed.invalid/3", "Item 3, updated", None), *items[:2],
               FeedItem("g4", "http://feed.invalid/4", "Item 4", "2024-01-04T00:00:00Z"))
    assert store.record_refresh(feed.id, ParsedFeed("A feed", None, renamed)) == 1
    again = {i.guid: i for i in store.items(feed.id)}
    assert again["g3"].read and again["g3"].title == "Item 3, updated" and again["g3"].published
    assert store.feed(feed.id).unread == 3 and store.feed(feed.id).total == 4
    assert store.remove_feed("http://feed.invalid/rss") and store.feeds() == []


def test_articles_of_a_feed_for_exports(web, fetcher, store):
    feed, _, _ = subscribe(store, fetcher, web.url("/rss2.xml"))
    assert store.articles(feed.id) == []
    open_url(web.url("/article.html"), store, fetcher)
    [stored] = store.articles(feed.id)
    assert stored.url == web.url("/article.html") and stored.date and "Lowmoor" in stored.text


# ------------------------------------------------------------------ articles

def test_a_downloaded_article_has_its_metadata_and_reads_again_offline(web, fetcher, store):
    article = open_url(web.url("/hop/1"), store, fetcher)
    assert article.title == "Harbour town votes to rebuild its old pier"
    assert article.source == web.url("/hop/1")
    origin = article.origin
    assert origin.url == web.url("/article.html")  # after the redirect
    assert origin.author == "Jane Doe" and origin.date == "2024-03-05" and origin.site == "The Example Gazette"
    hits = web.hits["/article.html"]
    offline = open_url(web.url("/hop/1"), store, None)
    assert offline == article and web.hits["/article.html"] == hits
    assert open_url(web.url("/article.html"), store, None).text == article.text  # by its final address too


def test_a_cp1252_page_with_a_lying_meta_charset_reads_right(web, fetcher, store):
    article = open_url(web.url("/cp1252.html"), store, fetcher)
    assert article.title == "Café owners ‘fear’ the new rules"
    assert "Renée Dupont" in article.text and "£120" in article.text and "\ufffd" not in article.text


def test_an_http_charset_beats_the_meta_charset(web, fetcher, store):
    body = (b'<html><head><meta charset="utf-8"><title>x</title></head><body><article><h1>Caf\xe9 news</h1>'
            + b"<p>" + b"The caf\xe9 opened again on Monday after a long winter. " * 12 + b"</p></article></body></html>")
    url = web.add("/latin1.html", body, "text/html; charset=windows-1252")
    assert "café opened" in open_url(url, store, fetcher).text


def test_offline_without_a_stored_copy_says_so(store):
    with pytest.raises(FetchError, match="offline"):
        open_url("http://127.0.0.1:9/never.html", store, None)


def test_to_article_keeps_the_source_and_date(store, web, fetcher):
    open_url(web.url("/article.html"), store, fetcher)
    stored = store.article(web.url("/article.html"))
    article = to_article(stored)
    assert article.origin.date == stored.date and article.text == stored.text


# ------------------------------------------------------------------- refresh

def test_a_failing_feed_never_stops_the_others(web, fetcher, store):
    good = [store.add_feed(web.url(p))[0] for p in ("/rss2.xml", "/atom.xml", "/rss1.rdf")]
    bad = [store.add_feed(web.url(p))[0] for p in ("/gone.xml", "/loop/1", "/article.html")]
    seen = []
    results = refresh(store, fetcher, progress=lambda done, total, r: seen.append((done, total)))
    assert seen[-1] == (6, 6) and [d for d, _ in seen] == list(range(1, 7))
    by_url = {r.feed.url: r for r in results}
    assert all(by_url[f.url].ok and by_url[f.url].new > 0 for f in good)
    for feed in bad:
        error = by_url[feed.url].error
        assert error and error.startswith(feed.url + ": ") and "\n" not in error
        assert store.feed(feed.id).error == error
    # the next refresh asks conditionally and the server answers 304
    again = {r.feed.url: r for r in refresh(store, fetcher, good)}
    assert all(again[f.url].not_modified for f in good)


def test_subscribe_refuses_what_is_not_a_feed(web, fetcher, store):
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        subscribe(store, fetcher, web.url("/article.html"))
    assert store.feeds() == []


def test_check_url_strips_and_keeps_good_addresses():
    assert check_url("  https://example.com/a?b=1 ") == "https://example.com/a?b=1"
