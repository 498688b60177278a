"""German articles of the blind122 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b122de01 (Banater Zeitung, Temeswar)
DE01 = """
Auch die Moldau klopft in Brüssel an: Beitrittsantrag unterzeichnet

Temeswar/Chişinău – Die Republik Moldau hat am Donnerstag offiziell die Mitgliedschaft in der Europäischen Union beantragt.
Staatspräsidentin Maia Sandu unterzeichnete das Gesuch am Nachmittag im Präsidentenpalast in Chişinău, gemeinsam mit Parlamentspräsident Igor Grosu und Regierungschefin Natalia Gavriliţa.
„Wir wollen in Freiheit und Frieden leben, als Teil der freien Welt“, sagte Sandu bei der Zeremonie, die das Fernsehen live übertrug.
Noch am selben Abend reichte auch Georgien in Tiflis einen Beitrittsantrag ein.

Beide Länder folgen dem Beispiel der Ukraine.
Präsident Wolodymyr Selenskyj hatte am Montag in Kiew ein entsprechendes Gesuch unterzeichnet und die EU aufgefordert, sein Land in einem Sonderverfahren unverzüglich aufzunehmen.
Am Dienstag forderte das Europäische Parlament in einer Entschließung, der Ukraine den Status eines Beitrittskandidaten zu gewähren.
Kommissionspräsidentin Ursula von der Leyen hatte bereits am Sonntag gesagt, die Ukrainer seien „einer von uns“, man wolle sie in der Union haben.
Ratspräsident Charles Michel dämpfte dagegen die Erwartungen: Über eine Erweiterung müssten die Mitgliedstaaten einstimmig entscheiden, und das brauche Zeit.

Die Staats- und Regierungschefs der EU wollen über die drei Anträge beim informellen Gipfel in Versailles am kommenden Donnerstag und Freitag beraten.
Diplomaten in Brüssel rechnen nicht mit einer schnellen Entscheidung, der Weg zum Kandidatenstatus dauere in der Regel Jahre.
Bundeskanzler Olaf Scholz sagte am Mittwoch in Berlin, einen Beitritt im Schnellverfahren könne es nicht geben; jetzt gehe es darum, der Ukraine rasch zu helfen.

Moskau reagierte gereizt.
Kremlsprecher Dmitri Peskow sagte am Freitag, die Anträge änderten nichts an den Zielen der „militärischen Spezialoperation“.
Außenamtssprecherin Maria Sacharowa warf der EU vor, die Nachbarn Russlands gezielt in ihre Einflusssphäre ziehen zu wollen.
In der abtrünnigen Region Transnistrien, wo seit 1992 russische Soldaten stationiert sind, wächst nach Angaben moldauischer Behörden die Nervosität.
Die Regierung in Chişinău hatte bereits vergangene Woche den Ausnahmezustand für 60 Tage verhängt.

Im Banat wird die Nachricht aus dem Nachbarland mit Sympathie aufgenommen.
In Temeswar, wo seit Kriegsbeginn Tausende Flüchtlinge aus der Ukraine und aus der Moldau angekommen sind, sammeln Kirchengemeinden und das Demokratische Forum der Deutschen weiter Spenden.
"""

DOC_DE01 = doc(
    "b122de01_moldau_beitrittsantrag_2022_03", "2022-03-04", DE01,
    [
        T("Donnerstag", "DATE", "2022-03-03", 0),
        T("Nachmittag", "TIME", "2022-03-03TAF"),
        T("selben Abend", "TIME", "2022-03-03TEV"),
        T("Montag", "DATE", "2022-02-28"),
        T("Dienstag", "DATE", "2022-03-01"),
        T("Sonntag", "DATE", "2022-02-27"),
        T("kommenden Donnerstag", "DATE", "2022-03-10"),
        T("Freitag", "DATE", "2022-03-11", 0),
        T("Jahre", "DURATION", "PXY"),
        T("Mittwoch", "DATE", "2022-03-02"),
        T("jetzt", "DATE", "PRESENT_REF"),
        T("Freitag", "DATE", "2022-03-04", 1),
        T("1992", "DATE", "1992"),
        T("vergangene Woche", "DATE", "2022-W08"),
        T("60 Tage", "DURATION", "P60D"),
    ],
    [
        E("Moldova applies for EU membership", "REQUEST", ["European Union"], "2022-03-03", "text", "occurred",
          "hat am Donnerstag offiziell die Mitgliedschaft"),
        E("Georgia applies for EU membership", "REQUEST", ["European Union"], "2022-03-03TEV", "text", "occurred",
          "Noch am selben Abend reichte auch Georgien"),
        E("Zelensky signs Ukraine's EU membership application and asks for immediate accession under a special "
          "procedure", "REQUEST", ["Volodymyr Zelensky", "European Union"], "2022-02-28", "text", "occurred",
          "Präsident Wolodymyr Selenskyj hatte am Montag in Kiew"),
        E("European Parliament calls for candidate status for Ukraine", "REQUEST", ["European Union", "Ukraine"],
          "2022-03-01", "text", "occurred", "Am Dienstag forderte das Europäische Parlament"),
        E("Von der Leyen: Ukrainians are one of us, the EU wants them in", "SUPPORT",
          ["Ursula von der Leyen", "Ukraine"], "2022-02-27", "text", "occurred", "bereits am Sonntag gesagt"),
        E("EU leaders to discuss the three applications at the informal Versailles summit", "CONSULT",
          ["European Union"], "2022-03-10", "text", "planned", "beim informellen Gipfel in Versailles"),
        E("Scholz rules out a fast-track accession", "REJECT", ["Olaf Scholz", "Ukraine"], "2022-03-02", "text",
          "occurred", "einen Beitritt im Schnellverfahren"),
        E("Zakharova accuses the EU of drawing Russia's neighbours into its sphere of influence", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2022-03-04", "published", "occurred",
          "Außenamtssprecherin Maria Sacharowa warf der EU vor"),
        E("Russian soldiers stationed in Transnistria since 1992", "MOBILIZE", ["Russia"], "1992", "text", "occurred",
          "wo seit 1992 russische Soldaten stationiert sind", date_mod="START"),
    ],
    [
        S("Ursula von der Leyen", "Ukrainians are one of us; the EU wants them in the Union", "2022-02-27", "text",
          "bereits am Sonntag gesagt"),
        S("European Union", "Michel: enlargement needs a unanimous decision of the member states and takes time",
          "2022-03-04", "published", "Ratspräsident Charles Michel dämpfte"),
        S("Olaf Scholz", "No fast-track accession; the priority now is to help Ukraine quickly", "2022-03-02", "text",
          "einen Beitritt im Schnellverfahren"),
        S("Russia", "Moscow reacted irritably", "2022-03-04", "published", "Moskau reagierte gereizt."),
        S("Dmitry Peskov", "The applications change nothing about the goals of the special military operation",
          "2022-03-04", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
        S("Maria Zakharova", "The EU wants to draw Russia's neighbours into its sphere of influence", "2022-03-04",
          "published", "Außenamtssprecherin Maria Sacharowa warf der EU vor"),
    ],
    ["European Union", "Ukraine", "Volodymyr Zelensky", "Ursula von der Leyen", "Olaf Scholz", "Germany", "Russia",
     "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)


# ---------------------------------------------------------------- b122de02 (Radio Rumänien International, deutsche Redaktion)
DE02 = """
Zehntausende bei Kundgebung „Europäische Moldau“ in Chişinău

