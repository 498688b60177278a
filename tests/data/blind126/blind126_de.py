"""German articles of the blind126 set (fictionalised; written and annotated blind to the extraction code).

Theme: landmine and cluster-munition treaties and the war, 2023–2025.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS: list[dict] = []

# ---------------------------------------------------------------- b126de01 (Nürtinger Zeitung, dpa copy)
DE01 = """
Menschenrechtler werfen Kiew Einsatz von Schmetterlingsminen bei Isjum vor

Kiew/Genf (dpa) – Die Menschenrechtsorganisation Human Rights Watch (HRW) wirft den ukrainischen Streitkräften vor, im vergangenen Jahr rund um die Stadt Isjum verbotene Antipersonenminen eingesetzt zu haben.
In einem am Dienstag in Genf vorgestellten Bericht dokumentiert die Organisation den Abschuss Tausender raketengestützter PFM-Minen auf Gebiete, die damals von russischen Truppen besetzt waren.
Dabei seien mindestens 50 Zivilisten verletzt worden, darunter fünf Kinder.
Die Minen, wegen ihrer Form „Schmetterlingsminen“ genannt, sind nach dem Ottawa-Übereinkommen verboten, dem die Ukraine seit 2005 angehört.

HRW forderte die Regierung in Kiew auf, den Vorwürfen nachzugehen, die Verantwortlichen zur Rechenschaft zu ziehen und auf jeden weiteren Einsatz zu verzichten.
„Die ukrainischen Streitkräfte scheinen in der Region Isjum massenhaft Zivilisten mit verstreuten Landminen gefährdet zu haben“, sagte der HRW-Waffenexperte Steve Goose.
Die Organisation betonte zugleich, dass russische Truppen seit Beginn der Invasion im Februar 2022 in weit größerem Umfang Antipersonenminen eingesetzt und dabei Zivilisten getötet hätten.
Russland ist dem Abkommen nie beigetreten.

Das Verteidigungsministerium in Kiew erklärte am Dienstagabend, man werde den Bericht „sorgfältig prüfen“.
Die Streitkräfte hielten sich an ihre internationalen Verpflichtungen, hieß es weiter; verantwortlich für die Verminung ukrainischen Bodens sei allein Russland.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Mittwoch von einer „späten Einsicht“ westlicher Organisationen und warf den USA und der EU vor, die Verbrechen Kiews seit Jahren zu decken.

Der Streit dürfte auch die Treffen der Vertragsstaaten Mitte Juni in Genf beschäftigen, bei denen Kiew über die Umsetzung des Abkommens berichten muss.
Nach Schätzungen der Regierung in Kiew ist derzeit fast ein Drittel des Staatsgebiets vermint oder mit Blindgängern belastet.
Die Bundesregierung hat der Ukraine für die Minenräumung bislang rund 30 Millionen Euro zur Verfügung gestellt, kürzlich kamen weitere Räumgeräte hinzu.

In Nürtingen sammelt der Verein „Brücke nach Charkiw“ seit dem Herbst Spenden für Prothesen, die in einer Klinik in Charkiw an Minenopfer angepasst werden.
Allein im Januar seien zwölf neue Anfragen eingegangen, sagte die Vorsitzende Olena Hartmann unserer Zeitung.
Am kommenden Samstag lädt der Verein zu einem Benefizkonzert in die Stadtkirche St. Laurentius ein.
"""

DOCS.append(
    doc(
        "b126de01_hrw_schmetterlingsminen_isjum_2023_02", "2023-02-01", DE01,
        [
            T("vergangenen Jahr", "DATE", "2022"),
            T("Dienstag", "DATE", "2023-01-31"),
            T("2005", "DATE", "2005"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Dienstagabend", "TIME", "2023-01-31TEV"),
            T("Mittwoch", "DATE", "2023-02-01"),
            T("Jahren", "DURATION", "PXY"),
            T("Mitte Juni", "DATE", "2023-06", mod="MID"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("kürzlich", "DATE", "PAST_REF"),
            T("dem Herbst", "DATE", "2022-FA"),
            T("Januar", "DATE", "2023-01"),
            T("kommenden Samstag", "DATE", "2023-02-04"),
        ],
        [
            E("HRW accuses Ukraine's forces of using banned anti-personnel mines around Izium", "ACCUSE",
              ["Ukraine"], "2023-01-31", "context", "occurred", "wirft den ukrainischen Streitkräften vor"),
            E("Ukrainian forces allegedly fired PFM mines on Russian-occupied areas around Izium", "ASSAULT",
              ["Ukraine", "Russia"], "2022", "text", "uncertain", "wirft den ukrainischen Streitkräften vor"),
            E("HRW calls on Kyiv to investigate, hold those responsible to account and stop using the mines",
              "REQUEST", ["Ukraine"], "2023-01-31", "context", "occurred", "HRW forderte die Regierung in Kiew auf"),
            E("HRW accuses Russian troops of far wider use of anti-personnel mines", "ACCUSE", ["Russia"],
              "2023-01-31", "context", "occurred", "Die Organisation betonte zugleich"),
            E("Russia's invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "Die Organisation betonte zugleich"),
            E("Ukraine's defence ministry promises to examine the report carefully", "AGREE", ["Ukraine"],
              "2023-01-31TEV", "text", "occurred", "erklärte am Dienstagabend"),
            E("Kyiv blames Russia alone for the mining of Ukrainian soil", "ACCUSE", ["Ukraine", "Russia"],
              "2023-01-31TEV", "context", "occurred", "Die Streitkräfte hielten sich"),
            E("Zakharova accuses the US and the EU of covering up Kyiv's crimes", "ACCUSE",
              ["Maria Zakharova", "United States", "European Union"], "2023-02-01", "text", "occurred",
              "Maria Sacharowa, sprach am Mittwoch"),
            E("Meetings of the treaty's states parties in Geneva, where Kyiv must report", "CONSULT", ["Ukraine"],
              "2023-06", "text", "planned", "Treffen der Vertragsstaaten Mitte Juni", date_mod="MID"),
            E("Germany has given Ukraine about 30 million euros and recently more equipment for demining", "AID",
              ["Germany", "Ukraine"], "PAST_REF", "vague", "occurred", "Die Bundesregierung hat der Ukraine"),
        ],
        [
            S("Ukraine", "The defence ministry will examine the HRW report carefully", "2023-01-31TEV", "text",
              "erklärte am Dienstagabend"),
            S("Ukraine", "The armed forces keep their international obligations; Russia alone is responsible for "
              "mining Ukrainian soil", "2023-01-31TEV", "context", "Die Streitkräfte hielten sich"),
            S("Maria Zakharova", "A late insight of Western organisations; the US and the EU have covered Kyiv's "
              "crimes for years", "2023-02-01", "text", "Maria Sacharowa, sprach am Mittwoch"),
            S("Ukraine", "Almost a third of the country is mined or contaminated with unexploded ordnance",
              "2023-02-01", "published", "Nach Schätzungen der Regierung in Kiew"),
        ],
        ["Ukraine", "Russia", "Maria Zakharova", "United States", "European Union", "Germany"],
    )
)

# ---------------------------------------------------------------- b126de02 (Salzburger Fenster)
DE02 = """
Streumunition: Ukraine-Krieg treibt Opferzahlen auf Rekordhoch

