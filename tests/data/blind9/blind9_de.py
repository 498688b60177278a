"""German articles of the blind9 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b9de01
DE01 = dict(
    id="b9de01_scholz_kiew_moskau_2022_02",
    lang="de",
    published="2022-02-16",
    body="""
Scholz nach Krisenreise: „Diplomatische Möglichkeiten längst nicht ausgeschöpft“
Nach seinen Gesprächen in Kiew und Moskau sieht Bundeskanzler Olaf Scholz weiter Chancen für eine Entschärfung der Ukraine-Krise.
Der SPD-Politiker war am Dienstag fast vier Stunden lang mit Kremlchef Wladimir Putin zusammengekommen, nachdem er am Vortag den ukrainischen Präsidenten Wolodymyr Selenskyj in Kiew getroffen hatte.
Die diplomatischen Möglichkeiten seien „längst nicht ausgeschöpft“, sagte Scholz im Anschluss auf einer gemeinsamen Pressekonferenz im Kreml.

Putin versicherte, Russland wolle keinen Krieg und sei zu weiteren Verhandlungen über Sicherheitsgarantien bereit.
Zugleich bekräftigte er seine Forderung, die NATO müsse auf eine weitere Osterweiterung verzichten.
Wie das Verteidigungsministerium in Moskau mitteilte, kehren erste Einheiten nach Manövern nahe der ukrainischen Grenze in ihre Kasernen zurück.
Im Vorfeld hatte der Kreml betont, man sei an einem fortgesetzten Dialog mit Berlin interessiert.

Im Westen stößt der angekündigte Teilabzug allerdings auf Skepsis.
NATO-Generalsekretär Jens Stoltenberg sagte am Mittwoch in Brüssel, es gebe keine Anzeichen für eine Deeskalation, vielmehr verstärke Russland seine Truppen weiter.
US-Präsident Joe Biden warnte am Dienstag in einer Ansprache im Weißen Haus, ein Einmarsch bleibe „durchaus möglich“, mehr als 150.000 russische Soldaten stünden an den Grenzen der Ukraine.
Sollte Moskau angreifen, würden die USA und ihre Verbündeten mit harten Sanktionen antworten, kündigte Biden an.

Für Irritationen sorgte unterdessen ein Beschluss der Staatsduma.
Die Abgeordneten riefen Putin am Dienstag dazu auf, die selbst ernannten Volksrepubliken Donezk und Luhansk als unabhängige Staaten anzuerkennen.
Scholz nannte eine solche Anerkennung noch in Moskau einen Bruch der Minsker Vereinbarungen und warnte die russische Führung eindringlich vor diesem Schritt.
Kremlsprecher Dmitri Peskow sagte, der Präsident werde sich mit dem Appell befassen, eine Entscheidung sei aber nicht gefallen.

Selenskyj hatte bei dem Treffen in Kiew vor allem um weitere Unterstützung geworben.
Scholz sagte der Ukraine neue Kredite über 150 Millionen Euro zu, Waffenlieferungen schließt die Bundesregierung weiterhin aus.
Der ukrainische Präsident rief für den heutigen Mittwoch einen „Tag der Einheit“ aus, nachdem in westlichen Medien über ein mögliches Angriffsdatum spekuliert worden war.
Ein Treffen der außenpolitischen Berater aus Deutschland, Frankreich, Russland und der Ukraine im Normandie-Format soll in den kommenden Tagen in Berlin stattfinden, hieß es aus Regierungskreisen.
""",
    timexes=[
        T("Dienstag", "DATE", "2022-02-15", n=0),
        T("fast vier Stunden", "DURATION", "PT4H", mod="APPROX"),
        T("Vortag", "DATE", "2022-02-14"),
        T("Mittwoch", "DATE", "2022-02-16", n=0),
        T("Dienstag", "DATE", "2022-02-15", n=1),
        T("Dienstag", "DATE", "2022-02-15", n=2),
        T("heutigen Mittwoch", "DATE", "2022-02-16"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Scholz and Putin meet in Moscow", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2022-02-15", "text", "occurred", "fast vier Stunden lang"),
        E("Scholz meets Zelensky in Kyiv", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2022-02-14", "text", "occurred", "fast vier Stunden lang"),
        E("Putin declares readiness for further talks on security guarantees", "AGREE",
          ["Vladimir Putin", "Russia"], "2022-02-15", "context", "occurred", "Russland wolle keinen Krieg",
          note="said at the joint press conference after the Tuesday meeting"),
        E("Putin demands that NATO renounce further eastward expansion", "REQUEST", ["Vladimir Putin", "NATO"],
          "2022-02-15", "context", "occurred", "Osterweiterung"),
        E("Russia says first units return to barracks after manoeuvres", "RETREAT", ["Russia"],
          "2022-02-16", "published", "uncertain", "kehren erste Einheiten",
          note="announced by Moscow; NATO sees no sign of it"),
        E("Russia keeps reinforcing its troops near Ukraine (Stoltenberg)", "MOBILIZE", ["Russia"],
          "2022-02-16", "context", "occurred", "keine Anzeichen für eine Deeskalation"),
        E("Biden threatens harsh sanctions if Russia attacks", "THREATEN", ["Joe Biden", "United States", "Russia"],
          "2022-02-15", "context", "occurred", "mit harten Sanktionen antworten"),
        E("Duma calls on Putin to recognise the Donetsk and Luhansk 'people's republics'", "REQUEST",
          ["Russia", "Vladimir Putin"], "2022-02-15", "text", "occurred", "Die Abgeordneten riefen Putin"),
        E("Scholz warns Russia against recognising the separatist republics", "REQUEST", ["Olaf Scholz", "Russia"],
          "2022-02-15", "context", "occurred", "Bruch der Minsker Vereinbarungen"),
        E("Zelensky asks Scholz for more support", "REQUEST", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2022-02-14", "context", "occurred", "um weitere Unterstützung geworben"),
        E("Scholz pledges 150 million euros in loans to Ukraine", "AID", ["Olaf Scholz", "Germany", "Ukraine"],
          "2022-02-14", "context", "occurred", "150 Millionen Euro"),
        E("Normandy-format advisers' meeting in Berlin", "CONSULT", ["Germany", "France", "Russia", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "im Normandie-Format"),
    ],
    statements=[
        S("Olaf Scholz", "Diplomatic options are far from exhausted", "2022-02-15", "context",
          "Die diplomatischen Möglichkeiten"),
        S("Vladimir Putin", "Russia does not want war and is ready for talks on security guarantees",
          "2022-02-15", "context", "Russland wolle keinen Krieg"),
        S("Vladimir Putin", "NATO must renounce further eastward expansion", "2022-02-15", "context",
          "Osterweiterung"),
        S("Russia", "Defence ministry: first units return to barracks", "2022-02-16", "published",
          "kehren erste Einheiten"),
        S("Kremlin", "Interested in continued dialogue with Berlin", "2022-02-16", "published",
          "fortgesetzten Dialog"),
        S("Jens Stoltenberg", "No signs of de-escalation; Russia keeps reinforcing", "2022-02-16", "text",
          "keine Anzeichen für eine Deeskalation"),
        S("Joe Biden", "An invasion remains possible; more than 150,000 Russian troops at the border",
          "2022-02-15", "text", "durchaus möglich"),
        S("Joe Biden", "US and allies would respond with harsh sanctions to an attack", "2022-02-15", "context",
          "mit harten Sanktionen antworten"),
        S("Olaf Scholz", "Recognition would breach the Minsk agreements", "2022-02-15", "context",
          "Bruch der Minsker Vereinbarungen"),
        S("Dmitry Peskov", "Putin will consider the Duma appeal; no decision yet", "2022-02-16", "published",
          "sich mit dem Appell befassen"),
        S("Volodymyr Zelensky", "Proclaims a 'Day of Unity' for Wednesday", "2022-02-16", "published",
          "Tag der Einheit"),
        S("Germany", "Normandy-format advisers to meet in Berlin in the coming days", "2022-02-16", "published",
          "im Normandie-Format"),
    ],
    actors=["Olaf Scholz", "Germany", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky",
            "NATO", "Jens Stoltenberg", "United States", "Joe Biden", "Dmitry Peskov", "France"],
)

# ---------------------------------------------------------------- b9de02
DE02 = dict(
    id="b9de02_stubb_trump_golf_frist_2025_03",
    lang="de",
    published="2025-03-31",
    body="""
