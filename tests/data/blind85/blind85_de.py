"""German articles of the blind85 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b85de01 (Behörden Spiegel)
DE01 = """
Beschädigte Ostsee-Pipeline: Nato stellt „entschlossene Antwort“ in Aussicht

Berlin/Helsinki. Nach der Beschädigung der Gasleitung Balticconnector zwischen Finnland und Estland rückt der Schutz Kritischer Infrastrukturen (KRITIS) auf dem Meeresgrund ganz oben auf die Tagesordnung der Nato.
Generalsekretär Jens Stoltenberg sagte am Mittwoch vor Beginn eines zweitägigen Treffens der Verteidigungsminister in Brüssel, sollte sich ein vorsätzlicher Angriff auf die Infrastruktur eines Bündnispartners bestätigen, werde dieser auf eine „geeinte und entschlossene Antwort“ stoßen.
Das Bündnis tausche bereits Erkenntnisse mit Helsinki und Tallinn aus und stehe bereit, die Ermittlungen zu unterstützen.

In der Nacht zum Sonntag war der Druck in der rund 77 Kilometer langen Leitung zwischen Inkoo und Paldiski schlagartig abgefallen, der Betreiber Gasgrid stoppte daraufhin den Gasfluss.
Nahezu zeitgleich fiel ein parallel verlegtes Datenkabel aus.
Der finnische Präsident Sauli Niinistö erklärte am Dienstag, die Schäden seien nach derzeitigem Stand „wahrscheinlich durch äußere Einwirkung“ entstanden.
Am Dienstagabend telefonierte er mit Stoltenberg.
Regierungschef Petteri Orpo warnte zugleich vor voreiligen Schuldzuweisungen.

Auch die EU-Kommission meldete sich zu Wort.
Präsidentin Ursula von der Leyen verurteilte jede vorsätzliche Zerstörung kritischer Infrastruktur als „inakzeptabel“ und kündigte für den Fall eines Angriffs eine „robuste und geschlossene“ Reaktion der Union an.
Kremlsprecher Dmitri Peskow nannte den Vorfall am Mittwoch „besorgniserregend“, wies Andeutungen einer russischen Verwicklung aber als haltlos zurück.
Russland sei bereit, sich an der Aufklärung zu beteiligen, sofern man es dazu einlade, fügte er hinzu.
Die Sprecherin des Moskauer Außenministeriums, Maria Sacharowa, warf Deutschland, Dänemark und Schweden vor, die Ermittlungen zur Sprengung der Nord-Stream-Leitungen im September vergangenen Jahres zu verschleppen.

In Berlin sieht man sich in der Forderung nach einem besseren Schutz maritimer Infrastruktur bestätigt.
Bundesverteidigungsminister Boris Pistorius (SPD) kündigte an, die Deutsche Marine werde sich an verstärkten Patrouillen der Nato in der Ostsee beteiligen.
Ein Beschluss der Minister darüber wird für Donnerstag erwartet.
Bundesinnenministerin Nancy Faeser (SPD) verwies auf das KRITIS-Dachgesetz, dessen Entwurf das Kabinett noch in diesem Jahr beschließen soll.

Der Balticconnector war Ende 2019 in Betrieb gegangen und hat an Bedeutung gewonnen, seit Finnland kein Pipelinegas mehr aus Russland bezieht.
Im Mai vergangenen Jahres hatte Gazprom die Lieferungen an den finnischen Versorger Gasum eingestellt, nachdem Helsinki die Bezahlung in Rubel verweigert hatte.
Gasgrid rechnet damit, dass die Reparatur mindestens fünf Monate dauert; die Versorgung im kommenden Winter sei über das Flüssiggas-Terminal in Inkoo dennoch gesichert.
Ein Sprecher des Bundesamts für Sicherheit in der Informationstechnik (BSI) sagte dem Behörden Spiegel, man stehe mit den Betreibern deutscher Unterseekabel in engem Austausch.
"""

# ---------------------------------------------------------------- b85de02 (Eckernförder Zeitung)
DE02 = """
Gekappte Datenkabel in der Ostsee: Pistorius geht von Sabotage aus

Eckernförde/Berlin. Zwei beschädigte Datenkabel am Grund der Ostsee beschäftigen die Regierungen von Helsinki bis Berlin – und auch die Marine in Eckernförde.
Bundesverteidigungsminister Boris Pistorius (SPD) sagte am Dienstag am Rande eines Treffens der EU-Verteidigungsminister in Brüssel, niemand glaube, dass diese Kabel aus Versehen durchtrennt worden seien.
„Wir müssen davon ausgehen, dass es sich um Sabotage handelt“, sagte er, auch wenn es noch keine Beweise dafür gebe, von wem die Tat ausgegangen sei.

Am frühen Montagmorgen war das Kabel C-Lion1 ausgefallen, das seit 2016 Helsinki mit Rostock verbindet.
Bereits am Sonntagvormittag hatte die Verbindung zwischen der litauischen Küste und der schwedischen Insel Gotland ihren Dienst eingestellt.
In einer gemeinsamen Erklärung zeigten sich Außenministerin Annalena Baerbock (Grüne) und ihre finnische Amtskollegin Elina Valtonen am späten Montagabend „zutiefst besorgt“.
Die europäische Sicherheit sei nicht nur durch Russlands Angriffskrieg gegen die Ukraine bedroht, sondern auch durch hybride Kriegsführung böswilliger Akteure, hieß es darin.
Bundeskanzler Olaf Scholz forderte am Dienstag eine rasche und lückenlose Aufklärung.
Der finnische Präsident Alexander Stubb schrieb am Montag auf X, sein Land nehme den Vorfall „sehr ernst“; am Dienstag beriet er sich mit Nato-Generalsekretär Mark Rutte.

Ins Blickfeld der Ermittler ist der unter chinesischer Flagge fahrende Massengutfrachter „Yi Peng 3“ geraten, der zum Zeitpunkt der Ausfälle beide Kabeltrassen gekreuzt haben soll.
Das Schiff hatte Mitte November den russischen Ostseehafen Ust-Luga verlassen und wird seit Dienstag von einem dänischen Marineschiff im Kattegat begleitet.
Eine Sprecherin des chinesischen Außenministeriums sagte am Mittwoch in Peking, ihr seien keine Einzelheiten bekannt, China sei aber zur Zusammenarbeit mit den betroffenen Staaten bereit.
Kremlsprecher Dmitri Peskow wies am Mittwoch jede Verantwortung Moskaus zurück: Es sei „absurd“, Russland ohne jede Grundlage für alles verantwortlich zu machen, was in der Ostsee geschehe.

