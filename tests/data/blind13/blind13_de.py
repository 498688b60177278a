"""German articles of the blind13 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b13de01
DE01 = dict(
    id="b13de01_macron_kreml_langer_tisch_2022_02",
    lang="de",
    published="2022-02-08",
    body="""
Macron sondiert im Kreml – und reist weiter nach Kiew

Frankreichs Präsident Emmanuel Macron hat in der Ukraine-Krise einen neuen Vermittlungsversuch gestartet und ist am Montag mehr als fünf Stunden mit Kremlchef Wladimir Putin in Moskau zusammengekommen.
Die beiden saßen sich an einem auffallend langen Tisch gegenüber, die Unterredung zog sich bis in den späten Abend.
Im Anschluss sagte Macron vor Journalisten, Putin habe ihm zugesichert, keine weitere Eskalation zu betreiben.
Putin wiederum nannte einige Vorschläge seines Gastes „durchaus realistisch“, hielt der NATO aber vor, die Sicherheitsinteressen Russlands seit Jahren zu übergehen.

Am Dienstagvormittag traf Macron in Kiew ein, wo er sich mit dem ukrainischen Präsidenten Wolodymyr Selenskyj über Auswege aus der Krise beriet.
Selenskyj gab sich nach dem Gespräch zurückhaltend: Er glaube keinen Worten, sondern nur Taten, ließ er wissen.
Für den Abend ist ein Treffen Macrons mit Bundeskanzler Olaf Scholz und dem polnischen Präsidenten Andrzej Duda in Berlin angesetzt.

Im Kreml wurde die Darstellung des Franzosen umgehend relativiert.
Kremlsprecher Dmitri Peskow bestritt, dass Moskau und Paris eine Vereinbarung über einen Verzicht auf neue Militärmanöver getroffen hätten.
Das sei schlicht nicht möglich, da Frankreich in der NATO nicht die Führung habe, so Peskow.
Zugleich kündigte Russland an, die rund 30.000 Soldaten, die derzeit zu gemeinsamen Übungen in Belarus stationiert sind, nach deren Ende am 20. Februar wieder abzuziehen.

Parallel dazu war Scholz zu seinem Antrittsbesuch nach Washington gereist.
US-Präsident Joe Biden drohte dort am Montag, im Falle eines russischen Einmarschs werde es „kein Nord Stream 2 mehr geben“.
Scholz vermied es, die Pipeline beim Namen zu nennen, versicherte aber, Deutschland und die USA handelten „absolut geschlossen“.
Nach Einschätzung westlicher Geheimdienste hat Russland inzwischen weit mehr als 100.000 Soldaten an der ukrainischen Grenze zusammengezogen.
Moskau bestreitet Angriffspläne und verlangt stattdessen schriftliche Garantien, dass die Ukraine niemals der NATO beitritt.
Scholz selbst will kommenden Montag nach Kiew und am 15. Februar nach Moskau reisen, wie ein Regierungssprecher bestätigte.
""",
    timexes=[
        T("Montag", "DATE", "2022-02-07", 0),
        T("mehr als fünf Stunden", "DURATION", "PT5H", mod="MORE_THAN"),
        T("späten Abend", "TIME", "2022-02-07TEV", mod="END"),
        T("Jahren", "DURATION", "PXY"),
        T("Dienstagvormittag", "TIME", "2022-02-08TMO"),
        T("den Abend", "TIME", "2022-02-08TEV"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("20. Februar", "DATE", "2022-02-20"),
        T("Montag", "DATE", "2022-02-07", 1),
        T("kommenden Montag", "DATE", "2022-02-14"),
        T("15. Februar", "DATE", "2022-02-15"),
    ],
    events=[
        E("Macron and Putin meet for more than five hours in Moscow", "CONSULT",
          ["Emmanuel Macron", "Vladimir Putin"], "2022-02-07", "text", "occurred",
          "einen neuen Vermittlungsversuch gestartet"),
        E("Putin assures Macron he will not escalate further (per Macron)", "AGREE",
          ["Vladimir Putin", "Emmanuel Macron"], "2022-02-07", "context", "occurred",
          "keine weitere Eskalation zu betreiben"),
        E("Putin calls some of Macron's proposals realistic", "SUPPORT",
          ["Vladimir Putin", "Emmanuel Macron"], "2022-02-07", "context", "occurred",
          "durchaus realistisch"),
        E("Putin accuses NATO of ignoring Russia's security interests", "ACCUSE",
          ["Vladimir Putin", "NATO"], "2022-02-07", "context", "occurred", "durchaus realistisch"),
        E("Macron and Zelensky confer in Kyiv", "CONSULT",
          ["Emmanuel Macron", "Volodymyr Zelensky"], "2022-02-08TMO", "text", "occurred",
          "Am Dienstagvormittag traf Macron in Kiew ein"),
        E("Macron to meet Scholz and the Polish president in Berlin", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz", "Poland"], "2022-02-08TEV", "text", "planned",
          "Für den Abend ist ein Treffen Macrons"),
        E("Peskov denies an agreement with Paris on forgoing new manoeuvres", "REJECT",
          ["Dmitry Peskov", "France"], "2022-02-08", "published", "occurred",
          "Kremlsprecher Dmitri Peskow bestritt"),
        E("Russian troops stationed in Belarus for joint exercises", "MOBILIZE",
          ["Russia", "Belarus"], "PRESENT_REF", "vague", "occurred", "zu gemeinsamen Übungen in Belarus"),
        E("Russia to withdraw its troops from Belarus after the exercises end", "RETREAT",
          ["Russia", "Belarus"], "2022-02-20", "text", "planned", "zu gemeinsamen Übungen in Belarus"),
        E("Scholz visits Biden in Washington", "CONSULT",
          ["Olaf Scholz", "Joe Biden"], "2022-02-07", "context", "occurred",
          "zu seinem Antrittsbesuch nach Washington"),
        E("Biden threatens the end of Nord Stream 2 if Russia invades", "THREATEN",
          ["Joe Biden", "Russia"], "2022-02-07", "text", "occurred", "kein Nord Stream 2 mehr geben"),
        E("Russia masses more than 100,000 troops at the Ukrainian border", "MOBILIZE",
          ["Russia", "Ukraine"], "2022-02-08", "published", "occurred",
          "weit mehr als 100.000 Soldaten", note="build-up since autumn 2021; no date in the text"),
        E("Scholz to travel to Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"], "2022-02-14", "text", "planned",
          "Scholz selbst will kommenden Montag"),
        E("Scholz to travel to Moscow", "CONSULT", ["Olaf Scholz", "Russia"], "2022-02-15", "text", "planned",
          "Scholz selbst will kommenden Montag"),
    ],
    statements=[
        S("Vladimir Putin, via Emmanuel Macron", "Assured Macron there would be no further escalation",
          "2022-02-07", "context", "keine weitere Eskalation zu betreiben"),
        S("Vladimir Putin", "Some of Macron's proposals realistic; NATO ignores Russia's security interests",
          "2022-02-07", "context", "durchaus realistisch"),
        S("Volodymyr Zelensky", "Believes deeds, not words", "2022-02-08", "context", "Er glaube keinen Worten"),
        S("Kremlin", "Put Macron's account into perspective", "2022-02-08", "published",
          "Im Kreml wurde die Darstellung"),
        S("Dmitry Peskov", "Denies an agreement with Paris on forgoing new manoeuvres", "2022-02-08", "published",
          "Kremlsprecher Dmitri Peskow bestritt"),
        S("Dmitry Peskov", "Such an agreement is impossible because France does not lead NATO", "2022-02-08",
          "published", "Das sei schlicht nicht möglich"),
        S("Russia", "Troops in Belarus will return after the exercises end on 20 February", "2022-02-08",
          "published", "zu gemeinsamen Übungen in Belarus"),
        S("Joe Biden", "If Russia invades there will be no more Nord Stream 2", "2022-02-07", "text",
          "kein Nord Stream 2 mehr geben"),
        S("Olaf Scholz", "Germany and the US act in complete unity", "2022-02-07", "context",
          "absolut geschlossen"),
        S("Russia", "Denies plans to attack; demands written guarantees that Ukraine never joins NATO",
          "2022-02-08", "published", "Moskau bestreitet Angriffspläne"),
        S("Germany", "Confirms Scholz's trips to Kyiv and Moscow", "2022-02-08", "published",
          "Scholz selbst will kommenden Montag"),
    ],
    actors=["Emmanuel Macron", "Vladimir Putin", "Kremlin", "France", "NATO", "Russia", "Ukraine",
            "Volodymyr Zelensky", "Olaf Scholz", "Germany", "Poland", "Dmitry Peskov", "Belarus", "Joe Biden",
            "United States"],
)

# ---------------------------------------------------------------- b13de02
DE02 = dict(
    id="b13de02_asow_kommandeure_heimkehr_2023_07",
    lang="de",
    published="2023-07-09",
    body="""
