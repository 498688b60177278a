"""German articles of the blind15 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------------------------------------
# b15de01: Tagesschau-style live ticker on the day of the invasion (entries newest first, CET).
DE01 = dict(
    id="b15de01_liveticker_angriff_tag_eins_2022_02",
    lang="de",
    published="2022-02-24",
    body="""
Russland greift die Ukraine an – der Tag im Liveticker
Russische Truppen haben am frühen Donnerstagmorgen die Ukraine aus mehreren Richtungen angegriffen.
Kremlchef Wladimir Putin spricht von einer „militärischen Spezialoperation“, die Regierung in Kiew von einem Angriffskrieg.
Die Staats- und Regierungschefs der EU kommen am Abend in Brüssel zu einem Sondergipfel zusammen.

23:41 Uhr: Die EU-Staats- und Regierungschefs haben sich bei ihrem Sondergipfel nach Angaben von Diplomaten auf ein weiteres Sanktionspaket gegen Russland verständigt.
Über einen Ausschluss russischer Banken aus dem Zahlungssystem Swift gab es dagegen keine Einigung.
Kommissionspräsidentin Ursula von der Leyen sagte, die Maßnahmen würden die wirtschaftliche Basis des Kremls „massiv schwächen“.

22:58 Uhr: Frankreichs Präsident Emmanuel Macron hat am Abend mit Putin telefoniert.
Er habe den Kremlchef aufgefordert, die Kampfhandlungen sofort einzustellen, hieß es aus dem Élysée; das Gespräch sei auf Bitten von Präsident Wolodymyr Selenskyj zustande gekommen.

21:37 Uhr: US-Präsident Joe Biden hat in einer Ansprache im Weißen Haus neue Strafmaßnahmen gegen russische Großbanken und Hochtechnologie-Importe verkündet.
Putin habe sich für diesen Krieg entschieden und werde mit seinem Land die Folgen tragen, sagte Biden.
Zuvor hatte er sich in einer Videoschalte mit den übrigen G7-Staats- und Regierungschefs, darunter Bundeskanzler Olaf Scholz, abgestimmt.

19:12 Uhr: Peking hat es abgelehnt, das russische Vorgehen als Invasion zu bezeichnen.
Eine Sprecherin des Außenministeriums rief alle Seiten zur Zurückhaltung auf und verwies auf die „legitimen Sicherheitsinteressen“ Russlands.

17:26 Uhr: Der türkische Präsident Recep Tayyip Erdoğan hat den Angriff als „inakzeptabel“ verurteilt.
Ankara sei weiterhin bereit, zwischen Moskau und Kiew zu vermitteln, sagte Erdoğan in Istanbul.

15:48 Uhr: Bundeskanzler Scholz hat den russischen Angriff als „eklatanten Bruch des Völkerrechts“ verurteilt.
Dies sei Putins Krieg, sagte Scholz in einer Erklärung im Kanzleramt; der Kremlchef werde dafür „einen bitteren Preis“ bezahlen.

13:05 Uhr: Die NATO hat auf Antrag mehrerer östlicher Mitgliedstaaten, darunter Polen, Konsultationen nach Artikel 4 des Nordatlantikvertrags aufgenommen.
Generalsekretär Jens Stoltenberg sprach von einem „brutalen Kriegsakt“ und kündigte für Freitag einen Videogipfel des Bündnisses an.
Zudem werde die Allianz ihre Truppen an der Ostflanke weiter verstärken.

10:22 Uhr: Selenskyj hat die diplomatischen Beziehungen zu Russland abgebrochen.
Zugleich verhängte er das Kriegsrecht und rief die EU und die USA auf, Russland „mit allen Mitteln“ zu stoppen.

07:46 Uhr: Nach Angaben des ukrainischen Grenzschutzes sind russische Truppen auch über belarussisches Gebiet in die Ukraine vorgedrungen.
Der belarussische Machthaber Alexander Lukaschenko bestritt, dass eigene Soldaten an dem Einsatz beteiligt seien.

05:58 Uhr: In der Nacht hatte UN-Generalsekretär António Guterres in einer Dringlichkeitssitzung des Sicherheitsrats in New York an Putin appelliert, den Angriff abzusagen.
„Präsident Putin, halten Sie Ihre Truppen davon ab, die Ukraine anzugreifen“, sagte Guterres.

