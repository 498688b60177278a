"""German articles of the blind89 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b89de01 (heise online)
DE01 = """
Sabotage am Zugfunk: Staatsschutz ermittelt, Moskau weist jeden Verdacht zurück

Berlin/Herne – Nach dem Ausfall des digitalen Zugfunks GSM-R, der am Samstagmorgen den Fernverkehr im Norden Deutschlands für fast drei Stunden zum Erliegen gebracht hatte, ermittelt der Staatsschutz wegen Sabotage.
Unbekannte hatten in Berlin-Hohenschönhausen und im nordrhein-westfälischen Herne an zwei Kabelschächten Lichtwellenleiter des bahneigenen Funknetzes durchtrennt, nach Angaben der Deutschen Bahn genau an Stellen, an denen redundante Leitungen zusammenlaufen.
Die Störung fiel den Fahrdienstleitern gegen 6.45 Uhr auf; ohne Funkverbindung durften Züge zwischen Hamburg, Bremen, Hannover und Berlin nicht weiterfahren.

Bundesverkehrsminister Volker Wissing (FDP) sprach noch am Samstag von einer „gezielten und mutwilligen“ Tat, die Täter hätten genau gewusst, welche Kabel sie kappen mussten.
Bundesinnenministerin Nancy Faeser (SPD) kündigte am Sonntag an, die Sicherheitsbehörden gingen allen Spuren nach, auch der eines möglichen staatlichen Auftraggebers im Ausland.
Ein Bekennerschreiben liegt nicht vor.

In Sicherheitskreisen wird auf die zeitliche Nähe zu den Explosionen an den Ostseepipelines Nord Stream 1 und 2 Ende September verwiesen.
Kremlchef Wladimir Putin hatte die Anschläge auf die Pipelines am 30. September den „Angelsachsen“, also den USA und Großbritannien, zugeschrieben, was Washington als Desinformation zurückwies.
Kremlsprecher Dmitri Peskow bestritt am Montag jede Verbindung Russlands zu dem Ausfall bei der Bahn und nannte entsprechende Unterstellungen „völlig absurd“.

Ebenfalls am Samstagmorgen war die Brücke über die Meerenge von Kertsch, die Russland mit der annektierten Krim verbindet, durch eine gewaltige Explosion schwer beschädigt worden.
Putin machte am Sonntagabend ukrainische Geheimdienste für den „Terrorakt“ verantwortlich.
Am Montagmorgen überzog Russland Kiew, Lwiw und weitere Städte mit der schwersten Raketenwelle seit Monaten; im Sicherheitsrat sprach Putin von Vergeltung und drohte für den Fall weiterer Anschläge mit „harten“ Antworten.
Bundeskanzler Olaf Scholz sicherte dem ukrainischen Präsidenten Wolodymyr Selenskyj am Montag in einem Telefonat zusätzliche Luftverteidigung zu, das erste von vier Iris-T-Systemen soll in den kommenden Tagen eintreffen.
Auf Einladung von Scholz, der in diesem Jahr den G7-Vorsitz führt, beraten die Staats- und Regierungschefs der Gruppe am Dienstag per Video mit Selenskyj.

NATO-Generalsekretär Jens Stoltenberg hatte vergangene Woche gewarnt, jeder gezielte Angriff auf kritische Infrastruktur von Verbündeten werde eine „geschlossene und entschlossene Antwort“ nach sich ziehen.
Die Verteidigungsminister der Allianz wollen am Mittwoch und Donnerstag in Brüssel auch über den Schutz von Pipelines und Seekabeln sprechen.
Die Bahn kündigte an, die Kabelschächte des GSM-R-Netzes, das rund 33.000 Kilometer Strecke abdeckt, bis zum Jahresende besser zu sichern.
"""

# ---------------------------------------------------------------- b89de02 (Main-Spitze)
DE02 = """
Verdacht auf Landesverrat: BND-Mitarbeiter soll für Russland spioniert haben

Karlsruhe/Berlin. Ein Mitarbeiter des Bundesnachrichtendienstes (BND) steht im Verdacht, Staatsgeheimnisse an Russland verraten zu haben.
Die Bundesanwaltschaft ließ den Mann, Carsten L., bereits am Mittwoch in Berlin festnehmen, wie die Karlsruher Behörde am Donnerstag mitteilte.
Ihm wird Landesverrat vorgeworfen: Er soll Informationen, die er im Rahmen seiner beruflichen Tätigkeit erlangt hatte, in diesem Jahr an einen russischen Nachrichtendienst übermittelt haben.
Seine Wohnung und sein Arbeitsplatz wurden durchsucht, ein Ermittlungsrichter des Bundesgerichtshofs ordnete Untersuchungshaft an.

Nach Informationen aus Sicherheitskreisen kam der entscheidende Hinweis von einem befreundeten ausländischen Dienst.
BND-Präsident Bruno Kahl erklärte, Zurückhaltung und Diskretion seien in diesem Fall von großer Bedeutung, denn mit Russland habe man es „mit einem Akteur zu tun, mit dessen Skrupellosigkeit und Gewaltbereitschaft wir rechnen müssen“.
Bundesjustizminister Marco Buschmann (FDP) sagte am Freitag im Radio, es handle sich um einen „sehr ernsten Fall“, Verrat werde mit aller Konsequenz verfolgt.

Kremlsprecher Dmitri Peskow sagte am Freitag, ihm lägen dazu keine Informationen vor, Fragen zu „Spionagegeschichten“ möge man an die zuständigen Stellen richten.
Die russische Botschaft in Berlin sprach dagegen von einer weiteren Episode der „Spionagehysterie“, mit der das deutsch-russische Verhältnis vergiftet werde.

Die Beziehungen zwischen Berlin und Moskau sind seit Monaten zerrüttet.
Anfang April hatte die Bundesregierung 40 russische Diplomaten, die sie den Geheimdiensten zurechnete, zu unerwünschten Personen erklärt; Moskau antwortete Ende April mit der Ausweisung ebenso vieler deutscher Botschaftsangehöriger.
Kanzler Olaf Scholz hatte am 2. Dezember rund eine Stunde mit Kremlchef Wladimir Putin telefoniert und ihn aufgefordert, seine Truppen aus der Ukraine abzuziehen.
Putin warf Berlin und dem Westen in dem Gespräch eine „destruktive“ Politik vor.

