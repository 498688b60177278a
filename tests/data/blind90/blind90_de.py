"""German articles of the blind90 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b90de01 (Bauernzeitung)
DE01 = """
Welternährung: Berlin sammelt Milliarden gegen den Hunger – Moskau weist Vorwürfe zurück

Berlin. Mit Hilfszusagen in Milliardenhöhe ist am Freitag in Berlin die Konferenz „Uniting for Global Food Security“ zu Ende gegangen.
An dem Treffen im Auswärtigen Amt nahmen neben US-Außenminister Antony Blinken Ministerinnen und Minister aus rund 40 Staaten teil, außerdem Vertreter der Afrikanischen Union und der Vereinten Nationen.
Gastgeber waren Außenministerin Annalena Baerbock (Grüne), Entwicklungsministerin Svenja Schulze (SPD) und Landwirtschaftsminister Cem Özdemir (Grüne).

Bundeskanzler Olaf Scholz (SPD) kündigte vor den Delegierten weitere 430 Millionen Euro für die Ernährungssicherheit an.
Damit stelle Deutschland in diesem Jahr mehr als vier Milliarden Euro gegen Hunger und Mangelernährung bereit, sagte Scholz.
Blinken sagte im Namen der Vereinigten Staaten zusätzliche 2,76 Milliarden Dollar zu, den Großteil davon für Länder in Afrika und im Nahen Osten.
Baerbock warf Russland vor, den Hunger gezielt als Kriegswaffe einzusetzen.
„Wer ukrainische Häfen blockiert und Getreidelager bombardiert, nimmt Millionen Menschen in Afrika in Geiselhaft“, sagte die Grünen-Politikerin.

UN-Generalsekretär António Guterres warnte in einer Videobotschaft vor der realen Gefahr mehrerer Hungersnöte noch in diesem Jahr.
Eine wirksame Lösung gebe es nur, wenn die ukrainische Lebensmittelproduktion sowie russische Nahrungs- und Düngemittel trotz des Krieges auf die Weltmärkte zurückkehrten, sagte Guterres.
Der ukrainische Außenminister Dmytro Kuleba, per Video zugeschaltet, forderte die Teilnehmer auf, den Druck auf Moskau zur Freigabe der Schwarzmeerhäfen zu erhöhen.
Nach ukrainischen Angaben lagern derzeit mehr als 20 Millionen Tonnen Getreide in den Silos des Landes.

Das russische Außenministerium wies die Vorwürfe am Freitagabend zurück.
Sprecherin Maria Sacharowa nannte das Berliner Treffen eine „Propagandashow“ und machte die Sanktionen der USA und der EU für die steigenden Preise verantwortlich.
Kremlsprecher Dmitri Peskow hatte bereits am Donnerstag erklärt, Russland werde Frachtern das Auslaufen aus ukrainischen Häfen ermöglichen, sobald Kiew die Küstengewässer entmint habe.

Seit Anfang Juni verhandeln die Türkei und die Vereinten Nationen mit Moskau und Kiew über einen Seekorridor für Getreidefrachter.
Der türkische Präsident Recep Tayyip Erdoğan kündigte an, in den kommenden Tagen erneut mit Kremlchef Wladimir Putin zu telefonieren.
Die Ernährung soll auch beim G7-Gipfel im bayerischen Elmau eine zentrale Rolle spielen, der am Sonntag beginnt und zu dem Scholz die Staatschefs Senegals, Südafrikas, Indiens, Indonesiens und Argentiniens als Gäste erwartet.

Für die Betriebe hierzulande bleibt die Lage angespannt.
Kalkammonsalpeter kostet derzeit fast dreimal so viel wie vor einem Jahr, und Weizen notierte an der Pariser Matif am Freitag bei knapp 370 Euro je Tonne.
Händler rechnen bis zur neuen Ernte mit weiter hohen Preisen.
"""

# ---------------------------------------------------------------- b90de02 (Hohenloher Tagblatt)
DE02 = """
Scholz in Afrika: Werben um Partner, Warnungen vor dem Hunger

Pretoria/Crailsheim. Zum Abschluss seiner dreitägigen Afrikareise ist Bundeskanzler Olaf Scholz (SPD) am Dienstag in Pretoria mit dem südafrikanischen Präsidenten Cyril Ramaphosa zusammengetroffen.
Beide vereinbarten eine engere Zusammenarbeit beim Aufbau einer Wasserstoffwirtschaft, beim Krieg in der Ukraine lagen ihre Positionen dagegen weit auseinander.
Ramaphosa kritisierte die Sanktionen der USA und der EU gegen Russland, die nach seinen Worten auch Länder träfen, die mit dem Konflikt nichts zu tun hätten.
Scholz hielt dagegen, die Verantwortung für die steigenden Getreidepreise trage allein Russland, das die Häfen am Schwarzen Meer blockiere.
Ramaphosa nahm die Einladung des Kanzlers an, Ende Juni als Gast zum G7-Gipfel ins bayerische Elmau zu kommen.

Erste Station der Reise war am Sonntag der Senegal gewesen.
In Dakar sprach der Kanzler mit Präsident Macky Sall, der derzeit den Vorsitz der Afrikanischen Union innehat.
Sall warnte vor einer Hungerkatastrophe auf dem Kontinent, weil Weizen und Dünger aus Russland und der Ukraine ausblieben.
Er will in den kommenden Wochen mit Kremlchef Wladimir Putin und dem ukrainischen Präsidenten Wolodymyr Selenskyj über die Freigabe der Lieferungen sprechen.
Scholz sicherte dem Senegal deutsche Unterstützung bei der Erschließung eines Gasfelds vor der Küste zu.

Am Montag besuchte Scholz im Niger die dort stationierten Bundeswehrsoldaten und traf Präsident Mohamed Bazoum.
Bazoum bat um mehr Hilfe im Kampf gegen islamistische Gruppen und gegen die Folgen der Dürre in der Sahelzone.

Aus Moskau kam am Dienstag die Bestätigung, dass Putin den AU-Vorsitzenden Sall Anfang Juni in Sotschi empfangen werde.
Russland sei zur Ausfuhr von Getreide und Dünger bereit, wenn die USA und die EU ihre Strafmaßnahmen gegen russische Banken und Reedereien aufhöben, sagte Kremlsprecher Dmitri Peskow.
Kiew wies das als Erpressung zurück.
UN-Generalsekretär António Guterres verhandelt nach Angaben seines Sprechers seit seinem Besuch in Kiew am 28. April mit Moskau, Kiew und Ankara über einen Ausweg.

