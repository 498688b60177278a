"""German articles of the blind69 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b69de01 (Hildesheimer Allgemeine Zeitung)
DE01 = """
Jermak und Umjerow werben in New York für Sicherheitsgarantien – Moskau winkt ab

New York/Hildesheim. Die Ukraine sucht vor der UN-Generaldebatte verbindliche Zusagen der USA für die Zeit nach einem Waffenstillstand.
Der Leiter des ukrainischen Präsidialamts, Andrij Jermak, und Sicherheitsratssekretär Rustem Umjerow trafen am Dienstagabend in Manhattan den US-Sondergesandten Steve Witkoff; auch der Ukraine-Beauftragte Keith Kellogg nahm an dem knapp dreistündigen Gespräch teil.
Jermak sprach anschließend von einem „konstruktiven Austausch“.
Man habe den Amerikanern einen Zwölf-Punkte-Entwurf übergeben, der gemeinsame Garantien der USA und der Europäer für den Fall eines erneuten Angriffs vorsehe, schrieb er auf Telegram.
Umjerow hatte Witkoff bereits Ende August in New York getroffen.

Der Kreml reagierte am Mittwoch ablehnend.
Garantien, die auf eine Stationierung westlicher Truppen in der Ukraine hinausliefen, seien für Russland „absolut inakzeptabel“, sagte Kremlsprecher Dmitri Peskow.
Präsident Wladimir Putin habe seine Bedingungen für ein Ende der Kämpfe oft genug dargelegt.
Der Sondergesandte für Investitionen, Kirill Dmitrijew, warf Kiew auf X vor, die Gespräche mit Washington „mit Forderungen nach Soldaten zu vergiften“.

US-Präsident Donald Trump will Präsident Wolodymyr Selenskyj am kommenden Dienstag am Rande der Generaldebatte treffen, wie das Weiße Haus bestätigte.
Trump hatte vergangene Woche gesagt, ihm gehe mit Putin „langsam die Geduld aus“, und neue Sanktionen gegen russische Banken nicht ausgeschlossen.
Kellogg warf Moskau am Mittwoch im Sender Fox News vor, „auf Zeit zu spielen“, während die Ukraine zu einer Waffenruhe entlang der Frontlinie bereit sei.
Selenskyj verlangte in seiner Videoansprache am Mittwochabend „klare Antworten“ darauf, wer sein Land nach einem Waffenstillstand schütze.

Bundeskanzler Friedrich Merz sicherte Selenskyj am Mittwoch in einem Telefonat zu, Deutschland werde sich an solchen Garantien „substanziell beteiligen“.
Die EU-Kommission will in den kommenden Tagen ihr 19. Sanktionspaket vorlegen, das unter anderem ein früheres Einfuhrverbot für russisches Flüssiggas vorsieht.
In der Nacht zum Donnerstag griff Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit mehr als 90 Drohnen an; in Dnipro wurden zwei Menschen verletzt.

Auch in Hildesheim wird die Diplomatie aufmerksam verfolgt.
Der Verein „Hildesheim hilft Charkiw“ schickte am Mittwoch seinen 40. Hilfstransport auf den Weg; seit Februar 2022 kamen nach Vereinsangaben mehr als 600 Tonnen Hilfsgüter zusammen.
"""

# ---------------------------------------------------------------- b69de02 (Dewezet, Hameln: newsblog)
DE02 = """
Ukraine-Krieg im Newsblog: Umjerow verhandelt in Washington – Witkoff am Samstag in Moskau erwartet

19.30 Uhr: Der Sekretär des ukrainischen Sicherheitsrats, Rustem Umjerow, hat in Washington mit dem US-Sondergesandten Steve Witkoff und Trumps Schwiegersohn Jared Kushner über den überarbeiteten Friedensplan gesprochen.
Das Treffen im Außenministerium habe gut vier Stunden gedauert, teilte Umjerow auf Telegram mit.
Man habe sich auf einen „Fahrplan für die nächsten Schritte“ verständigt, Einzelheiten nannte er nicht.

17.50 Uhr: Witkoff wird am Samstag in Moskau erwartet, wo ihn Kremlchef Wladimir Putin „aller Voraussicht nach“ empfangen werde, sagte Putins außenpolitischer Berater Juri Uschakow der Agentur Interfax.
Kremlsprecher Dmitri Peskow dämpfte zugleich die Erwartungen: Die von Kiew eingebrachten Änderungen seien „für uns nicht akzeptabel“.

16.20 Uhr: Bundeskanzler Friedrich Merz hat am Nachmittag mit dem ukrainischen Präsidenten Wolodymyr Selenskyj telefoniert.
Beide seien sich einig, dass eine Waffenruhe „am Anfang und nicht am Ende“ eines Abkommens stehen müsse, teilte Regierungssprecher Stefan Kornelius mit.
Merz sagte der Ukraine zudem weitere 500 Millionen Euro für die Luftverteidigung zu.

14.05 Uhr: Der russische Sondergesandte Kirill Dmitrijew hat den Europäern vorgeworfen, die Gespräche in Washington zu „sabotieren“.
Brüssel versuche, mit „unrealistischen Forderungen“ einen Erfolg zu verhindern, schrieb Dmitrijew auf X.

12.40 Uhr: Die EU-Außenbeauftragte Kaja Kallas hat vor einem Treffen der EU-Verteidigungsminister in Brüssel verlangt, die Europäer an den Verhandlungen zu beteiligen.
„Ein Abkommen über Europas Sicherheit ohne Europa wird es nicht geben“, sagte Kallas.

10.15 Uhr: Russland und die Ukraine haben unter Vermittlung der Vereinigten Arabischen Emirate je 180 Kriegsgefangene ausgetauscht.
Das bestätigten das Verteidigungsministerium in Moskau und Selenskyj.

8.30 Uhr: US-Präsident Donald Trump hat am Dienstagabend auf Truth Social geschrieben, man sei einem Deal „sehr nahe“, Putin müsse aber „endlich liefern“.

7.45 Uhr: Russland hat die Ukraine in der Nacht zum Mittwoch mit mehr als 300 Drohnen und 20 Raketen angegriffen.
In Odessa wurden nach Angaben der Militärverwaltung drei Menschen getötet, in Dnipro brannte ein Umspannwerk.
Selenskyj sprach von einer „Antwort Moskaus auf jede diplomatische Initiative“.
Auch Hameln ist betroffen: In der Stadt leben derzeit rund 900 Geflüchtete aus der Ukraine, viele von ihnen stammen aus der Region Odessa.
"""

# ---------------------------------------------------------------- b69de03 (Deutschlandfunk Kultur, interview)
DE03 = """
Außenminister Sybiha im Interview: „Putin stellt uns ein Ultimatum“

