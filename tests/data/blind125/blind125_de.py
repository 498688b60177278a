"""German articles of the blind125 set (fictionalised; written and annotated blind to the extraction code).

Theme: Serbia between Moscow and Brussels, 2022–2025.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b125de01 (Kärntner Tageszeitung)
DE01 = """
Serbien stimmt in der UNO gegen Moskau – bei den Sanktionen bleibt Belgrad hart

Belgrad/Klagenfurt. Serbien hat sich in der UN-Vollversammlung auf die Seite der großen Mehrheit gestellt und für die Resolution gestimmt, die Russland zum sofortigen Rückzug aus der Ukraine auffordert.
Die Entschließung wurde am Mittwochabend in New York mit 141 Stimmen angenommen, nur fünf Staaten, darunter Russland und Belarus, stimmten dagegen.
Präsident Aleksandar Vučić stellte aber noch am selben Abend klar, dass sich sein Land den Sanktionen der Europäischen Union gegen Moskau auch weiterhin nicht anschließen werde.

Bereits am Freitag hatte der Nationale Sicherheitsrat in Belgrad nach einer Sondersitzung beschlossen, die territoriale Integrität der Ukraine zu unterstützen, Strafmaßnahmen gegen Russland aber nicht mitzutragen.
Den Angriff, der am 24. Februar begonnen hatte, nannte Vučić damals einen Verstoß gegen das Völkerrecht.
Serbien befinde sich in einer „sehr schwierigen Lage“, weil es fast sein gesamtes Gas aus Russland beziehe und Moskau im Streit um das Kosovo auf seiner Seite stehe, sagte er.

In Moskau wird das Nein zu den Sanktionen mit Genugtuung registriert.
Der russische Botschafter in Belgrad, Alexander Bozan-Chartschenko, dankte der serbischen Führung am Dienstag für ihre „ausgewogene und verantwortungsvolle Haltung“.
Außenamtssprecherin Maria Sacharowa sagte am Mittwoch, Belgrad lasse sich „nicht erpressen“, und warf der EU vor, massiven Druck auf die Staaten des Balkans auszuüben.

In Brüssel stößt der Kurs des Beitrittskandidaten dagegen auf wachsenden Unmut.
Der EU-Außenbeauftragte Josep Borrell erinnerte am Montag daran, dass von Kandidatenländern erwartet werde, ihre Außenpolitik an jener der Union auszurichten.
Kommissionspräsidentin Ursula von der Leyen ließ wissen, die Haltung der Kandidaten werde in den nächsten Fortschrittsberichten eine Rolle spielen.
Der deutsche Bundeskanzler Olaf Scholz rief Vučić bei einem Telefonat am Dienstagabend auf, sich „klar an die Seite Europas“ zu stellen.

Die staatliche Fluglinie Air Serbia fliegt als eine der letzten Gesellschaften in Europa weiterhin nach Moskau und hat ihre Verbindungen seit Montag sogar aufgestockt.
Für Freitagabend haben rechtsgerichtete Gruppen in Belgrad zu einer Kundgebung „für Russland“ aufgerufen.
Laut einer Umfrage lehnen derzeit mehr als 80 Prozent der Serbinnen und Serben Sanktionen gegen Russland ab.