Genf/Salzburg. Der Krieg in der Ukraine hat die Zahl der Opfer von Streumunition auf den höchsten Stand seit Beginn der Erhebungen getrieben.
Laut dem jährlichen Bericht „Cluster Munition Monitor“, den ein Bündnis von Hilfsorganisationen am Dienstag in Genf vorstellte, wurden im vergangenen Jahr weltweit 1.172 Menschen durch Streumunition getötet oder verletzt, 916 davon in der Ukraine.
Die meisten Opfer gehen demnach auf russische Angriffe zurück, die Autoren dokumentieren aber auch Einsätze ukrainischer Truppen.
Seit Juli verschießt Kiew zudem Streumunition aus US-Beständen, die Präsident Joe Biden trotz Protesten mehrerer Verbündeter freigegeben hatte.

Österreichs Außenminister Alexander Schallenberg (ÖVP) nannte die Zahlen am Dienstag „erschütternd“.
Zugleich kritisierte er die US-Lieferungen: Wer solche Waffen weitergebe, untergrabe eine Norm, die Millionen Menschen schütze.
Österreich hatte das Verbotsabkommen von 2008 maßgeblich mitverhandelt und will beim Treffen der Vertragsstaaten kommende Woche in Genf auf eine klare Verurteilung jedes Einsatzes dringen.
Daran nehmen auch Deutschland und Großbritannien teil, die wie die meisten NATO-Staaten dem Abkommen angehören.

Das Pentagon verteidigte die Lieferungen: Die Munition werde „effektiv“ gegen russische Stellungen eingesetzt, sagte eine Sprecherin am Dienstag in Washington.
Das ukrainische Verteidigungsministerium erklärte, man setze sie nur gegen Truppenansammlungen und nicht in Städten ein und dokumentiere jeden Einsatz.
Moskau warf Washington vor, mit den Lieferungen Kriegsverbrechen zu ermöglichen.
Präsident Wladimir Putin hatte im Juli mit dem Einsatz eigener Bestände gedroht, sollte die Ukraine die Waffen verwenden.

Die Bundesregierung in Berlin hatte im Juli erklärt, Deutschland werde als Vertragsstaat keine Streumunition liefern, habe aber Verständnis für die Entscheidung Washingtons.
UN-Generalsekretär António Guterres rief am Dienstag alle Staaten auf, dem Abkommen beizutreten und die Waffen nicht mehr einzusetzen.
Weder die USA noch Russland oder die Ukraine gehören ihm an.

