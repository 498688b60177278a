"""German articles of the blind54 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b54de01 (IPG-Journal, Analyse)
DE01 = """
Ein Korea für die Ukraine?

Washington bringt ein Modell ins Spiel, das seit 73 Jahren hält, aber nie Frieden gebracht hat.
Was eine Waffenstillstandslinie leisten könnte – und was nicht.

Am Montag hat US-Außenminister Marco Rubio nach einem Treffen mit seinem ukrainischen Amtskollegen Andrij Sybiha in Washington erstmals öffentlich von einer „Waffenstillstandslinie nach koreanischem Vorbild“ gesprochen.
Die Linie solle entlang der heutigen Front verlaufen, von einer entmilitarisierten Zone gesäumt und international überwacht werden, sagte Rubio; über den Status der besetzten Gebiete werde erst danach verhandelt.
Sybiha warnte, eine Linie ohne Sicherheitsgarantien sei „keine Lösung, sondern eine Pause bis zum nächsten Angriff“.
Kremlsprecher Dmitri Peskow nannte die Idee am Dienstag „interessant“, bestand aber darauf, dass die ukrainischen Truppen zuvor das Gebiet Donezk räumen.

Das Vorbild ist alt.
Am 27. Juli 1953 unterzeichneten in Panmunjom Vertreter des UN-Kommandos, Nordkoreas und der chinesischen „Volksfreiwilligen“ ein Waffenstillstandsabkommen, das drei Jahre Krieg beendete.
Einen Friedensvertrag haben die Kriegsparteien nie geschlossen, und die vier Kilometer breite entmilitarisierte Zone gilt als eine der am stärksten befestigten Grenzen der Welt.
Dass sie hält, liegt vor allem an den rund 28.500 US-Soldaten in Südkorea, deren Abzug sich kein Präsident in Seoul je gewünscht hat.

Genau diese Rückversicherung fehlte der Ukraine bei allen Anläufen seit 2014.
Die Minsker Vereinbarungen vom September 2014 und vom Februar 2015 legten Trennlinien fest, überließen ihre Überwachung aber einer unbewaffneten OSZE-Mission, deren Mandat Russland im März 2022 nicht mehr verlängerte.
In Istanbul bot Kiew Ende März 2022 an, auf einen Nato-Beitritt zu verzichten, wenn eine Gruppe von Garantiestaaten im Angriffsfall militärisch beistehe.
Über den Kreis dieser Staaten wurden sich die Delegationen nie einig.

Auch 2025 stand eine solche Linie mehrfach im Raum.
Beim Gipfel mit US-Präsident Donald Trump in Anchorage im August bot Kremlchef Wladimir Putin nach übereinstimmenden Berichten an, die Front in den Gebieten Saporischschja und Cherson einzufrieren, wenn Kiew dafür den Rest des Donbass abgebe.
Im Oktober forderte Trump beide Seiten auf, dort „stehen zu bleiben, wo sie sind“, und die europäischen Regierungen stellten sich hinter den Vorschlag, die Kontaktlinie zum Ausgangspunkt von Verhandlungen zu machen.
Im Dezember boten die USA in Berlin Garantien „ähnlich Artikel 5“ des Nato-Vertrags an.

Neu an Rubios Vorstoß ist die Reihenfolge: erst die Linie, dann die Garantien, am Ende die Gebietsfrage.
Bundeskanzler Friedrich Merz sagte am Dienstag, Deutschland sei bereit, sich an der Überwachung einer solchen Linie zu beteiligen, „aber nicht an ihrer Erfindung über die Köpfe der Ukrainer hinweg“.
Präsident Wolodymyr Selenskyj will am Wochenende beim Treffen der Koalition der Willigen in Rom darüber beraten.
Die Kernfrage bleibt, wer eine solche Linie schützt, wenn Moskau sie bricht.
In Korea war es die Gewissheit, dass Washington nicht abziehen würde; für die Ukraine gibt es diese Gewissheit nicht.

Die Autorin ist Referentin für Osteuropa der Friedrich-Ebert-Stiftung in Berlin.
"""

# ---------------------------------------------------------------- b54de02 (Internationale Politik, Interview)
DE02 = """
„Wir verhandeln nicht über Landkarten, sondern über Menschen“

Serhij Kyslyzja ist Erster Vizeaußenminister der Ukraine und sitzt seit dem Frühjahr 2025 für Kiew am Verhandlungstisch, in Istanbul ebenso wie in Abu Dhabi und Genf.
Am Rande von Konsultationen im Auswärtigen Amt sprach er am Montag in Berlin mit IP über die festgefahrenen Gespräche, den Austausch von Gefangenen und die Frage, was Sicherheitsgarantien wert sind.

IP: Herr Kyslyzja, die dritte Runde der Gespräche zwischen der Ukraine, Russland und den USA ist Ende Februar in Genf ohne Einigung zu Ende gegangen.
Woran ist sie gescheitert?

Kyslyzja: Sie ist nicht gescheitert, sie ist steckengeblieben.
Die russische Delegation hat in Genf erneut verlangt, dass wir unsere Truppen aus den Teilen des Gebiets Donezk abziehen, die Russland in vier Jahren nicht erobern konnte.
Darüber wird kein ukrainischer Präsident verhandeln.
Was wir erreicht haben, ist eine Arbeitsgruppe für humanitäre Fragen, die sich schon in der kommenden Woche in Abu Dhabi trifft.

IP: Im Januar saßen erstmals Vertreter aller drei Staaten an einem Tisch.
Was hat sich seitdem verändert?

Kyslyzja: Wir reden über konkrete Dinge.
Seit Januar sind rund 1400 Gefangene auf jeder Seite freigekommen, zuletzt 300 gegen 300 am vergangenen Donnerstag.
Aber allein in der Nacht zum Montag hat Russland mehr als 150 Drohnen auf unsere Städte geschickt.
Solange das so ist, ist das kein Friedensprozess, sondern ein Verwaltungsvorgang.

IP: Präsident Trump hat vergangene Woche erklärt, er verliere „langsam die Geduld“ mit beiden Seiten, und Washington drängt auf einen Abschluss bis zum Sommer.
Wie groß ist der Druck?

Kyslyzja: Wir verstehen die Ungeduld, wir teilen sie sogar.
Aber ein schlechter Frieden bis Juli wäre nur eine Pause bis zum nächsten Krieg; das haben wir mit den Minsker Vereinbarungen von 2014 und 2015 gelernt.
Wir brauchen Garantien, die auch dann gelten, wenn in Washington oder Moskau jemand anderes regiert.

IP: Im Dezember haben die USA in Berlin Garantien „ähnlich dem Nato-Artikel 5“ angeboten.
Reicht das nicht?

Kyslyzja: Es ist ein Anfang.
Aber der Text liegt seit drei Monaten beim US-Senat, und niemand kann mir sagen, wann er abstimmt.
Deshalb bitten wir die Bundesregierung und die anderen Europäer, eigene Zusagen verbindlich zu machen.
Deutschland hat in den vergangenen Jahren mehr getan, als man 2022 für möglich gehalten hätte, und dafür sind wir dankbar.

IP: Moskau hat zuletzt angeboten, den Austausch auf „alle gegen alle“ auszuweiten, wenn Kiew auf Angriffe gegen russische Raffinerien verzichtet.
Ist das ein Angebot?

Kyslyzja: Es ist Erpressung.
Den Austausch aller gegen alle haben wir schon im Mai 2025 in Istanbul vorgeschlagen, und Russland hat ihn damals abgelehnt.

IP: Wann rechnen Sie mit einem Treffen der Präsidenten?

