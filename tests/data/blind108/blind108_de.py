"""German articles of the blind108 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b108de01 (Harburger Anzeigen und Nachrichten)
DE01 = """
Angriff auf die Krim-Brücke: Putin kündigt Vergeltung an

Harburg/Moskau. Zum zweiten Mal binnen eines Dreivierteljahres ist die Brücke über die Straße von Kertsch, die Russland mit der annektierten Halbinsel Krim verbindet, Ziel eines Angriffs geworden.
In der Nacht zum Montag trafen nach russischen Angaben zwei ukrainische Überwasserdrohnen gegen 3 Uhr Moskauer Zeit einen Pfeiler der Autobrücke.
Ein Ehepaar aus der Region Belgorod kam ums Leben, seine 14-jährige Tochter wurde verletzt.
Der Verkehr auf der Straßenbrücke wurde eingestellt, Züge rollten nach Angaben der Bahngesellschaft bereits am Montagnachmittag wieder.

Präsident Wladimir Putin sprach am Montagabend bei einer Sitzung mit Regierungsmitgliedern von einem „Terrorakt“ und kündigte eine Antwort an.
„Es wird selbstverständlich eine Reaktion Russlands geben“, sagte er; das Verteidigungsministerium bereite entsprechende Vorschläge vor.
Das Ermittlungskomitee in Moskau leitete ein Verfahren wegen Terrorismus ein und machte die ukrainischen Geheimdienste verantwortlich.
Außenamtssprecherin Maria Sacharowa warf den USA und Großbritannien vor, hinter dem Anschlag zu stehen.

Kiew bekannte sich offiziell nicht.
Ein Sprecher des ukrainischen Geheimdienstes SBU sagte lediglich, man werde die Einzelheiten „nach unserem Sieg“ erzählen.
Ukrainische Medien meldeten unter Berufung auf Geheimdienstkreise, SBU und Marine hätten die Aktion gemeinsam ausgeführt.
Präsident Wolodymyr Selenskyj ging in seiner abendlichen Videoansprache nicht auf die Brücke ein.

Am selben Tag ließ Moskau das Getreideabkommen auslaufen, das ukrainische Exporte über das Schwarze Meer seit Juli 2022 ermöglicht hatte.
Kremlsprecher Dmitri Peskow betonte, die Entscheidung sei bereits vor dem Angriff gefallen und hänge damit nicht zusammen.
Der türkische Präsident Recep Tayyip Erdoğan sagte, er glaube weiterhin, dass Putin das Abkommen fortsetzen wolle, und kündigte ein Gespräch mit ihm an.
UN-Generalsekretär António Guterres bedauerte die russische Entscheidung zutiefst.

Vizeregierungschef Marat Chusnullin erklärte, die beschädigte Fahrbahn solle bis Mitte September teilweise und bis zum 1. November vollständig repariert sein.
Bereits im Oktober vergangenen Jahres hatte eine Lkw-Explosion Teile der Brücke zum Einsturz gebracht; Russland überzog die Ukraine damals zwei Tage später mit massiven Raketenangriffen.
Das Bauwerk gilt als wichtigste Nachschubroute für die russischen Truppen im Süden der Ukraine.

Im Harburger Binnenhafen wird die Lage mit Sorge verfolgt.
Ein Getreidehändler von der Schloßstraße bezieht nach eigenen Angaben seit vergangenem Herbst Weizen aus Odessa und rechnet mit steigenden Preisen.
Der Weizenpreis an der Pariser Terminbörse legte am Montag um knapp vier Prozent zu.
"""

# ---------------------------------------------------------------- b108de02 (Truppendienst)
DE02 = """
Schwarzmeerflotte: Marschflugkörper auf das Hauptquartier in Sewastopol

Wien/Sewastopol. Der Angriff auf das Hauptquartier der russischen Schwarzmeerflotte hat eine Woche voller widersprüchlicher Angaben ausgelöst.
Am Freitag gegen Mittag schlugen in dem historischen Gebäude im Zentrum Sewastopols nach ukrainischen Angaben mehrere Marschflugkörper vom Typ Storm Shadow ein.
Das russische Verteidigungsministerium meldete zunächst einen vermissten Soldaten und erklärte, die Luftabwehr habe fünf Raketen abgeschossen.
Der von Russland eingesetzte Gouverneur Michail Raswoschajew rief die Bewohner auf, das Stadtzentrum zu meiden.

Am Montag legten die ukrainischen Spezialkräfte nach: Bei dem Angriff seien 34 Offiziere getötet worden, darunter der Flottenkommandant Admiral Viktor Sokolow.
Bereits am Samstag hatte Militärgeheimdienstchef Kyrylo Budanow im Gespräch mit einem US-Sender von mindestens neun Toten gesprochen.
Am Dienstag veröffentlichte das Verteidigungsministerium in Moskau jedoch Aufnahmen einer Sitzung des Kollegiums von Minister Sergej Schoigu, in der Sokolow per Video zugeschaltet zu sehen war.
Kremlsprecher Dmitri Peskow verwies Fragen nach dem Admiral an das Ministerium; dazu habe er „nichts zu sagen“.
Die Spezialkräfte erklärten daraufhin, sie prüften ihre Angaben.

Der Schlag reiht sich in eine Serie von Angriffen auf die Flotte ein.
In der Nacht zum 13. September hatten Raketen die Sewastopoler Werft getroffen und das Landungsschiff „Minsk“ sowie das U-Boot „Rostow am Don“ schwer beschädigt.
Präsident Wolodymyr Selenskyj warb am Donnerstag vergangener Woche in Washington bei Präsident Joe Biden um weitreichende Waffen; Biden sagte ihm ein Paket über 325 Millionen Dollar zu, ATACMS-Raketen lehnte er vorerst ab.
Die britische Regierung, die die Storm-Shadow-Raketen liefert, äußerte sich nicht zu dem Einsatz.
Moskau wirft London seit Monaten vor, sich mit den Lieferungen direkt am Krieg zu beteiligen.

