"""German articles of the blind94 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b94de01 (Erlanger Nachrichten)
DE01 = """
Erlangen hält an Wladimir fest – die offiziellen Kontakte ruhen

Erlangen. Der Erlanger Stadtrat hat am Donnerstagabend mit großer Mehrheit beschlossen, die offiziellen Kontakte zur russischen Partnerstadt Wladimir bis auf Weiteres auszusetzen, die seit 1983 bestehende Städtepartnerschaft aber nicht aufzukündigen.
Begegnungen zwischen Schulen, Vereinen und Kirchengemeinden sollen weiterlaufen, heißt es in dem Beschluss.
Oberbürgermeister Florian Janik (SPD) sagte nach der Sitzung, man breche nicht mit den Menschen in Wladimir, sondern mit einer Regierung, die einen Angriffskrieg führe.

Janik hatte bereits am 25. Februar, einen Tag nach dem russischen Einmarsch in die Ukraine, einen Brief an die Stadtverwaltung von Wladimir geschickt.
Darin forderte er die Partner auf, sich bei Präsident Wladimir Putin für ein sofortiges Ende der Kämpfe einzusetzen.
Eine Antwort aus Wladimir steht bis heute aus.
Die Grünen hatten verlangt, die Partnerschaft ganz auf Eis zu legen; ihr Antrag fand keine Mehrheit.

Andere Städte sind weiter gegangen.
Düsseldorf hatte seine Partnerschaft mit Moskau bereits Anfang März ausgesetzt, Hamburg hat die Kontakte zu Sankt Petersburg eingefroren.
Kiews Bürgermeister Vitali Klitschko hatte am Wochenende in einem Appell an die deutschen Kommunen gefordert, alle Partnerschaften mit russischen Städten ruhen zu lassen, solange Russland Krieg gegen sein Land führe.

Rückenwind bekam der Stadtrat aus Berlin.
Der ukrainische Präsident Wolodymyr Selenskyj hatte am Donnerstagvormittag per Video im Bundestag gesprochen und den Deutschen vorgeworfen, mit Nord Stream 2 eine neue Mauer zwischen Europa und der Ukraine errichtet zu haben.
Er forderte Bundeskanzler Olaf Scholz auf, „diese Mauer niederzureißen“.
Scholz sagte am Abend, Deutschland stehe an der Seite der Ukraine, lehnte ein sofortiges Embargo auf russisches Gas aber erneut ab.
Janik, der die Rede im Rathaus verfolgt hatte, nannte sie „bewegend und beschämend zugleich“.
Die Unterhändler Russlands und der Ukraine setzten ihre Gespräche am Donnerstag per Videoschalte fort, ohne dass ein Durchbruch gemeldet wurde.

Die russische Botschaft in Berlin warf deutschen Kommunen in dieser Woche vor, mit dem Aussetzen von Partnerschaften „eine Kampagne der Russophobie“ zu befeuern.
Kremlsprecher Dmitri Peskow hatte am Mittwoch erklärt, Moskau betrachte solche Schritte westlicher Städte als „unfreundliche Akte“.

Seit Anfang März sind nach Angaben der Stadt rund 600 Geflüchtete aus der Ukraine in Erlangen angekommen.
Der Stadtrat will im Mai beraten, ob Erlangen zusätzlich eine Partnerschaft mit einer ukrainischen Stadt eingehen kann.
"""

# ---------------------------------------------------------------- b94de02 (Die Harke, Nienburg)
DE02 = """
Weil besiegelt Partnerschaft mit Mykolajiw – Gouverneur bittet um Luftabwehr

Mykolajiw/Nienburg. Niedersachsens Ministerpräsident Stephan Weil (SPD) hat bei seinem ersten Besuch in der südukrainischen Region Mykolajiw eine Partnerschaft zwischen dem Land und der Oblast unterzeichnet.
Weil und Gouverneur Witalij Kim setzten ihre Unterschriften am Dienstagnachmittag in einem Schutzraum der Gebietsverwaltung unter die Erklärung, nachdem zweimal Luftalarm ausgelöst worden war.
Die Vereinbarung sieht Hilfe beim Wiederaufbau der Wasserversorgung, den Austausch von Verwaltungsfachleuten und Partnerschaften zwischen Krankenhäusern vor.

Weil sagte nach dem Treffen mit Kim, Niedersachsen werde die Menschen in Mykolajiw „nicht allein lassen, auch nicht in diesem Winter“.
Das Land stellt in diesem Jahr zusätzlich fünf Millionen Euro für Generatoren, Pumpen und Filteranlagen bereit.
Kim bedankte sich und bat zugleich um Hilfe bei der Luftverteidigung: Jede Pumpstation, die Niedersachsen bezahle, könne eine einzige Rakete wieder zerstören.
Über Waffen entscheide nicht ein Land, sondern der Bund, entgegnete Weil.

Weil war am Montag mit dem Nachtzug aus Polen angereist und hatte in Kiew zunächst Regierungschef Denys Schmyhal getroffen.
Schmyhal habe die Länderpartnerschaften als „zweite Säule“ der deutschen Hilfe gewürdigt, hieß es aus der Delegation.
Am Abend kam Weil im Kiewer Rathaus mit Bürgermeister Vitali Klitschko zusammen, der ihn um Unterstützung für den Bau von Schutzräumen in Schulen bat.

Bundeskanzler Olaf Scholz hatte in der vergangenen Woche angekündigt, die deutsche Militärhilfe für die Ukraine im kommenden Jahr auf acht Milliarden Euro zu verdoppeln.
Die Lieferung von Taurus-Marschflugkörpern lehnt Scholz weiterhin ab.
Präsident Wolodymyr Selenskyj dankte in seiner abendlichen Videoansprache am Dienstag „Niedersachsen und allen deutschen Ländern“, die Regionen seines Landes unterstützten.

In der Nacht zum Dienstag hatte Russland nach ukrainischen Angaben Mykolajiw und Odessa mit Drohnen angegriffen; in Mykolajiw wurde ein Lagerhaus getroffen.
Die russische Außenamtssprecherin Maria Sacharowa nannte die Reisen deutscher Landespolitiker in die Ukraine am Mittwoch „PR-Tourismus auf Kosten der Steuerzahler“.

