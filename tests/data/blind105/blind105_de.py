"""German articles of the blind105 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b105de01 (Tachles)
DE01 = """
Hamas-Delegation im Moskauer Aussenministerium – Jerusalem bestellt Russlands Botschafter ein

Russland hat eine Delegation der Terrororganisation Hamas in Moskau empfangen und damit in Israel scharfe Proteste ausgelöst.
Der Vizeaussenminister und Nahostbeauftragte Michail Bogdanow traf am Donnerstag den Hamas-Funktionär Mussa Abu Marsuk, wie das russische Aussenministerium mitteilte.
Gesprochen worden sei über die Freilassung ausländischer Geiseln im Gazastreifen und die Ausreise russischer Staatsbürger aus dem Küstengebiet, hiess es in Moskau.
Am selben Tag hielt sich auch der iranische Vizeaussenminister Ali Bagheri Kani zu Gesprächen in der russischen Hauptstadt auf.

Das israelische Aussenministerium bestellte noch am Donnerstagabend den russischen Botschafter Anatoli Viktorow ein.
Die Einladung sei «ein obszöner Schritt, der den Terror legitimiert», sagte ein Sprecher in Jerusalem; Moskau müsse die Hamas-Vertreter umgehend ausweisen.
Israel erwarte von Russland, das sich gern als Vermittler sehe, eine klare Verurteilung des Massakers vom 7. Oktober.

Kremlsprecher Dmitri Peskow verteidigte die Kontakte am Freitag.
Russland unterhalte Beziehungen zu allen Seiten des Konflikts, und das sei gerade jetzt nützlich, sagte er vor Journalisten in Moskau.
Aussenamtssprecherin Maria Sacharowa erklärte, Moskau habe sich nie von seinen Kontakten zu den Palästinensern distanziert, und warf Israel eine «unverhältnismässige» Kriegsführung im Gazastreifen vor.

Präsident Wladimir Putin hatte am 13. Oktober in Bischkek die israelische Blockade des Gazastreifens mit der Belagerung Leningrads im Zweiten Weltkrieg verglichen.
Drei Tage später telefonierte er mit Ministerpräsident Benjamin Netanjahu und sprach ihm nach Angaben des Kremls sein Beileid für die Opfer aus.
Gemäss der israelischen Darstellung des Gesprächs forderte Netanjahu den Kremlchef auf, die Hamas-Kontakte abzubrechen.

In Kiew stiess der Empfang auf Empörung.
Präsident Wolodymyr Selenskyj sagte in seiner abendlichen Videoansprache am Donnerstag, Russland und Iran stünden hinter demselben Terror, der Israel getroffen habe.
Das ukrainische Aussenministerium rief Jerusalem auf, daraus Konsequenzen zu ziehen und die Ukraine endlich mit Luftabwehr zu unterstützen.

In der Schweiz dürfte der Moskauer Empfang die Debatte über das geplante Hamas-Verbot weiter befeuern.
Der Bundesrat hatte am 11. Oktober beschlossen, eine gesetzliche Grundlage dafür zu erarbeiten; die Vorlage soll in den kommenden Monaten ins Parlament kommen.
"""

# ---------------------------------------------------------------- b105de02 (Mena-Watch)
DE02 = """
„Geste an Putin“: Hamas lässt russisch-israelische Geisel frei

Außerhalb des vereinbarten Austauschs hat die Hamas am Sonntagabend den 25-jährigen Roni Kriwoi freigelassen, der neben der israelischen auch die russische Staatsbürgerschaft besitzt.
Die Terrororganisation erklärte, die Freilassung sei eine Antwort auf die Bemühungen von Präsident Wladimir Putin und eine Anerkennung der russischen Haltung zum Krieg in Gaza.
Kriwoi war am 7. Oktober beim Supernova-Festival nahe dem Kibbuz Re'im verschleppt worden und hatte sich nach Angaben seiner Familie nach einer Flucht wochenlang in Gaza versteckt.

In Moskau bedankte sich das Außenministerium am Montag bei der Hamas-Führung für die „konstruktive Zusammenarbeit“.
Sprecherin Maria Sacharowa sagte, Moskau habe sich von Anfang an für die Freilassung aller Geiseln mit russischem Pass eingesetzt und werde das auch weiterhin tun.
Kremlsprecher Dmitri Peskow betonte am Vormittag, Russland unterhalte „Arbeitskontakte“ zu allen Seiten, auch zur Hamas, und das habe sich ausgezahlt.

In Jerusalem wurde die Freilassung mit Erleichterung, aber auch mit Bitterkeit aufgenommen.
Ein Vertreter des Büros von Ministerpräsident Benjamin Netanjahu sagte, niemand solle sich bei einer Terrororganisation bedanken, die Kinder entführe.
Der israelische Botschafter in Moskau, Alexander Ben Zvi, forderte Russland auf, seinen Einfluss auf die Hamas für alle Geiseln zu nutzen, nicht nur für die eigenen Staatsbürger.

Die Feuerpause, die Katar gemeinsam mit Ägypten und den USA vermittelt hatte, war am vergangenen Mittwoch vereinbart worden und gilt seit Freitag, 7 Uhr Ortszeit.
Am Montag wurde sie um zwei Tage verlängert, wie das katarische Außenministerium mitteilte.
Bis Sonntag kamen im Rahmen des Abkommens 58 Geiseln frei, im Gegenzug entließ Israel 117 palästinensische Häftlinge.