Aus militärischer Sicht bestätigt der Angriff einen Trend, den Analysten seit dem Sommer beobachten: Die Flotte verlegt Schiffe zunehmend von der Krim nach Noworossijsk an der russischen Schwarzmeerküste.
„Die Krim wird für die Flotte vom sicheren Hafen zur Frontlinie“, sagt Oberstleutnant Georg Pichler von der Landesverteidigungsakademie in Wien.
Der Schlag gegen ein Führungsgebäude am helllichten Tag zeige, dass die ukrainische Aufklärung die Halbinsel fast lückenlos überwache.
Ob Sokolow tatsächlich lebt, lasse sich aus der Videoaufnahme nicht sicher ableiten, da deren Aufnahmedatum unklar sei.
Für das Bundesheer, das heuer seine Luftabwehr im Rahmen der Sky-Shield-Initiative modernisieren will, seien die Lehren aus Sewastopol von unmittelbarem Interesse.
"""

# ---------------------------------------------------------------- b108de03 (Griephan Briefe)
DE03 = """
Kertsch: Patrouillenschiff „Sergej Kotow“ versenkt – Taurus-Mitschnitt belastet Berlin

Berlin. Die ukrainische Seekriegsführung gegen die russische Schwarzmeerflotte setzt sich fort.
In der Nacht zum Dienstag griffen Seedrohnen vom Typ Magura V5 nach Angaben des ukrainischen Militärgeheimdienstes HUR das Patrouillenschiff „Sergej Kotow“ nahe der Straße von Kertsch an und versenkten es.
Das Schiff des Projekts 22160 war erst 2022 in Dienst gestellt worden; der HUR bezifferte seinen Wert auf rund 65 Mio. Dollar.
Das Verteidigungsministerium in Moskau äußerte sich bis Mittwochmorgen nicht.
Es ist nach Kiewer Zählung das dritte russische Kriegsschiff, das seit Anfang Februar verloren ging, nach dem Raketenschnellboot „Iwanowez“ und dem Landungsschiff „Zesar Kunikow“.

Präsident Wolodymyr Selenskyj dankte in seiner Ansprache am Dienstagabend den Geheimdienstlern und sprach von einem „guten Ergebnis für unsere Sicherheit im Schwarzen Meer“.
Das britische Verteidigungsministerium schätzt, dass mittlerweile rund ein Drittel der Flotte außer Gefecht gesetzt ist.

Für Berlin fällt der Angriff in eine heikle Woche.
Am Freitag hatte die Chefredakteurin des Senders RT, Margarita Simonjan, den Mitschnitt einer Webex-Schalte hochrangiger Luftwaffenoffiziere veröffentlicht, in der diese über einen möglichen Einsatz von Taurus-Marschflugkörpern gegen die Krim-Brücke sprachen.
Verteidigungsminister Boris Pistorius (SPD) nannte die Veröffentlichung am Sonntag einen Teil des „Informationskriegs“ Putins und warnte davor, ihm auf den Leim zu gehen.
Bundeskanzler Olaf Scholz kündigte eine sehr sorgfältige und schnelle Aufklärung an und bekräftigte sein Nein zur Lieferung des Taurus an die Ukraine.
Das Außenministerium in Moskau bestellte am Montag den deutschen Botschafter Alexander Graf Lambsdorff ein.
Sprecherin Maria Sacharowa verlangte von Berlin eine Erklärung und sprach von Vorbereitungen für Angriffe auf russisches Gebiet.
Kremlsprecher Dmitri Peskow sagte, der Mitschnitt zeige, dass in der Bundeswehr solche Angriffe „inhaltlich und konkret“ erörtert würden.

Unsere Einschätzung: Die Brücke bleibt das Symbol der russischen Herrschaft über die Krim und nach den Angriffen vom Oktober 2022 und vom Juli 2023 ein vorrangiges Ziel Kiews.
Die Versenkung der „Sergej Kotow“ dürfte in Moskau die Sorge um die Sicherheit der Meerenge weiter verstärken.
Das BMVg will dem Verteidigungsausschuss in der kommenden Sitzungswoche über die Ermittlungen des MAD berichten.
"""

# ---------------------------------------------------------------- b108de04 (Holsteinischer Courier)
DE04 = """
Krim-Plattform: 46 Staaten und Organisationen stellen sich gegen die Annexion

Kiew/Neumünster. Mit einer gemeinsamen Erklärung gegen die Annexion der Krim hat die Ukraine am Montag ein neues internationales Forum ins Leben gerufen.
Beim Gründungsgipfel der sogenannten Krim-Plattform in Kiew unterzeichneten Vertreter von 46 Staaten und Organisationen ein Dokument, in dem sie die Besetzung der Halbinsel verurteilen und erklären, deren Eingliederung in Russland niemals anzuerkennen.
Präsident Wolodymyr Selenskyj sprach zur Eröffnung von einem „historischen Tag“ und versprach, die Krim in die Ukraine zurückzuholen.
Die Plattform soll sich künftig einmal im Jahr auf Gipfelebene treffen.

Persönlich angereist waren unter anderem Polens Präsident Andrzej Duda, die Staatschefs der drei baltischen Länder und EU-Ratspräsident Charles Michel.
Deutschland vertrat Bundeswirtschaftsminister Peter Altmaier (CDU), die USA schickten Energieministerin Jennifer Granholm.
Der türkische Außenminister Mevlüt Çavuşoğlu sagte, Ankara werde die Annexion nicht anerkennen, und übermittelte eine Videobotschaft von Präsident Recep Tayyip Erdoğan, der sich für die Rechte der Krimtataren einsetzte.

