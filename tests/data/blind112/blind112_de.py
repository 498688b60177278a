"""German articles of the blind112 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b112de01 (Oschatzer Allgemeine)
DE01 = """
Diplomatenstreit um Nawalny: Berlin, Warschau und Stockholm weisen russische Diplomaten aus

Moskau/Oschatz. Im Streit um den inhaftierten Kremlkritiker Alexej Nawalny haben Deutschland, Polen und Schweden jeweils einen russischen Diplomaten zur unerwünschten Person erklärt.
Das Auswärtige Amt teilte am Montag mit, ein Mitarbeiter der russischen Botschaft in Berlin müsse Deutschland verlassen.
Die Maßnahme sei die Antwort auf die „völlig ungerechtfertigte“ Ausweisung eines deutschen Diplomaten aus Moskau in der vergangenen Woche, erklärte Bundesaußenminister Heiko Maas (SPD).

Russland hatte am Freitag drei europäische Diplomaten ausgewiesen und ihnen vorgeworfen, an einer nicht genehmigten Kundgebung für Nawalny am 23. Januar teilgenommen zu haben.
Betroffen waren Mitarbeiter der Vertretungen Deutschlands, Polens und Schwedens in Moskau und St. Petersburg.
Bekannt wurde die Ausweisung ausgerechnet, während der EU-Außenbeauftragte Josep Borrell in Moskau mit Außenminister Sergej Lawrow zusammensaß.
Bundeskanzlerin Angela Merkel (CDU) nannte den Schritt noch am selben Tag „nicht gerechtfertigt“.

Borrell hatte bei dem Treffen die Freilassung Nawalnys und eine unabhängige Untersuchung des Giftanschlags vom August gefordert.
Lawrow wies das zurück und bezeichnete die EU auf der gemeinsamen Pressekonferenz als „unzuverlässigen Partner“.
In einem Blogeintrag schrieb Borrell am Sonntag, Russland wolle sich offenbar von Europa abkoppeln; er werde den Mitgliedstaaten weitere Schritte vorschlagen, darunter Sanktionen.
Die EU-Außenminister wollen am 22. Februar in Brüssel darüber beraten.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Ausweisungen vom Montag „unbegründet und unfreundlich“.
Kremlsprecher Dmitri Peskow sagte, nicht Moskau habe diese Spirale in Gang gesetzt, Russland behalte sich aber Gegenmaßnahmen vor.

Nawalny war am 2. Februar von einem Moskauer Gericht zu zwei Jahren und acht Monaten Lagerhaft verurteilt worden, weil er gegen Bewährungsauflagen verstoßen haben soll, während er sich in Berlin von der Vergiftung erholte.
Seit seiner Festnahme Mitte Januar wurden bei Protesten in ganz Russland mehr als 10.000 Menschen festgenommen.

Auch in Nordsachsen wird der Konflikt aufmerksam verfolgt.
Der Oschatzer Verein für deutsch-russische Begegnungen, der seit 1998 Schüleraustausche mit einer Partnerschule in Twer organisiert, will an seinen Kontakten festhalten.
„Gerade jetzt dürfen die Gespräche zwischen den Menschen nicht abreißen“, sagte die Vorsitzende am Montag.
"""

# ---------------------------------------------------------------- b112de02 (Neue Südtiroler Tageszeitung)
DE02 = """
Ein Jahr nach dem Giftanschlag: USA und London verhängen neue Sanktionen wegen Nawalny

Washington/London/Moskau – Am Jahrestag des Giftanschlags auf den russischen Oppositionspolitiker Alexej Nawalny haben die USA und Großbritannien am Freitag neue Sanktionen gegen Russland verhängt.
Das US-Finanzministerium setzte neun Personen, darunter mehrere Offiziere des Inlandsgeheimdienstes FSB, auf seine Sanktionsliste.
Die britische Regierung fror das Vermögen von sieben FSB-Mitarbeitern ein, die sie für direkt an der Vergiftung beteiligt hält, und belegte sie mit Einreiseverboten.

Nawalny war am 20. August 2020 auf einem Inlandsflug von Tomsk nach Moskau zusammengebrochen und wenig später zur Behandlung in die Berliner Charité gebracht worden.
Labore in Deutschland, Frankreich und Schweden wiesen einen Kampfstoff aus der Nowitschok-Gruppe nach.
Im Jänner kehrte er nach Russland zurück, wurde noch am Flughafen festgenommen und sitzt seit gut sieben Monaten im Straflager Pokrow östlich von Moskau.

US-Außenminister Antony Blinken erklärte, Washington werde nicht tatenlos zusehen, wie Moskau Chemiewaffen gegen die eigenen Bürger einsetze.
Er forderte erneut die sofortige Freilassung Nawalnys.
Der britische Außenminister Dominic Raab sprach von einem „abscheulichen Verbrechen“, für das der russische Staat die Verantwortung trage.
Die Außenminister der G7 verlangten ebenfalls am Freitag in einer gemeinsamen Erklärung, dass Russland die Hintermänner des Anschlags zur Rechenschaft ziehe.

