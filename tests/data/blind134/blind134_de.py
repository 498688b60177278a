"""German articles of the blind134 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b134de01 (Acher-Rench-Zeitung)
DE01 = """
Europarat entzieht Russland die Mitspracherechte

Achern/Straßburg. Der Europarat hat Russland wegen des Angriffs auf die Ukraine mit sofortiger Wirkung seine Vertretungsrechte entzogen.
Das Ministerkomitee, in dem die Regierungen der 47 Mitgliedstaaten sitzen, fasste den Beschluss am Freitag in Straßburg mit großer Mehrheit; Russland stimmte dagegen, Armenien enthielt sich.
Russland bleibt damit zwar Mitglied der Organisation und an die Europäische Menschenrechtskonvention gebunden, darf aber weder im Ministerkomitee noch in der Parlamentarischen Versammlung mitreden.
Eine vergleichbare Maßnahme hatte es seit dem Austritt Griechenlands unter der Militärjunta 1969 nicht gegeben.

Russische Truppen waren am frühen Donnerstagmorgen von Norden, Osten und Süden in die Ukraine eingedrungen.
Der ukrainische Präsident Wolodymyr Selenskyj forderte in der Nacht zum Samstag in einer Videobotschaft, Russland ganz aus dem Europarat auszuschließen.
„Wer Bomben auf Kiew wirft, hat in einem Haus der Menschenrechte nichts verloren“, sagte er.
Kiew kündigte zudem an, beim Europäischen Gerichtshof für Menschenrechte in den kommenden Tagen Eilmaßnahmen gegen Russland zu beantragen.

Moskau reagierte scharf.
Außenamtssprecherin Maria Sacharowa nannte den Beschluss am Freitagabend einen „unfreundlichen Akt“ und warf der Nato und der EU vor, den Europarat zu einem Werkzeug ihrer Politik gemacht zu haben.
Russland werde prüfen, ob eine weitere Mitgliedschaft noch sinnvoll sei, fügte sie hinzu.
Der Duma-Abgeordnete Pjotr Tolstoi, Leiter der russischen Delegation in der Versammlung, erklärte, seine Kollegen würden bis auf Weiteres nicht mehr nach Straßburg reisen.

Kremlsprecher Dmitri Peskow sagte am Freitag, Präsident Wladimir Putin sei bereit, eine Delegation zu Gesprächen mit der Ukraine nach Minsk zu schicken.
Am selben Tag froren die Außenminister der EU die Vermögen Putins und seines Außenministers Sergej Lawrow in der Europäischen Union ein.
Bundesaußenministerin Annalena Baerbock begrüßte die Entscheidung von Straßburg: Der Europarat habe gezeigt, dass er kein zahnloser Tiger sei.

In Achern und der Ortenau wird die Entwicklung aufmerksam verfolgt, denn viele der rund 2.000 Beschäftigten des Europarats wohnen auf der deutschen Rheinseite.
Eine Mitarbeiterin aus Sasbach, die ihren Namen nicht in der Zeitung lesen möchte, berichtete von Kolleginnen aus Kiew, die seit Donnerstag kaum schlafen.
Für Sonntag ruft ein Bündnis zu einer Kundgebung gegen den Krieg auf der Place Kléber in Straßburg auf, aus Achern fährt um 13 Uhr ein Bus.
Die Parlamentarische Versammlung will Mitte März in einer Sondersitzung über das weitere Vorgehen gegenüber Moskau beraten.
Russland gehört dem Europarat seit 1996 an.
"""

# ---------------------------------------------------------------- b134de02 (dts Nachrichtenagentur)
DE02 = """
Europarats-Versammlung nennt Russlands Führung ein „terroristisches Regime“

Straßburg (dts) – Die Parlamentarische Versammlung des Europarats hat die russische Führung als „terroristisches Regime“ eingestuft und die Einrichtung eines Sondertribunals für das Verbrechen der Aggression gegen die Ukraine verlangt.
Die Abgeordneten aus 46 Staaten verabschiedeten die Entschließung am Donnerstag in Straßburg ohne Gegenstimme, bei einer Enthaltung.
Sie forderten die Mitgliedstaaten zudem auf, eingefrorene russische Vermögen für den Wiederaufbau der Ukraine zu nutzen.
Anlass waren die massiven Raketenangriffe, mit denen Russland am Montag ukrainische Städte überzogen hatte, nachdem am Samstag die Brücke zur Krim durch eine Explosion beschädigt worden war.

Der Europarat hatte Russland bereits im März ausgeschlossen, die Versammlung tagt damit seit fast sieben Monaten ohne russische Abgeordnete.
Präsident Wolodymyr Selenskyj dankte den Parlamentariern am Donnerstagabend auf Telegram und schrieb, der Terrorstaat werde für jede Rakete bezahlen.
Der ukrainische Außenminister Dmytro Kuleba nannte die Entschließung einen weiteren Schritt hin zu einem Tribunal, dem sich „kein einziger Verantwortlicher entziehen“ werde.

Aus Moskau kam scharfe Kritik.
Außenamtssprecherin Maria Sacharowa sprach von einer „russophoben Schwatzbude“, die längst jede Bedeutung verloren habe.
Kremlsprecher Dmitri Peskow sagte am Freitag, Russland werde kein Sondertribunal anerkennen, gleich wer es einrichte.
Die Pläne hätten keinerlei rechtliche Grundlage, fügte er hinzu.

Am Mittwoch hatte die UN-Vollversammlung in New York mit 143 Stimmen die russische Annexion von vier ukrainischen Gebieten für ungültig erklärt und Moskau aufgefordert, die Entscheidung rückgängig zu machen.
Russland, Belarus und drei weitere Staaten stimmten dagegen, China enthielt sich.
Die Nato-Verteidigungsminister berieten am Donnerstag in Brüssel über eine bessere Luftverteidigung für die Ukraine.
Generalsekretär Jens Stoltenberg sagte, die Allianz lasse sich von den Drohungen Wladimir Putins nicht einschüchtern.

