"""German articles of the blind48 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b48de01 (Rhein-Neckar-Zeitung)
DE01 = """
Moskau verspricht weniger Angriffe bei Kiew – die Ukraine traut dem Frieden nicht

Istanbul/Heidelberg. Nach der ersten direkten Verhandlungsrunde seit dem 7. März hat Russland angekündigt, seine Militäraktivitäten rund um Kiew und Tschernihiw deutlich zu verringern.
Vize-Verteidigungsminister Alexander Fomin sagte am Dienstag nach dem gut dreistündigen Treffen im Istanbuler Dolmabahçe-Palast, man habe beschlossen, die Kampfhandlungen in diesen Richtungen „radikal“ zurückzufahren, um gegenseitiges Vertrauen zu schaffen.
Kremlsprecher Dmitri Peskow dämpfte am Mittwoch allerdings die Erwartungen: Er sehe bislang „nichts sehr Vielversprechendes“, einen Durchbruch gebe es nicht.

Die ukrainische Delegation unter Leitung von David Arachamija, dem Fraktionschef der Präsidentenpartei im Parlament, legte in Istanbul nach eigenen Angaben schriftliche Vorschläge vor.
Demnach wäre die Ukraine bereit, auf einen Nato-Beitritt zu verzichten und sich für neutral zu erklären, wenn eine Gruppe von Garantiestaaten, darunter die USA, Großbritannien, Frankreich, die Türkei, China und Polen, ihre Sicherheit verbindlich zusichert.
Über den Status der 2014 annektierten Krim solle binnen 15 Jahren gesondert verhandelt werden, sagte Präsidentenberater Mychajlo Podoljak.
Der russische Verhandlungsführer Wladimir Medinski nannte die Gespräche „konstruktiv“; ein Treffen von Präsident Wladimir Putin mit dem ukrainischen Präsidenten Wolodymyr Selenskyj sei denkbar, sobald die Außenminister einen Vertragsentwurf paraphiert hätten.

Der türkische Präsident Recep Tayyip Erdoğan hatte die Delegationen vor Beginn der Gespräche im Palast begrüßt und beide Seiten aufgerufen, „dieser Tragödie ein Ende zu setzen“.
Er bot zugleich an, ein Treffen der beiden Präsidenten in der Türkei auszurichten.

Selenskyj sagte in seiner Videoansprache am Dienstagabend, die Signale aus Istanbul könne man positiv nennen, doch sie übertönten nicht die Explosionen russischer Geschosse.
Über eine Lockerung der Sanktionen gegen Russland könne erst gesprochen werden, wenn der Krieg beendet sei.
US-Präsident Joe Biden sagte in Washington, er werde erst urteilen, wenn er sehe, was Russland tatsächlich tue; ein Pentagon-Sprecher sprach von einer Umgruppierung, nicht von einem Rückzug.
Der britische Premierminister Boris Johnson mahnte, Moskau müsse an seinen Taten gemessen werden.

Dreimal waren die Delegationen seit Kriegsbeginn in Belarus zusammengekommen, die dritte Runde am 7. März endete ohne greifbares Ergebnis.
Nach Angaben aus Ankara sollen die Gespräche in den kommenden Tagen auf Ebene der Unterhändler fortgesetzt werden.

In Heidelberg, das seit 1991 eine Städtepartnerschaft mit Simferopol auf der Krim pflegt, wurden die Nachrichten vom Bosporus mit besonderer Aufmerksamkeit verfolgt.
Oberbürgermeister Eckart Würzner hatte die offiziellen Kontakte zur Stadtverwaltung in Simferopol Anfang März ruhen lassen; die Hilfe für Geflüchtete aus der Ukraine laufe dagegen auf Hochtouren, hieß es im Rathaus.
"""

# ---------------------------------------------------------------- b48de02 (Darmstädter Echo)
DE02 = """
Weihnachtsfeuerpause mit Schüssen: Kiew spricht von einem Täuschungsmanöver

Moskau/Kiew. Die von Kremlchef Wladimir Putin einseitig angeordnete Feuerpause zum orthodoxen Weihnachtsfest hat die Kämpfe in der Ostukraine nach Angaben beider Seiten nicht zum Schweigen gebracht.
Die Waffenruhe sollte nach dem Willen Moskaus von Freitag, 12 Uhr Moskauer Zeit, bis Samstag, 24 Uhr, gelten, also 36 Stunden lang.
Putin hatte Verteidigungsminister Sergej Schoigu am Donnerstag angewiesen, das Feuer einzustellen, und sich dabei auf einen Appell des Moskauer Patriarchen Kirill berufen.

Am selben Tag hatte Putin mit dem türkischen Präsidenten Recep Tayyip Erdoğan telefoniert, der ihn nach Angaben aus Ankara zu einer einseitigen Waffenruhe und einer „gerechten Lösung“ aufrief.
Laut der Gesprächszusammenfassung des Kremls erklärte sich Putin zu einem ernsthaften Dialog bereit, allerdings nur, wenn Kiew die bekannten Forderungen Moskaus erfülle und die „neuen territorialen Realitäten“ anerkenne.

Der ukrainische Präsident Wolodymyr Selenskyj warf Moskau in seiner abendlichen Videoansprache am Donnerstag vor, das Fest als Deckmantel zu nutzen, um den Vormarsch ukrainischer Truppen im Donbass aufzuhalten und Munition, Technik und Soldaten näher an die Front zu bringen.
Präsidentenberater Mychajlo Podoljak hatte ebenfalls am Donnerstag geschrieben, eine „vorübergehende Waffenruhe“ gebe es erst, wenn Russland die besetzten Gebiete verlasse; die „Heuchelei“ könne Putin für sich behalten.
US-Präsident Joe Biden sagte in Washington, Putin versuche offenbar, „etwas Sauerstoff“ zu finden, und Bundesaußenministerin Annalena Baerbock kritisierte, eine sogenannte Waffenruhe bringe den Menschen in den besetzten Gebieten weder Freiheit noch Sicherheit.

Am Freitag meldete das russische Verteidigungsministerium, die eigenen Truppen hielten sich seit 12 Uhr an die Feuerpause, die ukrainische Seite beschieße aber weiter Stellungen und Ortschaften.
Der ukrainische Generalstab berichtete dagegen von Artilleriefeuer bei Bachmut; in Kramatorsk traf nach Angaben der Regionalverwaltung am Nachmittag eine russische Rakete ein Wohnhaus.
Kremlsprecher Dmitri Peskow schloss am Freitag Verhandlungen mit Kiew unter den derzeitigen Bedingungen aus, die Feuerpause sei eine Geste und kein Angebot.

Es ist das erste Mal seit Beginn der Invasion im Februar vergangenen Jahres, dass Moskau eine solche Feuerpause verkündet.
Am Silvestertag hatten beide Seiten unter Vermittlung der Vereinigten Arabischen Emirate 82 russische gegen 140 ukrainische Gefangene ausgetauscht, wie die Verteidigungsministerien in Moskau und Kiew mitteilten.

In Darmstadt feierte die ukrainisch-orthodoxe Gemeinde am Freitagabend einen Gottesdienst in der Kapelle der Evangelischen Hochschule.
Viele der rund 3000 Geflüchteten aus der Ukraine, die in der Stadt leben, verfolgten die Nachrichten von der Front dabei auf ihren Telefonen, berichtete eine Helferin.
"""

# ---------------------------------------------------------------- b48de03 (der Freitag)
DE03 = """
Ein Telefonat, zwei Protokolle

