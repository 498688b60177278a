"""German articles of the blind32 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b32de01
DOCS.append(dict(
    id="b32de01_grain_from_ukraine_gipfel_2022_11",
    lang="de",
    published="2022-11-27",
    body="""
Gipfel in Kiew: 150 Millionen Dollar für Getreide an hungernde Länder

Kiew/Oldenburg. Unter dem Eindruck der russischen Angriffe auf die Energieversorgung hat der ukrainische Präsident Wolodymyr Selenskyj am Samstag zu einem Gipfel über Getreidelieferungen in ärmere Länder geladen.
Bei dem Treffen in Kiew kamen nach Angaben des Präsidialamts Zusagen über rund 150 Millionen US-Dollar zusammen.
Mit dem Geld sollen im Rahmen der Initiative „Grain from Ukraine“ bis zum Frühjahr mindestens 60 Schiffe mit Weizen nach Äthiopien, Somalia, in den Sudan und in den Jemen geschickt werden.

Persönlich angereist waren der belgische Premierminister Alexander De Croo, Polens Regierungschef Mateusz Morawiecki, Litauens Präsident Gitanas Nausėda und die ungarische Staatspräsidentin Katalin Novák.
Selenskyj empfing die Gäste anschließend einzeln zu Gesprächen, bei denen es nach Angaben aus Warschau auch um weitere Stromgeneratoren und Transformatoren ging.
Bundeskanzler Olaf Scholz (SPD) war per Video zugeschaltet und sagte weitere 15 Millionen Euro für die Initiative zu.
„Hunger darf nie wieder als Waffe eingesetzt werden“, sagte Scholz.

Der Termin war bewusst gewählt.
Am Samstag gedachte die Ukraine zugleich der Millionen Opfer des Holodomor, der von Stalin herbeigeführten Hungersnot der Jahre 1932 und 1933.
Selenskyj warf Russland in einer Ansprache vor, das Land erneut aushungern und erfrieren lassen zu wollen, „diesmal mit Raketen statt mit beschlagnahmtem Korn“.
Erst am Mittwoch hatten russische Raketen- und Drohnenangriffe weite Teile der Ukraine ohne Strom und Wasser gelassen.
Der Bundestag will in der kommenden Woche den Holodomor als Völkermord einstufen.

Moskau reagierte mit Spott.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte den Gipfel eine „Propagandaveranstaltung“, mit der Kiew von der Verantwortung des Westens für steigende Lebensmittelpreise ablenken wolle.
Russland halte sich an das Getreideabkommen, fügte sie hinzu.
Die unter Vermittlung der Vereinten Nationen und der Türkei geschlossene Vereinbarung war vor zehn Tagen um weitere 120 Tage verlängert worden.
UN-Generalsekretär António Guterres hatte die Verlängerung als „Lebensader“ für die Weltmärkte begrüßt.

In den Häfen an der Unterweser wird die Lage am Schwarzen Meer genau verfolgt.
Seit dem Sommer seien über die Donau und rumänische Umschlagplätze auch einzelne Partien ukrainischen Maises in Brake angekommen, sagte ein Sprecher der Hafenwirtschaft unserer Zeitung.
Höhere Frachtraten und Versicherungsprämien machten das Geschäft allerdings teuer.
Das Landvolk Niedersachsen kündigte an, sich mit Saatgutspenden an der Initiative zu beteiligen.
""",
    timexes=[
        T("Samstag", "DATE", "2022-11-26"),
        T("Frühjahr", "DATE", "2023-SP"),
        T("Samstag", "DATE", "2022-11-26", n=1),
        T("1932", "DATE", "1932"),
        T("1933", "DATE", "1933"),
        T("Mittwoch", "DATE", "2022-11-23"),
        T("der kommenden Woche", "DATE", "2022-W48"),
        T("vor zehn Tagen", "DATE", "2022-11-17"),
        T("120 Tage", "DURATION", "P120D"),
        T("dem Sommer", "DATE", "2022-SU"),
    ],
    events=[
        E("Zelensky hosts the Grain from Ukraine summit in Kyiv", "CONSULT",
          ["Volodymyr Zelensky", "Ukraine", "Poland", "Olaf Scholz"], "2022-11-26", "text", "occurred",
          "zu einem Gipfel über Getreidelieferungen"),
        E("Pledges of about 150 million dollars for grain shipments", "AID", ["Ukraine"],
          "2022-11-26", "context", "occurred", "Zusagen über rund 150 Millionen"),
        E("At least 60 ships of wheat to be sent to Africa and Yemen by spring", "AID", ["Ukraine"],
          "2023-SP", "text", "planned", "mindestens 60 Schiffe", note="by spring 2023"),
        E("Zelensky holds bilateral talks with the guests, including Poland's prime minister", "CONSULT",
          ["Volodymyr Zelensky", "Poland"], "2022-11-26", "context", "occurred", "empfing die Gäste anschließend"),
        E("Scholz pledges a further 15 million euros for the initiative", "AID",
          ["Olaf Scholz", "Germany", "Ukraine"], "2022-11-26", "context", "occurred",
          "sagte weitere 15 Millionen Euro"),
        E("Zelensky accuses Russia of trying to starve and freeze Ukraine", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-11-26", "context", "occurred", "Selenskyj warf Russland"),
        E("Russian missile and drone strikes on Ukraine's energy system", "ASSAULT", ["Russia", "Ukraine"],
          "2022-11-23", "text", "occurred", "Erst am Mittwoch hatten"),
        E("Zakharova accuses Kyiv of staging a propaganda event", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2022-11-27", "published", "occurred", "Propagandaveranstaltung"),
        E("Grain deal extended by 120 days under UN and Turkish mediation", "AGREE",
          ["Russia", "Ukraine", "United Nations", "Turkey"], "2022-11-17", "text", "occurred",
          "vor zehn Tagen um weitere"),
        E("Guterres welcomes the extension of the grain deal", "SUPPORT", ["António Guterres"],
          "2022-11-17", "context", "occurred", "als „Lebensader“"),
    ],
    statements=[
        S("Ukraine", "Pledges of about 150 million dollars were made at the summit", "2022-11-26", "context",
          "Zusagen über rund 150 Millionen"),
        S("Poland", "The talks with Zelensky also covered generators and transformers", "2022-11-26", "context",
          "empfing die Gäste anschließend"),
        S("Olaf Scholz", "Hunger must never again be used as a weapon", "2022-11-26", "context",
          "Hunger darf nie wieder"),
        S("Volodymyr Zelensky", "Russia wants to starve and freeze Ukraine again, this time with missiles",
          "2022-11-26", "context", "Selenskyj warf Russland"),
        S("Russia", "Moscow mocked the summit", "2022-11-27", "published", "Moskau reagierte mit Spott"),
        S("Maria Zakharova", "The summit is a propaganda event distracting from the West's responsibility for food prices",
          "2022-11-27", "published", "Propagandaveranstaltung"),
        S("Maria Zakharova", "Russia abides by the grain deal", "2022-11-27", "published",
          "Russland halte sich an das Getreideabkommen"),
        S("António Guterres", "The extension is a lifeline for world markets", "2022-11-17", "context",
          "als „Lebensader“"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Poland", "Olaf Scholz", "Germany", "Russia", "Maria Zakharova",
            "United Nations", "Turkey", "António Guterres"],
))

# ---------------------------------------------------------------- b32de02
DOCS.append(dict(
    id="b32de02_nato_aussenminister_bukarest_2022_11",
    lang="de",
    published="2022-11-30",
    body="""
