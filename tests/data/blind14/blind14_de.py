"""German articles of the blind14 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

G7 = ["Germany", "United States", "France", "United Kingdom"]

# ---------------------------------------------------------------------------------------------------------------
# Der Standard (Vienna) style: Nehammer meets Putin near Moscow, 11 Apr 2022.
DE01 = dict(
    id="b14de01_nehammer_putin_nowo_ogarjowo_2022_04",
    lang="de",
    published="2022-04-11",
    body="""
Nehammer nach Treffen mit Putin: „Das ist kein Freundschaftsbesuch“
Bundeskanzler Karl Nehammer (ÖVP) ist am Montag als erster Regierungschef eines EU-Staates seit Beginn des russischen Angriffskriegs mit Kremlchef Wladimir Putin zusammengetroffen.
Das Gespräch in der Residenz Nowo-Ogarjowo bei Moskau habe rund 75 Minuten gedauert und sei „sehr direkt, offen und hart“ gewesen, ließ der Kanzler im Anschluss über das Bundeskanzleramt ausrichten.
Es handle sich ausdrücklich um „keinen Freundschaftsbesuch“, betonte Nehammer.

Er habe Putin gegenüber die Kriegsverbrechen in Butscha und anderen Orten angesprochen und klargemacht, dass die Verantwortlichen zur Rechenschaft gezogen werden müssten, hieß es aus Wien.
Zudem habe der Kanzler humanitäre Korridore für eingeschlossene Städte wie Mariupol und einen sofortigen Waffenstillstand verlangt.
Vor österreichischen Journalisten in der Botschaft sagte Nehammer am Abend, sein Eindruck sei, dass Putin sich „in seiner eigenen Kriegslogik“ befinde; Grund für Optimismus gebe es nicht.

Der Kreml hatte das Treffen am Sonntag bestätigt, zugleich aber wissen lassen, dass keine Medienvertreter zugelassen würden.
Kremlsprecher Dmitri Peskow sagte am Montag, Moskau erwarte von dem Besuch keine greifbaren Ergebnisse.

Nehammer war erst am Samstag in Kiew gewesen, wo er den ukrainischen Präsidenten Wolodymyr Selenskyj getroffen und den Vorort Butscha besucht hatte.
Über seine Pläne für Moskau habe er Selenskyj, den deutschen Bundeskanzler Olaf Scholz, EU-Ratspräsident Charles Michel und den türkischen Präsidenten Recep Tayyip Erdoğan vorab informiert, teilte das Kanzleramt mit.
In Kiew war die Reise mit Skepsis aufgenommen worden: Ein Berater Selenskyjs warnte, man dürfe Putin keine Bühne für Propaganda bieten.

Parallel berieten die EU-Außenminister am Montag in Luxemburg über ein sechstes Sanktionspaket gegen Russland, das erstmals auch Ölimporte treffen könnte.
Der EU-Außenbeauftragte Josep Borrell kündigte an, die Union werde weitere 500 Millionen Euro für Waffenlieferungen an die Ukraine bereitstellen.
Österreich beteiligt sich als neutrales Land nicht an der Finanzierung von Waffen, trägt die Sanktionen aber mit.

Unterdessen bereitet sich die Ukraine auf eine russische Großoffensive im Osten vor.
Selenskyj sagte in seiner nächtlichen Videoansprache, Russland ziehe im Donbass Zehntausende Soldaten zusammen, die kommenden Tage würden schwer.
Bei einem Raketenangriff auf den Bahnhof von Kramatorsk waren am Freitag nach ukrainischen Angaben mehr als 50 Menschen getötet worden, darunter Kinder.
""",
    timexes=[
        T("Montag", "DATE", "2022-04-11", n=0),
        T("rund 75 Minuten", "DURATION", "PT75M", mod="APPROX"),
        T("Abend", "TIME", "2022-04-11TEV"),
        T("Sonntag", "DATE", "2022-04-10"),
        T("Montag", "DATE", "2022-04-11", n=1),
        T("Samstag", "DATE", "2022-04-09"),
        T("Montag", "DATE", "2022-04-11", n=2),
        T("nächtlichen", "SET", "P1D"),
        T("die kommenden Tage", "DATE", "FUTURE_REF"),
        T("Freitag", "DATE", "2022-04-08"),
    ],
    events=[
        E("Austrian chancellor Nehammer meets Putin near Moscow", "CONSULT", ["Vladimir Putin"],
          "2022-04-11", "text", "occurred", "als erster Regierungschef eines EU-Staates",
          note="Nehammer and Austria are not canonical"),
        E("Nehammer confronts Putin with the war crimes in Bucha", "ACCUSE", ["Vladimir Putin"],
          "2022-04-11", "context", "occurred", "die Kriegsverbrechen in Butscha"),
        E("Nehammer demands humanitarian corridors and a ceasefire from Putin", "REQUEST", ["Vladimir Putin"],
          "2022-04-11", "context", "occurred", "humanitäre Korridore"),
        E("Nehammer meets Zelensky in Kyiv and visits Bucha", "CONSULT", ["Volodymyr Zelensky"],
          "2022-04-09", "text", "occurred", "erst am Samstag in Kiew"),
        E("Nehammer informs Zelensky, Scholz, the EU and Erdoğan of his Moscow trip in advance", "CONSULT",
          ["Volodymyr Zelensky", "Olaf Scholz", "European Union", "Recep Tayyip Erdoğan"],
          "2022-04-11", "published", "occurred", "vorab informiert",
          note="before the trip; no day given"),
        E("Kyiv warns against giving Putin a stage for propaganda", "REQUEST", ["Ukraine", "Vladimir Putin"],
          "2022-04-11", "published", "occurred", "keine Bühne für Propaganda"),
        E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"],
          "2022-04-11", "text", "occurred", "Parallel berieten die EU-Außenminister"),
        E("EU discusses a sixth sanctions package against Russia, possibly including oil", "SANCTION",
          ["European Union", "Russia"], "2022-04-11", "context", "planned", "ein sechstes Sanktionspaket"),
        E("EU to provide a further 500 million euros for weapons for Ukraine", "AID",
          ["European Union", "Ukraine"], "2022-04-11", "context", "occurred", "weitere 500 Millionen Euro"),
        E("Russia masses tens of thousands of troops in the Donbas (per Zelensky)", "MOBILIZE", ["Russia"],
          "2022-04-11", "published", "occurred", "Zehntausende Soldaten zusammen"),
        E("Missile strike on Kramatorsk railway station kills more than 50", "ASSAULT", ["Russia", "Ukraine"],
          "2022-04-08", "text", "occurred", "Bahnhof von Kramatorsk"),
    ],
    statements=[
        S("Kremlin", "Confirmed the meeting; no media admitted", "2022-04-10", "text",
          "Der Kreml hatte das Treffen am Sonntag bestätigt"),
        S("Dmitry Peskov", "Moscow expects no tangible results from the visit", "2022-04-11", "text",
          "keine greifbaren Ergebnisse"),
        S("Ukraine", "An adviser to Zelensky warns against giving Putin a stage for propaganda", "2022-04-11",
          "published", "keine Bühne für Propaganda"),
        S("European Union", "Borrell: a further 500 million euros for weapons for Ukraine", "2022-04-11", "context",
          "weitere 500 Millionen Euro"),
        S("Volodymyr Zelensky", "Russia is massing tens of thousands of troops in the Donbas; hard days ahead",
          "2022-04-11", "published", "Zehntausende Soldaten zusammen"),
        S("Ukraine", "More than 50 killed in the Kramatorsk station strike", "2022-04-11", "published",
          "Bahnhof von Kramatorsk"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine", "Olaf Scholz",
            "Germany", "European Union", "Recep Tayyip Erdoğan", "Turkey"],
)

# ---------------------------------------------------------------------------------------------------------------
# tagesschau.de style: G7 summit at Schloss Elmau, second day, 27 Jun 2022.
DE02 = dict(
    id="b14de02_g7_elmau_kremenchuk_2022_06",
    lang="de",
    published="2022-06-27",
    body="""