Auch in Kärnten verfolgt die serbische Gemeinde die Debatte genau.
Der Serbische Kulturverein in Klagenfurt lädt für Sonntag um 17 Uhr zu einem Gesprächsabend über die Lage auf dem Balkan ein.
Die Landesregierung rechnet in den kommenden Wochen mit bis zu 3.000 Flüchtlingen aus der Ukraine.
"""

DOC_DE01 = doc(
    "b125de01_un_votum_sanktionen_2022_03", "2022-03-03", DE01,
    [
        T("Mittwochabend", "TIME", "2022-03-02TEV", note="New York time"),
        T("selben Abend", "TIME", "2022-03-02TEV"),
        T("Freitag", "DATE", "2022-02-25"),
        T("24. Februar", "DATE", "2022-02-24"),
        T("Dienstag", "DATE", "2022-03-01"),
        T("Mittwoch", "DATE", "2022-03-02"),
        T("Montag", "DATE", "2022-02-28", 0),
        T("Dienstagabend", "TIME", "2022-03-01TEV"),
        T("Montag", "DATE", "2022-02-28", 1),
        T("Freitagabend", "TIME", "2022-03-04TEV"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Sonntag", "DATE", "2022-03-06"),
        T("17 Uhr", "TIME", "2022-03-06T17:00"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    [
        E("Serbia votes for the UN General Assembly resolution demanding Russia's withdrawal", "SUPPORT",
          ["United Nations"], "2022-03-02TEV", "context", "occurred", "auf die Seite der großen Mehrheit gestellt"),
        E("UN General Assembly adopts resolution demanding Russia withdraw from Ukraine", "REQUEST",
          ["United Nations", "Russia"], "2022-03-02TEV", "text", "occurred", "Die Entschließung wurde am Mittwochabend"),
        E("Russia and Belarus vote against the resolution", "REJECT", ["Russia", "Belarus"], "2022-03-02TEV", "text",
          "occurred", "Die Entschließung wurde am Mittwochabend"),
        E("Vučić: Serbia will still not join the EU sanctions against Moscow", "REJECT",
          ["European Union", "Russia"], "2022-03-02TEV", "text", "occurred", "noch am selben Abend klar"),
        E("Serbia's National Security Council backs Ukraine's territorial integrity", "SUPPORT", ["Ukraine"],
          "2022-02-25", "text", "occurred", "Bereits am Freitag hatte der Nationale Sicherheitsrat"),
        E("Serbia's National Security Council decides not to back sanctions against Russia", "REJECT", ["Russia"],
          "2022-02-25", "text", "occurred", "Bereits am Freitag hatte der Nationale Sicherheitsrat"),
        E("Russia's attack on Ukraine began on 24 February", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text",
          "occurred", "Den Angriff, der am 24. Februar begonnen hatte"),
        E("Vučić calls the Russian attack a violation of international law", "ACCUSE", ["Russia"], "2022-02-25",
          "context", "occurred", "Den Angriff, der am 24. Februar begonnen hatte"),
        E("Russian ambassador thanks the Serbian leadership for its stance", "SUPPORT", ["Russia"], "2022-03-01",
          "text", "occurred", "Bozan-Chartschenko, dankte"),
        E("Zakharova praises Belgrade for not letting itself be blackmailed", "SUPPORT", ["Maria Zakharova"],
          "2022-03-02", "text", "occurred", "Belgrad lasse sich „nicht erpressen“"),
        E("Zakharova accuses the EU of putting massive pressure on the Balkan states", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2022-03-02", "text", "occurred", "Belgrad lasse sich „nicht erpressen“"),
        E("Borrell: candidate countries are expected to align their foreign policy with the EU", "REQUEST",
          ["European Union"], "2022-02-28", "text", "occurred", "Josep Borrell erinnerte am Montag"),
        E("Von der Leyen: candidates' stance will count in the next progress reports", "THREATEN",
          ["Ursula von der Leyen"], "2022-03-03", "published", "occurred", "Ursula von der Leyen ließ wissen"),
        E("Scholz–Vučić phone call", "CONSULT", ["Olaf Scholz"], "2022-03-01TEV", "text", "occurred",
          "bei einem Telefonat am Dienstagabend"),
        E("Scholz calls on Serbia to side clearly with Europe", "REQUEST", ["Olaf Scholz"], "2022-03-01TEV", "text",
          "occurred", "bei einem Telefonat am Dienstagabend"),
    ],
    [
        S("Russia", "Ambassador Botsan-Kharchenko thanks Serbia's leadership for its balanced and responsible stance",
          "2022-03-01", "text", "Bozan-Chartschenko, dankte"),
        S("Maria Zakharova", "Belgrade will not be blackmailed; the EU puts massive pressure on the Balkan states",
          "2022-03-02", "text", "Belgrad lasse sich „nicht erpressen“"),
        S("European Union", "Borrell: candidate countries are expected to align their foreign policy with the Union's",
          "2022-02-28", "text", "Josep Borrell erinnerte am Montag"),
        S("Ursula von der Leyen", "The candidates' stance will play a role in the next progress reports", "2022-03-03",
          "published", "Ursula von der Leyen ließ wissen"),
        S("Olaf Scholz", "Calls on Vučić to side clearly with Europe", "2022-03-01TEV", "text",
          "bei einem Telefonat am Dienstagabend"),
    ],
    ["United Nations", "Russia", "Ukraine", "Belarus", "European Union", "Maria Zakharova", "Ursula von der Leyen",
     "Germany", "Olaf Scholz"],
)

# ---------------------------------------------------------------- b125de02 (Petrolplaza)
DE02 = """
Ungarn soll Serbiens Raffinerie retten: Vučić und Orbán vereinbaren Ölleitung

Belgrad/Budapest. Serbien will sich nach dem Wegfall des Ölwegs über Kroatien an das ungarische Pipelinenetz anschließen lassen.
Präsident Aleksandar Vučić und der ungarische Ministerpräsident Viktor Orbán vereinbarten am Montag in Belgrad den Bau einer rund 130 Kilometer langen Leitung von Algyő nach Novi Sad, über die russisches Rohöl aus der Druschba-Pipeline in die Raffinerie Pančevo fließen soll.
Die Leitung könnte nach Angaben aus Budapest bis Ende 2024 in Betrieb gehen.

Hintergrund ist das achte Sanktionspaket, das die EU am vergangenen Donnerstag endgültig beschlossen hat.
Es streicht eine Ausnahme, die es bisher erlaubte, russisches Rohöl per Tanker im kroatischen Omišalj anzulanden und über die JANAF-Pipeline nach Serbien weiterzuleiten.
Ab dem 1. Dezember ist damit Schluss.
Die Raffinerie gehört der Naftna Industrija Srbije (NIS), an der der russische Staatskonzern Gazprom Neft die Mehrheit hält, und deckt rund 80 Prozent des serbischen Kraftstoffbedarfs.

Vučić hatte bereits am Donnerstagabend in einer Fernsehansprache von einer „sehr unangenehmen Nachricht“ gesprochen und Brüssel vorgeworfen, ohne jede Rücksicht auf einen Beitrittskandidaten entschieden zu haben.
Orbán sagte am Montag, Ungarn lasse „seine Freunde nicht im Stich“, und nannte die Sanktionspolitik der Union erneut einen Fehler, der Europa mehr schade als Russland.
Ungarn selbst ist vom Embargo für Pipelineöl ausgenommen.
Ein Sprecher der EU-Kommission verwies in Brüssel lediglich darauf, dass Serbien als Kandidatenland seine Außenpolitik schrittweise an jene der Union angleichen müsse.