Unterdessen war der ukrainische Präsident Wolodymyr Selenskyj am Mittwoch zu seiner ersten Auslandsreise seit Kriegsbeginn nach Washington geflogen, wo ihn US-Präsident Joe Biden empfing und ihm ein Patriot-Flugabwehrsystem zusagte.
Der Kreml warnte, solche Lieferungen verlängerten nur den Konflikt, die Patriot-Batterien wären ein „legitimes Ziel“.
Selenskyj dankte am Donnerstag in einer Videobotschaft auch Deutschland für das Flugabwehrsystem Iris-T, das seit Oktober im Einsatz ist.
"""

# ---------------------------------------------------------------- b89de03 (Schwetzinger Zeitung)
DE03 = """
Diplomatischer Schlagabtausch: Berlin schließt vier russische Generalkonsulate

Berlin/Moskau. Die Bundesregierung zieht die Konsequenz aus dem russischen Stellenabbau-Diktat und verkleinert die russische Präsenz in Deutschland drastisch.
Das Auswärtige Amt teilte am Mittwoch mit, Moskau dürfe nur noch seine Botschaft in Berlin und ein Generalkonsulat betreiben, die Vertretungen in Frankfurt, Hamburg, Leipzig und München müssten bis Jahresende schließen.
Berlin reagiert damit auf eine Obergrenze für deutsche Staatsbedienstete in Russland, die Moskau verhängt hat und die ab diesem Donnerstag gilt.
Die Grenze von 350 Personen zwingt die deutsche Seite nach Angaben eines Ministeriumssprechers, mehrere Hundert Stellen abzubauen, betroffen sind neben Diplomaten auch Lehrkräfte und Beschäftigte des Goethe-Instituts.

Außenministerin Annalena Baerbock (Grüne), die am Mittwochabend zum informellen Treffen der NATO-Außenminister nach Oslo gereist war, sagte am Donnerstag, man habe diesen Schritt nicht gewollt, der Kreml habe ihn erzwungen.
In Oslo beraten die Minister bis Donnerstagnachmittag auch über die Beitrittsperspektive der Ukraine vor dem Gipfel in Vilnius im Juli.
US-Außenminister Antony Blinken dämpfte dort Erwartungen, Kiew könne schon in Vilnius eine formelle Einladung erhalten.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte am Donnerstag Gegenmaßnahmen an und warf Berlin vor, die bilateralen Beziehungen „systematisch zu zerstören“.
Kremlsprecher Dmitri Peskow nannte die Entscheidung „feindselig“.

Der Schritt ist der vorläufige Höhepunkt einer Serie gegenseitiger Ausweisungen.
Im April hatte Moskau mehr als 20 deutsche Diplomaten des Landes verwiesen, nachdem die Bundesregierung im selben Monat eine größere Zahl russischer Botschaftsangehöriger ausgewiesen hatte, die sie der Spionage verdächtigte.
Bereits im April 2022 hatten beide Seiten jeweils 40 Diplomaten zu unerwünschten Personen erklärt.

Für Menschen mit russischem Pass aus der Region war bislang das Generalkonsulat in Frankfurt zuständig, sie müssen sich nach der Schließung an die Botschaft in Berlin oder an das Generalkonsulat in Bonn wenden.
In der Nacht zum Donnerstag griff Russland Kiew erneut mit Raketen an; nach Angaben der Stadtverwaltung wurden drei Menschen getötet, darunter ein Kind.
"""

# ---------------------------------------------------------------- b89de04 (Obermain-Tagblatt)
DE04 = """
Sabotagepläne für Russland? Zwei Deutsch-Russen in Bayreuth festgenommen

Bayreuth/Berlin. Die Festnahme zweier mutmaßlicher Agenten in Oberfranken hat die Spannungen zwischen Berlin und Moskau weiter verschärft.
Spezialkräfte der Polizei hatten die beiden Deutsch-Russen Dieter S. und Alexander J. bereits am Mittwoch in Bayreuth festgenommen, wie die Bundesanwaltschaft am Donnerstag bekanntgab.
Dieter S. soll sich seit Oktober 2023 mit einem Kontaktmann eines russischen Geheimdienstes über Spreng- und Brandanschläge auf militärische Infrastruktur und Industrieanlagen in Deutschland ausgetauscht haben, um die Unterstützung für die Ukraine zu untergraben.
Dabei soll er auch Einrichtungen der US-Streitkräfte ausgespäht haben, darunter den Truppenübungsplatz Grafenwöhr in der benachbarten Oberpfalz.

Außenministerin Annalena Baerbock (Grüne) ließ noch am Donnerstag den russischen Botschafter Sergej Netschajew ins Auswärtige Amt einbestellen.
„Wir werden nicht zulassen, dass Putin seinen Terror nach Deutschland trägt“, sagte die Ministerin am Rande des G7-Außenministertreffens auf Capri.
Bundeskanzler Olaf Scholz sagte am Freitag, man werde solche Umtriebe weiter aufdecken, an der Unterstützung der Ukraine ändere das nichts.

Die russische Botschaft wies die Vorwürfe als „absurd“ zurück und sprach von einer antirussischen Kampagne.
Kremlsprecher Dmitri Peskow erklärte am Freitag, Moskau habe keinerlei Informationen über den Fall, in Deutschland grassiere eine „Spionagemanie“.

Am selben Tag wie in Karlsruhe gab die polnische Staatsanwaltschaft die Festnahme eines Polen bekannt, der dem russischen Militärgeheimdienst bei der Vorbereitung eines möglichen Anschlags auf den ukrainischen Präsidenten Wolodymyr Selenskyj geholfen haben soll.
Der Mann soll Informationen über den Flughafen Rzeszów gesammelt haben, über den ein Großteil der westlichen Hilfe für die Ukraine abgewickelt wird.
Ministerpräsident Donald Tusk lobte, der Staat habe rechtzeitig und wirksam gehandelt.

