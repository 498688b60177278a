"""German articles of the blind30 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- b30de01 (Leipziger Volkszeitung)
DOCS.append(dict(
    id="b30de01_turbine_muelheim_2022_08",
    lang="de",
    published="2022-08-03",
    body="""
Scholz an der Turbine: „Sie kann jederzeit geliefert werden“

Mülheim/Leipzig. Bundeskanzler Olaf Scholz (SPD) hat am Mittwoch im Werk von Siemens Energy in Mülheim an der Ruhr jene Gasturbine besichtigt, um die seit Wochen ein Streit mit Moskau tobt.
Die Turbine für die Ostseepipeline Nord Stream 1 sei voll einsatzfähig und könne jederzeit nach Russland transportiert werden, sagte Scholz vor der mannshohen Maschine.
„Es muss nur jemand sagen: Ich will sie haben“, fügte der Kanzler hinzu.
Russland habe keinerlei nachvollziehbare Gründe, die Gaslieferungen nach Deutschland weiter zu drosseln.
An den Sanktionen gegen Moskau werde die Bundesregierung trotzdem festhalten, betonte Scholz.

Der Kreml wies die Darstellung noch am Nachmittag zurück.
Kremlsprecher Dmitri Peskow sagte in Moskau, die Sanktionen des Westens machten die Rücklieferung kompliziert, zudem fehlten weiterhin die nötigen Papiere.
Der Staatskonzern Gazprom hatte bereits in der vergangenen Woche erklärt, Siemens habe die erforderlichen Unterlagen nicht vorgelegt, und die Durchleitung durch Nord Stream 1 am 27. Juli auf rund 20 Prozent der Kapazität gesenkt.
Aus Regierungskreisen in Berlin hieß es, Moskau setze Energie gezielt als Druckmittel ein.

Die Turbine war in Kanada gewartet worden.
Ottawa hatte Mitte Juli auf Bitten Berlins eine Ausnahme von den eigenen Russland-Sanktionen gewährt, damit das Bauteil zurückgeschickt werden kann.
Die Ukraine kritisierte das scharf und bestellte den kanadischen Botschafter ins Außenministerium ein.
Präsident Wolodymyr Selenskyj sprach damals von einem gefährlichen Präzedenzfall, der Moskau zu weiteren Erpressungen ermutige.

Die EU-Staaten hatten sich vor gut einer Woche darauf verständigt, ihren Gasverbrauch bis zum Frühjahr freiwillig um 15 Prozent zu senken.
Kommissionspräsidentin Ursula von der Leyen hatte Russland zuvor vorgeworfen, Europa mit seinen Gaslieferungen zu erpressen.
Ob die Turbine in den kommenden Tagen tatsächlich auf die Reise geht, ist offen.

In Leipzig wird der Streit mit besonderer Sorge verfolgt.
Der Gasimporteur VNG, der vor allem Stadtwerke in Ostdeutschland beliefert, muss ausbleibende russische Mengen derzeit teuer am Markt nachkaufen.
An der Leipziger Energiebörse EEX stieg der Preis für Gas zur Lieferung im kommenden Jahr am Mittwoch erneut.
Ein Unternehmenssprecher sagte der LVZ, man stehe wegen möglicher Stabilisierungshilfen in engem Austausch mit dem Bund.
""",
    timexes=[
        T("Mittwoch", "DATE", "2022-08-03"),
        T("Wochen", "DURATION", "PXW"),
        T("Nachmittag", "TIME", "2022-08-03TAF"),
        T("der vergangenen Woche", "DATE", "2022-W30"),
        T("27. Juli", "DATE", "2022-07-27"),
        T("Mitte Juli", "DATE", "2022-07", mod="MID"),
        T("vor gut einer Woche", "DATE", "2022-W30", mod="APPROX"),
        T("Frühjahr", "DATE", "2023-SP", note="the EU plan ran until 31 March 2023"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("kommenden Jahr", "DATE", "2023"),
        T("Mittwoch", "DATE", "2022-08-03", n=1),
    ],
    events=[
        E("Scholz: Russia has no plausible reason to throttle gas deliveries", "ACCUSE",
          ["Olaf Scholz", "Russia"], "2022-08-03", "context", "occurred", "keinerlei nachvollziehbare Gründe"),
        E("Scholz: Berlin keeps its sanctions against Moscow", "REJECT",
          ["Olaf Scholz", "Russia"], "2022-08-03", "context", "occurred", "An den Sanktionen gegen Moskau"),
        E("Peskov blames Western sanctions for the turbine's delayed return", "ACCUSE",
          ["Dmitry Peskov"], "2022-08-03TAF", "context", "occurred", "die Sanktionen des Westens machten"),
        E("Gazprom blames Siemens for missing documents", "ACCUSE",
          ["Russia"], "2022-W30", "text", "occurred", "Siemens habe die erforderlichen Unterlagen",
          note="Gazprom, a state company, counts as Russia; Siemens is not canonical"),
        E("Gazprom cuts Nord Stream 1 flows to about 20 percent", "SANCTION",
          ["Russia", "Germany"], "2022-07-27", "text", "occurred", "Siemens habe die erforderlichen Unterlagen"),
        E("German government sources: Moscow uses energy as a lever", "ACCUSE",
          ["Germany", "Russia"], "2022-08-03", "published", "occurred", "Energie gezielt als Druckmittel"),
        E("Berlin asked Canada for a sanctions waiver for the turbine", "REQUEST",
          ["Germany"], "2022-07", "text", "occurred", "auf Bitten Berlins", date_mod="MID",
          note="Canada is not canonical"),
        E("Canada granted the waiver requested by Berlin", "AGREE",
          ["Germany"], "2022-07", "text", "occurred", "auf Bitten Berlins", date_mod="MID",
          note="Canada is not canonical"),
        E("Ukraine criticised the waiver and summoned Canada's ambassador", "ACCUSE",
          ["Ukraine"], "2022-07", "context", "occurred", "bestellte den kanadischen Botschafter",
          date_mod="MID", note="about 10-11 July 2022"),
        E("Zelensky: dangerous precedent encouraging Moscow's blackmail", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-07", "context", "occurred", "gefährlichen Präzedenzfall",
          date_mod="MID"),
        E("EU states agree to cut gas use by 15 percent", "AGREE",
          ["European Union"], "2022-W30", "text", "occurred", "vor gut einer Woche darauf verständigt",
          date_mod="APPROX", note="26 July 2022"),
        E("Von der Leyen accuses Russia of gas blackmail", "ACCUSE",
          ["Ursula von der Leyen", "Russia"], "2022-08-03", "published", "occurred", "Europa mit seinen Gaslieferungen",
          note="said when the plan was presented on 20 July 2022"),
    ],
    statements=[
        S("Olaf Scholz", "The turbine is ready and can be shipped to Russia any time", "2022-08-03", "context",
          "voll einsatzfähig"),
        S("Olaf Scholz", "Someone only has to say they want it", "2022-08-03", "context", "Ich will sie haben"),
        S("Olaf Scholz", "Russia has no plausible reason to cut gas deliveries", "2022-08-03", "context",
          "keinerlei nachvollziehbare Gründe"),
        S("Olaf Scholz", "Berlin will keep the sanctions", "2022-08-03", "context", "An den Sanktionen gegen Moskau"),
        S("Kremlin", "Rejected Scholz's account", "2022-08-03TAF", "text", "Der Kreml wies die Darstellung"),
        S("Dmitry Peskov", "Western sanctions complicate the return; papers still missing", "2022-08-03TAF", "context",
          "die Sanktionen des Westens machten"),
        S("Russia", "Gazprom: Siemens did not submit the required documents", "2022-W30", "text",
          "Siemens habe die erforderlichen Unterlagen"),
        S("Germany", "Government sources: Moscow uses energy as a lever", "2022-08-03", "published",
          "Energie gezielt als Druckmittel"),
        S("Ukraine", "Sharply criticised the Canadian waiver", "2022-07", "context", "bestellte den kanadischen Botschafter"),
        S("Volodymyr Zelensky", "The waiver is a dangerous precedent encouraging blackmail", "2022-07", "context",
          "gefährlichen Präzedenzfall"),
        S("Ursula von der Leyen", "Russia is blackmailing Europe with gas", "2022-08-03", "published",
          "Europa mit seinen Gaslieferungen"),
    ],
    actors=["Olaf Scholz", "Germany", "Russia", "Kremlin", "Dmitry Peskov", "Ukraine", "Volodymyr Zelensky",
            "European Union", "Ursula von der Leyen"],
))

# --------------------------------------------------------------------------- b30de02 (Oberösterreichische Nachrichten)
DOCS.append(dict(
    id="b30de02_osze_pv_wien_2023_02",
    lang="de",
    published="2023-02-24",
    body="""
