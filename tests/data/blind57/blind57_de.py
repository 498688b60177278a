"""German articles of the blind57 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b57de01 (Radio Schweden, German service)
DE01 = """
Küstenwache durchsucht Schattenflotten-Tanker vor Gotland – Moskau spricht von „Piraterie“

Stockholm (Radio Schweden). Die schwedische Küstenwache hat am Dienstag vor der Ostküste Gotlands einen Öltanker durchsucht und festgesetzt, der nach Einschätzung der Regierung zur sogenannten Schattenflotte Russlands gehört.
Die „Kalina Star“, die unter der Flagge der Komoren fährt, war am Montagabend mit rund 100.000 Tonnen Rohöl aus dem russischen Hafen Primorsk ausgelaufen und konnte bei einer Kontrolle keinen gültigen Versicherungsnachweis vorlegen.
Beamte gingen in den frühen Morgenstunden an Bord, gegen 14 Uhr wurde das Schiff in den Hafen von Slite geleitet.

Wie die Marine mitteilte, näherte sich während der Durchsuchung eine russische Korvette bis auf wenige Seemeilen und forderte die Küstenwache über Funk auf, den Tanker freizugeben.
Das Kriegsschiff blieb fast drei Stunden in der Nähe, ehe es nach Süden abdrehte.
Ministerpräsident Ulf Kristersson sagte am Abend, Schweden lasse sich nicht einschüchtern und werde „jedes Schiff ohne Versicherung und ohne Gewissen“ kontrollieren, das die Ostsee gefährde.

Das Außenministerium in Stockholm bestellte noch am Dienstag den russischen Botschafter ein.
In Moskau sprach Außenamtssprecherin Maria Sacharowa am Mittwoch von „Piraterie in staatlichem Auftrag“ und warf Stockholm vor, die Ostsee in ein „Nato-Binnenmeer“ verwandeln zu wollen.
Russland werde alle notwendigen Maßnahmen ergreifen, um die Freiheit der Schifffahrt zu sichern, fügte sie hinzu.
Kremlsprecher Dmitri Peskow sagte, man verfolge die Lage aufmerksam; militärische Begleitschiffe für Tanker seien „eine der Optionen“.

Finnlands Präsident Alexander Stubb telefonierte am Mittwochmorgen mit Kristersson und sicherte Schweden die volle Unterstützung Helsinkis zu.
Die EU-Außenbeauftragte Kaja Kallas begrüßte das Vorgehen und kündigte an, weitere Tanker auf die Sanktionsliste zu setzen; das 20. Sanktionspaket solle bis zum 24. Februar beschlossen werden.
Nato-Generalsekretär Mark Rutte erklärte, die Mission „Baltic Sentry“ werde ihre Präsenz rund um Gotland in den kommenden Wochen verstärken.
Der ukrainische Außenminister Andrij Sybiha dankte Stockholm und rief die Europäer auf, Moskaus Öleinnahmen weiter zu beschneiden, weil sie „jede Nacht“ in Raketen und Drohnen gegen ukrainische Städte flössen.

Die Nato überwacht die Ostsee mit „Baltic Sentry“ seit Januar 2025, nachdem mehrere Strom- und Datenkabel am Meeresgrund beschädigt worden waren.
Nach Schätzungen der Regierung passieren jeden Monat mehr als 300 Tanker der Schattenflotte schwedische Gewässer.
Die „Kalina Star“ soll in Slite bleiben, bis die Staatsanwaltschaft über ein Verfahren wegen Verstößen gegen das Seerecht entschieden hat.
"""

# ---------------------------------------------------------------- b57de02 (Radio Polen, German service of Polskie Radio)
DE02 = """
Polen schließt russisches Konsulat in Krakau – Warschau macht Moskau für Brandanschlag verantwortlich

Warschau (Radio Polen). Polen schließt nach dem Generalkonsulat in Posen auch die russische Vertretung in Krakau.
Außenminister Radosław Sikorski teilte am Montag mit, er habe die Zustimmung zum Betrieb des Konsulats zurückgezogen.
Zur Begründung verwies er auf die Ermittlungen zum Großbrand im Warschauer Einkaufszentrum Marywilska 44 vom Mai 2024, der nach Erkenntnissen der Staatsanwaltschaft im Auftrag russischer Geheimdienste gelegt worden sei.
Ministerpräsident Donald Tusk hatte bereits am Sonntag auf der Plattform X geschrieben, man wisse mit Sicherheit, dass der Brand auf Befehl aus Russland gelegt worden sei.

Bei dem Feuer waren in der Nacht zum 12. Mai 2024 rund 1400 Verkaufsstände zerstört worden, verletzt wurde niemand.
Die Mitarbeiter des Konsulats müssen Polen bis Ende Mai verlassen; im Land verbleiben damit nur die Botschaft in Warschau und das Generalkonsulat in Danzig.
Das Generalkonsulat in Posen hatte Sikorski im Oktober 2024 schließen lassen.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Entscheidung eine „weitere Zerstörung“ der bilateralen Beziehungen und kündigte eine Antwort an, die Warschau „nicht gefallen“ werde.
Die Vorwürfe zum Brand wies sie als „Fantasien“ der polnischen Führung zurück.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Polen verfolge seit Jahren eine „feindselige Linie“, die Moskau bedauere.

Der Schritt fällt in eine Phase dichter Diplomatie.
Tusk war am Samstag gemeinsam mit Bundeskanzler Friedrich Merz, dem französischen Präsidenten Emmanuel Macron und dem britischen Premierminister Keir Starmer zu Präsident Wolodymyr Selenskyj nach Kiew gereist.
Die vier verlangten dort von Moskau eine bedingungslose 30-tägige Waffenruhe ab Montag und drohten andernfalls mit massiven neuen Sanktionen.
Kremlchef Wladimir Putin antwortete in der Nacht zum Sonntag mit dem Vorschlag direkter Gespräche mit der Ukraine, die am Donnerstag in Istanbul beginnen sollen.
Selenskyj kündigte an, er werde in der Türkei persönlich auf Putin warten.
Ob der Kremlchef selbst anreist, ließ Peskow offen.
"""

# ---------------------------------------------------------------- b57de03 (Baltische Rundschau)
DE03 = """
Nach Butscha: Litauen weist russischen Botschafter aus, Lettland und Estland schließen Konsulate