Bukarest/Chişinău (RRI) – In der Republik Moldau sind am Sonntag nach Angaben der Veranstalter rund 75.000 Menschen für einen EU-Beitritt ihres Landes auf die Straße gegangen.
Zu der Kundgebung auf dem Platz der Großen Nationalversammlung in Chişinău hatte Staatspräsidentin Maia Sandu aufgerufen.
Sandu sagte vor der Menge, die Moldau wolle bis 2030 Mitglied der Europäischen Union werden, einen anderen Weg in eine sichere Zukunft gebe es nicht.
Als Ehrengast sprach die Präsidentin des Europäischen Parlaments, Roberta Metsola, die den Moldauern versicherte: „Ihr seid nicht allein.“
Metsola war am Vormittag von Sandu im Präsidentenpalast empfangen worden.

Die Moldau hatte im Juni vergangenen Jahres gemeinsam mit der Ukraine den Status eines Beitrittskandidaten erhalten.
Die EU-Kommission will im Herbst bewerten, ob beide Länder die Auflagen für den Beginn von Beitrittsverhandlungen erfüllen.
Seit April ist zudem eine zivile EU-Mission in Chişinău tätig, die das Land gegen hybride Bedrohungen und Desinformation stärken soll.

Am 1. Juni richtet die Moldau auf Schloss Mimi bei Bulboaca den Gipfel der Europäischen Politischen Gemeinschaft aus, zu dem rund 50 Staats- und Regierungschefs erwartet werden.
Auch der französische Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz haben ihr Kommen zugesagt.
Ob der ukrainische Präsident Wolodymyr Selenskyj persönlich anreist, ist aus Sicherheitsgründen noch offen.
Selenskyj gratulierte Sandu am Sonntagabend auf Telegram zu der Kundgebung und schrieb, Kiew und Chişinău gingen den Weg nach Europa gemeinsam.

Das russische Außenministerium reagierte mit scharfer Kritik.
Sprecherin Maria Sacharowa warf der moldauischen Führung vor, das Land auf Geheiß Brüssels und Washingtons in einen Konflikt mit Russland zu treiben.
Kremlsprecher Dmitri Peskow sagte heute in Moskau, man verfolge die Lage in der Moldau sehr aufmerksam und werde die Interessen der russischsprachigen Bevölkerung in Transnistrien zu schützen wissen.

