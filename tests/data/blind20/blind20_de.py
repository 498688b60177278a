"""German articles of the blind20 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

DOCS = [
    dict(
        id="b20de01_annexion_nato_antrag_2022_09",
        lang="de",
        published="2022-09-30",
        body="""Putin besiegelt Annexion – Kiew beantragt Aufnahme in die NATO im Eilverfahren

Russlands Präsident Wladimir Putin hat am Freitag im Kreml die völkerrechtswidrige Annexion der ukrainischen Gebiete Donezk, Luhansk, Cherson und Saporischschja besiegelt.
Im Georgssaal unterzeichnete er mit den von Moskau eingesetzten Verwaltungschefs sogenannte Beitrittsverträge, die noch von beiden Kammern des russischen Parlaments gebilligt werden müssen.
Wenige Stunden später kündigte der ukrainische Präsident Wolodymyr Selenskyj an, sein Land werde einen beschleunigten Beitritt zum westlichen Verteidigungsbündnis beantragen.

In seiner rund 40-minütigen Rede warf Putin dem Westen vor, Russland schwächen und zerstören zu wollen.
Die Menschen in den vier Regionen seien „unsere Bürger, für immer“, sagte er unter dem Beifall der geladenen Gäste.
Zugleich forderte der Kremlchef die Führung in Kiew auf, das Feuer einzustellen und an den Verhandlungstisch zurückzukehren.
Über den Status der annektierten Gebiete werde man dabei allerdings nicht sprechen.
Russland werde sein Land „mit allen uns zur Verfügung stehenden Kräften und Mitteln“ schützen – eine Formulierung, die in westlichen Hauptstädten als erneute Anspielung auf das Atomwaffenarsenal gewertet wurde.

Selenskyj antwortete in einer Videobotschaft, die Ukraine werde mit Russland nicht verhandeln, solange Putin im Amt sei.
Den Antrag unterzeichnete er nach Angaben seines Büros noch am selben Tag gemeinsam mit Parlamentspräsident Ruslan Stefantschuk und Regierungschef Denys Schmyhal.
„De facto sind wir bereits Verbündete“, sagte Selenskyj.

Bundeskanzler Olaf Scholz sprach am Abend von einem „imperialistischen Raubzug“.
Deutschland werde die Ergebnisse der Scheinreferenden niemals anerkennen.
NATO-Generalsekretär Jens Stoltenberg nannte den Schritt die größte versuchte Annexion europäischen Territoriums seit dem Zweiten Weltkrieg und sicherte Kiew die weitere Unterstützung der Allianz zu.
Über den Antrag müssten alle 30 Mitglieder einvernehmlich entscheiden, einen Zeitplan nannte er nicht.

Im UN-Sicherheitsrat in New York legte Russland am Vormittag (Ortszeit) sein Veto gegen eine von den USA und Albanien eingebrachte Resolution ein, die die Annexion für ungültig erklären sollte.
China, Indien, Brasilien und Gabun enthielten sich.
Washington verhängte parallel Sanktionen gegen fast 300 Personen, darunter Abgeordnete der Duma, sowie gegen die Chefin der russischen Zentralbank.
US-Präsident Joe Biden versicherte, die Vereinigten Staaten würden die neuen Grenzen „niemals, niemals, niemals“ anerkennen.

Die Abstimmungen in den besetzten Gebieten hatten vom 23. bis 27. September stattgefunden, teils unter den Augen bewaffneter Soldaten.
Am 21. September hatte Putin bereits eine Teilmobilmachung von rund 300.000 Reservisten angeordnet.
UN-Generalsekretär António Guterres hatte am Donnerstag gewarnt, eine Annexion hätte „keinerlei rechtlichen Wert“ und wäre eine gefährliche Eskalation.
Kremlsprecher Dmitri Peskow wies die Kritik der Vereinten Nationen zurück: Moskau habe seine Entscheidung getroffen, der Westen werde sich damit abfinden müssen.
""",
        timexes=[
            T("Freitag", "DATE", "2022-09-30"),
            T("rund 40-minütigen", "DURATION", "PT40M", mod="APPROX"),
            T("selben Tag", "DATE", "2022-09-30"),
            T("Abend", "TIME", "2022-09-30TEV"),
            T("Vormittag", "TIME", "2022-09-30TMO", note="local time (New York)"),
            T("23.", "DATE", "2022-09-23"),
            T("27. September", "DATE", "2022-09-27"),
            T("21. September", "DATE", "2022-09-21"),
            T("Donnerstag", "DATE", "2022-09-29"),
        ],
        events=[
            E("Putin seals the annexation of four Ukrainian regions in the Kremlin", "COERCE",
              ["Vladimir Putin", "Russia", "Ukraine"], "2022-09-30", "text", "occurred",
              "hat am Freitag im Kreml die völkerrechtswidrige Annexion"),
            E("Putin accuses the West of wanting to weaken and destroy Russia", "ACCUSE",
              ["Vladimir Putin"], "2022-09-30", "context", "occurred", "warf Putin dem Westen vor",
              note="target 'the West' is not canonical"),
            E("Putin calls on Kyiv to cease fire and return to the negotiating table", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2022-09-30", "context", "occurred",
              "forderte der Kremlchef die Führung in Kiew auf"),
            E("Putin rules out talks on the status of the annexed regions", "REJECT",
              ["Vladimir Putin", "Ukraine"], "2022-09-30", "context", "occurred", "Über den Status der annektierten Gebiete"),
            E("Putin vows to defend the annexed land with all forces and means", "THREATEN",
              ["Vladimir Putin", "Russia"], "2022-09-30", "context", "occurred",
              "mit allen uns zur Verfügung stehenden Kräften"),
            E("Zelensky rules out negotiations with Russia while Putin is in office", "REJECT",
              ["Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin"], "2022-09-30", "published", "occurred",
              "die Ukraine werde mit Russland nicht verhandeln"),
            E("Zelensky signs Ukraine's application for accelerated NATO accession", "REQUEST",
              ["Volodymyr Zelensky", "Ukraine", "NATO"], "2022-09-30", "text", "occurred", "Den Antrag unterzeichnete er"),
            E("Scholz condemns the annexation as an imperialist raid", "ACCUSE",
              ["Olaf Scholz", "Russia"], "2022-09-30TEV", "text", "occurred", "imperialistischen Raubzug"),
            E("Germany will never recognise the results of the sham referendums", "REJECT",
              ["Olaf Scholz", "Germany", "Russia"], "2022-09-30TEV", "context", "occurred",
              "Deutschland werde die Ergebnisse der Scheinreferenden"),
            E("Stoltenberg calls the step the largest attempted annexation since WWII", "ACCUSE",
              ["Jens Stoltenberg", "Russia"], "2022-09-30", "published", "occurred", "größte versuchte Annexion"),
            E("Stoltenberg assures Kyiv of NATO's continued support", "AGREE",
              ["Jens Stoltenberg", "NATO", "Ukraine"], "2022-09-30", "published", "occurred", "größte versuchte Annexion"),
            E("Russia vetoes the US-Albanian Security Council resolution against the annexation", "REJECT",
              ["Russia", "United States", "United Nations"], "2022-09-30TMO", "text", "occurred",
              "sein Veto gegen eine von den USA"),
            E("US sanctions nearly 300 people and the head of Russia's central bank", "SANCTION",
              ["United States", "Russia"], "2022-09-30", "published", "occurred", "Washington verhängte parallel Sanktionen"),
            E("Biden: the US will never recognise the new borders", "REJECT",
              ["Joe Biden", "United States", "Russia"], "2022-09-30", "published", "occurred", "niemals, niemals, niemals"),
            E("Sham referendums held in the occupied regions", "COERCE",
              ["Russia", "Ukraine"], "2022-09-23", "text", "occurred", "Die Abstimmungen in den besetzten Gebieten",
              note="held 23-27 September 2022"),
            E("Putin orders a partial mobilisation of about 300,000 reservists", "MOBILIZE",
              ["Vladimir Putin", "Russia"], "2022-09-21", "text", "occurred", "Teilmobilmachung"),
            E("Guterres warns that an annexation would have no legal value", "REQUEST",
              ["António Guterres", "Russia"], "2022-09-29", "text", "occurred", "keinerlei rechtlichen Wert"),
            E("Peskov rejects the UN's criticism", "REJECT",
              ["Dmitry Peskov", "United Nations"], "2022-09-30", "published", "occurred",
              "wies die Kritik der Vereinten Nationen zurück"),
        ],
        statements=[
            S("Vladimir Putin", "The West wants to weaken and destroy Russia", "2022-09-30", "context", "warf Putin dem Westen vor"),
            S("Vladimir Putin", "The people of the four regions are 'our citizens, forever'", "2022-09-30", "context",
              "unsere Bürger, für immer"),
            S("Vladimir Putin", "Kyiv should cease fire and return to the negotiating table", "2022-09-30", "context",
              "forderte der Kremlchef die Führung in Kiew auf"),
            S("Vladimir Putin", "The status of the annexed regions will not be discussed", "2022-09-30", "context",
              "Über den Status der annektierten Gebiete"),
            S("Vladimir Putin", "Russia will protect its land with all forces and means", "2022-09-30", "context",
              "mit allen uns zur Verfügung stehenden Kräften"),
            S("Volodymyr Zelensky", "Ukraine will not negotiate with Russia as long as Putin is president", "2022-09-30",
              "published", "die Ukraine werde mit Russland nicht verhandeln"),
            S("Ukraine", "Zelensky signed the application the same day with the speaker and the prime minister",
              "2022-09-30", "published", "Den Antrag unterzeichnete er"),
            S("Volodymyr Zelensky", "'De facto we are already allies'", "2022-09-30", "published", "De facto sind wir bereits"),
            S("Olaf Scholz", "The annexation is an imperialist raid", "2022-09-30TEV", "text", "imperialistischen Raubzug"),
            S("Olaf Scholz", "Germany will never recognise the results of the sham referendums", "2022-09-30TEV", "context",
              "Deutschland werde die Ergebnisse der Scheinreferenden"),
            S("Jens Stoltenberg", "Largest attempted annexation since WWII; NATO's support for Kyiv continues",
              "2022-09-30", "published", "größte versuchte Annexion"),
            S("Jens Stoltenberg", "All 30 members must decide on the application; no timetable", "2022-09-30", "published",
              "alle 30 Mitglieder"),
            S("Joe Biden", "The US will 'never, never, never' recognise the new borders", "2022-09-30", "published",
              "niemals, niemals, niemals"),
            S("António Guterres", "An annexation would have no legal value and be a dangerous escalation", "2022-09-29",
              "text", "keinerlei rechtlichen Wert"),
            S("Dmitry Peskov", "Moscow has decided; the West will have to accept it", "2022-09-30", "published",
              "wies die Kritik der Vereinten Nationen zurück"),
        ],
        actors=["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Volodymyr Zelensky", "NATO", "Olaf Scholz", "Germany",
                "Jens Stoltenberg", "United Nations", "United States", "China", "Joe Biden", "António Guterres",
                "Dmitry Peskov"],
    ),
    dict(
        id="b20de02_putin_wiederwahl_reaktionen_2024_03",
        lang="de",
        published="2024-03-18",
        body="""Putin lässt sich Rekordergebnis bescheinigen, der Westen spricht von einer Farce