Bundeskanzlerin Angela Merkel hatte die Freilassung Nawalnys am Freitag auch bei ihrem letzten Besuch im Kreml nach 16 Jahren im Amt von Präsident Wladimir Putin gefordert.
Putin entgegnete, Nawalny sitze nicht wegen seiner politischen Tätigkeit, sondern wegen Straftaten in Haft.

Moskau bestreitet jede Beteiligung an dem Anschlag.
Die russische Botschaft in Washington nannte die neuen Strafmaßnahmen am Freitagabend „unbegründet“ und kündigte eine Antwort an.
Kremlsprecher Dmitri Peskow sagte, Russland lasse sich von Sanktionen nicht beeindrucken.

Nawalnys Team, das inzwischen großteils im Exil in Vilnius arbeitet, rief zu einer Briefaktion für den Häftling auf.
Es will die Kampagne „Kluges Abstimmen“ vor der Dumawahl Mitte September fortsetzen, obwohl die Behörden seine Organisationen im Juni als „extremistisch“ verboten haben.
In Rom sprach Außenminister Luigi Di Maio von einer „Schande“ für die russische Justiz.
"""

# ---------------------------------------------------------------- b112de03 (Elmshorner Nachrichten, sh:z)
DE03 = """
Nawalny nach drei Wochen Ungewissheit in Straflager am Polarkreis aufgetaucht

Moskau/Elmshorn. Der inhaftierte Kremlkritiker Alexej Nawalny ist nach fast drei Wochen ohne Lebenszeichen in einem Straflager im hohen Norden Russlands aufgetaucht.
Sein Anwalt habe ihn am Montag in der Strafkolonie IK-3 in Charp im Autonomen Kreis der Jamal-Nenzen besucht, teilte seine Sprecherin Kira Jarmysch mit.
Es gehe ihm gut.

Nawalnys Anwälte hatten seit dem 6. Dezember keinen Kontakt mehr zu ihm; mehrere Gerichtstermine waren ohne ihn abgehalten oder verschoben worden.
Das Lager mit dem Beinamen „Polarwolf“ liegt rund 1900 Kilometer nordöstlich von Moskau und gilt als eines der härtesten des Landes.
Am Dienstag meldete sich Nawalny selbst über seine Unterstützer zu Wort: Er sei „euer neuer Weihnachtsmann“, ließ er auf X mitteilen.

Das US-Außenministerium zeigte sich erleichtert, dass Nawalny gefunden worden sei, forderte aber erneut seine sofortige Freilassung.
Sprecher Matthew Miller warf der russischen Führung vor, Nawalny systematisch zum Schweigen bringen zu wollen.
Auch die Bundesregierung und die EU verlangten, dass Nawalny freigelassen wird und umgehend Zugang zu seinen Anwälten und seiner Familie erhält.
Die UN-Sonderberichterstatterin für Russland, Mariana Katzarova, forderte Moskau auf, die Haftbedingungen unabhängig überprüfen zu lassen.

Kremlsprecher Dmitri Peskow sagte am Dienstag, der Kreml habe weder die Möglichkeit noch den Wunsch, das Schicksal von Häftlingen zu verfolgen.
Die Verlegung sei Sache des Strafvollzugs.

Beobachter bringen die Verlegung mit der Präsidentenwahl im März in Verbindung, für die Präsident Wladimir Putin Anfang Dezember seine erneute Kandidatur angekündigt hatte.
Nawalnys Team, das von Vilnius aus arbeitet, hat eine Kampagne gegen Putins Wiederwahl gestartet.
Nawalny verbüßt eine Gesamtstrafe von 19 Jahren, die im August wegen angeblichen Extremismus verhängt wurde.
Die USA hatten wegen seiner Vergiftung bereits 2021 Sanktionen gegen russische Funktionäre verhängt.

In Elmshorn hatte eine kleine Gruppe russischsprachiger Einwohner am vergangenen Samstag mit einer Mahnwache am Buttermarkt auf Nawalnys Schicksal aufmerksam gemacht.
„Wir wollen zeigen, dass er nicht vergessen ist“, sagte eine der Organisatorinnen.
Im neuen Jahr will die Gruppe Briefe an politische Gefangene in Russland schreiben.
"""

# ---------------------------------------------------------------- b112de04 (Infosperber)
DE04 = """
Tausende nehmen Abschied von Nawalny – und der Kreml schaut weg

Trotz Warnungen der Behörden haben am Freitag in Moskau Tausende Menschen Alexej Nawalny die letzte Ehre erwiesen.
Die Trauerfeier in der Kirche der Gottesmutter-Ikone «Lindere meine Trauer» im Bezirk Marjino begann um 14 Uhr Moskauer Zeit, anschliessend wurde der Oppositionspolitiker auf dem Borissowskoje-Friedhof beigesetzt.
Vor der Kirche skandierten die Wartenden «Nein zum Krieg» und «Russland ohne Putin».

