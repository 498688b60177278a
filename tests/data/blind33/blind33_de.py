"""German articles of the blind33 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b33de01 (Aachener Zeitung)
DE01 = """
Russland verlässt den KSE-Vertrag – die Nato setzt das Abkommen ebenfalls aus

Moskau/Brüssel/Aachen. Russland ist endgültig aus dem Vertrag über Konventionelle Streitkräfte in Europa (KSE) ausgestiegen.
Der Austritt wurde am Dienstag um Mitternacht Moskauer Zeit wirksam, wie das russische Außenministerium mitteilte.
Der Vertrag, den die Staaten der Nato und des Warschauer Pakts am 19. November 1990 in Paris unterzeichnet hatten, sei für Russland damit „Geschichte“, hieß es in der Erklärung.
Moskau machte die Erweiterung der Nato für den Schritt verantwortlich: Die Aufnahme Finnlands in die Allianz im April und der Beitrittsantrag Schwedens vom Mai 2022 hätten das Abkommen endgültig ausgehöhlt.
Schon 2007 hatte Russland die Anwendung des Vertrags ausgesetzt, im Mai dieses Jahres unterzeichnete Kremlchef Wladimir Putin das Gesetz über die Kündigung.

Die Nato-Staaten reagierten noch am Dienstag und setzten ihrerseits die Anwendung des Vertrags aus, „so lange wie nötig“, wie es in einer Erklärung des Nordatlantikrats hieß.
Generalsekretär Jens Stoltenberg sprach von einem weiteren Schritt, mit dem Russland die euro-atlantische Sicherheit untergrabe.
Die Allianz bleibe aber offen für Gespräche über Rüstungskontrolle, fügte er hinzu.
Die USA kündigten am selben Tag an, ihre Verpflichtungen aus dem Vertrag vom 7. Dezember an auszusetzen.
US-Außenminister Antony Blinken nannte den russischen Austritt einen weiteren Beleg dafür, dass Moskau seine Zusagen missachte.

Die Bundesregierung bedauerte den Schritt.
Russland reiße „Stein um Stein“ die Sicherheitsarchitektur ein, die Europa nach dem Ende des Kalten Krieges Stabilität gegeben habe, sagte eine Sprecherin des Auswärtigen Amts in Berlin.
Das ukrainische Außenministerium erklärte, Moskau habe den Vertrag schon mit dem Einmarsch im Februar 2022 „in Stücke gerissen“.
Außenminister Dmytro Kuleba wird Ende November in Brüssel erwartet, wo erstmals der Nato-Ukraine-Rat auf Ebene der Außenminister tagen soll.

Der Austritt fügt sich in eine Reihe von Schritten.
Vergangenen Donnerstag hatte Putin ein Gesetz unterzeichnet, mit dem Russland die Ratifizierung des Atomteststopp-Vertrags zurücknimmt.
Moskau werde nur dann wieder Atomwaffen testen, wenn die USA dies zuerst täten, versicherte Vize-Außenminister Sergej Rjabkow.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Russland sei grundsätzlich zu Gesprächen über strategische Stabilität bereit, allerdings nicht, solange Washington die Ukraine mit Waffen beliefere.

In der Region wird der Schritt mit Sorge verfolgt.
Auf dem Nato-Flugplatz Geilenkirchen, wo die Awacs-Aufklärungsflugzeuge der Allianz stationiert sind, hatten russische Inspektoren nach den Regeln des KSE-Vertrags noch im Jahr 2006 Kontrollbesuche gemacht.
„Mit dem Vertrag verschwindet ein Stück gegenseitiger Kontrolle, das gerade in Krisenzeiten Vertrauen geschaffen hat“, sagte der Aachener Friedensforscher Martin Kessler unserer Zeitung.
Der Kreistag Heinsberg will sich am Donnerstag in einer Sondersitzung mit den Ausbauplänen für den Flugplatz befassen.
"""

# ---------------------------------------------------------------- b33de02 (Passauer Neue Presse)
DE02 = """
Wiederaufbaukonferenz in Rom: Merz will Patriot-Systeme für die Ukraine in den USA kaufen

Rom/Passau. Bundeskanzler Friedrich Merz (CDU) hat angeboten, zusätzliche Patriot-Flugabwehrsysteme für die Ukraine in den USA zu kaufen.
Deutschland sei dazu bereit, sagte Merz am Donnerstag auf der Wiederaufbaukonferenz für die Ukraine in Rom, die Entscheidung liege aber in Washington.
Russland wolle offenkundig keinen Frieden, sondern setze auf Terror gegen die Zivilbevölkerung, fügte der Kanzler hinzu.
In der Nacht zum Donnerstag hatte Russland Kiew mit mehr als 400 Drohnen und 18 Raketen angegriffen, mindestens zwei Menschen wurden getötet.

Gastgeberin Giorgia Meloni eröffnete das zweitägige Treffen mit der Ankündigung, es seien bereits Zusagen von mehr als zehn Milliarden Euro zusammengekommen.
EU-Kommissionspräsidentin Ursula von der Leyen stellte einen europäischen Wiederaufbaufonds vor, der zunächst mit 220 Millionen Euro ausgestattet ist und bis Ende 2026 private Investitionen in Milliardenhöhe anstoßen soll.
Der ukrainische Präsident Wolodymyr Selenskyj bezifferte den Bedarf auf mehr als 500 Milliarden Dollar und bat die Partner vor allem um weitere Flugabwehr.
„Jede Patriot-Batterie rettet Leben, jeden Tag“, sagte er.

Am Donnerstagnachmittag schalteten sich der britische Premierminister Keir Starmer und Frankreichs Präsident Emmanuel Macron zu einer Videokonferenz der sogenannten Koalition der Willigen zu, an der Merz und Selenskyj von Rom aus teilnahmen.
Erstmals war auch der US-Sondergesandte Keith Kellogg dabei.
Starmer sagte, die Koalition sei bereit, nach einem Waffenstillstand Truppen zur Absicherung in die Ukraine zu entsenden, ein gemeinsames Hauptquartier werde zunächst in Paris eingerichtet.
Kellogg traf Selenskyj zudem zu einem Gespräch, das der ukrainische Präsident anschließend als „substanziell“ bezeichnete.

US-Präsident Donald Trump hatte Anfang der Woche angekündigt, der Ukraine weitere Defensivwaffen zu schicken, nachdem das Pentagon Lieferungen Anfang Juli vorübergehend gestoppt hatte.
Am Montag will Trump nach eigenen Worten eine „wichtige Erklärung“ zu Russland abgeben.
US-Außenminister Marco Rubio traf am Donnerstag in Kuala Lumpur seinen russischen Kollegen Sergej Lawrow und sprach danach von einem „neuen Ansatz“ Moskaus, den er mit Trump besprechen wolle.

Der Kreml reagierte betont kühl auf die Konferenz.
Kremlsprecher Dmitri Peskow sagte, Wiederaufbaupläne des Westens änderten nichts an den Zielen der „militärischen Spezialoperation“.
Papst Leo XIV. hatte Selenskyj bereits am Mittwoch in seiner Sommerresidenz Castel Gandolfo empfangen und den Vatikan erneut als Ort für Gespräche mit Russland angeboten.

