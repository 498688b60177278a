"""German articles of the blind29 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b29de01 (rbb24)
DOCS.append(dict(
    id="b29de01_rosneft_treuhand_schwedt_2022_09",
    lang="de",
    published="2022-09-16",
    published_basis="rbb24 online piece of Friday 16 September 2022, the day the trusteeship was announced.",
    body="""
Bund übernimmt Kontrolle über Rosneft-Raffinerie in Schwedt

Die Bundesregierung hat die deutschen Töchter des russischen Ölkonzerns Rosneft unter Treuhandverwaltung gestellt und damit auch die Kontrolle über die PCK-Raffinerie in Schwedt (Uckermark) übernommen.
Die Bundesnetzagentur führt Rosneft Deutschland vorerst für sechs Monate, wie Bundeskanzler Olaf Scholz (SPD) am Freitagmorgen in Berlin mitteilte.
Scholz sprach von einer „weitreichenden energiepolitischen Entscheidung“, mit der die Versorgung Ostdeutschlands mit Kraftstoffen gesichert werde.

Neben dem Kanzler traten Wirtschaftsminister Robert Habeck (Grüne) und Brandenburgs Ministerpräsident Dietmar Woidke (SPD) vor die Presse.
Woidke nannte die Entscheidung einen „guten Tag für Schwedt“, mahnte aber, die rund 1.200 Beschäftigten dürften nicht die Leidtragenden der Sanktionspolitik werden.
Der Bund sagte eine Beschäftigungsgarantie bis Mitte 2024 sowie ein Zukunftspaket für die Region in Höhe von 825 Millionen Euro zu.

Hintergrund ist das Ölembargo, auf das sich die EU-Staaten im Juni verständigt hatten.
Deutschland und Polen hatten zugesagt, ab dem 1. Januar auch kein russisches Pipeline-Öl mehr abzunehmen, obwohl dieses vom Embargo ausgenommen ist.
Die Raffinerie, die Berlin und weite Teile Brandenburgs mit Benzin, Diesel und Kerosin versorgt, wird bislang fast ausschließlich über die Druschba-Leitung aus Russland beliefert.
Rosneft habe sich geweigert, andere Lieferwege zu nutzen, sagte Habeck; unter russischer Führung sei ein Betrieb mit Öl aus anderen Quellen nicht möglich gewesen.

Künftig soll Rohöl über den Hafen Rostock und über das polnische Danzig nach Schwedt gelangen.
Die polnische Regierung hatte Lieferungen über Danzig stets an die Bedingung geknüpft, dass Rosneft keinen Einfluss mehr auf die Raffinerie hat.
Mit der Treuhand sei diese Bedingung erfüllt, hieß es am Freitag aus Warschau.
Zudem laufen Gespräche mit Kasachstan über Öl, das ebenfalls durch die Druschba-Leitung nach Schwedt fließen könnte.

Aus Moskau kam scharfe Kritik.
Rosneft nannte die Entscheidung in einer Mitteilung rechtswidrig und kündigte an, alle rechtlichen Mittel auszuschöpfen.
Kremlsprecher Dmitri Peskow sprach von einer „Zwangsenteignung“, die gegen alle Regeln des internationalen Rechts verstoße; Russland behalte sich Gegenmaßnahmen vor.
Die Beziehungen zwischen Berlin und Moskau sind ohnehin angespannt: Seit Ende August fließt durch die Ostseepipeline Nord Stream 1 kein Gas mehr, Moskau begründet dies mit technischen Problemen.

In Schwedt selbst wurde die Nachricht mit Erleichterung, aber auch mit Skepsis aufgenommen.
Bürgermeisterin Annekathrin Hoppe (SPD) sagte dem rbb, die Stadt brauche Planungssicherheit für die kommenden Jahre.
Der Betriebsrat lud für Montag zu einer Belegschaftsversammlung ein.
""",
    timexes=[
        T("Freitagmorgen", "TIME", "2022-09-16TMO"),
        T("sechs Monate", "DURATION", "P6M"),
        T("Mitte 2024", "DATE", "2024", mod="MID"),
        T("Juni", "DATE", "2022-06"),
        T("1. Januar", "DATE", "2023-01-01"),
        T("Freitag", "DATE", "2022-09-16"),
        T("Ende August", "DATE", "2022-08", mod="END"),
        T("die kommenden Jahre", "DATE", "FUTURE_REF"),
        T("Montag", "DATE", "2022-09-19"),
    ],
    events=[
        E("Germany places Rosneft's German subsidiaries, and with them the Schwedt refinery, under trusteeship",
          "SANCTION", ["Germany", "Russia"], "2022-09-16", "context", "occurred",
          "Die Bundesregierung hat die deutschen Töchter",
          note="dated by 'am Freitagmorgen' in the next sentence"),
        E("EU states agreed an oil embargo against Russia", "SANCTION", ["European Union", "Russia"],
          "2022-06", "text", "occurred", "Hintergrund ist das Ölembargo"),
        E("Germany and Poland to stop taking Russian pipeline oil from 1 January", "SANCTION",
          ["Germany", "Poland", "Russia"], "2023-01-01", "text", "planned", "Deutschland und Polen hatten zugesagt"),
        E("Rosneft refused to use other supply routes for Schwedt", "REJECT", ["Russia", "Germany"],
          "2022-09-16", "published", "occurred", "Rosneft habe sich geweigert",
          note="no date given; the refusal preceded the trusteeship"),
        E("Crude to reach Schwedt via Rostock and the Polish port of Gdańsk", "COOPERATE", ["Germany", "Poland"],
          "2022-09-16", "published", "planned", "Künftig soll Rohöl"),
        E("Talks with Kazakhstan on oil for Schwedt through the Druzhba pipeline", "CONSULT", ["Germany"],
          "2022-09-16", "published", "occurred", "Zudem laufen Gespräche mit Kasachstan"),
        E("Rosneft calls the trusteeship unlawful", "ACCUSE", ["Russia", "Germany"], "2022-09-16", "published",
          "occurred", "Rosneft nannte die Entscheidung"),
        E("Peskov calls the trusteeship a forced expropriation in breach of international law", "ACCUSE",
          ["Dmitry Peskov", "Germany"], "2022-09-16", "published", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
        E("Peskov: Russia reserves the right to countermeasures", "THREATEN", ["Dmitry Peskov", "Germany"],
          "2022-09-16", "published", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
        E("No Russian gas through Nord Stream 1 since the end of August", "SANCTION", ["Russia", "Germany"],
          "2022-08", "text", "occurred", "Seit Ende August fließt", date_mod="END"),
    ],
    statements=[
        S("Olaf Scholz", "The Federal Network Agency runs Rosneft Deutschland for six months", "2022-09-16TMO", "text",
          "Die Bundesnetzagentur führt Rosneft Deutschland"),
        S("Olaf Scholz", "A far-reaching energy-policy decision that secures fuel supplies for eastern Germany",
          "2022-09-16TMO", "context", "Scholz sprach von einer"),
        S("Germany", "Habeck: Rosneft refused other supply routes; no operation with other oil under Russian control",
          "2022-09-16TMO", "context", "Rosneft habe sich geweigert"),
        S("Poland", "With the trusteeship Warsaw's condition for deliveries via Gdańsk is met", "2022-09-16", "text",
          "Mit der Treuhand sei"),
        S("Russia", "Sharp criticism from Moscow", "2022-09-16", "published", "Aus Moskau kam scharfe Kritik."),
        S("Russia", "Rosneft calls the decision unlawful and will use all legal means", "2022-09-16", "published",
          "Rosneft nannte die Entscheidung"),
        S("Dmitry Peskov", "A forced expropriation against international law; Russia reserves countermeasures",
          "2022-09-16", "published", "Kremlsprecher Dmitri Peskow sprach"),
        S("Russia", "Moscow blames technical problems for the halt of Nord Stream 1", "2022-09-16", "published",
          "Seit Ende August fließt"),
    ],
    actors=["Germany", "Russia", "Olaf Scholz", "European Union", "Poland", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b29de02 (Oberösterreichische Nachrichten)
DOCS.append(dict(
    id="b29de02_selenskyj_wien_2025_06",
    lang="de",
    published="2025-06-16",
    published_basis="OÖN online piece of Monday 16 June 2025, the day of the visit, before the G7 summit.",
    body="""
