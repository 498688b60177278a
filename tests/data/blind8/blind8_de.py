"""German articles of the blind8 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b8de01
DE01 = dict(
    id="b8de01_karlspreis_aachen_2023_05",
    lang="de",
    published="2023-05-15",
    body="""
Selenskyj in Berlin und Aachen: Milliardenpaket, Karlspreis und ein Abendessen im Élysée
Der ukrainische Präsident Wolodymyr Selenskyj hat bei seinem ersten Deutschlandbesuch seit Beginn der russischen Invasion um weitere Waffen geworben und in Aachen den Internationalen Karlspreis entgegengenommen.
Bundeskanzler Olaf Scholz sicherte ihm am Sonntag in Berlin zu, Deutschland werde die Ukraine unterstützen, „so lange wie nötig“.
Bereits am Samstag hatte das Verteidigungsministerium ein Rüstungspaket im Wert von mehr als 2,7 Milliarden Euro angekündigt, das unter anderem 30 Leopard-1-Kampfpanzer, 20 Schützenpanzer vom Typ Marder und vier weitere Iris-T-Flugabwehrsysteme umfasst.
Es ist das bislang umfangreichste deutsche Paket.

Selenskyj war in der Nacht zum Sonntag aus Rom kommend in einer Maschine der Luftwaffe in Berlin gelandet.
In der italienischen Hauptstadt hatte er am Samstag Ministerpräsidentin Giorgia Meloni und Staatspräsident Sergio Mattarella getroffen, anschließend empfing ihn Papst Franziskus zu einer rund 40-minütigen Audienz im Vatikan.
In einer Talkshow des Senders Rai sagte Selenskyj am selben Abend, die Ukraine brauche keine Vermittler, mit Putin könne es keine Vermittlung geben.

In Berlin wurde Selenskyj am Sonntagvormittag zunächst von Bundespräsident Frank-Walter Steinmeier im Schloss Bellevue empfangen, bevor Scholz ihn mit militärischen Ehren vor dem Kanzleramt begrüßte.
Auf der gemeinsamen Pressekonferenz kündigte Selenskyj an, sein Land bereite eine Gegenoffensive vor, werde aber kein russisches Territorium angreifen, sondern nur die eigenen besetzten Gebiete befreien.
Zur Frage nach Kampfjets hielt sich der Kanzler bedeckt; Deutschland verfüge gar nicht über die von Kiew gewünschten F-16, hieß es aus Regierungskreisen.

Am Sonntagnachmittag nahm Selenskyj im Aachener Krönungssaal stellvertretend für das ukrainische Volk den Karlspreis entgegen.
EU-Kommissionspräsidentin Ursula von der Leyen versicherte in ihrer Laudatio, die Ukraine gehöre zur europäischen Familie, und sprach sich dafür aus, noch in diesem Jahr Beitrittsgespräche aufzunehmen.
Selenskyj rief in seiner Dankesrede dazu auf, eine „Kampfjet-Koalition“ zu schmieden, und nannte den Krieg einen Angriff auf die Werte, für die der Preis stehe.

Noch am Abend reiste Selenskyj nach Paris weiter, wo ihn Präsident Emmanuel Macron zu einem mehr als dreistündigen Abendessen im Élysée-Palast empfing.
Frankreich werde Dutzende weitere Schützen- und Leichtpanzer liefern und ukrainische Bataillone ausbilden, teilte der Élysée nach dem Treffen mit.
Für Montag wird der ukrainische Präsident nach Angaben britischer Medien in London erwartet, wo Premierminister Rishi Sunak die Lieferung Hunderter Langstreckendrohnen zusagen wolle.

Moskau reagierte gereizt.
Die neuen Lieferungen würden den Konflikt lediglich in die Länge ziehen, an den Zielen der „militärischen Spezialoperation“ ändere das nichts, sagte Kremlsprecher Dmitri Peskow laut der Nachrichtenagentur Tass.
Der russische Außenminister Sergej Lawrow hatte zuletzt erklärt, westliche Waffen in der Ukraine seien für die russischen Streitkräfte „legitime Ziele“.
""",
    timexes=[
        T("Sonntag", "DATE", "2023-05-14"),
        T("Samstag", "DATE", "2023-05-13"),
        T("der Nacht zum Sonntag", "TIME", "2023-05-13TNI", note="night to Sunday 14 May"),
        T("Samstag", "DATE", "2023-05-13", n=1),
        T("rund 40-minütigen", "DURATION", "PT40M", mod="APPROX"),
        T("selben Abend", "TIME", "2023-05-13TEV"),
        T("Sonntagvormittag", "TIME", "2023-05-14TMO"),
        T("Sonntagnachmittag", "TIME", "2023-05-14TAF"),
        T("diesem Jahr", "DATE", "2023"),
        T("Abend", "TIME", "2023-05-14TEV", n=1),
        T("mehr als dreistündigen", "DURATION", "PT3H", mod="MORE_THAN"),
        T("Montag", "DATE", "2023-05-15"),
        T("zuletzt", "DATE", "PAST_REF"),
    ],
    events=[
        E("Scholz promises Zelensky support for as long as needed", "AGREE",
          ["Olaf Scholz", "Volodymyr Zelensky"], "2023-05-14", "text", "occurred", "sicherte ihm am Sonntag"),
        E("Germany announces arms package worth over 2.7bn euros", "AID", ["Germany", "Ukraine"],
          "2023-05-13", "text", "occurred", "Bereits am Samstag hatte das Verteidigungsministerium"),
        E("Zelensky meets Meloni (and Mattarella) in Rome", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"],
          "2023-05-13", "text", "occurred", "Ministerpräsidentin Giorgia Meloni"),
        E("Pope Francis receives Zelensky in audience", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
          "2023-05-13", "context", "occurred", "Ministerpräsidentin Giorgia Meloni"),
        E("Zelensky rejects mediation with Putin", "REJECT", ["Volodymyr Zelensky"],
          "2023-05-13TEV", "text", "occurred", "die Ukraine brauche keine Vermittler"),
        E("Federal President receives Zelensky at Bellevue", "CONSULT", ["Volodymyr Zelensky", "Germany"],
          "2023-05-14TMO", "text", "occurred", "Bundespräsident Frank-Walter Steinmeier"),
        E("Scholz receives Zelensky at the Chancellery", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2023-05-14", "context", "occurred", "Bundespräsident Frank-Walter Steinmeier"),
        E("Von der Leyen backs opening accession talks with Ukraine this year", "SUPPORT",
          ["Ursula von der Leyen", "Ukraine"], "2023-05-14TAF", "context", "occurred", "in ihrer Laudatio"),
        E("Zelensky calls for a fighter-jet coalition", "REQUEST", ["Volodymyr Zelensky"],
          "2023-05-14TAF", "context", "occurred", "Kampfjet-Koalition"),
        E("Macron hosts Zelensky for dinner at the Élysée", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2023-05-14TEV", "text", "occurred", "Noch am Abend reiste"),
        E("France pledges more armoured vehicles and training", "AID", ["France", "Ukraine"],
          "2023-05-14TEV", "context", "occurred", "Frankreich werde Dutzende"),
        E("Zelensky expected in London", "CONSULT", ["Volodymyr Zelensky", "United Kingdom"],
          "2023-05-15", "text", "planned", "Für Montag wird"),
        E("UK to pledge long-range drones", "AID", ["United Kingdom", "Ukraine"],
          "2023-05-15", "context", "planned", "Für Montag wird"),
        E("Peskov criticises the new deliveries as prolonging the conflict", "ACCUSE", ["Dmitry Peskov"],
          "2023-05-15", "published", "occurred", "Die neuen Lieferungen würden"),
        E("Lavrov: Western weapons in Ukraine are legitimate targets", "THREATEN", ["Sergey Lavrov"],
          "PAST_REF", "vague", "occurred", "legitime Ziele"),
    ],
    statements=[
        S("Olaf Scholz", "Germany will support Ukraine as long as needed", "2023-05-14", "text",
          "sicherte ihm am Sonntag"),
        S("Volodymyr Zelensky", "Ukraine needs no mediators; no mediation with Putin possible", "2023-05-13TEV",
          "text", "die Ukraine brauche keine Vermittler"),
        S("Volodymyr Zelensky", "Counteroffensive being prepared; will not attack Russian territory", "2023-05-14",
          "context", "Auf der gemeinsamen Pressekonferenz"),
        S("Germany", "Germany does not have the F-16 jets Kyiv wants", "2023-05-14", "context",
          "Zur Frage nach Kampfjets"),
        S("Ursula von der Leyen", "Ukraine belongs to the European family; accession talks this year",
          "2023-05-14TAF", "context", "in ihrer Laudatio"),
        S("Volodymyr Zelensky", "Calls for a fighter-jet coalition; the war is an attack on European values",
          "2023-05-14TAF", "context", "Kampfjet-Koalition"),
        S("France", "France will deliver more vehicles and train battalions", "2023-05-14TEV", "context",
          "Frankreich werde Dutzende"),
        S("Dmitry Peskov", "Deliveries only prolong the conflict, goals unchanged", "2023-05-15", "published",
          "Die neuen Lieferungen würden"),
        S("Sergey Lavrov", "Western weapons in Ukraine are legitimate targets", "PAST_REF", "vague",
          "legitime Ziele"),
    ],
    actors=["Volodymyr Zelensky", "Olaf Scholz", "Germany", "Ukraine", "Russia", "Giorgia Meloni", "Vatican",
            "Vladimir Putin", "Ursula von der Leyen", "European Union", "Emmanuel Macron", "France",
            "United Kingdom", "Dmitry Peskov", "Kremlin", "Sergey Lavrov"],
)

# ---------------------------------------------------------------- b8de02
DE02 = dict(
    id="b8de02_ramstein_abgesagt_siegesplan_2024_10",
    lang="de",
    published="2024-10-10",
    body="""
