"""German articles of the blind121 set (fictionalised; written and annotated blind to the extraction code).

Theme: the legal aftermath of MH17, 2022-2025 (the ICAO case, the Dutch verdict, the Strasbourg proceedings and
Russia's responses).
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


MH17_NOTE = "attacker disputed by Russia; the JIT and the Dutch court attribute the Buk to Russia's 53rd brigade"

# ---------------------------------------------------------------- b121de01 (aero.de)
DE01 = """
MH17: Niederlande und Australien ziehen Russland vor den ICAO-Rat

Die Niederlande und Australien haben Russland wegen des Abschusses von Flug MH17 vor der Internationalen Zivilluftfahrtorganisation ICAO verklagt.
Die beiden Regierungen reichten am Montag beim ICAO-Rat in Montreal ein Verfahren nach Artikel 84 des Chicagoer Abkommens ein, wie das Außenministerium in Den Haag mitteilte.
Sie werfen Moskau vor, gegen Artikel 3bis verstoßen zu haben, der den Einsatz von Waffen gegen Zivilflugzeuge im Flug verbietet.

Die Boeing 777-200ER der Malaysia Airlines war am 17. Juli 2014 auf dem Weg von Amsterdam nach Kuala Lumpur über der Ostukraine von einer Buk-Flugabwehrrakete getroffen worden.
Alle 298 Insassen starben, darunter 196 Niederländer, 38 Australier und vier Deutsche.
Die internationale Ermittlergruppe JIT, der auch die Ukraine angehört, kam 2016 zu dem Schluss, dass das Buk-System aus Russland in die Ostukraine gebracht und danach zurückgefahren worden war.

Ministerpräsident Mark Rutte forderte Russland auf, sich endlich seiner Verantwortung zu stellen.
„Die Hinterbliebenen haben ein Recht auf Wahrheit und Gerechtigkeit“, sagte Außenminister Wopke Hoekstra.
Den Haag und Canberra hatten Russland bereits im Mai 2018 förmlich für den Abschuss verantwortlich gemacht.
Moskau brach die anschließenden Gespräche mit beiden Staaten im Oktober 2020 ab.

Das russische Außenministerium wies die Klage am Dienstag als „politisch motiviert“ zurück.
Sprecherin Maria Sacharowa erklärte, Den Haag und Canberra wollten die Tragödie ausnutzen, um Russland weiter zu isolieren.
Kremlsprecher Dmitri Peskow sagte, Russland habe mit dem Absturz nichts zu tun und werde sich an dem Verfahren nicht beteiligen.

Die Klage fällt in eine Zeit, in der der Luftverkehr zwischen Russland und Europa weitgehend zum Erliegen gekommen ist.
Die EU sperrte ihren Luftraum am 27. Februar für russische Flugzeuge, Moskau antwortete am 28. Februar mit Flugverboten für Airlines aus der EU und weiteren Staaten.
Der ukrainische Präsident Wolodymyr Selenskyj fordert von der Nato seit Tagen eine Flugverbotszone über seinem Land.
Nato-Generalsekretär Jens Stoltenberg lehnte das Anfang März ab, weil die Allianz damit zur Kriegspartei würde.

Dem ICAO-Rat gehören derzeit 36 Staaten an, darunter auch Russland.
Moskau kann in den kommenden Wochen Einwände gegen die Zuständigkeit des Rats erheben.
In den Niederlanden läuft seit März 2020 zudem der Strafprozess gegen drei Russen und einen Ukrainer, ein Urteil wird gegen Ende des Jahres erwartet.
Außerdem ist beim Europäischen Gerichtshof für Menschenrechte eine Beschwerde anhängig, die Den Haag im Juli 2020 gegen Russland eingereicht hatte.
"""

# ---------------------------------------------------------------- b121de02 (Borkener Zeitung)
DE02 = """
Lebenslang für MH17-Täter – Gericht sieht Russland in der Verantwortung

Badhoevedorp/Borken. Mehr als acht Jahre nach dem Abschuss von Flug MH17 hat ein niederländisches Gericht drei Männer in Abwesenheit zu lebenslanger Haft verurteilt.
Das Bezirksgericht Den Haag sprach am Donnerstag die Russen Igor Girkin und Sergej Dubinski sowie den Ukrainer Leonid Chartschenko des 298-fachen Mordes schuldig.
Der vierte Angeklagte, der Russe Oleg Pulatow, wurde mangels Beweisen freigesprochen.

Der Vorsitzende Richter Hendrik Steenhuis verlas das Urteil im Hochsicherheitsgerichtssaal am Flughafen Schiphol, in dem seit März 2020 verhandelt worden war.
Nach Überzeugung der Kammer wurde die Boeing der Malaysia Airlines am 17. Juli 2014 von einer Buk-Rakete getroffen, die von einem Feld bei Perwomajskyj abgefeuert worden war.
Das Gericht stellte außerdem fest, dass Russland spätestens ab Mitte Mai 2014 die „Gesamtkontrolle“ über die selbsternannte Volksrepublik Donezk ausübte.
Den Angehörigen sprach es Entschädigungen von mehr als 16 Millionen Euro zu.
Die Staatsanwaltschaft hat zwei Wochen Zeit, um über eine Berufung im Fall Pulatow zu entscheiden.

Ministerpräsident Mark Rutte sprach am Donnerstagabend von einem „wichtigen Moment“ für die Hinterbliebenen.
Er kündigte an, den russischen Botschafter einbestellen zu lassen, und forderte Moskau auf, die Verurteilten auszuliefern.
Der ukrainische Präsident Wolodymyr Selenskyj begrüßte den Schuldspruch noch am selben Tag und erklärte, auch die Auftraggeber in Moskau müssten zur Rechenschaft gezogen werden.
Die EU sprach von einem ersten Schritt zur Gerechtigkeit.