Erster Besuch seit Kriegsbeginn: Selenskyj wirbt in Wien um Unterstützung

Wien/Linz. Der ukrainische Präsident Wolodymyr Selenskyj ist am Montag zu seinem ersten offiziellen Besuch in Österreich eingetroffen.
Nach einem Empfang mit militärischen Ehren in der Hofburg traf er Bundespräsident Alexander Van der Bellen, am Nachmittag folgte ein Arbeitsgespräch mit Bundeskanzler Christian Stocker (ÖVP) im Kanzleramt am Ballhausplatz.
Bisher hatte sich Selenskyj nur per Video an den Nationalrat gewandt, im März 2023, als die Abgeordneten der FPÖ demonstrativ den Saal verließen.

Stocker sagte nach dem Gespräch, Österreich sei militärisch neutral, aber „nicht neutral, wenn es um Recht und Unrecht geht“.
Die Bundesregierung sagte der Ukraine weitere zehn Millionen Euro für die humanitäre Minenräumung zu, zudem sollen Spezialfahrzeuge aus Österreich in die Ostukraine geliefert werden.
Selenskyj dankte für die Hilfe und bat Wien, sich in Brüssel für ein weiteres, das 18. Sanktionspaket gegen Russland starkzumachen.
„Russland spielt auf Zeit und setzt darauf, dass Europa müde wird“, sagte er.

Auch eine mögliche Rolle Österreichs als Gastgeber künftiger Verhandlungen kam zur Sprache.
Stocker bot an, Wien stehe für Gespräche zwischen Russland und der Ukraine jederzeit zur Verfügung, wie schon zu Zeiten des Kalten Krieges.
Selenskyj zeigte sich offen, ein Treffen mit Kremlchef Wladimir Putin sei aber erst nach einer Waffenruhe sinnvoll.
Seit dem Scheitern der zweiten Gesprächsrunde in Istanbul Anfang Juni gibt es keine neuen Verhandlungstermine.
Beide Seiten hatten dort lediglich den Austausch von Gefangenen und die Rückgabe von Gefallenen vereinbart.
Kremlsprecher Dmitri Peskow sagte am Montag, ein Treffen zwischen Putin und Selenskyj stehe „derzeit nicht auf der Tagesordnung“.

Von Wien reist Selenskyj weiter zum G7-Gipfel ins kanadische Kananaskis, wo am Dienstag ein Treffen mit US-Präsident Donald Trump geplant ist.
Er wolle mit Trump über Flugabwehr und den Kauf amerikanischer Waffen sprechen, hieß es aus seinem Umfeld.

Die russische Botschaft in Wien warf der Regierung vor, mit dem Besuch die Neutralität des Landes „auszuhöhlen“.
Kritik kam auch von der oppositionellen FPÖ: Parteichef Herbert Kickl sprach von einem „Affront gegen die Neutralität“.
Außenministerin Beate Meinl-Reisinger (Neos) wies die Vorwürfe zurück.

