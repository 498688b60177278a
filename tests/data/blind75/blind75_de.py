"""German articles of the blind75 set (fictionalised; written and annotated blind to the extraction code).

A crisis week in November 2026 (fiction): Putin orders a nuclear test on Novaya Zemlya (Sunday 8 November), the
world reacts (Monday), Trump phones Putin (Tuesday), the Security Council meets and Xi calls Putin (Wednesday), Rubio
and Lavrov meet in Istanbul (Thursday), the Kremlin puts the test on hold (Friday).
"""

from build import E, S, T

# ---------------------------------------------------------------- b75de01 (ddp, wire report)
DE01 = """
Putin lässt Atomtest auf Nowaja Semlja vorbereiten – Frist für Washington

Moskau (ddp). Kremlchef Wladimir Putin hat das Verteidigungsministerium angewiesen, binnen zehn Tagen einen unterirdischen Atomwaffentest auf der Arktisinsel Nowaja Semlja vorzubereiten.
Russland werde auf den Versuch nur verzichten, wenn die USA schriftlich zusicherten, ihre eigenen Testpläne in Nevada aufzugeben, sagte Putin am Sonntagabend zu Beginn einer im Fernsehen übertragenen Sitzung des Sicherheitsrats.
„Wir werden nicht tatenlos zusehen, wie Washington das Moratorium zu Grabe trägt“, sagte der Präsident.
Es wäre der erste russische Atomtest seit dem Ende der Sowjetunion; die letzte sowjetische Explosion auf Nowaja Semlja liegt mehr als 36 Jahre zurück.

Verteidigungsminister Andrej Beloussow meldete, das Testgelände sei „in vollem Umfang einsatzbereit“.
Vize-Außenminister Sergej Rjabkow erklärte, Moskau habe die US-Seite bereits am Nachmittag über das Zentrum zur Verringerung nuklearer Gefahren unterrichtet.
Der Kreml verwies auf Äußerungen von US-Energieminister Chris Wright, der Ende Oktober angekündigt hatte, die Vorbereitungen für einen unterirdischen Versuch in Nevada könnten bis zum Frühjahr 2027 abgeschlossen sein.

US-Präsident Donald Trump hatte das Pentagon bereits Ende Oktober 2025 angewiesen, Atomwaffentests „auf gleicher Grundlage“ wie andere Staaten aufzunehmen.
Putin ließ daraufhin Anfang November 2025 Vorschläge für mögliche Testvorbereitungen ausarbeiten.
Russland hatte seine Ratifizierung des Atomteststoppvertrags im November 2023 zurückgezogen, hält sich nach eigenen Angaben aber weiter an das Testverbot.

In Kiew sprach das Präsidialamt von „nuklearer Erpressung“.
Außenminister Andrij Sybiha forderte die Verbündeten auf, Moskau „unmissverständlich“ klarzumachen, dass ein Test schwere Folgen hätte.
Kremlsprecher Dmitri Peskow sagte, die für den 19. November in Abu Dhabi geplante Verhandlungsrunde mit der Ukraine und den USA stehe weiter auf der Tagesordnung.

Nato-Generalsekretär Mark Rutte kündigte an, die Botschafter der Allianz würden am Dienstag in Brüssel zu Beratungen zusammenkommen.
Bundeskanzler Friedrich Merz will nach Angaben eines Regierungssprechers am Montagmorgen mit Frankreichs Präsident Emmanuel Macron und dem britischen Premierminister Keir Starmer telefonieren.
In der Nacht zum Sonntag hatte Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit 160 Drohnen und sechs Raketen angegriffen; in Odessa fiel in mehreren Stadtteilen der Strom aus.
"""

# ---------------------------------------------------------------- b75de02 (Goslarsche Zeitung, Liveticker)
DE02 = """
Atomtest-Drohung im Liveticker: Merz, Macron und Starmer warnen Putin – Trump will mit Kremlchef sprechen

Kremlchef Wladimir Putin hat am Sonntagabend angeordnet, binnen zehn Tagen einen Atomwaffentest auf Nowaja Semlja vorzubereiten.
Die Reaktionen im Überblick.

21.48 Uhr: US-Präsident Donald Trump hat Putin vor einem Atomtest gewarnt.
„Er sollte das nicht tun, und ich glaube, er wird es auch nicht tun“, sagte Trump am Nachmittag (Ortszeit) im Weißen Haus.
Er werde „sehr bald“ mit Putin telefonieren, kündigte der Republikaner an.

20.15 Uhr: Kremlsprecher Dmitri Peskow hat die westliche Kritik an der Testanordnung zurückgewiesen.
Ein Versuch wäre eine „spiegelbildliche Antwort“ auf die Pläne der USA, sagte Peskow.
Der Ball liege „im Feld Washingtons“.

18.30 Uhr: Die britische Regierung hat den russischen Botschafter Andrej Kelin ins Außenministerium einbestellt.
Außenministerin Yvette Cooper verlangte nach Angaben ihres Ministeriums, Moskau müsse die Anordnung „umgehend zurücknehmen“.

16.40 Uhr: Die EU-Außenbeauftragte Kaja Kallas hat die Ankündigung aus Moskau als „gefährliche und verantwortungslose Eskalation“ verurteilt.
Die Außenminister der 27 Mitgliedstaaten sollen am Mittwochnachmittag in einer Videokonferenz über eine Antwort beraten, auch über Sanktionen.

15.05 Uhr: China hat Moskau und Washington zur Zurückhaltung aufgerufen.
Peking lehne Atomtests ab und hoffe, dass beide Seiten ihre Differenzen im Dialog beilegten, sagte Außenamtssprecher Lin Jian.

13.20 Uhr: Bundeskanzler Friedrich Merz hat Putin aufgefordert, die Testvorbereitungen sofort zu stoppen.
Er habe am Morgen mit Frankreichs Präsident Emmanuel Macron und dem britischen Premierminister Keir Starmer telefoniert, man sei sich „vollkommen einig“, sagte der CDU-Politiker in Berlin.
Ein russischer Atomtest würde „eine rote Linie überschreiten, die seit mehr als drei Jahrzehnten gilt“.

11.00 Uhr: Nato-Generalsekretär Mark Rutte hat die Verbündeten zur Geschlossenheit aufgerufen.
„Wir lassen uns nicht einschüchtern“, schrieb Rutte auf X.
Der Nordatlantikrat tritt am Dienstagvormittag in Brüssel zusammen.

9.30 Uhr: Der ukrainische Präsident Wolodymyr Selenskyj hat die Anordnung in seiner Videoansprache am späten Sonntagabend als „nukleare Erpressung“ bezeichnet.
Putin wolle die Welt einschüchtern, damit sie Kiew zu Zugeständnissen dränge, sagte Selenskyj und bat die Partner um zusätzliche Flugabwehr.
In der Nacht griff Russland erneut die Hafenstadt Odessa an, zwei Menschen wurden verletzt.

7.15 Uhr: Auch in Goslar hat die Ankündigung aus Moskau Sorgen ausgelöst.
Die Stadt, die seit 2012 dem Bündnis „Bürgermeister für den Frieden“ angehört, lädt für Mittwochabend zu einer Mahnwache vor der Kaiserpfalz ein.
"""

