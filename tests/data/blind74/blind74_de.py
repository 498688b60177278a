"""German articles of the blind74 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b74de01 (Lippische Landes-Zeitung)
DE01 = """
US-Senat gibt knapp 40 Milliarden Dollar für die Ukraine frei

Washington/Detmold. Der US-Senat hat am Donnerstag ein Hilfspaket für die Ukraine im Umfang von knapp 40 Milliarden Dollar gebilligt.
Mit 86 zu 11 Stimmen fiel das Votum deutlich aus, sämtliche Gegenstimmen kamen aus den Reihen der Republikaner.
Das Repräsentantenhaus hatte dem Paket bereits am 10. Mai mit großer Mehrheit zugestimmt.
Präsident Joe Biden, der am Donnerstag zu seiner ersten Asienreise als Staatschef aufgebrochen ist, soll das Gesetz nach Angaben des Weißen Hauses noch in Südkorea unterzeichnen.

Das Paket geht deutlich über die 33 Milliarden Dollar hinaus, die Biden Ende April beim Kongress beantragt hatte.
Rund sechs Milliarden Dollar sind für Waffen und Ausrüstung vorgesehen, weitere Milliarden für Wirtschafts- und Nahrungsmittelhilfe.
„Hilfe ist unterwegs, echte Hilfe“, sagte der demokratische Mehrheitsführer Chuck Schumer vor der Abstimmung.
Der republikanische Senator Rand Paul hatte das Votum vergangene Woche noch um mehrere Tage verzögert, weil er einen eigenen Generalinspekteur zur Kontrolle der Gelder verlangte.

Der ukrainische Präsident Wolodymyr Selenskyj dankte dem Kongress noch in der Nacht in einer Videobotschaft für das „kraftvolle Signal“.
Die Hilfe sei dringend nötig, weil Russland seine Angriffe im Donbass verstärke, sagte er.
Bereits am vergangenen Samstag hatte der republikanische Minderheitsführer Mitch McConnell mit drei weiteren Senatoren Selenskyj überraschend in Kiew besucht.

In Moskau stieß die Entscheidung erwartungsgemäß auf Ablehnung.
Kremlsprecher Dmitri Peskow sagte am Freitag, die amerikanischen Waffenlieferungen zögen den Konflikt nur in die Länge und brächten den Ukrainern „noch mehr Leid“.
Der russische Botschafter in Washington, Anatoli Antonow, warf den USA vor, einen Stellvertreterkrieg „bis zum letzten Ukrainer“ zu führen.
Außenminister Sergej Lawrow hatte zuletzt erklärt, der Westen habe Russland einen „totalen hybriden Krieg“ erklärt.

Vergangenen Freitag hatten US-Verteidigungsminister Lloyd Austin und sein russischer Kollege Sergej Schoigu erstmals seit Mitte Februar miteinander telefoniert.
Austin drang nach Angaben des Pentagons dabei auf eine sofortige Waffenruhe.
Am Donnerstag warf Außenminister Antony Blinken Moskau im UN-Sicherheitsrat vor, Lebensmittel als Waffe einzusetzen und Millionen Menschen in Afrika und Asien in den Hunger zu treiben.
Er forderte Russland auf, die Blockade der ukrainischen Schwarzmeerhäfen aufzuheben.

Im Kreis Lippe sind nach Angaben der Kreisverwaltung inzwischen mehr als 2.400 Geflüchtete aus der Ukraine registriert.
Viele von ihnen verfolgen die Nachrichten aus Washington genau.
"""

# ---------------------------------------------------------------- b74de02 (Wolfsburger Nachrichten)
DE02 = """
Scholz im Weißen Haus: Biden nennt Blockade der Ukraine-Hilfe „kriminelle Vernachlässigung“

Washington/Wolfsburg. Bundeskanzler Olaf Scholz und US-Präsident Joe Biden haben den Kongress gemeinsam gedrängt, die seit Monaten blockierten Milliardenhilfen für die Ukraine endlich freizugeben.
Bei ihrem Treffen im Oval Office am Freitag sagte Biden, das Versäumnis des Repräsentantenhauses, das Paket zu verabschieden, grenze an „kriminelle Vernachlässigung“.
Die ganze Welt schaue in diesen Tagen auf Washington, fügte er hinzu.
Scholz sprach anschließend von einem „sehr guten, sehr freundschaftlichen“ Gespräch unter vier Augen.

Der Kanzler hatte bereits am Donnerstagabend in der Residenz der deutschen Botschafterin mit einer Gruppe von Senatoren beider Parteien zusammengesessen.
Am Donnerstag hatte er in einem Gastbeitrag für das „Wall Street Journal“ gewarnt, ohne amerikanische Unterstützung werde die Ukraine ihr Land nicht verteidigen können.
Im Senat nahm das 95 Milliarden Dollar schwere Paket, das neben rund 60 Milliarden Dollar für die Ukraine auch Mittel für Israel und Taiwan vorsieht, am Donnerstag eine erste Verfahrenshürde.
Ob das Repräsentantenhaus mit seiner knappen republikanischen Mehrheit folgt, gilt als völlig offen.

Kremlchef Wladimir Putin hatte sich am Donnerstagabend in einem Interview mit dem US-Moderator Tucker Carlson zu Verhandlungen bereit gezeigt, sollten die USA ihre Waffenlieferungen an Kiew einstellen.
Kremlsprecher Dmitri Peskow sagte am Freitag, in Washington gebe es derzeit keinen ernsthaften Partner für Gespräche.
Scholz wies Putins Angebot in Washington zurück.
Der russische Präsident könne den Krieg jederzeit beenden, indem er seine Truppen zurückziehe, sagte der Kanzler.

Biden und Scholz verständigten sich nach Angaben aus Delegationskreisen zudem darauf, den Nato-Gipfel im Juli in Washington eng gemeinsam vorzubereiten.
Die EU hatte sich erst am 1. Februar nach langem Widerstand Ungarns auf ein 50-Milliarden-Euro-Programm für die Ukraine bis 2027 verständigt.
Deutschland ist nach den USA der zweitgrößte Unterstützer der Ukraine und hat für dieses Jahr gut sieben Milliarden Euro an Militärhilfe eingeplant.

In Wolfsburg wird die Reise auch wegen der Handelsbeziehungen aufmerksam verfolgt.
Volkswagen fertigt in Chattanooga im US-Bundesstaat Tennessee seit 2011 Fahrzeuge für den amerikanischen Markt.
Im Stammwerk hofft man, dass die Gespräche im Weißen Haus auch das amerikanische Subventionsprogramm für Elektroautos berührt haben, das europäische Hersteller benachteiligt.
"""

# ---------------------------------------------------------------- b74de03 (Cuxhavener Nachrichten)
DE03 = """
Gipfel in Alaska: Trump und Putin wollen sich am Freitag treffen – Selenskyj warnt vor Deal über Kiews Kopf hinweg