In Oberösterreich leben derzeit rund 11.000 Vertriebene aus der Ukraine.
Landeshauptmann Thomas Stelzer (ÖVP) sagte den OÖN, das Land werde die Hilfe fortsetzen, „solange sie gebraucht wird“.
""",
    timexes=[
        T("Montag", "DATE", "2025-06-16"),
        T("Nachmittag", "TIME", "2025-06-16TAF"),
        T("März 2023", "DATE", "2023-03"),
        T("Anfang Juni", "DATE", "2025-06", mod="START"),
        T("Montag", "DATE", "2025-06-16", n=1),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Dienstag", "DATE", "2025-06-17"),
        T("derzeit", "DATE", "PRESENT_REF", n=1),
    ],
    events=[
        E("Zelensky's first official visit to Austria", "CONSULT", ["Volodymyr Zelensky"], "2025-06-16", "text",
          "occurred", "Der ukrainische Präsident Wolodymyr Selenskyj ist am Montag"),
        E("Zelensky meets Federal President Van der Bellen", "CONSULT", ["Volodymyr Zelensky"], "2025-06-16",
          "context", "occurred", "Nach einem Empfang mit militärischen Ehren"),
        E("Zelensky holds talks with Chancellor Stocker", "CONSULT", ["Volodymyr Zelensky"], "2025-06-16TAF", "text",
          "occurred", "Nach einem Empfang mit militärischen Ehren"),
        E("Austria pledges another ten million euros for demining and special vehicles for Ukraine", "AID",
          ["Ukraine"], "2025-06-16", "published", "occurred", "Die Bundesregierung sagte der Ukraine"),
        E("Zelensky asks Vienna to push in Brussels for an 18th sanctions package against Russia", "REQUEST",
          ["Volodymyr Zelensky", "European Union", "Russia"], "2025-06-16", "published", "occurred",
          "Selenskyj dankte für die Hilfe"),
        E("Zelensky: Russia is playing for time and betting on Europe's fatigue", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-06-16", "published", "occurred", "Russland spielt auf Zeit"),
        E("Stocker offers Vienna as a venue for Russia–Ukraine talks", "REQUEST", ["Russia", "Ukraine"],
          "2025-06-16", "published", "occurred", "Stocker bot an, Wien stehe"),
        E("Zelensky open to Vienna as a venue", "AGREE", ["Volodymyr Zelensky"], "2025-06-16", "published",
          "occurred", "Selenskyj zeigte sich offen"),
        E("Zelensky: a meeting with Putin only makes sense after a ceasefire", "REQUEST",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2025-06-16", "published", "occurred",
          "Selenskyj zeigte sich offen"),
        E("Second round of talks in Istanbul without result", "CONSULT", ["Russia", "Ukraine"], "2025-06", "text",
          "occurred", "Seit dem Scheitern der zweiten Gesprächsrunde", date_mod="START",
          note="the round of 2 June 2025"),
        E("Russia and Ukraine agreed a prisoner exchange and the return of the dead", "AGREE", ["Russia", "Ukraine"],
          "2025-06", "context", "occurred", "Beide Seiten hatten dort lediglich", date_mod="START"),
        E("Zelensky to meet Trump at the G7 summit in Kananaskis", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-06-17", "text", "planned", "Von Wien reist Selenskyj weiter"),
        E("Russian embassy accuses the Austrian government of hollowing out neutrality", "ACCUSE", ["Russia"],
          "2025-06-16", "published", "occurred", "Die russische Botschaft in Wien"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks for the aid; asks Vienna to back an 18th sanctions package in Brussels",
          "2025-06-16", "published", "Selenskyj dankte für die Hilfe"),
        S("Volodymyr Zelensky", "Russia is playing for time and betting on Europe growing tired", "2025-06-16",
          "published", "Russland spielt auf Zeit"),
        S("Volodymyr Zelensky", "Open to Vienna, but a meeting with Putin only after a ceasefire", "2025-06-16",
          "published", "Selenskyj zeigte sich offen"),
        S("Dmitry Peskov", "A Putin–Zelensky meeting is currently not on the agenda", "2025-06-16", "text",
          "Kremlsprecher Dmitri Peskow sagte am Montag"),
        S("Ukraine", "Zelensky wants to discuss air defence and buying US weapons with Trump", "2025-06-16",
          "published", "Er wolle mit Trump"),
        S("Russia", "The visit hollows out Austria's neutrality (Russian embassy)", "2025-06-16", "published",
          "Die russische Botschaft in Wien"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "European Union", "Kremlin", "Vladimir Putin",
            "Dmitry Peskov", "United States", "Donald Trump"],
))

# ---------------------------------------------------------------- b29de03 (Der Bund)
DOCS.append(dict(
    id="b29de03_schweiz_eu_sanktionen_2022_02",
    lang="de",
    published="2022-02-28",
    published_basis="Der Bund online piece of the evening of Monday 28 February 2022, the day of the Federal Council's decision.",
    body="""
Bundesrat übernimmt die EU-Sanktionen – auch gegen Putin

Die Schweiz schliesst sich den Sanktionen der Europäischen Union gegen Russland vollständig an.
Der Bundesrat hat am Montag entschieden, die Vermögen der von der EU gelisteten Personen und Unternehmen mit sofortiger Wirkung zu sperren, darunter jene von Präsident Wladimir Putin, Ministerpräsident Michail Mischustin und Aussenminister Sergei Lawrow.
Zudem wird der Schweizer Luftraum ab 15 Uhr für alle Flüge aus Russland gesperrt; ausgenommen sind Flüge zu humanitären und diplomatischen Zwecken.

Bundespräsident Ignazio Cassis sprach an der Medienkonferenz im Bundeshaus von einem «aussergewöhnlichen Entscheid in einer aussergewöhnlichen Lage».
Der russische Angriff auf einen souveränen Staat sei ein schwerer Verstoss gegen das Völkerrecht, dem die Schweiz nicht tatenlos zusehen könne.
Die Neutralität bleibe gewahrt, betonte Cassis: Die Schweiz liefere keine Waffen an die Kriegsparteien.
Man habe Russland zudem die guten Dienste angeboten, Genf stehe für Verhandlungen bereit.

Noch am Freitag hatte der Bundesrat lediglich beschlossen, eine Umgehung der EU-Sanktionen über die Schweiz zu verhindern.
Dafür war die Landesregierung im In- und Ausland scharf kritisiert worden, am Wochenende demonstrierten in Bern rund 20'000 Menschen auf dem Bundesplatz gegen den Krieg.
Auch der ukrainische Präsident Wolodimir Selenski hatte am Sonntag in einem Telefongespräch mit Cassis die Schweiz um Unterstützung gebeten.
Am Montagabend dankte er auf Twitter für den «mutigen Entscheid».

Die russische Botschaft in Bern bezeichnete den Schritt als «unfreundlichen Akt», der die traditionell guten Beziehungen beschädige.
Moskau werde Gegenmassnahmen prüfen, hiess es in einer Mitteilung der Botschaft.

