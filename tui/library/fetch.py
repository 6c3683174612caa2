"""The one HTTP client newsreader uses (httpx), with its network hygiene.

- Only ``http`` and ``https`` addresses; ``file:``, ``ftp:``, ``data:`` and
  the rest are refused before any request (also as a redirect target).
- A user agent naming the app; connect and total timeouts (the total is
  checked while the body streams, so a server trickling bytes cannot hold a
  refresh forever).
- A size cap (`MAX_BYTES`, 10 MB) enforced while streaming: the body is never
  read past it, whatever Content-Length says.
- Redirects followed by hand, at most `MAX_REDIRECTS`, each hop's scheme checked.
- Content types checked: a page must be HTML (or plain text), a feed XML.
- Conditional GET: pass the ETag / Last-Modified of the last fetch and a
  ``304 Not Modified`` comes back as `Response.not_modified`.
- At most `PER_HOST` requests in flight per host, however many threads ask.
- Only the one document is fetched: no JavaScript runs, no image, style sheet
  or other sub-resource is requested.

Every failure is a `FetchError` whose `str()` is one line, ``URL: reason``.
httpx is imported only when a `Fetcher` is made (it takes longer to import than
opening a stored article takes), so reading offline never loads it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..analysis.loading import ArticleError

USER_AGENT = f"newsreader/{__version__} (a terminal news reader)"
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
PER_HOST = 4
CHUNK = 64 * 1024

#: what each kind of document may be served as (after the ``;`` parameters)
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/x-rss+xml", "application/x-atom+xml",
    # servers that do not know better; the body is checked by the parser
    "text/plain", "application/octet-stream", "text/html",
})
_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    "feed": "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
            "application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1",
}
_SCHEMES = ("http", "https")


class FetchError(ArticleError):
    """A page or feed that could not be fetched; `str()` is ``URL: reason``."""


@dataclass(frozen=True)
class Response:
    url: str  # the final address, after redirects
    status: int
    content: bytes = b""
    content_type: str = ""  # without parameters, lower case
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str | None:
        """The body decoded with the charset the server declared, if it declared
        one that decodes the whole body; None otherwise."""
        if not self.charset:
            return None
        try:
            return self.content.decode(self.charset)
        except (LookupError, UnicodeDecodeError):
            return None


def is_web_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address with a host."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _SCHEMES and bool(parts.hostname)


def looks_like_url(text: str) -> bool:
    """True when `text` is meant as an address (``scheme:`` followed by ``//``,
    or one of the refused schemes), as opposed to a file name."""
    lowered = text.strip().lower()
    return "://" in lowered or lowered.startswith(("data:", "mailto:", "javascript:"))


def check_url(url: str) -> str:
    """`url` stripped, or a `FetchError` for anything but http/https with a host."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise FetchError(url, "not a valid address") from None
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        shown = f"'{scheme}:' addresses are" if scheme else "an address without http:// or https:// is"
        raise FetchError(url, f"{shown} not supported (only http and https)")
    if not parts.hostname:
        raise FetchError(url, "no host name in the address")
    return url


class Fetcher:
    """Thread-safe: one instance is shared by every worker of a refresh."""

    def __init__(
        self,
        *,
        per_host: int = PER_HOST,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
    ) -> None:
        self.per_host = per_host
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.total_timeout = total_timeout
        import httpx

        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(total_timeout, connect=connect_timeout),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
            trust_env=False,  # no proxy or netrc picked up behind the user's back
        )
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _slot(self, url: str) -> threading.BoundedSemaphore:
        parts = urlsplit(url)
        host = f"{(parts.hostname or '').lower()}:{parts.port or ''}"
        with self._lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.per_host)
            return slot

    def get(
        self,
        url: str,
        kind: str = "page",
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """GET `url` as a "page" or a "feed". Raises `FetchError`."""
        import httpx

        original = url = check_url(url)
        headers = {"Accept": _ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.total_timeout
        seen: set[str] = set()
        for _hop in range(self.max_redirects + 1):
            seen.add(url)
            try:
                with self._slot(url):
                    result = self._one(url, headers, kind, deadline, original)
            except FetchError:
                raise
            except httpx.ConnectTimeout:
                raise FetchError(original, "timed out connecting to the server") from None
            except httpx.TimeoutException:
                raise FetchError(original, f"timed out (no answer within {self.total_timeout:g} s)") from None
            except httpx.ConnectError as exc:
                raise FetchError(original, f"cannot connect ({_reason(exc)})") from None
            except httpx.HTTPError as exc:
                raise FetchError(original, f"network error ({exc.__class__.__name__}: {_reason(exc)})") from None
            except (OSError, ValueError) as exc:  # e.g. a malformed header or address
                raise FetchError(original, f"network error ({exc.__class__.__name__}: {_reason(exc)})") from None
            if isinstance(result, Response):
                return result
            try:
                url = check_url(urljoin(url, result))
            except FetchError as exc:
                raise FetchError(original, f"redirected to a refused address ({exc.reason})") from None
            if url in seen:
                raise FetchError(original, "redirect loop")
        raise FetchError(original, f"too many redirects (more than {self.max_redirects})")

    def _one(self, url: str, headers: dict[str, str], kind: str, deadline: float,
             original: str) -> Response | str:
        """One request: a `Response`, or the Location of a redirect."""
        import httpx

        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("total timeout")
        with self._client.stream("GET", url, headers=headers) as reply:
            status = reply.status_code
            if status in (301, 302, 303, 307, 308):
                location = reply.headers.get("location")
                if not location:
                    raise FetchError(original, f"HTTP {status} redirect without a Location")
                return location
            if status == 304:
                return Response(url=url, status=304, etag=reply.headers.get("etag"),
                                last_modified=reply.headers.get("last-modified"))
            if status >= 400:
                raise FetchError(original, f"HTTP {status} {reply.reason_phrase or ''}".rstrip())
            if status != 200:
                raise FetchError(original, f"unexpected HTTP status {status}")
            content_type, charset = _content_type(reply.headers.get("content-type", ""))
            allowed = PAGE_TYPES if kind == "page" else FEED_TYPES
            if content_type and content_type not in allowed:
                what = "web page" if kind == "page" else "feed"
                raise FetchError(original, f"not a {what} (served as {content_type})")
            declared = reply.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(original, _too_large(self.max_bytes))
            body = bytearray()
            for chunk in reply.iter_bytes(CHUNK):
                body += chunk
                if len(body) > self.max_bytes:
                    raise FetchError(original, _too_large(self.max_bytes))
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("total timeout")
            return Response(url=url, status=200, content=bytes(body), content_type=content_type,
                            charset=charset, etag=reply.headers.get("etag"),
                            last_modified=reply.headers.get("last-modified"))


def _content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for param in parts[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


def _too_large(limit: int) -> str:
    return f"too large (the limit is {limit // (1024 * 1024)} MB)"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or exc.__class__.__name__
