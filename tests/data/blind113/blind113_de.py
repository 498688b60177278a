"""German articles of the blind113 set (fictionalised; written and annotated blind to the extraction code).

Theme: the Kursk incursion of August 2024 to spring 2025 and its diplomatic fallout.
"""

from build import E, S, T

# ---------------------------------------------------------------- b113de01 (Ruppiner Anzeiger)
DE01 = """
Bundesregierung: Kursk-Vorstoß der Ukraine ist vom Völkerrecht gedeckt

Berlin/Kiew. Die Bundesregierung hält den Vorstoß ukrainischer Truppen in das russische Gebiet Kursk für völkerrechtlich zulässig.
Die Ukraine übe ihr in der UN-Charta verbrieftes Recht auf Selbstverteidigung aus, und dieses Recht ende nicht an der eigenen Grenze, sagte der stellvertretende Regierungssprecher Wolfgang Büchner am Mittwoch in Berlin.
Über die Operation, die am 6. August begonnen hatte, sei die Bundesregierung vorab nicht unterrichtet worden, fügte er hinzu.

Auch deutsche Waffen dürfen nach Darstellung der Bundesregierung auf russischem Boden eingesetzt werden.
Die mit Kiew getroffenen Absprachen enthielten keine räumliche Beschränkung, entscheidend sei allein die Einhaltung des Völkerrechts, hieß es aus dem Verteidigungsministerium.
Zu Berichten über deutsche Schützenpanzer vom Typ Marder im Kampfgebiet wollte sich ein Sprecher von Minister Boris Pistorius (SPD) nicht äußern.
Die Bundesregierung hatte Ende Mai erstmals erlaubt, gelieferte Waffen gegen Ziele im russischen Grenzgebiet bei Charkiw einzusetzen.

Nach Angaben des ukrainischen Oberbefehlshabers Olexander Syrskyj kontrollieren die ukrainischen Einheiten derzeit rund 1000 Quadratkilometer russischen Gebiets und 74 Ortschaften.
Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache am Dienstagabend, Russland habe den Krieg zu anderen getragen und müsse jetzt spüren, was das bedeute.
Kremlchef Wladimir Putin hatte am Montag bei einer Sitzung mit Sicherheitsbeamten und Gouverneuren eine „würdige Antwort“ angekündigt und Verhandlungen mit Kiew eine Absage erteilt.
Außenamtssprecherin Maria Sacharowa warf dem Westen vor, Kiew zu dem Angriff ermuntert zu haben, und nannte dabei ausdrücklich auch Deutschland.
Mit ihren Panzerlieferungen habe die Bundesregierung eine weitere rote Linie überschritten, sagte Sacharowa.

Bundeskanzler Olaf Scholz, der am Dienstag mit Selenskyj telefoniert hatte, ließ über seinen Sprecher ausrichten, an seinem Nein zur Lieferung von Taurus-Marschflugkörpern ändere sich nichts.
SPD-Fraktionschef Rolf Mützenich mahnte, Deutschland dürfe nicht in den Krieg hineingezogen werden.

In Neuruppin verfolgen viele der rund 900 Ukrainerinnen und Ukrainer, die im Landkreis Ostprignitz-Ruppin leben, die Nachrichten mit gemischten Gefühlen.
„Zum ersten Mal haben wir das Gefühl, dass sich etwas bewegt“, sagt Olena K., die 2022 aus Charkiw geflohen ist und im Begegnungscafé an der Karl-Marx-Straße hilft.
Das Café lädt für den 24. August zu einem Fest auf dem Schulplatz ein.
"""

# ---------------------------------------------------------------- b113de02 (EXPRESS, Köln)
DE02 = """
Nach Kursk-Reportage: Putins Geheimdienst nimmt Bonner DW-Reporter ins Visier

Bonn/Moskau. Jetzt trifft es auch die Deutsche Welle!
Der russische Inlandsgeheimdienst FSB hat am Dienstag ein Strafverfahren gegen zwei Reporter des deutschen Auslandssenders eingeleitet, der seinen Hauptsitz in Bonn hat.
Der Vorwurf: illegaler Grenzübertritt.
Der Brite Nick Connolly und die Ukrainerin Natalia Nahorna hatten vergangene Woche aus der russischen Kleinstadt Sudscha berichtet, die seit Tagen von ukrainischen Truppen gehalten wird.
Nach Angaben des FSB drohen den beiden mehrere Jahre Haft.

DW-Intendant Peter Limbourg reagierte empört: „Das ist ein durchsichtiger Versuch, unabhängigen Journalismus einzuschüchtern.“
Auch die Bundesregierung stellte sich hinter die Reporter.
Das Auswärtige Amt nannte das Verfahren am Mittwoch „absurd“ und forderte Moskau auf, die Einschüchterung ausländischer Journalisten zu beenden.

Die DW ist nicht allein im Visier.
Bereits am Samstag hatte der FSB ein Verfahren gegen die italienische RAI-Reporterin Stefania Battistini und ihren Kameramann eingeleitet, am Montag folgte eines gegen den CNN-Korrespondenten Nick Paton Walsh.
Am Freitag hatte das Außenministerium in Moskau wegen des RAI-Berichts die italienische Botschafterin einbestellt.
Außenamtssprecherin Maria Sacharowa hatte schon vor einer Woche gedroht, jeder ausländische Reporter, der mit ukrainischen Truppen nach Kursk komme, werde als „Komplize“ verfolgt.

Die Ukraine hatte am 6. August ihre überraschende Offensive auf russisches Gebiet gestartet.
Vergangenen Donnerstag richtete die Armee in Sudscha eine eigene Militärkommandantur ein, Präsident Wolodymyr Selenskyj sprach von einem „wichtigen Schritt“.
Seitdem lässt Kiew ausgewählte Journalisten in das Gebiet, um der russischen Darstellung etwas entgegenzusetzen.

In Bonn, wo rund 1500 Menschen für die DW arbeiten, ist die Sorge groß.
„Wir stehen hinter unseren Kollegen“, sagte ein Redakteur am Mittwochmorgen vor dem Schürmann-Bau.
Connolly und Nahorna sind inzwischen wieder in der Ukraine und wohlauf.
Russland hatte das Moskauer Büro der DW bereits im Februar 2022 geschlossen – als Retourkutsche für das Sendeverbot des Staatssenders RT DE in Deutschland.
"""