G7 sagen Ukraine langfristige Hilfe zu – Selenskyj will Kriegsende noch in diesem Jahr
Die G7-Staaten haben der Ukraine bei ihrem Gipfel auf Schloss Elmau umfassende Unterstützung zugesichert – finanziell, humanitär und militärisch, „so lange wie nötig“, wie es in einer am Montag verabschiedeten Erklärung heißt.
Der ukrainische Präsident Wolodymyr Selenskyj war am Vormittag per Video zu den Beratungen im oberbayerischen Alpenort zugeschaltet.
Nach Angaben von Teilnehmern bat er die Staats- und Regierungschefs, alles zu tun, damit der Krieg noch vor Jahresende beendet werden könne, weil die Kämpfe im Winter für seine Soldaten ungleich schwerer würden.
Zudem habe Selenskyj moderne Luftabwehrsysteme, mehr Artillerie und schärfere Sanktionen gegen Moskau verlangt.

Überschattet wurde der Gipfel von einem russischen Raketenangriff auf ein Einkaufszentrum in der zentralukrainischen Stadt Krementschuk, bei dem am Nachmittag nach ukrainischen Angaben mindestens 13 Menschen getötet wurden.
Mehr als tausend Menschen hätten sich zum Zeitpunkt des Einschlags in dem Gebäude aufgehalten, schrieb Selenskyj im Nachrichtendienst Telegram.
Die G7 verurteilten den Angriff noch am Abend als „abscheulich“ und als Kriegsverbrechen; Präsident Wladimir Putin und die Verantwortlichen würden zur Rechenschaft gezogen, hieß es in einer gemeinsamen Erklärung.

Bereits am Sonntag hatten die USA, Großbritannien, Kanada und Japan ein Importverbot für russisches Gold angekündigt, mit dem Moskau eine wichtige Einnahmequelle genommen werden soll.
US-Präsident Joe Biden sprach von einem Schritt, der Russland „Milliarden“ kosten werde.
Zudem verständigten sich die Staats- und Regierungschefs darauf, Möglichkeiten für eine Preisobergrenze für russisches Öl zu prüfen.
Aus Washington hieß es, Biden werde in den kommenden Tagen die Lieferung moderner Flugabwehrsysteme vom Typ NASAMS an die Ukraine bekanntgeben.

Der Kreml reagierte demonstrativ gelassen.
Die Sanktionen des Westens hätten ihr Ziel verfehlt, die russische Wirtschaft komme mit den Beschränkungen zurecht, sagte Kremlsprecher Dmitri Peskow in Moskau.
Zu dem Angriff auf Krementschuk äußerte er sich nicht.

Bundeskanzler Olaf Scholz sagte als Gastgeber, die G7 stünden „eng zusammen“; einen Diktatfrieden, wie ihn Putin anstrebe, werde man nicht akzeptieren.
Frankreichs Präsident Emmanuel Macron betonte, Russland dürfe diesen Krieg „nicht gewinnen“.
Der Gipfel endet am Dienstagmittag.
Anschließend reisen die meisten Teilnehmer weiter nach Madrid, wo die NATO von Dienstagabend bis Donnerstag über ihre Antwort auf die russische Bedrohung beraten will.
""",
    timexes=[
        T("diesem Jahr", "DATE", "2022"),
        T("Montag", "DATE", "2022-06-27"),
        T("Vormittag", "TIME", "2022-06-27TMO"),
        T("Jahresende", "DATE", "2022", mod="END"),
        T("Winter", "DATE", "2022-WI"),
        T("Nachmittag", "TIME", "2022-06-27TAF"),
        T("Abend", "TIME", "2022-06-27TEV"),
        T("Sonntag", "DATE", "2022-06-26"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Dienstagmittag", "TIME", "2022-06-28T12:00"),
        T("Dienstagabend", "TIME", "2022-06-28TEV"),
        T("Donnerstag", "DATE", "2022-06-30"),
    ],
    events=[
        E("G7 summit at Schloss Elmau", "CONSULT", G7, "2022-06-27", "published", "occurred",
          "bei ihrem Gipfel auf Schloss Elmau", note="summit 26-28 June 2022; G7 members named in the article"),
        E("G7 pledge financial, humanitarian and military support to Ukraine for as long as needed", "AGREE",
          G7 + ["Ukraine"], "2022-06-27", "text", "occurred", "bei ihrem Gipfel auf Schloss Elmau"),
        E("Zelensky joins the G7 talks by video", "CONSULT", ["Volodymyr Zelensky"] + G7,
          "2022-06-27TMO", "text", "occurred", "per Video zu den Beratungen"),
        E("Zelensky asks G7 leaders to help end the war before the end of the year", "REQUEST",
          ["Volodymyr Zelensky"] + G7, "2022-06-27TMO", "context", "occurred", "bat er die Staats- und Regierungschefs"),
        E("Zelensky asks for air defence, artillery and tougher sanctions against Moscow", "REQUEST",
          ["Volodymyr Zelensky"] + G7 + ["Russia"], "2022-06-27TMO", "context", "occurred",
          "moderne Luftabwehrsysteme, mehr Artillerie"),
        E("Russian missile strike on a shopping centre in Kremenchuk", "ASSAULT", ["Russia", "Ukraine"],
          "2022-06-27TAF", "text", "occurred", "Einkaufszentrum in der zentralukrainischen Stadt"),
        E("G7 condemn the Kremenchuk strike as a war crime", "ACCUSE", G7 + ["Russia", "Vladimir Putin"],
          "2022-06-27TEV", "text", "occurred", "verurteilten den Angriff"),
        E("G7 vow that Putin and those responsible will be held to account", "THREATEN", G7 + ["Vladimir Putin"],
          "2022-06-27TEV", "text", "occurred", "verurteilten den Angriff"),
        E("US and UK (with Canada and Japan) announce a ban on Russian gold imports", "SANCTION",
          ["United States", "United Kingdom", "Russia"], "2022-06-26", "text", "occurred", "Importverbot für russisches Gold"),
        E("G7 agree to examine a price cap on Russian oil", "AGREE", G7 + ["Russia"],
          "2022-06-27", "published", "occurred", "Preisobergrenze für russisches Öl"),
        E("Biden to announce NASAMS air defence systems for Ukraine", "AID", ["Joe Biden", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "NASAMS"),
        E("Kremlin dismisses Western sanctions as having failed", "REJECT", ["Dmitry Peskov"],
          "2022-06-27", "published", "occurred", "Die Sanktionen des Westens hätten ihr Ziel verfehlt"),
        E("Scholz: G7 will not accept a dictated peace sought by Putin", "REJECT", ["Olaf Scholz", "Vladimir Putin"],
          "2022-06-27", "published", "occurred", "Diktatfrieden"),
        E("NATO summit in Madrid, attended by most G7 leaders", "CONSULT", ["NATO"] + G7,
          "2022-06-28TEV", "text", "planned", "wo die NATO von Dienstagabend bis Donnerstag",
          note="until Thursday 30 June 2022"),
    ],
    statements=[
        S("Joint statement: Germany, United States, France, United Kingdom",
          "G7 declaration: support for Ukraine 'as long as needed'", "2022-06-27", "text",
          "bei ihrem Gipfel auf Schloss Elmau"),
        S("Volodymyr Zelensky", "Asks leaders to do everything to end the war before the end of the year",
          "2022-06-27TMO", "context", "bat er die Staats- und Regierungschefs"),
        S("Volodymyr Zelensky", "Demands air defence, artillery and tougher sanctions", "2022-06-27TMO", "context",
          "moderne Luftabwehrsysteme, mehr Artillerie"),
        S("Ukraine", "At least 13 killed in Kremenchuk", "2022-06-27", "published",
          "Einkaufszentrum in der zentralukrainischen Stadt"),
        S("Volodymyr Zelensky", "More than a thousand people were in the building", "2022-06-27", "published",
          "Mehr als tausend Menschen"),
        S("Joint statement: Germany, United States, France, United Kingdom",
          "Condemn the attack as a war crime; Putin and those responsible will be held accountable",
          "2022-06-27TEV", "text", "verurteilten den Angriff"),
        S("Joe Biden", "The gold ban will cost Russia billions", "2022-06-26", "context", "Milliarden"),
        S("United States", "Biden will announce NASAMS deliveries in the coming days", "2022-06-27", "published",
          "NASAMS"),
        S("Dmitry Peskov", "Western sanctions have failed; the Russian economy is coping", "2022-06-27", "published",
          "Die Sanktionen des Westens hätten ihr Ziel verfehlt"),
        S("Olaf Scholz", "G7 stand together; no dictated peace", "2022-06-27", "published", "Diktatfrieden"),
        S("Emmanuel Macron", "Russia must not win this war", "2022-06-27", "published", "nicht gewinnen"),
    ],
    actors=["Germany", "United States", "France", "United Kingdom", "Ukraine", "Volodymyr Zelensky", "Russia",
            "Vladimir Putin", "Joe Biden", "Kremlin", "Dmitry Peskov", "Olaf Scholz", "Emmanuel Macron", "NATO"],
)

# ---------------------------------------------------------------------------------------------------------------
# NZZ style (Swiss spelling, no sharp s): Ukraine Recovery Conference in Lugano, 4-5 Jul 2022.
DE03 = dict(
    id="b14de03_lugano_wiederaufbaukonferenz_2022_07",
    lang="de",
    published="2022-07-05",
    body="""