Washington/Moskau. US-Präsident Donald Trump und Kremlchef Wladimir Putin wollen am kommenden Freitag in Alaska über ein Ende des Krieges in der Ukraine verhandeln.
Trump hatte das Treffen am Freitagabend auf seiner Plattform Truth Social angekündigt.
Am Samstagmorgen bestätigte der außenpolitische Berater des Kremls, Juri Uschakow, den Termin.
Es wäre die erste persönliche Begegnung der beiden seit dem G20-Gipfel im japanischen Osaka im Juni 2019.

Es sei „durchaus logisch“, dass die Delegationen über die Beringstraße hinweg nach Alaska flögen, sagte Uschakow.
Putin habe Trump zugleich eingeladen, das folgende Treffen in Russland abzuhalten, die Einladung sei bereits übermittelt worden.
Trump hatte am Freitag im Weißen Haus gesagt, eine Vereinbarung könne auch einen „Tausch von Gebieten“ zum Vorteil beider Seiten umfassen.

Der ukrainische Präsident Wolodymyr Selenskyj wies Gebietsabtretungen am Samstag in einer Videobotschaft kategorisch zurück.
„Die Ukrainer werden ihr Land nicht dem Besatzer schenken“, sagte er.
Jede Entscheidung ohne die Ukraine sei eine Entscheidung gegen den Frieden und werde nichts bringen.
Nach eigenen Angaben telefonierte Selenskyj am Samstag zudem mit Bundeskanzler Friedrich Merz, dem britischen Premier Keir Starmer und Frankreichs Präsident Emmanuel Macron.

In einer gemeinsamen Erklärung begrüßten Macron, Merz, Starmer, Italiens Regierungschefin Giorgia Meloni, Polens Ministerpräsident Donald Tusk, Finnlands Präsident Alexander Stubb und EU-Kommissionspräsidentin Ursula von der Leyen in der Nacht zum Sonntag Trumps Bemühungen.
Der Weg zum Frieden in der Ukraine könne nicht ohne die Ukraine festgelegt werden, heißt es darin, die aktuelle Kontaktlinie müsse Ausgangspunkt von Verhandlungen sein.
Bereits am Samstag hatte US-Vizepräsident JD Vance auf dem britischen Landsitz Chevening mit Außenminister David Lammy, dem ukrainischen Präsidialamtschef Andrij Jermak und Sicherheitsberatern mehrerer europäischer Staaten beraten.
Regierungssprecher Stefan Kornelius kündigte am Sonntag an, Merz werde Trump, Selenskyj und weitere europäische Staats- und Regierungschefs für Mittwoch zu einer Videokonferenz einladen.

Trumps Ende Juli gesetztes Ultimatum, Moskau müsse bis Freitag einer Waffenruhe zustimmen, verstrich ohne neue Sanktionen gegen Russland.
Am Mittwoch hatte der US-Sondergesandte Steve Witkoff in Moskau rund drei Stunden mit Putin gesprochen.
Am selben Tag ordnete Trump wegen der russischen Ölkäufe Indiens einen Zusatzzoll von 25 Prozent auf indische Waren an.
Kremlsprecher Dmitri Peskow hatte Drohungen mit Strafzöllen gegen Käufer russischen Öls vergangene Woche als „illegitim“ bezeichnet.
"""

# ---------------------------------------------------------------- b74de04 (Fuldaer Zeitung)
DE04 = """
Nach Telefonat mit Putin: Trump plant Gipfel in Budapest

Washington/Fulda. US-Präsident Donald Trump und Kremlchef Wladimir Putin wollen sich erneut persönlich treffen, diesmal in der ungarischen Hauptstadt.
Nach einem mehr als zweistündigen Telefonat am Donnerstag kündigte Trump an, der Gipfel in Budapest solle binnen etwa zwei Wochen stattfinden.
Vorbereitet werden soll er von Außenminister Marco Rubio und seinem russischen Kollegen Sergej Lawrow, die sich bereits in der kommenden Woche treffen sollen.
Es sei ein „sehr produktives“ Gespräch gewesen, schrieb Trump auf seiner Plattform Truth Social, man habe „große Fortschritte“ erzielt.

Nach Angaben von Kremlberater Juri Uschakow ging die Initiative zu dem Telefonat von Moskau aus.
Putin habe Trump zur Waffenruhe im Gazastreifen gratuliert und zugleich gewarnt, die Lieferung von Tomahawk-Marschflugkörpern an Kiew werde den Beziehungen zwischen beiden Ländern „erheblichen Schaden“ zufügen.
An der Lage auf dem Schlachtfeld würden die Waffen nichts ändern, habe Putin hinzugefügt.

Der ukrainische Präsident Wolodymyr Selenskyj traf am Donnerstagabend in Washington ein, wo er am Freitag im Weißen Haus mit Trump zusammenkommen soll.
Er will dort vor allem um Tomahawks und weitere Patriot-Systeme werben.
Schon am Donnerstag sprach Selenskyj mit Vertretern amerikanischer Rüstungskonzerne, darunter des Patriot-Herstellers Raytheon.
Moskau beeile sich mit Gesprächen, sobald es unter Druck gerate, schrieb er noch am Donnerstagabend auf X.

Ungarns Ministerpräsident Viktor Orbán erklärte umgehend, Budapest sei bereit, das Treffen auszurichten.
Es sei „die große Nachricht für die friedliebenden Menschen der Welt“, schrieb er.
EU-Außenbeauftragte Kaja Kallas nannte es am Freitagmorgen „nicht schön“, dass ein mit internationalem Haftbefehl gesuchter Präsident in einem EU-Staat empfangen werden solle.
Kremlsprecher Dmitri Peskow sagte am Freitag, viele Fragen seien noch offen, die Vorbereitungen hätten aber bereits begonnen.

In der Nacht zum Donnerstag hatte Russland die Energieversorgung der Ukraine erneut mit Hunderten Drohnen und Raketen angegriffen.
Die ukrainischen Behörden meldeten Stromausfälle in mehreren Regionen, darunter in Kiew und Poltawa.
Trump und Putin waren zuletzt im August in Alaska zusammengekommen, ohne sich auf eine Waffenruhe zu einigen.