Aus Moskau kam scharfe Kritik.
Das Außenministerium nannte das Urteil „skandalös“ und warf dem Gericht vor, unter politischem Druck gehandelt zu haben.
Russland werde seine Staatsbürger nicht ausliefern, erklärte Sprecherin Maria Sacharowa.
Die Verurteilten halten sich vermutlich in Russland auf, dessen Verfassung die Auslieferung eigener Bürger verbietet.
Girkin, ein früherer Offizier des Inlandsgeheimdienstes FSB, war im Sommer 2014 Militärchef der Separatisten in Donezk.
Parallel prüft der Rat der Internationalen Zivilluftfahrtorganisation ICAO seit März eine Beschwerde der Niederlande und Australiens gegen Russland.

Auch im Kreis Borken wurde das Urteil aufmerksam verfolgt.
In der niederländischen Nachbargemeinde Aalten legten Bürger am Donnerstagabend Blumen am Rathaus nieder.
„Für viele Familien auf beiden Seiten der Grenze ist das Thema nie abgeschlossen gewesen“, sagte Bürgermeisterin Mechtild Schulze Hessing (CDU) unserer Zeitung.
"""

# ---------------------------------------------------------------- b121de03 (Westfälische Rundschau)
DE03 = """
Vier Jahre Lager für Girkin – der MH17-Täter sitzt in Russland, aber nicht wegen MH17

Moskau. Ein Moskauer Gericht hat den früheren Geheimdienstoffizier Igor Girkin zu vier Jahren Lagerhaft verurteilt.
Das Stadtgericht sprach den Ultranationalisten am Donnerstag schuldig, öffentlich zu extremistischen Handlungen aufgerufen zu haben.
Girkin, der unter dem Kampfnamen „Strelkow“ bekannt wurde, hatte Kremlchef Wladimir Putin und die Militärführung in Internetbeiträgen scharf kritisiert.
Festgenommen worden war er im Juli vergangenen Jahres.

In den Niederlanden ist Girkin seit November 2022 verurteilt.
Ein Gericht in Den Haag hatte ihn gemeinsam mit zwei weiteren Männern für den Abschuss von Flug MH17 über der Ostukraine im Juli 2014 in Abwesenheit zu lebenslanger Haft verurteilt.
Alle 298 Menschen an Bord waren ums Leben gekommen, darunter vier Deutsche.
Das niederländische Außenministerium erklärte am Donnerstag, das Moskauer Urteil ändere nichts daran, dass Girkin nach Den Haag ausgeliefert werden müsse.
Kremlsprecher Dmitri Peskow wies das zurück: Eine Auslieferung russischer Staatsbürger sei durch die Verfassung ausgeschlossen.

In der kommenden Woche richtet sich der Blick erneut auf Den Haag.
Der Internationale Gerichtshof will am Mittwoch sein Urteil in der Klage der Ukraine gegen Russland wegen Terrorismusfinanzierung und Rassendiskriminierung verkünden.
Kiew hatte die Klage 2017 eingereicht und wirft Moskau unter anderem vor, die Separatisten im Donbass mit Waffen beliefert zu haben, darunter das Buk-System, mit dem MH17 abgeschossen wurde.
Außenminister Dmytro Kuleba forderte am Donnerstag, Russland müsse für die Unterstützung der Separatisten zur Rechenschaft gezogen werden.
Sprecherin Maria Sacharowa hatte Kiew Ende vergangener Woche vorgeworfen, den Gerichtshof für „antirussische Propaganda“ zu missbrauchen.

Anhängig ist zudem eine gemeinsame Klage der Ukraine und der Niederlande beim Europäischen Gerichtshof für Menschenrechte.
Die Große Kammer in Straßburg hatte sie vor einem Jahr für zulässig erklärt und festgestellt, dass die Separatistengebiete ab Mai 2014 unter russischer Hoheitsgewalt standen.
Ein Urteil in der Sache wird frühestens gegen Ende des Jahres erwartet.

