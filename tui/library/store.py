"""The library: feeds, their items, read state and every downloaded article,
in one SQLite file under the data directory (``data_dir()/library.db``; see
`tui.paths`). Not the cache: the cache can be deleted, the library must not be
lost.

Durability: WAL journal, ``synchronous=NORMAL``, a busy timeout, and every
write is one transaction (a refresh of one feed, a saved article, a read mark),
so a process killed at any moment leaves the file consistent: each feed holds
either its old items or all of its new ones.

Schema versions live in ``PRAGMA user_version``; `MIGRATIONS[i]` takes a file
from version i to i + 1, each in its own transaction. A file written by a newer
newsreader (a higher version) is refused rather than damaged.

The API other modules use (all methods thread-safe, one connection behind a
lock):

- feeds: `add_feed`, `remove_feed`, `feeds`, `feed`, `record_refresh`,
  `record_failure`;
- items: `items(feed_id)`, `item`, `set_read`;
- articles: `save_article`, `article(url)`, `articles(feed_id=None)` (every
  stored article of a feed, with its text, source URL and date: what an export
  needs), `mark_article_read`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..paths import data_dir
from ..transaction import Transaction, reason
from .feeds import ParsedFeed

DB_NAME = "library.db"

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: feeds, items, articles
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        site_url TEXT,
        etag TEXT,
        last_modified TEXT,
        added_at REAL NOT NULL,
        checked_at REAL,
        error TEXT
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        published TEXT,
        first_seen REAL NOT NULL,
        read_at REAL,
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX items_by_feed ON items (feed_id, published);
    CREATE INDEX items_by_url ON items (url);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        final_url TEXT,
        title TEXT NOT NULL,
        author TEXT,
        date TEXT,
        site TEXT,
        text TEXT NOT NULL,
        fetched_at REAL NOT NULL,
        read_at REAL
    );
    CREATE INDEX articles_by_final_url ON articles (final_url);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The library file cannot be opened or used; `str()` is one line."""


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str | None
    site_url: str | None
    checked_at: float | None
    error: str | None
    unread: int = 0
    total: int = 0

    @property
    def name(self) -> str:
        return self.title or self.url


@dataclass(frozen=True)
class Item:
    id: int
    feed_id: int
    guid: str
    url: str | None
    title: str
    published: str | None
    read: bool
    stored: bool  # a copy of its article is in the library


@dataclass(frozen=True)
class StoredArticle:
    url: str  # the address it was asked for (a feed item's link, a command-line URL)
    title: str
    text: str  # the cleaned text, exactly what the analysis sees
    final_url: str | None = None  # after redirects
    author: str | None = None
    date: str | None = None  # as the page gives it (ISO 8601 when known)
    site: str | None = None
    fetched_at: float = 0.0
    read: bool = False


def default_path() -> Path:
    return data_dir() / DB_NAME


