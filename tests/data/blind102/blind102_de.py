"""German articles of the blind102 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b102de01 (Flug Revue)
DE01 = """
RS-28 Sarmat: Russland meldet ersten Testflug seiner neuen schweren Interkontinentalrakete

Russland hat nach eigenen Angaben erstmals seine neue schwere Interkontinentalrakete RS-28 Sarmat im vollen Flugprofil erprobt.
Die Rakete sei am Mittwoch um 15.12 Uhr Moskauer Zeit aus einem Silo auf dem Kosmodrom Plessezk im Gebiet Archangelsk gestartet, ihre Übungssprengköpfe hätten das Zielgebiet Kura auf der Halbinsel Kamtschatka erreicht, teilte das Verteidigungsministerium in Moskau mit.
Präsident Wladimir Putin sagte am Mittwochabend in einer im Fernsehen übertragenen Schalte mit der Militärführung, die Waffe werde „jene zum Nachdenken bringen, die in der Hitze aggressiver Rhetorik versuchen, unser Land zu bedrohen“.

Die Sarmat soll die ältere R-36M2 Wojewoda ablösen, die in der Nato unter dem Namen SS-18 Satan geführt wird.
Mit einer Startmasse von mehr als 200 Tonnen zählt sie zu den schwersten Flugkörpern ihrer Klasse; russische Stellen sprechen von bis zu 15 Sprengköpfen und 18.000 Kilometern Reichweite.
Unabhängig überprüfen lassen sich diese Angaben nicht.
Ursprünglich war der erste Flugtest für 2018 vorgesehen, das Programm verzögerte sich jedoch wegen Problemen mit den Triebwerken der ersten Stufe.
Roskosmos-Chef Dmitri Rogosin kündigte an, die ersten Regimenter im sibirischen Uschur sollten bis Ende des Jahres mit der neuen Rakete ausgerüstet werden.

Pentagon-Sprecher John Kirby sagte am Mittwoch in Washington, Moskau habe die Vereinigten Staaten im Rahmen des New-Start-Vertrags ordnungsgemäß vorab über den Start unterrichtet.
Der Test sei Routine und stelle keine Bedrohung für die USA oder ihre Verbündeten dar, fügte Kirby hinzu.
Die Sarmat falle unter die Obergrenzen des Abkommens, das noch bis Februar 2026 gilt.
Aus dem State Department hieß es, Washington werde sich von „unverantwortlicher nuklearer Rhetorik“ aus Moskau nicht zu Schritten verleiten lassen, die die Lage weiter verschärften.

Der Start fällt in eine Zeit wachsender Sorge vor einer nuklearen Eskalation.
Am 27. Februar hatte Putin angeordnet, die Abschreckungskräfte der Armee in „besondere Alarmbereitschaft“ zu versetzen.
Das ukrainische Außenministerium nannte den Test einen weiteren Versuch, die Welt einzuschüchtern und von den Verbrechen russischer Truppen in Butscha abzulenken.
Bundesaußenministerin Annalena Baerbock sagte am Donnerstag bei ihrem Besuch in Riga, Drohgebärden aus Moskau würden nichts daran ändern, dass Deutschland die Ukraine weiter unterstütze.

Fachleute verweisen darauf, dass die Sarmat auch als Träger für den Hyperschall-Gleitflugkörper Awangard vorgesehen ist, den Russland seit Dezember 2019 auf älteren Raketen des Typs UR-100N UTTCh einsetzt.
Ob und wann ein zweiter Testflug folgt, ließ das Ministerium offen.
Die nächste Ausgabe der Flug Revue widmet sich ausführlich den strategischen Trägersystemen Russlands und der USA.
"""

# ---------------------------------------------------------------- b102de02 (Der Prignitzer)
DE02 = """
Atomwaffen für Belarus: Moskau und Minsk besiegeln die Lagerung

Minsk/Perleberg. Russland und Belarus haben die Stationierung russischer taktischer Atomwaffen im Nachbarland Polens vertraglich geregelt.
Die Verteidigungsminister Sergej Schoigu und Viktor Chrenin unterzeichneten am Donnerstag in Minsk Dokumente über die Verwahrung der Waffen in einem eigens errichteten Lager auf belarussischem Gebiet.
Schoigu war bereits am Mittwochabend zu einem zweitägigen Besuch in der belarussischen Hauptstadt eingetroffen.
Die Kontrolle über die Waffen und die Entscheidung über ihren Einsatz verbleiben nach Schoigus Worten bei Moskau.
Der Schritt sei eine Antwort auf die „äußerst aggressiven“ Handlungen westlicher Staaten, die einen unerklärten Krieg gegen Russland und Belarus führten, sagte Schoigu.

Der belarussische Machthaber Alexander Lukaschenko sagte am selben Tag am Rande eines Gipfels der Eurasischen Wirtschaftsunion in Moskau, die Verlegung der Sprengköpfe habe bereits begonnen.
Ob die Waffen tatsächlich schon unterwegs sind, ließ der Kreml offen; Sprecher Dmitri Peskow verwies auf den Zeitplan, den Präsident Wladimir Putin Ende März genannt hatte.
Putin hatte damals angekündigt, das Lager solle bis zum 1. Juli fertiggestellt sein.
Belarussische Besatzungen werden seit Anfang April in Russland an Iskander-Raketen ausgebildet.

Die Nato verurteilte das Abkommen als „gefährlich und unverantwortlich“.
Man beobachte die Lage genau, sehe aber keinen Anlass, die eigene nukleare Aufstellung zu ändern, erklärte eine Sprecherin des Bündnisses.
US-Außenminister Antony Blinken sagte am Donnerstag in Washington, es gebe keine Anzeichen dafür, dass Russland den Einsatz von Atomwaffen vorbereite.
Zugleich warf er Moskau vor, mit der Stationierung ein weiteres Mal unverantwortlich zu handeln.
Das polnische Außenministerium forderte Minsk und Moskau auf, die Stationierung zu stoppen, und kündigte an, das Thema beim Nato-Gipfel in Vilnius im Juli zur Sprache zu bringen.
Der Sekretär des ukrainischen Sicherheitsrats, Olexij Danilow, sagte, Belarus sei damit zur „nuklearen Geisel“ des Kremls geworden.