In Moskau stieß das Projekt auf Zustimmung.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Russland werde seine vertraglichen Verpflichtungen gegenüber Serbien „in vollem Umfang“ erfüllen.
Die EU schade mit ihren Sanktionen vor allem den eigenen Partnern und treibe die Preise in die Höhe, fügte er hinzu.
Gazprom-Neft-Chef Alexander Djukow hatte schon im Sommer angekündigt, man suche nach Wegen, die Versorgung von Pančevo dauerhaft zu sichern.

Marktbeobachter rechnen in Südosteuropa mit steigenden Dieselpreisen.
Serbien deckelt die Preise an den Tankstellen seit dem Frühjahr per Verordnung, die Regelung gilt derzeit bis Ende Oktober.
Am 5. Dezember tritt zudem das EU-Embargo für russisches Rohöl auf dem Seeweg in Kraft.
Für die Ölhändler in Belgrad ist das Ergebnis paradox: Ausgerechnet das russische Öl soll dann über ein EU-Land kommen, dessen Regierung den Sanktionskurs Brüssels am lautesten kritisiert.
"""

DOC_DE02 = doc(
    "b125de02_oelleitung_ungarn_nis_2022_10", "2022-10-11", DE02,
    [
        T("Montag", "DATE", "2022-10-10", 0),
        T("Ende 2024", "DATE", "2024", mod="END"),
        T("vergangenen Donnerstag", "DATE", "2022-10-06"),
        T("1. Dezember", "DATE", "2022-12-01"),
        T("Donnerstagabend", "TIME", "2022-10-06TEV"),
        T("Montag", "DATE", "2022-10-10", 1),
        T("Dienstag", "DATE", "2022-10-11"),
        T("Sommer", "DATE", "2022-SU"),
        T("dem Frühjahr", "DATE", "2022-SP"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Ende Oktober", "DATE", "2022-10", mod="END"),
        T("5. Dezember", "DATE", "2022-12-05"),
    ],
    [
        E("Vučić and Orbán meet in Belgrade", "CONSULT", ["Viktor Orbán"], "2022-10-10", "text", "occurred",
          "vereinbarten am Montag in Belgrad"),
        E("Vučić and Orbán agree to build an oil pipeline from Algyő to Novi Sad", "AGREE", ["Viktor Orbán"],
          "2022-10-10", "text", "occurred", "vereinbarten am Montag in Belgrad"),
        E("EU adopts its eighth sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
          "2022-10-06", "text", "occurred", "Hintergrund ist das achte Sanktionspaket"),
        E("EU ban on Russian crude via JANAF to Serbia takes effect", "SANCTION", ["European Union", "Russia"],
          "2022-12-01", "text", "planned", "Ab dem 1. Dezember ist damit Schluss."),
        E("Vučić accuses Brussels of deciding without regard for a candidate country", "ACCUSE", ["European Union"],
          "2022-10-06TEV", "text", "occurred", "Vučić hatte bereits am Donnerstagabend"),
        E("Orbán calls the EU's sanctions policy a mistake", "ACCUSE", ["Viktor Orbán", "European Union"],
          "2022-10-10", "text", "occurred", "Orbán sagte am Montag"),
        E("Commission: Serbia must align its foreign policy with the EU", "REQUEST", ["European Union"], "2022-10-11",
          "published", "occurred", "Ein Sprecher der EU-Kommission verwies"),
        E("Peskov: Russia will fulfil its contractual obligations to Serbia in full", "AGREE", ["Dmitry Peskov"],
          "2022-10-11", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        E("Peskov accuses the EU of harming its own partners with sanctions", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2022-10-11", "context", "occurred", "Die EU schade mit ihren Sanktionen"),
        E("EU embargo on seaborne Russian crude takes effect", "SANCTION", ["European Union", "Russia"], "2022-12-05",
          "text", "planned", "Am 5. Dezember tritt zudem"),
    ],
    [
        S("Viktor Orbán", "Hungary does not abandon its friends; the EU's sanctions policy harms Europe more than Russia",
          "2022-10-10", "text", "Orbán sagte am Montag"),
        S("European Union", "Commission spokesman: Serbia as a candidate must gradually align its foreign policy",
          "2022-10-11", "published", "Ein Sprecher der EU-Kommission verwies"),
        S("Dmitry Peskov", "Russia will fulfil its contractual obligations to Serbia in full", "2022-10-11", "text",
          "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        S("Dmitry Peskov", "The EU's sanctions harm its own partners and drive up prices", "2022-10-11", "context",
          "Die EU schade mit ihren Sanktionen"),
        S("Russia", "Gazprom Neft's Dyukov: looking for ways to secure Pančevo's supply permanently", "2022-SU", "text",
          "Gazprom-Neft-Chef Alexander Djukow"),
    ],
    ["Viktor Orbán", "Russia", "European Union", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b125de03 (Sindelfinger Zeitung)
DE03 = """
Washington setzt Serbiens Geheimdienstchef auf die Sanktionsliste

Belgrad/Sindelfingen. Die USA haben den Chef des serbischen Geheimdienstes BIA, Aleksandar Vulin, mit Sanktionen belegt.
Das US-Finanzministerium warf dem langjährigen Weggefährten von Präsident Aleksandar Vučić am Dienstag vor, in Waffenschmuggel und Drogenhandel verstrickt zu sein und Russlands „schädliche Aktivitäten“ auf dem Balkan zu unterstützen.
Vulins mögliches Vermögen in den USA wird eingefroren, amerikanischen Bürgern und Firmen sind Geschäfte mit ihm untersagt.

