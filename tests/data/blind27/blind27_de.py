"""German articles of the blind27 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DE01 = dict(
    id="b27de01_merz_trump_oval_office_2025_06",
    lang="de",
    published="2025-06-06",
    body="""
Merz bei Trump: Herzlicher Empfang, wenig Bewegung in der Ukraine-Frage

Washington/Halle. Bundeskanzler Friedrich Merz (CDU) ist bei seinem ersten Besuch im Weißen Haus von US-Präsident Donald Trump betont freundlich empfangen worden, in der Ukraine-Frage aber ohne greifbare Zusage nach Berlin zurückgeflogen.
Trump lobte seinen Gast am Donnerstag im Oval Office als „sehr guten Mann“, mit dem man gut zusammenarbeiten könne.
Bei der Frage, wie Russland zu einem Waffenstillstand bewegt werden könnte, blieb der Präsident jedoch vage.

Merz warb vor laufenden Kameras dafür, den Druck auf Moskau zu erhöhen.
„Wir sind uns einig, wie schrecklich dieser Krieg ist, und wir suchen beide nach Wegen, ihn so schnell wie möglich zu beenden“, sagte der Kanzler.
Amerika sei „in einer sehr starken Position“, um Russland zum Einlenken zu bewegen, fügte er hinzu.
Trump verglich den Krieg dagegen mit zwei Kindern, die sich im Park prügelten: Manchmal sei es besser, sie eine Weile kämpfen zu lassen, bevor man sie trenne.
Zu dem parteiübergreifenden Sanktionsgesetz im Senat, das Strafzölle von bis zu 500 Prozent auf Käufer russischen Öls vorsieht, legte er sich nicht fest.
Er werde sehr harte Sanktionen verhängen, wenn er den Zeitpunkt für gekommen halte, gegen Russland „und vielleicht auch gegen die Ukraine“, sagte Trump.

Überschattet wurde der Besuch von einem Telefonat, das Trump am Mittwoch nach eigenen Angaben gut eine Stunde lang mit Kremlchef Wladimir Putin geführt hatte.
Putin habe ihm „sehr deutlich“ gesagt, dass Russland auf die ukrainischen Drohnenangriffe vom Sonntag auf Flugplätze der strategischen Bomberflotte antworten müsse, schrieb Trump auf seiner Plattform Truth Social.
Es sei ein gutes Gespräch gewesen, aber keines, das zu einem sofortigen Frieden führe.
Kremlsprecher Dmitri Peskow bekräftigte am Freitag, Moskau wolle die direkten Gespräche mit Kiew in Istanbul fortsetzen; einen Termin für eine dritte Runde gebe es aber noch nicht.
Bei der zweiten Runde am Montag hatten sich beide Delegationen lediglich auf den Austausch schwer verwundeter und junger Gefangener sowie die Übergabe von jeweils 6000 Gefallenen verständigt.
In Kiew begrüßte Präsident Wolodymyr Selenskyj, dass Merz im Weißen Haus „klare Worte“ für die Ukraine gefunden habe.