In Osthessen weckt der Name des Gipfelorts Erinnerungen: In Budapest unterzeichneten die USA, Großbritannien und Russland 1994 ein Memorandum, das der Ukraine für die Abgabe ihrer Atomwaffen Sicherheit zusicherte.
An der Gedenkstätte Point Alpha bei Rasdorf, einst Beobachtungsposten der US-Armee, erinnert man dieser Tage an die Jahrzehnte der Blockkonfrontation.
"""

# ---------------------------------------------------------------- b74de05 (Siegener Zeitung)
DE05 = """
Strafzölle gegen Indien in Kraft: Washington erhöht den Druck auf Moskaus Ölkunden

Washington/Neu-Delhi/Siegen. Seit Mittwoch gelten für die meisten Waren aus Indien, die in die Vereinigten Staaten eingeführt werden, Zölle von 50 Prozent.
Die Hälfte davon ist eine Strafe dafür, dass Indien weiterhin in großem Stil russisches Öl kauft und damit nach Lesart der US-Regierung den Krieg gegen die Ukraine mitfinanziert.
Der Zusatzzoll, den US-Präsident Donald Trump Anfang August per Dekret angeordnet hatte, trat um 0.01 Uhr Washingtoner Zeit in Kraft.

Das Außenministerium in Neu-Delhi hatte die Strafzölle schon am 6. August als „unfair, ungerechtfertigt und unvernünftig“ zurückgewiesen.
Premierminister Narendra Modi sagte am Montag bei einer Kundgebung in Ahmedabad, Indien werde dem Druck standhalten, „wie groß er auch sein mag“.
Indische Raffinerien kauften nach Branchenangaben auch im August weiter russisches Rohöl ein.

Der Handelsberater des Weißen Hauses, Peter Navarro, sprach am Mittwoch von „Modis Krieg“ und warf Indien vor, als „Waschsalon für den Kreml“ zu dienen.
Der Weg zum Frieden führe „zum Teil über Neu-Delhi“, sagte Navarro.
Vizepräsident JD Vance hatte am Sonntag im Fernsehen erklärt, die Zölle seien ein Hebel, um Russland die Einnahmen aus dem Ölgeschäft zu nehmen und an den Verhandlungstisch zu zwingen.
Gegen China, den größten Abnehmer russischen Öls, verhängte Washington bislang keine vergleichbaren Strafzölle.

Kremlsprecher Dmitri Peskow nannte die Zölle am Mittwoch einen Versuch, souveräne Staaten zum Abbruch ihres Handels mit Russland zu zwingen, der nicht funktionieren werde.
Der ukrainische Präsident Wolodymyr Selenskyj nannte Sanktionen gegen die Käufer russischen Öls dagegen „richtig“ und forderte die Europäer auf, dem Beispiel zu folgen.
Am Donnerstag wollte der US-Sondergesandte Steve Witkoff in New York mit Präsidialamtschef Andrij Jermak über Sicherheitsgarantien für die Ukraine sprechen.
Trump und Putin waren am 15. August in Alaska zusammengekommen, ohne sich auf eine Waffenruhe zu einigen.
Modi wird am Wochenende zum Gipfel der Shanghaier Organisation für Zusammenarbeit im chinesischen Tianjin erwartet, wo er Staatschef Xi Jinping und Kremlchef Wladimir Putin treffen soll.

Im Siegerland werden die Folgen des Zollstreits aufmerksam beobachtet.
Für die Maschinen- und Anlagenbauer der Region sind die USA und Indien gleichermaßen wichtige Märkte.
Ein Sprecher der Industrie- und Handelskammer Siegen sagte unserer Zeitung, man rechne damit, dass indische Kunden Aufträge aufschieben, wenn ihre eigenen Exporte in die USA einbrechen.
"""

# ---------------------------------------------------------------- b74de06 (Mindener Tageblatt)
DE06 = """
Biden beantragt 106 Milliarden Dollar – und verknüpft Israel mit der Ukraine

Washington/Minden. US-Präsident Joe Biden hat den Kongress am Freitag offiziell um rund 106 Milliarden Dollar für Israel, die Ukraine und die Sicherung der Grenze zu Mexiko gebeten.
Für die Ukraine sind davon gut 61 Milliarden Dollar vorgesehen, für Israel gut 14 Milliarden.
Am Donnerstagabend hatte Biden in einer seltenen Fernsehansprache aus dem Oval Office für das Paket geworben.

Die Hamas und Putin stellten unterschiedliche Bedrohungen dar, sagte Biden, beide wollten aber eine benachbarte Demokratie „vollständig auslöschen“.
Wenn man Terroristen und Tyrannen ihre Aggression durchgehen lasse, verursachten sie noch mehr Chaos und Tod, warnte er.
Biden war erst am Mittwoch von einem Blitzbesuch in Israel zurückgekehrt, wo er mit Ministerpräsident Benjamin Netanjahu zusammengetroffen war.

Ob und wann der Kongress das Paket verabschiedet, ist offen.
Das Repräsentantenhaus ist seit der Abwahl seines Vorsitzenden Kevin McCarthy am 3. Oktober gelähmt.
Der Republikaner Jim Jordan scheiterte am Freitag auch im dritten Wahlgang und gab seine Kandidatur auf.
Der demokratische Mehrheitsführer im Senat, Chuck Schumer, kündigte an, das Paket zügig zur Abstimmung zu bringen.

Der ukrainische Präsident Wolodymyr Selenskyj dankte Biden am Freitag auf der Plattform X für dessen „Führungsstärke“.
Kremlsprecher Dmitri Peskow sagte, die Hilfe werde am Verlauf der militärischen Spezialoperation nichts ändern.
Die Vereinigten Staaten seien entschlossen, den Krieg bis zum letzten Ukrainer zu finanzieren, fügte er hinzu.
In der Nacht zum Freitag hatte Russland nach ukrainischen Angaben die Region Saporischschja mit Raketen und Drohnen beschossen.

