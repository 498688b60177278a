"""German articles of the blind34 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b34de01 (Bonner General-Anzeiger)
DE01 = """
UN-Vollversammlung suspendiert Russland im Menschenrechtsrat

New York/Bonn. Die UN-Vollversammlung hat Russlands Mitgliedschaft im UN-Menschenrechtsrat wegen des Vorgehens seiner Truppen in der Ukraine ausgesetzt.
Für die von den USA eingebrachte Resolution stimmten am Donnerstag in New York 93 Staaten, 24 votierten dagegen, darunter Russland, China und Belarus, 58 enthielten sich.
Erst einmal zuvor war ein Mitglied des Genfer Gremiums suspendiert worden: 2011 traf es das Libyen Muammar al-Gaddafis.

Der russische Vize-Botschafter Gennadi Kusmin nannte das Votum „illegitim und politisch motiviert“.
Noch im Saal erklärte er, Russland habe beschlossen, den Menschenrechtsrat vorzeitig zu verlassen.
Kremlsprecher Dmitri Peskow bedauerte die Entscheidung am Freitag und warf dem Westen vor, die Vereinten Nationen für seine Zwecke zu missbrauchen.
Der ukrainische UN-Botschafter Serhij Kyslyzja hatte die Delegierten vor der Abstimmung aufgefordert, mit Ja zu stimmen: Wer sich enthalte, drücke „mit auf den Abzug“.

Auslöser waren die Bilder aus Butscha.
Nach dem Abzug der russischen Truppen aus dem Kiewer Vorort Ende März waren dort Hunderte getötete Zivilisten gefunden worden.
Kiew macht die russische Armee für die Morde verantwortlich, Moskau spricht von einer „Inszenierung“.
US-Botschafterin Linda Thomas-Greenfield hatte den Ausschluss Russlands am Montag bei einem Besuch in Bukarest gefordert.
Am Dienstag hatte Präsident Wolodymyr Selenskyj per Video vor dem UN-Sicherheitsrat gesprochen und das Gremium aufgefordert, Russland zur Rechenschaft zu ziehen – oder sich selbst aufzulösen.

Am Rande des Nato-Außenministertreffens in Brüssel begrüßte Bundesaußenministerin Annalena Baerbock (Grüne) am Donnerstag das Votum.
Deutschland werde der Ukraine weitere Waffen liefern, auch schwere, sagte sie.
Der ukrainische Außenminister Dmytro Kuleba hatte die Alliierten in Brüssel um „Waffen, Waffen, Waffen“ gebeten.
US-Außenminister Antony Blinken sagte zu, die Verbündeten würden ihre Lieferungen beschleunigen.
Die EU-Staaten verständigten sich am selben Tag auf ein Einfuhrverbot für russische Kohle.

In Bonn, wo rund 1000 Menschen für mehr als 20 UN-Organisationen arbeiten, wurde die Entscheidung mit Erleichterung aufgenommen.
„Wer in Butscha Zivilisten ermorden lässt, hat im wichtigsten Menschenrechtsgremium der Welt nichts verloren“, sagte Oberbürgermeisterin Katja Dörner (Grüne) dem General-Anzeiger.
Die ukrainische Gemeinde ruft für Samstagabend zu einer Mahnwache auf dem Münsterplatz auf.
"""

# ---------------------------------------------------------------- b34de02 (GrenzEcho, Eupen)
DE02 = """
EU-Gipfel: 50 Milliarden Euro für die Ukraine – Orbán lenkt ein

Eupen/Brüssel. Die 27 EU-Staaten haben sich auf ein Hilfspaket von 50 Milliarden Euro für die Ukraine geeinigt.
Der ungarische Ministerpräsident Viktor Orbán gab beim Sondergipfel in Brüssel am Donnerstag seinen Widerstand auf, nachdem er das Paket im Dezember noch blockiert hatte.
„Wir haben eine Einigung“, schrieb EU-Ratspräsident Charles Michel am späten Vormittag auf X.

Michel, Kommissionspräsidentin Ursula von der Leyen, Bundeskanzler Olaf Scholz, Frankreichs Präsident Emmanuel Macron und Italiens Regierungschefin Giorgia Meloni hatten am frühen Morgen im kleinen Kreis mit Orbán verhandelt.
Der Ungar erhielt die Zusage, dass die Staats- und Regierungschefs jedes Jahr über die Umsetzung der Hilfe beraten und in zwei Jahren eine Überprüfung möglich ist.
Ein Vetorecht bei jeder Auszahlung, wie es Budapest verlangt hatte, bekam er nicht.
Das Geld soll bis 2027 als Zuschüsse und Kredite fließen, die erste Tranche bereits im März.

Der ukrainische Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, dankte den Partnern und sprach von einem Zeichen „starker Einigkeit“.
Zugleich bat er um mehr Artilleriemunition und Luftabwehr.
Die estnische Regierungschefin Kaja Kallas nannte die Einigung ein „wichtiges Signal an Moskau“.
Orbán schrieb auf X, das Geld der Ungarn werde nicht in der Ukraine landen, und warb erneut für einen sofortigen Waffenstillstand.
Kremlsprecher Dmitri Peskow sagte am Freitag, die Milliarden würden am Ausgang des Konflikts nichts ändern und das Leiden nur verlängern.
Bereits am Montag hatten sich die EU-Botschafter grundsätzlich darauf verständigt, Gewinne aus eingefrorenen russischen Vermögen für den Wiederaufbau der Ukraine zurückzulegen.

Draußen vor dem Ratsgebäude protestierten derweil Tausende Landwirte mit Traktoren gegen die EU-Agrarpolitik und gegen zollfreie Einfuhren aus der Ukraine.
Auch rund 30 Traktoren aus Ostbelgien waren am frühen Morgen in Eupen und St. Vith aufgebrochen.
Premierminister Alexander De Croo, dessen Land derzeit den EU-Ratsvorsitz innehat, empfing am Abend gemeinsam mit von der Leyen Vertreter der Bauernverbände.
Ministerpräsident Oliver Paasch sagte dem GrenzEcho, die Sorgen der Landwirte seien berechtigt, die Hilfe für die Ukraine dürfe darunter aber nicht leiden.
"""

# ---------------------------------------------------------------- b34de03 (Passauer Neue Presse)
DE03 = """
Wiederaufbaukonferenz in Rom: Milliardenzusagen für die Ukraine

