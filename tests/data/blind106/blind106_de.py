"""German articles of the blind106 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b106de01 (CHIP Online)
DE01 = """
Starlink für die Ukraine: Musk schaltet Satelliten-Internet frei – erste Terminals sind da

Elon Musk hat sein Satelliten-Internet Starlink für die Ukraine freigeschaltet.
Am Montag traf nach Angaben der Regierung in Kiew eine erste Lkw-Ladung mit Empfangsanlagen im Land ein.
„Starlink ist da. Danke, @elonmusk“, schrieb der ukrainische Vizeregierungschef und Digitalminister Mychajlo Fedorow auf Twitter und zeigte ein Foto der weißen Kartons.
Was hinter der schnellen Hilfe steckt und was das System kann, erklärt CHIP hier.

Fedorow hatte den SpaceX-Chef am Samstag öffentlich um Hilfe gebeten.
„Während Sie versuchen, den Mars zu kolonisieren, versucht Russland, die Ukraine zu besetzen“, schrieb er und bat um Starlink-Stationen für sein Land.
Noch am selben Abend antwortete Musk, der Dienst sei in der Ukraine aktiv, weitere Terminals seien unterwegs.

Seit dem Beginn der russischen Invasion am Donnerstag sind in der Ukraine vielerorts Mobilfunk- und Internetverbindungen gestört.
Am Donnerstagmorgen war zudem der Satellitendienst KA-SAT des US-Betreibers Viasat ausgefallen; Zehntausende Modems in ganz Europa, darunter die Fernwartung von rund 5800 Windrädern, sind seither offline.
Starlink-Satelliten kreisen dagegen in rund 550 Kilometern Höhe, die Nutzer brauchen nur eine Schüssel, einen Router und Strom.
Fachleute warnen allerdings, dass sich die Signale der Terminals orten lassen könnten.

Auch im All ist der Krieg angekommen.
US-Präsident Joe Biden hatte am Donnerstag Exportkontrollen für Halbleiter und andere Hochtechnologie verhängt, die nach seinen Worten auch das russische Raumfahrtprogramm schwächen sollen.
Der Chef der russischen Raumfahrtbehörde Roskosmos, Dmitri Rogosin, antwortete noch am Abend mit einer Drohung: Ohne Russland könne die Internationale Raumstation ISS unkontrolliert abstürzen, „auf die USA oder Europa“.
Am Samstag stoppte Roskosmos als Antwort auf die Sanktionen der EU zudem alle Sojus-Starts vom europäischen Weltraumbahnhof Kourou in Französisch-Guayana und zog seine Techniker ab.
Das Deutsche Zentrum für Luft- und Raumfahrt (DLR) beendete auf Weisung des Bundesforschungsministeriums am selben Tag alle laufenden und geplanten Projekte mit russischen Partnern.

Für die Ukraine zählt vorerst vor allem, dass die Verbindung steht.
Fedorow kündigte an, die Terminals sollten zuerst an Krankenhäuser, Behörden und Gemeinden gehen, die vom Netz abgeschnitten sind.
In den kommenden Tagen sollen weitere Lieferungen folgen, teils über das Nachbarland Polen.
Wer für die Geräte und den Betrieb bezahlt, hat Musk bislang nicht gesagt.
"""

# ---------------------------------------------------------------- b106de02 (aerokurier)
DE02 = """
Atomwaffe im Orbit? Putin weist US-Warnung vor russischer Antisatellitenwaffe zurück

Kremlchef Wladimir Putin hat Berichte über eine russische Atomwaffe zum Einsatz im Weltraum zurückgewiesen.
„Wir waren immer kategorisch gegen die Stationierung von Atomwaffen im All, und wir sind es auch jetzt“, sagte Putin am Dienstag bei einem Treffen mit Verteidigungsminister Sergej Schoigu in Moskau.
Russland verfüge im Orbit nur über Fähigkeiten, wie sie andere Staaten auch hätten, darunter die USA.
Schoigu ergänzte, die Vorwürfe aus Washington sollten allein den US-Kongress dazu bringen, weitere Milliarden für die Ukraine freizugeben.

Ausgelöst hatte die Debatte der Vorsitzende des Geheimdienstausschusses im US-Repräsentantenhaus, der Republikaner Mike Turner.
Er warnte am Mittwoch vergangener Woche vor einer „ernsten Bedrohung der nationalen Sicherheit“ und forderte Präsident Joe Biden auf, die zugrunde liegenden Informationen freizugeben.
Am Donnerstag bestätigte der Sprecher des Nationalen Sicherheitsrats, John Kirby, dass Russland an einer „besorgniserregenden“ Fähigkeit zur Bekämpfung von Satelliten arbeite.
Sie sei weder einsatzbereit noch stationiert und keine unmittelbare Gefahr, würde aber gegen den Weltraumvertrag von 1967 verstoßen, den auch Moskau unterzeichnet habe, sagte Kirby.
Biden selbst sagte am Freitag, es gebe „keine nukleare Bedrohung für die Menschen in Amerika“.