# ---------------------------------------------------------------- b75de03 (Heidenheimer Zeitung, Liveticker)
DE03 = """
Liveticker zur Atomtest-Krise: Trump telefoniert mit Putin – Rubio und Lawrow sollen sich in Istanbul treffen

22.10 Uhr: Trump hat auch den ukrainischen Präsidenten Wolodymyr Selenskyj über das Gespräch unterrichtet.
Selenskyj schrieb auf X, er habe Trump für seine „klare Haltung“ gedankt, und bestand darauf, dass über die Ukraine „nichts ohne die Ukraine“ entschieden werde.

20.35 Uhr: Der Kreml hat das Telefonat bestätigt.
Putin habe Trump die „Logik“ der russischen Entscheidung erläutert, sagte Präsidentenberater Juri Uschakow in Moskau.
Beide Präsidenten hätten vereinbart, dass Außenminister Sergej Lawrow und US-Außenminister Marco Rubio am Donnerstag in Istanbul zusammenkommen.
Eine Zusage, auf den Test zu verzichten, habe Putin nicht gegeben, betonte Uschakow.

18.50 Uhr: US-Präsident Donald Trump und Kremlchef Wladimir Putin haben am Nachmittag fast zwei Stunden lang miteinander telefoniert.
Das Gespräch sei „sehr gut und sehr produktiv“ gewesen, schrieb Trump auf seiner Plattform Truth Social.
Putin werde „nichts Unüberlegtes“ tun, zeigte sich der Republikaner überzeugt.

16.20 Uhr: Der türkische Präsident Recep Tayyip Erdoğan hat Istanbul als Ort für amerikanisch-russische Gespräche angeboten.
Die Türkei sei bereit, „jede Anstrengung für den Frieden“ zu unterstützen, sagte Erdoğan vor Journalisten in Ankara.

13.45 Uhr: Die Nato-Botschafter haben Russland nach Beratungen im Nordatlantikrat aufgefordert, die Testanordnung zurückzunehmen.
Ein Test wäre ein „schwerer Schlag gegen die internationale Sicherheitsarchitektur“, sagte Generalsekretär Mark Rutte nach der Sitzung.
Das Bündnis werde die russischen Aktivitäten in der Arktis genau beobachten, fügte er hinzu.

11.30 Uhr: Das russische Verteidigungsministerium hat Bilder von Vorbereitungen auf Nowaja Semlja veröffentlicht.
Zu sehen sind Lastwagen und Bohrgerät vor einem Stollen im Süden der Inselgruppe.
Für die Gewässer um das Testgelände gilt nach einer Mitteilung der Nordflotte vom 12. bis 20. November eine Sperrzone für die Schifffahrt.

9.05 Uhr: Russland hat die Ukraine in der Nacht erneut mit Drohnen angegriffen.
Nach Angaben der ukrainischen Luftwaffe wurden 87 von 104 Drohnen abgeschossen, in Charkiw wurde ein Umspannwerk getroffen.

7.40 Uhr: Guten Morgen aus Heidenheim!
Die ökumenische Friedensinitiative lädt für Mittwochabend zu einem Friedensgebet in die Michaelskirche ein.
Wir halten Sie hier über alle Entwicklungen auf dem Laufenden.
"""

# ---------------------------------------------------------------- b75de04 (Vienna.at, Liveticker)
DE04 = """
Atomtest-Krise im Liveticker: Xi telefoniert mit Putin, UNO-Sicherheitsrat tagt, Appell aus Wien

22.05 Uhr: Der UNO-Sicherheitsrat ist in New York zu einer Dringlichkeitssitzung über die russische Testankündigung zusammengetreten.
Beantragt hatten sie Frankreich und Großbritannien.
UNO-Generalsekretär António Guterres nannte einen möglichen Atomtest einen „schweren Fehler“, der „die Büchse der Pandora“ öffnen würde.

20.30 Uhr: Die EU-Außenminister haben sich in ihrer Videokonferenz grundsätzlich darauf verständigt, Sanktionen gegen den russischen Atomkonzern Rosatom vorzubereiten.
Die Kommission solle „innerhalb weniger Tage“ Vorschläge vorlegen, sagte die EU-Außenbeauftragte Kaja Kallas.
Ungarns Ministerpräsident Viktor Orbán kündigte umgehend ein Veto an, weil Rosatom in Ungarn das Kernkraftwerk Paks II baut.

18.15 Uhr: Die russische Außenamtssprecherin Maria Sacharowa hat den Europäern „Hysterie“ vorgeworfen.
Nicht Moskau, sondern Washington habe „als Erster“ mit Testvorbereitungen begonnen, sagte Sacharowa bei ihrem wöchentlichen Briefing.
Sie bestätigte, dass Lawrow und Rubio am Donnerstag in Istanbul zusammentreffen.

16.00 Uhr: Chinas Staatschef Xi Jinping hat am Mittwoch mit Kremlchef Wladimir Putin telefoniert.
Laut der chinesischen Darstellung sagte Xi, ein Atomkrieg könne nicht gewonnen und dürfe niemals geführt werden, China lehne Atomtests „jeder Seite“ ab.
Der Kreml teilte lediglich mit, Putin habe Xi die Gründe für die Entscheidung dargelegt.

14.20 Uhr: In Wien hat der Exekutivsekretär der Teststopp-Organisation CTBTO, Robert Floyd, alle Staaten zur Einhaltung des Testmoratoriums aufgerufen.
Das Überwachungsnetz mit mehr als 300 Stationen sei „in höchster Alarmbereitschaft“, sagte Floyd in der UNO-City.
Außenministerin Beate Meinl-Reisinger (NEOS) bot an, Wien heuer noch als Ort für Gespräche über Rüstungskontrolle zur Verfügung zu stellen.

11.45 Uhr: Der ukrainische Präsident Wolodymyr Selenskyj hat Moskau vorgeworfen, mit der Atomdrohung die für die kommende Woche geplanten Verhandlungen mit Russland und den USA in Abu Dhabi sabotieren zu wollen.
Die Ukraine werde sich „nicht erpressen lassen“, sagte Selenskyj bei einem Besuch in Saporischschja.
Er forderte neue Sanktionen gegen den russischen Atomsektor.

9.10 Uhr: In der Nacht auf Mittwoch hat Russland nach ukrainischen Angaben Kiew mit Marschflugkörpern angegriffen.
Im Bezirk Darnyzja wurden drei Menschen verletzt, teilte Bürgermeister Vitali Klitschko mit.
"""