Auch in Salzburg ist das Thema präsent: Die Salzburger Gruppe der Organisation Handicap International lädt am 16. September zu einer Mahnwache auf dem Residenzplatz.
Die Spenden sollen einem Rehabilitationszentrum in Dnipro zugutekommen, das derzeit vor allem Kinder mit Splitterverletzungen behandelt.
"""

DOCS.append(
    doc(
        "b126de02_cluster_monitor_rekord_genf_2023_09", "2023-09-06", DE02,
        [
            T("jährlichen", "SET", "P1Y"),
            T("Dienstag", "DATE", "2023-09-05", 0),
            T("vergangenen Jahr", "DATE", "2022"),
            T("Juli", "DATE", "2023-07", 0),
            T("Dienstag", "DATE", "2023-09-05", 1),
            T("2008", "DATE", "2008"),
            T("kommende Woche", "DATE", "2023-W37"),
            T("Dienstag", "DATE", "2023-09-05", 2),
            T("Juli", "DATE", "2023-07", 1),
            T("Juli", "DATE", "2023-07", 2),
            T("Dienstag", "DATE", "2023-09-05", 3),
            T("16. September", "DATE", "2023-09-16"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Cluster Munition Monitor blames most victims on Russian attacks", "ACCUSE", ["Russia"], "2023-09-05",
              "context", "occurred", "Die meisten Opfer gehen demnach"),
            E("Cluster Munition Monitor documents use by Ukrainian troops", "ACCUSE", ["Ukraine"], "2023-09-05",
              "context", "occurred", "Die meisten Opfer gehen demnach"),
            E("Ukraine fires US cluster munitions since July", "ASSAULT", ["Ukraine", "Russia"], "2023-07", "text",
              "occurred", "Seit Juli verschießt Kiew", date_mod="START"),
            E("Biden releases US cluster munitions to Ukraine", "AID", ["Joe Biden", "Ukraine"], "2023-07", "context",
              "occurred", "Seit Juli verschießt Kiew"),
            E("Schallenberg criticises the US deliveries", "ACCUSE", ["United States"], "2023-09-05", "context",
              "occurred", "Zugleich kritisierte er die US-Lieferungen"),
            E("Meeting of the states parties in Geneva with Germany and the UK", "CONSULT",
              ["Germany", "United Kingdom"], "2023-W37", "context", "planned", "Daran nehmen auch Deutschland"),
            E("Moscow accuses Washington of enabling war crimes with the deliveries", "ACCUSE",
              ["Russia", "United States"], "2023-09-06", "published", "occurred", "Moskau warf Washington vor"),
            E("Putin threatened to use Russia's own stocks if Ukraine used the weapons", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2023-07", "text", "occurred", "Präsident Wladimir Putin hatte im Juli"),
            E("Germany will not supply cluster munitions", "REJECT", ["Germany"], "2023-07", "text", "occurred",
              "Die Bundesregierung in Berlin hatte im Juli"),
            E("Germany expresses understanding for Washington's decision", "SUPPORT", ["Germany", "United States"],
              "2023-07", "text", "occurred", "Die Bundesregierung in Berlin hatte im Juli"),
            E("Guterres calls on all states to join the convention and stop using the weapons", "REQUEST",
              ["António Guterres"], "2023-09-05", "text", "occurred", "UN-Generalsekretär António Guterres rief"),
        ],
        [
            S("United States", "Pentagon: the munitions are used effectively against Russian positions", "2023-09-05",
              "text", "Das Pentagon verteidigte die Lieferungen"),
            S("Ukraine", "Uses the munitions only against troop concentrations, not in cities, and documents every use",
              "2023-09-06", "published", "Das ukrainische Verteidigungsministerium erklärte"),
            S("Russia", "Washington enables war crimes with the deliveries", "2023-09-06", "published",
              "Moskau warf Washington vor"),
            S("Germany", "Will not supply cluster munitions but understands Washington's decision", "2023-07", "text",
              "Die Bundesregierung in Berlin hatte im Juli"),
            S("António Guterres", "All states should join the convention and stop using the weapons", "2023-09-05",
              "text", "UN-Generalsekretär António Guterres rief"),
        ],
        ["Ukraine", "Russia", "Joe Biden", "United States", "Germany", "United Kingdom", "NATO", "Vladimir Putin",
         "António Guterres", "United Nations"],
    )
)

# ---------------------------------------------------------------- b126de03 (Rhein-Lahn-Zeitung, Ukraine-Ticker)
DE03 = """
Ukraine-Ticker: USA liefern Antipersonenminen – Kritik vom Roten Kreuz

Alle Entwicklungen im Überblick, die Uhrzeiten beziehen sich auf mitteleuropäische Zeit.

19.05 Uhr: Präsident Wolodymyr Selenskyj dankt in seiner Videobotschaft am Abend den USA für die Minen-Entscheidung, sie sei „sehr wichtig“, um russische Sturmangriffe aufzuhalten.

17.30 Uhr: Kremlsprecher Dmitri Peskow wirft Washington vor, alles zu tun, um den Krieg zu verlängern.
Die Minen würden ukrainische Zivilisten noch lange nach Kriegsende gefährden, sagte Peskow in Moskau.

15.10 Uhr: UN-Generalsekretär António Guterres ist nach Angaben seines Sprechers „besorgt“ und ruft alle Staaten auf, das Ottawa-Abkommen zu achten.

13.45 Uhr: Die Bundesregierung hält am Minenverbot fest: Deutschland werde keine Antipersonenminen liefern, sagt Regierungssprecher Steffen Hebestreit in Berlin.
Die Entscheidung Washingtons wolle man nicht bewerten.

12.20 Uhr: Das Internationale Komitee vom Roten Kreuz warnt, auch Minen mit Selbstdeaktivierung blieben eine Gefahr für Zivilisten, und ruft die USA auf, ihre Entscheidung zu überdenken.

10.05 Uhr: Verteidigungsminister Rustem Umjerow dankt Washington; die Minen würden helfen, den russischen Vormarsch im Osten zu stoppen.

