"""German articles of the blind63 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b63de01 (Nordsee-Zeitung, Bremerhaven)
DE01 = """
Nach dem Untergang der „Moskwa“: Moskau droht Kiew, Europas Häfen schließen sich für russische Schiffe

Bremerhaven/Kiew. Der Verlust ihres Flaggschiffs trifft die russische Schwarzmeerflotte mitten im Krieg gegen die Ukraine.
Der Raketenkreuzer „Moskwa“ ist nach Angaben des Verteidigungsministeriums in Moskau am Donnerstagabend gesunken, als er bei stürmischer See in einen Hafen geschleppt werden sollte.
Zuvor habe ein Brand Munition an Bord zur Explosion gebracht, die Besatzung sei in Sicherheit gebracht worden, hieß es aus dem Ministerium.
Von einem Angriff war in der Moskauer Darstellung keine Rede.

Die Ukraine beansprucht den Treffer dagegen für sich.
Zwei Anti-Schiffs-Raketen vom Typ „Neptun“ hätten den Kreuzer in der Nacht zum Donnerstag rund 100 Kilometer südlich von Odessa getroffen, erklärte die Militärverwaltung der Region.
Präsident Wolodymyr Selenskyj sprach in seiner Videobotschaft am Donnerstagabend von „russischen Kriegsschiffen, die auf den Grund gegangen sind“, ohne die „Moskwa“ beim Namen zu nennen.
Das Pentagon bestätigte am Freitag, der Kreuzer sei von zwei Raketen getroffen worden; ein Sprecher hatte am Vortag noch erklärt, die Ursache der Explosion sei unklar.

Moskau reagierte mit einer Drohung.
Das russische Verteidigungsministerium kündigte am Donnerstag an, Zahl und Ausmaß der Raketenangriffe auf Ziele in Kiew zu erhöhen, und begründete dies mit angeblichen ukrainischen „Sabotageakten“ auf russischem Gebiet.
In der Nacht zum Freitag wurde nach Angaben aus Moskau eine Rüstungsfabrik am Stadtrand von Kiew mit seegestützten Marschflugkörpern beschossen.
Kremlsprecher Dmitri Peskow verwies bei Fragen nach dem Schicksal der rund 500 Seeleute auf das Verteidigungsministerium; Präsident Wladimir Putin sei über den Vorfall unterrichtet worden.
Nach einem Bericht der „Washington Post“ hatte Moskau den USA zu Wochenbeginn in einer diplomatischen Note mit „unvorhersehbaren Folgen“ gedroht, sollten sie weiter Waffen an die Ukraine liefern.
US-Präsident Joe Biden hatte am Mittwoch ein weiteres Militärpaket über 800 Millionen Dollar angekündigt, das erstmals auch unbemannte Küstenschutzboote umfasst.

Ersatz aus dem Mittelmeer kann Russland nicht ins Schwarze Meer schicken.
Die Türkei hatte Ende Februar den Bosporus und die Dardanellen nach dem Vertrag von Montreux für Kriegsschiffe der Kriegsparteien gesperrt.
Der türkische Präsident Recep Tayyip Erdoğan bot in einem Telefonat mit Selenskyj am Donnerstag erneut an, Gespräche zwischen Moskau und Kiew in Istanbul auszurichten.

Auch an der Weser sind die Folgen des Krieges zu spüren.
Von Samstag an dürfen Schiffe unter russischer Flagge keine Häfen in der EU mehr anlaufen; so sieht es das fünfte Sanktionspaket vor, das die EU-Staaten vergangene Woche beschlossen haben.
In Bremerhaven betrifft das Verbot nach Angaben der Hafengesellschaft Bremenports nur eine Handvoll Anläufe, vor allem von Autotransportern.
Sorgen macht der Branche eher das Schicksal von rund 100 ausländischen Frachtern, die seit Kriegsbeginn in ukrainischen Häfen festsitzen, darunter nach Angaben des Verbands Deutscher Reeder zwei Schiffe deutscher Eigner.
Der Verband forderte die Bundesregierung auf, sich für einen sicheren Seekorridor für die Besatzungen einzusetzen.
"""

# ---------------------------------------------------------------- b63de02 (top agrar)
DE02 = """
Seedrohnen vor Noworossijsk: Weizen zieht an, Ankara wirbt für einen neuen Getreidedeal

Der Krieg im Schwarzen Meer erreicht die russischen Exporthäfen.
In der Nacht zum Freitag haben ukrainische Seedrohnen nach russischen Angaben den Marinestützpunkt Noworossijsk angegriffen, über den auch ein großer Teil der russischen Weizenexporte läuft.
Das Verteidigungsministerium in Moskau erklärte, zwei unbemannte Boote seien zerstört worden; auf Videos war jedoch das Landungsschiff „Olenegorski Gornjak“ mit deutlicher Schlagseite zu sehen.
Eine Quelle im ukrainischen Geheimdienst SBU bestätigte der Nachrichtenagentur AFP den Einsatz.
Der Umschlag im Hafen ruhte für einige Stunden.

Nur einen Tag später traf es ein ziviles Schiff.
In der Nacht zum Samstag wurde der russische Tanker „Sig“ in der Straße von Kertsch von einer Seedrohne getroffen, wie die russische Seeverkehrsbehörde mitteilte.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach von einem „terroristischen Akt“, der nicht unbeantwortet bleiben werde.
Präsidentenberater Mychajlo Podoljak nannte die Schwarzmeerflotte dagegen ein legitimes Ziel, solange Russland die ukrainischen Häfen blockiere.
Kiew hatte bereits am 21. Juli erklärt, Schiffe auf dem Weg in russische Schwarzmeerhäfen könnten als militärische Ziele gelten.
Es war die Antwort auf eine Warnung Moskaus vom Vortag, alle Frachter mit Kurs auf ukrainische Häfen als mögliche Träger militärischer Fracht zu betrachten.

An den Terminmärkten sorgten die Meldungen für Nervosität.
Der Weizenkontrakt für September legte an der Euronext in Paris am Freitag zeitweise um knapp 3 % auf 240 €/t zu, in Chicago stiegen die Notierungen ähnlich kräftig.
Händler befürchten, dass die Kriegsrisikoprämien für Fahrten nach Noworossijsk steigen und russische Verladungen ins Stocken geraten.
Seit Russland am 17. Juli das Getreideabkommen verlassen hat, greifen russische Drohnen und Raketen fast täglich ukrainische Häfen an, zuletzt am Mittwoch den Donauhafen Ismajil.

