"""German articles of the blind56 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b56de01 (Ö1 Mittagsjournal, ORF radio)
DE01 = """
OSZE gibt grünes Licht für Beobachtermission in der Ukraine

Wien (Ö1). Knapp drei Wochen nach dem Inkrafttreten der Waffenruhe in der Ukraine hat der Ständige Rat der OSZE heute Vormittag in der Wiener Hofburg eine zivile Beobachtermission beschlossen.
Der Beschluss fiel im Konsens aller 57 Teilnehmerstaaten, nachdem Russland in der Nacht auf Donnerstag seinen Einwand gegen die Zusammensetzung der Mission fallen gelassen hatte.
Bis zu 600 unbewaffnete Beobachterinnen und Beobachter sollen überwachen, ob die Feuerpause hält, die seit dem 20. April entlang der gesamten Front gilt.

Das Mandat ist zunächst auf sechs Monate befristet.
Die ersten 80 Beobachter sollen nach Angaben des OSZE-Sekretariats bis Ende Mai in Dnipro und Saporischschja eintreffen, wo auch das Hauptquartier der Mission entsteht.
Moskau hatte seit Ende April darauf bestanden, dass mindestens die Hälfte des Personals aus Staaten kommt, die nicht der Nato angehören.
Der Kompromiss sieht vor, dass neben Kontingenten aus EU- und Nato-Staaten auch Beobachter aus der Schweiz, aus Indien, Brasilien und Kasachstan entsandt werden.
China hatte eine Beteiligung am Dienstag vorerst abgelehnt.
Österreich stellt 30 Polizistinnen und Polizisten, Außenministerin Beate Meinl-Reisinger sprach von einem „guten Tag für Wien als Ort des Dialogs“.

Der russische Außenminister Sergej Lawrow sagte in Moskau, man werde die Arbeit der Mission „sehr genau“ verfolgen.
Sollte sie sich als „verlängerter Arm der Nato“ erweisen, werde Russland die Zusammenarbeit umgehend beenden.
Der ukrainische Außenminister Andrij Sybiha nannte den Beschluss „überfällig“ und verlangte, dass die Beobachter auch in die besetzten Gebiete und zum Atomkraftwerk Saporischschja gelassen werden.
US-Außenminister Marco Rubio hatte bereits am Mittwochabend zugesagt, die Mission mit Satellitenbildern und Aufklärungsdrohnen zu unterstützen.

Die Waffenruhe war am 14. April in Istanbul unter Vermittlung der USA und der Türkei von Vertretern Russlands und der Ukraine unterzeichnet worden.
Seither melden beide Seiten fast täglich Verstöße.
Zuletzt warf das russische Verteidigungsministerium der ukrainischen Armee am Mittwoch vor, bei Huljajpole mit Drohnen russische Stellungen angegriffen zu haben.
Kiew wies das zurück und sprach seinerseits von Artilleriebeschuss auf die Stadt Nikopol in der Nacht auf Mittwoch.
Ein unabhängiges Lagebild, heißt es in Wien, könne erst die Mission liefern.
Über das Budget von rund 90 Millionen Euro für das laufende Jahr will der Ständige Rat am 21. Mai entscheiden.
"""

# ---------------------------------------------------------------- b56de02 (Bieler Tagblatt)
DE02 = """
Genfer Kommission einigt sich auf Austausch von 1200 Gefangenen

Genf. Russland und die Ukraine wollen in den kommenden fünf Wochen je 1200 Kriegsgefangene freilassen.
Darauf haben sich die Delegationen beider Länder am Donnerstagabend in Genf nach zweitägigen Verhandlungen unter dem Vorsitz des Internationalen Komitees vom Roten Kreuz (IKRK) verständigt.
Es war die dritte Sitzung der Gemischten Kommission für Kriegsgefangene und zivile Internierte, die das Waffenstillstandsabkommen von Istanbul vorsieht.
Die erste Etappe mit je 400 Gefangenen soll bereits am Sonntag an der ukrainisch-belarussischen Grenze stattfinden, die beiden weiteren bis Mitte Juli.

Die russische Delegation wurde von Präsidentenberater Wladimir Medinski geleitet, die ukrainische von Rustem Umerow, dem Sekretär des Nationalen Sicherheits- und Verteidigungsrats.
Medinski sprach nach Abschluss der Gespräche von einem «Schritt, der Vertrauen schafft».
Über die Zivilisten werde Moskau aber erst verhandeln, wenn Kiew alle Bewohner des Gebiets Kursk zurückgebe, die im Sommer 2024 in die Ukraine gebracht worden seien.
Umerow wies das zurück: Die Ukraine halte keinen einzigen Zivilisten gegen seinen Willen fest, Russland dagegen habe mehr als 16'000 Ukrainerinnen und Ukrainer verschleppt.

Bundesrat Ignazio Cassis hatte die beiden Delegationen am Mittwochabend zum Auftakt zu einem Nachtessen in der Villa La Grange empfangen.
Die Schweiz stellt der Kommission zudem ein ständiges Sekretariat, der Bundesrat hat dafür bis Ende 2027 insgesamt 4,5 Millionen Franken bewilligt.
Auch der Heilige Stuhl ist eingebunden: Er vermittelt seit dem Frühjahr bei einer Liste von rund 300 Zivilisten und begrüsste die Einigung am Freitag als «Zeichen der Hoffnung».

Der Austausch «alle gegen alle» gehört zu den Kernpunkten des Abkommens, das am 14. April in Istanbul unterzeichnet worden war.
Eine erste Runde mit je 500 Gefangenen hatte am 3. Mai stattgefunden, eine zweite war Ende Mai geplatzt, weil Moskau nach Kiewer Darstellung kurzfristig die Namenslisten geändert hatte.
Präsident Wolodimir Selenski sagte in seiner Videoansprache am Donnerstag, jeder Mensch, der nach Hause komme, sei «ein Sieg der Diplomatie».
Kremlsprecher Dmitri Peskow sagte am Freitag, Präsident Wladimir Putin habe die Vereinbarung gebilligt.
Ein Treffen Putins mit Selenski stehe aber «nicht auf der Tagesordnung».
Die nächste Sitzung der Kommission ist für den 7. Juli angesetzt, wiederum in Genf.
"""

# ---------------------------------------------------------------- b56de03 (Augen geradeaus!, defence blog)
DE03 = """
Bundestag billigt Mandat für deutsche Beteiligung an Multinationaler Truppe Ukraine (Nachtrag)

