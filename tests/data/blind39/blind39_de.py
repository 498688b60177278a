"""blind39: German articles (written blind; see README.md).

Each body: one sentence per line, headline first, a blank line between paragraphs.
"""

from build import E, S, T

DE01 = dict(
    id="b39de01_scholz_golfreise_lng_2022_09",
    lang="de",
    published="2022-09-26",
    published_basis=(
        "Monday paper after Scholz's Gulf trip of Saturday 24 and Sunday 25 September 2022 (Jeddah, Abu Dhabi, Doha); "
        "model: Wilhelmshavener Zeitung."
    ),
    body="""
Scholz wirbt am Golf um Gas – und um Vermittler im Ukraine-Krieg

Dschidda/Abu Dhabi/Wilhelmshaven. Bundeskanzler Olaf Scholz (SPD) hat zum Abschluss seiner zweitägigen Reise an den Persischen Golf eine erste Vereinbarung über Flüssiggas aus den Vereinigten Arabischen Emiraten unter Dach und Fach gebracht.
Am Sonntag unterzeichneten der Essener Energiekonzern RWE und die staatliche Ölgesellschaft Adnoc in Abu Dhabi im Beisein des Kanzlers einen Vertrag über eine erste LNG-Ladung, die noch Ende des Jahres in Deutschland ankommen soll.
Zudem sagten die Emirate für das kommende Jahr Lieferungen von monatlich bis zu 250.000 Tonnen Diesel zu.
Scholz traf in Abu Dhabi auch Präsident Mohammed bin Sajid; die Emirate seien ein „verlässlicher Partner“ in schwierigen Zeiten, sagte der Kanzler danach.

Erste Station war am Samstag die saudische Hafenstadt Dschidda, wo Scholz mit Kronprinz Mohammed bin Salman zusammentraf.
Nach Angaben aus Delegationskreisen ging es in dem gut einstündigen Gespräch vor allem um den russischen Krieg gegen die Ukraine und um die Lage auf den Energiemärkten.
Scholz dankte dem Kronprinzen für die Vermittlung Riads bei der Freilassung von zehn ausländischen Kämpfern, die Russland am vergangenen Mittwoch nach Saudi-Arabien ausgeflogen hatte.
Der Kronprinz habe angeboten, auch weiterhin zwischen Moskau und Kiew zu vermitteln, hieß es.
Deutschland setze darauf, dass Staaten wie Saudi-Arabien ihren Einfluss in Moskau nutzten, um den Krieg zu beenden, sagte Scholz.

Die Abstimmungen in den besetzten Gebieten der Ukraine, die Russland seit Freitag abhalten lässt, nannte Scholz in Dschidda „Scheinreferenden“, deren Ergebnis Deutschland niemals anerkennen werde.
Kremlchef Wladimir Putin hatte am Mittwoch zudem eine Teilmobilmachung angeordnet.

Am Sonntagabend traf der Kanzler in Doha den Emir von Katar, Tamim bin Hamad Al Thani.
Eine Vereinbarung über Gaslieferungen kam dort noch nicht zustande; man sei in „sehr guten Gesprächen“, sagte Scholz.
Auf die Kritik an der Menschenrechtslage in den Golfstaaten entgegnete er, Deutschland müsse sich unabhängig machen von einem Lieferanten, „der Energie als Waffe einsetzt“.

Der Kreml reagierte gelassen.
Russland sei und bleibe ein verlässlicher Energielieferant, sagte Kremlsprecher Dmitri Peskow; dass kein Gas mehr durch Nord Stream 1 fließe, liege allein an den Sanktionen der EU.
Gazprom hatte die Lieferungen durch die Ostseepipeline Anfang September vollständig eingestellt.

In Wilhelmshaven, wo am Voslapper Groden das erste schwimmende LNG-Terminal Deutschlands entsteht, wurde die Reise aufmerksam verfolgt.
Die Arbeiten am Anleger lägen im Zeitplan, sagte Oberbürgermeister Carsten Feist der WZ; das Terminalschiff „Höegh Esperanza“ werde im Dezember an der Jade erwartet.
Die erste Ladung aus Abu Dhabi soll allerdings nach Brunsbüttel gehen.
""",
    timexes=[
        T("zweitägigen", "DURATION", "P2D"),
        T("Sonntag", "DATE", "2022-09-25"),
        T("Ende des Jahres", "DATE", "2022", mod="END"),
        T("das kommende Jahr", "DATE", "2023"),
        T("monatlich", "SET", "P1M"),
        T("Samstag", "DATE", "2022-09-24"),
        T("gut einstündigen", "DURATION", "PT1H", mod="APPROX"),
        T("vergangenen Mittwoch", "DATE", "2022-09-21"),
        T("Freitag", "DATE", "2022-09-23"),
        T("Mittwoch", "DATE", "2022-09-21", n=1),
        T("Sonntagabend", "TIME", "2022-09-25TEV"),
        T("Anfang September", "DATE", "2022-09", mod="START"),
        T("Dezember", "DATE", "2022-12"),
    ],
    events=[
        E("RWE and ADNOC sign a contract on a first LNG cargo for Germany in Scholz's presence", "AGREE",
          ["Olaf Scholz", "Germany"], "2022-09-25", "text", "occurred", "einen Vertrag über eine erste LNG-Ladung",
          note="Signed by RWE and the state company ADNOC; the UAE are not canonical."),
        E("The UAE promise Germany up to 250,000 tonnes of diesel a month for 2023", "AGREE", ["Germany"], "2023",
          "text", "planned", "250.000 Tonnen Diesel",
          note="Promise made on 2022-09-25 in Abu Dhabi; the UAE are not canonical."),
        E("Scholz meets UAE President Mohammed bin Zayed in Abu Dhabi", "CONSULT", ["Olaf Scholz"], "2022-09-25",
          "context", "occurred", "Scholz traf in Abu Dhabi auch Präsident",
          note="Dated by the Sunday of the Abu Dhabi stop; the UAE are not canonical."),
        E("Scholz meets Crown Prince Mohammed bin Salman in Jeddah", "CONSULT", ["Olaf Scholz", "Saudi Arabia"],
          "2022-09-24", "text", "occurred", "Erste Station war am Samstag"),
        E("Scholz thanks the crown prince for Riyadh's mediation of the prisoner release", "SUPPORT",
          ["Olaf Scholz", "Saudi Arabia"], "2022-09-24", "context", "occurred", "Scholz dankte dem Kronprinzen"),
        E("Saudi Arabia mediated the release of foreign fighters held by Russia", "CONSULT",
          ["Saudi Arabia", "Russia"], "2022-09-21", "context", "occurred", "Scholz dankte dem Kronprinzen",
          note="Dated by the release it led to."),
        E("Russia releases ten foreign fighters and flies them to Saudi Arabia", "CONCEDE", ["Russia"],
          "2022-09-21", "text", "occurred", "Scholz dankte dem Kronprinzen",
          note="The released fighters are private people."),
        E("The crown prince offers to keep mediating between Moscow and Kyiv", "REQUEST",
          ["Saudi Arabia", "Russia", "Ukraine"], "2022-09-24", "context", "occurred", "Der Kronprinz habe angeboten"),
        E("Scholz calls on states like Saudi Arabia to use their influence in Moscow to end the war", "REQUEST",
          ["Olaf Scholz", "Saudi Arabia", "Russia"], "2022-09-24", "context", "occurred",
          "Deutschland setze darauf"),
        E("Russia holds referendums in the occupied areas of Ukraine", "COERCE", ["Russia", "Ukraine"],
          "2022-09-23", "text", "occurred", "nannte Scholz in Dschidda", date_mod="START",
          note="Sham referendums of 23-27 September 2022."),
        E("Scholz calls the votes sham referendums", "ACCUSE", ["Olaf Scholz", "Russia"], "2022-09-24", "context",
          "occurred", "nannte Scholz in Dschidda"),
        E("Scholz: Germany will never recognise the result of the referendums", "REJECT",
          ["Olaf Scholz", "Germany", "Russia"], "2022-09-24", "context", "occurred", "nannte Scholz in Dschidda"),
        E("Putin orders a partial mobilisation", "MOBILIZE", ["Vladimir Putin", "Russia"], "2022-09-21", "text",
          "occurred", "Teilmobilmachung angeordnet"),
        E("Scholz meets the Emir of Qatar in Doha", "CONSULT", ["Olaf Scholz", "Qatar"], "2022-09-25TEV", "text",
          "occurred", "Am Sonntagabend traf der Kanzler in Doha"),
        E("No agreement on gas deliveries from Qatar yet", "REJECT", ["Olaf Scholz", "Qatar"], "2022-09-25TEV",
          "context", "occurred", "Eine Vereinbarung über Gaslieferungen kam dort noch nicht zustande",
          note="A failed agreement, as in the seed example; Scholz speaks of very good talks."),
        E("Scholz accuses Russia of using energy as a weapon", "ACCUSE", ["Olaf Scholz", "Russia"],
          "2022-09-25TEV", "context", "occurred", "der Energie als Waffe einsetzt",
          note="The supplier is not named; the text makes clear it is Russia."),
        E("Peskov blames EU sanctions for the halt of gas through Nord Stream 1", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2022-09-26", "published", "occurred", "verlässlicher Energielieferant"),
        E("Gazprom halts deliveries through Nord Stream 1 completely", "SANCTION", ["Russia", "Germany"], "2022-09",
          "text", "occurred", "Gazprom hatte die Lieferungen", date_mod="START",
          note="Gazprom counts as Russia (blind8)."),
    ],
    statements=[
        S("Olaf Scholz", "The UAE are a reliable partner in difficult times", "2022-09-25", "context",
          "verlässlicher Partner"),
        S("Olaf Scholz", "Thanks the crown prince for Riyadh's mediation of the release", "2022-09-24", "context",
          "Scholz dankte dem Kronprinzen"),
        S("Olaf Scholz", "Germany counts on states like Saudi Arabia to use their influence in Moscow", "2022-09-24",
          "context", "Deutschland setze darauf"),
        S("Olaf Scholz", "The votes are sham referendums whose result Germany will never recognise", "2022-09-24",
          "context", "nannte Scholz in Dschidda"),
        S("Olaf Scholz", "Talks with Qatar on gas are going very well", "2022-09-25TEV", "context",
          "sehr guten Gesprächen"),
        S("Olaf Scholz", "Germany must become independent of a supplier that uses energy as a weapon",
          "2022-09-25TEV", "context", "der Energie als Waffe einsetzt"),
        S("Kremlin", "Reacted calmly to the trip", "2022-09-26", "published", "Der Kreml reagierte gelassen."),
        S("Dmitry Peskov", "Russia remains a reliable supplier; EU sanctions are to blame for the Nord Stream halt",
          "2022-09-26", "published", "verlässlicher Energielieferant"),
    ],
    actors=["Olaf Scholz", "Germany", "Saudi Arabia", "Qatar", "Russia", "Ukraine", "Vladimir Putin", "Kremlin",
            "Dmitry Peskov", "European Union"],
)

DE02 = dict(
    id="b39de02_eu_celac_gipfel_boric_2023_07",
    lang="de",
    published="2023-07-20",
    published_basis=(
        "Thursday issue of the weekly after the EU–CELAC summit in Brussels of 17 and 18 July 2023; "
        "model: Cóndor (German-Chilean weekly, Santiago)."
    ),
    body="""
EU-Celac-Gipfel: Boric bricht das Schweigen über die Ukraine

Brüssel/Santiago. Mit einer gemeinsamen Erklärung, aber ohne Einigkeit in der Ukraine-Frage ist am Dienstag in Brüssel der erste Gipfel der Europäischen Union und der Gemeinschaft der Lateinamerikanischen und Karibischen Staaten (Celac) seit acht Jahren zu Ende gegangen.
In der Abschlusserklärung äußern die Teilnehmer ihre „tiefe Besorgnis über den andauernden Krieg gegen die Ukraine“ und sprechen sich für einen gerechten und dauerhaften Frieden aus.
Russland wird darin nicht namentlich genannt, und Nicaragua trug den Text als einziges Land nicht mit.

Für Aufsehen sorgte Chiles Präsident Gabriel Boric.
„Das ist ein Krieg imperialer Aggression, der inakzeptabel ist“, sagte Boric am Dienstag vor Journalisten und kritisierte Amtskollegen, die sich einer klaren Sprache verweigert hätten.
Brasiliens Präsident Luiz Inácio Lula da Silva entgegnete, Boric sei „jung und ungeduldig“; der Krieg müsse am Verhandlungstisch beendet werden und nicht mit Worten über Schuld.
Boric war am Montag am Rande des Gipfels auch mit Bundeskanzler Olaf Scholz zusammengetroffen, der im Januar Santiago besucht hatte.

Kiew hatte im Juni angeregt, Präsident Wolodymyr Selenskyj per Video zu dem Gipfel zuzuschalten.
Mehrere lateinamerikanische Regierungen lehnten das ab, wie Diplomaten in Brüssel bestätigten.
Außenminister Dmytro Kuleba sprach am Mittwoch von einer „verpassten Gelegenheit“, Lateinamerika die Folgen des Krieges aus erster Hand zu schildern.

Überschattet wurde das Treffen vom Ausstieg Russlands aus dem Getreideabkommen, den Moskau am Montag verkündet hatte.
Kommissionspräsidentin Ursula von der Leyen verurteilte den Schritt noch am selben Tag als „zynisch“ und versprach, die EU werde ukrainisches Getreide weiter über die sogenannten Solidaritätskorridore auf die Weltmärkte bringen.
Kremlsprecher Dmitri Peskow bekräftigte am Mittwoch, Russland werde zu dem Abkommen zurückkehren, sobald seine Forderungen nach einer Lockerung der Sanktionen gegen seine Agrarexporte erfüllt seien.

Aus Moskau kam Lob für die Zurückhaltung vieler Lateinamerikaner.
Außenamtssprecherin Maria Sacharowa sagte, die Staaten der Region ließen sich von Brüssel nicht in eine „antirussische Kampagne“ hineinziehen.

Die Teilnehmer vereinbarten, sich künftig alle zwei Jahre zu treffen; der nächste Gipfel soll 2025 in Kolumbien stattfinden.
In der Deutsch-Chilenischen Industrie- und Handelskammer in Santiago richtet sich der Blick unterdessen vor allem auf die geplante Rohstoffpartnerschaft mit Europa, wie ein Sprecher der Kammer dem Cóndor sagte.
Dass Boric so deutlich Position bezogen habe, werde in Berlin und Brüssel „sehr genau registriert“, sagte er.
""",
    timexes=[
        T("Dienstag", "DATE", "2023-07-18"),
        T("acht Jahren", "DURATION", "P8Y"),
        T("Dienstag", "DATE", "2023-07-18", n=1),
        T("Montag", "DATE", "2023-07-17"),
        T("Januar", "DATE", "2023-01"),
        T("Juni", "DATE", "2023-06"),
        T("Mittwoch", "DATE", "2023-07-19"),
        T("Montag", "DATE", "2023-07-17", n=1),
        T("selben Tag", "DATE", "2023-07-17"),
        T("Mittwoch", "DATE", "2023-07-19", n=1),
        T("alle zwei Jahre", "SET", "P2Y"),
        T("2025", "DATE", "2025"),
    ],
    events=[
        E("EU-CELAC summit in Brussels ends", "CONSULT", ["European Union", "Ursula von der Leyen", "Olaf Scholz"],
          "2023-07-18", "text", "occurred", "Mit einer gemeinsamen Erklärung",
          note="Summit of 17-18 July 2023, dated by the day in the text; CELAC members are not canonical."),
        E("Summit adopts a final declaration", "AGREE", ["European Union"], "2023-07-18", "context", "occurred",
          "In der Abschlusserklärung"),
        E("Declaration calls for a just and lasting peace in Ukraine", "REQUEST", ["European Union", "Ukraine"],
          "2023-07-18", "context", "occurred", "In der Abschlusserklärung"),
        E("Nicaragua does not sign the declaration", "REJECT", ["European Union"], "2023-07-18", "context",
          "occurred", "Nicaragua trug den Text",
          note="Nicaragua is not canonical; the EU is the canonical co-author of the text."),
        E("Boric calls the war an imperial aggression", "ACCUSE", ["Russia"], "2023-07-18", "text", "occurred",
          "Krieg imperialer Aggression",
          note="Boric (Chile) is not canonical; the target is Russia's war."),
        E("Lula: the war must be ended at the negotiating table", "REQUEST", ["Russia", "Ukraine"], "2023-07-18",
          "context", "occurred", "am Verhandlungstisch",
          note="Lula (Brazil) is not canonical; the call is addressed to the warring sides."),
        E("Boric meets Scholz on the sidelines of the summit", "CONSULT", ["Olaf Scholz"], "2023-07-17", "text",
          "occurred", "Boric war am Montag", note="Chile is not canonical."),
        E("Scholz visited Santiago", "CONSULT", ["Olaf Scholz"], "2023-01", "text", "occurred", "Boric war am Montag",
          note="Chile is not canonical."),
        E("Kyiv proposes that Zelensky join the summit by video", "REQUEST", ["Ukraine", "European Union"], "2023-06",
          "text", "occurred", "Kiew hatte im Juni angeregt"),
        E("Latin American governments refuse Zelensky's participation", "REJECT", ["Ukraine"], "2023-06", "context",
          "occurred", "Mehrere lateinamerikanische Regierungen lehnten das ab",
          note="The refusing governments are not canonical; dated by the month of the request."),
        E("Russia quits the Black Sea grain deal", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text",
          "occurred", "Ausstieg Russlands aus dem Getreideabkommen"),
        E("Von der Leyen condemns the exit as cynical", "ACCUSE", ["Ursula von der Leyen", "Russia"], "2023-07-17",
          "text", "occurred", "verurteilte den Schritt"),
        E("Von der Leyen promises that the EU will keep moving Ukrainian grain via the solidarity lanes", "AGREE",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2023-07-17", "context", "occurred",
          "verurteilte den Schritt"),
        E("Peskov: Russia will return to the deal once its demands are met", "AGREE", ["Dmitry Peskov"],
          "2023-07-19", "text", "occurred", "Kremlsprecher Dmitri Peskow bekräftigte"),
        E("Russia demands easing of sanctions on its agricultural exports as a condition", "REQUEST",
          ["Dmitry Peskov"], "2023-07-19", "text", "occurred", "Kremlsprecher Dmitri Peskow bekräftigte"),
        E("Zakharova accuses Brussels of an anti-Russian campaign", "ACCUSE", ["Maria Zakharova", "European Union"],
          "2023-07-20", "published", "occurred", "antirussische Kampagne"),
        E("Leaders agree to meet every two years", "AGREE", ["European Union"], "2023-07-18", "context", "occurred",
          "Die Teilnehmer vereinbarten"),
        E("Next EU-CELAC summit in Colombia", "CONSULT", ["European Union"], "2025", "text", "planned",
          "Die Teilnehmer vereinbarten"),
    ],
    statements=[
        S("European Union", "Declaration: deep concern about the war against Ukraine, call for a just and lasting peace",
          "2023-07-18", "context", "In der Abschlusserklärung"),
        S("Ukraine", "Kuleba: a missed opportunity to show Latin America the war's consequences", "2023-07-19", "text",
          "verpassten Gelegenheit"),
        S("Ursula von der Leyen", "The grain-deal exit is cynical; the EU will keep moving Ukrainian grain",
          "2023-07-17", "text", "verurteilte den Schritt"),
        S("Dmitry Peskov", "Russia will return to the deal once its demands on sanctions are met", "2023-07-19",
          "text", "Kremlsprecher Dmitri Peskow bekräftigte"),
        S("Russia", "Praise for the restraint of many Latin Americans", "2023-07-20", "published",
          "Aus Moskau kam Lob"),
        S("Maria Zakharova", "The region's states refuse to be drawn into an anti-Russian campaign by Brussels",
          "2023-07-20", "published", "antirussische Kampagne"),
    ],
    actors=["European Union", "Ursula von der Leyen", "Olaf Scholz", "Germany", "Russia", "Ukraine",
            "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)

DE03 = dict(
    id="b39de03_kpc_terminal_kasachstan_2025_12",
    lang="de",
    published="2025-12-05",
    published_basis=(
        "Friday issue of the weekly after the sea-drone attack on the CPC terminal near Novorossiysk of Saturday "
        "29 November 2025; model: Deutsche Allgemeine Zeitung (German-language weekly, Almaty)."
    ),
    body="""
Angriff auf KPC-Terminal: Astana protestiert in Kiew

Astana/Almaty. Nach dem Drohnenangriff auf das Ölterminal des Kaspischen Pipeline-Konsortiums (KPC) am Schwarzen Meer hat Kasachstan die Ukraine ungewöhnlich scharf kritisiert.
Das Außenministerium in Astana sprach am Samstagabend von einem „vorsätzlichen Angriff auf eine rein zivile Einrichtung“ und forderte Kiew auf, solche Vorfälle künftig zu verhindern.
Am frühen Samstagmorgen hatten Seedrohnen eine der drei Verladebojen des Terminals bei Noworossijsk so schwer beschädigt, dass das Konsortium die Verladung vorerst einstellte.
Über das Terminal laufen rund 80 Prozent der kasachischen Ölexporte.

Kiew reagierte am Sonntag zurückhaltend.
Die Ukraine hege „keinerlei feindselige Absichten“ gegenüber Kasachstan, ihre Schläge richteten sich gegen die russische Kriegsmaschinerie, erklärte Außenamtssprecher Heorhij Tychyj.
Moskau nutze das Terminal auch für den Export eigenen Öls, mit dem es den Krieg finanziere, fügte er hinzu.

Kremlsprecher Dmitri Peskow nannte den Angriff am Montag einen „Terrorakt“ gegen die internationale Energieversorgung.
Russland werde darauf eine angemessene Antwort finden, fügte Peskow hinzu.
Am selben Tag telefonierten Präsident Kassym-Schomart Tokajew und Kremlchef Wladimir Putin; beide hätten über die Sicherheit der Exportrouten gesprochen, teilte der Kreml mit.

Es war nicht der erste Angriff auf KPC-Anlagen in diesem Jahr: Im Februar hatten Drohnen die Pumpstation Kropotkinskaja in der Region Krasnodar beschädigt.
Auch zwei Tanker der russischen Schattenflotte waren am Freitag vergangener Woche vor der türkischen Küste von Seedrohnen getroffen worden, wozu sich der ukrainische Geheimdienst SBU bekannte.
Die Türkei verurteilte die Angriffe tags darauf als „besorgniserregende Eskalation“ in ihrer Wirtschaftszone.
Energieminister Jerlan Akkenschenow kündigte an, Kasachstan werde mehr Öl über das Kaspische Meer und die Leitung Baku–Tiflis–Ceyhan ausführen.

In Moskau war am Dienstag US-Sondergesandter Steve Witkoff zu Gesprächen mit Putin über den amerikanischen Friedensplan, die nach Kremlangaben ohne Durchbruch endeten.

Für Deutschland ist die Lage nicht ohne Belang: Seit 2023 fließt kasachisches Öl über die Druschba-Leitung zur Raffinerie im brandenburgischen Schwedt, die unter Treuhandverwaltung des Bundes steht.
Diese Lieferungen seien nicht betroffen, teilte das Bundeswirtschaftsministerium auf Anfrage der DAZ mit.
Astana hatte im Sommer zugesagt, die Menge im kommenden Jahr auf 2,5 Millionen Tonnen zu steigern.
""",
    timexes=[
        T("Samstagabend", "TIME", "2025-11-29TEV"),
        T("frühen Samstagmorgen", "TIME", "2025-11-29TMO", mod="START"),
        T("Sonntag", "DATE", "2025-11-30"),
        T("Montag", "DATE", "2025-12-01"),
        T("selben Tag", "DATE", "2025-12-01"),
        T("diesem Jahr", "DATE", "2025"),
        T("Februar", "DATE", "2025-02"),
        T("Freitag vergangener Woche", "DATE", "2025-11-28"),
        T("tags darauf", "DATE", "2025-11-29"),
        T("Dienstag", "DATE", "2025-12-02"),
        T("2023", "DATE", "2023"),
        T("Sommer", "DATE", "2025-SU"),
        T("kommenden Jahr", "DATE", "2026"),
    ],
    events=[
        E("Kazakhstan calls the attack a deliberate strike on a civilian facility", "ACCUSE", ["Ukraine"],
          "2025-11-29TEV", "text", "occurred", "vorsätzlichen Angriff",
          note="Kazakhstan is not canonical; the target of the charge is Kyiv."),
        E("Kazakhstan demands that Kyiv prevent such incidents", "REQUEST", ["Ukraine"], "2025-11-29TEV", "text",
          "occurred", "vorsätzlichen Angriff", note="Kazakhstan is not canonical."),
        E("Sea drones damage a loading buoy of the CPC terminal near Novorossiysk", "ASSAULT", ["Ukraine", "Russia"],
          "2025-11-29TMO", "text", "occurred", "Am frühen Samstagmorgen hatten Seedrohnen", date_mod="START",
          note="Attribution to Ukraine by Astana and Moscow; Kyiv does not deny striking Russian targets."),
        E("Ukraine rejects hostile intent toward Kazakhstan", "REJECT", ["Ukraine"], "2025-11-30", "context",
          "occurred", "keinerlei feindselige Absichten"),
        E("Kyiv accuses Moscow of financing the war with oil exported via the terminal", "ACCUSE",
          ["Ukraine", "Russia"], "2025-11-30", "context", "occurred", "Moskau nutze das Terminal"),
        E("Peskov calls the attack an act of terror", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-12-01", "text",
          "occurred", "Terrorakt"),
        E("Peskov: Russia will find an appropriate response", "THREATEN", ["Dmitry Peskov", "Ukraine"], "2025-12-01",
          "context", "occurred", "angemessene Antwort"),
        E("Tokayev-Putin phone call on the security of export routes", "CONSULT", ["Vladimir Putin"], "2025-12-01",
          "text", "occurred", "telefonierten Präsident Kassym-Schomart Tokajew", note="Kazakhstan is not canonical."),
        E("Drones hit the Kropotkinskaya pumping station of the CPC", "ASSAULT", ["Ukraine", "Russia"], "2025-02",
          "text", "occurred", "Pumpstation Kropotkinskaja",
          note="No attacker is named in the sentence; read as one of the series of attacks blamed on Ukraine."),
        E("Sea drones hit two shadow-fleet tankers off the Turkish coast", "ASSAULT", ["Ukraine", "Russia"],
          "2025-11-28", "text", "occurred", "zwei Tanker der russischen Schattenflotte",
          note="Claimed by the SBU."),
        E("Turkey condemns the tanker attacks as a worrying escalation", "ACCUSE", ["Turkey", "Ukraine"],
          "2025-11-29", "text", "occurred", "Die Türkei verurteilte"),
        E("Witkoff holds talks with Putin in Moscow on the US peace plan", "CONSULT",
          ["Steve Witkoff", "Vladimir Putin"], "2025-12-02", "text", "occurred", "US-Sondergesandter Steve Witkoff"),
        E("Witkoff-Putin talks end without a breakthrough", "REJECT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-12-02", "context", "occurred", "US-Sondergesandter Steve Witkoff"),
        E("Kazakhstan promised to raise oil deliveries to Schwedt to 2.5 million tonnes", "AGREE", ["Germany"],
          "2026", "text", "planned", "Astana hatte im Sommer zugesagt",
          note="Promise made in summer 2025; Kazakhstan is not canonical."),
    ],
    statements=[
        S("Ukraine", "Kyiv reacted with restraint", "2025-11-30", "text", "Kiew reagierte am Sonntag"),
        S("Ukraine", "Tykhyi: no hostile intent toward Kazakhstan; strikes target Russia's war machine", "2025-11-30",
          "context", "keinerlei feindselige Absichten"),
        S("Ukraine", "Moscow also exports its own oil via the terminal to finance the war", "2025-11-30", "context",
          "Moskau nutze das Terminal"),
        S("Dmitry Peskov", "The attack is an act of terror against international energy supply", "2025-12-01",
          "text", "Terrorakt"),
        S("Dmitry Peskov", "Russia will find an appropriate response", "2025-12-01", "context",
          "angemessene Antwort"),
        S("Kremlin", "Tokayev and Putin discussed the security of export routes", "2025-12-01", "text",
          "telefonierten Präsident Kassym-Schomart Tokajew"),
        S("Ukraine", "The SBU claimed the tanker attacks", "2025-11-28", "context",
          "zwei Tanker der russischen Schattenflotte"),
        S("Turkey", "The tanker attacks are a worrying escalation in Turkey's economic zone", "2025-11-29", "text",
          "Die Türkei verurteilte"),
        S("Kremlin", "The Witkoff-Putin talks ended without a breakthrough", "2025-12-02", "context",
          "US-Sondergesandter Steve Witkoff"),
        S("Germany", "Kazakh oil deliveries to Schwedt are not affected", "2025-12-05", "published",
          "Diese Lieferungen seien nicht betroffen"),
    ],
    actors=["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Turkey", "Steve Witkoff",
            "United States", "Germany"],
)

DE04 = dict(
    id="b39de04_lula_moskau_peking_2025_05",
    lang="de",
    published="2025-05-14",
    published_basis=(
        "Wednesday report after Lula's talks with Putin in Moscow (Saturday 10 May 2025) and his stop in Beijing "
        "(Tuesday 13 May); model: Argentinisches Tageblatt (German-language paper, Buenos Aires)."
    ),
    body="""
Lula zwischen Moskau und Peking: „Es kostet nichts, nach Istanbul zu fahren“

Buenos Aires/Peking. Brasiliens Präsident Luiz Inácio Lula da Silva will Kremlchef Wladimir Putin persönlich dazu drängen, an den geplanten russisch-ukrainischen Gesprächen in Istanbul teilzunehmen.
„Es kostet mich nichts, Putin anzurufen und ihm zu sagen: Genosse, fahr nach Istanbul“, sagte Lula am Dienstag in Peking; er wolle noch in dieser Woche mit dem Kremlchef telefonieren.

Lula hatte am Freitag als einer von rund zwei Dutzend ausländischen Staats- und Regierungschefs an der Parade zum 80. Jahrestag des Sieges über Hitler-Deutschland in Moskau teilgenommen.
Am Samstag traf er Putin im Kreml zu einem gut zweistündigen Gespräch, in dem er nach eigenen Worten auf eine Verhandlungslösung drang.
Putin habe ihm versichert, Russland sei zu Verhandlungen mit der Ukraine ohne Vorbedingungen bereit, berichtete Lula.

In der Nacht zum Sonntag schlug Putin dann direkte Gespräche mit Kiew in Istanbul vor, beginnend am Donnerstag.
Lula begrüßte den Vorschlag noch am Sonntag.
Der ukrainische Präsident Wolodymyr Selenskyj kündigte am Sonntagabend an, er werde am Donnerstag persönlich in der Türkei auf Putin warten.
Ob Putin selbst reist, ließ der Kreml bis Dienstag offen: Die Zusammensetzung der Delegation werde bekanntgegeben, sobald Putin dies für nötig halte, sagte Sprecher Dmitri Peskow.

Die Staats- und Regierungschefs Frankreichs, Deutschlands, Großbritanniens und Polens hatten Moskau am Samstag bei einem gemeinsamen Besuch in Kiew eine 30-tägige Waffenruhe ab Montag abverlangt und andernfalls mit neuen Sanktionen gedroht.
Putin ließ die Frist am Montag verstreichen.

In Peking nahm Lula am Dienstag am Ministertreffen des Forums zwischen China und der Celac teil und traf Staatschef Xi Jinping.
Xi sagte nach Angaben der Nachrichtenagentur Xinhua, China unterstütze alle Bemühungen, die dem Frieden dienten, auch direkte Gespräche zwischen Moskau und Kiew.
Brasilien und China hatten im vergangenen Jahr einen gemeinsamen Sechs-Punkte-Plan für eine politische Lösung vorgelegt, den Kiew als einseitig zurückweist.

In Kiew stößt Lulas Vermittlerrolle auf Skepsis.
Lula solle seinen Einfluss besser nutzen, um Putin zu einer bedingungslosen Waffenruhe zu bewegen, sagte Präsidentenberater Mychajlo Podoljak dem Tageblatt.

Die Regierung von Präsident Javier Milei, die keinen Vertreter zur Parade geschickt hatte, sicherte der Ukraine am Montag in einer Erklärung erneut ihre Unterstützung zu.
In Buenos Aires wird Lulas Reise auch deshalb aufmerksam verfolgt, weil Brasilien im Juli den Vorsitz im Mercosur übernimmt.
""",
    timexes=[
        T("Dienstag", "DATE", "2025-05-13"),
        T("dieser Woche", "DATE", "2025-W20"),
        T("Freitag", "DATE", "2025-05-09"),
        T("Samstag", "DATE", "2025-05-10"),
        T("gut zweistündigen", "DURATION", "PT2H", mod="APPROX"),
        T("der Nacht zum Sonntag", "TIME", "2025-05-10TNI", note="night to Sunday 11 May"),
        T("Donnerstag", "DATE", "2025-05-15"),
        T("Sonntag", "DATE", "2025-05-11", n=1),
        T("Sonntagabend", "TIME", "2025-05-11TEV"),
        T("Donnerstag", "DATE", "2025-05-15", n=1),
        T("Dienstag", "DATE", "2025-05-13", n=1),
        T("Samstag", "DATE", "2025-05-10", n=1),
        T("30-tägige", "DURATION", "P30D"),
        T("Montag", "DATE", "2025-05-12"),
        T("Montag", "DATE", "2025-05-12", n=1),
        T("Dienstag", "DATE", "2025-05-13", n=2),
        T("vergangenen Jahr", "DATE", "2024"),
        T("Montag", "DATE", "2025-05-12", n=2),
        T("Juli", "DATE", "2025-07"),
    ],
    events=[
        E("Lula publicly urges Putin to go to Istanbul", "REQUEST", ["Vladimir Putin"], "2025-05-13", "text",
          "occurred", "Genosse, fahr nach Istanbul", note="Lula (Brazil) is not canonical."),
        E("Lula plans to phone Putin this week", "CONSULT", ["Vladimir Putin"], "2025-W20", "text", "planned",
          "Genosse, fahr nach Istanbul", note="Lula (Brazil) is not canonical."),
        E("Lula meets Putin in the Kremlin", "CONSULT", ["Vladimir Putin"], "2025-05-10", "text", "occurred",
          "Am Samstag traf er Putin", note="Lula (Brazil) is not canonical."),
        E("Lula presses Putin for a negotiated solution", "REQUEST", ["Vladimir Putin"], "2025-05-10", "context",
          "occurred", "Am Samstag traf er Putin"),
        E("Putin: Russia ready to negotiate with Ukraine without preconditions", "AGREE",
          ["Vladimir Putin", "Ukraine"], "2025-05-10", "context", "occurred", "Putin habe ihm versichert"),
        E("Putin proposes direct talks with Kyiv in Istanbul", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2025-05-10TNI", "text", "occurred", "schlug Putin dann direkte Gespräche"),
        E("Russia-Ukraine talks in Istanbul from Thursday", "CONSULT", ["Russia", "Ukraine"], "2025-05-15", "text",
          "planned", "schlug Putin dann direkte Gespräche",
          note="The talks eventually took place on Friday 16 May 2025."),
        E("Lula welcomes Putin's proposal", "SUPPORT", ["Vladimir Putin"], "2025-05-11", "text", "occurred",
          "Lula begrüßte den Vorschlag", note="Lula (Brazil) is not canonical."),
        E("Zelensky announces he will wait for Putin in Turkey in person", "AGREE",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2025-05-11TEV", "text", "occurred", "kündigte am Sonntagabend an"),
        E("Possible Zelensky-Putin meeting in Turkey", "CONSULT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-05-15", "text", "uncertain", "kündigte am Sonntagabend an",
          note="The Kremlin left open whether Putin would travel."),
        E("European leaders visit Kyiv", "CONSULT", ["France", "Germany", "United Kingdom", "Poland", "Ukraine"],
          "2025-05-10", "text", "occurred", "bei einem gemeinsamen Besuch in Kiew"),
        E("European leaders demand a 30-day ceasefire from Monday", "REQUEST",
          ["France", "Germany", "United Kingdom", "Poland", "Russia"], "2025-05-10", "context", "occurred",
          "bei einem gemeinsamen Besuch in Kiew", note="Ceasefire to start on Monday 12 May."),
        E("European leaders threaten new sanctions otherwise", "THREATEN",
          ["France", "Germany", "United Kingdom", "Poland", "Russia"], "2025-05-10", "context", "occurred",
          "bei einem gemeinsamen Besuch in Kiew", note="Deadline: Monday 12 May 2025."),
        E("Putin lets the ceasefire deadline pass", "REJECT",
          ["Vladimir Putin", "France", "Germany", "United Kingdom", "Poland"], "2025-05-12", "text", "occurred",
          "Putin ließ die Frist"),
        E("Lula meets Xi at the China-CELAC forum in Beijing", "CONSULT", ["Xi Jinping", "China"], "2025-05-13",
          "text", "occurred", "In Peking nahm Lula", note="Brazil and CELAC are not canonical."),
        E("Xi supports all efforts for peace, including direct Moscow-Kyiv talks", "SUPPORT",
          ["Xi Jinping", "Russia", "Ukraine"], "2025-05-13", "context", "occurred", "Xi sagte nach Angaben"),
        E("Brazil and China present a six-point plan", "REQUEST", ["China"], "2024", "text", "occurred",
          "Sechs-Punkte-Plan", note="Brazil is not canonical."),
        E("Kyiv rejects the Brazil-China plan as one-sided", "REJECT", ["Ukraine", "China"], "2025-05-14",
          "published", "occurred", "Sechs-Punkte-Plan", note="A standing rejection with no day of its own."),
        E("Podolyak: Lula should push Putin toward an unconditional ceasefire", "REQUEST",
          ["Ukraine", "Vladimir Putin"], "2025-05-14", "published", "occurred", "bedingungslosen Waffenruhe"),
        E("Milei's government reaffirms its support for Ukraine", "AGREE", ["Ukraine"], "2025-05-12", "text",
          "occurred", "sicherte der Ukraine am Montag", note="Argentina is not canonical."),
    ],
    statements=[
        S("Vladimir Putin", "Russia is ready for negotiations with Ukraine without preconditions (as Lula reports)",
          "2025-05-10", "context", "Putin habe ihm versichert"),
        S("Volodymyr Zelensky", "Will wait for Putin in Turkey in person on Thursday", "2025-05-11TEV", "text",
          "kündigte am Sonntagabend an"),
        S("Kremlin", "Left open whether Putin will travel to Istanbul", "2025-05-13", "text",
          "Ob Putin selbst reist"),
        S("Dmitry Peskov", "The delegation will be announced when Putin deems it necessary", "2025-05-13", "text",
          "Ob Putin selbst reist"),
        S("Xi Jinping, via China", "China supports all efforts for peace, including direct Moscow-Kyiv talks",
          "2025-05-13", "context", "Xi sagte nach Angaben"),
        S("Ukraine", "Podolyak: Lula should use his influence to move Putin to an unconditional ceasefire",
          "2025-05-14", "published", "bedingungslosen Waffenruhe"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov", "France",
            "Germany", "United Kingdom", "Poland", "Xi Jinping", "China"],
)

DE05 = dict(
    id="b39de05_afrikanische_mission_kiew_moskau_2026_06",
    lang="de",
    published="2026-06-11",
    published_basis=(
        "Fiction in a plausible setting: a second African peace mission led by Ramaphosa visits Kyiv (Monday "
        "8 June 2026) and Moscow (Wednesday 10 June); model: Lëtzebuerger Journal."
    ),
    body="""
Afrikanische Friedensmission: Putin sagt großen Gefangenenaustausch zu

Luxemburg. Eine Delegation afrikanischer Staats- und Regierungschefs unter Führung des südafrikanischen Präsidenten Cyril Ramaphosa hat binnen drei Tagen Kiew und Moskau besucht und kehrt mit der Zusage für einen großen Gefangenenaustausch zurück.
Am Montag trafen Ramaphosa, Senegals Präsident Bassirou Diomaye Faye, Sambias Präsident Hakainde Hichilema und Ägyptens Premierminister Mostafa Madbouly in Kiew mit Präsident Wolodymyr Selenskyj zusammen.
Selenskyj verlangte nach dem rund dreistündigen Gespräch, jeder Friedensplan müsse mit dem Abzug der russischen Truppen beginnen.
Er begrüßte, dass die Afrikaner die Rückkehr verschleppter ukrainischer Kinder zu einem Kernpunkt ihres Zehn-Punkte-Plans gemacht hätten.

In der Nacht zum Dienstag, während die Delegation noch in Kiew war, griff Russland die Hauptstadt mit Drohnen und Raketen an; die Gäste verbrachten einen Teil der Nacht im Schutzraum ihres Hotels.
Selenskyj sprach am Dienstag von Moskaus „Antwort auf die afrikanische Friedensinitiative“.

Am Mittwoch empfing Kremlchef Wladimir Putin die Delegation in seiner Residenz Nowo-Ogarjowo.
Nach Angaben von Kremlberater Juri Uschakow stimmte Putin einem Austausch von jeweils 1000 Gefangenen zu, der bis Mitte Juli abgeschlossen sein soll.
Über eine Waffenruhe werde Moskau erst sprechen, wenn Kiew die „Realitäten vor Ort“ anerkenne, sagte Uschakow.
Putin lud die Gäste ein, ihre Vorschläge beim Russland-Afrika-Gipfel im Oktober in Addis Abeba weiterzuverfolgen.

In Kiew hieß es am Donnerstagmorgen, man sei zu dem Austausch bereit, wenn er auch verschleppte Zivilisten umfasse.
Außenminister Andrij Sybiha dankte den Vermittlern, warnte aber vor einer „Pendeldiplomatie ohne Druck auf den Aggressor“.
Die EU-Außenbeauftragte Kaja Kallas nannte die Mission am Mittwoch „wertvoll“, solange sie nicht auf eine Belohnung Russlands hinauslaufe.
Kremlsprecher Dmitri Peskow lobte dagegen die „ausgewogene Haltung“ der afrikanischen Staaten, die sich anders als Europa nicht an Sanktionen beteiligten.

Bereits im Juni 2023 hatte eine afrikanische Mission unter Ramaphosas Führung Kiew und St. Petersburg besucht, ohne greifbare Ergebnisse.

Für Luxemburg ist die Mission auch wegen Senegal von Interesse, einem der wichtigsten Partnerländer der luxemburgischen Entwicklungszusammenarbeit.
Außen- und Kooperationsminister Xavier Bettel (DP) sagte dem Journal, Luxemburg unterstütze jede Initiative, die zu einem gerechten Frieden führe; er werde Präsident Faye im Juli in Dakar treffen.
""",
    timexes=[
        T("drei Tagen", "DURATION", "P3D"),
        T("Montag", "DATE", "2026-06-08"),
        T("rund dreistündigen", "DURATION", "PT3H", mod="APPROX"),
        T("der Nacht zum Dienstag", "TIME", "2026-06-08TNI", note="night to Tuesday 9 June"),
        T("der Nacht", "TIME", "2026-06-08TNI", n=1, note="the same night, anaphoric"),
        T("Dienstag", "DATE", "2026-06-09", n=1),
        T("Mittwoch", "DATE", "2026-06-10"),
        T("Mitte Juli", "DATE", "2026-07", mod="MID"),
        T("Oktober", "DATE", "2026-10"),
        T("Donnerstagmorgen", "TIME", "2026-06-11TMO"),
        T("Mittwoch", "DATE", "2026-06-10", n=1),
        T("Juni 2023", "DATE", "2023-06"),
        T("Juli", "DATE", "2026-07", n=1),
    ],
    events=[
        E("African leaders meet Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2026-06-08", "text",
          "occurred", "Am Montag trafen Ramaphosa", note="The African leaders are not canonical."),
        E("Zelensky demands that any peace plan start with the withdrawal of Russian troops", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2026-06-08", "context", "occurred", "Selenskyj verlangte"),
        E("Zelensky welcomes the focus on the return of deported children", "SUPPORT", ["Volodymyr Zelensky"],
          "2026-06-08", "context", "occurred", "Er begrüßte, dass die Afrikaner"),
        E("The African mediators present a ten-point plan", "REQUEST", ["Russia", "Ukraine"], "2026-06-08",
          "context", "occurred", "Er begrüßte, dass die Afrikaner",
          note="The mediators are not canonical; the plan is addressed to both sides."),
        E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2026-06-08TNI", "text",
          "occurred", "griff Russland die Hauptstadt"),
        E("Zelensky calls the attack Moscow's answer to the African initiative", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2026-06-09", "text", "occurred", "Selenskyj sprach am Dienstag"),
        E("Putin receives the African delegation at Novo-Ogaryovo", "CONSULT", ["Vladimir Putin"], "2026-06-10",
          "text", "occurred", "Am Mittwoch empfing Kremlchef"),
        E("Putin agrees to a 1000-for-1000 prisoner exchange", "AGREE", ["Vladimir Putin", "Ukraine"], "2026-06-10",
          "context", "occurred", "stimmte Putin einem Austausch"),
        E("Exchange of 1000 prisoners each to be completed by mid-July", "CONCEDE", ["Russia", "Ukraine"],
          "2026-07", "text", "planned", "stimmte Putin einem Austausch", date_mod="MID"),
        E("Moscow refuses ceasefire talks for now", "REJECT", ["Yuri Ushakov", "Ukraine"], "2026-06-10", "context",
          "occurred", "Über eine Waffenruhe werde Moskau"),
        E("Condition: Kyiv must recognise the realities on the ground", "REQUEST", ["Yuri Ushakov", "Ukraine"],
          "2026-06-10", "context", "occurred", "Über eine Waffenruhe werde Moskau"),
        E("Putin invites the guests to pursue their proposals at the Russia-Africa summit", "REQUEST",
          ["Vladimir Putin"], "2026-06-10", "context", "occurred", "Putin lud die Gäste ein"),
        E("Russia-Africa summit in Addis Ababa", "CONSULT", ["Vladimir Putin", "Russia"], "2026-10", "text",
          "planned", "Putin lud die Gäste ein"),
        E("Kyiv ready for the exchange", "AGREE", ["Ukraine", "Russia"], "2026-06-11TMO", "text", "occurred",
          "In Kiew hieß es am Donnerstagmorgen"),
        E("Kyiv's condition: the exchange must include deported civilians", "REQUEST", ["Ukraine", "Russia"],
          "2026-06-11TMO", "text", "occurred", "In Kiew hieß es am Donnerstagmorgen"),
        E("Sybiha thanks the mediators", "SUPPORT", ["Andrii Sybiha"], "2026-06-11", "published", "occurred",
          "Pendeldiplomatie ohne Druck"),
        E("Sybiha warns against shuttle diplomacy without pressure on the aggressor", "REQUEST",
          ["Andrii Sybiha", "Russia"], "2026-06-11", "published", "occurred", "Pendeldiplomatie ohne Druck"),
        E("Kallas calls the mission valuable", "SUPPORT", ["Kaja Kallas"], "2026-06-10", "text", "occurred",
          "Kaja Kallas nannte die Mission"),
        E("Kallas: the mission must not reward Russia", "REQUEST", ["Kaja Kallas", "Russia"], "2026-06-10",
          "text", "occurred", "Kaja Kallas nannte die Mission"),
        E("Peskov praises the African states' balanced stance", "SUPPORT", ["Dmitry Peskov"], "2026-06-11",
          "published", "occurred", "ausgewogene Haltung"),
        E("First African peace mission visited Kyiv and St Petersburg", "CONSULT", ["Ukraine", "Russia"], "2023-06",
          "text", "occurred", "Bereits im Juni 2023"),
        E("The 2023 mission brought no tangible results", "REJECT", ["Russia", "Ukraine"], "2023-06", "context",
          "occurred", "Bereits im Juni 2023"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Any peace plan must begin with the withdrawal of Russian troops", "2026-06-08",
          "context", "Selenskyj verlangte"),
        S("Volodymyr Zelensky", "Welcomes that the return of deported children is central to the plan", "2026-06-08",
          "context", "Er begrüßte, dass die Afrikaner"),
        S("Volodymyr Zelensky", "The night attack was Moscow's answer to the African initiative", "2026-06-09",
          "text", "Selenskyj sprach am Dienstag"),
        S("Vladimir Putin, via Yuri Ushakov", "Agrees to an exchange of 1000 prisoners each by mid-July",
          "2026-06-10", "context", "stimmte Putin einem Austausch"),
        S("Yuri Ushakov", "No ceasefire talks until Kyiv recognises the realities on the ground", "2026-06-10",
          "context", "Über eine Waffenruhe werde Moskau"),
        S("Ukraine", "Ready for the exchange if it includes deported civilians", "2026-06-11TMO", "text",
          "In Kiew hieß es am Donnerstagmorgen"),
        S("Andrii Sybiha", "Thanks the mediators but warns against shuttle diplomacy without pressure",
          "2026-06-11", "published", "Pendeldiplomatie ohne Druck"),
        S("Kaja Kallas", "The mission is valuable as long as it does not reward Russia", "2026-06-10", "text",
          "Kaja Kallas nannte die Mission"),
        S("Dmitry Peskov", "Praises the balanced stance of the African states", "2026-06-11", "published",
          "ausgewogene Haltung"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "Yuri Ushakov", "Andrii Sybiha",
            "Kaja Kallas", "European Union", "Dmitry Peskov"],
)

DE06 = dict(
    id="b39de06_selenski_neu_delhi_modi_2026_04",
    lang="de",
    published="2026-04-10",
    published_basis=(
        "Fiction in a plausible setting: Zelensky's first state visit to India (arrival Thursday 9 April 2026, talks "
        "with Modi on Friday 10 April); model: Basler Zeitung (Swiss spelling, «» quotes)."
    ),
    body="""
Selenski in Neu-Delhi: Modi bietet Hilfe an, schweigt aber zum Öl

Neu-Delhi/Basel. Der ukrainische Präsident Wolodimir Selenski ist am Donnerstagabend zu seinem ersten Staatsbesuch in Indien eingetroffen.
Premierminister Narendra Modi empfing ihn am Freitagvormittag im Hyderabad House zu Gesprächen, die gut zwei Stunden dauerten.
Indien sei «nicht neutral, sondern auf der Seite des Friedens», sagte Modi und bot an, jede Form direkter Gespräche zwischen Kiew und Moskau zu unterstützen.

Selenski bat Indien, seinen Einfluss in Moskau für eine Waffenruhe und für die Rückkehr verschleppter ukrainischer Kinder zu nutzen.
Zugleich kritisierte er die indischen Käufe von russischem Rohöl, die «Russlands Kriegskasse füllen», wie er vor Journalisten sagte.
Beide Seiten unterzeichneten Absichtserklärungen über Arzneimittellieferungen, Landwirtschaft und Wiederaufbau.
Indien sagte zudem zwölf weitere mobile Krankenstationen vom Typ Bhishm zu, die bis zum Sommer geliefert werden sollen.

Der Kreml reagierte gelassen.
Russland respektiere das souveräne Recht Indiens, Beziehungen zu jedem Staat zu pflegen, sagte Sprecher Dmitri Peskow; die «besonders privilegierte strategische Partnerschaft» mit Neu-Delhi werde davon nicht berührt.
Kremlchef Wladimir Putin hatte Modi bei seinem Staatsbesuch in Neu-Delhi im Dezember zugesichert, die Öllieferungen ohne Unterbrechung fortzusetzen.

In der Nacht auf Freitag griff Russland nach ukrainischen Angaben Charkiw und Odessa mit mehr als 300 Drohnen und mehreren Raketen an.
Washington, das seit vergangenem August Strafzölle auf indische Waren wegen der Ölkäufe erhebt, begrüsste den Besuch.
Die nächste Runde der Gespräche zwischen Russland, der Ukraine und den USA soll kommende Woche in Abu Dhabi stattfinden.

In Basel wird der Besuch aufmerksam verfolgt: Seit das Freihandelsabkommen der Efta mit Indien im Oktober 2025 in Kraft trat, bauen die Basler Pharma- und Chemiekonzerne ihre Präsenz auf dem Subkontinent aus.
Die Schweiz habe im vergangenen Jahr Arzneimittel im Wert von rund einer Milliarde Franken nach Indien exportiert, sagte ein Sprecher der Handelskammer beider Basel der BaZ.
Ein Krieg, der die Energiepreise treibe, treffe auch die Basler Werke, fügte er hinzu.
""",
    timexes=[
        T("Donnerstagabend", "TIME", "2026-04-09TEV"),
        T("Freitagvormittag", "TIME", "2026-04-10TMO"),
        T("gut zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
        T("Sommer", "DATE", "2026-SU"),
        T("Dezember", "DATE", "2025-12"),
        T("der Nacht auf Freitag", "TIME", "2026-04-09TNI", note="night to Friday 10 April"),
        T("vergangenem August", "DATE", "2025-08"),
        T("kommende Woche", "DATE", "2026-W16"),
        T("Oktober 2025", "DATE", "2025-10"),
        T("vergangenen Jahr", "DATE", "2025"),
    ],
    events=[
        E("Zelensky arrives in India for his first state visit", "CONSULT", ["Volodymyr Zelensky"], "2026-04-09TEV",
          "text", "occurred", "ersten Staatsbesuch in Indien", note="India is not canonical."),
        E("Modi receives Zelensky for talks at Hyderabad House", "CONSULT", ["Volodymyr Zelensky"], "2026-04-10TMO",
          "text", "occurred", "Premierminister Narendra Modi empfing ihn", note="India is not canonical."),
        E("Modi offers to support any form of direct talks between Kyiv and Moscow", "REQUEST", ["Ukraine", "Russia"],
          "2026-04-10TMO", "context", "occurred", "nicht neutral, sondern auf der Seite des Friedens",
          note="Modi is not canonical; the offer is addressed to both sides."),
        E("Zelensky asks India to use its influence in Moscow for a ceasefire and the return of children", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2026-04-10TMO", "context", "occurred", "Selenski bat Indien"),
        E("Zelensky criticises India's purchases of Russian crude", "ACCUSE", ["Volodymyr Zelensky"], "2026-04-10",
          "context", "occurred", "Russlands Kriegskasse füllen", note="The target, India, is not canonical."),
        E("India and Ukraine sign declarations of intent", "AGREE", ["Ukraine"], "2026-04-10", "context", "occurred",
          "Absichtserklärungen"),
        E("India pledges twelve more Bhishm mobile hospitals by the summer", "AID", ["Ukraine"], "2026-SU", "text",
          "planned", "Krankenstationen vom Typ Bhishm", note="Pledged on 10 April 2026; India is not canonical."),
        E("Peskov: Russia respects India's sovereign right to relations with any state", "SUPPORT", ["Dmitry Peskov"],
          "2026-04-10", "published", "occurred", "souveräne Recht Indiens"),
        E("Putin visited New Delhi", "CONSULT", ["Vladimir Putin"], "2025-12", "text", "occurred",
          "bei seinem Staatsbesuch in Neu-Delhi"),
        E("Putin assured Modi of uninterrupted oil deliveries", "AGREE", ["Vladimir Putin"], "2025-12", "context",
          "occurred", "bei seinem Staatsbesuch in Neu-Delhi"),
        E("Russian drone and missile attack on Kharkiv and Odesa", "ASSAULT", ["Russia", "Ukraine"],
          "2026-04-09TNI", "text", "occurred", "griff Russland nach ukrainischen Angaben"),
        E("US tariffs on Indian goods over the oil purchases", "SANCTION", ["United States"], "2025-08", "text",
          "occurred", "Strafzölle auf indische Waren", date_mod="START", note="India is not canonical."),
        E("Washington welcomes Zelensky's visit", "SUPPORT", ["United States", "Volodymyr Zelensky"], "2026-04-10",
          "published", "occurred", "begrüsste den Besuch"),
        E("Next round of Russia-Ukraine-US talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
          "2026-W16", "text", "planned", "Die nächste Runde der Gespräche"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Asks India to use its influence in Moscow for a ceasefire and the children",
          "2026-04-10TMO", "context", "Selenski bat Indien"),
        S("Volodymyr Zelensky", "India's crude purchases fill Russia's war chest", "2026-04-10", "context",
          "Russlands Kriegskasse füllen"),
        S("Kremlin", "Reacted calmly to the visit", "2026-04-10", "published", "Der Kreml reagierte gelassen."),
        S("Dmitry Peskov", "Russia respects India's sovereign right; the strategic partnership is unaffected",
          "2026-04-10", "published", "souveräne Recht Indiens"),
        S("Vladimir Putin", "Assured Modi of uninterrupted oil deliveries", "2025-12", "context",
          "bei seinem Staatsbesuch in Neu-Delhi"),
        S("Ukraine", "Russia attacked Kharkiv and Odesa with more than 300 drones and several missiles",
          "2026-04-10", "published", "griff Russland nach ukrainischen Angaben"),
        S("United States", "Welcomes Zelensky's visit to India", "2026-04-10", "published", "begrüsste den Besuch"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "United States"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