Die Bundesregierung zeigte sich offen für die Idee eines Tribunals.
Man prüfe die Vorschläge „ernsthaft und mit großem Interesse“, sagte eine Sprecherin des Auswärtigen Amts in Berlin.
Die EU-Außenminister wollen am kommenden Montag in Luxemburg über neue Sanktionen gegen Iran wegen der Lieferung von Kampfdrohnen an Russland beraten.
Über das Tribunal will die Versammlung bei ihrer nächsten Sitzung Ende Januar erneut debattieren.
"""

# ---------------------------------------------------------------- b134de03 (Anwaltsblatt)
DE03 = """
Konferenz in Lwiw: EU richtet Zentrum zur Verfolgung des Aggressionsverbrechens ein

Lwiw/Berlin. Die Europäische Union will noch in diesem Sommer in Den Haag ein Internationales Zentrum zur Verfolgung des Verbrechens der Aggression gegen die Ukraine einrichten.
Das kündigte EU-Justizkommissar Didier Reynders am Freitag auf der Konferenz „United for Justice“ im westukrainischen Lwiw an.
Das Zentrum soll bei der EU-Justizbehörde Eurojust angesiedelt werden und Beweise sichern, bis es ein Gericht gibt, das über die russische Führung urteilen kann.
Ein solches Sondertribunal existiert bislang nicht; über sein Modell verhandelt eine Kerngruppe von rund 30 Staaten seit Anfang des Jahres.

Zur Konferenz waren Justizministerinnen, Justizminister und Generalstaatsanwälte aus mehr als 40 Staaten angereist.
US-Justizminister Merrick Garland unterzeichnete dort mit dem ukrainischen Generalstaatsanwalt Andrij Kostin eine Vereinbarung über die Zusammenarbeit bei der Verfolgung von Kriegsverbrechen.
Präsident Wolodymyr Selenskyj verlangte in einer Videobotschaft an die Teilnehmer erneut ein Sondertribunal: „Es wird keine Straflosigkeit geben, für niemanden.“
Bundesjustizminister Marco Buschmann (FDP) sagte, Deutschland werde dem neuen Zentrum zwei erfahrene Staatsanwälte zur Verfügung stellen.
Zugleich plädierte er dafür, das Tribunal möglichst eng an die Strukturen des Internationalen Strafgerichtshofs anzulehnen.

„Für Opferanwältinnen und Opferanwälte ist das Zentrum ein wichtiger Schritt“, sagte die Berliner Völkerstrafrechtlerin Katrin Albers, die die Arbeit der Kerngruppe für den Deutschen Anwaltverein beobachtet.
Entscheidend sei, dass Beweise gerichtsfest gesichert würden, solange Zeugen noch erreichbar seien.
Seit Beginn der Invasion im Februar 2022 hat die ukrainische Generalstaatsanwaltschaft nach eigenen Angaben mehr als 70.000 mutmaßliche Kriegsverbrechen registriert.

Moskau reagierte mit Spott.
Außenamtssprecherin Maria Sacharowa bezeichnete die Konferenz am Freitagabend als „Theater für die westliche Öffentlichkeit“.
Russland erkenne weder den Strafgerichtshof noch irgendein Tribunal an, sagte sie.
Am Donnerstag hatte eine russische Rakete in Saporischschja ein Wohnhaus getroffen, nach Behördenangaben starben mindestens elf Menschen.

Bundeskanzler Olaf Scholz traf am Freitag in Washington US-Präsident Joe Biden, um über die weitere Unterstützung der Ukraine zu beraten.
Biden kündigte am selben Tag ein weiteres Militärhilfepaket über 400 Millionen Dollar an.
Die nächste Sitzung der Kerngruppe, an der auch die Ukraine teilnimmt, ist für Ende März geplant.
Das Haager Zentrum soll im Juli seine Arbeit aufnehmen.
"""

# ---------------------------------------------------------------- b134de04 (Haller Tagblatt)
DE04 = """
Tausend Tage Krieg: Schadensregister öffnet sich für Angehörige von Getöteten

Schwäbisch Hall/Den Haag. Ukrainerinnen und Ukrainer, die im russischen Angriffskrieg Angehörige verloren haben, können ihre Ansprüche von Dezember an beim Schadensregister des Europarats in Den Haag anmelden.
Das teilte das Register am Dienstag mit, dem tausendsten Tag der russischen Vollinvasion.
Bisher konnten nur Schäden an Wohnhäusern geltend gemacht werden; seit dem Start im April sind nach Angaben des Registers mehr als 13.000 Anträge eingegangen.
Hinzukommen sollen nach und nach auch Verletzungen, Folter, Vertreibung und das Verschwinden von Angehörigen.

Das Register war im Mai 2023 beim Gipfel des Europarats in Reykjavík gegründet worden, 43 Staaten und die EU machen mit.
Es soll die Grundlage für eine Entschädigungskommission bilden, über deren Vertrag seit dem Sommer verhandelt wird.
Der ukrainische Außenminister Andrij Sybiha forderte am Dienstag, die Kommission müsse „noch im kommenden Jahr“ stehen und aus eingefrorenen russischen Staatsvermögen bezahlt werden.
Die EU-Außenminister hatten am Montag in Brüssel über die Ukraine beraten; der scheidende Außenbeauftragte Josep Borrell sagte, die EU werde die Arbeit des Registers weiter finanzieren.

Moskau weist das Register zurück.
Außenamtssprecherin Maria Sacharowa nannte es am Dienstag ein „Werkzeug zur Legalisierung von Diebstahl“.
Am selben Tag unterzeichnete Präsident Wladimir Putin eine geänderte Nukleardoktrin, die den Einsatz von Atomwaffen auch nach einem konventionellen Angriff mit Unterstützung einer Atommacht erlaubt.
Kurz zuvor hatte die Ukraine nach russischen Angaben erstmals amerikanische ATACMS-Raketen auf die Region Brjansk abgefeuert, nachdem US-Präsident Joe Biden den Einsatz am Wochenende erlaubt hatte.
Bundeskanzler Olaf Scholz hatte am Freitag zum ersten Mal seit fast zwei Jahren mit Putin telefoniert; Präsident Wolodymyr Selenskyj warf ihm vor, damit die „Büchse der Pandora“ zu öffnen.