# ---------------------------------------------------------------- b113de03 (Berchtesgadener Anzeiger)
DE03 = """
Nordkoreas Soldaten für Putin: Berlin bestellt Pjöngjangs Diplomaten ein

Berlin. Wegen der Entsendung nordkoreanischer Soldaten nach Russland hat das Auswärtige Amt den Geschäftsträger der nordkoreanischen Botschaft in Berlin einbestellt.
Das Gespräch fand am Dienstagnachmittag statt, wie ein Sprecher des Ministeriums am Mittwoch bestätigte.
Die Unterstützung Pjöngjangs für Russlands Angriffskrieg sei völkerrechtswidrig und bedrohe unmittelbar die Sicherheit Europas, hatte das Amt bereits am Dienstagabend auf der Plattform X erklärt.
Außenministerin Annalena Baerbock (Grüne) sagte, wer Soldaten in Putins Krieg schicke, „greift auch unsere Friedensordnung in Europa an“.
Die EU werde zusätzliche Sanktionen gegen Verantwortliche in Pjöngjang prüfen, kündigte sie an.

Nato-Generalsekretär Mark Rutte hatte am Montag in Brüssel bestätigt, dass nordkoreanische Einheiten in die russische Grenzregion Kursk verlegt worden sind.
Zuvor hatte ihn eine hochrangige Delegation aus Südkorea über Erkenntnisse der dortigen Geheimdienste unterrichtet.
Der Einsatz sei eine „bedeutende Eskalation“ und eine gefährliche Ausweitung des Krieges, sagte Rutte.
Nach Angaben des Pentagons befinden sich rund 10.000 nordkoreanische Soldaten im Osten Russlands, ein Teil davon sei bereits auf dem Weg in Richtung Ukraine.

Kremlsprecher Dmitri Peskow wies die Kritik am Dienstag zurück: Die Zusammenarbeit mit Pjöngjang sei eine Angelegenheit zweier souveräner Staaten und richte sich gegen niemanden.
Russland und Nordkorea hatten im Juni bei einem Besuch von Kremlchef Wladimir Putin in Pjöngjang einen Vertrag über gegenseitigen Beistand unterzeichnet.
Die nordkoreanische Außenministerin Choe Son Hui wird nach Moskauer Angaben noch in dieser Woche zu Gesprächen mit Außenminister Sergej Lawrow erwartet.
Der ukrainische Präsident Wolodymyr Selenskyj rechnet damit, dass die ersten nordkoreanischen Soldaten in den kommenden Tagen in die Kämpfe eingreifen.
Er forderte die Verbündeten auf, „zu handeln statt zuzuschauen“.

Auch im Berchtesgadener Land wird die Entwicklung aufmerksam verfolgt.
Der Helferkreis „Berchtesgaden hilft“ schickt am Samstag seinen zwölften Hilfstransport mit Generatoren und warmer Kleidung in die westukrainische Region Tscherniwzi.
„Die Leute dort frieren, und jetzt kommen auch noch Soldaten aus Nordkorea“, sagt Organisatorin Maria Hölzl aus Schönau am Königssee.
"""

# ---------------------------------------------------------------- b113de04 (Münsterländische Volkszeitung)
DE04 = """
EU setzt Nordkoreas Verteidigungsminister auf die Sanktionsliste

Brüssel/Rheine. Die Europäische Union hat wegen des Einsatzes nordkoreanischer Soldaten im russischen Gebiet Kursk erstmals Strafmaßnahmen gegen Pjöngjangs Militärführung verhängt.
Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag in Brüssel das 15. Sanktionspaket gegen Russland, auf dessen Liste auch der nordkoreanische Verteidigungsminister No Kwang Chol und mehrere Generäle stehen.
Ihre Vermögen in der EU werden eingefroren, zudem dürfen sie nicht mehr einreisen.
Auch Firmen in China, die Bauteile für russische Kampfdrohnen geliefert haben sollen, stehen auf der Liste; Peking protestierte umgehend.

Für die neue EU-Außenbeauftragte Kaja Kallas war es das erste Treffen der Außenminister, das sie leitete.
Nordkorea sei zu einem direkten Mittäter dieses Krieges geworden, sagte Kallas, und Russland sei offenbar so geschwächt, dass es Soldaten aus dem Ausland brauche.
Bundesaußenministerin Annalena Baerbock (Grüne) sagte in Brüssel, wer Tausende fremde Soldaten in seinen Krieg hole, wolle keinen Frieden.

Nach Einschätzung Washingtons haben die nordkoreanischen Truppen in Kursk bereits schwere Verluste erlitten.
Es gebe Hunderte Tote und Verletzte, vom einfachen Soldaten bis zu höheren Rängen, sagte der Sprecher des Weißen Hauses für Sicherheitspolitik, John Kirby, am Montag in Washington.
Der ukrainische Präsident Wolodymyr Selenskyj erklärte am Montagabend, Moskau setze die Nordkoreaner inzwischen in größerer Zahl bei Sturmangriffen im Gebiet Kursk ein.
Er warf Moskau und Pjöngjang vor, die jungen Männer als „Kanonenfutter“ zu verheizen.

Die russische Vertretung bei der EU nannte die neuen Strafmaßnahmen am Dienstag „illegal“ und kündigte Gegenmaßnahmen an.
Kremlsprecher Dmitri Peskow wollte sich zu den Verlusten nicht äußern: Fragen zu nordkoreanischen Soldaten beantworte das Verteidigungsministerium, sagte er.
Am Donnerstag kommen die Staats- und Regierungschefs der EU in Brüssel zu ihrem Gipfel zusammen, an dem auch Selenskyj teilnehmen will.

Im Kreis Steinfurt wird die Debatte aufmerksam verfolgt.
Der Verein „Brücke Rheine–Kiew“ lädt am Samstag zu einem Benefizkonzert in die Stadthalle ein.
Der Erlös soll Generatoren für ein Krankenhaus in Tschernihiw finanzieren, das seit Wochen immer wieder ohne Strom ist.
"""

