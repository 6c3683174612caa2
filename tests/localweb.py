"""A small web server on 127.0.0.1 for the tests and benchmarks (no internet):
`http.server` in a thread, serving the fixture pages and feeds in
tests/fixtures/web plus whatever a test adds, and the misbehaving answers the
network code must survive (404, redirect loop, slow, endless, conditional GET).

    with LocalWeb() as web:
        web.url("/rss2.xml")
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"

TYPES = {
    ".html": "text/html", ".xml": "application/rss+xml", ".rdf": "application/rdf+xml",
    ".opml": "text/x-opml", ".txt": "text/plain",
}
# served with an explicit content type (the file's own bytes, its own encoding)
SPECIAL_TYPES = {"/atom.xml": "application/atom+xml", "/cp1252.html": "text/html"}
LAST_MODIFIED = email.utils.formatdate(1709632200, usegmt=True)


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    conditional: bool = True  # answer If-None-Match / If-Modified-Since with 304


class LocalWeb:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        for path in FIXTURES.iterdir():
            kind = SPECIAL_TYPES.get(f"/{path.name}") or TYPES.get(path.suffix, "application/octet-stream")
            self.routes[f"/{path.name}"] = Route(path.read_bytes(), kind)
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                with web._lock:
                    web.hits[path] += 1
                    web.user_agents.append(self.headers.get("User-Agent", ""))
                    web.in_flight += 1
                    web.max_in_flight = max(web.max_in_flight, web.in_flight)
                try:
                    web._answer(self, path)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with web._lock:
                        web.in_flight -= 1

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:  # a client hanging up is expected
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LocalWeb:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **options) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **options)
        return self.url(path)

    # --- answers ------------------------------------------------------------------

    def _answer(self, handler: BaseHTTPRequestHandler, path: str) -> None:
        if path.startswith("/loop/"):  # /loop/1 -> /loop/2 -> /loop/1 ...
            number = 2 if path.endswith("/1") else 1
            return self._send(handler, 302, b"", {"Location": f"/loop/{number}"})
        if path.startswith("/hop/"):  # /hop/N redirects N times, then the article
            left = int(path.rsplit("/", 1)[1])
            target = "/article.html" if left <= 0 else f"/hop/{left - 1}"
            return self._send(handler, 301, b"", {"Location": target})
        if path == "/to-file":
            return self._send(handler, 302, b"", {"Location": "file:///etc/passwd"})
        if path == "/slow":
            time.sleep(5)
            return self._send(handler, 200, b"<html><body><p>late</p></body></html>", {"Content-Type": "text/html"})
        if path == "/endless":
            return self._endless(handler)
        if path == "/image.png":
            return self._send(handler, 200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, {"Content-Type": "image/png"})
        route = self.routes.get(path)
        if route is None:
            return self._send(handler, 404, b"<h1>Not Found</h1>", {"Content-Type": "text/html"})
        if route.delay:
            time.sleep(route.delay)
        etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
        headers = {"Content-Type": route.content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED, **route.headers}
        # RFC 9110: If-None-Match, when sent, decides; If-Modified-Since only without it
        match = handler.headers.get("If-None-Match")
        since = handler.headers.get("If-Modified-Since")
        unchanged = match == etag if match is not None else since == LAST_MODIFIED
        if route.conditional and route.status == 200 and unchanged:
            return self._send(handler, 304, b"", {"ETag": etag})
        self._send(handler, route.status, route.body, headers)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)

    @staticmethod
    def _endless(handler: BaseHTTPRequestHandler) -> None:
        """A page that never ends (no Content-Length, chunk after chunk)."""
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = b"<p>" + b"more news " * 6000 + b"</p>\n"
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        for _ in range(100_000):  # ~6 GB: far past any cap
            handler.wfile.write(frame)


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 document: items are (title, link, RFC 822 date)."""
    from xml.sax.saxutils import escape

    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>{date}</pubDate></item>"
        for t, link, date in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://example.invalid/</link><description>d</description>{body}</channel></rss>")


def feed_set(web: LocalWeb, feeds: int, items: int, generation: int = 0) -> list[str]:
    """`feeds` RSS feeds of `items` items each at /feedNN.xml; a new
    `generation` changes every item (and so every ETag)."""
    urls = []
    for n in range(feeds):
        entries = [(f"Story {generation}-{n}-{i}: a headline of ordinary length for a news item",
                    f"http://news.invalid/{generation}/{n}/{i}", f"Tue, 05 Mar 2024 {i % 24:02}:30:00 GMT")
                   for i in range(items)]
        urls.append(web.add(f"/feed{n:02}.xml", rss(f"Feed {n:02}", entries), "application/rss+xml"))
    return urls


if __name__ == "__main__":
    # A server in its own process (so its work does not share the measured
    # process's interpreter): `python -m tests.localweb FEEDS ITEMS GENERATION`
    # prints the port, then serves until standard input closes.
    import sys

    feeds, items, generation = (int(a) for a in sys.argv[1:4])
    with LocalWeb() as server:
        feed_set(server, feeds, items, generation)
        print(server.port, flush=True)
        sys.stdin.read()