Biden sagt Deutschlandreise ab – Selenskyj wirbt in Europas Hauptstädten für seinen „Siegesplan“
US-Präsident Joe Biden hat seinen für diese Woche geplanten Besuch in Deutschland wegen des Hurrikans „Milton“ kurzfristig abgesagt.
Damit fällt auch das für Samstag auf dem US-Stützpunkt Ramstein angesetzte Gipfeltreffen der Ukraine-Kontaktgruppe auf Ebene der Staats- und Regierungschefs ins Wasser, zu dem rund 50 Länder eingeladen waren.
Der Präsident müsse angesichts des Sturms, der auf Florida zusteuert, im Land bleiben, teilte das Weiße Haus am Dienstag mit.
Ein neuer Termin für das Treffen solle „bald“ gefunden werden, hieß es aus Washington.

Der ukrainische Präsident Wolodymyr Selenskyj wollte in Ramstein seinen sogenannten Siegesplan vorstellen, mit dem er den Krieg spätestens im kommenden Jahr beenden will.
Stattdessen reist er in diesen Tagen durch Europa, um das Konzept den wichtigsten Verbündeten persönlich zu erläutern.
Am Mittwoch hatte er im kroatischen Dubrovnik an einem Gipfel mit Staaten Südosteuropas teilgenommen.
Am Donnerstagmorgen traf er in der Downing Street den britischen Premierminister Keir Starmer und den neuen Nato-Generalsekretär Mark Rutte, am Nachmittag wurde er von Präsident Emmanuel Macron im Élysée-Palast erwartet.
Für den Abend war ein Treffen mit der italienischen Ministerpräsidentin Giorgia Meloni in Rom geplant, am Freitag folgen eine Audienz bei Papst Franziskus und ein Besuch bei Bundeskanzler Olaf Scholz in Berlin.

Nach dem Gespräch mit Starmer sagte Selenskyj, der Plan enthalte konkrete Schritte, wie der Krieg „nicht später als im kommenden Jahr“ beendet werden könne; Einzelheiten nannte er nicht.
Nach Angaben aus Kiewer Regierungskreisen geht es unter anderem um eine Einladung in die Nato, die Erlaubnis für Angriffe mit westlichen Langstreckenwaffen auf Ziele in Russland sowie um zusätzliche Flugabwehr.
Rutte erklärte, er werde den Plan mit den Verbündeten prüfen, könne aber nicht jeden Punkt unterstützen.

In Berlin wurde die Absage mit Bedauern aufgenommen.
Bundeskanzler Scholz habe am Dienstagabend mit Biden telefoniert und Verständnis für die Entscheidung geäußert, sagte ein Regierungssprecher am Mittwoch.
Auch die geplante Auszeichnung Bidens mit dem Großkreuz des Bundesverdienstordens muss warten.

In Moskau wurde die Reise Selenskyjs mit Spott kommentiert.
Kremlsprecher Dmitri Peskow sagte, Kiew müsse endlich „zur Vernunft kommen“ und die Realitäten vor Ort anerkennen, ein Siegesplan ändere daran nichts.
Zugleich griff Russland in der Nacht zum Donnerstag erneut die Hafenstadt Odessa mit Drohnen und Raketen an; dabei wurde nach ukrainischen Angaben ein ziviles Containerschiff unter panamaischer Flagge getroffen.
Selenskyj rief die Partner auf, die Flugabwehr im Süden des Landes rasch zu verstärken.