In Schwäbisch Hall leben derzeit rund 900 Geflüchtete aus der Ukraine.
Olena K. aus Saporischschja, deren Sohn im Sommer bei Pokrowsk getötet wurde, will den Antrag stellen, sobald es möglich ist.
„Geld bringt ihn nicht zurück, aber es geht darum, dass jemand festhält, was Russland getan hat“, sagt die 54-Jährige.
Die Beratungsstelle der Diakonie bietet am Donnerstagabend im Haus der Bildung eine Informationsveranstaltung zu dem Verfahren an, das über die ukrainische Regierungs-App Dija läuft.
"""

# ---------------------------------------------------------------- b134de05 (Security.Table)
DE05 = """
USA steigen aus dem Haager Zentrum zur Verfolgung des Aggressionsverbrechens aus

Den Haag/Berlin. Die USA ziehen sich aus dem Internationalen Zentrum zur Verfolgung des Verbrechens der Aggression gegen die Ukraine (ICPA) in Den Haag zurück.
Das US-Justizministerium habe die übrigen Mitglieder am Montag per E-Mail über den Schritt informiert, berichtete die „New York Times“ am Montagabend unter Berufung auf Beamte.
Washington war dem bei Eurojust angesiedelten Zentrum im Juli 2023 als einziger Staat außerhalb der EU beigetreten und hatte einen Sonderstaatsanwalt nach Den Haag entsandt.
Auch eine Ermittlungsgruppe des Justizministeriums, die russische Kriegsverbrechen in der Ukraine untersucht, soll deutlich verkleinert werden.

In Brüssel gilt der Schritt als weiteres Signal, dass die Regierung von Präsident Donald Trump die Aufarbeitung des Krieges hinter eine schnelle Verständigung mit Moskau zurückstellt.
Bereits im Februar hatten die USA in der UN-Vollversammlung gemeinsam mit Russland gegen eine Resolution gestimmt, die Moskau als Aggressor benennt.
Am Dienstagnachmittag will Trump mit Kremlchef Wladimir Putin über einen 30-tägigen Waffenstillstand telefonieren, dem die Ukraine vergangene Woche in Dschidda zugestimmt hatte.
Der Sondergesandte Steve Witkoff war am Donnerstag in Moskau mit Putin zusammengetroffen.

Der ukrainische Außenminister Andrij Sybiha bedauerte die Entscheidung am Dienstagmorgen.
„Aggression ohne Strafe ist eine Einladung zur nächsten Aggression“, schrieb er auf X.
Die EU-Außenbeauftragte Kaja Kallas sagte am Montag am Rande eines Treffens der EU-Außenminister in Brüssel, Gerechtigkeit dürfe „keine Verhandlungsmasse“ sein.
Das Auswärtige Amt kündigte an, Deutschland werde seine Beiträge für das Zentrum fortführen, und prüft nach Informationen von Table.Briefings eine Aufstockung.
Kremlsprecher Dmitri Peskow sagte am Dienstag, man kommentiere keine inneren Entscheidungen Washingtons, für Russland sei das Zentrum ohnehin „null und nichtig“.

Für das geplante Sondertribunal ist der Rückzug ein Rückschlag, aber kein Ende.
Die Kerngruppe aus der Ukraine, der EU und rund 40 weiteren Staaten hatte sich Anfang Februar in Brüssel auf die Rechtsgrundlagen geeinigt.
Der Europarat will den Entwurf des Abkommens mit Kiew im Mai den Außenministern seiner Mitgliedstaaten vorlegen.
Dass die USA dem Tribunal beitreten, gilt in Diplomatenkreisen inzwischen als ausgeschlossen.
Für die Bundesregierung stellt sich damit die Frage, ob sie die Lücke bei Personal und Geld mit anderen Europäern füllen will.
Ein Obmann im Auswärtigen Ausschuss des Bundestages sagte Table.Briefings, Europa müsse „jetzt zeigen, dass Völkerrecht kein amerikanisches Projekt ist“.
"""

# ---------------------------------------------------------------- b134de06 (Kölnische Rundschau, live blog)
DE06 = """
Ukraine-Krieg im Liveblog: Selenskyj unterzeichnet Gesetz zum Sondertribunal – Moskau spricht von „Nichtigkeit“

18.05 Uhr: Die EU-Botschafter sind am Abend erneut ohne Einigung auf das 18. Sanktionspaket gegen Russland auseinandergegangen, weil die Slowakei weiter blockiert.
Die EU-Außenbeauftragte Kaja Kallas hatte am Dienstag gesagt, sie hoffe auf einen Durchbruch „in den kommenden Tagen“.

16.30 Uhr: Kremlsprecher Dmitri Peskow hat das Ultimatum von US-Präsident Donald Trump zurückgewiesen.
„Sprache von Ultimaten akzeptieren wir nicht“, sagte Peskow am Nachmittag in Moskau.
Trump hatte Russland am Montag mit Strafzöllen gegen seine Handelspartner gedroht, falls es nicht binnen 50 Tagen einem Waffenstillstand zustimme.

14.10 Uhr: Außenminister Sergej Lawrow ist am Dienstag in Peking von Staatschef Xi Jinping empfangen worden.
Beide Seiten bekräftigten nach chinesischen Angaben ihre „umfassende strategische Partnerschaft“.
Bundeskanzler Friedrich Merz bekräftigte am Dienstag, Deutschland sei bereit, zwei Patriot-Systeme aus den USA für die Ukraine zu bezahlen.

12.45 Uhr: Die EU-Außenbeauftragte Kallas hat die Ratifizierung des Tribunal-Abkommens durch die Ukraine als „historischen Schritt“ begrüßt.
Bundesaußenminister Johann Wadephul kündigte an, Deutschland werde dem Verwaltungsausschuss des Tribunals beitreten und sich an den Kosten beteiligen.

10.20 Uhr: Die russische Außenamtssprecherin Maria Sacharowa hat das Tribunal am Vormittag als „rechtlich nichtig“ bezeichnet.
Russland werde keine seiner Entscheidungen anerkennen und niemanden ausliefern, sagte sie.

8.30 Uhr: Präsident Wolodymyr Selenskyj hat das Gesetz zur Ratifizierung des Abkommens mit dem Europarat über das Sondertribunal für das Verbrechen der Aggression unterzeichnet.
Die Werchowna Rada hatte es am Dienstag mit 318 Stimmen angenommen.
Selenskyj und Europarats-Generalsekretär Alain Berset hatten das Abkommen am 25. Juni in Straßburg unterzeichnet.
„Jeder, der diesen Krieg begonnen hat, wird sich verantworten müssen“, schrieb Selenskyj auf Telegram.

