"""German held-out articles (fictionalised wire style; facts approximate)."""
from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- de01
DOCS.append(dict(
    id="hde01_iaea_saporischschja_2022_09", lang="de", published="2022-09-02",
    body="""
IAEA-Inspektoren erreichen besetztes Atomkraftwerk Saporischschja
Nach tagelangem Ringen um Sicherheitsgarantien haben Inspektoren der Internationalen Atomenergiebehörde (IAEA) am Donnerstag das von russischen Truppen besetzte Atomkraftwerk Saporischschja erreicht.
Der Konvoi war am Morgen in der Stadt Saporischschja aufgebrochen und passierte die Frontlinie wegen anhaltenden Beschusses mit fast dreistündiger Verspätung.
Die IAEA teilte am Abend in Wien mit, zwei ihrer Experten würden dauerhaft auf dem Gelände bleiben.

Kiew und Moskau hatten sich in den vergangenen Wochen gegenseitig beschuldigt, das Kraftwerk zu beschießen.
Der ukrainische Präsident Wolodymyr Selenskyj warf Russland am Mittwochabend vor, die Mission mit gezielten Provokationen zu behindern.
Kremlsprecher Dmitri Peskow nannte den Besuch dagegen „wichtig“ und versicherte, Russland garantiere die Sicherheit der Experten.

Bereits Anfang August hatte UN-Generalsekretär António Guterres eine entmilitarisierte Zone rund um das größte Kernkraftwerk Europas gefordert.
Moskau lehnte dies ab und verwies auf die Gefahr ukrainischer Sabotage.
Nach Angaben des Betreibers Energoatom musste ein Reaktorblock am Donnerstag nach Beschuss heruntergefahren werden, zuletzt war nur noch ein Block am Netz.

Die Inspektoren wollen ihre Arbeit in den kommenden Tagen fortsetzen und Anfang nächster Woche einen ersten Bericht vorlegen.
IAEA-Chef Rafael Grossi will den UN-Sicherheitsrat am Dienstag um 15 Uhr New Yorker Zeit unterrichten.
Kiew machte russische Truppen unterdessen für neuen Beschuss des Geländes in der Nacht zum Freitag verantwortlich.
""",
    timexes=[
        T("tagelangem", "DURATION", "PXD"),
        T("Donnerstag", "DATE", "2022-09-01", 0),
        T("Morgen", "TIME", "2022-09-01TMO"),
        T("fast dreistündiger", "DURATION", "PT3H", mod="APPROX"),
        T("Abend", "TIME", "2022-09-01TEV"),
        T("den vergangenen Wochen", "DATE", "PAST_REF"),
        T("Mittwochabend", "TIME", "2022-08-31TEV"),
        T("Anfang August", "DATE", "2022-08", mod="START"),
        T("Donnerstag", "DATE", "2022-09-01", 1),
        T("zuletzt", "DATE", "PAST_REF"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Anfang nächster Woche", "DATE", "2022-W36", mod="START"),
        T("Dienstag", "DATE", "2022-09-06"),
        T("15 Uhr New Yorker Zeit", "TIME", "2022-09-06T15:00", note="New York time"),
        T("der Nacht zum Freitag", "TIME", "2022-09-01TNI", note="night to Friday 2022-09-02"),
    ],
    events=[
        E("IAEA inspectors reach the Zaporizhzhia nuclear plant", "CONSULT", ["IAEA"],
          "2022-09-01", "text", "occurred", "am Donnerstag das von russischen Truppen"),
        E("Kyiv and Moscow accuse each other of shelling the plant", "ACCUSE", ["Ukraine", "Russia"],
          "PAST_REF", "vague", "occurred", "gegenseitig beschuldigt"),
        E("Zelensky accuses Russia of obstructing the mission", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2022-08-31TEV", "text", "occurred", "gezielten Provokationen"),
        E("Russia guarantees the safety of the IAEA experts", "AGREE", ["Russia", "IAEA"],
          "2022-09-02", "published", "occurred", "garantiere die Sicherheit"),
        E("Guterres calls for a demilitarised zone around the plant", "REQUEST",
          ["António Guterres", "United Nations"], "2022-08", "text", "occurred", "entmilitarisierte Zone",
          date_mod="START"),
        E("Russia rejects a demilitarised zone", "REJECT", ["Russia"],
          "2022-08", "context", "occurred", "Moskau lehnte dies ab"),
        E("IAEA chief to brief the UN Security Council", "CONSULT", ["IAEA", "United Nations"],
          "2022-09-06T15:00", "text", "planned", "UN-Sicherheitsrat",
          note="New York time"),
        E("Kyiv blames Russian troops for new shelling of the site", "ACCUSE", ["Ukraine", "Russia"],
          "2022-09-02", "published", "occurred", "verantwortlich"),
        E("Shelling of the plant site overnight (attributed to Russia by Kyiv)", "ASSAULT", ["Russia"],
          "2022-09-01TNI", "text", "uncertain", "verantwortlich", note="night to Friday 2022-09-02"),
    ],
    statements=[
        S("IAEA", "Two experts will stay permanently at the plant", "2022-09-01", "text",
          "dauerhaft auf dem Gelände"),
        S("Volodymyr Zelensky", "Russia is obstructing the mission with provocations", "2022-08-31", "text",
          "gezielten Provokationen"),
        S("Dmitry Peskov", "The visit is important; Russia guarantees the experts' safety", "2022-09-02",
          "published", "garantiere die Sicherheit"),
        S("António Guterres", "Calls for a demilitarised zone around the plant", "2022-08", "text",
          "entmilitarisierte Zone"),
        S("Ukraine", "Russian troops are responsible for new shelling of the site", "2022-09-02", "published",
          "verantwortlich"),
    ],
    actors=["IAEA", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
            "António Guterres", "United Nations"],
))

# --------------------------------------------------------------------------- de02
DOCS.append(dict(
    id="hde02_vatikan_kinder_moskau_2023_06", lang="de", published="2023-06-29",
    body="""
Papst-Gesandter wirbt in Moskau für Rückkehr ukrainischer Kinder
Der Friedensbeauftragte des Vatikans, Kardinal Matteo Zuppi, ist am Mittwoch zu einem zweitägigen Besuch in Moskau eingetroffen.
Am Nachmittag empfing ihn Kremlberater Juri Uschakow zu einem gut einstündigen Gespräch.
Heute soll Zuppi die russische Kinderrechtsbeauftragte Maria Lwowa-Belowa treffen, die vom Internationalen Strafgerichtshof wegen der Verschleppung ukrainischer Kinder gesucht wird.

Kremlsprecher Dmitri Peskow sagte, ein Treffen mit Präsident Wladimir Putin sei nicht vorgesehen.
Man schätze die Bemühungen des Heiligen Stuhls, sehe aber „derzeit keinen konkreten Friedensplan“, fügte er hinzu.
Anfang Juni war Zuppi bereits in Kiew von Präsident Wolodymyr Selenskyj empfangen worden.
Selenskyj hatte damals klargemacht, dass die Ukraine keine Vermittlung akzeptiere, die auf ein Einfrieren der Front hinauslaufe.

Nach ukrainischen Angaben wurden seit Februar 2022 mehr als 19.000 Kinder nach Russland oder in besetzte Gebiete gebracht, bislang kehrten nur einige Hundert zurück.
Bis Ende des Jahres wollen Kiew und der Vatikan einen Mechanismus für die Rückführung schaffen, hieß es aus Diplomatenkreisen.
Papst Franziskus hatte die Mission im Mai ins Leben gerufen und die Hoffnung geäußert, dass der Krieg in naher Zukunft ende.
Nach seiner Rückkehr will Zuppi in Rom Bericht erstatten; eine Reise zu US-Präsident Joe Biden nach Washington ist für Mitte Juli im Gespräch.
""",
    timexes=[
        T("Mittwoch", "DATE", "2023-06-28"),
        T("zweitägigen", "DURATION", "P2D"),
        T("Nachmittag", "TIME", "2023-06-28TAF"),
        T("gut einstündigen", "DURATION", "PT1H", mod="MORE_THAN"),
        T("Heute", "DATE", "2023-06-29"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Anfang Juni", "DATE", "2023-06", mod="START"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Ende des Jahres", "DATE", "2023", mod="END"),
        T("Mai", "DATE", "2023-05"),
        T("naher Zukunft", "DATE", "FUTURE_REF"),
        T("Mitte Juli", "DATE", "2023-07", mod="MID"),
    ],
    events=[
        E("Vatican peace envoy arrives in Moscow for a two-day visit", "CONSULT", ["Vatican", "Russia"],
          "2023-06-28", "text", "occurred", "zweitägigen Besuch"),
        E("Ushakov receives the Vatican envoy", "CONSULT", ["Yuri Ushakov", "Vatican"],
          "2023-06-28TAF", "text", "occurred", "gut einstündigen"),
        E("Vatican envoy to meet the Russian children's rights commissioner", "CONSULT", ["Vatican", "Russia"],
          "2023-06-29", "text", "planned", "Kinderrechtsbeauftragte"),
        E("Zelensky received the Vatican envoy in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
          "2023-06", "text", "occurred", "Anfang Juni war Zuppi", date_mod="START",
          note="5-6 June 2023"),
        E("Zelensky rejects mediation that would freeze the front line", "REJECT",
          ["Volodymyr Zelensky", "Ukraine", "Vatican"], "2023-06", "context", "occurred", "Einfrieren der Front",
          date_mod="START"),
        E("Kyiv and the Vatican plan a mechanism for returning children", "COOPERATE", ["Ukraine", "Vatican"],
          "2023", "text", "planned", "Mechanismus für die Rückführung", date_mod="END"),
        E("Possible trip of the Vatican envoy to Biden in Washington", "CONSULT",
          ["Vatican", "Joe Biden", "United States"], "2023-07", "text", "uncertain", "Mitte Juli",
          date_mod="MID", note="The envoy visited Washington on 17-19 July 2023"),
    ],
    statements=[
        S("Dmitry Peskov", "No meeting with Putin is planned", "2023-06-29", "published", "nicht vorgesehen"),
        S("Dmitry Peskov", "Values the Holy See's efforts but sees no concrete peace plan at present",
          "2023-06-29", "published", "Bemühungen des Heiligen Stuhls"),
        S("Volodymyr Zelensky", "Ukraine will not accept mediation that freezes the front line", "2023-06",
          "context", "Einfrieren der Front"),
    ],
    actors=["Vatican", "Russia", "Kremlin", "Yuri Ushakov", "Dmitry Peskov", "Vladimir Putin",
            "Ukraine", "Volodymyr Zelensky", "Joe Biden", "United States"],
))

# --------------------------------------------------------------------------- de03
DOCS.append(dict(
    id="hde03_sanktionspaket19_2025_10", lang="de", published="2025-10-23",
    body="""
EU beschließt 19. Sanktionspaket gegen Russland
Die Europäische Union hat am Donnerstagmorgen ihr 19. Sanktionspaket gegen Russland endgültig angenommen.
Die Slowakei hatte ihre Blockade erst in der Nacht aufgegeben, nachdem ihr Zusagen zu hohen Energiepreisen gemacht worden waren.
Kern des Pakets ist ein vollständiges Importverbot für russisches Flüssiggas ab Januar 2027, kurzfristige Lieferverträge enden bereits nach sechs Monaten.
Zudem werden 117 weitere Schiffe der sogenannten Schattenflotte gelistet.

Die Kommission hatte den Entwurf vor fünf Wochen vorgelegt.
Die EU-Außenbeauftragte Kaja Kallas sprach von einem „starken Signal“ an Moskau, dass die Kosten des Krieges weiter stiegen.
Kommissionspräsidentin Ursula von der Leyen kündigte an, bereits an einem 20. Paket zu arbeiten, das Anfang 2026 vorliegen solle.
Ungarns Ministerpräsident Viktor Orbán stimmte nach wochenlangem Zögern zu, kritisierte aber erneut, die Sanktionen schadeten Europa mehr als Russland.

Am Mittwoch hatten bereits die USA erstmals in der zweiten Amtszeit von Präsident Donald Trump Sanktionen gegen die Ölkonzerne Rosneft und Lukoil verhängt.
Trump sagte vor Journalisten, seine Gespräche mit Wladimir Putin führten „nirgendwohin“, es sei „jetzt an der Zeit“ zu handeln.
Der Kreml reagierte gelassen: Sprecher Dmitri Peskow erklärte am Donnerstag, Russland habe seit Jahren eine „gewisse Immunität“ gegen Sanktionen entwickelt.
Die Staats- und Regierungschefs der EU beraten ab dem Nachmittag in Brüssel mit Präsident Wolodymyr Selenskyj über die weitere Finanzierung der Ukraine.
Eine Entscheidung über ein Darlehen aus eingefrorenen russischen Vermögen wird frühestens im Dezember erwartet.
""",
    timexes=[
        T("Donnerstagmorgen", "TIME", "2025-10-23TMO"),
        T("der Nacht", "TIME", "2025-10-22TNI", note="night to Thursday 2025-10-23"),
        T("Januar 2027", "DATE", "2027-01"),
        T("sechs Monaten", "DURATION", "P6M"),
        T("vor fünf Wochen", "DATE", "2025-W38"),
        T("Anfang 2026", "DATE", "2026", mod="START"),
        T("wochenlangem", "DURATION", "PXW"),
        T("Mittwoch", "DATE", "2025-10-22"),
        T("jetzt", "DATE", "PRESENT_REF"),
        T("Donnerstag", "DATE", "2025-10-23"),
        T("Jahren", "DURATION", "PXY"),
        T("dem Nachmittag", "TIME", "2025-10-23TAF"),
        T("Dezember", "DATE", "2025-12"),
    ],
    events=[
        E("EU adopts its 19th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
          "2025-10-23TMO", "text", "occurred", "endgültig angenommen"),
        E("EU ban on Russian LNG imports takes full effect", "SANCTION", ["European Union", "Russia"],
          "2027-01", "text", "planned", "Flüssiggas"),
        E("Commission proposed the draft package", "REQUEST", ["European Union"],
          "2025-W38", "text", "occurred", "Entwurf vor fünf Wochen"),
        E("Commission preparing a 20th sanctions package", "SANCTION",
          ["Ursula von der Leyen", "European Union", "Russia"], "2026", "text", "planned", "20. Paket",
          date_mod="START"),
        E("Orbán agrees to the package", "AGREE", ["Viktor Orbán"],
          "2025-10-23", "published", "occurred", "wochenlangem Zögern"),
        E("Orbán criticises EU sanctions as hurting Europe more than Russia", "ACCUSE",
          ["Viktor Orbán", "European Union"], "2025-10-23", "published", "occurred", "wochenlangem Zögern"),
        E("US sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Donald Trump", "Russia"],
          "2025-10-22", "text", "occurred", "Rosneft und Lukoil"),
        E("EU summit with Zelensky on Ukraine's financing", "CONSULT", ["European Union", "Volodymyr Zelensky"],
          "2025-10-23TAF", "text", "planned", "Finanzierung der Ukraine"),
        E("Decision on a loan to Ukraine from frozen Russian assets", "AID", ["European Union", "Ukraine"],
          "2025-12", "text", "uncertain", "eingefrorenen russischen Vermögen"),
    ],
    statements=[
        S("Kaja Kallas", "The package is a strong signal to Moscow that the costs of war keep rising",
          "2025-10-23", "published", "starken Signal"),
        S("Ursula von der Leyen", "Already working on a 20th package due early 2026", "2025-10-23", "published",
          "20. Paket"),
        S("Viktor Orbán", "Sanctions hurt Europe more than Russia", "2025-10-23", "published",
          "wochenlangem Zögern"),
        S("Donald Trump", "Talks with Putin go nowhere; now is the time to act", "2025-10-22", "context",
          "nirgendwohin"),
        S("Dmitry Peskov", "Russia has developed a certain immunity to sanctions", "2025-10-23", "text",
          "gewisse Immunität"),
    ],
    actors=["European Union", "Russia", "Kaja Kallas", "Ursula von der Leyen", "Viktor Orbán",
            "United States", "Donald Trump", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
            "Volodymyr Zelensky", "Ukraine"],
))

# --------------------------------------------------------------------------- de04
DOCS.append(dict(
    id="hde04_sotschi_getreide_2023_09", lang="de", published="2023-09-04",
    body="""
Erdoğan scheitert in Sotschi mit Vorstoß zur Rettung des Getreideabkommens
Der türkische Präsident Recep Tayyip Erdoğan hat bei einem Treffen mit Kremlchef Wladimir Putin am Montag in Sotschi keinen Durchbruch für eine Rückkehr Russlands zum Schwarzmeer-Getreideabkommen erzielt.
Die Gespräche in Putins Residenz am Schwarzen Meer dauerten nach Angaben aus Ankara knapp drei Stunden.
Putin sagte nach dem Treffen, Russland sei bereit, die Vereinbarung „innerhalb weniger Tage“ wieder in Kraft zu setzen, sobald der Westen seine Zusagen erfülle.
Dazu zählt Moskau vor allem die Wiederanbindung der staatlichen Landwirtschaftsbank an das Zahlungssystem Swift.

Erdoğan zeigte sich dennoch zuversichtlich, dass „in kurzer Zeit“ eine Lösung gefunden werde, die auch den Erwartungen der Ukraine entspreche.
Russland hatte das Abkommen am 17. Juli auslaufen lassen, das ein Jahr lang die Ausfuhr ukrainischen Getreides über das Schwarze Meer ermöglicht hatte.
Seit Mitte Juli greift die russische Armee fast täglich ukrainische Hafenanlagen an.
Auch in der Nacht zum Montag beschossen russische Drohnen den Donauhafen Ismajil.

Außenminister Hakan Fidan hatte das Treffen vergangene Woche bei Gesprächen mit seinem russischen Kollegen Sergej Lawrow in Moskau vorbereitet.
Lawrow hatte dabei einen Kompromissvorschlag der Vereinten Nationen als „unrealistisch“ zurückgewiesen.
Putin kündigte zudem an, in den kommenden Wochen bis zu eine Million Tonnen Getreide über die Türkei an bedürftige Länder zu liefern, die Finanzierung solle Katar übernehmen.
Ein Gegenbesuch Putins in der Türkei wird nach türkischen Angaben für Ende Oktober erwogen.
""",
    timexes=[
        T("Montag", "DATE", "2023-09-04", 0),
        T("knapp drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("weniger Tage", "DURATION", "PXD"),
        T("kurzer Zeit", "DATE", "FUTURE_REF"),
        T("17. Juli", "DATE", "2023-07-17"),
        T("ein Jahr", "DURATION", "P1Y"),
        T("Mitte Juli", "DATE", "2023-07", mod="MID"),
        T("fast täglich", "SET", "P1D", mod="APPROX"),
        T("der Nacht zum Montag", "TIME", "2023-09-03TNI", note="night to Monday 2023-09-04"),
        T("vergangene Woche", "DATE", "2023-W35"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("Ende Oktober", "DATE", "2023-10", mod="END"),
    ],
    events=[
        E("Erdoğan and Putin meet in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2023-09-04", "text", "occurred", "keinen Durchbruch"),
        E("Putin makes a return to the grain deal conditional on the West meeting its commitments", "REQUEST",
          ["Vladimir Putin", "Russia"], "2023-09-04", "context", "occurred", "sobald der Westen"),
        E("Russia let the Black Sea grain deal expire", "REJECT", ["Russia"],
          "2023-07-17", "text", "occurred", "auslaufen lassen"),
        E("Near-daily Russian attacks on Ukrainian port facilities", "ASSAULT", ["Russia", "Ukraine"],
          "2023-07", "text", "occurred", "fast täglich", date_mod="MID",
          note="recurring attacks since the grain deal expired; dated by their start"),
        E("Russian drone attack on the Danube port of Izmail", "ASSAULT", ["Russia", "Ukraine"],
          "2023-09-03TNI", "text", "occurred", "Ismajil", note="night to Monday 2023-09-04"),
        E("Fidan and Lavrov prepared the summit in Moscow", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"],
          "2023-W35", "text", "occurred", "vergangene Woche", note="31 Aug 2023"),
        E("Lavrov rejects a UN compromise proposal", "REJECT", ["Sergey Lavrov", "United Nations"],
          "2023-W35", "context", "occurred", "unrealistisch"),
        E("Putin promises up to one million tonnes of grain via Turkey, financed by Qatar", "AGREE",
          ["Vladimir Putin", "Russia", "Turkey", "Qatar"], "2023-09-04", "context", "occurred",
          "eine Million Tonnen"),
        E("Possible return visit by Putin to Turkey", "CONSULT", ["Vladimir Putin", "Turkey"],
          "2023-10", "text", "uncertain", "Gegenbesuch", date_mod="END"),
    ],
    statements=[
        S("Vladimir Putin", "Russia ready to revive the deal within days once the West meets its commitments",
          "2023-09-04", "context", "sobald der Westen"),
        S("Recep Tayyip Erdoğan", "Confident a solution will be found soon", "2023-09-04", "context",
          "in kurzer Zeit"),
        S("Sergey Lavrov", "UN compromise proposal is unrealistic", "2023-W35", "context", "unrealistisch"),
        S("Vladimir Putin", "Russia will deliver up to one million tonnes of grain via Turkey, financed by Qatar",
          "2023-09-04", "context", "eine Million Tonnen"),
        S("Turkey", "A return visit by Putin is being considered for late October", "2023-09-04", "published",
          "Gegenbesuch"),
    ],
    actors=["Recep Tayyip Erdoğan", "Turkey", "Kremlin", "Vladimir Putin", "Russia", "Ukraine",
            "Hakan Fidan", "Sergey Lavrov", "United Nations", "Qatar"],
))

# --------------------------------------------------------------------------- de05
DOCS.append(dict(
    id="hde05_putin_bedingungen_buergenstock_2024_06", lang="de", published="2024-06-14",
    body="""
Putin knüpft Waffenruhe an Rückzug der Ukraine aus vier Regionen
Kremlchef Wladimir Putin hat am Freitag eine Waffenruhe angeboten, falls die Ukraine ihre Truppen vollständig aus den Gebieten Donezk, Luhansk, Saporischschja und Cherson abzieht.
Zudem müsse Kiew offiziell auf einen NATO-Beitritt verzichten, sagte Putin in einer Rede vor der Führung des Außenministeriums, die um 14 Uhr Moskauer Zeit begann.
„Wenn Kiew zustimmt, können die Verhandlungen schon morgen beginnen“, erklärte er.

Präsident Wolodymyr Selenskyj wies den Vorstoß umgehend als „Ultimatum“ zurück.
Es handle sich um dieselben Forderungen, die Moskau seit fast zwei Jahren stelle, sagte er am Rande des G7-Gipfels im süditalienischen Apulien.
NATO-Generalsekretär Jens Stoltenberg sagte in Brüssel, das sei „kein Friedensangebot in gutem Glauben“.
Italiens Ministerpräsidentin Giorgia Meloni nannte die Bedingungen eine „Propagandaaktion“.
Die G7-Staaten um US-Präsident Joe Biden hatten sich am Donnerstag darauf verständigt, der Ukraine bis Jahresende einen Kredit über 50 Milliarden Dollar aus Zinserträgen eingefrorener russischer Vermögen bereitzustellen.

Die Schweiz hat für Samstag und Sonntag rund 90 Staaten zu einer Friedenskonferenz mit Selenskyj auf den Bürgenstock eingeladen.
Russland ist nicht eingeladen, China hatte seine Teilnahme bereits Ende Mai abgesagt.
Bundeskanzler Olaf Scholz will am Samstagnachmittag eintreffen.
Der Kreml hatte die Konferenz bereits im Frühjahr als „sinnlos“ bezeichnet.
""",
    timexes=[
        T("Freitag", "DATE", "2024-06-14"),
        T("14 Uhr Moskauer Zeit", "TIME", "2024-06-14T14:00", note="Moscow time"),
        T("morgen", "DATE", "2024-06-15"),
        T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
        T("Donnerstag", "DATE", "2024-06-13"),
        T("Jahresende", "DATE", "2024", mod="END"),
        T("Samstag", "DATE", "2024-06-15"),
        T("Sonntag", "DATE", "2024-06-16"),
        T("Ende Mai", "DATE", "2024-05", mod="END"),
        T("Samstagnachmittag", "TIME", "2024-06-15TAF"),
        T("Frühjahr", "DATE", "2024-SP"),
    ],
    events=[
        E("Putin offers a ceasefire if Ukraine withdraws from four regions", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2024-06-14", "text", "occurred", "falls die Ukraine"),
        E("Putin demands that Kyiv renounce NATO membership", "REQUEST", ["Vladimir Putin", "Ukraine", "NATO"],
          "2024-06-14", "context", "occurred", "NATO-Beitritt verzichten"),
        E("Zelensky rejects Putin's conditions as an ultimatum", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-06-14", "published", "occurred", "„Ultimatum“ zurück"),
        E("Stoltenberg: not a peace offer made in good faith", "ACCUSE", ["Jens Stoltenberg", "Vladimir Putin"],
          "2024-06-14", "published", "occurred", "gutem Glauben"),
        E("Meloni calls Putin's conditions propaganda", "ACCUSE", ["Giorgia Meloni", "Vladimir Putin"],
          "2024-06-14", "published", "occurred", "Propagandaaktion"),
        E("G7 agree on a 50-billion-dollar loan to Ukraine from frozen-asset profits", "AGREE",
          ["Joe Biden", "United States", "Ukraine"], "2024-06-13", "text", "occurred", "50 Milliarden"),
        E("Peace conference on the Bürgenstock", "CONSULT", ["Volodymyr Zelensky"],
          "2024-06-15", "text", "planned", "Bürgenstock", note="15-16 June 2024"),
        E("China declines to attend the peace conference", "REJECT", ["China"],
          "2024-05", "text", "occurred", "Teilnahme bereits Ende Mai", date_mod="END"),
        E("Scholz to attend the peace conference", "CONSULT", ["Olaf Scholz", "Germany"],
          "2024-06-15TAF", "text", "planned", "Samstagnachmittag"),
        E("Kremlin dismisses the peace conference as pointless", "ACCUSE", ["Kremlin"],
          "2024-SP", "text", "occurred", "sinnlos"),
    ],
    statements=[
        S("Vladimir Putin", "Ceasefire if Ukraine withdraws from Donetsk, Luhansk, Zaporizhzhia and Kherson",
          "2024-06-14", "text", "falls die Ukraine"),
        S("Vladimir Putin", "Kyiv must officially renounce NATO membership", "2024-06-14", "context",
          "NATO-Beitritt verzichten"),
        S("Vladimir Putin", "Negotiations could start tomorrow if Kyiv agrees", "2024-06-14", "context",
          "schon morgen"),
        S("Volodymyr Zelensky", "Putin's proposal is an ultimatum", "2024-06-14", "published", "„Ultimatum“ zurück"),
        S("Volodymyr Zelensky", "These are the same demands Moscow has made for nearly two years", "2024-06-14",
          "published", "dieselben Forderungen"),
        S("Jens Stoltenberg", "Not a peace offer made in good faith", "2024-06-14", "published", "gutem Glauben"),
        S("Giorgia Meloni", "The conditions are a propaganda move", "2024-06-14", "published", "Propagandaaktion"),
        S("Kremlin", "The peace conference is pointless", "2024-SP", "text", "sinnlos"),
    ],
    actors=["Kremlin", "Vladimir Putin", "Ukraine", "NATO", "Russia", "Volodymyr Zelensky",
            "Jens Stoltenberg", "Giorgia Meloni", "Joe Biden", "United States", "China",
            "Olaf Scholz", "Germany"],
))

# --------------------------------------------------------------------------- de06
DOCS.append(dict(
    id="hde06_orban_moskau_2024_07", lang="de", published="2024-07-05",
    body="""
Orbán trifft Putin in Moskau – scharfe Kritik aus Brüssel
Ungarns Ministerpräsident Viktor Orbán ist am Freitag überraschend nach Moskau gereist und dort von Präsident Wladimir Putin empfangen worden.
Die Maschine des Regierungschefs landete um 10 Uhr Moskauer Zeit, das Gespräch dauerte nach Angaben von Kremlsprecher Dmitri Peskow mehr als drei Stunden.
Orbán sprach anschließend von einer „Friedensmission“ und sagte, die Positionen beider Seiten lägen „sehr weit auseinander“.
Putin bekräftigte, eine Waffenruhe sei nur nach einem vollständigen Abzug der ukrainischen Truppen aus vier Regionen denkbar.

Erst am Dienstag hatte Orbán in Kiew Präsident Wolodymyr Selenskyj getroffen und ihm eine rasche Feuerpause vorgeschlagen.
Selenskyjs Büroleiter Andrij Jermak erklärte am Freitagabend, Kiew sei über die Reise nach Moskau nicht informiert worden.
In Brüssel stieß der Besuch auf scharfe Ablehnung, da Ungarn erst seit Montag die halbjährlich wechselnde EU-Ratspräsidentschaft innehat.
Kommissionspräsidentin Ursula von der Leyen schrieb, Beschwichtigung werde Putin nicht stoppen.
Polens Ministerpräsident Donald Tusk warf Orbán vor, im Namen der EU aufzutreten, ohne dafür ein Mandat zu haben.

Beim NATO-Gipfel in Washington kommende Woche dürfte die Frage einer einheitlichen Linie gegenüber Moskau erneut auf die Tagesordnung kommen, hieß es aus Diplomatenkreisen.
Orbán kündigte an, seine Mission in den nächsten Tagen fortsetzen zu wollen, ein Treffen mit Chinas Staatschef Xi Jinping gilt als möglich.
Bereits im vergangenen Jahr war Orbán als einziger Regierungschef der EU in Peking mit Putin zusammengetroffen.
""",
    timexes=[
        T("Freitag", "DATE", "2024-07-05"),
        T("10 Uhr Moskauer Zeit", "TIME", "2024-07-05T10:00", note="Moscow time"),
        T("mehr als drei Stunden", "DURATION", "PT3H", mod="MORE_THAN"),
        T("Dienstag", "DATE", "2024-07-02"),
        T("Freitagabend", "TIME", "2024-07-05TEV"),
        T("Montag", "DATE", "2024-07-01"),
        T("halbjährlich", "SET", "P6M"),
        T("kommende Woche", "DATE", "2024-W28"),
        T("den nächsten Tagen", "DATE", "FUTURE_REF"),
        T("vergangenen Jahr", "DATE", "2023"),
    ],
    events=[
        E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"],
          "2024-07-05", "text", "occurred", "überraschend nach Moskau"),
        E("Putin reiterates demand for a full Ukrainian withdrawal from four regions", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2024-07-05", "context", "occurred", "vollständigen Abzug"),
        E("Orbán meets Zelensky in Kyiv", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"],
          "2024-07-02", "text", "occurred", "Erst am Dienstag"),
        E("Orbán proposes a quick ceasefire to Zelensky", "REQUEST", ["Viktor Orbán", "Volodymyr Zelensky"],
          "2024-07-02", "text", "occurred", "Erst am Dienstag"),
        E("Von der Leyen criticises Orbán's trip as appeasement", "ACCUSE", ["Ursula von der Leyen", "Viktor Orbán"],
          "2024-07-05", "published", "occurred", "Beschwichtigung"),
        E("Tusk accuses Orbán of acting for the EU without a mandate", "ACCUSE", ["Donald Tusk", "Viktor Orbán"],
          "2024-07-05", "published", "occurred", "ohne dafür ein Mandat"),
        E("NATO summit in Washington", "CONSULT", ["NATO"],
          "2024-W28", "text", "planned", "NATO-Gipfel", note="9-11 July 2024"),
        E("Possible Orbán meeting with Xi Jinping", "CONSULT", ["Viktor Orbán", "Xi Jinping"],
          "FUTURE_REF", "vague", "uncertain", "Xi Jinping"),
        E("Orbán met Putin in Beijing last year", "CONSULT", ["Viktor Orbán", "Vladimir Putin"],
          "2023", "text", "occurred", "vergangenen Jahr", note="October 2023"),
    ],
    statements=[
        S("Dmitry Peskov", "The talks lasted more than three hours", "2024-07-05", "context",
          "mehr als drei Stunden"),
        S("Viktor Orbán", "A peace mission; the two sides' positions are very far apart", "2024-07-05", "context",
          "Friedensmission"),
        S("Vladimir Putin", "A ceasefire only after a full withdrawal of Ukrainian troops from four regions",
          "2024-07-05", "context", "vollständigen Abzug"),
        S("Andriy Yermak", "Kyiv was not informed about the Moscow trip", "2024-07-05", "text",
          "nicht informiert"),
        S("Ursula von der Leyen", "Appeasement will not stop Putin", "2024-07-05", "published", "Beschwichtigung"),
        S("Donald Tusk", "Orbán has no mandate to act in the EU's name", "2024-07-05", "published",
          "ohne dafür ein Mandat"),
        S("Viktor Orbán", "Will continue his mission in the coming days", "2024-07-05", "published",
          "nächsten Tagen"),
    ],
    actors=["Viktor Orbán", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Ukraine", "Volodymyr Zelensky",
            "Andriy Yermak", "European Union", "Ursula von der Leyen", "Donald Tusk", "Poland", "NATO",
            "Russia", "Xi Jinping", "China"],
))