Russland hatte Belarus bereits im vergangenen Jahr Iskander-M-Systeme übergeben, die sowohl konventionelle als auch atomare Sprengköpfe tragen können.
Im vergangenen Herbst wurden zudem belarussische Kampfflugzeuge vom Typ Su-25 mit russischer Hilfe für den Einsatz von Atomwaffen umgerüstet.
Es ist das erste Mal seit dem Zerfall der Sowjetunion, dass Moskau Atomwaffen außerhalb des eigenen Staatsgebiets lagert.

In Perleberg weckt die Nachricht Erinnerungen: Bis 1994 lag in der Stadt eine Garnison der Westgruppe der Truppen.
Die Friedensinitiative Prignitz lädt für Samstag um 11 Uhr zu einer Mahnwache auf dem Großen Markt ein.
"""

# ---------------------------------------------------------------- b102de03 (Spektrum.de)
DE03 = """
Teststoppvertrag: Duma widerruft Russlands Ratifizierung – die Messnetze bleiben wachsam

Russlands Parlament hat die Ratifizierung des Vertrags über das umfassende Verbot von Nuklearversuchen (CTBT) aufgehoben.
Die Staatsduma stimmte am Mittwoch in zweiter und dritter Lesung einstimmig mit 412 Stimmen für das entsprechende Gesetz.
Parlamentspräsident Wjatscheslaw Wolodin erklärte, Russland stelle damit lediglich Gleichheit mit den USA her, die den Vertrag nie ratifiziert hätten.
Der Föderationsrat soll kommenden Mittwoch zustimmen, danach muss Präsident Wladimir Putin das Gesetz unterzeichnen.

Putin hatte den Schritt Anfang Oktober auf dem Waldai-Forum in Sotschi ins Spiel gebracht und gesagt, Moskau könne sich „spiegelbildlich“ zu Washington verhalten.
Vizeaußenminister Sergej Rjabkow versicherte nach der Abstimmung, Russland werde erst dann einen Atomtest durchführen, wenn die USA es täten.
Die russischen Stationen des internationalen Überwachungssystems würden weiter Daten nach Wien liefern, sagte er.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, an Russlands Verpflichtungen aus dem Atomwaffensperrvertrag ändere sich nichts.

Der CTBT wurde 1996 ausgehandelt und unter anderem von Russland und den USA unterzeichnet.
Moskau ratifizierte ihn 2000, der US-Senat hatte die Ratifizierung schon 1999 abgelehnt.
In Kraft ist der Vertrag noch immer nicht, weil neben den USA auch China, Indien, Pakistan und weitere Staaten fehlen.
Die letzte sowjetische Explosion fand 1990 auf Nowaja Semlja statt, die letzte amerikanische 1992 in Nevada.

Satellitenbilder zeigten im September neue Tunnel und Zufahrten auf dem arktischen Testgelände Nowaja Semlja.
Für Fachleute ist das kein Beweis für einen bevorstehenden Versuch, wohl aber ein Zeichen, dass Russland die Bereitschaft erhält.
„Ein unterirdischer Test schon im Bereich weniger Kilotonnen würde von unseren Stationen sicher erfasst“, sagte eine Seismologin der Bundesanstalt für Geowissenschaften und Rohstoffe gegenüber Spektrum.de.
Die Organisation des Vertrags in Wien betreibt dafür mehr als 300 Seismik-, Infraschall-, Hydroakustik- und Radionuklidstationen.

Das US-Außenministerium zeigte sich „zutiefst beunruhigt“ und warf Moskau vor, die Rüstungskontrolle weiter zu untergraben.
Das Auswärtige Amt rief Russland auf, den Widerruf nicht in Kraft zu setzen und am Moratorium festzuhalten.
Ob die Technik im Ernstfall je gebraucht wird, hängt vor allem an der Politik in Moskau und Washington.
"""

# ---------------------------------------------------------------- b102de04 (Die Bundeswehr, DBwV)
DE04 = """
Moskau kündigt Moratorium für Mittelstreckenraketen auf – DBwV fordert schnellere Luftverteidigung

Berlin. Russland fühlt sich nicht länger an seinen selbst erklärten Verzicht auf die Stationierung landgestützter Mittel- und Kurzstreckenraketen gebunden.
Die Voraussetzungen für das Moratorium seien entfallen, teilte das russische Außenministerium am Montag in Moskau mit.
Als Grund nannte das Ministerium die Pläne der USA, entsprechende Waffen in Europa und im asiatisch-pazifischen Raum aufzustellen, und warf Washington vor, damit die strategische Stabilität zu gefährden.
Über Ort und Zeitpunkt eigener Stationierungen werde Moskau allein entscheiden, hieß es weiter.

Der Vizechef des russischen Sicherheitsrats, Dmitri Medwedew, machte die „antirussische Politik der Nato-Staaten“ verantwortlich und kündigte „weitere Schritte“ an.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Russland werde keine Angaben zu konkreten Standorten machen.
Erst am Freitag hatte Präsident Wladimir Putin auf der Insel Walaam nach einem Treffen mit dem belarussischen Machthaber Alexander Lukaschenko erklärt, die Serienproduktion der Mittelstreckenrakete Oreschnik habe begonnen.
Noch in diesem Jahr könne das System in Belarus stationiert werden, sagte Putin.
Am selben Tag ordnete US-Präsident Donald Trump nach einem Schlagabtausch mit Medwedew die Verlegung zweier Atom-U-Boote an.

Der INF-Vertrag, der solche Waffen seit 1987 verboten hatte, ist seit dem 2. August 2019 Geschichte.
Damals waren die USA ausgestiegen und hatten Russland vorgeworfen, mit dem Marschflugkörper 9M729 gegen das Abkommen zu verstoßen.
Moskau erklärte danach, keine solchen Raketen aufzustellen, solange die USA darauf verzichteten.
Im Juli 2024 vereinbarten Washington und Berlin, von 2026 an zeitweise amerikanische Tomahawk-Marschflugkörper, SM-6-Raketen und Hyperschallwaffen in Deutschland zu stationieren.