04:52 Uhr: Putin hat in einer Fernsehansprache eine „militärische Spezialoperation“ zum angeblichen Schutz der Menschen im Donbass angekündigt.
Wer sich von außen einmische, müsse mit Konsequenzen rechnen, „wie Sie sie in Ihrer Geschichte noch nie erlebt haben“, sagte der Kremlchef.
""",
    timexes=[
        T("frühen Donnerstagmorgen", "TIME", "2022-02-24TMO", mod="START"),
        T("Abend", "TIME", "2022-02-24TEV"),
        T("23:41 Uhr", "TIME", "2022-02-24T23:41", note="ticker time, CET"),
        T("22:58 Uhr", "TIME", "2022-02-24T22:58", note="ticker time, CET"),
        T("Abend", "TIME", "2022-02-24TEV", n=1),
        T("21:37 Uhr", "TIME", "2022-02-24T21:37", note="ticker time, CET"),
        T("19:12 Uhr", "TIME", "2022-02-24T19:12", note="ticker time, CET"),
        T("17:26 Uhr", "TIME", "2022-02-24T17:26", note="ticker time, CET"),
        T("15:48 Uhr", "TIME", "2022-02-24T15:48", note="ticker time, CET"),
        T("13:05 Uhr", "TIME", "2022-02-24T13:05", note="ticker time, CET"),
        T("Freitag", "DATE", "2022-02-25"),
        T("10:22 Uhr", "TIME", "2022-02-24T10:22", note="ticker time, CET"),
        T("07:46 Uhr", "TIME", "2022-02-24T07:46", note="ticker time, CET"),
        T("05:58 Uhr", "TIME", "2022-02-24T05:58", note="ticker time, CET"),
        T("der Nacht", "TIME", "2022-02-23TNI",
          note="night of 23/24 Feb; the Security Council met on the evening of 23 Feb, New York time"),
        T("04:52 Uhr", "TIME", "2022-02-24T04:52", note="ticker time, CET"),
    ],
    events=[
        E("Russian troops attack Ukraine from several directions", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02-24TMO", "text", "occurred", "Russische Truppen haben am frühen Donnerstagmorgen"),
        E("Kyiv calls the Russian attack a war of aggression", "ACCUSE", ["Ukraine", "Russia"],
          "2022-02-24", "published", "occurred", "die Regierung in Kiew von einem Angriffskrieg"),
        E("EU leaders hold a special summit in Brussels", "CONSULT", ["European Union"],
          "2022-02-24TEV", "text", "occurred", "kommen am Abend in Brüssel",
          note="announced in the intro; the 23:41 entry reports its outcome"),
        E("EU leaders agree on a further sanctions package against Russia", "SANCTION",
          ["European Union", "Russia"], "2022-02-24", "published", "occurred",
          "auf ein weiteres Sanktionspaket gegen Russland verständigt"),
        E("No agreement among EU leaders on cutting Russian banks off from Swift", "REJECT",
          ["European Union"], "2022-02-24", "published", "occurred", "gab es dagegen keine Einigung",
          note="failure to agree, as 'no agreement on a ceasefire' in the seed example"),
        E("Macron-Putin phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
          "2022-02-24TEV", "text", "occurred", "hat am Abend mit Putin telefoniert"),
        E("Macron urges Putin to halt hostilities at once", "REQUEST", ["Emmanuel Macron", "Vladimir Putin"],
          "2022-02-24TEV", "context", "occurred", "Er habe den Kremlchef aufgefordert"),
        E("Zelensky asked Macron to make the call", "REQUEST", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2022-02-24", "context", "occurred", "auf Bitten von Präsident Wolodymyr Selenskyj"),
        E("Biden announces new sanctions on Russian banks and high-tech imports", "SANCTION",
          ["Joe Biden", "Russia"], "2022-02-24", "published", "occurred", "neue Strafmaßnahmen gegen russische"),
        E("Biden accuses Putin of choosing this war", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
          "2022-02-24", "published", "occurred", "Putin habe sich für diesen Krieg entschieden"),
        E("Biden warns Putin and Russia will bear the consequences", "THREATEN",
          ["Joe Biden", "Vladimir Putin", "Russia"], "2022-02-24", "published", "occurred",
          "werde mit seinem Land die Folgen tragen"),
        E("Biden coordinates with G7 leaders including Scholz by video link", "CONSULT",
          ["Joe Biden", "Olaf Scholz"], "2022-02-24", "published", "occurred", "in einer Videoschalte"),
        E("Beijing refuses to call the Russian action an invasion", "REJECT", ["China", "Russia"],
          "2022-02-24", "published", "occurred", "Peking hat es abgelehnt"),
        E("China calls on all sides to show restraint", "REQUEST", ["China", "Russia", "Ukraine"],
          "2022-02-24", "published", "occurred", "rief alle Seiten zur Zurückhaltung auf"),
        E("China points to Russia's 'legitimate security interests'", "SUPPORT", ["China", "Russia"],
          "2022-02-24", "published", "occurred", "legitimen Sicherheitsinteressen"),
        E("Erdoğan condemns the attack as unacceptable", "ACCUSE", ["Recep Tayyip Erdoğan", "Russia"],
          "2022-02-24", "published", "occurred", "als „inakzeptabel“ verurteilt"),
        E("Erdoğan offers Turkish mediation between Moscow and Kyiv", "REQUEST",
          ["Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine"], "2022-02-24", "published", "occurred",
          "Ankara sei weiterhin bereit"),
        E("Scholz condemns the attack as a flagrant breach of international law", "ACCUSE",
          ["Olaf Scholz", "Russia"], "2022-02-24", "published", "occurred", "eklatanten Bruch des Völkerrechts"),
        E("Scholz calls it Putin's war", "ACCUSE", ["Olaf Scholz", "Vladimir Putin"],
          "2022-02-24", "published", "occurred", "Dies sei Putins Krieg"),
        E("Scholz warns Putin will pay a bitter price", "THREATEN", ["Olaf Scholz", "Vladimir Putin"],
          "2022-02-24", "published", "occurred", "einen bitteren Preis"),
        E("Eastern allies including Poland request Article 4 consultations", "REQUEST", ["Poland", "NATO"],
          "2022-02-24", "published", "occurred", "auf Antrag mehrerer östlicher Mitgliedstaaten"),
        E("NATO holds Article 4 consultations", "CONSULT", ["NATO", "Poland"],
          "2022-02-24", "published", "occurred", "Konsultationen nach Artikel 4"),
        E("Stoltenberg calls the attack a brutal act of war", "ACCUSE", ["Jens Stoltenberg", "Russia"],
          "2022-02-24", "published", "occurred", "brutalen Kriegsakt"),
        E("NATO virtual summit on Friday", "CONSULT", ["NATO", "Jens Stoltenberg"],
          "2022-02-25", "text", "planned", "einen Videogipfel des Bündnisses"),
        E("NATO to reinforce troops on the eastern flank", "MOBILIZE", ["NATO"],
          "2022-02-24", "published", "planned", "ihre Truppen an der Ostflanke"),
        E("Zelensky breaks off diplomatic relations with Russia", "SANCTION", ["Volodymyr Zelensky", "Russia"],
          "2022-02-24", "published", "occurred", "die diplomatischen Beziehungen zu Russland abgebrochen"),
        E("Zelensky calls on the EU and US to stop Russia by all means", "REQUEST",
          ["Volodymyr Zelensky", "European Union", "United States"], "2022-02-24", "published", "occurred",
          "rief die EU und die USA auf"),
        E("Russian troops also advance into Ukraine via Belarusian territory", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02-24", "published", "occurred", "über belarussisches Gebiet"),
        E("Lukashenko denies Belarusian soldiers take part", "REJECT", ["Alexander Lukashenko"],
          "2022-02-24", "published", "occurred", "bestritt, dass eigene Soldaten"),
        E("Emergency session of the UN Security Council in New York", "CONSULT",
          ["United Nations", "António Guterres"], "2022-02-23TNI", "text", "occurred",
          "Dringlichkeitssitzung des Sicherheitsrats"),
        E("Guterres appeals to Putin to call off the attack", "REQUEST", ["António Guterres", "Vladimir Putin"],
          "2022-02-23TNI", "text", "occurred", "an Putin appelliert"),
        E("Putin announces a 'special military operation' (the invasion)", "ASSAULT",
          ["Vladimir Putin", "Ukraine"], "2022-02-24", "published", "occurred", "in einer Fernsehansprache"),
        E("Putin threatens outsiders who interfere with unprecedented consequences", "THREATEN",
          ["Vladimir Putin"], "2022-02-24", "published", "occurred", "Wer sich von außen einmische"),
    ],
    statements=[
        S("Vladimir Putin", "Speaks of a 'special military operation'", "2022-02-24", "published",
          "Kremlchef Wladimir Putin spricht von"),
        S("Ukraine", "Speaks of a war of aggression", "2022-02-24", "published",
          "die Regierung in Kiew von einem Angriffskrieg"),
        S("Ursula von der Leyen", "The measures will massively weaken the Kremlin's economic base",
          "2022-02-24", "published", "massiv schwächen"),
        S("Emmanuel Macron", "Urged Putin to stop the fighting at once; the call was made at Zelensky's request",
          "2022-02-24TEV", "context", "Er habe den Kremlchef aufgefordert"),
        S("Joe Biden", "Putin chose this war; he and his country will bear the consequences",
          "2022-02-24", "published", "Putin habe sich für diesen Krieg entschieden"),
        S("China", "Refuses to call the Russian action an invasion", "2022-02-24", "published",
          "Peking hat es abgelehnt"),
        S("China", "Calls on all sides for restraint; points to Russia's legitimate security interests",
          "2022-02-24", "published", "rief alle Seiten zur Zurückhaltung auf"),
        S("Recep Tayyip Erdoğan", "The attack is unacceptable", "2022-02-24", "published",
          "als „inakzeptabel“ verurteilt"),
        S("Recep Tayyip Erdoğan", "Ankara remains ready to mediate between Moscow and Kyiv",
          "2022-02-24", "published", "Ankara sei weiterhin bereit"),
        S("Olaf Scholz", "The Russian attack is a flagrant breach of international law", "2022-02-24",
          "published", "eklatanten Bruch des Völkerrechts"),
        S("Olaf Scholz", "This is Putin's war; Putin will pay a bitter price", "2022-02-24", "published",
          "Dies sei Putins Krieg"),
        S("Jens Stoltenberg", "A brutal act of war; video summit of the alliance on Friday", "2022-02-24",
          "published", "brutalen Kriegsakt"),
        S("Jens Stoltenberg", "The alliance will further reinforce its troops on the eastern flank",
          "2022-02-24", "published", "ihre Truppen an der Ostflanke"),
        S("Volodymyr Zelensky", "Calls on the EU and the US to stop Russia by all means", "2022-02-24",
          "published", "rief die EU und die USA auf"),
        S("Ukraine", "Border guard: Russian troops also advanced via Belarusian territory", "2022-02-24",
          "published", "über belarussisches Gebiet"),
        S("Alexander Lukashenko", "Denies that Belarusian soldiers take part", "2022-02-24", "published",
          "bestritt, dass eigene Soldaten"),
        S("António Guterres", "Appealed to Putin to call off the attack", "2022-02-23TNI", "text",
          "an Putin appelliert"),
        S("António Guterres", "'President Putin, stop your troops from attacking Ukraine'", "2022-02-23TNI",
          "context", "halten Sie Ihre Truppen"),
        S("Vladimir Putin", "Announces a 'special military operation' to protect people in the Donbas",
          "2022-02-24", "published", "in einer Fernsehansprache"),
        S("Vladimir Putin", "Whoever interferes from outside faces consequences never seen in history",
          "2022-02-24", "published", "Wer sich von außen einmische"),
    ],
    actors=["Russia", "Ukraine", "Vladimir Putin", "Kremlin", "European Union", "Ursula von der Leyen",
            "Emmanuel Macron", "France", "Volodymyr Zelensky", "Joe Biden", "United States", "Olaf Scholz",
            "Germany", "China", "Recep Tayyip Erdoğan", "Turkey", "NATO", "Poland", "Jens Stoltenberg",
            "Belarus", "Alexander Lukashenko", "António Guterres", "United Nations"],
)

# ---------------------------------------------------------------------------------------------
# b15de02: Spiegel-style report on Putin's fifth inauguration, the Western boycott and Xi in Paris.
DE02 = dict(
    id="b15de02_putin_amtseinfuehrung_boykott_2024_05",
    lang="de",
    published="2024-05-07",
    body="""
