"""German articles of the blind97 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b97de01 (Zürcher Oberländer)
DE01 = """
Waffenruhe für die Ostukraine: Tagliavini holt in Minsk die Unterschriften

Minsk/Wetzikon – In der Ostukraine schweigen seit Freitagabend weitgehend die Waffen.
Vertreter der Ukraine, Russlands und der prorussischen Separatisten unterzeichneten am Freitag in der weissrussischen Hauptstadt ein Protokoll über eine Waffenruhe, die um 18 Uhr Ortszeit in Kraft trat.
Vermittelt hatte die Schweizer Diplomatin Heidi Tagliavini, die im Auftrag der OSZE die sogenannte Kontaktgruppe leitet.

Das Papier umfasst zwölf Punkte.
Es sieht unter anderem den Austausch aller Gefangenen, eine Überwachung der Feuerpause durch die OSZE und ein Gesetz über einen Sonderstatus für Teile der Gebiete Donezk und Luhansk vor.
Für Kiew unterschrieb Ex-Präsident Leonid Kutschma, für Moskau Botschafter Michail Surabow.
Der ukrainische Präsident Petro Poroschenko sprach von einem ersten Schritt, der «ein Ende des Blutvergiessens» bringen müsse.
Er hatte die Feuerpause vom Nato-Gipfel im walisischen Newport aus angeordnet, kaum dass die Unterschriften vorlagen.

Kremlchef Wladimir Putin begrüsste die Einigung und rief beide Seiten auf, sie «strikt einzuhalten», wie sein Sprecher Dmitri Peskow noch am Freitagabend mitteilte.
Putin hatte am Mittwoch auf einer Reise in die Mongolei einen eigenen Sieben-Punkte-Plan vorgelegt, nachdem er am Morgen mit Poroschenko telefoniert hatte.
Der Kreml betonte gleichzeitig, Russland sei keine Konfliktpartei und könne deshalb auch keine Waffenruhe schliessen.

In Newport blieben die westlichen Staats- und Regierungschefs vorsichtig.
US-Präsident Barack Obama sagte am Freitag, er sei hoffnungsvoll, aber skeptisch; die Separatisten müssten ihre Zusagen erst noch erfüllen.
Die Nato beschloss zum Abschluss des Gipfels eine schnelle Eingreiftruppe für Osteuropa, die innerhalb weniger Tage verlegt werden kann.
Die EU hält trotz der Waffenruhe an einem neuen Sanktionspaket gegen Russland fest; ob es in Kraft gesetzt wird, wollen die Mitgliedstaaten am Montag entscheiden.
Bundeskanzlerin Angela Merkel sagte, die Strafmassnahmen könnten wieder aufgehoben werden, sollte die Feuerpause halten.

In Bern würdigte Bundespräsident Didier Burkhalter, der in diesem Jahr den OSZE-Vorsitz führt, das Protokoll als «wichtigen Schritt».
Die Beobachtermission der Organisation, die seit März im Land ist, soll rasch aufgestockt werden.
Zu den rund 250 Beobachtern gehört auch ein Polizist aus Uster, der seit Juni in Donezk Dienst tut.
Er berichtete seiner Familie am Samstagmorgen, die Nacht sei in der Stadt ruhig geblieben; aus Mariupol wurden dagegen vereinzelte Explosionen gemeldet.

Seit April sind bei den Kämpfen nach Angaben der Vereinten Nationen mehr als 2'600 Menschen getötet worden.
Die Kontaktgruppe soll in den kommenden Tagen erneut in Minsk zusammenkommen, um Einzelheiten der Überwachung und des Gefangenenaustauschs festzulegen.
"""

# ---------------------------------------------------------------- b97de02 (Garmisch-Partenkirchner Tagblatt)
DE02 = """
G7-Gipfel in Elmau: Sanktionen bleiben, bis Minsk erfüllt ist

Elmau/Garmisch-Partenkirchen – Die sieben großen Industriestaaten haben Russland zum Abschluss ihres Gipfels auf Schloss Elmau mit schärferen Sanktionen gedroht.
In der am Montagnachmittag veröffentlichten Abschlusserklärung heißt es, die Dauer der Strafmaßnahmen sei „klar an die vollständige Umsetzung der Minsker Vereinbarungen“ geknüpft.
Die G7 seien bereit, weitere restriktive Maßnahmen zu ergreifen, sollte Moskau die Lage in der Ostukraine weiter anheizen.

Zum zweiten Mal in Folge tagte die Runde ohne Kremlchef Wladimir Putin.
Russland war nach der Annexion der Krim im März 2014 aus dem Kreis der G8 ausgeschlossen worden.
Gastgeberin Angela Merkel sagte, eine Rückkehr zum alten Format sei „im Augenblick nicht vorstellbar“, solange Moskau sich nicht an gemeinsame Werte halte.
US-Präsident Barack Obama warf Putin vor, die Wirtschaft seines Landes zu ruinieren, um einer „fehlgeleiteten Sehnsucht nach dem Sowjetreich“ nachzujagen.
Die Europäer forderte er auf, bei den Sanktionen geschlossen zu bleiben.

EU-Ratspräsident Donald Tusk hatte bereits am Sonntag angekündigt, die Union werde ihre Wirtschaftssanktionen gegen Russland noch im Juni verlängern.
Die Strafmaßnahmen laufen derzeit Ende Juli aus; die Verlängerung gilt in Brüssel als Formsache.

In Moskau gab man sich gelassen.
Kremlsprecher Dmitri Peskow sagte am Montag, für Russland seien die G20 und andere Formate wichtiger, eine Rückkehr in die Runde strebe man vorerst nicht an.
Putin wird am Mittwoch in Italien erwartet, wo er die Weltausstellung in Mailand besucht und Regierungschef Matteo Renzi trifft.
Am Nachmittag will ihn Papst Franziskus im Vatikan empfangen.

Der ukrainische Präsident Petro Poroschenko begrüßte die Beschlüsse von Elmau als „klares Signal der Solidarität“.
In der vergangenen Woche waren die Kämpfe bei Marjinka westlich von Donezk wieder aufgeflammt.
Kiew warf Russland vor, erneut Tausende Soldaten an der Grenze zusammengezogen zu haben.
Die OSZE-Beobachter zählten allein am Wochenende mehr als hundert Verstöße gegen die Waffenruhe.