Girkins Anwälte kündigten an, gegen das Moskauer Urteil Berufung einzulegen.
Vor dem Gericht hatten sich am Donnerstag einige Dutzend Anhänger versammelt, Journalisten wurden nicht in den Saal gelassen.
"""

DOCS = [
    doc(
        "b121de01_icao_klage_niederlande_australien_2022_03", "2022-03-15", DE01,
        [
            T("Montag", "DATE", "2022-03-14"),
            T("17. Juli 2014", "DATE", "2014-07-17"),
            T("2016", "DATE", "2016"),
            T("Mai 2018", "DATE", "2018-05"),
            T("Oktober 2020", "DATE", "2020-10"),
            T("Dienstag", "DATE", "2022-03-15"),
            T("27. Februar", "DATE", "2022-02-27"),
            T("28. Februar", "DATE", "2022-02-28"),
            T("Tagen", "DURATION", "PXD"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("März 2020", "DATE", "2020-03"),
            T("Ende des Jahres", "DATE", "2022", mod="END"),
            T("Juli 2020", "DATE", "2020-07"),
        ],
        [
            E("The Netherlands and Australia file a case against Russia at the ICAO Council over MH17", "ACCUSE",
              ["Russia", "United Nations"], "2022-03-14", "text", "occurred", "Die beiden Regierungen reichten",
              note="ICAO (a UN specialised agency) credited to the UN; the Netherlands and Australia are not canonical"),
            E("MH17 shot down over eastern Ukraine by a Buk missile", "ASSAULT", ["Russia"], "2014-07-17", "text",
              "occurred", "Die Boeing 777-200ER der Malaysia Airlines", note=MH17_NOTE),
            E("The JIT, Ukraine among its members, finds the Buk came from Russia", "ACCUSE", ["Ukraine", "Russia"],
              "2016", "text", "occurred", "Die internationale Ermittlergruppe JIT"),
            E("Rutte calls on Russia to face its responsibility", "REQUEST", ["Mark Rutte", "Russia"], "2022-03-15",
              "published", "occurred", "Ministerpräsident Mark Rutte forderte"),
            E("The Netherlands and Australia formally hold Russia responsible", "ACCUSE", ["Russia"], "2018-05", "text",
              "occurred", "Den Haag und Canberra hatten Russland bereits"),
            E("Russia breaks off the talks with the Netherlands and Australia", "REJECT", ["Russia"], "2020-10", "text",
              "occurred", "Moskau brach die anschließenden Gespräche"),
            E("Russian foreign ministry rejects the complaint as politically motivated", "REJECT", ["Russia"],
              "2022-03-15", "text", "occurred", "wies die Klage am Dienstag"),
            E("Zakharova accuses The Hague and Canberra of exploiting the tragedy to isolate Russia", "ACCUSE",
              ["Maria Zakharova"], "2022-03-15", "context", "occurred", "Sprecherin Maria Sacharowa erklärte"),
            E("Peskov denies involvement; Russia will not take part in the proceedings", "REJECT", ["Dmitry Peskov"],
              "2022-03-15", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("EU closes its airspace to Russian aircraft", "SANCTION", ["European Union", "Russia"], "2022-02-27",
              "text", "occurred", "Die EU sperrte ihren Luftraum"),
            E("Russia bans airlines from the EU and other states", "SANCTION", ["Russia", "European Union"],
              "2022-02-28", "text", "occurred", "Die EU sperrte ihren Luftraum"),
            E("Zelensky demands a NATO no-fly zone over Ukraine", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2022-03-15", "published", "occurred", "fordert von der Nato seit Tagen"),
            E("Stoltenberg rejects a no-fly zone", "REJECT", ["Jens Stoltenberg", "NATO", "Ukraine"], "2022-03", "text",
              "occurred", "Jens Stoltenberg lehnte das", date_mod="START"),
            E("The Netherlands files an ECHR application against Russia", "ACCUSE", ["Russia"], "2020-07", "text",
              "occurred", "Außerdem ist beim Europäischen Gerichtshof"),
        ],
        [
            S("Mark Rutte", "Russia must finally face its responsibility", "2022-03-15", "published",
              "Ministerpräsident Mark Rutte forderte"),
            S("Russia", "Foreign ministry rejects the ICAO complaint as politically motivated", "2022-03-15", "text",
              "wies die Klage am Dienstag"),
            S("Maria Zakharova", "The Hague and Canberra want to exploit the tragedy to isolate Russia further",
              "2022-03-15", "context", "Sprecherin Maria Sacharowa erklärte"),
            S("Dmitry Peskov", "Russia had nothing to do with the crash and will not take part in the proceedings",
              "2022-03-15", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Volodymyr Zelensky", "Demands a NATO no-fly zone over Ukraine", "2022-03-15", "published",
              "fordert von der Nato seit Tagen"),
            S("Jens Stoltenberg", "Rejects a no-fly zone because NATO would become a party to the war", "2022-03",
              "text", "Jens Stoltenberg lehnte das"),
        ],
        ["Russia", "United Nations", "Ukraine", "Mark Rutte", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "European Union", "Volodymyr Zelensky", "NATO", "Jens Stoltenberg"],
    ),
    doc(
        "b121de02_mh17_urteil_schiphol_2022_11", "2022-11-18", DE02,
        [
            T("Donnerstag", "DATE", "2022-11-17"),
            T("März 2020", "DATE", "2020-03"),
            T("17. Juli 2014", "DATE", "2014-07-17"),
            T("Mitte Mai 2014", "DATE", "2014-05", mod="MID"),
            T("zwei Wochen", "DURATION", "P2W"),
            T("Donnerstagabend", "TIME", "2022-11-17TEV", 0),
            T("selben Tag", "DATE", "2022-11-17"),
            T("Sommer 2014", "DATE", "2014-SU"),
            T("März", "DATE", "2022-03", 1),
            T("Donnerstagabend", "TIME", "2022-11-17TEV", 1),
        ],
        [
            E("MH17 hit by a Buk missile fired from a field near Pervomaiskyi", "ASSAULT", ["Russia"], "2014-07-17",
              "text", "occurred", "Nach Überzeugung der Kammer", note=MH17_NOTE),
            E("The Dutch court finds Russia had overall control over the 'Donetsk People's Republic'", "ACCUSE",
              ["Russia"], "2022-11-17", "context", "occurred", "Das Gericht stellte außerdem fest",
              note="court finding against a state; the sentences of the individuals are not annotated (blind37, "
                   "blind61)"),
            E("Rutte to have the Russian ambassador summoned", "ACCUSE", ["Mark Rutte", "Russia"], "2022-11-18",
              "published", "planned", "Er kündigte an, den russischen Botschafter"),
            E("Rutte calls on Moscow to extradite the convicted men", "REQUEST", ["Mark Rutte", "Russia"],
              "2022-11-17TEV", "context", "occurred", "Er kündigte an, den russischen Botschafter"),
            E("Zelensky welcomes the verdict", "SUPPORT", ["Volodymyr Zelensky"], "2022-11-17", "text", "occurred",
              "begrüßte den Schuldspruch"),
            E("Zelensky demands that those behind it in Moscow be held to account", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-11-17", "text", "occurred", "begrüßte den Schuldspruch"),
            E("EU welcomes the verdict as a first step towards justice", "SUPPORT", ["European Union"], "2022-11-18",
              "published", "occurred", "Die EU sprach von einem ersten Schritt"),
            E("Russian foreign ministry calls the verdict scandalous and politically pressured", "ACCUSE", ["Russia"],
              "2022-11-18", "published", "occurred", "nannte das Urteil „skandalös“"),
            E("Zakharova: Russia will not extradite its citizens", "REJECT", ["Maria Zakharova"], "2022-11-18",
              "published", "occurred", "Russland werde seine Staatsbürger nicht ausliefern"),
            E("The Netherlands' and Australia's complaint against Russia before the ICAO Council since March",
              "ACCUSE", ["Russia", "United Nations"], "2022-03", "text", "occurred", "Parallel prüft der Rat",
              date_mod="START"),
        ],
        [
            S("Mark Rutte", "The verdict is an important moment for the bereaved", "2022-11-17TEV", "text",
              "sprach am Donnerstagabend von einem"),
            S("Mark Rutte", "Will have the Russian ambassador summoned; Moscow must extradite the convicted",
              "2022-11-17TEV", "context", "Er kündigte an, den russischen Botschafter"),
            S("Volodymyr Zelensky", "Welcomes the verdict; those behind it in Moscow must also be held to account",
              "2022-11-17", "text", "begrüßte den Schuldspruch"),
            S("European Union", "The verdict is a first step towards justice", "2022-11-18", "published",
              "Die EU sprach von einem ersten Schritt"),
            S("Russia", "Sharp criticism from Moscow", "2022-11-18", "published", "Aus Moskau kam scharfe Kritik."),
            S("Russia", "Foreign ministry: a scandalous verdict reached under political pressure", "2022-11-18",
              "published", "nannte das Urteil „skandalös“"),
            S("Maria Zakharova", "Russia will not extradite its citizens", "2022-11-18", "published",
              "Russland werde seine Staatsbürger nicht ausliefern"),
        ],
        ["Russia", "Mark Rutte", "Volodymyr Zelensky", "Ukraine", "European Union", "Maria Zakharova",
         "United Nations"],
    ),
    doc(
        "b121de03_girkin_urteil_moskau_2024_01", "2024-01-26", DE03,
        [
            T("Vier Jahre", "DURATION", "P4Y"),
            T("vier Jahren", "DURATION", "P4Y"),
            T("Donnerstag", "DATE", "2024-01-25", 0),
            T("Juli vergangenen Jahres", "DATE", "2023-07"),
            T("November 2022", "DATE", "2022-11"),
            T("Juli 2014", "DATE", "2014-07"),
            T("Donnerstag", "DATE", "2024-01-25", 1),
            T("der kommenden Woche", "DATE", "2024-W05"),
            T("Mittwoch", "DATE", "2024-01-31"),
            T("2017", "DATE", "2017"),
            T("Donnerstag", "DATE", "2024-01-25", 2),
            T("Ende vergangener Woche", "DATE", "2024-W03", mod="END"),
            T("vor einem Jahr", "DATE", "2023"),
            T("Mai 2014", "DATE", "2014-05"),
            T("Ende des Jahres", "DATE", "2024", mod="END"),
            T("Donnerstag", "DATE", "2024-01-25", 3),
        ],
        [
            E("Moscow City Court sentences Girkin to four years for calls to extremism", "COERCE", ["Russia"],
              "2024-01-25", "text", "occurred", "Das Stadtgericht sprach den Ultranationalisten"),
            E("Girkin arrested in Russia", "COERCE", ["Russia"], "2023-07", "text", "occurred",
              "Festgenommen worden war er", note="arrested on 21 July 2023"),
            E("MH17 shot down over eastern Ukraine", "ASSAULT", ["Russia"], "2014-07", "text", "occurred",
              "Ein Gericht in Den Haag hatte ihn", note=MH17_NOTE),
            E("Dutch foreign ministry: Girkin must still be extradited to The Hague", "REQUEST", ["Russia"],
              "2024-01-25", "text", "occurred", "Das niederländische Außenministerium erklärte"),
            E("Peskov rejects any extradition of Russian citizens", "REJECT", ["Dmitry Peskov"], "2024-01-26",
              "published", "occurred", "Kremlsprecher Dmitri Peskow wies das zurück"),
            E("Ukraine filed its ICJ case against Russia (terrorism financing, racial discrimination)", "ACCUSE",
              ["Ukraine", "Russia"], "2017", "text", "occurred", "Kiew hatte die Klage 2017 eingereicht"),
            E("Kuleba demands Russia be held to account for supporting the separatists", "REQUEST",
              ["Ukraine", "Russia"], "2024-01-25", "text", "occurred", "Außenminister Dmytro Kuleba forderte"),
            E("Zakharova accuses Kyiv of misusing the court for anti-Russian propaganda", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2024-W03", "text", "occurred", "Sprecherin Maria Sacharowa hatte Kiew",
              date_mod="END"),
            E("ECHR Grand Chamber finds the separatist areas under Russian jurisdiction from May 2014", "ACCUSE",
              ["Russia"], "2023", "text", "occurred", "Die Große Kammer in Straßburg",
              note="admissibility decision of 25 January 2023"),
        ],
        [
            S("Dmitry Peskov", "Extradition of Russian citizens is ruled out by the constitution", "2024-01-26",
              "published", "Kremlsprecher Dmitri Peskow wies das zurück"),
            S("Ukraine", "Kuleba: Russia must be held to account for supporting the separatists", "2024-01-25",
              "text", "Außenminister Dmytro Kuleba forderte"),
            S("Maria Zakharova", "Kyiv misuses the court for anti-Russian propaganda", "2024-W03", "text",
              "Sprecherin Maria Sacharowa hatte Kiew"),
        ],
        ["Russia", "Kremlin", "Vladimir Putin", "Dmitry Peskov", "Ukraine", "Maria Zakharova"],
    ),
]

# ---------------------------------------------------------------- b121de04 (Badener Tagblatt)
DE04 = """
MH17: Moskau weist Schuldspruch der ICAO zurück

