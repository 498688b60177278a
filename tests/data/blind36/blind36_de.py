"""German articles of the blind36 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b36de01 (Offenburger Tageblatt)
DE01 = """
Europarat wirft Russland hinaus – Ende nach 26 Jahren

Kehl/Straßburg. Zum ersten Mal in seiner 73-jährigen Geschichte hat der Europarat einen Mitgliedstaat ausgeschlossen.
Das Ministerkomitee der Organisation beschloss am Mittwochnachmittag in Straßburg, dass Russland dem Europarat mit sofortiger Wirkung nicht mehr angehört.
Moskau war seit Februar 1996 Mitglied gewesen.
„Russland hat sich mit seinem Angriff auf die Ukraine selbst außerhalb unserer Rechtsgemeinschaft gestellt“, sagte Generalsekretärin Marija Pejčinović Burić.

Der Kreml war der Entscheidung zuvorgekommen.
Bereits am Dienstag hatte Außenminister Sergej Lawrow der Generalsekretärin in einem Schreiben mitgeteilt, dass Russland aus der Organisation austreten werde.
Die Parlamentarische Versammlung des Europarats stimmte am Dienstagabend dennoch einstimmig für einen Ausschluss.
Außenamtssprecherin Maria Sacharowa erklärte, Nato und EU hätten den Europarat in ein Instrument antirussischer Politik verwandelt, an dessen „Demontage“ werde sich Russland nicht beteiligen.
Der Vizechef des russischen Sicherheitsrats, Dmitri Medwedew, brachte sogar die Wiedereinführung der Todesstrafe ins Gespräch.

Die Organisation hatte Russland bereits am 25. Februar, einen Tag nach dem Einmarsch in die Ukraine, die Vertretungsrechte in ihren Gremien entzogen.
Für die Menschen in Russland hat der Ausschluss unmittelbare Folgen: Beschwerden an den Europäischen Gerichtshof für Menschenrechte sind nur noch bis zum 16. September möglich, dann scheidet das Land auch aus der Menschenrechtskonvention aus.
Gegen Russland sind derzeit rund 18.000 Verfahren anhängig, mehr als gegen jeden anderen Staat.

Der ukrainische Außenminister Dmytro Kuleba begrüßte den Ausschluss als „längst überfälligen Schritt“ und rief andere internationale Organisationen auf, dem Beispiel zu folgen.
Bundesaußenministerin Annalena Baerbock (Grüne) sagte am Mittwochabend, wer Krankenhäuser und Schulen bombardiere, habe am Tisch der europäischen Demokratien nichts verloren.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland bedauere den Schritt nicht, der Europarat habe für Moskau „längst keine Bedeutung mehr“ gehabt.

Ebenfalls am Mittwoch verpflichtete der Internationale Gerichtshof in Den Haag Russland in einer Eilentscheidung, seine Militäroperation in der Ukraine unverzüglich einzustellen.
Die Richter folgten mit 13 zu 2 Stimmen einem Antrag, den Kiew Ende Februar gestellt hatte.
Peskow sagte dazu, Russland könne die Anordnung „nicht berücksichtigen“.
In der belagerten Hafenstadt Mariupol traf am Mittwoch ein russischer Luftangriff das Theater, in dem nach ukrainischen Angaben mehr als tausend Zivilisten Schutz gesucht hatten.
Präsident Wolodymyr Selenskyj sprach in seiner nächtlichen Videobotschaft von einem „Kriegsverbrechen“.

In Kehl verfolgte man die Entscheidung auf der anderen Rheinseite mit besonderem Interesse.
Die Ständige Vertretung Russlands beim Europarat residiert in einer Villa im Straßburger Robertsau-Viertel, nur wenige Kilometer von der Europabrücke entfernt.
Oberbürgermeister Toni Vetrano sagte unserer Zeitung, in Kehl seien inzwischen mehr als 300 Geflüchtete aus der Ukraine untergekommen.
Für Samstag rufen Initiativen aus beiden Städten zu einer Friedenskundgebung auf der Passerelle des Deux Rives auf.
"""

# ---------------------------------------------------------------- b36de02 (Börsen-Zeitung)
DE02 = """
Wiederaufbau der Ukraine: London setzt auf privates Kapital und Kriegsrisiko-Garantien

London. Die internationale Gemeinschaft will den Wiederaufbau der Ukraine stärker mit privatem Kapital finanzieren.
Zum Auftakt der zweitägigen Wiederaufbaukonferenz in London kündigte der britische Premierminister Rishi Sunak am Mittwoch an, Großbritannien werde Kredite der Weltbank an die Ukraine über die kommenden drei Jahre mit Garantien von 3 Mrd. Dollar absichern.
Zudem soll ein staatlich gestützter Rahmen für Kriegsrisikoversicherungen Investoren den Einstieg erleichtern; der Versicherungsmarkt Lloyd's arbeitet dazu mit Kiew zusammen.
Mehr als 400 Unternehmen aus 38 Ländern unterzeichneten nach Angaben der britischen Regierung den „Ukraine Business Compact“, darunter mehrere Dax-Konzerne.

US-Außenminister Antony Blinken sagte weitere 1,3 Mrd. Dollar zu, vor allem für das Stromnetz, Häfen, Schienen und Grenzübergänge.
EU-Kommissionspräsidentin Ursula von der Leyen warb für den Vorschlag ihrer Behörde vom Dienstag, der Ukraine für die Jahre 2024 bis 2027 insgesamt 50 Mrd. Euro aus dem EU-Haushalt bereitzustellen.
Über das Paket müssen die Mitgliedstaaten noch einstimmig entscheiden.
Bundesaußenministerin Annalena Baerbock stellte 381 Mio. Euro an zusätzlicher humanitärer Hilfe in Aussicht.

Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, bezifferte den Bedarf allein für das laufende Jahr auf 14 Mrd. Dollar und forderte, dafür das im Westen eingefrorene russische Vermögen heranzuziehen.
„Der Aggressor muss den Preis für seinen Krieg spüren“, sagte er.
Von der Leyen kündigte an, die Kommission werde noch vor dem Sommer einen Vorschlag vorlegen, wie Erträge aus dem eingefrorenen Vermögen der russischen Zentralbank für den Wiederaufbau genutzt werden können.
Ministerpräsident Denys Schmyhal, der die ukrainische Delegation in London leitete, rechnet mit Gesamtkosten von mehr als 400 Mrd. Dollar.

Blinken traf am Rande der Konferenz seinen ukrainischen Kollegen Dmytro Kuleba; dabei sei es auch um den Nato-Gipfel in Vilnius im Juli gegangen, hieß es aus dem State Department.
Moskau reagierte mit scharfer Kritik.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Pläne zur Nutzung russischer Vermögen „Diebstahl“ und drohte der EU mit Gegenmaßnahmen gegen europäische Unternehmen in Russland.

An den Märkten wurden die Zusagen mit Zurückhaltung aufgenommen.
Ukrainische Dollar-Anleihen notierten am Donnerstag kaum verändert bei rund 25 Cent je Dollar Nennwert.
Investoren verweisen auf die ungeklärte Sicherheitslage: Die Zerstörung des Kachowka-Staudamms Anfang Juni hat nach Schätzungen der Weltbank allein Schäden von mehreren Milliarden Dollar verursacht.
Die nächste Wiederaufbaukonferenz soll 2024 in Deutschland stattfinden.
"""

# ---------------------------------------------------------------- b36de03 (Legal Tribune Online)
DE03 = """
IGH zu Ukraine gegen Russland: Kiew scheitert mit dem Kern seiner Völkermord-Klage