Nach Golfrunde mit Trump: Stubb wirbt für feste Frist an Moskau
Der finnische Präsident Alexander Stubb hat US-Präsident Donald Trump nach eigenen Angaben vorgeschlagen, Russland eine feste Frist für eine Waffenruhe zu setzen.
Stubb war am Samstag in Trumps Anwesen Mar-a-Lago in Florida zu Gast, die beiden verbrachten mehrere Stunden auf dem Golfplatz und beim gemeinsamen Essen.
Als mögliches Datum nannte der Finne den 20. April.
Trump sei „zunehmend ungeduldig“ mit Moskau, sagte Stubb am Sonntag vor Journalisten.

Tatsächlich schlug der US-Präsident kurz darauf deutlich schärfere Töne gegenüber dem Kreml an.
In einem Interview mit dem Sender NBC sagte er am Sonntag, er sei „sehr wütend“ über Äußerungen Putins, mit denen dieser die Legitimität des ukrainischen Präsidenten Wolodymyr Selenskyj infrage gestellt habe.
Sollte Russland einer Waffenruhe im Weg stehen, werde er Zusatzzölle von 25 bis 50 Prozent auf alle Käufe von russischem Öl verhängen, drohte Trump.
Zugleich kündigte er an, noch in dieser Woche mit Putin telefonieren zu wollen.

Putin hatte am Freitag bei einem Besuch in Murmansk angeregt, die Ukraine vorübergehend unter eine Übergangsverwaltung der Vereinten Nationen zu stellen, um Neuwahlen zu ermöglichen.
Kiew wies den Vorstoß umgehend zurück.
Selenskyj sprach von einem durchsichtigen Versuch, den Krieg in die Länge zu ziehen, und forderte mehr Druck auf Moskau.
Auch das Weiße Haus ließ die Idee abblitzen: Die Ukraine werde von ihrer Verfassung und ihrem Volk regiert.

Kremlsprecher Dmitri Peskow reagierte am Montag zurückhaltend auf Trumps Drohungen.
Putin bleibe offen für Kontakte mit dem US-Präsidenten, ein neues Telefonat sei aber bislang nicht vereinbart, sagte Peskow.
Man arbeite weiter an der Umsetzung der Ideen, die bei dem Telefonat Mitte März besprochen worden seien, darunter die Pause bei Angriffen auf Energieanlagen.
Beide Kriegsparteien werfen sich seither gegenseitig vor, gegen diese Abmachung zu verstoßen.

Unterdessen laufen die technischen Gespräche über eine Waffenruhe im Schwarzen Meer weiter, nachdem Delegationen aus Moskau und Kiew in der vergangenen Woche in Riad getrennt mit US-Vertretern verhandelt hatten.
Stubb, der als einer der wenigen europäischen Politiker einen direkten Draht zu Trump pflegt, will seine Eindrücke in den kommenden Tagen mit den Partnern in EU und NATO teilen.
""",
    timexes=[
        T("Samstag", "DATE", "2025-03-29"),
        T("mehrere Stunden", "DURATION", "PTXH"),
        T("20. April", "DATE", "2025-04-20"),
        T("Sonntag", "DATE", "2025-03-30", n=0),
        T("Sonntag", "DATE", "2025-03-30", n=1),
        T("dieser Woche", "DATE", "2025-W14"),
        T("Freitag", "DATE", "2025-03-28"),
        T("Montag", "DATE", "2025-03-31"),
        T("Mitte März", "DATE", "2025-03", mod="MID"),
        T("der vergangenen Woche", "DATE", "2025-W13"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Stubb visits Trump at Mar-a-Lago", "CONSULT", ["Alexander Stubb", "Donald Trump"],
          "2025-03-29", "text", "occurred", "Anwesen Mar-a-Lago"),
        E("Stubb proposes setting Russia a fixed ceasefire deadline", "REQUEST",
          ["Alexander Stubb", "Donald Trump", "Russia"], "2025-03-29", "context", "occurred", "feste Frist für",
          note="proposed deadline 20 April 2025"),
        E("Trump criticises Putin for questioning Zelensky's legitimacy", "ACCUSE", ["Donald Trump", "Vladimir Putin"],
          "2025-03-30", "text", "occurred", "sehr wütend"),
        E("Trump threatens secondary tariffs on Russian oil", "THREATEN", ["Donald Trump", "Russia"],
          "2025-03-30", "context", "occurred", "Zusatzzölle"),
        E("Trump–Putin phone call announced for this week", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-W14", "text", "uncertain", "noch in dieser Woche",
          note="Kremlin says no new call has been arranged"),
        E("Putin proposes a UN transitional administration for Ukraine", "REQUEST",
          ["Vladimir Putin", "United Nations", "Ukraine"], "2025-03-28", "text", "occurred", "Übergangsverwaltung"),
        E("Kyiv rejects Putin's proposal", "REJECT", ["Ukraine"], "2025-03-28", "context", "occurred",
          "Kiew wies den Vorstoß", note="'umgehend' after the Friday proposal"),
        E("Zelensky accuses Putin of trying to prolong the war", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-03-28", "context", "occurred", "durchsichtigen Versuch"),
        E("Zelensky calls for more pressure on Moscow", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2025-03-28", "context", "occurred", "durchsichtigen Versuch"),
        E("White House rejects the idea of a UN administration", "REJECT", ["White House"],
          "2025-03-31", "published", "occurred", "Auch das Weiße Haus"),
        E("Trump–Putin phone call in mid-March", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-03", "text", "occurred", "bei dem Telefonat Mitte März", date_mod="MID"),
        E("Pause in strikes on energy facilities agreed in the call", "AGREE", ["Donald Trump", "Vladimir Putin"],
          "2025-03", "context", "occurred", "bei dem Telefonat Mitte März", date_mod="MID"),
        E("Russia and Ukraine accuse each other of breaking the energy pause", "ACCUSE", ["Russia", "Ukraine"],
          "2025-03-31", "published", "occurred", "werfen sich seither"),
        E("Separate talks of Russian and Ukrainian delegations with US officials in Riyadh", "CONSULT",
          ["Russia", "Ukraine", "United States"], "2025-W13", "text", "occurred", "in Riad getrennt"),
        E("Stubb to brief EU and NATO partners", "CONSULT", ["Alexander Stubb", "European Union", "NATO"],
          "FUTURE_REF", "vague", "planned", "direkten Draht"),
    ],
    statements=[
        S("Alexander Stubb", "Proposed to Trump a fixed deadline for Russia", "2025-03-31", "published",
          "feste Frist für"),
        S("Alexander Stubb", "Trump is increasingly impatient with Moscow", "2025-03-30", "text",
          "zunehmend ungeduldig"),
        S("Donald Trump", "Very angry about Putin's remarks on Zelensky's legitimacy", "2025-03-30", "text",
          "sehr wütend"),
        S("Donald Trump", "Threatens 25-50% secondary tariffs on Russian oil", "2025-03-30", "context",
          "Zusatzzölle"),
        S("Donald Trump", "Wants to call Putin this week", "2025-03-30", "context", "noch in dieser Woche"),
        S("Vladimir Putin", "Suggests a temporary UN administration in Ukraine", "2025-03-28", "text",
          "Übergangsverwaltung"),
        S("Volodymyr Zelensky", "A transparent attempt to prolong the war; more pressure on Moscow needed",
          "2025-03-28", "context", "durchsichtigen Versuch"),
        S("White House", "Ukraine is governed by its constitution and its people", "2025-03-31", "published",
          "Auch das Weiße Haus"),
        S("Dmitry Peskov", "Putin open to contacts with Trump; no new call arranged", "2025-03-31", "context",
          "bleibe offen für Kontakte"),
        S("Dmitry Peskov", "Work continues on the ideas from the mid-March call, incl. the energy pause",
          "2025-03-31", "context", "Man arbeite weiter"),
    ],
    actors=["Alexander Stubb", "Donald Trump", "United States", "Russia", "Kremlin", "Vladimir Putin",
            "Volodymyr Zelensky", "Ukraine", "United Nations", "White House", "Dmitry Peskov", "European Union",
            "NATO"],
)

# ---------------------------------------------------------------- b9de03
DE03 = dict(
    id="b9de03_putin_pjoengjang_beistandspakt_2024_06",
    lang="de",
    published="2024-06-20",
    body="""