Das Ramstein-Format war im April 2022 von US-Verteidigungsminister Lloyd Austin ins Leben gerufen worden und tagt seither regelmäßig auf Ministerebene.
Ein Treffen auf Ebene der Staats- und Regierungschefs hätte es erstmals gegeben.
Diplomaten in Brüssel befürchten, dass die Unterstützung aus Washington nach der Präsidentenwahl im November schwinden könnte.
""",
    timexes=[
        T("diese Woche", "DATE", "2024-W41"),
        T("Samstag", "DATE", "2024-10-12"),
        T("Dienstag", "DATE", "2024-10-08"),
        T("bald", "DATE", "FUTURE_REF"),
        T("kommenden Jahr", "DATE", "2025"),
        T("diesen Tagen", "DATE", "PRESENT_REF"),
        T("Mittwoch", "DATE", "2024-10-09"),
        T("Donnerstagmorgen", "TIME", "2024-10-10TMO"),
        T("Nachmittag", "TIME", "2024-10-10TAF"),
        T("Abend", "TIME", "2024-10-10TEV"),
        T("Freitag", "DATE", "2024-10-11"),
        T("kommenden Jahr", "DATE", "2025", n=1),
        T("Dienstagabend", "TIME", "2024-10-08TEV"),
        T("Mittwoch", "DATE", "2024-10-09", n=1),
        T("der Nacht zum Donnerstag", "TIME", "2024-10-09TNI", note="night to Thursday 10 Oct"),
        T("April 2022", "DATE", "2022-04"),
        T("November", "DATE", "2024-11"),
    ],
    events=[
        E("Biden's visit to Germany called off", "CONSULT", ["Joe Biden", "Germany"], "2024-W41", "text",
          "cancelled", "seinen für diese Woche geplanten Besuch"),
        E("Leaders-level Ukraine contact group summit at Ramstein called off", "CONSULT",
          ["United States", "Ukraine"], "2024-10-12", "text", "cancelled", "angesetzte Gipfeltreffen"),
        E("New date for the Ramstein summit to be found", "CONSULT", ["United States", "Ukraine"], "FUTURE_REF",
          "vague", "planned", "Ein neuer Termin für das Treffen", note="rescheduled summit, no date"),
        E("Zelensky attends south-east European summit in Dubrovnik", "CONSULT", ["Volodymyr Zelensky"],
          "2024-10-09", "text", "occurred", "Am Mittwoch hatte er"),
        E("Zelensky meets Starmer and Rutte in London", "CONSULT",
          ["Volodymyr Zelensky", "Keir Starmer", "Mark Rutte"], "2024-10-10TMO", "text", "occurred",
          "Am Donnerstagmorgen traf er"),
        E("Zelensky expected by Macron at the Élysée", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2024-10-10TAF", "text", "planned", "Am Donnerstagmorgen traf er"),
        E("Zelensky to meet Meloni in Rome", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"],
          "2024-10-10TEV", "text", "planned", "Für den Abend war ein Treffen"),
        E("Zelensky to be received by Pope Francis", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
          "2024-10-11", "text", "planned", "Für den Abend war ein Treffen"),
        E("Zelensky to visit Scholz in Berlin", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2024-10-11", "text", "planned", "Für den Abend war ein Treffen"),
        E("Victory plan asks for NATO invitation, long-range strike permission, air defence", "REQUEST",
          ["Ukraine", "NATO"], "2024-10-10", "published", "occurred", "Nach Angaben aus Kiewer Regierungskreisen"),
        E("Scholz–Biden phone call", "CONSULT", ["Olaf Scholz", "Joe Biden"], "2024-10-08TEV", "text",
          "occurred", "Bundeskanzler Scholz habe am Dienstagabend"),
        E("Peskov demands Kyiv accept the realities on the ground", "REQUEST", ["Dmitry Peskov", "Ukraine"],
          "2024-10-10", "published", "occurred", "zur Vernunft kommen"),
        E("Russian drone and missile attack on Odesa hits container ship", "ASSAULT", ["Russia", "Ukraine"],
          "2024-10-09TNI", "text", "occurred", "Zugleich griff Russland"),
        E("Zelensky calls on partners to strengthen air defence in the south", "REQUEST", ["Volodymyr Zelensky"],
          "2024-10-10", "published", "occurred", "Selenskyj rief die Partner auf"),
        E("Ramstein contact group set up by the US defence secretary", "COOPERATE", ["United States"],
          "2022-04", "text", "occurred", "Das Ramstein-Format war"),
    ],
    statements=[
        S("White House", "Biden must stay in the country because of the storm", "2024-10-08", "text",
          "teilte das Weiße Haus am Dienstag mit"),
        S("United States", "A new date will be found soon", "2024-10-10", "published",
          "Ein neuer Termin für das Treffen"),
        S("Volodymyr Zelensky", "The plan contains concrete steps to end the war by next year", "2024-10-10",
          "context", "Nach dem Gespräch mit Starmer"),
        S("Ukraine", "Plan includes NATO invitation, long-range strikes, air defence", "2024-10-10", "published",
          "Nach Angaben aus Kiewer Regierungskreisen"),
        S("Mark Rutte", "Will examine the plan with allies but cannot support every point", "2024-10-10",
          "context", "Rutte erklärte"),
        S("Germany", "Scholz phoned Biden and expressed understanding", "2024-10-09", "text",
          "Bundeskanzler Scholz habe am Dienstagabend"),
        S("Dmitry Peskov", "Kyiv must come to its senses; a victory plan changes nothing", "2024-10-10",
          "published", "zur Vernunft kommen"),
        S("Ukraine", "A civilian container ship was hit in Odesa", "2024-10-10", "published",
          "Zugleich griff Russland"),
        S("Volodymyr Zelensky", "Partners should quickly strengthen air defence in the south", "2024-10-10",
          "published", "Selenskyj rief die Partner auf"),
    ],
    actors=["Joe Biden", "Germany", "United States", "White House", "Volodymyr Zelensky", "Ukraine",
            "Keir Starmer", "United Kingdom", "Mark Rutte", "NATO", "Emmanuel Macron", "France",
            "Giorgia Meloni", "Vatican", "Olaf Scholz", "Russia", "Dmitry Peskov", "Kremlin"],
)

# ---------------------------------------------------------------- b8de03
DE03 = dict(
    id="b8de03_gastransit_ende_2025_01",
    lang="de",
    published="2025-01-01",
    body="""
Russisches Gas fließt nicht mehr durch die Ukraine – Fico droht Kiew mit Stromstopp
Erstmals seit mehr als 50 Jahren strömt kein russisches Erdgas mehr über ukrainische Leitungen nach Mitteleuropa.
Der russische Staatskonzern Gazprom teilte mit, die Lieferungen seien am Neujahrsmorgen um 8 Uhr Moskauer Zeit eingestellt worden, weil der Transitvertrag mit dem ukrainischen Netzbetreiber ausgelaufen sei.
In einer Videobotschaft am Mittwoch sprach Präsident Wolodymyr Selenskyj von „einer der größten Niederlagen Moskaus“ und bekräftigte, man werde nicht zulassen, dass Russland „am Blut unserer Leute“ weitere Milliarden verdiene.