Der ukrainische Außenminister Andrij Sybiha ist zu zweitägigen Gesprächen in Berlin.
Am Montag traf er Bundesaußenminister Johann Wadephul, am Nachmittag wird er im Kanzleramt von Friedrich Merz empfangen.
Vor diesem Termin sprach er am Dienstagmorgen mit Deutschlandfunk Kultur über den Stand der Verhandlungen mit den USA und Russland.

Deutschlandfunk Kultur: Herr Minister, der US-Sondergesandte Steve Witkoff war am Wochenende erneut bei Kremlchef Wladimir Putin.
Was wissen Sie über dieses Treffen?

Andrij Sybiha: Witkoff hat mich am Sonntagabend angerufen und ausführlich unterrichtet.
Putin verlangt weiterhin, dass wir uns aus dem gesamten Donbass zurückziehen, bevor über eine Waffenruhe überhaupt gesprochen wird.
Das ist keine Verhandlungsposition, das ist ein Ultimatum.

Deutschlandfunk Kultur: Ist der 20-Punkte-Plan damit gescheitert?

Andrij Sybiha: Nein.
Über 17 der 20 Punkte sind wir uns mit den Amerikanern inzwischen einig, offen sind vor allem die Gebietsfrage und das Kernkraftwerk Saporischschja.
Genau diese Fragen soll die nächste Dreierrunde mit Amerikanern und Russen in Genf klären, in zwei Wochen.

Deutschlandfunk Kultur: Kremlsprecher Dmitri Peskow sagte am Montag, es gebe „keinen gemeinsamen Text“, nur amerikanische Ideen.

Andrij Sybiha: Herr Peskow kennt den Text sehr genau.
Kirill Dmitrijew hat ihn vor drei Wochen in Miami Zeile für Zeile mit Witkoff durchgesprochen.
Der Kreml führt die eigene Öffentlichkeit in die Irre, weil er Zeit gewinnen will.

Deutschlandfunk Kultur: Was erwarten Sie heute vom Bundeskanzler?

Andrij Sybiha: Ich werde Friedrich Merz um zwei weitere Patriot-Systeme bitten und um Klarheit darüber, was Deutschland zu einer Schutztruppe nach einem Waffenstillstand beiträgt.
Johann Wadephul hat mir gestern zugesagt, dass Berlin diese Frage in der Koalition der Willigen vorantreibt.

Deutschlandfunk Kultur: In der Nacht zum Dienstag wurden Kiew und Charkiw erneut mit Drohnen angegriffen.

Andrij Sybiha: Jede dieser Nächte zeigt, dass Russland keinen Frieden will, sondern Zeit.
Deshalb bitten wir Washington, den Druck zu erhöhen, mit Zöllen gegen die Käufer russischen Öls.

Deutschlandfunk Kultur: Die Europäer sitzen in Genf nicht mit am Tisch.
Ist das ein Problem?

Andrij Sybiha: Wir unterrichten unsere europäischen Partner nach jeder Runde.
Aber ein Abkommen, das über Europas Sicherheit entscheidet, ohne dass Europa zustimmt, wird nicht halten.
"""

# ---------------------------------------------------------------- b69de04 (Fuldaer Zeitung)
DE04 = """
Kellogg an der früheren Grenze: „Putin spielt auf Zeit“

Rasdorf/Berlin. Der US-Sondergesandte Keith Kellogg hat Russland vorgeworfen, die Friedensgespräche über die Ukraine bewusst zu verschleppen.
Kremlchef Wladimir Putin spiele „auf Zeit“, sagte der pensionierte Generalleutnant am Mittwochnachmittag bei einem Besuch der Gedenkstätte Point Alpha an der hessisch-thüringischen Grenze.
Putin müsse einer bedingungslosen Waffenruhe von 30 Tagen zustimmen, sonst drohten Russland „sehr ernste Sanktionen“, fügte er hinzu.

Am Dienstag war Kellogg in Berlin mit dem außenpolitischen Berater von Bundeskanzler Friedrich Merz, Günter Sautter, und mit Außenminister Johann Wadephul zusammengekommen.
Nach Angaben aus Regierungskreisen regte er dabei eine entmilitarisierte Zone entlang der Frontlinie an, die von europäischen Truppen überwacht werden könnte.
Wadephul sagte anschließend, Deutschland sei bereit, über „jede Form der Absicherung“ zu sprechen, Bodentruppen stünden aber derzeit nicht zur Debatte.

In der Gedenkstätte traf Kellogg auch Veteranen des 11. US-Panzeraufklärungsregiments, das bis 1994 in Fulda stationiert war.
„Hier wurde der Kalte Krieg mit Stärke beendet, nicht mit Schwäche“, sagte er.
Point Alpha zählt nach eigenen Angaben jährlich rund 100.000 Besucher.

Kremlsprecher Dmitri Peskow sagte am Donnerstagmorgen, Russland führe seine Gespräche mit Washington „über andere Kanäle“ und lasse sich von Ultimaten nicht unter Druck setzen.
Der russische Chefunterhändler Wladimir Medinski erklärte, Moskau sei zu einer dritten Verhandlungsrunde in Istanbul bereit, sobald Kiew die vereinbarten Austausche vollständig umgesetzt habe.
Bei der zweiten Runde am 2. Juni hatten beide Seiten die Rückgabe von je 6000 Gefallenen und den Austausch junger sowie schwer verletzter Gefangener vereinbart.

Präsident Wolodymyr Selenskyj dankte Kellogg am Mittwochabend in einem Telefonat für seine „klaren Worte“.
Präsidialamtschef Andrij Jermak kündigte an, in der kommenden Woche zu Gesprächen mit Kellogg und Außenminister Marco Rubio nach Washington zu reisen.
US-Präsident Donald Trump hatte vergangene Woche nach einem Telefonat mit Putin gesagt, der Kremlchef habe eine Antwort auf die ukrainischen Drohnenangriffe auf russische Militärflugplätze angekündigt.
"""

# ---------------------------------------------------------------- b69de05 (Siegener Zeitung)
DE05 = """
Trump setzt Putin nach Telefonat eine Frist – der Kreml widerspricht seiner Darstellung

Washington/Moskau. US-Präsident Donald Trump und Kremlchef Wladimir Putin haben am Montagabend mehr als zwei Stunden miteinander telefoniert.
Über das Ergebnis gingen die Darstellungen danach weit auseinander.
Trump schrieb auf Truth Social, Putin habe zugesagt, die Angriffe auf ukrainische Städte „für einige Zeit“ zu verringern, und einem Treffen der Unterhändler der USA, Russlands und der Ukraine Anfang August in Genf zugestimmt.
Zugleich setzte der Präsident Moskau eine Frist: Komme bis Ende August keine Waffenruhe zustande, würden Zölle gegen alle Länder verhängt, die russisches Öl kaufen.

