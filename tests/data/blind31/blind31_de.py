"""German articles of the blind31 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b31de01: Die Rheinpfalz
DOCS.append(dict(
    id="b31de01_ramstein_kontaktgruppe_2022_04",
    lang="de",
    published="2022-04-27",
    body="""
Waffenhilfe-Gipfel auf der Air Base: Ramstein wird zur Schaltzentrale für die Ukraine

Ramstein-Miesenbach. Auf Einladung von US-Verteidigungsminister Lloyd Austin haben am Dienstag Vertreter von rund 40 Staaten auf der Air Base Ramstein über weitere Militärhilfe für die Ukraine beraten.
Austin kündigte an, die Runde solle künftig monatlich als „Kontaktgruppe“ zusammenkommen, um die Lieferungen an Kiew besser abzustimmen.
Die Ukraine glaube fest daran, dass sie diesen Krieg gewinnen könne, „und das tut jeder in diesem Saal“, sagte der Pentagon-Chef nach dem Treffen.

Für die größte Überraschung des Tages sorgte die Bundesregierung.
Verteidigungsministerin Christine Lambrecht (SPD) gab in Ramstein bekannt, dass Berlin der Lieferung von Flugabwehrpanzern des Typs Gepard aus Beständen der Industrie zugestimmt habe.
Wochenlang hatte sich die Koalition gegen die Abgabe schwerer Waffen gesträubt, Kanzler Olaf Scholz (SPD) war dafür auch aus den eigenen Reihen kritisiert worden.
Der ukrainische Verteidigungsminister Olexij Resnikow dankte noch am Abend für die Entscheidung und bat zugleich um Munition in großen Mengen.

Austin war erst in der Nacht zum Montag gemeinsam mit US-Außenminister Antony Blinken in Kiew gewesen, wo beide Präsident Wolodymyr Selenskyj trafen.
Tags darauf hatte er in Polen gesagt, die USA wollten Russland so weit geschwächt sehen, dass es einen Angriff wie auf die Ukraine nicht wiederholen könne.
In Moskau kam das erwartungsgemäß schlecht an.
Außenminister Sergej Lawrow warnte am Montagabend im Staatsfernsehen, die Gefahr eines dritten Weltkriegs sei „real“, und erklärte Waffenlieferungen der Nato an Kiew zu legitimen Zielen der russischen Armee.
Kremlsprecher Dmitri Peskow warf den USA und ihren Verbündeten am Dienstag vor, mit ihren Lieferungen den Konflikt nur zu verlängern.

Zeitgleich mit dem Treffen in der Westpfalz führte UN-Generalsekretär António Guterres am Dienstag in Moskau Gespräche mit Lawrow und wurde anschließend von Präsident Wladimir Putin im Kreml empfangen.
Nach Angaben der Vereinten Nationen stimmte Putin grundsätzlich zu, dass die UN und das Rote Kreuz an der Evakuierung von Zivilisten aus dem belagerten Asowstal-Werk in Mariupol mitwirken.
Am Donnerstag will Guterres in Kiew mit Selenskyj sprechen.

Für die Region bedeutete der Gipfel vor allem Absperrungen.
Die Polizei hatte die Zufahrten zur Air Base seit dem frühen Morgen weiträumig gesichert, auf der A 6 bei Landstuhl staute sich zeitweise der Verkehr.
Der Bürgermeister von Ramstein-Miesenbach sagte der RHEINPFALZ, viele Bürger seien stolz, dass „von hier aus“ Hilfe organisiert werde, andere fürchteten, die Region könne ins Visier geraten.
Die nächste Runde der Kontaktgruppe ist für Mai geplant, dann möglicherweise als Videokonferenz.
""",
    timexes=[
        T("Dienstag", "DATE", "2022-04-26"),
        T("monatlich", "SET", "P1M"),
        T("Wochenlang", "DURATION", "PXW"),
        T("Abend", "TIME", "2022-04-26TEV"),
        T("der Nacht zum Montag", "TIME", "2022-04-24TNI", note="night to Monday 25 April"),
        T("Tags darauf", "DATE", "2022-04-25"),
        T("Montagabend", "TIME", "2022-04-25TEV"),
        T("Dienstag", "DATE", "2022-04-26", n=1),
        T("Dienstag", "DATE", "2022-04-26", n=2),
        T("Donnerstag", "DATE", "2022-04-28"),
        T("dem frühen Morgen", "TIME", "2022-04-26TMO"),
        T("Mai", "DATE", "2022-05"),
    ],
    events=[
        E("Austin hosts about 40 states at Ramstein on military aid for Ukraine", "CONSULT",
          ["United States", "Germany", "Ukraine"], "2022-04-26", "text", "occurred",
          "Auf Einladung von US-Verteidigungsminister",
          note="Austin is not canonical and stands for the United States"),
        E("Ramstein group to meet monthly as a contact group coordinating deliveries", "COOPERATE",
          ["United States", "Ukraine"], "2022-04-26", "context", "planned", "monatlich als",
          note="announced at the Ramstein meeting; monthly meetings from then on"),
        E("Germany approves delivery of Gepard anti-aircraft tanks from industry stocks", "AID",
          ["Germany", "Ukraine"], "2022-04-26", "context", "occurred", "Flugabwehrpanzern des Typs Gepard"),
        E("Reznikov asks Germany for large amounts of ammunition", "REQUEST",
          ["Ukraine", "Germany"], "2022-04-26TEV", "text", "occurred", "Munition in großen Mengen"),
        E("Austin and Blinken meet Zelensky in Kyiv", "CONSULT",
          ["United States", "Antony Blinken", "Volodymyr Zelensky", "Ukraine"], "2022-04-24TNI", "text",
          "occurred", "in der Nacht zum Montag"),
        E("Lavrov declares NATO arms deliveries to Kyiv legitimate targets", "THREATEN",
          ["Sergey Lavrov", "NATO", "Ukraine"], "2022-04-25TEV", "text", "occurred", "legitimen Zielen"),
        E("Peskov accuses the US and its allies of prolonging the conflict with deliveries", "ACCUSE",
          ["Dmitry Peskov", "United States"], "2022-04-26", "text", "occurred", "den Konflikt nur zu verlängern"),
        E("Guterres holds talks with Lavrov in Moscow", "CONSULT",
          ["António Guterres", "Sergey Lavrov"], "2022-04-26", "text", "occurred", "führte UN-Generalsekretär"),
        E("Putin receives Guterres in the Kremlin", "CONSULT",
          ["António Guterres", "Vladimir Putin"], "2022-04-26", "text", "occurred", "führte UN-Generalsekretär"),
        E("Putin agrees in principle to UN and Red Cross role in the Azovstal evacuation", "AGREE",
          ["Vladimir Putin", "United Nations"], "2022-04-26", "context", "occurred", "stimmte Putin grundsätzlich zu"),
        E("Guterres to meet Zelensky in Kyiv", "CONSULT",
          ["António Guterres", "Volodymyr Zelensky"], "2022-04-28", "text", "planned", "Am Donnerstag will Guterres"),
        E("Next meeting of the contact group", "CONSULT",
          ["United States", "Ukraine"], "2022-05", "text", "planned", "Die nächste Runde der Kontaktgruppe"),
    ],
    statements=[
        S("United States", "Austin: Ukraine believes it can win, and so does everyone in the room", "2022-04-26",
          "context", "und das tut jeder in diesem Saal"),
        S("Germany", "Lambrecht: Berlin has approved the delivery of Gepard tanks", "2022-04-26", "context",
          "Flugabwehrpanzern des Typs Gepard"),
        S("Ukraine", "Reznikov thanks Germany and asks for ammunition", "2022-04-26TEV", "text",
          "Munition in großen Mengen"),
        S("United States", "Austin: the US wants to see Russia weakened", "2022-04-25", "text", "geschwächt sehen"),
        S("Sergey Lavrov", "Danger of a third world war is real; NATO deliveries are legitimate targets",
          "2022-04-25TEV", "text", "legitimen Zielen"),
        S("Dmitry Peskov", "US and allies only prolong the conflict with their deliveries", "2022-04-26", "text",
          "den Konflikt nur zu verlängern"),
        S("United Nations", "Putin agreed in principle to UN and ICRC involvement in the Azovstal evacuation",
          "2022-04-26", "context", "stimmte Putin grundsätzlich zu"),
    ],
    actors=["United States", "Germany", "Ukraine", "Olaf Scholz", "Antony Blinken", "Volodymyr Zelensky",
            "Russia", "Sergey Lavrov", "NATO", "Kremlin", "Dmitry Peskov", "António Guterres", "United Nations",
            "Vladimir Putin"],
))

# ---------------------------------------------------------------- b31de02: Prager Zeitung
DOCS.append(dict(
    id="b31de02_prag_politische_gemeinschaft_2022_10",
    lang="de",
    published="2022-10-07",
    body="""
