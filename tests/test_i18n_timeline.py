"""German and English UI: language switcher, translated labels, committed compiled catalogue."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Timeline totals, overview and filter options are cached (locmem, per process): start without them."""
    from django.core.cache import cache

    cache.clear()
LOCALE = Path(settings.BASE_DIR) / "locale" / "de" / "LC_MESSAGES"


def test_language_switcher_turns_the_timeline_german(client, db):
    EventFactory.create(title="Call", occurrence="planned", review_status="confirmed")
    url = reverse("timeline:conflict", args=["russia-ukraine"])
    english = client.get(url).content.decode()
    assert '<html lang="en">' in english and "Planned" in english
    assert f'action="{reverse("set_language")}"' in english and '<label for="language-select">' in english
    response = client.post(reverse("set_language"), {"language": "de", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    german = client.get(url).content.decode()
    assert '<html lang="de">' in german
    assert "Geplant" in german and "19. Mai 2025" in german and "Filter anwenden" in german


def test_compiled_german_catalogue_is_committed_and_complete():
    po, mo = LOCALE / "django.po", LOCALE / "django.mo"
    assert mo.exists(), "compile with: msgfmt -o locale/de/LC_MESSAGES/django.mo locale/de/LC_MESSAGES/django.po"
    with mo.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        messages = [m for m in read_po(handle) if m.id]
    missing = []
    for message in messages:
        msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
        key = f"{message.context}\x04{msgid}" if message.context else msgid
        same_in_german = ("%(start)s – %(end)s", "%(day)s, %(part)s", "Protest")
        if catalog.gettext(key) == key and msgid not in same_in_german:
            missing.append(msgid)
    assert not missing, f"untranslated or not compiled: {missing[:5]}"