Rom/Passau. Mit Zusagen von mehr als zehn Milliarden Euro ist am Freitag in Rom die vierte internationale Konferenz zum Wiederaufbau der Ukraine zu Ende gegangen.
Gastgeberin Giorgia Meloni sprach zum Abschluss von einem „starken Signal“: Europa lasse die Ukraine nicht allein.
Kommissionspräsidentin Ursula von der Leyen hatte bereits am Donnerstag einen europäischen Fonds angekündigt, der mit zunächst 220 Millionen Euro private Investitionen in der Ukraine anschieben soll.

Bundeskanzler Friedrich Merz sagte am Donnerstag, Deutschland sei bereit, in den USA zusätzliche Patriot-Systeme für die Ukraine zu kaufen.
Über die Einzelheiten werde er mit US-Präsident Donald Trump sprechen.
Kremlchef Wladimir Putin täusche Verhandlungsbereitschaft nur vor, sagte Merz: „Russland setzt auf Zeit und auf Terror gegen die Zivilbevölkerung.“
In der Nacht zum Donnerstag hatte Russland Kiew erneut mit Hunderten Drohnen und Raketen angegriffen, mindestens zwei Menschen wurden getötet.
Bei der Eröffnung am Donnerstag bat Präsident Wolodymyr Selenskyj die Partner eindringlich um weitere Flugabwehrsysteme.

Am Rande der Konferenz traf Selenskyj am Donnerstag den US-Sondergesandten Keith Kellogg, der in der kommenden Woche nach Kiew reisen soll.
Gemeinsam mit Kellogg schalteten sich Selenskyj, Merz und Meloni anschließend zu einer Videokonferenz der „Koalition der Willigen“ zu, die der britische Premierminister Keir Starmer und Frankreichs Präsident Emmanuel Macron leiteten.
Trump hatte zu Wochenbeginn angekündigt, der Ukraine weitere Verteidigungswaffen zu schicken, und über Putin geklagt, dieser erzähle „viel Unsinn“.
Kremlsprecher Dmitri Peskow nannte das Treffen in Rom am Freitag eine „Veranstaltung zur Verlängerung des Krieges“.
Bereits am Mittwoch hatte Papst Leo XIV. Selenskyj in seiner Sommerresidenz Castel Gandolfo empfangen und den Vatikan erneut als Ort für Gespräche zwischen Kiew und Moskau angeboten.

Aus Niederbayern waren Vertreter von drei Mittelständlern nach Rom gereist, darunter ein Hersteller von Holzfertighäusern aus dem Landkreis Passau, der im westukrainischen Tscherniwzi ein Werk plant.
„Die Nachfrage nach schnell errichteten Häusern ist riesig“, sagte der Geschäftsführer der PNP.
Die IHK Niederbayern will im Herbst eine Unternehmerreise in die Westukraine organisieren.
"""

# ---------------------------------------------------------------- b34de04 (Liechtensteiner Vaterland)
DE04 = """
Schadenersatz für die Ukraine: Liechtenstein unterzeichnet Konvention in Den Haag

Vaduz/Den Haag. Liechtenstein gehört zu den ersten Staaten, die das Übereinkommen über eine internationale Schadenskommission für die Ukraine unterzeichnet haben.
Aussenministerin Sabine Monauni setzte am Dienstag in Den Haag ihre Unterschrift unter das Dokument, das eine diplomatische Konferenz des Europarats und der Niederlande zuvor verabschiedet hatte.
Insgesamt unterzeichneten 35 Staaten sowie die Europäische Union, darunter Deutschland, Frankreich und Grossbritannien.
Die Kommission soll über Ansprüche entscheiden, die im Schadensregister des Europarats erfasst sind, und festlegen, welche Entschädigungen Russland zu leisten hat.

Der ukrainische Präsident Wolodymyr Selenskyj war persönlich zu der Konferenz angereist und sprach von einem «Tag der Gerechtigkeit».
«Russland muss für jedes zerstörte Haus, jede Schule und jedes Leben bezahlen», sagte er.
Selenskyj forderte die EU auf, beim Gipfel am Donnerstag in Brüssel die eingefrorenen russischen Vermögen endlich für die Ukraine einzusetzen.
Auch die EU-Aussenbeauftragte Kaja Kallas erklärte in Den Haag, wer einen Angriffskrieg führe, müsse dafür bezahlen.
Am Rande traf Selenskyj den niederländischen Regierungschef Dick Schoof.

In Moskau stiess die Konvention auf Ablehnung.
Aussenamtssprecherin Maria Sacharowa nannte die Kommission am Mittwoch «juristisch nichtig» und warf dem Westen vor, einen «Raubzug» auf russisches Eigentum vorzubereiten.
Kremlsprecher Dmitri Peskow sagte, Russland werde keine Entscheidung dieses Gremiums anerkennen.
Die russische Zentralbank hatte bereits am Freitag vor einem Moskauer Gericht Klage gegen den belgischen Verwahrer Euroclear eingereicht, bei dem der Grossteil der eingefrorenen Gelder liegt.

Die Unterzeichnung fiel in eine Woche intensiver Diplomatie: Am Sonntag und Montag hatten in Berlin Unterhändler der USA und der Ukraine über einen Friedensplan verhandelt.
Das Schadensregister selbst war im Mai 2023 beim Gipfel des Europarats in Reykjavik von über 40 Staaten und der EU beschlossen worden.
Liechtenstein unterstützte dessen Aufbau mit 500'000 Franken und führte im Frühjahr 2024 den Vorsitz im Ministerkomitee, als die ersten Anträge eingingen.
Regierungschefin Brigitte Haas sagte dem «Vaterland», gerade ein Kleinstaat habe ein Interesse daran, dass das Völkerrecht durchgesetzt werde.
"""

# ---------------------------------------------------------------- b34de05 (Thüringer Allgemeine)
DE05 = """
Putins Gas-Angebot spaltet Thüringen – Merz: „Wir lassen uns nicht erpressen“