Russische Abgeordnete in der Hofburg: Ukraine boykottiert OSZE-Tagung in Wien

Wien/Linz. Unter Protesten hat am Donnerstag in der Wiener Hofburg die Wintertagung der Parlamentarischen Versammlung der OSZE begonnen – mit einer russischen Delegation im Saal.
Die Ukraine blieb dem zweitägigen Treffen aus Protest fern, ebenso die Abgeordneten Litauens.
Kiew hatte Österreich bereits im Jänner aufgefordert, den russischen Parlamentariern die Einreise zu verweigern.
Delegationsleiter Mykyta Poturajew sprach von einer „Bühne für Kriegspropaganda“.

Das Außenministerium in Wien verwies auf seine Verpflichtungen als Sitzstaat der Organisation.
Österreich sei rechtlich gebunden, Delegierten aller 57 Teilnehmerstaaten Visa auszustellen, hieß es aus dem Ressort von Außenminister Alexander Schallenberg (ÖVP).
Mehrere Abgeordnete, darunter solche aus Polen und Deutschland, verließen den Saal, als der russische Delegationsleiter Pjotr Tolstoi ans Rednerpult trat.
Tolstoi warf dem Westen vor, die Ukraine mit Waffen vollzupumpen und den Krieg damit zu verlängern.

Aus Moskau kam Spott.
Außenamtssprecherin Maria Sacharowa sagte, die Proteste zeigten, dass der Westen keinen Dialog wolle.
Kremlsprecher Dmitri Peskow erklärte am Freitag, Russland werde seine Positionen „auf jeder Plattform“ vertreten, die ihm offenstehe.

Die Tagung fällt auf den ersten Jahrestag des russischen Angriffs.
In New York hatte die UN-Generalversammlung am Donnerstag mit 141 Stimmen einen sofortigen Abzug der russischen Truppen gefordert.
Russland und Belarus stimmten mit fünf weiteren Staaten dagegen, China enthielt sich.
Präsident Wolodymyr Selenskyj sagte in einer Videobotschaft, die Welt habe „klar gezeigt, auf welcher Seite sie steht“.
UN-Generalsekretär António Guterres hatte den Krieg zuvor einen „Affront gegen unser kollektives Gewissen“ genannt.