Moskau/Wien – Nach der dreitägigen Präsidentenwahl in Russland hat die Zentrale Wahlkommission am Montag Kremlchef Wladimir Putin mit 87,28 Prozent der Stimmen offiziell zum Sieger erklärt.
Putin kann damit bis 2030 im Amt bleiben.
Ernsthafte Gegenkandidaten waren nicht zugelassen, Wahlbeobachter der OSZE gar nicht erst eingeladen worden.

Noch in der Nacht auf Montag trat Putin in seinem Wahlkampfstab vor die Presse und wertete das Ergebnis als Rückendeckung für die „militärische Spezialoperation“.
Auf die Debatte um westliche Bodentruppen angesprochen, die Frankreichs Präsident Emmanuel Macron Ende Februar angestoßen hatte, warnte er, ein direkter Konflikt zwischen Russland und der NATO sei „nur einen Schritt von einem dritten Weltkrieg entfernt“.
Zu Verhandlungen sei Moskau bereit, eine Feuerpause, die Kiew nur zum Nachrüsten nutzen würde, komme aber nicht infrage.
Den Tod des Oppositionspolitikers Alexej Nawalny, der Mitte Februar in einem Straflager gestorben war, nannte Putin bei dieser Gelegenheit erstmals öffentlich beim Namen.

Der ukrainische Präsident Wolodymyr Selenskyj hatte das Votum schon am Sonntagabend als „Imitation“ abgetan.
Putin sei „krank vor Macht“ und tue alles, um ewig zu herrschen, sagte er in seiner abendlichen Videoansprache.
Das Außenministerium in Kiew verurteilte insbesondere, dass Russland auch auf der Krim und in den besetzten Gebieten im Osten und Süden abstimmen ließ, und rief alle Staaten auf, das Ergebnis nicht anzuerkennen.

Auch aus Berlin kamen deutliche Worte: Die Wahl sei weder frei noch fair gewesen, sagte eine Sprecherin des Auswärtigen Amts, Bundeskanzler Olaf Scholz sprach von einer „Pseudowahl“.
Das Weiße Haus erklärte, Putin habe politische Gegner ins Gefängnis gesteckt und andere an einer Kandidatur gehindert.
Der EU-Außenbeauftragte Josep Borrell warf Moskau im Namen der 27 Mitgliedstaaten vor, die Wahl habe auf „Repression und Einschüchterung“ beruht.
Außenminister Alexander Schallenberg (ÖVP) kündigte an, Wien werde dem Kremlchef nicht gratulieren.

Glückwünsche kamen dagegen aus Peking und Minsk.
Chinas Staatschef Xi Jinping gratulierte Putin nach Angaben der Nachrichtenagentur Xinhua und kündigte an, die „umfassende strategische Partnerschaft“ beider Länder weiter zu vertiefen.
Der belarussische Machthaber Alexander Lukaschenko schickte ebenfalls Glückwünsche.
Der türkische Präsident Recep Tayyip Erdoğan telefonierte am Montag mit Putin, beglückwünschte ihn und bot nach Angaben seines Büros erneut an, Friedensgespräche zwischen Russland und der Ukraine auszurichten.