Riga/Vilnius/Tallinn. Litauen hat am Montag als erstes Land der Europäischen Union den russischen Botschafter ausgewiesen und damit auf die Bilder aus dem Kiewer Vorort Butscha reagiert.
Außenminister Gabrielius Landsbergis teilte mit, Botschafter Alexej Issakow müsse das Land verlassen, zudem werde das russische Generalkonsulat in Klaipėda geschlossen.
Den eigenen Botschafter beruft Vilnius aus Moskau ab.

Lettland und Estland folgten am Dienstag: Riga ordnete die Schließung der russischen Generalkonsulate in Daugavpils und Liepāja an, Tallinn jene in Narva und Tartu.
Die estnische Regierungschefin Kaja Kallas sagte, Russland habe mit den Verbrechen in Butscha jede Grundlage für normale Beziehungen zerstört.
„Wer solche Taten begeht, kann nicht erwarten, dass seine Diplomaten bei uns weiterarbeiten wie bisher“, sagte Kallas.

Die baltischen Schritte sind Teil einer europaweiten Welle von Ausweisungen.
Deutschland hatte am Montag 40 russische Diplomaten zu unerwünschten Personen erklärt, Frankreich wies am selben Tag 35 aus.
Die Bundesregierung begründete den Schritt damit, dass die Betroffenen gegen die Freiheit in Deutschland und den Zusammenhalt der Gesellschaft gearbeitet hätten.
Am Dienstag schlossen sich Italien, Spanien, Dänemark und Schweden an.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Ausweisungen am Dienstag „kurzsichtig“ und kündigte spiegelbildliche Antworten an.
Kremlsprecher Dmitri Peskow wies die Vorwürfe zu Butscha als „ungeheuerliche Fälschung“ zurück.
Im UN-Sicherheitsrat forderte der ukrainische Präsident Wolodymyr Selenskyj am Dienstag per Video, Russland das Vetorecht zu entziehen oder das Gremium aufzulösen.

Der ukrainische Außenminister Dmytro Kuleba dankte den baltischen Staaten und rief die übrigen EU-Länder auf, dem litauischen Beispiel zu folgen.
EU-Kommissionspräsidentin Ursula von der Leyen schlug am Dienstag ein fünftes Sanktionspaket vor, das unter anderem ein Importverbot für russische Kohle vorsieht.
Die Außenminister der Nato beraten am Mittwoch und Donnerstag in Brüssel über weitere Waffenlieferungen; Kuleba wird dort erwartet.

Schon Ende Februar hatten die drei baltischen Staaten ihren Luftraum für russische Flugzeuge gesperrt.
In Riga wird unterdessen über die Zukunft des sowjetischen Siegesdenkmals im Park des Sieges gestritten, das mehrere Stadträte abreißen lassen wollen.
"""

# ---------------------------------------------------------------- b57de04 (Wochenblatt.pl)
DE04 = """
Russischer Marschflugkörper 39 Sekunden über Polen – Warschau verlangt Erklärung

Oppeln/Warschau. Ein russischer Marschflugkörper ist am Sonntagmorgen für 39 Sekunden in den polnischen Luftraum eingedrungen.
Nach Angaben des Operativen Kommandos der Streitkräfte überquerte das Geschoss um 4.23 Uhr bei dem Dorf Oserdów im Kreis Tomaszów Lubelski die Grenze und flog danach über ukrainisches Gebiet weiter.
Es gehörte zu einer Angriffswelle auf die Westukraine, bei der Russland nach ukrainischen Angaben 29 Raketen und 28 Drohnen einsetzte, vor allem gegen Energieanlagen im Gebiet Lwiw.
Polnische Kampfflugzeuge waren in der Nacht zum Sonntag aufgestiegen, um den Luftraum zu sichern.

Das Außenministerium in Warschau bestellte am Montag den russischen Geschäftsträger ein, um eine Erklärung zu verlangen.
Der Diplomat erschien jedoch nicht; Ministeriumssprecher Paweł Wroński sprach von einem Zeichen der Missachtung gegenüber dem polnischen Staat.
Außenminister Radosław Sikorski sagte, Russland müsse solche Verletzungen des Luftraums sofort beenden; künftig werde man prüfen, ob man Flugkörper abfangen könne, die sich der Grenze nähern.
Verteidigungsminister Władysław Kosiniak-Kamysz erklärte, hätte es Hinweise auf ein Ziel in Polen gegeben, wäre der Flugkörper abgeschossen worden.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sagte am Montag in Moskau, Warschau habe „keinerlei Beweise“ vorgelegt, und sprach von „antirussischer Hysterie“.
Nato-Generalsekretär Jens Stoltenberg erklärte, das Bündnis stehe in engem Kontakt mit der polnischen Regierung, und verurteilte Russlands „rücksichtslose“ Angriffe auf die Ukraine.

Es war nicht der erste Vorfall dieser Art.
Am 29. Dezember war nach polnischen Angaben eine russische Rakete knapp drei Minuten lang über polnisches Gebiet geflogen; auch damals hatte Warschau den Geschäftsträger einbestellt.
Ministerpräsident Donald Tusk hatte am Freitag beim EU-Gipfel in Brüssel gefordert, die Produktion von Munition für die Ukraine deutlich zu beschleunigen.

In der Woiwodschaft Oppeln verfolgen viele Angehörige der deutschen Minderheit die Nachrichten mit Sorge, sagte der Vorsitzende des Verbandes der deutschen Gesellschaften, Rafał Bartek, dem Wochenblatt.
„Die Menschen hier haben Verwandte in der Ukraine und in Deutschland, und sie fragen sich, wie sicher unsere Grenze im Osten ist“, sagte er.
"""

# ---------------------------------------------------------------- b57de05 (Flensborg Avis, German pages)
DE05 = """
Drohnen über Jütland: Dänemark erwägt Konsultationen nach Artikel 4 des Nato-Vertrags

Flensburg/Kopenhagen. Nach neuen Drohnensichtungen über dem Flughafen Aalborg und mehreren Militärstandorten in Jütland prüft die dänische Regierung, Konsultationen nach Artikel 4 des Nato-Vertrags zu beantragen.
Der Flugverkehr in Aalborg war in der Nacht zum Donnerstag für mehrere Stunden eingestellt worden, nachdem Drohnen mit eingeschalteten Lichtern über dem Gelände gekreist waren.
Bereits am Montagabend hatte der Kopenhagener Flughafen Kastrup fast vier Stunden lang gesperrt werden müssen.

