"""German articles of the blind66 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b66de01 (Kaukasische Post)
DE01 = """
Veto überstimmt: Georgiens Parlament setzt das „Agentengesetz“ durch

Tiflis. Das georgische Parlament hat am Dienstag das Veto von Präsidentin Salome Surabischwili gegen das umstrittene Gesetz über die „Transparenz ausländischer Einflussnahme“ überstimmt.
84 Abgeordnete der Regierungspartei Georgischer Traum und ihrer Verbündeten stimmten für die Vorlage, die Opposition hatte den Saal zuvor unter Protest verlassen.
Organisationen, die mehr als 20 Prozent ihrer Mittel aus dem Ausland erhalten, müssen sich demnach als „Träger der Interessen einer ausländischen Macht“ registrieren lassen.
Vor dem Parlamentsgebäude an der Rustaweli-Allee, wo seit rund sechs Wochen protestiert wird, versammelten sich am Dienstagabend erneut Tausende.

Das US-Außenministerium erklärte noch am selben Abend, die Regierungspartei habe sich über den Willen der großen Mehrheit der Georgier hinweggesetzt.
Außenminister Antony Blinken hatte bereits am Donnerstag vergangener Woche Einreisebeschränkungen für Personen angekündigt, die für die Untergrabung der Demokratie in Georgien verantwortlich seien.
Mitte Mai hatte der US-Spitzendiplomat James O'Brien bei Gesprächen mit Regierungschef Irakli Kobachidse in Tiflis vor Sanktionen gewarnt, sollte das Gesetz in Kraft treten.

Der EU-Außenbeauftragte Josep Borrell bedauerte die Abstimmung im Namen der Europäischen Union und sprach von einem „Schritt in die falsche Richtung“.
Brüssel forderte die Regierung in Tiflis auf, das Gesetz zurückzunehmen, und erinnerte daran, dass Georgien erst im Dezember den Status eines Beitrittskandidaten erhalten habe.
Kommissionspräsidentin Ursula von der Leyen hatte bereits im April gewarnt, das Vorhaben sei mit dem Weg in die EU nicht vereinbar.

Ganz andere Töne kamen aus Moskau.
Kremlsprecher Dmitri Peskow wies am Mittwoch Vorwürfe zurück, Russland stecke hinter dem Gesetz.
„Wir haben damit nichts zu tun“, sagte Peskow und warf Washington und Brüssel vor, sich offen in die inneren Angelegenheiten Georgiens einzumischen.
Außenamtssprecherin Maria Sacharowa nannte die angekündigten Einreiseverbote die „Erpressung eines souveränen Staates“.

Auch Berlin meldete sich zu Wort: Das Auswärtige Amt bestellte am Mittwoch die georgische Botschafterin ein, um seine tiefe Besorgnis zu übermitteln.
Regierungschef Kobachidse wiederum warf dem Westen vor, Georgien in einen Konflikt mit Russland hineinziehen zu wollen, und verteidigte das Gesetz als Schutz der Souveränität.
Die Parlamentswahl am 26. Oktober gilt damit als Richtungsentscheidung zwischen Europa und Russland.
Die Außenminister der EU wollen sich Ende Juni in Luxemburg mit der Lage in Georgien befassen.
"""


# ---------------------------------------------------------------- b66de02 (Novastan)
DE02 = """
Tokajew in Sankt Petersburg: Kasachstan erkennt die „Volksrepubliken“ nicht an

Almaty/Sankt Petersburg. Kasachstans Präsident Kassym-Schomart Tokajew hat sich auf offener Bühne von der russischen Linie im Ukraine-Krieg abgegrenzt.
Bei der Plenarsitzung des Internationalen Wirtschaftsforums in Sankt Petersburg sagte er am Freitag, nur wenige Meter neben Kremlchef Wladimir Putin sitzend, Kasachstan werde die von Moskau anerkannten „Volksrepubliken“ Donezk und Luhansk nicht anerkennen.
Würde das Selbstbestimmungsrecht der Völker überall verwirklicht, gäbe es auf der Erde statt 193 Staaten mehr als 500, begründete Tokajew seine Haltung.
Am Rande des Forums kamen die beiden Präsidenten zu einem Gespräch unter vier Augen zusammen, über dessen Inhalt der Kreml nichts mitteilte.

Putin antwortete auf dem Podium ausweichend: Russland habe im Donbass keine andere Wahl gehabt, als die Menschen dort zu schützen.
Einen russischen Orden, den ihm der Kremlchef zugedacht hatte, lehnte Tokajew nach Angaben seines Pressesprechers ab, Auszeichnungen passten nicht in diese Zeit.
Kremlsprecher Dmitri Peskow bemühte sich am Samstag, die Wogen zu glätten: Kasachstan sei und bleibe ein „enger Verbündeter“, man respektiere die Position Nur-Sultans.

Tokajews Worte wiegen umso schwerer, als er seine Macht im Januar mit Hilfe Moskaus gesichert hatte.
Während der blutigen Unruhen hatte er die von Russland geführte Organisation des Vertrags über kollektive Sicherheit (OVKS) um Beistand gebeten, die daraufhin rund 2000 Soldaten, überwiegend Russen, ins Land schickte.
Nach knapp zwei Wochen zogen die Truppen wieder ab.

In Nur-Sultan betont man seither eine Politik der „Äquidistanz“.
Bei Gesprächen mit der EU-Kommission in Brüssel hatte der erste stellvertretende Außenminister Roman Wassilenko bereits im April zugesichert, Kasachstan werde nicht zur Umgehung westlicher Sanktionen beitragen.
Im März hatte das Land Hilfsgüter in die Ukraine geschickt, Tokajew telefonierte zudem mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.
Aus Kiew kam am Wochenende Lob: Das Außenministerium dankte Kasachstan für seine „prinzipienfeste Haltung“.

