"""German articles of the blind28 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b28de01: Weser-Kurier (Bremen)
DOCS.append(dict(
    id="b28de01_fragebogen_kiew_kramatorsk_2022_04",
    lang="de",
    published="2022-04-09",
    body="""
Von der Leyen bringt Selenskyj den Beitrittsfragebogen

Kiew/Bremen. Mit einem dicken Aktenordner im Gepäck ist EU-Kommissionspräsidentin Ursula von der Leyen am Freitag in Kiew mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammengetroffen.
Sie überreichte ihm den Fragebogen, mit dem Brüssel prüft, ob ein Land für Beitrittsverhandlungen bereit ist.
„Es wird nicht, wie sonst üblich, eine Frage von Jahren sein, sondern eine Frage von Wochen“, sagte von der Leyen bei einem gemeinsamen Auftritt im Präsidialamt.
Selenskyj versprach, die Antworten binnen einer Woche nach Brüssel zurückzuschicken.

Begleitet wurde die Kommissionschefin vom EU-Außenbeauftragten Josep Borrell und dem slowakischen Regierungschef Eduard Heger.
Die Delegation war im Nachtzug aus Polen angereist und besuchte vor dem Treffen den Vorort Butscha, wo nach dem Abzug russischer Truppen Hunderte tote Zivilisten gefunden worden waren.
„Hier wurde unsere Menschlichkeit zerschmettert“, sagte von der Leyen an einem Massengrab neben der Andreaskirche.
Borrell kündigte an, die EU werde ihre Militärhilfe für die Ukraine über die Europäische Friedensfazilität um weitere 500 Millionen Euro aufstocken.
Zudem solle die Vertretung der EU in Kiew bald wieder öffnen.

Überschattet wurde der Besuch von einem Raketenangriff auf den Bahnhof von Kramatorsk im Donbass, wo sich am Freitagmorgen Tausende Menschen zur Evakuierung versammelt hatten.
Nach Angaben der ukrainischen Behörden kamen mehr als 50 Menschen ums Leben, darunter fünf Kinder.
Selenskyj warf Moskau vor, gezielt Zivilisten anzugreifen, und sprach von einem „Bösen, das keine Grenzen kennt“.
Das russische Verteidigungsministerium wies jede Verantwortung zurück und behauptete, Raketen vom Typ Totschka-U setze nur die ukrainische Armee ein.
Von der Leyen nannte den Angriff „verabscheuungswürdig“.

Die Botschafter der 27 Mitgliedstaaten hatten sich bereits am Donnerstagabend auf das fünfte Sanktionspaket gegen Russland verständigt, das erstmals ein Einfuhrverbot für russische Kohle vorsieht.
Es soll nach einer Übergangsfrist von vier Monaten vollständig greifen.
Kremlsprecher Dmitri Peskow räumte in einem Interview mit dem britischen Sender Sky News „erhebliche Verluste“ der russischen Armee ein und bezeichnete die Strafmaßnahmen der EU als „Wirtschaftskrieg“.

Für diesen Samstag ist in Warschau eine Geberkonferenz unter dem Motto „Stand Up for Ukraine“ angesetzt, die von der Leyen gemeinsam mit dem kanadischen Premierminister Justin Trudeau ausrichtet.
Dort sollen Spenden für Flüchtlinge innerhalb und außerhalb der Ukraine gesammelt werden.
Auch in Bremen kommen weiterhin täglich Geflüchtete an; nach Angaben der Sozialbehörde wurden seit Kriegsbeginn mehr als 6000 Menschen aus der Ukraine registriert.
Der Senat will in der kommenden Woche über zusätzliche Unterkünfte in der Überseestadt beraten.
""",
    timexes=[
        T("Freitag", "DATE", "2022-04-08"),
        T("Jahren", "DURATION", "PXY"),
        T("Wochen", "DURATION", "PXW"),
        T("einer Woche", "DURATION", "P1W"),
        T("bald", "DATE", "FUTURE_REF"),
        T("Freitagmorgen", "TIME", "2022-04-08TMO"),
        T("Donnerstagabend", "TIME", "2022-04-07TEV"),
        T("vier Monaten", "DURATION", "P4M"),
        T("diesen Samstag", "DATE", "2022-04-09"),
        T("täglich", "SET", "P1D"),
        T("der kommenden Woche", "DATE", "2022-W15"),
    ],
    events=[
        E("Von der Leyen meets Zelensky in Kyiv", "CONSULT",
          ["Ursula von der Leyen", "Volodymyr Zelensky"], "2022-04-08", "text", "occurred",
          "Mit einem dicken Aktenordner im Gepäck"),
        E("Von der Leyen hands Zelensky the EU membership questionnaire", "COOPERATE",
          ["Ursula von der Leyen", "Volodymyr Zelensky"], "2022-04-08", "context", "occurred",
          "Sie überreichte ihm den Fragebogen",
          note="first step of the accession procedure; judgement call on the type"),
        E("Zelensky promises to return the answers within a week", "AGREE",
          ["Volodymyr Zelensky", "European Union"], "2022-04-08", "context", "occurred",
          "Selenskyj versprach, die Antworten",
          note="the promise is dated; the answers were due within a week"),
        E("EU to raise military aid via the European Peace Facility by 500 million euros", "AID",
          ["European Union", "Ukraine"], "2022-04-08", "context", "planned",
          "Borrell kündigte an, die EU werde ihre Militärhilfe"),
        E("EU delegation in Kyiv to reopen soon", "COOPERATE",
          ["European Union", "Ukraine"], "FUTURE_REF", "vague", "planned",
          "Zudem solle die Vertretung der EU in Kiew bald"),
        E("Missile strike on Kramatorsk railway station", "ASSAULT",
          ["Russia", "Ukraine"], "2022-04-08TMO", "text", "occurred",
          "Überschattet wurde der Besuch von einem Raketenangriff"),
        E("Zelensky accuses Moscow of deliberately attacking civilians", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-04-08", "context", "occurred",
          "Selenskyj warf Moskau vor, gezielt Zivilisten"),
        E("Russian defence ministry denies responsibility for the Kramatorsk strike", "REJECT",
          ["Russia"], "2022-04-08", "context", "occurred",
          "Das russische Verteidigungsministerium wies jede Verantwortung"),
        E("Russian defence ministry blames the Ukrainian army (Tochka-U)", "ACCUSE",
          ["Russia", "Ukraine"], "2022-04-08", "context", "occurred",
          "Das russische Verteidigungsministerium wies jede Verantwortung"),
        E("Von der Leyen condemns the attack as despicable", "ACCUSE",
          ["Ursula von der Leyen", "Russia"], "2022-04-08", "context", "occurred",
          "Von der Leyen nannte den Angriff"),
        E("EU ambassadors agree the fifth sanctions package (coal ban)", "SANCTION",
          ["European Union", "Russia"], "2022-04-07TEV", "text", "occurred",
          "auf das fünfte Sanktionspaket gegen Russland verständigt"),
        E("Peskov calls the EU sanctions an economic war", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2022-04-09", "published", "occurred",
          "Kremlsprecher Dmitri Peskow räumte in einem Interview"),
        E("Stand Up for Ukraine donor conference in Warsaw co-hosted by von der Leyen", "CONSULT",
          ["Ursula von der Leyen"], "2022-04-09", "text", "planned",
          "eine Geberkonferenz unter dem Motto",
          note="co-host Justin Trudeau (Canada) is not canonical"),
        E("Donations for refugees to be collected at the Warsaw conference", "AID",
          ["Ursula von der Leyen", "Ukraine"], "2022-04-09", "context", "planned",
          "Dort sollen Spenden für Flüchtlinge"),
    ],
    statements=[
        S("Ursula von der Leyen", "Opinion on membership a matter of weeks, not years", "2022-04-08", "context",
          "eine Frage von Jahren sein"),
        S("Volodymyr Zelensky", "Promises to send the answers back within a week", "2022-04-08", "context",
          "Selenskyj versprach, die Antworten"),
        S("Ursula von der Leyen", "In Bucha: our humanity was shattered here", "2022-04-08", "context",
          "Hier wurde unsere Menschlichkeit zerschmettert"),
        S("European Union", "Borrell: 500 million euros more military aid; EU delegation to reopen", "2022-04-08",
          "context", "Borrell kündigte an, die EU werde ihre Militärhilfe"),
        S("European Union", "EU delegation in Kyiv to reopen soon (Borrell)", "2022-04-08", "context",
          "Zudem solle die Vertretung der EU in Kiew bald"),
        S("Ukraine", "More than 50 killed in Kramatorsk, including five children", "2022-04-08", "context",
          "Nach Angaben der ukrainischen Behörden kamen"),
        S("Volodymyr Zelensky", "Moscow targets civilians; an evil without limits", "2022-04-08", "context",
          "Selenskyj warf Moskau vor, gezielt Zivilisten"),
        S("Russia", "Defence ministry denies responsibility; Tochka-U used only by Ukraine", "2022-04-08", "context",
          "Das russische Verteidigungsministerium wies jede Verantwortung"),
        S("Ursula von der Leyen", "Calls the attack despicable", "2022-04-08", "context",
          "Von der Leyen nannte den Angriff"),
        S("Dmitry Peskov", "Admits significant losses; calls EU sanctions an economic war", "2022-04-09", "published",
          "Kremlsprecher Dmitri Peskow räumte in einem Interview"),
    ],
    actors=["Ursula von der Leyen", "Volodymyr Zelensky", "European Union", "Ukraine", "Russia",
            "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b28de02: Mitteldeutsche Zeitung (Halle)
DOCS.append(dict(
    id="b28de02_putin_jahrespressekonferenz_2023_12",
    lang="de",
    published="2023-12-15",
    body="""