Kyslyzja: Präsident Selenskyj ist bereit, Wladimir Putin zu treffen, ob in Istanbul, in Genf oder im Vatikan.
Dass der Kreml ihn nur in Moskau empfangen will, zeigt, dass Putin kein Treffen sucht, sondern eine Kapitulation.
Wir verhandeln nicht über Landkarten, sondern über Menschen.

Das Gespräch führte Jana Hoffmann.
"""

# ---------------------------------------------------------------- b54de03 (Wiesbadener Kurier, Chronologie)
DE03 = """
Das Treffen, das es nie gab: Putin und Selenskyj – eine Chronologie

Wiesbaden/Moskau. Vier Jahre lang war ein Treffen zwischen Wladimir Putin und Wolodymyr Selenskyj die Fata Morgana der Ukraine-Diplomatie.
Am Mittwoch hat Kremlberater Juri Uschakow erstmals bestätigt, dass Experten beider Seiten derzeit „mögliche Parameter“ eines solchen Gipfels besprechen.
Der türkische Präsident Recep Tayyip Erdoğan bot am Abend Istanbul als Ort an und sprach von einem Termin im Juni.
Ob es dazu kommt, ist offen, denn zu oft wurde ein solches Treffen schon angekündigt und wieder verworfen – eine Chronologie.

29. März 2022: Nach Gesprächen im Istanbuler Dolmabahçe-Palast sagt der ukrainische Unterhändler David Arachamija, die Fortschritte reichten aus, um ein Treffen der Präsidenten vorzubereiten.
Russlands Verhandlungsführer Wladimir Medinski erklärt, ein Gipfel sei erst möglich, wenn ein Vertrag unterschriftsreif sei.

4. Oktober 2022: Wenige Tage nach der Annexion von vier ukrainischen Gebieten erklärt Selenskyj per Dekret Verhandlungen mit Putin für unmöglich.

11. Mai 2025: Putin schlägt direkte Verhandlungen in Istanbul vor.
Selenskyj antwortet, er werde am 15. Mai „persönlich“ in der Türkei auf Putin warten.

15. und 16. Mai 2025: Putin bleibt Istanbul fern und schickt Medinski.
Selenskyj trifft in Ankara Erdoğan, in Istanbul verhandeln die Delegationen am Folgetag erstmals seit 2022 wieder direkt.

18. August 2025: Nach einem Treffen mit Selenskyj und europäischen Regierungschefs im Weißen Haus telefoniert US-Präsident Donald Trump mit Putin.
Danach kündigt er an, ein Treffen zwischen Putin und Selenskyj vorzubereiten, dem ein Dreiergipfel folgen solle.
Uschakow spricht lediglich von der Möglichkeit, die Ebene der Delegationen „anzuheben“.

3. September 2025: Putin lädt Selenskyj in Peking nach Moskau ein, „wenn er bereit ist“.
Außenminister Andrij Sybiha nennt die Einladung „inakzeptabel“.

23. Januar 2026: In Abu Dhabi verhandeln erstmals Vertreter der USA, Russlands und der Ukraine gemeinsam, ein Präsidententreffen steht nicht auf der Tagesordnung.

14. April 2026: Selenskyj schlägt vor, Putin „auf neutralem Boden“ zu treffen, sobald eine Waffenruhe gilt.
Der Kreml besteht weiter auf Moskau als Ort.

In Wiesbaden, wo seit 2022 mehr als 3000 Geflüchtete aus der Ukraine leben, verfolgt die ukrainische Gemeinde die Nachrichten mit gemischten Gefühlen.
"""

# ---------------------------------------------------------------- b54de04 (Ruhr Nachrichten, Fragen und Antworten)
DE04 = """
Putin zeigt den Afrikanern einen Vertrag: Fragen und Antworten zum Istanbuler Entwurf

St. Petersburg/Dortmund. Es war der überraschendste Moment einer ohnehin ungewöhnlichen Friedensmission: Kremlchef Wladimir Putin hielt am Samstag vor einer Delegation afrikanischer Staats- und Regierungschefs eine dicke Mappe in die Höhe.
Darin liege der Entwurf eines Vertrags über die „dauerhafte Neutralität“ der Ukraine, den Kiews Unterhändler im Frühjahr 2022 in Istanbul paraphiert hätten, sagte Putin.
Was es mit dem Papier auf sich hat – die wichtigsten Fragen und Antworten.

Was ist am Wochenende passiert?

Putin empfing im Konstantinpalast bei St. Petersburg die Präsidenten Südafrikas, Senegals, Sambias und der Komoren sowie Vertreter Ägyptens, Ugandas und der Republik Kongo.
Südafrikas Präsident Cyril Ramaphosa stellte einen Zehn-Punkte-Plan vor, der unter anderem eine Deeskalation, die Rückkehr verschleppter Kinder und einen Austausch von Gefangenen vorsieht.
Putin hielt dem entgegen, nicht Russland, sondern die Ukraine verweigere Gespräche, und präsentierte die Mappe mit 18 Artikeln und mehreren Anhängen.

Was soll in dem Entwurf stehen?

Nach Putins Darstellung sah der Text eine dauerhaft neutrale Ukraine vor, deren Sicherheit mehrere Staaten garantieren sollten, dazu Obergrenzen für die ukrainische Armee bis hin zur Zahl der Panzer.
Nachdem Russland Ende März 2022 wie vereinbart seine Truppen aus der Umgebung von Kiew abgezogen habe, habe die Ukraine den Vertrag „in den Mülleimer der Geschichte geworfen“, sagte er.

Was sagt Kiew dazu?

Präsidentenberater Mychajlo Podoljak erklärte am Sonntag, es habe nie einen unterschriftsreifen Vertrag gegeben, sondern nur Entwürfe, in die Moskau immer neue Forderungen geschrieben habe.
Präsident Wolodymyr Selenskyj hatte der afrikanischen Delegation am Freitag in Kiew gesagt, Verhandlungen seien erst nach einem vollständigen Abzug der russischen Truppen möglich, ein Einfrieren des Konflikts lehne er ab.
Während des Besuchs hatte Russland die ukrainische Hauptstadt mit Raketen angegriffen.

Was geschah damals in Istanbul?

Am 29. März 2022 trafen sich die Delegationen im Dolmabahçe-Palast, wo die Ukraine schriftlich anbot, neutral zu bleiben, wenn ein Kreis von Staaten ihre Sicherheit garantiere.
Für die Krim schlug Kiew eine Frist von 15 Jahren für Gespräche vor.
Der russische Chefunterhändler Wladimir Medinski sprach damals von einem „konstruktiven“ Treffen.
Wenige Tage später wurden die Gräueltaten von Butscha bekannt, im Mai kamen die Gespräche zum Erliegen.

Warum macht Putin den Entwurf jetzt öffentlich?

Seit Anfang Juni läuft die ukrainische Gegenoffensive, und Moskau will sich vor dem Globalen Süden als verhandlungsbereit präsentieren.
Kremlsprecher Dmitri Peskow sagte am Montag, die afrikanische Initiative sei „sehr schwer umzusetzen“, Russland bleibe aber für Kontakte offen.
Die afrikanischen Staaten wollen Ende Juli beim Russland-Afrika-Gipfel in St. Petersburg nachhaken.

In Dortmund lädt die Auslandsgesellschaft für Donnerstag zu einer Diskussion über die Friedensinitiativen ein.
"""

# ---------------------------------------------------------------- b54de05 (Straubinger Tagblatt, Hintergrund)
DE05 = """
Hintergrund: Warum Scholz trotz allem mit Putin telefoniert