Die Türkei will den Deal retten.
Präsident Recep Tayyip Erdoğan sagte am Freitag, er erwarte Kremlchef Wladimir Putin noch im August zu einem Besuch und wolle mit ihm über eine Wiederbelebung des Abkommens sprechen.
Kremlsprecher Dmitri Peskow erklärte dagegen, konkrete Pläne für eine Reise in die Türkei gebe es bislang nicht.
Moskau verlangt für eine Rückkehr unter anderem, dass die staatliche Landwirtschaftsbank Rosselchosbank wieder an das Zahlungssystem Swift angeschlossen wird.
UN-Generalsekretär António Guterres hatte Putin Mitte Juli in einem Brief vorgeschlagen, die Bank über eine Tochtergesellschaft anzubinden.
Ebenfalls am Samstag begannen im saudischen Dschidda Beratungen von Vertretern aus rund 40 Staaten über Wege zu einem Frieden in der Ukraine; Russland war nicht eingeladen.

Für die Versorgung in Deutschland erwarten Analysten vorerst keine Engpässe, zumal die Ernte in der EU in diesem Jahr ordentlich ausfällt.
Wer Weizen noch nicht vermarktet hat, sollte die Kurse in den kommenden Tagen aber genau beobachten, rät ein Marktexperte der Landwirtschaftskammer.
"""

# ---------------------------------------------------------------- b63de03 (Dithmarscher Landeszeitung)
DE03 = """
Ankara stoppt britische Minenjäger für die Ukraine

Heide/Ankara. Die Türkei lässt zwei Minenjagdboote, die Großbritannien der ukrainischen Marine überlassen will, nicht ins Schwarze Meer.
Solange der Krieg andauere, werde Ankara den Booten die Durchfahrt durch den Bosporus und die Dardanellen nicht gestatten, teilte das türkische Kommunikationsdirektorat am Dienstag mit.
Man habe die Verbündeten darüber unterrichtet.
Die Türkei halte sich strikt an den Vertrag von Montreux, der Kriegsschiffen kriegführender Staaten die Passage verwehrt, sofern sie nicht in ihre Heimathäfen zurückkehren.

London hatte die Übergabe der beiden Boote der Sandown-Klasse Mitte Dezember angekündigt.
Sie sollen helfen, die Seewege vor Odessa von Minen zu räumen, über die seit dem Ende des Getreideabkommens der ukrainische Exportkorridor führt.
Das britische Verteidigungsministerium erklärte, man respektiere die Entscheidung Ankaras; die Boote blieben vorerst in Schottland, wo ukrainische Besatzungen seit dem Sommer ausgebildet werden.
Die ukrainische Marine zeigte sich enttäuscht, will die Ausbildung aber fortsetzen.
Über den Korridor seien seit August mehr als 300 Schiffe ausgelaufen, sagte ein Marinesprecher in Kiew.

Treibminen bleiben dennoch eine Gefahr: In der vergangenen Woche lief ein Frachter unter panamaischer Flagge vor Odessa auf eine Mine, zwei Seeleute wurden verletzt.
Die Türkei, Rumänien und Bulgarien wollen nach Angaben aus Ankara noch in diesem Monat ein Abkommen über einen gemeinsamen Minenabwehrverband im Schwarzen Meer unterzeichnen.
Nato-Generalsekretär Jens Stoltenberg hatte Ankara im Dezember für seine Rolle bei der Sicherung der Schifffahrt gelobt.

Moskau begrüßte die türkische Entscheidung.
Außenamtssprecherin Maria Sacharowa sagte, die Lieferung hätte den Konflikt nur weiter angeheizt; London wolle das Schwarze Meer in ein „Nato-Binnenmeer“ verwandeln.
Russland hatte die Ukraine am Dienstag erneut mit einem massiven Raketenangriff überzogen, vor allem auf Kiew und Charkiw; nach ukrainischen Angaben wurden mindestens fünf Menschen getötet.
Präsident Wolodymyr Selenskyj forderte die Verbündeten am Abend auf, rasch weitere Flugabwehrsysteme zu liefern.

In Schleswig-Holstein, wo die Minenjagdboote der Deutschen Marine in Kiel stationiert sind, wird die Debatte aufmerksam verfolgt.
Verteidigungsminister Boris Pistorius hatte bei einem Besuch des 3. Minensuchgeschwaders im Dezember in Aussicht gestellt, dass sich Deutschland nach einem Kriegsende an der Minenräumung im Schwarzen Meer beteiligen könnte.
Konkrete Planungen gebe es dafür bislang nicht, sagte ein Sprecher der Marine unserer Zeitung.
Auf dem Weg in die Nordsee passieren die Boote regelmäßig die Schleusen in Brunsbüttel.
"""

# ---------------------------------------------------------------- b63de04 (HANSA International Maritime Journal)
DE04 = """
Seedrohnen treffen Schattenflotten-Tanker vor der türkischen Küste – Ankara warnt vor Eskalation

Zwei Tanker der russischen Schattenflotte sind am Wochenende vor der türkischen Schwarzmeerküste von Explosionen erschüttert worden.
Die unter der Flagge Gambias fahrende „Kairos“ geriet am Freitagabend rund 28 Seemeilen vor der Küste in Brand, als sie ohne Ladung auf dem Weg nach Noworossijsk war.
Die „Virat“ wurde in der Nacht zum Samstag weiter östlich getroffen und nach Angaben des türkischen Verkehrsministeriums am Samstagmorgen ein zweites Mal.
Die türkische Küstenwache brachte die insgesamt 45 Besatzungsmitglieder in Sicherheit.

Eine Quelle im ukrainischen Geheimdienst SBU sagte ukrainischen Medien, es seien Seedrohnen vom Typ „Sea Baby“ eingesetzt worden; beide Tanker hätten sanktioniertes russisches Öl transportiert.
Beide Schiffe stehen seit dem 19. Sanktionspaket vom Oktober auf der Schattenflotten-Liste der EU.
Das Außenministerium in Kiew erklärte am Sonntag, die Schattenflotte gefährde die Sicherheit und die Umwelt im gesamten Schwarzen Meer, die Verantwortung dafür trage allein Moskau.
Am Samstag beschädigte eine Seedrohne zudem eine Verladeboje des Kaspischen Pipelinekonsortiums vor Noworossijsk, über das vor allem kasachisches Öl exportiert wird.

Ankara reagierte ungewöhnlich scharf.
Die Angriffe in der ausschließlichen Wirtschaftszone der Türkei seien eine „besorgniserregende Eskalation“, die Schifffahrt, Menschenleben und Umwelt gefährde, erklärte das Außenministerium am Samstag.
Außenminister Hakan Fidan telefonierte noch am selben Tag mit seinem ukrainischen Kollegen Andrij Sybiha und rief beide Kriegsparteien zur Zurückhaltung auf.
Präsident Recep Tayyip Erdoğan sagte am Montag, die Türkei werde Angriffe vor ihren Küsten „nicht hinnehmen“, und bot erneut an, Gespräche über die Sicherheit der Schifffahrt in Istanbul auszurichten.
Kremlsprecher Dmitri Peskow sprach am Montag von „Terrorakten“, die nicht ohne Antwort bleiben würden.