Nato sagt der Ukraine Hilfe für den Winter zu – „Die Tür bleibt offen“

Bukarest/Chemnitz. Die Außenminister der Nato-Staaten haben der Ukraine bei ihrem Treffen in Bukarest mehr Unterstützung für die Reparatur ihres zerstörten Stromnetzes zugesagt.
„Präsident Putin versucht, Kälte und Dunkelheit als Kriegswaffe einzusetzen“, sagte Nato-Generalsekretär Jens Stoltenberg am Dienstagabend zum Auftakt der zweitägigen Beratungen im Parlamentspalast der rumänischen Hauptstadt.

US-Außenminister Antony Blinken kündigte 53 Millionen Dollar für Transformatoren, Leistungsschalter und andere Netzausrüstung an.
Bundesaußenministerin Annalena Baerbock (Grüne) verwies auf deutsche Lieferungen von Generatoren und warb für einen gemeinsamen „Winterschutzschirm“ der Verbündeten.
Der ukrainische Außenminister Dmytro Kuleba, der als Gast an den Beratungen teilnahm, brachte eine knappe Wunschliste mit: „Patriots und Transformatoren“.
Die Ukraine brauche beides, um die Angriffe auf ihre Kraftwerke abzuwehren und die Schäden zu beheben, sagte Kuleba.

Zugleich bekräftigten die Minister den Beschluss des Bukarester Gipfels von 2008, wonach die Ukraine Mitglied der Allianz werden soll.
„Die Tür der Nato ist offen“, sagte Stoltenberg.
Einen Zeitplan nannte er nicht; vorrangig gehe es darum, dass die Ukraine als souveräner Staat bestehen bleibe.
Am Mittwoch trafen die Minister mit ihren Kollegen aus Georgien und der Republik Moldau zusammen, die die Allianz stärker gegen russischen Druck wappnen will.

Aus Moskau kam prompt Widerspruch.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, die Erklärungen aus Bukarest zeigten, dass die Nato längst Partei in dem Konflikt sei.
Eine Aufnahme der Ukraine in das Bündnis werde Russland als Bedrohung seiner Sicherheit betrachten und entsprechend reagieren.
Außenminister Sergej Lawrow warf dem Westen vor, mit seinen Waffenlieferungen den Krieg künstlich zu verlängern.

Frankreich lädt für den 13. Dezember zu einer internationalen Konferenz nach Paris ein, auf der Hilfen für die ukrainische Zivilbevölkerung im Winter gebündelt werden sollen.
Präsident Emmanuel Macron hatte angekündigt, die Konferenz selbst zu eröffnen.