Nach Angaben aus Washington geht es um einen Satelliten mit nuklearer Ladung, dessen elektromagnetischer Puls ganze Konstellationen im niedrigen Erdorbit lahmlegen könnte – auch die Starlink-Satelliten, auf die sich die ukrainischen Streitkräfte stützen.
Fachleute bringen das Vorhaben mit dem Satelliten Kosmos 2553 in Verbindung, den Russland im Februar 2022 in eine ungewöhnlich hohe, strahlungsbelastete Bahn gebracht hatte.
Im November 2021 hatte Moskau mit einer Rakete vom Boden aus den ausgedienten Satelliten Kosmos 1408 zerstört; die Trümmerwolke zwang die Besatzung der ISS damals in ihre Rettungskapseln.

US-Außenminister Antony Blinken sagte, er habe das Thema am Freitag am Rande der Münchner Sicherheitskonferenz mit Chinas Außenminister Wang Yi und seinem indischen Kollegen Subrahmanyam Jaishankar besprochen.
Beide Länder hätten Einfluss in Moskau und sollten ihn nutzen, verlangte Blinken.
Kremlsprecher Dmitri Peskow hatte die Berichte bereits am Donnerstag als „böswillige Erfindung“ abgetan.

Im Weltraumkommando der Bundeswehr im niederrheinischen Uedem wird die Bahn der verdächtigen Satelliten laufend verfolgt.
Ein Sprecher des Verteidigungsministeriums sagte aerokurier, man nehme die Hinweise „sehr ernst“ und stimme sich eng mit den Verbündeten in der Nato ab.
Deutschland hatte sich im September 2022 dem von den USA angestoßenen Verzicht auf zerstörerische Tests von Antisatellitenraketen angeschlossen.
Die UN-Vollversammlung unterstützte den Verzicht im Dezember 2022 mit großer Mehrheit; Russland und China stimmten dagegen.
"""

# ---------------------------------------------------------------- b106de03 (t3n)
DE03 = """
Crowdfunding fürs All: Ukrainer kaufen ihrer Armee einen eigenen Radarsatelliten

Mit Spenden von knapp 17 Millionen Dollar hat sich die Ukraine Zugriff auf einen Radarsatelliten des finnischen New-Space-Unternehmens Iceye gesichert.
Die Stiftung des Fernsehmoderators Serhij Prytula unterzeichnete den Vertrag am Donnerstag zusammen mit dem ukrainischen Verteidigungsministerium, wie beide Seiten mitteilten.
Ein bereits kreisender Satellit wird dabei vollständig an die ukrainische Seite übergeben.
Zusätzlich erhält das Land ein Jahr lang Zugriff auf Daten der gesamten Konstellation des Herstellers.

Das Geld hatte Prytula ursprünglich im Juni für drei Kampfdrohnen vom Typ Bayraktar TB2 gesammelt.
Innerhalb von drei Tagen kamen damals umgerechnet rund 20 Millionen Euro zusammen – ein Rekord für eine private Sammelaktion in der Ukraine.
Der Drohnenhersteller Baykar verzichtete dann auf die Zahlung und schenkte der Ukraine die Maschinen; der größte Teil der Spenden war plötzlich frei.
„Das ist der erste Satellit, den ein Volk für seine Armee gekauft hat“, sagte Prytula bei der Vorstellung in Kiew.

Der militärische Nutzen ist erheblich: Radarsatelliten mit synthetischer Apertur sehen durch Wolken und bei Nacht und erkennen Objekte von weniger als einem Meter Größe.
Der Chef des Militärgeheimdienstes HUR, Kyrylo Budanow, sagte, der Satellit werde schon in den nächsten Tagen erste Aufnahmen für die Streitkräfte liefern.
Verteidigungsminister Oleksij Resnikow sprach von einer „neuen Ära“, weil die Armee bislang vor allem auf Bilder ihrer Partner angewiesen gewesen sei.

Diese Bilder kommen zum großen Teil aus den USA.
Washington hatte im April zugesagt, der Ukraine kommerzielle Satellitenaufnahmen zu überlassen, die der US-Geheimdienst NGA bei Anbietern wie Maxar und Planet einkauft.
Auch das EU-Satellitenzentrum SatCen im spanischen Torrejón liefert seit dem Frühjahr Auswertungen nach Kiew.

In Moskau wird die zivile Raumfahrt zunehmend als Teil des Krieges gesehen.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hatte den USA schon im Juni vorgeworfen, sich über private Satellitenbetreiber „direkt am Konflikt zu beteiligen“.
Der Kreml äußerte sich zu dem Kauf nicht.

Für Iceye ist der Deal auch ein Schaufenster.
Das 2014 gegründete Start-up aus Espoo betreibt nach eigenen Angaben mehr als 20 Satelliten und verkauft seine Daten an Versicherer, Behörden und Streitkräfte.
Prytulas Stiftung will als Nächstes Geld für Aufklärungsdrohnen sammeln.
"""

# ---------------------------------------------------------------- b106de04 (Produktion)
DE04 = """
Blinken in Peking: USA werfen China Lieferung von Werkzeugmaschinen für Russlands Rüstung vor

Peking/Landsberg. US-Außenminister Antony Blinken hat China aufgefordert, die Lieferung von Werkzeugmaschinen und Mikroelektronik an die russische Rüstungsindustrie einzustellen.
China sei inzwischen der wichtigste Lieferant solcher Güter an Russland, sagte Blinken am Freitag nach einem Treffen mit Staats- und Parteichef Xi Jinping in der Großen Halle des Volkes.
„Ohne Chinas Unterstützung hätte Russland Mühe, seinen Angriff auf die Ukraine fortzusetzen“, sagte er.
Wenn Peking nicht handle, würden die Vereinigten Staaten es tun.