Bundeskanzlerin Angela Merkel hatte am Sonntag bei ihrem voraussichtlich letzten Besuch in Kiew Selenskyj versichert, Deutschland werde die Annexion nie akzeptieren.
Zugleich sagte sie zu, sich für eine Verlängerung des Gastransits durch die Ukraine über 2024 hinaus einzusetzen.
Am Freitag war sie in Moskau mit Kremlchef Wladimir Putin zusammengetroffen.

Moskau reagierte scharf.
Außenamtssprecherin Maria Sacharowa nannte das Treffen einen „Hexensabbat“ und warf den Teilnehmern vor, die territoriale Integrität Russlands anzugreifen.
Kremlsprecher Dmitri Peskow sagte, man betrachte die Veranstaltung als zutiefst unfreundlich; die Frage der Krim sei für Moskau „ein für alle Mal abgeschlossen“.
Bereits in der vergangenen Woche hatte das Außenministerium die eingeladenen Staaten gewarnt, eine Teilnahme werde als feindseliger Akt gewertet.

Am Dienstag feiert die Ukraine den 30. Jahrestag ihrer Unabhängigkeit mit einer Militärparade in Kiew.
In Neumünster lädt die Deutsch-Ukrainische Gesellschaft für Dienstagabend zu einem Konzert in die Anscharkirche ein.
"""

# ---------------------------------------------------------------- b108de05 (Teckbote)
DE05 = """
Nach dem Krim-Gipfel: Russland nimmt Vertreter der Krimtataren fest

Kirchheim/Simferopol. Kurz nach dem Gründungsgipfel der Krim-Plattform in Kiew haben die russischen Behörden auf der annektierten Halbinsel einen der bekanntesten Vertreter der Krimtataren festgenommen.
Nariman Dscheljal, stellvertretender Vorsitzender des Medschlis, der Vertretung der Krimtataren, wurde am Samstag nach einer Hausdurchsuchung in Simferopol abgeführt.
Ein Gericht ordnete am Montag zwei Monate Untersuchungshaft an.
Der Inlandsgeheimdienst FSB wirft ihm vor, an einem Sabotageakt auf eine Gasleitung im Dorf Perewalne im August beteiligt gewesen zu sein, angeblich im Auftrag des ukrainischen Militärgeheimdienstes.
Dscheljal hatte am 23. August als einziger auf der Krim lebender Vertreter der Krimtataren am Gipfel in Kiew teilgenommen.

Das Außenministerium in Kiew protestierte am Sonntag scharf und verlangte die sofortige Freilassung.
Außenminister Dmytro Kuleba sprach von einer „Rache des Kremls“ für die Teilnahme am Gipfel und rief die Partner auf, den Druck auf Moskau zu erhöhen.
Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache am Montagabend, die Ukraine werde „jeden Krimtataren verteidigen“.

Ein Sprecher des EU-Außenbeauftragten Josep Borrell forderte am Dienstag die Freilassung Dscheljals und der übrigen Festgenommenen und bekräftigte, die EU erkenne die Annexion nicht an.
Das US-Außenministerium verurteilte die Festnahmen als Teil einer Kampagne der Einschüchterung gegen die Krimtataren.
Auch das türkische Außenministerium äußerte sich besorgt und erklärte, man verfolge den Fall genau.

Moskau weist die Vorwürfe zurück.
Kremlsprecher Dmitri Peskow sagte am Montag, es handle sich um eine Angelegenheit der Sicherheitsbehörden, mit Politik habe die Festnahme nichts zu tun.
Außenamtssprecherin Maria Sacharowa warf Kiew vor, auf der Krim Terrorakte zu organisieren, und nannte die Krim-Plattform ein „Instrument der Einmischung“.

Der Medschlis ist in Russland seit 2016 als „extremistisch“ verboten.
Sein langjähriger Vorsitzender Mustafa Dschemiljew darf die Halbinsel seit 2014 nicht mehr betreten.
In Kirchheim will die örtliche Amnesty-Gruppe am Samstag auf dem Marktplatz Unterschriften für Dscheljals Freilassung sammeln.
"""

# ---------------------------------------------------------------- b108de06 (Borkumer Zeitung)
DE06 = """
Landungsschiff „Nowotscherkassk“ im Hafen von Feodossija zerstört

Borkum/Kiew. Die Ukraine hat nach eigenen Angaben erneut ein großes Schiff der russischen Schwarzmeerflotte auf der Krim zerstört.
Kampfflugzeuge der ukrainischen Luftwaffe trafen in der Nacht zum Dienstag mit Marschflugkörpern das Landungsschiff „Nowotscherkassk“ im Hafen von Feodossija, teilte Luftwaffenchef Mykola Oleschtschuk mit.
Videos zeigten eine gewaltige Explosion, die auf Munition an Bord schließen lasse.
Das Verteidigungsministerium in Moskau räumte eine Beschädigung des Schiffes ein und erklärte, zwei ukrainische Kampfjets vom Typ Su-24 seien abgeschossen worden.
Der von Moskau eingesetzte Krim-Chef Sergej Aksjonow sprach von einem Toten und mehreren Verletzten; sechs Wohnhäuser seien beschädigt worden.

Präsident Wolodymyr Selenskyj dankte den Piloten und schrieb am Dienstag, die russische Flotte werde „immer kleiner“.
Nach Kiewer Angaben könnten sich Drohnen vom Typ Schahed an Bord befunden haben.
Der britische Verteidigungsminister Grant Shapps erklärte, in den vergangenen vier Monaten seien rund 20 Prozent der Flotte zerstört worden; Russlands Vorherrschaft im Schwarzen Meer sei gebrochen.

Die russische Außenamtssprecherin Maria Sacharowa machte am Mittwoch Großbritannien und Frankreich mitverantwortlich, die Kiew die Marschflugkörper lieferten, und sprach von einem „Kriegsverbrechen“.
Kremlsprecher Dmitri Peskow lehnte einen Kommentar zu den Verlusten der Flotte ab und verwies auf das Verteidigungsministerium.
Kiew fordert seit Wochen von den westlichen Partnern zusätzliche weitreichende Waffen, um die Nachschubwege auf die Krim zu unterbrechen.
Bundeskanzler Olaf Scholz lehnt die Lieferung von Taurus-Marschflugkörpern weiterhin ab.

