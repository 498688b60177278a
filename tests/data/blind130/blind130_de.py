"""German articles of the blind130 set (fictionalised; written and annotated blind to the extraction code).

Theme: Switzerland's neutrality and the war, 2022–2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b130de01 (Der Rheintaler)
DE01 = """
Bern sagt Nein: Keine Schweizer Munition für Deutschlands Gepard-Panzer

Heerbrugg/Bern. – Die Schweiz bleibt bei ihrer Linie: Deutschland darf Munition aus Schweizer Produktion für den Flugabwehrpanzer Gepard nicht an die Ukraine weitergeben.
Das Staatssekretariat für Wirtschaft (Seco) hat am Donnerstag zwei entsprechende Gesuche aus Berlin abgelehnt.
Die Anfragen waren nach Angaben aus Bern Mitte März und Anfang April eingegangen.
Eine Weitergabe an ein Land, das in einen internationalen bewaffneten Konflikt verwickelt sei, sei mit dem Kriegsmaterialgesetz und dem Neutralitätsrecht nicht vereinbar, teilte das Seco mit.

Die Absage trifft Berlin zu einem heiklen Zeitpunkt.
Verteidigungsministerin Christine Lambrecht hatte am Dienstag auf dem US-Stützpunkt Ramstein angekündigt, dass Deutschland der Ukraine Gepard-Panzer aus Industriebeständen liefern werde.
Für die 35-Millimeter-Kanonen gibt es allerdings kaum Munition; ein grosser Teil der Bestände wurde einst in Zürich-Oerlikon hergestellt.
Im Verteidigungsministerium in Berlin hiess es, man bedauere den Entscheid und suche nach anderen Quellen.

Die «SonntagsZeitung» hatte die Absagen bereits am vergangenen Sonntag publik gemacht.
Der ukrainische Botschafter in Bern, Artem Rybtschenko, zeigte sich am Mittwochabend im Schweizer Fernsehen enttäuscht.
«Neutralität darf nicht heissen, dass man dem Angreifer hilft», sagte er und forderte den Bundesrat auf, seine Haltung zu überdenken.
Präsident Wolodymyr Selenskyj hatte schon am 19. März in einer Videobotschaft an eine Kundgebung auf dem Bundesplatz die Schweizer Banken aufgefordert, die Gelder russischer Oligarchen zu sperren.

Kremlsprecher Dmitri Peskow warnte am Dienstag, Waffenlieferungen der Nato-Staaten an Kiew bedrohten die Sicherheit in Europa.
Die russische Botschaft in Bern begrüsste den Entscheid des Seco als Zeichen, dass die Schweiz «zumindest in diesem Punkt» neutral bleibe.

Im Bundeshaus wächst derweil der Druck, die Regeln zu lockern.
Die Sicherheitspolitische Kommission des Nationalrats will Mitte Mai über mehrere Vorstösse beraten, die eine Wiederausfuhr in die Ukraine ermöglichen sollen.
Im Rheintal wird der Entscheid aufmerksam verfolgt: Rund 300 Geflüchtete aus der Ukraine leben seit März in der Region, und am Samstag lädt ein Verein in Altstätten zu einem Begegnungsfest.
"""

# ---------------------------------------------------------------- b130de02 (Höfner Volksblatt, sda copy)
DE02 = """
Moskau will die Schweiz nicht als Schutzmacht der Ukraine

Bern/Moskau (sda). – Russland lehnt es ab, dass die Schweiz die Interessen der Ukraine in Moskau vertritt.
Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestätigte am Donnerstag, dass Moskau dem geplanten Schutzmachtmandat nicht zustimmt.
Bern und Kiew hatten sich nach wochenlangen Verhandlungen Anfang August auf das Mandat geeinigt; in Kraft treten kann es aber nur mit dem Einverständnis des Gaststaats.

Moskau begründet die Absage mit den Sanktionen.
Die Schweiz habe «leider ihren Status als neutraler Staat verloren» und komme deshalb weder als Vermittlerin noch als Vertreterin in Frage, sagte der stellvertretende Sprecher des russischen Aussenministeriums, Iwan Netschajew, am Donnerstag in Moskau.
Er warf Bern vor, sich den «unfreundlichen Handlungen» der Europäischen Union gegen Russland angeschlossen zu haben.
Die Schweiz hatte am 28. Februar die Sanktionen der EU übernommen und seither alle weiteren Pakete nachvollzogen, zuletzt vor neun Tagen das siebte mit einem Importverbot für russisches Gold.

Im EDA hiess es, man nehme den Entscheid zur Kenntnis; die Guten Dienste der Schweiz stünden beiden Seiten weiterhin zur Verfügung.
Bundespräsident Ignazio Cassis hatte das Mandat vor zwei Wochen in einem Interview als «konkreten Beitrag zum Frieden» bezeichnet.

Kiew reagierte verärgert.
Aussenamtssprecher Oleh Nikolenko sagte am Freitagmorgen, Moskau zeige einmal mehr, dass es an keiner diplomatischen Lösung interessiert sei.
Die Ukraine werde gemeinsam mit der Schweiz nach anderen Wegen suchen, um ihre Bürgerinnen und Bürger in Russland konsularisch zu betreuen, fügte er an.
Die Schweiz vertritt derzeit sieben Schutzmachtmandate, unter anderem jenes der USA in Iran und seit 2009 die Interessen Russlands in Georgien und umgekehrt.