Auch in Bukarest wurde die Kundgebung aufmerksam verfolgt.
Das rumänische Außenministerium erklärte, Rumänien werde den Nachbarn auf seinem europäischen Weg weiterhin mit aller Kraft unterstützen.
Hören Sie dazu am Abend unsere Sendung „Rumänien und die Nachbarn“, mit Stimmen von der Kundgebung.
"""

DOC_DE02 = doc(
    "b122de02_kundgebung_europaeische_moldau_2023_05", "2023-05-22", DE02,
    [
        T("Sonntag", "DATE", "2023-05-21"),
        T("2030", "DATE", "2030"),
        T("eine sichere Zukunft", "DATE", "FUTURE_REF"),
        T("Vormittag", "TIME", "2023-05-21TMO"),
        T("Juni vergangenen Jahres", "DATE", "2022-06"),
        T("Herbst", "DATE", "2023-FA"),
        T("April", "DATE", "2023-04"),
        T("1. Juni", "DATE", "2023-06-01"),
        T("Sonntagabend", "TIME", "2023-05-21TEV"),
        T("heute", "DATE", "2023-05-22"),
        T("Abend", "TIME", "2023-05-22TEV"),
    ],
    [
        E("European Parliament President Metsola received by Sandu in Chișinău", "CONSULT", ["European Union"],
          "2023-05-21TMO", "text", "occurred", "Metsola war am Vormittag"),
        E("Metsola assures Moldovans they are not alone", "AGREE", ["European Union"], "2023-05-21", "context",
          "occurred", "Als Ehrengast sprach die Präsidentin"),
        E("EU granted Moldova and Ukraine candidate status", "AGREE", ["European Union", "Ukraine"], "2022-06",
          "text", "occurred", "im Juni vergangenen Jahres gemeinsam mit der Ukraine"),
        E("Civilian EU mission working in Chișinău since April", "COOPERATE", ["European Union"], "2023-04", "text",
          "occurred", "Seit April ist zudem eine zivile EU-Mission", date_mod="START"),
        E("Macron and Scholz to attend the European Political Community summit in Moldova", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz"], "2023-06-01", "context", "planned",
          "haben ihr Kommen zugesagt"),
        E("Zelensky may attend the European Political Community summit in person", "CONSULT",
          ["Volodymyr Zelensky"], "2023-06-01", "context", "uncertain", "persönlich anreist"),
        E("Zelensky congratulates Sandu on the rally", "SUPPORT", ["Volodymyr Zelensky"], "2023-05-21TEV", "text",
          "occurred", "Selenskyj gratulierte Sandu am Sonntagabend"),
        E("Zakharova accuses Moldova's leadership of driving the country into conflict with Russia at the behest of "
          "Brussels and Washington", "ACCUSE", ["Maria Zakharova", "European Union", "United States"], "2023-05-22",
          "published", "occurred", "Sprecherin Maria Sacharowa warf der moldauischen Führung vor"),
        E("Peskov: Russia will know how to protect the interests of the Russian-speaking population in Transnistria",
          "THREATEN", ["Dmitry Peskov"], "2023-05-22", "text", "occurred",
          "Kremlsprecher Dmitri Peskow sagte heute in Moskau"),
    ],
    [
        S("European Union", "Metsola to the Moldovans: you are not alone", "2023-05-21", "context",
          "Als Ehrengast sprach die Präsidentin"),
        S("Volodymyr Zelensky", "Congratulates Sandu; Kyiv and Chișinău go the way to Europe together",
          "2023-05-21TEV", "text", "Selenskyj gratulierte Sandu am Sonntagabend"),
        S("Russia", "The Russian foreign ministry reacted with sharp criticism", "2023-05-22", "published",
          "Das russische Außenministerium reagierte"),
        S("Maria Zakharova", "Moldova's leadership drives the country into conflict with Russia at the behest of "
          "Brussels and Washington", "2023-05-22", "published",
          "Sprecherin Maria Sacharowa warf der moldauischen Führung vor"),
        S("Dmitry Peskov", "Moscow follows Moldova very closely and will protect the Russian speakers in "
          "Transnistria", "2023-05-22", "text", "Kremlsprecher Dmitri Peskow sagte heute in Moskau"),
    ],
    ["European Union", "Ukraine", "Emmanuel Macron", "France", "Olaf Scholz", "Germany", "Volodymyr Zelensky",
     "Russia", "Maria Zakharova", "United States", "Kremlin", "Dmitry Peskov"],
)


# ---------------------------------------------------------------- b122de03 (Walsroder Zeitung, dpa copy)
DE03 = """
Brüssel legt Verhandlungsrahmen für Ukraine und Moldau vor

Brüssel (dpa) – Die EU-Kommission hat den Weg für den formellen Start der Beitrittsverhandlungen mit der Ukraine und der Republik Moldau geebnet.
Die Behörde von Präsidentin Ursula von der Leyen legte am Dienstag in Brüssel die Entwürfe der sogenannten Verhandlungsrahmen vor, in denen Leitlinien und Grundsätze der Gespräche festgelegt werden.
Zugleich bescheinigte sie Kiew, die vier noch offenen Reformauflagen erfüllt zu haben, darunter ein Gesetz zum Schutz nationaler Minderheiten.
Erweiterungskommissar Olivér Várhelyi sprach von „bemerkenswerten Fortschritten“ beider Länder unter schwierigsten Bedingungen.

Im Dezember hatten die Staats- und Regierungschefs beschlossen, die Gespräche aufzunehmen, nachdem Ungarns Ministerpräsident Viktor Orbán für die Abstimmung den Saal verlassen hatte.
Die Entwürfe müssen noch von allen 27 Mitgliedstaaten gebilligt werden.
Die belgische Ratspräsidentschaft strebt an, die ersten Regierungskonferenzen vor Ende Juni abzuhalten, wenn ihr Vorsitz ausläuft.
Beim Gipfel in der kommenden Woche wollen die Staats- und Regierungschefs über den Stand beraten.

In Budapest stieß der Vorschlag auf Ablehnung.
Außenminister Péter Szijjártó sagte am Dienstagabend, Ungarn werde keiner Regierungskonferenz zustimmen, solange die Rechte der ungarischen Minderheit in Transkarpatien nicht vollständig wiederhergestellt seien.
Orbán selbst hatte am Freitag im staatlichen Rundfunk erklärt, die Ukraine sei noch weit von einer Mitgliedschaft entfernt, ein Land im Krieg könne man nicht aufnehmen.

Präsident Wolodymyr Selenskyj dankte der Kommission noch am Dienstag auf der Plattform X und sprach von einem „wichtigen Schritt“.
Vizeregierungschefin Olha Stefanischyna sagte, Kiew sei bereit, die Verhandlungen sofort zu beginnen.
Kremlsprecher Dmitri Peskow erklärte, Russland respektiere das Recht jedes Staates, seinen wirtschaftlichen Weg selbst zu wählen, solange daraus keine militärische Bedrohung erwachse.