In Sachsen-Anhalt wurde die Reise aufmerksam verfolgt.
Ministerpräsident Reiner Haseloff (CDU) sprach am Freitag in Magdeburg von einem „ordentlichen Auftakt“ der Beziehungen zur neuen US-Regierung.
Die Chemiebetriebe im mitteldeutschen Revier blicken allerdings vor allem auf den Zollstreit mit Washington, der im Weißen Haus nur am Rande zur Sprache kam.
Merz will Trump bereits Mitte Juni beim G7-Gipfel im kanadischen Kananaskis und Ende Juni beim Nato-Gipfel in Den Haag wiedersehen.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-06-05"),
        T("Mittwoch", "DATE", "2025-06-04"),
        T("gut eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("Sonntag", "DATE", "2025-06-01"),
        T("Freitag", "DATE", "2025-06-06"),
        T("Montag", "DATE", "2025-06-02"),
        T("Freitag", "DATE", "2025-06-06", n=1),
        T("Mitte Juni", "DATE", "2025-06", mod="MID"),
        T("Ende Juni", "DATE", "2025-06", mod="END"),
    ],
    events=[
        E("Merz's first visit to Trump in the White House", "CONSULT", ["Friedrich Merz", "Donald Trump"],
          "2025-06-05", "context", "occurred", "ersten Besuch im Weißen Haus"),
        E("Merz urges more pressure on Moscow", "REQUEST", ["Friedrich Merz", "United States", "Russia"],
          "2025-06-05", "context", "occurred", "den Druck auf Moskau zu erhöhen"),
        E("Trump threatens very harsh sanctions on Russia and perhaps Ukraine", "THREATEN",
          ["Donald Trump", "Russia", "Ukraine"], "2025-06-05", "context", "occurred", "sehr harte Sanktionen"),
        E("Trump–Putin phone call of about an hour", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-06-04", "text", "occurred", "Überschattet wurde der Besuch"),
        E("Ukrainian drone attacks on airfields of the strategic bomber fleet", "ASSAULT", ["Ukraine", "Russia"],
          "2025-06-01", "text", "occurred", "Drohnenangriffe vom Sonntag"),
        E("Putin tells Trump Russia will have to respond to the drone attacks", "THREATEN",
          ["Vladimir Putin", "Ukraine"], "2025-06-04", "context", "occurred", "Drohnenangriffe vom Sonntag"),
        E("Moscow wants to continue the direct talks with Kyiv in Istanbul", "AGREE", ["Russia", "Ukraine"],
          "2025-06-06", "text", "occurred", "bekräftigte am Freitag"),
        E("Third Istanbul round without a date", "CONSULT", ["Russia", "Ukraine"], "2025-06-06", "published",
          "uncertain", "bekräftigte am Freitag", note="no date set yet"),
        E("Second round of direct talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text",
          "occurred", "Bei der zweiten Runde"),
        E("Agreement on exchanging severely wounded and young prisoners and 6000 bodies each", "AGREE",
          ["Russia", "Ukraine"], "2025-06-02", "text", "occurred", "Bei der zweiten Runde"),
        E("Zelensky welcomes Merz's clear words in the White House", "SUPPORT",
          ["Volodymyr Zelensky", "Friedrich Merz"], "2025-06-06", "published", "occurred", "In Kiew begrüßte"),
        E("Merz to meet Trump at the G7 summit in Kananaskis", "CONSULT", ["Friedrich Merz", "Donald Trump"],
          "2025-06", "text", "planned", "Mitte Juni beim G7-Gipfel", date_mod="MID"),
        E("Merz to meet Trump at the NATO summit in The Hague", "CONSULT",
          ["Friedrich Merz", "Donald Trump", "NATO"], "2025-06", "text", "planned", "Mitte Juni beim G7-Gipfel",
          date_mod="END"),
    ],
    statements=[
        S("Donald Trump", "Praises Merz as a very good man to work with", "2025-06-05", "text", "Trump lobte seinen Gast"),
        S("Friedrich Merz", "Argues for raising the pressure on Moscow", "2025-06-05", "context",
          "den Druck auf Moskau zu erhöhen"),
        S("Friedrich Merz", "Both sides agree the war is terrible and look for ways to end it quickly", "2025-06-05",
          "context", "wie schrecklich dieser Krieg ist"),
        S("Friedrich Merz", "America is in a very strong position to make Russia give in", "2025-06-05", "context",
          "in einer sehr starken Position"),
        S("Donald Trump", "Compares the war to two children fighting in a park", "2025-06-05", "context",
          "zwei Kindern, die sich im Park"),
        S("Donald Trump", "Does not commit to the Senate sanctions bill", "2025-06-05", "context",
          "legte er sich nicht fest"),
        S("Donald Trump", "Will impose very harsh sanctions when the time is right, on Russia and maybe Ukraine",
          "2025-06-05", "context", "sehr harte Sanktionen"),
        S("Vladimir Putin, via Donald Trump", "Russia will have to respond to the drone attacks", "2025-06-04",
          "context", "Drohnenangriffe vom Sonntag"),
        S("Donald Trump", "A good call, but not one that leads to immediate peace", "2025-06-04", "context",
          "Es sei ein gutes Gespräch gewesen"),
        S("Dmitry Peskov", "Moscow wants to continue the Istanbul talks; no date for a third round yet", "2025-06-06",
          "text", "bekräftigte am Freitag"),
        S("Volodymyr Zelensky", "Welcomes that Merz found clear words for Ukraine", "2025-06-06", "published",
          "In Kiew begrüßte"),
    ],
    actors=["Friedrich Merz", "Germany", "Donald Trump", "United States", "Russia", "Ukraine", "Vladimir Putin",
            "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "NATO"],
)

DE02 = dict(
    id="b27de02_scholz_kiew_besuch_2024_12",
    lang="de",
    published="2024-12-02",
    body="""
Scholz überraschend in Kiew: 650 Millionen Euro für Waffen bis Jahresende

Bundeskanzler Olaf Scholz (SPD) ist am Montagmorgen zu einem unangekündigten Besuch in der ukrainischen Hauptstadt eingetroffen.
Es ist seine erste Reise nach Kiew seit gut zweieinhalb Jahren; aus Sicherheitsgründen war der Besuch vorab nicht bekanntgegeben worden.
Nach der Ankunft mit dem Sonderzug kündigte Scholz weitere Rüstungslieferungen im Wert von 650 Millionen Euro an, die noch im Dezember in der Ukraine eintreffen sollen.
„Die Ukraine kann sich auf Deutschland verlassen“, sagte der Kanzler, „wir sagen, was wir tun, und wir tun, was wir sagen.“

Im Präsidentenpalast kam Scholz anschließend mit Präsident Wolodymyr Selenskyj zusammen.
Nach Angaben aus der Delegation ging es um die Luftverteidigung vor dem Winter, um die Lage an der Front im Donbass und um die Frage, wie ein künftiger Verhandlungsprozess aussehen könnte.
Selenskyj dankte Deutschland für die Unterstützung, sagte aber auch, er wolle mit dem Kanzler „ernsthaft über Taurus sprechen“.
Scholz blieb bei seinem Nein zur Lieferung des Marschflugkörpers.
Zuvor hatte er in einem Krankenhaus verwundete Soldaten besucht.

Das Verhältnis zwischen Berlin und Kiew war zuletzt angespannt.
Mitte November hatte Scholz nach fast zwei Jahren Funkstille rund eine Stunde mit Kremlchef Wladimir Putin telefoniert und ihn zum Rückzug seiner Truppen aufgefordert.
Selenskyj hatte das Gespräch damals scharf kritisiert, weil es Putins Isolation aufweiche.
Scholz verteidigte das Telefonat in Kiew erneut: Er werde nicht über die Köpfe der Ukrainer hinweg entscheiden, und er habe Selenskyj vorher informiert.

Im Kreml reagierte man zurückhaltend.
Kremlsprecher Dmitri Peskow sagte, die neuen Lieferungen würden an der Lage auf dem Schlachtfeld nichts ändern und den Konflikt nur verlängern.
Russland bleibe offen für Kontakte mit Berlin, „aber nicht zu den Bedingungen, die man uns diktieren will“.

In Berlin warf Unionskanzlerkandidat Friedrich Merz (CDU) dem Kanzler vor, die Reise für den Wahlkampf zu nutzen.
Die vorgezogene Bundestagswahl ist für den 23. Februar angesetzt.
Auch im Norden stieß der Besuch auf Interesse: Eine Kieler Werft, die für die Ukraine Patrouillenboote fertigt, hofft nach Informationen von NDR Info auf weitere Aufträge aus Kiew im kommenden Jahr.
""",
    timexes=[
        T("Montagmorgen", "TIME", "2024-12-02TMO"),
        T("gut zweieinhalb Jahren", "DURATION", "P30M", mod="APPROX"),
        T("Dezember", "DATE", "2024-12"),
        T("dem Winter", "DATE", "2024-WI"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Mitte November", "DATE", "2024-11", mod="MID"),
        T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
        T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("23. Februar", "DATE", "2025-02-23"),
        T("kommenden Jahr", "DATE", "2025"),
    ],
    events=[
        E("Scholz makes an unannounced visit to Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"], "2024-12-02TMO",
          "text", "occurred", "zu einem unangekündigten Besuch"),
        E("Scholz announces arms deliveries worth 650 million euros by December", "AID",
          ["Olaf Scholz", "Germany", "Ukraine"], "2024-12-02", "context", "occurred", "Nach der Ankunft mit dem Sonderzug"),
        E("Scholz meets Zelensky in the presidential palace", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2024-12-02", "context", "occurred", "Im Präsidentenpalast"),
        E("Zelensky thanks Germany for its support", "SUPPORT", ["Volodymyr Zelensky", "Germany"], "2024-12-02",
          "context", "occurred", "ernsthaft über Taurus"),
        E("Zelensky wants to discuss Taurus missiles with Scholz", "REQUEST", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2024-12-02", "context", "occurred", "ernsthaft über Taurus"),
        E("Scholz sticks to his refusal to deliver Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-12-02",
          "context", "occurred", "Scholz blieb bei seinem Nein"),
        E("Scholz–Putin phone call of about an hour", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11",
          "text", "occurred", "Mitte November hatte Scholz", date_mod="MID"),
        E("Scholz calls on Putin to withdraw his troops", "REQUEST", ["Olaf Scholz", "Vladimir Putin"], "2024-11",
          "text", "occurred", "Mitte November hatte Scholz", date_mod="MID"),
        E("Zelensky criticises Scholz's call with Putin", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"], "2024-11",
          "context", "occurred", "Selenskyj hatte das Gespräch damals", date_mod="MID"),
        E("Scholz informed Zelensky before the call with Putin", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2024-11", "context", "occurred", "Scholz verteidigte das Telefonat", date_mod="MID"),
        E("Scholz promises not to decide over Ukrainians' heads", "AGREE", ["Olaf Scholz", "Ukraine"], "2024-12-02",
          "context", "occurred", "Scholz verteidigte das Telefonat"),
        E("Peskov: the deliveries will only prolong the conflict", "ACCUSE", ["Dmitry Peskov", "Germany"],
          "2024-12-02", "published", "occurred", "die neuen Lieferungen würden"),
        E("Russia remains open to contacts with Berlin", "AGREE", ["Russia", "Germany"], "2024-12-02", "published",
          "occurred", "Russland bleibe offen"),
        E("Russia rejects conditions dictated to it", "REJECT", ["Russia", "Germany"], "2024-12-02", "published",
          "occurred", "Russland bleibe offen"),
    ],
    statements=[
        S("Olaf Scholz", "Ukraine can rely on Germany", "2024-12-02", "context", "Die Ukraine kann sich auf Deutschland"),
        S("Volodymyr Zelensky", "Thanks Germany and wants to talk seriously about Taurus", "2024-12-02", "context",
          "ernsthaft über Taurus"),
        S("Olaf Scholz", "Sticks to his no on Taurus", "2024-12-02", "context", "Scholz blieb bei seinem Nein"),
        S("Volodymyr Zelensky", "Criticised the Scholz–Putin call for softening Putin's isolation", "2024-11", "context",
          "Selenskyj hatte das Gespräch damals"),
        S("Olaf Scholz", "Defends the call; will not decide over Ukrainians' heads and informed Zelensky", "2024-12-02",
          "context", "Scholz verteidigte das Telefonat"),
        S("Dmitry Peskov", "New deliveries change nothing on the battlefield and prolong the conflict", "2024-12-02",
          "published", "die neuen Lieferungen würden"),
        S("Dmitry Peskov", "Russia open to contacts with Berlin but not on dictated terms", "2024-12-02", "published",
          "Russland bleibe offen"),
        S("Friedrich Merz", "Accuses Scholz of using the trip for the election campaign", "2024-12-02", "published",
          "Unionskanzlerkandidat Friedrich Merz"),
    ],
    actors=["Olaf Scholz", "Germany", "Ukraine", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
            "Russia", "Friedrich Merz"],
)

DE03 = dict(
    id="b27de03_osze_skopje_lawrow_2023_12",
    lang="de",
    published="2023-12-01",
    body="""
OSZE rettet sich ins neue Jahr – Lawrow nutzt Skopje als Bühne

Skopje/Wien. Mit einem Kompromiss in letzter Minute hat die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) ihre Lähmung vorerst abgewendet.
Die Außenminister der 57 Teilnehmerstaaten einigten sich am Donnerstagabend in Skopje darauf, dass Malta im kommenden Jahr den Vorsitz übernimmt.
Russland hatte die Kandidatur Estlands seit dem Frühjahr blockiert.
Auch die Spitzenposten in der Wiener Zentrale, deren Mandate am Sonntag ausgelaufen wären, sollen für weitere neun Monate besetzt bleiben.

Für Aufsehen sorgte der Auftritt des russischen Außenministers Sergej Lawrow, der erstmals seit Beginn des Krieges in ein Nato-Land gereist war.
Bulgarien hatte seiner Maschine am Mittwoch ausnahmsweise den Überflug gestattet; Außenamtssprecherin Maria Sacharowa, die auf der EU-Sanktionsliste steht, durfte nicht mitreisen.
In seiner Rede warf Lawrow dem Westen vor, die OSZE in ein „Anhängsel von Nato und Europäischer Union“ verwandelt zu haben.
Die Organisation stehe „am Rande des Abgrunds“, sagte er.
Eine Waffenruhe in der Ukraine komme für Moskau nicht infrage, solange der Westen Kiew mit Waffen versorge.

Der ukrainische Außenminister Dmytro Kuleba und seine Kollegen aus Estland, Lettland und Litauen blieben dem Treffen aus Protest fern.
Kuleba erklärte, Lawrows Anwesenheit sei „eine Beleidigung“ für alle, die sich der Aggression widersetzten.
US-Außenminister Antony Blinken war zwar nach Skopje gekommen, ein Gespräch mit Lawrow gab es aber nicht.
Blinken verließ den Saal, bevor Lawrow ans Rednerpult trat, und warf Russland in seiner eigenen Rede vor, die Grundprinzipien der Organisation „mit Füßen zu treten“.

Für Österreich steht in Skopje viel auf dem Spiel, schließlich hat die OSZE ihren Sitz in Wien.
Außenminister Alexander Schallenberg (ÖVP) zeigte sich erleichtert: Man habe „das Schlimmste verhindert“, sagte er den VN.
Heuer sei das Budget der Organisation zum dritten Mal in Folge nicht beschlossen worden, die Lage bleibe fragil.
Das nächste Ministertreffen soll Anfang Dezember 2024 in Malta stattfinden.
""",
    timexes=[
        T("neue Jahr", "DATE", "2024"),
        T("Donnerstagabend", "TIME", "2023-11-30TEV"),
        T("kommenden Jahr", "DATE", "2024"),
        T("dem Frühjahr", "DATE", "2023-SP"),
        T("Sonntag", "DATE", "2023-12-03"),
        T("weitere neun Monate", "DURATION", "P9M"),
        T("Mittwoch", "DATE", "2023-11-29"),
        T("Heuer", "DATE", "2023"),
        T("Anfang Dezember 2024", "DATE", "2024-12", mod="START"),
    ],
    events=[
        E("OSCE ministers agree that Malta takes the chair next year", "AGREE", ["Russia", "United States"],
          "2023-11-30TEV", "text", "occurred", "einigten sich am Donnerstagabend",
          note="consensus of the 57 participating states; canonical participants named in the article"),
        E("Russia blocked Estonia's candidacy for the chair", "REJECT", ["Russia"], "2023-SP", "text", "occurred",
          "Kandidatur Estlands", date_mod="START"),
        E("Agreement to keep the top posts filled for nine more months", "AGREE", ["Russia", "United States"],
          "2023-11-30TEV", "context", "occurred", "Auch die Spitzenposten"),
        E("Lavrov attends the OSCE ministerial council in Skopje", "CONSULT", ["Sergey Lavrov", "Russia"],
          "2023-11-30", "context", "occurred", "Für Aufsehen sorgte der Auftritt"),
        E("Bulgaria allows Lavrov's plane to overfly its territory", "CONCEDE", ["Russia"], "2023-11-29", "text",
          "occurred", "ausnahmsweise den Überflug"),
        E("Zakharova, under EU sanctions, not allowed to travel", "SANCTION", ["Maria Zakharova"], "2023-11-29",
          "context", "occurred", "ausnahmsweise den Überflug"),
        E("Lavrov accuses the West of turning the OSCE into an appendage of NATO and the EU", "ACCUSE",
          ["Sergey Lavrov", "NATO", "European Union"], "2023-11-30", "context", "occurred", "In seiner Rede warf Lawrow"),
        E("Moscow rules out a ceasefire while the West arms Kyiv", "REJECT", ["Russia", "Ukraine"], "2023-11-30",
          "context", "occurred", "Eine Waffenruhe in der Ukraine"),
        E("Condition: the West must stop arming Kyiv", "REQUEST", ["Russia", "Ukraine"], "2023-11-30", "context",
          "occurred", "Eine Waffenruhe in der Ukraine"),
        E("Kuleba and Baltic ministers boycott the meeting", "REJECT", ["Ukraine", "Sergey Lavrov"], "2023-11-30",
          "context", "occurred", "blieben dem Treffen aus Protest fern"),
        E("Kuleba calls Lavrov's presence an insult", "ACCUSE", ["Ukraine", "Sergey Lavrov"], "2023-11-30", "context",
          "occurred", "eine Beleidigung"),
        E("No Blinken–Lavrov meeting in Skopje", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2023-11-30",
          "context", "cancelled", "ein Gespräch mit Lawrow gab es aber nicht"),
        E("Blinken leaves the hall before Lavrov speaks", "REJECT", ["Antony Blinken", "Sergey Lavrov"], "2023-11-30",
          "context", "occurred", "Blinken verließ den Saal"),
        E("Blinken accuses Russia of trampling the OSCE's principles", "ACCUSE", ["Antony Blinken", "Russia"],
          "2023-11-30", "context", "occurred", "Blinken verließ den Saal"),
    ],
    statements=[
        S("Sergey Lavrov", "The West has turned the OSCE into an appendage of NATO and the EU", "2023-11-30", "context",
          "In seiner Rede warf Lawrow"),
        S("Sergey Lavrov", "The organisation is on the brink of the abyss", "2023-11-30", "context",
          "am Rande des Abgrunds"),
        S("Sergey Lavrov", "No ceasefire as long as the West supplies Kyiv with weapons", "2023-11-30", "context",
          "Eine Waffenruhe in der Ukraine"),
        S("Ukraine", "Kuleba: Lavrov's presence is an insult to all who resist aggression", "2023-11-30", "context",
          "eine Beleidigung"),
        S("Antony Blinken", "Russia tramples on the organisation's basic principles", "2023-11-30", "context",
          "Blinken verließ den Saal"),
    ],
    actors=["Russia", "United States", "Sergey Lavrov", "NATO", "Maria Zakharova", "European Union", "Ukraine",
            "Antony Blinken"],
)

DE04 = dict(
    id="b27de04_genf_immunitaet_putin_2025_08",
    lang="de",
    published="2025-08-20",
    body="""
Genf als Gipfelort? Bern würde Putin Immunität gewähren

Bern. Die Schweiz bringt sich als Gastgeberin für ein mögliches Treffen zwischen Wladimir Putin und Wolodimir Selenski ins Spiel.
Bundesrat Ignazio Cassis erklärte am Dienstag vor den Medien in Bern, die Schweiz sei bereit, ein solches Treffen in Genf auszurichten.
Dem russischen Präsidenten, gegen den ein Haftbefehl des Internationalen Strafgerichtshofs vorliegt, würde man für die Dauer einer Friedenskonferenz Immunität gewähren.
Rechtlich stützt sich die Landesregierung dabei auf einen Grundsatzentscheid vom vergangenen Jahr.

Auslöser ist das Treffen im Weissen Haus vom Montag.
US-Präsident Donald Trump hatte dort Selenski und sieben europäische Spitzenpolitiker empfangen und die Sitzung unterbrochen, um Putin anzurufen.
Anschliessend teilte Trump mit, er habe mit den Vorbereitungen für ein Treffen Putins mit Selenski begonnen, dem ein Dreiergipfel folgen solle.
Der französische Präsident Emmanuel Macron schlug noch am selben Abend Genf als Tagungsort vor.
Auch Ungarns Regierungschef Viktor Orbán bot Budapest an.

In Moskau klang es deutlich zurückhaltender.
Aussenminister Sergei Lawrow sagte am Dienstag, Kontakte auf höchster Ebene müssten «äusserst sorgfältig» und Schritt für Schritt vorbereitet werden.
Putins Berater Juri Uschakow hatte lediglich bestätigt, dass beide Präsidenten am Montag rund 40 Minuten miteinander telefoniert hätten; von einem Datum für ein Treffen war keine Rede.
Selenski selbst sagte, er sei zu einem Treffen «in jedem Format» bereit.
Trump wiederum schloss in einem Fernsehinterview eine Entsendung amerikanischer Bodentruppen in die Ukraine aus, stellte aber Unterstützung aus der Luft in Aussicht.

In Bern ist man um Zurückhaltung bemüht.
Man dränge sich nicht auf, hiess es im Departement für auswärtige Angelegenheiten, die Guten Dienste stünden aber jederzeit zur Verfügung.
Seit der Konferenz auf dem Bürgenstock im Juni 2024, zu der Russland nicht eingeladen war, gilt das Verhältnis zu Moskau als belastet.
Der Kreml hatte die neutrale Schweiz damals als «offen feindselig» bezeichnet.
In der Ostschweiz stösst der Vorstoss auf geteiltes Echo: Die Industrie- und Handelskammer St. Gallen-Appenzell begrüsste die Initiative, die Grünen warnten, die Schweiz dürfe sich nicht «für Propaganda einspannen» lassen.
""",
    timexes=[
        T("Dienstag", "DATE", "2025-08-19"),
        T("vergangenen Jahr", "DATE", "2024"),
        T("Montag", "DATE", "2025-08-18"),
        T("selben Abend", "TIME", "2025-08-18TEV"),
        T("Dienstag", "DATE", "2025-08-19", n=1),
        T("Montag", "DATE", "2025-08-18", n=1),
        T("rund 40 Minuten", "DURATION", "PT40M", mod="APPROX"),
        T("Juni 2024", "DATE", "2024-06"),
    ],
    events=[
        E("Switzerland offers Geneva for a Putin–Zelensky meeting", "REQUEST",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2025-08-19", "text", "occurred", "Bundesrat Ignazio Cassis",
          note="offer to host (Cassis; Switzerland is not canonical)"),
        E("Switzerland would grant Putin immunity for a peace conference", "CONCEDE", ["Vladimir Putin"], "2025-08-19",
          "context", "uncertain", "für die Dauer einer Friedenskonferenz", note="conditional offer made on 19 August"),
        E("Trump receives Zelensky and seven European leaders in the White House", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-08-18", "context", "occurred",
          "sieben europäische Spitzenpolitiker"),
        E("Trump interrupts the meeting to phone Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-18",
          "context", "occurred", "sieben europäische Spitzenpolitiker"),
        E("Planned Putin–Zelensky meeting being arranged by Trump", "CONSULT",
          ["Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"], "2025-08-20", "published", "planned",
          "mit den Vorbereitungen", note="no date given"),
        E("Trilateral summit to follow", "CONSULT", ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"],
          "2025-08-20", "published", "planned", "mit den Vorbereitungen", note="no date given"),
        E("Macron proposes Geneva as the venue", "REQUEST", ["Emmanuel Macron"], "2025-08-18TEV", "text", "occurred",
          "Genf als Tagungsort"),
        E("Orbán offers Budapest", "REQUEST", ["Viktor Orbán"], "2025-08-20", "published", "occurred",
          "bot Budapest an"),
        E("Zelensky ready for a meeting in any format", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-08-20", "published", "occurred", "in jedem Format"),
        E("Trump rules out US ground troops in Ukraine", "REJECT", ["Donald Trump", "Ukraine"], "2025-08-20",
          "published", "occurred", "Bodentruppen"),
        E("Trump holds out air support for Ukraine", "AID", ["Donald Trump", "Ukraine"], "2025-08-20", "published",
          "uncertain", "Bodentruppen"),
        E("Kremlin called Switzerland openly hostile", "ACCUSE", ["Kremlin"], "2024-06", "context", "occurred",
          "offen feindselig"),
    ],
    statements=[
        S("Donald Trump", "Has begun arranging a Putin–Zelensky meeting, to be followed by a trilateral summit",
          "2025-08-18", "context", "mit den Vorbereitungen"),
        S("Emmanuel Macron", "Proposes Geneva as the venue", "2025-08-18TEV", "text", "Genf als Tagungsort"),
        S("Viktor Orbán", "Offers Budapest", "2025-08-20", "published", "bot Budapest an"),
        S("Sergey Lavrov", "Top-level contacts must be prepared extremely carefully, step by step", "2025-08-19", "text",
          "Kontakte auf höchster Ebene"),
        S("Yuri Ushakov", "Confirms a 40-minute Putin–Trump call; no date for a meeting", "2025-08-18", "context",
          "Putins Berater Juri Uschakow"),
        S("Volodymyr Zelensky", "Ready for a meeting in any format", "2025-08-20", "published", "in jedem Format"),
        S("Donald Trump", "Rules out US ground troops but holds out air support", "2025-08-20", "published",
          "Bodentruppen"),
        S("Kremlin", "Switzerland is openly hostile", "2024-06", "context", "offen feindselig"),
    ],
    actors=["Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "United States", "European Union",
            "Emmanuel Macron", "France", "Viktor Orbán", "Russia", "Sergey Lavrov", "Yuri Ushakov", "Ukraine",
            "Kremlin"],
)

DE05 = dict(
    id="b27de05_ueberlingen_iris_t_2026_09",
    lang="de",
    published="2026-09-17",
    body="""
Selenskyj am Bodensee: Flugabwehr „made in Ukraine“ mit deutscher Hilfe

Überlingen/Stuttgart. Bundeskanzler Friedrich Merz (CDU) und der ukrainische Präsident Wolodymyr Selenskyj haben am Donnerstag das Werk des Rüstungskonzerns Diehl Defence in Überlingen besucht.
Im Anschluss unterzeichneten beide eine Absichtserklärung, nach der das Luftverteidigungssystem Iris-T SLM künftig auch in der Ukraine in Lizenz gebaut werden soll.
Die Produktion soll nach Angaben der Bundesregierung in der zweiten Jahreshälfte 2027 anlaufen; Berlin stellt dafür zunächst 1,2 Milliarden Euro bereit.

„Jedes System, das wir selbst bauen, rettet Städte“, sagte Selenskyj in der Werkshalle.
Er dankte Deutschland für die bisher gelieferten Systeme und bat zugleich um zwei weitere Batterien noch vor dem Winter.
Merz sagte zu, die Anfrage „sehr wohlwollend“ zu prüfen.
Deutschland werde die Ukraine so lange unterstützen, wie es nötig sei, und sich dabei nicht einschüchtern lassen, betonte der Kanzler.
Die Zusammenarbeit knüpft an eine Vereinbarung vom Mai 2025 an, mit der beide Länder die gemeinsame Herstellung weitreichender Waffen beschlossen hatten.

Aus Moskau kam prompt Widerspruch.
Kremlsprecher Dmitri Peskow sagte, jede Fabrik, die auf ukrainischem Boden westliche Waffen herstelle, sei ein „legitimes Ziel“ für die russischen Streitkräfte.
Außenminister Sergej Lawrow warf der Bundesregierung vor, Deutschland mache sich mit solchen Projekten endgültig zur Kriegspartei.
Wie ernst die Drohung zu nehmen ist, zeigte die Nacht zum Donnerstag: Russland griff die Ukraine nach Angaben der ukrainischen Luftwaffe mit mehr als 400 Drohnen und 30 Raketen an, vor allem die Energieversorgung im Westen des Landes.

EU-Außenbeauftragte Kaja Kallas begrüßte die Vereinbarung als „klugen Schritt“ hin zu einer europäischen Rüstungsindustrie, die die Ukraine einschließe.
Über weitere Hilfe wollen die Verteidigungsminister der Ukraine-Kontaktgruppe in drei Wochen in Brüssel beraten.
Für Baden-Württemberg ist der Besuch auch wirtschaftlich bedeutsam: Diehl beschäftigt am Bodensee rund 3000 Menschen, die Auftragsbücher sind nach Unternehmensangaben bis 2029 gefüllt.
""",
    timexes=[
        T("Donnerstag", "DATE", "2026-09-17"),
        T("der zweiten Jahreshälfte 2027", "DATE", "2027-H2"),
        T("dem Winter", "DATE", "2026-WI"),
        T("Mai 2025", "DATE", "2025-05"),
        T("die Nacht zum Donnerstag", "TIME", "2026-09-16TNI", note="night of 16 to 17 September"),
        T("drei Wochen", "DURATION", "P3W", note="point: about 2026-10-08"),
        T("2029", "DATE", "2029"),
    ],
    events=[
        E("Merz and Zelensky visit the Diehl Defence plant in Überlingen", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2026-09-17", "text", "occurred", "das Werk des Rüstungskonzerns"),
        E("Merz and Zelensky sign a declaration of intent on licensed IRIS-T production in Ukraine", "AGREE",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2026-09-17", "context", "occurred", "Absichtserklärung"),
        E("Licensed IRIS-T production in Ukraine to start", "COOPERATE", ["Germany", "Ukraine"], "2027-H2", "text",
          "planned", "Die Produktion soll"),
        E("Berlin provides 1.2 billion euros for the production", "AID", ["Germany", "Ukraine"], "2026-09-17",
          "context", "occurred", "Die Produktion soll"),
        E("Zelensky thanks Germany for the systems delivered", "SUPPORT", ["Volodymyr Zelensky", "Germany"],
          "2026-09-17", "context", "occurred", "zwei weitere Batterien"),
        E("Zelensky asks for two more batteries before winter", "REQUEST", ["Volodymyr Zelensky", "Germany"],
          "2026-09-17", "context", "occurred", "zwei weitere Batterien"),
        E("Merz promises to examine the request favourably", "AGREE", ["Friedrich Merz", "Volodymyr Zelensky"],
          "2026-09-17", "context", "occurred", "Merz sagte zu"),
        E("Merz pledges support for Ukraine as long as necessary", "AGREE", ["Friedrich Merz", "Germany", "Ukraine"],
          "2026-09-17", "context", "occurred", "so lange unterstützen"),
        E("Germany and Ukraine agreed joint production of long-range weapons", "AGREE", ["Germany", "Ukraine"],
          "2025-05", "text", "occurred", "Vereinbarung vom Mai 2025"),
        E("Peskov: any factory making Western weapons in Ukraine is a legitimate target", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2026-09-17", "published", "occurred", "legitimes Ziel"),
        E("Lavrov accuses Germany of becoming a party to the war", "ACCUSE", ["Sergey Lavrov", "Germany"],
          "2026-09-17", "published", "occurred", "zur Kriegspartei"),
        E("Russian attack with more than 400 drones and 30 missiles", "ASSAULT", ["Russia", "Ukraine"],
          "2026-09-16TNI", "text", "occurred", "mehr als 400 Drohnen"),
        E("Kallas welcomes the agreement", "SUPPORT", ["Kaja Kallas", "Germany", "Ukraine"], "2026-09-17",
          "published", "occurred", "klugen Schritt"),
        E("Ukraine contact group defence ministers to meet in Brussels", "CONSULT", ["Ukraine"], "2026-10-08", "text",
          "planned", "Ukraine-Kontaktgruppe", note="'in drei Wochen' from 17 September"),
    ],
    statements=[
        S("Germany", "Production to start in the second half of 2027; Berlin provides 1.2 billion euros",
          "2026-09-17", "published", "Die Produktion soll"),
        S("Volodymyr Zelensky", "Every system we build ourselves saves cities", "2026-09-17", "context",
          "Jedes System"),
        S("Volodymyr Zelensky", "Thanks Germany and asks for two more batteries before winter", "2026-09-17", "context",
          "zwei weitere Batterien"),
        S("Friedrich Merz", "Will examine the request very favourably", "2026-09-17", "context", "Merz sagte zu"),
        S("Friedrich Merz", "Germany will support Ukraine as long as needed and not be intimidated", "2026-09-17",
          "context", "so lange unterstützen"),
        S("Dmitry Peskov", "Any factory producing Western weapons in Ukraine is a legitimate target", "2026-09-17",
          "published", "legitimes Ziel"),
        S("Sergey Lavrov", "Germany is making itself a party to the war", "2026-09-17", "published", "zur Kriegspartei"),
        S("Ukraine", "Air force: more than 400 drones and 30 missiles overnight", "2026-09-17", "published",
          "mehr als 400 Drohnen"),
        S("Kaja Kallas", "The agreement is a smart step towards a European defence industry including Ukraine",
          "2026-09-17", "published", "klugen Schritt"),
    ],
    actors=["Friedrich Merz", "Germany", "Volodymyr Zelensky", "Ukraine", "Kremlin", "Dmitry Peskov", "Russia",
            "Sergey Lavrov", "Kaja Kallas", "European Union"],
)

DE06 = dict(
    id="b27de06_schattenflotte_bremerhaven_2026_01",
    lang="de",
    published="2026-01-22",
    body="""
Schattenflotten-Tanker liegt in Bremerhaven fest – Moskau bestellt deutschen Botschafter ein

Bremerhaven/Berlin. Der vor Helgoland gestoppte Öltanker „Marlin Grace“ ist in der Nacht zu Donnerstag unter Begleitung der Bundespolizei in den Bremerhavener Überseehafen geschleppt worden.
Das Schiff unter der Flagge Gabuns war am Dienstag von Einsatzkräften der Bundespolizei See und der Marine kontrolliert und festgesetzt worden, weil es nach Erkenntnissen der Ermittler ohne gültige Versicherung fuhr und rund 90.000 Tonnen russisches Rohöl aus Primorsk geladen hatte.
Die Bundesregierung rechnet den Tanker der sogenannten Schattenflotte zu, mit der Russland die westlichen Sanktionen umgeht.

Moskau reagierte scharf.
Das russische Außenministerium bestellte am Mittwoch den deutschen Botschafter Alexander Graf Lambsdorff ein und verlangte die sofortige Freigabe von Schiff und Besatzung.
Sprecherin Maria Sacharowa sprach von „Piraterie in internationalen Gewässern“ und kündigte eine „spürbare Antwort“ an.
Kremlsprecher Dmitri Peskow sagte, Russland werde „alle notwendigen Maßnahmen“ ergreifen, um die Sicherheit seiner Schifffahrt zu gewährleisten.

Bundeskanzler Friedrich Merz (CDU) wies die Vorwürfe zurück.
„Wer vor unseren Küsten mit rostigen Schiffen ohne Versicherung Sanktionen bricht, muss mit Konsequenzen rechnen“, sagte er am Donnerstagmorgen in Berlin.
Rückendeckung kam aus Brüssel: Die EU-Außenbeauftragte Kaja Kallas lobte das deutsche Vorgehen und kündigte an, weitere rund 100 Schiffe auf die Sanktionsliste zu setzen.
Die EU-Staaten wollen das 20. Sanktionspaket bis zum vierten Jahrestag des Kriegsbeginns am 24. Februar beschließen.
Nato-Generalsekretär Mark Rutte hatte bereits vergangene Woche angekündigt, die Überwachung von Nord- und Ostsee im Rahmen der Mission „Baltic Sentry“ auszuweiten.
Der ukrainische Außenminister Andrij Sybiha dankte Berlin auf der Plattform X und rief die übrigen Anrainerstaaten auf, dem deutschen Beispiel zu folgen.

In Bremerhaven sorgt der ungewöhnliche Gast für Unruhe.
Die Bremer Häfensenatorin sagte dem WESER-KURIER, man stelle sich darauf ein, dass das Schiff „wochenlang, wenn nicht monatelang“ am Kai liege.
Die Staatsanwaltschaft prüft, ob die Ladung eingezogen werden kann.
Die 24 Besatzungsmitglieder, überwiegend indische und georgische Staatsangehörige, dürfen das Schiff vorerst nicht verlassen.
""",
    timexes=[
        T("der Nacht zu Donnerstag", "TIME", "2026-01-21TNI", note="night of 21 to 22 January"),
        T("Dienstag", "DATE", "2026-01-20"),
        T("Mittwoch", "DATE", "2026-01-21"),
        T("Donnerstagmorgen", "TIME", "2026-01-22TMO"),
        T("24. Februar", "DATE", "2026-02-24"),
        T("vergangene Woche", "DATE", "2026-W03"),
        T("wochenlang", "DURATION", "PXW"),
        T("monatelang", "DURATION", "PXM"),
    ],
    events=[
        E("German federal police and navy stop and detain a shadow-fleet tanker off Heligoland", "SANCTION",
          ["Germany", "Russia"], "2026-01-20", "text", "occurred", "Das Schiff unter der Flagge Gabuns"),
        E("Berlin accuses Russia of evading sanctions with the shadow fleet", "ACCUSE", ["Germany", "Russia"],
          "2026-01-22", "published", "occurred", "rechnet den Tanker"),
        E("Russia summons the German ambassador", "ACCUSE", ["Russia", "Germany"], "2026-01-21", "text", "occurred",
          "bestellte am Mittwoch den deutschen Botschafter"),
        E("Russia demands the immediate release of ship and crew", "REQUEST", ["Russia", "Germany"], "2026-01-21",
          "text", "occurred", "bestellte am Mittwoch den deutschen Botschafter"),
        E("Zakharova calls the detention piracy", "ACCUSE", ["Maria Zakharova", "Germany"], "2026-01-22", "published",
          "occurred", "Piraterie"),
        E("Zakharova announces a noticeable response", "THREATEN", ["Maria Zakharova", "Germany"], "2026-01-22",
          "published", "occurred", "Piraterie"),
        E("Peskov: Russia will take all necessary measures to protect its shipping", "THREATEN",
          ["Dmitry Peskov", "Germany"], "2026-01-22", "published", "occurred", "alle notwendigen Maßnahmen"),
        E("Merz rejects Moscow's accusations", "REJECT", ["Friedrich Merz", "Russia"], "2026-01-22TMO", "context",
          "occurred", "wies die Vorwürfe zurück"),
        E("Merz warns sanctions breakers of consequences", "THREATEN", ["Friedrich Merz", "Russia"], "2026-01-22TMO",
          "text", "occurred", "muss mit Konsequenzen rechnen"),
        E("Kallas praises Germany's action", "SUPPORT", ["Kaja Kallas", "Germany"], "2026-01-22", "published",
          "occurred", "Rückendeckung kam aus Brüssel"),
        E("EU to adopt the 20th sanctions package with about 100 more ships", "SANCTION", ["European Union", "Russia"],
          "2026-02-24", "text", "planned", "20. Sanktionspaket"),
        E("NATO to expand surveillance of the North Sea and Baltic under Baltic Sentry", "MOBILIZE",
          ["Mark Rutte", "NATO"], "2026-W03", "text", "planned", "Baltic Sentry"),
        E("Sybiha thanks Berlin", "SUPPORT", ["Andrii Sybiha", "Germany"], "2026-01-22", "published", "occurred",
          "dankte Berlin"),
        E("Sybiha calls on other coastal states to follow Germany's example", "REQUEST", ["Andrii Sybiha"],
          "2026-01-22", "published", "occurred", "dankte Berlin"),
    ],
    statements=[
        S("Germany", "The tanker belongs to Russia's shadow fleet used to evade sanctions", "2026-01-22", "published",
          "rechnet den Tanker"),
        S("Russia", "Moscow reacted sharply", "2026-01-22", "published", "Moskau reagierte scharf."),
        S("Russia", "Demands the immediate release of ship and crew", "2026-01-21", "text",
          "bestellte am Mittwoch den deutschen Botschafter"),
        S("Maria Zakharova", "Piracy in international waters; a noticeable response will follow", "2026-01-22",
          "published", "Piraterie"),
        S("Dmitry Peskov", "Russia will take all necessary measures to protect its shipping", "2026-01-22", "published",
          "alle notwendigen Maßnahmen"),
        S("Friedrich Merz", "Rejects the accusations", "2026-01-22TMO", "context", "wies die Vorwürfe zurück"),
        S("Friedrich Merz", "Those who break sanctions off our coasts must expect consequences", "2026-01-22TMO",
          "text", "muss mit Konsequenzen rechnen"),
        S("Kaja Kallas", "Praises Germany; about 100 more ships to be listed", "2026-01-22", "published",
          "Rückendeckung kam aus Brüssel"),
        S("Mark Rutte", "NATO will expand surveillance under Baltic Sentry", "2026-W03", "text", "Baltic Sentry"),
        S("Andrii Sybiha", "Thanks Berlin and calls on other coastal states to follow", "2026-01-22", "published",
          "dankte Berlin"),
    ],
    actors=["Germany", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Friedrich Merz", "European Union",
            "Kaja Kallas", "NATO", "Mark Rutte", "Andrii Sybiha", "Ukraine"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