Auch aus Niederbayern waren Unternehmer nach Rom gereist.
Ein Hersteller von Holzfertighäusern aus dem Landkreis Passau unterzeichnete nach eigenen Angaben eine Absichtserklärung mit einem Bauunternehmen aus Tschernihiw.
„Der Wiederaufbau beginnt nicht erst nach dem Krieg, er läuft schon jetzt“, sagte Geschäftsführer Thomas Reiter der PNP.
Die Konferenz endet am Freitag, im kommenden Jahr soll Polen Gastgeber sein.
"""

# ---------------------------------------------------------------- b33de03 (Liechtensteiner Vaterland)
DE03 = """
Nach Russlands Veto: Uno-Vollversammlung debattiert dank Liechtensteiner Initiative

New York/Vaduz. Erneut hat ein russisches Veto im Uno-Sicherheitsrat eine Aussprache in der Generalversammlung nach sich gezogen.
Grundlage ist die sogenannte Veto-Initiative, die Liechtenstein eingebracht und die die Vollversammlung am 26. April 2022 ohne Abstimmung angenommen hatte.
Sie verpflichtet die 193 Mitgliedstaaten, innerhalb von zehn Arbeitstagen nach jedem Veto zusammenzukommen.

Russland hatte am 6. März einen von Frankreich und Grossbritannien eingebrachten Resolutionsentwurf blockiert, der ein sofortiges Ende der Angriffe auf jene Kraftwerke und Umspannwerke verlangte, von denen die Sicherheit der ukrainischen Atomkraftwerke abhängt.
Zwölf Ratsmitglieder stimmten dafür, China und Pakistan enthielten sich.
Auslöser waren russische Angriffe auf Umspannwerke in der Westukraine Ende Februar, nach denen das Kraftwerk Saporischschja erneut vollständig vom Netz getrennt war.
Am Dienstag (Ortszeit) ergriffen in New York mehr als 60 Delegationen das Wort.

Uno-Generalsekretär António Guterres rief beide Seiten auf, die nukleare Sicherheit «nicht zum Faustpfand» zu machen.
Der ukrainische Uno-Botschafter Andrij Melnyk warf Moskau vor, mit dem Veto die eigenen Kriegsverbrechen zu decken.
Der russische Botschafter Wassili Nebensja wies die Vorwürfe zurück und sagte, die Entwürfe aus Paris und London dienten nur dazu, Russland an den Pranger zu stellen, während Kiew selbst russische Energieanlagen angreife.
Russland sei bereit, über den Schutz der Atomanlagen zu sprechen, allerdings nur unter Vermittlung der Internationalen Atomenergiebehörde (IAEA) und nicht im Sicherheitsrat.
US-Botschafter Mike Waltz forderte Moskau auf, an den Verhandlungstisch zurückzukehren, und verwies auf die nächste Gesprächsrunde mit Russland und der Ukraine, die kommende Woche in Abu Dhabi stattfinden soll.

Aussenminister Andrij Sybiha verlangte am Dienstag in Kiew von der EU neue Sanktionen gegen den russischen Energiesektor.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, nannte die Debatte ein «Schauspiel», das Liechtenstein im Auftrag westlicher Staaten inszeniere.
Kremlsprecher Dmitri Peskow sagte, Russland lasse sich von Aussprachen in New York nicht unter Druck setzen.
IAEA-Generaldirektor Rafael Grossi warnte unterdessen, die Lage am Kraftwerk sei «so fragil wie nie».

Für Liechtenstein sprach Botschafter Christian Wenaweser, der die Initiative vor vier Jahren mitentwickelt hatte.
«Das Vetorecht ist kein Privileg ohne Verantwortung», sagte er vor der Generalversammlung.
Seit 2022 hat die Vollversammlung nach eigenen Angaben mehr als ein Dutzend solcher Debatten abgehalten, darunter mehrere zur Ukraine.
Regierungschefin Brigitte Haas sagte dem «Vaterland», gerade Kleinstaaten seien auf eine Ordnung angewiesen, in der das Völkerrecht gelte.
Die Regierung in Vaduz will das Thema im Mai auch im Europarat in Strassburg zur Sprache bringen.
"""

# ---------------------------------------------------------------- b33de04 (Südkurier)
DE04 = """
Gespräche am Untersee: Keine Einigung über eine Pufferzone im Donbass

Ermatingen/Konstanz. Zwei Tage lang haben Unterhändler der USA, Russlands und der Ukraine auf Schloss Wolfsberg oberhalb des Untersees über eine entmilitarisierte Zone im Osten der Ukraine verhandelt – einen Durchbruch gab es nicht.
Man habe sich lediglich darauf verständigt, eine gemeinsame Arbeitsgruppe für Karten und Grenzlinien einzurichten, teilte das Eidgenössische Departement für auswärtige Angelegenheiten am Freitag mit.
Die nächste Runde soll Mitte Mai in Genf stattfinden.

Bundesrat Ignazio Cassis hatte die Delegationen am Donnerstagmorgen auf dem Schweizer Ufer des Sees begrüßt.
Für Washington führten der Sondergesandte Steve Witkoff und Präsidentenschwiegersohn Jared Kushner die Gespräche, die ukrainische Delegation leitete der Sekretär des Sicherheitsrats, Rustem Umjerow.
Die russische Seite wurde vom Chef des Militärgeheimdienstes, Igor Kostjukow, angeführt, der Kremlgesandte Kirill Dmitrijew stieß am Freitag hinzu.
Es war die erste Runde in diesem Format seit den Gesprächen in Abu Dhabi im Februar.

Kern des Streits ist die Frage, ob sich die ukrainischen Truppen aus den noch von ihnen gehaltenen Teilen des Gebiets Donezk zurückziehen.
Kremlsprecher Dmitri Peskow bekräftigte am Freitag, ein solcher Abzug sei die Voraussetzung für jede Waffenruhe.
Präsident Wolodymyr Selenskyj lehnte dies am Abend in seiner täglichen Videoansprache erneut ab: Über einen Rückzug könne nur das ukrainische Volk in einem Referendum entscheiden.
Die Amerikaner hatten nach Angaben aus Delegationskreisen vorgeschlagen, die umstrittenen Gebiete in eine von internationalen Beobachtern überwachte Sonderwirtschaftszone umzuwandeln.
US-Präsident Donald Trump sagte in Washington, man sei „sehr nah dran“, beide Seiten müssten aber „noch ein bisschen nachgeben“.
Die EU-Außenbeauftragte Kaja Kallas warnte, über Europas Sicherheit dürfe nicht „am Katzentisch“ entschieden werden, und verlangte, die Europäer an künftigen Runden zu beteiligen.

Während am See verhandelt wurde, gingen die Angriffe weiter.
In der Nacht zum Freitag trafen russische Gleitbomben und Drohnen die Stadt Saporischschja, nach Behördenangaben wurden vier Menschen getötet.
Die Ukraine griff in derselben Nacht eine Raffinerie in der südrussischen Region Krasnodar an.