Erst vor gut einem Jahr war die Gasleitung Balticconnector zwischen Finnland und Estland beschädigt worden, finnische Ermittler machen dafür den Anker eines Containerschiffs aus Hongkong verantwortlich.
Die Nato verstärkte daraufhin ihre Patrouillen in der Ostsee, die Deutsche Marine beteiligt sich mit Korvetten und Seefernaufklärern.
Das Auswärtige Amt kündigte an, die Vorfälle beim Treffen der Nato-Außenminister Anfang Dezember in Brüssel zur Sprache zu bringen.

Am Marinestützpunkt Eckernförde, Heimat des 1. Ubootgeschwaders und des Seebataillons, wird die Lage aufmerksam verfolgt.
Die Marine habe die Überwachung in der westlichen Ostsee in den vergangenen Tagen verstärkt, sagte ein Sprecher des Marinekommandos der EZ, Details zu einzelnen Einsätzen nenne man aber grundsätzlich nicht.
"""

# ---------------------------------------------------------------- b85de03 (airliners.de)
DE03 = """
GPS-Störungen: Finnair setzt Tartu-Flüge aus, Estland macht Moskau verantwortlich

Die finnische Fluggesellschaft Finnair setzt ihre Verbindung zwischen Helsinki und dem estnischen Tartu für einen Monat aus.
Grund seien massive Störungen des Satellitennavigationssignals GPS, teilte die Airline am Montag mit.
Zwei Maschinen vom Typ ATR 72 hatten in der Nacht zum Freitag und am Freitagabend ihren Anflug abbrechen und nach Helsinki zurückkehren müssen.
Der Flughafen Tartu verfügt über kein Instrumentenlandesystem und ist auf GPS-gestützte Anflugverfahren angewiesen.
Die Flüge ruhen vorerst bis zum 31. Mai.

Der estnische Außenminister Margus Tsahkna sprach am Montag von einem „hybriden Angriff“ und machte Russland direkt verantwortlich.
Die Störsender stünden im Gebiet Kaliningrad und würden seit Monaten gezielt eingesetzt, sagte er.
Tallinn kündigte an, den russischen Geschäftsträger einzubestellen.
Regierungschefin Kaja Kallas sagte dem Sender ERR, Moskau wolle mit den Störungen „Angst verbreiten“, Estland lasse sich davon aber nicht einschüchtern.
Kallas telefonierte am Montag auch mit ihrem finnischen Amtskollegen Petteri Orpo.

Das Problem reicht weit über Estland hinaus.
Nach Auswertungen offener Flugdaten sind seit Dezember vor allem Flüge über Polen, Litauen, Lettland und der südlichen Ostsee betroffen.
Die polnische Flugsicherung PANSA meldete allein für März mehr als 2.000 gestörte Flüge.
Mitte März war auch das Flugzeug des britischen Verteidigungsministers Grant Shapps auf dem Rückflug aus Polen nahe Kaliningrad rund eine halbe Stunde lang gestört worden, London nannte das „rücksichtslos“.
Die Außenminister Estlands, Lettlands und Litauens forderten die EU-Kommission Mitte April in einem Brief auf, die Störungen bei der Internationalen Zivilluftfahrtorganisation ICAO zur Sprache zu bringen.

Nato-Generalsekretär Jens Stoltenberg hatte Russland bereits vergangene Woche vorgeworfen, mit den Störungen die Sicherheit der zivilen Luftfahrt zu gefährden.
Kremlsprecher Dmitri Peskow sagte am Dienstag auf Nachfrage, ihm lägen dazu keine Informationen vor.
Die EU-Kommission kündigte an, das Thema beim Treffen der EU-Verkehrsminister Anfang Juni zu behandeln.

Die Deutsche Flugsicherung (DFS) sieht für den deutschen Luftraum derzeit keine vergleichbare Lage, beobachtet die Entwicklung aber genau, wie ein Sprecher airliners.de sagte.
Finnair will Tartu Anfang Juni wieder anfliegen, sofern der Flughafen bis dahin ein alternatives Anflugverfahren einrichtet.
"""

# ---------------------------------------------------------------- b85de04 (Bayerische Staatszeitung)
DE04 = """
Drohnen über dem Erdinger Moos: Flughafen zweimal gesperrt – Staatsregierung will Abschuss erlauben

München. Zum zweiten Mal binnen 24 Stunden hat die Sichtung von Drohnen den Betrieb am Flughafen München lahmgelegt.
Am Donnerstagabend stellte die Deutsche Flugsicherung den Flugverkehr um 22.18 Uhr ein, nachdem Piloten und Anwohner im Raum Freising und Erding mehrere Flugobjekte gemeldet hatten.
17 Flüge wurden gestrichen, 15 Maschinen nach Nürnberg, Stuttgart, Wien und Frankfurt umgeleitet, rund 3.000 Reisende saßen fest.
Erst am Freitagmorgen lief der Betrieb wieder an, am Freitagabend musste er nach erneuten Sichtungen abermals für knapp eine Stunde unterbrochen werden.

Ministerpräsident Markus Söder (CSU) reagierte mit einer klaren Ansage: „Abschießen statt abwarten.“
Das Kabinett soll am Dienstag eine Änderung des Polizeiaufgabengesetzes beschließen, die der Landespolizei den Einsatz von Abwehrsystemen bis hin zum Abschuss erlaubt.
Innenminister Joachim Herrmann (CSU) sagte der Staatszeitung, wer hinter den Flügen stecke, sei noch offen, man schließe aber „ausdrücklich auch staatliche Akteure“ nicht aus.

Bundesinnenminister Alexander Dobrindt (CSU) kündigte am Freitag ein gemeinsames Drohnenabwehrzentrum von Bund und Ländern an.
Beim Aufbau wolle man auch auf ukrainische Erfahrungen zurückgreifen, ein Austausch mit Kiew sei bereits vereinbart.
Bundeskanzler Friedrich Merz hatte am Donnerstag am Rande des Gipfels der Europäischen Politischen Gemeinschaft in Kopenhagen, wo er auch Wolodymyr Selenskyj traf, von einer „ernsten Bedrohung“ gesprochen und Russland hinter vielen der Drohnenflüge über Europa vermutet.
Nato-Generalsekretär Mark Rutte telefonierte am Freitag mit Merz und sicherte Deutschland die Unterstützung des Bündnisses zu.

Kremlchef Wladimir Putin spottete am Donnerstagabend beim Waldai-Forum in Sotschi, er werde „keine Drohnen mehr“ nach Kopenhagen schicken, und warf den Europäern vor, eine „Hysterie“ zu schüren, um ihre Rüstungsausgaben zu rechtfertigen.
Kremlsprecher Dmitri Peskow nannte die Vorwürfe gegen Moskau am Freitag „unbegründet“.