Kremlsprecher Dmitri Peskow wies die Kritik aus Washington und Brüssel am Montag als „absurd“ zurück.
Die Vereidigung für die fünfte Amtszeit ist für den 7. Mai geplant.
Seine erste Auslandsreise danach soll Putin heuer nach China führen, hieß es in Moskau.
""",
        timexes=[
            T("dreitägigen", "DURATION", "P3D"),
            T("Montag", "DATE", "2024-03-18"),
            T("2030", "DATE", "2030"),
            T("der Nacht auf Montag", "TIME", "2024-03-17TNI", note="night to Monday 18 March"),
            T("Ende Februar", "DATE", "2024-02", mod="END"),
            T("Mitte Februar", "DATE", "2024-02", mod="MID"),
            T("Sonntagabend", "TIME", "2024-03-17TEV"),
            T("abendlichen", "SET", "P1D"),
            T("Montag", "DATE", "2024-03-18", n=2),
            T("Montag", "DATE", "2024-03-18", n=3),
            T("7. Mai", "DATE", "2024-05-07"),
            T("heuer", "DATE", "2024"),
        ],
        events=[
            E("Putin warns that a direct Russia-NATO conflict would be one step from a third world war", "REQUEST",
              ["Vladimir Putin", "NATO", "Emmanuel Macron"], "2024-03-17TNI", "context", "occurred",
              "nur einen Schritt von einem dritten Weltkrieg", note="warning against sending Western ground troops"),
            E("Putin says Moscow is ready for negotiations", "AGREE",
              ["Vladimir Putin", "Russia", "Ukraine"], "2024-03-17TNI", "context", "occurred", "Zu Verhandlungen sei Moskau bereit"),
            E("Putin rejects a ceasefire that Kyiv would use to rearm", "REJECT",
              ["Vladimir Putin", "Russia", "Ukraine"], "2024-03-17TNI", "context", "occurred", "Zu Verhandlungen sei Moskau bereit"),
            E("Zelensky dismisses the vote as an 'imitation'", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2024-03-17TEV", "text", "occurred", "Imitation"),
            E("Ukraine's foreign ministry condemns voting in Crimea and the occupied regions", "ACCUSE",
              ["Ukraine", "Russia"], "2024-03-18", "published", "occurred", "Das Außenministerium in Kiew verurteilte"),
            E("Ukraine calls on all states not to recognise the result", "REQUEST",
              ["Ukraine"], "2024-03-18", "published", "occurred", "Das Außenministerium in Kiew verurteilte"),
            E("Germany and Scholz call the election neither free nor fair, a 'pseudo-election'", "ACCUSE",
              ["Germany", "Olaf Scholz", "Russia"], "2024-03-18", "published", "occurred", "Pseudowahl"),
            E("White House: Putin jailed opponents and barred candidates", "ACCUSE",
              ["White House", "Vladimir Putin"], "2024-03-18", "published", "occurred", "Das Weiße Haus erklärte"),
            E("EU accuses Moscow of an election based on repression and intimidation", "ACCUSE",
              ["European Union", "Russia"], "2024-03-18", "published", "occurred", "Repression und Einschüchterung"),
            E("Xi congratulates Putin", "SUPPORT",
              ["Xi Jinping", "Vladimir Putin"], "2024-03-18", "published", "occurred", "Chinas Staatschef Xi Jinping gratulierte"),
            E("Xi announces a further deepening of the strategic partnership", "AGREE",
              ["Xi Jinping", "China", "Russia"], "2024-03-18", "published", "occurred",
              "Chinas Staatschef Xi Jinping gratulierte"),
            E("Lukashenko congratulates Putin", "SUPPORT",
              ["Alexander Lukashenko", "Vladimir Putin"], "2024-03-18", "published", "occurred",
              "Lukaschenko schickte ebenfalls"),
            E("Erdoğan-Putin phone call", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2024-03-18", "text", "occurred", "Erdoğan telefonierte am Montag"),
            E("Erdoğan congratulates Putin", "SUPPORT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2024-03-18", "text", "occurred", "Erdoğan telefonierte am Montag"),
            E("Erdoğan again offers to host Russia-Ukraine peace talks", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2024-03-18", "text", "occurred",
              "Erdoğan telefonierte am Montag"),
            E("Peskov rejects the criticism from Washington and Brussels as absurd", "REJECT",
              ["Dmitry Peskov", "United States", "European Union"], "2024-03-18", "text", "occurred",
              "wies die Kritik aus Washington und Brüssel"),
            E("Putin's first trip abroad after the inauguration to lead to China", "CONSULT",
              ["Vladimir Putin", "China"], "2024", "text", "planned", "Seine erste Auslandsreise danach"),
        ],
        statements=[
            S("Vladimir Putin", "The result backs the 'special military operation'", "2024-03-17TNI", "text",
              "wertete das Ergebnis als Rückendeckung"),
            S("Vladimir Putin", "A direct Russia-NATO conflict would be one step from a third world war", "2024-03-17TNI",
              "context", "nur einen Schritt von einem dritten Weltkrieg"),
            S("Vladimir Putin", "Moscow is ready to negotiate but rejects a pause that lets Kyiv rearm", "2024-03-17TNI",
              "context", "Zu Verhandlungen sei Moskau bereit"),
            S("Volodymyr Zelensky", "The vote is an 'imitation'", "2024-03-17TEV", "text", "Imitation"),
            S("Volodymyr Zelensky", "Putin is 'sick with power' and wants to rule forever", "2024-03-17TEV", "context",
              "krank vor Macht"),
            S("Ukraine", "Condemns voting in Crimea and occupied regions; states should not recognise the result",
              "2024-03-18", "published", "Das Außenministerium in Kiew verurteilte"),
            S("Germany", "The election was neither free nor fair", "2024-03-18", "published", "Pseudowahl"),
            S("Olaf Scholz", "A 'pseudo-election'", "2024-03-18", "published", "Pseudowahl"),
            S("White House", "Putin jailed political opponents and kept others from running", "2024-03-18", "published",
              "Das Weiße Haus erklärte"),
            S("European Union", "The election rested on repression and intimidation", "2024-03-18", "published",
              "Repression und Einschüchterung"),
            S("Xi Jinping, via China", "Congratulates Putin; will deepen the comprehensive strategic partnership",
              "2024-03-18", "published", "Chinas Staatschef Xi Jinping gratulierte"),
            S("Recep Tayyip Erdoğan", "Congratulates Putin and offers again to host peace talks", "2024-03-18", "text",
              "Erdoğan telefonierte am Montag"),
            S("Dmitry Peskov", "Western criticism is 'absurd'", "2024-03-18", "text", "wies die Kritik aus Washington und Brüssel"),
            S("Russia", "Putin's first trip abroad after the inauguration will be to China", "2024-03-18", "published",
              "Seine erste Auslandsreise danach"),
        ],
        actors=["Vladimir Putin", "Kremlin", "Russia", "Emmanuel Macron", "France", "NATO", "Ukraine",
                "Volodymyr Zelensky", "Germany", "Olaf Scholz", "White House", "European Union", "China", "Xi Jinping",
                "Belarus", "Alexander Lukashenko", "Turkey", "Recep Tayyip Erdoğan", "Dmitry Peskov", "United States"],
    ),
    dict(
        id="b20de03_putin_pressekonferenz_eu_gipfel_2024_12",
        lang="de",
        published="2024-12-19",
        body="""Putin bietet Trump Treffen an – und schlägt „Raketen-Duell“ über Kiew vor

Moskau/Brüssel (dpa) - Kremlchef Wladimir Putin hat sich am Donnerstag zu einem Treffen mit dem künftigen US-Präsidenten Donald Trump bereit erklärt.
Er habe mit Trump seit etwa vier Jahren nicht gesprochen, sei aber „jederzeit“ zu Gesprächen bereit, sagte Putin bei seiner mehr als viereinhalbstündigen Jahrespressekonferenz, die wie üblich mit einer Bürgersprechstunde kombiniert war.
Russland sei auch zu Kompromissen mit der Ukraine bereit, Grundlage müssten aber die „Realitäten vor Ort“ sein, fügte er hinzu.