Putin: Frieden erst, wenn Moskau seine Ziele erreicht hat

Moskau/Halle. Kremlchef Wladimir Putin hat Hoffnungen auf ein baldiges Ende des Krieges in der Ukraine eine Absage erteilt.
„Frieden wird es geben, wenn wir unsere Ziele erreicht haben“, sagte Putin am Donnerstag bei seiner Jahrespressekonferenz, die mit einer Bürgersprechstunde kombiniert war und mehr als vier Stunden dauerte.
Diese Ziele hätten sich nicht geändert, betonte er: die „Entnazifizierung“ und „Entmilitarisierung“ der Ukraine sowie ihr neutraler Status.
Eine zweite Mobilmachungswelle sei derzeit nicht nötig, da sich seit Jahresbeginn fast eine halbe Million Freiwillige zum Dienst gemeldet hätten.

Dem Westen warf Putin vor, die Ukraine als Werkzeug gegen Russland zu benutzen und sie fallen zu lassen, sobald das Geld ausgehe.
Zugleich zeigte er sich offen für bessere Beziehungen zu den USA, sofern Washington die Interessen Russlands respektiere.
Über einen Austausch der in Russland inhaftierten US-Bürger Evan Gershkovich und Paul Whelan werde derzeit mit Washington verhandelt, man wolle eine Lösung finden, „die für beide Seiten akzeptabel ist“.
Kremlsprecher Dmitri Peskow sagte am Freitagmorgen, Gespräche mit Kiew stünden nicht auf der Tagesordnung, solange die Ukraine die „Realitäten vor Ort“ nicht anerkenne.

Nahezu zeitgleich mit Putins Auftritt hatten die Staats- und Regierungschefs der EU am Donnerstag in Brüssel beschlossen, Beitrittsverhandlungen mit der Ukraine und der Republik Moldau aufzunehmen.
Ungarns Ministerpräsident Viktor Orbán, der die Entscheidung monatelang blockiert hatte, verließ vor dem Beschluss auf Anregung von Bundeskanzler Olaf Scholz den Saal.
Selenskyj sprach von einem „Sieg für die Ukraine und für ganz Europa“.
In der Nacht zum Freitag legte Orbán dann allerdings sein Veto gegen ein Hilfspaket von 50 Milliarden Euro für Kiew ein, über das die EU Anfang des kommenden Jahres erneut beraten will.

Das ukrainische Außenministerium erklärte, wer von „Entnazifizierung“ spreche, meine in Wahrheit die Vernichtung des ukrainischen Staates.
Auch in Washington ist die Lage für Kiew schwierig: Ein Paket über 61 Milliarden Dollar hängt im Kongress fest, obwohl US-Präsident Joe Biden Selenskyj am Dienstag im Weißen Haus empfangen und eindringlich für eine Zustimmung geworben hatte.
Ein Scheitern wäre „ein Weihnachtsgeschenk für Putin“, hatte Biden gewarnt.