08.15 Uhr: US-Verteidigungsminister Lloyd Austin bestätigt am Rande eines Treffens mit Amtskollegen in Vientiane (Laos), dass die USA der Ukraine Antipersonenminen liefern werden.
Es handle sich um „nicht-persistente“ Minen, die sich nach einigen Tagen selbst deaktivierten; Kiew habe zugesagt, sie nur auf eigenem Gebiet einzusetzen, sagte Austin.
Präsident Joe Biden hatte die Lieferung Medienberichten zufolge am Dienstag genehmigt.
Die USA sind dem Ottawa-Abkommen von 1997 nie beigetreten, die Ukraine gehört ihm seit 2005 an.
Die Überprüfungskonferenz des Abkommens beginnt am Montag im kambodschanischen Siem Reap, die Ukraine hat ihre Teilnahme zugesagt.

07.00 Uhr: In der Nacht zum Mittwoch hat Russland nach Angaben der ukrainischen Luftwaffe 122 Drohnen und sechs Raketen auf die Ukraine abgefeuert.
Im Gebiet Kiew sei eine Frau verletzt worden, teilte die Militärverwaltung mit.
"""

LIVE = "ticker time (CET)"

DOCS.append(
    doc(
        "b126de03_ticker_usa_antipersonenminen_2024_11", "2024-11-20", DE03,
        [
            T("19.05 Uhr", "TIME", "2024-11-20T19:05", note=LIVE),
            T("Abend", "TIME", "2024-11-20TEV"),
            T("17.30 Uhr", "TIME", "2024-11-20T17:30", note=LIVE),
            T("15.10 Uhr", "TIME", "2024-11-20T15:10", note=LIVE),
            T("13.45 Uhr", "TIME", "2024-11-20T13:45", note=LIVE),
            T("12.20 Uhr", "TIME", "2024-11-20T12:20", note=LIVE),
            T("10.05 Uhr", "TIME", "2024-11-20T10:05", note=LIVE),
            T("08.15 Uhr", "TIME", "2024-11-20T08:15", note=LIVE),
            T("einigen Tagen", "DURATION", "PXD"),
            T("Dienstag", "DATE", "2024-11-19"),
            T("1997", "DATE", "1997"),
            T("2005", "DATE", "2005"),
            T("Montag", "DATE", "2024-11-25"),
            T("07.00 Uhr", "TIME", "2024-11-20T07:00", note=LIVE),
            T("Nacht zum Mittwoch", "TIME", "2024-11-19TNI", note="night of 19 to 20 November"),
        ],
        [
            E("Zelensky thanks the US for the mines decision", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2024-11-20TEV", "text", "occurred", "19.05 Uhr"),
            E("Peskov accuses Washington of doing everything to prolong the war", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2024-11-20", "text", "occurred", "17.30 Uhr"),
            E("Guterres calls on all states to respect the Ottawa Convention", "REQUEST", ["António Guterres"],
              "2024-11-20", "text", "occurred", "15.10 Uhr"),
            E("Germany will not supply anti-personnel mines", "REJECT", ["Germany"], "2024-11-20", "text",
              "occurred", "13.45 Uhr"),
            E("ICRC calls on the US to reconsider its decision", "REQUEST", ["United States"], "2024-11-20", "text",
              "occurred", "12.20 Uhr"),
            E("Umerov thanks Washington for the mines", "SUPPORT", ["Rustem Umerov", "United States"], "2024-11-20",
              "text", "occurred", "10.05 Uhr"),
            E("Austin confirms the US will supply anti-personnel mines to Ukraine", "AID", ["United States", "Ukraine"],
              "2024-11-20", "text", "planned", "08.15 Uhr"),
            E("Kyiv pledged to use the mines only on its own territory", "AGREE", ["Ukraine", "United States"],
              "2024-11-20", "context", "occurred", "Kiew habe zugesagt"),
            E("Biden approves the delivery of anti-personnel mines", "AID", ["Joe Biden", "Ukraine"], "2024-11-19",
              "text", "occurred", "Präsident Joe Biden hatte die Lieferung"),
            E("Review conference of the Ottawa Convention in Siem Reap with Ukraine", "CONSULT", ["Ukraine"],
              "2024-11-25", "text", "planned", "Die Überprüfungskonferenz des Abkommens"),
            E("Russia fires 122 drones and six missiles at Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"],
              "2024-11-19TNI", "text", "occurred", "In der Nacht zum Mittwoch"),
        ],
        [
            S("Volodymyr Zelensky", "The US mines decision is very important to stop Russian assaults",
              "2024-11-20TEV", "text", "19.05 Uhr"),
            S("Dmitry Peskov", "Washington does everything to prolong the war", "2024-11-20", "text", "17.30 Uhr"),
            S("Dmitry Peskov", "The mines will endanger Ukrainian civilians long after the war", "2024-11-20",
              "context", "Die Minen würden ukrainische Zivilisten"),
            S("António Guterres", "Concerned; calls on all states to respect the Ottawa Convention", "2024-11-20",
              "text", "15.10 Uhr"),
            S("Germany", "Germany keeps to the ban and will not supply anti-personnel mines", "2024-11-20", "text",
              "13.45 Uhr"),
            S("Germany", "Will not assess Washington's decision", "2024-11-20", "context",
              "Die Entscheidung Washingtons wolle man nicht bewerten"),
            S("Rustem Umerov", "The mines will help stop the Russian advance in the east", "2024-11-20", "text",
              "10.05 Uhr"),
            S("United States", "Austin: the US will supply anti-personnel mines to Ukraine", "2024-11-20", "text",
              "08.15 Uhr"),
            S("United States", "Austin: the mines are non-persistent; Kyiv pledged to use them only on its own "
              "territory", "2024-11-20", "context", "Kiew habe zugesagt"),
            S("Ukraine", "Air force: Russia fired 122 drones and six missiles overnight", "2024-11-20", "context",
              "In der Nacht zum Mittwoch"),
        ],
        ["Volodymyr Zelensky", "United States", "Russia", "Kremlin", "Dmitry Peskov", "Ukraine", "António Guterres",
         "United Nations", "Germany", "Rustem Umerov", "Joe Biden"],
    )
)

# ---------------------------------------------------------------- b126de04 (Oberschlesische Stimme, Oppeln)
DE04 = """
Tusk will raus aus dem Minenverbot – Polen rüstet auf