Fünfte Amtszeit: Putin lässt sich im Kreml feiern – der Westen bleibt fern
Unter Glockengeläut und mit dem gewohnten Pomp hat sich Wladimir Putin am Dienstag im Großen Kremlpalast für eine weitere Amtszeit vereidigen lassen.
Es ist seine fünfte, und sie soll bis 2030 dauern.
In seiner knapp zehnminütigen Rede gab sich der Kremlchef betont gesprächsbereit: Russland verweigere sich keinem Dialog mit dem Westen, auch nicht über strategische Stabilität – allerdings nur „auf Augenhöhe“.

Die Vereinigten Staaten, Großbritannien und die meisten EU-Staaten schickten keine Vertreter zu der Zeremonie.
Auch der deutsche Botschafter blieb fern; man werte eine Wahl, die weder frei noch fair gewesen sei, nicht durch Anwesenheit auf, hieß es im Auswärtigen Amt.
Das ukrainische Außenministerium erklärte, es gebe keine rechtliche Grundlage, Putin als legitimen Präsidenten anzuerkennen, und rief die Partner auf, es ebenso zu halten.
Kremlsprecher Dmitri Peskow sagte, Moskau nehme die Absagen „ohne jedes Bedauern“ zur Kenntnis.

Die Stimmung zwischen Moskau und dem Westen ist so gereizt wie lange nicht.
Schon am Montag hatte das russische Außenministerium die Botschafter Großbritanniens und Frankreichs einbestellt.
Anlass waren Äußerungen vom Ende vergangener Woche: Der britische Außenminister David Cameron hatte erklärt, Kiew dürfe mit britischen Waffen auch Ziele in Russland angreifen, Präsident Emmanuel Macron schloss die Entsendung westlicher Bodentruppen erneut nicht aus.
Dem britischen Botschafter wurde bedeutet, Russland könne im Fall solcher Angriffe britische Militäreinrichtungen in der Ukraine und anderswo ins Visier nehmen.
Parallel kündigte das Verteidigungsministerium in Moskau Übungen mit taktischen Atomwaffen an.

Während in Moskau die letzten Vorbereitungen liefen, empfing Macron am Montag in Paris den chinesischen Staatschef Xi Jinping, gemeinsam mit EU-Kommissionspräsidentin Ursula von der Leyen.
Macron bat Xi, seinen Einfluss auf Moskau zu nutzen, und warb für eine Waffenruhe während der Olympischen Spiele im Sommer.
Xi unterstütze die Idee, hieß es danach aus dem Élysée.
Von der Leyen drängte Peking, die Lieferung von Gütern mit doppeltem Verwendungszweck an Russland zu unterbinden.
Xi reist weiter nach Serbien und Ungarn, wo er am Donnerstag Ministerpräsident Viktor Orbán treffen will.