Der Bundestag hat am heutigen Donnerstag mit klarer Mehrheit den Einsatz von bis zu 1.200 Soldatinnen und Soldaten der Bundeswehr im Rahmen der Multinational Force Ukraine (MNF-U) gebilligt.
Für das Mandat stimmten 431 Abgeordnete, 152 stimmten dagegen, neun enthielten sich.
Die Kurzfassung: Deutschland schickt keine Kampftruppen an die Kontaktlinie, sondern stellt Luftverteidigung, Ausbilder und Stabspersonal.

Laut Mandatstext soll die Bundeswehr ein Patriot-Flugabwehrsystem samt Besatzung in der Westukraine betreiben, ukrainische Soldaten in Deutschland und Polen ausbilden und bis zu 60 Offiziere in das Hauptquartier der Truppe in Kiew entsenden.
Das Mandat gilt bis zum 30. Juni 2027, die Kosten beziffert das Verteidigungsministerium auf rund 1,1 Milliarden Euro für die ersten zwölf Monate.
Ihre volle Einsatzbereitschaft soll die MNF-U, die von Großbritannien und Frankreich geführt wird, nach Planung des Hauptquartiers in Northwood Anfang September erreichen.

Verteidigungsminister Boris Pistorius sagte in der Debatte, die Truppe sei „weder Stolperdraht noch Kriegspartei“, sie solle vielmehr einen erneuten russischen Angriff abschrecken.
Kanzler Friedrich Merz hatte bereits am Mittwoch in der Regierungsbefragung versichert, Deutschland werde „seinen Teil der Verantwortung“ tragen.
Zugleich forderte er die USA auf, ihre im Mai gegebene Zusage einer Rückendeckung aus der Luft verbindlich festzuschreiben.
Die US-Regierung hatte damals nach Angaben des Weißen Hauses Aufklärung, Luftbetankung und im Fall eines russischen Angriffs auch Luftunterstützung in Aussicht gestellt, eigene Bodentruppen aber ausgeschlossen.

Aus Moskau kam umgehend Kritik.
Außenamtssprecherin Maria Sacharowa sagte am Donnerstag, jede ausländische Truppe auf ukrainischem Boden verstoße gegen den Geist des Istanbuler Abkommens.
Sollte die Waffenruhe zusammenbrechen, seien diese Soldaten „legitime Ziele“.
Kremlsprecher Dmitri Peskow erklärte, Präsident Wladimir Putin habe in Istanbul „zu keinem Zeitpunkt“ einer Stationierung von Nato-Soldaten zugestimmt.
Nato-Generalsekretär Mark Rutte begrüßte das Votum dagegen auf X als „starkes Signal an Moskau“.

Zur Einordnung: Die MNF-U geht auf die sogenannte Koalition der Willigen zurück, die sich seit dem Frühjahr 2025 unter britisch-französischer Führung formiert hatte.
Ihre Aufstellung wurde in dem am 14. April unterzeichneten Waffenstillstandsabkommen ausdrücklich nicht geregelt, was Moskau als Lücke und Kiew als Erfolg wertet.

Nachtrag 18.40 Uhr: Nach Angaben des Einsatzführungskommandos soll ein Vorkommando von rund 40 Soldaten bereits in der kommenden Woche nach Polen verlegt werden.
"""

# ---------------------------------------------------------------- b56de04 (Ostthüringer Zeitung)
DE04 = """
Wahl im Schatten der Waffenruhe: Ukraine stimmt am Sonntag über ihren Präsidenten ab

Gera/Kiew. Zum ersten Mal seit Beginn des russischen Großangriffs im Februar 2022 wählen die Ukrainerinnen und Ukrainer am kommenden Sonntag einen Präsidenten.
Die Zentrale Wahlkommission in Kiew hat 14 Kandidaten zugelassen, darunter Amtsinhaber Wolodymyr Selenskyj, der eine zweite Amtszeit anstrebt, und den früheren Oberbefehlshaber Walerij Saluschnyj.
Möglich wurde die Abstimmung, weil das Parlament das Kriegsrecht am 30. Juni aufgehoben hatte, gut zwei Monate nach Inkrafttreten der Waffenruhe.

Rund 450 Beobachter der OSZE und ihres Büros für demokratische Institutionen und Menschenrechte sind im Land.
Einer von ihnen ist der frühere Geraer Stadtrat Matthias Körner, der seit vergangener Woche im Gebiet Poltawa unterwegs ist.
„Die Menschen wollen diese Wahl, auch wenn in manchen Dörfern noch immer jede zweite Familie einen Angehörigen an der Front oder in Gefangenschaft hat“, sagte er unserer Zeitung am Telefon.

Aus Moskau kommen dagegen Zweifel an der Legitimität der Wahl.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, Russland werde das Ergebnis nicht anerkennen, solange Millionen Ukrainer in Russland und in den „neuen Regionen“ nicht abstimmen dürften.
Außenminister Andrij Sybiha wies das zurück: Die Ukraine lasse sich von einem Staat, der ukrainisches Gebiet besetzt halte, nicht vorschreiben, wer wählen dürfe.
Der ukrainische Geheimdienst SBU hatte am Montag erklärt, er habe ein von Russland gesteuertes Netz von mehr als 3.000 Konten in sozialen Medien zerschlagen, das Falschmeldungen über angebliche Wahlfälschungen verbreitet habe.

Die EU-Außenbeauftragte Kaja Kallas warnte Moskau am Dienstag vor jeder Einmischung und kündigte für diesen Fall neue Sanktionen an.
Die EU und die USA hatten der Wahlkommission im August gemeinsam 120 Millionen Euro für die Organisation der Abstimmung zugesagt, unter anderem für Wahllokale für Binnenflüchtlinge.
US-Präsident Donald Trump schrieb auf seiner Plattform Truth Social, er werde „mit jedem zusammenarbeiten“, den die Ukrainer wählten.
Selenskyj sagte bei einem Wahlkampfauftritt in Dnipro am Mittwoch, er werde „keinen Quadratmeter“ ukrainischen Landes abtreten, ganz gleich, wer in Moskau dies fordere.

Erhält keiner der Kandidaten mehr als die Hälfte der Stimmen, findet am 15. November eine Stichwahl statt.
Vorläufige Ergebnisse erwartet die Wahlkommission in der Nacht zum Montag.
"""

# ---------------------------------------------------------------- b56de05 (manager magazin)
DE05 = """
Sanktionslockerung: Brüssel öffnet die Tür einen Spalt – und die Wirtschaft wartet ab

