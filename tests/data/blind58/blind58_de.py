"""German articles of the blind58 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b58de01 (TRT Deutsch)
DE01 = """
Türkiye vermittelt Austausch schwer verwundeter Kriegsgefangener – Fidan: „Istanbul bleibt offen“

Ankara/Istanbul. Unter Vermittlung der Türkiye haben Russland und die Ukraine am Mittwoch je 93 schwer verwundete Kriegsgefangene ausgetauscht.
Die Übergabe fand nach Angaben aus türkischen Sicherheitskreisen auf dem Istanbuler Flughafen statt, wohin beide Seiten die Männer mit Sondermaschinen gebracht hatten.
Der Nationale Nachrichtendienst (MIT) habe den Austausch in den vergangenen drei Wochen in vertraulichen Gesprächen mit den Geheimdiensten beider Länder vorbereitet, hieß es.
Helfer des Türkischen Roten Halbmonds (Kızılay) versorgten die Verwundeten vor dem Weiterflug, 14 von ihnen werden auf eigenen Wunsch vorerst in Istanbuler Krankenhäusern behandelt.

Außenminister Hakan Fidan sprach am Mittwochabend von einem „Beweis dafür, dass Diplomatie auch in den dunkelsten Stunden möglich ist“.
Istanbul bleibe offen für direkte Gespräche auf jeder Ebene, und die Türkiye sei bereit, die Delegationen beider Länder noch im März erneut an den Bosporus einzuladen, sagte Fidan vor Journalisten in Ankara.
Nach Angaben der Kommunikationsdirektion hatte Präsident Recep Tayyip Erdoğan den Austausch am Montag in getrennten Telefonaten mit dem russischen Präsidenten Wladimir Putin und dem ukrainischen Präsidenten Wolodymyr Selenskyj besprochen.

Selenskyj dankte Erdoğan auf der Plattform X für dessen „persönlichen Einsatz“.
„Jeder, der nach Hause zurückkehrt, ist ein Sieg für unser ganzes Land“, schrieb er und forderte erneut einen Austausch aller gegen alle.
Der ukrainische Koordinierungsstab für Kriegsgefangene teilte mit, unter den Heimkehrern seien auch Soldaten, die seit 2022 in russischer Gefangenschaft gewesen seien.
Das russische Verteidigungsministerium bestätigte den Austausch und erklärte, die zurückgekehrten Soldaten würden in Militärkrankenhäusern in der Region Moskau behandelt.

Kremlsprecher Dmitri Peskow sagte, Moskau schätze die „konstruktive Rolle“ Ankaras.
Eine neue politische Verhandlungsrunde in Istanbul stehe derzeit aber nicht auf der Tagesordnung, solange Kiew nicht bereit sei, „die Realitäten vor Ort“ anzuerkennen.
Präsidentenberater Wladimir Medinski, der die russische Delegation bei den Istanbuler Gesprächen geleitet hatte, hatte zuletzt erklärt, humanitäre Fragen müssten von politischen getrennt bleiben.

Die Türkiye hatte bereits im September 2022 einen Austausch vermittelt, in dessen Folge Kommandeure des Asow-Regiments bis Kriegsende in der Türkiye bleiben sollten.
Im Juli 2023 durften sie nach Gesprächen zwischen Erdoğan und Selenskyj in Istanbul in die Ukraine zurückkehren, was in Moskau als Verstoß gegen die Absprachen kritisiert wurde.
Im Mai 2025 trafen sich russische und ukrainische Delegationen im Dolmabahçe-Palast erstmals seit drei Jahren wieder zu direkten Gesprächen und vereinbarten den bislang größten Austausch von je 1000 Gefangenen.

In der Nacht zum Donnerstag griff Russland nach ukrainischen Angaben erneut Anlagen der Energieversorgung im Gebiet Odessa an.
EU-Außenbeauftragte Kaja Kallas begrüßte den Austausch, mahnte aber zugleich, den Druck auf Moskau nicht zu verringern.
"""


# ---------------------------------------------------------------- b58de02 (zenith)
DE02 = """
Muhammad bin Zayid bei Putin: Die Emirate suchen die Rolle des Vermittlers

Sankt Petersburg/Berlin. Es war sein erster Besuch in Russland seit Beginn des Krieges in der Ukraine, und er kam zu einem Zeitpunkt, den man in westlichen Hauptstädten für denkbar ungünstig hielt.
Nur einen Tag nachdem russische Raketen Kiew und ein Dutzend weiterer ukrainischer Städte getroffen hatten, empfing Präsident Wladimir Putin am Dienstag den Präsidenten der Vereinigten Arabischen Emirate, Muhammad bin Zayid Al Nahyan, im Konstantinpalast bei Sankt Petersburg.
Das Gespräch dauerte nach Kremlangaben gut drei Stunden.

Muhammad bin Zayid sagte zu Beginn des Treffens, sein Land wolle zu einer „militärischen Deeskalation“ und zu einer politischen Lösung beitragen, die auch die humanitären Folgen des Konflikts lindere.
Putin dankte seinem Gast für die „ausgewogene Position“ der Emirate und lobte deren Vermittlung in humanitären Fragen, ohne Einzelheiten zu nennen.
Es sei auch um den Ölmarkt gegangen, die Stabilität der Energiepreise liege im Interesse beider Länder, sagte Kremlsprecher Dmitri Peskow am Mittwoch.

Die Reise folgt auf den Beschluss der Gruppe OPEC+, die Fördermenge ab November deutlich zu senken, den die Ölminister in der vergangenen Woche in Wien gefasst hatten.
US-Präsident Joe Biden hatte daraufhin erklärt, Saudi-Arabien werde die „Konsequenzen“ zu spüren bekommen; das Weiße Haus warf Riad vor, sich auf die Seite Moskaus gestellt zu haben.
Abu Dhabi bemühte sich sichtlich, nicht in denselben Verdacht zu geraten: Ein Berater des Präsidenten schrieb auf Twitter, die Reise sei mit westlichen Partnern „abgestimmt“ gewesen.

In Kiew wurde der Besuch mit Skepsis registriert.
Außenminister Dmytro Kuleba sagte am Dienstagabend, wer mit Putin spreche, müsse ihm klarmachen, dass der Raketenterror gegen die Zivilbevölkerung enden müsse.
Zuvor hatte Kuleba mit seinem emiratischen Amtskollegen Abdullah bin Zayid telefoniert, der ihm nach ukrainischen Angaben versicherte, die Emirate stünden zur territorialen Integrität der Ukraine.

