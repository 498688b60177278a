"""German articles of the blind53 set (fictionalised; written and annotated blind to the extraction code).

Theme: economic diplomacy around the war (price cap, sanctions on banks, trade quotas, asset-backed loans, the
Euroclear ruling, a raw-materials partnership), in German business-press styles.
"""

from build import E, S, T

# ---------------------------------------------------------------- b53de01 (Capital)
DE01 = """
Ölpreisdeckel: Die G7 zielen auf Putins Kriegskasse – und Gazprom dreht das Gas ab

Berlin. Die Finanzminister der G7-Staaten haben sich darauf verständigt, einen Höchstpreis für russisches Öl einzuführen, und damit ein Instrument beschlossen, für das es auf den Rohstoffmärkten kein Vorbild gibt.
In einer gemeinsamen Erklärung nach einer Videokonferenz am Freitag heißt es, der Deckel solle die Einnahmen Russlands schmälern und zugleich die Preise auf dem Weltmarkt stabilisieren.
Bundesfinanzminister Christian Lindner (FDP), der die Runde im Rahmen der deutschen G7-Präsidentschaft leitete, sprach von einem „sehr wichtigen Schritt“: Russland dürfe nicht länger von den hohen Preisen profitieren, mit denen es seinen Angriffskrieg finanziere.

Das Prinzip ist simpel, die Umsetzung heikel.
Reedereien, Versicherer und Banken aus den G7-Staaten sollen Transporte russischen Öls nur noch abwickeln dürfen, wenn die Ladung zu einem Preis unterhalb der Obergrenze gekauft wurde.
Weil der Großteil der weltweiten Tankerflotte bei Clubs in London versichert ist, hoffen die Minister, auf diesem Weg auch Käufer in Indien oder China zu erreichen.
Die Höhe des Deckels ließen sie offen.
Für Rohöl soll er vom 5. Dezember an gelten, wenn auch das EU-Embargo für russisches Öl auf dem Seeweg greift, für Ölprodukte vom 5. Februar an.
US-Finanzministerin Janet Yellen nannte den Mechanismus eines der wirksamsten Werkzeuge, um Russlands Einnahmen zu beschneiden.

Kremlsprecher Dmitri Peskow erklärte noch am Freitag, Russland werde an Staaten, die sich dem Preisdeckel anschlössen, schlicht kein Öl mehr liefern.
Bereits am Donnerstag hatte Vizeregierungschef Alexander Nowak gewarnt, ein solcher Deckel werde den Ölmarkt destabilisieren und die Preise in die Höhe treiben.
Am Freitagabend teilte dann Gazprom mit, die Ostseepipeline Nord Stream 1 werde entgegen der Ankündigung nicht am Samstag wieder anlaufen.
Bei der Wartung sei ein Ölleck an einer Turbine der Verdichterstation Portowaja entdeckt worden; bis zur Reparatur bleibe die Leitung vollständig geschlossen.
Der Turbinenhersteller Siemens Energy widersprach: Ein solches Leck sei kein technischer Grund, den Betrieb einzustellen.

Bundeswirtschaftsminister Robert Habeck (Grüne) sagte am Abend, das Vorgehen zeige erneut, wie unzuverlässig Russland als Lieferant sei; Deutschland sei heute aber deutlich besser vorbereitet als im Frühjahr.
In Kiew begrüßte der ukrainische Präsidialamtschef Andrij Jermak den Beschluss der Minister und forderte, den Höchstpreis so niedrig wie möglich anzusetzen.
EU-Kommissionspräsidentin Ursula von der Leyen kündigte an, Brüssel werde in der kommenden Woche auch einen Preisdeckel für russisches Pipelinegas vorschlagen.

An den Märkten blieb die große Reaktion zunächst aus: Ein Barrel der Nordseesorte Brent kostete am Freitagnachmittag rund 93 Dollar, ein Fünftel weniger als im Juni.
Analysten zweifeln ohnehin, ob der Deckel ohne Indien und China greift, die ihre Käufe russischen Öls seit dem Frühjahr kräftig ausgeweitet haben.
Für den europäischen Gaspreis erwarten Händler am Montag dagegen einen kräftigen Sprung.
"""

# ---------------------------------------------------------------- b53de02 (Pester Lloyd)
DE02 = """
Gazprombank auf der schwarzen Liste: Budapest sucht einen Ausweg für seine Gasrechnungen

Budapest. Die ungarische Regierung will bei den USA eine Ausnahme erwirken, damit sie ihre Rechnungen für russisches Erdgas weiterhin über die Gazprombank begleichen kann.
Das US-Finanzministerium hatte das drittgrößte Kreditinstitut Russlands am Donnerstag gemeinsam mit rund 50 weiteren russischen Banken auf seine Sanktionsliste gesetzt.
Über die Gazprombank, die bisher von den meisten westlichen Strafmaßnahmen verschont geblieben war, wickeln europäische Abnehmer ihre Zahlungen an Gazprom ab, seit Moskau im Frühjahr 2022 die Bezahlung in Rubel verlangt hatte.

Ministerpräsident Viktor Orbán nannte die Sanktionen am Freitag in seinem wöchentlichen Interview im staatlichen Rundfunk einen „schweren Fehler“ der scheidenden Regierung in Washington, der die Energieversorgung Mitteleuropas gefährde.
Ungarn werde eine Ausnahmegenehmigung beantragen, sagte Orbán, und er sei zuversichtlich, dass die Regierung des gewählten Präsidenten Donald Trump dafür mehr Verständnis aufbringe.
Außenminister Péter Szijjártó kündigte an, er werde das Thema in der kommenden Woche mit Vertretern des US-Außenministeriums besprechen.
Ähnliche Signale kamen aus Ankara: Energieminister Alparslan Bayraktar sagte, die Türkei, die einen Teil ihrer russischen Gasimporte über die Bank bezahle, werde mit Washington über eine Lösung sprechen.

Kremlsprecher Dmitri Peskow warf den USA am Freitag vor, die Gaslieferungen nach Europa behindern und den Europäern stattdessen teureres amerikanisches Flüssiggas verkaufen zu wollen.
Russland werde Wege finden, damit seine Kunden weiter zahlen könnten, versicherte Peskow.
In Kiew begrüßte Präsident Wolodymyr Selenskyj die Entscheidung als „richtig und überfällig“ und forderte die EU auf, dem Beispiel Washingtons zu folgen.

Die Entscheidung fällt in eine heikle Phase.
Ende des Jahres läuft der Vertrag über den Transit russischen Gases durch die Ukraine aus, den Kiew nicht verlängern will.
Ungarn bezieht sein russisches Gas allerdings fast vollständig über die Pipeline Turkish Stream durch das Schwarze Meer und Serbien und wäre vom Ende des Transits kaum betroffen.
Nach Angaben aus Budapest zahlt der Staatskonzern MVM jährlich rund drei Milliarden Euro für russisches Gas und Öl.
Die US-Sanktionen sehen für laufende Geschäfte eine Abwicklungsfrist bis zum 21. Dezember vor.

Am Budapester Devisenmarkt gab der Forint am Freitag zeitweise auf mehr als 412 Forint je Euro nach, den schwächsten Stand seit mehr als zwei Jahren.
Händler verwiesen neben den Sanktionen auf die Sorge, dass Ungarn bei einem Ausfall der Zahlungen teureres Gas auf dem Spotmarkt kaufen müsste.
"""