Für Aufsehen sorgte ein Vorschlag an die Adresse westlicher Experten, die die neue russische Mittelstreckenrakete Oreschnik für abfangbar halten.
Man solle ein Ziel in Kiew festlegen, dort die gesamte Luftabwehr konzentrieren und dann sehen, was passiere, sagte Putin – eine Art „technologisches Duell“.
Russland hatte die Rakete am 21. November erstmals gegen die ostukrainische Stadt Dnipro eingesetzt.
Die im August in die russische Grenzregion Kursk vorgestoßenen ukrainischen Truppen würden „auf jeden Fall“ vertrieben, versicherte Putin, ohne einen Zeitpunkt zu nennen.

Der ukrainische Präsident Wolodymyr Selenskyj, der am Donnerstag zum EU-Gipfel nach Brüssel gereist war, reagierte mit Spott.
Wer sich so etwas ausdenke, sei „nicht ganz bei Verstand“, sagte er vor Journalisten.
Bei den Staats- und Regierungschefs warb Selenskyj um zusätzliche Flugabwehrsysteme und um Sicherheitsgarantien für den Fall eines Waffenstillstands.
Bereits am Mittwochabend hatte ihn NATO-Generalsekretär Mark Rutte in seiner Brüsseler Residenz zu einem Abendessen empfangen, an dem unter anderem Bundeskanzler Olaf Scholz, Frankreichs Präsident Emmanuel Macron, Polens Regierungschef Donald Tusk, Italiens Ministerpräsidentin Giorgia Meloni und EU-Kommissionspräsidentin Ursula von der Leyen teilnahmen.

Scholz warnte davor, über die Köpfe der Ukrainer hinweg über eine Friedenstruppe zu spekulieren.
„Solche Debatten sind verfrüht“, sagte der Kanzler.
EU-Ratspräsident António Costa betonte, die Europäische Union werde der Ukraine beistehen, „so lange es nötig ist“.
Am Abend wollten die 27 auch über die Verlängerung der Wirtschaftssanktionen gegen Russland beraten, die Ende Januar auslaufen.

Trump hatte am Montag in seinem Anwesen Mar-a-Lago angekündigt, er werde mit Putin und Selenskyj sprechen, um den Krieg zu beenden.
Das Töten müsse aufhören, sagte der Republikaner, der am 20. Januar vereidigt wird.
Kremlsprecher Dmitri Peskow hatte zuletzt erklärt, konkrete Kontakte zum Team des künftigen US-Präsidenten gebe es bislang nicht.
""",
        timexes=[
            T("Donnerstag", "DATE", "2024-12-19"),
            T("etwa vier Jahren", "DURATION", "P4Y", mod="APPROX"),
            T("mehr als viereinhalbstündigen", "DURATION", "PT4H30M", mod="MORE_THAN"),
            T("21. November", "DATE", "2024-11-21"),
            T("August", "DATE", "2024-08"),
            T("Donnerstag", "DATE", "2024-12-19", n=1),
            T("Mittwochabend", "TIME", "2024-12-18TEV"),
            T("Abend", "TIME", "2024-12-19TEV"),
            T("Ende Januar", "DATE", "2025-01", mod="END"),
            T("Montag", "DATE", "2024-12-16"),
            T("20. Januar", "DATE", "2025-01-20"),
            T("zuletzt", "DATE", "PAST_REF"),
        ],
        events=[
            E("Putin declares himself ready to meet Trump", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2024-12-19", "text", "occurred",
              "zu einem Treffen mit dem künftigen US-Präsidenten Donald Trump bereit erklärt"),
            E("Putin: Russia is ready for compromises with Ukraine", "AGREE",
              ["Vladimir Putin", "Russia", "Ukraine"], "2024-12-19", "context", "occurred", "Russland sei auch zu Kompromissen"),
            E("Putin: the 'realities on the ground' must be the basis", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2024-12-19", "context", "occurred", "Russland sei auch zu Kompromissen"),
            E("Putin proposes a 'technological duel' with the Oreshnik missile over Kyiv", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2024-12-19", "context", "occurred", "Man solle ein Ziel in Kiew festlegen"),
            E("Russia fires the Oreshnik missile at Dnipro", "ASSAULT",
              ["Russia", "Ukraine"], "2024-11-21", "text", "occurred", "am 21. November erstmals"),
            E("Ukrainian troops advance into Russia's Kursk region", "ASSAULT",
              ["Ukraine", "Russia"], "2024-08", "text", "occurred", "Grenzregion Kursk"),
            E("Putin vows the Ukrainian troops in Kursk will be driven out", "ASSAULT",
              ["Vladimir Putin", "Russia", "Ukraine"], "2024-12-19", "published", "planned", "Grenzregion Kursk",
              note="no date given"),
            E("Zelensky attends the EU summit in Brussels", "CONSULT",
              ["Volodymyr Zelensky", "European Union"], "2024-12-19", "text", "occurred", "zum EU-Gipfel nach Brüssel gereist"),
            E("Zelensky mocks Putin as 'not in his right mind'", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2024-12-19", "context", "occurred", "nicht ganz bei Verstand"),
            E("Zelensky asks EU leaders for air defence and security guarantees", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-12-19", "context", "occurred",
              "warb Selenskyj um zusätzliche Flugabwehrsysteme"),
            E("Rutte hosts Zelensky and European leaders for dinner in Brussels", "CONSULT",
              ["Mark Rutte", "Volodymyr Zelensky", "Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "Giorgia Meloni",
               "Ursula von der Leyen"], "2024-12-18TEV", "text", "occurred", "Bereits am Mittwochabend hatte ihn"),
            E("Scholz warns against speculating about a peace force over the heads of Ukrainians", "REQUEST",
              ["Olaf Scholz"], "2024-12-19", "published", "occurred", "über die Köpfe der Ukrainer hinweg"),
            E("EU promises to stand by Ukraine as long as needed", "AGREE",
              ["European Union", "Ukraine"], "2024-12-19", "published", "occurred", "der Ukraine beistehen"),
            E("EU leaders to discuss extending economic sanctions on Russia", "SANCTION",
              ["European Union", "Russia"], "2024-12-19TEV", "text", "planned", "Verlängerung der Wirtschaftssanktionen",
              note="sanctions expire at the end of January 2025"),
            E("Trump to talk with Putin and Zelensky to end the war", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2024-12-19", "published", "planned",
              "er werde mit Putin und Selenskyj sprechen", note="announced on 16 Dec 2024; no date given"),
            E("Trump: the killing must stop", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2024-12-16", "context", "occurred", "Das Töten müsse aufhören"),
        ],
        statements=[
            S("Vladimir Putin", "Ready to meet Trump", "2024-12-19", "text",
              "zu einem Treffen mit dem künftigen US-Präsidenten Donald Trump bereit erklärt"),
            S("Vladimir Putin", "Has not spoken to Trump for about four years but is ready to talk at any time", "2024-12-19",
              "context", "seit etwa vier Jahren"),
            S("Vladimir Putin", "Russia is ready for compromises; the realities on the ground must be the basis", "2024-12-19",
              "context", "Russland sei auch zu Kompromissen"),
            S("Vladimir Putin", "Proposes a target in Kyiv to test whether Oreshnik can be intercepted", "2024-12-19",
              "context", "Man solle ein Ziel in Kiew festlegen"),
            S("Vladimir Putin", "The Ukrainian troops in Kursk will be driven out", "2024-12-19", "context", "Grenzregion Kursk"),
            S("Volodymyr Zelensky", "Whoever thinks this up is 'not in his right mind'", "2024-12-19", "context",
              "nicht ganz bei Verstand"),
            S("Olaf Scholz", "Warns against speculating about a peace force over Ukrainians' heads", "2024-12-19", "published",
              "über die Köpfe der Ukrainer hinweg"),
            S("Olaf Scholz", "Such debates are premature", "2024-12-19", "published", "verfrüht"),
            S("European Union", "The EU will stand by Ukraine as long as needed", "2024-12-19", "published",
              "der Ukraine beistehen"),
            S("Donald Trump", "Will talk with Putin and Zelensky to end the war", "2024-12-16", "text",
              "er werde mit Putin und Selenskyj sprechen"),
            S("Donald Trump", "The killing must stop", "2024-12-16", "context", "Das Töten müsse aufhören"),
            S("Dmitry Peskov", "No concrete contacts with the incoming US administration yet", "PAST_REF", "vague",
              "konkrete Kontakte"),
        ],
        actors=["Vladimir Putin", "Kremlin", "Donald Trump", "United States", "Russia", "Ukraine", "Volodymyr Zelensky",
                "European Union", "NATO", "Mark Rutte", "Olaf Scholz", "Germany", "Emmanuel Macron", "France",
                "Donald Tusk", "Poland", "Giorgia Meloni", "Ursula von der Leyen", "Dmitry Peskov"],
    ),
    dict(
        id="b20de04_vatikan_kinder_gespraeche_2026_07",
        lang="de",
        published="2026-07-09",
        body="""Vatikan: Russland und Ukraine verhandeln erstmals direkt über verschleppte Kinder