Verteidigungsminister Boris Pistorius nannte die Ankündigung am Dienstag „wenig überraschend“, weil Russland die 9M729 längst einsatzbereit habe.
An den deutsch-amerikanischen Plänen ändere sich nichts, sagte ein Sprecher der Bundesregierung.
Eine Nato-Sprecherin bezeichnete den Schritt als „rücksichtslos“ und versicherte, das Bündnis sei in der Lage, alle Verbündeten zu schützen.

Der Bundesvorsitzende des Deutschen BundeswehrVerbands, Oberst André Wüstner, sagte, die Entwicklung zeige, wie dringend die Truppe mehr Luftverteidigung und eigene weitreichende Waffen brauche.
„Wir reden über Vorwarnzeiten von wenigen Minuten“, sagte Wüstner.
Der Verband wird das Thema bei seiner Hauptversammlung im Herbst aufgreifen.
"""

# ---------------------------------------------------------------- b102de05 (Döbelner Allgemeine Zeitung)
DE05 = """
Oreschnik in Belarus: Lukaschenko meldet Gefechtsbereitschaft der russischen Rakete

Minsk. Die russische Mittelstreckenrakete Oreschnik ist nach Angaben aus Minsk in Belarus in Stellung gebracht worden.
Das System habe am Donnerstag den Gefechtsdienst aufgenommen, sagte Machthaber Alexander Lukaschenko bei einer Sitzung mit der Militärführung.
Es sei eine Antwort auf die Aufrüstung Polens und der baltischen Staaten an den Westgrenzen von Belarus, fügte er hinzu.
Das russische Verteidigungsministerium veröffentlichte am Abend ein Video, das Startfahrzeuge in einem verschneiten Waldgebiet zeigen soll.

Verteidigungsminister Viktor Chrenin sagte, in Belarus sollten bis zu zehn Startanlagen stationiert werden.
Die Kontrolle über die Raketen liege bei Moskau, die Auswahl der Ziele bei Minsk, behauptete Lukaschenko.
Kremlsprecher Dmitri Peskow sagte am Freitag, die Stationierung erfolge auf Grundlage des Vertrags über Sicherheitsgarantien, den Präsident Wladimir Putin und Lukaschenko vor einem Jahr in Minsk unterzeichnet hatten.

Russland hatte die Oreschnik erstmals im November 2024 gegen einen Rüstungsbetrieb in der ukrainischen Stadt Dnipro eingesetzt.
Im September übten russische und belarussische Truppen beim Manöver Sapad nach Angaben Minsks auch den Einsatz der Rakete.
Anfang August hatte Putin verkündet, die Serienproduktion habe begonnen.

Polens Außenminister Radosław Sikorski sprach am Donnerstagabend von einer „Provokation“, die an der Sicherheitslage nichts ändere.
Warschau werde seine Luftverteidigung im Osten des Landes weiter verstärken, kündigte er an.
Nato-Generalsekretär Mark Rutte sagte, das Bündnis beobachte die Lage genau und sei bereit, jeden Zentimeter seines Gebiets zu verteidigen.
Die EU-Außenbeauftragte Kaja Kallas warf Minsk vor, sich immer tiefer in Russlands Krieg verstricken zu lassen, und stellte weitere Sanktionen gegen Belarus in Aussicht.
Der ukrainische Außenminister Andrij Sybiha nannte Belarus einen „Mittäter“ der russischen Aggression und forderte, Minsk international weiter zu isolieren.

Von Belarus aus könnte die Oreschnik Ziele in ganz Europa in weniger als 15 Minuten erreichen, sagte ein Sicherheitsforscher der Universität Leipzig unserer Zeitung.
Militärisch ändere die Stationierung wenig, weil Russland solche Ziele auch vom eigenen Gebiet aus treffen könne.
Politisch aber sei sie ein Signal an Warschau und Berlin, so der Forscher.
"""

# ---------------------------------------------------------------- b102de06 (Husumer Nachrichten, sh:z)
DE06 = """
Macron bietet Europa „vorgeschobene Abschreckung“ an – Merz spricht von historischem Schritt

Paris/Husum. Frankreich will seine Atomwaffen stärker in den Dienst der europäischen Sicherheit stellen.
Präsident Emmanuel Macron kündigte am Montag auf dem U-Boot-Stützpunkt Île Longue bei Brest eine „vorgeschobene Abschreckung“ an.
Frankreich werde die Zahl seiner Sprengköpfe erstmals seit dem Ende des Kalten Krieges wieder erhöhen und könne atomwaffenfähige Rafale-Kampfflugzeuge zeitweise bei europäischen Partnern stationieren, sagte Macron.
Die Entscheidung über einen Einsatz bleibe allein beim französischen Präsidenten.

Partnerländer lud Macron ein, sich von diesem Sommer an an französischen Nuklearübungen zu beteiligen.
Mit Deutschland solle eine gemeinsame Steuerungsgruppe für strategische Fragen entstehen, die noch im März erstmals tagen werde.
Bundeskanzler Friedrich Merz begrüßte die Rede am Montagabend als „historischen Schritt“ und sagte zu, dass Deutschland sich an der Gruppe beteiligen werde.
Die französische Abschreckung ergänze den amerikanischen Schutzschirm, ersetze ihn aber nicht, betonte Merz.
Ob französische Flugzeuge auch auf dem Fliegerhorst Jagel bei Schleswig landen könnten, ließ das Verteidigungsministerium in Berlin offen.

Polens Ministerpräsident Donald Tusk schrieb auf X, Warschau sei bereit, an den Übungen teilzunehmen.
Nato-Generalsekretär Mark Rutte nannte den Vorstoß einen Beitrag zur Abschreckung des gesamten Bündnisses.
Aus dem US-Außenministerium hieß es, man sei vorab unterrichtet worden und sehe in den Plänen keinen Widerspruch zu den Zusagen Washingtons.

In Moskau stießen die Pläne auf scharfe Ablehnung.
Kremlsprecher Dmitri Peskow sagte am Dienstag, die Rede sei ein Schritt zur Eskalation, den Russland bei seiner militärischen Planung berücksichtigen werde.
Außenamtssprecherin Maria Sacharowa warf Paris vor, Europa in ein „nukleares Abenteuer“ zu treiben.