Der Internationale Gerichtshof (IGH) in Den Haag hat sich für den Kern der Völkermord-Klage der Ukraine gegen Russland für unzuständig erklärt.
Die Richterinnen und Richter gaben am Freitag einem Großteil der prozessualen Einwände Moskaus statt.
Fortgesetzt wird das Verfahren nur in einem Punkt: Der Gerichtshof wird prüfen, ob die Ukraine selbst im Donbass einen Völkermord begangen hat, wie Russland behauptet.
Nicht entscheiden wird er dagegen über die Frage, ob die russische Invasion vom Februar 2022, die Moskau mit der Verhinderung eines Völkermords begründet, ihrerseits gegen die Völkermordkonvention verstößt.

Bereits am Mittwoch hatte der IGH in einem zweiten Verfahren geurteilt, das Kiew im Januar 2017 gegen Russland eingeleitet hatte.
Darin stellte das Gericht fest, dass Russland gegen das Übereinkommen zur Bekämpfung der Terrorismusfinanzierung verstoßen hat, weil es Hinweisen auf die Finanzierung bewaffneter Gruppen in der Ostukraine nicht nachgegangen ist.
Auch habe Moskau auf der Krim gegen das Übereinkommen gegen Rassendiskriminierung verstoßen, indem es den Unterricht in ukrainischer Sprache nach 2014 drastisch eingeschränkt habe.
Den weitergehenden Vorwurf, Russland habe Terrorismus in der Ostukraine finanziert – darunter den Abschuss des Passagierflugzeugs MH17 im Juli 2014 –, wiesen die Richter hingegen ab.
Entschädigungszahlungen sprach der Gerichtshof der Ukraine nicht zu.

Das russische Außenministerium begrüßte die Entscheidungen als Beleg dafür, dass die Vorwürfe Kiews „jeder Grundlage entbehren“.
Sprecherin Maria Sacharowa warf der Ukraine und ihren westlichen Unterstützern vor, den Gerichtshof für politische Zwecke zu missbrauchen.
Das ukrainische Außenministerium zeigte sich dagegen enttäuscht, hob aber hervor, dass der IGH Russland erstmals Verstöße gegen das Völkerrecht nachgewiesen habe.
Kiew werde im weiteren Verfahren zeigen, dass die Behauptung eines ukrainischen Völkermords im Donbass eine „zynische Lüge“ sei, erklärte das Ministerium.

Die Ukraine hatte die Völkermord-Klage Ende Februar 2022, zwei Tage nach Kriegsbeginn, eingereicht.
Im März 2022 verpflichtete der IGH Russland im Eilverfahren, seine Militäroperation unverzüglich einzustellen; Moskau wies die Anordnung damals als unverbindlich zurück.
2022 und 2023 schlossen sich 32 Staaten dem Verfahren auf Seiten der Ukraine an, darunter Deutschland, Frankreich und Großbritannien.
Die Interventionserklärung der USA hatte der Gerichtshof im Juni 2023 dagegen für unzulässig erklärt, weil Washington einen Vorbehalt gegen die Streitbeilegungsklausel der Konvention erhoben hat.

Der Berliner Völkerrechtler Markus Lehnert sieht in den Entscheidungen dennoch keine Niederlage auf ganzer Linie.
„Der Gerichtshof hat klargestellt, dass er nur so weit entscheiden kann, wie die Staaten ihn lassen“, sagte er gegenüber LTO.
Politisch bedeutsamer sei ohnehin der Haftbefehl, den der Internationale Strafgerichtshof im März 2023 gegen Präsident Wladimir Putin erlassen hat.
Russland muss als Nächstes eine Gegenerwiderung zum verbliebenen Teil der Klage einreichen; mit einem Urteil in der Sache rechnen Beobachter nicht vor 2026.
"""

# ---------------------------------------------------------------- b36de04 (Budapester Zeitung)
DE04 = """
Orbán im Weißen Haus: Ein Jahr Ausnahme für russisches Öl – oder doch mehr?

Budapest/Washington. Ministerpräsident Viktor Orbán ist mit einer Ausnahme von den amerikanischen Sanktionen gegen russische Energieträger aus Washington zurückgekehrt.
Nach einem Treffen im Weißen Haus am Freitag sagte US-Präsident Donald Trump, er werde Ungarn von den Strafmaßnahmen gegen die russischen Ölkonzerne Rosneft und Lukoil ausnehmen, weil es für ein Land ohne Meerzugang „sehr schwierig“ sei, Öl und Gas anderswo zu beziehen.
Wie lange die Ausnahme gilt, blieb zunächst strittig.
Das Weiße Haus sprach am Abend von einem Jahr, Außenminister Péter Szijjártó in Budapest dagegen von einer „unbefristeten“ Regelung.

Im Gegenzug sagte Budapest zu, in den kommenden Jahren amerikanisches Flüssiggas im Wert von rund 600 Millionen Dollar abzunehmen und für das Atomkraftwerk Paks Brennelemente des US-Herstellers Westinghouse zu kaufen.
Zudem vereinbarten beide Seiten eine Zusammenarbeit bei kleinen modularen Reaktoren.
Die US-Sanktionen gegen Rosneft und Lukoil waren am 22. Oktober verhängt worden; sie sollen Moskau zu ernsthaften Verhandlungen über ein Ende des Krieges in der Ukraine zwingen.
Ungarn bezieht weiterhin den größten Teil seines Öls über die Druschba-Pipeline aus Russland.

Zum Krieg in der Ukraine sagte Orbán im Oval Office, Kiew könne ihn nur durch ein „Wunder“ gewinnen; der Schlüssel zum Frieden liege in direkten Gesprächen zwischen Washington und Moskau.
Trump erklärte, ein Gipfel mit Kremlchef Wladimir Putin in Budapest sei weiterhin möglich.
Ein solches Treffen hatte Trump Mitte Oktober nach einem Telefonat mit Putin für die folgenden zwei Wochen angekündigt, es wenig später aber wieder abgesagt, weil er kein „verschwendetes Treffen“ wolle.
Kremlsprecher Dmitri Peskow sagte am Samstag, Moskau halte an der Idee fest, ein solcher Gipfel brauche aber „gründliche Vorbereitung“.

Aus Kiew kam scharfe Kritik.
Außenminister Andrij Sybiha warf Budapest vor, mit seinen Öl- und Gaskäufen „Putins Kriegskasse“ zu füllen, während russische Raketen ukrainische Städte träfen.
Orbán hatte sich im August bei Trump beschwert, nachdem ukrainische Drohnen die Druschba-Pipeline in Russland getroffen und die Lieferungen nach Ungarn tagelang unterbrochen hatten.
Die EU-Kommission erinnerte daran, dass die Union bis Ende 2027 vollständig aus russischem Gas und Öl aussteigen wolle; Ausnahmen für einzelne Mitgliedstaaten seien nicht vorgesehen.
Orbán bekräftigte in Washington zudem sein Nein zu einem EU-Beitritt der Ukraine.

In Budapest wurde der Regierungschef am Samstag von Anhängern am Flughafen Liszt Ferenc empfangen.
Die Opposition um Péter Magyar warf ihm vor, Ungarns Abhängigkeit von Moskau mit amerikanischem Segen zu verlängern.
Vor der Parlamentswahl im April will Orbán die Ausnahme als außenpolitischen Erfolg verbuchen.
"""

# ---------------------------------------------------------------- b36de05 (Berliner Zeitung)
DE05 = """
Erstmals ein EU-Gesandter im Kreml: Drei Stunden mit Uschakow

