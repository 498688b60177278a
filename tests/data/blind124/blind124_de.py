"""German articles of the blind124 set (fictionalised; written and annotated blind to the extraction code).

Theme: Armenia's turn away from Russia, 2023-2025.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b124de01 (Westerwälder Zeitung)
DE01 = """
EU schickt Beobachter an die armenische Grenze – Moskau spricht von „Konfrontation“

Brüssel/Montabaur. Die Europäische Union entsendet eine zivile Beobachtermission nach Armenien.
Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag in Brüssel die Einrichtung der Mission, die für zwei Jahre die Lage an der Grenze zu Aserbaidschan beobachten soll.
Rund hundert Mitarbeiter, darunter etwa 50 unbewaffnete Beobachter, sollen von Mitte Februar an von der Stadt Jeghegnadsor im Süden des Landes aus Patrouillen fahren.
Der EU-Außenbeauftragte Josep Borrell sprach nach der Sitzung von einem Beitrag, „um Vertrauen aufzubauen und die Sicherheit der Menschen in den Grenzgebieten zu erhöhen“.

Die neue Mission löst eine kleinere Vorgängerin ab, die Frankreichs Präsident Emmanuel Macron, EU-Ratspräsident Charles Michel, der armenische Regierungschef Nikol Paschinjan und der aserbaidschanische Präsident Ilham Alijew Anfang Oktober am Rande eines Gipfels in Prag vereinbart hatten.
Deren 40 Beobachter hatten ihre Arbeit am 19. Dezember beendet.
Im vergangenen September waren bei Kämpfen an der Grenze fast 300 Soldaten getötet worden.

Armenien rückt damit ein weiteres Stück von seiner traditionellen Schutzmacht Russland ab.
Vor zwei Wochen hatte Paschinjan erklärt, sein Land werde in diesem Jahr keine Manöver der von Moskau geführten Organisation des Vertrags über kollektive Sicherheit (OVKS) ausrichten.
Russland und die Allianz hätten Armenien im September allein gelassen, begründete er den Schritt.
Kremlsprecher Dmitri Peskow sagte damals, Armenien bleibe ein enger Verbündeter, man werde die Frage im Dialog klären.
Bereits Ende November hatte Paschinjan beim OVKS-Gipfel in Eriwan einen Vorschlag Moskaus abgelehnt, stattdessen Beobachter der Allianz an die Grenze zu schicken.

Moskau reagierte verärgert auf den Brüsseler Beschluss.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf der EU am Dienstag vor, sie wolle Russland aus dem Südkaukasus verdrängen und trage „geopolitische Konfrontation“ in die Region.
Eine EU-Mission könne die Lage nur weiter destabilisieren, sagte Sacharowa.
Peskow erklärte, Russland sei weiterhin bereit, zur Sicherheit Armeniens beizutragen.