In Kiew sorgte die Szene für Verärgerung.
Außenminister Dmytro Kuleba schrieb auf X, wer sich von der Hamas als Partner feiern lasse, zeige, auf welcher Seite er stehe.
Die Ukraine hatte Moskau schon im Oktober vorgeworfen, erbeutete westliche Waffen und iranisches Know-how an die Hamas weiterzureichen; Belege legte Kiew nicht vor.

Für Mena-Watch ist die Episode ein Lehrstück: Die Hamas belohnt jene, die sie international hoffähig machen.
In Wien verurteilte Außenminister Alexander Schallenberg (ÖVP) die „Geiseldiplomatie“ der Islamisten; Österreich werde sich weiter für die Freilassung aller Entführten einsetzen.
"""

# ---------------------------------------------------------------- b105de03 (Israel Heute)
DE03 = """
Eli Cohen in Kiew: Israel öffnet seine Botschaft wieder und sagt ein Frühwarnsystem zu

Jerusalem/Kiew. Als erster israelischer Außenminister seit Beginn der russischen Invasion hat Eli Cohen (Likud) am Donnerstag die Ukraine besucht.
In Kiew eröffnete er die israelische Botschaft wieder, die im Februar vergangenen Jahres vorübergehend nach Polen verlegt worden war.
Cohen traf Präsident Wolodymyr Selenskyj und Außenminister Dmytro Kuleba und legte in Babi Jar einen Kranz für die dort ermordeten Juden nieder.

Israel werde der Ukraine Kreditgarantien über 200 Millionen Dollar für Projekte im Gesundheitswesen und in der zivilen Infrastruktur gewähren, kündigte Cohen an.
Zudem soll ein israelisches Team beim Aufbau eines Frühwarnsystems helfen, das Zivilisten vor Raketen- und Drohnenangriffen warnt; ein Pilotprojekt soll in den kommenden Wochen in Kiew anlaufen.
Waffen, so machte der Minister in Kiew deutlich, werde Israel aber auch künftig nicht liefern.

Selenskyj dankte für die Hilfe, bat Israel aber erneut um Luftabwehrsysteme und um die Unterstützung seiner Friedensformel.
Die Ukraine brauche jetzt Schutz für ihren Himmel, nicht erst in einem Jahr, sagte Kuleba nach dem Treffen.
Bis Ende März wollen beide Außenministerien eine gemeinsame Arbeitsgruppe für zivile Hilfe einrichten.

Aus Moskau kam prompt eine Warnung.
Außenamtssprecherin Maria Sacharowa sagte am Freitag, jede Lieferung von Waffen an Kiew werde die Beziehungen zwischen Russland und Israel „zerstören“.
Cohen hatte Ende Januar mit seinem russischen Amtskollegen Sergej Lawrow telefoniert; es war das erste Gespräch der beiden seit Cohens Amtsantritt.
Ministerpräsident Benjamin Netanjahu hatte Anfang Februar in einem Interview erklärt, er sei bereit, zwischen Moskau und Kiew zu vermitteln, wenn beide Seiten das wünschten.

Die Zurückhaltung Jerusalems hat Gründe, die in Kiew nicht immer verstanden werden.
Russische Truppen stehen in Syrien an Israels Nordgrenze, und die iranischen Drohnen, die ukrainische Städte treffen, kennt man in Israel aus eigener leidvoller Erfahrung.
Für viele Juden in der Ukraine, die seit einem Jahr unter dem Krieg leiden, war der Besuch dennoch ein Zeichen der Verbundenheit mit dem jüdischen Staat.
"""

# ---------------------------------------------------------------- b105de04 (Audiatur-Online)
DE04 = """
Israel stimmt in der UNO mit Washington und Moskau – Kiew zeigt sich enttäuscht

In der UNO-Vollversammlung in New York hat Israel am Montag gegen eine von der Ukraine und den europäischen Staaten eingebrachte Resolution zum dritten Jahrestag des russischen Angriffs gestimmt.
Die Entschliessung, die den Abzug der russischen Truppen aus der Ukraine verlangt, wurde mit 93 Ja- gegen 18 Nein-Stimmen bei 65 Enthaltungen angenommen.
Neben Israel stimmten auch die USA, Russland, Belarus, Ungarn und Nordkorea dagegen.

Am selben Tag verabschiedete der Sicherheitsrat einen knappen amerikanischen Text, der ein «rasches Ende des Konflikts» fordert, Russland aber nicht als Aggressor benennt.
Frankreich und Grossbritannien enthielten sich.
In der Vollversammlung hatten die Europäer den US-Entwurf zuvor mit Änderungen versehen, worauf sich Washington bei der Abstimmung über die eigene Vorlage der Stimme enthielt.

In Kiew sorgte das israelische Abstimmungsverhalten für Verstimmung.
Der ukrainische Botschafter in Israel, Jewhen Kornijtschuk, sprach am Dienstag von einem «schmerzhaften Signal» und erinnerte daran, dass Russland eng mit Iran zusammenarbeite, der Israel mit der Vernichtung drohe.
Aussenminister Andrij Sybiha dankte noch am Montagabend den 93 Staaten, die «auf der Seite des Völkerrechts» gestanden hätten.