Moskau/Montreal. Russland will den Entscheid des ICAO-Rats zum Abschuss von Flug MH17 nicht anerkennen.
Aussenamtssprecherin Maria Sacharowa bezeichnete den Beschluss des Rats der UNO-Luftfahrtorganisation am Mittwoch als «rechtlich nichtig» und «politisch bestellt».
Russland sei an der Untersuchung des Absturzes nie gleichberechtigt beteiligt worden, sagte sie.
Der Rat mit Sitz in Montreal hatte am Montag festgestellt, dass Russland für den Abschuss der Boeing der Malaysia Airlines im Juli 2014 verantwortlich ist und gegen das Chicagoer Abkommen verstossen hat.
Alle 298 Menschen an Bord kamen damals ums Leben.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland sei nicht Partei des Verfahrens gewesen und werde sich auch nicht an Gesprächen über Entschädigungen beteiligen.
Vizeaussenminister Sergei Rjabkow drohte, Moskau werde seine Zusammenarbeit mit der ICAO «überprüfen», sollte der Rat weitere Schritte beschliessen.
Die Niederlande und Australien, die das Verfahren im März 2022 angestrengt hatten, verlangen von Russland Verhandlungen über eine Wiedergutmachung für die Hinterbliebenen.

Der ukrainische Aussenminister Andrij Sybiha begrüsste den Entscheid als «Schritt zur Gerechtigkeit» und rief andere Staaten auf, Russlands Verantwortung anzuerkennen.
Die EU-Aussenbeauftragte Kaja Kallas forderte Moskau auf, mit den Klägerstaaten zu verhandeln.