Auch im Heidekreis wird die Entwicklung aufmerksam verfolgt.
Nach Angaben der Kreisverwaltung in Bad Fallingbostel leben derzeit rund 2.300 Geflüchtete aus der Ukraine im Landkreis, davon gut 400 in Walsrode.
Die Ausländerbehörde rechnet in diesem Jahr mit weiteren Zuzügen.
"""

DOC_DE03 = doc(
    "b122de03_verhandlungsrahmen_kommission_2024_03", "2024-03-13", DE03,
    [
        T("Dienstag", "DATE", "2024-03-12", 0),
        T("Dezember", "DATE", "2023-12"),
        T("Ende Juni", "DATE", "2024-06", mod="END"),
        T("der kommenden Woche", "DATE", "2024-W12"),
        T("Dienstagabend", "TIME", "2024-03-12TEV"),
        T("Freitag", "DATE", "2024-03-08"),
        T("Dienstag", "DATE", "2024-03-12", 1),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("diesem Jahr", "DATE", "2024"),
    ],
    [
        E("Commission presents draft negotiating frameworks for Ukraine and Moldova", "REQUEST",
          ["European Union", "Ukraine"], "2024-03-12", "text", "occurred", "legte am Dienstag in Brüssel die Entwürfe"),
        E("Commission finds that Kyiv has met the four outstanding reform conditions", "SUPPORT",
          ["European Union", "Ukraine"], "2024-03-12", "context", "occurred", "Zugleich bescheinigte sie Kiew"),
        E("EU leaders decided in December to open accession talks", "AGREE", ["European Union", "Ukraine"],
          "2023-12", "text", "occurred", "Im Dezember hatten die Staats- und Regierungschefs beschlossen"),
        E("Orbán leaves the room for the vote so the decision can pass", "CONCEDE", ["Viktor Orbán", "Ukraine"],
          "2023-12", "context", "occurred", "Im Dezember hatten die Staats- und Regierungschefs beschlossen"),
        E("Belgian presidency aims to hold the first intergovernmental conferences before the end of June",
          "CONSULT", ["European Union", "Ukraine"], "2024-06", "text", "planned",
          "Die belgische Ratspräsidentschaft strebt an", date_mod="END"),
        E("EU summit next week to discuss the state of play", "CONSULT", ["European Union"], "2024-W12",
          "text", "planned", "Beim Gipfel in der kommenden Woche", note="European Council of 21-22 March 2024"),
        E("Hungary will not agree to an intergovernmental conference until minority rights are restored", "REJECT",
          ["European Union", "Ukraine"], "2024-03-12TEV", "text", "occurred", "Außenminister Péter Szijjártó sagte"),
        E("Orbán: Ukraine is far from membership, a country at war cannot be admitted", "REJECT",
          ["Viktor Orbán", "Ukraine"], "2024-03-08", "text", "occurred", "Orbán selbst hatte am Freitag"),
        E("Zelensky thanks the Commission for an important step", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
          "2024-03-12", "text", "occurred", "Präsident Wolodymyr Selenskyj dankte der Kommission"),
        E("Stefanishyna: Kyiv is ready to start the negotiations immediately", "AGREE", ["Ukraine", "European Union"],
          "2024-03-13", "published", "occurred", "Vizeregierungschefin Olha Stefanischyna sagte"),
        E("Peskov: Russia respects every state's right to choose its economic path", "SUPPORT",
          ["Dmitry Peskov", "Ukraine"], "2024-03-13", "published", "occurred", "Kremlsprecher Dmitri Peskow erklärte"),
        E("Peskov's condition: no military threat may arise from it", "REQUEST", ["Dmitry Peskov", "Ukraine"],
          "2024-03-13", "published", "occurred", "Kremlsprecher Dmitri Peskow erklärte"),
    ],
    [
        S("European Union", "Kyiv has met the four outstanding reform conditions", "2024-03-12", "context",
          "Zugleich bescheinigte sie Kiew"),
        S("European Union", "Várhelyi: remarkable progress by both countries under the most difficult conditions",
          "2024-03-12", "context", "Erweiterungskommissar Olivér Várhelyi sprach"),
        S("Viktor Orbán", "Ukraine is still far from membership; a country at war cannot be admitted", "2024-03-08",
          "text", "Orbán selbst hatte am Freitag"),
        S("Volodymyr Zelensky", "Thanks the Commission for an important step", "2024-03-12", "text",
          "Präsident Wolodymyr Selenskyj dankte der Kommission"),
        S("Ukraine", "Stefanishyna: Kyiv is ready to start the negotiations immediately", "2024-03-13", "published",
          "Vizeregierungschefin Olha Stefanischyna sagte"),
        S("Dmitry Peskov", "Russia respects every state's right to choose its economic path as long as no military "
          "threat arises", "2024-03-13", "published", "Kremlsprecher Dmitri Peskow erklärte"),
    ],
    ["European Union", "Ukraine", "Ursula von der Leyen", "Viktor Orbán", "Volodymyr Zelensky", "Kremlin",
     "Dmitry Peskov", "Russia"],
)


# ---------------------------------------------------------------- b122de04 (Lindauer Zeitung)
DE04 = """
Weg frei für Beitrittsgespräche mit Kiew und Chişinău

Brüssel/Luxemburg. Die Ukraine und die Republik Moldau können am kommenden Dienstag offiziell Beitrittsverhandlungen mit der Europäischen Union beginnen.
Die Botschafter der 27 Mitgliedstaaten billigten am Freitag in Brüssel einstimmig die Verhandlungsrahmen für beide Länder, wie die belgische Ratspräsidentschaft mitteilte.
Die ersten Regierungskonferenzen sollen am Dienstagnachmittag am Rande eines Treffens der Europaminister in Luxemburg stattfinden, zunächst mit der Ukraine, danach mit Moldau.

Möglich wurde die Einigung, weil Ungarn seinen Widerstand aufgab.
Budapest hatte wochenlang auf Zusicherungen zum Schutz der rund 100.000 Angehörigen der ungarischen Minderheit in der Ukraine gepocht.
Außenminister Péter Szijjártó sagte am Donnerstag, Kiew habe sich in der vergangenen Woche in einer Liste mit elf Punkten verpflichtet, die Rechte der Minderheit zu garantieren.
Die Ukraine hatte bereits im Dezember ihr Minderheitengesetz nachgebessert.

