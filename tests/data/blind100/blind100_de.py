"""German articles of the blind100 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b100de01 (Polarjournal)
DE01 = """
Arktischer Rat: Sieben Mitgliedstaaten legen die Arbeit unter russischem Vorsitz auf Eis

Die sieben westlichen Mitglieder des Arktischen Rates wollen vorerst nicht mehr an Sitzungen des Gremiums teilnehmen.
In einer gemeinsamen Erklärung teilten Kanada, Dänemark, Finnland, Island, Norwegen, Schweden und die Vereinigten Staaten am Donnerstag mit, ihre Vertreter würden nicht nach Russland reisen, das seit Mai 2021 den Vorsitz innehat, und alle Treffen des Rates und seiner Arbeitsgruppen vorübergehend aussetzen.
Grund sei der «unprovozierte Angriff» Russlands auf die Ukraine, der die Grundsätze der Souveränität und der territorialen Unversehrtheit verletze, auf denen die Zusammenarbeit in der Arktis beruhe.

Es ist das erste Mal seit der Gründung des Rates im Jahr 1996, dass seine Arbeit in dieser Form zum Stillstand kommt.
Das Gremium galt über ein Vierteljahrhundert als Beleg dafür, dass Ost und West im hohen Norden auch in Zeiten politischer Spannungen zusammenarbeiten können.
Militärische Fragen sind von seinem Mandat ausdrücklich ausgenommen, im Mittelpunkt stehen Umweltschutz, Klimaforschung und die Rechte der indigenen Völker.

In Moskau stiess der Schritt auf Unverständnis.
Der russische Sonderbotschafter für die Arktis, Nikolai Kortschunow, nannte die Entscheidung am Donnerstagabend gegenüber der Agentur RIA Nowosti «bedauerlich», sie schade vor allem den Menschen im Norden.
Russland werde die Vorhaben seines Vorsitzes trotzdem weiterführen, darunter eine im Juni geplante internationale Konferenz in Salechard.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, warf den westlichen Staaten am Freitag vor, die Arktis zu politisieren und den Rat dem «Diktat Washingtons» zu unterwerfen.

In Washington betonte das State Department, die Vereinigten Staaten blieben dem Rat und seinen Zielen verpflichtet.
US-Aussenminister Antony Blinken wird am Freitag in Brüssel zu einem Treffen mit seinen Amtskollegen der Nato erwartet, bei dem es um die Lage an der Ostflanke des Bündnisses gehen soll.

Für die Forschung hat die Pause unmittelbare Folgen.
Die EU-Kommission kündigte am Freitag an, die Zusammenarbeit mit russischen Forschungseinrichtungen im Programm «Horizont Europa» auszusetzen und keine neuen Verträge mehr abzuschliessen.
Das deutsche Bundesforschungsministerium hatte bereits am vergangenen Freitag alle Kooperationen mit staatlichen Stellen in Russland eingefroren.
Forschende des Alfred-Wegener-Instituts in Bremerhaven warnen, ohne russische Messdaten entstünden grosse Lücken in der Klimabeobachtung, da fast die Hälfte der arktischen Küstenlinie zu Russland gehöre.

Ob und wann der Rat wieder zusammentritt, ist offen.
Die sieben Staaten erklärten, sie prüften derzeit, wie wichtige Projekte ohne Beteiligung Russlands weitergeführt werden könnten.
Der Vorsitz soll im Mai 2023 turnusgemäss an Norwegen übergehen.

Text: Julia Hager, PolarJournal.
"""

# ---------------------------------------------------------------- b100de02 (FischMagazin)
DE02 = """
Barentssee: Norwegen und Russland senken Kabeljauquote um 20 Prozent

Oslo/Moskau. Norwegen und Russland haben sich trotz wachsender politischer Spannungen auf die Fangmengen in der Barentssee für das kommende Jahr geeinigt.
Zum Abschluss der 53. Sitzung der Gemeinsamen Norwegisch-Russischen Fischereikommission, die erneut nur per Videokonferenz tagte, legten beide Seiten am Donnerstag die Gesamtquote für Nordost-Arktischen Kabeljau auf 453.427 Tonnen fest.
Das sind 20 Prozent weniger als in diesem Jahr und die niedrigste Quote seit 1991.
Beim Schellfisch sinkt die Quote um 21 Prozent auf 106.000 Tonnen, die Loddefischerei bleibt auch 2024 geschlossen.

Da Russland seit 2022 vom Internationalen Rat für Meeresforschung (ICES) ausgeschlossen ist, stützen sich die Empfehlungen erneut auf eine bilaterale Arbeitsgruppe norwegischer und russischer Forscher.
Diese hatte wegen schwacher Jahrgänge eine deutliche Kürzung angeraten.

Politisch wurden die Verhandlungen von Streit überschattet.
Der Chef der russischen Fischereibehörde Rosrybolowstwo, Ilja Schestakow, warf Oslo am Donnerstag vor, russische Trawler seit einem Jahr in norwegischen Häfen zu «diskriminieren».
Seit Oktober 2022 dürfen russische Fischereifahrzeuge nur noch die Häfen von Tromsø, Båtsfjord und Kirkenes anlaufen und werden dort strenger kontrolliert.
Sollte Norwegen die Beschränkungen nicht aufheben, werde Moskau die gesamte Zusammenarbeit «auf den Prüfstand stellen», sagte Schestakow.
Norwegens Fischereiministerin Cecilie Myrseth wies die Vorwürfe zurück: Die Massnahmen seien Teil der Sanktionen, die Norwegen im Gleichschritt mit der EU verhängt habe, und verstiessen gegen kein Abkommen.

