"""German articles of the blind47 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b47de01 (Darmstädter Echo)
DE01 = """
US-Kongress streicht Russland die Handelsprivilegien – Moskau spricht von „Wirtschaftskrieg“

Washington/Darmstadt. Der US-Kongress hat Russland und Belarus die normalen Handelsbeziehungen entzogen und das Einfuhrverbot für russisches Öl, Gas und Kohle gesetzlich festgeschrieben.
Der Senat billigte beide Vorlagen am Donnerstag einstimmig mit 100 zu 0 Stimmen, das Repräsentantenhaus zog noch am selben Abend mit großer Mehrheit nach.
Präsident Joe Biden werde die Gesetze am Freitag unterzeichnen, kündigte das Weiße Haus an.
Auf Stahl, Aluminium, Sperrholz und andere Waren aus beiden Ländern können die USA damit künftig Zölle von bis zu 35 Prozent erheben.

Die Abstimmung war wochenlang blockiert gewesen, weil einzelne Republikaner Einwände gegen eine Klausel über Menschenrechtssanktionen erhoben hatten.
Mehrheitsführer Chuck Schumer sprach nach dem Votum von einer klaren Botschaft an Kremlchef Wladimir Putin: Amerika werde die Daumenschrauben so lange anziehen, bis die russischen Truppen abzögen.
Finanzministerin Janet Yellen hatte am Mittwoch vor einem Ausschuss des Repräsentantenhauses angekündigt, die USA würden einer Reihe von G20-Treffen fernbleiben, falls dort russische Regierungsvertreter am Tisch säßen.
Biden selbst hatte die Einfuhr russischer Energie bereits am 8. März per Dekret untersagt; das Gesetz soll verhindern, dass ein künftiger Präsident diesen Schritt im Alleingang zurücknimmt.

In Moskau stieß die Entscheidung auf scharfe Ablehnung.
Kremlsprecher Dmitri Peskow nannte sie am Donnerstagabend einen weiteren Schritt in dem „Wirtschaftskrieg“, den Washington gegen Russland führe.
Russland werde seine Handelsströme nach Asien umlenken und lasse sich nicht erpressen, sagte Peskow.
Die Sprecherin des Außenministeriums, Maria Sacharowa, drohte mit Gegenmaßnahmen, die die Amerikaner „schmerzhaft spüren“ würden.
Am selben Tag hatte die UN-Vollversammlung Russland auf Betreiben der USA aus dem Menschenrechtsrat ausgeschlossen.

Der ukrainische Außenminister Dmytro Kuleba forderte beim Treffen der Nato-Außenminister am Donnerstag in Brüssel „Waffen, Waffen und nochmals Waffen“.
US-Außenminister Antony Blinken sagte anschließend, die Verbündeten hätten zugesagt, der Ukraine auch schwerere Waffensysteme zu liefern.
Präsident Wolodymyr Selenskyj dankte dem Kongress in seiner nächtlichen Videoansprache und verlangte zugleich von den Europäern ein vollständiges Embargo auf russisches Öl und Gas.
Die Botschafter der EU-Staaten hatten sich am Donnerstag auf ein Kohleembargo verständigt, das nach einer Übergangsfrist von vier Monaten greifen soll.

Für die Wirtschaft in Südhessen halten sich die direkten Folgen der Washingtoner Entscheidung in Grenzen.
Der Handel mit Russland sei seit Kriegsbeginn ohnehin weitgehend zum Erliegen gekommen, hieß es bei der Industrie- und Handelskammer Darmstadt.
Sorgen bereiteten den Betrieben vielmehr die Energiepreise und mögliche Engpässe, sollte Moskau die Gaslieferungen drosseln.
"""

# ---------------------------------------------------------------- b47de02 (Dresdner Neueste Nachrichten)
DE02 = """
Sullivans heikler Draht nach Moskau

Washington/Dresden. Das Weiße Haus hat Berichte über vertrauliche Kontakte des Nationalen Sicherheitsberaters Jake Sullivan zu hochrangigen Vertretern der russischen Führung nicht dementiert.
„Wir behalten uns das Recht vor, auf höchster Ebene direkt mit Russland zu sprechen“, sagte Sprecherin Karine Jean-Pierre am Montag in Washington.
Nach einem Bericht des „Wall Street Journal“ hat Sullivan in den vergangenen Monaten mehrfach mit Putins außenpolitischem Berater Juri Uschakow und dem Sekretär des Sicherheitsrats, Nikolai Patruschew, gesprochen.
Ziel sei gewesen, Moskau vor dem Einsatz von Atomwaffen zu warnen und die Gefahr einer Eskalation zu verringern, nicht aber, über ein Ende des Krieges zu verhandeln.

Kremlsprecher Dmitri Peskow wollte den Bericht am Montag nicht kommentieren.
Angelsächsische Zeitungen verbreiteten „sehr viele Falschmeldungen“, sagte er lediglich.
Auch Uschakow selbst äußerte sich nicht.
Russland sei grundsätzlich zu Gesprächen bereit, hatte Außenminister Sergej Lawrow in der vergangenen Woche erklärt, doch Washington halte Kiew vom Verhandlungstisch fern.

In Kiew wurden die Berichte mit Unbehagen aufgenommen.
Präsident Wolodymyr Selenskyj nannte am Montagabend in seiner Videoansprache fünf Bedingungen für Verhandlungen mit Russland: die Wiederherstellung der territorialen Integrität, die Achtung der UN-Charta, Entschädigung für alle Kriegsschäden, die Bestrafung der Kriegsverbrecher und Garantien, dass sich ein Angriff nicht wiederhole.
Zuvor hatte die „Washington Post“ berichtet, die US-Regierung dränge Kiew hinter den Kulissen, sich offen für Gespräche zu zeigen, um die Unterstützung anderer Länder nicht zu verlieren.
Präsidialamtschef Andrij Jermak betonte, niemand setze die Ukraine unter Druck.

Sullivan war am Freitag in Kiew gewesen und hatte Selenskyj und Jermak die „unerschütterliche Unterstützung“ der Vereinigten Staaten zugesichert.
Washington kündigte dabei weitere Militärhilfe im Umfang von 400 Millionen Dollar an, darunter die Instandsetzung von Panzern des Typs T-72.
Jede Verhandlungslösung müsse von der Ukraine selbst ausgehen, sagte Sullivan in Kiew, „nichts über die Ukraine ohne die Ukraine“ bleibe der Grundsatz der Regierung Biden.