Beistandspakt mit Nordkorea: Putin warnt Seoul vor „sehr großem Fehler“
Kremlchef Wladimir Putin hat bei seinem Staatsbesuch in Nordkorea ein weitreichendes Partnerschaftsabkommen mit Machthaber Kim Jong Un unterzeichnet.
Der Vertrag, den beide am Mittwoch in Pjöngjang besiegelten, sieht gegenseitigen militärischen Beistand im Fall eines Angriffs auf einen der beiden Staaten vor.
Putin war in der Nacht zum Mittwoch mit mehrstündiger Verspätung in der nordkoreanischen Hauptstadt gelandet und mit großem Pomp empfangen worden.
Es ist sein erster Besuch in dem abgeschotteten Land seit 24 Jahren.

Am Donnerstag reiste der Kremlchef weiter nach Vietnam.
In Hanoi warnte er Südkorea davor, der Ukraine Waffen zu liefern: Dies wäre „ein sehr großer Fehler“, sagte Putin.
Sollte Seoul diesen Schritt gehen, werde Russland Entscheidungen treffen, die der Führung in Seoul kaum gefallen dürften, womöglich auch Waffenlieferungen an Nordkorea.

Im Westen löste das Abkommen Besorgnis aus.
NATO-Generalsekretär Jens Stoltenberg hatte bereits am Dienstag in Washington Nordkorea vorgeworfen, Russland mit Munition und Raketen für den Krieg gegen die Ukraine zu versorgen.
US-Außenminister Antony Blinken sagte, Putins Reise zeige, wie verzweifelt Moskau nach Verbündeten suche.
Die Bundesregierung bestellte den nordkoreanischen Botschafter in Berlin ein.

Kremlsprecher Dmitri Peskow betonte, der Vertrag richte sich gegen kein anderes Land und sei rein defensiver Natur.
Aus Kiew kam scharfe Kritik: Der ukrainische Präsident Wolodymyr Selenskyj forderte die internationale Gemeinschaft auf, die Lieferung nordkoreanischer Waffen an Russland mit Sanktionen zu unterbinden.
Er verwies auf nordkoreanische Raketen, die zuletzt in Charkiw eingeschlagen seien.
Russland hatte im Mai eine neue Offensive im Gebiet Charkiw begonnen.

Die engere Militärkooperation zwischen Moskau und Pjöngjang dürfte auch beim NATO-Gipfel in Washington Anfang Juli eine Rolle spielen.
Dort wollen die Verbündeten über weitere Luftabwehrsysteme für die Ukraine beraten.
""",
    timexes=[
        T("Mittwoch", "DATE", "2024-06-19", n=0),
        T("der Nacht zum Mittwoch", "TIME", "2024-06-18TNI", note="night to Wednesday 19 June"),
        T("mehrstündiger", "DURATION", "PTXH"),
        T("24 Jahren", "DURATION", "P24Y"),
        T("Donnerstag", "DATE", "2024-06-20"),
        T("Dienstag", "DATE", "2024-06-18"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Mai", "DATE", "2024-05"),
        T("Anfang Juli", "DATE", "2024-07", mod="START"),
    ],
    events=[
        E("Putin and Kim sign a mutual-assistance partnership treaty", "AGREE", ["Vladimir Putin", "Russia"],
          "2024-06-19", "text", "occurred", "Der Vertrag, den beide",
          note="Kim Jong Un and North Korea are not canonical"),
        E("Putin arrives in Pyongyang for a state visit", "CONSULT", ["Vladimir Putin"],
          "2024-06-18TNI", "text", "occurred", "in der nordkoreanischen Hauptstadt gelandet"),
        E("Putin travels on to Vietnam", "CONSULT", ["Vladimir Putin"], "2024-06-20", "text", "occurred",
          "reiste der Kremlchef weiter"),
        E("Putin warns South Korea not to supply weapons to Ukraine", "REQUEST", ["Vladimir Putin"],
          "2024-06-20", "context", "occurred", "In Hanoi warnte er"),
        E("Putin threatens retaliation, possibly arms for North Korea, if Seoul arms Kyiv", "THREATEN",
          ["Vladimir Putin", "Russia"], "2024-06-20", "context", "occurred", "Sollte Seoul diesen Schritt"),
        E("Stoltenberg accuses North Korea of supplying Russia with ammunition and missiles", "ACCUSE",
          ["Jens Stoltenberg", "Russia"], "2024-06-18", "text", "occurred", "Munition und Raketen"),
        E("Blinken: the trip shows Moscow's desperation", "ACCUSE", ["Antony Blinken", "Russia"],
          "2024-06-20", "published", "occurred", "wie verzweifelt Moskau"),
        E("Germany summons the North Korean ambassador", "ACCUSE", ["Germany"], "2024-06-20", "published",
          "occurred", "nordkoreanischen Botschafter"),
        E("Zelensky calls for sanctions to stop North Korean arms deliveries to Russia", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2024-06-20", "published", "occurred", "mit Sanktionen zu unterbinden"),
        E("North Korean missiles hit Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "PAST_REF", "vague", "occurred",
          "zuletzt in Charkiw"),
        E("Russian offensive in the Kharkiv region launched", "ASSAULT", ["Russia", "Ukraine"], "2024-05", "text",
          "occurred", "neue Offensive"),
        E("NATO summit in Washington", "CONSULT", ["NATO"], "2024-07", "text", "planned", "NATO-Gipfel in Washington",
          date_mod="START"),
    ],
    statements=[
        S("Vladimir Putin", "Arming Ukraine would be a very big mistake for South Korea", "2024-06-20", "context",
          "In Hanoi warnte er"),
        S("Vladimir Putin", "Russia would respond with decisions Seoul would not like", "2024-06-20", "context",
          "Sollte Seoul diesen Schritt"),
        S("Jens Stoltenberg", "North Korea supplies Russia with ammunition and missiles", "2024-06-18", "text",
          "Munition und Raketen"),
        S("Antony Blinken", "The trip shows how desperately Moscow seeks allies", "2024-06-20", "published",
          "wie verzweifelt Moskau"),
        S("Dmitry Peskov", "The treaty is defensive and not aimed at any other country", "2024-06-20", "published",
          "rein defensiver Natur"),
        S("Volodymyr Zelensky", "International community must stop North Korean arms deliveries with sanctions",
          "2024-06-20", "published", "mit Sanktionen zu unterbinden"),
        S("Volodymyr Zelensky", "North Korean missiles recently hit Kharkiv", "2024-06-20", "published",
          "zuletzt in Charkiw"),
    ],
    actors=["Kremlin", "Vladimir Putin", "Russia", "Ukraine", "NATO", "Jens Stoltenberg", "United States",
            "Antony Blinken", "Germany", "Dmitry Peskov", "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- b9de04
DE04 = dict(
    id="b9de04_putin_peking_seidenstrasse_2023_10",
    lang="de",
    published="2023-10-18",
    body="""