Xi sagte nach Angaben des Staatsfernsehens, China und die USA sollten Partner und keine Rivalen sein.
Außenminister Wang Yi hatte Blinken am Vormittag in einem mehr als fünfstündigen Gespräch davor gewarnt, den normalen Handel zwischen China und Russland zu behindern.
Dieser Handel richte sich gegen keine dritte Partei, sagte Wang.
Blinken war am Mittwoch zunächst in Shanghai eingetroffen, wo er mit Studenten und Vertretern amerikanischer Unternehmen sprach.

Die Außenminister der G7, darunter Deutschland, Frankreich, Großbritannien und die USA, hatten in der vergangenen Woche auf Capri verlangt, China müsse die Lieferung von Gütern mit doppeltem Verwendungszweck an Russland stoppen.
Bundeskanzler Olaf Scholz hatte Xi Mitte April bei seinem Besuch in Peking gebeten, auf Moskau einzuwirken.

Nach US-Angaben stammen rund 90 Prozent der von Russland importierten Mikroelektronik und etwa 70 Prozent der eingeführten Werkzeugmaschinen aus China.
Vor dem Krieg kamen viele CNC-Maschinen aus Deutschland, Japan und Taiwan.
Ein Sprecher des Branchenverbands VDW sagte Produktion, die Ausfuhren deutscher Werkzeugmaschinen nach Russland seien seit 2022 um mehr als 90 Prozent eingebrochen.
Trotzdem tauchten europäische Fabrikate weiter in russischen Rüstungsbetrieben auf, geliefert über Drittstaaten wie die Türkei, Kasachstan oder Kirgistan.
Die Steuerungen und Ersatzteile für die Maschinen gelten als besonders schwer zu ersetzen.

In Moskau wies Außenamtssprecherin Maria Sacharowa die Vorwürfe am Freitag zurück und sprach von einer „Erpressung“ Chinas durch Washington.
Nach Medienberichten bereitet die US-Regierung Sanktionen gegen chinesische Banken vor, die Geschäfte mit der russischen Rüstungsindustrie abwickeln.
Für die deutschen Maschinenbauer bleibt China dennoch der wichtigste Absatzmarkt außerhalb Europas.
"""

# ---------------------------------------------------------------- b106de05 (Computerwoche)
DE05 = """
Starlink-Streit: Musk verteidigt Funkloch vor der Krim – Kiew spricht von Mitschuld

SpaceX-Chef Elon Musk hat eingeräumt, im September 2022 eine ukrainische Bitte um Starlink-Verbindungen vor der Halbinsel Krim abgelehnt zu haben.
Ein am Donnerstag veröffentlichter Auszug aus der Biografie des Autors Walter Isaacson, die am kommenden Dienstag erscheint, hatte berichtet, Musk habe seine Ingenieure angewiesen, das Netz in Küstennähe abzuschalten.
Damit habe er einen geplanten Angriff ukrainischer Seedrohnen auf die russische Schwarzmeerflotte in Sewastopol vereitelt.
Musk widersprach auf seiner Plattform X: Die Region sei nie aktiviert gewesen, vielmehr hätten ukrainische Regierungsstellen in einer Notfallanfrage verlangt, Starlink bis Sewastopol einzuschalten.
„Hätte ich zugestimmt, wäre SpaceX ausdrücklich an einer großen Kriegshandlung und an einer Eskalation des Konflikts beteiligt gewesen“, schrieb er.

In Kiew löste die Darstellung Empörung aus.
Der Berater des ukrainischen Präsidenten, Mychajlo Podoljak, warf Musk am Donnerstag vor, er habe der russischen Flotte mit seiner Einmischung erlaubt, weiter Marschflugkörper vom Typ Kalibr auf ukrainische Städte abzufeuern.
„Zivilisten und Kinder werden getötet, das ist der Preis eines gigantischen Egos“, schrieb Podoljak.
Digitalminister Mychajlo Fedorow betonte dagegen, Starlink bleibe ein unverzichtbarer Teil der Kommunikation an der Front.

Laut Isaacson hatte Musk vor seiner Entscheidung mit dem russischen Botschafter in Washington gesprochen, der ihm für den Fall eines Angriffs auf die Krim mit einer nuklearen Antwort gedroht habe.
Ein Telefonat mit Kremlchef Wladimir Putin hatte Musk im Oktober 2022 bestritten.
Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau habe die Berichte zur Kenntnis genommen, kommentiere aber keine Bücher.

In Washington rückt die Abhängigkeit von einem einzelnen Unternehmen stärker in den Blick.
Das Verteidigungsministerium hatte im Juni einen Vertrag mit SpaceX über Starlink-Dienste für die Ukraine bestätigt, über dessen Umfang es keine Angaben macht.
Der demokratische Senator Jack Reed kündigte am Donnerstag an, der Streitkräfteausschuss werde die Rolle des Konzerns prüfen.