Auch Deutschland beteiligt sich an der Mission: Das Auswärtige Amt kündigte an, in den kommenden Wochen bis zu 15 Polizistinnen und Polizisten nach Armenien zu entsenden.
Unter ihnen ist nach Informationen unserer Zeitung ein Beamter aus dem Westerwaldkreis, der bereits in Georgien und im Kosovo im Einsatz war.
Die Vorbereitung beginne schon kommende Woche mit einem Lehrgang, sagte ein Sprecher der Bundespolizei in Koblenz.
Seine Familie in Montabaur sieht dem Einsatz gelassen entgegen: „Es ist eine Beobachtungs-, keine Kampfmission“, sagt seine Frau.
"""

DOC_DE01 = doc(
    "b124de01_eu_beobachter_armenien_2023_01", "2023-01-24", DE01,
    [
        T("Montag", "DATE", "2023-01-23"),
        T("zwei Jahre", "DURATION", "P2Y"),
        T("Mitte Februar", "DATE", "2023-02", mod="MID"),
        T("Anfang Oktober", "DATE", "2022-10", mod="START"),
        T("19. Dezember", "DATE", "2022-12-19"),
        T("vergangenen September", "DATE", "2022-09"),
        T("Vor zwei Wochen", "DATE", "2023-W02"),
        T("diesem Jahr", "DATE", "2023"),
        T("September", "DATE", "2022-09", 1, note="in Pashinyan's words of early January 2023"),
        T("Ende November", "DATE", "2022-11", mod="END"),
        T("Dienstag", "DATE", "2023-01-24"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("kommende Woche", "DATE", "2023-W05"),
    ],
    [
        E("EU foreign ministers establish a civilian monitoring mission in Armenia", "COOPERATE",
          ["European Union"], "2023-01-23", "text", "occurred", "beschlossen am Montag in Brüssel",
          note="EU Mission in Armenia (EUMA), two-year mandate"),
        E("EU monitors to start patrols from Yeghegnadzor from mid-February", "COOPERATE", ["European Union"],
          "2023-02", "text", "planned", "sollen von Mitte Februar an", date_mod="MID",
          note="the mission started work on 20 February 2023"),
        E("Macron, Michel, Pashinyan and Aliyev meet on the sidelines of the Prague summit", "CONSULT",
          ["Emmanuel Macron", "European Union"], "2022-10", "text", "occurred", "Die neue Mission löst",
          date_mod="START", note="6 October 2022; Pashinyan and Aliyev are not canonical"),
        E("Agreement in Prague on a first, smaller EU monitoring mission", "AGREE",
          ["Emmanuel Macron", "European Union"], "2022-10", "text", "occurred", "Die neue Mission löst",
          date_mod="START"),
        E("Armenia will not host CSTO exercises this year", "REJECT", ["Russia"], "2023-W02", "text", "occurred",
          "Vor zwei Wochen hatte Paschinjan erklärt", note="10 January 2023; the CSTO is Moscow-led"),
        E("Pashinyan: Russia and the alliance left Armenia alone in September", "ACCUSE", ["Russia"], "2023-W02",
          "context", "occurred", "Russland und die Allianz hätten"),
        E("Peskov: Armenia remains a close ally, the question will be settled in dialogue", "AGREE",
          ["Dmitry Peskov"], "2023-W02", "context", "occurred", "Kremlsprecher Dmitri Peskow sagte damals"),
        E("Moscow proposes sending CSTO observers to the border", "REQUEST", ["Russia"], "2022-11", "text",
          "occurred", "Bereits Ende November", date_mod="END"),
        E("Pashinyan rejects Moscow's proposal of CSTO observers at the Yerevan summit", "REJECT", ["Russia"],
          "2022-11", "text", "occurred", "Bereits Ende November", date_mod="END", note="23 November 2022"),
        E("Zakharova accuses the EU of pushing Russia out of the South Caucasus", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2023-01-24", "text", "occurred", "warf der EU am Dienstag vor"),
        E("Peskov: Russia remains ready to contribute to Armenia's security", "AGREE", ["Dmitry Peskov"],
          "2023-01-24", "published", "occurred", "Peskow erklärte, Russland sei weiterhin bereit"),
        E("Germany to send up to 15 police officers to the EU mission", "COOPERATE",
          ["Germany", "European Union"], "FUTURE_REF", "vague", "planned", "Auch Deutschland beteiligt sich"),
    ],
    [
        S("European Union", "Borrell: the mission builds confidence and raises the security of people in the border areas",
          "2023-01-23", "context", "Der EU-Außenbeauftragte Josep Borrell sprach"),
        S("Dmitry Peskov", "Armenia remains a close ally; the question will be settled in dialogue", "2023-W02",
          "context", "Kremlsprecher Dmitri Peskow sagte damals"),
        S("Russia", "Moscow reacts angrily to the Brussels decision", "2023-01-24", "published",
          "Moskau reagierte verärgert"),
        S("Maria Zakharova", "The EU wants to push Russia out of the South Caucasus and brings geopolitical confrontation",
          "2023-01-24", "text", "warf der EU am Dienstag vor"),
        S("Maria Zakharova", "An EU mission can only destabilise the situation further", "2023-01-24", "context",
          "Eine EU-Mission könne die Lage"),
        S("Dmitry Peskov", "Russia remains ready to contribute to Armenia's security", "2023-01-24", "published",
          "Peskow erklärte, Russland sei weiterhin bereit"),
        S("Germany", "The Foreign Office will send up to 15 police officers to Armenia in the coming weeks",
          "2023-01-24", "published", "Auch Deutschland beteiligt sich"),
    ],
    ["European Union", "Emmanuel Macron", "France", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
     "Germany"],
)

# ---------------------------------------------------------------- b124de02 (Verfassungsblog, short analysis)
DE02 = """
Armenien tritt dem Römischen Statut bei: Was das für Putin bedeutet

Die armenische Nationalversammlung hat am Dienstag das Römische Statut des Internationalen Strafgerichtshofs (IStGH) ratifiziert, mit 60 zu 22 Stimmen.
Armenien dürfte damit Anfang 2024 der 124. Vertragsstaat des Gerichts werden, als erstes Mitglied des von Russland geführten Militärbündnisses OVKS.
Politisch brisant ist der Schritt, weil gegen Wladimir Putin seit dem 17. März ein Haftbefehl des IStGH wegen der Verschleppung ukrainischer Kinder vorliegt.

Welche Pflichten entstehen?
Ist das Statut für Armenien in Kraft, wäre das Land verpflichtet, Putin festzunehmen und an den Gerichtshof in Den Haag zu überstellen, sollte er armenischen Boden betreten.
Das Statut tritt rund 60 Tage nach Hinterlegung der Ratifikationsurkunde beim UN-Generalsekretär in Kraft; Eriwan will die Urkunde in den kommenden Wochen in New York übergeben.
Das Verfassungsgericht in Eriwan hatte im März entschieden, dass der Vertrag mit der Verfassung vereinbar ist.

Wie reagiert Moskau?
Kremlsprecher Dmitri Peskow nannte die Entscheidung am Dienstag „falsch“ und kündigte an, Moskau werde Fragen an die armenische Führung richten.
Armenien bleibe aber ein Verbündeter Russlands, fügte er hinzu.
Schon im März hatte eine Quelle im russischen Außenministerium gewarnt, ein Beitritt Eriwans wäre „äußerst negativ“ für die bilateralen Beziehungen.
Die Außenamtssprecherin Maria Sacharowa sprach am Mittwoch von einem „unfreundlichen Schritt“, der nicht ohne Folgen bleiben werde.
Eriwan hatte Moskau bereits im Frühjahr ein bilaterales Abkommen angeboten, das russische Bedenken ausräumen sollte; eine Antwort blieb nach armenischen Angaben aus.

Was heißt das für Putins Reisen?
Seit dem Haftbefehl meidet der Kremlchef weitgehend Staaten, die dem Gericht angehören.
Am Brics-Gipfel in Johannesburg nahm er im August nur per Video teil, nachdem Südafrika auf seine Pflichten gegenüber dem IStGH verwiesen hatte.
Ob Putin Armenien in naher Zukunft besucht, ist ohnehin offen; zum nächsten OVKS-Gipfel hat Alexander Lukaschenko für November nach Minsk eingeladen.