Der Streit fällt mitten in die Bemühungen um direkte Gespräche zwischen Moskau und Kiew.
In Istanbul sollen am heutigen Freitag erstmals seit 2022 wieder Delegationen Russlands und der Ukraine direkt miteinander verhandeln.
Kremlchef Wladimir Putin hatte die Gespräche am vergangenen Sonntag vorgeschlagen, reist aber selbst nicht an; die russische Delegation führt Präsidentenberater Wladimir Medinski.
Präsident Wolodimir Selenski beriet sich am Donnerstag in Ankara mit dem türkischen Staatschef Recep Tayyip Erdoğan.
Er hatte Putin zuvor zu einem persönlichen Treffen in der Türkei aufgefordert.

In Bern nahm das Aussendepartement den Entscheid aus Montreal «zur Kenntnis».
Die Schweiz ist seit 1947 Mitglied der ICAO.
Auch in der Flughafenregion Zürich wird der Fall verfolgt: Die Swiss meidet den ukrainischen Luftraum seit Februar 2022, den russischen ebenfalls.
"""

# ---------------------------------------------------------------- b121de05 (Dorstener Zeitung)
DE05 = """
Elf Jahre nach MH17: Niederlande verlangen von Moskau Entschädigung

Vijfhuizen/Dorsten. Elf Jahre nach dem Abschuss von Flug MH17 haben die Niederlande Russland aufgefordert, die Entscheidungen internationaler Instanzen anzuerkennen und die Hinterbliebenen zu entschädigen.
Ministerpräsident Dick Schoof sagte am Donnerstag bei der Gedenkfeier am Nationalen Monument in Vijfhuizen, Moskau könne sich seiner Verantwortung nicht länger entziehen.
An der Zeremonie nahmen rund 1.600 Angehörige teil.

Vergangene Woche hatte der Europäische Gerichtshof für Menschenrechte in Straßburg Russland für den Abschuss verantwortlich gemacht und schwere Menschenrechtsverletzungen in der Ostukraine seit 2014 festgestellt.
Die Große Kammer entschied einstimmig, über Entschädigungen will das Gericht gesondert befinden.
Bereits im Mai war der Rat der Internationalen Zivilluftfahrtorganisation ICAO zu demselben Ergebnis gekommen.

Aus Moskau kam umgehend Ablehnung.
Außenamtssprecherin Maria Sacharowa sagte am Donnerstag, Russland betrachte die Entscheidungen aus Straßburg und Montreal als „null und nichtig“.
Die Niederlande missbrauchten die Tragödie seit elf Jahren für eine „antirussische Kampagne“, fügte sie hinzu.
Kremlsprecher Dmitri Peskow hatte schon nach dem Straßburger Urteil erklärt, Russland werde es nicht umsetzen.

Der ukrainische Präsident Wolodymyr Selenskyj erinnerte am Jahrestag in einer Videobotschaft an die Opfer und forderte, die Verantwortlichen in Moskau vor Gericht zu stellen.
Die EU-Außenbeauftragte Kaja Kallas schrieb auf X, Russland müsse die Urteile respektieren und mit den Niederlanden und Australien über Reparationen verhandeln.
Bundesaußenminister Johann Wadephul (CDU) erinnerte an die vier deutschen Opfer und sicherte den Niederlanden die Unterstützung Berlins zu.