Berlin/Straubing. Anderthalb Stunden haben Bundeskanzler Olaf Scholz und Kremlchef Wladimir Putin am Dienstag miteinander telefoniert, so lange wie seit Monaten nicht.
Nach Angaben von Regierungssprecher Steffen Hebestreit drängte Scholz auf eine diplomatische Lösung „so rasch wie möglich“, die auf einem Waffenstillstand, einem vollständigen Rückzug der russischen Truppen und der Achtung der territorialen Integrität der Ukraine beruhen müsse.
Zudem forderte der Kanzler, die Sicherheit des Atomkraftwerks Saporischschja zu gewährleisten und die Empfehlungen der Internationalen Atomenergiebehörde umzusetzen.

Der Kreml gab das Gespräch deutlich anders wieder.
Putin habe auf „grobe Verstöße“ Kiews gegen das humanitäre Völkerrecht und auf den Beschuss des Kraftwerks durch ukrainische Truppen hingewiesen, hieß es in Moskau.
Die Schuld an den Problemen bei den Gaslieferungen gab er den westlichen Sanktionen.
Seit Ende August fließt kein Gas mehr durch die Ostseepipeline Nord Stream 1, der Staatskonzern Gazprom nennt technische Gründe.

Scholz hat seit Kriegsbeginn immer wieder mit Putin gesprochen, Mitte Mai allein 75 Minuten, Ende Mai gemeinsam mit dem französischen Präsidenten Emmanuel Macron.
Persönlich getroffen hatte er den Kremlchef zuletzt am 15. Februar in Moskau, neun Tage vor dem Einmarsch, an jenem langen weißen Tisch, der zum Sinnbild der gescheiterten Vorkriegsdiplomatie wurde.
Putin hatte ihm damals versichert, Russland wolle keinen Krieg.
Macron, der am Sonntag ebenfalls mit Putin telefonierte, setzt vor allem auf das Atomkraftwerk als Gesprächsthema.

In Kiew stößt die Telefondiplomatie des Kanzlers auf Unverständnis.
Präsidentenberater Mychajlo Podoljak schrieb am Mittwoch, Gespräche mit Putin seien sinnlos, solange russische Raketen ukrainische Städte träfen, Deutschland solle lieber Kampfpanzer liefern.
Scholz verteidigte sich am selben Tag in Berlin: Man müsse Putin die Haltung des Westens „unmissverständlich“ klarmachen, zumal die russische Armee derzeit unter Druck gerate.
Ukrainische Truppen haben bei Charkiw seit Anfang September Tausende Quadratkilometer zurückerobert.

Der Kanzler will in der kommenden Woche vor der UN-Vollversammlung in New York sprechen.
Ein weiteres Telefonat mit Putin sei derzeit nicht geplant, hieß es in Regierungskreisen.
In Niederbayern verfolgen vor allem energieintensive Betriebe die Gespräche aufmerksam, viele haben ihre Anlagen bereits auf Öl umgestellt.
"""

# ---------------------------------------------------------------- b54de06 (WOZ Die Wochenzeitung, Hintergrund)
DE06 = """
Ukraine: Verhandeln, aber worüber?

Zum Jahresende reden plötzlich alle von Gesprächen.
Ein Blick auf die Angebote aus Moskau und Kiew zeigt, warum 2023 trotzdem kaum mit Verhandlungen beginnen dürfte.

Wladimir Putin gab sich am Weihnachtstag versöhnlich.
Russland sei bereit, mit allen Beteiligten über «annehmbare Lösungen» zu verhandeln, sagte der russische Präsident im Staatsfernsehen; es seien die anderen, die sich weigerten.
Drei Tage zuvor hatte er den Krieg erstmals öffentlich als «Krieg» bezeichnet und gesagt, es gehe darum, ihn zu beenden.

Am Montag legte der ukrainische Aussenminister Dmytro Kuleba nach: Kiew wolle bis Ende Februar einen «Friedensgipfel» abhalten, am liebsten bei der Uno und mit Generalsekretär António Guterres als Vermittler.
Russland könne allerdings nur teilnehmen, wenn es sich zuvor vor einem internationalen Tribunal verantwortet habe.
Am selben Tag bat Präsident Wolodymyr Selenskyj den indischen Premierminister Narendra Modi in einem Telefonat um Unterstützung für seine Friedensformel, deren zehn Punkte er Mitte November am G20-Gipfel auf Bali vorgestellt hatte.

Die Antwort aus Moskau kam prompt.
Aussenminister Sergei Lawrow sagte am Dienstag, Kiew müsse die russischen Forderungen nach «Entmilitarisierung und Entnazifizierung» erfüllen, «sonst wird die russische Armee die Frage entscheiden».
Kremlsprecher Dmitri Peskow ergänzte am Mittwoch, ein Friedensplan ohne Berücksichtigung der «neuen Realitäten» sei undenkbar – gemeint sind die vier ukrainischen Gebiete, die Russland Ende September annektiert hat.

Direkt verhandelt haben die beiden Seiten seit dem Frühjahr nicht mehr.
Ende März waren sich die Delegationen in Istanbul nahegekommen: Die Ukraine bot an, neutral zu bleiben, wenn andere Staaten ihre Sicherheit garantierten.
Anfang Oktober schloss Selenskyj per Dekret Verhandlungen mit Putin aus.

Auch im Westen ist der Ton vorsichtig.
Bundeskanzler Olaf Scholz forderte Anfang Dezember in einem Telefonat mit Putin erneut einen Rückzug der russischen Truppen.
US-Präsident Joe Biden sagte Selenskyj bei dessen Besuch in Washington vergangene Woche eine Patriot-Batterie zu.
Der französische Präsident Emmanuel Macron wiederum erntete in Kiew und im Baltikum scharfe Kritik, weil er Anfang Dezember angeregt hatte, bei einer neuen Sicherheitsordnung in Europa auch Garantien für Russland mitzudenken.