Für IT-Verantwortliche ist der Fall ein Lehrstück über Lieferantenrisiken.
Starlink betreibt inzwischen mehr als 4000 Satelliten; die EU will mit ihrem eigenen Netz IRIS² erst ab 2027 eine Alternative bieten.
"""

# ---------------------------------------------------------------- b106de06 (ingenieur.de)
DE06 = """
Atomwaffen im All: Russland stoppt UN-Resolution – „Was könnten Sie verbergen?“

Russland hat am Mittwoch im UN-Sicherheitsrat eine Resolution gegen die Stationierung von Atomwaffen im Weltraum mit seinem Veto verhindert.
Für den von den USA und Japan eingebrachten Entwurf stimmten in New York 13 der 15 Ratsmitglieder, China enthielt sich.
Der Text hätte alle Staaten verpflichtet, keine Kernwaffen oder andere Massenvernichtungswaffen in eine Erdumlaufbahn zu bringen, wie es der Weltraumvertrag von 1967 ohnehin vorsieht.

Der russische UN-Botschafter Wassili Nebensja nannte den Entwurf ein „zynisches Spektakel“, mit dem Washington von eigenen Plänen zur Bewaffnung des Weltraums ablenken wolle.
Ein russisch-chinesischer Änderungsantrag, der alle Waffen im All verbieten sollte, fand keine Mehrheit: Sieben Staaten stimmten dafür, sieben dagegen.
US-Botschafterin Linda Thomas-Greenfield fragte in Richtung Moskau: „Was könnten Sie verbergen?“
Der Nationale Sicherheitsberater Jake Sullivan erklärte am Abend, das Veto werfe die Frage auf, ob Russland tatsächlich an einem Satelliten mit Atomwaffe arbeite.

Washington hatte im Februar öffentlich gemacht, dass Moskau eine solche Antisatellitenwaffe entwickle; Kremlchef Wladimir Putin hatte das damals bestritten.
Technisch wäre eine Kernexplosion im niedrigen Orbit verheerend: Der elektromagnetische Puls und die eingefangene Strahlung würden über Monate Hunderte Satelliten beschädigen, ohne Rücksicht auf deren Betreiber.
Das zeigte bereits der US-Test Starfish Prime von 1962, nach dem mehrere Satelliten ausfielen.
„Heute wären Tausende kleiner Satelliten in derselben Höhe betroffen, auch die Starlink-Flotte, auf die sich die ukrainische Armee stützt“, sagt ein Raumfahrtingenieur der Universität der Bundeswehr in München.