class Store:
    """Open with `Store.open()` (the user's library) or `Store(path)`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 10000")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the library {self.path} ({reason(exc)})") from None
        self.journal_mode = (mode[0] if mode else "").lower()
        self._lock = threading.RLock()
        self._migrate()

    @classmethod
    def open(cls) -> Store:
        return cls(default_path())

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- transactions and migrations --------------------------------------------

    def _write(self):
        return Transaction(self._db, self._lock, StoreError, "the library")

    def _read(self, sql: str, args: Iterable[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, tuple(args)).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"the library {self.path} cannot be read ({reason(exc)})") from None

    @property
    def version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])

    def _migrate(self) -> None:
        try:
            current = self.version
        except StoreError:
            self._db.close()
            raise
        if current > SCHEMA_VERSION:
            self._db.close()
            raise StoreError(f"the library {self.path} was written by a newer newsreader "
                             f"(schema {current}, this one knows {SCHEMA_VERSION}); upgrade newsreader")
        for version in range(current, SCHEMA_VERSION):
            with self._write() as db:
                # re-read inside the write lock: another process may have migrated meanwhile
                if db.execute("PRAGMA user_version").fetchone()[0] != version:
                    continue
                for statement in _statements(MIGRATIONS[version]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {version + 1}")

    def check(self) -> bool:
        """SQLite's own integrity check."""
        return self._read("PRAGMA integrity_check")[0][0] == "ok"

    # --- feeds ------------------------------------------------------------------

    _FEED_COLUMNS = """f.id, f.url, f.title, f.site_url, f.checked_at, f.error,
        (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id AND i.read_at IS NULL),
        (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id)"""

    def add_feed(self, url: str, title: str | None = None) -> tuple[Feed, bool]:
        """(the feed, True if it is new). An existing feed keeps its items."""
        with self._write() as db:
            cursor = db.execute("INSERT OR IGNORE INTO feeds (url, title, added_at) VALUES (?, ?, ?)",
                                (url, title, time.time()))
            added = cursor.rowcount == 1
        feed = self.feed(url)
        assert feed is not None
        return feed, added

    def remove_feed(self, url: str) -> bool:
        """Forget a feed and its items (the articles already downloaded stay)."""
        with self._write() as db:
            return db.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount == 1

    def feeds(self) -> list[Feed]:
        """Every feed with its unread and total item counts, by name."""
        rows = self._read(f"SELECT {self._FEED_COLUMNS} FROM feeds f "
                          "ORDER BY lower(coalesce(f.title, f.url)), f.id")
        return [Feed(*row) for row in rows]

    def feed(self, key: int | str) -> Feed | None:
        """A feed by id or by address."""
        column = "id" if isinstance(key, int) else "url"
        rows = self._read(f"SELECT {self._FEED_COLUMNS} FROM feeds f WHERE f.{column} = ?", (key,))
        return Feed(*rows[0]) if rows else None

    def validators(self, feed_id: int) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) of the feed's last successful fetch."""
        rows = self._read("SELECT etag, last_modified FROM feeds WHERE id = ?", (feed_id,))
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    def record_refresh(self, feed_id: int, parsed: ParsedFeed | None, *, etag: str | None = None,
                       last_modified: str | None = None) -> int:
        """Store one successful fetch in one transaction: the feed's title and
        validators, and its items (new ones added, known ones' titles and dates
        updated, read state kept). `parsed` None: 304 Not Modified. Returns the
        number of new items."""
        now = time.time()
        with self._write() as db:
            if parsed is None:
                db.execute("UPDATE feeds SET checked_at = ?, error = NULL WHERE id = ?", (now, feed_id))
                return 0
            db.execute("UPDATE feeds SET title = ?, site_url = ?, etag = ?, last_modified = ?, checked_at = ?, "
                       "error = NULL WHERE id = ?",
                       (parsed.title, parsed.site_url, etag, last_modified, now, feed_id))
            new = 0
            for item in parsed.items:
                cursor = db.execute(
                    "INSERT INTO items (feed_id, guid, url, title, published, first_seen) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (feed_id, guid) DO UPDATE SET url = excluded.url, title = excluded.title, "
                    "published = coalesce(excluded.published, items.published) "
                    "RETURNING (first_seen = ?)",
                    (feed_id, item.guid, item.url, item.title, item.published, now, now))
                new += int(bool(cursor.fetchone()[0]))
            return new

    def record_failure(self, feed_id: int, error: str) -> None:
        with self._write() as db:
            db.execute("UPDATE feeds SET checked_at = ?, error = ? WHERE id = ?", (time.time(), error, feed_id))

    # --- items --------------------------------------------------------------------

    _ITEM_COLUMNS = """i.id, i.feed_id, i.guid, i.url, i.title, i.published, i.read_at IS NOT NULL,
        EXISTS (SELECT 1 FROM articles a WHERE a.url = i.url)"""

    def items(self, feed_id: int) -> list[Item]:
        """A feed's items, newest first (undated ones in the order first seen)."""
        rows = self._read(f"SELECT {self._ITEM_COLUMNS} FROM items i WHERE i.feed_id = ? "
                          "ORDER BY coalesce(i.published, '') DESC, i.first_seen DESC, i.id", (feed_id,))
        return [_item(row) for row in rows]

    def item(self, item_id: int) -> Item | None:
        rows = self._read(f"SELECT {self._ITEM_COLUMNS} FROM items i WHERE i.id = ?", (item_id,))
        return _item(rows[0]) if rows else None

    def set_read(self, item_id: int, read: bool = True) -> None:
        with self._write() as db:
            db.execute("UPDATE items SET read_at = ? WHERE id = ?", (time.time() if read else None, item_id))

    # --- articles -------------------------------------------------------------

    _ARTICLE_COLUMNS = "a.url, a.title, a.text, a.final_url, a.author, a.date, a.site, a.fetched_at, " \
                       "a.read_at IS NOT NULL"

    def save_article(self, article: StoredArticle) -> None:
        """Store (or replace) the downloaded article for `article.url`; a
        replaced copy keeps its read state."""
        with self._write() as db:
            db.execute(
                "INSERT INTO articles (url, final_url, title, author, date, site, text, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, "
                "title = excluded.title, author = excluded.author, date = excluded.date, site = excluded.site, "
                "text = excluded.text, fetched_at = excluded.fetched_at",
                (article.url, article.final_url, article.title, article.author, article.date, article.site,
                 article.text, article.fetched_at or time.time()))

    def article(self, url: str) -> StoredArticle | None:
        """The stored copy of the article at `url` (asked-for or final address)."""
        rows = self._read(f"SELECT {self._ARTICLE_COLUMNS} FROM articles a WHERE a.url = ? "
                          "UNION ALL SELECT {cols} FROM articles a WHERE a.final_url = ? LIMIT 1"
                          .format(cols=self._ARTICLE_COLUMNS), (url, url))
        return _article(rows[0]) if rows else None

    def articles(self, feed_id: int | None = None) -> list[StoredArticle]:
        """Stored articles, newest download first: all of them, or those of one
        feed's items (in the feed's order). Each has its text, source URL
        (`url`, `final_url`), title, author, date and site."""
        if feed_id is None:
            rows = self._read(f"SELECT {self._ARTICLE_COLUMNS} FROM articles a ORDER BY a.fetched_at DESC, a.id DESC")
        else:
            rows = self._read(f"SELECT {self._ARTICLE_COLUMNS} FROM items i JOIN articles a ON a.url = i.url "
                              "WHERE i.feed_id = ? ORDER BY coalesce(i.published, '') DESC, i.first_seen DESC, i.id",
                              (feed_id,))
        return [_article(row) for row in rows]

    def mark_article_read(self, url: str) -> None:
        """The article at `url` was opened: it and every feed item linking to it are read."""
        now = time.time()
        with self._write() as db:
            db.execute("UPDATE articles SET read_at = coalesce(read_at, ?) WHERE url = ?", (now, url))
            db.execute("UPDATE items SET read_at = coalesce(read_at, ?) WHERE url = ?", (now, url))


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _item(row: tuple) -> Item:
    return Item(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), bool(row[7]))


def _article(row: tuple) -> StoredArticle:
    return StoredArticle(url=row[0], title=row[1], text=row[2], final_url=row[3], author=row[4], date=row[5],
                         site=row[6], fetched_at=row[7], read=bool(row[8]))
