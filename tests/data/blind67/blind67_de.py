"""German articles of the blind67 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b67de01 (Börse Online)
DE01 = """
Putin kontert Preisdeckel mit Lieferverbot – Ölpreise ziehen an

Im Streit um den westlichen Ölpreisdeckel hat Russland zum Gegenschlag ausgeholt.
Kremlchef Wladimir Putin unterzeichnete am Dienstag ein Dekret, das vom 1. Februar an Öllieferungen an alle Käufer untersagt, die in ihren Verträgen direkt oder indirekt auf die Preisobergrenze der G7 und der EU Bezug nehmen.
Für Ölprodukte wie Diesel soll die Regierung in Moskau einen eigenen Stichtag festlegen.
Das Verbot gilt zunächst fünf Monate lang, bis zum 1. Juli; Ausnahmen kann nur der Präsident persönlich genehmigen.

An den Rohstoffmärkten sorgte der Schritt am Mittwoch für Aufschläge.
Die Nordseesorte Brent verteuerte sich bis zum Mittag um 1,4 Prozent auf 85,10 Dollar je Barrel (159 Liter), die US-Sorte WTI legte ähnlich stark zu.
Analysten der Commerzbank werteten das Dekret dennoch als „eher symbolisch“, weil russisches Urals-Öl derzeit ohnehin unter der Obergrenze von 60 Dollar gehandelt werde.

Die Obergrenze für russisches Rohöl, das auf dem Seeweg transportiert wird, gilt seit dem 5. Dezember.
Die G7-Staaten, die EU und Australien hatten sich Anfang Dezember nach zähem Ringen auf 60 Dollar je Barrel verständigt.
Westliche Reedereien und Versicherer dürfen russisches Öl seither nur noch befördern und versichern, wenn es zu diesem Preis oder darunter verkauft wird.
Zeitgleich trat das Embargo der EU für russisches Rohöl auf dem Seeweg in Kraft.
Am 5. Februar sollen ein Einfuhrverbot für russische Ölprodukte und eine zweite Obergrenze für Diesel und andere Produkte folgen.

Moskau hatte den Schritt lange angekündigt.
Putin hatte bereits am 9. Dezember in Bischkek erklärt, Russland werde kein Öl an Länder liefern, die den Deckel anwenden, und notfalls die Förderung drosseln.
Vize-Regierungschef Alexander Nowak sagte vergangene Woche, die Produktion könne Anfang 2023 um fünf bis sieben Prozent sinken.
Kremlsprecher Dmitri Peskow nannte das Dekret am Mittwoch eine „angemessene Antwort“ auf den „marktfeindlichen und rechtswidrigen“ Eingriff der G7 und der EU.
Russland werde nur an Partner verkaufen, die zu Marktbedingungen mit Moskau arbeiten wollten, fügte er hinzu.

In Washington gab man sich gelassen.
Ein Sprecher des US-Finanzministeriums erklärte, der Deckel erfülle seinen Zweck, die Einnahmen des Kremls zu senken und zugleich die Versorgung der Weltmärkte zu sichern.
Der ukrainische Präsident Wolodymyr Selenskyj hatte die Schwelle von 60 Dollar schon Anfang Dezember als „nicht ernsthaft“ kritisiert und eine deutlich niedrigere Obergrenze verlangt.
Deutschland verzichtet vom 1. Januar an zudem auf russisches Pipelineöl; die Raffinerie in Schwedt soll dann über Rostock und Danzig versorgt werden.

Für Anleger bleibt die Lage unübersichtlich.
Die Aktien europäischer Ölkonzerne notierten am Mittwoch kaum verändert, der Rubel gab gegenüber dem Dollar weiter nach und fiel zeitweise auf den tiefsten Stand seit Ende April.
"""

# ---------------------------------------------------------------- b67de02 (Hamburger Morgenpost)
DE02 = """
Mega-Jacht „Dilbar“: Luxusschiff im Hamburger Hafen offiziell festgesetzt

Hamburg. Sie ist 156 Meter lang, hat zwei Hubschrauberlandeplätze und einen Pool, in den ein ganzes Einfamilienhaus passen würde – und sie darf Hamburg nicht mehr verlassen.
Das Bundeskriminalamt teilte am Mittwochabend mit, die Mega-Jacht „Dilbar“, die seit Monaten im Dock von Blohm+Voss liegt, gehöre Gulbachor Ismailowa, der Schwester des russischen Oligarchen Alischer Usmanow.
Weil die Schwester seit vergangenem Freitag ebenfalls auf der Sanktionsliste der EU steht, sei das Schiff mit sofortiger Wirkung eingefroren.
Usmanow selbst war bereits Ende Februar, wenige Tage nach Beginn des russischen Angriffs auf die Ukraine, von der EU mit Sanktionen belegt worden.

Bundesfinanzminister Christian Lindner (FDP) sprach am Donnerstag von einem „wichtigen Signal“: „Wer vom System Putin profitiert, kann sein Spielzeug nicht länger in Deutschland parken.“
Monatelang war unklar gewesen, wem die Jacht tatsächlich gehört.
Die Eigentümer hatten sich hinter einem Geflecht von Briefkastenfirmen auf Malta und den Kaimaninseln verborgen.

In Moskau reagierte man empört.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Donnerstag von „Diebstahl am helllichten Tag“ und warf Berlin vor, das Eigentum russischer Bürger zu beschlagnahmen.
Russland werde darauf „nicht ohne Antwort“ bleiben, drohte sie.
Kremlsprecher Dmitri Peskow nannte die Sanktionen der EU gegen russische Unternehmer „rechtswidrig“, sie würden die Wirtschaft seines Landes nicht in die Knie zwingen.

Die „Dilbar“ ist nicht die einzige Luxusjacht, die in Europa festsitzt.
In Italien, Frankreich und Spanien setzten die Behörden seit März mehr als ein Dutzend Jachten russischer Milliardäre fest.
Französische Zöllner beschlagnahmten Anfang März etwa im Hafen von La Ciotat die „Amore Vero“ von Rosneft-Chef Igor Setschin.
Die USA hatten die „Dilbar“ bereits am Mittwoch vergangener Woche auf ihre eigene Sanktionsliste gesetzt.
US-Präsident Joe Biden hatte im März angekündigt, eine internationale Taskforce werde Jachten, Luxuswohnungen und Privatjets von Putins Vertrauten ins Visier nehmen.

