"""German articles of the blind98 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b98de01 (Torgauer Zeitung)
DE01 = """
Zwei Stunden Bildschirm-Diplomatie: Biden droht Putin mit harten Wirtschaftssanktionen

Washington/Moskau/Torgau. US-Präsident Joe Biden hat den russischen Staatschef Wladimir Putin in einer Videoschalte vor einem Einmarsch in die Ukraine gewarnt.
Sollte Russland militärisch eskalieren, würden die USA und ihre Verbündeten mit „starken wirtschaftlichen und anderen Maßnahmen“ antworten, sagte Biden nach Angaben des Weißen Hauses in dem Gespräch am Dienstag, das gut zwei Stunden dauerte.
Putin verlangte seinerseits rechtlich verbindliche Garantien, dass sich die Nato nicht weiter nach Osten ausdehnt und keine Angriffswaffen in den Nachbarländern Russlands stationiert.

Der Kreml sprach von einem offenen und sachlichen Austausch.
Putins außenpolitischer Berater Juri Uschakow sagte am Dienstagabend in Moskau, beide Präsidenten hätten vereinbart, ihre Vertreter mit weiteren Gesprächen zu beauftragen.
Russland wolle niemanden angreifen, wo es seine Truppen auf eigenem Gebiet bewege, gehe niemanden etwas an, so Uschakow.
Kremlsprecher Dmitri Peskow schloss am Mittwoch ein persönliches Treffen der beiden Präsidenten nicht aus, nannte es aber verfrüht, darüber zu sprechen.

Bidens Sicherheitsberater Jake Sullivan kündigte an, Washington werde im Fall eines Angriffs zusätzliche Truppen in die östlichen Nato-Staaten verlegen.
Auch die Gasleitung Nord Stream 2 stehe dann auf dem Spiel, sagte Sullivan.
Nach Erkenntnissen der US-Geheimdienste hat Russland rund 100.000 Soldaten nahe der ukrainischen Grenze zusammengezogen; für Anfang kommenden Jahres halten sie eine Offensive mit bis zu 175.000 Mann für möglich.
Biden hatte sich bereits am Montag mit Frankreichs Präsident Emmanuel Macron, Bundeskanzlerin Angela Merkel, dem italienischen Regierungschef Mario Draghi und dem britischen Premier Boris Johnson abgestimmt; nach der Schalte informierte er die Europäer erneut.
Am Donnerstag will er mit dem ukrainischen Präsidenten Wolodymyr Selenskyj telefonieren.

In Berlin wurde am Mittwoch Olaf Scholz (SPD) zum Bundeskanzler gewählt.
Der neue Regierungschef sagte nach seiner Vereidigung, die Unverletzlichkeit der Grenzen sei ein hohes Gut, wer sie verletze, müsse einen hohen Preis zahlen.

In Torgau, wo sich am 25. April 1945 amerikanische und sowjetische Soldaten an der Elbe die Hände reichten, wird das Ringen der beiden Mächte mit Sorge verfolgt.
„Wir hätten uns gewünscht, dass die beiden Präsidenten sich wieder an einen Tisch setzen und nicht nur vor einen Bildschirm“, sagte Heike Lorenz vom Förderverein Begegnungsstätte an der Elbe der Torgauer Zeitung.
Zum Jahrestag der Begegnung im kommenden April wolle der Verein erneut Gäste aus den USA, aus Russland und aus der Ukraine einladen.
"""

# ---------------------------------------------------------------- b98de02 (Jungle World)
DE02 = """
Sicherheitsgarantien nach Moskauer Art

Die russische Regierung hat ihre Forderungen an den Westen zu Papier gebracht – und zwar so, dass kaum jemand in Washington oder Brüssel sie unterschreiben dürfte.
Am Freitag vergangener Woche veröffentlichte das Außenministerium in Moskau zwei Vertragsentwürfe, einen für die USA und einen für die Nato.
Darin verlangt Russland unter anderem, dass die Nato auf jede weitere Osterweiterung verzichtet, also auch auf die Aufnahme der Ukraine, und keine Truppen oder Waffen in den seit 1997 beigetretenen Staaten stationiert.
Vizeaußenminister Sergej Rjabkow sagte bei der Vorstellung der Papiere, Moskau wolle zügig verhandeln, am besten in Genf, und erwarte eine Antwort ohne Verzögerung.

Die Reaktion fiel erwartbar aus.
Nato-Generalsekretär Jens Stoltenberg erklärte, jedes Land habe das Recht, seinen Weg selbst zu wählen, über eine Mitgliedschaft entschieden allein die Ukraine und die 30 Verbündeten.
Zu Gesprächen mit Russland sei das Bündnis aber bereit, etwa im Nato-Russland-Rat, der seit 2019 nicht mehr getagt hat.
Im Weißen Haus hieß es, manche Vorschläge seien erkennbar inakzeptabel, auch für Moskau selbst.

Wladimir Putin legte am Dienstag nach.
Vor der Führung des Verteidigungsministeriums kündigte er „angemessene militärisch-technische Maßnahmen“ an, sollte der Westen seine „aggressive Linie“ fortsetzen.
Russland habe keinen Spielraum mehr, sich zurückzuziehen, sagte der Präsident.
Verteidigungsminister Sergej Schoigu behauptete in derselben Sitzung, US-Söldner bereiteten in der Ostukraine eine Provokation mit Chemikalien vor.

In Brüssel hatten die EU-Staats- und Regierungschefs schon am vergangenen Donnerstag gedroht, jede weitere militärische Aggression gegen die Ukraine werde „massive Konsequenzen und hohe Kosten“ nach sich ziehen.
Für Olaf Scholz war es der erste Gipfel als Bundeskanzler; die Pipeline Nord Stream 2 nannte er dort ein „privatwirtschaftliches Vorhaben“.
Am Rande des Gipfels trafen Scholz und der französische Präsident Emmanuel Macron den ukrainischen Präsidenten Wolodymyr Selenskyj und vereinbarten, das Normandie-Format wiederzubeleben.
Selenskyj forderte von der EU, Sanktionen nicht erst nach einem Angriff, sondern schon vorher zu verhängen.

Wie ernst es Moskau meint, lässt sich schwer sagen.
Nach Angaben aus Washington stehen rund 100.000 russische Soldaten an der ukrainischen Grenze.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, die Verhandlungen müssten noch im Januar beginnen, man werde sich nicht monatelang hinhalten lassen.
Ein Termin für Gespräche in Genf steht bisher nicht fest.
"""

# ---------------------------------------------------------------- b98de03 (eXXpress)
DE03 = """
Kriegsgefahr so groß wie seit 30 Jahren nicht: Dramatischer Appell in der Wiener Hofburg