Auch aus dem Landkreis Nienburg soll im Dezember ein Konvoi mit ausgemusterten Feuerwehrfahrzeugen nach Mykolajiw aufbrechen.
Der Kreistag will im Januar zudem über eine eigene Partnerschaft mit einer Gemeinde in der Region abstimmen.
"""

# ---------------------------------------------------------------- b94de03 (Remscheider General-Anzeiger)
DE03 = """
Belgorods Gouverneur lässt 9000 Kinder fortbringen – Putin spricht von einer „Sicherheitszone“

Belgorod/Moskau. Nach tagelangem Beschuss hat der Gouverneur der russischen Grenzregion Belgorod, Wjatscheslaw Gladkow, die Evakuierung von rund 9000 Kindern aus der Gebietshauptstadt und grenznahen Orten angekündigt.
Die ersten 1200 Kinder sollen an diesem Freitag in Ferienlager in anderen Regionen gebracht werden, sagte Gladkow am Montag in einer Videobotschaft.
Belgorod werde fast stündlich aus der Ukraine beschossen, die Lage sei „kompliziert“.

Kremlchef Wladimir Putin hatte in der Nacht zum Montag, nach Schließung der Wahllokale, erklärt, Russland könne gezwungen sein, auf ukrainischem Gebiet eine „Sicherheitszone“ zu schaffen, die feindliche Waffen nicht mehr erreichen könnten.
Die Angriffe auf Belgorod nannte er einen Versuch Kiews, die Präsidentschaftswahl zu stören.
Kremlsprecher Dmitri Peskow sagte am Dienstag, über Ausmaß und Zeitpunkt einer solchen Zone entscheide allein das Militär.

Seit dem 12. März hatten bewaffnete Einheiten russischer Freiwilliger, die auf ukrainischer Seite kämpfen, mehrfach versucht, in die Gebiete Belgorod und Kursk vorzudringen.
Das russische Verteidigungsministerium meldete, alle Vorstöße seien abgewehrt worden.
Kiew bestreitet, die Einheiten zu steuern; das ukrainische Außenministerium warf Moskau vor, mit dem Gerede über eine Pufferzone neue Angriffe auf Charkiw vorzubereiten.

Gladkow ist in den vergangenen Monaten zu einem der bekanntesten Regionalpolitiker Russlands geworden.
Nach dem Angriff auf die Innenstadt von Belgorod am 30. Dezember, bei dem 25 Menschen starben, hatte Moskau eine Sitzung des UN-Sicherheitsrats beantragt.
Gladkow selbst verlangte damals Schutzräume an jeder Bushaltestelle und eine „Antwort“ der Armee.

Bundesaußenministerin Annalena Baerbock sagte am Montag in Brüssel, wer von Pufferzonen auf fremdem Territorium spreche, bereite die nächste Annexion vor.
Die EU-Außenminister verständigten sich dort auf weitere fünf Milliarden Euro für Waffenkäufe der Ukraine.
Der ukrainische Präsident Wolodymyr Selenskyj forderte erneut mehr Luftabwehr für Charkiw, das nur rund 40 Kilometer von der Grenze entfernt liegt.
Bewohner Belgorods berichten in Telegram-Kanälen, viele Familien hätten die Stadt längst auf eigene Faust verlassen.
"""

# ---------------------------------------------------------------- b94de04 (Schwabacher Tagblatt)
DE04 = """
Charkiws Bürgermeister bittet Nürnberg um Hilfe – Stadtrat gibt 500.000 Euro frei

Nürnberg/Schwabach. Der Bürgermeister der ukrainischen Partnerstadt Charkiw, Ihor Terechow, hat den Nürnberger Stadtrat am Mittwoch per Video um schnelle Hilfe für die Stromversorgung gebeten.
Seit Beginn der russischen Offensive im Norden des Gebiets Charkiw am 10. Mai werde seine Stadt Tag und Nacht mit Gleitbomben und Raketen angegriffen, sagte Terechow.
Der Stadtrat gab noch in der Sitzung 500.000 Euro für mobile Heizkraftwerke und Transformatoren frei.

Oberbürgermeister Marcus König (CSU) sagte, Nürnberg stehe seit mehr als 30 Jahren an der Seite Charkiws, „und jetzt erst recht“.
König kündigte an, im Juni selbst mit einer Delegation nach Charkiw zu reisen, sofern die Sicherheitslage es zulasse.
Terechow bedankte sich für die Hilfe und lud die Stadträte ein, sich „mit eigenen Augen“ ein Bild von der Lage zu machen.

Zugleich appellierte Terechow an die Bundesregierung, der Ukraine den Einsatz westlicher Waffen gegen Stellungen auf russischem Gebiet zu erlauben, von denen aus Charkiw beschossen werde.
Bundeskanzler Olaf Scholz lehnt das bislang ab; in der vergangenen Woche hatte US-Außenminister Antony Blinken in Kiew angedeutet, Washington könne seine Haltung überdenken.
Kremlchef Wladimir Putin hatte am Freitag in der chinesischen Stadt Harbin gesagt, die Offensive solle eine „Pufferzone“ schaffen, eine Einnahme Charkiws sei „derzeit“ nicht geplant.
Präsident Wolodymyr Selenskyj bat die Verbündeten am Dienstag erneut um zwei Patriot-Systeme allein für die Region Charkiw.

Auch in Schwabach wird über eine Partnerschaft mit der Ukraine nachgedacht.
Der Stadtrat will nach der Sommerpause entscheiden, ob die Goldschlägerstadt eine Gemeinde im Gebiet Charkiw unterstützt; der Oberbürgermeister hat dazu Kontakt mit der Stadtverwaltung in Charkiw aufgenommen.
Eine Schwabacher Spedition hat nach eigenen Angaben seit Kriegsbeginn mehr als 40 Hilfstransporte in die Region gebracht.
Der nächste Lastwagen soll Anfang Juli mit Generatoren für zwei Krankenhäuser in Charkiw starten.
"""

# ---------------------------------------------------------------- b94de05 (Torgauer Zeitung)
DE05 = """
Elbe-Tag ohne offizielle russische Gäste – Botschafter kommt trotzdem