Putin in Peking: Xi lobt „tiefes gegenseitiges Vertrauen“
Der russische Präsident Wladimir Putin ist am Mittwoch in Peking mit Chinas Staats- und Parteichef Xi Jinping zusammengetroffen.
Die Gespräche am Rande des Forums zur Neuen Seidenstraße dauerten nach Kremlangaben rund drei Stunden, einen Teil davon verbrachten die beiden Politiker unter vier Augen.
Xi sprach anschließend von einem „tiefen gegenseitigen Vertrauen“ zwischen beiden Ländern.
Putin lud den chinesischen Präsidenten zu einem Gegenbesuch in Russland im kommenden Jahr ein.

Es ist Putins erste Reise in ein Land außerhalb der früheren Sowjetunion, seit der Internationale Strafgerichtshof im März einen Haftbefehl gegen ihn erlassen hatte.
Auf dem Forum warb der Kremlchef für engere Zusammenarbeit bei Infrastruktur und Energie und geißelte die westlichen Sanktionen als Hemmschuh für den Welthandel.
Zur Lage in der Ukraine äußerte sich Xi öffentlich nicht.

Für Unmut in Brüssel sorgte ein Treffen Putins mit dem ungarischen Ministerpräsidenten Viktor Orbán am Dienstag.
Orbán ist damit der erste Regierungschef eines EU-Staates, der Putin seit dem Haftbefehl persönlich getroffen hat.
Ein Sprecher der EU-Kommission nannte die Begegnung „mehr als befremdlich“.
Das ukrainische Außenministerium erklärte, Orbán schüttle einem Kriegsverbrecher die Hand, und forderte ihn auf, seinen Kurs zu überdenken.
Orbán verteidigte das Gespräch: Ungarn wolle die Kommunikationskanäle zu Moskau offenhalten.

Unterdessen bereitet sich Washington auf einen Besuch des chinesischen Außenministers Wang Yi vor.
Wang werde Ende kommender Woche in den USA erwartet und solle dort mit US-Außenminister Antony Blinken zusammenkommen, wie das Außenministerium in Washington mitteilte.
Das Treffen gilt als Vorbereitung einer möglichen Begegnung zwischen Xi und US-Präsident Joe Biden im November in San Francisco.

Der Kreml wies Spekulationen zurück, Moskau wolle China um militärische Hilfe bitten.
Peskow sagte, die Beziehungen zu Peking bräuchten keine Waffenlieferungen, sie beruhten auf Handel und Energie.
Bereits im September hatte Außenminister Sergej Lawrow in Moskau mit Wang über die Vorbereitung der Reise gesprochen.
""",
    timexes=[
        T("Mittwoch", "DATE", "2023-10-18"),
        T("rund drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("kommenden Jahr", "DATE", "2024"),
        T("März", "DATE", "2023-03"),
        T("Dienstag", "DATE", "2023-10-17"),
        T("Ende kommender Woche", "DATE", "2023-W43", mod="END"),
        T("November", "DATE", "2023-11"),
        T("September", "DATE", "2023-09"),
    ],
    events=[
        E("Putin and Xi meet in Beijing", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2023-10-18", "text",
          "occurred", "am Mittwoch in Peking"),
        E("Putin invites Xi for a return visit to Russia next year", "REQUEST", ["Vladimir Putin", "Xi Jinping"],
          "2023-10-18", "context", "occurred", "Gegenbesuch", note="the proposed visit is for 2024"),
        E("ICC arrest warrant against Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
          "Internationale Strafgerichtshof"),
        E("Putin attacks Western sanctions at the forum", "ACCUSE", ["Vladimir Putin"], "2023-10-18", "context",
          "occurred", "westlichen Sanktionen"),
        E("Putin meets Orbán", "CONSULT", ["Vladimir Putin", "Viktor Orbán"], "2023-10-17", "text", "occurred",
          "Für Unmut in Brüssel"),
        E("EU Commission criticises Orbán's meeting with Putin", "ACCUSE", ["European Union", "Viktor Orbán"],
          "2023-10-18", "published", "occurred", "mehr als befremdlich"),
        E("Ukraine accuses Orbán of shaking hands with a war criminal", "ACCUSE",
          ["Ukraine", "Viktor Orbán", "Vladimir Putin"], "2023-10-18", "published", "occurred",
          "schüttle einem Kriegsverbrecher"),
        E("Ukraine urges Orbán to reconsider his course", "REQUEST", ["Ukraine", "Viktor Orbán"],
          "2023-10-18", "published", "occurred", "schüttle einem Kriegsverbrecher"),
        E("Wang Yi to meet Blinken in the US", "CONSULT", ["Antony Blinken", "China"], "2023-W43", "text",
          "planned", "Ende kommender Woche", date_mod="END"),
        E("Possible Xi–Biden meeting in San Francisco", "CONSULT", ["Xi Jinping", "Joe Biden"], "2023-11", "text",
          "uncertain", "San Francisco"),
        E("Lavrov and Wang talk in Moscow", "CONSULT", ["Sergey Lavrov", "China"], "2023-09", "text", "occurred",
          "Bereits im September"),
    ],
    statements=[
        S("Kremlin", "The talks lasted about three hours, partly one-on-one", "2023-10-18", "context",
          "nach Kremlangaben"),
        S("Xi Jinping", "Deep mutual trust between the two countries", "2023-10-18", "context",
          "Xi sprach anschließend"),
        S("Vladimir Putin", "Invites Xi to Russia next year", "2023-10-18", "context", "Gegenbesuch"),
        S("Vladimir Putin", "Calls for closer cooperation; Western sanctions hamper world trade", "2023-10-18",
          "context", "westlichen Sanktionen"),
        S("European Union", "Commission spokesman: the meeting is 'more than strange'", "2023-10-18", "published",
          "mehr als befremdlich"),
        S("Ukraine", "Orbán shakes hands with a war criminal and should reconsider", "2023-10-18", "published",
          "schüttle einem Kriegsverbrecher"),
        S("Viktor Orbán", "Hungary wants to keep channels to Moscow open", "2023-10-18", "published",
          "Orbán verteidigte das Gespräch"),
        S("United States", "State Department: Wang Yi expected at the end of next week", "2023-10-18", "published",
          "Ende kommender Woche"),
        S("Kremlin", "Denies Moscow will ask China for military help", "2023-10-18", "published",
          "Der Kreml wies Spekulationen"),
        S("Dmitry Peskov", "Relations with Beijing rest on trade and energy, not arms", "2023-10-18", "published",
          "keine Waffenlieferungen"),
    ],
    actors=["Vladimir Putin", "Russia", "Xi Jinping", "China", "Kremlin", "Viktor Orbán", "European Union",
            "Ukraine", "United States", "Antony Blinken", "Joe Biden", "Dmitry Peskov", "Sergey Lavrov"],
)

# ---------------------------------------------------------------- b9de05
DE05 = dict(
    id="b9de05_dmitrijew_washington_2025_04",
    lang="de",
    published="2025-04-04",
    body="""