Putin selbst wird seine erste Auslandsreise der neuen Amtszeit noch im Mai nach China führen, wie der Kreml bestätigte.
In Kiew hieß es dazu, Peking müsse sich entscheiden, ob es Partner Europas oder Helfer des Aggressors sein wolle.
""",
    timexes=[
        T("Dienstag", "DATE", "2024-05-07"),
        T("2030", "DATE", "2030"),
        T("knapp zehnminütigen", "DURATION", "PT10M", mod="APPROX"),
        T("Montag", "DATE", "2024-05-06"),
        T("Ende vergangener Woche", "DATE", "2024-W18", mod="END"),
        T("Montag", "DATE", "2024-05-06", n=1),
        T("Sommer", "DATE", "2024-SU"),
        T("Donnerstag", "DATE", "2024-05-09"),
        T("Mai", "DATE", "2024-05"),
    ],
    events=[
        E("Putin says Russia is open to dialogue with the West, including on strategic stability", "AGREE",
          ["Vladimir Putin", "Russia"], "2024-05-07", "context", "occurred", "betont gesprächsbereit"),
        E("Putin makes talks conditional on being held 'as equals'", "REQUEST", ["Vladimir Putin"],
          "2024-05-07", "context", "occurred", "allerdings nur „auf Augenhöhe“"),
        E("US, UK and most EU states boycott the inauguration", "REJECT",
          ["United States", "United Kingdom", "European Union"], "2024-05-07", "context", "occurred",
          "schickten keine Vertreter zu der Zeremonie"),
        E("German ambassador stays away from the inauguration", "REJECT", ["Germany"],
          "2024-05-07", "context", "occurred", "Auch der deutsche Botschafter blieb fern"),
        E("Berlin calls the Russian election neither free nor fair", "ACCUSE", ["Germany", "Russia"],
          "2024-05-07", "published", "occurred", "weder frei noch fair"),
        E("Ukraine refuses to recognise Putin as legitimate president", "REJECT", ["Ukraine", "Vladimir Putin"],
          "2024-05-07", "published", "occurred", "Putin als legitimen Präsidenten anzuerkennen"),
        E("Ukraine calls on its partners to withhold recognition too", "REQUEST", ["Ukraine"],
          "2024-05-07", "published", "occurred", "rief die Partner auf"),
        E("Russia summons the British and French ambassadors", "ACCUSE", ["Russia", "United Kingdom", "France"],
          "2024-05-06", "text", "occurred", "die Botschafter Großbritanniens und Frankreichs einbestellt"),
        E("UK foreign secretary says Kyiv may use British weapons against targets in Russia", "AID",
          ["United Kingdom", "Ukraine"], "2024-W18", "text", "occurred", "Der britische Außenminister David Cameron",
          date_mod="END",
          note="permission to use supplied weapons on Russian territory (AID, as in blind11); Cameron is not canonical"),
        E("Moscow warns London it could strike British military facilities", "THREATEN",
          ["Russia", "United Kingdom"], "2024-05-06", "context", "occurred", "Dem britischen Botschafter wurde bedeutet"),
        E("Russia announces tactical nuclear weapons exercises", "MOBILIZE", ["Russia"],
          "2024-05-06", "context", "planned", "Übungen mit taktischen Atomwaffen"),
        E("Macron and von der Leyen receive Xi Jinping in Paris", "CONSULT",
          ["Emmanuel Macron", "Xi Jinping", "Ursula von der Leyen"], "2024-05-06", "text", "occurred",
          "empfing Macron am Montag in Paris"),
        E("Macron asks Xi to use his influence on Moscow", "REQUEST", ["Emmanuel Macron", "Xi Jinping", "Russia"],
          "2024-05-06", "context", "occurred", "Macron bat Xi"),
        E("Macron proposes an Olympic truce for the summer", "REQUEST", ["Emmanuel Macron", "Xi Jinping"],
          "2024-05-06", "context", "occurred", "warb für eine Waffenruhe während der Olympischen Spiele"),
        E("Xi backs the Olympic truce idea", "SUPPORT", ["Xi Jinping", "Emmanuel Macron"],
          "2024-05-06", "context", "occurred", "Xi unterstütze die Idee"),
        E("Von der Leyen presses Beijing to stop dual-use deliveries to Russia", "REQUEST",
          ["Ursula von der Leyen", "China", "Russia"], "2024-05-06", "context", "occurred",
          "Von der Leyen drängte Peking"),
        E("Xi to meet Orbán in Hungary", "CONSULT", ["Xi Jinping", "Viktor Orbán"],
          "2024-05-09", "text", "planned", "Ministerpräsident Viktor Orbán treffen will"),
        E("Putin to travel to China in May", "CONSULT", ["Vladimir Putin", "China"],
          "2024-05", "text", "planned", "noch im Mai nach China führen"),
        E("Kyiv tells Beijing to choose between Europe and the aggressor", "REQUEST", ["Ukraine", "China"],
          "2024-05-07", "published", "occurred", "Peking müsse sich entscheiden"),
    ],
    statements=[
        S("Vladimir Putin", "Russia does not refuse dialogue with the West, but only as equals", "2024-05-07",
          "context", "betont gesprächsbereit"),
        S("Germany", "Will not upgrade an election that was neither free nor fair by attending", "2024-05-07",
          "published", "weder frei noch fair"),
        S("Ukraine", "No legal basis to recognise Putin as legitimate president; partners should do likewise",
          "2024-05-07", "published", "Putin als legitimen Präsidenten anzuerkennen"),
        S("Dmitry Peskov", "Moscow notes the cancellations without any regret", "2024-05-07", "published",
          "ohne jedes Bedauern"),
        S("United Kingdom", "Kyiv may use British weapons against targets in Russia", "2024-W18", "text",
          "Der britische Außenminister David Cameron"),
        S("Emmanuel Macron", "Again does not rule out sending Western ground troops", "2024-W18", "text",
          "Präsident Emmanuel Macron schloss"),
        S("Russia", "Could target British military facilities in Ukraine and elsewhere", "2024-05-06", "context",
          "Dem britischen Botschafter wurde bedeutet"),
        S("Emmanuel Macron", "Asks Xi to use his influence on Moscow; proposes an Olympic truce", "2024-05-06",
          "context", "Macron bat Xi"),
        S("Xi Jinping, via France", "Supports the Olympic truce idea", "2024-05-06", "context",
          "Xi unterstütze die Idee"),
        S("Ursula von der Leyen", "Beijing should stop dual-use deliveries to Russia", "2024-05-06", "context",
          "Von der Leyen drängte Peking"),
        S("Kremlin", "Putin's first trip abroad of the new term will go to China in May", "2024-05-07",
          "published", "wie der Kreml bestätigte"),
        S("Ukraine", "Beijing must decide whether it is Europe's partner or the aggressor's helper", "2024-05-07",
          "published", "Peking müsse sich entscheiden"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "United States", "United Kingdom", "European Union",
            "Germany", "Ukraine", "Dmitry Peskov", "France", "Emmanuel Macron", "Xi Jinping", "China",
            "Ursula von der Leyen", "Viktor Orbán"],
)

# ---------------------------------------------------------------------------------------------
# b15de03: Süddeutsche-style correspondent piece on Xi's state visit to Moscow before the 9 May parade.
DE03 = dict(
    id="b15de03_xi_staatsbesuch_moskau_parade_2025_05",
    lang="de",
    published="2025-05-08",
    body="""
Xi in Moskau: Viel Freundschaft, wenig Ukraine
Im Kreml haben Wladimir Putin und Xi Jinping am Donnerstag mehr als drei Stunden lang verhandelt, erst im kleinen Kreis, dann mit den Delegationen.
Am Ende unterzeichneten die beiden Präsidenten eine gemeinsame Erklärung zur weiteren Vertiefung ihrer „umfassenden Partnerschaft“ sowie gut zwei Dutzend Regierungsabkommen.
Darin heißt es, beide Seiten wollten die „Grundursachen“ des Konflikts in der Ukraine beseitigen – eine Formel, mit der der Kreml seit Jahren seine Forderungen an Kiew und den Westen umschreibt.
Xi nannte Russland und China nach Angaben chinesischer Staatsmedien „wahre Freunde aus Stahl“.

Der chinesische Staatschef war bereits am Mittwochnachmittag in der russischen Hauptstadt eingetroffen, sein Besuch dauert bis Samstag.
Höhepunkt soll an diesem Freitag die Militärparade zum 80. Jahrestag des Sieges über Hitler-Deutschland sein, zu der der Kreml mehr als zwanzig Staats- und Regierungschefs erwartet.
Die EU hatte Beitrittskandidaten schon im April davor gewarnt, an der Parade teilzunehmen; die Außenbeauftragte Kaja Kallas sprach von einer Frage der Glaubwürdigkeit.