Am Donnerstagabend befasste sich der Uno-Sicherheitsrat auf Antrag Russlands mit dem Beschuss des Atomkraftwerks Saporischschja.
IAEA-Generaldirektor Rafael Grossi forderte in der Sitzung, seinen Experten so rasch wie möglich Zugang zur Anlage zu gewähren.
Moskau und Kiew machen sich gegenseitig für die Angriffe auf das Gelände verantwortlich.

In Lachen und Freienbach werden derzeit rund 120 Geflüchtete aus der Ukraine betreut.
Der Bezirk March plant Ende August einen Informationsabend zu den Regeln des Schutzstatus S.
"""

# ---------------------------------------------------------------- b130de03 (Toggenburger Tagblatt, Newsblog)
DE03 = """
Newsblog: Selenskyj spricht zum Schweizer Parlament – grosse Teile der SVP bleiben fern

18.40 Uhr: Die russische Botschaft in Bern hat den Auftritt Selenskyjs als «Propagandashow» kritisiert.
Mit der Einladung habe sich das Parlament endgültig von der Neutralität verabschiedet, schrieb die Botschaft auf Telegram.

17.15 Uhr: Kremlsprecher Dmitri Peskow sagte in Moskau, Reden Selenskyjs vor westlichen Parlamenten änderten nichts an den Zielen Russlands.
Er warnte neutrale Staaten davor, Waffen an Kiew zu liefern.

15.30 Uhr: Bundespräsident Alain Berset sagte vor den Medien, die Schweiz werde an der von Grossbritannien und der Ukraine ausgerichteten Wiederaufbaukonferenz kommende Woche in London mit einer Delegation teilnehmen.
An der Haltung zur Wiederausfuhr ändere die Rede nichts, darüber entscheide das Parlament.

13.10 Uhr: Die Rede ist vorbei, sie dauerte knapp 20 Minuten.
Selenskyj dankte der Schweiz für die Aufnahme von mehr als 60'000 Geflüchteten und für die Hilfe bei der Minenräumung.
Zugleich bat er die Räte, die Weitergabe von Schweizer Waffen an die Ukraine zu erlauben, denn ohne Waffen gebe es keinen Frieden.
Er rief die Schweiz ausserdem auf, seine Friedensformel zu unterstützen und eingefrorene russische Gelder für den Wiederaufbau freizugeben.

12.50 Uhr: Selenskyj ist per Video aus Kiew zugeschaltet; im Nationalratssaal erheben sich die meisten Ratsmitglieder zum Applaus.
Ein Grossteil der SVP-Fraktion ist dem Saal ferngeblieben, Fraktionschef Thomas Aeschi sprach von einer Verletzung der Neutralität.

10.20 Uhr: Worum es geht: Der Nationalrat hatte Anfang Juni eine «Lex Ukraine» abgelehnt, die eine Weitergabe von Schweizer Kriegsmaterial an die Ukraine ermöglicht hätte.
Deutschland, Dänemark und Spanien waren im vergangenen Jahr mit Gesuchen um Wiederausfuhr gescheitert.
Zuletzt bat Berlin im Februar darum, ausgemusterte Leopard-2-Panzer zurückkaufen zu dürfen; der Entscheid steht noch aus.
Berset hatte im März mit der Aussage, er spüre in manchen Kreisen einen «Kriegsrausch», in Kiew für Empörung gesorgt.

8.05 Uhr: Guten Morgen!
Heute um 12.45 Uhr wendet sich der ukrainische Präsident Wolodymyr Selenskyj per Video an die Vereinigte Bundesversammlung.
In der Nacht auf Donnerstag hat Russland Kiew und Odessa erneut mit Raketen und Drohnen angegriffen, nach Behördenangaben wurden mehrere Menschen verletzt.
"""

# ---------------------------------------------------------------- b130de04 (Nidwaldner Zeitung)
DE04 = """
Weltpolitik auf dem Bürgenstock: Bundesrat lädt zur Ukraine-Friedenskonferenz

Stans/Bern. – Der Bürgenstock wird Mitte Juni zur Bühne der Weltpolitik.
Der Bundesrat hat am Mittwoch beschlossen, im Bürgenstock-Resort oberhalb von Ennetbürgen eine hochrangige Konferenz zum Frieden in der Ukraine auszurichten.
Die zweitägige Konferenz soll am 15. Juni beginnen.
Die Einladungen an mehr als 160 Delegationen, darunter China, sollen in den kommenden Tagen verschickt werden.
Russland steht nicht auf der Liste der Eingeladenen.

Bundespräsidentin Viola Amherd hatte im Januar nach einem Treffen mit Präsident Wolodymyr Selenskyj in Bern zugesagt, eine solche Konferenz zu organisieren.
Aussenminister Ignazio Cassis betonte am Mittwoch vor den Medien, ohne Russland werde es am Ende keinen Frieden geben; Ziel sei ein gemeinsames Verständnis für einen Weg dorthin.
Selenskyj dankte der Schweiz noch am Mittwochabend auf X und rief alle Staats- und Regierungschefs auf, auf den Bürgenstock zu kommen.
Die USA haben ihre Teilnahme nach Angaben des EDA bereits zugesagt, wer Washington vertreten wird, ist aber offen.
Peking liess offen, ob es eine Delegation schickt.