Putin-Gesandter Dmitrijew in Washington: Annäherung „Schritt für Schritt“
Der russische Sondergesandte Kirill Dmitrijew hat bei einem seltenen Besuch in Washington mit dem US-Sondergesandten Steve Witkoff über die Beziehungen beider Länder und den Krieg in der Ukraine beraten.
Die Gespräche fanden nach Angaben aus US-Regierungskreisen am Mittwoch und Donnerstag statt.
Dmitrijew ist der ranghöchste russische Vertreter, der seit Beginn der Invasion im Februar 2022 in die USA gereist ist.
Für den Besuch hatte Washington eigens Sanktionen gegen ihn vorübergehend ausgesetzt.

Dmitrijew sprach anschließend von einem „konstruktiven“ Austausch.
Es werde „drei oder vier weitere Treffen“ brauchen, um die Differenzen zu überwinden, sagte er vor Journalisten.
Als mögliche erste Schritte nannte er die Wiederaufnahme direkter Flugverbindungen und die Rückgabe diplomatischer Liegenschaften.
Witkoff äußerte sich zunächst nicht öffentlich.

US-Außenminister Marco Rubio dämpfte am Freitag beim Treffen der NATO-Außenminister in Brüssel die Erwartungen.
Man werde „in Wochen, nicht in Monaten“ wissen, ob Russland ernsthaft an Frieden interessiert sei, sagte er und fügte hinzu, auf endlose Verhandlungen werde sich Washington nicht einlassen.
Zuletzt hatte Präsident Donald Trump mehrfach seinen Unmut über Putin bekundet und mit Strafzöllen auf russisches Öl gedroht.

Kremlsprecher Dmitri Peskow sagte, die Beziehungen zu Washington würden „Schritt für Schritt“ wiederhergestellt, schnelle Ergebnisse seien aber nicht zu erwarten.
Kommende Woche sollen Delegationen beider Länder in Istanbul eine zweite Runde von Gesprächen über die Arbeit ihrer Botschaften führen.
Die erste Runde hatte Ende Februar ebenfalls am Bosporus stattgefunden.