Warschau/Oppeln. Polen soll nach dem Willen von Ministerpräsident Donald Tusk aus dem Ottawa-Übereinkommen über das Verbot von Antipersonenminen austreten.
Er werde dem Parlament den Austritt empfehlen, womöglich auch aus dem Dubliner Übereinkommen über Streumunition, sagte Tusk am Freitag in einer Grundsatzrede vor dem Sejm.
Russland und Belarus, die beiden Abkommen nicht angehören, könnten solche Waffen ungehindert einsetzen, begründete der Regierungschef seinen Vorstoß.
Polen hatte das Minenverbot 2012 ratifiziert und seine Bestände danach vernichtet.

Zugleich kündigte Tusk an, bis Ende des Jahres solle jedem erwachsenen Mann in Polen eine militärische Ausbildung angeboten werden; die Armee solle einschließlich der Reservisten auf 500.000 Soldaten wachsen.
Verteidigungsminister Władysław Kosiniak-Kamysz sagte, die Vorbereitungen für den Austritt liefen bereits und würden mit den baltischen Nachbarn abgestimmt.
Litauen hatte sich im vergangenen Jahr vom Verbot der Streumunition verabschiedet, sein Austritt ist seit Donnerstag wirksam.

Tusk griff in seiner Rede auch das Angebot des französischen Präsidenten Emmanuel Macron vom Mittwochabend auf, mit europäischen Partnern über den Schutz durch französische Atomwaffen zu sprechen.
Polen werde darüber in den kommenden Wochen ernsthaft mit Paris reden, sagte Tusk.
Beim EU-Gipfel am Donnerstag in Brüssel hatten die Staats- und Regierungschefs den Plan von Kommissionspräsidentin Ursula von der Leyen gebilligt, bis zu 800 Milliarden Euro für die Verteidigung zu mobilisieren.

Kremlsprecher Dmitri Peskow warf Warschau am Freitagabend eine „gefährliche Militarisierung“ vor, Moskau werde das bei seinen eigenen Planungen berücksichtigen.
Die Regionaldelegation des Internationalen Komitees vom Roten Kreuz in Warschau appellierte an die Regierung, im Abkommen zu bleiben, denn Minen unterschieden nicht zwischen Soldaten und Kindern.
Aus Kiew kam dagegen Zustimmung: Außenminister Andrij Sybiha nannte Tusks Rede auf der Plattform X „eine klare Antwort auf die russische Bedrohung“.