Das ukrainische Außenministerium warf Moskau vor, mit dem Veto erneut zu zeigen, dass es internationale Regeln missachte.
Das Auswärtige Amt in Berlin bedauerte die Blockade und rief Russland auf, sich an den Weltraumvertrag zu halten.
Russland und China kündigten an, in den kommenden Wochen einen eigenen Entwurf in den Sicherheitsrat einzubringen.
Beide Länder werben seit 2008 für einen Vertrag gegen Waffen im All, den die USA ablehnen, weil er bodengestützte Antisatellitenraketen nicht erfasst.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b106de01_starlink_freigeschaltet_2022_02", "2022-02-28", DE01,
        [
            T("Montag", "DATE", "2022-02-28"),
            T("Samstag", "DATE", "2022-02-26", 0),
            T("selben Abend", "TIME", "2022-02-26TEV"),
            T("Donnerstag", "DATE", "2022-02-24", 0),
            T("Donnerstagmorgen", "TIME", "2022-02-24TMO"),
            T("Donnerstag", "DATE", "2022-02-24", 1),
            T("Abend", "TIME", "2022-02-24TEV", 1),
            T("Samstag", "DATE", "2022-02-26", 1),
            T("selben Tag", "DATE", "2022-02-26"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("First truckload of Starlink terminals arrives in Ukraine", "AID", ["Ukraine"], "2022-02-28", "text",
              "occurred", "Am Montag traf"),
            E("Fedorov asks Musk publicly for Starlink stations", "REQUEST", ["Ukraine"], "2022-02-26", "text",
              "occurred", "Fedorow hatte den SpaceX-Chef am Samstag"),
            E("Musk activates Starlink service in Ukraine", "AID", ["Ukraine"], "2022-02-26TEV", "text", "occurred",
              "Noch am selben Abend antwortete Musk"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "Seit dem Beginn der russischen Invasion"),
            E("Biden imposes export controls on semiconductors and high technology on Russia", "SANCTION",
              ["Joe Biden", "Russia"], "2022-02-24", "text", "occurred", "Exportkontrollen für Halbleiter"),
            E("Rogozin threatens that the ISS could crash onto the US or Europe", "THREATEN",
              ["Russia", "United States"], "2022-02-24TEV", "text", "occurred", "antwortete noch am Abend"),
            E("Roscosmos halts Soyuz launches from Kourou in response to EU sanctions", "SANCTION",
              ["Russia", "European Union"], "2022-02-26", "text", "occurred", "stoppte Roskosmos"),
            E("DLR ends all projects with Russian partners on the research ministry's order", "SANCTION",
              ["Germany", "Russia"], "2022-02-26", "text", "occurred", "Das Deutsche Zentrum für Luft- und Raumfahrt"),
            E("More Starlink deliveries to follow, partly via Poland", "AID", ["Ukraine"], "FUTURE_REF", "vague",
              "planned", "In den kommenden Tagen sollen weitere Lieferungen"),
        ],
        [
            S("Ukraine", "Fedorov: Starlink is here, thanks to Musk", "2022-02-28", "context", "Starlink ist da"),
            S("Ukraine", "Fedorov: while you try to colonise Mars, Russia tries to occupy Ukraine; asks for Starlink",
              "2022-02-26", "context", "den Mars zu kolonisieren"),
            S("Joe Biden", "The export controls will also weaken Russia's space programme", "2022-02-24", "context",
              "Exportkontrollen für Halbleiter"),
            S("Russia", "Rogozin: without Russia the ISS could crash uncontrolled onto the US or Europe",
              "2022-02-24TEV", "text", "antwortete noch am Abend"),
            S("Ukraine", "Fedorov: terminals go first to hospitals, authorities and cut-off communities", "2022-02-28",
              "published", "Fedorow kündigte an"),
        ],
        ["Ukraine", "Russia", "Joe Biden", "United States", "European Union", "Germany", "Poland"],
    ),
    doc(
        "b106de02_antisatellitenwaffe_putin_2024_02", "2024-02-21", DE02,
        [
            T("jetzt", "DATE", "PRESENT_REF", note="in Putin's quote, speech time Tuesday 20 February"),
            T("Dienstag", "DATE", "2024-02-20"),
            T("Mittwoch vergangener Woche", "DATE", "2024-02-14"),
            T("Donnerstag", "DATE", "2024-02-15", 0),
            T("1967", "DATE", "1967"),
            T("Freitag", "DATE", "2024-02-16", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("November 2021", "DATE", "2021-11"),
            T("Freitag", "DATE", "2024-02-16", 1),
            T("Donnerstag", "DATE", "2024-02-15", 1),
            T("September 2022", "DATE", "2022-09"),
            T("Dezember 2022", "DATE", "2022-12"),
        ],
        [
            E("Putin rejects reports of a Russian nuclear weapon for space", "REJECT",
              ["Vladimir Putin", "United States"], "2024-02-20", "text", "occurred", "sagte Putin am Dienstag"),
            E("Shoigu accuses Washington of using the charge to unlock Ukraine aid in Congress", "ACCUSE",
              ["Russia", "United States"], "2024-02-20", "context", "occurred", "Schoigu ergänzte"),
            E("Turner warns of a serious threat and asks Biden to declassify the information", "REQUEST",
              ["United States", "Joe Biden"], "2024-02-14", "text", "occurred", "forderte Präsident Joe Biden auf"),
            E("Kirby confirms Russia is developing an anti-satellite capability", "ACCUSE", ["White House", "Russia"],
              "2024-02-15", "text", "occurred", "Am Donnerstag bestätigte der Sprecher"),
            E("Kirby: the weapon would violate the Outer Space Treaty", "ACCUSE", ["White House", "Russia"],
              "2024-02-15", "context", "occurred", "Weltraumvertrag von 1967"),
            E("Blinken raises the issue with Wang Yi in Munich", "CONSULT", ["Antony Blinken", "China"], "2024-02-16",
              "text", "occurred", "Münchner Sicherheitskonferenz"),
            E("Blinken asks China and India to use their influence in Moscow", "REQUEST",
              ["Antony Blinken", "China", "Russia"], "2024-02-16", "context", "occurred", "verlangte Blinken"),
            E("Peskov dismisses the reports as a malicious fabrication", "REJECT", ["Dmitry Peskov", "White House"],
              "2024-02-15", "text", "occurred", "böswillige Erfindung"),
            E("Germany joins the US-initiated moratorium on destructive ASAT missile tests", "AGREE",
              ["Germany", "United States"], "2022-09", "text", "occurred", "Deutschland hatte sich im September 2022"),
            E("UN General Assembly backs the ASAT test moratorium", "REQUEST", ["United Nations"], "2022-12", "text",
              "occurred", "Die UN-Vollversammlung unterstützte"),
            E("Russia and China vote against the moratorium resolution", "REJECT",
              ["Russia", "China", "United Nations"], "2022-12", "context", "occurred",
              "Die UN-Vollversammlung unterstützte"),
        ],
        [
            S("Vladimir Putin", "Russia has always been categorically against nuclear weapons in space and still is",
              "2024-02-20", "text", "sagte Putin am Dienstag"),
            S("Vladimir Putin", "Russia's space capabilities are no different from other states', including the US",
              "2024-02-20", "context", "Russland verfüge im Orbit"),
            S("Russia", "Shoigu: no such plans; the charges are meant to push Congress to release Ukraine money",
              "2024-02-20", "context", "Schoigu ergänzte"),
            S("United States", "Turner warns of a serious national security threat and asks for declassification",
              "2024-02-14", "text", "forderte Präsident Joe Biden auf"),
            S("White House", "Kirby: Russia is developing a troubling anti-satellite capability", "2024-02-15", "text",
              "Am Donnerstag bestätigte der Sprecher"),
            S("White House", "Kirby: not operational or deployed, no immediate threat, but would violate the 1967 "
              "treaty", "2024-02-15", "context", "Weltraumvertrag von 1967"),
            S("Joe Biden", "There is no nuclear threat to the people of America", "2024-02-16", "text",
              "Biden selbst sagte am Freitag"),
            S("Antony Blinken", "Raised the issue with China's and India's foreign ministers in Munich", "2024-02-16",
              "text", "Münchner Sicherheitskonferenz"),
            S("Antony Blinken", "China and India have influence in Moscow and should use it", "2024-02-16", "context",
              "verlangte Blinken"),
            S("Dmitry Peskov", "The reports are a malicious fabrication", "2024-02-15", "text",
              "böswillige Erfindung"),
            S("Germany", "Defence ministry takes the warnings very seriously and coordinates with NATO allies",
              "2024-02-21", "published", "Ein Sprecher des Verteidigungsministeriums"),
        ],
        ["Vladimir Putin", "Russia", "United States", "Ukraine", "Joe Biden", "White House", "Antony Blinken", "China",
         "Dmitry Peskov", "Kremlin", "Germany", "NATO", "United Nations"],
    ),
    doc(
        "b106de03_volkssatellit_iceye_2022_08", "2022-08-19", DE03,
        [
            T("Donnerstag", "DATE", "2022-08-18"),
            T("ein Jahr", "DURATION", "P1Y"),
            T("Juni", "DATE", "2022-06", 0),
            T("drei Tagen", "DURATION", "P3D"),
            T("den nächsten Tagen", "DATE", "FUTURE_REF"),
            T("April", "DATE", "2022-04"),
            T("dem Frühjahr", "DATE", "2022-SP"),
            T("Juni", "DATE", "2022-06", 1),
            T("2014", "DATE", "2014"),
        ],
        [
            E("Prytula foundation and Ukraine's defence ministry sign the Iceye satellite contract", "AGREE",
              ["Ukraine"], "2022-08-18", "text", "occurred", "unterzeichnete den Vertrag am Donnerstag"),
            E("A satellite in orbit is handed over to Ukraine", "AID", ["Ukraine"], "2022-08-18", "context",
              "occurred", "Ein bereits kreisender Satellit"),
            E("Ukraine gets a year of access to Iceye's constellation data", "AID", ["Ukraine"], "2022-08-18",
              "context", "occurred", "Zusätzlich erhält das Land"),
            E("Baykar donates the Bayraktar drones to Ukraine", "AID", ["Ukraine"], "2022-06", "context", "occurred",
              "Der Drohnenhersteller Baykar"),
            E("US pledges commercial satellite imagery bought by the NGA to Ukraine", "AID",
              ["United States", "Ukraine"], "2022-04", "text", "occurred", "Washington hatte im April zugesagt"),
            E("EU SatCen supplies image analyses to Kyiv", "AID", ["European Union", "Ukraine"], "2022-SP", "text",
              "occurred", "SatCen", date_mod="START"),
            E("Zakharova accuses the US of direct involvement in the conflict through satellite operators", "ACCUSE",
              ["Maria Zakharova", "United States"], "2022-06", "text", "occurred", "Maria Sacharowa"),
        ],
        [
            S("Ukraine", "The foundation and the defence ministry announce the Iceye contract", "2022-08-18",
              "context", "unterzeichnete den Vertrag am Donnerstag"),
            S("Ukraine", "Budanov: the satellite will deliver first images for the armed forces in the next days",
              "2022-08-19", "published", "Kyrylo Budanow"),
            S("Ukraine", "Reznikov: a new era, the army so far relied mainly on partners' images", "2022-08-19",
              "published", "Oleksij Resnikow"),
            S("Maria Zakharova", "The US takes part directly in the conflict through private satellite operators",
              "2022-06", "text", "Maria Sacharowa"),
        ],
        ["Ukraine", "United States", "European Union", "Russia", "Maria Zakharova", "Kremlin"],
    ),
    doc(
        "b106de04_blinken_peking_werkzeugmaschinen_2024_04", "2024-04-27", DE04,
        [
            T("Freitag", "DATE", "2024-04-26", 0),
            T("Vormittag", "TIME", "2024-04-26TMO"),
            T("mehr als fünfstündigen", "DURATION", "PT5H", mod="MORE_THAN"),
            T("Mittwoch", "DATE", "2024-04-24"),
            T("der vergangenen Woche", "DATE", "2024-W16"),
            T("Mitte April", "DATE", "2024-04", mod="MID"),
            T("2022", "DATE", "2022"),
            T("Freitag", "DATE", "2024-04-26", 1),
        ],
        [
            E("Blinken meets Xi Jinping in Beijing", "CONSULT", ["Antony Blinken", "Xi Jinping"], "2024-04-26", "text",
              "occurred", "China sei inzwischen der wichtigste Lieferant"),
            E("Blinken accuses China of being Russia's main supplier of machine tools and microelectronics", "ACCUSE",
              ["Antony Blinken", "China", "Russia"], "2024-04-26", "text", "occurred",
              "China sei inzwischen der wichtigste Lieferant"),
            E("Blinken calls on China to stop supplying Russia's defence industry", "REQUEST",
              ["Antony Blinken", "China", "Russia"], "2024-04-26", "context", "occurred",
              "US-Außenminister Antony Blinken hat China aufgefordert"),
            E("Blinken: if Beijing does not act, the US will", "THREATEN", ["Antony Blinken", "China"], "2024-04-26",
              "context", "occurred", "Wenn Peking nicht handle"),
            E("Wang Yi and Blinken hold talks of more than five hours", "CONSULT", ["China", "Antony Blinken"],
              "2024-04-26TMO", "text", "occurred", "fünfstündigen Gespräch"),
            E("Wang Yi warns the US not to hinder normal China–Russia trade", "REQUEST", ["China", "United States"],
              "2024-04-26TMO", "text", "occurred", "fünfstündigen Gespräch"),
            E("Blinken arrives in Shanghai", "CONSULT", ["Antony Blinken", "China"], "2024-04-24", "text", "occurred",
              "Blinken war am Mittwoch"),
            E("G7 foreign ministers on Capri demand China stop dual-use supplies to Russia", "REQUEST",
              ["Germany", "France", "United Kingdom", "United States", "China", "Russia"], "2024-W16", "text",
              "occurred", "auf Capri"),
            E("Scholz meets Xi in Beijing", "CONSULT", ["Olaf Scholz", "Xi Jinping"], "2024-04", "text", "occurred",
              "Bundeskanzler Olaf Scholz hatte Xi", date_mod="MID"),
            E("Scholz asks Xi to influence Moscow", "REQUEST", ["Olaf Scholz", "Xi Jinping", "Russia"], "2024-04",
              "text", "occurred", "Bundeskanzler Olaf Scholz hatte Xi", date_mod="MID"),
            E("Zakharova rejects the accusations", "REJECT", ["Maria Zakharova", "United States"], "2024-04-26", "text",
              "occurred", "wies Außenamtssprecherin Maria Sacharowa"),
            E("Zakharova accuses Washington of blackmailing China", "ACCUSE", ["Maria Zakharova", "United States"],
              "2024-04-26", "text", "occurred", "wies Außenamtssprecherin Maria Sacharowa"),
            E("US reportedly prepares sanctions on Chinese banks dealing with Russia's defence industry", "SANCTION",
              ["United States", "China", "Russia"], "2024-04-27", "published", "uncertain",
              "Nach Medienberichten bereitet die US-Regierung"),
        ],
        [
            S("Antony Blinken", "China is now the main supplier of such goods to Russia", "2024-04-26", "text",
              "China sei inzwischen der wichtigste Lieferant"),
            S("Antony Blinken", "Without China's support Russia would struggle to sustain its assault on Ukraine",
              "2024-04-26", "context", "Ohne Chinas Unterstützung"),
            S("Antony Blinken", "If Beijing does not act, the United States will", "2024-04-26", "context",
              "Wenn Peking nicht handle"),
            S("Xi Jinping, via China", "China and the US should be partners, not rivals", "2024-04-26", "context",
              "Xi sagte nach Angaben des Staatsfernsehens"),
            S("China", "Wang Yi warns against hindering normal China–Russia trade", "2024-04-26TMO", "text",
              "fünfstündigen Gespräch"),
            S("China", "Wang Yi: the trade is not directed against any third party", "2024-04-26TMO", "context",
              "Dieser Handel richte sich"),
            S("Joint statement: Germany, France, United Kingdom, United States",
              "China must stop supplying dual-use goods to Russia", "2024-W16", "text", "auf Capri"),
            S("Maria Zakharova", "Rejects the accusations and speaks of Washington blackmailing China", "2024-04-26",
              "text", "wies Außenamtssprecherin Maria Sacharowa"),
        ],
        ["Antony Blinken", "China", "Russia", "Xi Jinping", "Ukraine", "United States", "Germany", "France",
         "United Kingdom", "Olaf Scholz", "Maria Zakharova"],
    ),
    doc(
        "b106de05_starlink_krim_isaacson_2023_09", "2023-09-08", DE05,
        [
            T("September 2022", "DATE", "2022-09"),
            T("Donnerstag", "DATE", "2023-09-07", 0),
            T("kommenden Dienstag", "DATE", "2023-09-12"),
            T("Donnerstag", "DATE", "2023-09-07", 1),
            T("Oktober 2022", "DATE", "2022-10"),
            T("Freitag", "DATE", "2023-09-08"),
            T("Juni", "DATE", "2023-06"),
            T("Donnerstag", "DATE", "2023-09-07", 2),
            T("2027", "DATE", "2027"),
        ],
        [
            E("Musk refused Ukraine's request for Starlink coverage off Crimea", "REJECT", ["Ukraine"], "2022-09",
              "text", "occurred", "SpaceX-Chef Elon Musk hat eingeräumt"),
            E("Planned Ukrainian sea-drone attack on the Black Sea Fleet in Sevastopol thwarted", "ASSAULT",
              ["Ukraine", "Russia"], "2022-09", "context", "cancelled", "Damit habe er einen geplanten Angriff"),
            E("Ukrainian authorities' emergency request to activate Starlink up to Sevastopol", "REQUEST", ["Ukraine"],
              "2022-09", "context", "occurred", "Notfallanfrage"),
            E("Podolyak accuses Musk of enabling Russian missile strikes on Ukrainian cities", "ACCUSE", ["Ukraine"],
              "2023-09-07", "text", "occurred", "warf Musk am Donnerstag vor"),
            E("Russian ambassador talks to Musk and threatens a nuclear response to an attack on Crimea", "THREATEN",
              ["Russia"], "2022-09", "context", "uncertain", "Laut Isaacson"),
            E("Pentagon contract with SpaceX for Starlink services for Ukraine", "AID", ["United States", "Ukraine"],
              "2023-06", "text", "occurred", "Das Verteidigungsministerium hatte im Juni"),
        ],
        [
            S("Ukraine", "Podolyak: Musk let the Russian fleet keep firing Kalibr missiles at Ukrainian cities",
              "2023-09-07", "text", "warf Musk am Donnerstag vor"),
            S("Ukraine", "Podolyak: civilians and children are killed, the price of a gigantic ego", "2023-09-07",
              "context", "Zivilisten und Kinder werden getötet"),
            S("Ukraine", "Fedorov: Starlink remains an indispensable part of front-line communications", "2023-09-08",
              "published", "Digitalminister Mychajlo Fedorow"),
            S("Dmitry Peskov", "Moscow has taken note of the reports but does not comment on books", "2023-09-08",
              "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("United States", "Reed: the Armed Services Committee will examine SpaceX's role", "2023-09-07", "text",
              "Jack Reed"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "United States",
         "European Union"],
    ),
    doc(
        "b106de06_un_veto_atomwaffen_weltraum_2024_04", "2024-04-25", DE06,
        [
            T("Mittwoch", "DATE", "2024-04-24"),
            T("1967", "DATE", "1967"),
            T("Abend", "TIME", "2024-04-24TEV"),
            T("Februar", "DATE", "2024-02"),
            T("Monate", "DURATION", "PXM"),
            T("1962", "DATE", "1962"),
            T("Heute", "DATE", "PRESENT_REF", note="in the engineer's quote: nowadays"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("2008", "DATE", "2008"),
        ],
        [
            E("Russia vetoes the Security Council resolution against nuclear weapons in space", "REJECT",
              ["Russia", "United Nations", "United States"], "2024-04-24", "text", "occurred",
              "Russland hat am Mittwoch im UN-Sicherheitsrat"),
            E("Nebenzia accuses Washington of distracting from its own plans to arm space", "ACCUSE",
              ["Russia", "United States"], "2024-04-24", "context", "occurred", "zynisches Spektakel"),
            E("Russian–Chinese amendment to ban all weapons in space", "REQUEST", ["Russia", "China", "United Nations"],
              "2024-04-24", "context", "occurred", "russisch-chinesischer Änderungsantrag"),
            E("The Security Council rejects the Russian–Chinese amendment", "REJECT",
              ["United Nations", "Russia", "China"], "2024-04-24", "context", "occurred",
              "russisch-chinesischer Änderungsantrag"),
            E("Thomas-Greenfield asks Moscow what it could be hiding", "ACCUSE", ["United States", "Russia"],
              "2024-04-24", "context", "occurred", "fragte in Richtung Moskau"),
            E("Sullivan: the veto raises the question whether Russia is working on a nuclear satellite", "ACCUSE",
              ["White House", "Russia"], "2024-04-24TEV", "text", "occurred", "Jake Sullivan"),
            E("Washington discloses that Moscow is developing an anti-satellite weapon", "ACCUSE",
              ["United States", "Russia"], "2024-02", "text", "occurred", "Washington hatte im Februar"),
            E("Putin denies the US charge", "REJECT", ["Vladimir Putin", "United States"], "2024-02", "context",
              "occurred", "Washington hatte im Februar"),
            E("Ukraine's foreign ministry accuses Moscow of disregarding international rules", "ACCUSE",
              ["Ukraine", "Russia"], "2024-04-25", "published", "occurred", "Das ukrainische Außenministerium"),
            E("German Foreign Office calls on Russia to abide by the Outer Space Treaty", "REQUEST",
              ["Germany", "Russia"], "2024-04-25", "published", "occurred", "Das Auswärtige Amt in Berlin"),
            E("Russia and China to table their own draft in the Security Council", "REQUEST",
              ["Russia", "China", "United Nations"], "FUTURE_REF", "vague", "planned",
              "Russland und China kündigten an"),
            E("Russia and China campaign for a treaty against weapons in space", "REQUEST", ["Russia", "China"],
              "2008", "text", "occurred", "seit 2008", date_mod="START"),
            E("The US rejects the Russian–Chinese treaty", "REJECT", ["United States", "Russia", "China"],
              "2024-04-25", "published", "occurred", "seit 2008"),
        ],
        [
            S("Russia", "Nebenzia: the draft is a cynical spectacle to distract from US plans to arm space",
              "2024-04-24", "context", "zynisches Spektakel"),
            S("United States", "Thomas-Greenfield: what could you possibly be hiding?", "2024-04-24", "context",
              "fragte in Richtung Moskau"),
            S("White House", "Sullivan: the veto raises the question whether Russia is working on a nuclear satellite",
              "2024-04-24TEV", "text", "Jake Sullivan"),
            S("Ukraine", "The veto shows again that Moscow disregards international rules", "2024-04-25", "published",
              "Das ukrainische Außenministerium"),
            S("Germany", "Regrets the blockade and calls on Russia to abide by the Outer Space Treaty", "2024-04-25",
              "published", "Das Auswärtige Amt in Berlin"),
            S("Joint statement: Russia, China", "Will table their own draft in the Security Council in the coming weeks",
              "2024-04-25", "published", "Russland und China kündigten an"),
        ],
        ["Russia", "United Nations", "United States", "China", "White House", "Vladimir Putin", "Kremlin", "Ukraine",
         "Germany"],
    ),
]