Im Kreml klang das anders.
Putins außenpolitischer Berater Juri Uschakow sagte am Dienstagmorgen, von einer Verringerung der Angriffe sei in dem Gespräch „keine Rede“ gewesen.
Putin habe Trump vielmehr erläutert, dass eine Waffenruhe erst nach einem Abzug der ukrainischen Truppen aus den Gebieten Donezk und Luhansk in Frage komme.
Dem Treffen in Genf habe Moskau „grundsätzlich“ zugestimmt, Termin und Zusammensetzung seien aber noch offen.
Kremlsprecher Dmitri Peskow nannte die Frist „unproduktiv“: Mit der Sprache von Ultimaten komme man bei Russland „nicht weiter“.

Der ukrainische Präsident Wolodymyr Selenskyj wurde nach eigenen Angaben noch in der Nacht von Witkoff über das Gespräch unterrichtet.
Er begrüßte die Frist, verlangte aber eine Waffenruhe „zu Lande, zu Wasser und in der Luft“.
Bundeskanzler Friedrich Merz forderte am Dienstag, die Europäer müssten an den Genfer Gesprächen „direkt beteiligt“ werden.
Der britische Premier Keir Starmer und Frankreichs Präsident Emmanuel Macron telefonierten nach Angaben der Downing Street am Montagabend ebenfalls mit Trump.

In der Nacht zum Dienstag griff Russland nach ukrainischen Angaben dennoch erneut mit Drohnen an, unter anderem die Grenzstadt Sumy.
Dabei wurden zwei Menschen getötet.
Im Kreis Siegen-Wittgenstein, wo derzeit rund 4000 Geflüchtete aus der Ukraine leben, wird die Entwicklung mit gemischten Gefühlen verfolgt.
"""

# ---------------------------------------------------------------- b69de06 (Bote der Urschweiz)
DE06 = """
Diskrete Runde auf dem Bürgenstock: Unterhändler sprechen über den Wiederaufbau der Ukraine

Bürgenstock/Schwyz. Hoch über dem Vierwaldstättersee haben sich am Wochenende Unterhändler der Ukraine, Russlands und der USA zu vertraulichen Gesprächen über den wirtschaftlichen Teil eines Friedensabkommens getroffen.
Für Kiew verhandelte Sicherheitsratssekretär Rustem Umjerow, für Moskau der Sondergesandte Kirill Dmitrijew, die amerikanische Seite führte Steve Witkoff an.
Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestätigte das Treffen am Sonntagabend, nannte aber keine Einzelheiten.

Nach Informationen unserer Zeitung ging es vor allem um einen gemeinsamen Fonds für den Wiederaufbau, in den auch eingefrorene russische Staatsgelder fliessen könnten.
Dmitrijew schrieb am Sonntag auf X, die Gespräche seien «produktiv» gewesen.
Umjerow stellte dagegen klar, die Ukraine werde «keinem Dokument zustimmen, das die Besatzung belohnt».
Eine Einigung gab es nicht; die Gespräche sollen nach Angaben aus Delegationskreisen Mitte Dezember in Genf weitergehen.

Kremlsprecher Dmitri Peskow sagte am Montag, politische Fragen würden nicht auf dem Bürgenstock, sondern «zwischen den Präsidenten» entschieden.
Ein Treffen von Wladimir Putin mit Wolodymyr Selenskyj sei erst denkbar, wenn ein unterschriftsreifes Abkommen vorliege.
Selenskyj dankte der Schweiz in seiner Videoansprache am Sonntagabend für ihre «diskrete Gastgeberrolle».
Umjerow werde am Mittwoch in Washington Aussenminister Marco Rubio über die Ergebnisse unterrichten, kündigte er an.
US-Präsident Donald Trump sprach von «grossartigen Fortschritten» und drohte Moskau zugleich erneut mit Zöllen, falls bis Jahresende keine Waffenruhe zustande komme.

