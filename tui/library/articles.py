"""Articles from the web: download a page, extract it, keep it in the library.

`open_url` is what the CLI and the Feeds view call: the stored copy when there
is one (so everything read once reads again offline), else a download that is
stored before it is returned. The text comes from the same extraction as a
saved ``.html`` file (`tui.analysis.loading`, trafilatura); trafilatura's
metadata adds the author, date and site.
"""

from __future__ import annotations

import time

from ..analysis.clean import one_line
from ..analysis.loading import ArticleError, load_bytes
from ..analysis.model import Article, Origin
from .fetch import Fetcher, FetchError, Response, check_url
from .store import Store, StoredArticle


def extract(response: Response, requested: str) -> StoredArticle:
    """The article in a downloaded page. Raises `ArticleError` naming `requested`."""
    data = response.content
    declared = response.text()  # the HTTP charset wins over a <meta charset> when it decodes the page
    if declared is not None:
        data = declared.encode("utf-8")
    kind = "txt" if response.content_type == "text/plain" else "html"
    try:
        article = load_bytes(data, requested, kind)
    except ArticleError as exc:
        raise ArticleError(requested, exc.reason) from None
    author = date = site = None
    if kind == "html":
        author, date, site = _metadata(data, response.url)
    return StoredArticle(url=requested, final_url=response.url, title=article.title, text=article.text,
                         author=author, date=date, site=site, fetched_at=time.time())


def _metadata(data: bytes, url: str) -> tuple[str | None, str | None, str | None]:
    """(author, date, site name) as trafilatura finds them; missing ones None."""
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata

        tree = trafilatura.load_html(data)
        if tree is None:
            return None, None, None
        meta = extract_metadata(tree, default_url=url)
    except Exception:  # metadata is a bonus: a page it chokes on still reads
        return None, None, None
    if meta is None:
        return None, None, None

    def field(value: object, limit: int) -> str | None:
        return one_line(str(value), limit) or None if value else None

    return field(meta.author, 200), field(meta.date, 40), field(meta.sitename, 120)


def to_article(stored: StoredArticle) -> Article:
    """The `Article` the reader and the analysis take, with its `Origin`."""
    fetched = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stored.fetched_at)) if stored.fetched_at else None
    origin = Origin(url=stored.final_url or stored.url, date=stored.date, author=stored.author, site=stored.site,
                    fetched=fetched)
    return Article(text=stored.text, title=stored.title, source=stored.url, origin=origin)


def download(url: str, fetcher: Fetcher) -> StoredArticle:
    """Fetch and extract, without storing. Raises `FetchError` / `ArticleError`."""
    url = check_url(url)
    return extract(fetcher.get(url, "page"), url)


def open_url(url: str, store: Store | None, fetcher: Fetcher | None, *, refresh: bool = False) -> Article:
    """The article at `url`: the stored copy (unless `refresh`), else downloaded
    and stored. `fetcher` None: offline, only the stored copy. Raises
    `FetchError` / `ArticleError` (one line, naming the address)."""
    url = check_url(url)
    if store is not None and not refresh:
        stored = store.article(url)
        if stored is not None:
            return to_article(stored)
    if fetcher is None:
        raise FetchError(url, "not in the library, and offline")
    stored = download(url, fetcher)
    if store is not None:
        store.save_article(stored)
    return to_article(stored)