Auch in Sachsen ist die Nachfrage aus der Ukraine spürbar.
Ein Hersteller von Mittelspannungstechnik aus dem Erzgebirge bestätigte der „Freien Presse“, dass er seit Oktober mehrere Dutzend Transformatoren an ukrainische Netzbetreiber geliefert habe, finanziert teils über Programme der Bundesregierung.
Die Lieferzeiten für neue Geräte lägen inzwischen bei mehr als einem Jahr.
""",
    timexes=[
        T("den Winter", "DATE", "2022-WI"),
        T("Dienstagabend", "TIME", "2022-11-29TEV"),
        T("zweitägigen", "DURATION", "P2D"),
        T("2008", "DATE", "2008"),
        T("Mittwoch", "DATE", "2022-11-30"),
        T("Mittwoch", "DATE", "2022-11-30", n=1),
        T("13. Dezember", "DATE", "2022-12-13"),
        T("Winter", "DATE", "2022-WI", n=1),
        T("Oktober", "DATE", "2022-10"),
        T("mehr als einem Jahr", "DURATION", "P1Y", mod="MORE_THAN"),
    ],
    events=[
        E("NATO foreign ministers meet in Bucharest", "CONSULT", ["NATO", "Jens Stoltenberg"],
          "2022-11-29TEV", "text", "occurred", "im Parlamentspalast"),
        E("NATO ministers pledge more support to repair Ukraine's power grid", "AID", ["NATO", "Ukraine"],
          "2022-11-29", "context", "occurred", "mehr Unterstützung für die Reparatur"),
        E("Stoltenberg accuses Putin of using cold and darkness as a weapon", "ACCUSE",
          ["Jens Stoltenberg", "Vladimir Putin"], "2022-11-29TEV", "text", "occurred", "Kälte und Dunkelheit"),
        E("Blinken announces 53 million dollars for grid equipment", "AID", ["Antony Blinken", "Ukraine"],
          "2022-11-29", "context", "occurred", "53 Millionen Dollar"),
        E("Baerbock calls for a joint winter protection shield of the allies", "REQUEST", ["Germany", "NATO"],
          "2022-11-29", "context", "occurred", "Winterschutzschirm"),
        E("Kuleba takes part in the ministers' talks", "CONSULT", ["Ukraine", "NATO"], "2022-11-29", "context",
          "occurred", "als Gast an den Beratungen"),
        E("Kuleba asks for Patriots and transformers", "REQUEST", ["Ukraine", "NATO"], "2022-11-29", "context",
          "occurred", "knappe Wunschliste"),
        E("Ministers reaffirm that Ukraine will become a NATO member", "AGREE", ["NATO", "Ukraine"],
          "2022-11-29", "context", "occurred", "bekräftigten die Minister"),
        E("Bucharest summit decision that Ukraine will become a member", "AGREE", ["NATO", "Ukraine"],
          "2008", "text", "occurred", "bekräftigten die Minister"),
        E("Ministers meet counterparts from Georgia and Moldova", "CONSULT", ["NATO"], "2022-11-30", "text",
          "occurred", "Am Mittwoch trafen die Minister"),
        E("Peskov accuses NATO of being a party to the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"],
          "2022-11-30", "text", "occurred", "längst Partei"),
        E("Peskov warns Russia would respond to Ukraine joining NATO", "THREATEN",
          ["Dmitry Peskov", "NATO", "Ukraine"], "2022-11-30", "context", "occurred", "entsprechend reagieren"),
        E("Lavrov accuses the West of prolonging the war with arms deliveries", "ACCUSE", ["Sergey Lavrov"],
          "2022-11-30", "published", "occurred", "künstlich zu verlängern"),
        E("France to host an aid conference for Ukraine's civilians in Paris", "CONSULT", ["France", "Ukraine"],
          "2022-12-13", "text", "planned", "Frankreich lädt für den 13. Dezember"),
    ],
    statements=[
        S("Jens Stoltenberg", "Putin is trying to use cold and darkness as a weapon of war", "2022-11-29TEV", "text",
          "Kälte und Dunkelheit"),
        S("Antony Blinken", "Announces 53 million dollars for grid equipment", "2022-11-29", "context",
          "53 Millionen Dollar"),
        S("Germany", "Baerbock points to German generators and argues for a joint winter shield", "2022-11-29",
          "context", "Winterschutzschirm"),
        S("Ukraine", "Kuleba: Ukraine needs Patriots and transformers", "2022-11-29", "context",
          "knappe Wunschliste"),
        S("Ukraine", "Kuleba: both are needed to fend off attacks and repair damage", "2022-11-29", "context",
          "Die Ukraine brauche beides"),
        S("Jens Stoltenberg", "NATO's door is open", "2022-11-29", "context", "Die Tür der Nato ist offen"),
        S("Jens Stoltenberg", "No timetable; priority is Ukraine's survival as a sovereign state", "2022-11-29",
          "context", "Einen Zeitplan nannte er nicht"),
        S("Russia", "Moscow contradicted promptly", "2022-11-30", "published", "Aus Moskau kam prompt"),
        S("Dmitry Peskov", "The Bucharest statements show NATO is a party to the conflict", "2022-11-30", "text",
          "längst Partei"),
        S("Dmitry Peskov", "Russia would see Ukraine's accession as a threat and respond", "2022-11-30", "context",
          "entsprechend reagieren"),
        S("Sergey Lavrov", "The West prolongs the war with arms deliveries", "2022-11-30", "published",
          "künstlich zu verlängern"),
        S("Emmanuel Macron", "Will open the Paris conference himself", "2022-11-30", "published",
          "die Konferenz selbst zu eröffnen"),
    ],
    actors=["NATO", "Ukraine", "Vladimir Putin", "Jens Stoltenberg", "Antony Blinken", "United States", "Germany",
            "Russia", "Dmitry Peskov", "Kremlin", "Sergey Lavrov", "France", "Emmanuel Macron"],
))

# ---------------------------------------------------------------- b32de03
DOCS.append(dict(
    id="b32de03_stoltenberg_kiew_2023_04",
    lang="de",
    published="2023-04-21",
    body="""
Stoltenberg überraschend in Kiew: „Der Platz der Ukraine ist in der Nato“

Kiew/Kassel. Erstmals seit Beginn der russischen Invasion ist Nato-Generalsekretär Jens Stoltenberg in die Ukraine gereist.
Der Norweger traf am Donnerstag in Kiew mit Präsident Wolodymyr Selenskyj zusammen, nachdem er an einer Gedenkmauer für gefallene Soldaten einen Kranz niedergelegt hatte.
„Der rechtmäßige Platz der Ukraine ist in der euro-atlantischen Familie, er ist in der Nato“, sagte Stoltenberg auf einer gemeinsamen Pressekonferenz.
Mit der Zeit werde die Allianz der Ukraine helfen, dieses Ziel zu erreichen.

Selenskyj verlangte von den Verbündeten eine klare Beitrittsperspektive beim Nato-Gipfel im Juli in Vilnius.
„Es ist Zeit für Entscheidungen“, sagte der ukrainische Präsident.
Die Ukraine erwarte in Vilnius eine Einladung und einen Fahrplan, nicht nur warme Worte.
Zugleich beklagte Selenskyj, dass einige Partnerländer zugesagte Waffen nur schleppend lieferten.