Der ukrainische Präsident Wolodymyr Selenskyj hatte die Europäer am Dienstag erneut aufgefordert, die Vermögen russischer Oligarchen nicht nur einzufrieren, sondern für den Wiederaufbau seines Landes zu verwenden.
Bei Blohm+Voss arbeiten nach Angaben der Werft derzeit noch rund 70 Beschäftigte an der „Dilbar“ – ob sie dafür bezahlt werden, ist offen.
Wie lange das Schiff im Hafen bleibt, ist ungewiss: Die Sanktionen der EU gegen Usmanow und seine Schwester gelten zunächst bis zum 15. September.
"""

# ---------------------------------------------------------------- b67de03 (Badisches Tagblatt)
DE03 = """
Zehntes Sanktionspaket steht – Moskau dreht Polen das Öl ab

Brüssel/Baden-Baden. Mit einem Tag Verspätung hat die Europäische Union ihr zehntes Sanktionspaket gegen Russland auf den Weg gebracht.
Die Botschafter der 27 Mitgliedstaaten einigten sich am späten Freitagabend auf das Paket, die förmliche Annahme im schriftlichen Verfahren folgte am Samstag.
Eigentlich sollte es zum ersten Jahrestag des russischen Überfalls auf die Ukraine stehen, doch Polen hatte sich noch am Freitag gegen eine Ausnahme für synthetischen Kautschuk aus Russland gesträubt.

Das Paket umfasst Exportverbote für Industriegüter und Technologie im Wert von rund elf Milliarden Euro, darunter Elektronik, Spezialfahrzeuge und Bauteile, die in russischen Drohnen und Raketen verbaut werden könnten.
Auf die Sanktionsliste kommen unter anderem drei russische Banken sowie sieben iranische Firmen, die Kampfdrohnen an die russische Armee liefern sollen.
Zudem dürfen die arabischsprachigen Programme der Staatssender RT und Sputnik in der EU nicht mehr verbreitet werden.

Fast zeitgleich stoppte Russland die Öllieferungen über die Druschba-Pipeline nach Polen.
Orlen-Chef Daniel Obajtek teilte am Samstag mit, der russische Lieferant habe die Lieferungen eingestellt, der Konzern könne seine Raffinerien aber problemlos über den Hafen Danzig versorgen.
Polens Regierungschef Mateusz Morawiecki sprach von „Erpressung“, auf die sein Land nicht hereinfallen werde.
Warschau hatte ohnehin angekündigt, bis Ende des Jahres ganz auf russisches Öl zu verzichten.

Der Kreml reagierte gelassen.
Sprecher Dmitri Peskow sagte am Montag, jedes neue Paket schade vor allem den Europäern selbst, Russland habe sich an die Sanktionen längst angepasst.
Das Außenministerium in Moskau kündigte „Gegenmaßnahmen“ an und warf Brüssel vor, mit dem Sendeverbot für RT und Sputnik die Meinungsfreiheit mit Füßen zu treten.

Der ukrainische Präsident Wolodymyr Selenskyj begrüßte das Paket und verlangte, als Nächstes die russische Atomindustrie und den Staatskonzern Rosatom zu treffen.
Bereits am Freitag hatten die Staats- und Regierungschefs der G7, unter ihnen Bundeskanzler Olaf Scholz und US-Präsident Joe Biden, nach einer Videoschalte mit Selenskyj weitere Strafmaßnahmen angekündigt.
Die USA setzten am selben Tag mehr als 200 Personen und Firmen auf ihre Sanktionsliste.

Für Betriebe in Mittelbaden ändert sich mit dem neuen Paket zunächst wenig.
Das Russlandgeschäft sei bei den meisten Unternehmen seit Kriegsbeginn ohnehin stark geschrumpft, heißt es bei der IHK Karlsruhe.
Sorgen bereiteten vielen Exporteuren vielmehr die verschärften Prüfpflichten bei Lieferungen in Drittstaaten wie Kasachstan oder Armenien, über die Sanktionen häufig umgangen würden.
"""

# ---------------------------------------------------------------- b67de04 (Westfalen-Blatt)
DE04 = """
EU beschließt 14. Sanktionspaket – erstmals ist russisches Flüssiggas betroffen

Luxemburg/Bielefeld. Die Europäische Union hat ihr 14. Sanktionspaket gegen Russland unter Dach und Fach gebracht.
Die Außenminister der 27 Mitgliedstaaten gaben am Montag bei ihrem Treffen in Luxemburg grünes Licht, nachdem Deutschland und Ungarn ihre Bedenken in letzter Minute zurückgestellt hatten.
Erstmals trifft die EU damit auch russisches Flüssiggas: Die Umladung in europäischen Häfen für den Weitertransport in Drittstaaten wird nach einer Übergangsfrist von neun Monaten verboten.
Zudem kommen 116 Personen und Organisationen sowie 27 Schiffe der sogenannten Schattenflotte auf die Sanktionsliste.

Berlin hatte die Einigung bei einem Treffen der EU-Botschafter in der vergangenen Woche noch blockiert.
Das Kanzleramt von Olaf Scholz (SPD) störte sich an einer Klausel, nach der europäische Mutterkonzerne dafür sorgen müssen, dass auch ihre Tochterfirmen in Drittstaaten keine sanktionierten Güter nach Russland liefern.
Nach Angaben aus Diplomatenkreisen wurde die Pflicht schließlich auf „bestmögliche Anstrengungen“ abgeschwächt, eine Ausweitung soll bis Ende 2024 geprüft werden.

Ungarns Regierungschef Viktor Orbán hatte seine Zustimmung noch am Freitag an Zusicherungen für Gaslieferungen und für das russische Atomkraftwerksprojekt Paks geknüpft.
Der EU-Außenbeauftragte Josep Borrell sprach nach dem Treffen von einem „umfassenden und wirkungsvollen“ Paket, das Russland den Zugang zu Spitzentechnologie weiter erschwere.
Mit seinem Versuch, 6,6 Milliarden Euro aus der Europäischen Friedensfazilität für Waffenlieferungen an Kiew freizugeben, scheiterte Borrell dagegen erneut am Veto aus Budapest.