Präsident Wolodymyr Selenskyj sprach am Freitagabend von einem „historischen Moment“ und dankte allen Mitgliedstaaten.
Kommissionspräsidentin Ursula von der Leyen schrieb, beide Länder hätten enorme Anstrengungen unternommen und diesen Schritt verdient.
Die ukrainische Delegation in Luxemburg soll Vizeregierungschefin Olha Stefanischyna leiten.

Am 1. Juli übernimmt Ungarn für sechs Monate den Vorsitz im Rat der EU.
Ministerpräsident Viktor Orbán hatte Anfang Juni angekündigt, unter ungarischem Vorsitz keine weiteren Schritte mit Kiew zuzulassen, solange die Minderheitenfrage nicht geklärt sei.
Diplomaten rechnen deshalb erst im kommenden Jahr mit der Eröffnung des ersten Verhandlungsclusters.

Der Kreml reagierte zurückhaltend.
Sprecher Dmitri Peskow sagte in Moskau, man habe die Entwicklung „sehr genau im Blick“, die EU entwickle sich zunehmend zu einem militärischen Bündnis.
Die Staats- und Regierungschefs kommen am Donnerstag und Freitag zum Gipfel in Brüssel zusammen, wo auch ein Abkommen über Sicherheitszusagen für die Ukraine unterzeichnet werden soll.

Im Landkreis Lindau leben derzeit rund 1.100 Menschen aus der Ukraine, wie das Landratsamt auf Anfrage mitteilte.
Der Helferkreis auf der Insel lädt für Sonntagnachmittag zu einem Begegnungsfest in den Alten Rathaussaal ein.
"""

DOC_DE04 = doc(
    "b122de04_verhandlungsrahmen_gebilligt_2024_06", "2024-06-22", DE04,
    [
        T("kommenden Dienstag", "DATE", "2024-06-25"),
        T("Freitag", "DATE", "2024-06-21", 0),
        T("Dienstagnachmittag", "TIME", "2024-06-25TAF"),
        T("wochenlang", "DURATION", "PXW"),
        T("Donnerstag", "DATE", "2024-06-20", 0),
        T("der vergangenen Woche", "DATE", "2024-W24", note="in Szijjártó's reported words of Thursday"),
        T("Dezember", "DATE", "2023-12"),
        T("Freitagabend", "TIME", "2024-06-21TEV"),
        T("1. Juli", "DATE", "2024-07-01"),
        T("sechs Monate", "DURATION", "P6M"),
        T("Anfang Juni", "DATE", "2024-06", mod="START"),
        T("kommenden Jahr", "DATE", "2025"),
        T("Donnerstag", "DATE", "2024-06-27", 1),
        T("Freitag", "DATE", "2024-06-28", 1),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Sonntagnachmittag", "TIME", "2024-06-23TAF"),
    ],
    [
        E("EU ambassadors unanimously approve the negotiating frameworks for Ukraine and Moldova", "AGREE",
          ["European Union", "Ukraine"], "2024-06-21", "text", "occurred", "Die Botschafter der 27 Mitgliedstaaten"),
        E("First intergovernmental conferences with Ukraine and Moldova in Luxembourg", "CONSULT",
          ["European Union", "Ukraine"], "2024-06-25TAF", "text", "planned",
          "Die ersten Regierungskonferenzen sollen am Dienstagnachmittag"),
        E("Hungary drops its resistance", "CONCEDE", ["European Union", "Ukraine"], "2024-06-21", "context",
          "occurred", "Möglich wurde die Einigung"),
        E("Kyiv commits in an eleven-point list to guarantee minority rights", "AGREE", ["Ukraine"], "2024-W24",
          "text", "occurred", "Außenminister Péter Szijjártó sagte am Donnerstag"),
        E("Ukraine amended its minorities law in December", "CONCEDE", ["Ukraine"], "2023-12", "text", "occurred",
          "Die Ukraine hatte bereits im Dezember"),
        E("Zelensky thanks all member states for a historic moment", "SUPPORT",
          ["Volodymyr Zelensky", "European Union"], "2024-06-21TEV", "text", "occurred",
          "Präsident Wolodymyr Selenskyj sprach am Freitagabend"),
        E("Von der Leyen: both countries made enormous efforts and deserve this step", "SUPPORT",
          ["Ursula von der Leyen", "Ukraine"], "2024-06-21", "context", "occurred",
          "Kommissionspräsidentin Ursula von der Leyen schrieb"),
        E("Orbán announces he will allow no further steps with Kyiv under the Hungarian presidency", "REJECT",
          ["Viktor Orbán", "Ukraine"], "2024-06", "text", "occurred", "Ministerpräsident Viktor Orbán hatte Anfang Juni",
          date_mod="START"),
        E("First negotiating cluster expected to be opened only next year", "CONSULT", ["European Union", "Ukraine"],
          "2025", "text", "uncertain", "Diplomaten rechnen deshalb erst im kommenden Jahr"),
        E("Peskov accuses the EU of turning into a military alliance", "ACCUSE", ["Dmitry Peskov", "European Union"],
          "2024-06-22", "published", "occurred", "Sprecher Dmitri Peskow sagte in Moskau"),
        E("EU summit in Brussels on Thursday and Friday", "CONSULT", ["European Union"], "2024-06-27", "text",
          "planned", "zum Gipfel in Brüssel zusammen"),
        E("Agreement on security commitments for Ukraine to be signed at the summit", "AGREE",
          ["European Union", "Ukraine"], "2024-06-27", "context", "planned", "zum Gipfel in Brüssel zusammen"),
    ],
    [
        S("European Union", "Belgian presidency: ambassadors unanimously approved the negotiating frameworks",
          "2024-06-21", "context", "Die Botschafter der 27 Mitgliedstaaten"),
        S("Volodymyr Zelensky", "A historic moment; thanks to all member states", "2024-06-21TEV", "text",
          "Präsident Wolodymyr Selenskyj sprach am Freitagabend"),
        S("Ursula von der Leyen", "Both countries made enormous efforts and deserve this step", "2024-06-21",
          "context", "Kommissionspräsidentin Ursula von der Leyen schrieb"),
        S("Viktor Orbán", "No further steps with Kyiv under the Hungarian presidency until the minority question is "
          "settled", "2024-06", "text", "Ministerpräsident Viktor Orbán hatte Anfang Juni"),
        S("Kremlin", "The Kremlin reacted with restraint", "2024-06-22", "published",
          "Der Kreml reagierte zurückhaltend."),
        S("Dmitry Peskov", "Moscow watches closely; the EU is increasingly becoming a military alliance",
          "2024-06-22", "published", "Sprecher Dmitri Peskow sagte in Moskau"),
    ],
    ["European Union", "Ukraine", "Volodymyr Zelensky", "Ursula von der Leyen", "Viktor Orbán", "Kremlin",
     "Dmitry Peskov"],
)


# ---------------------------------------------------------------- b122de05 (Karpatenrundschau, Kronstadt)
DE05 = """
Hauchdünnes Ja zu Europa: Die Moldau nach dem Referendum