Stoltenberg sagte, die Mitgliedschaft werde in Vilnius auf der Tagesordnung stehen, dringender sei derzeit aber, dass die Ukraine sich gegen den Angreifer behaupte.
Am Freitag kommen auf dem US-Stützpunkt Ramstein in Rheinland-Pfalz die Verteidigungsminister der Ukraine-Kontaktgruppe zusammen; Gastgeber ist US-Verteidigungsminister Lloyd Austin.
Bundesverteidigungsminister Boris Pistorius (SPD) hatte vorab weitere Munition für die Flugabwehr in Aussicht gestellt.

Moskau reagierte gereizt.
Kremlsprecher Dmitri Peskow erklärte, eines der Ziele der „militärischen Spezialoperation“ bleibe es, einen Nato-Beitritt der Ukraine zu verhindern.
Andernfalls entstehe eine ernsthafte Gefahr für die Sicherheit Russlands, „auf die wir reagieren müssten“.
In der Nacht zum Freitag griff Russland nach Angaben der ukrainischen Luftwaffe die Hafenstadt Odessa erneut mit Drohnen an.

In Nordhessen wird die Debatte aufmerksam verfolgt.
Im Kasseler Werk des Rüstungskonzerns Rheinmetall, in dem unter anderem der Transportpanzer Fuchs gefertigt wird, wurden nach Unternehmensangaben seit Jahresbeginn Dutzende ukrainische Soldaten an Fahrzeugen ausgebildet.
Zu weiteren Aufträgen wollte sich ein Sprecher nicht äußern.
Am Donnerstagabend versammelten sich vor dem Kasseler Rathaus nach Polizeiangaben rund 150 Menschen zu einer Mahnwache für die Ukraine.
""",
    timexes=[
        T("Donnerstag", "DATE", "2023-04-20"),
        T("Juli", "DATE", "2023-07"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Freitag", "DATE", "2023-04-21"),
        T("der Nacht zum Freitag", "TIME", "2023-04-20TNI", note="night of 20 to 21 April 2023"),
        T("Jahresbeginn", "DATE", "2023", mod="START"),
        T("Donnerstagabend", "TIME", "2023-04-20TEV"),
    ],
    events=[
        E("Stoltenberg meets Zelensky in Kyiv on his first visit since the invasion", "CONSULT",
          ["Jens Stoltenberg", "NATO", "Volodymyr Zelensky", "Ukraine"], "2023-04-20", "text", "occurred",
          "Der Norweger traf am Donnerstag"),
        E("Stoltenberg promises NATO will help Ukraine reach membership over time", "AGREE",
          ["Jens Stoltenberg", "NATO", "Ukraine"], "2023-04-20", "context", "occurred",
          "Mit der Zeit werde die Allianz"),
        E("Zelensky demands a clear membership perspective at the Vilnius summit", "REQUEST",
          ["Volodymyr Zelensky", "NATO"], "2023-04-20", "context", "occurred", "klare Beitrittsperspektive"),
        E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07", "text", "planned", "klare Beitrittsperspektive"),
        E("Zelensky complains that some partners deliver promised weapons slowly", "ACCUSE",
          ["Volodymyr Zelensky"], "2023-04-20", "context", "occurred", "nur schleppend lieferten"),
        E("Ukraine Defence Contact Group meets at Ramstein, hosted by the US", "CONSULT",
          ["United States", "Ukraine"], "2023-04-21", "text", "planned", "Ukraine-Kontaktgruppe"),
        E("Pistorius holds out more air-defence ammunition for Ukraine", "AID", ["Germany", "Ukraine"],
          "2023-04-21", "published", "planned", "in Aussicht gestellt"),
        E("Peskov: preventing Ukraine's NATO accession remains a goal", "REJECT",
          ["Dmitry Peskov", "NATO", "Ukraine"], "2023-04-21", "published", "occurred",
          "einen Nato-Beitritt der Ukraine zu verhindern"),
        E("Peskov warns Russia would have to respond", "THREATEN", ["Dmitry Peskov", "NATO"], "2023-04-21",
          "published", "occurred", "auf die wir reagieren müssten"),
        E("Russian drone attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2023-04-20TNI", "text", "occurred",
          "In der Nacht zum Freitag"),
    ],
    statements=[
        S("Jens Stoltenberg", "Ukraine's rightful place is in NATO", "2023-04-20", "context",
          "rechtmäßige Platz"),
        S("Jens Stoltenberg", "Over time NATO will help Ukraine reach that goal", "2023-04-20", "context",
          "Mit der Zeit werde die Allianz"),
        S("Volodymyr Zelensky", "It is time for decisions", "2023-04-20", "context", "Zeit für Entscheidungen"),
        S("Volodymyr Zelensky", "Ukraine expects an invitation and a roadmap in Vilnius", "2023-04-20", "context",
          "Die Ukraine erwarte in Vilnius"),
        S("Volodymyr Zelensky", "Some partners deliver promised weapons slowly", "2023-04-20", "context",
          "nur schleppend lieferten"),
        S("Jens Stoltenberg", "Membership will be on the Vilnius agenda; more urgent is that Ukraine holds its ground",
          "2023-04-20", "context", "auf der Tagesordnung"),
        S("Germany", "Pistorius holds out more air-defence ammunition", "2023-04-21", "published",
          "in Aussicht gestellt"),
        S("Russia", "Moscow reacted irritably", "2023-04-21", "published", "Moskau reagierte gereizt"),
        S("Dmitry Peskov", "Preventing Ukraine's NATO accession remains a goal of the operation", "2023-04-21",
          "published", "einen Nato-Beitritt der Ukraine zu verhindern"),
        S("Dmitry Peskov", "Accession would be a serious threat Russia would have to respond to", "2023-04-21",
          "published", "auf die wir reagieren müssten"),
        S("Ukraine", "Air force reports a new drone attack on Odesa", "2023-04-21", "published",
          "In der Nacht zum Freitag"),
    ],
    actors=["Jens Stoltenberg", "NATO", "Volodymyr Zelensky", "Ukraine", "Russia", "United States", "Germany",
            "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b32de04
DOCS.append(dict(
    id="b32de04_eu_china_gipfel_peking_2025_07",
    lang="de",
    published="2025-07-25",
    body="""