# ---------------------------------------------------------------- b113de05 (Sat.1 Nachrichten)
DE05 = """
Überraschender Angriff: Ukraine startet neue Offensive in Russlands Region Kursk

Die ukrainische Armee hat im russischen Gebiet Kursk eine neue Offensive begonnen.
Die Angriffe starteten am Sonntagmorgen in Richtung des Dorfes Bolschoje Soldatskoje, wie das russische Verteidigungsministerium mitteilte.
Nach Angaben aus Moskau wurde der Vorstoß abgewehrt, die Armee habe mehrere Panzer und Schützenpanzer zerstört.
Unabhängig überprüfen lassen sich die Angaben nicht.

In Kiew gab man sich zufrieden.
„Gute Nachrichten aus der Region Kursk: Russland bekommt, was es verdient“, schrieb der Leiter des Präsidentenbüros, Andrij Jermak, am Sonntag bei Telegram.
Präsident Wolodymyr Selenskyj sagte in seiner Videobotschaft am Sonntagabend, bei Kämpfen nahe dem Dorf Machnowka seien binnen 24 Stunden bis zu ein Bataillon nordkoreanischer und russischer Soldaten getötet oder verwundet worden.

Seit August 2024 hält die Ukraine Teile der Region Kursk besetzt.
Russland hat nach ukrainischen und westlichen Angaben rund 11.000 Soldaten aus Nordkorea in das Gebiet verlegt, um die Ukrainer zu vertreiben.
Beobachter gehen davon aus, dass Kiew die besetzten Gebiete als Faustpfand für mögliche Verhandlungen nutzen will.
Selenskyj selbst hat angedeutet, sie könnten bei Gesprächen eine Rolle spielen.

Verhandlungen könnte der künftige US-Präsident Donald Trump anstoßen, der am 20. Januar vereidigt wird und versprochen hat, den Krieg rasch zu beenden.
Sein Sondergesandter Keith Kellogg hat eine für Anfang Januar geplante Reise nach Kiew allerdings verschoben.
US-Außenminister Antony Blinken warnte am Montag bei einem Besuch in Seoul, Russland wolle Nordkorea als Gegenleistung für die Soldaten Weltraum- und Satellitentechnik liefern.
Am Donnerstag leitet der scheidende US-Verteidigungsminister Lloyd Austin zum letzten Mal ein Treffen der Ukraine-Kontaktgruppe in Ramstein, zu dem auch Verteidigungsminister Boris Pistorius (SPD) erwartet wird.

In Berlin wird derweil über zusätzliche Hilfe gestritten.
Die Grünen wollen noch vor der Bundestagswahl am 23. Februar drei Milliarden Euro zusätzlich für die Ukraine freigeben, Kanzler Olaf Scholz (SPD) lehnt das ohne neue Schulden ab.
"""