Die Deutsche Minderheit in der Woiwodschaft Oppeln verfolgt die Debatte aufmerksam.
Am Dienstag diskutieren im Haus der Deutsch-Polnischen Zusammenarbeit in Oppeln Fachleute über die neue Sicherheitslage, der Eintritt ist frei.
"""

DOCS.append(
    doc(
        "b126de04_tusk_sejm_ottawa_austritt_2025_03", "2025-03-08", DE04,
        [
            T("Freitag", "DATE", "2025-03-07"),
            T("2012", "DATE", "2012"),
            T("Ende des Jahres", "DATE", "2025", mod="END"),
            T("vergangenen Jahr", "DATE", "2024"),
            T("Donnerstag", "DATE", "2025-03-06", 0),
            T("Mittwochabend", "TIME", "2025-03-05TEV"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2025-03-06", 1),
            T("Freitagabend", "TIME", "2025-03-07TEV"),
            T("Dienstag", "DATE", "2025-03-11"),
        ],
        [
            E("Tusk announces he will recommend leaving the Ottawa Convention and possibly the cluster convention",
              "REJECT", ["Donald Tusk"], "2025-03-07", "text", "occurred", "Er werde dem Parlament den Austritt"),
            E("Poland ratified the mine ban treaty", "AGREE", ["Poland"], "2012", "text", "occurred",
              "Polen hatte das Minenverbot 2012 ratifiziert"),
            E("Tusk announces military training for every adult man and an army of 500,000 by the end of the year",
              "MOBILIZE", ["Donald Tusk", "Poland"], "2025", "text", "planned", "Zugleich kündigte Tusk an",
              date_mod="END"),
            E("Macron offers talks with European partners on protection by French nuclear weapons", "REQUEST",
              ["Emmanuel Macron"], "2025-03-05TEV", "text", "occurred", "Tusk griff in seiner Rede"),
            E("Poland to talk seriously with Paris about the nuclear offer", "CONSULT", ["Donald Tusk", "France"],
              "FUTURE_REF", "vague", "planned", "Polen werde darüber"),
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2025-03-06", "text", "occurred",
              "Beim EU-Gipfel am Donnerstag"),
            E("EU leaders approve von der Leyen's plan to mobilise up to 800 billion euros for defence", "AGREE",
              ["European Union", "Ursula von der Leyen"], "2025-03-06", "text", "occurred",
              "Beim EU-Gipfel am Donnerstag"),
            E("Peskov accuses Warsaw of dangerous militarisation", "ACCUSE", ["Dmitry Peskov", "Poland"],
              "2025-03-07TEV", "text", "occurred", "Kremlsprecher Dmitri Peskow warf Warschau"),
            E("Peskov: Moscow will take it into account in its own planning", "THREATEN", ["Dmitry Peskov", "Poland"],
              "2025-03-07TEV", "text", "occurred", "Kremlsprecher Dmitri Peskow warf Warschau"),
            E("ICRC appeals to the Polish government to stay in the convention", "REQUEST", ["Poland"], "2025-03-08",
              "published", "occurred", "Die Regionaldelegation des Internationalen Komitees"),
            E("Sybiha welcomes Tusk's speech as a clear answer to the Russian threat", "SUPPORT",
              ["Andrii Sybiha", "Donald Tusk"], "2025-03-08", "published", "occurred", "Aus Kiew kam dagegen"),
        ],
        [
            S("Donald Tusk", "Will recommend leaving the Ottawa Convention, possibly also the cluster convention",
              "2025-03-07", "text", "Er werde dem Parlament den Austritt"),
            S("Donald Tusk", "Russia and Belarus can use such weapons unhindered", "2025-03-07", "context",
              "Russland und Belarus, die beiden Abkommen"),
            S("Donald Tusk", "Military training for every adult man by the end of the year; an army of 500,000",
              "2025-03-07", "context", "Zugleich kündigte Tusk an"),
            S("Poland", "Kosiniak-Kamysz: preparations for the exit are under way, coordinated with the Baltic "
              "neighbours", "2025-03-08", "published", "Verteidigungsminister Władysław Kosiniak-Kamysz"),
            S("Donald Tusk", "Poland will talk seriously with Paris about the nuclear offer", "2025-03-07", "context",
              "Polen werde darüber"),
            S("Dmitry Peskov", "Dangerous militarisation of Poland; Moscow will take it into account",
              "2025-03-07TEV", "text", "Kremlsprecher Dmitri Peskow warf Warschau"),
            S("Andrii Sybiha", "Tusk's speech is a clear answer to the Russian threat", "2025-03-08", "published",
              "Aus Kiew kam dagegen"),
        ],
        ["Poland", "Donald Tusk", "Russia", "Belarus", "France", "Emmanuel Macron", "European Union",
         "Ursula von der Leyen", "Kremlin", "Dmitry Peskov", "Ukraine", "Andrii Sybiha"],
    )
)

# ---------------------------------------------------------------- b126de05 (Ahlener Zeitung, dpa copy)
DE05 = """
Finnland will sich vom Verbot der Antipersonenminen lösen

Helsinki (dpa) – Finnland will aus dem internationalen Verbot von Antipersonenminen austreten.
Ministerpräsident Petteri Orpo kündigte am Dienstag in Helsinki gemeinsam mit Präsident Alexander Stubb an, die Regierung werde dem Parlament den Austritt aus dem Ottawa-Übereinkommen vorschlagen.
Russland stelle eine langfristige Bedrohung für ganz Europa dar, sagte Stubb.
Der Präsident hatte bereits im Januar erklärt, kein Mittel der Verteidigung dürfe für sein Land tabu sein.
Zudem sollen die Verteidigungsausgaben bis 2029 auf mindestens drei Prozent der Wirtschaftsleistung steigen.
Finnland, das eine 1.340 Kilometer lange Grenze mit Russland hat, war dem Abkommen 2012 beigetreten und hatte seine Bestände bis 2015 vernichtet.

Mit dem Schritt folgt Helsinki Polen, Estland, Lettland und Litauen, deren Verteidigungsminister Mitte März den Austritt empfohlen hatten.
Das Parlament soll bis zum Sommer entscheiden, wirksam würde der Austritt sechs Monate nach der Hinterlegung bei den Vereinten Nationen.
Schweden und Norwegen wollen dagegen im Abkommen bleiben.

Kremlsprecher Dmitri Peskow sagte am Mittwoch, der Austritt werde die Spannungen an der Grenze erhöhen und sei ein weiterer Schritt zur Militarisierung Nordeuropas.
Moskau werde „angemessene Maßnahmen“ ergreifen, fügte er hinzu.
Das Finnische Rote Kreuz zeigte sich „zutiefst enttäuscht“.
Nato-Generalsekretär Mark Rutte nannte die Entscheidung am Dienstagabend eine nationale Angelegenheit, die das Bündnis respektiere.
UN-Generalsekretär António Guterres bedauere den Schritt und rufe alle Vertragsstaaten auf, am Verbot festzuhalten, sagte sein Sprecher in New York.
Ein Sprecher der EU-Kommission sprach von einer souveränen Entscheidung.
Die Ukraine, die dem Abkommen weiter angehört, hatte im November Antipersonenminen aus den USA erhalten.