Die EU hatte am Freitag Sanktionen gegen Putin und Lawrow persönlich verhängt, was bis dahin als undenkbar galt.
Am Sonntag beschlossen die EU-Staaten zudem, ihren Luftraum für russische Flugzeuge zu schliessen und erstmals Waffen für die Ukraine zu finanzieren.
Während der Bundesrat tagte, trafen sich an der belarussisch-ukrainischen Grenze erstmals seit Kriegsbeginn Delegationen aus Moskau und Kiew zu Gesprächen.
Ergebnisse waren bis am Abend nicht bekannt.

Für den Finanzplatz hat der Entscheid erhebliche Folgen.
Nach Schätzungen der Bankiervereinigung verwalten Schweizer Banken russische Vermögen in der Höhe von bis zu 200 Milliarden Franken.
Wie viel davon gesperrt wird, ist derzeit offen; das Staatssekretariat für Wirtschaft will die Liste der betroffenen Personen in den kommenden Tagen laufend anpassen.
""",
    timexes=[
        T("Montag", "DATE", "2022-02-28"),
        T("15 Uhr", "TIME", "2022-02-28T15:00", note="Swiss time (CET)"),
        T("Freitag", "DATE", "2022-02-25"),
        T("Wochenende", "DATE", "2022-W08-WE"),
        T("Sonntag", "DATE", "2022-02-27"),
        T("Montagabend", "TIME", "2022-02-28TEV"),
        T("Freitag", "DATE", "2022-02-25", n=1),
        T("Sonntag", "DATE", "2022-02-27", n=1),
        T("Abend", "TIME", "2022-02-28TEV"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Switzerland freezes the assets of persons listed by the EU, including Putin and Lavrov", "SANCTION",
          ["Russia", "Vladimir Putin", "Sergey Lavrov"], "2022-02-28", "text", "occurred",
          "Der Bundesrat hat am Montag entschieden"),
        E("Swiss airspace closed to flights from Russia from 3 p.m.", "SANCTION", ["Russia"], "2022-02-28T15:00",
          "text", "occurred", "Zudem wird der Schweizer Luftraum"),
        E("Swiss government calls the Russian attack a grave breach of international law", "ACCUSE", ["Russia"],
          "2022-02-28", "context", "occurred", "Der russische Angriff auf einen souveränen Staat"),
        E("Switzerland delivers no weapons to the warring parties", "REJECT", ["Ukraine", "Russia"], "2022-02-28",
          "context", "occurred", "Die Neutralität bleibe gewahrt"),
        E("Switzerland offers Russia its good offices and Geneva for negotiations", "REQUEST", ["Russia", "Ukraine"],
          "2022-02-28", "context", "occurred", "Man habe Russland zudem die guten Dienste"),
        E("Federal Council decided on Friday only to prevent circumvention of EU sanctions", "SANCTION", ["Russia"],
          "2022-02-25", "text", "occurred", "Noch am Freitag hatte der Bundesrat"),
        E("Zelensky phones Swiss President Cassis", "CONSULT", ["Volodymyr Zelensky"], "2022-02-27", "text",
          "occurred", "Auch der ukrainische Präsident Wolodimir Selenski"),
        E("Zelensky asks Switzerland for support", "REQUEST", ["Volodymyr Zelensky"], "2022-02-27", "text",
          "occurred", "Auch der ukrainische Präsident Wolodimir Selenski"),
        E("Russian embassy calls the decision an unfriendly act", "ACCUSE", ["Russia"], "2022-02-28", "published",
          "occurred", "Die russische Botschaft in Bern"),
        E("Moscow will consider countermeasures", "THREATEN", ["Russia"], "2022-02-28", "published", "occurred",
          "Moskau werde Gegenmassnahmen prüfen"),
        E("EU sanctions Putin and Lavrov personally", "SANCTION", ["European Union", "Vladimir Putin", "Sergey Lavrov"],
          "2022-02-25", "text", "occurred", "Die EU hatte am Freitag Sanktionen"),
        E("EU states close their airspace to Russian aircraft", "SANCTION", ["European Union", "Russia"],
          "2022-02-27", "text", "occurred", "Am Sonntag beschlossen die EU-Staaten"),
        E("EU decides for the first time to finance weapons for Ukraine", "AID", ["European Union", "Ukraine"],
          "2022-02-27", "text", "occurred", "Am Sonntag beschlossen die EU-Staaten"),
        E("Russian and Ukrainian delegations meet at the Belarusian–Ukrainian border", "CONSULT",
          ["Russia", "Ukraine"], "2022-02-28", "context", "occurred", "Während der Bundesrat tagte"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Switzerland for the courageous decision", "2022-02-28TEV", "text",
          "Am Montagabend dankte er"),
        S("Russia", "Russian embassy: an unfriendly act that damages traditionally good relations", "2022-02-28",
          "published", "Die russische Botschaft in Bern"),
        S("Russia", "Moscow will consider countermeasures (embassy statement)", "2022-02-28", "published",
          "Moskau werde Gegenmassnahmen prüfen"),
    ],
    actors=["Russia", "Vladimir Putin", "Sergey Lavrov", "European Union", "Ukraine", "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- b29de04 (Nürnberger Nachrichten, fiction)
DOCS.append(dict(
    id="b29de04_sondertribunal_nuernberg_2026_05",
    lang="de",
    published="2026-05-20",
    published_basis="Fiction: Nürnberger Nachrichten print piece of Wednesday 20 May 2026 on the session of Tuesday 19 May.",
    body="""
Sondertribunal nimmt in Saal 600 Gestalt an

Nürnberg. Im Justizpalast an der Fürther Straße ist am Dienstag der Verwaltungsausschuss des Sondertribunals für das Verbrechen der Aggression gegen die Ukraine zu seiner ersten Sitzung zusammengekommen.
Vertreter von 41 Staaten und der Europäischen Union, darunter Deutschland, Frankreich, Großbritannien, Polen und die Ukraine, berieten im historischen Saal 600 über Haushalt, Personal und Zeitplan des Gerichts.
Die Vereinigten Staaten, die sich im vergangenen Jahr aus der Vorbereitung des Tribunals zurückgezogen hatten, waren nicht vertreten.

