"""The broad news vocabulary per event type (lexicons.py, "Broad news vocabulary"): one sentence per wording family,
written for this test, German and English.

Plain pytest (no database); the publication date is pinned.
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
        ("Kiew bezichtigte Moskau der gezielten Angriffe auf Zivilisten.", "de", "ACCUSE"),
        ("Die Außenministerin prangerte die Verschleppung ukrainischer Kinder an.", "de", "ACCUSE"),
        ("Selenskyj nannte den Angriff einen barbarischen Terrorakt.", "de", "ACCUSE"),
        ("Das Außenministerium hat den russischen Botschafter einbestellt.", "de", "ACCUSE"),
        ("The foreign ministry denounced the strike on the hospital.", "en", "ACCUSE"),
        ("Kyiv held Moscow responsible for the blast.", "en", "ACCUSE"),
        ("The minister slammed the decision as a betrayal.", "en", "ACCUSE"),
        ("Moskau bestritt jede Beteiligung an dem Anschlag.", "de", "REJECT"),
        ("Der Kreml dementierte die Berichte am Abend.", "de", "REJECT"),
        ("Ungarn stimmte gegen das Paket.", "de", "REJECT"),
        ("The Kremlin denied any involvement.", "en", "REJECT"),
        ("Moscow rebuffed the offer of talks.", "en", "REJECT"),
        ("Der Bundestag bewilligte weitere vier Milliarden Euro für die Ukraine.", "de", "AID"),
        ("Die Niederlande haben weitere Haubitzen geliefert.", "de", "AID"),
        ("Washington announced $2 billion in military aid for Kyiv.", "en", "AID"),
        ("The first shipments of shells arrived in April.", "en", "AID"),
        ("Der Rat billigte die Eröffnung von Beitrittsgesprächen.", "de", "AGREE"),
        ("EU leaders granted Ukraine candidate status.", "en", "AGREE"),
        ("The Senate approved the package on Tuesday.", "en", "AGREE"),
        ("Der Präsident regte ein Treffen der Außenminister an.", "de", "REQUEST"),
        ("Kiew pocht auf weitere Flugabwehrsysteme.", "de", "REQUEST"),
        ("Zelensky pleaded with allies for more air defence.", "en", "REQUEST"),
        ("Die beiden Präsidenten kamen zu einer Begegnung am Rande des Gipfels.", "de", "CONSULT"),
        ("The two leaders conferred by video call on Monday.", "en", "CONSULT"),
        ("Russland hat vier ukrainische Gebiete annektiert.", "de", "COERCE"),
        ("Moscow annexed Crimea in 2014.", "en", "COERCE"),
        ("The House passed the $61 billion package for Ukraine on Saturday.", "en", "AID"),
        ("Der Bundestag verabschiedete das Paket mit Milliarden für die Ukraine.", "de", "AID"),
        ("Moscow insisted Kyiv was behind the attack.", "en", "ACCUSE"),
        ("Moskau behauptete, Kiew stecke hinter dem Anschlag.", "de", "ACCUSE"),
        ("Die Bilder seien inszeniert, sagte der Sprecher.", "de", "ACCUSE"),
        ("Western governments called the referendums illegal.", "en", "ACCUSE"),
        ("Russia has no plans to withdraw its troops.", "en", "REJECT"),
        ("Der Kreml denkt nicht daran, die Truppen abzuziehen.", "de", "REJECT"),
        ("Das Parlament gab seine Zustimmung zu dem Abkommen.", "de", "AGREE"),
        ("Der Minister sagte zu, weitere Beweise zu übermitteln.", "de", "AGREE"),
        ("Sechsundzwanzig Länder haben sich verpflichtet, Truppen zu stellen.", "de", "AGREE"),
        ("Moscow would supply grain to the poorest countries free of charge.", "en", "AGREE"),
        ("Der Präsident widersprach dieser Darstellung am Abend.", "de", "REJECT"),
        ("The summit stopped short of setting a timeline for membership.", "en", "REJECT"),
        ("Der Kanzler bekräftigte, keine Marschflugkörper an die Ukraine zu liefern.", "de", "REJECT"),
        ("Die Verantwortung trage aber Russland, sagte der Generalsekretär.", "de", "ACCUSE"),
        ("He spoke of a provocative resolution.", "en", "ACCUSE"),
        ("Trump wrote that his guest could come back later, accusing him of disrespect.", "en", "ACCUSE"),
        ("Erdoğan dropped his opposition to Sweden's accession.", "en", "CONCEDE"),
        ("Ungarn gab seinen Widerstand gegen das Paket auf.", "de", "CONCEDE"),
        ("Putin said Russia reserved the right to withdraw again.", "en", "THREATEN"),
        ("Die Kommission will ihre Empfehlung am Freitag vorlegen.", "de", "REQUEST"),
        ("Moskau verlange Aufklärung über die Pläne, hieß es.", "de", "REQUEST"),
        ("The EU received a formal request for assistance from Kyiv.", "en", "REQUEST"),
        ("Trump kündigte an, er werde bald mit Putin sprechen.", "de", "CONSULT"),
        ("The destruction of the dam flooded dozens of villages.", "en", "ASSAULT"),
        ("The EU is ready to send water pumps and generators.", "en", "AID"),
        ("Macron kündigte die Lieferung von sechs weiteren Caesar-Haubitzen an.", "de", "AID"),
        ("The ministry is expected to condemn the strike.", "en", "ACCUSE"),
        ("Die Opposition will den Kanzler für den Schritt kritisieren.", "de", "ACCUSE"),
        ("Moscow keeps rejecting any talks about the territories.", "en", "REJECT"),
        ("Kyiv is urging allies to speed up deliveries.", "en", "REQUEST"),
        ("Der Präsident appelliert an die Verbündeten, mehr Flugabwehr zu liefern.", "de", "REQUEST"),
        ("Russia is threatening to cut off the corridor.", "en", "THREATEN"),
        ("Britain moved to expel the defence attaché.", "en", "SANCTION"),
        ("Russian missiles pounded the energy grid overnight.", "en", "ASSAULT"),
        ("Drones targeted the port of Odesa on Sunday.", "en", "ASSAULT"),
        ("Die Panzerlieferungen sollen im März beginnen.", "de", "AID"),
        ("Brüssel kündigte eine weitere Milliardenhilfe für Kiew an.", "de", "AID"),
        ("Die Rücktrittsforderung der Opposition wurde lauter.", "de", "REQUEST"),
        ("Das Ministertreffen in Brüssel endete am Abend.", "de", "CONSULT"),
        ("Die EU beschloss ein Ölembargo.", "de", "SANCTION"),
        ("Die Atomdrohungen aus Moskau halten an.", "de", "THREATEN"),
        ("Minsk kündigte die Stationierung taktischer Atomwaffen an.", "de", "MOBILIZE"),
        ("Russia has been massing troops near the border.", "en", "MOBILIZE"),
        ("Belarusian crews were trained to use the weapons.", "en", "MOBILIZE"),
        ("Elf Kinder sind nach Vermittlung Katars in die Ukraine zurückgekehrt.", "de", "CONCEDE"),
        ("Twenty children were returned to Ukraine on Friday.", "en", "CONCEDE"),
        ("Binnen drei Tagen kamen jeweils 1000 Gefangene frei.", "de", "CONCEDE"),
        ("Binnen drei Tagen kamen nach Angaben beider Seiten jeweils 1000 Gefangene frei.", "de", "CONCEDE"),
        ("Zehn Systeme, die Sprengköpfe tragen können, seien Minsk übergeben worden.", "de", "AID"),
        ("Der Kreml hatte die Teilnahme am Vertrag mit den USA, New Start, ausgesetzt.", "de", "SANCTION"),
        ("Die EU sicherte Chisinau ihre volle Unterstützung zu.", "de", "SUPPORT"),
        ("Moscow pulled out of the Black Sea Grain Initiative on July 17.", "en", "SANCTION"),
        ("Der Kreml hatte die Teilnahme am Abrüstungsvertrag ausgesetzt.", "de", "SANCTION"),
        ("Zehn Systeme seien Minsk kürzlich übergeben worden.", "de", "AID"),
        ("Four allies would supply Ukraine with additional Patriot batteries.", "en", "AID"),
        ("Washington plans to station long-range missiles in Germany.", "en", "MOBILIZE"),
        ("Berlin sprach von einem Versuch der nuklearen Einschüchterung.", "de", "ACCUSE"),
        ("Beijing said the alliance should stop inciting confrontation.", "en", "ACCUSE"),
        ("Moscow would take countermeasures, the spokesman warned.", "en", "THREATEN"),
        ("Ships heading for Ukraine could be treated as carriers of military cargo.", "en", "THREATEN"),
        ("Qatari officials had quietly sounded out both sides since June.", "en", "CONSULT"),
        ("Leaders adopted a declaration on Saturday.", "en", "AGREE"),
        ("Ankara would soon present new proposals to revive the deal.", "en", "REQUEST"),
        ("Putin said there could be no talk of negotiations.", "en", "REJECT"),
        ("Medinski sagte damals zu, die Fälle zu prüfen.", "de", "AGREE"),
        ('Guterres called the destruction "another devastating consequence of the invasion".', "en", "ACCUSE"),
    ],
)
def test_news_vocabulary(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Russland hat keine Waffen an die Ukraine geliefert.", "de", "AID"),
        ("The inspectors found no violations at the plant.", "en", "ACCUSE"),
        ("Die Regierung hat die Hilfe nicht bewilligt.", "de", "AID"),
        ("The EU adopted a new sanctions package worth billions.", "en", "AID"),
    ],
)
def test_negated_or_empty_wordings_give_no_event(text: str, lang: str, absent: str) -> None:
    assert absent not in kinds(text, lang)


def test_guests_received_are_the_group_just_named() -> None:
    text = (
        "Scholz, Macron und Draghi trafen am Donnerstag mit dem Zug in Kiew ein. "
        "Die vier Gäste wurden am Mittag von Präsident Wolodymyr Selenskyj empfangen."
    )
    events = extract(text, published=date(2022, 6, 16), language="de").events
    received = [e for e in events if "empfangen" in e.sentence and e.type == "CONSULT"]
    assert received and {"Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"} <= set(received[0].actors)


def test_an_offer_by_verb_inside_a_meeting_phrase_stays_a_request() -> None:
    found = kinds("Turkey offered to host the next round of talks in Istanbul.", "en")
    assert {"REQUEST", "CONSULT"} <= found


def test_a_proposal_noun_inside_a_refusal_is_its_object() -> None:
    assert "REQUEST" not in kinds("Moskau lehnte den Vorschlag am Montag ab.", "de")