In Oberösterreich stieß die Wiener Entscheidung auf geteiltes Echo.
Landeshauptmann Thomas Stelzer (ÖVP) verteidigte die Einreise der Russen als Pflicht des Gastgeberlandes, die Grünen sprachen von einem „fatalen Signal“.
Nächste Woche will Schallenberg in Kiew weitere humanitäre Hilfe zusagen, wie sein Büro den OÖN bestätigte.
""",
    timexes=[
        T("Donnerstag", "DATE", "2023-02-23"),
        T("zweitägigen", "DURATION", "P2D"),
        T("Jänner", "DATE", "2023-01"),
        T("Freitag", "DATE", "2023-02-24"),
        T("Donnerstag", "DATE", "2023-02-23", n=1),
        T("Nächste Woche", "DATE", "2023-W09"),
    ],
    events=[
        E("OSCE Parliamentary Assembly winter session opens in Vienna with a Russian delegation", "CONSULT",
          ["Russia"], "2023-02-23", "text", "occurred", "Unter Protesten hat am Donnerstag",
          note="the OSCE PA and Austria are not canonical"),
        E("Ukraine boycotts the session", "REJECT",
          ["Ukraine", "Russia"], "2023-02-23", "context", "occurred", "Die Ukraine blieb dem zweitägigen Treffen"),
        E("Kyiv asked Austria to deny the Russian MPs entry", "REQUEST",
          ["Ukraine", "Russia"], "2023-01", "text", "occurred", "bereits im Jänner aufgefordert"),
        E("Ukrainian delegation head calls the session a stage for war propaganda", "ACCUSE",
          ["Ukraine", "Russia"], "2023-02-23", "context", "occurred", "Bühne für Kriegspropaganda"),
        E("MPs from Poland and Germany walk out when Tolstoy speaks", "REJECT",
          ["Poland", "Germany", "Russia"], "2023-02-23", "context", "occurred", "verließen den Saal"),
        E("Tolstoy accuses the West of prolonging the war with weapons", "ACCUSE",
          ["Russia"], "2023-02-23", "context", "occurred", "mit Waffen vollzupumpen"),
        E("Zakharova: the protests show the West does not want dialogue", "ACCUSE",
          ["Maria Zakharova"], "2023-02-24", "published", "occurred", "keinen Dialog wolle"),
        E("UN General Assembly demands immediate Russian withdrawal", "REQUEST",
          ["United Nations", "Russia"], "2023-02-23", "text", "occurred", "mit 141 Stimmen"),
        E("Russia and Belarus vote against the resolution", "REJECT",
          ["Russia", "Belarus"], "2023-02-23", "context", "occurred", "Russland und Belarus stimmten"),
        E("Guterres calls the war an affront to the collective conscience", "ACCUSE",
          ["António Guterres", "Russia"], "2023-02-24", "published", "occurred", "Affront gegen unser",
          note="said at the opening of the General Assembly debate on 22 February 2023"),
        E("Schallenberg to travel to Kyiv", "CONSULT",
          ["Ukraine"], "2023-W09", "text", "planned", "Nächste Woche will Schallenberg",
          note="invented detail; Austria is not canonical"),
        E("Austria to pledge further humanitarian aid in Kyiv", "AID",
          ["Ukraine"], "2023-W09", "text", "planned", "Nächste Woche will Schallenberg",
          note="invented detail; Austria is not canonical"),
    ],
    statements=[
        S("Ukraine", "Asked Austria to deny entry to the Russian MPs", "2023-01", "text", "bereits im Jänner aufgefordert"),
        S("Ukraine", "The session is a stage for war propaganda (Poturaev)", "2023-02-23", "context",
          "Bühne für Kriegspropaganda"),
        S("Russia", "Tolstoy: the West pumps weapons into Ukraine and prolongs the war", "2023-02-23", "context",
          "mit Waffen vollzupumpen"),
        S("Russia", "Moscow mocked the protests", "2023-02-24", "published", "Aus Moskau kam Spott."),
        S("Maria Zakharova", "The protests show the West does not want dialogue", "2023-02-24", "published",
          "keinen Dialog wolle"),
        S("Dmitry Peskov", "Russia will present its positions on every platform open to it", "2023-02-24", "text",
          "auf jeder Plattform"),
        S("Volodymyr Zelensky", "The world has clearly shown which side it is on", "2023-02-23", "context",
          "auf welcher Seite sie steht"),
        S("António Guterres", "The war is an affront to our collective conscience", "2023-02-24", "published",
          "Affront gegen unser"),
    ],
    actors=["Ukraine", "Russia", "Poland", "Germany", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
            "United Nations", "Belarus", "China", "Volodymyr Zelensky", "António Guterres"],
))

# --------------------------------------------------------------------------- b30de03 (Nürnberger Nachrichten)
DOCS.append(dict(
    id="b30de03_nuernberg_tribunal_2025_11",
    lang="de",
    published="2025-11-20",
    body="""
80 Jahre Nürnberger Prozesse: Sybiha fordert Tribunal gegen Russlands Führung

Nürnberg. Zum 80. Jahrestag des Prozessbeginns haben Politiker und Juristen am Donnerstag im Saal 600 des Justizpalasts an die Verfolgung der NS-Hauptkriegsverbrecher erinnert – und den Blick auf die Ukraine gerichtet.
Der ukrainische Außenminister Andrij Sybiha forderte in seiner Rede, die Verantwortlichen für den russischen Angriffskrieg vor ein Sondertribunal zu stellen.
„Was hier 1945 begonnen hat, muss in Den Haag vollendet werden“, sagte Sybiha.
Präsident Wolodymyr Selenskyj war per Video zugeschaltet.
Er dankte den Europäern für ihre Unterstützung und rief dazu auf, das Tribunal im kommenden Jahr arbeitsfähig zu machen.

Die Ukraine und der Europarat hatten das Abkommen über das Sondertribunal für das Verbrechen der Aggression im Juni in Straßburg unterzeichnet.
Bislang haben sich rund 40 Staaten dem erweiterten Teilabkommen angeschlossen, darunter Deutschland.
Bundeskanzler Friedrich Merz ließ in einer Grußbotschaft erklären, die Bundesrepublik werde sich am Aufbau des Gerichts auch finanziell beteiligen.
Europarats-Generalsekretär Alain Berset sagte, die Arbeit solle in Den Haag beginnen, sobald genügend Mittel gesichert seien.

Moskau reagierte mit scharfer Ablehnung.
Außenamtssprecherin Maria Sacharowa nannte das Tribunal eine „juristische Farce“ und warf dem Westen vor, die Erinnerung an Nürnberg für antirussische Propaganda zu missbrauchen.
Russland erkenne keine Entscheidungen eines solchen Gremiums an, sagte sie.
Kremlsprecher Dmitri Peskow erklärte, man werde sich „nicht einmal die Mühe machen“, das Thema zu kommentieren.

Überschattet wurde die Gedenkfeier von Berichten über einen neuen US-Friedensplan.
Nach Medienberichten sieht der 28 Punkte umfassende Entwurf, den der US-Sondergesandte Steve Witkoff mit dem russischen Unterhändler Kirill Dmitrijew ausgearbeitet haben soll, auch eine Amnestie für alle Kriegsbeteiligten vor.
Sybiha sagte in Nürnberg, über Gerechtigkeit werde man nicht hinter dem Rücken der Opfer verhandeln.
US-Armeeminister Dan Driscoll wurde am Donnerstag in Kiew erwartet, um Selenskyj den Plan vorzulegen.

