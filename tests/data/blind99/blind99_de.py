"""German articles of the blind99 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b99de01 (Ost-West-Contact)
DE01 = """
EU-Sanktionsbeauftragter in Astana: Kasachstan sagt schärfere Kontrolle von Reexporten zu

Astana/Berlin. Kasachstan will verhindern, dass westliche Waren über sein Territorium nach Russland gelangen.
Bei einem Besuch des EU-Sondergesandten für Sanktionen, David O'Sullivan, am Mittwoch in Astana sagte die kasachische Regierung zu, ab dem 1. Juni ein elektronisches System zur Nachverfolgung von Gütern einzuführen, die auf der gemeinsamen Prioritätenliste der EU, der USA, Großbritanniens und Japans stehen.
O'Sullivan traf nach Angaben der EU-Delegation den stellvertretenden Außenminister Roman Wassilenko sowie Vertreter des Handels- und des Finanzministeriums.

Der Ire, der das Amt seit Januar innehat, nannte Kasachstan nach den Gesprächen einen „verlässlichen Partner“.
„Wir wollen Umgehungen verhindern, nicht den Handel mit Zentralasien bestrafen“, sagte er.
Wassilenko betonte, sein Land werde „nicht als Instrument zur Umgehung von Sanktionen“ dienen.

Der Hintergrund sind Handelsdaten, die in Brüssel Stirnrunzeln auslösen.
Die Ausfuhren aus der EU nach Kasachstan stiegen 2022 um rund ein Viertel, jene aus Deutschland sogar um mehr als 40 Prozent.
Zugleich schnellten Kasachstans Exporte nach Russland in die Höhe, vor allem bei Elektronik, Maschinenteilen und Fahrzeugen.
Moskau hatte solche „Parallelimporte“ nach dem Einmarsch in die Ukraine im Februar 2022 ausdrücklich erlaubt.

In Brüssel verhandeln die Mitgliedstaaten derzeit über das elfte Sanktionspaket, das erstmals ein Instrument gegen Umgehung enthalten soll.
Es würde erlauben, die Ausfuhr bestimmter Güter in Drittstaaten zu verbieten, über die sie nachweislich nach Russland gelangen; beschlossen werden soll es bis Ende Juni.
Kasachstan gilt in Diplomatenkreisen nicht als erster Kandidat für eine solche Maßnahme.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Kasachstan sei ein souveräner Staat und bleibe Russlands „Verbündeter und strategischer Partner“.
Versuche, einen Keil zwischen Moskau und seine Nachbarn zu treiben, seien zum Scheitern verurteilt.
Außenamtssprecherin Maria Sacharowa warf der EU vor, Drittstaaten mit „Erpressung“ zu Gehilfen ihrer „illegalen Sanktionen“ machen zu wollen.
Der ukrainische Außenminister Dmytro Kuleba forderte am Mittwochabend, Bauteile, die in russischen Raketen und Drohnen gefunden würden, müssten „an jeder Grenze“ gestoppt werden.

Für deutsche Exporteure bedeutet das mehr Aufwand.
Das Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) rät bereits seit Monaten, sich von Abnehmern in Zentralasien schriftlich zusichern zu lassen, dass Waren nicht nach Russland weitergeliefert werden.
Der kasachische Präsident Kassym-Schomart Tokajew wird im Herbst zu einem Besuch in Berlin erwartet; ein Termin steht noch nicht fest.
Dann dürfte es neben Rohstoffen und Wasserstoff auch um die Frage gehen, wie viel Kontrolle sich Astana gegenüber seinem großen Nachbarn leisten kann.
"""

# ---------------------------------------------------------------- b99de02 (Caucasus Watch)
DE02 = """
US-Sanktionen gegen armenische Firmen: Eriwan kündigt strengere Exportkontrollen an

Nach der Aufnahme mehrerer armenischer Unternehmen in die US-Sanktionsliste will die Regierung in Eriwan die Wiederausfuhr von Elektronik nach Russland stärker kontrollieren.
Das Wirtschaftsministerium kündigte am Samstag an, ab dem 1. Januar für Mikrochips, Funkmodule und Kameras eine Genehmigungspflicht einzuführen, wenn die Waren in Länder der Eurasischen Wirtschaftsunion ausgeführt werden.

Das US-Finanzministerium hatte am Donnerstag weltweit Dutzende Firmen und Personen sanktioniert, die Russlands Rüstungsindustrie beliefert haben sollen, darunter drei in Armenien registrierte Handelsunternehmen.
Sie sollen westliche Halbleiter im Wert von mehreren Millionen Dollar an russische Abnehmer weitergeleitet haben.
Betroffen sind auch Firmen in der Türkei, den Vereinigten Arabischen Emiraten und China.
Der stellvertretende US-Finanzminister Wally Adeyemo erklärte, wer Moskau beim Umgehen der Sanktionen helfe, müsse „mit Konsequenzen rechnen“, gleich wo er sitze.

Regierungschef Nikol Paschinjan sagte im Parlament, Armenien habe „kein Interesse“, zu einer Drehscheibe für Sanktionsumgehung zu werden.
Die Zahlen sprechen eine andere Sprache: Armeniens Ausfuhren nach Russland haben sich 2022 fast verdreifacht, bei Mikrochips und Computern stiegen sie um ein Vielfaches.
Zugleich importierte das Land mehr Elektronik aus der EU und den USA als je zuvor.

