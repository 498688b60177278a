"""General trigger rules added after the blind held-out evaluation (tests/data/heldout): whole classes of wire-report
wordings, German and English, each with sentences written for this test (not taken from the data sets).

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)  # a Sunday


def kinds(text: str, lang: str) -> set[str]:
    return {e.type for e in extract(text, published=PUB, language=lang).events}


# Visits, arrivals, conferences, council sittings, briefings and rounds of talks are CONSULT.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ein Gegenbesuch des Kanzlers in Ankara ist für den Herbst geplant.", "de"),
        ("Der Arbeitsbesuch Macrons in Warschau dauerte nur wenige Stunden.", "de"),
        ("Norwegen richtet im Juni eine Geberkonferenz für die Ukraine aus.", "de"),
        ("Die Außenminister kamen zu einer Sondersitzung in Brüssel.", "de"),
        ("Der Sicherheitsrat wird sich am Montag in einer Dringlichkeitssitzung befassen.", "de"),
        ("Stoltenberg traf am Abend in Kiew ein.", "de"),
        ("Die Außenministerin will am Dienstag in Warschau eintreffen.", "de"),
        ("Grossi will die Mitglieder des Gouverneursrats am Montag unterrichten.", "de"),
        ("Switzerland will host a peace conference next month.", "en"),
        ("The General Assembly held an emergency session on Monday.", "en"),
        ("Blinken arrived in Kyiv on an unannounced trip.", "en"),
        ("The UN envoy briefed the Security Council on Friday.", "en"),
        ("A second round in Geneva is planned for June.", "en"),
        ("A joint news conference of the two leaders was cancelled.", "en"),
    ],
)
def test_visits_arrivals_conferences_sittings_are_consult(text: str, lang: str) -> None:
    assert "CONSULT" in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Scholz sagte auf einer Pressekonferenz, die Hilfe gehe weiter.", "de"),
        ("Lavrov told a news conference that the proposal was unrealistic.", "en"),
        ("The EU agreed a new round of sanctions against Moscow.", "en"),
        ("Ein Treffen sei erst möglich, wenn ein Vertrag vorliege.", "de"),
    ],
)
def test_press_conferences_and_sanction_rounds_are_not_meetings(text: str, lang: str) -> None:
    found = extract(text, published=PUB, language=lang).events
    assert not [e for e in found if e.type == "CONSULT" and "onferen" in text[e.trigger[0] : e.trigger[1]]]
    assert not [e for e in found if e.type == "CONSULT" and "round" in text[e.trigger[0] : e.trigger[1]]]
    assert not [e for e in found if e.type == "CONSULT" and text[e.trigger[0] : e.trigger[1]].endswith(" ein")]