Nawalny war am 16. Februar im Straflager IK-3 in Charp am Polarkreis ums Leben gekommen, nach Angaben des Strafvollzugs nach einem Spaziergang.
Seine Witwe Julia Nawalnaja macht Präsident Wladimir Putin direkt für seinen Tod verantwortlich; der Kreml weist das zurück.
Während fast zwei Wochen hatten die Behörden den Leichnam der Mutter Ljudmila Nawalnaja nicht übergeben.

Kremlsprecher Dmitri Peskow hatte am Freitag gesagt, er habe der Familie nichts zu sagen, und gewarnt, jede nicht genehmigte Versammlung verstosse gegen das Gesetz.
Laut der Menschenrechtsorganisation OWD-Info wurden landesweit mindestens 67 Personen festgenommen, die Blumen niederlegen wollten.
Unter den Trauergästen waren die Botschafter der USA, Deutschlands und Frankreichs, Lynne Tracy, Alexander Graf Lambsdorff und Pierre Lévy.

Im Westen fielen die Reaktionen erwartbar aus.
Die EU-Aussenminister hatten Nawalnaja bereits am 19. Februar in Brüssel empfangen und angekündigt, die Verantwortlichen für seinen Tod mit Sanktionen zu belegen.
Berlin bestellte am selben Tag den russischen Botschafter Sergej Netschajew ins Auswärtige Amt ein.
Washington verhängte am 23. Februar mehr als 500 neue Sanktionen gegen Russland und nannte dabei ausdrücklich Nawalnys Tod.
Kritische Stimmen fragen allerdings, was solche Listen bewirken: Die meisten der bisher Sanktionierten haben weder Vermögen noch Reisepläne im Westen.

Putin selbst erwähnte Nawalny in seiner zweistündigen Rede an die Nation am Donnerstag mit keinem Wort.
Stattdessen warnte er die Nato-Staaten vor der «realen Gefahr» eines Atomkriegs, sollten sie Truppen in die Ukraine schicken.

Die Schweiz, die sich den EU-Sanktionen in der Regel anschliesst, hat sich zu den angekündigten Nawalny-Listen noch nicht festgelegt, wie das Aussendepartement EDA auf Anfrage mitteilte.
Nawalnaja hatte am Mittwoch im Europaparlament in Strassburg angekündigt, den Kampf ihres Mannes weiterzuführen.
«Wenn Sie Putin wirklich besiegen wollen, müssen Sie aufhören, ihn als Politiker zu behandeln», sagte sie den Abgeordneten.
"""

# ---------------------------------------------------------------- b112de05 (ostpol)
DE05 = """
Angriff auf Leonid Wolkow: Die Spur führt über Polen nach Belarus

Polens Regierungschef Donald Tusk hat erste Ermittlungsergebnisse zum Hammerangriff auf den Nawalny-Vertrauten Leonid Wolkow in Litauen öffentlich gemacht.
Zwei polnische Staatsbürger seien bereits Anfang April in Polen festgenommen worden und sollten an Litauen überstellt werden, sagte Tusk am Freitag in Warschau.
Auftraggeber sei ein Belarusse, der für russische Dienste arbeite.

Wolkow, langjähriger Stabschef Nawalnys und Vorsitzender des Vorstands von dessen Antikorruptionsstiftung FBK, war am Abend des 12. März vor seinem Haus in einem Vorort von Vilnius mit einem Hammer und Tränengas angegriffen worden.
Er erlitt einen Armbruch und Verletzungen am Bein.
Der litauische Präsident Gitanas Nausėda machte noch in der Nacht Putin direkt verantwortlich.
Kremlsprecher Dmitri Peskow wies eine Beteiligung Moskaus am 13. März zurück und erklärte, der Kreml befasse sich nicht mit Wolkows Schicksal.

Tusk sprach von einer neuen Qualität russischer Sabotage- und Einschüchterungsversuche in der Region.
Er kündigte an, die Zusammenarbeit der polnischen Dienste mit den litauischen Behörden zu verstärken.
Die beiden Festgenommenen sollen für die Tat Geld erhalten haben; einer von ihnen war nach Angaben der Ermittler*innen bereits zuvor wegen Gewaltdelikten aufgefallen.

Vilnius ist seit 2022 zu einem der wichtigsten Zentren des russischen Exils geworden.
Die FBK hat dort ihre Büros, auch die belarussische Opposition um Swjatlana Zichanouskaja arbeitet von der litauischen Hauptstadt aus.
Litauische Behörden hatten zuletzt mehrfach vor russischen Operationen gegen Exilant*innen gewarnt.
Viele Aktivist*innen berichten, dass sie ihre Wohnadressen geheim halten und Termine nur noch über verschlüsselte Kanäle vereinbaren.

Wolkow selbst kündigte in einem Video an, er werde weiterarbeiten: „Wir lassen uns nicht einschüchtern.“
Julia Nawalnaja, die das Team seit dem Tod ihres Mannes im Februar anführt, dankte den polnischen und litauischen Ermittler*innen.
Aus Moskau gab es zunächst keine Reaktion auf Tusks Äußerungen.
Auch das Regime von Alexander Lukaschenko in Minsk äußerte sich nicht.
"""

# ---------------------------------------------------------------- b112de06 (dekoder)
DE06 = """
Haftstrafen für Nawalnys Anwälte: Wer verteidigt, wird zum Extremisten