Für die Dauer des Besuchs gilt die von Putin einseitig verkündete dreitägige Waffenruhe, die in der Nacht zum Donnerstag in Kraft trat und bis einschließlich Samstag gelten soll.
Die ukrainische Armee meldete schon am Vormittag Hunderte Verstöße, Präsident Wolodymyr Selenskyj sprach von einer „Farce“.
Moskau warf seinerseits Kiew vor, russische Stellungen im Gebiet Kursk angegriffen zu haben.
Kiew hatte die Feuerpause bereits Ende April als Versuch abgetan, die Parade abzusichern, und stattdessen eine mindestens 30-tägige Waffenruhe verlangt.
Diese Forderung erneuerte am Donnerstag auch US-Präsident Donald Trump: Moskau und Kiew sollten einer bedingungslosen Feuerpause für 30 Tage zustimmen, anderenfalls würden die USA und ihre Partner weitere Sanktionen verhängen.

In Europa wird Xis Besuch mit Argwohn verfolgt.
Der neue Bundeskanzler Friedrich Merz, erst am Dienstag im zweiten Wahlgang gewählt, traf am Mittwoch in Paris Präsident Emmanuel Macron und in Warschau Ministerpräsident Donald Tusk.
Merz und Macron sagten der Ukraine weitere Unterstützung zu und verlangten von Moskau, einer Waffenruhe ohne Vorbedingungen zuzustimmen.
Von Peking erwarte er, seinen Einfluss auf Russland zu nutzen, sagte Merz in Warschau.

Kremlsprecher Dmitri Peskow nannte die Gespräche mit Xi „sehr herzlich und inhaltsreich“.
China unterstütze die Bemühungen um direkte Gespräche zwischen Moskau und Kiew, sagte Peskow, über Einzelheiten wolle er nicht sprechen.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-05-08"),
        T("mehr als drei Stunden", "DURATION", "PT3H", mod="MORE_THAN"),
        T("Jahren", "DURATION", "PXY"),
        T("Mittwochnachmittag", "TIME", "2025-05-07TAF"),
        T("Samstag", "DATE", "2025-05-10"),
        T("diesem Freitag", "DATE", "2025-05-09"),
        T("April", "DATE", "2025-04"),
        T("dreitägige", "DURATION", "P3D"),
        T("der Nacht zum Donnerstag", "TIME", "2025-05-07TNI", note="night to Thursday 8 May; the truce began at 00:00 on 8 May"),
        T("Samstag", "DATE", "2025-05-10", n=1),
        T("Vormittag", "TIME", "2025-05-08TMO"),
        T("Ende April", "DATE", "2025-04", mod="END"),
        T("mindestens 30-tägige", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("Donnerstag", "DATE", "2025-05-08", n=2),
        T("30 Tage", "DURATION", "P30D"),
        T("Dienstag", "DATE", "2025-05-06"),
        T("Mittwoch", "DATE", "2025-05-07"),
    ],
    events=[
        E("Putin and Xi hold talks in the Kremlin", "CONSULT", ["Vladimir Putin", "Xi Jinping"],
          "2025-05-08", "text", "occurred", "mehr als drei Stunden lang verhandelt"),
        E("Putin and Xi sign a joint declaration and some two dozen agreements", "AGREE",
          ["Vladimir Putin", "Xi Jinping"], "2025-05-08", "context", "occurred",
          "unterzeichneten die beiden Präsidenten"),
        E("Xi arrives in Moscow for a state visit", "CONSULT", ["Xi Jinping", "Russia"],
          "2025-05-07TAF", "text", "occurred", "am Mittwochnachmittag in der russischen Hauptstadt",
          note="visit runs until Saturday 10 May"),
        E("Victory Day parade with Xi and foreign leaders as guests of the Kremlin", "CONSULT",
          ["Xi Jinping", "Kremlin"], "2025-05-09", "text", "planned", "Höhepunkt soll an diesem Freitag"),
        E("EU warned candidate countries against attending the parade", "REQUEST",
          ["European Union", "Kaja Kallas"], "2025-04", "text", "occurred", "Die EU hatte Beitrittskandidaten"),
        E("Putin's unilateral three-day truce takes effect", "RETREAT", ["Vladimir Putin"],
          "2025-05-07TNI", "text", "occurred", "einseitig verkündete dreitägige Waffenruhe",
          note="truce from 00:00 on 8 May to the end of 10 May"),
        E("Ukraine reports hundreds of truce violations; Zelensky calls the truce a farce", "ACCUSE",
          ["Ukraine", "Volodymyr Zelensky", "Russia"], "2025-05-08TMO", "text", "occurred",
          "Hunderte Verstöße"),
        E("Moscow accuses Kyiv of attacking Russian positions in Kursk region", "ACCUSE", ["Russia", "Ukraine"],
          "2025-05-08", "published", "occurred", "Moskau warf seinerseits Kiew vor"),
        E("Alleged Ukrainian attack on Russian positions in Kursk region", "ASSAULT", ["Ukraine", "Russia"],
          "2025-05-08", "published", "uncertain", "Moskau warf seinerseits Kiew vor",
          note="only claimed by Moscow"),
        E("Kyiv dismissed Putin's truce as a bid to secure the parade", "REJECT", ["Ukraine", "Vladimir Putin"],
          "2025-04", "text", "occurred", "bereits Ende April als Versuch abgetan", date_mod="END"),
        E("Kyiv demanded a ceasefire of at least 30 days instead", "REQUEST", ["Ukraine", "Russia"],
          "2025-04", "context", "occurred", "eine mindestens 30-tägige Waffenruhe verlangt", date_mod="END"),
        E("Trump calls on Moscow and Kyiv to accept an unconditional 30-day ceasefire", "REQUEST",
          ["Donald Trump", "Russia", "Ukraine"], "2025-05-08", "text", "occurred",
          "Diese Forderung erneuerte am Donnerstag"),
        E("Trump threatens further sanctions if the ceasefire is not respected", "THREATEN",
          ["Donald Trump", "United States", "Russia", "Ukraine"], "2025-05-08", "text", "occurred",
          "weitere Sanktionen verhängen"),
        E("Merz meets Macron in Paris", "CONSULT", ["Friedrich Merz", "Emmanuel Macron"],
          "2025-05-07", "text", "occurred", "traf am Mittwoch in Paris"),
        E("Merz meets Tusk in Warsaw", "CONSULT", ["Friedrich Merz", "Donald Tusk"],
          "2025-05-07", "text", "occurred", "in Warschau Ministerpräsident Donald Tusk"),
        E("Merz and Macron pledge further support to Ukraine", "AGREE",
          ["Friedrich Merz", "Emmanuel Macron", "Ukraine"], "2025-05-07", "context", "occurred",
          "sagten der Ukraine weitere Unterstützung zu"),
        E("Merz and Macron demand that Moscow accept a ceasefire without preconditions", "REQUEST",
          ["Friedrich Merz", "Emmanuel Macron", "Russia"], "2025-05-07", "context", "occurred",
          "verlangten von Moskau"),
        E("Merz expects Beijing to use its influence on Russia", "REQUEST", ["Friedrich Merz", "China", "Russia"],
          "2025-05-07", "context", "occurred", "Von Peking erwarte er"),
        E("China supports efforts for direct Russia-Ukraine talks (per Peskov)", "SUPPORT",
          ["China", "Russia", "Ukraine"], "2025-05-08", "published", "occurred",
          "China unterstütze die Bemühungen"),
    ],
    statements=[
        S("Joint statement: Vladimir Putin, Xi Jinping", "Both sides want to eliminate the 'root causes' of the conflict in Ukraine",
          "2025-05-08", "context", "Darin heißt es"),
        S("Xi Jinping, via China", "Russia and China are 'true friends of steel'", "2025-05-08", "context",
          "wahre Freunde aus Stahl"),
        S("Kaja Kallas", "Attending the parade is a question of credibility", "2025-04", "text",
          "Die EU hatte Beitrittskandidaten"),
        S("Ukraine", "Army reports hundreds of truce violations", "2025-05-08TMO", "text", "Hunderte Verstöße"),
        S("Volodymyr Zelensky", "The truce is a farce", "2025-05-08", "context", "sprach von einer „Farce“"),
        S("Russia", "Accuses Kyiv of attacking Russian positions in Kursk region", "2025-05-08", "published",
          "Moskau warf seinerseits Kiew vor"),
        S("Ukraine", "The truce is a bid to secure the parade; demands a ceasefire of at least 30 days", "2025-04",
          "text", "bereits Ende April als Versuch abgetan"),
        S("Donald Trump", "Moscow and Kyiv should accept an unconditional 30-day ceasefire, otherwise more sanctions",
          "2025-05-08", "text", "Diese Forderung erneuerte am Donnerstag"),
        S("Joint statement: Friedrich Merz, Emmanuel Macron", "Pledge further support to Ukraine; Moscow must accept a ceasefire without preconditions",
          "2025-05-07", "context", "sagten der Ukraine weitere Unterstützung zu"),
        S("Friedrich Merz", "Expects Beijing to use its influence on Russia", "2025-05-07", "context",
          "Von Peking erwarte er"),
        S("Dmitry Peskov", "The talks with Xi were very warm and substantive", "2025-05-08", "published",
          "sehr herzlich und inhaltsreich"),
        S("China, via Dmitry Peskov", "China supports efforts for direct talks between Moscow and Kyiv",
          "2025-05-08", "published", "China unterstütze die Bemühungen"),
    ],
    actors=["Vladimir Putin", "Xi Jinping", "Kremlin", "Russia", "China", "Ukraine", "European Union",
            "Kaja Kallas", "Volodymyr Zelensky", "Donald Trump", "United States", "Friedrich Merz", "Germany",
            "Emmanuel Macron", "Donald Tusk", "Dmitry Peskov"],
)