Gipfel auf dem Hradschin: Europa rückt zusammen – ohne Russland

Prag. Auf der Prager Burg ist am Donnerstag erstmals die Europäische Politische Gemeinschaft zusammengekommen, ein loses Forum von 44 Staaten, das der französische Präsident Emmanuel Macron im Frühjahr vorgeschlagen hatte.
Russland und Belarus waren nicht eingeladen, und genau darin lag für viele Teilnehmer die Botschaft des Tages.
Gastgeber Petr Fiala, dessen Regierung derzeit den Vorsitz im Rat der EU innehat, sprach von einem Europa, das sich „ohne Putin“ an einen Tisch setze.

Der ukrainische Präsident Wolodymyr Selenskyj war per Video zugeschaltet.
Er forderte die Teilnehmer auf, der Ukraine mehr Flugabwehrsysteme zu liefern, und nannte Russland einen „Terrorstaat“, der für seine Verbrechen zur Rechenschaft gezogen werden müsse.
Am Freitag vergangener Woche hatte Kremlchef Wladimir Putin im Kreml die Annexion von vier ukrainischen Gebieten besiegelt.
In einer Erklärung des tschechischen Vorsitzes wurde dieser Schritt als „völkerrechtswidrig“ verurteilt.

Bundeskanzler Olaf Scholz nannte das neue Format eine „große Innovation“ und sagte, es sei auch eine Antwort auf Putins brutalen Angriffskrieg.
Macron traf am Rande die britische Premierministerin Liz Truss; nach Angaben aus dem Élysée-Palast vereinbarten beide, im kommenden Jahr einen französisch-britischen Gipfel abzuhalten.
Auch der türkische Präsident Recep Tayyip Erdoğan war nach Prag gereist.
Er bot erneut an, zwischen Moskau und Kiew zu vermitteln, und kündigte an, Putin in der kommenden Woche in Kasachstans Hauptstadt Astana zu treffen.
Kommissionspräsidentin Ursula von der Leyen warb in Prag für einen gemeinsamen Einkauf von Gas und einen Preisdeckel, über den die 27 EU-Staats- und Regierungschefs am heutigen Freitag an gleicher Stelle informell beraten.

Der Kreml reagierte spöttisch.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau verfolge das Prager Treffen „ohne besonderes Interesse“, Europa habe sich „selbst von Russland abgeschnitten“.
Außenamtssprecherin Maria Sacharowa sprach von einem „Klub der Gekränkten“.