In Hohenlohe wird die Reise aufmerksam verfolgt.
Ein Crailsheimer Hersteller von Mühlentechnik beliefert seit Jahren Kunden in Westafrika und berichtet von Aufträgen, die wegen fehlenden Weizens auf Eis liegen.
Die Landwirte im Kreis Schwäbisch Hall klagen ihrerseits über Düngerpreise, die sich seit dem vergangenen Herbst mehr als verdoppelt haben.
"""

# ---------------------------------------------------------------- b90de03 (Schweizer Bauer)
DE03 = """
Ernährungsgipfel in Kiew: Ukraine will mehr Getreide nach Afrika schicken – Moskau liefert Gratisweizen

Kiew/Bern. – Die Ukraine will ihr Hilfsprogramm «Grain from Ukraine» im kommenden Jahr ausweiten und weitere Schiffe mit Weizen nach Afrika und Asien schicken.
Das kündigte Präsident Wolodymyr Selenskyj am Samstag am zweiten internationalen Gipfel für Ernährungssicherheit in Kiew an, zu dem Delegationen aus rund 30 Ländern angereist waren.
Der Gipfel fiel auf den Gedenktag für die Millionen Opfer des Holodomor, der von Stalins Regime herbeigeführten Hungersnot der Jahre 1932 und 1933.
Russland setze heute Nahrungsmittel ebenso als Waffe ein wie die Sowjetführung vor 90 Jahren, sagte Selenskyj.

In der Nacht auf Samstag hatte Russland die ukrainische Hauptstadt mit rund 75 Kampfdrohnen angegriffen, so vielen wie noch nie seit Kriegsbeginn.
Nach Angaben der Luftwaffe wurden 74 davon abgeschossen.

Für die Schweiz reiste Bundesrat Guy Parmelin nach Kiew, der weitere fünf Millionen Franken für die Getreidelieferungen des Programms ankündigte.
EU-Kommissionspräsidentin Ursula von der Leyen, per Video zugeschaltet, sicherte Kiew zu, die Solidaritätskorridore über die Donau und die Schiene weiter auszubauen.
Seit August verschifft die Ukraine ihr Getreide über einen eigenen Korridor entlang der Küste, nachdem Russland im Juli das Schwarzmeer-Abkommen hatte auslaufen lassen.
Laut dem Infrastrukturministerium in Kiew haben seither über 200 Frachter die Häfen rund um Odessa verlassen.

Fast zeitgleich meldete Moskau den Vollzug eines Versprechens, das Kremlchef Wladimir Putin im Juli am Russland-Afrika-Gipfel in St. Petersburg abgegeben hatte.
Die ersten Lieferungen mit je 25'000 Tonnen kostenlosem Weizen für Burkina Faso und Somalia seien vergangene Woche in den Zielhäfen eingetroffen, teilte Landwirtschaftsminister Dmitri Patruschew mit.
Weitere Schiffe nach Mali, Eritrea, Simbabwe und in die Zentralafrikanische Republik sollen bis Ende Jahr folgen.
Das Aussenministerium in Kiew wies die Lieferungen als Propaganda zurück.
Russland verschenke Getreide, das es zuvor in den besetzten Gebieten gestohlen habe, hiess es in einer Mitteilung.

Für die Schweizer Müller bleibt die Lage entspannt: Der Weizenpreis an der Pariser Börse liegt derzeit rund ein Drittel unter dem Niveau des Vorjahres.
Der Schweizerische Getreideproduzentenverband rechnet für die Ernte 2024 mit stabilen Inlandpreisen.
"""

# ---------------------------------------------------------------- b90de04 (Altmark-Zeitung)
DE04 = """
Lawrow auf Afrika-Tour: Weizen, Waffen und Spott über den Bürgenstock

N'Djamena/Salzwedel. Russlands Außenminister Sergej Lawrow hat seine Afrikareise am Mittwoch im Tschad beendet und dem Land weitere Lieferungen von Weizen und Düngemitteln zugesagt.
Nach einem Treffen mit Übergangspräsident Mahamat Idriss Déby sagte Lawrow in N'Djamena, Russland werde Afrika „niemals im Stich lassen“.
Frankreich dagegen habe den Kontinent ausgebeutet und behandle seine früheren Kolonien noch immer wie Untergebene, fügte er hinzu.
Der Tschad gilt als einer der letzten engen Partner Frankreichs in der Sahelzone, wo noch rund 1000 französische Soldaten stationiert sind.

Zum Auftakt der dreitägigen Reise war Lawrow am Montag in Conakry vom guineischen Junta-Chef Mamadi Doumbouya empfangen worden.
Am Dienstag traf er in Brazzaville Präsident Denis Sassou-Nguesso.
Am Abend empfing ihn in Ouagadougou der Chef der Militärregierung von Burkina Faso, Hauptmann Ibrahim Traoré.
Beide Seiten vereinbarten den Ausbau der militärischen Zusammenarbeit.
Russland hatte bereits im Januar Militärausbilder nach Burkina Faso entsandt.

An allen Stationen nutzte Lawrow seine Auftritte für Spott über die Ukraine-Konferenz, die am 15. und 16. Juni auf dem Bürgenstock in der Schweiz stattfinden soll.
Das Treffen sei eine „Sackgasse“, sagte er am Dienstag in Brazzaville, Russland werde sich an keinem Prozess beteiligen, der auf der Friedensformel von Präsident Wolodymyr Selenskyj beruhe.
Die Schweiz hat rund 160 Delegationen eingeladen, darunter zahlreiche aus Afrika; Russland ist nicht dabei.
Kremlsprecher Dmitri Peskow nannte die Konferenz am Mittwoch „sinnlos“.
Das ukrainische Außenministerium warf Lawrow vor, afrikanische Regierungen mit Getreidegeschenken von einer Teilnahme abbringen zu wollen.
Selenskyj hatte am Sonntag in Singapur China beschuldigt, Staaten im Auftrag Moskaus von der Reise in die Schweiz abzuhalten.

Burkina Faso gehört zu den sechs afrikanischen Staaten, denen Kremlchef Wladimir Putin im Juli 2023 beim Russland-Afrika-Gipfel in St. Petersburg kostenloses Getreide versprochen hatte.
Russland ist der mit Abstand größte Weizenlieferant des Kontinents.