Wie reagieren andere?
Das ukrainische Außenministerium begrüßte die Ratifikation als „Signal gegen Straflosigkeit“.
Ein Sprecher des EU-Außenbeauftragten Josep Borrell nannte sie einen wichtigen Schritt für die internationale Strafjustiz.
Offen bleibt, wie Eriwan sein Verhältnis zu Moskau ordnet: Armenien bezieht fast sein gesamtes Gas aus Russland, und auf seinem Territorium sind derzeit rund 3.000 russische Soldaten stationiert.
"""

DOC_DE02 = doc(
    "b124de02_roemisches_statut_armenien_2023_10", "2023-10-04", DE02,
    [
        T("Dienstag", "DATE", "2023-10-03", 0),
        T("Anfang 2024", "DATE", "2024", mod="START"),
        T("dem 17. März", "DATE", "2023-03-17"),
        T("rund 60 Tage", "DURATION", "P60D", mod="APPROX"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("März", "DATE", "2023-03", 1),
        T("Dienstag", "DATE", "2023-10-03", 1),
        T("März", "DATE", "2023-03", 2),
        T("Mittwoch", "DATE", "2023-10-04"),
        T("Frühjahr", "DATE", "2023-SP"),
        T("August", "DATE", "2023-08"),
        T("naher Zukunft", "DATE", "FUTURE_REF"),
        T("November", "DATE", "2023-11"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    [
        E("ICC arrest warrant against Putin over the deportation of Ukrainian children", "ACCUSE",
          ["Vladimir Putin"], "2023-03-17", "text", "occurred", "Politisch brisant ist der Schritt"),
        E("Yerevan to deposit the instrument of ratification with the UN Secretary-General", "AGREE",
          ["United Nations"], "FUTURE_REF", "vague", "planned", "Das Statut tritt rund 60 Tage",
          note="the ratification itself has no canonical party and is not annotated"),
        E("Peskov calls Armenia's ratification wrong and announces questions to Yerevan", "ACCUSE",
          ["Dmitry Peskov"], "2023-10-03", "text", "occurred", "nannte die Entscheidung am Dienstag"),
        E("Russian foreign ministry source warns Yerevan against joining the ICC", "REQUEST", ["Russia"], "2023-03",
          "text", "occurred", "Schon im März hatte eine Quelle"),
        E("Zakharova calls the ratification an unfriendly step", "ACCUSE", ["Maria Zakharova"], "2023-10-04",
          "text", "occurred", "sprach am Mittwoch von einem"),
        E("Zakharova: the step will not remain without consequences", "THREATEN", ["Maria Zakharova"],
          "2023-10-04", "text", "occurred", "sprach am Mittwoch von einem"),
        E("Yerevan offers Moscow a bilateral agreement to address Russian concerns", "REQUEST", ["Russia"],
          "2023-SP", "text", "occurred", "Eriwan hatte Moskau bereits im Frühjahr"),
        E("Putin takes part in the BRICS summit in Johannesburg only by video", "CONSULT", ["Vladimir Putin"],
          "2023-08", "text", "occurred", "Am Brics-Gipfel in Johannesburg"),
        E("Possible visit of Putin to Armenia", "CONSULT", ["Vladimir Putin"], "FUTURE_REF", "vague", "uncertain",
          "Ob Putin Armenien in naher Zukunft"),
        E("CSTO summit in Minsk in November, hosted by Lukashenko", "CONSULT", ["Alexander Lukashenko"], "2023-11",
          "text", "planned", "Ob Putin Armenien in naher Zukunft"),
        E("Ukraine's foreign ministry welcomes the ratification", "SUPPORT", ["Ukraine"], "2023-10-04", "published",
          "occurred", "Das ukrainische Außenministerium begrüßte"),
        E("EU calls the ratification an important step for international criminal justice", "SUPPORT",
          ["European Union"], "2023-10-04", "published", "occurred", "Ein Sprecher des EU-Außenbeauftragten"),
        E("About 3,000 Russian soldiers stationed in Armenia", "MOBILIZE", ["Russia"], "PRESENT_REF", "vague",
          "occurred", "derzeit rund 3.000 russische Soldaten"),
    ],
    [
        S("Dmitry Peskov", "The decision is wrong; Moscow will put questions to the Armenian leadership",
          "2023-10-03", "text", "nannte die Entscheidung am Dienstag"),
        S("Dmitry Peskov", "Armenia nevertheless remains an ally of Russia", "2023-10-03", "context",
          "Armenien bleibe aber ein Verbündeter"),
        S("Russia", "Foreign ministry source: accession would be extremely negative for relations", "2023-03", "text",
          "Schon im März hatte eine Quelle"),
        S("Maria Zakharova", "An unfriendly step that will not remain without consequences", "2023-10-04", "text",
          "sprach am Mittwoch von einem"),
        S("Ukraine", "The ratification is a signal against impunity", "2023-10-04", "published",
          "Das ukrainische Außenministerium begrüßte"),
        S("European Union", "Borrell's spokesman: an important step for international criminal justice", "2023-10-04",
          "published", "Ein Sprecher des EU-Außenbeauftragten"),
    ],
    ["Russia", "Vladimir Putin", "Ukraine", "United Nations", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
     "Alexander Lukashenko", "European Union"],
)

# ---------------------------------------------------------------- b124de03 (Zittauer Zeitung, dpa copy)
DE03 = """
Russische Grenzschützer ziehen aus fünf armenischen Regionen ab

Moskau/Eriwan (dpa) – Russland zieht auf Wunsch Armeniens seine Grenzschützer aus mehreren Regionen des Kaukasusstaats ab.
Das hätten Kremlchef Wladimir Putin und der armenische Regierungschef Nikol Paschinjan bei ihrem Treffen am Mittwoch in Moskau vereinbart, sagte Kremlsprecher Dmitri Peskow am Donnerstag.
Betroffen seien die Regionen Tawusch, Ararat, Armawir, Wajoz Dsor und Sjunik.
Die Posten sollen in den kommenden Wochen geräumt werden.
Russische Einheiten bewachen Teile der armenischen Grenzen seit 1992 auf Grundlage eines bilateralen Abkommens.

