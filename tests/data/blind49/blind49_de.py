"""German articles of the blind49 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b49de01 (Rhein-Neckar-Zeitung)
DE01 = """
Kein Schnellverfahren für Kiew: EU-Gipfel in Versailles vertröstet die Ukraine

Versailles. Die Staats- und Regierungschefs der Europäischen Union haben der Ukraine einen raschen Beitritt verwehrt, ihr aber die Tür nach Europa ausdrücklich offen gehalten.
In einer Erklärung, auf die sich die 27 in der Nacht zum Freitag im Schloss von Versailles nach stundenlangem Ringen verständigten, erkennen sie die „europäischen Bestrebungen“ des Landes an und beauftragen die Kommission, eine Stellungnahme zu dessen Beitrittsantrag auszuarbeiten.
Ein Schnellverfahren, wie es Präsident Wolodymyr Selenskyj Ende Februar verlangt hatte, werde es nicht geben, stellte der niederländische Ministerpräsident Mark Rutte schon bei seiner Ankunft am Donnerstag klar.

Selenskyj, der am Donnerstagabend per Video zugeschaltet worden war, reagierte enttäuscht.
Die Ukraine erwarte „mehr“ von Europa, sagte er noch in der Nacht in einer Videobotschaft; die Entscheidungen der Union müssten „mit unseren Erwartungen übereinstimmen“.
Frankreichs Präsident Emmanuel Macron, dessen Land derzeit den EU-Ratsvorsitz innehat, verteidigte die Zurückhaltung am Freitag zum Abschluss des Treffens: Man könne kein Beitrittsverfahren mit einem Land eröffnen, das sich im Krieg befinde.
Bundeskanzler Olaf Scholz verwies darauf, dass die Staaten des westlichen Balkans seit Jahren auf Fortschritte warteten; ein Sonderweg für ein einzelnes Land sei schwer zu vermitteln.

In der sogenannten Erklärung von Versailles verpflichten sich die 27 zudem, ihre Abhängigkeit von russischem Gas, Öl und Kohle „so bald wie möglich“ zu beenden; die Kommission soll bis Ende Mai einen Plan dafür vorlegen.
Die Mittel der Europäischen Friedensfazilität für Waffenlieferungen an Kiew sollen um weitere 500 Millionen Euro auf eine Milliarde Euro verdoppelt werden.
Ungarns Ministerpräsident Viktor Orbán trug die Erklärung mit, stellte aber klar, dass er Sanktionen gegen russische Energielieferungen nicht zustimmen werde.

In Moskau wurde das Treffen mit Hohn bedacht.
Kremlsprecher Dmitri Peskow sagte, die Strafmaßnahmen des Westens würden Russland nicht von seinem Kurs abbringen, und warf der EU vor, mit ihren Waffenlieferungen das Blutvergießen zu verlängern.
Außenminister Sergej Lawrow war am Donnerstag im türkischen Antalya erstmals seit Kriegsbeginn mit seinem ukrainischen Kollegen Dmytro Kuleba zusammengetroffen; das Gespräch unter Vermittlung des türkischen Außenministers Mevlüt Çavuşoğlu brachte keine Einigung auf eine Feuerpause.
Lawrow behauptete anschließend vor Journalisten, Russland habe die Ukraine gar nicht angegriffen.

Die Ukraine hatte ihren Antrag auf Mitgliedschaft am 28. Februar unterzeichnet, Georgien und die Republik Moldau folgten am 3. März.
Die Kommission will ihre Stellungnahme nach Angaben aus Brüssel in den kommenden Monaten vorlegen; über einen Kandidatenstatus könnte dann der reguläre Gipfel im Juni entscheiden.
In Heidelberg sind nach Angaben der Stadt bereits mehr als 1200 Menschen aus der Ukraine angekommen, die meisten von ihnen Frauen und Kinder.
"""

# ---------------------------------------------------------------- b49de02 (Allgäuer Zeitung)
DE02 = """
Fünf Prozent für die Sicherheit: Nato beugt sich Trumps Vorgabe – Selenskyj bleibt Randfigur

Den Haag. Die Nato hat sich auf das ehrgeizigste Aufrüstungsziel ihrer Geschichte verständigt.
Die 32 Mitgliedstaaten verpflichteten sich am Mittwoch bei ihrem Gipfeltreffen in Den Haag, bis 2035 jährlich fünf Prozent ihrer Wirtschaftsleistung für Verteidigung und sicherheitsrelevante Infrastruktur auszugeben, davon mindestens 3,5 Prozent für die Streitkräfte im engeren Sinn.
In der nur fünf Absätze langen Abschlusserklärung bezeichnen die Alliierten Russland als „langfristige Bedrohung“ für die euro-atlantische Sicherheit, eine Beitrittsperspektive für die Ukraine findet dagegen keine Erwähnung.

Generalsekretär Mark Rutte sprach nach der rund zweieinhalbstündigen Sitzung von einem „Quantensprung“, der das Bündnis stärker und gerechter mache.
US-Präsident Donald Trump, der die Marke im Januar erstmals öffentlich gefordert hatte, nannte das Ergebnis einen „großen Sieg“ für alle.
Spanien handelte sich eine Ausnahme aus, was Trump mit der Drohung quittierte, Madrid werde dafür in Handelsfragen „doppelt bezahlen“.
Bundeskanzler Friedrich Merz versicherte, Deutschland werde seinen Beitrag leisten und die Vorgabe deutlich vor 2035 erfüllen.

Für Wolodymyr Selenskyj blieb in Den Haag nur eine Nebenrolle.
Der ukrainische Präsident war am Dienstagabend zum Essen bei König Willem-Alexander geladen, an der eigentlichen Gipfelsitzung nahm er nicht teil.
Am Mittwoch traf er Trump am Rande des Gipfels zu einem knapp einstündigen Gespräch, in dem es nach ukrainischen Angaben um zusätzliche Patriot-Systeme, eine Waffenruhe und den Schutz der Bevölkerung ging.
Trump sagte hinterher, man werde sehen, ob man weitere Patriot-Raketen zur Verfügung stellen könne, sie seien „sehr schwer zu bekommen“.
In der Erklärung bekräftigen die Verbündeten lediglich ihre „souveränen Verpflichtungen“, die Ukraine weiter zu unterstützen, und halten fest, dass solche Hilfen auf das Ausgabenziel angerechnet werden können.