Lugano-Konferenz: Der Wiederaufbau der Ukraine soll 750 Milliarden Dollar kosten
Die internationale Konferenz zum Wiederaufbau der Ukraine in Lugano ist am Dienstag mit der Verabschiedung einer gemeinsamen Erklärung zu Ende gegangen.
Die rund vierzig teilnehmenden Staaten und internationalen Organisationen bekennen sich in der «Erklärung von Lugano» zu Grundsätzen wie Transparenz, Rechenschaftspflicht und Korruptionsbekämpfung.
Konkrete Finanzzusagen enthält das Dokument nicht.

Der ukrainische Ministerpräsident Denis Schmihal hatte den Bedarf seines Landes am Montag zum Auftakt auf rund 750 Milliarden Dollar in den kommenden zehn Jahren beziffert.
Ein grosser Teil davon müsse aus beschlagnahmten russischen Vermögen finanziert werden, forderte Schmihal.
Präsident Wolodimir Selenski, der per Video zugeschaltet war, nannte den Wiederaufbau «ein gemeinsames Projekt der gesamten demokratischen Welt» und dankte der Schweiz für die Gastfreundschaft.

EU-Kommissionspräsidentin Ursula von der Leyen kündigte am Montag eine Wiederaufbauplattform an, die Geberländer, internationale Finanzinstitutionen und die Regierung in Kiew zusammenbringen soll.
Die Europäische Union werde einen «wesentlichen» Beitrag leisten, sagte sie, ohne eine Summe zu nennen.
Am Dienstag bot die britische Aussenministerin Liz Truss an, die nächste Konferenz in London auszurichten.
Die deutsche Entwicklungsministerin Svenja Schulze sagte der Ukraine zusätzliche 426 Millionen Euro zu.

Bei der Frage der russischen Gelder trat die Schweiz als Gastgeberin auf die Bremse.
Eine Konfiszierung privater Vermögen sei mit der schweizerischen Rechtsordnung nicht vereinbar, sagte Bundespräsident Ignazio Cassis, der die Konferenz gemeinsam mit Kiew ausgerichtet hatte.
In der Schweiz sind derzeit russische Vermögenswerte von rund 6,3 Milliarden Franken gesperrt.

Moskau verfolgte das Treffen mit Spott.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, bezeichnete die Konferenz als Versuch, das Geld westlicher Steuerzahler in ein «bodenloses Fass» zu leiten.

