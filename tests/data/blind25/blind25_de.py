"""German articles of blind25 (written blind to the extraction code; see README.md)."""

from build import E, S, T

DOCS: list[dict] = []

# ---------------------------------------------------------------- de01: Kölner Stadt-Anzeiger
DE01 = """
EU bestraft Iran für Drohnen an Russland
Brüssel/Kiew. Die Europäische Union hat am Donnerstag Sanktionen gegen drei iranische Generäle und den Drohnenhersteller Shahed Aviation Industries verhängt, weil Teheran Russland mit sogenannten Kamikaze-Drohnen beliefert haben soll.
Die Außenminister der 27 Mitgliedstaaten hatten sich bereits am Montag in Luxemburg grundsätzlich auf die Strafmaßnahmen verständigt, die formale Annahme erfolgte im schriftlichen Verfahren, wie es in Brüssel hieß.
Die Kommission sprach von „eindeutigen Beweisen“ und kündigte an, die Union werde weitere Listungen prüfen, sollten die Lieferungen weitergehen.

Auslöser war eine Serie von Angriffen auf die ukrainische Hauptstadt.
Am Montagmorgen waren mehrere Drohnen iranischer Bauart im Zentrum Kiews eingeschlagen, mindestens vier Menschen kamen ums Leben.
Seit Anfang Oktober setzt Russland nach Angaben der ukrainischen Luftwaffe fast täglich solche Fluggeräte gegen Kraftwerke und Umspannwerke ein.
Präsident Wolodymyr Selenskyj warf der iranischen Führung in seiner abendlichen Videoansprache vor, sich zum Komplizen eines Terrorregimes zu machen.
Außenminister Dmytro Kuleba schlug dem Staatschef vor, die diplomatischen Beziehungen zu Teheran ganz abzubrechen.
Bereits im September hatte Kiew dem iranischen Botschafter die Akkreditierung entzogen und die Zahl der Diplomaten der Botschaft deutlich verringert.

Teheran bestreitet, Waffen für den Krieg geliefert zu haben.
Auch der Kreml will von iranischen Drohnen nichts wissen.
Die eingesetzte Technik sei russisch, sagte Kremlsprecher Dmitri Peskow am Dienstag, alle weiteren Fragen seien an das Verteidigungsministerium zu richten.

Deutschland, Frankreich und Großbritannien forderten in einem gemeinsamen Schreiben an UN-Generalsekretär António Guterres am Mittwoch eine Untersuchung durch die Vereinten Nationen, weil die Lieferungen gegen eine Resolution des Sicherheitsrats verstießen.
Russlands UN-Botschafter Wassili Nebensja warnte das Sekretariat umgehend davor, sich auf eine solche „illegitime Untersuchung“ einzulassen, andernfalls müsse Moskau seine Zusammenarbeit mit Guterres überdenken.
US-Außenminister Antony Blinken hatte bereits am Dienstag erklärt, Washington werde jedes Mittel nutzen, um die wachsende Rüstungszusammenarbeit zwischen Moskau und Teheran zu unterbinden.

Beobachter in Brüssel verweisen auf den Besuch von Kremlchef Wladimir Putin in Teheran im Juli, bei dem beide Seiten eine engere Zusammenarbeit vereinbart hatten.
Bundesaußenministerin Annalena Baerbock (Grüne) sprach sich dafür aus, die Sanktionen auszuweiten, und verlangte von Teheran, die Lieferungen sofort einzustellen.
Über das Thema dürften auch die Staats- und Regierungschefs der EU sprechen, die am Donnerstagabend zu ihrem zweitägigen Gipfel in Brüssel zusammenkommen.
Bundeskanzler Olaf Scholz sagte vor seiner Abreise, Kiew könne sich darauf verlassen, dass Deutschland in den kommenden Wochen ein weiteres Flugabwehrsystem vom Typ Iris-T liefern werde.
"""

# ---------------------------------------------------------------- de02: Luzerner Zeitung
DE02 = """
Nachbarn sperren Luftraum: Lawrow kann nicht nach Belgrad
Moskau/Belgrad. Der russische Aussenminister Sergei Lawrow hat seinen für Montag und Dienstag geplanten Besuch in Serbien absagen müssen, weil Bulgarien, Nordmazedonien und Montenegro ihren Luftraum für seine Maschine gesperrt hatten.
Die drei Nato-Mitglieder verweigerten am Sonntag die Überfluggenehmigung, wie serbische Medien unter Berufung auf Diplomaten berichteten.
Für Lawrow wäre es die erste Reise in ein europäisches Land seit Beginn der Invasion gewesen.

«Das Undenkbare ist geschehen», sagte Lawrow am Montag an einer Medienkonferenz in Moskau.
Die Nato und die EU hätten einem souveränen Staat das Recht auf eine eigene Aussenpolitik genommen, die Sperrung sei ein feindseliger Akt.
Wenn schon ein Besuch in Belgrad im Westen als Bedrohung gelte, sei es um Europa schlecht bestellt, spottete der Minister.
Aussenamtssprecherin Maria Sacharowa kündigte an, Moskau werde darauf eine Antwort finden, nannte aber keine Einzelheiten.
Kremlsprecher Dmitri Peskow sprach von einer Behinderung der russischen Diplomatie, die man nicht hinnehmen werde.

In Belgrad bedauerte Präsident Aleksandar Vučić die Absage, verteidigte zugleich aber den Kurs seines Landes, das als EU-Beitrittskandidat die Sanktionen gegen Russland nicht mitträgt.
Erst am 29. Mai hatte Vučić mit Kremlchef Wladimir Putin telefoniert und sich mit ihm auf einen neuen Gasvertrag für drei Jahre geeinigt, zu Konditionen, die er selbst als «äusserst günstig» bezeichnete.
Er werde mit Lawrow telefonieren und ihn zu einem späteren Zeitpunkt erneut nach Belgrad einladen, sagte Vučić vor Journalisten.

Die EU-Kommission forderte Belgrad am Montag erneut auf, seine Aussenpolitik an jener der Union auszurichten und sich den Strafmassnahmen anzuschliessen.
Ein Sprecher liess zudem durchblicken, dass die Beitrittsverhandlungen ohne diesen Schritt kaum vorankommen dürften.
Die 27 Mitgliedstaaten hatten am Freitag ihr sechstes Sanktionspaket gegen Russland formell verabschiedet, das unter anderem ein weitgehendes Embargo für russisches Erdöl auf dem Seeweg vorsieht.

Der ukrainische Aussenminister Dmytro Kuleba begrüsste die Luftraumsperre als Lektion für Moskau: Wer einen Krieg gegen Europa führe, könne in Europa nicht frei herumfliegen.
Zugleich rief er die serbische Führung auf, sich endlich zwischen Moskau und Europa zu entscheiden.
Lawrow selbst will am Mittwoch nach Ankara reisen, wo er mit seinem türkischen Amtskollegen Mevlüt Çavuşoğlu über einen Seekorridor für ukrainisches Getreide sprechen soll.

Auch in Bern wird das Tauziehen um Belgrad aufmerksam verfolgt.
Die Schweiz hatte die Sanktionen der EU gegen Russland bereits Ende Februar übernommen, in Serbien dagegen demonstrierten vor wenigen Wochen Tausende für Putin.
"""