Für das Werdenfelser Land endet mit dem Gipfel eine Ausnahmezeit.
Rund 17.000 Polizisten waren im Einsatz, am Samstag hatten in Garmisch-Partenkirchen mehrere Tausend Menschen friedlich gegen das Treffen demonstriert.
Unvergessen bleiben dürfte vielen der Sonntagvormittag, als Merkel und Obama in Krün bei Weißwurst und Bier mit Einheimischen plauderten und sich zu einem kurzen Gespräch unter vier Augen zurückzogen.
Die Sperrzone rund um Elmau soll am Dienstagabend aufgehoben werden.
"""

# ---------------------------------------------------------------- b97de03 (Radio Hamburg)
DE03 = """
Normandie-Gipfel in Berlin: Fahrplan für Minsk soll bis Ende November stehen

Nach mehr als fünf Stunden Verhandlungen im Kanzleramt haben sich Deutschland, Frankreich, Russland und die Ukraine auf die Ausarbeitung eines Fahrplans zur Umsetzung des Minsker Abkommens verständigt.
Das sagte Bundeskanzlerin Angela Merkel in der Nacht nach dem Treffen mit Kremlchef Wladimir Putin, dem französischen Präsidenten François Hollande und dem ukrainischen Präsidenten Petro Poroschenko.
Die Außenminister sollen das Papier bis Ende November vorlegen.
Merkel sprach von sehr offenen und harten Gesprächen, Wunder dürfe man nicht erwarten.

Vereinbart wurde auch, die Truppen an vier weiteren Abschnitten der Front zu entflechten.
Poroschenko sagte, Putin habe einer bewaffneten Polizeimission der OSZE im Donbass grundsätzlich zugestimmt.
Putin selbst sagte lediglich, man habe vereinbart, über eine solche Mission zu reden.
Für den Kremlchef war es der erste Besuch in Berlin seit 2012.
Das letzte Treffen in dieser Runde hatte vor gut einem Jahr in Paris stattgefunden.

Nach dem Ukraine-Teil sprachen Merkel und Hollande mit Putin allein über Syrien.
Merkel nannte die Bombardierung Ost-Aleppos unmenschlich und schloss auch Sanktionen gegen Russland nicht aus.
Hollande sprach von Kriegsverbrechen.
Putin kündigte an, die für heute geplante Feuerpause in Aleppo nach Möglichkeit zu verlängern.

Die Kanzlerin fliegt heute zum EU-Gipfel nach Brüssel, wo die Staats- und Regierungschefs bis morgen auch über das Verhältnis zu Russland beraten.
Neue Strafmaßnahmen wegen Syrien gelten dort allerdings als unwahrscheinlich.

Kremlsprecher Dmitri Peskow sagte heute Morgen in Moskau, der Gipfel sei nützlich gewesen, einen Durchbruch habe niemand erwartet.
In Kiew fiel das Echo gemischt aus.
Außenminister Pawlo Klimkin sagte, ohne eine dauerhafte Waffenruhe sei jeder Fahrplan wertlos; Russland müsse zuerst seine Waffen aus dem Donbass abziehen.
Vor dem Kanzleramt hatten gestern Abend mehrere Hundert Menschen gegen die russischen Luftangriffe in Syrien demonstriert.

Die Hamburger Osteuropa-Historikerin Anna Wendler sagte im Gespräch mit Radio Hamburg, der Berliner Gipfel sei vor allem ein Zeichen, dass die Gesprächskanäle offen blieben.
Die eigentliche Arbeit beginne mit dem Fahrplan, und der sei noch nicht geschrieben.
"""

# ---------------------------------------------------------------- b97de04 (Jeversches Wochenblatt)
DE04 = """
Zwischenfall vor der Krim: Kiew verhängt Kriegsrecht, Merkel telefoniert mit Putin

Kiew/Moskau (dpa/JW) – Nach der Festsetzung dreier ukrainischer Marineschiffe vor der Krim hat das Parlament in Kiew am Montagabend das Kriegsrecht für zehn Regionen an den Grenzen und an der Küste gebilligt.
Es soll vom Mittwoch an für 30 Tage gelten.
Präsident Petro Poroschenko hatte 60 Tage verlangt, die Abgeordneten setzten aber eine kürzere Frist durch.

Russische Grenzschutzboote hatten am Sonntag in der Meerenge von Kertsch zwei Artilleriebooten und einen Schlepper der ukrainischen Marine beschossen, gerammt und aufgebracht.
Sechs Seeleute wurden nach ukrainischen Angaben verletzt, 24 Besatzungsmitglieder sitzen in Haft.
Ein Gericht in Simferopol ordnete heute für die ersten von ihnen zwei Monate Untersuchungshaft an.
Moskau wirft den Schiffen vor, illegal in russische Hoheitsgewässer eingedrungen zu sein, Kiew spricht von einem „Akt der Aggression“.

Bundeskanzlerin Angela Merkel telefonierte am Montag mit Kremlchef Wladimir Putin und mit Poroschenko und rief beide Seiten zu Deeskalation und Dialog auf.
Nach Angaben des Kremls äußerte Putin in dem Gespräch „ernste Besorgnis“ über das Kriegsrecht und nannte den Vorfall eine Provokation Kiews.
Außenminister Heiko Maas bot Deutschland und Frankreich als Vermittler an.

Der UN-Sicherheitsrat kam am Montag in New York zu einer Dringlichkeitssitzung zusammen.
US-Botschafterin Nikki Haley nannte das russische Vorgehen dort eine „empörende Verletzung“ der ukrainischen Souveränität.
Nato-Generalsekretär Jens Stoltenberg forderte Russland am selben Tag nach einer Sondersitzung der Nato-Ukraine-Kommission auf, Schiffe und Seeleute unverzüglich freizugeben.
US-Präsident Donald Trump sagte, ihm gefalle nicht, was dort geschehe; ein Treffen mit Putin beim G20-Gipfel in Buenos Aires am Ende der Woche stellte er infrage.

Kremlsprecher Dmitri Peskow warf Kiew vor, mit der Eskalation vor der Präsidentenwahl im März Stimmung machen zu wollen.
Die EU-Außenbeauftragte Federica Mogherini verlangte die Freilassung der Seeleute und die freie Durchfahrt durch die Meerenge.