Auf dem Schlachtfeld gewinnt Russland derweil weiter an Boden.
Am Sonntag hatte der ukrainische Generalstab den Rückzug aus Lyssytschansk bestätigt, der letzten grösseren Stadt der Region Luhansk unter ukrainischer Kontrolle.
Kremlchef Wladimir Putin gratulierte seinen Truppen am Montag zur «Befreiung» der Region und ordnete an, die Offensive fortzusetzen.
Die Stadt Slowjansk weiter westlich lag in der Nacht auf Dienstag erneut unter schwerem Beschuss.
""",
    timexes=[
        T("Dienstag", "DATE", "2022-07-05", n=0),
        T("Montag", "DATE", "2022-07-04", n=0),
        T("den kommenden zehn Jahren", "DURATION", "P10Y"),
        T("Montag", "DATE", "2022-07-04", n=1),
        T("Dienstag", "DATE", "2022-07-05", n=1),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Sonntag", "DATE", "2022-07-03"),
        T("Montag", "DATE", "2022-07-04", n=2),
        T("der Nacht auf Dienstag", "TIME", "2022-07-04TNI", note="night to Tuesday 5 July 2022"),
    ],
    events=[
        E("Ukraine Recovery Conference in Lugano", "CONSULT",
          ["Ukraine", "European Union", "United Kingdom", "Germany"], "2022-07-04", "context", "occurred",
          "mit der Verabschiedung einer gemeinsamen Erklärung",
          note="4-5 July 2022, co-hosted by Switzerland (not canonical); participants named in the article"),
        E("Conference adopts the Lugano Declaration on reconstruction principles", "AGREE",
          ["Ukraine", "European Union", "United Kingdom", "Germany"], "2022-07-05", "text", "occurred",
          "mit der Verabschiedung einer gemeinsamen Erklärung"),
        E("Ukraine demands that seized Russian assets pay for reconstruction", "REQUEST", ["Ukraine", "Russia"],
          "2022-07-04", "context", "occurred", "beschlagnahmten russischen Vermögen"),
        E("Zelensky thanks Switzerland for hosting", "SUPPORT", ["Volodymyr Zelensky"],
          "2022-07-04", "context", "occurred", "dankte der Schweiz",
          note="Switzerland is not canonical"),
        E("Von der Leyen announces a reconstruction platform with Kyiv and donors", "COOPERATE",
          ["Ursula von der Leyen", "Ukraine"], "2022-07-04", "text", "planned", "Wiederaufbauplattform"),
        E("EU promises a substantial contribution to reconstruction", "AID",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2022-07-04", "context", "planned",
          "«wesentlichen» Beitrag"),
        E("UK offers to host the next recovery conference in London", "REQUEST", ["United Kingdom"],
          "2022-07-05", "text", "occurred", "die nächste Konferenz in London"),
        E("Germany pledges an additional 426 million euros to Ukraine", "AID", ["Germany", "Ukraine"],
          "2022-07-05", "published", "occurred", "426 Millionen Euro"),
        E("Switzerland rejects confiscating private Russian assets as Kyiv demands", "REJECT", ["Ukraine"],
          "2022-07-05", "published", "occurred", "Eine Konfiszierung privater Vermögen",
          note="Switzerland is not canonical"),
        E("Zakharova derides the conference as pouring money into a bottomless barrel", "ACCUSE",
          ["Maria Zakharova", "Ukraine"], "2022-07-05", "published", "occurred", "bodenloses Fass"),
        E("Ukrainian forces withdraw from Lysychansk", "RETREAT", ["Ukraine", "Russia"],
          "2022-07-03", "text", "occurred", "Rückzug aus Lyssytschansk"),
        E("Putin orders the offensive to continue", "ASSAULT", ["Vladimir Putin", "Ukraine"],
          "2022-07-04", "text", "planned", "ordnete an, die Offensive fortzusetzen"),
        E("Sloviansk under heavy shelling overnight", "ASSAULT", ["Russia", "Ukraine"],
          "2022-07-04TNI", "text", "occurred", "Slowjansk"),
    ],
    statements=[
        S("Ukraine", "Shmyhal: reconstruction needs about 750 billion dollars over ten years", "2022-07-04", "text",
          "hatte den Bedarf seines Landes"),
        S("Ukraine", "Shmyhal: seized Russian assets must pay a large part", "2022-07-04", "context",
          "beschlagnahmten russischen Vermögen"),
        S("Volodymyr Zelensky", "Reconstruction is a joint project of the democratic world; thanks Switzerland",
          "2022-07-04", "context", "dankte der Schweiz"),
        S("Ursula von der Leyen", "Announces a reconstruction platform", "2022-07-04", "text",
          "Wiederaufbauplattform"),
        S("Ursula von der Leyen", "The EU will make a substantial contribution", "2022-07-04", "context",
          "«wesentlichen» Beitrag"),
        S("United Kingdom", "Truss offers London as host of the next conference", "2022-07-05", "text",
          "die nächste Konferenz in London"),
        S("Germany", "Schulze pledges 426 million euros", "2022-07-05", "published", "426 Millionen Euro"),
        S("Maria Zakharova", "The conference channels Western taxpayers' money into a bottomless barrel",
          "2022-07-05", "published", "bodenloses Fass"),
        S("Ukraine", "General staff confirms the withdrawal from Lysychansk", "2022-07-03", "text",
          "Rückzug aus Lyssytschansk"),
        S("Vladimir Putin", "Congratulates troops on the 'liberation' of Luhansk; orders the offensive to continue",
          "2022-07-04", "text", "ordnete an, die Offensive fortzusetzen"),
    ],
    actors=["Ukraine", "Volodymyr Zelensky", "Russia", "Ursula von der Leyen", "European Union", "United Kingdom",
            "Germany", "Maria Zakharova", "Vladimir Putin", "Kremlin"],
)

# ---------------------------------------------------------------------------------------------------------------
# dpa wire copy with dateline: Putin in Minsk, 19 Dec 2022.
DE04 = dict(
    id="b14de04_putin_minsk_lukaschenko_2022_12",
    lang="de",
    published="2022-12-19",
    body="""
Putin zu Besuch bei Lukaschenko – Kiew fürchtet Offensive aus dem Norden
Minsk (dpa) - Kremlchef Wladimir Putin ist am Montag zu seinem ersten Besuch in Belarus seit mehr als drei Jahren in Minsk eingetroffen.
Machthaber Alexander Lukaschenko empfing seinen wichtigsten Verbündeten am Flughafen; anschließend zogen sich beide zu Gesprächen unter vier Augen zurück, ehe die Delegationen im erweiterten Format weiterberieten.
Putin wurde unter anderem von Außenminister Sergej Lawrow und Verteidigungsminister Sergej Schoigu begleitet.
Lawrow traf sich parallel mit seinem belarussischen Kollegen Sergej Aleinik.

Nach den Gesprächen sagte Putin vor Journalisten, Russland sei nicht daran interessiert, irgendjemanden zu „schlucken“, das sei auch gar nicht zweckmäßig.
Beide Länder wollten ihre gemeinsame Luftverteidigung ausbauen; zudem werde Moskau belarussische Piloten für Kampfflugzeuge ausbilden, die auch taktische Atomwaffen tragen könnten.
Lukaschenko sprach von „sehr ausführlichen und nützlichen“ Verhandlungen.
Er bestätigte zudem, dass seine Armee die von Putin im Juni zugesagten Iskander-Raketensysteme und S-400-Flugabwehrsysteme im Herbst erhalten und in Dienst gestellt habe.

In Kiew wird der Besuch mit großer Sorge verfolgt.
Die ukrainische Führung befürchtet, dass Moskau Belarus zu einer direkten Beteiligung am Krieg drängen oder von belarussischem Gebiet aus einen neuen Vorstoß auf Kiew unternehmen könnte.
Präsident Wolodymyr Selenskyj hatte am Sonntag angeordnet, die Verteidigung an der Grenze zu Belarus weiter zu verstärken.
Seit Oktober sind Tausende russische Soldaten im Rahmen einer gemeinsamen „regionalen Truppengruppierung“ mit der belarussischen Armee im Nachbarland stationiert.

Kremlsprecher Dmitri Peskow hatte Berichte über eine angebliche Offensive aus dem Norden am Freitag als „dumme und haltlose Erfindungen“ zurückgewiesen.
In der Nacht zum Montag hatte Russland die Ukraine erneut mit Dutzenden Kampfdrohnen iranischer Bauart angegriffen, die vor allem auf die Energieversorgung der Hauptstadt zielten.
Die ukrainische Luftwaffe meldete, 30 von 35 Drohnen seien abgeschossen worden.
In mehreren Stadtteilen Kiews fiel dennoch der Strom aus.

