"""German articles of the blind55 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b55de01 (Agra-Europe)
DE01 = """
Russland setzt Getreideabkommen aus – Weizenkurse ziehen kräftig an

MOSKAU/KIEW/ISTANBUL (AgE). Russland hat seine Beteiligung an der Schwarzmeer-Getreideinitiative auf unbestimmte Zeit ausgesetzt und damit die Versorgung der Weltmärkte mit ukrainischem Getreide erneut in Frage gestellt.
Das Verteidigungsministerium in Moskau begründete den Schritt am Samstag mit einem Drohnenangriff auf Schiffe der Schwarzmeerflotte in der Bucht von Sewastopol, für den es die Ukraine und britische Marinespezialisten verantwortlich machte.
Kiew wies die Vorwürfe zurück; London sprach von „falschen Behauptungen“, die von Russlands militärischem Versagen ablenken sollten.

Ungeachtet der russischen Entscheidung verließen am Montag nach Angaben des Gemeinsamen Koordinierungszentrums (JCC) in Istanbul zwölf Frachter die ukrainischen Häfen.
Die Delegationen der Vereinten Nationen, der Türkei und der Ukraine hatten sich am Sonntag darauf verständigt, den Verkehrsplan fortzuführen und die Inspektionen vorerst ohne die russischen Vertreter vorzunehmen.
UN-Generalsekretär António Guterres verschob nach Angaben seines Sprechers eine Reise zum Gipfel der Arabischen Liga in Algier um einen Tag, um sich um die Rettung der Vereinbarung zu bemühen.

Kremlchef Wladimir Putin sagte am Montag in Sotschi, Russland beende seine Teilnahme nicht, sondern setze sie aus; Moskau verlange Garantien, dass der humanitäre Korridor nicht für militärische Zwecke missbraucht werde.
Der türkische Präsident Recep Tayyip Erdoğan erklärte ebenfalls am Montag, die Türkei werde ihre Bemühungen trotz der „zögerlichen Haltung“ Russlands fortsetzen.
Verteidigungsminister Hulusi Akar stehe dazu in engem Kontakt mit seinem russischen Amtskollegen Sergej Schoigu, hieß es in Ankara.

US-Präsident Joe Biden hatte die Aussetzung bereits am Samstag als „empörend“ bezeichnet; sie werde den Hunger in der Welt verschärfen.
Außenminister Antony Blinken warf Moskau am Wochenende vor, Nahrungsmittel als Waffe einzusetzen.
Der ukrainische Präsident Wolodymyr Selenskyj sprach in seiner abendlichen Videoansprache am Samstag von einem „vorhersehbaren“ Schritt und forderte eine entschlossene Reaktion der Vereinten Nationen und der G20.
Bundeslandwirtschaftsminister Cem Özdemir nannte das Vorgehen „zynisch“, es treffe vor allem die ärmsten Länder Afrikas und Asiens.

An den Terminmärkten löste die Entscheidung einen Preissprung aus: Der im Dezember fällige Weizenkontrakt an der Euronext in Paris stieg am Montag zeitweise um mehr als 7 Prozent auf rund 355 Euro je Tonne, in Chicago legte Weizen um knapp 6 Prozent zu.
Seit dem Start der Initiative im August haben nach UN-Angaben mehr als 9 Millionen Tonnen Getreide und andere Lebensmittel die Häfen von Odessa, Tschornomorsk und Piwdennyj verlassen, knapp die Hälfte davon Mais.
Das Abkommen war am 22. Juli in Istanbul unter Vermittlung der UN und der Türkei unterzeichnet worden und läuft am 19. November aus; über eine Verlängerung wird seit Wochen verhandelt.
Russland fordert seit dem Sommer zudem Erleichterungen für seine eigenen Agrar- und Düngemittelexporte, darunter die Wiederanbindung der Rosselkhozbank an das Zahlungssystem Swift.
"""

# ---------------------------------------------------------------- b55de02 (vwd)
DE02 = """
EU-Kommission schlägt achtes Sanktionspaket vor – Preisdeckel für russisches Öl geplant

BRÜSSEL (vwd) - Die EU-Kommission hat als Reaktion auf die Scheinreferenden in den besetzten Gebieten der Ukraine ein achtes Sanktionspaket gegen Russland vorgeschlagen.
Kern ist eine Rechtsgrundlage für einen Preisdeckel auf russisches Öl, das auf dem Seeweg in Drittstaaten geliefert wird, wie Kommissionspräsidentin Ursula von der Leyen am Mittwoch in Brüssel sagte.
Hinzu kommen Einfuhrverbote für russische Waren im Wert von rund 7 Milliarden Euro sowie weitere Ausfuhrbeschränkungen für Technologiegüter, die das russische Militär nutzen könnte.
„Wir akzeptieren diese Scheinreferenden nicht, und wir sind entschlossen, den Kreml für diese weitere Eskalation zahlen zu lassen“, sagte von der Leyen.

Die von Moskau eingesetzten Verwaltungen in Luhansk, Donezk, Cherson und Saporischschja hatten am Dienstagabend Zustimmungsraten zwischen 87 und 99 Prozent für einen Beitritt zu Russland gemeldet.
Die Abstimmungen hatten am Freitag begonnen und fanden nach Berichten von Augenzeugen teils unter den Augen bewaffneter Soldaten statt, die von Haus zu Haus gingen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, die Ergebnisse sprächen für sich; über das weitere Vorgehen entscheide Präsident Wladimir Putin.
In Moskau wird erwartet, dass Putin die Aufnahme der Gebiete noch in dieser Woche besiegeln könnte.

Bundeskanzler Olaf Scholz nannte die Abstimmungen am Dienstag „Scheinreferenden“, deren Ergebnisse Deutschland niemals anerkennen werde.
Der EU-Außenbeauftragte Josep Borrell erklärte im Namen der 27 Mitgliedstaaten, die EU verurteile die „illegalen Referenden“ und werde die Kosten für Russland weiter erhöhen.
US-Außenminister Antony Blinken kündigte an, die USA würden mit ihren Verbündeten rasch zusätzliche Sanktionen verhängen; Washington will zudem im UN-Sicherheitsrat eine Resolution einbringen, die die Referenden verurteilt.
Der ukrainische Präsident Wolodymyr Selenskyj bezeichnete die Abstimmungen am Dienstag als „Farce“ und erklärte, mit dem russischen Präsidenten gebe es nach einer Anerkennung „nichts mehr zu besprechen“.

An den Märkten verstärkte die Eskalation die Nervosität: Der Euro fiel am Mittwochmorgen zeitweise auf 0,9536 US-Dollar und damit auf den tiefsten Stand seit 20 Jahren.
Der Preis für Erdgas zur Lieferung im kommenden Monat stieg am niederländischen Handelspunkt TTF um rund 8 Prozent auf gut 200 Euro je Megawattstunde.
Zusätzlichen Auftrieb erhielten die Gaspreise durch die Lecks an den Ostsee-Pipelines Nord Stream 1 und 2, für die die Bundesregierung Sabotage nicht ausschließt.

