"""German articles of the blind46 set (fictionalised; written and annotated blind to the extraction code).

Theme: energy, shipping and infrastructure diplomacy, in wire-copy and trade-press styles.
"""

from build import E, S, T

# ---------------------------------------------------------------- b46de01 (agrarheute)
DE01 = """
Getreideabkommen verlängert – aber für wie lange? Moskau spricht von 60 Tagen, Kiew von 120

Das Abkommen über die Ausfuhr von ukrainischem Getreide über das Schwarze Meer ist buchstäblich in letzter Minute verlängert worden, doch über die Laufzeit sind sich die Beteiligten nicht einig.
Der ukrainische Infrastrukturminister Olexandr Kubrakow teilte am Samstag mit, die Vereinbarung gelte für weitere 120 Tage.
Das russische Außenministerium erklärte dagegen, Moskau habe einer Verlängerung um lediglich 60 Tage zugestimmt, also bis zum 18. Mai.
Die Vereinten Nationen und die Türkei, die den Korridor gemeinsam mit den beiden Kriegsparteien überwachen, nannten in ihren Mitteilungen keine Frist.

Kremlsprecher Dmitri Peskow sagte am Montag vor Journalisten in Moskau, eine weitere Verlängerung über Mitte Mai hinaus hänge davon ab, ob die Zusagen an Russland endlich erfüllt würden.
Gemeint sind vor allem die Wiederanbindung der staatlichen Landwirtschaftsbank Rosselchosbank an das Zahlungssystem Swift sowie Erleichterungen für russische Dünger- und Ammoniakexporte.
Vizeaußenminister Sergej Werschinin hatte die Position Moskaus bereits am vergangenen Montag in Genf bei Gesprächen mit UN-Handelschefin Rebeca Grynspan und Nothilfekoordinator Martin Griffiths dargelegt.

Die ukrainische Regierung wertete die russische Lesart als Versuch, das Abkommen als Druckmittel zu missbrauchen.
Präsident Wolodymyr Selenskyj dankte am Samstagabend in seiner Videobotschaft UN-Generalsekretär António Guterres und dem türkischen Präsidenten Recep Tayyip Erdoğan für ihre Vermittlung.
Guterres begrüßte die Verlängerung noch am Samstag in New York und rief alle Seiten auf, die Vereinbarungen vollständig umzusetzen.
Kubrakow hatte Russland im Februar mehrfach vorgeworfen, die gemeinsamen Inspektionen vor Istanbul gezielt zu verschleppen; zeitweise stauten sich dort mehr als 100 Schiffe.

Das Abkommen war am 22. Juli vergangenen Jahres in Istanbul unter Vermittlung der UN und der Türkei unterzeichnet und im November erstmals um 120 Tage verlängert worden.
Seither haben nach UN-Angaben gut 24 Millionen Tonnen Getreide, Ölsaaten und Pflanzenöl die Häfen Odessa, Tschornomorsk und Piwdennyj verlassen, rund ein Viertel davon Weizen.
Ende Oktober hatte Russland seine Teilnahme nach einem Drohnenangriff auf die Schwarzmeerflotte in Sewastopol für einige Tage ausgesetzt.

Am Markt sorgte die Einigung nur kurz für Entspannung.
An der Euronext in Paris gab der Weizenkontrakt für Mai am Montagvormittag um knapp 2 Prozent auf 268 Euro je Tonne nach.
Händler verwiesen darauf, dass die kurze Laufzeit die Unsicherheit für Reeder, Versicherer und Exporteure kaum verringere.
Die Kriegsrisikoprämien für Fahrten nach Odessa liegen nach Angaben von Hamburger Maklern weiterhin bei rund einem Prozent des Schiffswerts pro Reise.
"""

# ---------------------------------------------------------------- b46de02 (Energie & Management)
DE02 = """
Druschba-Pipeline: Budapest und Bratislava rufen nach neuen Angriffen die EU-Kommission an

Nach einem erneuten ukrainischen Drohnenangriff in der Nacht zum Freitag auf die Ölpumpstation Unetscha im russischen Gebiet Brjansk fließt seit Freitag kein Rohöl mehr durch die Druschba-Pipeline nach Ungarn und in die Slowakei.
Es ist bereits der dritte Angriff auf Anlagen der Leitung binnen zehn Tagen.
Nach Angaben des ungarischen Ölkonzerns MOL könnten die Pumpen frühestens in fünf Tagen wieder anlaufen.

Die Außenminister Ungarns und der Slowakei, Péter Szijjártó und Juraj Blanár, forderten die EU-Kommission am Freitag in einem gemeinsamen Brief auf, die Versorgungssicherheit beider Länder zu gewährleisten und Kiew zur Einstellung der Angriffe zu bewegen.
Ministerpräsident Viktor Orbán schrieb auf Facebook, wer die Versorgung Ungarns angreife, greife die Souveränität des Landes an.
Eine Sprecherin der Kommission sagte in Brüssel, die Versorgungssicherheit der EU sei nicht gefährdet, man stehe aber mit beiden Regierungen in engem Kontakt.
Zugleich verwies sie auf das Ziel der Union, die Einfuhr russischen Öls bis Ende 2027 vollständig zu beenden.

Auch im Weißen Haus wird der Streit offenbar aufmerksam verfolgt.
Orbáns Partei Fidesz veröffentlichte am Freitag eine handschriftliche Notiz von US-Präsident Donald Trump, in der dieser auf ein Schreiben des Ministerpräsidenten reagierte: Er höre das nicht gern und sei darüber „sehr verärgert“.
Wann die Notiz verfasst wurde, blieb offen.

Präsident Wolodymyr Selenskyj spielte am Sonntag in seiner Ansprache zum Unabhängigkeitstag auf den Namen der Leitung an, der auf Russisch „Freundschaft“ bedeutet: Die Ukraine habe die Druschba mit Ungarn stets unterstützt, jetzt hänge deren Fortbestand von Budapest ab.
Kiew wirft der ungarischen Regierung seit Monaten vor, den EU-Beitritt der Ukraine zu blockieren und mit dem Kauf russischen Öls die Kriegskasse Moskaus zu füllen.
Außenminister Andrij Sybiha wies die Kritik aus Budapest am Samstag zurück und riet Ungarn, sich endlich von russischem Öl unabhängig zu machen.
In Moskau sprach Kremlsprecher Dmitri Peskow am Montag von „Energieterrorismus“ und warf Kiew vor, die Versorgung europäischer Staaten bewusst zu gefährden.

Der Streit um die Leitung schwelt seit dem Sommer 2024, als Kiew den russischen Konzern Lukoil auf seine Sanktionsliste setzte und damit dessen Lieferungen über ukrainisches Gebiet stoppte.
Ungarn und die Slowakei baten damals die Kommission, Konsultationen mit Kiew nach dem Assoziierungsabkommen einzuleiten; entschärft wurde der Konflikt erst, als MOL die Mengen bereits an der belarussisch-ukrainischen Grenze übernahm.
Die Slowakei bezieht nach wie vor den Großteil ihres Rohöls über die Druschba, Ungarn rund zwei Drittel.
Kroatien bietet beiden Ländern an, sie über die Adria-Leitung Janaf zu versorgen; MOL hält die Kapazität der Leitung allerdings für unzureichend und die Tarife für überhöht.
"""

