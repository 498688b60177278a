"""German articles of the blind127 set (fictionalised; written and annotated blind to the extraction code).

Theme: Orbán's 2024 "peace mission" and the quarrel over Hungary's EU presidency (July-December 2024).
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b127de01 (Inforadio, rbb)
DE01 = """
Orbán bei Xi in Peking: „Friedensmission 3.0“ verärgert Brüssel

Peking/Berlin (Inforadio). Ungarns Ministerpräsident Viktor Orbán ist am Montag in Peking vom chinesischen Staatschef Xi Jinping empfangen worden.
Auf der Plattform X nannte Orbán den unangekündigten Besuch eine „Friedensmission 3.0“.
Nach Angaben der staatlichen Nachrichtenagentur Xinhua sagte Xi, die internationale Gemeinschaft solle Bedingungen für einen direkten Dialog zwischen Russland und der Ukraine schaffen.
China unterstütze alle Bemühungen um eine Waffenruhe und werde auf seine Weise dazu beitragen, zitierte die Agentur den Staatschef.

Für Orbán war es die dritte Station binnen einer Woche.
Am Dienstag vergangener Woche hatte er in Kiew Präsident Wolodymyr Selenskyj getroffen und ihm eine Feuerpause vorgeschlagen, um Verhandlungen zu beschleunigen.
Selenskyj lehnte das ab und bestand auf einem gerechten Frieden, der die Grenzen der Ukraine achte.
Am Freitag folgte ein Treffen mit Kremlchef Wladimir Putin in Moskau, das der Kreml anschließend einen „offenen Meinungsaustausch“ nannte.
Putin bekräftigte dort seine Forderung, die Ukraine müsse ihre Truppen aus vier Regionen abziehen, bevor über eine Waffenruhe gesprochen werden könne.

In Brüssel stößt die Reisediplomatie auf scharfe Kritik.
EU-Ratspräsident Charles Michel hatte bereits am Freitag erklärt, die rotierende Ratspräsidentschaft habe kein Mandat, im Namen der EU mit Russland zu verhandeln.
Kommissionspräsidentin Ursula von der Leyen schrieb am Freitagabend, Beschwichtigung werde Putin nicht aufhalten.
Polen und die baltischen Staaten verlangten eine Aussprache der EU-Botschafter, die an diesem Mittwoch stattfinden soll.

Orbán wies die Kritik zurück: Frieden komme nicht von selbst, man müsse dafür arbeiten.
Am Montagmorgen hatte Russland die Ukraine mit mehr als 40 Raketen angegriffen, in Kiew wurde die Kinderklinik Ochmatdyt schwer beschädigt.
Selenskyj sagte am Abend, wer in diesen Tagen nach Moskau reise, müsse wissen, dass Russland zur selben Zeit Kinder angreife.
Orbán reist heute zum NATO-Gipfel nach Washington, der bis Donnerstag dauert.
Mehr dazu hören Sie heute ab 18 Uhr im Inforadio.
"""

# ---------------------------------------------------------------- b127de02 (Tagesspiegel Background)
DE02 = """
Nur noch Beamte: Kommission boykottiert Orbáns informelle Ratstreffen

Brüssel. Die EU-Kommission wird informelle Ministertreffen der ungarischen Ratspräsidentschaft von Ministerpräsident Viktor Orbán nur noch auf Beamtenebene beschicken, wie Chefsprecher Eric Mamer am Montagabend auf X mitteilte.
Zudem sagte Kommissionspräsidentin Ursula von der Leyen den traditionellen Antrittsbesuch des Kommissionskollegiums in Budapest ab, der für Ende Juli vorgesehen war.
Die Entscheidung sei eine Reaktion auf die Entwicklungen der vergangenen Tage, hieß es in der Kommission.
Gemeint sind Orbáns unabgesprochene Reisen zu Kremlchef Wladimir Putin nach Moskau am 5. Juli und zu Staatschef Xi Jinping nach Peking drei Tage später.

Am vergangenen Donnerstag besuchte Orbán zudem Donald Trump in dessen Anwesen Mar-a-Lago in Florida.
In einem am Wochenende bekannt gewordenen Brief an Ratspräsident Charles Michel schlug Orbán vor, die EU solle direkte Gespräche mit Russland aufnehmen und eine Friedenskonferenz unter Beteiligung Chinas vorbereiten.
Trump werde sich nach einem Wahlsieg sofort als Vermittler einschalten, heißt es in dem Schreiben.
Der für EU-Angelegenheiten zuständige ungarische Minister János Bóka kritisierte den Boykott noch in der Nacht: Die Kommission könne sich nicht aussuchen, mit welchen Präsidentschaften sie zusammenarbeite.

Schweden und Finnland hatten bereits angekündigt, zu den informellen Treffen in Ungarn nur Staatssekretäre zu schicken.
Auch Polen erwägt nach Angaben aus Warschau, die Treffen von Orbáns Präsidentschaft nur noch auf niedrigerer Ebene zu besuchen.
Offen ist, was aus dem informellen Außenministertreffen wird, das Ende August in Budapest stattfinden soll.
Der EU-Außenbeauftragte Josep Borrell will nach Angaben seines Sprechers beim Außenministerrat am kommenden Montag mit den Ministern darüber beraten.

In Kiew wurde der Schritt der Kommission begrüßt; Außenminister Dmytro Kuleba sprach von einem „richtigen Signal“.
Kremlsprecher Dmitri Peskow nannte den Boykott dagegen am Dienstag einen Beweis dafür, dass in Brüssel keine abweichende Meinung geduldet werde.
Ungarn hat den Vorsitz im Rat der EU noch bis zum 31. Dezember inne.
Zum Hintergrund: Die Kommission hatte bereits Ende 2022 für Ungarn bestimmte EU-Mittel in Milliardenhöhe wegen Mängeln bei der Rechtsstaatlichkeit eingefroren.
"""

# ---------------------------------------------------------------- b127de03 (Reporter.lu)
DE03 = """
Gymnich in Brüssel statt Budapest: Borrells Gegentreffen zeigt die Risse in der EU