Scharfe Kritik kam aus der Slowakei, die bislang einen Großteil ihres Gases über die Ukraine bezog.
Ministerpräsident Robert Fico warf Selenskyj vor, mit der Entscheidung der Europäischen Union mehr zu schaden als Russland, und drohte erneut damit, die Stromlieferungen an das Nachbarland zu kappen.
Fico war am 22. Dezember überraschend zu Gesprächen mit Kremlchef Wladimir Putin nach Moskau gereist.
Selenskyj hatte ihm am vergangenen Freitag vorgeworfen, auf Anweisung Moskaus eine „zweite Energiefront“ gegen die Ukraine zu eröffnen.

Die EU-Kommission erklärte, man sei auf das Ende des Transits seit Langem vorbereitet; die Versorgung in Europa sei gesichert, die Speicher seien zu rund 70 Prozent gefüllt.
Polens Regierungschef Donald Tusk schrieb auf der Plattform X, wer wie Fico Putins Gas verteidige, stelle sich gegen Europa.

Besonders hart trifft der Lieferstopp die von Moldau abtrünnige Region Transnistrien, wo seit Mittwochmorgen viele Haushalte ohne Heizung und warmes Wasser sind.
Die moldauische Regierung warf Gazprom vor, die Krise bewusst herbeigeführt zu haben, um das Land vor der Wahl zu destabilisieren.

Kremlsprecher Dmitri Peskow sagte laut der Nachrichtenagentur Interfax, die Verantwortung trügen allein die Ukraine und jene Staaten, die Kiew „zu diesem Schritt gedrängt“ hätten; Russland bleibe ein verlässlicher Lieferant.
Die Einnahmeausfälle für Gazprom werden auf jährlich rund fünf Milliarden Dollar geschätzt.
Über die Turkstream-Pipeline durch das Schwarze Meer fließt weiterhin russisches Gas nach Ungarn und Serbien.
Die ukrainische Regierung kündigte an, in den kommenden Wochen mit der Slowakei über Lieferungen aus anderen Quellen verhandeln zu wollen.
""",
    timexes=[
        T("mehr als 50 Jahren", "DURATION", "P50Y", mod="MORE_THAN"),
        T("Neujahrsmorgen", "TIME", "2025-01-01TMO"),
        T("8 Uhr Moskauer Zeit", "TIME", "2025-01-01T08:00", note="Moscow time"),
        T("Mittwoch", "DATE", "2025-01-01"),
        T("22. Dezember", "DATE", "2024-12-22"),
        T("vergangenen Freitag", "DATE", "2024-12-27"),
        T("Mittwochmorgen", "TIME", "2025-01-01TMO"),
        T("jährlich", "SET", "P1Y"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Russian gas transit through Ukraine halted after the transit contract expired", "SANCTION",
          ["Russia", "Ukraine"], "2025-01-01T08:00", "text", "occurred", "Der russische Staatskonzern Gazprom"),
        E("Zelensky refuses to let Russia keep earning from transit", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2025-01-01", "context", "occurred", "In einer Videobotschaft am Mittwoch"),
        E("Fico accuses Zelensky of harming the EU more than Russia", "ACCUSE", ["Volodymyr Zelensky"],
          "2025-01-01", "published", "occurred", "Ministerpräsident Robert Fico warf"),
        E("Fico threatens to cut electricity supplies to Ukraine", "THREATEN", ["Ukraine"], "2025-01-01",
          "published", "occurred", "Ministerpräsident Robert Fico warf", note="Fico and Slovakia not canonical"),
        E("Fico's talks with Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2024-12-22", "text", "occurred",
          "Fico war am 22. Dezember"),
        E("Zelensky accuses Fico of opening a second energy front on Moscow's orders", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2024-12-27", "text", "occurred", "zweite Energiefront"),
        E("Tusk criticises Fico's defence of Putin's gas", "ACCUSE", ["Donald Tusk"], "2025-01-01", "published",
          "occurred", "Polens Regierungschef Donald Tusk"),
        E("Moldova accuses Gazprom of engineering the crisis", "ACCUSE", ["Russia"], "2025-01-01", "published",
          "occurred", "Die moldauische Regierung warf Gazprom vor", note="Moldova not canonical; Gazprom counted as Russia"),
        E("Peskov blames Ukraine and its backers for the end of transit", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
          "2025-01-01", "published", "occurred", "die Verantwortung trügen allein"),
        E("Ukraine to negotiate with Slovakia on alternative supplies", "CONSULT", ["Ukraine"], "FUTURE_REF",
          "vague", "planned", "in den kommenden Wochen mit der Slowakei"),
    ],
    statements=[
        S("Russia", "Gazprom: supplies stopped at 8 a.m. because the contract expired", "2025-01-01", "published",
          "Der russische Staatskonzern Gazprom"),
        S("Volodymyr Zelensky", "One of Moscow's biggest defeats; Russia will not earn more billions", "2025-01-01",
          "text", "In einer Videobotschaft am Mittwoch"),
        S("Volodymyr Zelensky", "Fico opens a second energy front on Moscow's orders", "2024-12-27", "text",
          "zweite Energiefront"),
        S("European Union", "Prepared for the end of transit; supply secure, storage 70% full", "2025-01-01",
          "published", "Die EU-Kommission erklärte"),
        S("Donald Tusk", "Whoever defends Putin's gas like Fico stands against Europe", "2025-01-01", "published",
          "Polens Regierungschef Donald Tusk"),
        S("Dmitry Peskov", "Responsibility lies with Ukraine and those who pushed it; Russia reliable supplier",
          "2025-01-01", "published", "die Verantwortung trügen allein"),
        S("Ukraine", "Will negotiate with Slovakia on supplies from other sources", "2025-01-01", "published",
          "in den kommenden Wochen mit der Slowakei"),
    ],
    actors=["Russia", "Ukraine", "Volodymyr Zelensky", "European Union", "Vladimir Putin", "Kremlin",
            "Donald Tusk", "Poland", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b8de04
DE04 = dict(
    id="b8de04_waffenruhe_tag_des_sieges_2025_04",
    lang="de",
    published="2025-04-28",
    body="""
Putin verkündet dreitägige Waffenruhe zum Tag des Sieges – Kiew fordert 30 Tage
Kremlchef Wladimir Putin hat anlässlich des 80. Jahrestags des Sieges über Hitler-Deutschland eine dreitägige Waffenruhe in der Ukraine angeordnet.
Die Feuerpause solle von Mitternacht zum 8. Mai bis Mitternacht zum 11. Mai gelten, teilte der Kreml am Montag mit.
Aus humanitären Gründen sollten in dieser Zeit alle Kampfhandlungen eingestellt werden; Moskau erwarte, dass die ukrainische Seite dem Beispiel folge, hieß es in der Erklärung.
Sollte Kiew die Waffenruhe brechen, würden die russischen Streitkräfte „angemessen und wirksam“ reagieren.

