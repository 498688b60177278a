"""A statement that speaks of the other side in words of blame is also an accusation against it; in words of approval
(and none of blame), support for it.

Sentences written for this test (not taken from the data sets); plain pytest, the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)


def accusations(text: str, lang: str) -> list[list[str]]:
    return [e.actors for e in extract(text, published=PUB, language=lang).events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "lang", "accuser", "accused"),
    [
        (
            'Kremlin spokesman Dmitry Peskov said on Thursday that NATO was "rapidly moving towards militarization".',
            "en",
            "Dmitry Peskov",
            "NATO",
        ),
        (
            "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag, London habe den Konflikt weiter angeheizt.",
            "de",
            "Maria Zakharova",
            "United Kingdom",
        ),
        (
            "Polens Präsident Andrzej Duda nannte die Verlegung der Truppen nach Belarus ein „sehr negatives Signal“.",
            "de",
            "Andrzej Duda",
            "Belarus",
        ),
        (
            "Sybiha wrote on X that Budapest had chosen the path of confrontation.",
            "en",
            "Andrii Sybiha",
            "Hungary",
        ),
    ],
)
def test_words_of_blame_about_the_other_side_are_an_accusation(
    text: str, lang: str, accuser: str, accused: str
) -> None:
    found = accusations(text, lang)
    assert any(accuser in actors and accused in actors for actors in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no word of blame
        ("Kremlin spokesman Dmitry Peskov said on Thursday that NATO leaders would meet in The Hague.", "en"),
        # blame words, but only about the speaker's own side
        ("Peskov said the Russian army was fuelled by patriotism.", "en"),
    ],
)
def test_other_statements_are_no_accusation(text: str, lang: str) -> None:
    assert accusations(text, lang) == []


def test_a_sentence_with_an_accusation_gets_no_second_one() -> None:
    text = "Kyiv accused Moscow of war crimes, and Zelensky said Russia was lying about the attack."
    assert len(accusations(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "lang", "supporter", "supported"),
    [
        (
            "Kremlsprecher Dmitri Peskow sagte am Donnerstag, Kasachstan sei ein souveräner Staat und bleibe ein "
            "strategischer Partner.",
            "de",
            "Dmitry Peskov",
            "Kazakhstan",
        ),
        ("The White House called the agreement with Moscow a significant step.", "en", "White House", "Russia"),
    ],
)
def test_words_of_approval_about_another_side_are_support(
    text: str, lang: str, supporter: str, supported: str
) -> None:
    found = [e.actors for e in extract(text, published=PUB, language=lang).events if e.type == "SUPPORT"]
    assert any(supporter in actors and supported in actors for actors in found), found


def test_approval_mixed_with_blame_is_no_support() -> None:
    text = "Peskov said Kazakhstan was a sovereign state but that its new law was a provocation."
    assert all(e.type != "SUPPORT" for e in extract(text, published=PUB, language="en").events)