Der ukrainische Präsident Wolodymyr Selenskyj dankte den Europäern und forderte, auch die Schlupflöcher über Drittstaaten konsequent zu schließen.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte am Dienstag „Gegenmaßnahmen“ an und warf der EU vor, mit jedem neuen Paket vor allem der eigenen Wirtschaft zu schaden.
Kremlsprecher Dmitri Peskow nannte die Strafmaßnahmen „illegitim“.
Bereits am heutigen Dienstag steht in Luxemburg der nächste Schritt an: Bei zwei Regierungskonferenzen sollen die Beitrittsverhandlungen mit der Ukraine und der Republik Moldau offiziell eröffnet werden.

In Ostwestfalen-Lippe wird das neue Paket mit gemischten Gefühlen aufgenommen.
Viele Maschinenbauer und Zulieferer aus der Region hätten ihr Russlandgeschäft seit Februar 2022 weitgehend eingestellt, sagte ein Sprecher der IHK Ostwestfalen zu Bielefeld dieser Zeitung.
Die neuen Sorgfaltspflichten für Tochterfirmen in Ländern wie Kasachstan oder Armenien bedeuteten für die Betriebe aber „noch mehr Papier und noch mehr Unsicherheit“.
"""

# ---------------------------------------------------------------- b67de05 (Norddeutsche Neueste Nachrichten)
DE05 = """
Zoll zieht Schattenflotten-Tanker „Eventin“ samt Ladung ein

Sassnitz/Rostock. Der vor Rügen havarierte Öltanker „Eventin“ wird nicht an seinen Eigner zurückgegeben.
Die Generalzolldirektion hat das 274 Meter lange Schiff und seine Ladung von rund 99.000 Tonnen Rohöl eingezogen, wie das Bundesfinanzministerium am Donnerstag bestätigte.
Der Wert der Fracht wird auf gut 40 Millionen Euro geschätzt.
Es ist das erste Mal, dass Deutschland ein Schiff der russischen Schattenflotte samt Ladung beschlagnahmt.

Die unter der Flagge Panamas fahrende „Eventin“ war am 10. Januar auf dem Weg vom russischen Ostseehafen Ust-Luga nach Ägypten nördlich von Rügen manövrierunfähig geworden.
Schlepper brachten sie damals auf eine Reede vor Sassnitz, wo sie seither unter Aufsicht liegt.
Die EU hatte den Tanker Ende Februar mit ihrem 16. Sanktionspaket auf die Liste der Schattenflotte gesetzt.
Nach Auffassung des Zolls verstößt die Einfuhr des russischen Öls in deutsche Hoheitsgewässer gegen das Ölembargo der EU.

Die Eignerfirma mit Sitz in Dubai will sich gegen die Einziehung wehren.
Ihr Anwalt kündigte noch am Donnerstagabend einen Eilantrag beim Finanzgericht in Greifswald an, das Schiff sei nach einem Maschinenschaden in Seenot gewesen und nie freiwillig in deutsche Gewässer gelangt.
Die 24 Seeleute an Bord, überwiegend aus Indien, dürfen das Schiff vorerst nicht verlassen.

Moskau reagierte scharf.
Die russische Botschaft in Berlin sprach von einem „rechtswidrigen Akt der Piraterie“, der „nicht ohne Folgen“ bleiben werde.
Außenamtssprecherin Maria Sacharowa warf der Bundesregierung am Donnerstagabend vor, unter dem Vorwand von Sanktionen fremdes Eigentum zu stehlen.
Kremlsprecher Dmitri Peskow sagte, Russland habe mit dem Tanker nichts zu tun, verfolge aber „mit großer Aufmerksamkeit“, wie die Europäer die Freiheit der Schifffahrt untergrüben.

Bundeskanzler Olaf Scholz (SPD) verteidigte den Schritt am Donnerstag am Rande des EU-Gipfels in Brüssel: Deutschland werde nicht zulassen, dass marode Tanker vor seinen Küsten eine Umweltkatastrophe riskierten und zugleich Putins Kriegskasse füllten.
Auch CDU-Chef Friedrich Merz, der derzeit mit der SPD über eine Koalition verhandelt, unterstützte das Vorgehen und forderte eine gemeinsame Überwachung der Ostsee mit den Anrainerstaaten.
Die Nato hatte im Januar die Mission „Baltic Sentry“ gestartet, um Kabel und Pipelines in der Ostsee zu schützen.

Die EU-Außenbeauftragte Kaja Kallas begrüßte die Entscheidung als „klares Signal“ an die Betreiber der Schattenflotte.
Der ukrainische Außenminister Andrij Sybiha dankte Berlin und rief die übrigen Ostseestaaten auf, ähnlich entschlossen vorzugehen.
"""

# ---------------------------------------------------------------- b67de06 (cash.ch)
DE06 = """
EU will russische Zentralbankgelder für die Ukraine nutzen – Belgien bremst

Die EU-Kommission hat einen Plan vorgelegt, wie sie die Ukraine in den kommenden zwei Jahren mit Geld aus eingefrorenen russischen Zentralbankreserven finanzieren will.
Kommissionspräsidentin Ursula von der Leyen stellte am Mittwoch in Brüssel ein sogenanntes Reparationsdarlehen von bis zu 210 Milliarden Euro vor.
Die Ukraine müsste den Kredit nur zurückzahlen, wenn Russland für die Kriegsschäden aufkommt.
Als Alternative schlägt die Kommission gemeinsame Schulden der EU-Staaten vor, beide Wege liessen sich auch kombinieren.

Von den rund 210 Milliarden Euro liegen etwa 185 Milliarden beim Brüsseler Zentralverwahrer Euroclear.
Damit die Gelder nicht alle sechs Monate per einstimmigem Beschluss verlängert werden müssen, will die Kommission sie auf unbestimmte Zeit festsetzen.
Gestützt wird das auf einen Notfallartikel des EU-Vertrags, der keine Einstimmigkeit verlangt – so könnte etwa Ungarn die Sanktionen nicht mehr zu Fall bringen.