Bereits vergangene Woche hatten Drohnen über Kopenhagen und dem nordjütischen Aalborg den Flugverkehr gestört, die dänische Regierung sprach von einem „hybriden Angriff“.
Beim informellen EU-Gipfel am Mittwoch in Kopenhagen berieten die Staats- und Regierungschefs über einen „Drohnenwall“ an der Ostflanke.
Die Deutsche Flugsicherung zählte in diesem Jahr bislang 172 Behinderungen durch Drohnen an deutschen Flughäfen, so viele wie nie zuvor.
Der Landtag befasst sich kommende Woche in einer Aktuellen Stunde mit dem Thema.
"""

# ---------------------------------------------------------------- b85de05 (Limmattaler Zeitung, CH Media)
DE05 = """
Russland holt Grenzbojen aus der Narva – Estland spricht von Provokation

Tallinn/Narva. Russische Grenzschützer haben in der Nacht auf Donnerstag 24 Bojen aus dem Grenzfluss Narva entfernt, mit denen Estland die Fahrrinne markiert hatte.
Die estnische Polizei- und Grenzschutzbehörde veröffentlichte Aufnahmen, auf denen zu sehen ist, wie die Bojen auf russische Boote verladen werden.
Insgesamt hatte Estland in diesem Frühjahr rund 250 Bojen ausgebracht, wie jedes Jahr nach Absprache mit der russischen Seite.
In diesem Jahr erkannte Moskau die Lage von rund der Hälfte davon jedoch nicht mehr an.

Das Aussenministerium in Tallinn bestellte am Donnerstag den russischen Geschäftsträger ein und verlangte die sofortige Rückgabe der Bojen.
Regierungschefin Kaja Kallas sprach von einem «Grenzzwischenfall», der sich in ein Muster russischer Provokationen einfüge, von GPS-Störungen bis zu Cyberangriffen.
Man lasse sich aber nicht provozieren und reagiere «ruhig und besonnen», sagte Kallas.
Die EU verurteilte das Vorgehen am Freitag als «inakzeptabel» und forderte Moskau auf, die Bojen unverzüglich zurückzugeben.

Für zusätzliche Unruhe sorgt ein Entwurf des russischen Verteidigungsministeriums, der am Dienstag auf einem amtlichen Portal aufgetaucht war.
Darin schlug das Ministerium vor, die Basislinien der russischen Hoheitsgewässer im Finnischen Meerbusen und vor Kaliningrad neu zu ziehen.
Am Mittwoch verschwand der Text kommentarlos wieder von dem Portal.
Kremlsprecher Dmitri Peskow sagte, dahinter stecke «nichts Politisches», die Lage in der Ostsee habe sich aber wegen der feindseligen Haltung der Nato-Staaten verändert.
Finnlands Präsident Alexander Stubb erklärte, Helsinki lasse sich nicht verunsichern, Russland versuche erkennbar, Angst zu schüren.

Ein Sprecher der Nato sagte, das Bündnis stehe in engem Kontakt mit Tallinn.
Konsultationen nach Artikel 4 des Nordatlantikvertrags will Estland derzeit nicht beantragen, wie es in Regierungskreisen hiess.
Die Narva bildet seit 1991 die Grenze zwischen beiden Staaten, ein 2014 unterzeichneter Grenzvertrag wurde von Russland nie ratifiziert.

Kallas wird Mitte Juni auch an der Ukraine-Friedenskonferenz auf dem Bürgenstock erwartet, zu der die Schweiz rund 160 Delegationen eingeladen hat.
Russland ist nicht eingeladen, Moskau hatte die Konferenz ohnehin als «sinnlos» bezeichnet.
"""

# ---------------------------------------------------------------- b85de06 (phoenix.de)
DE06 = """
Drohne aus Belarus: Litauen beantragt Nato-Konsultationen nach Artikel 4

Nach dem Absturz einer mit Sprengstoff beladenen Drohne nahe dem Flughafen Vilnius hat Litauen Konsultationen nach Artikel 4 des Nordatlantikvertrags beantragt.
Der Nordatlantikrat soll am Donnerstagnachmittag in Brüssel zusammentreten, wie die Nato mitteilte.
Es ist das dritte Mal binnen eines halben Jahres, dass ein Verbündeter dieses Instrument nutzt.

Die Drohne vom Typ Gerbera war in der Nacht zum Dienstag aus belarussischem Luftraum eingeflogen und rund zwölf Kilometer vor der Landebahn auf ein Feld gestürzt, ihr Sprengsatz explodierte nicht.
Der Flughafen blieb über sechs Stunden gesperrt.
Den Antrag stellte Vilnius am Mittwochabend, nachdem das Militär Trümmer einer zweiten Drohne nahe dem Truppenübungsplatz Rūdninkai gefunden hatte, wo die Bundeswehr ihre Litauen-Brigade aufbaut.
Bereits am Mittwochmittag hatte die Regierung einen belarussischen Diplomaten ausgewiesen und die beiden verbliebenen Grenzübergänge zu Belarus bis auf Weiteres geschlossen.

Der belarussische Machthaber Alexander Lukaschenko wies jede Verantwortung zurück und sprach von einer „Provokation“ der Nachbarn, die damit ihre Aufrüstung rechtfertigen wollten.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte den Antrag am Mittwochabend „antirussische Hysterie“.
Kremlsprecher Dmitri Peskow sagte am Donnerstagmorgen, Russland habe mit dem Vorfall „nichts zu tun“.

Nato-Generalsekretär Mark Rutte sicherte Litauen im phoenix-Interview zu, das Bündnis werde „jeden Zentimeter“ seines Gebiets verteidigen.
Zugleich kündigte er an, die Mission Eastern Sentry in den kommenden Tagen auf den litauischen Luftraum auszuweiten.
Bundeskanzler Friedrich Merz telefonierte am Mittwoch mit dem litauischen Präsidenten Gitanas Nausėda und sagte zu, zusätzliche Flugabwehrsysteme vom Typ Skyranger nach Litauen zu verlegen.
Polens Regierungschef Donald Tusk bot an, polnische Kampfjets zur Überwachung des litauischen Luftraums bereitzustellen.
Der ukrainische Präsident Wolodymyr Selenskyj bot Vilnius Fachleute für die Drohnenabwehr an, sein Land habe mit solchen Geräten seit Jahren Erfahrung.
Das US-Außenministerium rief Minsk und Moskau zur Zurückhaltung auf.
EU-Außenbeauftragte Kaja Kallas kündigte an, die Sanktionen gegen Belarus in der kommenden Woche auszuweiten.