Bereits am Mittwoch hatte die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, Norwegen vorgeworfen, russische Schiffe in der Fischereischutzzone um Spitzbergen gezielt zu schikanieren und damit gegen den Spitzbergen-Vertrag von 1920 zu verstossen.
Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau sei an der Fischereizusammenarbeit interessiert, für die Verschlechterung der Beziehungen trage aber allein Oslo die Verantwortung.

Für die deutsche Fischindustrie bedeutet die Kürzung steigende Rohwarenpreise.
Der Bundesverband der deutschen Fischindustrie und des Fischgrosshandels rechnet damit, dass die Preise für Kabeljaufilet in den kommenden Monaten weiter anziehen.
Russischer Kabeljau, der häufig in China weiterverarbeitet wird, unterliegt in der EU weiterhin keinen Sanktionen; Forderungen nach einem Importverbot hatte die EU-Kommission zuletzt zurückgewiesen.
Die EU und Norwegen wollen im November in Bergen über die gemeinsam bewirtschafteten Bestände in der Nordsee verhandeln.
Die nächste Sitzung der Norwegisch-Russischen Kommission ist für Oktober 2024 in Russland vorgesehen.
"""

# ---------------------------------------------------------------- b100de03 (nd)
DE03 = """
Finnland legalisiert Zurückweisungen an der Grenze zu Russland

Das Parlament in Helsinki erlaubt dem Grenzschutz, Asylsuchende ohne Prüfung ihres Antrags abzuweisen.
Menschenrechtsorganisationen sprechen von einem Tabubruch.

Finnlands Reichstag hat am Freitag ein Gesetz verabschiedet, das dem Grenzschutz erlaubt, an der Ostgrenze Asylsuchende ohne Prüfung ihres Antrags nach Russland zurückzuschicken.
167 Abgeordnete stimmten dafür, 31 dagegen, damit wurde die Fünf-Sechstel-Mehrheit erreicht, die für Abweichungen von der Verfassung nötig ist.
Die Regelung ist auf ein Jahr befristet und greift nur, wenn die Regierung feststellt, dass Russland Migrant*innen gezielt als Druckmittel einsetzt.
Innenministerin Mari Rantanen von der rechtspopulistischen Partei Die Finnen sprach von einem «notwendigen Werkzeug gegen hybride Angriffe aus Russland».

Hintergrund ist die Ankunft von rund 1300 Asylsuchenden aus Ländern wie Syrien, Somalia und Jemen im vergangenen Herbst, die ohne Visum über russische Grenzübergänge kamen.
Helsinki warf Moskau damals vor, die Menschen gezielt an die Grenze gebracht zu haben.
Seit Mitte Dezember sind sämtliche Übergänge geschlossen, im April verlängerte die Regierung die Schließung auf unbestimmte Zeit.

Das UN-Flüchtlingshilfswerk UNHCR kritisierte das Gesetz am Freitag scharf.
Das Recht, Asyl zu beantragen, gelte ausnahmslos, auch in schwierigen Lagen an den Grenzen, erklärte die Organisation in Genf und forderte Finnland auf, die Regelung nicht anzuwenden.
Der Menschenrechtskommissar des Europarats, Michael O'Flaherty, hatte schon vor der Abstimmung gewarnt, das Gesetz öffne «die Tür für Pushbacks».
Amnesty International in Finnland nannte den Beschluss einen «schwarzen Tag für den Rechtsstaat».

Die EU-Kommission erklärte, sie werde das Gesetz auf seine Vereinbarkeit mit dem Unionsrecht prüfen.
Brüssel steckt allerdings in einem Dilemma: Kommissionspräsidentin Ursula von der Leyen hatte Finnland im Winter demonstrativ den Rücken gestärkt und Russlands Vorgehen einen «hybriden Angriff» genannt.
Zudem erlaubt der im Mai beschlossene EU-Asylpakt den Mitgliedstaaten in Fällen von «Instrumentalisierung» Ausnahmen von den Asylregeln, allerdings erst ab 2026.

Präsident Alexander Stubb muss das Gesetz noch unterzeichnen.
Er kündigte am Freitag an, dies «in den kommenden Tagen» zu tun, und erklärte, die Sicherheit des Landes habe Vorrang.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, schrieb am Freitagabend auf Telegram, Finnland trete seine angeblichen «europäischen Werte» mit Füßen und schiebe die Schuld für eigene Probleme Russland zu.
Kremlsprecher Dmitri Peskow hatte zuletzt erklärt, die Verantwortung für die geschlossene Grenze liege allein bei Helsinki.

Seit der Schließung sind nach Angaben des Grenzschutzes nur vereinzelt Menschen über die grüne Grenze gekommen.
Für die Bewohner*innen der Grenzregion um Lappeenranta und Imatra, wo früher täglich Tausende Russ*innen zum Einkaufen kamen, bedeutet die Abschottung zudem den Verlust einer wichtigen Einnahmequelle.
"""

# ---------------------------------------------------------------- b100de04 (Soldat & Technik)
DE04 = """
Nordflotte: Fregatte «Admiral Gorschkow» mit Zirkon-Hyperschallflugkörpern auf Langfahrt

Der russische Präsident Wladimir Putin hat am Mittwoch die Fregatte «Admiral Gorschkow» der Nordflotte zu einer Langfahrt in den Atlantik, den Indischen Ozean und das Mittelmeer entsandt.
Das Schiff des Projekts 22350 ist nach russischen Angaben die erste Einheit, die den Hyperschall-Seezielflugkörper 3M22 Zirkon im regulären Einsatz an Bord führt.
Putin verfolgte die Zeremonie per Videoschaltung gemeinsam mit Verteidigungsminister Sergej Schoigu, Kommandant Igor Krochmal meldete die Bereitschaft zum Auslaufen.
«Ich bin sicher, dass eine solche mächtige Waffe es ermöglicht, Russland zuverlässig vor möglichen äußeren Bedrohungen zu schützen», sagte Putin.