Brüssel/Luxemburg. Die Außenministerinnen und Außenminister der EU haben am Donnerstag in Brüssel über die Lage in der Ukraine beraten – und nicht in Budapest, wo das informelle Gymnich-Treffen ursprünglich stattfinden sollte.
Der EU-Außenbeauftragte Josep Borrell hatte das Treffen vor gut einem Monat nach Brüssel verlegt, als Antwort auf die Reisen des ungarischen Ministerpräsidenten Viktor Orbán nach Moskau und Peking.
Bereits am Mittwoch waren unter Borrells Vorsitz die Verteidigungsminister in Brüssel zusammengekommen.

Ungarns Außenminister Péter Szijjártó blieb dem Treffen fern und schickte einen Staatssekretär.
Er hatte Borrells Entscheidung im Juli als „kindisch“ bezeichnet.
Zu Gast war dagegen der ukrainische Außenminister Dmytro Kuleba, der persönlich nach Brüssel reiste.
Er bat die Partner um mehr Luftabwehr und um die Erlaubnis, westliche Waffen auch gegen militärische Ziele in Russland einzusetzen.

Borrell sagte nach dem Treffen, eine Mehrheit der Staaten sei bereit, die Beschränkungen für den Einsatz gelieferter Waffen aufzuheben, entscheiden müsse darüber aber jedes Land selbst.
Ungarn blockiere zudem seit mehr als einem Jahr die Erstattung von 6,6 Milliarden Euro aus der Europäischen Friedensfazilität, kritisierte Borrell.
Den ukrainischen Vorstoß in das russische Gebiet Kursk seit dem 6. August nannte Borrell legitime Selbstverteidigung.

Aus Moskau kam scharfe Kritik.
Kremlsprecher Dmitri Peskow warf den Europäern am Freitagmorgen vor, mit der Debatte über Angriffe auf russisches Gebiet „mit dem Feuer zu spielen“.

Luxemburgs Außenminister Xavier Bettel, seit November im Amt, sagte Reporter.lu, er wäre auch nach Budapest geflogen, halte das Signal aber für richtig.
„Wer die Präsidentschaft führt, spricht für 27 Staaten und nicht für sich allein“, sagte Bettel.
Ungarn will Anfang November in Budapest einen informellen EU-Gipfel ausrichten; ob auch dieser boykottiert wird, ist offen.
Die nächste reguläre Ratstagung der Außenminister ist für Mitte Oktober in Luxemburg angesetzt.
"""

# ---------------------------------------------------------------- b127de04 (Kehler Zeitung)
DE04 = """
Schlagabtausch in Straßburg: Von der Leyen und Orbán streiten über den Krieg in der Ukraine

Straßburg/Kehl. Der ungarische Ministerpräsident Viktor Orbán hat am Mittwoch im Europäischen Parlament die Pläne seiner Ratspräsidentschaft vorgestellt und sich dabei einen heftigen Schlagabtausch mit Kommissionspräsidentin Ursula von der Leyen geliefert.
Die Debatte war ursprünglich für Mitte September angesetzt, wurde wegen der Hochwasser in Mitteleuropa aber verschoben.

Orbán forderte die EU auf, ihre Ukraine-Politik zu ändern, weil die bisherige Strategie gescheitert sei.
„Wir verlieren diesen Krieg, wenn wir so weitermachen“, sagte er und verlangte eine Waffenruhe und Verhandlungen zwischen Moskau und Kiew.
Zugleich bekundete er Sympathie für Donald Trump, dessen Sieg bei der Wahl am 5. November die Lage verändern werde.

Von der Leyen antwortete ungewöhnlich scharf.
Manche gäben die Schuld an diesem Krieg nicht dem Angreifer, sondern dem Angegriffenen, sagte sie, ohne Orbán direkt anzusprechen.
Sie warf der Regierung Orbán zudem vor, russische Staatsbürger seit dem Sommer ohne zusätzliche Sicherheitsprüfungen als Arbeitskräfte ins Land zu lassen, und nannte dies ein Risiko für alle Schengen-Staaten.
Orbán hielt dagegen, die Kommission mache Politik, statt über die Verträge zu wachen.
Im Saal meldete sich auch der ungarische Oppositionsführer Péter Magyar zu Wort, dessen Partei im Juni bei der Europawahl knapp 30 Prozent erreicht hatte.

In Kiew wurde der Auftritt mit Verärgerung verfolgt.
Außenminister Andrij Sybiha schrieb am Abend, wer Frieden wolle, müsse den Aggressor unter Druck setzen und nicht das Opfer.
Kremlsprecher Dmitri Peskow nannte Orbáns Haltung am Donnerstag „vernünftig und pragmatisch“.
Kremlchef Wladimir Putin hatte Orbáns Vermittlungsversuche bereits kürzlich als „mutig“ gelobt.

Die nächste Plenarwoche in Straßburg beginnt am 21. Oktober; dann soll über ein Darlehen von bis zu 35 Milliarden Euro für die Ukraine abgestimmt werden, das aus Erträgen eingefrorener russischer Vermögen getilgt wird.
In Kehl sammelt der Verein „Kehl hilft“ seit Februar 2022 Spenden für ukrainische Familien; die nächste Sammelaktion ist für kommenden Samstag auf dem Marktplatz geplant.
"""

# ---------------------------------------------------------------- b127de05 (Ungarn Heute)
DE05 = """
Budapester Erklärung: EU-Gipfel setzt auf Wettbewerbsfähigkeit, Orbán wirbt für Waffenruhe

Budapest. Die Staats- und Regierungschefs der EU haben am Freitag in der Budapester Puskás Aréna die „Budapester Erklärung“ zur Wettbewerbsfähigkeit angenommen.
Ministerpräsident Viktor Orbán sprach zum Abschluss des informellen Gipfels von einem „Meilenstein“ für die europäische Wirtschaft.
Die Erklärung sieht unter anderem vor, die Kapitalmarktunion bis 2026 voranzubringen und den Verwaltungsaufwand für Unternehmen deutlich zu senken.