Unter Vermittlung des Heiligen Stuhls und Katars haben Delegationen aus Moskau und Kiew am Mittwoch im Vatikan über die Rückkehr ukrainischer Kinder aus Russland gesprochen.
Die rund sechsstündigen Gespräche im Apostolischen Palast endeten nach Angaben beider Seiten mit einer Vereinbarung über eine erste Liste von 84 Kindern.
Sie sollen bis Ende Juli über Katar zu ihren Familien zurückkehren.
Vereinbart wurde zudem eine gemeinsame Arbeitsgruppe, die monatlich tagen soll; das nächste Treffen ist für Mitte September angesetzt.

Papst Leo XIV. hatte die Delegationen am Mittwochmorgen getrennt voneinander empfangen und sie aufgerufen, „die Kinder nicht zum Faustpfand der Politik zu machen“.
Die russische Seite wurde von Präsidentenberater Wladimir Medinski angeführt, die ukrainische von Rustem Umerow, dem Sekretär des Nationalen Sicherheits- und Verteidigungsrats.
Umerow sprach anschließend von einem „ersten, aber wichtigen Schritt“.
Die Ukraine werde nicht ruhen, bis jedes Kind zurück sei, schrieb er auf Telegram.

Strittig blieb, wie viele Kinder überhaupt betroffen sind.
Kiew geht von fast 20.000 Kindern aus, die seit Februar 2022 nach Russland oder in die besetzten Gebiete gebracht wurden.
Medinski wies nach dem Treffen den Begriff der Verschleppung zurück: Russland habe die Kinder „aus der Kampfzone evakuiert“ und sei bereit, jedes Kind zurückzugeben, dessen Angehörige sich meldeten.
Eine Verständigung über einen Zugang unabhängiger Beobachter zu Kinderheimen in den besetzten Gebieten kam nicht zustande.

Kremlsprecher Dmitri Peskow betonte am Donnerstag, es handle sich um „rein humanitäre Kontakte“ und nicht um Friedensverhandlungen.
Der ukrainische Außenminister Andrij Sybiha dankte dem Papst und Katar für ihre Vermittlung.
Die EU-Außenbeauftragte Kaja Kallas forderte Moskau auf, alle Kinder ohne Vorbedingungen freizugeben; deren Rückkehr dürfe keine Verhandlungsmasse sein.
Auch der US-Sondergesandte Steve Witkoff begrüßte das Treffen als „gutes Signal“ für die stockenden Gespräche über eine Waffenruhe.