In Kiew stieß der Vorstoß auf Ablehnung.
Wenn Russland wirklich Frieden wolle, warum warte es dann bis zum 8. Mai, schrieb Außenminister Andrij Sybiha auf X; die Ukraine sei zu einer sofortigen, mindestens 30-tägigen Waffenruhe bereit.
Präsident Wolodymyr Selenskyj sprach am Abend in seiner Videobotschaft von einem „Versuch der Manipulation“: Putin wolle lediglich Ruhe für seine Parade auf dem Roten Platz.
Er verwies darauf, dass die russische Armee auch während der von Moskau ausgerufenen Osterwaffenruhe fast 3000 Mal gegen diese verstoßen habe.

Aus Washington kam eine verhaltene Reaktion.
Präsident Donald Trump wolle nicht nur eine befristete, sondern eine dauerhafte Waffenruhe, sagte seine Sprecherin Karoline Leavitt im Weißen Haus.
Trump selbst hatte sich am Samstag nach einem Gespräch mit Selenskyj am Rande der Trauerfeier für Papst Franziskus in Rom ungewöhnlich kritisch über Putin geäußert.
Möglicherweise wolle der Kremlchef den Krieg gar nicht beenden, schrieb Trump auf seiner Plattform Truth Social, und brachte erneut Bank- oder „Sekundärsanktionen“ ins Spiel.
Außenminister Marco Rubio sagte am Sonntag, in der kommenden Woche werde sich entscheiden, ob die USA ihre Vermittlung fortsetzen; andernfalls werde sich Washington aus den Bemühungen zurückziehen.

Der US-Sondergesandte Steve Witkoff war am Freitag zum vierten Mal in diesem Jahr von Putin in Moskau empfangen worden; das Gespräch dauerte rund drei Stunden.
Kremlberater Juri Uschakow nannte das Treffen „konstruktiv“, man habe auch über die Wiederaufnahme direkter Gespräche mit der Ukraine gesprochen.
In der Nacht zum Montag griff Russland nach ukrainischen Angaben erneut mit mehr als 100 Drohnen an; in der Region Dnipro kamen mindestens drei Menschen ums Leben.
Die Ukraine hatte einer von den USA vorgeschlagenen bedingungslosen 30-tägigen Waffenruhe bereits im März zugestimmt.
""",
    timexes=[
        T("dreitägige", "DURATION", "P3D"),
        T("30 Tage", "DURATION", "P30D"),
        T("dreitägige", "DURATION", "P3D", n=1),
        T("Mitternacht zum 8. Mai", "TIME", "2025-05-08T00:00"),
        T("Mitternacht zum 11. Mai", "TIME", "2025-05-11T00:00"),
        T("Montag", "DATE", "2025-04-28"),
        T("8. Mai", "DATE", "2025-05-08", n=1),
        T("mindestens 30-tägigen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("Abend", "TIME", "2025-04-28TEV"),
        T("Samstag", "DATE", "2025-04-26"),
        T("Sonntag", "DATE", "2025-04-27"),
        T("der kommenden Woche", "DATE", "2025-W18"),
        T("Freitag", "DATE", "2025-04-25"),
        T("diesem Jahr", "DATE", "2025"),
        T("rund drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("der Nacht zum Montag", "TIME", "2025-04-27TNI", note="night to Monday 28 Apr"),
        T("30-tägigen", "DURATION", "P30D", n=1),
        T("März", "DATE", "2025-03"),
    ],
    events=[
        E("Putin orders a three-day Victory Day ceasefire", "RETREAT", ["Vladimir Putin", "Russia"], "2025-05-08",
          "context", "planned", "eine dreitägige Waffenruhe in der Ukraine angeordnet",
          note="8 May 00:00 to 11 May 00:00; announced 28 Apr"),
        E("Moscow expects Ukraine to follow the truce", "REQUEST", ["Russia", "Ukraine"], "2025-04-28", "context",
          "occurred", "Moskau erwarte"),
        E("Russia threatens an appropriate response if Kyiv breaks the truce", "THREATEN", ["Russia", "Ukraine"],
          "2025-04-28", "context", "occurred", "Sollte Kiew die Waffenruhe brechen"),
        E("Kyiv rejects the three-day truce", "REJECT", ["Ukraine"], "2025-04-28", "published", "occurred",
          "In Kiew stieß der Vorstoß auf Ablehnung."),
        E("Sybiha proposes an immediate ceasefire of at least 30 days", "REQUEST", ["Andrii Sybiha", "Russia"],
          "2025-04-28", "published", "occurred", "schrieb Außenminister Andrij Sybiha"),
        E("Zelensky accuses Putin of manipulation", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-04-28TEV", "text", "occurred", "Versuch der Manipulation"),
        E("Zelensky accuses Russia of breaking the Easter truce", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-04-28TEV", "context", "occurred", "Osterwaffenruhe"),
        E("Trump wants a permanent ceasefire", "REQUEST", ["Donald Trump"], "2025-04-28", "published", "occurred",
          "Karoline Leavitt"),
        E("Trump–Zelensky conversation at the pope's funeral", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-04-26", "context", "occurred", "Trump selbst hatte sich am Samstag"),
        E("Trump criticises Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-04-26", "text", "occurred",
          "Trump selbst hatte sich am Samstag"),
        E("Trump floats secondary sanctions", "THREATEN", ["Donald Trump", "Russia"], "2025-04-26", "context",
          "occurred", "Sekundärsanktionen"),
        E("Rubio: US will withdraw from mediation unless progress this week", "THREATEN",
          ["Marco Rubio", "United States"], "2025-04-27", "text", "occurred", "Außenminister Marco Rubio sagte"),
        E("Putin receives Witkoff in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-04-25",
          "text", "occurred", "Steve Witkoff war am Freitag"),
        E("Russian drone attack, deaths in Dnipro region", "ASSAULT", ["Russia", "Ukraine"], "2025-04-27TNI",
          "text", "occurred", "In der Nacht zum Montag griff Russland"),
        E("Ukraine accepted the US-proposed 30-day ceasefire", "AGREE", ["Ukraine", "United States"], "2025-03",
          "text", "occurred", "bereits im März zugestimmt"),
    ],
    statements=[
        S("Kremlin", "Truce from midnight 8 May to midnight 11 May", "2025-04-28", "text",
          "teilte der Kreml am Montag mit"),
        S("Kremlin", "Humanitarian reasons; Moscow expects Ukraine to follow", "2025-04-28", "context",
          "Moskau erwarte"),
        S("Kremlin", "Forces will respond if Kyiv breaks the truce", "2025-04-28", "context",
          "Sollte Kiew die Waffenruhe brechen"),
        S("Andrii Sybiha", "Why wait until 8 May; Ukraine ready for at least 30 days", "2025-04-28", "published",
          "schrieb Außenminister Andrij Sybiha"),
        S("Volodymyr Zelensky", "Attempt at manipulation; Putin wants quiet for his parade", "2025-04-28TEV",
          "text", "Versuch der Manipulation"),
        S("Volodymyr Zelensky", "Russia broke the Easter truce almost 3000 times", "2025-04-28TEV", "context",
          "Osterwaffenruhe"),
        S("Donald Trump, via White House", "Trump wants a permanent, not a temporary ceasefire", "2025-04-28",
          "published", "Karoline Leavitt"),
        S("Donald Trump", "Perhaps Putin does not want to end the war; secondary sanctions", "2025-04-26",
          "context", "Sekundärsanktionen"),
        S("Marco Rubio", "This week decides whether the US continues mediating", "2025-04-27", "text",
          "Außenminister Marco Rubio sagte"),
        S("Yuri Ushakov", "Meeting constructive; resumption of direct talks with Ukraine discussed", "2025-04-25",
          "context", "Kremlberater Juri Uschakow"),
        S("Ukraine", "More than 100 drones, three killed in Dnipro region", "2025-04-28", "published",
          "In der Nacht zum Montag griff Russland"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Andrii Sybiha", "Volodymyr Zelensky",
            "Donald Trump", "White House", "United States", "Marco Rubio", "Steve Witkoff",
            "Yuri Ushakov"],
)

# ---------------------------------------------------------------- b8de05
DE05 = dict(
    id="b8de05_jermak_ruecktritt_2025_11",
    lang="de",
    published="2025-11-29",
    body="""