Am Donnerstag hatte Orbán bereits rund 40 Staats- und Regierungschefs zum Gipfel der Europäischen Politischen Gemeinschaft empfangen, unter ihnen den ukrainischen Präsidenten Wolodymyr Selenskyj.
Selenskyj wies Orbáns Forderung nach einer sofortigen Waffenruhe dort zurück: Eine Feuerpause ohne Sicherheitsgarantien würde Russland nur Zeit zur Aufrüstung verschaffen.
Er forderte die Europäer auf, ihre Hilfe nicht von Entscheidungen in Washington abhängig zu machen.

Orbán bekräftigte am Freitag, Europa müsse nach dem Wahlsieg Donald Trumps seine Ukraine-Politik überdenken.
Die Amerikaner würden den Krieg nicht weiter finanzieren, und die Europäer könnten die Last nicht allein tragen, sagte er vor Journalisten.
Er hatte Trump bereits in der Nacht zum Mittwoch gratuliert und angekündigt, in den kommenden Wochen mit ihm sprechen zu wollen.
Regierungssprecher Zoltán Kovács sprach am Samstagmorgen von einem „Erfolg der ungarischen Präsidentschaft“.

Bundeskanzler Olaf Scholz, der in Berlin mit dem Bruch seiner Koalition zu kämpfen hat, sagte am Donnerstag in Budapest, die Unterstützung für die Ukraine dürfe nicht nachlassen.
Frankreichs Präsident Emmanuel Macron warnte, Europa dürfe seine Sicherheit nicht auf ewig den Amerikanern überlassen.
Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau verfolge die Debatten in Europa mit Interesse, sehe aber keine Grundlage für Verhandlungen, solange Kiew auf seinen Forderungen beharre.
Ungarns Präsidentschaft endet am 31. Dezember, danach übernimmt Polen den Vorsitz.
"""

# ---------------------------------------------------------------- b127de06 (Polen-Rundschau, explainer)
DE06 = """
Von Budapest nach Warschau: Polen übernimmt den EU-Vorsitz im Streit mit Ungarn

Um Mitternacht geht die EU-Ratspräsidentschaft von Ungarn auf Polen über.
Polen führt den Vorsitz nach 2011 zum zweiten Mal, die Übergabe wird in Brüssel mit Erleichterung erwartet.
Ministerpräsident Donald Tusk hat als Motto „Sicherheit, Europa!“ ausgegeben und will das erste Halbjahr 2025 nutzen, um die Unterstützung für die Ukraine und die Verteidigung der Union zu stärken.

Worum geht es im Streit mit Budapest?
Ungarn hat vor knapp zwei Wochen dem früheren polnischen Vizejustizminister Marcin Romanowski Asyl gewährt, gegen den in Polen wegen mutmaßlicher Veruntreuung ermittelt wird.
Warschau bestellte daraufhin den ungarischen Botschafter ein und rief seinen eigenen Botschafter aus Budapest zu Konsultationen zurück.
Tusk sprach am Montag von einem „feindseligen Akt“ und warf Ministerpräsident Viktor Orbán vor, sich in die polnische Justiz einzumischen.
Orbáns Sprecher nannte die Vorwürfe politisch motiviert.

Was bleibt von der ungarischen Präsidentschaft?
Überschattet wurde sie von Orbáns „Friedensmission“, die ihn Anfang Juli zu Präsident Wolodymyr Selenskyj, Kremlchef Wladimir Putin, Staatschef Xi Jinping und zu Donald Trump führte.
Kommission und mehrere Mitgliedstaaten boykottierten daraufhin die informellen Treffen in Ungarn, und der Außenbeauftragte Josep Borrell verlegte das Außenministertreffen Ende August nach Brüssel.
Im Dezember telefonierte Orbán mit Putin und schlug eine Weihnachtswaffenruhe sowie einen Gefangenenaustausch vor, was Selenskyj ablehnte.