Wer wissen will, worauf sich Donald Trump und Wladimir Putin am Dienstag in ihrem mehr als zweistündigen Telefonat verständigt haben, muss zwei Texte nebeneinanderlegen, die nicht recht zueinander passen.
Die Zusammenfassung des Kremls, wie üblich als nüchterne Meldung auf der Website des Präsidenten veröffentlicht, spricht von einem Verzicht auf Angriffe gegen die „Energieinfrastruktur“ für 30 Tage, den Putin dem Militär sofort befohlen habe.
Die Erklärung des Weißen Hauses nennt dagegen „Energie und Infrastruktur“, eine Formel, die Brücken, Häfen und Bahnstrecken einschließen würde und die in Kiew niemand für einen Zufall hält.
Für eine umfassende Waffenruhe verlangt Putin laut Kremlprotokoll, dass der Westen Waffenlieferungen und Geheimdiensthilfe für die Ukraine einstellt.

Einig sind sich beide Texte darin, dass Russland und die Ukraine am Mittwoch je 175 Gefangene austauschen sollten; Putin habe zudem zugesagt, 23 schwer verwundete ukrainische Soldaten als „Geste des guten Willens“ zu übergeben, heißt es in Moskau.
Wie die Verteidigungsministerien beider Länder am Mittwochnachmittag mitteilten, kam der Austausch unter Vermittlung der Vereinigten Arabischen Emirate zustande, die Verwundeten wurden gleich mit übergeben.

In der Nacht zum Mittwoch griffen russische Drohnen nach ukrainischen Angaben Umspannwerke im Gebiet Dnipropetrowsk und ein Krankenhaus in Slowjansk an.
Der ukrainische Präsident Wolodymyr Selenskyj sagte am Mittwoch, Putin habe eine vollständige Waffenruhe faktisch abgelehnt, das Wort des Kremls sei nichts wert, solange die Angriffe weitergingen.
Am Abend telefonierte er knapp eine Stunde mit Trump und sagte danach in seiner abendlichen Videoansprache, die Ukraine werde Angriffe auf Energieanlagen ebenfalls einstellen, wenn Russland sich daran halte.
Die Erklärung, die Außenminister Marco Rubio und Sicherheitsberater Mike Waltz anschließend verbreiteten, enthält eine Idee, die in Moskau nicht vorkommt: Die USA könnten ukrainische Kraftwerke besitzen und betreiben, um sie zu schützen.

Das russische Verteidigungsministerium wiederum teilte am Mittwoch mit, die eigene Luftabwehr habe sieben russische Drohnen abgeschossen, die schon auf dem Weg zu ukrainischen Energieanlagen gewesen seien.
Zugleich warf es Kiew vor, ein Öldepot in der Region Krasnodar angegriffen zu haben, um die Vereinbarung zu sabotieren.
Das ukrainische Außenministerium wies die Darstellung als Propaganda zurück.

Technisch weiterverhandelt wird in Saudi-Arabien, und zwar getrennt: Am Sonntag trifft eine amerikanische Delegation in Riad die Ukrainer, am Montag die Russen.
Kremlberater Juri Uschakow kündigte an, Moskau schicke den früheren Vizeaußenminister Grigori Karassin und den FSB-Berater Sergej Beseda, im Mittelpunkt stehe die Schifffahrt im Schwarzen Meer.
Selenskyj hatte einer 30-tägigen Feuerpause zu Lande, in der Luft und auf See schon vor einer Woche in Dschidda zugestimmt.
Dass Trump und Putin nebenbei auch Eishockeyspiele zwischen Profis der NHL und der russischen KHL verabredet haben, steht übrigens nur im Kremlprotokoll.
"""

# ---------------------------------------------------------------- b48de04 (Nordbayerischer Kurier)
DE04 = """
Kühlwagen an der Grenze: Russland übergibt die Leichname von 1212 Soldaten

Bayreuth/Kiew. Nach tagelangem Streit über Termine und Listen hat Russland der Ukraine am Mittwoch die sterblichen Überreste von 1212 Soldaten übergeben.
Im Gegenzug erhielt Moskau nach Angaben beider Seiten die Leichname von 27 russischen Soldaten.
Der Koordinierungsstab für die Belange von Kriegsgefangenen in Kiew teilte mit, die Identifizierung werde bei vielen Toten Monate dauern, die Angehörigen würden benachrichtigt.

Noch am Samstag hatte der russische Delegationsleiter Wladimir Medinski erklärt, die ersten Kühlwagen stünden an der Grenze bereit, die ukrainische Seite sei aber nicht erschienen und habe die Übergabe auf unbestimmte Zeit verschoben.
Das Verteidigungsministerium in Moskau veröffentlichte dazu Aufnahmen von Lastwagen und Namenslisten.
Kiew wies das zurück: Ein Datum sei nie vereinbart worden, Russland spiele „schmutzige Spiele“, erklärte der Koordinierungsstab am selben Abend.
Präsident Wolodymyr Selenskyj warf Moskau in seiner abendlichen Videoansprache am Sonntag vor, mit dem Leid der Familien Politik zu machen.

Unabhängig davon tauschten beide Seiten am Montag und Dienstag in zwei Etappen Kriegsgefangene aus, zunächst Schwerverwundete und Kranke sowie junge Soldaten unter 25.
Wie viele Männer zurückkehrten, gaben weder Kiew noch Moskau bekannt; das russische Verteidigungsministerium sprach lediglich von einer „ersten Gruppe“, die in Belarus medizinisch versorgt werde.
Vereinbart worden war all das am 2. Juni bei der zweiten Verhandlungsrunde in Istanbul, die nach gut einer Stunde endete.
Medinski hatte dort angekündigt, Russland werde 6000 Leichname übergeben; Verteidigungsminister Rustem Umjerow, der die ukrainische Delegation leitete, sprach von einem Austausch „alle gegen alle“ bei den Schwerverletzten.

Kremlsprecher Dmitri Peskow sagte am Mittwoch, einen Termin für eine dritte Runde gebe es noch nicht; zuerst müssten die humanitären Vereinbarungen umgesetzt werden.
Umjerow kündigte an, die Übergaben würden in den kommenden Wochen fortgesetzt.
Nach Angaben des ukrainischen Menschenrechtsbeauftragten Dmytro Lubinez handelt es sich um die größte Übergabe von Gefallenen seit 2022.

In Bayreuth, wo seit dem Frühjahr 2022 mehr als 1500 Menschen aus der Ukraine Zuflucht gefunden haben, lädt der Verein Ukrainische Brücke am Sonntag zu einer Gedenkandacht in die Stadtkirche ein.
Viele Familien warteten seit Monaten auf Nachricht über vermisste Angehörige, sagte die Vorsitzende des Vereins.
"""

# ---------------------------------------------------------------- b48de05 (Walliser Bote)
DE05 = """
Streit um eine Liste: Moskau und Kiew ringen um die Rückkehr von Zivilisten

Moskau/Kiew/Genf. Russland hat der Ukraine eine Liste mit 312 ukrainischen Zivilisten übermitteln lassen, die es nach eigenen Angaben freilassen will.
Aussenamtssprecherin Maria Sacharowa sagte am Mittwoch an ihrem wöchentlichen Briefing in Moskau, die Liste sei am Montag über den türkischen Aussenminister Hakan Fidan nach Kiew gegangen.
Im Gegenzug erwarte Moskau die Rückkehr von Bewohnern des Gebiets Kursk, die ukrainische Truppen im Sommer 2024 «verschleppt» hätten.
Kiew reagierte kühl.

