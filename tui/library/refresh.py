"""Subscribing to feeds and refreshing them: fetch (conditional GET), parse,
store, many feeds in parallel (the fetcher keeps each host to its limit). A
failing feed is recorded as its one-line error and never stops the others."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from ..analysis.clean import one_line
from .feeds import FeedError, parse_feed
from .fetch import Fetcher, FetchError, check_url
from .store import Feed, Store, StoreError

WORKERS = 8


@dataclass(frozen=True)
class RefreshResult:
    feed: Feed
    new: int = 0
    not_modified: bool = False
    error: str | None = None  # one line: "URL: reason"

    @property
    def ok(self) -> bool:
        return self.error is None


def subscribe(store: Store, fetcher: Fetcher, url: str) -> tuple[Feed, bool, int]:
    """Fetch `url`, check that it is a feed, add it with its items:
    (feed, newly added, new items). Raises `FetchError` (not a feed, network)."""
    url = check_url(url)
    response = fetcher.get(url, "feed")
    try:
        parsed = parse_feed(response.content, response.url)
    except FeedError as exc:
        raise FetchError(url, str(exc)) from None
    feed, added = store.add_feed(url, parsed.title)
    new = store.record_refresh(feed.id, parsed, etag=response.etag, last_modified=response.last_modified)
    return store.feed(feed.id) or feed, added, new


def refresh_one(store: Store, fetcher: Fetcher, feed: Feed) -> RefreshResult:
    """Fetch, parse and store one feed; errors come back in the result."""
    try:
        etag, modified = store.validators(feed.id)
        response = fetcher.get(feed.url, "feed", etag=etag, last_modified=modified)
        if response.not_modified:
            store.record_refresh(feed.id, None)
            return RefreshResult(feed, not_modified=True)
        parsed = parse_feed(response.content, response.url)
        new = store.record_refresh(feed.id, parsed, etag=response.etag, last_modified=response.last_modified)
        return RefreshResult(feed, new=new)
    except FetchError as exc:
        error = str(exc)
    except FeedError as exc:
        error = f"{one_line(feed.url)}: {exc}"
    except StoreError as exc:
        return RefreshResult(feed, error=f"{one_line(feed.url)}: {exc}")
    except Exception as exc:  # a parser bug on a hostile feed must not stop the others
        error = f"{one_line(feed.url)}: unexpected error ({exc.__class__.__name__})"
    try:
        store.record_failure(feed.id, error)
    except StoreError:
        pass
    return RefreshResult(feed, error=error)


def refresh(
    store: Store,
    fetcher: Fetcher,
    feeds: list[Feed] | None = None,
    *,
    workers: int = WORKERS,
    progress: Callable[[int, int, RefreshResult], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[RefreshResult]:
    """Refresh `feeds` (default: all) with up to `workers` in parallel.
    `progress(done, total, result)` is called in the calling thread as each
    finishes; `cancelled()` true stops before the next feed starts."""
    feeds = store.feeds() if feeds is None else feeds
    results: list[RefreshResult] = []
    if not feeds:
        return results
    total = len(feeds)
    pending = iter(feeds)
    running: set[Future[RefreshResult]] = set()
    with ThreadPoolExecutor(max_workers=max(1, min(workers, total)), thread_name_prefix="feed") as pool:
        def start_next() -> None:
            if cancelled is not None and cancelled():
                return
            feed = next(pending, None)
            if feed is not None:
                running.add(pool.submit(refresh_one, store, fetcher, feed))

        for _ in range(max(1, min(workers, total))):
            start_next()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                running.discard(future)
                result = future.result()
                results.append(result)
                if progress is not None:
                    progress(len(results), total, result)
                start_next()
    return results
