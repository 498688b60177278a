"""German articles of the blind111 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b111de01 (Sport1)
DE01 = """
Drogen-Prozess in Russland: Brittney Griner bekennt sich schuldig

Basketball-Star Brittney Griner hat sich vor einem Gericht in Chimki bei Moskau des Drogenschmuggels schuldig bekannt.
„Ich möchte mich schuldig bekennen, Euer Ehren, aber es war keine Absicht“, sagte die 31-Jährige am Donnerstag laut Prozessbeobachtern.
Sie habe in Eile gepackt, die Kartuschen mit Haschischöl seien nur versehentlich in ihr Gepäck geraten.
Die zweimalige Olympiasiegerin war am 17. Februar am Moskauer Flughafen Scheremetjewo festgenommen worden, kurz vor dem russischen Einmarsch in die Ukraine.
Ihr drohen bis zu zehn Jahre Haft.

Ihre Anwältin Maria Blagowolina erklärte, Griner wolle mit dem Geständnis Verantwortung übernehmen und hoffe auf ein milderes Urteil.
Der Prozess wird am 14. Juli fortgesetzt, mit einem Urteil rechnen Beobachter bis Anfang August.
Seit 2014 spielt die Centerin der Phoenix Mercury in der WNBA-Pause für UMMC Jekaterinburg, wo sie ein Vielfaches ihres Gehalts in der US-Liga verdient.

US-Präsident Joe Biden hatte am Mittwoch mit Griners Ehefrau Cherelle telefoniert und ihr nach Angaben des Weißen Hauses zugesichert, alles für eine rasche Freilassung zu tun.
Dabei las er ihr auch den Entwurf eines Briefes vor, den er der Sportlerin schicken wolle.
Griner selbst hatte Biden am Unabhängigkeitstag in einem handschriftlichen Brief gebeten: „Bitte vergessen Sie mich und die anderen amerikanischen Gefangenen nicht.“
Außenminister Antony Blinken sagte am Rande des G20-Außenministertreffens auf Bali, die Freilassung Griners und des ebenfalls in Russland inhaftierten Ex-Marines Paul Whelan habe „höchste Priorität“.
Ein Gespräch mit dem russischen Außenminister Sergej Lawrow, der das Treffen am Freitag vorzeitig verließ, lehnte Blinken ab.

Aus Moskau kamen kühle Töne.
Vize-Außenminister Sergej Rjabkow warnte Washington am Donnerstag davor, den Fall öffentlich hochzuspielen, das helfe Griner nicht.
Kremlsprecher Dmitri Peskow sagte, über einen Gefangenenaustausch könne man erst nach einem Urteil sprechen.
Ende April hatten die USA und Russland den früheren Marineinfanteristen Trevor Reed gegen einen in den USA verurteilten russischen Piloten ausgetauscht.

In der WNBA ist die Anteilnahme groß.
Beim All-Star-Game am Sonntag in Chicago werden alle Spielerinnen Griners Rückennummer 42 tragen, kündigte die Liga an.
Bei Phoenix hängt seit dem Saisonstart im Mai ein großes Banner mit ihrem Porträt in der Halle.
"""

# ---------------------------------------------------------------- b111de02 (Eurosport.de)
DE02 = """
Treffen im Weißen Haus: Biden empfängt Griners Ehefrau und Whelans Schwester

US-Präsident Joe Biden hat am Freitag Cherelle Griner, die Ehefrau der in Russland inhaftierten Basketballerin Brittney Griner, im Weißen Haus empfangen.
Anschließend traf er Elizabeth Whelan, die Schwester des seit Dezember 2018 in Russland festgehaltenen Ex-Marines Paul Whelan.
Biden habe in beiden Gesprächen bekräftigt, „jeden verfügbaren Weg“ zu nutzen, um die beiden nach Hause zu holen, teilte das Weiße Haus am Freitagabend mit.
Die Treffen dauerten nach Angaben aus Teilnehmerkreisen jeweils rund eine Stunde.

Cherelle Griner erklärte anschließend, sie sei dem Präsidenten dankbar, eine Einigung mit Moskau dürfe aber „nicht länger warten“.
Es war ihr erstes persönliches Gespräch mit Biden, der sie Anfang Juli angerufen hatte.
Griner war am 4. August von einem Gericht in Chimki wegen Drogenschmuggels zu neun Jahren Straflager verurteilt worden, ihre Anwälte haben Berufung eingelegt.
Einen Termin für die Verhandlung gibt es noch nicht.

Ende Juli hatte Außenminister Antony Blinken öffentlich gemacht, dass Washington Moskau ein „substanzielles Angebot“ für die Freilassung Griners und Whelans vorgelegt habe.
Nach Medienberichten geht es um einen Austausch gegen den in den USA inhaftierten Waffenhändler Viktor But.
Russlands Außenminister Sergej Lawrow bestand Anfang August darauf, über einen Austausch nur in dem Kanal zu sprechen, den Präsident Wladimir Putin und Biden im vergangenen Jahr in Genf vereinbart hätten.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, die Kontakte liefen, öffentliche Details werde es nicht geben.

Unterdessen reiste der frühere US-Diplomat Bill Richardson in dieser Woche nach Moskau, um sich nach Medienberichten für die beiden Gefangenen einzusetzen.
Das Weiße Haus betonte, Richardson sei als Privatmann unterwegs.

