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
    return _store_result(store, feed, _fetch(store, fetcher, feed))


def _fetch(store: Store, fetcher: Fetcher, feed: Feed):
    """The conditional GET of one feed: a `Response`, or the one-line error."""
    try:
        etag, modified = store.validators(feed.id)
        return fetcher.get(feed.url, "feed", etag=etag, last_modified=modified)
    except (FetchError, StoreError) as exc:
        return str(exc) if isinstance(exc, FetchError) else f"{one_line(feed.url)}: {exc}"
    except Exception as exc:  # never let one feed stop the others
        return f"{one_line(feed.url)}: unexpected error ({exc.__class__.__name__})"


def _store_result(store: Store, feed: Feed, fetched) -> RefreshResult:
    """Parse a fetched feed and store it in one transaction (or its error)."""
    if isinstance(fetched, str):
        error = fetched
    else:
        try:
            if fetched.not_modified:
                store.record_refresh(feed.id, None)
                return RefreshResult(feed, not_modified=True)
            parsed = parse_feed(fetched.content, fetched.url)
            new = store.record_refresh(feed.id, parsed, etag=fetched.etag, last_modified=fetched.last_modified)
            return RefreshResult(feed, new=new)
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
    """Refresh `feeds` (default: all). Up to `workers` downloads run in
    parallel threads (network waits); parsing and storing, which are CPU work,
    happen one feed at a time in the calling thread, so a refresh never takes
    more than one core from the reader's UI. `progress(done, total, result)` is
    called in the calling thread as each feed is stored; `cancelled()` true
    stops before the next feed starts downloading."""
    feeds = store.feeds() if feeds is None else feeds
    results: list[RefreshResult] = []
    if not feeds:
        return results
    total = len(feeds)
    pending = iter(feeds)
    running: dict[Future, Feed] = {}
    size = max(1, min(workers, total))
    with ThreadPoolExecutor(max_workers=size, thread_name_prefix="feed") as pool:
        def start_next() -> None:
            if cancelled is not None and cancelled():
                return
            feed = next(pending, None)
            if feed is not None:
                running[pool.submit(_fetch, store, fetcher, feed)] = feed

        for _ in range(size):
            start_next()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                feed = running.pop(future)
                start_next()  # the next download starts while this one is parsed
                result = _store_result(store, feed, future.result())
                results.append(result)
                if progress is not None:
                    progress(len(results), total, result)
    return results