Eindringliche Worte in Wien: Der polnische Außenminister Zbigniew Rau hat vor dem Ständigen Rat der OSZE vor einem Krieg in Europa gewarnt.
„Die Gefahr eines Krieges im OSZE-Raum ist heute größer als jemals in den vergangenen 30 Jahren“, sagte Rau, der seit Jahresbeginn den Vorsitz der Organisation führt, am Donnerstag in der Hofburg.
Er bot an, die OSZE als Ort für einen neuen Dialog über die europäische Sicherheit zur Verfügung zu stellen.

Die Sitzung war der Schlusspunkt dieser Woche der Diplomatie.
Am Montag hatten Vertreter der USA und Russlands in Genf fast acht Stunden lang verhandelt, am Mittwoch saßen Russland und die 30 Nato-Staaten in Brüssel im Nato-Russland-Rat zusammen.
Einen Durchbruch gab es nirgends.
Der US-Botschafter bei der OSZE, Michael Carpenter, sagte in Wien, die Trommeln des Krieges seien laut zu hören und der Ton aus Moskau sei schärfer geworden.

Russlands Vertreter Alexander Lukaschewitsch sprach dagegen von einem „Moment der Wahrheit“ und verlangte konstruktive Antworten auf die russischen Vorschläge.
Sei der Westen dazu nicht bereit, werde Russland die nötigen Maßnahmen ergreifen, um seine Sicherheit zu gewährleisten.
Vizeaußenminister Sergej Rjabkow erklärte am selben Tag in Moskau, er sehe keinen Grund, sich in den kommenden Tagen erneut mit den Amerikanern zu treffen.

Außenminister Sergej Lawrow legte am Freitag nach: Russland verliere die Geduld.
Man erwarte von den USA und der Nato eine schriftliche Antwort, Punkt für Punkt, sagte Lawrow vor Journalisten in Moskau.
Die USA warfen Moskau am Freitag vor, bereits Agenten für eine Operation unter falscher Flagge in der Ostukraine in Stellung gebracht zu haben, um einen Vorwand für eine Invasion zu schaffen.
Der Kreml wies das als unbegründet zurück.

In der Nacht auf Freitag legte zudem ein Hackerangriff Dutzende Webseiten der ukrainischen Regierung lahm.
Auf den Seiten erschien die Botschaft, die Ukrainer sollten „Angst haben und das Schlimmste erwarten“.
Kiew sprach von einem Angriff, hinter dem wahrscheinlich Russland stecke.

Außenminister Alexander Schallenberg (ÖVP) bot Wien erneut als Ort für Gespräche an.
„Österreich ist ein Brückenbauer, unsere Tür steht offen“, sagte er dem eXXpress.
"""

# ---------------------------------------------------------------- b98de04 (Remscheider General-Anzeiger)
DE04 = """
Putin bricht sein Schweigen: „Unsere Sorgen wurden ignoriert“

Moskau/Kiew/Remscheid. Erstmals seit Wochen hat sich Russlands Präsident Wladimir Putin öffentlich zu den Antworten des Westens auf seine Forderungen geäußert.
Die USA und die Nato hätten die grundlegenden Sorgen Russlands ignoriert, sagte Putin am Dienstag nach einem gut fünfstündigen Treffen mit dem ungarischen Ministerpräsidenten Viktor Orbán im Kreml.
Er hoffe dennoch, dass der Dialog fortgesetzt werde.

Putin warnte, eine Ukraine in der Nato könnte versuchen, die Krim mit Gewalt zurückzuholen, und Europa so in einen Krieg mit Russland hineinziehen.
Russland werde die schriftlichen Antworten aus Washington und Brüssel sorgfältig prüfen, sagte er.
Orbán, der als einziger Regierungschef eines EU-Staates in diesen Wochen nach Moskau reiste, nannte seinen Besuch eine „Friedensmission“.
Beide Seiten vereinbarten, dass Ungarn künftig mehr russisches Gas erhält.

Am selben Tag war der britische Premierminister Boris Johnson in Kiew.
Nach einem Treffen mit Präsident Wolodymyr Selenskyj sagte Johnson, ein russischer Einmarsch wäre eine „politische, humanitäre und militärische Katastrophe“, Großbritannien werde dann mit harten Sanktionen antworten.
Auch der polnische Regierungschef Mateusz Morawiecki besuchte am Dienstag die ukrainische Hauptstadt und bot Waffenlieferungen an.
Selenskyj kündigte an, die Armee binnen drei Jahren um 100.000 Soldaten zu vergrößern.

Am Abend telefonierten US-Außenminister Antony Blinken und sein russischer Kollege Sergej Lawrow.
Blinken forderte nach Angaben des State Department einen sofortigen Abzug der russischen Truppen von der ukrainischen Grenze.
Lawrow warf den USA vor, die Ukraine mit Waffen vollzupumpen, und verlangte erneut Antworten zum Prinzip der „unteilbaren Sicherheit“.
Bereits am Montag hatten sich die USA und Russland im UN-Sicherheitsrat einen heftigen Schlagabtausch geliefert; Moskaus Versuch, die Sitzung zu verhindern, scheiterte.

In Remscheid verfolgt man die Lage mit wachsender Sorge.
Rund ein Dutzend Werkzeughersteller aus dem Bergischen Land liefern nach Russland, einige haben dort eigene Vertriebsbüros.
„Wenn es zu Sanktionen kommt, brechen uns Aufträge weg, die wir über Jahre aufgebaut haben“, sagte ein Unternehmer dem RGA, der nicht namentlich genannt werden wollte.
"""

# ---------------------------------------------------------------- b98de05 (Anzeiger für Harlingerland)
DE05 = """
Moskau antwortet – und weist US-Diplomaten aus

Moskau/Washington/Wittmund. Russland hat den USA seine Antwort auf die amerikanischen Vorschläge zur europäischen Sicherheit übergeben und zugleich den Ton verschärft.
Werde es keine verbindlichen Zusagen geben, sehe sich Russland gezwungen, mit „militärisch-technischen Maßnahmen“ zu reagieren, heißt es in dem Schreiben, das das Außenministerium am Donnerstag US-Botschafter John Sullivan aushändigte.
Die Vorschläge Washingtons zu Rüstungskontrolle und Vertrauensbildung seien zwar bedeutsam, gingen aber am Kern der russischen Sorgen vorbei.
Am selben Tag verwies Moskau den stellvertretenden US-Botschafter Bart Gorman des Landes.

Das State Department nannte die Ausweisung „unprovoziert“ und kündigte eine Reaktion an.
US-Präsident Joe Biden sagte am Donnerstag im Weißen Haus, die Gefahr eines russischen Angriffs sei „sehr hoch“, er könne in den nächsten Tagen erfolgen.
Von einem Abzug russischer Truppen, wie ihn Moskau zu Wochenbeginn angekündigt hatte, sei nichts zu sehen.