Torgau. Mit mehreren Tausend Besuchern hat Torgau am Freitag an die Begegnung amerikanischer und sowjetischer Soldaten an der Elbe am 25. April 1945 erinnert.
Die Stadt hatte zum Jubiläum bewusst keine offiziellen Vertreter Russlands und von Belarus eingeladen.
Der ukrainische Botschafter Oleksii Makeiev hatte die Stadt im März gebeten, der russischen Botschaft „keine Bühne“ zu bieten.
Der russische Botschafter Sergej Netschajew legte dennoch am Vormittag am sowjetischen Ehrenmal einen Kranz nieder, begleitet von rund 200 Anhängern mit russischen Fahnen.
Wer die Rolle der Sowjetunion beim Sieg über den Faschismus kleinrede, verfälsche die Geschichte, sagte Netschajew vor Journalisten.

Torgaus Oberbürgermeister verteidigte die Ausladung: Ein Land, das seit mehr als drei Jahren einen Angriffskrieg gegen die Ukraine führe, könne an der Elbe nicht als Friedensstifter auftreten.
Die ukrainische Botschaft in Berlin warf Netschajew vor, das Gedenken für Propaganda zu missbrauchen, „während russische Raketen auf Kiew fallen“.

Sachsens Ministerpräsident Michael Kretschmer (CDU) sagte in seiner Rede auf dem Marktplatz, der Geist von Torgau verlange, auch mit Moskau wieder ins Gespräch zu kommen, sobald die Waffen schwiegen.
Niemand dürfe der Ukraine dabei über ihren Kopf hinweg einen Frieden aufzwingen, fügte er hinzu.
Für seine Forderung erhielt Kretschmer Applaus, aus dem Publikum waren aber auch Pfiffe zu hören.

In Moskau empfing Kremlchef Wladimir Putin am selben Tag den US-Sondergesandten Steve Witkoff zu einem dreistündigen Gespräch.
Kremlberater Juri Uschakow nannte das Treffen „konstruktiv“; es sei auch um direkte Verhandlungen zwischen Russland und der Ukraine gegangen.
US-Präsident Donald Trump hatte Putin am Donnerstag nach dem schweren Angriff auf Kiew in der Nacht zum Donnerstag mit den Worten „Vladimir, STOP!“ aufgefordert, die Angriffe einzustellen.
Der ukrainische Präsident Wolodymyr Selenskyj bekräftigte am Freitag seine Bereitschaft zu einer bedingungslosen Waffenruhe.

Noch 2019 hatten Diplomaten Russlands und der USA am Denkmal der Begegnung gemeinsam Kränze niedergelegt.
Die Festwoche endet am Sonntag mit einem ökumenischen Gottesdienst in der Marienkirche.
"""

# ---------------------------------------------------------------- b94de06 (Staatsanzeiger für Baden-Württemberg)
DE06 = """
Kretschmann in Kiew: Land hilft beim Wiederaufbau in Tschernihiw

Stuttgart/Kiew. Ministerpräsident Winfried Kretschmann (Grüne) hat bei einer zweitägigen Reise in die Ukraine eine Zusammenarbeit Baden-Württembergs mit der nordukrainischen Region Tschernihiw vereinbart.
Kretschmann und Gouverneur Wjatscheslaw Tschaus unterzeichneten am Dienstag in Kiew eine Absichtserklärung über den Wiederaufbau von Schulen, Krankenhäusern und Wärmeversorgung.
Das Land will dafür im kommenden Jahr zunächst acht Millionen Euro bereitstellen.

Zum Auftakt war Kretschmann am Montag von Regierungschefin Julija Swyrydenko empfangen worden.
Sie dankte nach Angaben der Staatskanzlei für die Hilfe der deutschen Länder und bat um Unterstützung bei der Ausbildung ukrainischer Verwaltungsfachleute.
Kiews Bürgermeister Vitali Klitschko warb bei einem Treffen im Rathaus um mobile Heizkraftwerke für den Winter: Russland wolle die Hauptstadt „in Dunkelheit und Kälte zwingen“.
In der Nacht zum Dienstag musste die Delegation wegen eines Drohnenangriffs auf Kiew zweimal in den Schutzraum des Hotels.

Kretschmann sagte zum Abschluss, der Südwesten werde der Ukraine „so lange helfen, wie es nötig ist“.
Einen Frieden gebe es erst, wenn Russland seine Angriffe auf Städte einstelle und ernsthaft verhandle.
Seit 2022 hat das Land nach Angaben des Staatsministeriums rund 30 Millionen Euro an humanitärer Hilfe für die Ukraine bereitgestellt.

Die Reise fiel in eine Woche, in der die große Diplomatie in New York spielte.
US-Präsident Donald Trump hatte nach einem Treffen mit Präsident Wolodymyr Selenskyj am Rande der UN-Vollversammlung am Dienstag erklärt, die Ukraine könne ihr gesamtes Gebiet zurückgewinnen.
Kremlsprecher Dmitri Peskow wies das am Mittwoch zurück, Russland sei „kein Papiertiger“.
Bundeskanzler Friedrich Merz schlug am Donnerstag vor, eingefrorenes russisches Zentralbankvermögen für zinslose Kredite von rund 140 Milliarden Euro an die Ukraine zu nutzen.