# ---------------------------------------------------------------------------------------------
# b15de04: Deutsche-Welle-style report on Tusk's visit to Kyiv at the start of Poland's EU presidency.
DE04 = dict(
    id="b15de04_tusk_kiew_exhumierungen_2025_01",
    lang="de",
    published="2025-01-16",
    body="""
Tusk in Kiew: Einigung bei Exhumierungen, Nein zu polnischen Soldaten
Polens Ministerpräsident Donald Tusk hat bei einem Besuch in Kiew am Mittwoch mit dem ukrainischen Präsidenten Wolodymyr Selenskyj eine Einigung über die Exhumierung polnischer Opfer der Massaker von Wolhynien verkündet.
Die ersten Arbeiten sollen im April beginnen, wie beide auf einer gemeinsamen Pressekonferenz mitteilten.
Die Frage hatte das Verhältnis zwischen Warschau und Kiew über Jahre belastet.
Es war Tusks erster Besuch in der Ukraine, seit Polen zum 1. Januar die halbjährlich wechselnde EU-Ratspräsidentschaft übernommen hat.

Tusk sicherte zu, Polen werde sich während seiner Präsidentschaft dafür einsetzen, dass die EU im ersten Halbjahr die ersten Verhandlungskapitel mit der Ukraine eröffnet.
Zugleich machte er deutlich, dass Warschau keine Soldaten für eine mögliche Friedensmission in die Ukraine schicken werde, solange die Kämpfe andauerten.
Selenskyj hatte zuletzt wiederholt für eine Präsenz westlicher Truppen als Teil künftiger Sicherheitsgarantien geworben.
Kremlsprecher Dmitri Peskow erklärte in Moskau, jede ausländische Truppenpräsenz auf ukrainischem Gebiet sei für Russland inakzeptabel.

Überschattet wurde der Besuch von einem der schwersten russischen Angriffe auf die Energieversorgung seit Wochen.
In der Nacht zum Mittwoch hatte Russland nach ukrainischen Angaben mehr als 40 Raketen und 70 Drohnen abgefeuert, vor allem auf Gasanlagen im Westen des Landes.
Polen ließ daraufhin Kampfflugzeuge aufsteigen, um den eigenen Luftraum zu sichern.
Tusk sprach in Kiew von „russischem Terror“, der sich auch gegen Europa richte.

Mit Blick auf die Amtseinführung von Donald Trump am kommenden Montag sagte Selenskyj, er setze darauf, dass der neue US-Präsident Russland zu einem gerechten Frieden drängen werde.
Trump hatte angekündigt, den Krieg rasch beenden zu wollen; sein designierter Sondergesandter Keith Kellogg will binnen 100 Tagen eine Lösung erreichen.
Polen gehört zu den wichtigsten Unterstützern Kiews: Über den Logistikknoten Rzeszów läuft seit fast drei Jahren ein Großteil der westlichen Militärhilfe.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-01-15"),
        T("April", "DATE", "2025-04"),
        T("Jahre", "DURATION", "PXY"),
        T("1. Januar", "DATE", "2025-01-01"),
        T("halbjährlich", "SET", "P6M"),
        T("ersten Halbjahr", "DATE", "2025-H1"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Wochen", "DURATION", "PXW"),
        T("der Nacht zum Mittwoch", "TIME", "2025-01-14TNI", note="night to Wednesday 15 Jan"),
        T("kommenden Montag", "DATE", "2025-01-20"),
        T("100 Tagen", "DURATION", "P100D"),
        T("fast drei Jahren", "DURATION", "P3Y", mod="APPROX"),
    ],
    events=[
        E("Tusk visits Kyiv and meets Zelensky", "CONSULT", ["Donald Tusk", "Volodymyr Zelensky"],
          "2025-01-15", "text", "occurred", "bei einem Besuch in Kiew am Mittwoch"),
        E("Tusk and Zelensky agree on exhuming Polish victims of the Volhynia massacres", "AGREE",
          ["Donald Tusk", "Volodymyr Zelensky"], "2025-01-15", "text", "occurred",
          "eine Einigung über die Exhumierung"),
        E("First exhumation work to start in April", "COOPERATE", ["Poland", "Ukraine"],
          "2025-04", "text", "planned", "Die ersten Arbeiten sollen im April beginnen"),
        E("Tusk promises Poland will push for opening the first negotiating chapters with Ukraine", "AGREE",
          ["Donald Tusk", "Poland", "Ukraine"], "2025-01-15", "context", "occurred", "Tusk sicherte zu"),
        E("EU to open the first negotiating chapters with Ukraine in the first half-year", "AGREE",
          ["European Union", "Ukraine"], "2025-H1", "text", "uncertain", "die ersten Verhandlungskapitel"),
        E("Tusk rules out Polish soldiers for a peace mission while fighting continues", "REJECT",
          ["Donald Tusk", "Poland"], "2025-01-15", "context", "occurred", "keine Soldaten für eine mögliche Friedensmission"),
        E("Zelensky has lobbied for Western troops as part of security guarantees", "REQUEST",
          ["Volodymyr Zelensky"], "PAST_REF", "vague", "occurred", "Selenskyj hatte zuletzt wiederholt"),
        E("Peskov: any foreign troop presence in Ukraine unacceptable to Russia", "REJECT",
          ["Dmitry Peskov", "Russia"], "2025-01-16", "published", "occurred", "jede ausländische Truppenpräsenz"),
        E("Massive Russian missile and drone attack on Ukraine's energy system", "ASSAULT", ["Russia", "Ukraine"],
          "2025-01-14TNI", "text", "occurred", "mehr als 40 Raketen und 70 Drohnen"),
        E("Poland scrambles fighter jets to secure its airspace", "MOBILIZE", ["Poland"],
          "2025-01-14TNI", "context", "occurred", "Polen ließ daraufhin Kampfflugzeuge aufsteigen"),
        E("Tusk accuses Russia of terror also aimed at Europe", "ACCUSE", ["Donald Tusk", "Russia"],
          "2025-01-15", "context", "occurred", "russischem Terror"),
    ],
    statements=[
        S("Joint statement: Donald Tusk, Volodymyr Zelensky", "Announce an agreement on exhuming Polish victims of the Volhynia massacres",
          "2025-01-15", "text", "eine Einigung über die Exhumierung"),
        S("Joint statement: Donald Tusk, Volodymyr Zelensky", "The first work is to start in April", "2025-01-15",
          "context", "Die ersten Arbeiten sollen im April beginnen"),
        S("Donald Tusk", "Poland will push for the EU to open the first chapters with Ukraine in the first half-year",
          "2025-01-15", "context", "Tusk sicherte zu"),
        S("Donald Tusk", "Warsaw will not send soldiers for a peace mission while fighting continues", "2025-01-15",
          "context", "keine Soldaten für eine mögliche Friedensmission"),
        S("Volodymyr Zelensky", "Has argued for a presence of Western troops as part of security guarantees",
          "PAST_REF", "vague", "Selenskyj hatte zuletzt wiederholt"),
        S("Dmitry Peskov", "Any foreign troop presence on Ukrainian territory is unacceptable to Russia",
          "2025-01-16", "published", "jede ausländische Truppenpräsenz"),
        S("Ukraine", "Russia fired more than 40 missiles and 70 drones", "2025-01-16", "published",
          "mehr als 40 Raketen und 70 Drohnen"),
        S("Donald Tusk", "Russian terror is also directed against Europe", "2025-01-15", "context", "russischem Terror"),
        S("Volodymyr Zelensky", "Counts on the new US president pushing Russia towards a just peace", "2025-01-15",
          "context", "er setze darauf"),
        S("Donald Trump", "Wants to end the war quickly", "2025-01-16", "published", "Trump hatte angekündigt"),
        S("Keith Kellogg", "Wants to reach a solution within 100 days", "2025-01-16", "published",
          "binnen 100 Tagen"),
    ],
    actors=["Donald Tusk", "Poland", "Volodymyr Zelensky", "Ukraine", "European Union", "Dmitry Peskov",
            "Kremlin", "Russia", "Donald Trump", "United States", "Keith Kellogg"],
)

# ---------------------------------------------------------------------------------------------
# b15de05: (fiction) FAZ-style Moscow report: Lukashenko offers Minsk for a three-way summit, Kyiv refuses.
DE05 = dict(
    id="b15de05_lukaschenko_minsk_gipfelangebot_2026_08",
    lang="de",
    published="2026-08-14",
    body="""
Lukaschenko bietet Minsk als Gipfelort an – Kiew winkt ab
MOSKAU, 13. August. Der belarussische Machthaber Alexander Lukaschenko hat sich erneut als Vermittler im Ukrainekrieg ins Spiel gebracht.
Bei einem Treffen mit Gouverneuren in Minsk schlug er am Donnerstag vor, ein Dreiertreffen von Wladimir Putin, Wolodymyr Selenskyj und Donald Trump in der belarussischen Hauptstadt auszurichten, und zwar „noch vor dem Herbst, wenn es alle ernst meinen“.
Minsk sei ein neutraler Ort, sagte Lukaschenko, der das Land seit 1994 mit harter Hand regiert.
Nach Angaben des Kremls hatte Putin den Vorschlag bereits am Mittwochabend in einem Telefonat mit Lukaschenko erörtert.
Kremlsprecher Dmitri Peskow nannte Minsk einen „durchaus geeigneten Ort“; ein Treffen Putins mit Selenskyj könne es aber nur geben, wenn es gründlich vorbereitet sei und am Ende ein unterschriftsreifes Abkommen stehe.

In Kiew stieß der Vorstoß auf schroffe Ablehnung.
Außenminister Andrij Sybiha schrieb auf der Plattform X, ein Land, von dessen Boden aus Russland im Februar 2022 Raketen auf ukrainische Städte abgefeuert habe, könne kein Gastgeber für Friedensgespräche sein.
Selenskyj sagte am Donnerstagabend in seiner Videoansprache, er sei zu einem Treffen mit Putin bereit, „aber nicht in Minsk und nicht in Moskau“.
Er erinnerte an die Minsker Abkommen von 2014 und 2015, die Russland nie umgesetzt habe.

US-Präsident Trump nannte die Idee vor Journalisten „interessant“, fügte aber hinzu, er werde „nicht irgendwohin fliegen, nur um Fotos zu machen“.
Sein Sondergesandter Steve Witkoff soll kommende Woche erneut nach Moskau reisen; ein Termin stehe noch nicht fest, hieß es aus dem Weißen Haus.
Lukaschenko hatte sich zuletzt durch die Freilassung politischer Gefangener um Washington bemüht; im Gegenzug lockerten die USA Sanktionen gegen die staatliche Fluggesellschaft Belavia.

In Warschau warnte Ministerpräsident Donald Tusk davor, Lukaschenko „auf den Leim zu gehen“.
Belarus habe erst im Juli wieder Migranten an die polnische Grenze geschleust, sagte Tusk.
Die EU-Außenbeauftragte Kaja Kallas sprach von einem „durchsichtigen Manöver“, mit dem Minsk seine Isolation durchbrechen wolle.

Unterdessen setzte Russland seine Luftangriffe fort.
In der Nacht zum Donnerstag wurden nach Angaben der ukrainischen Luftwaffe mehr als 80 Drohnen und sechs Raketen auf Ziele im Gebiet Lwiw und in Odessa abgefeuert.
""",
    timexes=[
        T("13. August", "DATE", "2026-08-13", note="dateline"),
        T("Donnerstag", "DATE", "2026-08-13"),
        T("dem Herbst", "DATE", "2026-FA"),
        T("1994", "DATE", "1994"),
        T("Mittwochabend", "TIME", "2026-08-12TEV"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Donnerstagabend", "TIME", "2026-08-13TEV"),
        T("2014", "DATE", "2014"),
        T("2015", "DATE", "2015"),
        T("kommende Woche", "DATE", "2026-W34"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Juli", "DATE", "2026-07"),
        T("der Nacht zum Donnerstag", "TIME", "2026-08-12TNI", note="night to Thursday 13 Aug"),
    ],
    events=[
        E("Lukashenko proposes hosting a Putin-Zelensky-Trump meeting in Minsk before autumn", "REQUEST",
          ["Alexander Lukashenko", "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"],
          "2026-08-13", "text", "occurred", "schlug er am Donnerstag vor"),
        E("Putin and Lukashenko discussed the proposal by phone", "CONSULT",
          ["Vladimir Putin", "Alexander Lukashenko"], "2026-08-12TEV", "text", "occurred",
          "am Mittwochabend in einem Telefonat"),
        E("Peskov calls Minsk a suitable venue", "SUPPORT", ["Dmitry Peskov", "Alexander Lukashenko"],
          "2026-08-14", "published", "occurred", "durchaus geeigneten Ort"),
        E("Peskov: a Putin-Zelensky meeting only if well prepared and ending in a signable agreement", "REQUEST",
          ["Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky"], "2026-08-14", "published", "occurred",
          "unterschriftsreifes Abkommen"),
        E("Kyiv rejects the Minsk proposal", "REJECT", ["Ukraine", "Alexander Lukashenko"],
          "2026-08-14", "published", "occurred", "In Kiew stieß der Vorstoß"),
        E("Sybiha: Belarus cannot host peace talks", "REJECT", ["Andrii Sybiha", "Belarus"],
          "2026-08-14", "published", "occurred", "kein Gastgeber für Friedensgespräche"),
        E("Russia fired missiles at Ukrainian cities from Belarusian soil in February 2022", "ASSAULT",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred", "von dessen Boden aus Russland"),
        E("Zelensky ready to meet Putin", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2026-08-13TEV", "text", "occurred", "er sei zu einem Treffen mit Putin bereit"),
        E("Zelensky rules out Minsk and Moscow as venues", "REJECT", ["Volodymyr Zelensky", "Alexander Lukashenko"],
          "2026-08-13TEV", "text", "occurred", "aber nicht in Minsk und nicht in Moskau"),
        E("Minsk agreement of 2014", "AGREE", ["Russia", "Ukraine"], "2014", "text", "occurred",
          "die Minsker Abkommen von 2014 und 2015"),
        E("Minsk agreement of 2015", "AGREE", ["Russia", "Ukraine"], "2015", "text", "occurred",
          "die Minsker Abkommen von 2014 und 2015"),
        E("Zelensky: Russia never implemented the Minsk agreements", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2026-08-13TEV", "context", "occurred", "die Russland nie umgesetzt habe"),
        E("Trump calls Lukashenko's idea interesting", "SUPPORT", ["Donald Trump", "Alexander Lukashenko"],
          "2026-08-14", "published", "occurred", "nannte die Idee vor Journalisten"),
        E("Witkoff to travel to Moscow again next week", "CONSULT", ["Steve Witkoff", "Russia"],
          "2026-W34", "text", "planned", "soll kommende Woche erneut nach Moskau reisen"),
        E("Lukashenko released political prisoners to court Washington", "CONCEDE",
          ["Alexander Lukashenko", "United States"], "PAST_REF", "vague", "occurred",
          "durch die Freilassung politischer Gefangener"),
        E("US eases sanctions on Belavia in return", "CONCEDE", ["United States", "Belarus"],
          "PAST_REF", "vague", "occurred", "lockerten die USA Sanktionen"),
        E("Tusk warns against falling for Lukashenko", "REQUEST", ["Donald Tusk", "Alexander Lukashenko"],
          "2026-08-14", "published", "occurred", "auf den Leim zu gehen"),
        E("Tusk accuses Belarus of pushing migrants to the Polish border", "ACCUSE", ["Donald Tusk", "Belarus"],
          "2026-08-14", "context", "occurred", "Migranten an die polnische Grenze"),
        E("Belarus pushed migrants to the Polish border in July", "COERCE", ["Belarus"],
          "2026-07", "text", "occurred", "Migranten an die polnische Grenze", note="according to Tusk"),
        E("Kallas calls the offer a transparent manoeuvre by Minsk", "ACCUSE", ["Kaja Kallas", "Belarus"],
          "2026-08-14", "published", "occurred", "durchsichtigen Manöver"),
        E("Russian drone and missile attack on Lviv region and Odesa", "ASSAULT", ["Russia", "Ukraine"],
          "2026-08-12TNI", "text", "occurred", "mehr als 80 Drohnen und sechs Raketen"),
    ],
    statements=[
        S("Alexander Lukashenko", "Proposes a three-way meeting in Minsk before autumn 'if everyone is serious'",
          "2026-08-13", "text", "schlug er am Donnerstag vor"),
        S("Alexander Lukashenko", "Minsk is a neutral venue", "2026-08-13", "context", "Minsk sei ein neutraler Ort"),
        S("Kremlin", "Putin discussed the proposal with Lukashenko by phone on Wednesday evening", "2026-08-14",
          "published", "Nach Angaben des Kremls"),
        S("Dmitry Peskov", "Minsk is a suitable venue; a Putin-Zelensky meeting only if well prepared and ending in an agreement",
          "2026-08-14", "published", "durchaus geeigneten Ort"),
        S("Andrii Sybiha", "A country from whose soil Russia fired missiles in 2022 cannot host peace talks",
          "2026-08-14", "published", "kein Gastgeber für Friedensgespräche"),
        S("Volodymyr Zelensky", "Ready to meet Putin, but not in Minsk or Moscow", "2026-08-13TEV", "text",
          "er sei zu einem Treffen mit Putin bereit"),
        S("Volodymyr Zelensky", "Russia never implemented the Minsk agreements", "2026-08-13TEV", "context",
          "die Russland nie umgesetzt habe"),
        S("Donald Trump", "The idea is interesting, but he will not fly somewhere just for photos", "2026-08-14",
          "published", "nannte die Idee vor Journalisten"),
        S("White House", "Witkoff to travel to Moscow next week; no date fixed", "2026-08-14", "published",
          "hieß es aus dem Weißen Haus"),
        S("Donald Tusk", "Warns against falling for Lukashenko", "2026-08-14", "published", "auf den Leim zu gehen"),
        S("Donald Tusk", "Belarus pushed migrants to the Polish border again in July", "2026-08-14", "context",
          "Migranten an die polnische Grenze"),
        S("Kaja Kallas", "A transparent manoeuvre by Minsk to break its isolation", "2026-08-14", "published",
          "durchsichtigen Manöver"),
        S("Ukraine", "Air force: more than 80 drones and six missiles fired overnight", "2026-08-14", "published",
          "mehr als 80 Drohnen und sechs Raketen"),
    ],
    actors=["Alexander Lukashenko", "Belarus", "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump",
            "United States", "Kremlin", "Dmitry Peskov", "Ukraine", "Andrii Sybiha", "Russia", "Steve Witkoff",
            "White House", "Donald Tusk", "Kaja Kallas", "European Union"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05]