Die russische Botschaft in Eriwan sprach von einem „weiteren Versuch Washingtons“, die traditionellen Handelsbeziehungen zwischen Verbündeten zu zerstören.
Außenamtssprecherin Maria Sacharowa warnte Eriwan am Freitag, sich nicht „zum Werkzeug fremder Interessen“ machen zu lassen; Armenien sei Mitglied der Eurasischen Wirtschaftsunion und an deren Regeln gebunden.
Die Beziehungen zwischen Moskau und Eriwan sind seit dem Fall Bergkarabachs im September angespannt.
Paschinjan wirft Russland vor, sein Land im Stich gelassen zu haben, und hat die Teilnahme an Treffen des Militärbündnisses OVKS ausgesetzt.

US-Außenminister Antony Blinken hatte am Dienstag mit seinem armenischen Kollegen Ararat Mirsojan telefoniert; nach Angaben des State Department ging es dabei auch um die „Durchsetzung von Exportkontrollen“.
Der EU-Sanktionsbeauftragte David O'Sullivan will nach Angaben aus Brüssel noch vor Jahresende nach Eriwan reisen.
Armenien hatte der EU und den USA im Frühjahr zugesagt, die Ausfuhr einiger Güter der gemeinsamen westlichen Prioritätenliste zu überwachen.

Das ukrainische Außenministerium begrüßte die neuen Sanktionen.
Es forderte, auch Zwischenhändler in „befreundeten Staaten“ Russlands konsequent zu verfolgen, denn westliche Bauteile fänden sich weiter in russischen Drohnen.
Caucasus Watch hat beim armenischen Wirtschaftsministerium um eine Liste der betroffenen Warengruppen gebeten; eine Antwort stand bis Redaktionsschluss aus.
"""

# ---------------------------------------------------------------- b99de03 (AW-Prax)
DE03 = """
„No Russia“-Klausel: Ab heute gilt die Pflicht zum Reexportverbot in Drittlandsverträgen

Mit dem 20. März 2024 endet die Übergangsfrist für Art. 12g der Russland-Embargoverordnung (EU) Nr. 833/2014.
Ausführer aus der EU müssen in Verträge mit Abnehmern in Drittländern eine Klausel aufnehmen, die die Wiederausfuhr bestimmter Güter nach Russland und ihre Verwendung in Russland ausdrücklich untersagt.
Der Rat der EU hatte die Vorschrift mit dem zwölften Sanktionspaket am 18. Dezember 2023 beschlossen.
Für Altverträge, die vor dem 19. Dezember 2023 geschlossen wurden, gilt eine Frist bis zum 20. Dezember 2024.

Erfasst sind unter anderem die Güter der gemeinsamen hochprioritären Liste, Feuerwaffen, Munition sowie Güter und Technologien der Luftfahrt.
Ausgenommen sind Verträge mit Abnehmern in Partnerländern, darunter die USA, Großbritannien, Japan und die Schweiz.
Die EU-Kommission hat ihre Antworten auf häufige Fragen zu Art. 12g am 22. Februar aktualisiert.
Danach muss die Klausel vertraglich durchsetzbar sein; Verstöße des Abnehmers müssen „angemessene Rechtsfolgen“ haben, etwa eine Vertragsstrafe oder die Kündigung.

Mit dem 13. Paket vom 23. Februar hat der Rat zudem erstmals in größerem Umfang Unternehmen aus Drittländern in Anhang IV aufgenommen, darunter Firmen aus China, Indien, Kasachstan, Serbien, Thailand, Sri Lanka und der Türkei.
Für sie gelten seither die strengsten Ausfuhrbeschränkungen für Güter mit doppeltem Verwendungszweck.
Das chinesische Handelsministerium legte am folgenden Tag Protest ein und kündigte an, die Rechte chinesischer Firmen zu „verteidigen“.

Das Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) weist darauf hin, dass vorsätzliche Verstöße gegen die Russland-Embargoverordnung nach dem Außenwirtschaftsgesetz mit Freiheitsstrafe geahndet werden können.
Bundeswirtschaftsminister Robert Habeck hatte im Januar angekündigt, Umgehungsgeschäfte über Drittländer stärker zu verfolgen.

Parallel erhöht Washington den Druck auf Banken in Drittländern.
Seit der Anordnung von US-Präsident Joe Biden vom 22. Dezember drohen ausländischen Finanzinstituten Sekundärsanktionen, wenn sie Geschäfte für Russlands Rüstungsindustrie abwickeln.
Mehrere Banken in der Türkei, den Vereinigten Arabischen Emiraten und China haben seither Zahlungen aus Russland zurückgewiesen.

Das russische Außenministerium nannte die Klausel im Dezember einen Versuch, „die ganze Welt zu Komplizen“ des westlichen Wirtschaftskriegs zu machen.
Die ukrainische Regierung verlangt dagegen, sie auf alle Bauteile auszudehnen, die in russischen Raketen und Drohnen gefunden werden.

Praxishinweis: Unternehmen sollten Rahmenverträge mit Händlern in Zentralasien, im Kaukasus und in der Türkei jetzt prüfen und die Weitergabe der Klausel an Unterabnehmer vertraglich absichern.
Eine Sorgfaltspflicht, die über den eigenen Vertragspartner hinausreicht, sieht Art. 12g nicht vor; das BAFA empfiehlt aber, Auffälligkeiten wie ungewöhnliche Liefermengen zu dokumentieren.
"""

# ---------------------------------------------------------------- b99de04 (MM MaschinenMarkt)
DE04 = """
Sekundärsanktionen: Türkische Banken stoppen Russland-Zahlungen – Maschinenbauer spüren die Folgen

Istanbul/Würzburg – Für deutsche Werkzeugmaschinenhersteller, die über türkische Händler Kunden in Russland beliefern, wird es eng.
Mehrere große türkische Banken, darunter die staatliche Ziraat Bankası, haben seit Jahresbeginn Überweisungen aus Russland gestoppt oder verlangen umfangreiche Nachweise über die Endverwendung.
Händler in Istanbul berichten von Zahlungen, die wochenlang hängen, und von Konten russischer Kunden, die ohne Begründung gekündigt wurden.

