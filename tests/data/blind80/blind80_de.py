"""German articles of the blind80 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b80de01 (Oldenburgische Volkszeitung)
DE01 = """
Chinas Sondergesandter Li Hui in Warschau: Tusk verlangt Lieferstopp für Russland

Warschau/Vechta. Polens Ministerpräsident Donald Tusk hat China aufgefordert, Russland nicht länger mit Gütern zu beliefern, die sich für die Rüstung nutzen lassen.
Bei einem Treffen mit dem chinesischen Sondergesandten für eurasische Angelegenheiten, Li Hui, sagte Tusk am Donnerstagnachmittag nach Angaben seines Sprechers, Peking könne zum Ende des Krieges in der Ukraine mehr beitragen als jedes andere Land, wenn es Moskau den Nachschub an Drohnenteilen und Werkzeugmaschinen abschneide.
Li habe zugesagt, die polnischen Sorgen an die Führung in Peking weiterzugeben, hieß es aus der Kanzlei.

Zuvor war der Diplomat knapp zwei Stunden lang mit Außenminister Radosław Sikorski zusammengekommen.
Sikorski warf der Volksrepublik vor, mit ihren Käufen von russischem Öl und Gas die Kriegskasse des Kremls zu füllen.
Li wies das zurück: China sei keine Konfliktpartei, liefere keine tödlichen Waffen und kontrolliere die Ausfuhr ziviler Güter „streng nach Recht und Gesetz“.
Er warb zugleich für die Gruppe „Freunde des Friedens“, die China und Brasilien im September 2024 am Rande der UN-Vollversammlung gegründet hatten, und lud Polen zu deren nächstem Treffen ein, das im März in Genf stattfinden soll.

Warschau ist die dritte Station einer Reise, die Li in der vergangenen Woche nach Moskau und am Dienstag nach Kiew geführt hatte.
In Moskau hatte ihn Außenminister Sergej Lawrow empfangen, der Pekings „ausgewogene Haltung“ lobte.
In Kiew bat ihn Außenminister Andrij Sybiha, Chinas Einfluss für die Rückkehr verschleppter ukrainischer Kinder zu nutzen.
Ein Treffen mit Präsident Wolodymyr Selenskyj kam nicht zustande; dessen Büro verwies auf Termine an der Front.

Am Montag wird der Sondergesandte in Berlin erwartet, wo er im Auswärtigen Amt mit dem Politischen Direktor sprechen soll.
Für Mitte kommender Woche ist ein Gespräch mit der EU-Außenbeauftragten Kaja Kallas in Brüssel geplant, die Peking zuletzt als „entscheidenden Ermöglicher“ des russischen Krieges bezeichnet hatte.

Kremlsprecher Dmitri Peskow reagierte gelassen auf die Gespräche in Warschau.
Russland schätze Chinas Bemühungen, doch Europäer, die Kiew weiter mit Waffen versorgten, hätten kein Recht, Peking Lektionen zu erteilen, sagte er am Freitag.
Außenamtssprecherin Maria Sacharowa hatte bereits am Mittwoch erklärt, Warschau sei „der letzte Ort“, an dem über Frieden gesprochen werden sollte.

Im Oldenburger Münsterland wird Lis Reise aufmerksam verfolgt.
Seit Peking im September 2025 Strafzölle auf Schweinefleisch aus der EU verhängt hat, sind die Ausfuhren der Schlachtbetriebe aus der Region nach China deutlich zurückgegangen.
Ein Sprecher des Landvolks Vechta sagte unserer Zeitung, man hoffe, dass die Bundesregierung das Thema am Montag ebenfalls anspreche.
"""

# ---------------------------------------------------------------- b80de02 (Asienspiegel)
DE02 = """
Selenskyj in Hiroshima: Biden sagt Munition zu, Modi verspricht Hilfe

Hiroshima – Der ukrainische Präsident Wolodymyr Selenskyj hat seinen Auftritt beim G7-Gipfel in Hiroshima für eine Reihe von Gesprächen genutzt, die ihm neue Zusagen einbrachten.
Am Sonntag sagte ihm US-Präsident Joe Biden bei einem Treffen am Rande des Gipfels ein weiteres Militärpaket im Umfang von 375 Millionen Dollar zu, das Artilleriegeschosse und Munition für Himars-Raketenwerfer umfasst.
«Wir werden nirgendwohin gehen», versicherte Biden.
Bereits am Freitag hatte Washington angekündigt, eine gemeinsame Ausbildung ukrainischer Piloten an Kampfjets des Typs F-16 mit europäischen Verbündeten zu unterstützen; Selenskyj sprach von einer «historischen Entscheidung».

Am Samstag war Selenskyj zum ersten Mal seit der russischen Invasion persönlich mit dem indischen Premierminister Narendra Modi zusammengetroffen.
Modi sagte, Indien und er persönlich würden «alles Mögliche» tun, um zu einer Lösung beizutragen.
Selenskyj lud Indien ein, sich seiner Friedensformel anzuschliessen, und bat um Unterstützung bei der Räumung von Minen.
Neu-Delhi hat den Angriff nie verurteilt und kauft seit vergangenem Jahr grosse Mengen russischen Öls.

Gastgeber Fumio Kishida empfing Selenskyj am Sonntagmorgen und sagte ihm rund hundert Fahrzeuge der Selbstverteidigungskräfte sowie Lebensmittelrationen zu.
Gemeinsam legten die beiden anschliessend im Friedenspark Kränze am Kenotaph nieder.
Am Samstag hatte Selenskyj bereits Bundeskanzler Olaf Scholz, den französischen Präsidenten Emmanuel Macron, Italiens Regierungschefin Giorgia Meloni und den britischen Premier Rishi Sunak getroffen.
Scholz sprach von einem «starken Signal» an Moskau, dass die G7 geschlossen hinter Kiew stünden.

Überschattet wurde der Besuch von widersprüchlichen Angaben über Bachmut.
Das russische Verteidigungsministerium meldete in der Nacht zum Sonntag die vollständige Einnahme der Stadt.
«Ich denke nicht», antwortete Selenskyj in Hiroshima auf die Frage, ob Bachmut noch in ukrainischer Hand sei.
Sein Sprecher stellte später klar, der Präsident habe den Fall der Stadt nicht bestätigt, die Kämpfe dauerten an.

Aus Moskau und Peking kam scharfe Kritik am Gipfel.
Aussenminister Sergej Lawrow warf den G7 am Samstag vor, Russland und China gleichzeitig eindämmen zu wollen.
Das chinesische Aussenministerium beschuldigte die Gruppe noch am Samstagabend, China zu verleumden und sich in seine inneren Angelegenheiten einzumischen.
Am Sonntag bestellte Peking den japanischen Botschafter ein, nachdem die G7 China in ihrer Erklärung vom Samstag aufgefordert hatten, Druck auf Moskau auszuüben.
Am Freitag hatten die G7 zudem neue Sanktionen gegen Russland beschlossen, die sich unter anderem gegen den Handel mit russischen Diamanten richten.
"""

# ---------------------------------------------------------------- b80de03 (Gmünder Tagespost)
DE03 = """
Selenskyj bietet Kim Jong-un Austausch gefangener Soldaten an