# ---------------------------------------------------------------- b75de05 (Zofinger Tagblatt, Liveticker)
DE05 = """
Liveticker: Rubio und Lawrow verhandeln in Istanbul – Bundesrat bietet Genf an

21.40 Uhr: Der ukrainische Aussenminister Andrij Sybiha hat nach eigenen Angaben mit Rubio telefoniert.
Der US-Aussenminister habe ihm versichert, dass in Istanbul «keine Entscheidungen über die Ukraine» gefallen seien, schrieb Sybiha auf X.

19.55 Uhr: Nach dem Treffen sprach der russische Aussenminister Sergej Lawrow von «positiven Signalen».
Er werde Präsident Wladimir Putin noch am Abend Bericht erstatten, sagte Lawrow vor Journalisten.
Die Frage des Tests werde «in Moskau entschieden, nicht in Istanbul».

18.30 Uhr: US-Aussenminister Marco Rubio und Lawrow haben sich nach rund dreieinhalbstündigen Gesprächen im Dolmabahçe-Palast auf Verhandlungen über strategische Stabilität verständigt.
Die Delegationen sollen Anfang Dezember in Genf zusammenkommen, sagte Rubio.
Die USA planten in absehbarer Zeit keinen explosiven Atomtest, versicherte er, dies habe er Lawrow auch schriftlich übergeben.

16.10 Uhr: Der Bundesrat hat Genf als Ort für die amerikanisch-russischen Verhandlungen angeboten.
Die Schweiz stehe «jederzeit» als Gastgeberin zur Verfügung, sagte Aussenminister Ignazio Cassis in Bern.

14.00 Uhr: Der indische Premierminister Narendra Modi hat mit Putin telefoniert und ihn zur Zurückhaltung aufgerufen, wie das Aussenministerium in Neu-Delhi mitteilte.

12.20 Uhr: Vor Beginn der Gespräche hat der türkische Präsident Recep Tayyip Erdoğan Rubio und Lawrow zu getrennten Unterredungen empfangen.
Aussenminister Hakan Fidan eröffnete anschliessend die Sitzung und rief beide Seiten auf, «den Weg der Vernunft» zu wählen.

11.15 Uhr: Der ukrainische Präsident Wolodymyr Selenskyj hat mit Erdoğan telefoniert.
Er habe ihn gebeten, in Istanbul auch die Freilassung ukrainischer Zivilisten aus russischer Haft anzusprechen, schrieb Selenskyj auf X.

10.30 Uhr: Kremlsprecher Dmitri Peskow hat Erwartungen an einen Durchbruch gedämpft.
Die Testvorbereitungen gingen «planmässig» weiter, sagte Peskow.
Putin habe seine Frist nicht verlängert, sie laufe am 18. November ab.

8.15 Uhr: Bei einem russischen Raketenangriff auf Dnipro sind in der Nacht nach Behördenangaben vier Menschen getötet worden.

7.00 Uhr: Grüezi aus Zofingen!
Heute treffen sich in Istanbul erstmals seit Beginn der Krise die Aussenminister der USA und Russlands.
Der Schweizerische Erdbebendienst an der ETH Zürich teilte mit, er werte die Messdaten aus der Arktis rund um die Uhr aus.
"""