Auslöser ist eine Anordnung von US-Präsident Joe Biden vom 22. Dezember, die ausländischen Banken mit dem Ausschluss vom US-Finanzsystem droht, wenn sie Geschäfte für Russlands Rüstungssektor abwickeln.
Ausdrücklich genannt werden Werkzeugmaschinen, Kugellager und Elektronik.
Der stellvertretende US-Finanzminister Wally Adeyemo hatte Ende Januar bei einem Besuch in Istanbul Bankmanager und Regierungsvertreter vor den Risiken gewarnt.

Die türkische Regierung reagiert zweigleisig.
Handelsminister Ömer Bolat sagte am Montag, die Türkei halte sich an Sanktionen der Vereinten Nationen, nicht aber an „einseitige Maßnahmen“ wie die der USA.
Zugleich werde Ankara nicht zulassen, dass das Land zur Umgehung westlicher Exportkontrollen genutzt werde.
Kremlsprecher Dmitri Peskow räumte am Dienstag „Probleme“ bei Zahlungen mit türkischen Partnern ein; man arbeite gemeinsam mit Ankara an Lösungen.
Das Thema dürfte auch bei einem Besuch von Präsident Wladimir Putin zur Sprache kommen, den Präsident Recep Tayyip Erdoğan nach Angaben aus Ankara für das Frühjahr erwartet.

Für die Branche sind die Folgen messbar.
Die deutschen Ausfuhren von Werkzeugmaschinen in die Türkei sind 2023 nach Angaben des Branchenverbands VDW um fast ein Drittel gestiegen, während die direkten Lieferungen nach Russland um 80 Prozent einbrachen.
Ein VDW-Sprecher sagte MM, viele Mitgliedsfirmen hätten Lieferungen an türkische Händler mit Russland-Bezug bereits eingestellt.
Wer jetzt noch liefert, muss mit Nachfragen vom Zoll rechnen.

Das Bundeswirtschaftsministerium verwies auf die „No Russia“-Klausel der EU, die im März greift und Reexporte vertraglich ausschließt.
Der EU-Sanktionsbeauftragte David O'Sullivan wird kommende Woche in Ankara erwartet, um über den Handel mit Gütern der hochprioritären Liste zu sprechen.
In Kiew hieß es, in abgeschossenen russischen Drohnen fänden sich weiter Bauteile, die über die Türkei geliefert worden seien.
Ein Vertriebsleiter aus Baden-Württemberg bringt die Lage auf den Punkt: „Der Umweg über Istanbul ist zu.“
"""

# ---------------------------------------------------------------- b99de05 (VerkehrsRundschau)
DE05 = """
Mittlerer Korridor: EU stellt zehn Milliarden Euro für den Landweg nach Zentralasien in Aussicht

Brüssel. Die Europäische Union will den Güterverkehr nach Zentralasien an Russland vorbei lenken.
Auf einem Investorenforum in Brüssel sagten die EU-Kommission und europäische Finanzinstitute am Dienstag zehn Milliarden Euro für den Transkaspischen Transportkorridor zu, der über Kasachstan, das Kaspische Meer, Aserbaidschan und Georgien in die Türkei führt.
An dem Treffen am Montag und Dienstag nahmen Minister aller fünf zentralasiatischen Staaten teil.

EU-Kommissarin Jutta Urpilainen sagte, Europa wolle „verlässliche Verbindungen“ schaffen, die nicht vom Wohlwollen eines einzigen Nachbarn abhängen.
Eine Studie im Auftrag der Kommission kommt zu dem Schluss, dass sich die Fahrzeit auf der Route innerhalb von zehn Jahren auf 15 Tage halbieren ließe, wenn Häfen, Schienen und Grenzabfertigung modernisiert werden.

Bislang rollen die meisten Lkw zwischen der EU und Zentralasien durch Russland oder Belarus.
Seit Juni 2023 ist die Durchfuhr von Dual-Use-Gütern aus der EU durch Russland verboten.
Spediteure müssen für Lieferungen nach Kasachstan oder Usbekistan seither Umwege fahren oder nachweisen, dass ihre Ladung nicht betroffen ist.
Zollbehörden in Litauen und Polen prüfen an den Übergängen nach Belarus verstärkt, ob Ware, die für Zentralasien deklariert ist, dort auch ankommt.
Nach Schätzungen aus der Branche erreicht ein Teil der Sendungen nie sein Ziel; die Rede ist von „Geistertransporten“, die unterwegs in Russland abgeladen werden.

Außenamtssprecherin Maria Sacharowa sagte am Mittwoch in Moskau, die EU versuche, Zentralasien „mit Geld von Russland wegzulocken“, und werde damit scheitern.
Russland selbst wirbt für den Nord-Süd-Korridor über Iran nach Indien.
Die Türkei, an deren Grenze zu Bulgarien sich Lkw bereits heute stauen, will mit der EU im Frühjahr über eine schnellere Abfertigung verhandeln.

Bundesverkehrsminister Volker Wissing sprach von einem „wichtigen Signal“ für die Logistik.
Der Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL) mahnte dagegen, Geld allein beschleunige keine Grenze.
Spediteure sollten sich auch nicht zu früh freuen: Die Fähren über das Kaspische Meer verkehren unregelmäßig, Wartezeiten von mehreren Tagen sind die Regel.
Für einen Lkw aus dem Rheinland nach Almaty veranschlagen Disponenten auf dem Südweg derzeit drei Wochen.
"""

# ---------------------------------------------------------------- b99de06 (Deutsch-Türkisches Journal)
DE06 = """
Merz in Ankara: Der Kanzler wirbt um Erdoğan – und mahnt beim Russland-Geschäft