Für die Annahme des Pakets ist Einstimmigkeit der 27 Mitgliedstaaten nötig; Diplomaten rechnen mit ersten Beratungen der EU-Botschafter am Freitag.
Ungarns Ministerpräsident Viktor Orbán hatte zuletzt gefordert, die Sanktionen bis Jahresende aufzuheben, weil sie Europa mehr schadeten als Russland.
"""

# ---------------------------------------------------------------- b55de03 (Kathpress)
DE03 = """
Butscha-Gedenken: Papst Leo XIV. mahnt Gerechtigkeit für die Opfer an

Kiew/Vatikanstadt, 31.03.2026 (KAP) Mit einem ökumenischen Gottesdienst an der Kirche des heiligen Andreas in Butscha hat die Ukraine am Dienstag an die Befreiung der Stadt vor vier Jahren erinnert.
Papst Leo XIV. ließ dabei eine Botschaft verlesen, in der er die Gräueltaten von Butscha eine „Wunde im Herzen Europas“ nannte und Gerechtigkeit für die Opfer sowie die Rückkehr aller verschleppten ukrainischen Kinder forderte.
Verlesen wurde das Schreiben vom Apostolischen Nuntius in der Ukraine, Erzbischof Visvaldas Kulbokas.

Nach dem Rückzug der russischen Truppen Ende März 2022 waren in Butscha die Leichen Hunderter Zivilisten gefunden worden, viele von ihnen mit Folterspuren.
Nach ukrainischen Angaben wurden allein in der Stadt mehr als 450 Menschen getötet; Moskau bestreitet jede Verantwortung und spricht von einer „Inszenierung“.
Papst Franziskus hatte am 6. April 2022 bei der Generalaudienz eine ukrainische Fahne aus Butscha geküsst und von einem „Massaker“ gesprochen.

Präsident Wolodymyr Selenskyj sagte bei der Gedenkfeier, die Welt dürfe Butscha nicht vergessen, wenn sie über einen Frieden verhandle; ein Abkommen ohne Gerechtigkeit werde nicht halten.
Zugleich forderte er die Partner auf, den Sondergerichtshof für das Verbrechen der Aggression beim Europarat zügig arbeitsfähig zu machen.
An der Feier nahmen auch die EU-Außenbeauftragte Kaja Kallas sowie die Außenminister Polens und Litauens teil.
Kallas sicherte zu, die EU werde die Verantwortlichen „bis zum Letzten“ zur Rechenschaft ziehen, und traf anschließend in Kiew Außenminister Andrij Sybiha.

In Moskau wies Außenamtssprecherin Maria Sacharowa die Vorwürfe bereits am Montag erneut zurück und warf dem Westen vor, das Gedenken für „antirussische Propaganda“ zu missbrauchen.
Kremlsprecher Dmitri Peskow sagte, Butscha sei „kein Thema“ der laufenden Gespräche mit den USA und der Ukraine.

Die Gedenkfeier fiel in eine Phase neuer diplomatischer Bewegung.
Am Wochenende hatten sich Unterhändler beider Seiten in Genf unter amerikanischer Vermittlung auf den Austausch von je 300 Gefangenen verständigt, der nach Kiewer Angaben in den kommenden Tagen stattfinden soll.
Der Heilige Stuhl hatte sich zuletzt gemeinsam mit Katar für die Rückführung ukrainischer Kinder eingesetzt.

Aus Österreich nahm der Wiener Erzbischof Josef Grünwidl an dem Gottesdienst teil.
Er erinnerte daran, dass österreichische Pfarren seit 2022 Hunderte ukrainische Familien aufgenommen hätten.
Die Caritas kündigte an, ihre Hilfe für traumatisierte Familien in der Region Kiew im laufenden Jahr auf 2,5 Millionen Euro aufzustocken.
"""

# ---------------------------------------------------------------- b55de04 (idea)
DE04 = """
Gefangenenaustausch: Zwei evangelische Pastoren aus russischer Haft frei

WETZLAR/KIEW (idea) – Unter den 157 Ukrainern, die Russland am Samstag im Rahmen eines Gefangenenaustauschs freigelassen hat, befinden sich zwei evangelische Pastoren aus dem Gebiet Saporischschja.
Wie die Union der Evangeliumschristen-Baptisten der Ukraine mitteilte, handelt es sich um den Baptistenpastor Mykola K. aus Wassyliwka und den Pfingstprediger Serhij T. aus Melitopol.
Beide waren im Herbst 2022 von russischen Sicherheitskräften festgenommen und später wegen angeblicher „Spionage“ zu langen Haftstrafen verurteilt worden.

Der Austausch von jeweils 157 Gefangenen fand an der belarussisch-ukrainischen Grenze statt und war nach Angaben beider Seiten von den Vereinigten Arabischen Emiraten vermittelt worden.
Präsident Wolodymyr Selenskyj dankte den Emiraten und erklärte, Kiew werde nicht ruhen, bis alle Ukrainer aus russischer Gefangenschaft zurückgekehrt seien.
Das russische Verteidigungsministerium teilte mit, die zurückgekehrten Soldaten würden zunächst in Belarus medizinisch versorgt.

Kirchenvertreter und Menschenrechtler werfen Russland seit Langem vor, in den besetzten Gebieten gezielt gegen protestantische Gemeinden vorzugehen.
Die Kommission der USA für internationale Religionsfreiheit (USCIRF) hatte im vergangenen Jahr empfohlen, Russland erneut als „Land mit besonderer Besorgnis“ einzustufen.
Die russische Außenamtssprecherin Maria Sacharowa wies solche Vorwürfe zurück: Verfolgt würden nicht Gläubige, sondern „Extremisten und Agenten Kiews“.

Der Austausch erinnert an jenen vom 21. September 2022, als unter Vermittlung der Türkei und Saudi-Arabiens 215 Ukrainer, darunter Kommandeure der Verteidiger des Asow-Stahlwerks, gegen 55 Russen und den prorussischen Politiker Wiktor Medwedtschuk ausgetauscht wurden.
Seither sind nach Angaben des ukrainischen Koordinierungsstabs für Kriegsgefangene mehr als 5.800 Ukrainer aus russischer Gefangenschaft zurückgekehrt.
Über einen umfassenden Austausch „alle gegen alle“, den Kiew seit dem Frühjahr 2025 fordert, wird nach ukrainischen Angaben weiter verhandelt.
US-Sondergesandter Steve Witkoff hatte zuletzt in Abu Dhabi angekündigt, die nächste Gesprächsrunde solle sich auch mit den zivilen Gefangenen befassen.