Für die Prager bedeutete das Treffen vor allem Sperrungen.
Die Burg blieb für Touristen geschlossen, die Straßenbahnen der Linie 22 fuhren am Nachmittag nur bis zum Malostranské náměstí.
Das nächste Treffen der Gemeinschaft soll im Frühjahr 2023 in Moldau stattfinden, danach sind Spanien und Großbritannien an der Reihe.
""",
    timexes=[
        T("Donnerstag", "DATE", "2022-10-06"),
        T("Frühjahr", "DATE", "2022-SP"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Freitag vergangener Woche", "DATE", "2022-09-30"),
        T("kommenden Jahr", "DATE", "2023"),
        T("der kommenden Woche", "DATE", "2022-W41"),
        T("heutigen Freitag", "DATE", "2022-10-07"),
        T("Donnerstag", "DATE", "2022-10-06", n=1),
        T("Nachmittag", "TIME", "2022-10-06TAF"),
        T("Frühjahr 2023", "DATE", "2023-SP"),
    ],
    events=[
        E("First summit of the European Political Community at Prague Castle", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdoğan", "United Kingdom", "Ursula von der Leyen",
           "Volodymyr Zelensky"], "2022-10-06", "text", "occurred", "erstmals die Europäische Politische Gemeinschaft",
          note="the canonical leaders the article names as present; Zelensky by video"),
        E("Macron proposed the European Political Community", "REQUEST",
          ["Emmanuel Macron"], "2022-SP", "text", "occurred", "erstmals die Europäische Politische Gemeinschaft"),
        E("Zelensky asks for more air-defence systems", "REQUEST",
          ["Volodymyr Zelensky"], "2022-10-06", "context", "occurred", "mehr Flugabwehrsysteme"),
        E("Zelensky calls Russia a terrorist state that must be held to account", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-10-06", "context", "occurred", "mehr Flugabwehrsysteme"),
        E("Putin seals the annexation of four Ukrainian regions", "COERCE",
          ["Vladimir Putin", "Ukraine"], "2022-09-30", "text", "occurred", "Annexion von vier ukrainischen Gebieten"),
        E("Czech chair's declaration condemns the annexation as illegal", "ACCUSE",
          ["Vladimir Putin"], "2022-10-06", "context", "occurred", "völkerrechtswidrig",
          note="the Czech chair is not canonical; only the target is listed"),
        E("Macron meets Truss on the sidelines", "CONSULT",
          ["Emmanuel Macron", "United Kingdom"], "2022-10-06", "context", "occurred", "Liz Truss"),
        E("Macron and Truss agree to hold a Franco-British summit", "AGREE",
          ["Emmanuel Macron", "United Kingdom"], "2022-10-06", "context", "occurred", "Liz Truss"),
        E("Franco-British summit next year", "CONSULT",
          ["France", "United Kingdom"], "2023", "text", "planned", "Liz Truss"),
        E("Erdoğan offers again to mediate between Moscow and Kyiv", "REQUEST",
          ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-10-06", "context", "occurred",
          "zwischen Moskau und Kiew zu vermitteln"),
        E("Erdoğan to meet Putin in Astana", "CONSULT",
          ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-W41", "text", "planned",
          "zwischen Moskau und Kiew zu vermitteln"),
        E("Von der Leyen calls for joint gas purchases and a price cap", "REQUEST",
          ["Ursula von der Leyen", "European Union"], "2022-10-06", "context", "occurred",
          "gemeinsamen Einkauf von Gas"),
        E("Informal meeting of EU leaders in Prague on energy prices", "CONSULT",
          ["European Union"], "2022-10-07", "text", "planned", "gemeinsamen Einkauf von Gas"),
        E("Peskov dismisses the Prague meeting", "REJECT",
          ["Dmitry Peskov"], "2022-10-06", "text", "occurred", "ohne besonderes Interesse",
          note="a dismissal, as blind20 treats Peskov's"),
        E("Zakharova mocks the forum as a club of the offended", "ACCUSE",
          ["Maria Zakharova"], "2022-10-07", "published", "occurred", "Klub der Gekränkten"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Asks for more air defence; Russia is a terrorist state to be held accountable",
          "2022-10-06", "context", "mehr Flugabwehrsysteme"),
        S("Olaf Scholz", "The new format is a great innovation and an answer to Putin's war", "2022-10-06",
          "context", "große Innovation"),
        S("France", "Macron and Truss agreed to hold a Franco-British summit next year", "2022-10-06", "context",
          "Liz Truss"),
        S("Recep Tayyip Erdoğan", "Offers to mediate; will meet Putin in Astana next week", "2022-10-06", "context",
          "zwischen Moskau und Kiew zu vermitteln"),
        S("Ursula von der Leyen", "Argues for joint gas purchases and a price cap", "2022-10-06", "context",
          "gemeinsamen Einkauf von Gas"),
        S("Kremlin", "Reacted with mockery to the Prague summit", "2022-10-06", "context", "Der Kreml reagierte spöttisch."),
        S("Dmitry Peskov", "Moscow follows the meeting without particular interest; Europe cut itself off",
          "2022-10-06", "text", "ohne besonderes Interesse"),
        S("Maria Zakharova", "Calls the forum a club of the offended", "2022-10-07", "published",
          "Klub der Gekränkten"),
    ],
    actors=["France", "Emmanuel Macron", "Russia", "Belarus", "Vladimir Putin", "European Union",
            "Volodymyr Zelensky", "Ukraine", "Kremlin", "Germany", "Olaf Scholz", "United Kingdom", "Turkey",
            "Recep Tayyip Erdoğan", "Ursula von der Leyen", "Dmitry Peskov", "Maria Zakharova"],
))

# ---------------------------------------------------------------- b31de03: Kronen Zeitung
DOCS.append(dict(
    id="b31de03_gazprom_omv_gasstopp_2024_11",
    lang="de",
    published="2024-11-17",
    body="""
Gas-Stopp aus Moskau: Gazprom dreht Österreich den Hahn zu

Seit Samstag, 6 Uhr früh, fließt kein russisches Gas mehr nach Österreich.
Der russische Staatskonzern Gazprom stellte die Lieferungen an die OMV ein, nachdem der heimische Energiekonzern angekündigt hatte, einen vor einem Schiedsgericht erstrittenen Betrag von 230 Millionen Euro mit offenen Rechnungen zu verrechnen.
„Wir lassen uns nicht erpressen“, sagte Bundeskanzler Karl Nehammer (ÖVP) am Samstagnachmittag, „unsere Speicher sind zu über 90 Prozent gefüllt, niemand wird im Winter frieren.“
Energieministerin Leonore Gewessler (Grüne) sprach von einem „Weckruf“ für alle, die noch immer an billiges Gas aus Russland glaubten.

Der Liefervertrag zwischen OMV und Gazprom war 2018 im Beisein von Kremlchef Wladimir Putin in Wien bis 2040 verlängert worden.
Seit Beginn des Krieges gegen die Ukraine hatte die Regierung immer wieder angekündigt, sich aus der Abhängigkeit zu lösen – geschehen ist wenig.
Zuletzt stammten noch mehr als 80 Prozent des in Österreich verbrauchten Gases aus Russland.