Vulin gilt als der Moskau-freundlichste Politiker in Belgrad.
Als Innenminister war er im vergangenen August nach Moskau gereist und dort von Außenminister Sergej Lawrow empfangen worden, dem er versicherte, Serbien werde „niemals“ Sanktionen gegen Russland verhängen.
Das Außenministerium in Washington teilte mit, Vulin habe seine öffentlichen Ämter genutzt, um Moskau zu helfen und die Stabilität in der Region zu untergraben.
Vulin selbst sprach von einer „Ehre“ und kündigte an, nicht zurückzutreten.

Moskau reagierte empört.
Außenamtssprecherin Maria Sacharowa nannte die Strafmaßnahmen am Mittwoch eine „unverhohlene Erpressung“ eines souveränen Staates, der sich weigere, der antirussischen Linie des Westens zu folgen.
Kremlsprecher Dmitri Peskow sagte, Russland schätze die Haltung Belgrads und werde die Zusammenarbeit mit Serbien in allen Bereichen fortsetzen.

Vučić erklärte am Dienstagabend, er werde in den kommenden Tagen mit Vulin sprechen, und deutete an, die Sanktionen hätten vor allem mit dessen Freundschaft zu Russland zu tun.
Der Zeitpunkt ist heikel: Am Dienstag und Mittwoch berieten die Staats- und Regierungschefs der Nato in Vilnius über die Lage in der Ukraine, und in Brüssel wächst der Unmut darüber, dass sich Belgrad den Russland-Sanktionen der EU weiter verweigert.
Die EU-Kommission erinnerte am Mittwoch erneut daran, dass Serbien als Kandidatenland seine Außenpolitik an jener der Union ausrichten müsse.

In Sindelfingen, wo mehrere tausend Menschen mit serbischen Wurzeln leben, wird die Entwicklung aufmerksam verfolgt.
Viele Familien kamen einst als Gastarbeiter in die Region, inzwischen arbeiten ihre Kinder und Enkel bei Mercedes-Benz und in den Zulieferbetrieben.
Der serbische Kulturverein „Sveti Sava“ feiert am Samstag ab 15 Uhr sein Sommerfest auf dem Vereinsgelände an der Böblinger Straße.
Über Politik werde dort „bewusst nicht gestritten“, sagt der Vorsitzende.
"""

DOC_DE03 = doc(
    "b125de03_vulin_sanktionen_2023_07", "2023-07-13", DE03,
    [
        T("Dienstag", "DATE", "2023-07-11", 0),
        T("vergangenen August", "DATE", "2022-08"),
        T("Mittwoch", "DATE", "2023-07-12", 0),
        T("Dienstagabend", "TIME", "2023-07-11TEV"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Dienstag", "DATE", "2023-07-11", 1),
        T("Mittwoch", "DATE", "2023-07-12", 1),
        T("Mittwoch", "DATE", "2023-07-12", 2),
        T("Samstag", "DATE", "2023-07-15"),
        T("15 Uhr", "TIME", "2023-07-15T15:00"),
    ],
    [
        E("US sanctions Serbia's intelligence chief Vulin", "SANCTION", ["United States"], "2023-07-11", "context",
          "occurred", "Die USA haben den Chef des serbischen Geheimdienstes"),
        E("US Treasury accuses Vulin of arms and drug trafficking and of supporting Russia's malign activities",
          "ACCUSE", ["United States", "Russia"], "2023-07-11", "text", "occurred",
          "Das US-Finanzministerium warf"),
        E("Lavrov received Vulin in Moscow", "CONSULT", ["Sergey Lavrov"], "2022-08", "text", "occurred",
          "Als Innenminister war er im vergangenen August"),
        E("Vulin assured Lavrov that Serbia would never impose sanctions on Russia", "AGREE", ["Sergey Lavrov"],
          "2022-08", "context", "occurred", "Als Innenminister war er im vergangenen August"),
        E("State Department accuses Vulin of using his offices to help Moscow", "ACCUSE", ["United States", "Russia"],
          "2023-07-11", "context", "occurred", "Das Außenministerium in Washington teilte mit"),
        E("Zakharova calls the sanctions open blackmail of a sovereign state", "ACCUSE",
          ["Maria Zakharova", "United States"], "2023-07-12", "text", "occurred", "unverhohlene Erpressung"),
        E("Peskov: Russia values Belgrade's stance and will continue cooperation with Serbia", "SUPPORT",
          ["Dmitry Peskov"], "2023-07-13", "published", "occurred", "Russland schätze die Haltung Belgrads"),
        E("NATO summit in Vilnius on Ukraine", "CONSULT", ["NATO"], "2023-07-11", "text", "occurred",
          "Der Zeitpunkt ist heikel", note="11–12 July 2023"),
        E("Belgrade keeps refusing to join the EU's Russia sanctions", "REJECT", ["European Union", "Russia"],
          "2023-07-13", "published", "occurred", "Der Zeitpunkt ist heikel"),
        E("Commission: Serbia must align its foreign policy with the EU", "REQUEST", ["European Union"], "2023-07-12",
          "text", "occurred", "Die EU-Kommission erinnerte am Mittwoch"),
    ],
    [
        S("United States", "Treasury: Vulin is involved in arms and drug trafficking and supports Russia's malign "
          "activities in the Balkans", "2023-07-11", "text", "Das US-Finanzministerium warf"),
        S("United States", "State Department: Vulin used his public offices to help Moscow and undermine stability",
          "2023-07-11", "context", "Das Außenministerium in Washington teilte mit"),
        S("Russia", "Moscow reacted with indignation", "2023-07-13", "published", "Moskau reagierte empört."),
        S("Maria Zakharova", "The sanctions are open blackmail of a sovereign state that refuses the West's "
          "anti-Russian line", "2023-07-12", "text", "unverhohlene Erpressung"),
        S("Dmitry Peskov", "Russia values Belgrade's stance and will continue cooperation with Serbia", "2023-07-13",
          "published", "Russland schätze die Haltung Belgrads"),
        S("European Union", "Commission: Serbia as a candidate must align its foreign policy with the Union's",
          "2023-07-12", "text", "Die EU-Kommission erinnerte am Mittwoch"),
    ],
    ["United States", "Russia", "Sergey Lavrov", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "NATO", "Ukraine",
     "European Union"],
)

# ---------------------------------------------------------------- b125de04 (WDR COSMO)
DE04 = """
Serbische Munition für die Ukraine: Belgrad dementiert nicht, Moskau verlangt Erklärungen