Für die WNBA endet an diesem Wochenende eine Saison, die ganz im Zeichen Griners stand.
Am Sonntag können die Las Vegas Aces in Connecticut den ersten Titel der Klubgeschichte perfekt machen.
Auf allen Spielfeldern prangte in diesem Sommer der Schriftzug „BG 42“.
"""

# ---------------------------------------------------------------- b111de03 (Schweiz am Wochenende)
DE03 = """
Putin empfängt die neue US-Botschafterin – und lässt sie die Krise spüren

Moskau. Wladimir Putin hat die neue US-Botschafterin Lynne Tracy mit kühlen Worten im Kreml empfangen.
Die Beziehungen zu den Vereinigten Staaten befänden sich «in einer tiefen Krise», sagte der Kremlchef am Mittwoch bei der Zeremonie, an der Tracy mit Diplomaten aus 16 weiteren Ländern ihr Beglaubigungsschreiben überreichte.
Verantwortlich dafür sei allein Washington, das Russland eine «strategische Niederlage» zufügen wolle.
Die Karrierediplomatin, die früher als Nummer zwei der US-Botschaft in Moskau gedient hatte, war bereits im Januar in Russland eingetroffen.
Den Fall des inhaftierten Reporters Evan Gershkovich sprach Putin in seiner Rede nicht an.

Der Korrespondent des «Wall Street Journal» war Ende März in Jekaterinburg festgenommen worden.
Am Freitag erhob der Inlandgeheimdienst FSB nach Angaben russischer Agenturen formell Anklage gegen ihn, wegen Spionage im Auftrag der amerikanischen Seite.
Gershkovich habe die Vorwürfe zurückgewiesen, meldete die Agentur Tass.
Ihm drohen bis zu 20 Jahre Haft.
Tracy verlangte am Donnerstag erneut, den 31-Jährigen konsularisch betreuen zu dürfen, das Aussenministerium in Moskau lehnte dies am Freitag ab.

US-Präsident Joe Biden hatte Russland vor einer Woche mit den Worten «Lasst ihn gehen» zur Freilassung aufgefordert.
Aussenminister Antony Blinken verlangte am vergangenen Sonntag in einem Telefonat mit seinem Amtskollegen Sergei Lawrow die sofortige Freilassung des Reporters.
Lawrow entgegnete nach Angaben seines Ministeriums, über das Schicksal Gershkovichs entscheide ein Gericht, Washington solle keinen Lärm darum machen.
Kremlsprecher Dmitri Peskow sagte, für einen Austausch gebe es keine Grundlage, solange kein Urteil vorliege.

Beim Gipfel in Genf im Juni 2021 hatten Biden und Putin vereinbart, Gefangenenfragen auf Expertenebene zu besprechen.
Über diesen Kanal kamen im vergangenen Jahr Trevor Reed und Brittney Griner frei.
Das Eidgenössische Departement für auswärtige Angelegenheiten erklärte auf Anfrage, die Schweiz stehe für gute Dienste bereit, wenn beide Seiten dies wünschten.
Ein Sprecher verwies auf das Treffen von 2021 in der Villa La Grange, das die Schweiz organisiert hatte.
"""

# ---------------------------------------------------------------- b111de04 (Meedia)
DE04 = """
Ein Jahr in Haft: „Wall Street Journal“ erscheint mit leerer Titelseite für Evan Gershkovich

Mit einer fast leeren Titelseite erinnert das „Wall Street Journal“ an seinen in Russland inhaftierten Korrespondenten Evan Gershkovich.
Über einer großen weißen Fläche steht in der Ausgabe vom Donnerstag die Zeile „Seine Geschichte sollte hier stehen“.
Der 32-Jährige war am 29. März 2023 in Jekaterinburg vom Inlandsgeheimdienst FSB festgenommen worden, am Freitag jährt sich die Festnahme zum ersten Mal.
Chefredakteurin Emma Tucker schreibt in einem Leitartikel, Evans Verhaftung sei „ein Angriff auf die freie Presse“.

Erst am Dienstag hatte ein Moskauer Gericht die Untersuchungshaft um weitere drei Monate bis zum 30. Juni verlängert.
US-Botschafterin Lynne Tracy, die bei der Anhörung im Saal saß, nannte die Spionagevorwürfe „erfunden“.
Einen Termin für den Prozess gibt es noch nicht, die Anwälte rechnen mit einem Verfahren im Sommer.
Neben Gershkovich sitzt mit Alsu Kurmasheva von Radio Free Europe/Radio Liberty seit Oktober eine weitere US-Journalistin in russischer Haft.

US-Präsident Joe Biden erklärte am Donnerstag, Gershkovich sei „nach Russland gegangen, um seine Arbeit zu machen“, und versprach, weiter auf seine Freilassung hinzuarbeiten.
Außenminister Antony Blinken sprach von einer Geiselnahme und forderte Moskau auf, den Reporter sofort freizulassen.
Kremlsprecher Dmitri Peskow sagte auf Nachfrage, über das Thema werde „nicht über die Medien“ verhandelt.

Kremlchef Wladimir Putin hatte im Februar im Interview mit dem US-Moderator Tucker Carlson angedeutet, Gershkovich könne gegen einen in Deutschland verurteilten Russen ausgetauscht werden.
Gemeint ist Wadim Krassikow, der 2021 wegen des Mordes im Berliner Tiergarten zu lebenslanger Haft verurteilt wurde.
Mitte März sagte Putin, er habe einem Austausch des Oppositionspolitikers Alexej Nawalny kurz vor dessen Tod im Februar zugestimmt.