Ankara – Bundeskanzler Friedrich Merz (CDU) hat bei seinem ersten Besuch in der Türkei als Regierungschef am Donnerstag mit Staatspräsident Recep Tayyip Erdoğan über Sicherheit, Migration und den Krieg in der Ukraine gesprochen.
Im Präsidentenpalast nannte Merz die Türkei „einen strategischen Partner“, ohne den es keine Sicherheit in Europa gebe.
Auch die Eurofighter, deren Kauf Ankara Anfang der Woche mit Großbritannien vereinbart hatte, waren Thema.

Deutlich wurde der Kanzler beim Thema Russland.
Er forderte Ankara auf, dafür zu sorgen, dass westliche Güter nicht über türkische Zwischenhändler in die russische Rüstungsindustrie gelangen.
Zugleich begrüßte er, dass türkische Raffinerien ihre Käufe von russischem Rohöl zurückfahren.
Anlass sind die US-Sanktionen gegen die Ölkonzerne Rosneft und Lukoil vom 22. Oktober.
US-Finanzminister Scott Bessent hatte Käufern in Drittstaaten bei der Verkündung mit Strafmaßnahmen gedroht, sollten sie weiter mit den beiden Konzernen Geschäfte machen.

Erdoğan sagte, die Türkei lasse nicht zu, dass ihr Territorium zur Umgehung von Sanktionen genutzt werde.
Einseitige Sanktionen trage sein Land aber nicht mit, man halte sich an die Beschlüsse der Vereinten Nationen.
Er bot erneut an, Istanbul für weitere Gespräche zwischen Russland und der Ukraine zur Verfügung zu stellen.

Die Türkei gehörte 2024 zu den drei größten Abnehmern russischen Rohöls und war der größte Käufer russischer Ölprodukte.
Nach Angaben aus Branchenkreisen hat der Raffineriekonzern Tüpraş seine Bestellungen für Dezember bereits halbiert.

Kremlsprecher Dmitri Peskow sagte am Freitagmorgen, Russland und die Türkei seien „gute Partner“, deren Handel nicht von Dritten diktiert werde.
Die amerikanischen Sanktionen seien illegal, russisches Öl werde weiter Abnehmer finden.
Der ukrainische Außenminister Andrij Sybiha dankte Ankara am Donnerstag auf X für seine Unterstützung und forderte, „jede Lücke“ bei den Sanktionen zu schließen.