Die Debatte fällt in eine heikle Phase.
Die Amerikaner wählen am Dienstag ein neues Repräsentantenhaus und ein Drittel des Senats, und der republikanische Fraktionschef Kevin McCarthy hatte im Oktober gewarnt, seine Partei werde der Ukraine im Fall eines Wahlsiegs keinen „Blankoscheck“ mehr ausstellen.
Zugleich beschießt Russland seit dem 10. Oktober gezielt Kraftwerke und Umspannwerke, in vielen ukrainischen Städten fällt immer wieder der Strom aus.
In Dresden zogen am Montagabend erneut mehrere tausend Menschen durch die Innenstadt, die ein Ende der Waffenlieferungen und Verhandlungen mit Moskau forderten.
"""

# ---------------------------------------------------------------- b47de03 (Nordbayerischer Kurier)
DE03 = """
Neue US-Sicherheitsstrategie: Lob aus Moskau, Stirnrunzeln in Europa

Washington/Bayreuth. Die neue Nationale Sicherheitsstrategie der Regierung von US-Präsident Donald Trump sorgt diesseits des Atlantiks für Unruhe und im Kreml für ungewohnte Zustimmung.
Das 33 Seiten starke Dokument, das das Weiße Haus in der Nacht zum Freitag veröffentlichte, nennt es ein „Kerninteresse“ der Vereinigten Staaten, die Kampfhandlungen in der Ukraine rasch zu beenden und mit Russland wieder „strategische Stabilität“ herzustellen.
Den europäischen Regierungen wirft das Papier vor, „unrealistische Erwartungen“ an den Ausgang des Krieges zu hegen und damit den Friedensprozess zu behindern.
Russland wird, anders als in der Strategie von 2022, nicht mehr als unmittelbare Bedrohung bezeichnet.

Kremlsprecher Dmitri Peskow sagte am Sonntag im Staatsfernsehen, die Anpassungen entsprächen „in vielem unserer Sichtweise“.
Man werte es als positiven Schritt, dass Washington die Konfrontation nicht mehr in den Mittelpunkt stelle; ob aus Worten Taten würden, bleibe abzuwarten.
Die Sprecherin des Außenministeriums, Maria Sacharowa, spottete, die Europäer müssten wohl „ihre Lehrbücher umschreiben“.

In Berlin und Brüssel fielen die Reaktionen kühl aus.
Bundesaußenminister Johann Wadephul (CDU) betonte am Freitag, die USA blieben Deutschlands wichtigster Verbündeter, Ratschläge von außen zur Meinungsfreiheit in Europa brauche man aber nicht.
EU-Außenbeauftragte Kaja Kallas sagte am Samstag beim Doha-Forum, man sei nicht in allem einer Meinung, Amerika bleibe aber Europas wichtigster Partner.

In Kiew wurde das Papier nüchtern aufgenommen.
Entscheidend sei nicht, was in Strategiepapieren stehe, sondern ob Russland zu einem echten Waffenstillstand gebracht werde, sagte Präsident Wolodymyr Selenskyj.
Seit Donnerstag hatten Sekretär des Sicherheitsrats Rustem Umjerow und Generalstabschef Andrij Hnatow in Miami mit dem Sondergesandten Steve Witkoff und Trumps Schwiegersohn Jared Kushner über den amerikanischen Friedensplan verhandelt.
Am Samstag endeten die Gespräche ohne Durchbruch; Witkoff und Umjerow sprachen anschließend von „konstruktiven“ Beratungen, die fortgesetzt werden sollten.
Witkoff und Kushner waren am vergangenen Dienstag fast fünf Stunden lang mit Kremlchef Wladimir Putin zusammengetroffen, einen Kompromiss in der Gebietsfrage gebe es noch nicht, hatte Präsidentenberater Juri Uschakow danach gesagt.

Aufmerksam gelesen wird die Strategie auch in der Region.
Auf dem Truppenübungsplatz Grafenwöhr in der Oberpfalz bildet die US-Armee seit 2022 ukrainische Soldaten an westlichen Waffensystemen aus.
Das Papier kündigt an, die Präsenz amerikanischer Truppen weltweit zu überprüfen, was in den Standortgemeinden die Sorge vor einem schleichenden Abzug nährt.
"""

# ---------------------------------------------------------------- b47de04 (Handelszeitung)
DE04 = """
«Marionette des Kremls»: Washington lässt Gunvors Lukoil-Deal platzen

Genf/Washington. Der Genfer Rohstoffhändler Gunvor hat sein Angebot für das Auslandsgeschäft des russischen Ölkonzerns Lukoil zurückgezogen, nachdem das US-Finanzministerium ihm öffentlich jede Aussicht auf eine Genehmigung abgesprochen hatte.
«Gunvor ist die Marionette des Kremls und wird niemals eine Lizenz erhalten, solange Putin das sinnlose Töten fortsetzt», schrieb das Ministerium am Donnerstagabend auf der Plattform X.
Wenige Stunden später teilte Gunvor mit, die Offerte zurückzuziehen; die Darstellung aus Washington sei «grundlegend falsch informiert».
Lukoil hatte das Angebot für seine Tochter Lukoil International mit Sitz in Wien erst vergangene Woche angenommen.

Die USA hatten Lukoil und Rosneft am 22. Oktober mit Sanktionen belegt, um den Druck auf Moskau für eine Waffenruhe in der Ukraine zu erhöhen.
Finanzminister Scott Bessent begründete den Schritt damals mit dem Vorwurf, der russische Präsident Wladimir Putin sei an einem Frieden nicht ernsthaft interessiert.
Geschäfte mit den beiden Konzernen müssen bis zum 21. November abgewickelt sein, für die Tankstellen von Lukoil ausserhalb Russlands verlängerte das Finanzministerium die Frist bis Mitte Dezember.
Präsident Donald Trump hatte zuletzt erklärt, er hoffe, die Sanktionen nicht lange aufrechterhalten zu müssen.

In Moskau reagierte man verärgert.
Kremlsprecher Dmitri Peskow sagte am Freitag, die Interessen von Lukoil müssten «im Einklang mit dem Völkerrecht» geschützt werden, und warf Washington vor, mit Sanktionen unlauteren Wettbewerb zu betreiben.
Lukoil selbst kündigte an, mit anderen Interessenten weiterzuverhandeln.

In Kiew wurde der Entscheid begrüsst.
Der Sanktionsbeauftragte des Präsidenten, Wladyslaw Wlassiuk, sprach von einem «klaren Signal», dass russisches Ölgeld nicht über Handelshäuser in Drittstaaten in Sicherheit gebracht werden dürfe.
Präsident Wolodymyr Selenskyj forderte die Europäer auf, sich den amerikanischen Sanktionen gegen die beiden Konzerne anzuschliessen.