Aus Washington hieß es, man sehe derzeit keine Anzeichen dafür, dass belarussische Truppen unmittelbar in die Ukraine einmarschieren wollten.
Lukaschenko selbst hatte eine Kriegsbeteiligung seines Landes bislang stets ausgeschlossen.
""",
    timexes=[
        T("Montag", "DATE", "2022-12-19", n=0),
        T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
        T("Juni", "DATE", "2022-06"),
        T("Herbst", "DATE", "2022-FA"),
        T("Sonntag", "DATE", "2022-12-18"),
        T("Oktober", "DATE", "2022-10"),
        T("Freitag", "DATE", "2022-12-16"),
        T("der Nacht zum Montag", "TIME", "2022-12-18TNI", note="night to Monday 19 Dec 2022"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Putin visits Lukashenko in Minsk for talks", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
          "2022-12-19", "text", "occurred", "zu seinem ersten Besuch in Belarus"),
        E("Lavrov meets Belarusian foreign minister Aleinik", "CONSULT", ["Sergey Lavrov", "Belarus"],
          "2022-12-19", "context", "occurred", "Lawrow traf sich parallel"),
        E("Putin denies that Russia wants to absorb Belarus", "REJECT", ["Vladimir Putin", "Belarus"],
          "2022-12-19", "context", "occurred", "irgendjemanden zu „schlucken“"),
        E("Russia and Belarus to expand their joint air defence", "COOPERATE", ["Russia", "Belarus"],
          "2022-12-19", "context", "planned", "gemeinsame Luftverteidigung"),
        E("Russia to train Belarusian pilots for nuclear-capable aircraft", "AID", ["Russia", "Belarus"],
          "2022-12-19", "context", "planned", "belarussische Piloten"),
        E("Putin promised Belarus Iskander missile systems", "AGREE", ["Vladimir Putin", "Belarus"],
          "2022-06", "text", "occurred", "im Juni zugesagten"),
        E("Belarus received Iskander and S-400 systems from Russia", "AID", ["Russia", "Belarus"],
          "2022-FA", "text", "occurred", "im Juni zugesagten"),
        E("Zelensky orders reinforced defences on the border with Belarus", "MOBILIZE", ["Volodymyr Zelensky"],
          "2022-12-18", "text", "occurred", "hatte am Sonntag angeordnet"),
        E("Russian troops stationed in Belarus in a joint regional grouping", "MOBILIZE", ["Russia", "Belarus"],
          "2022-10", "text", "occurred", "regionalen Truppengruppierung",
          note="stationed since October 2022; dated by the start"),
        E("Peskov dismisses reports of an offensive from the north", "REJECT", ["Dmitry Peskov"],
          "2022-12-16", "text", "occurred", "dumme und haltlose Erfindungen"),
        E("Russian drone attack on Kyiv's energy supply", "ASSAULT", ["Russia", "Ukraine"],
          "2022-12-18TNI", "text", "occurred", "Kampfdrohnen iranischer Bauart"),
    ],
    statements=[
        S("Vladimir Putin", "Russia is not interested in 'swallowing' anyone", "2022-12-19", "context",
          "irgendjemanden zu „schlucken“"),
        S("Vladimir Putin", "Joint air defence to be expanded; Russia will train Belarusian pilots", "2022-12-19",
          "context", "belarussische Piloten"),
        S("Alexander Lukashenko", "Very detailed and useful negotiations", "2022-12-19", "context",
          "sehr ausführlichen und nützlichen"),
        S("Alexander Lukashenko", "Belarus has received and deployed Iskander and S-400 systems", "2022-12-19",
          "context", "im Juni zugesagten"),
        S("Ukraine", "Fears Russia will push Belarus into the war or attack Kyiv from Belarus", "2022-12-19",
          "published", "Die ukrainische Führung befürchtet"),
        S("Dmitry Peskov", "Reports of an offensive from the north are stupid, baseless fabrications", "2022-12-16",
          "text", "dumme und haltlose Erfindungen"),
        S("Ukraine", "Air force: 30 of 35 drones shot down", "2022-12-19", "published", "30 von 35 Drohnen"),
        S("United States", "No signs that Belarusian troops intend to invade Ukraine", "2022-12-19", "published",
          "Aus Washington hieß es"),
        S("Alexander Lukashenko", "Has ruled out Belarus joining the war", "2022-12-19", "published",
          "Kriegsbeteiligung seines Landes"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "Belarus", "Alexander Lukashenko", "Sergey Lavrov", "Ukraine",
            "Volodymyr Zelensky", "Dmitry Peskov", "United States"],
)

# ---------------------------------------------------------------------------------------------------------------
# ZDFheute style: first Xi-Zelensky phone call, 26 Apr 2023.
DE05 = dict(
    id="b14de05_xi_selenskyj_telefonat_2023_04",
    lang="de",
    published="2023-04-27",
    body="""
Erstes Telefonat seit Kriegsbeginn: Xi spricht mit Selenskyj
Mehr als ein Jahr nach Beginn der russischen Invasion hat Chinas Staatschef Xi Jinping am Mittwoch erstmals mit dem ukrainischen Präsidenten Wolodymyr Selenskyj telefoniert.
Das Gespräch habe knapp eine Stunde gedauert, teilte das ukrainische Präsidialamt mit.
Selenskyj sprach anschließend auf Twitter von einem „langen und bedeutungsvollen“ Telefonat.
Zugleich kündigte er an, mit dem früheren Minister für strategische Industrien Pawlo Rjabikin einen neuen Botschafter nach Peking zu entsenden.

Nach Angaben des chinesischen Staatsfernsehens sagte Xi, Dialog und Verhandlungen seien „der einzige Ausweg“ aus dem Konflikt.
China werde einen Sonderbeauftragten für eurasische Angelegenheiten in die Ukraine und in andere Länder schicken, um Gespräche über eine politische Lösung zu führen.
Peking stehe dabei auf keiner Seite und gieße auch kein „Öl ins Feuer“, wurde Xi zitiert.

In Moskau wurde das Telefonat zurückhaltend kommentiert.
Man nehme die Bereitschaft der chinesischen Seite zur Kenntnis, sich um einen Verhandlungsprozess zu bemühen, sagte die russische Außenamtssprecherin Maria Sacharowa.
Zugleich warf sie der Regierung in Kiew vor, jede vernünftige Friedensinitiative zu torpedieren.
Das Weiße Haus begrüßte das Gespräch; es sei „gut“, dass Xi sich die ukrainische Sicht anhöre, sagte Sprecher John Kirby.

Xi war im März zu einem Staatsbesuch in Moskau gewesen und hatte Kremlchef Wladimir Putin dort demonstrativ seine Unterstützung zugesichert.
Anfang April hatte Frankreichs Präsident Emmanuel Macron Xi in Peking besucht und ihn gebeten, Russland „zur Vernunft zu bringen“.
Für Irritationen in Europa sorgten zuletzt Äußerungen des chinesischen Botschafters in Paris, der die Souveränität ehemaliger Sowjetrepubliken infrage gestellt hatte.
Die EU-Außenminister nannten die Aussagen am Montag „inakzeptabel“.