Kronstadt/Chişinău – Mit knapper Mehrheit haben die Bürgerinnen und Bürger der Republik Moldau am vergangenen Sonntag dafür gestimmt, das Ziel des EU-Beitritts in der Verfassung zu verankern.
Nach Auszählung aller Stimmen kam das Ja-Lager auf 50,35 Prozent; erst die Stimmen aus der Diaspora drehten in der Nacht zum Montag das Ergebnis.
Bei der gleichzeitigen Präsidentenwahl erreichte Amtsinhaberin Maia Sandu gut 42 Prozent und muss sich am 3. November einer Stichwahl gegen den früheren Generalstaatsanwalt Alexandr Stoianoglu stellen, der von den Sozialisten unterstützt wird.

Sandu sprach noch in der Wahlnacht von einem „beispiellosen Angriff auf die Demokratie“.
Kriminelle Gruppen hätten gemeinsam mit ausländischen Kräften versucht, bis zu 300.000 Stimmen zu kaufen.
Die moldauische Polizei hatte bereits Anfang Oktober erklärt, ein aus Russland finanziertes Netzwerk des nach Moskau geflohenen Oligarchen Ilan Șor habe seit dem Sommer Geld an Wähler überwiesen.

Die EU-Kommission erklärte am Montag, die Abstimmung habe unter „beispielloser Einmischung“ Russlands stattgefunden.
Ebenfalls am Montag gratulierte Kommissionspräsidentin Ursula von der Leyen den Moldauern auf X zu einer Entscheidung für Europa, „trotz Russlands hybrider Taktiken“.
Bundesaußenministerin Annalena Baerbock, die am Montag in Luxemburg mit ihren EU-Kollegen zusammentraf, nannte das Ergebnis ein Zeichen des Mutes.
Aus Washington hieß es, Russland habe Millionen Dollar in die Beeinflussung der Abstimmung gesteckt.
Der ukrainische Präsident Wolodymyr Selenskyj schrieb, Moskau habe versucht, den europäischen Weg der Moldau zu kaufen, und sei gescheitert.

Kremlsprecher Dmitri Peskow verlangte am Montag Beweise für die Vorwürfe und nannte den Wahlkampf „unfrei“.
Außenamtssprecherin Maria Sacharowa beklagte, für die Hunderttausende in Russland lebenden Moldauer seien in Moskau nur zwei Wahllokale geöffnet worden.
Die Beitrittsverhandlungen mit der Moldau waren im Juni in Luxemburg eröffnet worden, zusammen mit jenen der Ukraine.

