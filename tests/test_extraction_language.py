"""Rule-based language identification. Plain pytest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction.language import SUPPORTED_FULL, detect_language

SEED_DIR = Path("/work/shared/eval")
GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kreml bestätigte die bevorstehenden Gespräche, wie der Sprecher mitteilte.", "de"),
        ("Trump und Putin wollen am Montag miteinander telefonieren.", "de"),
        ("The Kremlin confirmed the upcoming talks, the spokesman said on Monday.", "en"),
        ("Russia and Ukraine agreed to a prisoner exchange after talks in Istanbul.", "en"),
        ("Le Kremlin a confirmé que les pourparlers auront lieu dans la semaine à Istanbul.", "fr"),
        ("El Kremlin confirmó que las conversaciones se celebrarán en Estambul esta semana.", "es"),
        ("Il Cremlino ha confermato che i colloqui si terranno a Istanbul nella settimana.", "it"),
        ("Het Kremlin heeft bevestigd dat de gesprekken deze week in Istanbul worden gehouden.", "nl"),
        ("Kreml potwierdził, że rozmowy odbędą się w tym tygodniu w Stambule, ale nie wiadomo kiedy.", "pl"),
        ("Кремль подтвердил, что переговоры состоятся на этой неделе в Стамбуле, сообщил Песков.", "ru"),
        ("Кремль підтвердив, що переговори відбудуться цього тижня в Стамбулі, повідомив Пєсков.", "uk"),
        ("Ο Λευκός Οίκος επιβεβαίωσε τις συνομιλίες.", "el"),
        ("Kreml bestätigt Gespräche", "de"),  # short headlines: character trigrams decide
        ("Waffenruhe gescheitert", "de"),
        ("Kremlin confirms talks", "en"),
        ("Zelensky meets Macron in Paris", "en"),
        ("", "und"),
        ("12345 67890 !!!", "und"),
        ("Xyzzy", "und"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_supported_full() -> None:
    assert {"de", "en"} == set(SUPPORTED_FULL)


def test_seed_article_is_german() -> None:
    assert detect_language((SEED_DIR / "seed_article_de.txt").read_text()) == "de"


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="gold corpus not present")
def test_gold_corpus_languages() -> None:
    for path in sorted(GOLD_DIR.glob("*.json")):
        doc = json.loads(path.read_text())
        assert detect_language(doc["text"]) == doc.get("lang", "de"), path.name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_detect_language_never_raises(text: str) -> None:
    code = detect_language(text)
    assert code == "und" or (len(code) == 2 and code.isalpha())