Selenskyj hatte bereits im Februar öffentlich um ein Treffen mit Xi geworben.
Ob es zu einer persönlichen Begegnung der beiden kommt, ist offen.
Bei westlichen Diplomaten überwiegt die Skepsis: Peking habe den russischen Angriff nie verurteilt, hieß es in Brüssel.
""",
    timexes=[
        T("Mittwoch", "DATE", "2023-04-26"),
        T("knapp eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("März", "DATE", "2023-03"),
        T("Anfang April", "DATE", "2023-04", mod="START"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Montag", "DATE", "2023-04-24"),
        T("Februar", "DATE", "2023-02"),
    ],
    events=[
        E("First phone call between Xi and Zelensky since the invasion", "CONSULT",
          ["Xi Jinping", "Volodymyr Zelensky"], "2023-04-26", "text", "occurred", "erstmals mit dem ukrainischen"),
        E("Zelensky announces a new ambassador to China", "COOPERATE", ["Volodymyr Zelensky", "China"],
          "2023-04-26", "context", "planned", "einen neuen Botschafter nach Peking"),
        E("Xi tells Zelensky dialogue and negotiation are the only way out", "REQUEST",
          ["Xi Jinping", "Volodymyr Zelensky"], "2023-04-26", "context", "occurred", "der einzige Ausweg"),
        E("China to send a special envoy to Ukraine and other countries", "CONSULT", ["China", "Ukraine"],
          "2023-04-27", "published", "planned", "Sonderbeauftragten für eurasische Angelegenheiten",
          note="announced in the call of 26 April; date of the trip open"),
        E("Zakharova accuses Kyiv of torpedoing every peace initiative", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2023-04-27", "published", "occurred", "jede vernünftige Friedensinitiative"),
        E("White House welcomes the Xi-Zelensky call", "SUPPORT", ["White House", "Xi Jinping"],
          "2023-04-27", "published", "occurred", "Das Weiße Haus begrüßte das Gespräch"),
        E("Xi's state visit to Moscow", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-03", "text", "occurred", "Staatsbesuch in Moskau"),
        E("Xi assures Putin of his support", "AGREE", ["Xi Jinping", "Vladimir Putin"],
          "2023-03", "text", "occurred", "Staatsbesuch in Moskau"),
        E("Macron visits Xi in Beijing", "CONSULT", ["Emmanuel Macron", "Xi Jinping"],
          "2023-04", "text", "occurred", "Anfang April hatte", date_mod="START"),
        E("Macron asks Xi to bring Russia to reason", "REQUEST", ["Emmanuel Macron", "Xi Jinping", "Russia"],
          "2023-04", "text", "occurred", "zur Vernunft zu bringen", date_mod="START"),
        E("EU foreign ministers call the Chinese ambassador's remarks unacceptable", "ACCUSE",
          ["European Union", "China"], "2023-04-24", "text", "occurred", "inakzeptabel"),
        E("Zelensky publicly sought a meeting with Xi", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"],
          "2023-02", "text", "occurred", "bereits im Februar"),
        E("Possible in-person meeting of Zelensky and Xi", "CONSULT", ["Volodymyr Zelensky", "Xi Jinping"],
          "2023-04-27", "published", "uncertain", "persönlichen Begegnung der beiden",
          note="no date; whether it happens is open"),
    ],
    statements=[
        S("Ukraine", "The call lasted nearly an hour", "2023-04-26", "context", "knapp eine Stunde"),
        S("Volodymyr Zelensky", "A long and meaningful call", "2023-04-26", "context", "langen und bedeutungsvollen"),
        S("Volodymyr Zelensky", "Announces Pavlo Riabikin as new ambassador to China", "2023-04-26", "context",
          "einen neuen Botschafter nach Peking"),
        S("Xi Jinping, via China", "Dialogue and negotiation are the only way out of the conflict", "2023-04-26",
          "context", "der einzige Ausweg"),
        S("Xi Jinping, via China", "China will send a special envoy for Eurasian affairs", "2023-04-26", "context",
          "Sonderbeauftragten für eurasische Angelegenheiten"),
        S("Xi Jinping, via China", "China takes no side and does not add fuel to the fire", "2023-04-26", "context",
          "auf keiner Seite"),
        S("Maria Zakharova", "Moscow notes China's readiness to work for a negotiation process", "2023-04-27",
          "published", "Man nehme die Bereitschaft"),
        S("Maria Zakharova", "Kyiv torpedoes every reasonable peace initiative", "2023-04-27", "published",
          "jede vernünftige Friedensinitiative"),
        S("White House", "It is good that Xi listens to Ukraine's view", "2023-04-27", "published",
          "Das Weiße Haus begrüßte das Gespräch"),
        S("Emmanuel Macron", "Asked Xi to bring Russia to reason", "2023-04", "text", "zur Vernunft zu bringen"),
        S("China", "Ambassador in Paris questioned the sovereignty of former Soviet republics", "PAST_REF", "vague",
          "Souveränität ehemaliger Sowjetrepubliken"),
        S("European Union", "The ambassador's remarks are unacceptable", "2023-04-24", "text", "inakzeptabel"),
    ],
    actors=["Xi Jinping", "China", "Volodymyr Zelensky", "Ukraine", "Russia", "Maria Zakharova", "White House",
            "Vladimir Putin", "Kremlin", "Emmanuel Macron", "France", "European Union"],
)

# ---------------------------------------------------------------------------------------------------------------
# AFP wire copy with dateline: Orbán's Christmas truce proposal after his call with Putin, Dec 2024.
DE06 = dict(
    id="b14de06_orban_weihnachtswaffenruhe_2024_12",
    lang="de",
    published="2024-12-12",
    body="""
Orbán wirbt bei Putin für Waffenruhe zu Weihnachten – Selenskyj winkt ab
Budapest/Kiew (AFP) - Der ungarische Regierungschef Viktor Orbán hat nach einem Telefonat mit Kreml-Chef Wladimir Putin eine Waffenruhe zu Weihnachten und einen groß angelegten Gefangenenaustausch zwischen Russland und der Ukraine vorgeschlagen.
Das rund einstündige Gespräch habe am Mittwoch stattgefunden, teilte Orbán im Onlinedienst X mit.
Er werde „alle diplomatischen Mittel“ für einen Frieden einsetzen, schrieb der Rechtspopulist.

Der Kreml bestätigte das Telefonat.
Orbán habe Putin Vorschläge zur Lösung des Konflikts unterbreitet, Putin habe ihn über die Lage an der Front informiert, hieß es in der Moskauer Mitteilung.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland unterstütze Orbáns Bemühungen, Kiew habe jedoch offenbar kein Interesse an einem Austausch.

Selenskyj wies den Vorstoß noch am Mittwochabend scharf zurück.
Niemand dürfe hinter dem Rücken der Ukraine über die Ukraine sprechen, schrieb er und fügte hinzu, er hoffe, dass Orbán solche Telefonate nicht „auf Kosten der Einheit Europas“ führe.
Aus dem Präsidialamt in Kiew hieß es, Budapest habe die ukrainische Seite vor dem Anruf nicht konsultiert.

Orbán war am Montag in Florida mit dem designierten US-Präsidenten Donald Trump zusammengetroffen, dessen Amtseinführung für den 20. Januar geplant ist.
Bereits im Juli hatte Orbán als amtierender EU-Ratsvorsitzender Selenskyj in Kiew, Putin in Moskau und Staatschef Xi Jinping in Peking besucht und damit scharfe Kritik der EU-Partner auf sich gezogen.
Ungarns halbjährlicher Ratsvorsitz endet am 31. Dezember.