Die Angriffe fallen in eine Phase intensiver Diplomatie.
Am Sonntag beriet der ukrainische Chefunterhändler Rustem Umjerow in Florida mit US-Außenminister Marco Rubio und dem Sondergesandten Steve Witkoff über den amerikanischen Friedensplan; Rubio sprach anschließend von „produktiven“ Gesprächen.
Witkoff wird am Dienstag in Moskau zu einem Treffen mit Präsident Wladimir Putin erwartet.

Für Reeder und Versicherer verschärft sich die Lage.
Die Kriegsrisikoprämien für Fahrten in russische Schwarzmeerhäfen haben sich nach Angaben von Maklern binnen einer Woche auf rund 1 % des Schiffswerts verdoppelt.
Einige griechische Reedereien haben Anläufe in Noworossijsk vorerst ausgesetzt.
Der Verband Deutscher Reeder verwies darauf, dass Schiffe unter deutscher Flagge ohnehin keine russischen Häfen mehr anlaufen, warnte aber vor Folgen für den gesamten Verkehr durch den Bosporus.
"""

# ---------------------------------------------------------------- b63de05 (Versicherungsmonitor)
DE05 = """
Seedrohne trifft Getreidefrachter vor Rumänien – Londoner Markt weitet Kriegsrisiko-Zone aus

Hamburg/Bukarest. Der Angriff auf einen voll beladenen Massengutfrachter vor dem Donaudelta verschärft die Lage im Schwarzmeer-Geschäft der Transportversicherer.
Die unter maltesischer Flagge fahrende „Aegean Dawn“ eines griechischen Eigners war in der Nacht zum Dienstag rund 20 Seemeilen östlich von Sulina von einer Seedrohne getroffen worden, zwei Besatzungsmitglieder wurden verletzt.
Das Schiff hatte knapp 60.000 Tonnen ukrainischen Mais geladen und erreichte am Dienstag aus eigener Kraft den Hafen Constanța.

Kiew macht Russland verantwortlich.
Ein Sprecher der ukrainischen Marine sagte, Moskau setze erstmals eigene Seedrohnen gegen zivile Schiffe ein.
Präsident Wolodymyr Selenskyj sprach am Dienstagabend von „Terror auf See“ und forderte die Partner auf, die Luftabwehr der Häfen und die Küstenverteidigung rasch zu verstärken.
Das russische Verteidigungsministerium wies jede Beteiligung zurück.
Außenamtssprecherin Maria Sacharowa warf Kiew eine „inszenierte Provokation“ vor, mit der die Nato in den Krieg hineingezogen werden solle.

Nato-Generalsekretär Mark Rutte verurteilte den Angriff am Dienstag als „rücksichtsloses“ Vorgehen Russlands.
Das Bündnis werde die Überwachung im westlichen Schwarzen Meer im Rahmen von „Eastern Sentry“ in den kommenden Tagen ausweiten, kündigte er an.
Die EU-Außenbeauftragte Kaja Kallas erklärte, wer zivile Schiffe angreife, müsse mit weiteren Sanktionen rechnen.
Der türkische Außenminister Hakan Fidan bot an, Anfang April in Istanbul technische Gespräche über ein Moratorium für Angriffe auf die Handelsschifffahrt auszurichten.
Kiew sagte am Mittwoch seine Teilnahme zu.
Kremlsprecher Dmitri Peskow sagte, Moskau sei grundsätzlich zu Gesprächen bereit, ein Moratorium komme aber nur infrage, wenn die Sanktionen gegen russische Agrarexporte gelockert würden.

Am Londoner Markt reagierte das Joint War Committee (JWC) am Mittwoch: Es erweiterte die sogenannten Listed Areas um die rumänischen Gewässer vor dem Donaudelta.
Für Reisen in ukrainische Häfen verlangen Versicherer nach Angaben von Maklern derzeit bis zu 1,5 % des Kaskowerts für sieben Tage, vor dem Angriff waren es rund 0,8 %.
Ein Hamburger Transportversicherer sagte, man zeichne Deckungen für Fahrten ins westliche Schwarze Meer vorerst nur noch im Einzelfall.
Seit Jahresbeginn sind im Schwarzen Meer nach Zählung von Maklern bereits sieben Handelsschiffe beschädigt worden.
"""

# ---------------------------------------------------------------- b63de06 (Westfalen-Blatt)
DE06 = """
Türkische Fregatten geleiten Getreidefrachter – auch Futtermais für Ostwestfalen hängt am Schwarzen Meer

Istanbul/Rheda-Wiedenbrück (WB). Erstmals seit Beginn des Krieges hat die türkische Marine Frachter mit ukrainischem Getreide durch das Schwarze Meer begleitet.
Zwei Fregatten und eine Korvette eskortierten am Dienstag sechs Massengutschiffe vom Rand der türkischen Wirtschaftszone bis zur Einfahrt in den Bosporus, teilte das Verteidigungsministerium in Ankara mit.
Zwischenfälle habe es nicht gegeben.
Präsident Recep Tayyip Erdoğan hatte den Begleitschutz am Montag vergangener Woche angekündigt, nachdem die zweitägigen Gespräche über ein Moratorium für Angriffe auf die Handelsschifffahrt Anfang April in Istanbul ohne Ergebnis geblieben waren.
Künftig sollen wöchentlich Konvois fahren.

Der ukrainische Präsident Wolodymyr Selenskyj dankte Erdoğan am Dienstagabend in einem Telefonat.
Er bat zugleich darum, den Schutz bis in ukrainische Gewässer auszudehnen.
Außenminister Hakan Fidan lehnte das am Mittwoch ab: Die Türkei werde nicht Kriegspartei, die Begleitung ende an der Grenze der eigenen Wirtschaftszone.
Nato-Generalsekretär Mark Rutte begrüßte den Schritt als „wichtigen Beitrag zur Freiheit der Meere“.
Auch das US-Außenministerium lobte die Eskorten und kündigte an, Washington werde der türkischen Marine Aufklärungsdaten zur Verfügung stellen.

Moskau reagierte verärgert.
Kremlsprecher Dmitri Peskow warnte Ankara davor, Schiffe zu schützen, die „militärische Fracht“ an Bord haben könnten.
Außenamtssprecherin Maria Sacharowa warf der Türkei vor, ihre Rolle als Vermittlerin aufs Spiel zu setzen.
In der Nacht zum Mittwoch griffen russische Drohnen erneut den Hafen Piwdennyj bei Odessa an; nach ukrainischen Angaben brannte ein Getreidesilo.