# ---------------------------------------------------------------- b46de03 (dts Nachrichtenagentur)
DE03 = """
IAEO: Schwerer Beschuss am AKW Saporischschja – Grossi spricht von „Spiel mit dem Feuer“

Wien/Kiew (dts Nachrichtenagentur) - Das von Russland besetzte Atomkraftwerk Saporischschja im Süden der Ukraine ist am Wochenende von mehr als einem Dutzend Explosionen erschüttert worden.
Das Gelände sei am Samstagabend und erneut am Sonntagmorgen unter Beschuss geraten, teilte die Internationale Atomenergiebehörde (IAEO) am Sonntag in Wien mit.
Das Team der Behörde vor Ort habe Schäden an mehreren Gebäuden, Systemen und Ausrüstungsteilen festgestellt, die nukleare Sicherheit sei aber nicht unmittelbar gefährdet.

IAEO-Generaldirektor Rafael Grossi zeigte sich alarmiert.
„Wer auch immer dahintersteckt, muss sofort damit aufhören – Sie spielen mit dem Feuer“, erklärte Grossi.
Er erneuerte seine Forderung nach einer nuklearen Schutzzone um die Anlage und kündigte an, die Experten würden am Montag das Ausmaß der Schäden begutachten.

Moskau und Kiew machten sich gegenseitig für die Angriffe verantwortlich.
Der russische Atomkonzern Rosatom sprach von ukrainischen Artilleriegeschossen, die auch in der Nähe eines Lagers für abgebrannte Brennelemente eingeschlagen seien.
Der ukrainische Betreiber Energoatom warf der russischen Armee dagegen vor, das Kraftwerk selbst zu beschießen, um die Ukraine international zu diskreditieren.
Russland hält die Anlage seit Anfang März besetzt; sie wird weiterhin von ukrainischem Personal unter Aufsicht von Rosatom betrieben, alle sechs Reaktoren sind heruntergefahren.

Erst am Donnerstag hatte der Gouverneursrat der IAEO in Wien Russland in einer Resolution aufgefordert, seine Ansprüche auf das Kraftwerk aufzugeben und das Personal nicht länger unter Druck zu setzen.
Die Resolution wurde mit 24 Stimmen angenommen, Russland und China stimmten dagegen.
Der russische Vertreter bei den internationalen Organisationen in Wien, Michail Uljanow, nannte den Text „politisiert“ und kündigte an, Moskau werde sich davon nicht leiten lassen.

Der ukrainische Präsident Wolodymyr Selenskyj forderte in seiner Videoansprache am Sonntagabend, die Welt müsse auf den „nuklearen Terror“ Russlands mit Sanktionen gegen die russische Atomindustrie antworten.
Die Bundesregierung unterstützte die Forderung nach einer Schutzzone; ein Sprecher des Auswärtigen Amts nannte die Angriffe in Berlin „unverantwortlich“.
Der Kreml hatte Vorschläge für eine entmilitarisierte Zone um das Kraftwerk zuletzt als inakzeptabel zurückgewiesen.
Grossi verhandelt seit Wochen mit beiden Seiten über die Schutzzone und hatte im Oktober sowohl Kremlchef Wladimir Putin in St. Petersburg als auch Selenskyj in Kiew getroffen.
Die Gespräche sollen nach Angaben der Behörde in den kommenden Tagen fortgesetzt werden.
"""

# ---------------------------------------------------------------- b46de04 (AWP, Swiss financial wire)
DE04 = """
Orbán und Fico wollen russisches Gas wieder durch die Ukraine leiten – Kiew winkt ab

Budapest/Kiew (awp international) - Ungarn und die Slowakei drängen darauf, den Transit von russischem Pipelinegas durch die Ukraine noch vor dem Winter wieder aufzunehmen.
Ministerpräsident Viktor Orbán und sein slowakischer Amtskollege Robert Fico schlugen in einem am Montag veröffentlichten Brief an EU-Kommissionspräsidentin Ursula von der Leyen vor, die Lieferungen über die Ukraine ab dem 1. Oktober als Teil einer Verhandlungslösung im Krieg schrittweise wieder zu ermöglichen.
Zugleich verlangen sie, das geplante Importverbot der EU für russisches Pipelinegas auszusetzen, das ab Herbst 2027 greifen soll.
Eine Kopie des Schreibens ging nach Angaben aus Budapest auch an US-Präsident Donald Trump.

Die Antwort aus Kiew liess nicht lange auf sich warten.
Präsident Wolodymyr Selenskyj sagte am Montagabend in seiner Videobotschaft, die Ukraine werde „keinen einzigen Kubikmeter“ russisches Gas durchleiten, solange Russland ukrainische Kraftwerke und Gasförderanlagen bombardiere.
Wer billiges Gas aus Moskau wolle, solle dies offen sagen und nicht von Frieden reden, fügte er hinzu.
Der staatliche Versorger Naftogaz erklärte, die Transitleitungen seien technisch zwar weitgehend intakt, ein Vertrag mit Gazprom komme aber nicht in Frage.

In Brüssel reagierte die Kommission zurückhaltend.
Ein Sprecher sagte am Dienstag, an dem beschlossenen Ausstieg aus russischem Gas werde nicht gerüttelt, über Transitfragen entscheide zudem allein die Ukraine.
Die EU-Aussenbeauftragte Kaja Kallas warnte die Mitgliedstaaten davor, sich ein weiteres Mal von Moskau erpressbar zu machen.

Aus Moskau kamen dagegen wohlwollende Töne.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Russland sei jederzeit bereit, Gas über die Ukraine nach Europa zu liefern, sofern das Transitland zustimme.
Gazprom verfüge über freie Kapazitäten und halte die technischen Voraussetzungen weiterhin aufrecht, sagte Peskow.

Der Transit durch die Ukraine war am 1. Januar 2025 zu Ende gegangen, nachdem Kiew den Ende 2019 für fünf Jahre geschlossenen Vertrag mit Gazprom nicht verlängert hatte.
Fico hatte im Dezember 2024 Kremlchef Wladimir Putin in Moskau besucht und Kiew anschliessend mit einem Stopp der slowakischen Stromlieferungen gedroht.
Seither erhalten Ungarn und die Slowakei russisches Gas über die Turkstream-Leitung durch das Schwarze Meer und den Balkan.

An den Gasmärkten blieb der Vorstoss weitgehend wirkungslos.
Der Frontmonatskontrakt am niederländischen Handelspunkt TTF notierte am Dienstagmittag kaum verändert bei 31 Euro je Megawattstunde.
Die Speicher in der EU sind nach Daten des Branchenverbands GIE derzeit zu rund 86 Prozent gefüllt.
Händler in Zürich halten eine Wiederaufnahme des Transits in diesem Winter für ausgeschlossen.
"""