Schoigu erklärte, die Besatzung werde während der Fahrt den Einsatz der Hyperschallwaffen üben.
Der Zirkon könne jede Luftverteidigung überwinden und Ziele in mehr als tausend Kilometern Entfernung mit neunfacher Schallgeschwindigkeit treffen.
Unabhängig überprüfen lassen sich diese Angaben nicht.
Nach Angaben aus Moskau soll die Fregatte im Februar an einem gemeinsamen Marinemanöver mit China und Südafrika vor der südafrikanischen Küste teilnehmen.
Der Flugkörper war seit 2020 mehrfach von der «Admiral Gorschkow» und vom U-Boot «Sewerodwinsk» aus im Weißen Meer und in der Barentssee getestet worden, zuletzt im Mai 2022.

Das Auslaufen fällt in eine Phase, in der Moskau seine Abschreckungsfähigkeiten demonstrativ in den Vordergrund stellt.
Putin hatte im Dezember angekündigt, der Zirkon werde «in naher Zukunft» an die Truppe übergeben.
Für die Nordflotte mit ihren Stützpunkten auf der Halbinsel Kola ist die Fahrt auch ein Signal: Ihre U-Boote und Überwasserschiffe gelten als Rückgrat der russischen Seemacht, seit die Schwarzmeerflotte im Krieg schwere Verluste erlitten hat.

Die norwegischen Streitkräfte erklärten, sie verfolgten die Fahrt der Fregatte, die von Seweromorsk aus in die Barentssee ausgelaufen sei, mit Seefernaufklärern vom Typ P-8A Poseidon.
Eine Nato-Sprecherin sagte, das Bündnis beobachte die Aktivitäten der russischen Marine wachsam, sehe aber keine unmittelbare Bedrohung.
Im Pentagon hieß es am Mittwoch, man verfolge die Fahrt, halte das Schiff aber nicht für besonders gefährlich.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, die Fahrt richte sich «gegen niemanden», es handle sich um eine routinemäßige Demonstration der Fähigkeiten der Flotte.

Im Krieg gegen die Ukraine setzt die russische Marine seit Februar 2022 vor allem Marschflugkörper vom Typ Kalibr ein, die von Schiffen und U-Booten im Schwarzen Meer abgefeuert werden.
Das ukrainische Verteidigungsministerium nannte die Entsendung der «Admiral Gorschkow» Propaganda, die von den Niederlagen an der Front ablenken solle.
Die Deutsche Marine ist derzeit mit der Fregatte «Mecklenburg-Vorpommern» an einem Nato-Verband im Nordatlantik beteiligt, der auch russische Schiffsbewegungen im Blick behält.
"""

# ---------------------------------------------------------------- b100de05 (watson.ch)
DE05 = """
Russland rüstet an der Grenze zu Finnland auf – und Trump sagt: «Die werden sehr sicher sein»

Neue Zelte, Hallen und Fahrzeugdepots: Satellitenbilder zeigen, dass Russland seine Stützpunkte nahe der finnischen Grenze ausbaut.
In Helsinki bleibt man auffällig ruhig.
Das musst du wissen.

Was ist passiert?
Die Bilder, die am Montag bekannt wurden, zeigen Bautätigkeit an mehreren Standorten: bei Kamenka nahe Wyborg, in Petrosawodsk und auf der Halbinsel Kola, wo die Nordflotte und strategische Bomber stationiert sind.
Im Februar 2024 hatte Moskau den Militärbezirk Leningrad neu geschaffen, in Karelien soll zudem ein neues Armeekorps entstehen.
Fachleute gehen davon aus, dass Russland die Truppen im Nordwesten in den kommenden Jahren deutlich verstärken will, sobald Einheiten aus der Ukraine frei werden.

Was sagt Finnland?
Präsident Alexander Stubb sagte am Mittwoch, Finnland beobachte die Lage «sehr genau», sehe aber keine unmittelbare Bedrohung.
«Russland war schon immer da, und wir sind darauf vorbereitet», sagte Stubb.
Die Grenze zwischen den beiden Ländern ist seit Dezember 2023 vollständig geschlossen, nachdem Helsinki Moskau vorgeworfen hatte, Migranten gezielt an die Übergänge zu schleusen.

Und die USA?
US-Präsident Donald Trump wurde am Dienstag im Oval Office auf die Bilder angesprochen.
«Finnland und Norwegen werden sehr sicher sein», sagte er, ohne Einzelheiten zu nennen.
Trump hatte am Montag mehr als zwei Stunden mit Kremlchef Wladimir Putin telefoniert, eine Waffenruhe in der Ukraine kam dabei nicht zustande.

Was sagt der Kreml?
Kremlsprecher Dmitri Peskow erklärte am Mittwoch, die Massnahmen seien eine Antwort auf den Nato-Beitritt Finnlands im April 2023.
Helsinki habe sich mit diesem Schritt selbst zu einem «Frontstaat» gemacht und trage dafür die Verantwortung.
Nato-Generalsekretär Mark Rutte warnte Moskau am Mittwoch, das Bündnis werde «jeden Zentimeter» seines Gebiets verteidigen.

