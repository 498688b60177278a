"""German "treffen" is to meet and to hit: weapons that hit ("Drohnen trafen einen Pfeiler", "trafen mit
Marschflugkörpern das Landungsschiff") are an attack, not a meeting.

Sentences written for this test (not taken from the data sets); plain pytest, the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)


def kinds(text: str) -> set[str]:
    return {e.type for e in extract(text, published=PUB, language="de").events}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainische Kampfflugzeuge trafen in der Nacht mit Marschflugkörpern ein Landungsschiff im Hafen.",
        "In der Nacht zum Montag trafen zwei ukrainische Seedrohnen einen Pfeiler der Brücke.",
        "Russische Raketen trafen am Morgen ein Wohnhaus in Dnipro.",
    ],
)
def test_weapons_that_hit_are_an_attack_not_a_meeting(text: str) -> None:
    found = kinds(text)
    assert "ASSAULT" in found
    assert "CONSULT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Selenskyj traf am Montag Macron in Paris.",
        "Die Außenminister trafen sich in Brüssel zu Gesprächen über Drohnen.",
    ],
)
def test_people_who_meet_still_meet(text: str) -> None:
    found = kinds(text)
    assert "CONSULT" in found
    assert "ASSAULT" not in found
