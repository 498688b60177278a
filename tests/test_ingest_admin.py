"""The admin's "Add article" page: paste text or a page's HTML, or upload a file; duplicates and bad input are
reported; the page is CSRF-protected; a failed parse shows its error and can be parsed again."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, UserFactory
from tracker.models import Article, ArticleStatus

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:tracker_article_add")
TEXT = "Trump und Putin telefonierten am Montag über eine Waffenruhe. Der Kreml bestätigte das Gespräch."


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_the_add_article_page_shows_the_paste_form(admin_client: Client) -> None:
    response = admin_client.get(ADD_URL)

    assert response.status_code == 200
    assert b"Text or HTML" in response.content and b'enctype="multipart/form-data"' in response.content
    assert b"csrfmiddlewaretoken" in response.content


def test_pasting_a_text_stores_a_queued_article_and_opens_it(admin_client: Client) -> None:
    response = admin_client.post(ADD_URL, {"content": TEXT, "published_at": "2025-05-18", "url": "https://ex.org/a"},
                                 follow=True)

    article = Article.objects.get()
    assert response.redirect_chain[-1][0] == reverse("admin:tracker_article_change", args=[article.pk])
    assert any("stored and queued for parsing" in m for m in messages_of(response))
    assert article.status == ArticleStatus.QUEUED and article.language == "de"
    assert article.submitted_by is not None and article.submitted_by.is_superuser


def test_pasting_a_pages_html_takes_its_text_title_and_date(admin_client: Client) -> None:
    html = ('<html><head><title>Waffenruhe</title><meta property="article:published_time" content="2025-05-14">'
            "<script>evil()</script></head><body><article><h1>Waffenruhe verlängert</h1>"
            "<p>Die Waffenruhe wurde am Mittwoch um 30 Tage verlängert, teilte das Präsidialamt mit.</p>"
            "</article></body></html>")

    admin_client.post(ADD_URL, {"content": html})

    article = Article.objects.get()
    assert article.title == "Waffenruhe verlängert"
    assert article.text == "Die Waffenruhe wurde am Mittwoch um 30 Tage verlängert, teilte das Präsidialamt mit."
    assert article.published_at.date().isoformat() == "2025-05-14"


def test_uploading_a_text_file_stores_it(admin_client: Client) -> None:
    upload = SimpleUploadedFile("meldung.txt", TEXT.encode(), content_type="text/plain")

    response = admin_client.post(ADD_URL, {"upload": upload, "published_at": "2025-05-18"})

    assert response.status_code == 302
    assert Article.objects.get().text == TEXT


def test_submitting_the_same_article_again_points_to_the_existing_one(admin_client: Client) -> None:
    existing = ArticleFactory.create(text=TEXT)

    response = admin_client.post(ADD_URL, {"content": "  " + TEXT + "\n", "published_at": "2025-05-18"}, follow=True)

    assert Article.objects.count() == 1
    assert response.redirect_chain[-1][0] == reverse("admin:tracker_article_change", args=[existing.pk])
    assert any(f"Already stored as article {existing.pk}" in m for m in messages_of(response))


@pytest.mark.parametrize(("data", "error"), [
    ({"content": ""}, "The article is empty"),
    ({"content": "   \n\t "}, "The article is empty"),
    ({"content": "<html><script>alert(1)</script></html>"}, "no readable article text"),
    ({"upload": SimpleUploadedFile("x.txt", "Grüße".encode("latin-1"))}, "not valid UTF-8"),
    ({"upload": SimpleUploadedFile("x.txt", b"\x00\x01\x02\x03")}, "looks binary"),
    ({"upload": SimpleUploadedFile("x.pdf", b"%PDF")}, "Upload a .txt or .html file"),
    ({"content": TEXT}, "carries no publication date"),
    ({"content": "<html><body><article><p>" + TEXT + "</p></article></body></html>"}, "carries no publication date"),
])
def test_bad_input_is_shown_as_a_form_error_and_nothing_is_stored(admin_client: Client, data, error) -> None:
    kept = ArticleFactory.create()

    response = admin_client.post(ADD_URL, data)

    assert response.status_code == 400
    assert error in response.content.decode()
    assert list(Article.objects.values_list("pk", flat=True)) == [kept.pk]


def test_an_oversized_upload_is_refused_before_it_is_read(admin_client: Client, settings) -> None:
    settings.TRACKER_MAX_ARTICLE_CHARS = 100
    response = admin_client.post(ADD_URL, {"upload": SimpleUploadedFile("big.txt", b"a " * 1000)})

    assert response.status_code == 400
    assert "the limit is 400" in response.content.decode()
    assert not Article.objects.exists()


def test_the_form_refuses_a_post_without_csrf_token(admin_user) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)

    response = client.post(ADD_URL, {"content": TEXT})

    assert response.status_code == 403
    assert not Article.objects.exists()


def test_the_form_accepts_a_post_with_the_pages_csrf_token(admin_user) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    token = client.get(ADD_URL).context["csrf_token"]

    response = client.post(ADD_URL, {"content": TEXT, "published_at": "2025-05-18", "csrfmiddlewaretoken": str(token)})

    assert response.status_code == 302
    assert Article.objects.count() == 1


def test_the_form_is_for_staff_only(client: Client) -> None:
    client.force_login(UserFactory.create(is_staff=False))

    response = client.get(ADD_URL)

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_failed_parse_shows_its_error_and_parse_again_queues_it(admin_client: Client) -> None:
    failed = ArticleFactory.create(status=ArticleStatus.FAILED, attempts=5, last_error="ValueError: broken sentence")

    page = admin_client.get(reverse("admin:tracker_article_change", args=[failed.pk]))
    assert "ValueError: broken sentence" in page.content.decode()

    response = admin_client.post(reverse("admin:tracker_article_changelist"),
                                 {"action": "parse_again", "_selected_action": [failed.pk]}, follow=True)

    assert any("1 article(s) queued for parsing" in m for m in messages_of(response))
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.last_error) == (ArticleStatus.QUEUED, 0, "")


def test_poll_now_queues_the_selected_active_feeds(admin_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.models import Feed
    from tracker.tasks import poll_feed

    sent: list[tuple[object, ...]] = []
    monkeypatch.setattr(poll_feed, "apply_async", lambda args, kwargs, retry: sent.append((args, kwargs)))
    active = Feed.objects.create(url="https://example.org/rss")
    inactive = Feed.objects.create(url="https://example.org/old", is_active=False)

    response = admin_client.post(reverse("admin:tracker_feed_changelist"),
                                 {"action": "poll_now", "_selected_action": [active.pk, inactive.pk]}, follow=True)

    assert any("1 active feed(s) queued for polling" in m for m in messages_of(response))
    assert sent == [((active.pk,), {"force": True})]