Und die Schweiz?
Für die Schweizer Sicherheitspolitik ist Finnland ein viel beachteter Vergleichsfall.
Das Land hatte nach Jahrzehnten der Bündnisfreiheit im Mai 2022 den Nato-Beitritt beantragt und gilt mit seiner Wehrpflichtarmee und seinen Schutzräumen als Vorbild für Landesverteidigung.
"""

# ---------------------------------------------------------------- b100de06 (Nordis)
DE06 = """
Streit um Fracht für Barentsburg: Moskau bestellt norwegische Diplomatin ein

Oslo/Longyearbyen. Der Streit um eine an der norwegisch-russischen Grenze festgehaltene Warenlieferung für die russische Bergbausiedlung Barentsburg auf Spitzbergen wächst sich zu einer diplomatischen Krise aus.
Das russische Außenministerium bestellte am Mittwoch die norwegische Geschäftsträgerin Solveig Rossebø ein und verlangte, die «Blockade» unverzüglich aufzuheben.
Andernfalls werde Russland Vergeltungsmaßnahmen ergreifen, hieß es in einer Mitteilung des Ministeriums.

Seit Mitte Juni stehen rund 20 Tonnen Fracht, darunter Lebensmittel und Ersatzteile für das Kohlebergwerk, am Grenzübergang Storskog bei Kirkenes fest.
Die EU hatte im April mit ihrem fünften Sanktionspaket russischen Speditionen den Gütertransport auf ihren Straßen verboten, Norwegen schloss sich dem Verbot an.
Außenministerin Anniken Huitfeldt sagte am Dienstag im Sender NRK, es handle sich «nicht um eine Blockade Spitzbergens», die Waren könnten jederzeit von einem norwegischen Unternehmen weiterbefördert werden.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Mittwoch von einem «unfreundlichen Akt», der die Versorgung russischer Bürger auf dem Archipel gefährde.
Der Vizepräsident des Föderationsrates, Konstantin Kossatschow, stellte sogar den Spitzbergen-Vertrag von 1920 infrage, der Norwegen die Souveränität über die Inselgruppe zuspricht, den übrigen Vertragsstaaten aber gleiche Rechte bei der wirtschaftlichen Nutzung garantiert.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau setze auf eine diplomatische Lösung, das Problem müsse aber so schnell wie möglich aus der Welt geschafft werden.

In Barentsburg leben rund 370 Menschen, die meisten aus Russland und der Ukraine, die für den staatlichen Konzern Trust Arktikugol arbeiten.
Seit Kriegsbeginn hat sich das Verhältnis zwischen der russischen Siedlung und dem norwegischen Hauptort Longyearbyen merklich abgekühlt, gemeinsame Veranstaltungen finden kaum noch statt.
Russland sieht seine Präsenz auf dem Archipel seit Langem als strategisch wichtig an, auch wegen der Nähe zu den Stützpunkten der Nordflotte auf der Halbinsel Kola.