Nach Razzia: Selenskyjs Stabschef Jermak tritt zurück – Umerow führt Delegation nach Florida
Der Leiter des ukrainischen Präsidialamts, Andrij Jermak, ist am Freitag nach einer Durchsuchung seiner Wohnung durch Antikorruptionsermittler zurückgetreten.
Präsident Wolodymyr Selenskyj gab die Entscheidung am Abend in einer Videobotschaft bekannt und dankte Jermak dafür, dass er die ukrainische Position bei den Verhandlungen „immer so vertreten hat, wie sie ist – patriotisch“.
Über eine Nachfolge werde er am Samstag mit Vertrauten beraten, sagte Selenskyj.

Die Ermittler des Nationalen Antikorruptionsbüros Nabu und der Sonderstaatsanwaltschaft Sap hatten am Freitagmorgen Jermaks Räume im Regierungsviertel durchsucht.
Hintergrund ist ein mutmaßliches Schmiergeldsystem im staatlichen Atomkonzern Energoatom, gegen das die Behörden seit Monaten ermitteln und bei dem rund 100 Millionen Dollar veruntreut worden sein sollen.
Jermak selbst, gegen den bislang keine Anklage erhoben wurde, schrieb am Freitag in einer Nachricht an die „New York Post“, er gehe an die Front.

Der Rücktritt kommt zu einem heiklen Zeitpunkt: Jermak hatte die ukrainische Delegation bei den Gesprächen über den amerikanischen Friedensplan in Genf vor knapp einer Woche geleitet.
Die Leitung der Delegation übernimmt der Sekretär des Nationalen Sicherheitsrats, Rustem Umerow, der bereits am Sonntag in Florida mit US-Außenminister Marco Rubio, dem Sondergesandten Steve Witkoff und Trumps Schwiegersohn Jared Kushner zusammenkommen soll.
Dort solle der überarbeitete Entwurf, der inzwischen noch aus 19 Punkten besteht, weiter abgestimmt werden, hieß es in Kiew.
Witkoff wird nach Angaben des Kremls Anfang kommender Woche in Moskau erwartet.
Putin hatte am Donnerstag bei einem Besuch in Kirgistan gesagt, er werde den Amerikaner empfangen, der Entwurf könne „Grundlage“ für künftige Vereinbarungen sein.

Kremlsprecher Dmitri Peskow bezeichnete den Rücktritt als „innere Angelegenheit“ der Ukraine, fügte aber hinzu, die Korruptionsaffäre zeige, wie es um das „Regime in Kiew“ stehe.
In Brüssel äußerte die EU-Außenbeauftragte Kaja Kallas die Erwartung, dass die Verhandlungen nicht ins Stocken geraten; Europa müsse bei jeder Vereinbarung „mit am Tisch sitzen“.
Bundeskanzler Friedrich Merz telefonierte nach Angaben eines Regierungssprechers am Freitagabend mit Selenskyj und sicherte ihm weitere Unterstützung zu.

Unterdessen setzte Russland seine Angriffe fort: In der Nacht zum Samstag wurden Kiew und die umliegende Region mit rund 600 Drohnen und Dutzenden Raketen angegriffen, mindestens zwei Menschen kamen ums Leben.
Das ukrainische Energieministerium meldete großflächige Stromausfälle in der Hauptstadt.
""",
    timexes=[
        T("Freitag", "DATE", "2025-11-28"),
        T("Abend", "TIME", "2025-11-28TEV"),
        T("Samstag", "DATE", "2025-11-29"),
        T("Freitagmorgen", "TIME", "2025-11-28TMO"),
        T("seit Monaten", "DURATION", "PXM"),
        T("Freitag", "DATE", "2025-11-28", n=1),
        T("vor knapp einer Woche", "DATE", "2025-W47", mod="APPROX"),
        T("Sonntag", "DATE", "2025-11-30"),
        T("Anfang kommender Woche", "DATE", "2025-W49", mod="START"),
        T("Donnerstag", "DATE", "2025-11-27"),
        T("Freitagabend", "TIME", "2025-11-28TEV"),
        T("der Nacht zum Samstag", "TIME", "2025-11-28TNI", note="night to Saturday 29 Nov"),
    ],
    events=[
        E("Geneva talks on the US peace plan, Ukrainian delegation led by Yermak", "CONSULT",
          ["Andriy Yermak", "Ukraine", "United States"], "2025-W47", "text", "occurred",
          "in Genf vor knapp einer Woche", date_mod="APPROX", note="Geneva talks of 23 Nov"),
        E("Umerov to meet Rubio, Witkoff and Kushner in Florida", "CONSULT",
          ["Rustem Umerov", "Marco Rubio", "Steve Witkoff"], "2025-11-30", "text", "planned",
          "bereits am Sonntag in Florida"),
        E("Witkoff expected in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-W49", "text",
          "planned", "Anfang kommender Woche in Moskau", date_mod="START"),
        E("Peskov disparages the 'regime in Kyiv' over the corruption affair", "ACCUSE",
          ["Dmitry Peskov", "Ukraine"], "2025-11-29", "published", "occurred", "Regime in Kiew"),
        E("Kallas demands Europe have a seat at the table", "REQUEST", ["Kaja Kallas"],
          "2025-11-29", "published", "occurred", "mit am Tisch sitzen"),
        E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2025-11-28TEV",
          "text", "occurred", "Bundeskanzler Friedrich Merz telefonierte"),
        E("Merz promises Zelensky continued support", "AGREE", ["Friedrich Merz", "Volodymyr Zelensky"],
          "2025-11-28TEV", "context", "occurred", "Bundeskanzler Friedrich Merz telefonierte"),
        E("Russian drone and missile attack on Kyiv region", "ASSAULT", ["Russia", "Ukraine"], "2025-11-28TNI",
          "text", "occurred", "In der Nacht zum Samstag"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Announces Yermak's resignation and thanks him", "2025-11-28TEV", "text",
          "gab die Entscheidung am Abend"),
        S("Volodymyr Zelensky", "Will consult on a successor on Saturday", "2025-11-28TEV", "context",
          "Über eine Nachfolge werde er"),
        S("Andriy Yermak", "He is going to the front", "2025-11-28", "text", "Jermak selbst"),
        S("Ukraine", "Revised 19-point draft to be worked on in Florida", "2025-11-29", "published",
          "hieß es in Kiew"),
        S("Kremlin", "Witkoff expected in Moscow early next week", "2025-11-29", "published",
          "Anfang kommender Woche in Moskau"),
        S("Vladimir Putin", "Will receive Witkoff; draft could be a basis for agreements", "2025-11-27", "text",
          "Putin hatte am Donnerstag"),
        S("Dmitry Peskov", "Internal matter of Ukraine; affair shows state of the 'regime in Kyiv'", "2025-11-29",
          "published", "Regime in Kiew"),
        S("Kaja Kallas", "Talks must not stall; Europe must be at the table", "2025-11-29", "published",
          "mit am Tisch sitzen"),
        S("Ukraine", "Widespread power cuts in the capital", "2025-11-29", "published",
          "Das ukrainische Energieministerium"),
    ],
    actors=["Andriy Yermak", "Ukraine", "Volodymyr Zelensky", "United States", "Rustem Umerov", "Marco Rubio",
            "Steve Witkoff", "Donald Trump", "Kremlin", "Vladimir Putin", "Dmitry Peskov", "Kaja Kallas",
            "European Union", "Friedrich Merz", "Germany", "Russia"],
)

# ---------------------------------------------------------------- b8de06
DE06 = dict(
    id="b8de06_liveticker_jahrestag_2026_02",
    lang="de",
    published="2026-02-24",
    body="""