Die Urteile haben vor allem symbolische Bedeutung.
Russland ist seit September 2022 nicht mehr Vertragsstaat der Europäischen Menschenrechtskonvention und im ICAO-Rat nicht mehr vertreten.
Die in den Niederlanden verurteilten Täter, darunter Igor Girkin, sind weiterhin auf freiem Fuß oder sitzen in Russland aus anderen Gründen in Haft.

Auch in Dorsten wird der Opfer gedacht.
Die evangelische Gemeinde in Hervest lädt am Sonntag zu einem Friedensgebet ein, das sie seit 2015 jährlich ausrichtet.
"""

# ---------------------------------------------------------------- b121de06 (Kanada Kurier)
DE06 = """
MH17: ICAO-Rat setzt Russland eine Frist – Moskau will vor den Weltgerichtshof

Montreal. Der Rat der Internationalen Zivilluftfahrtorganisation ICAO hat Russland aufgefordert, binnen sechs Monaten mit den Niederlanden und Australien über Entschädigungen für den Abschuss von Flug MH17 zu verhandeln.
Das Gremium fasste den Beschluss am Mittwoch am Sitz der Organisation am Boulevard Robert-Bourassa, wie Diplomaten bestätigten.
Sollte Moskau nicht einlenken, will der Rat im kommenden Jahr selbst über die Höhe der Wiedergutmachung entscheiden.

Im Mai hatte der Rat festgestellt, dass Russland für den Abschuss der Boeing der Malaysia Airlines am 17. Juli 2014 über der Ostukraine verantwortlich ist.
Alle 298 Menschen an Bord, unter ihnen vier Deutsche, kamen ums Leben.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland erkenne die Zuständigkeit des Rates nicht an und werde in den kommenden Wochen beim Internationalen Gerichtshof in Den Haag Berufung einlegen.
Das Chicagoer Abkommen erlaubt eine solche Berufung binnen 60 Tagen.
Außenamtssprecherin Maria Sacharowa warf dem Rat vor, sich von westlichen Regierungen „instrumentalisieren“ zu lassen.
Der ukrainische Außenminister Andrij Sybiha sprach von einem weiteren Beweis für die Verantwortung Moskaus.
Kanadas Außenministerin Anita Anand begrüßte den Beschluss und sicherte den Klägerstaaten die Unterstützung Ottawas zu.

Der Beschluss fällt in eine Phase, in der Washington auf einen raschen Friedensschluss in der Ukraine drängt.
Ein im November bekannt gewordener Entwurf des US-Sondergesandten Steve Witkoff sah eine umfassende Amnestie für alle Kriegshandlungen vor.
Die EU-Außenbeauftragte Kaja Kallas betonte am Montag in Brüssel, Verbrechen wie der Abschuss von MH17 dürften nicht Teil eines Tauschhandels werden.