Vor dem Justizpalast in der Fürther Straße demonstrierten am Vormittag rund 200 Menschen mit ukrainischen Fahnen.
Oberbürgermeister Marcus König (CSU) erinnerte daran, dass Nürnberg seit 1990 eine Städtepartnerschaft mit Charkiw pflegt.
Das Memorium Nürnberger Prozesse zeigt bis Ende Januar eine Sonderausstellung zum Thema.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-11-20"),
        T("1945", "DATE", "1945"),
        T("kommenden Jahr", "DATE", "2026"),
        T("Juni", "DATE", "2025-06"),
        T("Donnerstag", "DATE", "2025-11-20", n=1),
        T("Vormittag", "TIME", "2025-11-20TMO"),
        T("1990", "DATE", "1990"),
        T("Ende Januar", "DATE", "2026-01", mod="END"),
    ],
    events=[
        E("Sybiha demands a special tribunal for those responsible for Russia's war", "REQUEST",
          ["Andrii Sybiha", "Russia"], "2025-11-20", "context", "occurred", "vor ein Sondertribunal zu stellen"),
        E("Zelensky calls for the tribunal to be operational next year", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-11-20", "context", "occurred", "im kommenden Jahr arbeitsfähig"),
        E("Ukraine and the Council of Europe signed the tribunal agreement", "AGREE",
          ["Ukraine"], "2025-06", "text", "occurred", "im Juni in Straßburg unterzeichnet",
          note="the Council of Europe is not canonical"),
        E("Merz: Germany will help finance the tribunal", "AGREE",
          ["Friedrich Merz", "Germany", "Ukraine"], "2025-11-20", "context", "planned", "auch finanziell beteiligen"),
        E("Zakharova calls the tribunal a farce and accuses the West of abusing Nuremberg", "ACCUSE",
          ["Maria Zakharova"], "2025-11-20", "published", "occurred", "juristische Farce"),
        E("Zakharova: Russia will not recognise the tribunal's decisions", "REJECT",
          ["Maria Zakharova", "Russia"], "2025-11-20", "published", "occurred", "Russland erkenne keine Entscheidungen"),
        E("Witkoff reportedly drafted the 28-point plan with Dmitriev", "CONSULT",
          ["Steve Witkoff", "Kirill Dmitriev"], "2025-11-20", "published", "uncertain", "28 Punkte umfassende Entwurf",
          note="reported that week; the drafting talks took place in late October 2025"),
        E("Sybiha rejects negotiating justice behind the victims' backs", "REJECT",
          ["Andrii Sybiha"], "2025-11-20", "context", "occurred", "hinter dem Rücken der Opfer"),
        E("US Army Secretary Driscoll expected in Kyiv to meet Zelensky", "CONSULT",
          ["United States", "Volodymyr Zelensky"], "2025-11-20", "text", "planned", "Dan Driscoll wurde am Donnerstag"),
        E("Driscoll to present the US plan to Zelensky", "REQUEST",
          ["United States", "Volodymyr Zelensky"], "2025-11-20", "text", "planned", "Dan Driscoll wurde am Donnerstag"),
    ],
    statements=[
        S("Andrii Sybiha", "Demands a special tribunal for Russia's leaders", "2025-11-20", "context",
          "vor ein Sondertribunal zu stellen"),
        S("Andrii Sybiha", "What began in Nuremberg in 1945 must be completed in The Hague", "2025-11-20", "context",
          "muss in Den Haag vollendet werden"),
        S("Volodymyr Zelensky", "Thanks Europeans; tribunal should work next year", "2025-11-20", "context",
          "im kommenden Jahr arbeitsfähig"),
        S("Friedrich Merz", "Germany will contribute financially to the tribunal", "2025-11-20", "context",
          "auch finanziell beteiligen"),
        S("Russia", "Moscow sharply rejects the tribunal", "2025-11-20", "published", "Moskau reagierte mit scharfer Ablehnung."),
        S("Maria Zakharova", "The tribunal is a legal farce; the West abuses Nuremberg", "2025-11-20", "published",
          "juristische Farce"),
        S("Maria Zakharova", "Russia will not recognise its decisions", "2025-11-20", "published",
          "Russland erkenne keine Entscheidungen"),
        S("Dmitry Peskov", "Will not even bother commenting", "2025-11-20", "published", "nicht einmal die Mühe machen"),
        S("Andrii Sybiha", "Justice will not be negotiated behind the victims' backs", "2025-11-20", "context",
          "hinter dem Rücken der Opfer"),
    ],
    actors=["Andrii Sybiha", "Ukraine", "Russia", "Volodymyr Zelensky", "European Union", "Germany", "Friedrich Merz",
            "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States", "Steve Witkoff", "Kirill Dmitriev"],
))