Selenskyj holt Asow-Kommandeure aus der Türkei heim – Moskau empört

Istanbul/Kiew (dpa) - Zum Abschluss seiner Reise durch mehrere europäische Hauptstädte hat der ukrainische Präsident Wolodymyr Selenskyj fünf Kommandeure der Verteidigung des Asow-Stahlwerks in Mariupol aus der Türkei in die Heimat zurückgebracht.
Die Offiziere waren im vergangenen September im Zuge eines Gefangenenaustauschs freigekommen, hätten nach einer Absprache zwischen Moskau, Kiew und Ankara aber bis Kriegsende in der Türkei bleiben sollen.
Am Samstagabend landete die Maschine mit den Männern in Lwiw, wie Selenskyj in einem Video zeigte.

Zuvor war Selenskyj in Istanbul vom türkischen Staatschef Recep Tayyip Erdoğan empfangen worden.
Nach dem fast dreistündigen Gespräch sagte Erdoğan, die Ukraine habe „zweifellos“ einen Platz in der NATO verdient.
Beide Seiten sprachen sich zudem dafür aus, das Getreideabkommen, das am 17. Juli ausläuft, um mindestens drei Monate zu verlängern.
Erdoğan kündigte an, sich bei Kremlchef Wladimir Putin für die Verlängerung starkzumachen; dieser werde im August zu einem Besuch in der Türkei erwartet.

Die Reaktion aus Moskau ließ nicht lange auf sich warten.
Kremlsprecher Dmitri Peskow warf Ankara am Sonntag einen klaren Bruch der Vereinbarungen vor.
Niemand habe Russland über die Rückführung informiert, die Türkei habe unter dem Druck ihrer NATO-Partner gehandelt, sagte Peskow der Staatsagentur Tass.
Zugleich betonte er, Moskau wolle die Beziehungen zu Ankara deswegen nicht aufs Spiel setzen.

In Kiew wurde die Heimkehr der Kommandeure als Symbol gefeiert.
Präsidialamtschef Andrij Jermak schrieb auf Telegram, man werde jeden einzelnen Gefangenen nach Hause holen.
Vor dem Abstecher an den Bosporus hatte Selenskyj in den vergangenen Tagen Bulgarien, Tschechien und die Slowakei besucht, um für Rüstungshilfe und eine Beitrittsperspektive zu werben.