In Ahlen lädt die Deutsch-Finnische Gesellschaft am Samstag zu einem Vortrag über die Sicherheitslage im Norden ein.
Die gebürtige Finnin Riikka Lehmann, die seit 20 Jahren in Ahlen lebt, sagte unserer Zeitung, in ihrer Heimat stehe eine breite Mehrheit hinter dem Kurs der Regierung.
"""

DOCS.append(
    doc(
        "b126de05_finnland_ottawa_austritt_orpo_stubb_2025_04", "2025-04-02", DE05,
        [
            T("Dienstag", "DATE", "2025-04-01"),
            T("Januar", "DATE", "2025-01"),
            T("2029", "DATE", "2029"),
            T("2012", "DATE", "2012"),
            T("2015", "DATE", "2015"),
            T("Mitte März", "DATE", "2025-03", mod="MID"),
            T("Sommer", "DATE", "2025-SU"),
            T("sechs Monate", "DURATION", "P6M"),
            T("Mittwoch", "DATE", "2025-04-02"),
            T("Dienstagabend", "TIME", "2025-04-01TEV"),
            T("November", "DATE", "2024-11"),
            T("Samstag", "DATE", "2025-04-05"),
            T("20 Jahren", "DURATION", "P20Y"),
        ],
        [
            E("Orpo and Stubb announce that Finland will propose leaving the Ottawa Convention", "REJECT",
              ["Alexander Stubb"], "2025-04-01", "text", "occurred", "Ministerpräsident Petteri Orpo kündigte"),
            E("Defence ministers of Poland and the Baltic states recommended leaving the convention", "REJECT",
              ["Poland"], "2025-03", "text", "occurred", "Mit dem Schritt folgt Helsinki", date_mod="MID"),
            E("Peskov accuses Finland of militarising northern Europe", "ACCUSE", ["Dmitry Peskov"], "2025-04-02",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Peskov: Moscow will take appropriate measures", "THREATEN", ["Dmitry Peskov"], "2025-04-02", "context",
              "occurred", "angemessene Maßnahmen"),
            E("Rutte calls the decision a national matter that NATO respects", "SUPPORT", ["Mark Rutte", "NATO"],
              "2025-04-01TEV", "text", "occurred", "Mark Rutte nannte die Entscheidung"),
            E("Guterres calls on all states parties to keep to the ban", "REQUEST", ["António Guterres"], "2025-04-02",
              "published", "occurred", "António Guterres bedauere den Schritt"),
            E("EU Commission calls it a sovereign decision", "SUPPORT", ["European Union"], "2025-04-02", "published",
              "occurred", "Ein Sprecher der EU-Kommission"),
            E("Ukraine received anti-personnel mines from the US", "AID", ["United States", "Ukraine"], "2024-11",
              "text", "occurred", "hatte im November Antipersonenminen"),
        ],
        [
            S("Alexander Stubb", "Finland will propose to parliament leaving the Ottawa Convention", "2025-04-01",
              "text", "Ministerpräsident Petteri Orpo kündigte"),
            S("Alexander Stubb", "Russia is a long-term threat to all of Europe", "2025-04-01", "context",
              "Russland stelle eine langfristige Bedrohung"),
            S("Alexander Stubb", "No means of defence may be taboo for Finland", "2025-01", "text",
              "Der Präsident hatte bereits im Januar"),
            S("Dmitry Peskov", "The exit will raise tensions at the border and militarise northern Europe",
              "2025-04-02", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Dmitry Peskov", "Moscow will take appropriate measures", "2025-04-02", "context",
              "angemessene Maßnahmen"),
            S("Mark Rutte", "A national matter that NATO respects", "2025-04-01TEV", "text",
              "Mark Rutte nannte die Entscheidung"),
            S("António Guterres", "Regrets the step; all states parties should keep to the ban", "2025-04-02",
              "published", "António Guterres bedauere den Schritt"),
            S("European Union", "A sovereign decision", "2025-04-02", "published", "Ein Sprecher der EU-Kommission"),
        ],
        ["Alexander Stubb", "Russia", "Poland", "United Nations", "Kremlin", "Dmitry Peskov", "NATO", "Mark Rutte",
         "António Guterres", "European Union", "Ukraine", "United States"],
    )
)

# ---------------------------------------------------------------- b126de06 (FriedensForum)
DE06 = """
Ukraine: Parlament besiegelt Abschied vom Minenverbot

Das ukrainische Parlament hat am Mittwoch den Austritt des Landes aus dem Ottawa-Übereinkommen gebilligt.
Die Werchowna Rada bestätigte mit 279 Stimmen einen Erlass, den Präsident Wolodymyr Selenskyj am 29. Juni unterzeichnet hatte.
Russland, das dem Abkommen nie beigetreten ist, setze Minen in beispiellosem Ausmaß ein, während die Ukraine sich an Regeln halte, die für den Angreifer nicht gelten, hieß es in der Begründung des Gesetzes.

Nach Artikel 20 des Abkommens wird ein Austritt sechs Monate nach der Hinterlegung der Urkunde bei den Vereinten Nationen wirksam.
Befindet sich der austretende Staat dann in einem bewaffneten Konflikt, bleibt er bis zu dessen Ende an das Verbot gebunden.
Außenminister Andrij Sybiha kündigte an, Kiew werde die Urkunde in den kommenden Tagen in New York hinterlegen.