Auf Capri warben Baerbock und US-Außenminister Antony Blinken bei den G7-Partnern um zusätzliche Flugabwehrsysteme für die Ukraine.
Deutschland hatte am vergangenen Wochenende die Lieferung eines dritten Patriot-Systems zugesagt.
In der Bayreuther Nachbarschaft von Dieter S. zeigten sich Anwohner fassungslos: Man habe ihn als ruhigen Mann gekannt, der oft mit dem Fahrrad unterwegs gewesen sei.
"""

# ---------------------------------------------------------------- b89de05 (NWZ Göppingen)
DE05 = """
Größter Austausch seit Jahrzehnten: Tiergarten-Mörder frei, Gershkovich zurück in den USA

Ankara/Berlin. In einem der größten Gefangenenaustausche seit dem Ende des Kalten Krieges haben Russland, die USA und Deutschland am Donnerstag in Ankara insgesamt 26 Häftlinge freigelassen.
Die Übergabe auf dem Flughafen der türkischen Hauptstadt wurde vom Geheimdienst MIT koordiniert, wie das Präsidialamt von Recep Tayyip Erdoğan mitteilte.
Unter den Freigelassenen sind der US-Reporter Evan Gershkovich, der frühere US-Soldat Paul Whelan und der Kremlkritiker Wladimir Kara-Mursa.
Gershkovich war vor knapp zwei Wochen in Jekaterinburg nach einem Schnellverfahren wegen angeblicher Spionage zu 16 Jahren Haft verurteilt worden.

Im Gegenzug kam Wadim Krassikow frei, der 2019 im Berliner Tiergarten einen Georgier tschetschenischer Herkunft erschossen hatte.
Das Kammergericht hatte ihn im Dezember 2021 zu lebenslanger Haft verurteilt und festgestellt, dass er im Auftrag staatlicher russischer Stellen handelte.
Zu den Freigelassenen gehört auch der Deutsche Rico Krieger, den ein Gericht in Minsk im Juni zum Tode verurteilt und Machthaber Alexander Lukaschenko am Dienstag begnadigt hatte.
Polen übergab den mutmaßlichen GRU-Agenten Pablo González, der als Journalist aufgetreten war.

Bundeskanzler Olaf Scholz empfing mehrere der Freigelassenen in der Nacht zum Freitag auf dem Flughafen Köln/Bonn.
Die Entscheidung, einen verurteilten Mörder abzuschieben, sei „niemandem leichtgefallen“, sagte Scholz.
Am Freitag bestätigte er, dass ursprünglich auch der im Februar in Haft gestorbene Oppositionspolitiker Alexej Nawalny hätte freikommen sollen.
US-Präsident Joe Biden hatte Scholz nach Angaben aus Regierungskreisen bereits bei dessen Besuch in Washington Anfang Februar persönlich gebeten, eine Freilassung Krassikows zu ermöglichen.

Biden sprach am Donnerstag von einer „Meisterleistung der Diplomatie“ und dankte ausdrücklich Deutschland, Polen, Slowenien, Norwegen und der Türkei.
Kremlchef Wladimir Putin empfing die Rückkehrer am Donnerstagabend auf dem Moskauer Flughafen Wnukowo und versprach ihnen staatliche Auszeichnungen.
Kremlsprecher Dmitri Peskow sagte am Freitag, Putin habe die Gnadenerlasse unterzeichnet, eine Annäherung an Washington bedeute der Austausch aber nicht.
Die Union kritisierte, Moskau werde durch den Deal zu weiteren Geiselnahmen ermutigt.
"""


# ---------------------------------------------------------------- b89de06 (Grenchner Tagblatt)
DE06 = """
Paketbomben-Pläne: Mutmasslicher Helfer russischer Saboteure im Thurgau gefasst

Karlsruhe/Frauenfeld. Im Zusammenhang mit mutmasslichen russischen Sabotageplänen gegen den Paketverkehr in Europa sind drei Ukrainer festgenommen worden, einer von ihnen im Kanton Thurgau.
Wie die deutsche Bundesanwaltschaft am Freitag mitteilte, wurden zwei der Männer am 9. und 10. Mai in Köln und Konstanz gefasst, der dritte auf deutsches Ersuchen in der Schweiz.
Die Beschuldigten sollen sich gegenüber staatlichen russischen Stellen bereit erklärt haben, Anschläge auf den Güterverkehr vorzubereiten.

Nach Erkenntnissen der Ermittler wollten sie Testpakete mit GPS-Trackern von Deutschland aus an Adressen in der Ukraine schicken, um die Transportwege auszukundschaften.
In einem zweiten Schritt hätten die Sendungen Brandsätze enthalten sollen.
Bundesinnenminister Alexander Dobrindt sagte, Moskau setze gezielt sogenannte Wegwerf-Agenten ein, die über Messengerdienste angeworben und für kleine Aufträge bezahlt würden.

Das Bundesamt für Justiz in Bern bestätigte, dass ein deutsches Auslieferungsersuchen vorliegt und der Mann sich in Auslieferungshaft befindet.
Er kann sich gegen eine Überstellung nach Deutschland noch wehren, das Verfahren dürfte mehrere Wochen dauern.
Der Nachrichtendienst des Bundes warnt seit Monaten, Russland nutze die Schweiz als Drehscheibe für Spionage in Europa.

Die russische Botschaft in Berlin wies die Vorwürfe als «haltlos» zurück, Russland habe mit den Festnahmen nichts zu tun.
Das ukrainische Aussenministerium erklärte, Kiew arbeite eng mit den deutschen Behörden zusammen, und warnte die eigenen Staatsbürger vor Anwerbeversuchen russischer Dienste im Internet.
Die Ermittler sehen Parallelen zu Brandsätzen, die im Juli 2024 in Paketzentren in Leipzig und in Grossbritannien Feuer gefangen hatten.