# ---------------------------------------------------------------- b53de03 (Germany Trade & Invest)
DE03 = """
EU und Ukraine einigen sich auf neue Agrarquoten im Freihandel

Kiew/Bonn (GTAI). Die Europäische Union und die Ukraine haben sich am Montag nach monatelangen Verhandlungen grundsätzlich auf neue Regeln für den Handel mit Agrarerzeugnissen verständigt.
Die Vereinbarung auf Grundlage von Artikel 29 des Assoziierungsabkommens ersetzt die sogenannten autonomen Handelsmaßnahmen, mit denen Brüssel ab Juni 2022 nahezu alle Zölle und Kontingente auf ukrainische Waren ausgesetzt hatte, um die Wirtschaft des angegriffenen Landes zu stützen.
Diese Maßnahmen waren am 5. Juni ausgelaufen; seither galten übergangsweise die deutlich engeren Kontingente des Abkommens von 2016.

EU-Handelskommissar Maroš Šefčovič sprach am Montagabend in Brüssel von einer „ausgewogenen und dauerhaften Lösung“, die die Sorgen der Landwirte in der EU ebenso berücksichtige wie die Lage eines Landes, das sich seit mehr als drei Jahren gegen den russischen Angriffskrieg verteidige.
Die ukrainische Erste Vizeregierungschefin und Wirtschaftsministerin Julija Swyrydenko erklärte, Kiew erhalte damit einen verlässlichen Zugang zu seinem wichtigsten Absatzmarkt, der für die Finanzierung des Staatshaushalts im Krieg unverzichtbar sei.

Was ändert sich für Exporteure?
Für besonders sensible Erzeugnisse gelten künftig feste Zollkontingente: Bei Zucker steigt die zollfreie Menge auf 100.000 Tonnen jährlich, bei Geflügelfleisch auf 120.000 Tonnen, bei Eiern auf 18.000 Tonnen und bei Weizen auf 1,3 Millionen Tonnen.
Für Honig, Gerste und Mais gelten ebenfalls höhere Obergrenzen als im Abkommen von 2016, für Milchprodukte und Rindfleisch bleibt es weitgehend beim alten Stand.
Im Gegenzug verpflichtet sich die Ukraine, ihre Vorschriften für Tierschutz, Pflanzenschutzmittel und Tierarzneimittel bis 2028 an das EU-Recht anzugleichen.
Eine Schutzklausel erlaubt beiden Seiten, Einfuhren zu begrenzen, wenn ihr Markt ernsthaft gestört wird.
Die Mitgliedstaaten sollen die Vereinbarung im Herbst billigen.

Kritik kam aus Polen.
Landwirtschaftsminister Czesław Siekierski sagte, die Kontingente für Zucker und Weizen seien zu großzügig bemessen; Warschau werde die Umsetzung genau beobachten und notfalls die Schutzklausel ziehen.
Polen hatte im September 2023 gemeinsam mit Ungarn und der Slowakei einseitige Einfuhrverbote für ukrainisches Getreide verhängt, die weiterhin in Kraft sind.
Ministerpräsident Donald Tusk hatte vergangene Woche betont, Polen werde seinen Markt schützen, gleich was in Brüssel vereinbart werde.

Für deutsche Unternehmen der Lebensmittelindustrie, die in der Ukraine produzieren oder von dort beziehen, bringt die Einigung nach Einschätzung von Branchenvertretern mehr Planungssicherheit.
Die Deutsch-Ukrainische Industrie- und Handelskammer in Kiew rechnet damit, dass Investitionen in die Verarbeitung von Getreide und Ölsaaten wieder anziehen.
Ukrainische Agrarexporte in die EU hatten sich 2024 auf rund 13 Milliarden Euro belaufen.
"""