Berlin/Moskau. Erstmals seit Beginn des russischen Angriffskriegs hat ein offizieller Gesandter der Europäischen Union in Moskau mit der russischen Führung gesprochen.
Der EU-Sonderbeauftragte Markku Salonen, ein früherer finnischer Spitzendiplomat, traf am Mittwoch im Kreml den außenpolitischen Berater von Präsident Wladimir Putin, Juri Uschakow.
Das Gespräch dauerte nach Angaben beider Seiten gut drei Stunden.
Anschließend kam Salonen im Außenministerium mit Vizeaußenminister Alexander Gruschko zusammen.

Salonen schlug nach Angaben aus EU-Kreisen eine Waffenruhe entlang der Frontlinie vor, die von einem Austausch aller Kriegsgefangenen begleitet werden solle.
Zudem habe er die Rückkehr ukrainischer Kinder angemahnt, die nach Russland gebracht worden seien.
Uschakow sagte am Abend im russischen Staatsfernsehen, das Gespräch sei „nützlich und offen“ gewesen, Moskau sei bereit, den Kontakt fortzusetzen.
Eine Waffenruhe komme aber erst infrage, wenn die Europäer ihre Waffenlieferungen an Kiew einstellten.

Kremlsprecher Dmitri Peskow betonte am Donnerstag, Europa habe sich „selbst aus dem Verhandlungsprozess ausgeschlossen“; ernsthafte Gespräche über die Ukraine führe Moskau mit Washington.
Außenminister Sergej Lawrow forderte, die EU müsse zunächst ihre Sanktionen aufheben, wenn sie „am Tisch sitzen“ wolle.
Das 21. Sanktionspaket, das die EU-Staaten bis Ende Juni beschließen wollen, nannte er ein „Hindernis für jeden Dialog“.

Salonen war am Montag in Kiew von Präsident Wolodymyr Selenskyj empfangen worden, um die Reise abzustimmen.
Selenskyj erklärte, Europa müsse „mit am Tisch sitzen, aber nicht an Stelle der Ukraine“.
Die Antwort Moskaus auf die europäische Initiative seien einmal mehr Drohnen gewesen, schrieb er am Donnerstag auf X.
In der Nacht zu Donnerstag hatte Russland nach Angaben der ukrainischen Luftwaffe 180 Drohnen und acht Raketen abgefeuert, in Dnipro wurden vier Menschen getötet.

In Berlin verteidigte Bundeskanzler Friedrich Merz die Mission gegen Kritik aus den eigenen Reihen.
Der Gesandte handle im Auftrag aller 27 Mitgliedstaaten, und es werde „nichts über die Ukraine ohne die Ukraine“ vereinbart, sagte Merz.
Die EU-Außenbeauftragte Kaja Kallas warnte dagegen, Moskau nutze Gespräche, um Zeit zu gewinnen und Europa zu spalten.
Die Staats- und Regierungschefs hatten den Posten des Sonderbeauftragten im März nach monatelangem Streit geschaffen; Ungarns Ministerpräsident Viktor Orbán reklamierte die Idee für sich.

Das US-Außenministerium begrüßte den Besuch als „Beitrag zu den Friedensbemühungen des Präsidenten“.
Der US-Sondergesandte Steve Witkoff war zuletzt im April bei Putin gewesen.
Salonen soll den Staats- und Regierungschefs beim EU-Gipfel am 25. Juni Bericht erstatten.
Eine zweite Reise nach Moskau ist nach Angaben aus Brüssel für Anfang Juni geplant.
"""

# ---------------------------------------------------------------- b36de06 (sportschau.de)
DE06 = """
Olympischer Frieden? Russland lässt die Waffen nicht ruhen

Während in Mailand die Olympischen Winterspiele eröffnet wurden, hat Russland die Ukraine in der Nacht zum Samstag erneut mit Drohnen und Raketen angegriffen.
Nach Angaben der ukrainischen Luftwaffe wurden mehr als 300 Drohnen und 20 Raketen abgefeuert, vor allem auf Energieanlagen in Kiew, Charkiw und Lwiw.
Präsident Wolodymyr Selenskyj sprach von einem „Hohn auf den olympischen Frieden“ und forderte das Internationale Olympische Komitee (IOC) auf, Russland „keine Bühne“ zu bieten.

Die UN-Vollversammlung hatte im November eine Resolution verabschiedet, die alle Staaten auffordert, den olympischen Frieden vom 30. Januar bis zum 22. März einzuhalten, also bis eine Woche nach dem Ende der Paralympics.
UN-Generalsekretär António Guterres rief am Freitag zur Eröffnung erneut alle Konfliktparteien auf, „die Waffen schweigen zu lassen“.
Auch Papst Leo XIV. hatte beim Angelusgebet am Sonntag an die Kriegsparteien in der Ukraine appelliert, die Spiele für eine Feuerpause zu nutzen.

In Moskau stieß der Appell auf Ablehnung.
Kremlsprecher Dmitri Peskow sagte am Freitag, die olympische Waffenruhe habe „nichts mit der militärischen Spezialoperation zu tun“.
Das IOC habe den Sport politisiert, indem es russische Athleten nur unter neutraler Flagge zulasse, so Peskow.
Das Russische Olympische Komitee ist seit Oktober 2023 suspendiert, weil es Sportverbände aus den annektierten ukrainischen Gebieten aufgenommen hatte.
In Mailand und Cortina starten nur 13 Sportlerinnen und Sportler mit russischem Pass als „individuelle neutrale Athleten“.

Auf der Tribüne im San-Siro-Stadion verfolgten US-Vizepräsident JD Vance und Italiens Ministerpräsidentin Giorgia Meloni die Eröffnungsfeier.
Am Nachmittag waren beide in Mailand zu einem Gespräch zusammengekommen, in dem es nach Angaben der italienischen Regierung auch um die Verhandlungen über ein Kriegsende ging.
Vance sagte, die Gespräche zwischen Washington, Moskau und Kiew kämen „Schritt für Schritt“ voran.
Erst am Donnerstag waren Unterhändler der drei Länder in Abu Dhabi zu einer weiteren Runde zusammengekommen; anschließend tauschten Russland und die Ukraine je 157 Kriegsgefangene aus.

Die ukrainische Mannschaft war mit Trauerflor in das Stadion eingelaufen.
Sportminister Matwij Bidnyj kündigte an, die ukrainischen Athletinnen und Athleten würden bei den Spielen jeden Kontakt mit Sportlern aus Russland und Belarus meiden.
Ein ukrainischer Skeletonpilot darf seinen Helm mit Porträts getöteter ukrainischer Sportler nach einer Entscheidung des IOC im Wettkampf nicht tragen.
Das Sportministerium in Kiew protestierte gegen die Entscheidung.