Die EU-Kommission will erstmals seit 2014 Sanktionen gegen Russland lockern – allerdings nur in kleinen Schritten und mit eingebautem Rückfallmechanismus.
Kommissionspräsidentin Ursula von der Leyen stellte am Mittwoch in Brüssel einen Vorschlag vor, wonach die Russische Landwirtschaftsbank wieder an das Zahlungssystem Swift angeschlossen und das Einfuhrverbot für russische Düngemittel ausgesetzt werden soll.
Im Gegenzug müsse Russland bis Mitte November alle schweren Waffen aus der 15 Kilometer breiten Pufferzone abziehen und den Beobachtern der OSZE Zugang zum Atomkraftwerk Saporischschja gewähren.
Verstoße Moskau gegen die Waffenruhe, träten die alten Sanktionen binnen 72 Stunden automatisch wieder in Kraft.

Über den Vorschlag sollen die Außenminister am 19. Oktober in Luxemburg beraten, beschlossen werden kann er nur einstimmig.
Ungarns Regierungschef Viktor Orbán, der schon im Juni eine vollständige Aufhebung der Energiesanktionen gefordert hatte, nannte den Plan am Mittwoch „zu ängstlich“.
Die Außenbeauftragte Kaja Kallas warnte dagegen, jede Lockerung vor dem vollständigen Abzug der schweren Waffen sei „ein Geschenk an den Kreml“.
Bundeskanzler Friedrich Merz ließ am Mittwochabend über einen Regierungssprecher ausrichten, Berlin trage den Vorschlag mit, eingefrorene russische Zentralbankgelder blieben aber „bis auf Weiteres“ gesperrt.

Washington ist bereits weiter.
Das US-Finanzministerium hatte im Juni die Sanktionen gegen die Landwirtschaftsbank aufgehoben und Geschäfte mit russischen Düngemittelherstellern erlaubt.
Der russische Sondergesandte Kirill Dmitrijew warf den Europäern am Donnerstag vor, sie verpassten „den Zug“, während amerikanische Firmen längst über ihre Rückkehr nach Russland verhandelten.
Kremlsprecher Dmitri Peskow nannte den Brüsseler Vorschlag „unzureichend“ und verlangte die Aufhebung aller Sanktionen als Teil einer umfassenden Regelung.
Präsident Wolodymyr Selenskyj forderte die EU auf, keine Zugeständnisse zu machen, solange Russland noch mehr als 5.000 ukrainische Kriegsgefangene festhalte.

In der deutschen Wirtschaft hält sich die Begeisterung in Grenzen.
„Niemand baut ein Werk in Russland wieder auf, wenn die Sanktionen in drei Tagen zurückkommen können“, sagt der Chef eines Dax-Konzerns, der nicht genannt werden will.
Der Ost-Ausschuss der Deutschen Wirtschaft verlangt Planungssicherheit für mindestens zwei Jahre.
Am Devisenmarkt legte der Rubel nach dem Vorschlag um knapp zwei Prozent zu.
"""

# ---------------------------------------------------------------- b56de06 (Westdeutsche Zeitung)
DE06 = """
Umsetzung der Waffenruhe: Neue Frist für den Abzug schwerer Waffen

Istanbul/Düsseldorf. Russland und die Ukraine haben sich bei Gesprächen in Istanbul auf eine neue Frist für den Abzug schwerer Waffen aus der Pufferzone entlang der Front verständigt.
Bis zum 15. September sollen Artillerie mit einem Kaliber über 100 Millimeter, Raketenwerfer und Kampfpanzer mindestens 15 Kilometer hinter die Kontaktlinie zurückgezogen werden, wie der türkische Außenminister Hakan Fidan am Donnerstagabend nach zwei Verhandlungstagen im Dolmabahçe-Palast mitteilte.
Die ursprüngliche Frist war bereits am 19. Juni verstrichen, ohne dass eine der beiden Seiten ihre Verpflichtungen vollständig erfüllt hätte.

An den Gesprächen nahmen für die USA der Sondergesandte Steve Witkoff, für Russland Präsidentenberater Wladimir Medinski und für die Ukraine der Sekretär des Nationalen Sicherheitsrats, Rustem Umjerow, teil.
Vereinbart wurde außerdem eine direkte Telefonverbindung zwischen den Generalstäben, die ab Montag rund um die Uhr besetzt sein soll.
Eine gemeinsame Arbeitsgruppe mit Experten der Internationalen Atomenergiebehörde soll zudem bis Ende August Vorschläge vorlegen, wie das Atomkraftwerk Saporischschja unter internationale Aufsicht gestellt werden kann.

Vor und während der Gespräche überzogen sich beide Seiten mit Vorwürfen.
Medinski hatte Kiew bereits zum Auftakt am Mittwoch vorgeworfen, in der Pufferzone bei Dobropillja weiterhin Himars-Raketenwerfer zu verstecken, und von einer „bewussten Sabotage“ des Abkommens gesprochen.
Umjerow konterte, Russland habe in den vergangenen zwei Wochen mehr als 40 Artilleriegeschütze in die Nähe von Enerhodar verlegt, was die OSZE-Beobachter dokumentiert hätten.
Die Beobachtermission bestätigte am Freitag in ihrem jüngsten Lagebericht „Bewegungen schwerer Waffen auf beiden Seiten“, ohne Verantwortliche zu nennen.

Witkoff sprach von einem „guten, harten Gespräch“, Präsident Donald Trump werde die Umsetzung „sehr genau“ verfolgen.
Kremlsprecher Dmitri Peskow sagte, Moskau halte sich an seine Verpflichtungen, erwarte aber, dass Washington „auf Kiew einwirkt“.
Präsident Wolodymyr Selenskyj erklärte am Donnerstag in seiner abendlichen Videobotschaft, die Ukraine werde keinen Meter zurückweichen, solange die russischen Truppen nicht dasselbe täten.