Am kommenden Dienstag beginnt in Vilnius der NATO-Gipfel, bei dem die Allianz über ihr Verhältnis zur Ukraine beraten will.
Selenskyj hat seine Teilnahme in Aussicht gestellt, sofern es dort konkrete Signale für einen Beitritt gebe.
""",
    timexes=[
        T("vergangenen September", "DATE", "2022-09"),
        T("Samstagabend", "TIME", "2023-07-08TEV"),
        T("fast dreistündigen", "DURATION", "PT3H", mod="APPROX"),
        T("17. Juli", "DATE", "2023-07-17"),
        T("mindestens drei Monate", "DURATION", "P3M", mod="EQUAL_OR_MORE"),
        T("August", "DATE", "2023-08"),
        T("Sonntag", "DATE", "2023-07-09"),
        T("den vergangenen Tagen", "DATE", "PAST_REF"),
        T("kommenden Dienstag", "DATE", "2023-07-11"),
    ],
    events=[
        E("Turkey lets the Azovstal commanders return to Ukraine with Zelensky", "CONCEDE",
          ["Turkey", "Ukraine", "Volodymyr Zelensky"], "2023-07-08", "context", "occurred",
          "Zum Abschluss seiner Reise",
          note="they were to stay in Turkey until the end of the war; landed Saturday evening"),
        E("Commanders freed in a prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2022-09", "text",
          "occurred", "im vergangenen September im Zuge eines Gefangenenaustauschs"),
        E("Moscow, Kyiv and Ankara agree the commanders stay in Turkey until the war ends", "AGREE",
          ["Russia", "Ukraine", "Turkey"], "2022-09", "context", "occurred",
          "im vergangenen September im Zuge eines Gefangenenaustauschs"),
        E("Erdoğan receives Zelensky in Istanbul", "CONSULT",
          ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2023-07-08", "context", "occurred",
          "vom türkischen Staatschef Recep Tayyip Erdoğan empfangen"),
        E("Erdoğan says Ukraine deserves NATO membership", "SUPPORT",
          ["Recep Tayyip Erdoğan", "Ukraine", "NATO"], "2023-07-08", "context", "occurred",
          "einen Platz in der NATO verdient"),
        E("Erdoğan and Zelensky call for extending the grain deal by at least three months", "REQUEST",
          ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2023-07-08", "context", "occurred",
          "um mindestens drei Monate zu verlängern"),
        E("Erdoğan to press Putin for the extension", "REQUEST",
          ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-08", "context", "planned",
          "sich bei Kremlchef Wladimir Putin für die Verlängerung starkzumachen",
          note="announced on 2023-07-08; dated by Putin's expected visit"),
        E("Putin expected to visit Turkey", "CONSULT",
          ["Vladimir Putin", "Recep Tayyip Erdoğan", "Turkey"], "2023-08", "text", "planned",
          "sich bei Kremlchef Wladimir Putin für die Verlängerung starkzumachen"),
        E("Peskov accuses Ankara of breaching the agreements", "ACCUSE",
          ["Dmitry Peskov", "Turkey"], "2023-07-09", "text", "occurred", "einen klaren Bruch der Vereinbarungen"),
        E("Peskov says Turkey acted under pressure from its NATO partners", "ACCUSE",
          ["Dmitry Peskov", "NATO"], "2023-07-09", "context", "occurred", "Niemand habe Russland"),
        E("Zelensky visits Bulgaria, Czechia and Slovakia", "CONSULT", ["Volodymyr Zelensky"], "PAST_REF",
          "vague", "occurred", "Vor dem Abstecher an den Bosporus",
          note="hosts not canonical"),
        E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07-11", "text", "planned",
          "Am kommenden Dienstag beginnt in Vilnius"),
        E("Zelensky may attend the Vilnius summit", "CONSULT", ["Volodymyr Zelensky", "NATO"], "2023-07-11",
          "context", "uncertain", "Selenskyj hat seine Teilnahme in Aussicht gestellt"),
        E("Zelensky makes his attendance conditional on concrete membership signals", "REQUEST",
          ["Volodymyr Zelensky", "NATO"], "2023-07-09", "published", "occurred",
          "Selenskyj hat seine Teilnahme in Aussicht gestellt"),
    ],
    statements=[
        S("Recep Tayyip Erdoğan", "Ukraine undoubtedly deserves a place in NATO", "2023-07-08", "context",
          "einen Platz in der NATO verdient"),
        S("Joint statement: Recep Tayyip Erdoğan, Volodymyr Zelensky",
          "For extending the grain deal by at least three months", "2023-07-08", "context",
          "um mindestens drei Monate zu verlängern"),
        S("Recep Tayyip Erdoğan", "Will press Putin for the extension; Putin expected in Turkey in August",
          "2023-07-08", "context", "sich bei Kremlchef Wladimir Putin für die Verlängerung starkzumachen"),
        S("Dmitry Peskov", "Ankara clearly breached the agreements", "2023-07-09", "text",
          "einen klaren Bruch der Vereinbarungen"),
        S("Dmitry Peskov", "Russia was not informed; Turkey acted under NATO pressure", "2023-07-09", "context",
          "Niemand habe Russland"),
        S("Dmitry Peskov", "Moscow does not want to put relations with Ankara at risk", "2023-07-09", "context",
          "Beziehungen zu Ankara deswegen nicht aufs Spiel setzen"),
        S("Andriy Yermak", "Every prisoner will be brought home", "2023-07-09", "published",
          "man werde jeden einzelnen Gefangenen"),
        S("Volodymyr Zelensky", "Will attend Vilnius if there are concrete signals for membership", "2023-07-09",
          "published", "Selenskyj hat seine Teilnahme in Aussicht gestellt"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Turkey", "Russia", "Recep Tayyip Erdoğan", "NATO", "Kremlin",
            "Vladimir Putin", "Dmitry Peskov", "Andriy Yermak"],
)

# ---------------------------------------------------------------- b13de03
DE03 = dict(
    id="b13de03_putin_staatsbesuch_peking_harbin_2024_05",
    lang="de",
    published="2024-05-17",
    body="""
Putin in Harbin – Peking und Moskau demonstrieren Schulterschluss

Der russische Präsident Putin hat seinen zweitägigen Staatsbesuch in China fortgesetzt.
Heute besuchte er die nordostchinesische Stadt Harbin, wo er eine Handelsmesse eröffnete und mit Studenten sprach.
Gestern war Putin in Peking mit Staats- und Parteichef Xi Jinping zusammengekommen.
Beide unterzeichneten eine gemeinsame Erklärung, in der sie eine Vertiefung ihrer „umfassenden strategischen Partnerschaft“ vereinbarten.
Darin werfen Moskau und Peking den USA eine „Mentalität des Kalten Krieges“ vor und wenden sich gegen neue Militärbündnisse im asiatisch-pazifischen Raum.

Mit Blick auf den Krieg in der Ukraine sagte Xi, China trete für eine politische Lösung ein.
Peking unterstütze die rechtzeitige Einberufung einer internationalen Friedenskonferenz, die von Russland und der Ukraine gleichermaßen anerkannt werde.
Putin bedankte sich ausdrücklich für die chinesischen Vermittlungsbemühungen und erklärte, Russland sei offen für Verhandlungen.

Die Schweiz plant für Mitte Juni eine Ukraine-Friedenskonferenz am Bürgenstock, zu der Russland nicht eingeladen ist.
Ob China daran teilnimmt, ist derzeit offen; Beobachter halten eine Absage für wahrscheinlich.

Kritik an dem Treffen kam aus Washington.
US-Außenminister Blinken hatte erst am Dienstag bei einem Besuch in Kiew gewarnt, China befeuere mit Lieferungen von Bauteilen für Waffen und Maschinen die russische Rüstungsindustrie.
Ein Sprecher des US-Außenministeriums sagte gestern Abend, Peking könne nicht zugleich gute Beziehungen zum Westen wollen und den größten Krieg in Europa seit dem Zweiten Weltkrieg unterstützen.

