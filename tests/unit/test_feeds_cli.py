"""`newsreader URL`, `newsreader analyze URL` and `newsreader feeds ...` run as a
user runs them (subprocesses) against the local test server: one-line errors
`newsreader: URL: reason`, exit 1, the others go on. Also: a refresh killed
half-way leaves the library readable and consistent."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.localweb import LocalWeb, rss

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def web():
    with LocalWeb() as server:
        yield server


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    """The environment of one user: their own library and cache."""
    env = {**os.environ, "NEWSREADER_DATA_DIR": str(tmp_path / "data"),
           "NEWSREADER_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("NEWSREADER_DEBUG", None)
    return env


def run(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_feeds_add_list_refresh_remove_export_import(web, home, tmp_path):
    empty = run(home, "feeds")
    assert empty.returncode == 0 and "No feeds yet" in empty.stdout

    added = run(home, "feeds", "add", web.url("/rss2.xml"), web.url("/nope.xml"), web.url("/atom.xml"))
    assert added.returncode == 1  # one failed; the others were added
    assert added.stderr == f"newsreader: {web.url('/nope.xml')}: HTTP 404 Not Found\n"
    assert "added: Example Gazette: Local (3 new items)" in added.stdout
    assert "added: Northern Example Times (Atom) (2 new items)" in added.stdout

    listed = run(home, "feeds")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert len(lines) == 2 and "3 unread" in lines[0] and web.url("/rss2.xml") in lines[0]

    refreshed = run(home, "feeds", "refresh")
    assert refreshed.returncode == 0 and "refreshed 2 of 2 feeds: 0 new items" in refreshed.stdout

    exported = run(home, "feeds", "export")
    assert exported.returncode == 0 and exported.stdout.startswith("<?xml")
    opml_file = tmp_path / "subs.opml"
    opml_file.write_text(exported.stdout, encoding="utf-8")

    removed = run(home, "feeds", "remove", web.url("/atom.xml"))
    assert removed.returncode == 0 and len(run(home, "feeds").stdout.splitlines()) == 1
    not_there = run(home, "feeds", "remove", web.url("/atom.xml"))
    assert not_there.returncode == 1 and not_there.stderr.startswith(f"newsreader: {web.url('/atom.xml')}: ")

    imported = run(home, "feeds", "import", str(opml_file))
    assert imported.returncode == 0 and "imported 1 feed (1 already followed)" in imported.stdout
    assert len(run(home, "feeds").stdout.splitlines()) == 2


def test_feeds_import_of_a_bad_file_is_one_line(home, tmp_path):
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    result = run(home, "feeds", "import", str(bad))
    assert result.returncode == 1 and result.stderr.startswith(f"newsreader: {bad}: not valid XML")
    assert result.stderr.count("\n") == 1


def test_feeds_usage_error(home):
    result = run(home, "feeds", "frobnicate")
    assert result.returncode == 2 and result.stderr.startswith("newsreader: ") and "Traceback" not in result.stderr


@pytest.mark.parametrize(("path", "reason"), [
    ("/gone.html", "HTTP 404 Not Found"),
    ("/loop/1", "redirect loop"),
    ("/image.png", "not a web page (served as image/png)"),
])
def test_analyze_a_bad_address_is_one_line_and_exit_1(web, home, path, reason):
    result = run(home, "analyze", web.url(path), "--format", "json")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == f"newsreader: {web.url(path)}: {reason}\n"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "data:text/html,hello"])
def test_other_schemes_are_refused(home, url):
    for args in (("analyze", url), (url,)):
        result = run(home, *args)
        assert result.returncode == 1 and "not supported (only http and https)" in result.stderr
        assert result.stderr.startswith(f"newsreader: {url}: ") and result.stderr.count("\n") == 1


def test_analyze_an_address_gives_the_source_and_its_date(web, home):
    result = run(home, "analyze", web.url("/article.html"), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"].startswith("newsreader.analysis/")
    assert data["source"] == web.url("/article.html")
    assert data["origin"] == {"url": web.url("/article.html"), "date": "2024-03-05", "author": "Jane Doe",
                              "site": "The Example Gazette", "fetched": data["origin"]["fetched"]}
    assert data["title"] == "Harbour town votes to rebuild its old pier"
    assert any(actor["name"] == "John Roe" for actor in data["actors"])
    for quote in data["quotes"]:
        assert data["text"][quote["start"]:quote["end"]] == quote["text"]
    # kept in the library: the text report works with the server gone (a stored copy)
    report = run(home, "analyze", web.url("/article.html"), "--format", "text")
    assert report.returncode == 0 and "url " + web.url("/article.html") in report.stdout
    assert "date 2024-03-05" in report.stdout


def test_a_file_keeps_its_json_without_origin(home):
    result = run(home, "analyze", str(REPO / "tests" / "gold" / "000_seed.txt"), "--format", "json")
    assert result.returncode == 0 and "origin" not in json.loads(result.stdout)


def test_a_refresh_killed_half_way_leaves_the_library_consistent(home, tmp_path):
    """SIGKILL in the middle of refreshing 30 slow feeds of 20 items: the store
    reopens, passes SQLite's integrity check, and each feed holds all of its
    items or none (one transaction per feed)."""
    from tui.library.store import Store

    with LocalWeb() as web:
        urls = []
        for n in range(30):
            items = [(f"Story {n}-{i}", f"http://news.invalid/{n}/{i}", "Tue, 05 Mar 2024 09:30:00 GMT")
                     for i in range(20)]
            urls.append(web.add(f"/feed{n}.xml", rss(f"Feed {n}", items), "application/rss+xml", delay=0.4))
        with Store(Path(home["NEWSREADER_DATA_DIR"]) / "library.db") as store:
            for url in urls:
                store.add_feed(url)
        proc = subprocess.Popen([sys.executable, "-m", "tui", "feeds", "refresh"], cwd=REPO, env=home,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            db_path = Path(home["NEWSREADER_DATA_DIR"]) / "library.db"
            while time.monotonic() < deadline:  # wait until some feeds are in, not all
                probe = sqlite3.connect(db_path, timeout=10)
                done = probe.execute("SELECT COUNT(*) FROM feeds WHERE checked_at IS NOT NULL").fetchone()[0]
                probe.close()
                if done >= 3:
                    break
                time.sleep(0.05)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
            proc.stdout.close()
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    with Store(db_path) as store:
        assert store.check()
        feeds = store.feeds()
        assert len(feeds) == 30
        counts = [feed.total for feed in feeds]
        assert set(counts) <= {0, 20} and 3 <= counts.count(20) < 30, counts
        for feed in feeds:
            assert (feed.total == 20) == (feed.checked_at is not None)
            assert feed.unread == feed.total