An den Außengrenzen zur Türkei und zum Iran bleiben die russischen Grenzer vorerst im Einsatz.
Bereits im März hatte Eriwan Moskau aufgefordert, die Passkontrolle am Flughafen Swartnoz vom 1. August an armenischen Beamten zu überlassen.
Paschinjan war zum Gipfel der Eurasischen Wirtschaftsunion nach Moskau gereist, der Amtseinführung Putins am Dienstag war er dagegen ferngeblieben.
Auch bei der Militärparade auf dem Roten Platz am Donnerstag war er nicht mehr dabei.
Peskow betonte, Armenien bleibe ein „enger Verbündeter“, Fragen zur Zukunft der OVKS würden im Dialog geklärt.

Eriwan hatte im Februar seine Mitarbeit in dem von Moskau geführten Bündnis eingefroren.
Paschinjan wirft Russland vor, Armenien im Konflikt mit Aserbaidschan nicht beigestanden zu haben, zuletzt im September, als Baku Berg-Karabach in einer Blitzoffensive einnahm.
Mitte April hatte Russland zudem begonnen, seine rund 2.000 Friedenssoldaten aus Karabach abzuziehen.

In Brüssel begrüßte ein Sprecher der EU-Kommission die Vereinbarung als Ausdruck der Souveränität Armeniens.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warnte den Westen dagegen davor, einen Keil zwischen Moskau und Eriwan zu treiben.

In Zittau verfolgen Armenier die Entwicklung mit gemischten Gefühlen.
„Viele hier haben Verwandte in Sjunik, die sich fragen, wer die Grenze in Zukunft schützt“, sagte ein Student der Hochschule Zittau/Görlitz, der seit drei Jahren in der Stadt lebt.
Der Verein Armenische Kultur Oberlausitz lädt für Mitte Juni zu einem Informationsabend in die Christian-Weise-Bibliothek ein.
"""

DOC_DE03 = doc(
    "b124de03_grenzschuetzer_abzug_regionen_2024_05", "2024-05-10", DE03,
    [
        T("Mittwoch", "DATE", "2024-05-08"),
        T("Donnerstag", "DATE", "2024-05-09", 0),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("1992", "DATE", "1992"),
        T("März", "DATE", "2024-03"),
        T("1. August", "DATE", "2024-08-01"),
        T("Dienstag", "DATE", "2024-05-07"),
        T("Donnerstag", "DATE", "2024-05-09", 1),
        T("Februar", "DATE", "2024-02"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("September", "DATE", "2023-09"),
        T("Mitte April", "DATE", "2024-04", mod="MID"),
        T("Zukunft", "DATE", "FUTURE_REF", 1, note="future as a noun, in the student's quote; \"Zukunft der OVKS\" (the fate of the CSTO) is not annotated"),
        T("drei Jahren", "DURATION", "P3Y"),
        T("Mitte Juni", "DATE", "2024-06", mod="MID"),
    ],
    [
        E("Putin and Pashinyan meet in Moscow", "CONSULT", ["Vladimir Putin"], "2024-05-08", "text", "occurred",
          "bei ihrem Treffen am Mittwoch in Moskau", note="on the sidelines of the EAEU summit"),
        E("Putin agrees to withdraw Russian border guards from five Armenian regions", "AGREE",
          ["Vladimir Putin"], "2024-05-08", "text", "occurred", "bei ihrem Treffen am Mittwoch in Moskau"),
        E("Russian border guards to vacate their posts in the regions", "RETREAT", ["Russia"], "FUTURE_REF", "vague",
          "planned", "Die Posten sollen in den kommenden Wochen"),
        E("Russian border guards stationed on Armenia's borders since 1992", "MOBILIZE", ["Russia"], "1992", "text",
          "occurred", "Russische Einheiten bewachen", date_mod="START"),
        E("Yerevan asks Moscow to hand passport control at Zvartnots to Armenian officers from 1 August", "REQUEST",
          ["Russia"], "2024-03", "text", "occurred", "Bereits im März hatte Eriwan Moskau aufgefordert"),
        E("Peskov: Armenia remains a close ally, CSTO questions to be settled in dialogue", "AGREE",
          ["Dmitry Peskov"], "2024-05-09", "context", "occurred", "Peskow betonte"),
        E("Armenia freezes its participation in the Moscow-led CSTO", "SANCTION", ["Russia"], "2024-02", "text",
          "occurred", "seine Mitarbeit in dem von Moskau geführten Bündnis eingefroren"),
        E("Pashinyan accuses Russia of failing to stand by Armenia against Azerbaijan", "ACCUSE", ["Russia"],
          "2024-05-10", "published", "occurred", "Paschinjan wirft Russland vor"),
        E("Russia begins withdrawing its peacekeepers from Karabakh", "RETREAT", ["Russia"], "2024-04", "text",
          "occurred", "Mitte April hatte Russland", date_mod="MID"),
        E("EU Commission welcomes the agreement as an expression of Armenia's sovereignty", "SUPPORT",
          ["European Union"], "2024-05-10", "published", "occurred", "In Brüssel begrüßte ein Sprecher"),
        E("Zakharova warns the West against driving a wedge between Moscow and Yerevan", "REQUEST",
          ["Maria Zakharova"], "2024-05-10", "published", "occurred", "warnte den Westen dagegen"),
    ],
    [
        S("Dmitry Peskov", "Putin and Pashinyan agreed on Wednesday that Russian border guards leave five regions",
          "2024-05-09", "text", "bei ihrem Treffen am Mittwoch in Moskau"),
        S("Dmitry Peskov", "Armenia remains a close ally; questions about the CSTO will be settled in dialogue",
          "2024-05-09", "context", "Peskow betonte"),
        S("European Union", "Commission spokesman welcomes the agreement as an expression of Armenia's sovereignty",
          "2024-05-10", "published", "In Brüssel begrüßte ein Sprecher"),
        S("Maria Zakharova", "Warns the West against driving a wedge between Moscow and Yerevan", "2024-05-10",
          "published", "warnte den Westen dagegen"),
    ],
    ["Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Turkey", "European Union", "Maria Zakharova"],
)

# ---------------------------------------------------------------- b124de04 (aeroTELEGRAPH, aviation trade press)
DE04 = """
Flughafen Eriwan: Armenische Grenzbeamte übernehmen die Passkontrolle von Russland