Zum Auftakt sprach der ukrainische Präsident Wolodymyr Selenskyj, der am Montagabend in Nürnberg eingetroffen war.
„In diesem Saal hat die Welt schon einmal gezeigt, dass auch die Mächtigsten sich verantworten müssen“, sagte Selenskyj.
Er forderte die Staaten auf, dem Tribunal ausreichend Geld zur Verfügung zu stellen, damit die Ermittlungen gegen die russische Führung noch in diesem Jahr beginnen können.
Bundeskanzler Friedrich Merz (CDU) sagte zu, Deutschland werde in den kommenden drei Jahren insgesamt 30 Millionen Euro beitragen.
Am Rande der Sitzung sprachen Merz und Selenskyj nach Angaben eines Regierungssprechers auch über die Lieferung weiterer Flugabwehrsysteme.

Am Ende einigten sich die Teilnehmer darauf, dass das Tribunal seinen Sitz in Den Haag erhält und die Anklagebehörde Anfang 2027 ihre Arbeit aufnimmt.
Verfahren gegen amtierende Staats- und Regierungschefs sind nach den Statuten erst möglich, wenn diese nicht mehr im Amt sind.
EU-Außenbeauftragte Kaja Kallas nannte die Sitzung ein „Signal, dass die Straflosigkeit für Angriffskriege ein Ende hat“.

Moskau reagierte mit Hohn.
Außenamtssprecherin Maria Sacharowa sprach von einer „juristischen Farce“ an einem Ort, der für „Siegerjustiz“ stehe.
Kremlsprecher Dmitri Peskow sagte, Russland erkenne das Gericht nicht an und werde in keiner Weise mit ihm zusammenarbeiten.

Das Tribunal geht auf ein Abkommen zurück, das Selenskyj und der Europarat im Juni 2025 in Straßburg unterzeichnet hatten.
Es soll eine Lücke schließen, die der Internationale Strafgerichtshof lässt: Dieser kann das Verbrechen der Aggression im Fall Russlands nicht verfolgen, weil Moskau das Römische Statut nie ratifiziert hat.
Gegen Wladimir Putin hatte der Strafgerichtshof bereits im März 2023 Haftbefehl wegen der Verschleppung ukrainischer Kinder erlassen.

Für die Stadt ist die Sitzung ein Termin mit großer Symbolkraft: Vor gut 80 Jahren mussten sich in Saal 600 die Hauptkriegsverbrecher des NS-Regimes verantworten.
Oberbürgermeister Marcus König (CSU) kündigte an, das Memorium Nürnberger Prozesse werde im Herbst eine Ausstellung über das neue Tribunal zeigen.
Rund um den Justizpalast galten am Dienstag strenge Sicherheitsvorkehrungen, die Fürther Straße war bis zum Abend gesperrt.
""",
    timexes=[
        T("Dienstag", "DATE", "2026-05-19"),
        T("vergangenen Jahr", "DATE", "2025"),
        T("Montagabend", "TIME", "2026-05-18TEV"),
        T("diesem Jahr", "DATE", "2026"),
        T("den kommenden drei Jahren", "DURATION", "P3Y"),
        T("Anfang 2027", "DATE", "2027", mod="START"),
        T("Juni 2025", "DATE", "2025-06"),
        T("März 2023", "DATE", "2023-03"),
        T("Vor gut 80 Jahren", "DATE", "1946", mod="APPROX", note="the Nuremberg trials of 1945–1946"),
        T("Herbst", "DATE", "2026-FA"),
        T("Dienstag", "DATE", "2026-05-19", n=1),
        T("Abend", "TIME", "2026-05-19TEV"),
    ],
    events=[
        E("First session of the management committee of the Special Tribunal for the Crime of Aggression in Nuremberg",
          "CONSULT", ["European Union", "Germany", "France", "United Kingdom", "Poland", "Ukraine"], "2026-05-19",
          "context", "occurred", "Vertreter von 41 Staaten"),
        E("The United States withdrew from preparing the tribunal", "REJECT", ["United States"], "2025", "text",
          "occurred", "Die Vereinigten Staaten, die sich"),
        E("Zelensky calls on the states to fund the tribunal so that investigations of the Russian leadership start this year",
          "REQUEST", ["Volodymyr Zelensky", "Russia"], "2026-05-19", "context", "occurred",
          "Er forderte die Staaten auf"),
        E("Merz pledges 30 million euros for the tribunal over three years", "AGREE", ["Friedrich Merz", "Germany"],
          "2026-05-19", "context", "occurred", "Bundeskanzler Friedrich Merz (CDU) sagte zu"),
        E("Merz and Zelensky discuss further air-defence systems on the sidelines", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2026-05-19", "context", "occurred", "Am Rande der Sitzung"),
        E("Participants agree on The Hague as seat and a prosecutor's office from early 2027", "AGREE",
          ["European Union", "Germany", "France", "United Kingdom", "Poland", "Ukraine"], "2026-05-19", "context",
          "occurred", "Am Ende einigten sich die Teilnehmer"),
        E("Zakharova calls the tribunal a legal farce and victors' justice", "ACCUSE", ["Maria Zakharova"],
          "2026-05-20", "published", "occurred", "Außenamtssprecherin Maria Sacharowa"),
        E("Peskov: Russia does not recognise the tribunal and will not cooperate", "REJECT", ["Dmitry Peskov"],
          "2026-05-20", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
        E("Zelensky and the Council of Europe signed the tribunal agreement in Strasbourg", "AGREE",
          ["Volodymyr Zelensky"], "2025-06", "text", "occurred", "Das Tribunal geht auf ein Abkommen zurück"),
        E("ICC arrest warrant against Putin over the deportation of Ukrainian children", "ACCUSE",
          ["Vladimir Putin"], "2023-03", "text", "occurred", "Gegen Wladimir Putin hatte der Strafgerichtshof"),
    ],
    statements=[
        S("Volodymyr Zelensky", "In this hall the world showed that the mightiest must answer for their deeds",
          "2026-05-19", "context", "In diesem Saal hat die Welt"),
        S("Volodymyr Zelensky", "States should fund the tribunal so that investigations start this year",
          "2026-05-19", "context", "Er forderte die Staaten auf"),
        S("Friedrich Merz", "Germany will contribute 30 million euros over the next three years", "2026-05-19",
          "context", "Bundeskanzler Friedrich Merz (CDU) sagte zu"),
        S("Germany", "Government spokesman: Merz and Zelensky also discussed more air-defence systems", "2026-05-20",
          "published", "Am Rande der Sitzung"),
        S("Kaja Kallas", "The session signals that impunity for wars of aggression is ending", "2026-05-19",
          "context", "EU-Außenbeauftragte Kaja Kallas"),
        S("Russia", "Moscow reacted with scorn", "2026-05-20", "published", "Moskau reagierte mit Hohn."),
        S("Maria Zakharova", "A legal farce at a place that stands for victors' justice", "2026-05-20", "published",
          "Außenamtssprecherin Maria Sacharowa"),
        S("Dmitry Peskov", "Russia does not recognise the court and will not cooperate with it", "2026-05-20",
          "published", "Kremlsprecher Dmitri Peskow sagte"),
    ],
    actors=["European Union", "Germany", "France", "United Kingdom", "Poland", "Ukraine", "United States",
            "Volodymyr Zelensky", "Russia", "Friedrich Merz", "Kaja Kallas", "Maria Zakharova", "Dmitry Peskov",
            "Kremlin", "Vladimir Putin"],
))

# ---------------------------------------------------------------- b29de05 (Saarbrücker Zeitung)
DOCS.append(dict(
    id="b29de05_ministerrat_toulon_2025_08",
    lang="de",
    published="2025-08-30",
    published_basis="Saarbrücker Zeitung print piece of Saturday 30 August 2025 on the Franco-German Council of Ministers of Friday 29 August.",
    body="""