Für die Emirate ist der Spagat nicht neu.
Bei der Abstimmung im UN-Sicherheitsrat über eine Verurteilung der Invasion hatte sich Abu Dhabi Ende Februar enthalten, in der UN-Vollversammlung stimmte es im März dann für die Resolution, die Russlands Rückzug verlangte.
Zugleich ist Dubai zu einem der wichtigsten Ziele für russisches Kapital geworden, seit westliche Sanktionen greifen.
Im September hatte Saudi-Arabien, unterstützt von den Emiraten, die Freilassung von zehn ausländischen Kämpfern aus russischer Gefangenschaft erreicht.

Ob aus der Vermittlerrolle mehr wird, ist offen.
Am Donnerstag will Putin in Astana den türkischen Präsidenten Recep Tayyip Erdoğan treffen, der seit Monaten ebenfalls als Mittler auftritt.
Ein Diplomat in Abu Dhabi sagte zenith, man sehe sich nicht als Konkurrenz zu Ankara, sondern als Ergänzung.
"""


# ---------------------------------------------------------------- b58de03 (Israelnetz)
DE03 = """
Putin entschuldigt sich bei Bennett für Lawrows Hitler-Äußerung

JERUSALEM / MOSKAU (inn) – Der russische Präsident Wladimir Putin hat sich nach israelischen Angaben bei Premierminister Naftali Bennett für die Äußerungen seines Außenministers Sergej Lawrow über eine angebliche jüdische Abstammung Adolf Hitlers entschuldigt.
Das teilte das Büro des Premierministers nach einem Telefonat der beiden am Donnerstag mit.
Bennett habe die Entschuldigung angenommen und dem Präsidenten für die Klarstellung seiner Haltung zum jüdischen Volk und zum Gedenken an den Holocaust gedankt, hieß es in der Erklärung aus Jerusalem.

Die Mitteilung des Kremls zu dem Gespräch erwähnte eine Entschuldigung nicht.
Putin habe Bennett zum israelischen Unabhängigkeitstag gratuliert, und beide hätten die Bedeutung des 9. Mai für das Gedenken an die Opfer des Nationalsozialismus hervorgehoben, hieß es dort.
Zudem sei es um die Lage in der Ukraine gegangen.
Nach israelischen Angaben bat Bennett den Kremlchef, die Evakuierung von Zivilisten und Verwundeten aus dem belagerten Stahlwerk Asowstal in Mariupol zu ermöglichen; Putin habe zugesagt, einen humanitären Korridor zu prüfen.

Lawrow hatte am Sonntag in einem Interview mit dem italienischen Sender Rete 4 auf die Frage, wie Moskau von einer „Entnazifizierung“ der Ukraine sprechen könne, wenn deren Präsident Wolodymyr Selenskyj Jude sei, geantwortet, auch Hitler habe „jüdisches Blut“ gehabt.
Außenminister Jair Lapid nannte die Äußerung am Montag „unverzeihlich“ und bestellte den russischen Botschafter Anatoli Wiktorow ins Außenministerium ein.
Bennett warf Lawrow vor, mit solchen Lügen die Juden selbst für die schlimmsten Verbrechen der Geschichte verantwortlich zu machen.

Moskau legte zunächst nach: Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Israel am Dienstag vor, das „neonazistische Regime in Kiew“ zu unterstützen, und nannte Lapids Worte „antihistorisch“.
Selenskyj sprach in seiner Videobotschaft am Montagabend von antisemitischen Äußerungen, die zeigten, dass die russische Führung die Lehren des Zweiten Weltkriegs vergessen habe.
Das Auswärtige Amt in Berlin nannte Lawrows Worte „absurd und niederträchtig“.

Bennett, der im März als erster westlicher Regierungschef nach Kriegsbeginn Putin im Kreml besucht hatte, versteht sich weiterhin als möglicher Vermittler.
Israel hat sich den westlichen Sanktionen gegen Russland nicht angeschlossen, hat aber im März in der Westukraine ein Feldlazarett eröffnet und Hilfsgüter geliefert.
Beobachter in Jerusalem rechneten damit, dass die Regierung das Telefonat als Schlussstrich unter die Affäre betrachte.
"""


# ---------------------------------------------------------------- b58de04 (Frankfurter Neue Presse)
DE04 = """
Ein Abkommen, zwei Unterschriften: In Istanbul wird der Weg für ukrainisches Getreide frei

Istanbul. Es gab keinen Handschlag zwischen den Kriegsparteien, nicht einmal ein gemeinsames Dokument.
Als am Freitagnachmittag im Dolmabahçe-Palast am Ufer des Bosporus die Vereinbarung über den Export ukrainischen Getreides unterzeichnet wurde, saßen der russische Verteidigungsminister Sergej Schoigu und der ukrainische Infrastrukturminister Olexander Kubrakow nacheinander am selben Tisch, aber nie gleichzeitig.
Jeder von ihnen setzte seine Unterschrift unter einen eigenen Text, den jeweils auch der türkische Verteidigungsminister Hulusi Akar und UN-Generalsekretär António Guterres unterzeichneten.

Das Abkommen soll die seit Kriegsbeginn blockierten Häfen Odessa, Tschornomorsk und Piwdennyj wieder für Frachtschiffe öffnen, in deren Silos nach ukrainischen Angaben mehr als 20 Millionen Tonnen Getreide auf den Export warten.
Es gilt zunächst für 120 Tage und kann verlängert werden.
In Istanbul soll in den kommenden Tagen ein gemeinsames Koordinierungszentrum mit Vertretern Russlands, der Ukraine, der Türkei und der Vereinten Nationen die Arbeit aufnehmen, das die Frachter auf ihrem Weg durch einen Korridor im Schwarzen Meer begleitet und kontrolliert, dass sie keine Waffen an Bord haben.
In einem zweiten Papier sagten die Vereinten Nationen Russland zu, sich für die Ausfuhr russischer Lebens- und Düngemittel einzusetzen.

Guterres sprach von einem „Leuchtfeuer der Hoffnung“ für Millionen Menschen in Ländern, die auf die Lieferungen angewiesen seien.
Gastgeber Recep Tayyip Erdoğan sagte, er hoffe, dass die Vereinbarung auch den Weg zu einem dauerhaften Frieden ebne, und dankte beiden Seiten für ihre Kompromissbereitschaft.
Der türkische Präsident hatte das Thema am Dienstag in Teheran mit Kremlchef Wladimir Putin besprochen, der damals noch von „offenen Fragen“ gesprochen hatte.