In Kiew wird die Annäherung zwischen Moskau und Washington mit Sorge verfolgt.
Präsident Wolodymyr Selenskyj warf Russland vor, die Gespräche über eine Waffenruhe bewusst zu verschleppen, während die Angriffe auf ukrainische Städte weitergingen.
Allein in der Nacht zum Freitag habe Russland mehr als 70 Drohnen gestartet, teilte die ukrainische Luftwaffe mit.
Selenskyj forderte die USA auf, den Druck auf Moskau zu erhöhen, statt über gemeinsame Wirtschaftsprojekte zu sprechen.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-04-02"),
        T("Donnerstag", "DATE", "2025-04-03"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Freitag", "DATE", "2025-04-04", n=0),
        T("Wochen", "DURATION", "PXW"),
        T("Monaten", "DURATION", "PXM"),
        T("Zuletzt", "DATE", "PAST_REF"),
        T("Kommende Woche", "DATE", "2025-W15"),
        T("Ende Februar", "DATE", "2025-02", mod="END"),
        T("der Nacht zum Freitag", "TIME", "2025-04-03TNI", note="night to Friday 4 April"),
    ],
    events=[
        E("Dmitriev and Witkoff hold talks in Washington", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
          "2025-04-02", "text", "occurred", "am Mittwoch und Donnerstag statt",
          note="talks on Wednesday and Thursday, 2-3 April"),
        E("Russian full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "Februar 2022"),
        E("US temporarily suspends sanctions on Dmitriev for the visit", "CONCEDE", ["United States", "Kirill Dmitriev"],
          "2025-04-04", "published", "occurred", "vorübergehend ausgesetzt"),
        E("Dmitriev proposes resuming direct flights and returning diplomatic property", "REQUEST",
          ["Kirill Dmitriev", "United States"], "2025-04-03", "context", "occurred", "Flugverbindungen"),
        E("Rubio attends NATO foreign ministers' meeting in Brussels", "CONSULT", ["Marco Rubio", "NATO"],
          "2025-04-04", "text", "occurred", "beim Treffen der NATO-Außenminister"),
        E("Rubio: within weeks it will be clear whether Russia is serious; no endless talks", "THREATEN",
          ["Marco Rubio", "United States", "Russia"], "2025-04-04", "context", "occurred",
          "in Wochen, nicht in Monaten"),
        E("Trump voices displeasure with Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "PAST_REF", "vague",
          "occurred", "Unmut über Putin"),
        E("Trump threatens tariffs on Russian oil", "THREATEN", ["Donald Trump", "Russia"], "PAST_REF", "vague",
          "occurred", "Unmut über Putin"),
        E("Second round of US–Russian embassy talks in Istanbul", "CONSULT", ["Russia", "United States"],
          "2025-W15", "text", "planned", "zweite Runde von Gesprächen"),
        E("First round of embassy talks in Istanbul", "CONSULT", ["Russia", "United States"], "2025-02", "text",
          "occurred", "Die erste Runde", date_mod="END"),
        E("Zelensky accuses Russia of deliberately stalling ceasefire talks", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-04-04", "published", "occurred", "bewusst zu verschleppen"),
        E("Russian drone attack overnight", "ASSAULT", ["Russia", "Ukraine"], "2025-04-03TNI", "text", "occurred",
          "mehr als 70 Drohnen"),
        E("Zelensky calls on the US to increase pressure on Moscow", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "2025-04-04", "published", "occurred", "den Druck auf Moskau zu erhöhen"),
    ],
    statements=[
        S("United States", "Talks took place on Wednesday and Thursday", "2025-04-04", "published",
          "am Mittwoch und Donnerstag statt"),
        S("Kirill Dmitriev", "The exchange was constructive", "2025-04-03", "context", "konstruktiven"),
        S("Kirill Dmitriev", "Three or four more meetings needed", "2025-04-03", "context",
          "drei oder vier weitere Treffen"),
        S("Kirill Dmitriev", "First steps could be direct flights and return of diplomatic property",
          "2025-04-03", "context", "Flugverbindungen"),
        S("Marco Rubio", "Will know within weeks whether Russia is serious; no endless negotiations",
          "2025-04-04", "context", "in Wochen, nicht in Monaten"),
        S("Donald Trump", "Displeasure with Putin; threatened tariffs on Russian oil", "PAST_REF", "vague",
          "Unmut über Putin"),
        S("Dmitry Peskov", "Relations restored step by step; no quick results", "2025-04-04", "published",
          "Schritt für Schritt“ wiederhergestellt"),
        S("Volodymyr Zelensky", "Russia deliberately stalls ceasefire talks", "2025-04-04", "published",
          "bewusst zu verschleppen"),
        S("Ukraine", "Air force: more than 70 drones overnight", "2025-04-04", "published", "mehr als 70 Drohnen"),
        S("Volodymyr Zelensky", "US should raise pressure on Moscow instead of talking business",
          "2025-04-04", "published", "den Druck auf Moskau zu erhöhen"),
    ],
    actors=["Russia", "Kirill Dmitriev", "United States", "Steve Witkoff", "Ukraine", "Marco Rubio", "NATO",
            "Donald Trump", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- b9de06
DE06 = dict(
    id="b9de06_purl_pakete_frist_freitag_2025_08",
    lang="de",
    published="2025-08-05",
    body="""
Waffen aus US-Beständen: Europäer finanzieren erste Pakete für Kiew
Mehrere europäische NATO-Staaten wollen der Ukraine über ein neues Verfahren der Allianz rasch amerikanische Waffen verschaffen.
Die Niederlande kündigten am Montag an, ein erstes Paket im Wert von 500 Millionen Euro zu bezahlen, darunter Teile für Patriot-Flugabwehrsysteme.
Am Dienstag zogen Dänemark, Norwegen und Schweden mit einem gemeinsamen Paket in ähnlicher Höhe nach.
Auch Deutschland prüft nach Angaben aus Regierungskreisen eine Beteiligung in dreistelliger Millionenhöhe.

Das Verfahren mit dem Kürzel PURL sieht vor, dass die Verbündeten Waffen aus US-Beständen kaufen und an Kiew weitergeben.
Darauf hatten sich US-Präsident Donald Trump und NATO-Generalsekretär Mark Rutte Mitte Juli bei einem Treffen im Weißen Haus verständigt.
Rutte lobte die Zusagen als „klares Signal an Moskau“ und rief weitere Staaten auf, sich anzuschließen.
Selenskyj bedankte sich und erklärte, die Ukraine benötige monatlich rund eine Milliarde Dollar für solche Käufe.

Unterdessen wächst der Druck auf Moskau.
Trump hatte Kremlchef Wladimir Putin zuletzt eine Frist bis Freitag gesetzt, um einer Waffenruhe zuzustimmen, andernfalls drohen Russland und seinen Ölkunden harte Strafzölle.
Sein Sondergesandter Steve Witkoff wird zur Wochenmitte in Moskau erwartet.
Kremlsprecher Dmitri Peskow sagte, man sei zu einem Treffen mit Witkoff bereit, Ultimaten seien jedoch „kein Weg, mit Russland zu sprechen“.
Für Aufsehen hatte am Freitag vergangener Woche Trumps Anordnung gesorgt, zwei Atom-U-Boote in „geeignete Regionen“ zu verlegen, als Reaktion auf Äußerungen aus Moskau.
Peskow mahnte daraufhin, alle Seiten sollten mit nuklearer Rhetorik „sehr vorsichtig“ sein.

In der Nacht zum Dienstag griff Russland nach ukrainischen Angaben erneut mit Drohnen an, unter anderem in der Region Saporischschja.
Die Ukraine setzte ihrerseits ihre Angriffe auf russische Raffinerien fort.
Ob die Frist am Freitag Bewegung bringt, gilt in Kiew als offen; Selenskyj sprach sich erneut für ein direktes Treffen mit Putin aus.
""",
    timexes=[
        T("Montag", "DATE", "2025-08-04"),
        T("Dienstag", "DATE", "2025-08-05", n=0),
        T("Mitte Juli", "DATE", "2025-07", mod="MID"),
        T("monatlich", "SET", "P1M"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Freitag", "DATE", "2025-08-08", n=0),
        T("Wochenmitte", "DATE", "2025-W32", mod="MID"),
        T("Freitag vergangener Woche", "DATE", "2025-08-01"),
        T("der Nacht zum Dienstag", "TIME", "2025-08-04TNI", note="night to Tuesday 5 August"),
        T("Freitag", "DATE", "2025-08-08", n=2),
    ],
    events=[
        E("Netherlands to fund a first 500m-euro PURL package for Ukraine", "AID", ["Ukraine"], "2025-08-04", "text",
          "occurred", "Die Niederlande kündigten", note="the Netherlands are not canonical"),
        E("Denmark, Norway and Sweden announce a joint PURL package", "AID", ["Ukraine"], "2025-08-05", "text",
          "occurred", "Am Dienstag zogen", note="the Nordic states are not canonical"),
        E("Germany considers contributing to PURL", "AID", ["Germany", "Ukraine"], "2025-08-05", "published",
          "uncertain", "dreistelliger Millionenhöhe"),
        E("Trump and Rutte meet at the White House", "CONSULT", ["Donald Trump", "Mark Rutte"], "2025-07", "text",
          "occurred", "Mitte Juli bei einem Treffen", date_mod="MID"),
        E("Trump and Rutte agree on the PURL scheme", "AGREE", ["Donald Trump", "Mark Rutte"], "2025-07", "text",
          "occurred", "Mitte Juli bei einem Treffen", date_mod="MID"),
        E("Rutte praises the pledges", "SUPPORT", ["Mark Rutte"], "2025-08-05", "published", "occurred",
          "klares Signal an Moskau"),
        E("Rutte calls on more allies to join", "REQUEST", ["Mark Rutte", "NATO"], "2025-08-05", "published",
          "occurred", "klares Signal an Moskau"),
        E("Trump sets Putin a deadline to agree to a ceasefire, threatening tariffs", "THREATEN",
          ["Donald Trump", "Vladimir Putin", "Russia"], "PAST_REF", "vague", "occurred", "eine Frist bis Freitag",
          note="deadline Friday 2025-08-08"),
        E("Witkoff expected in Moscow mid-week", "CONSULT", ["Steve Witkoff", "Russia"], "2025-W32", "text",
          "planned", "zur Wochenmitte", date_mod="MID"),
        E("Kremlin rejects ultimatums", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2025-08-05", "published",
          "occurred", "kein Weg, mit Russland"),
        E("Trump orders two nuclear submarines repositioned", "MOBILIZE", ["Donald Trump", "United States"],
          "2025-08-01", "text", "occurred", "Atom-U-Boote"),
        E("Peskov urges caution with nuclear rhetoric", "REQUEST", ["Dmitry Peskov"], "2025-08-05", "published",
          "occurred", "nuklearer Rhetorik"),
        E("Russian drone attack overnight, including Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"],
          "2025-08-04TNI", "text", "occurred", "In der Nacht zum Dienstag"),
        E("Ukraine continues strikes on Russian refineries", "ASSAULT", ["Ukraine", "Russia"], "2025-08-05",
          "published", "occurred", "russische Raffinerien"),
        E("Zelensky again calls for a direct meeting with Putin", "REQUEST", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-08-05", "published", "occurred", "direktes Treffen mit Putin"),
    ],
    statements=[
        S("Germany", "Considering a contribution of several hundred million", "2025-08-05", "published",
          "dreistelliger Millionenhöhe"),
        S("Mark Rutte", "Pledges are a clear signal to Moscow; others should join", "2025-08-05", "published",
          "klares Signal an Moskau"),
        S("Volodymyr Zelensky", "Thanks; Ukraine needs about $1bn a month for such purchases", "2025-08-05",
          "published", "Selenskyj bedankte sich"),
        S("Dmitry Peskov", "Ready to meet Witkoff, but ultimatums are no way to talk to Russia", "2025-08-05",
          "published", "kein Weg, mit Russland"),
        S("Dmitry Peskov", "Everyone should be very careful with nuclear rhetoric", "2025-08-05", "published",
          "nuklearer Rhetorik"),
        S("Ukraine", "Russia attacked with drones overnight", "2025-08-05", "published", "In der Nacht zum Dienstag"),
        S("Volodymyr Zelensky", "Calls again for a direct meeting with Putin", "2025-08-05", "published",
          "direktes Treffen mit Putin"),
    ],
    actors=["NATO", "Ukraine", "Germany", "United States", "Donald Trump", "Mark Rutte", "Volodymyr Zelensky",
            "Russia", "Kremlin", "Vladimir Putin", "Steve Witkoff", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b9de07
DE07 = dict(
    id="b9de07_rubio_lawrow_kuala_lumpur_2025_07",
    lang="de",
    published="2025-07-10",
    body="""
Rubio trifft Lawrow in Kuala Lumpur – Kiew erlebt erneut schwere Angriffe
US-Außenminister Marco Rubio und sein russischer Amtskollege Sergej Lawrow sind am Donnerstag am Rande eines Treffens der südostasiatischen Staatengemeinschaft ASEAN in Kuala Lumpur zusammengekommen.
Das Gespräch dauerte nach Angaben aus Delegationskreisen knapp eine Stunde.
Rubio sagte anschließend, Lawrow habe eine „neue Idee“ für das weitere Vorgehen präsentiert, die er an Präsident Donald Trump weitergeben werde.
Es handle sich nicht um einen Durchbruch, betonte Rubio, aber um einen Ansatz, über den man reden könne.

Das Treffen fällt in eine Phase wachsender Verstimmung zwischen Washington und Moskau.
Trump hatte am Dienstag bei einer Kabinettssitzung gesagt, Putin werfe den USA „viel Unsinn“ entgegen, und eine Prüfung neuer Sanktionen angekündigt.
Zudem versprach er, der Ukraine weitere Defensivwaffen zu schicken, nachdem das Pentagon in der vergangenen Woche einige Lieferungen vorübergehend gestoppt hatte.
Lawrow ließ die Kritik an sich abperlen: Russland werde sich von Drohungen nicht beeindrucken lassen.

Unterdessen erlebte Kiew in der Nacht zum Donnerstag einen der schwersten Luftangriffe seit Kriegsbeginn.
Nach Angaben der ukrainischen Luftwaffe setzte Russland mehr als 400 Drohnen und 18 Raketen ein, mindestens zwei Menschen kamen ums Leben.
Präsident Wolodymyr Selenskyj warf Moskau vor, die Angriffe gezielt zu verstärken, während über Frieden geredet werde.

Selenskyj hält sich derzeit in Rom auf, wo am Donnerstag und Freitag eine internationale Konferenz zum Wiederaufbau der Ukraine stattfindet.
Dort traf er am Donnerstag den US-Sondergesandten Keith Kellogg, nach ukrainischen Angaben war es ein „substanzielles“ Gespräch.
Auch Bundeskanzler Friedrich Merz und Italiens Regierungschefin Giorgia Meloni nahmen an der Konferenz teil.
Merz sagte zu, Deutschland sei bereit, zusätzliche Patriot-Systeme von den USA zu kaufen und an die Ukraine weiterzugeben.
Am Nachmittag wollten sich zudem die Staats- und Regierungschefs der „Koalition der Willigen“ per Video zusammenschalten, darunter der französische Präsident Emmanuel Macron und der britische Premier Keir Starmer.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-07-10", n=0),
        T("knapp eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("Dienstag", "DATE", "2025-07-08"),
        T("der vergangenen Woche", "DATE", "2025-W27"),
        T("der Nacht zum Donnerstag", "TIME", "2025-07-09TNI", note="night to Thursday 10 July"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Donnerstag", "DATE", "2025-07-10", n=2),
        T("Freitag", "DATE", "2025-07-11"),
        T("Donnerstag", "DATE", "2025-07-10", n=3),
        T("Nachmittag", "TIME", "2025-07-10TAF"),
    ],
    events=[
        E("Rubio and Lavrov meet in Kuala Lumpur", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-07-10", "text",
          "occurred", "in Kuala Lumpur zusammengekommen"),
        E("Lavrov presents a 'new idea' for the way forward", "REQUEST", ["Sergey Lavrov", "Marco Rubio"],
          "2025-07-10", "context", "occurred", "neue Idee"),
        E("Trump says Putin throws a lot of nonsense at the US", "ACCUSE", ["Donald Trump", "Vladimir Putin"],
          "2025-07-08", "text", "occurred", "viel Unsinn"),
        E("Trump announces a review of new sanctions on Russia", "SANCTION", ["Donald Trump", "Russia"],
          "2025-07-10", "published", "uncertain", "viel Unsinn"),
        E("Trump promises more defensive weapons for Ukraine", "AID", ["Donald Trump", "United States", "Ukraine"],
          "2025-07-08", "context", "occurred", "weitere Defensivwaffen"),
        E("Pentagon temporarily halts some deliveries to Ukraine", "SANCTION", ["United States", "Ukraine"],
          "2025-W27", "text", "occurred", "weitere Defensivwaffen"),
        E("Lavrov dismisses US threats", "REJECT", ["Sergey Lavrov", "Donald Trump"], "2025-07-10", "published",
          "occurred", "nicht beeindrucken lassen"),
        E("Massive Russian air attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-07-09TNI", "text", "occurred",
          "schwersten Luftangriffe"),
        E("Zelensky accuses Moscow of escalating attacks while peace is discussed", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-07-10", "published", "occurred", "gezielt zu verstärken"),
        E("Ukraine Recovery Conference in Rome", "CONSULT",
          ["Volodymyr Zelensky", "Ukraine", "Friedrich Merz", "Giorgia Meloni"], "2025-07-10", "text", "occurred",
          "internationale Konferenz zum Wiederaufbau", note="10-11 July"),
        E("Zelensky meets Kellogg in Rome", "CONSULT", ["Volodymyr Zelensky", "Keith Kellogg"], "2025-07-10", "text",
          "occurred", "Keith Kellogg"),
        E("Merz offers to buy additional Patriot systems from the US for Ukraine", "AID",
          ["Friedrich Merz", "Germany", "Ukraine"], "2025-07-10", "context", "planned", "Patriot-Systeme"),
        E("Coalition of the willing video conference", "CONSULT", ["Emmanuel Macron", "Keir Starmer"],
          "2025-07-10TAF", "text", "planned", "Koalition der Willigen"),
    ],
    statements=[
        S("Marco Rubio", "Lavrov presented a new idea that he will pass on to Trump", "2025-07-10", "context",
          "neue Idee"),
        S("Marco Rubio", "Not a breakthrough, but an approach worth discussing", "2025-07-10", "context",
          "nicht um einen Durchbruch"),
        S("Donald Trump", "Putin throws a lot of nonsense at the US; new sanctions under review", "2025-07-08",
          "text", "viel Unsinn"),
        S("Donald Trump", "Will send Ukraine more defensive weapons", "2025-07-08", "context",
          "weitere Defensivwaffen"),
        S("Sergey Lavrov", "Russia will not be impressed by threats", "2025-07-10", "published",
          "nicht beeindrucken lassen"),
        S("Ukraine", "Air force: more than 400 drones and 18 missiles", "2025-07-10", "published", "400 Drohnen"),
        S("Volodymyr Zelensky", "Moscow deliberately escalates attacks while peace is discussed", "2025-07-10",
          "published", "gezielt zu verstärken"),
        S("Ukraine", "The talk with Kellogg was substantial", "2025-07-10", "context", "Keith Kellogg"),
        S("Friedrich Merz", "Germany ready to buy more Patriots from the US for Ukraine", "2025-07-10", "context",
          "Patriot-Systeme"),
    ],
    actors=["United States", "Marco Rubio", "Russia", "Sergey Lavrov", "Donald Trump", "Vladimir Putin", "Ukraine",
            "Volodymyr Zelensky", "Keith Kellogg", "Friedrich Merz", "Germany", "Giorgia Meloni", "Emmanuel Macron",
            "France", "Keir Starmer", "United Kingdom"],
)

# ---------------------------------------------------------------- b9de08
DE08 = dict(
    id="b9de08_vance_kiew_treffen_moskau_2026_05",
    lang="de",
    published="2026-05-11",
    body="""
Vance reist nach Kiew – Kreml: Treffen mit Selenskyj nur in Moskau
US-Vizepräsident JD Vance wird Ende der Woche zu seinem ersten Besuch in der Ukraine erwartet.
Wie das Weiße Haus am Sonntag mitteilte, soll Vance am Freitag in Kiew mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammentreffen.
Ziel der Reise sei es, ein direktes Treffen zwischen Selenskyj und Kremlchef Wladimir Putin vorzubereiten, hieß es.
Details zum Ablauf wurden aus Sicherheitsgründen nicht genannt.

Im Kreml stieß die Initiative auf ein verhaltenes Echo.
Putin sei grundsätzlich zu einem Treffen bereit, allerdings nur in Moskau, sagte Kremlsprecher Dmitri Peskow am Montagmorgen.
Neutrale Orte wie Istanbul, Genf oder der Vatikan kämen für Moskau nicht infrage.
Selenskyj wies das umgehend zurück: Er werde „nicht in die Hauptstadt des Aggressors reisen“, sagte er in einer Videobotschaft.

Der ukrainische Außenminister Andrij Sybiha warf Russland vor, mit solchen Bedingungen jede Verhandlung zu sabotieren.
In der Nacht zum Montag hatte Russland die Hafenstadt Odessa mit Drohnen und Raketen angegriffen, dabei wurden nach Behördenangaben mindestens sechs Menschen verletzt.
Kiew fordert seit Wochen eine Waffenruhe von mindestens 30 Tagen als Voraussetzung für ein Gipfeltreffen.

Unterdessen will der ukrainische Chefunterhändler Rustem Umerow Mitte der Woche in Washington mit dem US-Sondergesandten Steve Witkoff über einen überarbeiteten Entwurf eines Rahmenabkommens sprechen.
Bundeskanzler Friedrich Merz und der französische Präsident Emmanuel Macron hatten am Sonntag mit Selenskyj telefoniert und darauf gepocht, dass Europa an allen Gesprächen über Sicherheitsgarantien beteiligt wird.
Die EU-Außenbeauftragte Kaja Kallas kündigte an, das 21. Sanktionspaket gegen Russland solle bis Ende Juni beschlossen werden.
Aus Moskau hieß es dazu, neue Strafmaßnahmen würden „nicht ohne Antwort bleiben“.
""",
    timexes=[
        T("Ende der Woche", "DATE", "2026-W20", mod="END"),
        T("Sonntag", "DATE", "2026-05-10", n=0),
        T("Freitag", "DATE", "2026-05-15"),
        T("Montagmorgen", "TIME", "2026-05-11TMO"),
        T("der Nacht zum Montag", "TIME", "2026-05-10TNI", note="night to Monday 11 May"),
        T("Wochen", "DURATION", "PXW"),
        T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("Mitte der Woche", "DATE", "2026-W20", mod="MID"),
        T("Sonntag", "DATE", "2026-05-10", n=1),
        T("Ende Juni", "DATE", "2026-06", mod="END"),
    ],
    events=[
        E("Vance to meet Zelensky in Kyiv", "CONSULT", ["JD Vance", "Volodymyr Zelensky"], "2026-05-15", "text",
          "planned", "soll Vance am Freitag"),
        E("Possible direct Zelensky–Putin meeting", "CONSULT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2026-05-11", "published", "uncertain", "direktes Treffen zwischen Selenskyj"),
        E("Putin ready in principle to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
          "2026-05-11TMO", "text", "occurred", "grundsätzlich zu einem Treffen bereit"),
        E("Kremlin demands that any meeting take place in Moscow", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"],
          "2026-05-11TMO", "text", "occurred", "grundsätzlich zu einem Treffen bereit"),
        E("Moscow rules out neutral venues", "REJECT", ["Russia"], "2026-05-11TMO", "context", "occurred",
          "Neutrale Orte"),
        E("Zelensky refuses to travel to Moscow", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"], "2026-05-11",
          "published", "occurred", "Hauptstadt des Aggressors"),
        E("Sybiha accuses Russia of sabotaging negotiations", "ACCUSE", ["Andrii Sybiha", "Russia"], "2026-05-11",
          "published", "occurred", "jede Verhandlung zu sabotieren"),
        E("Russian drone and missile attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-05-10TNI", "text",
          "occurred", "Hafenstadt Odessa"),
        E("Kyiv demands a ceasefire of at least 30 days before a summit", "REQUEST", ["Ukraine", "Russia"],
          "2026-05-11", "published", "occurred", "mindestens 30 Tagen", note="demanded 'for weeks'"),
        E("Umerov to meet Witkoff in Washington on a revised framework draft", "CONSULT",
          ["Rustem Umerov", "Steve Witkoff"], "2026-W20", "text", "planned", "Chefunterhändler", date_mod="MID"),
        E("Merz and Macron phone Zelensky", "CONSULT", ["Friedrich Merz", "Emmanuel Macron", "Volodymyr Zelensky"],
          "2026-05-10", "text", "occurred", "mit Selenskyj telefoniert"),
        E("Merz and Macron insist Europe be involved in talks on security guarantees", "REQUEST",
          ["Friedrich Merz", "Emmanuel Macron"], "2026-05-10", "context", "occurred", "mit Selenskyj telefoniert"),
        E("EU's 21st sanctions package to be adopted by end of June", "SANCTION",
          ["European Union", "Kaja Kallas", "Russia"], "2026-06", "text", "planned", "21. Sanktionspaket",
          date_mod="END"),
        E("Moscow threatens a response to new sanctions", "THREATEN", ["Russia"], "2026-05-11", "published",
          "occurred", "nicht ohne Antwort bleiben"),
    ],
    statements=[
        S("White House", "Vance to meet Zelensky in Kyiv on Friday", "2026-05-10", "text", "soll Vance am Freitag"),
        S("White House", "The trip aims to prepare a Zelensky–Putin meeting", "2026-05-10", "context",
          "direktes Treffen zwischen Selenskyj"),
        S("Vladimir Putin, via Dmitry Peskov", "Putin ready to meet, but only in Moscow", "2026-05-11TMO", "text",
          "grundsätzlich zu einem Treffen bereit"),
        S("Dmitry Peskov", "Neutral venues such as Istanbul, Geneva or the Vatican are out of the question",
          "2026-05-11TMO", "context", "Neutrale Orte"),
        S("Volodymyr Zelensky", "Will not travel to the aggressor's capital", "2026-05-11", "published",
          "Hauptstadt des Aggressors"),
        S("Andrii Sybiha", "Russia sabotages every negotiation with such conditions", "2026-05-11", "published",
          "jede Verhandlung zu sabotieren"),
        S("Ukraine", "At least six people injured in Odesa", "2026-05-11", "published", "Hafenstadt Odessa"),
        S("Joint statement: Friedrich Merz, Emmanuel Macron", "Europe must be involved in all talks on security guarantees",
          "2026-05-10", "context", "mit Selenskyj telefoniert"),
        S("Kaja Kallas", "21st sanctions package to be adopted by end of June", "2026-05-11", "published",
          "21. Sanktionspaket"),
        S("Russia", "New sanctions will not go unanswered", "2026-05-11", "published", "nicht ohne Antwort bleiben"),
    ],
    actors=["United States", "JD Vance", "Ukraine", "White House", "Volodymyr Zelensky", "Kremlin", "Vladimir Putin",
            "Dmitry Peskov", "Russia", "Andrii Sybiha", "Rustem Umerov", "Steve Witkoff", "Friedrich Merz", "Germany",
            "Emmanuel Macron", "France", "European Union", "Kaja Kallas"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06, DE07, DE08]