Nach mehr als drei Jahrzehnten kontrollieren am Flughafen Swartnoz in Eriwan keine russischen Grenzschützer mehr die Pässe der Reisenden.
Seit Donnerstag, 0 Uhr Ortszeit, sitzen Beamte des armenischen Grenzschutzes an den Ein- und Ausreiseschaltern.
Am Mittwochnachmittag hatten sich die Angehörigen des russischen Inlandsgeheimdienstes FSB, dem der Grenzschutz untersteht, mit einer kurzen Zeremonie vor dem Terminal verabschiedet.
Der Betreiber Armenia International Airports, eine Tochter der argentinischen Corporación América, erwartet nach eigenen Angaben keine längeren Wartezeiten.

Eriwan hatte die Übergabe im März verlangt, Kremlchef Wladimir Putin stimmte Anfang Mai bei einem Treffen mit Regierungschef Nikol Paschinjan in Moskau zu.
Die russischen Grenzer waren seit 1992 auf dem Flughafen im Einsatz, ursprünglich als Übergangslösung nach dem Zerfall der Sowjetunion.
An den Landgrenzen zur Türkei und zum Iran bleiben sie vorerst stationiert.
Kremlsprecher Dmitri Peskow hatte im Frühjahr gesagt, es handle sich um eine „souveräne Entscheidung“ Armeniens, die man respektiere.
Die Sprecherin des Außenministeriums in Moskau, Maria Sacharowa, warf Eriwan dagegen am Mittwoch vor, sich auf Druck des Westens von bewährten Partnern abzuwenden.

Für die Airlines ändert sich zunächst wenig.
Aeroflot, S7 und Ural Airlines fliegen weiterhin täglich von Moskau nach Eriwan, Russland ist mit Abstand der wichtigste Markt des Flughafens.
Im vergangenen Jahr zählte Swartnoz nach Angaben des Betreibers rund 5,9 Millionen Passagiere, gut ein Drittel davon auf Strecken nach Russland.
Der Betreiber will die Zahl der Passkontrollschalter bis Ende des Jahres von 24 auf 32 erhöhen.

Die Europäische Union hat die Ausbildung der neuen Grenzbeamten in den vergangenen Monaten mit rund 1,5 Millionen Euro unterstützt, unter anderem mit Schulungen zur Dokumentenprüfung.
Ab Herbst will Brüssel mit Eriwan zudem über Visaerleichterungen für armenische Staatsbürger verhandeln.
Für Reisende aus dem deutschsprachigen Raum ändert sich nichts, sie benötigen für Armenien weiterhin kein Visum.
"""

DOC_DE04 = doc(
    "b124de04_swartnoz_passkontrolle_2024_08", "2024-08-01", DE04,
    [
        T("mehr als drei Jahrzehnten", "DURATION", "P30Y", mod="MORE_THAN"),
        T("Donnerstag", "DATE", "2024-08-01"),
        T("0 Uhr Ortszeit", "TIME", "2024-08-01T00:00", note="Yerevan local time (UTC+4)"),
        T("Mittwochnachmittag", "TIME", "2024-07-31TAF"),
        T("März", "DATE", "2024-03"),
        T("Anfang Mai", "DATE", "2024-05", mod="START"),
        T("1992", "DATE", "1992"),
        T("Frühjahr", "DATE", "2024-SP"),
        T("Mittwoch", "DATE", "2024-07-31"),
        T("täglich", "SET", "P1D"),
        T("vergangenen Jahr", "DATE", "2023"),
        T("Ende des Jahres", "DATE", "2024", mod="END"),
        T("den vergangenen Monaten", "DATE", "PAST_REF"),
        T("Herbst", "DATE", "2024-FA"),
    ],
    [
        E("Russian FSB border guards leave Zvartnots airport with a farewell ceremony", "RETREAT", ["Russia"],
          "2024-07-31TAF", "text", "occurred", "Am Mittwochnachmittag hatten sich"),
        E("Yerevan demands the handover of passport control at Zvartnots", "REQUEST", ["Russia"], "2024-03", "text",
          "occurred", "Eriwan hatte die Übergabe im März verlangt"),
        E("Putin and Pashinyan meet in Moscow", "CONSULT", ["Vladimir Putin"], "2024-05", "text", "occurred",
          "Eriwan hatte die Übergabe im März verlangt", date_mod="START", note="8 May 2024"),
        E("Putin agrees to the handover of Zvartnots", "AGREE", ["Vladimir Putin"], "2024-05", "text", "occurred",
          "Eriwan hatte die Übergabe im März verlangt", date_mod="START"),
        E("Russian border guards deployed at the airport since 1992", "MOBILIZE", ["Russia"], "1992", "text",
          "occurred", "Die russischen Grenzer waren seit 1992", date_mod="START"),
        E("Peskov: a sovereign decision of Armenia that Moscow respects", "SUPPORT", ["Dmitry Peskov"], "2024-SP",
          "text", "occurred", "Kremlsprecher Dmitri Peskow hatte im Frühjahr"),
        E("Zakharova accuses Yerevan of turning away from proven partners under Western pressure", "ACCUSE",
          ["Maria Zakharova"], "2024-07-31", "text", "occurred", "warf Eriwan dagegen am Mittwoch vor"),
        E("EU funds the training of the new Armenian border officers", "AID", ["European Union"], "PAST_REF",
          "vague", "occurred", "Die Europäische Union hat die Ausbildung"),
        E("EU to open talks with Yerevan on visa facilitation from the autumn", "CONSULT", ["European Union"],
          "2024-FA", "text", "planned", "Ab Herbst will Brüssel", note="the visa liberalisation dialogue opened on 9 September 2024"),
    ],
    [
        S("Dmitry Peskov", "A sovereign decision of Armenia, which Moscow respects", "2024-SP", "text",
          "Kremlsprecher Dmitri Peskow hatte im Frühjahr"),
        S("Maria Zakharova", "Yerevan is turning away from proven partners under Western pressure", "2024-07-31",
          "text", "warf Eriwan dagegen am Mittwoch vor"),
    ],
    ["Russia", "Kremlin", "Vladimir Putin", "Turkey", "Dmitry Peskov", "Maria Zakharova", "European Union"],
)

# ---------------------------------------------------------------- b124de05 (Bremer Nachrichten)
DE05 = """
Armenien nimmt Kurs auf die EU – Moskau warnt vor dem „Entweder-oder“