In Jerusalem hiess es, man unterstütze die Bemühungen von Präsident Donald Trump um ein Ende des Krieges und wolle sie nicht mit einseitigen Texten erschweren.
Israel hatte in den vergangenen drei Jahren bei solchen Abstimmungen stets mit der Mehrheit für Kiew votiert.
Dass Jerusalem diesmal an der Seite Moskaus stand, ist vor allem als Loyalitätsbeweis gegenüber Washington zu lesen, von dessen Rückendeckung Israel im Konflikt mit Iran und der Hamas abhängt.

Der russische UNO-Botschafter Wassili Nebensja begrüsste die Resolution des Sicherheitsrats als «Schritt in die richtige Richtung».
Kremlsprecher Dmitri Peskow sagte am Dienstag, die neue amerikanische Haltung decke sich weitgehend mit der russischen Sicht.

Die Abstimmungen folgten auf eine Woche, die das Verhältnis zwischen Washington und Kiew erschüttert hat.
Am 18. Februar hatten sich die Aussenminister Marco Rubio und Sergej Lawrow in Riad getroffen, ohne ukrainische Beteiligung.
Tags darauf nannte Trump den ukrainischen Präsidenten Wolodymyr Selenskyj einen «Diktator ohne Wahlen».
"""

# ---------------------------------------------------------------- b105de05 (Neue Presse Coburg)
DE05 = """
Pentagon leitet Abwehrraketen für die Ukraine in den Nahen Osten um

Washington/Coburg. Die US-Regierung hat Bausätze für Anti-Drohnen-Raketen, die für die Ukraine bestimmt waren, an die eigenen Luftstreitkräfte im Nahen Osten umgeleitet.
Verteidigungsminister Pete Hegseth habe die Umschichtung bereits im Frühjahr angeordnet, berichtete das „Wall Street Journal“ am Mittwoch unter Berufung auf Regierungsbeamte.
Mit den lasergelenkten Raketen schießen amerikanische Kampfjets Drohnen iranischer Bauart ab, wie sie die Huthi-Miliz im Jemen und Russland über der Ukraine einsetzen.

Ein Pentagon-Sprecher bestätigte den Vorgang am Donnerstag indirekt: Die Sicherheit amerikanischer Soldaten habe „oberste Priorität“.
Die Bausätze waren noch unter Präsident Joe Biden mit Mitteln des Ukraine-Hilfsprogramms bestellt worden.

Präsident Wolodymyr Selenskyj sagte am Donnerstag in Kiew, man habe von der Entscheidung erst aus der Presse erfahren.
Es gehe um rund 20.000 Raketen, mit denen die Ukraine jede Nacht Schahed-Drohnen abfange, sagte er und forderte Washington auf, die Lieferung so schnell wie möglich nachzuholen.
Der Krieg im Nahen Osten dürfe nicht dazu führen, dass ukrainische Städte schutzlos blieben.

US-Präsident Donald Trump hatte am Mittwoch eine gute Stunde mit Kremlchef Wladimir Putin telefoniert.
Putin habe angekündigt, auf die ukrainischen Drohnenangriffe auf russische Militärflugplätze vom Sonntag zu antworten, schrieb Trump danach; einen raschen Frieden werde das Gespräch nicht bringen.
Putin bot demnach an, sich an den Gesprächen über das iranische Atomprogramm zu beteiligen.
Kremlsprecher Dmitri Peskow nannte das Telefonat am Donnerstag „positiv“.

Bundeskanzler Friedrich Merz, der am Donnerstag im Weißen Haus von Trump empfangen wurde, sprach die Umleitung nach Angaben aus Delegationskreisen an.
Deutschland werde seine Unterstützung für die ukrainische Luftverteidigung ausbauen, sagte Merz nach dem Treffen.

In Coburg verfolgt man die Nachrichten mit Sorge.
Viele der rund 1.200 Ukrainerinnen und Ukrainer in Stadt und Landkreis stammen aus Charkiw, wo in der Nacht zum Donnerstag erneut Drohnen einschlugen.
Der Verein Coburg hilft Ukraine will am Samstag auf dem Marktplatz Spenden für Stromgeneratoren sammeln.
"""

# ---------------------------------------------------------------- b105de06 (Nassauische Neue Presse)
DE06 = """
Patriot-Raketen aus Israel auf dem Weg in die Ukraine

Washington/Limburg. Rund 90 Abfangraketen für das Flugabwehrsystem Patriot, die bislang in Israel stationiert waren, sind über Polen auf dem Weg in die Ukraine.
Das berichtete das Nachrichtenportal „Axios“ am Mittwoch unter Berufung auf drei Regierungsvertreter in Washington und Jerusalem.
Die Raketen seien in den vergangenen Tagen von Israel in die USA zurückgeführt und dann zum Flughafen Rzeszów geflogen worden.

Die israelische Armee hatte ihre älteren Patriot-Batterien im vergangenen Jahr außer Dienst gestellt, weil sie inzwischen auf eigene Systeme setzt.
Die Übergabe der Raketen an die USA war nach dem Bericht noch unter Präsident Joe Biden vereinbart worden; Israel legte Wert darauf, nicht selbst als Lieferant aufzutreten.
Ein israelischer Regierungssprecher sagte, man habe „amerikanisches Material an die Vereinigten Staaten zurückgegeben“, nicht mehr.