Für die Schweiz war es das erste Mal seit der Friedenskonferenz vom Juni 2024, dass der Bürgenstock zur Bühne der Ukraine-Diplomatie wurde.
Bundesrat Ignazio Cassis hatte im Oktober angeboten, weitere Runden der drei Delegationen in der Schweiz auszurichten.
Die Kantonspolizei Nidwalden sperrte die Zufahrt zum Resort über das Wochenende, unterstützt von Kräften aus Schwyz und Obwalden.
In der Nacht auf Sonntag griffen russische Drohnen nach ukrainischen Angaben erneut die Region Odessa an.
"""


LIVE = "live-blog time (CEST)"


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b69de01_jermak_umjerow_new_york_2025_09", "2025-09-18", DE01,
        [
            T("Dienstagabend", "TIME", "2025-09-16TEV"),
            T("knapp dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("Ende August", "DATE", "2025-08", mod="END"),
            T("Mittwoch", "DATE", "2025-09-17", 0),
            T("kommenden Dienstag", "DATE", "2025-09-23"),
            T("vergangene Woche", "DATE", "2025-W37"),
            T("Mittwoch", "DATE", "2025-09-17", 1),
            T("Mittwochabend", "TIME", "2025-09-17TEV"),
            T("Mittwoch", "DATE", "2025-09-17", 2),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("der Nacht zum Donnerstag", "TIME", "2025-09-17TNI", note="night of 17 to 18 September"),
            T("Mittwoch", "DATE", "2025-09-17", 3),
            T("Februar 2022", "DATE", "2022-02"),
        ],
        [
            E("Yermak and Umerov meet Witkoff and Kellogg in Manhattan", "CONSULT",
              ["Andriy Yermak", "Rustem Umerov", "Steve Witkoff", "Keith Kellogg"], "2025-09-16TEV", "text",
              "occurred", "trafen am Dienstagabend in Manhattan"),
            E("Ukraine hands the US envoys a twelve-point draft on security guarantees", "REQUEST",
              ["Andriy Yermak", "Steve Witkoff", "Keith Kellogg"], "2025-09-16TEV", "context", "occurred",
              "Zwölf-Punkte-Entwurf"),
            E("Umerov met Witkoff in New York", "CONSULT", ["Rustem Umerov", "Steve Witkoff"], "2025-08", "text",
              "occurred", "bereits Ende August", date_mod="END"),
            E("Peskov rejects guarantees involving Western troops as absolutely unacceptable", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2025-09-17", "context", "occurred", "absolut inakzeptabel"),
            E("Dmitriev accuses Kyiv of poisoning the talks with demands for soldiers", "ACCUSE",
              ["Kirill Dmitriev", "Ukraine"], "2025-09-18", "published", "occurred", "warf Kiew auf X vor"),
            E("Trump to meet Zelensky on the sidelines of the UN General Debate", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-09-23", "text", "planned", "am kommenden Dienstag"),
            E("Trump does not rule out new sanctions on Russian banks", "THREATEN", ["Donald Trump", "Russia"],
              "2025-W37", "text", "occurred", "langsam die Geduld aus"),
            E("Kellogg accuses Moscow of playing for time", "ACCUSE", ["Keith Kellogg", "Russia"], "2025-09-17",
              "text", "occurred", "auf Zeit zu spielen"),
            E("Ukraine ready for a ceasefire along the front line, according to Kellogg", "AGREE", ["Ukraine", "Russia"],
              "2025-09-17", "context", "occurred", "auf Zeit zu spielen"),
            E("Zelensky demands clear answers on who protects Ukraine after a ceasefire", "REQUEST",
              ["Volodymyr Zelensky"], "2025-09-17TEV", "text", "occurred", "klare Antworten"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2025-09-17", "text",
              "occurred", "substanziell beteiligen"),
            E("Merz promises a substantial German contribution to the guarantees", "AGREE",
              ["Friedrich Merz", "Ukraine"], "2025-09-17", "text", "occurred", "substanziell beteiligen"),
            E("EU Commission to present its 19th sanctions package", "SANCTION", ["European Union", "Russia"],
              "FUTURE_REF", "vague", "planned", "19. Sanktionspaket"),
            E("Russian drone attack on Ukraine, two injured in Dnipro", "ASSAULT", ["Russia", "Ukraine"],
              "2025-09-17TNI", "text", "occurred", "In der Nacht zum Donnerstag griff Russland"),
        ],
        [
            S("Andriy Yermak", "Speaks of a constructive exchange", "2025-09-16TEV", "context",
              "konstruktiven Austausch"),
            S("Andriy Yermak", "Ukraine handed the Americans a twelve-point draft on joint US and European guarantees",
              "2025-09-16TEV", "context", "Zwölf-Punkte-Entwurf"),
            S("Kremlin", "The Kremlin reacted dismissively", "2025-09-17", "text", "Der Kreml reagierte am Mittwoch"),
            S("Dmitry Peskov", "Guarantees amounting to Western troops in Ukraine are absolutely unacceptable",
              "2025-09-17", "context", "absolut inakzeptabel"),
            S("Dmitry Peskov", "Putin has set out his conditions for an end to the fighting often enough",
              "2025-09-17", "context", "oft genug dargelegt"),
            S("Kirill Dmitriev", "Kyiv poisons the talks with Washington with demands for soldiers", "2025-09-18",
              "published", "warf Kiew auf X vor"),
            S("White House", "Trump will meet Zelensky on the sidelines of the General Debate next Tuesday",
              "2025-09-18", "published", "am kommenden Dienstag"),
            S("Donald Trump", "Is slowly running out of patience with Putin; new sanctions on banks not ruled out",
              "2025-W37", "text", "langsam die Geduld aus"),
            S("Keith Kellogg", "Moscow is playing for time while Ukraine is ready for a ceasefire along the front line",
              "2025-09-17", "text", "auf Zeit zu spielen"),
            S("Volodymyr Zelensky", "Demands clear answers on who will protect Ukraine after a ceasefire",
              "2025-09-17TEV", "text", "klare Antworten"),
            S("Friedrich Merz", "Germany will contribute substantially to the guarantees", "2025-09-17", "text",
              "substanziell beteiligen"),
            S("Ukraine", "Air force: more than 90 drones; two people injured in Dnipro", "2025-09-18", "published",
              "In der Nacht zum Donnerstag griff Russland"),
        ],
        ["Ukraine", "United Nations", "United States", "Andriy Yermak", "Rustem Umerov", "Steve Witkoff",
         "Keith Kellogg", "European Union", "Kremlin", "Russia", "Dmitry Peskov", "Vladimir Putin",
         "Kirill Dmitriev", "Donald Trump", "Volodymyr Zelensky", "White House", "Friedrich Merz", "Germany"],
    ),
    doc(
        "b69de02_newsblog_umjerow_washington_2026_06", "2026-06-03", DE02,
        [
            T("Samstag", "DATE", "2026-06-06", 0),
            T("19.30 Uhr", "TIME", "2026-06-03T19:30", note=LIVE),
            T("gut vier Stunden", "DURATION", "PT4H", mod="APPROX"),
            T("17.50 Uhr", "TIME", "2026-06-03T17:50", note=LIVE),
            T("Samstag", "DATE", "2026-06-06", 1),
            T("16.20 Uhr", "TIME", "2026-06-03T16:20", note=LIVE),
            T("Nachmittag", "TIME", "2026-06-03TAF"),
            T("14.05 Uhr", "TIME", "2026-06-03T14:05", note=LIVE),
            T("12.40 Uhr", "TIME", "2026-06-03T12:40", note=LIVE),
            T("10.15 Uhr", "TIME", "2026-06-03T10:15", note=LIVE),
            T("8.30 Uhr", "TIME", "2026-06-03T08:30", note=LIVE),
            T("Dienstagabend", "TIME", "2026-06-02TEV"),
            T("7.45 Uhr", "TIME", "2026-06-03T07:45", note=LIVE),
            T("der Nacht zum Mittwoch", "TIME", "2026-06-02TNI", note="night of 2 to 3 June"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Umerov meets Witkoff and Kushner in Washington on the revised peace plan", "CONSULT",
              ["Rustem Umerov", "Steve Witkoff"], "2026-06-03", "published", "occurred",
              "hat in Washington mit dem US-Sondergesandten"),
            E("Umerov and Witkoff agree on a roadmap for the next steps", "AGREE", ["Rustem Umerov", "Steve Witkoff"],
              "2026-06-03", "published", "occurred", "Fahrplan für die nächsten Schritte"),
            E("Witkoff expected in Moscow, to be received by Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2026-06-06", "text", "planned", "wo ihn Kremlchef Wladimir Putin"),
            E("Peskov: the amendments introduced by Kyiv are not acceptable", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-06-03", "published", "occurred", "dämpfte zugleich die Erwartungen"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2026-06-03TAF", "text",
              "occurred", "hat am Nachmittag mit dem ukrainischen Präsidenten"),
            E("Merz and Zelensky: a ceasefire must stand at the start of an agreement", "REQUEST",
              ["Friedrich Merz", "Volodymyr Zelensky"], "2026-06-03TAF", "context", "occurred",
              "am Anfang und nicht am Ende"),
            E("Merz pledges another 500 million euros for Ukraine's air defence", "AID", ["Friedrich Merz", "Ukraine"],
              "2026-06-03TAF", "context", "occurred", "weitere 500 Millionen Euro"),
            E("Dmitriev accuses the Europeans of sabotaging the Washington talks", "ACCUSE",
              ["Kirill Dmitriev", "European Union"], "2026-06-03", "published", "occurred",
              "hat den Europäern vorgeworfen"),
            E("Kallas demands that the Europeans take part in the negotiations", "REQUEST",
              ["Kaja Kallas", "United States"], "2026-06-03", "published", "occurred",
              "die Europäer an den Verhandlungen zu beteiligen"),
            E("Meeting of EU defence ministers in Brussels", "CONSULT", ["European Union"], "2026-06-03", "published",
              "planned", "die Europäer an den Verhandlungen zu beteiligen"),
            E("Russia and Ukraine exchange 180 prisoners each after UAE mediation", "CONCEDE", ["Russia", "Ukraine"],
              "2026-06-03", "published", "occurred", "je 180 Kriegsgefangene"),
            E("Trump: Putin must finally deliver", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2026-06-02TEV",
              "text", "occurred", "endlich liefern"),
            E("Russian drone and missile attack, three killed in Odesa", "ASSAULT", ["Russia", "Ukraine"],
              "2026-06-02TNI", "text", "occurred", "in der Nacht zum Mittwoch mit mehr als 300"),
            E("Zelensky calls the attack Moscow's answer to every diplomatic initiative", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-06-03", "published", "occurred", "Antwort Moskaus"),
        ],
        [
            S("Rustem Umerov", "The meeting at the State Department lasted a good four hours", "2026-06-03",
              "published", "gut vier Stunden"),
            S("Rustem Umerov", "Agreed a roadmap for the next steps; no details", "2026-06-03", "published",
              "Fahrplan für die nächsten Schritte"),
            S("Yuri Ushakov", "Witkoff is expected in Moscow on Saturday; Putin will in all likelihood receive him",
              "2026-06-03", "published", "wo ihn Kremlchef Wladimir Putin"),
            S("Dmitry Peskov", "The amendments introduced by Kyiv are not acceptable to us", "2026-06-03",
              "published", "dämpfte zugleich die Erwartungen"),
            S("Germany", "Merz and Zelensky agree a ceasefire must come at the start, not the end, of an agreement",
              "2026-06-03TAF", "context", "am Anfang und nicht am Ende"),
            S("Friedrich Merz", "Pledges another 500 million euros for air defence", "2026-06-03TAF", "context",
              "weitere 500 Millionen Euro"),
            S("Kirill Dmitriev", "The Europeans are sabotaging the talks in Washington", "2026-06-03", "published",
              "hat den Europäern vorgeworfen"),
            S("Kirill Dmitriev", "Brussels tries to prevent success with unrealistic demands", "2026-06-03",
              "published", "unrealistischen Forderungen"),
            S("Kaja Kallas", "The Europeans must take part in the negotiations", "2026-06-03", "published",
              "die Europäer an den Verhandlungen zu beteiligen"),
            S("Kaja Kallas", "There will be no agreement on Europe's security without Europe", "2026-06-03",
              "published", "ohne Europa wird es nicht geben"),
            S("Russia", "Defence ministry confirms the exchange", "2026-06-03", "published", "Das bestätigten"),
            S("Volodymyr Zelensky", "Confirms the exchange", "2026-06-03", "published", "Das bestätigten"),
            S("Donald Trump", "A deal is very close, but Putin must finally deliver", "2026-06-02TEV", "text",
              "endlich liefern"),
            S("Ukraine", "Military administration: three killed in Odesa", "2026-06-03", "published",
              "nach Angaben der Militärverwaltung"),
            S("Volodymyr Zelensky", "The attack is Moscow's answer to every diplomatic initiative", "2026-06-03",
              "published", "Antwort Moskaus"),
        ],
        ["Ukraine", "Rustem Umerov", "United States", "Steve Witkoff", "Donald Trump", "Kremlin", "Vladimir Putin",
         "Yuri Ushakov", "Dmitry Peskov", "Friedrich Merz", "Germany", "Volodymyr Zelensky", "Russia",
         "Kirill Dmitriev", "European Union", "Kaja Kallas"],
    ),
    doc(
        "b69de03_interview_sybiha_2026_03", "2026-03-24", DE03,
        [
            T("zweitägigen", "DURATION", "P2D"),
            T("Montag", "DATE", "2026-03-23", 0),
            T("Nachmittag", "TIME", "2026-03-24TAF"),
            T("Dienstagmorgen", "TIME", "2026-03-24TMO"),
            T("Wochenende", "DATE", "2026-W12-WE"),
            T("Sonntagabend", "TIME", "2026-03-22TEV"),
            T("zwei Wochen", "DURATION", "P2W", note="the point: 2026-W15 (about 7 April)"),
            T("Montag", "DATE", "2026-03-23", 1),
            T("vor drei Wochen", "DATE", "2026-W10"),
            T("heute", "DATE", "2026-03-24"),
            T("gestern", "DATE", "2026-03-23", note="in Sybiha's answer, speech time Tuesday 24 March"),
            T("der Nacht zum Dienstag", "TIME", "2026-03-23TNI", note="night of 23 to 24 March"),
        ],
        [
            E("Sybiha meets German foreign minister Wadephul", "CONSULT", ["Andrii Sybiha", "Germany"], "2026-03-23",
              "text", "occurred", "Am Montag traf er"),
            E("Sybiha to be received by Merz at the Chancellery", "CONSULT", ["Andrii Sybiha", "Friedrich Merz"],
              "2026-03-24TAF", "text", "planned", "Am Montag traf er"),
            E("Witkoff meets Putin again", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2026-W12-WE", "text",
              "occurred", "war am Wochenende erneut"),
            E("Witkoff phones Sybiha and briefs him", "CONSULT", ["Andrii Sybiha", "Steve Witkoff"], "2026-03-22TEV",
              "text", "occurred", "am Sonntagabend angerufen"),
            E("Putin demands Ukraine's withdrawal from the whole of Donbas before ceasefire talks", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2026-W12-WE", "context", "occurred", "aus dem gesamten Donbass"),
            E("Sybiha calls Putin's demand an ultimatum", "ACCUSE", ["Andrii Sybiha", "Vladimir Putin"],
              "2026-03-24TMO", "context", "occurred", "keine Verhandlungsposition"),
            E("Ukraine and the US agree on 17 of the 20 points", "AGREE", ["Ukraine", "United States"], "2026-03-24",
              "published", "occurred", "Über 17 der 20 Punkte"),
            E("Next trilateral round with the US and Russia in Geneva", "CONSULT", ["Ukraine", "United States", "Russia"],
              "2026-W15", "text", "planned", "nächste Dreierrunde", note="in two weeks from 24 March 2026"),
            E("Dmitriev went through the text with Witkoff in Miami", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
              "2026-W10", "text", "occurred", "Zeile für Zeile"),
            E("Sybiha accuses the Kremlin of misleading its public to gain time", "ACCUSE", ["Andrii Sybiha", "Kremlin"],
              "2026-03-24TMO", "context", "occurred", "in die Irre"),
            E("Sybiha to ask Merz for two more Patriot systems and clarity on a protection force", "REQUEST",
              ["Andrii Sybiha", "Friedrich Merz"], "2026-03-24TAF", "context", "planned", "Patriot-Systeme bitten"),
            E("Wadephul promises that Berlin will push the question in the coalition of the willing", "AGREE",
              ["Germany", "Andrii Sybiha"], "2026-03-23", "text", "occurred", "hat mir gestern zugesagt"),
            E("Drone attack on Kyiv and Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2026-03-23TNI", "text",
              "occurred", "In der Nacht zum Dienstag wurden"),
            E("Sybiha: Russia wants time, not peace", "ACCUSE", ["Andrii Sybiha", "Russia"], "2026-03-24TMO", "context",
              "occurred", "Jede dieser Nächte"),
            E("Sybiha asks Washington for tariffs on buyers of Russian oil", "REQUEST", ["Andrii Sybiha", "United States"],
              "2026-03-24TMO", "context", "occurred", "den Druck zu erhöhen"),
        ],
        [
            S("Andrii Sybiha", "Witkoff phoned him on Sunday evening and briefed him in detail", "2026-03-24TMO",
              "context", "am Sonntagabend angerufen"),
            S("Andrii Sybiha", "Putin still demands withdrawal from the whole of Donbas before ceasefire talks",
              "2026-03-24TMO", "context", "aus dem gesamten Donbass"),
            S("Andrii Sybiha", "This is not a negotiating position but an ultimatum", "2026-03-24TMO", "context",
              "keine Verhandlungsposition"),
            S("Andrii Sybiha", "Agreement with the Americans on 17 of 20 points; territory and Zaporizhzhia open",
              "2026-03-24TMO", "context", "Über 17 der 20 Punkte"),
            S("Andrii Sybiha", "The next trilateral round in Geneva in two weeks is to settle these questions",
              "2026-03-24TMO", "context", "nächste Dreierrunde"),
            S("Dmitry Peskov", "There is no joint text, only American ideas", "2026-03-23", "text",
              "keinen gemeinsamen Text"),
            S("Andrii Sybiha", "Peskov knows the text very well", "2026-03-24TMO", "context", "kennt den Text"),
            S("Andrii Sybiha", "Dmitriev went through the text line by line with Witkoff in Miami", "2026-03-24TMO",
              "context", "Zeile für Zeile"),
            S("Andrii Sybiha", "The Kremlin misleads its own public to gain time", "2026-03-24TMO", "context",
              "in die Irre"),
            S("Andrii Sybiha", "Will ask Merz for two more Patriot systems and clarity on a protection force",
              "2026-03-24TMO", "context", "Patriot-Systeme bitten"),
            S("Andrii Sybiha", "Wadephul promised that Berlin will push the question in the coalition of the willing",
              "2026-03-24TMO", "context", "hat mir gestern zugesagt"),
            S("Andrii Sybiha", "Every such night shows that Russia wants time, not peace", "2026-03-24TMO", "context",
              "Jede dieser Nächte"),
            S("Andrii Sybiha", "Asks Washington to raise the pressure with tariffs on buyers of Russian oil",
              "2026-03-24TMO", "context", "den Druck zu erhöhen"),
            S("Andrii Sybiha", "European partners are briefed after every round", "2026-03-24TMO", "context",
              "nach jeder Runde"),
            S("Andrii Sybiha", "A deal deciding on Europe's security without Europe's consent will not hold",
              "2026-03-24TMO", "context", "ohne dass Europa zustimmt"),
        ],
        ["Ukraine", "Andrii Sybiha", "Germany", "Friedrich Merz", "United States", "Russia", "Steve Witkoff",
         "Kremlin", "Vladimir Putin", "Dmitry Peskov", "Kirill Dmitriev", "European Union"],
    ),
    doc(
        "b69de04_kellogg_point_alpha_2025_06", "2025-06-12", DE04,
        [
            T("Mittwochnachmittag", "TIME", "2025-06-11TAF"),
            T("30 Tagen", "DURATION", "P30D"),
            T("Dienstag", "DATE", "2025-06-10"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("1994", "DATE", "1994"),
            T("jährlich", "SET", "P1Y"),
            T("Donnerstagmorgen", "TIME", "2025-06-12TMO"),
            T("2. Juni", "DATE", "2025-06-02"),
            T("Mittwochabend", "TIME", "2025-06-11TEV"),
            T("der kommenden Woche", "DATE", "2025-W25"),
            T("vergangene Woche", "DATE", "2025-W23"),
        ],
        [
            E("Kellogg accuses Putin of playing for time", "ACCUSE", ["Keith Kellogg", "Vladimir Putin"],
              "2025-06-11TAF", "text", "occurred", "spiele „auf Zeit“"),
            E("Kellogg demands that Putin agree to an unconditional 30-day ceasefire", "REQUEST",
              ["Keith Kellogg", "Vladimir Putin"], "2025-06-11TAF", "context", "occurred", "bedingungslosen Waffenruhe"),
            E("Kellogg threatens Russia with very serious sanctions", "THREATEN", ["Keith Kellogg", "Russia"],
              "2025-06-11TAF", "context", "occurred", "bedingungslosen Waffenruhe"),
            E("Kellogg meets Merz's foreign-policy adviser and foreign minister Wadephul in Berlin", "CONSULT",
              ["Keith Kellogg", "Germany"], "2025-06-10", "text", "occurred", "Am Dienstag war Kellogg in Berlin"),
            E("Kellogg suggests a demilitarised zone along the front line monitored by European troops", "REQUEST",
              ["Keith Kellogg", "Germany"], "2025-06-10", "context", "occurred", "entmilitarisierte Zone"),
            E("Germany ready to talk about any form of safeguard", "AGREE", ["Germany", "Keith Kellogg"], "2025-06-10",
              "context", "occurred", "jede Form der Absicherung"),
            E("Germany: ground troops not up for debate", "REJECT", ["Germany", "Ukraine"], "2025-06-10", "context",
              "occurred", "jede Form der Absicherung"),
            E("Peskov: Russia talks to Washington through other channels and will not be pressured by ultimatums",
              "REJECT", ["Dmitry Peskov", "Keith Kellogg"], "2025-06-12TMO", "text", "occurred", "über andere Kanäle"),
            E("Medinsky: Moscow ready for a third round in Istanbul", "AGREE", ["Vladimir Medinsky", "Ukraine"],
              "2025-06-12", "published", "occurred", "dritten Verhandlungsrunde"),
            E("Medinsky demands that Kyiv first complete the agreed exchanges", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2025-06-12", "published", "occurred", "dritten Verhandlungsrunde"),
            E("Second Russia–Ukraine round in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text",
              "occurred", "Bei der zweiten Runde am 2. Juni"),
            E("Russia and Ukraine agree to return 6,000 bodies each and exchange young and badly wounded prisoners",
              "AGREE", ["Russia", "Ukraine"], "2025-06-02", "text", "occurred", "Bei der zweiten Runde am 2. Juni"),
            E("Zelensky–Kellogg phone call", "CONSULT", ["Volodymyr Zelensky", "Keith Kellogg"], "2025-06-11TEV", "text",
              "occurred", "dankte Kellogg am Mittwochabend"),
            E("Zelensky thanks Kellogg for his clear words", "SUPPORT", ["Volodymyr Zelensky", "Keith Kellogg"],
              "2025-06-11TEV", "context", "occurred", "dankte Kellogg am Mittwochabend"),
            E("Yermak to travel to Washington for talks with Kellogg and Rubio", "CONSULT",
              ["Andriy Yermak", "Keith Kellogg", "Marco Rubio"], "2025-W25", "text", "planned",
              "in der kommenden Woche zu Gesprächen"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-W23", "text", "occurred",
              "nach einem Telefonat mit Putin", note="4 June 2025"),
            E("Putin announces a response to Ukraine's drone attacks on Russian airfields", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2025-W23", "context", "occurred", "nach einem Telefonat mit Putin"),
        ],
        [
            S("Keith Kellogg", "Russia is deliberately delaying the peace talks", "2025-06-11TAF", "context",
              "bewusst zu verschleppen"),
            S("Keith Kellogg", "Putin is playing for time", "2025-06-11TAF", "text", "spiele „auf Zeit“"),
            S("Keith Kellogg", "Putin must agree to an unconditional 30-day ceasefire or face very serious sanctions",
              "2025-06-11TAF", "context", "bedingungslosen Waffenruhe"),
            S("Germany", "Kellogg suggested a demilitarised zone along the front line monitored by European troops",
              "2025-06-10", "context", "entmilitarisierte Zone"),
            S("Germany", "Wadephul: ready to talk about any form of safeguard; ground troops not up for debate",
              "2025-06-10", "context", "jede Form der Absicherung"),
            S("Keith Kellogg", "The Cold War was ended with strength, not weakness", "2025-06-11TAF", "context",
              "Kalte Krieg"),
            S("Dmitry Peskov", "Russia talks to Washington through other channels and will not be pressured",
              "2025-06-12TMO", "text", "über andere Kanäle"),
            S("Vladimir Medinsky", "Moscow is ready for a third round once Kyiv has completed the agreed exchanges",
              "2025-06-12", "published", "dritten Verhandlungsrunde"),
            S("Volodymyr Zelensky", "Thanks Kellogg for his clear words", "2025-06-11TEV", "text",
              "dankte Kellogg am Mittwochabend"),
            S("Andriy Yermak", "Will travel to Washington next week for talks with Kellogg and Rubio", "2025-06-12",
              "published", "in der kommenden Woche zu Gesprächen"),
            S("Donald Trump", "Putin announced a response to Ukraine's drone attacks on Russian airfields", "2025-W23",
              "text", "nach einem Telefonat mit Putin"),
        ],
        ["United States", "Keith Kellogg", "Russia", "Ukraine", "Kremlin", "Vladimir Putin", "Friedrich Merz",
         "Germany", "European Union", "Dmitry Peskov", "Vladimir Medinsky", "Volodymyr Zelensky", "Andriy Yermak",
         "Marco Rubio", "Donald Trump"],
    ),
    doc(
        "b69de05_telefonat_trump_putin_frist_2026_07", "2026-07-28", DE05,
        [
            T("Montagabend", "TIME", "2026-07-27TEV", 0),
            T("mehr als zwei Stunden", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Anfang August", "DATE", "2026-08", mod="START"),
            T("Ende August", "DATE", "2026-08", mod="END"),
            T("Dienstagmorgen", "TIME", "2026-07-28TMO"),
            T("der Nacht", "TIME", "2026-07-27TNI", 0, note="the night after the call, 27 to 28 July"),
            T("Dienstag", "DATE", "2026-07-28", 0),
            T("Montagabend", "TIME", "2026-07-27TEV", 1),
            T("der Nacht zum Dienstag", "TIME", "2026-07-27TNI", note="night of 27 to 28 July"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Trump–Putin phone call of more than two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-07-27TEV", "text", "occurred", "mehr als zwei Stunden miteinander"),
            E("Putin promises to reduce attacks on Ukrainian cities, according to Trump", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2026-07-27TEV", "context", "occurred", "Trump schrieb auf Truth Social"),
            E("Putin agrees to a meeting of negotiators in Geneva", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2026-07-27TEV", "context", "occurred", "Trump schrieb auf Truth Social"),
            E("Meeting of US, Russian and Ukrainian negotiators in Geneva", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-08", "text", "planned", "Trump schrieb auf Truth Social",
              date_mod="START"),
            E("Trump sets Moscow a deadline: tariffs on buyers of Russian oil if no ceasefire by the end of August",
              "THREATEN", ["Donald Trump", "Russia"], "2026-07-27TEV", "context", "occurred",
              "setzte der Präsident Moskau eine Frist", note="deadline: end of August 2026"),
            E("Putin: a ceasefire only after Ukrainian troops withdraw from Donetsk and Luhansk", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2026-07-27TEV", "context", "occurred", "erst nach einem Abzug"),
            E("Peskov rejects the deadline as unproductive", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2026-07-28",
              "published", "occurred", "unproduktiv"),
            E("Witkoff briefs Zelensky on the call during the night", "CONSULT", ["Volodymyr Zelensky", "Steve Witkoff"],
              "2026-07-27TNI", "text", "occurred", "noch in der Nacht von Witkoff"),
            E("Zelensky welcomes the deadline", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"], "2026-07-28",
              "published", "occurred", "begrüßte die Frist"),
            E("Zelensky demands a ceasefire on land, at sea and in the air", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-07-28", "published", "occurred", "begrüßte die Frist"),
            E("Merz demands that the Europeans be directly involved in the Geneva talks", "REQUEST",
              ["Friedrich Merz", "United States"], "2026-07-28", "text", "occurred", "direkt beteiligt"),
            E("Starmer and Macron also phone Trump", "CONSULT", ["Keir Starmer", "Emmanuel Macron", "Donald Trump"],
              "2026-07-27TEV", "text", "occurred", "nach Angaben der Downing Street"),
            E("Russian drone attack, including on Sumy; two killed", "ASSAULT", ["Russia", "Ukraine"], "2026-07-27TNI",
              "text", "occurred", "In der Nacht zum Dienstag griff Russland"),
        ],
        [
            S("Donald Trump", "Putin agreed to reduce attacks on cities and to a Geneva meeting in early August",
              "2026-07-27TEV", "context", "Trump schrieb auf Truth Social"),
            S("Donald Trump", "Tariffs on all buyers of Russian oil if no ceasefire by the end of August",
              "2026-07-27TEV", "context", "setzte der Präsident Moskau eine Frist"),
            S("Yuri Ushakov", "There was no talk of reducing the attacks", "2026-07-28TMO", "text", "keine Rede"),
            S("Vladimir Putin, via Yuri Ushakov",
              "A ceasefire is possible only after Ukrainian troops withdraw from Donetsk and Luhansk", "2026-07-27TEV",
              "context", "erst nach einem Abzug"),
            S("Yuri Ushakov", "Moscow agreed in principle to the Geneva meeting; date and composition still open",
              "2026-07-28TMO", "context", "grundsätzlich"),
            S("Dmitry Peskov", "The deadline is unproductive; the language of ultimatums gets nowhere with Russia",
              "2026-07-28", "published", "unproduktiv"),
            S("Volodymyr Zelensky", "Was briefed by Witkoff on the call during the night", "2026-07-28", "published",
              "noch in der Nacht von Witkoff"),
            S("Volodymyr Zelensky", "Welcomes the deadline; demands a ceasefire on land, at sea and in the air",
              "2026-07-28", "published", "begrüßte die Frist"),
            S("Friedrich Merz", "The Europeans must be directly involved in the Geneva talks", "2026-07-28", "text",
              "direkt beteiligt"),
            S("United Kingdom", "Starmer and Macron also phoned Trump on Monday evening", "2026-07-28", "published",
              "nach Angaben der Downing Street"),
            S("Ukraine", "Russia attacked with drones overnight, including Sumy", "2026-07-28", "published",
              "In der Nacht zum Dienstag griff Russland"),
        ],
        ["United States", "Donald Trump", "Kremlin", "Vladimir Putin", "Ukraine", "Russia", "Yuri Ushakov",
         "Dmitry Peskov", "Volodymyr Zelensky", "Steve Witkoff", "Friedrich Merz", "Germany", "European Union",
         "Keir Starmer", "United Kingdom", "Emmanuel Macron", "France"],
    ),
    doc(
        "b69de06_buergenstock_wirtschaftsteil_2026_11", "2026-11-30", DE06,
        [
            T("Wochenende", "DATE", "2026-W48-WE", 0),
            T("Sonntagabend", "TIME", "2026-11-29TEV", 0),
            T("Sonntag", "DATE", "2026-11-29", 0),
            T("Mitte Dezember", "DATE", "2026-12", mod="MID"),
            T("Montag", "DATE", "2026-11-30"),
            T("Sonntagabend", "TIME", "2026-11-29TEV", 1),
            T("Mittwoch", "DATE", "2026-12-02"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Juni 2024", "DATE", "2024-06"),
            T("Oktober", "DATE", "2026-10"),
            T("das Wochenende", "DATE", "2026-W48-WE"),
            T("der Nacht auf Sonntag", "TIME", "2026-11-28TNI", note="night of 28 to 29 November"),
        ],
        [
            E("Ukrainian, Russian and US negotiators meet on the Bürgenstock on the economic part of a peace deal",
              "CONSULT", ["Ukraine", "Russia", "United States", "Rustem Umerov", "Kirill Dmitriev", "Steve Witkoff"],
              "2026-W48-WE", "text", "occurred", "Hoch über dem Vierwaldstättersee"),
            E("Joint reconstruction fund that could draw on frozen Russian state funds discussed", "AID",
              ["Russia", "Ukraine", "United States"], "2026-W48-WE", "context", "uncertain", "gemeinsamen Fonds"),
            E("Umerov: Ukraine will not agree to any document that rewards occupation", "REJECT",
              ["Rustem Umerov", "Russia"], "2026-11-30", "published", "occurred", "keinem Dokument zustimmen"),
            E("No agreement on the Bürgenstock", "REJECT", ["Ukraine", "Russia", "United States"], "2026-W48-WE",
              "context", "occurred", "Eine Einigung gab es nicht"),
            E("Talks to continue in Geneva in mid-December", "CONSULT", ["Ukraine", "Russia", "United States"],
              "2026-12", "text", "planned", "Eine Einigung gab es nicht", date_mod="MID"),
            E("Peskov: a Putin–Zelensky meeting only once a signable agreement exists", "REQUEST",
              ["Dmitry Peskov", "Volodymyr Zelensky"], "2026-11-30", "context", "occurred", "unterschriftsreifes"),
            E("Zelensky thanks Switzerland for hosting", "SUPPORT", ["Volodymyr Zelensky"], "2026-11-29TEV", "text",
              "occurred", "Gastgeberrolle"),
            E("Umerov to brief Rubio in Washington", "CONSULT", ["Rustem Umerov", "Marco Rubio"], "2026-12-02", "text",
              "planned", "kündigte er an"),
            E("Trump threatens Moscow with tariffs if there is no ceasefire by the end of the year", "THREATEN",
              ["Donald Trump", "Russia"], "2026-11-30", "published", "occurred", "drohte Moskau zugleich",
              note="deadline: end of 2026"),
            E("Peace conference on the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Friedenskonferenz vom Juni 2024", note="15–16 June 2024"),
            E("Switzerland offers to host further rounds of the three delegations", "REQUEST",
              ["Russia", "Ukraine", "United States"], "2026-10", "text", "occurred", "Cassis hatte im Oktober"),
            E("Russian drone attack on the Odesa region", "ASSAULT", ["Russia", "Ukraine"], "2026-11-28TNI", "text",
              "occurred", "In der Nacht auf Sonntag griffen"),
        ],
        [
            S("Kirill Dmitriev", "The talks were productive", "2026-11-29", "text", "produktiv"),
            S("Rustem Umerov", "Ukraine will not agree to any document that rewards occupation", "2026-11-30",
              "published", "keinem Dokument zustimmen"),
            S("Dmitry Peskov", "Political questions are decided between the presidents, not on the Bürgenstock",
              "2026-11-30", "text", "zwischen den Präsidenten"),
            S("Dmitry Peskov", "A Putin–Zelensky meeting is conceivable only once a signable agreement exists",
              "2026-11-30", "context", "unterschriftsreifes"),
            S("Volodymyr Zelensky", "Thanks Switzerland for its discreet role as host", "2026-11-29TEV", "text",
              "Gastgeberrolle"),
            S("Volodymyr Zelensky", "Umerov will brief Rubio in Washington on Wednesday", "2026-11-29TEV", "context",
              "kündigte er an"),
            S("Donald Trump", "Speaks of great progress; threatens tariffs if no ceasefire by the end of the year",
              "2026-11-30", "published", "drohte Moskau zugleich"),
            S("Ukraine", "Russian drones attacked the Odesa region again", "2026-11-30", "published",
              "In der Nacht auf Sonntag griffen"),
        ],
        ["Ukraine", "Russia", "United States", "Rustem Umerov", "Kirill Dmitriev", "Steve Witkoff", "Kremlin",
         "Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky", "Marco Rubio", "Donald Trump"],
    ),
]