Im Marinestützpunkt Wilhelmshaven verfolgt man die Entwicklung aufmerksam.
Ein Sprecher des Marinekommandos sagte dem Jeverschen Wochenblatt, derzeit seien keine deutschen Einheiten im Schwarzen Meer unterwegs.
Zuletzt hatte im Sommer ein deutsches Minenjagdboot mit einem Nato-Verband Häfen in Bulgarien und Rumänien angelaufen.
"""

# ---------------------------------------------------------------- b97de05 (salto.bz)
DE05 = """
Neuer Anlauf im Donbass: Waffenruhe soll diesmal wirklich halten

In der Ostukraine soll in der Nacht auf Montag eine umfassende Waffenruhe beginnen.
Darauf einigte sich die Trilaterale Kontaktgruppe aus Vertretern der Ukraine, Russlands und der OSZE am Mittwochabend bei einer Videokonferenz, an der auch Vertreter der Separatisten aus Donezk und Luhansk teilnahmen.
Die Feuerpause gilt ab Montag, 0.01 Uhr Ortszeit.

Vereinbart wurden erstmals konkrete Regeln: Angriffs- und Aufklärungsoperationen sowie Scharfschützenfeuer sind verboten, auf Beschuss darf nur auf ausdrücklichen Befehl reagiert werden.
Verstöße sollen disziplinarisch geahndet werden.
Überwachen soll das die Beobachtermission der OSZE, der derzeit rund 1.300 Frauen und Männer angehören, rund 20 davon aus Italien.

Präsident Wolodymyr Selenskyj sprach von einer „echten Chance“ und kündigte an, in den nächsten Tagen mit Kremlchef Wladimir Putin über die Umsetzung zu telefonieren.
Sein Stabschef Andrij Jermak, der die ukrainische Delegation anführt, sagte, Kiew werde jede Verletzung „dokumentieren und öffentlich machen“.
Kremlsprecher Dmitri Peskow begrüßte die Einigung, verlangte aber, Kiew müsse direkt mit den Vertretern von Donezk und Luhansk verhandeln.
In einer gemeinsamen Erklärung begrüßten auch die Außenminister Heiko Maas und Jean-Yves Le Drian den Schritt.

Berlin und Paris vermitteln seit 2014 im sogenannten Normandie-Format.
Die außenpolitischen Berater der vier Staats- und Regierungschefs hatten sich Anfang Juli in Berlin getroffen und wollen im August erneut zusammenkommen.
Der bisher letzte Gipfel hatte im Dezember in Paris stattgefunden.
Ein Folgetreffen, das für das Frühjahr geplant war, fiel der Corona-Pandemie zum Opfer.

Seit 2015 wurden mehr als 20 Waffenruhen ausgerufen, zuletzt im Dezember.
Keine hielt länger als einige Wochen.
Italiens Außenminister Luigi Di Maio sagte in Rom, Italien sei bereit, weitere Beobachter zu entsenden, wenn die OSZE darum bitte.
Die Mission war im März 2014 eingerichtet worden, ihr Mandat wird jährlich im Ständigen Rat in Wien verlängert.
Ein Meraner, der seit dem Vorjahr als Beobachter in Sjewjerodonezk arbeitet, sagte salto.bz: „Wir haben schon viele Waffenruhen gesehen, entscheidend ist, ob die Kommandeure vor Ort mitziehen.“
"""

# ---------------------------------------------------------------- b97de06 (Iserlohner Kreisanzeiger)
DE06 = """
Russland zieht Truppen von der ukrainischen Grenze ab – Kiew bleibt wachsam

Moskau/Kiew. Nach dem wochenlangen Aufmarsch an der Grenze zur Ukraine holt Russland einen Teil seiner Truppen zurück.
Verteidigungsminister Sergej Schoigu ordnete am Donnerstag bei einem Besuch auf der Krim an, die Einheiten der Militärbezirke Süd und West bis zum 1. Mai in ihre Standorte zurückzuverlegen.
Die Übungen hätten gezeigt, dass die Armee jede Bedrohung abwehren könne, sagte Schoigu.
Schweres Gerät der 41. Armee soll allerdings bis zum Großmanöver „Sapad“ im September auf einem Übungsplatz bei Woronesch bleiben.

Präsident Wolodymyr Selenskyj begrüßte den Schritt: Weniger Soldaten an der Grenze bedeuteten „proportional“ weniger Spannung, die Ukraine bleibe aber wachsam.
Selenskyj hatte Putin am Dienstag zu einem Treffen „an jedem beliebigen Ort im ukrainischen Donbass“ eingeladen.
Putin antwortete am Donnerstag nach einem Treffen mit dem belarussischen Staatschef Alexander Lukaschenko im Kreml, er empfange Selenskyj gern in Moskau, über den Donbass müsse Kiew aber mit den Separatisten sprechen.

Am Mittwoch hatte Putin in seiner Rede an die Nation den Westen davor gewarnt, „rote Linien“ zu überschreiten; die Antwort Russlands werde „asymmetrisch, schnell und hart“ sein.
US-Präsident Joe Biden hatte Putin in einem Telefonat Mitte April ein Gipfeltreffen in einem Drittland vorgeschlagen.
Kremlsprecher Dmitri Peskow sagte heute, man prüfe den Vorschlag, ein Datum gebe es noch nicht.
Nato-Generalsekretär Jens Stoltenberg nannte jeden Schritt zur Deeskalation wichtig, das Bündnis werde die Lage aber weiter genau beobachten.
Die EU hatte zu Wochenbeginn von mehr als 100.000 russischen Soldaten an der Grenze und auf der Krim gesprochen.