EU-China-Gipfel: Von der Leyen drängt Xi zu Druck auf Moskau

Peking/Bozen – Beim Gipfeltreffen in Peking haben die Spitzen der Europäischen Union den chinesischen Staatschef Xi Jinping aufgefordert, seinen Einfluss auf Russland für ein Ende des Krieges in der Ukraine zu nutzen.
„Wie China weiterhin mit Putins Krieg umgeht, wird ein entscheidender Faktor für unsere Beziehungen sein“, sagte EU-Kommissionspräsidentin Ursula von der Leyen am Donnerstag nach den Gesprächen mit Xi und Ministerpräsident Li Qiang.
Sie und EU-Ratspräsident António Costa waren zum 50. Jahrestag der diplomatischen Beziehungen nach Peking gereist; das Treffen war auf Wunsch der chinesischen Seite auf einen Tag verkürzt worden.

Xi wies den Vorwurf zurück, China unterstütze die russische Kriegsführung.
Nach Angaben der amtlichen Nachrichtenagentur Xinhua sagte er, China sei nicht Partei des Konflikts und setze sich für Friedensgespräche ein.
Die EU solle ihre Meinungsverschiedenheiten mit Peking „richtig handhaben“ und auf Sanktionen gegen chinesische Unternehmen verzichten.
Erst vergangene Woche hatte die EU in ihrem 18. Sanktionspaket gegen Russland zwei chinesische Regionalbanken gelistet; Peking hatte daraufhin mit Gegenmaßnahmen gedroht.

Die EU-Außenbeauftragte Kaja Kallas hatte Anfang Juli bei einem Treffen mit Chinas Außenminister Wang Yi in Brüssel ähnlich deutliche Worte gewählt.
Nach Berichten aus Diplomatenkreisen soll Wang dabei gesagt haben, China könne sich eine Niederlage Russlands nicht leisten, weil sich die USA dann ganz auf China konzentrieren würden.
Pekings Außenministerium bestritt diese Darstellung später.

Konkrete Zusagen Chinas zur Ukraine gab es nicht.
Beide Seiten verständigten sich lediglich auf eine gemeinsame Erklärung zum Klimaschutz.
Costa kündigte an, den Dialog über die Ukraine auf Ebene der Sonderbeauftragten fortzusetzen; ein nächster Gipfel soll im kommenden Jahr in Brüssel stattfinden.

Der ukrainische Präsident Wolodymyr Selenskyj sagte in seiner abendlichen Videoansprache, ohne chinesische Bauteile könnte Russland nicht so viele Drohnen bauen.
Er forderte die Europäer auf, gegenüber Peking hart zu bleiben.

