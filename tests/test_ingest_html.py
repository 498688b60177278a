"""HTML pages become clean article text with their title and publication date; the cleaner never crashes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.ingest.html import HtmlRejected, decode_html, html_to_page, looks_like_html

NEWS_PAGE = """<!doctype html><html lang="de"><head>
<title>Telefonat angekündigt | Nachrichten</title>
<meta property="article:published_time" content="2025-05-18T10:00:00+02:00">
<script>window.track = function () { document.write("<p>TRACKING</p>"); };</script>
<style>.teaser { color: red }</style></head>
<body><nav><a href="/">Start</a> | <a href="/politik">Politik</a></nav>
<article><h1>Trump und Putin wollen am Montag telefonieren</h1>
<p>US-Präsident Donald Trump will am Montagmorgen (US-Ortszeit) mit Kremlchef Wladimir Putin telefonieren.
Das kündigte Trump auf seiner Plattform Truth Social an.</p>
<p>Kremlsprecher Dmitri Peskow bestätigte das geplante Gespräch am Sonntag.</p>
<script>var ad = "<p>ANZEIGE</p>";</script></article>
<footer>Impressum · Datenschutz</footer></body></html>"""


def test_a_news_page_becomes_its_article_text_title_and_date() -> None:
    page = html_to_page(NEWS_PAGE)

    assert page.title == "Trump und Putin wollen am Montag telefonieren"
    assert page.published == date(2025, 5, 18)
    assert page.text.startswith("US-Präsident Donald Trump will am Montagmorgen (US-Ortszeit)")
    assert "Peskow bestätigte" in page.text
    for boilerplate in ("TRACKING", "ANZEIGE", "color: red", "Impressum", "Politik"):
        assert boilerplate not in page.text


def test_a_pasted_html_fragment_keeps_its_text() -> None:
    page = html_to_page("<p>Selenskyj traf am Dienstag Macron in Paris.</p>")

    assert page.text == "Selenskyj traf am Dienstag Macron in Paris."
    assert page.published is None


def test_a_page_of_only_scripts_is_refused_as_having_no_text() -> None:
    with pytest.raises(HtmlRejected, match="no readable article text") as info:
        html_to_page("<html><head><script>alert(1)</script><style>p{}</style></head><body><script>x()</script>"
                     "<noscript></noscript></body></html>")
    assert info.value.code == "empty"


def test_a_page_larger_than_the_limit_is_refused_with_413() -> None:
    with pytest.raises(HtmlRejected) as info:
        html_to_page("<p>" + "x" * 2000 + "</p>", max_bytes=1000)
    assert info.value.status == 413


def test_page_bytes_are_decoded_with_their_declared_charset() -> None:
    raw = '<meta charset="iso-8859-1"><p>Grüße aus Köln</p>'.encode("latin-1")

    assert "Grüße aus Köln" in decode_html(raw)
    assert html_to_page(raw).text == "Grüße aus Köln"


def test_binary_bytes_are_refused_as_binary() -> None:
    with pytest.raises(HtmlRejected) as info:
        html_to_page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert info.value.code == "binary"


def test_plain_prose_is_not_mistaken_for_html() -> None:
    assert not looks_like_html("Trump sagte, 3 < 4 und Putin > Selenskyj sei falsch.")
    assert looks_like_html("<div><p>Text</p></div>")


HTML_TAGS = st.sampled_from(["p", "div", "script", "style", "article", "h1", "title", "meta", "br", "span", "time",
                             "html", "body", "head", "nav", "iframe", "svg", "noscript", "!--", "![CDATA["])
HTML_SOUP = st.lists(
    st.one_of(
        st.text(max_size=40),
        HTML_TAGS.map(lambda t: f"<{t}>"),
        HTML_TAGS.map(lambda t: f"</{t}>"),
        st.just('<meta property="article:published_time" content="2025-13-45">'),
        st.just('<time datetime="1999-02-30">'),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup=st.one_of(HTML_SOUP, st.text(max_size=400)))
def test_fuzzed_html_never_raises_anything_but_a_clear_refusal(markup: str) -> None:
    try:
        page = html_to_page(markup)
    except HtmlRejected as exc:
        assert str(exc)
        return
    assert page.text.strip()
    assert "\x00" not in page.text


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=300))
def test_fuzzed_page_bytes_never_raise_anything_but_a_clear_refusal(raw: bytes) -> None:
    try:
        html_to_page(raw)
    except HtmlRejected as exc:
        assert exc.code in {"binary", "encoding", "empty", "invalid", "too_large"}


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_fuzzed_text_normaliser_never_raises(text: str) -> None:
    from tracker.services.articles import content_hash, normalize_text

    cleaned = normalize_text(text)
    assert cleaned == cleaned.strip()
    assert normalize_text(cleaned) == cleaned
    assert len(content_hash(cleaned)) == 64


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(["am", "Montag", "Mitte", "Mai", "2025", "19.", "vor", "zwei", "Wochen", "kürzlich",
                              "on", "Monday", "next", "week", "morgen", "Uhr", "12:30", "Ostern", " ", ".", "31.",
                              "Februar", "Q3", "Anfang", "Ende", "bis", "-", "\n"]), max_size=25).map(" ".join),
), language=st.sampled_from(["de", "en", "fr"]))
def test_fuzzed_time_expression_tagger_never_raises(text: str, language: str) -> None:
    timex = pytest.importorskip("tracker.extraction.timex")

    for found in timex.tag_timexes(text, published=date(2025, 5, 18), language=language):
        assert 0 <= found.start <= found.end <= len(text)


def test_a_huge_page_is_cleaned_quickly_with_the_plain_text_dump() -> None:
    import time

    paragraph = "<p>Die Delegationen trafen sich am Freitag in Istanbul, hieß es ({}).</p>\n"
    markup = ("<html><head><script>x()</script></head><body><nav>Menü</nav><article>"
              + "".join(paragraph.format(i) for i in range(30_000)) + "</article></body></html>")
    started = time.monotonic()

    page = html_to_page(markup)

    assert time.monotonic() - started < 10  # trafilatura alone needs tens of seconds for this tree
    assert page.text.startswith("Die Delegationen trafen sich am Freitag in Istanbul, hieß es (0).")
    assert "x()" not in page.text and "Menü" not in page.text