Moskau reagierte mit Spott.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, sagte am Donnerstag, Russland werde auch mit einer Einladung nicht teilnehmen.
Die Schweiz habe ihre Neutralität längst aufgegeben und könne keine Vermittlerin sein, fügte sie an.
Kremlsprecher Dmitri Peskow hatte bereits im Januar erklärt, Gespräche über den Frieden ohne Russland seien sinnlos.

In Nidwalden laufen die Vorbereitungen an.
Die Armee will für den Schutz der Konferenz bis zu 4000 Angehörige einsetzen, über dem Bürgenstock gilt während der Konferenz eine Flugbeschränkung.
Der Regierungsrat informiert die Bevölkerung von Ennetbürgen kommende Woche an einem Anlass im Gemeindesaal.
Das Resort bleibt für das Wochenende für andere Gäste geschlossen, die Bürgenstock-Bahn von Kehrsiten aus stellt den Betrieb ein.
Die kantonale Sicherheitsdirektion teilte mit, man sei stolz auf den Anlass, aber auch stark gefordert.
"""

# ---------------------------------------------------------------- b130de05 (ASMZ, Allgemeine Schweizerische Militärzeitschrift)
DE05 = """
Kriegsmaterialgesetz: Ständerat lockert die Wiederausfuhr – für die Ukraine ändert sich nichts

Bern. – Der Ständerat hat am Dienstag einer Revision des Kriegsmaterialgesetzes zugestimmt, die der Rüstungsindustrie mehr Spielraum bei Exporten verschaffen soll.
Mit 28 zu 15 Stimmen folgte die kleine Kammer ihrer Sicherheitspolitischen Kommission.
Künftig soll der Bund bei 25 Staaten mit vergleichbarer Exportkontrolle, die in Anhang 2 der Kriegsmaterialverordnung aufgeführt sind, auf die Nichtwiederausfuhr-Erklärung verzichten können.
Für Lieferungen, die länger als fünf Jahre zurückliegen, soll die Erklärung automatisch erlöschen.

Eine rückwirkende Ausnahme für die Ukraine, wie sie die «Lex Ukraine» vorgesehen hatte, enthält die Vorlage nicht.
Gesuche Deutschlands, Dänemarks und Spaniens um die Weitergabe von Munition und Radschützenpanzern an Kiew hatte der Bundesrat 2022 abgelehnt.
Seither meiden mehrere europäische Streitkräfte Schweizer Lieferanten.
Der deutsche Verteidigungsminister Boris Pistorius hatte im Frühjahr erklärt, die Bundeswehr werde bei Beschaffungen Hersteller bevorzugen, die keine Auflagen für die Weitergabe machen.
Bei der Gepard-Munition hat sich das Problem für Berlin ohnehin erledigt: Rheinmetall fertigt die 35-Millimeter-Geschosse seit 2023 in Unterlüss selbst.

Die Branche reagierte erleichtert.
Der Industrieverband Swissmem sprach von einem ersten Schritt, der Verlust an Glaubwürdigkeit bei den Partnern sei aber noch nicht wettgemacht.
Nato-Generalsekretär Mark Rutte hatte bei einem Treffen mit Verteidigungsminister Martin Pfister Mitte Mai in Brüssel gemahnt, die Partner müssten sich auf Lieferungen aus der Schweiz verlassen können.
Die Schweiz beteiligt sich seit 1996 an der Partnerschaft für den Frieden der Nato.

Die ukrainische Botschafterin in Bern, Iryna Wenediktowa, begrüsste den Entscheid, forderte aber eine Lösung für bereits gelieferte Güter.
Die russische Botschaft warnte dagegen, mit der Revision werde die Schweiz «faktisch zur Konfliktpartei», und kündigte an, Moskau werde dies in den bilateralen Beziehungen berücksichtigen.

Der Nationalrat wird die Vorlage voraussichtlich im September beraten.
Die Gruppe für eine Schweiz ohne Armee hat kürzlich angekündigt, gegen eine Lockerung das Referendum zu ergreifen.
Die Ausfuhren von Kriegsmaterial waren 2024 um fünf Prozent auf rund 665 Millionen Franken gesunken.
"""

# ---------------------------------------------------------------- b130de06 (bz Basel, Fragen und Antworten)
DE06 = """
Eingefrorene Russland-Gelder: Was die Schweiz tut – und was nicht

Die EU ringt um ein Milliardendarlehen für die Ukraine aus blockiertem russischem Zentralbankgeld, und die Schweiz schaut genau hin.
Die wichtigsten Fragen und Antworten.

Was hat die EU entschieden?
Noch nichts Endgültiges.
Die Staats- und Regierungschefs konnten sich am vergangenen Donnerstag in Brüssel nicht auf das sogenannte Reparationsdarlehen von bis zu 140 Milliarden Euro einigen.
Finanziert werden soll es aus Geldern der russischen Zentralbank, die beim Abwicklungshaus Euroclear in Belgien blockiert sind; die Kommission hatte den Plan im September vorgelegt, ein Teil soll in die Verteidigung der Ukraine fliessen.
Präsident Wolodymyr Selenskyj hatte in Brüssel an die Mitgliedstaaten appelliert, rasch zu entscheiden.
Ein neuer Anlauf ist für den Gipfel am 18. Dezember geplant.

Wie viel russisches Geld ist in der Schweiz blockiert?
Nach Zahlen des Staatssekretariats für Wirtschaft (Seco) sind derzeit rund 7,4 Milliarden Franken an privaten Vermögenswerten gesperrt.
Hinzu kommen Reserven der russischen Zentralbank von rund 7,5 Milliarden Franken, die wegen eines Transaktionsverbots nicht bewegt werden dürfen.
Die ersten Gelder wurden Ende Februar 2022 gesperrt, als der Bundesrat die EU-Sanktionen übernahm.