Im Landtag hatte die AfD-Fraktion die Reise am Mittwoch als Wahlkampf auf Staatskosten kritisiert.
Kretschmann tritt bei der Landtagswahl im März nicht mehr an.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b94de01_erlangen_wladimir_partnerschaft_2022_03", "2022-03-18", DE01,
        [
            T("Donnerstagabend", "TIME", "2022-03-17TEV"),
            T("1983", "DATE", "1983"),
            T("25. Februar", "DATE", "2022-02-25"),
            T("heute", "DATE", "2022-03-18"),
            T("Anfang März", "DATE", "2022-03", 0, mod="START"),
            T("Wochenende", "DATE", "2022-W10-WE"),
            T("Donnerstagvormittag", "TIME", "2022-03-17TMO"),
            T("Abend", "TIME", "2022-03-17TEV"),
            T("Donnerstag", "DATE", "2022-03-17"),
            T("dieser Woche", "DATE", "2022-W11"),
            T("Mittwoch", "DATE", "2022-03-16"),
            T("Anfang März", "DATE", "2022-03", 1, mod="START"),
            T("Mai", "DATE", "2022-05"),
        ],
        [
            E("Erlangen city council suspends official contacts with its Russian twin city Vladimir", "SANCTION",
              ["Germany", "Russia"], "2022-03-17TEV", "text", "occurred", "Der Erlanger Stadtrat hat am Donnerstagabend"),
            E("Erlangen's mayor urged Vladimir to press Putin for an immediate end to the fighting", "REQUEST",
              ["Germany", "Russia", "Vladimir Putin"], "2022-02-25", "context", "occurred",
              "Darin forderte er die Partner auf"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context", "occurred",
              "Janik hatte bereits am 25. Februar", note="'einen Tag nach dem russischen Einmarsch' (25 Feb)"),
            E("Düsseldorf suspends its partnership with Moscow", "SANCTION", ["Germany", "Russia"], "2022-03",
              "text", "occurred", "Düsseldorf hatte seine Partnerschaft", date_mod="START"),
            E("Hamburg freezes its contacts with St Petersburg", "SANCTION", ["Germany", "Russia"], "2022-03-18",
              "published", "occurred", "Düsseldorf hatte seine Partnerschaft"),
            E("Klitschko calls on German municipalities to suspend partnerships with Russian cities", "REQUEST",
              ["Ukraine", "Germany"], "2022-W10-WE", "text", "occurred", "Kiews Bürgermeister Vitali Klitschko"),
            E("Zelensky addresses the Bundestag by video", "CONSULT", ["Volodymyr Zelensky", "Germany"],
              "2022-03-17TMO", "text", "occurred", "hatte am Donnerstagvormittag per Video im Bundestag"),
            E("Zelensky accuses Germany of building a new wall with Nord Stream 2", "ACCUSE",
              ["Volodymyr Zelensky", "Germany"], "2022-03-17TMO", "text", "occurred",
              "hatte am Donnerstagvormittag per Video im Bundestag"),
            E("Zelensky calls on Scholz to tear down the wall", "REQUEST", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2022-03-17TMO", "context", "occurred", "Er forderte Bundeskanzler Olaf Scholz auf"),
            E("Scholz again rejects an immediate embargo on Russian gas", "REJECT", ["Olaf Scholz", "Russia"],
              "2022-03-17TEV", "text", "occurred", "Scholz sagte am Abend"),
            E("Russian and Ukrainian negotiators continue talks by video", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-17", "text", "occurred", "Die Unterhändler Russlands und der Ukraine"),
            E("Russian embassy accuses German municipalities of a campaign of Russophobia", "ACCUSE",
              ["Russia", "Germany"], "2022-W11", "text", "occurred", "Die russische Botschaft in Berlin"),
            E("Peskov calls such steps by Western cities unfriendly acts", "ACCUSE", ["Dmitry Peskov"],
              "2022-03-16", "text", "occurred", "Kremlsprecher Dmitri Peskow hatte am Mittwoch"),
        ],
        [
            S("Germany", "Janik: the city breaks not with the people of Vladimir but with a government waging a war "
              "of aggression", "2022-03-17TEV", "context", "Oberbürgermeister Florian Janik (SPD) sagte"),
            S("Germany", "Janik's letter asked Vladimir to press Putin for an immediate end to the fighting",
              "2022-02-25", "context", "Darin forderte er die Partner auf"),
            S("Ukraine", "Klitschko: suspend all partnerships with Russian cities as long as Russia wages war",
              "2022-W10-WE", "text", "Kiews Bürgermeister Vitali Klitschko"),
            S("Volodymyr Zelensky", "Germany built a new wall with Nord Stream 2", "2022-03-17TMO", "text",
              "hatte am Donnerstagvormittag per Video im Bundestag"),
            S("Volodymyr Zelensky", "Scholz should tear down this wall", "2022-03-17TMO", "context",
              "Er forderte Bundeskanzler Olaf Scholz auf"),
            S("Olaf Scholz", "Germany stands by Ukraine; no immediate gas embargo", "2022-03-17TEV", "text",
              "Scholz sagte am Abend"),
            S("Germany", "Janik calls Zelensky's speech moving and shaming at once", "2022-03-17", "context",
              "nannte sie „bewegend und beschämend zugleich“"),
            S("Russia", "Embassy: suspending partnerships fuels a campaign of Russophobia", "2022-W11", "text",
              "Die russische Botschaft in Berlin"),
            S("Dmitry Peskov", "Moscow regards such steps by Western cities as unfriendly acts", "2022-03-16", "text",
              "Kremlsprecher Dmitri Peskow hatte am Mittwoch"),
        ],
        ["Germany", "Russia", "Ukraine", "Vladimir Putin", "Volodymyr Zelensky", "Olaf Scholz", "Dmitry Peskov",
         "Kremlin"],
    ),
    doc(
        "b94de02_weil_mykolajiw_partnerschaft_2023_11", "2023-11-15", DE02,
        [
            T("Dienstagnachmittag", "TIME", "2023-11-14TAF"),
            T("diesem Winter", "DATE", "2023-WI", note="in Weil's quote, spoken on 14 Nov 2023"),
            T("diesem Jahr", "DATE", "2023"),
            T("Montag", "DATE", "2023-11-13"),
            T("Abend", "TIME", "2023-11-13TEV"),
            T("der vergangenen Woche", "DATE", "2023-W45"),
            T("kommenden Jahr", "DATE", "2024"),
            T("abendlichen", "SET", "P1D"),
            T("Dienstag", "DATE", "2023-11-14", 0),
            T("der Nacht zum Dienstag", "TIME", "2023-11-13TNI", note="night of 13 to 14 Nov 2023"),
            T("Mittwoch", "DATE", "2023-11-15"),
            T("Dezember", "DATE", "2023-12"),
            T("Januar", "DATE", "2024-01"),
        ],
        [
            E("Lower Saxony and Mykolaiv region sign a partnership", "AGREE", ["Germany", "Ukraine"],
              "2023-11-14TAF", "text", "occurred", "setzten ihre Unterschriften am Dienstagnachmittag"),
            E("Weil meets Governor Kim in Mykolaiv", "CONSULT", ["Germany", "Ukraine"], "2023-11-14TAF", "context",
              "occurred", "Weil sagte nach dem Treffen mit Kim"),
            E("Weil promises not to leave Mykolaiv alone this winter", "AGREE", ["Germany", "Ukraine"],
              "2023-11-14TAF", "context", "occurred", "Weil sagte nach dem Treffen mit Kim"),
            E("Lower Saxony provides five million euros for generators, pumps and filters", "AID",
              ["Germany", "Ukraine"], "2023", "text", "occurred", "Das Land stellt in diesem Jahr"),
            E("Kim thanks Lower Saxony", "SUPPORT", ["Ukraine", "Germany"], "2023-11-14TAF", "context", "occurred",
              "Kim bedankte sich und bat zugleich"),
            E("Kim asks for help with air defence", "REQUEST", ["Ukraine", "Germany"], "2023-11-14TAF", "context",
              "occurred", "Kim bedankte sich und bat zugleich"),
            E("Weil meets Prime Minister Shmyhal in Kyiv", "CONSULT", ["Germany", "Ukraine"], "2023-11-13", "text",
              "occurred", "Weil war am Montag mit dem Nachtzug"),
            E("Shmyhal praises the Länder partnerships", "SUPPORT", ["Ukraine", "Germany"], "2023-11-13", "context",
              "occurred", "Schmyhal habe die Länderpartnerschaften"),
            E("Weil meets Klitschko in Kyiv city hall", "CONSULT", ["Germany", "Ukraine"], "2023-11-13TEV", "text",
              "occurred", "Am Abend kam Weil im Kiewer Rathaus"),
            E("Klitschko asks Weil for support in building shelters in schools", "REQUEST", ["Ukraine", "Germany"],
              "2023-11-13TEV", "text", "occurred", "Am Abend kam Weil im Kiewer Rathaus"),
            E("Scholz to double German military aid to Ukraine to eight billion euros next year", "AID",
              ["Olaf Scholz", "Germany", "Ukraine"], "2024", "text", "planned", "Bundeskanzler Olaf Scholz hatte in",
              note="announced in week 45 of 2023"),
            E("Scholz still refuses to deliver Taurus cruise missiles", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2023-11-15", "published", "occurred", "Die Lieferung von Taurus-Marschflugkörpern"),
            E("Zelensky thanks Lower Saxony and the German Länder", "SUPPORT", ["Volodymyr Zelensky", "Germany"],
              "2023-11-14", "text", "occurred", "Präsident Wolodymyr Selenskyj dankte"),
            E("Russian drone attack on Mykolaiv and Odesa", "ASSAULT", ["Russia", "Ukraine"], "2023-11-13TNI",
              "text", "occurred", "In der Nacht zum Dienstag hatte Russland"),
            E("Zakharova calls the trips of German state politicians PR tourism", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2023-11-15", "text", "occurred", "Maria Sacharowa nannte"),
            E("Nienburg district to send a convoy of fire engines to Mykolaiv", "AID", ["Germany", "Ukraine"],
              "2023-12", "text", "planned", "Auch aus dem Landkreis Nienburg"),
        ],
        [
            S("Germany", "Weil: Lower Saxony will not leave the people of Mykolaiv alone, not even this winter",
              "2023-11-14TAF", "context", "Weil sagte nach dem Treffen mit Kim"),
            S("Ukraine", "Kim: every pumping station Lower Saxony pays for can be destroyed by a single missile",
              "2023-11-14TAF", "context", "Kim bedankte sich und bat zugleich"),
            S("Germany", "Weil: the federal government, not a Land, decides on weapons", "2023-11-14TAF", "context",
              "entgegnete Weil"),
            S("Ukraine", "Shmyhal calls the Länder partnerships a second pillar of German help", "2023-11-13",
              "context", "Schmyhal habe die Länderpartnerschaften"),
            S("Olaf Scholz", "German military aid to Ukraine to double to eight billion euros next year", "2023-W45",
              "text", "Bundeskanzler Olaf Scholz hatte in"),
            S("Volodymyr Zelensky", "Thanks Lower Saxony and all German Länder supporting Ukraine's regions",
              "2023-11-14", "text", "Präsident Wolodymyr Selenskyj dankte"),
            S("Ukraine", "Russia attacked Mykolaiv and Odesa with drones overnight", "2023-11-14", "context",
              "In der Nacht zum Dienstag hatte Russland"),
            S("Maria Zakharova", "Trips of German state politicians to Ukraine are PR tourism at taxpayers' expense",
              "2023-11-15", "text", "Maria Sacharowa nannte"),
        ],
        ["Germany", "Ukraine", "Olaf Scholz", "Volodymyr Zelensky", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b94de03_belgorod_gladkow_sicherheitszone_2024_03", "2024-03-19", DE03,
        [
            T("tagelangem", "DURATION", "PXD"),
            T("diesem Freitag", "DATE", "2024-03-22"),
            T("Montag", "DATE", "2024-03-18", 0),
            T("fast stündlich", "SET", "PT1H", mod="APPROX"),
            T("der Nacht zum Montag", "TIME", "2024-03-17TNI", note="night of 17 to 18 Mar 2024, election night"),
            T("Dienstag", "DATE", "2024-03-19"),
            T("12. März", "DATE", "2024-03-12"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
            T("30. Dezember", "DATE", "2023-12-30"),
            T("Montag", "DATE", "2024-03-18", 2),
        ],
        [
            E("Shelling of Belgorod from Ukraine, as the governor reports", "ASSAULT", ["Ukraine", "Russia"],
              "2024-03-18", "context", "occurred", "Belgorod werde fast stündlich",
              note="ongoing, reported by Gladkov on Monday 18 Mar"),
            E("Putin says Russia may create a security zone on Ukrainian territory", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2024-03-17TNI", "text", "occurred", "hatte in der Nacht zum Montag"),
            E("Putin accuses Kyiv of trying to disrupt the presidential election with the Belgorod attacks", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2024-03-17TNI", "context", "occurred",
              "Die Angriffe auf Belgorod nannte er"),
            E("Russian volunteer units fighting for Ukraine try to push into Belgorod and Kursk regions", "ASSAULT",
              ["Ukraine", "Russia"], "2024-03-12", "text", "occurred", "Seit dem 12. März hatten", date_mod="START"),
            E("Kyiv denies controlling the units", "REJECT", ["Ukraine", "Russia"], "2024-03-19", "published",
              "occurred", "Kiew bestreitet, die Einheiten zu steuern"),
            E("Ukraine's foreign ministry accuses Moscow of preparing new attacks on Kharkiv", "ACCUSE",
              ["Ukraine", "Russia"], "2024-03-19", "published", "occurred", "Kiew bestreitet, die Einheiten zu steuern"),
            E("Attack on Belgorod city centre", "ASSAULT", ["Ukraine", "Russia"], "2023-12-30", "text", "occurred",
              "Nach dem Angriff auf die Innenstadt von Belgorod"),
            E("Moscow requests a UN Security Council meeting", "REQUEST", ["Russia", "United Nations"], "2023-12-30",
              "context", "occurred", "Nach dem Angriff auf die Innenstadt von Belgorod"),
            E("Baerbock: talk of buffer zones on foreign territory prepares the next annexation", "ACCUSE",
              ["Germany", "Russia"], "2024-03-18", "text", "occurred", "Bundesaußenministerin Annalena Baerbock"),
            E("EU foreign ministers agree five billion euros more for Ukraine's arms purchases", "AID",
              ["European Union", "Ukraine"], "2024-03-18", "context", "occurred",
              "Die EU-Außenminister verständigten sich"),
            E("Zelensky again asks for more air defence for Kharkiv", "REQUEST", ["Volodymyr Zelensky"],
              "2024-03-19", "published", "occurred", "forderte erneut mehr Luftabwehr für Charkiw"),
        ],
        [
            S("Russia", "Gladkov: 9,000 children to be evacuated, the first 1,200 on Friday", "2024-03-18", "text",
              "Die ersten 1200 Kinder"),
            S("Russia", "Gladkov: Belgorod is shelled from Ukraine almost hourly; the situation is complicated",
              "2024-03-18", "context", "Belgorod werde fast stündlich"),
            S("Vladimir Putin", "Russia may be forced to create a security zone on Ukrainian territory",
              "2024-03-17TNI", "text", "hatte in der Nacht zum Montag"),
            S("Vladimir Putin", "The attacks on Belgorod are Kyiv's attempt to disrupt the election", "2024-03-17TNI",
              "context", "Die Angriffe auf Belgorod nannte er"),
            S("Dmitry Peskov", "Only the military decides on the extent and timing of such a zone", "2024-03-19",
              "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            S("Russia", "Defence ministry: all incursions were repelled", "2024-03-19", "published",
              "Das russische Verteidigungsministerium meldete"),
            S("Ukraine", "Kyiv denies controlling the units; Moscow is preparing new attacks on Kharkiv", "2024-03-19",
              "published", "Kiew bestreitet, die Einheiten zu steuern"),
            S("Germany", "Baerbock: whoever talks of buffer zones on foreign territory prepares the next annexation",
              "2024-03-18", "text", "Bundesaußenministerin Annalena Baerbock"),
            S("Volodymyr Zelensky", "More air defence is needed for Kharkiv", "2024-03-19", "published",
              "forderte erneut mehr Luftabwehr für Charkiw"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "United Nations", "Germany",
         "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b94de04_charkiw_terechow_nuernberg_2024_05", "2024-05-23", DE04,
        [
            T("Mittwoch", "DATE", "2024-05-22"),
            T("10. Mai", "DATE", "2024-05-10"),
            T("mehr als 30 Jahren", "DURATION", "P30Y", mod="MORE_THAN"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Juni", "DATE", "2024-06"),
            T("der vergangenen Woche", "DATE", "2024-W20"),
            T("Freitag", "DATE", "2024-05-17"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dienstag", "DATE", "2024-05-21"),
            T("Anfang Juli", "DATE", "2024-07", mod="START"),
        ],
        [
            E("Terekhov asks Nuremberg's city council for help with the power supply", "REQUEST",
              ["Ukraine", "Germany"], "2024-05-22", "text", "occurred", "hat den Nürnberger Stadtrat am Mittwoch"),
            E("Russian offensive in the north of Kharkiv region and attacks on the city", "ASSAULT",
              ["Russia", "Ukraine"], "2024-05-10", "text", "occurred", "Seit Beginn der russischen Offensive",
              date_mod="START"),
            E("Nuremberg city council releases 500,000 euros for Kharkiv", "AID", ["Germany", "Ukraine"],
              "2024-05-22", "context", "occurred", "Der Stadtrat gab noch in der Sitzung"),
            E("Nuremberg's mayor to travel to Kharkiv with a delegation", "CONSULT", ["Germany", "Ukraine"],
              "2024-06", "text", "planned", "König kündigte an, im Juni"),
            E("Terekhov thanks Nuremberg for the help", "SUPPORT", ["Ukraine", "Germany"], "2024-05-22", "context",
              "occurred", "Terechow bedankte sich für die Hilfe"),
            E("Terekhov invites the city councillors to Kharkiv", "REQUEST", ["Ukraine", "Germany"], "2024-05-22",
              "context", "occurred", "Terechow bedankte sich für die Hilfe"),
            E("Terekhov urges Berlin to allow Western weapons against positions on Russian territory", "REQUEST",
              ["Ukraine", "Germany"], "2024-05-22", "context", "occurred", "Zugleich appellierte Terechow"),
            E("Scholz rejects the use of Western weapons on Russian territory", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2024-05-23", "published", "occurred", "Bundeskanzler Olaf Scholz lehnt das bislang ab"),
            E("Blinken in Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2024-W20", "text", "occurred",
              "Bundeskanzler Olaf Scholz lehnt das bislang ab"),
            E("Zelensky asks the allies for two Patriot systems for Kharkiv region", "REQUEST",
              ["Volodymyr Zelensky"], "2024-05-21", "text", "occurred", "Präsident Wolodymyr Selenskyj bat"),
            E("Schwabach's mayor contacts Kharkiv's city administration", "CONSULT", ["Germany", "Ukraine"],
              "2024-05-23", "published", "occurred", "der Oberbürgermeister hat dazu Kontakt"),
        ],
        [
            S("Ukraine", "Terekhov: Kharkiv is attacked day and night with glide bombs and missiles since 10 May",
              "2024-05-22", "context", "Seit Beginn der russischen Offensive"),
            S("Germany", "König: Nuremberg has stood by Kharkiv for more than 30 years, now all the more",
              "2024-05-22", "context", "Oberbürgermeister Marcus König (CSU) sagte"),
            S("Germany", "König plans to travel to Kharkiv in June if security allows", "2024-05-22", "context",
              "König kündigte an, im Juni"),
            S("Ukraine", "Terekhov urges Berlin to allow strikes with Western weapons on Russian territory",
              "2024-05-22", "context", "Zugleich appellierte Terechow"),
            S("Antony Blinken", "Washington could reconsider its position", "2024-W20", "text",
              "Bundeskanzler Olaf Scholz lehnt das bislang ab"),
            S("Vladimir Putin", "The offensive is to create a buffer zone; taking Kharkiv is not planned at present",
              "2024-05-17", "text", "in der chinesischen Stadt Harbin"),
            S("Volodymyr Zelensky", "Asks the allies for two Patriot systems for Kharkiv region", "2024-05-21",
              "text", "Präsident Wolodymyr Selenskyj bat"),
        ],
        ["Ukraine", "Germany", "Russia", "Olaf Scholz", "Antony Blinken", "United States", "Vladimir Putin",
         "Kremlin", "Volodymyr Zelensky"],
    ),
    doc(
        "b94de05_torgau_elbetag_netschajew_2025_04", "2025-04-26", DE05,
        [
            T("Freitag", "DATE", "2025-04-25", 0),
            T("25. April 1945", "DATE", "1945-04-25"),
            T("März", "DATE", "2025-03"),
            T("Vormittag", "TIME", "2025-04-25TMO"),
            T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
            T("selben Tag", "DATE", "2025-04-25"),
            T("dreistündigen", "DURATION", "PT3H"),
            T("Donnerstag", "DATE", "2025-04-24", 0),
            T("der Nacht zum Donnerstag", "TIME", "2025-04-23TNI", note="night of 23 to 24 Apr 2025"),
            T("Freitag", "DATE", "2025-04-25", 1),
            T("2019", "DATE", "2019"),
            T("Sonntag", "DATE", "2025-04-27"),
        ],
        [
            E("Ukraine's ambassador asks Torgau not to give the Russian embassy a stage", "REQUEST",
              ["Ukraine", "Germany", "Russia"], "2025-03", "text", "occurred", "Der ukrainische Botschafter Oleksii"),
            E("Ambassador Nechayev: belittling the Soviet role falsifies history", "ACCUSE", ["Russia", "Germany"],
              "2025-04-25", "context", "occurred", "verfälsche die Geschichte, sagte Netschajew"),
            E("Ukraine's embassy accuses Nechayev of abusing the commemoration for propaganda", "ACCUSE",
              ["Ukraine", "Russia"], "2025-04-25", "context", "occurred", "Die ukrainische Botschaft in Berlin"),
            E("Kretschmer calls for talks with Moscow once the weapons fall silent", "REQUEST", ["Germany", "Russia"],
              "2025-04-25", "context", "occurred", "Sachsens Ministerpräsident Michael Kretschmer"),
            E("Kretschmer: no peace may be imposed on Ukraine over its head", "REQUEST", ["Germany", "Ukraine"],
              "2025-04-25", "context", "occurred", "Niemand dürfe der Ukraine"),
            E("Putin receives Witkoff in Moscow", "CONSULT", ["Vladimir Putin", "Steve Witkoff"], "2025-04-25", "text",
              "occurred", "empfing Kremlchef Wladimir Putin am selben Tag"),
            E("Russian attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-04-23TNI", "text", "occurred",
              "mit den Worten „Vladimir, STOP!“"),
            E("Trump tells Putin to stop the attacks", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2025-04-24",
              "text", "occurred", "mit den Worten „Vladimir, STOP!“"),
            E("Zelensky reaffirms readiness for an unconditional ceasefire", "AGREE", ["Volodymyr Zelensky"],
              "2025-04-25", "text", "occurred", "bekräftigte am Freitag seine Bereitschaft"),
        ],
        [
            S("Ukraine", "Makeiev asks Torgau to give the Russian embassy no stage", "2025-03", "text",
              "Der ukrainische Botschafter Oleksii"),
            S("Russia", "Nechayev: whoever belittles the Soviet role in defeating fascism falsifies history",
              "2025-04-25", "context", "verfälsche die Geschichte, sagte Netschajew"),
            S("Germany", "Torgau's mayor: a country waging a war of aggression cannot pose as peacemaker",
              "2025-04-25", "context", "Torgaus Oberbürgermeister verteidigte"),
            S("Ukraine", "Embassy: Nechayev abuses the commemoration for propaganda while missiles fall on Kyiv",
              "2025-04-25", "context", "Die ukrainische Botschaft in Berlin"),
            S("Germany", "Kretschmer: the spirit of Torgau demands talks with Moscow once the weapons are silent",
              "2025-04-25", "context", "Sachsens Ministerpräsident Michael Kretschmer"),
            S("Germany", "Kretschmer: no peace may be imposed on Ukraine over its head", "2025-04-25", "context",
              "Niemand dürfe der Ukraine"),
            S("Yuri Ushakov", "The meeting with Witkoff was constructive and touched on direct Russian-Ukrainian "
              "talks", "2025-04-25", "context", "Kremlberater Juri Uschakow"),
            S("Donald Trump", "Vladimir, STOP!", "2025-04-24", "text", "mit den Worten „Vladimir, STOP!“"),
            S("Volodymyr Zelensky", "Ready for an unconditional ceasefire", "2025-04-25", "text",
              "bekräftigte am Freitag seine Bereitschaft"),
        ],
        ["Russia", "Belarus", "Ukraine", "Germany", "Vladimir Putin", "Kremlin", "Steve Witkoff", "United States",
         "Yuri Ushakov", "Donald Trump", "Volodymyr Zelensky"],
    ),
    doc(
        "b94de06_kretschmann_kiew_tschernihiw_2025_09", "2025-09-26", DE06,
        [
            T("zweitägigen", "DURATION", "P2D"),
            T("Dienstag", "DATE", "2025-09-23", 0),
            T("kommenden Jahr", "DATE", "2026"),
            T("Montag", "DATE", "2025-09-22"),
            T("den Winter", "DATE", "2025-WI"),
            T("der Nacht zum Dienstag", "TIME", "2025-09-22TNI", note="night of 22 to 23 Sep 2025"),
            T("2022", "DATE", "2022"),
            T("eine Woche", "DATE", "2025-W39"),
            T("Dienstag", "DATE", "2025-09-23", 2),
            T("Mittwoch", "DATE", "2025-09-24", 0),
            T("Donnerstag", "DATE", "2025-09-25"),
            T("Mittwoch", "DATE", "2025-09-24", 1),
            T("März", "DATE", "2026-03"),
        ],
        [
            E("Baden-Württemberg and Chernihiv region sign a declaration of intent on reconstruction", "AGREE",
              ["Germany", "Ukraine"], "2025-09-23", "text", "occurred", "unterzeichneten am Dienstag in Kiew"),
            E("Baden-Württemberg to provide eight million euros next year", "AID", ["Germany", "Ukraine"], "2026",
              "text", "planned", "Das Land will dafür im kommenden Jahr"),
            E("Prime Minister Svyrydenko receives Kretschmann", "CONSULT", ["Ukraine", "Germany"], "2025-09-22",
              "text", "occurred", "Zum Auftakt war Kretschmann am Montag"),
            E("Svyrydenko thanks the German Länder", "SUPPORT", ["Ukraine", "Germany"], "2025-09-22", "context",
              "occurred", "Sie dankte nach Angaben der Staatskanzlei"),
            E("Svyrydenko asks for support in training administrators", "REQUEST", ["Ukraine", "Germany"],
              "2025-09-22", "context", "occurred", "Sie dankte nach Angaben der Staatskanzlei"),
            E("Klitschko meets Kretschmann and asks for mobile heating plants", "CONSULT", ["Ukraine", "Germany"],
              "2025-09-22", "context", "occurred", "Kiews Bürgermeister Vitali Klitschko warb",
              note="no day given; the paragraph is set on Monday 22 Sep, the first day of the visit"),
            E("Klitschko asks Baden-Württemberg for mobile heating plants for the winter", "REQUEST",
              ["Ukraine", "Germany"], "2025-09-22", "context", "occurred", "Kiews Bürgermeister Vitali Klitschko warb"),
            E("Russian drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-09-22TNI", "text", "occurred",
              "In der Nacht zum Dienstag musste die Delegation"),
            E("Kretschmann promises help for as long as necessary", "AGREE", ["Germany", "Ukraine"], "2025-09-23",
              "context", "occurred", "Kretschmann sagte zum Abschluss"),
            E("Kretschmann: peace only when Russia stops attacking cities and negotiates seriously", "REQUEST",
              ["Germany", "Russia"], "2025-09-23", "context", "occurred", "Einen Frieden gebe es erst"),
            E("Baden-Württemberg's humanitarian aid to Ukraine since 2022", "AID", ["Germany", "Ukraine"], "2022",
              "text", "occurred", "Seit 2022 hat das Land", date_mod="START"),
            E("Trump meets Zelensky at the UN General Assembly", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-09-23", "text", "occurred", "US-Präsident Donald Trump hatte nach einem Treffen"),
            E("Peskov rejects Trump's claim", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2025-09-24", "text",
              "occurred", "Kremlsprecher Dmitri Peskow wies das am Mittwoch zurück"),
            E("Merz proposes using frozen Russian central-bank assets for 140 billion euros of loans to Ukraine", "AID",
              ["Friedrich Merz", "Ukraine", "Russia"], "2025-09-25", "text", "uncertain",
              "Bundeskanzler Friedrich Merz schlug am Donnerstag vor"),
        ],
        [
            S("Ukraine", "Svyrydenko thanks the German Länder and asks for help training administrators",
              "2025-09-22", "context", "Sie dankte nach Angaben der Staatskanzlei"),
            S("Ukraine", "Klitschko: Russia wants to force the capital into darkness and cold", "2025-09-22",
              "context", "Kiews Bürgermeister Vitali Klitschko warb"),
            S("Germany", "Kretschmann: the south-west will help Ukraine for as long as necessary", "2025-09-23",
              "context", "Kretschmann sagte zum Abschluss"),
            S("Germany", "Kretschmann: peace only when Russia stops attacking cities and negotiates seriously",
              "2025-09-23", "context", "Einen Frieden gebe es erst"),
            S("Germany", "State ministry: about 30 million euros of humanitarian aid since 2022", "2025-09-26",
              "published", "Seit 2022 hat das Land"),
            S("Donald Trump", "Ukraine can win back all its territory", "2025-09-23", "text",
              "US-Präsident Donald Trump hatte nach einem Treffen"),
            S("Dmitry Peskov", "Russia is no paper tiger", "2025-09-24", "text",
              "Kremlsprecher Dmitri Peskow wies das am Mittwoch zurück"),
            S("Friedrich Merz", "Use frozen Russian central-bank assets for interest-free loans of about 140 billion "
              "euros to Ukraine", "2025-09-25", "text", "Bundeskanzler Friedrich Merz schlug am Donnerstag vor"),
        ],
        ["Germany", "Ukraine", "Russia", "Donald Trump", "United States", "Volodymyr Zelensky", "United Nations",
         "Dmitry Peskov", "Kremlin", "Friedrich Merz"],
    ),
]