Köln/Belgrad. Serbische Granaten im Wert von rund 800 Millionen Euro sollen seit Februar 2022 über Umwege in die Ukraine gelangt sein.
Das berichtete die „Financial Times“ am Freitag unter Berufung auf Handelsdaten und Quellen in mehreren Regierungen.
Die Munition sei vor allem über Zwischenhändler in Tschechien, Bulgarien und der Slowakei an die ukrainische Armee gegangen.

Präsident Aleksandar Vučić bestritt den Bericht nicht.
Serbien liefere weder an die Ukraine noch an Russland, sagte er am Samstag im Fernsehsender Pink, was die Käufer mit der Ware machten, könne Belgrad aber nicht kontrollieren.
„Unsere Aufgabe ist es, unsere Fabriken und Arbeitsplätze zu erhalten“, fügte Vučić hinzu.
Serbien hatte im März 2022 in der UN-Vollversammlung für die Resolution gegen den russischen Angriff gestimmt, sich den Sanktionen der EU aber bislang nicht angeschlossen.

Aus Moskau kam prompt eine Reaktion.
Kremlsprecher Dmitri Peskow sagte am Montagvormittag, Russland nehme die Berichte „sehr ernst“ und erwarte von seinen serbischen Partnern „Erklärungen“.
Man betrachte Serbien weiterhin als befreundeten Staat, fügte Peskow hinzu.
Außenamtssprecherin Maria Sacharowa hatte schon vor einem Jahr vor „Provokationen“ gewarnt, mit denen der Westen Serbien in den Krieg hineinziehen wolle.

In Kiew wurde der Bericht mit Genugtuung aufgenommen.
Ein Sprecher des ukrainischen Außenministeriums dankte am Sonntag allen Staaten, die „direkt oder indirekt“ zur Verteidigung der Ukraine beitrügen.
Vučić hatte Mitte Juni an der Friedenskonferenz auf dem Bürgenstock in der Schweiz teilgenommen, zu der Russland nicht eingeladen war.
Dort unterzeichnete Serbien auch das Schlusskommuniqué, das die territoriale Integrität der Ukraine bekräftigt.
Die Staats- und Regierungschefs der EU kommen am Donnerstag und Freitag in Brüssel zusammen, Serbiens Beitrittsprozess steht dabei allerdings nicht auf der Tagesordnung.