Könnte die Schweiz das Geld der Ukraine geben?
Nach Ansicht des Bundesrats nicht ohne Weiteres.
Eine Einziehung ohne rechtskräftiges Strafurteil verstosse gegen die Eigentumsgarantie der Verfassung, hält die Regierung seit 2023 fest.
Bundespräsidentin Karin Keller-Sutter sagte kürzlich, die Schweiz werde sich an einer europäischen Lösung nicht beteiligen, solange deren rechtliche Grundlage unklar sei.
Im Nationalrat ist ein Vorstoss hängig, der die Erträge aus den Zentralbankgeldern für den Wiederaufbau nutzen will.

Wie reagiert Moskau?
Kremlsprecher Dmitri Peskow drohte am Freitag mit «schmerzhaften» Gegenmassnahmen gegen jeden Staat, der sich an russischem Eigentum vergreife.
Aussenamtssprecherin Maria Sacharowa sprach von «Diebstahl» und warnte die Schweiz ausdrücklich davor, dem Beispiel der EU zu folgen.

Und die Sanktionen?
Die EU hat am Donnerstag zudem ihr 19. Sanktionspaket beschlossen, das unter anderem ein Importverbot für russisches Flüssiggas ab 2027 vorsieht.
Der Bundesrat will in den kommenden Wochen entscheiden, ob er das Paket übernimmt.
Schon vor einer Woche hatten die USA Sanktionen gegen die Ölkonzerne Rosneft und Lukoil verhängt; betroffen ist auch die Genfer Handelstochter Litasco.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


TICKER = "newsblog time stamp (CEST)"

DOC_DE01 = doc(
    "b130de01_gepard_munition_nein_2022_04", "2022-04-29", DE01,
    [
        T("Donnerstag", "DATE", "2022-04-28"),
        T("Mitte März", "DATE", "2022-03", mod="MID"),
        T("Anfang April", "DATE", "2022-04", mod="START"),
        T("Dienstag", "DATE", "2022-04-26", 0),
        T("vergangenen Sonntag", "DATE", "2022-04-24"),
        T("Mittwochabend", "TIME", "2022-04-27TEV"),
        T("19. März", "DATE", "2022-03-19"),
        T("Dienstag", "DATE", "2022-04-26", 1),
        T("Mitte Mai", "DATE", "2022-05", mod="MID"),
        T("März", "DATE", "2022-03", 2),
        T("Samstag", "DATE", "2022-04-30"),
    ],
    [
        E("Switzerland rejects two German requests to pass Swiss-made Gepard ammunition on to Ukraine", "REJECT",
          ["Germany", "Ukraine"], "2022-04-28", "text", "occurred", "hat am Donnerstag zwei entsprechende Gesuche"),
        E("Germany's first request to re-export the ammunition", "REQUEST", ["Germany"], "2022-03", "text",
          "occurred", "Mitte März und Anfang April eingegangen", date_mod="MID"),
        E("Germany's second request to re-export the ammunition", "REQUEST", ["Germany"], "2022-04", "text",
          "occurred", "Mitte März und Anfang April eingegangen", date_mod="START"),
        E("Lambrecht announces at Ramstein that Germany will deliver Gepard tanks to Ukraine", "AID",
          ["Germany", "Ukraine"], "2022-04-26", "text", "occurred", "Lambrecht hatte am Dienstag"),
        E("Ukraine's ambassador criticises the refusal: neutrality must not mean helping the aggressor", "ACCUSE",
          ["Ukraine"], "2022-04-27TEV", "context", "occurred", "Neutralität darf nicht heissen"),
        E("Ukraine's ambassador asks the Federal Council to reconsider", "REQUEST", ["Ukraine"], "2022-04-27TEV",
          "context", "occurred", "Neutralität darf nicht heissen"),
        E("Zelensky calls on Swiss banks to freeze Russian oligarchs' money", "REQUEST", ["Volodymyr Zelensky"],
          "2022-03-19", "text", "occurred", "hatte schon am 19. März"),
        E("Peskov: NATO states' arms deliveries to Kyiv threaten Europe's security", "ACCUSE",
          ["Dmitry Peskov", "NATO", "Ukraine"], "2022-04-26", "text", "occurred", "Kremlsprecher Dmitri Peskow warnte"),
        E("Russian embassy welcomes the Swiss refusal", "SUPPORT", ["Russia"], "2022-04-29", "published", "occurred",
          "Die russische Botschaft in Bern begrüsste"),
    ],
    [
        S("Germany", "Defence ministry regrets the decision and is looking for other sources", "2022-04-29",
          "published", "Im Verteidigungsministerium in Berlin"),
        S("Ukraine", "Ambassador Rybchenko disappointed by the refusal", "2022-04-27TEV", "text",
          "zeigte sich am Mittwochabend"),
        S("Ukraine", "Neutrality must not mean helping the aggressor; the Federal Council should reconsider",
          "2022-04-27TEV", "context", "Neutralität darf nicht heissen"),
        S("Volodymyr Zelensky", "Swiss banks should freeze the money of Russian oligarchs", "2022-03-19", "text",
          "hatte schon am 19. März"),
        S("Dmitry Peskov", "NATO states' arms deliveries to Kyiv threaten security in Europe", "2022-04-26", "text",
          "Kremlsprecher Dmitri Peskow warnte"),
        S("Russia", "Embassy: the decision shows Switzerland stays neutral at least on this point", "2022-04-29",
          "published", "Die russische Botschaft in Bern begrüsste"),
    ],
    ["Germany", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "NATO", "Russia"],
)