# ---------------------------------------------------------------- b75de06 (Westfälischer Anzeiger, Liveticker)
DE06 = """
Liveticker: Putin setzt Atomtest aus – Erleichterung in Berlin und Kiew

21.20 Uhr: Selenskyj hat die Entscheidung des Kremls in seiner abendlichen Videoansprache vorsichtig begrüßt.
Putin habe mit der Atomdrohung vor allem versucht, den Westen vor den Gesprächen in Abu Dhabi unter Druck zu setzen, sagte er.
Die Ukraine erwarte, dass es dort am kommenden Donnerstag um eine Waffenruhe gehe und um nichts anderes.

19.45 Uhr: US-Präsident Donald Trump hat die Kehrtwende als seinen Erfolg verbucht.
„Ich habe Ihnen gesagt, dass er es nicht tun wird“, schrieb Trump auf Truth Social.
Ein Treffen mit Putin noch vor Jahresende sei „möglich“, sagte Trump später im Weißen Haus.

17.30 Uhr: Bundeskanzler Friedrich Merz hat sich erleichtert gezeigt, aber vor voreiliger Entwarnung gewarnt.
„Putin hat die Welt eine Woche lang in Atem gehalten, um Zugeständnisse zu erpressen“, sagte Merz in Berlin.
Die Vorbereitung von Sanktionen gegen Rosatom müsse weitergehen.

15.10 Uhr: Die EU-Außenbeauftragte Kaja Kallas kündigte an, die EU werde trotz der Kehrtwende an den geplanten Sanktionen gegen Rosatom festhalten.
Die Kommission will ihren Vorschlag am Montag vorlegen.

13.00 Uhr: Präsidentenberater Juri Uschakow bestätigte, dass die Verhandlungsrunde mit der Ukraine und den USA wie geplant am 19. November in Abu Dhabi stattfinden soll.
Die russische Delegation leite erneut Wladimir Medinski.

12.15 Uhr: Der britische Premierminister Keir Starmer hat den Schritt als „Rückzug vom Abgrund“ begrüßt.
Moskau müsse sich jetzt ernsthaft auf eine Waffenruhe in der Ukraine einlassen, sagte Starmer in London.

11.40 Uhr: Der Kreml hat die Vorbereitungen für einen Atomtest auf Nowaja Semlja vorerst ausgesetzt.
Putin habe die Entscheidung nach Lawrows Bericht vom Donnerstagabend über die Gespräche in Istanbul getroffen, sagte Kremlsprecher Dmitri Peskow.
Russland werde keinen Test durchführen, „solange die USA keinen Test durchführen“.
Die Frist vom 18. November sei damit gegenstandslos.

9.20 Uhr: In der Nacht zum Freitag hat Russland die Energieinfrastruktur im Gebiet Poltawa mit Drohnen angegriffen.
Eine Gasverdichterstation sei beschädigt worden, teilte der staatliche Versorger Naftogaz mit.

7.05 Uhr: Die Friedensgruppe Hamm ruft für Samstag zu einer Kundgebung auf dem Marktplatz vor der Pauluskirche auf.
Dort hatten sich bereits am Mittwochabend rund 150 Menschen zu einer Mahnwache versammelt.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-ticker time (CET)"
DEADLINE = "ten-day deadline set on 8 November 2026, i.e. 18 November 2026"

DOCS = [
    doc(
        "b75de01_putin_atomtest_anordnung_2026_11", "2026-11-08", DE01,
        [
            T("zehn Tagen", "DURATION", "P10D", note=DEADLINE),
            T("Sonntagabend", "TIME", "2026-11-08TEV", note="Moscow time"),
            T("mehr als 36 Jahre", "DATE", "1990",
              note="'liegt mehr als 36 Jahre zurück': the last Soviet test, 24 October 1990"),
            T("Nachmittag", "TIME", "2026-11-08TAF"),
            T("Ende Oktober", "DATE", "2026-10", mod="END"),
            T("Frühjahr 2027", "DATE", "2027-SP"),
            T("Ende Oktober 2025", "DATE", "2025-10", mod="END"),
            T("Anfang November 2025", "DATE", "2025-11", mod="START"),
            T("November 2023", "DATE", "2023-11"),
            T("19. November", "DATE", "2026-11-19"),
            T("Dienstag", "DATE", "2026-11-10"),
            T("Montagmorgen", "TIME", "2026-11-09TMO"),
            T("der Nacht zum Sonntag", "TIME", "2026-11-07TNI", note="night of 7 to 8 November"),
        ],
        [
            E("Putin orders the defence ministry to prepare an underground nuclear test on Novaya Zemlya within ten "
              "days", "MOBILIZE", ["Vladimir Putin", "Russia"], "2026-11-08TEV", "context", "occurred",
              "hat das Verteidigungsministerium angewiesen"),
            E("Putin: Russia will forgo the test only if the US pledges in writing to drop its Nevada plans",
              "THREATEN", ["Vladimir Putin", "United States"], "2026-11-08TEV", "text", "occurred",
              "nur verzichten, wenn die USA schriftlich", note=DEADLINE),
            E("Putin accuses Washington of burying the test moratorium", "ACCUSE", ["Vladimir Putin", "United States"],
              "2026-11-08TEV", "context", "occurred", "Wir werden nicht tatenlos zusehen"),
            E("Moscow informs the US side in advance through the nuclear risk reduction centre", "CONSULT",
              ["Russia", "United States"], "2026-11-08TAF", "text", "occurred", "Vize-Außenminister Sergej Rjabkow"),
            E("US preparations for an underground test in Nevada could be completed by spring 2027", "MOBILIZE",
              ["United States"], "2027-SP", "text", "planned", "Der Kreml verwies",
              note="announced by the US energy secretary at the end of October 2026"),
            E("Trump orders the Pentagon to start nuclear weapons tests 'on an equal basis'", "MOBILIZE",
              ["Donald Trump", "United States"], "2025-10", "text", "occurred", "hatte das Pentagon bereits",
              date_mod="END"),
            E("Putin has proposals for possible test preparations drawn up", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2025-11", "text", "occurred", "Anfang November 2025 Vorschläge", date_mod="START"),
            E("Russia revokes its ratification of the nuclear test ban treaty", "REJECT", ["Russia"], "2023-11", "text",
              "occurred", "Ratifizierung des Atomteststoppvertrags"),
            E("Kyiv's presidential office calls the order nuclear blackmail", "ACCUSE", ["Ukraine", "Russia"],
              "2026-11-08", "published", "occurred", "In Kiew sprach das Präsidialamt"),
            E("Sybiha asks the allies to make clear to Moscow that a test would have grave consequences", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-11-08", "published", "occurred", "Außenminister Andrij Sybiha forderte"),
            E("Russia–Ukraine–US negotiating round in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-11-19", "text", "planned", "in Abu Dhabi geplante Verhandlungsrunde"),
            E("NATO ambassadors to meet in Brussels", "CONSULT", ["NATO"], "2026-11-10", "text", "planned",
              "die Botschafter der Allianz"),
            E("Merz to phone Macron and Starmer", "CONSULT", ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer"],
              "2026-11-09TMO", "text", "planned", "Bundeskanzler Friedrich Merz will"),
            E("Russian drone and missile attack on Ukraine, power cuts in Odesa", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-07TNI", "text", "occurred", "In der Nacht zum Sonntag"),
        ],
        [
            S("Vladimir Putin", "Russia will forgo the test only if the US pledges in writing to drop its Nevada "
              "plans", "2026-11-08TEV", "text", "nur verzichten, wenn die USA schriftlich"),
            S("Vladimir Putin", "Russia will not stand idly by while Washington buries the moratorium",
              "2026-11-08TEV", "context", "Wir werden nicht tatenlos zusehen"),
            S("Russia", "Defence minister Belousov: the test site is fully ready", "2026-11-08", "published",
              "Verteidigungsminister Andrej Beloussow"),
            S("Russia", "Deputy foreign minister Ryabkov: the US side was informed in advance via the risk reduction "
              "centre", "2026-11-08", "published", "Vize-Außenminister Sergej Rjabkow"),
            S("Kremlin", "Points to the US energy secretary's announcement of test preparations in Nevada",
              "2026-11-08", "published", "Der Kreml verwies"),
            S("United States", "Energy secretary Wright: preparations for an underground test in Nevada could be "
              "completed by spring 2027", "2026-10", "text", "Der Kreml verwies"),
            S("Russia", "Russia still abides by the test ban", "2026-11-08", "published",
              "Ratifizierung des Atomteststoppvertrags"),
            S("Ukraine", "Presidential office: the order is nuclear blackmail", "2026-11-08", "published",
              "In Kiew sprach das Präsidialamt"),
            S("Andrii Sybiha", "The allies must make clear to Moscow that a test would have grave consequences",
              "2026-11-08", "published", "Außenminister Andrij Sybiha forderte"),
            S("Dmitry Peskov", "The Abu Dhabi round planned for 19 November remains on the agenda", "2026-11-08",
              "published", "in Abu Dhabi geplante Verhandlungsrunde"),
            S("Mark Rutte", "NATO ambassadors will meet in Brussels on Tuesday", "2026-11-08", "published",
              "die Botschafter der Allianz"),
            S("Germany", "Government spokesman: Merz will phone Macron and Starmer on Monday morning", "2026-11-08",
              "published", "Bundeskanzler Friedrich Merz will"),
            S("Ukraine", "Air force: Russia attacked with 160 drones and six missiles; power cuts in Odesa",
              "2026-11-08", "published", "In der Nacht zum Sonntag"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "United States", "Donald Trump", "Ukraine", "Andrii Sybiha",
         "Dmitry Peskov", "NATO", "Mark Rutte", "Germany", "Friedrich Merz", "France", "Emmanuel Macron",
         "United Kingdom", "Keir Starmer"],
    ),
    doc(
        "b75de02_liveticker_reaktionen_atomtest_2026_11", "2026-11-09", DE02,
        [
            T("Sonntagabend", "TIME", "2026-11-08TEV", 0),
            T("zehn Tagen", "DURATION", "P10D", note=DEADLINE),
            T("21.48 Uhr", "TIME", "2026-11-09T21:48", note=LIVE),
            T("Nachmittag", "TIME", "2026-11-09TAF", note="Washington local time ('Ortszeit')"),
            T("sehr bald", "DATE", "FUTURE_REF"),
            T("20.15 Uhr", "TIME", "2026-11-09T20:15", note=LIVE),
            T("18.30 Uhr", "TIME", "2026-11-09T18:30", note=LIVE),
            T("16.40 Uhr", "TIME", "2026-11-09T16:40", note=LIVE),
            T("Mittwochnachmittag", "TIME", "2026-11-11TAF"),
            T("15.05 Uhr", "TIME", "2026-11-09T15:05", note=LIVE),
            T("13.20 Uhr", "TIME", "2026-11-09T13:20", note=LIVE),
            T("Morgen", "TIME", "2026-11-09TMO"),
            T("mehr als drei Jahrzehnten", "DURATION", "P30Y", mod="MORE_THAN"),
            T("11.00 Uhr", "TIME", "2026-11-09T11:00", note=LIVE),
            T("Dienstagvormittag", "TIME", "2026-11-10TMO"),
            T("9.30 Uhr", "TIME", "2026-11-09T09:30", note=LIVE),
            T("späten Sonntagabend", "TIME", "2026-11-08TEV"),
            T("der Nacht", "TIME", "2026-11-08TNI", note="night of 8 to 9 November"),
            T("7.15 Uhr", "TIME", "2026-11-09T07:15", note=LIVE),
            T("2012", "DATE", "2012"),
            T("Mittwochabend", "TIME", "2026-11-11TEV"),
        ],
        [
            E("Putin orders preparations for a nuclear test on Novaya Zemlya within ten days", "MOBILIZE",
              ["Vladimir Putin", "Russia"], "2026-11-08TEV", "text", "occurred", "hat am Sonntagabend angeordnet"),
            E("Trump warns Putin against a nuclear test", "REQUEST", ["Donald Trump", "Vladimir Putin"],
              "2026-11-09TAF", "context", "occurred", "hat Putin vor einem Atomtest gewarnt",
              note="remarks on Monday afternoon, Washington time"),
            E("Trump to phone Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "sehr bald"),
            E("Peskov rejects Western criticism of the test order", "REJECT", ["Dmitry Peskov"], "2026-11-09",
              "published", "occurred", "westliche Kritik an der Testanordnung"),
            E("Peskov: a test would be a mirror response to US plans", "THREATEN", ["Dmitry Peskov", "United States"],
              "2026-11-09", "published", "occurred", "spiegelbildliche Antwort"),
            E("Britain summons the Russian ambassador", "ACCUSE", ["United Kingdom", "Russia"], "2026-11-09",
              "published", "occurred", "einbestellt"),
            E("Cooper demands that Moscow revoke the order immediately", "REQUEST", ["United Kingdom", "Russia"],
              "2026-11-09", "published", "occurred", "umgehend zurücknehmen"),
            E("Kallas condemns the announcement as a dangerous and irresponsible escalation", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2026-11-09", "published", "occurred", "verantwortungslose Eskalation"),
            E("EU foreign ministers to discuss a response, including sanctions, in a video conference", "CONSULT",
              ["European Union"], "2026-11-11TAF", "text", "planned", "Mittwochnachmittag"),
            E("China calls on Moscow and Washington to show restraint", "REQUEST", ["China", "Russia", "United States"],
              "2026-11-09", "published", "occurred", "China hat Moskau und Washington"),
            E("Merz calls on Putin to stop the test preparations immediately", "REQUEST",
              ["Friedrich Merz", "Vladimir Putin"], "2026-11-09", "published", "occurred",
              "die Testvorbereitungen sofort zu stoppen"),
            E("Merz phones Macron and Starmer", "CONSULT", ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer"],
              "2026-11-09TMO", "text", "occurred", "Er habe am Morgen"),
            E("Rutte calls on the allies to stand together", "REQUEST", ["Mark Rutte", "NATO"], "2026-11-09",
              "published", "occurred", "zur Geschlossenheit aufgerufen"),
            E("North Atlantic Council to meet in Brussels", "CONSULT", ["NATO"], "2026-11-10TMO", "text", "planned",
              "Der Nordatlantikrat tritt"),
            E("Zelensky calls Putin's order nuclear blackmail", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-11-08TEV", "text", "occurred", "als „nukleare Erpressung“ bezeichnet"),
            E("Zelensky asks the partners for more air defence", "REQUEST", ["Volodymyr Zelensky"], "2026-11-08TEV",
              "context", "occurred", "bat die Partner um zusätzliche Flugabwehr"),
            E("Russian attack on Odesa, two injured", "ASSAULT", ["Russia", "Ukraine"], "2026-11-08TNI", "text",
              "occurred", "In der Nacht griff Russland"),
        ],
        [
            S("Donald Trump", "Putin should not do it, and he thinks he will not", "2026-11-09TAF", "text",
              "Er sollte das nicht tun"),
            S("Donald Trump", "He will phone Putin very soon", "2026-11-09TAF", "context", "sehr bald"),
            S("Dmitry Peskov", "Rejects Western criticism of the test order", "2026-11-09", "published",
              "westliche Kritik an der Testanordnung"),
            S("Dmitry Peskov", "A test would be a mirror response to US plans", "2026-11-09", "published",
              "spiegelbildliche Antwort"),
            S("Dmitry Peskov", "The ball is in Washington's court", "2026-11-09", "published", "im Feld Washingtons"),
            S("United Kingdom", "Foreign Secretary Cooper: Moscow must revoke the order immediately", "2026-11-09",
              "published", "umgehend zurücknehmen"),
            S("Kaja Kallas", "The announcement is a dangerous and irresponsible escalation", "2026-11-09", "published",
              "verantwortungslose Eskalation"),
            S("China", "Beijing opposes nuclear tests and hopes both sides settle their differences in dialogue",
              "2026-11-09", "published", "Peking lehne Atomtests ab"),
            S("Friedrich Merz", "Putin must stop the test preparations immediately", "2026-11-09", "published",
              "die Testvorbereitungen sofort zu stoppen"),
            S("Friedrich Merz", "Spoke with Macron and Starmer in the morning; they are fully agreed", "2026-11-09",
              "published", "Er habe am Morgen"),
            S("Friedrich Merz", "A Russian test would cross a red line that has held for more than three decades",
              "2026-11-09", "published", "eine rote Linie"),
            S("Mark Rutte", "Calls on the allies to stand together", "2026-11-09", "published",
              "zur Geschlossenheit aufgerufen"),
            S("Mark Rutte", "We will not be intimidated", "2026-11-09", "published", "Wir lassen uns nicht"),
            S("Volodymyr Zelensky", "The test order is nuclear blackmail", "2026-11-08TEV", "text",
              "als „nukleare Erpressung“ bezeichnet"),
            S("Volodymyr Zelensky", "Putin wants to intimidate the world into pressing Kyiv; asks for more air "
              "defence", "2026-11-08TEV", "context", "bat die Partner um zusätzliche Flugabwehr"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "Donald Trump", "United States", "Dmitry Peskov", "United Kingdom",
         "Kaja Kallas", "European Union", "China", "Friedrich Merz", "Germany", "Emmanuel Macron", "France",
         "Keir Starmer", "Mark Rutte", "NATO", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b75de03_liveticker_trump_putin_telefonat_2026_11", "2026-11-10", DE03,
        [
            T("22.10 Uhr", "TIME", "2026-11-10T22:10", note=LIVE),
            T("20.35 Uhr", "TIME", "2026-11-10T20:35", note=LIVE),
            T("Donnerstag", "DATE", "2026-11-12"),
            T("18.50 Uhr", "TIME", "2026-11-10T18:50", note=LIVE),
            T("Nachmittag", "TIME", "2026-11-10TAF"),
            T("fast zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("16.20 Uhr", "TIME", "2026-11-10T16:20", note=LIVE),
            T("13.45 Uhr", "TIME", "2026-11-10T13:45", note=LIVE),
            T("11.30 Uhr", "TIME", "2026-11-10T11:30", note=LIVE),
            T("12.", "DATE", "2026-11-12"),
            T("20. November", "DATE", "2026-11-20"),
            T("9.05 Uhr", "TIME", "2026-11-10T09:05", note=LIVE),
            T("der Nacht", "TIME", "2026-11-09TNI", note="night of 9 to 10 November"),
            T("7.40 Uhr", "TIME", "2026-11-10T07:40", note=LIVE),
            T("Mittwochabend", "TIME", "2026-11-11TEV"),
        ],
        [
            E("Trump briefs Zelensky on the call with Putin", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2026-11-10", "published", "occurred", "über das Gespräch unterrichtet"),
            E("Zelensky thanks Trump for his clear stance", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2026-11-10", "published", "occurred", "klare Haltung"),
            E("Zelensky insists that nothing about Ukraine be decided without Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2026-11-10", "published", "occurred", "klare Haltung"),
            E("Trump and Putin agree that Lavrov and Rubio meet in Istanbul", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2026-11-10TAF", "context", "occurred", "Beide Präsidenten hätten vereinbart"),
            E("Lavrov–Rubio meeting in Istanbul", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2026-11-12", "text",
              "planned", "Beide Präsidenten hätten vereinbart"),
            E("Putin gives no pledge to forgo the test", "REJECT", ["Vladimir Putin", "Donald Trump"], "2026-11-10TAF",
              "context", "occurred", "Eine Zusage, auf den Test zu verzichten"),
            E("Trump–Putin phone call of almost two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-11-10TAF", "text", "occurred", "haben am Nachmittag fast zwei Stunden"),
            E("Erdoğan offers Istanbul as venue for US–Russian talks", "REQUEST",
              ["Recep Tayyip Erdoğan", "United States", "Russia"], "2026-11-10", "published", "occurred",
              "Istanbul als Ort"),
            E("North Atlantic Council meets on the test order", "CONSULT", ["NATO"], "2026-11-10", "published",
              "occurred", "nach Beratungen im Nordatlantikrat"),
            E("NATO ambassadors call on Russia to revoke the test order", "REQUEST", ["NATO", "Russia"], "2026-11-10",
              "published", "occurred", "nach Beratungen im Nordatlantikrat"),
            E("Russian test preparations on Novaya Zemlya shown in defence ministry images", "MOBILIZE", ["Russia"],
              "2026-11-10", "published", "occurred", "Bilder von Vorbereitungen"),
            E("Northern Fleet closes the waters around the test site to shipping", "MOBILIZE", ["Russia"],
              "2026-11-12", "text", "planned", "Sperrzone", note="closure from 12 to 20 November 2026"),
            E("Russian drone attack on Ukraine, substation hit in Kharkiv", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-09TNI", "text", "occurred", "in der Nacht erneut mit Drohnen"),
        ],
        [
            S("Volodymyr Zelensky", "Thanked Trump for his clear stance; nothing about Ukraine without Ukraine",
              "2026-11-10", "published", "klare Haltung"),
            S("Kremlin", "Confirms the phone call", "2026-11-10", "published", "Der Kreml hat das Telefonat"),
            S("Vladimir Putin, via Yuri Ushakov", "Putin explained the 'logic' of the Russian decision to Trump",
              "2026-11-10TAF", "context", "Logik"),
            S("Yuri Ushakov", "Both presidents agreed that Lavrov and Rubio meet in Istanbul on Thursday", "2026-11-10",
              "published", "Beide Präsidenten hätten vereinbart"),
            S("Yuri Ushakov", "Putin gave no pledge to forgo the test", "2026-11-10", "published",
              "Eine Zusage, auf den Test zu verzichten"),
            S("Donald Trump", "The call was very good and very productive", "2026-11-10", "context",
              "sehr gut und sehr produktiv"),
            S("Donald Trump", "Putin will not do anything rash", "2026-11-10", "context", "nichts Unüberlegtes"),
            S("Recep Tayyip Erdoğan", "Turkey is ready to support any effort for peace", "2026-11-10", "published",
              "jede Anstrengung für den Frieden"),
            S("NATO", "North Atlantic Council calls on Russia to revoke the test order", "2026-11-10", "published",
              "nach Beratungen im Nordatlantikrat"),
            S("Mark Rutte", "A test would be a heavy blow to the international security architecture", "2026-11-10",
              "context", "schwerer Schlag"),
            S("Mark Rutte", "NATO will watch Russian activities in the Arctic closely", "2026-11-10", "context",
              "genau beobachten"),
            S("Russia", "Northern Fleet: shipping closure around the test site from 12 to 20 November", "2026-11-10",
              "published", "Sperrzone"),
            S("Ukraine", "Air force: 87 of 104 drones shot down, substation hit in Kharkiv", "2026-11-10", "published",
              "87 von 104"),
        ],
        ["Donald Trump", "United States", "Volodymyr Zelensky", "Ukraine", "Kremlin", "Vladimir Putin",
         "Yuri Ushakov", "Sergey Lavrov", "Marco Rubio", "Recep Tayyip Erdoğan", "Turkey", "NATO", "Mark Rutte",
         "Russia"],
    ),
    doc(
        "b75de04_liveticker_sicherheitsrat_xi_putin_2026_11", "2026-11-11", DE04,
        [
            T("22.05 Uhr", "TIME", "2026-11-11T22:05", note=LIVE),
            T("20.30 Uhr", "TIME", "2026-11-11T20:30", note=LIVE),
            T("weniger Tage", "DURATION", "PXD"),
            T("18.15 Uhr", "TIME", "2026-11-11T18:15", note=LIVE),
            T("wöchentlichen", "SET", "P1W"),
            T("Donnerstag", "DATE", "2026-11-12"),
            T("16.00 Uhr", "TIME", "2026-11-11T16:00", note=LIVE),
            T("Mittwoch", "DATE", "2026-11-11"),
            T("14.20 Uhr", "TIME", "2026-11-11T14:20", note=LIVE),
            T("heuer", "DATE", "2026"),
            T("11.45 Uhr", "TIME", "2026-11-11T11:45", note=LIVE),
            T("die kommende Woche", "DATE", "2026-W47"),
            T("9.10 Uhr", "TIME", "2026-11-11T09:10", note=LIVE),
            T("der Nacht auf Mittwoch", "TIME", "2026-11-10TNI", note="night of 10 to 11 November"),
        ],
        [
            E("UN Security Council emergency session on the Russian test announcement", "CONSULT", ["United Nations"],
              "2026-11-11", "published", "occurred", "Dringlichkeitssitzung"),
            E("France and Britain request the Security Council session", "REQUEST",
              ["France", "United Kingdom", "United Nations"], "2026-11-11", "published", "occurred",
              "Beantragt hatten sie"),
            E("Guterres warns that a nuclear test would be a grave mistake", "REQUEST", ["António Guterres", "Russia"],
              "2026-11-11", "published", "occurred", "schweren Fehler"),
            E("EU foreign ministers' video conference", "CONSULT", ["European Union"], "2026-11-11", "published",
              "occurred", "in ihrer Videokonferenz"),
            E("EU foreign ministers agree in principle to prepare sanctions against Rosatom", "AGREE",
              ["European Union"], "2026-11-11", "published", "occurred", "in ihrer Videokonferenz"),
            E("EU sanctions against Rosatom", "SANCTION", ["European Union", "Russia"], "2026-11-11", "published",
              "planned", "in ihrer Videokonferenz", note="no date given; proposals expected within a few days"),
            E("Orbán announces a veto against sanctions on Rosatom", "REJECT", ["Viktor Orbán", "European Union"],
              "2026-11-11", "published", "occurred", "Veto"),
            E("Zakharova accuses the Europeans of hysteria", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2026-11-11", "published", "occurred", "Hysterie"),
            E("Zakharova: Washington began test preparations first", "ACCUSE", ["Maria Zakharova", "United States"],
              "2026-11-11", "published", "occurred", "als Erster"),
            E("Lavrov and Rubio to meet in Istanbul", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2026-11-12", "text",
              "planned", "Sie bestätigte"),
            E("Xi–Putin phone call", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2026-11-11", "text", "occurred",
              "hat am Mittwoch mit Kremlchef"),
            E("Xi: China opposes nuclear tests by any side", "REQUEST", ["Xi Jinping", "Vladimir Putin"], "2026-11-11",
              "context", "occurred", "Laut der chinesischen Darstellung"),
            E("Zelensky accuses Moscow of trying to sabotage the Abu Dhabi talks with the nuclear threat", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-11-11", "published", "occurred", "sabotieren"),
            E("Ukraine–Russia–US negotiations in Abu Dhabi", "CONSULT", ["Ukraine", "Russia", "United States"],
              "2026-W47", "text", "planned", "sabotieren"),
            E("Zelensky demands new sanctions against the Russian nuclear sector", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-11-11", "published", "occurred", "Er forderte neue Sanktionen"),
            E("Russian cruise-missile attack on Kyiv, three injured", "ASSAULT", ["Russia", "Ukraine"], "2026-11-10TNI",
              "text", "occurred", "In der Nacht auf Mittwoch"),
        ],
        [
            S("António Guterres", "A nuclear test would be a grave mistake that opens Pandora's box", "2026-11-11",
              "published", "schweren Fehler"),
            S("Kaja Kallas", "The Commission should present proposals within a few days", "2026-11-11", "published",
              "innerhalb weniger Tage"),
            S("Viktor Orbán", "Announces a veto because Rosatom is building Paks II", "2026-11-11", "published",
              "Veto"),
            S("Maria Zakharova", "Accuses the Europeans of hysteria", "2026-11-11", "published", "Hysterie"),
            S("Maria Zakharova", "Washington, not Moscow, began test preparations first", "2026-11-11", "published",
              "als Erster"),
            S("Maria Zakharova", "Lavrov and Rubio will meet in Istanbul on Thursday", "2026-11-11", "published",
              "Sie bestätigte"),
            S("Xi Jinping, via China", "A nuclear war cannot be won and must never be fought; China opposes nuclear "
              "tests by any side", "2026-11-11", "context", "Laut der chinesischen Darstellung"),
            S("Vladimir Putin, via Kremlin", "Putin explained the reasons for the decision to Xi", "2026-11-11",
              "context", "Der Kreml teilte lediglich mit"),
            S("Volodymyr Zelensky", "Moscow wants to sabotage next week's Abu Dhabi negotiations with its nuclear "
              "threat", "2026-11-11", "published", "sabotieren"),
            S("Volodymyr Zelensky", "Ukraine will not be blackmailed", "2026-11-11", "published",
              "nicht erpressen lassen"),
            S("Volodymyr Zelensky", "Demands new sanctions against the Russian nuclear sector", "2026-11-11",
              "published", "Er forderte neue Sanktionen"),
            S("Ukraine", "Russia attacked Kyiv with cruise missiles overnight", "2026-11-11", "published",
              "In der Nacht auf Mittwoch"),
            S("Ukraine", "Mayor Klitschko: three people injured in Darnytsia", "2026-11-11", "published",
              "Klitschko"),
        ],
        ["United Nations", "France", "United Kingdom", "António Guterres", "European Union", "Kaja Kallas", "Russia",
         "Viktor Orbán", "Maria Zakharova", "United States", "Sergey Lavrov", "Marco Rubio", "Xi Jinping", "China",
         "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b75de05_liveticker_istanbul_rubio_lawrow_2026_11", "2026-11-12", DE05,
        [
            T("21.40 Uhr", "TIME", "2026-11-12T21:40", note=LIVE),
            T("19.55 Uhr", "TIME", "2026-11-12T19:55", note=LIVE),
            T("Abend", "TIME", "2026-11-12TEV"),
            T("18.30 Uhr", "TIME", "2026-11-12T18:30", note=LIVE),
            T("rund dreieinhalbstündigen", "DURATION", "PT3H30M", mod="APPROX"),
            T("Anfang Dezember", "DATE", "2026-12", mod="START"),
            T("absehbarer Zeit", "DATE", "FUTURE_REF"),
            T("16.10 Uhr", "TIME", "2026-11-12T16:10", note=LIVE),
            T("14.00 Uhr", "TIME", "2026-11-12T14:00", note=LIVE),
            T("12.20 Uhr", "TIME", "2026-11-12T12:20", note=LIVE),
            T("11.15 Uhr", "TIME", "2026-11-12T11:15", note=LIVE),
            T("10.30 Uhr", "TIME", "2026-11-12T10:30", note=LIVE),
            T("18. November", "DATE", "2026-11-18"),
            T("8.15 Uhr", "TIME", "2026-11-12T08:15", note=LIVE),
            T("der Nacht", "TIME", "2026-11-11TNI", note="night of 11 to 12 November"),
            T("7.00 Uhr", "TIME", "2026-11-12T07:00", note=LIVE),
            T("Heute", "DATE", "2026-11-12"),
        ],
        [
            E("Sybiha–Rubio phone call", "CONSULT", ["Andrii Sybiha", "Marco Rubio"], "2026-11-12", "published",
              "occurred", "hat nach eigenen Angaben mit Rubio telefoniert"),
            E("Lavrov to report to Putin in the evening", "CONSULT", ["Sergey Lavrov", "Vladimir Putin"],
              "2026-11-12TEV", "text", "planned", "Bericht erstatten"),
            E("Rubio–Lavrov talks at Dolmabahçe Palace", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-11-12",
              "published", "occurred", "rund dreieinhalbstündigen"),
            E("Rubio and Lavrov agree on negotiations on strategic stability", "AGREE", ["Marco Rubio", "Sergey Lavrov"],
              "2026-11-12", "published", "occurred", "rund dreieinhalbstündigen"),
            E("US and Russian delegations to meet in Geneva", "CONSULT", ["United States", "Russia"], "2026-12", "text",
              "planned", "Anfang Dezember in Genf", date_mod="START"),
            E("Rubio assures Lavrov in writing that the US plans no explosive nuclear test", "AGREE",
              ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "published", "occurred", "keinen explosiven Atomtest"),
            E("Swiss Federal Council offers Geneva as venue for US–Russian negotiations", "REQUEST",
              ["United States", "Russia"], "2026-11-12", "published", "occurred", "Der Bundesrat hat Genf"),
            E("Modi phones Putin", "CONSULT", ["Vladimir Putin"], "2026-11-12", "published", "occurred",
              "Narendra Modi"),
            E("Modi calls on Putin to show restraint", "REQUEST", ["Vladimir Putin"], "2026-11-12", "published",
              "occurred", "Narendra Modi"),
            E("Erdoğan receives Rubio before the talks", "CONSULT", ["Recep Tayyip Erdoğan", "Marco Rubio"],
              "2026-11-12", "published", "occurred", "getrennten Unterredungen"),
            E("Erdoğan receives Lavrov before the talks", "CONSULT", ["Recep Tayyip Erdoğan", "Sergey Lavrov"],
              "2026-11-12", "published", "occurred", "getrennten Unterredungen"),
            E("Fidan urges both sides to choose the path of reason", "REQUEST", ["Hakan Fidan", "United States", "Russia"],
              "2026-11-12", "published", "occurred", "den Weg der Vernunft"),
            E("Zelensky–Erdoğan phone call", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2026-11-12",
              "published", "occurred", "hat mit Erdoğan telefoniert"),
            E("Zelensky asks Erdoğan to raise the release of Ukrainian civilians in Istanbul", "REQUEST",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2026-11-12", "published", "occurred",
              "Freilassung ukrainischer Zivilisten"),
            E("Russian test preparations continue as planned", "MOBILIZE", ["Russia"], "2026-11-12", "published",
              "occurred", "planmässig"),
            E("Russian missile attack on Dnipro, four killed", "ASSAULT", ["Russia", "Ukraine"], "2026-11-11TNI", "text",
              "occurred", "Raketenangriff auf Dnipro"),
        ],
        [
            S("Andrii Sybiha", "Spoke with Rubio by phone", "2026-11-12", "published",
              "hat nach eigenen Angaben mit Rubio telefoniert"),
            S("Marco Rubio, via Andrii Sybiha", "No decisions about Ukraine were taken in Istanbul", "2026-11-12",
              "published", "keine Entscheidungen über die Ukraine"),
            S("Sergey Lavrov", "There are positive signals", "2026-11-12", "context", "positiven Signalen"),
            S("Sergey Lavrov", "Will report to Putin in the evening", "2026-11-12", "context", "Bericht erstatten"),
            S("Sergey Lavrov", "The test question will be decided in Moscow, not in Istanbul", "2026-11-12", "context",
              "in Moskau entschieden"),
            S("Marco Rubio", "The delegations will meet in Geneva in early December", "2026-11-12", "context",
              "Anfang Dezember in Genf"),
            S("Marco Rubio", "The US plans no explosive nuclear test in the foreseeable future; handed Lavrov a "
              "written assurance", "2026-11-12", "context", "keinen explosiven Atomtest"),
            S("Hakan Fidan", "Both sides should choose the path of reason", "2026-11-12", "published",
              "den Weg der Vernunft"),
            S("Volodymyr Zelensky", "Asked Erdoğan to raise the release of Ukrainian civilians in Istanbul",
              "2026-11-12", "published", "Freilassung ukrainischer Zivilisten"),
            S("Dmitry Peskov", "Dampens expectations of a breakthrough", "2026-11-12", "published",
              "Erwartungen an einen Durchbruch"),
            S("Dmitry Peskov", "Test preparations continue as planned", "2026-11-12", "published", "planmässig"),
            S("Dmitry Peskov", "Putin has not extended his deadline; it expires on 18 November", "2026-11-12",
              "published", "Frist nicht verlängert"),
            S("Ukraine", "Authorities: four killed in a missile attack on Dnipro", "2026-11-12", "published",
              "Raketenangriff auf Dnipro"),
        ],
        ["Andrii Sybiha", "Ukraine", "Marco Rubio", "United States", "Sergey Lavrov", "Russia", "Vladimir Putin",
         "Recep Tayyip Erdoğan", "Turkey", "Hakan Fidan", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b75de06_liveticker_test_ausgesetzt_2026_11", "2026-11-13", DE06,
        [
            T("21.20 Uhr", "TIME", "2026-11-13T21:20", note=LIVE),
            T("abendlichen", "SET", "P1D"),
            T("kommenden Donnerstag", "DATE", "2026-11-19"),
            T("19.45 Uhr", "TIME", "2026-11-13T19:45", note=LIVE),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("17.30 Uhr", "TIME", "2026-11-13T17:30", note=LIVE),
            T("eine Woche", "DURATION", "P1W"),
            T("15.10 Uhr", "TIME", "2026-11-13T15:10", note=LIVE),
            T("Montag", "DATE", "2026-11-16"),
            T("13.00 Uhr", "TIME", "2026-11-13T13:00", note=LIVE),
            T("19. November", "DATE", "2026-11-19"),
            T("12.15 Uhr", "TIME", "2026-11-13T12:15", note=LIVE),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("11.40 Uhr", "TIME", "2026-11-13T11:40", note=LIVE),
            T("Donnerstagabend", "TIME", "2026-11-12TEV"),
            T("18. November", "DATE", "2026-11-18"),
            T("9.20 Uhr", "TIME", "2026-11-13T09:20", note=LIVE),
            T("der Nacht zum Freitag", "TIME", "2026-11-12TNI", note="night of 12 to 13 November"),
            T("7.05 Uhr", "TIME", "2026-11-13T07:05", note=LIVE),
            T("Samstag", "DATE", "2026-11-14"),
            T("Mittwochabend", "TIME", "2026-11-11TEV"),
        ],
        [
            E("Zelensky cautiously welcomes the Kremlin's decision", "SUPPORT", ["Volodymyr Zelensky", "Kremlin"],
              "2026-11-13", "published", "occurred", "vorsichtig begrüßt"),
            E("Zelensky: Putin used the nuclear threat to put pressure on the West before Abu Dhabi", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-11-13", "published", "occurred", "vor allem versucht"),
            E("Zelensky demands that the Abu Dhabi talks deal with a ceasefire and nothing else", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-11-13", "published", "occurred", "um nichts anderes"),
            E("Trump–Putin meeting before the end of the year possible", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026", "text", "uncertain", "Ein Treffen mit Putin", date_mod="END"),
            E("Merz: Putin held the world in suspense for a week to extort concessions", "ACCUSE",
              ["Friedrich Merz", "Vladimir Putin"], "2026-11-13", "published", "occurred", "in Atem gehalten"),
            E("Merz: preparation of sanctions against Rosatom must continue", "REQUEST",
              ["Friedrich Merz", "European Union"], "2026-11-13", "published", "occurred", "müsse weitergehen"),
            E("Commission to present its proposal for sanctions against Rosatom", "SANCTION",
              ["European Union", "Russia"], "2026-11-16", "text", "planned", "Die Kommission will ihren Vorschlag"),
            E("Russia–Ukraine–US negotiating round in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-11-19", "text", "planned", "wie geplant am 19. November"),
            E("Starmer welcomes the step as a retreat from the brink", "SUPPORT", ["Keir Starmer", "Kremlin"],
              "2026-11-13", "published", "occurred", "Rückzug vom Abgrund"),
            E("Starmer: Moscow must now engage seriously on a ceasefire", "REQUEST", ["Keir Starmer", "Russia"],
              "2026-11-13", "published", "occurred", "ernsthaft auf eine Waffenruhe"),
            E("The Kremlin suspends the preparations for a nuclear test on Novaya Zemlya", "CONCEDE",
              ["Kremlin", "Vladimir Putin"], "2026-11-13", "published", "occurred", "vorerst ausgesetzt"),
            E("Lavrov reports to Putin on the Istanbul talks", "CONSULT", ["Sergey Lavrov", "Vladimir Putin"],
              "2026-11-12TEV", "text", "occurred", "nach Lawrows Bericht"),
            E("Russia will not test as long as the US does not", "AGREE", ["Russia", "United States"], "2026-11-13",
              "published", "occurred", "solange die USA keinen Test"),
            E("Russia's condition: no US test", "REQUEST", ["Russia", "United States"], "2026-11-13", "published",
              "occurred", "solange die USA keinen Test"),
            E("Russian drone attack on energy infrastructure in Poltava region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-12TNI", "text", "occurred", "In der Nacht zum Freitag"),
        ],
        [
            S("Volodymyr Zelensky", "Cautiously welcomes the Kremlin's decision", "2026-11-13", "published",
              "vorsichtig begrüßt"),
            S("Volodymyr Zelensky", "Putin used the nuclear threat to put pressure on the West before the Abu Dhabi "
              "talks", "2026-11-13", "published", "vor allem versucht"),
            S("Volodymyr Zelensky", "Ukraine expects next Thursday's talks to be about a ceasefire and nothing else",
              "2026-11-13", "published", "um nichts anderes"),
            S("Donald Trump", "I told you he would not do it", "2026-11-13", "published", "Ich habe Ihnen gesagt"),
            S("Donald Trump", "A meeting with Putin before the end of the year is possible", "2026-11-13", "published",
              "Ein Treffen mit Putin"),
            S("Friedrich Merz", "Relieved, but warns against a premature all-clear", "2026-11-13", "published",
              "erleichtert gezeigt"),
            S("Friedrich Merz", "Putin held the world in suspense for a week to extort concessions", "2026-11-13",
              "published", "in Atem gehalten"),
            S("Friedrich Merz", "The preparation of sanctions against Rosatom must continue", "2026-11-13",
              "published", "müsse weitergehen"),
            S("Kaja Kallas", "The EU will stick to the planned sanctions against Rosatom", "2026-11-13", "published",
              "festhalten"),
            S("Yuri Ushakov", "The Abu Dhabi round will take place as planned on 19 November", "2026-11-13",
              "published", "wie geplant am 19. November"),
            S("Yuri Ushakov", "Medinsky again leads the Russian delegation", "2026-11-13", "published",
              "Wladimir Medinski"),
            S("Keir Starmer", "Welcomes the step as a retreat from the brink", "2026-11-13", "published",
              "Rückzug vom Abgrund"),
            S("Keir Starmer", "Moscow must now engage seriously on a ceasefire in Ukraine", "2026-11-13", "published",
              "ernsthaft auf eine Waffenruhe"),
            S("Dmitry Peskov", "Putin took the decision after Lavrov's report on the Istanbul talks", "2026-11-13",
              "published", "nach Lawrows Bericht"),
            S("Dmitry Peskov", "Russia will not test as long as the US does not", "2026-11-13", "published",
              "solange die USA keinen Test"),
            S("Dmitry Peskov", "The deadline of 18 November is therefore void", "2026-11-13", "published",
              "gegenstandslos"),
            S("Ukraine", "Naftogaz: a gas compressor station was damaged", "2026-11-13", "published", "Naftogaz"),
        ],
        ["Volodymyr Zelensky", "Kremlin", "Vladimir Putin", "Donald Trump", "United States", "Friedrich Merz",
         "Germany", "Kaja Kallas", "European Union", "Yuri Ushakov", "Ukraine", "Vladimir Medinsky", "Keir Starmer",
         "United Kingdom", "Russia", "Dmitry Peskov", "Sergey Lavrov"],
    ),
]