Ukraine-Krieg im Liveticker: EU-Spitzen zum Jahrestag in Kiew – Ungarn blockiert Sanktionspaket
19.05 Uhr: Die nächste Runde der Dreiergespräche zwischen der Ukraine, den USA und Russland soll nach Angaben von Präsident Wolodymyr Selenskyj in der kommenden Woche in Genf stattfinden.
Die ukrainische Delegation werde erneut von Rustem Umerow geleitet, sagte Selenskyj in seiner Videobotschaft.

18.20 Uhr: Der Kreml sieht nach den Worten von Sprecher Dmitri Peskow keine Anzeichen dafür, dass Kiew zu einem Rückzug aus dem Donbass bereit ist.
Ohne einen solchen Schritt sei eine dauerhafte Lösung nicht möglich, die Ziele der militärischen Spezialoperation würden so oder so erreicht, sagte Peskow der Agentur Ria Nowosti.

17.30 Uhr: Das 20. Sanktionspaket der EU gegen Russland ist am Veto Ungarns gescheitert.
Bei einem Treffen der EU-Außenminister in Brüssel am Montag verweigerte die Regierung von Viktor Orbán ihre Zustimmung, weil die Ukraine nach ungarischer Darstellung Öllieferungen durch die Druschba-Pipeline behindere.
Die EU-Außenbeauftragte Kaja Kallas zeigte sich enttäuscht und kündigte an, das Paket beim Gipfel im März erneut vorzulegen.

16.10 Uhr: Bundeskanzler Friedrich Merz hat sich per Video an die in Kiew versammelten Staats- und Regierungschefs gewandt.
Deutschland werde in seiner Unterstützung nicht nachlassen, solange Russland seinen Angriffskrieg fortsetze, sagte Merz; Frieden dürfe es nicht um den Preis einer Kapitulation geben.
Zuvor hatte Kommissionspräsidentin Ursula von der Leyen angekündigt, die erste Tranche des im Dezember beschlossenen 90-Milliarden-Euro-Kredits werde im April ausgezahlt.

14.45 Uhr: Von der Leyen, EU-Ratspräsident António Costa und Vertreter von mehr als einem Dutzend Staaten sind am Vormittag mit dem Nachtzug in Kiew eingetroffen und von Selenskyj am Bahnhof empfangen worden.
Gemeinsam legten sie an der Gedenkwand für die gefallenen Soldaten Blumen nieder.

12.30 Uhr: Großbritannien verhängt zum Jahrestag neue Sanktionen gegen fast 100 Tanker der russischen Schattenflotte sowie gegen mehrere Ölhändler in Dubai.
Premierminister Keir Starmer sagte, Putin finanziere seinen Krieg mit dem Verkauf von Öl, dieser Geldstrom müsse versiegen.

11.20 Uhr: Der russische Außenminister Sergej Lawrow hat Pläne europäischer Staaten für eine Truppenpräsenz in der Ukraine nach einem Waffenstillstand erneut zurückgewiesen.
Jeder ausländische Soldat auf ukrainischem Boden wäre ein „legitimes Ziel“, sagte Lawrow laut der Agentur Tass.

10.15 Uhr: US-Präsident Donald Trump hat den Jahrestag auf seiner Plattform Truth Social kommentiert: Unter seiner Präsidentschaft hätte es den Krieg „nie gegeben“.
Er werde „sehr bald“ wieder mit Putin sprechen, schrieb Trump, ohne einen Termin zu nennen.

08.00 Uhr: Russland hat die Ukraine in der Nacht mit rund 200 Drohnen und 20 Raketen angegriffen, teilte die ukrainische Luftwaffe mit.
Schwer getroffen wurden Energieanlagen in Odessa und Charkiw; in mehreren Regionen fiel der Strom aus.