Der Kreml reagierte gereizt.
Kremlsprecher Dmitri Peskow sagte, die Nato entwickle sich zu einem Bündnis „ungezügelter Militarisierung“, und warf den Europäern vor, Russland zu dämonisieren, um ihre Aufrüstung zu rechtfertigen.
Die Gipfelerklärung ändere nichts an den Zielen der „militärischen Spezialoperation“, fügte er hinzu.
Außenminister Sergej Lawrow hatte bereits am Dienstag erklärt, das neue Ausgabenziel beweise, dass sich die Nato auf einen Krieg mit Russland vorbereite.

Das nächste Gipfeltreffen soll im kommenden Jahr in der Türkei stattfinden.
Schon am heutigen Donnerstag beraten die Staats- und Regierungschefs der EU in Brüssel über die weitere Unterstützung Kiews und ein 18. Sanktionspaket gegen Russland, das die Slowakei bislang blockiert.
Die IHK Schwaben rechnet damit, dass auch Zulieferer aus dem Allgäu von den höheren Verteidigungsausgaben profitieren, mahnt aber schnellere Vergabeverfahren an.
"""

# ---------------------------------------------------------------- b49de03 (Schwarzwälder Bote)
DE03 = """
Kein Zugriff auf Moskaus Milliarden: EU finanziert Kiew mit eigenen Schulden

Brüssel. Nach einem Verhandlungsmarathon von mehr als 15 Stunden haben sich die Staats- und Regierungschefs der Europäischen Union am frühen Freitagmorgen darauf verständigt, der Ukraine für die Jahre 2026 und 2027 ein zinsloses Darlehen über 90 Milliarden Euro zu gewähren.
Das Geld soll über gemeinsame Schulden an den Kapitalmärkten aufgenommen und durch Spielräume im EU-Haushalt abgesichert werden; zurückzahlen muss Kiew es erst, wenn Russland Reparationen leistet.
„Wir haben es zugesagt, wir haben geliefert“, schrieb EU-Ratspräsident António Costa auf der Plattform X.

Damit ist der Plan vom Tisch, für den vor allem Bundeskanzler Friedrich Merz und Kommissionspräsidentin Ursula von der Leyen seit Wochen geworben hatten.
Sie wollten die rund 210 Milliarden Euro an russischen Zentralbankgeldern, die in der EU festgesetzt sind, für ein sogenanntes Reparationsdarlehen an Kiew nutzen.
Der belgische Premierminister Bart De Wever, in dessen Land der Finanzdienstleister Euroclear den Großteil der Gelder verwahrt, verweigerte jedoch seine Zustimmung, weil er unbegrenzte Garantien der Partner für den Fall russischer Klagen verlangte.
Merz sagte in der Nacht, die Finanzierung der Ukraine sei für die kommenden zwei Jahre gesichert, und die russischen Vermögen blieben eingefroren, bis Moskau für die angerichteten Schäden aufkomme.

Bereits am vergangenen Freitag hatten die EU-Staaten beschlossen, die russischen Vermögenswerte auf unbestimmte Zeit festzusetzen, statt die Maßnahme wie bisher alle sechs Monate einstimmig zu verlängern.
Die russische Zentralbank reichte daraufhin vor einem Moskauer Schiedsgericht Klage gegen Euroclear ein.
Ungarns Regierungschef Viktor Orbán, dessen Land sich ebenso wie Tschechien und die Slowakei nicht an dem Darlehen beteiligt, sprach von einem „Irrweg“, der Europa in den Krieg hineinziehe.

Präsident Wolodymyr Selenskyj, der am Donnerstag persönlich nach Brüssel gekommen war, hatte die Gipfelteilnehmer eindringlich gebeten, die eingefrorenen Gelder zu nutzen; ohne frisches Geld gerate sein Land im Frühjahr in Zahlungsnot.
Nach der Einigung dankte er den Europäern für ein „starkes Signal“.
In Moskau feierte der Kremlbeauftragte Kirill Dmitrijew das Scheitern des Reparationsdarlehens als Sieg von „Recht und Vernunft“.
Kremlsprecher Dmitri Peskow sagte, jeder Versuch, russisches Eigentum anzutasten, werde eine harte Antwort nach sich ziehen.

Bei der Erweiterung kam der Gipfel nicht voran: Ungarn blockiert weiter die Öffnung der ersten Verhandlungscluster mit der Ukraine, die Europaminister waren damit bereits am Dienstag gescheitert.
Für den Bundeshaushalt entstehen nach Berechnungen des Kieler Instituts für Weltwirtschaft zunächst keine direkten Kosten, weil die Zinsen aus dem EU-Haushalt beglichen werden.
"""

# ---------------------------------------------------------------- b49de04 (Die Furche)
DE04 = """
Mitglied auf Raten? Wie Brüssel der Ukraine den Weg in die Union ebnen will

Wien/Brüssel. Wenn die Staats- und Regierungschefs der EU am heutigen Donnerstag in Brüssel zusammenkommen, liegt ihnen ein Papier vor, das vor einem Jahr noch als undenkbar gegolten hätte.
Die Kommission schlägt darin vor, der Ukraine schon vor dem Abschluss aller Verhandlungskapitel eine Mitgliedschaft mit eingeschränkten Rechten zu gewähren: Kiew säße im Binnenmarkt und am Ratstisch, bekäme aber vorerst weder ein Stimmrecht noch vollen Zugang zu den Agrarfonds.
Kommissionspräsidentin Ursula von der Leyen hatte die Idee Anfang März vor dem Europäischen Parlament als „Beitritt in Stufen“ vorgestellt, der die Ukraine vor einem Rückfall in die russische Einflusssphäre bewahren solle.

Der Weg dorthin war lang.
Präsident Wolodymyr Selenskyj hatte den Beitrittsantrag am 28. Februar 2022 unterzeichnet, im Juni desselben Jahres erhielt das Land den Kandidatenstatus.
Die offiziellen Verhandlungen wurden im Juni 2024 in Luxemburg eröffnet, doch seither hat Ungarn jeden weiteren Schritt verhindert.
Zuletzt scheiterte die Öffnung des ersten Clusters im Dezember am Veto Budapests, obwohl die Kommission Kiew in ihrem Erweiterungsbericht vom November bescheinigt hatte, die Voraussetzungen dafür zu erfüllen.

Ob sich daran etwas ändert, entscheidet sich womöglich erst am 12. April, wenn Ungarn ein neues Parlament wählt.
Ministerpräsident Viktor Orbán, der in Umfragen hinter seinem Herausforderer Péter Magyar liegt, hat die Ablehnung eines ukrainischen Beitritts zum Wahlkampfthema gemacht; eine Mitgliedschaft Kiews würde „den Krieg nach Europa holen“ und die ungarischen Bauern ruinieren, sagte er vergangene Woche.
Vorbehalte gibt es aber auch in Warschau und Paris, vor allem mit Blick auf die Landwirtschaft; Polens Regierungschef Donald Tusk ließ zuletzt wissen, er werde einer Öffnung des Agrarkapitels nur mit langen Übergangsfristen zustimmen.