In russischen Talkshows wurde Tokajew dagegen als „undankbar“ beschimpft.
EU-Ratspräsident Charles Michel will im Herbst als erster Präsident des Europäischen Rates nach Zentralasien reisen und dabei auch in Nur-Sultan Station machen.
Der nächste Gipfel der OVKS ist für November in Jerewan angesetzt, Putin wird dort erwartet.
"""

# ---------------------------------------------------------------- b66de03 (Ostexperte.de)
DE03 = """
Sicherheitsgarantien und Oreschnik: Minsk rückt noch enger an Moskau

Minsk. Russland und Belarus haben ihr Militärbündnis vertraglich besiegelt.
Kremlchef Wladimir Putin und der belarussische Machthaber Alexander Lukaschenko unterzeichneten am Freitag in Minsk einen Vertrag über Sicherheitsgarantien im Rahmen des Unionsstaates, der Belarus ausdrücklich unter den russischen Atomschirm stellt.
Die Unterzeichnung fand am Rande einer Sitzung des Obersten Staatsrats statt, die zum 25. Jahrestag des Unionsvertrags in der belarussischen Hauptstadt tagte.

Auf der gemeinsamen Pressekonferenz sagte Putin, die neue Mittelstreckenrakete Oreschnik könne „in der zweiten Jahreshälfte 2025“ in Belarus stationiert werden.
Die Auswahl der Ziele werde dabei der belarussischen Führung obliegen, fügte er hinzu.
Lukaschenko hatte die Stationierung Ende November beim Gipfel der OVKS in Astana erbeten, Putin hatte damals umgehend zugestimmt.
Russische taktische Atomwaffen lagern bereits seit dem vergangenen Jahr in Belarus.

Kremlsprecher Dmitri Peskow bezeichnete den Vertrag am Samstag als notwendige Antwort auf die „aggressive Politik“ der Nato an den westlichen Grenzen des Unionsstaates.
Der ukrainische Außenminister Andrij Sybiha warf Minsk vor, sich endgültig zum „Vasallen des Kreml“ zu machen, und warnte Lukaschenko davor, sich am Krieg zu beteiligen.
Polens Außenminister Radosław Sikorski sprach von einer „Provokation“ Moskaus und Minsks, die das Bündnis sehr ernst nehme.
Die EU-Außenbeauftragte Kaja Kallas kündigte an, die Mitgliedstaaten würden kommende Woche ein 15. Sanktionspaket gegen Russland beschließen, das auch belarussische Unternehmen treffe.

Für die belarussische Wirtschaft brachte das Treffen handfeste Zusagen.
Russland werde den Gaspreis für Belarus auch 2025 bei 128,5 US-Dollar je 1000 Kubikmeter belassen, versprach Putin.
Der Handel zwischen beiden Ländern soll in diesem Jahr erstmals die Marke von 50 Milliarden US-Dollar übersteigen, Russland bleibt mit Abstand wichtigster Abnehmer belarussischer Waren.
Die Sanktionen der EU haben Minsk seit 2020 weitgehend von den europäischen Märkten abgeschnitten, Exporte laufen zunehmend über russische Häfen.

Lukaschenko stellt sich am 26. Januar zur Wiederwahl, Brüssel hat bereits angekündigt, das Ergebnis nicht anzuerkennen.
Putin lud seinen Gastgeber zudem zur Parade zum 80. Jahrestag des Sieges am 9. Mai nach Moskau ein.
"""

# ---------------------------------------------------------------- b66de04 (Thurgauer Zeitung)
DE04 = """
Armenien sagt sich von Moskaus Militärbündnis los – und bricht mit Lukaschenko

Eriwan/Moskau. Armenien geht auf Distanz zu seiner einstigen Schutzmacht Russland.
Regierungschef Nikol Paschinjan kündigte am Mittwoch im Parlament in Eriwan an, sein Land werde die von Moskau geführte Organisation des Vertrags über kollektive Sicherheit (OVKS) in naher Zukunft verlassen.
Zwei Mitglieder des Bündnisses hätten sich 2020 an der Planung des aserbaidschanischen Angriffs auf Berg-Karabach beteiligt, sagte Paschinjan – gemeint war vor allem Belarus.

Auslöser war ein Video, in dem der belarussische Machthaber Alexander Lukaschenko vor Journalisten erzählt, er habe Baku im Krieg 2020 den Sieg gewünscht.
Solange Lukaschenko im Amt sei, werde er keinen Fuss nach Belarus setzen, erklärte Paschinjan.
Am Donnerstag rief Armenien seinen Botschafter aus Minsk zu Konsultationen zurück.
Lukaschenko reagierte am Freitag mit Spott: Eriwan werde «auf Knien» zurückkommen, sagte er laut der Staatsagentur Belta, und warf Paschinjan vor, sein Land dem Westen auszuliefern.

Im Kreml gab man sich betont gelassen.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau werde mit Eriwan «im Dialog bleiben», erwarte aber eine offizielle Erklärung zu den Absichten Armeniens.
Deutlicher wurde Aussenamtssprecherin Maria Sacharowa: Armenien lasse sich von Washington und Brüssel in ein «geopolitisches Abenteuer» locken.
Das US-Aussenministerium betonte dagegen, jedes Land habe das Recht, seine Bündnisse frei zu wählen.

Tatsächlich hat sich Eriwan längst nach Westen orientiert.
Seit Februar 2023 beobachtet eine zivile EU-Mission die Grenze zu Aserbaidschan, Mitte Juli sollen zudem amerikanische und armenische Soldaten zur Übung «Eagle Partner» zusammenkommen.
Frankreich hatte Armenien bereits im vergangenen Oktober Radaranlagen und Luftabwehrsysteme zugesagt.
Die Beteiligung an der OVKS hatte Eriwan schon im Februar eingefroren.