07.30 Uhr: Heute jährt sich der russische Großangriff auf die Ukraine zum vierten Mal.
Am 24. Februar 2022 hatten russische Truppen das Nachbarland aus mehreren Richtungen überfallen; seither sind nach Schätzungen Hunderttausende Soldaten auf beiden Seiten getötet oder verwundet worden.
Wir halten Sie in diesem Liveticker über die Entwicklungen auf dem Laufenden.
""",
    timexes=[
        T("19.05 Uhr", "TIME", "2026-02-24T19:05", note="ticker time, CET"),
        T("der kommenden Woche", "DATE", "2026-W10"),
        T("18.20 Uhr", "TIME", "2026-02-24T18:20", note="ticker time, CET"),
        T("17.30 Uhr", "TIME", "2026-02-24T17:30", note="ticker time, CET"),
        T("Montag", "DATE", "2026-02-23"),
        T("März", "DATE", "2026-03"),
        T("16.10 Uhr", "TIME", "2026-02-24T16:10", note="ticker time, CET"),
        T("Dezember", "DATE", "2025-12"),
        T("April", "DATE", "2026-04"),
        T("14.45 Uhr", "TIME", "2026-02-24T14:45", note="ticker time, CET"),
        T("Vormittag", "TIME", "2026-02-24TMO"),
        T("12.30 Uhr", "TIME", "2026-02-24T12:30", note="ticker time, CET"),
        T("11.20 Uhr", "TIME", "2026-02-24T11:20", note="ticker time, CET"),
        T("10.15 Uhr", "TIME", "2026-02-24T10:15", note="ticker time, CET"),
        T("sehr bald", "DATE", "FUTURE_REF"),
        T("08.00 Uhr", "TIME", "2026-02-24T08:00", note="ticker time, CET"),
        T("der Nacht", "TIME", "2026-02-23TNI", note="night to Tuesday 24 Feb"),
        T("07.30 Uhr", "TIME", "2026-02-24T07:30", note="ticker time, CET"),
        T("Heute", "DATE", "2026-02-24"),
        T("24. Februar 2022", "DATE", "2022-02-24"),
    ],
    events=[
        E("Next round of US–Ukraine–Russia talks in Geneva", "CONSULT", ["Ukraine", "United States", "Russia"],
          "2026-W10", "text", "planned", "Die nächste Runde der Dreiergespräche"),
        E("Kremlin demands Ukrainian withdrawal from Donbas", "REQUEST", ["Dmitry Peskov", "Ukraine"],
          "2026-02-24", "published", "occurred", "Ohne einen solchen Schritt"),
        E("EU's 20th sanctions package fails on Hungary's veto", "SANCTION", ["European Union", "Russia"],
          "2026-02-23", "context", "cancelled", "Das 20. Sanktionspaket der EU",
          note="blocked at the foreign ministers' meeting on Monday"),
        E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union"], "2026-02-23", "text",
          "occurred", "Bei einem Treffen der EU-Außenminister"),
        E("Orbán government refuses consent to the sanctions package", "REJECT", ["Viktor Orbán"], "2026-02-23",
          "text", "occurred", "Bei einem Treffen der EU-Außenminister"),
        E("Hungary accuses Ukraine of obstructing Druzhba oil deliveries", "ACCUSE", ["Viktor Orbán", "Ukraine"],
          "2026-02-23", "context", "occurred", "Bei einem Treffen der EU-Außenminister"),
        E("EU summit in March", "CONSULT", ["European Union"], "2026-03", "text", "planned", "beim Gipfel im März"),
        E("Sanctions package to be resubmitted at the March summit", "SANCTION", ["European Union", "Russia"],
          "2026-03", "text", "planned", "beim Gipfel im März"),
        E("Merz promises Germany's support will not flag", "AGREE", ["Friedrich Merz", "Ukraine"], "2026-02-24",
          "published", "occurred", "Deutschland werde in seiner Unterstützung"),
        E("First tranche of the EU's 90bn-euro loan to be paid", "AID", ["European Union", "Ukraine"], "2026-04",
          "text", "planned", "die erste Tranche"),
        E("EU decided the 90bn-euro loan", "AID", ["European Union", "Ukraine"], "2025-12", "text", "occurred",
          "die erste Tranche"),
        E("Zelensky receives von der Leyen and other leaders in Kyiv", "CONSULT",
          ["Ursula von der Leyen", "Volodymyr Zelensky"], "2026-02-24TMO", "text", "occurred",
          "mit dem Nachtzug in Kiew eingetroffen"),
        E("UK sanctions shadow-fleet tankers and oil traders", "SANCTION", ["United Kingdom", "Russia"],
          "2026-02-24", "published", "occurred", "Großbritannien verhängt zum Jahrestag"),
        E("Lavrov rejects European troop presence after a ceasefire", "REJECT", ["Sergey Lavrov"], "2026-02-24",
          "published", "occurred", "Der russische Außenminister Sergej Lawrow hat Pläne"),
        E("Lavrov: foreign soldiers would be legitimate targets", "THREATEN", ["Sergey Lavrov"], "2026-02-24",
          "published", "occurred", "legitimes Ziel"),
        E("Trump to speak with Putin again", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
          "planned", "sehr bald"),
        E("Overnight Russian drone and missile attack on energy facilities", "ASSAULT", ["Russia", "Ukraine"],
          "2026-02-23TNI", "text", "occurred", "Russland hat die Ukraine in der Nacht"),
        E("Russian full-scale invasion", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
          "Am 24. Februar 2022"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Next round of trilateral talks next week in Geneva", "2026-02-24", "published",
          "Die nächste Runde der Dreiergespräche"),
        S("Volodymyr Zelensky", "Umerov will again lead the delegation", "2026-02-24", "published",
          "Die ukrainische Delegation werde erneut"),
        S("Dmitry Peskov", "No sign Kyiv is ready to leave Donbas", "2026-02-24", "published",
          "Der Kreml sieht nach den Worten"),
        S("Dmitry Peskov", "No lasting solution without withdrawal; goals will be achieved", "2026-02-24",
          "published", "Ohne einen solchen Schritt"),
        S("Kaja Kallas", "Disappointed; package to be resubmitted at the March summit", "2026-02-24", "published",
          "beim Gipfel im März"),
        S("Friedrich Merz", "Germany will not flag in its support; no peace through capitulation", "2026-02-24",
          "published", "Deutschland werde in seiner Unterstützung"),
        S("Ursula von der Leyen", "First tranche of the loan paid in April", "2026-02-24", "published",
          "die erste Tranche"),
        S("Keir Starmer", "Putin finances his war with oil; the flow must dry up", "2026-02-24", "published",
          "Premierminister Keir Starmer sagte"),
        S("Sergey Lavrov", "Rejects European troop presence after a ceasefire", "2026-02-24", "published",
          "Der russische Außenminister Sergej Lawrow hat Pläne"),
        S("Sergey Lavrov", "Any foreign soldier in Ukraine a legitimate target", "2026-02-24", "published",
          "legitimes Ziel"),
        S("Donald Trump", "The war would never have happened under him", "2026-02-24", "published",
          "Truth Social kommentiert"),
        S("Donald Trump", "Will speak with Putin very soon", "2026-02-24", "published", "sehr bald"),
        S("Ukraine", "About 200 drones and 20 missiles overnight", "2026-02-24", "published",
          "Russland hat die Ukraine in der Nacht"),
    ],
    actors=["Ukraine", "United States", "Russia", "Volodymyr Zelensky", "Rustem Umerov", "Kremlin",
            "Dmitry Peskov", "European Union", "Viktor Orbán", "Kaja Kallas", "Friedrich Merz", "Germany",
            "Ursula von der Leyen", "United Kingdom", "Keir Starmer", "Vladimir Putin", "Sergey Lavrov",
            "Donald Trump"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