Moskau gibt sich in der Beitrittsfrage auffallend gelassen.
Kremlsprecher Dmitri Peskow wiederholte am Montag, ein EU-Beitritt sei das „souveräne Recht“ jedes Staates, solange es nicht um die Nato gehe.
Der Rahmenplan, über den Washington seit Jahresbeginn mit Kiew und Moskau verhandelt, sieht nach Angaben aus Verhandlungskreisen eine EU-Mitgliedschaft der Ukraine bis 2027 vor; auf ein Datum wollen sich die Europäer allerdings nicht festlegen lassen.
Die Außenbeauftragte Kaja Kallas warnte in dieser Woche davor, den Beitritt zu einem „Tauschobjekt“ in den Verhandlungen mit Russland zu machen.

In Wien verfolgt man die Debatte mit gemischten Gefühlen.
Außenministerin Beate Meinl-Reisinger unterstützt den Stufenplan im Grundsatz, pocht aber darauf, dass die Staaten des Westbalkans nicht erneut hintangestellt werden; Bundeskanzler Christian Stocker will sich erst nach dem Gipfel festlegen.
"""

# ---------------------------------------------------------------- b49de05 (hartpunkt)
DE05 = """
Koalition der Willigen legt Grundzüge der Multinationalen Truppe Ukraine fest

Am Rande des Treffens der Nato-Verteidigungsminister in Brüssel haben sich am Donnerstag die Verteidigungsminister der sogenannten Koalition der Willigen unter Führung Großbritanniens und Frankreichs auf die Grundzüge einer multinationalen Truppe für die Ukraine verständigt.
Die „Multinational Force Ukraine“ (MNF-U) soll nach einem Waffenstillstand den ukrainischen Luftraum sichern, das Schwarze Meer für die Handelsschifffahrt offenhalten und die Regeneration der ukrainischen Streitkräfte unterstützen, heißt es in einer gemeinsamen Erklärung der 26 beteiligten Staaten.
Den Vorsitz führten der britische Verteidigungsminister John Healey und seine französische Amtskollegin Catherine Vautrin, auch der ukrainische Verteidigungsminister nahm an der Sitzung teil.

Wie hartpunkt aus Teilnehmerkreisen erfuhr, sollen Großbritannien und Frankreich zusammen bis zu 12.000 Soldaten stellen, die überwiegend westlich des Dnipro stationiert würden.
Deutschland wird sich nicht mit Bodentruppen beteiligen, sondern Luftverteidigungssysteme vom Typ IRIS-T SLM sowie Eurofighter für die Überwachung des Luftraums bereitstellen, wie Bundesverteidigungsminister Boris Pistorius (SPD) nach dem Treffen bestätigte.
Die Türkei bot an, die Führung eines maritimen Verbands im Schwarzen Meer zu übernehmen.
Das Hauptquartier der Truppe arbeitet seit Dezember in Paris, ein vorgeschobener Gefechtsstand soll in Kiew entstehen.
Eine Truppenstellerkonferenz soll in den kommenden Wochen die genauen Beiträge der übrigen Staaten festlegen.

US-Verteidigungsminister Pete Hegseth, der an der Nato-Sitzung teilnahm, blieb dem Treffen der Koalition fern.
Washington hatte im Januar Unterstützung durch Aufklärung, Satellitendaten und Luftraumüberwachung zugesagt, den Einsatz amerikanischer Soldaten in der Ukraine aber ausgeschlossen.
Nato-Generalsekretär Mark Rutte sagte, die Truppe sei „keine Nato-Mission“, das Bündnis werde aber dafür sorgen, dass die Planungen mit seinen eigenen Verteidigungsplänen vereinbar seien.

Moskau wies die Pläne umgehend zurück.
Außenamtssprecherin Maria Sacharowa erklärte am Freitag, ausländische Soldaten in der Ukraine wären „legitime Ziele“ der russischen Streitkräfte, gleich unter welcher Flagge sie stationiert würden.
Auch Kremlsprecher Dmitri Peskow nannte eine Stationierung von Truppen aus Nato-Staaten „absolut inakzeptabel“; sie widerspreche dem Geist der Gespräche mit Washington.

Für die Industrie könnte die Mission zusätzliche Aufträge bedeuten: Diehl Defence hat die Fertigung von IRIS-T-Lenkflugkörpern nach eigenen Angaben seit 2024 mehr als verdoppelt.
Das nächste Treffen der Koalition ist für März in London geplant.
"""

# ---------------------------------------------------------------- b49de06 (NRZ)
DE06 = """
„Näher an der Nato als je zuvor“: Bündnis sichert Kiew Beistand für den Winter zu

Brüssel. Zum ersten Mal hat der Nato-Ukraine-Rat auf Ebene der Außenminister getagt, und die Botschaft, die das Bündnis am Mittwoch in Brüssel aussenden wollte, war eine der Beständigkeit.
Die Ukraine sei „näher an der Nato als je zuvor“, sagte Generalsekretär Jens Stoltenberg nach der Sitzung mit dem ukrainischen Außenminister Dmytro Kuleba.
Die Alliierten würden das Land so lange wie nötig unterstützen; über eine Einladung werde entschieden, wenn alle Verbündeten zustimmten und die Bedingungen erfüllt seien.

Kuleba nutzte das Treffen vor allem, um mehr Luftverteidigung zu verlangen.
Russland bereite sich darauf vor, die ukrainische Energieversorgung im Winter erneut systematisch anzugreifen, sagte er; jedes zusätzliche Patriot-System rette Leben.
Berichte, wonach westliche Partner Kiew zu Verhandlungen mit Moskau drängten, wies er zurück: „Niemand übt Druck auf uns aus.“
US-Außenminister Antony Blinken versicherte, die Vereinigten Staaten würden trotz des Haushaltsstreits im Kongress an ihrer Unterstützung festhalten.
Bundesaußenministerin Annalena Baerbock kündigte an, Deutschland werde der Ukraine in diesem Winter ein weiteres IRIS-T-System und zusätzliche Stromgeneratoren liefern.