Für viele Serbinnen und Serben in Nordrhein-Westfalen ist das Thema heikel, wie Hörerinnen und Hörer uns in den vergangenen Tagen geschrieben haben.
Mehr dazu hören Sie heute Abend ab 20 Uhr in unserer serbischen Sendung, die Sie anschließend auch als Podcast finden.
"""

DOC_DE04 = doc(
    "b125de04_munition_ukraine_ft_2024_06", "2024-06-24", DE04,
    [
        T("Februar 2022", "DATE", "2022-02"),
        T("Freitag", "DATE", "2024-06-21", 0),
        T("Samstag", "DATE", "2024-06-22"),
        T("März 2022", "DATE", "2022-03"),
        T("Montagvormittag", "TIME", "2024-06-24TMO"),
        T("vor einem Jahr", "DATE", "2023"),
        T("Sonntag", "DATE", "2024-06-23"),
        T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        T("Donnerstag", "DATE", "2024-06-27"),
        T("Freitag", "DATE", "2024-06-28", 1),
        T("den vergangenen Tagen", "DATE", "PAST_REF"),
        T("heute Abend", "TIME", "2024-06-24TEV"),
        T("20 Uhr", "TIME", "2024-06-24T20:00"),
    ],
    [
        E("Serbian shells worth about 800 million euros reportedly reached Ukraine via third countries", "AID",
          ["Ukraine"], "2022-02", "text", "uncertain", "Serbische Granaten im Wert", date_mod="START"),
        E("Vučić: Serbia supplies neither Ukraine nor Russia", "REJECT", ["Ukraine", "Russia"], "2024-06-22", "text",
          "occurred", "Serbien liefere weder an die Ukraine"),
        E("Serbia voted for the UN General Assembly resolution against the Russian attack", "SUPPORT",
          ["United Nations"], "2022-03", "text", "occurred", "Serbien hatte im März 2022"),
        E("Serbia has still not joined the EU sanctions", "REJECT", ["European Union", "Russia"], "2024-06-24",
          "published", "occurred", "Serbien hatte im März 2022"),
        E("Peskov: Russia expects explanations from its Serbian partners", "REQUEST", ["Dmitry Peskov"],
          "2024-06-24TMO", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montagvormittag"),
        E("Zakharova warned of Western provocations to drag Serbia into the war", "ACCUSE", ["Maria Zakharova"],
          "2023", "text", "occurred", "schon vor einem Jahr"),
        E("Ukrainian foreign ministry thanks all states that help defend Ukraine directly or indirectly", "SUPPORT",
          ["Ukraine"], "2024-06-23", "text", "occurred", "Ein Sprecher des ukrainischen Außenministeriums"),
        E("Vučić attended the Bürgenstock peace conference", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
          "Vučić hatte Mitte Juni", date_mod="MID", note="15–16 June 2024"),
        E("Serbia signed the Bürgenstock communiqué affirming Ukraine's territorial integrity", "SUPPORT",
          ["Ukraine"], "2024-06", "context", "occurred", "Dort unterzeichnete Serbien", date_mod="MID"),
        E("EU summit in Brussels", "CONSULT", ["European Union"], "2024-06-27", "text", "planned",
          "Die Staats- und Regierungschefs der EU kommen", note="27–28 June 2024"),
    ],
    [
        S("Dmitry Peskov", "Russia takes the reports very seriously and expects explanations from its Serbian partners",
          "2024-06-24TMO", "text", "Kremlsprecher Dmitri Peskow sagte am Montagvormittag"),
        S("Dmitry Peskov", "Russia still regards Serbia as a friendly state", "2024-06-24TMO", "context",
          "Man betrachte Serbien weiterhin"),
        S("Maria Zakharova", "Warned of provocations by which the West wants to drag Serbia into the war", "2023",
          "text", "schon vor einem Jahr"),
        S("Ukraine", "Foreign ministry spokesman thanks all states that help defend Ukraine directly or indirectly",
          "2024-06-23", "text", "Ein Sprecher des ukrainischen Außenministeriums"),
    ],
    ["Ukraine", "Russia", "United Nations", "European Union", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)

# ---------------------------------------------------------------- b125de05 (Bietigheimer Zeitung)
DE05 = """
Lithium aus Serbien: Scholz wirbt in Belgrad um Rohstoffe – und um Nähe zur EU

Belgrad/Bietigheim-Bissingen. Bundeskanzler Olaf Scholz ist am Freitag zu einem Kurzbesuch nach Belgrad gereist, um eine enge Rohstoffpartnerschaft zwischen Serbien und der Europäischen Union auf den Weg zu bringen.
Im Beisein von Scholz und Präsident Aleksandar Vučić unterzeichneten EU-Kommissionsvize Maroš Šefčovič und die serbische Bergbauministerin Dubravka Đedović Handanović am Nachmittag eine Absichtserklärung über eine strategische Partnerschaft für Rohstoffe, Batterien und Elektroautos.
Im Mittelpunkt steht das Lithiumvorkommen im Jadar-Tal im Westen des Landes, das der Bergbaukonzern Rio Tinto erschließen will.

Die serbische Regierung hatte erst am Dienstag den Weg für das umstrittene Projekt wieder freigemacht, nachdem sie es vor zwei Jahren nach Massenprotesten gestoppt hatte.
Vučić sagte, die Mine könne 2028 in Betrieb gehen und jährlich 58.000 Tonnen Lithium liefern, genug für rund 1,1 Millionen Elektroautos.
Scholz sprach von einem „wichtigen Projekt für Europa“, das die Abhängigkeit von China verringere.

Der Kanzler nutzte den Besuch auch für deutliche Worte zur Außenpolitik.
Er erwarte, dass Serbien als Beitrittskandidat seine Haltung zu Russland an jene der Europäischen Union angleiche und sich auch den Sanktionen gegen Moskau anschließe, sagte Scholz nach dem Gespräch mit Vučić.
Der serbische Präsident lehnte Sanktionen erneut ab, versicherte aber, sein Land stehe zur territorialen Integrität der Ukraine.
Scholz kündigte zudem an, Deutschland werde der Ukraine bis zum Jahresende ein weiteres Luftverteidigungssystem vom Typ Iris-T liefern.

In Moskau wurde die Reise argwöhnisch verfolgt.
Außenamtssprecherin Maria Sacharowa warf Berlin und Brüssel am Freitagabend vor, Serbien „wie eine Kolonie“ ausbeuten und das Land mit Rohstoffgeschäften von Russland wegziehen zu wollen.
Kremlsprecher Dmitri Peskow hatte zuvor erklärt, Russland respektiere das Recht Serbiens, seine Partner selbst zu wählen.
In Serbien regt sich derweil Widerstand: Umweltgruppen haben für den 10. August zu einer Großdemonstration in Belgrad aufgerufen.
Vučić kündigte an, im Herbst zu Gesprächen über den Beitrittsprozess nach Brüssel zu reisen.