Für das „Journal“ und den Mutterkonzern Dow Jones ist der Fall längst auch eine Kommunikationsaufgabe.
Seit der Festnahme läuft auf allen Kanälen die Kampagne „#IStandWithEvan“, Kolleginnen und Kollegen lasen in einem 24-stündigen Lesemarathon aus seinen Texten.
Der Deutsche Journalisten-Verband und Reporter ohne Grenzen rufen für Freitag zu einer Mahnwache vor der russischen Botschaft in Berlin auf.
"""

# ---------------------------------------------------------------- b111de05 (SonntagsBlick)
DE05 = """
Zwölf Jahre Straflager wegen 51 Dollar: Ballerina Ksenia Karelina verurteilt

Sie hat getanzt, sie hat gespendet, jetzt muss sie ins Lager.
Ein Gericht in Jekaterinburg hat die russisch-amerikanische Doppelbürgerin Ksenia Karelina (33) am Donnerstag wegen Hochverrats zu zwölf Jahren Straflager verurteilt.
Ihr Vergehen: Am 24. Februar 2022, dem Tag des russischen Einmarschs in die Ukraine, überwies sie 51.80 Dollar, rund 45 Franken, an eine US-Hilfsorganisation für die Ukraine.
Die Staatsanwaltschaft hatte 15 Jahre gefordert.

Die frühere Ballerina lebt seit Jahren in Los Angeles und arbeitet dort in einem Spa.
Im Januar flog sie nach Jekaterinburg, um ihre Grosseltern zu besuchen, und wurde noch am Flughafen vom Geheimdienst FSB abgeführt.
Vergangene Woche bekannte sie sich vor Gericht schuldig.
«Sie ist keine Verräterin, sie ist eine Tänzerin», sagt ihr Freund, der südafrikanische Boxer Chris van Heerden.

Das Weisse Haus nannte das Urteil am Donnerstagabend «grausam» und forderte Karelinas sofortige Freilassung.
Das Aussenministerium in Washington pocht auf konsularischen Zugang, doch Moskau erkennt die doppelte Staatsbürgerschaft nicht an.
Kremlsprecher Dmitri Peskow sagte am Freitag nur, das Gericht habe «nach dem Gesetz» entschieden.

Für Washington ist der Fall besonders bitter.
Erst vor gut zwei Wochen, am 1. August, hatten die USA, Deutschland und Russland in Ankara den grössten Gefangenenaustausch seit dem Kalten Krieg vollzogen.
Der türkische Geheimdienst MIT koordinierte den Austausch von 26 Gefangenen auf dem Flughafen Esenboga.
Frei kamen unter anderen der Reporter Evan Gershkovich, der Ex-Marine Paul Whelan und die Journalistin Alsu Kurmasheva, Russland erhielt den Tiergarten-Mörder Wadim Krassikow zurück.
Kremlchef Wladimir Putin empfing die Heimkehrer am selben Abend mit rotem Teppich auf dem Flughafen Wnukowo.

Karelina stand nicht auf der Liste, ebenso wenig der Lehrer Marc Fogel, der seit 2021 eine 14-jährige Haftstrafe wegen medizinischen Marihuanas absitzt.
Nach Angaben aus Washington sitzen noch mindestens acht Amerikaner in russischen Gefängnissen.
US-Präsident Joe Biden hatte bei der Rückkehr der Freigelassenen versprochen, niemanden zurückzulassen.
Für die Ballerina heisst die Hoffnung jetzt: der nächste Deal.
"""

# ---------------------------------------------------------------- b111de06 (Der Pragmaticus)
DE06 = """
Botschaftsgespräche: Washington legt die Annäherung an Moskau auf Eis

Die dritte Runde der russisch-amerikanischen Gespräche über die Arbeit der Botschaften findet vorerst nicht statt.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, teilte am Montag mit, das für Juni in Moskau geplante Treffen sei „auf Initiative der amerikanischen Unterhändler“ abgesagt worden.
„Wir hoffen, dass die Pause, die sie sich genommen haben, nicht allzu lange dauert“, fügte sie hinzu.
Das State Department hat die Absage bis Mittwochfrüh nicht kommentiert.

Heuer hatten sich Delegationen beider Länder zweimal in Istanbul getroffen, am 27. Februar in der Residenz des US-Generalkonsuls und am 10. April in jener seines russischen Kollegen.
Auf russischer Seite verhandelte Alexander Dartschijew, der im März als neuer Botschafter in Washington eingetroffen war, auf amerikanischer Seite die Diplomatin Sonata Coulter.
Vereinbart wurden bisher nur kleine Schritte, etwa ein Notenaustausch über Bankdienstleistungen für Diplomaten.
Moskau verlangt darüber hinaus die Rückgabe von sechs diplomatischen Liegenschaften, welche die USA zwischen 2016 und 2018 beschlagnahmt hatten, sowie die Wiederaufnahme direkter Flugverbindungen.
Washington knüpfe die Flüge an Fortschritte bei einer Waffenruhe in der Ukraine, heißt es in Moskau.