Auch in Kronstadt bildeten sich am Sonntagvormittag vor dem Wahllokal in der Inneren Stadt lange Schlangen.
Viele der rund 2.000 moldauischen Studierenden in der Stadt wollen auch am 3. November abstimmen.
In den kommenden zwei Wochen wird sich zeigen, ob Sandu die Mehrheit für ihren Kurs halten kann.
"""

DOC_DE05 = doc(
    "b122de05_moldau_referendum_2024_10", "2024-10-24", DE05,
    [
        T("vergangenen Sonntag", "DATE", "2024-10-20"),
        T("Nacht zum Montag", "TIME", "2024-10-20TNI", note="night to Monday 21 October"),
        T("3. November", "DATE", "2024-11-03", 0),
        T("Anfang Oktober", "DATE", "2024-10", mod="START"),
        T("dem Sommer", "DATE", "2024-SU"),
        T("Montag", "DATE", "2024-10-21", 1),
        T("Montag", "DATE", "2024-10-21", 2),
        T("Montag", "DATE", "2024-10-21", 3),
        T("Montag", "DATE", "2024-10-21", 4),
        T("Juni", "DATE", "2024-06"),
        T("Sonntagvormittag", "TIME", "2024-10-20TMO"),
        T("3. November", "DATE", "2024-11-03", 1),
        T("den kommenden zwei Wochen", "DURATION", "P2W"),
    ],
    [
        E("Moldovan police: a Russian-financed network of Ilan Șor transferred money to voters", "ACCUSE",
          ["Russia"], "2024-10", "text", "occurred", "Die moldauische Polizei hatte bereits Anfang Oktober",
          date_mod="START"),
        E("Commission: the vote took place under unprecedented Russian interference", "ACCUSE",
          ["European Union", "Russia"], "2024-10-21", "text", "occurred", "Die EU-Kommission erklärte am Montag"),
        E("Von der Leyen congratulates the Moldovans on their choice for Europe", "SUPPORT", ["Ursula von der Leyen"],
          "2024-10-21", "text", "occurred", "Ebenfalls am Montag gratulierte"),
        E("EU foreign ministers meet in Luxembourg", "CONSULT", ["Germany", "European Union"], "2024-10-21", "text",
          "occurred", "Bundesaußenministerin Annalena Baerbock"),
        E("Baerbock calls the result a sign of courage", "SUPPORT", ["Germany"], "2024-10-21", "context", "occurred",
          "Bundesaußenministerin Annalena Baerbock"),
        E("Washington accuses Russia of spending millions of dollars to influence the vote", "ACCUSE",
          ["United States", "Russia"], "2024-10-24", "published", "occurred", "Aus Washington hieß es"),
        E("Zelensky: Moscow tried to buy Moldova's European path and failed", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2024-10-24", "published", "occurred",
          "Der ukrainische Präsident Wolodymyr Selenskyj schrieb"),
        E("Peskov demands evidence for the accusations", "REQUEST", ["Dmitry Peskov"], "2024-10-21", "text",
          "occurred", "Kremlsprecher Dmitri Peskow verlangte am Montag"),
        E("Accession negotiations with Moldova and Ukraine opened in Luxembourg in June", "CONSULT",
          ["European Union", "Ukraine"], "2024-06", "text", "occurred", "Die Beitrittsverhandlungen mit der Moldau"),
    ],
    [
        S("European Union", "The vote took place under unprecedented Russian interference", "2024-10-21", "text",
          "Die EU-Kommission erklärte am Montag"),
        S("Ursula von der Leyen", "Congratulates the Moldovans on a choice for Europe despite Russia's hybrid tactics",
          "2024-10-21", "text", "Ebenfalls am Montag gratulierte"),
        S("Germany", "Baerbock: the result is a sign of courage", "2024-10-21", "context",
          "Bundesaußenministerin Annalena Baerbock"),
        S("United States", "Russia spent millions of dollars to influence the vote", "2024-10-24", "published",
          "Aus Washington hieß es"),
        S("Volodymyr Zelensky", "Moscow tried to buy Moldova's European path and failed", "2024-10-24", "published",
          "Der ukrainische Präsident Wolodymyr Selenskyj schrieb"),
        S("Dmitry Peskov", "Demands evidence; calls the campaign unfree", "2024-10-21", "text",
          "Kremlsprecher Dmitri Peskow verlangte am Montag"),
        S("Maria Zakharova", "Only two polling stations were opened in Moscow for the Moldovans living in Russia",
          "2024-10-24", "published", "Außenamtssprecherin Maria Sacharowa beklagte"),
    ],
    ["Russia", "European Union", "Ursula von der Leyen", "Germany", "United States", "Ukraine", "Volodymyr Zelensky",
     "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)


# ---------------------------------------------------------------- b122de06 (Bezirksblätter Niederösterreich, Bezirk Mödling)
DE06 = """
EU-Beitritt: Ungarn blockiert Kiew weiter, Moldau muss warten

Brüssel/Mödling. Auch unter dänischem Vorsitz ist es nicht gelungen, die Beitrittsverhandlungen mit der Ukraine und der Republik Moldau einen entscheidenden Schritt voranzubringen.
Beim Treffen der Europaministerinnen und Europaminister am Dienstag in Brüssel verweigerte Ungarn erneut seine Zustimmung zur Eröffnung des ersten Verhandlungsclusters mit Kiew.
Weil die Mitgliedstaaten beide Länder bisher im Tandem behandeln, liegt damit auch der Fall Moldau auf Eis.

Erweiterungskommissarin Marta Kos sagte nach dem Treffen, beide Kandidaten seien „technisch bereit“, alle sechs Cluster zu öffnen.
Die Kommission werde die Vorarbeiten in den kommenden Monaten fortsetzen, damit die Kapitel an einem einzigen Tag geöffnet werden könnten, sobald der Weg frei sei.
Österreichs Europaministerin Claudia Plakolm (ÖVP) zeigte sich enttäuscht: „Ein Land darf nicht 26 andere dauerhaft in Geiselhaft nehmen.“

Ministerpräsident Viktor Orbán hatte bereits vergangene Woche in einem Interview erklärt, solange er regiere, werde die Ukraine nicht Mitglied der EU.
Ein Beitritt würde den Krieg nach Europa holen und die ungarischen Bauern ruinieren, sagte Orbán.
Im April wählt Ungarn ein neues Parlament, Umfragen sehen die oppositionelle Tisza-Partei vorn.

Der ukrainische Vizeregierungschef Taras Katschka warf Budapest am Dienstag vor, sein Land politisch in Geiselhaft zu nehmen.
Präsident Wolodymyr Selenskyj, der am Montag in Berlin mit Bundeskanzler Friedrich Merz sowie US-Unterhändlern über einen Waffenstillstand beraten hatte, forderte die EU auf, Wege um das Veto herum zu finden.
Diskutiert wird in Brüssel seit Wochen, Zwischenschritte im Beitrittsprozess mit qualifizierter Mehrheit zu beschließen.
Ratspräsident António Costa hatte einen solchen Vorschlag bereits im Oktober vorgelegt, war damit beim Gipfel aber am Widerstand mehrerer Hauptstädte gescheitert.

Kremlsprecher Dmitri Peskow bekräftigte am Dienstag, Moskau habe gegen eine EU-Mitgliedschaft der Ukraine nichts einzuwenden, wohl aber gegen jede Stationierung von Nato-Truppen im Land.
Die Staats- und Regierungschefs kommen am Donnerstag in Brüssel zum Gipfel zusammen, im Mittelpunkt steht die Finanzierung der Ukraine für die kommenden zwei Jahre.