Die „Nowotscherkassk“ ist das zweite Landungsschiff, das die Flotte in diesem Jahr verliert; im September war die „Minsk“ in der Werft von Sewastopol getroffen worden.
Im März vergangenen Jahres hatte die Ukraine im Hafen von Berdjansk bereits die „Saratow“ versenkt.

Auf Borkum haben ukrainische Familien, die seit dem Frühjahr 2022 auf der Insel leben, am zweiten Weihnachtstag in der reformierten Kirche für die Opfer des Krieges gebetet.
Die Kirchengemeinde sammelte dabei Spenden für Stromgeneratoren, die über eine Partnergemeinde in Odessa verteilt werden sollen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b108de01_kertsch_bruecke_drohnen_2023_07", "2023-07-18", DE01,
        [
            T("eines Dreivierteljahres", "DURATION", "P9M"),
            T("der Nacht zum Montag", "TIME", "2023-07-16TNI", note="night of 16 to 17 July 2023"),
            T("gegen 3 Uhr Moskauer Zeit", "TIME", "2023-07-17T03:00", mod="APPROX", note="Moscow time"),
            T("Montagnachmittag", "TIME", "2023-07-17TAF"),
            T("Montagabend", "TIME", "2023-07-17TEV"),
            T("abendlichen", "SET", "P1D"),
            T("selben Tag", "DATE", "2023-07-17"),
            T("Juli 2022", "DATE", "2022-07"),
            T("Mitte September", "DATE", "2023-09", mod="MID"),
            T("1. November", "DATE", "2023-11-01"),
            T("Oktober vergangenen Jahres", "DATE", "2022-10"),
            T("vergangenem Herbst", "DATE", "2022-FA"),
            T("Montag", "DATE", "2023-07-17", 1),
        ],
        [
            E("Ukrainian sea drones hit a pillar of the Kerch bridge", "ASSAULT", ["Ukraine", "Russia"],
              "2023-07-17T03:00", "text", "occurred", "trafen nach russischen Angaben zwei ukrainische",
              note="attribution by Russia; Kyiv did not officially claim the attack"),
            E("Putin calls the attack a terrorist act", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2023-07-17TEV",
              "text", "occurred", "Präsident Wladimir Putin sprach am Montagabend"),
            E("Putin announces a Russian response", "THREATEN", ["Vladimir Putin", "Ukraine"], "2023-07-17TEV",
              "text", "occurred", "Präsident Wladimir Putin sprach am Montagabend"),
            E("Investigative Committee opens a terrorism case and blames Ukraine's intelligence services", "ACCUSE",
              ["Russia", "Ukraine"], "2023-07-17", "context", "occurred", "Das Ermittlungskomitee in Moskau"),
            E("Zakharova accuses the US and Britain of being behind the attack", "ACCUSE",
              ["Maria Zakharova", "United States", "United Kingdom"], "2023-07-17", "context", "occurred",
              "Außenamtssprecherin Maria Sacharowa warf"),
            E("Russia lets the grain deal expire", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text", "occurred",
              "ließ Moskau das Getreideabkommen auslaufen"),
            E("Erdoğan to talk to Putin about the grain deal", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2023-07-18", "published", "planned", "kündigte ein Gespräch mit ihm an",
              note="no date given for the conversation"),
            E("Guterres deeply regrets Russia's decision", "ACCUSE", ["António Guterres", "Russia"], "2023-07-18",
              "published", "occurred", "bedauerte die russische Entscheidung zutiefst"),
            E("Truck explosion brings down parts of the bridge in October 2022", "ASSAULT", ["Ukraine", "Russia"],
              "2022-10", "text", "occurred", "hatte eine Lkw-Explosion Teile der Brücke",
              note="8 October 2022; the text names no attacker"),
            E("Russia's massive missile strikes on Ukraine two days later", "ASSAULT", ["Russia", "Ukraine"], "2022-10",
              "context", "occurred", "hatte eine Lkw-Explosion Teile der Brücke", note="10 October 2022"),
        ],
        [
            S("Vladimir Putin", "The attack is a terrorist act; Russia will respond", "2023-07-17TEV", "text",
              "Präsident Wladimir Putin sprach am Montagabend"),
            S("Vladimir Putin", "There will of course be a Russian response; the defence ministry is preparing proposals",
              "2023-07-17TEV", "context", "Es wird selbstverständlich eine Reaktion"),
            S("Russia", "Investigative Committee blames Ukraine's intelligence services", "2023-07-17", "context",
              "Das Ermittlungskomitee in Moskau"),
            S("Maria Zakharova", "The US and Britain are behind the attack", "2023-07-17", "context",
              "Außenamtssprecherin Maria Sacharowa warf"),
            S("Ukraine", "SBU spokesman: details will be told after our victory", "2023-07-18", "published",
              "nach unserem Sieg"),
            S("Dmitry Peskov", "The grain-deal decision was taken before the attack and is unrelated", "2023-07-17",
              "context", "Kremlsprecher Dmitri Peskow betonte"),
            S("Recep Tayyip Erdoğan", "Believes Putin wants to continue the deal; will talk to him", "2023-07-18",
              "published", "Der türkische Präsident Recep Tayyip Erdoğan sagte"),
            S("António Guterres", "Deeply regrets Russia's decision", "2023-07-18", "published",
              "bedauerte die russische Entscheidung zutiefst"),
            S("Russia", "Khusnullin: the road deck will be partly repaired by mid-September and fully by 1 November",
              "2023-07-18", "published", "Vizeregierungschef Marat Chusnullin"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Maria Zakharova", "United States", "United Kingdom",
         "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "Recep Tayyip Erdoğan", "Turkey", "António Guterres",
         "United Nations"],
    ),
    doc(
        "b108de02_sewastopol_flottenhauptquartier_2023_09", "2023-09-27", DE02,
        [
            T("eine Woche", "DURATION", "P1W"),
            T("Freitag", "DATE", "2023-09-22"),
            T("gegen Mittag", "TIME", "2023-09-22T12:00", mod="APPROX"),
            T("Montag", "DATE", "2023-09-25"),
            T("Samstag", "DATE", "2023-09-23"),
            T("Dienstag", "DATE", "2023-09-26"),
            T("der Nacht zum 13. September", "TIME", "2023-09-12TNI", note="night of 12 to 13 September 2023"),
            T("Donnerstag vergangener Woche", "DATE", "2023-09-21"),
            T("Monaten", "DURATION", "PXM"),
            T("dem Sommer", "DATE", "2023-SU"),
            T("heuer", "DATE", "2023"),
        ],
        [
            E("Storm Shadow missiles hit the Black Sea Fleet headquarters in Sevastopol", "ASSAULT",
              ["Ukraine", "Russia"], "2023-09-22T12:00", "text", "occurred", "Am Freitag gegen Mittag schlugen",
              date_mod="APPROX"),
            E("Missiles hit the Sevastopol shipyard, damaging the Minsk and the Rostov-on-Don", "ASSAULT",
              ["Ukraine", "Russia"], "2023-09-12TNI", "text", "occurred", "In der Nacht zum 13. September",
              note="the text names no attacker; part of the series of Ukrainian strikes on the fleet"),
            E("Zelensky meets Biden in Washington", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2023-09-21",
              "text", "occurred", "warb am Donnerstag vergangener Woche"),
            E("Zelensky asks Biden for long-range weapons", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-09-21", "text", "occurred", "warb am Donnerstag vergangener Woche"),
            E("Biden pledges a 325-million-dollar package", "AID", ["Joe Biden", "Ukraine"], "2023-09-21", "context",
              "occurred", "warb am Donnerstag vergangener Woche"),
            E("Biden declines ATACMS for now", "REJECT", ["Joe Biden", "Ukraine"], "2023-09-21", "context",
              "occurred", "warb am Donnerstag vergangener Woche"),
            E("Moscow accuses London of direct participation in the war through the deliveries", "ACCUSE",
              ["Russia", "United Kingdom"], "2023-09-27", "published", "occurred", "Moskau wirft London seit Monaten",
              note="standing charge, 'seit Monaten'"),
            E("The fleet moves ships from Crimea to Novorossiysk", "RETREAT", ["Russia"], "2023-SU", "text", "occurred",
              "Die Flotte verlegt Schiffe", date_mod="START"),
        ],
        [
            S("Russia", "Defence ministry: one serviceman missing, five missiles shot down", "2023-09-22", "context",
              "meldete zunächst einen vermissten Soldaten"),
            S("Russia", "Razvozhayev asks residents to avoid the city centre", "2023-09-22", "context",
              "Gouverneur Michail Raswoschajew rief"),
            S("Ukraine", "Special forces: 34 officers killed, among them fleet commander Sokolov", "2023-09-25", "text",
              "Am Montag legten die ukrainischen Spezialkräfte nach"),
            S("Ukraine", "Budanov: at least nine dead", "2023-09-23", "text", "Bereits am Samstag hatte"),
            S("Russia", "Defence ministry footage shows Sokolov at Shoigu's collegium meeting by video", "2023-09-26",
              "text", "Am Dienstag veröffentlichte das Verteidigungsministerium"),
            S("Dmitry Peskov", "Refers questions about the admiral to the ministry; nothing to say", "2023-09-26",
              "context", "Kremlsprecher Dmitri Peskow verwies"),
            S("Ukraine", "Special forces are checking their information", "2023-09-26", "context",
              "Die Spezialkräfte erklärten daraufhin"),
            S("Russia", "London participates directly in the war through the deliveries", "2023-09-27", "published",
              "Moskau wirft London seit Monaten"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Joe Biden", "United Kingdom"],
    ),
    doc(
        "b108de03_sergej_kotow_taurus_2024_03", "2024-03-06", DE03,
        [
            T("der Nacht zum Dienstag", "TIME", "2024-03-04TNI", note="night of 4 to 5 March 2024"),
            T("2022", "DATE", "2022"),
            T("Mittwochmorgen", "TIME", "2024-03-06TMO"),
            T("Anfang Februar", "DATE", "2024-02", mod="START"),
            T("Dienstagabend", "TIME", "2024-03-05TEV"),
            T("Freitag", "DATE", "2024-03-01"),
            T("Sonntag", "DATE", "2024-03-03"),
            T("Montag", "DATE", "2024-03-04"),
            T("Oktober 2022", "DATE", "2022-10"),
            T("Juli 2023", "DATE", "2023-07"),
            T("der kommenden Sitzungswoche", "DATE", "2024-W11", note="the Bundestag's next sitting week"),
        ],
        [
            E("Ukrainian sea drones sink the patrol ship Sergei Kotov near the Kerch Strait", "ASSAULT",
              ["Ukraine", "Russia"], "2024-03-04TNI", "text", "occurred", "griffen Seedrohnen vom Typ Magura V5"),
            E("Ukraine sank the Ivanovets and the Tsezar Kunikov since early February", "ASSAULT", ["Ukraine", "Russia"],
              "2024-02", "text", "occurred", "das dritte russische Kriegsschiff", date_mod="START",
              note="1 and 14 February 2024"),
            E("Pistorius calls the publication part of Putin's information war", "ACCUSE", ["Germany", "Vladimir Putin"],
              "2024-03-03", "text", "occurred", "Verteidigungsminister Boris Pistorius (SPD) nannte"),
            E("Scholz reaffirms his no to delivering Taurus to Ukraine", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2024-03-06", "published", "occurred", "bekräftigte sein Nein zur Lieferung des Taurus"),
            E("Russia summons the German ambassador Lambsdorff", "ACCUSE", ["Russia", "Germany"], "2024-03-04", "text",
              "occurred", "bestellte am Montag den deutschen Botschafter"),
            E("Zakharova demands an explanation from Berlin", "REQUEST", ["Maria Zakharova", "Germany"], "2024-03-04",
              "context", "occurred", "Sprecherin Maria Sacharowa verlangte"),
            E("Zakharova accuses Berlin of preparing attacks on Russian territory", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2024-03-04", "context", "occurred", "Sprecherin Maria Sacharowa verlangte"),
            E("Peskov: the Bundeswehr discusses such strikes in concrete terms", "ACCUSE", ["Dmitry Peskov", "Germany"],
              "2024-03-06", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Attack on the Kerch bridge in October 2022", "ASSAULT", ["Ukraine", "Russia"], "2022-10", "text",
              "occurred", "Unsere Einschätzung", note="8 October 2022"),
            E("Attack on the Kerch bridge in July 2023", "ASSAULT", ["Ukraine", "Russia"], "2023-07", "text",
              "occurred", "Unsere Einschätzung", note="17 July 2023"),
        ],
        [
            S("Ukraine", "HUR: Magura V5 sea drones attacked and sank the Sergei Kotov", "2024-03-06", "published",
              "griffen Seedrohnen vom Typ Magura V5"),
            S("Ukraine", "HUR puts the ship's value at about 65 million dollars", "2024-03-06", "published",
              "bezifferte seinen Wert"),
            S("Ukraine", "The third Russian warship lost since early February", "2024-03-06", "published",
              "das dritte russische Kriegsschiff"),
            S("Volodymyr Zelensky", "Thanks the intelligence officers: a good result for security in the Black Sea",
              "2024-03-05TEV", "text", "Präsident Wolodymyr Selenskyj dankte"),
            S("United Kingdom", "About a third of the fleet is out of action", "2024-03-06", "published",
              "Das britische Verteidigungsministerium schätzt"),
            S("Germany", "Pistorius: the publication is part of Putin's information war; do not fall for it",
              "2024-03-03", "text", "Verteidigungsminister Boris Pistorius (SPD) nannte"),
            S("Olaf Scholz", "Announces a careful and quick investigation; still no Taurus", "2024-03-06", "published",
              "Bundeskanzler Olaf Scholz kündigte"),
            S("Maria Zakharova", "Berlin must explain; preparations for attacks on Russian territory", "2024-03-04",
              "context", "Sprecherin Maria Sacharowa verlangte"),
            S("Dmitry Peskov", "The recording shows that the Bundeswehr discusses such strikes concretely", "2024-03-06",
              "published", "Kremlsprecher Dmitri Peskow sagte"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "United Kingdom", "Germany", "Vladimir Putin", "Olaf Scholz",
         "Maria Zakharova", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b108de04_krim_plattform_gruendungsgipfel_2021_08", "2021-08-24", DE04,
        [
            T("Montag", "DATE", "2021-08-23"),
            T("einmal im Jahr", "SET", "P1Y"),
            T("Sonntag", "DATE", "2021-08-22"),
            T("2024", "DATE", "2024"),
            T("Freitag", "DATE", "2021-08-20"),
            T("der vergangenen Woche", "DATE", "2021-W33"),
            T("Dienstag", "DATE", "2021-08-24"),
            T("Dienstagabend", "TIME", "2021-08-24TEV"),
        ],
        [
            E("Founding summit of the Crimea Platform in Kyiv", "CONSULT",
              ["Ukraine", "Volodymyr Zelensky", "Poland", "European Union", "Germany", "United States", "Turkey",
               "Recep Tayyip Erdoğan"], "2021-08-23", "context", "occurred", "Beim Gründungsgipfel der sogenannten"),
            E("46 states and organisations sign a declaration never to recognise the annexation", "AGREE",
              ["Ukraine", "Poland", "European Union", "Germany", "United States", "Turkey"], "2021-08-23", "context",
              "occurred", "Beim Gründungsgipfel der sogenannten"),
            E("The declaration condemns the occupation of Crimea", "ACCUSE",
              ["Ukraine", "Poland", "European Union", "Germany", "United States", "Turkey", "Russia"], "2021-08-23",
              "context", "occurred", "Beim Gründungsgipfel der sogenannten"),
            E("Turkey will not recognise the annexation", "REJECT", ["Turkey", "Russia"], "2021-08-23", "context",
              "occurred", "Der türkische Außenminister Mevlüt Çavuşoğlu sagte"),
            E("Erdoğan stands up for the rights of the Crimean Tatars", "REQUEST", ["Recep Tayyip Erdoğan", "Russia"],
              "2021-08-23", "context", "occurred", "Der türkische Außenminister Mevlüt Çavuşoğlu sagte"),
            E("Merkel visits Kyiv and meets Zelensky", "CONSULT", ["Germany", "Volodymyr Zelensky"], "2021-08-22",
              "text", "occurred", "Bundeskanzlerin Angela Merkel hatte am Sonntag"),
            E("Merkel: Germany will never accept the annexation", "REJECT", ["Germany", "Russia"], "2021-08-22", "text",
              "occurred", "Bundeskanzlerin Angela Merkel hatte am Sonntag"),
            E("Merkel promises to work for gas transit through Ukraine beyond 2024", "AGREE", ["Germany", "Ukraine"],
              "2021-08-22", "context", "occurred", "Zugleich sagte sie zu"),
            E("Merkel meets Putin in Moscow", "CONSULT", ["Germany", "Vladimir Putin"], "2021-08-20", "text", "occurred",
              "Am Freitag war sie in Moskau"),
            E("Zakharova accuses the participants of attacking Russia's territorial integrity", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2021-08-24", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa nannte"),
            E("Peskov calls the summit deeply unfriendly", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2021-08-24",
              "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Peskov: the Crimea question is closed once and for all", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2021-08-24", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Russia warns invited states that taking part would be a hostile act", "REQUEST", ["Russia"], "2021-W33",
              "text", "occurred", "Bereits in der vergangenen Woche"),
        ],
        [
            S("Volodymyr Zelensky", "A historic day; promises to bring Crimea back to Ukraine", "2021-08-23", "context",
              "Präsident Wolodymyr Selenskyj sprach zur Eröffnung"),
            S("Joint statement: Ukraine, Poland, European Union, Germany, United States, Turkey",
              "Condemn the occupation of Crimea and will never recognise its incorporation into Russia", "2021-08-23",
              "context", "Beim Gründungsgipfel der sogenannten"),
            S("Turkey", "Çavuşoğlu: Ankara will not recognise the annexation", "2021-08-23", "context",
              "Der türkische Außenminister Mevlüt Çavuşoğlu sagte"),
            S("Recep Tayyip Erdoğan", "Video message for the rights of the Crimean Tatars", "2021-08-23", "context",
              "Der türkische Außenminister Mevlüt Çavuşoğlu sagte"),
            S("Germany", "Merkel assures Zelensky that Germany will never accept the annexation", "2021-08-22", "text",
              "Bundeskanzlerin Angela Merkel hatte am Sonntag"),
            S("Germany", "Merkel will work for an extension of gas transit beyond 2024", "2021-08-22", "context",
              "Zugleich sagte sie zu"),
            S("Russia", "Moscow reacts sharply", "2021-08-24", "published", "Moskau reagierte scharf."),
            S("Maria Zakharova", "The summit is a witches' sabbath attacking Russia's territorial integrity",
              "2021-08-24", "published", "Außenamtssprecherin Maria Sacharowa nannte"),
            S("Dmitry Peskov", "The event is deeply unfriendly; the Crimea question is closed once and for all",
              "2021-08-24", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Russia", "Foreign ministry: taking part will be considered a hostile act", "2021-W33", "text",
              "Bereits in der vergangenen Woche"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Poland", "European Union", "Germany", "United States", "Turkey",
         "Recep Tayyip Erdoğan", "Vladimir Putin", "Kremlin", "Russia", "Maria Zakharova", "Dmitry Peskov"],
    ),
    doc(
        "b108de05_dscheljal_festnahme_2021_09", "2021-09-08", DE05,
        [
            T("Samstag", "DATE", "2021-09-04", 0),
            T("Montag", "DATE", "2021-09-06", 0),
            T("zwei Monate", "DURATION", "P2M"),
            T("August", "DATE", "2021-08", 0),
            T("23. August", "DATE", "2021-08-23"),
            T("Sonntag", "DATE", "2021-09-05"),
            T("Montagabend", "TIME", "2021-09-06TEV"),
            T("Dienstag", "DATE", "2021-09-07"),
            T("Montag", "DATE", "2021-09-06", 1),
            T("2016", "DATE", "2016"),
            T("2014", "DATE", "2014"),
            T("Samstag", "DATE", "2021-09-11", 1),
        ],
        [
            E("Russian authorities detain Mejlis deputy head Nariman Dzhelyal", "COERCE", ["Russia"], "2021-09-04", "text",
              "occurred", "wurde am Samstag nach einer Hausdurchsuchung"),
            E("Court orders two months of pre-trial detention", "COERCE", ["Russia"], "2021-09-06", "text", "occurred",
              "Ein Gericht ordnete am Montag"),
            E("FSB accuses Dzhelyal of sabotage on behalf of Ukraine's military intelligence", "ACCUSE",
              ["Russia", "Ukraine"], "2021-09-08", "published", "occurred", "Der Inlandsgeheimdienst FSB wirft ihm vor"),
            E("Dzhelyal takes part in the Crimea Platform summit in Kyiv", "CONSULT", ["Ukraine"], "2021-08-23", "text",
              "occurred", "Dscheljal hatte am 23. August"),
            E("Kyiv's foreign ministry protests the detention", "ACCUSE", ["Ukraine", "Russia"], "2021-09-05", "text",
              "occurred", "Das Außenministerium in Kiew protestierte"),
            E("Kyiv demands Dzhelyal's immediate release", "REQUEST", ["Ukraine", "Russia"], "2021-09-05", "text",
              "occurred", "Das Außenministerium in Kiew protestierte"),
            E("Kuleba calls the arrest the Kremlin's revenge for the summit", "ACCUSE", ["Ukraine", "Kremlin"],
              "2021-09-05", "context", "occurred", "Außenminister Dmytro Kuleba sprach"),
            E("Kuleba calls on partners to increase pressure on Moscow", "REQUEST", ["Ukraine", "Russia"], "2021-09-05",
              "context", "occurred", "Außenminister Dmytro Kuleba sprach"),
            E("EU demands the release of Dzhelyal and the other detainees", "REQUEST", ["European Union", "Russia"],
              "2021-09-07", "text", "occurred", "Ein Sprecher des EU-Außenbeauftragten"),
            E("EU reaffirms it does not recognise the annexation", "REJECT", ["European Union", "Russia"], "2021-09-07",
              "text", "occurred", "Ein Sprecher des EU-Außenbeauftragten"),
            E("US State Department condemns the arrests as intimidation of Crimean Tatars", "ACCUSE",
              ["United States", "Russia"], "2021-09-08", "published", "occurred", "Das US-Außenministerium verurteilte"),
            E("Peskov denies any political motive", "REJECT", ["Dmitry Peskov", "Ukraine"], "2021-09-06", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Zakharova accuses Kyiv of organising terrorist acts in Crimea", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2021-09-08", "published", "occurred", "Außenamtssprecherin Maria Sacharowa warf Kiew vor"),
            E("Russia bans the Mejlis as extremist", "COERCE", ["Russia"], "2016", "text", "occurred",
              "Der Medschlis ist in Russland seit 2016"),
            E("Dzhemilev barred from entering Crimea", "COERCE", ["Russia"], "2014", "text", "occurred",
              "Mustafa Dschemiljew darf die Halbinsel"),
        ],
        [
            S("Russia", "FSB: Dzhelyal took part in sabotage of a gas pipeline on behalf of Ukrainian intelligence",
              "2021-09-08", "published", "Der Inlandsgeheimdienst FSB wirft ihm vor"),
            S("Ukraine", "Foreign ministry protests and demands immediate release", "2021-09-05", "text",
              "Das Außenministerium in Kiew protestierte"),
            S("Ukraine", "Kuleba: the Kremlin's revenge for the summit; partners should raise the pressure",
              "2021-09-05", "context", "Außenminister Dmytro Kuleba sprach"),
            S("Volodymyr Zelensky", "Ukraine will defend every Crimean Tatar", "2021-09-06TEV", "text",
              "Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache"),
            S("European Union", "Borrell's spokesman demands the release; the EU does not recognise the annexation",
              "2021-09-07", "text", "Ein Sprecher des EU-Außenbeauftragten"),
            S("United States", "The arrests are part of a campaign of intimidation against Crimean Tatars",
              "2021-09-08", "published", "Das US-Außenministerium verurteilte"),
            S("Turkey", "Concerned; following the case closely", "2021-09-08", "published",
              "Auch das türkische Außenministerium"),
            S("Russia", "Moscow rejects the accusations", "2021-09-08", "published", "Moskau weist die Vorwürfe zurück."),
            S("Dmitry Peskov", "A matter for the security services; nothing to do with politics", "2021-09-06", "text",
              "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Maria Zakharova", "Kyiv organises terrorist acts in Crimea; the Crimea Platform is an instrument of "
              "interference", "2021-09-08", "published", "Außenamtssprecherin Maria Sacharowa warf Kiew vor"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Volodymyr Zelensky", "European Union", "United States", "Turkey",
         "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b108de06_nowotscherkassk_feodossija_2023_12", "2023-12-27", DE06,
        [
            T("der Nacht zum Dienstag", "TIME", "2023-12-25TNI", note="night of 25 to 26 December 2023"),
            T("Dienstag", "DATE", "2023-12-26", 1),
            T("den vergangenen vier Monaten", "DURATION", "P4M"),
            T("Mittwoch", "DATE", "2023-12-27"),
            T("Wochen", "DURATION", "PXW"),
            T("diesem Jahr", "DATE", "2023"),
            T("September", "DATE", "2023-09"),
            T("März vergangenen Jahres", "DATE", "2022-03"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("zweiten Weihnachtstag", "DATE", "2023-12-26"),
        ],
        [
            E("Ukrainian aircraft destroy the landing ship Novocherkassk in Feodosia", "ASSAULT", ["Ukraine", "Russia"],
              "2023-12-25TNI", "text", "occurred", "Kampfflugzeuge der ukrainischen Luftwaffe trafen"),
            E("Zakharova blames Britain and France and calls the strike a war crime", "ACCUSE",
              ["Maria Zakharova", "United Kingdom", "France"], "2023-12-27", "text", "occurred",
              "Die russische Außenamtssprecherin Maria Sacharowa machte am Mittwoch"),
            E("Kyiv asks Western partners for more long-range weapons", "REQUEST", ["Ukraine"], "2023-12-27",
              "published", "occurred", "Kiew fordert seit Wochen", note="standing demand, 'seit Wochen'"),
            E("Scholz still refuses to deliver Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2023-12-27", "published",
              "occurred", "Bundeskanzler Olaf Scholz lehnt", note="standing refusal"),
            E("The Minsk hit in the Sevastopol shipyard in September", "ASSAULT", ["Ukraine", "Russia"], "2023-09",
              "text", "occurred", "im September war die „Minsk“", note="13 September 2023"),
            E("Ukraine sinks the Saratov in Berdyansk port", "ASSAULT", ["Ukraine", "Russia"], "2022-03", "text",
              "occurred", "Im März vergangenen Jahres", note="24 March 2022"),
        ],
        [
            S("Ukraine", "Oleshchuk: air force jets hit the Novocherkassk in Feodosia with cruise missiles",
              "2023-12-27", "published", "Kampfflugzeuge der ukrainischen Luftwaffe trafen"),
            S("Russia", "Defence ministry admits damage to the ship; two Su-24 shot down", "2023-12-27", "published",
              "räumte eine Beschädigung des Schiffes ein"),
            S("Russia", "Aksyonov: one dead, several injured, six houses damaged", "2023-12-27", "published",
              "Krim-Chef Sergej Aksjonow"),
            S("Volodymyr Zelensky", "Thanks the pilots; the Russian fleet is getting ever smaller", "2023-12-26",
              "text", "Präsident Wolodymyr Selenskyj dankte den Piloten"),
            S("Ukraine", "Shahed drones may have been on board", "2023-12-27", "published", "Nach Kiewer Angaben"),
            S("United Kingdom", "Shapps: about 20 percent of the fleet destroyed in four months; Russia's dominance "
              "broken", "2023-12-27", "published", "Grant Shapps erklärte"),
            S("Maria Zakharova", "Britain and France share responsibility; a war crime", "2023-12-27", "text",
              "Die russische Außenamtssprecherin Maria Sacharowa machte am Mittwoch"),
            S("Dmitry Peskov", "Declines to comment on the fleet's losses; refers to the defence ministry",
              "2023-12-27", "published", "Kremlsprecher Dmitri Peskow lehnte"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "United Kingdom", "France", "Maria Zakharova", "Dmitry Peskov",
         "Kremlin", "Olaf Scholz", "Germany"],
    ),
]
