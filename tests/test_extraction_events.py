"""Event proposals: PLOVER type conventions (ANNOTATION.md), participants, occurrence and dates.

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract
from tracker.extraction.types import EventProposal

PUB = date(2025, 5, 18)  # a Sunday


def events(text: str, lang: str, published: date = PUB) -> list[EventProposal]:
    return extract(text, published=published, language=lang).events


def kinds(text: str, lang: str) -> set[str]:
    return {e.type for e in events(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Trump telefonierte am Montag mit Putin.", "de", "CONSULT"),
        ("Trump spoke with Putin by phone on Monday.", "en", "CONSULT"),
        ("Rubio and Lavrov met in Riyadh on Tuesday.", "en", "CONSULT"),
        ("Russland und die Ukraine einigten sich auf einen Gefangenenaustausch.", "de", "AGREE"),
        ("The two sides agreed to restore embassy staff.", "en", "AGREE"),
        ("Eine Einigung auf eine Waffenruhe scheiterte.", "de", "REJECT"),
        ("Moskau lehnte den Vorschlag ab.", "de", "REJECT"),
        ("Russland und die Ukraine tauschten 390 Gefangene aus, die freigelassen wurden.", "de", "CONCEDE"),
        ("Putin verkündete eine Oster-Waffenruhe.", "de", "RETREAT"),
        ("Putin declared a ceasefire for Orthodox Christmas.", "en", "RETREAT"),
        ("Trump stellte Russland ein Ultimatum von 50 Tagen.", "de", "THREATEN"),
        ("Selenskyj forderte eine bedingungslose Waffenruhe.", "de", "REQUEST"),
        ("Zelensky called for an unconditional ceasefire.", "en", "REQUEST"),
        ("Selenskyj warf Moskau vor, die Feuerpause gebrochen zu haben.", "de", "ACCUSE"),
        ("Die EU beschloss ein neues Sanktionspaket gegen Russland.", "de", "SANCTION"),
        ("Russia launched a massive drone attack on Kyiv.", "en", "ASSAULT"),
        ("Die EU will eingefrorene russische Vermögen nutzen, um die Ukraine zu finanzieren.", "de", "AID"),
    ],
)
def test_type_conventions(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


def test_one_sentence_can_give_several_events() -> None:
    text = (
        "Bei einem Treffen in Istanbul wurde ein Austausch von Gefangenen erreicht, "
        "eine Einigung auf eine Waffenruhe scheiterte jedoch."
    )
    assert {"CONSULT", "AGREE", "REJECT"} <= kinds(text, "de")


def test_nationality_adjectives_become_state_participants() -> None:
    (event,) = [e for e in events("Russische und ukrainische Unterhändler trafen sich in Istanbul.", "de")]
    assert event.type == "CONSULT"
    assert set(event.actors) == {"Russia", "Ukraine"}


@pytest.mark.parametrize(
    ("text", "occurrence"),
    [
        ("Ein Telefonat zwischen Trump und Putin soll am Montag stattfinden.", "planned"),
        ("Trump plans to meet Putin next week.", "planned"),
        ("Das geplante Gipfeltreffen von Trump und Putin in Budapest wurde abgesagt.", "cancelled"),
        ("The summit between Trump and Putin was called off.", "cancelled"),
        ("Trump traf Putin am Freitag in Alaska.", "occurred"),
        ("Ein Treffen von Trump und Putin könnte im Juni stattfinden.", "uncertain"),
    ],
)
def test_occurrence(text: str, occurrence: str) -> None:
    consult = [e for e in events(text, "de" if " der " in text or "Ein" in text else "en") if e.type == "CONSULT"]
    assert consult and consult[0].occurrence == occurrence


def test_future_date_makes_an_event_planned() -> None:
    (event,) = [e for e in events("Trump trifft Putin am 23. Mai in Budapest.", "de") if e.type == "CONSULT"]
    assert event.date.value == "2025-05-23"
    assert event.occurrence == "planned"


def test_dates_text_context_published_vague() -> None:
    text = (
        "Trump telefonierte am Freitag mit Putin. Im Anschluss sprach er mit Selenskyj. "
        "Kürzlich hatten sich die Unterhändler in Istanbul getroffen."
    )
    evs = [e for e in events(text, "de") if e.type == "CONSULT"]
    assert [(e.date.value, e.date.basis) for e in evs] == [
        ("2025-05-16", "text"),
        ("2025-05-16", "context"),
        ("PAST_REF", "vague"),
    ]
    undated = events("Moskau lehnte den Vorschlag ab.", "de")
    assert [(e.date.value, e.date.basis) for e in undated] == [("2025-05-18", "published")]


def test_borrowed_participants_when_the_sentence_names_none() -> None:
    text = "US-Präsident Donald Trump will erneut mit Wladimir Putin sprechen. Geplant ist ein Telefonat am Montag."
    call = [e for e in events(text, "de") if e.trigger and text[e.trigger[0] : e.trigger[1]] == "Telefonat"]
    assert call and call[0].actors == ["Donald Trump", "Vladimir Putin"]


def test_hopes_are_not_events() -> None:
    text = "Trump äußerte die Hoffnung, dass die Gespräche zu einer Waffenruhe führen."
    assert "CONSULT" not in kinds(text, "de")


def test_evidence_trigger_and_title() -> None:
    text = "Vorab. Trump telefonierte am Montag mit Putin."
    (event,) = events(text, "de")
    assert text[event.evidence[0] : event.evidence[1]] == "Trump telefonierte am Montag mit Putin."
    assert text[event.trigger[0] : event.trigger[1]] == "telefonierte"
    assert event.title.startswith("Trump–Putin")
    assert 0 < event.confidence <= 1