In Bern verfolgt man die Entwicklung aufmerksam, das Aussendepartement verweist auf die Bereitschaft der Schweiz, Gespräche zwischen Armenien und Aserbaidschan zu unterstützen.
Die nächste Runde der Aussenminister beider Länder ist für Anfang Juli geplant.
Dass Paschinjan den Austritt in die Tat umsetzt, gilt in Eriwan als sicher – offen ist nur der Zeitpunkt.
"""

# ---------------------------------------------------------------- b66de05 (Badisches Tagblatt)
DE05 = """
Blinken sichert Moldau Millionenhilfe zu – Moskau spricht von „Kolonialverwaltung“

Chişinău/Baden-Baden. US-Außenminister Antony Blinken hat der Republik Moldau bei einem Besuch in Chişinău weitere Hilfen im Wert von 135 Millionen US-Dollar zugesagt.
Der Chefdiplomat traf am Mittwoch Präsidentin Maia Sandu, mit der er über Energiesicherheit und den Schutz vor russischer Einflussnahme sprach.
Rund 50 Millionen Dollar sollen in den Ausbau der Stromnetze fließen, der Rest in den Kampf gegen Desinformation.

Russland versuche, die Präsidentenwahl und das Referendum über den EU-Beitritt im Oktober zu beeinflussen, sagte Blinken auf einer gemeinsamen Pressekonferenz mit Sandu.
„Moldau ist nicht allein“, versicherte er.
Erst vergangene Woche hatte Moldau in Brüssel als erstes Land eine Sicherheits- und Verteidigungspartnerschaft mit der Europäischen Union unterzeichnet.
Die Beitrittsverhandlungen mit Chişinău sollen Ende Juni gemeinsam mit jenen der Ukraine offiziell eröffnet werden.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Washington am Donnerstag vor, sich in Moldau wie eine „Kolonialverwaltung“ aufzuführen.
Kremlsprecher Dmitri Peskow sagte, Russland werde die Interessen der Bewohner Transnistriens „aufmerksam schützen“.
In der abtrünnigen Region am Dnjestr sind seit 1992 rund 1500 russische Soldaten stationiert.
Ende Februar hatten die dortigen Machthaber Moskau um „Schutz“ vor dem wirtschaftlichen Druck aus Chişinău gebeten.

Von Chişinău reiste Blinken weiter nach Prag, wo am Donnerstag und Freitag die Außenminister der Nato zu einem informellen Treffen zusammenkommen.
Generalsekretär Jens Stoltenberg hatte die Verbündeten Ende vergangener Woche aufgefordert, der Ukraine den Einsatz westlicher Waffen gegen militärische Ziele in Russland zu erlauben.
Washington lehnt das bislang ab.

In Mittelbaden verfolgen vor allem die Helfer des Rastatter Vereins „Brücke nach Moldau“ die Entwicklung, die seit 2022 Hilfstransporte in das Nachbarland der Ukraine organisieren.
„Die Menschen dort haben Angst, dass sie die Nächsten sind“, sagte die Vorsitzende Renate Hauser unserer Zeitung.
Der nächste Konvoi mit Generatoren und Medikamenten soll Mitte Juni starten.
"""

# ---------------------------------------------------------------- b66de06 (Hamburger Morgenpost)
DE06 = """
Putin öffnet den Himmel für Georgien – Buhrufe beim ersten Direktflug

Tiflis/Moskau. Erstmals seit fast vier Jahren ist am Freitag wieder ein Passagierflugzeug aus Russland in Georgien gelandet.
Die Maschine der russischen Gesellschaft Asimut aus Moskau wurde am Flughafen von Tiflis von Demonstranten mit Buhrufen und Plakaten wie „Russland ist ein Besatzer“ empfangen.

Kremlchef Wladimir Putin hatte vergangene Woche per Dekret das seit 2019 geltende Flugverbot aufgehoben und zugleich die Visumpflicht für georgische Staatsbürger abgeschafft.
Kremlsprecher Dmitri Peskow sprach von einer „Geste des guten Willens“ gegenüber dem georgischen Volk.
Außenminister Sergej Lawrow hatte schon im Februar angeregt, die Flugverbindungen wieder aufzunehmen.

Präsidentin Salome Surabischwili nannte die Entscheidung eine „Provokation“ und boykottierte den Empfang des Fluges.
Die Regierung von Ministerpräsident Irakli Garibaschwili begrüßte dagegen Putins Schritt als Erleichterung für Tausende Familien.

Kiew reagierte empört: Das ukrainische Außenministerium warf Tiflis vor, Moskau beim Umgehen der Sanktionen zu helfen.
Die EU bedauerte die Wiederaufnahme der Flüge, ein Sprecher des Außenbeauftragten Josep Borrell erinnerte Georgien daran, dass die Angleichung an die europäische Außenpolitik eine Voraussetzung für den Kandidatenstatus sei.
Das US-Außenministerium drohte georgischen Flughäfen mit Sanktionen, falls sie Flugzeuge betanken, die ihrerseits sanktioniert sind.

Russland hält seit dem Krieg 2008 rund 20 Prozent des georgischen Territoriums besetzt, die Regionen Abchasien und Südossetien.
Viele Georgier fürchten, dass Moskau über Touristen und Geld wieder Einfluss gewinnt.