Ein Gericht in Petuschki im Gebiet Wladimir hat am Freitag drei frühere Anwälte von Alexej Nawalny zu mehrjährigen Haftstrafen verurteilt.
Wadim Kobsew erhielt fünfeinhalb Jahre, Alexej Lipzer fünf Jahre und Igor Sergunin dreieinhalb Jahre Straflager.
Die Anklage warf ihnen die „Beteiligung an einer extremistischen Vereinigung“ vor, weil sie Briefe ihres Mandanten aus der Haft nach draußen getragen haben sollen.

Die drei waren im Oktober 2023 festgenommen worden, der Prozess fand hinter verschlossenen Türen statt.
Die Menschenrechtsorganisation Memorial führt sie als politische Gefangene.
Nawalny selbst war im Februar vergangenen Jahres im Straflager „Polarwolf“ gestorben.

Seit Nawalnys Organisationen im Juni 2021 als „extremistisch“ eingestuft wurden, kann schon eine Spende oder ein Repost strafbar sein, wie unsere Gnose zum Extremismus-Paragrafen erklärt.
Für Anwältinnen und Anwälte politischer Gefangener ist das Urteil ein Signal: Wer seine Mandanten zu eifrig verteidigt, kann selbst auf der Anklagebank landen.
Mehrere Verteidiger Nawalnys haben Russland deshalb längst verlassen.

Die EU-Außenbeauftragte Kaja Kallas verurteilte die Urteile am Freitagabend als „weiteren Beweis für die systematische Verfolgung“ Andersdenkender und forderte die sofortige Freilassung der drei.
Das Auswärtige Amt in Berlin sprach von einem „Angriff auf den Rechtsstaat selbst“.
Auch das US-Außenministerium verlangte in einer seiner letzten Erklärungen unter Außenminister Antony Blinken die Freilassung aller politischen Gefangenen in Russland.
Kremlsprecher Dmitri Peskow lehnte einen Kommentar ab und verwies auf die Zuständigkeit der Gerichte.