Im UN-Sicherheitsrat in New York warf US-Außenminister Antony Blinken Russland am Donnerstagabend vor, einen Vorwand für eine Invasion zu fabrizieren.
Er schlug seinem Kollegen Sergej Lawrow ein Treffen in der kommenden Woche in Europa vor.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, bezeichnete Blinkens Auftritt als „Show“.
Am Freitag erklärte das Ministerium in Moskau, Lawrow sei zu einem Treffen Ende kommender Woche bereit.

In der Ostukraine wurde am Donnerstag ein Kindergarten in Staniza Luhanska von Granaten getroffen; drei Erwachsene wurden verletzt.
Die ukrainische Armee und die Separatisten beschuldigten sich gegenseitig.
Präsident Wolodymyr Selenskyj sprach von einer „großen Provokation“.

Beim Treffen der Nato-Verteidigungsminister in Brüssel sagte Generalsekretär Jens Stoltenberg am Mittwoch, Russland verstärke seine Truppen weiter, statt sie abzuziehen.
Das Bündnis prüft, zusätzliche Kampfgruppen in Rumänien und weiteren Staaten im Südosten zu stationieren.

Auch aus Wittmund ist das Bündnis gefragt: Piloten des Taktischen Luftwaffengeschwaders 71 „Richthofen“ gehören zu dem deutschen Kontingent, das mit Eurofightern den Luftraum über Rumänien sichert.
„Unsere Soldatinnen und Soldaten sind gut vorbereitet“, sagte ein Sprecher des Geschwaders dem Anzeiger für Harlingerland.
Wie lange der Einsatz dauert, ist offen.
"""

# ---------------------------------------------------------------- b98de06 (Recklinghäuser Zeitung)
DE06 = """
EU verhängt Sanktionen – Moskau gibt sich unbeeindruckt

Brüssel/Moskau/Recklinghausen. Die Europäische Union hat ihr erstes Sanktionspaket wegen der russischen Anerkennung der „Volksrepubliken“ Donezk und Luhansk beschlossen.
Die 27 Mitgliedstaaten billigten die Strafmaßnahmen am Mittwoch einstimmig, nachdem sich die Außenminister bereits am Dienstagabend in Paris politisch geeinigt hatten.
Betroffen sind alle 351 Abgeordneten der Staatsduma, die für die Anerkennung gestimmt hatten, sowie 27 weitere Personen und Organisationen, darunter Banken und Militärs.
Zudem wird Russlands Zugang zu den europäischen Kapitalmärkten beschränkt, der Handel mit den abtrünnigen Gebieten wird verboten.

„Dieses Paket wird Russland sehr wehtun“, sagte der EU-Außenbeauftragte Josep Borrell.
Weitere Sanktionen würden folgen, falls Moskau seine Aggression ausweite.
Am Dienstag hatte Bundeskanzler Olaf Scholz bereits das Genehmigungsverfahren für die Gaspipeline Nord Stream 2 gestoppt.

US-Präsident Joe Biden sprach vom „Beginn einer russischen Invasion“ und verhängte Sanktionen gegen zwei große Staatsbanken und gegen russische Staatsanleihen.
Am Mittwoch setzte Washington auch die Betreibergesellschaft von Nord Stream 2 auf die Sanktionsliste.
Großbritannien fror die Vermögen von fünf Banken und drei Oligarchen ein.

In Moskau gab man sich unbeeindruckt.
Sanktionen würden Russland nicht aufhalten, sagte Außenamtssprecherin Maria Sacharowa.
Der Föderationsrat hatte Präsident Wladimir Putin am Dienstag einstimmig erlaubt, Streitkräfte auch im Ausland einzusetzen.
Das geplante Treffen von Außenminister Sergej Lawrow mit US-Außenminister Antony Blinken am Donnerstag in Genf ist abgesagt.

In Kiew stimmte das Parlament am Mittwoch für einen landesweiten Ausnahmezustand für zunächst 30 Tage.
Präsident Wolodymyr Selenskyj sagte, die Ukraine wolle keinen Krieg, werde sich aber verteidigen.
Kiew rief seinen Geschäftsträger aus Moskau zurück.