Auch in Bietigheim-Bissingen wird das Abkommen aufmerksam registriert.
Ein mittelständischer Hersteller von Batteriesystemen aus der Stadt, der seit 2019 ein Werk in Novi Sad betreibt, hofft auf kürzere Lieferketten.
Der Geschäftsführer will sich Anfang September selbst ein Bild vor Ort machen.
"""

DOC_DE05 = doc(
    "b125de05_scholz_lithium_belgrad_2024_07", "2024-07-20", DE05,
    [
        T("Freitag", "DATE", "2024-07-19"),
        T("Nachmittag", "TIME", "2024-07-19TAF"),
        T("Dienstag", "DATE", "2024-07-16"),
        T("vor zwei Jahren", "DATE", "2022"),
        T("2028", "DATE", "2028"),
        T("jährlich", "SET", "P1Y"),
        T("Jahresende", "DATE", "2024", mod="END"),
        T("Freitagabend", "TIME", "2024-07-19TEV"),
        T("10. August", "DATE", "2024-08-10"),
        T("Herbst", "DATE", "2024-FA"),
        T("2019", "DATE", "2019"),
        T("Anfang September", "DATE", "2024-09", mod="START"),
    ],
    [
        E("Scholz visits Belgrade", "CONSULT", ["Olaf Scholz"], "2024-07-19", "text", "occurred",
          "Bundeskanzler Olaf Scholz ist am Freitag"),
        E("EU and Serbia sign a memorandum on a strategic raw-materials partnership in Scholz's presence", "AGREE",
          ["European Union", "Olaf Scholz"], "2024-07-19TAF", "text", "occurred", "Im Beisein von Scholz"),
        E("Scholz expects Serbia to align with the EU on Russia and join the sanctions", "REQUEST", ["Olaf Scholz"],
          "2024-07-19", "context", "occurred", "Er erwarte, dass Serbien"),
        E("Vučić again rejects sanctions against Russia", "REJECT", ["Olaf Scholz", "Russia"], "2024-07-19",
          "context", "occurred", "Der serbische Präsident lehnte Sanktionen erneut ab"),
        E("Vučić: Serbia stands by Ukraine's territorial integrity", "SUPPORT", ["Ukraine"], "2024-07-19", "context",
          "occurred", "Der serbische Präsident lehnte Sanktionen erneut ab"),
        E("Germany to deliver another IRIS-T air-defence system to Ukraine by the end of the year", "AID",
          ["Germany", "Ukraine"], "2024", "text", "planned", "Scholz kündigte zudem an", date_mod="END"),
        E("Zakharova accuses Berlin and Brussels of exploiting Serbia like a colony", "ACCUSE",
          ["Maria Zakharova", "Germany", "European Union"], "2024-07-19TEV", "text", "occurred",
          "wie eine Kolonie"),
        E("Peskov: Russia respects Serbia's right to choose its partners", "SUPPORT", ["Dmitry Peskov"], "2024-07-19",
          "context", "occurred", "Russland respektiere das Recht Serbiens"),
        E("Vučić to travel to Brussels in the autumn for talks on accession", "CONSULT", ["European Union"],
          "2024-FA", "text", "planned", "Vučić kündigte an, im Herbst"),
    ],
    [
        S("Olaf Scholz", "The lithium project is important for Europe and reduces dependence on China", "2024-07-19",
          "context", "wichtigen Projekt für Europa"),
        S("Olaf Scholz", "Expects Serbia as a candidate to align its stance on Russia with the EU and join the "
          "sanctions", "2024-07-19", "context", "Er erwarte, dass Serbien"),
        S("Olaf Scholz", "Germany will deliver another IRIS-T system to Ukraine by the end of the year", "2024-07-19",
          "context", "Scholz kündigte zudem an"),
        S("Maria Zakharova", "Berlin and Brussels want to exploit Serbia like a colony and pull it away from Russia",
          "2024-07-19TEV", "text", "wie eine Kolonie"),
        S("Dmitry Peskov", "Russia respects Serbia's right to choose its partners", "2024-07-19", "context",
          "Russland respektiere das Recht Serbiens"),
    ],
    ["Germany", "Olaf Scholz", "European Union", "China", "Russia", "Ukraine", "Maria Zakharova", "Kremlin",
     "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b125de06 (Börsen-Kurier)
DE06 = """
US-Sanktionen gegen NIS greifen: Serbiens einziger Raffinerie droht der Stillstand

Wien/Belgrad. Nach monatelangem Aufschub sind die amerikanischen Sanktionen gegen den serbischen Ölkonzern Naftna Industrija Srbije (NIS) in Kraft getreten.
Das US-Finanzministerium ließ die letzte Ausnahmegenehmigung in der Nacht auf Donnerstag auslaufen, ohne sie erneut zu verlängern.
Washington hatte die Strafmaßnahmen bereits am 10. Januar verhängt, weil NIS mehrheitlich dem russischen Staatskonzern Gazprom Neft und dessen Mutterkonzern Gazprom gehört.
Seither war die Frist mehr als ein halbes Dutzend Mal verschoben worden.

An der Belgrader Börse wurde der Handel mit NIS-Aktien am Donnerstag ausgesetzt.
Die kroatische Pipelinegesellschaft JANAF kündigte an, kein Rohöl mehr an die Raffinerie in Pančevo zu liefern, solange keine neue Lizenz vorliege.
Nach Angaben von NIS reichen die Vorräte, um die Anlage bis Ende Oktober zu betreiben.
Mehrere Banken in Serbien, darunter Töchter österreichischer Institute, haben den Zahlungsverkehr mit dem Konzern eingestellt.