Der Internationale Strafgerichtshof hatte im März 2023 wegen der mutmaßlichen Deportation von Kindern Haftbefehl gegen Präsident Wladimir Putin erlassen.
Katar hat seit Herbst 2023 nach eigenen Angaben die Rückkehr von gut 100 Kindern vermittelt.
Papst Leo hatte bereits kurz nach seiner Wahl im Mai 2025 angeboten, den Vatikan als Ort für Gespräche zur Verfügung zu stellen.
In der Nacht zum Donnerstag griff Russland die Stadt Charkiw erneut mit Drohnen an; nach Behördenangaben wurden drei Menschen getötet.
""",
        timexes=[
            T("Mittwoch", "DATE", "2026-07-08"),
            T("rund sechsstündigen", "DURATION", "PT6H", mod="APPROX"),
            T("Ende Juli", "DATE", "2026-07", mod="END"),
            T("monatlich", "SET", "P1M"),
            T("Mitte September", "DATE", "2026-09", mod="MID"),
            T("Mittwochmorgen", "TIME", "2026-07-08TMO"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Donnerstag", "DATE", "2026-07-09"),
            T("März 2023", "DATE", "2023-03"),
            T("Herbst 2023", "DATE", "2023-FA"),
            T("Mai 2025", "DATE", "2025-05"),
            T("der Nacht zum Donnerstag", "TIME", "2026-07-08TNI", note="night to Thursday 9 July"),
        ],
        events=[
            E("Russian and Ukrainian delegations hold talks on children in the Vatican, mediated by the Holy See and Qatar",
              "CONSULT", ["Vatican", "Qatar", "Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov"], "2026-07-08",
              "text", "occurred", "Unter Vermittlung des Heiligen Stuhls und Katars"),
            E("Agreement on a first list of 84 children", "AGREE",
              ["Russia", "Ukraine"], "2026-07-08", "context", "occurred", "erste Liste von 84 Kindern"),
            E("84 children to return to their families via Qatar by the end of July", "CONCEDE",
              ["Russia", "Ukraine", "Qatar"], "2026-07", "text", "planned", "bis Ende Juli über Katar", date_mod="END"),
            E("Joint working group to meet monthly", "COOPERATE",
              ["Russia", "Ukraine"], "2026-07-09", "published", "planned", "gemeinsame Arbeitsgruppe"),
            E("Next meeting set for mid-September", "CONSULT",
              ["Russia", "Ukraine"], "2026-09", "text", "planned", "gemeinsame Arbeitsgruppe", date_mod="MID"),
            E("Pope Leo XIV receives the two delegations separately", "CONSULT",
              ["Vatican", "Russia", "Ukraine"], "2026-07-08TMO", "text", "occurred", "Papst Leo XIV. hatte die Delegationen"),
            E("Pope urges both sides not to make the children bargaining chips", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2026-07-08TMO", "context", "occurred", "Faustpfand"),
            E("Children taken to Russia or occupied territories since February 2022", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "fast 20.000 Kindern", date_mod="START",
              note="according to Kyiv; ongoing"),
            E("Medinsky rejects the term abduction", "REJECT",
              ["Vladimir Medinsky", "Ukraine"], "2026-07-08", "context", "occurred", "Begriff der Verschleppung"),
            E("Medinsky: Russia ready to return any child whose relatives come forward", "AGREE",
              ["Vladimir Medinsky", "Russia", "Ukraine"], "2026-07-08", "context", "occurred", "Begriff der Verschleppung"),
            E("No agreement on access for independent observers to children's homes", "REJECT",
              ["Russia", "Ukraine"], "2026-07-08", "context", "occurred", "kam nicht zustande"),
            E("Sybiha thanks the Pope and Qatar for their mediation", "SUPPORT",
              ["Andrii Sybiha", "Vatican", "Qatar"], "2026-07-09", "published", "occurred", "dankte dem Papst und Katar"),
            E("Kallas demands that Moscow release all children without preconditions", "REQUEST",
              ["Kaja Kallas", "Russia"], "2026-07-09", "published", "occurred", "forderte Moskau auf, alle Kinder"),
            E("Witkoff welcomes the meeting as a good signal", "SUPPORT",
              ["Steve Witkoff", "Russia", "Ukraine"], "2026-07-09", "published", "occurred", "begrüßte das Treffen"),
            E("ICC issues an arrest warrant for Putin over the deportation of children", "ACCUSE",
              ["Vladimir Putin"], "2023-03", "text", "occurred", "Haftbefehl gegen Präsident Wladimir Putin",
              note="the ICC is not canonical"),
            E("Qatar mediates the return of about 100 children", "CONCEDE",
              ["Qatar", "Russia", "Ukraine"], "2023-FA", "text", "occurred", "Rückkehr von gut 100 Kindern", date_mod="START"),
            E("Pope Leo offers the Vatican as a venue for talks", "REQUEST",
              ["Vatican"], "2025-05", "text", "occurred", "den Vatikan als Ort für Gespräche"),
            E("Russian drone attack on Kharkiv kills three", "ASSAULT",
              ["Russia", "Ukraine"], "2026-07-08TNI", "text", "occurred", "griff Russland die Stadt Charkiw"),
        ],
        statements=[
            S("Russia", "The talks ended with an agreement on a first list of 84 children", "2026-07-08", "context",
              "erste Liste von 84 Kindern"),
            S("Ukraine", "The talks ended with an agreement on a first list of 84 children", "2026-07-08", "context",
              "erste Liste von 84 Kindern"),
            S("Vatican", "Children must not become a bargaining chip of politics", "2026-07-08TMO", "text", "Faustpfand"),
            S("Rustem Umerov", "A 'first but important step'", "2026-07-08", "context", "ersten, aber wichtigen Schritt"),
            S("Rustem Umerov", "Ukraine will not rest until every child is back", "2026-07-08", "context", "nicht ruhen"),
            S("Ukraine", "Nearly 20,000 children were taken to Russia or the occupied territories", "2026-07-09",
              "published", "fast 20.000 Kindern"),
            S("Vladimir Medinsky", "Russia evacuated the children from the combat zone and will return any child claimed by relatives",
              "2026-07-08", "context", "Begriff der Verschleppung"),
            S("Dmitry Peskov", "Purely humanitarian contacts, not peace negotiations", "2026-07-09", "text",
              "rein humanitäre Kontakte"),
            S("Andrii Sybiha", "Thanks the Pope and Qatar for mediating", "2026-07-09", "published", "dankte dem Papst und Katar"),
            S("Kaja Kallas", "Moscow must release all children without preconditions", "2026-07-09", "published",
              "forderte Moskau auf, alle Kinder"),
            S("Steve Witkoff", "The meeting is a 'good signal' for the ceasefire talks", "2026-07-09", "published",
              "begrüßte das Treffen"),
            S("Qatar", "Has mediated the return of about 100 children since autumn 2023", "2026-07-09", "published",
              "Rückkehr von gut 100 Kindern"),
            S("Ukraine", "Three people killed in the drone attack on Kharkiv", "2026-07-09", "published",
              "griff Russland die Stadt Charkiw"),
        ],
        actors=["Vatican", "Qatar", "Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov", "Dmitry Peskov", "Kremlin",
                "Andrii Sybiha", "Kaja Kallas", "European Union", "Steve Witkoff", "United States", "Vladimir Putin"],
    ),
    dict(
        id="b20de05_sicherheitskonferenz_muenchen_2022_02",
        lang="de",
        published="2022-02-20",
        body="""Münchner Sicherheitskonferenz: Selenskyj verlangt vom Westen mehr als Worte

Der ukrainische Präsident Wolodymyr Selenskyj hat an der Münchner Sicherheitskonferenz vom Westen konkrete Schritte gegen die russische Bedrohung verlangt.
Die Ukraine brauche eine klare Perspektive für einen Beitritt zur Nato und schon jetzt einen Fahrplan für Sanktionen, nicht erst nach einem Angriff, sagte er am Samstag in seiner Rede.
«Worauf warten Sie?», fragte Selenskyj die Teilnehmenden.
Zugleich schlug er Kremlchef Wladimir Putin ein Treffen vor, an einem Ort seiner Wahl.

Vor seinem Auftritt traf Selenskyj die US-Vizepräsidentin Kamala Harris.
Sie drohte Moskau für den Fall einer Invasion mit «beispiellosen» wirtschaftlichen Sanktionen.
Bundeskanzler Olaf Scholz warnte Russland in seiner Rede, ein Angriff auf die Ukraine wäre ein «schwerer Fehler».
Eine Nato-Mitgliedschaft der Ukraine stehe derzeit gar nicht auf der Tagesordnung, sagte Scholz – und Moskau mache sie trotzdem zum Vorwand.

Russland hatte in diesem Jahr keine Delegation nach München geschickt.
Nato-Generalsekretär Jens Stoltenberg sagte am Samstag, alle Anzeichen sprächen dafür, dass Moskau einen umfassenden Angriff auf die Ukraine plane.
US-Präsident Joe Biden hatte bereits am Freitagabend in Washington erklärt, er sei «überzeugt», dass Putin die Entscheidung zum Einmarsch getroffen habe.
US-Aussenminister Antony Blinken bekräftigte am Sonntag, Biden sei zu einem Treffen mit Putin bereit, solange Russland nicht angreife.

Am Sonntag teilte das belarussische Verteidigungsministerium mit, die russischen Truppen würden nach dem Ende des gemeinsamen Manövers vorerst im Land bleiben.
Ursprünglich hätte die Übung am Sonntag enden sollen; rund 30'000 russische Soldaten sind in Belarus stationiert.
Der französische Präsident Emmanuel Macron telefonierte am Sonntagnachmittag fast zwei Stunden lang mit Putin.
Beide hätten sich darauf verständigt, in den kommenden Stunden auf eine Feuerpause im Donbass hinzuarbeiten, teilte der Élysée-Palast mit.
Die Kontaktgruppe aus der Ukraine, Russland und der OSZE solle dafür zusammentreten.