7.15 Uhr: Russland hat die Ukraine in der Nacht zum Mittwoch mit rund 400 Drohnen und einem Dutzend Raketen angegriffen.
Besonders betroffen war nach Angaben der Behörden die Region Winnyzja, wo zwei Menschen getötet wurden.
Der US-Sondergesandte Keith Kellogg setzt seinen Besuch in Kiew fort; am Montag war er mit Selenskyj zusammengetroffen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (CEST)"

DOCS = [
    doc(
        "b134de01_europarat_suspendiert_russland_2022_02", "2022-02-26", DE01,
        [
            T("Freitag", "DATE", "2022-02-25", 0),
            T("1969", "DATE", "1969"),
            T("frühen Donnerstagmorgen", "TIME", "2022-02-24TMO"),
            T("der Nacht zum Samstag", "TIME", "2022-02-25TNI", note="night of 25 to 26 February"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Freitagabend", "TIME", "2022-02-25TEV"),
            T("Freitag", "DATE", "2022-02-25", 1),
            T("selben Tag", "DATE", "2022-02-25"),
            T("Donnerstag", "DATE", "2022-02-24"),
            T("Sonntag", "DATE", "2022-02-27"),
            T("13 Uhr", "TIME", "2022-02-27T13:00", note="local time (CET)"),
            T("Mitte März", "DATE", "2022-03", mod="MID"),
            T("1996", "DATE", "1996"),
        ],
        [
            E("Council of Europe suspends Russia's rights of representation", "SANCTION", ["Russia"], "2022-02-25",
              "text", "occurred", "fasste den Beschluss am Freitag"),
            E("Russia votes against its suspension", "REJECT", ["Russia"], "2022-02-25", "text", "occurred",
              "fasste den Beschluss am Freitag"),
            E("Russian troops invade Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24TMO", "text", "occurred",
              "Russische Truppen waren am frühen Donnerstagmorgen"),
            E("Zelensky demands Russia's expulsion from the Council of Europe", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-02-25TNI", "text", "occurred",
              "Russland ganz aus dem Europarat auszuschließen"),
            E("Kyiv to apply to the European Court of Human Rights for interim measures against Russia", "ACCUSE",
              ["Ukraine", "Russia"], "FUTURE_REF", "vague", "planned", "Eilmaßnahmen gegen Russland"),
            E("Zakharova calls the decision an unfriendly act and accuses NATO and the EU", "ACCUSE",
              ["Maria Zakharova", "NATO", "European Union"], "2022-02-25TEV", "text", "occurred",
              "einen „unfreundlichen Akt“"),
            E("Russia threatens to review its membership of the Council of Europe", "THREATEN",
              ["Maria Zakharova", "Russia"], "2022-02-25TEV", "context", "occurred",
              "ob eine weitere Mitgliedschaft noch sinnvoll sei"),
            E("Russian delegation stops travelling to the Assembly in Strasbourg", "REJECT", ["Russia"],
              "2022-02-26", "published", "occurred", "Pjotr Tolstoi"),
            E("Putin ready to send a delegation to Minsk for talks with Ukraine", "AGREE",
              ["Vladimir Putin", "Ukraine"], "2022-02-25", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("EU foreign ministers freeze the assets of Putin and Lavrov", "SANCTION",
              ["European Union", "Vladimir Putin", "Sergey Lavrov"], "2022-02-25", "text", "occurred",
              "froren die Außenminister der EU"),
            E("Germany welcomes the suspension", "SUPPORT", ["Germany"], "2022-02-26", "published", "occurred",
              "Baerbock begrüßte"),
            E("Rally against the war in Strasbourg", "PROTEST", ["Russia"], "2022-02-27", "text", "planned",
              "Kundgebung gegen den Krieg"),
        ],
        [
            S("Volodymyr Zelensky", "Russia must be expelled from the Council of Europe altogether", "2022-02-25TNI",
              "text", "Russland ganz aus dem Europarat auszuschließen"),
            S("Volodymyr Zelensky", "Whoever drops bombs on Kyiv has no place in a house of human rights",
              "2022-02-25TNI", "context", "Wer Bomben auf Kiew wirft"),
            S("Ukraine", "Will apply to the ECHR for interim measures against Russia in the coming days", "2022-02-26",
              "published", "Eilmaßnahmen gegen Russland"),
            S("Russia", "Moscow reacted sharply", "2022-02-26", "published", "Moskau reagierte scharf."),
            S("Maria Zakharova", "The suspension is an unfriendly act; NATO and the EU have made the Council of "
              "Europe a tool", "2022-02-25TEV", "text", "einen „unfreundlichen Akt“"),
            S("Maria Zakharova", "Russia will examine whether further membership still makes sense",
              "2022-02-25TEV", "context", "ob eine weitere Mitgliedschaft noch sinnvoll sei"),
            S("Russia", "Tolstoy: the Russian delegation will not travel to Strasbourg until further notice",
              "2022-02-26", "published", "Pjotr Tolstoi"),
            S("Dmitry Peskov", "Putin is ready to send a delegation to Minsk for talks with Ukraine", "2022-02-25",
              "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Germany", "Baerbock: the Council of Europe has shown it is no toothless tiger", "2022-02-26",
              "published", "Baerbock begrüßte"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Maria Zakharova", "NATO", "European Union", "Dmitry Peskov",
         "Kremlin", "Vladimir Putin", "Sergey Lavrov", "Germany"],
    ),
    doc(
        "b134de02_pace_terroristisches_regime_2022_10", "2022-10-14", DE02,
        [
            T("Donnerstag", "DATE", "2022-10-13", 0),
            T("Montag", "DATE", "2022-10-10"),
            T("Samstag", "DATE", "2022-10-08"),
            T("März", "DATE", "2022-03"),
            T("fast sieben Monaten", "DURATION", "P7M", mod="APPROX"),
            T("Donnerstagabend", "TIME", "2022-10-13TEV"),
            T("Freitag", "DATE", "2022-10-14"),
            T("Mittwoch", "DATE", "2022-10-12"),
            T("Donnerstag", "DATE", "2022-10-13", 1),
            T("kommenden Montag", "DATE", "2022-10-17"),
            T("Ende Januar", "DATE", "2023-01", mod="END"),
        ],
        [
            E("PACE declares the Russian leadership a terrorist regime", "ACCUSE", ["Russia"], "2022-10-13",
              "context", "occurred", "als „terroristisches Regime“ eingestuft"),
            E("PACE demands a special tribunal for the crime of aggression against Ukraine", "REQUEST",
              ["Russia", "Ukraine"], "2022-10-13", "context", "occurred", "als „terroristisches Regime“ eingestuft"),
            E("PACE calls for frozen Russian assets to be used for Ukraine's reconstruction", "REQUEST",
              ["Russia", "Ukraine"], "2022-10-13", "context", "occurred", "eingefrorene russische Vermögen"),
            E("Massive Russian missile strikes on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"], "2022-10-10",
              "text", "occurred", "Anlass waren die massiven Raketenangriffe"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022-03", "text", "occurred",
              "bereits im März ausgeschlossen", note="expelled on 16 March 2022"),
            E("Zelensky thanks the parliamentarians", "SUPPORT", ["Volodymyr Zelensky"], "2022-10-13TEV", "text",
              "occurred", "dankte den Parlamentariern"),
            E("Zelensky: the terrorist state will pay for every missile", "THREATEN", ["Volodymyr Zelensky", "Russia"],
              "2022-10-13TEV", "text", "occurred", "dankte den Parlamentariern"),
            E("Kuleba: no one responsible will escape the tribunal", "THREATEN", ["Ukraine", "Russia"], "2022-10-14",
              "published", "occurred", "kein einziger Verantwortlicher"),
            E("Zakharova calls the Assembly a Russophobic talking shop", "ACCUSE", ["Maria Zakharova"], "2022-10-14",
              "published", "occurred", "russophoben Schwatzbude"),
            E("Peskov: Russia will not recognise any special tribunal", "REJECT", ["Dmitry Peskov", "Russia"],
              "2022-10-14", "text", "occurred", "Russland werde kein Sondertribunal anerkennen"),
            E("UN General Assembly declares the annexation invalid and demands Moscow reverse it", "REQUEST",
              ["United Nations", "Russia"], "2022-10-12", "text", "occurred", "mit 143 Stimmen"),
            E("Russia and Belarus vote against the UN resolution", "REJECT", ["Russia", "Belarus"], "2022-10-12",
              "context", "occurred", "Russland, Belarus und drei weitere Staaten"),
            E("NATO defence ministers meet in Brussels on air defence for Ukraine", "CONSULT", ["NATO", "Ukraine"],
              "2022-10-13", "text", "occurred", "Die Nato-Verteidigungsminister berieten"),
            E("Germany open to a tribunal", "SUPPORT", ["Germany"], "2022-10-14", "published", "occurred",
              "Die Bundesregierung zeigte sich offen"),
            E("EU foreign ministers to discuss sanctions on Iran over drone deliveries", "CONSULT",
              ["European Union"], "2022-10-17", "text", "planned", "Die EU-Außenminister wollen"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks PACE; the terrorist state will pay for every missile", "2022-10-13TEV",
              "text", "dankte den Parlamentariern"),
            S("Ukraine", "Kuleba: a further step towards a tribunal no one responsible will escape", "2022-10-14",
              "published", "kein einziger Verantwortlicher"),
            S("Russia", "Sharp criticism from Moscow", "2022-10-14", "published", "Aus Moskau kam scharfe Kritik."),
            S("Maria Zakharova", "PACE is a Russophobic talking shop that has long lost all relevance", "2022-10-14",
              "published", "russophoben Schwatzbude"),
            S("Dmitry Peskov", "Russia will not recognise any special tribunal, whoever sets it up", "2022-10-14",
              "text", "Russland werde kein Sondertribunal anerkennen"),
            S("Dmitry Peskov", "The plans have no legal basis whatsoever", "2022-10-14", "context",
              "Die Pläne hätten keinerlei rechtliche Grundlage"),
            S("Jens Stoltenberg", "NATO will not be intimidated by Putin's threats", "2022-10-13", "context",
              "lasse sich von den Drohungen"),
            S("Germany", "Foreign Office: examining the tribunal proposals seriously and with great interest",
              "2022-10-14", "published", "ernsthaft und mit großem Interesse"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "United Nations",
         "Belarus", "China", "NATO", "Jens Stoltenberg", "Vladimir Putin", "Germany", "European Union"],
    ),
    doc(
        "b134de03_lwiw_united_for_justice_2023_03", "2023-03-04", DE03,
        [
            T("diesem Sommer", "DATE", "2023-SU"),
            T("Freitag", "DATE", "2023-03-03", 0),
            T("Anfang des Jahres", "DATE", "2023", mod="START"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Freitagabend", "TIME", "2023-03-03TEV"),
            T("Donnerstag", "DATE", "2023-03-02"),
            T("Freitag", "DATE", "2023-03-03", 1),
            T("selben Tag", "DATE", "2023-03-03"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("Juli", "DATE", "2023-07"),
        ],
        [
            E("EU announces a centre for the prosecution of the crime of aggression in The Hague", "AGREE",
              ["European Union", "Ukraine"], "2023-03-03", "text", "occurred", "Das kündigte EU-Justizkommissar"),
            E("US and Ukraine sign an agreement on prosecuting war crimes", "AGREE", ["United States", "Ukraine"],
              "2023-03-03", "context", "occurred", "Merrick Garland unterzeichnete"),
            E("Zelensky demands a special tribunal", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2023-03-03",
              "context", "occurred", "Es wird keine Straflosigkeit geben"),
            E("Zelensky vows there will be no impunity", "THREATEN", ["Volodymyr Zelensky", "Russia"], "2023-03-03",
              "context", "occurred", "Es wird keine Straflosigkeit geben"),
            E("Germany to provide two prosecutors to the centre", "AGREE", ["Germany", "European Union"],
              "2023-03-03", "context", "occurred", "zwei erfahrene Staatsanwälte"),
            E("Buschmann calls for a tribunal close to the ICC's structures", "REQUEST", ["Germany"], "2023-03-03",
              "context", "occurred", "Zugleich plädierte er dafür"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Seit Beginn der Invasion im Februar 2022"),
            E("Zakharova calls the conference theatre for the Western public", "ACCUSE", ["Maria Zakharova"],
              "2023-03-03TEV", "text", "occurred", "Theater für die westliche Öffentlichkeit"),
            E("Zakharova: Russia recognises neither the ICC nor any tribunal", "REJECT", ["Maria Zakharova", "Russia"],
              "2023-03-03TEV", "context", "occurred", "Russland erkenne weder den Strafgerichtshof"),
            E("Russian missile hits an apartment block in Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"],
              "2023-03-02", "text", "occurred", "Am Donnerstag hatte eine russische Rakete"),
            E("Scholz meets Biden in Washington", "CONSULT", ["Olaf Scholz", "Joe Biden"], "2023-03-03", "text",
              "occurred", "Bundeskanzler Olaf Scholz traf am Freitag"),
            E("Biden announces a further $400 million military aid package", "AID",
              ["Joe Biden", "United States", "Ukraine"], "2023-03-03", "text", "occurred",
              "Biden kündigte am selben Tag"),
            E("Next core group meeting on the tribunal, with Ukraine", "CONSULT", ["Ukraine"], "2023-03", "text",
              "planned", "Die nächste Sitzung der Kerngruppe", date_mod="END"),
            E("The Hague centre to start work", "COOPERATE", ["European Union", "Ukraine"], "2023-07", "text",
              "planned", "Das Haager Zentrum soll im Juli"),
        ],
        [
            S("European Union", "Reynders: the EU will set up a centre for prosecuting aggression in The Hague this "
              "summer", "2023-03-03", "text", "Das kündigte EU-Justizkommissar"),
            S("Volodymyr Zelensky", "Demands a special tribunal: there will be no impunity for anyone", "2023-03-03",
              "context", "Es wird keine Straflosigkeit geben"),
            S("Germany", "Buschmann: Germany will provide two experienced prosecutors to the centre", "2023-03-03",
              "context", "zwei erfahrene Staatsanwälte"),
            S("Germany", "Buschmann: the tribunal should follow the ICC's structures as closely as possible",
              "2023-03-03", "context", "Zugleich plädierte er dafür"),
            S("Ukraine", "Prosecutor general's office: more than 70,000 suspected war crimes registered",
              "2023-03-04", "published", "mehr als 70.000 mutmaßliche Kriegsverbrechen"),
            S("Russia", "Moscow responded with mockery", "2023-03-04", "published", "Moskau reagierte mit Spott."),
            S("Maria Zakharova", "The conference is theatre for the Western public", "2023-03-03TEV", "text",
              "Theater für die westliche Öffentlichkeit"),
            S("Maria Zakharova", "Russia recognises neither the ICC nor any tribunal", "2023-03-03TEV", "context",
              "Russland erkenne weder den Strafgerichtshof"),
        ],
        ["European Union", "Ukraine", "Russia", "United States", "Volodymyr Zelensky", "Germany", "Maria Zakharova",
         "Olaf Scholz", "Joe Biden"],
    ),
    doc(
        "b134de04_schadensregister_angehoerige_2024_11", "2024-11-20", DE04,
        [
            T("Tausend Tage", "DURATION", "P1000D"),
            T("Dezember", "DATE", "2024-12"),
            T("Dienstag", "DATE", "2024-11-19", 0),
            T("April", "DATE", "2024-04"),
            T("Mai 2023", "DATE", "2023-05"),
            T("dem Sommer", "DATE", "2024-SU"),
            T("Dienstag", "DATE", "2024-11-19", 1),
            T("kommenden Jahr", "DATE", "2025", note="in Sybiha's quote, speech time Tuesday 19 November 2024"),
            T("Montag", "DATE", "2024-11-18"),
            T("Dienstag", "DATE", "2024-11-19", 2),
            T("selben Tag", "DATE", "2024-11-19"),
            T("Wochenende", "DATE", "2024-W46-WE"),
            T("Freitag", "DATE", "2024-11-15"),
            T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Sommer", "DATE", "2024-SU", 1),
            T("Donnerstagabend", "TIME", "2024-11-21TEV"),
        ],
        [
            E("Register of damage to take claims from relatives of people killed", "AGREE", ["Ukraine", "Russia"],
              "2024-12", "text", "planned", "können ihre Ansprüche von Dezember an",
              note="announced on Tuesday 19 November 2024; the register is not canonical"),
            E("Register of damage founded at the Reykjavík summit", "AGREE", ["European Union", "Russia"], "2023-05",
              "text", "occurred", "im Mai 2023 beim Gipfel des Europarats"),
            E("Sybiha demands a claims commission next year, paid from frozen Russian assets", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2024-11-19", "text", "occurred", "Sybiha forderte am Dienstag"),
            E("EU foreign ministers discuss Ukraine in Brussels", "CONSULT", ["European Union", "Ukraine"],
              "2024-11-18", "text", "occurred", "Die EU-Außenminister hatten am Montag"),
            E("Borrell: the EU will keep financing the register", "AGREE", ["European Union", "Ukraine"],
              "2024-11-18", "context", "occurred", "Die EU-Außenminister hatten am Montag"),
            E("Zakharova calls the register a tool for legalising theft", "ACCUSE", ["Maria Zakharova"],
              "2024-11-19", "text", "occurred", "Werkzeug zur Legalisierung von Diebstahl"),
            E("Putin signs a revised nuclear doctrine", "THREATEN", ["Vladimir Putin"], "2024-11-19", "text",
              "occurred", "unterzeichnete Präsident Wladimir Putin eine geänderte Nukleardoktrin"),
            E("Ukraine fires US ATACMS missiles at the Bryansk region", "ASSAULT", ["Ukraine", "Russia"], "2024-11-19",
              "context", "occurred", "ATACMS-Raketen auf die Region Brjansk"),
            E("Biden allows Ukraine to use ATACMS on Russian territory", "SUPPORT", ["Joe Biden", "Ukraine"],
              "2024-W46-WE", "text", "occurred", "ATACMS-Raketen auf die Region Brjansk"),
            E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11-15", "text",
              "occurred", "Bundeskanzler Olaf Scholz hatte am Freitag"),
            E("Zelensky accuses Scholz of opening Pandora's box", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2024-11-15", "context", "occurred", "Bundeskanzler Olaf Scholz hatte am Freitag"),
        ],
        [
            S("Andrii Sybiha", "The claims commission must be in place next year and paid from frozen Russian assets",
              "2024-11-19", "text", "Sybiha forderte am Dienstag"),
            S("European Union", "Borrell: the EU will keep financing the register's work", "2024-11-18", "context",
              "Die EU-Außenminister hatten am Montag"),
            S("Russia", "Moscow rejects the register", "2024-11-20", "published", "Moskau weist das Register zurück."),
            S("Maria Zakharova", "The register is a tool for legalising theft", "2024-11-19", "text",
              "Werkzeug zur Legalisierung von Diebstahl"),
            S("Russia", "Ukraine fired US ATACMS missiles at the Bryansk region", "2024-11-19", "context",
              "ATACMS-Raketen auf die Region Brjansk"),
            S("Volodymyr Zelensky", "Scholz's call with Putin opens Pandora's box", "2024-11-15", "context",
              "Bundeskanzler Olaf Scholz hatte am Freitag"),
        ],
        ["Ukraine", "Russia", "European Union", "Andrii Sybiha", "Maria Zakharova", "Vladimir Putin",
         "United States", "Joe Biden", "Olaf Scholz", "Germany", "Volodymyr Zelensky"],
    ),
    doc(
        "b134de05_usa_verlassen_icpa_2025_03", "2025-03-18", DE05,
        [
            T("Montag", "DATE", "2025-03-17", 0),
            T("Montagabend", "TIME", "2025-03-17TEV"),
            T("Juli 2023", "DATE", "2023-07"),
            T("Februar", "DATE", "2025-02", 0),
            T("Dienstagnachmittag", "TIME", "2025-03-18TAF"),
            T("30-tägigen", "DURATION", "P30D"),
            T("vergangene Woche", "DATE", "2025-W11"),
            T("Donnerstag", "DATE", "2025-03-13"),
            T("Dienstagmorgen", "TIME", "2025-03-18TMO"),
            T("Montag", "DATE", "2025-03-17", 1),
            T("Dienstag", "DATE", "2025-03-18"),
            T("Anfang Februar", "DATE", "2025-02", mod="START"),
            T("Mai", "DATE", "2025-05"),
            T("jetzt", "DATE", "PRESENT_REF"),
        ],
        [
            E("US withdraws from the International Centre for the Prosecution of the Crime of Aggression", "REJECT",
              ["United States", "Ukraine"], "2025-03-17", "text", "occurred", "per E-Mail über den Schritt informiert"),
            E("US joined the ICPA", "COOPERATE", ["United States", "European Union", "Ukraine"], "2023-07", "text",
              "occurred", "im Juli 2023 als einziger Staat"),
            E("US votes with Russia against the UN resolution naming Moscow the aggressor", "REJECT",
              ["United States", "Russia", "United Nations"], "2025-02", "text", "occurred",
              "gemeinsam mit Russland gegen eine Resolution", note="24 February 2025"),
            E("Trump–Putin phone call on a 30-day ceasefire", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-03-18TAF", "text", "planned", "Am Dienstagnachmittag will Trump"),
            E("Ukraine agrees to a 30-day ceasefire in Jeddah", "AGREE", ["Ukraine", "United States"], "2025-W11",
              "text", "occurred", "Am Dienstagnachmittag will Trump", note="11 March 2025"),
            E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-03-13", "text",
              "occurred", "Der Sondergesandte Steve Witkoff"),
            E("Sybiha regrets the US decision", "ACCUSE", ["Andrii Sybiha", "United States"], "2025-03-18TMO", "text",
              "occurred", "Sybiha bedauerte die Entscheidung"),
            E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union"], "2025-03-17", "text",
              "occurred", "am Rande eines Treffens der EU-Außenminister"),
            E("Kallas: justice must not be a bargaining chip", "REQUEST", ["Kaja Kallas"], "2025-03-17", "text",
              "occurred", "am Rande eines Treffens der EU-Außenminister"),
            E("Germany to continue its contributions to the centre", "AGREE", ["Germany"], "2025-03-18",
              "published", "occurred", "Das Auswärtige Amt kündigte an"),
            E("Peskov: the centre is null and void for Russia", "REJECT", ["Dmitry Peskov"], "2025-03-18", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            E("Core group agrees on the legal foundations of the special tribunal", "AGREE",
              ["Ukraine", "European Union"], "2025-02", "text", "occurred", "Die Kerngruppe aus der Ukraine",
              date_mod="START", note="4 February 2025"),
        ],
        [
            S("United States", "Justice Department informs the other members of its withdrawal", "2025-03-17",
              "text", "per E-Mail über den Schritt informiert"),
            S("Andrii Sybiha", "Regrets the US decision", "2025-03-18TMO", "text",
              "Sybiha bedauerte die Entscheidung"),
            S("Andrii Sybiha", "Aggression without punishment is an invitation to the next aggression",
              "2025-03-18TMO", "context", "Aggression ohne Strafe"),
            S("Kaja Kallas", "Justice must not be a bargaining chip", "2025-03-17", "text",
              "am Rande eines Treffens der EU-Außenminister"),
            S("Germany", "Foreign Office: Germany will continue its contributions to the centre", "2025-03-18",
              "published", "Das Auswärtige Amt kündigte an"),
            S("Dmitry Peskov", "No comment on Washington's internal decisions; the centre is null and void for Russia",
              "2025-03-18", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        ],
        ["United States", "Ukraine", "European Union", "Donald Trump", "Russia", "United Nations", "Vladimir Putin",
         "Kremlin", "Steve Witkoff", "Andrii Sybiha", "Kaja Kallas", "Germany", "Dmitry Peskov"],
    ),
    doc(
        "b134de06_liveblog_rada_ratifiziert_tribunal_2025_07", "2025-07-16", DE06,
        [
            T("18.05 Uhr", "TIME", "2025-07-16T18:05", note=LIVE),
            T("Abend", "TIME", "2025-07-16TEV"),
            T("Dienstag", "DATE", "2025-07-15", 0),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("16.30 Uhr", "TIME", "2025-07-16T16:30", note=LIVE),
            T("Nachmittag", "TIME", "2025-07-16TAF"),
            T("Montag", "DATE", "2025-07-14", 0),
            T("50 Tagen", "DURATION", "P50D"),
            T("14.10 Uhr", "TIME", "2025-07-16T14:10", note=LIVE),
            T("Dienstag", "DATE", "2025-07-15", 1),
            T("Dienstag", "DATE", "2025-07-15", 2),
            T("12.45 Uhr", "TIME", "2025-07-16T12:45", note=LIVE),
            T("10.20 Uhr", "TIME", "2025-07-16T10:20", note=LIVE),
            T("Vormittag", "TIME", "2025-07-16TMO"),
            T("8.30 Uhr", "TIME", "2025-07-16T08:30", note=LIVE),
            T("Dienstag", "DATE", "2025-07-15", 3),
            T("25. Juni", "DATE", "2025-06-25"),
            T("7.15 Uhr", "TIME", "2025-07-16T07:15", note=LIVE),
            T("der Nacht zum Mittwoch", "TIME", "2025-07-15TNI", note="night of 15 to 16 July"),
            T("Montag", "DATE", "2025-07-14", 1),
        ],
        [
            E("EU ambassadors again fail to agree on the 18th sanctions package", "CONSULT", ["European Union"],
              "2025-07-16TEV", "text", "occurred", "Die EU-Botschafter sind am Abend"),
            E("Peskov rejects Trump's ultimatum", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2025-07-16TAF",
              "context", "occurred", "hat das Ultimatum von US-Präsident Donald Trump zurückgewiesen"),
            E("Trump threatens Russia's trading partners with tariffs unless Russia agrees to a ceasefire within 50 "
              "days", "THREATEN", ["Donald Trump", "Russia"], "2025-07-14", "text", "occurred",
              "Trump hatte Russland am Montag", note="deadline about 2 September 2025"),
            E("Xi receives Lavrov in Beijing", "CONSULT", ["Sergey Lavrov", "Xi Jinping"], "2025-07-15", "text",
              "occurred", "Außenminister Sergej Lawrow ist am Dienstag"),
            E("Merz: Germany ready to pay for two US Patriot systems for Ukraine", "AGREE",
              ["Friedrich Merz", "Ukraine", "United States"], "2025-07-15", "text", "occurred",
              "zwei Patriot-Systeme"),
            E("Kallas welcomes Ukraine's ratification of the tribunal agreement", "SUPPORT", ["Kaja Kallas", "Ukraine"],
              "2025-07-16", "context", "occurred", "als „historischen Schritt“ begrüßt"),
            E("Germany to join the tribunal's management committee and share the costs", "AGREE", ["Germany"],
              "2025-07-16", "context", "occurred", "Johann Wadephul kündigte an"),
            E("Zakharova calls the tribunal legally void", "REJECT", ["Maria Zakharova"], "2025-07-16TMO", "text",
              "occurred", "am Vormittag als „rechtlich nichtig“"),
            E("Russia will not recognise the tribunal's decisions or extradite anyone", "REJECT",
              ["Maria Zakharova", "Russia"], "2025-07-16TMO", "context", "occurred", "niemanden ausliefern"),
            E("Zelensky signs the law ratifying the tribunal agreement", "AGREE", ["Volodymyr Zelensky"],
              "2025-07-16", "context", "occurred", "hat das Gesetz zur Ratifizierung"),
            E("Verkhovna Rada ratifies the tribunal agreement", "AGREE", ["Ukraine"], "2025-07-15", "text",
              "occurred", "Die Werchowna Rada hatte es am Dienstag"),
            E("Zelensky and Berset sign the tribunal agreement in Strasbourg", "AGREE", ["Volodymyr Zelensky"],
              "2025-06-25", "text", "occurred", "am 25. Juni in Straßburg"),
            E("Zelensky vows that everyone who started the war will be held to account", "THREATEN",
              ["Volodymyr Zelensky", "Russia"], "2025-07-16", "context", "occurred", "wird sich verantworten müssen"),
            E("Russian night attack with about 400 drones and a dozen missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2025-07-15TNI", "text", "occurred", "Russland hat die Ukraine in der Nacht zum Mittwoch"),
            E("Kellogg meets Zelensky in Kyiv", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"], "2025-07-14",
              "text", "occurred", "am Montag war er mit Selenskyj zusammengetroffen"),
        ],
        [
            S("Kaja Kallas", "Hopes for a breakthrough on the 18th package in the coming days", "2025-07-15", "text",
              "sie hoffe auf einen Durchbruch"),
            S("Dmitry Peskov", "We do not accept the language of ultimatums", "2025-07-16TAF", "text",
              "Sprache von Ultimaten akzeptieren wir nicht"),
            S("China", "Both sides reaffirmed their comprehensive strategic partnership", "2025-07-15", "context",
              "umfassende strategische Partnerschaft"),
            S("Friedrich Merz", "Germany is ready to pay for two Patriot systems from the US for Ukraine",
              "2025-07-15", "text", "zwei Patriot-Systeme"),
            S("Kaja Kallas", "Ukraine's ratification of the tribunal agreement is a historic step", "2025-07-16",
              "context", "als „historischen Schritt“ begrüßt"),
            S("Germany", "Wadephul: Germany will join the tribunal's management committee and share the costs",
              "2025-07-16", "context", "Johann Wadephul kündigte an"),
            S("Maria Zakharova", "The tribunal is legally void", "2025-07-16TMO", "text",
              "am Vormittag als „rechtlich nichtig“"),
            S("Maria Zakharova", "Russia will recognise none of its decisions and extradite no one", "2025-07-16TMO",
              "context", "niemanden ausliefern"),
            S("Volodymyr Zelensky", "Everyone who started this war will have to answer for it", "2025-07-16",
              "context", "wird sich verantworten müssen"),
            S("Ukraine", "Authorities: two people killed in the Vinnytsia region", "2025-07-16", "published",
              "Besonders betroffen war"),
        ],
        ["European Union", "Russia", "Kaja Kallas", "Dmitry Peskov", "Kremlin", "Donald Trump", "United States",
         "Sergey Lavrov", "Xi Jinping", "China", "Friedrich Merz", "Germany", "Ukraine", "Maria Zakharova",
         "Volodymyr Zelensky", "Keith Kellogg"],
    ),
]