Auch in Hamburg, wo rund 3000 Georgier leben, sorgt der Schritt für Diskussionen.
„Putin will uns kaufen, aber wir haben 2008 nicht vergessen“, sagt Nino Beridse, die in Eimsbüttel ein georgisches Café betreibt.
Asimut will die Strecke ab kommender Woche täglich bedienen, eine zweite russische Gesellschaft hat Flüge nach Kutaissi beantragt.
Von Hamburg aus fliegt man dorthin übrigens schon seit März direkt.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b66de01_georgien_agentengesetz_veto_2024_05", "2024-05-31", DE01,
        [
            T("Dienstag", "DATE", "2024-05-28"),
            T("rund sechs Wochen", "DURATION", "P6W", mod="APPROX"),
            T("Dienstagabend", "TIME", "2024-05-28TEV"),
            T("selben Abend", "TIME", "2024-05-28TEV"),
            T("Donnerstag vergangener Woche", "DATE", "2024-05-23"),
            T("Mitte Mai", "DATE", "2024-05", mod="MID"),
            T("Dezember", "DATE", "2023-12"),
            T("April", "DATE", "2024-04"),
            T("Mittwoch", "DATE", "2024-05-29", 0),
            T("Mittwoch", "DATE", "2024-05-29", 1),
            T("26. Oktober", "DATE", "2024-10-26"),
            T("Ende Juni", "DATE", "2024-06", mod="END"),
        ],
        [
            E("US State Department: the ruling party ignored the will of the Georgian people", "ACCUSE",
              ["United States"], "2024-05-28TEV", "text", "occurred", "Das US-Außenministerium erklärte"),
            E("Blinken announces visa restrictions for those undermining democracy in Georgia", "SANCTION",
              ["Antony Blinken"], "2024-05-23", "text", "occurred", "Einreisebeschränkungen für Personen angekündigt"),
            E("US envoy O'Brien holds talks with Prime Minister Kobakhidze in Tbilisi", "CONSULT", ["United States"],
              "2024-05", "text", "occurred", "Mitte Mai hatte der US-Spitzendiplomat", date_mod="MID"),
            E("O'Brien warns of sanctions if the law takes effect", "THREATEN", ["United States"], "2024-05", "text",
              "occurred", "Mitte Mai hatte der US-Spitzendiplomat", date_mod="MID"),
            E("Borrell, for the EU, deplores the vote as a step in the wrong direction", "ACCUSE", ["European Union"],
              "2024-05-28", "context", "occurred", "Borrell bedauerte die Abstimmung"),
            E("Brussels calls on the Georgian government to withdraw the law", "REQUEST", ["European Union"],
              "2024-05-28", "context", "occurred", "Brüssel forderte die Regierung in Tiflis auf"),
            E("EU granted Georgia candidate status in December", "AGREE", ["European Union"], "2023-12", "text",
              "occurred", "Brüssel forderte die Regierung in Tiflis auf", note="European Council of 14 December 2023"),
            E("Von der Leyen warned in April that the law is incompatible with the EU path", "REQUEST",
              ["Ursula von der Leyen"], "2024-04", "text", "occurred", "Kommissionspräsidentin Ursula von der Leyen"),
            E("Peskov denies that Russia is behind the law", "REJECT", ["Dmitry Peskov", "Russia"], "2024-05-29", "text",
              "occurred", "Kremlsprecher Dmitri Peskow wies am Mittwoch"),
            E("Peskov accuses Washington and Brussels of meddling in Georgia's internal affairs", "ACCUSE",
              ["Dmitry Peskov", "United States", "European Union"], "2024-05-29", "context", "occurred",
              "„Wir haben damit nichts zu tun“"),
            E("Zakharova calls the announced US entry bans blackmail", "ACCUSE", ["Maria Zakharova", "United States"],
              "2024-05-31", "published", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("German Foreign Office summons Georgia's ambassador", "ACCUSE", ["Germany"], "2024-05-29", "text",
              "occurred", "Auch Berlin meldete sich zu Wort"),
            E("EU foreign ministers to discuss Georgia in Luxembourg", "CONSULT", ["European Union"], "2024-06", "text",
              "planned", "Die Außenminister der EU wollen", date_mod="END"),
        ],
        [
            S("United States", "The ruling party defied the will of the great majority of Georgians", "2024-05-28TEV",
              "text", "Das US-Außenministerium erklärte"),
            S("United States", "O'Brien warned Kobakhidze of sanctions if the law takes effect", "2024-05", "text",
              "Mitte Mai hatte der US-Spitzendiplomat"),
            S("European Union", "Borrell deplores the vote, a step in the wrong direction", "2024-05-28", "context",
              "Borrell bedauerte die Abstimmung"),
            S("European Union", "Tbilisi should withdraw the law; Georgia only became a candidate in December",
              "2024-05-28", "context", "Brüssel forderte die Regierung in Tiflis auf"),
            S("Ursula von der Leyen", "The law is incompatible with Georgia's path to the EU", "2024-04", "text",
              "Kommissionspräsidentin Ursula von der Leyen"),
            S("Russia", "Moscow strikes a different tone", "2024-05-31", "published", "Ganz andere Töne kamen aus Moskau."),
            S("Dmitry Peskov", "Russia is not behind the law", "2024-05-29", "text",
              "Kremlsprecher Dmitri Peskow wies am Mittwoch"),
            S("Dmitry Peskov", "'We have nothing to do with it'; Washington and Brussels meddle openly in Georgia",
              "2024-05-29", "context", "„Wir haben damit nichts zu tun“"),
            S("Maria Zakharova", "The announced entry bans are blackmail of a sovereign state", "2024-05-31",
              "published", "Außenamtssprecherin Maria Sacharowa"),
            S("Germany", "The Foreign Office conveys its deep concern to Georgia's ambassador", "2024-05-29", "text",
              "Auch Berlin meldete sich zu Wort"),
        ],
        ["United States", "Antony Blinken", "European Union", "Ursula von der Leyen", "Russia", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova", "Germany"],
    ),
    doc(
        "b66de02_tokajew_petersburg_volksrepubliken_2022_06", "2022-06-20", DE02,
        [
            T("Freitag", "DATE", "2022-06-17"),
            T("Samstag", "DATE", "2022-06-18"),
            T("Januar", "DATE", "2022-01"),
            T("knapp zwei Wochen", "DURATION", "P2W", mod="APPROX"),
            T("April", "DATE", "2022-04"),
            T("März", "DATE", "2022-03"),
            T("Wochenende", "DATE", "2022-W24-WE"),
            T("Herbst", "DATE", "2022-FA"),
            T("November", "DATE", "2022-11"),
        ],
        [
            E("Tokayev: Kazakhstan will not recognise the 'people's republics' recognised by Moscow", "REJECT",
              ["Russia"], "2022-06-17", "text", "occurred", "Bei der Plenarsitzung"),
            E("Putin and Tokayev meet one-on-one on the sidelines of the forum", "CONSULT", ["Vladimir Putin"],
              "2022-06-17", "context", "occurred", "Am Rande des Forums"),
            E("Tokayev declines a Russian order offered by Putin", "REJECT", ["Vladimir Putin"], "2022-06-17",
              "context", "occurred", "Einen russischen Orden"),
            E("Peskov: Kazakhstan remains a close ally, Moscow respects its position", "SUPPORT", ["Dmitry Peskov"],
              "2022-06-18", "text", "occurred", "Kremlsprecher Dmitri Peskow bemühte sich am Samstag"),
            E("Tokayev asks the Russia-led CSTO for assistance during the unrest", "REQUEST", ["Russia"], "2022-01",
              "context", "occurred", "Während der blutigen Unruhen", note="request of 5 January 2022"),
            E("CSTO sends about 2,000 mostly Russian troops to Kazakhstan", "MOBILIZE", ["Russia"], "2022-01",
              "context", "occurred", "Während der blutigen Unruhen", note="deployment from 6 January 2022"),
            E("CSTO troops withdraw after nearly two weeks", "RETREAT", ["Russia"], "2022-01", "context", "occurred",
              "Nach knapp zwei Wochen zogen", note="withdrawal completed on 19 January 2022"),
            E("Kazakh deputy foreign minister holds talks with the EU Commission in Brussels", "CONSULT",
              ["European Union"], "2022-04", "text", "occurred", "Bei Gesprächen mit der EU-Kommission"),
            E("Kazakhstan assures the EU it will not help circumvent Western sanctions", "AGREE", ["European Union"],
              "2022-04", "text", "occurred", "Bei Gesprächen mit der EU-Kommission"),
            E("Kazakhstan sends humanitarian aid to Ukraine", "AID", ["Ukraine"], "2022-03", "text", "occurred",
              "Im März hatte das Land Hilfsgüter"),
            E("Tokayev phones Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2022-03", "context", "occurred",
              "Im März hatte das Land Hilfsgüter"),
            E("Ukraine's foreign ministry thanks Kazakhstan for its principled stance", "SUPPORT", ["Ukraine"],
              "2022-W24-WE", "text", "occurred", "Aus Kiew kam am Wochenende Lob"),
            E("Michel to visit Central Asia, including Nur-Sultan, in autumn", "CONSULT", ["European Union"],
              "2022-FA", "text", "planned", "EU-Ratspräsident Charles Michel"),
            E("CSTO summit in Yerevan in November, Putin expected", "CONSULT", ["Vladimir Putin"], "2022-11", "text",
              "planned", "Der nächste Gipfel der OVKS"),
        ],
        [
            S("Vladimir Putin", "Russia had no choice in Donbas but to protect the people there", "2022-06-17",
              "context", "Putin antwortete auf dem Podium"),
            S("Dmitry Peskov", "Kazakhstan is and remains a close ally; Moscow respects its position", "2022-06-18",
              "text", "Kremlsprecher Dmitri Peskow bemühte sich am Samstag"),
            S("Ukraine", "Foreign ministry thanks Kazakhstan for its principled stance", "2022-W24-WE", "text",
              "Aus Kiew kam am Wochenende Lob"),
        ],
        ["Kremlin", "Vladimir Putin", "Russia", "Dmitry Peskov", "European Union", "Ukraine", "Volodymyr Zelensky"],
    ),
    doc(
        "b66de03_minsk_sicherheitsgarantien_oreschnik_2024_12", "2024-12-09", DE03,
        [
            T("Freitag", "DATE", "2024-12-06"),
            T("der zweiten Jahreshälfte 2025", "DATE", "2025-H2", note="in Putin's words of Friday 6 December"),
            T("Ende November", "DATE", "2024-11", mod="END"),
            T("dem vergangenen Jahr", "DATE", "2023"),
            T("Samstag", "DATE", "2024-12-07"),
            T("kommende Woche", "DATE", "2024-W51"),
            T("2025", "DATE", "2025", 1),
            T("diesem Jahr", "DATE", "2024"),
            T("2020", "DATE", "2020"),
            T("26. Januar", "DATE", "2025-01-26"),
            T("9. Mai", "DATE", "2025-05-09"),
        ],
        [
            E("Putin and Lukashenko sign a treaty on security guarantees within the Union State", "AGREE",
              ["Vladimir Putin", "Alexander Lukashenko"], "2024-12-06", "text", "occurred",
              "unterzeichneten am Freitag in Minsk"),
            E("Session of the Union State's Supreme State Council in Minsk", "CONSULT",
              ["Vladimir Putin", "Alexander Lukashenko"], "2024-12-06", "context", "occurred",
              "Die Unterzeichnung fand am Rande"),
            E("Oreshnik missiles could be stationed in Belarus in the second half of 2025", "MOBILIZE",
              ["Russia", "Belarus"], "2025-H2", "text", "planned", "Mittelstreckenrakete Oreschnik"),
            E("Lukashenko asks for the Oreshnik at the CSTO summit in Astana", "REQUEST",
              ["Alexander Lukashenko", "Vladimir Putin"], "2024-11", "text", "occurred",
              "Lukaschenko hatte die Stationierung Ende November", date_mod="END", note="CSTO summit of 28 November 2024"),
            E("Putin agrees to station the Oreshnik in Belarus", "AGREE", ["Vladimir Putin", "Alexander Lukashenko"],
              "2024-11", "context", "occurred", "Lukaschenko hatte die Stationierung Ende November", date_mod="END"),
            E("CSTO summit in Astana", "CONSULT", ["Alexander Lukashenko", "Vladimir Putin"], "2024-11", "context",
              "occurred", "Lukaschenko hatte die Stationierung Ende November", date_mod="END",
              note="28 November 2024"),
            E("Russian tactical nuclear weapons stationed in Belarus since last year", "MOBILIZE", ["Russia", "Belarus"],
              "2023", "text", "occurred", "Russische taktische Atomwaffen", date_mod="START"),
            E("Peskov calls the treaty a necessary answer to NATO's aggressive policy", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2024-12-07", "text", "occurred", "Kremlsprecher Dmitri Peskow bezeichnete"),
            E("Sybiha accuses Minsk of becoming the Kremlin's vassal", "ACCUSE", ["Andrii Sybiha", "Belarus"],
              "2024-12-09", "published", "occurred", "Andrij Sybiha warf Minsk vor"),
            E("Sybiha warns Lukashenko against joining the war", "REQUEST", ["Andrii Sybiha", "Alexander Lukashenko"],
              "2024-12-09", "published", "occurred", "Andrij Sybiha warf Minsk vor"),
            E("Sikorski calls the treaty a provocation by Moscow and Minsk", "ACCUSE", ["Poland", "Russia", "Belarus"],
              "2024-12-09", "published", "occurred", "Radosław Sikorski sprach"),
            E("EU to adopt a 15th sanctions package against Russia, also hitting Belarusian firms", "SANCTION",
              ["European Union", "Russia", "Belarus"], "2024-W51", "text", "planned", "15. Sanktionspaket",
              note="adopted on 16 December 2024"),
            E("Putin promises to keep Belarus's gas price unchanged in 2025", "AGREE", ["Vladimir Putin", "Belarus"],
              "2024-12-06", "context", "occurred", "versprach Putin"),
            E("EU sanctions have cut Minsk off from European markets since 2020", "SANCTION",
              ["European Union", "Belarus"], "2020", "text", "occurred", "Die Sanktionen der EU haben Minsk",
              date_mod="START"),
            E("Brussels announces it will not recognise the result of Lukashenko's re-election", "REJECT",
              ["European Union", "Alexander Lukashenko"], "2024-12-09", "published", "occurred",
              "Lukaschenko stellt sich am 26. Januar"),
            E("Putin invites Lukashenko to the Victory Day parade in Moscow", "REQUEST",
              ["Vladimir Putin", "Alexander Lukashenko"], "2024-12-06", "context", "occurred",
              "Putin lud seinen Gastgeber"),
        ],
        [
            S("Vladimir Putin", "The Oreshnik could be stationed in Belarus in the second half of 2025", "2024-12-06",
              "context", "Mittelstreckenrakete Oreschnik"),
            S("Vladimir Putin", "The choice of targets will be up to the Belarusian leadership", "2024-12-06",
              "context", "Die Auswahl der Ziele"),
            S("Dmitry Peskov", "The treaty is a necessary answer to NATO's aggressive policy", "2024-12-07", "text",
              "Kremlsprecher Dmitri Peskow bezeichnete"),
            S("Andrii Sybiha", "Minsk makes itself the Kremlin's vassal; Lukashenko must not join the war",
              "2024-12-09", "published", "Andrij Sybiha warf Minsk vor"),
            S("Poland", "Sikorski: a provocation by Moscow and Minsk that the alliance takes very seriously",
              "2024-12-09", "published", "Radosław Sikorski sprach"),
            S("Kaja Kallas", "Member states will adopt a 15th sanctions package next week", "2024-12-09",
              "published", "15. Sanktionspaket"),
            S("Vladimir Putin", "Russia will keep Belarus's gas price at 128.5 dollars in 2025", "2024-12-06",
              "context", "versprach Putin"),
            S("European Union", "Will not recognise the result of the Belarusian election", "2024-12-09", "published",
              "Lukaschenko stellt sich am 26. Januar"),
        ],
        ["Kremlin", "Vladimir Putin", "Alexander Lukashenko", "Russia", "Belarus", "Dmitry Peskov", "NATO",
         "Andrii Sybiha", "Ukraine", "Poland", "European Union", "Kaja Kallas"],
    ),
    doc(
        "b66de04_armenien_ovks_lukaschenko_2024_06", "2024-06-15", DE04,
        [
            T("Mittwoch", "DATE", "2024-06-12"),
            T("naher Zukunft", "DATE", "FUTURE_REF"),
            T("2020", "DATE", "2020", 0),
            T("2020", "DATE", "2020", 1),
            T("Donnerstag", "DATE", "2024-06-13", 0),
            T("Freitag", "DATE", "2024-06-14"),
            T("Donnerstag", "DATE", "2024-06-13", 1),
            T("Februar 2023", "DATE", "2023-02"),
            T("Mitte Juli", "DATE", "2024-07", mod="MID"),
            T("vergangenen Oktober", "DATE", "2023-10"),
            T("Februar", "DATE", "2024-02", 1),
            T("Anfang Juli", "DATE", "2024-07", mod="START"),
        ],
        [
            E("Pashinyan announces Armenia will leave the Russia-led CSTO", "SANCTION", ["Russia"], "FUTURE_REF",
              "vague", "planned", "Regierungschef Nikol Paschinjan kündigte am Mittwoch",
              note="announced in parliament on 12 June 2024"),
            E("Pashinyan accuses two CSTO members, above all Belarus, of helping plan Azerbaijan's 2020 offensive",
              "ACCUSE", ["Belarus"], "2024-06-12", "context", "occurred", "Zwei Mitglieder des Bündnisses"),
            E("Pashinyan refuses to visit Belarus while Lukashenko is in office", "REJECT",
              ["Alexander Lukashenko", "Belarus"], "2024-06-12", "context", "occurred", "keinen Fuss nach Belarus"),
            E("Armenia recalls its ambassador from Minsk for consultations", "SANCTION", ["Belarus"], "2024-06-13",
              "text", "occurred", "Am Donnerstag rief Armenien"),
            E("Lukashenko mocks Yerevan and accuses Pashinyan of handing Armenia to the West", "ACCUSE",
              ["Alexander Lukashenko"], "2024-06-14", "text", "occurred", "Lukaschenko reagierte am Freitag"),
            E("Peskov: Moscow will stay in dialogue with Yerevan", "AGREE", ["Dmitry Peskov"], "2024-06-13", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Peskov expects an official explanation of Armenia's intentions", "REQUEST", ["Dmitry Peskov"],
              "2024-06-13", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Zakharova accuses Washington and Brussels of luring Armenia into a geopolitical adventure", "ACCUSE",
              ["Maria Zakharova", "United States", "European Union"], "2024-06-15", "published", "occurred",
              "Deutlicher wurde Aussenamtssprecherin"),
            E("US State Department: every country may choose its alliances freely", "SUPPORT", ["United States"],
              "2024-06-15", "published", "occurred", "Das US-Aussenministerium betonte"),
            E("EU civilian mission monitors Armenia's border with Azerbaijan since February 2023", "COOPERATE",
              ["European Union"], "2023-02", "text", "occurred", "zivile EU-Mission", date_mod="START"),
            E("US and Armenian soldiers to hold the Eagle Partner exercise in mid-July", "COOPERATE",
              ["United States"], "2024-07", "text", "planned", "Eagle Partner", date_mod="MID"),
            E("France promised Armenia radars and air-defence systems", "AID", ["France"], "2023-10", "text",
              "occurred", "Frankreich hatte Armenien"),
            E("Armenia froze its participation in the CSTO in February", "SANCTION", ["Russia"], "2024-02", "text",
              "occurred", "Die Beteiligung an der OVKS"),
        ],
        [
            S("Alexander Lukashenko", "In a video, says he wished Baku victory in the 2020 war", "2024-06-15",
              "published", "Auslöser war ein Video"),
            S("Alexander Lukashenko", "Yerevan will come back on its knees; Pashinyan hands his country to the West",
              "2024-06-14", "text", "Lukaschenko reagierte am Freitag"),
            S("Dmitry Peskov", "Moscow will stay in dialogue with Yerevan but expects an official explanation",
              "2024-06-13", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Maria Zakharova", "Armenia lets Washington and Brussels lure it into a geopolitical adventure",
              "2024-06-15", "published", "Deutlicher wurde Aussenamtssprecherin"),
            S("United States", "Every country has the right to choose its alliances freely", "2024-06-15",
              "published", "Das US-Aussenministerium betonte"),
        ],
        ["Russia", "Belarus", "Alexander Lukashenko", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "United States", "European Union", "France"],
    ),
    doc(
        "b66de05_blinken_chisinau_hilfe_2024_05", "2024-05-30", DE05,
        [
            T("Mittwoch", "DATE", "2024-05-29"),
            T("Oktober", "DATE", "2024-10"),
            T("vergangene Woche", "DATE", "2024-W21"),
            T("Ende Juni", "DATE", "2024-06", mod="END"),
            T("Donnerstag", "DATE", "2024-05-30", 0),
            T("1992", "DATE", "1992"),
            T("Ende Februar", "DATE", "2024-02", mod="END"),
            T("Donnerstag", "DATE", "2024-05-30", 1),
            T("Freitag", "DATE", "2024-05-31"),
            T("Ende vergangener Woche", "DATE", "2024-W21", mod="END"),
            T("2022", "DATE", "2022"),
            T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        ],
        [
            E("Blinken pledges a further 135 million dollars to Moldova", "AID", ["Antony Blinken"], "2024-05-29",
              "context", "occurred", "weitere Hilfen im Wert von 135 Millionen"),
            E("Blinken meets President Sandu in Chisinau", "CONSULT", ["Antony Blinken"], "2024-05-29", "text",
              "occurred", "Der Chefdiplomat traf am Mittwoch"),
            E("Blinken accuses Russia of trying to influence Moldova's October election and referendum", "ACCUSE",
              ["Antony Blinken", "Russia"], "2024-05-29", "context", "occurred",
              "Russland versuche, die Präsidentenwahl"),
            E("Blinken assures Moldova it is not alone", "AGREE", ["Antony Blinken"], "2024-05-29", "context",
              "occurred", "„Moldau ist nicht allein“"),
            E("Moldova signs a security and defence partnership with the EU", "AGREE", ["European Union"], "2024-W21",
              "text", "occurred", "Sicherheits- und Verteidigungspartnerschaft", note="signed on 21 May 2024"),
            E("EU accession talks with Moldova and Ukraine to open at the end of June", "CONSULT",
              ["European Union", "Ukraine"], "2024-06", "text", "planned", "Die Beitrittsverhandlungen mit Chişinău",
              date_mod="END", note="intergovernmental conferences of 25 June 2024"),
            E("Zakharova accuses Washington of behaving like a colonial administration in Moldova", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-05-30", "text", "occurred", "Maria Sacharowa, warf Washington"),
            E("Peskov: Russia will protect the interests of Transnistria's residents", "THREATEN", ["Dmitry Peskov"],
              "2024-05-30", "published", "occurred", "Transnistriens „aufmerksam schützen“"),
            E("Russian troops stationed in Transnistria since 1992", "MOBILIZE", ["Russia"], "1992", "text",
              "occurred", "seit 1992 rund 1500 russische Soldaten", date_mod="START"),
            E("Transnistria's rulers ask Moscow for protection", "REQUEST", ["Russia"], "2024-02", "text", "occurred",
              "Ende Februar hatten die dortigen Machthaber", date_mod="END", note="congress in Tiraspol, 28 February 2024"),
            E("Informal meeting of NATO foreign ministers in Prague", "CONSULT", ["NATO", "Antony Blinken"],
              "2024-05-30", "text", "planned", "Von Chişinău reiste Blinken weiter", note="30-31 May 2024"),
            E("Stoltenberg urges allies to let Ukraine strike military targets in Russia with Western weapons",
              "REQUEST", ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-W21", "text", "occurred",
              "Generalsekretär Jens Stoltenberg hatte die Verbündeten", date_mod="END"),
            E("Washington refuses so far to allow such strikes", "REJECT", ["United States"], "2024-05-30",
              "published", "occurred", "Washington lehnt das bislang ab."),
        ],
        [
            S("Antony Blinken", "Russia is trying to influence Moldova's October election and EU referendum",
              "2024-05-29", "context", "Russland versuche, die Präsidentenwahl"),
            S("Antony Blinken", "'Moldova is not alone'", "2024-05-29", "context", "„Moldau ist nicht allein“"),
            S("Maria Zakharova", "Washington behaves like a colonial administration in Moldova", "2024-05-30", "text",
              "Maria Sacharowa, warf Washington"),
            S("Dmitry Peskov", "Russia will attentively protect the interests of Transnistria's residents",
              "2024-05-30", "published", "Transnistriens „aufmerksam schützen“"),
            S("Jens Stoltenberg", "Allies should let Ukraine use Western weapons against military targets in Russia",
              "2024-W21", "text", "Generalsekretär Jens Stoltenberg hatte die Verbündeten"),
        ],
        ["United States", "Antony Blinken", "Russia", "European Union", "Ukraine", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "NATO", "Jens Stoltenberg"],
    ),
    doc(
        "b66de06_georgien_direktflug_visa_2023_05", "2023-05-20", DE06,
        [
            T("fast vier Jahren", "DURATION", "P4Y", mod="APPROX"),
            T("Freitag", "DATE", "2023-05-19"),
            T("vergangene Woche", "DATE", "2023-W19"),
            T("2019", "DATE", "2019"),
            T("Februar", "DATE", "2023-02"),
            T("2008", "DATE", "2008", 0),
            T("2008", "DATE", "2008", 1),
            T("kommender Woche", "DATE", "2023-W21"),
            T("täglich", "SET", "P1D"),
            T("März", "DATE", "2023-03"),
        ],
        [
            E("Putin lifts the ban on flights to Georgia by decree", "CONCEDE", ["Vladimir Putin"], "2023-W19", "text",
              "occurred", "per Dekret das seit 2019", note="decree of 10 May 2023"),
            E("Putin abolishes the visa requirement for Georgian citizens", "CONCEDE", ["Vladimir Putin"], "2023-W19",
              "text", "occurred", "per Dekret das seit 2019", note="decree of 10 May 2023"),
            E("Russian ban on flights to Georgia in force since 2019", "SANCTION", ["Russia"], "2019", "text",
              "occurred", "per Dekret das seit 2019", date_mod="START"),
            E("Lavrov suggested resuming flights in February", "REQUEST", ["Sergey Lavrov"], "2023-02", "text",
              "occurred", "Außenminister Sergej Lawrow hatte schon im Februar"),
            E("Garibashvili's government welcomes Putin's step", "SUPPORT", ["Vladimir Putin"], "2023-05-20",
              "published", "occurred", "begrüßte dagegen Putins Schritt"),
            E("Ukraine's foreign ministry accuses Tbilisi of helping Moscow evade sanctions", "ACCUSE", ["Ukraine"],
              "2023-05-20", "published", "occurred", "Kiew reagierte empört"),
            E("EU regrets the resumption of flights", "ACCUSE", ["European Union"], "2023-05-20", "published",
              "occurred", "Die EU bedauerte die Wiederaufnahme"),
            E("EU reminds Georgia that alignment with EU foreign policy is a condition of candidate status", "REQUEST",
              ["European Union"], "2023-05-20", "published", "occurred", "Die EU bedauerte die Wiederaufnahme"),
            E("US threatens Georgian airports with sanctions if they refuel sanctioned aircraft", "THREATEN",
              ["United States"], "2023-05-20", "published", "occurred", "Das US-Außenministerium drohte"),
            E("Russia occupies about 20 percent of Georgia since the 2008 war", "ASSAULT", ["Russia"], "2008", "text",
              "occurred", "Russland hält seit dem Krieg 2008", date_mod="START"),
        ],
        [
            S("Dmitry Peskov", "The decision is a gesture of goodwill to the Georgian people", "2023-05-20",
              "published", "Geste des guten Willens"),
            S("Ukraine", "Tbilisi helps Moscow evade the sanctions", "2023-05-20", "published",
              "Kiew reagierte empört"),
            S("European Union", "Regrets the resumed flights; alignment with EU foreign policy is a condition of "
              "candidate status", "2023-05-20", "published", "Die EU bedauerte die Wiederaufnahme"),
            S("United States", "Georgian airports risk sanctions if they refuel sanctioned aircraft", "2023-05-20",
              "published", "Das US-Außenministerium drohte"),
        ],
        ["Kremlin", "Vladimir Putin", "Russia", "Dmitry Peskov", "Sergey Lavrov", "Ukraine", "European Union",
         "United States"],
    ),
]