Bremen/Eriwan. Das armenische Parlament hat am Mittwoch ein Gesetz verabschiedet, das den Beginn eines Beitrittsprozesses zur Europäischen Union zum Ziel des Staates erklärt.
Für die Vorlage, die auf eine Bürgerinitiative zurückgeht, stimmten 64 Abgeordnete, sieben votierten dagegen.
Einen förmlichen Antrag stellt Eriwan damit noch nicht, Regierungschef Nikol Paschinjan betont, über eine Mitgliedschaft müssten am Ende die Bürger in einem Referendum entscheiden.

Kremlsprecher Dmitri Peskow sagte am Mittwochabend, es sei das souveräne Recht Armeniens, seinen Weg zu wählen, eine gleichzeitige Mitgliedschaft in der EU und in der Eurasischen Wirtschaftsunion sei aber „unmöglich“.
Vizeregierungschef Alexej Owertschuk hatte bereits im Januar, kurz nach dem Kabinettsbeschluss zu dem Gesetz, mit Folgen für den Handel gedroht: Armenien könne den zollfreien Zugang zum russischen Markt verlieren.
Russland ist Armeniens größter Handelspartner, und Gas bezieht das Land fast ausschließlich vom russischen Konzern Gazprom.
Außenminister Sergej Lawrow warf der EU am Donnerstag vor, Armenien nach dem Muster der Ukraine von Russland lösen zu wollen.

In Brüssel fiel das Echo freundlich, aber zurückhaltend aus.
Erweiterungskommissarin Marta Kos sagte, die Tür der EU stehe Ländern offen, die Reformen umsetzten, der Weg zu einem Beitritt sei aber lang.
Die EU-Außenbeauftragte Kaja Kallas hatte vor zwei Wochen die Einigung Armeniens und Aserbaidschans auf den Text eines Friedensvertrags als „historische Chance“ gewürdigt.
Auch US-Außenminister Marco Rubio hatte die Einigung am 13. März begrüßt und beide Seiten aufgerufen, den Vertrag rasch zu unterzeichnen.
Baku verlangt vor einer Unterschrift allerdings eine Änderung der armenischen Verfassung.
Die Bundesregierung sprach von einem „mutigen Schritt“ Eriwans.