Merz reiste am Abend nach Berlin zurück.
Erdoğan soll im kommenden Jahr zu einem Gegenbesuch nach Deutschland kommen.
In der türkischen Community in Deutschland wurde die Reise aufmerksam verfolgt; die Türkische Gemeinde in Deutschland sprach von einem „überfälligen Neustart“ der Beziehungen.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b99de01_osullivan_astana_reexporte_2023_05", "2023-05-12", DE01,
        [
            T("Mittwoch", "DATE", "2023-05-10"),
            T("1. Juni", "DATE", "2023-06-01"),
            T("Januar", "DATE", "2023-01"),
            T("2022", "DATE", "2022", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Ende Juni", "DATE", "2023-06", mod="END"),
            T("Donnerstag", "DATE", "2023-05-11"),
            T("Mittwochabend", "TIME", "2023-05-10TEV"),
            T("Monaten", "DURATION", "PXM"),
            T("Herbst", "DATE", "2023-FA"),
        ],
        [
            E("Kazakhstan promises the EU envoy a tracking system for high-priority goods from 1 June", "AGREE",
              ["European Union"], "2023-05-10", "context", "occurred", "sagte die kasachische Regierung zu"),
            E("EU sanctions envoy O'Sullivan meets Kazakh officials in Astana", "CONSULT", ["European Union"],
              "2023-05-10", "context", "occurred", "O'Sullivan traf nach Angaben der EU-Delegation"),
            E("O'Sullivan calls Kazakhstan a reliable partner", "SUPPORT", ["European Union"], "2023-05-10", "context",
              "occurred", "nannte Kasachstan nach den Gesprächen"),
            E("Russia's invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "Moskau hatte solche „Parallelimporte“"),
            E("EU's eleventh sanctions package with an anti-circumvention tool to be adopted by the end of June",
              "SANCTION", ["European Union", "Russia"], "2023-06", "text", "planned", "beschlossen werden soll es",
              date_mod="END"),
            E("Peskov: Kazakhstan is sovereign and remains Russia's ally and strategic partner", "SUPPORT",
              ["Dmitry Peskov"], "2023-05-11", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Peskov warns that attempts to drive a wedge between Moscow and its neighbours will fail", "REQUEST",
              ["Dmitry Peskov"], "2023-05-11", "context", "occurred", "Versuche, einen Keil"),
            E("Zakharova accuses the EU of blackmailing third countries into its illegal sanctions", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2023-05-12", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa warf der EU vor"),
            E("Kuleba demands that components found in Russian missiles and drones be stopped at every border",
              "REQUEST", ["Ukraine"], "2023-05-10TEV", "text", "occurred", "Dmytro Kuleba forderte am Mittwochabend"),
            E("Tokayev expected in Berlin in the autumn", "CONSULT", ["Germany"], "2023-FA", "text", "planned",
              "wird im Herbst zu einem Besuch in Berlin erwartet"),
        ],
        [
            S("European Union", "O'Sullivan calls Kazakhstan a reliable partner", "2023-05-10", "context",
              "nannte Kasachstan nach den Gesprächen"),
            S("European Union", "O'Sullivan: we want to prevent circumvention, not punish trade with Central Asia",
              "2023-05-10", "context", "Wir wollen Umgehungen verhindern"),
            S("Dmitry Peskov", "Kazakhstan is a sovereign state and remains Russia's ally and strategic partner",
              "2023-05-11", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Dmitry Peskov", "Attempts to drive a wedge between Moscow and its neighbours are doomed", "2023-05-11",
              "context", "Versuche, einen Keil"),
            S("Maria Zakharova", "The EU wants to make third countries accomplices of its illegal sanctions through "
              "blackmail", "2023-05-12", "published", "Außenamtssprecherin Maria Sacharowa warf der EU vor"),
            S("Ukraine", "Kuleba: components found in Russian missiles and drones must be stopped at every border",
              "2023-05-10TEV", "text", "Dmytro Kuleba forderte am Mittwochabend"),
            S("Germany", "BAFA advises exporters to obtain written end-use assurances from Central Asian buyers",
              "2023-05-12", "published", "Das Bundesamt für Wirtschaft und Ausfuhrkontrolle"),
        ],
        ["European Union", "United States", "United Kingdom", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Germany"],
    ),
    doc(
        "b99de02_armenien_exportkontrollen_2023_11", "2023-11-06", DE02,
        [
            T("Samstag", "DATE", "2023-11-04"),
            T("1. Januar", "DATE", "2024-01-01"),
            T("Donnerstag", "DATE", "2023-11-02"),
            T("2022", "DATE", "2022"),
            T("Freitag", "DATE", "2023-11-03"),
            T("September", "DATE", "2023-09"),
            T("Dienstag", "DATE", "2023-10-31"),
            T("Jahresende", "DATE", "2023", mod="END"),
            T("Frühjahr", "DATE", "2023-SP"),
        ],
        [
            E("Armenia to require licences for re-exports of chips, radio modules and cameras to EAEU states from 1 "
              "January", "SANCTION", ["Russia"], "2024-01-01", "text", "planned",
              "Das Wirtschaftsministerium kündigte am Samstag an"),
            E("US Treasury sanctions dozens of firms supplying Russia's arms industry, three of them in Armenia",
              "SANCTION", ["United States", "Russia"], "2023-11-02", "text", "occurred",
              "Das US-Finanzministerium hatte am Donnerstag"),
            E("Adeyemo warns that those who help Moscow circumvent sanctions will face consequences", "THREATEN",
              ["United States"], "2023-11-02", "context", "occurred", "Wally Adeyemo erklärte"),
            E("Russian embassy accuses Washington of trying to destroy trade between allies", "ACCUSE",
              ["Russia", "United States"], "2023-11-06", "published", "occurred",
              "Die russische Botschaft in Eriwan sprach"),
            E("Zakharova warns Yerevan not to become a tool of foreign interests", "REQUEST", ["Maria Zakharova"],
              "2023-11-03", "text", "occurred", "Außenamtssprecherin Maria Sacharowa warnte Eriwan am Freitag"),
            E("Pashinyan accuses Russia of having abandoned Armenia", "ACCUSE", ["Russia"], "2023-11-06", "published",
              "occurred", "Paschinjan wirft Russland vor"),
            E("Blinken's phone call with Armenian foreign minister Mirzoyan", "CONSULT", ["Antony Blinken"],
              "2023-10-31", "text", "occurred", "Antony Blinken hatte am Dienstag"),
            E("EU sanctions envoy O'Sullivan to travel to Yerevan before the end of the year", "CONSULT",
              ["European Union"], "2023", "text", "planned", "noch vor Jahresende nach Eriwan reisen",
              date_mod="END"),
            E("Armenia promised the EU and the US in the spring to monitor exports of priority-list goods", "AGREE",
              ["European Union", "United States"], "2023-SP", "text", "occurred",
              "Armenien hatte der EU und den USA im Frühjahr zugesagt"),
            E("Ukraine welcomes the new US sanctions", "SUPPORT", ["Ukraine", "United States"], "2023-11-06",
              "published", "occurred", "Das ukrainische Außenministerium begrüßte"),
            E("Ukraine demands consistent prosecution of intermediaries in states friendly to Russia", "REQUEST",
              ["Ukraine"], "2023-11-06", "published", "occurred", "auch Zwischenhändler"),
        ],
        [
            S("United States", "Adeyemo: whoever helps Moscow circumvent sanctions must expect consequences, wherever "
              "they are", "2023-11-02", "context", "Wally Adeyemo erklärte"),
            S("Russia", "Russian embassy: a further attempt by Washington to destroy traditional trade between allies",
              "2023-11-06", "published", "Die russische Botschaft in Eriwan sprach"),
            S("Maria Zakharova", "Yerevan must not become a tool of foreign interests; Armenia is bound by EAEU rules",
              "2023-11-03", "text", "Außenamtssprecherin Maria Sacharowa warnte Eriwan am Freitag"),
            S("United States", "State Department: the Blinken–Mirzoyan call also covered enforcement of export "
              "controls", "2023-10-31", "context", "Antony Blinken hatte am Dienstag"),
            S("Ukraine", "Ukrainian foreign ministry welcomes the new sanctions", "2023-11-06", "published",
              "Das ukrainische Außenministerium begrüßte"),
            S("Ukraine", "Intermediaries in states friendly to Russia must be prosecuted; Western components are still "
              "found in Russian drones", "2023-11-06", "published", "auch Zwischenhändler"),
        ],
        ["United States", "Russia", "Maria Zakharova", "Antony Blinken", "European Union", "Ukraine"],
    ),
    doc(
        "b99de03_no_russia_klausel_2024_03", "2024-03-20", DE03,
        [
            T("heute", "DATE", "2024-03-20"),
            T("20. März 2024", "DATE", "2024-03-20"),
            T("18. Dezember 2023", "DATE", "2023-12-18"),
            T("19. Dezember 2023", "DATE", "2023-12-19"),
            T("20. Dezember 2024", "DATE", "2024-12-20"),
            T("22. Februar", "DATE", "2024-02-22"),
            T("23. Februar", "DATE", "2024-02-23"),
            T("folgenden Tag", "DATE", "2024-02-24"),
            T("Januar", "DATE", "2024-01"),
            T("22. Dezember", "DATE", "2023-12-22"),
            T("Dezember", "DATE", "2023-12", 4),
            T("jetzt", "DATE", "PRESENT_REF"),
        ],
        [
            E("The EU's no-Russia clause for contracts with third-country buyers applies", "SANCTION",
              ["European Union", "Russia"], "2024-03-20", "text", "occurred",
              "Mit dem 20. März 2024 endet die Übergangsfrist"),
            E("EU Council adopts the 12th sanctions package with the no-Russia clause", "SANCTION",
              ["European Union", "Russia"], "2023-12-18", "text", "occurred",
              "Der Rat der EU hatte die Vorschrift mit dem zwölften Sanktionspaket"),
            E("EU's 13th package lists firms from third countries in Annex IV", "SANCTION",
              ["European Union", "Russia"], "2024-02-23", "text", "occurred", "Mit dem 13. Paket vom 23. Februar"),
            E("EU's 13th package lists Chinese firms", "SANCTION", ["European Union", "China"], "2024-02-23", "text",
              "occurred", "Mit dem 13. Paket vom 23. Februar"),
            E("China's commerce ministry protests against the listings", "ACCUSE", ["China", "European Union"],
              "2024-02-24", "text", "occurred", "Das chinesische Handelsministerium legte"),
            E("China vows to defend the rights of Chinese firms", "THREATEN", ["China", "European Union"],
              "2024-02-24", "context", "occurred", "Das chinesische Handelsministerium legte"),
            E("Biden's executive order threatens foreign banks with secondary sanctions", "THREATEN", ["Joe Biden"],
              "2023-12-22", "text", "occurred", "Seit der Anordnung von US-Präsident Joe Biden"),
            E("Russian foreign ministry accuses the EU of making the whole world accomplices in its economic war",
              "ACCUSE", ["Russia", "European Union"], "2023-12", "text", "occurred",
              "Das russische Außenministerium nannte die Klausel"),
            E("Ukraine demands extending the clause to all components found in Russian missiles and drones",
              "REQUEST", ["Ukraine", "European Union"], "2024-03-20", "published", "occurred",
              "Die ukrainische Regierung verlangt dagegen"),
        ],
        [
            S("European Union", "Commission FAQ: the clause must be enforceable and breaches must carry adequate "
              "consequences", "2024-02-22", "context", "Danach muss die Klausel vertraglich durchsetzbar sein"),
            S("China", "Commerce ministry protests and will defend the rights of Chinese firms", "2024-02-24", "text",
              "Das chinesische Handelsministerium legte"),
            S("Germany", "BAFA: intentional breaches of the Russia embargo can be punished with imprisonment",
              "2024-03-20", "published", "Das Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) weist"),
            S("Germany", "Habeck announces tougher prosecution of circumvention through third countries", "2024-01",
              "text", "Bundeswirtschaftsminister Robert Habeck hatte im Januar"),
            S("Russia", "Foreign ministry: the clause tries to make the whole world accomplices of the Western "
              "economic war", "2023-12", "text", "Das russische Außenministerium nannte die Klausel"),
            S("Ukraine", "The clause should cover all components found in Russian missiles and drones", "2024-03-20",
              "published", "Die ukrainische Regierung verlangt dagegen"),
            S("Germany", "BAFA recommends documenting anomalies such as unusual delivery volumes", "2024-03-20",
              "published", "das BAFA empfiehlt aber"),
        ],
        ["European Union", "Russia", "United States", "United Kingdom", "China", "Germany", "Joe Biden", "Ukraine"],
    ),
    doc(
        "b99de04_tuerkische_banken_maschinenbau_2024_02", "2024-02-15", DE04,
        [
            T("Jahresbeginn", "DATE", "2024", mod="START"),
            T("wochenlang", "DURATION", "PXW"),
            T("22. Dezember", "DATE", "2023-12-22"),
            T("Ende Januar", "DATE", "2024-01", mod="END"),
            T("Montag", "DATE", "2024-02-12"),
            T("Dienstag", "DATE", "2024-02-13"),
            T("Frühjahr", "DATE", "2024-SP"),
            T("2023", "DATE", "2023"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("März", "DATE", "2024-03"),
            T("kommende Woche", "DATE", "2024-W08"),
        ],
        [
            E("Biden's executive order threatens foreign banks that serve Russia's military sector with exclusion from "
              "the US financial system", "THREATEN", ["Joe Biden"], "2023-12-22", "text", "occurred",
              "Auslöser ist eine Anordnung von US-Präsident Joe Biden"),
            E("Adeyemo visits Istanbul and meets bankers and government officials", "CONSULT",
              ["United States", "Turkey"], "2024-01", "text", "occurred", "Wally Adeyemo hatte Ende Januar",
              date_mod="END"),
            E("Adeyemo warns Turkish bankers and officials of the risks", "REQUEST", ["United States", "Turkey"],
              "2024-01", "text", "occurred", "Wally Adeyemo hatte Ende Januar", date_mod="END"),
            E("Turkey's trade minister rejects unilateral measures such as those of the US", "REJECT",
              ["Turkey", "United States"], "2024-02-12", "text", "occurred", "Handelsminister Ömer Bolat sagte"),
            E("Ankara promises not to let the country be used to circumvent Western export controls", "AGREE",
              ["Turkey"], "2024-02-12", "context", "occurred", "Zugleich werde Ankara nicht zulassen"),
            E("Russia and Turkey work together on solutions for payment problems", "COOPERATE",
              ["Russia", "Turkey"], "2024-02-13", "context", "occurred", "Kremlsprecher Dmitri Peskow räumte"),
            E("Putin's visit to Turkey expected in the spring", "CONSULT",
              ["Vladimir Putin", "Recep Tayyip Erdoğan", "Turkey"], "2024-SP", "text", "planned",
              "Das Thema dürfte auch bei einem Besuch"),
            E("EU no-Russia clause takes effect in March", "SANCTION", ["European Union", "Russia"], "2024-03", "text",
              "planned", "die im März greift"),
            E("EU sanctions envoy O'Sullivan expected in Ankara next week", "CONSULT", ["European Union", "Turkey"],
              "2024-W08", "text", "planned", "wird kommende Woche in Ankara erwartet"),
        ],
        [
            S("Turkey", "Bolat: Turkey follows UN sanctions, not unilateral measures such as those of the US",
              "2024-02-12", "text", "Handelsminister Ömer Bolat sagte"),
            S("Turkey", "Ankara will not allow the country to be used to circumvent Western export controls",
              "2024-02-12", "context", "Zugleich werde Ankara nicht zulassen"),
            S("Dmitry Peskov", "There are problems with payments with Turkish partners; Moscow and Ankara work on "
              "solutions", "2024-02-13", "text", "Kremlsprecher Dmitri Peskow räumte"),
            S("Turkey", "Erdoğan expects Putin's visit in the spring", "2024-02-15", "published",
              "Das Thema dürfte auch bei einem Besuch"),
            S("Germany", "Economy ministry points to the EU's no-Russia clause that applies from March", "2024-02-15",
              "published", "Das Bundeswirtschaftsministerium verwies"),
            S("Ukraine", "Components delivered via Turkey are still found in downed Russian drones", "2024-02-15",
              "published", "In Kiew hieß es"),
        ],
        ["Joe Biden", "United States", "Russia", "Turkey", "United Nations", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Recep Tayyip Erdoğan", "Germany", "European Union", "Ukraine"],
    ),
    doc(
        "b99de05_mittlerer_korridor_investorenforum_2024_01", "2024-01-31", DE05,
        [
            T("Dienstag", "DATE", "2024-01-30", 0),
            T("Montag", "DATE", "2024-01-29"),
            T("Dienstag", "DATE", "2024-01-30", 1),
            T("zehn Jahren", "DURATION", "P10Y"),
            T("15 Tage", "DURATION", "P15D"),
            T("Juni 2023", "DATE", "2023-06"),
            T("Mittwoch", "DATE", "2024-01-31"),
            T("heute", "DATE", "PRESENT_REF", note="'bereits heute' in the sense of nowadays"),
            T("Frühjahr", "DATE", "2024-SP"),
            T("mehreren Tagen", "DURATION", "PXD"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("drei Wochen", "DURATION", "P3W"),
        ],
        [
            E("EU Commission and European financial institutions pledge ten billion euros for the Trans-Caspian "
              "corridor", "AID", ["European Union"], "2024-01-30", "text", "occurred",
              "Auf einem Investorenforum in Brüssel sagten"),
            E("EU–Central Asia transport investors forum in Brussels", "CONSULT", ["European Union"], "2024-01-29",
              "text", "occurred", "An dem Treffen am Montag und Dienstag", note="two days, 29–30 January 2024"),
            E("EU ban on the transit of dual-use goods through Russia since June 2023", "SANCTION",
              ["European Union", "Russia"], "2023-06", "text", "occurred", "Seit Juni 2023 ist die Durchfuhr",
              date_mod="START"),
            E("Zakharova accuses the EU of trying to lure Central Asia away from Russia with money", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2024-01-31", "text", "occurred",
              "Außenamtssprecherin Maria Sacharowa sagte am Mittwoch"),
            E("Turkey and the EU to negotiate faster border clearance in the spring", "CONSULT",
              ["Turkey", "European Union"], "2024-SP", "text", "planned", "will mit der EU im Frühjahr"),
            E("Wissing welcomes the EU pledge as an important signal", "SUPPORT", ["Germany", "European Union"],
              "2024-01-31", "published", "occurred", "Bundesverkehrsminister Volker Wissing sprach"),
        ],
        [
            S("European Union", "Urpilainen: Europe wants reliable connections that do not depend on the goodwill of "
              "a single neighbour", "2024-01-30", "context", "EU-Kommissarin Jutta Urpilainen sagte"),
            S("European Union", "Commission study: travel time on the route could be halved to 15 days within ten "
              "years", "2024-01-31", "published", "Eine Studie im Auftrag der Kommission"),
            S("Maria Zakharova", "The EU tries to lure Central Asia away from Russia with money and will fail",
              "2024-01-31", "text", "Außenamtssprecherin Maria Sacharowa sagte am Mittwoch"),
            S("Germany", "Wissing: an important signal for logistics", "2024-01-31", "published",
              "Bundesverkehrsminister Volker Wissing sprach"),
        ],
        ["European Union", "Turkey", "Russia", "Poland", "Maria Zakharova", "Germany"],
    ),
    doc(
        "b99de06_merz_ankara_russlandgeschaeft_2025_10", "2025-10-31", DE06,
        [
            T("Donnerstag", "DATE", "2025-10-30", 0),
            T("Anfang der Woche", "DATE", "2025-W44", mod="START"),
            T("22. Oktober", "DATE", "2025-10-22"),
            T("2024", "DATE", "2024"),
            T("Dezember", "DATE", "2025-12"),
            T("Freitagmorgen", "TIME", "2025-10-31TMO"),
            T("Donnerstag", "DATE", "2025-10-30", 1),
            T("Abend", "TIME", "2025-10-30TEV"),
            T("kommenden Jahr", "DATE", "2026"),
        ],
        [
            E("Merz meets Erdoğan in Ankara on his first visit to Turkey as chancellor", "CONSULT",
              ["Friedrich Merz", "Recep Tayyip Erdoğan"], "2025-10-30", "text", "occurred",
              "hat bei seinem ersten Besuch in der Türkei"),
            E("Merz calls Turkey a strategic partner without which there is no security in Europe", "SUPPORT",
              ["Friedrich Merz", "Turkey"], "2025-10-30", "context", "occurred", "Im Präsidentenpalast nannte Merz"),
            E("Turkey agrees to buy Eurofighters from the United Kingdom", "AGREE", ["Turkey", "United Kingdom"],
              "2025-W44", "text", "occurred", "Auch die Eurofighter", date_mod="START"),
            E("Merz urges Ankara to stop Western goods reaching Russia's arms industry via Turkish intermediaries",
              "REQUEST", ["Friedrich Merz", "Turkey"], "2025-10-30", "context", "occurred",
              "Er forderte Ankara auf"),
            E("Merz welcomes Turkish refineries cutting purchases of Russian crude", "SUPPORT", ["Friedrich Merz"],
              "2025-10-30", "context", "occurred", "Zugleich begrüßte er"),
            E("US sanctions on Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "Anlass sind die US-Sanktionen"),
            E("Bessent threatens buyers in third countries with penalties if they keep dealing with the two firms",
              "THREATEN", ["United States"], "2025-10-22", "context", "occurred", "US-Finanzminister Scott Bessent"),
            E("Erdoğan: Turkey will not let its territory be used to circumvent sanctions", "AGREE",
              ["Recep Tayyip Erdoğan"], "2025-10-30", "context", "occurred", "Erdoğan sagte, die Türkei lasse"),
            E("Erdoğan rejects unilateral sanctions", "REJECT", ["Recep Tayyip Erdoğan"], "2025-10-30", "context",
              "occurred", "Einseitige Sanktionen trage sein Land"),
            E("Erdoğan offers Istanbul for further Russia–Ukraine talks", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-10-30", "context", "occurred",
              "Er bot erneut an, Istanbul"),
            E("Turkey among the three largest buyers of Russian crude in 2024", "COOPERATE", ["Turkey", "Russia"],
              "2024", "text", "occurred", "Die Türkei gehörte 2024"),
            E("Peskov: Russia and Turkey are good partners whose trade is not dictated by third parties", "SUPPORT",
              ["Dmitry Peskov", "Turkey"], "2025-10-31TMO", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Freitagmorgen"),
            E("Peskov calls the US sanctions illegal", "ACCUSE", ["Dmitry Peskov", "United States"], "2025-10-31TMO",
              "context", "occurred", "Die amerikanischen Sanktionen seien illegal"),
            E("Sybiha thanks Ankara for its support", "SUPPORT", ["Andrii Sybiha", "Turkey"], "2025-10-30", "text",
              "occurred", "Andrij Sybiha dankte Ankara"),
            E("Sybiha demands closing every gap in the sanctions", "REQUEST", ["Andrii Sybiha"], "2025-10-30",
              "context", "occurred", "Andrij Sybiha dankte Ankara"),
            E("Erdoğan to pay a return visit to Germany next year", "CONSULT", ["Recep Tayyip Erdoğan", "Germany"],
              "2026", "text", "planned", "Erdoğan soll im kommenden Jahr"),
        ],
        [
            S("Friedrich Merz", "Turkey is a strategic partner without which there is no security in Europe",
              "2025-10-30", "context", "Im Präsidentenpalast nannte Merz"),
            S("Friedrich Merz", "Ankara must make sure Western goods do not reach Russia's arms industry via Turkish "
              "intermediaries", "2025-10-30", "context", "Er forderte Ankara auf"),
            S("Friedrich Merz", "Welcomes Turkish refineries cutting purchases of Russian crude", "2025-10-30",
              "context", "Zugleich begrüßte er"),
            S("United States", "Bessent: buyers in third countries face penalties if they keep dealing with Rosneft "
              "and Lukoil", "2025-10-22", "context", "US-Finanzminister Scott Bessent"),
            S("Recep Tayyip Erdoğan", "Turkey will not let its territory be used to circumvent sanctions",
              "2025-10-30", "context", "Erdoğan sagte, die Türkei lasse"),
            S("Recep Tayyip Erdoğan", "Turkey does not support unilateral sanctions and follows UN decisions",
              "2025-10-30", "context", "Einseitige Sanktionen trage sein Land"),
            S("Recep Tayyip Erdoğan", "Offers Istanbul again for further talks between Russia and Ukraine",
              "2025-10-30", "context", "Er bot erneut an, Istanbul"),
            S("Dmitry Peskov", "Russia and Turkey are good partners whose trade is not dictated by third parties",
              "2025-10-31TMO", "text", "Kremlsprecher Dmitri Peskow sagte am Freitagmorgen"),
            S("Dmitry Peskov", "The US sanctions are illegal; Russian oil will find buyers", "2025-10-31TMO",
              "context", "Die amerikanischen Sanktionen seien illegal"),
            S("Andrii Sybiha", "Thanks Ankara for its support and demands closing every gap in the sanctions",
              "2025-10-30", "text", "Andrij Sybiha dankte Ankara"),
        ],
        ["Friedrich Merz", "Recep Tayyip Erdoğan", "Turkey", "Germany", "United Kingdom", "Russia", "United States",
         "Ukraine", "United Nations", "Kremlin", "Dmitry Peskov", "Andrii Sybiha"],
    ),
]