# ---------------------------------------------------------------- de03: Kieler Nachrichten
DE03 = """
Schweden ist das 32. Nato-Mitglied – die Ostsee wird zum Bündnismeer
Washington/Kiel. Fast zwei Jahre nach seinem Antrag ist Schweden offiziell der Nato beigetreten.
Ministerpräsident Ulf Kristersson übergab die Beitrittsurkunde am Donnerstag im US-Außenministerium in Washington an Außenminister Antony Blinken, der die Dokumente als Verwahrer des Nordatlantikvertrags entgegennahm.
„Gute Dinge kommen zu denen, die warten“, sagte Blinken bei der kurzen Zeremonie.
Kristersson sprach von einem Sieg für die Freiheit und versprach, Schweden werde seine Verpflichtungen gegenüber den Verbündeten voll erfüllen.

Am Abend war der schwedische Regierungschef Ehrengast bei der Rede zur Lage der Nation von US-Präsident Joe Biden, der den Beitritt zuvor in einer Erklärung gewürdigt hatte.
Nato-Generalsekretär Jens Stoltenberg nannte den Donnerstag einen historischen Tag und kündigte an, die schwedische Flagge werde am Montag vor dem Hauptquartier in Brüssel gehisst.

Der Weg dorthin war lang.
Die Türkei hatte ihre Blockade erst im Januar aufgegeben, Ungarns Parlament stimmte dem Beitritt am 26. Februar als letztes Bündnismitglied zu.
Drei Tage zuvor hatte Regierungschef Viktor Orbán Kristersson in Budapest empfangen, beide vereinbarten dabei den Kauf von vier weiteren schwedischen Gripen-Kampfjets durch Ungarn.

In Moskau fiel die Reaktion erwartungsgemäß scharf aus.
Kremlsprecher Dmitri Peskow sagte, Russland werde die Stationierung von Nato-Truppen und -Waffen in Schweden genau beobachten und mit „Gegenmaßnahmen“ antworten.
Außenamtssprecherin Maria Sacharowa warf Stockholm vor, seine jahrhundertealte Neutralität für die Interessen Washingtons geopfert zu haben.
Der ukrainische Präsident Wolodymyr Selenskyj gratulierte Kristersson in einem Telefonat und bat zugleich um weitere Unterstützung bei der Luftverteidigung.

In Kiel wird der Beitritt mit besonderem Interesse verfolgt.
Mit Schweden sind bis auf Russland alle Anrainer der Ostsee Mitglieder des Bündnisses, und das Hauptquartier der Marine an der Förde koordiniert bereits seit dem vergangenen Herbst die Zusammenarbeit der Seestreitkräfte im Ostseeraum.
Bundeskanzler Olaf Scholz begrüßte den Beitritt als Stärkung der Sicherheit in Nordeuropa.
Verteidigungsminister Boris Pistorius kündigte an, die Marine werde im Sommer gemeinsam mit schwedischen Einheiten ein Manöver in der westlichen Ostsee abhalten.
Der Landtag in Kiel will sich in der kommenden Woche in einer Aktuellen Stunde mit den Folgen für Schleswig-Holstein befassen.
"""

# ---------------------------------------------------------------- de04: Wiener Zeitung
DE04 = """
Vučić in Odessa: Ein Gipfel mit Symbolkraft
Odessa/Wien. Zum ersten Mal seit Beginn der russischen Vollinvasion ist der serbische Präsident Aleksandar Vučić in die Ukraine gereist.
Beim Gipfel „Ukraine – Südosteuropa“ traf er am Mittwoch in Odessa mit Präsident Wolodymyr Selenskyj zusammen, der die Staats- und Regierungschefs aus rund einem Dutzend Ländern der Region eingeladen hatte.
Die Teilnehmer unterzeichneten eine gemeinsame Erklärung, in der sie die territoriale Unversehrtheit der Ukraine bekräftigen und einen sofortigen und bedingungslosen Waffenstillstand verlangen.
Vučić setzte seine Unterschrift nach Angaben aus Delegationskreisen erst nach stundenlangen Verhandlungen über den Wortlaut darunter.

Selenskyj dankte den Gästen und sprach von einem Signal, dass der Balkan nicht mehr im Schatten Moskaus stehe.
In einem Gespräch unter vier Augen bat er Vučić, die Lieferung von Munition aus serbischer Produktion über Drittstaaten nicht zu unterbinden.
Vučić sagte danach, Serbien verkaufe Munition nach Regeln, die er nicht ändern werde, und lud Selenskyj zu einem Gegenbesuch nach Belgrad ein.

Die Reise ist heikel.
Erst Anfang Mai war Vučić bei der Siegesparade in Moskau zu Gast gewesen und hatte dort mit Kremlchef Wladimir Putin gesprochen, trotz Warnungen aus Brüssel.
Ende Mai hatte dann der russische Auslandsgeheimdienst SWR Belgrad beschuldigt, über Mittelsmänner Granaten an Kiew zu liefern und damit Russland „in den Rücken zu fallen“.
Die Reaktion aus Moskau auf den Gipfel fiel entsprechend kühl aus.
Außenamtssprecherin Maria Sacharowa nannte das Treffen eine „Show für den Westen“ und rief Belgrad auf, sich an die jahrhundertealte Freundschaft zu erinnern.
Kremlsprecher Dmitri Peskow sagte am Donnerstag lediglich, Präsident Vučić habe das souveräne Recht, zu reisen, wohin er wolle.

Wenige Stunden nach dem Ende des Gipfels griff Russland Odessa in der Nacht auf Donnerstag mit Drohnen an, zwei Menschen wurden nach Angaben der Behörden verletzt.
Die EU-Außenbeauftragte Kaja Kallas verurteilte den Angriff als Versuch, die Region einzuschüchtern, und kündigte an, die EU werde der Ukraine noch vor dem Sommer weitere Luftabwehrmittel zur Verfügung stellen.

Auch Österreich war in Odessa vertreten.
Außenministerin Beate Meinl-Reisinger (Neos) sagte der „Wiener Zeitung“, Wien werde sich mit zwei Millionen Euro an der Minenräumung im Gebiet Odessa beteiligen.
Der Westbalkan müsse sich klar zur europäischen Friedensordnung bekennen, fügte sie hinzu.
"""