Ministerrat in Toulon: Merz und Macron erhöhen den Druck auf Moskau

Toulon/Saarbrücken. Deutschland und Frankreich wollen die Ukraine gemeinsam mit Sicherheitsgarantien absichern und Russland mit neuen Sanktionen an den Verhandlungstisch zwingen.
Darauf verständigten sich Bundeskanzler Friedrich Merz (CDU) und Präsident Emmanuel Macron beim deutsch-französischen Ministerrat am Freitag in der Hafenstadt Toulon.
Am Vorabend hatte Macron den Kanzler in seiner Sommerresidenz, dem Fort de Brégançon an der Côte d'Azur, zu einem Abendessen empfangen.

Macron setzte Kremlchef Wladimir Putin eine Frist: Sollte Putin bis Montag nicht einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zustimmen, habe er US-Präsident Donald Trump „einmal mehr hinters Licht geführt“.
Dann müssten die USA gemeinsam mit den Europäern Sekundärsanktionen gegen Abnehmer russischen Öls verhängen, forderte der Präsident.
Merz zeigte sich zurückhaltender: Er gehe nicht davon aus, dass es in absehbarer Zeit zu einem Treffen zwischen Putin und Selenskyj komme, sagte der Kanzler.
Russland spiele auf Zeit und verstärke zugleich seine Angriffe auf ukrainische Städte.

In der Nacht zum Donnerstag hatte Russland Kiew mit Hunderten Drohnen und Raketen angegriffen; mehr als 20 Menschen wurden getötet, auch das Gebäude der EU-Vertretung wurde beschädigt.
Trump hatte nach seinem Gipfel mit Putin in Alaska Mitte August ein direktes Treffen zwischen Putin und Selenskyj in Aussicht gestellt.
Der Kreml lehnt ein solches Gespräch ohne gründliche Vorbereitung jedoch ab.

In Toulon beschlossen beide Kabinette außerdem eine engere Zusammenarbeit bei der Luftverteidigung und in der Rüstungsindustrie.
Über eine mögliche Beteiligung an einer Schutztruppe nach einem Waffenstillstand wollen die Staats- und Regierungschefs der sogenannten Koalition der Willigen am kommenden Donnerstag in Paris beraten, Macron erwartet dazu auch Selenskyj.

Kremlsprecher Dmitri Peskow sagte, Fristen und Drohungen aus Europa würden den Friedensprozess „nur behindern“; die Europäer sollten sich aus den russisch-amerikanischen Gesprächen heraushalten.
Außenminister Sergej Lawrow hatte zuvor erklärt, Sicherheitsgarantien für Kiew ohne Beteiligung Russlands seien „eine Utopie“.