Seit Februar 2022 haben die USA der Ukraine nach Angaben des Außenministeriums Militärhilfe von mehr als 44 Milliarden Dollar zugesagt.
Außenminister Antony Blinken hatte Anfang September bei einem Besuch in Kiew ein weiteres Paket im Umfang von einer Milliarde Dollar angekündigt.
Die Ukraine-Kontaktgruppe unter Leitung von US-Verteidigungsminister Lloyd Austin war zuletzt am 11. Oktober in Brüssel zusammengekommen.
Auch die Bundeswehr hat in den vergangenen Monaten ukrainische Soldaten ausgebildet, darunter Pioniere am Standort Minden.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b74de01_senat_ukraine_hilfe_2022_05", "2022-05-20", DE01,
        [
            T("Donnerstag", "DATE", "2022-05-19", 0),
            T("10. Mai", "DATE", "2022-05-10"),
            T("Donnerstag", "DATE", "2022-05-19", 1),
            T("Ende April", "DATE", "2022-04", mod="END"),
            T("vergangene Woche", "DATE", "2022-W19"),
            T("mehrere Tage", "DURATION", "PXD"),
            T("der Nacht", "TIME", "2022-05-19TNI", note="the night after the Thursday vote"),
            T("vergangenen Samstag", "DATE", "2022-05-14"),
            T("Freitag", "DATE", "2022-05-20", 0),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Vergangenen Freitag", "DATE", "2022-05-13"),
            T("Mitte Februar", "DATE", "2022-02", mod="MID"),
            T("Donnerstag", "DATE", "2022-05-19", 2),
        ],
        [
            E("US Senate approves an aid package of nearly 40 billion dollars for Ukraine", "AID",
              ["United States", "Ukraine"], "2022-05-19", "text", "occurred", "Der US-Senat hat am Donnerstag"),
            E("House of Representatives approved the package on 10 May", "AID", ["United States", "Ukraine"],
              "2022-05-10", "text", "occurred", "bereits am 10. Mai"),
            E("Biden to sign the aid law in South Korea", "AID", ["Joe Biden", "Ukraine"], "2022-05-20", "published",
              "planned", "noch in Südkorea unterzeichnen", note="signed in Seoul on 21 May 2022"),
            E("Biden asked Congress for 33 billion dollars for Ukraine", "REQUEST", ["Joe Biden", "Ukraine"],
              "2022-04", "text", "occurred", "Biden Ende April beim Kongress beantragt", date_mod="END"),
            E("Zelensky thanks Congress for the aid", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2022-05-19TNI", "text", "occurred", "dankte dem Kongress noch in der Nacht"),
            E("McConnell and three senators visit Zelensky in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"],
              "2022-05-14", "text", "occurred", "Minderheitsführer Mitch McConnell"),
            E("Peskov: US arms deliveries only prolong the conflict", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2022-05-20", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Ambassador Antonov accuses the US of a proxy war", "ACCUSE", ["Russia", "United States"], "2022-05-20",
              "published", "occurred", "Anatoli Antonow, warf den USA vor"),
            E("Lavrov: the West has declared total hybrid war on Russia", "ACCUSE", ["Sergey Lavrov"], "PAST_REF",
              "vague", "occurred", "totalen hybriden Krieg"),
            E("Austin and Shoigu speak by phone", "CONSULT", ["United States", "Russia"], "2022-05-13", "text",
              "occurred", "Vergangenen Freitag hatten US-Verteidigungsminister"),
            E("Austin urges an immediate ceasefire", "REQUEST", ["United States", "Russia"], "2022-05-13", "context",
              "occurred", "Austin drang nach Angaben des Pentagons"),
            E("Blinken accuses Moscow in the Security Council of using food as a weapon", "ACCUSE",
              ["Antony Blinken", "Russia"], "2022-05-19", "text", "occurred", "Lebensmittel als Waffe"),
            E("Blinken demands that Russia lift the blockade of Ukraine's Black Sea ports", "REQUEST",
              ["Antony Blinken", "Russia"], "2022-05-19", "context", "occurred", "die Blockade der ukrainischen"),
        ],
        [
            S("White House", "Biden will sign the law while still in South Korea", "2022-05-20", "published",
              "noch in Südkorea unterzeichnen"),
            S("United States", "Schumer: help is on the way, real help", "2022-05-19", "context",
              "Hilfe ist unterwegs"),
            S("Volodymyr Zelensky", "Thanks Congress for the powerful signal", "2022-05-19TNI", "text",
              "dankte dem Kongress noch in der Nacht"),
            S("Volodymyr Zelensky", "The aid is urgently needed as Russia steps up its attacks in Donbas",
              "2022-05-19TNI", "context", "Die Hilfe sei dringend nötig"),
            S("Dmitry Peskov", "US arms deliveries only prolong the conflict and bring more suffering", "2022-05-20",
              "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Russia", "Antonov: the US is waging a proxy war to the last Ukrainian", "2022-05-20", "published",
              "Anatoli Antonow, warf den USA vor"),
            S("Sergey Lavrov", "The West has declared total hybrid war on Russia", "PAST_REF", "vague",
              "totalen hybriden Krieg"),
            S("United States", "Pentagon: Austin urged an immediate ceasefire in the call with Shoigu", "2022-05-13",
              "context", "Austin drang nach Angaben des Pentagons"),
            S("Antony Blinken", "Russia uses food as a weapon and drives millions into hunger", "2022-05-19", "text",
              "Lebensmittel als Waffe"),
            S("Antony Blinken", "Russia must lift the blockade of Ukraine's Black Sea ports", "2022-05-19", "context",
              "die Blockade der ukrainischen"),
        ],
        ["United States", "Ukraine", "Joe Biden", "White House", "Volodymyr Zelensky", "Russia", "Kremlin",
         "Dmitry Peskov", "Sergey Lavrov", "Antony Blinken", "United Nations"],
    ),
    doc(
        "b74de02_scholz_biden_weisses_haus_2024_02", "2024-02-10", DE02,
        [
            T("Monaten", "DURATION", "PXM"),
            T("Freitag", "DATE", "2024-02-09", 0),
            T("diesen Tagen", "DATE", "PRESENT_REF"),
            T("Donnerstagabend", "TIME", "2024-02-08TEV", 0),
            T("Donnerstag", "DATE", "2024-02-08", 0),
            T("Donnerstag", "DATE", "2024-02-08", 1),
            T("Donnerstagabend", "TIME", "2024-02-08TEV", 1),
            T("Freitag", "DATE", "2024-02-09", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Juli", "DATE", "2024-07"),
            T("1. Februar", "DATE", "2024-02-01"),
            T("2027", "DATE", "2027"),
            T("dieses Jahr", "DATE", "2024"),
            T("2011", "DATE", "2011"),
        ],
        [
            E("Scholz and Biden press Congress to release the blocked aid for Ukraine", "REQUEST",
              ["Olaf Scholz", "Joe Biden", "United States", "Ukraine"], "2024-02-09", "context", "occurred",
              "haben den Kongress gemeinsam gedrängt"),
            E("Scholz meets Biden in the Oval Office", "CONSULT", ["Olaf Scholz", "Joe Biden"], "2024-02-09", "text",
              "occurred", "Bei ihrem Treffen im Oval Office am Freitag"),
            E("Biden calls the House's failure to pass the aid close to criminal neglect", "ACCUSE",
              ["Joe Biden", "United States"], "2024-02-09", "text", "occurred", "Bei ihrem Treffen im Oval Office"),
            E("Scholz meets a bipartisan group of senators", "CONSULT", ["Olaf Scholz", "United States"],
              "2024-02-08TEV", "text", "occurred", "in der Residenz der deutschen Botschafterin"),
            E("Scholz warns in the Wall Street Journal that Ukraine cannot defend itself without US support", "REQUEST",
              ["Olaf Scholz", "United States"], "2024-02-08", "text", "occurred", "in einem Gastbeitrag"),
            E("The Senate clears a first procedural hurdle for the 95-billion-dollar package", "AID",
              ["United States", "Ukraine"], "2024-02-08", "text", "occurred", "eine erste Verfahrenshürde"),
            E("Putin says he is ready to negotiate", "AGREE", ["Vladimir Putin", "United States"], "2024-02-08TEV",
              "text", "occurred", "Tucker Carlson"),
            E("Putin's condition: the US must stop arms deliveries to Kyiv", "REQUEST",
              ["Vladimir Putin", "United States", "Ukraine"], "2024-02-08TEV", "context", "occurred",
              "Tucker Carlson"),
            E("Peskov: no serious partner for talks in Washington", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2024-02-09", "text", "occurred", "keinen ernsthaften Partner"),
            E("Scholz rejects Putin's offer", "REJECT", ["Olaf Scholz", "Vladimir Putin"], "2024-02-09", "context",
              "occurred", "Scholz wies Putins Angebot"),
            E("Scholz: Putin can end the war by withdrawing his troops", "REQUEST", ["Olaf Scholz", "Vladimir Putin"],
              "2024-02-09", "context", "occurred", "indem er seine Truppen zurückziehe"),
            E("Biden and Scholz agree to prepare the NATO summit closely together", "AGREE",
              ["Joe Biden", "Olaf Scholz", "NATO"], "2024-02-09", "context", "occurred",
              "den Nato-Gipfel im Juli in Washington"),
            E("NATO summit in Washington", "CONSULT", ["NATO", "United States"], "2024-07", "text", "planned",
              "den Nato-Gipfel im Juli in Washington"),
            E("EU agrees a 50-billion-euro programme for Ukraine", "AID", ["European Union", "Ukraine"], "2024-02-01",
              "text", "occurred", "am 1. Februar"),
            E("Germany plans over seven billion euros of military aid for Ukraine this year", "AID",
              ["Germany", "Ukraine"], "2024", "text", "planned", "zweitgrößte Unterstützer"),
        ],
        [
            S("Joe Biden", "The House's failure to pass the package is close to criminal neglect", "2024-02-09",
              "text", "Bei ihrem Treffen im Oval Office"),
            S("Joe Biden", "The whole world is watching Washington", "2024-02-09", "context",
              "Die ganze Welt schaue"),
            S("Olaf Scholz", "A very good, very friendly conversation", "2024-02-09", "context",
              "Scholz sprach anschließend"),
            S("Olaf Scholz", "Without American support Ukraine cannot defend itself", "2024-02-08", "text",
              "in einem Gastbeitrag"),
            S("Vladimir Putin", "Ready to negotiate if the US stops arms deliveries to Kyiv", "2024-02-08TEV", "text",
              "Tucker Carlson"),
            S("Dmitry Peskov", "There is currently no serious partner for talks in Washington", "2024-02-09", "text",
              "keinen ernsthaften Partner"),
            S("Olaf Scholz", "Rejects Putin's offer", "2024-02-09", "context", "Scholz wies Putins Angebot"),
            S("Olaf Scholz", "Putin can end the war at any time by withdrawing his troops", "2024-02-09", "context",
              "indem er seine Truppen zurückziehe"),
        ],
        ["Olaf Scholz", "Joe Biden", "United States", "Ukraine", "Germany", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "NATO", "European Union"],
    ),
    doc(
        "b74de03_alaska_gipfel_angekuendigt_2025_08", "2025-08-10", DE03,
        [
            T("Freitag", "DATE", "2025-08-15", 0),
            T("kommenden Freitag", "DATE", "2025-08-15"),
            T("Freitagabend", "TIME", "2025-08-08TEV"),
            T("Samstagmorgen", "TIME", "2025-08-09TMO"),
            T("Juni 2019", "DATE", "2019-06"),
            T("Freitag", "DATE", "2025-08-08", 2),
            T("Samstag", "DATE", "2025-08-09", 0),
            T("Samstag", "DATE", "2025-08-09", 1),
            T("der Nacht zum Sonntag", "TIME", "2025-08-09TNI", note="night of 9 to 10 August"),
            T("Samstag", "DATE", "2025-08-09", 2),
            T("Sonntag", "DATE", "2025-08-10", 1),
            T("Mittwoch", "DATE", "2025-08-13", 0),
            T("Ende Juli", "DATE", "2025-07", mod="END"),
            T("Freitag", "DATE", "2025-08-08", 3),
            T("Mittwoch", "DATE", "2025-08-06", 1),
            T("rund drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("selben Tag", "DATE", "2025-08-06"),
            T("vergangene Woche", "DATE", "2025-W31"),
        ],
        [
            E("Trump and Putin to meet in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "planned", "am kommenden Freitag in Alaska"),
            E("Kremlin aide Ushakov confirms the summit date", "AGREE", ["Yuri Ushakov", "Donald Trump"],
              "2025-08-09TMO", "text", "occurred", "Am Samstagmorgen bestätigte"),
            E("Trump and Putin met at the G20 summit in Osaka", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2019-06", "text", "occurred", "Osaka im Juni 2019"),
            E("Putin invites Trump to hold the following meeting in Russia", "REQUEST",
              ["Vladimir Putin", "Donald Trump"], "2025-08-09TMO", "context", "occurred",
              "Putin habe Trump zugleich eingeladen"),
            E("Trump suggests a deal could include a swap of territory", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2025-08-08", "text", "occurred", "Tausch von Gebieten"),
            E("Zelensky categorically rejects ceding territory", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2025-08-09", "text", "occurred", "wies Gebietsabtretungen am Samstag"),
            E("Zelensky warns against decisions without Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin"], "2025-08-09", "context", "occurred",
              "Jede Entscheidung ohne die Ukraine"),
            E("Zelensky phones Merz, Starmer and Macron", "CONSULT",
              ["Volodymyr Zelensky", "Friedrich Merz", "Keir Starmer", "Emmanuel Macron"], "2025-08-09", "text",
              "occurred", "Nach eigenen Angaben telefonierte Selenskyj"),
            E("European leaders welcome Trump's efforts", "SUPPORT",
              ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk",
               "Alexander Stubb", "Ursula von der Leyen", "Donald Trump"], "2025-08-09TNI", "text", "occurred",
              "In einer gemeinsamen Erklärung begrüßten"),
            E("European leaders: no peace decided without Ukraine, the contact line as starting point", "REQUEST",
              ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk",
               "Alexander Stubb", "Ursula von der Leyen", "Donald Trump"], "2025-08-09TNI", "context", "occurred",
              "Der Weg zum Frieden in der Ukraine"),
            E("Vance meets Lammy, Yermak and European security advisers at Chevening", "CONSULT",
              ["JD Vance", "United Kingdom", "Andriy Yermak"], "2025-08-09", "text", "occurred", "Chevening"),
            E("Merz to host a video conference with Trump, Zelensky and European leaders", "CONSULT",
              ["Friedrich Merz", "Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-08-13", "text",
              "planned", "zu einer Videokonferenz einladen"),
            E("Trump's ultimatum to Moscow to agree to a ceasefire", "THREATEN", ["Donald Trump", "Russia"], "2025-07",
              "text", "occurred", "Ultimatum", date_mod="END", note="deadline Friday 8 August 2025"),
            E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-08-06", "text",
              "occurred", "Witkoff in Moskau rund drei Stunden"),
            E("Trump orders an extra 25 percent tariff on Indian goods over Russian oil purchases", "SANCTION",
              ["Donald Trump"], "2025-08-06", "text", "occurred", "Zusatzzoll von 25 Prozent"),
            E("Peskov calls tariff threats against buyers of Russian oil illegitimate", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-W31", "text", "occurred", "illegitim"),
        ],
        [
            S("Donald Trump", "Announces the meeting with Putin in Alaska", "2025-08-08TEV", "text",
              "Trump hatte das Treffen am Freitagabend"),
            S("Yuri Ushakov", "Confirms the date of the summit", "2025-08-09TMO", "text", "Am Samstagmorgen bestätigte"),
            S("Yuri Ushakov", "It is quite logical for the delegations to fly to Alaska across the Bering Strait",
              "2025-08-09TMO", "context", "durchaus logisch"),
            S("Yuri Ushakov", "Putin invited Trump to hold the next meeting in Russia; the invitation has been sent",
              "2025-08-09TMO", "context", "Putin habe Trump zugleich eingeladen"),
            S("Donald Trump", "A deal could include a swapping of territory to the benefit of both sides",
              "2025-08-08", "text", "Tausch von Gebieten"),
            S("Volodymyr Zelensky", "Rejects any cession of territory", "2025-08-09", "text",
              "wies Gebietsabtretungen am Samstag"),
            S("Volodymyr Zelensky", "Ukrainians will not give their land to the occupier", "2025-08-09", "context",
              "ihr Land nicht dem Besatzer"),
            S("Volodymyr Zelensky", "Any decision without Ukraine is a decision against peace", "2025-08-09",
              "context", "Jede Entscheidung ohne die Ukraine"),
            S("Volodymyr Zelensky", "Spoke by phone with Merz, Starmer and Macron", "2025-08-09", "text",
              "Nach eigenen Angaben telefonierte Selenskyj"),
            S("Joint statement: Emmanuel Macron, Friedrich Merz, Keir Starmer, Giorgia Meloni, Donald Tusk, "
              "Alexander Stubb, Ursula von der Leyen", "Welcome Trump's efforts", "2025-08-09TNI", "text",
              "In einer gemeinsamen Erklärung begrüßten"),
            S("Joint statement: Emmanuel Macron, Friedrich Merz, Keir Starmer, Giorgia Meloni, Donald Tusk, "
              "Alexander Stubb, Ursula von der Leyen",
              "The path to peace cannot be decided without Ukraine; the current contact line is the starting point",
              "2025-08-09TNI", "context", "Der Weg zum Frieden in der Ukraine"),
            S("Germany", "Kornelius: Merz will invite Trump, Zelensky and European leaders to a video conference on "
              "Wednesday", "2025-08-10", "text", "zu einer Videokonferenz einladen"),
            S("Dmitry Peskov", "Threats of tariffs against buyers of Russian oil are illegitimate", "2025-W31", "text",
              "illegitim"),
        ],
        ["Donald Trump", "Vladimir Putin", "Kremlin", "Yuri Ushakov", "United States", "Russia",
         "Ukraine", "Volodymyr Zelensky", "Friedrich Merz", "Keir Starmer", "Emmanuel Macron", "Giorgia Meloni",
         "Donald Tusk", "Alexander Stubb", "Ursula von der Leyen", "European Union", "Poland", "France",
         "United Kingdom", "JD Vance", "Andriy Yermak", "Germany", "Steve Witkoff", "Dmitry Peskov"],
    ),
    doc(
        "b74de04_budapest_gipfel_telefonat_2025_10", "2025-10-17", DE04,
        [
            T("mehr als zweistündigen", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Donnerstag", "DATE", "2025-10-16", 0),
            T("etwa zwei Wochen", "DURATION", "P2W", mod="APPROX", note="from the call on 16 October: about 30 October"),
            T("der kommenden Woche", "DATE", "2025-W43"),
            T("Donnerstagabend", "TIME", "2025-10-16TEV", 0),
            T("Freitag", "DATE", "2025-10-17", 0),
            T("Donnerstag", "DATE", "2025-10-16", 1),
            T("Donnerstagabend", "TIME", "2025-10-16TEV", 1),
            T("Freitagmorgen", "TIME", "2025-10-17TMO"),
            T("Freitag", "DATE", "2025-10-17", 1),
            T("der Nacht zum Donnerstag", "TIME", "2025-10-15TNI", note="night of 15 to 16 October"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("August", "DATE", "2025-08"),
            T("1994", "DATE", "1994"),
            T("dieser Tage", "DATE", "PRESENT_REF"),
        ],
        [
            E("Trump and Putin speak by phone for more than two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-10-16", "text", "occurred", "Nach einem mehr als zweistündigen Telefonat"),
            E("Trump–Putin summit in Budapest planned within about two weeks", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2025-10-30", "text", "planned",
              "der Gipfel in Budapest solle binnen", date_mod="APPROX", note="about two weeks after the call"),
            E("Rubio and Lavrov to meet next week to prepare the summit", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
              "2025-W43", "text", "planned", "Vorbereitet werden soll er"),
            E("Putin congratulates Trump on the Gaza ceasefire", "SUPPORT", ["Vladimir Putin", "Donald Trump"],
              "2025-10-16", "context", "occurred", "zur Waffenruhe im Gazastreifen gratuliert"),
            E("Putin warns that Tomahawk deliveries to Kyiv would badly damage relations", "REQUEST",
              ["Vladimir Putin", "Donald Trump", "Ukraine"], "2025-10-16", "context", "occurred",
              "zur Waffenruhe im Gazastreifen gratuliert"),
            E("Zelensky to meet Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17", "text", "planned", "am Freitag im Weißen Haus mit Trump"),
            E("Zelensky to ask for Tomahawks and more Patriot systems", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2025-10-17", "context", "planned", "vor allem um Tomahawks"),
            E("Zelensky meets US arms makers including Raytheon", "CONSULT", ["Volodymyr Zelensky"], "2025-10-16",
              "text", "occurred", "Vertretern amerikanischer Rüstungskonzerne"),
            E("Zelensky: Moscow hurries to talk only when under pressure", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-10-16TEV", "text", "occurred", "sobald es unter Druck gerate"),
            E("Orbán offers Budapest as host of the summit", "REQUEST", ["Viktor Orbán", "Donald Trump", "Vladimir Putin"],
              "2025-10-16", "context", "occurred", "Budapest sei bereit"),
            E("Kallas criticises receiving a president wanted by an international warrant in an EU state", "ACCUSE",
              ["Kaja Kallas", "Vladimir Putin"], "2025-10-17TMO", "text", "occurred", "nicht schön"),
            E("Russian drone and missile attack on Ukraine's energy supply", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-15TNI", "text", "occurred", "In der Nacht zum Donnerstag hatte Russland"),
            E("Trump and Putin met in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "zuletzt im August in Alaska", note="15 August 2025"),
            E("No agreement on a ceasefire in Alaska", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-08",
              "context", "occurred", "zuletzt im August in Alaska"),
            E("US, UK and Russia sign the Budapest Memorandum giving Ukraine security assurances", "AGREE",
              ["United States", "United Kingdom", "Russia", "Ukraine"], "1994", "text", "occurred",
              "ein Memorandum", note="5 December 1994"),
        ],
        [
            S("Donald Trump", "The summit in Budapest should take place within about two weeks", "2025-10-16", "text",
              "der Gipfel in Budapest solle binnen"),
            S("Donald Trump", "A very productive call; great progress was made", "2025-10-16", "context",
              "sehr produktives"),
            S("Yuri Ushakov", "The initiative for the call came from Moscow", "2025-10-16", "context",
              "Nach Angaben von Kremlberater"),
            S("Vladimir Putin, via Yuri Ushakov",
              "Congratulated Trump on the Gaza ceasefire; Tomahawk deliveries would badly damage relations",
              "2025-10-16", "context", "zur Waffenruhe im Gazastreifen gratuliert"),
            S("Vladimir Putin, via Yuri Ushakov", "The weapons would not change the situation on the battlefield",
              "2025-10-16", "context", "An der Lage auf dem Schlachtfeld"),
            S("Volodymyr Zelensky", "Moscow rushes to talk as soon as it comes under pressure", "2025-10-16TEV",
              "text", "sobald es unter Druck gerate"),
            S("Viktor Orbán", "Budapest is ready to host the meeting", "2025-10-16", "context", "Budapest sei bereit"),
            S("Viktor Orbán", "The great news for the peace-loving people of the world", "2025-10-16", "context",
              "die große Nachricht"),
            S("Kaja Kallas", "It is not nice that a president wanted by an international warrant is received in an "
              "EU state", "2025-10-17TMO", "text", "nicht schön"),
            S("Dmitry Peskov", "Many questions are still open, but preparations have begun", "2025-10-17", "text",
              "viele Fragen seien noch offen"),
            S("Ukraine", "Power cuts in several regions including Kyiv and Poltava", "2025-10-17", "published",
              "Stromausfälle in mehreren Regionen"),
        ],
        ["Donald Trump", "Vladimir Putin", "Kremlin", "United States", "Marco Rubio", "Sergey Lavrov", "Russia",
         "Yuri Ushakov", "Ukraine", "Volodymyr Zelensky", "Viktor Orbán", "Kaja Kallas",
         "European Union", "Dmitry Peskov", "United Kingdom"],
    ),
    doc(
        "b74de05_indien_strafzoelle_russisches_oel_2025_08", "2025-08-28", DE05,
        [
            T("Mittwoch", "DATE", "2025-08-27", 0),
            T("Anfang August", "DATE", "2025-08", mod="START"),
            T("0.01 Uhr Washingtoner Zeit", "TIME", "2025-08-27T00:01", note="Washington time (EDT)"),
            T("6. August", "DATE", "2025-08-06"),
            T("Montag", "DATE", "2025-08-25"),
            T("August", "DATE", "2025-08", 2),
            T("Mittwoch", "DATE", "2025-08-27", 1),
            T("Sonntag", "DATE", "2025-08-24"),
            T("Mittwoch", "DATE", "2025-08-27", 2),
            T("Donnerstag", "DATE", "2025-08-28"),
            T("15. August", "DATE", "2025-08-15"),
            T("Wochenende", "DATE", "2025-W35-WE"),
        ],
        [
            E("US tariffs of 50 percent on most Indian goods take effect", "SANCTION", ["United States"], "2025-08-27",
              "text", "occurred", "Seit Mittwoch gelten", date_mod="START"),
            E("Trump ordered the extra tariff on India over Russian oil purchases", "SANCTION", ["Donald Trump"],
              "2025-08", "text", "occurred", "per Dekret angeordnet", date_mod="START"),
            E("India's foreign ministry rejects the penalty tariffs as unfair", "REJECT", ["United States"],
              "2025-08-06", "text", "occurred", "unfair, ungerechtfertigt und unvernünftig"),
            E("Modi: India will withstand the pressure", "REJECT", ["United States"], "2025-08-25", "text", "occurred",
              "Indien werde dem Druck standhalten"),
            E("Navarro accuses India of acting as a laundromat for the Kremlin", "ACCUSE", ["United States"],
              "2025-08-27", "text", "occurred", "Waschsalon für den Kreml"),
            E("Peskov: the tariffs are an attempt to coerce sovereign states", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-08-27", "text", "occurred", "souveräne Staaten"),
            E("Zelensky backs sanctions on buyers of Russian oil", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2025-08-28", "published", "occurred", "dem Beispiel zu folgen"),
            E("Zelensky calls on the Europeans to follow suit", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2025-08-28", "published", "occurred", "dem Beispiel zu folgen"),
            E("Witkoff to meet Yermak in New York on security guarantees", "CONSULT", ["Steve Witkoff", "Andriy Yermak"],
              "2025-08-28", "text", "planned", "Witkoff in New York"),
            E("Trump and Putin met in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "occurred", "am 15. August in Alaska"),
            E("No agreement on a ceasefire in Alaska", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-08-15",
              "context", "occurred", "am 15. August in Alaska"),
            E("Modi to meet Xi and Putin at the SCO summit in Tianjin", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
              "2025-W35-WE", "text", "planned", "Tianjin"),
        ],
        [
            S("United States", "India's purchases of Russian oil help finance the war against Ukraine", "2025-08-28",
              "published", "nach Lesart der US-Regierung"),
            S("United States", "Navarro: 'Modi's war'; India is a laundromat for the Kremlin", "2025-08-27", "text",
              "Waschsalon für den Kreml"),
            S("United States", "Navarro: the road to peace runs partly through New Delhi", "2025-08-27", "context",
              "zum Teil über Neu-Delhi"),
            S("JD Vance", "The tariffs are leverage to cut Russia's oil revenue and force it to the negotiating table",
              "2025-08-24", "text", "Vizepräsident JD Vance hatte am Sonntag"),
            S("Dmitry Peskov", "The tariffs are an attempt to coerce sovereign states and will not work", "2025-08-27",
              "text", "souveräne Staaten"),
            S("Volodymyr Zelensky", "Sanctions on buyers of Russian oil are right; Europe should follow", "2025-08-28",
              "published", "dem Beispiel zu folgen"),
        ],
        ["United States", "Donald Trump", "Russia", "Ukraine", "White House", "Kremlin", "JD Vance", "China",
         "Dmitry Peskov", "Volodymyr Zelensky", "European Union", "Steve Witkoff", "Andriy Yermak", "Vladimir Putin",
         "Xi Jinping"],
    ),
    doc(
        "b74de06_biden_106_milliarden_2023_10", "2023-10-21", DE06,
        [
            T("Freitag", "DATE", "2023-10-20", 0),
            T("Donnerstagabend", "TIME", "2023-10-19TEV"),
            T("Mittwoch", "DATE", "2023-10-18", 0),
            T("3. Oktober", "DATE", "2023-10-03"),
            T("Freitag", "DATE", "2023-10-20", 1),
            T("Freitag", "DATE", "2023-10-20", 2),
            T("der Nacht zum Freitag", "TIME", "2023-10-19TNI", note="night of 19 to 20 October"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Anfang September", "DATE", "2023-09", mod="START"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("11. Oktober", "DATE", "2023-10-11"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
        ],
        [
            E("Biden asks Congress for about 106 billion dollars for Israel, Ukraine and border security", "REQUEST",
              ["Joe Biden", "Ukraine"], "2023-10-20", "text", "occurred", "hat den Kongress am Freitag offiziell"),
            E("Biden: Hamas and Putin both want to annihilate a neighbouring democracy", "ACCUSE",
              ["Joe Biden", "Vladimir Putin"], "2023-10-19TEV", "context", "occurred",
              "Die Hamas und Putin stellten"),
            E("Biden's visit to Israel, meeting Netanyahu", "CONSULT", ["Joe Biden"], "2023-10-18", "text",
              "occurred", "Blitzbesuch in Israel"),
            E("Zelensky thanks Biden for his leadership", "SUPPORT", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-10-20", "text", "occurred", "dankte Biden am Freitag"),
            E("Peskov: the US is determined to finance the war to the last Ukrainian", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2023-10-21", "published", "occurred", "bis zum letzten Ukrainer"),
            E("Russian missile and drone attack on the Zaporizhzhia region", "ASSAULT", ["Russia", "Ukraine"],
              "2023-10-19TNI", "text", "occurred", "In der Nacht zum Freitag hatte Russland"),
            E("US has pledged more than 44 billion dollars in military aid since February 2022", "AID",
              ["United States", "Ukraine"], "2022-02", "text", "occurred", "Seit Februar 2022",
              date_mod="START"),
            E("Blinken visits Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2023-09", "text", "occurred",
              "bei einem Besuch in Kiew", date_mod="START"),
            E("Blinken announces a further one-billion-dollar package", "AID", ["Antony Blinken", "Ukraine"], "2023-09",
              "text", "occurred", "bei einem Besuch in Kiew", date_mod="START"),
            E("Ukraine contact group met in Brussels under Austin", "CONSULT", ["United States", "Ukraine"],
              "2023-10-11", "text", "occurred", "Ukraine-Kontaktgruppe"),
            E("The Bundeswehr has trained Ukrainian soldiers, including engineers in Minden", "AID",
              ["Germany", "Ukraine"], "PAST_REF", "vague", "occurred", "Auch die Bundeswehr"),
        ],
        [
            S("Joe Biden", "Appeals for the package in an Oval Office address", "2023-10-19TEV", "text",
              "Am Donnerstagabend hatte Biden"),
            S("Joe Biden", "Hamas and Putin are different threats but both want to annihilate a neighbouring "
              "democracy", "2023-10-19TEV", "context", "Die Hamas und Putin stellten"),
            S("Joe Biden", "Terrorists and tyrants who get away with aggression cause more chaos and death",
              "2023-10-19TEV", "context", "Terroristen und Tyrannen"),
            S("United States", "Schumer will bring the package to a vote quickly", "2023-10-21", "published",
              "Chuck Schumer, kündigte an"),
            S("Volodymyr Zelensky", "Thanks Biden for his leadership", "2023-10-20", "text", "dankte Biden am Freitag"),
            S("Dmitry Peskov", "The aid will not change the course of the special military operation", "2023-10-21",
              "published", "Spezialoperation nichts ändern"),
            S("Dmitry Peskov", "The US is determined to finance the war to the last Ukrainian", "2023-10-21",
              "published", "bis zum letzten Ukrainer"),
            S("Ukraine", "Russia shelled the Zaporizhzhia region with missiles and drones", "2023-10-21", "published",
              "In der Nacht zum Freitag hatte Russland"),
            S("United States", "State Department: more than 44 billion dollars of military aid pledged since February "
              "2022", "2023-10-21", "published", "Seit Februar 2022"),
            S("Antony Blinken", "Announces a further package of one billion dollars in Kyiv", "2023-09", "text",
              "bei einem Besuch in Kiew"),
        ],
        ["Joe Biden", "United States", "Ukraine", "Vladimir Putin", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
         "Russia", "Antony Blinken", "Germany"],
    ),
]