In Sachsen-Anhalt wird die Entwicklung aufmerksam verfolgt.
Die Raffinerie in Leuna, die bis Ende 2022 russisches Öl über die Druschba-Pipeline verarbeitet hatte, bezieht ihr Rohöl inzwischen über Danzig und Rostock.
Die Osteuropa-Historikerin Katrin Wendler von der Martin-Luther-Universität Halle-Wittenberg sagte der MZ, Putin setze erkennbar darauf, dass die Unterstützung des Westens im kommenden Jahr bröckele.
""",
    timexes=[
        T("Donnerstag", "DATE", "2023-12-14"),
        T("mehr als vier Stunden", "DURATION", "PT4H", mod="MORE_THAN"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Jahresbeginn", "DATE", "2023", mod="START"),
        T("derzeit", "DATE", "PRESENT_REF", n=1),
        T("Freitagmorgen", "TIME", "2023-12-15TMO"),
        T("Donnerstag", "DATE", "2023-12-14", n=1),
        T("monatelang", "DURATION", "PXM"),
        T("der Nacht zum Freitag", "TIME", "2023-12-14TNI", note="night of 14 to 15 December"),
        T("Anfang des kommenden Jahres", "DATE", "2024", mod="START"),
        T("Dienstag", "DATE", "2023-12-12"),
        T("Ende 2022", "DATE", "2022", mod="END"),
        T("kommenden Jahr", "DATE", "2024"),
    ],
    events=[
        E("Putin rules out an early end of the war", "REJECT",
          ["Vladimir Putin", "Ukraine"], "2023-12-14", "context", "occurred",
          "hat Hoffnungen auf ein baldiges Ende"),
        E("Putin restates his war aims (denazification, demilitarisation, neutrality)", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2023-12-14", "context", "occurred",
          "Diese Ziele hätten sich nicht geändert"),
        E("Putin accuses the West of using Ukraine as a tool against Russia", "ACCUSE",
          ["Vladimir Putin"], "2023-12-14", "context", "occurred",
          "Dem Westen warf Putin vor",
          note="the West is not canonical (blind20)"),
        E("Putin open to better relations with the US", "AGREE",
          ["Vladimir Putin", "United States"], "2023-12-14", "context", "occurred",
          "Zugleich zeigte er sich offen für bessere Beziehungen"),
        E("Putin's condition: Washington must respect Russia's interests", "REQUEST",
          ["Vladimir Putin", "United States"], "2023-12-14", "context", "occurred",
          "Zugleich zeigte er sich offen für bessere Beziehungen"),
        E("Russia and the US negotiate an exchange of Gershkovich and Whelan", "CONSULT",
          ["Russia", "United States"], "PRESENT_REF", "vague", "occurred",
          "Über einen Austausch der in Russland inhaftierten US-Bürger"),
        E("Peskov: talks with Kyiv not on the agenda", "REJECT",
          ["Dmitry Peskov", "Ukraine"], "2023-12-15TMO", "text", "occurred",
          "Kremlsprecher Dmitri Peskow sagte am Freitagmorgen"),
        E("Peskov: Ukraine must recognise the realities on the ground", "REQUEST",
          ["Dmitry Peskov", "Ukraine"], "2023-12-15TMO", "text", "occurred",
          "Kremlsprecher Dmitri Peskow sagte am Freitagmorgen"),
        E("EU leaders decide to open accession talks with Ukraine", "AGREE",
          ["European Union", "Ukraine"], "2023-12-14", "text", "occurred",
          "Beitrittsverhandlungen mit der Ukraine und der Republik Moldau"),
        E("Orbán leaves the room so the decision can pass", "CONCEDE",
          ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-14", "context", "occurred",
          "verließ vor dem Beschluss auf Anregung"),
        E("Scholz suggests that Orbán leave the room", "REQUEST",
          ["Olaf Scholz", "Viktor Orbán"], "2023-12-14", "context", "occurred",
          "verließ vor dem Beschluss auf Anregung"),
        E("Zelensky welcomes the decision as a victory", "SUPPORT",
          ["Volodymyr Zelensky", "European Union"], "2023-12-14", "context", "occurred",
          "Selenskyj sprach von einem „Sieg"),
        E("Orbán vetoes the 50-billion-euro aid package for Kyiv", "REJECT",
          ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-14TNI", "text", "occurred",
          "legte Orbán dann allerdings sein Veto"),
        E("EU to discuss the aid package again early next year", "CONSULT",
          ["European Union"], "2024", "text", "planned",
          "legte Orbán dann allerdings sein Veto", date_mod="START"),
        E("Ukrainian foreign ministry: 'denazification' means destroying the Ukrainian state", "ACCUSE",
          ["Ukraine", "Vladimir Putin"], "2023-12-14", "context", "occurred",
          "Das ukrainische Außenministerium erklärte"),
        E("Biden receives Zelensky at the White House", "CONSULT",
          ["Joe Biden", "Volodymyr Zelensky"], "2023-12-12", "text", "occurred",
          "Ein Paket über 61 Milliarden Dollar hängt im Kongress fest"),
    ],
    statements=[
        S("Vladimir Putin", "Peace will come when Russia's goals are achieved", "2023-12-14", "text",
          "Frieden wird es geben"),
        S("Vladimir Putin", "War aims unchanged: denazification, demilitarisation, neutrality", "2023-12-14", "context",
          "Diese Ziele hätten sich nicht geändert"),
        S("Vladimir Putin", "No second mobilisation needed; almost half a million volunteers", "2023-12-14", "context",
          "Eine zweite Mobilmachungswelle"),
        S("Vladimir Putin", "The West uses Ukraine as a tool and will drop it", "2023-12-14", "context",
          "Dem Westen warf Putin vor"),
        S("Vladimir Putin", "Open to better relations with the US if its interests are respected", "2023-12-14",
          "context", "Zugleich zeigte er sich offen für bessere Beziehungen"),
        S("Vladimir Putin", "Negotiating with Washington on an exchange of Gershkovich and Whelan", "2023-12-14",
          "context", "Über einen Austausch der in Russland inhaftierten US-Bürger"),
        S("Dmitry Peskov", "No talks with Kyiv while it does not recognise the realities", "2023-12-15TMO", "text",
          "Kremlsprecher Dmitri Peskow sagte am Freitagmorgen"),
        S("Volodymyr Zelensky", "A victory for Ukraine and for all of Europe", "2023-12-14", "context",
          "Selenskyj sprach von einem „Sieg"),
        S("Ukraine", "Whoever speaks of denazification means the destruction of the Ukrainian state", "2023-12-14",
          "context", "Das ukrainische Außenministerium erklärte"),
        S("Joe Biden", "Failure would be a Christmas present for Putin", "2023-12-12", "context",
          "hatte Biden gewarnt"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Ukraine", "Russia", "United States", "Dmitry Peskov",
            "European Union", "Viktor Orbán", "Olaf Scholz", "Germany", "Volodymyr Zelensky", "Joe Biden"],
))

# ---------------------------------------------------------------- b28de03: Tiroler Tageszeitung (Innsbruck)
DOCS.append(dict(
    id="b28de03_koalition_der_willigen_london_2025_10",
    lang="de",
    published="2025-10-25",
    body="""
„Koalition der Willigen“ will Russlands Öl vom Weltmarkt drängen

