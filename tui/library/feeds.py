"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds parsed with feedparser.

feedparser is only ever given bytes that `fetch.Fetcher` downloaded, never an
address (given a string that looks like one, it would fetch it itself, with
its own client). Titles are plain text: HTML tags dropped, entities and
escapes decoded, control characters removed, one line.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
import time
from dataclasses import dataclass

from ..analysis.clean import one_line

TITLE_LIMIT = 300
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.S)


class FeedError(Exception):
    """The document is not a feed we can read; `str()` is the one-line reason."""


@dataclass(frozen=True)
class FeedItem:
    guid: str
    url: str | None
    title: str
    published: str | None  # ISO 8601 UTC ("2024-06-19T08:30:00Z"), or None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    site_url: str | None
    items: tuple[FeedItem, ...]  # in the feed's order


def plain(text: str | None, limit: int | None = TITLE_LIMIT) -> str:
    """A title as one line of plain text: tags dropped, entities decoded (twice
    escaped `&amp;lt;` stays readable as `<`), control characters removed."""
    if not text:
        return ""
    flat = text
    for _ in range(2):  # feeds often escape their HTML titles once more
        flat = html.unescape(_TAG.sub(" ", flat))
    return one_line(flat, limit)


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(parsed)))
    except (OverflowError, ValueError, TypeError):
        return None


def parse_feed(data: bytes, url: str = "") -> ParsedFeed:
    """Parse a feed document. Raises `FeedError` when it is not RSS or Atom."""
    import feedparser

    parsed = feedparser.parse(
        data,
        response_headers={"content-location": url} if url else None,
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    version = parsed.get("version") or ""
    if not version:
        reason = parsed.get("bozo_exception")
        detail = f" ({one_line(str(reason), 120)})" if reason else ""
        raise FeedError(f"not an RSS or Atom feed{detail}")
    channel = parsed.get("feed", {})
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.get("entries", []):
        link = entry.get("link") or None
        title = plain(entry.get("title")) or plain(entry.get("summary"), 120) or (link or "(untitled)")
        guid = entry.get("id") or link or hashlib.sha1(title.encode("utf-8", "replace")).hexdigest()
        if guid in seen:
            continue
        seen.add(guid)
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        items.append(FeedItem(guid=str(guid), url=link, title=title, published=published))
    return ParsedFeed(title=plain(channel.get("title")) or url, site_url=channel.get("link") or None,
                      items=tuple(items))