Für die Region bedeuteten die Gespräche einen Ausnahmezustand.
Die Thurgauer Kantonspolizei sperrte die Zufahrten rund um Ermatingen weiträumig, die Konstanzer Polizei unterstützte mit zwei Booten auf dem See.
Der Schiffsverkehr auf dem Untersee war bis Freitagabend eingeschränkt, die Fähre zwischen Konstanz und Meersburg verkehrte dagegen normal.
Hoteliers in Kreuzlingen und Konstanz meldeten ausgebuchte Häuser.
"""

# ---------------------------------------------------------------- b33de05 (Thüringer Allgemeine)
DE05 = """
Vor dem Alaska-Gipfel: Europäer stimmen sich mit Trump ab – Selenskyj in Berlin

Berlin/Erfurt. Zwei Tage vor dem Treffen von US-Präsident Donald Trump und Kremlchef Wladimir Putin in Alaska haben die Europäer und der ukrainische Präsident Wolodymyr Selenskyj versucht, ihre Position in Washington zu verankern.
Bundeskanzler Friedrich Merz (CDU) empfing Selenskyj am Mittwoch im Kanzleramt, anschließend schalteten sich beide zu einer Videokonferenz mit Trump, US-Vizepräsident JD Vance und mehreren europäischen Staats- und Regierungschefs zusammen.
Dabei waren unter anderem Frankreichs Präsident Emmanuel Macron, der britische Premier Keir Starmer, Italiens Regierungschefin Giorgia Meloni, Polens Ministerpräsident Donald Tusk, Finnlands Präsident Alexander Stubb, Nato-Generalsekretär Mark Rutte und EU-Kommissionspräsidentin Ursula von der Leyen.

Merz sagte nach der rund dreistündigen Beratung, es gebe in wesentlichen Punkten Einigkeit mit Trump.
Die Ukraine müsse bei jedem weiteren Treffen mit am Tisch sitzen, am Anfang müsse eine Waffenruhe stehen, und über Gebiete könne nur auf Grundlage der Kontaktlinie gesprochen werden.
Eine rechtliche Anerkennung russischer Besetzungen komme nicht infrage.

Trump drohte Putin nach dem Gespräch mit „sehr ernsten Konsequenzen“, sollte dieser nach dem Treffen am Freitag einem Ende des Krieges nicht zustimmen.
Die Videokonferenz bewertete er mit „zehn von zehn“.
Ein zweites Treffen, an dem dann auch Selenskyj teilnehmen solle, könne es schon bald geben, sagte Trump.
Selenskyj warf Putin vor zu bluffen, wenn dieser behaupte, die Sanktionen zeigten keine Wirkung.
Der Kremlchef wolle die gesamte Ukraine besetzen, sagte Selenskyj bei einem gemeinsamen Auftritt mit Merz.

Am Nachmittag berieten die Staaten der sogenannten Koalition der Willigen unter Leitung von Macron und Starmer.
Macron sagte anschließend, Trump habe zugesichert, dass über Gebietsfragen nur der ukrainische Präsident verhandeln könne.

Moskau reagierte gelassen.
Der außenpolitische Berater des Kremls, Juri Uschakow, sagte, der Gipfel in Anchorage beginne am Freitag um 11.30 Uhr Ortszeit mit einem Gespräch unter vier Augen.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf den Europäern vor, das Treffen „sabotieren“ zu wollen.

In Thüringen stieß die Berliner Runde auf ein geteiltes Echo.
Ministerpräsident Mario Voigt (CDU) nannte es ein wichtiges Signal, dass Europa mit einer Stimme spreche.
Das BSW, Koalitionspartner in Erfurt, begrüßte dagegen vor allem den Gipfel in Alaska und verlangte von der Bundesregierung eigene Gespräche mit Moskau.
Rund 26.000 Geflüchtete aus der Ukraine leben derzeit in Thüringen.
"""

# ---------------------------------------------------------------- b33de06 (Trierischer Volksfreund)
DE06 = """
Erstes Treffen außerhalb der EU: Außenminister sagen Kiew Hilfe zu – Asselborn: „Luxemburg bleibt an Eurer Seite“

Kiew/Luxemburg. Zum ersten Mal haben sich die Außenminister der Europäischen Union außerhalb des EU-Gebiets getroffen.
Der EU-Außenbeauftragte Josep Borrell hatte seine Kollegen am Montag zu einem informellen Treffen nach Kiew eingeladen, nach Angaben der EU reisten Minister aus 24 Mitgliedstaaten an.
Polen schickte einen Staatssekretär, Ungarns Außenminister Péter Szijjártó blieb dem Treffen fern.

Borrell schlug vor, im kommenden Jahr bis zu fünf Milliarden Euro für Waffen und Munition für die Ukraine bereitzustellen.
Die Unterstützung der EU gelte, „solange es nötig ist“, sagte er.
Der ukrainische Außenminister Dmytro Kuleba bat um mehr Luftverteidigung vor dem Winter.
Selenskyj empfing die Minister am Nachmittag und warb für einen raschen Beginn der Beitrittsverhandlungen.

Überschattet wurde das Treffen von der Entscheidung des US-Kongresses vom Samstag, einen Übergangshaushalt ohne neue Ukraine-Hilfen zu verabschieden.
Kuleba nannte dies einen „Zwischenfall“, keinen Kurswechsel.
US-Präsident Joe Biden hatte am Sonntag versichert, die amerikanische Unterstützung dürfe „unter keinen Umständen“ unterbrochen werden.

Bundesaußenministerin Annalena Baerbock (Grüne) sagte, die EU werde sich bald „von Lissabon bis Luhansk“ erstrecken.
Zudem schlug sie einen „Winterschutzschirm“ für die ukrainische Energieversorgung vor, um die Angriffe auf Kraftwerke und Stromnetze abzuwehren.

Aus Moskau kam Spott.
Kremlsprecher Dmitri Peskow sagte, die Müdigkeit des Westens im Umgang mit dem „absurden Sponsoring“ des Kiewer Regimes werde wachsen.
In der Nacht zum Montag hatte Russland nach ukrainischen Angaben erneut die Gebiete Odessa und Tscherkassy mit Drohnen angegriffen.
Am Donnerstag kommen die Staats- und Regierungschefs zum Gipfel der Europäischen Politischen Gemeinschaft im spanischen Granada zusammen, auch Selenskyj wird dort erwartet.