Aufmerksam verfolgt wird die Entwicklung auch in Ostwestfalen.
Ein Mischfutterhersteller aus Rheda-Wiedenbrück bezieht nach eigenen Angaben rund ein Drittel seines Maises aus der Ukraine.
„Fehlen die Schiffe aus Odessa, merken wir das sofort am Preis“, sagte der Geschäftsführer unserer Zeitung.
Der Kreisverband Gütersloh des Landwirtschaftsverbandes rechnet damit, dass sich die Futterpreise bis zur Ernte im Sommer stabilisieren.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b63de01_moskwa_untergang_haefen_2022_04", "2022-04-15", DE01,
        [
            T("Donnerstagabend", "TIME", "2022-04-14TEV", 0),
            T("der Nacht zum Donnerstag", "TIME", "2022-04-13TNI", note="night of 13 to 14 April 2022"),
            T("Donnerstagabend", "TIME", "2022-04-14TEV", 1),
            T("Freitag", "DATE", "2022-04-15", 0),
            T("Vortag", "DATE", "2022-04-14"),
            T("Donnerstag", "DATE", "2022-04-14", 1),
            T("der Nacht zum Freitag", "TIME", "2022-04-14TNI", note="night of 14 to 15 April 2022"),
            T("Wochenbeginn", "DATE", "2022-W15", mod="START"),
            T("Mittwoch", "DATE", "2022-04-13"),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
            T("Donnerstag", "DATE", "2022-04-14", 2),
            T("Samstag", "DATE", "2022-04-16"),
            T("vergangene Woche", "DATE", "2022-W14"),
        ],
        [
            E("Ukraine hits the cruiser Moskva with two Neptune missiles", "ASSAULT", ["Ukraine", "Russia"],
              "2022-04-13TNI", "text", "occurred", "Zwei Anti-Schiffs-Raketen"),
            E("Russia announces more and larger missile strikes on targets in Kyiv", "THREATEN", ["Russia", "Ukraine"],
              "2022-04-14", "text", "occurred", "Zahl und Ausmaß der Raketenangriffe"),
            E("Russia accuses Ukraine of sabotage attacks on Russian territory", "ACCUSE", ["Russia", "Ukraine"],
              "2022-04-14", "text", "occurred", "Zahl und Ausmaß der Raketenangriffe"),
            E("Russian cruise missiles hit an arms factory on the outskirts of Kyiv", "ASSAULT", ["Russia", "Ukraine"],
              "2022-04-14TNI", "text", "occurred", "eine Rüstungsfabrik am Stadtrand"),
            E("Moscow warns Washington of unpredictable consequences of further arms deliveries", "THREATEN",
              ["Russia", "United States"], "2022-W15", "text", "occurred", "in einer diplomatischen Note",
              date_mod="START"),
            E("Biden announces an 800 million dollar military package for Ukraine", "AID", ["Joe Biden", "Ukraine"],
              "2022-04-13", "text", "occurred", "ein weiteres Militärpaket über 800 Millionen Dollar"),
            E("Turkey closes the straits to warships of the warring parties", "SANCTION",
              ["Turkey", "Russia", "Ukraine"], "2022-02", "text", "occurred", "Die Türkei hatte Ende Februar",
              date_mod="END", note="announced 28 February 2022"),
            E("Erdoğan–Zelensky phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2022-04-14",
              "text", "occurred", "bot in einem Telefonat mit Selenskyj"),
            E("Erdoğan offers again to host Russia–Ukraine talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-04-14", "context", "occurred",
              "bot in einem Telefonat mit Selenskyj"),
            E("EU ban on Russian-flagged ships in EU ports takes effect", "SANCTION", ["European Union", "Russia"],
              "2022-04-16", "text", "planned", "Von Samstag an dürfen Schiffe"),
            E("EU states adopt the fifth sanctions package", "SANCTION", ["European Union", "Russia"], "2022-W14",
              "text", "occurred", "Von Samstag an dürfen Schiffe", note="adopted on 8 April 2022"),
            E("German shipowners ask the government to push for a safe sea corridor", "REQUEST", ["Germany"],
              "2022-04-15", "published", "occurred", "Der Verband forderte die Bundesregierung auf"),
        ],
        [
            S("Russia", "Defence ministry: the Moskva sank on Thursday evening while being towed in a storm",
              "2022-04-15", "published", "Der Raketenkreuzer „Moskwa“ ist nach Angaben"),
            S("Russia", "A fire detonated ammunition on board; the crew was evacuated", "2022-04-15", "published",
              "Zuvor habe ein Brand Munition"),
            S("Ukraine", "Kyiv claims the hit on the Moskva", "2022-04-15", "published",
              "Die Ukraine beansprucht den Treffer"),
            S("Ukraine", "Odesa military administration: two Neptune missiles hit the cruiser", "2022-04-15",
              "published", "Zwei Anti-Schiffs-Raketen"),
            S("Volodymyr Zelensky", "Speaks of Russian warships that went to the bottom", "2022-04-14TEV", "text",
              "sprach in seiner Videobotschaft"),
            S("United States", "Pentagon: the cruiser was hit by two missiles", "2022-04-15", "text",
              "Das Pentagon bestätigte am Freitag"),
            S("United States", "Pentagon spokesman: the cause of the explosion is unclear", "2022-04-14", "text",
              "Das Pentagon bestätigte am Freitag"),
            S("Russia", "Moscow responds with a threat", "2022-04-15", "published", "Moskau reagierte mit einer Drohung."),
            S("Russia", "Defence ministry will step up missile strikes on Kyiv in response to Ukrainian sabotage",
              "2022-04-14", "text", "Zahl und Ausmaß der Raketenangriffe"),
            S("Russia", "An arms factory near Kyiv was hit with sea-launched cruise missiles", "2022-04-15",
              "published", "eine Rüstungsfabrik am Stadtrand"),
            S("Dmitry Peskov", "Refers questions on the sailors to the defence ministry; Putin has been informed",
              "2022-04-15", "published", "Kremlsprecher Dmitri Peskow verwies"),
            S("Russia", "Diplomatic note warns the US of unpredictable consequences of arms deliveries", "2022-W15",
              "text", "in einer diplomatischen Note"),
            S("Recep Tayyip Erdoğan", "Offers again to host talks between Moscow and Kyiv in Istanbul", "2022-04-14",
              "context", "bot in einem Telefonat mit Selenskyj"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "United States", "Dmitry Peskov", "Kremlin", "Vladimir Putin",
         "Joe Biden", "Turkey", "Recep Tayyip Erdoğan", "European Union", "Germany"],
    ),
    doc(
        "b63de02_noworossijsk_seedrohnen_weizen_2023_08", "2023-08-05", DE02,
        [
            T("der Nacht zum Freitag", "TIME", "2023-08-03TNI", note="night of 3 to 4 August 2023"),
            T("einige Stunden", "DURATION", "PTXH"),
            T("der Nacht zum Samstag", "TIME", "2023-08-04TNI", note="night of 4 to 5 August 2023"),
            T("21. Juli", "DATE", "2023-07-21"),
            T("Vortag", "DATE", "2023-07-20"),
            T("September", "DATE", "2023-09", note="contract month"),
            T("Freitag", "DATE", "2023-08-04", 1),
            T("17. Juli", "DATE", "2023-07-17"),
            T("fast täglich", "SET", "P1D", mod="APPROX"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2023-08-02"),
            T("Freitag", "DATE", "2023-08-04", 2),
            T("August", "DATE", "2023-08"),
            T("Mitte Juli", "DATE", "2023-07", mod="MID"),
            T("Samstag", "DATE", "2023-08-05", 1),
            T("diesem Jahr", "DATE", "2023"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ukrainian sea drones attack the naval base of Novorossiysk", "ASSAULT", ["Ukraine", "Russia"],
              "2023-08-03TNI", "text", "occurred", "haben ukrainische Seedrohnen"),
            E("Sea drone hits the Russian tanker Sig in the Kerch Strait", "ASSAULT", ["Ukraine", "Russia"],
              "2023-08-04TNI", "text", "occurred", "der russische Tanker „Sig“"),
            E("Zakharova calls the attack a terrorist act", "ACCUSE", ["Maria Zakharova", "Ukraine"], "2023-08-05",
              "published", "occurred", "terroristischen Akt"),
            E("Zakharova: the attack will not go unanswered", "THREATEN", ["Maria Zakharova", "Ukraine"],
              "2023-08-05", "published", "occurred", "terroristischen Akt"),
            E("Podolyak calls the Black Sea Fleet a legitimate target", "THREATEN", ["Ukraine", "Russia"],
              "2023-08-05", "published", "occurred", "Podoljak nannte die Schwarzmeerflotte"),
            E("Kyiv warns that ships bound for Russian Black Sea ports may be treated as military targets",
              "THREATEN", ["Ukraine", "Russia"], "2023-07-21", "text", "occurred", "Kiew hatte bereits am 21. Juli"),
            E("Moscow warns it will treat all ships bound for Ukrainian ports as potential military cargo carriers",
              "THREATEN", ["Russia", "Ukraine"], "2023-07-20", "text", "occurred", "eine Warnung Moskaus vom Vortag"),
            E("Russia quits the grain deal", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text", "occurred",
              "Seit Russland am 17. Juli"),
            E("Russian drones and missiles strike Ukrainian ports almost daily since the exit", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07-17", "text", "occurred", "Seit Russland am 17. Juli",
              date_mod="START"),
            E("Russian strike on the Danube port of Izmail", "ASSAULT", ["Russia", "Ukraine"], "2023-08-02", "text",
              "occurred", "Seit Russland am 17. Juli"),
            E("Putin expected in Turkey for a visit in August", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2023-08", "text", "planned", "er erwarte Kremlchef Wladimir Putin"),
            E("Moscow demands Rosselkhozbank be reconnected to SWIFT as a condition for returning to the deal",
              "REQUEST", ["Russia"], "2023-08-05", "published", "occurred", "Moskau verlangt für eine Rückkehr"),
            E("Guterres proposes to Putin connecting the bank through a subsidiary", "REQUEST",
              ["António Guterres", "Vladimir Putin"], "2023-07", "text", "occurred", "in einem Brief vorgeschlagen",
              date_mod="MID"),
            E("Talks of about 40 states on peace in Ukraine open in Jeddah", "CONSULT", ["Saudi Arabia", "Ukraine"],
              "2023-08-05", "text", "occurred", "im saudischen Dschidda"),
        ],
        [
            S("Russia", "Ukrainian sea drones attacked Novorossiysk", "2023-08-05", "published",
              "haben ukrainische Seedrohnen"),
            S("Russia", "Defence ministry: two unmanned boats were destroyed", "2023-08-05", "published",
              "zwei unbemannte Boote seien zerstört worden"),
            S("Ukraine", "SBU source confirms the operation", "2023-08-05", "published",
              "Eine Quelle im ukrainischen Geheimdienst"),
            S("Russia", "Maritime agency: the tanker Sig was hit by a sea drone", "2023-08-05", "published",
              "der russische Tanker „Sig“"),
            S("Maria Zakharova", "A terrorist act that will not go unanswered", "2023-08-05", "published",
              "terroristischen Akt"),
            S("Ukraine", "Podolyak: the Black Sea Fleet is a legitimate target while Russia blockades Ukrainian ports",
              "2023-08-05", "published", "Podoljak nannte die Schwarzmeerflotte"),
            S("Ukraine", "Ships bound for Russian Black Sea ports may be considered military targets", "2023-07-21",
              "text", "Kiew hatte bereits am 21. Juli"),
            S("Russia", "All ships bound for Ukrainian ports are potential carriers of military cargo", "2023-07-20",
              "text", "eine Warnung Moskaus vom Vortag"),
            S("Recep Tayyip Erdoğan", "Expects Putin in August and wants to discuss reviving the deal", "2023-08-04",
              "text", "er erwarte Kremlchef Wladimir Putin"),
            S("Dmitry Peskov", "There are no concrete plans for a trip to Turkey yet", "2023-08-04", "context",
              "Kremlsprecher Dmitri Peskow erklärte dagegen"),
            S("Russia", "Demands Rosselkhozbank be reconnected to SWIFT", "2023-08-05", "published",
              "Moskau verlangt für eine Rückkehr"),
            S("António Guterres", "Proposes connecting the bank through a subsidiary", "2023-07", "text",
              "in einem Brief vorgeschlagen"),
        ],
        ["Ukraine", "Russia", "Maria Zakharova", "Turkey", "Recep Tayyip Erdoğan", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "António Guterres", "United Nations", "Saudi Arabia"],
    ),
    doc(
        "b63de03_tuerkei_stoppt_minenjaeger_2024_01", "2024-01-03", DE03,
        [
            T("Dienstag", "DATE", "2024-01-02", 0),
            T("Mitte Dezember", "DATE", "2023-12", mod="MID"),
            T("dem Sommer", "DATE", "2023-SU"),
            T("August", "DATE", "2023-08"),
            T("der vergangenen Woche", "DATE", "2023-W52"),
            T("diesem Monat", "DATE", "2024-01"),
            T("Dezember", "DATE", "2023-12", 1),
            T("Dienstag", "DATE", "2024-01-02", 1),
            T("Abend", "TIME", "2024-01-02TEV"),
            T("Dezember", "DATE", "2023-12", 2),
        ],
        [
            E("Turkey refuses the British minehunters passage through the straits while the war lasts", "REJECT",
              ["Turkey", "United Kingdom", "Ukraine"], "2024-01-02", "text", "occurred",
              "werde Ankara den Booten die Durchfahrt"),
            E("Britain announces the handover of two Sandown-class minehunters to Ukraine", "AID",
              ["United Kingdom", "Ukraine"], "2023-12", "text", "occurred", "London hatte die Übergabe",
              date_mod="MID"),
            E("Ukrainian crews trained in Scotland since the summer", "COOPERATE", ["United Kingdom", "Ukraine"],
              "2023-SU", "text", "occurred", "man respektiere die Entscheidung Ankaras", date_mod="START"),
            E("Turkey, Romania and Bulgaria to sign a mine countermeasures agreement this month", "AGREE", ["Turkey"],
              "2024-01", "text", "planned", "Minenabwehrverband"),
            E("Stoltenberg praises Turkey for securing Black Sea shipping", "SUPPORT", ["Jens Stoltenberg", "Turkey"],
              "2023-12", "text", "occurred", "Nato-Generalsekretär Jens Stoltenberg hatte Ankara"),
            E("Moscow welcomes Turkey's decision", "SUPPORT", ["Russia", "Turkey"], "2024-01-03", "published",
              "occurred", "Moskau begrüßte die türkische Entscheidung."),
            E("Zakharova accuses London of wanting to turn the Black Sea into a NATO inland sea", "ACCUSE",
              ["Maria Zakharova", "United Kingdom"], "2024-01-03", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa sagte"),
            E("Massive Russian missile attack on Kyiv and Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2024-01-02",
              "text", "occurred", "mit einem massiven Raketenangriff"),
            E("Zelensky asks the allies for more air defence systems", "REQUEST", ["Volodymyr Zelensky"],
              "2024-01-02TEV", "text", "occurred", "forderte die Verbündeten am Abend auf"),
            E("Pistorius holds out the prospect of German help with mine clearance after the war", "COOPERATE",
              ["Germany", "Ukraine"], "2023-12", "text", "uncertain", "Verteidigungsminister Boris Pistorius hatte"),
        ],
        [
            S("Turkey", "Ankara will not let the minehunters through the straits while the war lasts", "2024-01-02",
              "text", "werde Ankara den Booten die Durchfahrt"),
            S("Turkey", "The allies have been informed", "2024-01-02", "context",
              "Man habe die Verbündeten darüber unterrichtet."),
            S("Turkey", "Turkey strictly adheres to the Montreux Convention", "2024-01-02", "context",
              "Die Türkei halte sich strikt"),
            S("United Kingdom", "Respects Ankara's decision; the boats remain in Scotland", "2024-01-03", "published",
              "man respektiere die Entscheidung Ankaras"),
            S("Ukraine", "The navy is disappointed but will continue the training", "2024-01-03", "published",
              "Die ukrainische Marine zeigte sich enttäuscht"),
            S("Ukraine", "Navy spokesman: more than 300 ships have left through the corridor since August",
              "2024-01-03", "published", "sagte ein Marinesprecher in Kiew"),
            S("Turkey", "Turkey, Romania and Bulgaria will sign a mine countermeasures agreement this month",
              "2024-01-03", "published", "Minenabwehrverband"),
            S("Jens Stoltenberg", "Praises Turkey's role in securing shipping", "2023-12", "text",
              "Nato-Generalsekretär Jens Stoltenberg hatte Ankara"),
            S("Russia", "Moscow welcomes Turkey's decision", "2024-01-03", "published",
              "Moskau begrüßte die türkische Entscheidung."),
            S("Maria Zakharova", "The delivery would have fuelled the conflict; London wants a NATO inland sea",
              "2024-01-03", "published", "Außenamtssprecherin Maria Sacharowa sagte"),
            S("Ukraine", "At least five people were killed in the missile attack", "2024-01-03", "published",
              "mit einem massiven Raketenangriff"),
            S("Volodymyr Zelensky", "Calls on the allies to deliver more air defence quickly", "2024-01-02TEV",
              "text", "forderte die Verbündeten am Abend auf"),
            S("Germany", "Pistorius: Germany could take part in mine clearance after the war", "2023-12", "text",
              "Verteidigungsminister Boris Pistorius hatte"),
            S("Germany", "Navy spokesman: there are no concrete plans yet", "2024-01-03", "published",
              "Konkrete Planungen gebe es dafür bislang nicht"),
        ],
        ["Turkey", "United Kingdom", "Ukraine", "NATO", "Jens Stoltenberg", "Russia", "Maria Zakharova",
         "Volodymyr Zelensky", "Germany"],
    ),
    doc(
        "b63de04_tanker_tuerkische_kueste_2025_12", "2025-12-01", DE04,
        [
            T("Wochenende", "DATE", "2025-W48-WE"),
            T("Freitagabend", "TIME", "2025-11-28TEV"),
            T("der Nacht zum Samstag", "TIME", "2025-11-28TNI", note="night of 28 to 29 November 2025"),
            T("Samstagmorgen", "TIME", "2025-11-29TMO"),
            T("Oktober", "DATE", "2025-10"),
            T("Sonntag", "DATE", "2025-11-30", 0),
            T("Samstag", "DATE", "2025-11-29", 1),
            T("Samstag", "DATE", "2025-11-29", 2),
            T("selben Tag", "DATE", "2025-11-29"),
            T("Montag", "DATE", "2025-12-01", 0),
            T("Montag", "DATE", "2025-12-01", 1),
            T("Sonntag", "DATE", "2025-11-30", 1),
            T("Dienstag", "DATE", "2025-12-02"),
            T("einer Woche", "DURATION", "P1W"),
        ],
        [
            E("Sea-drone attack sets the shadow-fleet tanker Kairos on fire off the Turkish coast", "ASSAULT",
              ["Ukraine", "Russia"], "2025-11-28TEV", "text", "occurred", "geriet am Freitagabend"),
            E("Tanker Virat hit overnight", "ASSAULT", ["Ukraine", "Russia"], "2025-11-28TNI", "text", "occurred",
              "Die „Virat“ wurde in der Nacht"),
            E("Tanker Virat hit a second time", "ASSAULT", ["Ukraine", "Russia"], "2025-11-29TMO", "text",
              "occurred", "Die „Virat“ wurde in der Nacht"),
            E("EU lists both tankers in its 19th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2025-10", "text", "occurred", "seit dem 19. Sanktionspaket", note="adopted 23 October 2025"),
            E("Kyiv blames Moscow's shadow fleet for endangering the Black Sea", "ACCUSE", ["Ukraine", "Russia"],
              "2025-11-30", "text", "occurred", "Das Außenministerium in Kiew erklärte am Sonntag"),
            E("Sea drone damages a CPC loading buoy off Novorossiysk", "ASSAULT", ["Ukraine", "Russia"], "2025-11-29",
              "text", "occurred", "eine Verladeboje"),
            E("Turkey condemns the attacks in its economic zone as a worrying escalation", "ACCUSE", ["Turkey"],
              "2025-11-29", "text", "occurred", "besorgniserregende Eskalation"),
            E("Fidan–Sybiha phone call", "CONSULT", ["Hakan Fidan", "Andrii Sybiha"], "2025-11-29", "text",
              "occurred", "telefonierte noch am selben Tag"),
            E("Fidan calls on both warring parties to show restraint", "REQUEST", ["Hakan Fidan", "Russia", "Ukraine"],
              "2025-11-29", "text", "occurred", "telefonierte noch am selben Tag"),
            E("Erdoğan warns that Turkey will not accept attacks off its coast", "REQUEST", ["Recep Tayyip Erdoğan"],
              "2025-12-01", "text", "occurred", "nicht hinnehmen"),
            E("Erdoğan offers to host talks on shipping safety in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-12-01", "text", "occurred", "nicht hinnehmen"),
            E("Peskov calls the attacks terrorist acts", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-12-01", "text",
              "occurred", "Terrorakten"),
            E("Peskov: the attacks will not remain unanswered", "THREATEN", ["Dmitry Peskov", "Ukraine"], "2025-12-01",
              "text", "occurred", "Terrorakten"),
            E("Umerov meets Rubio and Witkoff in Florida on the US peace plan", "CONSULT",
              ["Rustem Umerov", "Marco Rubio", "Steve Witkoff"], "2025-11-30", "text", "occurred",
              "Am Sonntag beriet der ukrainische Chefunterhändler"),
            E("Witkoff expected in Moscow to meet Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-12-02",
              "text", "planned", "Witkoff wird am Dienstag in Moskau"),
        ],
        [
            S("Turkey", "Transport ministry: the Virat was hit a second time on Saturday morning", "2025-12-01",
              "published", "Die „Virat“ wurde in der Nacht"),
            S("Ukraine", "SBU source: Sea Baby drones were used; both tankers carried sanctioned Russian oil",
              "2025-12-01", "published", "Eine Quelle im ukrainischen Geheimdienst"),
            S("Ukraine", "The shadow fleet endangers the whole Black Sea; Moscow alone is responsible", "2025-11-30",
              "text", "Das Außenministerium in Kiew erklärte am Sonntag"),
            S("Turkey", "Ankara reacted unusually sharply", "2025-12-01", "published",
              "Ankara reagierte ungewöhnlich scharf."),
            S("Turkey", "The attacks in Turkey's economic zone are a worrying escalation", "2025-11-29", "text",
              "besorgniserregende Eskalation"),
            S("Hakan Fidan", "Calls on both warring parties to show restraint", "2025-11-29", "text",
              "telefonierte noch am selben Tag"),
            S("Recep Tayyip Erdoğan", "Turkey will not accept attacks off its coast; offers Istanbul talks on shipping",
              "2025-12-01", "text", "nicht hinnehmen"),
            S("Dmitry Peskov", "Terrorist acts that will not remain unanswered", "2025-12-01", "text", "Terrorakten"),
            S("Marco Rubio", "The talks with the Ukrainian delegation were productive", "2025-11-30", "context",
              "Am Sonntag beriet der ukrainische Chefunterhändler"),
        ],
        ["Russia", "Ukraine", "Turkey", "European Union", "Hakan Fidan", "Andrii Sybiha", "Recep Tayyip Erdoğan",
         "Dmitry Peskov", "Kremlin", "Rustem Umerov", "United States", "Marco Rubio", "Steve Witkoff",
         "Vladimir Putin"],
    ),
    doc(
        "b63de05_seedrohne_frachter_sulina_2026_03", "2026-03-18", DE05,
        [
            T("der Nacht zum Dienstag", "TIME", "2026-03-16TNI", note="night of 16 to 17 March 2026"),
            T("Dienstag", "DATE", "2026-03-17", 1),
            T("Dienstagabend", "TIME", "2026-03-17TEV"),
            T("Dienstag", "DATE", "2026-03-17", 2),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Anfang April", "DATE", "2026-04", mod="START"),
            T("Mittwoch", "DATE", "2026-03-18", 0),
            T("Mittwoch", "DATE", "2026-03-18", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("sieben Tage", "DURATION", "P7D"),
            T("Jahresbeginn", "DATE", "2026", mod="START"),
        ],
        [
            E("Sea drone hits the grain carrier Aegean Dawn off Sulina", "ASSAULT", ["Russia", "Ukraine"],
              "2026-03-16TNI", "text", "occurred", "von einer Seedrohne getroffen worden",
              note="attributed to Russia by Kyiv; Moscow denies"),
            E("Ukrainian navy accuses Moscow of using its own sea drones against civilian ships", "ACCUSE",
              ["Ukraine", "Russia"], "2026-03-18", "published", "occurred", "Ein Sprecher der ukrainischen Marine"),
            E("Zelensky denounces 'terror at sea'", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2026-03-17TEV",
              "text", "occurred", "Terror auf See"),
            E("Zelensky asks partners to strengthen port air defence and coastal defence", "REQUEST",
              ["Volodymyr Zelensky"], "2026-03-17TEV", "text", "occurred", "Terror auf See"),
            E("Russian defence ministry denies any involvement", "REJECT", ["Russia", "Ukraine"], "2026-03-18",
              "published", "occurred", "wies jede Beteiligung zurück"),
            E("Zakharova accuses Kyiv of a staged provocation to drag NATO into the war", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-03-18", "published", "occurred", "inszenierte Provokation"),
            E("Rutte condemns the attack as reckless Russian conduct", "ACCUSE", ["Mark Rutte", "Russia"],
              "2026-03-17", "text", "occurred", "Mark Rutte verurteilte den Angriff"),
            E("NATO to expand surveillance in the western Black Sea under Eastern Sentry", "MOBILIZE", ["NATO"],
              "FUTURE_REF", "vague", "planned", "Das Bündnis werde die Überwachung"),
            E("Kallas warns attackers of civilian ships of further sanctions", "THREATEN", ["Kaja Kallas", "Russia"],
              "2026-03-18", "published", "occurred", "müsse mit weiteren Sanktionen rechnen"),
            E("Fidan offers to host technical talks on a moratorium on attacks on merchant shipping", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-03-18", "published", "occurred",
              "Der türkische Außenminister Hakan Fidan bot an"),
            E("Kyiv agrees to take part in the Istanbul talks", "AGREE", ["Ukraine", "Turkey"], "2026-03-18", "text",
              "occurred", "Kiew sagte am Mittwoch seine Teilnahme zu."),
            E("Moscow ready in principle to talk", "AGREE", ["Russia", "Turkey"], "2026-03-18", "published",
              "occurred", "Moskau sei grundsätzlich zu Gesprächen bereit"),
            E("Moscow demands easing of sanctions on Russian farm exports as condition for a moratorium", "REQUEST",
              ["Russia"], "2026-03-18", "published", "occurred", "Moskau sei grundsätzlich zu Gesprächen bereit"),
        ],
        [
            S("Ukraine", "Kyiv holds Russia responsible", "2026-03-18", "published",
              "Kiew macht Russland verantwortlich."),
            S("Ukraine", "Navy spokesman: Moscow is using its own sea drones against civilian ships for the first time",
              "2026-03-18", "published", "Ein Sprecher der ukrainischen Marine"),
            S("Volodymyr Zelensky", "Terror at sea; partners must quickly strengthen port and coastal defence",
              "2026-03-17TEV", "text", "Terror auf See"),
            S("Russia", "Defence ministry denies any involvement", "2026-03-18", "published",
              "wies jede Beteiligung zurück"),
            S("Maria Zakharova", "A staged provocation meant to drag NATO into the war", "2026-03-18", "published",
              "inszenierte Provokation"),
            S("Mark Rutte", "The attack was reckless Russian conduct", "2026-03-17", "text",
              "Mark Rutte verurteilte den Angriff"),
            S("Mark Rutte", "NATO will expand surveillance in the western Black Sea in the coming days", "2026-03-17",
              "context", "Das Bündnis werde die Überwachung"),
            S("Kaja Kallas", "Whoever attacks civilian ships must expect further sanctions", "2026-03-18", "published",
              "müsse mit weiteren Sanktionen rechnen"),
            S("Hakan Fidan", "Offers technical talks in Istanbul in early April on a moratorium", "2026-03-18",
              "published", "Der türkische Außenminister Hakan Fidan bot an"),
            S("Ukraine", "Kyiv will take part in the talks", "2026-03-18", "text",
              "Kiew sagte am Mittwoch seine Teilnahme zu."),
            S("Dmitry Peskov", "Moscow is ready to talk, but a moratorium only if sanctions on farm exports are eased",
              "2026-03-18", "published", "Moskau sei grundsätzlich zu Gesprächen bereit"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Maria Zakharova", "NATO", "Mark Rutte", "European Union",
         "Kaja Kallas", "Turkey", "Hakan Fidan", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b63de06_tuerkische_eskorten_getreide_2026_05", "2026-05-13", DE06,
        [
            T("Dienstag", "DATE", "2026-05-12"),
            T("Montag vergangener Woche", "DATE", "2026-05-04"),
            T("zweitägigen", "DURATION", "P2D"),
            T("Anfang April", "DATE", "2026-04", mod="START"),
            T("wöchentlich", "SET", "P1W"),
            T("Dienstagabend", "TIME", "2026-05-12TEV"),
            T("Mittwoch", "DATE", "2026-05-13", 0),
            T("der Nacht zum Mittwoch", "TIME", "2026-05-12TNI", note="night of 12 to 13 May 2026"),
            T("Sommer", "DATE", "2026-SU"),
        ],
        [
            E("Turkish navy escorts six bulk carriers with Ukrainian grain to the Bosphorus", "MOBILIZE", ["Turkey"],
              "2026-05-12", "text", "occurred", "Zwei Fregatten und eine Korvette"),
            E("Two days of Istanbul talks on a moratorium on attacks on merchant shipping", "CONSULT",
              ["Turkey", "Russia", "Ukraine"], "2026-04", "text", "occurred", "hatte den Begleitschutz",
              date_mod="START"),
            E("No agreement on a moratorium in Istanbul", "REJECT", ["Russia", "Ukraine"], "2026-04", "text",
              "occurred", "hatte den Begleitschutz", date_mod="START"),
            E("Zelensky–Erdoğan phone call", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2026-05-12TEV", "text", "occurred", "dankte Erdoğan am Dienstagabend"),
            E("Zelensky thanks Erdoğan for the escorts", "SUPPORT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2026-05-12TEV", "text", "occurred", "dankte Erdoğan am Dienstagabend"),
            E("Zelensky asks to extend the escorts into Ukrainian waters", "REQUEST",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2026-05-12TEV", "context", "occurred",
              "Er bat zugleich darum"),
            E("Fidan rejects escorts into Ukrainian waters", "REJECT", ["Hakan Fidan", "Ukraine"], "2026-05-13",
              "text", "occurred", "Hakan Fidan lehnte das am Mittwoch ab"),
            E("Rutte welcomes the Turkish escorts", "SUPPORT", ["Mark Rutte", "Turkey"], "2026-05-13", "published",
              "occurred", "Mark Rutte begrüßte den Schritt"),
            E("US State Department praises the escorts", "SUPPORT", ["United States", "Turkey"], "2026-05-13",
              "published", "occurred", "Auch das US-Außenministerium lobte"),
            E("Washington to provide intelligence to the Turkish navy", "COOPERATE", ["United States", "Turkey"],
              "2026-05-13", "published", "planned", "Auch das US-Außenministerium lobte"),
            E("Peskov warns Ankara against protecting ships that may carry military cargo", "REQUEST",
              ["Dmitry Peskov", "Turkey"], "2026-05-13", "published", "occurred", "Kremlsprecher Dmitri Peskow warnte"),
            E("Zakharova accuses Turkey of jeopardising its role as mediator", "ACCUSE", ["Maria Zakharova", "Turkey"],
              "2026-05-13", "published", "occurred", "warf der Türkei vor"),
            E("Russian drones strike the port of Pivdennyi near Odesa", "ASSAULT", ["Russia", "Ukraine"],
              "2026-05-12TNI", "text", "occurred", "griffen russische Drohnen erneut"),
        ],
        [
            S("Turkey", "Defence ministry: two frigates and a corvette escorted six bulk carriers", "2026-05-13",
              "published", "Zwei Fregatten und eine Korvette"),
            S("Turkey", "There were no incidents", "2026-05-13", "published", "Zwischenfälle habe es nicht gegeben."),
            S("Recep Tayyip Erdoğan", "Announces naval escorts for merchant ships", "2026-05-04", "text",
              "hatte den Begleitschutz"),
            S("Volodymyr Zelensky", "Thanks Erdoğan for the escorts", "2026-05-12TEV", "text",
              "dankte Erdoğan am Dienstagabend"),
            S("Volodymyr Zelensky", "Asks to extend the protection into Ukrainian waters", "2026-05-12TEV", "context",
              "Er bat zugleich darum"),
            S("Hakan Fidan", "Turkey will not become a party to the war; escorts end at its economic zone",
              "2026-05-13", "text", "Hakan Fidan lehnte das am Mittwoch ab"),
            S("Mark Rutte", "An important contribution to the freedom of the seas", "2026-05-13", "published",
              "Mark Rutte begrüßte den Schritt"),
            S("United States", "Praises the escorts and will share intelligence with the Turkish navy", "2026-05-13",
              "published", "Auch das US-Außenministerium lobte"),
            S("Russia", "Moscow reacted angrily", "2026-05-13", "published", "Moskau reagierte verärgert."),
            S("Dmitry Peskov", "Warns Ankara against protecting ships that may carry military cargo", "2026-05-13",
              "published", "Kremlsprecher Dmitri Peskow warnte"),
            S("Maria Zakharova", "Turkey is jeopardising its role as mediator", "2026-05-13", "published",
              "warf der Türkei vor"),
            S("Ukraine", "A grain silo caught fire in the drone attack on Pivdennyi", "2026-05-13", "published",
              "griffen russische Drohnen erneut"),
        ],
        ["Turkey", "Ukraine", "Recep Tayyip Erdoğan", "Russia", "Volodymyr Zelensky", "Hakan Fidan", "NATO",
         "Mark Rutte", "United States", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
    ),
]