# ---------------------------------------------------------------- b113de06 (Kontext:Wochenzeitung)
DE06 = """
Das verlorene Faustpfand

Sieben Monate hielt sich der ukrainische Brückenkopf im russischen Gebiet Kursk, und er galt als das wichtigste Pfund, mit dem Kiew in Verhandlungen über ein Kriegsende gehen wollte.
In der vergangenen Woche ist dieses Pfand weitgehend verloren gegangen.
Am Donnerstag meldete Generalstabschef Waleri Gerassimow die Rückeroberung der Kleinstadt Sudscha, tags zuvor hatte sich Wladimir Putin in Tarnuniform auf einem Kommandoposten in der Region filmen lassen.

Dabei war die Hoffnung im August groß.
Präsident Wolodymyr Selenskyj erklärte damals, der Vorstoß solle Russland zu einem „gerechten Frieden“ zwingen, sein Oberbefehlshaber sprach von einer Pufferzone.
Im Februar ging Selenskyj in einem Interview mit der Londoner Zeitung „Guardian“ noch weiter und bot an, die besetzten Gebiete in Kursk gegen ukrainisches Territorium unter russischer Kontrolle zu tauschen.
Der Kreml wies das umgehend zurück: Russland werde über den Tausch eigenen Territoriums „niemals“ verhandeln, sagte Sprecher Dmitri Peskow.

Dass die Lage der ukrainischen Einheiten zuletzt kritisch wurde, hat auch mit Washington zu tun.
Anfang März setzte die US-Regierung für rund eine Woche die Weitergabe von Geheimdienstinformationen an Kiew aus, gerade als russische Spezialkräfte durch eine stillgelegte Gasleitung hinter die ukrainischen Linien bei Sudscha vordrangen.
Am Freitag bat Donald Trump Putin öffentlich, das Leben „Tausender“ angeblich eingekesselter ukrainischer Soldaten zu schonen – eine Einkesselung, die der ukrainische Generalstab bestritt.
Beim Telefonat der beiden Präsidenten am Dienstag spielte Kursk nach den veröffentlichten Angaben keine Rolle mehr; vereinbart wurde lediglich ein 30-tägiger Verzicht auf Angriffe gegen Energieanlagen.

In Berlin hat die Entwicklung eine alte Debatte neu entfacht.
Friedrich Merz, der voraussichtlich nächste Kanzler, sagte am Wochenende, Kursk zeige, was passiere, wenn der Westen der Ukraine die nötigen Mittel verweigere, und bekräftigte seine Bereitschaft, gemeinsam mit Partnern Taurus-Marschflugkörper zu liefern.
Olaf Scholz hält als geschäftsführender Kanzler an seinem Nein fest.
Die Lockerung der Schuldenbremse, die der Bundestag am Dienstag beschloss, sieht zwar drei Milliarden Euro zusätzlich für die Ukraine vor, über Marschflugkörper sagt sie aber nichts.

Der Tübinger Friedensforscher Jochen Bärlin hält die Faustpfand-These ohnehin für überschätzt.
„Territorium ist in diesem Krieg nur so viel wert, wie man es halten kann“, sagt er.
Für die Gespräche, die Washington in den kommenden Wochen in Saudi-Arabien fortsetzen will, habe Kiew damit ein Argument weniger.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b113de01_berlin_kursk_voelkerrecht_2024_08", "2024-08-14", DE01,
        [
            T("Mittwoch", "DATE", "2024-08-14"),
            T("6. August", "DATE", "2024-08-06"),
            T("Ende Mai", "DATE", "2024-05", mod="END"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dienstagabend", "TIME", "2024-08-13TEV"),
            T("jetzt", "DATE", "PRESENT_REF", note="in Zelensky's reported speech of Tuesday evening"),
            T("Montag", "DATE", "2024-08-12"),
            T("Dienstag", "DATE", "2024-08-13"),
            T("2022", "DATE", "2022"),
            T("24. August", "DATE", "2024-08-24"),
        ],
        [
            E("Ukraine's incursion into the Kursk region, begun on 6 August", "ASSAULT", ["Ukraine", "Russia"],
              "2024-08-06", "text", "occurred", "Über die Operation, die am 6. August", date_mod="START"),
            E("Berlin allows German weapons to be used on Russian soil", "AGREE", ["Germany", "Ukraine"],
              "2024-08-14", "published", "occurred", "Auch deutsche Waffen dürfen"),
            E("Germany first allowed its weapons to be used against targets near Kharkiv", "AGREE",
              ["Germany", "Ukraine"], "2024-05", "text", "occurred", "Ende Mai erstmals erlaubt", date_mod="END"),
            E("Ukrainian units control about 1000 km2 and 74 localities in Russia", "COERCE", ["Ukraine", "Russia"],
              "PRESENT_REF", "vague", "occurred", "kontrollieren die ukrainischen Einheiten derzeit"),
            E("Zelensky: Russia brought the war to others and must feel it now", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-08-13TEV", "text", "occurred",
              "Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache"),
            E("Putin's meeting with security officials and governors", "CONSULT", ["Vladimir Putin"], "2024-08-12",
              "text", "occurred", "Kremlchef Wladimir Putin hatte am Montag"),
            E("Putin announces a 'worthy response'", "THREATEN", ["Vladimir Putin", "Ukraine"], "2024-08-12", "text",
              "occurred", "Kremlchef Wladimir Putin hatte am Montag"),
            E("Putin rules out negotiations with Kyiv", "REJECT", ["Vladimir Putin", "Ukraine"], "2024-08-12",
              "text", "occurred", "Kremlchef Wladimir Putin hatte am Montag"),
            E("Zakharova accuses the West and Germany of encouraging the attack", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2024-08-14", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa warf"),
            E("Scholz–Zelensky phone call", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"], "2024-08-13", "text",
              "occurred", "der am Dienstag mit Selenskyj telefoniert hatte"),
            E("Scholz keeps his no to Taurus deliveries", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-08-14",
              "published", "occurred", "der am Dienstag mit Selenskyj telefoniert hatte"),
        ],
        [
            S("Germany", "Büchner: Ukraine exercises its right of self-defence under the UN Charter, which does not end "
              "at its border", "2024-08-14", "text", "Die Ukraine übe ihr in der UN-Charta"),
            S("Germany", "Berlin was not informed of the operation in advance", "2024-08-14", "context",
              "sei die Bundesregierung vorab nicht unterrichtet"),
            S("Germany", "German weapons may be used on Russian soil", "2024-08-14", "published",
              "Auch deutsche Waffen dürfen"),
            S("Germany", "Defence ministry: the agreements with Kyiv contain no geographical limit", "2024-08-14",
              "published", "Die mit Kiew getroffenen Absprachen"),
            S("Ukraine", "Syrskyi: Ukrainian units control about 1000 km2 and 74 localities", "2024-08-14", "published",
              "Nach Angaben des ukrainischen Oberbefehlshabers"),
            S("Volodymyr Zelensky", "Russia brought the war to others and must now feel what that means",
              "2024-08-13", "text", "Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache"),
            S("Vladimir Putin", "Announces a 'worthy response' and rules out talks with Kyiv", "2024-08-12", "text",
              "Kremlchef Wladimir Putin hatte am Montag"),
            S("Maria Zakharova", "The West, Germany included, encouraged Kyiv to attack", "2024-08-14", "published",
              "Außenamtssprecherin Maria Sacharowa warf"),
            S("Maria Zakharova", "Berlin crossed another red line with its tank deliveries", "2024-08-14",
              "published", "Mit ihren Panzerlieferungen"),
            S("Olaf Scholz", "His no to Taurus deliveries stands", "2024-08-14", "published",
              "der am Dienstag mit Selenskyj telefoniert hatte"),
        ],
        ["Germany", "Ukraine", "Russia", "United Nations", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin",
         "Maria Zakharova", "Olaf Scholz"],
    ),
    doc(
        "b113de02_fsb_dw_reporter_kursk_2024_08", "2024-08-21", DE02,
        [
            T("Jetzt", "DATE", "PRESENT_REF"),
            T("Dienstag", "DATE", "2024-08-20"),
            T("vergangene Woche", "DATE", "2024-W33"),
            T("Tagen", "DURATION", "PXD"),
            T("mehrere Jahre", "DURATION", "PXY"),
            T("Mittwoch", "DATE", "2024-08-21"),
            T("Samstag", "DATE", "2024-08-17"),
            T("Montag", "DATE", "2024-08-19"),
            T("Freitag", "DATE", "2024-08-16"),
            T("vor einer Woche", "DATE", "2024-W33"),
            T("6. August", "DATE", "2024-08-06"),
            T("Vergangenen Donnerstag", "DATE", "2024-08-15"),
            T("Mittwochmorgen", "TIME", "2024-08-21TMO"),
            T("Februar 2022", "DATE", "2022-02"),
        ],
        [
            E("FSB opens a criminal case against two DW reporters", "ACCUSE", ["Russia"], "2024-08-20", "text",
              "occurred", "hat am Dienstag ein Strafverfahren"),
            E("German Foreign Office calls the case absurd", "ACCUSE", ["Germany", "Russia"], "2024-08-21", "text",
              "occurred", "Das Auswärtige Amt nannte das Verfahren"),
            E("German Foreign Office demands Moscow stop intimidating foreign journalists", "REQUEST",
              ["Germany", "Russia"], "2024-08-21", "text", "occurred", "Das Auswärtige Amt nannte das Verfahren"),
            E("FSB opens a case against RAI reporter Battistini and her cameraman", "ACCUSE", ["Russia"],
              "2024-08-17", "text", "occurred", "Bereits am Samstag hatte der FSB"),
            E("FSB opens a case against CNN correspondent Paton Walsh", "ACCUSE", ["Russia"], "2024-08-19", "text",
              "occurred", "Bereits am Samstag hatte der FSB"),
            E("Moscow summons the Italian ambassador over the RAI report", "ACCUSE", ["Russia"], "2024-08-16",
              "text", "occurred", "Am Freitag hatte das Außenministerium"),
            E("Zakharova threatens to prosecute foreign reporters entering Kursk as accomplices", "THREATEN",
              ["Maria Zakharova"], "2024-W33", "text", "occurred", "Außenamtssprecherin Maria Sacharowa hatte"),
            E("Ukraine's offensive into Russian territory launched on 6 August", "ASSAULT", ["Ukraine", "Russia"],
              "2024-08-06", "text", "occurred", "Die Ukraine hatte am 6. August", date_mod="START"),
            E("Ukraine sets up a military commandant's office in Sudzha", "COERCE", ["Ukraine", "Russia"],
              "2024-08-15", "text", "occurred", "Vergangenen Donnerstag richtete"),
            E("Russia closed DW's Moscow bureau in retaliation for the RT DE ban", "SANCTION", ["Russia", "Germany"],
              "2022-02", "text", "occurred", "Russland hatte das Moskauer Büro"),
        ],
        [
            S("Russia", "FSB: the two reporters face several years in prison", "2024-08-20", "context",
              "Nach Angaben des FSB drohen"),
            S("Germany", "The government backs the reporters", "2024-08-21", "published",
              "Auch die Bundesregierung stellte sich"),
            S("Germany", "Foreign Office: the case is absurd; Moscow must stop intimidating journalists", "2024-08-21",
              "text", "Das Auswärtige Amt nannte das Verfahren"),
            S("Maria Zakharova", "Foreign reporters entering Kursk with Ukrainian troops will be prosecuted as "
              "accomplices", "2024-W33", "text", "Außenamtssprecherin Maria Sacharowa hatte"),
            S("Volodymyr Zelensky", "The Sudzha commandant's office is an important step", "2024-08-15", "context",
              "Vergangenen Donnerstag richtete"),
        ],
        ["Russia", "Germany", "Ukraine", "Vladimir Putin", "Maria Zakharova", "Volodymyr Zelensky"],
    ),
    doc(
        "b113de03_berlin_nordkorea_einbestellt_2024_10", "2024-10-30", DE03,
        [
            T("Dienstagnachmittag", "TIME", "2024-10-29TAF"),
            T("Mittwoch", "DATE", "2024-10-30"),
            T("Dienstagabend", "TIME", "2024-10-29TEV"),
            T("Montag", "DATE", "2024-10-28"),
            T("Dienstag", "DATE", "2024-10-29"),
            T("Juni", "DATE", "2024-06"),
            T("dieser Woche", "DATE", "2024-W44"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Samstag", "DATE", "2024-11-02"),
            T("jetzt", "DATE", "PRESENT_REF"),
        ],
        [
            E("German Foreign Office summons North Korea's chargé d'affaires", "ACCUSE", ["Germany"],
              "2024-10-29TAF", "context", "occurred", "den Geschäftsträger der nordkoreanischen Botschaft"),
            E("Foreign Office: North Korea's support for Russia's war is illegal and threatens Europe", "ACCUSE",
              ["Germany", "Russia"], "2024-10-29TEV", "text", "occurred", "Die Unterstützung Pjöngjangs"),
            E("EU to examine further sanctions against those responsible in Pyongyang", "SANCTION",
              ["European Union"], "2024-10-30", "published", "uncertain", "Die EU werde zusätzliche Sanktionen"),
            E("North Korean units moved to the Kursk border region", "MOBILIZE", ["Russia"], "2024-10-28",
              "context", "occurred", "Nato-Generalsekretär Mark Rutte hatte am Montag",
              note="dated by Rutte's confirmation"),
            E("South Korean delegation briefs Rutte", "CONSULT", ["Mark Rutte", "NATO"], "2024-10-28", "context",
              "occurred", "Zuvor hatte ihn eine hochrangige Delegation",
              note="'Zuvor' refers to Rutte's Monday confirmation; the day is taken from there"),
            E("Rutte calls the deployment a significant escalation", "ACCUSE", ["Mark Rutte", "Russia"],
              "2024-10-28", "context", "occurred", "Der Einsatz sei eine"),
            E("Peskov rejects the criticism of the cooperation with Pyongyang", "REJECT", ["Dmitry Peskov"],
              "2024-10-29", "text", "occurred", "Kremlsprecher Dmitri Peskow wies die Kritik"),
            E("Putin's visit to Pyongyang", "CONSULT", ["Vladimir Putin"], "2024-06", "text", "occurred",
              "Russland und Nordkorea hatten im Juni"),
            E("Russia and North Korea sign a mutual-assistance treaty", "AGREE", ["Russia", "Vladimir Putin"],
              "2024-06", "text", "occurred", "Russland und Nordkorea hatten im Juni"),
            E("Choe Son Hui expected in Moscow for talks with Lavrov", "CONSULT", ["Sergey Lavrov", "Russia"],
              "2024-W44", "text", "planned", "Choe Son Hui wird"),
            E("North Korean soldiers expected to join the fighting", "ASSAULT", ["Russia", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "rechnet damit, dass die ersten"),
            E("Zelensky calls on the allies to act instead of watching", "REQUEST", ["Volodymyr Zelensky"],
              "2024-10-30", "published", "occurred", "Er forderte die Verbündeten auf"),
        ],
        [
            S("Germany", "Ministry spokesman confirms the meeting with the chargé on Tuesday afternoon", "2024-10-30",
              "text", "Das Gespräch fand am Dienstagnachmittag statt"),
            S("Germany", "North Korea's support for Russia's war is illegal and directly threatens Europe's security",
              "2024-10-29", "text", "Die Unterstützung Pjöngjangs"),
            S("Germany", "Baerbock: whoever sends soldiers into Putin's war attacks Europe's peace order",
              "2024-10-30", "published", "Außenministerin Annalena Baerbock"),
            S("Germany", "Baerbock: the EU will examine further sanctions against those responsible in Pyongyang",
              "2024-10-30", "published", "Die EU werde zusätzliche Sanktionen"),
            S("Mark Rutte", "Confirms North Korean units have been moved to the Kursk region", "2024-10-28", "text",
              "Nato-Generalsekretär Mark Rutte hatte am Montag"),
            S("Mark Rutte", "The deployment is a significant escalation and a dangerous widening of the war",
              "2024-10-28", "context", "Der Einsatz sei eine"),
            S("United States", "Pentagon: about 10,000 North Korean soldiers in eastern Russia, some heading toward "
              "Ukraine", "2024-10-30", "published", "Nach Angaben des Pentagons"),
            S("Dmitry Peskov", "Cooperation with Pyongyang is a matter for two sovereign states and targets no one",
              "2024-10-29", "text", "Kremlsprecher Dmitri Peskow wies die Kritik"),
            S("Russia", "Choe Son Hui expected in Moscow this week", "2024-10-30", "published",
              "Choe Son Hui wird"),
            S("Volodymyr Zelensky", "Expects the first North Korean soldiers to join the fighting in the coming days",
              "2024-10-30", "published", "rechnet damit, dass die ersten"),
            S("Volodymyr Zelensky", "The allies must act instead of watching", "2024-10-30", "published",
              "Er forderte die Verbündeten auf"),
        ],
        ["Germany", "Russia", "Ukraine", "European Union", "NATO", "Mark Rutte", "United States", "Kremlin",
         "Dmitry Peskov", "Vladimir Putin", "Sergey Lavrov", "Volodymyr Zelensky"],
    ),
    doc(
        "b113de04_eu_sanktionen_nordkorea_2024_12", "2024-12-17", DE04,
        [
            T("Montag", "DATE", "2024-12-16", 0),
            T("Montag", "DATE", "2024-12-16", 1),
            T("Montagabend", "TIME", "2024-12-16TEV"),
            T("Dienstag", "DATE", "2024-12-17"),
            T("Donnerstag", "DATE", "2024-12-19"),
            T("Samstag", "DATE", "2024-12-21"),
            T("Wochen", "DURATION", "PXW"),
        ],
        [
            E("EU foreign ministers adopt the 15th sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2024-12-16", "text", "occurred", "beschlossen am Montag in Brüssel"),
            E("EU lists North Korea's defence minister and several generals", "SANCTION", ["European Union"],
              "2024-12-16", "text", "occurred", "beschlossen am Montag in Brüssel"),
            E("EU lists firms in China that allegedly supplied drone parts", "SANCTION",
              ["European Union", "China"], "2024-12-16", "context", "occurred", "Auch Firmen in China"),
            E("Beijing protests against the listing", "ACCUSE", ["China", "European Union"], "2024-12-17",
              "published", "occurred", "Auch Firmen in China"),
            E("EU foreign ministers' meeting chaired by Kallas for the first time", "CONSULT",
              ["Kaja Kallas", "European Union"], "2024-12-16", "context", "occurred",
              "Für die neue EU-Außenbeauftragte Kaja Kallas"),
            E("Kallas: Russia so weakened it needs foreign soldiers", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2024-12-16", "context", "occurred", "Nordkorea sei zu einem direkten Mittäter"),
            E("Baerbock: whoever brings in thousands of foreign soldiers does not want peace", "ACCUSE",
              ["Germany", "Russia"], "2024-12-16", "context", "occurred", "Bundesaußenministerin Annalena Baerbock"),
            E("Russia uses North Korean troops in assaults in Kursk", "ASSAULT", ["Russia", "Ukraine"], "2024-12-16",
              "context", "occurred", "Moskau setze die Nordkoreaner",
              note="ongoing; dated by Zelensky's Monday-evening statement"),
            E("Zelensky accuses Moscow and Pyongyang of using the men as cannon fodder", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-12-16", "context", "occurred",
              "Er warf Moskau und Pjöngjang vor"),
            E("Russia's EU mission calls the sanctions illegal", "ACCUSE", ["Russia", "European Union"],
              "2024-12-17", "text", "occurred", "Die russische Vertretung bei der EU"),
            E("Russia's EU mission announces countermeasures", "THREATEN", ["Russia", "European Union"],
              "2024-12-17", "text", "occurred", "Die russische Vertretung bei der EU"),
            E("EU summit in Brussels with Zelensky", "CONSULT", ["European Union", "Volodymyr Zelensky"],
              "2024-12-19", "text", "planned", "Am Donnerstag kommen die Staats- und Regierungschefs"),
        ],
        [
            S("China", "Beijing protests against the listing of Chinese firms", "2024-12-17", "published",
              "Auch Firmen in China"),
            S("Kaja Kallas", "North Korea has become a direct accomplice; Russia is so weakened it needs foreign "
              "soldiers", "2024-12-16", "context", "Nordkorea sei zu einem direkten Mittäter"),
            S("Germany", "Baerbock: whoever brings thousands of foreign soldiers into his war does not want peace",
              "2024-12-16", "context", "Bundesaußenministerin Annalena Baerbock"),
            S("United States", "North Korean troops in Kursk have suffered heavy losses", "2024-12-17", "published",
              "Nach Einschätzung Washingtons"),
            S("White House", "Kirby: hundreds of North Korean soldiers killed and wounded, of all ranks",
              "2024-12-16", "text", "Es gebe Hunderte Tote und Verletzte"),
            S("Volodymyr Zelensky", "Moscow now uses North Koreans in larger numbers in assaults in Kursk",
              "2024-12-16", "text", "Moskau setze die Nordkoreaner"),
            S("Volodymyr Zelensky", "Moscow and Pyongyang use the young men as cannon fodder", "2024-12-16",
              "context", "Er warf Moskau und Pjöngjang vor"),
            S("Russia", "EU mission: the new sanctions are illegal; countermeasures will follow", "2024-12-17",
              "text", "Die russische Vertretung bei der EU"),
            S("Dmitry Peskov", "Questions about North Korean soldiers are for the defence ministry", "2024-12-17",
              "published", "Kremlsprecher Dmitri Peskow wollte sich"),
        ],
        ["European Union", "Russia", "China", "Kaja Kallas", "Germany", "United States", "White House",
         "Volodymyr Zelensky", "Ukraine", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b113de05_neue_kursk_offensive_2025_01", "2025-01-06", DE05,
        [
            T("Sonntagmorgen", "TIME", "2025-01-05TMO"),
            T("Sonntag", "DATE", "2025-01-05"),
            T("Sonntagabend", "TIME", "2025-01-05TEV"),
            T("24 Stunden", "DURATION", "PT24H"),
            T("August 2024", "DATE", "2024-08"),
            T("20. Januar", "DATE", "2025-01-20"),
            T("Anfang Januar", "DATE", "2025-01", mod="START"),
            T("Montag", "DATE", "2025-01-06"),
            T("Donnerstag", "DATE", "2025-01-09"),
            T("23. Februar", "DATE", "2025-02-23"),
        ],
        [
            E("Ukraine launches new attacks toward Bolshoye Soldatskoye", "ASSAULT", ["Ukraine", "Russia"],
              "2025-01-05TMO", "text", "occurred", "Die Angriffe starteten am Sonntagmorgen"),
            E("Ukraine has held parts of the Kursk region since August 2024", "COERCE", ["Ukraine", "Russia"],
              "2024-08", "text", "occurred", "Seit August 2024 hält die Ukraine", date_mod="START"),
            E("Russia brings about 11,000 North Korean soldiers into the Kursk region", "MOBILIZE", ["Russia"],
              "2025-01-06", "published", "occurred", "rund 11.000 Soldaten aus Nordkorea",
              note="no date in the text; the deployment began in October 2024"),
            E("Kellogg's trip to Kyiv planned for early January postponed", "CONSULT", ["Keith Kellogg", "Ukraine"],
              "2025-01", "text", "cancelled", "für Anfang Januar geplante Reise", date_mod="START"),
            E("Blinken visits Seoul", "CONSULT", ["Antony Blinken"], "2025-01-06", "text", "occurred",
              "Blinken warnte am Montag bei einem Besuch in Seoul"),
            E("Blinken warns Russia wants to give North Korea space technology", "ACCUSE", ["Antony Blinken", "Russia"],
              "2025-01-06", "text", "occurred", "Blinken warnte am Montag bei einem Besuch in Seoul"),
            E("Russia to supply space and satellite technology to North Korea", "AID", ["Russia"], "2025-01-06",
              "context", "uncertain", "Blinken warnte am Montag bei einem Besuch in Seoul"),
            E("Last Ukraine contact group meeting at Ramstein under Austin, Pistorius expected", "CONSULT",
              ["United States", "Germany", "Ukraine"], "2025-01-09", "text", "planned",
              "Am Donnerstag leitet der scheidende"),
            E("Scholz rejects three billion euros more for Ukraine without new debt", "REJECT",
              ["Olaf Scholz", "Ukraine"], "2025-01-06", "published", "occurred", "lehnt das ohne neue Schulden ab"),
        ],
        [
            S("Russia", "Defence ministry: the attacks began on Sunday morning toward Bolshoye Soldatskoye",
              "2025-01-05", "context", "Die Angriffe starteten am Sonntagmorgen"),
            S("Russia", "The thrust was repelled and several tanks destroyed", "2025-01-05", "context",
              "Nach Angaben aus Moskau wurde der Vorstoß"),
            S("Andriy Yermak", "Good news from the Kursk region: Russia is getting what it deserves", "2025-01-05",
              "text", "Gute Nachrichten aus der Region Kursk"),
            S("Volodymyr Zelensky", "Up to a battalion of North Korean and Russian soldiers killed or wounded near "
              "Makhnovka within 24 hours", "2025-01-05", "text", "Präsident Wolodymyr Selenskyj sagte in seiner"),
            S("Volodymyr Zelensky", "The occupied areas could play a role in talks", "2025-01-06", "published",
              "Selenskyj selbst hat angedeutet"),
            S("Donald Trump", "Promised to end the war quickly", "2025-01-06", "published",
              "versprochen hat, den Krieg rasch zu beenden"),
            S("Antony Blinken", "Russia wants to give North Korea space and satellite technology for its soldiers",
              "2025-01-06", "text", "Blinken warnte am Montag bei einem Besuch in Seoul"),
            S("Olaf Scholz", "Rejects three billion euros more for Ukraine without new debt", "2025-01-06",
              "published", "lehnt das ohne neue Schulden ab"),
        ],
        ["Ukraine", "Russia", "Andriy Yermak", "Volodymyr Zelensky", "Donald Trump", "United States",
         "Keith Kellogg", "Antony Blinken", "Germany", "Olaf Scholz"],
    ),
    doc(
        "b113de06_kursk_faustpfand_verloren_2025_03", "2025-03-19", DE06,
        [
            T("Sieben Monate", "DURATION", "P7M"),
            T("der vergangenen Woche", "DATE", "2025-W11"),
            T("Donnerstag", "DATE", "2025-03-13"),
            T("tags zuvor", "DATE", "2025-03-12"),
            T("August", "DATE", "2024-08"),
            T("Februar", "DATE", "2025-02"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Anfang März", "DATE", "2025-03", mod="START"),
            T("rund eine Woche", "DURATION", "P1W", mod="APPROX"),
            T("Freitag", "DATE", "2025-03-14"),
            T("Dienstag", "DATE", "2025-03-18", 0),
            T("30-tägiger", "DURATION", "P30D"),
            T("Wochenende", "DATE", "2025-W11-WE"),
            T("Dienstag", "DATE", "2025-03-18", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Russia retakes Sudzha", "ASSAULT", ["Russia", "Ukraine"], "2025-03-13", "text", "occurred",
              "Am Donnerstag meldete Generalstabschef"),
            E("Zelensky offers to swap the occupied Kursk areas for Ukrainian territory", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-02", "text", "occurred", "Im Februar ging Selenskyj"),
            E("Kremlin rejects any swap of Russian territory", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2025-02", "context", "occurred", "Der Kreml wies das umgehend zurück"),
            E("US suspends intelligence sharing with Kyiv for about a week", "SANCTION", ["United States", "Ukraine"],
              "2025-03", "text", "occurred", "Anfang März setzte die US-Regierung", date_mod="START"),
            E("Russian special forces advance through a gas pipeline near Sudzha", "ASSAULT", ["Russia", "Ukraine"],
              "2025-03", "context", "occurred", "Anfang März setzte die US-Regierung", date_mod="START"),
            E("Trump asks Putin to spare the lives of encircled Ukrainian soldiers", "REQUEST",
              ["Donald Trump", "Vladimir Putin"], "2025-03-14", "text", "occurred", "Am Freitag bat Donald Trump"),
            E("Ukraine's general staff denies the encirclement", "REJECT", ["Ukraine", "Donald Trump"], "2025-03-14",
              "context", "occurred", "Am Freitag bat Donald Trump"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "Beim Telefonat der beiden Präsidenten"),
            E("Trump and Putin agree a 30-day halt to strikes on energy facilities", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03-18", "context", "occurred",
              "Beim Telefonat der beiden Präsidenten"),
            E("Merz reaffirms readiness to deliver Taurus with partners", "AGREE", ["Friedrich Merz", "Ukraine"],
              "2025-W11-WE", "text", "occurred", "Friedrich Merz, der voraussichtlich"),
            E("Scholz sticks to his no to Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2025-03-19", "published",
              "occurred", "Olaf Scholz hält als geschäftsführender Kanzler"),
            E("Bundestag's debt-brake reform provides three billion euros more for Ukraine", "AID",
              ["Germany", "Ukraine"], "2025-03-18", "text", "planned", "Die Lockerung der Schuldenbremse"),
            E("Washington to continue talks in Saudi Arabia in the coming weeks", "CONSULT",
              ["United States", "Ukraine"], "FUTURE_REF", "vague", "planned", "Für die Gespräche, die Washington"),
        ],
        [
            S("Russia", "Gerasimov reports the recapture of Sudzha", "2025-03-13", "text",
              "Am Donnerstag meldete Generalstabschef"),
            S("Volodymyr Zelensky", "The incursion should force Russia to a just peace", "2024-08", "context",
              "Präsident Wolodymyr Selenskyj erklärte damals"),
            S("Ukraine", "The commander-in-chief speaks of a buffer zone", "2024-08", "context",
              "Präsident Wolodymyr Selenskyj erklärte damals"),
            S("Volodymyr Zelensky", "Offers to swap the occupied Kursk areas for Ukrainian territory", "2025-02",
              "text", "Im Februar ging Selenskyj"),
            S("Kremlin", "Rejects the swap offer", "2025-02", "context", "Der Kreml wies das umgehend zurück"),
            S("Dmitry Peskov", "Russia will never negotiate a swap of its own territory", "2025-02", "context",
              "Der Kreml wies das umgehend zurück"),
            S("Donald Trump", "Asks Putin to spare thousands of encircled Ukrainian soldiers", "2025-03-14", "text",
              "Am Freitag bat Donald Trump"),
            S("Ukraine", "General staff denies that troops were encircled", "2025-03-14", "context",
              "Am Freitag bat Donald Trump"),
            S("Friedrich Merz", "Kursk shows what happens when the West denies Ukraine the means; ready to deliver "
              "Taurus with partners", "2025-W11-WE", "text", "Friedrich Merz, der voraussichtlich"),
            S("Olaf Scholz", "Sticks to his no to Taurus", "2025-03-19", "published",
              "Olaf Scholz hält als geschäftsführender Kanzler"),
        ],
        ["Ukraine", "Russia", "Vladimir Putin", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "United States",
         "Donald Trump", "Friedrich Merz", "Olaf Scholz", "Germany"],
    ),
]
