"""German gold articles (fictionalised wire-style reports).  See build_gold.py."""
from build_gold import E, S, T

DOCS = []

# ---------------------------------------------------------------- de01
DOCS.append(dict(
    id="de01_istanbul_2025_05", lang="de", published="2025-05-17",
    body="""
Erste direkte Gespräche seit 2022: Russland und Ukraine vereinbaren Gefangenenaustausch in Istanbul
Istanbul (dpa) – Erstmals seit mehr als drei Jahren haben Vertreter Russlands und der Ukraine am Freitag direkt miteinander verhandelt.
Das Treffen im Dolmabahçe-Palast dauerte knapp zwei Stunden, wie das türkische Außenministerium mitteilte.
Der türkische Außenminister Hakan Fidan eröffnete die Runde mit dem Appell, die Chance auf einen Frieden nicht verstreichen zu lassen.

Nach Angaben beider Delegationen einigten sich die Unterhändler auf den Austausch von jeweils 1000 Kriegsgefangenen.
Der Leiter der russischen Delegation, Kremlberater Wladimir Medinski, zeigte sich nach dem Treffen „insgesamt zufrieden“ mit dem Ergebnis.
Man habe vereinbart, dass jede Seite ihre Vorstellungen einer künftigen Waffenruhe schriftlich darlege, sagte Medinski.
Der ukrainische Verteidigungsminister Rustem Umerow, der die Delegation aus Kiew anführte, sprach von einem Treffen „auf Augenhöhe“, betonte aber, dass eine bedingungslose Waffenruhe für 30 Tage weiterhin die Voraussetzung für echte Fortschritte sei.

Selenskyj war bereits am Donnerstag in die Türkei gereist und hatte Putin zu einem persönlichen Treffen aufgefordert, doch der Kremlchef blieb den Gesprächen fern.
In Ankara traf der ukrainische Präsident stattdessen Staatschef Recep Tayyip Erdoğan.
Der Kremlsprecher Dmitri Peskow erklärte, ein solches Gipfeltreffen sei erst denkbar, wenn die Delegationen „konkrete Ergebnisse“ erzielt hätten.

US-Präsident Donald Trump sagte am Freitag an Bord der Air Force One, er werde sich bald mit Putin treffen.
Bundeskanzler Friedrich Merz forderte, Russland müsse einer Waffenruhe zustimmen, sonst drohten neue Sanktionen der Europäischen Union.
Die EU-Kommission arbeitet derzeit an einem 17. Sanktionspaket, das in den kommenden Tagen beschlossen werden soll.
Die vereinbarte Gefangenenübergabe soll nach ukrainischen Angaben bereits kommende Woche beginnen.
Die bislang letzten direkten Gespräche hatte es im Frühjahr 2022 in Istanbul gegeben.
""",
    timexes=[
        T("2022", "DATE", "2022"),
        T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
        T("Freitag", "DATE", "2025-05-16"),
        T("knapp zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
        T("30 Tage", "DURATION", "P30D"),
        T("Donnerstag", "DATE", "2025-05-15"),
        T("Freitag", "DATE", "2025-05-16", n=1),
        T("bald", "DATE", "FUTURE_REF"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("kommende Woche", "DATE", "2025-W21"),
        T("Frühjahr 2022", "DATE", "2022-SP"),
    ],
    events=[
        E("First direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2025-05-16", "text", "occurred", "Erstmals seit mehr als drei Jahren"),
        E("Delegations agree to exchange 1,000 prisoners each", "AGREE", ["Russia", "Ukraine"],
          "2025-05-16", "context", "occurred", "einigten sich die Unterhändler"),
        E("Sides agree to set out their ceasefire visions in writing", "AGREE", ["Russia", "Ukraine"],
          "2025-05-16", "context", "occurred", "Man habe vereinbart"),
        E("Ukraine demands an unconditional 30-day ceasefire", "REQUEST", ["Rustem Umerov", "Ukraine"],
          "2025-05-16", "context", "occurred", "Rustem Umerow, der die Delegation"),
        E("Zelensky calls on Putin to meet in person in Turkey", "REQUEST", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-05-15", "text", "occurred", "Selenskyj war bereits am Donnerstag"),
        E("Zelensky meets Erdoğan in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
          "2025-05-15", "context", "occurred", "In Ankara traf"),
        E("Trump–Putin meeting", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "FUTURE_REF", "vague", "planned", "an Bord der Air Force One"),
        E("Merz demands that Russia agree to a ceasefire", "REQUEST", ["Friedrich Merz", "Russia"],
          "2025-05-17", "published", "occurred", "Bundeskanzler Friedrich Merz forderte"),
        E("EU's 17th sanctions package to be adopted", "SANCTION", ["European Union", "Russia"],
          "FUTURE_REF", "vague", "planned", "17. Sanktionspaket", note="adopted on 2025-05-20"),
        E("Prisoner exchange to begin", "CONCEDE", ["Russia", "Ukraine"],
          "2025-W21", "text", "planned", "Gefangenenübergabe soll", note="carried out 2025-05-23 to 2025-05-25"),
        E("Last direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2022-SP", "text", "occurred", "Die bislang letzten direkten Gespräche"),
    ],
    statements=[
        S("Turkey", "The meeting lasted nearly two hours", "2025-05-17", "published", "Das Treffen im Dolmabahçe-Palast"),
        S("Hakan Fidan", "Urges both sides not to miss the chance for peace", "2025-05-16", "context", "Hakan Fidan eröffnete"),
        S("Vladimir Medinsky", "Satisfied overall with the result", "2025-05-16", "context", "insgesamt zufrieden"),
        S("Vladimir Medinsky", "Each side will set out its ceasefire vision in writing", "2025-05-16", "context", "Man habe vereinbart"),
        S("Rustem Umerov", "Talks on equal footing; 30-day unconditional ceasefire remains the precondition", "2025-05-16", "context", "Rustem Umerow, der die Delegation"),
        S("Dmitry Peskov", "A Putin–Zelensky summit only after concrete results by the delegations", "2025-05-17", "published", "Der Kremlsprecher Dmitri Peskow erklärte"),
        S("Donald Trump", "Will meet Putin soon", "2025-05-16", "text", "an Bord der Air Force One"),
        S("Friedrich Merz", "Russia must agree to a ceasefire or face new EU sanctions", "2025-05-17", "published", "Bundeskanzler Friedrich Merz forderte"),
    ],
    actors=["United States", "Kremlin", "Russia", "Ukraine", "Turkey", "Hakan Fidan", "Vladimir Medinsky", "Rustem Umerov",
            "Volodymyr Zelensky", "Vladimir Putin", "Recep Tayyip Erdoğan", "Dmitry Peskov",
            "Donald Trump", "Friedrich Merz", "European Union"],
))

# ---------------------------------------------------------------- de02
DOCS.append(dict(
    id="de02_alaska_2025_08", lang="de", published="2025-08-16",
    body="""
Gipfel in Alaska endet ohne Waffenruhe – Trump empfängt Selenskyj am Montag
Anchorage (Reuters) – Das mit Spannung erwartete Treffen von US-Präsident Donald Trump und Kremlchef Wladimir Putin auf dem Militärstützpunkt Elmendorf-Richardson ist am 15.08.2025 ohne greifbares Ergebnis zu Ende gegangen.
Die Gespräche im Format drei gegen drei dauerten fast drei Stunden; ein geplantes Arbeitsessen der Delegationen wurde gestrichen.
Auf amerikanischer Seite saßen neben Trump Außenminister Marco Rubio und der Sondergesandte Steve Witkoff am Tisch, auf russischer Seite Außenminister Sergej Lawrow und Kremlberater Juri Uschakow.

„Es gibt keinen Deal, bis es einen Deal gibt“, sagte Trump auf der anschließenden Pressekonferenz, bei der keine Fragen zugelassen waren.
Putin sprach von einer „Verständigung“, die den Weg zum Frieden in der Ukraine ebnen könne, und warnte die Europäer davor, den Fortschritt „durch Provokationen“ zu torpedieren.
Zum Schluss lud er Trump auf Englisch nach Moskau ein: „Next time in Moscow.“

Trump telefonierte auf dem Rückflug mit dem ukrainischen Präsidenten Wolodymyr Selenskyj sowie mit mehreren europäischen Staats- und Regierungschefs und NATO-Generalsekretär Mark Rutte.
Danach schrieb er auf seiner Plattform Truth Social, ein Waffenstillstand halte „oft nicht“, das Ziel sei vielmehr ein umfassendes Friedensabkommen.
Selenskyj bestätigte, dass er am Montag im Weißen Haus erwartet werde.
Er forderte zugleich, dass Europa an allen Gesprächen über die Zukunft der Ukraine beteiligt werde.

Der Kreml teilte mit, über ein neues Treffen der beiden Präsidenten sei derzeit nicht gesprochen worden.
Bundeskanzler Friedrich Merz lobte Trumps Einsatz, betonte aber, Sicherheitsgarantien für Kiew müssten in den kommenden Wochen konkretisiert werden.
Der Gipfel war erst vor einer Woche vereinbart worden, nachdem Witkoff in Moskau mit Putin zusammengetroffen war.
""",
    timexes=[
        T("Montag", "DATE", "2025-08-18"),
        T("15.08.2025", "DATE", "2025-08-15"),
        T("fast drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("Next time", "DATE", "FUTURE_REF"),
        T("Montag", "DATE", "2025-08-18", n=1),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("vor einer Woche", "DATE", "2025-W32"),
    ],
    events=[
        E("Trump–Putin summit in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-08-15", "text", "occurred", "am 15.08.2025 ohne"),
        E("Planned working lunch of the delegations cancelled", "CONSULT", ["United States", "Russia"],
          "2025-08-15", "context", "cancelled", "ein geplantes Arbeitsessen"),
        E("Putin warns Europeans not to torpedo progress", "REQUEST", ["Vladimir Putin"],
          "2025-08-15", "context", "occurred", "Putin sprach von einer"),
        E("Putin invites Trump to Moscow", "REQUEST", ["Vladimir Putin", "Donald Trump"],
          "2025-08-15", "context", "occurred", "Zum Schluss lud er"),
        E("Trump calls Zelensky, European leaders and Rutte", "CONSULT", ["Donald Trump", "Volodymyr Zelensky", "Mark Rutte"],
          "2025-08-15", "context", "occurred", "Trump telefonierte auf dem Rückflug",
          note="the calls took place during the flight back, early on 2025-08-16 UTC"),
        E("Trump to host Zelensky at the White House", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-08-18", "text", "planned", "Selenskyj bestätigte"),
        E("Zelensky demands Europe take part in all talks", "REQUEST", ["Volodymyr Zelensky"],
          "2025-08-16", "published", "occurred", "Er forderte zugleich"),
        E("Alaska summit agreed", "AGREE", ["United States", "Russia"],
          "2025-W32", "text", "occurred", "Der Gipfel war erst vor einer Woche"),
        E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-W32", "context", "occurred", "Der Gipfel war erst vor einer Woche", note="true date 2025-08-06"),
    ],
    statements=[
        S("Donald Trump", "There is no deal until there is a deal", "2025-08-15", "context", "Es gibt keinen Deal"),
        S("Vladimir Putin", "Speaks of an understanding; warns Europeans against provocations", "2025-08-15", "context", "Putin sprach von einer"),
        S("Vladimir Putin", "Next time in Moscow", "2025-08-15", "context", "Zum Schluss lud er"),
        S("Donald Trump", "A ceasefire often does not hold; the goal is a comprehensive peace agreement", "2025-08-16", "published", "Truth Social"),
        S("Volodymyr Zelensky", "Confirms he is expected at the White House on Monday", "2025-08-16", "published", "Selenskyj bestätigte"),
        S("Volodymyr Zelensky", "Europe must take part in all talks", "2025-08-16", "published", "Er forderte zugleich"),
        S("Kremlin", "A new meeting of the presidents has not been discussed", "2025-08-16", "published", "Der Kreml teilte mit"),
        S("Friedrich Merz", "Security guarantees for Kyiv must be specified in the coming weeks", "2025-08-16", "published", "Friedrich Merz lobte"),
    ],
    actors=["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "United States", "Russia", "Marco Rubio",
            "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov", "Ukraine", "NATO", "Mark Rutte", "White House",
            "Kremlin", "Friedrich Merz"],
))

# ---------------------------------------------------------------- de03
DOCS.append(dict(
    id="de03_ostern_2025_04", lang="de", published="2025-04-20",
    body="""
Putin verkündet Oster-Waffenruhe – Kiew meldet Hunderte Verstöße
Moskau/Kiew (AFP) – Der russische Präsident Wladimir Putin hat überraschend eine Feuerpause über Ostern angeordnet.
Die Waffenruhe gelte ab Samstag, 18 Uhr Moskauer Zeit, bis Mitternacht zum Montag, sagte Putin am Samstagnachmittag bei einem im Fernsehen übertragenen Treffen mit Generalstabschef Waleri Gerassimow.
Die Kampfhandlungen würden aus „humanitären Gründen“ eingestellt, fügte er hinzu.

Der ukrainische Präsident Wolodymyr Selenskyj warf Moskau am Sonntagmorgen vor, die Feuerpause bereits vielfach gebrochen zu haben.
Bis 6 Uhr morgens habe die Armee 59 Fälle von Beschuss und fünf Angriffe registriert, schrieb Selenskyj auf der Plattform X.
Er schlug vor, die Waffenruhe um 30 Tage zu verlängern, falls Russland sie tatsächlich einhalte.
Ein Sprecher des Kremls sagte, Putin habe keine Anweisung zur Verlängerung gegeben.

Die Ankündigung kam kurz nachdem US-Außenminister Marco Rubio am Freitag in Paris gedroht hatte, Washington werde sich aus den Vermittlungsbemühungen zurückziehen, wenn es nicht binnen Tagen Fortschritte gebe.
Auch Präsident Donald Trump hatte erklärt, er habe keine feste Frist gesetzt, wolle aber „schnell“ ein Ergebnis sehen.
Vor gut einem Monat hatte Kiew bereits einer von den USA vorgeschlagenen 30-tägigen Waffenruhe zugestimmt, die Moskau jedoch ablehnte.
Die Gespräche über eine dauerhafte Feuerpause sollen nach Angaben aus Washington in der kommenden Woche in London fortgesetzt werden.
""",
    timexes=[
        T("Ostern", "DATE", "2025-04-20"),
        T("Samstag", "DATE", "2025-04-19"),
        T("18 Uhr Moskauer Zeit", "TIME", "2025-04-19T18:00", note="Moscow time (UTC+3)"),
        T("Mitternacht zum Montag", "TIME", "2025-04-21T00:00", note="Moscow time"),
        T("Samstagnachmittag", "TIME", "2025-04-19TAF"),
        T("Sonntagmorgen", "TIME", "2025-04-20TMO"),
        T("6 Uhr morgens", "TIME", "2025-04-20T06:00", note="Kyiv time (implied)"),
        T("30 Tage", "DURATION", "P30D"),
        T("Freitag", "DATE", "2025-04-18"),
        T("Tagen", "DURATION", "PXD"),
        T("Vor gut einem Monat", "DATE", "2025-03", mod="APPROX"),
        T("30-tägigen", "DURATION", "P30D"),
        T("der kommenden Woche", "DATE", "2025-W17"),
    ],
    events=[
        E("Putin declares an Easter truce", "RETREAT", ["Vladimir Putin", "Russia"],
          "2025-04-19T18:00", "text", "occurred", "Die Waffenruhe gelte ab Samstag"),
        E("Zelensky accuses Russia of violating the truce", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-04-20TMO", "text", "occurred", "warf Moskau am Sonntagmorgen vor"),
        E("Zelensky proposes extending the truce by 30 days", "REQUEST", ["Volodymyr Zelensky"],
          "2025-04-20", "context", "occurred", "Er schlug vor"),
        E("Kremlin: no order to extend the truce", "REJECT", ["Kremlin"],
          "2025-04-20", "published", "occurred", "Ein Sprecher des Kremls"),
        E("Rubio threatens US withdrawal from mediation unless progress within days", "THREATEN", ["Marco Rubio", "United States"],
          "2025-04-18", "text", "occurred", "Marco Rubio am Freitag in Paris"),
        E("Ukraine agrees to a US-proposed 30-day ceasefire", "AGREE", ["Ukraine", "United States"],
          "2025-03", "text", "occurred", "Vor gut einem Monat", date_mod="APPROX", note="Jeddah, 2025-03-11"),
        E("Russia rejects the 30-day ceasefire", "REJECT", ["Russia"],
          "2025-03", "context", "occurred", "Vor gut einem Monat", date_mod="APPROX"),
        E("Ceasefire talks to continue in London", "CONSULT", ["United States", "Ukraine"],
          "2025-W17", "text", "planned", "in London fortgesetzt"),
    ],
    statements=[
        S("Vladimir Putin", "Declares a truce from Saturday 18:00 Moscow time until midnight to Monday", "2025-04-19TAF", "text", "Die Waffenruhe gelte ab Samstag"),
        S("Vladimir Putin", "Hostilities halted for humanitarian reasons", "2025-04-19TAF", "context", "humanitären Gründen"),
        S("Volodymyr Zelensky", "Russia has broken the truce many times", "2025-04-20TMO", "text", "warf Moskau am Sonntagmorgen vor"),
        S("Volodymyr Zelensky", "59 cases of shelling and five attacks by 6 a.m.", "2025-04-20", "context", "Bis 6 Uhr morgens"),
        S("Volodymyr Zelensky", "Proposes extending the truce by 30 days if Russia observes it", "2025-04-20", "context", "Er schlug vor"),
        S("Kremlin", "Putin gave no order to extend the truce", "2025-04-20", "published", "Ein Sprecher des Kremls"),
        S("Marco Rubio", "US will withdraw from mediation without progress within days", "2025-04-18", "text", "Marco Rubio am Freitag in Paris"),
        S("Donald Trump", "No firm deadline, but wants a result quickly", "2025-04-20", "published", "Auch Präsident Donald Trump"),
    ],
    actors=["Vladimir Putin", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Marco Rubio",
            "United States", "Donald Trump"],
))

# ---------------------------------------------------------------- de04
DOCS.append(dict(
    id="de04_scholz_putin_2024_11", lang="de", published="2024-11-16",
    body="""
Scholz telefoniert erstmals seit fast zwei Jahren mit Putin
Berlin (dpa) – Bundeskanzler Olaf Scholz hat am Freitag rund eine Stunde lang mit dem russischen Präsidenten Wladimir Putin telefoniert.
Es war das erste Gespräch der beiden seit Dezember 2022.
Nach Angaben von Regierungssprecher Steffen Hebestreit forderte Scholz Putin auf, den Krieg zu beenden und seine Truppen aus der Ukraine abzuziehen.
Der Kanzler verurteilte zudem die jüngsten Angriffe auf die ukrainische Energieinfrastruktur.

Der Kreml teilte mit, Putin habe in dem Telefonat betont, dass ein mögliches Abkommen die „neuen territorialen Realitäten“ berücksichtigen müsse.
Kremlsprecher Dmitri Peskow sagte, Moskau sei offen für weitere Kontakte, aber „nicht für Gespräche um jeden Preis“.
Beide Seiten vereinbarten nach deutschen Angaben, in Kontakt zu bleiben.

Der ukrainische Präsident Wolodymyr Selenskyj kritisierte das Telefonat scharf: Scholz habe damit „die Büchse der Pandora“ geöffnet.
Es werde in der Folge weitere Gespräche und Anrufe geben, die Putins Isolation beendeten, sagte er am Freitagabend in seiner täglichen Videoansprache.
Kiew hatte Berlin zuvor gebeten, auf das Gespräch zu verzichten.

Scholz steht vor der Bundestagswahl am 23. Februar unter Druck, sich als Friedenskanzler zu profilieren.
Polens Regierungschef Donald Tusk warnte, niemand werde Putin mit Telefonaten stoppen.
Der frühere NATO-Generalsekretär Jens Stoltenberg hatte im Sommer erklärt, Gespräche seien nur aus einer Position der Stärke sinnvoll.
Kommende Woche trifft Scholz beim G20-Gipfel in Rio de Janeiro unter anderem US-Präsident Joe Biden.
""",
    timexes=[
        T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
        T("Freitag", "DATE", "2024-11-15"),
        T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("Dezember 2022", "DATE", "2022-12"),
        T("Freitagabend", "TIME", "2024-11-15TEV"),
        T("täglichen", "SET", "P1D"),
        T("23. Februar", "DATE", "2025-02-23"),
        T("Sommer", "DATE", "2024-SU"),
        T("Kommende Woche", "DATE", "2024-W47"),
    ],
    events=[
        E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2024-11-15", "text", "occurred", "hat am Freitag rund eine Stunde"),
        E("Previous Scholz–Putin call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2022-12", "text", "occurred", "seit Dezember 2022"),
        E("Scholz urges Putin to end the war and withdraw troops", "REQUEST", ["Olaf Scholz", "Vladimir Putin"],
          "2024-11-15", "context", "occurred", "forderte Scholz Putin auf"),
        E("Scholz condemns attacks on Ukrainian energy infrastructure", "ACCUSE", ["Olaf Scholz", "Russia"],
          "2024-11-15", "context", "occurred", "Der Kanzler verurteilte"),
        E("Scholz and Putin agree to stay in contact", "AGREE", ["Olaf Scholz", "Vladimir Putin"],
          "2024-11-15", "context", "occurred", "in Kontakt zu bleiben"),
        E("Zelensky criticises Scholz for the call", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2024-11-16", "published", "occurred", "kritisierte das Telefonat scharf"),
        E("Scholz to meet Biden at the G20 summit", "CONSULT", ["Olaf Scholz", "Joe Biden"],
          "2024-W47", "text", "planned", "Kommende Woche trifft Scholz"),
    ],
    statements=[
        S("Olaf Scholz", "Urges Putin to end the war and withdraw his troops from Ukraine", "2024-11-15", "context", "forderte Scholz Putin auf"),
        S("Olaf Scholz", "Condemns the recent attacks on Ukraine's energy infrastructure", "2024-11-15", "context", "Der Kanzler verurteilte"),
        S("Vladimir Putin, via Kremlin", "A deal must take into account the new territorial realities", "2024-11-15", "context", "Der Kreml teilte mit"),
        S("Dmitry Peskov", "Moscow open to more contacts but not to talks at any price", "2024-11-16", "published", "Kremlsprecher Dmitri Peskow sagte"),
        S("Volodymyr Zelensky", "Scholz has opened Pandora's box", "2024-11-16", "published", "Büchse der Pandora"),
        S("Volodymyr Zelensky", "More calls will follow that end Putin's isolation", "2024-11-15TEV", "text", "sagte er am Freitagabend"),
        S("Donald Tusk", "Nobody will stop Putin with phone calls", "2024-11-16", "published", "Donald Tusk warnte"),
        S("Jens Stoltenberg", "Talks make sense only from a position of strength", "2024-SU", "text", "Jens Stoltenberg hatte im Sommer"),
    ],
    actors=["United States", "Olaf Scholz", "Vladimir Putin", "Ukraine", "Kremlin", "Dmitry Peskov", "Russia", "Germany",
            "Volodymyr Zelensky", "Poland", "Donald Tusk", "NATO", "Jens Stoltenberg", "Joe Biden"],
))

# ---------------------------------------------------------------- de05
DOCS.append(dict(
    id="de05_budapest_abgesagt_2025_10", lang="de", published="2025-10-23",
    body="""
Trump sagt Gipfel mit Putin in Budapest ab – USA verhängen Sanktionen gegen Rosneft und Lukoil
Washington/Moskau (dpa) – US-Präsident Donald Trump hat das geplante Gipfeltreffen mit Kremlchef Wladimir Putin in Budapest abgesagt.
Es habe sich „nicht richtig angefühlt“, sagte Trump am Mittwoch im Weißen Haus.
Am selben Tag verhängte das US-Finanzministerium Sanktionen gegen die beiden größten russischen Ölkonzerne Rosneft und Lukoil.

Die Europäische Union beschloss am Donnerstag ihr 19. Sanktionspaket, das unter anderem ein Importverbot für russisches Flüssiggas ab Januar 2027 vorsieht.
Die EU-Außenbeauftragte Kaja Kallas erklärte, Europa erhöhe den Druck, „bis Moskau bereit ist, ernsthaft zu verhandeln“.
Am Abend wollen die Staats- und Regierungschefs in Brüssel zudem über die Nutzung eingefrorener russischer Vermögenswerte für die Ukraine beraten.

Kremlsprecher Dmitri Peskow sagte, die Sanktionen würden der russischen Wirtschaft keinen ernsthaften Schaden zufügen.
Putin selbst nannte die Strafmaßnahmen am Donnerstag einen „unfreundlichen Akt“ und betonte, kein Land mit Selbstachtung handle unter Druck.
Ein Treffen mit Trump sei nicht abgesagt, sondern zunächst verschoben, fügte er hinzu.

Trump und Putin hatten bei einem Telefonat vergangene Woche vereinbart, sich „innerhalb von zwei Wochen“ in Budapest zu treffen.
Ein für diese Woche geplantes vorbereitendes Treffen von Außenminister Marco Rubio und seinem russischen Kollegen Sergej Lawrow war bereits nach einem Telefonat der beiden am Montag auf Eis gelegt worden.
Ungarns Regierungschef Viktor Orbán hatte sich bereits auf ein Treffen Anfang November eingestellt.
Der ukrainische Präsident Wolodymyr Selenskyj begrüßte die Sanktionen als „starkes Signal“ und kündigte an, Europa werde in naher Zukunft weitere Luftabwehrsysteme liefern.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-10-22"),
        T("selben Tag", "DATE", "2025-10-22"),
        T("Donnerstag", "DATE", "2025-10-23"),
        T("Januar 2027", "DATE", "2027-01"),
        T("Abend", "TIME", "2025-10-23TEV"),
        T("Donnerstag", "DATE", "2025-10-23", n=1),
        T("vergangene Woche", "DATE", "2025-W42"),
        T("zwei Wochen", "DURATION", "P2W"),
        T("diese Woche", "DATE", "2025-W43"),
        T("Montag", "DATE", "2025-10-20"),
        T("Anfang November", "DATE", "2025-11", mod="START"),
        T("naher Zukunft", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Trump–Putin summit in Budapest cancelled", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-11", "context", "cancelled", "hat das geplante Gipfeltreffen", date_mod="START",
          note="planned date from 'Anfang November' later in the text; cancellation announced 2025-10-22"),
        E("US sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"],
          "2025-10-22", "text", "occurred", "Am selben Tag verhängte"),
        E("EU adopts its 19th sanctions package", "SANCTION", ["European Union", "Russia"],
          "2025-10-23", "text", "occurred", "Die Europäische Union beschloss"),
        E("EU ban on Russian LNG imports takes effect", "SANCTION", ["European Union", "Russia"],
          "2027-01", "text", "planned", "Die Europäische Union beschloss"),
        E("EU leaders discuss using frozen Russian assets for Ukraine", "AID", ["European Union", "Ukraine"],
          "2025-10-23TEV", "text", "planned", "Am Abend wollen"),
        E("Putin calls the US sanctions an unfriendly act", "ACCUSE", ["Vladimir Putin", "United States"],
          "2025-10-23", "text", "occurred", "Putin selbst nannte"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-W42", "text", "occurred", "bei einem Telefonat vergangene Woche", note="true date 2025-10-16"),
        E("Trump and Putin agree to meet in Budapest within two weeks", "AGREE", ["Donald Trump", "Vladimir Putin"],
          "2025-W42", "text", "occurred", "bei einem Telefonat vergangene Woche"),
        E("Preparatory Rubio–Lavrov meeting shelved", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-W43", "text", "cancelled", "Ein für diese Woche geplantes"),
        E("Rubio–Lavrov phone call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-10-20", "text", "occurred", "Ein für diese Woche geplantes"),
    ],
    statements=[
        S("Donald Trump", "The summit did not feel right", "2025-10-22", "text", "nicht richtig angefühlt"),
        S("Kaja Kallas", "Europe raises pressure until Moscow is ready to negotiate seriously", "2025-10-23", "published", "Kaja Kallas erklärte"),
        S("Dmitry Peskov", "Sanctions will not seriously damage the Russian economy", "2025-10-23", "published", "Kremlsprecher Dmitri Peskow sagte"),
        S("Vladimir Putin", "Sanctions are an unfriendly act; no self-respecting country acts under pressure", "2025-10-23", "text", "Putin selbst nannte"),
        S("Vladimir Putin", "The meeting with Trump is postponed, not cancelled", "2025-10-23", "context", "zunächst verschoben"),
        S("Volodymyr Zelensky", "Welcomes sanctions as a strong signal; Europe will deliver more air defence", "2025-10-23", "published", "begrüßte die Sanktionen"),
    ],
    actors=["Kremlin", "Donald Trump", "Vladimir Putin", "White House", "United States", "Russia", "European Union",
            "Kaja Kallas", "Ukraine", "Dmitry Peskov", "Marco Rubio", "Sergey Lavrov", "Viktor Orbán",
            "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- de06
DOCS.append(dict(
    id="de06_energiepause_2025_03", lang="de", published="2025-03-19",
    body="""
Nach Telefonat mit Trump: Putin stimmt Pause bei Angriffen auf Energieanlagen zu
Washington/Moskau (AFP) – Russland und die USA haben sich auf eine 30-tägige Aussetzung von Angriffen auf die Energieinfrastruktur der Ukraine verständigt.
Darauf einigten sich US-Präsident Donald Trump und Kremlchef Wladimir Putin bei einem Telefonat am Dienstag, das nach Kremlangaben rund zweieinhalb Stunden dauerte.
Eine von Washington vorgeschlagene umfassende Waffenruhe für 30 Tage lehnte Putin dagegen ab.
Der Kremlchef verlangte als Bedingung unter anderem ein Ende der westlichen Militärhilfe und der Geheimdienstinformationen für Kiew.

Nach Angaben des Weißen Hauses sollen zudem „unverzüglich“ technische Verhandlungen über eine Waffenruhe im Schwarzen Meer beginnen.
Die Gespräche sollen am Sonntag in Saudi-Arabien stattfinden, kündigte der Sondergesandte Steve Witkoff an.
Trump schrieb auf Truth Social, das Gespräch sei „sehr gut und produktiv“ gewesen.
Am Mittwoch sprach Trump nach eigenen Angaben fast eine Stunde lang mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.

Selenskyj erklärte, die Ukraine unterstütze die Pause bei Angriffen auf Energieanlagen, warf Moskau aber vor, nur wenige Stunden nach dem Telefonat erneut Kraftwerke angegriffen zu haben.
In der Nacht zum Mittwoch seien mehr als 40 Drohnen abgefeuert worden, darunter auf ein Krankenhaus in Sumy.
Das russische Verteidigungsministerium wies die Vorwürfe zurück.

Am Mittwochvormittag tauschten Russland und die Ukraine jeweils 175 Kriegsgefangene aus, wie beide Seiten bestätigten.
Putin hatte den Austausch nach Kremlangaben während des Telefonats mit Trump angekündigt.
Der Sondergesandte Keith Kellogg sagte, die Energie-Pause könne der „erste Schritt“ zu einem dauerhaften Frieden sein.
""",
    timexes=[
        T("30-tägige", "DURATION", "P30D"),
        T("Dienstag", "DATE", "2025-03-18"),
        T("rund zweieinhalb Stunden", "DURATION", "PT2H30M", mod="APPROX"),
        T("30 Tage", "DURATION", "P30D"),
        T("Sonntag", "DATE", "2025-03-23"),
        T("Mittwoch", "DATE", "2025-03-19"),
        T("fast eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("wenige Stunden", "DURATION", "PTXH"),
        T("der Nacht zum Mittwoch", "TIME", "2025-03-18TNI", note="night of 18 to 19 March"),
        T("Mittwochvormittag", "TIME", "2025-03-19TMO"),
    ],
    events=[
        E("Russia and US agree a 30-day pause on strikes on energy infrastructure", "AGREE",
          ["Russia", "United States"], "2025-03-18", "context", "occurred", "Russland und die USA haben sich"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-03-18", "text", "occurred", "Darauf einigten sich"),
        E("Putin rejects a comprehensive 30-day ceasefire", "REJECT", ["Vladimir Putin"],
          "2025-03-18", "context", "occurred", "lehnte Putin dagegen ab"),
        E("Putin demands an end to Western military aid and intelligence for Kyiv", "REQUEST", ["Vladimir Putin"],
          "2025-03-18", "context", "occurred", "Der Kremlchef verlangte"),
        E("Technical talks on a Black Sea ceasefire", "CONSULT", ["United States", "Russia"],
          "2025-03-23", "text", "planned", "Die Gespräche sollen am Sonntag"),
        E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-03-19", "text", "occurred", "Am Mittwoch sprach Trump"),
        E("Ukraine supports the energy strike pause", "AGREE", ["Ukraine"],
          "2025-03-19", "published", "occurred", "Selenskyj erklärte"),
        E("Zelensky accuses Moscow of new strikes on power plants", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-03-19", "published", "occurred", "Selenskyj erklärte"),
        E("Russian drone attack including on a hospital in Sumy", "ASSAULT", ["Russia", "Ukraine"],
          "2025-03-18TNI", "text", "occurred", "In der Nacht zum Mittwoch"),
        E("Russia and Ukraine exchange 175 prisoners each", "CONCEDE", ["Russia", "Ukraine"],
          "2025-03-19TMO", "text", "occurred", "Am Mittwochvormittag tauschten"),
    ],
    statements=[
        S("Vladimir Putin", "Demands an end to Western military aid and intelligence for Kyiv", "2025-03-18", "context", "Der Kremlchef verlangte"),
        S("White House", "Technical talks on a Black Sea ceasefire to begin immediately", "2025-03-19", "published", "Nach Angaben des Weißen Hauses"),
        S("Steve Witkoff", "Talks will take place in Saudi Arabia on Sunday", "2025-03-19", "published", "kündigte der Sondergesandte Steve Witkoff an"),
        S("Donald Trump", "The call was very good and productive", "2025-03-19", "published", "Trump schrieb auf Truth Social"),
        S("Volodymyr Zelensky", "Ukraine supports the energy pause; Moscow attacked power plants hours after the call", "2025-03-19", "published", "Selenskyj erklärte"),
        S("Volodymyr Zelensky", "More than 40 drones launched overnight, including at a hospital in Sumy", "2025-03-19", "published", "In der Nacht zum Mittwoch"),
        S("Russia", "Rejects the accusations", "2025-03-19", "published", "wies die Vorwürfe zurück"),
        S("Vladimir Putin, via Kremlin", "Announced the prisoner exchange during the call with Trump", "2025-03-18", "context", "Putin hatte den Austausch"),
        S("Keith Kellogg", "The energy pause could be the first step towards lasting peace", "2025-03-19", "published", "Keith Kellogg sagte"),
    ],
    actors=["Kremlin", "Russia", "United States", "Ukraine", "Donald Trump", "Vladimir Putin", "White House", "Saudi Arabia",
            "Steve Witkoff", "Volodymyr Zelensky", "Keith Kellogg"],
))

# ---------------------------------------------------------------- de07
DOCS.append(dict(
    id="de07_reparationsdarlehen_2025_12", lang="de", published="2025-12-04",
    body="""
EU-Kommission legt Plan für Reparationsdarlehen an die Ukraine vor
Brüssel (Reuters) – Die EU-Kommission hat am Mittwoch vorgeschlagen, eingefrorene Vermögenswerte der russischen Zentralbank zur Finanzierung der Ukraine zu nutzen.
Insgesamt sollen Kiew über ein sogenanntes Reparationsdarlehen in den Jahren 2026 und 2027 bis zu 90 Milliarden Euro zur Verfügung stehen, erklärte Kommissionspräsidentin Ursula von der Leyen.
Mehrere Mitgliedstaaten äußerten Bedenken und verlangten rechtliche Garantien für den Fall möglicher Rückforderungen Moskaus.

Bundeskanzler Friedrich Merz unterstützte den Vorschlag und betonte, Europa müsse der Ukraine „für die kommenden zwei Jahre“ Planungssicherheit geben.
Die EU-Außenbeauftragte Kaja Kallas sagte, es sei „nur fair“, dass Russland für die angerichteten Schäden aufkomme.
Die Entscheidung soll beim EU-Gipfel am 18. Dezember fallen.

Außenamtssprecherin Maria Sacharowa nannte die Pläne am Donnerstag „Diebstahl“ und drohte mit Vergeltung gegen europäische Vermögenswerte in Russland.
Kremlsprecher Dmitri Peskow warnte, eine Beschlagnahme würde langwierige Rechtsstreitigkeiten nach sich ziehen und das Vertrauen in den Euro untergraben.

Die EU hatte bereits im Mai 2024 beschlossen, Zinserträge aus den Vermögen an die Ukraine weiterzuleiten.
Seit Kriegsbeginn hat die Union nach eigenen Angaben fast 180 Milliarden Euro an Hilfe für Kiew bereitgestellt.
Derzeit sind in der EU rund 210 Milliarden Euro russischer Zentralbankgelder blockiert.
Die Ukraine benötigt nach Schätzungen des Internationalen Währungsfonds ab dem zweiten Quartal 2026 neue Mittel.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-12-03"),
        T("2026", "DATE", "2026"),
        T("2027", "DATE", "2027"),
        T("die kommenden zwei Jahre", "DURATION", "P2Y"),
        T("18. Dezember", "DATE", "2025-12-18"),
        T("Donnerstag", "DATE", "2025-12-04"),
        T("Mai 2024", "DATE", "2024-05"),
        T("Derzeit", "DATE", "PRESENT_REF"),
        T("dem zweiten Quartal 2026", "DATE", "2026-Q2"),
    ],
    events=[
        E("EU Commission proposes using frozen Russian central bank assets to finance Ukraine", "REQUEST",
          ["European Union", "Ukraine"], "2025-12-03", "text", "occurred", "Die EU-Kommission hat am Mittwoch"),
        E("Reparations loan of up to EUR 90 bn for Ukraine from frozen assets", "AID", ["European Union", "Ukraine"],
          "2026", "text", "planned", "Reparationsdarlehen in den Jahren"),
        E("EU summit to decide on the reparations loan", "CONSULT", ["European Union"],
          "2025-12-18", "text", "planned", "Die Entscheidung soll"),
        E("Zakharova calls the plans theft", "ACCUSE", ["Maria Zakharova", "European Union"],
          "2025-12-04", "text", "occurred", "Maria Sacharowa nannte"),
        E("Russia threatens retaliation against European assets", "THREATEN", ["Maria Zakharova", "Russia", "European Union"],
          "2025-12-04", "text", "occurred", "Maria Sacharowa nannte"),
        E("EU decides to pass windfall profits from frozen assets to Ukraine", "AID", ["European Union", "Ukraine"],
          "2024-05", "text", "occurred", "Die EU hatte bereits im Mai 2024"),
    ],
    statements=[
        S("Ursula von der Leyen", "Up to EUR 90 bn for Kyiv in 2026 and 2027 via a reparations loan", "2025-12-03", "context", "Ursula von der Leyen"),
        S("Friedrich Merz", "Europe must give Ukraine planning security for the next two years", "2025-12-04", "published", "Friedrich Merz unterstützte"),
        S("Kaja Kallas", "Only fair that Russia pays for the damage", "2025-12-04", "published", "Kaja Kallas sagte"),
        S("Maria Zakharova", "The plans are theft; threatens retaliation", "2025-12-04", "text", "Maria Sacharowa nannte"),
        S("Dmitry Peskov", "Seizure would bring lengthy litigation and undermine trust in the euro", "2025-12-04", "published", "Dmitri Peskow warnte"),
        S("European Union", "Nearly EUR 180 bn in aid for Kyiv", "2025-12-04", "published", "Seit Kriegsbeginn"),
    ],
    actors=["Kremlin", "European Union", "Russia", "Ukraine", "Ursula von der Leyen", "Friedrich Merz", "Kaja Kallas",
            "Maria Zakharova", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- de08
DOCS.append(dict(
    id="de08_istanbul_runde2_2025_06", lang="de", published="2025-06-03",
    body="""
Zweite Istanbul-Runde: Einigung auf neuen Gefangenenaustausch, keine Waffenruhe
Istanbul (dpa) – Russland und die Ukraine haben sich gestern bei ihrer zweiten direkten Verhandlungsrunde in Istanbul auf den Austausch aller schwer verwundeten und aller jungen Kriegsgefangenen geeinigt.
Das Treffen im Ciragan-Palast dauerte nur etwa eine Stunde.
Zudem sollen beide Seiten jeweils 6000 Leichen gefallener Soldaten übergeben, sagte der russische Delegationsleiter Wladimir Medinski.

Die russische Seite legte ein Memorandum vor, in dem sie den Rückzug ukrainischer Truppen aus vier Regionen als Bedingung für eine Waffenruhe nennt.
Medinski schlug außerdem eine Feuerpause von drei Tagen in einzelnen Frontabschnitten vor, um Gefallene zu bergen.
Verteidigungsminister Rustem Umerow sagte, Kiew werde das Dokument innerhalb einer Woche prüfen, und schlug ein Treffen von Präsident Wolodymyr Selenskyj mit Kremlchef Wladimir Putin noch vor Ende Juni vor.

Kremlsprecher Dmitri Peskow nannte am Dienstag die Forderung nach einem Gipfeltreffen „kontraproduktiv“; die Arbeit der Experten sei noch lange nicht abgeschlossen.
Die Gespräche fanden statt, nachdem die Ukraine am Sonntag mit Drohnen mehrere russische Militärflugplätze angegriffen hatte.
Selenskyj sprach von einer Operation, die mehr als anderthalb Jahre vorbereitet worden sei.
US-Präsident Donald Trump äußerte sich bisher nicht zu dem Angriff.
Außenminister Hakan Fidan kündigte an, die Türkei sei bereit, auch eine dritte Runde auszurichten, möglicherweise schon in den kommenden Wochen.
""",
    timexes=[
        T("gestern", "DATE", "2025-06-02"),
        T("etwa eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("drei Tagen", "DURATION", "P3D"),
        T("einer Woche", "DURATION", "P1W"),
        T("Ende Juni", "DATE", "2025-06", mod="END"),
        T("Dienstag", "DATE", "2025-06-03"),
        T("Sonntag", "DATE", "2025-06-01"),
        T("mehr als anderthalb Jahre", "DURATION", "P18M", mod="MORE_THAN"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Agreement to exchange all seriously wounded and young prisoners", "AGREE", ["Russia", "Ukraine"],
          "2025-06-02", "text", "occurred", "haben sich gestern"),
        E("Second round of Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2025-06-02", "text", "occurred", "haben sich gestern"),
        E("Russia presents a memorandum demanding Ukrainian withdrawal from four regions", "REQUEST", ["Russia", "Ukraine"],
          "2025-06-02", "context", "occurred", "legte ein Memorandum vor"),
        E("Medinsky proposes a three-day ceasefire in some sectors", "REQUEST", ["Vladimir Medinsky"],
          "2025-06-02", "context", "occurred", "Medinski schlug außerdem"),
        E("Umerov proposes a Zelensky–Putin meeting before the end of June", "REQUEST", ["Rustem Umerov", "Volodymyr Zelensky", "Vladimir Putin"],
          "2025-06-02", "context", "occurred", "Verteidigungsminister Rustem Umerow sagte"),
        E("Possible Zelensky–Putin meeting", "CONSULT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-06", "text", "uncertain", "Verteidigungsminister Rustem Umerow sagte", date_mod="END"),
        E("Kremlin rejects the demand for a summit", "REJECT", ["Dmitry Peskov"],
          "2025-06-03", "text", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
        E("Ukrainian drone attack on Russian military airfields", "ASSAULT", ["Ukraine", "Russia"],
          "2025-06-01", "text", "occurred", "am Sonntag mit Drohnen"),
        E("Possible third round of talks in Turkey", "CONSULT", ["Russia", "Ukraine", "Turkey"],
          "FUTURE_REF", "vague", "uncertain", "Hakan Fidan kündigte an"),
    ],
    statements=[
        S("Vladimir Medinsky", "Both sides will hand over 6,000 bodies each", "2025-06-02", "context", "6000 Leichen"),
        S("Vladimir Medinsky", "Proposes a three-day ceasefire in some sectors to recover the dead", "2025-06-02", "context", "Medinski schlug außerdem"),
        S("Rustem Umerov", "Kyiv will study the memorandum within a week; proposes a leaders' meeting before end of June", "2025-06-02", "context", "Verteidigungsminister Rustem Umerow sagte"),
        S("Dmitry Peskov", "The demand for a summit is counterproductive", "2025-06-03", "text", "Kremlsprecher Dmitri Peskow nannte"),
        S("Volodymyr Zelensky", "The operation was prepared for more than a year and a half", "2025-06-03", "published", "Selenskyj sprach von einer Operation"),
        S("Hakan Fidan", "Turkey ready to host a third round, possibly in the coming weeks", "2025-06-03", "published", "Hakan Fidan kündigte an"),
    ],
    actors=["United States", "Kremlin", "Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov", "Volodymyr Zelensky", "Vladimir Putin",
            "Dmitry Peskov", "Donald Trump", "Hakan Fidan", "Turkey"],
))

# ---------------------------------------------------------------- de09
DOCS.append(dict(
    id="de09_ultimatum_50_tage_2025_07", lang="de", published="2025-07-15",
    body="""
Trump stellt Putin 50-Tage-Ultimatum – Kreml reagiert gelassen
Washington (dpa) – US-Präsident Donald Trump hat Russland mit drastischen Strafzöllen gedroht, sollte es binnen 50 Tagen keine Einigung über ein Ende des Krieges in der Ukraine geben.
Bei einem Treffen mit NATO-Generalsekretär Mark Rutte im Oval Office kündigte Trump am Montag sogenannte Sekundärzölle von etwa 100 Prozent gegen Handelspartner Russlands an.
„Ich bin sehr, sehr unzufrieden mit Russland“, sagte Trump.
Zugleich vereinbarten die USA und die NATO, dass europäische Verbündete amerikanische Waffen, darunter Patriot-Systeme, für die Ukraine kaufen.

Die Frist läuft damit Anfang September ab.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Moskau brauche Zeit, um die Äußerungen des US-Präsidenten zu analysieren.
Die Erklärungen seien „sehr ernst“, einige davon richteten sich persönlich an Präsident Wladimir Putin, fügte er hinzu.
Außenminister Sergej Lawrow warnte bei einem Besuch in China, Ultimaten seien für Russland „inakzeptabel“.

Der ukrainische Präsident Wolodymyr Selenskyj dankte Trump nach einem Telefonat am Montagabend für die „wichtigen Signale“.
Der US-Sondergesandte Keith Kellogg wird noch diese Woche in Kiew erwartet.
Bundeskanzler Friedrich Merz sagte, Deutschland sei bereit, zwei Patriot-Systeme für die Ukraine zu finanzieren, und forderte weitere europäische Beiträge.
Vor gut drei Jahren hatten die NATO-Staaten bei ihrem Gipfel in Madrid Russland zur „größten und unmittelbarsten Bedrohung“ erklärt.
Seitdem hat sich das Verhältnis weiter verschlechtert.
""",
    timexes=[
        T("50-Tage", "DURATION", "P50D"),
        T("50 Tagen", "DURATION", "P50D"),
        T("Montag", "DATE", "2025-07-14"),
        T("Anfang September", "DATE", "2025-09", mod="START"),
        T("Dienstag", "DATE", "2025-07-15"),
        T("Montagabend", "TIME", "2025-07-14TEV"),
        T("diese Woche", "DATE", "2025-W29"),
        T("Vor gut drei Jahren", "DATE", "2022"),
    ],
    events=[
        E("Trump threatens Russia with tariffs unless a deal within 50 days", "THREATEN", ["Donald Trump", "Russia"],
          "2025-07-14", "context", "occurred", "binnen 50 Tagen", note="deadline early September"),
        E("Trump meets Rutte in the Oval Office", "CONSULT", ["Donald Trump", "Mark Rutte"],
          "2025-07-14", "text", "occurred", "Bei einem Treffen mit NATO-Generalsekretär"),
        E("US and NATO agree that European allies buy US weapons for Ukraine", "AGREE", ["United States", "NATO", "Ukraine"],
          "2025-07-14", "context", "occurred", "Zugleich vereinbarten"),
        E("Lavrov rejects ultimatums", "REJECT", ["Sergey Lavrov", "Russia"],
          "2025-07-15", "published", "occurred", "Ultimaten seien"),
        E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-07-14TEV", "text", "occurred", "nach einem Telefonat am Montagabend"),
        E("Kellogg visit to Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"],
          "2025-W29", "text", "planned", "Keith Kellogg wird"),
        E("Germany ready to finance two Patriot systems for Ukraine", "AGREE", ["Friedrich Merz", "Germany", "Ukraine"],
          "2025-07-15", "published", "occurred", "Deutschland sei bereit"),
        E("Merz calls for more European contributions", "REQUEST", ["Friedrich Merz"],
          "2025-07-15", "published", "occurred", "Deutschland sei bereit"),
        E("NATO declares Russia the most significant and direct threat", "ACCUSE", ["NATO", "Russia"],
          "2022", "text", "occurred", "Vor gut drei Jahren", note="Madrid summit, 2022-06-29"),
    ],
    statements=[
        S("Donald Trump", "Announces secondary tariffs of about 100 percent", "2025-07-14", "text", "kündigte Trump am Montag"),
        S("Donald Trump", "Very, very unhappy with Russia", "2025-07-14", "context", "sehr, sehr unzufrieden"),
        S("Dmitry Peskov", "Moscow needs time to analyse Trump's statements", "2025-07-15", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        S("Dmitry Peskov", "The statements are very serious, some aimed personally at Putin", "2025-07-15", "context", "sehr ernst"),
        S("Sergey Lavrov", "Ultimatums are unacceptable for Russia", "2025-07-15", "published", "Ultimaten seien"),
        S("Volodymyr Zelensky", "Thanks Trump for the important signals", "2025-07-14TEV", "context", "nach einem Telefonat am Montagabend"),
        S("Friedrich Merz", "Germany ready to finance two Patriot systems; calls for more European contributions", "2025-07-15", "published", "Deutschland sei bereit"),
    ],
    actors=["Donald Trump", "Vladimir Putin", "Kremlin", "Russia", "Ukraine", "NATO", "Mark Rutte", "United States",
            "Dmitry Peskov", "Sergey Lavrov", "China", "Volodymyr Zelensky", "Keith Kellogg", "Friedrich Merz",
            "Germany"],
))

# ---------------------------------------------------------------- de10
DOCS.append(dict(
    id="de10_istanbul_2022_03", lang="de", published="2022-03-30",
    body="""
Verhandlungen in Istanbul: Russland will Angriffe bei Kiew reduzieren
Istanbul (AFP) – Bei den ersten direkten Gesprächen seit fast drei Wochen haben Russland und die Ukraine am Dienstag in Istanbul erstmals Annäherungen erzielt.
Die Delegationen verhandelten im Dolmabahçe-Palast mehr als drei Stunden lang.
Der türkische Präsident Recep Tayyip Erdoğan hatte die Gespräche mit dem Appell eröffnet, „dieser Tragödie ein Ende zu setzen“.

Der russische Delegationsleiter Wladimir Medinski kündigte an, Moskau werde seine militärischen Aktivitäten in Richtung Kiew und Tschernihiw in den kommenden Tagen „drastisch reduzieren“.
Die ukrainische Delegation legte einen Vorschlag für einen neutralen Status des Landes vor, der durch internationale Sicherheitsgarantien abgesichert werden soll.
Für die Krim schlug Kiew Konsultationen über einen Zeitraum von 15 Jahren vor.
Ein Treffen von Präsident Wladimir Putin und Präsident Wolodymyr Selenskyj sei erst möglich, wenn ein Vertragsentwurf vorliege, sagte Medinski.

Kremlsprecher Dmitri Peskow dämpfte am Mittwoch die Erwartungen: Man habe „nichts sehr Vielversprechendes“ gesehen.
US-Außenminister Antony Blinken sagte bei einem Besuch in Marokko, er habe keine Anzeichen gesehen, dass Russland es ernst meine.
Russland war am 24. Februar in die Ukraine einmarschiert.
Seit Kriegsbeginn sind nach UN-Angaben mehr als vier Millionen Menschen aus dem Land geflohen.
Die Unterhändler wollen ihre Gespräche nach Angaben der türkischen Regierung voraussichtlich nächste Woche fortsetzen, dann möglicherweise auf Ebene der Außenminister.
""",
    timexes=[
        T("fast drei Wochen", "DURATION", "P3W", mod="APPROX"),
        T("Dienstag", "DATE", "2022-03-29"),
        T("mehr als drei Stunden", "DURATION", "PT3H", mod="MORE_THAN"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("15 Jahren", "DURATION", "P15Y"),
        T("Mittwoch", "DATE", "2022-03-30"),
        T("24. Februar", "DATE", "2022-02-24"),
        T("nächste Woche", "DATE", "2022-W14"),
    ],
    events=[
        E("Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2022-03-29", "text", "occurred", "Bei den ersten direkten Gesprächen"),
        E("Erdoğan urges the sides to end the tragedy", "REQUEST", ["Recep Tayyip Erdoğan"],
          "2022-03-29", "context", "occurred", "Recep Tayyip Erdoğan hatte"),
        E("Russia to drastically reduce military activity near Kyiv and Chernihiv", "RETREAT", ["Russia"],
          "FUTURE_REF", "vague", "planned", "drastisch reduzieren"),
        E("Ukraine proposes neutral status with international security guarantees", "REQUEST", ["Ukraine"],
          "2022-03-29", "context", "occurred", "neutralen Status",
          note="offer to forgo NATO membership; not (yet) a concession carried out"),
        E("Ukraine proposes 15-year consultations on Crimea", "REQUEST", ["Ukraine", "Russia"],
          "2022-03-29", "context", "occurred", "Für die Krim"),
        E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02-24", "text", "occurred", "am 24. Februar"),
        E("Negotiators to resume talks", "CONSULT", ["Russia", "Ukraine"],
          "2022-W14", "text", "planned", "nächste Woche fortsetzen"),
    ],
    statements=[
        S("Recep Tayyip Erdoğan", "Calls on the sides to end this tragedy", "2022-03-29", "context", "Recep Tayyip Erdoğan hatte"),
        S("Vladimir Medinsky", "Moscow will drastically reduce military activity towards Kyiv and Chernihiv", "2022-03-29", "context", "drastisch reduzieren"),
        S("Vladimir Medinsky", "A Putin–Zelensky meeting only once a draft treaty exists", "2022-03-29", "context", "sagte Medinski"),
        S("Dmitry Peskov", "Nothing very promising seen", "2022-03-30", "text", "dämpfte am Mittwoch"),
        S("Antony Blinken", "No signs that Russia is serious", "2022-03-30", "published", "Antony Blinken sagte"),
        S("United Nations", "More than four million people have fled Ukraine", "2022-03-30", "published", "Seit Kriegsbeginn"),
        S("Turkey", "Talks expected to continue next week, possibly at foreign-minister level", "2022-03-30", "published", "nach Angaben der türkischen Regierung"),
    ],
    actors=["United States", "Kremlin", "Russia", "Ukraine", "Turkey", "Recep Tayyip Erdoğan", "Vladimir Medinsky", "Vladimir Putin",
            "Volodymyr Zelensky", "Dmitry Peskov", "Antony Blinken", "United Nations"],
))

# ---------------------------------------------------------------- de11
DOCS.append(dict(
    id="de11_genf_friedensplan_2025_11", lang="de", published="2025-11-24",
    body="""
Genfer Gespräche über US-Friedensplan: Rubio spricht von „enormen Fortschritten“
Genf (dpa) – Vertreter der USA und der Ukraine haben am Sonntag in Genf über den umstrittenen 28-Punkte-Plan der US-Regierung für ein Ende des Krieges verhandelt.
Die amerikanische Delegation führte Außenminister Marco Rubio an, die ukrainische der Leiter des Präsidialamts, Andrij Jermak.
„Ich glaube, wir haben enorme Fortschritte gemacht“, sagte Rubio am Sonntagabend vor Journalisten.
In einer gemeinsamen Erklärung hieß es, man habe einen „aktualisierten und verfeinerten“ Rahmen für einen Friedensplan erarbeitet.

Der Plan war in den vergangenen Wochen vom Sondergesandten Steve Witkoff und dem russischen Unterhändler Kirill Dmitrijew ausgearbeitet worden.
Er sieht unter anderem vor, dass die Ukraine auf einen NATO-Beitritt verzichtet und ihre Armee auf 600.000 Soldaten begrenzt.
US-Präsident Donald Trump hatte Kiew am Freitag eine Frist bis Donnerstag gesetzt, um dem Plan zuzustimmen.
Am Samstag sagte Trump dann, es handle sich nicht um sein „letztes Angebot“.
Kremlsprecher Dmitri Peskow erklärte, Moskau habe über die Änderungen in Genf bislang keine offiziellen Informationen erhalten.
Präsident Wladimir Putin hatte den ursprünglichen Entwurf am Freitag als mögliche „Grundlage“ für eine Einigung bezeichnet.

Deutschland, Frankreich und Großbritannien legten einen eigenen Gegenvorschlag vor.
Bundeskanzler Friedrich Merz sagte am Rande des G20-Gipfels in Johannesburg, ein Krieg könne nicht „über die Köpfe der Ukrainer hinweg“ beendet werden.
Der ukrainische Präsident Wolodymyr Selenskyj warnte in einer Videobotschaft, sein Land stehe vor einer der schwersten Entscheidungen seiner Geschichte.
Die Gespräche sollen in den kommenden Tagen fortgesetzt werden; ein Treffen von Selenskyj und Trump ist möglich, aber noch nicht terminiert.
Auch Jermak sprach von „guten Fortschritten“.
""",
    timexes=[
        T("Sonntag", "DATE", "2025-11-23"),
        T("Sonntagabend", "TIME", "2025-11-23TEV"),
        T("den vergangenen Wochen", "DATE", "PAST_REF"),
        T("Freitag", "DATE", "2025-11-21"),
        T("Donnerstag", "DATE", "2025-11-27"),
        T("Samstag", "DATE", "2025-11-22"),
        T("Freitag", "DATE", "2025-11-21", n=1),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("US–Ukraine talks in Geneva on the 28-point plan", "CONSULT", ["United States", "Ukraine", "Marco Rubio", "Andriy Yermak"],
          "2025-11-23", "text", "occurred", "haben am Sonntag in Genf"),
        E("US and Ukraine agree an updated framework for a peace plan", "AGREE", ["United States", "Ukraine"],
          "2025-11-23", "context", "occurred", "In einer gemeinsamen Erklärung"),
        E("Witkoff and Dmitriev drafted the plan", "CONSULT", ["Steve Witkoff", "Kirill Dmitriev"],
          "PAST_REF", "vague", "occurred", "Der Plan war in den vergangenen Wochen"),
        E("Trump sets Kyiv a deadline to accept the plan", "THREATEN", ["Donald Trump", "Ukraine"],
          "2025-11-21", "text", "occurred", "eine Frist bis Donnerstag", note="deadline 2025-11-27"),
        E("E3 present their own counterproposal", "REQUEST", ["Germany", "France", "United Kingdom"],
          "2025-11-24", "published", "occurred", "Gegenvorschlag"),
        E("US–Ukraine talks to continue", "CONSULT", ["United States", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "Die Gespräche sollen in den kommenden Tagen"),
        E("Possible Zelensky–Trump meeting", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "FUTURE_REF", "vague", "uncertain", "Die Gespräche sollen in den kommenden Tagen"),
    ],
    statements=[
        S("Marco Rubio", "Enormous progress has been made", "2025-11-23TEV", "text", "sagte Rubio am Sonntagabend"),
        S("Joint statement: United States, Ukraine", "An updated and refined peace framework has been drafted", "2025-11-23", "context", "In einer gemeinsamen Erklärung"),
        S("Donald Trump", "It is not his final offer", "2025-11-22", "text", "Am Samstag sagte Trump"),
        S("Dmitry Peskov", "Moscow has no official information on the Geneva changes", "2025-11-24", "published", "Kremlsprecher Dmitri Peskow erklärte"),
        S("Vladimir Putin", "The original draft could be a basis for a settlement", "2025-11-21", "text", "als mögliche „Grundlage“"),
        S("Friedrich Merz", "The war cannot be ended over the heads of the Ukrainians", "2025-11-24", "published", "Friedrich Merz sagte"),
        S("Volodymyr Zelensky", "Ukraine faces one of the hardest decisions in its history", "2025-11-24", "published", "Selenskyj warnte"),
        S("Andriy Yermak", "Good progress", "2025-11-24", "published", "Auch Jermak sprach"),
    ],
    actors=["Kremlin", "United States", "Ukraine", "Marco Rubio", "Andriy Yermak", "Steve Witkoff", "Kirill Dmitriev", "NATO",
            "Donald Trump", "Dmitry Peskov", "Russia", "Vladimir Putin", "Germany", "France", "United Kingdom",
            "Friedrich Merz", "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- de12
DOCS.append(dict(
    id="de12_getreideabkommen_2023_07", lang="de", published="2023-07-18",
    body="""
Russland lässt Getreideabkommen auslaufen – Erdoğan setzt auf Gespräch mit Putin
Moskau/Istanbul (Reuters) – Russland hat am Montag seinen Ausstieg aus dem Abkommen über den Export ukrainischen Getreides über das Schwarze Meer erklärt.
„Die Schwarzmeer-Vereinbarungen sind faktisch beendet“, sagte Kremlsprecher Dmitri Peskow.
Die Vereinbarung endete um Mitternacht Istanbuler Zeit.
Moskau werde zurückkehren, sobald seine Forderungen erfüllt seien, etwa die Wiederanbindung der Landwirtschaftsbank an das Zahlungssystem SWIFT, betonte Peskow.

Das von den Vereinten Nationen und der Türkei vermittelte Abkommen war im Juli 2022 geschlossen und seitdem mehrfach verlängert worden.
UN-Generalsekretär António Guterres äußerte sein tiefes Bedauern über die Entscheidung.
Hunderte Millionen Menschen, die Hunger leiden, würden den Preis zahlen, sagte er in New York.

Der türkische Präsident Recep Tayyip Erdoğan sagte, er glaube, dass Putin das Abkommen fortsetzen wolle.
Er wolle in den kommenden Tagen mit dem Kremlchef telefonieren; zudem werde Putin im August in der Türkei erwartet.
Der ukrainische Präsident Wolodymyr Selenskyj forderte, die Exporte auch ohne Russland fortzusetzen.
Fast zeitgleich wurde die Krim-Brücke in der Nacht zum Montag durch einen Angriff beschädigt, für den Moskau Kiew verantwortlich macht.
Peskow sagte, der Ausstieg habe mit dem Angriff nichts zu tun.
Bereits im vergangenen Jahr hatte Russland die Vereinbarung für einige Tage ausgesetzt.
""",
    timexes=[
        T("Montag", "DATE", "2023-07-17"),
        T("Mitternacht Istanbuler Zeit", "TIME", "2023-07-18T00:00", note="Istanbul time (UTC+3); midnight at the end of 17 July"),
        T("Juli 2022", "DATE", "2022-07"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("August", "DATE", "2023-08"),
        T("der Nacht zum Montag", "TIME", "2023-07-16TNI", note="night of 16 to 17 July"),
        T("vergangenen Jahr", "DATE", "2022"),
        T("einige Tage", "DURATION", "PXD"),
    ],
    events=[
        E("Russia quits the Black Sea Grain Initiative", "REJECT", ["Russia"],
          "2023-07-17", "text", "occurred", "seinen Ausstieg"),
        E("Russia demands reconnection of its agricultural bank to SWIFT", "REQUEST", ["Russia"],
          "2023-07-17", "context", "occurred", "Moskau werde zurückkehren"),
        E("Black Sea grain deal concluded", "AGREE", ["Russia", "Ukraine", "United Nations", "Turkey"],
          "2022-07", "text", "occurred", "im Juli 2022 geschlossen"),
        E("Planned Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "FUTURE_REF", "vague", "planned", "Er wolle in den kommenden Tagen"),
        E("Putin expected to visit Turkey", "CONSULT", ["Vladimir Putin", "Turkey"],
          "2023-08", "text", "planned", "Er wolle in den kommenden Tagen", note="the visit did not take place"),
        E("Zelensky calls for exports to continue without Russia", "REQUEST", ["Volodymyr Zelensky"],
          "2023-07-18", "published", "occurred", "Selenskyj forderte"),
        E("Attack damages the Crimean bridge", "ASSAULT", ["Ukraine", "Russia"],
          "2023-07-16TNI", "text", "occurred", "Krim-Brücke"),
        E("Moscow blames Kyiv for the bridge attack", "ACCUSE", ["Russia", "Ukraine"],
          "2023-07-18", "published", "occurred", "Krim-Brücke"),
        E("Russia briefly suspended the grain deal", "REJECT", ["Russia"],
          "2022", "text", "occurred", "Bereits im vergangenen Jahr", note="suspension 2022-10-29 to 2022-11-02"),
    ],
    statements=[
        S("Dmitry Peskov", "The Black Sea agreements are de facto terminated", "2023-07-17", "context", "faktisch beendet"),
        S("Dmitry Peskov", "Moscow will return once its demands, such as SWIFT reconnection, are met", "2023-07-17", "context", "Moskau werde zurückkehren"),
        S("António Guterres", "Deep regret over the decision", "2023-07-18", "published", "tiefes Bedauern"),
        S("António Guterres", "Hundreds of millions of hungry people will pay the price", "2023-07-18", "published", "Hunderte Millionen"),
        S("Recep Tayyip Erdoğan", "Believes Putin wants to continue the deal", "2023-07-18", "published", "Erdoğan sagte"),
        S("Recep Tayyip Erdoğan", "Will call Putin in the coming days", "2023-07-18", "published", "Er wolle in den kommenden Tagen"),
        S("Volodymyr Zelensky", "Exports should continue without Russia", "2023-07-18", "published", "Selenskyj forderte"),
        S("Russia", "Kyiv is responsible for the bridge attack", "2023-07-18", "published", "Krim-Brücke"),
        S("Dmitry Peskov", "The exit has nothing to do with the bridge attack", "2023-07-18", "published", "Peskow sagte, der Ausstieg"),
    ],
    actors=["Kremlin", "Russia", "Ukraine", "Dmitry Peskov", "United Nations", "Turkey", "António Guterres",
            "Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- de13
DOCS.append(dict(
    id="de13_witkoff_vatikan_2025_04", lang="de", published="2025-04-26",
    body="""
Witkoff erneut bei Putin – Trump und Selenskyj sprechen im Petersdom
Moskau/Rom (dpa) – Der US-Sondergesandte Steve Witkoff ist am Freitag in Moskau rund drei Stunden lang mit Kremlchef Wladimir Putin zusammengetroffen.
Kremlberater Juri Uschakow nannte das Gespräch „konstruktiv und sehr nützlich“; man habe die Möglichkeit direkter Verhandlungen zwischen Russland und der Ukraine erörtert.
Es war bereits das vierte Treffen der beiden seit Februar; zuletzt hatten sie vor zwei Wochen in Sankt Petersburg miteinander gesprochen.

Am Samstagvormittag trafen US-Präsident Donald Trump und der ukrainische Präsident Wolodymyr Selenskyj am Rande der Trauerfeier für Papst Franziskus im Petersdom im Vatikan zusammen.
Das Gespräch dauerte etwa 15 Minuten, wie ein Sprecher Selenskyjs mitteilte.
Selenskyj schrieb anschließend auf X, es sei ein „sehr symbolisches Treffen“ gewesen, das „historisch werden könnte“.

Am Vortag hatte Trump erklärt, Russland und die Ukraine seien „sehr nah“ an einer Einigung.
Kürzlich hatte der US-Präsident Putin nach einem schweren russischen Raketenangriff auf Kiew öffentlich zum Einlenken aufgefordert: „Vladimir, STOP!“
Bei dem Angriff in der Nacht zum Donnerstag waren mindestens zwölf Menschen getötet worden.
Die Luftalarme in Kiew heulen derzeit fast stündlich.

Trump drängt schon lange auf ein schnelles Ende des Krieges und hatte stets betont, er könne ihn „in 24 Stunden“ beenden.
Von Anfang an hat Kiew auf Sicherheitsgarantien bestanden.
Eine nächste Verhandlungsrunde zwischen Vertretern der USA und der Ukraine ist nach Angaben aus Kiew für Ende April oder Mitte Mai im Gespräch.
Putin hatte zuvor eine Waffenruhe immer wieder an Bedingungen geknüpft.
""",
    timexes=[
        T("Freitag", "DATE", "2025-04-25"),
        T("rund drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("Februar", "DATE", "2025-02"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("vor zwei Wochen", "DATE", "2025-W15"),
        T("Samstagvormittag", "TIME", "2025-04-26TMO"),
        T("etwa 15 Minuten", "DURATION", "PT15M", mod="APPROX"),
        T("Vortag", "DATE", "2025-04-25"),
        T("Kürzlich", "DATE", "PAST_REF"),
        T("der Nacht zum Donnerstag", "TIME", "2025-04-23TNI", note="night of 23 to 24 April"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("fast stündlich", "SET", "PT1H", mod="APPROX"),
        T("24 Stunden", "DURATION", "PT24H"),
        T("Ende April", "DATE", "2025-04", mod="END"),
        T("Mitte Mai", "DATE", "2025-05", mod="MID"),
    ],
    events=[
        E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-04-25", "text", "occurred", "ist am Freitag in Moskau"),
        E("Previous Witkoff–Putin meeting in St Petersburg", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-W15", "text", "occurred", "vor zwei Wochen in Sankt Petersburg", note="2025-04-11"),
        E("Trump–Zelensky meeting in St Peter's Basilica", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-04-26TMO", "text", "occurred", "Am Samstagvormittag trafen"),
        E("Trump publicly urges Putin to stop", "REQUEST", ["Donald Trump", "Vladimir Putin"],
          "PAST_REF", "vague", "occurred", "Vladimir, STOP!", note="Truth Social post of 2025-04-24"),
        E("Russian missile attack on Kyiv kills at least twelve", "ASSAULT", ["Russia", "Ukraine"],
          "2025-04-23TNI", "text", "occurred", "Bei dem Angriff in der Nacht zum Donnerstag"),
        E("Next US–Ukraine negotiating round under discussion", "CONSULT", ["United States", "Ukraine"],
          "2025-04", "text", "uncertain", "Eine nächste Verhandlungsrunde", date_mod="END",
          note="alternatively mid-May (2025-05, MID)"),
    ],
    statements=[
        S("Yuri Ushakov", "Constructive and very useful talk; discussed direct Russia–Ukraine negotiations", "2025-04-26", "published", "Juri Uschakow nannte"),
        S("Ukraine", "The conversation lasted about 15 minutes", "2025-04-26", "published", "Das Gespräch dauerte etwa 15 Minuten"),
        S("Volodymyr Zelensky", "A very symbolic meeting that could become historic", "2025-04-26", "published", "Selenskyj schrieb anschließend"),
        S("Donald Trump", "Russia and Ukraine are very close to a deal", "2025-04-25", "text", "Am Vortag hatte Trump erklärt"),
        S("Donald Trump", "Vladimir, STOP!", "PAST_REF", "vague", "Vladimir, STOP!"),
        S("Donald Trump", "Could end the war in 24 hours", "2025-04-26", "published", "schon lange"),
    ],
    actors=["Kremlin", "Steve Witkoff", "Vladimir Putin", "Yuri Ushakov", "Russia", "Ukraine", "Donald Trump",
            "Volodymyr Zelensky", "Vatican", "United States"],
))

# ---------------------------------------------------------------- de14
DOCS.append(dict(
    id="de14_berlin_nato_verzicht_2025_12", lang="de", published="2025-12-15",
    body="""
Selenskyj bietet Verzicht auf NATO-Beitritt an – Gespräche in Berlin gehen heute weiter
Berlin (AFP) – Der ukrainische Präsident Wolodymyr Selenskyj hat sich am Sonntag in Berlin mehr als fünf Stunden lang mit dem US-Sondergesandten Steve Witkoff und Trumps Schwiegersohn Jared Kushner beraten.
Die Gespräche im Kanzleramt sollen heute um 10 Uhr MEZ fortgesetzt werden, teilte der ukrainische Chefunterhändler Rustem Umerow mit.

Vor dem Treffen hatte Selenskyj erklärt, die Ukraine sei bereit, auf ihr Ziel einer NATO-Mitgliedschaft zu verzichten, wenn sie im Gegenzug rechtlich bindende Sicherheitsgarantien nach dem Vorbild von Artikel 5 erhalte.
„Das ist ein Kompromiss von unserer Seite“, sagte Selenskyj vor Journalisten.
Eine Anerkennung russischer Gebietsansprüche lehnte er erneut ab.

Bundeskanzler Friedrich Merz empfängt am Montagabend zudem mehrere europäische Staats- und Regierungschefs sowie NATO-Generalsekretär Mark Rutte.
Merz hatte letzte Woche gewarnt, die Ukraine dürfe nicht zu einem Frieden „auf Kosten ihrer Sicherheit“ gedrängt werden.
Aus Moskau hieß es soeben, man kenne die Ergebnisse der Berliner Gespräche nicht.
Kremlsprecher Dmitri Peskow hatte am Freitag erklärt, ein Verzicht Kiews auf den NATO-Beitritt sei „ein Grundpfeiler“ jeder Lösung.

Aktuell kontrolliert Russland knapp ein Fünftel des ukrainischen Staatsgebiets.
Der Krieg dauert bereits fast vier Jahre.
US-Präsident Donald Trump sagte, er hoffe auf eine Einigung noch vor Weihnachten.
Man brauche Garantien, die auch für die Zukunft trügen, sagte Selenskyj.
Die nächsten Gespräche mit der russischen Seite könnten nach US-Angaben Ende der Woche in Miami stattfinden.
""",
    timexes=[
        T("heute", "DATE", "2025-12-15"),
        T("Sonntag", "DATE", "2025-12-14"),
        T("mehr als fünf Stunden", "DURATION", "PT5H", mod="MORE_THAN"),
        T("heute", "DATE", "2025-12-15", n=1),
        T("10 Uhr MEZ", "TIME", "2025-12-15T10:00", note="MEZ (CET, UTC+1)"),
        T("Montagabend", "TIME", "2025-12-15TEV"),
        T("letzte Woche", "DATE", "2025-W50"),
        T("soeben", "DATE", "PAST_REF"),
        T("Freitag", "DATE", "2025-12-12"),
        T("Aktuell", "DATE", "PRESENT_REF"),
        T("fast vier Jahre", "DURATION", "P4Y", mod="APPROX"),
        T("Weihnachten", "DATE", "2025-12-25"),
        T("die Zukunft", "DATE", "FUTURE_REF"),
        T("Ende der Woche", "DATE", "2025-W51", mod="END"),
    ],
    events=[
        E("Zelensky meets Witkoff and Kushner in Berlin", "CONSULT", ["Volodymyr Zelensky", "Steve Witkoff"],
          "2025-12-14", "text", "occurred", "hat sich am Sonntag in Berlin"),
        E("Berlin talks to continue", "CONSULT", ["Ukraine", "United States"],
          "2025-12-15T10:00", "text", "planned", "Die Gespräche im Kanzleramt"),
        E("Ukraine offers to give up its NATO bid in exchange for security guarantees", "CONCEDE", ["Volodymyr Zelensky", "Ukraine", "NATO"],
          "2025-12-14", "context", "uncertain", "Vor dem Treffen hatte Selenskyj erklärt",
          note="conditional offer"),
        E("Zelensky rejects recognising Russian territorial claims", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2025-12-14", "context", "occurred", "lehnte er erneut ab"),
        E("Merz hosts European leaders and Rutte", "CONSULT", ["Friedrich Merz", "Mark Rutte"],
          "2025-12-15TEV", "text", "planned", "Friedrich Merz empfängt"),
        E("Merz warns against pushing Ukraine into a peace at the expense of its security", "REQUEST", ["Friedrich Merz"],
          "2025-W50", "text", "occurred", "Merz hatte letzte Woche gewarnt"),
        E("Russia demands Kyiv renounce NATO membership", "REQUEST", ["Dmitry Peskov", "Russia", "Ukraine"],
          "2025-12-12", "text", "occurred", "Kremlsprecher Dmitri Peskow hatte am Freitag"),
        E("Possible US talks with the Russian side in Miami", "CONSULT", ["United States", "Russia"],
          "2025-W51", "text", "uncertain", "Die nächsten Gespräche", date_mod="END"),
    ],
    statements=[
        S("Rustem Umerov", "Talks to continue today at 10 a.m. CET", "2025-12-15", "published", "Rustem Umerow mit"),
        S("Volodymyr Zelensky", "Ukraine ready to drop its NATO goal in exchange for binding guarantees", "2025-12-14", "context", "Vor dem Treffen hatte Selenskyj erklärt"),
        S("Volodymyr Zelensky", "This is a compromise on our part", "2025-12-14", "context", "Das ist ein Kompromiss"),
        S("Volodymyr Zelensky", "Rejects recognising Russian territorial claims", "2025-12-14", "context", "lehnte er erneut ab"),
        S("Friedrich Merz", "Ukraine must not be pushed into a peace at the expense of its security", "2025-W50", "text", "Merz hatte letzte Woche gewarnt"),
        S("Russia", "Does not know the results of the Berlin talks", "PAST_REF", "vague", "Aus Moskau hieß es soeben"),
        S("Dmitry Peskov", "Kyiv renouncing NATO membership is a cornerstone of any settlement", "2025-12-12", "text", "Kremlsprecher Dmitri Peskow hatte am Freitag"),
        S("Donald Trump", "Hopes for a deal before Christmas", "2025-12-15", "published", "noch vor Weihnachten"),
        S("Volodymyr Zelensky", "Guarantees must also hold for the future", "2025-12-15", "published", "Man brauche Garantien"),
        S("United States", "Next talks with the Russian side could take place in Miami at the end of the week", "2025-12-15", "published", "Die nächsten Gespräche"),
    ],
    actors=["Kremlin", "Volodymyr Zelensky", "NATO", "Steve Witkoff", "Donald Trump", "Rustem Umerov", "Ukraine",
            "Friedrich Merz", "Mark Rutte", "Russia", "Dmitry Peskov", "United States"],
))