London/Wien. Die Unterstützer der Ukraine wollen den wirtschaftlichen Druck auf Moskau weiter erhöhen.
Bei einem Treffen der sogenannten „Koalition der Willigen“ in London riefen die rund 20 beteiligten Staaten am Freitag dazu auf, russisches Öl und Gas schrittweise vom Weltmarkt zu verdrängen.
Der britische Premier Keir Starmer, der das Treffen ausrichtete, kündigte zudem an, die Lieferung von 5000 Flugabwehrraketen aus nordirischer Produktion an die Ukraine zu beschleunigen.
„Putin muss verstehen, dass die Zeit nicht auf seiner Seite ist“, sagte Starmer.

Der ukrainische Präsident Wolodymyr Selenskyj nahm persönlich an den Beratungen teil, ebenso Nato-Generalsekretär Mark Rutte sowie die Regierungschefs Dänemarks und der Niederlande.
Frankreichs Präsident Emmanuel Macron, der deutsche Bundeskanzler Friedrich Merz und die italienische Ministerpräsidentin Giorgia Meloni waren per Video zugeschaltet.
Selenskyj bat die Partner erneut um weitreichende Waffen, mit denen die Ukraine Ziele tief in Russland treffen könne.
Er lobte ausdrücklich die neuen US-Sanktionen gegen die Ölkonzerne Rosneft und Lukoil, die Washington am Mittwoch verhängt hatte.

Am Dienstag hatte US-Präsident Donald Trump ein geplantes Gipfeltreffen mit Kremlchef Wladimir Putin in Budapest auf Eis gelegt, weil er kein „vergeudetes Treffen“ wolle.
Die EU beschloss am Donnerstag ihr 19. Sanktionspaket, das unter anderem ein Einfuhrverbot für russisches Flüssiggas ab 2027 vorsieht.
Putin nannte die amerikanischen Sanktionen am Donnerstag einen „unfreundlichen Akt“ und drohte für den Fall von Angriffen mit Tomahawk-Marschflugkörpern eine „überwältigende“ Antwort an.
Kremlsprecher Dmitri Peskow erklärte, Russland habe gegenüber westlichen Sanktionen längst eine Art Immunität entwickelt.

Putins Sondergesandter Kirill Dmitrijew reiste unterdessen zu Gesprächen mit dem US-Sondergesandten Steve Witkoff in die USA, die am Wochenende stattfinden sollen.
Dmitrijew sagte dem Sender CNN, Russland, die USA und die Ukraine seien einer diplomatischen Lösung „ziemlich nah“.

Österreich, das als neutrales Land nicht zur Koalition gehört, begrüßte die Londoner Beschlüsse.
Bundeskanzler Christian Stocker (ÖVP) sagte in Wien, Österreich werde die Sanktionen weiter mittragen, eine Beteiligung an einer möglichen Schutztruppe in der Ukraine komme aber nicht infrage.
Außenministerin Beate Meinl-Reisinger (Neos) kündigte für kommende Woche eine Reise nach Kiew an, wo sie weitere Mittel für die Minenräumung zusagen will.
""",
    timexes=[
        T("Freitag", "DATE", "2025-10-24"),
        T("Mittwoch", "DATE", "2025-10-22"),
        T("Dienstag", "DATE", "2025-10-21"),
        T("Donnerstag", "DATE", "2025-10-23"),
        T("2027", "DATE", "2027"),
        T("Donnerstag", "DATE", "2025-10-23", n=1),
        T("Wochenende", "DATE", "2025-W43-WE"),
        T("kommende Woche", "DATE", "2025-W44"),
    ],
    events=[
        E("Coalition of the willing meets in London", "CONSULT",
          ["Keir Starmer", "Volodymyr Zelensky", "Mark Rutte", "Emmanuel Macron", "Friedrich Merz",
           "Giorgia Meloni"], "2025-10-24", "text", "occurred",
          "Bei einem Treffen der sogenannten",
          note="participants named in the following paragraph"),
        E("Coalition calls for pushing Russian oil and gas off the world market", "REQUEST",
          ["Keir Starmer", "Volodymyr Zelensky", "Mark Rutte", "Emmanuel Macron", "Friedrich Merz",
           "Giorgia Meloni", "Russia"], "2025-10-24", "text", "occurred",
          "Bei einem Treffen der sogenannten"),
        E("Starmer to speed up delivery of 5,000 air-defence missiles to Ukraine", "AID",
          ["Keir Starmer", "Ukraine"], "2025-10-24", "context", "planned",
          "kündigte zudem an, die Lieferung von 5000"),
        E("Zelensky asks the partners for long-range weapons", "REQUEST",
          ["Volodymyr Zelensky"], "2025-10-24", "context", "occurred",
          "Selenskyj bat die Partner erneut"),
        E("Zelensky praises the US sanctions on Rosneft and Lukoil", "SUPPORT",
          ["Volodymyr Zelensky", "United States"], "2025-10-24", "context", "occurred",
          "Er lobte ausdrücklich die neuen US-Sanktionen"),
        E("US sanctions on Rosneft and Lukoil", "SANCTION",
          ["United States", "Russia"], "2025-10-22", "text", "occurred",
          "Er lobte ausdrücklich die neuen US-Sanktionen"),
        E("Trump shelves the planned Budapest summit with Putin", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-10-21", "text", "cancelled",
          "ein geplantes Gipfeltreffen mit Kremlchef",
          note="the summit never had a fixed date; dated by the day it was called off"),
        E("EU adopts its 19th sanctions package (LNG ban from 2027)", "SANCTION",
          ["European Union", "Russia"], "2025-10-23", "text", "occurred",
          "Die EU beschloss am Donnerstag ihr 19. Sanktionspaket"),
        E("Putin calls the US sanctions an unfriendly act", "ACCUSE",
          ["Vladimir Putin", "United States"], "2025-10-23", "text", "occurred",
          "Putin nannte die amerikanischen Sanktionen"),
        E("Putin threatens an overwhelming response to Tomahawk strikes", "THREATEN",
          ["Vladimir Putin", "United States"], "2025-10-23", "text", "occurred",
          "Putin nannte die amerikanischen Sanktionen"),
        E("Dmitriev to hold talks with Witkoff in the US at the weekend", "CONSULT",
          ["Kirill Dmitriev", "Steve Witkoff"], "2025-W43-WE", "text", "planned",
          "Putins Sondergesandter Kirill Dmitrijew reiste"),
        E("Austria rules out taking part in a protection force in Ukraine", "REJECT",
          ["Ukraine"], "2025-10-25", "published", "occurred",
          "Bundeskanzler Christian Stocker (ÖVP) sagte",
          note="Austria is not canonical; only the destination is kept"),
        E("Austrian foreign minister to travel to Kyiv next week", "CONSULT",
          ["Ukraine"], "2025-W44", "text", "planned",
          "Außenministerin Beate Meinl-Reisinger"),
        E("Austria to pledge more money for demining in Kyiv", "AID",
          ["Ukraine"], "2025-W44", "context", "planned",
          "Außenministerin Beate Meinl-Reisinger"),
    ],
    statements=[
        S("Joint statement: Keir Starmer, Volodymyr Zelensky, Mark Rutte, Emmanuel Macron, Friedrich Merz, "
          "Giorgia Meloni", "Russian oil and gas should be pushed off the world market", "2025-10-24", "text",
          "Bei einem Treffen der sogenannten"),
        S("Keir Starmer", "Delivery of 5,000 air-defence missiles to be accelerated", "2025-10-24", "context",
          "kündigte zudem an, die Lieferung von 5000"),
        S("Keir Starmer", "Putin must understand that time is not on his side", "2025-10-24", "context",
          "sagte Starmer"),
        S("Volodymyr Zelensky", "Asks for long-range weapons to hit targets deep in Russia", "2025-10-24", "context",
          "Selenskyj bat die Partner erneut"),
        S("Volodymyr Zelensky", "Praises the new US sanctions on Rosneft and Lukoil", "2025-10-24", "context",
          "Er lobte ausdrücklich die neuen US-Sanktionen"),
        S("Donald Trump", "Does not want a wasted meeting", "2025-10-21", "text",
          "ein geplantes Gipfeltreffen mit Kremlchef"),
        S("Vladimir Putin", "US sanctions an unfriendly act; overwhelming response to Tomahawk strikes",
          "2025-10-23", "text", "Putin nannte die amerikanischen Sanktionen"),
        S("Dmitry Peskov", "Russia has developed a kind of immunity to Western sanctions", "2025-10-25", "published",
          "Kremlsprecher Dmitri Peskow erklärte"),
        S("Kirill Dmitriev", "Russia, the US and Ukraine are quite close to a diplomatic solution", "2025-10-25",
          "published", "Dmitrijew sagte dem Sender CNN"),
    ],
    actors=["Russia", "Ukraine", "Keir Starmer", "United Kingdom", "Volodymyr Zelensky", "Mark Rutte", "NATO",
            "Emmanuel Macron", "France", "Friedrich Merz", "Germany", "Giorgia Meloni", "United States",
            "Donald Trump", "Vladimir Putin", "Kremlin", "European Union", "Dmitry Peskov", "Kirill Dmitriev",
            "Steve Witkoff"],
))

# ---------------------------------------------------------------- b28de04: SWR Aktuell (fiction)
DOCS.append(dict(
    id="b28de04_regierungskonsultationen_drohnen_2026_07",
    lang="de",
    published="2026-07-22",
    body="""