In Iserlohn verfolgen viele Menschen mit ukrainischen Wurzeln die Nachrichten mit Sorge.
Olena Krawez, Vorsitzende des Vereins „Ukrainer im Märkischen Kreis“, sagte unserer Zeitung, ihre Verwandten in Mariupol hätten in den vergangenen Wochen kaum geschlafen.
„Dass die Truppen abziehen, ist gut, aber seit 2014 wissen wir, wie schnell sie wiederkommen können.“
Der Verein sammelt am Samstag auf dem Alten Rathausplatz Spenden für ein Krankenhaus in der Region Donezk.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b97de01_minsker_protokoll_2014_09", "2014-09-06", DE01,
        [
            T("Freitagabend", "TIME", "2014-09-05TEV", 0),
            T("Freitag", "DATE", "2014-09-05", 0),
            T("18 Uhr Ortszeit", "TIME", "2014-09-05T18:00", note="Minsk time (UTC+3)"),
            T("Freitagabend", "TIME", "2014-09-05TEV", 1),
            T("Mittwoch", "DATE", "2014-09-03"),
            T("Morgen", "TIME", "2014-09-03TMO", note="the morning of that Wednesday"),
            T("Freitag", "DATE", "2014-09-05", 1),
            T("weniger Tage", "DURATION", "PXD"),
            T("Montag", "DATE", "2014-09-08"),
            T("diesem Jahr", "DATE", "2014"),
            T("März", "DATE", "2014-03"),
            T("Juni", "DATE", "2014-06"),
            T("Samstagmorgen", "TIME", "2014-09-06TMO"),
            T("die Nacht", "TIME", "2014-09-05TNI", note="the night to Saturday 6 September"),
            T("April", "DATE", "2014-04"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ukraine, Russia and the separatists sign the Minsk Protocol on a ceasefire", "AGREE",
              ["Ukraine", "Russia"], "2014-09-05", "text", "occurred", "unterzeichneten am Freitag"),
            E("Ceasefire in eastern Ukraine takes effect at 18:00 local time", "RETREAT", ["Ukraine", "Russia"],
              "2014-09-05T18:00", "text", "occurred", "unterzeichneten am Freitag"),
            E("Contact group talks in Minsk mediated by Tagliavini", "CONSULT", ["Ukraine", "Russia"], "2014-09-05",
              "context", "occurred", "Vermittelt hatte die Schweizer Diplomatin"),
            E("Poroshenko orders the ceasefire from the NATO summit", "RETREAT", ["Ukraine"], "2014-09-05",
              "context", "occurred", "Er hatte die Feuerpause vom Nato-Gipfel"),
            E("Putin welcomes the agreement", "SUPPORT", ["Vladimir Putin", "Ukraine"], "2014-09-05TEV", "text",
              "occurred", "Kremlchef Wladimir Putin begrüsste die Einigung"),
            E("Putin calls on both sides to observe the ceasefire strictly", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2014-09-05TEV", "text", "occurred", "Kremlchef Wladimir Putin begrüsste die Einigung"),
            E("Putin presents his own seven-point plan", "REQUEST", ["Vladimir Putin"], "2014-09-03", "text",
              "occurred", "Sieben-Punkte-Plan"),
            E("Putin–Poroshenko phone call", "CONSULT", ["Vladimir Putin", "Ukraine"], "2014-09-03TMO", "text",
              "occurred", "Sieben-Punkte-Plan"),
            E("NATO decides on a rapid reaction force for Eastern Europe", "MOBILIZE", ["NATO"], "2014-09-05",
              "context", "planned", "schnelle Eingreiftruppe"),
            E("EU member states to decide on Monday on a new sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2014-09-08", "text", "planned", "neuen Sanktionspaket"),
            E("Contact group to meet again in Minsk", "CONSULT", ["Ukraine", "Russia"], "FUTURE_REF", "vague",
              "planned", "Die Kontaktgruppe soll in den kommenden Tagen"),
        ],
        [
            S("Ukraine", "Poroshenko: a first step that must bring an end to the bloodshed", "2014-09-05",
              "context", "Der ukrainische Präsident Petro Poroschenko sprach"),
            S("Vladimir Putin, via Dmitry Peskov", "Welcomes the agreement and calls on both sides to observe it "
              "strictly", "2014-09-05TEV", "text", "Kremlchef Wladimir Putin begrüsste die Einigung"),
            S("Kremlin", "Russia is not a party to the conflict and cannot conclude a ceasefire", "2014-09-06",
              "published", "Der Kreml betonte gleichzeitig"),
            S("United States", "Obama hopeful but sceptical; the separatists must still keep their commitments",
              "2014-09-05", "text", "US-Präsident Barack Obama sagte am Freitag"),
            S("Germany", "Merkel: the sanctions could be lifted again if the ceasefire holds", "2014-09-06",
              "published", "Bundeskanzlerin Angela Merkel sagte"),
            S("United Nations", "More than 2,600 people killed in the fighting since April", "2014-09-06",
              "published", "Seit April sind bei den Kämpfen"),
        ],
        ["Ukraine", "Russia", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "NATO", "United States",
         "European Union", "Germany", "United Nations"],
    ),
    doc(
        "b97de02_g7_elmau_sanktionen_2015_06", "2015-06-09", DE02,
        [
            T("Montagnachmittag", "TIME", "2015-06-08TAF"),
            T("März 2014", "DATE", "2014-03"),
            T("Augenblick", "DATE", "PRESENT_REF", note="in Merkel's quote"),
            T("Sonntag", "DATE", "2015-06-07"),
            T("Juni", "DATE", "2015-06"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Ende Juli", "DATE", "2015-07", mod="END"),
            T("Montag", "DATE", "2015-06-08"),
            T("Mittwoch", "DATE", "2015-06-10"),
            T("Nachmittag", "TIME", "2015-06-10TAF", note="the afternoon of that Wednesday"),
            T("der vergangenen Woche", "DATE", "2015-W23"),
            T("Wochenende", "DATE", "2015-W23-WE"),
            T("Samstag", "DATE", "2015-06-06"),
            T("Sonntagvormittag", "TIME", "2015-06-07TMO"),
            T("Dienstagabend", "TIME", "2015-06-09TEV"),
        ],
        [
            E("G7 summit at Schloss Elmau without Russia", "CONSULT", ["Germany", "United States", "European Union"],
              "2015-06-08", "context", "occurred", "zum Abschluss ihres Gipfels auf Schloss Elmau",
              note="7-8 June 2015; dated by the closing day the text names"),
            E("G7 tie the duration of sanctions to full implementation of the Minsk agreements", "REQUEST",
              ["Germany", "United States", "European Union", "Russia"], "2015-06-08TAF", "text", "occurred",
              "In der am Montagnachmittag veröffentlichten Abschlusserklärung"),
            E("G7 ready to take further restrictive measures if Moscow escalates", "THREATEN",
              ["Germany", "United States", "European Union", "Russia"], "2015-06-08TAF", "context", "occurred",
              "Die G7 seien bereit"),
            E("Annexation of Crimea", "COERCE", ["Russia", "Ukraine"], "2014-03", "text", "occurred",
              "aus dem Kreis der G8 ausgeschlossen"),
            E("Russia excluded from the G8", "SANCTION", ["Germany", "United States", "European Union", "Russia"],
              "2014-03", "text", "occurred", "aus dem Kreis der G8 ausgeschlossen"),
            E("Merkel rules out a return to the G8 format for now", "REJECT", ["Germany", "Russia"], "2015-06-08",
              "context", "occurred", "Gastgeberin Angela Merkel sagte"),
            E("Obama accuses Putin of ruining Russia's economy", "ACCUSE", ["United States", "Vladimir Putin"],
              "2015-06-08", "context", "occurred", "Obama warf Putin vor"),
            E("Obama asks the Europeans to stay united on sanctions", "REQUEST", ["United States", "European Union"],
              "2015-06-08", "context", "occurred", "Die Europäer forderte er auf"),
            E("EU to extend its economic sanctions against Russia in June", "SANCTION",
              ["European Union", "Donald Tusk", "Russia"], "2015-06", "text", "planned",
              "Donald Tusk hatte bereits am Sonntag angekündigt"),
            E("Peskov: Moscow does not seek a return to the group", "REJECT", ["Dmitry Peskov"], "2015-06-08", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Putin to visit Italy and meet Renzi", "CONSULT", ["Vladimir Putin"], "2015-06-10", "text", "planned",
              "Putin wird am Mittwoch in Italien erwartet"),
            E("Pope Francis to receive Putin", "CONSULT", ["Vatican", "Vladimir Putin"], "2015-06-10TAF", "text",
              "planned", "Am Nachmittag will ihn Papst Franziskus"),
            E("Poroshenko welcomes the Elmau decisions", "SUPPORT",
              ["Ukraine", "Germany", "United States", "European Union"], "2015-06-09", "published", "occurred",
              "Der ukrainische Präsident Petro Poroschenko begrüßte"),
            E("Kyiv accuses Russia of massing troops at the border again", "ACCUSE", ["Ukraine", "Russia"],
              "2015-W23", "context", "occurred", "Kiew warf Russland vor"),
            E("Russian troops massed at the border (claimed by Kyiv)", "MOBILIZE", ["Russia", "Ukraine"], "2015-W23",
              "context", "uncertain", "Kiew warf Russland vor"),
            E("Merkel and Obama talk in private in Krün", "CONSULT", ["Germany", "United States"], "2015-06-07TMO",
              "text", "occurred", "Unvergessen bleiben dürfte vielen der Sonntagvormittag"),
        ],
        [
            S("Joint statement: Germany, United States, European Union", "The duration of sanctions is clearly "
              "linked to full implementation of the Minsk agreements", "2015-06-08TAF", "text",
              "In der am Montagnachmittag veröffentlichten Abschlusserklärung"),
            S("Joint statement: Germany, United States, European Union", "Ready to take further restrictive "
              "measures if Moscow escalates", "2015-06-08TAF", "context", "Die G7 seien bereit"),
            S("Germany", "Merkel: a return to the old format is unimaginable at the moment", "2015-06-08", "context",
              "Gastgeberin Angela Merkel sagte"),
            S("United States", "Obama: Putin ruins his country's economy out of longing for the Soviet empire",
              "2015-06-08", "context", "Obama warf Putin vor"),
            S("United States", "Obama: the Europeans must stay united on sanctions", "2015-06-08", "context",
              "Die Europäer forderte er auf"),
            S("Donald Tusk", "The EU will extend its economic sanctions against Russia in June", "2015-06-07", "text",
              "Donald Tusk hatte bereits am Sonntag angekündigt"),
            S("Dmitry Peskov", "The G20 and other formats matter more to Russia; no return to the group for now",
              "2015-06-08", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Ukraine", "Poroshenko: the Elmau decisions are a clear signal of solidarity", "2015-06-09",
              "published", "Der ukrainische Präsident Petro Poroschenko begrüßte"),
            S("Ukraine", "Russia has again massed thousands of soldiers at the border", "2015-W23", "context",
              "Kiew warf Russland vor"),
        ],
        ["Germany", "United States", "European Union", "Donald Tusk", "Russia", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "Ukraine", "Vatican"],
    ),
    doc(
        "b97de03_normandie_gipfel_berlin_2016_10", "2016-10-20", DE03,
        [
            T("Ende November", "DATE", "2016-11", 0, mod="END"),
            T("mehr als fünf Stunden", "DURATION", "PT5H", mod="MORE_THAN"),
            T("der Nacht", "TIME", "2016-10-19TNI", note="the night after the Wednesday summit"),
            T("Ende November", "DATE", "2016-11", 1, mod="END"),
            T("2012", "DATE", "2012"),
            T("vor gut einem Jahr", "DATE", "2015", mod="APPROX"),
            T("heute", "DATE", "2016-10-20", 0),
            T("heute", "DATE", "2016-10-20", 1),
            T("morgen", "DATE", "2016-10-21"),
            T("heute Morgen", "TIME", "2016-10-20TMO"),
            T("gestern Abend", "TIME", "2016-10-19TEV"),
        ],
        [
            E("Normandy-format summit in the Chancellery", "CONSULT", ["Germany", "France", "Russia", "Ukraine"],
              "2016-10-19", "context", "occurred", "Nach mehr als fünf Stunden Verhandlungen"),
            E("The four agree to draw up a roadmap for implementing Minsk", "AGREE",
              ["Germany", "France", "Russia", "Ukraine"], "2016-10-19", "context", "occurred",
              "Nach mehr als fünf Stunden Verhandlungen"),
            E("Foreign ministers to present the roadmap by the end of November", "AGREE",
              ["Germany", "France", "Russia", "Ukraine"], "2016-11", "text", "planned",
              "Die Außenminister sollen das Papier", date_mod="END"),
            E("Agreement to disengage troops at four more sections of the front", "AGREE",
              ["Germany", "France", "Russia", "Ukraine"], "2016-10-19", "context", "occurred",
              "Vereinbart wurde auch"),
            E("Putin agrees in principle to an armed OSCE police mission (according to Poroshenko)", "AGREE",
              ["Vladimir Putin", "Ukraine"], "2016-10-19", "context", "uncertain",
              "Poroschenko sagte, Putin habe einer bewaffneten Polizeimission"),
            E("Previous Normandy-format meeting in Paris", "CONSULT", ["Germany", "France", "Russia", "Ukraine"],
              "2015", "text", "occurred", "Das letzte Treffen in dieser Runde", date_mod="APPROX",
              note="Paris, 2 October 2015"),
            E("Merkel and Hollande talk with Putin about Syria", "CONSULT", ["Germany", "France", "Vladimir Putin"],
              "2016-10-19", "context", "occurred", "Nach dem Ukraine-Teil sprachen"),
            E("Merkel calls the bombing of eastern Aleppo inhuman", "ACCUSE", ["Germany", "Russia"], "2016-10-19",
              "context", "occurred", "Merkel nannte die Bombardierung"),
            E("Merkel does not rule out sanctions against Russia over Syria", "THREATEN", ["Germany", "Russia"],
              "2016-10-19", "context", "occurred", "Merkel nannte die Bombardierung"),
            E("Hollande speaks of war crimes", "ACCUSE", ["France", "Russia"], "2016-10-19", "context", "occurred",
              "Hollande sprach von Kriegsverbrechen"),
            E("Putin to extend the Aleppo ceasefire planned for today if possible", "RETREAT", ["Vladimir Putin"],
              "2016-10-20", "text", "planned", "Putin kündigte an"),
            E("Merkel to attend the EU summit in Brussels", "CONSULT", ["Germany", "European Union"], "2016-10-20",
              "text", "planned", "Die Kanzlerin fliegt heute zum EU-Gipfel"),
            E("Peskov calls the summit useful", "SUPPORT", ["Dmitry Peskov", "Germany", "France", "Ukraine"],
              "2016-10-20TMO", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte heute Morgen"),
            E("Klimkin demands that Russia withdraw its weapons from Donbas first", "REQUEST", ["Ukraine", "Russia"],
              "2016-10-20", "published", "occurred", "Außenminister Pawlo Klimkin sagte"),
        ],
        [
            S("Germany", "Merkel: agreement to draw up a roadmap for implementing Minsk", "2016-10-19TNI", "text",
              "Das sagte Bundeskanzlerin Angela Merkel in der Nacht"),
            S("Germany", "Merkel: very open and hard talks; no miracles to be expected", "2016-10-19TNI", "context",
              "Merkel sprach von sehr offenen und harten Gesprächen"),
            S("Ukraine", "Poroshenko: Putin agreed in principle to an armed OSCE police mission", "2016-10-19",
              "context", "Poroschenko sagte, Putin habe einer bewaffneten Polizeimission"),
            S("Vladimir Putin", "Only agreed to talk about such a mission", "2016-10-19", "context",
              "Putin selbst sagte lediglich"),
            S("Germany", "Merkel: the bombing of eastern Aleppo is inhuman; sanctions not ruled out", "2016-10-19",
              "context", "Merkel nannte die Bombardierung"),
            S("France", "Hollande speaks of war crimes", "2016-10-19", "context", "Hollande sprach von Kriegsverbrechen"),
            S("Vladimir Putin", "Will extend the Aleppo ceasefire if possible", "2016-10-19", "context",
              "Putin kündigte an"),
            S("Dmitry Peskov", "The summit was useful; nobody expected a breakthrough", "2016-10-20TMO", "text",
              "Kremlsprecher Dmitri Peskow sagte heute Morgen"),
            S("Ukraine", "Klimkin: without a lasting ceasefire any roadmap is worthless; Russia must withdraw its "
              "weapons first", "2016-10-20", "published", "Außenminister Pawlo Klimkin sagte"),
        ],
        ["Germany", "France", "Russia", "Ukraine", "Vladimir Putin", "Kremlin", "European Union",
         "Dmitry Peskov"],
    ),
    doc(
        "b97de04_kertsch_kriegsrecht_2018_11", "2018-11-27", DE04,
        [
            T("Montagabend", "TIME", "2018-11-26TEV"),
            T("Mittwoch", "DATE", "2018-11-28"),
            T("30 Tage", "DURATION", "P30D"),
            T("60 Tage", "DURATION", "P60D"),
            T("Sonntag", "DATE", "2018-11-25"),
            T("heute", "DATE", "2018-11-27"),
            T("zwei Monate", "DURATION", "P2M"),
            T("Montag", "DATE", "2018-11-26", 0),
            T("Montag", "DATE", "2018-11-26", 1),
            T("selben Tag", "DATE", "2018-11-26"),
            T("Ende der Woche", "DATE", "2018-W48", mod="END", note="G20 summit 30 Nov-1 Dec 2018"),
            T("März", "DATE", "2019-03"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("Sommer", "DATE", "2018-SU"),
        ],
        [
            E("Russian border guards fire on, ram and seize three Ukrainian navy vessels in the Kerch Strait",
              "ASSAULT", ["Russia", "Ukraine"], "2018-11-25", "text", "occurred", "Russische Grenzschutzboote"),
            E("Simferopol court orders two months' detention for the first sailors", "COERCE", ["Russia", "Ukraine"],
              "2018-11-27", "text", "occurred", "Ein Gericht in Simferopol"),
            E("Moscow accuses the ships of illegally entering Russian waters", "ACCUSE", ["Russia", "Ukraine"],
              "2018-11-27", "published", "occurred", "Moskau wirft den Schiffen vor"),
            E("Kyiv calls the seizure an act of aggression", "ACCUSE", ["Ukraine", "Russia"], "2018-11-27",
              "published", "occurred", "Moskau wirft den Schiffen vor"),
            E("Merkel phones Putin and Poroshenko", "CONSULT", ["Germany", "Vladimir Putin", "Ukraine"],
              "2018-11-26", "text", "occurred", "Bundeskanzlerin Angela Merkel telefonierte am Montag"),
            E("Merkel calls on both sides to de-escalate and talk", "REQUEST", ["Germany", "Russia", "Ukraine"],
              "2018-11-26", "text", "occurred", "Bundeskanzlerin Angela Merkel telefonierte am Montag"),
            E("Putin calls the incident a provocation by Kyiv", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2018-11-26",
              "context", "occurred", "Nach Angaben des Kremls"),
            E("Maas offers Germany and France as mediators", "REQUEST", ["Germany", "France", "Russia", "Ukraine"],
              "2018-11-27", "published", "occurred", "Außenminister Heiko Maas bot"),
            E("Emergency session of the UN Security Council", "CONSULT", ["United Nations", "Russia", "Ukraine"],
              "2018-11-26", "text", "occurred", "Der UN-Sicherheitsrat kam am Montag"),
            E("Haley calls Russia's action an outrageous violation of Ukraine's sovereignty", "ACCUSE",
              ["United States", "Russia"], "2018-11-26", "context", "occurred", "US-Botschafterin Nikki Haley"),
            E("Special session of the NATO-Ukraine Commission", "CONSULT", ["NATO", "Ukraine"], "2018-11-26", "text",
              "occurred", "Nato-Generalsekretär Jens Stoltenberg forderte"),
            E("Stoltenberg demands that Russia release the ships and sailors", "REQUEST",
              ["Jens Stoltenberg", "NATO", "Russia"], "2018-11-26", "text", "occurred",
              "Nato-Generalsekretär Jens Stoltenberg forderte"),
            E("Trump questions his meeting with Putin at the G20 in Buenos Aires", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2018-W48", "text", "uncertain", "US-Präsident Donald Trump sagte",
              date_mod="END"),
            E("Peskov accuses Kyiv of escalating for electoral reasons", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2018-11-27", "published", "occurred", "Kremlsprecher Dmitri Peskow warf Kiew vor"),
            E("Mogherini demands the release of the sailors and free passage", "REQUEST",
              ["European Union", "Russia"], "2018-11-27", "published", "occurred", "Federica Mogherini verlangte"),
        ],
        [
            S("Russia", "The ships illegally entered Russian territorial waters", "2018-11-27", "published",
              "Moskau wirft den Schiffen vor"),
            S("Ukraine", "The seizure is an act of aggression", "2018-11-27", "published",
              "Moskau wirft den Schiffen vor"),
            S("Germany", "Merkel calls on both sides to de-escalate and talk", "2018-11-26", "text",
              "Bundeskanzlerin Angela Merkel telefonierte am Montag"),
            S("Vladimir Putin, via Kremlin", "Serious concern about martial law; the incident is a provocation by Kyiv",
              "2018-11-26", "context", "Nach Angaben des Kremls"),
            S("Germany", "Maas offers Germany and France as mediators", "2018-11-27", "published",
              "Außenminister Heiko Maas bot"),
            S("United States", "Haley: an outrageous violation of Ukraine's sovereignty", "2018-11-26", "context",
              "US-Botschafterin Nikki Haley"),
            S("Jens Stoltenberg", "Russia must release the ships and sailors immediately", "2018-11-26", "text",
              "Nato-Generalsekretär Jens Stoltenberg forderte"),
            S("Donald Trump", "Does not like what is happening; questions the meeting with Putin", "2018-11-27",
              "published", "US-Präsident Donald Trump sagte"),
            S("Dmitry Peskov", "Kyiv escalates to stir up sentiment before the presidential election", "2018-11-27",
              "published", "Kremlsprecher Dmitri Peskow warf Kiew vor"),
            S("European Union", "Mogherini demands the sailors' release and free passage through the strait",
              "2018-11-27", "published", "Federica Mogherini verlangte"),
            S("Germany", "Navy spokesman: no German units in the Black Sea at present", "2018-11-27", "published",
              "Ein Sprecher des Marinekommandos"),
        ],
        ["Ukraine", "Russia", "Germany", "Vladimir Putin", "Kremlin", "France", "United Nations", "United States",
         "Jens Stoltenberg", "NATO", "Donald Trump", "Dmitry Peskov", "European Union"],
    ),
    doc(
        "b97de05_waffenruhe_kontaktgruppe_2020_07", "2020-07-23", DE05,
        [
            T("der Nacht auf Montag", "TIME", "2020-07-26TNI", note="the night to Monday 27 July"),
            T("Mittwochabend", "TIME", "2020-07-22TEV"),
            T("Montag", "DATE", "2020-07-27", 1),
            T("0.01 Uhr Ortszeit", "TIME", "2020-07-27T00:01", note="Kyiv time (EEST)"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("den nächsten Tagen", "DATE", "FUTURE_REF"),
            T("2014", "DATE", "2014"),
            T("Anfang Juli", "DATE", "2020-07", mod="START"),
            T("August", "DATE", "2020-08"),
            T("Dezember", "DATE", "2019-12", 0),
            T("das Frühjahr", "DATE", "2020-SP"),
            T("2015", "DATE", "2015"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Dezember", "DATE", "2019-12", 1),
            T("einige Wochen", "DURATION", "PXW"),
            T("März 2014", "DATE", "2014-03"),
            T("jährlich", "SET", "P1Y"),
            T("dem Vorjahr", "DATE", "2019"),
        ],
        [
            E("Trilateral Contact Group video conference", "CONSULT", ["Ukraine", "Russia"], "2020-07-22TEV", "text",
              "occurred", "Darauf einigte sich die Trilaterale Kontaktgruppe"),
            E("Contact group agrees on a comprehensive ceasefire with new rules", "AGREE", ["Ukraine", "Russia"],
              "2020-07-22TEV", "text", "occurred", "Darauf einigte sich die Trilaterale Kontaktgruppe"),
            E("Ceasefire in eastern Ukraine to take effect at 00:01 on Monday", "RETREAT", ["Ukraine", "Russia"],
              "2020-07-27T00:01", "text", "planned", "Die Feuerpause gilt ab Montag"),
            E("Zelensky to phone Putin about implementation", "CONSULT", ["Volodymyr Zelensky", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "Präsident Wolodymyr Selenskyj sprach"),
            E("Peskov welcomes the agreement", "SUPPORT", ["Dmitry Peskov", "Ukraine"], "2020-07-23", "published",
              "occurred", "Kremlsprecher Dmitri Peskow begrüßte"),
            E("Peskov demands that Kyiv negotiate directly with Donetsk and Luhansk", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2020-07-23", "published", "occurred",
              "Kremlsprecher Dmitri Peskow begrüßte"),
            E("Maas and Le Drian welcome the ceasefire", "SUPPORT", ["Germany", "France", "Ukraine", "Russia"],
              "2020-07-23", "published", "occurred", "In einer gemeinsamen Erklärung"),
            E("Normandy-format advisers meet in Berlin", "CONSULT", ["Germany", "France", "Russia", "Ukraine"],
              "2020-07", "text", "occurred", "Die außenpolitischen Berater", date_mod="START",
              note="3 July 2020"),
            E("Normandy-format advisers to meet again", "CONSULT", ["Germany", "France", "Russia", "Ukraine"],
              "2020-08", "text", "planned", "Die außenpolitischen Berater"),
            E("Normandy summit in Paris", "CONSULT", ["Germany", "France", "Russia", "Ukraine"], "2019-12", "text",
              "occurred", "Der bisher letzte Gipfel", note="9 December 2019"),
            E("Follow-up Normandy summit planned for the spring called off", "CONSULT",
              ["Germany", "France", "Russia", "Ukraine"], "2020-SP", "text", "cancelled", "Ein Folgetreffen"),
            E("Ceasefire declared in December", "RETREAT", ["Ukraine", "Russia"], "2019-12", "text", "occurred",
              "Seit 2015 wurden mehr als 20 Waffenruhen"),
        ],
        [
            S("Volodymyr Zelensky", "A real chance; will phone Putin about implementation in the next few days",
              "2020-07-23", "published", "Präsident Wolodymyr Selenskyj sprach"),
            S("Andriy Yermak", "Kyiv will document and publish every violation", "2020-07-23", "published",
              "Sein Stabschef Andrij Jermak"),
            S("Dmitry Peskov", "Welcomes the agreement; Kyiv must negotiate directly with Donetsk and Luhansk",
              "2020-07-23", "published", "Kremlsprecher Dmitri Peskow begrüßte"),
            S("Joint statement: Germany, France", "Welcome the ceasefire agreement", "2020-07-23", "published",
              "In einer gemeinsamen Erklärung"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Andriy Yermak", "Dmitry Peskov",
         "Germany", "France"],
    ),
    doc(
        "b97de06_truppenabzug_krim_2021_04", "2021-04-23", DE06,
        [
            T("wochenlangen", "DURATION", "PXW"),
            T("Donnerstag", "DATE", "2021-04-22", 0),
            T("1. Mai", "DATE", "2021-05-01"),
            T("September", "DATE", "2021-09"),
            T("Dienstag", "DATE", "2021-04-20"),
            T("Donnerstag", "DATE", "2021-04-22", 1),
            T("Mittwoch", "DATE", "2021-04-21"),
            T("Mitte April", "DATE", "2021-04", mod="MID", note="the call of 13 April 2021"),
            T("heute", "DATE", "2021-04-23"),
            T("Wochenbeginn", "DATE", "2021-W16", mod="START"),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("2014", "DATE", "2014"),
            T("Samstag", "DATE", "2021-04-24"),
        ],
        [
            E("Shoigu orders troops of the Southern and Western districts back to their bases by 1 May", "RETREAT",
              ["Russia", "Ukraine"], "2021-04-22", "text", "occurred", "Verteidigungsminister Sergej Schoigu ordnete",
              note="return to be completed by 1 May 2021"),
            E("Zelensky welcomes the pullback", "SUPPORT", ["Volodymyr Zelensky", "Russia"], "2021-04-23",
              "published", "occurred", "Präsident Wolodymyr Selenskyj begrüßte den Schritt"),
            E("Zelensky invites Putin to meet anywhere in Ukrainian Donbas", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2021-04-20", "text", "occurred",
              "Selenskyj hatte Putin am Dienstag"),
            E("Putin meets Lukashenko in the Kremlin", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
              "2021-04-22", "text", "occurred", "Putin antwortete am Donnerstag"),
            E("Putin ready to receive Zelensky in Moscow", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2021-04-22", "text", "occurred", "Putin antwortete am Donnerstag"),
            E("Putin: Kyiv must discuss Donbas with the separatists", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2021-04-22", "text", "occurred", "Putin antwortete am Donnerstag"),
            E("Putin warns the West not to cross red lines", "THREATEN", ["Vladimir Putin"], "2021-04-21", "text",
              "occurred", "Am Mittwoch hatte Putin in seiner Rede"),
            E("Biden–Putin phone call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-04", "text", "occurred",
              "US-Präsident Joe Biden hatte Putin", date_mod="MID", note="13 April 2021"),
            E("Biden proposes a summit in a third country", "REQUEST", ["Joe Biden", "Vladimir Putin"], "2021-04",
              "text", "occurred", "US-Präsident Joe Biden hatte Putin", date_mod="MID"),
            E("Possible Biden–Putin summit, no date yet", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-04-23",
              "published", "uncertain", "Kremlsprecher Dmitri Peskow sagte heute"),
            E("Stoltenberg welcomes any step towards de-escalation", "SUPPORT", ["Jens Stoltenberg", "NATO", "Russia"],
              "2021-04-23", "published", "occurred", "Nato-Generalsekretär Jens Stoltenberg nannte"),
            E("Russian build-up of more than 100,000 soldiers at the border and in Crimea", "MOBILIZE",
              ["Russia", "Ukraine"], "2021-W16", "context", "occurred", "Die EU hatte zu Wochenbeginn",
              note="as reported by the EU; the build-up of March-April 2021"),
        ],
        [
            S("Russia", "Shoigu: the exercises showed the army can repel any threat", "2021-04-22", "context",
              "Die Übungen hätten gezeigt"),
            S("Volodymyr Zelensky", "Fewer soldiers at the border mean proportionally less tension; Ukraine stays "
              "vigilant", "2021-04-23", "published", "Präsident Wolodymyr Selenskyj begrüßte den Schritt"),
            S("Vladimir Putin", "Will gladly receive Zelensky in Moscow; Kyiv must discuss Donbas with the separatists",
              "2021-04-22", "text", "Putin antwortete am Donnerstag"),
            S("Vladimir Putin", "Warns the West not to cross red lines; Russia's answer will be asymmetric, fast and "
              "hard", "2021-04-21", "text", "Am Mittwoch hatte Putin in seiner Rede"),
            S("Dmitry Peskov", "The summit proposal is being studied; no date yet", "2021-04-23", "text",
              "Kremlsprecher Dmitri Peskow sagte heute"),
            S("Jens Stoltenberg", "Every step towards de-escalation is important; NATO will keep watching closely",
              "2021-04-23", "published", "Nato-Generalsekretär Jens Stoltenberg nannte"),
            S("European Union", "More than 100,000 Russian soldiers at the border and in Crimea", "2021-W16", "text",
              "Die EU hatte zu Wochenbeginn"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Vladimir Putin", "Alexander Lukashenko", "Belarus", "Kremlin",
         "Joe Biden", "United States", "Dmitry Peskov", "Jens Stoltenberg", "NATO", "European Union"],
    ),
]