Präsident Aleksandar Vučić sagte am Donnerstagabend, Serbien werde NIS „nicht mit Gewalt“ übernehmen, sei aber bereit, den russischen Anteil zu einem „fairen Preis“ zu kaufen.
Die Eigentümer in Moskau hätten höchstens noch „wenige Wochen“ Zeit, eine Lösung zu finden, andernfalls müsse Belgrad andere Schritte prüfen.
Er wolle in den kommenden Tagen mit Kremlchef Wladimir Putin telefonieren, den er zuletzt Anfang September in Peking getroffen hatte.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland stehe in engem Kontakt mit den serbischen Partnern und werde die Versorgung Serbiens sicherstellen.
Außenamtssprecherin Maria Sacharowa nannte die Sanktionen „unrechtmäßig“ und warf Washington vor, unliebsame Konkurrenz auf dem Balkan mit Erpressung auszuschalten.
Von dem Streit nicht betroffen ist die Gasversorgung: Der Liefervertrag mit Gazprom wurde Ende September bis zum Jahresende verlängert.

In Brüssel wird der Fall genau beobachtet, zumal Serbien weiterhin keine EU-Sanktionen gegen Russland mitträgt.
EU-Erweiterungskommissarin Marta Kos forderte Belgrad am Mittwoch auf, die Gelegenheit zu nutzen und seine Energieversorgung von Russland unabhängig zu machen.
Der nächste Fortschrittsbericht der Kommission zu Serbien wird Anfang November erwartet.

An der Wiener Börse gaben Titel mit starkem Serbien-Geschäft am Freitagvormittag leicht nach.
Analysten halten einen Verkauf des russischen Anteils an einen westlichen Investor für das wahrscheinlichste Szenario, rechnen aber mit zähen Verhandlungen.
"""

DOC_DE06 = doc(
    "b125de06_nis_sanktionen_in_kraft_2025_10", "2025-10-10", DE06,
    [
        T("monatelangem", "DURATION", "PXM"),
        T("Nacht auf Donnerstag", "TIME", "2025-10-08TNI", note="night to Thursday 9 October"),
        T("10. Januar", "DATE", "2025-01-10"),
        T("Donnerstag", "DATE", "2025-10-09", 1),
        T("Ende Oktober", "DATE", "2025-10", mod="END"),
        T("Donnerstagabend", "TIME", "2025-10-09TEV"),
        T("wenige Wochen", "DURATION", "PXW"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Anfang September", "DATE", "2025-09", mod="START"),
        T("Donnerstag", "DATE", "2025-10-09", 2),
        T("Ende September", "DATE", "2025-09", mod="END"),
        T("Jahresende", "DATE", "2025", mod="END"),
        T("Mittwoch", "DATE", "2025-10-08"),
        T("Anfang November", "DATE", "2025-11", mod="START"),
        T("Freitagvormittag", "TIME", "2025-10-10TMO"),
    ],
    [
        E("US sanctions on NIS take effect as the last waiver expires", "SANCTION", ["United States", "Russia"],
          "2025-10-08TNI", "text", "occurred", "Das US-Finanzministerium ließ"),
        E("US imposed sanctions on NIS on 10 January because of its Russian owners", "SANCTION",
          ["United States", "Russia"], "2025-01-10", "text", "occurred", "Washington hatte die Strafmaßnahmen"),
        E("Vučić offers to buy the Russian stake in NIS at a fair price", "REQUEST", ["Russia"], "2025-10-09TEV",
          "text", "occurred", "Präsident Aleksandar Vučić sagte am Donnerstagabend"),
        E("Vučić gives the Russian owners a few weeks to find a solution", "THREATEN", ["Russia"], "2025-10-09TEV",
          "context", "occurred", "Die Eigentümer in Moskau hätten"),
        E("Vučić to phone Putin", "CONSULT", ["Vladimir Putin"], "FUTURE_REF", "vague", "planned",
          "Er wolle in den kommenden Tagen"),
        E("Vučić met Putin in Beijing", "CONSULT", ["Vladimir Putin"], "2025-09", "text", "occurred",
          "Er wolle in den kommenden Tagen", date_mod="START", note="2 September 2025"),
        E("Peskov: Russia will secure Serbia's supply", "AGREE", ["Dmitry Peskov"], "2025-10-09", "text", "occurred",
          "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
        E("Zakharova accuses Washington of eliminating competition in the Balkans by blackmail", "ACCUSE",
          ["Maria Zakharova", "United States"], "2025-10-10", "published", "occurred", "unrechtmäßig"),
        E("Gas supply contract with Gazprom extended to the end of the year", "AGREE", ["Russia"], "2025-09",
          "text", "occurred", "Der Liefervertrag mit Gazprom", date_mod="END"),
        E("Serbia still does not join EU sanctions against Russia", "REJECT", ["European Union", "Russia"],
          "2025-10-10", "published", "occurred", "In Brüssel wird der Fall genau beobachtet"),
        E("Kos calls on Belgrade to make its energy supply independent of Russia", "REQUEST", ["European Union"],
          "2025-10-08", "text", "occurred", "Marta Kos forderte Belgrad"),
    ],
    [
        S("Dmitry Peskov", "Russia is in close contact with its Serbian partners and will secure Serbia's supply",
          "2025-10-09", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
        S("Maria Zakharova", "The sanctions are unlawful; Washington uses blackmail to eliminate competition in the "
          "Balkans", "2025-10-10", "published", "unrechtmäßig"),
        S("European Union", "Kos: Belgrade should use the opportunity to make its energy supply independent of Russia",
          "2025-10-08", "text", "Marta Kos forderte Belgrad"),
    ],
    ["United States", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union"],
)

DOCS = [DOC_DE01, DOC_DE02, DOC_DE03, DOC_DE04, DOC_DE05, DOC_DE06]
