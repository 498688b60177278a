"""German articles of the blind5 set (one sentence per line, blank line between paragraphs, headline first).

Written and annotated blind to the extraction code; see README.md in this directory.
"""
from build import E, S, T

DOCS = [
    # ------------------------------------------------------------------ b5de01
    dict(
        id="b5de01_belarus_atomwaffen_2023_03",
        lang="de",
        published="2023-03-26",
        body="""
Putin will taktische Atomwaffen in Belarus stationieren – Kiew ruft den UN-Sicherheitsrat an

Moskau/Kiew (dpa) - Russlands Präsident Wladimir Putin will taktische Atomwaffen im Nachbarland Belarus stationieren und hat damit in der Ukraine wie im Westen scharfe Reaktionen ausgelöst.
Der Kremlchef sagte in einem am Samstagabend ausgestrahlten Interview des Staatsfernsehens, man habe sich mit dem belarussischen Machthaber Alexander Lukaschenko darauf verständigt, ohne damit gegen Verpflichtungen zur Nichtverbreitung zu verstoßen.
Der Bau eines Speziallagers auf belarussischem Boden solle bis Anfang Juli abgeschlossen sein, die Ausbildung der Besatzungen beginne bereits am 3. April, fügte er hinzu.

Zur Begründung verwies Putin auf die Anfang der Woche bekannt gewordene Ankündigung Großbritanniens, der Ukraine panzerbrechende Munition mit abgereichertem Uran zu liefern.
„Die Amerikaner machen das schon lange so, sie stationieren ihre taktischen Waffen auf dem Territorium ihrer Verbündeten, und wir tun nichts anderes“, sagte er.
Zehn Iskander-Systeme, die auch nukleare Sprengköpfe tragen können, seien Minsk kürzlich übergeben worden.

Das ukrainische Außenministerium verlangte in der Nacht zu Sonntag eine Dringlichkeitssitzung des UN-Sicherheitsrats, um der „nuklearen Erpressung des Kremls“ entgegenzutreten.
Mit dem Schritt mache sich Belarus endgültig zur Geisel Moskaus, hieß es in der Erklärung aus Kiew.
Die Bundesregierung sprach am Sonntag von einem „weiteren Versuch der nuklearen Einschüchterung“, von dem man sich nicht beirren lassen werde.
Eine Nato-Sprecherin nannte die Rhetorik Moskaus „gefährlich und unverantwortlich“; das Bündnis habe jedoch keine Veränderungen an der russischen Nuklearstreitmacht festgestellt, die eine Anpassung der eigenen Aufstellung erforderten.

Die Europäische Union drohte Minsk mit weiteren Sanktionen, sollte Lukaschenko die Stationierung zulassen.
Die Aufnahme russischer Atomwaffen wäre eine unverantwortliche Eskalation und eine Bedrohung für die europäische Sicherheit, teilte der Auswärtige Dienst der EU mit.
In Washington hieß es aus dem Nationalen Sicherheitsrat, man sehe keine Anzeichen dafür, dass Russland den Einsatz von Atomwaffen vorbereite.
Aus Minsk lag bis Sonntagmittag keine Stellungnahme vor.

Es wäre das erste Mal seit dem Zerfall der Sowjetunion, dass Moskau Atomwaffen außerhalb des eigenen Staatsgebiets stationiert.
Lukaschenko hatte bereits im vergangenen Sommer erklärt, sein Land lasse Kampfflugzeuge vom Typ Su-25 für den Einsatz nuklearer Munition umrüsten.
Vor gut einem Monat hatte der Kreml zudem die Teilnahme am letzten verbliebenen Abrüstungsvertrag mit den USA, New Start, ausgesetzt.
Beobachter in Kiew werten die Ankündigung vor allem als Versuch, die westlichen Unterstützer der Ukraine von weiteren Waffenlieferungen abzuschrecken.
""",
        timexes=[
            T("Samstagabend", "TIME", "2023-03-25TEV"),
            T("Anfang Juli", "DATE", "2023-07", mod="START"),
            T("3. April", "DATE", "2023-04-03"),
            T("Anfang der Woche", "DATE", "2023-W12", mod="START"),
            T("kürzlich", "DATE", "PAST_REF"),
            T("der Nacht zu Sonntag", "TIME", "2023-03-25TNI", note="night to Sunday 2023-03-26"),
            T("Sonntag", "DATE", "2023-03-26", n=1),
            T("Sonntagmittag", "TIME", "2023-03-26T12:00"),
            T("vergangenen Sommer", "DATE", "2022-SU"),
            T("Vor gut einem Monat", "DATE", "2023-02", mod="APPROX"),
        ],
        events=[
            E("Putin and Lukashenko agreed to station Russian tactical nuclear weapons in Belarus", "AGREE",
              ["Vladimir Putin", "Alexander Lukashenko"], "2023-03-25TEV", "context", "occurred",
              "man habe sich mit dem belarussischen Machthaber",
              note="made public in the interview broadcast on Saturday evening; the date of the agreement itself is not given"),
            E("Russia to station tactical nuclear weapons in Belarus", "MOBILIZE",
              ["Vladimir Putin", "Russia", "Belarus"], "2023-07", "context", "planned",
              "will taktische Atomwaffen im Nachbarland", date_mod="START",
              note="dated by the planned completion of the storage site (early July)"),
            E("Storage site for nuclear weapons in Belarus to be completed", "MOBILIZE",
              ["Russia", "Belarus"], "2023-07", "text", "planned", "Der Bau eines Speziallagers", date_mod="START"),
            E("Training of the crews for nuclear-capable systems to begin", "MOBILIZE",
              ["Russia", "Belarus"], "2023-04-03", "text", "planned", "Der Bau eines Speziallagers"),
            E("UK announced it would supply depleted-uranium ammunition to Ukraine", "AID",
              ["United Kingdom", "Ukraine"], "2023-W12", "text", "occurred", "Anfang der Woche bekannt gewordene",
              date_mod="START"),
            E("Russia handed ten Iskander systems to Belarus", "AID",
              ["Russia", "Belarus"], "PAST_REF", "vague", "occurred", "Zehn Iskander-Systeme"),
            E("Ukraine demanded an emergency meeting of the UN Security Council", "REQUEST",
              ["Ukraine", "United Nations"], "2023-03-25TNI", "text", "occurred", "verlangte in der Nacht zu Sonntag"),
            E("German government called the plan an attempt at nuclear intimidation", "ACCUSE",
              ["Germany", "Russia"], "2023-03-26", "text", "occurred", "Die Bundesregierung sprach"),
            E("NATO called Moscow's rhetoric dangerous and irresponsible", "ACCUSE",
              ["NATO", "Russia"], "2023-03-26", "published", "occurred", "Eine Nato-Sprecherin"),
            E("EU threatened Belarus with further sanctions if it allows the deployment", "THREATEN",
              ["European Union", "Belarus"], "2023-03-26", "published", "occurred", "drohte Minsk mit weiteren Sanktionen"),
            E("Kremlin suspended Russia's participation in New START", "SANCTION",
              ["Kremlin", "Russia", "United States"], "2023-02", "text", "occurred", "Abrüstungsvertrag mit den USA",
              date_mod="APPROX", note="suspension announced on 2023-02-21"),
        ],
        statements=[
            S("Vladimir Putin", "Agreed with Lukashenko to station tactical nuclear weapons in Belarus without breaching non-proliferation commitments",
              "2023-03-25TEV", "text", "man habe sich mit dem belarussischen Machthaber"),
            S("Vladimir Putin", "Storage site ready by early July; crew training starts on 3 April",
              "2023-03-25TEV", "context", "Der Bau eines Speziallagers"),
            S("Vladimir Putin", "Cites the British plan to send depleted-uranium ammunition as the reason",
              "2023-03-25TEV", "context", "Zur Begründung verwies Putin"),
            S("Vladimir Putin", "The Americans have long stationed tactical weapons on allies' territory; Russia does the same",
              "2023-03-25TEV", "context", "Die Amerikaner machen das schon lange"),
            S("Vladimir Putin", "Ten Iskander systems have already been handed to Minsk",
              "2023-03-25TEV", "context", "Zehn Iskander-Systeme"),
            S("Ukraine", "Belarus is making itself Moscow's hostage", "2023-03-25TNI", "context", "Geisel Moskaus"),
            S("Germany", "Another attempt at nuclear intimidation that will not deter Berlin", "2023-03-26", "text",
              "Die Bundesregierung sprach"),
            S("NATO", "Moscow's rhetoric is dangerous and irresponsible; no change in Russia's nuclear posture observed",
              "2023-03-26", "published", "Eine Nato-Sprecherin"),
            S("European Union", "Hosting Russian nuclear weapons would be an irresponsible escalation", "2023-03-26",
              "published", "Die Aufnahme russischer Atomwaffen"),
            S("United States", "No sign that Russia is preparing to use nuclear weapons", "2023-03-26", "published",
              "Nationalen Sicherheitsrat"),
            S("Alexander Lukashenko", "Belarus is having Su-25 jets refitted to carry nuclear munitions", "2022-SU", "text",
              "Su-25"),
        ],
        actors=["Vladimir Putin", "Alexander Lukashenko", "Kremlin", "Russia", "Belarus", "Ukraine", "United Kingdom",
                "United States", "United Nations", "Germany", "NATO", "European Union"],
    ),
    # ------------------------------------------------------------------ b5de02
    dict(
        id="b5de02_transnistrien_hilferuf_2024_02",
        lang="de",
        published="2024-02-29",
        body="""
Transnistrien bittet Moskau um „Schutz“ – Kiew und Brüssel warnen vor Destabilisierung Moldaus

Tiraspol/Chisinau (AFP) - Die Führung der von der Republik Moldau abtrünnigen Region Transnistrien hat Russland um Schutz vor angeblich wachsendem wirtschaftlichem Druck aus Chisinau gebeten.
Ein eigens einberufener Kongress von Abgeordneten aller Ebenen verabschiedete am Mittwoch in Tiraspol eine Resolution, in der die beiden Kammern des russischen Parlaments ersucht werden, „Maßnahmen zum Schutz“ der rund 220.000 russischen Staatsbürger in der Region zu ergreifen.
Einen Antrag auf Anschluss an Russland, über den in moldauischen Medien zuvor spekuliert worden war, enthielt das Dokument nicht.

Das Außenministerium in Moskau reagierte noch am selben Tag.
Der Schutz der Landsleute in Transnistrien sei „eine der Prioritäten“, jedes Ersuchen werde „aufmerksam geprüft“, hieß es in einer Mitteilung, die Sprecherin Maria Sacharowa verbreiten ließ.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Präsident Wladimir Putin werde in seiner für den Vormittag angesetzten Rede zur Lage der Nation womöglich nicht auf das Thema eingehen; man nehme die Bitte aber „sehr ernst“.

Die moldauische Regierung wies den Vorstoß als Propagandaaktion zurück und erklärte, die Region profitiere seit Jahren von der Freihandelszone mit der EU.
Ein Sprecher des ukrainischen Außenministeriums sagte, Kiew verfolge die Entwicklung „sehr genau“ und sehe in dem Hilferuf einen weiteren Versuch Moskaus, das Nachbarland zu destabilisieren.
Die Europäische Union sicherte Chisinau am Mittwochabend ihre volle Unterstützung zu und forderte Russland auf, die Souveränität und territoriale Unversehrtheit Moldaus zu achten.

In Transnistrien sind seit 1992 rund 1500 russische Soldaten stationiert, offiziell als Friedenstruppe.
Zu Jahresbeginn hatte Chisinau Einfuhrzölle für Unternehmen aus der Region eingeführt, die bis dahin davon befreit waren.
Im Februar 2023 hatte die moldauische Präsidentin Maia Sandu Moskau beschuldigt, einen gewaltsamen Umsturz in Chisinau vorzubereiten, was der Kreml als „völlig unbegründet“ zurückwies.
Moldau ist seit Juni 2022 Beitrittskandidat der EU, die Aufnahme von Verhandlungen hatten die Staats- und Regierungschefs der Union im Dezember beschlossen.
Die Regierung in Kiew hatte bereits vor zwei Jahren gewarnt, Russland könne von Transnistrien aus eine zweite Front gegen die Ukraine eröffnen.
""",
        timexes=[
            T("Mittwoch", "DATE", "2024-02-28"),
            T("selben Tag", "DATE", "2024-02-28"),
            T("Donnerstag", "DATE", "2024-02-29"),
            T("Vormittag", "TIME", "2024-02-29TMO"),
            T("Jahren", "DURATION", "PXY"),
            T("Mittwochabend", "TIME", "2024-02-28TEV"),
            T("1992", "DATE", "1992"),
            T("Jahresbeginn", "DATE", "2024", mod="START"),
            T("Februar 2023", "DATE", "2023-02"),
            T("Juni 2022", "DATE", "2022-06"),
            T("Dezember", "DATE", "2023-12"),
            T("vor zwei Jahren", "DATE", "2022"),
        ],
        events=[
            E("Transnistrian congress asked Russia for protection", "REQUEST",
              ["Russia"], "2024-02-28", "text", "occurred", "Ein eigens einberufener Kongress",
              note="the Transnistrian authorities are not a canonical actor"),
            E("Ukraine accused Moscow of trying to destabilise Moldova", "ACCUSE",
              ["Ukraine", "Russia"], "2024-02-29", "published", "occurred", "Ein Sprecher des ukrainischen"),
            E("EU assured Moldova of its full support", "SUPPORT",
              ["European Union"], "2024-02-28TEV", "text", "occurred", "sicherte Chisinau am Mittwochabend"),
            E("EU called on Russia to respect Moldova's sovereignty and territorial integrity", "REQUEST",
              ["European Union", "Russia"], "2024-02-28TEV", "text", "occurred", "sicherte Chisinau am Mittwochabend"),
            E("Moldova's president accused Moscow of preparing a coup", "ACCUSE",
              ["Russia"], "2023-02", "text", "occurred", "Maia Sandu"),
            E("Kremlin rejected the coup accusation as unfounded", "REJECT",
              ["Kremlin"], "2023-02", "text", "occurred", "Maia Sandu"),
            E("EU granted Moldova candidate status", "SUPPORT",
              ["European Union"], "2022-06", "text", "occurred", "Moldau ist seit Juni 2022"),
            E("EU leaders decided to open accession negotiations with Moldova", "AGREE",
              ["European Union"], "2023-12", "text", "occurred", "Moldau ist seit Juni 2022",
              note="decision of 2023-12-14"),
        ],
        statements=[
            S("Maria Zakharova", "Protecting compatriots in Transnistria is a priority; every request will be examined carefully",
              "2024-02-28", "context", "eine der Prioritäten"),
            S("Dmitry Peskov", "Putin may not address the issue in his speech, but the request is taken very seriously",
              "2024-02-29", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Ukraine", "Kyiv is watching closely and sees the appeal as another Russian attempt to destabilise Moldova",
              "2024-02-29", "published", "Ein Sprecher des ukrainischen"),
            S("European Union", "Full support for Moldova; Russia must respect its sovereignty and territorial integrity",
              "2024-02-28TEV", "text", "sicherte Chisinau am Mittwochabend"),
            S("Kremlin", "The coup accusation is completely unfounded", "2023-02", "text", "Maia Sandu"),
            S("Ukraine", "Russia could open a second front from Transnistria", "2022", "text", "zweite Front"),
        ],
        actors=["Russia", "Ukraine", "European Union", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Vladimir Putin"],
    ),
    # ------------------------------------------------------------------ b5de03
    dict(
        id="b5de03_eu_beitrittsgespraeche_2023_12",
        lang="de",
        published="2023-12-15",
        body="""
EU-Gipfel beschließt Beitrittsgespräche mit Kiew – Orbán verlässt den Saal

Brüssel (dpa) - Die Staats- und Regierungschefs der Europäischen Union haben am Donnerstagabend überraschend die Aufnahme von Beitrittsverhandlungen mit der Ukraine und der Republik Moldau beschlossen.
Möglich wurde der Beschluss, weil der ungarische Ministerpräsident Viktor Orbán, der seit Wochen mit einem Veto gedroht hatte, vor der Abstimmung den Sitzungssaal verließ.
Nach Angaben von Diplomaten hatte Bundeskanzler Olaf Scholz dem Ungarn vorgeschlagen, für die Dauer der Entscheidung einen Kaffee trinken zu gehen.

Orbán nannte die Entscheidung in einem in der Nacht veröffentlichten Video „völlig sinnlos, irrational und falsch“; Ungarn wolle sich an diesem Beschluss nicht beteiligen.
Der ukrainische Präsident Wolodymyr Selenskyj sprach kurz nach der Entscheidung von einem „Sieg für die Ukraine“ und einem „Sieg für ganz Europa“, der motiviere, inspiriere und stärke.
Kommissionspräsidentin Ursula von der Leyen, deren Behörde Anfang November die Aufnahme der Gespräche empfohlen hatte, sprach von einer „strategischen Entscheidung“ und einem Tag, der in die Geschichte der Union eingehen werde.
Scholz sagte vor Journalisten, der Beschluss sei ein „starkes Zeichen der Unterstützung“ und eine Perspektive für Länder, die zur europäischen Familie gehörten.

Weniger glatt verlief die Nacht zu Freitag: Beim geplanten Hilfspaket über 50 Milliarden Euro für die Ukraine blockierte Orbán eine Einigung, die eine Änderung des mehrjährigen EU-Haushalts vorausgesetzt hätte.
Die übrigen 26 Mitgliedstaaten wollen das Paket Anfang kommenden Jahres bei einem Sondergipfel erneut beraten und notfalls auch ohne Budapest beschließen.
EU-Ratspräsident Charles Michel sagte, man habe noch Zeit, da die bisherigen Mittel für Kiew erst im Frühjahr aufgebraucht seien.

Kremlsprecher Dmitri Peskow sagte am Freitag, Kiew und Chisinau seien weit davon entfernt, die Kriterien zu erfüllen, und der Beschluss sei ein „rein politischer“, der die EU am Ende destabilisieren könne.
Die Ukraine hatte wenige Tage nach Beginn der russischen Invasion im Februar 2022 den Beitritt beantragt und im Juni desselben Jahres den Status eines Beitrittskandidaten erhalten.
Bis zu einem tatsächlichen Beitritt dürften nach Einschätzung von Diplomaten noch viele Jahre vergehen.
Die Kommission soll im März einen Verhandlungsrahmen vorlegen; erst danach können die ersten Kapitel eröffnet werden.
""",
        timexes=[
            T("Donnerstagabend", "TIME", "2023-12-14TEV"),
            T("Wochen", "DURATION", "PXW"),
            T("der Nacht", "TIME", "2023-12-14TNI", note="night after the Thursday decision"),
            T("Anfang November", "DATE", "2023-11", mod="START"),
            T("die Nacht zu Freitag", "TIME", "2023-12-14TNI", note="night to Friday 2023-12-15"),
            T("mehrjährigen", "DURATION", "PXY"),
            T("Anfang kommenden Jahres", "DATE", "2024", mod="START"),
            T("Frühjahr", "DATE", "2024-SP"),
            T("Freitag", "DATE", "2023-12-15", n=1),
            T("Februar 2022", "DATE", "2022-02"),
            T("Juni desselben Jahres", "DATE", "2022-06"),
            T("viele Jahre", "DURATION", "PXY"),
            T("März", "DATE", "2024-03"),
        ],
        events=[
            E("EU leaders decided to open accession negotiations with Ukraine and Moldova", "AGREE",
              ["European Union", "Ukraine"], "2023-12-14TEV", "text", "occurred", "am Donnerstagabend überraschend"),
            E("Orbán left the room so that the decision could pass without his veto", "CONCEDE",
              ["Viktor Orbán"], "2023-12-14TEV", "context", "occurred", "Möglich wurde der Beschluss"),
            E("Scholz suggested Orbán leave the room for the decision", "REQUEST",
              ["Olaf Scholz", "Viktor Orbán"], "2023-12-14TEV", "context", "occurred", "Nach Angaben von Diplomaten"),
            E("European Commission recommended opening accession talks", "SUPPORT",
              ["European Union", "Ukraine"], "2023-11", "text", "occurred", "Kommissionspräsidentin Ursula von der Leyen",
              date_mod="START", note="recommendation of 2023-11-08"),
            E("Orbán blocked the 50-billion-euro aid package for Ukraine", "REJECT",
              ["Viktor Orbán", "Ukraine"], "2023-12-14TNI", "text", "occurred", "Weniger glatt verlief"),
            E("EU special summit to discuss the aid package again", "CONSULT",
              ["European Union"], "2024", "text", "planned", "Die übrigen 26 Mitgliedstaaten", date_mod="START"),
            E("Russian invasion of Ukraine", "ASSAULT",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "wenige Tage nach Beginn der russischen Invasion",
              note="2022-02-24"),
            E("Ukraine applied for EU membership", "REQUEST",
              ["Ukraine", "European Union"], "2022-02", "context", "occurred", "wenige Tage nach Beginn der russischen Invasion",
              note="application of 2022-02-28"),
            E("Ukraine received EU candidate status", "SUPPORT",
              ["European Union", "Ukraine"], "2022-06", "text", "occurred", "wenige Tage nach Beginn der russischen Invasion"),
        ],
        statements=[
            S("Viktor Orbán", "The decision is senseless, irrational and wrong; Hungary will not take part in it",
              "2023-12-14TNI", "text", "völlig sinnlos"),
            S("Volodymyr Zelensky", "A victory for Ukraine and for all of Europe", "2023-12-14TEV", "context",
              "Sieg für die Ukraine"),
            S("Ursula von der Leyen", "A strategic decision and a historic day for the Union", "2023-12-14TEV", "context",
              "Kommissionspräsidentin Ursula von der Leyen"),
            S("Olaf Scholz", "A strong sign of support and a perspective for countries belonging to the European family",
              "2023-12-14TEV", "context", "starkes Zeichen der Unterstützung"),
            S("Dmitry Peskov", "Kyiv and Chisinau are far from meeting the criteria; a purely political decision that could destabilise the EU",
              "2023-12-15", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
        ],
        actors=["European Union", "Ukraine", "Viktor Orbán", "Olaf Scholz", "Germany", "Volodymyr Zelensky",
                "Ursula von der Leyen", "Dmitry Peskov", "Kremlin", "Russia"],
    ),
    # ------------------------------------------------------------------ b5de04
    dict(
        id="b5de04_patriot_drittes_system_2024_04",
        lang="de",
        published="2024-04-14",
        body="""
Berlin gibt drittes Patriot-System an Kiew ab – Selenskyj dankt dem Kanzler

Berlin/Kiew (dpa) - Die Bundesregierung stellt der Ukraine angesichts der massiven russischen Angriffe auf Städte und Kraftwerke ein weiteres Flugabwehrsystem vom Typ Patriot zur Verfügung.
Das Verteidigungsministerium teilte am Samstag mit, die Einheit aus Beständen der Bundeswehr werde „umgehend“ übergeben, Bundeskanzler Olaf Scholz habe eine entsprechende Anweisung erteilt.
Es ist bereits das dritte Patriot-System, das Deutschland liefert; die ersten beiden waren vor knapp einem Jahr beziehungsweise im vergangenen Dezember in der Ukraine eingetroffen.

Der ukrainische Präsident Wolodymyr Selenskyj dankte dem Kanzler am Samstagabend in seiner täglichen Videoansprache für die „wichtige Entscheidung“ und rief andere Partner auf, dem Beispiel zu folgen.
Sein Land brauche mindestens sieben weitere Patriot-Systeme, um Städte und Energieversorgung wirksam zu schützen, hatte er zuvor wiederholt betont.
In der Nacht zu Donnerstag hatten russische Raketen und Drohnen das Wärmekraftwerk Trypillja südlich von Kiew vollständig zerstört; auch in Charkiw fiel nach Angriffen erneut großflächig der Strom aus.

Außenministerin Annalena Baerbock will in den kommenden Tagen bei Partnern weltweit um weitere Systeme werben, auch bei Staaten außerhalb Europas.
Nato-Generalsekretär Jens Stoltenberg kündigte für Freitag eine Videokonferenz des Nato-Ukraine-Rats auf Ebene der Verteidigungsminister an, bei der es vor allem um Luftverteidigung gehen soll.
Die Verbündeten müssten ihre Lager durchsehen und liefern, was sie entbehren könnten, sagte Stoltenberg.
Moskau reagierte gelassen: Die Lieferung werde „am Verlauf der militärischen Spezialoperation nichts ändern“, sagte Kremlsprecher Dmitri Peskow am Sonntag.

Scholz war am Samstag zu einer dreitägigen Reise nach China aufgebrochen, wo er am Dienstag in Peking mit Staats- und Parteichef Xi Jinping zusammentreffen will.
Der Kanzler will Xi dazu bewegen, seinen Einfluss auf Moskau geltend zu machen und an der für Juni geplanten Friedenskonferenz in der Schweiz teilzunehmen.
Die Lieferung von Taurus-Marschflugkörpern hatte die Bundesregierung dagegen im März erneut abgelehnt, was ihr im In- und Ausland Kritik eingebracht hatte.
""",
        timexes=[
            T("Samstag", "DATE", "2024-04-13"),
            T("vor knapp einem Jahr", "DATE", "2023", mod="APPROX"),
            T("vergangenen Dezember", "DATE", "2023-12"),
            T("Samstagabend", "TIME", "2024-04-13TEV"),
            T("täglichen", "SET", "P1D"),
            T("der Nacht zu Donnerstag", "TIME", "2024-04-10TNI", note="night to Thursday 2024-04-11"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Freitag", "DATE", "2024-04-19"),
            T("Sonntag", "DATE", "2024-04-14"),
            T("Samstag", "DATE", "2024-04-13", n=1),
            T("dreitägigen", "DURATION", "P3D"),
            T("Dienstag", "DATE", "2024-04-16"),
            T("Juni", "DATE", "2024-06"),
            T("März", "DATE", "2024-03"),
        ],
        events=[
            E("Germany to hand over a third Patriot air-defence system to Ukraine", "AID",
              ["Germany", "Olaf Scholz", "Ukraine"], "2024-04-13", "text", "occurred",
              "Das Verteidigungsministerium teilte am Samstag mit",
              note="decision announced on Saturday; handover to follow 'immediately'"),
            E("First German Patriot system arrived in Ukraine", "AID",
              ["Germany", "Ukraine"], "2023", "text", "occurred", "das dritte Patriot-System", date_mod="APPROX",
              note="April 2023"),
            E("Second German Patriot system arrived in Ukraine", "AID",
              ["Germany", "Ukraine"], "2023-12", "text", "occurred", "das dritte Patriot-System"),
            E("Zelensky called on other partners to follow Germany's example", "REQUEST",
              ["Volodymyr Zelensky"], "2024-04-13TEV", "text", "occurred", "dankte dem Kanzler am Samstagabend"),
            E("Russian missiles and drones destroyed the Trypillia power plant", "ASSAULT",
              ["Russia", "Ukraine"], "2024-04-10TNI", "text", "occurred", "Wärmekraftwerk Trypillja"),
            E("German foreign minister to lobby partners worldwide for more air-defence systems", "REQUEST",
              ["Germany"], "FUTURE_REF", "vague", "planned", "Außenministerin Annalena Baerbock"),
            E("NATO-Ukraine Council video conference of defence ministers", "CONSULT",
              ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-04-19", "text", "planned", "Videokonferenz des Nato-Ukraine-Rats"),
            E("Stoltenberg urged allies to deliver what they can spare", "REQUEST",
              ["Jens Stoltenberg", "NATO"], "2024-04-14", "published", "occurred", "Die Verbündeten müssten"),
            E("Scholz set off on a three-day trip to China", "CONSULT",
              ["Olaf Scholz", "China"], "2024-04-13", "text", "occurred", "dreitägigen Reise nach China"),
            E("Scholz to meet Xi Jinping in Beijing", "CONSULT",
              ["Olaf Scholz", "Xi Jinping"], "2024-04-16", "text", "planned", "dreitägigen Reise nach China"),
            E("Scholz to urge Xi to use his influence on Moscow and attend the peace conference", "REQUEST",
              ["Olaf Scholz", "Xi Jinping"], "2024-04-16", "context", "planned", "Der Kanzler will Xi dazu bewegen"),
            E("German government again refused to deliver Taurus cruise missiles", "REJECT",
              ["Germany", "Ukraine"], "2024-03", "text", "occurred", "Taurus-Marschflugkörpern"),
        ],
        statements=[
            S("Germany", "The Patriot unit from Bundeswehr stocks will be handed over immediately on the chancellor's instruction",
              "2024-04-13", "text", "Das Verteidigungsministerium teilte am Samstag mit"),
            S("Volodymyr Zelensky", "Thanks the chancellor for the important decision; other partners should follow",
              "2024-04-13TEV", "text", "dankte dem Kanzler am Samstagabend"),
            S("Volodymyr Zelensky", "Ukraine needs at least seven more Patriot systems", "2024-04-14", "published",
              "mindestens sieben weitere Patriot-Systeme"),
            S("Jens Stoltenberg", "Allies must check their stocks and deliver what they can spare", "2024-04-14",
              "published", "Die Verbündeten müssten"),
            S("Dmitry Peskov", "The delivery will not change the course of the special military operation", "2024-04-14",
              "text", "Moskau reagierte gelassen"),
        ],
        actors=["Germany", "Olaf Scholz", "Ukraine", "Volodymyr Zelensky", "Russia", "NATO", "Jens Stoltenberg",
                "Dmitry Peskov", "Kremlin", "China", "Xi Jinping"],
    ),
    # ------------------------------------------------------------------ b5de05
    dict(
        id="b5de05_austausch_nach_istanbul_2025_05",
        lang="de",
        published="2025-05-26",
        body="""
Größter Gefangenenaustausch abgeschlossen, schwerste Luftangriffe – Trump „nicht glücklich“ mit Putin

Kiew/Moskau (AFP) - Russland und die Ukraine haben am Sonntag die dritte und letzte Etappe des bislang größten Gefangenenaustauschs seit Beginn des Krieges abgeschlossen.
Binnen drei Tagen kamen nach Angaben beider Seiten jeweils 1000 Gefangene frei, Soldaten wie Zivilisten: Am Freitag wurden 390, am Samstag 307 und am Sonntag 303 Menschen pro Seite übergeben.
Der Austausch ist das bislang einzige greifbare Ergebnis der direkten Gespräche in Istanbul vor zehn Tagen, der ersten seit dem Frühjahr 2022.

In der Nacht zu Sonntag überzog Russland die Ukraine mit einem der schwersten Luftangriffe seit Kriegsbeginn, nach Angaben der ukrainischen Luftwaffe mit 367 Drohnen und Raketen; mindestens zwölf Menschen kamen ums Leben.
Selenskyj warf dem Kreml am Sonntagmorgen vor, die Welt hinzuhalten, und verlangte „wirklich starken Druck“ auf die russische Führung, vor allem durch neue Sanktionen.
Das Schweigen Amerikas und anderer in der Welt ermutige Putin nur, schrieb der ukrainische Staatschef auf Telegram.

US-Präsident Donald Trump zeigte sich am Sonntagabend (Ortszeit) vor seinem Rückflug nach Washington ungewöhnlich verärgert über den Kremlchef.
„Ich bin nicht glücklich mit dem, was Putin tut“, sagte Trump vor Journalisten; auf die Frage nach neuen Sanktionen gegen Russland antwortete er: „Absolut.“
Wenig später legte er auf seiner Plattform Truth Social nach: Putin sei „völlig verrückt“ geworden, er töte unnötig viele Menschen, und zwar nicht nur Soldaten.
Kremlsprecher Dmitri Peskow führte die Äußerungen am Montag auf eine „emotionale Überlastung“ zurück und dankte Washington zugleich für seine Vermittlungsbemühungen.

Außenminister Sergej Lawrow hatte am Freitag angekündigt, Moskau werde Kiew nach Abschluss des Austauschs ein Memorandum mit Bedingungen für eine dauerhafte Friedenslösung übergeben.
Einen Termin für eine zweite Verhandlungsrunde gibt es bislang nicht; Kiew verlangt, das russische Papier vorab einzusehen.
Bundeskanzler Friedrich Merz sagte am Montag, für die an die Ukraine gelieferten Waffen gebe es keine Reichweitenbeschränkungen mehr, weder von Großbritannien noch von Frankreich, Deutschland oder den USA.
""",
        timexes=[
            T("Sonntag", "DATE", "2025-05-25"),
            T("drei Tagen", "DURATION", "P3D"),
            T("Freitag", "DATE", "2025-05-23"),
            T("Samstag", "DATE", "2025-05-24"),
            T("Sonntag", "DATE", "2025-05-25", n=1),
            T("vor zehn Tagen", "DATE", "2025-05-16"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("der Nacht zu Sonntag", "TIME", "2025-05-24TNI", note="night to Sunday 2025-05-25"),
            T("Sonntagmorgen", "TIME", "2025-05-25TMO"),
            T("Sonntagabend", "TIME", "2025-05-25TEV", note="US local time (Ortszeit)"),
            T("Montag", "DATE", "2025-05-26"),
            T("Freitag", "DATE", "2025-05-23", n=1),
            T("Montag", "DATE", "2025-05-26", n=1),
        ],
        events=[
            E("Third and final stage of the 1000-for-1000 prisoner exchange", "CONCEDE",
              ["Russia", "Ukraine"], "2025-05-25", "text", "occurred", "die dritte und letzte Etappe"),
            E("First stage of the exchange: 390 prisoners per side", "CONCEDE",
              ["Russia", "Ukraine"], "2025-05-23", "text", "occurred", "Binnen drei Tagen"),
            E("Second stage of the exchange: 307 prisoners per side", "CONCEDE",
              ["Russia", "Ukraine"], "2025-05-24", "text", "occurred", "Binnen drei Tagen"),
            E("Direct Russian-Ukrainian talks in Istanbul", "CONSULT",
              ["Russia", "Ukraine"], "2025-05-16", "text", "occurred", "vor zehn Tagen"),
            E("Prisoner exchange agreed at the Istanbul talks", "AGREE",
              ["Russia", "Ukraine"], "2025-05-16", "context", "occurred", "vor zehn Tagen"),
            E("Massive Russian drone and missile attack on Ukraine", "ASSAULT",
              ["Russia", "Ukraine"], "2025-05-24TNI", "text", "occurred", "In der Nacht zu Sonntag überzog"),
            E("Zelensky accused the Kremlin of stalling", "ACCUSE",
              ["Volodymyr Zelensky", "Kremlin"], "2025-05-25TMO", "text", "occurred", "Selenskyj warf dem Kreml"),
            E("Zelensky demanded strong pressure and new sanctions on Russia", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-05-25TMO", "text", "occurred", "Selenskyj warf dem Kreml"),
            E("Trump said Putin had gone crazy and was killing many people needlessly", "ACCUSE",
              ["Donald Trump", "Vladimir Putin"], "2025-05-25TEV", "context", "occurred", "Truth Social"),
            E("Kyiv demanded to see the Russian memorandum before a second round", "REQUEST",
              ["Ukraine", "Russia"], "2025-05-26", "published", "occurred", "das russische Papier vorab einzusehen"),
        ],
        statements=[
            S("Volodymyr Zelensky", "The Kremlin is stalling; strong pressure and new sanctions are needed",
              "2025-05-25TMO", "text", "Selenskyj warf dem Kreml"),
            S("Volodymyr Zelensky", "The silence of America and others only encourages Putin", "2025-05-25TMO", "context",
              "Das Schweigen Amerikas"),
            S("Donald Trump", "Not happy with what Putin is doing; 'absolutely' considering new sanctions",
              "2025-05-25TEV", "context", "Ich bin nicht glücklich"),
            S("Donald Trump", "Putin has gone absolutely crazy and is needlessly killing many people", "2025-05-25TEV",
              "context", "Truth Social"),
            S("Dmitry Peskov", "Trump's remarks reflect emotional overload; thanks Washington for its mediation",
              "2025-05-26", "text", "emotionale Überlastung"),
            S("Sergey Lavrov", "Moscow will hand Kyiv a memorandum with conditions for a lasting peace after the exchange",
              "2025-05-23", "text", "Außenminister Sergej Lawrow"),
            S("Friedrich Merz", "There are no longer range restrictions on weapons delivered to Ukraine", "2025-05-26",
              "text", "Reichweitenbeschränkungen"),
        ],
        actors=["Russia", "Ukraine", "Kremlin", "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump", "United States",
                "Dmitry Peskov", "Sergey Lavrov", "Friedrich Merz", "Germany", "United Kingdom", "France"],
    ),
    # ------------------------------------------------------------------ b5de06
    dict(
        id="b5de06_kinder_rueckkehr_katar_2025_10",
        lang="de",
        published="2025-10-11",
        body="""
Melania Trump meldet Rückkehr ukrainischer Kinder – Katar bestätigt Vermittlung

Washington/Kiew (dpa) - Acht ukrainische Kinder, die durch den Krieg von ihren Familien getrennt worden waren, sind nach Angaben der amerikanischen First Lady Melania Trump wieder bei ihren Angehörigen.
Innerhalb der vergangenen 24 Stunden seien die Kinder zurückgebracht worden, sagte die Ehefrau von US-Präsident Donald Trump am Freitagnachmittag im Weißen Haus.
Sie stehe seit ihrem Brief an Kremlchef Wladimir Putin im August über einen „offenen Kommunikationskanal“ mit ihm in Verbindung, beide Seiten hätten „in gutem Glauben“ verhandelt.
Ihr Mann hatte das Schreiben bei seinem Gipfeltreffen mit Putin in Anchorage Mitte August persönlich überreicht.

Katar, das seit dem Herbst 2023 zwischen Moskau und Kiew in Fragen verschleppter Kinder vermittelt, bestätigte am Samstag seine Beteiligung an der Rückführung.
Über Doha seien seit Beginn der Vermittlung mehr als 100 Kinder zu ihren Familien zurückgekehrt, teilte das Außenministerium des Emirats mit.
Der ukrainische Präsident Wolodymyr Selenskyj dankte der First Lady und dem Emirat am Freitagabend in seiner täglichen Videobotschaft und sprach von einem Signal, „dass Menschlichkeit möglich ist“.

Die Ukraine wirft Russland vor, seit Februar 2022 fast 20.000 Kinder verschleppt zu haben; Moskau spricht von einer Evakuierung aus umkämpften Gebieten.
Der Internationale Strafgerichtshof hatte deshalb im März 2023 Haftbefehl gegen Putin und die russische Kinderrechtsbeauftragte Maria Lwowa-Belowa erlassen.
Bei den Istanbuler Gesprächen im Juni hatte die ukrainische Delegation den Russen eine Liste mit 339 Namen verschleppter Kinder übergeben und deren Rückkehr verlangt.
Der russische Delegationsleiter Wladimir Medinski sagte damals zu, die Fälle zu prüfen, sprach aber zugleich von einer „Show für mitleidige Europäer“.

Kremlsprecher Dmitri Peskow bestätigte am Samstag lediglich, es gebe „Kontakte auf humanitärer Ebene“; Einzelheiten nannte er nicht.
Russland sei bereit, Fälle einzelner Kinder zu prüfen, sobald Kiew entsprechende Listen vorlege, fügte er hinzu.
Nach Angaben des Weißen Hauses will Trump in der kommenden Woche erneut mit Putin telefonieren.
""",
        timexes=[
            T("der vergangenen 24 Stunden", "DURATION", "PT24H"),
            T("Freitagnachmittag", "TIME", "2025-10-10TAF"),
            T("August", "DATE", "2025-08"),
            T("Mitte August", "DATE", "2025-08", mod="MID"),
            T("dem Herbst 2023", "DATE", "2023-FA"),
            T("Samstag", "DATE", "2025-10-11"),
            T("Freitagabend", "TIME", "2025-10-10TEV"),
            T("täglichen", "SET", "P1D"),
            T("Februar 2022", "DATE", "2022-02"),
            T("März 2023", "DATE", "2023-03"),
            T("Juni", "DATE", "2025-06"),
            T("Samstag", "DATE", "2025-10-11", n=1),
            T("der kommenden Woche", "DATE", "2025-W42"),
        ],
        events=[
            E("Eight Ukrainian children returned to their families", "CONCEDE",
              ["Russia", "Ukraine"], "2025-10-10", "context", "occurred", "Innerhalb der vergangenen 24 Stunden",
              note="within the 24 hours before the Friday-afternoon statement"),
            E("Melania Trump's letter to Putin about the children", "REQUEST",
              ["Vladimir Putin"], "2025-08", "text", "occurred", "seit ihrem Brief an Kremlchef",
              note="Melania Trump is not a canonical actor; the letter was handed over on 2025-08-15"),
            E("Trump–Putin summit in Anchorage", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2025-08", "text", "occurred", "Gipfeltreffen mit Putin in Anchorage",
              date_mod="MID", note="2025-08-15"),
            E("Ukraine accuses Russia of deporting nearly 20,000 children", "ACCUSE",
              ["Ukraine", "Russia"], "2025-10-11", "published", "occurred", "fast 20.000 Kinder"),
            E("ICC issued an arrest warrant for Putin", "ACCUSE",
              ["Vladimir Putin"], "2023-03", "text", "occurred", "Internationale Strafgerichtshof",
              note="the ICC is not canonical; warrant of 2023-03-17"),
            E("Russian-Ukrainian talks in Istanbul", "CONSULT",
              ["Russia", "Ukraine"], "2025-06", "text", "occurred", "Bei den Istanbuler Gesprächen im Juni",
              note="2025-06-02"),
            E("Ukraine handed over a list of 339 children and demanded their return", "REQUEST",
              ["Ukraine", "Russia"], "2025-06", "text", "occurred", "Bei den Istanbuler Gesprächen im Juni"),
            E("Medinsky promised to examine the cases", "AGREE",
              ["Vladimir Medinsky", "Ukraine"], "2025-06", "context", "occurred", "Wladimir Medinski sagte damals zu"),
            E("Trump to speak with Putin by phone again", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2025-W42", "text", "planned", "erneut mit Putin telefonieren"),
        ],
        statements=[
            S("Qatar", "Confirms its involvement in the children's return", "2025-10-11", "text",
              "bestätigte am Samstag seine Beteiligung"),
            S("Qatar", "More than 100 children have returned to their families via Doha since mediation began",
              "2025-10-11", "context", "Über Doha seien"),
            S("Volodymyr Zelensky", "Thanks the First Lady and Qatar; a signal that humanity is possible",
              "2025-10-10TEV", "text", "dankte der First Lady"),
            S("Ukraine", "Russia has deported nearly 20,000 children since February 2022", "2025-10-11", "published",
              "fast 20.000 Kinder"),
            S("Russia", "The children were evacuated from combat zones", "2025-10-11", "published", "fast 20.000 Kinder"),
            S("Vladimir Medinsky", "Will examine the cases, but calls the list a show for compassionate Europeans",
              "2025-06", "context", "Wladimir Medinski sagte damals zu"),
            S("Dmitry Peskov", "There are contacts at the humanitarian level; no details", "2025-10-11", "text",
              "Kontakte auf humanitärer Ebene"),
            S("Dmitry Peskov", "Russia is ready to examine individual cases once Kyiv submits lists", "2025-10-11",
              "context", "Fälle einzelner Kinder"),
            S("White House", "Trump plans another phone call with Putin next week", "2025-10-11", "published",
              "erneut mit Putin telefonieren"),
        ],
        actors=["Donald Trump", "United States", "Vladimir Putin", "Kremlin", "Qatar", "Russia", "Ukraine",
                "Volodymyr Zelensky", "Vladimir Medinsky", "Dmitry Peskov", "White House"],
    ),
]