Unterdessen setzt Russland seine Angriffe fort.
In der südukrainischen Stadt Saporischschja wurden nach Behördenangaben bei einem Raketenangriff am Dienstag mindestens neun Menschen getötet.
Die ukrainische Luftwaffe warnte zudem vor einem neuen massiven Angriff auf die Energieinfrastruktur in den kommenden Tagen.
Am 19. Dezember kommen die Staats- und Regierungschefs der EU in Brüssel zu einem Gipfel zusammen, an dem auch Selenskyj teilnehmen will.
""",
    timexes=[
        T("Weihnachten", "DATE", "2024-12-25", n=0),
        T("Weihnachten", "DATE", "2024-12-25", n=1),
        T("rund einstündige", "DURATION", "PT1H", mod="APPROX"),
        T("Mittwoch", "DATE", "2024-12-11"),
        T("Donnerstag", "DATE", "2024-12-12"),
        T("Mittwochabend", "TIME", "2024-12-11TEV"),
        T("Montag", "DATE", "2024-12-09"),
        T("20. Januar", "DATE", "2025-01-20"),
        T("Juli", "DATE", "2024-07"),
        T("halbjährlicher", "DURATION", "P6M"),
        T("31. Dezember", "DATE", "2024-12-31"),
        T("Dienstag", "DATE", "2024-12-10"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("19. Dezember", "DATE", "2024-12-19"),
    ],
    events=[
        E("Orbán proposes a Christmas truce and a large prisoner exchange between Russia and Ukraine", "REQUEST",
          ["Viktor Orbán", "Vladimir Putin", "Russia", "Ukraine"], "2024-12-11", "context", "occurred",
          "groß angelegten Gefangenenaustausch", note="proposed truce for Christmas 2024"),
        E("Orbán-Putin phone call", "CONSULT", ["Viktor Orbán", "Vladimir Putin"],
          "2024-12-11", "text", "occurred", "Das rund einstündige Gespräch"),
        E("Kremlin backs Orbán's efforts", "SUPPORT", ["Dmitry Peskov", "Russia", "Viktor Orbán"],
          "2024-12-12", "text", "occurred", "Russland unterstütze Orbáns Bemühungen"),
        E("Peskov says Kyiv shows no interest in an exchange", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
          "2024-12-12", "text", "occurred", "Russland unterstütze Orbáns Bemühungen"),
        E("Zelensky rejects Orbán's initiative", "REJECT", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2024-12-11TEV", "text", "occurred", "wies den Vorstoß noch am Mittwochabend"),
        E("Zelensky: nobody may talk about Ukraine behind its back", "REQUEST", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2024-12-11TEV", "context", "occurred", "hinter dem Rücken der Ukraine"),
        E("Zelensky criticises Orbán for calls at the expense of European unity", "ACCUSE",
          ["Volodymyr Zelensky", "Viktor Orbán"], "2024-12-11TEV", "context", "occurred", "hinter dem Rücken der Ukraine"),
        E("Kyiv complains that Budapest did not consult Ukraine before the call", "ACCUSE", ["Ukraine", "Viktor Orbán"],
          "2024-12-12", "published", "occurred", "vor dem Anruf nicht konsultiert",
          note="Hungary is not canonical; Budapest credited to Orbán"),
        E("Orbán meets Trump in Florida", "CONSULT", ["Viktor Orbán", "Donald Trump"],
          "2024-12-09", "text", "occurred", "in Florida"),
        E("Orbán visits Zelensky in Kyiv", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"],
          "2024-07", "text", "occurred", "Bereits im Juli hatte Orbán"),
        E("Orbán visits Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"],
          "2024-07", "text", "occurred", "Bereits im Juli hatte Orbán"),
        E("Orbán visits Xi Jinping in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"],
          "2024-07", "text", "occurred", "Bereits im Juli hatte Orbán"),
        E("EU partners criticise Orbán's trips", "ACCUSE", ["European Union", "Viktor Orbán"],
          "2024-07", "text", "occurred", "Bereits im Juli hatte Orbán"),
        E("Missile strike on Zaporizhzhia kills at least nine", "ASSAULT", ["Russia", "Ukraine"],
          "2024-12-10", "text", "occurred", "Saporischschja"),
        E("Ukraine expects a new massive Russian strike on energy infrastructure", "ASSAULT", ["Russia", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "neuen massiven Angriff"),
        E("EU summit in Brussels, Zelensky to attend", "CONSULT", ["European Union", "Volodymyr Zelensky"],
          "2024-12-19", "text", "planned", "Am 19. Dezember"),
    ],
    statements=[
        S("Viktor Orbán", "Proposes a Christmas ceasefire and a large prisoner exchange", "2024-12-11", "context",
          "groß angelegten Gefangenenaustausch"),
        S("Viktor Orbán", "The one-hour call took place on Wednesday", "2024-12-11", "context",
          "Das rund einstündige Gespräch"),
        S("Viktor Orbán", "Will use all diplomatic means for peace", "2024-12-11", "context",
          "alle diplomatischen Mittel"),
        S("Kremlin", "Confirms the call", "2024-12-12", "published", "Der Kreml bestätigte das Telefonat."),
        S("Kremlin", "Orbán made proposals; Putin briefed him on the front", "2024-12-11", "context",
          "Moskauer Mitteilung"),
        S("Dmitry Peskov", "Russia supports Orbán's efforts; Kyiv not interested in an exchange", "2024-12-12", "text",
          "Russland unterstütze Orbáns Bemühungen"),
        S("Volodymyr Zelensky", "Rejects Orbán's initiative", "2024-12-11TEV", "text",
          "wies den Vorstoß noch am Mittwochabend"),
        S("Volodymyr Zelensky", "Nobody may discuss Ukraine behind its back; hopes Orbán's calls do not harm European unity",
          "2024-12-11TEV", "context", "hinter dem Rücken der Ukraine"),
        S("Ukraine", "Budapest did not consult Kyiv before the call", "2024-12-12", "published",
          "vor dem Anruf nicht konsultiert"),
        S("Ukraine", "At least nine killed in Zaporizhzhia", "2024-12-12", "published", "Saporischschja"),
        S("Ukraine", "Air force warns of a new massive strike on energy infrastructure", "2024-12-12", "published",
          "neuen massiven Angriff"),
    ],
    actors=["Viktor Orbán", "Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Dmitry Peskov", "Volodymyr Zelensky",
            "Donald Trump", "United States", "Xi Jinping", "European Union"],
)

# ---------------------------------------------------------------------------------------------------------------
# Live blog (n-tv/Spiegel style), fiction: Merz's first phone call with Putin, May 2026.
DE07 = dict(
    id="b14de07_liveblog_merz_putin_telefonat_2026_05",
    lang="de",
    published="2026-05-21",
    body="""
Liveblog zum Krieg in der Ukraine: Merz telefoniert erstmals mit Putin
17.52 Uhr: Kremlsprecher Dmitri Peskow hat Berichte zurückgewiesen, wonach Putin und Merz ein persönliches Treffen vereinbart hätten.
Ein solches Treffen stehe „derzeit nicht auf der Tagesordnung“, sagte Peskow am Nachmittag in Moskau.

16.15 Uhr: Die EU-Außenbeauftragte Kaja Kallas hat das Telefonat des Kanzlers mit Putin kritisiert.
Gespräche mit dem Kremlchef seien nur sinnvoll, wenn sie mit den europäischen Partnern abgestimmt seien und Russland nicht belohnten, sagte Kallas in Brüssel.

14.30 Uhr: Der ukrainische Präsident Wolodymyr Selenskyj hat nach eigenen Angaben am Vormittag mit Merz telefoniert und sich über das Gespräch mit Putin unterrichten lassen.
Berlin habe Kiew bereits am Dienstag über das geplante Telefonat informiert, schrieb Selenskyj auf X.
Entscheidend sei, dass der Druck auf Moskau nicht nachlasse.

12.05 Uhr: Regierungssprecher Stefan Kornelius hat Einzelheiten zu dem Telefonat genannt.
Der Kanzler habe Putin in dem rund 90-minütigen Gespräch aufgefordert, einer bedingungslosen Waffenruhe von mindestens 30 Tagen zuzustimmen und die Angriffe auf zivile Infrastruktur einzustellen.
Merz habe zudem deutlich gemacht, dass Deutschland die Ukraine weiter unterstützen werde, solange es nötig sei.
Vorab habe sich Merz am Dienstag mit Frankreichs Präsident Emmanuel Macron, dem britischen Premier Keir Starmer und US-Präsident Donald Trump abgestimmt.

10.20 Uhr: Der Kreml hat eine eigene Darstellung des Telefonats veröffentlicht.
Putin habe Merz die Bereitschaft zu Verhandlungen signalisiert, eine Waffenruhe sei aber nur möglich, wenn die westlichen Waffenlieferungen an die Ukraine eingestellt würden, hieß es in Moskau.
Beide Seiten hätten vereinbart, in Kontakt zu bleiben.

08.45 Uhr: Bundeskanzler Friedrich Merz hat am Mittwochabend erstmals seit seinem Amtsantritt mit Kremlchef Wladimir Putin telefoniert.
Es war das erste Gespräch eines deutschen Regierungschefs mit Putin seit November 2024, als der damalige Kanzler Olaf Scholz den Kremlchef angerufen hatte.
Polens Regierungschef Donald Tusk hatte Scholz damals vorgeworfen, Putin mit dem Anruf aufzuwerten.

