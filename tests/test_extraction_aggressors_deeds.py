"""Who else takes part when words concern the war itself. Refusals, charges, sanctions and demands about what only
the aggressor does (annexations, sham votes, occupation, its war of aggression) are also about the aggressor, where
the article names it ("Die EU werde die Scheinwahlen nie anerkennen" is a refusal towards Russia); a truce asked for
or welcomed is between the war's sides; weapons or aid refused or halted are withheld from the defender.

Sentences written for this test (not taken from the data sets); plain pytest, the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)
LEAD = {
    "de": "Russland hält seit 2022 Teile der Ukraine besetzt. ",
    "en": "Russia has held parts of Ukraine since 2022. ",
}


def events_of(text: str, lang: str, event_type: str) -> list[list[str]]:
    result = extract(LEAD[lang] + text, published=PUB, language=lang)
    return [e.actors for e in result.events if e.type == event_type and e.evidence[0] >= len(LEAD[lang])]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "actor"),
    [
        ("Die USA würden die angeblichen Annexionen niemals anerkennen, versicherte Biden.", "de", "REJECT",
         "Joe Biden"),
        ("Ein Sprecher des Europäischen Auswärtigen Dienstes sagte, die Annexion sei und bleibe illegal.", "de",
         "ACCUSE", "European Union"),
        ("Kallas said in Brussels that the bloc would never recognise the sham referendums.", "en", "REJECT",
         "Kaja Kallas"),
        ("Kallas erklärte, wer einen Angriffskrieg führe, müsse dafür bezahlen.", "de", "REQUEST", "Kaja Kallas"),
    ],
)
def test_words_against_the_aggressors_deeds_are_also_about_the_aggressor(
    text: str, lang: str, event_type: str, actor: str
) -> None:
    assert any(actor in actors and "Russia" in actors for actors in events_of(text, lang, event_type))


def test_an_article_that_does_not_name_the_aggressor_gets_no_such_party() -> None:
    text = "Die EU werde die Annexion niemals anerkennen, sagte Kallas am Montag in Brüssel nach einem Treffen."
    refusals = [e.actors for e in extract(text, published=PUB, language="de").events if e.type == "REJECT"]
    assert refusals and all("Russia" not in actors for actors in refusals)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "actor"),
    [
        ("US-Präsident Donald Trump forderte am Montag eine vollständige Waffenruhe.", "de", "REQUEST", "Donald Trump"),
        ("Macron proposed a one-month truce on Sunday.", "en", "REQUEST", "Emmanuel Macron"),
    ],
)
def test_a_truce_asked_for_is_between_the_sides_of_the_war(text: str, lang: str, event_type: str, actor: str) -> None:
    assert any(
        actor in actors and "Russia" in actors and "Ukraine" in actors for actors in events_of(text, lang, event_type)
    )


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("In Berlin, a German government spokesman said Germany was not considering supplying its Taurus cruise "
         "missile.", "en", "Germany"),
        ("Die Lieferung weitreichender Raketen lehnte Biden dagegen erneut ab.", "de", "Joe Biden"),
    ],
)
def test_weapons_refused_are_refused_to_the_defender(text: str, lang: str, actor: str) -> None:
    assert any(actor in actors and "Ukraine" in actors for actors in events_of(text, lang, "REJECT"))