Beim Gefangenenaustausch vom 1. August 2024 hatten Russland, die USA und Deutschland insgesamt 26 Häftlinge ausgetauscht, darunter Wladimir Kara-Mursa und Ilja Jaschin.
Nawalnys Anwälte standen nicht auf der Liste.
Nawalnys Witwe Julia Nawalnaja schrieb auf X, die drei säßen im Gefängnis, „weil sie ihre Arbeit gemacht haben“.
In zwei Tagen tritt in Washington Donald Trump sein Amt an; im Nawalny-Team rechnet man kaum mit Rückenwind aus den USA.
Nach Angaben der Organisation OWD-Info sitzen derzeit mehr als 1000 Menschen aus politischen Gründen in russischen Gefängnissen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b112de01_diplomatenausweisungen_nawalny_2021_02", "2021-02-09", DE01,
        [
            T("Montag", "DATE", "2021-02-08", 0),
            T("der vergangenen Woche", "DATE", "2021-W05"),
            T("Freitag", "DATE", "2021-02-05"),
            T("23. Januar", "DATE", "2021-01-23"),
            T("selben Tag", "DATE", "2021-02-05"),
            T("August", "DATE", "2020-08"),
            T("Sonntag", "DATE", "2021-02-07"),
            T("22. Februar", "DATE", "2021-02-22"),
            T("Montag", "DATE", "2021-02-08", 1),
            T("2. Februar", "DATE", "2021-02-02"),
            T("zwei Jahren und acht Monaten", "DURATION", "P32M"),
            T("Mitte Januar", "DATE", "2021-01", mod="MID"),
            T("1998", "DATE", "1998"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Montag", "DATE", "2021-02-08", 2),
        ],
        [
            E("Germany, Poland and Sweden each expel a Russian diplomat", "SANCTION", ["Germany", "Poland", "Russia"],
              "2021-02-08", "context", "occurred", "jeweils einen russischen Diplomaten"),
            E("Maas calls the expulsion of a German diplomat from Moscow completely unjustified", "ACCUSE",
              ["Germany", "Russia"], "2021-02-08", "context", "occurred", "Die Maßnahme sei die Antwort"),
            E("Russia expels three European diplomats, among them German and Polish ones", "SANCTION",
              ["Russia", "Germany", "Poland"], "2021-02-05", "text", "occurred", "Russland hatte am Freitag"),
            E("Russia accuses the diplomats of attending an unauthorised pro-Navalny rally", "ACCUSE",
              ["Russia", "Germany", "Poland"], "2021-02-05", "text", "occurred", "Russland hatte am Freitag"),
            E("Borrell meets Lavrov in Moscow", "CONSULT", ["European Union", "Sergey Lavrov"], "2021-02-05",
              "context", "occurred", "Bekannt wurde die Ausweisung ausgerechnet"),
            E("Merkel calls the expulsions unjustified", "ACCUSE", ["Germany", "Russia"], "2021-02-05", "text",
              "occurred", "noch am selben Tag"),
            E("Borrell demands Navalny's release and an independent investigation of the poisoning", "REQUEST",
              ["European Union", "Russia"], "2021-02-05", "context", "occurred", "Borrell hatte bei dem Treffen"),
            E("Lavrov rejects the EU demands", "REJECT", ["Sergey Lavrov", "European Union"], "2021-02-05",
              "context", "occurred", "Lawrow wies das zurück"),
            E("Lavrov calls the EU an unreliable partner", "ACCUSE", ["Sergey Lavrov", "European Union"],
              "2021-02-05", "context", "occurred", "Lawrow wies das zurück"),
            E("Borrell: Russia wants to disconnect from Europe", "ACCUSE", ["European Union", "Russia"],
              "2021-02-07", "text", "occurred", "In einem Blogeintrag schrieb Borrell"),
            E("Borrell to propose further steps including sanctions to the member states", "REQUEST",
              ["European Union", "Russia"], "2021-02-07", "text", "occurred", "In einem Blogeintrag schrieb Borrell"),
            E("EU foreign ministers to discuss the steps in Brussels", "CONSULT", ["European Union"], "2021-02-22",
              "text", "planned", "Die EU-Außenminister wollen am 22. Februar"),
            E("Zakharova calls the expulsions unfounded and unfriendly", "ACCUSE",
              ["Maria Zakharova", "Germany", "Poland"], "2021-02-09", "published", "occurred",
              "Die Sprecherin des russischen Außenministeriums"),
            E("Peskov: Russia reserves countermeasures", "THREATEN", ["Dmitry Peskov", "Germany", "Poland"],
              "2021-02-09", "published", "occurred", "Russland behalte sich aber Gegenmaßnahmen vor"),
        ],
        [
            S("Germany", "Foreign Office: a member of the Russian embassy in Berlin must leave Germany", "2021-02-08",
              "text", "Das Auswärtige Amt teilte am Montag mit"),
            S("Germany", "Maas: the measure answers the completely unjustified expulsion of a German diplomat",
              "2021-02-08", "context", "Die Maßnahme sei die Antwort"),
            S("Russia", "The diplomats took part in an unauthorised rally for Navalny", "2021-02-05", "text",
              "Russland hatte am Freitag"),
            S("Germany", "Merkel calls the expulsion not justified", "2021-02-05", "text", "noch am selben Tag"),
            S("European Union", "Borrell demands Navalny's release and an independent investigation", "2021-02-05",
              "context", "Borrell hatte bei dem Treffen"),
            S("Sergey Lavrov", "Rejects the demands; the EU is an unreliable partner", "2021-02-05", "context",
              "Lawrow wies das zurück"),
            S("European Union", "Borrell: Russia apparently wants to disconnect from Europe; he will propose further "
              "steps including sanctions", "2021-02-07", "text", "In einem Blogeintrag schrieb Borrell"),
            S("Maria Zakharova", "The expulsions are unfounded and unfriendly", "2021-02-09", "published",
              "Die Sprecherin des russischen Außenministeriums"),
            S("Dmitry Peskov", "Moscow did not start the spiral but reserves countermeasures", "2021-02-09",
              "published", "Russland behalte sich aber Gegenmaßnahmen vor"),
        ],
        ["Germany", "Poland", "Russia", "European Union", "Sergey Lavrov", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b112de02_jahrestag_giftanschlag_sanktionen_2021_08", "2021-08-21", DE02,
        [
            T("Freitag", "DATE", "2021-08-20", 0),
            T("20. August 2020", "DATE", "2020-08-20"),
            T("Jänner", "DATE", "2021-01"),
            T("gut sieben Monaten", "DURATION", "P7M", mod="APPROX"),
            T("Freitag", "DATE", "2021-08-20", 1),
            T("Freitag", "DATE", "2021-08-20", 2),
            T("16 Jahren", "DURATION", "P16Y"),
            T("Freitagabend", "TIME", "2021-08-20TEV"),
            T("Mitte September", "DATE", "2021-09", mod="MID"),
            T("Juni", "DATE", "2021-06"),
        ],
        [
            E("US Treasury sanctions nine people including FSB officers", "SANCTION", ["United States", "Russia"],
              "2021-08-20", "context", "occurred", "Das US-Finanzministerium setzte"),
            E("UK freezes the assets of seven FSB officers and bans their entry", "SANCTION",
              ["United Kingdom", "Russia"], "2021-08-20", "context", "occurred", "Die britische Regierung fror"),
            E("Blinken accuses Moscow of using chemical weapons against its own citizens", "ACCUSE",
              ["Antony Blinken", "Russia"], "2021-08-20", "context", "occurred", "Washington werde nicht tatenlos"),
            E("Blinken demands Navalny's immediate release", "REQUEST", ["Antony Blinken", "Russia"], "2021-08-20",
              "context", "occurred", "Er forderte erneut die sofortige Freilassung"),
            E("Raab holds the Russian state responsible for an abhorrent crime", "ACCUSE",
              ["United Kingdom", "Russia"], "2021-08-20", "context", "occurred", "abscheulichen Verbrechen"),
            E("G7 foreign ministers demand that Russia hold those behind the attack to account", "REQUEST",
              ["United States", "United Kingdom", "Germany", "France", "Russia"], "2021-08-20", "text", "occurred",
              "Die Außenminister der G7"),
            E("Merkel's last visit to the Kremlin, meeting Putin", "CONSULT", ["Germany", "Vladimir Putin"],
              "2021-08-20", "text", "occurred", "bei ihrem letzten Besuch im Kreml"),
            E("Merkel demands Navalny's release from Putin", "REQUEST", ["Germany", "Vladimir Putin"], "2021-08-20",
              "text", "occurred", "bei ihrem letzten Besuch im Kreml"),
            E("Putin rejects the demand: Navalny is jailed for crimes, not politics", "REJECT",
              ["Vladimir Putin", "Germany"], "2021-08-20", "context", "occurred", "Putin entgegnete"),
            E("Russian embassy in Washington calls the sanctions unfounded", "REJECT", ["Russia", "United States"],
              "2021-08-20TEV", "text", "occurred", "Die russische Botschaft in Washington"),
            E("Russian embassy announces a response to the US sanctions", "THREATEN", ["Russia", "United States"],
              "2021-08-20TEV", "text", "occurred", "Die russische Botschaft in Washington"),
        ],
        [
            S("Antony Blinken", "Washington will not stand by while Moscow uses chemical weapons against its citizens",
              "2021-08-20", "context", "Washington werde nicht tatenlos"),
            S("Antony Blinken", "Demands Navalny's immediate release", "2021-08-20", "context",
              "Er forderte erneut die sofortige Freilassung"),
            S("United Kingdom", "Raab: an abhorrent crime for which the Russian state is responsible", "2021-08-20",
              "context", "abscheulichen Verbrechen"),
            S("Joint statement: United States, United Kingdom, Germany, France",
              "G7 foreign ministers: Russia must hold those behind the attack to account", "2021-08-20", "text",
              "Die Außenminister der G7"),
            S("Vladimir Putin", "Navalny is jailed for crimes, not for his political activity", "2021-08-20",
              "context", "Putin entgegnete"),
            S("Russia", "Moscow denies any involvement in the attack", "2021-08-21", "published",
              "Moskau bestreitet jede Beteiligung"),
            S("Russia", "Embassy: the new sanctions are unfounded; a response will follow", "2021-08-20TEV", "text",
              "Die russische Botschaft in Washington"),
            S("Dmitry Peskov", "Russia is not impressed by sanctions", "2021-08-21", "published",
              "Russland lasse sich von Sanktionen nicht beeindrucken"),
        ],
        ["United States", "United Kingdom", "Russia", "Germany", "France", "Antony Blinken", "Vladimir Putin",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b112de03_nawalny_polarkreis_aufgetaucht_2023_12", "2023-12-27", DE03,
        [
            T("drei Wochen", "DURATION", "P3W", 0),
            T("fast drei Wochen", "DURATION", "P3W", mod="APPROX"),
            T("Montag", "DATE", "2023-12-25"),
            T("6. Dezember", "DATE", "2023-12-06"),
            T("Dienstag", "DATE", "2023-12-26", 0),
            T("Dienstag", "DATE", "2023-12-26", 1),
            T("März", "DATE", "2024-03"),
            T("Anfang Dezember", "DATE", "2023-12", mod="START"),
            T("19 Jahren", "DURATION", "P19Y"),
            T("August", "DATE", "2023-08"),
            T("2021", "DATE", "2021"),
            T("vergangenen Samstag", "DATE", "2023-12-23"),
            T("neuen Jahr", "DATE", "2024"),
        ],
        [
            E("US State Department demands Navalny's immediate release", "REQUEST", ["United States", "Russia"],
              "2023-12-27", "published", "occurred", "Das US-Außenministerium zeigte sich erleichtert"),
            E("Miller accuses the Russian leadership of trying to silence Navalny", "ACCUSE",
              ["United States", "Russia"], "2023-12-27", "published", "occurred", "Sprecher Matthew Miller"),
            E("Germany and the EU demand Navalny's release and access to his lawyers and family", "REQUEST",
              ["Germany", "European Union", "Russia"], "2023-12-27", "published", "occurred",
              "Auch die Bundesregierung und die EU"),
            E("UN special rapporteur asks Moscow for an independent review of the conditions of detention", "REQUEST",
              ["United Nations", "Russia"], "2023-12-27", "published", "occurred", "Mariana Katzarova"),
            E("US sanctions on Russian officials over the poisoning", "SANCTION", ["United States", "Russia"], "2021",
              "text", "occurred", "bereits 2021 Sanktionen"),
        ],
        [
            S("United States", "Relieved that Navalny has been found; demands his immediate release", "2023-12-27",
              "published", "Das US-Außenministerium zeigte sich erleichtert"),
            S("United States", "Miller: the Russian leadership is trying to silence Navalny", "2023-12-27",
              "published", "Sprecher Matthew Miller"),
            S("Germany", "Navalny must be released and given access to his lawyers and family", "2023-12-27",
              "published", "Auch die Bundesregierung und die EU"),
            S("European Union", "Navalny must be released and given access to his lawyers and family", "2023-12-27",
              "published", "Auch die Bundesregierung und die EU"),
            S("United Nations", "Katzarova: Moscow should have the conditions of detention reviewed independently",
              "2023-12-27", "published", "Mariana Katzarova"),
            S("Dmitry Peskov", "The Kremlin has neither the means nor the wish to follow prisoners' fate",
              "2023-12-26", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            S("Dmitry Peskov", "The transfer is a matter for the prison service", "2023-12-26", "context",
              "Die Verlegung sei Sache des Strafvollzugs"),
        ],
        ["Russia", "United States", "Germany", "European Union", "United Nations", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin"],
    ),
    doc(
        "b112de04_trauerfeier_nawalny_moskau_2024_03", "2024-03-02", DE04,
        [
            T("Freitag", "DATE", "2024-03-01", 0),
            T("14 Uhr Moskauer Zeit", "TIME", "2024-03-01T14:00", note="Moscow time"),
            T("16. Februar", "DATE", "2024-02-16"),
            T("fast zwei Wochen", "DURATION", "P2W", mod="APPROX"),
            T("Freitag", "DATE", "2024-03-01", 1),
            T("19. Februar", "DATE", "2024-02-19"),
            T("selben Tag", "DATE", "2024-02-19"),
            T("23. Februar", "DATE", "2024-02-23"),
            T("zweistündigen", "DURATION", "PT2H"),
            T("Donnerstag", "DATE", "2024-02-29"),
            T("Mittwoch", "DATE", "2024-02-28"),
        ],
        [
            E("Peskov warns that any unauthorised gathering breaks the law", "THREATEN", ["Dmitry Peskov"],
              "2024-03-01", "text", "occurred", "jede nicht genehmigte Versammlung"),
            E("EU foreign ministers receive Navalnaya in Brussels", "CONSULT", ["European Union"], "2024-02-19",
              "text", "occurred", "Die EU-Aussenminister hatten Nawalnaja"),
            E("EU to sanction those responsible for Navalny's death", "SANCTION", ["European Union", "Russia"],
              "2024-03-02", "published", "planned", "Die EU-Aussenminister hatten Nawalnaja",
              note="announced on 19 February; the listings followed on 22 March 2024"),
            E("Germany summons the Russian ambassador", "ACCUSE", ["Germany", "Russia"], "2024-02-19", "text",
              "occurred", "Berlin bestellte am selben Tag"),
            E("US imposes more than 500 new sanctions on Russia, citing Navalny's death", "SANCTION",
              ["United States", "Russia"], "2024-02-23", "text", "occurred", "Washington verhängte am 23. Februar"),
            E("Putin warns NATO states of a real danger of nuclear war if they send troops to Ukraine", "THREATEN",
              ["Vladimir Putin", "NATO"], "2024-02-29", "context", "occurred", "Stattdessen warnte er die Nato-Staaten"),
        ],
        [
            S("Kremlin", "Rejects responsibility for Navalny's death", "2024-03-02", "published",
              "der Kreml weist das zurück"),
            S("Dmitry Peskov", "Has nothing to say to the family; any unauthorised gathering breaks the law",
              "2024-03-01", "text", "jede nicht genehmigte Versammlung"),
            S("European Union", "Those responsible for Navalny's death will be sanctioned", "2024-02-19", "text",
              "Die EU-Aussenminister hatten Nawalnaja"),
            S("Vladimir Putin", "Warns NATO states of a real danger of nuclear war if they send troops to Ukraine",
              "2024-02-29", "context", "Stattdessen warnte er die Nato-Staaten"),
        ],
        ["Kremlin", "Vladimir Putin", "Dmitry Peskov", "United States", "Germany", "France", "European Union",
         "Russia", "NATO", "Ukraine"],
    ),
    doc(
        "b112de05_wolkow_angriff_tusk_2024_04", "2024-04-20", DE05,
        [
            T("Anfang April", "DATE", "2024-04", mod="START"),
            T("Freitag", "DATE", "2024-04-19"),
            T("Abend des 12. März", "TIME", "2024-03-12TEV"),
            T("der Nacht", "TIME", "2024-03-12TNI", note="night of 12 to 13 March"),
            T("13. März", "DATE", "2024-03-13"),
            T("2022", "DATE", "2022"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Februar", "DATE", "2024-02"),
        ],
        [
            E("Two Polish citizens arrested in Poland over the attack on Volkov", "COERCE", ["Poland"], "2024-04",
              "text", "occurred", "Zwei polnische Staatsbürger", date_mod="START"),
            E("Tusk: the attack was ordered by a Belarusian working for Russian services", "ACCUSE",
              ["Donald Tusk", "Russia", "Belarus"], "2024-04-19", "context", "occurred", "Auftraggeber sei ein Belarusse"),
            E("Lithuania's president blames Putin for the attack", "ACCUSE", ["Vladimir Putin"], "2024-03-12TNI",
              "text", "occurred", "Gitanas Nausėda"),
            E("Peskov denies Moscow's involvement", "REJECT", ["Dmitry Peskov"], "2024-03-13", "text", "occurred",
              "Kremlsprecher Dmitri Peskow wies eine Beteiligung Moskaus"),
            E("Tusk accuses Russia of a new quality of sabotage and intimidation", "ACCUSE", ["Donald Tusk", "Russia"],
              "2024-04-19", "context", "occurred", "Tusk sprach von einer neuen Qualität"),
            E("Tusk to strengthen cooperation of the Polish services with Lithuania", "COOPERATE", ["Donald Tusk"],
              "2024-04-19", "context", "planned", "Er kündigte an, die Zusammenarbeit"),
            E("Lithuanian authorities warn of Russian operations against exiles", "ACCUSE", ["Russia"], "PAST_REF",
              "vague", "occurred", "Litauische Behörden hatten zuletzt"),
        ],
        [
            S("Donald Tusk", "Two Polish citizens were arrested in early April and are to be handed to Lithuania",
              "2024-04-19", "text", "Zwei polnische Staatsbürger"),
            S("Donald Tusk", "The attack was ordered by a Belarusian working for Russian services", "2024-04-19",
              "context", "Auftraggeber sei ein Belarusse"),
            S("Dmitry Peskov", "Moscow was not involved; the Kremlin does not concern itself with Volkov",
              "2024-03-13", "text", "Kremlsprecher Dmitri Peskow wies eine Beteiligung Moskaus"),
            S("Donald Tusk", "A new quality of Russian sabotage and intimidation in the region", "2024-04-19",
              "context", "Tusk sprach von einer neuen Qualität"),
            S("Donald Tusk", "Will strengthen cooperation of the Polish services with the Lithuanian authorities",
              "2024-04-19", "context", "Er kündigte an, die Zusammenarbeit"),
        ],
        ["Donald Tusk", "Poland", "Belarus", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
         "Alexander Lukashenko"],
    ),
    doc(
        "b112de06_haftstrafen_nawalny_anwaelte_2025_01", "2025-01-18", DE06,
        [
            T("Freitag", "DATE", "2025-01-17"),
            T("mehrjährigen", "DURATION", "PXY"),
            T("fünfeinhalb Jahre", "DURATION", "P5.5Y"),
            T("fünf Jahre", "DURATION", "P5Y"),
            T("dreieinhalb Jahre", "DURATION", "P3.5Y"),
            T("Oktober 2023", "DATE", "2023-10"),
            T("Februar vergangenen Jahres", "DATE", "2024-02"),
            T("Juni 2021", "DATE", "2021-06"),
            T("Freitagabend", "TIME", "2025-01-17TEV"),
            T("1. August 2024", "DATE", "2024-08-01"),
            T("zwei Tagen", "DURATION", "P2D", note="2025-01-20, Trump's inauguration"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Kallas condemns the verdicts as proof of systematic persecution", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2025-01-17TEV", "text", "occurred", "Kaja Kallas verurteilte"),
            E("Kallas demands the immediate release of the three lawyers", "REQUEST", ["Kaja Kallas", "Russia"],
              "2025-01-17TEV", "text", "occurred", "Kaja Kallas verurteilte"),
            E("German Foreign Office calls the verdicts an attack on the rule of law", "ACCUSE", ["Germany", "Russia"],
              "2025-01-18", "published", "occurred", "Angriff auf den Rechtsstaat selbst"),
            E("US State Department demands the release of all political prisoners in Russia", "REQUEST",
              ["United States", "Russia"], "2025-01-18", "published", "occurred", "Auch das US-Außenministerium"),
            E("Prisoner exchange between Russia, the US and Germany", "CONCEDE",
              ["Russia", "United States", "Germany"], "2024-08-01", "text", "occurred",
              "Beim Gefangenenaustausch vom 1. August 2024"),
        ],
        [
            S("Kaja Kallas", "The verdicts are further proof of systematic persecution; the three must be released",
              "2025-01-17TEV", "text", "Kaja Kallas verurteilte"),
            S("Germany", "Foreign Office: an attack on the rule of law itself", "2025-01-18", "published",
              "Angriff auf den Rechtsstaat selbst"),
            S("United States", "Demands the release of all political prisoners in Russia", "2025-01-18", "published",
              "Auch das US-Außenministerium"),
            S("Dmitry Peskov", "Declines to comment; the courts are responsible", "2025-01-18", "published",
              "Kremlsprecher Dmitri Peskow lehnte einen Kommentar ab"),
        ],
        ["Russia", "European Union", "Kaja Kallas", "Germany", "United States", "Antony Blinken", "Kremlin",
         "Dmitry Peskov", "Donald Trump"],
    ),
]