Derweil trafen sich am Freitag in Istanbul erstmals seit dem Frühjahr 2022 Delegationen Russlands und der Ukraine zu direkten Gesprächen.
Sie vereinbarten einen Austausch von je 1000 Gefangenen, eine Waffenruhe kam jedoch nicht zustande.
Aussenminister Ignazio Cassis bekräftigte, die Schweiz stehe für weitere Runden als Gastgeberin bereit.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b89de01_bahn_sabotage_gsmr_2022_10", "2022-10-10", DE01,
        [
            T("Samstagmorgen", "TIME", "2022-10-08TMO", 0),
            T("fast drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("6.45 Uhr", "TIME", "2022-10-08T06:45", mod="APPROX", note="local time (CEST)"),
            T("Samstag", "DATE", "2022-10-08"),
            T("Sonntag", "DATE", "2022-10-09"),
            T("Ende September", "DATE", "2022-09", mod="END"),
            T("30. September", "DATE", "2022-09-30"),
            T("Montag", "DATE", "2022-10-10", 0),
            T("Samstagmorgen", "TIME", "2022-10-08TMO", 1),
            T("Sonntagabend", "TIME", "2022-10-09TEV"),
            T("Montagmorgen", "TIME", "2022-10-10TMO"),
            T("Monaten", "DURATION", "PXM"),
            T("Montag", "DATE", "2022-10-10", 1),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("diesem Jahr", "DATE", "2022"),
            T("Dienstag", "DATE", "2022-10-11"),
            T("vergangene Woche", "DATE", "2022-W40"),
            T("Mittwoch", "DATE", "2022-10-12"),
            T("Donnerstag", "DATE", "2022-10-13"),
            T("Jahresende", "DATE", "2022", mod="END"),
        ],
        [
            E("Putin blames the 'Anglo-Saxons', the US and Britain, for the attacks on the Nord Stream pipelines",
              "ACCUSE", ["Vladimir Putin", "United States", "United Kingdom"], "2022-09-30", "text", "occurred",
              "den „Angelsachsen“"),
            E("Washington rejects Putin's charge as disinformation", "REJECT", ["United States", "Vladimir Putin"],
              "2022-09-30", "context", "occurred", "den „Angelsachsen“",
              note="the day of the rejection is not in the text"),
            E("Peskov denies any Russian link to the rail sabotage", "REJECT", ["Dmitry Peskov", "Germany"],
              "2022-10-10", "text", "occurred", "Peskow bestritt am Montag"),
            E("Putin blames Ukrainian intelligence services for the Kerch bridge blast", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2022-10-09TEV", "text", "occurred", "Putin machte am Sonntagabend"),
            E("Russia's heaviest missile barrage in months on Kyiv, Lviv and other cities", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10TMO", "text", "occurred", "Am Montagmorgen überzog Russland"),
            E("Putin threatens 'harsh' responses to further attacks", "THREATEN", ["Vladimir Putin", "Ukraine"],
              "2022-10-10", "context", "occurred", "Am Montagmorgen überzog Russland"),
            E("Scholz–Zelensky phone call", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"], "2022-10-10", "text",
              "occurred", "sicherte dem ukrainischen Präsidenten"),
            E("Scholz promises Zelensky additional air defence", "AID", ["Olaf Scholz", "Volodymyr Zelensky"],
              "2022-10-10", "text", "occurred", "sicherte dem ukrainischen Präsidenten"),
            E("First of four IRIS-T systems to arrive in Ukraine", "AID", ["Germany", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "sicherte dem ukrainischen Präsidenten"),
            E("G7 video conference with Zelensky at Scholz's invitation", "CONSULT",
              ["Olaf Scholz", "Germany", "Volodymyr Zelensky"], "2022-10-11", "text", "planned",
              "Auf Einladung von Scholz"),
            E("Stoltenberg warns of a united and determined response to attacks on allies' critical infrastructure",
              "THREATEN", ["Jens Stoltenberg", "NATO"], "2022-W40", "text", "occurred",
              "Stoltenberg hatte vergangene Woche gewarnt"),
            E("NATO defence ministers to meet in Brussels", "CONSULT", ["NATO"], "2022-10-12", "text", "planned",
              "Die Verteidigungsminister der Allianz", note="meeting on 12–13 October"),
        ],
        [
            S("Germany", "Wissing: the sabotage was targeted and wilful; the perpetrators knew which cables to cut",
              "2022-10-08", "text", "Wissing (FDP) sprach noch am Samstag"),
            S("Germany", "Faeser: the security services follow every lead, including a possible state sponsor "
              "abroad", "2022-10-09", "text", "Faeser (SPD) kündigte am Sonntag an"),
            S("Vladimir Putin", "The Anglo-Saxons, the US and Britain, are behind the Nord Stream attacks",
              "2022-09-30", "text", "den „Angelsachsen“"),
            S("United States", "Putin's charge is disinformation", "2022-09-30", "context", "den „Angelsachsen“"),
            S("Dmitry Peskov", "Any link between Russia and the rail outage is completely absurd", "2022-10-10",
              "text", "Peskow bestritt am Montag"),
            S("Vladimir Putin", "Ukrainian intelligence services are behind the 'terrorist act' on the bridge",
              "2022-10-09TEV", "text", "Putin machte am Sonntagabend"),
            S("Vladimir Putin", "The strikes are retaliation; further attacks will meet harsh responses",
              "2022-10-10", "context", "Am Montagmorgen überzog Russland"),
            S("Jens Stoltenberg", "Any deliberate attack on allies' critical infrastructure will meet a united and "
              "determined response", "2022-W40", "text", "Stoltenberg hatte vergangene Woche gewarnt"),
        ],
        ["Germany", "Vladimir Putin", "Kremlin", "United States", "United Kingdom", "Dmitry Peskov", "Russia",
         "Ukraine", "Olaf Scholz", "Volodymyr Zelensky", "Jens Stoltenberg", "NATO"],
    ),
    doc(
        "b89de02_bnd_landesverrat_2022_12", "2022-12-23", DE02,
        [
            T("Mittwoch", "DATE", "2022-12-21", 0),
            T("Donnerstag", "DATE", "2022-12-22", 0),
            T("diesem Jahr", "DATE", "2022"),
            T("Freitag", "DATE", "2022-12-23", 0),
            T("Freitag", "DATE", "2022-12-23", 1),
            T("Monaten", "DURATION", "PXM"),
            T("Anfang April", "DATE", "2022-04", mod="START"),
            T("Ende April", "DATE", "2022-04", mod="END"),
            T("2. Dezember", "DATE", "2022-12-02"),
            T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Mittwoch", "DATE", "2022-12-21", 1),
            T("Donnerstag", "DATE", "2022-12-22", 1),
            T("Oktober", "DATE", "2022-10"),
        ],
        [
            E("Federal prosecutors have a BND employee arrested on suspicion of treason", "COERCE", ["Germany"],
              "2022-12-21", "text", "occurred", "Die Bundesanwaltschaft ließ den Mann"),
            E("Prosecutors accuse the BND employee of passing state secrets to a Russian intelligence service",
              "ACCUSE", ["Germany", "Russia"], "2022-12-22", "context", "occurred",
              "Ihm wird Landesverrat vorgeworfen"),
            E("BND chief Kahl calls Russia an actor of unscrupulousness and readiness for violence", "ACCUSE",
              ["Germany", "Russia"], "2022-12-22", "context", "occurred", "BND-Präsident Bruno Kahl erklärte"),
            E("Russian embassy accuses Berlin of spy hysteria poisoning relations", "ACCUSE", ["Russia", "Germany"],
              "2022-12-23", "published", "occurred", "Spionagehysterie"),
            E("Germany declares 40 Russian diplomats persona non grata", "SANCTION", ["Germany", "Russia"],
              "2022-04", "text", "occurred", "Anfang April hatte die Bundesregierung", date_mod="START",
              note="4 April 2022"),
            E("Berlin accuses the expelled diplomats of working for the intelligence services", "ACCUSE",
              ["Germany", "Russia"], "2022-04", "text", "occurred", "Anfang April hatte die Bundesregierung",
              date_mod="START"),
            E("Moscow expels as many German embassy staff in response", "SANCTION", ["Russia", "Germany"], "2022-04",
              "text", "occurred", "Anfang April hatte die Bundesregierung", date_mod="END"),
            E("Scholz–Putin phone call of about an hour", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
              "2022-12-02", "text", "occurred", "hatte am 2. Dezember"),
            E("Scholz calls on Putin to withdraw his troops from Ukraine", "REQUEST",
              ["Olaf Scholz", "Vladimir Putin"], "2022-12-02", "context", "occurred", "hatte am 2. Dezember"),
            E("Putin accuses Berlin and the West of a destructive policy", "ACCUSE", ["Vladimir Putin", "Germany"],
              "2022-12-02", "context", "occurred", "destruktive"),
            E("Zelensky visits Washington and meets Biden", "CONSULT",
              ["Volodymyr Zelensky", "Joe Biden", "United States"], "2022-12-21", "text", "occurred",
              "ersten Auslandsreise seit Kriegsbeginn"),
            E("Biden promises Zelensky a Patriot air-defence system", "AID", ["Joe Biden", "Ukraine"], "2022-12-21",
              "context", "occurred", "ersten Auslandsreise seit Kriegsbeginn"),
            E("Kremlin warns that Patriot batteries would be a legitimate target", "THREATEN",
              ["Kremlin", "United States", "Ukraine"], "2022-12-23", "published", "occurred", "legitimes Ziel"),
            E("Zelensky thanks Germany for the IRIS-T system", "SUPPORT", ["Volodymyr Zelensky", "Germany"],
              "2022-12-22", "text", "occurred", "Selenskyj dankte am Donnerstag"),
        ],
        [
            S("Germany", "Federal prosecutors: the BND employee was arrested on Wednesday in Berlin", "2022-12-22",
              "text", "Die Bundesanwaltschaft ließ den Mann"),
            S("Germany", "Prosecutors: he passed information from his work to a Russian intelligence service this "
              "year", "2022-12-22", "context", "Ihm wird Landesverrat vorgeworfen"),
            S("Germany", "Kahl: discretion matters; Russia is an actor of unscrupulousness and readiness for "
              "violence", "2022-12-22", "context", "BND-Präsident Bruno Kahl erklärte"),
            S("Germany", "Buschmann: a very serious case; treason will be prosecuted with full consistency",
              "2022-12-23", "text", "Buschmann (FDP) sagte am Freitag"),
            S("Dmitry Peskov", "Has no information; questions about spy stories should go to the competent bodies",
              "2022-12-23", "text", "Peskow sagte am Freitag"),
            S("Russia", "Embassy: another episode of spy hysteria poisoning German–Russian relations", "2022-12-23",
              "published", "Spionagehysterie"),
            S("Vladimir Putin", "Berlin and the West pursue a destructive policy", "2022-12-02", "context",
              "destruktive"),
            S("Kremlin", "Such deliveries only prolong the conflict; Patriot batteries would be a legitimate target",
              "2022-12-23", "published", "legitimes Ziel"),
            S("Volodymyr Zelensky", "Thanks Germany for the IRIS-T air-defence system", "2022-12-22", "text",
              "Selenskyj dankte am Donnerstag"),
        ],
        ["Germany", "Russia", "Dmitry Peskov", "Kremlin", "Olaf Scholz", "Vladimir Putin", "Ukraine",
         "Volodymyr Zelensky", "United States", "Joe Biden"],
    ),
    doc(
        "b89de03_generalkonsulate_obergrenze_2023_06", "2023-06-01", DE03,
        [
            T("Mittwoch", "DATE", "2023-05-31"),
            T("Jahresende", "DATE", "2023", mod="END"),
            T("diesem Donnerstag", "DATE", "2023-06-01"),
            T("Mittwochabend", "TIME", "2023-05-31TEV"),
            T("Donnerstag", "DATE", "2023-06-01", 1),
            T("Donnerstagnachmittag", "TIME", "2023-06-01TAF"),
            T("Juli", "DATE", "2023-07"),
            T("Donnerstag", "DATE", "2023-06-01", 2),
            T("April", "DATE", "2023-04", 0),
            T("selben Monat", "DATE", "2023-04"),
            T("April 2022", "DATE", "2022-04"),
            T("der Nacht zum Donnerstag", "TIME", "2023-05-31TNI", note="night to Thursday 1 June"),
        ],
        [
            E("Germany withdraws consent for four of the five Russian consulates-general", "SANCTION",
              ["Germany", "Russia"], "2023-05-31", "text", "occurred", "Das Auswärtige Amt teilte am Mittwoch mit"),
            E("The consulates in Frankfurt, Hamburg, Leipzig and Munich must close by the end of the year",
              "SANCTION", ["Germany", "Russia"], "2023", "text", "planned", "Das Auswärtige Amt teilte am Mittwoch mit",
              date_mod="END"),
            E("Russia's cap on German state employees in Russia takes effect", "SANCTION", ["Russia", "Germany"],
              "2023-06-01", "text", "occurred", "Berlin reagiert damit auf eine Obergrenze", date_mod="START"),
            E("Informal meeting of NATO foreign ministers in Oslo", "CONSULT", ["NATO", "Germany"], "2023-06-01",
              "context", "occurred", "die am Mittwochabend zum informellen Treffen",
              note="31 May – 1 June 2023"),
            E("Baerbock: the Kremlin forced the step", "ACCUSE", ["Germany", "Kremlin"], "2023-06-01", "text",
              "occurred", "die am Mittwochabend zum informellen Treffen"),
            E("NATO summit in Vilnius in July", "CONSULT", ["NATO"], "2023-07", "text", "planned",
              "vor dem Gipfel in Vilnius im Juli"),
            E("Blinken dampens hopes of a formal NATO invitation for Kyiv at Vilnius", "REJECT",
              ["Antony Blinken", "Ukraine"], "2023-06-01", "context", "occurred", "Blinken dämpfte dort"),
            E("Zakharova announces countermeasures against Germany", "THREATEN", ["Maria Zakharova", "Germany"],
              "2023-06-01", "text", "occurred", "Sacharowa, kündigte am Donnerstag Gegenmaßnahmen an"),
            E("Zakharova accuses Berlin of systematically destroying relations", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2023-06-01", "text", "occurred",
              "Sacharowa, kündigte am Donnerstag Gegenmaßnahmen an"),
            E("Peskov calls the decision hostile", "ACCUSE", ["Dmitry Peskov", "Germany"], "2023-06-01", "published",
              "occurred", "nannte die Entscheidung „feindselig“"),
            E("Moscow expels more than 20 German diplomats", "SANCTION", ["Russia", "Germany"], "2023-04", "text",
              "occurred", "Im April hatte Moskau mehr als 20", note="22 April 2023"),
            E("Germany expels a larger number of Russian embassy staff", "SANCTION", ["Germany", "Russia"],
              "2023-04", "text", "occurred", "Im April hatte Moskau mehr als 20"),
            E("Berlin suspects the expelled Russians of espionage", "ACCUSE", ["Germany", "Russia"], "2023-04",
              "text", "occurred", "Im April hatte Moskau mehr als 20"),
            E("Germany and Russia each declare 40 diplomats persona non grata", "SANCTION", ["Germany", "Russia"],
              "2022-04", "text", "occurred", "Bereits im April 2022", note="mutual expulsions"),
            E("Russian missile attack on Kyiv kills three", "ASSAULT", ["Russia", "Ukraine"], "2023-05-31TNI",
              "text", "occurred", "In der Nacht zum Donnerstag griff Russland"),
        ],
        [
            S("Germany", "Foreign Office: Russia may keep only its embassy and one consulate-general; four "
              "consulates must close by year end", "2023-05-31", "text", "Das Auswärtige Amt teilte am Mittwoch mit"),
            S("Germany", "Ministry spokesman: the cap of 350 forces Germany to cut several hundred posts",
              "2023-06-01", "published", "Die Grenze von 350 Personen"),
            S("Germany", "Baerbock: Germany did not want the step; the Kremlin forced it", "2023-06-01", "text",
              "die am Mittwochabend zum informellen Treffen"),
            S("Antony Blinken", "Dampens expectations that Kyiv could receive a formal invitation at Vilnius",
              "2023-06-01", "context", "Blinken dämpfte dort"),
            S("Maria Zakharova", "Announces countermeasures; Berlin is systematically destroying relations",
              "2023-06-01", "text", "Sacharowa, kündigte am Donnerstag Gegenmaßnahmen an"),
            S("Dmitry Peskov", "The decision is hostile", "2023-06-01", "published",
              "nannte die Entscheidung „feindselig“"),
            S("Ukraine", "Kyiv city administration: three people killed, including a child", "2023-06-01",
              "published", "In der Nacht zum Donnerstag griff Russland"),
        ],
        ["Germany", "Russia", "Kremlin", "NATO", "Ukraine", "Antony Blinken", "United States", "Maria Zakharova",
         "Dmitry Peskov"],
    ),
    doc(
        "b89de04_bayreuth_sabotageplaene_2024_04", "2024-04-19", DE04,
        [
            T("Mittwoch", "DATE", "2024-04-17"),
            T("Donnerstag", "DATE", "2024-04-18", 0),
            T("Oktober 2023", "DATE", "2023-10"),
            T("Donnerstag", "DATE", "2024-04-18", 1),
            T("Freitag", "DATE", "2024-04-19", 0),
            T("Freitag", "DATE", "2024-04-19", 1),
            T("selben Tag", "DATE", "2024-04-18"),
            T("vergangenen Wochenende", "DATE", "2024-W15-WE"),
        ],
        [
            E("Police special forces arrest two German-Russians in Bayreuth", "COERCE", ["Germany"], "2024-04-17",
              "text", "occurred", "Spezialkräfte der Polizei"),
            E("Prosecutors accuse Dieter S. of plotting attacks in Germany with a Russian intelligence contact",
              "ACCUSE", ["Germany", "Russia"], "2024-04-18", "context", "occurred",
              "Dieter S. soll sich seit Oktober 2023"),
            E("Baerbock has the Russian ambassador summoned", "ACCUSE", ["Germany", "Russia"], "2024-04-18", "text",
              "occurred", "ins Auswärtige Amt einbestellen"),
            E("Baerbock: Putin must not carry his terror to Germany", "ACCUSE", ["Germany", "Vladimir Putin"],
              "2024-04-18", "context", "occurred", "seinen Terror nach Deutschland trägt"),
            E("Scholz: support for Ukraine will not change", "AGREE", ["Olaf Scholz", "Ukraine"], "2024-04-19",
              "text", "occurred", "Bundeskanzler Olaf Scholz sagte am Freitag"),
            E("Russian embassy rejects the accusations as absurd", "REJECT", ["Russia", "Germany"], "2024-04-19",
              "published", "occurred", "Die russische Botschaft wies die Vorwürfe"),
            E("Russian embassy speaks of an anti-Russian campaign", "ACCUSE", ["Russia", "Germany"], "2024-04-19",
              "published", "occurred", "Die russische Botschaft wies die Vorwürfe"),
            E("Peskov accuses Germany of spy mania", "ACCUSE", ["Dmitry Peskov", "Germany"], "2024-04-19", "text",
              "occurred", "Spionagemanie"),
            E("Polish prosecutors announce the arrest of a Pole who allegedly helped Russian military intelligence",
              "COERCE", ["Poland"], "2024-04-18", "text", "occurred", "Am selben Tag wie in Karlsruhe",
              note="the day of the arrest itself is not in the text"),
            E("Poland accuses Russian military intelligence of preparing a possible attack on Zelensky", "ACCUSE",
              ["Poland", "Russia"], "2024-04-18", "text", "occurred", "Am selben Tag wie in Karlsruhe"),
            E("G7 foreign ministers' meeting on Capri", "CONSULT", ["Germany", "Antony Blinken"], "2024-04-18",
              "context", "occurred", "Auf Capri warben", note="17–19 April 2024"),
            E("Baerbock and Blinken urge the G7 partners to provide more air defence for Ukraine", "REQUEST",
              ["Germany", "Antony Blinken", "Ukraine"], "2024-04-18", "context", "occurred", "Auf Capri warben"),
            E("Germany pledges a third Patriot system to Ukraine", "AID", ["Germany", "Ukraine"], "2024-W15-WE",
              "text", "occurred", "dritten Patriot-Systems"),
        ],
        [
            S("Germany", "Federal prosecutors announce the arrest of two suspects in Bayreuth", "2024-04-18", "text",
              "Spezialkräfte der Polizei"),
            S("Germany", "Prosecutors: Dieter S. discussed attacks on military and industrial sites with a Russian "
              "intelligence contact", "2024-04-18", "context", "Dieter S. soll sich seit Oktober 2023"),
            S("Germany", "Baerbock: we will not allow Putin to carry his terror to Germany", "2024-04-18", "context",
              "seinen Terror nach Deutschland trägt"),
            S("Olaf Scholz", "Such activities will be uncovered; support for Ukraine does not change", "2024-04-19",
              "text", "Bundeskanzler Olaf Scholz sagte am Freitag"),
            S("Russia", "Embassy: the accusations are absurd, an anti-Russian campaign", "2024-04-19", "published",
              "Die russische Botschaft wies die Vorwürfe"),
            S("Dmitry Peskov", "Moscow has no information on the case; Germany is gripped by spy mania", "2024-04-19",
              "text", "Spionagemanie"),
            S("Poland", "Prosecutors: a Pole allegedly helped Russian military intelligence prepare a possible attack "
              "on Zelensky", "2024-04-18", "text", "Am selben Tag wie in Karlsruhe"),
            S("Donald Tusk", "The state acted in time and effectively", "2024-04-18", "context",
              "Ministerpräsident Donald Tusk lobte"),
        ],
        ["Germany", "Russia", "Ukraine", "United States", "Vladimir Putin", "Olaf Scholz", "Dmitry Peskov", "Kremlin",
         "Poland", "Volodymyr Zelensky", "Donald Tusk", "Antony Blinken"],
    ),
    doc(
        "b89de05_gefangenenaustausch_ankara_2024_08", "2024-08-02", DE05,
        [
            T("Jahrzehnten", "DURATION", "PXY"),
            T("Donnerstag", "DATE", "2024-08-01"),
            T("vor knapp zwei Wochen", "DATE", "2024-W29"),
            T("16 Jahren", "DURATION", "P16Y"),
            T("2019", "DATE", "2019"),
            T("Dezember 2021", "DATE", "2021-12"),
            T("Juni", "DATE", "2024-06"),
            T("Dienstag", "DATE", "2024-07-30"),
            T("der Nacht zum Freitag", "TIME", "2024-08-01TNI", note="night to Friday 2 August"),
            T("Freitag", "DATE", "2024-08-02", 1),
            T("Februar", "DATE", "2024-02"),
            T("Anfang Februar", "DATE", "2024-02", mod="START", note="Scholz at the White House on 9 February 2024"),
            T("Donnerstag", "DATE", "2024-08-01", 1),
            T("Donnerstagabend", "TIME", "2024-08-01TEV"),
            T("Freitag", "DATE", "2024-08-02", 2),
        ],
        [
            E("Prisoner exchange in Ankara: Russia, the US and Germany free 26 prisoners", "CONCEDE",
              ["Russia", "United States", "Germany"], "2024-08-01", "text", "occurred",
              "In einem der größten Gefangenenaustausche"),
            E("Turkey's MIT coordinates the handover in Ankara", "CONSULT",
              ["Turkey", "Russia", "United States", "Germany"], "2024-08-01", "context", "occurred",
              "vom Geheimdienst MIT koordiniert"),
            E("Gershkovich sentenced to 16 years for alleged espionage", "COERCE", ["Russia", "United States"],
              "2024-W29", "text", "occurred", "Gershkovich war vor knapp zwei Wochen", note="19 July 2024"),
            E("Krasikov's murder in the Tiergarten, attributed by the court to Russian state agencies", "ASSAULT",
              ["Russia", "Germany"], "2019", "text", "occurred", "Im Gegenzug kam Wadim Krassikow frei"),
            E("Court sentences Krasikov to life imprisonment", "COERCE", ["Germany"], "2021-12", "text", "occurred",
              "Das Kammergericht hatte ihn"),
            E("Court finds Krasikov acted on behalf of Russian state agencies", "ACCUSE", ["Germany", "Russia"],
              "2021-12", "text", "occurred", "Das Kammergericht hatte ihn"),
            E("Minsk court sentences the German Rico Krieger to death", "COERCE", ["Belarus", "Germany"], "2024-06",
              "text", "occurred", "Rico Krieger"),
            E("Lukashenko pardons Rico Krieger", "CONCEDE", ["Alexander Lukashenko", "Germany"], "2024-07-30", "text",
              "occurred", "Rico Krieger"),
            E("Poland hands over the alleged GRU agent Pablo González", "CONCEDE", ["Poland", "Russia"],
              "2024-08-01", "context", "occurred", "Polen übergab"),
            E("Scholz visits Washington and meets Biden", "CONSULT", ["Olaf Scholz", "Joe Biden", "United States"],
              "2024-02", "text", "occurred", "bei dessen Besuch in Washington", date_mod="START"),
            E("Biden asks Scholz to make Krasikov's release possible", "REQUEST", ["Joe Biden", "Olaf Scholz"],
              "2024-02", "text", "occurred", "bei dessen Besuch in Washington", date_mod="START"),
            E("Biden thanks Germany, Poland and Turkey among others for the exchange", "SUPPORT",
              ["Joe Biden", "Germany", "Poland", "Turkey"], "2024-08-01", "text", "occurred",
              "Meisterleistung der Diplomatie"),
        ],
        [
            S("Turkey", "Presidency: the MIT coordinated the handover at Ankara airport", "2024-08-01", "context",
              "vom Geheimdienst MIT koordiniert"),
            S("Olaf Scholz", "The decision to deport a convicted murderer was not easy for anyone", "2024-08-01",
              "context", "niemandem leichtgefallen"),
            S("Olaf Scholz", "Navalny was originally meant to be freed in the exchange too", "2024-08-02", "text",
              "Am Freitag bestätigte er"),
            S("Joe Biden", "A feat of diplomacy; thanks to Germany, Poland, Slovenia, Norway and Turkey",
              "2024-08-01", "text", "Meisterleistung der Diplomatie"),
            S("Vladimir Putin", "Promises the returnees state awards", "2024-08-01TEV", "text",
              "Donnerstagabend auf dem Moskauer Flughafen"),
            S("Dmitry Peskov", "Putin signed the pardons; the exchange does not mean a rapprochement with Washington",
              "2024-08-02", "text", "Gnadenerlasse"),
        ],
        ["Russia", "United States", "Germany", "Turkey", "Recep Tayyip Erdoğan", "Kremlin", "Belarus",
         "Alexander Lukashenko", "Poland", "Olaf Scholz", "Joe Biden", "Vladimir Putin", "Dmitry Peskov"],
    ),
    doc(
        "b89de06_paketsabotage_thurgau_2025_05", "2025-05-17", DE06,
        [
            T("Freitag", "DATE", "2025-05-16", 0),
            T("9.", "DATE", "2025-05-09"),
            T("10. Mai", "DATE", "2025-05-10"),
            T("mehrere Wochen", "DURATION", "PXW"),
            T("Monaten", "DURATION", "PXM"),
            T("Juli 2024", "DATE", "2024-07"),
            T("Freitag", "DATE", "2025-05-16", 1),
            T("Frühjahr 2022", "DATE", "2022-SP"),
        ],
        [
            E("Two Ukrainians arrested in Cologne and Konstanz, a third in Switzerland at Germany's request",
              "COERCE", ["Germany"], "2025-05-09", "text", "occurred", "Wie die deutsche Bundesanwaltschaft",
              note="arrests on 9 and 10 May 2025"),
            E("Prosecutors accuse the suspects of agreeing with Russian state agencies to prepare attacks on freight",
              "ACCUSE", ["Germany", "Russia"], "2025-05-16", "context", "occurred", "Die Beschuldigten sollen sich"),
            E("Dobrindt accuses Moscow of using 'disposable agents'", "ACCUSE", ["Germany", "Russia"], "2025-05-17",
              "published", "occurred", "Wegwerf-Agenten"),
            E("Germany requests the extradition of the suspect held in Switzerland", "REQUEST", ["Germany"],
              "2025-05-17", "published", "occurred", "Auslieferungsersuchen"),
            E("Swiss intelligence warns that Russia uses Switzerland as a hub for espionage", "ACCUSE", ["Russia"],
              "PAST_REF", "vague", "occurred", "Der Nachrichtendienst des Bundes"),
            E("Russian embassy rejects the accusations as baseless", "REJECT", ["Russia", "Germany"], "2025-05-17",
              "published", "occurred", "haltlos"),
            E("Kyiv says it cooperates closely with the German authorities", "COOPERATE", ["Ukraine", "Germany"],
              "2025-05-17", "published", "occurred", "Das ukrainische Aussenministerium erklärte"),
            E("Kyiv warns its citizens against recruitment by Russian services", "ACCUSE", ["Ukraine", "Russia"],
              "2025-05-17", "published", "occurred", "Das ukrainische Aussenministerium erklärte"),
            E("Incendiary parcels catch fire at parcel centres in Leipzig and in Britain", "ASSAULT",
              ["Russia", "Germany", "United Kingdom"], "2024-07", "text", "uncertain", "Die Ermittler sehen Parallelen",
              note="Russian authorship is the investigators' suspicion"),
            E("First direct Russia–Ukraine talks since spring 2022 in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-16", "text", "occurred", "Derweil trafen sich am Freitag in Istanbul"),
            E("Russia and Ukraine agree to exchange 1,000 prisoners each", "AGREE", ["Russia", "Ukraine"],
              "2025-05-16", "context", "occurred", "Sie vereinbarten einen Austausch"),
            E("No ceasefire agreed in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-05-16", "context", "occurred",
              "Sie vereinbarten einen Austausch"),
            E("Cassis: Switzerland ready to host further rounds", "REQUEST", ["Russia", "Ukraine"], "2025-05-17",
              "published", "occurred", "Aussenminister Ignazio Cassis"),
        ],
        [
            S("Germany", "Federal prosecutors: two suspects arrested on 9 and 10 May in Cologne and Konstanz, a third "
              "in Switzerland", "2025-05-16", "text", "Wie die deutsche Bundesanwaltschaft"),
            S("Germany", "Prosecutors: the suspects agreed with Russian state agencies to prepare attacks on freight "
              "transport", "2025-05-16", "context", "Die Beschuldigten sollen sich"),
            S("Germany", "Dobrindt: Moscow deliberately uses disposable agents recruited through messenger services",
              "2025-05-17", "published", "Wegwerf-Agenten"),
            S("Russia", "Embassy: the accusations are baseless; Russia has nothing to do with the arrests",
              "2025-05-17", "published", "haltlos"),
            S("Ukraine", "Foreign ministry: Kyiv cooperates closely with German authorities and warns citizens "
              "against recruitment by Russian services", "2025-05-17", "published",
              "Das ukrainische Aussenministerium erklärte"),
        ],
        ["Germany", "Russia", "Ukraine", "United Kingdom"],
    ),
]