# ---------------------------------------------------------------- b53de04 (manager magazin)
DE04 = """
Eile vor dem Machtwechsel: Washington überweist 20 Milliarden Dollar aus russischem Zinsgeld nach Kiew

Hamburg/Washington. Die scheidende Regierung von US-Präsident Joe Biden hat ihren Anteil am Kredit der G7 für die Ukraine bereitgestellt, bevor Donald Trump ins Weiße Haus einzieht.
Das Finanzministerium überwies am Dienstag 20 Milliarden Dollar an einen bei der Weltbank eingerichteten Treuhandfonds, aus dem Kiew die Mittel nach und nach abrufen kann.
Zins und Tilgung sollen nicht aus Steuergeld kommen, sondern aus den Erträgen des im Westen eingefrorenen Vermögens der russischen Zentralbank.
Finanzministerin Janet Yellen sagte, damit zahle Russland selbst für die Zerstörung, die es angerichtet habe, und nicht der amerikanische Steuerzahler.

Die Staats- und Regierungschefs der G7 hatten sich im Juni auf ihrem Gipfel in Apulien auf das Konstrukt über insgesamt 50 Milliarden Dollar geeinigt, im Oktober verständigten sich die Finanzminister auf die Lastenverteilung.
Neben den USA tragen die Europäische Union mit rund 18 Milliarden Euro sowie Großbritannien, Kanada und Japan den Rest.
Kommissionspräsidentin Ursula von der Leyen kündigte an, die EU werde die erste Tranche ihres Anteils noch vor Jahresende auszahlen.
In Kiew dankte Regierungschef Denys Schmyhal den Partnern und erklärte, das Geld fließe in den Haushalt und damit mittelbar in die Verteidigung des Landes.

Im Zentrum des Geschäfts steht ein Unternehmen, das vor dem Krieg außerhalb der Finanzbranche kaum jemand kannte: Bei dem Brüsseler Zentralverwahrer Euroclear liegen rund 190 Milliarden Euro der russischen Zentralbank, deren Anlage im vergangenen Jahr Zinserträge von mehr als vier Milliarden Euro abwarf.
Vorstandschefin Valérie Urbain warnte wiederholt, eine Enteignung der Gelder könne das Vertrauen internationaler Anleger in den Euro beschädigen.
Die EU schöpft die sogenannten Übergewinne bereits seit Juli ab und leitet sie über die Europäische Friedensfazilität an die Ukraine weiter.

In Moskau stieß die Überweisung auf scharfe Kritik.
Außenamtssprecherin Maria Sacharowa sprach von „Diebstahl“ und drohte mit Gegenmaßnahmen gegen westliches Eigentum in Russland.
Kremlsprecher Dmitri Peskow sagte, Russland werde die Verwendung seiner Gelder juristisch anfechten, die Entscheidung werde „nicht ohne Folgen“ bleiben.

Offen ist, wie die neue US-Regierung mit dem Konstrukt umgeht, wenn Trump am 20. Januar vereidigt wird.
Der künftige Präsident hat sich zu den eingefrorenen Reserven bislang nicht geäußert.
Weil der Kredit bereits ausgezahlt ist, ließe er sich kaum zurückholen, heißt es in Washington.
"""

# ---------------------------------------------------------------- b53de05 (Finanz und Wirtschaft)
DE05 = """
Moskauer Gericht verurteilt Euroclear – Brüssel nennt das Urteil «null und nichtig»

Zürich/Brüssel. Das Moskauer Schiedsgericht hat der russischen Zentralbank am Donnerstag in ihrem Rechtsstreit mit dem belgischen Zentralverwahrer Euroclear vollumfänglich recht gegeben.
Euroclear soll der Bank von Russland umgerechnet rund 200 Mrd. € Schadenersatz zahlen, weil die in Brüssel verwahrten Reserven seit Februar 2022 blockiert sind.
Die Notenbank hatte die Klage im Dezember eingereicht, wenige Tage nachdem die EU beschlossen hatte, die russischen Gelder auf unbestimmte Zeit festzusetzen.

Die EU-Kommission erklärte am Freitag, das Urteil sei «null und nichtig» und entfalte in der Union keinerlei Wirkung.
Die Gelder blieben blockiert, bis Russland seinen Krieg beende und für die Schäden in der Ukraine aufkomme, sagte die Aussenbeauftragte Kaja Kallas.
Euroclear teilte mit, man anerkenne die Zuständigkeit des Moskauer Gerichts nicht und werde alle Rechtsmittel ausschöpfen.

Brisant ist die Frage der Vollstreckung.
Nach Angaben aus Moskauer Finanzkreisen will die Zentralbank auf Guthaben zugreifen, die Euroclear für westliche Kunden beim russischen Zentralverwahrer NSD hält und die ihrerseits seit 2022 eingefroren sind.
Es geht um rund 16 Mrd. €, die zum Teil auch Schweizer Anlegern gehören.
Kremlsprecher Dmitri Peskow sagte, Russland verteidige seine Interessen «mit allen rechtlichen Mitteln»; wer russisches Staatsvermögen antaste, müsse mit Konsequenzen rechnen.

In der Schweiz sind nach Angaben des Staatssekretariats für Wirtschaft (Seco) Vermögenswerte der russischen Zentralbank von rund 7,4 Mrd. Fr. gesperrt.
Der Bundesrat hatte Ende Januar bekräftigt, er sehe für eine Einziehung keine Rechtsgrundlage, und auf die geplante internationale Schadenskommission verwiesen.
Mehrere Zürcher Vermögensverwalter prüfen nach Informationen der FuW derzeit, ob Kundendepots von einer Vollstreckung in Russland betroffen sein könnten.

In Kiew forderte Aussenminister Andrij Sybiha die Europäer auf, die Reserven nicht länger nur zu verwahren, sondern für den Wiederaufbau der Ukraine einzusetzen.
Die EU hatte im Dezember statt des umstrittenen Reparationskredits ein über gemeinsame Schulden finanziertes Darlehen von 90 Mrd. € an die Ukraine für die Jahre 2026 und 2027 beschlossen, weil Belgien Haftungsrisiken für Euroclear geltend gemacht hatte.
An der Börse reagierten europäische Bankaktien kaum; die Ratingagentur Moody's bestätigte am Freitag die Bonitätsnote von Euroclear.
"""