Mit am Tisch in Toulon saß auch die saarländische Ministerpräsidentin Anke Rehlinger (SPD), die als Bevollmächtigte für die deutsch-französischen Kulturbeziehungen dem Ministerrat angehört.
Sie warb dafür, den Jugendaustausch und den Sprachunterricht im Grenzraum auszubauen.
Die Ukraine sei aber „das beherrschende Thema“ gewesen, sagte Rehlinger der Saarbrücker Zeitung: Gerade in der Grenzregion wisse man, „was Frieden in Europa wert ist“.
""",
    timexes=[
        T("Freitag", "DATE", "2025-08-29"),
        T("Vorabend", "TIME", "2025-08-28TEV"),
        T("Montag", "DATE", "2025-09-01"),
        T("absehbarer Zeit", "DATE", "FUTURE_REF"),
        T("der Nacht zum Donnerstag", "TIME", "2025-08-27TNI", note="the night to Thursday 28 August 2025"),
        T("Mitte August", "DATE", "2025-08", mod="MID"),
        T("kommenden Donnerstag", "DATE", "2025-09-04"),
    ],
    events=[
        E("Germany and France to force Russia to the table with new sanctions", "SANCTION",
          ["Germany", "France", "Russia"], "2025-08-29", "context", "planned", "Deutschland und Frankreich wollen"),
        E("Merz and Macron agree on joint security guarantees for Ukraine", "AGREE",
          ["Friedrich Merz", "Emmanuel Macron", "Germany", "France", "Ukraine"], "2025-08-29", "text", "occurred",
          "Darauf verständigten sich Bundeskanzler"),
        E("Franco-German Council of Ministers in Toulon", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Germany", "France"], "2025-08-29", "text", "occurred",
          "Darauf verständigten sich Bundeskanzler"),
        E("Macron hosts Merz for dinner at Fort de Brégançon", "CONSULT", ["Emmanuel Macron", "Friedrich Merz"],
          "2025-08-28TEV", "text", "occurred", "Am Vorabend hatte Macron"),
        E("Macron sets Putin a deadline to agree to a meeting with Zelensky", "THREATEN",
          ["Emmanuel Macron", "Vladimir Putin"], "2025-08-29", "context", "occurred", "Macron setzte Kremlchef",
          note="deadline Monday 1 September 2025"),
        E("Macron demands that the US and the Europeans impose secondary sanctions on buyers of Russian oil",
          "REQUEST", ["Emmanuel Macron", "United States", "Russia"], "2025-08-29", "context", "occurred",
          "Dann müssten die USA"),
        E("A Putin–Zelensky meeting not expected soon (Merz)", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
          "FUTURE_REF", "vague", "uncertain", "Merz zeigte sich zurückhaltender"),
        E("Merz: Russia plays for time and steps up its attacks on Ukrainian cities", "ACCUSE",
          ["Friedrich Merz", "Russia"], "2025-08-29", "context", "occurred", "Russland spiele auf Zeit"),
        E("Russian drone and missile attack on Kyiv, the EU mission damaged", "ASSAULT", ["Russia", "Ukraine"],
          "2025-08-27TNI", "text", "occurred", "In der Nacht zum Donnerstag hatte Russland",
          note="night to 28 August 2025"),
        E("Trump–Putin summit in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
          "occurred", "Trump hatte nach seinem Gipfel", date_mod="MID"),
        E("Kremlin rejects a Putin–Zelensky meeting without thorough preparation", "REJECT",
          ["Kremlin", "Volodymyr Zelensky"], "2025-08-30", "published", "occurred", "Der Kreml lehnt ein solches"),
        E("Both cabinets agree closer cooperation on air defence and the arms industry", "COOPERATE",
          ["Germany", "France"], "2025-08-29", "context", "occurred", "In Toulon beschlossen beide Kabinette"),
        E("Coalition of the willing to meet in Paris on Thursday, Zelensky expected", "CONSULT",
          ["Emmanuel Macron", "Volodymyr Zelensky"], "2025-09-04", "text", "planned",
          "Über eine mögliche Beteiligung"),
        E("Peskov: deadlines and threats from Europe only hinder the peace process", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2025-08-30", "published", "occurred", "Kremlsprecher Dmitri Peskow"),
        E("Peskov: the Europeans should stay out of the Russian–American talks", "REQUEST",
          ["Dmitry Peskov", "European Union"], "2025-08-30", "published", "occurred", "Kremlsprecher Dmitri Peskow"),
        E("Lavrov rejects security guarantees for Kyiv without Russia as a utopia", "REJECT",
          ["Sergey Lavrov", "Ukraine"], "2025-08-30", "published", "occurred", "Außenminister Sergej Lawrow"),
    ],
    statements=[
        S("Emmanuel Macron", "If Putin does not agree to meet Zelensky by Monday he has fooled Trump once more",
          "2025-08-29", "context", "Macron setzte Kremlchef"),
        S("Emmanuel Macron", "The US and the Europeans must then impose secondary sanctions", "2025-08-29",
          "context", "Dann müssten die USA"),
        S("Friedrich Merz", "Does not expect a Putin–Zelensky meeting in the foreseeable future", "2025-08-29",
          "context", "Merz zeigte sich zurückhaltender"),
        S("Friedrich Merz", "Russia plays for time and steps up attacks on Ukrainian cities", "2025-08-29",
          "context", "Russland spiele auf Zeit"),
        S("Kremlin", "Rejects a meeting with Zelensky without thorough preparation", "2025-08-30", "published",
          "Der Kreml lehnt ein solches"),
        S("Dmitry Peskov", "Deadlines and threats from Europe only hinder; Europeans should stay out of the talks",
          "2025-08-30", "published", "Kremlsprecher Dmitri Peskow"),
        S("Sergey Lavrov", "Security guarantees for Kyiv without Russia are a utopia", "2025-08-30", "published",
          "Außenminister Sergej Lawrow"),
    ],
    actors=["Germany", "France", "Ukraine", "Russia", "Friedrich Merz", "Emmanuel Macron", "Kremlin",
            "Vladimir Putin", "Volodymyr Zelensky", "United States", "Donald Trump", "European Union",
            "Dmitry Peskov", "Sergey Lavrov"],
))

# ---------------------------------------------------------------- b29de06 (Märkische Oderzeitung)
DOCS.append(dict(
    id="b29de06_weimarer_dreieck_berlin_2024_03",
    lang="de",
    published="2024-03-16",
    published_basis="Märkische Oderzeitung print piece of Saturday 16 March 2024 on the Weimar Triangle meeting of Friday 15 March.",
    body="""
Weimarer Dreieck demonstriert Einigkeit

Berlin/Frankfurt (Oder). Nach Wochen offener Differenzen über die Unterstützung der Ukraine haben Bundeskanzler Olaf Scholz (SPD), Frankreichs Präsident Emmanuel Macron und Polens Ministerpräsident Donald Tusk in Berlin Geschlossenheit demonstriert.
Bei dem kurzfristig anberaumten Treffen im Kanzleramt am Freitag einigten sich die drei darauf, auf dem Weltmarkt mehr Waffen für die Ukraine zu kaufen und die Produktion von Rüstungsgütern auch in der Ukraine voranzutreiben.
Zudem soll eine neue Koalition für weitreichende Raketenartillerie gebildet werden.

„Wir werden tun, was nötig ist, solange es nötig ist“, sagte Scholz bei der gemeinsamen Pressekonferenz am Abend.
Tusk sprach von „bösen Gerüchten“ über einen Streit unter den Partnern, die sich als „stark übertrieben“ erwiesen hätten.
Macron vermied es, seine umstrittene Äußerung zu wiederholen, er wolle die Entsendung westlicher Bodentruppen in die Ukraine nicht ausschließen.
Noch am Donnerstagabend hatte er in einem Fernsehinterview bekräftigt, man dürfe „nichts ausschließen“, um einen russischen Sieg zu verhindern.