Erste deutsch-ukrainische Regierungskonsultationen: Merz und Selenskyj vereinbaren gemeinsame Drohnenproduktion

Berlin. Bundeskanzler Friedrich Merz und der ukrainische Präsident Wolodymyr Selenskyj haben am Mittwoch in Berlin die ersten deutsch-ukrainischen Regierungskonsultationen abgehalten.
Im Kanzleramt unterzeichneten beide Seiten eine Vereinbarung über den gemeinsamen Bau von Abfangdrohnen, die von 2027 an auch in Deutschland gefertigt werden sollen.
Beteiligt ist unter anderem ein Hersteller aus Baden-Württemberg, der nach SWR-Informationen ein Werk im Raum Heilbronn plant.
Merz sprach von einem „Schulterschluss, der über Waffenlieferungen hinausgeht“.

Zugleich sagte die Bundesregierung weitere Militärhilfe im Umfang von 1,8 Milliarden Euro zu, vor allem für die Luftverteidigung.
Ein Teil davon soll noch vor dem Winter geliefert werden, darunter zwei zusätzliche Iris-T-Systeme.
Selenskyj dankte für die Unterstützung und warf Russland vor, seine Angriffe auf die Energieversorgung gezielt zu verstärken.
In der Nacht zum Mittwoch hatten russische Drohnen und Raketen nach Angaben der ukrainischen Luftwaffe erneut Umspannwerke in Charkiw und Sumy getroffen.

Merz forderte Kremlchef Wladimir Putin auf, einer bedingungslosen Waffenruhe von mindestens 30 Tagen zuzustimmen.
„Der Ball liegt in Moskau“, sagte der Kanzler bei der gemeinsamen Pressekonferenz.
Sollte Russland weiter auf Zeit spielen, werde sich Deutschland in Brüssel für ein 23. Sanktionspaket einsetzen.
Kremlsprecher Dmitri Peskow reagierte am Nachmittag und warf Berlin vor, sich mit der Drohnenfabrik „endgültig zur Konfliktpartei“ zu machen.
Die russische Botschaft in Berlin kündigte „angemessene Gegenmaßnahmen“ an.