# ---------------------------------------------------------------- de05: Stuttgarter Nachrichten
DE05 = """
Austausch in Almaty: Kasachstan wird zum Vermittler
Almaty/Moskau. In Kasachstan sind am Mittwoch jeweils 200 russische und ukrainische Kriegsgefangene ausgetauscht worden.
Die Übergabe fand am Nachmittag auf dem Flughafen von Almaty statt und war nach Angaben beider Seiten von Präsident Kassym-Schomart Tokajew vermittelt worden.
Es ist das erste Mal, dass das zentralasiatische Land bei einem solchen Austausch die Rolle übernimmt, die bisher meist die Vereinigten Arabischen Emirate oder die Türkei innehatten.

Am Rande des Austauschs kamen der Sekretär des ukrainischen Sicherheitsrats Rustem Umerow und der russische Präsidentenberater Wladimir Medinski zu einem knapp dreistündigen Gespräch zusammen.
Beide Seiten einigten sich nach kasachischen Angaben darauf, in den kommenden Wochen die sterblichen Überreste von jeweils 1000 Gefallenen zu übergeben.
Zudem sollen Listen mit verschleppten ukrainischen Kindern geprüft werden, eine Arbeitsgruppe soll dazu Mitte März erneut in Almaty tagen.
Über eine Waffenruhe wurde dagegen nicht gesprochen, hieß es aus der ukrainischen Delegation.

Präsident Wolodymyr Selenskyj dankte Tokajew in einem Telefonat für die „ehrliche Vermittlung“.
Der kasachische Präsident hatte bereits am Montag mit Kremlchef Wladimir Putin telefoniert, um die letzten Einzelheiten abzustimmen, wie der Kreml mitteilte.
Kremlsprecher Dmitri Peskow lobte die „konstruktive Rolle“ Astanas, warnte jedoch davor, aus dem Austausch zu viel abzuleiten.
Eine politische Lösung sei nur möglich, wenn Kiew die „Realitäten vor Ort“ anerkenne, sagte er.

Auch Washington war eingebunden.
Der US-Sondergesandte Steve Witkoff sprach am Dienstag nach Angaben des Weißen Hauses mit Umerow und Kirill Dmitrijew, dem Wirtschaftsbeauftragten des Kremls.
Aus Kiew hieß es, die Amerikaner drängten weiterhin auf ein Dreiertreffen noch vor Ostern.
Die EU-Außenbeauftragte Kaja Kallas begrüßte den Austausch, verlangte aber, die Freilassung aller Zivilisten müsse „ganz oben auf der Tagesordnung“ stehen.

Russland und die Ukraine haben seit Kriegsbeginn mehr als 60 Austausche vereinbart.
Der letzte große Austausch im Dezember war in Abu Dhabi zustande gekommen.
Für Baden-Württemberg ist Kasachstan ein wichtiger Partner: Das Land unterhält seit 2024 eine Repräsentanz in Almaty, und der Wirtschaftsminister will im Mai mit einer Delegation anreisen.
"""

# ---------------------------------------------------------------- de06: Badische Zeitung
DE06 = """
Kairo will beim Getreide vermitteln – Moskau winkt ab
Kairo/Kiew. Ägypten hat sich als Vermittler für einen neuen Schutzmechanismus für Getreideexporte aus dem Schwarzen Meer angeboten.
Präsident Abdel Fattah al-Sisi empfing am Dienstag den russischen Außenminister Sergej Lawrow und am Mittwoch dessen ukrainischen Kollegen Andrij Sybiha in seinem Palast in Kairo.
Er schlug beiden ein „Kairoer Format“ vor, in dem Vertreter Russlands, der Ukraine, der Türkei und der Vereinten Nationen über sichere Routen für Frachter verhandeln sollen.
Ägypten ist einer der größten Weizenimporteure der Welt und leidet besonders unter den Preissprüngen, die jeder Angriff auf Häfen auslöst.

Lawrow lehnte den Vorschlag nach dem Treffen ab, zumindest in der vorgelegten Form.
Russland sei zu Gesprächen über Nahrungssicherheit bereit, aber nicht in einem Rahmen, an dem westliche Organisationen beteiligt seien, sagte er vor Journalisten.
Zugleich verlangte er, die Sanktionen gegen die russische Landwirtschaftsbank müssten aufgehoben werden, bevor über neue Vereinbarungen gesprochen werde.

Sybiha begrüßte dagegen die ägyptische Initiative.
Die Ukraine sei bereit, „morgen“ in Kairo zu verhandeln, sagte er am Mittwoch nach seinem Gespräch mit al-Sisi.
Er warf Moskau vor, seit dem Sommer gezielt Getreidesilos in Odessa und Ismajil anzugreifen, um die Weltmärkte zu erschüttern.
Erst in der Nacht zum Montag hatten russische Raketen den Hafen von Tschornomorsk getroffen.

UN-Generalsekretär António Guterres unterstützte den Vorschlag aus Kairo und bot an, Fachleute der Vereinten Nationen zur Verfügung zu stellen.
Aus Ankara kamen gemischte Signale.
Außenminister Hakan Fidan sagte, die Türkei sei weiter bereit, Gespräche in Istanbul auszurichten, man wolle aber „keine Konkurrenz der Formate“.

Der Vorstoß fällt in eine Phase, in der die Gespräche zwischen Washington, Moskau und Kiew über eine Waffenruhe seit Wochen stocken.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Präsident Wladimir Putin werde mit al-Sisi telefonieren, sobald Lawrow ihm Bericht erstattet habe.
Al-Sisi selbst will im Oktober zu einem Staatsbesuch nach Moskau reisen.
"""


def doc(id_, published, body, timexes, events, statements, actors):
    DOCS.append(dict(id=id_, lang="de", published=published, body=body, timexes=timexes, events=events,
                     statements=statements, actors=actors))