Für die rund 400 Ukrainerinnen und Ukrainer im Bezirk Mödling ist die Debatte mehr als ferne Politik.
Viele von ihnen leben seit fast vier Jahren hier, die Kinder besuchen Schulen in Mödling, Perchtoldsdorf und Brunn am Gebirge.
Der Verein „Nachbarn in Not“ lädt am Samstag zu einem ukrainischen Adventmarkt in den Stadtsaal.
"""

DOC_DE06 = doc(
    "b122de06_europaminister_blockade_2025_12", "2025-12-17", DE06,
    [
        T("Dienstag", "DATE", "2025-12-16", 0),
        T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        T("vergangene Woche", "DATE", "2025-W50"),
        T("April", "DATE", "2026-04"),
        T("Dienstag", "DATE", "2025-12-16", 1),
        T("Montag", "DATE", "2025-12-15"),
        T("Wochen", "DURATION", "PXW"),
        T("Oktober", "DATE", "2025-10"),
        T("Dienstag", "DATE", "2025-12-16", 2),
        T("Donnerstag", "DATE", "2025-12-18"),
        T("die kommenden zwei Jahre", "DURATION", "P2Y"),
        T("fast vier Jahren", "DURATION", "P4Y", mod="APPROX"),
        T("Samstag", "DATE", "2025-12-20"),
    ],
    [
        E("EU European affairs ministers meet in Brussels", "CONSULT", ["European Union"], "2025-12-16", "text",
          "occurred", "Beim Treffen der Europaministerinnen"),
        E("Hungary again refuses to open the first cluster with Ukraine", "REJECT", ["European Union", "Ukraine"],
          "2025-12-16", "text", "occurred", "Beim Treffen der Europaministerinnen"),
        E("Kos: both candidates technically ready to open all six clusters", "SUPPORT", ["European Union", "Ukraine"],
          "2025-12-16", "context", "occurred", "Erweiterungskommissarin Marta Kos sagte"),
        E("Commission to continue the preparatory work so the clusters can be opened on one day", "COOPERATE",
          ["European Union", "Ukraine"], "FUTURE_REF", "vague", "planned", "Die Kommission werde die Vorarbeiten"),
        E("Orbán: Ukraine will not become an EU member as long as he governs", "REJECT", ["Viktor Orbán", "Ukraine"],
          "2025-W50", "text", "occurred", "Ministerpräsident Viktor Orbán hatte bereits vergangene Woche"),
        E("Kachka accuses Budapest of holding Ukraine hostage", "ACCUSE", ["Ukraine"], "2025-12-16", "text",
          "occurred", "Taras Katschka warf Budapest"),
        E("Zelensky meets Merz and US negotiators in Berlin on a ceasefire", "CONSULT",
          ["Volodymyr Zelensky", "Friedrich Merz", "United States"], "2025-12-15", "text", "occurred",
          "der am Montag in Berlin mit Bundeskanzler Friedrich Merz"),
        E("Zelensky calls on the EU to find ways around the veto", "REQUEST", ["Volodymyr Zelensky", "European Union"],
          "2025-12-17", "published", "occurred", "forderte die EU auf, Wege um das Veto herum zu finden"),
        E("Costa proposes qualified-majority voting for interim steps", "REQUEST", ["European Union"], "2025-10",
          "text", "occurred", "Ratspräsident António Costa hatte einen solchen Vorschlag"),
        E("Several capitals reject Costa's proposal at the summit", "REJECT", ["European Union"], "2025-10",
          "context", "occurred", "Ratspräsident António Costa hatte einen solchen Vorschlag"),
        E("Peskov: Moscow has no objection to Ukraine's EU membership", "SUPPORT", ["Dmitry Peskov", "Ukraine"],
          "2025-12-16", "text", "occurred", "Kremlsprecher Dmitri Peskow bekräftigte am Dienstag"),
        E("Peskov rejects any stationing of NATO troops in Ukraine", "REJECT", ["Dmitry Peskov", "NATO", "Ukraine"],
          "2025-12-16", "text", "occurred", "Kremlsprecher Dmitri Peskow bekräftigte am Dienstag"),
        E("EU summit in Brussels on Thursday on financing Ukraine", "CONSULT", ["European Union", "Ukraine"],
          "2025-12-18", "text", "planned", "Die Staats- und Regierungschefs kommen am Donnerstag"),
    ],
    [
        S("European Union", "Kos: both candidates are technically ready to open all six clusters; preparatory work "
          "continues", "2025-12-16", "context", "Erweiterungskommissarin Marta Kos sagte"),
        S("European Union", "The Commission will continue the preparatory work so that the chapters can be opened on "
          "one day", "2025-12-16", "context", "Die Kommission werde die Vorarbeiten"),
        S("Viktor Orbán", "Ukraine will not become an EU member as long as he governs", "2025-W50", "text",
          "Ministerpräsident Viktor Orbán hatte bereits vergangene Woche"),
        S("Viktor Orbán", "Accession would bring the war to Europe and ruin Hungarian farmers", "2025-W50", "context",
          "Ein Beitritt würde den Krieg nach Europa holen"),
        S("Ukraine", "Kachka: Budapest holds Ukraine politically hostage", "2025-12-16", "text",
          "Taras Katschka warf Budapest"),
        S("Volodymyr Zelensky", "The EU must find ways around the veto", "2025-12-17", "published",
          "forderte die EU auf, Wege um das Veto herum zu finden"),
        S("Dmitry Peskov", "No objection to Ukraine's EU membership, but to any stationing of NATO troops",
          "2025-12-16", "text", "Kremlsprecher Dmitri Peskow bekräftigte am Dienstag"),
    ],
    ["European Union", "Ukraine", "Viktor Orbán", "Volodymyr Zelensky", "Friedrich Merz", "Germany",
     "United States", "Kremlin", "Dmitry Peskov", "Russia", "NATO"],
)

DOCS = [DOC_DE01, DOC_DE02, DOC_DE03, DOC_DE04, DOC_DE05, DOC_DE06]