Wie tief das Misstrauen sitzt, machte Präsidentenberater Mychajlo Podoljak deutlich: Die Ukraine unterzeichne keine Dokumente mit Russland, schrieb er und drohte für den Fall von Provokationen mit einer „sofortigen militärischen Antwort“.
Präsident Wolodymyr Selenskyj sagte am Abend in seiner Videobotschaft, die Verantwortung für die Sicherheit der Schiffe liege bei den Vereinten Nationen.
US-Außenminister Antony Blinken begrüßte die Einigung, kündigte aber an, Washington werde Russland an deren Umsetzung messen.

Für Erdoğan ist der Tag ein diplomatischer Erfolg, um den seine Regierung seit April geworben hatte.
Ob die ersten Frachter tatsächlich in den nächsten Wochen auslaufen können, hängt aber auch von der Räumung der Seeminen ab, über die in den Verhandlungen lange gestritten wurde.
An den Warenterminbörsen gab der Weizenpreis am Freitag um mehrere Prozent nach, auch im Rhein-Main-Gebiet verfolgen Getreidehändler die Nachrichten aus Istanbul aufmerksam.
"""


# ---------------------------------------------------------------- b58de05 (Braunschweiger Zeitung)
DE05 = """
Lawrow am Golf, Sybiha per Video: Katar wirbt in Doha für eine Waffenruhe im Winter

Doha. Wer in diesen Tagen verstehen will, wie sehr sich die Gewichte in der Diplomatie um den Ukraine-Krieg verschoben haben, musste am Wochenende nur durch die Flure des Sheraton-Hotels in Doha gehen.
Beim Doha Forum, der jährlichen Konferenz des Emirats, trat am Samstag der russische Außenminister Sergej Lawrow auf, während sein ukrainischer Kollege Andrij Sybiha nur per Video aus Kiew zugeschaltet war.
Ein Treffen der beiden, auf das die Gastgeber lange gehofft hatten, kam nicht zustande.

Katars Ministerpräsident und Außenminister Scheich Mohammed bin Abdulrahman Al Thani nutzte die Eröffnung, um einen Vorschlag seines Landes öffentlich zu machen.
Russland und die Ukraine sollten sich für die Wintermonate auf eine Waffenruhe für Kraftwerke, Umspannwerke und Gasanlagen verständigen, die von einer gemeinsamen Kommission unter katarischem Vorsitz überwacht werden könne.
Doha sei bereit, beide Delegationen „noch vor Weihnachten“ zu empfangen, sagte der Scheich.
Der Vorschlag sei mit Washington abgestimmt, hieß es aus der katarischen Delegation.

Russland sei bereit, über den Schutz der Energieinfrastruktur zu reden, wenn die Ukraine ihre Angriffe auf russische Raffinerien und Häfen einstelle, sagte Lawrow in seiner Rede.
Eine Waffenruhe, die Kiew nur eine Atempause zum Aufrüsten verschaffe, werde es aber nicht geben.
Am Rande des Forums traf Lawrow nach Angaben des russischen Außenministeriums den US-Sondergesandten Steve Witkoff zu einem rund einstündigen Gespräch.

Sybiha begrüßte die katarische Initiative, warf Moskau aber vor, mit seinen nächtlichen Angriffen auf das Stromnetz Millionen Menschen gezielt der Kälte auszusetzen.
Die Ukraine sei zu einer gegenseitigen Waffenruhe für Energieanlagen sofort bereit, sagte er und verlangte, dass die Internationale Atomenergiebehörde auch die Umspannwerke der Atomkraftwerke inspiziere.
In der Nacht zum Sonntag griff Russland nach Angaben der ukrainischen Luftwaffe mit mehr als 300 Drohnen und Raketen an, getroffen wurden vor allem Anlagen in den Gebieten Charkiw und Poltawa.

Katar hat sich in den vergangenen drei Jahren vor allem als Vermittler bei der Rückführung ukrainischer Kinder aus Russland einen Namen gemacht.
EU-Außenbeauftragte Kaja Kallas kritisierte am Sonntag, dass Lawrow in Doha eine Bühne geboten werde, und betonte, die Sanktionen blieben in Kraft, bis Russland seinen Krieg beende.
Kremlsprecher Dmitri Peskow sagte am Montag in Moskau, man prüfe den katarischen Vorschlag „aufmerksam“, eine Antwort werde es aber erst nach Beratungen mit Präsident Wladimir Putin geben.
"""


# ---------------------------------------------------------------- b58de06 (Fränkischer Tag)
DE06 = """
Sechs Stunden hinter hohen Mauern: Russen und Amerikaner verhandeln in Istanbul über ihre Botschaften

Istanbul. Die Residenz des amerikanischen Generalkonsuls liegt versteckt hinter hohen Mauern im Istanbuler Stadtteil Sarıyer, und was dort am Donnerstag besprochen wurde, sollte nach dem Willen beider Seiten auch weitgehend dort bleiben.
Rund sechs Stunden lang verhandelten Diplomaten der USA und Russlands über die Arbeit ihrer Botschaften, die seit Jahren von gegenseitigen Ausweisungen, Visa-Sperren und beschlagnahmten Liegenschaften gelähmt ist.
Es war das erste Treffen dieser Art, seit Präsident Donald Trump und Kremlchef Wladimir Putin Mitte Februar miteinander telefoniert hatten.

Das russische Außenministerium nannte die Gespräche am Abend „inhaltsreich und sachlich“.
Man habe vereinbart, den Dialog fortzusetzen, die nächste Runde solle in Moskau oder Washington stattfinden.
Aus dem State Department hieß es, die USA hätten „konkrete Schritte“ zur Stabilisierung der diplomatischen Vertretungen angesprochen, darunter Bankgeschäfte und Personalfragen.
Die Ukraine, so betonte eine Sprecherin, habe nicht auf der Tagesordnung gestanden, politische Fragen würden in diesem Format nicht verhandelt.

Geleitet wurde die russische Delegation von Alexander Dartschijew, den Moskau als neuen Botschafter in Washington vorgeschlagen hat.
Außenminister Sergej Lawrow, der am Montag zu Gesprächen mit seinem türkischen Kollegen Hakan Fidan und mit Präsident Recep Tayyip Erdoğan in Ankara gewesen war, sagte, das Treffen werde zeigen, wie schnell und wirksam man vorankommen könne.
Kremlsprecher Dmitri Peskow äußerte die Hoffnung, dass es eine Fortsetzung geben werde.