# --------------------------------------------------------------------------- b30de04 (Saarbrücker Zeitung, fiction)
DOCS.append(dict(
    id="b30de04_ministerrat_saarbruecken_2026_03",
    lang="de",
    published="2026-03-25",
    body="""
Ministerrat in Saarbrücken: Merz und Macron verlangen Waffenruhe vor Ostern

Saarbrücken. Bundeskanzler Friedrich Merz und Frankreichs Präsident Emmanuel Macron haben Russland am Dienstagabend aufgefordert, einer umfassenden Waffenruhe noch vor dem orthodoxen Osterfest zuzustimmen.
Beim deutsch-französischen Ministerrat, dem ersten im Saarland, unterzeichneten beide Regierungen zudem eine Erklärung über die gemeinsame Beschaffung von Flugabwehrsystemen für die Ukraine.
„Die Zeit der halben Schritte ist vorbei“, sagte Merz auf der Pressekonferenz im Saarbrücker Schloss.
Macron ergänzte, Europa werde der Ukraine so lange beistehen, wie Moskau Städte und Kraftwerke bombardiere.

Der ukrainische Präsident Wolodymyr Selenskyj war für knapp eine Stunde per Video zugeschaltet.
Er dankte für die Zusage und bat um zusätzliche Patriot-Abfangraketen vor dem nächsten Winter.
Nach Angaben aus Delegationskreisen sollen die ersten gemeinsam finanzierten Systeme bis Ende des Jahres geliefert werden.
Am Rande telefonierten Merz und Macron gemeinsam mit US-Präsident Donald Trump.

Der Kreml wies die Forderung am Mittwoch zurück.
Eine Waffenruhe ohne Lösung der „Grundursachen“ des Konflikts sei für Moskau nicht akzeptabel, sagte Kremlsprecher Dmitri Peskow.
Europa habe sich mit seinen Waffenlieferungen selbst aus dem Friedensprozess ausgeschlossen.
Außenminister Sergej Lawrow kündigte an, Russland werde auf die gemeinsame Beschaffung „angemessen reagieren“.

Zuletzt waren die von den USA vermittelten Gespräche zwischen Russland und der Ukraine ins Stocken geraten.
Eine für Anfang März in Abu Dhabi geplante Verhandlungsrunde war kurzfristig abgesagt worden.
Der US-Sondergesandte Steve Witkoff will nach Angaben des Weißen Hauses in der kommenden Woche erneut nach Moskau reisen.
In der Nacht zum Mittwoch griff Russland nach ukrainischen Angaben erneut Energieanlagen in der Region Odessa an.

Für Saarbrücken war der Ministerrat ein Ereignis mit Symbolkraft.
Ministerpräsidentin Anke Rehlinger (SPD) sprach von einem „Tag der Grenzregion“.
Schon am Morgen hatten Hunderte Schaulustige am Schlossplatz auf die Wagenkolonne gewartet.
Der nächste Ministerrat soll im Herbst in Frankreich stattfinden.
""",
    timexes=[
        T("Dienstagabend", "TIME", "2026-03-24TEV"),
        T("dem orthodoxen Osterfest", "DATE", "2026-04-12"),
        T("knapp eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("dem nächsten Winter", "DATE", "2026-WI"),
        T("Ende des Jahres", "DATE", "2026", mod="END"),
        T("Mittwoch", "DATE", "2026-03-25"),
        T("Zuletzt", "DATE", "PAST_REF"),
        T("Anfang März", "DATE", "2026-03", mod="START"),
        T("der kommenden Woche", "DATE", "2026-W14"),
        T("der Nacht zum Mittwoch", "TIME", "2026-03-24TNI", note="night to Wednesday 25 March 2026"),
        T("Morgen", "TIME", "2026-03-24TMO"),
        T("Herbst", "DATE", "2026-FA"),
    ],
    events=[
        E("Merz and Macron demand Russia agree to a ceasefire before Orthodox Easter", "REQUEST",
          ["Friedrich Merz", "Emmanuel Macron", "Russia"], "2026-03-24TEV", "text", "occurred",
          "einer umfassenden Waffenruhe noch vor"),
        E("Franco-German council of ministers in Saarbrücken", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Germany", "France"], "2026-03-24", "context", "occurred",
          "Beim deutsch-französischen Ministerrat"),
        E("Germany and France sign a declaration on joint air-defence procurement for Ukraine", "AGREE",
          ["Germany", "France", "Ukraine"], "2026-03-24", "context", "occurred", "Beim deutsch-französischen Ministerrat"),
        E("Macron: Europe will stand by Ukraine as long as Moscow bombs its cities", "AGREE",
          ["Emmanuel Macron", "European Union", "Ukraine"], "2026-03-24TEV", "context", "occurred",
          "so lange beistehen"),
        E("Zelensky joins the council by video", "CONSULT",
          ["Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron"], "2026-03-24", "context", "occurred",
          "per Video zugeschaltet"),
        E("Zelensky asks for more Patriot interceptors before winter", "REQUEST",
          ["Volodymyr Zelensky", "Germany", "France"], "2026-03-24", "context", "occurred", "Patriot-Abfangraketen"),
        E("First jointly financed air-defence systems to be delivered by year end", "AID",
          ["Germany", "France", "Ukraine"], "2026", "text", "planned", "bis Ende des Jahres geliefert", date_mod="END"),
        E("Merz and Macron phone Trump together", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Donald Trump"], "2026-03-24", "context", "occurred",
          "telefonierten Merz und Macron"),
        E("Peskov rejects a ceasefire without resolving the root causes", "REJECT",
          ["Dmitry Peskov", "Friedrich Merz", "Emmanuel Macron"], "2026-03-25", "context", "occurred", "Grundursachen"),
        E("Peskov makes the root causes a condition of a ceasefire", "REQUEST",
          ["Dmitry Peskov"], "2026-03-25", "context", "occurred", "Grundursachen"),
        E("Peskov: Europe excluded itself from the peace process", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2026-03-25", "context", "occurred", "selbst aus dem Friedensprozess"),
        E("Lavrov: Russia will respond to the joint procurement", "THREATEN",
          ["Sergey Lavrov", "Russia", "Germany", "France"], "2026-03-25", "published", "occurred", "angemessen reagieren"),
        E("Abu Dhabi round planned for early March called off", "CONSULT",
          ["Russia", "Ukraine", "United States"], "2026-03", "text", "cancelled", "in Abu Dhabi geplante",
          date_mod="START"),
        E("Witkoff to travel to Moscow next week", "CONSULT",
          ["Steve Witkoff", "Russia"], "2026-W14", "text", "planned", "erneut nach Moskau reisen"),
        E("Russian strikes on energy facilities in the Odesa region", "ASSAULT",
          ["Russia", "Ukraine"], "2026-03-24TNI", "text", "occurred", "Energieanlagen in der Region Odessa"),
        E("Next Franco-German council of ministers in France in autumn", "CONSULT",
          ["Germany", "France"], "2026-FA", "text", "planned", "Der nächste Ministerrat"),
    ],
    statements=[
        S("Joint statement: Friedrich Merz, Emmanuel Macron", "Russia must agree to a full ceasefire before Orthodox Easter",
          "2026-03-24TEV", "text", "einer umfassenden Waffenruhe noch vor"),
        S("Friedrich Merz", "The time of half measures is over", "2026-03-24TEV", "context", "halben Schritte"),
        S("Emmanuel Macron", "Europe will stand by Ukraine as long as Moscow bombs cities", "2026-03-24TEV", "context",
          "so lange beistehen"),
        S("Volodymyr Zelensky", "Thanks for the pledge; asks for more Patriot interceptors", "2026-03-24", "context",
          "Patriot-Abfangraketen"),
        S("Kremlin", "Rejected the demand", "2026-03-25", "text", "Der Kreml wies die Forderung"),
        S("Dmitry Peskov", "A ceasefire without resolving the root causes is unacceptable", "2026-03-25", "context",
          "Grundursachen"),
        S("Dmitry Peskov", "Europe has excluded itself from the peace process", "2026-03-25", "context",
          "selbst aus dem Friedensprozess"),
        S("Sergey Lavrov", "Russia will respond appropriately to the procurement", "2026-03-25", "published",
          "angemessen reagieren"),
        S("White House", "Witkoff will travel to Moscow next week", "2026-03-25", "published", "erneut nach Moskau reisen"),
        S("Ukraine", "Russia again attacked energy facilities in the Odesa region", "2026-03-25", "published",
          "Energieanlagen in der Region Odessa"),
    ],
    actors=["Friedrich Merz", "Emmanuel Macron", "Russia", "Germany", "France", "Ukraine", "European Union",
            "Volodymyr Zelensky", "Donald Trump", "United States", "Kremlin", "Dmitry Peskov", "Sergey Lavrov",
            "Steve Witkoff", "White House"],
))

# --------------------------------------------------------------------------- b30de05 (Mannheimer Morgen)
DOCS.append(dict(
    id="b30de05_bundestagswahl_reaktionen_2025_02",
    lang="de",
    published="2025-02-24",
    body="""
Nach der Bundestagswahl: Kiew setzt auf Merz, Moskau gibt sich abwartend

Berlin/Mannheim. Einen Tag nach dem Wahlsieg der Union richten sich in Kiew große Hoffnungen auf den künftigen Kanzler Friedrich Merz.
Präsident Wolodymyr Selenskyj gratulierte dem CDU-Vorsitzenden noch in der Nacht zum Montag und lud ihn nach Kiew ein.
Er freue sich darauf, mit Merz „an einem starken Europa zu arbeiten“, schrieb Selenskyj auf X.
Merz hatte im Wahlkampf angekündigt, der Ukraine notfalls auch Taurus-Marschflugkörper zu liefern, wenn dies mit den europäischen Partnern abgestimmt sei.

Merz selbst schlug am Sonntagabend ungewohnt scharfe Töne gegenüber Washington an.
Seine absolute Priorität sei es, Europa so schnell wie möglich zu stärken, damit es Schritt für Schritt Unabhängigkeit von den USA erreiche, sagte er in der Elefantenrunde.
Er werde Selenskyj in den nächsten Tagen anrufen und so bald wie möglich nach Kiew reisen, kündigte der CDU-Chef am Montag in Berlin an.

Der Kreml reagierte zurückhaltend.
Man werde die künftige Bundesregierung an ihren Taten messen, sagte Kremlsprecher Dmitri Peskow am Montag.
Moskau sei zu Kontakten mit Berlin bereit, wenn Deutschland eine „vernünftige Position“ einnehme.
Außenamtssprecherin Maria Sacharowa warf Merz vor, mit seinen Taurus-Plänen „offen auf Eskalation“ zu setzen.

Glückwünsche kamen auch aus Paris und London.
Frankreichs Präsident Emmanuel Macron telefonierte nach Angaben des Élysée-Palasts bereits am Sonntagabend mit Merz.
Macron reist am Montag nach Washington, wo er US-Präsident Donald Trump zu einem Gespräch über die Ukraine treffen will.
Der britische Premier Keir Starmer lud Merz zu einem Treffen europäischer Staats- und Regierungschefs nach London ein, das für Anfang März geplant ist.

Die Ukraine begeht an diesem Montag den dritten Jahrestag der russischen Vollinvasion.
In Kiew wurden zahlreiche europäische Regierungschefs erwartet, darunter Kommissionspräsidentin Ursula von der Leyen.
Russland überzog die Ukraine in der Nacht zum Sonntag mit 267 Drohnen, so vielen wie nie zuvor, wie die ukrainische Luftwaffe mitteilte.

Auch in Mannheim verfolgten viele der hier lebenden Ukrainerinnen und Ukrainer den Wahlabend mit Spannung.
Der Verein Ukrainer in Mannheim hofft nach Worten seiner Vorsitzenden, dass die neue Regierung die Hilfe für Kiew nicht nur fortsetzt, sondern ausweitet.
""",
    timexes=[
        T("der Nacht zum Montag", "TIME", "2025-02-23TNI", note="night to Monday 24 February 2025"),
        T("Sonntagabend", "TIME", "2025-02-23TEV"),
        T("den nächsten Tagen", "DATE", "FUTURE_REF"),
        T("Montag", "DATE", "2025-02-24", n=1),
        T("Montag", "DATE", "2025-02-24", n=2),
        T("Sonntagabend", "TIME", "2025-02-23TEV", n=1),
        T("Montag", "DATE", "2025-02-24", n=3),
        T("Anfang März", "DATE", "2025-03", mod="START"),
        T("diesem Montag", "DATE", "2025-02-24"),
        T("der Nacht zum Sonntag", "TIME", "2025-02-22TNI", note="night to Sunday 23 February 2025"),
    ],
    events=[
        E("Zelensky congratulates Merz", "SUPPORT",
          ["Volodymyr Zelensky", "Friedrich Merz"], "2025-02-23TNI", "text", "occurred", "gratulierte dem CDU-Vorsitzenden"),
        E("Zelensky invites Merz to Kyiv", "REQUEST",
          ["Volodymyr Zelensky", "Friedrich Merz"], "2025-02-23TNI", "text", "occurred", "gratulierte dem CDU-Vorsitzenden"),
        E("Merz's campaign pledge of Taurus missiles, in agreement with European partners", "AID",
          ["Friedrich Merz", "Ukraine"], "2025-02-24", "published", "uncertain", "Taurus-Marschflugkörper",
          note="campaign promise, conditional; no date in the text"),
        E("Merz to phone Zelensky in the coming days", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky"], "FUTURE_REF", "vague", "planned", "in den nächsten Tagen anrufen"),
        E("Merz to travel to Kyiv as soon as possible", "CONSULT",
          ["Friedrich Merz", "Ukraine"], "2025-02-24", "published", "planned", "in den nächsten Tagen anrufen",
          note="no date given; dated by the announcement"),
        E("Peskov: Moscow ready for contacts with Berlin", "AGREE",
          ["Dmitry Peskov", "Germany"], "2025-02-24", "context", "occurred", "zu Kontakten mit Berlin bereit"),
        E("Peskov's condition: a 'reasonable position' from Germany", "REQUEST",
          ["Dmitry Peskov", "Germany"], "2025-02-24", "context", "occurred", "zu Kontakten mit Berlin bereit"),
        E("Zakharova accuses Merz of betting on escalation", "ACCUSE",
          ["Maria Zakharova", "Friedrich Merz"], "2025-02-24", "published", "occurred", "offen auf Eskalation"),
        E("Macron–Merz phone call", "CONSULT",
          ["Emmanuel Macron", "Friedrich Merz"], "2025-02-23TEV", "text", "occurred", "telefonierte nach Angaben des Élysée"),
        E("Macron to meet Trump in Washington", "CONSULT",
          ["Emmanuel Macron", "Donald Trump"], "2025-02-24", "text", "planned", "Macron reist am Montag"),
        E("Starmer invites Merz to a meeting in London", "REQUEST",
          ["Keir Starmer", "Friedrich Merz"], "2025-02-24", "published", "occurred", "Starmer lud Merz"),
        E("Meeting of European leaders in London in early March", "CONSULT",
          ["Keir Starmer", "Friedrich Merz", "European Union"], "2025-03", "text", "planned", "Starmer lud Merz",
          date_mod="START", note="held on 2 March 2025"),
        E("European leaders and von der Leyen expected in Kyiv", "CONSULT",
          ["Ukraine", "European Union", "Ursula von der Leyen"], "2025-02-24", "context", "planned",
          "zahlreiche europäische Regierungschefs erwartet"),
        E("Record Russian drone attack on Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2025-02-22TNI", "text", "occurred", "267 Drohnen"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Congratulated Merz and invited him to Kyiv", "2025-02-23TNI", "text",
          "gratulierte dem CDU-Vorsitzenden"),
        S("Volodymyr Zelensky", "Looks forward to working with Merz on a strong Europe", "2025-02-23TNI", "context",
          "an einem starken Europa"),
        S("Friedrich Merz", "Would deliver Taurus if agreed with European partners", "2025-02-24", "published",
          "Taurus-Marschflugkörper"),
        S("Friedrich Merz", "Priority is strengthening Europe toward independence from the US", "2025-02-23TEV", "context",
          "Unabhängigkeit von den USA"),
        S("Friedrich Merz", "Will call Zelensky and travel to Kyiv soon", "2025-02-24", "text", "in den nächsten Tagen anrufen"),
        S("Kremlin", "Cautious reaction", "2025-02-24", "published", "Der Kreml reagierte zurückhaltend."),
        S("Dmitry Peskov", "The new government will be judged by its deeds", "2025-02-24", "text", "an ihren Taten messen"),
        S("Dmitry Peskov", "Ready for contacts if Germany takes a reasonable position", "2025-02-24", "context",
          "zu Kontakten mit Berlin bereit"),
        S("Maria Zakharova", "Merz bets openly on escalation with Taurus", "2025-02-24", "published", "offen auf Eskalation"),
        S("France", "Congratulations from Paris", "2025-02-24", "published", "Glückwünsche kamen auch aus Paris"),
        S("United Kingdom", "Congratulations from London", "2025-02-24", "published", "Glückwünsche kamen auch aus Paris"),
        S("France", "Élysée: Macron phoned Merz on Sunday evening", "2025-02-24", "published",
          "telefonierte nach Angaben des Élysée"),
        S("Ukraine", "Air force: record 267 drones overnight", "2025-02-24", "published", "267 Drohnen"),
    ],
    actors=["Volodymyr Zelensky", "Friedrich Merz", "Ukraine", "United States", "Kremlin", "Dmitry Peskov", "Germany",
            "Maria Zakharova", "France", "United Kingdom", "Emmanuel Macron", "Donald Trump", "Keir Starmer",
            "European Union", "Ursula von der Leyen", "Russia"],
))

# --------------------------------------------------------------------------- b30de06 (Nordkurier)
DOCS.append(dict(
    id="b30de06_tirana_epg_telefonat_2025_05",
    lang="de",
    published="2025-05-17",
    body="""
Gipfel in Tirana: Europäer telefonieren mit Trump – und wollen den Druck auf Putin erhöhen

Tirana/Neubrandenburg. Nach den ergebnisarmen russisch-ukrainischen Gesprächen in Istanbul haben die Staats- und Regierungschefs Deutschlands, Frankreichs, Großbritanniens und Polens am Freitag gemeinsam mit US-Präsident Donald Trump telefoniert.
An dem Gespräch am Rande des Gipfels der Europäischen Politischen Gemeinschaft in der albanischen Hauptstadt nahm auch der ukrainische Präsident Wolodymyr Selenskyj teil.
Die russische Position in Istanbul sei „inakzeptabel“, schrieb Bundeskanzler Friedrich Merz anschließend auf X.
Europa werde den Druck auf Moskau mit weiteren Sanktionen erhöhen, kündigte Merz an.

In Istanbul hatten sich am Freitag erstmals seit dem Frühjahr 2022 Delegationen Russlands und der Ukraine direkt getroffen.
Das Treffen dauerte weniger als zwei Stunden.
Beide Seiten vereinbarten nach Angaben des türkischen Außenministers Hakan Fidan einen Austausch von jeweils 1000 Gefangenen.
Der russische Delegationsleiter Wladimir Medinski zeigte sich „zufrieden“ und sagte, Moskau sei zu weiteren Kontakten bereit.
Nach ukrainischen Angaben verlangte Moskau jedoch den Abzug der ukrainischen Truppen aus vier Regionen als Bedingung für eine Waffenruhe.

Frankreichs Präsident Emmanuel Macron warf Kremlchef Wladimir Putin vor, nicht ernsthaft an Frieden interessiert zu sein.
Der britische Premier Keir Starmer nannte Putins Fernbleiben von Istanbul einen Beweis dafür, dass Moskau auf Zeit spiele.
Polens Regierungschef Donald Tusk sagte, die Europäer würden sich „nicht von russischen Spielchen täuschen lassen“.
Trump selbst kündigte an, er werde Putin treffen, „sobald wir es einrichten können“.

Der Kreml wies die Kritik zurück.
Kremlsprecher Dmitri Peskow sagte am Samstag, ein Treffen zwischen Putin und Selenskyj sei nur als Ergebnis konkreter Vereinbarungen denkbar.
Ein Gespräch Putins mit Trump könne dagegen „sehr schnell“ organisiert werden.
Am Samstagmorgen traf eine russische Drohne in der Region Sumy einen Bus mit Zivilisten, mindestens neun Menschen starben, wie ukrainische Behörden mitteilten.
Selenskyj sprach von einem „vorsätzlichen Mord an Zivilisten“.

In Mecklenburg-Vorpommern wird die Debatte über neue Sanktionen aufmerksam verfolgt.
Die Bundesregierung hatte Spekulationen über eine Wiederinbetriebnahme der Nord-Stream-Leitungen, die in Lubmin anlanden, zuletzt eine klare Absage erteilt.
Merz hatte sich zudem dafür ausgesprochen, Nord Stream 2 in das nächste EU-Sanktionspaket aufzunehmen.
Ein Sprecher der Landesregierung in Schwerin sagte dem Nordkurier, man rechne derzeit nicht mit Folgen für den Hafen Mukran.
""",
    timexes=[
        T("Freitag", "DATE", "2025-05-16"),
        T("Freitag", "DATE", "2025-05-16", n=1),
        T("dem Frühjahr 2022", "DATE", "2022-SP"),
        T("weniger als zwei Stunden", "DURATION", "PT2H", mod="LESS_THAN"),
        T("Samstag", "DATE", "2025-05-17"),
        T("Samstagmorgen", "TIME", "2025-05-17TMO"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Leaders of Germany, France, the UK and Poland phone Trump, with Zelensky", "CONSULT",
          ["Germany", "France", "United Kingdom", "Poland", "Donald Trump", "Volodymyr Zelensky"], "2025-05-16", "text",
          "occurred", "gemeinsam mit US-Präsident Donald Trump telefoniert"),
        E("Merz calls Russia's Istanbul position unacceptable", "ACCUSE",
          ["Friedrich Merz", "Russia"], "2025-05-16", "context", "occurred", "inakzeptabel"),
        E("Merz announces more European sanctions on Moscow", "SANCTION",
          ["Friedrich Merz", "European Union", "Russia"], "2025-05-16", "context", "planned", "mit weiteren Sanktionen"),
        E("Russian and Ukrainian delegations meet in Istanbul", "CONSULT",
          ["Russia", "Ukraine"], "2025-05-16", "text", "occurred", "Delegationen Russlands und der Ukraine direkt"),
        E("Agreement on a 1000-for-1000 prisoner exchange", "AGREE",
          ["Russia", "Ukraine"], "2025-05-16", "context", "occurred", "jeweils 1000 Gefangenen"),
        E("Medinsky: Moscow ready for further contacts", "AGREE",
          ["Vladimir Medinsky", "Ukraine"], "2025-05-16", "context", "occurred", "zu weiteren Kontakten bereit"),
        E("Moscow demands Ukrainian withdrawal from four regions as a ceasefire condition", "REQUEST",
          ["Russia", "Ukraine"], "2025-05-16", "context", "occurred", "aus vier Regionen"),
        E("Macron accuses Putin of not being serious about peace", "ACCUSE",
          ["Emmanuel Macron", "Vladimir Putin"], "2025-05-16", "context", "occurred", "nicht ernsthaft an Frieden"),
        E("Starmer: Putin's absence proves Moscow is playing for time", "ACCUSE",
          ["Keir Starmer", "Vladimir Putin", "Russia"], "2025-05-16", "context", "occurred", "auf Zeit spiele"),
        E("Tusk: Europeans will not be fooled by Russian games", "ACCUSE",
          ["Donald Tusk", "Russia"], "2025-05-16", "context", "occurred", "russischen Spielchen"),
        E("Trump plans to meet Putin", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-05-17", "published", "planned", "sobald wir es einrichten",
          note="no date given"),
        E("Peskov: a Putin–Zelensky meeting only after concrete agreements", "REQUEST",
          ["Dmitry Peskov", "Volodymyr Zelensky"], "2025-05-17", "text", "occurred", "konkreter Vereinbarungen"),
        E("Peskov: a Putin–Trump conversation could be arranged quickly", "AGREE",
          ["Vladimir Putin", "Donald Trump"], "2025-05-17", "context", "occurred", "sehr schnell"),
        E("Russian drone hits a bus in the Sumy region", "ASSAULT",
          ["Russia", "Ukraine"], "2025-05-17TMO", "text", "occurred", "einen Bus mit Zivilisten"),
        E("Zelensky calls the bus strike deliberate murder", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-05-17", "published", "occurred", "vorsätzlichen Mord"),
        E("Berlin rules out restarting the Nord Stream pipelines", "REJECT",
          ["Germany", "Russia"], "PAST_REF", "vague", "occurred", "klare Absage"),
        E("Merz wants Nord Stream 2 in the next EU sanctions package", "REQUEST",
          ["Friedrich Merz", "European Union"], "PAST_REF", "vague", "occurred", "Nord Stream 2 in das nächste"),
    ],
    statements=[
        S("Friedrich Merz", "Russia's position in Istanbul is unacceptable", "2025-05-16", "context", "inakzeptabel"),
        S("Friedrich Merz", "Europe will raise pressure with more sanctions", "2025-05-16", "context",
          "mit weiteren Sanktionen"),
        S("Hakan Fidan", "Both sides agreed a 1000-for-1000 exchange", "2025-05-16", "context", "jeweils 1000 Gefangenen"),
        S("Vladimir Medinsky", "Satisfied; Moscow ready for further contacts", "2025-05-16", "context",
          "zu weiteren Kontakten bereit"),
        S("Ukraine", "Moscow demanded withdrawal from four regions", "2025-05-16", "context", "aus vier Regionen"),
        S("Emmanuel Macron", "Putin is not seriously interested in peace", "2025-05-16", "context",
          "nicht ernsthaft an Frieden"),
        S("Keir Starmer", "Putin's absence shows Moscow is playing for time", "2025-05-16", "context", "auf Zeit spiele"),
        S("Donald Tusk", "Europeans will not be fooled by Russian games", "2025-05-16", "context", "russischen Spielchen"),
        S("Donald Trump", "Will meet Putin as soon as it can be arranged", "2025-05-16", "context", "sobald wir es einrichten"),
        S("Kremlin", "Rejected the criticism", "2025-05-17", "published", "Der Kreml wies die Kritik zurück."),
        S("Dmitry Peskov", "Putin–Zelensky meeting only after concrete agreements", "2025-05-17", "text",
          "konkreter Vereinbarungen"),
        S("Dmitry Peskov", "A Putin–Trump conversation could be organised very quickly", "2025-05-17", "context",
          "sehr schnell"),
        S("Ukraine", "At least nine killed when a drone hit a bus in the Sumy region", "2025-05-17", "published",
          "einen Bus mit Zivilisten"),
        S("Volodymyr Zelensky", "Deliberate murder of civilians", "2025-05-17", "published", "vorsätzlichen Mord"),
        S("Germany", "No restart of the Nord Stream pipelines", "PAST_REF", "vague", "klare Absage"),
        S("Friedrich Merz", "Nord Stream 2 should go into the next EU sanctions package", "PAST_REF", "vague",
          "Nord Stream 2 in das nächste"),
    ],
    actors=["Germany", "France", "United Kingdom", "Poland", "Donald Trump", "United States", "Volodymyr Zelensky",
            "Ukraine", "Friedrich Merz", "Russia", "European Union", "Turkey", "Hakan Fidan", "Vladimir Medinsky",
            "Emmanuel Macron", "Vladimir Putin", "Kremlin", "Keir Starmer", "Donald Tusk", "Dmitry Peskov"],
))