Bundesrat Ignazio Cassis wiederholte derweil das Angebot der Schweiz, Gespräche in Genf auszurichten.
Doch solange Moskau die annektierten Gebiete für unverhandelbar erklärt und Kiew ihre Rückgabe zur Bedingung macht, gibt es wenig, worüber man reden könnte, ausser über Gefangene.
Beide Seiten dürften den Winter nutzen, um ihre Lage auf dem Schlachtfeld zu verbessern.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b54de01_korea_linie_analyse_2026_06", "2026-06-10", DE01,
        [
            T("73 Jahren", "DURATION", "P73Y"),
            T("Montag", "DATE", "2026-06-08"),
            T("Dienstag", "DATE", "2026-06-09", 0),
            T("27. Juli 1953", "DATE", "1953-07-27"),
            T("drei Jahre", "DURATION", "P3Y"),
            T("2014", "DATE", "2014", 0),
            T("September 2014", "DATE", "2014-09"),
            T("Februar 2015", "DATE", "2015-02"),
            T("März 2022", "DATE", "2022-03", 0),
            T("Ende März 2022", "DATE", "2022-03", mod="END"),
            T("2025", "DATE", "2025"),
            T("August", "DATE", "2025-08"),
            T("Oktober", "DATE", "2025-10"),
            T("Dezember", "DATE", "2025-12"),
            T("Dienstag", "DATE", "2026-06-09", 1),
            T("Wochenende", "DATE", "2026-W24-WE", note="the coming weekend, 13-14 June 2026"),
        ],
        [
            E("Rubio meets Ukrainian foreign minister Sybiha in Washington", "CONSULT",
              ["Marco Rubio", "Andrii Sybiha"], "2026-06-08", "text", "occurred",
              "Am Montag hat US-Außenminister Marco Rubio"),
            E("Rubio floats a ceasefire line on the Korean model", "REQUEST", ["Marco Rubio", "Russia", "Ukraine"],
              "2026-06-08", "text", "occurred", "Am Montag hat US-Außenminister Marco Rubio"),
            E("Sybiha warns that a line without security guarantees would only be a pause", "REQUEST",
              ["Andrii Sybiha", "United States"], "2026-06-08", "context", "occurred", "Sybiha warnte"),
            E("Peskov insists Ukrainian troops must first leave the Donetsk region", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-06-09", "text", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("Korean War armistice signed at Panmunjom", "AGREE", ["United Nations", "China"], "1953-07-27", "text",
              "occurred", "Am 27. Juli 1953",
              note="UN Command, North Korea and the Chinese People's Volunteers; North Korea is not canonical"),
            E("First Minsk agreement", "AGREE", ["Ukraine", "Russia"], "2014-09", "text", "occurred",
              "Die Minsker Vereinbarungen"),
            E("Second Minsk agreement", "AGREE", ["Ukraine", "Russia"], "2015-02", "text", "occurred",
              "Die Minsker Vereinbarungen"),
            E("Russia does not extend the mandate of the OSCE monitoring mission", "REJECT", ["Russia"], "2022-03",
              "text", "occurred", "Die Minsker Vereinbarungen", note="the OSCE is not canonical"),
            E("Russia-Ukraine talks in Istanbul", "CONSULT", ["Ukraine", "Russia"], "2022-03", "text", "occurred",
              "In Istanbul bot Kiew", date_mod="END"),
            E("Kyiv offers to forgo NATO membership in return for guarantor states", "REQUEST",
              ["Ukraine", "Russia", "NATO"], "2022-03", "text", "occurred", "In Istanbul bot Kiew", date_mod="END"),
            E("The delegations never agree on the guarantor states", "REJECT", ["Ukraine", "Russia"], "2022-03",
              "context", "occurred", "Über den Kreis dieser Staaten", date_mod="END"),
            E("Trump-Putin summit in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "Beim Gipfel mit US-Präsident", note="15 August 2025"),
            E("Putin offers to freeze the front in Zaporizhzhia and Kherson if Kyiv gives up the rest of Donbas",
              "REQUEST", ["Vladimir Putin", "Ukraine"], "2025-08", "context", "occurred",
              "Beim Gipfel mit US-Präsident"),
            E("Trump calls on both sides to stop where they are", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2025-10", "text", "occurred", "Im Oktober forderte Trump"),
            E("European governments back the contact line as the starting point of negotiations", "SUPPORT",
              ["European Union", "Donald Trump"], "2025-10", "context", "occurred", "Im Oktober forderte Trump"),
            E("US offers guarantees similar to NATO's Article 5 in Berlin", "AGREE", ["United States", "Ukraine"],
              "2025-12", "text", "occurred", "Im Dezember boten die USA"),
            E("Merz: Germany ready to take part in monitoring such a line", "AGREE", ["Friedrich Merz", "Ukraine"],
              "2026-06-09", "text", "occurred", "Bundeskanzler Friedrich Merz sagte"),
            E("Merz warns against inventing the line over the Ukrainians' heads", "REQUEST",
              ["Friedrich Merz", "United States"], "2026-06-09", "text", "occurred",
              "Bundeskanzler Friedrich Merz sagte"),
            E("Zelensky to discuss the idea at the coalition of the willing meeting in Rome", "CONSULT",
              ["Volodymyr Zelensky"], "2026-W24-WE", "text", "planned", "will am Wochenende"),
        ],
        [
            S("Marco Rubio", "Speaks publicly of a ceasefire line on the Korean model", "2026-06-08", "text",
              "Am Montag hat US-Außenminister Marco Rubio"),
            S("Marco Rubio", "The line would follow the front with a monitored demilitarised zone; territory later",
              "2026-06-08", "context", "Die Linie solle entlang"),
            S("Andrii Sybiha", "A line without security guarantees is no solution but a pause until the next attack",
              "2026-06-08", "context", "Sybiha warnte"),
            S("Dmitry Peskov", "The idea is interesting, but Ukrainian troops must first leave Donetsk region",
              "2026-06-09", "text", "Kremlsprecher Dmitri Peskow nannte"),
            S("Friedrich Merz", "Germany is ready to help monitor such a line, but not to invent it over Ukraine's head",
              "2026-06-09", "text", "Bundeskanzler Friedrich Merz sagte"),
        ],
        ["United States", "Marco Rubio", "Andrii Sybiha", "Ukraine", "Kremlin", "Dmitry Peskov", "United Nations",
         "China", "Russia", "NATO", "Donald Trump", "Vladimir Putin", "European Union", "Friedrich Merz", "Germany",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b54de02_kyslyzja_interview_2026_03", "2026-03-12", DE02,
        [
            T("dem Frühjahr 2025", "DATE", "2025-SP"),
            T("Montag", "DATE", "2026-03-09", 0),
            T("Ende Februar", "DATE", "2026-02", mod="END"),
            T("vier Jahren", "DURATION", "P4Y"),
            T("der kommenden Woche", "DATE", "2026-W12", note="speech time: the interview on Monday 9 March"),
            T("Januar", "DATE", "2026-01", 0),
            T("Januar", "DATE", "2026-01", 1),
            T("zuletzt", "DATE", "PAST_REF", 0),
            T("vergangenen Donnerstag", "DATE", "2026-03-05", note="speech time: Monday 9 March"),
            T("der Nacht zum Montag", "TIME", "2026-03-08TNI", note="night of 8 to 9 March"),
            T("vergangene Woche", "DATE", "2026-W10"),
            T("Sommer", "DATE", "2026-SU"),
            T("Juli", "DATE", "2026-07"),
            T("2014", "DATE", "2014"),
            T("2015", "DATE", "2015"),
            T("Dezember", "DATE", "2025-12"),
            T("drei Monaten", "DURATION", "P3M"),
            T("den vergangenen Jahren", "DURATION", "PXY"),
            T("2022", "DATE", "2022"),
            T("zuletzt", "DATE", "PAST_REF", 1),
            T("Mai 2025", "DATE", "2025-05"),
        ],
        [
            E("Kyslytsya holds consultations at the German Foreign Office", "CONSULT", ["Ukraine", "Germany"],
              "2026-03-09", "text", "occurred", "Am Rande von Konsultationen"),
            E("Third round of Ukraine-Russia-US talks in Geneva", "CONSULT", ["Ukraine", "Russia", "United States"],
              "2026-02", "text", "occurred", "die dritte Runde der Gespräche", date_mod="END"),
            E("The Geneva round ends without agreement", "REJECT", ["Ukraine", "Russia"], "2026-02", "text",
              "occurred", "die dritte Runde der Gespräche", date_mod="END"),
            E("Russian delegation demands Ukraine withdraw from the rest of Donetsk region", "REQUEST",
              ["Russia", "Ukraine"], "2026-02", "context", "occurred", "Die russische Delegation hat in Genf",
              date_mod="END"),
            E("Kyslytsya: no Ukrainian president will negotiate on a withdrawal", "REJECT", ["Ukraine", "Russia"],
              "2026-03-09", "context", "occurred", "Darüber wird kein ukrainischer Präsident"),
            E("Geneva round sets up a humanitarian working group", "AGREE", ["Ukraine", "Russia", "United States"],
              "2026-02", "context", "occurred", "Was wir erreicht haben", date_mod="END"),
            E("Humanitarian working group to meet in Abu Dhabi", "CONSULT", ["Ukraine", "Russia", "United States"],
              "2026-W12", "text", "planned", "Was wir erreicht haben"),
            E("First talks of all three states at one table", "CONSULT", ["Ukraine", "Russia", "United States"],
              "2026-01", "text", "occurred", "Im Januar saßen"),
            E("About 1,400 prisoners per side freed since January", "CONCEDE", ["Russia", "Ukraine"], "2026-01",
              "text", "occurred", "Seit Januar sind rund", date_mod="START"),
            E("300-for-300 prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2026-03-05", "text", "occurred",
              "Seit Januar sind rund"),
            E("Russia launches more than 150 drones at Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2026-03-08TNI", "text", "occurred", "allein in der Nacht zum Montag"),
            E("Trump says he is slowly losing patience with both sides", "ACCUSE",
              ["Donald Trump", "Ukraine", "Russia"], "2026-W10", "text", "occurred",
              "Präsident Trump hat vergangene Woche"),
            E("Washington presses for a deal by the summer", "REQUEST", ["United States", "Ukraine", "Russia"],
              "2026-03-12", "published", "occurred", "Präsident Trump hat vergangene Woche"),
            E("Minsk agreement of 2014", "AGREE", ["Ukraine", "Russia"], "2014", "text", "occurred",
              "mit den Minsker Vereinbarungen"),
            E("Minsk agreement of 2015", "AGREE", ["Ukraine", "Russia"], "2015", "text", "occurred",
              "mit den Minsker Vereinbarungen"),
            E("Kyslytsya demands guarantees that outlast changes of government", "REQUEST",
              ["Ukraine", "United States"], "2026-03-09", "context", "occurred", "Wir brauchen Garantien"),
            E("US offers guarantees similar to NATO's Article 5 in Berlin", "AGREE", ["United States", "Ukraine"],
              "2025-12", "text", "occurred", "Im Dezember haben die USA"),
            E("Ukraine asks Germany and the other Europeans for binding commitments", "REQUEST",
              ["Ukraine", "Germany", "European Union"], "2026-03-09", "context", "occurred", "Deshalb bitten wir"),
            E("Kyslytsya thanks Germany", "SUPPORT", ["Ukraine", "Germany"], "2026-03-09", "context", "occurred",
              "Deutschland hat in den vergangenen Jahren"),
            E("Moscow offers an all-for-all exchange if Kyiv stops striking refineries", "REQUEST",
              ["Russia", "Ukraine"], "PAST_REF", "vague", "occurred", "Moskau hat zuletzt angeboten"),
            E("Kyslytsya calls the Russian offer blackmail", "ACCUSE", ["Ukraine", "Russia"], "2026-03-09", "context",
              "occurred", "Es ist Erpressung."),
            E("Ukraine proposes an all-for-all exchange in Istanbul", "REQUEST", ["Ukraine", "Russia"], "2025-05",
              "text", "occurred", "Den Austausch aller gegen alle"),
            E("Russia rejects the all-for-all exchange", "REJECT", ["Russia", "Ukraine"], "2025-05", "context",
              "occurred", "Den Austausch aller gegen alle"),
            E("Zelensky ready to meet Putin", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"], "2026-03-09",
              "context", "occurred", "Präsident Selenskyj ist bereit"),
            E("Kyslytsya: Putin seeks a capitulation, not a meeting", "ACCUSE", ["Ukraine", "Vladimir Putin"],
              "2026-03-09", "context", "occurred", "Dass der Kreml ihn"),
        ],
        [
            S("Ukraine", "Kyslytsya: the Geneva round did not fail, it got stuck", "2026-03-09", "context",
              "Sie ist nicht gescheitert"),
            S("Ukraine", "Russia again demanded withdrawal from the parts of Donetsk region it could not conquer",
              "2026-03-09", "context", "Die russische Delegation hat in Genf"),
            S("Ukraine", "No Ukrainian president will negotiate on that", "2026-03-09", "context",
              "Darüber wird kein ukrainischer Präsident"),
            S("Ukraine", "A humanitarian working group meets in Abu Dhabi next week", "2026-03-09", "context",
              "Was wir erreicht haben"),
            S("Ukraine", "About 1,400 prisoners per side freed since January, 300 for 300 last Thursday",
              "2026-03-09", "context", "Seit Januar sind rund"),
            S("Ukraine", "Russia sent more than 150 drones on the night to Monday", "2026-03-09", "context",
              "allein in der Nacht zum Montag"),
            S("Ukraine", "As long as that goes on, this is no peace process but an administrative procedure",
              "2026-03-09", "context", "Solange das so ist"),
            S("Donald Trump", "Is slowly losing patience with both sides", "2026-W10", "text",
              "Präsident Trump hat vergangene Woche"),
            S("Ukraine", "A bad peace by July would only be a pause before the next war, as Minsk showed",
              "2026-03-09", "context", "Aber ein schlechter Frieden"),
            S("Ukraine", "Guarantees must hold whoever governs in Washington or Moscow", "2026-03-09", "context",
              "Wir brauchen Garantien"),
            S("Ukraine", "The US guarantee text has been with the Senate for three months", "2026-03-09", "context",
              "Aber der Text liegt seit drei Monaten"),
            S("Ukraine", "Asks the German government and the other Europeans for binding commitments", "2026-03-09",
              "context", "Deshalb bitten wir"),
            S("Ukraine", "Germany has done more than anyone thought possible in 2022", "2026-03-09", "context",
              "Deutschland hat in den vergangenen Jahren"),
            S("Ukraine", "The Russian offer is blackmail", "2026-03-09", "context", "Es ist Erpressung."),
            S("Ukraine", "Ukraine proposed all-for-all in Istanbul in May 2025 and Russia refused", "2026-03-09",
              "context", "Den Austausch aller gegen alle"),
            S("Ukraine", "Zelensky is ready to meet Putin in Istanbul, Geneva or the Vatican", "2026-03-09",
              "context", "Präsident Selenskyj ist bereit"),
            S("Ukraine", "Insisting on Moscow shows that Putin seeks a capitulation, not a meeting", "2026-03-09",
              "context", "Dass der Kreml ihn"),
            S("Ukraine", "We negotiate about people, not maps", "2026-03-09", "context", "über Menschen."),
        ],
        ["Ukraine", "Germany", "Russia", "United States", "Donald Trump", "NATO", "European Union",
         "Volodymyr Zelensky", "Vladimir Putin", "Kremlin"],
    ),
    doc(
        "b54de03_chronologie_putin_selenskyj_2026_05", "2026-05-21", DE03,
        [
            T("Vier Jahre", "DURATION", "P4Y"),
            T("Mittwoch", "DATE", "2026-05-20"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Abend", "TIME", "2026-05-20TEV"),
            T("Juni", "DATE", "2026-06"),
            T("29. März 2022", "DATE", "2022-03-29"),
            T("4. Oktober 2022", "DATE", "2022-10-04"),
            T("11. Mai 2025", "DATE", "2025-05-11"),
            T("15. Mai", "DATE", "2025-05-15"),
            T("15.", "DATE", "2025-05-15", 1),
            T("16. Mai 2025", "DATE", "2025-05-16"),
            T("Folgetag", "DATE", "2025-05-16"),
            T("2022", "DATE", "2022", 2),
            T("18. August 2025", "DATE", "2025-08-18"),
            T("3. September 2025", "DATE", "2025-09-03"),
            T("23. Januar 2026", "DATE", "2026-01-23"),
            T("14. April 2026", "DATE", "2026-04-14"),
            T("2022", "DATE", "2022", 3),
        ],
        [
            E("Russian and Ukrainian experts discuss possible parameters of a Putin-Zelensky summit", "CONSULT",
              ["Russia", "Ukraine"], "PRESENT_REF", "vague", "occurred", "Am Mittwoch hat Kremlberater"),
            E("Erdoğan offers Istanbul as venue for a Putin-Zelensky meeting", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2026-05-20TEV", "text", "occurred",
              "bot am Abend Istanbul"),
            E("Possible Putin-Zelensky meeting in June", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2026-06", "text", "uncertain", "bot am Abend Istanbul"),
            E("Russia-Ukraine talks at the Dolmabahçe Palace", "CONSULT", ["Ukraine", "Russia"], "2022-03-29",
              "text", "occurred", "29. März 2022"),
            E("Medinsky: a summit only once a treaty is ready to sign", "REQUEST", ["Vladimir Medinsky", "Ukraine"],
              "2022-03-29", "context", "occurred", "Russlands Verhandlungsführer"),
            E("Zelensky rules out negotiations with Putin by decree", "REJECT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-10-04", "text", "occurred", "4. Oktober 2022"),
            E("Putin proposes direct negotiations in Istanbul", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-05-11", "text", "occurred", "11. Mai 2025"),
            E("Zelensky challenges Putin to meet him in Turkey", "REQUEST", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2025-05-11", "context", "occurred", "Selenskyj antwortet"),
            E("Putin stays away from Istanbul: no Putin-Zelensky meeting", "CONSULT",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2025-05-15", "text", "cancelled",
              "Putin bleibt Istanbul fern"),
            E("Zelensky meets Erdoğan in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-05-15", "context", "occurred", "Selenskyj trifft in Ankara"),
            E("First direct Russia-Ukraine talks since 2022 in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-16", "text", "occurred", "Selenskyj trifft in Ankara"),
            E("Trump meets Zelensky and European leaders at the White House", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-08-18", "text", "occurred",
              "18. August 2025"),
            E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-18", "text",
              "occurred", "18. August 2025"),
            E("Trump announces preparations for a Putin-Zelensky meeting and a trilateral summit", "AGREE",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2025-08-18", "context", "occurred",
              "Danach kündigt er an"),
            E("Putin invites Zelensky to Moscow", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"], "2025-09-03",
              "text", "occurred", "3. September 2025"),
            E("Sybiha rejects the invitation as unacceptable", "REJECT", ["Andrii Sybiha", "Vladimir Putin"],
              "2025-09-03", "context", "occurred", "Außenminister Andrij Sybiha nennt"),
            E("First trilateral US-Russia-Ukraine talks in Abu Dhabi", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-01-23", "text", "occurred", "23. Januar 2026"),
            E("Zelensky proposes meeting Putin on neutral ground once a ceasefire holds", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-04-14", "text", "occurred", "14. April 2026"),
            E("Kremlin insists on Moscow as venue", "REQUEST", ["Kremlin", "Volodymyr Zelensky"], "2026-04-14",
              "context", "occurred", "Der Kreml besteht weiter"),
        ],
        [
            S("Yuri Ushakov", "Experts of both sides are discussing possible parameters of a summit", "2026-05-20",
              "text", "Am Mittwoch hat Kremlberater"),
            S("Recep Tayyip Erdoğan", "Offers Istanbul and speaks of a date in June", "2026-05-20TEV", "text",
              "bot am Abend Istanbul"),
            S("Ukraine", "Arakhamia: the progress suffices to prepare a meeting of the presidents", "2022-03-29",
              "text", "29. März 2022"),
            S("Vladimir Medinsky", "A summit is possible only once a treaty is ready to sign", "2022-03-29",
              "context", "Russlands Verhandlungsführer"),
            S("Volodymyr Zelensky", "Will wait for Putin in Turkey in person on 15 May", "2025-05-11", "context",
              "Selenskyj antwortet"),
            S("Donald Trump", "Will prepare a Putin-Zelensky meeting, to be followed by a trilateral summit",
              "2025-08-18", "context", "Danach kündigt er an"),
            S("Yuri Ushakov", "Speaks only of raising the level of the delegations", "2025-08-18", "context",
              "Uschakow spricht lediglich"),
            S("Vladimir Putin", "Invites Zelensky to Moscow 'if he is ready'", "2025-09-03", "text",
              "3. September 2025"),
            S("Andrii Sybiha", "The invitation is unacceptable", "2025-09-03", "context",
              "Außenminister Andrij Sybiha nennt"),
            S("Volodymyr Zelensky", "Proposes meeting Putin on neutral ground once a ceasefire holds", "2026-04-14",
              "text", "14. April 2026"),
            S("Kremlin", "Insists on Moscow as venue", "2026-04-14", "context", "Der Kreml besteht weiter"),
        ],
        ["Vladimir Putin", "Volodymyr Zelensky", "Kremlin", "Yuri Ushakov", "Russia", "Ukraine",
         "Recep Tayyip Erdoğan", "Turkey", "Vladimir Medinsky", "Donald Trump", "United States", "European Union",
         "Andrii Sybiha"],
    ),
    doc(
        "b54de04_faq_istanbuler_entwurf_2023_06", "2023-06-19", DE04,
        [
            T("Samstag", "DATE", "2023-06-17"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("Wochenende", "DATE", "2023-W24-WE"),
            T("Ende März 2022", "DATE", "2022-03", mod="END"),
            T("Sonntag", "DATE", "2023-06-18"),
            T("Freitag", "DATE", "2023-06-16"),
            T("29. März 2022", "DATE", "2022-03-29"),
            T("15 Jahren", "DURATION", "P15Y"),
            T("Mai", "DATE", "2022-05"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Anfang Juni", "DATE", "2023-06", mod="START"),
            T("Montag", "DATE", "2023-06-19"),
            T("Ende Juli", "DATE", "2023-07", mod="END"),
            T("Donnerstag", "DATE", "2023-06-22"),
        ],
        [
            E("Kyiv's negotiators initialled a neutrality treaty in Istanbul, as Putin claims", "AGREE",
              ["Ukraine", "Russia"], "2022-SP", "text", "uncertain", "Darin liege der Entwurf",
              note="Putin's claim, disputed by Kyiv"),
            E("Putin receives the African peace delegation near St Petersburg", "CONSULT", ["Vladimir Putin"],
              "2023-06-17", "context", "occurred", "Putin empfing im Konstantinpalast",
              note="the African states are not canonical"),
            E("Ramaphosa presents the African ten-point plan", "REQUEST", ["Vladimir Putin"], "2023-06-17",
              "context", "occurred", "Südafrikas Präsident Cyril Ramaphosa"),
            E("Putin: Ukraine, not Russia, refuses talks", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2023-06-17",
              "context", "occurred", "Putin hielt dem entgegen"),
            E("Russia withdraws its troops from around Kyiv", "RETREAT", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "Nachdem Russland Ende März 2022", date_mod="END"),
            E("Putin: Ukraine threw the treaty into the dustbin of history", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2023-06-17", "context", "occurred", "Nachdem Russland Ende März 2022"),
            E("Podolyak: Moscow kept adding new demands to the drafts", "ACCUSE", ["Ukraine", "Russia"],
              "2023-06-18", "text", "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Zelensky receives the African delegation in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-06-16",
              "text", "occurred", "Präsident Wolodymyr Selenskyj hatte der afrikanischen Delegation"),
            E("Zelensky: negotiations only after a full Russian withdrawal", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2023-06-16", "context", "occurred",
              "Präsident Wolodymyr Selenskyj hatte der afrikanischen Delegation"),
            E("Zelensky rejects freezing the conflict", "REJECT", ["Volodymyr Zelensky", "Russia"], "2023-06-16",
              "context", "occurred", "Präsident Wolodymyr Selenskyj hatte der afrikanischen Delegation"),
            E("Russian missile attack on Kyiv during the African visit", "ASSAULT", ["Russia", "Ukraine"],
              "2023-06-16", "context", "occurred", "Während des Besuchs"),
            E("Russia-Ukraine talks at the Dolmabahçe Palace", "CONSULT", ["Ukraine", "Russia"], "2022-03-29",
              "text", "occurred", "Am 29. März 2022 trafen sich"),
            E("Ukraine offers neutrality in return for security guarantees", "REQUEST", ["Ukraine", "Russia"],
              "2022-03-29", "context", "occurred", "Am 29. März 2022 trafen sich"),
            E("Kyiv proposes fifteen years of talks on Crimea", "REQUEST", ["Ukraine", "Russia"], "2022-03-29",
              "context", "occurred", "Für die Krim schlug Kiew"),
            E("Ukrainian counter-offensive", "ASSAULT", ["Ukraine", "Russia"], "2023-06", "text", "occurred",
              "Seit Anfang Juni", date_mod="START"),
            E("Peskov: the African initiative is very hard to implement", "REJECT", ["Dmitry Peskov"], "2023-06-19",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Peskov: Russia remains open to contacts", "AGREE", ["Dmitry Peskov"], "2023-06-19", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Russia-Africa summit in St Petersburg", "CONSULT", ["Russia"], "2023-07", "text", "planned",
              "Die afrikanischen Staaten wollen", date_mod="END"),
        ],
        [
            S("Vladimir Putin", "The folder holds a neutrality treaty initialled by Kyiv's negotiators in 2022",
              "2023-06-17", "context", "Darin liege der Entwurf"),
            S("Vladimir Putin", "Ukraine, not Russia, refuses talks", "2023-06-17", "context",
              "Putin hielt dem entgegen"),
            S("Vladimir Putin", "The draft foresaw a neutral Ukraine, guarantees and caps on its army", "2023-06-17",
              "context", "Nach Putins Darstellung"),
            S("Vladimir Putin", "After Russia withdrew from around Kyiv, Ukraine threw the treaty away",
              "2023-06-17", "context", "Nachdem Russland Ende März 2022"),
            S("Ukraine", "Podolyak: there never was a treaty ready to sign, only drafts with ever new Russian demands",
              "2023-06-18", "text", "Präsidentenberater Mychajlo Podoljak"),
            S("Volodymyr Zelensky", "Negotiations only after a full Russian withdrawal; rejects a freeze",
              "2023-06-16", "text", "Präsident Wolodymyr Selenskyj hatte der afrikanischen Delegation"),
            S("Vladimir Medinsky", "The Istanbul meeting was constructive", "2022-03-29", "context",
              "Der russische Chefunterhändler"),
            S("Dmitry Peskov", "The African initiative is very hard to implement; Russia stays open to contacts",
              "2023-06-19", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        ],
        ["Kremlin", "Vladimir Putin", "Ukraine", "Russia", "Volodymyr Zelensky", "Vladimir Medinsky",
         "Dmitry Peskov"],
    ),
    doc(
        "b54de05_scholz_putin_telefonat_2022_09", "2022-09-14", DE05,
        [
            T("Anderthalb Stunden", "DURATION", "PT1H30M"),
            T("Dienstag", "DATE", "2022-09-13"),
            T("Monaten", "DURATION", "PXM"),
            T("Ende August", "DATE", "2022-08", mod="END"),
            T("Mitte Mai", "DATE", "2022-05", mod="MID"),
            T("75 Minuten", "DURATION", "PT75M"),
            T("Ende Mai", "DATE", "2022-05", mod="END"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("15. Februar", "DATE", "2022-02-15"),
            T("Sonntag", "DATE", "2022-09-11"),
            T("Mittwoch", "DATE", "2022-09-14"),
            T("selben Tag", "DATE", "2022-09-14"),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("Anfang September", "DATE", "2022-09", mod="START"),
            T("der kommenden Woche", "DATE", "2022-W38"),
            T("derzeit", "DATE", "PRESENT_REF", 1),
        ],
        [
            E("Scholz-Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-09-13", "text",
              "occurred", "Anderthalb Stunden"),
            E("Scholz urges a diplomatic solution based on ceasefire, full withdrawal and territorial integrity",
              "REQUEST", ["Olaf Scholz", "Vladimir Putin"], "2022-09-13", "context", "occurred", "drängte Scholz"),
            E("Scholz demands the safety of the Zaporizhzhia plant and implementation of the IAEA's recommendations",
              "REQUEST", ["Olaf Scholz", "Vladimir Putin", "IAEA"], "2022-09-13", "context", "occurred",
              "Zudem forderte der Kanzler"),
            E("Putin accuses Kyiv of gross violations of humanitarian law and of shelling the plant", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2022-09-13", "context", "occurred", "Putin habe auf"),
            E("Putin blames Western sanctions for the gas supply problems", "ACCUSE", ["Vladimir Putin"],
              "2022-09-13", "context", "occurred", "Die Schuld an den Problemen"),
            E("Gazprom stops gas deliveries through Nord Stream 1", "SANCTION", ["Russia", "Germany"], "2022-08",
              "text", "occurred", "Seit Ende August fließt", date_mod="END"),
            E("Scholz-Putin phone call of 75 minutes", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-05",
              "text", "occurred", "Scholz hat seit Kriegsbeginn", date_mod="MID"),
            E("Joint call of Scholz and Macron with Putin", "CONSULT",
              ["Olaf Scholz", "Emmanuel Macron", "Vladimir Putin"], "2022-05", "text", "occurred",
              "Scholz hat seit Kriegsbeginn", date_mod="END"),
            E("Scholz meets Putin in Moscow", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-02-15", "text",
              "occurred", "Persönlich getroffen"),
            E("Putin assures Scholz that Russia does not want war", "AGREE", ["Vladimir Putin", "Olaf Scholz"],
              "2022-02-15", "context", "occurred", "Putin hatte ihm damals versichert"),
            E("Macron-Putin phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"], "2022-09-11", "text",
              "occurred", "Macron, der am Sonntag"),
            E("Podolyak calls talks with Putin pointless", "ACCUSE", ["Ukraine", "Olaf Scholz"], "2022-09-14",
              "text", "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Podolyak: Germany should deliver battle tanks instead", "REQUEST", ["Ukraine", "Germany"],
              "2022-09-14", "text", "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Ukrainian counter-offensive near Kharkiv", "ASSAULT", ["Ukraine", "Russia"], "2022-09", "text",
              "occurred", "Ukrainische Truppen haben bei Charkiw", date_mod="START"),
        ],
        [
            S("Olaf Scholz, via Germany", "Urged a diplomatic solution based on ceasefire, full withdrawal and "
              "territorial integrity", "2022-09-13", "context", "drängte Scholz"),
            S("Olaf Scholz, via Germany", "Demanded the safety of the Zaporizhzhia plant and the IAEA's "
              "recommendations", "2022-09-13", "context", "Zudem forderte der Kanzler"),
            S("Kremlin", "Gave a markedly different account of the call", "2022-09-13", "context",
              "Der Kreml gab das Gespräch"),
            S("Vladimir Putin, via Kremlin", "Pointed to Kyiv's gross violations of humanitarian law and the "
              "shelling of the plant", "2022-09-13", "context", "Putin habe auf"),
            S("Vladimir Putin, via Kremlin", "Western sanctions are to blame for the gas supply problems",
              "2022-09-13", "context", "Die Schuld an den Problemen"),
            S("Russia", "Gazprom cites technical reasons for the Nord Stream 1 halt", "2022-09-14", "published",
              "Seit Ende August fließt"),
            S("Vladimir Putin", "Assured Scholz that Russia did not want war", "2022-02-15", "context",
              "Putin hatte ihm damals versichert"),
            S("Ukraine", "Podolyak: talks with Putin are pointless while missiles hit cities; Germany should "
              "deliver tanks", "2022-09-14", "text", "Präsidentenberater Mychajlo Podoljak"),
            S("Olaf Scholz", "Putin must be told the West's position unmistakably", "2022-09-14", "text",
              "Scholz verteidigte sich"),
            S("Germany", "No further call with Putin is planned at present", "2022-09-14", "published",
              "Ein weiteres Telefonat"),
        ],
        ["Germany", "Olaf Scholz", "Kremlin", "Vladimir Putin", "Russia", "Ukraine", "IAEA", "Emmanuel Macron",
         "France", "United Nations"],
    ),
    doc(
        "b54de06_jahresende_verhandlungen_2022_12", "2022-12-29", DE06,
        [
            T("Jahresende", "DATE", "2022", mod="END"),
            T("2023", "DATE", "2023"),
            T("Weihnachtstag", "DATE", "2022-12-25"),
            T("Drei Tage zuvor", "DATE", "2022-12-22"),
            T("Montag", "DATE", "2022-12-26"),
            T("Ende Februar", "DATE", "2023-02", mod="END"),
            T("selben Tag", "DATE", "2022-12-26"),
            T("Mitte November", "DATE", "2022-11", mod="MID"),
            T("Dienstag", "DATE", "2022-12-27"),
            T("Mittwoch", "DATE", "2022-12-28"),
            T("Ende September", "DATE", "2022-09", mod="END"),
            T("dem Frühjahr", "DATE", "2022-SP"),
            T("Ende März", "DATE", "2022-03", mod="END"),
            T("Anfang Oktober", "DATE", "2022-10", mod="START"),
            T("Anfang Dezember", "DATE", "2022-12", 0, mod="START"),
            T("vergangene Woche", "DATE", "2022-W51"),
            T("Anfang Dezember", "DATE", "2022-12", 1, mod="START"),
            T("den Winter", "DATE", "2022-WI", note="winter 2022/23"),
        ],
        [
            E("Putin: Russia ready to negotiate acceptable solutions with all parties", "AGREE", ["Vladimir Putin"],
              "2022-12-25", "context", "occurred", "Russland sei bereit"),
            E("Putin: it is the others who refuse to negotiate", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2022-12-25", "context", "occurred", "Russland sei bereit"),
            E("Kuleba proposes a peace summit at the UN with Guterres as mediator", "REQUEST",
              ["Ukraine", "United Nations", "António Guterres"], "2022-12-26", "text", "occurred",
              "Am Montag legte"),
            E("Peace summit by the end of February", "CONSULT", ["Ukraine", "United Nations"], "2023-02", "text",
              "planned", "Am Montag legte", date_mod="END"),
            E("Kyiv: Russia may take part only after facing a tribunal", "REQUEST", ["Ukraine", "Russia"],
              "2022-12-26", "context", "occurred", "Russland könne allerdings"),
            E("Zelensky-Modi phone call", "CONSULT", ["Volodymyr Zelensky"], "2022-12-26", "text", "occurred",
              "Am selben Tag bat", note="India is not canonical"),
            E("Zelensky asks Modi to support his peace formula", "REQUEST", ["Volodymyr Zelensky"], "2022-12-26",
              "text", "occurred", "Am selben Tag bat"),
            E("Zelensky presents his ten-point peace formula at the G20 summit", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-11", "text", "occurred", "Am selben Tag bat", date_mod="MID"),
            E("Lavrov: Kyiv must meet Russia's demands", "REQUEST", ["Sergey Lavrov", "Ukraine"], "2022-12-27",
              "text", "occurred", "Aussenminister Sergei Lawrow"),
            E("Lavrov: otherwise the Russian army will decide the matter", "THREATEN", ["Sergey Lavrov", "Ukraine"],
              "2022-12-27", "text", "occurred", "Aussenminister Sergei Lawrow"),
            E("Peskov: no peace plan without the 'new realities'", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2022-12-28", "text", "occurred", "Kremlsprecher Dmitri Peskow ergänzte"),
            E("Russia annexes four Ukrainian regions", "COERCE", ["Russia", "Ukraine"], "2022-09", "text",
              "occurred", "Kremlsprecher Dmitri Peskow ergänzte", date_mod="END"),
            E("Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2022-03", "text", "occurred",
              "Ende März waren sich", date_mod="END"),
            E("Ukraine offers neutrality in return for security guarantees", "REQUEST", ["Ukraine", "Russia"],
              "2022-03", "context", "occurred", "Ende März waren sich", date_mod="END"),
            E("Zelensky rules out negotiations with Putin by decree", "REJECT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-10", "text", "occurred", "Anfang Oktober schloss",
              date_mod="START"),
            E("Scholz-Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-12", "text",
              "occurred", "Bundeskanzler Olaf Scholz forderte", date_mod="START"),
            E("Scholz demands the withdrawal of Russian troops", "REQUEST", ["Olaf Scholz", "Vladimir Putin"],
              "2022-12", "text", "occurred", "Bundeskanzler Olaf Scholz forderte", date_mod="START"),
            E("Zelensky visits Biden in Washington", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2022-W51",
              "text", "occurred", "US-Präsident Joe Biden sagte"),
            E("Biden pledges a Patriot battery", "AID", ["Joe Biden", "Ukraine"], "2022-W51", "text", "occurred",
              "US-Präsident Joe Biden sagte"),
            E("Macron suggests considering guarantees for Russia in a new security order", "REQUEST",
              ["Emmanuel Macron", "Russia"], "2022-12", "text", "occurred", "Der französische Präsident Emmanuel Macron",
              date_mod="START"),
            E("Kyiv criticises Macron's idea", "ACCUSE", ["Ukraine", "Emmanuel Macron"], "2022-12", "context",
              "occurred", "Der französische Präsident Emmanuel Macron", date_mod="START"),
        ],
        [
            S("Vladimir Putin", "Russia is ready to negotiate acceptable solutions; the others refuse", "2022-12-25",
              "context", "Russland sei bereit"),
            S("Vladimir Putin", "Called the war a war for the first time; the aim is to end it", "2022-12-22", "text",
              "Drei Tage zuvor"),
            S("Ukraine", "Kuleba: Kyiv wants a peace summit at the UN by the end of February", "2022-12-26", "text",
              "Am Montag legte"),
            S("Ukraine", "Russia may take part only after facing an international tribunal", "2022-12-26", "context",
              "Russland könne allerdings"),
            S("Russia", "Moscow answered promptly", "2022-12-27", "context", "Die Antwort aus Moskau"),
            S("Sergey Lavrov", "Kyiv must meet the demands for demilitarisation and denazification, or the army "
              "will decide", "2022-12-27", "text", "Aussenminister Sergei Lawrow"),
            S("Dmitry Peskov", "A peace plan that ignores the 'new realities' is unthinkable", "2022-12-28", "text",
              "Kremlsprecher Dmitri Peskow ergänzte"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "United Nations", "António Guterres", "Volodymyr Zelensky",
         "Sergey Lavrov", "Kremlin", "Dmitry Peskov", "Olaf Scholz", "Germany", "United States", "Joe Biden",
         "Emmanuel Macron", "France"],
    ),
]
