"""HTML → clean article text, title and publication date.

trafilatura removes boilerplate (navigation, scripts, styles, footers) and keeps the article body; htmldate finds the
original publication date in the markup (meta tags, ``<time>``, JSON-LD). Both work on the string given to them and
never fetch anything: a URL is only passed along as metadata. When trafilatura finds no main content (a fragment,
a page of links), a plain lxml text dump without scripts and styles is the fallback, so pasted snippets still work.

No Django here except for the size limit read from settings (with a default), so the module is easy to test.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from lxml import etree
from lxml import html as lxml_html

__all__ = ["ExtractedPage", "HtmlRejected", "decode_html", "html_to_page", "looks_like_html"]

logger = logging.getLogger("tracker.ingest")

DEFAULT_MAX_HTML_BYTES = 5 * 1024 * 1024
# trafilatura's cost grows faster than linearly with the tree (≈4 s at 10,000 elements); larger pages get the plain,
# linear text dump instead, so a bloated page cannot hold a web request or a worker for half a minute.
MAX_TRAFILATURA_ELEMENTS = 10_000
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_HINT_RE = re.compile(r"<\s*(html|body|head|p|div|article|br|title|span|h[1-6]|!doctype)\b", re.IGNORECASE)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "nav", "footer", "header", "form")
_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article", "pre"]
)
_SPACES_RE = re.compile(r"[ \t\u00a0]+")


class HtmlRejected(ValueError):
    """The HTML cannot become an article; the message is meant for the submitter."""

    def __init__(self, message: str, *, code: str = "invalid", status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str = ""
    published: date | None = None


def max_html_bytes() -> int:
    try:
        from django.conf import settings

        return int(getattr(settings, "TRACKER_MAX_HTML_BYTES", DEFAULT_MAX_HTML_BYTES))
    except Exception:  # settings not configured (plain-Python use)
        return DEFAULT_MAX_HTML_BYTES


def looks_like_html(text: str) -> bool:
    """True when a pasted text is markup rather than plain prose."""
    return bool(_HTML_HINT_RE.search(text[:5000]))


def decode_html(raw: bytes, declared_charset: str | None = None) -> str:
    """Decode page bytes: the HTTP charset, else the ``<meta charset>``, else UTF-8; binary is refused."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise HtmlRejected("The page looks binary, not HTML.", code="binary")
    candidates: list[str] = []
    if declared_charset:
        candidates.append(declared_charset)
    match = _CHARSET_RE.search(raw[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.insert(0, "utf-16")
    candidates.append("utf-8-sig")
    for charset in candidates:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    raise HtmlRejected(
        "The page is neither valid UTF-8 nor in the charset it declares; re-encode it as UTF-8.", code="encoding"
    )


def _clean_lines(text: str) -> str:
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _fallback_text(tree: lxml_html.HtmlElement) -> str:
    """Visible text of the tree without scripts, styles and page chrome; blocks become lines."""
    for bad in tree.xpath("|".join(f"//{tag}" for tag in _DROP_TAGS)):
        bad.drop_tree()
    parts: list[str] = []
    for node in tree.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text and tag not in ("script", "style") and isinstance(node.tag, str):
            parts.append(node.text)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)
    return _clean_lines("".join(parts))


def _parse_tree(markup: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _title_of(tree: lxml_html.HtmlElement) -> str:
    for xpath in ('//meta[@property="og:title"]/@content', "//h1", "//title"):
        found = tree.xpath(xpath)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            value = _SPACES_RE.sub(" ", str(value)).strip()
            if value:
                return value[:500]
    return ""


def _find_date(tree: lxml_html.HtmlElement) -> date | None:
    try:
        from htmldate import find_date

        # A parsed tree, never a string: htmldate fetches strings that look like URLs.
        found = find_date(tree, original_date=True, extensive_search=False)
    except Exception:  # a date is optional; a broken heuristic must not cost the article
        logger.debug("htmldate failed", exc_info=True)
        return None
    if not found:
        return None
    try:
        return date.fromisoformat(found[:10])
    except ValueError:
        return None


def _trafilatura(markup: str, url: str) -> tuple[str, str]:
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            markup, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, deduplicate=False,
        )
    except Exception:  # trafilatura is a heuristic; fall back to the plain text dump
        logger.debug("trafilatura failed", exc_info=True)
        return "", ""
    if doc is None:
        return "", ""
    text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None) or ""
    return _clean_lines(str(text)), _SPACES_RE.sub(" ", str(title)).strip()


def html_to_page(markup: str | bytes, *, url: str = "", max_bytes: int | None = None) -> ExtractedPage:
    """Clean text, title and publication date of an HTML page or fragment.

    Raises HtmlRejected for binary or oversized input and for pages without readable text (e.g. only scripts).
    Never raises anything else for any string input.
    """
    limit = max_html_bytes() if max_bytes is None else max_bytes
    size = len(markup) if isinstance(markup, bytes) else len(markup.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise HtmlRejected(
            f"The page has {size:,} bytes; the limit is {limit:,}.", code="too_large", status=413
        )
    text_markup = decode_html(markup) if isinstance(markup, bytes) else markup
    if "\x00" in text_markup:
        raise HtmlRejected("The page contains NUL bytes; it looks binary.", code="binary")
    # lxml refuses lone surrogates and XML-incompatible control characters.
    text_markup = text_markup.encode("utf-8", "replace").decode("utf-8")
    text_markup = re.sub(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text_markup)
    if not text_markup.strip():
        raise HtmlRejected("The page is empty.", code="empty")
    tree = _parse_tree(text_markup)
    if tree is None:
        raise HtmlRejected("The page could not be read as HTML.", code="invalid")
    title = _title_of(tree)
    published = _find_date(tree)
    elements = sum(1 for _ in tree.iter())
    if elements <= MAX_TRAFILATURA_ELEMENTS:
        body, trafilatura_title = _trafilatura(text_markup, url)
    else:
        logger.info("HTML with %d elements: plain text dump instead of boilerplate removal", elements)
        body, trafilatura_title = "", ""
    if not body:
        fallback_tree = _parse_tree(text_markup)
        body = _fallback_text(fallback_tree) if fallback_tree is not None else ""
    title = trafilatura_title or title
    if title and body.startswith(title):
        # trafilatura repeats the headline as the first line; the title field carries it.
        rest = body[len(title):].lstrip("\n")
        body = rest or body
    if not body.strip():
        raise HtmlRejected("The page has no readable article text (only markup, scripts or styles).", code="empty")
    return ExtractedPage(text=body, title=title[:500], published=published)