Ministerpräsidentin Mette Frederiksen sprach vom bislang schwersten Angriff auf kritische Infrastruktur in Dänemark.
Verteidigungsminister Troels Lund Poulsen sagte am Donnerstag, hinter den Flügen stehe ein „professioneller Akteur“, es handle sich um einen hybriden Angriff.
Wer verantwortlich sei, könne man noch nicht sagen, Russland schließe man aber ausdrücklich nicht aus.

Die russische Botschaft in Kopenhagen wies jede Beteiligung zurück und sprach von einer „inszenierten Provokation“.
Kremlsprecher Dmitri Peskow sagte, Moskau habe mit den Vorfällen nichts zu tun, und warnte vor „unbegründeten Anschuldigungen“ gegen Russland.

Nato-Generalsekretär Mark Rutte sicherte Frederiksen am Donnerstagabend in einem Telefonat die Unterstützung des Bündnisses zu.
EU-Kommissionspräsidentin Ursula von der Leyen kündigte an, die Verteidigungsminister der östlichen Mitgliedstaaten würden am Freitag per Videokonferenz über einen „Drohnenwall“ an der Ostflanke beraten.
Kommende Woche treffen sich die Staats- und Regierungschefs der EU ohnehin zu einem informellen Gipfel in Kopenhagen, der unter verschärften Sicherheitsvorkehrungen stattfinden soll.
Der ukrainische Präsident Wolodymyr Selenskyj bot Dänemark an, Fachleute der ukrainischen Drohnenabwehr zu entsenden.

Vor gut zwei Wochen hatte Polen nach dem Eindringen von rund 20 russischen Drohnen Artikel 4 aktiviert; Estland folgte am vergangenen Freitag, nachdem drei russische MiG-31 zwölf Minuten lang in seinem Luftraum geflogen waren.
Auch in Schleswig-Holstein wurden in den vergangenen Tagen Drohnen über Bundeswehrstandorten beobachtet, die Landespolizei ermittelt.
Die Bundesregierung bot Kopenhagen Unterstützung bei der Abwehr an; die Marine verlegt nach Angaben aus Berlin eine Fregatte in die westliche Ostsee.
"""

# ---------------------------------------------------------------- b57de06 (dialog forum)
DE06 = """
Polen schließt Übergänge nach Kaliningrad – Moskau spricht von „Blockade“

Warschau/Berlin. Polen schließt ab Donnerstag seine beiden verbliebenen Straßenübergänge zum russischen Gebiet Kaliningrad, Grzechotki und Bezledy, bis auf Weiteres für den Personen- und Güterverkehr.
Ministerpräsident Donald Tusk gab die Entscheidung am Dienstagabend nach einer Sitzung des Nationalen Sicherheitsrats bekannt.
Als Grund nannte die Regierung zwei russische Drohnen, die in der Nacht zum Sonntag über Elbląg und dem Hafen von Frombork gekreist waren, sowie wochenlange Störungen des GPS-Signals, die den Flugverkehr in Danzig und Olsztyn beeinträchtigt hätten.
„Wer unsere Flughäfen blendet und Drohnen über unsere Häfen schickt, kann nicht erwarten, dass wir ihm die Tür offen halten“, sagte Tusk.

Außenminister Radosław Sikorski erklärte am Mittwoch zudem den russischen Militärattaché zur unerwünschten Person, der Polen binnen 72 Stunden verlassen muss.
Der Offizier habe die Drohnenflüge nach Erkenntnissen des Inlandsgeheimdienstes ABW mit vorbereitet, sagte Sikorski.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Warschau vor, Kaliningrad „in eine Blockade treiben“ zu wollen, und kündigte „spürbare“ Gegenmaßnahmen an.
Kremlsprecher Dmitri Peskow sagte, die Versorgung der Exklave über die Ostsee sei gesichert, Polen betreibe aber eine „Politik der Eskalation“.
Der belarussische Machthaber Alexander Lukaschenko bot Moskau an, Waren für Kaliningrad über belarussische Bahnstrecken zu leiten, und warf Warschau vor, einen neuen „Eisernen Vorhang“ zu errichten.

Die EU-Außenbeauftragte Kaja Kallas stellte sich hinter Warschau: Polen schütze die Außengrenze der Union gegen einen hybriden Angriff Russlands.
Nato-Generalsekretär Mark Rutte kündigte an, die Mission „Eastern Sentry“ werde über der Danziger Bucht zusätzliche Aufklärungsflugzeuge einsetzen.
In Vilnius prüft die Regierung, ob Litauen am Übergang Kybartai dem polnischen Beispiel folgt.

Für Kaliningrad ist es nicht die erste Einschränkung: Im Sommer 2022 hatte Litauen den Bahntransit sanktionierter Waren in die Exklave gestoppt.
Die Grenze zu Belarus hatte Polen bereits im September 2025 während des russisch-belarussischen Manövers „Sapad“ für knapp zwei Wochen geschlossen.
In Warschau hieß es, auf die Gespräche zwischen den USA, Russland und der Ukraine, die Ende März in Genf fortgesetzt werden sollen, habe die Entscheidung keinen Einfluss.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