In Bremen, wo nach Schätzungen der Gemeinde rund 2.000 Menschen armenischer Herkunft leben, wurde die Abstimmung aufmerksam verfolgt.
„Wir hoffen, dass die Tür nach Europa offen bleibt, auch wenn es Jahre dauert“, sagte die Vorsitzende der Armenischen Gemeinde Bremen.
Die Gemeinde lädt am 24. April wie jedes Jahr zum Gedenken an die Opfer des Völkermords an den Armeniern in die Kirche Unser Lieben Frauen ein.
"""

DOC_DE05 = doc(
    "b124de05_eu_beitrittsgesetz_armenien_2025_03", "2025-03-27", DE05,
    [
        T("Mittwoch", "DATE", "2025-03-26"),
        T("Mittwochabend", "TIME", "2025-03-26TEV"),
        T("Januar", "DATE", "2025-01"),
        T("Donnerstag", "DATE", "2025-03-27"),
        T("vor zwei Wochen", "DATE", "2025-W11"),
        T("13. März", "DATE", "2025-03-13"),
        T("Jahre", "DURATION", "PXY"),
        T("24. April", "DATE", "2025-04-24"),
        T("jedes Jahr", "SET", "P1Y"),
    ],
    [
        E("Armenian parliament adopts a law declaring the start of an EU accession process a state goal", "REQUEST",
          ["European Union"], "2025-03-26", "text", "occurred", "Das armenische Parlament hat am Mittwoch",
          note="Armenia is not canonical; the move towards membership is entered with the EU (blind5's application rule)"),
        E("Peskov: Armenia's sovereign right to choose its path", "SUPPORT", ["Dmitry Peskov"], "2025-03-26TEV",
          "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwochabend"),
        E("Peskov: membership of both the EU and the Eurasian Economic Union is impossible", "REJECT",
          ["Dmitry Peskov"], "2025-03-26TEV", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwochabend"),
        E("Overchuk threatens Armenia with the loss of duty-free access to the Russian market", "THREATEN",
          ["Russia"], "2025-01", "text", "occurred", "Vizeregierungschef Alexej Owertschuk"),
        E("Lavrov accuses the EU of trying to detach Armenia from Russia on the Ukrainian model", "ACCUSE",
          ["Sergey Lavrov", "European Union"], "2025-03-27", "text", "occurred", "Außenminister Sergej Lawrow warf"),
        E("Kos: the EU's door is open to countries that implement reforms", "AGREE", ["European Union"],
          "2025-03-27", "published", "occurred", "Erweiterungskommissarin Marta Kos"),
        E("Kallas welcomes the agreed text of the Armenia–Azerbaijan peace treaty", "SUPPORT", ["Kaja Kallas"],
          "2025-W11", "text", "occurred", "Die EU-Außenbeauftragte Kaja Kallas hatte vor zwei Wochen",
          note="the agreement on the text itself has no canonical party"),
        E("Rubio welcomes the agreement on the peace treaty text", "SUPPORT", ["Marco Rubio"], "2025-03-13", "text",
          "occurred", "Auch US-Außenminister Marco Rubio"),
        E("Rubio calls on both sides to sign the treaty quickly", "REQUEST", ["Marco Rubio"], "2025-03-13", "text",
          "occurred", "Auch US-Außenminister Marco Rubio"),
        E("German government calls the law a courageous step", "SUPPORT", ["Germany"], "2025-03-27", "published",
          "occurred", "Die Bundesregierung sprach"),
    ],
    [
        S("Dmitry Peskov", "Armenia's sovereign right, but membership of both the EU and the EAEU is impossible",
          "2025-03-26TEV", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwochabend"),
        S("Russia", "Overchuk: Armenia could lose duty-free access to the Russian market", "2025-01", "text",
          "Vizeregierungschef Alexej Owertschuk"),
        S("Sergey Lavrov", "The EU wants to detach Armenia from Russia on the Ukrainian model", "2025-03-27", "text",
          "Außenminister Sergej Lawrow warf"),
        S("European Union", "Kos: the door is open to reforming countries, but the road to accession is long",
          "2025-03-27", "published", "Erweiterungskommissarin Marta Kos"),
        S("Kaja Kallas", "The agreement on the peace treaty text is a historic chance", "2025-W11", "text",
          "Die EU-Außenbeauftragte Kaja Kallas hatte vor zwei Wochen"),
        S("Marco Rubio", "Welcomes the agreement and urges both sides to sign quickly", "2025-03-13", "text",
          "Auch US-Außenminister Marco Rubio"),
        S("Germany", "A courageous step by Yerevan", "2025-03-27", "published", "Die Bundesregierung sprach"),
    ],
    ["European Union", "Kremlin", "Dmitry Peskov", "Russia", "Sergey Lavrov", "Ukraine", "Kaja Kallas",
     "United States", "Marco Rubio", "Germany"],
)

# ---------------------------------------------------------------- b124de06 (Onetz, news ticker)
DE06 = """
Liveticker Armenien: Moskau stoppt Mineralwasser aus Dschermuk – Streit um Karapetjan eskaliert

19.20 Uhr: Kremlsprecher Dmitri Peskow hat am Freitagabend erklärt, Moskau erwarte, dass die Rechte des festgenommenen Unternehmers Samwel Karapetjan als russischer Staatsbürger „vollständig gewahrt“ würden.
Es handle sich um eine innere Angelegenheit Armeniens, man verfolge den Fall aber „sehr aufmerksam“, sagte Peskow.

17.45 Uhr: Die russische Verbraucherschutzbehörde Rospotrebnadsor hat die Einfuhr des armenischen Mineralwassers Dschermuk gestoppt.
Als Grund nannte die Behörde Qualitätsmängel, in Eriwan ist von einer politisch motivierten Maßnahme die Rede.
Russland ist für den Hersteller mit Abstand der wichtigste Absatzmarkt.

15.30 Uhr: Regierungschef Nikol Paschinjan wird nach Angaben seines Büros nicht zum Gipfel der Eurasischen Wirtschaftsunion reisen, den Alexander Lukaschenko kommende Woche in Minsk ausrichtet und zu dem auch Kremlchef Wladimir Putin erwartet wird.
Armenien werde von Vizeregierungschef Mher Grigorjan vertreten.

13.10 Uhr: Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hat der armenischen Führung einen „Feldzug“ gegen die Armenische Apostolische Kirche und gegen russische Investoren vorgeworfen.
Paschinjan hatte kürzlich den Rücktritt des Kirchenoberhaupts, Katholikos Karekin II., gefordert.

11.40 Uhr: Das armenische Außenministerium hat am Freitagvormittag den russischen Botschafter Sergej Kopyrkin einbestellt.
Anlass seien Beiträge im russischen Staatsfernsehen, in denen offen zum Sturz Paschinjans aufgerufen worden sei, hieß es in Eriwan.

10.05 Uhr: EU-Außenbeauftragte Kaja Kallas hat Eriwan aufgerufen, im Verfahren gegen Karapetjan rechtsstaatliche Standards einzuhalten.
Die EU stehe an der Seite Armeniens und seiner Demokratie, sagte Kallas in Brüssel.

