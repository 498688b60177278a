"""Measures, detentions, swaps and joint work in everyday wire wording: designations and listings, ties cut, curbs
extended, cooperation suspended, votes against, prisoners traded, people held, proceedings opened.

Sentences written for this test (not taken from the data sets); plain pytest, the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)


def kinds(text: str, lang: str) -> set[str]:
    return {e.type for e in extract(text, published=PUB, language=lang).events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Treasury designated two Russian banks on Friday.", "en", "SANCTION"),
        ("The European Union listed Wagner and its commanders in February.", "en", "SANCTION"),
        ("Ukraine cut diplomatic ties with Syria in 2022.", "en", "SANCTION"),
        ("Brussels extended the restrictions on Ukrainian wheat until June.", "en", "SANCTION"),
        ("The Commission held back part of the next payment to Kyiv.", "en", "SANCTION"),
        ("Die EU hat die Budgethilfe für Niger ausgesetzt.", "de", "SANCTION"),
        ("Frankreich stoppte die Entwicklungszusammenarbeit mit Mali.", "de", "SANCTION"),
        ("Auch Ungarn und die Slowakei stimmten dagegen.", "de", "REJECT"),
        ("Russland hatte den Amerikaner gegen einen russischen Agenten ausgetauscht.", "de", "CONCEDE"),
        ("The reporter was traded for a Russian hacker in Abu Dhabi.", "en", "CONCEDE"),
        ("Im August kamen zwei Amerikaner aus russischer Haft frei.", "de", "CONCEDE"),
        ("The American teacher has been held in Moscow since 2021.", "en", "COERCE"),
        ("Der Aktivist wurde in Simferopol abgeführt.", "de", "COERCE"),
        ("Der FSB hat ein Verfahren gegen zwei deutsche Reporter eingeleitet.", "de", "ACCUSE"),
        ("Kyiv said it was working with Warsaw to reopen the crossing.", "en", "COOPERATE"),
        ("Indien kauft seit dem Frühjahr russisches Rohöl mit Rabatt.", "de", "COOPERATE"),
        ("Russia became India's largest supplier of crude last year.", "en", "COOPERATE"),
        ("Washington paused intelligence sharing with Kyiv on Monday.", "en", "SANCTION"),
        ("Die Regierung setzte die Weitergabe von Geheimdienstinformationen an Kiew aus.", "de", "SANCTION"),
        ("Ein Moskauer Gericht hat den Journalisten zu acht Jahren Straflager verurteilt.", "de", "COERCE"),
        ("Farmers blocked the main border crossing for a week.", "en", "COERCE"),
        ("The hauliers ended their blockade of the crossing on Friday.", "en", "CONCEDE"),
        ("Hungary halted imports of Ukrainian grain in April.", "en", "SANCTION"),
        ("Warschau werde sein Einfuhrverbot für ukrainisches Getreide beibehalten.", "de", "REJECT"),
        ("London extended tariff-free access for Ukrainian goods until 2029.", "en", "AID"),
        ("Trump said he was strongly considering sanctions on Russian banks.", "en", "THREATEN"),
        ("He told the Russian envoy to stay out of Moldova's elections.", "en", "REQUEST"),
        ("About 200 Russian soldiers arrived in Bamako on Friday.", "en", "MOBILIZE"),
        ("Am Montag traf eine erste Lieferung mit Generatoren in Kiew ein.", "de", "AID"),
        ("Die Kommission hat die nächste Zahlung an die Ukraine freigegeben.", "de", "AID"),
        ("SpaceX would keep paying for the terminals in Ukraine, Musk said.", "en", "AID"),
        ("Seoul said it would consult closely with Kyiv on the prisoners.", "en", "CONSULT"),
        ("Washington loosened its restrictions on the use of ATACMS in May.", "en", "AGREE"),
        ("Eine Delegation aus Seoul hatte den Generalsekretär unterrichtet.", "de", "CONSULT"),
        ("Medwedew schrieb, Russland könne Atomwaffen einsetzen, wenn die Nato eingreife.", "de", "THREATEN"),
        ("Zelensky said Ukraine would strike back at Russian refineries.", "en", "THREATEN"),
        ("Österreich werde weder Waffen noch Munition an die Ukraine liefern, sagte der Kanzler.", "de", "REJECT"),
        ("Lula said Brazil would send neither weapons nor ammunition to Ukraine.", "en", "REJECT"),
        ("Warschau machte deutlich, dass es eine dauerhafte Sperre nicht akzeptiere.", "de", "REJECT"),
        ("Kirby said there had been no change in U.S. policy on long-range strikes.", "en", "REJECT"),
        ("Zakharova said the status of Crimea was not up for discussion.", "en", "REJECT"),
        ("Die Frage der Krim sei für Moskau ein für alle Mal abgeschlossen, sagte Peskow.", "de", "REJECT"),
        ("The Commission said the agreement would not be reopened.", "en", "REJECT"),
        ("Der Kremlchef hatte eine „würdige Antwort“ angekündigt.", "de", "THREATEN"),
        ("Any attack on our embassy will be met with a response, the spokesman said.", "en", "THREATEN"),
        ("The G7 pledged to act against banks that finance Russia's war.", "en", "THREATEN"),
        ("Medvedev warned that any attack on Crimea would mean war with Russia.", "en", "THREATEN"),
        ("Brussels warned that the next payment could be delayed if the law was not changed.", "en", "THREATEN"),
        ("Putin sagte, er nehme die Einladung zu einem Besuch in Indien gern an.", "de", "AGREE"),
        ("Scholz sagte, die Unterstützung für die Ukraine werde fortgesetzt.", "de", "AGREE"),
        ("Peskow sagte, die mit Minsk getroffenen Absprachen würden umgesetzt.", "de", "AGREE"),
    ],
)
def test_measure_or_detention_wording_is_proposed(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("The State Department designated him as wrongfully detained.", "en", "SANCTION"),
        ("The company is listed on the Moscow stock exchange.", "en", "SANCTION"),
        ("Die Budgethilfe für Niger wurde nicht ausgesetzt.", "de", "SANCTION"),
        ("The summit has been held in Brussels since 2010.", "en", "COERCE"),
        ("Kyiv said it was not working with Minsk.", "en", "COOPERATE"),
        ("The EU banned imports of Russian oil in 2022.", "en", "COOPERATE"),
        ("Kyiv resumed intelligence sharing with its partners.", "en", "SANCTION"),
        ("The parliament blocked the bill on Tuesday.", "en", "COERCE"),
        ("Budapest said it would lift the ban on Ukrainian grain.", "en", "REJECT"),
        ("About 200 Russian soldiers arrived in Bamako on Friday.", "en", "CONSULT"),
        ("The Commission said the withheld funds for Ukraine were not released.", "en", "AID"),
        ("The ministers discussed whether the agreement could be reopened next year.", "en", "REJECT"),
        ("Zelensky warned that any delay in aid would cost lives at the front.", "en", "THREATEN"),
        ("Kyiv did not respond to the letter.", "en", "THREATEN"),
    ],
)
def test_look_alike_wording_is_not_proposed(text: str, lang: str, absent: str) -> None:
    assert absent not in kinds(text, lang)


def test_the_state_where_someone_is_detained_takes_part() -> None:
    events = extract("The American teacher has been held in Moscow since 2021.", published=PUB, language="en").events
    assert any(e.type == "COERCE" and "Russia" in e.actors for e in events)