Kiew/Seoul. Der ukrainische Präsident Wolodymyr Selenskyj hat Nordkoreas Machthaber Kim Jong-un angeboten, zwei in der russischen Region Kursk gefangen genommene nordkoreanische Soldaten gegen Ukrainer in russischer Gefangenschaft auszutauschen.
Die Ukraine sei bereit, die beiden Männer an Kim zu übergeben, wenn dieser ihren Austausch gegen ukrainische Kriegsgefangene in Russland organisieren könne, schrieb Selenskyj am Sonntag auf der Plattform X.
Soldaten, die nicht zurückkehren wollten, könnten auch andere Wege offenstehen, fügte er hinzu.

Die beiden Männer waren nach Angaben des Geheimdienstes SBU am Donnerstag von ukrainischen Fallschirmjägern gefasst worden; einer ist am Kiefer, der andere an den Beinen verletzt.
Selenskyj hatte die Gefangennahme am Samstag öffentlich gemacht und tags darauf ein Video ihrer Befragung verbreitet.
Nach Kiewer Schätzungen kämpfen derzeit rund 11.000 nordkoreanische Soldaten im Gebiet Kursk an der Seite der russischen Armee.

Südkoreas Geheimdienst NIS bestätigte am Sonntag, er habe bei der Befragung der Gefangenen mit dem SBU zusammengearbeitet.
Vor Abgeordneten in Seoul bezifferte der Dienst am Montag die Verluste der nordkoreanischen Truppen auf rund 300 Tote und 2.700 Verwundete.
Das Außenministerium in Seoul erklärte, nordkoreanische Soldaten seien nach der Verfassung Bürger Südkoreas; wer es wünsche, werde aufgenommen.

Kremlsprecher Dmitri Peskow sagte am Montag lediglich, dazu habe er „nichts zu sagen“.
Moskau hat die Anwesenheit nordkoreanischer Truppen nie offiziell bestätigt.
Präsident Wladimir Putin hatte im Oktober nur erklärt, es sei „unsere Sache“, wie Russland den im Juni mit Pjöngjang geschlossenen Beistandsvertrag umsetze.
US-Außenminister Antony Blinken hatte vergangene Woche bei einem Besuch in Seoul gewarnt, Moskau wolle Nordkorea im Gegenzug Weltraum- und Satellitentechnik überlassen.

Am selben Donnerstag hatte Selenskyj auf dem US-Stützpunkt Ramstein an einem Treffen der Ukraine-Kontaktgruppe teilgenommen.
US-Verteidigungsminister Lloyd Austin kündigte dort ein weiteres Rüstungspaket über 500 Millionen Dollar an und versicherte, die Unterstützung werde nicht abreißen.
Selenskyj warb in Ramstein dafür, im Rahmen von Sicherheitsgarantien ausländische Truppen in der Ukraine zu stationieren.

In seiner Videoansprache am Sonntagabend rief Selenskyj die Verbündeten auf, den Druck auf Moskau und Pjöngjang zu erhöhen.
„Ohne nordkoreanische Soldaten und Granaten könnte Russland diesen Krieg nicht in dieser Form weiterführen“, sagte er.
Zuletzt hatten Russland und die Ukraine Ende Dezember je 150 Gefangene ausgetauscht, vermittelt von den Vereinigten Arabischen Emiraten.
Ob Moskau sich auf einen Austausch mit nordkoreanischer Beteiligung einlässt, gilt in Kiew als offen.
"""

# ---------------------------------------------------------------- b80de04 (Heidenheimer Zeitung)
DE04 = """
EU wirbt in Samarkand um Zentralasien – und verlangt Hilfe gegen Sanktionsumgehung

Samarkand/Heidenheim. Die Europäische Union will ihre Beziehungen zu den fünf zentralasiatischen Staaten auf eine neue Stufe heben.
Beim ersten Gipfeltreffen der EU mit Kasachstan, Kirgistan, Tadschikistan, Turkmenistan und Usbekistan vereinbarten EU-Ratspräsident António Costa und Kommissionspräsidentin Ursula von der Leyen am Freitag in Samarkand mit den fünf Staatschefs eine strategische Partnerschaft.
Von der Leyen kündigte ein Investitionspaket über zwölf Milliarden Euro an, das in Rohstoffe, Verkehrswege, Energie und digitale Netze fließen soll.
„Wir kommen nicht, um etwas zu nehmen, sondern um gemeinsam aufzubauen“, sagte sie.

Hinter verschlossenen Türen drängten die Europäer nach Angaben von Diplomaten darauf, die Wiederausfuhr von Gütern mit doppeltem Verwendungszweck nach Russland zu unterbinden.
Der Handel mit westlichen Elektronikbauteilen über die Region war nach dem russischen Einmarsch in die Ukraine im Februar 2022 sprunghaft gestiegen.
Bereits im Februar hatte die EU mit ihrem 16. Sanktionspaket auch Unternehmen in Drittstaaten ins Visier genommen, die Moskau beim Umgehen der Strafmaßnahmen helfen.
Costa sagte, Europa und Zentralasien verbinde das Interesse an einem „umfassenden, gerechten und dauerhaften Frieden“ in der Ukraine auf der Grundlage der UN-Charta.

Kremlsprecher Dmitri Peskow sagte am Freitag, Russland respektiere das souveräne Recht seiner Partner, Beziehungen zu wem auch immer zu pflegen.
Wer aber versuche, Zentralasien gegen Moskau auszuspielen, werde scheitern, warnte er.
Außenamtssprecherin Maria Sacharowa hatte der EU bereits am Donnerstag vorgeworfen, die Region in ihre „Sanktionsspiele“ hineinziehen zu wollen.
Kasachstans Präsident Kassym-Schomart Tokajew hatte Kremlchef Wladimir Putin erst im November in Astana empfangen.

Aus Kiew kam Zustimmung.
Außenminister Andrij Sybiha begrüßte am Samstag, dass sich die Gipfelteilnehmer zur Achtung der territorialen Unversehrtheit aller Staaten bekannt hätten, und rief die Region auf, Russlands Kriegswirtschaft „keine Hintertür“ zu öffnen.
Der nächste Gipfel soll in zwei Jahren stattfinden.

In Heidenheim wird die Annäherung aufmerksam verfolgt.
Der Wasserkraftspezialist Voith Hydro ist seit Jahren an der Modernisierung von Kraftwerken in Usbekistan und Tadschikistan beteiligt.
Ein Unternehmenssprecher sagte unserer Zeitung, die Zusagen von Samarkand könnten neue Aufträge bringen, etwa für Pumpspeicher- und Laufwasserkraftwerke.
"""

# ---------------------------------------------------------------- b80de05 (Die Glocke)
DE05 = """
„Warum sollte das ein Problem sein?“ – Jaishankar verteidigt in München Indiens Ölkäufe

