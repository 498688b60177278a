"""A local HTTP server on 127.0.0.1 for feed and page tests: tests never reach outside the machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LocalSite:
    """Serve ``routes[path]``; ``requests`` lists the paths asked for, in order."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0  # the most requests served at the same time
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: str | bytes, *, status: int = 200, content_type: str = "text/html; charset=utf-8",
            delay: float = 0.0) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, status, content_type, delay)
        return self.url(path)


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with site.lock:
                site.requests.append(self.path)
                site.in_flight += 1
                site.most_in_flight = max(site.most_in_flight, site.in_flight)
            try:
                self._serve()
            finally:
                with site.lock:
                    site.in_flight -= 1

        def _serve(self) -> None:
            route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    site = LocalSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


def rss(*items: tuple[str, str, str]) -> str:
    """An RSS 2.0 document with (title, link, RFC 822 date) items."""
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate></item>"
        for title, link, date in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title>'
            f"<link>http://127.0.0.1/</link><description>d</description>{body}</channel></rss>")


def atom(*items: tuple[str, str, str]) -> str:
    """An Atom document with (title, link, ISO date) entries."""
    body = "".join(
        f'<entry><title>{title}</title><link href="{link}"/><id>{link}</id><updated>{date}</updated></entry>'
        for title, link, date in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            f"<id>urn:t</id><updated>2025-05-18T00:00:00Z</updated>{body}</feed>")