Die Konsultationen sind Teil einer Reihe von Gesprächen, die Selenskyj derzeit mit europäischen Partnern führt.
Am Donnerstag wird er in Warschau von Polens Ministerpräsident Donald Tusk erwartet.
Parallel bemüht sich Washington um eine neue Verhandlungsrunde: Der US-Sondergesandte Steve Witkoff will Anfang August erneut nach Moskau reisen, wie das Weiße Haus bestätigte.
Der Sekretär des ukrainischen Sicherheitsrats, Rustem Umerow, soll sich kommende Woche in Genf mit Witkoff abstimmen.
""",
    timexes=[
        T("Mittwoch", "DATE", "2026-07-22"),
        T("2027", "DATE", "2027"),
        T("dem Winter", "DATE", "2026-WI"),
        T("der Nacht zum Mittwoch", "TIME", "2026-07-21TNI", note="night of 21 to 22 July"),
        T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("Nachmittag", "TIME", "2026-07-22TAF"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Donnerstag", "DATE", "2026-07-23"),
        T("Anfang August", "DATE", "2026-08", mod="START"),
        T("kommende Woche", "DATE", "2026-W31"),
    ],
    events=[
        E("First German-Ukrainian intergovernmental consultations in Berlin", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2026-07-22", "text", "occurred",
          "haben am Mittwoch in Berlin die ersten"),
        E("Germany and Ukraine sign an agreement on joint interceptor-drone production", "AGREE",
          ["Germany", "Ukraine"], "2026-07-22", "context", "occurred",
          "Im Kanzleramt unterzeichneten beide Seiten"),
        E("Interceptor drones to be produced in Germany from 2027", "COOPERATE",
          ["Germany", "Ukraine"], "2027", "text", "planned",
          "Im Kanzleramt unterzeichneten beide Seiten"),
        E("Germany pledges 1.8 billion euros of military aid, mainly air defence", "AID",
          ["Germany", "Ukraine"], "2026-07-22", "context", "planned",
          "Zugleich sagte die Bundesregierung weitere Militärhilfe",
          note="part (two IRIS-T systems) to be delivered before the winter"),
        E("Zelensky accuses Russia of stepping up attacks on the energy supply", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2026-07-22", "context", "occurred",
          "Selenskyj dankte für die Unterstützung"),
        E("Russian drones and missiles hit substations in Kharkiv and Sumy", "ASSAULT",
          ["Russia", "Ukraine"], "2026-07-21TNI", "text", "occurred",
          "hatten russische Drohnen und Raketen"),
        E("Merz calls on Putin to agree to an unconditional ceasefire of at least 30 days", "REQUEST",
          ["Friedrich Merz", "Vladimir Putin"], "2026-07-22", "context", "occurred",
          "Merz forderte Kremlchef Wladimir Putin auf"),
        E("Germany to push for a 23rd sanctions package if Russia keeps stalling", "THREATEN",
          ["Germany", "Russia"], "2026-07-22", "context", "occurred",
          "Sollte Russland weiter auf Zeit spielen"),
        E("Peskov accuses Berlin of becoming a party to the conflict", "ACCUSE",
          ["Dmitry Peskov", "Germany"], "2026-07-22TAF", "text", "occurred",
          "Kremlsprecher Dmitri Peskow reagierte am Nachmittag"),
        E("Russian embassy announces countermeasures", "THREATEN",
          ["Russia", "Germany"], "2026-07-22", "published", "occurred",
          "Die russische Botschaft in Berlin kündigte"),
        E("Zelensky expected by Tusk in Warsaw", "CONSULT",
          ["Volodymyr Zelensky", "Donald Tusk"], "2026-07-23", "text", "planned",
          "Am Donnerstag wird er in Warschau"),
        E("Witkoff to travel to Moscow again in early August", "CONSULT",
          ["Steve Witkoff", "Russia"], "2026-08", "text", "planned",
          "Der US-Sondergesandte Steve Witkoff will Anfang August", date_mod="START"),
        E("Umerov to coordinate with Witkoff in Geneva next week", "CONSULT",
          ["Rustem Umerov", "Steve Witkoff"], "2026-W31", "text", "planned",
          "soll sich kommende Woche in Genf mit Witkoff abstimmen"),
    ],
    statements=[
        S("Friedrich Merz", "A closing of ranks that goes beyond arms deliveries", "2026-07-22", "context",
          "Merz sprach von einem „Schulterschluss"),
        S("Volodymyr Zelensky", "Thanks for the support; Russia deliberately steps up energy attacks", "2026-07-22",
          "context", "Selenskyj dankte für die Unterstützung"),
        S("Ukraine", "Air force: drones and missiles hit substations in Kharkiv and Sumy", "2026-07-22", "published",
          "hatten russische Drohnen und Raketen"),
        S("Friedrich Merz", "Putin should agree to an unconditional ceasefire of at least 30 days", "2026-07-22",
          "context", "Merz forderte Kremlchef Wladimir Putin auf"),
        S("Friedrich Merz", "The ball is in Moscow's court", "2026-07-22", "context",
          "Der Ball liegt in Moskau"),
        S("Friedrich Merz", "Germany will push for a 23rd sanctions package if Russia stalls", "2026-07-22",
          "context", "Sollte Russland weiter auf Zeit spielen"),
        S("Dmitry Peskov", "Germany is becoming a party to the conflict with the drone factory", "2026-07-22TAF",
          "text", "Kremlsprecher Dmitri Peskow reagierte am Nachmittag"),
        S("Russia", "Embassy announces appropriate countermeasures", "2026-07-22", "published",
          "Die russische Botschaft in Berlin kündigte"),
        S("White House", "Confirms Witkoff will travel to Moscow in early August", "2026-07-22", "published",
          "Der US-Sondergesandte Steve Witkoff will Anfang August"),
    ],
    actors=["Friedrich Merz", "Germany", "Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin",
            "Dmitry Peskov", "Donald Tusk", "Poland", "United States", "Steve Witkoff", "White House",
            "Rustem Umerov"],
))

# ---------------------------------------------------------------- b28de05: watson.ch (Swiss portal)
DOCS.append(dict(
    id="b28de05_schweiz_gipfelort_immunitaet_2025_08",
    lang="de",
    published="2025-08-20",
    body="""
Putin in Genf? Die Schweiz bietet sich als Gipfelort an – und würde auf eine Verhaftung verzichten

Die Schweiz will Gastgeberin eines möglichen Treffens zwischen Wladimir Putin und Wolodimir Selenski sein.
Aussenminister Ignazio Cassis sagte am Dienstag vor den Medien in Bern, die Schweiz sei «bereit, ein solches Treffen zu organisieren», sofern beide Seiten dies wünschten.
Kommt Putin zu einer Friedenskonferenz, würde er nicht verhaftet, obwohl gegen ihn ein Haftbefehl des Internationalen Strafgerichtshofs vorliegt.
Der Bundesrat hatte bereits im vergangenen Jahr festgelegt, dass Personen mit einem solchen Haftbefehl für Friedensgespräche Immunität erhalten können.

Was steckt dahinter?
Auslöser ist das Treffen im Weissen Haus vom Montag.
Dort hatte US-Präsident Donald Trump mit Selenski und sieben europäischen Spitzenpolitikern über Sicherheitsgarantien für die Ukraine beraten.
Noch während der Gespräche telefonierte Trump mit Putin und verkündete anschliessend, er habe mit der Vorbereitung eines Treffens zwischen Putin und Selenski begonnen.
Danach solle ein Dreiergipfel mit ihm selbst folgen.

Wer will den Gipfel?
Frankreichs Präsident Emmanuel Macron brachte Genf als Austragungsort ins Spiel, Ungarns Regierungschef Viktor Orbán bot Budapest an.
Auch der türkische Präsident Recep Tayyip Erdoğan hatte sich zuletzt wiederholt als Vermittler angeboten.
Selenski erklärte, er sei zu einem Treffen «in jedem Format» bereit.

Und Moskau?
Dort gibt man sich zurückhaltend.
Aussenminister Sergej Lawrow sagte am Dienstag, jeder Kontakt auf höchster Ebene müsse «Schritt für Schritt» vorbereitet werden, beginnend auf Expertenebene.
Russland lehne aber keine Form der Zusammenarbeit ab.
Kremlsprecher Dmitri Peskow wollte einen Zeitpunkt für ein Treffen nicht bestätigen.