In Bern gab man sich zurückhaltend.
Das Staatssekretariat für Wirtschaft teilte mit, die Schweiz übernehme amerikanische Sanktionen nicht automatisch, beobachte die Lage aber genau.
Gunvor war 2000 vom Schweden Torbjörn Törnqvist und dem russischen Geschäftsmann Gennadi Timtschenko gegründet worden, der seine Anteile 2014 kurz vor seiner Sanktionierung durch die USA verkaufte.
Auch die US-Investmentfirma Carlyle soll Interesse an den Lukoil-Beteiligungen haben; Bulgarien bereitet derweil die Übernahme der Lukoil-Raffinerie in Burgas unter staatliche Verwaltung vor.
"""

# ---------------------------------------------------------------- b47de05 (Main-Echo)
DE05 = """
Trump setzt Putin eine Frist von zwei Wochen – der Kreml will davon nichts wissen

Washington/Aschaffenburg. Nach einem Telefonat mit Kremlchef Wladimir Putin am Mittwoch hat US-Präsident Donald Trump Russland eine Frist von zwei Wochen gesetzt, um einer bedingungslosen Waffenruhe entlang der Frontlinie zuzustimmen.
Lasse Moskau die Frist verstreichen, würden die USA Strafzölle gegen alle Länder verhängen, die weiterhin russisches Öl kauften, sagte Regierungssprecherin Karoline Leavitt am Mittwochabend im Weißen Haus.
Das Gespräch habe knapp zwei Stunden gedauert und sei „offen und hart“ gewesen, die Geduld des Präsidenten sei „nicht unbegrenzt“.
Die Waffenruhe solle zunächst 30 Tage gelten und von amerikanischen und europäischen Beobachtern überwacht werden.

Der Kreml stellte das Gespräch deutlich anders dar.
Putins außenpolitischer Berater Juri Uschakow sprach von einem „inhaltsreichen“ Austausch, in dem Putin die russischen Bedingungen bekräftigt habe: den Abzug der ukrainischen Truppen aus den Gebieten Donezk und Luhansk sowie den Verzicht auf jegliche westliche Truppenpräsenz in der Ukraine.
Von einer Frist sei in dem Telefonat „keine Rede“ gewesen, sagte Uschakow.
Kremlsprecher Dmitri Peskow fügte am Donnerstag hinzu, Russland arbeite nicht mit Ultimaten, sei aber bereit, die Kontakte mit Washington „auf allen Ebenen“ fortzusetzen.
Der Sondergesandte Steve Witkoff werde in der kommenden Woche in Moskau erwartet.

In Kiew reagierte man erleichtert.
Trump habe ihn noch am Mittwochabend über das Gespräch unterrichtet, teilte Präsident Wolodymyr Selenskyj mit; die Ukraine sei zu einer sofortigen 30-tägigen Waffenruhe bereit, wenn Russland dasselbe tue.
Außenminister Andrij Sybiha forderte die Europäer auf, die angedrohten Zölle mit eigenen Maßnahmen gegen die Tanker der russischen Schattenflotte zu flankieren.
In der Nacht zum Donnerstag griff Russland Charkiw und Saporischschja mit Drohnen an, nach Angaben der Behörden wurden vier Menschen getötet.

In Europa wurde Trumps Vorstoß vorsichtig begrüßt.
Bundeskanzler Friedrich Merz sprach am Donnerstag in Berlin von einem „richtigen Signal“, zugleich müsse jede Waffenruhe mit belastbaren Sicherheitsgarantien für die Ukraine verbunden sein.
EU-Außenbeauftragte Kaja Kallas erinnerte daran, dass Putin schon im vergangenen Jahr mehrere Fristen ungestraft habe verstreichen lassen.
Im US-Senat erklärte der Republikaner Lindsey Graham, sein Sanktionsgesetz gegen Russland liege „abstimmungsbereit“ auf dem Tisch, sobald der Präsident grünes Licht gebe.

Am bayerischen Untermain, wo zahlreiche Mittelständler Maschinen nach Asien liefern, wird der Streit um Strafzölle mit Sorge verfolgt.
Sollten sich die Zölle gegen Abnehmer russischen Öls richten, drohten auch europäischen Zulieferern Verwerfungen, hieß es bei der IHK Aschaffenburg.
"""

# ---------------------------------------------------------------- b47de06 (Rhein-Neckar-Zeitung)
DE06 = """
Lawrow im State Department: Erster Besuch seit neun Jahren

Washington. Zum ersten Mal seit 2017 ist der russische Außenminister Sergej Lawrow zu Gesprächen in der amerikanischen Hauptstadt empfangen worden.
Sein Amtskollege Marco Rubio traf ihn am Mittwoch für gut drei Stunden im State Department, anschließend empfing Präsident Donald Trump den Gast für etwa 40 Minuten im Oval Office.
Nach Angaben von Außenamtssprecherin Tammy Bruce ging es um eine Waffenruhe in der Ukraine, einen umfassenden Gefangenenaustausch und um Gespräche über Nachfolgeregeln für den ausgelaufenen Abrüstungsvertrag New Start.
Beide Seiten hätten vereinbart, drei Arbeitsgruppen einzurichten, die noch im November in Genf zusammenkommen sollen.

Moskau zeichnete ein deutlich optimistischeres Bild.
Die Gespräche seien „offen und substanziell“ gewesen, Washington zeige inzwischen mehr Verständnis für die „Ursachen des Konflikts“, erklärte Außenamtssprecherin Maria Sacharowa am Donnerstag in Moskau.
Lawrow selbst sagte vor seinem Abflug, Russland sei bereit, über eine Waffenruhe zu reden, sobald die Ukraine ihre Truppen aus dem Donbass abgezogen habe.
Für den Flug hatte das US-Finanzministerium am Montag eigens eine Ausnahmegenehmigung erteilt, weil Lawrows Regierungsmaschine unter die Sanktionen gegen russische Staatsflugzeuge fällt.

In Kiew wurde der Besuch mit Argwohn verfolgt.
Außenminister Andrij Sybiha hatte am Dienstag mit Rubio telefoniert und nach eigenen Angaben die Zusicherung erhalten, dass ohne die Ukraine nichts über die Ukraine entschieden werde.
Präsident Wolodymyr Selenskyj warnte in seiner abendlichen Videoansprache, Moskau wolle die Gespräche nutzen, um die Sanktionen aufzuweichen, ohne das Töten zu beenden.
Die Sanktionen gegen Rosneft und Lukoil blieben in Kraft, stellte Bruce klar; über Erleichterungen werde erst nach einer Waffenruhe gesprochen.