# ---------------------------------------------------------------- b46de05 (Nuklearforum Schweiz)
DE05 = """
Saporischschja: Rosatom kündigt Wiederanfahren von Block 1 an – IAEO warnt

Die russische Staatsholding Rosatom will den ersten Block des besetzten Kernkraftwerks Saporischschja in den kommenden Monaten wieder ans Netz bringen.
Rosatom-Chef Alexei Lichatschow sagte am Montag am Rande einer Branchenkonferenz in Sotschi, die Kühlwasserversorgung sei über neue Brunnen gesichert und die Aufsichtsbehörde Rostechnadsor habe die Betriebsgenehmigung bereits erteilt.
Die Anlage liefere dann Strom in die von Russland kontrollierten Gebiete und auf die Krim.

Die Internationale Atomenergiebehörde (IAEO) reagierte umgehend.
Generaldirektor Rafael Grossi erklärte noch am Montagabend in Wien, ein Wiederanfahren unter den gegenwärtigen Bedingungen sei mit den sieben Grundpfeilern der nuklearen Sicherheit nicht vereinbar.
Die externe Stromversorgung hänge seit Monaten an einer einzigen 750-Kilovolt-Leitung, und das Kühlwasser reiche nach Einschätzung der Experten vor Ort nur für den Betrieb im kalten Zustand.
Grossi kündigte an, in den kommenden Wochen sowohl nach Moskau als auch nach Kiew zu reisen.

Der Gouverneursrat der IAEO tagt seit dem 8. Juni in Wien.
Frankreich, Grossbritannien und Deutschland wollen dem Gremium bis Freitag einen Resolutionsentwurf vorlegen, der Russland auffordert, auf das Wiederanfahren zu verzichten und das Kraftwerk an die Ukraine zurückzugeben.
Der russische Vertreter in Wien, Michail Uljanow, sprach von einem „politischen Manöver“ und kündigte an, Russland werde gegen jeden solchen Text stimmen.

In Kiew erklärte der staatliche Betreiber Energoatom, jede Genehmigung der russischen Behörden sei rechtlich nichtig.
Präsident Wolodymyr Selenskyj, der am Dienstag als Gast am G7-Gipfel im französischen Evian teilnahm, forderte die Staats- und Regierungschefs auf, Rosatom endlich mit Sanktionen zu belegen.
Der französische Präsident Emmanuel Macron sagte als Gastgeber zu, das Thema mit den Partnern zu prüfen.
Kremlsprecher Dmitri Peskow wies die Kritik zurück: Das Kraftwerk sei eine russische Anlage, Moskau werde aber weiterhin mit der IAEO zusammenarbeiten.

Russische Truppen halten das mit sechs Blöcken und knapp 6000 Megawatt grösste Kernkraftwerk Europas seit März 2022 besetzt.
Alle Reaktoren sind seit September 2022 abgeschaltet, seit der Zerstörung des Kachowka-Staudamms im Juni 2023 fehlt zudem das Wasser des Stausees.
Die IAEO hat seit September 2022 ständig Experten auf dem Gelände, deren Rotation über die Frontlinie immer wieder verschoben werden musste.
Nach Einschätzung westlicher Fachleute würde ein Wiederanfahren mindestens ein Jahr Vorbereitungszeit erfordern.
"""