DOC_DE02 = doc(
    "b130de02_schutzmacht_mandat_abgelehnt_2022_08", "2022-08-12", DE02,
    [
        T("Donnerstag", "DATE", "2022-08-11", 0),
        T("wochenlangen", "DURATION", "PXW"),
        T("Anfang August", "DATE", "2022-08", mod="START"),
        T("Donnerstag", "DATE", "2022-08-11", 1),
        T("28. Februar", "DATE", "2022-02-28"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("vor neun Tagen", "DATE", "2022-08-03"),
        T("vor zwei Wochen", "DATE", "2022-W30"),
        T("Freitagmorgen", "TIME", "2022-08-12TMO"),
        T("derzeit", "DATE", "PRESENT_REF", 0),
        T("2009", "DATE", "2009"),
        T("Donnerstagabend", "TIME", "2022-08-11TEV"),
        T("derzeit", "DATE", "PRESENT_REF", 1),
        T("Ende August", "DATE", "2022-08", mod="END"),
    ],
    [
        E("Russia refuses to accept Switzerland as protecting power for Ukraine in Moscow", "REJECT",
          ["Russia", "Ukraine"], "2022-08-11", "context", "occurred", "bestätigte am Donnerstag, dass Moskau"),
        E("Switzerland and Ukraine agree on the protecting-power mandate", "AGREE", ["Ukraine"], "2022-08", "text",
          "occurred", "nach wochenlangen Verhandlungen", date_mod="START"),
        E("Nechayev: Switzerland has lost its status as a neutral state", "ACCUSE", ["Russia"], "2022-08-11", "text",
          "occurred", "leider ihren Status"),
        E("Russia accuses Bern of joining the EU's unfriendly actions", "ACCUSE", ["Russia", "European Union"],
          "2022-08-11", "context", "occurred", "Er warf Bern vor"),
        E("Switzerland adopts the EU sanctions against Russia", "SANCTION", ["Russia"], "2022-02-28", "text",
          "occurred", "Die Schweiz hatte am 28. Februar"),
        E("Switzerland adopts the seventh EU package with a Russian gold import ban", "SANCTION", ["Russia"],
          "2022-08-03", "text", "occurred", "Die Schweiz hatte am 28. Februar"),
        E("Nikolenko accuses Moscow of having no interest in a diplomatic solution", "ACCUSE", ["Ukraine", "Russia"],
          "2022-08-12TMO", "text", "occurred", "Nikolenko sagte am Freitagmorgen"),
        E("UN Security Council meets on the shelling of the Zaporizhzhia plant at Russia's request", "CONSULT",
          ["United Nations", "Russia"], "2022-08-11TEV", "text", "occurred", "Am Donnerstagabend befasste sich"),
        E("Grossi demands access for IAEA experts to the plant", "REQUEST", ["IAEA"], "2022-08-11TEV", "context",
          "occurred", "Rafael Grossi forderte"),
        E("Moscow blames Kyiv for the attacks on the plant", "ACCUSE", ["Russia", "Ukraine"], "2022-08-12",
          "published", "occurred", "machen sich gegenseitig"),
        E("Kyiv blames Moscow for the attacks on the plant", "ACCUSE", ["Ukraine", "Russia"], "2022-08-12",
          "published", "occurred", "machen sich gegenseitig"),
    ],
    [
        S("Russia", "Nechayev: Switzerland has lost its neutral status and can be neither mediator nor representative",
          "2022-08-11", "text", "leider ihren Status"),
        S("Russia", "Bern has joined the EU's unfriendly actions against Russia", "2022-08-11", "context",
          "Er warf Bern vor"),
        S("Ukraine", "Nikolenko: Moscow shows once more it has no interest in a diplomatic solution", "2022-08-12TMO",
          "text", "Nikolenko sagte am Freitagmorgen"),
        S("Ukraine", "Kyiv will look with Switzerland for other ways to give its citizens in Russia consular care",
          "2022-08-12TMO", "context", "Die Ukraine werde gemeinsam"),
        S("IAEA", "Grossi: IAEA experts need access to the plant as soon as possible", "2022-08-11TEV", "context",
          "Rafael Grossi forderte"),
    ],
    ["Russia", "Ukraine", "European Union", "United States", "United Nations", "IAEA"],
)

DOC_DE03 = doc(
    "b130de03_selenskyj_parlament_newsblog_2023_06", "2023-06-15", DE03,
    [
        T("18.40 Uhr", "TIME", "2023-06-15T18:40", note=TICKER),
        T("17.15 Uhr", "TIME", "2023-06-15T17:15", note=TICKER),
        T("15.30 Uhr", "TIME", "2023-06-15T15:30", note=TICKER),
        T("kommende Woche", "DATE", "2023-W25"),
        T("13.10 Uhr", "TIME", "2023-06-15T13:10", note=TICKER),
        T("knapp 20 Minuten", "DURATION", "PT20M", mod="APPROX"),
        T("12.50 Uhr", "TIME", "2023-06-15T12:50", note=TICKER),
        T("10.20 Uhr", "TIME", "2023-06-15T10:20", note=TICKER),
        T("Anfang Juni", "DATE", "2023-06", mod="START"),
        T("vergangenen Jahr", "DATE", "2022"),
        T("Zuletzt", "DATE", "PAST_REF"),
        T("Februar", "DATE", "2023-02"),
        T("März", "DATE", "2023-03"),
        T("8.05 Uhr", "TIME", "2023-06-15T08:05", note=TICKER),
        T("Heute", "DATE", "2023-06-15"),
        T("12.45 Uhr", "TIME", "2023-06-15T12:45", note="CEST"),
        T("der Nacht auf Donnerstag", "TIME", "2023-06-14TNI", note="night of 14 to 15 June"),
    ],
    [
        E("Russian embassy calls Zelensky's address a propaganda show", "ACCUSE", ["Russia", "Volodymyr Zelensky"],
          "2023-06-15", "published", "occurred", "Die russische Botschaft in Bern hat"),
        E("Peskov warns neutral states against supplying weapons to Kyiv", "REQUEST", ["Dmitry Peskov", "Ukraine"],
          "2023-06-15", "published", "occurred", "Er warnte neutrale Staaten"),
        E("Swiss delegation to attend the UK–Ukraine recovery conference in London", "CONSULT",
          ["United Kingdom", "Ukraine"], "2023-W25", "text", "planned", "Wiederaufbaukonferenz kommende Woche"),
        E("Zelensky addresses the Swiss Federal Assembly by video", "CONSULT", ["Volodymyr Zelensky"], "2023-06-15",
          "published", "occurred", "per Video aus Kiew zugeschaltet"),
        E("Zelensky thanks Switzerland for taking in refugees and for demining help", "SUPPORT",
          ["Volodymyr Zelensky"], "2023-06-15", "published", "occurred", "Selenskyj dankte der Schweiz"),
        E("Zelensky asks parliament to allow the re-export of Swiss weapons to Ukraine", "REQUEST",
          ["Volodymyr Zelensky"], "2023-06-15", "published", "occurred", "Zugleich bat er die Räte"),
        E("Zelensky asks Switzerland to support his peace formula", "REQUEST", ["Volodymyr Zelensky"], "2023-06-15",
          "published", "occurred", "Er rief die Schweiz ausserdem auf"),
        E("Zelensky asks Switzerland to release frozen Russian funds for reconstruction", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2023-06-15", "published", "occurred", "Er rief die Schweiz ausserdem auf"),
        E("National Council rejects the 'Lex Ukraine' on re-exports", "REJECT", ["Ukraine"], "2023-06", "text",
          "occurred", "Lex Ukraine", date_mod="START"),
        E("Germany asks for permission to re-export Swiss arms", "REQUEST", ["Germany"], "2022", "text", "occurred",
          "im vergangenen Jahr mit Gesuchen"),
        E("Germany's re-export requests refused", "REJECT", ["Germany"], "2022", "text", "occurred",
          "im vergangenen Jahr mit Gesuchen"),
        E("Berlin asks to buy back decommissioned Leopard 2 tanks", "REQUEST", ["Germany"], "2023-02", "text",
          "occurred", "Zuletzt bat Berlin im Februar"),
        E("Kyiv indignant at Berset's 'war frenzy' remark", "ACCUSE", ["Ukraine"], "2023-03", "text", "occurred",
          "Kriegsrausch"),
        E("Russian missile and drone attack on Kyiv and Odesa", "ASSAULT", ["Russia", "Ukraine"], "2023-06-14TNI",
          "text", "occurred", "In der Nacht auf Donnerstag hat Russland"),
    ],
    [
        S("Russia", "Embassy calls Zelensky's appearance a propaganda show", "2023-06-15", "published",
          "Die russische Botschaft in Bern hat"),
        S("Russia", "With the invitation parliament has finally abandoned neutrality", "2023-06-15", "published",
          "Mit der Einladung habe sich das Parlament"),
        S("Dmitry Peskov", "Zelensky's speeches to Western parliaments change nothing about Russia's goals",
          "2023-06-15", "published", "Kremlsprecher Dmitri Peskow sagte in Moskau"),
        S("Dmitry Peskov", "Warns neutral states against delivering weapons to Kyiv", "2023-06-15", "published",
          "Er warnte neutrale Staaten"),
        S("Volodymyr Zelensky", "Thanks Switzerland for taking in refugees and for help with demining", "2023-06-15",
          "published", "Selenskyj dankte der Schweiz"),
        S("Volodymyr Zelensky", "Parliament should allow re-exports of Swiss weapons; without weapons no peace",
          "2023-06-15", "published", "Zugleich bat er die Räte"),
        S("Volodymyr Zelensky", "Switzerland should support his peace formula and release frozen Russian funds",
          "2023-06-15", "published", "Er rief die Schweiz ausserdem auf"),
    ],
    ["Russia", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "Ukraine", "United Kingdom", "Germany"],
)

DOC_DE04 = doc(
    "b130de04_buergenstock_einladung_2024_04", "2024-04-11", DE04,
    [
        T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        T("Mittwoch", "DATE", "2024-04-10", 0),
        T("zweitägige", "DURATION", "P2D"),
        T("15. Juni", "DATE", "2024-06-15"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Januar", "DATE", "2024-01", 0),
        T("Mittwoch", "DATE", "2024-04-10", 1),
        T("Mittwochabend", "TIME", "2024-04-10TEV"),
        T("Donnerstag", "DATE", "2024-04-11"),
        T("Januar", "DATE", "2024-01", 1),
        T("kommende Woche", "DATE", "2024-W16"),
        T("das Wochenende", "DATE", "2024-W24-WE", note="the weekend of the conference, 15-16 June"),
    ],
    [
        E("Peace conference on the Bürgenstock to begin on 15 June", "CONSULT", ["Ukraine"], "2024-06-15", "text",
          "planned", "Die zweitägige Konferenz soll"),
        E("Switzerland to invite more than 160 delegations including China", "REQUEST", ["China"], "FUTURE_REF",
          "vague", "planned", "Die Einladungen an mehr als 160 Delegationen"),
        E("Russia not invited to the conference", "REJECT", ["Russia"], "2024-04-10", "context", "occurred",
          "Russland steht nicht auf der Liste"),
        E("Amherd and Zelensky meet in Bern", "CONSULT", ["Volodymyr Zelensky"], "2024-01", "text", "occurred",
          "Bundespräsidentin Viola Amherd hatte im Januar"),
        E("Amherd promises Zelensky to organise a peace conference", "AGREE", ["Volodymyr Zelensky"], "2024-01", "text",
          "occurred", "Bundespräsidentin Viola Amherd hatte im Januar"),
        E("Zelensky thanks Switzerland", "SUPPORT", ["Volodymyr Zelensky"], "2024-04-10TEV", "text", "occurred",
          "Selenskyj dankte der Schweiz"),
        E("Zelensky calls on all leaders to come to the Bürgenstock", "REQUEST", ["Volodymyr Zelensky"],
          "2024-04-10TEV", "text", "occurred", "Selenskyj dankte der Schweiz"),
        E("The US confirms its participation", "AGREE", ["United States"], "2024-04-11", "published", "occurred",
          "Die USA haben ihre Teilnahme"),
        E("China leaves open whether it will attend", "CONSULT", ["China"], "2024-06-15", "context", "uncertain",
          "Peking liess offen"),
        E("Zakharova: Russia will not take part even if invited", "REJECT", ["Maria Zakharova"], "2024-04-11", "text",
          "occurred", "Maria Sacharowa, sagte am Donnerstag"),
        E("Zakharova: Switzerland has given up its neutrality", "ACCUSE", ["Maria Zakharova"], "2024-04-11",
          "context", "occurred", "Die Schweiz habe ihre Neutralität längst"),
        E("Peskov: peace talks without Russia are pointless", "REJECT", ["Dmitry Peskov"], "2024-01", "text",
          "occurred", "Kremlsprecher Dmitri Peskow hatte bereits im Januar"),
    ],
    [
        S("Volodymyr Zelensky", "Thanks Switzerland and calls on all leaders to come to the Bürgenstock",
          "2024-04-10TEV", "text", "Selenskyj dankte der Schweiz"),
        S("Maria Zakharova", "Russia will not take part even with an invitation", "2024-04-11", "text",
          "Maria Sacharowa, sagte am Donnerstag"),
        S("Maria Zakharova", "Switzerland gave up its neutrality long ago and cannot be a mediator", "2024-04-11",
          "context", "Die Schweiz habe ihre Neutralität längst"),
        S("Dmitry Peskov", "Talks about peace without Russia are pointless", "2024-01", "text",
          "Kremlsprecher Dmitri Peskow hatte bereits im Januar"),
    ],
    ["Ukraine", "China", "Russia", "Volodymyr Zelensky", "United States", "Maria Zakharova", "Dmitry Peskov",
     "Kremlin"],
)

DOC_DE05 = doc(
    "b130de05_staenderat_wiederausfuhr_2025_06", "2025-06-12", DE05,
    [
        T("Dienstag", "DATE", "2025-06-10"),
        T("länger als fünf Jahre", "DURATION", "P5Y", mod="MORE_THAN"),
        T("2022", "DATE", "2022"),
        T("Frühjahr", "DATE", "2025-SP"),
        T("2023", "DATE", "2023"),
        T("Mitte Mai", "DATE", "2025-05", mod="MID"),
        T("1996", "DATE", "1996"),
        T("September", "DATE", "2025-09"),
        T("kürzlich", "DATE", "PAST_REF"),
        T("2024", "DATE", "2024"),
    ],
    [
        E("Federal Council rejects German requests to pass on ammunition and armoured vehicles to Kyiv", "REJECT",
          ["Germany", "Ukraine"], "2022", "text", "occurred", "hatte der Bundesrat 2022 abgelehnt"),
        E("Rutte meets Swiss defence minister Pfister in Brussels", "CONSULT", ["Mark Rutte"], "2025-05", "text",
          "occurred", "Nato-Generalsekretär Mark Rutte hatte", date_mod="MID"),
        E("Rutte: partners must be able to rely on Swiss deliveries", "REQUEST", ["Mark Rutte"], "2025-05", "text",
          "occurred", "Nato-Generalsekretär Mark Rutte hatte", date_mod="MID"),
        E("Switzerland in NATO's Partnership for Peace since 1996", "COOPERATE", ["NATO"], "1996", "text",
          "occurred", "seit 1996", date_mod="START"),
        E("Ukraine's ambassador welcomes the vote", "SUPPORT", ["Ukraine"], "2025-06-12", "published", "occurred",
          "Iryna Wenediktowa, begrüsste"),
        E("Ukraine's ambassador demands a solution for goods already delivered", "REQUEST", ["Ukraine"], "2025-06-12",
          "published", "occurred", "Iryna Wenediktowa, begrüsste"),
        E("Russian embassy: the revision makes Switzerland a party to the conflict", "ACCUSE", ["Russia"],
          "2025-06-12", "published", "occurred", "Die russische Botschaft warnte"),
        E("Russian embassy: Moscow will take this into account in bilateral relations", "THREATEN", ["Russia"],
          "2025-06-12", "published", "occurred", "Die russische Botschaft warnte"),
    ],
    [
        S("Germany", "Pistorius: the Bundeswehr will prefer makers that set no re-export conditions", "2025-SP", "text",
          "Boris Pistorius hatte im Frühjahr"),
        S("Mark Rutte", "Partners must be able to rely on deliveries from Switzerland", "2025-05", "text",
          "Nato-Generalsekretär Mark Rutte hatte"),
        S("Ukraine", "Venediktova welcomes the decision but demands a solution for goods already delivered",
          "2025-06-12", "published", "Iryna Wenediktowa, begrüsste"),
        S("Russia", "Embassy: the revision makes Switzerland a de facto party; Moscow will take it into account",
          "2025-06-12", "published", "Die russische Botschaft warnte"),
    ],
    ["Ukraine", "Germany", "Mark Rutte", "NATO", "Russia"],
)

DOC_DE06 = doc(
    "b130de06_russland_gelder_fragen_antworten_2025_10", "2025-10-29", DE06,
    [
        T("vergangenen Donnerstag", "DATE", "2025-10-23"),
        T("September", "DATE", "2025-09"),
        T("18. Dezember", "DATE", "2025-12-18"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Ende Februar 2022", "DATE", "2022-02", mod="END"),
        T("2023", "DATE", "2023"),
        T("kürzlich", "DATE", "PAST_REF"),
        T("Freitag", "DATE", "2025-10-24"),
        T("Donnerstag", "DATE", "2025-10-23", 1),
        T("2027", "DATE", "2027"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("vor einer Woche", "DATE", "2025-W43"),
    ],
    [
        E("EU leaders fail to agree on the reparations loan", "REJECT", ["European Union"], "2025-10-23", "text",
          "occurred", "konnten sich am vergangenen Donnerstag"),
        E("Commission's plan to lend Ukraine frozen Russian central bank money, partly for its defence", "AID",
          ["European Union", "Ukraine"], "2025-09", "text", "occurred", "die Kommission hatte den Plan im September"),
        E("Zelensky appeals to EU member states to decide quickly", "REQUEST", ["Volodymyr Zelensky", "European Union"],
          "2025-10-23", "context", "occurred", "hatte in Brüssel an die Mitgliedstaaten appelliert"),
        E("EU summit on 18 December to try again", "CONSULT", ["European Union"], "2025-12-18", "text", "planned",
          "Ein neuer Anlauf ist für den Gipfel"),
        E("Switzerland freezes the first Russian assets when adopting the EU sanctions", "SANCTION", ["Russia"],
          "2022-02", "text", "occurred", "Die ersten Gelder wurden Ende Februar 2022", date_mod="END"),
        E("Keller-Sutter: Switzerland will not join a European solution while its legal basis is unclear", "REJECT",
          ["European Union"], "PAST_REF", "vague", "occurred", "Karin Keller-Sutter sagte kürzlich"),
        E("Peskov threatens painful countermeasures against any state touching Russian property", "THREATEN",
          ["Dmitry Peskov"], "2025-10-24", "text", "occurred", "Kremlsprecher Dmitri Peskow drohte am Freitag"),
        E("Zakharova calls the plans theft", "ACCUSE", ["Maria Zakharova", "European Union"], "2025-10-29", "published",
          "occurred", "Maria Sacharowa sprach von"),
        E("Zakharova warns Switzerland not to follow the EU's example", "REQUEST", ["Maria Zakharova"], "2025-10-29",
          "published", "occurred", "Maria Sacharowa sprach von"),
        E("EU adopts its 19th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
          "2025-10-23", "text", "occurred", "ihr 19. Sanktionspaket beschlossen"),
        E("Federal Council to decide whether to adopt the 19th package", "SANCTION", ["Russia"], "FUTURE_REF", "vague",
          "uncertain", "Der Bundesrat will in den kommenden Wochen"),
        E("US sanctions on Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-W43", "text",
          "occurred", "Schon vor einer Woche hatten die USA", note="imposed on 22 October 2025"),
    ],
    [
        S("Volodymyr Zelensky", "Appeals to the member states to decide quickly", "2025-10-23", "context",
          "hatte in Brüssel an die Mitgliedstaaten appelliert"),
        S("Dmitry Peskov", "Painful countermeasures against any state that touches Russian property", "2025-10-24",
          "text", "Kremlsprecher Dmitri Peskow drohte am Freitag"),
        S("Maria Zakharova", "Calls it theft and warns Switzerland against following the EU's example", "2025-10-29",
          "published", "Maria Sacharowa sprach von"),
    ],
    ["European Union", "Ukraine", "Volodymyr Zelensky", "Russia", "Dmitry Peskov", "Kremlin", "Maria Zakharova",
     "United States"],
)

DOCS = [
    DOC_DE01,
    DOC_DE02,
    DOC_DE03,
    DOC_DE04,
    DOC_DE05,
    DOC_DE06,
]