Was plant Polen?
Außenminister Radosław Sikorski kündigte an, Warschau wolle bis Ende Juni ein weiteres Sanktionspaket gegen Russland und die Eröffnung erster Verhandlungskapitel mit der Ukraine erreichen.
Die EU-Kommission will ihren traditionellen Antrittsbesuch bei der neuen Präsidentschaft im Februar in Danzig absolvieren.
Den feierlichen Auftakt soll am 3. Januar ein Konzert im Warschauer Nationaltheater bilden, zu dem auch EU-Ratspräsident António Costa erwartet wird.
Orbán kündigte dagegen an, auch ohne Vorsitz weiter für einen „Frieden durch Verhandlungen“ zu werben.
"""

DOCS = [
    doc(
        "b127de01_orban_peking_2024_07", "2024-07-09", DE01,
        [
            T("Montag", "DATE", "2024-07-08"),
            T("einer Woche", "DURATION", "P1W"),
            T("Dienstag vergangener Woche", "DATE", "2024-07-02"),
            T("Freitag", "DATE", "2024-07-05", 0),
            T("Freitag", "DATE", "2024-07-05", 1),
            T("Freitagabend", "TIME", "2024-07-05TEV"),
            T("diesem Mittwoch", "DATE", "2024-07-10"),
            T("Montagmorgen", "TIME", "2024-07-08TMO"),
            T("Abend", "TIME", "2024-07-08TEV"),
            T("diesen Tagen", "DATE", "PRESENT_REF", note="in Zelensky's words of Monday evening"),
            T("heute", "DATE", "2024-07-09", 0),
            T("Donnerstag", "DATE", "2024-07-11"),
            T("heute", "DATE", "2024-07-09", 1),
            T("18 Uhr", "TIME", "2024-07-09T18:00", note="Berlin time (CEST)"),
        ],
        [
            E("Orbán received by Xi Jinping in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07-08",
              "text", "occurred", "vom chinesischen Staatschef Xi Jinping empfangen"),
            E("Xi calls on the international community to create conditions for direct Russia–Ukraine dialogue",
              "REQUEST", ["Xi Jinping", "Russia", "Ukraine"], "2024-07-08", "context", "occurred",
              "Bedingungen für einen direkten Dialog"),
            E("Xi: China supports all efforts towards a ceasefire", "SUPPORT", ["Xi Jinping"], "2024-07-08",
              "context", "occurred", "China unterstütze alle Bemühungen"),
            E("Orbán meets Zelensky in Kyiv", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07-02", "text",
              "occurred", "Am Dienstag vergangener Woche hatte er in Kiew"),
            E("Orbán proposes a ceasefire to Zelensky", "REQUEST", ["Viktor Orbán", "Volodymyr Zelensky"],
              "2024-07-02", "text", "occurred", "Am Dienstag vergangener Woche hatte er in Kiew"),
            E("Zelensky rejects Orbán's ceasefire idea and insists on a just peace", "REJECT",
              ["Volodymyr Zelensky", "Viktor Orbán"], "2024-07-02", "context", "occurred",
              "Selenskyj lehnte das ab"),
            E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07-05", "text",
              "occurred", "Am Freitag folgte ein Treffen"),
            E("Putin demands that Ukraine withdraw from four regions before ceasefire talks", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2024-07-05", "context", "occurred", "Putin bekräftigte dort"),
            E("Michel: the rotating presidency has no mandate to negotiate with Russia for the EU", "ACCUSE",
              ["European Union", "Viktor Orbán"], "2024-07-05", "text", "occurred", "EU-Ratspräsident Charles Michel"),
            E("Von der Leyen: appeasement will not stop Putin", "ACCUSE", ["Ursula von der Leyen", "Viktor Orbán"],
              "2024-07-05TEV", "text", "occurred", "Beschwichtigung werde Putin"),
            E("Poland and the Baltic states demand a discussion among EU ambassadors", "REQUEST",
              ["Poland", "European Union"], "2024-07-09", "published", "occurred", "Polen und die baltischen Staaten"),
            E("EU ambassadors to discuss Orbán's trips", "CONSULT", ["European Union"], "2024-07-10", "text",
              "planned", "Polen und die baltischen Staaten"),
            E("Orbán rejects the criticism", "REJECT", ["Viktor Orbán", "European Union"], "2024-07-09", "published",
              "occurred", "Orbán wies die Kritik zurück"),
            E("Russian missile attack on Ukraine hits the Okhmatdyt children's hospital in Kyiv", "ASSAULT",
              ["Russia", "Ukraine"], "2024-07-08TMO", "text", "occurred", "Am Montagmorgen hatte Russland"),
            E("Zelensky accuses Russia of attacking children", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2024-07-08TEV", "text", "occurred", "Selenskyj sagte am Abend"),
            E("Orbán attends the NATO summit in Washington", "CONSULT", ["Viktor Orbán", "NATO"], "2024-07-09", "text",
              "planned", "Orbán reist heute zum NATO-Gipfel"),
        ],
        [
            S("Viktor Orbán", "Calls the visit a 'peace mission 3.0'", "2024-07-08", "context",
              "Auf der Plattform X nannte Orbán"),
            S("Xi Jinping", "The international community should create conditions for direct Russia–Ukraine dialogue",
              "2024-07-08", "context", "Bedingungen für einen direkten Dialog"),
            S("Xi Jinping", "China supports all ceasefire efforts and will contribute in its own way", "2024-07-08",
              "context", "China unterstütze alle Bemühungen"),
            S("Volodymyr Zelensky", "Insists on a just peace that respects Ukraine's borders", "2024-07-02", "context",
              "Selenskyj lehnte das ab"),
            S("Kremlin", "Calls the Putin–Orbán meeting an open exchange of views", "2024-07-05", "context",
              "offenen Meinungsaustausch"),
            S("Vladimir Putin", "Ukraine must withdraw its troops from four regions before a ceasefire is discussed",
              "2024-07-05", "context", "Putin bekräftigte dort"),
            S("European Union", "Michel: the rotating presidency has no mandate to negotiate with Russia for the EU",
              "2024-07-05", "text", "EU-Ratspräsident Charles Michel"),
            S("Ursula von der Leyen", "Appeasement will not stop Putin", "2024-07-05", "text",
              "Beschwichtigung werde Putin"),
            S("Viktor Orbán", "Peace does not come by itself; one has to work for it", "2024-07-09", "published",
              "Orbán wies die Kritik zurück"),
            S("Volodymyr Zelensky", "Whoever travels to Moscow these days must know that Russia is attacking children",
              "2024-07-08", "text", "Selenskyj sagte am Abend"),
        ],
        ["Viktor Orbán", "Xi Jinping", "China", "Russia", "Ukraine", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin",
         "European Union", "Ursula von der Leyen", "Poland", "NATO"],
    ),
    doc(
        "b127de02_kommission_boykott_2024_07", "2024-07-16", DE02,
        [
            T("Montagabend", "TIME", "2024-07-15TEV"),
            T("Ende Juli", "DATE", "2024-07", mod="END"),
            T("der vergangenen Tage", "DATE", "PAST_REF"),
            T("5. Juli", "DATE", "2024-07-05"),
            T("drei Tage später", "DATE", "2024-07-08"),
            T("vergangenen Donnerstag", "DATE", "2024-07-11"),
            T("Wochenende", "DATE", "2024-W28-WE"),
            T("der Nacht", "TIME", "2024-07-15TNI", note="the night after the Monday-evening announcement"),
            T("Ende August", "DATE", "2024-08", mod="END"),
            T("kommenden Montag", "DATE", "2024-07-22"),
            T("Dienstag", "DATE", "2024-07-16"),
            T("31. Dezember", "DATE", "2024-12-31"),
            T("Ende 2022", "DATE", "2022", mod="END"),
        ],
        [
            E("Commission to attend informal meetings of the Hungarian presidency only at official level", "REJECT",
              ["European Union", "Viktor Orbán"], "2024-07-15TEV", "text", "planned",
              "nur noch auf Beamtenebene beschicken"),
            E("Von der Leyen cancels the college's visit to the presidency in Budapest", "CONSULT",
              ["Ursula von der Leyen", "European Union"], "2024-07", "text", "cancelled",
              "Antrittsbesuch des Kommissionskollegiums", date_mod="END"),
            E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07-05", "text",
              "occurred", "Gemeint sind Orbáns unabgesprochene Reisen"),
            E("Orbán meets Xi Jinping in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07-08", "text",
              "occurred", "Gemeint sind Orbáns unabgesprochene Reisen"),
            E("Orbán visits Trump at Mar-a-Lago", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2024-07-11", "text",
              "occurred", "Am vergangenen Donnerstag besuchte Orbán"),
            E("Orbán's letter proposes EU talks with Russia and a peace conference with China", "REQUEST",
              ["Viktor Orbán", "European Union"], "2024-W28-WE", "text", "occurred", "bekannt gewordenen Brief",
              note="the weekend when the letter became known; the day it was written is not given"),
            E("Hungarian minister Bóka criticises the Commission's boycott", "ACCUSE", ["European Union"],
              "2024-07-15TNI", "text", "occurred", "János Bóka kritisierte"),
            E("Poland considers sending lower-level officials to the presidency's meetings", "REJECT",
              ["Poland", "Viktor Orbán"], "2024-07-16", "published", "uncertain", "Auch Polen erwägt"),
            E("Informal meeting of EU foreign ministers in Budapest in question", "CONSULT", ["European Union"],
              "2024-08", "text", "uncertain", "Offen ist, was aus dem informellen", date_mod="END"),
            E("Borrell to discuss the Budapest meeting with the ministers at the Foreign Affairs Council", "CONSULT",
              ["European Union"], "2024-07-22", "text", "planned", "beim Außenministerrat am kommenden Montag"),
            E("Kyiv welcomes the Commission's step", "SUPPORT", ["Ukraine", "European Union"], "2024-07-16",
              "published", "occurred", "In Kiew wurde der Schritt"),
            E("Peskov: the boycott proves that Brussels tolerates no dissent", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2024-07-16", "text", "occurred", "Kremlsprecher Dmitri Peskow"),
            E("Commission froze EU funds for Hungary over rule-of-law shortcomings", "SANCTION", ["European Union"],
              "2022", "text", "occurred", "Zum Hintergrund", date_mod="END"),
        ],
        [
            S("European Union", "Mamer: the Commission will be represented only by officials at informal meetings",
              "2024-07-15", "text", "nur noch auf Beamtenebene beschicken"),
            S("European Union", "The decision reacts to the developments of the past days", "2024-07-16",
              "published", "Die Entscheidung sei eine Reaktion"),
            S("Viktor Orbán", "Proposes EU talks with Russia and a peace conference involving China", "2024-W28-WE",
              "text", "bekannt gewordenen Brief"),
            S("Viktor Orbán", "Trump would step in as a mediator immediately after an election win", "2024-W28-WE",
              "context", "heißt es in dem Schreiben"),
            S("European Union", "Borrell's spokesman: he will discuss the meeting with the ministers on Monday",
              "2024-07-16", "published", "beim Außenministerrat am kommenden Montag"),
            S("Ukraine", "Kuleba: the Commission's step is the right signal", "2024-07-16", "published",
              "In Kiew wurde der Schritt"),
            S("Dmitry Peskov", "The boycott proves that Brussels tolerates no dissent", "2024-07-16", "text",
              "Kremlsprecher Dmitri Peskow"),
        ],
        ["European Union", "Viktor Orbán", "Ursula von der Leyen", "Kremlin", "Vladimir Putin", "Xi Jinping",
         "Donald Trump", "Russia", "China", "Poland", "Ukraine", "Dmitry Peskov"],
    ),
    doc(
        "b127de03_gymnich_bruessel_2024_08", "2024-08-30", DE03,
        [
            T("Donnerstag", "DATE", "2024-08-29"),
            T("vor gut einem Monat", "DATE", "2024-07", mod="APPROX"),
            T("Mittwoch", "DATE", "2024-08-28"),
            T("Juli", "DATE", "2024-07"),
            T("mehr als einem Jahr", "DURATION", "P1Y", mod="MORE_THAN"),
            T("6. August", "DATE", "2024-08-06"),
            T("Freitagmorgen", "TIME", "2024-08-30TMO"),
            T("November", "DATE", "2023-11", 0, note="Bettel took office as foreign minister in November 2023"),
            T("Anfang November", "DATE", "2024-11", mod="START"),
            T("Mitte Oktober", "DATE", "2024-10", mod="MID"),
        ],
        [
            E("Informal meeting of EU foreign ministers (Gymnich) in Brussels", "CONSULT", ["European Union"],
              "2024-08-29", "text", "occurred", "Die Außenministerinnen und Außenminister der EU haben am Donnerstag"),
            E("Borrell moves the Gymnich from Budapest to Brussels in response to Orbán's trips", "REJECT",
              ["European Union", "Viktor Orbán"], "2024-07", "text", "occurred", "vor gut einem Monat nach Brüssel",
              date_mod="APPROX", note="announced on 22 July 2024"),
            E("Informal meeting of EU defence ministers in Brussels", "CONSULT", ["European Union"], "2024-08-28",
              "text", "occurred", "Bereits am Mittwoch waren"),
            E("Hungary's foreign minister stays away from the meeting", "REJECT", ["European Union"], "2024-08-29",
              "context", "occurred", "blieb dem Treffen fern"),
            E("Szijjártó calls Borrell's decision childish", "ACCUSE", ["European Union"], "2024-07", "text",
              "occurred", "als „kindisch“ bezeichnet"),
            E("Kuleba attends the meeting in Brussels", "CONSULT", ["Ukraine", "European Union"], "2024-08-29",
              "context", "occurred", "Zu Gast war dagegen"),
            E("Kuleba asks for more air defence and permission to strike military targets in Russia", "REQUEST",
              ["Ukraine", "European Union"], "2024-08-29", "context", "occurred", "Er bat die Partner"),
            E("Borrell: a majority of states is ready to lift the restrictions on the use of weapons", "SUPPORT",
              ["European Union", "Ukraine"], "2024-08-29", "context", "occurred", "eine Mehrheit der Staaten sei bereit"),
            E("Hungary blocks the reimbursement of 6.6 billion euros from the European Peace Facility", "REJECT",
              ["European Union", "Ukraine"], "2024-08-29", "context", "occurred", "Ungarn blockiere zudem",
              note="a continuing block reported on the day of the meeting; it dates from 2023"),
            E("Ukraine's incursion into Russia's Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08-06", "text",
              "occurred", "Den ukrainischen Vorstoß", date_mod="START"),
            E("Borrell calls the Kursk incursion legitimate self-defence", "SUPPORT", ["European Union", "Ukraine"],
              "2024-08-29", "context", "occurred", "Den ukrainischen Vorstoß"),
            E("Peskov accuses the Europeans of playing with fire", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2024-08-30TMO", "text", "occurred", "Kremlsprecher Dmitri Peskow"),
            E("Informal EU summit in Budapest", "CONSULT", ["European Union"], "2024-11", "text", "planned",
              "informellen EU-Gipfel ausrichten", date_mod="START"),
            E("Foreign Affairs Council in Luxembourg", "CONSULT", ["European Union"], "2024-10", "text", "planned",
              "Die nächste reguläre Ratstagung", date_mod="MID"),
        ],
        [
            S("Ukraine", "Kuleba asks for more air defence and permission to use Western weapons against targets in Russia",
              "2024-08-29", "context", "Er bat die Partner"),
            S("European Union", "Borrell: a majority is ready to lift the restrictions, but each state decides",
              "2024-08-29", "context", "eine Mehrheit der Staaten sei bereit"),
            S("European Union", "Borrell: Hungary has blocked 6.6 billion euros from the Peace Facility for over a year",
              "2024-08-29", "context", "Ungarn blockiere zudem"),
            S("European Union", "Borrell: the Kursk incursion is legitimate self-defence", "2024-08-29", "context",
              "Den ukrainischen Vorstoß"),
            S("Dmitry Peskov", "The Europeans are playing with fire by debating strikes on Russian territory",
              "2024-08-30", "text", "Kremlsprecher Dmitri Peskow"),
        ],
        ["European Union", "Viktor Orbán", "Ukraine", "Russia", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b127de04_strassburg_schlagabtausch_2024_10", "2024-10-10", DE04,
        [
            T("Mittwoch", "DATE", "2024-10-09"),
            T("Mitte September", "DATE", "2024-09", mod="MID"),
            T("5. November", "DATE", "2024-11-05"),
            T("dem Sommer", "DATE", "2024-SU"),
            T("Juni", "DATE", "2024-06"),
            T("Abend", "TIME", "2024-10-09TEV"),
            T("Donnerstag", "DATE", "2024-10-10"),
            T("kürzlich", "DATE", "PAST_REF"),
            T("21. Oktober", "DATE", "2024-10-21"),
            T("Februar 2022", "DATE", "2022-02"),
            T("kommenden Samstag", "DATE", "2024-10-12"),
        ],
        [
            E("Orbán presents his presidency's plans in the European Parliament", "CONSULT",
              ["Viktor Orbán", "European Union"], "2024-10-09", "text", "occurred", "Der ungarische Ministerpräsident"),
            E("Orbán calls on the EU to change its Ukraine policy", "REQUEST", ["Viktor Orbán", "European Union"],
              "2024-10-09", "context", "occurred", "Orbán forderte die EU auf"),
            E("Orbán demands a ceasefire and negotiations between Moscow and Kyiv", "REQUEST",
              ["Viktor Orbán", "Russia", "Ukraine"], "2024-10-09", "context", "occurred", "Wir verlieren diesen Krieg"),
            E("Orbán voices sympathy for Trump", "SUPPORT", ["Viktor Orbán", "Donald Trump"], "2024-10-09", "context",
              "occurred", "bekundete er Sympathie"),
            E("Von der Leyen: some blame the attacked rather than the attacker", "ACCUSE",
              ["Ursula von der Leyen", "Viktor Orbán"], "2024-10-09", "context", "occurred",
              "Manche gäben die Schuld"),
            E("Von der Leyen accuses Orbán's government of letting Russians in without security checks", "ACCUSE",
              ["Ursula von der Leyen", "Viktor Orbán"], "2024-10-09", "context", "occurred",
              "Sie warf der Regierung Orbán"),
            E("Orbán accuses the Commission of playing politics", "ACCUSE", ["Viktor Orbán", "European Union"],
              "2024-10-09", "context", "occurred", "Orbán hielt dagegen"),
            E("Sybiha: whoever wants peace must pressure the aggressor, not the victim", "ACCUSE",
              ["Andrii Sybiha", "Viktor Orbán"], "2024-10-09TEV", "text", "occurred", "Außenminister Andrij Sybiha"),
            E("Peskov calls Orbán's stance reasonable", "SUPPORT", ["Dmitry Peskov", "Viktor Orbán"], "2024-10-10",
              "text", "occurred", "Kremlsprecher Dmitri Peskow"),
            E("Putin praises Orbán's mediation attempts as courageous", "SUPPORT", ["Vladimir Putin", "Viktor Orbán"],
              "PAST_REF", "vague", "occurred", "Vermittlungsversuche bereits kürzlich"),
            E("European Parliament to vote on a loan of up to 35 billion euros for Ukraine", "AID",
              ["European Union", "Ukraine"], "2024-10-21", "context", "planned", "Die nächste Plenarwoche",
              note="the plenary week begins on 21 October"),
        ],
        [
            S("Viktor Orbán", "The EU must change its Ukraine policy because the strategy has failed", "2024-10-09",
              "context", "Orbán forderte die EU auf"),
            S("Viktor Orbán", "We are losing this war if we go on like this; calls for a ceasefire and talks",
              "2024-10-09", "context", "Wir verlieren diesen Krieg"),
            S("Viktor Orbán", "Trump's election win would change the situation", "2024-10-09", "context",
              "bekundete er Sympathie"),
            S("Ursula von der Leyen", "Some blame the war on the attacked rather than the attacker", "2024-10-09",
              "context", "Manche gäben die Schuld"),
            S("Ursula von der Leyen", "Hungary lets Russian workers in without extra security checks, a risk for Schengen",
              "2024-10-09", "context", "Sie warf der Regierung Orbán"),
            S("Viktor Orbán", "The Commission plays politics instead of guarding the treaties", "2024-10-09", "context",
              "Orbán hielt dagegen"),
            S("Andrii Sybiha", "Whoever wants peace must pressure the aggressor, not the victim", "2024-10-09", "text",
              "Außenminister Andrij Sybiha"),
            S("Dmitry Peskov", "Orbán's stance is reasonable and pragmatic", "2024-10-10", "text",
              "Kremlsprecher Dmitri Peskow"),
            S("Vladimir Putin", "Orbán's mediation attempts are courageous", "PAST_REF", "vague",
              "Vermittlungsversuche bereits kürzlich"),
        ],
        ["Viktor Orbán", "European Union", "Ursula von der Leyen", "Russia", "Ukraine", "Donald Trump",
         "Andrii Sybiha", "Dmitry Peskov", "Kremlin", "Vladimir Putin"],
    ),
    doc(
        "b127de05_budapester_erklaerung_2024_11", "2024-11-09", DE05,
        [
            T("Freitag", "DATE", "2024-11-08", 0),
            T("2026", "DATE", "2026"),
            T("Donnerstag", "DATE", "2024-11-07", 0),
            T("Freitag", "DATE", "2024-11-08", 1),
            T("Nacht zum Mittwoch", "TIME", "2024-11-05TNI", note="the night to Wednesday 6 November (US election night)"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Samstagmorgen", "TIME", "2024-11-09TMO"),
            T("Donnerstag", "DATE", "2024-11-07", 1),
            T("Freitag", "DATE", "2024-11-08", 2),
            T("31. Dezember", "DATE", "2024-12-31"),
        ],
        [
            E("EU leaders adopt the Budapest Declaration on competitiveness", "AGREE", ["European Union"],
              "2024-11-08", "text", "occurred", "Budapester Puskás Aréna"),
            E("Informal EU summit in Budapest hosted by Orbán", "CONSULT", ["European Union", "Viktor Orbán"],
              "2024-11-08", "context", "occurred", "zum Abschluss des informellen Gipfels"),
            E("Orbán hosts Zelensky and about 40 leaders at the European Political Community summit", "CONSULT",
              ["Viktor Orbán", "Volodymyr Zelensky"], "2024-11-07", "text", "occurred", "Am Donnerstag hatte Orbán"),
            E("Zelensky rejects Orbán's call for an immediate ceasefire", "REJECT", ["Volodymyr Zelensky", "Viktor Orbán"],
              "2024-11-07", "context", "occurred", "Selenskyj wies Orbáns Forderung"),
            E("Zelensky urges the Europeans not to make their aid depend on Washington", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-11-07", "context", "occurred",
              "Er forderte die Europäer auf"),
            E("Orbán: Europe must rethink its Ukraine policy after Trump's victory", "REQUEST",
              ["Viktor Orbán", "European Union"], "2024-11-08", "text", "occurred", "Orbán bekräftigte am Freitag"),
            E("Orbán congratulates Trump on his election victory", "SUPPORT", ["Viktor Orbán", "Donald Trump"],
              "2024-11-05TNI", "text", "occurred", "in der Nacht zum Mittwoch gratuliert"),
            E("Orbán to speak with Trump in the coming weeks", "CONSULT", ["Viktor Orbán", "Donald Trump"], "FUTURE_REF",
              "vague", "planned", "in der Nacht zum Mittwoch gratuliert"),
            E("Scholz: support for Ukraine must not weaken", "SUPPORT", ["Olaf Scholz", "Ukraine"], "2024-11-07", "text",
              "occurred", "Bundeskanzler Olaf Scholz"),
            E("Macron warns Europe not to leave its security to the Americans for ever", "REQUEST",
              ["Emmanuel Macron", "European Union"], "2024-11-07", "context", "occurred",
              "Frankreichs Präsident Emmanuel Macron"),
            E("Peskov: no basis for negotiations as long as Kyiv keeps its demands", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2024-11-08", "text", "occurred", "Kremlsprecher Dmitri Peskow"),
        ],
        [
            S("Viktor Orbán", "Calls the Budapest Declaration a milestone for Europe's economy", "2024-11-08", "context",
              "zum Abschluss des informellen Gipfels"),
            S("Volodymyr Zelensky", "A ceasefire without security guarantees would only give Russia time to rearm",
              "2024-11-07", "context", "Selenskyj wies Orbáns Forderung"),
            S("Volodymyr Zelensky", "Europeans should not make their aid depend on decisions in Washington",
              "2024-11-07", "context", "Er forderte die Europäer auf"),
            S("Viktor Orbán", "Europe must rethink its Ukraine policy after Trump's victory", "2024-11-08", "text",
              "Orbán bekräftigte am Freitag"),
            S("Viktor Orbán", "The Americans will stop financing the war; Europe cannot carry the burden alone",
              "2024-11-08", "context", "sagte er vor Journalisten"),
            S("Viktor Orbán", "Government spokesman Kovács: a success of the Hungarian presidency", "2024-11-09", "text",
              "Regierungssprecher Zoltán Kovács"),
            S("Olaf Scholz", "Support for Ukraine must not weaken", "2024-11-07", "text", "Bundeskanzler Olaf Scholz"),
            S("Emmanuel Macron", "Europe must not leave its security to the Americans for ever", "2024-11-07", "context",
              "Frankreichs Präsident Emmanuel Macron"),
            S("Dmitry Peskov", "Moscow follows Europe's debates with interest but sees no basis for negotiations",
              "2024-11-08", "text", "Kremlsprecher Dmitri Peskow"),
        ],
        ["European Union", "Viktor Orbán", "Volodymyr Zelensky", "Ukraine", "Russia", "United States", "Donald Trump",
         "Olaf Scholz", "Germany", "Emmanuel Macron", "France", "Dmitry Peskov", "Kremlin", "Poland"],
    ),
    doc(
        "b127de06_polen_vorsitz_2024_12", "2024-12-31", DE06,
        [
            T("Mitternacht", "TIME", "2025-01-01T00:00", note="Central European Time"),
            T("2011", "DATE", "2011"),
            T("das erste Halbjahr 2025", "DATE", "2025-H1"),
            T("vor knapp zwei Wochen", "DATE", "2024-W51", mod="APPROX",
              note="two weeks before the publication week (2025-W01); the asylum became known on 19 December"),
            T("Montag", "DATE", "2024-12-30"),
            T("Anfang Juli", "DATE", "2024-07", mod="START"),
            T("Ende August", "DATE", "2024-08", mod="END"),
            T("Dezember", "DATE", "2024-12"),
            T("Ende Juni", "DATE", "2025-06", mod="END"),
            T("Februar", "DATE", "2025-02"),
            T("3. Januar", "DATE", "2025-01-03"),
        ],
        [
            E("Tusk pledges to use the Polish presidency to strengthen support for Ukraine", "AGREE",
              ["Donald Tusk", "Ukraine", "European Union"], "2024-12-31", "published", "occurred",
              "Ministerpräsident Donald Tusk hat als Motto"),
            E("Hungary grants asylum to Poland's former deputy justice minister Romanowski", "REJECT", ["Poland"],
              "2024-W51", "text", "occurred", "Marcin Romanowski Asyl gewährt", date_mod="APPROX",
              note="Hungary is not canonical; the canonical side only"),
            E("Poland summons the Hungarian ambassador", "ACCUSE", ["Poland"], "2024-W51", "context", "occurred",
              "Warschau bestellte daraufhin", date_mod="APPROX"),
            E("Poland recalls its ambassador from Budapest for consultations", "SANCTION", ["Poland"], "2024-W51",
              "context", "occurred", "Warschau bestellte daraufhin", date_mod="APPROX"),
            E("Tusk accuses Orbán of interfering in Poland's judiciary", "ACCUSE", ["Donald Tusk", "Viktor Orbán"],
              "2024-12-30", "text", "occurred", "Tusk sprach am Montag"),
            E("Orbán's spokesman rejects the accusations as politically motivated", "REJECT",
              ["Viktor Orbán", "Donald Tusk"], "2024-12-31", "published", "occurred", "Orbáns Sprecher nannte"),
            E("Orbán meets Zelensky", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07", "text", "occurred",
              "Überschattet wurde sie", date_mod="START"),
            E("Orbán meets Putin", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text", "occurred",
              "Überschattet wurde sie", date_mod="START"),
            E("Orbán meets Xi Jinping", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07", "text", "occurred",
              "Überschattet wurde sie", date_mod="START"),
            E("Orbán meets Trump", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2024-07", "text", "occurred",
              "Überschattet wurde sie", date_mod="START"),
            E("Commission and several member states boycott the presidency's informal meetings", "REJECT",
              ["European Union", "Viktor Orbán"], "2024-07", "context", "occurred", "boykottierten daraufhin"),
            E("Foreign ministers' meeting held in Brussels instead of Budapest", "CONSULT", ["European Union"],
              "2024-08", "text", "occurred", "boykottierten daraufhin", date_mod="END"),
            E("Orbán–Putin phone call", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-12", "text", "occurred",
              "Im Dezember telefonierte Orbán"),
            E("Orbán proposes a Christmas ceasefire and a prisoner exchange", "REQUEST",
              ["Viktor Orbán", "Russia", "Ukraine"], "2024-12", "text", "occurred", "Im Dezember telefonierte Orbán"),
            E("Zelensky rejects Orbán's proposal", "REJECT", ["Volodymyr Zelensky", "Viktor Orbán"], "2024-12",
              "context", "occurred", "Im Dezember telefonierte Orbán"),
            E("Poland aims for a further sanctions package against Russia by the end of June", "SANCTION",
              ["Poland", "Russia"], "2025-06", "text", "planned", "Radosław Sikorski kündigte an", date_mod="END"),
            E("Opening of the first negotiating chapters with Ukraine sought by the end of June", "CONSULT",
              ["European Union", "Ukraine"], "2025-06", "text", "uncertain", "Radosław Sikorski kündigte an",
              date_mod="END"),
            E("Commission's traditional visit to the new presidency in Gdańsk", "CONSULT", ["European Union", "Poland"],
              "2025-02", "text", "planned", "traditionellen Antrittsbesuch bei der neuen Präsidentschaft"),
            E("Opening ceremony of the Polish presidency with Costa expected", "CONSULT", ["European Union", "Poland"],
              "2025-01-03", "text", "planned", "Den feierlichen Auftakt"),
        ],
        [
            S("Donald Tusk", "Wants to use the first half of 2025 to strengthen support for Ukraine and Europe's defence",
              "2024-12-31", "published", "Ministerpräsident Donald Tusk hat als Motto"),
            S("Donald Tusk", "Calls the asylum a hostile act; accuses Orbán of meddling in Poland's judiciary",
              "2024-12-30", "text", "Tusk sprach am Montag"),
            S("Viktor Orbán", "Spokesman: the accusations are politically motivated", "2024-12-31", "published",
              "Orbáns Sprecher nannte"),
            S("Poland", "Sikorski: a further sanctions package and the first chapters with Ukraine by the end of June",
              "2024-12-31", "published", "Radosław Sikorski kündigte an"),
            S("Viktor Orbán", "Will keep campaigning for peace through negotiations without the presidency",
              "2024-12-31", "published", "Orbán kündigte dagegen an"),
        ],
        ["Poland", "Donald Tusk", "Ukraine", "European Union", "Viktor Orbán", "Volodymyr Zelensky", "Vladimir Putin",
         "Kremlin", "Xi Jinping", "Donald Trump", "Russia"],
    ),
]