In der Ostukraine nahm der Beschuss entlang der Frontlinie auch am Wochenende zu; die Beobachtermission der OSZE zählte allein am Samstag fast 1500 Verstösse gegen die Waffenruhe.
Die Separatisten in Donezk und Luhansk bringen seit Freitag Zivilisten nach Russland.
Bundespräsident Ignazio Cassis traf am Rande der Konferenz den ukrainischen Aussenminister Dmytro Kuleba und bot die guten Dienste der Schweiz an.
""",
        timexes=[
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Samstag", "DATE", "2022-02-19"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("diesem Jahr", "DATE", "2022"),
            T("Samstag", "DATE", "2022-02-19", n=1),
            T("Freitagabend", "TIME", "2022-02-18TEV"),
            T("Sonntag", "DATE", "2022-02-20"),
            T("Sonntag", "DATE", "2022-02-20", n=1),
            T("Sonntag", "DATE", "2022-02-20", n=2),
            T("Sonntagnachmittag", "TIME", "2022-02-20TAF"),
            T("fast zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("den kommenden Stunden", "DATE", "FUTURE_REF"),
            T("Wochenende", "DATE", "2022-W07-WE"),
            T("Samstag", "DATE", "2022-02-19", n=2),
            T("Freitag", "DATE", "2022-02-18"),
        ],
        events=[
            E("Zelensky demands a NATO membership perspective and a sanctions timetable now", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2022-02-19", "text", "occurred", "klare Perspektive für einen Beitritt"),
            E("Zelensky proposes a meeting to Putin", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-02-19", "context", "occurred",
              "schlug er Kremlchef Wladimir Putin ein Treffen vor"),
            E("Zelensky meets US Vice President Harris", "CONSULT",
              ["Volodymyr Zelensky", "United States"], "2022-02-19", "context", "occurred", "traf Selenskyj die US-Vizepräsidentin"),
            E("Harris threatens Moscow with unprecedented sanctions in case of an invasion", "THREATEN",
              ["United States", "Russia"], "2022-02-19", "context", "occurred", "beispiellosen"),
            E("Scholz warns Russia that an attack would be a grave mistake", "REQUEST",
              ["Olaf Scholz", "Russia"], "2022-02-19", "context", "occurred", "schwerer Fehler"),
            E("Scholz: Ukraine's NATO membership is not on the agenda", "REJECT",
              ["Olaf Scholz", "Ukraine", "NATO"], "2022-02-19", "context", "occurred", "stehe derzeit gar nicht auf der Tagesordnung"),
            E("Scholz accuses Moscow of using the membership question as a pretext", "ACCUSE",
              ["Olaf Scholz", "Russia"], "2022-02-19", "context", "occurred", "stehe derzeit gar nicht auf der Tagesordnung"),
            E("Russia sends no delegation to the Munich Security Conference", "REJECT",
              ["Russia"], "2022", "text", "occurred", "keine Delegation nach München"),
            E("Stoltenberg: all signs point to Moscow planning a full-scale attack", "ACCUSE",
              ["Jens Stoltenberg", "Russia"], "2022-02-19", "text", "occurred", "alle Anzeichen sprächen dafür"),
            E("Biden says he is convinced Putin has decided to invade", "ACCUSE",
              ["Joe Biden", "Vladimir Putin"], "2022-02-18TEV", "text", "occurred", "überzeugt"),
            E("Biden ready to meet Putin", "AGREE",
              ["Joe Biden", "Vladimir Putin"], "2022-02-20", "text", "occurred", "Biden sei zu einem Treffen mit Putin bereit"),
            E("Condition: no Russian attack", "REQUEST",
              ["Joe Biden", "Russia"], "2022-02-20", "text", "occurred", "Biden sei zu einem Treffen mit Putin bereit"),
            E("Russian troops to stay in Belarus after the joint exercise", "MOBILIZE",
              ["Belarus", "Russia"], "2022-02-20", "text", "occurred", "vorerst im Land bleiben"),
            E("Macron-Putin phone call", "CONSULT",
              ["Emmanuel Macron", "Vladimir Putin"], "2022-02-20TAF", "text", "occurred", "telefonierte am Sonntagnachmittag"),
            E("Macron and Putin agree to work toward a ceasefire in Donbas", "AGREE",
              ["Emmanuel Macron", "Vladimir Putin"], "2022-02-20TAF", "context", "occurred", "Feuerpause im Donbass"),
            E("Trilateral contact group to meet", "CONSULT",
              ["Ukraine", "Russia"], "FUTURE_REF", "vague", "planned", "Die Kontaktgruppe"),
            E("Cassis meets Ukraine's foreign minister Kuleba", "CONSULT",
              ["Ukraine"], "2022-02-20", "published", "occurred", "Bundespräsident Ignazio Cassis traf",
              note="Cassis and Switzerland are not canonical"),
            E("Switzerland offers its good offices", "REQUEST",
              ["Ukraine"], "2022-02-20", "published", "occurred", "Bundespräsident Ignazio Cassis traf",
              note="Cassis and Switzerland are not canonical"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Ukraine needs a clear NATO perspective and a sanctions timetable now", "2022-02-19",
              "text", "klare Perspektive für einen Beitritt"),
            S("Volodymyr Zelensky", "'What are you waiting for?'", "2022-02-19", "context", "Worauf warten Sie"),
            S("Volodymyr Zelensky", "Proposes a meeting with Putin at a place of Putin's choosing", "2022-02-19", "context",
              "schlug er Kremlchef Wladimir Putin ein Treffen vor"),
            S("United States", "Unprecedented economic sanctions in case of an invasion", "2022-02-19", "context",
              "beispiellosen"),
            S("Olaf Scholz", "An attack on Ukraine would be a grave mistake", "2022-02-19", "context", "schwerer Fehler"),
            S("Olaf Scholz", "NATO membership of Ukraine is not on the agenda; Moscow uses it as a pretext", "2022-02-19",
              "context", "stehe derzeit gar nicht auf der Tagesordnung"),
            S("Jens Stoltenberg", "All signs point to Moscow planning a full-scale attack", "2022-02-19", "text",
              "alle Anzeichen sprächen dafür"),
            S("Joe Biden", "Convinced Putin has decided to invade", "2022-02-18TEV", "text", "überzeugt"),
            S("Joe Biden, via Antony Blinken", "Biden is ready to meet Putin as long as Russia does not attack", "2022-02-20",
              "text", "Biden sei zu einem Treffen mit Putin bereit"),
            S("Belarus", "Russian troops will stay in Belarus for now after the exercise", "2022-02-20", "text",
              "vorerst im Land bleiben"),
            S("France", "Macron and Putin agreed to work toward a ceasefire in Donbas", "2022-02-20TAF", "context",
              "Feuerpause im Donbass"),
            S("France", "The contact group is to convene for this", "2022-02-20TAF", "context", "Die Kontaktgruppe"),
        ],
        actors=["Volodymyr Zelensky", "Ukraine", "NATO", "Russia", "Vladimir Putin", "Kremlin", "United States",
                "Olaf Scholz", "Germany", "Jens Stoltenberg", "Joe Biden", "Antony Blinken", "Belarus",
                "Emmanuel Macron", "France"],
    ),
    dict(
        id="b20de06_ausweisung_diplomaten_drohnen_2026_09",
        lang="de",
        published="2026-09-08",
        body="""Drohnen über Bundeswehr-Standorten: Berlin weist russische Diplomaten aus

Die Bundesregierung hat vier Mitarbeiter der russischen Botschaft in Berlin zu unerwünschten Personen erklärt und sie aufgefordert, Deutschland binnen einer Woche zu verlassen.
Wie die Deutsche Presse-Agentur aus Regierungskreisen erfuhr, wirft Berlin dem russischen Militärgeheimdienst GRU vor, Drohnenflüge über Truppenübungsplätzen organisiert zu haben, auf denen ukrainische Soldaten ausgebildet werden.
Der russische Botschafter Sergej Netschajew war deswegen bereits am Montag ins Auswärtige Amt einbestellt worden.

