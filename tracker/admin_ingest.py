"""The admin's "Add article" page: paste a text or a page's HTML, or upload a .txt/.html file.

``ArticleIngestAdminMixin`` replaces the model's plain add form (which would bypass validation, dedup and the parse
queue) with a form that goes through ``ingest_content`` → ``article_ingest``, and adds a "Parse again" action.
The view is wrapped by ``admin_site.admin_view``: staff login and CSRF protection as on every admin page.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from tracker.ingest.html import max_html_bytes
from tracker.ingest.pages import ingest_content
from tracker.models import Article, ArticleStatus, Conflict, Feed
from tracker.services.articles import ArticleRejected, article_request_parse

__all__ = ["ArticleIngestAdminMixin", "ArticleIngestForm", "FeedPollAdminMixin"]

LANGUAGE_CHOICES = [("", "Detect automatically"), ("de", "German"), ("en", "English"), ("fr", "French"),
                    ("uk", "Ukrainian"), ("ru", "Russian"), ("pl", "Polish"), ("es", "Spanish"), ("it", "Italian")]
UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


class ArticleIngestForm(forms.Form):
    content = forms.CharField(
        label="Text or HTML", required=False, strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
        help_text="Paste the article text, or the HTML source of its page (title and date are taken from it).",
    )
    upload = forms.FileField(label="…or a file", required=False, help_text="A .txt (UTF-8) or .html file.")
    url = forms.URLField(label="URL", required=False, max_length=2000, assume_scheme="https",
                         help_text="The article's address; the same URL is stored only once.")
    title = forms.CharField(required=False, max_length=500)
    published_at = forms.DateTimeField(
        label="Published", required=False,
        help_text="YYYY-MM-DD or YYYY-MM-DD HH:MM. Empty: the page's own date (required when there is none).",
    )
    language = forms.ChoiceField(choices=LANGUAGE_CHOICES, required=False)
    conflict = forms.ModelChoiceField(Conflict.objects.all(), required=False)
    source_name = forms.CharField(label="Source", required=False, max_length=200)

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        name = (upload.name or "").lower()
        if not name.endswith(UPLOAD_SUFFIXES):
            raise forms.ValidationError("Upload a .txt or .html file.")
        limit = max_html_bytes() if name.endswith((".html", ".htm")) else settings.TRACKER_MAX_ARTICLE_CHARS * 4
        if upload.size is not None and upload.size > limit:
            raise forms.ValidationError(f"The file has {upload.size:,} bytes; the limit is {limit:,}.")
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_text = bool((data.get("content") or "").strip())
        if has_text and data.get("upload"):
            raise forms.ValidationError("Paste a text or upload a file, not both.")
        if not has_text and not data.get("upload") and not self.errors:
            raise forms.ValidationError("The article is empty: paste its text or HTML, or upload a file.")
        return data

    def content_and_kind(self) -> tuple[str | bytes, bool | None]:
        upload = self.cleaned_data.get("upload")
        if upload is not None:
            return upload.read(), not upload.name.lower().endswith(".txt")
        return self.cleaned_data["content"], None


class ArticleIngestAdminMixin:
    """Mix into ArticleAdmin (before admin.ModelAdmin)."""

    admin_site: admin.AdminSite
    model: type[Article]

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
                 ) -> HttpResponse:
        if not self.has_add_permission(request):  # type: ignore[attr-defined]
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        form = ArticleIngestForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            response = self._ingest(request, form)
            if response is not None:
                return response
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "opts": self.model._meta,
            "has_view_permission": True,
            **(extra_context or {}),
        }
        status = 400 if request.method == "POST" else 200
        return TemplateResponse(request, "admin/tracker/article/ingest_form.html", context, status=status)

    def _ingest(self, request: HttpRequest, form: ArticleIngestForm) -> HttpResponse | None:
        content, is_html = form.content_and_kind()
        data = form.cleaned_data
        try:
            result = ingest_content(
                content, channel="admin", is_html=is_html, url=data.get("url") or "", title=data.get("title") or "",
                published_at=data.get("published_at"), language=data.get("language") or "",
                conflict=data.get("conflict"), source_name=data.get("source_name") or "",
                submitted_by=request.user if request.user.is_authenticated else None,  # type: ignore[arg-type]
                require_date=True,
            )
        except ArticleRejected as exc:
            form.add_error(None, str(exc))
            return None
        article = result.article
        change_url = reverse("admin:tracker_article_change", args=[article.pk])
        if result.created:
            messages.success(request, f"Article {article.pk} “{article}” stored and queued for parsing.")
        else:
            messages.warning(request, f"Already stored as article {article.pk} “{article}”; nothing was added.")
        return HttpResponseRedirect(change_url)

    @admin.action(description="Parse again (keeps reviewed entries)", permissions=["change"])
    def parse_again(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        count = 0
        for article in queryset.exclude(status=ArticleStatus.PARSING):
            article_request_parse(article=article)
            count += 1
        messages.success(request, f"{count} article(s) queued for parsing.")

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions: dict[str, Any] = super().get_actions(request)  # type: ignore[misc]
        if "parse_again" not in actions and self.has_change_permission(request):  # type: ignore[attr-defined]
            actions["parse_again"] = self.get_action("parse_again")  # type: ignore[attr-defined]
        return actions


class FeedPollAdminMixin:
    """Mix into FeedAdmin: a "Poll now" action (the worker fetches; errors land in the feed's last error)."""

    @admin.action(description="Poll now", permissions=["change"])
    def poll_now(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        from tracker.tasks import poll_feed

        feeds = list(queryset.filter(is_active=True).values_list("pk", flat=True))
        try:
            for feed_id in feeds:
                poll_feed.apply_async(args=(feed_id,), kwargs={"force": True}, retry=False)
        except Exception:  # broker down
            messages.error(request, "The task queue is unavailable; the feeds will be polled on the next round.")
            return
        messages.success(request, f"{len(feeds)} active feed(s) queued for polling.")

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions: dict[str, Any] = super().get_actions(request)  # type: ignore[misc]
        if "poll_now" not in actions and self.has_change_permission(request):  # type: ignore[attr-defined]
            actions["poll_now"] = self.get_action("poll_now")  # type: ignore[attr-defined]
        return actions