Die Deutsche Evangelische Allianz rief ihre Gemeinden auf, am kommenden Sonntag für die noch inhaftierten Christen in den besetzten Gebieten zu beten.
Nach Schätzungen ukrainischer Kirchen befinden sich derzeit noch mindestens 30 Geistliche verschiedener Konfessionen in russischer Haft.
Der Generalsekretär der Allianz, Reinhardt Schink, sagte gegenüber idea, die Freilassung der beiden Pastoren sei „ein Zeichen der Hoffnung“, dürfe aber nicht über das Schicksal der übrigen Gefangenen hinwegtäuschen.
"""

# ---------------------------------------------------------------- b55de05 (Dow Jones Newswires)
DE05 = """
Moskau knüpft Schwarzmeer-Vereinbarung an Swift-Zugang für Rosselkhozbank

ISTANBUL (Dow Jones)--Russland macht die Wiederanbindung der staatlichen Agrarbank Rosselkhozbank an das Zahlungssystem Swift zur Bedingung für eine neue Vereinbarung über die sichere Schifffahrt im Schwarzen Meer.
Das habe die russische Delegation bei den Gesprächen mit Vertretern der Ukraine und der USA am Donnerstag in Istanbul deutlich gemacht, sagten zwei mit den Verhandlungen vertraute Personen Dow Jones Newswires.
Die Runde im Dolmabahçe-Palast war vom türkischen Außenminister Hakan Fidan eröffnet worden; an demselben Ort hatten Russland und die Ukraine im März 2022 ihre bislang weitestgehenden Gespräche geführt.
Die russische Delegation leitete Präsidentenberater Wladimir Medinski, die ukrainische Sicherheitsratssekretär Rustem Umjerow, für Washington nahm der Sondergesandte Steve Witkoff teil.

Medinski sagte nach der Sitzung vor Journalisten, Russland sei zu einer Vereinbarung bereit, „aber nicht noch einmal zu den Bedingungen von 2022“.
Damals seien die Zusagen an Russland aus dem begleitenden Memorandum der Vereinten Nationen nie erfüllt worden.
Aus Washington hieß es, man sei bereit, „praktische Lösungen“ für russische Agrar- und Düngemittelexporte zu prüfen.
Bereits im März 2025 hatte das Weiße Haus nach Gesprächen in Riad zugesagt, Russland beim Zugang zu den Weltmärkten für Agrarexporte zu helfen.

Die EU lehnt eine Lockerung ab.
„Solange Russland die Ukraine angreift, bleibt die Rosselkhozbank vom Swift-Netz abgeschnitten“, sagte die EU-Außenbeauftragte Kaja Kallas am Freitag in Brüssel.
Die Bank war im Juni 2022 mit dem sechsten Sanktionspaket der EU vom Swift-Netz getrennt worden.
Der ukrainische Außenminister Andrij Sybiha sagte, die Ukraine brauche kein neues Abkommen, um zu exportieren: Über den eigenen Korridor seien in den vergangenen zwölf Monaten mehr als 40 Millionen Tonnen Getreide verschifft worden.
Kiew verlangt stattdessen, dass eine Vereinbarung auch Angriffe auf Häfen und Hafeninfrastruktur ausschließt.

Die Schwarzmeer-Getreideinitiative war im Juli 2022 unter Vermittlung der UN und der Türkei zustande gekommen.
Russland stieg vor drei Jahren, am 17. Juli 2023, aus und begründete dies damit, dass seine Forderungen, darunter der Swift-Zugang für die Rosselkhozbank, nicht erfüllt worden seien.

An der Euronext in Paris gab der Weizenkontrakt für September am Freitagmorgen um 1,2 Prozent auf 214,75 Euro je Tonne nach.
Händler verwiesen auf die Aussicht auf ruhigere Verhältnisse im Schwarzen Meer, warnten aber vor verfrühtem Optimismus.
Die nächste Gesprächsrunde ist nach türkischen Angaben für Anfang August geplant.
"""

# ---------------------------------------------------------------- b55de06 (hib – heute im bundestag)
DE06 = """
Keine Erkenntnisse über westliche Einflussnahme in Istanbul 2022

Berlin: (hib/AHE) Die Bundesregierung hat nach eigenen Angaben keine Erkenntnisse darüber, dass westliche Regierungen die Ukraine im Frühjahr 2022 zum Abbruch der Verhandlungen mit Russland gedrängt hätten.
Das geht aus ihrer Antwort (21/1142) auf eine Kleine Anfrage der AfD-Fraktion (21/890) hervor, die sich auf die russisch-ukrainischen Gespräche in Istanbul und die Rolle des britischen Premierministers Boris Johnson bezog.

Wie die Bundesregierung ausführt, hätten Delegationen beider Länder am 29. März 2022 im Istanbuler Dolmabahçe-Palast unter türkischer Vermittlung verhandelt.
Die ukrainische Seite habe dabei Vorschläge für einen neutralen Status des Landes im Gegenzug für internationale Sicherheitsgarantien vorgelegt; die Bundesregierung sei an den Gesprächen nicht beteiligt gewesen.
Russland habe im Anschluss eine drastische Reduzierung seiner militärischen Aktivitäten im Raum Kiew und Tschernihiw angekündigt.
Nach dem Abzug der russischen Truppen aus der Region Kiew seien Anfang April 2022 in Butscha und anderen Orten Gräueltaten an Zivilisten bekannt geworden.
Die Gespräche seien im Mai 2022 zum Erliegen gekommen.

Zum Besuch Johnsons in Kiew am 9. April 2022 lägen der Bundesregierung über die öffentlich bekannten Äußerungen hinaus keine Erkenntnisse vor.
Johnson hatte damals weitere Waffenlieferungen zugesagt.
Die Darstellung, der Westen habe ein fertiges Abkommen verhindert, teile die Bundesregierung nicht; Russland verbreite sie, um von der eigenen Verantwortung für den Krieg abzulenken.
Präsident Wladimir Putin hatte zuletzt im Juni 2025 behauptet, Kiew habe das Istanbuler Dokument auf Druck aus London verworfen.

Zu den direkten Gesprächen zwischen Russland und der Ukraine, die am 16. Mai 2025 in Istanbul wieder aufgenommen wurden, erklärt die Bundesregierung, sie begrüße jeden Schritt, der zu einem Waffenstillstand führe.
Bei der zweiten Runde am 2. Juni hätten sich beide Seiten auf den Austausch aller schwer verwundeten und jungen Gefangenen verständigt.
Russland habe bei dieser Runde ein Memorandum mit Bedingungen vorgelegt, die nach Einschätzung der Bundesregierung einer Kapitulation der Ukraine gleichkämen.
Ein Durchbruch bei einer Waffenruhe sei auch bei der dritten Runde am 23. Juli ausgeblieben.