Auch im Kongress stieß der Empfang auf Kritik.
Die demokratische Senatorin Jeanne Shaheen warf der Regierung vor, einem Gesandten des Kreml den roten Teppich auszurollen, während russische Raketen ukrainische Städte träfen.
In der Nacht zum Mittwoch hatte Russland nach ukrainischen Angaben mehr als 300 Drohnen und 20 Raketen auf das Energienetz des Landes abgefeuert.
EU-Außenbeauftragte Kaja Kallas mahnte, Europa müsse bei den Genfer Arbeitsgruppen mit am Tisch sitzen, wenn es um die Sicherheit des Kontinents gehe.

Lawrows letzter Besuch in Washington im Mai 2017 hatte ein Nachspiel gehabt: Trump hatte damals im Oval Office vertrauliche Geheimdienstinformationen preisgegeben, was ihm heftige Kritik eintrug.
Diesmal fand die Begegnung ohne Presse statt, Fotografen der russischen Staatsmedien wurden nicht zugelassen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b47de01_kongress_handelsstatus_russland_2022_04", "2022-04-08", DE01,
        [
            T("Donnerstag", "DATE", "2022-04-07", 0),
            T("selben Abend", "TIME", "2022-04-07TEV"),
            T("Freitag", "DATE", "2022-04-08"),
            T("wochenlang", "DURATION", "PXW"),
            T("Mittwoch", "DATE", "2022-04-06"),
            T("8. März", "DATE", "2022-03-08"),
            T("Donnerstagabend", "TIME", "2022-04-07TEV"),
            T("selben Tag", "DATE", "2022-04-07"),
            T("Donnerstag", "DATE", "2022-04-07", 1),
            T("nächtlichen", "SET", "P1D"),
            T("Donnerstag", "DATE", "2022-04-07", 2),
            T("vier Monaten", "DURATION", "P4M"),
        ],
        [
            E("Senate unanimously passes the bills revoking normal trade relations with Russia and Belarus and "
              "codifying the energy import ban", "SANCTION", ["United States", "Russia", "Belarus"], "2022-04-07",
              "text", "occurred", "Der Senat billigte beide Vorlagen"),
            E("House of Representatives passes the bills the same evening", "SANCTION",
              ["United States", "Russia", "Belarus"], "2022-04-07TEV", "text", "occurred",
              "Der Senat billigte beide Vorlagen"),
            E("Biden to sign the laws on Friday", "SANCTION", ["Joe Biden", "Russia", "Belarus"], "2022-04-08", "text",
              "planned", "Präsident Joe Biden werde die Gesetze"),
            E("Schumer: America will tighten the screws until Russian troops withdraw", "THREATEN",
              ["United States", "Vladimir Putin"], "2022-04-07", "context", "occurred", "Mehrheitsführer Chuck Schumer"),
            E("Yellen: the US will stay away from G20 meetings attended by Russian officials", "THREATEN",
              ["United States", "Russia"], "2022-04-06", "text", "occurred", "Finanzministerin Janet Yellen"),
            E("Biden banned imports of Russian energy by executive order", "SANCTION", ["Joe Biden", "Russia"],
              "2022-03-08", "text", "occurred", "Biden selbst hatte die Einfuhr"),
            E("Peskov calls the decision a step in Washington's economic war against Russia", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2022-04-07TEV", "text", "occurred",
              "Kremlsprecher Dmitri Peskow nannte sie"),
            E("Peskov: Russia will not be blackmailed", "REJECT", ["Dmitry Peskov", "United States"], "2022-04-07",
              "context", "occurred", "lasse sich nicht erpressen"),
            E("Zakharova threatens countermeasures", "THREATEN", ["Maria Zakharova", "United States"], "2022-04-08",
              "published", "occurred", "Maria Sacharowa, drohte"),
            E("UN General Assembly suspends Russia from the Human Rights Council at the initiative of the US",
              "SANCTION", ["United Nations", "United States", "Russia"], "2022-04-07", "text", "occurred",
              "Am selben Tag hatte die UN-Vollversammlung"),
            E("NATO foreign ministers meet in Brussels with Ukraine's foreign minister", "CONSULT", ["NATO", "Ukraine"],
              "2022-04-07", "text", "occurred", "Der ukrainische Außenminister Dmytro Kuleba"),
            E("Kuleba demands weapons from the allies", "REQUEST", ["Ukraine", "NATO"], "2022-04-07", "text",
              "occurred", "Der ukrainische Außenminister Dmytro Kuleba"),
            E("Allies promise to deliver heavier weapons systems to Ukraine", "AID", ["NATO", "Ukraine"], "2022-04-07",
              "context", "planned", "die Verbündeten hätten zugesagt"),
            E("Zelensky thanks Congress", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2022-04-08",
              "published", "occurred", "dankte dem Kongress"),
            E("Zelensky demands a full European embargo on Russian oil and gas", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-04-08", "published", "occurred", "dankte dem Kongress"),
            E("EU ambassadors agree on a coal embargo", "SANCTION", ["European Union", "Russia"], "2022-04-07", "text",
              "occurred", "Kohleembargo", note="formally adopted with the fifth package on 8 April 2022"),
        ],
        [
            S("Joe Biden, via White House", "Biden will sign the laws on Friday", "2022-04-08", "published",
              "Präsident Joe Biden werde die Gesetze"),
            S("United States", "Schumer: a clear message to Putin, America will tighten the screws until Russian "
              "troops withdraw", "2022-04-07", "context", "Mehrheitsführer Chuck Schumer"),
            S("United States", "Yellen: the US will stay away from G20 meetings if Russian officials attend",
              "2022-04-06", "text", "Finanzministerin Janet Yellen"),
            S("Dmitry Peskov", "The decision is another step in Washington's economic war against Russia",
              "2022-04-07", "text", "Kremlsprecher Dmitri Peskow nannte sie"),
            S("Dmitry Peskov", "Russia will redirect its trade to Asia and will not be blackmailed", "2022-04-07",
              "context", "lasse sich nicht erpressen"),
            S("Maria Zakharova", "Countermeasures the Americans will feel painfully", "2022-04-08", "published",
              "Maria Sacharowa, drohte"),
            S("Ukraine", "Kuleba demands 'weapons, weapons and more weapons'", "2022-04-07", "text",
              "Der ukrainische Außenminister Dmytro Kuleba"),
            S("Antony Blinken", "The allies have promised to deliver heavier weapons systems to Ukraine", "2022-04-07",
              "context", "die Verbündeten hätten zugesagt"),
            S("Volodymyr Zelensky", "Thanks Congress and demands a full European oil and gas embargo", "2022-04-08",
              "published", "dankte dem Kongress"),
        ],
        ["United States", "Russia", "Belarus", "Joe Biden", "White House", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova", "United Nations", "Ukraine", "NATO", "Antony Blinken",
         "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b47de02_sullivan_kontakte_moskau_2022_11", "2022-11-08", DE02,
        [
            T("Montag", "DATE", "2022-11-07", 0),
            T("den vergangenen Monaten", "DURATION", "PXM"),
            T("Montag", "DATE", "2022-11-07", 1),
            T("der vergangenen Woche", "DATE", "2022-W44"),
            T("Montagabend", "TIME", "2022-11-07TEV", 0),
            T("Freitag", "DATE", "2022-11-04"),
            T("Dienstag", "DATE", "2022-11-08"),
            T("Oktober", "DATE", "2022-10", 0),
            T("10. Oktober", "DATE", "2022-10-10"),
            T("Montagabend", "TIME", "2022-11-07TEV", 1),
        ],
        [
            E("Sullivan held confidential talks with Ushakov and Patrushev", "CONSULT",
              ["United States", "Yuri Ushakov", "Russia"], "PAST_REF", "vague", "occurred", "Nach einem Bericht des",
              note="repeatedly over the preceding months, according to the Wall Street Journal"),
            E("Sullivan warns Moscow against using nuclear weapons", "REQUEST", ["United States", "Russia"],
              "PAST_REF", "vague", "occurred", "Ziel sei gewesen"),
            E("Lavrov: Russia is ready for talks in principle", "AGREE", ["Sergey Lavrov", "Ukraine"], "2022-W44",
              "text", "occurred", "Russland sei grundsätzlich zu Gesprächen bereit"),
            E("Lavrov accuses Washington of keeping Kyiv from the negotiating table", "ACCUSE",
              ["Sergey Lavrov", "United States"], "2022-W44", "text", "occurred",
              "Russland sei grundsätzlich zu Gesprächen bereit"),
            E("Zelensky sets five conditions for negotiations with Russia", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-11-07TEV", "text", "occurred", "fünf Bedingungen"),
            E("US reportedly urges Kyiv behind the scenes to signal openness to talks", "REQUEST",
              ["United States", "Ukraine"], "2022-11-08", "published", "uncertain", "Washington Post",
              note="reported by the Washington Post on 5 November 2022"),
            E("Sullivan visits Kyiv and meets Zelensky and Yermak", "CONSULT",
              ["United States", "Volodymyr Zelensky", "Andriy Yermak"], "2022-11-04", "text", "occurred",
              "Sullivan war am Freitag in Kiew"),
            E("Sullivan assures Kyiv of unwavering US support", "AGREE", ["United States", "Ukraine"], "2022-11-04",
              "text", "occurred", "Sullivan war am Freitag in Kiew"),
            E("US announces further military aid worth 400 million dollars", "AID", ["United States", "Ukraine"],
              "2022-11-04", "context", "occurred", "400 Millionen Dollar"),
            E("McCarthy warns that Republicans will not give Ukraine a 'blank check'", "THREATEN",
              ["United States", "Ukraine"], "2022-10", "text", "occurred", "Blankoscheck", note="18 October 2022"),
            E("Russia targets power plants and substations since 10 October", "ASSAULT", ["Russia", "Ukraine"],
              "2022-10-10", "text", "occurred", "seit dem 10. Oktober", date_mod="START"),
        ],
        [
            S("White House", "We reserve the right to speak directly with Russia at the highest level", "2022-11-07",
              "text", "Wir behalten uns das Recht vor"),
            S("Dmitry Peskov", "Declines to comment on the report", "2022-11-07", "text",
              "Kremlsprecher Dmitri Peskow wollte"),
            S("Dmitry Peskov", "Anglo-Saxon newspapers spread very many false reports", "2022-11-07", "context",
              "Angelsächsische Zeitungen"),
            S("Sergey Lavrov", "Russia is ready for talks in principle, but Washington keeps Kyiv from the table",
              "2022-W44", "text", "Russland sei grundsätzlich zu Gesprächen bereit"),
            S("Volodymyr Zelensky", "Five conditions for negotiations: territorial integrity, the UN Charter, "
              "compensation, punishment of war criminals, guarantees", "2022-11-07", "text", "fünf Bedingungen"),
            S("Andriy Yermak", "Nobody is putting Ukraine under pressure", "2022-11-08", "published",
              "Präsidialamtschef Andrij Jermak"),
            S("United States", "Sullivan: any negotiated solution must come from Ukraine; nothing about Ukraine "
              "without Ukraine", "2022-11-04", "context", "Jede Verhandlungslösung"),
            S("United States", "McCarthy: no 'blank check' for Ukraine after a Republican victory", "2022-10", "text",
              "Blankoscheck"),
        ],
        ["White House", "United States", "Russia", "Vladimir Putin", "Yuri Ushakov", "Kremlin", "Dmitry Peskov",
         "Sergey Lavrov", "Ukraine", "Volodymyr Zelensky", "United Nations", "Andriy Yermak", "Joe Biden"],
    ),
    doc(
        "b47de03_us_sicherheitsstrategie_kreml_lob_2025_12", "2025-12-08", DE03,
        [
            T("der Nacht zum Freitag", "TIME", "2025-12-04TNI", note="night of 4 to 5 December"),
            T("2022", "DATE", "2022", 0),
            T("Sonntag", "DATE", "2025-12-07"),
            T("Freitag", "DATE", "2025-12-05", 1),
            T("Samstag", "DATE", "2025-12-06", 0),
            T("Donnerstag", "DATE", "2025-12-04"),
            T("Samstag", "DATE", "2025-12-06", 1),
            T("vergangenen Dienstag", "DATE", "2025-12-02"),
            T("fast fünf Stunden", "DURATION", "PT5H", mod="APPROX"),
            T("2022", "DATE", "2022", 1),
        ],
        [
            E("The new US National Security Strategy calls for a rapid end to the fighting in Ukraine and restored "
              "strategic stability with Russia", "REQUEST", ["White House", "Russia", "Ukraine"], "2025-12-04TNI",
              "text", "occurred", "Das 33 Seiten starke Dokument"),
            E("The strategy accuses European governments of unrealistic expectations that obstruct the peace process",
              "ACCUSE", ["White House", "European Union"], "2025-12-04TNI", "context", "occurred",
              "unrealistische Erwartungen"),
            E("Peskov welcomes the strategy as largely matching Russia's view", "SUPPORT",
              ["Dmitry Peskov", "United States"], "2025-12-07", "text", "occurred", "in vielem unserer Sichtweise"),
            E("Zakharova mocks the Europeans", "ACCUSE", ["Maria Zakharova", "European Union"], "2025-12-08",
              "published", "occurred", "Lehrbücher umschreiben"),
            E("Wadephul rejects outside advice on free speech in Europe", "REJECT", ["Germany", "United States"],
              "2025-12-05", "text", "occurred", "Bundesaußenminister Johann Wadephul"),
            E("Umerov and Hnatov negotiate with Witkoff and Kushner in Miami on the US peace plan", "CONSULT",
              ["Rustem Umerov", "Ukraine", "Steve Witkoff", "United States"], "2025-12-04", "text", "occurred",
              "Seit Donnerstag hatten", note="4 to 6 December 2025"),
            E("The Miami talks end without a breakthrough", "REJECT", ["Rustem Umerov", "Steve Witkoff"],
              "2025-12-06", "text", "occurred", "Am Samstag endeten die Gespräche"),
            E("Witkoff and Umerov agree that the talks should continue", "AGREE", ["Steve Witkoff", "Rustem Umerov"],
              "2025-12-06", "context", "occurred", "Am Samstag endeten die Gespräche"),
            E("Witkoff and Kushner meet Putin in the Kremlin for almost five hours", "CONSULT",
              ["Steve Witkoff", "Vladimir Putin"], "2025-12-02", "text", "occurred", "fast fünf Stunden"),
            E("The US Army has trained Ukrainian soldiers at Grafenwöhr since 2022", "AID", ["United States", "Ukraine"],
              "2022", "text", "occurred", "Grafenwöhr", date_mod="START"),
        ],
        [
            S("White House", "Ending the fighting in Ukraine quickly and restoring strategic stability with Russia is a "
              "core US interest", "2025-12-04", "text", "Das 33 Seiten starke Dokument"),
            S("White House", "European governments hold unrealistic expectations about the war and obstruct the peace "
              "process", "2025-12-04", "context", "unrealistische Erwartungen"),
            S("Dmitry Peskov", "The adjustments largely correspond to Russia's view", "2025-12-07", "text",
              "in vielem unserer Sichtweise"),
            S("Dmitry Peskov", "A positive step that Washington no longer puts confrontation first; whether deeds "
              "follow remains to be seen", "2025-12-07", "context", "Man werte es als positiven Schritt"),
            S("Maria Zakharova", "The Europeans will now have to rewrite their textbooks", "2025-12-08", "published",
              "Lehrbücher umschreiben"),
            S("Germany", "Wadephul: the US remains Germany's most important ally, but Europe needs no outside advice on "
              "free speech", "2025-12-05", "text", "Bundesaußenminister Johann Wadephul"),
            S("Kaja Kallas", "Europe and the US do not agree on everything, but America remains Europe's most "
              "important partner", "2025-12-06", "text", "Doha-Forum"),
            S("Volodymyr Zelensky", "What matters is not strategy papers but whether Russia is brought to a real "
              "ceasefire", "2025-12-08", "published", "Entscheidend sei nicht"),
            S("Steve Witkoff", "The Miami talks were constructive and should continue", "2025-12-06", "context",
              "Am Samstag endeten die Gespräche"),
            S("Rustem Umerov", "The Miami talks were constructive and should continue", "2025-12-06", "context",
              "Am Samstag endeten die Gespräche"),
            S("Yuri Ushakov", "There is no compromise yet on the territorial question", "2025-12-02", "context",
              "Gebietsfrage"),
        ],
        ["Donald Trump", "Kremlin", "White House", "United States", "Ukraine", "Russia", "European Union",
         "Dmitry Peskov", "Maria Zakharova", "Germany", "Kaja Kallas", "Volodymyr Zelensky", "Rustem Umerov",
         "Steve Witkoff", "Vladimir Putin", "Yuri Ushakov"],
    ),
    doc(
        "b47de04_gunvor_lukoil_finanzministerium_2025_11", "2025-11-07", DE04,
        [
            T("Donnerstagabend", "TIME", "2025-11-06TEV"),
            T("vergangene Woche", "DATE", "2025-W44"),
            T("22. Oktober", "DATE", "2025-10-22"),
            T("21. November", "DATE", "2025-11-21"),
            T("Mitte Dezember", "DATE", "2025-12", mod="MID"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Freitag", "DATE", "2025-11-07"),
            T("2000", "DATE", "2000"),
            T("2014", "DATE", "2014"),
        ],
        [
            E("US Treasury: Gunvor, the 'Kremlin's puppet', will never get a licence", "REJECT", ["United States"],
              "2025-11-06TEV", "text", "occurred", "Marionette des Kremls und wird niemals"),
            E("Treasury accuses Putin of continuing the senseless killing", "ACCUSE", ["United States", "Vladimir Putin"],
              "2025-11-06TEV", "text", "occurred", "Marionette des Kremls und wird niemals"),
            E("US sanctions Lukoil and Rosneft", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "am 22. Oktober mit Sanktionen"),
            E("Bessent accuses Putin of not being serious about peace", "ACCUSE", ["United States", "Vladimir Putin"],
              "2025-10-22", "context", "occurred", "Finanzminister Scott Bessent"),
            E("Treasury extends the deadline for Lukoil's filling stations abroad to mid-December", "AGREE",
              ["United States"], "2025-11-07", "published", "occurred", "verlängerte das Finanzministerium",
              note="no date given for the extension"),
            E("Peskov demands that Lukoil's interests be protected under international law", "REQUEST",
              ["Dmitry Peskov", "United States"], "2025-11-07", "text", "occurred", "im Einklang mit dem Völkerrecht"),
            E("Peskov accuses Washington of unfair competition through sanctions", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-11-07", "text", "occurred", "im Einklang mit dem Völkerrecht"),
            E("Ukraine's sanctions envoy welcomes the decision", "SUPPORT", ["Ukraine", "United States"], "2025-11-07",
              "published", "occurred", "klaren Signal"),
            E("Zelensky calls on the Europeans to join the US sanctions on Rosneft and Lukoil", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-11-07", "published", "occurred", "anzuschliessen"),
            E("US sanctions Gennady Timchenko", "SANCTION", ["United States", "Russia"], "2014", "context", "occurred",
              "Timtschenko", note="20 March 2014"),
        ],
        [
            S("United States", "Treasury: Gunvor is the Kremlin's puppet and will never get a licence while Putin "
              "continues the killing", "2025-11-06", "text", "Marionette des Kremls und wird niemals"),
            S("United States", "Bessent: Putin is not seriously interested in peace", "2025-10-22", "context",
              "Finanzminister Scott Bessent"),
            S("Donald Trump", "Hopes not to have to keep the sanctions for long", "PAST_REF", "vague",
              "zuletzt erklärt"),
            S("Dmitry Peskov", "Lukoil's interests must be protected under international law; Washington uses "
              "sanctions for unfair competition", "2025-11-07", "text", "im Einklang mit dem Völkerrecht"),
            S("Ukraine", "Vlasiuk: a clear signal that Russian oil money must not be sheltered with traders in third "
              "countries", "2025-11-07", "published", "klaren Signal"),
            S("Volodymyr Zelensky", "The Europeans should join the US sanctions on the two companies", "2025-11-07",
              "published", "anzuschliessen"),
        ],
        ["Kremlin", "United States", "Russia", "Ukraine", "Vladimir Putin", "Donald Trump", "Dmitry Peskov",
         "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b47de05_frist_zwei_wochen_telefonat_2026_03", "2026-03-19", DE05,
        [
            T("zwei Wochen", "DURATION", "P2W", 0),
            T("Mittwoch", "DATE", "2026-03-18"),
            T("zwei Wochen", "DURATION", "P2W", 1),
            T("Mittwochabend", "TIME", "2026-03-18TEV", 0),
            T("knapp zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("30 Tage", "DURATION", "P30D"),
            T("Donnerstag", "DATE", "2026-03-19", 0),
            T("der kommenden Woche", "DATE", "2026-W13"),
            T("Mittwochabend", "TIME", "2026-03-18TEV", 1),
            T("30-tägigen", "DURATION", "P30D"),
            T("der Nacht zum Donnerstag", "TIME", "2026-03-18TNI", note="night of 18 to 19 March"),
            T("Donnerstag", "DATE", "2026-03-19", 2),
            T("vergangenen Jahr", "DATE", "2025"),
        ],
        [
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-03-18", "text",
              "occurred", "Nach einem Telefonat mit Kremlchef"),
            E("Trump gives Russia two weeks to agree to an unconditional ceasefire along the front line", "THREATEN",
              ["Donald Trump", "Russia"], "2026-03-18", "text", "occurred", "Nach einem Telefonat mit Kremlchef",
              note="deadline about 1 April 2026"),
            E("White House threatens tariffs on all buyers of Russian oil if the deadline lapses", "THREATEN",
              ["United States", "Russia"], "2026-03-18TEV", "text", "occurred", "Lasse Moskau die Frist verstreichen"),
            E("US proposes a 30-day ceasefire monitored by US and European observers", "REQUEST",
              ["United States", "Russia", "Ukraine"], "2026-03-18", "context", "occurred",
              "Die Waffenruhe solle zunächst 30 Tage gelten"),
            E("Putin reaffirms Russia's conditions: withdrawal from Donetsk and Luhansk, no Western troops", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2026-03-18", "context", "occurred", "inhaltsreichen"),
            E("Peskov: Russia does not work with ultimatums", "REJECT", ["Dmitry Peskov", "Donald Trump"],
              "2026-03-19", "text", "occurred", "arbeite nicht mit Ultimaten"),
            E("Peskov: Russia ready to continue contacts with Washington at all levels", "AGREE",
              ["Dmitry Peskov", "United States"], "2026-03-19", "text", "occurred", "arbeite nicht mit Ultimaten"),
            E("Witkoff expected in Moscow next week", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W13", "text",
              "planned", "Der Sondergesandte Steve Witkoff"),
            E("Trump briefs Zelensky on the call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-03-18TEV",
              "text", "occurred", "Trump habe ihn noch am Mittwochabend"),
            E("Zelensky: Ukraine ready for an immediate 30-day ceasefire", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2026-03-19", "published", "occurred", "Trump habe ihn noch am Mittwochabend"),
            E("Zelensky: on condition that Russia does the same", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-03-19", "published", "occurred", "Trump habe ihn noch am Mittwochabend"),
            E("Sybiha calls on the Europeans to flank the tariffs with measures against the shadow fleet", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-03-19", "published", "occurred",
              "Außenminister Andrij Sybiha forderte"),
            E("Russian drone attacks on Kharkiv and Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"], "2026-03-18TNI",
              "text", "occurred", "In der Nacht zum Donnerstag griff Russland"),
            E("Merz welcomes Trump's move as the right signal", "SUPPORT", ["Friedrich Merz", "Donald Trump"],
              "2026-03-19", "text", "occurred", "richtigen Signal"),
            E("Merz: any ceasefire must come with robust security guarantees for Ukraine", "REQUEST",
              ["Friedrich Merz", "United States"], "2026-03-19", "text", "occurred", "richtigen Signal"),
            E("Kallas: Putin let several deadlines pass unpunished last year", "ACCUSE",
              ["Kaja Kallas", "Vladimir Putin"], "2026-03-19", "published", "occurred", "Kaja Kallas erinnerte"),
            E("Graham's Russia sanctions bill could be put to a vote once Trump agrees", "SANCTION",
              ["United States", "Russia"], "2026-03-19", "published", "uncertain", "abstimmungsbereit"),
        ],
        [
            S("White House", "Leavitt: if Moscow lets the deadline lapse, the US will impose tariffs on all buyers of "
              "Russian oil", "2026-03-18", "text", "Lasse Moskau die Frist verstreichen"),
            S("White House", "The call lasted almost two hours and was open and tough; the president's patience is not "
              "unlimited", "2026-03-18", "context", "knapp zwei Stunden"),
            S("White House", "The ceasefire should last 30 days and be monitored by US and European observers",
              "2026-03-18", "context", "Die Waffenruhe solle zunächst 30 Tage gelten"),
            S("Kremlin", "Presents the call quite differently", "2026-03-18", "context",
              "Der Kreml stellte das Gespräch"),
            S("Yuri Ushakov", "A substantive exchange", "2026-03-18", "context", "inhaltsreichen"),
            S("Vladimir Putin, via Yuri Ushakov", "Reaffirms the conditions: Ukrainian withdrawal from Donetsk and "
              "Luhansk, no Western troops in Ukraine", "2026-03-18", "context", "inhaltsreichen"),
            S("Yuri Ushakov", "A deadline was not mentioned in the call", "2026-03-18", "context", "keine Rede"),
            S("Dmitry Peskov", "Russia does not work with ultimatums but is ready to continue contacts at all levels",
              "2026-03-19", "text", "arbeite nicht mit Ultimaten"),
            S("Dmitry Peskov", "Witkoff is expected in Moscow next week", "2026-03-19", "context",
              "Der Sondergesandte Steve Witkoff"),
            S("Volodymyr Zelensky", "Trump briefed him on Wednesday evening; Ukraine is ready for an immediate 30-day "
              "ceasefire if Russia does the same", "2026-03-19", "published", "Trump habe ihn noch am Mittwochabend"),
            S("Andrii Sybiha", "The Europeans should flank the tariffs with measures against the shadow fleet",
              "2026-03-19", "published", "Außenminister Andrij Sybiha forderte"),
            S("Ukraine", "Four people killed in the drone attacks", "2026-03-19", "published",
              "nach Angaben der Behörden"),
            S("Friedrich Merz", "The right signal; any ceasefire must come with robust security guarantees",
              "2026-03-19", "text", "richtigen Signal"),
            S("Kaja Kallas", "Putin let several deadlines pass unpunished last year", "2026-03-19", "published",
              "Kaja Kallas erinnerte"),
            S("United States", "Graham: his sanctions bill is ready for a vote once the president gives the green "
              "light", "2026-03-19", "published", "abstimmungsbereit"),
        ],
        ["Vladimir Putin", "Kremlin", "Donald Trump", "United States", "Russia", "White House", "Ukraine",
         "Yuri Ushakov", "Dmitry Peskov", "Steve Witkoff", "Volodymyr Zelensky", "Andrii Sybiha", "European Union",
         "Friedrich Merz", "Germany", "Kaja Kallas"],
    ),
    doc(
        "b47de06_lawrow_state_department_2026_10", "2026-10-15", DE06,
        [
            T("neun Jahren", "DURATION", "P9Y"),
            T("2017", "DATE", "2017", 0),
            T("Mittwoch", "DATE", "2026-10-14", 0),
            T("gut drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("etwa 40 Minuten", "DURATION", "PT40M", mod="APPROX"),
            T("November", "DATE", "2026-11"),
            T("Donnerstag", "DATE", "2026-10-15"),
            T("Montag", "DATE", "2026-10-12"),
            T("Dienstag", "DATE", "2026-10-13"),
            T("abendlichen", "SET", "P1D"),
            T("der Nacht zum Mittwoch", "TIME", "2026-10-13TNI", note="night of 13 to 14 October"),
            T("Mai 2017", "DATE", "2017-05"),
        ],
        [
            E("Rubio meets Lavrov at the State Department", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-10-14",
              "text", "occurred", "Sein Amtskollege Marco Rubio traf ihn"),
            E("Trump receives Lavrov in the Oval Office", "CONSULT", ["Donald Trump", "Sergey Lavrov"], "2026-10-14",
              "text", "occurred", "Sein Amtskollege Marco Rubio traf ihn"),
            E("US and Russia agree to set up three working groups", "AGREE", ["United States", "Russia"], "2026-10-14",
              "context", "occurred", "drei Arbeitsgruppen"),
            E("The working groups to meet in Geneva in November", "CONSULT", ["United States", "Russia"], "2026-11",
              "text", "planned", "drei Arbeitsgruppen"),
            E("Lavrov: Russia ready to discuss a ceasefire", "AGREE", ["Sergey Lavrov", "Ukraine"], "2026-10-14",
              "context", "occurred", "Lawrow selbst sagte"),
            E("Lavrov: only once Ukraine has withdrawn its troops from the Donbas", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-10-14", "context", "occurred", "Lawrow selbst sagte"),
            E("US Treasury grants an exemption for Lavrov's sanctioned government plane", "AGREE",
              ["United States", "Sergey Lavrov"], "2026-10-12", "text", "occurred", "Ausnahmegenehmigung"),
            E("Sybiha–Rubio phone call", "CONSULT", ["Andrii Sybiha", "Marco Rubio"], "2026-10-13", "text",
              "occurred", "Außenminister Andrij Sybiha hatte am Dienstag"),
            E("Rubio assures Sybiha that nothing about Ukraine will be decided without Ukraine", "AGREE",
              ["Marco Rubio", "Ukraine"], "2026-10-13", "context", "occurred",
              "Außenminister Andrij Sybiha hatte am Dienstag"),
            E("Zelensky accuses Moscow of using the talks to soften sanctions", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-10-15", "published", "occurred", "abendlichen Videoansprache"),
            E("US: sanctions on Rosneft and Lukoil stay in force until a ceasefire", "REJECT",
              ["United States", "Russia"], "2026-10-15", "published", "occurred", "blieben in Kraft"),
            E("Russian attack with more than 300 drones and 20 missiles on the energy grid", "ASSAULT",
              ["Russia", "Ukraine"], "2026-10-13TNI", "text", "occurred", "In der Nacht zum Mittwoch"),
            E("Kallas demands that Europe sit at the table of the Geneva working groups", "REQUEST",
              ["Kaja Kallas", "United States"], "2026-10-15", "published", "occurred", "Kaja Kallas mahnte"),
            E("Lavrov's previous visit to Washington and meeting with Trump", "CONSULT",
              ["Sergey Lavrov", "Donald Trump"], "2017-05", "text", "occurred", "Lawrows letzter Besuch",
              note="10 May 2017"),
        ],
        [
            S("United States", "Bruce: the talks covered a ceasefire, a comprehensive prisoner exchange and arms "
              "control after New START", "2026-10-14", "context", "Nach Angaben von Außenamtssprecherin"),
            S("United States", "Both sides agreed to set up three working groups to meet in Geneva in November",
              "2026-10-14", "context", "drei Arbeitsgruppen"),
            S("Russia", "Moscow paints a much more optimistic picture", "2026-10-15", "published",
              "Moskau zeichnete"),
            S("Maria Zakharova", "The talks were open and substantive; Washington shows more understanding for the "
              "root causes", "2026-10-15", "text", "Sacharowa am Donnerstag"),
            S("Sergey Lavrov", "Russia is ready to discuss a ceasefire once Ukraine has withdrawn from the Donbas",
              "2026-10-14", "context", "Lawrow selbst sagte"),
            S("Andrii Sybiha", "Rubio assured him that nothing about Ukraine will be decided without Ukraine",
              "2026-10-13", "context", "Außenminister Andrij Sybiha hatte am Dienstag"),
            S("Volodymyr Zelensky", "Moscow wants to use the talks to soften sanctions without ending the killing",
              "2026-10-15", "published", "abendlichen Videoansprache"),
            S("United States", "Bruce: Rosneft and Lukoil sanctions stay in force; relief only after a ceasefire",
              "2026-10-15", "published", "blieben in Kraft"),
            S("United States", "Shaheen: the administration rolls out the red carpet for a Kremlin envoy",
              "2026-10-15", "published", "Jeanne Shaheen"),
            S("Ukraine", "Russia fired more than 300 drones and 20 missiles at the energy grid", "2026-10-15",
              "published", "In der Nacht zum Mittwoch"),
            S("Kaja Kallas", "Europe must sit at the table of the Geneva working groups", "2026-10-15", "published",
              "Kaja Kallas mahnte"),
        ],
        ["Sergey Lavrov", "Marco Rubio", "Donald Trump", "United States", "Ukraine", "Russia", "Maria Zakharova",
         "Andrii Sybiha", "Volodymyr Zelensky", "Kremlin", "Kaja Kallas", "European Union"],
    ),
]