Überschattet wurde das Treffen von der weiter ausstehenden Aufnahme Schwedens.
Der türkische Außenminister Hakan Fidan stellte eine Ratifizierung durch das Parlament in Ankara „in den kommenden Wochen“ in Aussicht, nannte aber keinen Termin.
Auf EU-Ebene droht unterdessen Ungarns Ministerpräsident Viktor Orbán, beim Gipfel Mitte Dezember sowohl die Eröffnung von Beitrittsgesprächen mit der Ukraine als auch ein Hilfspaket über 50 Milliarden Euro zu blockieren.

In Moskau bezeichnete Außenamtssprecherin Maria Sacharowa den Nato-Ukraine-Rat als „Instrument der Konfrontation“, mit dem der Westen den Krieg in die Länge ziehen wolle.
Außenminister Sergej Lawrow reist am Donnerstag zum OSZE-Ministerrat nach Skopje, sein erster Besuch in einem Nato-Land seit Beginn des Krieges; die Außenminister der Ukraine, Polens und der baltischen Staaten sagten ihre Teilnahme aus Protest ab.

Auch an Rhein und Ruhr wird die Debatte aufmerksam verfolgt: Der Essener Energiekonzern RWE hat nach eigenen Angaben in den vergangenen Monaten mehrere Transformatoren in die Ukraine geschickt.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b49de01_versailles_gipfel_beitrittsantrag_2022_03", "2022-03-11", DE01,
        [
            T("der Nacht zum Freitag", "TIME", "2022-03-10TNI", note="night of 10 to 11 March"),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
            T("Donnerstag", "DATE", "2022-03-10", 0),
            T("Donnerstagabend", "TIME", "2022-03-10TEV"),
            T("der Nacht", "TIME", "2022-03-10TNI", 1, note="the night after Thursday's session, 10 to 11 March"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2022-03-11", 1),
            T("Jahren", "DURATION", "PXY"),
            T("Ende Mai", "DATE", "2022-05", mod="END"),
            T("Donnerstag", "DATE", "2022-03-10", 1),
            T("28. Februar", "DATE", "2022-02-28"),
            T("3. März", "DATE", "2022-03-03"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Juni", "DATE", "2022-06"),
        ],
        [
            E("EU leaders agree on a statement recognising Ukraine's European aspirations and asking the Commission "
              "for an opinion on its application", "AGREE", ["European Union", "Ukraine"], "2022-03-10TNI", "text",
              "occurred", "In einer Erklärung, auf die sich die 27",
              note="the lead sentence summarises this decision and carries no event of its own"),
            E("Zelensky demanded a fast-track accession procedure", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-02", "text", "occurred", "Ein Schnellverfahren, wie es",
              date_mod="END"),
            E("Rutte rules out a fast track for Ukraine", "REJECT", ["Mark Rutte", "Ukraine"], "2022-03-10", "text",
              "occurred", "Ein Schnellverfahren, wie es"),
            E("Zelensky joins the summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2022-03-10TEV", "text", "occurred", "Selenskyj, der am Donnerstagabend"),
            E("Zelensky: Ukraine expects more from Europe", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2022-03-10TNI", "text", "occurred", "Die Ukraine erwarte"),
            E("Macron: no accession procedure can be opened with a country at war", "REJECT",
              ["Emmanuel Macron", "Ukraine"], "2022-03-11", "text", "occurred", "Frankreichs Präsident Emmanuel Macron"),
            E("EU leaders commit to end their dependence on Russian gas, oil and coal", "AGREE",
              ["European Union", "Russia"], "2022-03-11", "published", "occurred",
              "In der sogenannten Erklärung von Versailles"),
            E("European Peace Facility funds for arms to Kyiv to be doubled to one billion euros", "AID",
              ["European Union", "Ukraine"], "2022-03-11", "published", "planned", "Friedensfazilität"),
            E("Orbán will not agree to sanctions on Russian energy", "REJECT", ["Viktor Orbán", "European Union"],
              "2022-03-11", "published", "occurred", "Ungarns Ministerpräsident Viktor Orbán"),
            E("Peskov accuses the EU of prolonging the bloodshed with arms deliveries", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-03-11", "published", "occurred",
              "Kremlsprecher Dmitri Peskow sagte"),
            E("Lavrov meets Kuleba in Antalya, mediated by Turkey's foreign minister", "CONSULT",
              ["Sergey Lavrov", "Ukraine", "Turkey"], "2022-03-10", "text", "occurred",
              "Außenminister Sergej Lawrow war am Donnerstag"),
            E("No agreement on a ceasefire in Antalya", "REJECT", ["Russia", "Ukraine"], "2022-03-10", "context",
              "occurred", "Außenminister Sergej Lawrow war am Donnerstag"),
            E("Ukraine signs its application for EU membership", "REQUEST", ["Ukraine", "European Union"],
              "2022-02-28", "text", "occurred", "Die Ukraine hatte ihren Antrag"),
            E("The June summit could decide on candidate status for Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2022-06", "text", "uncertain", "Die Kommission will ihre Stellungnahme"),
        ],
        [
            S("European Union", "Leaders recognise Ukraine's European aspirations", "2022-03-10TNI", "text",
              "In einer Erklärung, auf die sich die 27"),
            S("Mark Rutte", "There will be no fast-track procedure for Ukraine", "2022-03-10", "text",
              "Ein Schnellverfahren, wie es"),
            S("Volodymyr Zelensky", "Ukraine expects more from Europe; decisions must match our expectations",
              "2022-03-10TNI", "text", "Die Ukraine erwarte"),
            S("Emmanuel Macron", "An accession procedure cannot be opened with a country at war", "2022-03-11", "text",
              "Frankreichs Präsident Emmanuel Macron"),
            S("Olaf Scholz", "The Western Balkans have waited for years; a special path for one country is hard "
              "to justify", "2022-03-11", "published", "Bundeskanzler Olaf Scholz verwies"),
            S("Viktor Orbán", "Will not agree to sanctions on Russian energy supplies", "2022-03-11", "published",
              "Ungarns Ministerpräsident Viktor Orbán"),
            S("Dmitry Peskov", "Western sanctions will not change Russia's course; EU arms prolong the bloodshed",
              "2022-03-11", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Sergey Lavrov", "Russia did not attack Ukraine", "2022-03-10", "context", "Lawrow behauptete"),
            S("European Union", "The Commission will give its opinion in the coming months", "2022-03-11",
              "published", "Die Kommission will ihre Stellungnahme"),
        ],
        ["European Union", "Ukraine", "Volodymyr Zelensky", "Mark Rutte", "France", "Emmanuel Macron", "Germany",
         "Olaf Scholz", "Russia", "Viktor Orbán", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "Turkey"],
    ),
    doc(
        "b49de02_nato_gipfel_den_haag_fuenf_prozent_2025_06", "2025-06-26", DE02,
        [
            T("Mittwoch", "DATE", "2025-06-25", 0),
            T("2035", "DATE", "2035", 0),
            T("jährlich", "SET", "P1Y"),
            T("rund zweieinhalbstündigen", "DURATION", "PT2H30M", mod="APPROX"),
            T("Januar", "DATE", "2025-01"),
            T("2035", "DATE", "2035", 1),
            T("Dienstagabend", "TIME", "2025-06-24TEV"),
            T("Mittwoch", "DATE", "2025-06-25", 1),
            T("knapp einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("Dienstag", "DATE", "2025-06-24"),
            T("kommenden Jahr", "DATE", "2026"),
            T("heutigen Donnerstag", "DATE", "2025-06-26"),
        ],
        [
            E("NATO members commit to spend five percent of GDP on defence by 2035", "AGREE", ["NATO"], "2025-06-25",
              "text", "occurred", "Die 32 Mitgliedstaaten verpflichteten sich"),
            E("Summit declaration calls Russia a long-term threat", "ACCUSE", ["NATO", "Russia"], "2025-06-25",
              "context", "occurred", "In der nur fünf Absätze"),
            E("Trump demanded the five percent target", "REQUEST", ["Donald Trump", "NATO"], "2025-01", "text",
              "occurred", "US-Präsident Donald Trump, der die Marke"),
            E("Trump threatens that Spain will pay double in trade talks", "THREATEN", ["Donald Trump"], "2025-06-25",
              "context", "occurred", "Spanien handelte sich"),
            E("Merz pledges Germany will meet the target well before 2035", "AGREE", ["Friedrich Merz", "NATO"],
              "2025-06-25", "context", "occurred", "Bundeskanzler Friedrich Merz versicherte"),
            E("Zelensky at the dinner hosted by King Willem-Alexander", "CONSULT", ["Volodymyr Zelensky", "NATO"],
              "2025-06-24TEV", "text", "occurred", "Der ukrainische Präsident war am Dienstagabend"),
            E("Zelensky does not take part in the summit session", "CONSULT", ["Volodymyr Zelensky", "NATO"],
              "2025-06-25", "context", "cancelled", "Der ukrainische Präsident war am Dienstagabend"),
            E("Trump meets Zelensky on the sidelines of the summit", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-06-25", "text", "occurred", "Am Mittwoch traf er Trump"),
            E("Trump will see whether more Patriot missiles can be provided", "AID", ["Donald Trump", "Ukraine"],
              "2025-06-25", "context", "uncertain", "Trump sagte hinterher"),
            E("Allies reaffirm their commitments to support Ukraine, counted towards the spending target", "AGREE",
              ["NATO", "Ukraine"], "2025-06-25", "context", "occurred", "In der Erklärung bekräftigen"),
            E("Peskov accuses NATO of militarisation and the Europeans of demonising Russia", "ACCUSE",
              ["Dmitry Peskov", "NATO", "European Union"], "2025-06-26", "published", "occurred",
              "Kremlsprecher Dmitri Peskow sagte"),
            E("Lavrov: the spending target proves NATO is preparing for war with Russia", "ACCUSE",
              ["Sergey Lavrov", "NATO"], "2025-06-24", "text", "occurred", "Außenminister Sergej Lawrow hatte bereits"),
            E("Next NATO summit to be held in Turkey", "CONSULT", ["NATO", "Turkey"], "2026", "text", "planned",
              "Das nächste Gipfeltreffen"),
            E("EU leaders meet in Brussels on support for Kyiv", "CONSULT", ["European Union"], "2025-06-26", "text",
              "planned", "Schon am heutigen Donnerstag"),
            E("EU leaders discuss an 18th sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2025-06-26", "context", "planned", "Schon am heutigen Donnerstag"),
            E("Slovakia blocks the 18th sanctions package", "REJECT", ["European Union"], "2025-06-26", "published",
              "occurred", "Schon am heutigen Donnerstag", note="Slovakia is not canonical; the EU is the forum"),
        ],
        [
            S("NATO", "Russia is a long-term threat to Euro-Atlantic security", "2025-06-25", "context",
              "In der nur fünf Absätze"),
            S("Mark Rutte", "A quantum leap that makes the alliance stronger and fairer", "2025-06-25", "context",
              "Generalsekretär Mark Rutte"),
            S("Donald Trump", "The result is a big win for everyone", "2025-06-25", "context",
              "US-Präsident Donald Trump, der die Marke"),
            S("Donald Trump", "Spain will pay double in trade talks", "2025-06-25", "context", "Spanien handelte sich"),
            S("Friedrich Merz", "Germany will do its part and meet the target well before 2035", "2025-06-25",
              "context", "Bundeskanzler Friedrich Merz versicherte"),
            S("Ukraine", "The Trump meeting was about more Patriots, a ceasefire and protecting civilians",
              "2025-06-25", "context", "Am Mittwoch traf er Trump"),
            S("Donald Trump", "Will see whether more Patriot missiles can be made available; they are hard to get",
              "2025-06-25", "context", "Trump sagte hinterher"),
            S("NATO", "Allies reaffirm their sovereign commitments to support Ukraine", "2025-06-25", "context",
              "In der Erklärung bekräftigen"),
            S("Kremlin", "Reacted with irritation to the summit", "2025-06-26", "published",
              "Der Kreml reagierte gereizt"),
            S("Dmitry Peskov", "NATO is turning into an alliance of unbridled militarisation; Europeans demonise "
              "Russia", "2025-06-26", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Dmitry Peskov", "The declaration changes nothing about the goals of the special military operation",
              "2025-06-26", "published", "Die Gipfelerklärung ändere nichts"),
            S("Sergey Lavrov", "The new spending target proves NATO is preparing for war with Russia", "2025-06-24",
              "text", "Außenminister Sergej Lawrow hatte bereits"),
        ],
        ["NATO", "Russia", "Ukraine", "Mark Rutte", "United States", "Donald Trump", "Friedrich Merz", "Germany",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "European Union", "Sergey Lavrov", "Turkey"],
    ),
    doc(
        "b49de03_eu_gipfel_90_milliarden_darlehen_2025_12", "2025-12-19", DE03,
        [
            T("mehr als 15 Stunden", "DURATION", "PT15H", mod="MORE_THAN"),
            T("frühen Freitagmorgen", "TIME", "2025-12-19TMO"),
            T("2026", "DATE", "2026"),
            T("2027", "DATE", "2027"),
            T("Wochen", "DURATION", "PXW"),
            T("der Nacht", "TIME", "2025-12-18TNI", note="the night of 18 to 19 December"),
            T("die kommenden zwei Jahre", "DURATION", "P2Y"),
            T("vergangenen Freitag", "DATE", "2025-12-12"),
            T("alle sechs Monate", "SET", "P6M"),
            T("Donnerstag", "DATE", "2025-12-18"),
            T("Frühjahr", "DATE", "2026-SP", note="in Zelensky's reported words of Thursday 18 December"),
            T("Dienstag", "DATE", "2025-12-16"),
        ],
        [
            E("EU leaders agree a 90-billion-euro interest-free loan to Ukraine for 2026 and 2027", "AID",
              ["European Union", "Ukraine"], "2025-12-19TMO", "text", "occurred", "Nach einem Verhandlungsmarathon"),
            E("The reparations loan from immobilised Russian assets is dropped", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12-19", "published", "cancelled",
              "Damit ist der Plan vom Tisch"),
            E("Belgium's De Wever refuses consent to the reparations loan", "REJECT", ["European Union", "Ukraine"],
              "2025-12-19", "published", "occurred", "Der belgische Premierminister",
              note="Belgium is not canonical"),
            E("EU states decide to immobilise Russian assets indefinitely", "SANCTION", ["European Union", "Russia"],
              "2025-12-12", "text", "occurred", "Bereits am vergangenen Freitag"),
            E("Russia's central bank sues Euroclear before a Moscow court", "ACCUSE", ["Russia"], "2025-12-12",
              "context", "occurred", "Die russische Zentralbank reichte",
              note="'daraufhin' after the decision of Friday 12 December; the suit was filed the same day"),
            E("Orbán calls the loan a wrong path dragging Europe into the war", "ACCUSE",
              ["Viktor Orbán", "European Union"], "2025-12-19", "published", "occurred", "Ungarns Regierungschef"),
            E("Zelensky attends the EU summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2025-12-18", "text", "occurred", "Präsident Wolodymyr Selenskyj, der am Donnerstag"),
            E("Zelensky urges the leaders to use the frozen assets", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-12-18", "context", "occurred",
              "Präsident Wolodymyr Selenskyj, der am Donnerstag"),
            E("Peskov threatens a harsh response to any attempt to touch Russian property", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2025-12-19", "published", "occurred",
              "Kremlsprecher Dmitri Peskow sagte"),
            E("Hungary blocks the opening of the first accession clusters with Ukraine", "REJECT",
              ["European Union", "Ukraine"], "2025-12-16", "text", "occurred", "Bei der Erweiterung kam"),
        ],
        [
            S("European Union", "Costa: we committed, we delivered", "2025-12-19", "published",
              "Wir haben es zugesagt"),
            S("Friedrich Merz", "Ukraine's funding is secured for two years; Russian assets stay frozen until Moscow "
              "pays for the damage", "2025-12-18TNI", "text", "Merz sagte in der Nacht"),
            S("Viktor Orbán", "The loan is a wrong path that drags Europe into the war", "2025-12-19", "published",
              "Ungarns Regierungschef"),
            S("Volodymyr Zelensky", "Use the frozen assets; without new money Ukraine runs out of funds in spring",
              "2025-12-18", "context", "Präsident Wolodymyr Selenskyj, der am Donnerstag"),
            S("Volodymyr Zelensky", "Thanks the Europeans for a strong signal", "2025-12-19", "published",
              "Nach der Einigung dankte er"),
            S("Kirill Dmitriev", "The failure of the reparations loan is a victory of law and reason", "2025-12-19",
              "published", "Kirill Dmitrijew"),
            S("Dmitry Peskov", "Any attempt to touch Russian property will meet a harsh response", "2025-12-19",
              "published", "Kremlsprecher Dmitri Peskow sagte"),
        ],
        ["European Union", "Ukraine", "Russia", "Germany", "Friedrich Merz", "Ursula von der Leyen",
         "Viktor Orbán", "Volodymyr Zelensky", "Kremlin", "Kirill Dmitriev", "Dmitry Peskov"],
    ),
    doc(
        "b49de04_analyse_beitritt_in_stufen_2026_03", "2026-03-19", DE04,
        [
            T("heutigen Donnerstag", "DATE", "2026-03-19"),
            T("vor einem Jahr", "DATE", "2025"),
            T("Anfang März", "DATE", "2026-03", mod="START"),
            T("28. Februar 2022", "DATE", "2022-02-28"),
            T("Juni desselben Jahres", "DATE", "2022-06"),
            T("Juni 2024", "DATE", "2024-06"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("Dezember", "DATE", "2025-12"),
            T("November", "DATE", "2025-11"),
            T("12. April", "DATE", "2026-04-12"),
            T("vergangene Woche", "DATE", "2026-W11"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Montag", "DATE", "2026-03-16"),
            T("Jahresbeginn", "DATE", "2026", mod="START"),
            T("2027", "DATE", "2027"),
            T("dieser Woche", "DATE", "2026-W12"),
        ],
        [
            E("EU leaders meet in Brussels", "CONSULT", ["European Union"], "2026-03-19", "text", "planned",
              "Wenn die Staats- und Regierungschefs"),
            E("Von der Leyen presents membership in stages for Ukraine", "REQUEST",
              ["Ursula von der Leyen", "Ukraine"], "2026-03", "text", "occurred",
              "Kommissionspräsidentin Ursula von der Leyen hatte", date_mod="START",
              note="the Commission's paper described in the sentence before is this proposal"),
            E("Zelensky signs Ukraine's membership application", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2022-02-28", "text", "occurred", "Präsident Wolodymyr Selenskyj hatte den Beitrittsantrag"),
            E("Ukraine granted EU candidate status", "AGREE", ["European Union", "Ukraine"], "2022-06", "text",
              "occurred", "Präsident Wolodymyr Selenskyj hatte den Beitrittsantrag"),
            E("Accession negotiations opened in Luxembourg", "CONSULT", ["European Union", "Ukraine"], "2024-06",
              "text", "occurred", "Die offiziellen Verhandlungen"),
            E("Hungary has blocked every further accession step since", "REJECT", ["European Union", "Ukraine"],
              "2024-06", "context", "occurred", "Die offiziellen Verhandlungen", date_mod="START"),
            E("Hungary's veto stops the opening of the first cluster", "REJECT", ["European Union", "Ukraine"],
              "2025-12", "text", "occurred", "Zuletzt scheiterte"),
            E("Commission's enlargement report finds Kyiv meets the conditions", "SUPPORT",
              ["European Union", "Ukraine"], "2025-11", "text", "occurred", "Zuletzt scheiterte"),
            E("Orbán: Ukraine's membership would bring the war to Europe", "REJECT", ["Viktor Orbán", "Ukraine"],
              "2026-W11", "text", "occurred", "Ministerpräsident Viktor Orbán, der in Umfragen"),
            E("Tusk: the agriculture chapter only with long transition periods", "REQUEST",
              ["Donald Tusk", "Ukraine"], "PAST_REF", "vague", "occurred", "Polens Regierungschef Donald Tusk"),
            E("Peskov: EU accession is every state's sovereign right", "SUPPORT", ["Dmitry Peskov", "Ukraine"],
              "2026-03-16", "text", "occurred", "Kremlsprecher Dmitri Peskow wiederholte"),
            E("Peskov's condition: no NATO membership", "REQUEST", ["Dmitry Peskov", "Ukraine", "NATO"],
              "2026-03-16", "text", "occurred", "Kremlsprecher Dmitri Peskow wiederholte"),
            E("US negotiates a framework plan with Kyiv and Moscow", "CONSULT", ["United States", "Ukraine", "Russia"],
              "2026", "text", "occurred", "Der Rahmenplan, über den Washington", date_mod="START"),
            E("The Europeans refuse to commit to an accession date", "REJECT", ["European Union"], "2026-03-19",
              "published", "occurred", "Der Rahmenplan, über den Washington"),
            E("Kallas warns against making accession a bargaining chip with Russia", "REQUEST", ["Kaja Kallas"],
              "2026-W12", "text", "occurred", "Die Außenbeauftragte Kaja Kallas warnte"),
        ],
        [
            S("Ursula von der Leyen", "Accession in stages would keep Ukraine from falling back into Russia's sphere",
              "2026-03", "text", "Kommissionspräsidentin Ursula von der Leyen hatte"),
            S("European Union", "Enlargement report: Kyiv meets the conditions to open the cluster", "2025-11", "text",
              "Zuletzt scheiterte"),
            S("Viktor Orbán", "Ukraine's membership would bring the war to Europe and ruin Hungarian farmers",
              "2026-W11", "text", "Ministerpräsident Viktor Orbán, der in Umfragen"),
            S("Donald Tusk", "Will agree to opening the agriculture chapter only with long transition periods",
              "PAST_REF", "vague", "Polens Regierungschef Donald Tusk"),
            S("Russia", "Moscow appears relaxed about Ukraine's accession", "2026-03-19", "published",
              "Moskau gibt sich in der Beitrittsfrage"),
            S("Dmitry Peskov", "EU accession is every state's sovereign right, as long as NATO is not involved",
              "2026-03-16", "text", "Kremlsprecher Dmitri Peskow wiederholte"),
            S("Kaja Kallas", "Accession must not become a bargaining chip in talks with Russia", "2026-W12", "text",
              "Die Außenbeauftragte Kaja Kallas warnte"),
        ],
        ["European Union", "Ukraine", "Ursula von der Leyen", "Russia", "Volodymyr Zelensky", "Viktor Orbán",
         "Poland", "France", "Donald Tusk", "Kremlin", "Dmitry Peskov", "NATO", "United States", "Kaja Kallas"],
    ),
    doc(
        "b49de05_koalition_der_willigen_mnf_ukraine_2026_02", "2026-02-13", DE05,
        [
            T("Donnerstag", "DATE", "2026-02-12"),
            T("Dezember", "DATE", "2025-12"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Januar", "DATE", "2026-01"),
            T("Freitag", "DATE", "2026-02-13"),
            T("2024", "DATE", "2024"),
            T("März", "DATE", "2026-03"),
        ],
        [
            E("NATO defence ministers meet in Brussels", "CONSULT", ["NATO"], "2026-02-12", "text", "occurred",
              "Am Rande des Treffens der Nato-Verteidigungsminister"),
            E("Coalition of the willing defence ministers agree the outlines of a multinational force for Ukraine",
              "AGREE", ["United Kingdom", "France", "Ukraine"], "2026-02-12", "text", "occurred",
              "Am Rande des Treffens der Nato-Verteidigungsminister"),
            E("Multinational Force Ukraine to secure airspace, the Black Sea and the army's regeneration after a "
              "ceasefire", "COOPERATE", ["United Kingdom", "France", "Ukraine"], "2026-02-13", "published", "planned",
              "(MNF-U) soll", note="after a ceasefire; no date"),
            E("Coalition meeting chaired by Healey and Vautrin with Ukraine's defence minister", "CONSULT",
              ["United Kingdom", "France", "Ukraine"], "2026-02-12", "context", "occurred", "Den Vorsitz führten"),
            E("Britain and France to provide up to 12,000 troops", "MOBILIZE", ["United Kingdom", "France", "Ukraine"],
              "2026-02-13", "published", "planned", "Wie hartpunkt aus Teilnehmerkreisen"),
            E("Germany will not send ground troops", "REJECT", ["Germany", "Ukraine"], "2026-02-12", "context",
              "occurred", "Deutschland wird sich nicht"),
            E("Germany to provide IRIS-T SLM air defence and Eurofighters", "AID", ["Germany", "Ukraine"],
              "2026-02-12", "context", "planned", "Deutschland wird sich nicht"),
            E("Turkey offers to lead a maritime group in the Black Sea", "MOBILIZE", ["Turkey", "Ukraine"],
              "2026-02-12", "context", "planned", "Die Türkei bot an"),
            E("The force's headquarters has been working in Paris", "COOPERATE", ["United Kingdom", "France"],
              "2025-12", "text", "occurred", "Das Hauptquartier der Truppe", date_mod="START"),
            E("Force generation conference to fix the contributions", "CONSULT", ["United Kingdom", "France"],
              "FUTURE_REF", "vague", "planned", "Eine Truppenstellerkonferenz"),
            E("Hegseth stays away from the coalition meeting", "CONSULT",
              ["United States", "United Kingdom", "France"], "2026-02-12", "context", "cancelled",
              "US-Verteidigungsminister Pete Hegseth"),
            E("US pledged intelligence, satellite data and air surveillance support", "AGREE",
              ["United States", "Ukraine"], "2026-01", "text", "occurred", "Washington hatte im Januar"),
            E("US ruled out American soldiers in Ukraine", "REJECT", ["United States", "Ukraine"], "2026-01", "text",
              "occurred", "Washington hatte im Januar"),
            E("Zakharova: foreign soldiers in Ukraine would be legitimate targets", "THREATEN",
              ["Maria Zakharova", "United Kingdom", "France"], "2026-02-13", "text", "occurred",
              "Außenamtssprecherin Maria Sacharowa"),
            E("Peskov calls troops from NATO states absolutely unacceptable", "REJECT", ["Dmitry Peskov", "NATO"],
              "2026-02-13", "published", "occurred", "Auch Kremlsprecher Dmitri Peskow"),
            E("Next coalition meeting in London", "CONSULT", ["United Kingdom", "France"], "2026-03", "text",
              "planned", "Das nächste Treffen der Koalition"),
        ],
        [
            S("Joint statement: United Kingdom, France", "The Multinational Force Ukraine will secure airspace, the "
              "Black Sea and the regeneration of Ukraine's forces after a ceasefire", "2026-02-12", "context",
              "(MNF-U) soll"),
            S("Germany", "Pistorius: no ground troops, but IRIS-T SLM and Eurofighters for air surveillance",
              "2026-02-12", "context", "Deutschland wird sich nicht"),
            S("Mark Rutte", "The force is not a NATO mission, but NATO will keep the plans compatible with its own",
              "2026-02-12", "context", "Nato-Generalsekretär Mark Rutte"),
            S("Russia", "Moscow rejects the plans", "2026-02-13", "published", "Moskau wies die Pläne"),
            S("Maria Zakharova", "Foreign soldiers in Ukraine would be legitimate targets", "2026-02-13", "text",
              "Außenamtssprecherin Maria Sacharowa"),
            S("Dmitry Peskov", "Troops from NATO states are absolutely unacceptable and contradict the talks with "
              "Washington", "2026-02-13", "published", "Auch Kremlsprecher Dmitri Peskow"),
        ],
        ["NATO", "United Kingdom", "France", "Ukraine", "Germany", "Turkey", "United States", "Mark Rutte", "Russia",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b49de06_nato_ukraine_rat_aussenminister_2023_11", "2023-11-30", DE06,
        [
            T("den Winter", "DATE", "2023-WI"),
            T("Mittwoch", "DATE", "2023-11-29"),
            T("Winter", "DATE", "2023-WI", 1),
            T("diesem Winter", "DATE", "2023-WI"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Mitte Dezember", "DATE", "2023-12", mod="MID"),
            T("Donnerstag", "DATE", "2023-11-30"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
        ],
        [
            E("First NATO-Ukraine Council at foreign-minister level", "CONSULT", ["NATO", "Ukraine"], "2023-11-29",
              "text", "occurred", "Zum ersten Mal hat der Nato-Ukraine-Rat"),
            E("Allies will support Ukraine as long as necessary", "AGREE", ["NATO", "Ukraine"], "2023-11-29",
              "context", "occurred", "Die Alliierten würden das Land"),
            E("Kuleba demands more air defence", "REQUEST", ["Ukraine", "NATO"], "2023-11-29", "context", "occurred",
              "Kuleba nutzte das Treffen"),
            E("Kuleba: Russia is preparing systematic winter strikes on the energy grid", "ACCUSE",
              ["Ukraine", "Russia"], "2023-11-29", "context", "occurred", "Russland bereite sich"),
            E("Blinken: the US will keep up its support despite the budget dispute", "AGREE",
              ["Antony Blinken", "Ukraine"], "2023-11-29", "context", "occurred", "US-Außenminister Antony Blinken"),
            E("Germany to deliver another IRIS-T system and generators this winter", "AID", ["Germany", "Ukraine"],
              "2023-WI", "text", "planned", "Bundesaußenministerin Annalena Baerbock"),
            E("Turkish ratification of Sweden's accession in the coming weeks", "AGREE", ["Turkey", "NATO"],
              "FUTURE_REF", "vague", "planned", "Der türkische Außenminister Hakan Fidan"),
            E("Orbán threatens to block accession talks with Ukraine and the 50-billion-euro package", "THREATEN",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-11-30", "published", "occurred",
              "Auf EU-Ebene droht"),
            E("EU summit in mid-December", "CONSULT", ["European Union"], "2023-12", "text", "planned",
              "Auf EU-Ebene droht", date_mod="MID"),
            E("Zakharova calls the NATO-Ukraine Council an instrument of confrontation", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2023-11-30", "published", "occurred", "In Moskau bezeichnete"),
            E("Lavrov travels to the OSCE Ministerial Council in Skopje", "CONSULT", ["Sergey Lavrov"], "2023-11-30",
              "text", "planned", "Außenminister Sergej Lawrow reist"),
            E("The foreign ministers of Ukraine, Poland and the Baltic states stay away from Skopje in protest",
              "CONSULT", ["Ukraine", "Poland"], "2023-11-30", "context", "cancelled",
              "Außenminister Sergej Lawrow reist"),
        ],
        [
            S("Jens Stoltenberg", "Ukraine is closer to NATO than ever", "2023-11-29", "context",
              "näher an der Nato als je zuvor“, sagte"),
            S("Jens Stoltenberg", "Allies will support Ukraine as long as necessary; an invitation when all agree and "
              "conditions are met", "2023-11-29", "context", "Die Alliierten würden das Land"),
            S("Ukraine", "Kuleba demands more air defence", "2023-11-29", "context", "Kuleba nutzte das Treffen"),
            S("Ukraine", "Russia is preparing winter strikes on the energy grid; every Patriot saves lives",
              "2023-11-29", "context", "Russland bereite sich"),
            S("Ukraine", "Nobody is pressuring Kyiv to negotiate", "2023-11-29", "context", "Berichte, wonach"),
            S("Antony Blinken", "The US will keep up its support despite the budget dispute", "2023-11-29", "context",
              "US-Außenminister Antony Blinken"),
            S("Germany", "Baerbock: another IRIS-T system and generators this winter", "2023-11-29", "context",
              "Bundesaußenministerin Annalena Baerbock"),
            S("Hakan Fidan", "Parliament will ratify Sweden's accession in the coming weeks", "2023-11-29", "context",
              "Der türkische Außenminister Hakan Fidan"),
            S("Viktor Orbán", "Threatens to block accession talks and the aid package at the December summit",
              "2023-11-30", "published", "Auf EU-Ebene droht"),
            S("Maria Zakharova", "The NATO-Ukraine Council is an instrument of confrontation to prolong the war",
              "2023-11-30", "published", "In Moskau bezeichnete"),
        ],
        ["NATO", "Ukraine", "Jens Stoltenberg", "Russia", "United States", "Antony Blinken", "Germany", "Turkey",
         "Hakan Fidan", "Viktor Orbán", "European Union", "Maria Zakharova", "Sergey Lavrov", "Poland"],
    ),
]