Scholz hatte einer Entsendung deutscher Soldaten wiederholt eine klare Absage erteilt und lehnt auch die Lieferung von Taurus-Marschflugkörpern weiter ab.
In Warschau und Paris hatte das für Unmut gesorgt.
Am Mittwoch hatten sich die EU-Staaten darauf verständigt, die Europäische Friedensfazilität um fünf Milliarden Euro für Militärhilfe an die Ukraine aufzustocken.

Kremlsprecher Dmitri Peskow warf den Europäern vor, die Lage „immer weiter zu eskalieren“; Russland werde darauf angemessen antworten.
In Russland wird von Freitag bis Sonntag ein neuer Präsident gewählt, die Wiederwahl Wladimir Putins gilt als sicher.
Der ukrainische Präsident Wolodymyr Selenskyj dankte den drei Regierungschefs für das „klare Signal“ und forderte erneut mehr Flugabwehr und Munition.

In der Doppelstadt Frankfurt (Oder) und Słubice wurde das Treffen aufmerksam verfolgt.
An der Europa-Universität Viadrina diskutierten Studierende beider Länder am Freitagabend über die Zukunft des Weimarer Dreiecks, das 1991 von den Außenministern Deutschlands, Frankreichs und Polens gegründet worden war.
Tusk hatte nach seiner Rückkehr ins Amt im Dezember angekündigt, das Format wiederzubeleben.
""",
    timexes=[
        T("Wochen", "DURATION", "PXW"),
        T("Freitag", "DATE", "2024-03-15"),
        T("Abend", "TIME", "2024-03-15TEV"),
        T("Donnerstagabend", "TIME", "2024-03-14TEV"),
        T("Mittwoch", "DATE", "2024-03-13"),
        T("Freitag", "DATE", "2024-03-15", n=1),
        T("Sonntag", "DATE", "2024-03-17"),
        T("Freitagabend", "TIME", "2024-03-15TEV"),
        T("1991", "DATE", "1991"),
        T("Dezember", "DATE", "2023-12"),
    ],
    events=[
        E("Weimar Triangle meeting of Scholz, Macron and Tusk in the Chancellery", "CONSULT",
          ["Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "Germany", "France", "Poland"], "2024-03-15", "text",
          "occurred", "Bei dem kurzfristig anberaumten Treffen"),
        E("The three agree to buy more weapons for Ukraine on the world market and to boost production in Ukraine",
          "AGREE", ["Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "Ukraine"], "2024-03-15", "text", "occurred",
          "Bei dem kurzfristig anberaumten Treffen"),
        E("More weapons to be bought for Ukraine on the world market", "AID",
          ["Germany", "France", "Poland", "Ukraine"], "2024-03-15", "context", "planned",
          "Bei dem kurzfristig anberaumten Treffen"),
        E("A new coalition for long-range rocket artillery to be formed", "COOPERATE", ["Germany", "France", "Poland"],
          "2024-03-15", "context", "planned", "Zudem soll eine neue Koalition"),
        E("Scholz promises to do what is necessary for as long as necessary", "AGREE", ["Olaf Scholz", "Ukraine"],
          "2024-03-15TEV", "text", "occurred", "Wir werden tun, was nötig ist"),
        E("Scholz rules out sending German soldiers", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-03-16", "published",
          "occurred", "Scholz hatte einer Entsendung deutscher Soldaten", note="repeated refusal, no date given"),
        E("Scholz still refuses to deliver Taurus cruise missiles", "REJECT", ["Olaf Scholz", "Ukraine"],
          "2024-03-16", "published", "occurred", "Scholz hatte einer Entsendung deutscher Soldaten"),
        E("EU states agree to top up the European Peace Facility by five billion euros for military aid to Ukraine",
          "AID", ["European Union", "Ukraine"], "2024-03-13", "text", "occurred", "Am Mittwoch hatten sich die EU-Staaten"),
        E("Peskov accuses the Europeans of escalating", "ACCUSE", ["Dmitry Peskov", "European Union"], "2024-03-16",
          "published", "occurred", "Kremlsprecher Dmitri Peskow warf"),
        E("Peskov: Russia will respond appropriately", "THREATEN", ["Dmitry Peskov", "European Union"], "2024-03-16",
          "published", "occurred", "Kremlsprecher Dmitri Peskow warf"),
        E("Zelensky again asks for more air defence and ammunition", "REQUEST",
          ["Volodymyr Zelensky", "Germany", "France", "Poland"], "2024-03-16", "published", "occurred",
          "Der ukrainische Präsident Wolodymyr Selenskyj dankte"),
        E("The Weimar Triangle was founded by the three foreign ministers", "COOPERATE", ["Germany", "France", "Poland"],
          "1991", "text", "occurred", "An der Europa-Universität Viadrina"),
    ],
    statements=[
        S("Olaf Scholz", "We will do what is necessary for as long as necessary", "2024-03-15TEV", "text",
          "Wir werden tun, was nötig ist"),
        S("Donald Tusk", "Rumours of a dispute among the partners proved greatly exaggerated", "2024-03-15TEV",
          "context", "Tusk sprach von"),
        S("Emmanuel Macron", "Nothing may be ruled out to prevent a Russian victory", "2024-03-14TEV", "text",
          "Noch am Donnerstagabend hatte er"),
        S("Dmitry Peskov", "The Europeans keep escalating; Russia will respond appropriately", "2024-03-16",
          "published", "Kremlsprecher Dmitri Peskow warf"),
        S("Volodymyr Zelensky", "Thanks for the clear signal; asks again for air defence and ammunition",
          "2024-03-16", "published", "Der ukrainische Präsident Wolodymyr Selenskyj dankte"),
        S("Donald Tusk", "Announced he would revive the Weimar Triangle", "2023-12", "text",
          "Tusk hatte nach seiner Rückkehr"),
    ],
    actors=["Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "Germany", "France", "Poland", "Ukraine",
            "European Union", "Dmitry Peskov", "Kremlin", "Russia", "Vladimir Putin", "Volodymyr Zelensky"],
))
