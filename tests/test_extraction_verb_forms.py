"""Every form of a common trigger verb proposes its event: German present tense of separable verbs ("weist ... aus"),
infinitives after modals ("will ... verbieten") and after "beschloss, ... zu", English base forms ("will ban", "plans
to restrict"); and an act only asked for ("urged Russia to withdraw") is the demand's content, not an event.

Sentences written for this test (not taken from the data sets); plain pytest, the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)


def kinds(text: str, lang: str) -> list[str]:
    return [e.type for e in extract(text, published=PUB, language=lang).events]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die EU will die Einfuhr von russischem Öl verbieten.", "de", "SANCTION"),
        ("Die EU beschloss am Montag, die Einfuhr von russischem Öl zu verbieten.", "de", "SANCTION"),
        ("Die EU will drei russische Banken sanktionieren.", "de", "SANCTION"),
        ("Berlin weist vier russische Diplomaten aus, sagte der Minister.", "de", "SANCTION"),
        ("Berlin beschloss am Montag, vier russische Diplomaten auszuweisen.", "de", "SANCTION"),
        ("Die EU friert die Vermögen russischer Oligarchen ein, sagte der Minister.", "de", "SANCTION"),
        ("Die EU beschränkte die Ausfuhren nach Russland.", "de", "SANCTION"),
        ("Merz lädt Selenskyj nach Berlin ein, sagte der Minister.", "de", "REQUEST"),
        ("Merz beschloss am Montag, Selenskyj nach Berlin einzuladen.", "de", "REQUEST"),
        ("Kiew will Russland für den Angriff verantwortlich machen.", "de", "ACCUSE"),
        ("Berlin hat Russland vor schweren Konsequenzen gewarnt.", "de", "THREATEN"),
        ("Russland will eine Waffenruhe mit der Ukraine vereinbaren.", "de", "AGREE"),
        ("Berlin sagt der Ukraine weitere Panzer zu, sagte der Minister.", "de", "AGREE"),
        ("Berlin beschloss am Montag, der Ukraine 500 Millionen Euro bereitzustellen.", "de", "AID"),
        ("Russland zieht Truppen an der ukrainischen Grenze zusammen, sagte der Minister.", "de", "MOBILIZE"),
        ("Russland zieht seine Truppen aus Cherson ab, sagte der Minister.", "de", "RETREAT"),
        ("Russland nimmt einen ukrainischen Journalisten fest, sagte der Minister.", "de", "COERCE"),
        ("Berlin reagierte, nachdem Moskau vier deutsche Diplomaten auswies.", "de", "SANCTION"),
        ("Es wurde bekannt, dass Merz Selenskyj nach Berlin einlädt.", "de", "REQUEST"),
        ("Es wurde bekannt, dass Russland seine Truppen aus Cherson abzieht.", "de", "RETREAT"),
        ("Es wurde bekannt, dass Russland einen ukrainischen Journalisten festnahm.", "de", "COERCE"),
        ("Es wurde bekannt, dass Washington die Sanktionen gegen Belavia aufhebt.", "de", "CONCEDE"),
        ("Es wurde bekannt, dass Moskau die Teilnahme am Gipfel absagte.", "de", "REJECT"),
        ("Es wurde bekannt, dass Russland Truppen an der Grenze zusammenzieht.", "de", "MOBILIZE"),
        ("Es wurde bekannt, dass Kiew den Vorschlag der USA annimmt.", "de", "AGREE"),
        ("The EU will ban imports of Russian oil next week.", "en", "SANCTION"),
        ("The EU decided on Monday to ban imports of Russian oil.", "en", "SANCTION"),
        ("The EU restricted exports to Russia on Monday.", "en", "SANCTION"),
        ("Macron will invite Zelensky to Paris next week.", "en", "REQUEST"),
        ("Russia is massing troops on the Ukrainian border, the minister said.", "en", "MOBILIZE"),
        ("Russia withdraws its troops from Kherson, the minister said.", "en", "RETREAT"),
        ("Die EU entzieht russischen Sendern die Lizenz, sagte der Minister.", "de", "SANCTION"),
        ("Kiew prangert die russischen Angriffe an, sagte der Minister.", "de", "ACCUSE"),
        ("Moskau hat sich geweigert, mit Kiew zu verhandeln.", "de", "REJECT"),
        ("Die Minister wollen sich auf ein neues Hilfspaket für die Ukraine einigen.", "de", "AGREE"),
        ("Macron spricht mit Putin am Telefon, sagte der Minister.", "de", "CONSULT"),
        ("Berlin will der Ukraine zwei weitere Patriot-Systeme geben.", "de", "AID"),
        ("Kiew hat Deutschland für die Hilfe gedankt.", "de", "SUPPORT"),
        ("Russland will einen ukrainischen Journalisten verhaften.", "de", "COERCE"),
        ("Kiew nimmt den Vorschlag der USA für eine Waffenruhe an, sagte der Minister.", "de", "AGREE"),
        ("Kiew schloss ein Sicherheitsabkommen mit Frankreich ab.", "de", "AGREE"),
        ("Kiew will das Getreideabkommen mit Russland verlängern.", "de", "AGREE"),
        ("Die Türkei bietet Vermittlung zwischen Russland und der Ukraine an, sagte der Minister.", "de", "REQUEST"),
        ("Moskau sagt die Teilnahme am Gipfel ab, sagte der Minister.", "de", "REJECT"),
        ("Moskau schlug das Angebot der Ukraine aus.", "de", "REJECT"),
        ("Berlin will der Ukraine 500 Millionen Euro überweisen.", "de", "AID"),
        ("Russland will die Vermögen westlicher Firmen verstaatlichen.", "de", "COERCE"),
        ("Russland lässt 50 ukrainische Gefangene frei, sagte der Minister.", "de", "CONCEDE"),
        ("Washington will die Sanktionen gegen russische Banken aufheben.", "de", "CONCEDE"),
        ("Russland stellt die Angriffe auf die Energieinfrastruktur ein, sagte der Minister.", "de", "RETREAT"),
        ("Russland feuert 50 Raketen auf Kiew, sagte der Minister.", "de", "ASSAULT"),
        ("Kiew will seinen Botschafter aus Budapest zurückrufen.", "de", "SANCTION"),
        ("The EU will revoke the licences of Russian broadcasters.", "en", "SANCTION"),
        ("Moscow opposes the deployment of European troops, the minister said.", "en", "REJECT"),
        ("The EU will approve a 50 billion euro aid package for Ukraine next week.", "en", "AGREE"),
        ("Germany will give Ukraine two more Patriot systems next week.", "en", "AID"),
        ("Kyiv is thanking Germany for its help, the minister said.", "en", "SUPPORT"),
        ("Kyiv will press Germany for more air defence next week.", "en", "REQUEST"),
        ("Kyiv will conclude a security agreement with Paris next week.", "en", "AGREE"),
        ("Kyiv is seeking more air defence from Germany, the minister said.", "en", "REQUEST"),
        ("Moscow is declining the invitation to the summit, the minister said.", "en", "REJECT"),
        ("Kyiv decries the Russian strikes on civilians, the minister said.", "en", "ACCUSE"),
        ("Russia will move troops to the Ukrainian border next week.", "en", "MOBILIZE"),
        ("Kyiv commends the EU decision, the minister said.", "en", "SUPPORT"),
        ("Russia will release 50 Ukrainian prisoners next week.", "en", "CONCEDE"),
        ("Washington is easing sanctions on Russian banks, the minister said.", "en", "CONCEDE"),
        ("Russia halts its strikes on Ukrainian energy facilities, the minister said.", "en", "RETREAT"),
        ("Russia is launching 50 missiles at Kyiv, the minister said.", "en", "ASSAULT"),
        ("Kyiv will recall its ambassador from Budapest.", "en", "SANCTION"),
        ("Yellen said Washington wanted a loan of about $50 billion backed by the profits.", "en", "REQUEST"),
        ("Peskov said Moscow was still waiting for Washington to explain what Trump meant.", "en", "REQUEST"),
        ("Der Gesandte überreichte der russischen Seite eine Liste mit Namen.", "de", "REQUEST"),
        ("The envoy handed Moscow a list of names.", "en", "REQUEST"),
        ("Die Türkei wäre ein idealer Gastgeber für die Gespräche, sagte Erdogan.", "de", "REQUEST"),
        ("Burns met his Russian counterpart in Ankara to warn against any use of nuclear weapons.", "en", "REQUEST"),
        ("Moskau habe bis Freitag Zeit, dem Abkommen zuzustimmen, sagte Trump.", "de", "THREATEN"),
        ("The Russian side has until August 15 to implement the decision.", "en", "THREATEN"),
        ("Moscow refuted the allegations on Monday.", "en", "REJECT"),
        ("Moskau verwahrte sich gegen die Vorwürfe.", "de", "REJECT"),
        ("Moskau schmetterte den Vorschlag ab.", "de", "REJECT"),
        ("Kyiv labelled the referendum a sham on Monday.", "en", "ACCUSE"),
        ("Die Mitarbeiter des Konsulats müssen Polen bis Ende Mai verlassen.", "de", "SANCTION"),
        ("Gazprom stoppte am Mittwoch die Gaslieferungen nach Polen.", "de", "SANCTION"),
        ("Russia cut gas supplies to Poland on Wednesday.", "en", "SANCTION"),
        ("Moskau begrenzte die Zahl der deutschen Diplomaten auf 350.", "de", "SANCTION"),
        ("Überwacht wird die Feuerpause von einem Koordinierungszentrum in Istanbul.", "de", "COOPERATE"),
        ("The leaders agreed to set up a task force to track the shadow fleet.", "en", "COOPERATE"),
        ("Ukraine has opened new embassies in several African countries since 2023.", "en", "COOPERATE"),
        ("Kallas said the bloc would coordinate closely with Ankara.", "en", "COOPERATE"),
        ("Zwei US-Offiziere nahmen als Beobachter an dem Manöver teil.", "de", "COOPERATE"),
        ("Two North Korean soldiers captured by Ukrainian forces arrived in Seoul on Sunday.", "en", "COERCE"),
        ("Mehr als 16.000 ukrainische Zivilisten befinden sich in russischer Gewalt.", "de", "COERCE"),
        ("Ukraine says more than 19,000 children have been taken to Russia since February 2022.", "en", "COERCE"),
        ("The FBI disabled a piece of malware that Russia's security service used for years.", "en", "COERCE"),
        ("Ein Gericht in Simferopol ordnete für die Männer zwei Monate Untersuchungshaft an.", "de", "COERCE"),
        ("EU leaders will discuss using the proceeds of frozen Russian assets to rebuild Ukraine.", "en", "AID"),
        ("Die ersten Startgeräte sollen in den kommenden Tagen in der Ukraine eintreffen.", "de", "AID"),
        ("Die Schweiz unterstützt die Evakuierungen mit zwei Millionen Franken.", "de", "AID"),
        ("More than 54,000 Ukrainian recruits have been trained in the UK since 2022.", "en", "AID"),
    ],
)
def test_each_form_of_a_trigger_verb_proposes_its_event(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "asked_for"),
    [
        ("Germany urged Russia to withdraw its troops from Ukraine.", "en", "RETREAT"),
        ("Berlin forderte die EU auf, der Ukraine mehr Panzer zu liefern.", "de", "AID"),
        ("Kiew forderte Berlin auf, russische Diplomaten auszuweisen.", "de", "SANCTION"),
        ("Russia must withdraw its troops, Baerbock said.", "en", "RETREAT"),
        ("Russland müsse seine Truppen abziehen, sagte Baerbock.", "de", "RETREAT"),
    ],
)
def test_an_act_asked_for_is_the_demand_not_an_event(text: str, lang: str, asked_for: str) -> None:
    found = kinds(text, lang)
    assert "REQUEST" in found and asked_for not in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die EU will die Einfuhr von russischem Öl nicht verbieten.", "de"),
        ("The EU will not ban imports of Russian oil.", "en"),
    ],
)
def test_negated_or_lifted_measures_are_no_sanction(text: str, lang: str) -> None:
    assert "SANCTION" not in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Erdoğan said on Monday that Ankara could not approve the bid as long as the dispute continued.", "en"),
        ("Zelensky said Kyiv would not finance the aggressor.", "en"),
    ],
)
def test_a_negated_promise_or_approval_is_a_refusal(text: str, lang: str) -> None:
    assert "REJECT" in kinds(text, lang)


def test_a_denial_in_what_is_said_is_a_refusal() -> None:
    text = "Peskov said the Russian military does not strike civilian targets."
    assert "REJECT" in kinds(text, "en")
