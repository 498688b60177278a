"""Highlighting untrusted article text: spans are marked, everything is escaped."""

from __future__ import annotations

from tracker.templatetags.moderation import Span, find_terms, highlight


def test_span_is_wrapped_in_mark_and_text_escaped() -> None:
    html = highlight("a <b> c", [Span(2, 5, "hl-trigger", "trigger")])
    assert html == 'a <mark class="hl-trigger" title="trigger">&lt;b&gt;</mark> c'


def test_script_in_article_is_never_markup() -> None:
    text = 'Intro <script>alert("x")</script> end'
    html = highlight(text, [Span(0, 5, "proposal", 'title with "quotes" <i>')])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'title="title with &quot;quotes&quot; &lt;i&gt;"' in html


def test_text_without_spans_is_only_escaped() -> None:
    assert highlight("<x>", []) == "&lt;x&gt;"


def test_overlapping_spans_split_into_segments_with_both_classes() -> None:
    html = highlight("abcdef", [Span(0, 4, "a", anchor="first"), Span(2, 6, "b")])
    assert html == ('<mark class="a" title="" id="first">ab</mark><mark class="a b" title="">cd</mark>'
                    '<mark class="b" title="">ef</mark>')


def test_out_of_range_and_empty_spans_are_ignored() -> None:
    assert highlight("abc", [Span(5, 9, "x"), Span(2, 2, "y"), Span(-3, 1, "z")]) == \
        '<mark class="z" title="">a</mark>bc'


def test_find_terms_matches_inflected_names_at_word_start() -> None:
    spans = find_terms("Putins Sprecher und Wladimir Putin", ["Putin"], "hl-actor")
    assert [(s.start, s.end) for s in spans] == [(0, 5), (29, 34)]
    assert find_terms("Rasputin", ["Putin"], "hl-actor") == []