Die Bundesregierung halte an der Forderung nach einer sofortigen und bedingungslosen Waffenruhe fest, wie sie Bundeskanzler Friedrich Merz gemeinsam mit den Staats- und Regierungschefs Frankreichs, Großbritanniens und Polens im Mai in Kiew erhoben habe.
Die AfD-Fraktion hatte in ihrer Anfrage gefordert, die Istanbuler Entwürfe von 2022 als Grundlage für einen Frieden wieder aufzugreifen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b55de01_getreideabkommen_ausgesetzt_2022_10", "2022-10-31", DE01,
        [
            T("Samstag", "DATE", "2022-10-29", 0),
            T("Montag", "DATE", "2022-10-31", 0),
            T("Sonntag", "DATE", "2022-10-30"),
            T("einen Tag", "DURATION", "P1D"),
            T("Montag", "DATE", "2022-10-31", 1),
            T("Montag", "DATE", "2022-10-31", 2),
            T("Samstag", "DATE", "2022-10-29", 1),
            T("Wochenende", "DATE", "2022-W43-WE"),
            T("abendlichen", "SET", "P1D"),
            T("Samstag", "DATE", "2022-10-29", 2),
            T("Dezember", "DATE", "2022-12"),
            T("Montag", "DATE", "2022-10-31", 3),
            T("August", "DATE", "2022-08"),
            T("22. Juli", "DATE", "2022-07-22"),
            T("19. November", "DATE", "2022-11-19"),
            T("Wochen", "DURATION", "PXW"),
            T("dem Sommer", "DATE", "2022-SU"),
        ],
        [
            E("Russia suspends its participation in the Black Sea Grain Initiative", "SANCTION", ["Russia", "Ukraine"],
              "2022-10-29", "context", "occurred", "Russland hat seine Beteiligung"),
            E("Drone attack on Black Sea Fleet ships in Sevastopol bay", "ASSAULT", ["Ukraine", "Russia"],
              "2022-10-29", "context", "occurred", "begründete den Schritt am Samstag",
              note="attributed to Ukraine by Moscow; Kyiv denies it"),
            E("Russia blames Ukraine and British naval specialists for the attack", "ACCUSE",
              ["Russia", "Ukraine", "United Kingdom"], "2022-10-29", "text", "occurred",
              "begründete den Schritt am Samstag"),
            E("Kyiv rejects the accusations", "REJECT", ["Ukraine", "Russia"], "2022-10-29", "context", "occurred",
              "Kiew wies die Vorwürfe zurück"),
            E("London dismisses the Russian claims as false", "REJECT", ["United Kingdom", "Russia"], "2022-10-29",
              "context", "occurred", "Kiew wies die Vorwürfe zurück"),
            E("UN, Turkey and Ukraine agree to continue the movement plan and inspections without Russia", "AGREE",
              ["United Nations", "Turkey", "Ukraine"], "2022-10-30", "text", "occurred",
              "hatten sich am Sonntag darauf verständigt"),
            E("Putin demands guarantees that the corridor is not misused for military purposes", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2022-10-31", "text", "occurred", "Kremlchef Wladimir Putin sagte"),
            E("Erdoğan vows Turkey will continue its efforts for the deal", "AGREE", ["Recep Tayyip Erdoğan"],
              "2022-10-31", "text", "occurred", "erklärte ebenfalls am Montag"),
            E("Turkish defence minister in close contact with Shoigu", "CONSULT", ["Turkey", "Russia"], "2022-10-31",
              "published", "occurred", "Hulusi Akar stehe"),
            E("Biden calls the suspension outrageous", "ACCUSE", ["Joe Biden", "Russia"], "2022-10-29", "text",
              "occurred", "Joe Biden hatte die Aussetzung"),
            E("Blinken accuses Moscow of using food as a weapon", "ACCUSE", ["Antony Blinken", "Russia"],
              "2022-W43-WE", "text", "occurred", "Antony Blinken warf Moskau"),
            E("Zelensky demands a firm response by the UN and the G20", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2022-10-29", "text", "occurred", "abendlichen Videoansprache"),
            E("Özdemir calls Russia's move cynical", "ACCUSE", ["Germany", "Russia"], "2022-10-31", "published",
              "occurred", "Cem Özdemir"),
            E("Grain deal signed in Istanbul under UN and Turkish mediation", "AGREE",
              ["United Nations", "Turkey", "Russia", "Ukraine"], "2022-07-22", "text", "occurred",
              "am 22. Juli in Istanbul"),
            E("Russia demands relief for its own agricultural and fertiliser exports", "REQUEST", ["Russia"],
              "2022-SU", "text", "occurred", "Russland fordert seit dem Sommer", date_mod="START"),
        ],
        [
            S("Russia", "Defence ministry: the suspension follows a drone attack on Sevastopol by Ukraine with British "
              "specialists", "2022-10-29", "text", "begründete den Schritt am Samstag"),
            S("Ukraine", "Rejects the Russian accusations", "2022-10-29", "context", "Kiew wies die Vorwürfe zurück"),
            S("United Kingdom", "False claims meant to distract from Russia's military failures", "2022-10-29",
              "context", "Kiew wies die Vorwürfe zurück"),
            S("United Nations", "Spokesman: Guterres postpones his trip to Algiers by a day to save the deal",
              "2022-10-31", "published", "verschob nach Angaben seines Sprechers"),
            S("Vladimir Putin", "Russia suspends, does not end, its participation; wants guarantees on the corridor",
              "2022-10-31", "text", "Kremlchef Wladimir Putin sagte"),
            S("Recep Tayyip Erdoğan", "Turkey will continue its efforts despite Russia's hesitant stance", "2022-10-31",
              "text", "erklärte ebenfalls am Montag"),
            S("Turkey", "Akar is in close contact with Shoigu", "2022-10-31", "published", "Hulusi Akar stehe"),
            S("Joe Biden", "The suspension is outrageous and will worsen world hunger", "2022-10-29", "text",
              "Joe Biden hatte die Aussetzung"),
            S("Antony Blinken", "Moscow uses food as a weapon", "2022-W43-WE", "text", "Antony Blinken warf Moskau"),
            S("Volodymyr Zelensky", "A predictable step; the UN and the G20 must respond firmly", "2022-10-29", "text",
              "abendlichen Videoansprache"),
            S("Germany", "Özdemir: cynical, it hits the poorest countries of Africa and Asia", "2022-10-31",
              "published", "Cem Özdemir"),
            S("United Nations", "More than 9 million tonnes of food have left the ports since August", "2022-10-31",
              "published", "nach UN-Angaben mehr als 9 Millionen"),
        ],
        ["Russia", "Ukraine", "United Kingdom", "United Nations", "Turkey", "António Guterres", "Vladimir Putin",
         "Kremlin", "Recep Tayyip Erdoğan", "Joe Biden", "United States", "Antony Blinken", "Volodymyr Zelensky",
         "Germany"],
    ),
    doc(
        "b55de02_achtes_sanktionspaket_referenden_2022_09", "2022-09-28", DE02,
        [
            T("Mittwoch", "DATE", "2022-09-28", 0),
            T("Dienstagabend", "TIME", "2022-09-27TEV"),
            T("Freitag", "DATE", "2022-09-23", 0),
            T("Mittwoch", "DATE", "2022-09-28", 1),
            T("dieser Woche", "DATE", "2022-W39"),
            T("Dienstag", "DATE", "2022-09-27", 0),
            T("Dienstag", "DATE", "2022-09-27", 1),
            T("Mittwochmorgen", "TIME", "2022-09-28TMO"),
            T("20 Jahren", "DURATION", "P20Y"),
            T("kommenden Monat", "DATE", "2022-10"),
            T("Freitag", "DATE", "2022-09-30", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Jahresende", "DATE", "2022", mod="END"),
        ],
        [
            E("Commission proposes an eighth sanctions package with a legal basis for an oil price cap", "SANCTION",
              ["European Union", "Ursula von der Leyen", "Russia"], "2022-09-28", "text", "planned",
              "Kern ist eine Rechtsgrundlage"),
            E("Von der Leyen rejects the sham referendums", "REJECT", ["Ursula von der Leyen", "Russia"], "2022-09-28",
              "context", "occurred", "Wir akzeptieren diese Scheinreferenden nicht"),
            E("Von der Leyen vows to make the Kremlin pay", "THREATEN", ["Ursula von der Leyen", "Kremlin"],
              "2022-09-28", "context", "occurred", "Wir akzeptieren diese Scheinreferenden nicht"),
            E("Sham referendums in the occupied regions", "COERCE", ["Russia", "Ukraine"], "2022-09-23", "text",
              "occurred", "Die Abstimmungen hatten am Freitag begonnen", note="voting from 23 to 27 September 2022"),
            E("Putin expected to seal the annexation this week", "COERCE", ["Vladimir Putin", "Ukraine"], "2022-W39",
              "text", "uncertain", "noch in dieser Woche besiegeln"),
            E("Scholz: Germany will never recognise the results", "REJECT", ["Olaf Scholz", "Russia"], "2022-09-27",
              "text", "occurred", "Bundeskanzler Olaf Scholz nannte"),
            E("Borrell condemns the illegal referendums on behalf of the EU", "ACCUSE", ["European Union", "Russia"],
              "2022-09-28", "published", "occurred", "Josep Borrell erklärte"),
            E("EU to raise the costs for Russia further", "SANCTION", ["European Union", "Russia"], "2022-09-28",
              "published", "planned", "Josep Borrell erklärte"),
            E("US to impose additional sanctions with its allies", "SANCTION",
              ["Antony Blinken", "United States", "Russia"], "2022-09-28", "published", "planned",
              "Antony Blinken kündigte an"),
            E("US to table a Security Council resolution condemning the referendums", "REQUEST",
              ["United States", "United Nations", "Russia"], "2022-09-28", "published", "planned",
              "Antony Blinken kündigte an"),
            E("Zelensky calls the referendums a farce", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2022-09-27",
              "text", "occurred", "bezeichnete die Abstimmungen am Dienstag als"),
            E("Zelensky: nothing more to discuss with Putin after a recognition", "REJECT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-09-27", "text", "occurred",
              "bezeichnete die Abstimmungen am Dienstag als"),
            E("EU ambassadors to discuss the package", "CONSULT", ["European Union"], "2022-09-30", "text", "planned",
              "Diplomaten rechnen mit ersten Beratungen"),
            E("Orbán demands the sanctions be lifted by the end of the year", "REQUEST",
              ["Viktor Orbán", "European Union"], "PAST_REF", "vague", "occurred", "Viktor Orbán hatte zuletzt"),
        ],
        [
            S("Ursula von der Leyen", "The package includes a legal basis for a price cap on Russian oil",
              "2022-09-28", "text", "Kern ist eine Rechtsgrundlage"),
            S("Ursula von der Leyen", "We do not accept the sham referendums and will make the Kremlin pay",
              "2022-09-28", "context", "Wir akzeptieren diese Scheinreferenden nicht"),
            S("Russia", "Occupation administrations report 87 to 99 percent in favour of joining Russia",
              "2022-09-27TEV", "text", "Zustimmungsraten"),
            S("Dmitry Peskov", "The results speak for themselves; Putin will decide on the next steps", "2022-09-28",
              "text", "Peskow sagte am Mittwoch"),
            S("Olaf Scholz", "Sham referendums whose results Germany will never recognise", "2022-09-27", "text",
              "Bundeskanzler Olaf Scholz nannte"),
            S("European Union", "Borrell: the EU condemns the illegal referendums and will raise the costs for Russia",
              "2022-09-28", "published", "Josep Borrell erklärte"),
            S("Antony Blinken", "The US and its allies will quickly impose additional sanctions", "2022-09-28",
              "published", "Antony Blinken kündigte an"),
            S("Volodymyr Zelensky", "The referendums are a farce; after a recognition there is nothing to discuss "
              "with Putin", "2022-09-27", "text", "bezeichnete die Abstimmungen am Dienstag als"),
            S("Germany", "Government does not rule out sabotage of the Nord Stream pipelines", "2022-09-28",
              "published", "Sabotage nicht ausschließt"),
            S("Viktor Orbán", "The sanctions should be lifted by the end of the year; they hurt Europe more than "
              "Russia", "PAST_REF", "vague", "Viktor Orbán hatte zuletzt"),
        ],
        ["European Union", "Ursula von der Leyen", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Olaf Scholz", "Germany", "United States", "Antony Blinken", "United Nations", "Volodymyr Zelensky",
         "Viktor Orbán"],
    ),
    doc(
        "b55de03_butscha_gedenken_papst_2026_03", "2026-03-31", DE03,
        [
            T("31.03.2026", "DATE", "2026-03-31"),
            T("Dienstag", "DATE", "2026-03-31"),
            T("vor vier Jahren", "DATE", "2022"),
            T("Ende März 2022", "DATE", "2022-03", mod="END"),
            T("6. April 2022", "DATE", "2022-04-06"),
            T("Montag", "DATE", "2026-03-30"),
            T("Wochenende", "DATE", "2026-W13-WE"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("2022", "DATE", "2022", 2),
            T("laufenden Jahr", "DATE", "2026"),
        ],
        [
            E("Pope Leo XIV calls for justice for the victims and the return of all deported children", "REQUEST",
              ["Vatican"], "2026-03-31", "context", "occurred", "Papst Leo XIV. ließ dabei"),
            E("Russian troops withdraw from Bucha", "RETREAT", ["Russia"], "2022-03", "text", "occurred",
              "Nach dem Rückzug der russischen Truppen", date_mod="END"),
            E("Killings of civilians in Bucha under Russian occupation", "ASSAULT", ["Russia", "Ukraine"], "2022-03",
              "context", "occurred", "Nach dem Rückzug der russischen Truppen",
              note="the bodies were found after the withdrawal at the end of March 2022"),
            E("Moscow denies any responsibility and speaks of staging", "REJECT", ["Russia", "Ukraine"], "2026-03-31",
              "published", "occurred", "Moskau bestreitet jede Verantwortung"),
            E("Zelensky asks partners to make the special tribunal operational quickly", "REQUEST",
              ["Volodymyr Zelensky"], "2026-03-31", "context", "occurred", "Zugleich forderte er die Partner auf"),
            E("Kallas promises the EU will hold those responsible to account", "AGREE",
              ["Kaja Kallas", "European Union"], "2026-03-31", "context", "occurred", "Kallas sicherte zu"),
            E("Kallas meets Sybiha in Kyiv", "CONSULT", ["Kaja Kallas", "Andrii Sybiha"], "2026-03-31", "context",
              "occurred", "Kallas sicherte zu"),
            E("Zakharova rejects the accusations over Bucha again", "REJECT", ["Maria Zakharova", "Ukraine"],
              "2026-03-30", "text", "occurred", "Maria Sacharowa die Vorwürfe"),
            E("Zakharova accuses the West of abusing the commemoration for propaganda", "ACCUSE", ["Maria Zakharova"],
              "2026-03-30", "text", "occurred", "Maria Sacharowa die Vorwürfe"),
            E("Negotiators of both sides meet in Geneva under US mediation", "CONSULT",
              ["Russia", "Ukraine", "United States"], "2026-W13-WE", "text", "occurred",
              "Am Wochenende hatten sich Unterhändler"),
            E("Agreement on an exchange of 300 prisoners each", "AGREE", ["Russia", "Ukraine"], "2026-W13-WE", "text",
              "occurred", "Am Wochenende hatten sich Unterhändler"),
            E("Exchange of 300 prisoners each to take place", "CONCEDE", ["Russia", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Am Wochenende hatten sich Unterhändler"),
            E("Holy See and Qatar work for the return of Ukrainian children", "CONSULT", ["Vatican", "Qatar"],
              "PAST_REF", "vague", "occurred", "Der Heilige Stuhl hatte sich zuletzt"),
        ],
        [
            S("Vatican", "Pope Leo XIV: Bucha is a wound in the heart of Europe; justice for the victims and return of "
              "the deported children", "2026-03-31", "context", "Papst Leo XIV. ließ dabei"),
            S("Ukraine", "More than 450 people were killed in Bucha alone", "2026-03-31", "published",
              "Nach ukrainischen Angaben"),
            S("Russia", "Denies any responsibility and speaks of staging", "2026-03-31", "published",
              "Moskau bestreitet jede Verantwortung"),
            S("Vatican", "Pope Francis spoke of a massacre", "2022-04-06", "text", "Papst Franziskus hatte"),
            S("Volodymyr Zelensky", "The world must not forget Bucha when negotiating peace; a deal without justice "
              "will not hold", "2026-03-31", "context", "sagte bei der Gedenkfeier"),
            S("Volodymyr Zelensky", "Partners should make the special tribunal operational quickly", "2026-03-31",
              "context", "Zugleich forderte er die Partner auf"),
            S("Kaja Kallas", "The EU will hold those responsible to account", "2026-03-31", "context",
              "Kallas sicherte zu"),
            S("Maria Zakharova", "Rejects the accusations; the West abuses the commemoration for anti-Russian "
              "propaganda", "2026-03-30", "text", "Maria Sacharowa die Vorwürfe"),
            S("Dmitry Peskov", "Bucha is not a subject of the ongoing talks with the US and Ukraine", "2026-03-31",
              "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Ukraine", "The agreed exchange is to take place in the coming days", "2026-03-31", "published",
              "Am Wochenende hatten sich Unterhändler"),
        ],
        ["Ukraine", "Vatican", "Russia", "Volodymyr Zelensky", "Kaja Kallas", "European Union", "Poland",
         "Andrii Sybiha", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States", "Qatar"],
    ),
    doc(
        "b55de04_pastoren_gefangenenaustausch_2026_01", "2026-01-19", DE04,
        [
            T("Samstag", "DATE", "2026-01-17"),
            T("Herbst 2022", "DATE", "2022-FA"),
            T("vergangenen Jahr", "DATE", "2025"),
            T("21. September 2022", "DATE", "2022-09-21"),
            T("dem Frühjahr 2025", "DATE", "2025-SP"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("kommenden Sonntag", "DATE", "2026-01-25"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Russia and Ukraine exchange 157 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-01-17", "text",
              "occurred", "Unter den 157 Ukrainern"),
            E("Russian security forces arrest the two pastors", "COERCE", ["Russia"], "2022-FA", "text", "occurred",
              "Beide waren im Herbst 2022"),
            E("UAE mediates the exchange", "CONSULT", ["Russia", "Ukraine"], "2026-01-17", "context", "occurred",
              "Der Austausch von jeweils 157", note="the UAE is not canonical"),
            E("USCIRF recommends designating Russia a country of particular concern", "REQUEST",
              ["United States", "Russia"], "2025", "text", "occurred", "USCIRF"),
            E("Zakharova rejects the accusations of persecuting believers", "REJECT", ["Maria Zakharova"],
              "2026-01-19", "published", "occurred", "Maria Sacharowa wies"),
            E("Zakharova calls the prisoners extremists and agents of Kyiv", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-01-19", "published", "occurred", "Maria Sacharowa wies"),
            E("Prisoner exchange of 21 September 2022", "CONCEDE", ["Russia", "Ukraine"], "2022-09-21", "text",
              "occurred", "Der Austausch erinnert an jenen"),
            E("Turkey and Saudi Arabia mediate the 2022 exchange", "CONSULT",
              ["Turkey", "Saudi Arabia", "Russia", "Ukraine"], "2022-09-21", "context", "occurred",
              "Der Austausch erinnert an jenen"),
            E("Kyiv demands an all-for-all exchange", "REQUEST", ["Ukraine", "Russia"], "2025-SP", "text", "occurred",
              "alle gegen alle", date_mod="START"),
            E("Next round of talks to cover civilian prisoners", "CONSULT", ["Steve Witkoff", "Russia", "Ukraine"],
              "2026-01-19", "published", "planned", "Steve Witkoff hatte zuletzt", note="no date given"),
        ],
        [
            S("Russia", "The exchange was mediated by the UAE", "2026-01-19", "published",
              "Der Austausch von jeweils 157"),
            S("Ukraine", "The exchange was mediated by the UAE", "2026-01-19", "published",
              "Der Austausch von jeweils 157"),
            S("Volodymyr Zelensky", "Thanks the UAE; Kyiv will not rest until all Ukrainians are back", "2026-01-19",
              "published", "dankte den Emiraten"),
            S("Russia", "Defence ministry: the returned soldiers are treated in Belarus first", "2026-01-19",
              "published", "Das russische Verteidigungsministerium"),
            S("United States", "USCIRF recommends designating Russia a country of particular concern", "2025", "text",
              "USCIRF"),
            S("Maria Zakharova", "Not believers but extremists and agents of Kyiv are prosecuted", "2026-01-19",
              "published", "Maria Sacharowa wies"),
            S("Ukraine", "Coordination staff: more than 5,800 Ukrainians have returned from captivity", "2026-01-19",
              "published", "Koordinierungsstabs"),
            S("Ukraine", "An all-for-all exchange is still being negotiated", "2026-01-19", "published",
              "alle gegen alle"),
            S("Steve Witkoff", "The next round should also deal with civilian prisoners", "PAST_REF", "vague",
              "Steve Witkoff hatte zuletzt"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "United States", "Maria Zakharova", "Turkey", "Saudi Arabia",
         "Steve Witkoff"],
    ),
    doc(
        "b55de05_rosselkhozbank_swift_istanbul_2026_07", "2026-07-17", DE05,
        [
            T("Donnerstag", "DATE", "2026-07-16"),
            T("März 2022", "DATE", "2022-03"),
            T("2022", "DATE", "2022", 1),
            T("März 2025", "DATE", "2025-03"),
            T("Freitag", "DATE", "2026-07-17"),
            T("Juni 2022", "DATE", "2022-06"),
            T("den vergangenen zwölf Monaten", "DURATION", "P12M"),
            T("Juli 2022", "DATE", "2022-07"),
            T("vor drei Jahren", "DATE", "2023"),
            T("17. Juli 2023", "DATE", "2023-07-17"),
            T("September", "DATE", "2026-09"),
            T("Freitagmorgen", "TIME", "2026-07-17TMO"),
            T("Anfang August", "DATE", "2026-08", mod="START"),
        ],
        [
            E("Russia–Ukraine–US talks in Istanbul", "CONSULT",
              ["Russia", "Ukraine", "United States", "Hakan Fidan", "Vladimir Medinsky", "Rustem Umerov",
               "Steve Witkoff"], "2026-07-16", "text", "occurred", "Das habe die russische Delegation"),
            E("Russia makes Rosselkhozbank's reconnection to Swift a condition for a Black Sea agreement", "REQUEST",
              ["Russia", "Ukraine", "United States"], "2026-07-16", "text", "occurred",
              "Das habe die russische Delegation"),
            E("Russia–Ukraine talks at the Dolmabahçe Palace in March 2022", "CONSULT", ["Russia", "Ukraine"],
              "2022-03", "text", "occurred", "an demselben Ort hatten Russland"),
            E("Medinsky: Russia ready for an agreement, but not on the terms of 2022", "AGREE", ["Vladimir Medinsky"],
              "2026-07-16", "context", "occurred", "Medinski sagte nach der Sitzung"),
            E("Medinsky: the promises of the UN memorandum were never kept", "ACCUSE",
              ["Vladimir Medinsky", "United Nations"], "2026-07-16", "context", "occurred", "Damals seien die Zusagen"),
            E("Washington ready to examine practical solutions for Russian farm exports", "AGREE",
              ["United States", "Russia"], "2026-07-17", "published", "occurred", "Aus Washington hieß es"),
            E("White House promises to help Russia's access to world markets for farm exports", "AGREE",
              ["White House", "Russia"], "2025-03", "text", "occurred", "Bereits im März 2025"),
            E("US–Russia talks in Riyadh", "CONSULT", ["White House", "Russia"], "2025-03", "context", "occurred",
              "Bereits im März 2025"),
            E("Kallas: Rosselkhozbank stays cut off from Swift", "REJECT", ["Kaja Kallas", "Russia"], "2026-07-17",
              "text", "occurred", "Solange Russland die Ukraine angreift"),
            E("EU cuts Rosselkhozbank off from Swift in its sixth package", "SANCTION", ["European Union", "Russia"],
              "2022-06", "text", "occurred", "im Juni 2022 mit dem sechsten"),
            E("Sybiha: Ukraine needs no new agreement to export", "REJECT", ["Andrii Sybiha", "Russia"], "2026-07-17",
              "published", "occurred", "brauche kein neues Abkommen"),
            E("Kyiv demands that an agreement exclude attacks on ports", "REQUEST", ["Ukraine", "Russia"],
              "2026-07-17", "published", "occurred", "Kiew verlangt stattdessen"),
            E("Black Sea Grain Initiative agreed under UN and Turkish mediation", "AGREE",
              ["United Nations", "Turkey", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "Die Schwarzmeer-Getreideinitiative war"),
            E("Russia quits the grain deal", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text", "occurred",
              "Russland stieg vor drei Jahren"),
            E("Russia complains that its demands were not met", "ACCUSE", ["Russia"], "2023-07-17", "context",
              "occurred", "Russland stieg vor drei Jahren"),
            E("Next round of talks in early August", "CONSULT", ["Russia", "Ukraine", "United States", "Turkey"],
              "2026-08", "text", "planned", "Die nächste Gesprächsrunde", date_mod="START"),
        ],
        [
            S("Vladimir Medinsky", "Russia is ready for an agreement, but not again on the terms of 2022", "2026-07-16",
              "context", "Medinski sagte nach der Sitzung"),
            S("Vladimir Medinsky", "The promises of the accompanying UN memorandum were never kept", "2026-07-16",
              "context", "Damals seien die Zusagen"),
            S("United States", "Ready to examine practical solutions for Russian farm and fertiliser exports",
              "2026-07-17", "published", "Aus Washington hieß es"),
            S("European Union", "Rejects any easing", "2026-07-17", "published", "Die EU lehnt eine Lockerung ab."),
            S("Kaja Kallas", "As long as Russia attacks Ukraine, Rosselkhozbank stays cut off from Swift",
              "2026-07-17", "text", "Solange Russland die Ukraine angreift"),
            S("Andrii Sybiha", "Ukraine needs no new agreement; more than 40 million tonnes shipped through its own "
              "corridor", "2026-07-17", "published", "brauche kein neues Abkommen"),
            S("Ukraine", "An agreement must also exclude attacks on ports", "2026-07-17", "published",
              "Kiew verlangt stattdessen"),
            S("Russia", "Quits the deal because its demands were not met", "2023-07-17", "context",
              "Russland stieg vor drei Jahren"),
            S("Turkey", "The next round is planned for early August", "2026-07-17", "published",
              "Die nächste Gesprächsrunde"),
        ],
        ["Russia", "Ukraine", "United States", "Hakan Fidan", "Turkey", "Vladimir Medinsky", "Rustem Umerov",
         "Steve Witkoff", "United Nations", "White House", "European Union", "Kaja Kallas", "Andrii Sybiha"],
    ),
    doc(
        "b55de06_hib_istanbul_2022_anfrage_2025_07", "2025-07-30", DE06,
        [
            T("2022", "DATE", "2022", 0),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("29. März 2022", "DATE", "2022-03-29"),
            T("Anfang April 2022", "DATE", "2022-04", mod="START"),
            T("Mai 2022", "DATE", "2022-05"),
            T("9. April 2022", "DATE", "2022-04-09"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Juni 2025", "DATE", "2025-06"),
            T("16. Mai 2025", "DATE", "2025-05-16"),
            T("2. Juni", "DATE", "2025-06-02"),
            T("23. Juli", "DATE", "2025-07-23"),
            T("Mai", "DATE", "2025-05", 2),
            T("2022", "DATE", "2022", 6),
        ],
        [
            E("Russian and Ukrainian delegations negotiate in Istanbul under Turkish mediation", "CONSULT",
              ["Russia", "Ukraine", "Turkey"], "2022-03-29", "text", "occurred", "Wie die Bundesregierung ausführt"),
            E("Ukraine proposes neutrality in exchange for international security guarantees", "REQUEST",
              ["Ukraine", "Russia"], "2022-03-29", "context", "occurred", "Die ukrainische Seite habe dabei"),
            E("Russia announces a drastic reduction of military activity near Kyiv and Chernihiv", "RETREAT",
              ["Russia", "Ukraine"], "2022-03-29", "context", "occurred", "drastische Reduzierung"),
            E("Russian troops withdraw from the Kyiv region", "RETREAT", ["Russia"], "2022-04", "context", "occurred",
              "Nach dem Abzug der russischen Truppen", date_mod="START"),
            E("Atrocities against civilians in Bucha and other towns", "ASSAULT", ["Russia", "Ukraine"], "2022-04",
              "context", "occurred", "Nach dem Abzug der russischen Truppen", date_mod="START",
              note="became known in early April 2022; committed during the occupation in March"),
            E("The Russia–Ukraine talks stall", "REJECT", ["Russia", "Ukraine"], "2022-05", "text", "occurred",
              "zum Erliegen gekommen"),
            E("Johnson visits Kyiv", "CONSULT", ["United Kingdom", "Ukraine"], "2022-04-09", "text", "occurred",
              "Zum Besuch Johnsons in Kiew"),
            E("Johnson promises further arms deliveries", "AID", ["United Kingdom", "Ukraine"], "2022-04-09",
              "context", "planned", "Johnson hatte damals"),
            E("German government rejects the claim that the West prevented a deal", "REJECT", ["Germany", "Russia"],
              "2025-07-30", "published", "occurred", "Die Darstellung, der Westen"),
            E("German government accuses Russia of spreading the narrative to deflect responsibility", "ACCUSE",
              ["Germany", "Russia"], "2025-07-30", "published", "occurred", "Die Darstellung, der Westen"),
            E("Putin claims Kyiv dropped the Istanbul document under pressure from London", "ACCUSE",
              ["Vladimir Putin", "Ukraine", "United Kingdom"], "2025-06", "text", "occurred",
              "Putin hatte zuletzt im Juni 2025"),
            E("Direct Russia–Ukraine talks resume in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text",
              "occurred", "am 16. Mai 2025 in Istanbul"),
            E("German government welcomes every step towards a ceasefire", "SUPPORT", ["Germany"], "2025-07-30",
              "published", "occurred", "am 16. Mai 2025 in Istanbul"),
            E("Second Istanbul round", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text", "occurred",
              "Bei der zweiten Runde am 2. Juni"),
            E("Agreement to exchange all severely wounded and young prisoners", "AGREE", ["Russia", "Ukraine"],
              "2025-06-02", "context", "occurred", "Bei der zweiten Runde am 2. Juni"),
            E("Russia presents a memorandum with its conditions", "REQUEST", ["Russia", "Ukraine"], "2025-06-02",
              "context", "occurred", "ein Memorandum mit Bedingungen"),
            E("Third Istanbul round", "CONSULT", ["Russia", "Ukraine"], "2025-07-23", "text", "occurred",
              "dritten Runde am 23. Juli"),
            E("No breakthrough on a ceasefire at the third round", "REJECT", ["Russia", "Ukraine"], "2025-07-23",
              "context", "occurred", "dritten Runde am 23. Juli"),
            E("German government maintains its demand for an immediate, unconditional ceasefire", "REQUEST",
              ["Germany", "Russia"], "2025-07-30", "published", "occurred", "Die Bundesregierung halte an"),
            E("Merz and the leaders of France, the UK and Poland demand a ceasefire in Kyiv", "REQUEST",
              ["Friedrich Merz", "France", "United Kingdom", "Poland", "Russia"], "2025-05", "text", "occurred",
              "Die Bundesregierung halte an"),
            E("Merz visits Kyiv with the leaders of France, the UK and Poland", "CONSULT",
              ["Friedrich Merz", "France", "United Kingdom", "Poland", "Ukraine"], "2025-05", "text", "occurred",
              "Die Bundesregierung halte an"),
        ],
        [
            S("Germany", "No knowledge that Western governments pushed Ukraine to break off the talks in spring 2022",
              "2025-07-30", "published", "keine Erkenntnisse darüber"),
            S("Germany", "The delegations negotiated in Istanbul on 29 March 2022 under Turkish mediation",
              "2025-07-30", "published", "Wie die Bundesregierung ausführt"),
            S("Germany", "Ukraine proposed neutrality for security guarantees; Germany was not involved", "2025-07-30",
              "published", "Die ukrainische Seite habe dabei"),
            S("Russia", "Announces a drastic reduction of its military activity near Kyiv and Chernihiv", "2022-03-29",
              "context", "drastische Reduzierung"),
            S("Germany", "Atrocities in Bucha became known in early April 2022 after the Russian withdrawal",
              "2025-07-30", "published", "Nach dem Abzug der russischen Truppen"),
            S("Germany", "The talks came to a standstill in May 2022", "2025-07-30", "published",
              "zum Erliegen gekommen"),
            S("Germany", "No knowledge of Johnson's visit beyond his public remarks", "2025-07-30", "published",
              "Zum Besuch Johnsons in Kiew"),
            S("Germany", "Does not share the claim that the West prevented a deal; Russia spreads it to deflect "
              "responsibility", "2025-07-30", "published", "Die Darstellung, der Westen"),
            S("Vladimir Putin", "Kyiv dropped the Istanbul document under pressure from London", "2025-06", "text",
              "Putin hatte zuletzt im Juni 2025"),
            S("Germany", "Welcomes every step towards a ceasefire", "2025-07-30", "published",
              "am 16. Mai 2025 in Istanbul"),
            S("Germany", "Both sides agreed at the second round to exchange all severely wounded and young prisoners",
              "2025-07-30", "published", "Bei der zweiten Runde am 2. Juni"),
            S("Germany", "Russia's memorandum amounts to Ukraine's capitulation", "2025-07-30", "published",
              "ein Memorandum mit Bedingungen"),
            S("Germany", "No breakthrough on a ceasefire at the third round either", "2025-07-30", "published",
              "dritten Runde am 23. Juli"),
            S("Germany", "Maintains the demand for an immediate and unconditional ceasefire", "2025-07-30",
              "published", "Die Bundesregierung halte an"),
        ],
        ["Germany", "Ukraine", "Russia", "Turkey", "United Kingdom", "Vladimir Putin", "Friedrich Merz", "France",
         "Poland"],
    ),
]