Schon im Juni 2024 hatte die Schweiz auf dem Bürgenstock eine Ukraine-Friedenskonferenz ausgerichtet, zu der Russland nicht eingeladen war.
Moskau hatte die Konferenz damals als «sinnlos» bezeichnet.
Ob Putin ausgerechnet in die Schweiz reisen würde, ist offen: Russland betrachtet das Land seit der Übernahme der EU-Sanktionen nicht mehr als neutral.
""",
    timexes=[
        T("Dienstag", "DATE", "2025-08-19"),
        T("vergangenen Jahr", "DATE", "2024"),
        T("Montag", "DATE", "2025-08-18"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Dienstag", "DATE", "2025-08-19", n=1),
        T("Juni 2024", "DATE", "2024-06"),
    ],
    events=[
        E("Switzerland offers to host a Putin-Zelensky meeting", "REQUEST",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2025-08-19", "text", "occurred",
          "Aussenminister Ignazio Cassis sagte am Dienstag",
          note="Switzerland is not canonical; the addressees are kept"),
        E("Switzerland would not arrest Putin if he came to a peace conference", "AGREE",
          ["Vladimir Putin"], "2025-08-19", "context", "occurred",
          "Kommt Putin zu einer Friedenskonferenz",
          note="a conditional promise of immunity; Switzerland is not canonical"),
        E("Trump, Zelensky and seven European leaders meet at the White House", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-08-18", "context", "occurred",
          "Dort hatte US-Präsident Donald Trump mit Selenski"),
        E("Trump phones Putin during the talks", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-08-18", "context", "occurred",
          "Noch während der Gespräche telefonierte Trump"),
        E("Trump starts preparing a Putin-Zelensky meeting", "CONSULT",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2025-08-20", "published", "planned",
          "Noch während der Gespräche telefonierte Trump",
          note="no date set for the meeting"),
        E("A trilateral summit with Trump to follow", "CONSULT",
          ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2025-08-20", "published", "planned",
          "Danach solle ein Dreiergipfel", note="no date set"),
        E("Macron proposes Geneva as the venue", "REQUEST",
          ["Emmanuel Macron"], "2025-08-20", "published", "occurred",
          "brachte Genf als Austragungsort ins Spiel"),
        E("Orbán offers Budapest as the venue", "REQUEST",
          ["Viktor Orbán"], "2025-08-20", "published", "occurred",
          "brachte Genf als Austragungsort ins Spiel"),
        E("Erdoğan repeatedly offers to mediate", "REQUEST",
          ["Recep Tayyip Erdoğan"], "PAST_REF", "vague", "occurred",
          "hatte sich zuletzt wiederholt als Vermittler"),
        E("Zelensky ready to meet in any format", "AGREE",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2025-08-20", "published", "occurred",
          "Selenski erklärte, er sei zu einem Treffen"),
        E("Lavrov: top-level contacts must be prepared step by step", "REQUEST",
          ["Sergey Lavrov"], "2025-08-19", "text", "occurred",
          "Aussenminister Sergej Lawrow sagte am Dienstag"),
        E("Lavrov: Russia rejects no form of cooperation", "AGREE",
          ["Russia"], "2025-08-19", "context", "occurred",
          "Russland lehne aber keine Form"),
        E("Ukraine peace conference on the Bürgenstock", "CONSULT",
          ["Ukraine"], "2024-06", "text", "occurred",
          "Schon im Juni 2024 hatte die Schweiz",
          note="host Switzerland not canonical; Russia not invited (not annotated)"),
        E("Moscow dismissed the Bürgenstock conference as pointless", "REJECT",
          ["Russia"], "2024-06", "context", "occurred",
          "Moskau hatte die Konferenz damals"),
    ],
    statements=[
        S("Donald Trump", "Has begun preparing a Putin-Zelensky meeting, then a trilateral", "2025-08-18", "context",
          "Noch während der Gespräche telefonierte Trump"),
        S("Donald Trump", "A trilateral summit with himself to follow", "2025-08-18", "context",
          "Danach solle ein Dreiergipfel"),
        S("Emmanuel Macron", "Proposes Geneva", "2025-08-20", "published",
          "brachte Genf als Austragungsort ins Spiel"),
        S("Viktor Orbán", "Offers Budapest", "2025-08-20", "published",
          "brachte Genf als Austragungsort ins Spiel"),
        S("Volodymyr Zelensky", "Ready for a meeting in any format", "2025-08-20", "published",
          "Selenski erklärte, er sei zu einem Treffen"),
        S("Sergey Lavrov", "Top-level contacts must be prepared step by step", "2025-08-19", "text",
          "Aussenminister Sergej Lawrow sagte am Dienstag"),
        S("Sergey Lavrov", "Russia rejects no form of cooperation", "2025-08-19", "context",
          "Russland lehne aber keine Form"),
        S("Dmitry Peskov", "Would not confirm a date for a meeting", "2025-08-20", "published",
          "Kremlsprecher Dmitri Peskow wollte"),
        S("Russia", "The Bürgenstock conference was pointless", "2024-06", "context",
          "Moskau hatte die Konferenz damals"),
        S("Russia", "No longer regards Switzerland as neutral", "2025-08-20", "published",
          "Russland betrachtet das Land"),
    ],
    actors=["Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "United States", "European Union", "Ukraine",
            "Emmanuel Macron", "France", "Viktor Orbán", "Recep Tayyip Erdoğan", "Turkey", "Russia",
            "Sergey Lavrov", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b28de06: Schwäbische Zeitung (fiction)
DOCS.append(dict(
    id="b28de06_rubio_moskau_2026_10",
    lang="de",
    published="2026-10-07",
    body="""
Rubio im Kreml: Annäherung ja, Durchbruch nein

Moskau/Ravensburg. Zum ersten Mal seit 2017 ist ein amerikanischer Außenminister zu Gesprächen nach Moskau gereist.
Marco Rubio traf am Dienstag im Kreml mit Präsident Wladimir Putin zusammen, zuvor hatte er fast drei Stunden lang mit seinem Amtskollegen Sergej Lawrow verhandelt.
Im Mittelpunkt standen nach Angaben beider Seiten eine mögliche Waffenruhe entlang der heutigen Frontlinie und die Frage, unter welchen Bedingungen die USA Sanktionen lockern könnten.
Ein Durchbruch blieb aus.

„Wir haben offen gesprochen, und wir sind uns in einigen Punkten nähergekommen“, sagte Rubio nach dem Treffen vor Journalisten.
Russland müsse aber verstehen, dass Washington keine Vereinbarung über die Köpfe der Ukrainer hinweg schließen werde.
Lawrow sprach von einem „nützlichen Austausch“, beharrte aber darauf, dass eine Waffenruhe erst nach einem Abzug ukrainischer Truppen aus dem Gebiet Donezk infrage komme.
Kremlberater Juri Uschakow kündigte an, die Arbeitsgruppen beider Länder würden ihre Gespräche in zwei Wochen in Istanbul fortsetzen.