Belgien, wo Euroclear seinen Sitz hat, lehnt den Plan in seiner jetzigen Form ab.
Premierminister Bart De Wever warnte, sein Land dürfe nicht allein für mögliche Schadenersatzforderungen Moskaus haften, und verlangte Garantien aller Mitgliedstaaten.
Bundeskanzler Friedrich Merz, der den Plan seit Wochen vorantreibt, will De Wever am Freitagabend in Brüssel treffen, um ihn umzustimmen.

Moskau drohte umgehend mit Vergeltung.
Kremlsprecher Dmitri Peskow sprach am Mittwoch von «Diebstahl», der nicht ungestraft bleiben werde.
Die russische Zentralbank kündigte an, gegen jede Nutzung ihrer Reserven vor Gericht zu ziehen, und behielt sich vor, im Gegenzug auf Vermögen westlicher Investoren in Russland zuzugreifen.
Aussenamtssprecherin Maria Sacharowa nannte die Pläne am Donnerstag eine «Aneignung fremden Eigentums nach Banditenart».

Der ukrainische Präsident Wolodymyr Selenskyj lobte den Vorschlag als «gerechte Lösung» und rief die EU-Staaten auf, ihn beim Gipfel am 18. Dezember zu beschliessen.
Druck kommt derweil aus Washington: Der Friedensplan der US-Regierung sieht vor, 100 Milliarden Dollar der eingefrorenen Gelder in einen von Amerika geführten Wiederaufbaufonds zu stecken.
EU-Aussenbeauftragte Kaja Kallas wies das am Dienstag zurück: Über europäisches Geld entschieden die Europäer.