P = "2022-10-20"
doc(
    "b25de01_eu_sanktionen_iran_drohnen_2022_10", P, DE01,
    [
        T("Donnerstag", "DATE", "2022-10-20"),
        T("Montag", "DATE", "2022-10-17"),
        T("Montagmorgen", "TIME", "2022-10-17TMO"),
        T("Anfang Oktober", "DATE", "2022-10", mod="START"),
        T("fast täglich", "SET", "P1D", mod="APPROX"),
        T("abendlichen", "SET", "P1D"),
        T("September", "DATE", "2022-09"),
        T("Dienstag", "DATE", "2022-10-18"),
        T("Mittwoch", "DATE", "2022-10-19"),
        T("Dienstag", "DATE", "2022-10-18", n=1),
        T("Juli", "DATE", "2022-07"),
        T("Donnerstagabend", "TIME", "2022-10-20TEV"),
        T("zweitägigen", "DURATION", "P2D"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    [
        E("EU imposes sanctions on three Iranian generals and Shahed Aviation Industries over drones for Russia",
          "SANCTION", ["European Union"], P, "text", "occurred", "Die Europäische Union hat am Donnerstag Sanktionen"),
        E("EU foreign ministers agree in principle on the sanctions in Luxembourg", "AGREE", ["European Union"],
          "2022-10-17", "text", "occurred", "grundsätzlich auf die Strafmaßnahmen verständigt"),
        E("Commission warns of further listings if the deliveries continue", "THREATEN", ["European Union"], P,
          "published", "occurred", "Die Kommission sprach von"),
        E("Drones of Iranian make strike central Kyiv, at least four dead", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-17TMO", "text", "occurred", "Am Montagmorgen waren mehrere Drohnen"),
        E("Russia strikes power plants and substations with such drones almost daily since early October",
          "ASSAULT", ["Russia", "Ukraine"], "2022-10", "text", "occurred", "Seit Anfang Oktober setzt Russland",
          date_mod="START"),
        E("Zelensky accuses the Iranian leadership of complicity with a terror regime", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-10-17", "context", "occurred",
          "warf der iranischen Führung in seiner abendlichen",
          note="evening address after the Monday attack; the text gives no day"),
        E("Kuleba proposes to break off diplomatic relations with Tehran", "REQUEST", ["Ukraine"], "2022-10-17",
          "context", "occurred", "schlug dem Staatschef vor",
          note="continues the scene of the Monday attack; the real proposal was made on 18 Oct"),
        E("Kyiv withdrew the Iranian ambassador's accreditation and cut the embassy staff", "SANCTION", ["Ukraine"],
          "2022-09", "text", "occurred", "Bereits im September hatte Kiew"),
        E("Tehran denies supplying weapons for the war", "REJECT", ["European Union", "Ukraine"], P, "published",
          "occurred", "Teheran bestreitet", note="the denier (Iran) is not canonical; the accusers are kept"),
        E("Peskov denies the use of Iranian drones: the technology is Russian", "REJECT", ["Dmitry Peskov", "Ukraine"],
          "2022-10-18", "text", "occurred", "Die eingesetzte Technik sei russisch"),
        E("Germany, France and the UK ask Guterres for a UN investigation of the deliveries", "REQUEST",
          ["Germany", "France", "United Kingdom", "United Nations", "António Guterres"], "2022-10-19", "text",
          "occurred", "forderten in einem gemeinsamen Schreiben"),
        E("Nebenzia warns the UN secretariat not to take part in the investigation", "REQUEST",
          ["Russia", "United Nations"], "2022-10-19", "context", "occurred", "Wassili Nebensja warnte"),
        E("Russia threatens to reconsider its cooperation with Guterres", "THREATEN",
          ["Russia", "United Nations", "António Guterres"], "2022-10-19", "context", "occurred",
          "Wassili Nebensja warnte"),
        E("Blinken vows to use every means to stop the arms cooperation between Moscow and Tehran", "THREATEN",
          ["Antony Blinken", "United States", "Russia"], "2022-10-18", "text", "occurred",
          "US-Außenminister Antony Blinken hatte"),
        E("Putin visits Tehran", "CONSULT", ["Vladimir Putin", "Russia"], "2022-07", "text", "occurred",
          "auf den Besuch von Kremlchef Wladimir Putin in Teheran"),
        E("Russia and Iran agree on closer cooperation during Putin's visit", "AGREE", ["Vladimir Putin", "Russia"],
          "2022-07", "text", "occurred", "auf den Besuch von Kremlchef Wladimir Putin in Teheran"),
        E("Baerbock calls for extending the EU sanctions", "REQUEST", ["Germany", "European Union"], P, "published",
          "occurred", "Annalena Baerbock (Grüne) sprach sich dafür aus"),
        E("Baerbock demands that Tehran stop the deliveries at once", "REQUEST", ["Germany"], P, "published",
          "occurred", "Annalena Baerbock (Grüne) sprach sich dafür aus"),
        E("EU leaders meet for a two-day summit in Brussels", "CONSULT", ["European Union"], "2022-10-20TEV", "text",
          "planned", "zu ihrem zweitägigen Gipfel in Brüssel zusammenkommen"),
        E("Scholz promises Ukraine a further IRIS-T air-defence system in the coming weeks", "AID",
          ["Olaf Scholz", "Germany", "Ukraine"], "FUTURE_REF", "vague", "planned",
          "Bundeskanzler Olaf Scholz sagte vor seiner Abreise"),
    ],
    [
        S("European Union", "Commission speaks of clear evidence and will examine further listings", P, "published",
          "Die Kommission sprach von"),
        S("Ukraine", "Air force: Russia uses such drones almost daily against power plants since early October", P,
          "published", "Seit Anfang Oktober setzt Russland"),
        S("Volodymyr Zelensky", "Iranian leadership makes itself an accomplice of a terror regime", "2022-10-17",
          "context", "warf der iranischen Führung in seiner abendlichen"),
        S("Ukraine", "Kuleba proposes breaking off relations with Tehran", "2022-10-17", "context",
          "schlug dem Staatschef vor"),
        S("Kremlin", "The Kremlin knows nothing of Iranian drones", P, "published", "Auch der Kreml will"),
        S("Dmitry Peskov", "The technology is Russian; questions to the defence ministry", "2022-10-18", "text",
          "Die eingesetzte Technik sei russisch"),
        S("Joint statement: Germany, France, United Kingdom", "Letter asking for a UN investigation of the deliveries",
          "2022-10-19", "text", "forderten in einem gemeinsamen Schreiben"),
        S("Russia", "Nebenzia warns against an illegitimate investigation and threatens to reconsider cooperation",
          "2022-10-19", "context", "Wassili Nebensja warnte"),
        S("Antony Blinken", "Washington will use every means to stop the Moscow–Tehran arms cooperation",
          "2022-10-18", "text", "US-Außenminister Antony Blinken hatte"),
        S("Germany", "Baerbock for more sanctions; Tehran must stop the deliveries", P, "published",
          "Annalena Baerbock (Grüne) sprach sich dafür aus"),
        S("Olaf Scholz", "Germany will deliver another IRIS-T system in the coming weeks", P, "published",
          "Bundeskanzler Olaf Scholz sagte vor seiner Abreise"),
    ],
    ["European Union", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Germany", "France",
     "United Kingdom", "António Guterres", "United Nations", "Antony Blinken", "United States", "Vladimir Putin",
     "Olaf Scholz"],
)

P = "2022-06-07"
doc(
    "b25de02_lawrow_belgrad_luftraum_2022_06", P, DE02,
    [
        T("Montag", "DATE", "2022-06-06"),
        T("Dienstag", "DATE", "2022-06-07"),
        T("Sonntag", "DATE", "2022-06-05"),
        T("Montag", "DATE", "2022-06-06", n=1),
        T("29. Mai", "DATE", "2022-05-29"),
        T("drei Jahre", "DURATION", "P3Y"),
        T("Montag", "DATE", "2022-06-06", n=2),
        T("Freitag", "DATE", "2022-06-03"),
        T("Mittwoch", "DATE", "2022-06-08"),
        T("Ende Februar", "DATE", "2022-02", mod="END"),
        T("vor wenigen Wochen", "DATE", "PAST_REF"),
    ],
    [
        E("Lavrov's visit to Serbia cancelled", "CONSULT", ["Sergey Lavrov", "Russia"], "2022-06-06", "text",
          "cancelled", "hat seinen für Montag und Dienstag geplanten Besuch",
          note="planned for 6-7 June"),
        E("Bulgaria, North Macedonia and Montenegro refuse overflight to Lavrov's plane", "REJECT",
          ["Sergey Lavrov", "Russia"], "2022-06-05", "text", "occurred", "verweigerten am Sonntag die Überfluggenehmigung",
          note="the refusing states are not canonical"),
        E("Lavrov accuses NATO and the EU of denying Serbia its own foreign policy", "ACCUSE",
          ["Sergey Lavrov", "NATO", "European Union"], "2022-06-06", "context", "occurred",
          "Die Nato und die EU hätten einem souveränen Staat"),
        E("Zakharova announces a Russian response", "THREATEN", ["Maria Zakharova", "Russia"], P, "published",
          "occurred", "Maria Sacharowa kündigte an"),
        E("Peskov criticises the obstruction of Russian diplomacy", "ACCUSE", ["Dmitry Peskov"], P, "published",
          "occurred", "Kremlsprecher Dmitri Peskow sprach von einer Behinderung"),
        E("Vučić–Putin phone call", "CONSULT", ["Vladimir Putin"], "2022-05-29", "text", "occurred",
          "Erst am 29. Mai hatte Vučić"),
        E("Serbia and Russia agree a three-year gas contract", "AGREE", ["Vladimir Putin", "Russia"], "2022-05-29",
          "text", "occurred", "Erst am 29. Mai hatte Vučić"),
        E("Vučić to phone Lavrov", "CONSULT", ["Sergey Lavrov"], P, "published", "planned",
          "Er werde mit Lawrow telefonieren", note="no date given"),
        E("Vučić to invite Lavrov to Belgrade again", "REQUEST", ["Sergey Lavrov"], P, "published", "planned",
          "Er werde mit Lawrow telefonieren"),
        E("Commission asks Belgrade to align its foreign policy and join the sanctions", "REQUEST",
          ["European Union"], "2022-06-06", "text", "occurred", "Die EU-Kommission forderte Belgrad am Montag"),
        E("Commission hints that accession talks will stall without alignment", "THREATEN", ["European Union"],
          "2022-06-06", "context", "occurred", "Ein Sprecher liess zudem durchblicken"),
        E("EU formally adopts its sixth sanctions package with an oil embargo", "SANCTION",
          ["European Union", "Russia"], "2022-06-03", "text", "occurred", "Die 27 Mitgliedstaaten hatten am Freitag"),
        E("Kuleba welcomes the airspace closure", "SUPPORT", ["Ukraine"], P, "published", "occurred",
          "Dmytro Kuleba begrüsste die Luftraumsperre"),
        E("Kuleba calls on Serbia to choose between Moscow and Europe", "REQUEST", ["Ukraine"], P, "published",
          "occurred", "Zugleich rief er die serbische Führung auf"),
        E("Lavrov to visit Ankara for talks with Çavuşoğlu on a grain corridor", "CONSULT", ["Sergey Lavrov", "Turkey"],
          "2022-06-08", "text", "planned", "Lawrow selbst will am Mittwoch nach Ankara reisen"),
        E("Switzerland adopts the EU sanctions against Russia", "SANCTION", ["Russia"], "2022-02", "text", "occurred",
          "Die Schweiz hatte die Sanktionen der EU", date_mod="END",
          note="Switzerland is not canonical"),
    ],
    [
        S("Sergey Lavrov", "The unthinkable has happened", "2022-06-06", "text", "Das Undenkbare ist geschehen"),
        S("Sergey Lavrov", "NATO and the EU denied a sovereign state its foreign policy; a hostile act", "2022-06-06",
          "context", "Die Nato und die EU hätten einem souveränen Staat"),
        S("Sergey Lavrov", "Mocks the West for treating a Belgrade visit as a threat", "2022-06-06", "context",
          "spottete der Minister"),
        S("Maria Zakharova", "Moscow will find a response", P, "published", "Maria Sacharowa kündigte an"),
        S("Dmitry Peskov", "An obstruction of Russian diplomacy that will not be accepted", P, "published",
          "Kremlsprecher Dmitri Peskow sprach von einer Behinderung"),
        S("European Union", "Belgrade must align its foreign policy and join the sanctions", "2022-06-06", "text",
          "Die EU-Kommission forderte Belgrad am Montag"),
        S("European Union", "Accession talks will hardly progress without this step", "2022-06-06", "context",
          "Ein Sprecher liess zudem durchblicken"),
        S("Ukraine", "Kuleba: a lesson for Moscow", P, "published", "Dmytro Kuleba begrüsste die Luftraumsperre"),
        S("Ukraine", "Kuleba: Serbia must choose between Moscow and Europe", P, "published",
          "Zugleich rief er die serbische Führung auf"),
    ],
    ["Sergey Lavrov", "Russia", "NATO", "European Union", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
     "Vladimir Putin", "Ukraine", "Turkey"],
)

P = "2024-03-08"
doc(
    "b25de03_schweden_nato_beitritt_2024_03", P, DE03,
    [
        T("Donnerstag", "DATE", "2024-03-07"),
        T("Abend", "TIME", "2024-03-07TEV"),
        T("den Donnerstag", "DATE", "2024-03-07"),
        T("Montag", "DATE", "2024-03-11"),
        T("Januar", "DATE", "2024-01"),
        T("26. Februar", "DATE", "2024-02-26"),
        T("Drei Tage zuvor", "DATE", "2024-02-23"),
        T("dem vergangenen Herbst", "DATE", "2023-FA"),
        T("Sommer", "DATE", "2024-SU"),
        T("der kommenden Woche", "DATE", "2024-W11"),
    ],
    [
        E("Kristersson hands Sweden's accession document to Blinken in Washington", "CONSULT",
          ["Antony Blinken", "United States"], "2024-03-07", "text", "occurred",
          "übergab die Beitrittsurkunde am Donnerstag"),
        E("Sweden's NATO accession completed", "AGREE", ["NATO", "Antony Blinken", "United States"], "2024-03-07",
          "text", "occurred", "übergab die Beitrittsurkunde am Donnerstag"),
        E("Kristersson promises Sweden will fully meet its obligations to the allies", "AGREE", ["NATO"],
          "2024-03-07", "context", "occurred", "Kristersson sprach von einem Sieg"),
        E("Biden hails the accession in a statement", "SUPPORT", ["Joe Biden", "NATO"], "2024-03-07", "context",
          "occurred", "Am Abend war der schwedische Regierungschef"),
        E("Turkey gives up its blockade of Sweden's accession", "CONCEDE", ["Turkey", "NATO"], "2024-01", "text",
          "occurred", "Die Türkei hatte ihre Blockade erst im Januar"),
        E("Hungary's parliament approves Sweden's accession as the last member", "AGREE", ["Viktor Orbán", "NATO"],
          "2024-02-26", "text", "occurred", "Die Türkei hatte ihre Blockade erst im Januar",
          note="Hungary is not canonical; credited to its head of government"),
        E("Orbán receives Kristersson in Budapest", "CONSULT", ["Viktor Orbán"], "2024-02-23", "text", "occurred",
          "Drei Tage zuvor hatte Regierungschef Viktor Orbán"),
        E("Orbán and Kristersson agree Hungary's purchase of four more Gripen jets", "AGREE", ["Viktor Orbán"],
          "2024-02-23", "text", "occurred", "Drei Tage zuvor hatte Regierungschef Viktor Orbán"),
        E("Peskov threatens countermeasures against NATO deployments in Sweden", "THREATEN",
          ["Dmitry Peskov", "NATO"], P, "published", "occurred", "Russland werde die Stationierung"),
        E("Zakharova accuses Stockholm of sacrificing its neutrality for Washington", "ACCUSE",
          ["Maria Zakharova"], P, "published", "occurred", "Maria Sacharowa warf Stockholm vor"),
        E("Zelensky phones Kristersson", "CONSULT", ["Volodymyr Zelensky"], P, "published", "occurred",
          "gratulierte Kristersson in einem Telefonat"),
        E("Zelensky congratulates Sweden", "SUPPORT", ["Volodymyr Zelensky"], P, "published", "occurred",
          "gratulierte Kristersson in einem Telefonat"),
        E("Zelensky asks Sweden for more air-defence support", "REQUEST", ["Volodymyr Zelensky"], P, "published",
          "occurred", "gratulierte Kristersson in einem Telefonat"),
        E("Navy headquarters in Kiel coordinates allied naval cooperation in the Baltic", "COOPERATE",
          ["Germany", "NATO"], "2023-FA", "text", "occurred", "Mit Schweden sind bis auf Russland",
          date_mod="START"),
        E("Scholz welcomes the accession", "SUPPORT", ["Olaf Scholz", "NATO"], P, "published", "occurred",
          "Bundeskanzler Olaf Scholz begrüßte den Beitritt"),
        E("German navy to hold a manoeuvre with Swedish units in the western Baltic", "MOBILIZE", ["Germany"],
          "2024-SU", "text", "planned", "Verteidigungsminister Boris Pistorius kündigte an"),
    ],
    [
        S("Antony Blinken", "Good things come to those who wait", "2024-03-07", "context",
          "Gute Dinge kommen zu denen"),
        S("Joe Biden", "Hailed the accession in a statement", "2024-03-07", "context",
          "Am Abend war der schwedische Regierungschef"),
        S("Jens Stoltenberg", "A historic day; the Swedish flag will be raised on Monday", "2024-03-07", "context",
          "Jens Stoltenberg nannte den Donnerstag"),
        S("Dmitry Peskov", "Russia will watch NATO deployments in Sweden and respond with countermeasures", P,
          "published", "Russland werde die Stationierung"),
        S("Maria Zakharova", "Stockholm sacrificed its neutrality for Washington's interests", P, "published",
          "Maria Sacharowa warf Stockholm vor"),
        S("Volodymyr Zelensky", "Congratulates Kristersson and asks for air-defence support", P, "published",
          "gratulierte Kristersson in einem Telefonat"),
        S("Olaf Scholz", "The accession strengthens security in northern Europe", P, "published",
          "Bundeskanzler Olaf Scholz begrüßte den Beitritt"),
        S("Germany", "Pistorius: joint manoeuvre with Swedish units in the summer", P, "published",
          "Verteidigungsminister Boris Pistorius kündigte an"),
    ],
    ["NATO", "Antony Blinken", "United States", "Joe Biden", "Jens Stoltenberg", "Turkey", "Viktor Orbán",
     "Kremlin", "Dmitry Peskov", "Russia", "Maria Zakharova", "Volodymyr Zelensky", "Ukraine", "Olaf Scholz",
     "Germany"],
)

P = "2025-06-12"
doc(
    "b25de04_vucic_odessa_gipfel_2025_06", P, DE04,
    [
        T("Mittwoch", "DATE", "2025-06-11"),
        T("stundenlangen", "DURATION", "PXH"),
        T("Anfang Mai", "DATE", "2025-05", mod="START"),
        T("Ende Mai", "DATE", "2025-05", mod="END"),
        T("Donnerstag", "DATE", "2025-06-12"),
        T("der Nacht auf Donnerstag", "TIME", "2025-06-11TNI", note="night to Thursday 12 June"),
        T("dem Sommer", "DATE", "2025-SU"),
    ],
    [
        E("Zelensky meets Vučić at the Ukraine–South-East Europe summit in Odesa", "CONSULT",
          ["Volodymyr Zelensky", "Ukraine"], "2025-06-11", "text", "occurred", "traf er am Mittwoch in Odessa"),
        E("Summit participants sign a joint declaration on Ukraine's territorial integrity", "AGREE", ["Ukraine"],
          "2025-06-11", "context", "occurred", "Die Teilnehmer unterzeichneten eine gemeinsame Erklärung"),
        E("The declaration demands an immediate and unconditional ceasefire", "REQUEST", ["Ukraine", "Russia"],
          "2025-06-11", "context", "occurred", "Die Teilnehmer unterzeichneten eine gemeinsame Erklärung"),
        E("Zelensky and Vučić meet one-on-one", "CONSULT", ["Volodymyr Zelensky"], "2025-06-11", "context",
          "occurred", "In einem Gespräch unter vier Augen"),
        E("Zelensky asks Vučić not to stop Serbian ammunition reaching Ukraine via third countries", "REQUEST",
          ["Volodymyr Zelensky"], "2025-06-11", "context", "occurred", "In einem Gespräch unter vier Augen"),
        E("Vučić refuses to change Serbia's rules on ammunition sales", "REJECT", ["Volodymyr Zelensky"],
          "2025-06-11", "context", "occurred", "Serbien verkaufe Munition nach Regeln"),
        E("Vučić invites Zelensky to Belgrade", "REQUEST", ["Volodymyr Zelensky"], "2025-06-11", "context",
          "occurred", "Serbien verkaufe Munition nach Regeln"),
        E("Zelensky's return visit to Belgrade", "CONSULT", ["Volodymyr Zelensky"], P, "published", "uncertain",
          "Serbien verkaufe Munition nach Regeln", note="no date given"),
        E("Vučić attends the Victory Day parade in Moscow and talks with Putin", "CONSULT",
          ["Vladimir Putin", "Russia"], "2025-05", "text", "occurred", "Erst Anfang Mai war Vučić",
          date_mod="START"),
        E("Brussels warns Vučić against going to Moscow", "REQUEST", ["European Union"], "2025-05", "context",
          "occurred", "Erst Anfang Mai war Vučić", date_mod="START",
          note="warnings made before the parade; no day given"),
        E("Russia's SVR accuses Belgrade of supplying shells to Kyiv", "ACCUSE", ["Russia", "Ukraine"], "2025-05",
          "text", "occurred", "Ende Mai hatte dann der russische Auslandsgeheimdienst", date_mod="END"),
        E("Zakharova dismisses the summit as a show for the West", "ACCUSE", ["Maria Zakharova"], P, "published",
          "occurred", "Maria Sacharowa nannte das Treffen"),
        E("Zakharova calls on Belgrade to remember its friendship with Russia", "REQUEST", ["Maria Zakharova"], P,
          "published", "occurred", "Maria Sacharowa nannte das Treffen"),
        E("Peskov: Vučić has the sovereign right to travel", "SUPPORT", ["Dmitry Peskov"], "2025-06-12", "text",
          "occurred", "Dmitri Peskow sagte am Donnerstag lediglich"),
        E("Russian drone attack on Odesa after the summit", "ASSAULT", ["Russia", "Ukraine"], "2025-06-11TNI", "text",
          "occurred", "griff Russland Odessa in der Nacht auf Donnerstag"),
        E("Kallas condemns the attack as intimidation", "ACCUSE", ["Kaja Kallas", "European Union", "Russia"], P,
          "published", "occurred", "Kaja Kallas verurteilte den Angriff"),
        E("EU to give Ukraine more air-defence means before the summer", "AID",
          ["Kaja Kallas", "European Union", "Ukraine"], "2025-SU", "text", "planned",
          "Kaja Kallas verurteilte den Angriff", note="'noch vor dem Sommer'"),
        E("Austria to contribute two million euros to demining in the Odesa region", "AID", ["Ukraine"], P,
          "published", "planned", "Wien werde sich mit zwei Millionen Euro",
          note="Austria is not canonical"),
    ],
    [
        S("Ukraine", "Joint declaration: territorial integrity, immediate and unconditional ceasefire",
          "2025-06-11", "context", "Die Teilnehmer unterzeichneten eine gemeinsame Erklärung"),
        S("Volodymyr Zelensky", "Thanks the guests: the Balkans no longer in Moscow's shadow", "2025-06-11",
          "context", "Selenskyj dankte den Gästen"),
        S("Russia", "SVR: Belgrade supplies shells to Kyiv and stabs Russia in the back", "2025-05", "text",
          "Ende Mai hatte dann der russische Auslandsgeheimdienst"),
        S("Russia", "Moscow's reaction to the summit is cool", P, "published", "Die Reaktion aus Moskau"),
        S("Maria Zakharova", "The meeting is a show for the West; Belgrade should remember the friendship", P,
          "published", "Maria Sacharowa nannte das Treffen"),
        S("Dmitry Peskov", "Vučić has the sovereign right to travel where he wants", "2025-06-12", "text",
          "Dmitri Peskow sagte am Donnerstag lediglich"),
        S("Kaja Kallas", "Condemns the attack; more EU air defence before the summer", P, "published",
          "Kaja Kallas verurteilte den Angriff"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "European Union", "Maria Zakharova",
     "Dmitry Peskov", "Kaja Kallas"],
)

P = "2026-02-19"
doc(
    "b25de05_almaty_austausch_kasachstan_2026_02", P, DE05,
    [
        T("Mittwoch", "DATE", "2026-02-18"),
        T("Nachmittag", "TIME", "2026-02-18TAF"),
        T("knapp dreistündigen", "DURATION", "PT3H", mod="APPROX"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("Mitte März", "DATE", "2026-03", mod="MID"),
        T("Montag", "DATE", "2026-02-16"),
        T("Dienstag", "DATE", "2026-02-17"),
        T("Ostern", "DATE", "2026-04-05", note="Western Easter 2026"),
        T("Dezember", "DATE", "2025-12"),
        T("2024", "DATE", "2024"),
        T("Mai", "DATE", "2026-05"),
    ],
    [
        E("Russia and Ukraine exchange 200 prisoners of war each in Almaty", "CONCEDE", ["Russia", "Ukraine"],
          "2026-02-18", "text", "occurred", "In Kasachstan sind am Mittwoch jeweils 200"),
        E("Umerov and Medinsky hold talks on the sidelines of the exchange", "CONSULT",
          ["Rustem Umerov", "Vladimir Medinsky", "Ukraine", "Russia"], "2026-02-18", "context", "occurred",
          "Am Rande des Austauschs kamen der Sekretär"),
        E("Both sides agree to hand over the remains of 1,000 fallen each", "AGREE", ["Russia", "Ukraine"],
          "2026-02-18", "context", "occurred", "Beide Seiten einigten sich nach kasachischen Angaben"),
        E("Handover of the remains of 1,000 fallen each", "CONCEDE", ["Russia", "Ukraine"], "FUTURE_REF", "vague",
          "planned", "Beide Seiten einigten sich nach kasachischen Angaben"),
        E("Working group on deported children to meet again in Almaty", "CONSULT", ["Russia", "Ukraine"], "2026-03",
          "text", "planned", "eine Arbeitsgruppe soll dazu Mitte März", date_mod="MID"),
        E("Zelensky thanks Tokayev by phone", "CONSULT", ["Volodymyr Zelensky"], P, "published", "occurred",
          "dankte Tokajew in einem Telefonat"),
        E("Tokayev–Putin phone call to settle the details", "CONSULT", ["Vladimir Putin"], "2026-02-16", "text",
          "occurred", "hatte bereits am Montag mit Kremlchef Wladimir Putin telefoniert"),
        E("Peskov praises Kazakhstan's constructive role", "SUPPORT", ["Dmitry Peskov"], P, "published", "occurred",
          "Dmitri Peskow lobte"),
        E("Peskov: a political solution only if Kyiv accepts the realities on the ground", "REQUEST",
          ["Dmitry Peskov", "Ukraine"], P, "published", "occurred", "wenn Kiew die „Realitäten vor Ort“"),
        E("Witkoff talks with Umerov and Dmitriev", "CONSULT", ["Steve Witkoff", "Rustem Umerov", "Kirill Dmitriev"],
          "2026-02-17", "text", "occurred", "Steve Witkoff sprach am Dienstag"),
        E("The US presses for a three-way meeting before Easter", "REQUEST", ["United States", "Russia", "Ukraine"],
          P, "published", "occurred", "die Amerikaner drängten weiterhin",
          note="ongoing; the meeting is wanted before Easter (2026-04-05)"),
        E("Kallas welcomes the exchange", "SUPPORT", ["Kaja Kallas", "European Union"], P, "published", "occurred",
          "Kaja Kallas begrüßte den Austausch"),
        E("Kallas demands the release of all civilians be put at the top of the agenda", "REQUEST",
          ["Kaja Kallas", "European Union", "Russia"], P, "published", "occurred",
          "Kaja Kallas begrüßte den Austausch"),
        E("Last large exchange in Abu Dhabi", "CONCEDE", ["Russia", "Ukraine"], "2025-12", "text", "occurred",
          "Der letzte große Austausch im Dezember"),
    ],
    [
        S("Joint statement: Russia, Ukraine", "The exchange was mediated by President Tokayev", "2026-02-18",
          "context", "Die Übergabe fand am Nachmittag"),
        S("Ukraine", "A ceasefire was not discussed", "2026-02-18", "context", "Über eine Waffenruhe wurde dagegen"),
        S("Volodymyr Zelensky", "Thanks Tokayev for honest mediation", P, "published",
          "dankte Tokajew in einem Telefonat"),
        S("Kremlin", "Tokayev and Putin settled the last details by phone", "2026-02-16", "context",
          "hatte bereits am Montag mit Kremlchef Wladimir Putin telefoniert"),
        S("Dmitry Peskov", "Praises Astana's role, warns against reading too much into the exchange", P,
          "published", "Dmitri Peskow lobte"),
        S("Dmitry Peskov", "A political solution only if Kyiv accepts the realities on the ground", P, "published",
          "wenn Kiew die „Realitäten vor Ort“"),
        S("White House", "Witkoff spoke with Umerov and Dmitriev", P, "published", "Steve Witkoff sprach am Dienstag"),
        S("Ukraine", "The Americans keep pressing for a three-way meeting before Easter", P, "published",
          "die Amerikaner drängten weiterhin"),
        S("Kaja Kallas", "Welcomes the exchange; the release of all civilians must be at the top of the agenda", P,
          "published", "Kaja Kallas begrüßte den Austausch"),
    ],
    ["Russia", "Ukraine", "Turkey", "Rustem Umerov", "Vladimir Medinsky", "Volodymyr Zelensky", "Vladimir Putin",
     "Kremlin", "Dmitry Peskov", "United States", "Steve Witkoff", "Kirill Dmitriev", "White House", "Kaja Kallas",
     "European Union"],
)

P = "2026-09-24"
doc(
    "b25de06_kairo_getreide_vermittlung_2026_09", P, DE06,
    [
        T("Dienstag", "DATE", "2026-09-22"),
        T("Mittwoch", "DATE", "2026-09-23"),
        T("morgen", "DATE", "2026-09-24"),
        T("Mittwoch", "DATE", "2026-09-23", n=1),
        T("dem Sommer", "DATE", "2026-SU"),
        T("der Nacht zum Montag", "TIME", "2026-09-20TNI", note="night to Monday 21 September"),
        T("Wochen", "DURATION", "PXW"),
        T("Donnerstag", "DATE", "2026-09-24"),
        T("Oktober", "DATE", "2026-10"),
    ],
    [
        E("Al-Sisi receives Lavrov in Cairo", "CONSULT", ["Sergey Lavrov", "Russia"], "2026-09-22", "text",
          "occurred", "Abdel Fattah al-Sisi empfing am Dienstag"),
        E("Al-Sisi receives Sybiha in Cairo", "CONSULT", ["Andrii Sybiha", "Ukraine"], "2026-09-23", "text",
          "occurred", "Abdel Fattah al-Sisi empfing am Dienstag"),
        E("Egypt proposes a 'Cairo format' on safe routes for grain ships", "REQUEST",
          ["Sergey Lavrov", "Andrii Sybiha", "Russia", "Ukraine"], "2026-09-22", "context", "occurred",
          "Er schlug beiden ein „Kairoer Format“ vor",
          note="put to Lavrov on Tuesday and to Sybiha on Wednesday"),
        E("Lavrov rejects the proposal in its present form", "REJECT", ["Sergey Lavrov"], "2026-09-22", "context",
          "occurred", "Lawrow lehnte den Vorschlag nach dem Treffen ab"),
        E("Lavrov: Russia ready for talks on food security, but not with Western organisations", "AGREE",
          ["Sergey Lavrov", "Russia"], "2026-09-22", "context", "occurred",
          "Russland sei zu Gesprächen über Nahrungssicherheit bereit"),
        E("Lavrov demands the lifting of sanctions on the Russian agricultural bank first", "REQUEST",
          ["Sergey Lavrov", "Russia"], "2026-09-22", "context", "occurred", "Zugleich verlangte er"),
        E("Sybiha welcomes the Egyptian initiative", "SUPPORT", ["Andrii Sybiha"], "2026-09-23", "context",
          "occurred", "Sybiha begrüßte dagegen"),
        E("Sybiha: Ukraine ready to negotiate in Cairo", "AGREE", ["Andrii Sybiha", "Ukraine"], "2026-09-23", "text",
          "occurred", "Die Ukraine sei bereit"),
        E("Sybiha accuses Moscow of deliberately striking grain silos", "ACCUSE", ["Andrii Sybiha", "Russia"],
          "2026-09-23", "context", "occurred", "Er warf Moskau vor, seit dem Sommer"),
        E("Russian strikes on grain silos in Odesa and Izmail since the summer", "ASSAULT", ["Russia", "Ukraine"],
          "2026-SU", "text", "occurred", "Er warf Moskau vor, seit dem Sommer", date_mod="START"),
        E("Russian missiles hit the port of Chornomorsk", "ASSAULT", ["Russia", "Ukraine"], "2026-09-20TNI", "text",
          "occurred", "Erst in der Nacht zum Montag"),
        E("Guterres backs the Cairo proposal", "SUPPORT", ["António Guterres", "United Nations"], P, "published",
          "occurred", "António Guterres unterstützte den Vorschlag"),
        E("Guterres offers UN experts", "REQUEST", ["António Guterres", "United Nations"], P, "published",
          "occurred", "António Guterres unterstützte den Vorschlag"),
        E("Fidan: Turkey still ready to host talks in Istanbul", "REQUEST", ["Hakan Fidan", "Turkey"], P,
          "published", "occurred", "Außenminister Hakan Fidan sagte"),
        E("Putin to phone al-Sisi after Lavrov's report", "CONSULT", ["Vladimir Putin"], P, "published", "planned",
          "Präsident Wladimir Putin werde mit al-Sisi telefonieren", note="no date given"),
        E("Al-Sisi to pay a state visit to Moscow", "CONSULT", ["Russia"], "2026-10", "text", "planned",
          "Al-Sisi selbst will im Oktober"),
    ],
    [
        S("Sergey Lavrov", "Rejects the proposal in its present form", "2026-09-22", "context",
          "Lawrow lehnte den Vorschlag nach dem Treffen ab"),
        S("Sergey Lavrov", "Ready for food-security talks, but not with Western organisations", "2026-09-22",
          "context", "Russland sei zu Gesprächen über Nahrungssicherheit bereit"),
        S("Sergey Lavrov", "Sanctions on the agricultural bank must be lifted first", "2026-09-22", "context",
          "Zugleich verlangte er"),
        S("Andrii Sybiha", "Welcomes the Egyptian initiative", "2026-09-23", "context", "Sybiha begrüßte dagegen"),
        S("Andrii Sybiha", "Ukraine ready to negotiate in Cairo 'tomorrow'", "2026-09-23", "text",
          "Die Ukraine sei bereit"),
        S("Andrii Sybiha", "Moscow deliberately strikes grain silos to shake world markets", "2026-09-23", "context",
          "Er warf Moskau vor, seit dem Sommer"),
        S("António Guterres", "Backs the Cairo proposal and offers UN experts", P, "published",
          "António Guterres unterstützte den Vorschlag"),
        S("Turkey", "Mixed signals from Ankara", P, "published", "Aus Ankara kamen gemischte Signale"),
        S("Hakan Fidan", "Turkey ready to host talks in Istanbul; no competition of formats", P, "published",
          "Außenminister Hakan Fidan sagte"),
        S("Dmitry Peskov", "Putin will call al-Sisi once Lavrov has reported", "2026-09-24", "text",
          "Präsident Wladimir Putin werde mit al-Sisi telefonieren"),
    ],
    ["Russia", "Sergey Lavrov", "Ukraine", "Andrii Sybiha", "Turkey", "United Nations", "António Guterres",
     "Hakan Fidan", "United States", "Kremlin", "Dmitry Peskov", "Vladimir Putin"],
)