Der Sprecher des ukrainischen Aussenministeriums, Heorhij Tychyj, sagte am Donnerstag vor Journalisten, die Liste umfasse kaum ein Zehntel der Menschen, die Russland nach ukrainischen Erkenntnissen festhalte, und werde derzeit geprüft.
Nach Angaben Kiews befinden sich seit 2022 mehr als 16'000 ukrainische Zivilisten in russischer Gewalt, viele ohne Anklage und ohne Kontakt zu ihren Familien.
Moskau benutze die Menschen als Verhandlungsmasse, sagte Tychyj; wer es ernst meine, lasse das Internationale Komitee vom Roten Kreuz (IKRK) in die Haftanstalten.
Die Bewohner aus Kursk seien auf eigenen Wunsch evakuiert worden und könnten über Drittstaaten ausreisen, wann immer sie wollten.

Aussenminister Andrij Sybiha dankte Fidan am Donnerstag in einem Telefonat für die Vermittlung und schlug vor, die Listen bei Gesprächen von Fachleuten beider Seiten in Istanbul abzugleichen, möglichst Anfang Oktober.
Ankara bestätigte den Eingang der russischen Liste, äusserte sich aber nicht zu deren Inhalt.

Kremlsprecher Dmitri Peskow wollte die Zahlen am Donnerstag nicht kommentieren; es handle sich um eine «humanitäre Frage», über die Präsident Wladimir Putin persönlich entschieden habe.
Sacharowa hatte an ihrem Briefing zudem den Vorwurf erhoben, ukrainische Drohnen hätten in der Nacht zum Mittwoch ein Wohnviertel in Belgorod getroffen, und von «Terror» gesprochen.

Das IKRK in Genf, dessen Zentraler Suchdienst seit 2022 Anfragen von Angehörigen beider Seiten bearbeitet, begrüsste jeden Schritt, der Familien Gewissheit bringe.
Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) erklärte in Bern, die Schweiz stehe als Gastgeberin technischer Gespräche zur Verfügung, sollten beide Seiten dies wünschen.
Zuletzt waren im August 84 Zivilisten bei einem Gefangenenaustausch an der belarussisch-ukrainischen Grenze in ihre Heimat zurückgekehrt.
"""

# ---------------------------------------------------------------- b48de06 (Pforzheimer Zeitung)
DE06 = """
Ein Telefon für den Ernstfall: Generalstäbe in Moskau und Kiew vereinbaren einen direkten Draht

Istanbul. Russland und die Ukraine wollen eine ständige Verbindung zwischen ihren Generalstäben einrichten.
Darauf verständigten sich Militärdelegationen beider Seiten am Dienstag bei einem rund fünfstündigen Treffen im Istanbuler Hauptquartier der türkischen Streitkräfte, wie das russische Verteidigungsministerium am Abend in einer Mitteilung erklärte.
Die Leitung solle helfen, Zwischenfälle im Schwarzen Meer zu vermeiden und den Austausch von Gefangenen und Gefallenen schneller abzuwickeln; ein erster Probeanruf sei für den kommenden Montag geplant.

Die russische Delegation leitete der Chef des Militärgeheimdienstes GRU, Igor Kostjukow, die ukrainische Generalstabschef Andrij Hnatow; Gastgeber war der türkische Verteidigungsminister Yaşar Güler.
Kostjukow sprach nach dem Treffen von einem „sachlichen Gespräch unter Militärs“, politische Fragen seien nicht berührt worden.
Hnatow schrieb auf Telegram, die Ukraine habe eine Liste von 1100 Kriegsgefangenen übergeben, deren Freilassung sie verlange.

Präsident Wolodymyr Selenskyj sagte in seiner abendlichen Videoansprache am Dienstag, die Verbindung sei „kein Waffenstillstand, aber ein Werkzeug“, das Leben retten könne.
Er habe Sicherheitsratssekretär Rustem Umjerow beauftragt, die nächste politische Runde vorzubereiten, die Kiew möglichst noch im August abhalten wolle.

Kremlsprecher Dmitri Peskow sagte am Mittwoch, die Leitung ersetze keine politischen Verhandlungen, eine neue Runde auf Delegationsebene sei vor September nicht zu erwarten.
Am selben Tag telefonierte Präsident Wladimir Putin mit dem türkischen Staatschef Recep Tayyip Erdoğan und dankte ihm laut Kreml für die Ausrichtung des Treffens.
Erdoğan bot nach Angaben seines Büros an, auch ein Treffen der beiden Präsidenten auszurichten.

Eine ähnliche Leitung zwischen den Streitkräften Russlands und der USA besteht seit März 2022, sie soll Zwischenfälle über der Ostsee und dem Schwarzen Meer verhindern.
In der Nacht zum Mittwoch griff Russland die Hafenstadt Odessa nach Angaben der ukrainischen Luftwaffe mit 60 Drohnen an, zwei Menschen wurden verletzt.
Die Regionalverwaltung meldete Schäden an Hafenanlagen und einem Getreidesilo.

