"""What one side of the war says about the other, named as the subject of the words, is an accusation: "Selenskyj
sagte, Russland wolle Panik säen", "Peskov said Washington wanted to prolong the war".

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
        ("Selenskyj sagte am Montag, Russland wolle die Gespräche nur in die Länge ziehen.", "de", "Volodymyr Zelensky",
         "Russia"),
        ("Kremlsprecher Dmitri Peskow sagte, Washington habe kein Interesse an einer Lösung.", "de", "Dmitry Peskov",
         "United States"),
        ("Peskov said on Friday that NATO was preparing for a long confrontation.", "en", "Dmitry Peskov", "NATO"),
        ("Kallas said Russia hoped the world would look away from Ukraine.", "en", "Kaja Kallas", "Russia"),
        ("Lukashenko said Poland was massing troops near the border.", "en", "Alexander Lukashenko", "Poland"),
    ],
)
def test_words_about_the_other_side_as_subject_are_an_accusation(
    text: str, lang: str, accuser: str, accused: str
) -> None:
    assert any(accuser in actors and accused in actors for actors in accusations(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a partner, not the other side of the war
        ("Scholz sagte am Montag, Frankreich wolle die Hilfe für die Ukraine verdoppeln.", "de"),
        # a demand addressed to someone about the other side is a demand only
        ("Selenskyj forderte die Partner auf, Russland den Zugang zu Öleinnahmen zu verwehren.", "de"),
        # the other side named, but not as the subject of what was said
        ("Selenskyj sprach am Abend mit Macron über Russland.", "de"),
        # the other side in a prepositional or infinitive phrase, not the subject of the words
        ("Miller said the US expected India, as a partner, to encourage Russia to end its war.", "en"),
        # the other side as the subject of a condition, not of the words
        ("Medwedew schrieb, wenn die Nato eingreife, sei ein Weltkrieg nicht mehr ausgeschlossen.", "de"),
    ],
)
def test_other_words_about_the_war_are_no_such_accusation(text: str, lang: str) -> None:
    assert accusations(text, lang) == []


def test_the_other_sides_army_named_in_a_charge_stands_for_its_state() -> None:
    text = "Kremlsprecher Dmitri Peskow nannte die Regel einen Beleg für die „Erschöpfung“ der ukrainischen Armee."
    assert any("Ukraine" in actors for actors in accusations(text, "de"))