Kremlsprecher Dmitri Peskow sagte am Samstag, es handle sich um einen Streit zwischen zwei Unternehmen, Russland sei und bleibe ein „verlässlicher Lieferant“.
Gazprom selbst begründete den Schritt mit „Verstößen des Vertragspartners“.

Der Gas-Stopp fällt in eine Phase hektischer Diplomatie.
Erst am Freitag hatte der deutsche Bundeskanzler Olaf Scholz erstmals seit fast zwei Jahren mit Putin telefoniert.
In dem rund einstündigen Gespräch forderte Scholz den Kremlchef nach Berliner Angaben auf, seine Truppen zurückzuziehen und mit Kiew zu verhandeln.
Putin wiederum erklärte laut Kreml, eine Einigung müsse von den „neuen territorialen Realitäten“ ausgehen.
Der ukrainische Präsident Wolodymyr Selenskyj kritisierte das Telefonat scharf: Scholz habe damit die „Büchse der Pandora“ geöffnet.

In der Nacht auf Sonntag überzog Russland die Ukraine mit einem der schwersten Luftangriffe seit Monaten, Ziel war erneut die Energieversorgung.
Selenskyj sprach am Sonntagvormittag von rund 120 Raketen und 90 Drohnen.
Polen ließ vorsorglich Kampfjets aufsteigen.

Wie es in Österreich weitergeht, ist offen.
Die OMV will ihre Kunden künftig mit Gas aus Norwegen und über Flüssiggas-Terminals in Italien und Deutschland versorgen.
Nehammer hat für Montag die Chefs der Energieversorger ins Kanzleramt geladen.
Ende Dezember läuft zudem der Transitvertrag zwischen Moskau und Kiew aus, über den bisher der Großteil des russischen Gases nach Österreich kam; die Ukraine hatte schon im Sommer erklärt, ihn nicht zu verlängern.
""",
    timexes=[
        T("Samstag", "DATE", "2024-11-16"),
        T("6 Uhr früh", "TIME", "2024-11-16T06:00", note="Austrian time (CET)"),
        T("Samstagnachmittag", "TIME", "2024-11-16TAF"),
        T("Winter", "DATE", "2024-WI"),
        T("2018", "DATE", "2018"),
        T("2040", "DATE", "2040"),
        T("Zuletzt", "DATE", "PAST_REF"),
        T("Samstag", "DATE", "2024-11-16", n=1),
        T("Freitag", "DATE", "2024-11-15"),
        T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
        T("rund einstündigen", "DURATION", "PT1H", mod="APPROX"),
        T("der Nacht auf Sonntag", "TIME", "2024-11-16TNI", note="night to Sunday 17 November"),
        T("Monaten", "DURATION", "PXM"),
        T("Sonntagvormittag", "TIME", "2024-11-17TMO"),
        T("Montag", "DATE", "2024-11-18"),
        T("Ende Dezember", "DATE", "2024-12", mod="END"),
        T("Sommer", "DATE", "2024-SU"),
    ],
    events=[
        E("Gazprom halts gas deliveries to OMV and Austria", "SANCTION",
          ["Russia"], "2024-11-16T06:00", "context", "occurred", "stellte die Lieferungen an die OMV ein",
          note="Gazprom, a state company, counts as Russia; OMV and Austria are not canonical"),
        E("OMV–Gazprom supply contract extended to 2040 in Putin's presence", "AGREE",
          ["Russia", "Vladimir Putin"], "2018", "text", "occurred", "bis 2040 verlängert"),
        E("Gazprom blames breaches by its contract partner", "ACCUSE",
          ["Russia"], "2024-11-16", "context", "occurred", "Verstößen des Vertragspartners"),
        E("Scholz–Putin phone call, the first in almost two years", "CONSULT",
          ["Olaf Scholz", "Vladimir Putin"], "2024-11-15", "text", "occurred", "erstmals seit fast zwei Jahren"),
        E("Scholz urges Putin to withdraw troops and negotiate with Kyiv", "REQUEST",
          ["Olaf Scholz", "Vladimir Putin"], "2024-11-15", "context", "occurred", "seine Truppen zurückzuziehen"),
        E("Putin demands that a deal start from the new territorial realities", "REQUEST",
          ["Vladimir Putin", "Olaf Scholz"], "2024-11-15", "context", "occurred", "neuen territorialen Realitäten"),
        E("Zelensky criticises Scholz for opening Pandora's box", "ACCUSE",
          ["Volodymyr Zelensky", "Olaf Scholz"], "2024-11-15", "context", "occurred", "Büchse der Pandora"),
        E("Massive Russian air attack on Ukraine's energy system", "ASSAULT",
          ["Russia", "Ukraine"], "2024-11-16TNI", "text", "occurred", "schwersten Luftangriffe"),
        E("Poland scrambles fighter jets", "MOBILIZE",
          ["Poland"], "2024-11-16TNI", "context", "occurred", "Kampfjets aufsteigen"),
        E("Ukraine said it will not extend the gas transit contract with Russia", "REJECT",
          ["Ukraine", "Russia"], "2024-SU", "text", "occurred", "Transitvertrag"),
    ],
    statements=[
        S("Dmitry Peskov", "A dispute between two companies; Russia remains a reliable supplier", "2024-11-16",
          "text", "verlässlicher Lieferant"),
        S("Russia", "Gazprom cites breaches by its contract partner", "2024-11-16", "context",
          "Verstößen des Vertragspartners"),
        S("Olaf Scholz, via Germany", "Urged Putin to withdraw troops and negotiate with Kyiv", "2024-11-15",
          "context", "seine Truppen zurückzuziehen"),
        S("Vladimir Putin, via Kremlin", "A settlement must start from the new territorial realities", "2024-11-15",
          "context", "neuen territorialen Realitäten"),
        S("Volodymyr Zelensky", "Scholz opened Pandora's box with the call", "2024-11-15", "context",
          "Büchse der Pandora"),
        S("Volodymyr Zelensky", "About 120 missiles and 90 drones in the night attack", "2024-11-17TMO", "text",
          "Sonntagvormittag"),
        S("Ukraine", "Will not extend the gas transit contract", "2024-SU", "text", "Transitvertrag"),
    ],
    actors=["Russia", "Kremlin", "Vladimir Putin", "Ukraine", "Dmitry Peskov", "Germany", "Olaf Scholz",
            "Volodymyr Zelensky", "Poland"],
))

# ---------------------------------------------------------------- b31de04: Der Nordschleswiger
DOCS.append(dict(
    id="b31de04_aarhus_ratspraesidentschaft_2025_07",
    lang="de",
    published="2025-07-04",
    body="""