Macron hatte bereits im März 2025 angeboten, mit den europäischen Partnern über eine Rolle der französischen Abschreckung zu sprechen.
Merz hatte schon im Februar 2025, damals noch als Oppositionsführer, Gespräche mit Paris und London über eine nukleare Teilhabe gefordert.
In Schleswig-Holstein stieß die Rede auf geteiltes Echo: Während die CDU-Landtagsfraktion von einem „überfälligen Signal“ sprach, warnte die Friedensgruppe Husum vor einer neuen Rüstungsspirale.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b102de01_sarmat_testflug_2022_04", "2022-04-21", DE01,
        [
            T("Mittwoch", "DATE", "2022-04-20", 0),
            T("15.12 Uhr Moskauer Zeit", "TIME", "2022-04-20T15:12", note="Moscow time"),
            T("Mittwochabend", "TIME", "2022-04-20TEV"),
            T("2018", "DATE", "2018"),
            T("Ende des Jahres", "DATE", "2022", mod="END"),
            T("Mittwoch", "DATE", "2022-04-20", 1),
            T("Februar 2026", "DATE", "2026-02"),
            T("27. Februar", "DATE", "2022-02-27"),
            T("Donnerstag", "DATE", "2022-04-21"),
            T("Dezember 2019", "DATE", "2019-12"),
        ],
        [
            E("Putin: the Sarmat will make those who threaten Russia think twice", "THREATEN", ["Vladimir Putin"],
              "2022-04-20TEV", "text", "occurred", "jene zum Nachdenken bringen"),
            E("First Sarmat regiments in Uzhur to be equipped by the end of the year", "MOBILIZE", ["Russia"],
              "2022", "text", "planned", "Roskosmos-Chef Dmitri Rogosin kündigte an", date_mod="END"),
            E("Russia notified the United States of the launch in advance under New START", "CONSULT",
              ["Russia", "United States"], "2022-04-20", "context", "occurred", "ordnungsgemäß vorab",
              note="notice given before the launch of 20 April; Kirby spoke the same day"),
            E("State Department criticises Moscow's irresponsible nuclear rhetoric", "ACCUSE",
              ["United States", "Russia"], "2022-04-21", "published", "occurred", "unverantwortlicher nuklearer Rhetorik"),
            E("Putin ordered deterrence forces on special alert", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2022-02-27", "text", "occurred", "besondere Alarmbereitschaft"),
            E("Ukraine's foreign ministry: the test is an attempt to intimidate the world", "ACCUSE",
              ["Ukraine", "Russia"], "2022-04-21", "published", "occurred", "Das ukrainische Außenministerium nannte den Test"),
            E("Baerbock: Germany will keep supporting Ukraine despite Moscow's threats", "AGREE",
              ["Germany", "Ukraine"], "2022-04-21", "text", "occurred", "Drohgebärden aus Moskau"),
            E("Avangard glide vehicle deployed on older missiles since December 2019", "MOBILIZE", ["Russia"],
              "2019-12", "text", "occurred", "Hyperschall-Gleitflugkörper Awangard", date_mod="START"),
        ],
        [
            S("Russia", "Defence ministry: the Sarmat was launched from Plesetsk and reached the Kura range",
              "2022-04-20", "context", "teilte das Verteidigungsministerium in Moskau mit"),
            S("Vladimir Putin", "The weapon will make those who threaten Russia think", "2022-04-20TEV", "text",
              "jene zum Nachdenken bringen"),
            S("Russia", "Rogozin: first regiments to be equipped with the Sarmat by the end of the year", "2022-04-21",
              "published", "Roskosmos-Chef Dmitri Rogosin kündigte an"),
            S("United States", "Kirby: Moscow properly notified Washington under New START", "2022-04-20", "text",
              "ordnungsgemäß vorab"),
            S("United States", "Kirby: the test is routine and no threat to the US or its allies", "2022-04-20",
              "context", "Der Test sei Routine"),
            S("United States", "Kirby: the Sarmat falls under the treaty's limits", "2022-04-20", "context",
              "Die Sarmat falle unter die Obergrenzen"),
            S("United States", "State Department: Washington will not be provoked by irresponsible nuclear rhetoric",
              "2022-04-21", "published", "unverantwortlicher nuklearer Rhetorik"),
            S("Ukraine", "Foreign ministry: the test is an attempt to intimidate and distract from Bucha",
              "2022-04-21", "published", "Das ukrainische Außenministerium nannte den Test"),
            S("Germany", "Baerbock: threats from Moscow will not change Germany's support for Ukraine", "2022-04-21",
              "text", "Drohgebärden aus Moskau"),
        ],
        ["Vladimir Putin", "Russia", "NATO", "United States", "Ukraine", "Germany"],
    ),
    doc(
        "b102de02_belarus_atomwaffenlager_2023_05", "2023-05-26", DE02,
        [
            T("Donnerstag", "DATE", "2023-05-25", 0),
            T("Mittwochabend", "TIME", "2023-05-24TEV"),
            T("selben Tag", "DATE", "2023-05-25"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("1. Juli", "DATE", "2023-07-01"),
            T("Anfang April", "DATE", "2023-04", mod="START"),
            T("Donnerstag", "DATE", "2023-05-25", 1),
            T("Juli", "DATE", "2023-07", 1),
            T("vergangenen Jahr", "DATE", "2022"),
            T("vergangenen Herbst", "DATE", "2022-FA"),
            T("1994", "DATE", "1994"),
            T("Samstag", "DATE", "2023-05-27"),
            T("11 Uhr", "TIME", "2023-05-27T11:00", note="local time (CEST)"),
        ],
        [
            E("Shoigu and Khrenin sign documents on storing Russian tactical nuclear weapons in Belarus", "AGREE",
              ["Russia", "Belarus"], "2023-05-25", "text", "occurred", "unterzeichneten am Donnerstag in Minsk"),
            E("Shoigu arrives in Minsk for a two-day visit", "CONSULT", ["Russia", "Belarus"], "2023-05-24TEV",
              "text", "occurred", "zweitägigen Besuch", note="visit 24-25 May 2023"),
            E("Shoigu: the deployment answers the West's aggressive actions", "ACCUSE", ["Russia"], "2023-05-25",
              "context", "occurred", "äußerst aggressiven"),
            E("Lukashenko: the transfer of the warheads has begun", "MOBILIZE",
              ["Alexander Lukashenko", "Russia", "Belarus"], "2023-05-25", "context", "uncertain",
              "Verlegung der Sprengköpfe", note="start of the transfer claimed by Lukashenko on 25 May, not confirmed"),
            E("Storage facility in Belarus to be completed by 1 July", "MOBILIZE",
              ["Vladimir Putin", "Russia", "Belarus"], "2023-07-01", "text", "planned", "bis zum 1. Juli"),
            E("Belarusian crews trained on Iskander missiles in Russia since early April", "MOBILIZE",
              ["Russia", "Belarus"], "2023-04", "text", "occurred", "Belarussische Besatzungen", date_mod="START"),
            E("NATO condemns the agreement as dangerous and irresponsible", "ACCUSE", ["NATO", "Russia", "Belarus"],
              "2023-05-26", "published", "occurred", "gefährlich und unverantwortlich"),
            E("Blinken accuses Moscow of acting irresponsibly", "ACCUSE", ["Antony Blinken", "Russia"], "2023-05-25",
              "context", "occurred", "Zugleich warf er Moskau vor"),
            E("Poland calls on Minsk and Moscow to stop the deployment", "REQUEST", ["Poland", "Belarus", "Russia"],
              "2023-05-26", "published", "occurred", "Das polnische Außenministerium forderte"),
            E("NATO summit in Vilnius in July, where Poland will raise the issue", "CONSULT", ["NATO", "Poland"],
              "2023-07", "text", "planned", "Das polnische Außenministerium forderte"),
            E("Danilov: Belarus has become the Kremlin's nuclear hostage", "ACCUSE", ["Ukraine", "Kremlin", "Belarus"],
              "2023-05-26", "published", "occurred", "nuklearen Geisel"),
            E("Russia handed Iskander-M systems to Belarus last year", "AID", ["Russia", "Belarus"], "2022", "text",
              "occurred", "Iskander-M-Systeme übergeben"),
            E("Belarusian Su-25 jets converted for nuclear weapons with Russian help", "MOBILIZE",
              ["Russia", "Belarus"], "2022-FA", "text", "occurred", "Su-25"),
        ],
        [
            S("Russia", "Shoigu: control and the decision on use remain with Moscow", "2023-05-25", "context",
              "Die Kontrolle über die Waffen"),
            S("Russia", "Shoigu: the step answers the West's extremely aggressive actions", "2023-05-25", "context",
              "äußerst aggressiven"),
            S("Alexander Lukashenko", "The transfer of the warheads has already begun", "2023-05-25", "text",
              "Verlegung der Sprengköpfe"),
            S("Dmitry Peskov", "Refers to Putin's timetable, leaves the transfer open", "2023-05-26", "published",
              "Sprecher Dmitri Peskow verwies"),
            S("Vladimir Putin", "The storage facility is to be completed by 1 July", "2023-03", "text",
              "bis zum 1. Juli"),
            S("NATO", "The agreement is dangerous and irresponsible", "2023-05-26", "published",
              "gefährlich und unverantwortlich"),
            S("NATO", "Watching closely, no reason to change NATO's nuclear posture", "2023-05-26", "published",
              "Man beobachte die Lage"),
            S("Antony Blinken", "No signs that Russia is preparing to use nuclear weapons", "2023-05-25", "text",
              "keine Anzeichen dafür"),
            S("Antony Blinken", "Moscow is acting irresponsibly once again", "2023-05-25", "context",
              "Zugleich warf er Moskau vor"),
            S("Poland", "Minsk and Moscow must stop the deployment; the issue goes to the Vilnius summit",
              "2023-05-26", "published", "Das polnische Außenministerium forderte"),
            S("Ukraine", "Danilov: Belarus has become the Kremlin's nuclear hostage", "2023-05-26", "published",
              "nuklearen Geisel"),
        ],
        ["Russia", "Belarus", "Poland", "Alexander Lukashenko", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "NATO",
         "Antony Blinken", "United States", "Ukraine"],
    ),
    doc(
        "b102de03_duma_teststoppvertrag_2023_10", "2023-10-19", DE03,
        [
            T("Mittwoch", "DATE", "2023-10-18", 0),
            T("kommenden Mittwoch", "DATE", "2023-10-25"),
            T("Anfang Oktober", "DATE", "2023-10", mod="START"),
            T("Donnerstag", "DATE", "2023-10-19"),
            T("1996", "DATE", "1996"),
            T("2000", "DATE", "2000"),
            T("1999", "DATE", "1999"),
            T("1990", "DATE", "1990"),
            T("1992", "DATE", "1992"),
            T("September", "DATE", "2023-09"),
        ],
        [
            E("State Duma votes to revoke Russia's ratification of the CTBT", "SANCTION", ["Russia"], "2023-10-18",
              "text", "occurred", "Die Staatsduma stimmte am Mittwoch"),
            E("Federation Council to approve the revocation next Wednesday", "SANCTION", ["Russia"], "2023-10-25",
              "text", "planned", "Der Föderationsrat soll"),
            E("Putin to sign the revocation law", "SANCTION", ["Vladimir Putin", "Russia"], "2023-10-19", "published",
              "planned", "Der Föderationsrat soll", note="signed on 2 November 2023"),
            E("Putin at Valdai: Moscow could mirror Washington on the test ban", "THREATEN",
              ["Vladimir Putin", "United States"], "2023-10", "text", "occurred", "Waldai-Forum", date_mod="START",
              note="Valdai speech of 5 October 2023"),
            E("Ryabkov: Russia will test only if the United States does", "THREATEN", ["Russia", "United States"],
              "2023-10-18", "context", "occurred", "wenn die USA es täten"),
            E("Russia and the United States signed the CTBT in 1996", "AGREE", ["Russia", "United States"], "1996",
              "text", "occurred", "Der CTBT wurde 1996 ausgehandelt"),
            E("Russia ratified the CTBT in 2000", "AGREE", ["Russia"], "2000", "text", "occurred",
              "Moskau ratifizierte ihn 2000"),
            E("US Senate rejected ratification in 1999", "REJECT", ["United States"], "1999", "text", "occurred",
              "Moskau ratifizierte ihn 2000"),
            E("Satellite images show new tunnels at the Novaya Zemlya test site", "MOBILIZE", ["Russia"], "2023-09",
              "text", "occurred", "Satellitenbilder zeigten im September"),
            E("State Department accuses Moscow of undermining arms control", "ACCUSE", ["United States", "Russia"],
              "2023-10-19", "published", "occurred", "zutiefst beunruhigt"),
            E("Foreign Office calls on Russia not to enact the revocation and keep the moratorium", "REQUEST",
              ["Germany", "Russia"], "2023-10-19", "published", "occurred", "Das Auswärtige Amt rief Russland auf"),
        ],
        [
            S("Russia", "Volodin: Russia only restores parity with the US, which never ratified", "2023-10-18",
              "context", "Parlamentspräsident Wjatscheslaw Wolodin"),
            S("Vladimir Putin", "Moscow could act as a mirror image of Washington", "2023-10", "text",
              "Waldai-Forum"),
            S("Russia", "Ryabkov: Russia will test only if the US does", "2023-10-18", "context",
              "wenn die USA es täten"),
            S("Russia", "Ryabkov: Russian monitoring stations will keep sending data to Vienna", "2023-10-18",
              "context", "Die russischen Stationen"),
            S("Dmitry Peskov", "Russia's obligations under the NPT are unchanged", "2023-10-19", "text",
              "Kremlsprecher Dmitri Peskow"),
            S("United States", "Deeply troubled; Moscow is undermining arms control", "2023-10-19", "published",
              "zutiefst beunruhigt"),
            S("Germany", "Foreign Office: Russia should not enact the revocation and keep the moratorium",
              "2023-10-19", "published", "Das Auswärtige Amt rief Russland auf"),
        ],
        ["Russia", "United States", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "China", "Germany"],
    ),
    doc(
        "b102de04_moratorium_mittelstrecken_2025_08", "2025-08-05", DE04,
        [
            T("Montag", "DATE", "2025-08-04"),
            T("Dienstag", "DATE", "2025-08-05", 0),
            T("Freitag", "DATE", "2025-08-01"),
            T("diesem Jahr", "DATE", "2025"),
            T("selben Tag", "DATE", "2025-08-01"),
            T("1987", "DATE", "1987"),
            T("dem 2. August 2019", "DATE", "2019-08-02"),
            T("Juli 2024", "DATE", "2024-07"),
            T("2026", "DATE", "2026"),
            T("Dienstag", "DATE", "2025-08-05", 1),
            T("wenigen Minuten", "DURATION", "PTXM"),
            T("Herbst", "DATE", "2025-FA"),
        ],
        [
            E("Russia no longer bound by its moratorium on deploying intermediate- and shorter-range missiles",
              "SANCTION", ["Russia", "United States"], "2025-08-04", "text", "occurred",
              "Die Voraussetzungen für das Moratorium"),
            E("Russian foreign ministry accuses Washington of endangering strategic stability", "ACCUSE",
              ["Russia", "United States"], "2025-08-04", "context", "occurred", "Als Grund nannte das Ministerium"),
            E("Medvedev blames the NATO states' anti-Russian policy", "ACCUSE", ["Russia", "NATO"], "2025-08-05",
              "published", "occurred", "antirussische Politik"),
            E("Medvedev announces further steps", "THREATEN", ["Russia", "NATO"], "2025-08-05", "published",
              "occurred", "antirussische Politik"),
            E("Putin meets Lukashenko on Valaam", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
              "2025-08-01", "text", "occurred", "auf der Insel Walaam"),
            E("Serial production of the Oreshnik has begun", "MOBILIZE", ["Vladimir Putin", "Russia"], "2025-08-01",
              "context", "occurred", "auf der Insel Walaam"),
            E("Oreshnik could be deployed in Belarus this year", "MOBILIZE", ["Russia", "Belarus"], "2025", "text",
              "planned", "Noch in diesem Jahr"),
            E("Trump orders two nuclear submarines repositioned", "MOBILIZE", ["Donald Trump", "United States"],
              "2025-08-01", "text", "occurred", "Verlegung zweier Atom-U-Boote"),
            E("The United States left the INF Treaty", "SANCTION", ["United States", "Russia"], "2019-08-02",
              "context", "occurred", "Damals waren die USA ausgestiegen"),
            E("The United States accused Russia of violating the INF Treaty with the 9M729", "ACCUSE",
              ["United States", "Russia"], "2019-08-02", "context", "occurred", "Damals waren die USA ausgestiegen"),
            E("Moscow pledged not to deploy such missiles", "AGREE", ["Russia", "United States"], "2019", "context",
              "occurred", "Moskau erklärte danach", note="moratorium declared after the INF Treaty ended in 2019"),
            E("Condition of the moratorium: the United States refrains from deploying", "REQUEST",
              ["Russia", "United States"], "2019", "context", "occurred", "Moskau erklärte danach"),
            E("Washington and Berlin agree on US long-range weapons in Germany", "AGREE",
              ["United States", "Germany"], "2024-07", "text", "occurred", "Im Juli 2024 vereinbarten"),
            E("Temporary deployment of US long-range weapons in Germany from 2026", "MOBILIZE",
              ["United States", "Germany"], "2026", "text", "planned", "Im Juli 2024 vereinbarten",
              date_mod="START"),
            E("Pistorius: Russia has long had the 9M729 ready", "ACCUSE", ["Germany", "Russia"], "2025-08-05", "text",
              "occurred", "wenig überraschend"),
            E("NATO calls Russia's step reckless", "ACCUSE", ["NATO", "Russia"], "2025-08-05", "published",
              "occurred", "rücksichtslos"),
        ],
        [
            S("Russia", "Foreign ministry: the conditions for the moratorium no longer exist", "2025-08-04", "text",
              "Die Voraussetzungen für das Moratorium"),
            S("Russia", "Foreign ministry: US deployment plans endanger strategic stability", "2025-08-04",
              "context", "Als Grund nannte das Ministerium"),
            S("Russia", "Moscow alone will decide where and when to deploy", "2025-08-04", "context",
              "Über Ort und Zeitpunkt"),
            S("Russia", "Medvedev: NATO's anti-Russian policy is to blame; further steps will follow", "2025-08-05",
              "published", "antirussische Politik"),
            S("Dmitry Peskov", "Russia will give no details of locations", "2025-08-05", "text",
              "Kremlsprecher Dmitri Peskow"),
            S("Vladimir Putin", "Serial production of the Oreshnik has begun", "2025-08-01", "text",
              "auf der Insel Walaam"),
            S("Vladimir Putin", "The Oreshnik could be deployed in Belarus this year", "2025-08-01", "context",
              "Noch in diesem Jahr"),
            S("Germany", "Pistorius: hardly surprising, Russia has long had the 9M729", "2025-08-05", "text",
              "wenig überraschend"),
            S("Germany", "Government spokesman: nothing changes in the German-American plans", "2025-08-05",
              "published", "An den deutsch-amerikanischen Plänen"),
            S("NATO", "Russia's step is reckless; NATO can protect all allies", "2025-08-05", "published",
              "rücksichtslos"),
        ],
        ["Russia", "United States", "NATO", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Alexander Lukashenko",
         "Belarus", "Donald Trump", "Germany"],
    ),
    doc(
        "b102de05_oreschnik_belarus_2025_12", "2025-12-19", DE05,
        [
            T("Donnerstag", "DATE", "2025-12-18"),
            T("Abend", "TIME", "2025-12-18TEV"),
            T("Freitag", "DATE", "2025-12-19"),
            T("vor einem Jahr", "DATE", "2024"),
            T("November 2024", "DATE", "2024-11"),
            T("September", "DATE", "2025-09"),
            T("Anfang August", "DATE", "2025-08", mod="START"),
            T("Donnerstagabend", "TIME", "2025-12-18TEV"),
            T("weniger als 15 Minuten", "DURATION", "PT15M", mod="LESS_THAN"),
        ],
        [
            E("Lukashenko: the Oreshnik in Belarus has taken up combat duty", "MOBILIZE",
              ["Alexander Lukashenko", "Russia", "Belarus"], "2025-12-18", "text", "occurred",
              "den Gefechtsdienst aufgenommen"),
            E("Lukashenko: the deployment answers the build-up of Poland and the Baltic states", "ACCUSE",
              ["Alexander Lukashenko", "Poland"], "2025-12-18", "context", "occurred", "Aufrüstung Polens"),
            E("Up to ten Oreshnik launchers to be stationed in Belarus", "MOBILIZE", ["Belarus", "Russia"],
              "2025-12-19", "published", "planned", "bis zu zehn Startanlagen"),
            E("Putin and Lukashenko signed the security-guarantees treaty a year ago", "AGREE",
              ["Vladimir Putin", "Alexander Lukashenko"], "2024", "text", "occurred", "Vertrags über Sicherheitsgarantien",
              note="signed in Minsk on 6 December 2024"),
            E("Russia used the Oreshnik against an arms plant in Dnipro", "ASSAULT", ["Russia", "Ukraine"], "2024-11",
              "text", "occurred", "gegen einen Rüstungsbetrieb", note="strike of 21 November 2024"),
            E("Russian and Belarusian troops practised the Oreshnik's use in the Zapad exercise", "MOBILIZE",
              ["Russia", "Belarus"], "2025-09", "text", "occurred", "beim Manöver Sapad"),
            E("Putin announced serial production of the Oreshnik", "MOBILIZE", ["Vladimir Putin", "Russia"], "2025-08",
              "text", "occurred", "die Serienproduktion habe begonnen", date_mod="START"),
            E("Sikorski calls the deployment a provocation", "ACCUSE", ["Poland", "Russia", "Belarus"],
              "2025-12-18TEV", "text", "occurred", "Provokation"),
            E("Poland to reinforce its air defence in the east", "MOBILIZE", ["Poland"], "2025-12-18TEV", "context",
              "planned", "Warschau werde seine Luftverteidigung"),
            E("Kallas accuses Minsk of being drawn deeper into Russia's war", "ACCUSE", ["Kaja Kallas", "Belarus"],
              "2025-12-19", "published", "occurred", "Die EU-Außenbeauftragte Kaja Kallas warf Minsk vor"),
            E("Kallas holds out further sanctions against Belarus", "THREATEN", ["Kaja Kallas", "Belarus"],
              "2025-12-19", "published", "occurred", "Die EU-Außenbeauftragte Kaja Kallas warf Minsk vor"),
            E("Sybiha calls Belarus an accomplice of Russian aggression", "ACCUSE", ["Andrii Sybiha", "Belarus"],
              "2025-12-19", "published", "occurred", "Mittäter"),
            E("Sybiha calls for Minsk to be further isolated", "REQUEST", ["Andrii Sybiha", "Belarus"], "2025-12-19",
              "published", "occurred", "Mittäter"),
        ],
        [
            S("Alexander Lukashenko", "The Oreshnik has taken up combat duty in Belarus", "2025-12-18", "text",
              "den Gefechtsdienst aufgenommen"),
            S("Alexander Lukashenko", "It is a response to the build-up of Poland and the Baltic states",
              "2025-12-18", "context", "Aufrüstung Polens"),
            S("Belarus", "Khrenin: up to ten launchers are to be stationed in Belarus", "2025-12-19", "published",
              "bis zu zehn Startanlagen"),
            S("Alexander Lukashenko", "Moscow controls the missiles, Minsk chooses the targets", "2025-12-18",
              "context", "die Auswahl der Ziele bei Minsk"),
            S("Dmitry Peskov", "The deployment is based on the security-guarantees treaty", "2025-12-19", "text",
              "Kremlsprecher Dmitri Peskow"),
            S("Vladimir Putin", "Serial production of the Oreshnik has begun", "2025-08", "text",
              "die Serienproduktion habe begonnen"),
            S("Poland", "Sikorski: a provocation that changes nothing about the security situation",
              "2025-12-18TEV", "text", "Provokation"),
            S("Poland", "Sikorski: Warsaw will further strengthen its air defence in the east", "2025-12-18TEV",
              "context", "Warschau werde seine Luftverteidigung"),
            S("Mark Rutte", "NATO is watching closely and ready to defend every inch of its territory", "2025-12-19",
              "published", "jeden Zentimeter"),
            S("Kaja Kallas", "Minsk is being drawn deeper into Russia's war; more sanctions possible", "2025-12-19",
              "published", "Die EU-Außenbeauftragte Kaja Kallas warf Minsk vor"),
            S("Andrii Sybiha", "Belarus is an accomplice of Russian aggression and must be isolated", "2025-12-19",
              "published", "Mittäter"),
        ],
        ["Russia", "Belarus", "Alexander Lukashenko", "Poland", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Ukraine", "NATO", "Mark Rutte", "European Union", "Kaja Kallas", "Andrii Sybiha", "Germany"],
    ),
    doc(
        "b102de06_macron_abschreckung_2026_03", "2026-03-03", DE06,
        [
            T("Montag", "DATE", "2026-03-02"),
            T("diesem Sommer", "DATE", "2026-SU"),
            T("März", "DATE", "2026-03", 0),
            T("Montagabend", "TIME", "2026-03-02TEV"),
            T("Dienstag", "DATE", "2026-03-03"),
            T("März 2025", "DATE", "2025-03"),
            T("Februar 2025", "DATE", "2025-02"),
        ],
        [
            E("Macron announces an 'advanced deterrence' for Europe", "THREATEN", ["Emmanuel Macron", "France"],
              "2026-03-02", "text", "occurred", "Präsident Emmanuel Macron kündigte"),
            E("France to increase the number of its warheads", "MOBILIZE", ["France"], "2026-03-02", "context",
              "planned", "Zahl seiner Sprengköpfe"),
            E("France could station nuclear-capable Rafale jets with European partners", "MOBILIZE", ["France"],
              "2026-03-02", "context", "uncertain", "Zahl seiner Sprengköpfe"),
            E("Macron invites partner countries to join French nuclear exercises", "REQUEST", ["Emmanuel Macron"],
              "2026-03-02", "context", "occurred", "Partnerländer lud Macron ein"),
            E("Franco-German steering group on strategic questions to meet for the first time in March", "CONSULT",
              ["France", "Germany"], "2026-03", "text", "planned", "Steuerungsgruppe"),
            E("Merz welcomes the speech as a historic step", "SUPPORT", ["Friedrich Merz", "Emmanuel Macron"],
              "2026-03-02TEV", "text", "occurred", "historischen Schritt"),
            E("Merz commits Germany to the steering group", "AGREE", ["Friedrich Merz", "Emmanuel Macron"],
              "2026-03-02TEV", "text", "occurred", "historischen Schritt"),
            E("Tusk: Warsaw ready to take part in the exercises", "AGREE", ["Donald Tusk", "France"], "2026-03-03",
              "published", "occurred", "Warschau sei bereit"),
            E("Rutte calls the initiative a contribution to NATO's deterrence", "SUPPORT", ["Mark Rutte", "France"],
              "2026-03-03", "published", "occurred", "Beitrag zur Abschreckung"),
            E("France informed the United States in advance", "CONSULT", ["France", "United States"], "2026-03-02",
              "context", "occurred", "vorab unterrichtet", note="informed before the speech of 2 March"),
            E("Peskov calls the speech a step towards escalation", "ACCUSE", ["Dmitry Peskov", "France"],
              "2026-03-03", "text", "occurred", "Schritt zur Eskalation"),
            E("Peskov: Russia will take the plans into account in its military planning", "THREATEN",
              ["Dmitry Peskov", "France"], "2026-03-03", "text", "occurred", "Schritt zur Eskalation"),
            E("Zakharova accuses Paris of driving Europe into a nuclear adventure", "ACCUSE",
              ["Maria Zakharova", "France"], "2026-03-03", "published", "occurred", "nukleares Abenteuer"),
            E("Macron offered talks on a European role for French deterrence", "REQUEST", ["Emmanuel Macron"],
              "2025-03", "text", "occurred", "bereits im März 2025 angeboten"),
            E("Merz called for talks with Paris and London on nuclear sharing", "REQUEST",
              ["Friedrich Merz", "France", "United Kingdom"], "2025-02", "text", "occurred", "im Februar 2025"),
        ],
        [
            S("Emmanuel Macron", "Announces an 'advanced deterrence'", "2026-03-02", "text",
              "Präsident Emmanuel Macron kündigte"),
            S("Emmanuel Macron", "France will raise its warhead numbers and could station Rafale jets with partners",
              "2026-03-02", "context", "Zahl seiner Sprengköpfe"),
            S("Emmanuel Macron", "The decision on use remains with the French president alone", "2026-03-02",
              "context", "Die Entscheidung über einen Einsatz"),
            S("Emmanuel Macron", "Invites partners to French nuclear exercises from this summer", "2026-03-02",
              "context", "Partnerländer lud Macron ein"),
            S("Emmanuel Macron", "A joint steering group with Germany will meet in March", "2026-03-02", "context",
              "Steuerungsgruppe"),
            S("Friedrich Merz", "A historic step; Germany will join the group", "2026-03-02TEV", "text",
              "historischen Schritt"),
            S("Friedrich Merz", "French deterrence complements but does not replace the US umbrella",
              "2026-03-02TEV", "context", "ersetze ihn aber nicht"),
            S("Donald Tusk", "Warsaw is ready to take part in the exercises", "2026-03-03", "published",
              "Warschau sei bereit"),
            S("Mark Rutte", "A contribution to the deterrence of the whole alliance", "2026-03-03", "published",
              "Beitrag zur Abschreckung"),
            S("United States", "Informed in advance; no contradiction with Washington's commitments", "2026-03-03",
              "published", "vorab unterrichtet"),
            S("Dmitry Peskov", "A step towards escalation that Russia will factor into its military planning",
              "2026-03-03", "text", "Schritt zur Eskalation"),
            S("Maria Zakharova", "Paris is driving Europe into a nuclear adventure", "2026-03-03", "published",
              "nukleares Abenteuer"),
        ],
        ["France", "Emmanuel Macron", "Germany", "Friedrich Merz", "Poland", "Donald Tusk", "NATO", "Mark Rutte",
         "United States", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United Kingdom"],
    ),
]