Das bekommen auch die Ackerbauern in der Altmark zu spüren.
Exportweizen aus Sachsen-Anhalt, der lange über Hamburg nach Nordafrika verschifft wurde, sei dort kaum noch absetzbar, sagte der Vorsitzende des Kreisbauernverbands Salzwedel unserer Zeitung.
Die Erzeugerpreise lägen derzeit gut ein Viertel unter dem Niveau von vor zwei Jahren.
"""

# ---------------------------------------------------------------- b90de05 (agrarzeitung)
DE05 = """
EU beschließt Strafzölle auf russischen Dünger

Brüssel/Frankfurt. Die Europäische Union erhebt vom 1. Juli an Zölle auf Stickstoffdünger und die meisten noch nicht belegten Agrarprodukte aus Russland und Belarus.
Die Mitgliedstaaten gaben dafür am Donnerstag im Rat grünes Licht, nachdem das Europäische Parlament die Verordnung bereits am 22. Mai gebilligt hatte.
Die Abgaben auf Dünger steigen schrittweise: Zunächst werden 6,5 Prozent des Warenwerts fällig, binnen drei Jahren sollen sie ein nahezu prohibitives Niveau erreichen.
Ziel sei es, die Einnahmen zu kappen, mit denen Moskau seinen Krieg gegen die Ukraine finanziere, und die Abhängigkeit der europäischen Landwirtschaft zu verringern, erklärte die EU-Kommission.

EU-Außenbeauftragte Kaja Kallas begrüßte den Beschluss.
„Russland darf nicht länger an unseren Äckern verdienen“, schrieb sie am Donnerstagabend auf X.
Ihr Vorschlag für ein 18. Sanktionspaket, den die Kommission am Dienstag vorgelegt hatte, soll beim EU-Gipfel Ende Juni beraten werden.

Moskau reagierte mit scharfer Kritik.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Freitag von einem „Schuss ins eigene Knie“ und warf Brüssel vor, die Ernährungssicherheit ärmerer Länder aufs Spiel zu setzen.
Russland werde seine Düngerexporte nach Afrika, Asien und Lateinamerika umlenken, kündigte Kremlsprecher Dmitri Peskow an.
Der belarussische Machthaber Alexander Lukaschenko drohte Polen und Litauen mit Gegenmaßnahmen.
Vilnius hatte bereits im Februar 2022 den Transit von belarussischem Kali über den Hafen Klaipėda gestoppt.

Der Deutsche Bauernverband warnte vor steigenden Kosten.
Europa habe im vergangenen Jahr noch rund ein Viertel seiner Stickstoffdünger-Importe aus Russland bezogen, sagte Generalsekretär Bernhard Krüsken.
Die Verordnung sieht vor, dass die Kommission die Preise beobachtet und bei starken Anstiegen gegensteuert.
Der Branchenverband Fertilizers Europe begrüßte die Zölle dagegen als überfällig, weil russische Hersteller mit billigem Gas den Markt seit Monaten mit Ware zu Dumpingpreisen fluteten.

An der Börse in Paris zeigten sich die Notierungen für Harnstoff am Freitag kaum bewegt.
Händler rechnen in den kommenden Wochen mit einer regen Nachfrage, weil viele Importeure russische Ware noch vor dem Stichtag verzollen wollen.
"""

# ---------------------------------------------------------------- b90de06 (Raiffeisenzeitung)
DE06 = """
Russland umwirbt Afrika mit Weizen und Dünger

Sotschi/Wien. Mit Zusagen für Getreide, Düngemittel und Kernenergie hat Russland am Wochenende in Sotschi um die Gunst Afrikas geworben.
Zur ersten Ministerkonferenz des Russland-Afrika-Partnerschaftsforums waren am Samstag und Sonntag Außenminister und Delegationen aus mehr als 50 afrikanischen Staaten an die Schwarzmeerküste gereist.
Gastgeber Sergej Lawrow versprach zum Auftakt am Samstag, Russland werde die Lieferungen von Weizen und Dünger „unabhängig von allen Sanktionen“ fortsetzen und auf Wunsch ausweiten.
Am Rande traf Lawrow am Sonntag den äthiopischen Außenminister Taye Atske Selassie, der um russische Hilfe beim Bau eines Düngemittelwerks bat.

Kremlchef Wladimir Putin empfing am Sonntag einen Teil der Delegationsleiter in seiner Residenz und lud die afrikanischen Staatschefs zum dritten Russland-Afrika-Gipfel ein, der 2026 auf dem Kontinent stattfinden soll.
Russland sei bereit, Afrika bei der Ernährungssicherheit „mit allem Nötigen“ zu helfen, sagte Putin laut einem Kreml-Protokoll.
Den USA und der EU warf er vor, die Welt mit ihrer Sanktionspolitik an den Rand einer Hungerkrise gebracht zu haben.

In einer Abschlusserklärung bekannten sich die Teilnehmer zur Zusammenarbeit in Landwirtschaft, Energie und Bildung.
Eine Passage zur Ukraine enthält das Dokument nicht.
Außenamtssprecherin Maria Sacharowa sprach von einem „Durchbruch“ für eine multipolare Weltordnung.

Kiew reagierte mit Kritik.
Außenminister Andrij Sybiha warf Moskau vor, afrikanische Staaten mit gestohlenem ukrainischem Getreide zu ködern, und kündigte für die kommenden Wochen eine eigene Afrika-Reise an.
Die Ukraine hat seit 2022 mehrere neue Botschaften auf dem Kontinent eröffnet.