Für die Südtiroler Wirtschaft steht bei dem Streit viel auf dem Spiel.
China ist seit einigen Jahren ein wichtiger Absatzmarkt für Äpfel aus dem Etschtal und dem Vinschgau, wie der Verband der Südtiroler Obstgenossenschaften mitteilte.
Eine Eskalation des Handelsstreits zwischen Brüssel und Peking würde auch die heimischen Produzenten treffen, warnte ein Sprecher des Verbandes.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-07-24"),
        T("einen Tag", "DURATION", "P1D"),
        T("vergangene Woche", "DATE", "2025-W29"),
        T("Anfang Juli", "DATE", "2025-07", mod="START"),
        T("kommenden Jahr", "DATE", "2026"),
        T("abendlichen", "SET", "P1D"),
        T("einigen Jahren", "DURATION", "PXY"),
    ],
    events=[
        E("EU leaders urge Xi to use his influence on Russia to end the war", "REQUEST",
          ["European Union", "Xi Jinping"], "2025-07-24", "context", "occurred", "seinen Einfluss auf Russland"),
        E("EU–China summit in Beijing: von der Leyen and Costa meet Xi and Li Qiang", "CONSULT",
          ["Ursula von der Leyen", "European Union", "Xi Jinping", "China"], "2025-07-24", "context", "occurred",
          "zum 50. Jahrestag"),
        E("Xi rejects the charge that China supports Russia's war", "REJECT", ["Xi Jinping", "European Union"],
          "2025-07-24", "context", "occurred", "Xi wies den Vorwurf zurück"),
        E("Xi asks the EU to refrain from sanctions on Chinese companies", "REQUEST",
          ["Xi Jinping", "European Union"], "2025-07-24", "context", "occurred", "richtig handhaben"),
        E("EU's 18th sanctions package lists two Chinese regional banks", "SANCTION",
          ["European Union", "Russia", "China"], "2025-W29", "text", "occurred", "18. Sanktionspaket"),
        E("Beijing threatens countermeasures", "THREATEN", ["China", "European Union"], "2025-W29", "context",
          "occurred", "18. Sanktionspaket"),
        E("Kallas meets Wang Yi in Brussels", "CONSULT", ["Kaja Kallas", "China"], "2025-07", "text", "occurred",
          "Anfang Juli", date_mod="START"),
        E("Joint EU–China declaration on climate", "AGREE", ["European Union", "China"], "2025-07-24", "context",
          "occurred", "Erklärung zum Klimaschutz"),
        E("Dialogue on Ukraine to continue at the level of special envoys", "CONSULT",
          ["European Union", "China"], "2025-07-25", "published", "planned", "Ebene der Sonderbeauftragten"),
        E("Next EU–China summit in Brussels", "CONSULT", ["European Union", "China"], "2026", "text", "planned",
          "Ebene der Sonderbeauftragten"),
        E("Zelensky accuses China of supplying parts for Russian drones", "ACCUSE",
          ["Volodymyr Zelensky", "China"], "2025-07-24", "context", "occurred", "ohne chinesische Bauteile"),
        E("Zelensky urges the Europeans to stay firm towards Beijing", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-07-24", "context", "occurred", "hart zu bleiben"),
    ],
    statements=[
        S("Ursula von der Leyen", "How China deals with Putin's war will be decisive for relations", "2025-07-24",
          "text", "entscheidender Faktor"),
        S("Xi Jinping, via China", "China is not a party to the conflict and works for peace talks", "2025-07-24",
          "context", "nicht Partei des Konflikts"),
        S("Xi Jinping, via China", "The EU should handle differences properly and refrain from sanctions",
          "2025-07-24", "context", "richtig handhaben"),
        S("China", "Wang reportedly said China cannot afford a Russian defeat", "2025-07", "context",
          "Niederlage Russlands"),
        S("China", "The foreign ministry denied the account", "2025-07-25", "published",
          "bestritt diese Darstellung"),
        S("European Union", "Costa: the dialogue on Ukraine will continue; next summit in Brussels", "2025-07-24",
          "context", "Ebene der Sonderbeauftragten"),
        S("Volodymyr Zelensky", "Without Chinese parts Russia could not build so many drones", "2025-07-24",
          "context", "ohne chinesische Bauteile"),
        S("Volodymyr Zelensky", "The Europeans must stay firm towards Beijing", "2025-07-24", "context",
          "hart zu bleiben"),
    ],
    actors=["European Union", "Xi Jinping", "China", "Russia", "Ukraine", "Vladimir Putin", "Ursula von der Leyen",
            "Kaja Kallas", "United States", "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- b32de05
DOCS.append(dict(
    id="b32de05_regierungskonsultationen_warschau_2026_06",
    lang="de",
    published="2026-06-10",
    body="""
Merz und Tusk wollen Luftabwehr der Ukraine gemeinsam finanzieren

Warschau/Cottbus. Deutschland und Polen wollen der Ukraine künftig gemeinsam Flugabwehrsysteme und Abfangdrohnen beschaffen.
Darauf verständigten sich Bundeskanzler Friedrich Merz (CDU) und der polnische Ministerpräsident Donald Tusk am Dienstag bei den deutsch-polnischen Regierungskonsultationen in Warschau.
Beide Regierungen wollen dafür bis Ende des Jahres jeweils eine Milliarde Euro bereitstellen.

Ein Teil der Drohnen soll in Polen gefertigt werden, in Werken, an denen ukrainische Hersteller beteiligt sind.
Der ukrainische Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, dankte beiden Regierungen und bat um eine rasche Lieferung vor dem Winter.
„Jede Woche zählt“, sagte Selenskyj.

Merz warnte Moskau vor einer weiteren Eskalation an der Nato-Ostflanke.
„Wer unsere Grenzen testet, wird auf eine geschlossene Antwort Deutschlands und Polens treffen“, sagte der Kanzler bei der gemeinsamen Pressekonferenz im Amtssitz des polnischen Regierungschefs an der Aleje Ujazdowskie.
Tusk kündigte an, beim EU-Gipfel Ende Juni ein 21. Sanktionspaket gegen Russland zu fordern, das auch die Schattenflotte in der Ostsee treffen soll.

Strittig blieb die Frage der Reparationen für die Schäden des Zweiten Weltkriegs.
Polens Präsident Karol Nawrocki hatte vor den Konsultationen erneut Entschädigungen in Höhe von umgerechnet 1,3 Billionen Euro verlangt.
Merz verwies auf die Rechtsauffassung der Bundesregierung, wonach die Frage abgeschlossen sei.
Tusk sprach von einem „offenen Kapitel“, das die Zusammenarbeit in der Sicherheitspolitik aber nicht blockieren dürfe.

Aus Moskau kam umgehend Kritik.
Kremlsprecher Dmitri Peskow sagte, Berlin und Warschau verlängerten mit ihren Lieferungen nur das Blutvergießen und machten sich zu Beteiligten des Konflikts.
Die Flugabwehrsysteme würden wie alle westlichen Waffen zu legitimen Zielen der russischen Streitkräfte, fügte Peskow hinzu.
In der Nacht zum Mittwoch griff Russland nach Angaben der ukrainischen Luftwaffe erneut Lwiw und Riwne mit Drohnen an.

In der Lausitz werden die Ergebnisse mit Interesse verfolgt.
Teil der Vereinbarungen ist auch eine bessere Bahnverbindung zwischen Cottbus und Breslau, auf der ab Dezember stündlich Züge fahren sollen.
Brandenburgs Ministerpräsident Dietmar Woidke (SPD) nannte die Konsultationen ein „gutes Signal für die Grenzregion“.
""",
    timexes=[
        T("Dienstag", "DATE", "2026-06-09"),
        T("Ende des Jahres", "DATE", "2026", mod="END"),
        T("dem Winter", "DATE", "2026-WI"),
        T("Jede Woche", "SET", "P1W"),
        T("Ende Juni", "DATE", "2026-06", mod="END"),
        T("der Nacht zum Mittwoch", "TIME", "2026-06-09TNI", note="night of 9 to 10 June 2026"),
        T("Dezember", "DATE", "2026-12"),
        T("stündlich", "SET", "PT1H"),
    ],
    events=[
        E("Merz and Tusk agree to finance air defence and interceptor drones for Ukraine jointly", "AGREE",
          ["Friedrich Merz", "Donald Tusk", "Germany", "Poland", "Ukraine"], "2026-06-09", "text", "occurred",
          "Darauf verständigten sich"),
        E("German–Polish government consultations in Warsaw", "CONSULT",
          ["Friedrich Merz", "Donald Tusk", "Germany", "Poland"], "2026-06-09", "text", "occurred",
          "Darauf verständigten sich"),
        E("Germany and Poland to provide one billion euros each by the end of the year", "AID",
          ["Germany", "Poland", "Ukraine"], "2026", "text", "planned", "jeweils eine Milliarde",
          date_mod="END"),
        E("Part of the drones to be produced in Poland with Ukrainian manufacturers", "COOPERATE",
          ["Poland", "Ukraine"], "2026-06-09", "context", "planned", "in Polen gefertigt"),
        E("Zelensky joins the consultations by video", "CONSULT",
          ["Volodymyr Zelensky", "Friedrich Merz", "Donald Tusk"], "2026-06-09", "context", "occurred",
          "per Video zugeschaltet"),
        E("Zelensky asks for quick delivery before winter", "REQUEST",
          ["Volodymyr Zelensky", "Germany", "Poland"], "2026-06-09", "context", "occurred",
          "per Video zugeschaltet"),
        E("Merz warns Moscow against further escalation on NATO's eastern flank", "REQUEST",
          ["Friedrich Merz", "Russia"], "2026-06-09", "context", "occurred", "Merz warnte Moskau"),
        E("Merz threatens a united German–Polish response to border tests", "THREATEN",
          ["Friedrich Merz", "Russia"], "2026-06-09", "context", "occurred", "Wer unsere Grenzen testet"),
        E("Tusk to demand a 21st sanctions package at the EU summit", "REQUEST",
          ["Donald Tusk", "European Union", "Russia"], "2026-06", "text", "planned", "21. Sanktionspaket",
          date_mod="END"),
        E("EU summit at the end of June", "CONSULT", ["European Union"], "2026-06", "text", "planned",
          "21. Sanktionspaket", date_mod="END"),
        E("Nawrocki demands reparations from Germany", "REQUEST", ["Poland", "Germany"], "2026-06-10",
          "published", "occurred", "1,3 Billionen Euro"),
        E("Merz rejects the reparations demand as settled", "REJECT", ["Friedrich Merz", "Poland"],
          "2026-06-09", "context", "occurred", "Rechtsauffassung der Bundesregierung"),
        E("Peskov accuses Berlin and Warsaw of prolonging the bloodshed", "ACCUSE",
          ["Dmitry Peskov", "Germany", "Poland"], "2026-06-10", "published", "occurred", "das Blutvergießen"),
        E("Peskov: the air-defence systems will be legitimate targets", "THREATEN",
          ["Dmitry Peskov", "Germany", "Poland"], "2026-06-10", "published", "occurred", "legitimen Zielen"),
        E("Russian drone attack on Lviv and Rivne", "ASSAULT", ["Russia", "Ukraine"], "2026-06-09TNI", "text",
          "occurred", "In der Nacht zum Mittwoch"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks both governments and asks for delivery before winter", "2026-06-09",
          "context", "per Video zugeschaltet"),
        S("Volodymyr Zelensky", "Every week counts", "2026-06-09", "context", "Jede Woche zählt"),
        S("Friedrich Merz", "Whoever tests our borders will meet a united response", "2026-06-09", "context",
          "Wer unsere Grenzen testet"),
        S("Donald Tusk", "Will demand a 21st sanctions package at the EU summit", "2026-06-09", "context",
          "21. Sanktionspaket"),
        S("Poland", "Nawrocki again demands reparations of 1.3 trillion euros", "2026-06-10", "published",
          "1,3 Billionen Euro"),
        S("Friedrich Merz", "The reparations question is legally settled", "2026-06-09", "context",
          "Rechtsauffassung der Bundesregierung"),
        S("Donald Tusk", "An open chapter that must not block security cooperation", "2026-06-09", "context",
          "offenen Kapitel"),
        S("Russia", "Moscow criticised the agreement at once", "2026-06-10", "published", "Aus Moskau kam umgehend"),
        S("Dmitry Peskov", "Berlin and Warsaw prolong the bloodshed and become parties to the conflict",
          "2026-06-10", "published", "das Blutvergießen"),
        S("Dmitry Peskov", "The systems will be legitimate targets", "2026-06-10", "published", "legitimen Zielen"),
        S("Ukraine", "Air force reports drone attacks on Lviv and Rivne", "2026-06-10", "published",
          "In der Nacht zum Mittwoch"),
    ],
    actors=["Germany", "Poland", "Ukraine", "Friedrich Merz", "Donald Tusk", "Volodymyr Zelensky", "Russia", "NATO",
            "European Union", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b32de06
DOCS.append(dict(
    id="b32de06_petersberg_minenraeumung_2026_10",
    lang="de",
    published="2026-10-12",
    body="""
Ukraine-Konferenz auf dem Petersberg: 400 Millionen Euro für die Minenräumung

Bonn/Königswinter. Auf dem Petersberg bei Bonn haben Vertreter von fast 40 Staaten am Montag zusätzliche Hilfe für die Räumung von Minen in der Ukraine zugesagt.
Insgesamt kamen nach Angaben des Auswärtigen Amts rund 400 Millionen Euro zusammen, davon 120 Millionen aus Deutschland.
Nach Schätzungen der ukrainischen Regierung ist etwa ein Fünftel des Staatsgebiets mit Minen und Blindgängern belastet; die Räumung könnte mehr als zehn Jahre dauern.

An der eintägigen Konferenz nahmen neben dem ukrainischen Außenminister Andrij Sybiha auch die EU-Außenbeauftragte Kaja Kallas und der türkische Außenminister Hakan Fidan teil.
Gastgeber Johann Wadephul (CDU) sprach von einem „Marathon, den wir gemeinsam laufen müssen“.
Sybiha dankte den Geberländern, mahnte aber zugleich mehr Flugabwehr an.
„Was nützt ein geräumtes Feld, wenn kurz darauf wieder Raketen einschlagen?“, fragte er.

Fidan bot an, in Istanbul eine neue Runde humanitärer Gespräche zwischen Russland und der Ukraine auszurichten, bei der es um den Austausch von Gefangenen und die Rückkehr verschleppter Kinder gehen soll.
Einen Termin nannte er nicht.
Kallas sagte, die Minenräumung sei kein Ersatz für Druck auf Moskau; die EU arbeite bereits an ihrem 22. Sanktionspaket.

Russland war zu der Konferenz nicht eingeladen.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach von einem „Theater am Rhein“, mit dem der Westen von seinen Waffenlieferungen ablenken wolle.
Die meisten Minen seien ohnehin von ukrainischen Truppen gelegt worden, behauptete sie.

Am Abend reiste Sybiha nach Berlin weiter, wo er Bundeskanzler Friedrich Merz treffen sollte.
Nach Informationen des WDR soll es dabei auch um die Lieferung weiterer Patriot-Systeme gehen.
In der Nacht zum Montag hatte Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit mehr als 300 Drohnen und Raketen angegriffen.

Die Polizei sperrte die Zufahrten zum Petersberg weiträumig ab; an der Talstation der Zahnradbahn in Königswinter demonstrierten nach Polizeiangaben rund 80 Menschen für einen Waffenstillstand.
Auf dem Bonner UN-Campus hatte das Minenräumprogramm der Vereinten Nationen zuletzt zusätzliche Stellen für den Einsatz in der Ukraine ausgeschrieben.
""",
    timexes=[
        T("Montag", "DATE", "2026-10-12"),
        T("mehr als zehn Jahre", "DURATION", "P10Y", mod="MORE_THAN"),
        T("eintägigen", "DURATION", "P1D"),
        T("Abend", "TIME", "2026-10-12TEV"),
        T("der Nacht zum Montag", "TIME", "2026-10-11TNI", note="night of 11 to 12 October 2026"),
        T("zuletzt", "DATE", "PAST_REF"),
    ],
    events=[
        E("Almost 40 states pledge more aid for demining in Ukraine", "AID", ["Ukraine"], "2026-10-12", "text",
          "occurred", "zusätzliche Hilfe für die Räumung"),
        E("Germany contributes 120 million euros for demining", "AID", ["Germany", "Ukraine"], "2026-10-12",
          "context", "occurred", "davon 120 Millionen"),
        E("Petersberg conference with Sybiha, Kallas and Fidan hosted by Germany", "CONSULT",
          ["Germany", "Andrii Sybiha", "Ukraine", "Kaja Kallas", "European Union", "Hakan Fidan", "Turkey"],
          "2026-10-12", "context", "occurred", "An der eintägigen Konferenz"),
        E("Sybiha urges more air defence", "REQUEST", ["Andrii Sybiha"], "2026-10-12", "context", "occurred",
          "mahnte aber zugleich mehr Flugabwehr"),
        E("Fidan offers to host a new round of humanitarian Russia–Ukraine talks in Istanbul", "REQUEST",
          ["Hakan Fidan", "Russia", "Ukraine"], "2026-10-12", "context", "occurred", "Fidan bot an"),
        E("EU working on its 22nd sanctions package", "SANCTION", ["European Union", "Russia"], "2026-10-12",
          "published", "planned", "22. Sanktionspaket"),
        E("Zakharova calls the conference a theatre to distract from Western arms deliveries", "ACCUSE",
          ["Maria Zakharova"], "2026-10-12", "published", "occurred", "Theater am Rhein"),
        E("Zakharova claims most mines were laid by Ukrainian troops", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2026-10-12", "published", "occurred", "von ukrainischen Truppen gelegt"),
        E("Sybiha to meet Merz in Berlin", "CONSULT", ["Andrii Sybiha", "Friedrich Merz"], "2026-10-12TEV",
          "text", "planned", "Am Abend reiste Sybiha"),
        E("Russian attack on Ukraine with more than 300 drones and missiles", "ASSAULT", ["Russia", "Ukraine"],
          "2026-10-11TNI", "text", "occurred", "In der Nacht zum Montag"),
    ],
    statements=[
        S("Germany", "About 400 million euros pledged, 120 million from Germany", "2026-10-12", "context",
          "davon 120 Millionen"),
        S("Ukraine", "A fifth of the territory is contaminated; clearance could take more than ten years",
          "2026-10-12", "published", "ein Fünftel des Staatsgebiets"),
        S("Germany", "Wadephul: a marathon we must run together", "2026-10-12", "context", "Marathon"),
        S("Andrii Sybiha", "Thanks donors and urges more air defence", "2026-10-12", "context",
          "mahnte aber zugleich mehr Flugabwehr"),
        S("Andrii Sybiha", "A cleared field is of little use if missiles strike again", "2026-10-12", "context",
          "geräumtes Feld"),
        S("Hakan Fidan", "Offers Istanbul for humanitarian talks on prisoners and children", "2026-10-12",
          "context", "Fidan bot an"),
        S("Kaja Kallas", "Demining is no substitute for pressure on Moscow; the EU is working on a 22nd package",
          "2026-10-12", "context", "22. Sanktionspaket"),
        S("Maria Zakharova", "The conference is a theatre on the Rhine", "2026-10-12", "published",
          "Theater am Rhein"),
        S("Maria Zakharova", "Most mines were laid by Ukrainian troops", "2026-10-12", "published",
          "von ukrainischen Truppen gelegt"),
        S("Ukraine", "Air force: more than 300 drones and missiles in the night to Monday", "2026-10-12",
          "published", "In der Nacht zum Montag"),
    ],
    actors=["Ukraine", "Germany", "Andrii Sybiha", "Kaja Kallas", "European Union", "Hakan Fidan", "Turkey",
            "Russia", "Maria Zakharova", "Friedrich Merz", "United Nations"],
))