Kremlsprecher Peskow wies die Vorwürfe zurück.
Die Zusammenarbeit mit China richte sich gegen niemanden, sagte er am Vormittag in Moskau.
Die Bundesregierung rief Peking auf, seinen Einfluss auf Moskau zu nutzen, um den Krieg zu beenden.
Für Putin ist es die erste Auslandsreise seit seiner Vereidigung für eine fünfte Amtszeit Anfang Mai.
""",
    timexes=[
        T("zweitägigen", "DURATION", "P2D"),
        T("Heute", "DATE", "2024-05-17"),
        T("Gestern", "DATE", "2024-05-16"),
        T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Dienstag", "DATE", "2024-05-14"),
        T("gestern Abend", "TIME", "2024-05-16TEV"),
        T("Vormittag", "TIME", "2024-05-17TMO"),
        T("Anfang Mai", "DATE", "2024-05", mod="START"),
    ],
    events=[
        E("Putin continues his state visit to China", "CONSULT", ["Vladimir Putin", "China"], "2024-05-17",
          "published", "occurred", "seinen zweitägigen Staatsbesuch in China fortgesetzt",
          note="visit 16-17 May 2024"),
        E("Putin and Xi meet in Beijing", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2024-05-16", "text",
          "occurred", "Gestern war Putin in Peking"),
        E("Putin and Xi sign a joint statement deepening their strategic partnership", "AGREE",
          ["Vladimir Putin", "Xi Jinping"], "2024-05-16", "context", "occurred",
          "Beide unterzeichneten eine gemeinsame Erklärung"),
        E("Moscow and Beijing accuse the US of a Cold War mentality", "ACCUSE",
          ["Russia", "China", "United States"], "2024-05-16", "context", "occurred",
          "Mentalität des Kalten Krieges"),
        E("China backs a peace conference recognised by both Russia and Ukraine", "REQUEST",
          ["China", "Russia", "Ukraine"], "2024-05-16", "context", "occurred",
          "Peking unterstütze die rechtzeitige Einberufung"),
        E("Putin thanks China for its mediation efforts", "SUPPORT", ["Vladimir Putin", "China"], "2024-05-16",
          "context", "occurred", "Putin bedankte sich ausdrücklich"),
        E("Putin says Russia is open to negotiations", "AGREE", ["Vladimir Putin"], "2024-05-16", "context",
          "occurred", "Putin bedankte sich ausdrücklich"),
        E("Swiss-hosted Ukraine peace conference at the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06",
          "text", "planned", "Die Schweiz plant für Mitte Juni", date_mod="MID",
          note="host Switzerland not canonical"),
        E("China's attendance at the peace conference open", "CONSULT", ["China"], "2024-06", "context",
          "uncertain", "Ob China daran teilnimmt", date_mod="MID"),
        E("Blinken visits Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2024-05-14", "text", "occurred",
          "bei einem Besuch in Kiew gewarnt"),
        E("Blinken accuses China of fuelling Russia's arms industry", "ACCUSE", ["Antony Blinken", "China"],
          "2024-05-14", "text", "occurred", "bei einem Besuch in Kiew gewarnt"),
        E("State Department criticises Beijing's support for the war", "ACCUSE", ["United States", "China"],
          "2024-05-16TEV", "text", "occurred", "Ein Sprecher des US-Außenministeriums"),
        E("Peskov rejects the US accusations", "REJECT", ["Dmitry Peskov", "United States"], "2024-05-17TMO",
          "context", "occurred", "Kremlsprecher Peskow wies die Vorwürfe zurück"),
        E("Berlin calls on Beijing to use its influence on Moscow", "REQUEST", ["Germany", "China", "Russia"],
          "2024-05-17", "published", "occurred", "Die Bundesregierung rief Peking auf"),
    ],
    statements=[
        S("Joint statement: Vladimir Putin, Xi Jinping",
          "US Cold War mentality; against new military alliances in Asia-Pacific", "2024-05-16", "context",
          "Mentalität des Kalten Krieges"),
        S("Xi Jinping", "China stands for a political solution", "2024-05-16", "context",
          "China trete für eine politische Lösung ein"),
        S("Xi Jinping", "Supports a peace conference recognised by Russia and Ukraine", "2024-05-16", "context",
          "Peking unterstütze die rechtzeitige Einberufung"),
        S("Vladimir Putin", "Thanks China for mediation; Russia open to negotiations", "2024-05-16", "context",
          "Putin bedankte sich ausdrücklich"),
        S("Antony Blinken", "China fuels Russia's arms industry with components", "2024-05-14", "text",
          "bei einem Besuch in Kiew gewarnt"),
        S("United States", "Beijing cannot want good ties with the West and back the war", "2024-05-16TEV",
          "text", "Ein Sprecher des US-Außenministeriums"),
        S("Dmitry Peskov", "Rejects the accusations", "2024-05-17TMO", "context",
          "Kremlsprecher Peskow wies die Vorwürfe zurück"),
        S("Dmitry Peskov", "Cooperation with China is directed against no one", "2024-05-17TMO", "text",
          "richte sich gegen niemanden"),
        S("Germany", "Beijing should use its influence on Moscow to end the war", "2024-05-17", "published",
          "Die Bundesregierung rief Peking auf"),
    ],
    actors=["Vladimir Putin", "Russia", "China", "Xi Jinping", "United States", "Ukraine", "Antony Blinken",
            "Kremlin", "Dmitry Peskov", "Germany"],
)

# ---------------------------------------------------------------- b13de04
DE04 = dict(
    id="b13de04_paris_rueckversicherungstruppe_2025_03",
    lang="de",
    published="2025-03-28",
    body="""
Gipfel in Paris: Europäer wollen Schutztruppe für die Ukraine – doch nicht alle ziehen mit

Frankreich und Großbritannien treiben die Pläne für eine europäische Rückversicherungstruppe in der Ukraine voran.
Nach einem Gipfeltreffen von rund 30 Staaten am Donnerstag in Paris kündigte Präsident Emmanuel Macron an, mehrere Länder wollten nach einem Waffenstillstand Soldaten an strategisch wichtigen Orten stationieren.
Die Truppe solle keine Friedensmission sein und nicht an der Front stehen, sondern Russland von einem erneuten Angriff abschrecken.
Einstimmigkeit gebe es dafür allerdings nicht, räumte Macron ein.

Der britische Premierminister Keir Starmer warf Kremlchef Wladimir Putin vor, auf Zeit zu spielen und zugleich weiter Städte bombardieren zu lassen.
Putin habe kein echtes Interesse an Frieden, sagte Starmer nach den mehrstündigen Beratungen.
Einig waren sich Macron, Starmer und die übrigen Teilnehmer darin, die Sanktionen gegen Moskau nicht zu lockern, solange es keinen dauerhaften Frieden gibt.
Damit erteilten sie einer zentralen russischen Forderung im Zusammenhang mit einer möglichen Waffenruhe im Schwarzen Meer eine Absage.

Der ukrainische Präsident Wolodymyr Selenskyj, der bereits am Mittwochabend mit Macron im Élysée-Palast zu Abend gegessen hatte, dankte Paris und London für die Rückendeckung.
Zugleich beschuldigte er Moskau, mit immer neuen Bedingungen einen Keil zwischen Europa und die USA treiben zu wollen.
Italiens Regierungschefin Giorgia Meloni bekräftigte, ihr Land werde keine eigenen Soldaten entsenden, und warb für eine enge Einbindung der Vereinigten Staaten.

In Moskau stießen die Pläne auf scharfe Ablehnung.
Außenamtssprecherin Maria Sacharowa sprach von einem Versuch, die Ukraine in ein Aufmarschgebiet der NATO zu verwandeln.
Jede Stationierung westlicher Truppen werde Russland als direkte Beteiligung am Konflikt werten, fügte sie hinzu.