Noch vergangene Woche hatte Dartschijew der Agentur Tass gesagt, das nächste Treffen finde „in nächster Zeit“ in Moskau statt, künftig wolle man abwechselnd in beiden Hauptstädten tagen.
Auch Vizeaußenminister Sergej Rjabkow hatte von einem Termin „sehr bald“ gesprochen.
Am Samstag telefonierten Präsident Wladimir Putin und US-Präsident Donald Trump fast eine Stunde lang, vor allem über den Krieg zwischen Israel und dem Iran.
Kremlberater Juri Uschakow sagte danach, die beiden hätten vereinbart, in Kontakt zu bleiben.

Für Moskau sind die Botschaftsgespräche ein Gradmesser dafür, wie ernst Washington die im Februar in Riad vereinbarte Normalisierung meint.
Seit Trumps Amtsantritt im Jänner hatte der Kreml immer wieder Signale der Entspannung gesendet.
Beide Vertretungen arbeiten seit Jahren mit einem Bruchteil ihres Personals, Russland hatte 2021 die Beschäftigung einheimischer Mitarbeiter an den US-Vertretungen verboten.
Zuletzt hatten Washington und Moskau im April in Abu Dhabi die Tänzerin Ksenia Karelina gegen den Russen Arthur Petrow ausgetauscht.
Wien, das sich mehrfach als Ort für amerikanisch-russische Gespräche angeboten hat, beobachtet die Pause aufmerksam: Ob sie kurz bleibt, dürfte vor allem vom Verlauf der Ukraine-Verhandlungen abhängen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b111de01_griner_schuldbekenntnis_2022_07", "2022-07-08", DE01,
        [
            T("Donnerstag", "DATE", "2022-07-07", 0),
            T("17. Februar", "DATE", "2022-02-17"),
            T("zehn Jahre", "DURATION", "P10Y"),
            T("14. Juli", "DATE", "2022-07-14"),
            T("Anfang August", "DATE", "2022-08", mod="START"),
            T("2014", "DATE", "2014"),
            T("Mittwoch", "DATE", "2022-07-06"),
            T("Unabhängigkeitstag", "DATE", "2022-07-04", note="US Independence Day"),
            T("Freitag", "DATE", "2022-07-08"),
            T("Donnerstag", "DATE", "2022-07-07", 1),
            T("Ende April", "DATE", "2022-04", mod="END"),
            T("Sonntag", "DATE", "2022-07-10"),
            T("Mai", "DATE", "2022-05"),
        ],
        [
            E("Griner detained at Sheremetyevo airport", "COERCE", ["Russia", "United States"], "2022-02-17", "text",
              "occurred", "Die zweimalige Olympiasiegerin war am 17. Februar"),
            E("Biden phones Cherelle Griner", "CONSULT", ["Joe Biden"], "2022-07-06", "text", "occurred",
              "US-Präsident Joe Biden hatte am Mittwoch"),
            E("Biden promises to do everything for Griner's quick release", "AGREE", ["Joe Biden"], "2022-07-06",
              "context", "occurred", "US-Präsident Joe Biden hatte am Mittwoch"),
            E("Blinken declines a meeting with Lavrov at the G20 in Bali", "REJECT",
              ["Antony Blinken", "Sergey Lavrov"], "2022-07-08", "published", "occurred",
              "Ein Gespräch mit dem russischen Außenminister"),
            E("Lavrov leaves the G20 foreign ministers' meeting early", "REJECT", ["Sergey Lavrov"], "2022-07-08",
              "text", "occurred", "Ein Gespräch mit dem russischen Außenminister"),
            E("Ryabkov warns Washington not to play up the case in public", "REQUEST", ["Russia", "United States"],
              "2022-07-07", "text", "occurred", "Vize-Außenminister Sergej Rjabkow warnte"),
            E("Peskov: no talk of an exchange before a verdict", "REJECT", ["Dmitry Peskov", "United States"],
              "2022-07-08", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("US and Russia exchange Trevor Reed for a Russian pilot", "CONCEDE", ["United States", "Russia"],
              "2022-04", "text", "occurred", "Ende April hatten die USA und Russland", date_mod="END"),
        ],
        [
            S("Joe Biden, via White House", "Assured Cherelle Griner he will do everything for a quick release",
              "2022-07-06", "context", "US-Präsident Joe Biden hatte am Mittwoch"),
            S("Antony Blinken", "Freeing Griner and Whelan has the highest priority", "2022-07-08", "published",
              "Außenminister Antony Blinken sagte am Rande"),
            S("Russia", "Ryabkov: playing up the case in public does not help Griner", "2022-07-07", "text",
              "Vize-Außenminister Sergej Rjabkow warnte"),
            S("Dmitry Peskov", "A prisoner exchange can only be discussed after a verdict", "2022-07-08", "published",
              "Kremlsprecher Dmitri Peskow sagte"),
        ],
        ["Russia", "United States", "Ukraine", "Joe Biden", "White House", "Antony Blinken", "Sergey Lavrov",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b111de02_biden_familien_weisses_haus_2022_09", "2022-09-17", DE02,
        [
            T("Freitag", "DATE", "2022-09-16"),
            T("Dezember 2018", "DATE", "2018-12"),
            T("Freitagabend", "TIME", "2022-09-16TEV"),
            T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Anfang Juli", "DATE", "2022-07", mod="START"),
            T("4. August", "DATE", "2022-08-04"),
            T("neun Jahren", "DURATION", "P9Y"),
            T("Ende Juli", "DATE", "2022-07", mod="END"),
            T("Anfang August", "DATE", "2022-08", mod="START"),
            T("vergangenen Jahr", "DATE", "2021"),
            T("Donnerstag", "DATE", "2022-09-15"),
            T("dieser Woche", "DATE", "2022-W37"),
            T("diesem Wochenende", "DATE", "2022-W37-WE"),
            T("Sonntag", "DATE", "2022-09-18"),
            T("diesem Sommer", "DATE", "2022-SU"),
        ],
        [
            E("Biden receives Cherelle Griner at the White House", "CONSULT", ["Joe Biden"], "2022-09-16", "text",
              "occurred", "US-Präsident Joe Biden hat am Freitag"),
            E("Biden meets Elizabeth Whelan", "CONSULT", ["Joe Biden"], "2022-09-16", "context", "occurred",
              "Anschließend traf er Elizabeth Whelan"),
            E("Paul Whelan held in Russia since December 2018", "COERCE", ["Russia", "United States"], "2018-12",
              "text", "occurred", "Anschließend traf er Elizabeth Whelan", date_mod="START"),
            E("Biden reaffirms he will use every available avenue to bring the two home", "AGREE", ["Joe Biden"],
              "2022-09-16", "context", "occurred", "Biden habe in beiden Gesprächen bekräftigt"),
            E("Biden phoned Cherelle Griner in early July", "CONSULT", ["Joe Biden"], "2022-07", "text", "occurred",
              "der sie Anfang Juli angerufen hatte", date_mod="START"),
            E("Griner sentenced to nine years", "COERCE", ["Russia", "United States"], "2022-08-04", "text",
              "occurred", "Griner war am 4. August"),
            E("US makes Moscow a substantial offer for Griner and Whelan", "REQUEST", ["United States", "Russia"],
              "2022-07", "text", "occurred", "Ende Juli hatte Außenminister Antony Blinken", date_mod="END"),
            E("Lavrov insists on discussing an exchange only via the presidents' channel", "REQUEST",
              ["Sergey Lavrov", "United States"], "2022-08", "text", "occurred",
              "Russlands Außenminister Sergej Lawrow bestand", date_mod="START"),
            E("Putin and Biden agreed on the channel in Geneva", "AGREE", ["Vladimir Putin", "Joe Biden"], "2021",
              "text", "occurred", "Russlands Außenminister Sergej Lawrow bestand", note="Geneva summit, 16 June 2021"),
            E("Bill Richardson travels to Moscow to plead for the prisoners", "CONSULT", ["Russia"], "2022-W37",
              "text", "occurred", "Unterdessen reiste der frühere US-Diplomat Bill Richardson"),
        ],
        [
            S("Joe Biden, via White House", "Biden reaffirmed he will use every available avenue to bring them home",
              "2022-09-16TEV", "text", "Biden habe in beiden Gesprächen bekräftigt"),
            S("Antony Blinken", "Washington has made Moscow a substantial offer for Griner and Whelan", "2022-07",
              "text", "Ende Juli hatte Außenminister Antony Blinken"),
            S("Sergey Lavrov", "An exchange is to be discussed only in the channel agreed by the presidents",
              "2022-08", "text", "Russlands Außenminister Sergej Lawrow bestand"),
            S("Dmitry Peskov", "Contacts are ongoing, but there will be no public details", "2022-09-15", "text",
              "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("White House", "Richardson travels as a private citizen", "2022-09-17", "published",
              "Das Weiße Haus betonte"),
        ],
        ["Joe Biden", "White House", "Russia", "United States", "Antony Blinken", "Sergey Lavrov", "Vladimir Putin",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b111de03_tracy_beglaubigung_gershkovich_2023_04", "2023-04-08", DE03,
        [
            T("Mittwoch", "DATE", "2023-04-05"),
            T("Januar", "DATE", "2023-01"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("Freitag", "DATE", "2023-04-07", 0),
            T("20 Jahre", "DURATION", "P20Y"),
            T("Donnerstag", "DATE", "2023-04-06"),
            T("Freitag", "DATE", "2023-04-07", 1),
            T("vor einer Woche", "DATE", "2023-W13"),
            T("vergangenen Sonntag", "DATE", "2023-04-02"),
            T("Juni 2021", "DATE", "2021-06"),
            T("vergangenen Jahr", "DATE", "2022"),
            T("2021", "DATE", "2021", 1),
        ],
        [
            E("Putin receives the credentials of US ambassador Lynne Tracy", "CONSULT",
              ["Vladimir Putin", "United States"], "2023-04-05", "context", "occurred",
              "Wladimir Putin hat die neue US-Botschafterin"),
            E("Putin blames Washington for the crisis in relations", "ACCUSE", ["Vladimir Putin", "United States"],
              "2023-04-05", "context", "occurred", "Verantwortlich dafür sei allein Washington"),
            E("Gershkovich arrested in Yekaterinburg", "COERCE", ["Russia", "United States"], "2023-03", "text",
              "occurred", "Der Korrespondent des «Wall Street Journal» war Ende März", date_mod="END"),
            E("FSB formally charges Gershkovich with espionage for the American side", "ACCUSE",
              ["Russia", "United States"], "2023-04-07", "text", "occurred", "erhob der Inlandgeheimdienst FSB"),
            E("Tracy again demands consular access to Gershkovich", "REQUEST", ["United States", "Russia"],
              "2023-04-06", "text", "occurred", "Tracy verlangte am Donnerstag"),
            E("Russian foreign ministry refuses consular access", "REJECT", ["Russia", "United States"], "2023-04-07",
              "text", "occurred", "Tracy verlangte am Donnerstag"),
            E("Biden calls on Russia to let Gershkovich go", "REQUEST", ["Joe Biden", "Russia"], "2023-W13", "text",
              "occurred", "US-Präsident Joe Biden hatte Russland vor einer Woche"),
            E("Blinken–Lavrov phone call", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2023-04-02", "text",
              "occurred", "Aussenminister Antony Blinken verlangte"),
            E("Blinken demands Gershkovich's immediate release", "REQUEST", ["Antony Blinken", "Russia"],
              "2023-04-02", "text", "occurred", "Aussenminister Antony Blinken verlangte"),
            E("Lavrov tells Washington not to make noise about the case", "REQUEST",
              ["Sergey Lavrov", "United States"], "2023-04-02", "context", "occurred", "Lawrow entgegnete"),
            E("Peskov: no basis for an exchange before a verdict", "REJECT", ["Dmitry Peskov", "United States"],
              "2023-04-08", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Biden–Putin summit in Geneva", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-06", "text",
              "occurred", "Beim Gipfel in Genf im Juni 2021"),
            E("Biden and Putin agree to discuss prisoner questions at expert level", "AGREE",
              ["Joe Biden", "Vladimir Putin"], "2021-06", "text", "occurred", "Beim Gipfel in Genf im Juni 2021"),
            E("Russia frees Trevor Reed in a swap", "CONCEDE", ["Russia", "United States"], "2022", "text",
              "occurred", "Über diesen Kanal kamen", note="27 April 2022"),
            E("Russia frees Brittney Griner in a swap", "CONCEDE", ["Russia", "United States"], "2022", "text",
              "occurred", "Über diesen Kanal kamen", note="8 December 2022"),
        ],
        [
            S("Vladimir Putin", "Relations with the United States are in a deep crisis", "2023-04-05", "text",
              "in einer tiefen Krise"),
            S("Vladimir Putin", "Washington alone is to blame; it wants to inflict a strategic defeat on Russia",
              "2023-04-05", "context", "Verantwortlich dafür sei allein Washington"),
            S("United States", "Tracy demands consular access to Gershkovich", "2023-04-06", "text",
              "Tracy verlangte am Donnerstag"),
            S("Joe Biden", "Let him go", "2023-W13", "text", "US-Präsident Joe Biden hatte Russland vor einer Woche"),
            S("Antony Blinken", "Demands the reporter's immediate release", "2023-04-02", "text",
              "Aussenminister Antony Blinken verlangte"),
            S("Sergey Lavrov, via Russia", "A court decides Gershkovich's fate; Washington should not make noise",
              "2023-04-02", "context", "Lawrow entgegnete"),
            S("Dmitry Peskov", "No basis for an exchange as long as there is no verdict", "2023-04-08", "published",
              "Kremlsprecher Dmitri Peskow sagte"),
        ],
        ["Vladimir Putin", "United States", "Kremlin", "Russia", "Joe Biden", "Antony Blinken", "Sergey Lavrov",
         "Dmitry Peskov"],
    ),
    doc(
        "b111de04_gershkovich_ein_jahr_haft_2024_03", "2024-03-28", DE04,
        [
            T("Ein Jahr", "DURATION", "P1Y"),
            T("Donnerstag", "DATE", "2024-03-28", 0),
            T("29. März 2023", "DATE", "2023-03-29"),
            T("Freitag", "DATE", "2024-03-29", 0),
            T("Dienstag", "DATE", "2024-03-26"),
            T("drei Monate", "DURATION", "P3M"),
            T("30. Juni", "DATE", "2024-06-30"),
            T("Sommer", "DATE", "2024-SU"),
            T("Oktober", "DATE", "2023-10"),
            T("Donnerstag", "DATE", "2024-03-28", 1),
            T("Februar", "DATE", "2024-02", 0),
            T("2021", "DATE", "2021"),
            T("Mitte März", "DATE", "2024-03", mod="MID"),
            T("Februar", "DATE", "2024-02", 1),
            T("24-stündigen", "DURATION", "PT24H"),
            T("Freitag", "DATE", "2024-03-29", 1),
        ],
        [
            E("Gershkovich arrested by the FSB in Yekaterinburg", "COERCE", ["Russia", "United States"], "2023-03-29",
              "text", "occurred", "Der 32-Jährige war am 29. März 2023"),
            E("Moscow court extends Gershkovich's pretrial detention to 30 June", "COERCE",
              ["Russia", "United States"], "2024-03-26", "text", "occurred", "Erst am Dienstag hatte ein Moskauer Gericht"),
            E("Tracy calls the espionage charges fabricated", "REJECT", ["United States", "Russia"], "2024-03-26",
              "context", "occurred", "US-Botschafterin Lynne Tracy"),
            E("Alsu Kurmasheva held in Russia since October", "COERCE", ["Russia", "United States"], "2023-10", "text",
              "occurred", "Neben Gershkovich sitzt", date_mod="START"),
            E("Biden promises to keep working for Gershkovich's release", "AGREE", ["Joe Biden"], "2024-03-28",
              "text", "occurred", "US-Präsident Joe Biden erklärte am Donnerstag"),
            E("Blinken calls the detention hostage-taking", "ACCUSE", ["Antony Blinken", "Russia"], "2024-03-28",
              "published", "occurred", "Außenminister Antony Blinken sprach"),
            E("Blinken demands Gershkovich's immediate release", "REQUEST", ["Antony Blinken", "Russia"],
              "2024-03-28", "published", "occurred", "Außenminister Antony Blinken sprach"),
            E("Putin hints at exchanging Gershkovich for a Russian convicted in Germany", "REQUEST",
              ["Vladimir Putin", "Germany"], "2024-02", "text", "occurred", "Kremlchef Wladimir Putin hatte im Februar"),
            E("Krasikov sentenced to life in Germany", "COERCE", ["Germany", "Russia"], "2021", "text", "occurred",
              "Gemeint ist Wadim Krassikow"),
            E("Putin says he agreed to a Navalny exchange shortly before his death", "AGREE", ["Vladimir Putin"],
              "2024-02", "text", "occurred", "Mitte März sagte Putin"),
        ],
        [
            S("United States", "Tracy: the espionage charges are fabricated", "2024-03-26", "context",
              "US-Botschafterin Lynne Tracy"),
            S("Joe Biden", "Gershkovich went to Russia to do his job; will keep working for his release",
              "2024-03-28", "text", "US-Präsident Joe Biden erklärte am Donnerstag"),
            S("Antony Blinken", "Speaks of hostage-taking and demands the reporter's immediate release", "2024-03-28",
              "published", "Außenminister Antony Blinken sprach"),
            S("Dmitry Peskov", "The subject is not negotiated through the media", "2024-03-28", "published",
              "Kremlsprecher Dmitri Peskow sagte auf Nachfrage"),
            S("Vladimir Putin", "Gershkovich could be exchanged for a Russian convicted in Germany", "2024-02", "text",
              "Kremlchef Wladimir Putin hatte im Februar"),
            S("Vladimir Putin", "Had agreed to a Navalny exchange shortly before his death", "2024-03", "text",
              "Mitte März sagte Putin"),
        ],
        ["Russia", "United States", "Joe Biden", "Antony Blinken", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Germany"],
    ),
    doc(
        "b111de05_karelina_urteil_ankara_2024_08", "2024-08-18", DE05,
        [
            T("Zwölf Jahre", "DURATION", "P12Y"),
            T("jetzt", "DATE", "PRESENT_REF", 0),
            T("Donnerstag", "DATE", "2024-08-15"),
            T("zwölf Jahren", "DURATION", "P12Y"),
            T("24. Februar 2022", "DATE", "2022-02-24"),
            T("15 Jahre", "DURATION", "P15Y"),
            T("Jahren", "DURATION", "PXY", 1),
            T("Januar", "DATE", "2024-01"),
            T("Vergangene Woche", "DATE", "2024-W32"),
            T("Donnerstagabend", "TIME", "2024-08-15TEV"),
            T("Freitag", "DATE", "2024-08-16"),
            T("vor gut zwei Wochen", "DATE", "2024-W31", mod="APPROX"),
            T("1. August", "DATE", "2024-08-01"),
            T("selben Abend", "TIME", "2024-08-01TEV"),
            T("2021", "DATE", "2021"),
            T("14-jährige", "DURATION", "P14Y"),
            T("jetzt", "DATE", "PRESENT_REF", 1),
        ],
        [
            E("Russian court sentences Ksenia Karelina to twelve years for treason", "COERCE",
              ["Russia", "United States"], "2024-08-15", "text", "occurred", "Ein Gericht in Jekaterinburg hat"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "Ihr Vergehen"),
            E("Karelina detained by the FSB in Yekaterinburg", "COERCE", ["Russia", "United States"], "2024-01", "text",
              "occurred", "Im Januar flog sie nach Jekaterinburg"),
            E("White House calls the verdict cruel", "ACCUSE", ["White House", "Russia"], "2024-08-15TEV", "text",
              "occurred", "Das Weisse Haus nannte das Urteil"),
            E("White House demands Karelina's immediate release", "REQUEST", ["White House", "Russia"],
              "2024-08-15TEV", "text", "occurred", "Das Weisse Haus nannte das Urteil"),
            E("State Department insists on consular access", "REQUEST", ["United States", "Russia"], "2024-08-18",
              "published", "occurred", "Das Aussenministerium in Washington pocht"),
            E("US, Germany and Russia carry out the prisoner exchange in Ankara", "CONCEDE",
              ["United States", "Germany", "Russia"], "2024-08-01", "text", "occurred",
              "hatten die USA, Deutschland und Russland in Ankara"),
            E("Turkish intelligence coordinates the exchange of 26 prisoners", "CONSULT",
              ["Turkey", "United States", "Germany", "Russia"], "2024-08-01", "context", "occurred",
              "Der türkische Geheimdienst MIT koordinierte"),
            E("Marc Fogel serving a 14-year sentence since 2021", "COERCE", ["Russia", "United States"], "2021",
              "text", "occurred", "Karelina stand nicht auf der Liste", date_mod="START"),
            E("Biden promises to leave no one behind", "AGREE", ["Joe Biden"], "2024-08-01", "context", "occurred",
              "US-Präsident Joe Biden hatte bei der Rückkehr"),
        ],
        [
            S("White House", "The verdict is cruel; Karelina must be released immediately", "2024-08-15TEV", "text",
              "Das Weisse Haus nannte das Urteil"),
            S("United States", "State Department insists on consular access", "2024-08-18", "published",
              "Das Aussenministerium in Washington pocht"),
            S("Dmitry Peskov", "The court ruled according to the law", "2024-08-16", "text",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("United States", "At least eight Americans are still held in Russian prisons", "2024-08-18",
              "published", "Nach Angaben aus Washington"),
            S("Joe Biden", "Promised to leave no one behind", "2024-08-01", "context",
              "US-Präsident Joe Biden hatte bei der Rückkehr"),
        ],
        ["Russia", "United States", "Ukraine", "White House", "Kremlin", "Dmitry Peskov", "Germany", "Turkey",
         "Vladimir Putin", "Joe Biden"],
    ),
    doc(
        "b111de06_botschaftsgespraeche_abgesagt_2025_06", "2025-06-18", DE06,
        [
            T("Montag", "DATE", "2025-06-16"),
            T("Juni", "DATE", "2025-06"),
            T("Mittwochfrüh", "TIME", "2025-06-18TMO"),
            T("Heuer", "DATE", "2025"),
            T("27. Februar", "DATE", "2025-02-27"),
            T("10. April", "DATE", "2025-04-10"),
            T("März", "DATE", "2025-03"),
            T("2016", "DATE", "2016"),
            T("2018", "DATE", "2018"),
            T("vergangene Woche", "DATE", "2025-W24"),
            T("nächster Zeit", "DATE", "FUTURE_REF"),
            T("sehr bald", "DATE", "FUTURE_REF"),
            T("Samstag", "DATE", "2025-06-14"),
            T("fast eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Februar", "DATE", "2025-02", 1),
            T("Jänner", "DATE", "2025-01"),
            T("Jahren", "DURATION", "PXY"),
            T("2021", "DATE", "2021"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("April", "DATE", "2025-04", 1),
        ],
        [
            E("Third round of US–Russian embassy talks in Moscow cancelled at the US side's initiative", "CONSULT",
              ["Russia", "United States"], "2025-06", "text", "cancelled",
              "Die Sprecherin des russischen Außenministeriums"),
            E("First round of embassy talks in Istanbul", "CONSULT", ["Russia", "United States"], "2025-02-27", "text",
              "occurred", "Heuer hatten sich Delegationen"),
            E("Second round of embassy talks in Istanbul", "CONSULT", ["Russia", "United States"], "2025-04-10",
              "text", "occurred", "Heuer hatten sich Delegationen"),
            E("Small steps agreed, such as an exchange of notes on banking for diplomats", "AGREE",
              ["Russia", "United States"], "2025-04-10", "context", "occurred", "Vereinbart wurden bisher",
              note="the note exchange is attributed to the April round"),
            E("Moscow demands the return of six properties and direct flights", "REQUEST", ["Russia", "United States"],
              "2025-06-18", "published", "occurred", "Moskau verlangt darüber hinaus"),
            E("US seized six Russian diplomatic properties", "SANCTION", ["United States", "Russia"], "2016", "text",
              "occurred", "Moskau verlangt darüber hinaus", date_mod="START", note="seizures between 2016 and 2018"),
            E("Washington ties direct flights to progress on a ceasefire in Ukraine", "REQUEST",
              ["United States", "Russia"], "2025-06-18", "published", "occurred", "Washington knüpfe die Flüge"),
            E("Putin–Trump phone call", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-06-14", "text",
              "occurred", "Am Samstag telefonierten"),
            E("Putin and Trump agree to stay in contact", "AGREE", ["Vladimir Putin", "Donald Trump"], "2025-06-14",
              "context", "occurred", "Kremlberater Juri Uschakow sagte danach"),
            E("Normalisation agreed in Riyadh", "AGREE", ["Russia", "United States"], "2025-02", "text", "occurred",
              "Für Moskau sind die Botschaftsgespräche", note="Riyadh meeting of 18 February 2025"),
            E("Russia bans local staff at US missions", "SANCTION", ["Russia", "United States"], "2021", "text",
              "occurred", "Beide Vertretungen arbeiten seit Jahren"),
            E("US and Russia exchange Ksenia Karelina for Arthur Petrov in Abu Dhabi", "CONCEDE",
              ["United States", "Russia"], "2025-04", "text", "occurred", "Zuletzt hatten Washington und Moskau"),
        ],
        [
            S("Maria Zakharova", "The Moscow meeting planned for June was cancelled at the US negotiators' initiative",
              "2025-06-16", "text", "Die Sprecherin des russischen Außenministeriums"),
            S("Maria Zakharova", "Hopes the pause will not last too long", "2025-06-16", "context",
              "Wir hoffen, dass die Pause"),
            S("Russia", "Moscow demands the return of six properties and direct flights", "2025-06-18", "published",
              "Moskau verlangt darüber hinaus"),
            S("Russia", "Washington ties direct flights to progress on a ceasefire", "2025-06-18", "published",
              "Washington knüpfe die Flüge"),
            S("Russia", "Darchiev: the next meeting will take place in Moscow soon; talks to alternate between "
              "capitals", "2025-W24", "text", "Noch vergangene Woche hatte Dartschijew"),
            S("Russia", "Ryabkov: a date very soon", "2025-W24", "context", "Auch Vizeaußenminister Sergej Rjabkow"),
            S("Yuri Ushakov", "Putin and Trump agreed to stay in contact", "2025-06-14", "context",
              "Kremlberater Juri Uschakow sagte danach"),
        ],
        ["Russia", "United States", "Maria Zakharova", "Ukraine", "Vladimir Putin", "Donald Trump", "Kremlin",
         "Yuri Ushakov"],
    ),
]