# ---------------------------------------------------------------- b53de06 (VDI nachrichten)
DE06 = """
Titan und Graphit aus der Ukraine: Berlin sichert sich Zugriff auf kritische Rohstoffe

Berlin. Deutschland und die Ukraine wollen beim Abbau und bei der Verarbeitung kritischer Rohstoffe eng zusammenarbeiten.
Bundeskanzler Friedrich Merz und die ukrainische Regierungschefin Julija Swyrydenko unterzeichneten am Mittwoch im Kanzleramt eine Rohstoffpartnerschaft, die vor allem Titan aus dem Gebiet Schytomyr und Graphit aus der Region Kirowohrad betrifft.
Über den Rohstofffonds der staatlichen Förderbank KfW sollen in den kommenden fünf Jahren bis zu 600 Mio. Euro in Projekte fließen, an denen sich deutsche Unternehmen beteiligen.

Merz sagte, Europa dürfe sich bei Rohstoffen nicht noch einmal so abhängig machen, wie es das bei russischem Gas getan habe.
Die Ukraine sei nicht nur ein Land, dem man helfe, sondern ein Partner, der die industrielle Basis Europas stärken könne.
Swyrydenko erklärte, ihr Land wolle nicht länger nur Erz exportieren, sondern die Wertschöpfung im eigenen Land halten; bis 2030 solle in der Ukraine wieder Titanschwamm hergestellt werden.

Die Ukraine verfügt nach Angaben der Deutschen Rohstoffagentur (Dera) über einige der größten Ilmenit- und Rutilvorkommen Europas.
Das Titanwerk in Saporischschja, das früher Titanschwamm für die Luftfahrtindustrie lieferte, liegt seit 2022 in Frontnähe und steht still.
Das Graphitvorkommen von Sawallja gilt als eines der wenigen in Europa, dessen Qualität sich für Anodenmaterial in Lithium-Ionen-Batterien eignet.
Bei beiden Rohstoffen hängt die europäische Industrie bislang weitgehend von China ab, das die Ausfuhr von Graphit im vergangenen Herbst zeitweise beschränkt hatte.

Heikel ist das Verhältnis zum amerikanisch-ukrainischen Wiederaufbaufonds, den Washington und Kiew im April 2025 vereinbart hatten und der bei neuen Rohstoffprojekten ein Vorrecht auf Verhandlungen genießt.
Nach Angaben aus Regierungskreisen wurde das US-Finanzministerium vorab unterrichtet; Einwände habe es keine gegeben.
US-Finanzminister Scott Bessent hatte im März gesagt, Washington begrüße europäische Investitionen, solange sie den Fonds ergänzten und nicht ersetzten.

Moskau reagierte mit Spott.
Außenamtssprecherin Maria Sacharowa sagte am Donnerstag, Kiew verkaufe die „letzten Reste“ seines Landes an westliche Konzerne, und Deutschland wolle sich am Krieg bereichern.
Ein Teil der Titanlagerstätten im Süden liege ohnehin auf Gebiet, das Russland kontrolliere, fügte sie hinzu.

Der Bundesverband der Deutschen Industrie begrüßte die Partnerschaft, mahnte aber einen besseren Schutz vor Kriegsrisiken an.
Das Wirtschaftsministerium kündigte an, den Rahmen für Investitionsgarantien in der Ukraine in diesem Jahr auf 1,5 Mrd. Euro aufzustocken.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b53de01_g7_oelpreisdeckel_nord_stream_2022_09", "2022-09-03", DE01,
        [
            T("Freitag", "DATE", "2022-09-02", 0),
            T("5. Dezember", "DATE", "2022-12-05"),
            T("5. Februar", "DATE", "2023-02-05"),
            T("Freitag", "DATE", "2022-09-02", 1),
            T("Donnerstag", "DATE", "2022-09-01"),
            T("Freitagabend", "TIME", "2022-09-02TEV"),
            T("Samstag", "DATE", "2022-09-03", note="the planned restart day, the day of publication"),
            T("Abend", "TIME", "2022-09-02TEV", note="Friday evening, anaphoric to the Gazprom news"),
            T("heute", "DATE", "2022-09-02", note="in Habeck's reported speech, said on Friday evening"),
            T("Frühjahr", "DATE", "2022-SP", 0),
            T("der kommenden Woche", "DATE", "2022-W36"),
            T("Freitagnachmittag", "TIME", "2022-09-02TAF"),
            T("Juni", "DATE", "2022-06"),
            T("dem Frühjahr", "DATE", "2022-SP"),
            T("Montag", "DATE", "2022-09-05"),
        ],
        [
            E("G7 finance ministers agree to introduce a price cap on Russian oil", "AGREE",
              ["Germany", "United States"], "2022-09-02", "context", "occurred",
              "Die Finanzminister der G7-Staaten haben sich darauf verständigt"),
            E("G7 finance ministers hold a video conference chaired by Lindner", "CONSULT",
              ["Germany", "United States"], "2022-09-02", "text", "occurred", "nach einer Videokonferenz am Freitag"),
            E("Price cap on Russian crude to apply from 5 December", "SANCTION",
              ["Germany", "United States", "Russia"], "2022-12-05", "text", "planned",
              "Für Rohöl soll er vom 5. Dezember an gelten"),
            E("EU embargo on seaborne Russian oil takes effect on 5 December", "SANCTION",
              ["European Union", "Russia"], "2022-12-05", "text", "planned", "Für Rohöl soll er vom 5. Dezember an gelten"),
            E("Price cap on Russian oil products to apply from 5 February", "SANCTION",
              ["Germany", "United States", "Russia"], "2023-02-05", "text", "planned",
              "Für Rohöl soll er vom 5. Dezember an gelten"),
            E("Peskov: Russia will stop supplying oil to states that join the price cap", "THREATEN",
              ["Dmitry Peskov", "Germany", "United States"], "2022-09-02", "text", "occurred",
              "Kremlsprecher Dmitri Peskow erklärte noch am Freitag"),
            E("Novak warns that a price cap would destabilise the oil market", "REQUEST", ["Russia"], "2022-09-01",
              "text", "occurred", "Bereits am Donnerstag hatte Vizeregierungschef"),
            E("Gazprom keeps Nord Stream 1 shut instead of restarting it on Saturday", "SANCTION",
              ["Russia", "Germany"], "2022-09-02TEV", "text", "occurred", "Am Freitagabend teilte dann Gazprom mit"),
            E("Habeck calls Russia an unreliable supplier", "ACCUSE", ["Germany", "Russia"], "2022-09-02TEV", "text",
              "occurred", "Bundeswirtschaftsminister Robert Habeck"),
            E("Yermak welcomes the G7 ministers' decision", "SUPPORT", ["Andriy Yermak", "Germany", "United States"],
              "2022-09-03", "published", "occurred", "begrüßte der ukrainische Präsidialamtschef"),
            E("Yermak calls for the cap to be set as low as possible", "REQUEST",
              ["Andriy Yermak", "Germany", "United States"], "2022-09-03", "published", "occurred",
              "begrüßte der ukrainische Präsidialamtschef"),
            E("Von der Leyen to propose a price cap on Russian pipeline gas next week", "REQUEST",
              ["Ursula von der Leyen", "Russia"], "2022-W36", "text", "planned",
              "EU-Kommissionspräsidentin Ursula von der Leyen kündigte an"),
        ],
        [
            S("Joint statement: Germany, United States",
              "The cap is to reduce Russia's revenues and stabilise world market prices", "2022-09-02", "text",
              "In einer gemeinsamen Erklärung"),
            S("Germany", "Lindner: a very important step; Russia must no longer profit from high prices that finance "
              "its war", "2022-09-02", "context", "Bundesfinanzminister Christian Lindner"),
            S("United States", "Yellen: the cap is one of the most effective tools to cut Russia's revenues",
              "2022-09-03", "published", "US-Finanzministerin Janet Yellen"),
            S("Dmitry Peskov", "Russia will supply no oil to states that join the price cap", "2022-09-02", "text",
              "Kremlsprecher Dmitri Peskow erklärte noch am Freitag"),
            S("Russia", "Novak: a cap would destabilise the oil market and drive prices up", "2022-09-01", "text",
              "Bereits am Donnerstag hatte Vizeregierungschef"),
            S("Russia", "Gazprom: Nord Stream 1 will not restart on Saturday", "2022-09-02TEV", "text",
              "Am Freitagabend teilte dann Gazprom mit"),
            S("Russia", "Gazprom: an oil leak was found at a turbine; the pipeline stays shut until repaired",
              "2022-09-02TEV", "context", "Bei der Wartung sei ein Ölleck"),
            S("Germany", "Habeck: Russia is an unreliable supplier, Germany is better prepared than in spring",
              "2022-09-02TEV", "text", "Bundeswirtschaftsminister Robert Habeck"),
            S("Andriy Yermak", "Welcomes the decision; the cap should be as low as possible", "2022-09-03",
              "published", "begrüßte der ukrainische Präsidialamtschef"),
            S("Ursula von der Leyen", "Brussels will propose a price cap on Russian pipeline gas next week",
              "2022-09-03", "published", "EU-Kommissionspräsidentin Ursula von der Leyen kündigte an"),
        ],
        ["Vladimir Putin", "Germany", "United States", "Russia", "China", "European Union", "Dmitry Peskov", "Kremlin",
         "Ukraine", "Andriy Yermak", "Ursula von der Leyen"],
    ),
    doc(
        "b53de02_gazprombank_sanktionen_ungarn_2024_11", "2024-11-23", DE02,
        [
            T("Donnerstag", "DATE", "2024-11-21"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("Freitag", "DATE", "2024-11-22", 0),
            T("wöchentlichen", "SET", "P1W"),
            T("der kommenden Woche", "DATE", "2024-W48"),
            T("Freitag", "DATE", "2024-11-22", 1),
            T("Ende des Jahres", "DATE", "2024", mod="END"),
            T("jährlich", "SET", "P1Y"),
            T("21. Dezember", "DATE", "2024-12-21"),
            T("Freitag", "DATE", "2024-11-22", 2),
            T("mehr als zwei Jahren", "DURATION", "P2Y", mod="MORE_THAN"),
        ],
        [
            E("US Treasury sanctions Gazprombank and about 50 other Russian banks", "SANCTION",
              ["United States", "Russia"], "2024-11-21", "text", "occurred", "Das US-Finanzministerium hatte"),
            E("Moscow demands that gas be paid for in roubles", "REQUEST", ["Russia"], "2022-SP", "text", "occurred",
              "seit Moskau im Frühjahr 2022"),
            E("Orbán calls the sanctions a grave mistake of the outgoing US administration", "ACCUSE",
              ["Viktor Orbán", "United States"], "2024-11-22", "text", "occurred", "Ministerpräsident Viktor Orbán nannte"),
            E("Hungary to apply to Washington for an exemption", "REQUEST", ["Viktor Orbán", "United States"],
              "2024-11-22", "context", "planned", "Ungarn werde eine Ausnahmegenehmigung beantragen"),
            E("Szijjártó to discuss the exemption with the US State Department next week", "CONSULT",
              ["United States"], "2024-W48", "text", "planned", "Außenminister Péter Szijjártó kündigte an"),
            E("Turkey to talk to Washington about a solution for its gas payments", "CONSULT",
              ["Turkey", "United States"], "2024-11-23", "published", "planned", "Ähnliche Signale kamen aus Ankara"),
            E("Peskov accuses the US of trying to block gas supplies to Europe and sell LNG", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2024-11-22", "text", "occurred",
              "Kremlsprecher Dmitri Peskow warf den USA"),
            E("Peskov assures that Russia will find ways for customers to keep paying", "AGREE", ["Dmitry Peskov"],
              "2024-11-22", "context", "occurred", "Russland werde Wege finden"),
            E("Zelensky welcomes the sanctions", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2024-11-23",
              "published", "occurred", "In Kiew begrüßte Präsident"),
            E("Zelensky calls on the EU to follow Washington's example", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-11-23", "published", "occurred",
              "In Kiew begrüßte Präsident"),
            E("Kyiv will not extend the gas transit contract expiring at the end of the year", "REJECT",
              ["Ukraine", "Russia"], "2024-11-23", "published", "occurred", "Ende des Jahres läuft der Vertrag",
              note="the contract expires at the end of 2024"),
        ],
        [
            S("Viktor Orbán", "The sanctions are a grave mistake of the outgoing US government that endangers "
              "central Europe's energy supply", "2024-11-22", "text", "Ministerpräsident Viktor Orbán nannte"),
            S("Viktor Orbán", "Hungary will apply for an exemption; Trump's government will be more understanding",
              "2024-11-22", "context", "Ungarn werde eine Ausnahmegenehmigung beantragen"),
            S("Turkey", "Bayraktar: Turkey, which pays for part of its Russian gas through the bank, will talk to "
              "Washington", "2024-11-23", "published", "Ähnliche Signale kamen aus Ankara"),
            S("Dmitry Peskov", "The US wants to block gas supplies to Europe and sell its own LNG", "2024-11-22",
              "text", "Kremlsprecher Dmitri Peskow warf den USA"),
            S("Dmitry Peskov", "Russia will find ways for its customers to keep paying", "2024-11-22", "context",
              "Russland werde Wege finden"),
            S("Volodymyr Zelensky", "The decision is right and overdue; the EU should follow", "2024-11-23",
              "published", "In Kiew begrüßte Präsident"),
        ],
        ["Russia", "United States", "Viktor Orbán", "Donald Trump", "Turkey", "Dmitry Peskov", "Kremlin",
         "Volodymyr Zelensky", "European Union", "Ukraine"],
    ),
    doc(
        "b53de03_eu_ukraine_agrarquoten_2025_07", "2025-07-01", DE03,
        [
            T("Montag", "DATE", "2025-06-30"),
            T("monatelangen", "DURATION", "PXM"),
            T("Juni 2022", "DATE", "2022-06"),
            T("5. Juni", "DATE", "2025-06-05"),
            T("2016", "DATE", "2016", 0),
            T("Montagabend", "TIME", "2025-06-30TEV"),
            T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
            T("jährlich", "SET", "P1Y"),
            T("2016", "DATE", "2016", 1),
            T("2028", "DATE", "2028"),
            T("Herbst", "DATE", "2025-FA"),
            T("September 2023", "DATE", "2023-09"),
            T("vergangene Woche", "DATE", "2025-W26"),
            T("2024", "DATE", "2024"),
        ],
        [
            E("EU and Ukraine agree in principle on new rules for agricultural trade", "AGREE",
              ["European Union", "Ukraine"], "2025-06-30", "text", "occurred",
              "Die Europäische Union und die Ukraine haben sich am Montag"),
            E("EU suspended almost all tariffs and quotas on Ukrainian goods from June 2022", "AID",
              ["European Union", "Ukraine"], "2022-06", "text", "occurred", "Die Vereinbarung auf Grundlage von Artikel 29",
              date_mod="START"),
            E("Ukraine commits to align its animal-welfare and pesticide rules with EU law by 2028", "AGREE",
              ["Ukraine", "European Union"], "2025-06-30", "context", "occurred", "Im Gegenzug verpflichtet sich",
              note="part of Monday's agreement; alignment due by 2028"),
            E("Member states to approve the agreement in autumn", "AGREE", ["European Union", "Ukraine"], "2025-FA",
              "text", "planned", "Die Mitgliedstaaten sollen die Vereinbarung im Herbst billigen"),
            E("Polish agriculture minister criticises the sugar and wheat quotas as too generous", "ACCUSE",
              ["Poland", "European Union"], "2025-07-01", "published", "occurred", "Landwirtschaftsminister Czesław"),
            E("Warsaw threatens to invoke the safeguard clause against Ukrainian imports", "THREATEN",
              ["Poland", "Ukraine"], "2025-07-01", "published", "occurred", "Landwirtschaftsminister Czesław"),
            E("Poland imposes a unilateral ban on Ukrainian grain imports", "SANCTION", ["Poland", "Ukraine"], "2023-09",
              "text", "occurred", "Polen hatte im September 2023"),
            E("Tusk: Poland will protect its market whatever is agreed in Brussels", "REJECT",
              ["Donald Tusk", "European Union"], "2025-W26", "text", "occurred", "Ministerpräsident Donald Tusk hatte"),
        ],
        [
            S("European Union", "Šefčovič: a balanced and lasting solution for EU farmers and a country defending "
              "itself for more than three years", "2025-06-30TEV", "text", "sprach am Montagabend in Brüssel"),
            S("Ukraine", "Svyrydenko: reliable access to Ukraine's main market, indispensable for the wartime budget",
              "2025-07-01", "published", "Julija Swyrydenko erklärte"),
            S("Poland", "Criticism of the agreement from Poland", "2025-07-01", "published", "Kritik kam aus Polen."),
            S("Poland", "Siekierski: sugar and wheat quotas too generous; Warsaw may invoke the safeguard clause",
              "2025-07-01", "published", "Landwirtschaftsminister Czesław"),
            S("Donald Tusk", "Poland will protect its market, whatever is agreed in Brussels", "2025-W26", "text",
              "Ministerpräsident Donald Tusk hatte"),
        ],
        ["European Union", "Ukraine", "Russia", "Poland", "Donald Tusk"],
    ),
    doc(
        "b53de04_usa_era_kredit_weltbank_2024_12", "2024-12-11", DE04,
        [
            T("Dienstag", "DATE", "2024-12-10"),
            T("Juni", "DATE", "2024-06"),
            T("Oktober", "DATE", "2024-10"),
            T("Jahresende", "DATE", "2024", mod="END"),
            T("vergangenen Jahr", "DATE", "2023"),
            T("Juli", "DATE", "2024-07"),
            T("20. Januar", "DATE", "2025-01-20"),
        ],
        [
            E("US Treasury transfers 20 billion dollars to a World Bank fund for Ukraine, serviced from Russian "
              "central bank assets", "AID", ["United States", "Ukraine", "Russia"], "2024-12-10", "text", "occurred",
              "Das Finanzministerium überwies am Dienstag"),
            E("G7 summit in Apulia", "CONSULT", ["United States", "European Union", "United Kingdom"], "2024-06", "text",
              "occurred", "Die Staats- und Regierungschefs der G7 hatten sich im Juni"),
            E("G7 leaders agree on the 50-billion-dollar loan for Ukraine", "AGREE",
              ["United States", "European Union", "United Kingdom", "Ukraine"], "2024-06", "text", "occurred",
              "Die Staats- und Regierungschefs der G7 hatten sich im Juni"),
            E("G7 finance ministers agree on the burden sharing", "AGREE",
              ["United States", "European Union", "United Kingdom"], "2024-10", "text", "occurred",
              "Die Staats- und Regierungschefs der G7 hatten sich im Juni"),
            E("EU to pay out the first tranche of its share before the end of the year", "AID",
              ["European Union", "Ukraine", "Russia"], "2024", "text", "planned",
              "Kommissionspräsidentin Ursula von der Leyen kündigte an", date_mod="END"),
            E("EU skims off windfall profits and passes them to Ukraine via the European Peace Facility since July",
              "AID", ["European Union", "Ukraine", "Russia"], "2024-07", "text", "occurred",
              "Die EU schöpft die sogenannten Übergewinne", date_mod="START"),
            E("Zakharova calls the transfer theft", "ACCUSE", ["Maria Zakharova", "United States"], "2024-12-11",
              "published", "occurred", "Außenamtssprecherin Maria Sacharowa sprach"),
            E("Zakharova threatens countermeasures against Western property in Russia", "THREATEN", ["Maria Zakharova"],
              "2024-12-11", "published", "occurred", "Außenamtssprecherin Maria Sacharowa sprach"),
            E("Russia to challenge the use of its funds in court", "ACCUSE", ["Russia"], "2024-12-11", "published",
              "planned", "Kremlsprecher Dmitri Peskow sagte"),
            E("Peskov: the decision will not remain without consequences", "THREATEN", ["Dmitry Peskov"], "2024-12-11",
              "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
        ],
        [
            S("United States", "Yellen: Russia, not the American taxpayer, pays for the destruction it caused",
              "2024-12-11", "published", "Finanzministerin Janet Yellen sagte"),
            S("Ursula von der Leyen", "The EU will pay out the first tranche of its share before the end of the year",
              "2024-12-11", "published", "Kommissionspräsidentin Ursula von der Leyen kündigte an"),
            S("Ukraine", "Shmyhal thanks the partners; the money goes into the budget and indirectly into defence",
              "2024-12-11", "published", "In Kiew dankte Regierungschef"),
            S("Maria Zakharova", "The transfer is theft; Moscow threatens countermeasures against Western property",
              "2024-12-11", "published", "Außenamtssprecherin Maria Sacharowa sprach"),
            S("Dmitry Peskov", "Russia will challenge the use of its funds in court; not without consequences",
              "2024-12-11", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("United States", "The loan has been paid out and could hardly be recalled", "2024-12-11", "published",
              "heißt es in Washington"),
        ],
        ["Joe Biden", "Donald Trump", "United States", "Ukraine", "Russia", "European Union", "United Kingdom",
         "Ursula von der Leyen", "Maria Zakharova", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b53de05_euroclear_urteil_moskau_2026_03", "2026-03-07", DE05,
        [
            T("Donnerstag", "DATE", "2026-03-05"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Dezember", "DATE", "2025-12", 0),
            T("Freitag", "DATE", "2026-03-06", 0),
            T("2022", "DATE", "2022", 1),
            T("Ende Januar", "DATE", "2026-01", mod="END"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dezember", "DATE", "2025-12", 1),
            T("2026", "DATE", "2026"),
            T("2027", "DATE", "2027"),
            T("Freitag", "DATE", "2026-03-06", 1),
        ],
        [
            E("Moscow arbitration court orders Euroclear to pay the Bank of Russia about 200 billion euros", "COERCE",
              ["Russia"], "2026-03-05", "text", "occurred", "Das Moskauer Schiedsgericht hat"),
            E("Russian reserves held in Brussels blocked since February 2022", "SANCTION", ["European Union", "Russia"],
              "2022-02", "text", "occurred", "Euroclear soll der Bank von Russland", date_mod="START"),
            E("Bank of Russia sues Euroclear", "ACCUSE", ["Russia"], "2025-12", "text", "occurred",
              "Die Notenbank hatte die Klage im Dezember"),
            E("EU decides to immobilise Russian assets indefinitely", "SANCTION", ["European Union", "Russia"], "2025-12",
              "context", "occurred", "Die Notenbank hatte die Klage im Dezember"),
            E("Commission declares the Moscow ruling null and void", "REJECT", ["European Union", "Russia"],
              "2026-03-06", "text", "occurred", "Die EU-Kommission erklärte am Freitag"),
            E("Kallas: the assets stay blocked", "REJECT", ["Kaja Kallas", "Russia"], "2026-03-07", "published",
              "occurred", "Die Gelder blieben blockiert"),
            E("Kallas: Russia must end its war and pay for the damage in Ukraine", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-03-07", "published", "occurred", "Die Gelder blieben blockiert"),
            E("Central bank plans to seize Euroclear's holdings at the Russian depository NSD", "COERCE", ["Russia"],
              "2026-03-07", "published", "planned", "Nach Angaben aus Moskauer Finanzkreisen"),
            E("Euroclear's client holdings at NSD frozen in Russia since 2022", "SANCTION", ["Russia"], "2022", "text",
              "occurred", "Nach Angaben aus Moskauer Finanzkreisen", date_mod="START"),
            E("Peskov: whoever touches Russian state assets must expect consequences", "THREATEN", ["Dmitry Peskov"],
              "2026-03-07", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Sybiha calls on the Europeans to use the reserves for Ukraine's reconstruction", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-03-07", "published", "occurred",
              "In Kiew forderte Aussenminister"),
            E("EU agrees a 90-billion-euro loan to Ukraine for 2026 and 2027 financed by joint debt", "AID",
              ["European Union", "Ukraine"], "2025-12", "text", "occurred", "Die EU hatte im Dezember"),
        ],
        [
            S("European Union", "The ruling is null and void and has no effect in the Union", "2026-03-06", "text",
              "Die EU-Kommission erklärte am Freitag"),
            S("Kaja Kallas", "The assets stay blocked until Russia ends its war and pays for the damage in Ukraine",
              "2026-03-07", "published", "Die Gelder blieben blockiert"),
            S("Dmitry Peskov", "Russia defends its interests with all legal means; whoever touches its state assets "
              "must expect consequences", "2026-03-07", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Andrii Sybiha", "The Europeans should use the reserves for Ukraine's reconstruction", "2026-03-07",
              "published", "In Kiew forderte Aussenminister"),
        ],
        ["Russia", "European Union", "Ukraine", "Kaja Kallas", "Dmitry Peskov", "Kremlin", "Andrii Sybiha"],
    ),
    doc(
        "b53de06_rohstoffpartnerschaft_titan_graphit_2026_05", "2026-05-22", DE06,
        [
            T("Mittwoch", "DATE", "2026-05-20"),
            T("den kommenden fünf Jahren", "DURATION", "P5Y"),
            T("2030", "DATE", "2030"),
            T("2022", "DATE", "2022"),
            T("vergangenen Herbst", "DATE", "2025-FA"),
            T("April 2025", "DATE", "2025-04"),
            T("März", "DATE", "2026-03"),
            T("Donnerstag", "DATE", "2026-05-21"),
            T("diesem Jahr", "DATE", "2026"),
        ],
        [
            E("Merz meets Ukrainian Prime Minister Svyrydenko in the Chancellery", "CONSULT",
              ["Friedrich Merz", "Ukraine"], "2026-05-20", "text", "occurred", "unterzeichneten am Mittwoch im Kanzleramt"),
            E("Merz and Svyrydenko sign a raw-materials partnership on titanium and graphite", "AGREE",
              ["Friedrich Merz", "Ukraine"], "2026-05-20", "text", "occurred", "unterzeichneten am Mittwoch im Kanzleramt"),
            E("China temporarily restricted graphite exports", "SANCTION", ["China"], "2025-FA", "text", "occurred",
              "Bei beiden Rohstoffen hängt"),
            E("Washington and Kyiv agree on the US-Ukrainian reconstruction fund", "AGREE", ["United States", "Ukraine"],
              "2025-04", "text", "occurred", "Heikel ist das Verhältnis"),
            E("Berlin informs the US Treasury in advance", "CONSULT", ["Germany", "United States"], "2026-05-22",
              "published", "occurred", "Nach Angaben aus Regierungskreisen"),
            E("Bessent welcomes European investment that complements the fund", "SUPPORT", ["United States"], "2026-03",
              "text", "occurred", "US-Finanzminister Scott Bessent hatte im März"),
            E("Zakharova accuses Kyiv of selling off its country and Germany of profiting from the war", "ACCUSE",
              ["Maria Zakharova", "Ukraine", "Germany"], "2026-05-21", "text", "occurred",
              "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag"),
            E("Germany to raise its investment guarantees for Ukraine to 1.5 billion euros this year", "AID",
              ["Germany", "Ukraine"], "2026", "text", "planned", "Das Wirtschaftsministerium kündigte an"),
        ],
        [
            S("Friedrich Merz", "Europe must not again become dependent on raw materials as it was on Russian gas",
              "2026-05-20", "context", "Merz sagte, Europa dürfe"),
            S("Friedrich Merz", "Ukraine is not only a country to help but a partner for Europe's industrial base",
              "2026-05-20", "context", "Die Ukraine sei nicht nur ein Land"),
            S("Ukraine", "Svyrydenko: keep value added in Ukraine; titanium sponge again by 2030", "2026-05-20",
              "context", "Swyrydenko erklärte"),
            S("Germany", "Government sources: the US Treasury was informed in advance and raised no objections",
              "2026-05-22", "published", "Nach Angaben aus Regierungskreisen"),
            S("United States", "Bessent: Washington welcomes European investment as long as it complements the fund",
              "2026-03", "text", "US-Finanzminister Scott Bessent hatte im März"),
            S("Russia", "Moscow mocks the partnership", "2026-05-21", "context", "Moskau reagierte mit Spott."),
            S("Maria Zakharova", "Kyiv sells the last remains of its country; Germany wants to profit from the war",
              "2026-05-21", "text", "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag"),
            S("Maria Zakharova", "Part of the titanium deposits lies on territory Russia controls", "2026-05-21",
              "context", "Ein Teil der Titanlagerstätten"),
            S("Germany", "The economy ministry will raise investment guarantees for Ukraine to 1.5 billion euros",
              "2026-05-22", "published", "Das Wirtschaftsministerium kündigte an"),
        ],
        ["Germany", "Ukraine", "Friedrich Merz", "Russia", "China", "United States", "Maria Zakharova"],
    ),
]