Die ICAO hat ihren Sitz seit 1947 in Montreal, rund 190 Staaten sind Mitglied.
Russland gehört dem Rat seit Oktober 2022 nicht mehr an, nachdem es bei der Wahl durch die Vollversammlung der Organisation durchgefallen war.
Die laufende Sitzungsperiode des Rates endet am kommenden Freitag, danach tritt das Gremium erst im März wieder zusammen.
"""

DOCS += [
    doc(
        "b121de04_moskau_icao_entscheid_2025_05", "2025-05-16", DE04,
        [
            T("Mittwoch", "DATE", "2025-05-14"),
            T("Montag", "DATE", "2025-05-12"),
            T("Juli 2014", "DATE", "2014-07"),
            T("Donnerstag", "DATE", "2025-05-15", 0),
            T("März 2022", "DATE", "2022-03"),
            T("heutigen Freitag", "DATE", "2025-05-16"),
            T("2022", "DATE", "2022", 1),
            T("vergangenen Sonntag", "DATE", "2025-05-11"),
            T("Donnerstag", "DATE", "2025-05-15", 1),
            T("1947", "DATE", "1947"),
            T("Februar 2022", "DATE", "2022-02"),
        ],
        [
            E("Zakharova calls the ICAO Council decision legally void", "REJECT", ["Maria Zakharova"], "2025-05-14",
              "text", "occurred", "bezeichnete den Beschluss des Rats"),
            E("Zakharova calls the ICAO decision politically ordered", "ACCUSE", ["Maria Zakharova", "United Nations"],
              "2025-05-14", "text", "occurred", "bezeichnete den Beschluss des Rats"),
            E("ICAO Council finds Russia responsible for the MH17 downing", "ACCUSE", ["United Nations", "Russia"],
              "2025-05-12", "text", "occurred", "Der Rat mit Sitz in Montreal hatte am Montag"),
            E("MH17 shot down over eastern Ukraine", "ASSAULT", ["Russia"], "2014-07", "text", "occurred",
              "Der Rat mit Sitz in Montreal hatte am Montag", note=MH17_NOTE),
            E("Peskov: Russia will not take part in talks on compensation", "REJECT", ["Dmitry Peskov"], "2025-05-15",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Ryabkov threatens to review Russia's cooperation with ICAO", "THREATEN", ["Russia", "United Nations"],
              "2025-05-16", "published", "occurred", "Vizeaussenminister Sergei Rjabkow drohte"),
            E("The Netherlands and Australia brought the ICAO case against Russia", "ACCUSE",
              ["Russia", "United Nations"], "2022-03", "text", "occurred", "die das Verfahren im März 2022"),
            E("The Netherlands and Australia demand negotiations on reparations from Russia", "REQUEST", ["Russia"],
              "2025-05-16", "published", "occurred", "die das Verfahren im März 2022"),
            E("Sybiha welcomes the ICAO decision", "SUPPORT", ["Andrii Sybiha"], "2025-05-16", "published", "occurred",
              "Andrij Sybiha begrüsste"),
            E("Sybiha calls on other states to recognise Russia's responsibility", "REQUEST", ["Andrii Sybiha"],
              "2025-05-16", "published", "occurred", "Andrij Sybiha begrüsste"),
            E("Kallas calls on Moscow to negotiate with the claimant states", "REQUEST", ["Kaja Kallas", "Russia"],
              "2025-05-16", "published", "occurred", "Kaja Kallas forderte Moskau auf"),
            E("Russia–Ukraine direct talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text",
              "planned", "In Istanbul sollen am heutigen Freitag"),
            E("Putin proposed direct talks with Ukraine", "REQUEST", ["Vladimir Putin", "Ukraine"], "2025-05-11",
              "text", "occurred", "Kremlchef Wladimir Putin hatte die Gespräche"),
            E("Putin does not travel to Istanbul", "CONSULT", ["Vladimir Putin"], "2025-05-16", "context",
              "cancelled", "Kremlchef Wladimir Putin hatte die Gespräche"),
            E("Zelensky and Erdoğan confer in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-05-15", "text", "occurred", "beriet sich am Donnerstag in Ankara"),
            E("Zelensky challenged Putin to a personal meeting in Turkey", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-05-16", "published", "occurred",
              "Er hatte Putin zuvor zu einem persönlichen Treffen"),
        ],
        [
            S("Maria Zakharova", "The ICAO Council decision is legally void and politically ordered", "2025-05-14",
              "text", "bezeichnete den Beschluss des Rats"),
            S("Maria Zakharova", "Russia was never an equal participant in the crash investigation", "2025-05-14",
              "context", "nie gleichberechtigt beteiligt"),
            S("Dmitry Peskov", "Russia was not a party to the proceedings and will not take part in compensation talks",
              "2025-05-15", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Russia", "Ryabkov: Moscow will review its cooperation with ICAO if the council takes further steps",
              "2025-05-16", "published", "Vizeaussenminister Sergei Rjabkow drohte"),
            S("Andrii Sybiha", "A step towards justice; other states should recognise Russia's responsibility",
              "2025-05-16", "published", "Andrij Sybiha begrüsste"),
            S("Kaja Kallas", "Moscow must negotiate with the claimant states", "2025-05-16", "published",
              "Kaja Kallas forderte Moskau auf"),
        ],
        ["Russia", "United Nations", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Ukraine", "Andrii Sybiha",
         "European Union", "Kaja Kallas", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Turkey"],
    ),
    doc(
        "b121de05_mh17_gedenken_vijfhuizen_2025_07", "2025-07-18", DE05,
        [
            T("Donnerstag", "DATE", "2025-07-17", 0),
            T("Vergangene Woche", "DATE", "2025-W28"),
            T("2014", "DATE", "2014"),
            T("Mai", "DATE", "2025-05"),
            T("Donnerstag", "DATE", "2025-07-17", 1),
            T("elf Jahren", "DURATION", "P11Y"),
            T("September 2022", "DATE", "2022-09"),
            T("Sonntag", "DATE", "2025-07-20"),
            T("2015", "DATE", "2015"),
            T("jährlich", "SET", "P1Y"),
        ],
        [
            E("The Netherlands call on Russia to accept the rulings and compensate the relatives", "REQUEST",
              ["Russia"], "2025-07-17", "context", "occurred", "haben die Niederlande Russland aufgefordert"),
            E("ECHR holds Russia responsible for MH17 and for violations in eastern Ukraine since 2014", "ACCUSE",
              ["Russia"], "2025-W28", "text", "occurred", "Vergangene Woche hatte der Europäische Gerichtshof",
              note="Grand Chamber judgment of 9 July 2025"),
            E("ICAO Council reached the same finding", "ACCUSE", ["United Nations", "Russia"], "2025-05", "text",
              "occurred", "Bereits im Mai war der Rat", note="decision of 12 May 2025"),
            E("Zakharova: the Strasbourg and Montreal decisions are null and void", "REJECT", ["Maria Zakharova"],
              "2025-07-17", "text", "occurred", "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag"),
            E("Zakharova accuses the Netherlands of an anti-Russian campaign", "ACCUSE", ["Maria Zakharova"],
              "2025-07-17", "context", "occurred", "Die Niederlande missbrauchten die Tragödie"),
            E("Peskov: Russia will not implement the Strasbourg judgment", "REJECT", ["Dmitry Peskov"], "2025-W28",
              "context", "occurred", "hatte schon nach dem Straßburger Urteil"),
            E("Zelensky demands that those responsible in Moscow be brought to court", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-07-17", "context", "occurred",
              "erinnerte am Jahrestag in einer Videobotschaft"),
            E("Kallas: Russia must respect the rulings and negotiate reparations", "REQUEST", ["Kaja Kallas", "Russia"],
              "2025-07-18", "published", "occurred", "Kaja Kallas schrieb auf X"),
            E("Wadephul assures the Netherlands of Berlin's support", "SUPPORT", ["Germany"], "2025-07-18",
              "published", "occurred", "Bundesaußenminister Johann Wadephul"),
            E("Russia no longer party to the European Convention on Human Rights", "SANCTION", ["Russia"], "2022-09",
              "text", "occurred", "nicht mehr Vertragsstaat", note="ceased to be a party on 16 September 2022"),
        ],
        [
            S("Russia", "Immediate rejection from Moscow", "2025-07-18", "published", "Aus Moskau kam umgehend"),
            S("Maria Zakharova", "Russia considers the Strasbourg and Montreal decisions null and void", "2025-07-17",
              "text", "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag"),
            S("Maria Zakharova", "The Netherlands have used the tragedy for eleven years for an anti-Russian campaign",
              "2025-07-17", "context", "Die Niederlande missbrauchten die Tragödie"),
            S("Dmitry Peskov", "Russia will not implement the Strasbourg judgment", "2025-W28", "context",
              "hatte schon nach dem Straßburger Urteil"),
            S("Volodymyr Zelensky", "Remembers the victims; those responsible in Moscow must be brought to court",
              "2025-07-17", "context", "erinnerte am Jahrestag in einer Videobotschaft"),
            S("Kaja Kallas", "Russia must respect the rulings and negotiate reparations with the Netherlands and "
              "Australia", "2025-07-18", "published", "Kaja Kallas schrieb auf X"),
            S("Germany", "Wadephul remembers the four German victims and assures the Netherlands of support",
              "2025-07-18", "published", "Bundesaußenminister Johann Wadephul"),
        ],
        ["Russia", "United Nations", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine",
         "Kaja Kallas", "European Union", "Germany"],
    ),
    doc(
        "b121de06_icao_frist_reparationen_2025_12", "2025-12-12", DE06,
        [
            T("sechs Monaten", "DURATION", "P6M"),
            T("Mittwoch", "DATE", "2025-12-10"),
            T("kommenden Jahr", "DATE", "2026"),
            T("Mai", "DATE", "2025-05"),
            T("17. Juli 2014", "DATE", "2014-07-17"),
            T("Donnerstag", "DATE", "2025-12-11"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("60 Tagen", "DURATION", "P60D"),
            T("November", "DATE", "2025-11"),
            T("Montag", "DATE", "2025-12-08"),
            T("1947", "DATE", "1947"),
            T("Oktober 2022", "DATE", "2022-10"),
            T("kommenden Freitag", "DATE", "2025-12-19"),
            T("März", "DATE", "2026-03"),
        ],
        [
            E("ICAO Council gives Russia six months to negotiate reparations with the Netherlands and Australia",
              "THREATEN", ["United Nations", "Russia"], "2025-12-10", "context", "occurred",
              "hat Russland aufgefordert, binnen sechs Monaten",
              note="deadline about June 2026; otherwise the council decides on reparations itself"),
            E("ICAO Council found Russia responsible for MH17", "ACCUSE", ["United Nations", "Russia"], "2025-05",
              "text", "occurred", "Im Mai hatte der Rat festgestellt", note="decision of 12 May 2025"),
            E("MH17 shot down over eastern Ukraine", "ASSAULT", ["Russia"], "2014-07-17", "text", "occurred",
              "Im Mai hatte der Rat festgestellt", note=MH17_NOTE),
            E("Peskov: Russia does not recognise the council's jurisdiction", "REJECT", ["Dmitry Peskov"],
              "2025-12-11", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Russia to appeal the ICAO decision to the International Court of Justice", "ACCUSE",
              ["Russia", "United Nations"], "FUTURE_REF", "vague", "planned",
              "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Zakharova accuses the council of being instrumentalised by Western governments", "ACCUSE",
              ["Maria Zakharova", "United Nations"], "2025-12-12", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa warf dem Rat vor"),
            E("Sybiha: further proof of Moscow's responsibility", "ACCUSE", ["Andrii Sybiha", "Russia"], "2025-12-12",
              "published", "occurred", "Andrij Sybiha sprach von einem weiteren Beweis"),
            E("Washington presses for a quick peace settlement in Ukraine", "REQUEST",
              ["United States", "Ukraine", "Russia"], "2025-12-12", "published", "occurred",
              "in der Washington auf einen raschen Friedensschluss"),
            E("Witkoff's draft foresees a full amnesty for all acts of war", "REQUEST",
              ["Steve Witkoff", "Russia", "Ukraine"], "2025-11", "text", "occurred",
              "Ein im November bekannt gewordener Entwurf"),
            E("Kallas warns against trading away crimes such as MH17 in a deal", "REQUEST", ["Kaja Kallas"],
              "2025-12-08", "text", "occurred", "Kaja Kallas betonte am Montag"),
            E("Russia voted off the ICAO Council", "REJECT", ["United Nations", "Russia"], "2022-10", "text",
              "occurred", "Russland gehört dem Rat seit Oktober 2022"),
            E("ICAO Council to meet again in March", "CONSULT", ["United Nations"], "2026-03", "text", "planned",
              "Die laufende Sitzungsperiode des Rates"),
        ],
        [
            S("Dmitry Peskov", "Russia does not recognise the council's jurisdiction and will appeal to the ICJ",
              "2025-12-11", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Maria Zakharova", "The council lets itself be instrumentalised by Western governments", "2025-12-12",
              "published", "Außenamtssprecherin Maria Sacharowa warf dem Rat vor"),
            S("Andrii Sybiha", "The decision is further proof of Moscow's responsibility", "2025-12-12", "published",
              "Andrij Sybiha sprach von einem weiteren Beweis"),
            S("Kaja Kallas", "Crimes such as the downing of MH17 must not become part of a trade-off", "2025-12-08",
              "text", "Kaja Kallas betonte am Montag"),
        ],
        ["United Nations", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Andrii Sybiha", "Ukraine",
         "United States", "Steve Witkoff", "Kaja Kallas", "European Union"],
    ),
]