Die nächste Gesprächsrunde ist für Anfang Oktober geplant.
In Düsseldorf verfolgt man die Entwicklung auch beim Rüstungskonzern Rheinmetall aufmerksam, der in der Westukraine eine Munitionsfabrik baut und dort nach eigenen Angaben im kommenden Jahr die Produktion aufnehmen will.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b56de01_osze_beobachtermission_2026_05", "2026-05-07", DE01,
        [
            T("heute Vormittag", "TIME", "2026-05-07TMO"),
            T("der Nacht auf Donnerstag", "TIME", "2026-05-06TNI", note="night of 6 to 7 May (Austrian 'auf')"),
            T("dem 20. April", "DATE", "2026-04-20"),
            T("sechs Monate", "DURATION", "P6M"),
            T("Ende Mai", "DATE", "2026-05", mod="END"),
            T("Ende April", "DATE", "2026-04", mod="END"),
            T("Dienstag", "DATE", "2026-05-05"),
            T("Mittwochabend", "TIME", "2026-05-06TEV"),
            T("14. April", "DATE", "2026-04-14"),
            T("fast täglich", "SET", "P1D", mod="APPROX"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2026-05-06", 0),
            T("der Nacht auf Mittwoch", "TIME", "2026-05-05TNI", note="night of 5 to 6 May"),
            T("das laufende Jahr", "DATE", "2026"),
            T("21. Mai", "DATE", "2026-05-21"),
        ],
        [
            E("OSCE Permanent Council adopts a civilian monitoring mission for the ceasefire by consensus", "AGREE",
              ["Russia", "Ukraine"], "2026-05-07TMO", "text", "occurred", "hat der Ständige Rat der OSZE heute"),
            E("Russia drops its objection to the composition of the mission", "CONCEDE", ["Russia"],
              "2026-05-06TNI", "text", "occurred", "seinen Einwand gegen die Zusammensetzung"),
            E("Ceasefire along the whole front in force since 20 April", "RETREAT", ["Russia", "Ukraine"],
              "2026-04-20", "text", "occurred", "die seit dem 20. April entlang der gesamten Front gilt"),
            E("Moscow demands that at least half of the monitors come from non-NATO states", "REQUEST", ["Russia"],
              "2026-04", "text", "occurred", "Moskau hatte seit Ende April darauf bestanden", date_mod="END"),
            E("China declines to take part in the mission", "REJECT", ["China"], "2026-05-05", "text", "occurred",
              "China hatte eine Beteiligung"),
            E("Lavrov threatens to end cooperation if the mission proves an extended arm of NATO", "THREATEN",
              ["Sergey Lavrov"], "2026-05-07", "published", "occurred", "verlängerter Arm der Nato"),
            E("Sybiha demands access for the monitors to the occupied areas and the Zaporizhzhia plant", "REQUEST",
              ["Andrii Sybiha"], "2026-05-07", "published", "occurred", "Sybiha nannte den Beschluss"),
            E("Rubio promises to support the mission with satellite imagery and reconnaissance drones", "AGREE",
              ["Marco Rubio"], "2026-05-06TEV", "text", "occurred", "Rubio hatte bereits am Mittwochabend"),
            E("Ceasefire signed in Istanbul by Russia and Ukraine with US and Turkish mediation", "AGREE",
              ["Russia", "Ukraine", "United States", "Turkey"], "2026-04-14", "text", "occurred",
              "Die Waffenruhe war am 14. April"),
            E("Russian defence ministry accuses the Ukrainian army of drone attacks near Huliaipole", "ACCUSE",
              ["Russia", "Ukraine"], "2026-05-06", "text", "occurred", "Zuletzt warf das russische"),
            E("Kyiv rejects the Russian accusation", "REJECT", ["Ukraine", "Russia"], "2026-05-06", "context",
              "occurred", "Kiew wies das zurück"),
            E("Kyiv accuses Moscow of shelling Nikopol", "ACCUSE", ["Ukraine", "Russia"], "2026-05-06", "context",
              "occurred", "Kiew wies das zurück"),
            E("Alleged Russian artillery fire on Nikopol", "ASSAULT", ["Russia", "Ukraine"], "2026-05-05TNI", "text",
              "uncertain", "Kiew wies das zurück"),
            E("Permanent Council to decide on the mission's budget", "CONSULT", ["Russia", "Ukraine"], "2026-05-21",
              "text", "planned", "Über das Budget"),
        ],
        [
            S("Sergey Lavrov", "Russia will follow the mission's work very closely", "2026-05-07", "published",
              "Lawrow sagte in Moskau"),
            S("Sergey Lavrov", "Russia will end cooperation at once if the mission proves an extended arm of NATO",
              "2026-05-07", "published", "verlängerter Arm der Nato"),
            S("Andrii Sybiha", "The decision is overdue; monitors must be let into the occupied areas and the "
              "Zaporizhzhia plant", "2026-05-07", "published", "Sybiha nannte den Beschluss"),
            S("Marco Rubio", "The US will support the mission with satellite imagery and reconnaissance drones",
              "2026-05-06TEV", "text", "Rubio hatte bereits am Mittwochabend"),
            S("Russia", "Defence ministry: Ukrainian drones attacked Russian positions near Huliaipole", "2026-05-06",
              "text", "Zuletzt warf das russische"),
            S("Ukraine", "Rejects the claim and reports Russian artillery fire on Nikopol", "2026-05-06", "context",
              "Kiew wies das zurück"),
        ],
        ["Russia", "Ukraine", "NATO", "European Union", "China", "Sergey Lavrov", "Andrii Sybiha", "Marco Rubio",
         "United States", "Turkey"],
    ),
    doc(
        "b56de02_genfer_gefangenenkommission_2026_06", "2026-06-12", DE02,
        [
            T("den kommenden fünf Wochen", "DURATION", "P5W"),
            T("Donnerstagabend", "TIME", "2026-06-11TEV"),
            T("zweitägigen", "DURATION", "P2D"),
            T("Sonntag", "DATE", "2026-06-14"),
            T("Mitte Juli", "DATE", "2026-07", mod="MID"),
            T("Sommer 2024", "DATE", "2024-SU"),
            T("Mittwochabend", "TIME", "2026-06-10TEV"),
            T("Ende 2027", "DATE", "2027", mod="END"),
            T("dem Frühjahr", "DATE", "2026-SP"),
            T("Freitag", "DATE", "2026-06-12", 0),
            T("14. April", "DATE", "2026-04-14"),
            T("3. Mai", "DATE", "2026-05-03"),
            T("Ende Mai", "DATE", "2026-05", mod="END"),
            T("Donnerstag", "DATE", "2026-06-11"),
            T("Freitag", "DATE", "2026-06-12", 1),
            T("7. Juli", "DATE", "2026-07-07"),
        ],
        [
            E("Russia and Ukraine agree in Geneva to release 1,200 prisoners of war each in three stages", "AGREE",
              ["Russia", "Ukraine"], "2026-06-11TEV", "text", "occurred", "Darauf haben sich die Delegationen"),
            E("Two days of talks of the joint commission on prisoners in Geneva under ICRC chairmanship", "CONSULT",
              ["Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov"], "2026-06-10", "context", "occurred",
              "Darauf haben sich die Delegationen",
              note="10–11 June; the first day is given by the Wednesday-evening opening dinner"),
            E("First stage of the exchange, 400 for 400, at the Ukrainian-Belarusian border", "CONCEDE",
              ["Russia", "Ukraine"], "2026-06-14", "text", "planned", "Die erste Etappe"),
            E("Two further stages of the exchange by mid-July", "CONCEDE", ["Russia", "Ukraine"], "2026-07", "text",
              "planned", "Die erste Etappe", date_mod="MID"),
            E("Medinsky makes talks on civilians conditional on the return of the Kursk residents", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2026-06-11", "context", "occurred", "Über die Zivilisten werde"),
            E("Umerov rejects the Russian condition", "REJECT", ["Rustem Umerov", "Russia"], "2026-06-11", "context",
              "occurred", "Umerow wies das zurück"),
            E("Umerov accuses Russia of deporting more than 16,000 Ukrainians", "ACCUSE", ["Rustem Umerov", "Russia"],
              "2026-06-11", "context", "occurred", "Umerow wies das zurück"),
            E("Cassis receives the two delegations for an opening dinner at the Villa La Grange", "CONSULT",
              ["Russia", "Ukraine"], "2026-06-10TEV", "text", "occurred", "Bundesrat Ignazio Cassis"),
            E("Holy See mediating on a list of about 300 civilians since the spring", "CONSULT",
              ["Vatican", "Russia", "Ukraine"], "2026-SP", "text", "occurred", "Auch der Heilige Stuhl",
              date_mod="START"),
            E("Holy See welcomes the agreement as a sign of hope", "SUPPORT", ["Vatican", "Russia", "Ukraine"],
              "2026-06-12", "text", "occurred", "Auch der Heilige Stuhl"),
            E("Ceasefire agreement signed in Istanbul", "AGREE", ["Russia", "Ukraine"], "2026-04-14", "text",
              "occurred", "Der Austausch «alle gegen alle»"),
            E("First round of the exchange, 500 for 500", "CONCEDE", ["Russia", "Ukraine"], "2026-05-03", "text",
              "occurred", "Eine erste Runde"),
            E("Second round of the exchange collapses", "CONCEDE", ["Russia", "Ukraine"], "2026-05", "text",
              "cancelled", "Eine erste Runde", date_mod="END"),
            E("Putin approves the Geneva agreement", "AGREE", ["Vladimir Putin"], "2026-06-12", "context", "occurred",
              "Peskow sagte am Freitag"),
            E("Next session of the commission in Geneva", "CONSULT", ["Russia", "Ukraine"], "2026-07-07", "text",
              "planned", "Die nächste Sitzung"),
        ],
        [
            S("Vladimir Medinsky", "The agreement is a step that builds trust", "2026-06-11", "context",
              "sprach nach Abschluss der Gespräche"),
            S("Vladimir Medinsky", "Moscow will negotiate on civilians only after Kyiv returns the Kursk residents",
              "2026-06-11", "context", "Über die Zivilisten werde"),
            S("Rustem Umerov", "Ukraine holds no civilian against his will; Russia has deported more than 16,000 "
              "Ukrainians", "2026-06-11", "context", "Umerow wies das zurück"),
            S("Vatican", "Welcomes the agreement as a sign of hope", "2026-06-12", "text", "Auch der Heilige Stuhl"),
            S("Ukraine", "The second round failed because Moscow changed the name lists at short notice", "2026-06-12",
              "published", "Eine erste Runde"),
            S("Volodymyr Zelensky", "Everyone who comes home is a victory of diplomacy", "2026-06-11", "text",
              "Videoansprache am Donnerstag"),
            S("Dmitry Peskov", "Putin has approved the agreement", "2026-06-12", "text", "Peskow sagte am Freitag"),
            S("Dmitry Peskov", "A Putin–Zelensky meeting is not on the agenda", "2026-06-12", "context",
              "nicht auf der Tagesordnung"),
        ],
        ["Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov", "Vatican", "Volodymyr Zelensky", "Kremlin",
         "Dmitry Peskov", "Vladimir Putin"],
    ),
    doc(
        "b56de03_bundestag_mandat_mnfu_2026_07", "2026-07-02", DE03,
        [
            T("heutigen Donnerstag", "DATE", "2026-07-02"),
            T("30. Juni 2027", "DATE", "2027-06-30"),
            T("die ersten zwölf Monate", "DURATION", "P12M"),
            T("Anfang September", "DATE", "2026-09", mod="START"),
            T("Mittwoch", "DATE", "2026-07-01"),
            T("Mai", "DATE", "2026-05"),
            T("Donnerstag", "DATE", "2026-07-02", 1),
            T("dem Frühjahr 2025", "DATE", "2025-SP"),
            T("14. April", "DATE", "2026-04-14"),
            T("18.40 Uhr", "TIME", "2026-07-02T18:40", note="blog update time (CEST)"),
            T("der kommenden Woche", "DATE", "2026-W28"),
        ],
        [
            E("Bundestag approves the deployment of up to 1,200 Bundeswehr soldiers to the Multinational Force "
              "Ukraine", "MOBILIZE", ["Germany", "Ukraine"], "2026-07-02", "text", "planned",
              "Der Bundestag hat am heutigen Donnerstag"),
            E("Germany sends no combat troops to the line of contact", "REJECT", ["Germany", "Ukraine"], "2026-07-02",
              "context", "occurred", "Die Kurzfassung"),
            E("The British- and French-led MNF-U to reach full readiness in early September", "MOBILIZE",
              ["United Kingdom", "France", "Ukraine"], "2026-09", "text", "planned", "Ihre volle Einsatzbereitschaft",
              date_mod="START"),
            E("Merz promises that Germany will bear its share of the responsibility", "AGREE", ["Friedrich Merz"],
              "2026-07-01", "text", "occurred", "Kanzler Friedrich Merz hatte bereits"),
            E("Merz calls on the US to commit its promised air backstop in binding form", "REQUEST",
              ["Friedrich Merz", "United States"], "2026-07-01", "context", "occurred", "Zugleich forderte er die USA"),
            E("US promises intelligence, air refuelling and air support in case of a Russian attack", "AGREE",
              ["United States", "Ukraine"], "2026-05", "context", "occurred", "Die US-Regierung hatte damals"),
            E("US rules out its own ground troops", "REJECT", ["United States", "Ukraine"], "2026-05", "context",
              "occurred", "Die US-Regierung hatte damals"),
            E("Zakharova: any foreign troops in Ukraine violate the spirit of the Istanbul agreement", "ACCUSE",
              ["Maria Zakharova"], "2026-07-02", "text", "occurred", "Sacharowa sagte am Donnerstag"),
            E("Zakharova: the soldiers would be legitimate targets if the ceasefire collapses", "THREATEN",
              ["Maria Zakharova"], "2026-07-02", "context", "occurred", "legitime Ziele"),
            E("Putin never agreed to NATO soldiers being stationed in Ukraine, Peskov says", "REJECT",
              ["Vladimir Putin", "NATO"], "2026-07-02", "published", "occurred", "Peskow erklärte"),
            E("Rutte welcomes the Bundestag vote", "SUPPORT", ["Mark Rutte", "Germany"], "2026-07-02", "context",
              "occurred", "Rutte begrüßte"),
            E("Coalition of the willing forming under British-French leadership since spring 2025", "COOPERATE",
              ["United Kingdom", "France"], "2025-SP", "text", "occurred", "Koalition der Willigen zurück",
              date_mod="START"),
            E("Ceasefire agreement signed", "AGREE", ["Russia", "Ukraine"], "2026-04-14", "text", "occurred",
              "am 14. April unterzeichneten"),
            E("Advance party of about 40 soldiers to move to Poland next week", "MOBILIZE", ["Germany"], "2026-W28",
              "text", "planned", "Vorkommando"),
        ],
        [
            S("Germany", "Mandate: a Patriot unit in western Ukraine, training in Germany and Poland, up to 60 officers "
              "in the Kyiv headquarters", "2026-07-02", "published", "Laut Mandatstext"),
            S("Germany", "Defence ministry puts the cost at about 1.1 billion euros for the first twelve months",
              "2026-07-02", "published", "die Kosten beziffert"),
            S("Germany", "Pistorius: the force is neither a tripwire nor a party to the war; it is to deter a new "
              "Russian attack", "2026-07-02", "context", "Pistorius sagte in der Debatte"),
            S("Friedrich Merz", "Germany will bear its share of the responsibility", "2026-07-01", "text",
              "Kanzler Friedrich Merz hatte bereits"),
            S("Friedrich Merz", "The US must commit its air backstop in binding form", "2026-07-01", "context",
              "Zugleich forderte er die USA"),
            S("White House", "The US offered intelligence, air refuelling and air support but ruled out ground troops",
              "2026-05", "context", "Die US-Regierung hatte damals"),
            S("Russia", "Moscow criticises the deployment", "2026-07-02", "published", "Aus Moskau kam umgehend"),
            S("Maria Zakharova", "Any foreign troops in Ukraine violate the spirit of the Istanbul agreement",
              "2026-07-02", "text", "Sacharowa sagte am Donnerstag"),
            S("Maria Zakharova", "The soldiers would be legitimate targets if the ceasefire collapsed", "2026-07-02",
              "context", "legitime Ziele"),
            S("Dmitry Peskov", "Putin never agreed in Istanbul to NATO soldiers being stationed", "2026-07-02",
              "published", "Peskow erklärte"),
            S("Mark Rutte", "The vote is a strong signal to Moscow", "2026-07-02", "context", "Rutte begrüßte"),
            S("Russia", "The force left unregulated in the agreement is a gap", "2026-07-02", "published",
              "was Moskau als Lücke"),
            S("Ukraine", "The force left unregulated in the agreement is a success", "2026-07-02", "published",
              "was Moskau als Lücke"),
            S("Germany", "Operations command: an advance party of about 40 soldiers moves to Poland next week",
              "2026-07-02", "published", "Vorkommando"),
        ],
        ["Germany", "Ukraine", "United Kingdom", "France", "Russia", "Friedrich Merz", "United States", "White House",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "NATO", "Mark Rutte"],
    ),
    doc(
        "b56de04_praesidentenwahl_ukraine_2026_10", "2026-10-22", DE04,
        [
            T("Sonntag", "DATE", "2026-10-25", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("kommenden Sonntag", "DATE", "2026-10-25"),
            T("30. Juni", "DATE", "2026-06-30"),
            T("vergangener Woche", "DATE", "2026-W42"),
            T("Mittwoch", "DATE", "2026-10-21", 0),
            T("Montag", "DATE", "2026-10-19", 0),
            T("Dienstag", "DATE", "2026-10-20"),
            T("August", "DATE", "2026-08"),
            T("Mittwoch", "DATE", "2026-10-21", 1),
            T("15. November", "DATE", "2026-11-15"),
            T("der Nacht zum Montag", "TIME", "2026-10-25TNI", note="night of 25 to 26 October"),
        ],
        [
            E("Russia's full-scale invasion of Ukraine began in February 2022", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02", "text", "occurred", "Zum ersten Mal seit Beginn"),
            E("Peskov: Russia will not recognise the result while Ukrainians in Russia and the 'new regions' cannot "
              "vote", "REJECT", ["Dmitry Peskov", "Ukraine"], "2026-10-21", "text", "occurred",
              "Peskow sagte am Mittwoch"),
            E("Peskov demands a vote for Ukrainians in Russia and in the occupied regions", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-10-21", "text", "occurred", "Peskow sagte am Mittwoch"),
            E("Sybiha rejects Moscow's demand", "REJECT", ["Andrii Sybiha", "Russia"], "2026-10-21", "context",
              "occurred", "Sybiha wies das zurück"),
            E("SBU accuses Russia of running a network of 3,000 accounts spreading false fraud claims", "ACCUSE",
              ["Ukraine", "Russia"], "2026-10-19", "text", "occurred", "Geheimdienst SBU"),
            E("Kallas warns Moscow against any interference in the election", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-10-20", "text", "occurred", "Kallas warnte Moskau"),
            E("Kallas announces new sanctions in case of interference", "THREATEN", ["Kaja Kallas", "Russia"],
              "2026-10-20", "text", "occurred", "Kallas warnte Moskau"),
            E("EU and US pledge 120 million euros for organising the election", "AID",
              ["European Union", "United States", "Ukraine"], "2026-08", "text", "planned", "120 Millionen Euro"),
            E("Trump promises to work with whoever the Ukrainians elect", "AGREE", ["Donald Trump", "Ukraine"],
              "2026-10-22", "published", "occurred", "Truth Social"),
            E("Zelensky rules out ceding any Ukrainian land", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-10-21", "text", "occurred", "Wahlkampfauftritt in Dnipro"),
        ],
        [
            S("Russia", "Moscow doubts the legitimacy of the election", "2026-10-22", "published", "Aus Moskau kommen"),
            S("Dmitry Peskov", "Russia will not recognise the result while Ukrainians in Russia and the 'new regions' "
              "cannot vote", "2026-10-21", "text", "Peskow sagte am Mittwoch"),
            S("Andrii Sybiha", "Ukraine will not let an occupying state dictate who may vote", "2026-10-21", "context",
              "Sybiha wies das zurück"),
            S("Ukraine", "SBU: a Russian-run network of more than 3,000 accounts spreading false fraud claims was "
              "dismantled", "2026-10-19", "text", "Geheimdienst SBU"),
            S("Kaja Kallas", "Warns Moscow against any interference and announces new sanctions in that case",
              "2026-10-20", "text", "Kallas warnte Moskau"),
            S("Donald Trump", "Will work with anyone the Ukrainians elect", "2026-10-22", "published",
              "Truth Social"),
            S("Volodymyr Zelensky", "Will not cede a square metre of Ukrainian land, whoever demands it in Moscow",
              "2026-10-21", "text", "Wahlkampfauftritt in Dnipro"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Andrii Sybiha", "Kaja Kallas",
         "European Union", "United States", "Donald Trump"],
    ),
    doc(
        "b56de05_eu_sanktionslockerung_2026_09", "2026-09-24", DE05,
        [
            T("2014", "DATE", "2014"),
            T("Mittwoch", "DATE", "2026-09-23", 0),
            T("Mitte November", "DATE", "2026-11", mod="MID"),
            T("72 Stunden", "DURATION", "PT72H"),
            T("19. Oktober", "DATE", "2026-10-19"),
            T("Juni", "DATE", "2026-06", 0),
            T("Mittwoch", "DATE", "2026-09-23", 1),
            T("Mittwochabend", "TIME", "2026-09-23TEV"),
            T("Juni", "DATE", "2026-06", 1),
            T("Donnerstag", "DATE", "2026-09-24"),
            T("drei Tagen", "DURATION", "P3D"),
            T("mindestens zwei Jahre", "DURATION", "P2Y", mod="EQUAL_OR_MORE"),
        ],
        [
            E("Commission proposes easing sanctions: Rosselkhozbank back on SWIFT, fertiliser import ban suspended",
              "REQUEST", ["Ursula von der Leyen", "European Union", "Russia"], "2026-09-23", "text", "occurred",
              "stellte am Mittwoch in Brüssel einen Vorschlag vor"),
            E("In return Russia must withdraw all heavy weapons from the buffer zone by mid-November and give the "
              "OSCE access to the Zaporizhzhia plant", "REQUEST", ["European Union", "Russia"], "2026-09-23",
              "context", "occurred", "Im Gegenzug müsse Russland"),
            E("Old sanctions to snap back within 72 hours if Moscow breaks the ceasefire", "THREATEN",
              ["European Union", "Russia"], "2026-09-23", "context", "occurred", "Verstoße Moskau gegen die Waffenruhe"),
            E("EU foreign ministers to discuss the proposal in Luxembourg", "CONSULT", ["European Union"], "2026-10-19",
              "text", "planned", "Über den Vorschlag sollen die Außenminister"),
            E("Orbán demanded a complete lifting of the energy sanctions", "REQUEST", ["Viktor Orbán",
              "European Union"], "2026-06", "text", "occurred", "Orbán, der schon im Juni"),
            E("Orbán criticises the plan as too timid", "ACCUSE", ["Viktor Orbán", "European Union"], "2026-09-23",
              "text", "occurred", "Orbán, der schon im Juni"),
            E("Kallas warns against any easing before the heavy weapons are fully withdrawn", "REQUEST",
              ["Kaja Kallas"], "2026-09-23", "context", "occurred", "Kallas warnte dagegen"),
            E("Merz backs the Commission proposal", "SUPPORT", ["Friedrich Merz", "European Union"], "2026-09-23TEV",
              "text", "occurred", "Merz ließ am Mittwochabend"),
            E("Frozen Russian central bank assets stay blocked", "REJECT", ["Friedrich Merz", "Russia"],
              "2026-09-23TEV", "text", "occurred", "Merz ließ am Mittwochabend"),
            E("US Treasury lifted sanctions on the agricultural bank and allowed business with fertiliser producers",
              "CONCEDE", ["United States", "Russia"], "2026-06", "text", "occurred",
              "Das US-Finanzministerium hatte im Juni"),
            E("Dmitriev accuses the Europeans of missing the train", "ACCUSE", ["Kirill Dmitriev", "European Union"],
              "2026-09-24", "text", "occurred", "Dmitrijew warf den Europäern"),
            E("Peskov calls the Brussels proposal insufficient", "REJECT", ["Dmitry Peskov", "European Union"],
              "2026-09-24", "published", "occurred", "Peskow nannte den Brüsseler Vorschlag"),
            E("Peskov demands the lifting of all sanctions as part of a comprehensive settlement", "REQUEST",
              ["Dmitry Peskov", "European Union"], "2026-09-24", "published", "occurred",
              "Peskow nannte den Brüsseler Vorschlag"),
            E("Zelensky calls on the EU to make no concessions while Russia holds Ukrainian prisoners of war",
              "REQUEST", ["Volodymyr Zelensky", "European Union"], "2026-09-24", "published", "occurred",
              "Selenskyj forderte die EU auf"),
        ],
        [
            S("Ursula von der Leyen", "Proposes to reconnect Rosselkhozbank to SWIFT and suspend the fertiliser "
              "import ban", "2026-09-23", "text", "stellte am Mittwoch in Brüssel"),
            S("Ursula von der Leyen", "In return Russia must withdraw heavy weapons by mid-November and grant access "
              "to Zaporizhzhia", "2026-09-23", "context", "Im Gegenzug müsse Russland"),
            S("Ursula von der Leyen", "The old sanctions return automatically within 72 hours if Moscow breaks the "
              "ceasefire", "2026-09-23", "context", "Verstoße Moskau gegen die Waffenruhe"),
            S("Viktor Orbán", "The plan is too timid", "2026-09-23", "text", "Orbán, der schon im Juni"),
            S("Kaja Kallas", "Any easing before full withdrawal would be a gift to the Kremlin", "2026-09-23",
              "context", "Kallas warnte dagegen"),
            S("Friedrich Merz", "Berlin supports the proposal; frozen central bank assets stay blocked",
              "2026-09-23TEV", "text", "Merz ließ am Mittwochabend"),
            S("Kirill Dmitriev", "The Europeans are missing the train while US firms negotiate their return",
              "2026-09-24", "text", "Dmitrijew warf den Europäern"),
            S("Dmitry Peskov", "The proposal is insufficient; all sanctions must be lifted in a comprehensive "
              "settlement", "2026-09-24", "published", "Peskow nannte den Brüsseler Vorschlag"),
            S("Volodymyr Zelensky", "The EU must make no concessions while Russia holds more than 5,000 Ukrainian "
              "prisoners of war", "2026-09-24", "published", "Selenskyj forderte die EU auf"),
        ],
        ["European Union", "Russia", "Ursula von der Leyen", "Viktor Orbán", "Kaja Kallas", "Kremlin",
         "Friedrich Merz", "Germany", "United States", "Kirill Dmitriev", "Dmitry Peskov", "Volodymyr Zelensky",
         "Ukraine"],
    ),
    doc(
        "b56de06_istanbul_umsetzungsgespraeche_2026_08", "2026-08-14", DE06,
        [
            T("15. September", "DATE", "2026-09-15"),
            T("Donnerstagabend", "TIME", "2026-08-13TEV"),
            T("zwei Verhandlungstagen", "DURATION", "P2D"),
            T("19. Juni", "DATE", "2026-06-19"),
            T("Montag", "DATE", "2026-08-17"),
            T("Ende August", "DATE", "2026-08", mod="END"),
            T("Mittwoch", "DATE", "2026-08-12"),
            T("den vergangenen zwei Wochen", "DURATION", "P2W"),
            T("Freitag", "DATE", "2026-08-14"),
            T("Donnerstag", "DATE", "2026-08-13"),
            T("abendlichen", "SET", "P1D"),
            T("Anfang Oktober", "DATE", "2026-10", mod="START"),
            T("kommenden Jahr", "DATE", "2027"),
        ],
        [
            E("Russia and Ukraine agree a new deadline for withdrawing heavy weapons from the buffer zone", "AGREE",
              ["Russia", "Ukraine"], "2026-08-13TEV", "context", "occurred", "haben sich bei Gesprächen in Istanbul"),
            E("Heavy weapons to be pulled back at least 15 km behind the line of contact by 15 September", "RETREAT",
              ["Russia", "Ukraine"], "2026-09-15", "text", "planned", "Bis zum 15. September"),
            E("Two days of implementation talks in Istanbul with Fidan, Witkoff, Medinsky and Umerov", "CONSULT",
              ["Turkey", "Hakan Fidan", "United States", "Steve Witkoff", "Russia", "Vladimir Medinsky", "Ukraine",
               "Rustem Umerov"], "2026-08-12", "context", "occurred", "An den Gesprächen nahmen",
              note="12–13 August; the first day is given by Medinsky's opening remarks on Wednesday"),
            E("Agreement on a direct line between the general staffs", "AGREE", ["Russia", "Ukraine"],
              "2026-08-13TEV", "context", "occurred", "Vereinbart wurde außerdem"),
            E("Direct line between the general staffs to be staffed around the clock from Monday", "COOPERATE",
              ["Russia", "Ukraine"], "2026-08-17", "text", "planned", "Vereinbart wurde außerdem"),
            E("Joint working group with IAEA experts to propose international supervision of the Zaporizhzhia plant "
              "by the end of August", "COOPERATE", ["Russia", "Ukraine", "IAEA"], "2026-08", "text", "planned",
              "Eine gemeinsame Arbeitsgruppe", date_mod="END"),
            E("Medinsky accuses Kyiv of hiding HIMARS launchers in the buffer zone and of sabotage", "ACCUSE",
              ["Vladimir Medinsky", "Ukraine"], "2026-08-12", "text", "occurred", "Medinski hatte Kiew bereits"),
            E("Umerov accuses Russia of moving more than 40 guns near Enerhodar", "ACCUSE", ["Rustem Umerov", "Russia"],
              "2026-08-12", "context", "occurred", "Umjerow konterte"),
            E("Peskov: Moscow expects Washington to put pressure on Kyiv", "REQUEST",
              ["Dmitry Peskov", "United States", "Ukraine"], "2026-08-14", "published", "occurred",
              "Peskow sagte, Moskau halte sich"),
            E("Zelensky: Ukraine will not pull back a metre unless Russian troops do the same", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2026-08-13", "text", "occurred", "Selenskyj erklärte am Donnerstag"),
            E("Next round of implementation talks", "CONSULT", ["Russia", "Ukraine"], "2026-10", "text", "planned",
              "Die nächste Gesprächsrunde", date_mod="START"),
        ],
        [
            S("Hakan Fidan", "Heavy weapons are to be pulled back at least 15 km behind the line by 15 September",
              "2026-08-13TEV", "text", "Bis zum 15. September"),
            S("Vladimir Medinsky", "Kyiv hides HIMARS launchers in the buffer zone; deliberate sabotage of the "
              "agreement", "2026-08-12", "text", "Medinski hatte Kiew bereits"),
            S("Rustem Umerov", "Russia moved more than 40 guns near Enerhodar, as the OSCE monitors documented",
              "2026-08-12", "context", "Umjerow konterte"),
            S("Steve Witkoff", "A good, hard conversation", "2026-08-13", "context", "Witkoff sprach"),
            S("Donald Trump, via Steve Witkoff", "Trump will follow the implementation very closely", "2026-08-13",
              "context", "Witkoff sprach"),
            S("Dmitry Peskov", "Moscow keeps its commitments but expects Washington to influence Kyiv", "2026-08-14",
              "published", "Peskow sagte, Moskau halte sich"),
            S("Volodymyr Zelensky", "Ukraine will not retreat a metre as long as Russian troops do not do the same",
              "2026-08-13", "text", "Selenskyj erklärte am Donnerstag"),
        ],
        ["Russia", "Ukraine", "Turkey", "Hakan Fidan", "United States", "Steve Witkoff", "Vladimir Medinsky",
         "Rustem Umerov", "IAEA", "Donald Trump", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
]