Selenskyj in Aarhus: Dänemark öffnet sich für ukrainische Rüstungsfirmen

Aarhus/Apenrade. Mit einem Besuch des ukrainischen Präsidenten Wolodymyr Selenskyj hat Dänemark am Donnerstag in Aarhus den Auftakt seiner EU-Ratspräsidentschaft gefeiert.
Im Musikhuset kam Selenskyj mit Staatsministerin Mette Frederiksen (Soz.), EU-Kommissionspräsidentin Ursula von der Leyen und Ratspräsident António Costa zusammen.
Die Ukraine stehe während der dänischen Präsidentschaft, die bis Ende Dezember dauert, „ganz oben auf der Tagesordnung“, versicherte Frederiksen.

Kernstück des Besuchs war eine Absichtserklärung, die es ukrainischen Rüstungsunternehmen erstmals erlaubt, in Dänemark zu produzieren, zunächst Komponenten für Drohnen und Treibstoff für Raketen.
Selenskyj sprach von einem „Modell für ganz Europa“ und dankte den Dänen für ihre Unterstützung.
Beim sogenannten dänischen Modell, das seit dem vergangenen Jahr als Vorbild gilt, bestellen Partnerstaaten Waffen direkt bei ukrainischen Herstellern.

Von der Leyen versicherte, die Kommission wolle die ersten Verhandlungscluster mit Kiew so bald wie möglich eröffnen.
Ungarns Ministerpräsident Viktor Orbán blockiert diesen Schritt seit Monaten und hatte zuletzt erklärt, eine große Mehrheit der Ungarn lehne einen Beitritt der Ukraine ab.

Zugleich warb Selenskyj in Aarhus eindringlich um weitere Flugabwehr.
Anfang der Woche hatte das Pentagon mitgeteilt, die Lieferung einiger bereits zugesagter Waffen, darunter Patriot-Abfangraketen, vorerst auszusetzen.
Man bemühe sich in Washington um Klarheit, sagte Selenskyj, und hoffe auf ein Gespräch mit US-Präsident Donald Trump.
Nach Angaben aus Kiew ist ein solches Telefonat für Freitag geplant.

Trump selbst hatte am Donnerstag fast eine Stunde lang mit Kremlchef Wladimir Putin telefoniert.
Er sei „nicht glücklich“, sagte Trump anschließend, bei einem Ende des Krieges habe es „keinerlei Fortschritt“ gegeben.
Kremlberater Juri Uschakow erklärte, Putin werde von seinen Zielen „nicht abrücken“, sei aber zu weiteren direkten Gesprächen mit Kiew bereit.