8.15 Uhr: Ein Überblick über die Ereignisse seit Mittwoch.
Der russisch-armenische Milliardär Karapetjan war am Mittwoch in Eriwan festgenommen worden, nachdem er die Kirche gegen Angriffe Paschinjans verteidigt hatte.
Ihm wird vorgeworfen, öffentlich zur Machtergreifung aufgerufen zu haben, ein Gericht ordnete am Donnerstag zwei Monate Untersuchungshaft an.
Paschinjan kündigte daraufhin an, den Stromnetzbetreiber des Landes, der zu Karapetjans Konzern gehört, zu verstaatlichen.
Kremlchef Putin hatte am Donnerstagabend am Rande des Wirtschaftsforums in St. Petersburg gesagt, Russland werde „seine Bürger und seine Investitionen überall schützen“.
"""

LIVE = "ticker time (CEST)"

DOC_DE06 = doc(
    "b124de06_liveticker_karapetjan_dschermuk_2025_06", "2025-06-20", DE06,
    [
        T("19.20 Uhr", "TIME", "2025-06-20T19:20", note=LIVE),
        T("Freitagabend", "TIME", "2025-06-20TEV"),
        T("17.45 Uhr", "TIME", "2025-06-20T17:45", note=LIVE),
        T("15.30 Uhr", "TIME", "2025-06-20T15:30", note=LIVE),
        T("kommende Woche", "DATE", "2025-W26"),
        T("13.10 Uhr", "TIME", "2025-06-20T13:10", note=LIVE),
        T("kürzlich", "DATE", "PAST_REF"),
        T("11.40 Uhr", "TIME", "2025-06-20T11:40", note=LIVE),
        T("Freitagvormittag", "TIME", "2025-06-20TMO"),
        T("10.05 Uhr", "TIME", "2025-06-20T10:05", note=LIVE),
        T("8.15 Uhr", "TIME", "2025-06-20T08:15", note=LIVE),
        T("Mittwoch", "DATE", "2025-06-18", 0),
        T("Mittwoch", "DATE", "2025-06-18", 1),
        T("Donnerstag", "DATE", "2025-06-19"),
        T("zwei Monate", "DURATION", "P2M"),
        T("Donnerstagabend", "TIME", "2025-06-19TEV"),
    ],
    [
        E("Peskov: Moscow expects Karapetyan's rights as a Russian citizen to be fully respected", "REQUEST",
          ["Dmitry Peskov"], "2025-06-20TEV", "text", "occurred", "hat am Freitagabend erklärt"),
        E("Russia's consumer watchdog stops imports of Armenian Jermuk mineral water", "SANCTION", ["Russia"],
          "2025-06-20", "published", "occurred", "Rospotrebnadsor hat die Einfuhr"),
        E("Eurasian Economic Union summit in Minsk next week, hosted by Lukashenko, Putin expected", "CONSULT",
          ["Alexander Lukashenko", "Vladimir Putin"], "2025-W26", "text", "planned",
          "nicht zum Gipfel der Eurasischen Wirtschaftsunion reisen", note="Pashinyan stays away"),
        E("Zakharova accuses the Armenian leadership of a campaign against the Church and Russian investors",
          "ACCUSE", ["Maria Zakharova"], "2025-06-20", "published", "occurred", "einen „Feldzug“"),
        E("Armenia summons the Russian ambassador over calls on Russian state TV to topple Pashinyan", "ACCUSE",
          ["Russia"], "2025-06-20TMO", "text", "occurred", "den russischen Botschafter Sergej Kopyrkin einbestellt"),
        E("Kallas calls on Yerevan to respect rule-of-law standards in the Karapetyan case", "REQUEST",
          ["Kaja Kallas"], "2025-06-20", "published", "occurred", "Kallas hat Eriwan aufgerufen"),
        E("Kallas: the EU stands by Armenia and its democracy", "SUPPORT", ["Kaja Kallas"], "2025-06-20",
          "published", "occurred", "Die EU stehe an der Seite Armeniens"),
        E("Putin: Russia will protect its citizens and investments everywhere", "THREATEN", ["Vladimir Putin"],
          "2025-06-19TEV", "text", "occurred", "Kremlchef Putin hatte am Donnerstagabend"),
    ],
    [
        S("Dmitry Peskov", "Moscow expects Karapetyan's rights as a Russian citizen to be fully respected",
          "2025-06-20TEV", "text", "hat am Freitagabend erklärt"),
        S("Dmitry Peskov", "An internal matter of Armenia, but Moscow follows the case very closely", "2025-06-20TEV",
          "context", "Es handle sich um eine innere Angelegenheit"),
        S("Russia", "Rospotrebnadzor cites quality defects for the import stop", "2025-06-20", "published",
          "Als Grund nannte die Behörde"),
        S("Maria Zakharova", "The Armenian leadership wages a campaign against the Church and Russian investors",
          "2025-06-20", "published", "einen „Feldzug“"),
        S("Kaja Kallas", "Yerevan must respect rule-of-law standards in the case against Karapetyan", "2025-06-20",
          "published", "Kallas hat Eriwan aufgerufen"),
        S("Kaja Kallas", "The EU stands by Armenia and its democracy", "2025-06-20", "published",
          "Die EU stehe an der Seite Armeniens"),
        S("Vladimir Putin", "Russia will protect its citizens and its investments everywhere", "2025-06-19TEV",
          "text", "Kremlchef Putin hatte am Donnerstagabend"),
    ],
    ["Kremlin", "Dmitry Peskov", "Russia", "Alexander Lukashenko", "Vladimir Putin", "Maria Zakharova",
     "Kaja Kallas", "European Union"],
)

DOCS = [DOC_DE01, DOC_DE02, DOC_DE03, DOC_DE04, DOC_DE05, DOC_DE06]