München/Harsewinkel. Indiens Außenminister Subrahmanyam Jaishankar hat auf der Münchner Sicherheitskonferenz die umfangreichen Käufe russischen Öls durch sein Land verteidigt.
Auf einem Podium mit US-Außenminister Antony Blinken und Bundesaußenministerin Annalena Baerbock antwortete Jaishankar am Samstag auf die Frage, ob Indiens Ölgeschäfte mit Moskau den Westen störten: „Warum sollte das ein Problem sein?“
Wer klug genug sei, mehrere Optionen zu haben, verdiene Bewunderung und keine Kritik, fügte er hinzu; Blinken quittierte das mit einem Lächeln.

Indien ist seit dem Frühjahr 2022 zu einem der größten Abnehmer russischen Rohöls auf dem Seeweg geworden und profitiert von hohen Preisnachlässen.
Washington und Brüssel haben die Geschäfte bislang nicht mit Strafmaßnahmen belegt.
Baerbock sagte, Deutschland respektiere Indiens Entscheidungen, erwarte aber, dass kein Land Russland beim Umgehen der Sanktionen helfe.
Überschattet wurde die Konferenz vom Tod des Oppositionspolitikers Alexej Nawalny in einem Straflager; Blinken hatte Russland bereits am Freitag dafür verantwortlich gemacht.

Am Samstagabend traf Jaishankar den ukrainischen Außenminister Dmytro Kuleba.
Kuleba lud Indien ein, an dem von der Schweiz geplanten Friedensgipfel teilzunehmen, und bat Neu-Delhi, seinen Einfluss in Moskau für die Rückkehr verschleppter Kinder zu nutzen.
Jaishankar sagte hinterher, Indien werde jede Initiative unterstützen, die zu „Dialog und Diplomatie“ führe.
Mit Baerbock vereinbarte er am Sonntag, die Verhandlungen über ein Freihandelsabkommen zwischen der EU und Indien zu beschleunigen.

In Moskau wurden die Münchner Worte mit Genugtuung aufgenommen.
Außenminister Sergej Lawrow lobte am Sonntag Indiens „unabhängige Außenpolitik“.
Zugleich warf er dem Westen vor, souveränen Staaten vorschreiben zu wollen, bei wem sie einkaufen.

Im Kreis Gütersloh stößt die Debatte auf Interesse.
Der Landtechnikhersteller Claas aus Harsewinkel baut seit mehr als 15 Jahren Mähdrescher in Indien.
Ein Sprecher sagte der „Glocke“, Indien sei ein Wachstumsmarkt, an dem man festhalte.
"""

# ---------------------------------------------------------------- b80de06 (Goslarsche Zeitung)
DE06 = """
Lawrow und Blinken in Vientiane: ein Saal, kein Gespräch

Vientiane. Zum ersten Mal seit Monaten haben die Außenminister Russlands und der USA am Samstag im selben Raum gesessen – miteinander gesprochen haben sie nicht.
Beim Treffen der Außenminister des Ostasiengipfels in der laotischen Hauptstadt saßen Sergej Lawrow und Antony Blinken nur wenige Plätze voneinander entfernt; ein bilaterales Gespräch war nach Angaben beider Seiten nicht vorgesehen.

Blinken hatte am Freitagabend fast eine Stunde lang mit dem chinesischen Außenminister Wang Yi gesprochen.
Dabei äußerte er nach Angaben des State Department „tiefe Besorgnis“ über Chinas Unterstützung für die russische Rüstungsindustrie.
Wang habe entgegnet, Peking sei in der Ukraine-Frage „objektiv und unparteiisch“ und liefere keine tödlichen Waffen.

Lawrow und Wang waren bereits am Donnerstag zusammengekommen.
Beide vereinbarten laut dem russischen Außenministerium, Versuchen „außerregionaler Kräfte“, sich in Südostasien einzumischen, gemeinsam entgegenzutreten.
Wang hatte zu Beginn der Woche im südchinesischen Guangzhou den ukrainischen Außenminister Dmytro Kuleba empfangen, der sich dort zu Verhandlungen mit Russland „in einem bestimmten Stadium“ bereit erklärt hatte.

Auf einer Pressekonferenz zum Abschluss seines Aufenthalts sagte Lawrow, Moskau sei bereit, „jeden ernsthaften Vorschlag“ zu prüfen, der die „Realitäten vor Ort“ berücksichtige.
Die ukrainische Friedensformel nannte er ein „Ultimatum“, über das nicht geredet werde.
Scharf kritisierte Lawrow die Absicht der USA, von 2026 an weitreichende Raketen in Deutschland zu stationieren, was Washington und Berlin am Rande des Nato-Gipfels Anfang Juli angekündigt hatten.
Russland werde „spiegelbildlich“ reagieren, drohte er.