Im Grenzland wurde der Besuch aufmerksam verfolgt.
Ein Sprecher der Handelskammer in Apenrade sagte dem Nordschleswiger, für Zulieferer im Landesteil könne die Produktion ukrainischer Firmen „eine echte Chance“ sein.
Die EU-Außenminister wollen am 15. Juli in Brüssel über das 18. Sanktionspaket gegen Russland beraten.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-07-03"),
        T("Ende Dezember", "DATE", "2025-12", mod="END"),
        T("dem vergangenen Jahr", "DATE", "2024"),
        T("Monaten", "DURATION", "PXM"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Anfang der Woche", "DATE", "2025-W27", mod="START"),
        T("Freitag", "DATE", "2025-07-04"),
        T("Donnerstag", "DATE", "2025-07-03", n=1),
        T("fast eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("15. Juli", "DATE", "2025-07-15"),
    ],
    events=[
        E("Zelensky meets Frederiksen, von der Leyen and Costa in Aarhus", "CONSULT",
          ["Volodymyr Zelensky", "Ursula von der Leyen", "European Union"], "2025-07-03", "context", "occurred",
          "Im Musikhuset", note="Denmark and Frederiksen are not canonical; Costa stands for the European Union"),
        E("Letter of intent lets Ukrainian arms makers produce in Denmark", "AGREE",
          ["Ukraine"], "2025-07-03", "context", "occurred", "Absichtserklärung",
          note="Denmark is not canonical"),
        E("Von der Leyen promises to open the first accession clusters with Kyiv as soon as possible", "AGREE",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2025-07-03", "context", "occurred",
          "Verhandlungscluster"),
        E("Orbán blocks the opening of accession clusters for Ukraine", "REJECT",
          ["Viktor Orbán", "Ukraine", "European Union"], "PAST_REF", "vague", "occurred", "Orbán blockiert",
          note="a blockade of several months"),
        E("Zelensky asks for more air defence", "REQUEST",
          ["Volodymyr Zelensky"], "2025-07-03", "context", "occurred", "weitere Flugabwehr"),
        E("Pentagon pauses delivery of some promised weapons including Patriot interceptors", "SANCTION",
          ["United States", "Ukraine"], "2025-W27", "text", "occurred", "Patriot-Abfangraketen",
          date_mod="START"),
        E("Zelensky–Trump phone call", "CONSULT",
          ["Volodymyr Zelensky", "Donald Trump"], "2025-07-04", "text", "planned", "für Freitag geplant"),
        E("Trump–Putin phone call of almost an hour", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-07-03", "text", "occurred", "fast eine Stunde lang"),
        E("No progress towards ending the war in the Trump–Putin call", "REJECT",
          ["Donald Trump", "Vladimir Putin"], "2025-07-03", "context", "occurred", "keinerlei Fortschritt"),
        E("Putin will not back away from his goals", "REJECT",
          ["Vladimir Putin"], "2025-07-03", "context", "occurred", "nicht abrücken"),
        E("Putin ready for further direct talks with Kyiv", "AGREE",
          ["Vladimir Putin", "Ukraine"], "2025-07-03", "context", "occurred", "nicht abrücken"),
        E("EU foreign ministers to discuss the 18th sanctions package", "CONSULT",
          ["European Union"], "2025-07-15", "text", "planned", "15. Juli"),
        E("18th EU sanctions package against Russia", "SANCTION",
          ["European Union", "Russia"], "2025-07-15", "text", "planned", "15. Juli"),
    ],
    statements=[
        S("Volodymyr Zelensky", "The Danish arrangement is a model for all of Europe; thanks Denmark", "2025-07-03",
          "context", "Modell für ganz Europa"),
        S("Ursula von der Leyen", "The Commission wants to open the first clusters as soon as possible", "2025-07-03",
          "context", "Verhandlungscluster"),
        S("Viktor Orbán", "A large majority of Hungarians rejects Ukraine's accession", "PAST_REF", "vague",
          "Orbán blockiert"),
        S("United States", "Pentagon pauses some promised weapons deliveries", "2025-W27", "text",
          "Patriot-Abfangraketen"),
        S("Volodymyr Zelensky", "Seeking clarity in Washington, hopes to speak with Trump", "2025-07-03", "context",
          "Man bemühe sich"),
        S("Ukraine", "A Zelensky–Trump call is planned for Friday", "2025-07-04", "published",
          "für Freitag geplant"),
        S("Donald Trump", "Not happy; no progress at all on ending the war", "2025-07-03", "context",
          "keinerlei Fortschritt"),
        S("Vladimir Putin, via Yuri Ushakov", "Russia will not back away from its goals but is open to direct talks",
          "2025-07-03", "context", "nicht abrücken"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "European Union", "Ursula von der Leyen", "Viktor Orbán",
            "United States", "Donald Trump", "Kremlin", "Vladimir Putin", "Yuri Ushakov", "Russia"],
))

# ---------------------------------------------------------------- b31de05: Freie Presse
DOCS.append(dict(
    id="b31de05_chisinau_unabhaengigkeitstag_2025_08",
    lang="de",
    published="2025-08-28",
    body="""
Besuch zum Nationalfeiertag: Merz, Macron und Tusk stärken Moldau den Rücken

Chişinău/Chemnitz. Zum Unabhängigkeitstag der Republik Moldau sind Bundeskanzler Friedrich Merz (CDU), Frankreichs Präsident Emmanuel Macron und Polens Regierungschef Donald Tusk am Mittwoch gemeinsam nach Chişinău gereist.
Im Präsidentenpalast berieten sie mit Präsidentin Maia Sandu über die Annäherung des Landes an die EU und den Schutz vor russischer Einflussnahme.
Die Reise vor der Parlamentswahl am 28. September war als unmissverständliches Signal gedacht.

„Moldau ist nicht allein“, sagte Macron bei einer gemeinsamen Pressekonferenz.
Merz warf Russland vor, das Land mit Desinformation, Stimmenkauf und Cyberangriffen zu destabilisieren; Moldau sei „eines der Hauptziele hybrider Angriffe“ aus Moskau.
Tusk versprach, Polen werde den Weg des Nachbarn der Ukraine in die EU „mit aller Kraft“ unterstützen.
Sandu hatte Moskau in der vergangenen Woche vorgeworfen, Hunderte Millionen Euro in die Beeinflussung der Wahl zu stecken.

Auch der Krieg im Nachbarland bestimmte die Gespräche.
Die drei Gäste bekräftigten, Europa werde der Ukraine nach einem Waffenstillstand verlässliche Sicherheitsgarantien geben.
Merz dämpfte zugleich die Erwartungen an ein Treffen zwischen Kremlchef Wladimir Putin und dem ukrainischen Präsidenten Wolodymyr Selenskyj: Damit sei „in absehbarer Zeit“ nicht zu rechnen.
Ein solches Treffen hatte US-Präsident Donald Trump nach seinem Gipfel mit Putin in Alaska Mitte August ins Gespräch gebracht.

Aus Moskau kam scharfe Kritik.
Außenamtssprecherin Maria Sacharowa warf der EU vor, sich offen in den moldauischen Wahlkampf einzumischen und das Land zu einem „Brückenkopf gegen Russland“ machen zu wollen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, Moldau habe das Recht, seine Partner selbst zu wählen, solle aber keine Politik „gegen Russland“ betreiben.
In der abtrünnigen Region Transnistrien sind nach wie vor rund 1500 russische Soldaten stationiert.

In Sachsen wird die Entwicklung aufmerksam verfolgt.
Mehrere Autozulieferer aus der Region Chemnitz lassen in Moldau Kabelbäume fertigen, allein im Erzgebirge hängen nach Angaben der IHK Hunderte Arbeitsplätze an den Werken in Bălți und Chişinău.
Der Geschäftsführer eines Zulieferers aus Annaberg-Buchholz sagte der „Freien Presse“, politische Stabilität in Moldau sei für seine Firma „existenziell“.
Sachsens Wirtschaftsminister Dirk Panter (SPD) will im Oktober mit einer Unternehmerdelegation nach Chişinău reisen.
""",
    timexes=[
        T("Unabhängigkeitstag", "DATE", "2025-08-27"),
        T("Mittwoch", "DATE", "2025-08-27"),
        T("28. September", "DATE", "2025-09-28"),
        T("der vergangenen Woche", "DATE", "2025-W34"),
        T("absehbarer Zeit", "DATE", "FUTURE_REF"),
        T("Mitte August", "DATE", "2025-08", mod="MID"),
        T("Mittwoch", "DATE", "2025-08-27", n=1),
        T("Oktober", "DATE", "2025-10"),
    ],
    events=[
        E("Merz, Macron and Tusk hold talks with Sandu in Chişinău", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Donald Tusk"], "2025-08-27", "context", "occurred",
          "Im Präsidentenpalast", note="Moldova and Sandu are not canonical"),
        E("Macron: Moldova is not alone", "SUPPORT",
          ["Emmanuel Macron"], "2025-08-27", "context", "occurred", "Moldau ist nicht allein"),
        E("Merz accuses Russia of destabilising Moldova with hybrid attacks", "ACCUSE",
          ["Friedrich Merz", "Russia"], "2025-08-27", "context", "occurred", "Desinformation"),
        E("Tusk promises Poland's full support for Moldova's EU path", "AGREE",
          ["Donald Tusk", "Poland"], "2025-08-27", "context", "occurred", "mit aller Kraft"),
        E("Sandu accused Moscow of spending hundreds of millions to influence the election", "ACCUSE",
          ["Russia"], "2025-W34", "text", "occurred", "Hunderte Millionen",
          note="Sandu is not canonical; only the target is listed"),
        E("The three leaders reaffirm that Europe will give Ukraine security guarantees after a ceasefire", "AGREE",
          ["Friedrich Merz", "Emmanuel Macron", "Donald Tusk", "Ukraine"], "2025-08-27", "context", "occurred",
          "Sicherheitsgarantien"),
        E("Putin–Zelensky meeting not expected in the foreseeable future", "CONSULT",
          ["Vladimir Putin", "Volodymyr Zelensky"], "FUTURE_REF", "vague", "uncertain", "absehbarer Zeit"),
        E("Trump–Putin summit in Alaska", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-08", "text", "occurred", "Alaska Mitte August",
          date_mod="MID"),
        E("Trump floated a Putin–Zelensky meeting", "REQUEST",
          ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2025-08", "context", "occurred",
          "Alaska Mitte August", date_mod="MID", note="after the Alaska summit"),
        E("Zakharova accuses the EU of meddling in Moldova's election campaign", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2025-08-28", "published", "occurred", "Brückenkopf"),
        E("Peskov: Moldova may choose its partners", "SUPPORT",
          ["Dmitry Peskov"], "2025-08-27", "text", "occurred", "Partner selbst zu wählen",
          note="no objection, as blind24 treats Peskov's 'sovereign right'"),
        E("Peskov: Moldova should pursue no policy against Russia", "REQUEST",
          ["Dmitry Peskov"], "2025-08-27", "text", "occurred", "Partner selbst zu wählen"),
    ],
    statements=[
        S("Emmanuel Macron", "Moldova is not alone", "2025-08-27", "context", "Moldau ist nicht allein"),
        S("Friedrich Merz", "Russia destabilises Moldova; it is a main target of hybrid attacks", "2025-08-27",
          "context", "Desinformation"),
        S("Donald Tusk", "Poland will support Moldova's EU path with all its strength", "2025-08-27", "context",
          "mit aller Kraft"),
        S("Joint statement: Friedrich Merz, Emmanuel Macron, Donald Tusk",
          "Europe will give Ukraine reliable security guarantees after a ceasefire", "2025-08-27", "context",
          "Sicherheitsgarantien"),
        S("Friedrich Merz", "A Putin–Zelensky meeting is not to be expected in the foreseeable future", "2025-08-27",
          "context", "absehbarer Zeit"),
        S("Russia", "Sharp criticism from Moscow", "2025-08-28", "published", "Aus Moskau kam scharfe Kritik."),
        S("Maria Zakharova", "The EU meddles in Moldova's campaign and wants a bridgehead against Russia",
          "2025-08-28", "published", "Brückenkopf"),
        S("Dmitry Peskov", "Moldova may choose its partners but should not act against Russia", "2025-08-27",
          "text", "Partner selbst zu wählen"),
    ],
    actors=["Germany", "Friedrich Merz", "France", "Emmanuel Macron", "Poland", "Donald Tusk", "European Union",
            "Russia", "Ukraine", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "United States", "Donald Trump",
            "Maria Zakharova", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b31de06: hessenschau.de (fiction)
DOCS.append(dict(
    id="b31de06_wiesbaden_nsatu_2026_03",
    lang="de",
    published="2026-03-05",
    body="""
Rutte und Merz in Wiesbaden: Nato-Kommando für die Ukraine soll wachsen

Nato-Generalsekretär Mark Rutte und Bundeskanzler Friedrich Merz (CDU) haben am Donnerstag das Nato-Kommando für die Unterstützung der Ukraine in Wiesbaden besucht.
Auf der Clay-Kaserne in Erbenheim koordinieren seit Ende 2024 rund 700 Soldaten aus mehr als 30 Staaten Waffenlieferungen und Ausbildung für die ukrainischen Streitkräfte.
Hessens Ministerpräsident Boris Rhein (CDU) empfing die Gäste am Vormittag auf dem Flugplatz.

Rutte kündigte an, das Kommando, das unter dem Kürzel NSATU firmiert, bis zum Sommer auf rund 1000 Dienstposten aufzustocken.
Wiesbaden solle zudem die Planung für eine multinationale Truppe übernehmen, die einen künftigen Waffenstillstand absichern könnte.
„Putin muss wissen, dass wir nicht nachlassen“, sagte Rutte vor Soldaten in einer Fahrzeughalle.
Merz sagte zu, Deutschland werde in diesem Jahr weitere 2,5 Milliarden Euro für Flugabwehr und Munition bereitstellen.

Der ukrainische Präsident Wolodymyr Selenskyj war aus Kiew per Video zugeschaltet.
Er bat um weitere Patriot-Systeme und warf Russland vor, seine Angriffe auf die Energieversorgung trotz der laufenden Gespräche über eine Waffenruhe fortzusetzen.
In der Nacht zum Donnerstag hatten russische Drohnen nach Angaben der ukrainischen Luftwaffe erneut Umspannwerke in den Gebieten Odessa und Sumy getroffen.

Moskau reagierte prompt.
Kremlsprecher Dmitri Peskow sagte, das Kommando in Wiesbaden zeige, dass die Nato „unmittelbar an dem Konflikt beteiligt“ sei, Friedensgespräche würden dadurch „nicht leichter“.
Außenamtssprecherin Maria Sacharowa fügte hinzu, ausländische Truppen auf ukrainischem Boden werde Russland „unter keinen Umständen“ hinnehmen.

Über eine Waffenruhe verhandeln Vertreter der USA, Russlands und der Ukraine seit Januar in Abu Dhabi, bislang ohne greifbares Ergebnis.
Eine weitere Runde ist nach Angaben aus Washington für Mitte März geplant.

Vor dem Kasernentor protestierten nach Polizeiangaben rund 150 Menschen unter dem Motto „Frieden statt Aufrüstung“.
Wiesbadens Oberbürgermeister Gert-Uwe Mende (SPD) sagte dem hr, die Stadt sei seit fast 80 Jahren Standort der US-Armee und trage auch die neue Rolle mit.
Für den Nachmittag war die Weiterreise Ruttes nach Brüssel geplant, wo am Freitag die Verteidigungsminister der Allianz tagen.
""",
    timexes=[
        T("Donnerstag", "DATE", "2026-03-05"),
        T("Ende 2024", "DATE", "2024", mod="END"),
        T("Vormittag", "TIME", "2026-03-05TMO"),
        T("Sommer", "DATE", "2026-SU"),
        T("diesem Jahr", "DATE", "2026"),
        T("der Nacht zum Donnerstag", "TIME", "2026-03-04TNI", note="night to Thursday 5 March"),
        T("Januar", "DATE", "2026-01"),
        T("Mitte März", "DATE", "2026-03", mod="MID"),
        T("fast 80 Jahren", "DURATION", "P80Y", mod="APPROX"),
        T("den Nachmittag", "TIME", "2026-03-05TAF"),
        T("Freitag", "DATE", "2026-03-06"),
    ],
    events=[
        E("Rutte and Merz visit NATO's Ukraine support command in Wiesbaden", "CONSULT",
          ["Mark Rutte", "Friedrich Merz", "NATO"], "2026-03-05", "text", "occurred",
          "das Nato-Kommando für die Unterstützung"),
        E("NATO command in Wiesbaden coordinates arms deliveries and training for Ukraine", "AID",
          ["NATO", "Ukraine"], "2024", "text", "occurred", "Clay-Kaserne", date_mod="START",
          note="since the end of 2024"),
        E("Rutte announces expansion of NSATU to about 1,000 posts by summer", "MOBILIZE",
          ["Mark Rutte", "NATO"], "2026-SU", "text", "planned", "NSATU firmiert"),
        E("Wiesbaden to plan a multinational force to secure a future ceasefire", "MOBILIZE",
          ["NATO", "Ukraine"], "2026-03-05", "context", "uncertain", "multinationale Truppe",
          note="dated by Rutte's announcement; the force itself is only possible"),
        E("Merz pledges a further 2.5 billion euros for air defence and ammunition this year", "AID",
          ["Friedrich Merz", "Germany", "Ukraine"], "2026", "text", "planned", "2,5 Milliarden Euro"),
        E("Zelensky joins Rutte and Merz by video", "CONSULT",
          ["Volodymyr Zelensky", "Mark Rutte", "Friedrich Merz"], "2026-03-05", "context", "occurred",
          "per Video zugeschaltet"),
        E("Zelensky asks for more Patriot systems", "REQUEST",
          ["Volodymyr Zelensky"], "2026-03-05", "context", "occurred", "weitere Patriot-Systeme"),
        E("Zelensky accuses Russia of continuing strikes on energy despite ceasefire talks", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2026-03-05", "context", "occurred", "weitere Patriot-Systeme"),
        E("Russian drones hit substations in the Odesa and Sumy regions", "ASSAULT",
          ["Russia", "Ukraine"], "2026-03-04TNI", "text", "occurred", "Umspannwerke"),
        E("Peskov: the Wiesbaden command shows NATO is directly involved in the conflict", "ACCUSE",
          ["Dmitry Peskov", "NATO"], "2026-03-05", "published", "occurred", "unmittelbar an dem Konflikt"),
        E("Zakharova: Russia will never accept foreign troops on Ukrainian soil", "REJECT",
          ["Maria Zakharova", "NATO"], "2026-03-05", "published", "occurred", "unter keinen Umständen"),
        E("US–Russia–Ukraine ceasefire talks in Abu Dhabi", "CONSULT",
          ["United States", "Russia", "Ukraine"], "2026-01", "text", "occurred", "seit Januar in Abu Dhabi",
          date_mod="START"),
        E("Next round of the Abu Dhabi talks", "CONSULT",
          ["United States", "Russia", "Ukraine"], "2026-03", "text", "planned", "Mitte März", date_mod="MID"),
        E("Meeting of NATO defence ministers in Brussels", "CONSULT",
          ["NATO"], "2026-03-06", "text", "planned", "Verteidigungsminister der Allianz"),
    ],
    statements=[
        S("Mark Rutte", "NSATU to grow to about 1,000 posts and to plan a multinational force", "2026-03-05",
          "context", "NSATU firmiert"),
        S("Mark Rutte", "Putin must know that we will not let up", "2026-03-05", "context", "Putin muss wissen"),
        S("Friedrich Merz", "Germany will provide a further 2.5 billion euros this year", "2026-03-05", "context",
          "2,5 Milliarden Euro"),
        S("Volodymyr Zelensky", "Asks for Patriots; Russia keeps attacking energy despite talks", "2026-03-05",
          "context", "weitere Patriot-Systeme"),
        S("Ukraine", "Air force: drones hit substations in Odesa and Sumy regions", "2026-03-05", "published",
          "Umspannwerke"),
        S("Russia", "Moscow reacted promptly", "2026-03-05", "published", "Moskau reagierte prompt."),
        S("Dmitry Peskov", "The command shows NATO is directly involved; peace talks get harder", "2026-03-05",
          "published", "unmittelbar an dem Konflikt"),
        S("Maria Zakharova", "Russia will under no circumstances accept foreign troops in Ukraine", "2026-03-05",
          "published", "unter keinen Umständen"),
        S("United States", "Another round is planned for mid-March", "2026-03-05", "published", "Mitte März"),
    ],
    actors=["NATO", "Mark Rutte", "Germany", "Friedrich Merz", "Ukraine", "Vladimir Putin", "Volodymyr Zelensky",
            "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United States"],
))