# ---------------------------------------------------------------- b46de06 (DVZ Deutsche Verkehrs-Zeitung)
DE06 = """
Schwarzmeer-Häfen: EU und Ukraine spannen Versicherungsschirm für Reeder auf

Brüssel/Odessa. Die Europäische Union will Reedereien die Rückkehr in die ukrainischen Schwarzmeerhäfen erleichtern.
Die EU-Kommission und die ukrainische Regierung unterzeichneten am Montag in Brüssel eine Vereinbarung über eine Rückversicherungsfazilität für Kriegsrisiken im Umfang von 1,2 Milliarden Euro.
Sie soll ab dem 1. Juni Schiffe und Ladungen absichern, die Odessa, Tschornomorsk und Piwdennyj anlaufen, und wird über Garantien aus dem EU-Haushalt und die Europäische Investitionsbank finanziert.
Kommissionspräsidentin Ursula von der Leyen sagte bei der Unterzeichnung, das Schwarze Meer müsse für den Handel offen bleiben, „was auch immer Moskau unternimmt“.

Für die Branche ist der Schritt überfällig.
Die Prämien für Kriegsrisiken lagen zuletzt bei bis zu 1 Prozent des Schiffswerts pro Anlauf, nach Angaben aus Kiew soll die Fazilität sie auf unter 0,5 Prozent drücken.
Auch die deutsche KfW beteiligt sich mit 200 Millionen Euro; das Bundeswirtschaftsministerium sprach von einem „wichtigen Signal an die Logistikwirtschaft“.
Mehrere Containerlinien hatten im März angekündigt, ihre Dienste nach Odessa im Sommer wieder aufzunehmen, sofern sich die Versicherungsfrage klären lasse.

Wie gefährdet die Häfen bleiben, zeigte sich nur Stunden vor der Unterzeichnung.
In der Nacht zum Montag griffen russische Drohnen den Hafen Piwdennyj an, beschädigten einen Getreideterminal und zwei unter fremder Flagge fahrende Massengutfrachter.
Präsident Wolodymyr Selenskyj warf Moskau vor, gezielt die Lebensmittelversorgung ärmerer Länder zu treffen, und forderte von den Partnern zusätzliche Luftabwehr für die Küste.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Fazilität eine „Versicherung für Waffenschmuggel“.
Schiffe, die unter diesem Schutz Militärgüter in ukrainische Häfen brächten, seien legitime Ziele, sagte sie am Dienstag in Moskau.
Die EU-Außenbeauftragte Kaja Kallas wies das als Einschüchterungsversuch zurück.

Diplomatisch bewegt sich derweil auch die Türkei.
Außenminister Hakan Fidan lud Vertreter Russlands und der Ukraine für Mitte Mai zu technischen Gesprächen über die Sicherheit der Schifffahrt nach Istanbul ein.
Kiew sagte die Teilnahme bereits zu, aus Moskau gab es zunächst keine Antwort.
Seit dem Auslaufen des Getreideabkommens im Juli 2023 nutzt die Ukraine einen eigenen Korridor entlang der Westküste des Schwarzen Meeres, über den im vergangenen Jahr mehr als 90 Millionen Tonnen Güter verschifft wurden.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


GRAIN = ["Russia", "Ukraine", "United Nations", "Turkey"]

DOCS = [
    doc(
        "b46de01_getreideabkommen_60_tage_2023_03", "2023-03-20", DE01,
        [
            T("60 Tagen", "DURATION", "P60D"),
            T("Samstag", "DATE", "2023-03-18", 0),
            T("weitere 120 Tage", "DURATION", "P120D"),
            T("60 Tage", "DURATION", "P60D"),
            T("18. Mai", "DATE", "2023-05-18"),
            T("Montag", "DATE", "2023-03-20", 0),
            T("Mitte Mai", "DATE", "2023-05", mod="MID"),
            T("vergangenen Montag", "DATE", "2023-03-13"),
            T("Samstagabend", "TIME", "2023-03-18TEV"),
            T("Samstag", "DATE", "2023-03-18", 1),
            T("Februar", "DATE", "2023-02"),
            T("22. Juli vergangenen Jahres", "DATE", "2022-07-22"),
            T("November", "DATE", "2022-11"),
            T("120 Tage", "DURATION", "P120D", 1),
            T("Ende Oktober", "DATE", "2022-10", mod="END"),
            T("einige Tage", "DURATION", "PXD"),
            T("Mai", "DATE", "2023-05", 2, note="the May wheat contract"),
            T("Montagvormittag", "TIME", "2023-03-20TMO"),
        ],
        [
            E("Black Sea grain deal extended at the last minute", "AGREE", GRAIN, "2023-03-18", "context",
              "occurred", "buchstäblich in letzter Minute verlängert",
              note="announced on Saturday 18 March (next sentence)"),
            E("Russia's account: Moscow agreed to an extension of only 60 days", "AGREE", ["Russia"], "2023-03-18",
              "context", "occurred", "Das russische Außenministerium erklärte",
              note="Moscow's version of the extension announced on Saturday"),
            E("Peskov: an extension beyond mid-May depends on the promises to Russia being kept", "REQUEST",
              ["Dmitry Peskov", "United Nations"], "2023-03-20", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Vershinin sets out Moscow's position to Grynspan and Griffiths in Geneva", "CONSULT",
              ["Russia", "United Nations"], "2023-03-13", "text", "occurred", "Vizeaußenminister Sergej Werschinin"),
            E("Kyiv accuses Moscow of misusing the deal as leverage", "ACCUSE", ["Ukraine", "Russia"], "2023-03-20",
              "published", "occurred", "Die ukrainische Regierung wertete"),
            E("Zelensky thanks Guterres and Erdoğan for their mediation", "SUPPORT",
              ["Volodymyr Zelensky", "António Guterres", "Recep Tayyip Erdoğan"], "2023-03-18TEV", "text",
              "occurred", "dankte am Samstagabend"),
            E("Guterres welcomes the extension", "SUPPORT", ["António Guterres"], "2023-03-18", "text", "occurred",
              "Guterres begrüßte die Verlängerung"),
            E("Guterres calls on all sides to implement the agreements fully", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2023-03-18", "text", "occurred",
              "Guterres begrüßte die Verlängerung"),
            E("Kubrakov accuses Russia of deliberately delaying the joint inspections", "ACCUSE",
              ["Ukraine", "Russia"], "2023-02", "text", "occurred", "Kubrakow hatte Russland im Februar"),
            E("Grain deal signed in Istanbul under UN and Turkish mediation", "AGREE", GRAIN, "2022-07-22", "text",
              "occurred", "am 22. Juli vergangenen Jahres"),
            E("Grain deal first extended by 120 days", "AGREE", GRAIN, "2022-11", "text", "occurred",
              "am 22. Juli vergangenen Jahres"),
            E("Russia suspends its participation in the grain deal for a few days", "SANCTION", ["Russia", "Ukraine"],
              "2022-10", "text", "occurred", "Ende Oktober hatte Russland", date_mod="END"),
            E("Drone attack on the Black Sea Fleet in Sevastopol", "ASSAULT", ["Ukraine", "Russia"], "2022-10",
              "context", "occurred", "Ende Oktober hatte Russland", date_mod="END",
              note="29 October 2022; the attacker is implied (Moscow blamed Kyiv)"),
        ],
        [
            S("Ukraine", "Kubrakov: the agreement is extended by 120 days", "2023-03-18", "text",
              "Olexandr Kubrakow teilte am Samstag mit"),
            S("Russia", "Foreign ministry: Moscow agreed to an extension of only 60 days, until 18 May", "2023-03-20",
              "published", "Das russische Außenministerium erklärte"),
            S("United Nations", "Announced the extension without naming a term", "2023-03-20", "published",
              "nannten in ihren Mitteilungen keine Frist"),
            S("Turkey", "Announced the extension without naming a term", "2023-03-20", "published",
              "nannten in ihren Mitteilungen keine Frist"),
            S("Dmitry Peskov", "A further extension beyond mid-May depends on whether the promises to Russia are kept",
              "2023-03-20", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Ukraine", "Moscow's reading is an attempt to misuse the deal as leverage", "2023-03-20", "published",
              "Die ukrainische Regierung wertete"),
            S("Volodymyr Zelensky", "Thanks Guterres and Erdoğan for their mediation", "2023-03-18TEV", "text",
              "dankte am Samstagabend"),
            S("António Guterres", "Welcomes the extension and calls for full implementation", "2023-03-18", "text",
              "Guterres begrüßte die Verlängerung"),
            S("Ukraine", "Kubrakov: Russia deliberately delays the joint inspections off Istanbul", "2023-02", "text",
              "Kubrakow hatte Russland im Februar"),
            S("United Nations", "More than 24 million tonnes have left the three ports under the deal", "2023-03-20",
              "published", "nach UN-Angaben"),
        ],
        ["Russia", "Ukraine", "United Nations", "Turkey", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky",
         "António Guterres", "Recep Tayyip Erdoğan"],
    ),
    doc(
        "b46de02_druschba_unetscha_2025_08", "2025-08-25", DE02,
        [
            T("der Nacht zum Freitag", "TIME", "2025-08-21TNI", note="night to Friday 22 August"),
            T("Freitag", "DATE", "2025-08-22", 1),
            T("zehn Tagen", "DURATION", "P10D"),
            T("fünf Tagen", "DURATION", "P5D", note="not before 30 August"),
            T("Freitag", "DATE", "2025-08-22", 2),
            T("Ende 2027", "DATE", "2027", mod="END"),
            T("Freitag", "DATE", "2025-08-22", 3),
            T("Sonntag", "DATE", "2025-08-24"),
            T("Unabhängigkeitstag", "DATE", "2025-08-24"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Monaten", "DURATION", "PXM"),
            T("Samstag", "DATE", "2025-08-23"),
            T("Montag", "DATE", "2025-08-25"),
            T("dem Sommer 2024", "DATE", "2024-SU"),
        ],
        [
            E("Ukrainian drone attack on the Unecha oil pumping station halts Druzhba flows", "ASSAULT",
              ["Ukraine", "Russia"], "2025-08-21TNI", "text", "occurred", "Ölpumpstation Unetscha",
              note="night to Friday 22 August"),
            E("Hungary and Slovakia ask the Commission to secure supply and get Kyiv to stop the attacks", "REQUEST",
              ["European Union", "Ukraine"], "2025-08-22", "text", "occurred", "gemeinsamen Brief"),
            E("Orbán: whoever attacks Hungary's supply attacks its sovereignty", "ACCUSE",
              ["Viktor Orbán", "Ukraine"], "2025-08-25", "published", "occurred", "schrieb auf Facebook"),
            E("EU goal to end imports of Russian oil by the end of 2027", "SANCTION", ["European Union", "Russia"],
              "2027", "text", "planned", "bis Ende 2027", date_mod="END"),
            E("Trump 'very angry' about the attacks on the pipeline", "ACCUSE", ["Donald Trump", "Ukraine"],
              "2025-08-22", "context", "occurred", "handschriftliche Notiz",
              note="note made public on Friday 22 August; when it was written is not known"),
            E("Zelensky: the future of 'Druzhba' with Hungary depends on Budapest", "THREATEN",
              ["Volodymyr Zelensky", "Viktor Orbán"], "2025-08-24", "text", "occurred",
              "Ansprache zum Unabhängigkeitstag"),
            E("Kyiv accuses Budapest of blocking its EU accession and funding Moscow's war", "ACCUSE",
              ["Ukraine", "Viktor Orbán"], "2025-08-25", "published", "occurred", "seit Monaten vor",
              note="a standing accusation, made for months"),
            E("Sybiha rejects the criticism from Budapest", "REJECT", ["Andrii Sybiha", "Viktor Orbán"],
              "2025-08-23", "text", "occurred", "wies die Kritik aus Budapest"),
            E("Sybiha advises Hungary to become independent of Russian oil", "REQUEST",
              ["Andrii Sybiha", "Viktor Orbán"], "2025-08-23", "text", "occurred", "wies die Kritik aus Budapest"),
            E("Peskov accuses Kyiv of 'energy terrorism'", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-08-25",
              "text", "occurred", "Energieterrorismus"),
            E("Ukraine puts Lukoil on its sanctions list and stops its transit", "SANCTION", ["Ukraine", "Russia"],
              "2024-SU", "text", "occurred", "Lukoil auf seine Sanktionsliste"),
            E("Hungary and Slovakia ask the Commission to open consultations with Kyiv", "REQUEST",
              ["European Union", "Ukraine"], "2024-SU", "context", "occurred", "baten damals die Kommission"),
        ],
        [
            S("Viktor Orbán", "Whoever attacks Hungary's supply attacks the country's sovereignty", "2025-08-25",
              "published", "schrieb auf Facebook"),
            S("European Union", "Commission: EU supply security is not at risk; in close contact with both governments",
              "2025-08-25", "published", "Eine Sprecherin der Kommission"),
            S("European Union", "Commission points to the goal of ending Russian oil imports by the end of 2027",
              "2025-08-25", "published", "bis Ende 2027"),
            S("Donald Trump", "Does not like hearing this and is 'very angry' about it", "2025-08-22", "context",
              "handschriftliche Notiz"),
            S("Volodymyr Zelensky", "Ukraine has always supported 'Druzhba' with Hungary; its future now depends on "
              "Budapest", "2025-08-24", "text", "Ansprache zum Unabhängigkeitstag"),
            S("Ukraine", "Budapest blocks Ukraine's EU accession and fills Moscow's war chest", "2025-08-25",
              "published", "seit Monaten vor"),
            S("Andrii Sybiha", "Rejects Budapest's criticism; Hungary should become independent of Russian oil",
              "2025-08-23", "text", "wies die Kritik aus Budapest"),
            S("Dmitry Peskov", "'Energy terrorism': Kyiv deliberately endangers the supply of European states",
              "2025-08-25", "text", "Energieterrorismus"),
        ],
        ["Ukraine", "Russia", "European Union", "Viktor Orbán", "White House", "Donald Trump", "United States",
         "Volodymyr Zelensky", "Andrii Sybiha", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b46de03_saporischschja_beschuss_2022_11", "2022-11-21", DE03,
        [
            T("Wochenende", "DATE", "2022-W46-WE"),
            T("Samstagabend", "TIME", "2022-11-19TEV"),
            T("Sonntagmorgen", "TIME", "2022-11-20TMO"),
            T("Sonntag", "DATE", "2022-11-20"),
            T("Montag", "DATE", "2022-11-21"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Donnerstag", "DATE", "2022-11-17"),
            T("Sonntagabend", "TIME", "2022-11-20TEV"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Wochen", "DURATION", "PXW"),
            T("Oktober", "DATE", "2022-10"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Zaporizhzhia nuclear plant shelled over the weekend", "ASSAULT", ["Russia", "Ukraine"], "2022-W46-WE",
              "text", "occurred", "von mehr als einem Dutzend Explosionen",
              note="Saturday evening 19 and Sunday morning 20 November; each side blames the other"),
            E("Grossi: whoever is behind the shelling must stop immediately", "REQUEST", ["IAEA", "Russia", "Ukraine"],
              "2022-11-20", "context", "occurred", "Wer auch immer dahintersteckt"),
            E("Grossi renews his call for a nuclear protection zone around the plant", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2022-11-20", "context", "occurred", "Er erneuerte seine Forderung"),
            E("Moscow and Kyiv blame each other for the shelling", "ACCUSE", ["Russia", "Ukraine"], "2022-11-21",
              "published", "occurred", "machten sich gegenseitig"),
            E("Russian occupation of the plant since early March", "ASSAULT", ["Russia", "Ukraine"], "2022-03",
              "text", "occurred", "Russland hält die Anlage seit Anfang März besetzt", date_mod="START"),
            E("IAEA Board of Governors meets in Vienna", "CONSULT", ["IAEA"], "2022-11-17", "text", "occurred",
              "Erst am Donnerstag hatte der Gouverneursrat"),
            E("Board resolution calls on Russia to drop its claims to the plant", "REQUEST", ["IAEA", "Russia"],
              "2022-11-17", "text", "occurred", "Erst am Donnerstag hatte der Gouverneursrat"),
            E("Russia and China vote against the resolution", "REJECT", ["Russia", "China"], "2022-11-17", "context",
              "occurred", "Russland und China stimmten dagegen"),
            E("Ulyanov: Moscow will not be guided by the 'politicised' text", "REJECT", ["Russia", "IAEA"],
              "2022-11-17", "context", "occurred", "Michail Uljanow"),
            E("Zelensky calls for sanctions on Russia's nuclear industry", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-11-20TEV", "text", "occurred", "Videoansprache am Sonntagabend"),
            E("Zelensky accuses Russia of 'nuclear terror'", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-11-20TEV", "text", "occurred", "Videoansprache am Sonntagabend"),
            E("Germany backs the call for a protection zone", "SUPPORT", ["Germany", "IAEA"], "2022-11-21",
              "published", "occurred", "Die Bundesregierung unterstützte"),
            E("Kremlin rejected proposals for a demilitarised zone", "REJECT", ["Kremlin", "IAEA"], "PAST_REF",
              "vague", "occurred", "Der Kreml hatte Vorschläge"),
            E("Grossi met Putin in St Petersburg", "CONSULT", ["IAEA", "Vladimir Putin"], "2022-10", "text",
              "occurred", "Grossi verhandelt seit Wochen"),
            E("Grossi met Zelensky in Kyiv", "CONSULT", ["IAEA", "Volodymyr Zelensky"], "2022-10", "text",
              "occurred", "Grossi verhandelt seit Wochen"),
            E("Talks on the protection zone to continue", "CONSULT", ["IAEA", "Russia", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "Die Gespräche sollen"),
        ],
        [
            S("IAEA", "The site was shelled on Saturday evening and again on Sunday morning", "2022-11-20", "text",
              "teilte die Internationale Atomenergiebehörde"),
            S("IAEA", "Damage to buildings and systems, but nuclear safety not immediately at risk", "2022-11-20",
              "context", "Das Team der Behörde vor Ort"),
            S("IAEA", "Grossi: whoever is behind this must stop immediately – you are playing with fire",
              "2022-11-20", "context", "Wer auch immer dahintersteckt"),
            S("IAEA", "Grossi renews the call for a protection zone; experts to assess the damage on Monday",
              "2022-11-20", "context", "Er erneuerte seine Forderung"),
            S("Russia", "Rosatom: Ukrainian shells landed near a spent-fuel store", "2022-11-21", "published",
              "Rosatom sprach"),
            S("Ukraine", "Energoatom: the Russian army shells the plant itself to discredit Ukraine", "2022-11-21",
              "published", "Energoatom warf"),
            S("Russia", "Ulyanov: the resolution is politicised; Moscow will not be guided by it", "2022-11-17",
              "context", "Michail Uljanow"),
            S("Volodymyr Zelensky", "The world must answer Russia's 'nuclear terror' with sanctions on its nuclear "
              "industry", "2022-11-20TEV", "text", "Videoansprache am Sonntagabend"),
            S("Germany", "Backs a protection zone; the foreign office calls the attacks 'irresponsible'",
              "2022-11-21", "published", "Die Bundesregierung unterstützte"),
            S("Kremlin", "A demilitarised zone around the plant is unacceptable", "PAST_REF", "vague",
              "Der Kreml hatte Vorschläge"),
            S("IAEA", "The talks are to continue in the coming days", "2022-11-21", "published",
              "Die Gespräche sollen"),
        ],
        ["Russia", "Ukraine", "IAEA", "China", "Volodymyr Zelensky", "Germany", "Kremlin", "Vladimir Putin"],
    ),
    doc(
        "b46de04_gastransit_orban_fico_2026_09", "2026-09-15", DE04,
        [
            T("dem Winter", "DATE", "2026-WI"),
            T("Montag", "DATE", "2026-09-14"),
            T("1. Oktober", "DATE", "2026-10-01"),
            T("Herbst 2027", "DATE", "2027-FA"),
            T("Montagabend", "TIME", "2026-09-14TEV"),
            T("Dienstag", "DATE", "2026-09-15", 0),
            T("Dienstag", "DATE", "2026-09-15", 1),
            T("1. Januar 2025", "DATE", "2025-01-01"),
            T("Ende 2019", "DATE", "2019", mod="END"),
            T("fünf Jahre", "DURATION", "P5Y"),
            T("Dezember 2024", "DATE", "2024-12"),
            T("Dienstagmittag", "TIME", "2026-09-15T12:00", note="local time (CEST)"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("diesem Winter", "DATE", "2026-WI"),
        ],
        [
            E("Orbán and Fico propose resuming Russian gas transit through Ukraine from 1 October", "REQUEST",
              ["Viktor Orbán", "Ursula von der Leyen"], "2026-09-14", "text", "occurred",
              "schlugen in einem am Montag veröffentlichten Brief"),
            E("Orbán and Fico demand that the EU suspend its planned ban on Russian pipeline gas", "REQUEST",
              ["Viktor Orbán", "European Union"], "2026-09-14", "context", "occurred", "Zugleich verlangen sie"),
            E("EU ban on imports of Russian pipeline gas from autumn 2027", "SANCTION", ["European Union", "Russia"],
              "2027-FA", "text", "planned", "Zugleich verlangen sie"),
            E("Zelensky refuses to let Russian gas through while Russia bombs Ukraine's energy sites", "REJECT",
              ["Volodymyr Zelensky", "Viktor Orbán"], "2026-09-14TEV", "text", "occurred",
              "keinen einzigen Kubikmeter"),
            E("Zelensky: those who want cheap gas from Moscow should say so instead of talking of peace", "ACCUSE",
              ["Volodymyr Zelensky", "Viktor Orbán"], "2026-09-14TEV", "context", "occurred",
              "Wer billiges Gas aus Moskau wolle"),
            E("Naftogaz rules out a contract with Gazprom", "REJECT", ["Ukraine", "Russia"], "2026-09-15",
              "published", "occurred", "Der staatliche Versorger Naftogaz"),
            E("Commission: the decided exit from Russian gas will not be touched", "REJECT",
              ["European Union", "Viktor Orbán"], "2026-09-15", "text", "occurred", "Ein Sprecher sagte am Dienstag"),
            E("Kallas warns member states not to make themselves open to Moscow's blackmail again", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-09-15", "published", "occurred", "Kaja Kallas warnte"),
            E("Peskov: Russia ready to deliver gas to Europe via Ukraine", "AGREE", ["Dmitry Peskov", "European Union"],
              "2026-09-15", "text", "occurred", "jederzeit bereit"),
            E("Peskov's condition: the transit country must agree", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2026-09-15", "text", "occurred", "jederzeit bereit"),
            E("Gas transit through Ukraine ends", "SANCTION", ["Ukraine", "Russia"], "2025-01-01", "text", "occurred",
              "am 1. Januar 2025 zu Ende"),
            E("Five-year transit contract between Kyiv and Gazprom concluded", "AGREE", ["Ukraine", "Russia"], "2019",
              "text", "occurred", "am 1. Januar 2025 zu Ende", date_mod="END"),
            E("Fico visits Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2024-12", "text", "occurred",
              "Fico hatte im Dezember 2024"),
            E("Fico threatens Kyiv with a halt to Slovak electricity supplies", "THREATEN", ["Ukraine"], "2024-12",
              "context", "occurred", "Fico hatte im Dezember 2024"),
        ],
        [
            S("Viktor Orbán", "Proposes resuming gas transit through Ukraine from 1 October as part of a negotiated "
              "settlement", "2026-09-14", "text", "schlugen in einem am Montag veröffentlichten Brief"),
            S("Viktor Orbán", "Demands that the EU suspend its planned import ban on Russian pipeline gas",
              "2026-09-14", "context", "Zugleich verlangen sie"),
            S("Viktor Orbán", "A copy of the letter also went to Trump", "2026-09-15", "published",
              "Eine Kopie des Schreibens"),
            S("Volodymyr Zelensky", "Ukraine will not transit a single cubic metre of Russian gas while Russia bombs "
              "its energy sites", "2026-09-14TEV", "text", "keinen einzigen Kubikmeter"),
            S("Volodymyr Zelensky", "Whoever wants cheap gas from Moscow should say so openly and not talk of peace",
              "2026-09-14TEV", "context", "Wer billiges Gas aus Moskau wolle"),
            S("Ukraine", "Naftogaz: the transit lines are largely intact, but a contract with Gazprom is out of the "
              "question", "2026-09-15", "published", "Der staatliche Versorger Naftogaz"),
            S("European Union", "The Commission reacts cautiously", "2026-09-15", "published",
              "reagierte die Kommission zurückhaltend"),
            S("European Union", "The exit from Russian gas stands; transit is for Ukraine alone to decide",
              "2026-09-15", "text", "Ein Sprecher sagte am Dienstag"),
            S("Kaja Kallas", "Member states must not make themselves open to Moscow's blackmail again", "2026-09-15",
              "published", "Kaja Kallas warnte"),
            S("Russia", "Moscow reacts favourably", "2026-09-15", "published", "Aus Moskau kamen dagegen"),
            S("Dmitry Peskov", "Russia is ready at any time to deliver gas via Ukraine if the transit country agrees",
              "2026-09-15", "text", "jederzeit bereit"),
            S("Dmitry Peskov", "Gazprom has free capacity and keeps the technical conditions in place", "2026-09-15",
              "context", "Gazprom verfüge über freie Kapazitäten"),
        ],
        ["Viktor Orbán", "Ursula von der Leyen", "European Union", "Ukraine", "Russia", "Donald Trump",
         "United States", "Volodymyr Zelensky", "Kaja Kallas", "Dmitry Peskov", "Kremlin", "Vladimir Putin"],
    ),
    doc(
        "b46de05_saporischschja_block1_2026_06", "2026-06-17", DE05,
        [
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Montag", "DATE", "2026-06-15"),
            T("Montagabend", "TIME", "2026-06-15TEV"),
            T("Monaten", "DURATION", "PXM", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("8. Juni", "DATE", "2026-06-08"),
            T("Freitag", "DATE", "2026-06-19"),
            T("Dienstag", "DATE", "2026-06-16"),
            T("März 2022", "DATE", "2022-03"),
            T("September 2022", "DATE", "2022-09", 0),
            T("Juni 2023", "DATE", "2023-06"),
            T("September 2022", "DATE", "2022-09", 1),
            T("mindestens ein Jahr", "DURATION", "P1Y", mod="EQUAL_OR_MORE"),
        ],
        [
            E("Grossi: a restart under current conditions is incompatible with nuclear safety", "REQUEST",
              ["IAEA", "Russia"], "2026-06-15TEV", "text", "occurred", "noch am Montagabend in Wien",
              note="a warning not to restart the unit"),
            E("Grossi to travel to Moscow and Kyiv", "CONSULT", ["IAEA", "Russia", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Grossi kündigte an"),
            E("IAEA Board of Governors in session in Vienna", "CONSULT", ["IAEA"], "2026-06-08", "text", "occurred",
              "tagt seit dem 8. Juni", date_mod="START"),
            E("France, the UK and Germany to table a draft resolution calling on Russia to forgo the restart and "
              "return the plant", "REQUEST", ["France", "United Kingdom", "Germany", "Russia", "IAEA"], "2026-06-19",
              "text", "planned", "Resolutionsentwurf"),
            E("Ulyanov: Russia will vote against any such text", "REJECT",
              ["Russia", "France", "United Kingdom", "Germany"], "2026-06-17", "published", "occurred",
              "politischen Manöver"),
            E("Energoatom: any licence from Russian authorities is legally void", "REJECT", ["Ukraine", "Russia"],
              "2026-06-17", "published", "occurred", "rechtlich nichtig"),
            E("Zelensky attends the G7 summit in Evian as a guest", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
              "2026-06-16", "text", "occurred", "als Gast am G7-Gipfel"),
            E("Zelensky asks the G7 leaders to sanction Rosatom", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-06-16", "text", "occurred", "als Gast am G7-Gipfel"),
            E("Macron promises to examine the issue with the partners", "AGREE", ["Emmanuel Macron", "Volodymyr Zelensky"],
              "2026-06-16", "context", "occurred", "sagte als Gastgeber zu"),
            E("Peskov rejects the criticism: the plant is a Russian facility", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-06-17", "published", "occurred", "Kremlsprecher Dmitri Peskow wies"),
            E("Peskov: Moscow will keep cooperating with the IAEA", "AGREE", ["Dmitry Peskov", "IAEA"], "2026-06-17",
              "published", "occurred", "Kremlsprecher Dmitri Peskow wies"),
            E("Russian occupation of the plant since March 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "seit März 2022 besetzt", date_mod="START"),
            E("IAEA experts permanently on site since September 2022", "COOPERATE", ["IAEA", "Ukraine", "Russia"],
              "2022-09", "text", "occurred", "Die IAEO hat seit September 2022", date_mod="START"),
        ],
        [
            S("Russia", "Likhachev: cooling water is secured by new wells and Rostekhnadzor has granted the operating "
              "licence", "2026-06-15", "text", "Rosatom-Chef Alexei Lichatschow"),
            S("Russia", "Likhachev: the plant would then supply the Russian-controlled areas and Crimea", "2026-06-15",
              "context", "Die Anlage liefere dann Strom"),
            S("IAEA", "The IAEA reacted at once", "2026-06-17", "published", "reagierte umgehend"),
            S("IAEA", "Grossi: a restart under current conditions is incompatible with the seven pillars of nuclear "
              "safety", "2026-06-15TEV", "text", "noch am Montagabend in Wien"),
            S("IAEA", "Grossi: off-site power hangs on a single line; cooling water only suffices for cold shutdown",
              "2026-06-15TEV", "context", "Die externe Stromversorgung"),
            S("IAEA", "Grossi will travel to Moscow and Kyiv in the coming weeks", "2026-06-15TEV", "context",
              "Grossi kündigte an"),
            S("Russia", "Ulyanov: a 'political manoeuvre'; Russia will vote against any such text", "2026-06-17",
              "published", "politischen Manöver"),
            S("Ukraine", "Energoatom: any licence from the Russian authorities is legally void", "2026-06-17",
              "published", "rechtlich nichtig"),
            S("Volodymyr Zelensky", "Asks the G7 leaders to finally sanction Rosatom", "2026-06-16", "text",
              "als Gast am G7-Gipfel"),
            S("Emmanuel Macron", "Promises to examine the issue with the partners", "2026-06-16", "context",
              "sagte als Gastgeber zu"),
            S("Dmitry Peskov", "The plant is a Russian facility; Moscow will keep cooperating with the IAEA",
              "2026-06-17", "published", "Kremlsprecher Dmitri Peskow wies"),
        ],
        ["Russia", "IAEA", "Ukraine", "France", "United Kingdom", "Germany", "Volodymyr Zelensky",
         "Emmanuel Macron", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b46de06_versicherung_schwarzmeerhaefen_2026_04", "2026-04-21", DE06,
        [
            T("Montag", "DATE", "2026-04-20", 0),
            T("1. Juni", "DATE", "2026-06-01"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("März", "DATE", "2026-03"),
            T("Sommer", "DATE", "2026-SU"),
            T("der Nacht zum Montag", "TIME", "2026-04-19TNI", note="night to Monday 20 April"),
            T("Dienstag", "DATE", "2026-04-21"),
            T("Mitte Mai", "DATE", "2026-05", mod="MID"),
            T("Juli 2023", "DATE", "2023-07"),
            T("vergangenen Jahr", "DATE", "2025"),
        ],
        [
            E("EU Commission and Ukraine sign a 1.2-billion-euro war-risk reinsurance facility", "AGREE",
              ["European Union", "Ukraine"], "2026-04-20", "text", "occurred", "unterzeichneten am Montag in Brüssel"),
            E("The facility is to cover ships and cargo calling at Ukrainian ports from 1 June", "COOPERATE",
              ["European Union", "Ukraine"], "2026-06-01", "text", "planned", "ab dem 1. Juni"),
            E("KfW contributes 200 million euros to the facility", "AID", ["Germany", "Ukraine"], "2026-04-21",
              "published", "occurred", "Auch die deutsche KfW"),
            E("Russian drones strike the port of Pivdennyi", "ASSAULT", ["Russia", "Ukraine"], "2026-04-19TNI", "text",
              "occurred", "griffen russische Drohnen den Hafen Piwdennyj an", note="night to Monday 20 April"),
            E("Zelensky accuses Moscow of targeting the food supply of poorer countries", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-04-21", "published", "occurred", "warf Moskau vor, gezielt"),
            E("Zelensky asks partners for more air defence for the coast", "REQUEST", ["Volodymyr Zelensky"],
              "2026-04-21", "published", "occurred", "warf Moskau vor, gezielt"),
            E("Zakharova calls the facility 'insurance for arms smuggling'", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2026-04-21", "context", "occurred",
              "Versicherung für Waffenschmuggel"),
            E("Zakharova: ships bringing military goods under the scheme are legitimate targets", "THREATEN",
              ["Maria Zakharova", "European Union", "Ukraine"], "2026-04-21", "text", "occurred",
              "seien legitime Ziele"),
            E("Kallas rejects Zakharova's words as an attempt at intimidation", "REJECT",
              ["Kaja Kallas", "Maria Zakharova"], "2026-04-21", "published", "occurred", "Einschüchterungsversuch"),
            E("Fidan invites Russia and Ukraine to technical talks on shipping safety", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-04-21", "published", "occurred", "lud Vertreter Russlands"),
            E("Technical talks on shipping safety in Istanbul in mid-May", "CONSULT", ["Turkey", "Russia", "Ukraine"],
              "2026-05", "text", "planned", "lud Vertreter Russlands", date_mod="MID"),
            E("Kyiv accepts the invitation", "AGREE", ["Ukraine", "Turkey"], "2026-04-21", "published", "occurred",
              "Kiew sagte die Teilnahme"),
            E("The grain deal expires", "SANCTION", ["Russia", "Ukraine"], "2023-07", "text", "occurred",
              "Seit dem Auslaufen des Getreideabkommens"),
        ],
        [
            S("Ursula von der Leyen", "The Black Sea must stay open for trade whatever Moscow does", "2026-04-20",
              "context", "bei der Unterzeichnung"),
            S("Ukraine", "The facility should push war-risk premiums below 0.5 percent", "2026-04-21", "published",
              "nach Angaben aus Kiew"),
            S("Germany", "Economy ministry: an important signal to the logistics sector", "2026-04-21", "published",
              "Auch die deutsche KfW"),
            S("Volodymyr Zelensky", "Moscow deliberately targets the food supply of poorer countries; more air "
              "defence is needed", "2026-04-21", "published", "warf Moskau vor, gezielt"),
            S("Maria Zakharova", "The facility is 'insurance for arms smuggling'", "2026-04-21", "context",
              "Versicherung für Waffenschmuggel"),
            S("Maria Zakharova", "Ships bringing military goods under this cover are legitimate targets", "2026-04-21",
              "text", "seien legitime Ziele"),
            S("Kaja Kallas", "Rejects Zakharova's words as an attempt at intimidation", "2026-04-21", "published",
              "Einschüchterungsversuch"),
            S("Ukraine", "Kyiv has accepted the invitation to Istanbul", "2026-04-21", "published",
              "Kiew sagte die Teilnahme"),
        ],
        ["European Union", "Ukraine", "Ursula von der Leyen", "Russia", "Germany", "Volodymyr Zelensky",
         "Maria Zakharova", "Kaja Kallas", "Turkey", "Hakan Fidan"],
    ),
]