07.30 Uhr: Russland hat die Ukraine in der Nacht mit mehr als 300 Drohnen und mehreren Marschflugkörpern angegriffen.
Nach Angaben der ukrainischen Luftwaffe wurden die meisten Flugkörper abgefangen; in Charkiw und Dnipro gab es Verletzte.
""",
    timexes=[
        T("17.52 Uhr", "TIME", "2026-05-21T17:52", note="ticker time, CEST"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Nachmittag", "TIME", "2026-05-21TAF"),
        T("16.15 Uhr", "TIME", "2026-05-21T16:15", note="ticker time, CEST"),
        T("14.30 Uhr", "TIME", "2026-05-21T14:30", note="ticker time, CEST"),
        T("Vormittag", "TIME", "2026-05-21TMO"),
        T("Dienstag", "DATE", "2026-05-19", n=0),
        T("12.05 Uhr", "TIME", "2026-05-21T12:05", note="ticker time, CEST"),
        T("rund 90-minütigen", "DURATION", "PT90M", mod="APPROX"),
        T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("Dienstag", "DATE", "2026-05-19", n=1),
        T("10.20 Uhr", "TIME", "2026-05-21T10:20", note="ticker time, CEST"),
        T("08.45 Uhr", "TIME", "2026-05-21T08:45", note="ticker time, CEST"),
        T("Mittwochabend", "TIME", "2026-05-20TEV"),
        T("November 2024", "DATE", "2024-11"),
        T("07.30 Uhr", "TIME", "2026-05-21T07:30", note="ticker time, CEST"),
        T("der Nacht", "TIME", "2026-05-20TNI"),
    ],
    events=[
        E("Peskov denies reports of an agreed Putin-Merz meeting", "REJECT", ["Dmitry Peskov"],
          "2026-05-21TAF", "context", "occurred", "Berichte zurückgewiesen, wonach Putin und Merz"),
        E("Reported in-person meeting of Putin and Merz", "CONSULT", ["Vladimir Putin", "Friedrich Merz"],
          "2026-05-21", "published", "uncertain", "Berichte zurückgewiesen, wonach Putin und Merz",
          note="reported, denied by the Kremlin; no date"),
        E("Kallas criticises Merz's call with Putin", "ACCUSE", ["Kaja Kallas", "Friedrich Merz"],
          "2026-05-21", "published", "occurred", "hat das Telefonat des Kanzlers mit Putin kritisiert"),
        E("Zelensky-Merz phone call; Merz briefs him on the Putin call", "CONSULT",
          ["Volodymyr Zelensky", "Friedrich Merz"], "2026-05-21TMO", "text", "occurred", "am Vormittag mit Merz telefoniert"),
        E("Berlin informs Kyiv of the planned call", "CONSULT", ["Germany", "Ukraine"],
          "2026-05-19", "text", "occurred", "Berlin habe Kiew bereits am Dienstag"),
        E("Merz urges Putin to accept an unconditional ceasefire of at least 30 days and stop strikes on infrastructure",
          "REQUEST", ["Friedrich Merz", "Vladimir Putin"], "2026-05-20TEV", "context", "occurred",
          "einer bedingungslosen Waffenruhe"),
        E("Merz promises continued German support for Ukraine", "AGREE", ["Friedrich Merz", "Germany", "Ukraine"],
          "2026-05-20TEV", "context", "occurred", "weiter unterstützen werde"),
        E("Merz coordinates with Macron, Starmer and Trump before the call", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Trump"], "2026-05-19", "text", "occurred",
          "Vorab habe sich Merz am Dienstag"),
        E("Putin signals readiness to negotiate", "AGREE", ["Vladimir Putin", "Friedrich Merz"],
          "2026-05-20TEV", "context", "occurred", "die Bereitschaft zu Verhandlungen"),
        E("Putin makes a ceasefire conditional on a halt to Western arms deliveries", "REQUEST",
          ["Vladimir Putin", "Friedrich Merz"], "2026-05-20TEV", "context", "occurred",
          "die Bereitschaft zu Verhandlungen"),
        E("Merz and Putin agree to stay in contact", "AGREE", ["Vladimir Putin", "Friedrich Merz"],
          "2026-05-20TEV", "context", "occurred", "in Kontakt zu bleiben"),
        E("Merz-Putin phone call", "CONSULT", ["Friedrich Merz", "Vladimir Putin"],
          "2026-05-20TEV", "text", "occurred", "hat am Mittwochabend erstmals"),
        E("Scholz-Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2024-11", "text", "occurred", "seit November 2024"),
        E("Tusk criticised Scholz for the call", "ACCUSE", ["Donald Tusk", "Olaf Scholz"],
          "2024-11", "context", "occurred", "Polens Regierungschef Donald Tusk"),
        E("Russian overnight attack with more than 300 drones and cruise missiles", "ASSAULT", ["Russia", "Ukraine"],
          "2026-05-20TNI", "text", "occurred", "mit mehr als 300 Drohnen"),
    ],
    statements=[
        S("Dmitry Peskov", "Denies reports of an agreed meeting", "2026-05-21TAF", "context",
          "Berichte zurückgewiesen, wonach Putin und Merz"),
        S("Dmitry Peskov", "A meeting is not on the agenda at present", "2026-05-21TAF", "text",
          "nicht auf der Tagesordnung"),
        S("Kaja Kallas", "Criticises Merz's call with Putin", "2026-05-21", "published",
          "hat das Telefonat des Kanzlers mit Putin kritisiert"),
        S("Kaja Kallas", "Talks with Putin only make sense if coordinated and not rewarding Russia", "2026-05-21",
          "published", "Gespräche mit dem Kremlchef seien nur sinnvoll"),
        S("Volodymyr Zelensky", "Spoke with Merz and was briefed on the Putin call", "2026-05-21TMO", "text",
          "am Vormittag mit Merz telefoniert"),
        S("Volodymyr Zelensky", "Berlin informed Kyiv on Tuesday", "2026-05-21", "context",
          "Berlin habe Kiew bereits am Dienstag"),
        S("Volodymyr Zelensky", "Pressure on Moscow must not ease", "2026-05-21", "context",
          "Entscheidend sei"),
        S("Germany", "Government spokesman gives details of the call", "2026-05-21", "published",
          "Regierungssprecher Stefan Kornelius"),
        S("Friedrich Merz", "Urged Putin to accept a ceasefire of at least 30 days", "2026-05-20TEV", "context",
          "einer bedingungslosen Waffenruhe"),
        S("Friedrich Merz", "Germany will keep supporting Ukraine as long as needed", "2026-05-20TEV", "context",
          "weiter unterstützen werde"),
        S("Germany", "Merz coordinated with Macron, Starmer and Trump on Tuesday", "2026-05-21", "published",
          "Vorab habe sich Merz am Dienstag"),
        S("Kremlin", "Publishes its own account of the call", "2026-05-21", "published",
          "eine eigene Darstellung des Telefonats"),
        S("Vladimir Putin, via Kremlin", "Ready to negotiate; ceasefire only if Western arms deliveries stop",
          "2026-05-20TEV", "context", "die Bereitschaft zu Verhandlungen"),
        S("Kremlin", "Both sides agreed to stay in contact", "2026-05-20TEV", "context", "in Kontakt zu bleiben"),
        S("Donald Tusk", "Accused Scholz of upgrading Putin with the call", "2024-11", "context",
          "Polens Regierungschef Donald Tusk"),
        S("Ukraine", "Most missiles and drones intercepted; injuries in Kharkiv and Dnipro", "2026-05-21", "published",
          "die meisten Flugkörper abgefangen"),
    ],
    actors=["Dmitry Peskov", "Kremlin", "Vladimir Putin", "Friedrich Merz", "Germany", "Kaja Kallas", "European Union",
            "Volodymyr Zelensky", "Ukraine", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom",
            "Donald Trump", "United States", "Russia", "Olaf Scholz", "Donald Tusk", "Poland"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06, DE07]