Bundeskanzler Friedrich Merz sagte am Dienstag in Berlin, Deutschland lasse sich „weder ausspähen noch einschüchtern“.
Man werde die Unterstützung der Ukraine unvermindert fortsetzen, im Herbst sollten weitere Luftverteidigungssysteme geliefert werden.
Die Vorfälle reichten von Überflügen in Sachsen-Anhalt bis zu Sichtungen nahe einem Fliegerhorst in Bayern, hieß es aus Sicherheitskreisen.

Die Reaktion aus Moskau ließ nicht lange auf sich warten.
Außenamtssprecherin Maria Sacharowa nannte die Vorwürfe „absurd und durch nichts belegt“ und kündigte eine „spiegelbildliche“ Antwort an.
Kremlsprecher Dmitri Peskow sagte, die Beziehungen zu Berlin befänden sich „auf dem Tiefpunkt“.
Ein Gespräch zwischen Merz und Kremlchef Wladimir Putin sei derzeit nicht geplant.

Unterdessen erhielt Berlin Rückendeckung aus Brüssel.
Die EU-Außenbeauftragte Kaja Kallas sprach von einem „Muster hybrider Angriffe“ Russlands gegen Mitgliedstaaten und forderte ein gemeinsames Vorgehen der EU.
Nato-Generalsekretär Mark Rutte kündigte an, die Allianz werde den Schutz kritischer Infrastruktur und militärischer Anlagen in den kommenden Wochen verstärken.
Der ukrainische Präsident Wolodymyr Selenskyj dankte Merz am Abend in einem Telefonat für die „klare Haltung“.

Es ist nicht die erste Ausweisung dieser Art: Im April 2022 hatte die Bundesregierung nach den Gräueltaten von Butscha 40 russische Diplomaten ausgewiesen.
Moskau verwies daraufhin ebenfalls 40 deutsche Botschaftsmitarbeiter des Landes.
In der Nacht zum Dienstag griff Russland erneut ukrainische Städte mit Drohnen und Raketen an, in Odessa wurden nach Behördenangaben zwei Menschen getötet.
""",
        timexes=[
            T("einer Woche", "DURATION", "P1W"),
            T("Montag", "DATE", "2026-09-07"),
            T("Dienstag", "DATE", "2026-09-08"),
            T("Herbst", "DATE", "2026-FA"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Abend", "TIME", "2026-09-08TEV"),
            T("April 2022", "DATE", "2022-04"),
            T("der Nacht zum Dienstag", "TIME", "2026-09-07TNI", note="night to Tuesday 8 September"),
        ],
        events=[
            E("Germany declares four Russian embassy staff persona non grata", "SANCTION",
              ["Germany", "Russia"], "2026-09-08", "published", "occurred", "zu unerwünschten Personen erklärt"),
            E("Berlin accuses Russia's GRU of organising drone flights over training grounds", "ACCUSE",
              ["Germany", "Russia"], "2026-09-08", "published", "occurred", "wirft Berlin dem russischen Militärgeheimdienst"),
            E("Russian ambassador summoned to the Foreign Office", "ACCUSE",
              ["Germany", "Russia"], "2026-09-07", "text", "occurred", "Netschajew war deswegen"),
            E("Merz: Germany will continue its support for Ukraine undiminished", "AGREE",
              ["Friedrich Merz", "Germany", "Ukraine"], "2026-09-08", "context", "occurred", "unvermindert fortsetzen"),
            E("Further air defence systems to be delivered in autumn", "AID",
              ["Germany", "Ukraine"], "2026-FA", "text", "planned", "unvermindert fortsetzen"),
            E("Zakharova rejects the accusations as absurd", "REJECT",
              ["Maria Zakharova", "Germany"], "2026-09-08", "published", "occurred", "absurd und durch nichts belegt"),
            E("Zakharova announces a mirror response", "THREATEN",
              ["Maria Zakharova", "Germany"], "2026-09-08", "published", "occurred", "absurd und durch nichts belegt"),
            E("Kallas accuses Russia of a pattern of hybrid attacks", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2026-09-08", "published", "occurred", "Muster hybrider Angriffe"),
            E("Kallas calls for joint EU action", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-09-08", "published", "occurred", "Muster hybrider Angriffe"),
            E("NATO to step up protection of critical infrastructure and military sites", "MOBILIZE",
              ["Mark Rutte", "NATO"], "FUTURE_REF", "vague", "planned", "Schutz kritischer Infrastruktur"),
            E("Zelensky-Merz phone call", "CONSULT",
              ["Volodymyr Zelensky", "Friedrich Merz"], "2026-09-08TEV", "text", "occurred", "in einem Telefonat"),
            E("Zelensky thanks Merz for his clear stance", "SUPPORT",
              ["Volodymyr Zelensky", "Friedrich Merz"], "2026-09-08TEV", "text", "occurred", "in einem Telefonat"),
            E("Germany expels 40 Russian diplomats", "SANCTION",
              ["Germany", "Russia"], "2022-04", "text", "occurred", "Im April 2022 hatte die Bundesregierung"),
            E("Moscow expels 40 German embassy staff in return", "SANCTION",
              ["Russia", "Germany"], "2022-04", "context", "occurred", "Moskau verwies daraufhin"),
            E("Russian drone and missile attack on Ukrainian cities; two killed in Odesa", "ASSAULT",
              ["Russia", "Ukraine"], "2026-09-07TNI", "text", "occurred", "griff Russland erneut ukrainische Städte"),
        ],
        statements=[
            S("Germany", "Russia's GRU organised drone flights over training grounds used for Ukrainian soldiers",
              "2026-09-08", "published", "wirft Berlin dem russischen Militärgeheimdienst"),
            S("Friedrich Merz", "Germany will be neither spied on nor intimidated", "2026-09-08", "text", "weder ausspähen"),
            S("Friedrich Merz", "Support for Ukraine continues; more air defence systems in autumn", "2026-09-08", "context",
              "unvermindert fortsetzen"),
            S("Germany", "The incidents ranged from overflights in Saxony-Anhalt to sightings near an air base in Bavaria",
              "2026-09-08", "published", "Sachsen-Anhalt"),
            S("Maria Zakharova", "The accusations are absurd; a mirror response will follow", "2026-09-08", "published",
              "absurd und durch nichts belegt"),
            S("Dmitry Peskov", "Relations with Berlin are at a low point", "2026-09-08", "published", "Tiefpunkt"),
            S("Dmitry Peskov", "No conversation between Merz and Putin is planned", "2026-09-08", "published",
              "derzeit nicht geplant"),
            S("Kaja Kallas", "A pattern of Russian hybrid attacks; the EU must act together", "2026-09-08", "published",
              "Muster hybrider Angriffe"),
            S("Mark Rutte", "NATO will step up protection of infrastructure and military sites", "2026-09-08", "published",
              "Schutz kritischer Infrastruktur"),
            S("Volodymyr Zelensky", "Thanks Merz for his 'clear stance'", "2026-09-08TEV", "text", "in einem Telefonat"),
            S("Ukraine", "Two people killed in Odesa", "2026-09-08", "published", "griff Russland erneut ukrainische Städte"),
        ],
        actors=["Germany", "Russia", "Friedrich Merz", "Ukraine", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
                "Vladimir Putin", "European Union", "Kaja Kallas", "NATO", "Mark Rutte", "Volodymyr Zelensky"],
    ),
]