Erfurt/Berlin. Kremlchef Wladimir Putin hat Deutschland angeboten, über den unbeschädigten Strang der Ostseepipeline Nord Stream 2 wieder russisches Gas zu liefern.
„Wir können noch vor dem Winter liefern, wenn Berlin es will“, sagte Putin am Mittwoch auf der Russischen Energiewoche in Moskau.
Voraussetzung sei, dass die Sanktionen gegen die Betreibergesellschaft aufgehoben würden.

Bundeskanzler Friedrich Merz wies das Angebot am Donnerstag zurück.
„Wir lassen uns nicht erpressen, und wir kehren nicht in die Abhängigkeit zurück“, sagte der CDU-Chef in Berlin.
Seit Ende August 2022 fließt kein russisches Gas mehr durch die Ostsee nach Deutschland; einen Monat später wurden drei der vier Röhren beider Pipelines durch Explosionen zerstört.
Regierungssprecher Stefan Kornelius kündigte an, Merz werde am Wochenende mit dem ukrainischen Präsidenten Wolodymyr Selenskyj telefonieren.

EU-Außenbeauftragte Kaja Kallas erinnerte daran, dass die EU ab dem 1. Januar 2027 ohnehin keine russischen Gasimporte mehr zulassen werde.
Putins Angebot solle „Europa spalten“, sagte sie.
Das Außenministerium in Washington teilte mit, die US-Sanktionen gegen Nord Stream 2 blieben in Kraft.
Kremlsprecher Dmitri Peskow sagte am Freitag, das Angebot gelte weiter: „Der Ball liegt in Berlin.“
Selenskyj warnte die Bundesregierung, darauf einzugehen, denn jeder Euro für russisches Gas bezahle Raketen auf ukrainische Städte.
In der Nacht zum Freitag griff Russland nach ukrainischen Angaben erneut Gasförderanlagen in der Region Poltawa an.

In Thüringen löste das Angebot eine heftige Debatte aus.
Finanzministerin Katja Wolf (BSW) forderte, es „ohne Scheuklappen zu prüfen“, die hohen Energiepreise belasteten Betriebe von Eisenach bis Jena.
Ministerpräsident Mario Voigt (CDU) hielt dagegen, Sicherheit gehe vor, und über Energiepolitik entscheide der Bund.
Die AfD-Fraktion beantragte für die Landtagssitzung in der kommenden Woche eine Aktuelle Stunde.
Die Stadtwerke Erfurt rechnen für den Winter trotz allem mit stabilen Preisen, wie ein Sprecher sagte.
"""

# ---------------------------------------------------------------- b34de06 (heute.at)
DE06 = """
Atom-Boss Grossi trifft Putin: Ringen um Schutzzone für AKW

Der Chef der Wiener Atombehörde IAEA, Rafael Grossi, ist am Dienstagabend in St. Petersburg mit Kreml-Chef Wladimir Putin zusammengetroffen.
Im Mittelpunkt stand das von Russland besetzte Atomkraftwerk Saporischschja, das größte Europas.
Russische Truppen halten die Anlage seit Anfang März besetzt.
Grossi warb bei dem Treffen erneut für eine Schutzzone rund um die Anlage.
„Die Lage ist weiterhin sehr ernst“, schrieb der Argentinier danach auf Twitter.
Der 61-Jährige pendelt seit Monaten zwischen Wien, Kiew und Moskau.
Putin sagte laut Kreml, Russland sei offen für einen Dialog über alle Fragen der nuklearen Sicherheit.
An dem Gespräch nahm auch der Chef des Staatskonzerns Rosatom, Alexej Lichatschow, teil.

Das Treffen fand einen Tag nach den schwersten russischen Raketenangriffen auf ukrainische Städte seit Kriegsbeginn statt.
Putin hatte das Kraftwerk vergangene Woche per Dekret zu russischem Eigentum erklärt, Kiew sprach von „Diebstahl“.
Grossi war am Donnerstag in Kiew mit Präsident Wolodymyr Selenskyj zusammengetroffen.
Selenskyj forderte dabei den vollständigen Abzug der russischen Truppen und Waffen aus der Anlage.
Seit Samstag hängt das AKW wieder nur an Dieselgeneratoren, nachdem Beschuss die letzte externe Stromleitung gekappt hatte.
Der ukrainische Betreiber Energoatom warf Russland vor, das Personal massiv unter Druck zu setzen: Der Vizechef der Anlage sei am Montag von russischen Soldaten verschleppt worden.