Laos, das in diesem Jahr den Vorsitz der südostasiatischen Staatengemeinschaft Asean führt, hatte sich um Zurückhaltung bemüht.
In der Abschlusserklärung der Asean-Außenminister hieß es lediglich, man rufe zur Achtung der Souveränität und der territorialen Unversehrtheit aller Staaten auf.
Blinken reiste am Samstag weiter nach Tokio, wo er am Sonntag gemeinsam mit Verteidigungsminister Lloyd Austin seine japanischen Kollegen zu Zwei-plus-zwei-Gesprächen treffen sollte.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b80de01_li_hui_warschau_2026_02", "2026-02-13", DE01,
        [
            T("Donnerstagnachmittag", "TIME", "2026-02-12TAF"),
            T("knapp zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("September 2024", "DATE", "2024-09"),
            T("März", "DATE", "2026-03"),
            T("der vergangenen Woche", "DATE", "2026-W06"),
            T("Dienstag", "DATE", "2026-02-10"),
            T("Montag", "DATE", "2026-02-16", 0),
            T("Mitte kommender Woche", "DATE", "2026-W08", mod="MID"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Freitag", "DATE", "2026-02-13"),
            T("Mittwoch", "DATE", "2026-02-11"),
            T("September 2025", "DATE", "2025-09"),
            T("Montag", "DATE", "2026-02-16", 1),
        ],
        [
            E("Tusk meets China's special envoy Li Hui in Warsaw", "CONSULT", ["Donald Tusk", "China"],
              "2026-02-12TAF", "text", "occurred", "sagte Tusk am Donnerstagnachmittag"),
            E("Tusk urges China to cut off supplies of drone parts and machine tools to Russia", "REQUEST",
              ["Donald Tusk", "China"], "2026-02-12TAF", "context", "occurred", "sagte Tusk am Donnerstagnachmittag"),
            E("Li Hui promises to pass Poland's concerns on to the Chinese leadership", "AGREE",
              ["China", "Donald Tusk"], "2026-02-12TAF", "context", "occurred", "Li habe zugesagt"),
            E("Li Hui meets Foreign Minister Sikorski for nearly two hours", "CONSULT", ["China", "Poland"],
              "2026-02-12", "context", "occurred", "knapp zwei Stunden lang mit Außenminister"),
            E("Sikorski accuses China of filling the Kremlin's war chest with oil and gas purchases", "ACCUSE",
              ["Poland", "China"], "2026-02-12", "context", "occurred", "Sikorski warf der Volksrepublik vor"),
            E("Li rejects the charge: China is no party to the conflict and sends no lethal weapons", "REJECT",
              ["China", "Poland"], "2026-02-12", "context", "occurred", "Li wies das zurück"),
            E("China and Brazil founded the Friends of Peace group at the UN General Assembly", "COOPERATE",
              ["China"], "2024-09", "text", "occurred", "Er warb zugleich für die Gruppe",
              note="Brazil is not canonical"),
            E("Li invites Poland to the next Friends of Peace meeting", "REQUEST", ["China", "Poland"],
              "2026-02-12", "context", "occurred", "Er warb zugleich für die Gruppe"),
            E("Next meeting of the Friends of Peace in Geneva", "CONSULT", ["China"], "2026-03", "text", "planned",
              "Er warb zugleich für die Gruppe"),
            E("Lavrov receives Li Hui in Moscow", "CONSULT", ["Sergey Lavrov", "China"], "2026-W06", "context",
              "occurred", "In Moskau hatte ihn Außenminister"),
            E("Lavrov praises Beijing's balanced position", "SUPPORT", ["Sergey Lavrov", "China"], "2026-W06",
              "context", "occurred", "In Moskau hatte ihn Außenminister"),
            E("Sybiha meets Li Hui in Kyiv", "CONSULT", ["Andrii Sybiha", "China"], "2026-02-10", "context",
              "occurred", "In Kiew bat ihn Außenminister"),
            E("Sybiha asks China to use its influence for the return of deported Ukrainian children", "REQUEST",
              ["Andrii Sybiha", "China"], "2026-02-10", "context", "occurred", "In Kiew bat ihn Außenminister"),
            E("No meeting between Zelensky and Li Hui", "CONSULT", ["Volodymyr Zelensky", "China"], "2026-02-10",
              "context", "cancelled", "Ein Treffen mit Präsident Wolodymyr Selenskyj kam nicht zustande"),
            E("Li Hui expected at the Foreign Office in Berlin", "CONSULT", ["China", "Germany"], "2026-02-16",
              "text", "planned", "Am Montag wird der Sondergesandte in Berlin erwartet"),
            E("Li Hui to meet Kallas in Brussels", "CONSULT", ["China", "Kaja Kallas"], "2026-W08", "text",
              "planned", "Für Mitte kommender Woche", date_mod="MID"),
            E("Kallas called Beijing a decisive enabler of Russia's war", "ACCUSE", ["Kaja Kallas", "China"],
              "PAST_REF", "vague", "occurred", "Für Mitte kommender Woche"),
            E("Peskov: Russia values China's efforts", "SUPPORT", ["Dmitry Peskov", "China"], "2026-02-13", "text",
              "occurred", "Russland schätze Chinas Bemühungen"),
            E("Peskov: Europeans arming Kyiv have no right to lecture Beijing", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-02-13", "text", "occurred",
              "Russland schätze Chinas Bemühungen"),
            E("Zakharova calls Warsaw the last place to talk about peace", "ACCUSE", ["Maria Zakharova", "Poland"],
              "2026-02-11", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("China imposed punitive duties on EU pork", "SANCTION", ["China", "European Union"], "2025-09", "text",
              "occurred", "Strafzölle auf Schweinefleisch"),
        ],
        [
            S("Donald Tusk", "Beijing could do more than any other country to end the war if it cut off Moscow's "
              "supplies of drone parts and machine tools", "2026-02-12TAF", "context",
              "sagte Tusk am Donnerstagnachmittag"),
            S("China", "Li Hui promised to pass Poland's concerns on to Beijing (per Tusk's office)", "2026-02-12TAF",
              "context", "Li habe zugesagt"),
            S("Poland", "Sikorski: China fills the Kremlin's war chest by buying Russian oil and gas", "2026-02-12",
              "context", "Sikorski warf der Volksrepublik vor"),
            S("China", "Li: China is no party to the conflict, sends no lethal weapons, controls exports strictly",
              "2026-02-12", "context", "Li wies das zurück"),
            S("Sergey Lavrov", "Praises Beijing's balanced position", "2026-W06", "context",
              "In Moskau hatte ihn Außenminister"),
            S("Andrii Sybiha", "Asks China to use its influence for the return of deported children", "2026-02-10",
              "context", "In Kiew bat ihn Außenminister"),
            S("Ukraine", "Zelensky's office cites appointments at the front", "2026-02-10", "context",
              "Ein Treffen mit Präsident Wolodymyr Selenskyj kam nicht zustande"),
            S("Kaja Kallas", "Calls Beijing a decisive enabler of Russia's war", "PAST_REF", "vague",
              "Für Mitte kommender Woche"),
            S("Dmitry Peskov", "Reacts calmly to the Warsaw talks", "2026-02-13", "context",
              "Kremlsprecher Dmitri Peskow reagierte gelassen"),
            S("Dmitry Peskov", "Russia values China's efforts; Europeans arming Kyiv have no right to lecture Beijing",
              "2026-02-13", "text", "Russland schätze Chinas Bemühungen"),
            S("Maria Zakharova", "Warsaw is the last place where peace should be discussed", "2026-02-11", "text",
              "Außenamtssprecherin Maria Sacharowa"),
        ],
        ["Donald Tusk", "China", "Russia", "Ukraine", "Poland", "Kremlin", "United Nations", "Sergey Lavrov",
         "Andrii Sybiha", "Volodymyr Zelensky", "Germany", "European Union", "Kaja Kallas", "Dmitry Peskov",
         "Maria Zakharova"],
    ),
    doc(
        "b80de02_selenskyj_hiroshima_2023_05", "2023-05-21", DE02,
        [
            T("Sonntag", "DATE", "2023-05-21", 0),
            T("Freitag", "DATE", "2023-05-19", 0),
            T("Samstag", "DATE", "2023-05-20", 0),
            T("vergangenem Jahr", "DATE", "2022"),
            T("Sonntagmorgen", "TIME", "2023-05-21TMO"),
            T("Samstag", "DATE", "2023-05-20", 1),
            T("der Nacht zum Sonntag", "TIME", "2023-05-20TNI", note="night of 20 to 21 May"),
            T("Samstag", "DATE", "2023-05-20", 2),
            T("Samstagabend", "TIME", "2023-05-20TEV"),
            T("Sonntag", "DATE", "2023-05-21", 2),
            T("Samstag", "DATE", "2023-05-20", 3),
            T("Freitag", "DATE", "2023-05-19", 1),
        ],
        [
            E("Biden meets Zelensky on the sidelines of the G7 summit", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2023-05-21", "text", "occurred", "Am Sonntag sagte ihm US-Präsident"),
            E("Biden pledges a further 375 million dollar military package for Ukraine", "AID",
              ["Joe Biden", "Ukraine"], "2023-05-21", "text", "occurred", "Am Sonntag sagte ihm US-Präsident"),
            E("Biden promises the US is not going anywhere", "AGREE", ["Joe Biden", "Ukraine"], "2023-05-21",
              "context", "occurred", "«Wir werden nirgendwohin gehen»"),
            E("Washington announces support for joint F-16 pilot training", "AID", ["United States", "Ukraine"],
              "2023-05-19", "text", "occurred", "Bereits am Freitag hatte Washington"),
            E("Zelensky welcomes the F-16 decision as historic", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2023-05-19", "context", "occurred", "Bereits am Freitag hatte Washington"),
            E("Zelensky meets Modi for the first time since the invasion", "CONSULT", ["Volodymyr Zelensky"],
              "2023-05-20", "text", "occurred", "persönlich mit dem indischen Premierminister",
              note="Modi and India are not canonical"),
            E("Modi promises India will do everything possible to help find a solution", "AGREE",
              ["Volodymyr Zelensky"], "2023-05-20", "context", "occurred", "Modi sagte, Indien"),
            E("Zelensky invites India to join his peace formula", "REQUEST", ["Volodymyr Zelensky"], "2023-05-20",
              "context", "occurred", "Selenskyj lud Indien ein"),
            E("Zelensky asks India for help with demining", "REQUEST", ["Volodymyr Zelensky"], "2023-05-20",
              "context", "occurred", "Selenskyj lud Indien ein"),
            E("India buys large amounts of Russian oil", "COOPERATE", ["Russia"], "2022", "text", "occurred",
              "kauft seit vergangenem Jahr", date_mod="START"),
            E("Kishida receives Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2023-05-21TMO", "text", "occurred",
              "Gastgeber Fumio Kishida"),
            E("Japan pledges about a hundred SDF vehicles and food rations", "AID", ["Ukraine"], "2023-05-21TMO",
              "context", "occurred", "Gastgeber Fumio Kishida"),
            E("Zelensky meets Scholz", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"], "2023-05-20", "text",
              "occurred", "Am Samstag hatte Selenskyj bereits"),
            E("Zelensky meets Macron", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"], "2023-05-20", "text",
              "occurred", "Am Samstag hatte Selenskyj bereits"),
            E("Zelensky meets Meloni", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"], "2023-05-20", "text",
              "occurred", "Am Samstag hatte Selenskyj bereits"),
            E("Zelensky meets Sunak", "CONSULT", ["Volodymyr Zelensky", "United Kingdom"], "2023-05-20", "text",
              "occurred", "Am Samstag hatte Selenskyj bereits"),
            E("Scholz: a strong signal that the G7 stand united behind Kyiv", "SUPPORT", ["Olaf Scholz", "Ukraine"],
              "2023-05-20", "context", "occurred", "Scholz sprach von einem"),
            E("Russia claims the capture of Bakhmut", "ASSAULT", ["Russia", "Ukraine"], "2023-05-20TNI", "text",
              "uncertain", "Das russische Verteidigungsministerium meldete"),
            E("Kyiv denies that Bakhmut has fallen", "REJECT", ["Ukraine", "Russia"], "2023-05-21", "published",
              "occurred", "Sein Sprecher stellte später klar"),
            E("Lavrov accuses the G7 of seeking to contain Russia and China", "ACCUSE",
              ["Sergey Lavrov", "United States", "Germany", "France", "United Kingdom"], "2023-05-20", "text", "occurred",
              "Aussenminister Sergej Lawrow warf den G7"),
            E("China's foreign ministry accuses the G7 of slander and interference", "ACCUSE",
              ["China", "United States", "Germany", "France", "United Kingdom"], "2023-05-20TEV", "text", "occurred",
              "Das chinesische Aussenministerium beschuldigte"),
            E("Beijing summons the Japanese ambassador", "ACCUSE", ["China"], "2023-05-21", "text", "occurred",
              "Am Sonntag bestellte Peking"),
            E("G7 call on China to press Moscow", "REQUEST", ["United States", "Germany", "France", "United Kingdom", "China"], "2023-05-20",
              "text", "occurred", "Am Sonntag bestellte Peking"),
            E("G7 agree new sanctions on Russia including on the diamond trade", "SANCTION",
              ["United States", "Germany", "France", "United Kingdom", "Russia"], "2023-05-19", "text", "occurred",
              "neue Sanktionen gegen Russland beschlossen"),
        ],
        [
            S("Joe Biden", "We are not going anywhere", "2023-05-21", "context", "«Wir werden nirgendwohin gehen»"),
            S("Volodymyr Zelensky", "Calls the F-16 decision historic", "2023-05-19", "context",
              "Bereits am Freitag hatte Washington"),
            S("Volodymyr Zelensky", "Invites India to join the peace formula and asks for help with demining",
              "2023-05-20", "context", "Selenskyj lud Indien ein"),
            S("Olaf Scholz", "Zelensky's presence is a strong signal to Moscow that the G7 stand united behind Kyiv",
              "2023-05-20", "context", "Scholz sprach von einem"),
            S("Russia", "Defence ministry claims the full capture of Bakhmut", "2023-05-20TNI", "text",
              "Das russische Verteidigungsministerium meldete"),
            S("Volodymyr Zelensky", "Asked whether Bakhmut is still in Ukrainian hands: I think not", "2023-05-21",
              "published", "antwortete Selenskyj in Hiroshima"),
            S("Ukraine", "Zelensky's spokesman: the president did not confirm the fall of the city, fighting goes on",
              "2023-05-21", "published", "Sein Sprecher stellte später klar"),
            S("Sergey Lavrov", "The G7 want to contain Russia and China at the same time", "2023-05-20", "text",
              "Aussenminister Sergej Lawrow warf den G7"),
            S("Russia", "Sharp criticism of the summit from Moscow", "2023-05-21", "published",
              "Aus Moskau und Peking kam scharfe Kritik"),
            S("China", "Sharp criticism of the summit from Beijing", "2023-05-21", "published",
              "Aus Moskau und Peking kam scharfe Kritik"),
            S("China", "The G7 slander China and interfere in its internal affairs", "2023-05-20TEV", "text",
              "Das chinesische Aussenministerium beschuldigte"),
        ],
        ["Volodymyr Zelensky", "Joe Biden", "United States", "Ukraine", "Russia", "Olaf Scholz", "Germany",
         "Emmanuel Macron", "France", "Giorgia Meloni", "United Kingdom", "Sergey Lavrov", "China"],
    ),
    doc(
        "b80de03_nordkoreanische_gefangene_2025_01", "2025-01-13", DE03,
        [
            T("Sonntag", "DATE", "2025-01-12", 0),
            T("Donnerstag", "DATE", "2025-01-09"),
            T("Samstag", "DATE", "2025-01-11"),
            T("tags darauf", "DATE", "2025-01-12"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Sonntag", "DATE", "2025-01-12", 1),
            T("Montag", "DATE", "2025-01-13", 0),
            T("Montag", "DATE", "2025-01-13", 1),
            T("Oktober", "DATE", "2024-10"),
            T("Juni", "DATE", "2024-06"),
            T("vergangene Woche", "DATE", "2025-W02"),
            T("selben Donnerstag", "DATE", "2025-01-09", note="the Thursday of the capture"),
            T("Sonntagabend", "TIME", "2025-01-12TEV"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("Ende Dezember", "DATE", "2024-12", mod="END"),
        ],
        [
            E("Zelensky offers to hand two captured North Korean soldiers to Kim in exchange for Ukrainian POWs",
              "REQUEST", ["Volodymyr Zelensky"], "2025-01-12", "text", "occurred", "schrieb Selenskyj am Sonntag",
              note="Kim Jong-un and North Korea are not canonical"),
            E("Ukrainian paratroopers capture two North Korean soldiers in Kursk region", "COERCE", ["Ukraine"],
              "2025-01-09", "text", "occurred", "am Donnerstag von ukrainischen Fallschirmjägern"),
            E("North Korean soldiers fight alongside the Russian army in Kursk region", "MOBILIZE", ["Russia"],
              "PRESENT_REF", "vague", "occurred", "Nach Kiewer Schätzungen"),
            E("South Korea's NIS cooperated with the SBU in questioning the prisoners", "COOPERATE", ["Ukraine"],
              "2025-01-12", "text", "occurred", "Südkoreas Geheimdienst NIS bestätigte"),
            E("Russia and North Korea concluded a mutual-assistance treaty", "AGREE", ["Russia"], "2024-06", "text",
              "occurred", "Präsident Wladimir Putin hatte im Oktober"),
            E("Blinken visits Seoul", "CONSULT", ["Antony Blinken"], "2025-W02", "text", "occurred",
              "US-Außenminister Antony Blinken hatte vergangene Woche"),
            E("Blinken warns Moscow wants to give North Korea space and satellite technology in return", "ACCUSE",
              ["Antony Blinken", "Russia"], "2025-W02", "text", "occurred",
              "US-Außenminister Antony Blinken hatte vergangene Woche"),
            E("Zelensky attends the Ukraine contact group meeting at Ramstein", "CONSULT",
              ["Volodymyr Zelensky", "United States"], "2025-01-09", "text", "occurred",
              "Am selben Donnerstag hatte Selenskyj"),
            E("Austin announces a further 500 million dollar arms package", "AID", ["United States", "Ukraine"],
              "2025-01-09", "context", "occurred", "US-Verteidigungsminister Lloyd Austin"),
            E("Austin promises support will not stop", "AGREE", ["United States", "Ukraine"], "2025-01-09", "context",
              "occurred", "US-Verteidigungsminister Lloyd Austin"),
            E("Zelensky argues for stationing foreign troops in Ukraine as part of security guarantees", "REQUEST",
              ["Volodymyr Zelensky"], "2025-01-09", "context", "occurred", "Selenskyj warb in Ramstein"),
            E("Zelensky calls on allies to increase pressure on Moscow and Pyongyang", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-01-12TEV", "text", "occurred",
              "In seiner Videoansprache am Sonntagabend"),
            E("Zelensky: without North Korean soldiers and shells Russia could not wage the war in this form",
              "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2025-01-12TEV", "context", "occurred",
              "Ohne nordkoreanische Soldaten und Granaten"),
            E("Russia and Ukraine exchanged 150 prisoners each, mediated by the UAE", "CONCEDE", ["Russia", "Ukraine"],
              "2024-12", "text", "occurred", "je 150 Gefangene ausgetauscht", date_mod="END"),
        ],
        [
            S("Volodymyr Zelensky", "Ready to hand the two men to Kim if he arranges their exchange for Ukrainian "
              "POWs in Russia", "2025-01-12", "text", "schrieb Selenskyj am Sonntag"),
            S("Volodymyr Zelensky", "Soldiers who do not want to return may have other options", "2025-01-12",
              "context", "Soldaten, die nicht zurückkehren wollten"),
            S("Ukraine", "SBU: the two men were captured on Thursday and are wounded", "2025-01-13", "published",
              "am Donnerstag von ukrainischen Fallschirmjägern"),
            S("Volodymyr Zelensky", "Made the capture public", "2025-01-11", "text",
              "Selenskyj hatte die Gefangennahme am Samstag"),
            S("Ukraine", "About 11,000 North Korean soldiers fight in Kursk region", "2025-01-13", "published",
              "Nach Kiewer Schätzungen"),
            S("Dmitry Peskov", "Has nothing to say about it", "2025-01-13", "text", "Kremlsprecher Dmitri Peskow sagte"),
            S("Vladimir Putin", "How Russia implements the treaty with Pyongyang is our business", "2024-10", "text",
              "Präsident Wladimir Putin hatte im Oktober"),
            S("Antony Blinken", "Moscow wants to give North Korea space and satellite technology in return",
              "2025-W02", "text", "US-Außenminister Antony Blinken hatte vergangene Woche"),
            S("United States", "Austin: a further 500 million dollar package; support will not stop", "2025-01-09",
              "context", "US-Verteidigungsminister Lloyd Austin"),
            S("Volodymyr Zelensky", "Argues for foreign troops in Ukraine as part of security guarantees",
              "2025-01-09", "context", "Selenskyj warb in Ramstein"),
            S("Volodymyr Zelensky", "Calls on allies to increase pressure on Moscow and Pyongyang", "2025-01-12TEV",
              "text", "In seiner Videoansprache am Sonntagabend"),
            S("Volodymyr Zelensky", "Without North Korean soldiers and shells Russia could not continue the war in "
              "this form", "2025-01-12TEV", "context", "Ohne nordkoreanische Soldaten und Granaten"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Antony Blinken",
         "United States"],
    ),
    doc(
        "b80de04_eu_zentralasien_samarkand_2025_04", "2025-04-05", DE04,
        [
            T("Freitag", "DATE", "2025-04-04", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("Februar", "DATE", "2025-02", 1),
            T("Freitag", "DATE", "2025-04-04", 1),
            T("Donnerstag", "DATE", "2025-04-03"),
            T("November", "DATE", "2024-11"),
            T("Samstag", "DATE", "2025-04-05"),
            T("zwei Jahren", "DURATION", "P2Y", note="the next summit in 2027"),
            T("Jahren", "DURATION", "PXY", 1),
        ],
        [
            E("First EU–Central Asia summit in Samarkand", "CONSULT", ["European Union", "Ursula von der Leyen"],
              "2025-04-04", "text", "occurred", "Beim ersten Gipfeltreffen der EU",
              note="the five Central Asian states are not canonical"),
            E("EU and the five Central Asian states agree a strategic partnership", "AGREE",
              ["European Union", "Ursula von der Leyen"], "2025-04-04", "text", "occurred",
              "Beim ersten Gipfeltreffen der EU"),
            E("Von der Leyen announces a 12 billion euro investment package", "AID",
              ["Ursula von der Leyen", "European Union"], "2025-04-04", "context", "occurred",
              "Von der Leyen kündigte ein Investitionspaket"),
            E("Europeans press Central Asia to stop re-exports of dual-use goods to Russia", "REQUEST",
              ["European Union", "Russia"], "2025-04-04", "context", "occurred", "Hinter verschlossenen Türen"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "nach dem russischen Einmarsch in die Ukraine"),
            E("EU's 16th sanctions package also targets firms in third countries", "SANCTION",
              ["European Union", "Russia"], "2025-02", "text", "occurred", "16. Sanktionspaket"),
            E("Peskov: Russia respects its partners' sovereign right to relations with anyone", "SUPPORT",
              ["Dmitry Peskov"], "2025-04-04", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Peskov warns that attempts to play Central Asia off against Moscow will fail", "REQUEST",
              ["Dmitry Peskov", "European Union"], "2025-04-04", "context", "occurred",
              "Wer aber versuche, Zentralasien"),
            E("Zakharova accuses the EU of drawing the region into its sanctions games", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-04-03", "text", "occurred",
              "Außenamtssprecherin Maria Sacharowa hatte der EU"),
            E("Tokayev received Putin in Astana", "CONSULT", ["Vladimir Putin"], "2024-11", "text", "occurred",
              "Tokajew hatte Kremlchef"),
            E("Sybiha welcomes the summit's commitment to territorial integrity", "SUPPORT",
              ["Andrii Sybiha", "European Union"], "2025-04-05", "text", "occurred", "begrüßte am Samstag"),
            E("Sybiha urges Central Asia to open no back door for Russia's war economy", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-04-05", "text", "occurred", "begrüßte am Samstag"),
            E("Next EU–Central Asia summit", "CONSULT", ["European Union"], "2027", "text", "planned",
              "Der nächste Gipfel soll"),
        ],
        [
            S("Ursula von der Leyen", "We do not come to take but to build together", "2025-04-04", "context",
              "Wir kommen nicht, um etwas zu nehmen"),
            S("European Union", "Costa: Europe and Central Asia share an interest in a just and lasting peace in "
              "Ukraine based on the UN Charter", "2025-04-04", "context", "Costa sagte, Europa und Zentralasien"),
            S("Dmitry Peskov", "Russia respects its partners' sovereign right to relations with anyone", "2025-04-04",
              "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Dmitry Peskov", "Attempts to play Central Asia off against Moscow will fail", "2025-04-04", "context",
              "Wer aber versuche, Zentralasien"),
            S("Maria Zakharova", "The EU wants to draw the region into its sanctions games", "2025-04-03", "text",
              "Außenamtssprecherin Maria Sacharowa hatte der EU"),
            S("Ukraine", "Approval from Kyiv", "2025-04-05", "context", "Aus Kiew kam Zustimmung"),
            S("Andrii Sybiha", "Welcomes the commitment to territorial integrity; no back door for Russia's war "
              "economy", "2025-04-05", "text", "begrüßte am Samstag"),
        ],
        ["European Union", "Ursula von der Leyen", "Russia", "Ukraine", "United Nations", "Dmitry Peskov",
         "Kremlin", "Maria Zakharova", "Vladimir Putin", "Andrii Sybiha"],
    ),
    doc(
        "b80de05_jaishankar_muenchen_oel_2024_02", "2024-02-19", DE05,
        [
            T("Samstag", "DATE", "2024-02-17"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("Freitag", "DATE", "2024-02-16"),
            T("Samstagabend", "TIME", "2024-02-17TEV"),
            T("Sonntag", "DATE", "2024-02-18", 0),
            T("Sonntag", "DATE", "2024-02-18", 1),
            T("mehr als 15 Jahren", "DURATION", "P15Y", mod="MORE_THAN"),
        ],
        [
            E("Jaishankar rejects Western criticism of India's Russian oil purchases", "REJECT",
              ["United States", "Germany"], "2024-02-17", "text", "occurred", "antwortete Jaishankar am Samstag",
              note="India and Jaishankar are not canonical; the canonical side is the panel's questioners"),
            E("India has become one of the largest buyers of Russian seaborne crude", "COOPERATE", ["Russia"],
              "2022-SP", "text", "occurred", "Indien ist seit dem Frühjahr 2022", date_mod="START"),
            E("Baerbock expects no country to help Russia evade sanctions", "REQUEST", ["Germany", "Russia"],
              "2024-02-17", "context", "occurred", "Baerbock sagte, Deutschland respektiere"),
            E("Blinken holds Russia responsible for Navalny's death", "ACCUSE", ["Antony Blinken", "Russia"],
              "2024-02-16", "text", "occurred", "Überschattet wurde die Konferenz"),
            E("Jaishankar meets Kuleba in Munich", "CONSULT", ["Ukraine"], "2024-02-17TEV", "text", "occurred",
              "Am Samstagabend traf Jaishankar"),
            E("Kuleba invites India to the peace summit planned by Switzerland", "REQUEST", ["Ukraine"],
              "2024-02-17TEV", "context", "occurred", "Kuleba lud Indien ein"),
            E("Kuleba asks New Delhi to use its influence in Moscow for the return of deported children", "REQUEST",
              ["Ukraine", "Russia"], "2024-02-17TEV", "context", "occurred", "Kuleba lud Indien ein"),
            E("Jaishankar: India will support any initiative leading to dialogue and diplomacy", "AGREE",
              ["Ukraine"], "2024-02-17TEV", "context", "occurred", "Jaishankar sagte hinterher"),
            E("Jaishankar meets Baerbock", "CONSULT", ["Germany"], "2024-02-18", "text", "occurred",
              "Mit Baerbock vereinbarte er am Sonntag"),
            E("Baerbock and Jaishankar agree to speed up EU–India free-trade talks", "AGREE",
              ["Germany", "European Union"], "2024-02-18", "text", "occurred", "Mit Baerbock vereinbarte er am Sonntag"),
            E("Lavrov praises India's independent foreign policy", "SUPPORT", ["Sergey Lavrov"], "2024-02-18", "text",
              "occurred", "Außenminister Sergej Lawrow lobte am Sonntag"),
            E("Lavrov accuses the West of dictating to sovereign states where to buy", "ACCUSE", ["Sergey Lavrov"],
              "2024-02-18", "context", "occurred", "Zugleich warf er dem Westen vor"),
        ],
        [
            S("Germany", "Baerbock: Germany respects India's decisions but expects no country to help Russia evade "
              "sanctions", "2024-02-17", "context", "Baerbock sagte, Deutschland respektiere"),
            S("Antony Blinken", "Holds Russia responsible for Navalny's death", "2024-02-16", "text",
              "Überschattet wurde die Konferenz"),
            S("Ukraine", "Kuleba invites India to the peace summit and asks it to use its influence for the "
              "deported children", "2024-02-17TEV", "context", "Kuleba lud Indien ein"),
            S("Sergey Lavrov", "Praises India's independent foreign policy", "2024-02-18", "text",
              "Außenminister Sergej Lawrow lobte am Sonntag"),
            S("Sergey Lavrov", "The West wants to dictate to sovereign states where they buy", "2024-02-18",
              "context", "Zugleich warf er dem Westen vor"),
        ],
        ["Antony Blinken", "United States", "Germany", "Russia", "Ukraine", "European Union", "Sergey Lavrov"],
    ),
    doc(
        "b80de06_lawrow_blinken_vientiane_2024_07", "2024-07-27", DE06,
        [
            T("Monaten", "DURATION", "PXM"),
            T("Samstag", "DATE", "2024-07-27", 0),
            T("Freitagabend", "TIME", "2024-07-26TEV"),
            T("fast eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Donnerstag", "DATE", "2024-07-25"),
            T("Beginn der Woche", "DATE", "2024-W30", mod="START"),
            T("2026", "DATE", "2026"),
            T("Anfang Juli", "DATE", "2024-07", mod="START"),
            T("diesem Jahr", "DATE", "2024"),
            T("Samstag", "DATE", "2024-07-27", 1),
            T("Sonntag", "DATE", "2024-07-28"),
        ],
        [
            E("Lavrov and Blinken attend the East Asia Summit foreign ministers' meeting without talking", "CONSULT",
              ["Sergey Lavrov", "Antony Blinken"], "2024-07-27", "context", "occurred",
              "Beim Treffen der Außenminister des Ostasiengipfels"),
            E("Blinken meets Wang Yi for almost an hour", "CONSULT", ["Antony Blinken", "China"], "2024-07-26TEV",
              "text", "occurred", "Blinken hatte am Freitagabend"),
            E("Blinken voices deep concern over China's support for Russia's defence industry", "ACCUSE",
              ["Antony Blinken", "China"], "2024-07-26TEV", "context", "occurred", "tiefe Besorgnis"),
            E("Wang rejects the concern: China is objective and impartial and sends no lethal weapons", "REJECT",
              ["China", "Antony Blinken"], "2024-07-26TEV", "context", "occurred", "Wang habe entgegnet"),
            E("Lavrov meets Wang Yi", "CONSULT", ["Sergey Lavrov", "China"], "2024-07-25", "text", "occurred",
              "Lawrow und Wang waren bereits am Donnerstag"),
            E("Lavrov and Wang agree to counter interference by extra-regional forces in Southeast Asia", "AGREE",
              ["Sergey Lavrov", "China"], "2024-07-25", "context", "occurred", "Beide vereinbarten"),
            E("Wang Yi receives Kuleba in Guangzhou", "CONSULT", ["China", "Ukraine"], "2024-W30", "text",
              "occurred", "im südchinesischen Guangzhou", date_mod="START"),
            E("Kuleba declares Ukraine ready for negotiations with Russia at a certain stage", "AGREE",
              ["Ukraine", "Russia"], "2024-W30", "context", "occurred", "im südchinesischen Guangzhou",
              date_mod="START"),
            E("Lavrov: Moscow ready to examine any serious proposal", "AGREE", ["Sergey Lavrov"], "2024-07-27",
              "context", "occurred", "jeden ernsthaften Vorschlag"),
            E("Lavrov's condition: proposals must take the realities on the ground into account", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2024-07-27", "context", "occurred", "jeden ernsthaften Vorschlag"),
            E("Lavrov dismisses Ukraine's peace formula as an ultimatum", "REJECT", ["Sergey Lavrov", "Ukraine"],
              "2024-07-27", "context", "occurred", "Die ukrainische Friedensformel nannte er"),
            E("Lavrov criticises the planned US missile deployment in Germany", "ACCUSE",
              ["Sergey Lavrov", "United States", "Germany"], "2024-07-27", "context", "occurred",
              "Scharf kritisierte Lawrow"),
            E("US long-range missiles to be stationed in Germany from 2026", "MOBILIZE", ["United States", "Germany"],
              "2026", "text", "planned", "Scharf kritisierte Lawrow", date_mod="START"),
            E("Washington and Berlin announced the deployment at the NATO summit", "AGREE",
              ["United States", "Germany"], "2024-07", "text", "occurred", "Scharf kritisierte Lawrow",
              date_mod="START", note="NATO summit in Washington, 10 July 2024"),
            E("Lavrov threatens a mirror response", "THREATEN", ["Sergey Lavrov", "United States", "Germany"],
              "2024-07-27", "context", "occurred", "spiegelbildlich"),
            E("Blinken and Austin to hold two-plus-two talks in Tokyo", "CONSULT", ["Antony Blinken", "United States"],
              "2024-07-28", "text", "planned", "Blinken reiste am Samstag weiter nach Tokio"),
        ],
        [
            S("Antony Blinken", "Deep concern over China's support for Russia's defence industry (State Department)",
              "2024-07-26TEV", "context", "tiefe Besorgnis"),
            S("China", "Wang: Beijing is objective and impartial on Ukraine and sends no lethal weapons",
              "2024-07-26TEV", "context", "Wang habe entgegnet"),
            S("Russia", "Foreign ministry: Lavrov and Wang agreed to counter extra-regional forces", "2024-07-25",
              "context", "Beide vereinbarten"),
            S("Ukraine", "Kuleba: ready for negotiations with Russia at a certain stage", "2024-W30", "context",
              "im südchinesischen Guangzhou"),
            S("Sergey Lavrov", "Moscow is ready to examine any serious proposal that reflects the realities on the "
              "ground", "2024-07-27", "context", "jeden ernsthaften Vorschlag"),
            S("Sergey Lavrov", "Ukraine's peace formula is an ultimatum not to be discussed", "2024-07-27", "context",
              "Die ukrainische Friedensformel nannte er"),
            S("Sergey Lavrov", "Criticises the US plan to station long-range missiles in Germany", "2024-07-27",
              "context", "Scharf kritisierte Lawrow"),
            S("Sergey Lavrov", "Russia will respond in kind", "2024-07-27", "context", "spiegelbildlich"),
        ],
        ["Russia", "United States", "Sergey Lavrov", "Antony Blinken", "China", "Ukraine", "Germany", "NATO"],
    ),
]