Der olympische Frieden geht auf die Antike zurück, in der Neuzeit wurde er immer wieder gebrochen.
Zuletzt geschah das 2022, als Russland vier Tage nach dem Ende der Winterspiele in Peking die Ukraine überfiel.
Die Paralympics beginnen am 6. März, ebenfalls in Mailand und Cortina.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b36de01_europarat_ausschluss_russland_2022_03", "2022-03-17", DE01,
        [
            T("26 Jahren", "DURATION", "P26Y"),
            T("73-jährigen", "DURATION", "P73Y"),
            T("Mittwochnachmittag", "TIME", "2022-03-16TAF"),
            T("Februar 1996", "DATE", "1996-02"),
            T("Dienstag", "DATE", "2022-03-15"),
            T("Dienstagabend", "TIME", "2022-03-15TEV"),
            T("25. Februar", "DATE", "2022-02-25"),
            T("16. September", "DATE", "2022-09-16"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Mittwochabend", "TIME", "2022-03-16TEV"),
            T("Donnerstag", "DATE", "2022-03-17"),
            T("Mittwoch", "DATE", "2022-03-16", 0),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
            T("Mittwoch", "DATE", "2022-03-16", 1),
            T("nächtlichen", "SET", "P1D"),
            T("Samstag", "DATE", "2022-03-19"),
        ],
        [
            E("Council of Europe's Committee of Ministers expels Russia with immediate effect", "SANCTION", ["Russia"],
              "2022-03-16TAF", "text", "occurred", "Das Ministerkomitee der Organisation beschloss",
              note="the Council of Europe is not canonical; the lead states the same news"),
            E("Lavrov notifies the Council of Europe of Russia's withdrawal", "REJECT", ["Sergey Lavrov", "Russia"],
              "2022-03-15", "text", "occurred", "Bereits am Dienstag hatte Außenminister Sergej Lawrow"),
            E("Parliamentary Assembly votes unanimously for Russia's expulsion", "REQUEST", ["Russia"],
              "2022-03-15TEV", "text", "occurred", "Die Parlamentarische Versammlung des Europarats stimmte",
              note="an opinion addressed to the Committee of Ministers"),
            E("Zakharova accuses NATO and the EU of turning the Council of Europe into an anti-Russian instrument",
              "ACCUSE", ["Maria Zakharova", "NATO", "European Union"], "2022-03-15", "context", "occurred",
              "Außenamtssprecherin Maria Sacharowa erklärte"),
            E("Council of Europe suspends Russia's rights of representation", "SANCTION", ["Russia"], "2022-02-25",
              "text", "occurred", "die Vertretungsrechte in ihren Gremien entzogen"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context", "occurred",
              "die Vertretungsrechte in ihren Gremien entzogen",
              note="'einen Tag nach dem Einmarsch' before 25 February; the anchored offset is not a timex"),
            E("Russia leaves the European Convention on Human Rights on 16 September", "SANCTION", ["Russia"],
              "2022-09-16", "text", "planned", "Menschenrechtskonvention aus",
              note="consequence of the expulsion"),
            E("Kuleba welcomes the expulsion as long overdue", "SUPPORT", ["Ukraine"], "2022-03-17", "published",
              "occurred", "Dmytro Kuleba begrüßte"),
            E("Kuleba calls on other international organisations to exclude Russia too", "REQUEST",
              ["Ukraine", "Russia"], "2022-03-17", "published", "occurred", "Dmytro Kuleba begrüßte"),
            E("Baerbock: whoever bombs hospitals and schools has no place among Europe's democracies", "ACCUSE",
              ["Germany", "Russia"], "2022-03-16TEV", "text", "occurred", "sagte am Mittwochabend"),
            E("ICJ orders Russia to suspend its military operation in Ukraine", "REQUEST", ["Russia"], "2022-03-16",
              "text", "occurred", "Ebenfalls am Mittwoch verpflichtete", note="the ICJ is not canonical"),
            E("Kyiv's request for provisional measures at the ICJ", "REQUEST", ["Ukraine", "Russia"], "2022-02",
              "text", "occurred", "Die Richter folgten mit 13 zu 2 Stimmen", date_mod="END",
              note="filed on 26/27 February 2022"),
            E("Peskov: Russia cannot take the ICJ order into account", "REJECT", ["Dmitry Peskov"], "2022-03-17",
              "context", "occurred", "Peskow sagte dazu"),
            E("Russian air strike hits the Mariupol theatre", "ASSAULT", ["Russia", "Ukraine"], "2022-03-16", "text",
              "occurred", "In der belagerten Hafenstadt Mariupol"),
            E("Zelensky calls the strike a war crime", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2022-03-16",
              "context", "occurred", "Kriegsverbrechen"),
        ],
        [
            S("Sergey Lavrov", "Informs the Secretary General by letter that Russia will leave the Council of Europe",
              "2022-03-15", "text", "Bereits am Dienstag hatte Außenminister Sergej Lawrow"),
            S("Maria Zakharova", "NATO and the EU turned the Council of Europe into an instrument of anti-Russian "
              "policy; Russia will not take part in its 'dismantling'", "2022-03-15", "context",
              "Außenamtssprecherin Maria Sacharowa erklärte"),
            S("Russia", "Medvedev floats reinstating the death penalty", "2022-03-17", "published",
              "Dmitri Medwedew"),
            S("Ukraine", "Kuleba welcomes the long-overdue expulsion and calls on other organisations to follow",
              "2022-03-17", "published", "Dmytro Kuleba begrüßte"),
            S("Germany", "Baerbock: whoever bombs hospitals and schools has no place at the table of European "
              "democracies", "2022-03-16TEV", "text", "sagte am Mittwochabend"),
            S("Dmitry Peskov", "Russia does not regret the step; the Council of Europe had long lost any meaning for "
              "Moscow", "2022-03-17", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Dmitry Peskov", "Russia cannot take the ICJ order into account", "2022-03-17", "context",
              "Peskow sagte dazu"),
            S("Ukraine", "More than a thousand civilians had sheltered in the Mariupol theatre", "2022-03-17",
              "published", "In der belagerten Hafenstadt Mariupol"),
            S("Volodymyr Zelensky", "Calls the strike on the theatre a war crime", "2022-03-16", "context",
              "Kriegsverbrechen"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Sergey Lavrov", "Maria Zakharova", "NATO", "European Union", "Germany",
         "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    doc(
        "b36de02_wiederaufbaukonferenz_london_2023_06", "2023-06-22", DE02,
        [
            T("zweitägigen", "DURATION", "P2D"),
            T("Mittwoch", "DATE", "2023-06-21"),
            T("die kommenden drei Jahre", "DURATION", "P3Y"),
            T("Dienstag", "DATE", "2023-06-20"),
            T("2024", "DATE", "2024", 0),
            T("2027", "DATE", "2027"),
            T("das laufende Jahr", "DATE", "2023"),
            T("dem Sommer", "DATE", "2023-SU"),
            T("Juli", "DATE", "2023-07"),
            T("Donnerstag", "DATE", "2023-06-22"),
            T("Anfang Juni", "DATE", "2023-06", mod="START"),
            T("2024", "DATE", "2024", 1),
        ],
        [
            E("Ukraine Recovery Conference opens in London", "CONSULT", ["United Kingdom", "Ukraine"], "2023-06-21",
              "text", "occurred", "Zum Auftakt der zweitägigen Wiederaufbaukonferenz",
              note="21-22 June 2023, co-hosted by the UK and Ukraine"),
            E("UK to guarantee 3 billion dollars of World Bank loans to Ukraine over three years", "AID",
              ["United Kingdom", "Ukraine"], "2023-06-21", "text", "occurred",
              "Zum Auftakt der zweitägigen Wiederaufbaukonferenz"),
            E("State-backed war-risk insurance framework, Lloyd's working with Kyiv", "COOPERATE",
              ["United Kingdom", "Ukraine"], "2023-06-21", "context", "planned", "Kriegsrisikoversicherungen"),
            E("Blinken pledges another 1.3 billion dollars", "AID", ["Antony Blinken", "United States", "Ukraine"],
              "2023-06-21", "context", "occurred", "US-Außenminister Antony Blinken sagte"),
            E("Commission proposes 50 billion euros for Ukraine from the EU budget", "REQUEST",
              ["European Union", "Ukraine"], "2023-06-20", "text", "occurred",
              "EU-Kommissionspräsidentin Ursula von der Leyen warb", note="proposal to the member states"),
            E("EU to provide Ukraine 50 billion euros for 2024-2027", "AID",
              ["European Union", "Ursula von der Leyen", "Ukraine"], "2024", "text", "planned",
              "EU-Kommissionspräsidentin Ursula von der Leyen warb", date_mod="START",
              note="2024-2027; the member states still have to decide unanimously"),
            E("Baerbock pledges 381 million euros of additional humanitarian aid", "AID", ["Germany", "Ukraine"],
              "2023-06-21", "context", "occurred", "Baerbock stellte 381 Mio. Euro"),
            E("Zelensky demands that frozen Russian assets be used for reconstruction", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2023-06-21", "context", "occurred", "der per Video zugeschaltet war"),
            E("Commission to propose using proceeds of frozen Russian central bank assets", "AID",
              ["Ursula von der Leyen", "European Union", "Russia", "Ukraine"], "2023-SU", "text", "planned",
              "Von der Leyen kündigte an", note="frozen-assets rule of the conventions; here for reconstruction"),
            E("Blinken meets Kuleba on the sidelines of the conference", "CONSULT", ["Antony Blinken", "Ukraine"],
              "2023-06-21", "context", "occurred", "Blinken traf am Rande der Konferenz"),
            E("NATO summit in Vilnius in July", "CONSULT", ["NATO"], "2023-07", "text", "planned",
              "Blinken traf am Rande der Konferenz"),
            E("Zakharova calls the plans to use Russian assets theft", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2023-06-22", "published", "occurred", "nannte die Pläne zur Nutzung"),
            E("Zakharova threatens the EU with countermeasures against European companies in Russia", "THREATEN",
              ["Maria Zakharova", "European Union"], "2023-06-22", "published", "occurred",
              "nannte die Pläne zur Nutzung"),
            E("Next Ukraine Recovery Conference in Germany in 2024", "CONSULT", ["Germany", "Ukraine"], "2024", "text",
              "planned", "Die nächste Wiederaufbaukonferenz"),
        ],
        [
            S("United Kingdom", "Sunak: Britain will back World Bank loans to Ukraine with 3 billion dollars of "
              "guarantees over three years", "2023-06-21", "text",
              "Zum Auftakt der zweitägigen Wiederaufbaukonferenz"),
            S("United Kingdom", "More than 400 companies from 38 countries signed the Ukraine Business Compact",
              "2023-06-22", "published", "nach Angaben der britischen Regierung"),
            S("Antony Blinken", "Pledges another 1.3 billion dollars for the grid, ports, rail and border crossings",
              "2023-06-21", "context", "US-Außenminister Antony Blinken sagte"),
            S("Ursula von der Leyen", "Promotes the Commission's proposal of 50 billion euros for 2024-2027",
              "2023-06-21", "context", "EU-Kommissionspräsidentin Ursula von der Leyen warb"),
            S("Germany", "Baerbock holds out 381 million euros of additional humanitarian aid", "2023-06-21",
              "context", "Baerbock stellte 381 Mio. Euro"),
            S("Volodymyr Zelensky", "Needs 14 billion dollars this year alone; frozen Russian assets should pay",
              "2023-06-21", "context", "der per Video zugeschaltet war"),
            S("Volodymyr Zelensky", "The aggressor must feel the price of his war", "2023-06-21", "context",
              "Der Aggressor muss den Preis"),
            S("Ursula von der Leyen", "The Commission will propose before the summer how to use proceeds of frozen "
              "Russian central bank assets", "2023-06-21", "context", "Von der Leyen kündigte an"),
            S("Ukraine", "Shmyhal expects total costs of more than 400 billion dollars", "2023-06-22", "published",
              "Ministerpräsident Denys Schmyhal"),
            S("United States", "State Department: the NATO summit in Vilnius was also discussed", "2023-06-22",
              "published", "hieß es aus dem State Department"),
            S("Russia", "Moscow reacts with sharp criticism", "2023-06-22", "published",
              "Moskau reagierte mit scharfer Kritik"),
            S("Maria Zakharova", "Calls the plans to use Russian assets theft and threatens countermeasures",
              "2023-06-22", "published", "nannte die Pläne zur Nutzung"),
        ],
        ["United Kingdom", "Ukraine", "Antony Blinken", "United States", "Ursula von der Leyen", "European Union",
         "Germany", "Volodymyr Zelensky", "Russia", "NATO", "Maria Zakharova"],
    ),
    doc(
        "b36de03_igh_ukraine_russland_2024_02", "2024-02-02", DE03,
        [
            T("Freitag", "DATE", "2024-02-02"),
            T("Februar 2022", "DATE", "2022-02", 0),
            T("Mittwoch", "DATE", "2024-01-31"),
            T("Januar 2017", "DATE", "2017-01"),
            T("2014", "DATE", "2014", 0),
            T("Juli 2014", "DATE", "2014-07"),
            T("Ende Februar 2022", "DATE", "2022-02", mod="END"),
            T("März 2022", "DATE", "2022-03"),
            T("2022", "DATE", "2022", 3),
            T("2023", "DATE", "2023", 0),
            T("Juni 2023", "DATE", "2023-06"),
            T("März 2023", "DATE", "2023-03"),
            T("2026", "DATE", "2026"),
        ],
        [
            E("ICJ declines jurisdiction over the core of Ukraine's genocide case against Russia", "REJECT",
              ["Ukraine"], "2024-02-02", "context", "occurred", "für unzuständig erklärt",
              note="the ICJ is not canonical; dated by 'am Freitag' in the next sentence"),
            E("Russia claims Ukraine committed genocide in Donbas", "ACCUSE", ["Russia", "Ukraine"], "2024-02-02",
              "published", "occurred", "Fortgesetzt wird das Verfahren", note="a standing claim"),
            E("Russian invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "ob die russische Invasion vom Februar 2022", note="24 February 2022"),
            E("Ukraine instituted proceedings against Russia (terrorist financing, racial discrimination)", "ACCUSE",
              ["Ukraine", "Russia"], "2017-01", "text", "occurred", "Bereits am Mittwoch hatte der IGH"),
            E("ICJ finds Russia violated the convention against the financing of terrorism", "ACCUSE", ["Russia"],
              "2024-01-31", "context", "occurred", "Darin stellte das Gericht fest"),
            E("ICJ finds Russia violated the convention against racial discrimination in Crimea", "ACCUSE",
              ["Russia"], "2024-01-31", "context", "occurred", "Auch habe Moskau auf der Krim"),
            E("ICJ rejects Ukraine's claim that Russia financed terrorism, including MH17", "REJECT", ["Ukraine"],
              "2024-01-31", "context", "occurred", "wiesen die Richter hingegen ab"),
            E("ICJ awards Ukraine no compensation", "REJECT", ["Ukraine"], "2024-01-31", "context", "occurred",
              "Entschädigungszahlungen"),
            E("Russian foreign ministry welcomes the rulings", "SUPPORT", ["Russia"], "2024-02-02", "published",
              "occurred", "Das russische Außenministerium begrüßte"),
            E("Zakharova accuses Ukraine and its Western backers of abusing the court", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2024-02-02", "published", "occurred", "Sprecherin Maria Sacharowa warf"),
            E("Kyiv calls Russia's genocide claim a cynical lie", "REJECT", ["Ukraine", "Russia"], "2024-02-02",
              "published", "occurred", "zynische Lüge"),
            E("Ukraine files its genocide case against Russia", "ACCUSE", ["Ukraine", "Russia"], "2022-02", "text",
              "occurred", "Die Ukraine hatte die Völkermord-Klage", date_mod="END", note="26 February 2022"),
            E("ICJ orders Russia to suspend its military operation", "REQUEST", ["Russia"], "2022-03", "text",
              "occurred", "Im März 2022 verpflichtete"),
            E("Moscow rejects the order as non-binding", "REJECT", ["Russia"], "2022-03", "context", "occurred",
              "Im März 2022 verpflichtete"),
            E("32 states, including Germany, France and the UK, join the case on Ukraine's side", "SUPPORT",
              ["Germany", "France", "United Kingdom", "Ukraine"], "2022", "text", "occurred",
              "schlossen sich 32 Staaten", note="declarations of intervention in 2022 and 2023"),
            E("ICJ declares the US declaration of intervention inadmissible", "REJECT", ["United States"], "2023-06",
              "text", "occurred", "Die Interventionserklärung der USA"),
            E("ICC arrest warrant against Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "Haftbefehl", note="17 March 2023; the ICC is not canonical"),
        ],
        [
            S("Russia", "Claims that Ukraine committed genocide in Donbas", "2024-02-02", "published",
              "Fortgesetzt wird das Verfahren"),
            S("Russia", "The rulings prove that Kyiv's accusations are baseless", "2024-02-02", "published",
              "Das russische Außenministerium begrüßte"),
            S("Maria Zakharova", "Ukraine and its Western backers abuse the court for political purposes",
              "2024-02-02", "published", "Sprecherin Maria Sacharowa warf"),
            S("Ukraine", "Disappointed, but the ICJ has for the first time found Russia in breach of international "
              "law", "2024-02-02", "published", "Das ukrainische Außenministerium zeigte sich"),
            S("Ukraine", "Kyiv will show that the claim of a Ukrainian genocide in Donbas is a cynical lie",
              "2024-02-02", "published", "zynische Lüge"),
        ],
        ["Ukraine", "Russia", "Maria Zakharova", "Germany", "France", "United Kingdom", "United States",
         "Vladimir Putin"],
    ),
    doc(
        "b36de04_orban_weisses_haus_2025_11", "2025-11-08", DE04,
        [
            T("Ein Jahr", "DURATION", "P1Y"),
            T("Freitag", "DATE", "2025-11-07"),
            T("Abend", "TIME", "2025-11-07TEV"),
            T("einem Jahr", "DURATION", "P1Y"),
            T("den kommenden Jahren", "DATE", "FUTURE_REF"),
            T("22. Oktober", "DATE", "2025-10-22"),
            T("Mitte Oktober", "DATE", "2025-10", mod="MID"),
            T("die folgenden zwei Wochen", "DURATION", "P2W"),
            T("Samstag", "DATE", "2025-11-08", 0),
            T("August", "DATE", "2025-08"),
            T("tagelang", "DURATION", "PXD"),
            T("Ende 2027", "DATE", "2027", mod="END"),
            T("Samstag", "DATE", "2025-11-08", 1),
            T("April", "DATE", "2026-04"),
        ],
        [
            E("Orbán meets Trump at the White House", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2025-11-07",
              "text", "occurred", "Nach einem Treffen im Weißen Haus am Freitag"),
            E("Trump exempts Hungary from US sanctions on Rosneft and Lukoil", "CONCEDE",
              ["Donald Trump", "Viktor Orbán"], "2025-11-07", "text", "occurred",
              "Nach einem Treffen im Weißen Haus am Freitag",
              note="an easing of sanctions for one state; Hungary is not canonical"),
            E("Hungary agrees to buy US LNG and Westinghouse fuel for Paks", "AGREE", ["Viktor Orbán", "United States"],
              "2025-11-07", "context", "occurred", "Im Gegenzug sagte Budapest zu"),
            E("Hungary and the US agree to cooperate on small modular reactors", "AGREE",
              ["Viktor Orbán", "United States"], "2025-11-07", "context", "occurred", "kleinen modularen Reaktoren"),
            E("US sanctions on Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "am 22. Oktober verhängt"),
            E("Orbán: the key to peace lies in direct talks between Washington and Moscow", "REQUEST",
              ["Viktor Orbán", "United States", "Russia"], "2025-11-07", "context", "occurred",
              "Zum Krieg in der Ukraine sagte Orbán"),
            E("Trump: a Budapest summit with Putin is still possible", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-11-08", "published", "uncertain", "in Budapest sei weiterhin möglich", note="no date given"),
            E("Trump–Putin phone call in mid-October", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10",
              "text", "occurred", "Ein solches Treffen hatte Trump Mitte Oktober", date_mod="MID",
              note="16 October 2025"),
            E("Budapest summit called off", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10", "context",
              "cancelled", "Ein solches Treffen hatte Trump Mitte Oktober", date_mod="END",
              note="announced in mid-October for the following two weeks"),
            E("Peskov: Moscow holds on to the idea of a summit", "AGREE", ["Dmitry Peskov", "Donald Trump"],
              "2025-11-08", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            E("Sybiha accuses Budapest of filling Putin's war chest", "ACCUSE", ["Andrii Sybiha", "Viktor Orbán"],
              "2025-11-08", "published", "occurred", "Außenminister Andrij Sybiha warf Budapest vor"),
            E("Orbán complains to Trump about the Druzhba strikes", "ACCUSE", ["Viktor Orbán", "Ukraine"], "2025-08",
              "text", "occurred", "Orbán hatte sich im August bei Trump beschwert"),
            E("Ukrainian drones hit the Druzhba pipeline in Russia", "ASSAULT", ["Ukraine", "Russia"], "2025-08",
              "context", "occurred", "Orbán hatte sich im August bei Trump beschwert"),
            E("EU to phase out Russian gas and oil by the end of 2027", "SANCTION", ["European Union", "Russia"],
              "2027", "text", "planned", "Die EU-Kommission erinnerte daran", date_mod="END"),
            E("Commission: no exemptions for individual member states", "REJECT", ["European Union"], "2025-11-08",
              "published", "occurred", "Die EU-Kommission erinnerte daran"),
            E("Orbán reaffirms his no to Ukraine's EU accession", "REJECT",
              ["Viktor Orbán", "Ukraine", "European Union"], "2025-11-07", "context", "occurred",
              "sein Nein zu einem EU-Beitritt"),
        ],
        [
            S("Donald Trump", "Will exempt Hungary from the Rosneft and Lukoil sanctions; it is very hard for a "
              "landlocked country to get oil and gas elsewhere", "2025-11-07", "text",
              "Nach einem Treffen im Weißen Haus am Freitag"),
            S("White House", "The exemption applies for one year", "2025-11-07TEV", "text",
              "Das Weiße Haus sprach am Abend"),
            S("Viktor Orbán", "Kyiv can only win by a miracle; the key to peace is direct Washington-Moscow talks",
              "2025-11-07", "context", "Zum Krieg in der Ukraine sagte Orbán"),
            S("Donald Trump", "A summit with Putin in Budapest is still possible", "2025-11-07", "context",
              "in Budapest sei weiterhin möglich"),
            S("Donald Trump", "Called off the summit because he did not want a wasted meeting", "2025-10", "context",
              "Ein solches Treffen hatte Trump Mitte Oktober"),
            S("Dmitry Peskov", "Moscow holds on to the idea, but a summit needs thorough preparation", "2025-11-08",
              "text", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            S("Ukraine", "Sharp criticism from Kyiv", "2025-11-08", "published", "Aus Kiew kam scharfe Kritik"),
            S("Andrii Sybiha", "Budapest fills Putin's war chest with its oil and gas purchases", "2025-11-08",
              "published", "Außenminister Andrij Sybiha warf Budapest vor"),
            S("Viktor Orbán", "Complained to Trump about the interruption of Druzhba deliveries", "2025-08", "text",
              "Orbán hatte sich im August bei Trump beschwert"),
            S("European Union", "The EU will exit Russian gas and oil by the end of 2027; no exemptions for member "
              "states", "2025-11-08", "published", "Die EU-Kommission erinnerte daran"),
            S("Viktor Orbán", "Reaffirms his no to Ukraine's EU accession", "2025-11-07", "context",
              "sein Nein zu einem EU-Beitritt"),
        ],
        ["Viktor Orbán", "Donald Trump", "United States", "White House", "Russia", "Ukraine", "Vladimir Putin",
         "Kremlin", "Dmitry Peskov", "Andrii Sybiha", "European Union"],
    ),
    doc(
        "b36de05_eu_gesandter_moskau_2026_05", "2026-05-14", DE05,
        [
            T("Drei Stunden", "DURATION", "PT3H"),
            T("Mittwoch", "DATE", "2026-05-13"),
            T("gut drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("Abend", "TIME", "2026-05-13TEV"),
            T("Donnerstag", "DATE", "2026-05-14", 0),
            T("Ende Juni", "DATE", "2026-06", mod="END"),
            T("Montag", "DATE", "2026-05-11"),
            T("Donnerstag", "DATE", "2026-05-14", 1),
            T("der Nacht zu Donnerstag", "TIME", "2026-05-13TNI", note="night of 13 to 14 May"),
            T("März", "DATE", "2026-03"),
            T("monatelangem", "DURATION", "PXM"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("April", "DATE", "2026-04"),
            T("25. Juni", "DATE", "2026-06-25"),
            T("Anfang Juni", "DATE", "2026-06", mod="START"),
        ],
        [
            E("EU special envoy Salonen meets Ushakov in the Kremlin", "CONSULT", ["European Union", "Yuri Ushakov"],
              "2026-05-13", "text", "occurred", "traf am Mittwoch im Kreml",
              note="the lead states the same news"),
            E("Salonen meets deputy foreign minister Grushko", "CONSULT", ["European Union", "Russia"], "2026-05-13",
              "context", "occurred", "Vizeaußenminister Alexander Gruschko"),
            E("Salonen proposes a ceasefire along the front line with an exchange of all prisoners", "REQUEST",
              ["European Union", "Russia"], "2026-05-13", "context", "occurred", "Salonen schlug"),
            E("Salonen urges the return of Ukrainian children taken to Russia", "REQUEST",
              ["European Union", "Russia"], "2026-05-13", "context", "occurred", "Rückkehr ukrainischer Kinder"),
            E("Ushakov: Moscow is ready to continue the contact with the EU", "AGREE",
              ["Yuri Ushakov", "European Union"], "2026-05-13TEV", "text", "occurred", "Uschakow sagte am Abend"),
            E("Ushakov: a ceasefire only if the Europeans stop arms deliveries to Kyiv", "REQUEST",
              ["Yuri Ushakov", "European Union"], "2026-05-13TEV", "context", "occurred",
              "Eine Waffenruhe komme aber erst infrage"),
            E("Peskov: Europe excluded itself from the negotiating process", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-05-14", "text", "occurred",
              "Kremlsprecher Dmitri Peskow betonte am Donnerstag"),
            E("Lavrov demands that the EU first lift its sanctions", "REQUEST", ["Sergey Lavrov", "European Union"],
              "2026-05-14", "published", "occurred", "Außenminister Sergej Lawrow forderte"),
            E("EU's 21st sanctions package due by the end of June", "SANCTION", ["European Union", "Russia"],
              "2026-06", "text", "planned", "Das 21. Sanktionspaket", date_mod="END"),
            E("Lavrov calls the 21st package an obstacle to any dialogue", "ACCUSE",
              ["Sergey Lavrov", "European Union"], "2026-05-14", "published", "occurred", "Das 21. Sanktionspaket"),
            E("Zelensky receives Salonen in Kyiv", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2026-05-11", "text", "occurred", "Salonen war am Montag in Kiew"),
            E("Zelensky: Europe must be at the table, but not instead of Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2026-05-14", "published", "occurred",
              "mit am Tisch sitzen"),
            E("Zelensky: Moscow answered the European initiative with drones", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-05-14", "text", "occurred", "schrieb er am Donnerstag auf X"),
            E("Russian drone and missile attack, four killed in Dnipro", "ASSAULT", ["Russia", "Ukraine"],
              "2026-05-13TNI", "text", "occurred", "In der Nacht zu Donnerstag"),
            E("Merz defends the envoy's mission", "SUPPORT", ["Friedrich Merz", "European Union"], "2026-05-14",
              "published", "occurred", "verteidigte Bundeskanzler Friedrich Merz"),
            E("Merz: nothing will be agreed about Ukraine without Ukraine", "AGREE", ["Friedrich Merz", "Ukraine"],
              "2026-05-14", "published", "occurred", "nichts über die Ukraine ohne die Ukraine"),
            E("Kallas warns that Moscow uses talks to gain time and split Europe", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2026-05-14", "published", "occurred", "Kaja Kallas warnte"),
            E("EU leaders create the post of a special envoy", "AGREE", ["European Union"], "2026-03", "text",
              "occurred", "den Posten des Sonderbeauftragten im März"),
            E("US State Department welcomes the visit", "SUPPORT", ["United States", "European Union"], "2026-05-14",
              "published", "occurred", "Das US-Außenministerium begrüßte"),
            E("Witkoff last met Putin in April", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2026-04", "text",
              "occurred", "Steve Witkoff war zuletzt im April"),
            E("EU summit on 25 June, with the envoy's report", "CONSULT", ["European Union"], "2026-06-25", "text",
              "planned", "beim EU-Gipfel am 25. Juni"),
            E("Envoy's second trip to Moscow in early June", "CONSULT", ["European Union", "Russia"], "2026-06",
              "text", "planned", "Eine zweite Reise nach Moskau", date_mod="START"),
        ],
        [
            S("Russia", "The talk lasted a good three hours", "2026-05-14", "published", "nach Angaben beider Seiten"),
            S("European Union", "The talk lasted a good three hours", "2026-05-14", "published",
              "nach Angaben beider Seiten"),
            S("European Union", "Salonen proposed a ceasefire along the front line with an exchange of all prisoners",
              "2026-05-14", "published", "Salonen schlug"),
            S("European Union", "Salonen also urged the return of Ukrainian children", "2026-05-14", "published",
              "Rückkehr ukrainischer Kinder"),
            S("Yuri Ushakov", "The talk was useful and open; Moscow is ready to continue the contact",
              "2026-05-13TEV", "text", "Uschakow sagte am Abend"),
            S("Yuri Ushakov", "A ceasefire only once the Europeans stop their arms deliveries to Kyiv",
              "2026-05-13TEV", "context", "Eine Waffenruhe komme aber erst infrage"),
            S("Dmitry Peskov", "Europe excluded itself from the negotiating process; Moscow holds serious talks with "
              "Washington", "2026-05-14", "text", "Kremlsprecher Dmitri Peskow betonte am Donnerstag"),
            S("Sergey Lavrov", "The EU must lift its sanctions first if it wants a seat at the table", "2026-05-14",
              "published", "Außenminister Sergej Lawrow forderte"),
            S("Sergey Lavrov", "The 21st sanctions package is an obstacle to any dialogue", "2026-05-14",
              "published", "Das 21. Sanktionspaket"),
            S("Volodymyr Zelensky", "Europe must sit at the table, but not instead of Ukraine", "2026-05-14",
              "published", "mit am Tisch sitzen"),
            S("Volodymyr Zelensky", "Moscow's answer to the European initiative was drones once again", "2026-05-14",
              "text", "schrieb er am Donnerstag auf X"),
            S("Ukraine", "Air force: 180 drones and eight missiles overnight", "2026-05-14", "published",
              "In der Nacht zu Donnerstag"),
            S("Friedrich Merz", "The envoy acts for all 27 member states; nothing about Ukraine without Ukraine",
              "2026-05-14", "published", "nichts über die Ukraine ohne die Ukraine"),
            S("Kaja Kallas", "Moscow uses talks to gain time and split Europe", "2026-05-14", "published",
              "Kaja Kallas warnte"),
            S("Viktor Orbán", "Claims the idea of an EU envoy as his own", "2026-05-14", "published",
              "reklamierte die Idee für sich"),
            S("United States", "State Department welcomes the visit as a contribution to the President's peace "
              "efforts", "2026-05-14", "published", "Das US-Außenministerium begrüßte"),
            S("European Union", "A second trip to Moscow is planned for early June", "2026-05-14", "published",
              "Eine zweite Reise nach Moskau"),
        ],
        ["European Union", "Russia", "Kremlin", "Vladimir Putin", "Yuri Ushakov", "Ukraine", "Dmitry Peskov",
         "United States", "Sergey Lavrov", "Volodymyr Zelensky", "Germany", "Friedrich Merz", "Kaja Kallas",
         "Viktor Orbán", "Steve Witkoff"],
    ),
    doc(
        "b36de06_olympischer_frieden_2026_02", "2026-02-07", DE06,
        [
            T("der Nacht zum Samstag", "TIME", "2026-02-06TNI", note="night of 6 to 7 February"),
            T("November", "DATE", "2025-11"),
            T("30. Januar", "DATE", "2026-01-30"),
            T("22. März", "DATE", "2026-03-22"),
            T("Freitag", "DATE", "2026-02-06", 0),
            T("Sonntag", "DATE", "2026-02-01"),
            T("Freitag", "DATE", "2026-02-06", 1),
            T("Oktober 2023", "DATE", "2023-10"),
            T("Nachmittag", "TIME", "2026-02-06TAF"),
            T("Donnerstag", "DATE", "2026-02-05"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("2022", "DATE", "2022"),
            T("6. März", "DATE", "2026-03-06"),
        ],
        [
            E("Russian drone and missile attack on Ukraine's energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-06TNI", "text", "occurred", "in der Nacht zum Samstag erneut"),
            E("Zelensky calls the attack a mockery of the Olympic truce", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-02-07", "published", "occurred", "Hohn auf den olympischen Frieden"),
            E("Zelensky asks the IOC to give Russia no stage", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-02-07", "published", "occurred", "Hohn auf den olympischen Frieden",
              note="the IOC is not canonical"),
            E("UN General Assembly resolution calling for the Olympic truce", "REQUEST", ["United Nations"], "2025-11",
              "text", "occurred", "Die UN-Vollversammlung hatte im November",
              note="truce from 30 January to 22 March 2026"),
            E("Guterres calls on all parties to silence the weapons", "REQUEST", ["António Guterres"], "2026-02-06",
              "text", "occurred", "António Guterres rief am Freitag"),
            E("Pope Leo XIV appeals to the warring parties in Ukraine for a truce during the Games", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2026-02-01", "text", "occurred", "Papst Leo XIV. hatte beim Angelusgebet"),
            E("Peskov: the Olympic truce has nothing to do with the special military operation", "REJECT",
              ["Dmitry Peskov", "United Nations"], "2026-02-06", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Peskov accuses the IOC of politicising sport", "ACCUSE", ["Dmitry Peskov"], "2026-02-06", "context",
              "occurred", "Das IOC habe den Sport politisiert"),
            E("Russian Olympic Committee suspended since October 2023", "SANCTION", ["Russia"], "2023-10", "text",
              "occurred", "Das Russische Olympische Komitee ist seit Oktober 2023", date_mod="START",
              note="by the IOC, which is not canonical"),
            E("Vance and Meloni meet in Milan", "CONSULT", ["JD Vance", "Giorgia Meloni"], "2026-02-06TAF", "text",
              "occurred", "Am Nachmittag waren beide"),
            E("US-Russia-Ukraine round of talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-02-05", "text", "occurred", "Erst am Donnerstag waren Unterhändler"),
            E("Russia and Ukraine exchange 157 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-02-05",
              "context", "occurred", "Erst am Donnerstag waren Unterhändler"),
            E("Ukraine's athletes to avoid all contact with athletes from Russia and Belarus", "REJECT",
              ["Ukraine", "Russia", "Belarus"], "2026-02-07", "published", "occurred", "Sportminister Matwij Bidnyj"),
            E("Ukraine's sports ministry protests against the IOC decision on the helmet", "ACCUSE", ["Ukraine"],
              "2026-02-07", "published", "occurred", "Das Sportministerium in Kiew protestierte"),
            E("Russia invades Ukraine in 2022", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "Zuletzt geschah das 2022", note="24 February 2022, four days after the Beijing Games"),
        ],
        [
            S("Ukraine", "Air force: more than 300 drones and 20 missiles, mainly at energy facilities", "2026-02-07",
              "published", "Nach Angaben der ukrainischen Luftwaffe"),
            S("Volodymyr Zelensky", "A mockery of the Olympic truce; the IOC should give Russia no stage",
              "2026-02-07", "published", "Hohn auf den olympischen Frieden"),
            S("António Guterres", "All parties to conflicts should silence the weapons", "2026-02-06", "text",
              "António Guterres rief am Freitag"),
            S("Vatican", "Pope Leo XIV appeals to the warring parties in Ukraine to use the Games for a ceasefire",
              "2026-02-01", "text", "Papst Leo XIV. hatte beim Angelusgebet"),
            S("Dmitry Peskov", "The Olympic truce has nothing to do with the special military operation",
              "2026-02-06", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Dmitry Peskov", "The IOC has politicised sport by admitting Russians only under a neutral flag",
              "2026-02-06", "context", "Das IOC habe den Sport politisiert"),
            S("Giorgia Meloni", "Italian government: the talk with Vance also covered negotiations on ending the war",
              "2026-02-07", "published", "nach Angaben der italienischen Regierung"),
            S("JD Vance", "Talks between Washington, Moscow and Kyiv are progressing step by step", "2026-02-06",
              "context", "Vance sagte"),
            S("Ukraine", "Sports minister: Ukrainian athletes will avoid all contact with athletes from Russia and "
              "Belarus", "2026-02-07", "published", "Sportminister Matwij Bidnyj"),
            S("Ukraine", "Sports ministry protests against the IOC decision", "2026-02-07", "published",
              "Das Sportministerium in Kiew protestierte"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "United Nations", "António Guterres", "Vatican", "Kremlin",
         "Dmitry Peskov", "United States", "JD Vance", "Giorgia Meloni", "Belarus"],
    ),
]