UN-Sprecher Stéphane Dujarric sagte am Mittwochabend in New York, Generalsekretär António Guterres sei „zutiefst besorgt“ und rufe alle Staaten auf, das Verbot zu achten.
Das Internationale Komitee vom Roten Kreuz erinnerte Kiew daran, dass das Verbot bis zum Ende der Kampfhandlungen bindend bleibe.
Die russische Außenamtssprecherin Maria Sacharowa warf der Ukraine am Donnerstag vor, damit nur nachträglich zu legalisieren, was ihre Truppen seit Jahren täten.
Das Auswärtige Amt in Berlin erklärte, man habe Verständnis für die Lage der Ukraine, halte aber selbst am Verbot fest.

Die Ukraine ist nach Estland, Lettland und Litauen, die ihre Urkunden Ende Juni hinterlegt haben, und Finnland, das vergangene Woche folgte, das fünfte Land, das das Abkommen verlässt.
Das polnische Parlament will im Herbst über den Austritt abstimmen.
Die Vertragsstaatenkonferenz Anfang Dezember in Genf, an der auch Kiew teilnehmen will, dürfte zur Zerreißprobe werden.

Das Aktionsbündnis Landmine.de sprach von einem „Dammbruch für das humanitäre Völkerrecht“.
Seit Inkrafttreten des Vertrags 1999 seien weltweit mehr als 55 Millionen gelagerte Minen vernichtet worden, diese Erfolge stünden auf dem Spiel.
Am Samstag ist vor dem UN-Campus in Bonn eine Mahnwache von Friedensgruppen geplant.
"""

DOCS.append(
    doc(
        "b126de06_rada_ottawa_austritt_2025_07", "2025-07-17", DE06,
        [
            T("Mittwoch", "DATE", "2025-07-16"),
            T("29. Juni", "DATE", "2025-06-29"),
            T("sechs Monate", "DURATION", "P6M"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Mittwochabend", "TIME", "2025-07-16TEV"),
            T("Donnerstag", "DATE", "2025-07-17"),
            T("Jahren", "DURATION", "PXY"),
            T("Ende Juni", "DATE", "2025-06", mod="END"),
            T("vergangene Woche", "DATE", "2025-W28"),
            T("Herbst", "DATE", "2025-FA"),
            T("Anfang Dezember", "DATE", "2025-12", mod="START"),
            T("1999", "DATE", "1999"),
            T("Samstag", "DATE", "2025-07-19"),
        ],
        [
            E("Ukraine's parliament approves leaving the Ottawa Convention", "REJECT", ["Ukraine"], "2025-07-16",
              "text", "occurred", "Das ukrainische Parlament hat am Mittwoch"),
            E("Zelensky signed the decree on leaving the convention", "REJECT", ["Volodymyr Zelensky"], "2025-06-29",
              "text", "occurred", "Die Werchowna Rada bestätigte"),
            E("Kyiv accuses Russia of using mines on an unprecedented scale", "ACCUSE", ["Ukraine", "Russia"],
              "2025-07-16", "context", "occurred", "hieß es in der Begründung des Gesetzes"),
            E("Kyiv to deposit the instrument of withdrawal in New York", "REJECT", ["Andrii Sybiha", "United Nations"],
              "FUTURE_REF", "vague", "planned", "Außenminister Andrij Sybiha kündigte an"),
            E("Guterres calls on all states to respect the ban", "REQUEST", ["António Guterres"], "2025-07-16TEV",
              "text", "occurred", "UN-Sprecher Stéphane Dujarric"),
            E("ICRC reminds Kyiv that the ban stays binding until the fighting ends", "REQUEST", ["Ukraine"],
              "2025-07-17", "published", "occurred", "Das Internationale Komitee vom Roten Kreuz erinnerte"),
            E("Zakharova accuses Ukraine of legalising what its troops have done for years", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2025-07-17", "text", "occurred", "Maria Sacharowa warf der Ukraine"),
            E("Germany expresses understanding for Ukraine's situation", "SUPPORT", ["Germany", "Ukraine"],
              "2025-07-17", "published", "occurred", "Das Auswärtige Amt in Berlin"),
            E("Polish parliament to vote on leaving the convention", "REJECT", ["Poland"], "2025-FA", "text",
              "planned", "Das polnische Parlament will im Herbst"),
            E("Meeting of states parties in Geneva with Ukraine", "CONSULT", ["Ukraine"], "2025-12", "text", "planned",
              "Die Vertragsstaatenkonferenz Anfang Dezember", date_mod="START"),
        ],
        [
            S("Ukraine", "Russia uses mines on an unprecedented scale while Ukraine keeps rules that do not bind the "
              "aggressor", "2025-07-16", "context", "hieß es in der Begründung des Gesetzes"),
            S("Andrii Sybiha", "Kyiv will deposit the instrument in New York in the coming days", "2025-07-17",
              "published", "Außenminister Andrij Sybiha kündigte an"),
            S("António Guterres", "Deeply concerned; calls on all states to respect the ban", "2025-07-16TEV", "text",
              "UN-Sprecher Stéphane Dujarric"),
            S("Maria Zakharova", "Ukraine only legalises after the fact what its troops have done for years",
              "2025-07-17", "text", "Maria Sacharowa warf der Ukraine"),
            S("Germany", "Understands Ukraine's situation but keeps to the ban itself", "2025-07-17", "published",
              "Das Auswärtige Amt in Berlin"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "United Nations", "Andrii Sybiha", "António Guterres",
         "Maria Zakharova", "Germany", "Poland"],
    )
)