In der Schweiz sind nach Angaben des Staatssekretariats für Wirtschaft (Seco) rund 7,4 Milliarden Franken an russischen Privatvermögen gesperrt, dazu kommen Reserven der russischen Zentralbank in ähnlicher Höhe.
Der Bundesrat hatte im Frühjahr erklärt, für eine Einziehung fehle die rechtliche Grundlage.
Am Devisenmarkt zeigte sich der Euro am Donnerstag unbeeindruckt und notierte bei 0,93 Franken.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b67de01_putin_dekret_preisdeckel_2022_12", "2022-12-28", DE01,
        [
            T("Dienstag", "DATE", "2022-12-27"),
            T("1. Februar", "DATE", "2023-02-01"),
            T("fünf Monate", "DURATION", "P5M"),
            T("1. Juli", "DATE", "2023-07-01"),
            T("Mittwoch", "DATE", "2022-12-28", 0),
            T("Mittag", "TIME", "2022-12-28T12:00", note="German time (CET)"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("5. Dezember", "DATE", "2022-12-05"),
            T("Anfang Dezember", "DATE", "2022-12", 0, mod="START"),
            T("5. Februar", "DATE", "2023-02-05"),
            T("9. Dezember", "DATE", "2022-12-09"),
            T("vergangene Woche", "DATE", "2022-W51"),
            T("Anfang 2023", "DATE", "2023", mod="START"),
            T("Mittwoch", "DATE", "2022-12-28", 1),
            T("Anfang Dezember", "DATE", "2022-12", 1, mod="START"),
            T("1. Januar", "DATE", "2023-01-01"),
            T("Mittwoch", "DATE", "2022-12-28", 2),
            T("Ende April", "DATE", "2022-04", mod="END"),
        ],
        [
            E("Putin signs a decree banning oil sales to buyers that apply the price cap from 1 February", "SANCTION",
              ["Vladimir Putin"], "2022-12-27", "text", "occurred", "unterzeichnete am Dienstag ein Dekret"),
            E("Price cap on Russian seaborne crude in force since 5 December", "SANCTION",
              ["European Union", "Russia"], "2022-12-05", "text", "occurred", "gilt seit dem 5. Dezember",
              date_mod="START", note="G7, EU and Australia"),
            E("G7, EU and Australia agree on a cap of 60 dollars a barrel", "AGREE", ["European Union"], "2022-12",
              "text", "occurred", "nach zähem Ringen", date_mod="START",
              note="the G7 and Australia are not canonical"),
            E("EU embargo on Russian seaborne crude takes effect", "SANCTION", ["European Union", "Russia"],
              "2022-12-05", "context", "occurred", "Zeitgleich trat das Embargo"),
            E("EU import ban on Russian oil products from 5 February", "SANCTION", ["European Union", "Russia"],
              "2023-02-05", "text", "planned", "Am 5. Februar sollen"),
            E("Second price cap for diesel and other products from 5 February", "SANCTION",
              ["European Union", "Russia"], "2023-02-05", "text", "planned", "Am 5. Februar sollen"),
            E("Putin threatens to stop oil deliveries to countries applying the cap and to cut output", "THREATEN",
              ["Vladimir Putin"], "2022-12-09", "text", "occurred", "am 9. Dezember in Bischkek"),
            E("Novak warns that Russian output could fall by five to seven percent", "THREATEN", ["Russia"],
              "2022-W51", "text", "occurred", "Alexander Nowak sagte"),
            E("Peskov calls the cap a market-hostile and unlawful intervention by the G7 and the EU", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-12-28", "text", "occurred", "Peskow nannte das Dekret"),
            E("Zelensky criticises the 60-dollar cap as not serious", "ACCUSE",
              ["Volodymyr Zelensky", "European Union"], "2022-12", "text", "occurred", "nicht ernsthaft",
              date_mod="START"),
            E("Zelensky demands a much lower cap", "REQUEST", ["Volodymyr Zelensky", "European Union"], "2022-12",
              "text", "occurred", "nicht ernsthaft", date_mod="START"),
            E("Germany stops imports of Russian pipeline oil from 1 January", "SANCTION", ["Germany", "Russia"],
              "2023-01-01", "text", "planned", "Deutschland verzichtet vom 1. Januar"),
        ],
        [
            S("Vladimir Putin", "Russia will not supply oil to countries applying the cap and may cut output",
              "2022-12-09", "text", "am 9. Dezember in Bischkek"),
            S("Russia", "Novak: Russian oil output could fall by five to seven percent in early 2023", "2022-W51",
              "text", "Alexander Nowak sagte"),
            S("Dmitry Peskov", "The decree is an adequate answer to the unlawful intervention of the G7 and the EU",
              "2022-12-28", "text", "Peskow nannte das Dekret"),
            S("Dmitry Peskov", "Russia will only sell to partners willing to work on market terms", "2022-12-28",
              "context", "fügte er hinzu"),
            S("United States", "Treasury spokesman: the cap does its job of cutting Kremlin revenue while keeping "
              "markets supplied", "2022-12-28", "published", "Ein Sprecher des US-Finanzministeriums"),
            S("Volodymyr Zelensky", "The 60-dollar cap is not serious; a much lower cap is needed", "2022-12", "text",
              "nicht ernsthaft"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "European Union", "Dmitry Peskov", "United States",
         "Volodymyr Zelensky", "Ukraine", "Germany"],
    ),
    doc(
        "b67de02_dilbar_hamburg_2022_04", "2022-04-15", DE02,
        [
            T("Mittwochabend", "TIME", "2022-04-13TEV"),
            T("Monaten", "DURATION", "PXM"),
            T("vergangenem Freitag", "DATE", "2022-04-08"),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
            T("Donnerstag", "DATE", "2022-04-14", 0),
            T("Monatelang", "DURATION", "PXM"),
            T("Donnerstag", "DATE", "2022-04-14", 1),
            T("März", "DATE", "2022-03", 0),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Mittwoch vergangener Woche", "DATE", "2022-04-06"),
            T("März", "DATE", "2022-03", 2),
            T("Dienstag", "DATE", "2022-04-12"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("15. September", "DATE", "2022-09-15"),
        ],
        [
            E("German authorities freeze the yacht Dilbar in Hamburg", "SANCTION", ["Germany"], "2022-04-13",
              "context", "occurred", "sei das Schiff mit sofortiger Wirkung eingefroren",
              note="announced by the BKA on Wednesday evening; the owners are private people"),
            E("EU puts Usmanov's sister on its sanctions list", "SANCTION", ["European Union"], "2022-04-08", "text",
              "occurred", "sei das Schiff mit sofortiger Wirkung eingefroren"),
            E("EU sanctions Alisher Usmanov", "SANCTION", ["European Union"], "2022-02", "text", "occurred",
              "Usmanow selbst war bereits Ende Februar", date_mod="END"),
            E("Zakharova accuses Berlin of theft of Russian citizens' property", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2022-04-14", "text", "occurred", "Diebstahl am helllichten Tag"),
            E("Zakharova threatens a response", "THREATEN", ["Maria Zakharova", "Germany"], "2022-04-14", "context",
              "occurred", "nicht ohne Antwort"),
            E("Peskov calls the EU sanctions against Russian businessmen unlawful", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-04-15", "published", "occurred",
              "Peskow nannte die Sanktionen der EU"),
            E("Italy, France and Spain detain yachts of Russian billionaires since March", "COERCE", ["France"],
              "2022-03", "text", "occurred", "In Italien, Frankreich und Spanien setzten", date_mod="START",
              note="Italy and Spain are not canonical"),
            E("French customs seize Sechin's yacht Amore Vero in La Ciotat", "COERCE", ["France"], "2022-03", "text",
              "occurred", "Französische Zöllner beschlagnahmten", date_mod="START"),
            E("US puts the Dilbar on its sanctions list", "SANCTION", ["United States"], "2022-04-06", "text",
              "occurred", "Die USA hatten die „Dilbar“"),
            E("Biden announces an international task force to go after yachts and assets of Putin's associates",
              "SANCTION", ["Joe Biden"], "2022-03", "text", "planned", "eine internationale Taskforce"),
            E("Zelensky calls on the Europeans to use oligarchs' assets for Ukraine's reconstruction", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-04-12", "text", "occurred",
              "Selenskyj hatte die Europäer am Dienstag"),
        ],
        [
            S("Germany", "BKA: the Dilbar belongs to Usmanov's sister Gulbakhor Ismailova", "2022-04-13TEV", "text",
              "Das Bundeskriminalamt teilte"),
            S("Germany", "BKA: as the sister is on the EU sanctions list, the yacht is frozen with immediate effect",
              "2022-04-13TEV", "context", "sei das Schiff mit sofortiger Wirkung eingefroren"),
            S("Germany", "Lindner: an important signal; whoever profits from Putin's system can no longer park his "
              "toys in Germany", "2022-04-14", "text", "wichtigen Signal"),
            S("Maria Zakharova", "Theft in broad daylight; Berlin confiscates Russian citizens' property",
              "2022-04-14", "text", "Diebstahl am helllichten Tag"),
            S("Maria Zakharova", "Russia will not leave this without an answer", "2022-04-14", "context",
              "nicht ohne Antwort"),
            S("Dmitry Peskov", "The EU sanctions against Russian businessmen are unlawful and will not bring Russia's "
              "economy to its knees", "2022-04-15", "published", "Peskow nannte die Sanktionen der EU"),
            S("Joe Biden", "An international task force will target yachts, flats and jets of Putin's associates",
              "2022-03", "text", "eine internationale Taskforce"),
            S("Volodymyr Zelensky", "Oligarchs' assets should not only be frozen but used to rebuild Ukraine",
              "2022-04-12", "text", "Selenskyj hatte die Europäer am Dienstag"),
        ],
        ["Germany", "Russia", "Ukraine", "European Union", "Vladimir Putin", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "France", "United States", "Joe Biden", "Volodymyr Zelensky"],
    ),
    doc(
        "b67de03_zehntes_paket_druschba_2023_02", "2023-02-27", DE03,
        [
            T("einem Tag", "DURATION", "P1D"),
            T("späten Freitagabend", "TIME", "2023-02-24TEV"),
            T("Samstag", "DATE", "2023-02-25", 0),
            T("Freitag", "DATE", "2023-02-24", 0),
            T("Samstag", "DATE", "2023-02-25", 1),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
            T("Montag", "DATE", "2023-02-27"),
            T("Freitag", "DATE", "2023-02-24", 1),
            T("selben Tag", "DATE", "2023-02-24"),
        ],
        [
            E("EU ambassadors agree on the tenth sanctions package", "AGREE", ["European Union"], "2023-02-24TEV",
              "text", "occurred", "einigten sich am späten Freitagabend"),
            E("EU adopts its tenth sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2023-02-25", "text", "occurred", "einigten sich am späten Freitagabend"),
            E("Poland resists an exemption for Russian synthetic rubber", "REJECT", ["Poland", "European Union"],
              "2023-02-24", "text", "occurred", "noch am Freitag gegen eine Ausnahme"),
            E("Russia halts oil deliveries to Poland through the Druzhba pipeline", "SANCTION", ["Russia", "Poland"],
              "2023-02-25", "context", "occurred", "Fast zeitgleich stoppte Russland",
              note="made known by Orlen on Saturday"),
            E("Morawiecki calls the stop blackmail", "ACCUSE", ["Poland", "Russia"], "2023-02-27", "published",
              "occurred", "Erpressung"),
            E("Morawiecki: Poland will not give in to blackmail", "REJECT", ["Poland", "Russia"], "2023-02-27",
              "published", "occurred", "Erpressung"),
            E("Poland to stop buying Russian oil by the end of the year", "SANCTION", ["Poland", "Russia"], "2023",
              "text", "planned", "Warschau hatte ohnehin angekündigt", date_mod="END"),
            E("Russian foreign ministry announces countermeasures", "THREATEN", ["Russia", "European Union"],
              "2023-02-27", "published", "occurred", "Gegenmaßnahmen"),
            E("Russian foreign ministry accuses Brussels of trampling on freedom of opinion with the RT ban", "ACCUSE",
              ["Russia", "European Union"], "2023-02-27", "published", "occurred", "Gegenmaßnahmen"),
            E("Zelensky welcomes the package", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2023-02-27",
              "published", "occurred", "begrüßte das Paket"),
            E("Zelensky demands sanctions on Russia's nuclear industry and Rosatom", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2023-02-27", "published", "occurred", "begrüßte das Paket"),
            E("G7 leaders hold a video conference with Zelensky", "CONSULT",
              ["Olaf Scholz", "Joe Biden", "Volodymyr Zelensky"], "2023-02-24", "text", "occurred",
              "nach einer Videoschalte mit Selenskyj"),
            E("G7 leaders announce further sanctions", "SANCTION", ["Olaf Scholz", "Joe Biden", "Russia"],
              "2023-02-24", "text", "planned", "nach einer Videoschalte mit Selenskyj"),
            E("US sanctions more than 200 people and companies", "SANCTION", ["United States", "Russia"],
              "2023-02-24", "text", "occurred", "Die USA setzten am selben Tag"),
        ],
        [
            S("Poland", "Orlen: the Russian supplier has stopped deliveries; the refineries can be supplied via "
              "Gdańsk", "2023-02-25", "text", "Orlen-Chef Daniel Obajtek"),
            S("Poland", "Morawiecki: this is blackmail, Poland will not fall for it", "2023-02-27", "published",
              "Erpressung"),
            S("Kremlin", "The Kremlin reacts calmly", "2023-02-27", "published", "Der Kreml reagierte gelassen."),
            S("Dmitry Peskov", "Every new package mainly harms the Europeans; Russia has adapted to the sanctions",
              "2023-02-27", "text", "Sprecher Dmitri Peskow sagte am Montag"),
            S("Russia", "Foreign ministry announces countermeasures and accuses Brussels over the RT and Sputnik ban",
              "2023-02-27", "published", "Gegenmaßnahmen"),
            S("Volodymyr Zelensky", "Welcomes the package; Russia's nuclear industry and Rosatom must be next",
              "2023-02-27", "published", "begrüßte das Paket"),
            S("Joint statement: Olaf Scholz, Joe Biden", "G7 leaders announce further sanctions after the video call "
              "with Zelensky", "2023-02-24", "text", "nach einer Videoschalte mit Selenskyj"),
        ],
        ["European Union", "Russia", "Ukraine", "Poland", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky",
         "Olaf Scholz", "Joe Biden", "United States", "Germany"],
    ),
    doc(
        "b67de04_vierzehntes_paket_lng_2024_06", "2024-06-25", DE04,
        [
            T("Montag", "DATE", "2024-06-24"),
            T("neun Monaten", "DURATION", "P9M"),
            T("der vergangenen Woche", "DATE", "2024-W25"),
            T("Ende 2024", "DATE", "2024", mod="END"),
            T("Freitag", "DATE", "2024-06-21"),
            T("Dienstag", "DATE", "2024-06-25", 0),
            T("heutigen Dienstag", "DATE", "2024-06-25"),
            T("Februar 2022", "DATE", "2022-02"),
        ],
        [
            E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"], "2024-06-24", "text",
              "occurred", "gaben am Montag bei ihrem Treffen"),
            E("EU adopts its 14th sanctions package against Russia, including an LNG transshipment ban", "SANCTION",
              ["European Union", "Russia"], "2024-06-24", "text", "occurred", "gaben am Montag bei ihrem Treffen"),
            E("Germany drops its objections at the last minute", "CONCEDE", ["Germany", "European Union"],
              "2024-06-24", "context", "occurred", "gaben am Montag bei ihrem Treffen",
              note="Hungary, which also dropped its objections, is not canonical"),
            E("Berlin blocks the agreement at a meeting of EU ambassadors", "REJECT", ["Germany", "European Union"],
              "2024-W25", "text", "occurred", "noch blockiert"),
            E("Compromise weakens the subsidiaries clause to best efforts", "AGREE", ["European Union", "Germany"],
              "2024-06-24", "context", "occurred", "bestmögliche Anstrengungen"),
            E("Orbán makes his consent conditional on assurances for gas and Paks", "REQUEST",
              ["Viktor Orbán", "European Union"], "2024-06-21", "text", "occurred", "noch am Freitag an Zusicherungen"),
            E("Borrell tries to release 6.6 billion euros from the European Peace Facility for Ukraine", "REQUEST",
              ["European Union", "Ukraine"], "2024-06-24", "context", "occurred", "Europäischen Friedensfazilität"),
            E("Budapest vetoes the release of the Peace Facility money again", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2024-06-24", "context", "occurred",
              "Europäischen Friedensfazilität"),
            E("Zelensky thanks the Europeans for the package", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2024-06-25", "published", "occurred", "dankte den Europäern"),
            E("Zelensky demands that loopholes via third countries be closed", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-06-25", "published", "occurred", "dankte den Europäern"),
            E("Zakharova announces countermeasures", "THREATEN", ["Maria Zakharova", "European Union"], "2024-06-25",
              "text", "occurred", "kündigte am Dienstag „Gegenmaßnahmen“ an"),
            E("Zakharova accuses the EU of harming its own economy", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2024-06-25", "text", "occurred", "kündigte am Dienstag „Gegenmaßnahmen“ an"),
            E("Peskov calls the sanctions illegitimate", "ACCUSE", ["Dmitry Peskov", "European Union"], "2024-06-25",
              "published", "occurred", "illegitim"),
            E("Intergovernmental conferences open accession talks with Ukraine", "CONSULT",
              ["European Union", "Ukraine"], "2024-06-25", "text", "planned", "Regierungskonferenzen"),
        ],
        [
            S("Germany", "The chancellery objects to the clause obliging parent companies to police subsidiaries in "
              "third countries", "2024-06-25", "published", "Das Kanzleramt von Olaf Scholz"),
            S("Viktor Orbán", "Consent only with assurances for gas supplies and the Paks project", "2024-06-21",
              "text", "noch am Freitag an Zusicherungen"),
            S("European Union", "Borrell: a comprehensive and effective package that further cuts Russia off from "
              "high technology", "2024-06-24", "context", "Borrell sprach nach dem Treffen"),
            S("Volodymyr Zelensky", "Thanks the Europeans; loopholes via third countries must be closed",
              "2024-06-25", "published", "dankte den Europäern"),
            S("Maria Zakharova", "Russia will take countermeasures; each package mainly harms the EU's own economy",
              "2024-06-25", "text", "kündigte am Dienstag „Gegenmaßnahmen“ an"),
            S("Dmitry Peskov", "The sanctions are illegitimate", "2024-06-25", "published", "illegitim"),
        ],
        ["European Union", "Russia", "Germany", "Olaf Scholz", "Viktor Orbán", "Ukraine", "Volodymyr Zelensky",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b67de05_eventin_einziehung_2025_03", "2025-03-21", DE05,
        [
            T("Donnerstag", "DATE", "2025-03-20", 0),
            T("10. Januar", "DATE", "2025-01-10"),
            T("Ende Februar", "DATE", "2025-02", mod="END"),
            T("Donnerstagabend", "TIME", "2025-03-20TEV", 0),
            T("Donnerstagabend", "TIME", "2025-03-20TEV", 1),
            T("Donnerstag", "DATE", "2025-03-20", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Januar", "DATE", "2025-01", 1),
        ],
        [
            E("German customs confiscate the shadow-fleet tanker Eventin and its cargo", "COERCE",
              ["Germany", "Russia"], "2025-03-20", "context", "occurred", "Die Generalzolldirektion hat",
              note="dated by the finance ministry's confirmation on Thursday"),
            E("EU lists the Eventin in its 16th package", "SANCTION", ["European Union", "Russia"], "2025-02", "text",
              "occurred", "Die EU hatte den Tanker Ende Februar", date_mod="END"),
            E("Russian embassy calls the confiscation an unlawful act of piracy", "ACCUSE", ["Russia", "Germany"],
              "2025-03-21", "published", "occurred", "rechtswidrigen Akt der Piraterie"),
            E("Russian embassy warns of consequences", "THREATEN", ["Russia", "Germany"], "2025-03-21", "published",
              "occurred", "rechtswidrigen Akt der Piraterie"),
            E("Zakharova accuses the German government of stealing property", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2025-03-20TEV", "text", "occurred", "warf der Bundesregierung"),
            E("Peskov denies any Russian link to the tanker", "REJECT", ["Dmitry Peskov"], "2025-03-21", "published",
              "occurred", "mit dem Tanker nichts zu tun"),
            E("Peskov accuses the Europeans of undermining freedom of navigation", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2025-03-21", "published", "occurred",
              "mit dem Tanker nichts zu tun"),
            E("EU summit in Brussels", "CONSULT", ["European Union", "Olaf Scholz"], "2025-03-20", "text", "occurred",
              "am Rande des EU-Gipfels"),
            E("Scholz warns that Germany will not allow decrepit tankers to fill Putin's war chest off its coasts",
              "REQUEST", ["Olaf Scholz", "Russia"], "2025-03-20", "text", "occurred", "am Rande des EU-Gipfels"),
            E("Merz backs the confiscation", "SUPPORT", ["Friedrich Merz", "Germany"], "2025-03-21", "published",
              "occurred", "unterstützte das Vorgehen"),
            E("Merz calls for joint surveillance of the Baltic with the littoral states", "REQUEST",
              ["Friedrich Merz"], "2025-03-21", "published", "occurred", "unterstützte das Vorgehen"),
            E("NATO launches Baltic Sentry to protect cables and pipelines", "MOBILIZE", ["NATO"], "2025-01", "text",
              "occurred", "Baltic Sentry"),
            E("Kallas welcomes the decision as a clear signal", "SUPPORT", ["Kaja Kallas", "Germany"], "2025-03-21",
              "published", "occurred", "klares Signal"),
            E("Sybiha thanks Berlin", "SUPPORT", ["Andrii Sybiha", "Germany"], "2025-03-21", "published", "occurred",
              "dankte Berlin"),
            E("Sybiha calls on the other Baltic states to act as resolutely", "REQUEST", ["Andrii Sybiha"],
              "2025-03-21", "published", "occurred", "dankte Berlin"),
        ],
        [
            S("Germany", "Finance ministry confirms the confiscation of the Eventin and its cargo", "2025-03-20",
              "text", "Die Generalzolldirektion hat"),
            S("Germany", "Customs: bringing the Russian oil into German waters violates the EU embargo", "2025-03-21",
              "published", "Nach Auffassung des Zolls"),
            S("Russia", "Moscow reacts sharply", "2025-03-21", "published", "Moskau reagierte scharf."),
            S("Russia", "Embassy: an unlawful act of piracy that will not remain without consequences", "2025-03-21",
              "published", "rechtswidrigen Akt der Piraterie"),
            S("Maria Zakharova", "Berlin steals others' property under the pretext of sanctions", "2025-03-20TEV",
              "text", "warf der Bundesregierung"),
            S("Dmitry Peskov", "Russia has nothing to do with the tanker but watches how the Europeans undermine "
              "freedom of navigation", "2025-03-21", "published", "mit dem Tanker nichts zu tun"),
            S("Olaf Scholz", "Germany will not allow decrepit tankers to risk a disaster and fill Putin's war chest",
              "2025-03-20", "text", "am Rande des EU-Gipfels"),
            S("Friedrich Merz", "Backs the step; calls for joint surveillance of the Baltic", "2025-03-21",
              "published", "unterstützte das Vorgehen"),
            S("Kaja Kallas", "A clear signal to the operators of the shadow fleet", "2025-03-21", "published",
              "klares Signal"),
            S("Andrii Sybiha", "Thanks Berlin; the other Baltic states should act as resolutely", "2025-03-21",
              "published", "dankte Berlin"),
        ],
        ["Germany", "Russia", "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Olaf Scholz",
         "Vladimir Putin", "Friedrich Merz", "NATO", "Kaja Kallas", "Ukraine", "Andrii Sybiha"],
    ),
    doc(
        "b67de06_reparationsdarlehen_kommission_2025_12", "2025-12-04", DE06,
        [
            T("den kommenden zwei Jahren", "DURATION", "P2Y"),
            T("Mittwoch", "DATE", "2025-12-03", 0),
            T("alle sechs Monate", "SET", "P6M"),
            T("Wochen", "DURATION", "PXW"),
            T("Freitagabend", "TIME", "2025-12-05TEV"),
            T("Mittwoch", "DATE", "2025-12-03", 1),
            T("Donnerstag", "DATE", "2025-12-04", 0),
            T("18. Dezember", "DATE", "2025-12-18"),
            T("Dienstag", "DATE", "2025-12-02"),
            T("Frühjahr", "DATE", "2025-SP"),
            T("Donnerstag", "DATE", "2025-12-04", 1),
        ],
        [
            E("Von der Leyen proposes a reparations loan of up to 210 billion euros", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2025-12-03", "text", "occurred",
              "stellte am Mittwoch in Brüssel"),
            E("Reparations loan for Ukraine from immobilised Russian central bank reserves", "AID",
              ["Ursula von der Leyen", "Ukraine", "Russia"], "2025-12-03", "text", "uncertain",
              "stellte am Mittwoch in Brüssel"),
            E("Commission proposes joint EU borrowing as an alternative", "REQUEST", ["European Union"], "2025-12-03",
              "context", "occurred", "Als Alternative"),
            E("Joint EU borrowing to finance Ukraine", "AID", ["European Union", "Ukraine"], "2025-12-03", "context",
              "uncertain", "Als Alternative"),
            E("Commission wants to immobilise the reserves indefinitely", "SANCTION", ["European Union", "Russia"],
              "2025-12-03", "context", "planned", "auf unbestimmte Zeit festsetzen"),
            E("Merz to meet De Wever in Brussels", "CONSULT", ["Friedrich Merz"], "2025-12-05TEV", "text", "planned",
              "will De Wever am Freitagabend"),
            E("Peskov calls the plan theft", "ACCUSE", ["Dmitry Peskov", "European Union"], "2025-12-03", "text",
              "occurred", "«Diebstahl»"),
            E("Peskov: the theft will not go unpunished", "THREATEN", ["Dmitry Peskov", "European Union"],
              "2025-12-03", "text", "occurred", "«Diebstahl»"),
            E("Russian central bank announces legal action against any use of its reserves", "ACCUSE",
              ["Russia", "European Union"], "2025-12-04", "published", "planned", "vor Gericht zu ziehen"),
            E("Russian central bank threatens to seize Western investors' assets in Russia", "THREATEN",
              ["Russia", "European Union"], "2025-12-04", "published", "occurred", "vor Gericht zu ziehen"),
            E("Zakharova calls the plans bandit-style appropriation", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2025-12-04", "text", "occurred", "nach Banditenart"),
            E("Zelensky praises the proposal as a just solution", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2025-12-04", "published", "occurred", "gerechte Lösung"),
            E("Zelensky calls on EU states to adopt the plan at the summit", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-12-04", "published", "occurred", "gerechte Lösung"),
            E("EU summit on 18 December", "CONSULT", ["European Union"], "2025-12-18", "text", "planned",
              "gerechte Lösung"),
            E("US peace plan proposes putting 100 billion dollars of the frozen funds into a US-led fund", "REQUEST",
              ["United States", "European Union"], "2025-12-04", "published", "occurred",
              "Der Friedensplan der US-Regierung"),
            E("Kallas rejects the US idea", "REJECT", ["Kaja Kallas", "United States"], "2025-12-02", "text",
              "occurred", "wies das am Dienstag zurück"),
        ],
        [
            S("Ursula von der Leyen", "Presents a reparations loan of up to 210 billion euros for Ukraine",
              "2025-12-03", "text", "stellte am Mittwoch in Brüssel"),
            S("European Union", "Commission proposes joint borrowing as an alternative; both could be combined",
              "2025-12-03", "context", "Als Alternative"),
            S("Russia", "Moscow threatens retaliation", "2025-12-04", "published",
              "Moskau drohte umgehend mit Vergeltung."),
            S("Dmitry Peskov", "Theft that will not go unpunished", "2025-12-03", "text", "«Diebstahl»"),
            S("Russia", "Central bank will go to court against any use of its reserves and may seize Western "
              "investors' assets", "2025-12-04", "published", "vor Gericht zu ziehen"),
            S("Maria Zakharova", "The plans are bandit-style appropriation of others' property", "2025-12-04", "text",
              "nach Banditenart"),
            S("Volodymyr Zelensky", "A just solution; EU states should adopt it at the summit on 18 December",
              "2025-12-04", "published", "gerechte Lösung"),
            S("Kaja Kallas", "Europeans decide on European money", "2025-12-02", "text",
              "wies das am Dienstag zurück"),
        ],
        ["European Union", "Ukraine", "Russia", "Ursula von der Leyen", "Germany", "Friedrich Merz", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova", "Volodymyr Zelensky", "United States", "Kaja Kallas"],
    ),
]