FOUR = ["Donald Tusk", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer"]

DOCS = [
    doc(
        "b57de01_schweden_schattenflotte_gotland_2026_02", "2026-02-18", DE01,
        [
            T("Dienstag", "DATE", "2026-02-17", 0),
            T("Montagabend", "TIME", "2026-02-16TEV"),
            T("den frühen Morgenstunden", "TIME", "2026-02-17TMO"),
            T("14 Uhr", "TIME", "2026-02-17T14:00", note="Swedish time (CET)"),
            T("fast drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("Abend", "TIME", "2026-02-17TEV"),
            T("Dienstag", "DATE", "2026-02-17", 1),
            T("Mittwoch", "DATE", "2026-02-18"),
            T("Mittwochmorgen", "TIME", "2026-02-18TMO"),
            T("24. Februar", "DATE", "2026-02-24"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("jede Nacht", "SET", "P1D"),
            T("Januar 2025", "DATE", "2025-01"),
            T("jeden Monat", "SET", "P1M"),
        ],
        [
            E("Swedish coast guard searches and detains a Russian shadow-fleet tanker off Gotland", "COERCE",
              ["Russia"], "2026-02-17", "text", "occurred", "Die schwedische Küstenwache hat am Dienstag"),
            E("A Russian corvette approaches during the search", "MOBILIZE", ["Russia"], "2026-02-17", "context",
              "occurred", "näherte sich während der Durchsuchung"),
            E("The Russian corvette demands by radio that the tanker be released", "REQUEST", ["Russia"],
              "2026-02-17", "context", "occurred", "näherte sich während der Durchsuchung"),
            E("Sweden summons the Russian ambassador", "ACCUSE", ["Russia"], "2026-02-17", "text", "occurred",
              "bestellte noch am Dienstag"),
            E("Zakharova calls the search state piracy and accuses Stockholm of militarising the Baltic", "ACCUSE",
              ["Maria Zakharova"], "2026-02-18", "text", "occurred", "Piraterie in staatlichem Auftrag"),
            E("Zakharova: Russia will take all necessary measures", "THREATEN", ["Maria Zakharova"], "2026-02-18",
              "context", "occurred", "alle notwendigen Maßnahmen"),
            E("Peskov: military escorts for tankers are one of the options", "THREATEN", ["Dmitry Peskov"],
              "2026-02-18", "published", "occurred", "Begleitschiffe"),
            E("Stubb phones Kristersson", "CONSULT", ["Alexander Stubb"], "2026-02-18TMO", "text", "occurred",
              "Stubb telefonierte"),
            E("Stubb assures Sweden of Finland's full support", "SUPPORT", ["Alexander Stubb"], "2026-02-18TMO",
              "text", "occurred", "Stubb telefonierte"),
            E("Kallas welcomes the Swedish action", "SUPPORT", ["Kaja Kallas"], "2026-02-18", "published",
              "occurred", "Kallas begrüßte"),
            E("EU to list more tankers in its 20th sanctions package by 24 February", "SANCTION",
              ["European Union", "Russia"], "2026-02-24", "text", "planned", "Kallas begrüßte"),
            E("NATO's Baltic Sentry to step up its presence around Gotland", "MOBILIZE", ["NATO", "Mark Rutte"],
              "FUTURE_REF", "vague", "planned", "Rutte erklärte"),
            E("Sybiha thanks Stockholm", "SUPPORT", ["Andrii Sybiha"], "2026-02-18", "published", "occurred",
              "Sybiha dankte"),
            E("Sybiha calls on the Europeans to cut Moscow's oil revenues further", "REQUEST",
              ["Andrii Sybiha", "European Union", "Russia"], "2026-02-18", "published", "occurred",
              "Sybiha dankte"),
            E("NATO monitors the Baltic Sea with Baltic Sentry since January 2025", "MOBILIZE", ["NATO"], "2025-01",
              "text", "occurred", "seit Januar 2025", date_mod="START"),
        ],
        [
            S("Maria Zakharova", "The search is state-sponsored piracy; Stockholm wants to turn the Baltic into a "
              "NATO inland sea", "2026-02-18", "text", "Piraterie in staatlichem Auftrag"),
            S("Maria Zakharova", "Russia will take all necessary measures to secure freedom of navigation",
              "2026-02-18", "context", "alle notwendigen Maßnahmen"),
            S("Dmitry Peskov", "The Kremlin follows the situation closely; military escorts for tankers are one of "
              "the options", "2026-02-18", "published", "Begleitschiffe"),
            S("Alexander Stubb", "Assures Sweden of Helsinki's full support", "2026-02-18TMO", "text",
              "Stubb telefonierte"),
            S("Kaja Kallas", "Welcomes the action; more tankers to be listed, the 20th package by 24 February",
              "2026-02-18", "published", "Kallas begrüßte"),
            S("Mark Rutte", "Baltic Sentry will strengthen its presence around Gotland in the coming weeks",
              "2026-02-18", "published", "Rutte erklärte"),
            S("Andrii Sybiha", "Thanks Stockholm; Europeans must cut Moscow's oil revenues, which pay for the "
              "nightly strikes", "2026-02-18", "published", "Sybiha dankte"),
        ],
        ["Russia", "Maria Zakharova", "NATO", "Kremlin", "Dmitry Peskov", "Alexander Stubb", "European Union",
         "Kaja Kallas", "Mark Rutte", "Ukraine", "Andrii Sybiha"],
    ),
    doc(
        "b57de02_polen_konsulat_krakau_2025_05", "2025-05-13", DE02,
        [
            T("Montag", "DATE", "2025-05-12", 0),
            T("Mai 2024", "DATE", "2024-05", 0),
            T("Sonntag", "DATE", "2025-05-11", 0),
            T("der Nacht zum 12. Mai 2024", "TIME", "2024-05-11TNI", note="night of 11 to 12 May 2024"),
            T("Ende Mai", "DATE", "2025-05", mod="END"),
            T("Oktober 2024", "DATE", "2024-10"),
            T("Dienstag", "DATE", "2025-05-13"),
            T("Jahren", "DURATION", "PXY"),
            T("Samstag", "DATE", "2025-05-10"),
            T("30-tägige", "DURATION", "P30D"),
            T("Montag", "DATE", "2025-05-12", 1),
            T("der Nacht zum Sonntag", "TIME", "2025-05-10TNI", note="night of 10 to 11 May"),
            T("Donnerstag", "DATE", "2025-05-15"),
        ],
        [
            E("Sikorski withdraws consent for the Russian consulate in Kraków", "SANCTION", ["Poland", "Russia"],
              "2025-05-12", "text", "occurred", "teilte am Montag mit"),
            E("Poland blames Russian intelligence services for the Marywilska fire", "ACCUSE", ["Poland", "Russia"],
              "2025-05-12", "context", "occurred", "Zur Begründung"),
            E("Arson of the Marywilska 44 shopping centre, ordered by Russian intelligence according to the "
              "prosecutors", "ASSAULT", ["Russia", "Poland"], "2024-05", "text", "occurred", "Zur Begründung",
              note="night of 11 to 12 May 2024"),
            E("Tusk: the fire was set on orders from Russia", "ACCUSE", ["Donald Tusk", "Russia"], "2025-05-11",
              "text", "occurred", "Plattform X"),
            E("Staff of the Kraków consulate must leave Poland by the end of May", "SANCTION", ["Poland", "Russia"],
              "2025-05", "text", "planned", "bis Ende Mai verlassen", date_mod="END"),
            E("Poland closed the Russian consulate general in Poznań", "SANCTION", ["Poland", "Russia"], "2024-10",
              "text", "occurred", "in Posen hatte Sikorski"),
            E("Zakharova: the decision further destroys bilateral relations", "ACCUSE",
              ["Maria Zakharova", "Poland"], "2025-05-13", "published", "occurred", "weitere Zerstörung"),
            E("Zakharova announces a response Warsaw will not like", "THREATEN", ["Maria Zakharova", "Poland"],
              "2025-05-13", "published", "occurred", "weitere Zerstörung"),
            E("Zakharova dismisses the arson accusations as fantasies", "REJECT", ["Maria Zakharova", "Poland"],
              "2025-05-13", "published", "occurred", "Fantasien"),
            E("Peskov accuses Poland of a hostile line", "ACCUSE", ["Dmitry Peskov", "Poland"], "2025-05-13",
              "text", "occurred", "feindselige Linie"),
            E("Tusk, Merz, Macron and Starmer visit Zelensky in Kyiv", "CONSULT", FOUR + ["Volodymyr Zelensky"],
              "2025-05-10", "text", "occurred", "nach Kiew gereist"),
            E("The four leaders demand an unconditional 30-day ceasefire from Monday", "REQUEST", FOUR + ["Russia"],
              "2025-05-10", "context", "occurred", "30-tägige"),
            E("The four leaders threaten massive new sanctions otherwise", "THREATEN", FOUR + ["Russia"],
              "2025-05-10", "context", "occurred", "30-tägige"),
            E("Putin proposes direct talks with Ukraine in Istanbul", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-05-10TNI", "text", "occurred", "mit dem Vorschlag direkter Gespräche"),
            E("Russia–Ukraine talks in Istanbul due to begin on Thursday", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-15", "text", "planned", "mit dem Vorschlag direkter Gespräche"),
            E("Zelensky says he will wait for Putin in Turkey in person", "AGREE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-05-13", "published", "occurred",
              "persönlich auf Putin warten"),
        ],
        [
            S("Poland", "Sikorski has withdrawn consent for the consulate's operation", "2025-05-12", "text",
              "teilte am Montag mit"),
            S("Poland", "Sikorski: prosecutors found the Marywilska fire was set on behalf of Russian services",
              "2025-05-12", "context", "Zur Begründung"),
            S("Donald Tusk", "It is certain that the fire was set on orders from Russia", "2025-05-11", "text",
              "Plattform X"),
            S("Maria Zakharova", "The decision further destroys relations; a response Warsaw will not like",
              "2025-05-13", "published", "weitere Zerstörung"),
            S("Maria Zakharova", "The arson accusations are fantasies of the Polish leadership", "2025-05-13",
              "published", "Fantasien"),
            S("Dmitry Peskov", "Poland has pursued a hostile line for years, which Moscow regrets", "2025-05-13",
              "text", "feindselige Linie"),
            S("Joint statement: Donald Tusk, Friedrich Merz, Emmanuel Macron, Keir Starmer",
              "Demand an unconditional 30-day ceasefire from Monday, otherwise massive new sanctions", "2025-05-10",
              "context", "30-tägige"),
            S("Vladimir Putin", "Proposes direct talks with Ukraine in Istanbul from Thursday", "2025-05-10TNI",
              "text", "mit dem Vorschlag direkter Gespräche"),
            S("Volodymyr Zelensky", "Will wait for Putin in Turkey in person", "2025-05-13", "published",
              "persönlich auf Putin warten"),
            S("Dmitry Peskov", "Leaves open whether Putin will travel himself", "2025-05-13", "published",
              "ließ Peskow offen"),
        ],
        ["Poland", "Russia", "Donald Tusk", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Friedrich Merz",
         "Germany", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom", "Volodymyr Zelensky", "Ukraine",
         "Vladimir Putin"],
    ),
    doc(
        "b57de03_baltikum_ausweisungen_butscha_2022_04", "2022-04-06", DE03,
        [
            T("Montag", "DATE", "2022-04-04", 0),
            T("Dienstag", "DATE", "2022-04-05", 0),
            T("Montag", "DATE", "2022-04-04", 1),
            T("selben Tag", "DATE", "2022-04-04"),
            T("Dienstag", "DATE", "2022-04-05", 1),
            T("Dienstag", "DATE", "2022-04-05", 2),
            T("Dienstag", "DATE", "2022-04-05", 3),
            T("Dienstag", "DATE", "2022-04-05", 4),
            T("Mittwoch", "DATE", "2022-04-06"),
            T("Donnerstag", "DATE", "2022-04-07"),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
        ],
        [
            E("Lithuania expels the Russian ambassador", "SANCTION", ["Russia"], "2022-04-04", "text", "occurred",
              "als erstes Land der Europäischen Union"),
            E("Lithuania closes the Russian consulate general in Klaipėda", "SANCTION", ["Russia"], "2022-04-04",
              "context", "occurred", "Klaipėda"),
            E("Lithuania recalls its ambassador from Moscow", "SANCTION", ["Russia"], "2022-04-04", "context",
              "occurred", "Den eigenen Botschafter"),
            E("Latvia and Estonia order Russian consulates general closed", "SANCTION", ["Russia"], "2022-04-05",
              "text", "occurred", "Lettland und Estland folgten"),
            E("Kallas: with the crimes in Bucha Russia destroyed every basis for normal relations", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2022-04-06", "published", "occurred",
              "jede Grundlage für normale Beziehungen"),
            E("Germany declares 40 Russian diplomats persona non grata", "SANCTION", ["Germany", "Russia"],
              "2022-04-04", "text", "occurred", "40 russische Diplomaten"),
            E("France expels 35 Russian diplomats", "SANCTION", ["France", "Russia"], "2022-04-04", "text",
              "occurred", "40 russische Diplomaten"),
            E("Italy, Spain, Denmark and Sweden expel Russian diplomats", "SANCTION", ["Russia"], "2022-04-05",
              "text", "occurred", "schlossen sich Italien"),
            E("Zakharova calls the expulsions short-sighted", "ACCUSE", ["Maria Zakharova"], "2022-04-05", "text",
              "occurred", "kurzsichtig"),
            E("Zakharova announces mirror responses", "THREATEN", ["Maria Zakharova"], "2022-04-05", "text",
              "occurred", "kurzsichtig"),
            E("Peskov rejects the Bucha accusations as a monstrous forgery", "REJECT", ["Dmitry Peskov"],
              "2022-04-06", "published", "occurred", "ungeheuerliche Fälschung"),
            E("Zelensky asks the Security Council to strip Russia of its veto or dissolve itself", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2022-04-05", "text", "occurred",
              "Im UN-Sicherheitsrat forderte"),
            E("Kuleba thanks the Baltic states", "SUPPORT", ["Ukraine"], "2022-04-06", "published", "occurred",
              "Kuleba dankte"),
            E("Kuleba calls on the other EU states to follow Lithuania's example", "REQUEST",
              ["Ukraine", "European Union"], "2022-04-06", "published", "occurred", "Kuleba dankte"),
            E("Von der Leyen proposes a fifth sanctions package with a ban on Russian coal", "REQUEST",
              ["Ursula von der Leyen", "Russia"], "2022-04-05", "text", "occurred", "fünftes Sanktionspaket"),
            E("NATO foreign ministers meet in Brussels, Kuleba expected", "CONSULT", ["NATO", "Ukraine"],
              "2022-04-06", "text", "planned", "Die Außenminister der Nato"),
            E("The Baltic states close their airspace to Russian aircraft", "SANCTION", ["Russia"], "2022-02",
              "text", "occurred", "Schon Ende Februar", date_mod="END"),
        ],
        [
            S("Kaja Kallas", "With the crimes in Bucha Russia destroyed every basis for normal relations",
              "2022-04-06", "published", "jede Grundlage für normale Beziehungen"),
            S("Kaja Kallas", "Whoever commits such deeds cannot expect his diplomats to keep working as before",
              "2022-04-06", "published", "Wer solche Taten begeht"),
            S("Germany", "The expelled diplomats worked against freedom in Germany and the cohesion of society",
              "2022-04-04", "context", "Die Bundesregierung begründete"),
            S("Maria Zakharova", "The expulsions are short-sighted; mirror responses will follow", "2022-04-05",
              "text", "kurzsichtig"),
            S("Dmitry Peskov", "The Bucha accusations are a monstrous forgery", "2022-04-06", "published",
              "ungeheuerliche Fälschung"),
            S("Volodymyr Zelensky", "Russia should be stripped of its veto, or the Council should dissolve itself",
              "2022-04-05", "text", "Im UN-Sicherheitsrat forderte"),
            S("Ukraine", "Kuleba thanks the Baltic states and calls on the other EU states to follow Lithuania",
              "2022-04-06", "published", "Kuleba dankte"),
        ],
        ["Russia", "European Union", "Ukraine", "Kaja Kallas", "Germany", "France", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "United Nations", "Volodymyr Zelensky", "Ursula von der Leyen", "NATO"],
    ),
    doc(
        "b57de04_marschflugkoerper_polen_2024_03", "2024-03-26", DE04,
        [
            T("39 Sekunden", "DURATION", "PT39S", 0),
            T("Sonntagmorgen", "TIME", "2024-03-24TMO"),
            T("39 Sekunden", "DURATION", "PT39S", 1),
            T("4.23 Uhr", "TIME", "2024-03-24T04:23", note="Polish time (CET)"),
            T("der Nacht zum Sonntag", "TIME", "2024-03-23TNI", note="night of 23 to 24 March"),
            T("Montag", "DATE", "2024-03-25", 0),
            T("Montag", "DATE", "2024-03-25", 1),
            T("29. Dezember", "DATE", "2023-12-29"),
            T("knapp drei Minuten", "DURATION", "PT3M", mod="APPROX"),
            T("Freitag", "DATE", "2024-03-22"),
        ],
        [
            E("Russian missile and drone attack on western Ukraine, mainly on energy facilities in the Lviv region",
              "ASSAULT", ["Russia", "Ukraine"], "2024-03-24", "context", "occurred", "Angriffswelle"),
            E("Polish fighter jets scrambled", "MOBILIZE", ["Poland"], "2024-03-23TNI", "text", "occurred",
              "Polnische Kampfflugzeuge"),
            E("Poland summons the Russian chargé d'affaires", "ACCUSE", ["Poland", "Russia"], "2024-03-25", "text",
              "occurred", "bestellte am Montag"),
            E("Poland demands an explanation from Russia", "REQUEST", ["Poland", "Russia"], "2024-03-25", "text",
              "occurred", "bestellte am Montag"),
            E("The Russian diplomat does not appear at the ministry", "REJECT", ["Russia", "Poland"], "2024-03-25",
              "context", "occurred", "erschien jedoch nicht"),
            E("Polish foreign ministry calls the no-show a sign of disrespect", "ACCUSE", ["Poland", "Russia"],
              "2024-03-25", "context", "occurred", "erschien jedoch nicht"),
            E("Sikorski demands that Russia stop violating Polish airspace", "REQUEST", ["Poland", "Russia"],
              "2024-03-26", "published", "occurred", "müsse solche Verletzungen"),
            E("Zakharova: Warsaw has presented no evidence", "REJECT", ["Maria Zakharova", "Poland"], "2024-03-25",
              "text", "occurred", "keinerlei Beweise"),
            E("Zakharova speaks of anti-Russian hysteria", "ACCUSE", ["Maria Zakharova", "Poland"], "2024-03-25",
              "text", "occurred", "keinerlei Beweise"),
            E("Stoltenberg: NATO in close contact with the Polish government", "SUPPORT",
              ["Jens Stoltenberg", "NATO", "Poland"], "2024-03-26", "published", "occurred", "in engem Kontakt"),
            E("Stoltenberg condemns Russia's reckless attacks on Ukraine", "ACCUSE",
              ["Jens Stoltenberg", "Russia"], "2024-03-26", "published", "occurred", "in engem Kontakt"),
            E("Poland summoned the Russian chargé after the missile incursion of 29 December", "ACCUSE",
              ["Poland", "Russia"], "2023-12-29", "context", "occurred", "29. Dezember",
              note="the summons followed the incursion of 29 December 2023; its own day is not given"),
            E("EU summit in Brussels", "CONSULT", ["European Union", "Donald Tusk"], "2024-03-22", "text",
              "occurred", "beim EU-Gipfel"),
            E("Tusk calls for a faster production of ammunition for Ukraine", "REQUEST",
              ["Donald Tusk", "European Union"], "2024-03-22", "text", "occurred", "beim EU-Gipfel"),
        ],
        [
            S("Poland", "Operational Command: the missile crossed the border at 4.23 near Oserdów", "2024-03-26",
              "published", "Operativen Kommandos"),
            S("Ukraine", "Russia used 29 missiles and 28 drones against western Ukraine", "2024-03-26", "published",
              "Angriffswelle"),
            S("Poland", "Ministry spokesman Wroński: a sign of disrespect towards the Polish state", "2024-03-25",
              "context", "erschien jedoch nicht"),
            S("Poland", "Sikorski: Russia must stop the violations at once; interception will be examined",
              "2024-03-26", "published", "müsse solche Verletzungen"),
            S("Poland", "Kosiniak-Kamysz: the missile would have been shot down had there been signs of a target "
              "in Poland", "2024-03-26", "published", "Kosiniak-Kamysz"),
            S("Maria Zakharova", "Warsaw has presented no evidence; anti-Russian hysteria", "2024-03-25", "text",
              "keinerlei Beweise"),
            S("Jens Stoltenberg", "NATO is in close contact with Warsaw and condemns Russia's reckless attacks",
              "2024-03-26", "published", "in engem Kontakt"),
            S("Poland", "A Russian missile flew almost three minutes over Polish territory on 29 December",
              "2024-03-26", "published", "29. Dezember"),
            S("Donald Tusk", "Ammunition production for Ukraine must be accelerated considerably", "2024-03-22",
              "text", "beim EU-Gipfel"),
        ],
        ["Russia", "Poland", "Ukraine", "Maria Zakharova", "NATO", "Jens Stoltenberg", "Donald Tusk",
         "European Union"],
    ),
    doc(
        "b57de05_daenemark_drohnen_artikel4_2025_09", "2025-09-26", DE05,
        [
            T("der Nacht zum Donnerstag", "TIME", "2025-09-24TNI", note="night of 24 to 25 September"),
            T("mehrere Stunden", "DURATION", "PTXH"),
            T("Montagabend", "TIME", "2025-09-22TEV"),
            T("fast vier Stunden", "DURATION", "PT4H", mod="APPROX"),
            T("Donnerstag", "DATE", "2025-09-25", 1),
            T("Donnerstagabend", "TIME", "2025-09-25TEV"),
            T("Freitag", "DATE", "2025-09-26", 0),
            T("Kommende Woche", "DATE", "2025-W40"),
            T("Vor gut zwei Wochen", "DATE", "2025-W37", mod="APPROX"),
            T("vergangenen Freitag", "DATE", "2025-09-19"),
            T("zwölf Minuten", "DURATION", "PT12M"),
            T("den vergangenen Tagen", "DATE", "PAST_REF"),
        ],
        [
            E("Denmark considers requesting NATO consultations under Article 4", "REQUEST", ["NATO"], "2025-09-26",
              "published", "uncertain", "prüft die dänische Regierung"),
            E("Russian embassy denies any involvement", "REJECT", ["Russia"], "2025-09-26", "published",
              "occurred", "inszenierten Provokation"),
            E("Russian embassy calls the incidents a staged provocation", "ACCUSE", ["Russia"], "2025-09-26",
              "published", "occurred", "inszenierten Provokation"),
            E("Peskov denies that Moscow has anything to do with the incidents", "REJECT", ["Dmitry Peskov"],
              "2025-09-26", "published", "occurred", "nichts zu tun"),
            E("Peskov warns against unfounded accusations against Russia", "REQUEST", ["Dmitry Peskov"],
              "2025-09-26", "published", "occurred", "nichts zu tun"),
            E("Rutte–Frederiksen phone call", "CONSULT", ["Mark Rutte"], "2025-09-25TEV", "text", "occurred",
              "Donnerstagabend"),
            E("Rutte assures Denmark of NATO's support", "SUPPORT", ["Mark Rutte", "NATO"], "2025-09-25TEV", "text",
              "occurred", "Donnerstagabend"),
            E("Video conference of EU defence ministers on a drone wall", "CONSULT", ["European Union"],
              "2025-09-26", "text", "planned", "Drohnenwall"),
            E("Informal EU summit in Copenhagen", "CONSULT", ["European Union"], "2025-W40", "text", "planned",
              "informellen Gipfel"),
            E("Zelensky offers to send Ukrainian drone-defence experts to Denmark", "REQUEST",
              ["Volodymyr Zelensky"], "2025-09-26", "published", "occurred",
              "Fachleute der ukrainischen Drohnenabwehr"),
            E("Poland invokes Article 4 after about 20 Russian drones entered its airspace", "REQUEST",
              ["Poland", "NATO"], "2025-W37", "text", "occurred", "Vor gut zwei Wochen", date_mod="APPROX",
              note="10 September 2025"),
            E("Estonia requests Article 4 consultations after three MiG-31s entered its airspace", "REQUEST",
              ["NATO"], "2025-09-19", "text", "occurred", "Vor gut zwei Wochen"),
            E("Germany offers Denmark support in drone defence", "REQUEST", ["Germany"], "2025-09-26", "published",
              "occurred", "Die Bundesregierung bot"),
            E("German navy moves a frigate to the western Baltic", "MOBILIZE", ["Germany"], "2025-09-26",
              "published", "occurred", "Die Bundesregierung bot"),
        ],
        [
            S("Russia", "Embassy denies any involvement and speaks of a staged provocation", "2025-09-26",
              "published", "inszenierten Provokation"),
            S("Dmitry Peskov", "Moscow has nothing to do with the incidents; warns against unfounded accusations",
              "2025-09-26", "published", "nichts zu tun"),
            S("Mark Rutte", "Assures Frederiksen of the alliance's support", "2025-09-25TEV", "text",
              "Donnerstagabend"),
            S("Ursula von der Leyen", "Defence ministers of the eastern member states to discuss a drone wall by "
              "video on Friday", "2025-09-26", "published", "Drohnenwall"),
            S("Volodymyr Zelensky", "Offers to send Ukrainian drone-defence experts to Denmark", "2025-09-26",
              "published", "Fachleute der ukrainischen Drohnenabwehr"),
            S("Germany", "Offers Copenhagen support; the navy moves a frigate to the western Baltic", "2025-09-26",
              "published", "Die Bundesregierung bot"),
        ],
        ["NATO", "Russia", "Kremlin", "Dmitry Peskov", "Mark Rutte", "Ursula von der Leyen", "European Union",
         "Volodymyr Zelensky", "Ukraine", "Poland", "Germany"],
    ),
    doc(
        "b57de06_polen_kaliningrad_grenze_2026_03", "2026-03-11", DE06,
        [
            T("Donnerstag", "DATE", "2026-03-12"),
            T("Dienstagabend", "TIME", "2026-03-10TEV"),
            T("der Nacht zum Sonntag", "TIME", "2026-03-07TNI", note="night of 7 to 8 March"),
            T("wochenlange", "DURATION", "PXW"),
            T("Mittwoch", "DATE", "2026-03-11"),
            T("72 Stunden", "DURATION", "PT72H"),
            T("Sommer 2022", "DATE", "2022-SU"),
            T("September 2025", "DATE", "2025-09"),
            T("knapp zwei Wochen", "DURATION", "P2W", mod="APPROX"),
            T("Ende März", "DATE", "2026-03", mod="END"),
        ],
        [
            E("Poland closes its two remaining road crossings to the Kaliningrad region", "SANCTION",
              ["Poland", "Russia"], "2026-03-12", "text", "planned", "ab Donnerstag"),
            E("Polish government blames Russian drones and GPS jamming", "ACCUSE", ["Poland", "Russia"],
              "2026-03-10TEV", "context", "occurred", "Als Grund nannte"),
            E("Tusk accuses Russia of blinding Polish airports and sending drones over Polish ports", "ACCUSE",
              ["Donald Tusk", "Russia"], "2026-03-10TEV", "context", "occurred", "Flughäfen blendet"),
            E("Poland declares the Russian military attaché persona non grata", "SANCTION", ["Poland", "Russia"],
              "2026-03-11", "text", "occurred", "Militärattaché"),
            E("Sikorski: the attaché helped prepare the drone flights", "ACCUSE", ["Poland", "Russia"],
              "2026-03-11", "context", "occurred", "Der Offizier habe"),
            E("Zakharova accuses Warsaw of driving Kaliningrad into a blockade", "ACCUSE",
              ["Maria Zakharova", "Poland"], "2026-03-11", "published", "occurred", "in eine Blockade"),
            E("Zakharova announces tangible countermeasures", "THREATEN", ["Maria Zakharova", "Poland"],
              "2026-03-11", "published", "occurred", "in eine Blockade"),
            E("Peskov accuses Poland of a policy of escalation", "ACCUSE", ["Dmitry Peskov", "Poland"],
              "2026-03-11", "published", "occurred", "Politik der Eskalation"),
            E("Lukashenko offers to route goods for Kaliningrad over Belarusian railways", "REQUEST",
              ["Alexander Lukashenko", "Russia"], "2026-03-11", "published", "occurred", "Eisernen Vorhang"),
            E("Lukashenko accuses Warsaw of building a new Iron Curtain", "ACCUSE",
              ["Alexander Lukashenko", "Poland"], "2026-03-11", "published", "occurred", "Eisernen Vorhang"),
            E("Kallas backs Warsaw", "SUPPORT", ["Kaja Kallas", "Poland"], "2026-03-11", "published", "occurred",
              "stellte sich hinter Warschau"),
            E("Kallas speaks of a Russian hybrid attack on the EU's external border", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2026-03-11", "published", "occurred", "stellte sich hinter Warschau"),
            E("Eastern Sentry to deploy additional reconnaissance aircraft over the Gulf of Gdańsk", "MOBILIZE",
              ["NATO", "Mark Rutte"], "2026-03-11", "published", "planned", "Eastern Sentry",
              note="no date given"),
            E("Lithuania considers closing the Kybartai crossing as well", "SANCTION", ["Russia"], "2026-03-11",
              "published", "uncertain", "Kybartai"),
            E("Lithuania stopped the rail transit of sanctioned goods to Kaliningrad", "SANCTION", ["Russia"],
              "2022-SU", "text", "occurred", "Bahntransit"),
            E("Poland closed its border with Belarus during the Zapad exercise", "SANCTION", ["Poland", "Belarus"],
              "2025-09", "text", "occurred", "Sapad"),
            E("Talks between the US, Russia and Ukraine to continue in Geneva", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-03", "text", "planned", "in Genf fortgesetzt",
              date_mod="END"),
        ],
        [
            S("Donald Tusk", "Announces the closure of the crossings to Kaliningrad", "2026-03-10TEV", "text",
              "Dienstagabend"),
            S("Poland", "Government cites Russian drones over Elbląg and Frombork and weeks of GPS jamming",
              "2026-03-10TEV", "context", "Als Grund nannte"),
            S("Donald Tusk", "Whoever blinds our airports and sends drones over our ports cannot expect the door to "
              "stay open", "2026-03-10TEV", "context", "Flughäfen blendet"),
            S("Poland", "Sikorski: according to the ABW the attaché helped prepare the drone flights", "2026-03-11",
              "context", "Der Offizier habe"),
            S("Maria Zakharova", "Warsaw wants to drive Kaliningrad into a blockade; tangible countermeasures will "
              "follow", "2026-03-11", "published", "in eine Blockade"),
            S("Dmitry Peskov", "Supplies to the exclave are secure; Poland pursues a policy of escalation",
              "2026-03-11", "published", "Politik der Eskalation"),
            S("Alexander Lukashenko", "Offers Belarusian rail routes; Warsaw is building a new Iron Curtain",
              "2026-03-11", "published", "Eisernen Vorhang"),
            S("Kaja Kallas", "Poland protects the EU's external border against a Russian hybrid attack",
              "2026-03-11", "published", "stellte sich hinter Warschau"),
            S("Mark Rutte", "Eastern Sentry will add reconnaissance aircraft over the Gulf of Gdańsk", "2026-03-11",
              "published", "Eastern Sentry"),
            S("Poland", "The decision has no effect on the Geneva talks", "2026-03-11", "published",
              "In Warschau hieß es"),
        ],
        ["Poland", "Russia", "Donald Tusk", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Belarus",
         "Alexander Lukashenko", "Kaja Kallas", "European Union", "NATO", "Mark Rutte", "United States",
         "Ukraine"],
    ),
]