Auch im Vest dürfte der Konflikt zu spüren sein.
Ein Sprecher der Hertener Stadtwerke sagte der Recklinghäuser Zeitung, man rechne in den kommenden Monaten mit weiter steigenden Gaspreisen.
Die Versorgung sei derzeit aber gesichert.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b98de01_biden_putin_videoschalte_2021_12", "2021-12-08", DE01,
        [
            T("Zwei Stunden", "DURATION", "PT2H"),
            T("Dienstag", "DATE", "2021-12-07"),
            T("gut zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("Dienstagabend", "TIME", "2021-12-07TEV"),
            T("Mittwoch", "DATE", "2021-12-08", 0),
            T("Anfang kommenden Jahres", "DATE", "2022", mod="START"),
            T("Montag", "DATE", "2021-12-06"),
            T("Donnerstag", "DATE", "2021-12-09"),
            T("Mittwoch", "DATE", "2021-12-08", 1),
            T("25. April 1945", "DATE", "1945-04-25"),
            T("kommenden April", "DATE", "2022-04"),
        ],
        [
            E("Biden–Putin video call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-07", "text",
              "occurred", "Sollte Russland militärisch eskalieren"),
            E("Biden warns Putin of strong economic and other measures if Russia escalates", "THREATEN",
              ["Joe Biden", "Vladimir Putin"], "2021-12-07", "text", "occurred",
              "Sollte Russland militärisch eskalieren"),
            E("Putin demands legally binding guarantees against NATO expansion and offensive weapons", "REQUEST",
              ["Vladimir Putin", "Joe Biden", "NATO"], "2021-12-07", "context", "occurred",
              "Putin verlangte seinerseits"),
            E("Biden and Putin agree to have their representatives hold further talks", "AGREE",
              ["Joe Biden", "Vladimir Putin"], "2021-12-07", "context", "occurred",
              "beide Präsidenten hätten vereinbart"),
            E("Ushakov denies that Russia wants to attack anyone", "REJECT", ["Yuri Ushakov", "United States"],
              "2021-12-07TEV", "context", "occurred", "Russland wolle niemanden angreifen"),
            E("Peskov does not rule out a personal Biden–Putin meeting", "CONSULT", ["Joe Biden", "Vladimir Putin"],
              "2021-12-08", "published", "uncertain", "schloss am Mittwoch ein persönliches Treffen",
              note="no date for the meeting is given"),
            E("Sullivan: more US troops to NATO's eastern members in case of an attack", "THREATEN",
              ["United States", "Russia", "NATO"], "2021-12-08", "published", "occurred",
              "zusätzliche Truppen in die östlichen Nato-Staaten"),
            E("Sullivan: Nord Stream 2 at stake in case of an attack", "THREATEN", ["United States", "Russia"],
              "2021-12-08", "published", "occurred", "Auch die Gasleitung Nord Stream 2"),
            E("Russia has massed about 100,000 troops near the Ukrainian border", "MOBILIZE", ["Russia", "Ukraine"],
              "2021-12-08", "published", "occurred", "rund 100.000 Soldaten",
              note="build-up with no date in the text (blind13)"),
            E("Possible Russian offensive with up to 175,000 troops early next year", "ASSAULT", ["Russia", "Ukraine"],
              "2022", "text", "uncertain", "rund 100.000 Soldaten", date_mod="START"),
            E("Biden consults Macron, Merkel, Draghi and Johnson before the call", "CONSULT",
              ["Joe Biden", "Emmanuel Macron", "Germany", "United Kingdom"], "2021-12-06", "text", "occurred",
              "Biden hatte sich bereits am Montag"),
            E("Biden briefs the Europeans again after the call", "CONSULT", ["Joe Biden", "European Union"],
              "2021-12-07", "context", "occurred", "Biden hatte sich bereits am Montag"),
            E("Biden to call Zelensky on Thursday", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"], "2021-12-09",
              "text", "planned", "Am Donnerstag will er"),
            E("Scholz: whoever violates borders must pay a high price", "THREATEN", ["Olaf Scholz"], "2021-12-08",
              "context", "occurred", "Der neue Regierungschef sagte"),
        ],
        [
            S("Joe Biden, via White House", "The US and its allies would respond with strong economic and other "
              "measures if Russia escalates", "2021-12-07", "text", "Sollte Russland militärisch eskalieren"),
            S("Vladimir Putin", "Demands legally binding guarantees that NATO will not expand east or station "
              "offensive weapons", "2021-12-07", "context", "Putin verlangte seinerseits"),
            S("Kremlin", "The call was an open and businesslike exchange", "2021-12-07", "context",
              "Der Kreml sprach von einem offenen"),
            S("Yuri Ushakov", "Both presidents agreed to have their representatives continue talks", "2021-12-07TEV",
              "text", "beide Präsidenten hätten vereinbart"),
            S("Yuri Ushakov", "Russia does not want to attack anyone; troop moves on its own territory are nobody's "
              "business", "2021-12-07TEV", "context", "Russland wolle niemanden angreifen"),
            S("Dmitry Peskov", "A personal meeting is not ruled out but it is premature to talk about it",
              "2021-12-08", "text", "schloss am Mittwoch ein persönliches Treffen"),
            S("United States", "Sullivan: Washington would move more troops to NATO's eastern members in case of an "
              "attack", "2021-12-08", "published", "zusätzliche Truppen in die östlichen Nato-Staaten"),
            S("United States", "Sullivan: Nord Stream 2 would then be at stake", "2021-12-08", "published",
              "Auch die Gasleitung Nord Stream 2"),
            S("United States", "US intelligence: about 100,000 Russian troops near the border, an offensive with up "
              "to 175,000 possible early next year", "2021-12-08", "published", "rund 100.000 Soldaten"),
            S("Olaf Scholz", "The inviolability of borders is a high good; whoever violates them must pay a high "
              "price", "2021-12-08", "context", "Der neue Regierungschef sagte"),
        ],
        ["Joe Biden", "Vladimir Putin", "White House", "Kremlin", "Yuri Ushakov", "Dmitry Peskov", "NATO", "Russia",
         "Ukraine", "United States", "Emmanuel Macron", "France", "Germany", "United Kingdom", "European Union",
         "Volodymyr Zelensky", "Olaf Scholz"],
    ),
    doc(
        "b98de02_vertragsentwuerfe_moskau_2021_12", "2021-12-23", DE02,
        [
            T("Freitag vergangener Woche", "DATE", "2021-12-17"),
            T("1997", "DATE", "1997"),
            T("2019", "DATE", "2019"),
            T("Dienstag", "DATE", "2021-12-21"),
            T("vergangenen Donnerstag", "DATE", "2021-12-16"),
            T("Mittwoch", "DATE", "2021-12-22"),
            T("Januar", "DATE", "2022-01"),
            T("monatelang", "DURATION", "PXM"),
        ],
        [
            E("Russia publishes draft treaties for the US and NATO", "REQUEST", ["Russia", "United States", "NATO"],
              "2021-12-17", "text", "occurred", "Am Freitag vergangener Woche veröffentlichte"),
            E("Russia demands NATO renounce further enlargement, Ukraine included, and deployments in new members",
              "REQUEST", ["Russia", "NATO", "Ukraine"], "2021-12-17", "context", "occurred",
              "Darin verlangt Russland"),
            E("Ryabkov: Moscow wants quick talks, preferably in Geneva, and an answer without delay", "REQUEST",
              ["Russia", "United States", "NATO"], "2021-12-17", "context", "occurred",
              "Vizeaußenminister Sergej Rjabkow"),
            E("Stoltenberg rejects a Russian say over membership", "REJECT", ["Jens Stoltenberg", "Russia"],
              "2021-12-17", "context", "occurred", "jedes Land habe das Recht",
              note="reaction to Friday's drafts; no day of its own"),
            E("Stoltenberg: NATO ready for talks with Russia, e.g. in the NATO–Russia Council", "AGREE",
              ["NATO", "Russia"], "2021-12-17", "context", "occurred", "Zu Gesprächen mit Russland sei das Bündnis"),
            E("White House calls some proposals unacceptable", "REJECT", ["White House", "Russia"], "2021-12-17",
              "context", "occurred", "Im Weißen Haus hieß es"),
            E("Putin announces military-technical measures if the West keeps its aggressive line", "THREATEN",
              ["Vladimir Putin"], "2021-12-21", "context", "occurred", "militärisch-technische Maßnahmen"),
            E("Shoigu accuses US mercenaries of preparing a chemical provocation in eastern Ukraine", "ACCUSE",
              ["Russia", "United States"], "2021-12-21", "context", "occurred", "Schoigu behauptete"),
            E("EU leaders threaten massive consequences for any further aggression against Ukraine", "THREATEN",
              ["European Union", "Russia"], "2021-12-16", "text", "occurred", "massive Konsequenzen"),
            E("Scholz and Macron meet Zelensky on the margins of the EU summit", "CONSULT",
              ["Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"], "2021-12-16", "context", "occurred",
              "Am Rande des Gipfels trafen"),
            E("Scholz, Macron and Zelensky agree to revive the Normandy format", "AGREE",
              ["Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"], "2021-12-16", "context", "occurred",
              "Am Rande des Gipfels trafen"),
            E("Zelensky asks the EU to impose sanctions before an attack", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2021-12-16", "context", "occurred",
              "Selenskyj forderte von der EU"),
            E("About 100,000 Russian troops at the Ukrainian border", "MOBILIZE", ["Russia", "Ukraine"], "2021-12-23",
              "published", "occurred", "Nach Angaben aus Washington",
              note="build-up with no date in the text (blind13)"),
            E("Peskov: negotiations must begin in January", "REQUEST", ["Dmitry Peskov", "United States", "NATO"],
              "2021-12-22", "text", "occurred", "Peskow sagte am Mittwoch"),
        ],
        [
            S("Russia", "The drafts demand that NATO renounce enlargement, Ukraine included, and deployments in "
              "members since 1997", "2021-12-17", "context", "Darin verlangt Russland"),
            S("Russia", "Ryabkov: Moscow wants quick talks, preferably in Geneva, and expects an answer without delay",
              "2021-12-17", "context", "Vizeaußenminister Sergej Rjabkow"),
            S("Jens Stoltenberg", "Every country may choose its path; only Ukraine and the 30 allies decide on "
              "membership", "2021-12-17", "context", "jedes Land habe das Recht"),
            S("Jens Stoltenberg", "The alliance is ready for talks with Russia, e.g. in the NATO–Russia Council",
              "2021-12-17", "context", "Zu Gesprächen mit Russland sei das Bündnis"),
            S("White House", "Some proposals are clearly unacceptable, also to Moscow itself", "2021-12-17",
              "context", "Im Weißen Haus hieß es"),
            S("Vladimir Putin", "Announces appropriate military-technical measures if the West continues its "
              "aggressive line", "2021-12-21", "context", "militärisch-technische Maßnahmen"),
            S("Vladimir Putin", "Russia has no more room to retreat", "2021-12-21", "context",
              "keinen Spielraum mehr"),
            S("Russia", "Shoigu: US mercenaries are preparing a chemical provocation in eastern Ukraine", "2021-12-21",
              "context", "Schoigu behauptete"),
            S("European Union", "Any further military aggression against Ukraine will have massive consequences and "
              "high costs", "2021-12-16", "text", "massive Konsequenzen"),
            S("Olaf Scholz", "Nord Stream 2 is a private-sector project", "2021-12-16", "context",
              "privatwirtschaftliches Vorhaben"),
            S("Volodymyr Zelensky", "The EU should impose sanctions before an attack, not after", "2021-12-16",
              "context", "Selenskyj forderte von der EU"),
            S("United States", "About 100,000 Russian soldiers stand at the Ukrainian border", "2021-12-23",
              "published", "Nach Angaben aus Washington"),
            S("Dmitry Peskov", "Negotiations must begin in January; Moscow will not be strung along for months",
              "2021-12-22", "text", "Peskow sagte am Mittwoch"),
        ],
        ["Russia", "United States", "NATO", "Ukraine", "Jens Stoltenberg", "White House", "Vladimir Putin",
         "European Union", "Olaf Scholz", "Germany", "Emmanuel Macron", "France", "Volodymyr Zelensky", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b98de03_osze_wien_kriegsgefahr_2022_01", "2022-01-14", DE03,
        [
            T("30 Jahren", "DURATION", "P30Y"),
            T("heute", "DATE", "2022-01-13", note="in Rau's quote, speech time Thursday 13 January"),
            T("den vergangenen 30 Jahren", "DURATION", "P30Y"),
            T("Jahresbeginn", "DATE", "2022", mod="START"),
            T("Donnerstag", "DATE", "2022-01-13"),
            T("dieser Woche", "DATE", "2022-W02"),
            T("Montag", "DATE", "2022-01-10"),
            T("fast acht Stunden", "DURATION", "PT8H", mod="APPROX"),
            T("Mittwoch", "DATE", "2022-01-12"),
            T("selben Tag", "DATE", "2022-01-13"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Freitag", "DATE", "2022-01-14", 0),
            T("Freitag", "DATE", "2022-01-14", 1),
            T("der Nacht auf Freitag", "TIME", "2022-01-13TNI", note="night to Friday 14 January"),
        ],
        [
            E("OSCE Permanent Council meets in Vienna under the Polish chair", "CONSULT",
              ["Poland", "United States", "Russia"], "2022-01-13", "text", "occurred",
              "Die Gefahr eines Krieges im OSZE-Raum"),
            E("Rau offers the OSCE as a venue for a new dialogue on European security", "REQUEST", ["Poland"],
              "2022-01-13", "context", "occurred", "Er bot an, die OSZE"),
            E("US–Russia talks in Geneva", "CONSULT", ["United States", "Russia"], "2022-01-10", "text",
              "occurred", "fast acht Stunden lang verhandelt"),
            E("NATO–Russia Council in Brussels", "CONSULT", ["Russia", "NATO"], "2022-01-12", "text", "occurred",
              "fast acht Stunden lang verhandelt"),
            E("No breakthrough in the week's talks", "REJECT", ["Russia", "United States", "NATO"], "2022-W02",
              "context", "occurred", "Einen Durchbruch gab es nirgends"),
            E("US ambassador Carpenter: the drums of war are loud, Moscow's tone has sharpened", "ACCUSE",
              ["United States", "Russia"], "2022-01-13", "context", "occurred", "Michael Carpenter"),
            E("Lukashevich demands constructive answers to Russia's proposals", "REQUEST",
              ["Russia", "United States", "NATO"], "2022-01-13", "context", "occurred", "Moment der Wahrheit"),
            E("Russia will take the necessary measures if the West is not ready", "THREATEN", ["Russia"],
              "2022-01-13", "context", "occurred", "Sei der Westen dazu nicht bereit"),
            E("Ryabkov sees no reason to meet the Americans again in the coming days", "REJECT",
              ["Russia", "United States"], "2022-01-13", "text", "occurred", "Vizeaußenminister Sergej Rjabkow"),
            E("Lavrov demands a written point-by-point answer from the US and NATO", "REQUEST",
              ["Sergey Lavrov", "United States", "NATO"], "2022-01-14", "context", "occurred",
              "eine schriftliche Antwort"),
            E("US accuses Moscow of positioning operatives for a false-flag operation", "ACCUSE",
              ["United States", "Russia"], "2022-01-14", "text", "occurred", "Die USA warfen Moskau am Freitag vor"),
            E("Kremlin rejects the false-flag charge as unfounded", "REJECT", ["Kremlin", "United States"],
              "2022-01-14", "context", "occurred", "Der Kreml wies das"),
            E("Cyberattack takes down dozens of Ukrainian government websites", "ASSAULT", ["Ukraine"],
              "2022-01-13TNI", "text", "occurred", "legte zudem ein Hackerangriff",
              note="attacker not named in the sentence"),
            E("Kyiv blames the cyberattack probably on Russia", "ACCUSE", ["Ukraine", "Russia"], "2022-01-14",
              "published", "occurred", "Kiew sprach von einem Angriff"),
        ],
        [
            S("Poland", "Rau: the danger of war in the OSCE area is greater than at any time in the past 30 years",
              "2022-01-13", "text", "Die Gefahr eines Krieges im OSZE-Raum"),
            S("Poland", "Rau offers the OSCE as a venue for a new dialogue on European security", "2022-01-13",
              "context", "Er bot an, die OSZE"),
            S("United States", "Carpenter: the drums of war are sounding loud and Moscow's tone has sharpened",
              "2022-01-13", "context", "Michael Carpenter"),
            S("Russia", "Lukashevich: a moment of truth; Russia wants constructive answers to its proposals",
              "2022-01-13", "context", "Moment der Wahrheit"),
            S("Russia", "Lukashevich: if the West is not ready, Russia will take the measures needed for its "
              "security", "2022-01-13", "context", "Sei der Westen dazu nicht bereit"),
            S("Russia", "Ryabkov sees no reason to meet the Americans again in the coming days", "2022-01-13",
              "text", "Vizeaußenminister Sergej Rjabkow"),
            S("Sergey Lavrov", "Russia is losing patience", "2022-01-14", "text", "Lawrow legte am Freitag nach"),
            S("Sergey Lavrov", "Moscow expects a written point-by-point answer from the US and NATO", "2022-01-14",
              "context", "eine schriftliche Antwort"),
            S("United States", "Moscow has positioned operatives for a false-flag operation in eastern Ukraine",
              "2022-01-14", "text", "Die USA warfen Moskau am Freitag vor"),
            S("Kremlin", "The charge is unfounded", "2022-01-14", "context", "Der Kreml wies das"),
            S("Ukraine", "Russia is probably behind the cyberattack", "2022-01-14", "published",
              "Kiew sprach von einem Angriff"),
        ],
        ["Poland", "Russia", "United States", "NATO", "Ukraine", "Sergey Lavrov", "Kremlin"],
    ),
    doc(
        "b98de04_putin_orban_johnson_kiew_2022_02", "2022-02-02", DE04,
        [
            T("Wochen", "DURATION", "PXW", 0),
            T("Dienstag", "DATE", "2022-02-01", 0),
            T("gut fünfstündigen", "DURATION", "PT5H", mod="APPROX"),
            T("diesen Wochen", "DATE", "PRESENT_REF"),
            T("selben Tag", "DATE", "2022-02-01"),
            T("Dienstag", "DATE", "2022-02-01", 1),
            T("drei Jahren", "DURATION", "P3Y"),
            T("Abend", "TIME", "2022-02-01TEV"),
            T("Montag", "DATE", "2022-01-31"),
            T("Jahre", "DURATION", "PXY"),
        ],
        [
            E("Putin: the US and NATO ignored Russia's fundamental concerns", "ACCUSE",
              ["Vladimir Putin", "United States", "NATO"], "2022-02-01", "text", "occurred",
              "hätten die grundlegenden Sorgen Russlands ignoriert"),
            E("Putin–Orbán meeting in the Kremlin", "CONSULT", ["Vladimir Putin", "Viktor Orbán"], "2022-02-01",
              "text", "occurred", "hätten die grundlegenden Sorgen Russlands ignoriert"),
            E("Putin hopes the dialogue with the West continues", "AGREE", ["Vladimir Putin", "United States", "NATO"],
              "2022-02-01", "context", "occurred", "Er hoffe dennoch"),
            E("Putin warns that Ukraine in NATO could drag Europe into a war with Russia", "REQUEST",
              ["Vladimir Putin", "NATO", "Ukraine"], "2022-02-01", "context", "occurred",
              "Putin warnte, eine Ukraine in der Nato"),
            E("Russia and Hungary agree on more Russian gas for Hungary", "AGREE", ["Vladimir Putin", "Viktor Orbán"],
              "2022-02-01", "context", "occurred", "Beide Seiten vereinbarten"),
            E("Johnson meets Zelensky in Kyiv", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"], "2022-02-01",
              "text", "occurred", "Am selben Tag war der britische Premierminister"),
            E("Johnson: Britain would respond to an invasion with tough sanctions", "THREATEN",
              ["United Kingdom", "Russia"], "2022-02-01", "context", "occurred", "Nach einem Treffen mit Präsident"),
            E("Morawiecki visits Kyiv", "CONSULT", ["Poland", "Ukraine"], "2022-02-01", "text", "occurred",
              "Mateusz Morawiecki"),
            E("Morawiecki offers weapons deliveries to Ukraine", "AID", ["Poland", "Ukraine"], "2022-02-01", "text",
              "planned", "Mateusz Morawiecki"),
            E("Zelensky announces enlarging the army by 100,000 soldiers within three years", "MOBILIZE",
              ["Volodymyr Zelensky", "Ukraine"], "2022-02-02", "published", "planned", "die Armee binnen drei Jahren",
              note="announcement without a day; the enlargement is to take three years"),
            E("Blinken–Lavrov phone call", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2022-02-01TEV", "text",
              "occurred", "Am Abend telefonierten"),
            E("Blinken demands an immediate withdrawal of Russian troops from the border", "REQUEST",
              ["Antony Blinken", "Russia"], "2022-02-01TEV", "context", "occurred", "einen sofortigen Abzug"),
            E("Lavrov accuses the US of pumping Ukraine full of weapons", "ACCUSE", ["Sergey Lavrov", "United States"],
              "2022-02-01TEV", "context", "occurred", "Lawrow warf den USA vor"),
            E("Lavrov again demands answers on indivisible security", "REQUEST", ["Sergey Lavrov", "United States"],
              "2022-02-01TEV", "context", "occurred", "Lawrow warf den USA vor"),
            E("US–Russia clash in the UN Security Council", "CONSULT", ["United States", "Russia", "United Nations"],
              "2022-01-31", "text", "occurred", "Bereits am Montag hatten sich"),
            E("Moscow fails to block the Security Council meeting", "REJECT", ["Russia", "United Nations"],
              "2022-01-31", "context", "occurred", "Bereits am Montag hatten sich"),
        ],
        [
            S("Vladimir Putin", "The US and NATO ignored Russia's fundamental concerns", "2022-02-01", "text",
              "hätten die grundlegenden Sorgen Russlands ignoriert"),
            S("Vladimir Putin", "Hopes the dialogue will continue", "2022-02-01", "context", "Er hoffe dennoch"),
            S("Vladimir Putin", "A Ukraine in NATO could try to retake Crimea by force and drag Europe into war with "
              "Russia", "2022-02-01", "context", "Putin warnte, eine Ukraine in der Nato"),
            S("Vladimir Putin", "Russia will study the written answers carefully", "2022-02-01", "context",
              "sorgfältig prüfen"),
            S("Viktor Orbán", "His visit is a peace mission", "2022-02-01", "context", "Friedensmission"),
            S("United Kingdom", "Johnson: an invasion would be a political, humanitarian and military disaster; "
              "Britain would answer with tough sanctions", "2022-02-01", "context", "Nach einem Treffen mit Präsident"),
            S("Volodymyr Zelensky", "The army will grow by 100,000 soldiers within three years", "2022-02-02",
              "published", "die Armee binnen drei Jahren"),
            S("Antony Blinken", "Demands an immediate withdrawal of Russian troops from the Ukrainian border",
              "2022-02-01TEV", "context", "einen sofortigen Abzug"),
            S("Sergey Lavrov", "The US is pumping Ukraine full of weapons; answers on indivisible security are "
              "needed", "2022-02-01TEV", "context", "Lawrow warf den USA vor"),
        ],
        ["Vladimir Putin", "Viktor Orbán", "United States", "NATO", "Russia", "Ukraine", "European Union",
         "United Kingdom", "Volodymyr Zelensky", "Poland", "Antony Blinken", "Sergey Lavrov", "United Nations"],
    ),
    doc(
        "b98de05_russische_antwort_ausweisung_2022_02", "2022-02-18", DE05,
        [
            T("Donnerstag", "DATE", "2022-02-17", 0),
            T("selben Tag", "DATE", "2022-02-17"),
            T("Donnerstag", "DATE", "2022-02-17", 1),
            T("den nächsten Tagen", "DATE", "FUTURE_REF"),
            T("Wochenbeginn", "DATE", "2022-W07", mod="START"),
            T("Donnerstagabend", "TIME", "2022-02-17TEV"),
            T("der kommenden Woche", "DATE", "2022-W08"),
            T("Freitag", "DATE", "2022-02-18"),
            T("Ende kommender Woche", "DATE", "2022-W08", mod="END"),
            T("Donnerstag", "DATE", "2022-02-17", 2),
            T("Mittwoch", "DATE", "2022-02-16"),
        ],
        [
            E("Russia's reply threatens military-technical measures without binding commitments", "THREATEN",
              ["Russia", "United States"], "2022-02-17", "text", "occurred", "heißt es in dem Schreiben"),
            E("Russia's reply rejects the US proposals as missing the core of its concerns", "REJECT",
              ["Russia", "United States"], "2022-02-17", "context", "occurred", "gingen aber am Kern"),
            E("Russia expels US deputy ambassador Bart Gorman", "SANCTION", ["Russia", "United States"],
              "2022-02-17", "text", "occurred", "Bart Gorman"),
            E("State Department calls the expulsion unprovoked", "ACCUSE", ["United States", "Russia"], "2022-02-17",
              "context", "occurred", "Das State Department nannte"),
            E("State Department announces a response to the expulsion", "THREATEN", ["United States", "Russia"],
              "2022-02-17", "context", "occurred", "Das State Department nannte"),
            E("Biden: a Russian attack could come in the next days", "ASSAULT", ["Russia", "Ukraine"], "FUTURE_REF",
              "vague", "uncertain", "die Gefahr eines russischen Angriffs"),
            E("Announced Russian troop withdrawal not visible", "RETREAT", ["Russia"], "2022-W07", "text",
              "uncertain", "Von einem Abzug russischer Truppen", date_mod="START"),
            E("Security Council meeting with Blinken in New York", "CONSULT",
              ["United Nations", "Antony Blinken", "Russia"], "2022-02-17TEV", "text", "occurred",
              "Im UN-Sicherheitsrat in New York"),
            E("Blinken accuses Russia of fabricating a pretext for an invasion", "ACCUSE", ["Antony Blinken", "Russia"],
              "2022-02-17TEV", "text", "occurred", "Im UN-Sicherheitsrat in New York"),
            E("Blinken proposes a meeting with Lavrov in Europe next week", "REQUEST",
              ["Antony Blinken", "Sergey Lavrov"], "2022-02-17TEV", "context", "occurred",
              "Er schlug seinem Kollegen"),
            E("Zakharova calls Blinken's appearance a show", "ACCUSE", ["Maria Zakharova", "Antony Blinken"],
              "2022-02-17", "context", "occurred", "Maria Sacharowa"),
            E("Moscow says Lavrov is ready to meet Blinken", "AGREE", ["Sergey Lavrov", "Antony Blinken"],
              "2022-02-18", "text", "occurred", "Lawrow sei zu einem Treffen"),
            E("Blinken–Lavrov meeting at the end of next week", "CONSULT", ["Antony Blinken", "Sergey Lavrov"],
              "2022-W08", "text", "planned", "Lawrow sei zu einem Treffen", date_mod="END"),
            E("Kindergarten in Stanytsia Luhanska hit by shells", "ASSAULT", ["Ukraine"], "2022-02-17", "text",
              "occurred", "Staniza Luhanska", note="attacker not named; both sides blame each other"),
            E("Ukrainian army and separatists blame each other", "ACCUSE", ["Ukraine"], "2022-02-17", "context",
              "occurred", "beschuldigten sich gegenseitig"),
            E("NATO defence ministers meet in Brussels", "CONSULT", ["NATO"], "2022-02-16", "text", "occurred",
              "Beim Treffen der Nato-Verteidigungsminister"),
            E("Stoltenberg: Russia keeps reinforcing instead of withdrawing", "ACCUSE", ["Jens Stoltenberg", "Russia"],
              "2022-02-16", "text", "occurred", "Beim Treffen der Nato-Verteidigungsminister"),
            E("Russia reinforces its troops", "MOBILIZE", ["Russia"], "2022-02-16", "context", "occurred",
              "Beim Treffen der Nato-Verteidigungsminister"),
            E("NATO considers extra battlegroups in Romania and the southeast", "MOBILIZE", ["NATO"], "2022-02-18",
              "published", "uncertain", "zusätzliche Kampfgruppen"),
            E("German Eurofighters secure Romanian airspace", "MOBILIZE", ["Germany", "NATO"], "2022-02-18",
              "published", "occurred", "Auch aus Wittmund"),
        ],
        [
            S("Russia", "Without binding commitments Russia will respond with military-technical measures",
              "2022-02-17", "text", "heißt es in dem Schreiben"),
            S("Russia", "Washington's arms-control proposals are significant but miss the core of Russia's concerns",
              "2022-02-17", "context", "gingen aber am Kern"),
            S("United States", "The expulsion is unprovoked; a response will follow", "2022-02-17", "context",
              "Das State Department nannte"),
            S("Joe Biden", "The danger of a Russian attack is very high; it could come in the next days",
              "2022-02-17", "text", "die Gefahr eines russischen Angriffs"),
            S("Joe Biden", "There is no sign of the announced Russian withdrawal", "2022-02-17", "context",
              "Von einem Abzug russischer Truppen"),
            S("Antony Blinken", "Russia is fabricating a pretext for an invasion", "2022-02-17TEV", "text",
              "Im UN-Sicherheitsrat in New York"),
            S("Antony Blinken", "Proposes meeting Lavrov in Europe next week", "2022-02-17TEV", "context",
              "Er schlug seinem Kollegen"),
            S("Maria Zakharova", "Blinken's appearance was a show", "2022-02-17", "context", "Maria Sacharowa"),
            S("Russia", "Lavrov is ready to meet at the end of next week", "2022-02-18", "text",
              "Lawrow sei zu einem Treffen"),
            S("Ukraine", "The separatists shelled the kindergarten", "2022-02-17", "context",
              "beschuldigten sich gegenseitig"),
            S("Volodymyr Zelensky", "The shelling is a big provocation", "2022-02-17", "context",
              "großen Provokation"),
            S("Jens Stoltenberg", "Russia keeps reinforcing its troops instead of withdrawing them", "2022-02-16",
              "text", "Beim Treffen der Nato-Verteidigungsminister"),
            S("Germany", "A spokesman of the Wittmund wing: the soldiers are well prepared", "2022-02-18",
              "published", "Unsere Soldatinnen und Soldaten"),
        ],
        ["Russia", "United States", "Joe Biden", "Antony Blinken", "Sergey Lavrov", "Maria Zakharova",
         "United Nations", "Ukraine", "Volodymyr Zelensky", "NATO", "Jens Stoltenberg", "Germany"],
    ),
    doc(
        "b98de06_eu_sanktionspaket_2022_02", "2022-02-23", DE06,
        [
            T("Mittwoch", "DATE", "2022-02-23", 0),
            T("Dienstagabend", "TIME", "2022-02-22TEV"),
            T("Dienstag", "DATE", "2022-02-22", 0),
            T("Mittwoch", "DATE", "2022-02-23", 1),
            T("Dienstag", "DATE", "2022-02-22", 1),
            T("Donnerstag", "DATE", "2022-02-24"),
            T("Mittwoch", "DATE", "2022-02-23", 2),
            T("30 Tage", "DURATION", "P30D"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("EU member states adopt the first sanctions package unanimously", "SANCTION",
              ["European Union", "Russia"], "2022-02-23", "text", "occurred", "Die 27 Mitgliedstaaten billigten"),
            E("EU foreign ministers reach political agreement on the package in Paris", "AGREE",
              ["European Union"], "2022-02-22TEV", "text", "occurred", "Die 27 Mitgliedstaaten billigten"),
            E("EU lists the 351 Duma deputies who voted for recognition and 27 persons and entities", "SANCTION",
              ["European Union", "Russia"], "2022-02-23", "context", "occurred", "alle 351 Abgeordneten"),
            E("EU restricts Russia's access to capital markets and bans trade with the breakaway areas", "SANCTION",
              ["European Union", "Russia"], "2022-02-23", "context", "occurred", "Kapitalmärkten beschränkt"),
            E("Borrell: further sanctions if Moscow expands its aggression", "THREATEN", ["European Union", "Russia"],
              "2022-02-23", "published", "occurred", "Weitere Sanktionen würden folgen"),
            E("Scholz halts the certification of Nord Stream 2", "SANCTION", ["Olaf Scholz", "Russia"], "2022-02-22",
              "text", "occurred", "Genehmigungsverfahren für die Gaspipeline"),
            E("Biden calls it the beginning of a Russian invasion", "ACCUSE", ["Joe Biden", "Russia"], "2022-02-23",
              "published", "occurred", "Beginn einer russischen Invasion",
              note="Biden spoke on 22 February; the text gives no day"),
            E("Biden sanctions two state banks and Russian sovereign debt", "SANCTION", ["Joe Biden", "Russia"],
              "2022-02-23", "published", "occurred", "Beginn einer russischen Invasion",
              note="announced on 22 February; the text gives no day"),
            E("US sanctions the Nord Stream 2 operating company", "SANCTION", ["United States", "Russia"],
              "2022-02-23", "text", "occurred", "Betreibergesellschaft von Nord Stream 2"),
            E("Britain freezes the assets of five banks and three oligarchs", "SANCTION",
              ["United Kingdom", "Russia"], "2022-02-23", "published", "occurred", "fünf Banken und drei Oligarchen",
              note="announced on 22 February; the text gives no day"),
            E("Federation Council authorises Putin to use the armed forces abroad", "MOBILIZE",
              ["Russia", "Vladimir Putin"], "2022-02-22", "text", "occurred", "Der Föderationsrat"),
            E("Lavrov–Blinken meeting in Geneva cancelled", "CONSULT", ["Sergey Lavrov", "Antony Blinken"],
              "2022-02-24", "text", "cancelled", "Das geplante Treffen"),
            E("Kyiv recalls its chargé d'affaires from Moscow", "SANCTION", ["Ukraine", "Russia"], "2022-02-23",
              "published", "occurred", "Geschäftsträger"),
        ],
        [
            S("European Union", "Borrell: this package will hurt Russia a lot", "2022-02-23", "published",
              "Dieses Paket wird Russland"),
            S("European Union", "Borrell: further sanctions will follow if Moscow expands its aggression",
              "2022-02-23", "published", "Weitere Sanktionen würden folgen"),
            S("Joe Biden", "This is the beginning of a Russian invasion", "2022-02-23", "published",
              "Beginn einer russischen Invasion"),
            S("Maria Zakharova", "Sanctions will not stop Russia", "2022-02-23", "published",
              "Sanktionen würden Russland nicht aufhalten"),
            S("Volodymyr Zelensky", "Ukraine does not want war but will defend itself", "2022-02-23", "published",
              "die Ukraine wolle keinen Krieg"),
        ],
        ["European Union", "Russia", "Ukraine", "Olaf Scholz", "Germany", "Joe Biden", "United States",
         "United Kingdom", "Maria Zakharova", "Vladimir Putin", "Sergey Lavrov", "Antony Blinken",
         "Volodymyr Zelensky"],
    ),
]