Für Luxemburgs Außenminister Jean Asselborn (LSAP) war es voraussichtlich eine der letzten Reisen in einem Amt, das er seit 2004 innehat.
Am kommenden Sonntag wählt das Großherzogtum ein neues Parlament, Asselborn tritt nicht mehr an.
„Ob ich nächstes Jahr noch Minister bin oder nicht: Luxemburg bleibt an Eurer Seite“, sagte er nach einem Gespräch mit Kuleba unserem Korrespondenten.
Gemessen an seiner Wirtschaftskraft gehört das Großherzogtum zu den großzügigsten Unterstützern Kiews.
Im Kreis Trier-Saarburg leben derzeit rund 2300 Geflüchtete aus der Ukraine, viele von ihnen arbeiten inzwischen in Luxemburg.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b33de01_kse_austritt_russland_2023_11", "2023-11-08", DE01,
        [
            T("Dienstag", "DATE", "2023-11-07", 0),
            T("Mitternacht Moskauer Zeit", "TIME", "2023-11-07T00:00", note="Moscow time (MSK); 22:00 CET on 6 November"),
            T("19. November 1990", "DATE", "1990-11-19"),
            T("April", "DATE", "2023-04"),
            T("Mai 2022", "DATE", "2022-05"),
            T("2007", "DATE", "2007"),
            T("Mai dieses Jahres", "DATE", "2023-05"),
            T("Dienstag", "DATE", "2023-11-07", 1),
            T("selben Tag", "DATE", "2023-11-07"),
            T("7. Dezember", "DATE", "2023-12-07"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Ende November", "DATE", "2023-11", mod="END"),
            T("Vergangenen Donnerstag", "DATE", "2023-11-02"),
            T("Dienstag", "DATE", "2023-11-07", 2),
            T("Jahr 2006", "DATE", "2006"),
            T("Donnerstag", "DATE", "2023-11-09", 1),
        ],
        [
            E("Russia's withdrawal from the CFE Treaty takes effect", "SANCTION", ["Russia", "NATO"],
              "2023-11-07T00:00", "text", "occurred", "Der Austritt wurde am Dienstag um Mitternacht",
              note="midnight Moscow time"),
            E("NATO and Warsaw Pact states signed the CFE Treaty in Paris", "AGREE", ["NATO"], "1990-11-19", "text",
              "occurred", "am 19. November 1990 in Paris unterzeichnet"),
            E("Moscow blames NATO enlargement for the withdrawal", "ACCUSE", ["Russia", "NATO"], "2023-11-07",
              "context", "occurred", "Moskau machte die Erweiterung der Nato"),
            E("NATO admitted Finland", "AGREE", ["NATO"], "2023-04", "text", "occurred",
              "Moskau machte die Erweiterung der Nato", note="4 April 2023; Finland is not canonical"),
            E("Sweden applied to join NATO", "REQUEST", ["NATO"], "2022-05", "text", "occurred",
              "Moskau machte die Erweiterung der Nato", note="18 May 2022; Sweden is not canonical"),
            E("Russia suspended its application of the CFE Treaty", "SANCTION", ["Russia"], "2007", "text",
              "occurred", "Schon 2007 hatte Russland"),
            E("Putin signs the law denouncing the CFE Treaty", "SANCTION", ["Vladimir Putin", "Russia"], "2023-05",
              "text", "occurred", "Schon 2007 hatte Russland", note="29 May 2023"),
            E("NATO allies suspend the CFE Treaty in turn", "SANCTION", ["NATO", "Russia"], "2023-11-07", "text",
              "occurred", "Die Nato-Staaten reagierten noch am Dienstag"),
            E("Stoltenberg: Russia undermines Euro-Atlantic security", "ACCUSE", ["Jens Stoltenberg", "Russia"],
              "2023-11-07", "context", "occurred", "Generalsekretär Jens Stoltenberg sprach"),
            E("NATO remains open to talks on arms control", "AGREE", ["Jens Stoltenberg", "NATO", "Russia"],
              "2023-11-07", "context", "occurred", "offen für Gespräche über Rüstungskontrolle"),
            E("US to suspend its CFE obligations from 7 December", "SANCTION", ["United States", "Russia"],
              "2023-12-07", "text", "planned", "Die USA kündigten am selben Tag an"),
            E("Blinken: the withdrawal shows that Moscow disregards its commitments", "ACCUSE",
              ["Antony Blinken", "Russia"], "2023-11-07", "context", "occurred", "US-Außenminister Antony Blinken nannte"),
            E("German foreign office accuses Russia of tearing down Europe's security architecture", "ACCUSE",
              ["Germany", "Russia"], "2023-11-08", "published", "occurred", "Stein um Stein"),
            E("Ukraine: Moscow tore up the treaty with its invasion", "ACCUSE", ["Ukraine", "Russia"], "2023-11-08",
              "published", "occurred", "Das ukrainische Außenministerium erklärte"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Das ukrainische Außenministerium erklärte", note="24 February 2022"),
            E("First NATO–Ukraine Council at foreign-minister level in Brussels", "CONSULT", ["NATO", "Ukraine"],
              "2023-11", "text", "planned", "Außenminister Dmytro Kuleba wird Ende November", date_mod="END",
              note="29 November 2023"),
            E("Putin signs the law revoking Russia's ratification of the nuclear test ban treaty", "SANCTION",
              ["Vladimir Putin", "Russia"], "2023-11-02", "text", "occurred", "Vergangenen Donnerstag hatte Putin"),
            E("Russia will resume nuclear tests only if the US tests first", "THREATEN", ["Russia", "United States"],
              "2023-11-08", "published", "occurred", "Moskau werde nur dann wieder Atomwaffen testen"),
            E("Peskov: Russia ready in principle for talks on strategic stability", "AGREE",
              ["Dmitry Peskov", "United States"], "2023-11-07", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            E("Peskov: no such talks as long as Washington supplies Ukraine with weapons", "REQUEST",
              ["Dmitry Peskov", "United States"], "2023-11-07", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            E("Russian inspectors visited Geilenkirchen air base under the CFE Treaty", "CONSULT", ["Russia", "NATO"],
              "2006", "text", "occurred", "Auf dem Nato-Flugplatz Geilenkirchen"),
        ],
        [
            S("Russia", "The withdrawal from the CFE Treaty took effect at midnight Moscow time", "2023-11-07", "text",
              "Der Austritt wurde am Dienstag um Mitternacht"),
            S("Russia", "The treaty signed in 1990 is now 'history' for Russia", "2023-11-07", "context",
              "sei für Russland damit"),
            S("Russia", "NATO enlargement, Finland's accession and Sweden's application hollowed out the treaty",
              "2023-11-07", "context", "Moskau machte die Erweiterung der Nato"),
            S("NATO", "Allies suspend the treaty 'for as long as necessary'", "2023-11-07", "text",
              "Die Nato-Staaten reagierten noch am Dienstag"),
            S("Jens Stoltenberg", "The withdrawal is another step by which Russia undermines Euro-Atlantic security",
              "2023-11-07", "context", "Generalsekretär Jens Stoltenberg sprach"),
            S("Jens Stoltenberg", "The alliance remains open to talks on arms control", "2023-11-07", "context",
              "offen für Gespräche über Rüstungskontrolle"),
            S("United States", "The US will suspend its CFE obligations from 7 December", "2023-11-07", "text",
              "Die USA kündigten am selben Tag an"),
            S("Antony Blinken", "The withdrawal is further proof that Moscow disregards its commitments",
              "2023-11-07", "context", "US-Außenminister Antony Blinken nannte"),
            S("Germany", "The federal government regrets the step", "2023-11-08", "published",
              "Die Bundesregierung bedauerte den Schritt."),
            S("Germany", "Russia is tearing down Europe's post-Cold War security architecture 'stone by stone'",
              "2023-11-08", "published", "Stein um Stein"),
            S("Ukraine", "Moscow already tore up the treaty with its invasion in February 2022", "2023-11-08",
              "published", "Das ukrainische Außenministerium erklärte"),
            S("Russia", "Ryabkov: Russia will test nuclear weapons again only if the US does so first", "2023-11-08",
              "published", "Moskau werde nur dann wieder Atomwaffen testen"),
            S("Dmitry Peskov", "Russia is ready in principle for strategic-stability talks, but not while Washington "
              "arms Ukraine", "2023-11-07", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        ],
        ["Russia", "NATO", "Kremlin", "Vladimir Putin", "Jens Stoltenberg", "United States", "Antony Blinken",
         "Germany", "Ukraine", "Dmitry Peskov"],
    ),
    doc(
        "b33de02_wiederaufbaukonferenz_rom_2025_07", "2025-07-11", DE02,
        [
            T("Donnerstag", "DATE", "2025-07-10", 0),
            T("der Nacht zum Donnerstag", "TIME", "2025-07-09TNI", note="night of 9 to 10 July"),
            T("zweitägige", "DURATION", "P2D"),
            T("Ende 2026", "DATE", "2026", mod="END"),
            T("jeden Tag", "SET", "P1D"),
            T("Donnerstagnachmittag", "TIME", "2025-07-10TAF"),
            T("Anfang der Woche", "DATE", "2025-W28", mod="START"),
            T("Anfang Juli", "DATE", "2025-07", mod="START"),
            T("Montag", "DATE", "2025-07-14"),
            T("Donnerstag", "DATE", "2025-07-10", 2),
            T("Mittwoch", "DATE", "2025-07-09"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2025-07-11"),
            T("kommenden Jahr", "DATE", "2026"),
        ],
        [
            E("Merz offers to buy additional Patriot systems in the US for Ukraine", "AID",
              ["Friedrich Merz", "Ukraine", "United States"], "2025-07-10", "context", "planned",
              "hat angeboten, zusätzliche Patriot"),
            E("Merz: Russia wants no peace and relies on terror against civilians", "ACCUSE",
              ["Friedrich Merz", "Russia"], "2025-07-10", "context", "occurred", "Russland wolle offenkundig keinen Frieden"),
            E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-07-09TNI", "text",
              "occurred", "In der Nacht zum Donnerstag hatte Russland"),
            E("Ukraine Recovery Conference in Rome opens", "CONSULT",
              ["Giorgia Meloni", "Friedrich Merz", "Ursula von der Leyen", "Volodymyr Zelensky"], "2025-07-10",
              "context", "occurred", "Gastgeberin Giorgia Meloni eröffnete", note="10–11 July 2025"),
            E("Pledges of more than ten billion euros for Ukraine's reconstruction", "AID", ["Giorgia Meloni", "Ukraine"],
              "2025-07-10", "context", "occurred", "Gastgeberin Giorgia Meloni eröffnete"),
            E("Von der Leyen presents a European reconstruction fund for Ukraine", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2025-07-10", "context", "occurred",
              "Wiederaufbaufonds"),
            E("Zelensky asks the partners above all for more air defence", "REQUEST", ["Volodymyr Zelensky"],
              "2025-07-10", "context", "occurred", "bat die Partner vor allem um weitere Flugabwehr"),
            E("Video conference of the coalition of the willing", "CONSULT",
              ["Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Volodymyr Zelensky", "Keith Kellogg"],
              "2025-07-10TAF", "text", "occurred", "Am Donnerstagnachmittag schalteten sich"),
            E("Coalition ready to send troops to Ukraine after a ceasefire", "MOBILIZE", ["Keir Starmer", "Ukraine"],
              "2025-07-10TAF", "context", "planned", "Truppen zur Absicherung"),
            E("Coalition to set up a joint headquarters, first in Paris", "COOPERATE",
              ["Keir Starmer", "Emmanuel Macron"], "2025-07-10TAF", "context", "planned", "Truppen zur Absicherung"),
            E("Kellogg meets Zelensky", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"], "2025-07-10", "context",
              "occurred", "Kellogg traf Selenskyj zudem"),
            E("Trump announces more defensive weapons for Ukraine", "AID", ["Donald Trump", "Ukraine"], "2025-W28",
              "text", "planned", "weitere Defensivwaffen zu schicken", date_mod="START"),
            E("Pentagon temporarily halted deliveries to Ukraine", "SANCTION", ["United States", "Ukraine"], "2025-07",
              "text", "occurred", "weitere Defensivwaffen zu schicken", date_mod="START"),
            E("Rubio meets Lavrov in Kuala Lumpur", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-07-10", "text",
              "occurred", "traf am Donnerstag in Kuala Lumpur"),
            E("Peskov: reconstruction plans change nothing about the goals of the war", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2025-07-11", "published", "occurred", "Wiederaufbaupläne des Westens"),
            E("Pope Leo XIV receives Zelensky at Castel Gandolfo", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2025-07-09", "text", "occurred", "Papst Leo XIV. hatte Selenskyj"),
            E("Pope offers the Vatican again as a venue for talks with Russia", "REQUEST",
              ["Vatican", "Volodymyr Zelensky", "Russia"], "2025-07-09", "context", "occurred",
              "Papst Leo XIV. hatte Selenskyj"),
            E("Poland to host the next recovery conference", "CONSULT", ["Poland", "Ukraine"], "2026", "text",
              "planned", "im kommenden Jahr soll Polen Gastgeber sein"),
        ],
        [
            S("Friedrich Merz", "Germany is ready to buy Patriots in the US for Ukraine; the decision lies with "
              "Washington", "2025-07-10", "text", "Deutschland sei dazu bereit"),
            S("Friedrich Merz", "Russia obviously wants no peace and relies on terror against civilians", "2025-07-10",
              "context", "Russland wolle offenkundig keinen Frieden"),
            S("Giorgia Meloni", "Pledges of more than ten billion euros have been made", "2025-07-10", "context",
              "Gastgeberin Giorgia Meloni eröffnete"),
            S("Volodymyr Zelensky", "Reconstruction needs exceed 500 billion dollars; asks above all for air defence",
              "2025-07-10", "context", "bat die Partner vor allem um weitere Flugabwehr"),
            S("Volodymyr Zelensky", "Every Patriot battery saves lives, every day", "2025-07-10", "context",
              "Jede Patriot-Batterie"),
            S("Keir Starmer", "The coalition is ready to send troops after a ceasefire; a headquarters will first be "
              "set up in Paris", "2025-07-10TAF", "context", "Truppen zur Absicherung"),
            S("Volodymyr Zelensky", "Calls the meeting with Kellogg substantial", "2025-07-10", "context",
              "Kellogg traf Selenskyj zudem"),
            S("Donald Trump", "The US will send Ukraine more defensive weapons", "2025-W28", "text",
              "weitere Defensivwaffen zu schicken"),
            S("Donald Trump", "Will make a major statement on Russia on Monday", "2025-07-11", "published",
              "wichtige Erklärung"),
            S("Marco Rubio", "Moscow has a new approach, which he will discuss with Trump", "2025-07-10", "context",
              "traf am Donnerstag in Kuala Lumpur"),
            S("Kremlin", "A pointedly cool reaction to the conference", "2025-07-11", "published",
              "Der Kreml reagierte betont kühl"),
            S("Dmitry Peskov", "Western reconstruction plans change nothing about the goals of the 'special military "
              "operation'", "2025-07-11", "published", "Wiederaufbaupläne des Westens"),
        ],
        ["Friedrich Merz", "Germany", "Ukraine", "United States", "Russia", "Giorgia Meloni", "Ursula von der Leyen",
         "European Union", "Volodymyr Zelensky", "Keir Starmer", "United Kingdom", "Emmanuel Macron", "France",
         "Keith Kellogg", "Donald Trump", "Marco Rubio", "Sergey Lavrov", "Kremlin", "Dmitry Peskov", "Vatican",
         "Poland"],
    ),
    doc(
        "b33de03_veto_debatte_liechtenstein_2026_03", "2026-03-18", DE03,
        [
            T("26. April 2022", "DATE", "2022-04-26"),
            T("zehn Arbeitstagen", "DURATION", "P10D", note="ten working days"),
            T("6. März", "DATE", "2026-03-06"),
            T("Ende Februar", "DATE", "2026-02", mod="END"),
            T("Dienstag", "DATE", "2026-03-17", 0),
            T("kommende Woche", "DATE", "2026-W13"),
            T("Dienstag", "DATE", "2026-03-17", 1),
            T("vor vier Jahren", "DATE", "2022"),
            T("2022", "DATE", "2022", 1),
            T("Mai", "DATE", "2026-05"),
        ],
        [
            E("General Assembly adopted Liechtenstein's veto initiative", "AGREE", ["United Nations"], "2022-04-26",
              "text", "occurred", "Grundlage ist die sogenannte Veto-Initiative",
              note="resolution 76/262, adopted without a vote; Liechtenstein is not canonical"),
            E("Russia vetoes the draft resolution in the Security Council", "REJECT", ["Russia", "United Nations"],
              "2026-03-06", "text", "occurred", "Russland hatte am 6. März"),
            E("French–British draft demands an immediate end to attacks on power plants and substations", "REQUEST",
              ["France", "United Kingdom", "Russia"], "2026-03-06", "context", "occurred", "Russland hatte am 6. März"),
            E("Russian attacks on substations in western Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2026-02", "text",
              "occurred", "Auslöser waren russische Angriffe", date_mod="END"),
            E("General Assembly debate after the veto", "CONSULT",
              ["United Nations", "António Guterres", "Ukraine", "Russia", "United States"], "2026-03-17", "text",
              "occurred", "Am Dienstag (Ortszeit)"),
            E("Guterres calls on both sides not to use nuclear safety as a bargaining chip", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-03-17", "context", "occurred",
              "Guterres rief beide Seiten auf"),
            E("Ukraine's ambassador accuses Moscow of covering up its war crimes with the veto", "ACCUSE",
              ["Ukraine", "Russia"], "2026-03-17", "context", "occurred", "Andrij Melnyk warf Moskau vor"),
            E("Nebenzia rejects the accusations", "REJECT", ["Russia", "Ukraine"], "2026-03-17", "context", "occurred",
              "Wassili Nebensja wies"),
            E("Nebenzia: the drafts from Paris and London only pillory Russia", "ACCUSE",
              ["Russia", "France", "United Kingdom"], "2026-03-17", "context", "occurred", "Wassili Nebensja wies"),
            E("Nebenzia accuses Kyiv of attacking Russian energy facilities", "ACCUSE", ["Russia", "Ukraine"],
              "2026-03-17", "context", "occurred", "Wassili Nebensja wies"),
            E("Russia ready to talk about protecting the nuclear facilities", "AGREE", ["Russia", "IAEA"], "2026-03-17",
              "context", "occurred", "Russland sei bereit, über den Schutz"),
            E("Russia insists on IAEA mediation, not the Security Council", "REQUEST", ["Russia", "IAEA", "United Nations"],
              "2026-03-17", "context", "occurred", "Russland sei bereit, über den Schutz"),
            E("US ambassador calls on Moscow to return to the negotiating table", "REQUEST", ["United States", "Russia"],
              "2026-03-17", "context", "occurred", "Mike Waltz forderte Moskau auf"),
            E("Next round of talks with Russia and Ukraine in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W13", "text", "planned", "Mike Waltz forderte Moskau auf"),
            E("Sybiha demands new EU sanctions on Russia's energy sector", "REQUEST",
              ["Andrii Sybiha", "European Union", "Russia"], "2026-03-17", "text", "occurred",
              "Sybiha verlangte am Dienstag"),
            E("Zakharova calls the debate a show staged on behalf of Western states", "ACCUSE", ["Maria Zakharova"],
              "2026-03-18", "published", "occurred", "Maria Sacharowa, nannte die Debatte"),
            E("Peskov: Russia will not be pressured by debates in New York", "REJECT", ["Dmitry Peskov", "United Nations"],
              "2026-03-18", "published", "occurred", "Russland lasse sich von Aussprachen"),
            E("General Assembly has held more than a dozen veto debates since 2022", "CONSULT", ["United Nations"],
              "2022", "text", "occurred", "Seit 2022 hat die Vollversammlung", date_mod="START"),
        ],
        [
            S("António Guterres", "Both sides must not make nuclear safety a bargaining chip", "2026-03-17", "context",
              "Guterres rief beide Seiten auf"),
            S("Ukraine", "Melnyk: with the veto Moscow covers up its own war crimes", "2026-03-17", "context",
              "Andrij Melnyk warf Moskau vor"),
            S("Russia", "Nebenzia: the drafts from Paris and London only pillory Russia, while Kyiv attacks Russian "
              "energy facilities", "2026-03-17", "context", "Wassili Nebensja wies"),
            S("Russia", "Ready to talk about protecting nuclear facilities, but only with IAEA mediation and not in "
              "the Security Council", "2026-03-17", "context", "Russland sei bereit, über den Schutz"),
            S("United States", "Waltz calls on Moscow to return to the table; the next round is in Abu Dhabi next week",
              "2026-03-17", "context", "Mike Waltz forderte Moskau auf"),
            S("Andrii Sybiha", "Demands new EU sanctions on Russia's energy sector", "2026-03-17", "text",
              "Sybiha verlangte am Dienstag"),
            S("Maria Zakharova", "The debate is a show staged by Liechtenstein on behalf of Western states",
              "2026-03-18", "published", "Maria Sacharowa, nannte die Debatte"),
            S("Dmitry Peskov", "Russia will not be pressured by debates in New York", "2026-03-18", "published",
              "Russland lasse sich von Aussprachen"),
            S("IAEA", "Grossi: the situation at the plant is more fragile than ever", "2026-03-18", "published",
              "IAEA-Generaldirektor Rafael Grossi warnte"),
        ],
        ["United Nations", "Russia", "France", "United Kingdom", "China", "Ukraine", "António Guterres", "IAEA",
         "United States", "Andrii Sybiha", "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b33de04_untersee_pufferzone_2026_04", "2026-04-25", DE04,
        [
            T("Zwei Tage", "DURATION", "P2D"),
            T("Freitag", "DATE", "2026-04-24", 0),
            T("Mitte Mai", "DATE", "2026-05", mod="MID"),
            T("Donnerstagmorgen", "TIME", "2026-04-23TMO"),
            T("Freitag", "DATE", "2026-04-24", 1),
            T("Februar", "DATE", "2026-02"),
            T("Freitag", "DATE", "2026-04-24", 2),
            T("Abend", "TIME", "2026-04-24TEV"),
            T("täglichen", "SET", "P1D"),
            T("der Nacht zum Freitag", "TIME", "2026-04-23TNI", note="night of 23 to 24 April"),
            T("derselben Nacht", "TIME", "2026-04-23TNI"),
            T("Freitagabend", "TIME", "2026-04-24TEV"),
        ],
        [
            E("US–Russia–Ukraine talks at Wolfsberg Castle on a demilitarised zone", "CONSULT",
              ["United States", "Russia", "Ukraine", "Steve Witkoff", "Rustem Umerov", "Kirill Dmitriev"], "2026-04-23",
              "context", "occurred", "Zwei Tage lang haben Unterhändler",
              note="23–24 April; the start is given by 'am Donnerstagmorgen'"),
            E("No breakthrough on a buffer zone", "REJECT", ["Russia", "Ukraine"], "2026-04-24", "context", "occurred",
              "Zwei Tage lang haben Unterhändler"),
            E("Delegations agree to set up a joint working group on maps and lines", "AGREE",
              ["United States", "Russia", "Ukraine"], "2026-04-24", "context", "occurred",
              "gemeinsame Arbeitsgruppe für Karten"),
            E("Joint working group on maps and demarcation lines", "COOPERATE", ["United States", "Russia", "Ukraine"],
              "2026-04-24", "context", "planned", "gemeinsame Arbeitsgruppe für Karten"),
            E("Next round in Geneva in mid-May", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-05", "text",
              "planned", "Die nächste Runde soll Mitte Mai", date_mod="MID"),
            E("Earlier round of talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-02",
              "text", "occurred", "seit den Gesprächen in Abu Dhabi"),
            E("Peskov: a Ukrainian withdrawal from Donetsk is the precondition for any ceasefire", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-04-24", "text", "occurred", "Peskow bekräftigte am Freitag"),
            E("Zelensky rejects a withdrawal; only a referendum could decide", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-04-24TEV", "text", "occurred", "Selenskyj lehnte dies am Abend"),
            E("US proposes a special economic zone monitored by international observers", "REQUEST",
              ["United States", "Russia", "Ukraine"], "2026-04-23", "context", "occurred", "Sonderwirtschaftszone",
              note="made during the two-day talks; the day is not given"),
            E("Trump: both sides must still give a little", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2026-04-25", "published", "occurred", "sehr nah dran"),
            E("Kallas demands that the Europeans take part in future rounds", "REQUEST",
              ["Kaja Kallas", "European Union", "United States"], "2026-04-25", "published", "occurred",
              "am Katzentisch"),
            E("Russian glide bombs and drones hit Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"], "2026-04-23TNI",
              "text", "occurred", "In der Nacht zum Freitag trafen"),
            E("Ukraine attacks a refinery in Krasnodar region", "ASSAULT", ["Ukraine", "Russia"], "2026-04-23TNI",
              "text", "occurred", "Die Ukraine griff in derselben Nacht"),
        ],
        [
            S("Dmitry Peskov", "A Ukrainian withdrawal from Donetsk is the precondition for any ceasefire",
              "2026-04-24", "text", "Peskow bekräftigte am Freitag"),
            S("Volodymyr Zelensky", "Only the Ukrainian people can decide on a withdrawal, in a referendum",
              "2026-04-24TEV", "text", "Selenskyj lehnte dies am Abend"),
            S("Donald Trump", "The sides are very close but must still give a little", "2026-04-25", "published",
              "sehr nah dran"),
            S("Kaja Kallas", "Europe's security must not be decided at the children's table; Europeans must take part",
              "2026-04-25", "published", "am Katzentisch"),
            S("Ukraine", "Authorities: four people killed in Zaporizhzhia", "2026-04-25", "published",
              "In der Nacht zum Freitag trafen"),
        ],
        ["United States", "Russia", "Ukraine", "Steve Witkoff", "Rustem Umerov", "Kremlin", "Kirill Dmitriev",
         "Dmitry Peskov", "Volodymyr Zelensky", "Donald Trump", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b33de05_berliner_videokonferenz_alaska_2025_08", "2025-08-14", DE05,
        [
            T("Mittwoch", "DATE", "2025-08-13"),
            T("rund dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("Freitag", "DATE", "2025-08-15", 0),
            T("bald", "DATE", "FUTURE_REF"),
            T("Nachmittag", "TIME", "2025-08-13TAF"),
            T("Freitag", "DATE", "2025-08-15", 1),
            T("11.30 Uhr Ortszeit", "TIME", "2025-08-15T11:30", note="Alaska time (AKDT)"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Merz receives Zelensky at the Chancellery", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"],
              "2025-08-13", "text", "occurred", "empfing Selenskyj am Mittwoch im Kanzleramt"),
            E("Video conference of European leaders and Zelensky with Trump and Vance", "CONSULT",
              ["Friedrich Merz", "Volodymyr Zelensky", "Donald Trump", "JD Vance", "Emmanuel Macron", "Keir Starmer",
               "Giorgia Meloni", "Donald Tusk", "Alexander Stubb", "Mark Rutte", "Ursula von der Leyen"], "2025-08-13",
              "text", "occurred", "empfing Selenskyj am Mittwoch im Kanzleramt"),
            E("Merz: agreement with Trump on essential points", "AGREE", ["Friedrich Merz", "Donald Trump"],
              "2025-08-13", "context", "occurred", "Einigkeit mit Trump"),
            E("Merz's demands: Ukraine at the table, a ceasefire first, the line of contact as the basis", "REQUEST",
              ["Friedrich Merz", "Donald Trump", "Vladimir Putin"], "2025-08-13", "context", "occurred",
              "bei jedem weiteren Treffen mit am Tisch"),
            E("No legal recognition of Russian occupation", "REJECT", ["Friedrich Merz", "Russia"], "2025-08-13",
              "context", "occurred", "rechtliche Anerkennung"),
            E("Trump threatens Putin with very severe consequences", "THREATEN", ["Donald Trump", "Vladimir Putin"],
              "2025-08-13", "context", "occurred", "sehr ernsten Konsequenzen"),
            E("Possible second meeting including Zelensky", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "FUTURE_REF", "vague", "uncertain",
              "Ein zweites Treffen"),
            E("Zelensky accuses Putin of bluffing about sanctions", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2025-08-13", "context", "occurred", "Selenskyj warf Putin vor"),
            E("Coalition of the willing meets under Macron and Starmer", "CONSULT", ["Emmanuel Macron", "Keir Starmer"],
              "2025-08-13TAF", "text", "occurred", "Am Nachmittag berieten"),
            E("Trump assured that only Ukraine's president can negotiate territorial questions", "AGREE",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-08-13", "context", "occurred", "Trump habe zugesichert"),
            E("Trump–Putin summit in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15T11:30",
              "text", "planned", "Gipfel in Anchorage beginne"),
            E("Zakharova accuses the Europeans of trying to sabotage the summit", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-08-14", "published", "occurred", "das Treffen „sabotieren“"),
        ],
        [
            S("Friedrich Merz", "There is agreement with Trump on essential points", "2025-08-13", "context",
              "Einigkeit mit Trump"),
            S("Friedrich Merz", "Ukraine must be at the table, a ceasefire must come first, territory only on the "
              "basis of the line of contact", "2025-08-13", "context", "bei jedem weiteren Treffen mit am Tisch"),
            S("Friedrich Merz", "Legal recognition of Russian occupation is out of the question", "2025-08-13",
              "context", "rechtliche Anerkennung"),
            S("Donald Trump", "Very severe consequences if Putin does not agree to end the war", "2025-08-13",
              "context", "sehr ernsten Konsequenzen"),
            S("Donald Trump", "Rates the video conference ten out of ten", "2025-08-13", "context", "zehn von zehn"),
            S("Donald Trump", "A second meeting including Zelensky could come soon", "2025-08-13", "context",
              "Ein zweites Treffen"),
            S("Volodymyr Zelensky", "Putin is bluffing when he claims the sanctions have no effect", "2025-08-13",
              "context", "Selenskyj warf Putin vor"),
            S("Volodymyr Zelensky", "Putin wants to occupy all of Ukraine", "2025-08-13", "context",
              "die gesamte Ukraine besetzen"),
            S("Donald Trump, via Emmanuel Macron", "Only Ukraine's president can negotiate territorial questions",
              "2025-08-13", "context", "Trump habe zugesichert"),
            S("Russia", "Moscow reacted calmly", "2025-08-14", "published", "Moskau reagierte gelassen."),
            S("Yuri Ushakov", "The Anchorage summit begins on Friday at 11:30 local time with a one-on-one meeting",
              "2025-08-14", "published", "Gipfel in Anchorage beginne"),
            S("Maria Zakharova", "The Europeans want to sabotage the meeting", "2025-08-14", "published",
              "das Treffen „sabotieren“"),
        ],
        ["United States", "Donald Trump", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "Ukraine", "Germany",
         "Friedrich Merz", "JD Vance", "France", "Emmanuel Macron", "United Kingdom", "Keir Starmer", "Giorgia Meloni",
         "Poland", "Donald Tusk", "Alexander Stubb", "NATO", "Mark Rutte", "European Union", "Ursula von der Leyen",
         "Russia", "Yuri Ushakov", "Maria Zakharova"],
    ),
    doc(
        "b33de06_eu_aussenminister_kiew_2023_10", "2023-10-03", DE06,
        [
            T("Montag", "DATE", "2023-10-02", 0),
            T("kommenden Jahr", "DATE", "2024"),
            T("dem Winter", "DATE", "2023-WI"),
            T("Nachmittag", "TIME", "2023-10-02TAF"),
            T("Samstag", "DATE", "2023-09-30"),
            T("Sonntag", "DATE", "2023-10-01", 0),
            T("bald", "DATE", "FUTURE_REF"),
            T("der Nacht zum Montag", "TIME", "2023-10-01TNI", note="night of 1 to 2 October"),
            T("Donnerstag", "DATE", "2023-10-05"),
            T("2004", "DATE", "2004"),
            T("kommenden Sonntag", "DATE", "2023-10-08"),
            T("nächstes Jahr", "DATE", "2024", note="in Asselborn's quote, speech time Monday 2 October"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("EU foreign ministers meet in Kyiv", "CONSULT", ["European Union", "Ukraine", "Poland", "Germany"],
              "2023-10-02", "text", "occurred", "hatte seine Kollegen am Montag"),
            E("Borrell proposes up to five billion euros for weapons and ammunition for Ukraine next year", "AID",
              ["European Union", "Ukraine"], "2024", "text", "planned", "Borrell schlug vor"),
            E("Borrell: EU support holds as long as necessary", "AGREE", ["European Union", "Ukraine"], "2023-10-02",
              "context", "occurred", "Die Unterstützung der EU gelte"),
            E("Kuleba asks for more air defence before winter", "REQUEST", ["Ukraine", "European Union"], "2023-10-02",
              "context", "occurred", "bat um mehr Luftverteidigung"),
            E("Zelensky receives the EU foreign ministers", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2023-10-02TAF", "text", "occurred", "Selenskyj empfing die Minister"),
            E("Zelensky urges a quick start of accession negotiations", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2023-10-02TAF", "context", "occurred",
              "Selenskyj empfing die Minister"),
            E("Biden assures that US support must not be interrupted", "AGREE", ["Joe Biden", "Ukraine"], "2023-10-01",
              "text", "occurred", "Joe Biden hatte am Sonntag versichert"),
            E("Baerbock: the EU will soon stretch from Lisbon to Luhansk", "SUPPORT",
              ["Germany", "Ukraine", "European Union"], "2023-10-02", "context", "occurred", "von Lissabon bis Luhansk"),
            E("Baerbock proposes a winter protection shield for Ukraine's energy supply", "REQUEST",
              ["Germany", "European Union", "Ukraine"], "2023-10-02", "context", "occurred", "Winterschutzschirm"),
            E("Peskov mocks the West's 'absurd sponsoring' of Kyiv and predicts growing fatigue", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2023-10-03", "published", "occurred", "absurden Sponsoring"),
            E("Russian drone attacks on the Odesa and Cherkasy regions", "ASSAULT", ["Russia", "Ukraine"],
              "2023-10-01TNI", "text", "occurred", "In der Nacht zum Montag hatte Russland"),
            E("EPC summit in Granada, Zelensky expected", "CONSULT", ["Volodymyr Zelensky"], "2023-10-05", "text",
              "planned", "Europäischen Politischen Gemeinschaft"),
            E("Asselborn talks with Kuleba", "CONSULT", ["Ukraine"], "2023-10-02", "context", "occurred",
              "nach einem Gespräch mit Kuleba", note="Luxembourg is not canonical"),
        ],
        [
            S("European Union", "Borrell proposes up to five billion euros for weapons and ammunition for Ukraine "
              "next year", "2023-10-02", "context", "Borrell schlug vor"),
            S("European Union", "Borrell: EU support holds 'as long as necessary'", "2023-10-02", "context",
              "Die Unterstützung der EU gelte"),
            S("Ukraine", "Kuleba asks for more air defence before winter", "2023-10-02", "context",
              "bat um mehr Luftverteidigung"),
            S("Volodymyr Zelensky", "Urges a quick start of accession negotiations", "2023-10-02TAF", "context",
              "Selenskyj empfing die Minister"),
            S("Ukraine", "Kuleba: the US budget decision is an incident, not a change of course", "2023-10-02",
              "context", "Kuleba nannte dies"),
            S("Joe Biden", "US support must under no circumstances be interrupted", "2023-10-01", "text",
              "Joe Biden hatte am Sonntag versichert"),
            S("Germany", "Baerbock: the EU will soon stretch 'from Lisbon to Luhansk'", "2023-10-02", "context",
              "von Lissabon bis Luhansk"),
            S("Germany", "Baerbock proposes a winter protection shield for Ukraine's energy supply", "2023-10-02",
              "context", "Winterschutzschirm"),
            S("Russia", "Mockery from Moscow", "2023-10-03", "published", "Aus Moskau kam Spott."),
            S("Dmitry Peskov", "The West's fatigue with the 'absurd sponsoring' of the Kyiv regime will grow",
              "2023-10-03", "published", "absurden Sponsoring"),
            S("Ukraine", "Russia attacked the Odesa and Cherkasy regions with drones overnight", "2023-10-03",
              "published", "In der Nacht zum Montag hatte Russland"),
        ],
        ["European Union", "Ukraine", "Poland", "United States", "Joe Biden", "Volodymyr Zelensky", "Germany", "Russia",
         "Kremlin", "Dmitry Peskov"],
    ),
]