Auch in Pforzheim wird die Entwicklung aufmerksam verfolgt: Der Verein Ukrainische Gemeinde Enz organisiert seit 2022 Hilfstransporte in die Region Odessa, der nächste Lastwagen soll in der kommenden Woche starten.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b48de01_istanbul_dolmabahce_runde_2022_03", "2022-03-30", DE01,
        [
            T("dem 7. März", "DATE", "2022-03-07"),
            T("Dienstag", "DATE", "2022-03-29"),
            T("gut dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("Mittwoch", "DATE", "2022-03-30"),
            T("2014", "DATE", "2014"),
            T("15 Jahren", "DURATION", "P15Y"),
            T("Dienstagabend", "TIME", "2022-03-29TEV"),
            T("7. März", "DATE", "2022-03-07", 1),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("1991", "DATE", "1991"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
        ],
        [
            E("Russian and Ukrainian delegations hold talks in Istanbul's Dolmabahçe Palace", "CONSULT",
              ["Russia", "Ukraine", "Turkey"], "2022-03-29", "text", "occurred", "Vize-Verteidigungsminister Alexander Fomin"),
            E("Russia announces a drastic reduction of military activity around Kyiv and Chernihiv", "RETREAT",
              ["Russia", "Ukraine"], "2022-03-29", "text", "occurred", "Vize-Verteidigungsminister Alexander Fomin"),
            E("No breakthrough at the Istanbul talks", "REJECT", ["Russia", "Ukraine"], "2022-03-29", "context",
              "occurred", "nichts sehr Vielversprechendes"),
            E("Ukrainian delegation presents written proposals", "REQUEST", ["Ukraine", "Russia"], "2022-03-29",
              "context", "occurred", "legte in Istanbul nach eigenen Angaben"),
            E("Ukraine ready to give up NATO membership and declare neutrality", "AGREE", ["Ukraine", "Russia", "NATO"],
              "2022-03-29", "context", "occurred", "Demnach wäre die Ukraine bereit"),
            E("Ukraine demands binding security guarantees from guarantor states", "REQUEST",
              ["Ukraine", "United States", "United Kingdom", "France", "Turkey", "China", "Poland"], "2022-03-29",
              "context", "occurred", "Demnach wäre die Ukraine bereit"),
            E("Russia annexed Crimea in 2014", "COERCE", ["Russia", "Ukraine"], "2014", "text", "occurred",
              "Über den Status der 2014 annektierten Krim"),
            E("Ukraine proposes separate negotiations on Crimea's status within 15 years", "REQUEST",
              ["Ukraine", "Russia"], "2022-03-29", "context", "occurred", "Über den Status der 2014 annektierten Krim"),
            E("Medinsky: a Putin–Zelensky meeting is conceivable", "AGREE",
              ["Vladimir Medinsky", "Vladimir Putin", "Volodymyr Zelensky"], "2022-03-29", "context", "occurred",
              "Der russische Verhandlungsführer Wladimir Medinski"),
            E("Condition: the foreign ministers must first initial a draft treaty", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2022-03-29", "context", "occurred",
              "Der russische Verhandlungsführer Wladimir Medinski"),
            E("Erdoğan welcomes the delegations before the talks", "CONSULT",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-03-29", "context", "occurred",
              "hatte die Delegationen vor Beginn der Gespräche"),
            E("Erdoğan calls on both sides to end the tragedy", "REQUEST", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
              "2022-03-29", "context", "occurred", "hatte die Delegationen vor Beginn der Gespräche"),
            E("Erdoğan offers to host a meeting of the two presidents in Turkey", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2022-03-29", "context", "occurred",
              "Er bot zugleich an"),
            E("Zelensky rules out easing sanctions before the war ends", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2022-03-29TEV", "context", "occurred", "Über eine Lockerung der Sanktionen"),
            E("Third round of talks in Belarus on 7 March", "CONSULT", ["Russia", "Ukraine"], "2022-03-07", "text",
              "occurred", "Dreimal waren die Delegationen"),
            E("Third round ends without a tangible result", "REJECT", ["Russia", "Ukraine"], "2022-03-07", "text",
              "occurred", "Dreimal waren die Delegationen"),
            E("Talks to continue at negotiator level in the coming days", "CONSULT", ["Russia", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "Nach Angaben aus Ankara"),
        ],
        [
            S("Russia", "Fomin: Russia has decided to cut military activity near Kyiv and Chernihiv drastically to "
              "build mutual trust", "2022-03-29", "text", "Vize-Verteidigungsminister Alexander Fomin"),
            S("Dmitry Peskov", "Sees nothing very promising so far; there is no breakthrough", "2022-03-30", "text",
              "nichts sehr Vielversprechendes"),
            S("Ukraine", "The delegation presented written proposals in Istanbul", "2022-03-29", "context",
              "legte in Istanbul nach eigenen Angaben"),
            S("Ukraine", "Ready for neutrality without NATO membership if guarantor states give binding guarantees",
              "2022-03-29", "context", "Demnach wäre die Ukraine bereit"),
            S("Ukraine", "Podolyak: Crimea's status to be negotiated separately within 15 years", "2022-03-29",
              "context", "Über den Status der 2014 annektierten Krim"),
            S("Vladimir Medinsky", "Talks were constructive; a Putin–Zelensky meeting is possible once a draft treaty "
              "has been initialled by the foreign ministers", "2022-03-29", "context",
              "Der russische Verhandlungsführer Wladimir Medinski"),
            S("Recep Tayyip Erdoğan", "Calls on both sides to end this tragedy", "2022-03-29", "context",
              "hatte die Delegationen vor Beginn der Gespräche"),
            S("Recep Tayyip Erdoğan", "Offers to host a meeting of the two presidents", "2022-03-29", "context",
              "Er bot zugleich an"),
            S("Volodymyr Zelensky", "The signals from Istanbul are positive but do not drown out the explosions of "
              "Russian shells", "2022-03-29TEV", "text", "in seiner Videoansprache am Dienstagabend"),
            S("Volodymyr Zelensky", "Easing sanctions can only be discussed once the war is over", "2022-03-29TEV",
              "context", "Über eine Lockerung der Sanktionen"),
            S("Joe Biden", "Will judge only when he sees what Russia actually does", "2022-03-30", "published",
              "US-Präsident Joe Biden sagte in Washington"),
            S("United States", "Pentagon: a regrouping, not a withdrawal", "2022-03-30", "published",
              "ein Pentagon-Sprecher"),
            S("United Kingdom", "Johnson: Moscow must be judged by its deeds", "2022-03-30", "published",
              "Boris Johnson mahnte"),
            S("Turkey", "Talks to continue at negotiator level in the coming days", "2022-03-30", "published",
              "Nach Angaben aus Ankara"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "NATO", "United States", "United Kingdom", "France",
         "Turkey", "China", "Poland", "Vladimir Medinsky", "Vladimir Putin", "Volodymyr Zelensky",
         "Recep Tayyip Erdoğan", "Joe Biden"],
    ),
    doc(
        "b48de02_orthodoxe_weihnachtsfeuerpause_2023_01", "2023-01-07", DE02,
        [
            T("orthodoxen Weihnachtsfest", "DATE", "2023-01-07"),
            T("Freitag", "DATE", "2023-01-06", 0),
            T("12 Uhr Moskauer Zeit", "TIME", "2023-01-06T12:00", note="Moscow time"),
            T("Samstag", "DATE", "2023-01-07"),
            T("24 Uhr", "TIME", "2023-01-07T24:00", note="Moscow time"),
            T("36 Stunden", "DURATION", "PT36H"),
            T("Donnerstag", "DATE", "2023-01-05", 0),
            T("selben Tag", "DATE", "2023-01-05"),
            T("abendlichen", "SET", "P1D"),
            T("Donnerstag", "DATE", "2023-01-05", 1),
            T("Donnerstag", "DATE", "2023-01-05", 2),
            T("Freitag", "DATE", "2023-01-06", 1),
            T("12 Uhr", "TIME", "2023-01-06T12:00", 1, note="Moscow time"),
            T("Nachmittag", "TIME", "2023-01-06TAF"),
            T("Freitag", "DATE", "2023-01-06", 2),
            T("Februar vergangenen Jahres", "DATE", "2022-02"),
            T("Silvestertag", "DATE", "2022-12-31"),
            T("Freitagabend", "TIME", "2023-01-06TEV"),
        ],
        [
            E("Russia's unilateral 36-hour ceasefire for Orthodox Christmas", "RETREAT", ["Russia", "Ukraine"],
              "2023-01-06T12:00", "text", "occurred", "Die Waffenruhe sollte nach dem Willen Moskaus",
              note="ordered by Putin on Thursday 5 January"),
            E("Putin–Erdoğan phone call", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2023-01-05", "text",
              "occurred", "Am selben Tag hatte Putin"),
            E("Erdoğan calls on Putin for a unilateral ceasefire and a just solution", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-01-05", "text", "occurred", "Am selben Tag hatte Putin"),
            E("Putin ready for serious dialogue", "AGREE", ["Vladimir Putin", "Ukraine"], "2023-01-05", "context",
              "occurred", "Laut der Gesprächszusammenfassung des Kremls"),
            E("Putin's condition: Kyiv must meet Moscow's demands and recognise the new territorial realities",
              "REQUEST", ["Vladimir Putin", "Ukraine"], "2023-01-05", "context", "occurred",
              "Laut der Gesprächszusammenfassung des Kremls"),
            E("Zelensky accuses Moscow of using the holiday as cover to halt Ukraine's advance and bring up troops",
              "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2023-01-05", "text", "occurred",
              "warf Moskau in seiner abendlichen Videoansprache"),
            E("Podolyak rejects the truce as hypocrisy", "REJECT", ["Ukraine", "Russia"], "2023-01-05", "text",
              "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Podolyak: Russia must leave the occupied territories first", "REQUEST", ["Ukraine", "Russia"],
              "2023-01-05", "text", "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Biden: Putin is trying to find some oxygen", "ACCUSE", ["Joe Biden", "Vladimir Putin"], "2023-01-07",
              "published", "occurred", "etwas Sauerstoff"),
            E("Baerbock criticises the so-called ceasefire", "ACCUSE", ["Germany", "Russia"], "2023-01-07",
              "published", "occurred", "etwas Sauerstoff"),
            E("Russian defence ministry accuses Ukraine of continued shelling", "ACCUSE", ["Russia", "Ukraine"],
              "2023-01-06", "text", "occurred", "Am Freitag meldete das russische Verteidigungsministerium"),
            E("Ukrainian General Staff reports Russian artillery fire near Bakhmut", "ACCUSE", ["Ukraine", "Russia"],
              "2023-01-06", "context", "occurred", "Der ukrainische Generalstab berichtete"),
            E("Russian artillery fire near Bakhmut during the truce", "ASSAULT", ["Russia", "Ukraine"], "2023-01-06",
              "context", "occurred", "Der ukrainische Generalstab berichtete"),
            E("Russian missile hits a residential building in Kramatorsk", "ASSAULT", ["Russia", "Ukraine"],
              "2023-01-06TAF", "text", "occurred", "Der ukrainische Generalstab berichtete"),
            E("Peskov rules out negotiations with Kyiv under the current conditions", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2023-01-06", "text", "occurred", "Kremlsprecher Dmitri Peskow schloss"),
            E("Russia's invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "seit Beginn der Invasion"),
            E("Prisoner exchange of 82 Russians for 140 Ukrainians", "CONCEDE", ["Russia", "Ukraine"], "2022-12-31",
              "text", "occurred", "Am Silvestertag"),
            E("UAE mediation of the New Year's Eve exchange", "CONSULT", ["Russia", "Ukraine"], "2022-12-31", "text",
              "occurred", "Am Silvestertag"),
        ],
        [
            S("Russia", "The Christmas ceasefire has not silenced the fighting", "2023-01-07", "published",
              "nach Angaben beider Seiten"),
            S("Ukraine", "The Christmas ceasefire has not silenced the fighting", "2023-01-07", "published",
              "nach Angaben beider Seiten"),
            S("Recep Tayyip Erdoğan, via Turkey", "Calls on Putin for a unilateral ceasefire and a just solution",
              "2023-01-05", "text", "Am selben Tag hatte Putin"),
            S("Vladimir Putin, via Kremlin", "Ready for serious dialogue if Kyiv meets Moscow's demands and recognises "
              "the new territorial realities", "2023-01-05", "context", "Laut der Gesprächszusammenfassung des Kremls"),
            S("Volodymyr Zelensky", "Moscow uses the holiday as cover to halt Ukraine's advance and bring ammunition, "
              "equipment and soldiers to the front", "2023-01-05", "text",
              "warf Moskau in seiner abendlichen Videoansprache"),
            S("Ukraine", "Podolyak: a temporary truce only when Russia leaves the occupied territories; Putin can keep "
              "his hypocrisy", "2023-01-05", "text", "Präsidentenberater Mychajlo Podoljak"),
            S("Joe Biden", "Putin is apparently trying to find some oxygen", "2023-01-07", "published",
              "etwas Sauerstoff"),
            S("Germany", "Baerbock: a so-called ceasefire brings neither freedom nor security to people in the "
              "occupied territories", "2023-01-07", "published", "etwas Sauerstoff"),
            S("Russia", "Defence ministry: Russian troops observe the ceasefire, Ukraine keeps shelling", "2023-01-06",
              "text", "Am Freitag meldete das russische Verteidigungsministerium"),
            S("Ukraine", "General Staff reports artillery fire near Bakhmut; a Russian missile hit a house in "
              "Kramatorsk", "2023-01-06", "context", "Der ukrainische Generalstab berichtete"),
            S("Dmitry Peskov", "No negotiations with Kyiv under current conditions; the ceasefire is a gesture, not an "
              "offer", "2023-01-06", "text", "Kremlsprecher Dmitri Peskow schloss"),
            S("Russia", "Defence ministry: 82 Russian prisoners exchanged for 140 Ukrainians", "2022-12-31", "context",
              "Am Silvestertag"),
            S("Ukraine", "Defence ministry: 140 Ukrainian prisoners returned in exchange for 82 Russians", "2022-12-31",
              "context", "Am Silvestertag"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Vladimir Putin", "Recep Tayyip Erdoğan", "Turkey", "Volodymyr Zelensky",
         "United States", "Joe Biden", "Germany", "Dmitry Peskov"],
    ),
    doc(
        "b48de03_zwei_protokolle_trump_putin_2025_03", "2025-03-20", DE03,
        [
            T("Dienstag", "DATE", "2025-03-18"),
            T("mehr als zweistündigen", "DURATION", "PT2H", mod="MORE_THAN"),
            T("30 Tage", "DURATION", "P30D"),
            T("Mittwoch", "DATE", "2025-03-19", 0),
            T("Mittwochnachmittag", "TIME", "2025-03-19TAF"),
            T("der Nacht zum Mittwoch", "TIME", "2025-03-18TNI", note="night of 18 to 19 March"),
            T("Mittwoch", "DATE", "2025-03-19", 2),
            T("Abend", "TIME", "2025-03-19TEV"),
            T("knapp eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("abendlichen", "SET", "P1D"),
            T("Mittwoch", "DATE", "2025-03-19", 3),
            T("Sonntag", "DATE", "2025-03-23"),
            T("Montag", "DATE", "2025-03-24"),
            T("30-tägigen", "DURATION", "P30D"),
            T("vor einer Woche", "DATE", "2025-W11"),
        ],
        [
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "Wer wissen will"),
            E("Putin agrees to a 30-day halt to strikes on energy infrastructure", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred",
              "Die Zusammenfassung des Kremls"),
            E("Putin orders the military to stop strikes on Ukraine's energy infrastructure", "RETREAT",
              ["Russia", "Ukraine"], "2025-03-18", "context", "occurred", "Die Zusammenfassung des Kremls"),
            E("Putin demands an end to Western arms deliveries and intelligence aid for a full ceasefire", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2025-03-18", "context", "occurred", "Für eine umfassende Waffenruhe"),
            E("Trump and Putin agree a 175-for-175 prisoner exchange", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2025-03-18", "context", "occurred", "Einig sind sich beide Texte"),
            E("Putin promises to hand over 23 severely wounded Ukrainian soldiers", "AGREE",
              ["Vladimir Putin", "Ukraine"], "2025-03-18", "context", "occurred", "Einig sind sich beide Texte"),
            E("Russia and Ukraine exchange 175 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2025-03-19",
              "context", "occurred", "am Mittwochnachmittag mitteilten"),
            E("UAE mediation of the exchange", "CONSULT", ["Russia", "Ukraine"], "2025-03-19", "context", "occurred",
              "am Mittwochnachmittag mitteilten"),
            E("Wounded soldiers handed over with the exchange", "CONCEDE", ["Russia", "Ukraine"], "2025-03-19",
              "context", "occurred", "am Mittwochnachmittag mitteilten"),
            E("Russian drones strike substations in Dnipropetrovsk region and a hospital in Sloviansk", "ASSAULT",
              ["Russia", "Ukraine"], "2025-03-18TNI", "text", "occurred", "In der Nacht zum Mittwoch griffen"),
            E("Zelensky: Putin effectively rejected a full ceasefire, the Kremlin's word is worthless", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-03-19", "text", "occurred",
              "Putin habe eine vollständige Waffenruhe"),
            E("Putin rejects a full ceasefire (as Zelensky describes it)", "REJECT", ["Vladimir Putin", "Donald Trump"],
              "2025-03-18", "context", "occurred", "Putin habe eine vollständige Waffenruhe"),
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-03-19TEV", "text",
              "occurred", "Am Abend telefonierte er"),
            E("Zelensky: Ukraine will also stop strikes on energy facilities", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2025-03-19TEV", "context", "occurred", "Am Abend telefonierte er"),
            E("Condition: Russia must keep to the halt", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2025-03-19TEV",
              "context", "occurred", "Am Abend telefonierte er"),
            E("US idea to own and operate Ukrainian power plants", "REQUEST", ["United States", "Ukraine"],
              "2025-03-19", "context", "occurred", "Mike Waltz anschließend verbreiteten"),
            E("Russian defence ministry accuses Kyiv of attacking an oil depot in Krasnodar region", "ACCUSE",
              ["Russia", "Ukraine"], "2025-03-19", "context", "occurred", "Zugleich warf es Kiew vor"),
            E("Ukrainian attack on an oil depot in Krasnodar region (Russian account)", "ASSAULT",
              ["Ukraine", "Russia"], "2025-03-19", "context", "occurred", "Zugleich warf es Kiew vor",
              note="date not given; reported by the Russian defence ministry on Wednesday"),
            E("Ukrainian foreign ministry rejects the Russian account as propaganda", "REJECT", ["Ukraine", "Russia"],
              "2025-03-19", "context", "occurred", "Das ukrainische Außenministerium wies"),
            E("US–Ukrainian technical talks in Riyadh", "CONSULT", ["United States", "Ukraine"], "2025-03-23", "text",
              "planned", "Technisch weiterverhandelt wird"),
            E("US–Russian technical talks in Riyadh", "CONSULT", ["United States", "Russia"], "2025-03-24", "text",
              "planned", "Technisch weiterverhandelt wird"),
            E("Zelensky agreed to a 30-day ceasefire in Jeddah", "AGREE", ["Volodymyr Zelensky", "United States"],
              "2025-W11", "text", "occurred", "in Dschidda zugestimmt", note="Jeddah talks of 11 March 2025"),
            E("Trump and Putin agree on ice hockey matches between NHL and KHL players", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03-18", "context", "occurred", "Eishockeyspiele"),
        ],
        [
            S("Vladimir Putin, via Kremlin", "Halt to strikes on energy infrastructure for 30 days, ordered by Putin "
              "at once", "2025-03-18", "context", "Die Zusammenfassung des Kremls"),
            S("White House", "The statement speaks of a halt on energy and infrastructure", "2025-03-18", "context",
              "Die Erklärung des Weißen Hauses"),
            S("Vladimir Putin, via Kremlin", "A full ceasefire requires the West to stop arms deliveries and "
              "intelligence aid to Ukraine", "2025-03-18", "context", "Für eine umfassende Waffenruhe"),
            S("Russia", "Putin promised to hand over 23 severely wounded Ukrainian soldiers as a gesture of goodwill",
              "2025-03-18", "context", "Einig sind sich beide Texte"),
            S("White House", "Russia and Ukraine to exchange 175 prisoners each on Wednesday", "2025-03-18",
              "context", "Einig sind sich beide Texte"),
            S("Russia", "Defence ministry: the exchange took place with UAE mediation", "2025-03-19TAF", "text",
              "am Mittwochnachmittag mitteilten"),
            S("Ukraine", "Defence ministry: the exchange took place with UAE mediation", "2025-03-19TAF", "text",
              "am Mittwochnachmittag mitteilten"),
            S("Ukraine", "Russian drones attacked substations and a hospital in the night", "2025-03-20",
              "published", "In der Nacht zum Mittwoch griffen"),
            S("Volodymyr Zelensky", "Putin effectively rejected a full ceasefire; the Kremlin's word is worth nothing "
              "while the attacks go on", "2025-03-19", "text", "Putin habe eine vollständige Waffenruhe"),
            S("Volodymyr Zelensky", "Ukraine will also stop strikes on energy facilities if Russia keeps to it",
              "2025-03-19TEV", "context", "Am Abend telefonierte er"),
            S("Joint statement: Marco Rubio, United States", "The US could own and operate Ukrainian power plants "
              "to protect them", "2025-03-19", "context", "Mike Waltz anschließend verbreiteten"),
            S("Russia", "Defence ministry: Russian air defence shot down seven Russian drones already heading for "
              "Ukrainian energy facilities", "2025-03-19", "text", "die eigene Luftabwehr habe sieben"),
            S("Russia", "Defence ministry: Kyiv attacked an oil depot in Krasnodar region to sabotage the agreement",
              "2025-03-19", "context", "Zugleich warf es Kiew vor"),
            S("Ukraine", "Foreign ministry dismisses the Russian account as propaganda", "2025-03-19", "context",
              "Das ukrainische Außenministerium wies"),
            S("Yuri Ushakov", "Moscow sends Karasin and Beseda to Riyadh; shipping in the Black Sea is the focus",
              "2025-03-20", "published", "Kremlberater Juri Uschakow"),
            S("Kremlin", "Trump and Putin agreed on ice hockey matches between NHL and KHL players", "2025-03-18",
              "context", "Eishockeyspiele"),
        ],
        ["Donald Trump", "Vladimir Putin", "Kremlin", "White House", "Russia", "Ukraine", "Volodymyr Zelensky",
         "Marco Rubio", "United States", "Yuri Ushakov"],
    ),
    doc(
        "b48de04_uebergabe_gefallene_kuehlwagen_2025_06", "2025-06-12", DE04,
        [
            T("tagelangem", "DURATION", "PXD"),
            T("Mittwoch", "DATE", "2025-06-11", 0),
            T("Monate", "DURATION", "PXM"),
            T("Samstag", "DATE", "2025-06-07"),
            T("selben Abend", "TIME", "2025-06-07TEV"),
            T("abendlichen", "SET", "P1D"),
            T("Sonntag", "DATE", "2025-06-08", 0),
            T("Montag", "DATE", "2025-06-09"),
            T("Dienstag", "DATE", "2025-06-10"),
            T("2. Juni", "DATE", "2025-06-02"),
            T("gut einer Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Mittwoch", "DATE", "2025-06-11", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("2022", "DATE", "2022", 0),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("Sonntag", "DATE", "2025-06-15", 1),
            T("Monaten", "DURATION", "PXM"),
        ],
        [
            E("Russia hands over the remains of 1,212 Ukrainian soldiers", "CONCEDE", ["Russia", "Ukraine"],
              "2025-06-11", "text", "occurred", "hat Russland der Ukraine am Mittwoch"),
            E("Ukraine hands over the bodies of 27 Russian soldiers", "CONCEDE", ["Ukraine", "Russia"], "2025-06-11",
              "context", "occurred", "Im Gegenzug erhielt Moskau"),
            E("Medinsky accuses Kyiv of not turning up and postponing the handover", "ACCUSE",
              ["Vladimir Medinsky", "Ukraine"], "2025-06-07", "text", "occurred", "Noch am Samstag hatte"),
            E("Handover of bodies at the border does not take place (Russian account)", "CONCEDE",
              ["Russia", "Ukraine"], "2025-06-07", "context", "cancelled", "Noch am Samstag hatte",
              note="Kyiv says no date had been agreed"),
            E("Kyiv denies that a date was ever agreed", "REJECT", ["Ukraine", "Russia"], "2025-06-07TEV", "text",
              "occurred", "Kiew wies das zurück"),
            E("Coordination headquarters accuses Russia of dirty games", "ACCUSE", ["Ukraine", "Russia"],
              "2025-06-07TEV", "text", "occurred", "Kiew wies das zurück"),
            E("Zelensky accuses Moscow of playing politics with the families' suffering", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-06-08", "text", "occurred", "mit dem Leid der Familien"),
            E("First stage of the exchange of wounded, sick and young prisoners", "CONCEDE", ["Russia", "Ukraine"],
              "2025-06-09", "text", "occurred", "Unabhängig davon tauschten beide Seiten"),
            E("Second stage of the prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2025-06-10", "text",
              "occurred", "Unabhängig davon tauschten beide Seiten"),
            E("Second round of Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02",
              "text", "occurred", "Vereinbart worden war all das"),
            E("Agreement on the exchanges of prisoners and bodies", "AGREE", ["Russia", "Ukraine"], "2025-06-02",
              "text", "occurred", "Vereinbart worden war all das"),
            E("Medinsky announces that Russia will hand over 6,000 bodies", "AGREE", ["Vladimir Medinsky", "Ukraine"],
              "2025-06-02", "context", "occurred", "Medinski hatte dort angekündigt"),
            E("Peskov: the humanitarian agreements must be implemented before a third round", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2025-06-11", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Further handovers in the coming weeks", "CONCEDE", ["Russia", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "die Übergaben würden in den kommenden Wochen"),
        ],
        [
            S("Russia", "1,212 bodies handed over, 27 received in return", "2025-06-11", "context",
              "Im Gegenzug erhielt Moskau"),
            S("Ukraine", "1,212 bodies received, 27 handed over in return", "2025-06-11", "context",
              "Im Gegenzug erhielt Moskau"),
            S("Ukraine", "Coordination headquarters: identification will take months; relatives will be informed",
              "2025-06-11", "context", "Der Koordinierungsstab für die Belange"),
            S("Vladimir Medinsky", "The first refrigerated trucks are at the border, but the Ukrainian side did not "
              "come and postponed the handover indefinitely", "2025-06-07", "text", "Noch am Samstag hatte"),
            S("Ukraine", "No date was ever agreed; Russia is playing dirty games", "2025-06-07TEV", "text",
              "Kiew wies das zurück"),
            S("Volodymyr Zelensky", "Moscow is playing politics with the families' suffering", "2025-06-08", "text",
              "mit dem Leid der Familien"),
            S("Russia", "Defence ministry: a first group of returned soldiers is receiving medical care in Belarus",
              "2025-06-09", "context", "das russische Verteidigungsministerium sprach lediglich"),
            S("Vladimir Medinsky", "Russia will hand over 6,000 bodies", "2025-06-02", "context",
              "Medinski hatte dort angekündigt"),
            S("Rustem Umerov", "An all-for-all exchange of the severely wounded", "2025-06-02", "context",
              "Medinski hatte dort angekündigt"),
            S("Dmitry Peskov", "No date yet for a third round; the humanitarian agreements must be implemented first",
              "2025-06-11", "text", "Kremlsprecher Dmitri Peskow sagte"),
            S("Rustem Umerov", "Handovers will continue in the coming weeks", "2025-06-12", "published",
              "die Übergaben würden in den kommenden Wochen"),
            S("Ukraine", "Lubinets: the largest handover of fallen soldiers since 2022", "2025-06-12", "published",
              "Dmytro Lubinez"),
        ],
        ["Russia", "Ukraine", "Vladimir Medinsky", "Volodymyr Zelensky", "Rustem Umerov", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b48de05_zivilistenliste_briefings_2026_09", "2026-09-18", DE05,
        [
            T("Mittwoch", "DATE", "2026-09-16"),
            T("wöchentlichen", "SET", "P1W"),
            T("Montag", "DATE", "2026-09-14"),
            T("Sommer 2024", "DATE", "2024-SU"),
            T("Donnerstag", "DATE", "2026-09-17", 0),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("2022", "DATE", "2022", 0),
            T("Donnerstag", "DATE", "2026-09-17", 1),
            T("Anfang Oktober", "DATE", "2026-10", mod="START"),
            T("Donnerstag", "DATE", "2026-09-17", 2),
            T("der Nacht zum Mittwoch", "TIME", "2026-09-15TNI", note="night of 15 to 16 September"),
            T("2022", "DATE", "2022", 1),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("August", "DATE", "2026-08"),
        ],
        [
            E("Russia offers to release 312 Ukrainian civilians on a list sent to Kyiv", "AGREE", ["Russia", "Ukraine"],
              "2026-09-14", "context", "occurred", "eine Liste mit 312 ukrainischen Zivilisten"),
            E("The list is passed to Kyiv through Turkish Foreign Minister Fidan", "CONSULT",
              ["Russia", "Hakan Fidan", "Ukraine"], "2026-09-14", "text", "occurred",
              "Aussenamtssprecherin Maria Sacharowa sagte am Mittwoch"),
            E("Zakharova demands the return of Kursk residents in exchange", "REQUEST", ["Maria Zakharova", "Ukraine"],
              "2026-09-16", "context", "occurred", "Im Gegenzug erwarte Moskau"),
            E("Zakharova accuses Ukrainian troops of abducting Kursk residents", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-09-16", "context", "occurred", "Im Gegenzug erwarte Moskau"),
            E("Kursk residents taken to Ukraine in summer 2024 (Russian account)", "COERCE", ["Ukraine", "Russia"],
              "2024-SU", "text", "occurred", "Im Gegenzug erwarte Moskau",
              note="Moscow's description; Kyiv speaks of a voluntary evacuation"),
            E("Russia holds more than 16,000 Ukrainian civilians since 2022 (Ukrainian account)", "COERCE",
              ["Russia", "Ukraine"], "2022", "text", "occurred", "befinden sich seit 2022", date_mod="START"),
            E("Kyiv accuses Moscow of using civilians as bargaining chips", "ACCUSE", ["Ukraine", "Russia"],
              "2026-09-17", "context", "occurred", "Verhandlungsmasse"),
            E("Kyiv demands ICRC access to Russian detention facilities", "REQUEST", ["Ukraine", "Russia"],
              "2026-09-17", "context", "occurred", "Verhandlungsmasse"),
            E("Kyiv rejects the abduction charge: the Kursk residents were evacuated at their own wish", "REJECT",
              ["Ukraine", "Russia"], "2026-09-17", "context", "occurred", "Die Bewohner aus Kursk seien"),
            E("Sybiha–Fidan phone call", "CONSULT", ["Andrii Sybiha", "Hakan Fidan"], "2026-09-17", "text",
              "occurred", "Aussenminister Andrij Sybiha dankte Fidan"),
            E("Sybiha thanks Fidan for the mediation", "SUPPORT", ["Andrii Sybiha", "Hakan Fidan"], "2026-09-17",
              "text", "occurred", "Aussenminister Andrij Sybiha dankte Fidan"),
            E("Sybiha proposes expert talks in Istanbul to compare the lists", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2026-09-17", "text", "occurred", "Aussenminister Andrij Sybiha dankte Fidan"),
            E("Expert talks in Istanbul, possibly in early October", "CONSULT", ["Russia", "Ukraine"], "2026-10",
              "text", "uncertain", "Aussenminister Andrij Sybiha dankte Fidan", date_mod="START"),
            E("Zakharova accuses Ukraine of a drone attack on Belgorod", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-09-16", "context", "occurred", "Sacharowa hatte an ihrem Briefing zudem"),
            E("Ukrainian drones hit a residential area in Belgorod (Russian account)", "ASSAULT", ["Ukraine", "Russia"],
              "2026-09-15TNI", "text", "occurred", "Sacharowa hatte an ihrem Briefing zudem"),
            E("84 civilians return home in a prisoner exchange in August", "CONCEDE", ["Russia", "Ukraine"], "2026-08",
              "text", "occurred", "84 Zivilisten"),
        ],
        [
            S("Russia", "Russia wants to release the 312 civilians on its list", "2026-09-18", "published",
              "eine Liste mit 312 ukrainischen Zivilisten"),
            S("Maria Zakharova", "The list went to Kyiv on Monday through Fidan", "2026-09-16", "text",
              "Aussenamtssprecherin Maria Sacharowa sagte am Mittwoch"),
            S("Maria Zakharova", "Moscow expects the return of Kursk residents abducted by Ukrainian troops",
              "2026-09-16", "context", "Im Gegenzug erwarte Moskau"),
            S("Ukraine", "Kyiv reacts coolly", "2026-09-18", "published", "Kiew reagierte kühl."),
            S("Ukraine", "The list covers barely a tenth of those Russia holds and is being examined", "2026-09-17",
              "text", "Heorhij Tychyj, sagte am Donnerstag"),
            S("Ukraine", "More than 16,000 Ukrainian civilians are held by Russia", "2026-09-17", "context",
              "befinden sich seit 2022"),
            S("Ukraine", "Moscow uses people as bargaining chips; it should let the ICRC into its prisons",
              "2026-09-17", "context", "Verhandlungsmasse"),
            S("Ukraine", "The Kursk residents were evacuated at their own wish and may leave via third countries",
              "2026-09-17", "context", "Die Bewohner aus Kursk seien"),
            S("Andrii Sybiha", "Thanks Fidan and proposes expert talks in Istanbul in early October", "2026-09-17",
              "text", "Aussenminister Andrij Sybiha dankte Fidan"),
            S("Turkey", "Confirms receipt of the Russian list", "2026-09-18", "published",
              "Ankara bestätigte den Eingang"),
            S("Dmitry Peskov", "A humanitarian question decided by Putin personally; no comment on the figures",
              "2026-09-17", "text", "Kremlsprecher Dmitri Peskow wollte"),
            S("Maria Zakharova", "Ukrainian drones hit a residential area in Belgorod; this is terror", "2026-09-16",
              "context", "Sacharowa hatte an ihrem Briefing zudem"),
        ],
        ["Russia", "Ukraine", "Maria Zakharova", "Hakan Fidan", "Turkey", "Andrii Sybiha", "Kremlin",
         "Dmitry Peskov", "Vladimir Putin"],
    ),
    doc(
        "b48de06_generalstaebe_direkter_draht_2026_08", "2026-08-06", DE06,
        [
            T("Dienstag", "DATE", "2026-08-04", 0),
            T("rund fünfstündigen", "DURATION", "PT5H", mod="APPROX"),
            T("Abend", "TIME", "2026-08-04TEV"),
            T("den kommenden Montag", "DATE", "2026-08-10"),
            T("abendlichen", "SET", "P1D"),
            T("Dienstag", "DATE", "2026-08-04", 1),
            T("August", "DATE", "2026-08"),
            T("Mittwoch", "DATE", "2026-08-05", 0),
            T("September", "DATE", "2026-09"),
            T("selben Tag", "DATE", "2026-08-05"),
            T("März 2022", "DATE", "2022-03"),
            T("der Nacht zum Mittwoch", "TIME", "2026-08-04TNI", note="night of 4 to 5 August"),
            T("2022", "DATE", "2022", 1),
            T("der kommenden Woche", "DATE", "2026-W33"),
        ],
        [
            E("Russian and Ukrainian military delegations meet at Turkish armed forces headquarters in Istanbul",
              "CONSULT", ["Russia", "Ukraine", "Turkey"], "2026-08-04", "text", "occurred",
              "Darauf verständigten sich Militärdelegationen"),
            E("Agreement on a direct line between the general staffs", "AGREE", ["Russia", "Ukraine"], "2026-08-04",
              "text", "occurred", "Darauf verständigten sich Militärdelegationen"),
            E("First test call on the new line", "COOPERATE", ["Russia", "Ukraine"], "2026-08-10", "text", "planned",
              "ein erster Probeanruf"),
            E("Ukraine hands over a list of 1,100 prisoners of war and demands their release", "REQUEST",
              ["Ukraine", "Russia"], "2026-08-04", "context", "occurred", "Hnatow schrieb auf Telegram"),
            E("Next political round of talks, which Kyiv wants in August", "CONSULT", ["Ukraine", "Russia"], "2026-08",
              "text", "uncertain", "die nächste politische Runde vorzubereiten"),
            E("Kyiv wants the next political round held in August", "REQUEST", ["Ukraine", "Russia"], "2026-08-04",
              "context", "occurred", "die nächste politische Runde vorzubereiten"),
            E("Peskov: no new round at delegation level before September", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-08-05", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Putin–Erdoğan phone call", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2026-08-05", "text",
              "occurred", "Am selben Tag telefonierte"),
            E("Putin thanks Erdoğan for hosting the meeting", "SUPPORT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2026-08-05", "text", "occurred", "Am selben Tag telefonierte"),
            E("Erdoğan offers to host a meeting of the two presidents", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2026-08-05", "context", "occurred",
              "Erdoğan bot nach Angaben seines Büros an"),
            E("Russia–US military line in place since March 2022", "COOPERATE", ["United States", "Russia"],
              "2022-03", "text", "occurred", "Eine ähnliche Leitung", date_mod="START"),
            E("Russian drone attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-08-04TNI", "text", "occurred",
              "griff Russland die Hafenstadt Odessa"),
        ],
        [
            S("Russia", "Defence ministry: agreement on a permanent line between the general staffs", "2026-08-04TEV",
              "text", "Darauf verständigten sich Militärdelegationen"),
            S("Russia", "The line is to prevent incidents in the Black Sea and speed up exchanges; a first test call "
              "next Monday", "2026-08-04TEV", "context", "ein erster Probeanruf"),
            S("Russia", "Kostyukov: a matter-of-fact talk between soldiers, no political questions", "2026-08-04",
              "context", "Kostjukow sprach nach dem Treffen"),
            S("Ukraine", "Hnatov: Ukraine handed over a list of 1,100 prisoners of war whose release it demands",
              "2026-08-04", "context", "Hnatow schrieb auf Telegram"),
            S("Volodymyr Zelensky", "The line is not a ceasefire but a tool that can save lives", "2026-08-04", "text",
              "kein Waffenstillstand, aber ein Werkzeug"),
            S("Volodymyr Zelensky", "Umerov is to prepare the next political round, which Kyiv wants in August",
              "2026-08-04", "context", "die nächste politische Runde vorzubereiten"),
            S("Dmitry Peskov", "The line does not replace political negotiations; no new round before September",
              "2026-08-05", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Vladimir Putin, via Kremlin", "Thanks Erdoğan for hosting the meeting", "2026-08-05", "text",
              "Am selben Tag telefonierte"),
            S("Recep Tayyip Erdoğan", "Offers to host a meeting of the two presidents as well", "2026-08-05",
              "context", "Erdoğan bot nach Angaben seines Büros an"),
            S("Ukraine", "Air force: Russia attacked Odesa with 60 drones, two people injured", "2026-08-06",
              "published", "griff Russland die Hafenstadt Odessa"),
            S("Ukraine", "Regional administration reports damage to port facilities and a grain silo", "2026-08-06",
              "published", "Die Regionalverwaltung meldete"),
        ],
        ["Russia", "Ukraine", "Turkey", "Volodymyr Zelensky", "Rustem Umerov", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Recep Tayyip Erdoğan", "United States"],
    ),
]