Eine Delegation britischer und französischer Militärs soll in den kommenden Tagen nach Kiew reisen, um Einzelheiten mit der ukrainischen Armeeführung abzustimmen.
Macron kündigte zudem an, noch am Abend mit US-Präsident Donald Trump telefonieren zu wollen, um ihn über die Ergebnisse zu unterrichten.
Die Gespräche über eine Waffenruhe laufen derzeit weitgehend ohne europäische Beteiligung; die USA verhandeln getrennt mit Kiew und Moskau.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-03-27"),
        T("mehrstündigen", "DURATION", "PTXH"),
        T("Mittwochabend", "TIME", "2025-03-26TEV"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Abend", "TIME", "2025-03-27TEV", 1),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Summit of some 30 states in Paris on Ukraine", "CONSULT",
          ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky", "Giorgia Meloni"], "2025-03-27", "text",
          "occurred", "Nach einem Gipfeltreffen von rund 30 Staaten"),
        E("Several countries plan to station a reassurance force in Ukraine after a ceasefire", "MOBILIZE",
          ["France", "United Kingdom", "Ukraine"], "2025-03-27", "text", "planned",
          "Nach einem Gipfeltreffen von rund 30 Staaten", note="dated by the announcement"),
        E("Starmer accuses Putin of playing for time while bombing cities", "ACCUSE",
          ["Keir Starmer", "Vladimir Putin"], "2025-03-27", "context", "occurred", "auf Zeit zu spielen"),
        E("Participants agree not to ease sanctions on Russia", "AGREE", ["Emmanuel Macron", "Keir Starmer"],
          "2025-03-27", "context", "occurred", "Einig waren sich Macron, Starmer"),
        E("Europeans reject Russia's demand linked to a Black Sea ceasefire", "REJECT",
          ["Emmanuel Macron", "Keir Starmer", "Russia"], "2025-03-27", "context", "occurred",
          "Damit erteilten sie einer zentralen russischen Forderung"),
        E("Zelensky dines with Macron at the Élysée", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2025-03-26TEV", "text", "occurred", "am Mittwochabend mit Macron"),
        E("Zelensky thanks Paris and London for their backing", "SUPPORT",
          ["Volodymyr Zelensky", "France", "United Kingdom"], "2025-03-27", "context", "occurred",
          "dankte Paris und London"),
        E("Zelensky accuses Moscow of trying to split Europe and the US", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-03-27", "context", "occurred", "Zugleich beschuldigte er Moskau"),
        E("Meloni rules out sending Italian troops", "REJECT", ["Giorgia Meloni"], "2025-03-27", "context",
          "occurred", "Giorgia Meloni bekräftigte"),
        E("Meloni calls for close involvement of the United States", "REQUEST",
          ["Giorgia Meloni", "United States"], "2025-03-27", "context", "occurred", "Giorgia Meloni bekräftigte"),
        E("Moscow sharply rejects the troop plans", "REJECT", ["Russia", "France", "United Kingdom"],
          "2025-03-28", "published", "occurred", "In Moskau stießen die Pläne"),
        E("Zakharova accuses the West of turning Ukraine into a NATO staging area", "ACCUSE",
          ["Maria Zakharova", "NATO"], "2025-03-28", "published", "occurred", "Aufmarschgebiet der NATO"),
        E("Zakharova warns Russia would treat any deployment as direct involvement", "THREATEN",
          ["Maria Zakharova", "Russia"], "2025-03-28", "published", "occurred",
          "Jede Stationierung westlicher Truppen"),
        E("British and French military delegation to travel to Kyiv", "CONSULT",
          ["United Kingdom", "France", "Ukraine"], "FUTURE_REF", "vague", "planned",
          "Eine Delegation britischer und französischer Militärs"),
        E("Macron to phone Trump about the results", "CONSULT", ["Emmanuel Macron", "Donald Trump"],
          "2025-03-27TEV", "text", "planned", "mit US-Präsident Donald Trump telefonieren"),
        E("US negotiates separately with Kyiv and Moscow on a ceasefire", "CONSULT",
          ["United States", "Ukraine", "Russia"], "PRESENT_REF", "vague", "occurred",
          "die USA verhandeln getrennt"),
    ],
    statements=[
        S("Emmanuel Macron", "Several countries want to station troops at strategic sites after a ceasefire",
          "2025-03-27", "text", "Nach einem Gipfeltreffen von rund 30 Staaten"),
        S("Emmanuel Macron", "The force would not be a peace mission but deter Russia", "2025-03-27", "context",
          "Die Truppe solle keine Friedensmission sein"),
        S("Emmanuel Macron", "There is no unanimity on the force", "2025-03-27", "context",
          "Einstimmigkeit gebe es dafür allerdings nicht"),
        S("Keir Starmer", "Putin is playing for time while bombing cities", "2025-03-27", "context",
          "auf Zeit zu spielen"),
        S("Keir Starmer", "Putin has no real interest in peace", "2025-03-27", "context",
          "Putin habe kein echtes Interesse an Frieden"),
        S("Volodymyr Zelensky", "Thanks Paris and London for their backing", "2025-03-27", "context",
          "dankte Paris und London"),
        S("Volodymyr Zelensky", "Moscow wants to drive a wedge between Europe and the US", "2025-03-27",
          "context", "Zugleich beschuldigte er Moskau"),
        S("Giorgia Meloni", "Italy will not send troops; the US should be involved", "2025-03-27", "context",
          "Giorgia Meloni bekräftigte"),
        S("Russia", "Rejects the plans sharply", "2025-03-28", "published", "In Moskau stießen die Pläne"),
        S("Maria Zakharova", "Attempt to turn Ukraine into a NATO staging area", "2025-03-28", "published",
          "Aufmarschgebiet der NATO"),
        S("Maria Zakharova", "Any deployment would be seen as direct involvement in the conflict", "2025-03-28",
          "published", "Jede Stationierung westlicher Truppen"),
        S("Emmanuel Macron", "Will phone Trump in the evening to brief him", "2025-03-27", "context",
          "mit US-Präsident Donald Trump telefonieren"),
    ],
    actors=["France", "United Kingdom", "Ukraine", "Emmanuel Macron", "Russia", "Keir Starmer", "Kremlin",
            "Vladimir Putin", "Volodymyr Zelensky", "United States", "Giorgia Meloni", "Maria Zakharova", "NATO",
            "Donald Trump"],
)