Im September vergangenen Jahres hatten Polen und Estland nach Luftraumverletzungen durch russische Drohnen und Kampfjets Konsultationen nach Artikel 4 verlangt.
Die Bundeswehr will ihre Brigade in Litauen bis 2027 auf rund 4.800 Soldaten aufstocken.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b85de01_balticconnector_nato_2023_10", "2023-10-11", DE01,
        [
            T("Mittwoch", "DATE", "2023-10-11", 0),
            T("zweitägigen", "DURATION", "P2D"),
            T("der Nacht zum Sonntag", "TIME", "2023-10-07TNI", note="night to Sunday 8 October 2023"),
            T("Dienstag", "DATE", "2023-10-10"),
            T("Dienstagabend", "TIME", "2023-10-10TEV"),
            T("Mittwoch", "DATE", "2023-10-11", 1),
            T("September vergangenen Jahres", "DATE", "2022-09"),
            T("Donnerstag", "DATE", "2023-10-12"),
            T("diesem Jahr", "DATE", "2023"),
            T("Ende 2019", "DATE", "2019", mod="END"),
            T("Mai vergangenen Jahres", "DATE", "2022-05"),
            T("mindestens fünf Monate", "DURATION", "P5M", mod="EQUAL_OR_MORE"),
            T("kommenden Winter", "DATE", "2023-WI"),
        ],
        [
            E("Stoltenberg: a deliberate attack on allied infrastructure would meet a united and determined response",
              "THREATEN", ["Jens Stoltenberg", "NATO"], "2023-10-11", "text", "occurred",
              "sollte sich ein vorsätzlicher Angriff"),
            E("Two-day meeting of NATO defence ministers in Brussels begins", "CONSULT", ["NATO"], "2023-10-11",
              "context", "occurred", "sollte sich ein vorsätzlicher Angriff", note="11–12 October 2023"),
            E("NATO shares intelligence with Finland and Estonia", "COOPERATE", ["NATO"], "2023-10-11", "context",
              "occurred", "Das Bündnis tausche bereits Erkenntnisse"),
            E("NATO offers to support the investigation", "REQUEST", ["NATO"], "2023-10-11", "context", "occurred",
              "Das Bündnis tausche bereits Erkenntnisse"),
            E("Niinistö–Stoltenberg phone call", "CONSULT", ["Jens Stoltenberg"], "2023-10-10TEV", "text", "occurred",
              "Am Dienstagabend telefonierte er"),
            E("Von der Leyen condemns any deliberate destruction of critical infrastructure", "ACCUSE",
              ["Ursula von der Leyen", "European Union"], "2023-10-11", "published", "occurred",
              "Präsidentin Ursula von der Leyen verurteilte"),
            E("Von der Leyen announces a robust and united EU response in case of an attack", "THREATEN",
              ["Ursula von der Leyen", "European Union"], "2023-10-11", "published", "occurred",
              "Präsidentin Ursula von der Leyen verurteilte"),
            E("Peskov rejects suggestions of Russian involvement as baseless", "REJECT", ["Dmitry Peskov"],
              "2023-10-11", "text", "occurred", "wies Andeutungen einer russischen Verwicklung"),
            E("Peskov: Russia ready to take part in the investigation", "AGREE",
              ["Dmitry Peskov", "Russia"], "2023-10-11", "context", "occurred", "Russland sei bereit, sich an der"),
            E("Peskov's condition: Russia must be invited to the investigation", "REQUEST",
              ["Dmitry Peskov", "Russia"], "2023-10-11", "context", "occurred", "Russland sei bereit, sich an der"),
            E("Zakharova accuses Germany, Denmark and Sweden of stalling the Nord Stream investigation", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2023-10-11", "published", "occurred", "warf Deutschland, Dänemark"),
            E("German navy to join stepped-up NATO patrols in the Baltic Sea", "MOBILIZE", ["Germany", "NATO"],
              "2023-10-11", "published", "planned", "die Deutsche Marine werde sich"),
            E("NATO ministers expected to decide on the patrols", "AGREE", ["NATO", "Germany"], "2023-10-12", "text",
              "planned", "Ein Beschluss der Minister darüber"),
            E("Gazprom halts deliveries to Finland's Gasum", "SANCTION", ["Russia"], "2022-05", "text", "occurred",
              "Im Mai vergangenen Jahres hatte Gazprom"),
            E("Finland refuses to pay for Russian gas in roubles", "REJECT", ["Russia"], "2022-05", "context",
              "occurred", "Im Mai vergangenen Jahres hatte Gazprom"),
        ],
        [
            S("Jens Stoltenberg", "A deliberate attack on allied infrastructure would meet a united and determined "
              "response", "2023-10-11", "text", "sollte sich ein vorsätzlicher Angriff"),
            S("Jens Stoltenberg", "NATO shares intelligence with Helsinki and Tallinn and stands ready to support the "
              "investigation", "2023-10-11", "context", "Das Bündnis tausche bereits Erkenntnisse"),
            S("European Union", "The Commission reacts to the damaged pipeline", "2023-10-11", "published",
              "Auch die EU-Kommission meldete sich zu Wort"),
            S("Ursula von der Leyen", "Deliberate destruction of critical infrastructure is unacceptable; the EU "
              "would respond robustly and united", "2023-10-11", "published",
              "Präsidentin Ursula von der Leyen verurteilte"),
            S("Dmitry Peskov", "The incident is worrying; suggestions of Russian involvement are baseless",
              "2023-10-11", "text", "wies Andeutungen einer russischen Verwicklung"),
            S("Dmitry Peskov", "Russia is ready to take part in the investigation if invited", "2023-10-11",
              "context", "Russland sei bereit, sich an der"),
            S("Maria Zakharova", "Germany, Denmark and Sweden are stalling the Nord Stream investigation",
              "2023-10-11", "published", "warf Deutschland, Dänemark"),
            S("Germany", "Pistorius: the German navy will join stepped-up NATO patrols in the Baltic", "2023-10-11",
              "published", "die Deutsche Marine werde sich"),
            S("Germany", "Faeser points to the KRITIS umbrella law the cabinet is to adopt this year", "2023-10-11",
              "published", "Bundesinnenministerin Nancy Faeser"),
            S("Germany", "BSI is in close contact with the operators of German undersea cables", "2023-10-11",
              "published", "Ein Sprecher des Bundesamts"),
        ],
        ["NATO", "Jens Stoltenberg", "European Union", "Ursula von der Leyen", "Kremlin", "Dmitry Peskov", "Russia",
         "Maria Zakharova", "Germany"],
    ),
    doc(
        "b85de02_ostseekabel_sabotage_2024_11", "2024-11-20", DE02,
        [
            T("Dienstag", "DATE", "2024-11-19", 0),
            T("frühen Montagmorgen", "TIME", "2024-11-18TMO"),
            T("2016", "DATE", "2016"),
            T("Sonntagvormittag", "TIME", "2024-11-17TMO"),
            T("späten Montagabend", "TIME", "2024-11-18TEV"),
            T("Dienstag", "DATE", "2024-11-19", 1),
            T("Montag", "DATE", "2024-11-18"),
            T("Dienstag", "DATE", "2024-11-19", 2),
            T("Mitte November", "DATE", "2024-11", mod="MID"),
            T("Dienstag", "DATE", "2024-11-19", 3),
            T("Mittwoch", "DATE", "2024-11-20", 0),
            T("Mittwoch", "DATE", "2024-11-20", 1),
            T("vor gut einem Jahr", "DATE", "2023", mod="APPROX"),
            T("Anfang Dezember", "DATE", "2024-12", mod="START"),
            T("den vergangenen Tagen", "DATE", "PAST_REF"),
        ],
        [
            E("Pistorius: the cables were not cut by accident, sabotage must be assumed", "ACCUSE", ["Germany"],
              "2024-11-19", "text", "occurred", "niemand glaube, dass diese Kabel"),
            E("EU defence ministers meet in Brussels", "CONSULT", ["European Union", "Germany"], "2024-11-19",
              "context", "occurred", "niemand glaube, dass diese Kabel"),
            E("German–Finnish joint statement: Europe threatened by Russia's war and by hybrid warfare", "ACCUSE",
              ["Germany", "Russia"], "2024-11-18TEV", "context", "occurred", "Die europäische Sicherheit sei"),
            E("Scholz demands a swift and full investigation", "REQUEST", ["Olaf Scholz"], "2024-11-19", "text",
              "occurred", "Bundeskanzler Olaf Scholz forderte"),
            E("Stubb–Rutte consultation on the cable incidents", "CONSULT", ["Alexander Stubb", "Mark Rutte"],
              "2024-11-19", "text", "occurred", "beriet er sich mit Nato-Generalsekretär"),
            E("China declares readiness to cooperate with the affected states", "AGREE", ["China"], "2024-11-20",
              "text", "occurred", "Eine Sprecherin des chinesischen Außenministeriums"),
            E("Peskov rejects any Russian responsibility", "REJECT", ["Dmitry Peskov", "Germany"], "2024-11-20",
              "text", "occurred", "jede Verantwortung Moskaus zurück"),
            E("NATO steps up its Baltic Sea patrols after the Balticconnector damage", "MOBILIZE", ["NATO", "Germany"],
              "2023", "context", "occurred", "Die Nato verstärkte daraufhin", date_mod="APPROX",
              note="October 2023"),
            E("NATO foreign ministers to meet in Brussels; Berlin to raise the incidents", "CONSULT",
              ["NATO", "Germany"], "2024-12", "text", "planned", "Das Auswärtige Amt kündigte an",
              date_mod="START", note="3–4 December 2024"),
            E("German navy steps up surveillance in the western Baltic", "MOBILIZE", ["Germany"], "PAST_REF",
              "vague", "occurred", "Die Marine habe die Überwachung"),
        ],
        [
            S("Germany", "Pistorius: nobody believes the cables were cut by accident", "2024-11-19", "text",
              "niemand glaube, dass diese Kabel"),
            S("Germany", "Pistorius: we must assume sabotage, although there is no proof yet of who did it",
              "2024-11-19", "context", "Wir müssen davon ausgehen"),
            S("Germany", "Joint statement with Finland: deeply concerned about the damaged cables", "2024-11-18TEV",
              "text", "In einer gemeinsamen Erklärung zeigten sich"),
            S("Germany", "Joint statement: Europe's security threatened by Russia's war and hybrid warfare by "
              "malicious actors", "2024-11-18TEV", "context", "Die europäische Sicherheit sei"),
            S("Olaf Scholz", "Calls for a swift and full investigation", "2024-11-19", "text",
              "Bundeskanzler Olaf Scholz forderte"),
            S("Alexander Stubb", "Finland takes the incident very seriously", "2024-11-18", "text",
              "beriet er sich mit Nato-Generalsekretär"),
            S("China", "No details known; China is ready to cooperate with the affected states", "2024-11-20",
              "text", "Eine Sprecherin des chinesischen Außenministeriums"),
            S("Dmitry Peskov", "It is absurd to blame Russia without any basis for everything in the Baltic",
              "2024-11-20", "text", "jede Verantwortung Moskaus zurück"),
            S("Germany", "The Foreign Office will raise the incidents at the NATO foreign ministers' meeting",
              "2024-11-20", "published", "Das Auswärtige Amt kündigte an"),
            S("Germany", "The navy has stepped up surveillance in the western Baltic; no details on operations",
              "2024-11-20", "published", "Die Marine habe die Überwachung"),
        ],
        ["Germany", "European Union", "Russia", "Ukraine", "Olaf Scholz", "Alexander Stubb",
         "Mark Rutte", "NATO", "China", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b85de03_gps_stoerungen_tartu_2024_04", "2024-04-30", DE03,
        [
            T("einen Monat", "DURATION", "P1M"),
            T("Montag", "DATE", "2024-04-29", 0),
            T("der Nacht zum Freitag", "TIME", "2024-04-25TNI", note="night to Friday 26 April 2024"),
            T("Freitagabend", "TIME", "2024-04-26TEV"),
            T("31. Mai", "DATE", "2024-05-31"),
            T("Montag", "DATE", "2024-04-29", 1),
            T("Monaten", "DURATION", "PXM"),
            T("Montag", "DATE", "2024-04-29", 2),
            T("Dezember", "DATE", "2023-12"),
            T("März", "DATE", "2024-03"),
            T("Mitte März", "DATE", "2024-03", mod="MID"),
            T("rund eine halbe Stunde", "DURATION", "PT30M", mod="APPROX"),
            T("Mitte April", "DATE", "2024-04", mod="MID"),
            T("vergangene Woche", "DATE", "2024-W17"),
            T("Dienstag", "DATE", "2024-04-30"),
            T("Anfang Juni", "DATE", "2024-06", 0, mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Anfang Juni", "DATE", "2024-06", 1, mod="START"),
        ],
        [
            E("Estonia's foreign minister calls the jamming a hybrid attack and blames Russia", "ACCUSE", ["Russia"],
              "2024-04-29", "text", "occurred", "Tsahkna sprach am Montag"),
            E("Tallinn to summon the Russian chargé d'affaires", "ACCUSE", ["Russia"], "2024-04-30", "published",
              "planned", "Tallinn kündigte an"),
            E("Kallas accuses Moscow of wanting to spread fear with the jamming", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2024-04-30", "published", "occurred", "Regierungschefin Kaja Kallas sagte"),
            E("Kallas–Orpo phone call", "CONSULT", ["Kaja Kallas"], "2024-04-29", "text", "occurred",
              "Kallas telefonierte am Montag"),
            E("London calls the jamming of Shapps's plane near Kaliningrad reckless", "ACCUSE",
              ["United Kingdom", "Russia"], "2024-03", "context", "occurred", "Grant Shapps",
              date_mod="MID", note="14 March 2024"),
            E("Baltic foreign ministers ask the Commission to raise the jamming at ICAO", "REQUEST",
              ["European Union"], "2024-04", "text", "occurred", "forderten die EU-Kommission", date_mod="MID"),
            E("Stoltenberg accuses Russia of endangering civil aviation with the jamming", "ACCUSE",
              ["Jens Stoltenberg", "NATO", "Russia"], "2024-W17", "text", "occurred",
              "Jens Stoltenberg hatte Russland"),
            E("Peskov says he has no information on the jamming", "REJECT", ["Dmitry Peskov"], "2024-04-30", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            E("EU transport ministers to discuss the GPS jamming", "CONSULT", ["European Union"], "2024-06", "text",
              "planned", "beim Treffen der EU-Verkehrsminister", date_mod="START"),
        ],
        [
            S("Kaja Kallas", "Moscow wants to spread fear with the jamming; Estonia will not be intimidated",
              "2024-04-30", "published", "Regierungschefin Kaja Kallas sagte"),
            S("Poland", "PANSA: more than 2,000 disrupted flights in March alone", "2024-04-30", "published",
              "Die polnische Flugsicherung PANSA"),
            S("United Kingdom", "The jamming of the defence secretary's plane was reckless", "2024-03", "context",
              "Grant Shapps"),
            S("Jens Stoltenberg", "Russia endangers the safety of civil aviation with the jamming", "2024-W17",
              "text", "Jens Stoltenberg hatte Russland"),
            S("Dmitry Peskov", "Has no information about the GPS jamming", "2024-04-30", "text",
              "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            S("European Union", "Commission will raise the issue at the transport ministers' meeting in early June",
              "2024-04-30", "published", "beim Treffen der EU-Verkehrsminister"),
            S("Germany", "DFS sees no comparable situation in German airspace but watches closely", "2024-04-30",
              "published", "Die Deutsche Flugsicherung (DFS)"),
        ],
        ["Russia", "Kaja Kallas", "Poland", "United Kingdom", "European Union", "NATO", "Jens Stoltenberg", "Kremlin",
         "Dmitry Peskov", "Germany"],
    ),
    doc(
        "b85de04_drohnen_flughafen_muenchen_2025_10", "2025-10-04", DE04,
        [
            T("24 Stunden", "DURATION", "PT24H"),
            T("Donnerstagabend", "TIME", "2025-10-02TEV", 0),
            T("22.18 Uhr", "TIME", "2025-10-02T22:18", note="local time (CEST)"),
            T("Freitagmorgen", "TIME", "2025-10-03TMO"),
            T("Freitagabend", "TIME", "2025-10-03TEV"),
            T("knapp eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Dienstag", "DATE", "2025-10-07"),
            T("Freitag", "DATE", "2025-10-03", 0),
            T("Donnerstag", "DATE", "2025-10-02"),
            T("Freitag", "DATE", "2025-10-03", 1),
            T("Donnerstagabend", "TIME", "2025-10-02TEV", 1),
            T("Freitag", "DATE", "2025-10-03", 2),
            T("vergangene Woche", "DATE", "2025-W39"),
            T("Mittwoch", "DATE", "2025-10-01"),
            T("diesem Jahr", "DATE", "2025"),
            T("kommende Woche", "DATE", "2025-W41"),
        ],
        [
            E("Germany agrees an exchange with Kyiv on drone defence", "AGREE", ["Germany", "Ukraine"], "2025-10-03",
              "context", "occurred", "ein Austausch mit Kiew sei bereits vereinbart"),
            E("Merz meets Zelensky on the sidelines of the EPC summit in Copenhagen", "CONSULT",
              ["Friedrich Merz", "Volodymyr Zelensky"], "2025-10-02", "text", "occurred",
              "wo er auch Wolodymyr Selenskyj traf"),
            E("Merz suspects Russia behind many of the drone flights over Europe", "ACCUSE",
              ["Friedrich Merz", "Russia"], "2025-10-02", "text", "occurred", "wo er auch Wolodymyr Selenskyj traf"),
            E("Rutte–Merz phone call", "CONSULT", ["Mark Rutte", "Friedrich Merz"], "2025-10-03", "text", "occurred",
              "Mark Rutte telefonierte am Freitag"),
            E("Rutte assures Germany of NATO's support", "AGREE", ["Mark Rutte", "NATO", "Germany"], "2025-10-03",
              "text", "occurred", "Mark Rutte telefonierte am Freitag"),
            E("Putin mocks the drone accusations (no more drones to Copenhagen)", "REJECT", ["Vladimir Putin"],
              "2025-10-02TEV", "text", "occurred", "Kremlchef Wladimir Putin spottete"),
            E("Putin accuses the Europeans of stirring up hysteria to justify arms spending", "ACCUSE",
              ["Vladimir Putin", "European Union"], "2025-10-02TEV", "text", "occurred",
              "Kremlchef Wladimir Putin spottete"),
            E("Peskov calls the accusations against Moscow unfounded", "REJECT", ["Dmitry Peskov", "Germany"],
              "2025-10-03", "text", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("Informal EU summit in Copenhagen discusses a drone wall", "CONSULT", ["European Union"], "2025-10-01",
              "text", "occurred", "Beim informellen EU-Gipfel"),
        ],
        [
            S("Germany", "Söder: shoot down rather than wait", "2025-10-04", "published",
              "Abschießen statt abwarten"),
            S("Germany", "Herrmann: who is behind the flights is open; state actors are expressly not ruled out",
              "2025-10-04", "published", "Innenminister Joachim Herrmann"),
            S("Germany", "Dobrindt announces a joint federal and state drone defence centre", "2025-10-03", "text",
              "Bundesinnenminister Alexander Dobrindt"),
            S("Germany", "Dobrindt: Ukrainian experience will be used; an exchange with Kyiv is agreed", "2025-10-03",
              "context", "ein Austausch mit Kiew sei bereits vereinbart"),
            S("Friedrich Merz", "Drones are a serious threat; Russia is behind many of the flights over Europe",
              "2025-10-02", "text", "wo er auch Wolodymyr Selenskyj traf"),
            S("Mark Rutte", "Assures Germany of the alliance's support", "2025-10-03", "text",
              "Mark Rutte telefonierte am Freitag"),
            S("Vladimir Putin", "Will send no more drones to Copenhagen; the Europeans stir up hysteria to justify "
              "arms spending", "2025-10-02TEV", "text", "Kremlchef Wladimir Putin spottete"),
            S("Dmitry Peskov", "The accusations against Moscow are unfounded", "2025-10-03", "text",
              "Kremlsprecher Dmitri Peskow nannte"),
            S("Germany", "DFS: 172 drone disruptions at German airports this year, a record", "2025-10-04",
              "published", "Die Deutsche Flugsicherung zählte"),
        ],
        ["Germany", "Ukraine", "Friedrich Merz", "Volodymyr Zelensky", "Russia", "Mark Rutte", "NATO", "Kremlin",
         "Vladimir Putin", "Dmitry Peskov", "European Union"],
    ),
    doc(
        "b85de05_narva_bojen_estland_2024_05", "2024-05-24", DE05,
        [
            T("der Nacht auf Donnerstag", "TIME", "2024-05-22TNI", note="night to Thursday 23 May 2024"),
            T("diesem Frühjahr", "DATE", "2024-SP"),
            T("jedes Jahr", "SET", "P1Y"),
            T("diesem Jahr", "DATE", "2024"),
            T("Donnerstag", "DATE", "2024-05-23", 1),
            T("Freitag", "DATE", "2024-05-24"),
            T("Dienstag", "DATE", "2024-05-21"),
            T("Mittwoch", "DATE", "2024-05-22"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("1991", "DATE", "1991"),
            T("2014", "DATE", "2014"),
            T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        ],
        [
            E("Russian border guards remove 24 Estonian buoys from the Narva river", "COERCE", ["Russia"],
              "2024-05-22TNI", "text", "occurred", "Russische Grenzschützer haben in der Nacht"),
            E("Moscow no longer recognises the position of about half of the buoys", "REJECT", ["Russia"], "2024",
              "text", "occurred", "erkannte Moskau die Lage"),
            E("Estonia summons the Russian chargé d'affaires", "ACCUSE", ["Russia"], "2024-05-23", "text",
              "occurred", "bestellte am Donnerstag den russischen Geschäftsträger ein"),
            E("Estonia demands the immediate return of the buoys", "REQUEST", ["Russia"], "2024-05-23", "text",
              "occurred", "bestellte am Donnerstag den russischen Geschäftsträger ein"),
            E("Kallas calls the removal a border incident in a pattern of Russian provocations", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2024-05-24", "published", "occurred", "Grenzzwischenfall"),
            E("EU condemns the removal as unacceptable", "ACCUSE", ["European Union", "Russia"], "2024-05-24", "text",
              "occurred", "Die EU verurteilte das Vorgehen"),
            E("EU demands that Moscow return the buoys immediately", "REQUEST", ["European Union", "Russia"],
              "2024-05-24", "text", "occurred", "Die EU verurteilte das Vorgehen"),
            E("Russian defence ministry draft proposes redrawing the baselines of Russia's territorial waters in the "
              "Baltic", "REQUEST", ["Russia"], "2024-05-21", "context", "occurred", "Darin schlug das Ministerium vor"),
            E("Peskov: nothing political behind the draft", "REJECT", ["Dmitry Peskov"], "2024-05-24", "published",
              "occurred", "nichts Politisches"),
            E("Peskov blames the hostile stance of NATO states for the changed situation in the Baltic", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2024-05-24", "published", "occurred", "nichts Politisches"),
            E("Stubb: Russia is evidently trying to spread fear", "ACCUSE", ["Alexander Stubb", "Russia"],
              "2024-05-24", "published", "occurred", "Finnlands Präsident Alexander Stubb"),
            E("Estonia–Russia border treaty signed", "AGREE", ["Russia"], "2014", "text", "occurred",
              "ein 2014 unterzeichneter Grenzvertrag"),
            E("Kallas expected at the Ukraine peace conference on the Bürgenstock", "CONSULT", ["Kaja Kallas", "Ukraine"],
              "2024-06", "text", "planned", "Kallas wird Mitte Juni", date_mod="MID", note="15–16 June 2024"),
            E("Moscow dismisses the peace conference as pointless", "REJECT", ["Russia", "Ukraine"], "2024-05-24",
              "published", "occurred", "Moskau hatte die Konferenz ohnehin"),
        ],
        [
            S("Kaja Kallas", "A border incident that fits a pattern of Russian provocations, from GPS jamming to "
              "cyberattacks", "2024-05-24", "published", "Grenzzwischenfall"),
            S("Kaja Kallas", "Estonia will not be provoked and responds calmly", "2024-05-24", "published",
              "Man lasse sich aber nicht provozieren"),
            S("European Union", "The removal is unacceptable; Moscow must return the buoys immediately", "2024-05-24",
              "text", "Die EU verurteilte das Vorgehen"),
            S("Dmitry Peskov", "Nothing political behind the draft; the Baltic situation changed because of NATO "
              "states' hostility", "2024-05-24", "published", "nichts Politisches"),
            S("Alexander Stubb", "Helsinki will not be unsettled; Russia is trying to spread fear", "2024-05-24",
              "published", "Finnlands Präsident Alexander Stubb"),
            S("NATO", "The alliance is in close contact with Tallinn", "2024-05-24", "published",
              "Ein Sprecher der Nato sagte"),
            S("Russia", "The Bürgenstock conference is pointless", "2024-05-24", "published",
              "Moskau hatte die Konferenz ohnehin"),
        ],
        ["Russia", "Kaja Kallas", "European Union", "Kremlin", "Dmitry Peskov", "NATO", "Alexander Stubb", "Ukraine"],
    ),
    doc(
        "b85de06_litauen_artikel4_drohne_2026_03", "2026-03-12", DE06,
        [
            T("Donnerstagnachmittag", "TIME", "2026-03-12TAF"),
            T("eines halben Jahres", "DURATION", "P6M"),
            T("der Nacht zum Dienstag", "TIME", "2026-03-09TNI", note="night to Tuesday 10 March 2026"),
            T("über sechs Stunden", "DURATION", "PT6H", mod="MORE_THAN"),
            T("Mittwochabend", "TIME", "2026-03-11TEV", 0),
            T("Mittwochmittag", "TIME", "2026-03-11T12:00"),
            T("Mittwochabend", "TIME", "2026-03-11TEV", 1),
            T("Donnerstagmorgen", "TIME", "2026-03-12TMO"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2026-03-11"),
            T("Jahren", "DURATION", "PXY"),
            T("der kommenden Woche", "DATE", "2026-W12"),
            T("September vergangenen Jahres", "DATE", "2025-09"),
            T("2027", "DATE", "2027"),
        ],
        [
            E("North Atlantic Council to meet on Lithuania's Article 4 request", "CONSULT", ["NATO"],
              "2026-03-12TAF", "text", "planned", "Der Nordatlantikrat soll"),
            E("Lithuania requests Article 4 consultations", "REQUEST", ["NATO"], "2026-03-11TEV", "text", "occurred",
              "Den Antrag stellte Vilnius"),
            E("Lithuania expels a Belarusian diplomat", "SANCTION", ["Belarus"], "2026-03-11T12:00", "text",
              "occurred", "einen belarussischen Diplomaten ausgewiesen"),
            E("Lithuania closes its last two border crossings with Belarus", "SANCTION", ["Belarus"],
              "2026-03-11T12:00", "text", "occurred", "einen belarussischen Diplomaten ausgewiesen"),
            E("Lukashenko rejects any responsibility", "REJECT", ["Alexander Lukashenko"], "2026-03-12", "published",
              "occurred", "Alexander Lukaschenko wies"),
            E("Lukashenko accuses the neighbours of a provocation to justify their armament", "ACCUSE",
              ["Alexander Lukashenko"], "2026-03-12", "published", "occurred", "Alexander Lukaschenko wies"),
            E("Zakharova calls the Article 4 request anti-Russian hysteria", "ACCUSE", ["Maria Zakharova"],
              "2026-03-11TEV", "text", "occurred", "antirussische Hysterie"),
            E("Peskov: Russia has nothing to do with the incident", "REJECT", ["Dmitry Peskov"], "2026-03-12TMO",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstagmorgen"),
            E("Rutte promises that NATO will defend every inch of Lithuania", "AGREE", ["Mark Rutte", "NATO"],
              "2026-03-12", "published", "occurred", "jeden Zentimeter"),
            E("Eastern Sentry to be extended to Lithuanian airspace", "MOBILIZE", ["NATO", "Mark Rutte"], "FUTURE_REF",
              "vague", "planned", "die Mission Eastern Sentry"),
            E("Merz–Nausėda phone call", "CONSULT", ["Friedrich Merz"], "2026-03-11", "text", "occurred",
              "Bundeskanzler Friedrich Merz telefonierte"),
            E("Merz pledges to move additional Skyranger air-defence systems to Lithuania", "MOBILIZE",
              ["Friedrich Merz", "Germany"], "2026-03-11", "context", "planned",
              "Bundeskanzler Friedrich Merz telefonierte"),
            E("Tusk offers Polish fighter jets to police Lithuanian airspace", "REQUEST", ["Donald Tusk", "Poland"],
              "2026-03-12", "published", "occurred", "Polens Regierungschef Donald Tusk bot an"),
            E("Zelensky offers Vilnius drone-defence experts", "REQUEST", ["Volodymyr Zelensky", "Ukraine"],
              "2026-03-12", "published", "occurred", "bot Vilnius Fachleute"),
            E("US State Department calls on Minsk and Moscow to exercise restraint", "REQUEST",
              ["United States", "Belarus", "Russia"], "2026-03-12", "published", "occurred",
              "Das US-Außenministerium rief"),
            E("EU to expand sanctions against Belarus", "SANCTION", ["Kaja Kallas", "European Union", "Belarus"],
              "2026-W12", "text", "planned", "die Sanktionen gegen Belarus"),
            E("Poland requests Article 4 consultations after the drone incursions", "REQUEST", ["Poland", "NATO"],
              "2025-09", "text", "occurred", "Im September vergangenen Jahres", note="10 September 2025"),
            E("Germany to expand its Lithuania brigade to about 4,800 soldiers", "MOBILIZE", ["Germany"], "2027",
              "text", "planned", "Die Bundeswehr will ihre Brigade"),
        ],
        [
            S("NATO", "The North Atlantic Council will meet on Thursday afternoon", "2026-03-12", "published",
              "Der Nordatlantikrat soll"),
            S("Alexander Lukashenko", "Rejects any responsibility; the neighbours' provocation is meant to justify "
              "their armament", "2026-03-12", "published", "Alexander Lukaschenko wies"),
            S("Maria Zakharova", "The Article 4 request is anti-Russian hysteria", "2026-03-11TEV", "text",
              "antirussische Hysterie"),
            S("Dmitry Peskov", "Russia has nothing to do with the incident", "2026-03-12TMO", "text",
              "Kremlsprecher Dmitri Peskow sagte am Donnerstagmorgen"),
            S("Mark Rutte", "NATO will defend every inch of Lithuania's territory", "2026-03-12", "published",
              "jeden Zentimeter"),
            S("Mark Rutte", "Eastern Sentry will be extended to Lithuanian airspace in the coming days", "2026-03-12",
              "published", "die Mission Eastern Sentry"),
            S("Friedrich Merz", "Promises additional Skyranger air-defence systems for Lithuania", "2026-03-11",
              "context", "Bundeskanzler Friedrich Merz telefonierte"),
            S("Donald Tusk", "Poland offers fighter jets to police Lithuanian airspace", "2026-03-12", "published",
              "Polens Regierungschef Donald Tusk bot an"),
            S("Volodymyr Zelensky", "Offers drone-defence experts; Ukraine has years of experience with such drones",
              "2026-03-12", "published", "bot Vilnius Fachleute"),
            S("United States", "Calls on Minsk and Moscow to exercise restraint", "2026-03-12", "published",
              "Das US-Außenministerium rief"),
            S("Kaja Kallas", "The EU will expand its sanctions against Belarus next week", "2026-03-12", "published",
              "die Sanktionen gegen Belarus"),
        ],
        ["NATO", "Belarus", "Germany", "Alexander Lukashenko", "Maria Zakharova", "Russia", "Kremlin",
         "Dmitry Peskov", "Mark Rutte", "Friedrich Merz", "Donald Tusk", "Poland", "Volodymyr Zelensky", "Ukraine",
         "United States", "Kaja Kallas", "European Union"],
    ),
]