Die Wahl des Ortes ist kein Zufall.
Erdoğan hatte nach dem Treffen der Außenminister Marco Rubio und Lawrow in Riad am 18. Februar angeboten, künftige Gespräche zwischen Washington und Moskau, aber auch zwischen Russland und der Ukraine auszurichten.
Bei einem Besuch des ukrainischen Präsidenten Wolodymyr Selenskyj in Ankara am selben Tag hatte er betont, die Türkei sei „der ideale Gastgeber“.

In Kiew werden die Kontakte mit Argwohn verfolgt.
Selenskyj, der am Freitag in Washington mit Trump ein Abkommen über ukrainische Rohstoffe unterzeichnen will, hatte schon in Ankara gewarnt, die Ukraine werde keine Vereinbarung anerkennen, die über ihren Kopf hinweg getroffen werde.
Diplomaten in Istanbul sprachen von einem „Testlauf“: Gelinge die Annäherung bei den Botschaften, könnten Washington und Moskau bald auch über größere Fragen reden.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b58de01_istanbul_verwundetenaustausch_2026_02", "2026-02-26", DE01,
        [
            T("Mittwoch", "DATE", "2026-02-25"),
            T("den vergangenen drei Wochen", "DURATION", "P3W"),
            T("Mittwochabend", "TIME", "2026-02-25TEV"),
            T("März", "DATE", "2026-03"),
            T("Montag", "DATE", "2026-02-23"),
            T("2022", "DATE", "2022", 0),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("September 2022", "DATE", "2022-09"),
            T("Juli 2023", "DATE", "2023-07"),
            T("Mai 2025", "DATE", "2025-05"),
            T("drei Jahren", "DURATION", "P3Y"),
            T("der Nacht zum Donnerstag", "TIME", "2026-02-25TNI", note="night of 25 to 26 February"),
        ],
        [
            E("Russia and Ukraine exchange 93 severely wounded prisoners of war each under Turkish mediation",
              "CONCEDE", ["Russia", "Ukraine"], "2026-02-25", "text", "occurred", "je 93 schwer verwundete"),
            E("Turkish intelligence (MIT) prepares the exchange in confidential talks with both sides' services",
              "CONSULT", ["Turkey", "Russia", "Ukraine"], "2026-02", "context", "occurred",
              "Der Nationale Nachrichtendienst (MIT)", note="over the three weeks before the exchange of 25 February"),
            E("Fidan offers Istanbul for direct talks and to invite both delegations again in March", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-02-25TEV", "context", "occurred", "Istanbul bleibe offen"),
            E("Erdoğan discusses the exchange with Putin by phone", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-02-23", "text", "occurred", "getrennten Telefonaten"),
            E("Erdoğan discusses the exchange with Zelensky by phone", "CONSULT",
              ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2026-02-23", "text", "occurred",
              "getrennten Telefonaten"),
            E("Zelensky thanks Erdoğan for his personal commitment", "SUPPORT",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2026-02-26", "published", "occurred",
              "Selenskyj dankte Erdoğan"),
            E("Zelensky again demands an all-for-all exchange", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-02-26", "published", "occurred", "forderte erneut einen Austausch aller gegen alle"),
            E("Peskov praises Ankara's constructive role", "SUPPORT", ["Dmitry Peskov", "Turkey"], "2026-02-26",
              "published", "occurred", "Moskau schätze"),
            E("Peskov rules out a new political round in Istanbul for now", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-02-26", "published", "occurred", "Eine neue politische Verhandlungsrunde"),
            E("Peskov's condition: Kyiv must accept the 'realities on the ground'", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-02-26", "published", "occurred",
              "Eine neue politische Verhandlungsrunde"),
            E("Turkey mediates a prisoner exchange", "CONSULT", ["Turkey", "Russia", "Ukraine"], "2022-09", "text",
              "occurred", "im September 2022 einen Austausch vermittelt"),
            E("Prisoner exchange of September 2022; Azov commanders to stay in Turkey until the end of the war",
              "CONCEDE", ["Russia", "Ukraine"], "2022-09", "text", "occurred",
              "im September 2022 einen Austausch vermittelt"),
            E("Erdoğan and Zelensky hold talks in Istanbul", "CONSULT",
              ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2023-07", "text", "occurred", "Im Juli 2023 durften"),
            E("Turkey lets the Azov commanders return to Ukraine", "CONCEDE", ["Turkey", "Ukraine"], "2023-07",
              "text", "occurred", "Im Juli 2023 durften"),
            E("Moscow criticises the return as a breach of the arrangements", "ACCUSE", ["Russia", "Turkey"],
              "2023-07", "context", "occurred", "Im Juli 2023 durften"),
            E("Russian and Ukrainian delegations meet in the Dolmabahçe Palace", "CONSULT", ["Russia", "Ukraine"],
              "2025-05", "text", "occurred", "Im Mai 2025 trafen sich"),
            E("Agreement on an exchange of 1,000 prisoners each", "AGREE", ["Russia", "Ukraine"], "2025-05", "text",
              "occurred", "Im Mai 2025 trafen sich"),
            E("Russian attack on energy facilities in the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-25TNI", "text", "occurred", "In der Nacht zum Donnerstag"),
            E("Kallas welcomes the exchange", "SUPPORT", ["Kaja Kallas"], "2026-02-26", "published", "occurred",
              "Kallas begrüßte"),
            E("Kallas urges not to ease the pressure on Moscow", "REQUEST", ["Kaja Kallas", "Russia"], "2026-02-26",
              "published", "occurred", "Kallas begrüßte"),
        ],
        [
            S("Turkey", "Security sources: the handover took place at Istanbul airport", "2026-02-26", "published",
              "Die Übergabe fand"),
            S("Turkey", "MIT prepared the exchange over three weeks in confidential talks with both countries' "
              "services", "2026-02-26", "published", "Der Nationale Nachrichtendienst (MIT)"),
            S("Hakan Fidan", "The exchange proves that diplomacy is possible even in the darkest hours",
              "2026-02-25TEV", "text", "Beweis dafür"),
            S("Hakan Fidan", "Istanbul remains open to direct talks; Turkey ready to invite both delegations in "
              "March", "2026-02-25TEV", "context", "Istanbul bleibe offen"),
            S("Turkey", "Communications Directorate: Erdoğan discussed the exchange with Putin and Zelensky on "
              "Monday", "2026-02-26", "published", "getrennten Telefonaten"),
            S("Volodymyr Zelensky", "Thanks Erdoğan for his personal commitment", "2026-02-26", "published",
              "Selenskyj dankte Erdoğan"),
            S("Volodymyr Zelensky", "Everyone who comes home is a victory; demands an all-for-all exchange",
              "2026-02-26", "published", "forderte erneut einen Austausch aller gegen alle"),
            S("Ukraine", "Coordination headquarters: some returnees had been held since 2022", "2026-02-26",
              "published", "Koordinierungsstab"),
            S("Russia", "Defence ministry confirms the exchange; the soldiers will be treated near Moscow",
              "2026-02-26", "published", "Verteidigungsministerium bestätigte"),
            S("Dmitry Peskov", "Moscow appreciates Ankara's constructive role", "2026-02-26", "published",
              "Moskau schätze"),
            S("Dmitry Peskov", "No new political round in Istanbul while Kyiv does not accept the realities on the "
              "ground", "2026-02-26", "published", "Eine neue politische Verhandlungsrunde"),
            S("Vladimir Medinsky", "Humanitarian questions must stay separate from political ones", "PAST_REF",
              "vague", "hatte zuletzt erklärt"),
            S("Russia", "Moscow criticised the commanders' return as a breach of the arrangements", "2023-07",
              "context", "Im Juli 2023 durften"),
            S("Ukraine", "Russia attacked energy facilities in the Odesa region overnight", "2026-02-26",
              "published", "In der Nacht zum Donnerstag"),
            S("Kaja Kallas", "Welcomes the exchange but warns against easing pressure on Moscow", "2026-02-26",
              "published", "Kallas begrüßte"),
        ],
        ["Turkey", "Russia", "Ukraine", "Hakan Fidan", "Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky",
         "Kremlin", "Dmitry Peskov", "Vladimir Medinsky", "European Union", "Kaja Kallas"],
    ),
    doc(
        "b58de02_bin_zayid_sankt_petersburg_2022_10", "2022-10-12", DE02,
        [
            T("Dienstag", "DATE", "2022-10-11"),
            T("gut drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("Mittwoch", "DATE", "2022-10-12"),
            T("November", "DATE", "2022-11"),
            T("der vergangenen Woche", "DATE", "2022-W40"),
            T("Dienstagabend", "TIME", "2022-10-11TEV"),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
            T("März", "DATE", "2022-03"),
            T("September", "DATE", "2022-09"),
            T("Donnerstag", "DATE", "2022-10-13"),
            T("Monaten", "DURATION", "PXM"),
        ],
        [
            E("Russian missile strikes on Kyiv and a dozen other Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2022-10-10", "context", "occurred", "Nur einen Tag nachdem",
              note="10 October 2022, the day before the visit"),
            E("Putin receives UAE President Mohammed bin Zayed near St Petersburg", "CONSULT", ["Vladimir Putin"],
              "2022-10-11", "text", "occurred", "Nur einen Tag nachdem"),
            E("Mohammed bin Zayed offers to help towards de-escalation and a political solution", "REQUEST",
              ["Russia", "Ukraine"], "2022-10-11", "context", "occurred", "zu Beginn des Treffens"),
            E("Putin thanks the UAE for its balanced position and praises its humanitarian mediation", "SUPPORT",
              ["Vladimir Putin"], "2022-10-11", "context", "occurred", "Putin dankte seinem Gast"),
            E("OPEC+ decides to cut oil output from November", "AGREE", ["Russia", "Saudi Arabia"], "2022-W40", "text",
              "occurred", "Die Reise folgt auf den Beschluss", note="OPEC+ decision of 5 October 2022 in Vienna"),
            E("Biden warns Saudi Arabia of consequences", "THREATEN", ["Joe Biden", "Saudi Arabia"], "2022-10-12",
              "published", "occurred", "zu spüren bekommen", note="Biden spoke on 11 October 2022"),
            E("White House accuses Riyadh of siding with Moscow", "ACCUSE", ["White House", "Saudi Arabia", "Russia"],
              "2022-10-12", "published", "occurred", "zu spüren bekommen"),
            E("Kuleba: whoever talks to Putin must make clear the missile terror has to end", "REQUEST",
              ["Ukraine", "Vladimir Putin"], "2022-10-11TEV", "text", "occurred", "Kuleba sagte am Dienstagabend"),
            E("Kuleba phones his UAE counterpart Abdullah bin Zayed", "CONSULT", ["Ukraine"], "2022-10-11", "context",
              "occurred", "Zuvor hatte Kuleba", note="before Kuleba's remarks on Tuesday evening"),
            E("The UAE assure Ukraine of their support for its territorial integrity", "SUPPORT", ["Ukraine"],
              "2022-10-11", "context", "occurred", "Zuvor hatte Kuleba"),
            E("UN General Assembly resolution demands Russia's withdrawal", "REQUEST", ["United Nations", "Russia"],
              "2022-03", "text", "occurred", "in der UN-Vollversammlung stimmte es"),
            E("Saudi Arabia secures the release of ten foreign fighters from Russian captivity", "CONCEDE",
              ["Russia", "Saudi Arabia"], "2022-09", "text", "occurred", "Im September hatte Saudi-Arabien"),
            E("Putin to meet Erdoğan in Astana", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2022-10-13",
              "text", "planned", "Am Donnerstag will Putin"),
        ],
        [
            S("Kremlin", "The talks lasted a good three hours", "2022-10-12", "published", "nach Kremlangaben"),
            S("Vladimir Putin", "Thanks the UAE for its balanced position and praises its humanitarian mediation",
              "2022-10-11", "context", "Putin dankte seinem Gast"),
            S("Dmitry Peskov", "The oil market was discussed; stable energy prices are in both countries' interest",
              "2022-10-12", "text", "Es sei auch um den Ölmarkt"),
            S("Joe Biden", "Saudi Arabia will face consequences", "2022-10-12", "published", "zu spüren bekommen"),
            S("White House", "Riyadh has sided with Moscow", "2022-10-12", "published", "zu spüren bekommen"),
            S("Ukraine", "Kuleba: whoever talks to Putin must tell him the missile terror against civilians must end",
              "2022-10-11TEV", "text", "Kuleba sagte am Dienstagabend"),
            S("Ukraine", "The UAE foreign minister assured Kuleba that the Emirates back Ukraine's territorial "
              "integrity", "2022-10-11", "context", "Zuvor hatte Kuleba"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Saudi Arabia", "Joe Biden", "United States",
         "White House", "United Nations", "Recep Tayyip Erdoğan", "Turkey"],
    ),
    doc(
        "b58de03_putin_entschuldigung_bennett_2022_05", "2022-05-06", DE03,
        [
            T("Donnerstag", "DATE", "2022-05-05"),
            T("Unabhängigkeitstag", "DATE", "2022-05-05", note="Israel's Independence Day 2022"),
            T("9. Mai", "DATE", "2022-05-09"),
            T("Sonntag", "DATE", "2022-05-01"),
            T("Montag", "DATE", "2022-05-02"),
            T("Dienstag", "DATE", "2022-05-03"),
            T("Montagabend", "TIME", "2022-05-02TEV"),
            T("März", "DATE", "2022-03", 0),
            T("März", "DATE", "2022-03", 1),
        ],
        [
            E("Putin–Bennett phone call", "CONSULT", ["Vladimir Putin"], "2022-05-05", "text", "occurred",
              "nach einem Telefonat der beiden"),
            E("Bennett accepts the apology and thanks Putin for clarifying his stance", "SUPPORT", ["Vladimir Putin"],
              "2022-05-05", "context", "occurred", "Bennett habe die Entschuldigung angenommen"),
            E("Putin congratulates Bennett on Israel's Independence Day", "SUPPORT", ["Vladimir Putin"], "2022-05-05",
              "text", "occurred", "Unabhängigkeitstag gratuliert"),
            E("Bennett asks Putin to allow the evacuation of civilians and wounded from Azovstal", "REQUEST",
              ["Vladimir Putin"], "2022-05-05", "context", "occurred", "bat Bennett den Kremlchef"),
            E("Putin promises to examine a humanitarian corridor", "AGREE", ["Vladimir Putin"], "2022-05-05",
              "context", "occurred", "bat Bennett den Kremlchef"),
            E("Lapid calls Lavrov's remark unforgivable and summons the Russian ambassador", "ACCUSE",
              ["Sergey Lavrov", "Russia"], "2022-05-02", "text", "occurred", "Jair Lapid"),
            E("Bennett accuses Lavrov of blaming the Jews for history's worst crimes", "ACCUSE", ["Sergey Lavrov"],
              "2022-05-02", "context", "occurred", "Bennett warf Lawrow vor"),
            E("Zakharova accuses Israel of supporting the 'neo-Nazi regime in Kyiv'", "ACCUSE", ["Maria Zakharova"],
              "2022-05-03", "text", "occurred", "Maria Sacharowa"),
            E("Zelensky condemns the antisemitic remarks of Russia's leadership", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-05-02TEV", "text", "occurred", "Montagabend"),
            E("German Foreign Office condemns Lavrov's words", "ACCUSE", ["Germany", "Sergey Lavrov"], "2022-05-06",
              "published", "occurred", "Auswärtige Amt"),
            E("Bennett visits Putin in the Kremlin", "CONSULT", ["Vladimir Putin"], "2022-03", "text", "occurred",
              "als erster westlicher Regierungschef"),
            E("Israel opens a field hospital in western Ukraine and delivers aid", "AID", ["Ukraine"], "2022-03",
              "text", "occurred", "Feldlazarett"),
        ],
        [
            S("Vladimir Putin", "Apologised to Bennett for Lavrov's remarks (according to Israel)", "2022-05-05",
              "context", "nach israelischen Angaben bei Premierminister"),
            S("Kremlin", "Putin congratulated Bennett on Independence Day; both stressed the meaning of 9 May",
              "2022-05-05", "context", "Unabhängigkeitstag gratuliert"),
            S("Kremlin", "The situation in Ukraine was also discussed", "2022-05-05", "context",
              "Zudem sei es um die Lage"),
            S("Vladimir Putin", "Promised to examine a humanitarian corridor from Azovstal (according to Israel)",
              "2022-05-05", "context", "bat Bennett den Kremlchef"),
            S("Sergey Lavrov", "Hitler too had 'Jewish blood'", "2022-05-01", "text", "Rete 4"),
            S("Maria Zakharova", "Israel supports the neo-Nazi regime in Kyiv; Lapid's words are antihistorical",
              "2022-05-03", "text", "Maria Sacharowa"),
            S("Volodymyr Zelensky", "The antisemitic remarks show Russia's leadership has forgotten the lessons of "
              "the Second World War", "2022-05-02TEV", "text", "Montagabend"),
            S("Germany", "Foreign Office calls Lavrov's words absurd and vile", "2022-05-06", "published",
              "Auswärtige Amt"),
        ],
        ["Vladimir Putin", "Sergey Lavrov", "Kremlin", "Russia", "Ukraine", "Volodymyr Zelensky", "Maria Zakharova",
         "Germany"],
    ),
    doc(
        "b58de04_getreideabkommen_dolmabahce_2022_07", "2022-07-23", DE04,
        [
            T("Freitagnachmittag", "TIME", "2022-07-22TAF"),
            T("120 Tage", "DURATION", "P120D"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Dienstag", "DATE", "2022-07-19"),
            T("Abend", "TIME", "2022-07-22TEV"),
            T("April", "DATE", "2022-04"),
            T("den nächsten Wochen", "DATE", "FUTURE_REF"),
            T("Freitag", "DATE", "2022-07-22"),
        ],
        [
            E("Russia and Ukraine sign separate grain-export agreements with Turkey and the UN in Istanbul", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations", "António Guterres"], "2022-07-22TAF", "text",
              "occurred", "Als am Freitagnachmittag"),
            E("Joint coordination centre in Istanbul to start work", "COOPERATE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "FUTURE_REF", "vague", "planned",
              "Koordinierungszentrum"),
            E("The UN commits to facilitating Russian food and fertiliser exports", "AGREE",
              ["United Nations", "Russia"], "2022-07-22", "context", "occurred", "In einem zweiten Papier"),
            E("Erdoğan thanks both sides for their willingness to compromise", "SUPPORT",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-07-22", "context", "occurred",
              "Gastgeber Recep Tayyip Erdoğan"),
            E("Erdoğan and Putin discuss the grain exports in Tehran", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-07-19", "text", "occurred", "am Dienstag in Teheran"),
            E("Ukraine refuses to sign any document with Russia", "REJECT", ["Ukraine", "Russia"], "2022-07-23",
              "published", "occurred", "Podoljak"),
            E("Podolyak threatens an immediate military response to provocations", "THREATEN", ["Ukraine", "Russia"],
              "2022-07-23", "published", "occurred", "Podoljak"),
            E("Zelensky: the UN is responsible for the ships' security", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2022-07-22TEV", "text", "occurred", "Selenskyj sagte am Abend"),
            E("Blinken welcomes the agreement", "SUPPORT", ["Antony Blinken"], "2022-07-23", "published", "occurred",
              "Blinken begrüßte"),
            E("Turkey campaigns for a grain deal since April", "REQUEST", ["Turkey", "Russia", "Ukraine"], "2022-04",
              "text", "occurred", "seit April geworben", date_mod="START"),
        ],
        [
            S("Ukraine", "More than 20 million tonnes of grain are waiting for export", "2022-07-23", "published",
              "20 Millionen Tonnen"),
            S("António Guterres", "The deal is a beacon of hope for millions of people", "2022-07-22", "context",
              "Leuchtfeuer"),
            S("Recep Tayyip Erdoğan", "Hopes the deal paves the way to lasting peace; thanks both sides",
              "2022-07-22", "context", "Gastgeber Recep Tayyip Erdoğan"),
            S("Vladimir Putin", "There are still open questions", "2022-07-19", "context", "am Dienstag in Teheran"),
            S("Ukraine", "Podolyak: Ukraine signs no documents with Russia; provocations will meet an immediate "
              "military response", "2022-07-23", "published", "Podoljak"),
            S("Volodymyr Zelensky", "The UN bears responsibility for the ships' security", "2022-07-22TEV", "text",
              "Selenskyj sagte am Abend"),
            S("Antony Blinken", "Welcomes the agreement; Washington will judge Russia by its implementation",
              "2022-07-23", "published", "Blinken begrüßte"),
        ],
        ["Russia", "Ukraine", "Turkey", "United Nations", "António Guterres", "Recep Tayyip Erdoğan", "Vladimir Putin",
         "Kremlin", "Volodymyr Zelensky", "Antony Blinken", "United States"],
    ),
    doc(
        "b58de05_doha_forum_winterwaffenruhe_2026_12", "2026-12-07", DE05,
        [
            T("Winter", "DATE", "2026-WI"),
            T("diesen Tagen", "DATE", "PRESENT_REF"),
            T("Wochenende", "DATE", "2026-W49-WE"),
            T("jährlichen", "SET", "P1Y"),
            T("Samstag", "DATE", "2026-12-05"),
            T("die Wintermonate", "DATE", "2026-WI"),
            T("Weihnachten", "DATE", "2026-12-25"),
            T("rund einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("nächtlichen", "SET", "P1D"),
            T("der Nacht zum Sonntag", "TIME", "2026-12-05TNI", note="night of 5 to 6 December"),
            T("den vergangenen drei Jahren", "DURATION", "P3Y"),
            T("Sonntag", "DATE", "2026-12-06", 1),
            T("Montag", "DATE", "2026-12-07"),
        ],
        [
            E("Doha Forum with Lavrov in person and Sybiha joining by video", "CONSULT",
              ["Qatar", "Sergey Lavrov", "Andrii Sybiha"], "2026-12-05", "text", "occurred", "Beim Doha Forum"),
            E("A Lavrov–Sybiha meeting hoped for by the hosts does not take place", "CONSULT",
              ["Sergey Lavrov", "Andrii Sybiha", "Qatar"], "2026-12-05", "context", "cancelled",
              "Ein Treffen der beiden"),
            E("Qatar proposes a winter ceasefire for energy facilities monitored by a Qatari-chaired commission",
              "REQUEST", ["Qatar", "Russia", "Ukraine"], "2026-12-05", "context", "occurred", "für die Wintermonate"),
            E("Qatar offers to receive both delegations before Christmas", "REQUEST", ["Qatar", "Russia", "Ukraine"],
              "2026-12-05", "context", "occurred", "Doha sei bereit"),
            E("Lavrov: Russia ready to talk about protecting energy infrastructure", "AGREE",
              ["Sergey Lavrov", "Ukraine"], "2026-12-05", "context", "occurred", "sagte Lawrow in seiner Rede"),
            E("Lavrov's condition: Ukraine must stop attacking Russian refineries and ports", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-12-05", "context", "occurred", "sagte Lawrow in seiner Rede"),
            E("Lavrov rules out a ceasefire that gives Kyiv a breathing space", "REJECT", ["Sergey Lavrov", "Ukraine"],
              "2026-12-05", "context", "occurred", "Atempause"),
            E("Lavrov meets US special envoy Witkoff on the sidelines of the forum", "CONSULT",
              ["Sergey Lavrov", "Steve Witkoff"], "2026-12-05", "context", "occurred", "Am Rande des Forums",
              note="dated by the forum's first day; the text names no day"),
            E("Sybiha welcomes the Qatari initiative", "SUPPORT", ["Andrii Sybiha", "Qatar"], "2026-12-05", "context",
              "occurred", "Sybiha begrüßte"),
            E("Sybiha accuses Moscow of deliberately exposing millions to the cold", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2026-12-05", "context", "occurred", "Sybiha begrüßte"),
            E("Sybiha: Ukraine ready for a mutual energy ceasefire at once", "AGREE", ["Andrii Sybiha", "Russia"],
              "2026-12-05", "context", "occurred", "gegenseitigen Waffenruhe"),
            E("Sybiha demands IAEA inspections of the nuclear plants' substations", "REQUEST",
              ["Andrii Sybiha", "IAEA"], "2026-12-05", "context", "occurred", "gegenseitigen Waffenruhe"),
            E("Russian attack with more than 300 drones and missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2026-12-05TNI", "text", "occurred", "In der Nacht zum Sonntag"),
            E("Qatar mediates the return of Ukrainian children from Russia", "CONSULT", ["Qatar", "Russia", "Ukraine"],
              "2023", "context", "occurred", "Katar hat sich", date_mod="START",
              note="over the three years before publication"),
            E("Kallas criticises that Lavrov is given a stage in Doha", "ACCUSE", ["Kaja Kallas", "Qatar"],
              "2026-12-06", "text", "occurred", "Kallas kritisierte am Sonntag"),
            E("Kallas: the sanctions stay until Russia ends its war", "REJECT", ["Kaja Kallas", "Russia"],
              "2026-12-06", "text", "occurred", "Kallas kritisierte am Sonntag"),
        ],
        [
            S("Qatar", "Russia and Ukraine should agree a winter ceasefire for energy facilities under a Qatari-chaired "
              "commission", "2026-12-05", "context", "für die Wintermonate"),
            S("Qatar", "Doha is ready to receive both delegations before Christmas", "2026-12-05", "context",
              "Doha sei bereit"),
            S("Qatar", "The proposal is coordinated with Washington", "2026-12-07", "published",
              "mit Washington abgestimmt"),
            S("Sergey Lavrov", "Russia is ready to talk about energy infrastructure if Ukraine stops its attacks on "
              "refineries and ports", "2026-12-05", "context", "sagte Lawrow in seiner Rede"),
            S("Sergey Lavrov", "There will be no ceasefire that only gives Kyiv a breathing space to rearm",
              "2026-12-05", "context", "Atempause"),
            S("Russia", "Foreign ministry: Lavrov met Witkoff for about an hour", "2026-12-07", "published",
              "Am Rande des Forums"),
            S("Andrii Sybiha", "Welcomes the initiative; Moscow deliberately exposes millions to the cold",
              "2026-12-05", "context", "Sybiha begrüßte"),
            S("Andrii Sybiha", "Ukraine is ready for a mutual energy ceasefire at once; the IAEA should inspect the "
              "substations", "2026-12-05", "context", "gegenseitigen Waffenruhe"),
            S("Ukraine", "Air force: more than 300 drones and missiles in the night", "2026-12-07", "published",
              "In der Nacht zum Sonntag"),
            S("Kaja Kallas", "Criticises the stage given to Lavrov; sanctions remain until Russia ends the war",
              "2026-12-06", "text", "Kallas kritisierte am Sonntag"),
            S("Dmitry Peskov", "Moscow is studying the Qatari proposal; an answer only after consulting Putin",
              "2026-12-07", "text", "Peskow sagte am Montag"),
        ],
        ["Qatar", "Russia", "Ukraine", "Sergey Lavrov", "Andrii Sybiha", "United States", "Steve Witkoff", "IAEA",
         "European Union", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Vladimir Putin"],
    ),
    doc(
        "b58de06_istanbul_botschaftsgespraeche_2025_02", "2025-02-28", DE06,
        [
            T("Sechs Stunden", "DURATION", "PT6H"),
            T("Donnerstag", "DATE", "2025-02-27"),
            T("Rund sechs Stunden", "DURATION", "PT6H", mod="APPROX"),
            T("Jahren", "DURATION", "PXY"),
            T("Mitte Februar", "DATE", "2025-02", mod="MID"),
            T("Abend", "TIME", "2025-02-27TEV"),
            T("Montag", "DATE", "2025-02-24"),
            T("18. Februar", "DATE", "2025-02-18"),
            T("selben Tag", "DATE", "2025-02-18"),
            T("Freitag", "DATE", "2025-02-28"),
            T("bald", "DATE", "FUTURE_REF"),
        ],
        [
            E("US and Russian diplomats negotiate for six hours in Istanbul on the work of their embassies", "CONSULT",
              ["United States", "Russia"], "2025-02-27", "context", "occurred", "Rund sechs Stunden lang"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02", "text", "occurred",
              "Mitte Februar", date_mod="MID", note="12 February 2025"),
            E("Both sides agree to continue the dialogue", "AGREE", ["Russia", "United States"], "2025-02-27",
              "context", "occurred", "Man habe vereinbart"),
            E("Next round in Moscow or Washington", "CONSULT", ["Russia", "United States"], "2025-02-28", "published",
              "planned", "Man habe vereinbart", note="no date given"),
            E("The US raises concrete steps to stabilise the missions", "REQUEST", ["United States", "Russia"],
              "2025-02-27", "context", "occurred", "konkrete Schritte"),
            E("Lavrov holds talks with Fidan and Erdoğan in Ankara", "CONSULT",
              ["Sergey Lavrov", "Hakan Fidan", "Recep Tayyip Erdoğan"], "2025-02-24", "text", "occurred",
              "der am Montag zu Gesprächen"),
            E("Rubio–Lavrov meeting in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-02-18", "text",
              "occurred", "in Riad am 18. Februar"),
            E("Erdoğan offers to host US–Russia and Russia–Ukraine talks", "REQUEST",
              ["Recep Tayyip Erdoğan", "United States", "Russia", "Ukraine"], "2025-02-18", "text", "occurred",
              "in Riad am 18. Februar"),
            E("Zelensky visits Erdoğan in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-02-18", "text", "occurred", "ideale Gastgeber"),
            E("Zelensky and Trump to sign an agreement on Ukrainian raw materials in Washington", "AGREE",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-02-28", "text", "planned", "Rohstoffe"),
            E("Zelensky: Ukraine will not recognise agreements made over its head", "REJECT", ["Volodymyr Zelensky"],
              "2025-02-18", "context", "occurred", "Rohstoffe"),
        ],
        [
            S("Russia", "Foreign ministry calls the talks substantive and businesslike", "2025-02-27TEV", "text",
              "inhaltsreich"),
            S("Russia", "Both sides agreed to continue the dialogue; next round in Moscow or Washington",
              "2025-02-27TEV", "context", "Man habe vereinbart"),
            S("United States", "State Department: the US raised concrete steps to stabilise the missions",
              "2025-02-28", "published", "konkrete Schritte"),
            S("United States", "Ukraine was not on the agenda; political questions are not negotiated in this format",
              "2025-02-28", "published", "Tagesordnung gestanden"),
            S("Sergey Lavrov", "The meeting will show how quickly and effectively progress can be made", "2025-02-28",
              "published", "wie schnell und wirksam"),
            S("Dmitry Peskov", "Hopes the talks will continue", "2025-02-28", "published", "Peskow äußerte"),
            S("Recep Tayyip Erdoğan", "Offers to host talks between Washington and Moscow and between Russia and "
              "Ukraine", "2025-02-18", "text", "in Riad am 18. Februar"),
            S("Recep Tayyip Erdoğan", "Turkey is the ideal host", "2025-02-18", "text", "ideale Gastgeber"),
            S("Volodymyr Zelensky", "Ukraine will not recognise agreements made over its head", "2025-02-18",
              "context", "Rohstoffe"),
        ],
        ["United States", "Russia", "Donald Trump", "Vladimir Putin", "Kremlin", "Sergey Lavrov", "Hakan Fidan",
         "Recep Tayyip Erdoğan", "Turkey", "Dmitry Peskov", "Marco Rubio", "Ukraine", "Volodymyr Zelensky"],
    ),
]