# ---------------------------------------------------------------- b13de05
DE05 = dict(
    id="b13de05_rafale_absichtserklaerung_2025_11",
    lang="de",
    published="2025-11-17",
    body="""
Selenskyj in Paris: Absichtserklärung über bis zu 100 Rafale-Kampfjets

Die Ukraine will ihre Luftwaffe in großem Stil mit französischen Kampfflugzeugen ausstatten.
Präsident Wolodymyr Selenskyj und sein französischer Amtskollege Emmanuel Macron unterzeichneten am Montag auf dem Militärflugplatz Villacoublay bei Paris eine Absichtserklärung über den Erwerb von bis zu 100 Maschinen des Typs Rafale.
Die Lieferungen sollen sich über rund zehn Jahre erstrecken; die ersten Jets könnten nach Angaben aus dem Élysée innerhalb der kommenden drei Jahre eintreffen.
Vorgesehen sind außerdem neue Flugabwehrsysteme vom Typ SAMP/T sowie Drohnen und gelenkte Bomben.

Selenskyj sprach von einer „historischen Vereinbarung“.
Macron sicherte zu, Frankreich werde der Ukraine so lange beistehen, wie es nötig sei, und kündigte an, die Ausbildung ukrainischer Piloten auszuweiten.
Wie die Jets bezahlt werden sollen, blieb zunächst offen; im Gespräch sind unter anderem Mittel aus den in der EU eingefrorenen russischen Vermögenswerten.

Bereits am Sonntag hatte Selenskyj in Athen eine Vereinbarung über Flüssiggaslieferungen aus den USA über Griechenland für den Winter geschlossen.
Ende Oktober hatte Kiew zudem mit Schweden eine Absichtserklärung über den Kauf von bis zu 150 Gripen-Jets unterzeichnet.

Im Kreml stieß der Rüstungsdeal erwartungsgemäß auf Kritik.
Kremlsprecher Dmitri Peskow sagte, Paris gieße mit seinen Waffenlieferungen Öl ins Feuer und verlängere den Krieg, statt zu einer Lösung beizutragen.
An der Lage an der Front werde das nichts ändern, fügte er hinzu.

Unterdessen setzte Russland seine Angriffe auf die ukrainische Energieversorgung fort.
In der Nacht zum Montag wurden nach Angaben der ukrainischen Luftwaffe mehr als 170 Drohnen und mehrere Raketen abgefeuert; in mehreren Regionen fiel der Strom aus.
Selenskyj forderte die Verbündeten erneut auf, mehr Flugabwehr zu liefern und den Druck auf Moskau mit weiteren Sanktionen zu erhöhen.
Noch in dieser Woche will er nach Spanien weiterreisen.
""",
    timexes=[
        T("Montag", "DATE", "2025-11-17", 0),
        T("rund zehn Jahre", "DURATION", "P10Y", mod="APPROX"),
        T("der kommenden drei Jahre", "DURATION", "P3Y"),
        T("Sonntag", "DATE", "2025-11-16"),
        T("den Winter", "DATE", "2025-WI"),
        T("Ende Oktober", "DATE", "2025-10", mod="END"),
        T("der Nacht zum Montag", "TIME", "2025-11-16TNI", note="night to Monday 17 Nov"),
        T("dieser Woche", "DATE", "2025-W47"),
    ],
    events=[
        E("Zelensky and Macron sign a letter of intent on up to 100 Rafale jets", "AGREE",
          ["Volodymyr Zelensky", "Emmanuel Macron"], "2025-11-17", "text", "occurred",
          "unterzeichneten am Montag auf dem Militärflugplatz"),
        E("Deliveries of Rafale jets to Ukraine over about ten years", "AID", ["France", "Ukraine"],
          "2025-11-17", "published", "planned", "Die Lieferungen sollen sich über rund zehn Jahre erstrecken",
          note="first jets possibly within three years"),
        E("Macron promises France will stand by Ukraine as long as needed", "AGREE",
          ["Emmanuel Macron", "France", "Ukraine"], "2025-11-17", "context", "occurred",
          "Macron sicherte zu"),
        E("Macron announces expanded training of Ukrainian pilots", "AID", ["Emmanuel Macron", "Ukraine"],
          "2025-11-17", "context", "planned", "Macron sicherte zu"),
        E("Frozen Russian assets in the EU discussed as a source of financing", "AID",
          ["European Union", "Ukraine"], "2025-11-17", "published", "uncertain",
          "eingefrorenen russischen Vermögenswerten"),
        E("Zelensky concludes an LNG supply agreement in Athens", "AGREE", ["Volodymyr Zelensky"], "2025-11-16",
          "text", "occurred", "Bereits am Sonntag hatte Selenskyj in Athen",
          note="counterpart Greece not canonical; the gas comes from the US"),
        E("Kyiv signs a letter of intent with Sweden on up to 150 Gripen jets", "AGREE", ["Ukraine"], "2025-10",
          "text", "occurred", "Gripen-Jets", date_mod="END", note="Sweden not canonical"),
        E("Peskov accuses Paris of fuelling the war with arms deliveries", "ACCUSE", ["Dmitry Peskov", "France"],
          "2025-11-17", "published", "occurred", "Paris gieße mit seinen Waffenlieferungen Öl ins Feuer"),
        E("Russian drone and missile attack on Ukraine's energy system", "ASSAULT", ["Russia", "Ukraine"],
          "2025-11-16TNI", "text", "occurred", "mehr als 170 Drohnen"),
        E("Zelensky urges allies to supply more air defence and tighten sanctions", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2025-11-17", "published", "occurred",
          "Selenskyj forderte die Verbündeten erneut auf"),
        E("Zelensky to travel on to Spain", "CONSULT", ["Volodymyr Zelensky"], "2025-W47", "text", "planned",
          "nach Spanien weiterreisen", note="Spain not canonical"),
    ],
    statements=[
        S("France", "First jets could arrive within the next three years", "2025-11-17", "published",
          "nach Angaben aus dem Élysée"),
        S("Volodymyr Zelensky", "A historic agreement", "2025-11-17", "context", "historischen Vereinbarung"),
        S("Emmanuel Macron", "France will stand by Ukraine as long as needed; more pilot training",
          "2025-11-17", "context", "Macron sicherte zu"),
        S("Dmitry Peskov", "Paris is pouring oil on the fire and prolonging the war", "2025-11-17", "published",
          "Paris gieße mit seinen Waffenlieferungen Öl ins Feuer"),
        S("Dmitry Peskov", "The deal will not change the situation at the front", "2025-11-17", "published",
          "An der Lage an der Front"),
        S("Ukraine", "More than 170 drones and several missiles fired overnight", "2025-11-17", "published",
          "mehr als 170 Drohnen"),
        S("Volodymyr Zelensky", "Allies should send more air defence and raise pressure with sanctions",
          "2025-11-17", "published", "Selenskyj forderte die Verbündeten erneut auf"),
    ],
    actors=["Ukraine", "France", "Volodymyr Zelensky", "Emmanuel Macron", "European Union", "Russia",
            "United States", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b13de06
DE06 = dict(
    id="b13de06_merz_xi_peking_2026_03",
    lang="de",
    published="2026-03-12",
    body="""
Merz wirbt in Peking um Chinas Einfluss auf Moskau

Bundeskanzler Friedrich Merz hat bei seinem ersten Besuch in China Staats- und Parteichef Xi Jinping gedrängt, seinen Einfluss auf Russland für ein Ende des Krieges in der Ukraine geltend zu machen.
Die beiden kamen am Donnerstagvormittag in der Großen Halle des Volkes zu einem gut zweistündigen Gespräch zusammen.
Xi sagte nach Angaben chinesischer Staatsmedien, China stehe „immer auf der Seite des Friedens“ und sei bereit, eine „konstruktive Rolle“ zu spielen.
Waffenlieferungen an eine der Kriegsparteien lehne Peking weiterhin ab.

Merz sprach anschließend von einem „offenen und in Teilen kontroversen“ Austausch.
Er habe deutlich gemacht, dass die Lieferung von Bauteilen mit doppeltem Verwendungszweck an Russland die Beziehungen zu Europa belaste.
Zugleich vereinbarten beide Seiten, den Dialog über Handelsfragen fortzusetzen; im Mai sollen deutsch-chinesische Regierungskonsultationen in Berlin stattfinden.

Die Reise fällt in eine Phase, in der die von den USA vermittelten Gespräche zwischen Moskau und Kiew stocken.
Eine für Anfang März angesetzte dritte Gesprächsrunde in Abu Dhabi war kurzfristig abgesagt worden, nachdem sich beide Seiten Ende Februar gegenseitig Verstöße gegen eine begrenzte Feuerpause im Energiesektor vorgeworfen hatten.
In der Nacht griff Russland erneut die Hafenstadt Odessa mit Drohnen an; mindestens drei Menschen kamen ums Leben.
US-Sondergesandter Steve Witkoff wird nach Angaben des Weißen Hauses in der kommenden Woche erneut in Moskau erwartet.

Der Kreml reagierte gelassen auf den Besuch des Kanzlers.
Russland und China pflegten eine Partnerschaft, die „keinen Einflüsterungen von außen“ unterliege, sagte Sprecher Dmitri Peskow am Nachmittag.
Aus Kiew hieß es, man begrüße jeden Versuch, Peking stärker in die Friedensbemühungen einzubinden.
Außenminister Andrij Sybiha warnte allerdings davor, sich von Pekings Friedensrhetorik blenden zu lassen.

Am Freitag will Merz in Shanghai Vertreter deutscher Unternehmen treffen, bevor er am Abend die Heimreise antritt.
""",
    timexes=[
        T("Donnerstagvormittag", "TIME", "2026-03-12TMO"),
        T("gut zweistündigen", "DURATION", "PT2H", mod="APPROX"),
        T("Mai", "DATE", "2026-05"),
        T("Anfang März", "DATE", "2026-03", mod="START"),
        T("Ende Februar", "DATE", "2026-02", mod="END"),
        T("der Nacht", "TIME", "2026-03-11TNI"),
        T("der kommenden Woche", "DATE", "2026-W12"),
        T("Nachmittag", "TIME", "2026-03-12TAF"),
        T("Freitag", "DATE", "2026-03-13"),
        T("Abend", "TIME", "2026-03-13TEV"),
    ],
    events=[
        E("Merz urges Xi to use his influence on Russia to end the war", "REQUEST",
          ["Friedrich Merz", "Xi Jinping", "Russia"], "2026-03-12TMO", "context", "occurred",
          "seinen Einfluss auf Russland"),
        E("Merz and Xi meet in Beijing", "CONSULT", ["Friedrich Merz", "Xi Jinping"], "2026-03-12TMO", "text",
          "occurred", "Die beiden kamen am Donnerstagvormittag"),
        E("Xi says China is ready to play a constructive role", "AGREE", ["Xi Jinping"], "2026-03-12TMO",
          "context", "occurred", "konstruktive Rolle"),
        E("Merz criticises Chinese dual-use deliveries to Russia", "ACCUSE", ["Friedrich Merz", "China"],
          "2026-03-12TMO", "context", "occurred", "Bauteilen mit doppeltem Verwendungszweck"),
        E("Both sides agree to continue their trade dialogue", "AGREE", ["Friedrich Merz", "Xi Jinping"],
          "2026-03-12TMO", "context", "occurred", "Zugleich vereinbarten beide Seiten"),
        E("German-Chinese government consultations in Berlin", "CONSULT", ["Germany", "China"], "2026-05", "text",
          "planned", "Zugleich vereinbarten beide Seiten"),
        E("Third round of US-brokered talks in Abu Dhabi called off", "CONSULT",
          ["United States", "Russia", "Ukraine"], "2026-03", "text", "cancelled",
          "dritte Gesprächsrunde in Abu Dhabi", date_mod="START"),
        E("Russia and Ukraine accuse each other of breaking the energy truce", "ACCUSE", ["Russia", "Ukraine"],
          "2026-02", "text", "occurred", "dritte Gesprächsrunde in Abu Dhabi", date_mod="END"),
        E("Russian drone attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-03-11TNI", "text", "occurred",
          "die Hafenstadt Odessa"),
        E("Witkoff expected in Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W12", "text", "planned",
          "US-Sondergesandter Steve Witkoff"),
        E("Peskov rebuffs outside influence on the Russia-China partnership", "REJECT",
          ["Dmitry Peskov", "Germany"], "2026-03-12TAF", "text", "occurred", "keinen Einflüsterungen von außen"),
        E("Kyiv welcomes efforts to involve Beijing", "SUPPORT", ["Ukraine", "Friedrich Merz"], "2026-03-12",
          "published", "occurred", "Aus Kiew hieß es"),
        E("Sybiha warns against being blinded by Beijing's peace rhetoric", "REQUEST",
          ["Andrii Sybiha", "China"], "2026-03-12", "published", "occurred", "Außenminister Andrij Sybiha warnte"),
    ],
    statements=[
        S("Xi Jinping, via China", "China always on the side of peace, ready for a constructive role",
          "2026-03-12TMO", "context", "konstruktive Rolle"),
        S("China", "Rejects arms deliveries to either party", "2026-03-12TMO", "context",
          "Waffenlieferungen an eine der Kriegsparteien"),
        S("Friedrich Merz", "An open and partly controversial exchange", "2026-03-12", "context",
          "in Teilen kontroversen"),
        S("Friedrich Merz", "Dual-use deliveries to Russia burden relations with Europe", "2026-03-12",
          "context", "Bauteilen mit doppeltem Verwendungszweck"),
        S("White House", "Witkoff expected in Moscow next week", "2026-03-12", "published",
          "US-Sondergesandter Steve Witkoff"),
        S("Dmitry Peskov", "Russia-China partnership not subject to outside whispering", "2026-03-12TAF",
          "text", "keinen Einflüsterungen von außen"),
        S("Ukraine", "Welcomes any attempt to involve Beijing more", "2026-03-12", "published",
          "Aus Kiew hieß es"),
        S("Andrii Sybiha", "Do not be blinded by Beijing's peace rhetoric", "2026-03-12", "published",
          "Außenminister Andrij Sybiha warnte"),
    ],
    actors=["Germany", "Friedrich Merz", "China", "Xi Jinping", "Russia", "Ukraine", "United States",
            "Steve Witkoff", "White House", "Kremlin", "Dmitry Peskov", "Andrii Sybiha"],
)

# ---------------------------------------------------------------- b13de07
DE07 = dict(
    id="b13de07_g20_bali_lawrow_eklat_2022_07",
    lang="de",
    published="2022-07-08",
    body="""
Eklat beim G20-Treffen auf Bali: Lawrow verlässt vorzeitig den Saal

Nusa Dua (dpa) - Russlands Außenminister Sergej Lawrow hat das Treffen der G20-Außenminister auf der indonesischen Insel Bali vorzeitig verlassen.
Lawrow ging am Freitag nach seiner eigenen Rede und verpasste so den Auftritt seines ukrainischen Amtskollegen Dmytro Kuleba, der per Video zugeschaltet war.
Zuvor hatte er den USA und ihren Verbündeten vorgeworfen, die Gespräche mit „hysterischer“ Kritik an Russland zu kapern, statt sich um globale Probleme zu kümmern.

Bundesaußenministerin Annalena Baerbock warf Moskau vor, mit der Blockade ukrainischer Häfen den Hunger in der Welt zu verschärfen.
Es sei bezeichnend, dass der russische Minister nicht einmal zuhöre, wenn über die Folgen des Krieges gesprochen werde.
US-Außenminister Antony Blinken richtete einen direkten Appell an Russland: „Lasst das Getreide raus.“
Ein bilaterales Gespräch zwischen Blinken und Lawrow gab es auf Bali nicht; der Amerikaner hatte schon am Donnerstag klargestellt, dafür sehe er derzeit keine Grundlage.

Am Rande des Treffens kam Lawrow am Donnerstag mit seinem chinesischen Kollegen Wang Yi zusammen.
Beide Seiten bekräftigten nach russischen Angaben ihre Ablehnung einseitiger Sanktionen.
Blinken will am Samstag ebenfalls mit Wang zusammentreffen.

Indonesien, das in diesem Jahr den G20-Vorsitz innehat, bemüht sich um eine Vermittlerrolle.
Präsident Joko Widodo war erst vor gut einer Woche in Kiew und Moskau gewesen und hatte Wladimir Putin eine Botschaft von Wolodymyr Selenskyj überbracht.
Ob Putin im November persönlich zum G20-Gipfel nach Bali reist, ist weiterhin offen.

Die G20-Minister gingen ohne gemeinsame Abschlusserklärung auseinander.
Der Westen hatte zuvor signalisiert, keine Erklärung mitzutragen, die den russischen Angriffskrieg nicht verurteilt.
""",
    timexes=[
        T("Freitag", "DATE", "2022-07-08"),
        T("Donnerstag", "DATE", "2022-07-07", 0),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Donnerstag", "DATE", "2022-07-07", 1),
        T("Samstag", "DATE", "2022-07-09"),
        T("diesem Jahr", "DATE", "2022"),
        T("vor gut einer Woche", "DATE", "2022-W26", mod="APPROX"),
        T("November", "DATE", "2022-11"),
    ],
    events=[
        E("G20 foreign ministers meet on Bali", "CONSULT",
          ["Sergey Lavrov", "Antony Blinken", "Germany", "China"], "2022-07-08", "context", "occurred",
          "hat das Treffen der G20-Außenminister", note="meeting on 7-8 July 2022"),
        E("Lavrov walks out early and misses the Ukrainian minister's address", "REJECT",
          ["Sergey Lavrov", "Ukraine"], "2022-07-08", "text", "occurred", "Lawrow ging am Freitag",
          note="walkout"),
        E("Lavrov accuses the US and its allies of hijacking the talks", "ACCUSE",
          ["Sergey Lavrov", "United States"], "2022-07-08", "context", "occurred", "hysterischer"),
        E("Germany accuses Moscow of worsening world hunger", "ACCUSE", ["Germany", "Russia"], "2022-07-08",
          "published", "occurred", "Bundesaußenministerin Annalena Baerbock"),
        E("Blinken appeals to Russia to let the grain out", "REQUEST", ["Antony Blinken", "Russia"],
          "2022-07-08", "published", "occurred", "Lasst das Getreide raus"),
        E("No bilateral Blinken-Lavrov meeting on Bali", "CONSULT", ["Antony Blinken", "Sergey Lavrov"],
          "2022-07-08", "published", "cancelled", "Ein bilaterales Gespräch zwischen Blinken und Lawrow"),
        E("Blinken rules out a meeting with Lavrov", "REJECT", ["Antony Blinken", "Sergey Lavrov"], "2022-07-07",
          "text", "occurred", "Ein bilaterales Gespräch zwischen Blinken und Lawrow"),
        E("Lavrov meets Wang Yi", "CONSULT", ["Sergey Lavrov", "China"], "2022-07-07", "text", "occurred",
          "Am Rande des Treffens kam Lawrow"),
        E("Russia and China reaffirm their rejection of unilateral sanctions", "REJECT",
          ["Sergey Lavrov", "China"], "2022-07-07", "context", "occurred", "Ablehnung einseitiger Sanktionen"),
        E("Blinken to meet Wang Yi", "CONSULT", ["Antony Blinken", "China"], "2022-07-09", "text", "planned",
          "Blinken will am Samstag"),
        E("Widodo visits Kyiv", "CONSULT", ["Ukraine", "Volodymyr Zelensky"], "2022-W26", "text", "occurred",
          "Präsident Joko Widodo", date_mod="APPROX", note="Widodo not canonical; Kyiv 29 June 2022"),
        E("Widodo visits Moscow and passes Putin a message from Zelensky", "CONSULT",
          ["Russia", "Vladimir Putin"], "2022-W26", "text", "occurred", "Präsident Joko Widodo",
          date_mod="APPROX", note="Widodo not canonical; Moscow 30 June 2022"),
        E("Putin's attendance at the G20 summit on Bali open", "CONSULT", ["Vladimir Putin"], "2022-11", "text",
          "uncertain", "Ob Putin im November"),
        E("G20 ministers part without a joint final declaration", "REJECT",
          ["Russia", "United States", "Germany", "China"], "2022-07-08", "published", "occurred",
          "ohne gemeinsame Abschlusserklärung", note="G20 not canonical; canonical members named in the text"),
    ],
    statements=[
        S("Sergey Lavrov", "The US and its allies hijack the talks with hysterical criticism of Russia",
          "2022-07-08", "context", "hysterischer"),
        S("Germany", "Moscow worsens world hunger by blockading Ukrainian ports", "2022-07-08", "published",
          "Bundesaußenministerin Annalena Baerbock"),
        S("Germany", "Telling that the Russian minister does not even listen", "2022-07-08", "published",
          "Es sei bezeichnend"),
        S("Antony Blinken", "Let the grain out", "2022-07-08", "published", "Lasst das Getreide raus"),
        S("Antony Blinken", "No basis at present for a meeting with Lavrov", "2022-07-07", "text",
          "Ein bilaterales Gespräch zwischen Blinken und Lawrow"),
        S("Russia", "Both sides reaffirm their rejection of unilateral sanctions", "2022-07-07", "context",
          "Ablehnung einseitiger Sanktionen"),
    ],
    actors=["Russia", "Sergey Lavrov", "Ukraine", "United States", "Germany", "Antony Blinken", "China",
            "Vladimir Putin", "Volodymyr Zelensky"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06, DE07]