In Kiew wurde die Nachricht mit Erleichterung aufgenommen.
Präsident Wolodymyr Selenskyj dankte am Mittwochabend in seiner Videoansprache „allen Partnern, die unseren Himmel schützen“, ohne Israel zu nennen.
Die Ukraine brauche vor allem Raketen für die vorhandenen Systeme, sagte Außenminister Andrij Sybiha am Donnerstag und bat die neue US-Regierung, die Lieferungen fortzusetzen.

Moskau reagierte mit Drohungen.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, jede Waffe, die in die Ukraine gelange, werde ein legitimes Ziel der russischen Streitkräfte.
Außenamtssprecherin Maria Sacharowa warf Israel vor, sich „auf eine gefährliche Bahn“ zu begeben.

Für die Ukraine ist der Zeitpunkt heikel.
Außenminister Marco Rubio hatte am Freitag fast alle Auslandshilfen für 90 Tage eingefroren; ausgenommen blieben Militärhilfen für Israel und Ägypten.
Der Sondergesandte Keith Kellogg will in den kommenden Wochen nach Kiew reisen, Ministerpräsident Benjamin Netanjahu wird am Dienstag im Weißen Haus erwartet.

Auch in Limburg wird die Entwicklung aufmerksam verfolgt.
Der Verein Limburg hilft Ukraine schickt am Wochenende seinen 14. Hilfstransport in die Partnerregion um Tscherniwzi, darunter zwei Stromaggregate.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b105de01_hamas_delegation_moskau_2023_10", "2023-10-27", DE01,
        [
            T("Donnerstag", "DATE", "2023-10-26", 0),
            T("selben Tag", "DATE", "2023-10-26"),
            T("Donnerstagabend", "TIME", "2023-10-26TEV"),
            T("7. Oktober", "DATE", "2023-10-07"),
            T("Freitag", "DATE", "2023-10-27"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("13. Oktober", "DATE", "2023-10-13"),
            T("abendlichen", "SET", "P1D"),
            T("Donnerstag", "DATE", "2023-10-26", 1),
            T("11. Oktober", "DATE", "2023-10-11"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        ],
        [
            E("Deputy foreign minister Bogdanov meets the Hamas official Abu Marzouk in Moscow", "CONSULT", ["Russia"],
              "2023-10-26", "text", "occurred", "Der Vizeaussenminister und Nahostbeauftragte"),
            E("Iran's deputy foreign minister holds talks in Moscow", "CONSULT", ["Russia"], "2023-10-26", "text",
              "occurred", "Am selben Tag hielt sich"),
            E("Israel summons the Russian ambassador", "ACCUSE", ["Russia"], "2023-10-26TEV", "text", "occurred",
              "bestellte noch am Donnerstagabend"),
            E("Israel demands that Moscow expel the Hamas representatives", "REQUEST", ["Russia"], "2023-10-26TEV",
              "context", "occurred", "ein obszöner Schritt"),
            E("Israel expects Russia to condemn the massacre of 7 October", "REQUEST", ["Russia"], "2023-10-26TEV",
              "context", "occurred", "Israel erwarte von Russland"),
            E("Peskov defends the contacts with Hamas against Israel's protest", "REJECT", ["Dmitry Peskov"],
              "2023-10-27", "text", "occurred", "Kremlsprecher Dmitri Peskow verteidigte"),
            E("Zakharova accuses Israel of disproportionate warfare in Gaza", "ACCUSE", ["Maria Zakharova"],
              "2023-10-27", "published", "occurred", "Aussenamtssprecherin Maria Sacharowa erklärte"),
            E("Putin compares Israel's blockade of Gaza with the siege of Leningrad", "ACCUSE", ["Vladimir Putin"],
              "2023-10-13", "text", "occurred", "Präsident Wladimir Putin hatte am 13. Oktober"),
            E("Putin–Netanyahu phone call", "CONSULT", ["Vladimir Putin"], "2023-10-16", "context", "occurred",
              "Drei Tage später telefonierte er", note="three days after 13 October"),
            E("Netanyahu asks Putin to break off the contacts with Hamas", "REQUEST", ["Vladimir Putin"],
              "2023-10-16", "context", "occurred", "Gemäss der israelischen Darstellung"),
            E("Zelensky: Russia and Iran stand behind the same terror that hit Israel", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-10-26", "text", "occurred", "in seiner abendlichen Videoansprache"),
            E("Ukraine's foreign ministry calls on Israel to draw consequences and supply air defence", "REQUEST",
              ["Ukraine"], "2023-10-27", "published", "occurred", "Das ukrainische Aussenministerium rief"),
        ],
        [
            S("Russia", "The talks with Hamas were about freeing foreign hostages and the departure of Russian citizens",
              "2023-10-26", "context", "Gesprochen worden sei"),
            S("Dmitry Peskov", "Russia keeps relations with all sides of the conflict, which is useful right now",
              "2023-10-27", "context", "Russland unterhalte Beziehungen"),
            S("Maria Zakharova", "Moscow never distanced itself from the Palestinians; Israel's warfare in Gaza is "
              "disproportionate", "2023-10-27", "published", "Aussenamtssprecherin Maria Sacharowa erklärte"),
            S("Vladimir Putin", "Compares the blockade of Gaza with the siege of Leningrad", "2023-10-13", "text",
              "Präsident Wladimir Putin hatte am 13. Oktober"),
            S("Kremlin", "Putin expressed his condolences for the victims to Netanyahu", "2023-10-16", "context",
              "Drei Tage später telefonierte er"),
            S("Volodymyr Zelensky", "Russia and Iran stand behind the same terror that hit Israel", "2023-10-26",
              "text", "in seiner abendlichen Videoansprache"),
            S("Ukraine", "Israel should draw consequences and support Ukraine with air defence", "2023-10-27",
              "published", "Das ukrainische Aussenministerium rief"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Vladimir Putin", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b105de02_hamas_geisel_kriwoi_2023_11", "2023-11-27", DE02,
        [
            T("Sonntagabend", "TIME", "2023-11-26TEV"),
            T("7. Oktober", "DATE", "2023-10-07"),
            T("wochenlang", "DURATION", "PXW"),
            T("Montag", "DATE", "2023-11-27", 0),
            T("Vormittag", "TIME", "2023-11-27TMO"),
            T("vergangenen Mittwoch", "DATE", "2023-11-22"),
            T("Freitag", "DATE", "2023-11-24"),
            T("7 Uhr Ortszeit", "TIME", "2023-11-24T07:00", note="local time (Israel/Gaza, UTC+2)"),
            T("Montag", "DATE", "2023-11-27", 1),
            T("zwei Tage", "DURATION", "P2D"),
            T("Sonntag", "DATE", "2023-11-26"),
            T("Oktober", "DATE", "2023-10", 1),
        ],
        [
            E("Hamas frees the Russian-Israeli hostage Roni Krivoi as a gesture to Putin", "CONCEDE",
              ["Russia", "Vladimir Putin"], "2023-11-26TEV", "text", "occurred", "Außerhalb des vereinbarten Austauschs",
              note="released outside the truce deal; Hamas is not canonical"),
            E("Russia's foreign ministry thanks the Hamas leadership for its cooperation", "SUPPORT", ["Russia"],
              "2023-11-27", "text", "occurred", "bedankte sich das Außenministerium am Montag"),
            E("Zakharova: Moscow will keep working for the release of all hostages with Russian passports", "AGREE",
              ["Maria Zakharova"], "2023-11-27", "context", "occurred", "Sprecherin Maria Sacharowa sagte"),
            E("Israel's ambassador asks Russia to use its influence on Hamas for all hostages", "REQUEST", ["Russia"],
              "2023-11-27", "published", "occurred", "forderte Russland auf, seinen Einfluss"),
            E("Qatar, with Egypt and the US, brokers the truce deal between Israel and Hamas", "AGREE",
              ["Qatar", "United States"], "2023-11-22", "text", "occurred", "Die Feuerpause, die Katar",
              note="the truce itself (from 24 November, 07:00) has no canonical party"),
            E("The truce is extended by two days, Qatar announces", "AGREE", ["Qatar"], "2023-11-27", "text",
              "occurred", "Am Montag wurde sie um zwei Tage verlängert"),
            E("Kuleba accuses Moscow of letting Hamas celebrate it as a partner", "ACCUSE", ["Ukraine", "Russia"],
              "2023-11-27", "published", "occurred", "Außenminister Dmytro Kuleba schrieb auf X"),
            E("Ukraine accused Moscow in October of passing weapons and Iranian know-how to Hamas", "ACCUSE",
              ["Ukraine", "Russia"], "2023-10", "text", "occurred", "Die Ukraine hatte Moskau schon im Oktober"),
        ],
        [
            S("Russia", "Thanks the Hamas leadership for its constructive cooperation", "2023-11-27", "text",
              "bedankte sich das Außenministerium am Montag"),
            S("Maria Zakharova", "Moscow has worked for the release of all hostages with Russian passports and will "
              "continue", "2023-11-27", "context", "Sprecherin Maria Sacharowa sagte"),
            S("Dmitry Peskov", "Russia keeps working contacts with all sides, including Hamas, and this has paid off",
              "2023-11-27TMO", "text", "Kremlsprecher Dmitri Peskow betonte am Vormittag"),
            S("Qatar", "The truce has been extended by two days", "2023-11-27", "text",
              "Am Montag wurde sie um zwei Tage verlängert"),
            S("Ukraine", "Whoever lets Hamas celebrate them as a partner shows which side they are on", "2023-11-27",
              "published", "Außenminister Dmytro Kuleba schrieb auf X"),
            S("Ukraine", "Moscow passes captured Western weapons and Iranian know-how to Hamas", "2023-10", "text",
              "Die Ukraine hatte Moskau schon im Oktober"),
        ],
        ["Russia", "Vladimir Putin", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Qatar", "United States", "Ukraine"],
    ),
    doc(
        "b105de03_cohen_kiew_botschaft_2023_02", "2023-02-17", DE03,
        [
            T("Donnerstag", "DATE", "2023-02-16"),
            T("Februar vergangenen Jahres", "DATE", "2022-02"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("einem Jahr", "DURATION", "P1Y", 0, note="'nicht erst in einem Jahr': the point would be 2024-02"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("Freitag", "DATE", "2023-02-17"),
            T("Ende Januar", "DATE", "2023-01", mod="END"),
            T("Anfang Februar", "DATE", "2023-02", mod="START"),
            T("einem Jahr", "DURATION", "P1Y", 1),
        ],
        [
            E("Israeli foreign minister Cohen visits Ukraine", "CONSULT", ["Ukraine"], "2023-02-16", "text",
              "occurred", "Als erster israelischer Außenminister"),
            E("Israel reopens its embassy in Kyiv", "COOPERATE", ["Ukraine"], "2023-02-16", "context", "occurred",
              "In Kiew eröffnete er die israelische Botschaft wieder"),
            E("Cohen meets Zelensky and Kuleba", "CONSULT", ["Volodymyr Zelensky", "Ukraine"], "2023-02-16",
              "context", "occurred", "Cohen traf Präsident Wolodymyr Selenskyj"),
            E("Israel to grant Ukraine 200 million dollars in loan guarantees", "AID", ["Ukraine"], "2023-02-16",
              "context", "planned", "Kreditgarantien über 200 Millionen Dollar"),
            E("Israeli team to help build an early-warning system, pilot in Kyiv in the coming weeks", "COOPERATE",
              ["Ukraine"], "FUTURE_REF", "vague", "planned", "beim Aufbau eines Frühwarnsystems helfen"),
            E("Cohen: Israel will not supply weapons", "REJECT", ["Ukraine"], "2023-02-16", "context", "occurred",
              "Waffen, so machte der Minister"),
            E("Zelensky thanks Israel for its help", "SUPPORT", ["Volodymyr Zelensky"], "2023-02-16", "context",
              "occurred", "Selenskyj dankte für die Hilfe"),
            E("Zelensky asks Israel for air defence and support for his peace formula", "REQUEST",
              ["Volodymyr Zelensky"], "2023-02-16", "context", "occurred", "Selenskyj dankte für die Hilfe"),
            E("Both foreign ministries to set up a working group on civilian aid by the end of March", "COOPERATE",
              ["Ukraine"], "2023-03", "text", "planned", "Bis Ende März wollen", date_mod="END"),
            E("Zakharova warns that arms deliveries to Kyiv would destroy Russian–Israeli relations", "REQUEST",
              ["Maria Zakharova"], "2023-02-17", "text", "occurred", "Außenamtssprecherin Maria Sacharowa sagte"),
            E("Cohen–Lavrov phone call", "CONSULT", ["Sergey Lavrov"], "2023-01", "text", "occurred",
              "Cohen hatte Ende Januar", date_mod="END"),
            E("Netanyahu offers to mediate between Moscow and Kyiv", "REQUEST", ["Russia", "Ukraine"], "2023-02",
              "text", "occurred", "Ministerpräsident Benjamin Netanjahu hatte Anfang Februar", date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Israel and asks again for air-defence systems and support for his peace "
              "formula", "2023-02-16", "context", "Selenskyj dankte für die Hilfe"),
            S("Ukraine", "Kuleba: Ukraine needs protection for its sky now, not in a year", "2023-02-16", "context",
              "Die Ukraine brauche jetzt Schutz"),
            S("Russia", "Moscow responded with a warning", "2023-02-17", "published", "Aus Moskau kam prompt"),
            S("Maria Zakharova", "Any delivery of weapons to Kyiv would destroy Russian–Israeli relations",
              "2023-02-17", "text", "Außenamtssprecherin Maria Sacharowa sagte"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "Maria Zakharova", "Sergey Lavrov"],
    ),
    doc(
        "b105de04_israel_uno_abstimmung_2025_02", "2025-02-26", DE04,
        [
            T("Montag", "DATE", "2025-02-24"),
            T("selben Tag", "DATE", "2025-02-24"),
            T("Dienstag", "DATE", "2025-02-25", 0),
            T("Montagabend", "TIME", "2025-02-24TEV"),
            T("den vergangenen drei Jahren", "DURATION", "P3Y"),
            T("Dienstag", "DATE", "2025-02-25", 1),
            T("eine Woche", "DURATION", "P1W"),
            T("18. Februar", "DATE", "2025-02-18"),
            T("Tags darauf", "DATE", "2025-02-19"),
        ],
        [
            E("Israel votes against the Ukrainian–European resolution in the General Assembly", "REJECT",
              ["Ukraine", "European Union", "United Nations"], "2025-02-24", "text", "occurred",
              "In der UNO-Vollversammlung in New York hat Israel"),
            E("The General Assembly demands the withdrawal of Russian troops from Ukraine", "REQUEST",
              ["United Nations", "Russia"], "2025-02-24", "context", "occurred", "Die Entschliessung, die den Abzug"),
            E("The US, Russia and Belarus vote against the resolution", "REJECT",
              ["United States", "Russia", "Belarus"], "2025-02-24", "context", "occurred",
              "Neben Israel stimmten auch die USA"),
            E("The Security Council adopts a US text calling for a swift end to the conflict", "REQUEST",
              ["United Nations", "United States"], "2025-02-24", "text", "occurred",
              "Am selben Tag verabschiedete der Sicherheitsrat"),
            E("The Europeans amend the US draft in the General Assembly", "REQUEST",
              ["European Union", "United States"], "2025-02-24", "context", "occurred",
              "hatten die Europäer den US-Entwurf"),
            E("Ukraine's ambassador in Israel criticises Israel's vote as a painful signal", "ACCUSE", ["Ukraine"],
              "2025-02-25", "text", "occurred", "Der ukrainische Botschafter in Israel"),
            E("Sybiha thanks the 93 states that voted for the resolution", "SUPPORT", ["Andrii Sybiha"],
              "2025-02-24TEV", "text", "occurred", "Aussenminister Andrij Sybiha dankte"),
            E("Israel backs Trump's efforts to end the war", "SUPPORT", ["Donald Trump"], "2025-02-26", "published",
              "occurred", "In Jerusalem hiess es"),
            E("Nebenzia welcomes the Security Council resolution", "SUPPORT", ["Russia", "United Nations"],
              "2025-02-24", "context", "occurred", "Der russische UNO-Botschafter Wassili Nebensja"),
            E("Peskov: the new US stance largely coincides with Russia's", "SUPPORT",
              ["Dmitry Peskov", "United States"], "2025-02-25", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Rubio and Lavrov meet in Riyadh without Ukraine", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
              "2025-02-18", "text", "occurred", "Am 18. Februar hatten sich"),
            E("Trump calls Zelensky a dictator without elections", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-02-19", "text", "occurred", "Tags darauf nannte Trump"),
        ],
        [
            S("Ukraine", "Ambassador Korniychuk: Israel's vote is a painful signal; Russia works closely with Iran, "
              "which threatens Israel", "2025-02-25", "text", "Der ukrainische Botschafter in Israel"),
            S("Andrii Sybiha", "Thanks the 93 states that stood on the side of international law", "2025-02-24TEV",
              "text", "Aussenminister Andrij Sybiha dankte"),
            S("Russia", "Nebenzia: the Security Council resolution is a step in the right direction", "2025-02-24",
              "context", "Der russische UNO-Botschafter Wassili Nebensja"),
            S("Dmitry Peskov", "The new US stance largely coincides with Russia's view", "2025-02-25", "text",
              "Kremlsprecher Dmitri Peskow sagte"),
            S("Donald Trump", "Calls Zelensky a dictator without elections", "2025-02-19", "text",
              "Tags darauf nannte Trump"),
        ],
        ["Ukraine", "European Union", "United Nations", "Russia", "United States", "Belarus", "France",
         "United Kingdom", "Andrii Sybiha", "Donald Trump", "Dmitry Peskov", "Kremlin", "Marco Rubio",
         "Sergey Lavrov", "Volodymyr Zelensky"],
    ),
    doc(
        "b105de05_abwehrraketen_nahost_2025_06", "2025-06-06", DE05,
        [
            T("Frühjahr", "DATE", "2025-SP"),
            T("Mittwoch", "DATE", "2025-06-04", 0),
            T("Donnerstag", "DATE", "2025-06-05", 0),
            T("jede Nacht", "SET", "P1D"),
            T("Donnerstag", "DATE", "2025-06-05", 1),
            T("Mittwoch", "DATE", "2025-06-04", 1),
            T("eine gute Stunde", "DURATION", "PT1H", mod="MORE_THAN"),
            T("Sonntag", "DATE", "2025-06-01"),
            T("Donnerstag", "DATE", "2025-06-05", 2),
            T("Donnerstag", "DATE", "2025-06-05", 3),
            T("der Nacht zum Donnerstag", "TIME", "2025-06-04TNI", note="night of 4 to 5 June"),
            T("Samstag", "DATE", "2025-06-07"),
        ],
        [
            E("The Pentagon diverts anti-drone rocket kits meant for Ukraine to US forces in the Middle East",
              "SANCTION", ["United States", "Ukraine"], "2025-SP", "text", "occurred",
              "Verteidigungsminister Pete Hegseth habe die Umschichtung",
              note="ordered in the spring, reported by the Wall Street Journal on Wednesday 4 June"),
            E("The kits were ordered under Biden with Ukraine aid funds", "AID", ["Joe Biden", "Ukraine"], "PAST_REF",
              "vague", "occurred", "Die Bausätze waren noch unter Präsident Joe Biden"),
            E("Zelensky asks Washington to make up the delivery as soon as possible", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2025-06-05", "context", "occurred",
              "Es gehe um rund 20.000 Raketen"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-06-04", "text",
              "occurred", "US-Präsident Donald Trump hatte am Mittwoch"),
            E("Putin announces a response to Ukraine's drone attacks on Russian airfields", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2025-06-04", "context", "occurred",
              "Putin habe angekündigt, auf die ukrainischen Drohnenangriffe"),
            E("Ukrainian drone attacks on Russian military airfields", "ASSAULT", ["Ukraine", "Russia"], "2025-06-01",
              "text", "occurred", "Putin habe angekündigt, auf die ukrainischen Drohnenangriffe"),
            E("Putin offers to take part in the talks on Iran's nuclear programme", "REQUEST",
              ["Vladimir Putin", "Donald Trump"], "2025-06-04", "context", "occurred",
              "Putin bot demnach an"),
            E("Merz received by Trump at the White House", "CONSULT", ["Friedrich Merz", "Donald Trump"],
              "2025-06-05", "text", "occurred", "Bundeskanzler Friedrich Merz, der am Donnerstag"),
            E("Merz: Germany will expand its support for Ukraine's air defence", "AID", ["Germany", "Ukraine"],
              "2025-06-05", "context", "planned", "Deutschland werde seine Unterstützung"),
            E("Russian drones strike Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2025-06-04TNI", "text",
              "occurred", "wo in der Nacht zum Donnerstag"),
        ],
        [
            S("United States", "Pentagon spokesman: the safety of US troops has top priority", "2025-06-05", "text",
              "Ein Pentagon-Sprecher bestätigte"),
            S("Volodymyr Zelensky", "Kyiv learnt of the decision from the press", "2025-06-05", "text",
              "Präsident Wolodymyr Selenskyj sagte am Donnerstag"),
            S("Volodymyr Zelensky", "About 20,000 rockets are at stake; Washington should make up the delivery",
              "2025-06-05", "context", "Es gehe um rund 20.000 Raketen"),
            S("Volodymyr Zelensky", "The war in the Middle East must not leave Ukrainian cities unprotected",
              "2025-06-05", "context", "Der Krieg im Nahen Osten"),
            S("Vladimir Putin, via Donald Trump", "Russia will respond to the drone attacks on its airfields",
              "2025-06-04", "context", "Putin habe angekündigt, auf die ukrainischen Drohnenangriffe"),
            S("Donald Trump", "The call will not bring quick peace", "2025-06-04", "context",
              "Putin habe angekündigt, auf die ukrainischen Drohnenangriffe"),
            S("Vladimir Putin, via Donald Trump", "Offers to take part in the talks on Iran's nuclear programme",
              "2025-06-04", "context", "Putin bot demnach an"),
            S("Dmitry Peskov", "The call was positive", "2025-06-05", "text", "Kremlsprecher Dmitri Peskow nannte"),
            S("Friedrich Merz", "Germany will expand its support for Ukraine's air defence", "2025-06-05", "context",
              "Deutschland werde seine Unterstützung"),
        ],
        ["United States", "Ukraine", "Joe Biden", "Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "Friedrich Merz", "Germany", "Russia"],
    ),
    doc(
        "b105de06_patriot_israel_ukraine_2025_01", "2025-01-30", DE06,
        [
            T("Mittwoch", "DATE", "2025-01-29"),
            T("den vergangenen Tagen", "DATE", "PAST_REF"),
            T("vergangenen Jahr", "DATE", "2024"),
            T("Mittwochabend", "TIME", "2025-01-29TEV"),
            T("Donnerstag", "DATE", "2025-01-30", 0),
            T("Donnerstag", "DATE", "2025-01-30", 1),
            T("Freitag", "DATE", "2025-01-24"),
            T("90 Tage", "DURATION", "P90D"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Dienstag", "DATE", "2025-02-04"),
            T("Wochenende", "DATE", "2025-W05-WE"),
        ],
        [
            E("About 90 Patriot interceptors from Israel are on their way to Ukraine via Poland", "AID",
              ["United States", "Ukraine"], "PAST_REF", "vague", "occurred",
              "Die Raketen seien in den vergangenen Tagen",
              note="reported by Axios on Wednesday 29 January 2025; the transfer is to the US, then on to Ukraine"),
            E("The return of the interceptors to the US was agreed under Biden", "AGREE", ["Joe Biden"], "PAST_REF",
              "vague", "occurred", "noch unter Präsident Joe Biden vereinbart",
              note="no date in the text; before 20 January 2025"),
            E("Zelensky thanks all partners who protect Ukraine's sky", "SUPPORT", ["Volodymyr Zelensky"],
              "2025-01-29TEV", "text", "occurred", "dankte am Mittwochabend"),
            E("Sybiha asks the new US administration to continue the deliveries", "REQUEST",
              ["Andrii Sybiha", "United States"], "2025-01-30", "text", "occurred",
              "sagte Außenminister Andrij Sybiha am Donnerstag"),
            E("Peskov: every weapon that reaches Ukraine will be a legitimate target", "THREATEN", ["Dmitry Peskov"],
              "2025-01-30", "text", "occurred", "jede Waffe, die in die Ukraine gelange"),
            E("Zakharova accuses Israel of taking a dangerous path", "ACCUSE", ["Maria Zakharova"], "2025-01-30",
              "published", "occurred", "Außenamtssprecherin Maria Sacharowa warf Israel vor"),
            E("Rubio freezes nearly all foreign aid for 90 days, exempting military aid for Israel and Egypt",
              "SANCTION", ["Marco Rubio"], "2025-01-24", "text", "occurred", "Außenminister Marco Rubio hatte am Freitag"),
            E("Kellogg to travel to Kyiv in the coming weeks", "CONSULT", ["Keith Kellogg", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "Der Sondergesandte Keith Kellogg"),
            E("Netanyahu expected at the White House on Tuesday", "CONSULT", ["United States"], "2025-02-04", "text",
              "planned", "Der Sondergesandte Keith Kellogg", note="the White House is the venue; the host is not named"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks all partners who protect Ukraine's sky", "2025-01-29TEV", "text",
              "dankte am Mittwochabend"),
            S("Andrii Sybiha", "Ukraine needs missiles for its existing systems; the new US administration should "
              "continue deliveries", "2025-01-30", "text", "sagte Außenminister Andrij Sybiha am Donnerstag"),
            S("Russia", "Moscow responded with threats", "2025-01-30", "published", "Moskau reagierte mit Drohungen"),
            S("Dmitry Peskov", "Every weapon that reaches Ukraine will be a legitimate target", "2025-01-30", "text",
              "jede Waffe, die in die Ukraine gelange"),
            S("Maria Zakharova", "Israel is taking a dangerous path", "2025-01-30", "published",
              "Außenamtssprecherin Maria Sacharowa warf Israel vor"),
        ],
        ["Ukraine", "United States", "Joe Biden", "Volodymyr Zelensky", "Andrii Sybiha", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova", "Marco Rubio", "Keith Kellogg", "Russia"],
    ),
]
