"""Fetching over HTTP(S) with hard limits, and RSS/Atom parsing with feedparser.

feedparser only ever gets bytes, never a URL, so every request goes through ``fetch`` with its timeout, size cap and
scheme check. No Django here.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time as time_module
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

__all__ = ["FeedError", "FeedItem", "Fetched", "check_public_host", "fetch", "parse_feed"]

USER_AGENT = "conflict-timeline-tracker/1.0 (+feed poller)"
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class FeedError(Exception):
    """A feed or page could not be fetched or read; the message is meant for the admin."""

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Fetched:
    body: bytes
    charset: str | None
    content_type: str
    etag: str
    modified: str
    not_modified: bool = False


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str
    published: datetime | None
    content_html: str


def check_public_host(url: str) -> None:
    """Refuse URLs whose host resolves to a loopback, private, link-local or otherwise internal address: a feed
    (or an item link in it) must not make the server fetch its own or its network's services."""
    host = urlsplit(url).hostname
    if not host:
        raise FeedError(f"{url!r} has no host.", code="invalid")
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FeedError(f"{url} could not be fetched: host {host!r} not found.", code="unreachable") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FeedError(f"Refusing to fetch {url}: {host} is an internal address ({address}).", code="forbidden")


def _refuse_internal_peer(sock: Any, host: str) -> None:
    """The address a connection actually reached must be public too: a name that resolved to a public address for
    ``check_public_host`` may resolve to an internal one a moment later (DNS rebinding)."""
    peer = ipaddress.ip_address(str(sock.getpeername()[0]).split("%")[0])
    if not peer.is_global or peer.is_multicast:
        sock.close()
        raise FeedError(
            f"Refusing to fetch from {host}: it connected to an internal address ({peer}).", code="forbidden"
        )


class _PublicHTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _refuse_internal_peer(self.sock, self.host)


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _refuse_internal_peer(self.sock, self.host)


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: Any) -> Any:
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: Any) -> Any:
        return self.do_open(_PublicHTTPSConnection, req, context=getattr(self, "_context", None))


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if not newurl.lower().startswith(("http://", "https://")):
            raise FeedError(f"Refusing a redirect to {newurl!r}.", code="invalid")
        if not self.allow_private:
            check_public_host(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES, etag: str = "",
          modified: str = "", accept: str = "*/*", allow_private: bool = False) -> Fetched:
    """GET ``url`` (http/https only) within ``timeout`` seconds overall and at most ``max_bytes`` bytes.

    Internal addresses are refused unless ``allow_private`` (local test servers, an intranet feed)."""
    if not url.lower().startswith(("http://", "https://")):
        raise FeedError(f"Only http and https URLs can be fetched, not {url!r}.", code="invalid")
    if not allow_private:
        check_public_host(url)
    headers = {"User-Agent": USER_AGENT, "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - scheme checked above
    deadline = time_module.monotonic() + timeout
    try:
        handlers: list[Any] = [_SafeRedirects(allow_private)]
        if not allow_private:  # also check the address each connection really reached
            handlers += [_PublicHTTPHandler(), _PublicHTTPSHandler()]
        opener = urllib.request.build_opener(*handlers)
        with opener.open(request, timeout=timeout) as response:
            info: Message = response.info()
            chunks: list[bytes] = []
            size = 0
            while True:
                if time_module.monotonic() > deadline:
                    raise FeedError(f"{url} timed out after {timeout:g} s.", code="timeout")
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError(f"{url} is larger than {max_bytes:,} bytes.", code="too_large")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(b"", None, "", etag, modified, not_modified=True)
        raise FeedError(f"{url} answered HTTP {exc.code} {exc.reason}.", code="http") from exc
    except TimeoutError as exc:
        raise FeedError(f"{url} timed out after {timeout:g} s.", code="timeout") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FeedError(f"{url} timed out after {timeout:g} s.", code="timeout") from exc
        raise FeedError(f"{url} could not be fetched: {exc.reason}.", code="unreachable") from exc
    except (OSError, ValueError) as exc:
        raise FeedError(f"{url} could not be fetched: {exc}.", code="unreachable") from exc
    return Fetched(
        body=b"".join(chunks),
        charset=info.get_content_charset(),
        content_type=info.get_content_type(),
        etag=info.get("ETag", "") or "",
        modified=info.get("Last-Modified", "") or "",
    )


def _entry_datetime(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)  # plain lookup: feedparser's own maps keys with a deprecation warning
        if value:
            try:
                year, month, day, hour, minute, second = (int(v) for v in value[:6])
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _entry_content(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if value:
            return str(value)
    return str(entry.get("summary") or "")


def parse_feed(body: bytes) -> list[FeedItem]:
    """Items of an RSS or Atom document; FeedError when the bytes are not a feed."""
    import feedparser

    if not body.strip():
        raise FeedError("The feed is empty.", code="not_a_feed")
    try:
        parsed = feedparser.parse(body)
    except Exception as exc:  # feedparser is lenient, but a parser crash must not escape
        raise FeedError(f"The feed could not be parsed: {exc}.", code="not_a_feed") from exc
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if reason else ""
        raise FeedError(f"This is not an RSS or Atom feed{detail}.", code="not_a_feed")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            continue
        items.append(FeedItem(
            url=link, title=str(entry.get("title") or "").strip()[:500], published=_entry_datetime(entry),
            content_html=_entry_content(entry),
        ))
    return items