In der Wiener UNO-City wird der Besuch aufmerksam verfolgt.
Der IAEA-Gouverneursrat soll im November über die Lage in Saporischschja beraten.
Außenminister Alexander Schallenberg (ÖVP) sagte zu „Heute“, Österreich unterstütze Grossis Vermittlung „mit voller Kraft“.
Grossi will in den kommenden Tagen erneut nach Kiew reisen.
Putin selbst reist am Donnerstag nach Astana, wo er den türkischen Präsidenten Recep Tayyip Erdoğan treffen will.
Die UNO-Vollversammlung in New York stimmt am Mittwoch über eine Resolution ab, die Russlands Annexion von vier ukrainischen Regionen verurteilt.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b34de01_menschenrechtsrat_suspendierung_2022_04", "2022-04-08", DE01,
        [
            T("Donnerstag", "DATE", "2022-04-07", 0),
            T("2011", "DATE", "2011"),
            T("Freitag", "DATE", "2022-04-08"),
            T("Ende März", "DATE", "2022-03", mod="END"),
            T("Montag", "DATE", "2022-04-04"),
            T("Dienstag", "DATE", "2022-04-05"),
            T("Donnerstag", "DATE", "2022-04-07", 1),
            T("selben Tag", "DATE", "2022-04-07"),
            T("Samstagabend", "TIME", "2022-04-09TEV"),
        ],
        [
            E("UN General Assembly suspends Russia's membership in the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04-07", "context", "occurred",
              "hat Russlands Mitgliedschaft im UN-Menschenrechtsrat"),
            E("Russia, China and Belarus vote against the resolution", "REJECT", ["Russia", "China", "Belarus"],
              "2022-04-07", "text", "occurred", "Für die von den USA eingebrachte Resolution"),
            E("Libya was suspended from the Human Rights Council in 2011", "SANCTION", ["United Nations"], "2011",
              "text", "occurred", "Erst einmal zuvor", note="Libya is not canonical; only the UN side is listed"),
            E("Russia's deputy UN ambassador calls the vote illegitimate and politically motivated", "ACCUSE",
              ["Russia", "United Nations"], "2022-04-07", "context", "occurred", "Kusmin nannte das Votum"),
            E("Russia announces it is leaving the Human Rights Council early", "REJECT", ["Russia", "United Nations"],
              "2022-04-07", "context", "occurred", "Noch im Saal erklärte er"),
            E("Peskov accuses the West of misusing the United Nations", "ACCUSE", ["Dmitry Peskov"], "2022-04-08",
              "text", "occurred", "Peskow bedauerte die Entscheidung"),
            E("Ukraine's UN ambassador urges delegates to vote yes", "REQUEST", ["Ukraine", "United Nations"],
              "2022-04-07", "context", "occurred", "Kyslyzja hatte die Delegierten"),
            E("Russian troops withdraw from Bucha", "RETREAT", ["Russia", "Ukraine"], "2022-03", "text", "occurred",
              "Nach dem Abzug der russischen Truppen", date_mod="END"),
            E("Kyiv holds the Russian army responsible for the killings in Bucha", "ACCUSE", ["Ukraine", "Russia"],
              "2022-04-08", "published", "occurred", "Kiew macht die russische Armee"),
            E("Moscow calls the Bucha images a staging", "ACCUSE", ["Russia", "Ukraine"], "2022-04-08", "published",
              "occurred", "Kiew macht die russische Armee"),
            E("US ambassador calls for Russia's suspension from the Human Rights Council", "REQUEST",
              ["United States", "United Nations", "Russia"], "2022-04-04", "text", "occurred", "Thomas-Greenfield"),
            E("Zelensky urges the Security Council to hold Russia accountable or dissolve itself", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2022-04-05", "text", "occurred",
              "per Video vor dem UN-Sicherheitsrat"),
            E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO", "Germany", "Ukraine", "Antony Blinken"],
              "2022-04-07", "context", "occurred", "Am Rande des Nato-Außenministertreffens",
              note="dated by the Thursday of Baerbock's welcome in the same sentence"),
            E("Baerbock welcomes the suspension", "SUPPORT", ["Germany", "United Nations"], "2022-04-07", "text",
              "occurred", "Am Rande des Nato-Außenministertreffens"),
            E("Germany promises further weapons, including heavy ones, to Ukraine", "AGREE", ["Germany", "Ukraine"],
              "2022-04-07", "context", "occurred", "Deutschland werde der Ukraine weitere Waffen"),
            E("Kuleba asks the NATO allies for weapons", "REQUEST", ["Ukraine", "NATO"], "2022-04-07", "context",
              "occurred", "Waffen, Waffen, Waffen"),
            E("Blinken promises the allies will speed up their deliveries", "AGREE",
              ["Antony Blinken", "NATO", "Ukraine"], "2022-04-07", "context", "occurred", "Blinken sagte zu"),
            E("EU states agree a ban on Russian coal imports", "SANCTION", ["European Union", "Russia"], "2022-04-07",
              "text", "occurred", "Einfuhrverbot für russische Kohle"),
        ],
        [
            S("Russia", "Deputy ambassador Kuzmin calls the vote illegitimate and politically motivated", "2022-04-07",
              "context", "Kusmin nannte das Votum"),
            S("Russia", "Russia has decided to leave the Human Rights Council early", "2022-04-07", "context",
              "Noch im Saal erklärte er"),
            S("Dmitry Peskov", "Regrets the decision; the West misuses the United Nations for its purposes",
              "2022-04-08", "text", "Peskow bedauerte die Entscheidung"),
            S("Ukraine", "Kyslytsya: whoever abstains helps pull the trigger", "2022-04-07", "context",
              "Kyslyzja hatte die Delegierten"),
            S("Ukraine", "Kyiv holds the Russian army responsible for the killings in Bucha", "2022-04-08",
              "published", "Kiew macht die russische Armee"),
            S("Russia", "Moscow calls the Bucha images a staging", "2022-04-08", "published",
              "Kiew macht die russische Armee"),
            S("United States", "Thomas-Greenfield calls for Russia's suspension from the Human Rights Council",
              "2022-04-04", "text", "Thomas-Greenfield"),
            S("Volodymyr Zelensky", "The Security Council must hold Russia accountable or dissolve itself",
              "2022-04-05", "text", "per Video vor dem UN-Sicherheitsrat"),
            S("Germany", "Baerbock welcomes the vote", "2022-04-07", "text", "Am Rande des Nato-Außenministertreffens"),
            S("Germany", "Germany will deliver more weapons to Ukraine, including heavy ones", "2022-04-07", "context",
              "Deutschland werde der Ukraine weitere Waffen"),
            S("Ukraine", "Kuleba asks the allies for 'weapons, weapons, weapons'", "2022-04-07", "context",
              "Waffen, Waffen, Waffen"),
            S("Antony Blinken", "The allies will speed up their deliveries", "2022-04-07", "context",
              "Blinken sagte zu"),
        ],
        ["United Nations", "Russia", "Ukraine", "United States", "China", "Belarus", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky", "NATO", "Germany", "Antony Blinken", "European Union"],
    ),
    doc(
        "b34de02_eu_gipfel_50_milliarden_2024_02", "2024-02-02", DE02,
        [
            T("Donnerstag", "DATE", "2024-02-01"),
            T("Dezember", "DATE", "2023-12"),
            T("späten Vormittag", "TIME", "2024-02-01TMO"),
            T("frühen Morgen", "TIME", "2024-02-01TMO", 0),
            T("jedes Jahr", "SET", "P1Y"),
            T("zwei Jahren", "DURATION", "P2Y", note="point: a review possible in 2026"),
            T("2027", "DATE", "2027"),
            T("März", "DATE", "2024-03"),
            T("Freitag", "DATE", "2024-02-02"),
            T("Montag", "DATE", "2024-01-29"),
            T("frühen Morgen", "TIME", "2024-02-01TMO", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Abend", "TIME", "2024-02-01TEV"),
        ],
        [
            E("EU leaders agree a 50 billion euro aid package for Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2024-02-01", "context", "occurred", "Die 27 EU-Staaten haben sich"),
            E("Special EU summit in Brussels", "CONSULT", ["European Union", "Viktor Orbán"], "2024-02-01", "text",
              "occurred", "gab beim Sondergipfel"),
            E("Orbán drops his opposition to the package", "CONCEDE", ["Viktor Orbán", "European Union"],
              "2024-02-01", "text", "occurred", "gab beim Sondergipfel"),
            E("Orbán blocked the package in December", "REJECT", ["Viktor Orbán", "European Union", "Ukraine"],
              "2023-12", "text", "occurred", "gab beim Sondergipfel"),
            E("Michel, von der Leyen, Scholz, Macron and Meloni negotiate with Orbán in the early morning", "CONSULT",
              ["European Union", "Ursula von der Leyen", "Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni",
               "Viktor Orbán"], "2024-02-01TMO", "text", "occurred", "im kleinen Kreis mit Orbán"),
            E("Orbán is promised an annual debate and a possible review in two years", "AGREE",
              ["European Union", "Viktor Orbán"], "2024-02-01", "context", "occurred", "Der Ungar erhielt die Zusage"),
            E("Orbán does not get a veto over each payment", "REJECT", ["European Union", "Viktor Orbán"],
              "2024-02-01", "context", "occurred", "Ein Vetorecht bei jeder Auszahlung"),
            E("First tranche of the EU aid to flow in March", "AID", ["European Union", "Ukraine"], "2024-03", "text",
              "planned", "die erste Tranche bereits im März"),
            E("Zelensky joins the summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"], "2024-02-01",
              "context", "occurred", "per Video zugeschaltet"),
            E("Zelensky thanks the partners and praises their unity", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2024-02-01", "context", "occurred", "per Video zugeschaltet"),
            E("Kallas welcomes the deal as an important signal to Moscow", "SUPPORT", ["Kaja Kallas", "European Union"],
              "2024-02-01", "context", "occurred", "wichtiges Signal an Moskau"),
            E("Zelensky asks for more artillery ammunition and air defence", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-02-01", "context", "occurred",
              "Zugleich bat er um mehr Artilleriemunition"),
            E("Orbán calls again for an immediate ceasefire", "REQUEST", ["Viktor Orbán"], "2024-02-01", "context",
              "occurred", "Orbán schrieb auf X"),
            E("Peskov: the billions will only prolong the suffering", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2024-02-02", "text", "occurred", "die Milliarden würden am Ausgang"),
            E("EU ambassadors agree in principle to set aside profits from frozen Russian assets for Ukraine", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-01-29", "text", "occurred",
              "Gewinne aus eingefrorenen russischen Vermögen",
              note="decision in principle on the windfall profits (the conventions' frozen-assets rule)"),
        ],
        [
            S("European Union", "Michel: 'We have a deal'", "2024-02-01TMO", "text", "Wir haben eine Einigung"),
            S("Volodymyr Zelensky", "Thanks the partners; the decision is a sign of strong unity", "2024-02-01",
              "context", "per Video zugeschaltet"),
            S("Volodymyr Zelensky", "Asks for more artillery ammunition and air defence", "2024-02-01", "context",
              "Zugleich bat er um mehr Artilleriemunition"),
            S("Kaja Kallas", "The deal is an important signal to Moscow", "2024-02-01", "context",
              "wichtiges Signal an Moskau"),
            S("Viktor Orbán", "Hungarians' money will not end up in Ukraine; calls for an immediate ceasefire",
              "2024-02-01", "context", "Orbán schrieb auf X"),
            S("Dmitry Peskov", "The billions will not change the outcome of the conflict and only prolong the suffering",
              "2024-02-02", "text", "die Milliarden würden am Ausgang"),
        ],
        ["European Union", "Ukraine", "Viktor Orbán", "Ursula von der Leyen", "Olaf Scholz", "Germany",
         "Emmanuel Macron", "France", "Giorgia Meloni", "Volodymyr Zelensky", "Kaja Kallas", "Russia", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b34de03_wiederaufbaukonferenz_rom_2025_07", "2025-07-12", DE03,
        [
            T("Freitag", "DATE", "2025-07-11", 0),
            T("Donnerstag", "DATE", "2025-07-10", 0),
            T("Donnerstag", "DATE", "2025-07-10", 1),
            T("der Nacht zum Donnerstag", "TIME", "2025-07-09TNI", note="night of 9 to 10 July"),
            T("Donnerstag", "DATE", "2025-07-10", 3),
            T("Donnerstag", "DATE", "2025-07-10", 4),
            T("der kommenden Woche", "DATE", "2025-W29"),
            T("Wochenbeginn", "DATE", "2025-W28", mod="START"),
            T("Freitag", "DATE", "2025-07-11", 1),
            T("Mittwoch", "DATE", "2025-07-09"),
            T("Herbst", "DATE", "2025-FA"),
        ],
        [
            E("Fourth Ukraine Recovery Conference in Rome ends", "CONSULT",
              ["Giorgia Meloni", "Ukraine", "Volodymyr Zelensky", "Ursula von der Leyen", "Friedrich Merz"],
              "2025-07-11", "text", "occurred", "Mit Zusagen von mehr als zehn Milliarden Euro",
              note="the conference ran on 10-11 July; the text dates its end"),
            E("Pledges of more than ten billion euros for Ukraine's reconstruction", "AID", ["Ukraine"], "2025-07-11",
              "text", "occurred", "Mit Zusagen von mehr als zehn Milliarden Euro",
              note="the donors are not named"),
            E("Von der Leyen announces a European fund for private investment in Ukraine", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2025-07-10", "text", "occurred",
              "einen europäischen Fonds angekündigt"),
            E("Merz: Germany ready to buy additional Patriot systems in the US for Ukraine", "AGREE",
              ["Friedrich Merz", "Germany", "United States", "Ukraine"], "2025-07-10", "text", "occurred",
              "zusätzliche Patriot-Systeme"),
            E("Merz to discuss the details with Trump", "CONSULT", ["Friedrich Merz", "Donald Trump"], "2025-07-12",
              "published", "planned", "Über die Einzelheiten", note="no date given"),
            E("Merz accuses Putin of only feigning readiness to negotiate", "ACCUSE",
              ["Friedrich Merz", "Vladimir Putin"], "2025-07-10", "context", "occurred",
              "täusche Verhandlungsbereitschaft"),
            E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-07-09TNI", "text",
              "occurred", "In der Nacht zum Donnerstag", note="night of 9 to 10 July 2025"),
            E("Zelensky urges the partners to provide more air-defence systems", "REQUEST", ["Volodymyr Zelensky"],
              "2025-07-10", "text", "occurred", "Bei der Eröffnung am Donnerstag"),
            E("Zelensky meets US envoy Kellogg on the sidelines", "CONSULT", ["Volodymyr Zelensky", "Keith Kellogg"],
              "2025-07-10", "text", "occurred", "Am Rande der Konferenz traf"),
            E("Kellogg to travel to Kyiv next week", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-W29", "text",
              "planned", "Am Rande der Konferenz traf"),
            E("Video conference of the coalition of the willing with Kellogg, led by Starmer and Macron", "CONSULT",
              ["Keith Kellogg", "Volodymyr Zelensky", "Friedrich Merz", "Giorgia Meloni", "Keir Starmer",
               "Emmanuel Macron"], "2025-07-10", "context", "occurred", "Koalition der Willigen"),
            E("Trump announces more defensive weapons for Ukraine", "AID", ["Donald Trump", "Ukraine"], "2025-W28",
              "text", "planned", "weitere Verteidigungswaffen", date_mod="START"),
            E("Trump complains that Putin talks 'a lot of nonsense'", "ACCUSE", ["Donald Trump", "Vladimir Putin"],
              "2025-W28", "context", "occurred", "weitere Verteidigungswaffen", date_mod="START"),
            E("Peskov calls the Rome meeting an event to prolong the war", "ACCUSE", ["Dmitry Peskov"], "2025-07-11",
              "text", "occurred", "Veranstaltung zur Verlängerung"),
            E("Pope Leo XIV receives Zelensky at Castel Gandolfo", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2025-07-09", "text", "occurred", "Castel Gandolfo"),
            E("The Pope offers the Vatican as a venue for Kyiv–Moscow talks", "REQUEST",
              ["Vatican", "Ukraine", "Russia"], "2025-07-09", "context", "occurred", "Castel Gandolfo"),
        ],
        [
            S("Giorgia Meloni", "A strong signal: Europe will not leave Ukraine alone", "2025-07-11", "context",
              "starken Signal"),
            S("Ursula von der Leyen", "Announces a European fund starting with 220 million euros for private "
              "investment in Ukraine", "2025-07-10", "text", "einen europäischen Fonds angekündigt"),
            S("Friedrich Merz", "Germany is ready to buy additional Patriot systems in the US for Ukraine",
              "2025-07-10", "text", "zusätzliche Patriot-Systeme"),
            S("Friedrich Merz", "Will discuss the details with Trump", "2025-07-10", "context",
              "Über die Einzelheiten"),
            S("Friedrich Merz", "Putin only feigns readiness to negotiate; Russia relies on time and terror",
              "2025-07-10", "context", "täusche Verhandlungsbereitschaft"),
            S("Volodymyr Zelensky", "Urges the partners to provide more air-defence systems", "2025-07-10", "text",
              "Bei der Eröffnung am Donnerstag"),
            S("Donald Trump", "Will send Ukraine more defensive weapons; Putin talks a lot of nonsense", "2025-W28",
              "text", "weitere Verteidigungswaffen"),
            S("Dmitry Peskov", "The Rome meeting is an event to prolong the war", "2025-07-11", "text",
              "Veranstaltung zur Verlängerung"),
            S("Vatican", "The Pope offers the Vatican again as a venue for talks between Kyiv and Moscow",
              "2025-07-09", "context", "Castel Gandolfo"),
        ],
        ["Giorgia Meloni", "Ukraine", "Ursula von der Leyen", "European Union", "Friedrich Merz", "Germany",
         "United States", "Donald Trump", "Vladimir Putin", "Kremlin", "Russia", "Volodymyr Zelensky",
         "Keith Kellogg", "Keir Starmer", "United Kingdom", "Emmanuel Macron", "France", "Dmitry Peskov", "Vatican"],
    ),
    doc(
        "b34de04_schadenskommission_den_haag_2025_12", "2025-12-17", DE04,
        [
            T("Dienstag", "DATE", "2025-12-16"),
            T("Donnerstag", "DATE", "2025-12-18"),
            T("Mittwoch", "DATE", "2025-12-17"),
            T("Freitag", "DATE", "2025-12-12"),
            T("eine Woche", "DURATION", "P1W"),
            T("Sonntag", "DATE", "2025-12-14"),
            T("Montag", "DATE", "2025-12-15"),
            T("Mai 2023", "DATE", "2023-05"),
            T("Frühjahr 2024", "DATE", "2024-SP"),
        ],
        [
            E("Liechtenstein signs the convention on a claims commission for Ukraine", "AGREE", ["Ukraine"],
              "2025-12-16", "text", "occurred", "Aussenministerin Sabine Monauni setzte",
              note="Liechtenstein is not canonical; only the canonical side is listed"),
            E("35 states and the EU sign the claims commission convention", "AGREE",
              ["Ukraine", "European Union", "Germany", "France", "United Kingdom"], "2025-12-16", "context",
              "occurred", "Insgesamt unterzeichneten 35 Staaten"),
            E("Zelensky attends the diplomatic conference in The Hague", "CONSULT", ["Volodymyr Zelensky"],
              "2025-12-16", "context", "occurred", "persönlich zu der Konferenz angereist"),
            E("Zelensky: Russia must pay for every destroyed house, school and life", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-12-16", "context", "occurred", "jedes zerstörte Haus"),
            E("Zelensky urges the EU to use the frozen Russian assets for Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "European Union", "Russia"], "2025-12-16", "context", "occurred",
              "Selenskyj forderte die EU auf"),
            E("EU summit in Brussels on Thursday", "CONSULT", ["European Union"], "2025-12-18", "text", "planned",
              "Selenskyj forderte die EU auf"),
            E("Kallas: whoever wages a war of aggression must pay for it", "REQUEST", ["Kaja Kallas", "Russia"],
              "2025-12-16", "context", "occurred", "Auch die EU-Aussenbeauftragte"),
            E("Zelensky meets Dutch Prime Minister Schoof", "CONSULT", ["Volodymyr Zelensky"], "2025-12-16",
              "context", "occurred", "Am Rande traf Selenskyj", note="Schoof and the Netherlands are not canonical"),
            E("Zakharova calls the commission legally void", "REJECT", ["Maria Zakharova"], "2025-12-17", "text",
              "occurred", "juristisch nichtig"),
            E("Zakharova accuses the West of preparing a raid on Russian property", "ACCUSE", ["Maria Zakharova"],
              "2025-12-17", "text", "occurred", "juristisch nichtig"),
            E("Peskov: Russia will not recognise any decision of the commission", "REJECT", ["Dmitry Peskov"],
              "2025-12-17", "published", "occurred", "keine Entscheidung dieses Gremiums"),
            E("Russia's central bank sues Euroclear in a Moscow court", "ACCUSE", ["Russia"], "2025-12-12", "text",
              "occurred", "Die russische Zentralbank", note="Euroclear is not canonical"),
            E("US–Ukrainian talks on a peace plan in Berlin", "CONSULT", ["United States", "Ukraine"], "2025-12-14",
              "text", "occurred", "in Berlin Unterhändler", note="Sunday and Monday, 14-15 December 2025"),
            E("Register of damage decided at the Council of Europe summit in Reykjavik", "AGREE", ["European Union"],
              "2023-05", "text", "occurred", "Reykjavik"),
        ],
        [
            S("Volodymyr Zelensky", "Calls the signing a 'day of justice'", "2025-12-16", "context",
              "persönlich zu der Konferenz angereist"),
            S("Volodymyr Zelensky", "Russia must pay for every destroyed house, school and life", "2025-12-16",
              "context", "jedes zerstörte Haus"),
            S("Volodymyr Zelensky", "Urges the EU to use the frozen Russian assets for Ukraine at Thursday's summit",
              "2025-12-16", "context", "Selenskyj forderte die EU auf"),
            S("Kaja Kallas", "Whoever wages a war of aggression must pay for it", "2025-12-16", "context",
              "Auch die EU-Aussenbeauftragte"),
            S("Maria Zakharova", "The commission is legally void; the West is preparing a raid on Russian property",
              "2025-12-17", "text", "juristisch nichtig"),
            S("Dmitry Peskov", "Russia will not recognise any decision of the body", "2025-12-17", "published",
              "keine Entscheidung dieses Gremiums"),
        ],
        ["Ukraine", "European Union", "Germany", "France", "United Kingdom", "Russia", "Volodymyr Zelensky",
         "Kaja Kallas", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States"],
    ),
    doc(
        "b34de05_nord_stream_angebot_2026_10", "2026-10-09", DE05,
        [
            T("dem Winter", "DATE", "2026-WI"),
            T("Mittwoch", "DATE", "2026-10-07"),
            T("Donnerstag", "DATE", "2026-10-08"),
            T("Ende August 2022", "DATE", "2022-08", mod="END"),
            T("Wochenende", "DATE", "2026-W41-WE"),
            T("dem 1. Januar 2027", "DATE", "2027-01-01"),
            T("Freitag", "DATE", "2026-10-09", 0),
            T("der Nacht zum Freitag", "TIME", "2026-10-08TNI", note="night of 8 to 9 October"),
            T("der kommenden Woche", "DATE", "2026-W42"),
            T("den Winter", "DATE", "2026-WI"),
        ],
        [
            E("Putin offers to resume gas deliveries to Germany through Nord Stream 2", "REQUEST",
              ["Vladimir Putin", "Germany"], "2026-10-07", "context", "occurred", "hat Deutschland angeboten"),
            E("Putin's condition: the sanctions on the operator must be lifted", "REQUEST",
              ["Vladimir Putin", "Germany"], "2026-10-07", "context", "occurred", "Voraussetzung sei"),
            E("Merz rejects the offer", "REJECT", ["Friedrich Merz", "Vladimir Putin"], "2026-10-08", "text",
              "occurred", "wies das Angebot am Donnerstag zurück"),
            E("Russian gas deliveries through the Baltic Sea to Germany stopped", "SANCTION", ["Russia", "Germany"],
              "2022-08", "text", "occurred", "Seit Ende August 2022", date_mod="END",
              note="Gazprom halted Nord Stream 1 on 31 August 2022; the explosions 'einen Monat später' have no "
                   "named actor and are not annotated"),
            E("Merz to phone Zelensky at the weekend", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"],
              "2026-W41-WE", "text", "planned", "Regierungssprecher Stefan Kornelius"),
            E("EU to allow no Russian gas imports from 1 January 2027", "SANCTION", ["European Union", "Russia"],
              "2027-01-01", "text", "planned", "ab dem 1. Januar 2027"),
            E("Kallas: Putin's offer is meant to split Europe", "ACCUSE", ["Kaja Kallas", "Vladimir Putin"],
              "2026-10-09", "published", "occurred", "Europa spalten"),
            E("US keeps its sanctions on Nord Stream 2 in force", "REJECT", ["United States", "Russia"], "2026-10-09",
              "published", "occurred", "Das Außenministerium in Washington"),
            E("Peskov: the offer still stands", "REQUEST", ["Dmitry Peskov", "Germany"], "2026-10-09", "text",
              "occurred", "Der Ball liegt in Berlin"),
            E("Zelensky warns Berlin not to accept the offer", "REQUEST", ["Volodymyr Zelensky", "Germany"],
              "2026-10-09", "published", "occurred", "Selenskyj warnte die Bundesregierung"),
            E("Russian attack on gas production facilities in the Poltava region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-10-08TNI", "text", "occurred", "In der Nacht zum Freitag griff Russland",
              note="night of 8 to 9 October 2026"),
        ],
        [
            S("Vladimir Putin", "Russia can deliver before winter if Berlin wants it", "2026-10-07", "text",
              "Wir können noch vor dem Winter liefern"),
            S("Vladimir Putin", "Condition: the sanctions on the operator must be lifted", "2026-10-07", "context",
              "Voraussetzung sei"),
            S("Friedrich Merz", "Rejects Putin's gas offer", "2026-10-08", "text", "wies das Angebot am Donnerstag zurück"),
            S("Friedrich Merz", "We will not be blackmailed and will not return to dependence", "2026-10-08",
              "context", "Wir lassen uns nicht erpressen, und"),
            S("Germany", "Government spokesman: Merz will phone Zelensky at the weekend", "2026-10-09", "published",
              "Regierungssprecher Stefan Kornelius"),
            S("Kaja Kallas", "The EU will allow no Russian gas imports from 1 January 2027 anyway", "2026-10-09",
              "published", "ab dem 1. Januar 2027"),
            S("Kaja Kallas", "Putin's offer is meant to split Europe", "2026-10-09", "published", "Europa spalten"),
            S("United States", "State Department: US sanctions on Nord Stream 2 remain in force", "2026-10-09",
              "published", "Das Außenministerium in Washington"),
            S("Dmitry Peskov", "The offer stands; the ball is in Berlin's court", "2026-10-09", "text",
              "Der Ball liegt in Berlin"),
            S("Volodymyr Zelensky", "Every euro for Russian gas pays for missiles on Ukrainian cities", "2026-10-09",
              "published", "Selenskyj warnte die Bundesregierung"),
            S("Ukraine", "Russia again attacked gas production facilities in the Poltava region", "2026-10-09",
              "published", "In der Nacht zum Freitag griff Russland"),
        ],
        ["Vladimir Putin", "Kremlin", "Germany", "Russia", "Friedrich Merz", "Volodymyr Zelensky", "Ukraine",
         "Kaja Kallas", "European Union", "United States", "Dmitry Peskov"],
    ),
    doc(
        "b34de06_grossi_putin_petersburg_2022_10", "2022-10-12", DE06,
        [
            T("Dienstagabend", "TIME", "2022-10-11TEV"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Monaten", "DURATION", "PXM"),
            T("vergangene Woche", "DATE", "2022-W40"),
            T("Donnerstag", "DATE", "2022-10-06", 0),
            T("Samstag", "DATE", "2022-10-08"),
            T("Montag", "DATE", "2022-10-10"),
            T("November", "DATE", "2022-11"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2022-10-13", 1),
            T("Mittwoch", "DATE", "2022-10-12"),
        ],
        [
            E("IAEA chief Grossi meets Putin in St Petersburg", "CONSULT", ["IAEA", "Vladimir Putin"],
              "2022-10-11TEV", "text", "occurred", "ist am Dienstagabend in St. Petersburg"),
            E("Russian troops have occupied the Zaporizhzhia plant since early March", "ASSAULT", ["Russia", "Ukraine"],
              "2022-03", "text", "occurred", "seit Anfang März besetzt", date_mod="START",
              note="the plant was captured on 4 March 2022"),
            E("Grossi presses again for a protection zone around the plant", "REQUEST", ["IAEA", "Vladimir Putin"],
              "2022-10-11TEV", "context", "occurred", "Grossi warb bei dem Treffen"),
            E("Putin: Russia is open to dialogue on all nuclear-safety issues", "AGREE", ["Vladimir Putin", "IAEA"],
              "2022-10-11TEV", "context", "occurred", "Putin sagte laut Kreml"),
            E("Heaviest Russian missile strikes on Ukrainian cities since the start of the war", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10", "context", "occurred", "einen Tag nach den schwersten",
              note="the day before the Tuesday meeting; 'einen Tag nach' is event-anchored and not a timex"),
            E("Putin declares the plant Russian property by decree", "COERCE", ["Vladimir Putin", "Ukraine"],
              "2022-W40", "text", "occurred", "per Dekret", note="decree of 5 October 2022"),
            E("Kyiv calls the decree theft", "ACCUSE", ["Ukraine", "Vladimir Putin"], "2022-W40", "context",
              "occurred", "per Dekret"),
            E("Grossi meets Zelensky in Kyiv", "CONSULT", ["IAEA", "Volodymyr Zelensky"], "2022-10-06", "text",
              "occurred", "Grossi war am Donnerstag in Kiew"),
            E("Zelensky demands the full withdrawal of Russian troops and weapons from the plant", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-10-06", "context", "occurred", "vollständigen Abzug"),
            E("Energoatom accuses Russia of putting the staff under pressure", "ACCUSE", ["Ukraine", "Russia"],
              "2022-10-12", "published", "occurred", "Energoatom warf Russland vor"),
            E("Russian soldiers abduct the plant's deputy chief", "COERCE", ["Russia", "Ukraine"], "2022-10-10",
              "text", "occurred", "Energoatom warf Russland vor"),
            E("IAEA Board of Governors to discuss Zaporizhzhia in November", "CONSULT", ["IAEA"], "2022-11", "text",
              "planned", "Gouverneursrat"),
            E("Austria backs Grossi's mediation", "SUPPORT", ["IAEA"], "2022-10-12", "published", "occurred",
              "Schallenberg", note="Austria is not canonical; only the canonical side is listed"),
            E("Grossi to travel to Kyiv again", "CONSULT", ["IAEA", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "Grossi will in den kommenden Tagen"),
            E("Putin to meet Erdoğan in Astana", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2022-10-13",
              "text", "planned", "nach Astana"),
            E("UN General Assembly to vote on a resolution condemning Russia's annexation of four regions", "ACCUSE",
              ["United Nations", "Russia"], "2022-10-12", "text", "planned", "stimmt am Mittwoch"),
        ],
        [
            S("IAEA", "Grossi presses again for a protection zone around the plant", "2022-10-11TEV", "context",
              "Grossi warb bei dem Treffen"),
            S("IAEA", "Grossi: the situation remains very serious", "2022-10-11TEV", "context",
              "Die Lage ist weiterhin sehr ernst"),
            S("Vladimir Putin, via Kremlin", "Russia is open to dialogue on all nuclear-safety issues",
              "2022-10-11TEV", "context", "Putin sagte laut Kreml"),
            S("Ukraine", "Kyiv calls the decree theft", "2022-W40", "context", "per Dekret"),
            S("Volodymyr Zelensky", "Demands the full withdrawal of Russian troops and weapons from the plant",
              "2022-10-06", "context", "vollständigen Abzug"),
            S("Ukraine", "Energoatom: Russia puts the staff under pressure; the deputy chief was abducted on Monday",
              "2022-10-12", "published", "Energoatom warf Russland vor"),
        ],
        ["IAEA", "Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
         "Turkey", "United Nations"],
    ),
]