In Kiew wurde der Besuch mit Misstrauen verfolgt.
Außenminister Andrij Sybiha sagte, über die Ukraine dürfe nichts ohne die Ukraine entschieden werden.
Russische Drohnen hatten in der Nacht zum Dienstag die Hafenstädte Odessa und Ismajil angegriffen, dabei wurden nach ukrainischen Angaben drei Menschen getötet.
Präsident Wolodymyr Selenskyj telefonierte am Abend mit Rubio und ließ sich über die Gespräche unterrichten.
Er habe Rubio gebeten, den Druck auf Moskau aufrechtzuerhalten, schrieb Selenskyj anschließend auf X.

Auch in Europa überwiegt die Skepsis.
Die EU-Außenbeauftragte Kaja Kallas warnte davor, Russland mit Sanktionserleichterungen für eine Waffenruhe zu belohnen, die es jederzeit brechen könne.
Bundeskanzler Friedrich Merz sagte am Mittwochmorgen im Deutschlandfunk, Gespräche seien richtig, „aber nicht um jeden Preis“.

Genau verfolgt werden die Gespräche auch am Bodensee.
Bei Diehl Defence in Überlingen, wo die Flugabwehrsysteme vom Typ Iris-T für die Ukraine gebaut werden, hieß es, die Fertigung laufe unabhängig vom Ausgang der Diplomatie im Dreischichtbetrieb weiter.
Ein Unternehmenssprecher verwies auf Aufträge, die bis weit in das Jahr 2028 reichten.
""",
    timexes=[
        T("2017", "DATE", "2017"),
        T("Dienstag", "DATE", "2026-10-06"),
        T("fast drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("zwei Wochen", "DURATION", "P2W", note="point: 2026-10-20"),
        T("der Nacht zum Dienstag", "TIME", "2026-10-05TNI", note="night of 5 to 6 October"),
        T("Abend", "TIME", "2026-10-06TEV"),
        T("Mittwochmorgen", "TIME", "2026-10-07TMO"),
        T("das Jahr 2028", "DATE", "2028"),
    ],
    events=[
        E("Rubio meets Putin in the Kremlin", "CONSULT",
          ["Marco Rubio", "Vladimir Putin"], "2026-10-06", "text", "occurred",
          "Marco Rubio traf am Dienstag im Kreml"),
        E("Rubio negotiates with Lavrov for almost three hours", "CONSULT",
          ["Marco Rubio", "Sergey Lavrov"], "2026-10-06", "context", "occurred",
          "Marco Rubio traf am Dienstag im Kreml"),
        E("No breakthrough in the US-Russian talks", "REJECT",
          ["United States", "Russia"], "2026-10-06", "context", "occurred",
          "Ein Durchbruch blieb aus."),
        E("Rubio: Washington will make no deal over Ukraine's head", "REJECT",
          ["Marco Rubio", "Russia"], "2026-10-06", "context", "occurred",
          "Russland müsse aber verstehen"),
        E("Lavrov: ceasefire only after Ukrainian troops leave Donetsk", "REQUEST",
          ["Sergey Lavrov", "Ukraine"], "2026-10-06", "context", "occurred",
          "Lawrow sprach von einem „nützlichen Austausch"),
        E("US and Russian working groups to continue in Istanbul in two weeks", "CONSULT",
          ["Russia", "United States"], "2026-W43", "text", "planned",
          "Kremlberater Juri Uschakow kündigte an",
          note="two weeks after the talks of 6 October: about 20 October"),
        E("Sybiha: nothing about Ukraine without Ukraine", "REQUEST",
          ["Andrii Sybiha", "United States"], "2026-10-07", "published", "occurred",
          "Außenminister Andrij Sybiha sagte"),
        E("Russian drones attack Odesa and Izmail", "ASSAULT",
          ["Russia", "Ukraine"], "2026-10-05TNI", "text", "occurred",
          "Russische Drohnen hatten in der Nacht zum Dienstag"),
        E("Zelensky and Rubio phone call", "CONSULT",
          ["Volodymyr Zelensky", "Marco Rubio"], "2026-10-06TEV", "text", "occurred",
          "Präsident Wolodymyr Selenskyj telefonierte am Abend"),
        E("Zelensky asks Rubio to keep up pressure on Moscow", "REQUEST",
          ["Volodymyr Zelensky", "Marco Rubio"], "2026-10-06TEV", "context", "occurred",
          "Er habe Rubio gebeten"),
        E("Kallas warns against rewarding Russia with sanctions relief", "REQUEST",
          ["Kaja Kallas", "United States"], "2026-10-07", "published", "occurred",
          "Die EU-Außenbeauftragte Kaja Kallas warnte"),
    ],
    statements=[
        S("United States", "Talks focused on a ceasefire along the front line and sanctions relief", "2026-10-06",
          "context", "Im Mittelpunkt standen nach Angaben beider Seiten"),
        S("Russia", "Talks focused on a ceasefire along the front line and sanctions relief", "2026-10-06",
          "context", "Im Mittelpunkt standen nach Angaben beider Seiten"),
        S("Marco Rubio", "Spoke openly and came closer on some points", "2026-10-06", "context",
          "sagte Rubio nach dem Treffen"),
        S("Marco Rubio", "Washington will not make a deal over the heads of Ukrainians", "2026-10-06", "context",
          "Russland müsse aber verstehen"),
        S("Sergey Lavrov", "Useful exchange; ceasefire only after withdrawal from Donetsk", "2026-10-06", "context",
          "Lawrow sprach von einem „nützlichen Austausch"),
        S("Yuri Ushakov", "Working groups to continue talks in Istanbul in two weeks", "2026-10-06", "context",
          "Kremlberater Juri Uschakow kündigte an"),
        S("Andrii Sybiha", "Nothing about Ukraine may be decided without Ukraine", "2026-10-07", "published",
          "Außenminister Andrij Sybiha sagte"),
        S("Ukraine", "Three killed in drone attacks on Odesa and Izmail", "2026-10-07", "published",
          "Russische Drohnen hatten in der Nacht zum Dienstag"),
        S("Volodymyr Zelensky", "Asked Rubio to keep up pressure on Moscow", "2026-10-06TEV", "context",
          "Er habe Rubio gebeten"),
        S("Kaja Kallas", "Do not reward Russia with sanctions relief for a ceasefire it can break", "2026-10-07",
          "published", "Die EU-Außenbeauftragte Kaja Kallas warnte"),
        S("Friedrich Merz", "Talks are right, but not at any price", "2026-10-07TMO", "text",
          "Bundeskanzler Friedrich Merz sagte am Mittwochmorgen"),
    ],
    actors=["United States", "Russia", "Marco Rubio", "Vladimir Putin", "Sergey Lavrov", "Ukraine",
            "Kremlin", "Yuri Ushakov", "Andrii Sybiha", "Volodymyr Zelensky", "Kaja Kallas", "European Union",
            "Friedrich Merz", "Germany"],
))