Ministerpräsident Jonas Gahr Støre, der in Madrid am Nato-Gipfel teilnimmt, sagte am Mittwoch, Norwegen werde sich «nicht unter Druck setzen lassen».
Die Staats- und Regierungschefs der Allianz hatten in Madrid am Mittwoch Finnland und Schweden offiziell zum Beitritt eingeladen.
Nach Informationen von Nordis prüft das Außenministerium in Oslo inzwischen, ob die Lieferung mit einer Ausnahmegenehmigung doch noch weitergeleitet werden kann.
Eine Entscheidung wird in den kommenden Tagen erwartet.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b100de01_arktischer_rat_pause_2022_03", "2022-03-04", DE01,
        [
            T("Donnerstag", "DATE", "2022-03-03"),
            T("Mai 2021", "DATE", "2021-05"),
            T("Jahr 1996", "DATE", "1996"),
            T("ein Vierteljahrhundert", "DURATION", "P25Y"),
            T("Donnerstagabend", "TIME", "2022-03-03TEV"),
            T("Juni", "DATE", "2022-06"),
            T("Freitag", "DATE", "2022-03-04", 0),
            T("Freitag", "DATE", "2022-03-04", 1),
            T("Freitag", "DATE", "2022-03-04", 2),
            T("vergangenen Freitag", "DATE", "2022-02-25"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Mai 2023", "DATE", "2023-05"),
        ],
        [
            E("Seven Arctic Council states, among them the US, will not travel to Russia and pause all council "
              "meetings under the Russian chairmanship", "SANCTION", ["United States", "Russia"], "2022-03-03", "text",
              "occurred", "In einer gemeinsamen Erklärung teilten"),
            E("The seven states blame Russia's unprovoked attack on Ukraine for the pause", "ACCUSE",
              ["United States", "Russia"], "2022-03-03", "context", "occurred", "Grund sei der"),
            E("Russia's Arctic envoy Korchunov calls the decision regrettable and harmful to the people of the North",
              "ACCUSE", ["Russia", "United States"], "2022-03-03TEV", "text", "occurred",
              "nannte die Entscheidung am Donnerstagabend"),
            E("Russia to hold an international Arctic conference in Salekhard in June", "CONSULT", ["Russia"],
              "2022-06", "text", "planned", "darunter eine im Juni geplante"),
            E("Zakharova accuses the Western states of politicising the Arctic under Washington's dictate", "ACCUSE",
              ["Maria Zakharova", "United States"], "2022-03-04", "text", "occurred", "Maria Sacharowa, warf"),
            E("Blinken expected in Brussels for a meeting with his NATO counterparts", "CONSULT",
              ["Antony Blinken", "NATO"], "2022-03-04", "text", "planned", "wird am Freitag in Brüssel"),
            E("The European Commission suspends cooperation with Russian research institutions in Horizon Europe",
              "SANCTION", ["European Union", "Russia"], "2022-03-04", "text", "occurred",
              "Die EU-Kommission kündigte am Freitag an"),
            E("Germany's research ministry freezes all cooperation with state bodies in Russia", "SANCTION",
              ["Germany", "Russia"], "2022-02-25", "text", "occurred", "Bundesforschungsministerium hatte bereits"),
        ],
        [
            S("Joint statement: United States", "The seven will not travel to Russia and pause all council meetings",
              "2022-03-03", "text", "In einer gemeinsamen Erklärung teilten"),
            S("Joint statement: United States", "The reason is Russia's unprovoked attack, which violates sovereignty "
              "and territorial integrity", "2022-03-03", "context", "Grund sei der"),
            S("Russia", "Korchunov: the decision is regrettable and harms the people of the North", "2022-03-03TEV",
              "text", "nannte die Entscheidung am Donnerstagabend"),
            S("Russia", "Korchunov: Russia will continue the projects of its chairmanship, including the Salekhard "
              "conference", "2022-03-03TEV", "context", "darunter eine im Juni geplante"),
            S("Maria Zakharova", "The West politicises the Arctic and subjects the council to Washington's dictate",
              "2022-03-04", "text", "Maria Sacharowa, warf"),
            S("United States", "The US remains committed to the council and its goals", "2022-03-04", "published",
              "In Washington betonte das State Department"),
            S("Joint statement: United States", "The seven are examining how to continue important projects without "
              "Russia", "2022-03-03", "context", "Die sieben Staaten erklärten"),
        ],
        ["United States", "Russia", "Ukraine", "Maria Zakharova", "Antony Blinken", "NATO", "European Union",
         "Germany"],
    ),
    doc(
        "b100de02_kabeljauquote_barentssee_2023_10", "2023-10-20", DE02,
        [
            T("kommende Jahr", "DATE", "2024"),
            T("Donnerstag", "DATE", "2023-10-19", 0),
            T("diesem Jahr", "DATE", "2023"),
            T("1991", "DATE", "1991"),
            T("2024", "DATE", "2024", 0),
            T("2022", "DATE", "2022", 0),
            T("Donnerstag", "DATE", "2023-10-19", 1),
            T("einem Jahr", "DURATION", "P1Y"),
            T("Oktober 2022", "DATE", "2022-10"),
            T("Mittwoch", "DATE", "2023-10-18"),
            T("1920", "DATE", "1920"),
            T("Freitag", "DATE", "2023-10-20"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("November", "DATE", "2023-11"),
            T("Oktober 2024", "DATE", "2024-10"),
        ],
        [
            E("Session of the Joint Norwegian-Russian Fisheries Commission concluded by video conference", "CONSULT",
              ["Russia"], "2023-10-19", "text", "occurred", "Zum Abschluss der 53. Sitzung"),
            E("Norway and Russia agree a 2024 cod quota of 453,427 tonnes", "AGREE", ["Russia"], "2023-10-19", "text",
              "occurred", "Zum Abschluss der 53. Sitzung"),
            E("Russia excluded from ICES since 2022", "SANCTION", ["Russia"], "2022", "text", "occurred",
              "seit 2022 vom Internationalen Rat", date_mod="START"),
            E("Rosrybolovstvo head Shestakov accuses Oslo of discriminating against Russian trawlers in its ports",
              "ACCUSE", ["Russia"], "2023-10-19", "text", "occurred", "Ilja Schestakow, warf Oslo"),
            E("Norway restricts Russian fishing vessels to three ports with stricter checks", "SANCTION", ["Russia"],
              "2022-10", "text", "occurred", "Seit Oktober 2022 dürfen", date_mod="START"),
            E("Shestakov threatens to review all cooperation unless Norway lifts the restrictions", "THREATEN",
              ["Russia"], "2023-10-19", "context", "occurred", "Sollte Norwegen die Beschränkungen"),
            E("Norway's fisheries minister rejects the Russian accusations", "REJECT", ["Russia"], "2023-10-19",
              "context", "occurred", "Cecilie Myrseth wies die Vorwürfe zurück"),
            E("Zakharova accuses Norway of harassing Russian vessels around Svalbard in breach of the treaty",
              "ACCUSE", ["Maria Zakharova"], "2023-10-18", "text", "occurred", "Bereits am Mittwoch hatte"),
            E("Peskov blames Oslo alone for the deterioration of relations", "ACCUSE", ["Dmitry Peskov"], "2023-10-20",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("The European Commission rejected calls for an import ban on Russian cod", "REJECT",
              ["European Union"], "PAST_REF", "vague", "occurred", "Forderungen nach einem Importverbot"),
            E("EU-Norway consultations on shared North Sea stocks in Bergen", "CONSULT", ["European Union"],
              "2023-11", "text", "planned", "Die EU und Norwegen wollen im November"),
            E("Next session of the Norwegian-Russian commission in Russia", "CONSULT", ["Russia"], "2024-10", "text",
              "planned", "Die nächste Sitzung der Norwegisch-Russischen"),
        ],
        [
            S("Russia", "Shestakov: Norway discriminates against Russian trawlers in its ports", "2023-10-19", "text",
              "Ilja Schestakow, warf Oslo"),
            S("Russia", "Shestakov: Moscow will put all cooperation to the test unless Norway lifts the restrictions",
              "2023-10-19", "context", "Sollte Norwegen die Beschränkungen"),
            S("Maria Zakharova", "Norway harasses Russian ships in the Svalbard zone, violating the 1920 treaty",
              "2023-10-18", "text", "Bereits am Mittwoch hatte"),
            S("Dmitry Peskov", "Moscow is interested in fisheries cooperation, but Oslo alone is to blame for worse "
              "relations", "2023-10-20", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
        ],
        ["Russia", "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b100de03_finnland_grenzgesetz_2024_07", "2024-07-13", DE03,
        [
            T("Freitag", "DATE", "2024-07-12", 0),
            T("ein Jahr", "DURATION", "P1Y"),
            T("vergangenen Herbst", "DATE", "2023-FA"),
            T("Mitte Dezember", "DATE", "2023-12", mod="MID"),
            T("April", "DATE", "2024-04"),
            T("Freitag", "DATE", "2024-07-12", 1),
            T("Winter", "DATE", "2023-WI"),
            T("Mai", "DATE", "2024-05"),
            T("2026", "DATE", "2026"),
            T("Freitag", "DATE", "2024-07-12", 2),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Freitagabend", "TIME", "2024-07-12TEV"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("täglich", "SET", "P1D"),
        ],
        [
            E("Finland's parliament passes a law letting border guards turn asylum seekers back to Russia",
              "SANCTION", ["Russia"], "2024-07-12", "text", "occurred", "Finnlands Reichstag hat am Freitag"),
            E("Interior minister Rantanen calls the law a tool against hybrid attacks from Russia", "ACCUSE",
              ["Russia"], "2024-07-12", "context", "occurred", "Innenministerin Mari Rantanen"),
            E("Helsinki accused Moscow of deliberately bringing asylum seekers to the border", "ACCUSE", ["Russia"],
              "2023-FA", "context", "occurred", "Helsinki warf Moskau damals vor"),
            E("Finland closes all crossings on the Russian border", "SANCTION", ["Russia"], "2023-12", "text",
              "occurred", "Seit Mitte Dezember sind sämtliche", date_mod="MID"),
            E("Finland extends the border closure indefinitely", "SANCTION", ["Russia"], "2024-04", "text",
              "occurred", "Seit Mitte Dezember sind sämtliche"),
            E("UNHCR sharply criticises the Finnish law", "ACCUSE", ["United Nations"], "2024-07-12", "text",
              "occurred", "Das UN-Flüchtlingshilfswerk UNHCR kritisierte"),
            E("UNHCR calls on Finland not to apply the law", "REQUEST", ["United Nations"], "2024-07-12", "context",
              "occurred", "forderte Finnland auf"),
            E("Von der Leyen backed Finland in the winter", "SUPPORT", ["Ursula von der Leyen"], "2023-WI", "text",
              "occurred", "Kommissionspräsidentin Ursula von der Leyen hatte Finnland"),
            E("Von der Leyen called Russia's conduct a hybrid attack", "ACCUSE", ["Ursula von der Leyen", "Russia"],
              "2023-WI", "text", "occurred", "Kommissionspräsidentin Ursula von der Leyen hatte Finnland"),
            E("The EU adopts its asylum pact with exceptions for instrumentalisation", "AGREE", ["European Union"],
              "2024-05", "text", "occurred", "Zudem erlaubt der im Mai beschlossene"),
            E("Stubb to sign the border law", "SANCTION", ["Alexander Stubb", "Russia"], "FUTURE_REF", "vague",
              "planned", "Er kündigte am Freitag an"),
            E("Zakharova accuses Finland of trampling on its European values", "ACCUSE", ["Maria Zakharova"],
              "2024-07-12TEV", "text", "occurred", "Maria Sacharowa, schrieb am Freitagabend"),
            E("Zakharova rejects the blame for Finland's problems", "REJECT", ["Maria Zakharova"], "2024-07-12TEV",
              "text", "occurred", "Maria Sacharowa, schrieb am Freitagabend"),
            E("Peskov blames Helsinki alone for the closed border", "ACCUSE", ["Dmitry Peskov"], "PAST_REF", "vague",
              "occurred", "Kremlsprecher Dmitri Peskow hatte zuletzt"),
        ],
        [
            S("United Nations", "UNHCR: the right to seek asylum applies without exception; Finland should not apply "
              "the law", "2024-07-12", "context", "Das Recht, Asyl zu beantragen"),
            S("European Union", "The Commission will examine the law's compatibility with EU law", "2024-07-13",
              "published", "Die EU-Kommission erklärte"),
            S("Ursula von der Leyen", "Russia's conduct at the Finnish border is a hybrid attack", "2023-WI", "text",
              "Kommissionspräsidentin Ursula von der Leyen hatte Finnland"),
            S("Alexander Stubb", "Will sign the law in the coming days; the country's security comes first",
              "2024-07-12", "text", "Er kündigte am Freitag an"),
            S("Maria Zakharova", "Finland tramples on its supposed European values and blames Russia for its own "
              "problems", "2024-07-12TEV", "text", "Maria Sacharowa, schrieb am Freitagabend"),
            S("Dmitry Peskov", "Responsibility for the closed border lies with Helsinki alone", "PAST_REF", "vague",
              "Kremlsprecher Dmitri Peskow hatte zuletzt"),
        ],
        ["Russia", "United Nations", "European Union", "Ursula von der Leyen", "Alexander Stubb", "Maria Zakharova",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b100de04_gorschkow_zirkon_nordflotte_2023_01", "2023-01-05", DE04,
        [
            T("Mittwoch", "DATE", "2023-01-04", 0),
            T("2020", "DATE", "2020"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mai 2022", "DATE", "2022-05"),
            T("Februar", "DATE", "2023-02"),
            T("Dezember", "DATE", "2022-12"),
            T("naher Zukunft", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2023-01-04", 1),
            T("Donnerstag", "DATE", "2023-01-05"),
            T("Februar 2022", "DATE", "2022-02"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Putin sends the Northern Fleet frigate Admiral Gorshkov with Zircon missiles on a long voyage",
              "MOBILIZE", ["Vladimir Putin", "Russia"], "2023-01-04", "text", "occurred",
              "Der russische Präsident Wladimir Putin hat am Mittwoch"),
            E("The frigate to join a naval exercise with China and South Africa off the South African coast",
              "MOBILIZE", ["Russia", "China"], "2023-02", "text", "planned", "Nach Angaben aus Moskau soll"),
            E("Russia's navy fires Kalibr cruise missiles at Ukraine since February 2022", "ASSAULT",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "Im Krieg gegen die Ukraine setzt",
              date_mod="START"),
            E("Ukraine's defence ministry calls the deployment propaganda", "ACCUSE", ["Ukraine", "Russia"],
              "2023-01-05", "published", "occurred", "Das ukrainische Verteidigungsministerium nannte"),
            E("A German frigate takes part in a NATO group in the North Atlantic", "MOBILIZE", ["Germany", "NATO"],
              "PRESENT_REF", "vague", "occurred", "Die Deutsche Marine ist derzeit"),
        ],
        [
            S("Vladimir Putin", "Such a powerful weapon will reliably protect Russia from possible external threats",
              "2023-01-04", "context", "Ich bin sicher"),
            S("Russia", "Shoigu: the crew will practise using the hypersonic weapons during the voyage", "2023-01-04",
              "context", "Schoigu erklärte"),
            S("Russia", "Shoigu: Zircon can overcome any air defence and hit targets over a thousand kilometres away",
              "2023-01-04", "context", "Der Zirkon könne jede Luftverteidigung"),
            S("Russia", "The frigate will join an exercise with China and South Africa in February", "2023-01-05",
              "published", "Nach Angaben aus Moskau soll"),
            S("Vladimir Putin", "Zircon will be handed to the troops in the near future", "2022-12", "text",
              "Putin hatte im Dezember angekündigt"),
            S("NATO", "The alliance watches Russian naval activity vigilantly but sees no immediate threat",
              "2023-01-05", "published", "Eine Nato-Sprecherin sagte"),
            S("United States", "The Pentagon follows the voyage but does not consider the ship particularly dangerous",
              "2023-01-04", "text", "Im Pentagon hieß es am Mittwoch"),
            S("Dmitry Peskov", "The voyage is directed against no one; a routine demonstration of the fleet's "
              "capabilities", "2023-01-05", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Ukraine", "The deployment is propaganda meant to distract from defeats at the front", "2023-01-05",
              "published", "Das ukrainische Verteidigungsministerium nannte"),
        ],
        ["Vladimir Putin", "Russia", "China", "NATO", "United States", "Kremlin", "Dmitry Peskov", "Ukraine",
         "Germany"],
    ),
    doc(
        "b100de05_finnland_grenze_aufruestung_2025_05", "2025-05-22", DE05,
        [
            T("Montag", "DATE", "2025-05-19", 0),
            T("Februar 2024", "DATE", "2024-02"),
            T("den kommenden Jahren", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2025-05-21", 0),
            T("Dezember 2023", "DATE", "2023-12"),
            T("Dienstag", "DATE", "2025-05-20"),
            T("Montag", "DATE", "2025-05-19", 1),
            T("mehr als zwei Stunden", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Mittwoch", "DATE", "2025-05-21", 1),
            T("April 2023", "DATE", "2023-04"),
            T("Mittwoch", "DATE", "2025-05-21", 2),
            T("Jahrzehnten", "DURATION", "PXY"),
            T("Mai 2022", "DATE", "2022-05"),
        ],
        [
            E("Russia re-creates the Leningrad Military District", "MOBILIZE", ["Russia"], "2024-02", "text",
              "occurred", "Im Februar 2024 hatte Moskau"),
            E("Russia to set up a new army corps in Karelia", "MOBILIZE", ["Russia"], "2025-05-22", "published",
              "planned", "Im Februar 2024 hatte Moskau", note="no date given for the new corps"),
            E("Russia expected to reinforce its troops in the north-west in the coming years", "MOBILIZE",
              ["Russia"], "FUTURE_REF", "vague", "uncertain", "Fachleute gehen davon aus"),
            E("Finland's border with Russia completely closed since December 2023", "SANCTION", ["Russia"],
              "2023-12", "text", "occurred", "Die Grenze zwischen den beiden Ländern", date_mod="START"),
            E("Helsinki accused Moscow of channelling migrants to the crossings", "ACCUSE", ["Russia"], "2023-12",
              "context", "occurred", "Die Grenze zwischen den beiden Ländern"),
            E("Trump assures that Finland and Norway will be very safe", "AGREE", ["Donald Trump"], "2025-05-20",
              "context", "occurred", "Finnland und Norwegen werden sehr sicher sein"),
            E("Trump-Putin phone call of more than two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-05-19", "text", "occurred", "Trump hatte am Montag mehr als zwei Stunden"),
            E("No ceasefire in Ukraine agreed in the Trump-Putin call", "REJECT", ["Donald Trump", "Vladimir Putin"],
              "2025-05-19", "context", "occurred", "Trump hatte am Montag mehr als zwei Stunden"),
            E("Finland joins NATO", "COOPERATE", ["NATO"], "2023-04", "text", "occurred",
              "Kremlsprecher Dmitri Peskow erklärte am Mittwoch"),
            E("Peskov blames Helsinki for making itself a frontline state", "ACCUSE", ["Dmitry Peskov"],
              "2025-05-21", "context", "occurred", "Helsinki habe sich mit diesem Schritt"),
            E("Rutte warns Moscow that NATO will defend every inch of its territory", "THREATEN",
              ["Mark Rutte", "NATO", "Russia"], "2025-05-21", "text", "occurred", "Mark Rutte warnte Moskau"),
            E("Finland applied for NATO membership", "REQUEST", ["NATO"], "2022-05", "text", "occurred",
              "im Mai 2022 den Nato-Beitritt beantragt"),
        ],
        [
            S("Alexander Stubb", "Finland watches the situation very closely but sees no immediate threat",
              "2025-05-21", "text", "Präsident Alexander Stubb sagte am Mittwoch"),
            S("Alexander Stubb", "Russia has always been there, and Finland is prepared", "2025-05-21", "context",
              "Russland war schon immer da"),
            S("Donald Trump", "Finland and Norway will be very safe", "2025-05-20", "context",
              "Finnland und Norwegen werden sehr sicher sein"),
            S("Dmitry Peskov", "The measures respond to Finland's NATO accession", "2025-05-21", "text",
              "Kremlsprecher Dmitri Peskow erklärte am Mittwoch"),
            S("Dmitry Peskov", "Helsinki made itself a frontline state and bears the responsibility", "2025-05-21",
              "context", "Helsinki habe sich mit diesem Schritt"),
            S("Mark Rutte", "NATO will defend every inch of its territory", "2025-05-21", "text",
              "Mark Rutte warnte Moskau"),
        ],
        ["Russia", "Alexander Stubb", "Donald Trump", "United States", "Vladimir Putin", "Kremlin", "Ukraine",
         "Dmitry Peskov", "NATO", "Mark Rutte"],
    ),
    doc(
        "b100de06_spitzbergen_fracht_barentsburg_2022_06", "2022-06-30", DE06,
        [
            T("Mittwoch", "DATE", "2022-06-29", 0),
            T("Mitte Juni", "DATE", "2022-06", mod="MID"),
            T("April", "DATE", "2022-04"),
            T("Dienstag", "DATE", "2022-06-28"),
            T("Mittwoch", "DATE", "2022-06-29", 1),
            T("1920", "DATE", "1920"),
            T("Donnerstag", "DATE", "2022-06-30"),
            T("Mittwoch", "DATE", "2022-06-29", 2),
            T("Mittwoch", "DATE", "2022-06-29", 3),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Russia's foreign ministry summons Norway's chargé d'affaires over the Barentsburg cargo", "ACCUSE",
              ["Russia"], "2022-06-29", "text", "occurred", "Das russische Außenministerium bestellte"),
            E("Russia demands that the blockade be lifted immediately", "REQUEST", ["Russia"], "2022-06-29",
              "text", "occurred", "Das russische Außenministerium bestellte"),
            E("Russia threatens retaliatory measures", "THREATEN", ["Russia"], "2022-06-29", "context", "occurred",
              "Andernfalls werde Russland"),
            E("Norway holds 20 tonnes of cargo for Barentsburg at the Storskog crossing", "SANCTION", ["Russia"],
              "2022-06", "text", "occurred", "Seit Mitte Juni stehen", date_mod="MID"),
            E("The EU bans Russian road hauliers in its fifth sanctions package", "SANCTION",
              ["European Union", "Russia"], "2022-04", "text", "occurred", "Die EU hatte im April"),
            E("Norway joins the EU ban on Russian road hauliers", "SANCTION", ["Russia"], "2022-04", "context",
              "occurred", "Die EU hatte im April"),
            E("Norway's foreign minister rejects the blockade charge", "REJECT", ["Russia"], "2022-06-28", "text",
              "occurred", "Außenministerin Anniken Huitfeldt"),
            E("Zakharova calls the holding of the cargo an unfriendly act", "ACCUSE", ["Maria Zakharova"],
              "2022-06-29", "text", "occurred", "Maria Sacharowa, sprach am Mittwoch"),
            E("Kosachev calls the Svalbard Treaty into question", "THREATEN", ["Russia"], "2022-06-30", "published",
              "occurred", "Konstantin Kossatschow, stellte"),
            E("Peskov calls for a quick diplomatic solution", "REQUEST", ["Dmitry Peskov"], "2022-06-30", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Støre: Norway will not be put under pressure", "REJECT", ["Russia"], "2022-06-29", "text", "occurred",
              "Jonas Gahr Støre"),
            E("NATO leaders in Madrid formally invite Finland and Sweden to join", "REQUEST", ["NATO"],
              "2022-06-29", "text", "occurred", "Die Staats- und Regierungschefs der Allianz"),
            E("Oslo examines an exemption to let the cargo through", "CONCEDE", ["Russia"], "FUTURE_REF", "vague",
              "uncertain", "Nach Informationen von Nordis"),
        ],
        [
            S("Russia", "The blockade must be lifted immediately, or Russia will retaliate", "2022-06-29", "context",
              "Andernfalls werde Russland"),
            S("Maria Zakharova", "The holding of the cargo is an unfriendly act endangering Russian citizens",
              "2022-06-29", "text", "Maria Sacharowa, sprach am Mittwoch"),
            S("Russia", "Kosachev questions the Svalbard Treaty of 1920", "2022-06-30", "published",
              "Konstantin Kossatschow, stellte"),
            S("Dmitry Peskov", "Moscow wants a diplomatic solution, but the problem must be solved as quickly as "
              "possible", "2022-06-30", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
        ],
        ["Russia", "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "NATO"],
    ),
]