Für die heimische Düngerbranche ist die Entwicklung heikel.
Russische Anbieter drängten mit günstigem Harnstoff auf afrikanische Märkte, die bisher auch von europäischen Herstellern beliefert wurden, heißt es in der Branche.
Die EU-Kommission prüft derzeit Zölle auf russische Düngemittel, ein Vorschlag wird für Jänner erwartet.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b90de01_berliner_ernaehrungskonferenz_2022_06", "2022-06-25", DE01,
        [
            T("Freitag", "DATE", "2022-06-24", 0),
            T("diesem Jahr", "DATE", "2022", 0),
            T("diesem Jahr", "DATE", "2022", 1),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("Freitagabend", "TIME", "2022-06-24TEV"),
            T("Donnerstag", "DATE", "2022-06-23"),
            T("Anfang Juni", "DATE", "2022-06", mod="START"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Sonntag", "DATE", "2022-06-26"),
            T("derzeit", "DATE", "PRESENT_REF", 1),
            T("vor einem Jahr", "DATE", "2021"),
            T("Freitag", "DATE", "2022-06-24", 1),
        ],
        [
            E("Berlin conference 'Uniting for Global Food Security' held and concluded", "CONSULT",
              ["Germany", "Antony Blinken", "United Nations"], "2022-06-24", "text", "occurred",
              "Mit Hilfszusagen in Milliardenhöhe",
              note="participants named in the next two sentences"),
            E("Scholz announces a further 430 million euros for food security", "AID", ["Olaf Scholz"], "2022-06-24",
              "context", "occurred", "kündigte vor den Delegierten weitere 430 Millionen"),
            E("Blinken pledges an additional 2.76 billion dollars on behalf of the US", "AID", ["Antony Blinken"],
              "2022-06-24", "context", "occurred", "Blinken sagte im Namen der Vereinigten Staaten"),
            E("Baerbock accuses Russia of using hunger as a weapon of war", "ACCUSE", ["Germany", "Russia"],
              "2022-06-24", "context", "occurred", "Baerbock warf Russland vor"),
            E("Guterres calls for Ukrainian food and Russian food and fertiliser to return to world markets",
              "REQUEST", ["António Guterres", "Russia", "Ukraine"], "2022-06-24", "context", "occurred",
              "Eine wirksame Lösung gebe es nur"),
            E("Kuleba asks the participants to raise pressure on Moscow to free the Black Sea ports", "REQUEST",
              ["Ukraine", "Russia"], "2022-06-24", "context", "occurred", "Der ukrainische Außenminister Dmytro Kuleba"),
            E("Russian foreign ministry rejects the accusations", "REJECT", ["Russia", "Germany"], "2022-06-24TEV",
              "text", "occurred", "wies die Vorwürfe am Freitagabend zurück"),
            E("Zakharova calls the Berlin meeting a propaganda show and blames US and EU sanctions for rising prices",
              "ACCUSE", ["Maria Zakharova", "Germany", "United States", "European Union"], "2022-06-24TEV",
              "context", "occurred", "Sprecherin Maria Sacharowa nannte"),
            E("Peskov: Russia will let freighters leave Ukrainian ports", "AGREE", ["Dmitry Peskov", "Ukraine"],
              "2022-06-23", "text", "occurred", "Kremlsprecher Dmitri Peskow hatte bereits am Donnerstag"),
            E("Peskov demands that Kyiv first demine its coastal waters", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2022-06-23", "text", "occurred", "Kremlsprecher Dmitri Peskow hatte bereits am Donnerstag"),
            E("Turkey and the UN negotiate with Moscow and Kyiv on a sea corridor for grain", "CONSULT",
              ["Turkey", "United Nations", "Russia", "Ukraine"], "2022-06", "text", "occurred",
              "Seit Anfang Juni verhandeln", date_mod="START"),
            E("Erdoğan to phone Putin again", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "Der türkische Präsident Recep Tayyip Erdoğan kündigte an"),
            E("G7 summit at Elmau with food security on the agenda and African guests", "CONSULT", ["Olaf Scholz"],
              "2022-06-26", "text", "planned", "beim G7-Gipfel im bayerischen Elmau",
              note="summit 26-28 June 2022"),
        ],
        [
            S("Olaf Scholz", "Announces a further 430 million euros for food security", "2022-06-24", "context",
              "kündigte vor den Delegierten weitere 430 Millionen"),
            S("Olaf Scholz", "Germany provides more than four billion euros against hunger this year", "2022-06-24",
              "context", "Damit stelle Deutschland"),
            S("Antony Blinken", "Pledges an additional 2.76 billion dollars, mostly for Africa and the Middle East",
              "2022-06-24", "context", "Blinken sagte im Namen der Vereinigten Staaten"),
            S("Germany", "Baerbock: Russia uses hunger as a weapon of war", "2022-06-24", "context",
              "Baerbock warf Russland vor"),
            S("Germany", "Baerbock: whoever blockades Ukrainian ports holds millions in Africa hostage", "2022-06-24",
              "context", "nimmt Millionen Menschen in Afrika in Geiselhaft"),
            S("António Guterres", "Warns of the real danger of several famines this year", "2022-06-24", "context",
              "warnte in einer Videobotschaft"),
            S("António Guterres", "No solution without Ukrainian food and Russian food and fertiliser on world markets",
              "2022-06-24", "context", "Eine wirksame Lösung gebe es nur"),
            S("Ukraine", "Kuleba asks the participants to raise pressure on Moscow over the Black Sea ports",
              "2022-06-24", "context", "Der ukrainische Außenminister Dmytro Kuleba"),
            S("Ukraine", "More than 20 million tonnes of grain are stored in Ukraine's silos", "2022-06-25",
              "published", "Nach ukrainischen Angaben lagern"),
            S("Russia", "Foreign ministry rejects the accusations", "2022-06-24TEV", "text",
              "wies die Vorwürfe am Freitagabend zurück"),
            S("Maria Zakharova", "The Berlin meeting is a propaganda show; US and EU sanctions drive up prices",
              "2022-06-24TEV", "context", "Sprecherin Maria Sacharowa nannte"),
            S("Dmitry Peskov", "Russia will let freighters leave Ukrainian ports once Kyiv has demined its waters",
              "2022-06-23", "text", "Kremlsprecher Dmitri Peskow hatte bereits am Donnerstag"),
            S("Recep Tayyip Erdoğan", "Will phone Putin again in the coming days", "2022-06-25", "published",
              "Der türkische Präsident Recep Tayyip Erdoğan kündigte an"),
        ],
        ["Germany", "Antony Blinken", "United States", "United Nations", "Olaf Scholz", "Russia", "Ukraine",
         "António Guterres", "Maria Zakharova", "European Union", "Kremlin", "Dmitry Peskov", "Turkey",
         "Recep Tayyip Erdoğan", "Vladimir Putin"],
    ),
    doc(
        "b90de02_scholz_afrikareise_2022_05", "2022-05-25", DE02,
        [
            T("dreitägigen", "DURATION", "P3D"),
            T("Dienstag", "DATE", "2022-05-24", 0),
            T("Ende Juni", "DATE", "2022-06", mod="END"),
            T("Sonntag", "DATE", "2022-05-22"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Montag", "DATE", "2022-05-23"),
            T("Dienstag", "DATE", "2022-05-24", 1),
            T("Anfang Juni", "DATE", "2022-06", mod="START"),
            T("28. April", "DATE", "2022-04-28"),
            T("Jahren", "DURATION", "PXY"),
            T("dem vergangenen Herbst", "DATE", "2021-FA"),
        ],
        [
            E("Scholz meets Ramaphosa in Pretoria", "CONSULT", ["Olaf Scholz"], "2022-05-24", "text", "occurred",
              "Zum Abschluss seiner dreitägigen Afrikareise"),
            E("Scholz and Ramaphosa agree closer cooperation on a hydrogen economy", "AGREE", ["Olaf Scholz"],
              "2022-05-24", "context", "occurred", "Beide vereinbarten eine engere Zusammenarbeit"),
            E("Ramaphosa criticises US and EU sanctions against Russia", "ACCUSE", ["United States", "European Union"],
              "2022-05-24", "context", "occurred", "Ramaphosa kritisierte die Sanktionen"),
            E("Scholz blames Russia alone for rising grain prices", "ACCUSE", ["Olaf Scholz", "Russia"], "2022-05-24",
              "context", "occurred", "Scholz hielt dagegen"),
            E("Ramaphosa accepts the invitation to the G7 summit at Elmau", "AGREE", ["Olaf Scholz"], "2022-05-24",
              "context", "occurred", "Ramaphosa nahm die Einladung"),
            E("G7 summit at Elmau with guests", "CONSULT", ["Olaf Scholz"], "2022-06", "text", "planned",
              "Ramaphosa nahm die Einladung", date_mod="END", note="summit 26-28 June 2022"),
            E("Scholz meets Senegal's President Sall in Dakar", "CONSULT", ["Olaf Scholz"], "2022-05-22", "context",
              "occurred", "In Dakar sprach der Kanzler"),
            E("Sall plans talks with Putin and Zelensky on releasing grain and fertiliser", "CONSULT",
              ["Vladimir Putin", "Volodymyr Zelensky"], "FUTURE_REF", "vague", "planned",
              "Er will in den kommenden Wochen"),
            E("Scholz promises Senegal support in developing an offshore gas field", "AGREE", ["Olaf Scholz"],
              "2022-05-22", "context", "occurred", "Scholz sicherte dem Senegal"),
            E("Scholz visits German troops in Niger and meets President Bazoum", "CONSULT", ["Olaf Scholz"],
              "2022-05-23", "text", "occurred", "Am Montag besuchte Scholz"),
            E("Bazoum asks for more help against Islamist groups and drought", "REQUEST", ["Olaf Scholz"],
              "2022-05-23", "context", "occurred", "Bazoum bat um mehr Hilfe"),
            E("Putin to receive AU chair Sall in Sochi", "CONSULT", ["Vladimir Putin"], "2022-06", "text", "planned",
              "Aus Moskau kam am Dienstag", date_mod="START", note="meeting of 3 June 2022"),
            E("Peskov: Russia ready to export grain and fertiliser", "AGREE", ["Dmitry Peskov"], "2022-05-24",
              "context", "occurred", "Russland sei zur Ausfuhr"),
            E("Peskov demands that the US and the EU lift sanctions on Russian banks and shipping", "REQUEST",
              ["Dmitry Peskov", "United States", "European Union"], "2022-05-24", "context", "occurred",
              "Russland sei zur Ausfuhr"),
            E("Kyiv rejects the Russian condition as blackmail", "REJECT", ["Ukraine", "Russia"], "2022-05-24",
              "context", "occurred", "Kiew wies das als Erpressung zurück"),
            E("Guterres visits Kyiv", "CONSULT", ["António Guterres", "Ukraine"], "2022-04-28", "text", "occurred",
              "seit seinem Besuch in Kiew"),
            E("Guterres negotiates with Moscow, Kyiv and Ankara on grain exports", "CONSULT",
              ["António Guterres", "Russia", "Ukraine", "Turkey"], "2022-04-28", "text", "occurred",
              "seit seinem Besuch in Kiew", date_mod="START"),
        ],
        [
            S("Olaf Scholz", "Russia alone is responsible for rising grain prices", "2022-05-24", "context",
              "Scholz hielt dagegen"),
            S("Olaf Scholz", "Promises Senegal German support for an offshore gas field", "2022-05-22", "context",
              "Scholz sicherte dem Senegal"),
            S("Russia", "Confirms that Putin will receive Sall in Sochi in early June", "2022-05-24", "text",
              "Aus Moskau kam am Dienstag"),
            S("Dmitry Peskov", "Russia ready to export grain and fertiliser if the US and the EU lift sanctions",
              "2022-05-24", "context", "Russland sei zur Ausfuhr"),
            S("Ukraine", "Rejects the Russian offer as blackmail", "2022-05-24", "context",
              "Kiew wies das als Erpressung zurück"),
            S("United Nations", "Guterres has been negotiating with Moscow, Kyiv and Ankara since 28 April",
              "2022-05-25", "published", "seit seinem Besuch in Kiew"),
        ],
        ["Olaf Scholz", "Germany", "Ukraine", "United States", "European Union", "Russia", "Kremlin",
         "Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov", "António Guterres", "United Nations", "Turkey"],
    ),
    doc(
        "b90de03_ernaehrungsgipfel_kiew_gratisweizen_2023_11", "2023-11-27", DE03,
        [
            T("kommenden Jahr", "DATE", "2024"),
            T("Samstag", "DATE", "2023-11-25", 0),
            T("1932", "DATE", "1932"),
            T("1933", "DATE", "1933"),
            T("heute", "DATE", "2023-11-25", note="in Zelensky's reported speech, speech time Saturday 25 November"),
            T("vor 90 Jahren", "DATE", "1933"),
            T("der Nacht auf Samstag", "TIME", "2023-11-24TNI", note="night of 24 to 25 November"),
            T("August", "DATE", "2023-08"),
            T("Juli", "DATE", "2023-07", 0),
            T("Juli", "DATE", "2023-07", 1),
            T("vergangene Woche", "DATE", "2023-W47"),
            T("Ende Jahr", "DATE", "2023", mod="END"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("des Vorjahres", "DATE", "2022"),
            T("2024", "DATE", "2024"),
        ],
        [
            E("Ukraine to expand Grain from Ukraine shipments to Africa and Asia next year", "AID", ["Ukraine"],
              "2024", "text", "planned", "Die Ukraine will ihr Hilfsprogramm"),
            E("Second International Summit on Food Security in Kyiv", "CONSULT", ["Volodymyr Zelensky"],
              "2023-11-25", "text", "occurred", "Das kündigte Präsident Wolodymyr Selenskyj am Samstag"),
            E("Zelensky accuses Russia of using food as a weapon like the Soviet leadership 90 years ago", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-11-25", "context", "occurred", "Russland setze heute"),
            E("Russia attacks Kyiv with about 75 drones", "ASSAULT", ["Russia", "Ukraine"], "2023-11-24TNI", "text",
              "occurred", "In der Nacht auf Samstag hatte Russland"),
            E("Switzerland announces five million francs for Grain from Ukraine", "AID", ["Ukraine"], "2023-11-25",
              "context", "occurred", "Für die Schweiz reiste Bundesrat Guy Parmelin"),
            E("Von der Leyen promises Kyiv to expand the solidarity lanes", "AGREE",
              ["Ursula von der Leyen", "Ukraine"], "2023-11-25", "context", "occurred",
              "EU-Kommissionspräsidentin Ursula von der Leyen"),
            E("Russia lets the Black Sea grain deal expire", "SANCTION", ["Russia", "Ukraine"], "2023-07", "text",
              "occurred", "Seit August verschifft die Ukraine"),
            E("Putin pledges free grain to African states at the Russia–Africa summit", "AID", ["Vladimir Putin"],
              "2023-07", "text", "occurred", "Fast zeitgleich meldete Moskau"),
            E("First free Russian wheat shipments arrive for Burkina Faso and Somalia", "AID", ["Russia"], "2023-W47",
              "text", "occurred", "Die ersten Lieferungen mit je 25'000 Tonnen"),
            E("Further Russian free-grain ships to follow by the end of the year", "AID", ["Russia"], "2023", "text",
              "planned", "Weitere Schiffe nach Mali", date_mod="END"),
            E("Kyiv rejects the Russian deliveries as propaganda", "REJECT", ["Ukraine", "Russia"], "2023-11-27",
              "published", "occurred", "Das Aussenministerium in Kiew wies"),
            E("Kyiv accuses Russia of giving away grain stolen in the occupied territories", "ACCUSE",
              ["Ukraine", "Russia"], "2023-11-27", "published", "occurred", "Russland verschenke Getreide"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine will expand Grain from Ukraine next year", "2023-11-25", "text",
              "Das kündigte Präsident Wolodymyr Selenskyj am Samstag"),
            S("Volodymyr Zelensky", "Russia uses food as a weapon today as the Soviet leadership did 90 years ago",
              "2023-11-25", "context", "Russland setze heute"),
            S("Ukraine", "Air force: 74 of the drones were shot down", "2023-11-25", "context",
              "Nach Angaben der Luftwaffe"),
            S("Ursula von der Leyen", "Promises to expand the solidarity lanes via the Danube and rail", "2023-11-25",
              "context", "EU-Kommissionspräsidentin Ursula von der Leyen"),
            S("Ukraine", "Infrastructure ministry: more than 200 freighters have left the Odesa ports", "2023-11-27",
              "published", "Laut dem Infrastrukturministerium"),
            S("Russia", "Moscow reports that Putin's free-grain promise is being fulfilled", "2023-11-27", "published",
              "Fast zeitgleich meldete Moskau"),
            S("Russia", "Patrushev: the first free wheat for Burkina Faso and Somalia arrived last week", "2023-11-27",
              "published", "Die ersten Lieferungen mit je 25'000 Tonnen"),
            S("Ukraine", "Foreign ministry rejects the deliveries as propaganda", "2023-11-27", "published",
              "Das Aussenministerium in Kiew wies"),
            S("Ukraine", "Russia gives away grain stolen in the occupied territories", "2023-11-27", "published",
              "Russland verschenke Getreide"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "Ursula von der Leyen", "European Union", "Kremlin",
         "Vladimir Putin"],
    ),
    doc(
        "b90de04_lawrow_afrikareise_buergenstock_2024_06", "2024-06-06", DE04,
        [
            T("Mittwoch", "DATE", "2024-06-05", 0),
            T("dreitägigen", "DURATION", "P3D"),
            T("Montag", "DATE", "2024-06-03"),
            T("Dienstag", "DATE", "2024-06-04", 0),
            T("Abend", "TIME", "2024-06-04TEV"),
            T("Januar", "DATE", "2024-01"),
            T("15.", "DATE", "2024-06-15"),
            T("16. Juni", "DATE", "2024-06-16"),
            T("Dienstag", "DATE", "2024-06-04", 1),
            T("Mittwoch", "DATE", "2024-06-05", 1),
            T("Sonntag", "DATE", "2024-06-02"),
            T("Juli 2023", "DATE", "2023-07"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("vor zwei Jahren", "DATE", "2022"),
        ],
        [
            E("Lavrov promises Chad further wheat and fertiliser supplies", "AGREE", ["Sergey Lavrov"], "2024-06-05",
              "text", "occurred", "hat seine Afrikareise am Mittwoch im Tschad beendet"),
            E("Lavrov meets Chad's transitional president Déby in N'Djamena", "CONSULT", ["Sergey Lavrov"],
              "2024-06-05", "context", "occurred", "Nach einem Treffen mit Übergangspräsident"),
            E("Lavrov: Russia will never abandon Africa", "AGREE", ["Sergey Lavrov"], "2024-06-05", "context",
              "occurred", "Nach einem Treffen mit Übergangspräsident"),
            E("Lavrov accuses France of exploiting Africa and treating its former colonies as subordinates", "ACCUSE",
              ["Sergey Lavrov", "France"], "2024-06-05", "context", "occurred", "Frankreich dagegen habe"),
            E("Lavrov received by Guinea's junta leader Doumbouya in Conakry", "CONSULT", ["Sergey Lavrov"],
              "2024-06-03", "text", "occurred", "Zum Auftakt der dreitägigen Reise"),
            E("Lavrov meets President Sassou-Nguesso in Brazzaville", "CONSULT", ["Sergey Lavrov"], "2024-06-04",
              "text", "occurred", "Am Dienstag traf er in Brazzaville"),
            E("Lavrov received by Burkina Faso's junta leader Traoré in Ouagadougou", "CONSULT", ["Sergey Lavrov"],
              "2024-06-04TEV", "text", "occurred", "Am Abend empfing ihn in Ouagadougou"),
            E("Russia and Burkina Faso agree to expand military cooperation", "AGREE", ["Sergey Lavrov"],
              "2024-06-04TEV", "context", "occurred", "Beide Seiten vereinbarten den Ausbau"),
            E("Russia sent military instructors to Burkina Faso", "MOBILIZE", ["Russia"], "2024-01", "text",
              "occurred", "Russland hatte bereits im Januar Militärausbilder"),
            E("Ukraine peace conference at the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06-15", "text", "planned",
              "An allen Stationen nutzte Lawrow", note="15-16 June 2024"),
            E("Lavrov calls the conference a dead end and rules out Russian participation in a process based on "
              "Zelensky's peace formula", "REJECT", ["Sergey Lavrov", "Volodymyr Zelensky"], "2024-06-04", "text",
              "occurred", "Das Treffen sei eine „Sackgasse“"),
            E("Peskov calls the Bürgenstock conference pointless", "REJECT", ["Dmitry Peskov"], "2024-06-05", "text",
              "occurred", "Kremlsprecher Dmitri Peskow nannte die Konferenz"),
            E("Kyiv accuses Lavrov of using grain gifts to keep African governments from attending", "ACCUSE",
              ["Ukraine", "Sergey Lavrov"], "2024-06-06", "published", "occurred",
              "Das ukrainische Außenministerium warf Lawrow vor"),
            E("Zelensky accuses China of dissuading states from attending on Moscow's behalf", "ACCUSE",
              ["Volodymyr Zelensky", "China", "Russia"], "2024-06-02", "text", "occurred",
              "Selenskyj hatte am Sonntag in Singapur"),
            E("Putin promised free grain to six African states at the St Petersburg summit", "AID",
              ["Vladimir Putin"], "2023-07", "text", "occurred", "Burkina Faso gehört zu den sechs"),
        ],
        [
            S("Sergey Lavrov", "Russia will never abandon Africa", "2024-06-05", "context",
              "Nach einem Treffen mit Übergangspräsident"),
            S("Sergey Lavrov", "France exploited the continent and still treats its former colonies as subordinates",
              "2024-06-05", "context", "Frankreich dagegen habe"),
            S("Sergey Lavrov", "Mocks the Ukraine conference at the Bürgenstock at every stop", "2024-06-06",
              "published", "An allen Stationen nutzte Lawrow"),
            S("Sergey Lavrov", "The conference is a dead end; Russia will not join a process based on Zelensky's "
              "peace formula", "2024-06-04", "text", "Das Treffen sei eine „Sackgasse“"),
            S("Dmitry Peskov", "The conference is pointless", "2024-06-05", "text",
              "Kremlsprecher Dmitri Peskow nannte die Konferenz"),
            S("Ukraine", "Lavrov uses grain gifts to keep African governments from attending", "2024-06-06",
              "published", "Das ukrainische Außenministerium warf Lawrow vor"),
            S("Volodymyr Zelensky", "China dissuades states from travelling to Switzerland on Moscow's behalf",
              "2024-06-02", "text", "Selenskyj hatte am Sonntag in Singapur"),
        ],
        ["Russia", "Sergey Lavrov", "France", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "China",
         "Vladimir Putin"],
    ),
    doc(
        "b90de05_eu_zoelle_russischer_duenger_2025_06", "2025-06-13", DE05,
        [
            T("1. Juli", "DATE", "2025-07-01"),
            T("Donnerstag", "DATE", "2025-06-12"),
            T("22. Mai", "DATE", "2025-05-22"),
            T("drei Jahren", "DURATION", "P3Y"),
            T("Donnerstagabend", "TIME", "2025-06-12TEV"),
            T("Dienstag", "DATE", "2025-06-10"),
            T("Ende Juni", "DATE", "2025-06", mod="END"),
            T("Freitag", "DATE", "2025-06-13", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("vergangenen Jahr", "DATE", "2024"),
            T("Monaten", "DURATION", "PXM"),
            T("Freitag", "DATE", "2025-06-13", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("EU tariffs on Russian and Belarusian fertiliser and farm products take effect", "SANCTION",
              ["European Union", "Russia", "Belarus"], "2025-07-01", "text", "planned",
              "Die Europäische Union erhebt vom 1. Juli an"),
            E("EU member states approve the tariffs in the Council", "SANCTION",
              ["European Union", "Russia", "Belarus"], "2025-06-12", "text", "occurred",
              "Die Mitgliedstaaten gaben dafür am Donnerstag"),
            E("European Parliament approves the tariff regulation", "SANCTION",
              ["European Union", "Russia", "Belarus"], "2025-05-22", "text", "occurred",
              "Die Mitgliedstaaten gaben dafür am Donnerstag"),
            E("Kallas welcomes the decision", "SUPPORT", ["Kaja Kallas"], "2025-06-12TEV", "context", "occurred",
              "Kaja Kallas begrüßte den Beschluss"),
            E("Commission proposes an 18th sanctions package", "REQUEST", ["European Union", "Kaja Kallas", "Russia"],
              "2025-06-10", "text", "occurred", "Ihr Vorschlag für ein 18. Sanktionspaket"),
            E("EU summit to discuss the 18th package", "CONSULT", ["European Union"], "2025-06", "text", "planned",
              "Ihr Vorschlag für ein 18. Sanktionspaket", date_mod="END"),
            E("Zakharova accuses Brussels of endangering food security in poorer countries", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-06-13", "text", "occurred",
              "Die Sprecherin des russischen Außenministeriums"),
            E("Lukashenko threatens Poland and Lithuania with countermeasures", "THREATEN",
              ["Alexander Lukashenko", "Poland"], "2025-06-13", "published", "occurred",
              "Der belarussische Machthaber Alexander Lukaschenko drohte"),
            E("Lithuania stops the transit of Belarusian potash through Klaipėda", "SANCTION", ["Belarus"],
              "2022-02", "text", "occurred", "Vilnius hatte bereits im Februar 2022"),
        ],
        [
            S("European Union", "Commission: the tariffs cut Moscow's war revenue and reduce farm dependence",
              "2025-06-12", "context", "erklärte die EU-Kommission"),
            S("Kaja Kallas", "Welcomes the decision", "2025-06-12TEV", "context", "Kaja Kallas begrüßte den Beschluss"),
            S("Kaja Kallas", "Russia must no longer earn money from our fields", "2025-06-12TEV", "text",
              "schrieb sie am Donnerstagabend auf X"),
            S("Russia", "Moscow reacts with sharp criticism", "2025-06-13", "published",
              "Moskau reagierte mit scharfer Kritik"),
            S("Maria Zakharova", "The tariffs are a shot in the foot; Brussels endangers poorer countries' food "
              "security", "2025-06-13", "text", "Die Sprecherin des russischen Außenministeriums"),
            S("Dmitry Peskov", "Russia will redirect its fertiliser exports to Africa, Asia and Latin America",
              "2025-06-13", "published", "kündigte Kremlsprecher Dmitri Peskow an"),
            S("Alexander Lukashenko", "Threatens Poland and Lithuania with countermeasures", "2025-06-13", "published",
              "Der belarussische Machthaber Alexander Lukaschenko drohte"),
        ],
        ["European Union", "Russia", "Belarus", "Ukraine", "Kaja Kallas", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "Alexander Lukashenko", "Poland"],
    ),
    doc(
        "b90de06_russland_afrika_ministerkonferenz_sotschi_2024_11", "2024-11-14", DE06,
        [
            T("Wochenende", "DATE", "2024-W45-WE"),
            T("Samstag", "DATE", "2024-11-09", 0),
            T("Sonntag", "DATE", "2024-11-10", 0),
            T("Samstag", "DATE", "2024-11-09", 1),
            T("Sonntag", "DATE", "2024-11-10", 1),
            T("Sonntag", "DATE", "2024-11-10", 2),
            T("2026", "DATE", "2026"),
            T("die kommenden Wochen", "DATE", "FUTURE_REF"),
            T("2022", "DATE", "2022"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Jänner", "DATE", "2025-01"),
        ],
        [
            E("First ministerial conference of the Russia–Africa Partnership Forum in Sochi", "CONSULT",
              ["Russia", "Sergey Lavrov"], "2024-11-09", "text", "occurred", "Zur ersten Ministerkonferenz",
              note="9-10 November 2024"),
            E("Lavrov promises to continue and expand wheat and fertiliser supplies regardless of sanctions", "AGREE",
              ["Sergey Lavrov"], "2024-11-09", "text", "occurred", "Gastgeber Sergej Lawrow versprach"),
            E("Lavrov meets Ethiopia's foreign minister Taye Atske Selassie", "CONSULT", ["Sergey Lavrov"],
              "2024-11-10", "text", "occurred", "Am Rande traf Lawrow am Sonntag"),
            E("Ethiopia asks Russia for help building a fertiliser plant", "REQUEST", ["Sergey Lavrov"], "2024-11-10",
              "context", "occurred", "Am Rande traf Lawrow am Sonntag"),
            E("Putin receives heads of African delegations", "CONSULT", ["Vladimir Putin"], "2024-11-10", "text",
              "occurred", "Kremlchef Wladimir Putin empfing am Sonntag"),
            E("Putin invites African heads of state to the third Russia–Africa summit", "REQUEST",
              ["Vladimir Putin"], "2024-11-10", "context", "occurred", "Kremlchef Wladimir Putin empfing am Sonntag"),
            E("Third Russia–Africa summit to be held in Africa", "CONSULT", ["Russia"], "2026", "text", "planned",
              "Kremlchef Wladimir Putin empfing am Sonntag"),
            E("Putin: Russia ready to help Africa with food security", "AGREE", ["Vladimir Putin"], "2024-11-10",
              "context", "occurred", "Russland sei bereit, Afrika bei der Ernährungssicherheit"),
            E("Putin accuses the US and the EU of pushing the world to the brink of a hunger crisis", "ACCUSE",
              ["Vladimir Putin", "United States", "European Union"], "2024-11-10", "context", "occurred",
              "Den USA und der EU warf er vor"),
            E("Final declaration on cooperation in agriculture, energy and education", "AGREE", ["Russia"],
              "2024-11-10", "context", "occurred", "In einer Abschlusserklärung bekannten sich",
              note="conference of 9-10 November 2024"),
            E("Sybiha accuses Moscow of luring African states with stolen Ukrainian grain", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2024-11-14", "published", "occurred",
              "Außenminister Andrij Sybiha warf Moskau vor"),
            E("Sybiha announces his own trip to Africa", "CONSULT", ["Andrii Sybiha"], "FUTURE_REF", "vague",
              "planned", "Außenminister Andrij Sybiha warf Moskau vor"),
            E("Commission expected to propose tariffs on Russian fertiliser in January", "REQUEST",
              ["European Union", "Russia"], "2025-01", "text", "planned", "Die EU-Kommission prüft derzeit"),
        ],
        [
            S("Sergey Lavrov", "Russia will continue and expand wheat and fertiliser supplies regardless of "
              "sanctions", "2024-11-09", "text", "Gastgeber Sergej Lawrow versprach"),
            S("Vladimir Putin, via Kremlin", "Russia is ready to help Africa with food security", "2024-11-10",
              "context", "Russland sei bereit, Afrika bei der Ernährungssicherheit"),
            S("Vladimir Putin, via Kremlin", "The US and the EU pushed the world to the brink of a hunger crisis",
              "2024-11-10", "context", "Den USA und der EU warf er vor"),
            S("Maria Zakharova", "The conference is a breakthrough for a multipolar world order", "2024-11-14",
              "published", "Außenamtssprecherin Maria Sacharowa"),
            S("Ukraine", "Kyiv reacts with criticism", "2024-11-14", "published", "Kiew reagierte mit Kritik"),
            S("Andrii Sybiha", "Moscow lures African states with stolen Ukrainian grain; announces an Africa trip",
              "2024-11-14", "published", "Außenminister Andrij Sybiha warf Moskau vor"),
        ],
        ["Russia", "Sergey Lavrov", "Kremlin", "Vladimir Putin", "United States", "European Union",
         "Maria Zakharova", "Ukraine", "Andrii Sybiha"],
    ),
]
