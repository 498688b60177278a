"""German articles of the blind60 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b60de01 (Die Tagespost)
DE01 = """
Kardinal Zuppi in Moskau: Die Kinder im Mittelpunkt, Putin bleibt auf Distanz

Moskau/Würzburg. Der Friedensbeauftragte von Papst Franziskus, Kardinal Matteo Maria Zuppi, hat seine zweitägige Mission in Moskau am Donnerstag beendet, ohne mit Präsident Wladimir Putin zusammenzutreffen.
Im Mittelpunkt der Gespräche stand, wie der Heilige Stuhl am Donnerstagabend mitteilte, das Schicksal der ukrainischen Kinder, die seit Februar 2022 aus den besetzten Gebieten nach Russland gebracht worden sind.
Die Ergebnisse würden dem Heiligen Vater vorgelegt, um weitere Schritte „sowohl auf humanitärer Ebene als auch auf der Suche nach Wegen zum Frieden“ zu prüfen, hieß es in der knappen Erklärung.

Am Mittwoch hatte der Erzbischof von Bologna im Kreml mit Juri Uschakow gesprochen, dem außenpolitischen Berater Putins.
Das Gespräch habe rund eineinhalb Stunden gedauert, Uschakow habe dem Gast die russische Sicht auf die „Ursachen der Krise“ erläutert, teilte der Kreml mit.
Am Donnerstag folgte ein Treffen mit der Kinderrechtsbeauftragten Maria Lwowa-Belowa, gegen die der Internationale Strafgerichtshof im März ebenso wie gegen Putin einen Haftbefehl wegen der Verschleppung von Kindern erlassen hat.
Lwowa-Belowa erklärte danach, sie sei bereit, mit dem Vatikan einen Mechanismus zu schaffen, über den Kinder zu Angehörigen in der Ukraine zurückkehren könnten; der Kardinal habe ihr eine Liste mit Namen übergeben.

Am selben Tag empfing Patriarch Kyrill den Gast im Danilow-Kloster.
Beide Kirchen könnten gemeinsam dazu beitragen, „eine weitere Eskalation abzuwenden“, zitierte das Moskauer Patriarchat das Oberhaupt der russisch-orthodoxen Kirche, der den Angriffskrieg mehrfach gerechtfertigt hat.

Ein Treffen mit Putin sei nicht vorgesehen gewesen, sagte Kremlsprecher Dmitri Peskow.
Schon am Dienstag hatte er erklärt, Moskau schätze „die Bemühungen und die Initiative des Vatikans“, sehe derzeit aber keine Grundlage für eine Vermittlung, solange Kiew Verhandlungen per Dekret ausschließe.

In Kiew wird die Mission mit Zurückhaltung verfolgt.
Präsident Wolodymyr Selenskyj hatte den Kardinal am 6. Juni empfangen und ihm nach Angaben seines Büros gesagt, ein Waffenstillstand oder ein Einfrieren des Konflikts bringe keinen Frieden, dazu brauche es den vollständigen Abzug der russischen Truppen.
Der Vatikan könne aber helfen, verschleppte Kinder und Gefangene nach Hause zu holen, so Selenskyj.
Der ukrainische Botschafter beim Heiligen Stuhl, Andrij Jurasch, schrieb am Donnerstag auf Twitter, jeder Schritt, der auch nur ein Kind zurückbringe, verdiene Unterstützung.

Franziskus hatte Zuppi im Mai mit der Mission betraut; der Kardinal hatte sich 1992 als Vermittler der Gemeinschaft Sant’Egidio beim Friedensschluss in Mosambik einen Namen gemacht.
Die Reise fiel in eine für den Kreml unruhige Zeit: Am Samstag hatte die Söldnertruppe Wagner ihren Marsch auf Moskau abgebrochen, am Dienstagabend töteten russische Raketen in einer Pizzeria in Kramatorsk mindestens zwölf Menschen.
Ob Zuppi als Nächstes die Regierungen in Washington und Peking aufsuche, sei offen, hieß es im Vatikan.
Kardinalstaatssekretär Pietro Parolin hatte am Mittwoch in Rom gesagt, die Mission ziele „nicht in erster Linie“ auf eine Vermittlung, sondern darauf, die Spannungen zu verringern.
"""

# ---------------------------------------------------------------- b60de02 (Sonntagsblatt)
DE02 = """
London setzt Patriarch Kyrill auf die Sanktionsliste – und die Ökumene ringt um ihren Kurs

München/London (sob). Großbritannien hat das Oberhaupt der russisch-orthodoxen Kirche, Patriarch Kyrill, mit Sanktionen belegt.
Das Außenministerium in London ließ am Donnerstag sein Vermögen einfrieren und verhängte ein Einreiseverbot; zugleich setzte es die russische Kinderrechtsbeauftragte Maria Lwowa-Belowa auf die Liste, der die Regierung die Zwangsumsiedlung und Adoption ukrainischer Kinder vorwirft.
Außenministerin Liz Truss sagte, Kyrill habe seine Stellung wiederholt missbraucht, um den Krieg zu rechtfertigen.
Der Patriarch hatte den Einmarsch in einer Predigt am 6. März als Kampf gegen westliche „Gay-Paraden“ dargestellt.

Die Europäische Union hatte Kyrill vor zwei Wochen auf Drängen des ungarischen Ministerpräsidenten Viktor Orbán wieder aus ihrem sechsten Sanktionspaket gestrichen, ehe die 27 Staaten das Paket mit einem weitgehenden Ölembargo beschlossen.
Orbán begründete das mit der Religionsfreiheit und sagte in seinem Radiointerview am Freitag vergangener Woche, Ungarn werde Strafmaßnahmen gegen Kirchenführer „niemals mittragen“.

Das ukrainische Außenministerium begrüßte den britischen Schritt und forderte die EU auf, dem Beispiel Londons zu folgen.
Präsident Wolodymyr Selenskyj hatte die Europäer bereits im Mai aufgefordert, Kyrill als „Komplizen“ des Kremls zu behandeln.
In Moskau sprach Außenamtssprecherin Maria Sacharowa von einem „Akt der Verzweiflung“, London habe jedes Maß verloren.
Kremlsprecher Dmitri Peskow nannte Sanktionen gegen einen Kirchenführer „absurd“, sie würden die Gläubigen in Russland nur enger zusammenrücken lassen.
Der Sprecher des Patriarchats, Wladimir Legoida, erklärte, die Maßnahme gehe ins Leere, da Kyrill kein Vermögen im Ausland besitze.

Papst Franziskus hatte ein für den 14. Juni in Jerusalem geplantes Treffen mit Kyrill bereits im April absagen lassen, weil es in dieser Lage „Verwirrung stiften“ könne.
Anfang Mai sagte er in einem Zeitungsinterview, der Patriarch dürfe nicht „zum Messdiener Putins“ werden.

In Genf tagt seit Mittwoch der Zentralausschuss des Ökumenischen Rates der Kirchen (ÖRK), dem die russische Kirche angehört.
Der amtierende Generalsekretär Ioan Sauca lehnt ihren Ausschluss weiterhin ab: Gerade jetzt müsse man miteinander reden, auch wenn es schmerze.
Der bayerische Landesbischof Heinrich Bedford-Strohm, Mitglied des Zentralausschusses, sagte dem Sonntagsblatt, die Kirchen dürften den Gesprächsfaden nicht abreißen lassen, müssten aber „klar benennen, wer hier der Angreifer ist“.
Ende August kommt die ÖRK-Vollversammlung in Karlsruhe zusammen, eröffnet wird sie von Bundespräsident Frank-Walter Steinmeier.
"""

# ---------------------------------------------------------------- b60de03 (Der Sonntag, Wien)
DE03 = """
Zwei Kardinäle als Boten des Papstes – und ein Telefonat mit Lawrow

Wien/Vatikanstadt. Mit einer ungewöhnlichen Geste antwortet Papst Franziskus auf den Krieg in der Ukraine: Seit Dienstag sind zwei Kardinäle in seinem Auftrag im Land und an dessen Grenzen unterwegs, um den Menschen die Nähe des Papstes zu zeigen.
Der päpstliche Almosenmeister, Kardinal Konrad Krajewski, traf mit einem Krankenwagen voller Medikamente in Lemberg ein, Kardinal Michael Czerny reiste über Budapest an die ungarisch-ukrainische Grenze, wo täglich Tausende Flüchtlinge ankommen.
Franziskus hatte die Entsendung beim Angelusgebet am Sonntag angekündigt und betont, der Heilige Stuhl sei bereit, „alles zu tun, um sich in den Dienst dieses Friedens zu stellen“.

Am Dienstag telefonierte Kardinalstaatssekretär Pietro Parolin zudem mit dem russischen Außenminister Sergej Lawrow, wie das vatikanische Presseamt bestätigte.
Parolin habe die tiefe Sorge des Papstes übermittelt und gefordert, die Angriffe einzustellen, humanitäre Korridore für Zivilisten und Helfer zu sichern und die Gewalt durch Verhandlungen zu ersetzen.
Über Lawrows Antwort wurde nichts bekannt.
Schon am 25. Februar, am zweiten Kriegstag, war Franziskus persönlich in die russische Botschaft beim Heiligen Stuhl gefahren, ein Schritt ohne Beispiel in der jüngeren Geschichte des Papsttums.
Tags darauf telefonierte er mit Präsident Wolodymyr Selenskyj, der sich anschließend auf Twitter für die Gebete des Papstes bedankte.

Der ukrainische Botschafter beim Heiligen Stuhl, Andrij Jurasch, sagte italienischen Medien, Kiew bitte den Vatikan ausdrücklich um Vermittlung.
Parolin hatte am Wochenende in Interviews erklärt, der Heilige Stuhl sei bereit, jede Form des Dialogs zu erleichtern, auch mit Russland.
In Moskau reagierte man bislang zurückhaltend: Kremlsprecher Dmitri Peskow sagte lediglich, Russland schätze jede Bemühung um Frieden, die Bedingungen für ein Ende der „Operation“ seien aber bekannt.

Die vom Vatikan geforderten humanitären Korridore kommen nur mühsam zustande.
Am Dienstag konnten erstmals Tausende Zivilisten die nordostukrainische Stadt Sumy verlassen, nachdem sich Moskau und Kiew auf eine örtliche Feuerpause verständigt hatten.
In Mariupol scheiterten dagegen am Samstag und am Sonntag zwei Versuche, für die sich beide Seiten gegenseitig die Schuld gaben.
Am heutigen Donnerstag treffen Lawrow und der ukrainische Außenminister Dmytro Kuleba auf Einladung der türkischen Regierung im südtürkischen Antalya zusammen.

In Wien lädt Kardinal Christoph Schönborn für Sonntag zu einem Friedensgebet in den Stephansdom.
Die Caritas hat nach eigenen Angaben bereits mehr als 400 Tonnen Hilfsgüter in die Ukraine und nach Moldau gebracht, Caritas-Präsident Michael Landau bittet die Pfarren, Quartiere für Geflüchtete zu melden.
Die Fastenzeit solle heuer eine Zeit der gelebten Solidarität werden, so Landau.
"""

# ---------------------------------------------------------------- b60de04 (kath.ch)
DE04 = """
Korridor über den Dnipro: Das IKRK bringt Zivilisten aus Oleschky in Sicherheit

Genf/Cherson – Erstmals seit fast vier Jahren haben Zivilisten das russisch besetzte Städtchen Oleschky am linken Ufer des Dnipro über einen vereinbarten humanitären Korridor verlassen können.
Begleitet von Mitarbeitenden des Internationalen Komitees vom Roten Kreuz (IKRK) setzten am Donnerstag 143 Menschen, die meisten von ihnen betagt oder krank, in Booten nach Cherson über, während an diesem Flussabschnitt eine sechsstündige Feuerpause galt.
Russland und die Ukraine hatten die Feuerpause in der vergangenen Woche bei vertraulichen Gesprächen in Genf vereinbart, zu denen das IKRK Delegationen beider Seiten eingeladen hatte.

Papst Leo XIV. hatte beim Angelus am Sonntag eindringlich um einen Korridor für die «vergessenen Menschen von Oleschky» gebeten.
Der Apostolische Nuntius in Kiew, Erzbischof Visvaldas Kulbokas, habe die Bitte des Heiligen Stuhls zuvor der ukrainischen Regierung und über die Nuntiatur in Moskau auch der russischen Seite übermittelt, bestätigte ein Sprecher des vatikanischen Staatssekretariats gegenüber kath.ch.
«Der Heilige Stuhl wird sich weiter dafür einsetzen, dass humanitäre Fragen nicht zur Geisel der Politik werden», sagte er.

Aussenminister Andrij Sybiha dankte dem IKRK und dem Vatikan und forderte Moskau auf, internationalen Helfern dauerhaft Zugang zu allen besetzten Gebieten zu gewähren.
Nach Angaben des ukrainischen Menschenrechtsbeauftragten Dmytro Lubinez harren in Oleschky noch rund 1500 Menschen aus, viele ohne Strom und fliessendes Wasser.
Eine zweite Feuerpause für eine weitere Überfahrt soll nach Angaben des IKRK in der kommenden Woche folgen.

Kremlsprecher Dmitri Peskow sprach am Freitag von einer «Geste des guten Willens» und verlangte im Gegenzug, dass Kiew Bewohnern des ukrainisch kontrollierten Teils des Gebiets Cherson die Ausreise nach Russland ermögliche.
Aussenamtssprecherin Maria Sacharowa warf der ukrainischen Armee vor, das Ufer noch am Donnerstagmorgen beschossen zu haben, Kiew wies das zurück.

Das UN-Nothilfebüro OCHA und das Flüchtlingshilfswerk UNHCR richteten in Cherson eine Anlaufstelle ein, in der die Ankommenden versorgt und registriert werden.
UN-Generalsekretär António Guterres begrüsste die Vereinbarung und rief dazu auf, sie «zum Modell für die gesamte Frontlinie» zu machen.
In der Nacht auf Freitag griffen russische Drohnen erneut Wohnviertel von Cherson an, nach Behördenangaben wurden zwei Menschen verletzt.

Die Schweiz unterstützt die Evakuierungen mit zwei Millionen Franken, wie das Aussendepartement am Freitag mitteilte.
Bundesrat Ignazio Cassis hatte die Genfer Gespräche im Dezember bei einem Treffen mit IKRK-Präsidentin Mirjana Spoljaric angeregt.
Caritas Schweiz, die gemeinsam mit der ukrainischen Caritas-Spes in Cherson eine Suppenküche betreibt, ruft zu Spenden auf.
"""

# ---------------------------------------------------------------- b60de05 (welt-sichten)
DE05 = """
Hilfe im Sparmodus: Was die Kürzungen aus Washington für die Ukraine bedeuten

Berlin/Kiew. Die Nachricht aus Washington kam am Montag in dürren Worten: Nach einer sechswöchigen Überprüfung würden 83 Prozent der Programme der Entwicklungsbehörde USAID eingestellt, teilte US-Außenminister Marco Rubio mit.
Für die Ukraine, wo die Vereinten Nationen und ihre Partner in diesem Jahr sechs Millionen Menschen mit Hilfe erreichen wollen, bedeutet das nach Einschätzung von Hilfswerken einen tiefen Einschnitt.
Schon seit dem 20. Januar, als Präsident Donald Trump die Auslandshilfe für 90 Tage einfrieren ließ, stehen viele Projekte still: Minenräumung, psychologische Betreuung, Bargeldhilfen für Vertriebene.

Die USA hatten im vergangenen Jahr nach UN-Angaben knapp 40 Prozent der humanitären Hilfe für die Ukraine getragen.
Der Hilfsplan, den UN-Organisationen und Partner am 15. Januar in Kiew vorgestellt hatten, sieht 2,6 Milliarden US-Dollar vor, bis Anfang März war nach Zahlen des UN-Nothilfebüros OCHA erst ein Achtel davon finanziert.
UN-Nothilfekoordinator Tom Fletcher sprach von „brutalen“ Folgen: Man werde Menschen im Stich lassen müssen, die man bisher erreicht habe.
Das Welternährungsprogramm rechnet nach Angaben einer Sprecherin in Genf damit, die Zahl der Versorgten in frontnahen Gebieten im Sommer halbieren zu müssen.

Die kirchlichen Hilfswerke versuchen, Lücken zu schließen, doch füllen können sie sie nicht.
Die Präsidentin der Diakonie Katastrophenhilfe, Dagmar Pruin, sagte welt-sichten, private Spenden könnten staatliche Gelder „nicht annähernd ersetzen“.
Auch die Bundesregierung spart: Ihr Haushaltsentwurf sieht für humanitäre Hilfe im laufenden Jahr nur noch gut eine Milliarde Euro vor, halb so viel wie 2024.

Etwas Hoffnung brachten am Dienstag die Gespräche amerikanischer und ukrainischer Unterhändler im saudischen Dschidda.
Kiew stimmte dort einem US-Vorschlag für eine 30-tägige Waffenruhe zu, Washington hob im Gegenzug die Pause bei Waffenlieferungen und Geheimdienstinformationen auf.
Ob Moskau mitzieht, ist offen: Kremlsprecher Dmitri Peskow sagte am Mittwoch, man wolle zunächst von Washington über die Einzelheiten unterrichtet werden.
Hilfswerke hoffen, dass eine Waffenruhe wenigstens den Zugang zu den Dörfern an der Front erleichtert, in denen nach UN-Angaben noch rund 300.000 Menschen leben.

Wie gefährlich die Arbeit bleibt, zeigte sich am Wochenende, als eine russische Drohne ein Verteilzentrum in der Region Cherson traf und zwei Helfer einer lokalen Organisation verletzte.
Der humanitäre Koordinator der UN in der Ukraine, Matthias Schmale, verurteilte den Angriff und forderte, Helfer dürften „niemals zum Ziel werden“.
Seit Jahresbeginn seien in der Ukraine bereits vier Helferinnen und Helfer getötet worden, sagte Schmale.
"""

# ---------------------------------------------------------------- b60de06 (Kirche+Leben)
DE06 = """
Erstmals im Vatikan: Moskau und Kiew vereinbaren Austausch von Zivilisten

Vatikanstadt/Münster. Unter dem Dach des Heiligen Stuhls haben sich die Menschenrechtsbeauftragten Russlands und der Ukraine am Mittwoch auf den Austausch von 120 inhaftierten Zivilisten und die Rückkehr von 28 Kindern zu ihren Familien verständigt.
Tatjana Moskalkowa und Dmytro Lubinez hatten seit Dienstag in der Casina Pio IV. in den Vatikanischen Gärten verhandelt, moderiert vom Friedensbeauftragten des Papstes, Kardinal Matteo Zuppi.
Der Austausch soll in den kommenden Wochen über Belarus abgewickelt werden, die Kinder sollen bis Mitte Juni mit Hilfe Katars zu ihren Angehörigen zurückkehren.

Papst Leo XIV. empfing beide Delegationen am Mittwochnachmittag zu einer kurzen Begegnung.
„Wo die Waffen noch nicht schweigen, dürfen wenigstens die Menschen nicht vergessen werden“, sagte der Papst nach Angaben des vatikanischen Presseamts.
Kardinalstaatssekretär Pietro Parolin sprach von einem „kleinen, aber konkreten Schritt“ und bot an, weitere Runden auszurichten, „so oft beide Seiten es wünschen“.
Beide Seiten vereinbarten, sich im Juli erneut im Vatikan zu treffen.

Präsident Wolodymyr Selenskyj dankte dem Papst am Abend in seiner Videobotschaft, jeder Mensch, der nach Hause komme, sei „ein Sieg über den Krieg“.
Außenminister Andrij Sybiha forderte Moskau auf, dem Roten Kreuz endlich Zugang zu allen ukrainischen Gefangenen zu gewähren, nach Kiewer Zählung hält Russland noch mehr als 16.000 ukrainische Zivilisten fest.

Kremlsprecher Dmitri Peskow nannte die Gespräche am Donnerstag „nützlich auf humanitärer Ebene“.
Eine Vermittlerrolle des Vatikans in politischen Fragen sehe Moskau aber nicht, solange „einige europäische Hauptstädte“ den Krieg mit Waffenlieferungen verlängerten.
Moskalkowa sagte der Agentur Tass, Russland erwarte, dass Kiew auch Zivilisten aus dem Gebiet Kursk freilasse, die sich in ukrainischem Gewahrsam befänden.
US-Außenminister Marco Rubio begrüßte die Einigung und sicherte Unterstützung bei der Logistik des Austauschs zu.

Es ist das erste Mal, dass der Heilige Stuhl selbst Gastgeber solcher Gespräche ist.
Bisher liefen Rückführungen von Kindern vor allem über Katar, das seit 2023 mehr als 100 Minderjährige zu ihren Familien gebracht hat.
Zuppi hatte im Sommer 2023 die Regierungen in Kiew, Moskau, Washington und Peking aufgesucht, Selenskyj war im Juli und im Dezember des vergangenen Jahres bei Leo XIV. in Castel Gandolfo zu Gast.

In Münster lädt die ukrainische griechisch-katholische Gemeinde für Sonntag zu einem Dankgottesdienst in die Lambertikirche ein.
Mehrere Familien der Gemeinde warteten seit mehr als drei Jahren auf ein Lebenszeichen verschleppter Angehöriger, sagte Pfarrer Taras Hnatyschyn Kirche+Leben.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b60de01_zuppi_moskau_kinder_2023_06", "2023-06-30", DE01,
        [
            T("zweitägige", "DURATION", "P2D"),
            T("Donnerstag", "DATE", "2023-06-29", 0),
            T("Donnerstagabend", "TIME", "2023-06-29TEV"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Mittwoch", "DATE", "2023-06-28", 0),
            T("rund eineinhalb Stunden", "DURATION", "PT1H30M", mod="APPROX"),
            T("Donnerstag", "DATE", "2023-06-29", 1),
            T("März", "DATE", "2023-03"),
            T("selben Tag", "DATE", "2023-06-29"),
            T("Dienstag", "DATE", "2023-06-27"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("6. Juni", "DATE", "2023-06-06"),
            T("Donnerstag", "DATE", "2023-06-29", 2),
            T("Mai", "DATE", "2023-05"),
            T("1992", "DATE", "1992"),
            T("Samstag", "DATE", "2023-06-24"),
            T("Dienstagabend", "TIME", "2023-06-27TEV"),
            T("Mittwoch", "DATE", "2023-06-28", 1),
        ],
        [
            E("Zuppi meets Putin's foreign-policy adviser Ushakov in the Kremlin", "CONSULT", ["Vatican", "Yuri Ushakov"],
              "2023-06-28", "text", "occurred", "im Kreml mit Juri Uschakow gesprochen"),
            E("Ukrainian children brought from the occupied areas to Russia since February 2022", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "seit Februar 2022 aus den besetzten Gebieten",
              date_mod="START"),
            E("Zuppi meets Russia's children's commissioner Lvova-Belova", "CONSULT", ["Vatican", "Russia"],
              "2023-06-29", "text", "occurred", "Am Donnerstag folgte ein Treffen"),
            E("ICC arrest warrants against Lvova-Belova and Putin over the deportation of children", "ACCUSE",
              ["Russia", "Vladimir Putin"], "2023-03", "text", "occurred", "Am Donnerstag folgte ein Treffen",
              note="warrants issued on 17 March 2023"),
            E("Lvova-Belova ready to set up a mechanism with the Vatican for children's return", "AGREE",
              ["Russia", "Vatican"], "2023-06-29", "context", "occurred", "sie sei bereit, mit dem Vatikan"),
            E("Zuppi hands Lvova-Belova a list of names", "REQUEST", ["Vatican", "Russia"], "2023-06-29", "context",
              "occurred", "sie sei bereit, mit dem Vatikan"),
            E("Patriarch Kirill receives Zuppi", "CONSULT", ["Vatican"], "2023-06-29", "text", "occurred",
              "empfing Patriarch Kyrill"),
            E("Peskov: Moscow values the Vatican's efforts and initiative", "SUPPORT", ["Dmitry Peskov", "Vatican"],
              "2023-06-27", "text", "occurred", "Schon am Dienstag hatte er erklärt"),
            E("Peskov sees no basis for Vatican mediation", "REJECT", ["Dmitry Peskov", "Vatican"], "2023-06-27",
              "text", "occurred", "Schon am Dienstag hatte er erklärt"),
            E("Zelensky receives Zuppi in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Vatican"], "2023-06-06", "text",
              "occurred", "hatte den Kardinal am 6. Juni empfangen"),
            E("Zelensky rejects a ceasefire or a freezing of the conflict", "REJECT", ["Volodymyr Zelensky", "Vatican"],
              "2023-06-06", "text", "occurred", "hatte den Kardinal am 6. Juni empfangen"),
            E("Zelensky demands the full withdrawal of Russian troops", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2023-06-06", "text", "occurred", "hatte den Kardinal am 6. Juni empfangen"),
            E("Zelensky asks the Vatican to help bring deported children and prisoners home", "REQUEST",
              ["Volodymyr Zelensky", "Vatican"], "2023-06-06", "context", "occurred", "Der Vatikan könne aber helfen"),
            E("Ukraine's ambassador to the Holy See backs every step that brings a child back", "SUPPORT",
              ["Ukraine", "Vatican"], "2023-06-29", "text", "occurred", "Andrij Jurasch, schrieb am Donnerstag"),
            E("Russian missile strike on a pizzeria in Kramatorsk", "ASSAULT", ["Russia", "Ukraine"], "2023-06-27TEV",
              "text", "occurred", "am Dienstagabend töteten russische Raketen"),
            E("Possible visits by Zuppi to the governments in Washington and Beijing", "CONSULT",
              ["Vatican", "United States", "China"], "2023-06-30", "published", "uncertain", "Ob Zuppi als Nächstes",
              note="Zuppi was in Washington on 17-19 July and in Beijing on 13-15 September 2023"),
        ],
        [
            S("Vatican", "The talks focused on the fate of the Ukrainian children brought to Russia", "2023-06-29TEV",
              "text", "Im Mittelpunkt der Gespräche stand"),
            S("Vatican", "The results will be put to the Pope to consider further humanitarian and peace steps",
              "2023-06-29TEV", "context", "Die Ergebnisse würden dem Heiligen Vater"),
            S("Kremlin", "The talk with Ushakov lasted about 90 minutes; Ushakov explained Russia's view of the "
              "'causes of the crisis'", "2023-06-28", "context", "Das Gespräch habe rund eineinhalb Stunden"),
            S("Russia", "Lvova-Belova: ready to build a return mechanism with the Vatican; received a list of names",
              "2023-06-29", "context", "sie sei bereit, mit dem Vatikan"),
            S("Dmitry Peskov", "A meeting with Putin was not planned", "2023-06-30", "published",
              "Ein Treffen mit Putin sei nicht vorgesehen"),
            S("Dmitry Peskov", "Moscow values the Vatican's efforts but sees no basis for mediation while Kyiv rules "
              "out talks by decree", "2023-06-27", "text", "Schon am Dienstag hatte er erklärt"),
            S("Volodymyr Zelensky", "A ceasefire or a frozen conflict brings no peace; Russia's full withdrawal is "
              "needed", "2023-06-06", "text", "hatte den Kardinal am 6. Juni empfangen"),
            S("Volodymyr Zelensky", "The Vatican could help bring deported children and prisoners home", "2023-06-06",
              "context", "Der Vatikan könne aber helfen"),
            S("Ukraine", "Yurash: every step that brings back even one child deserves support", "2023-06-29", "text",
              "Andrij Jurasch, schrieb am Donnerstag"),
            S("Vatican", "It is open whether Zuppi will next visit the governments in Washington and Beijing",
              "2023-06-30", "published", "Ob Zuppi als Nächstes"),
            S("Vatican", "Parolin: the mission aims not primarily at mediation but at easing tensions", "2023-06-28",
              "text", "Kardinalstaatssekretär Pietro Parolin hatte am Mittwoch"),
        ],
        ["Vatican", "Vladimir Putin", "Russia", "Ukraine", "Yuri Ushakov", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky", "United States", "China"],
    ),
    doc(
        "b60de02_london_sanktionen_kyrill_2022_06", "2022-06-17", DE02,
        [
            T("Donnerstag", "DATE", "2022-06-16"),
            T("6. März", "DATE", "2022-03-06"),
            T("vor zwei Wochen", "DATE", "2022-W22"),
            T("Freitag vergangener Woche", "DATE", "2022-06-10"),
            T("Mai", "DATE", "2022-05", 0),
            T("14. Juni", "DATE", "2022-06-14"),
            T("April", "DATE", "2022-04"),
            T("Anfang Mai", "DATE", "2022-05", mod="START"),
            T("Mittwoch", "DATE", "2022-06-15"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Ende August", "DATE", "2022-08", mod="END"),
        ],
        [
            E("UK freezes Patriarch Kirill's assets and bans him from entry", "SANCTION", ["United Kingdom"],
              "2022-06-16", "text", "occurred", "ließ am Donnerstag sein Vermögen einfrieren"),
            E("UK sanctions Russia's children's commissioner Lvova-Belova", "SANCTION", ["United Kingdom", "Russia"],
              "2022-06-16", "text", "occurred", "ließ am Donnerstag sein Vermögen einfrieren"),
            E("UK accuses Lvova-Belova of the forced transfer and adoption of Ukrainian children", "ACCUSE",
              ["United Kingdom", "Russia"], "2022-06-16", "context", "occurred",
              "ließ am Donnerstag sein Vermögen einfrieren"),
            E("Truss: Kirill abused his position to justify the war", "ACCUSE", ["United Kingdom"], "2022-06-16",
              "context", "occurred", "Außenministerin Liz Truss sagte"),
            E("Orbán presses the EU to drop Kirill from the sixth sanctions package", "REQUEST",
              ["Viktor Orbán", "European Union"], "2022-W22", "text", "occurred",
              "auf Drängen des ungarischen Ministerpräsidenten"),
            E("EU drops Kirill from its sixth sanctions package", "CONCEDE", ["European Union", "Viktor Orbán"],
              "2022-W22", "text", "occurred", "auf Drängen des ungarischen Ministerpräsidenten"),
            E("EU adopts the sixth sanctions package with an oil embargo", "SANCTION", ["European Union", "Russia"],
              "2022-W22", "context", "occurred", "auf Drängen des ungarischen Ministerpräsidenten",
              note="adopted on 3 June 2022"),
            E("Orbán: Hungary will never back sanctions against church leaders", "REJECT",
              ["Viktor Orbán", "European Union"], "2022-06-10", "text", "occurred",
              "Orbán begründete das mit der Religionsfreiheit"),
            E("Ukraine welcomes the British sanctions", "SUPPORT", ["Ukraine", "United Kingdom"], "2022-06-17",
              "published", "occurred", "Das ukrainische Außenministerium begrüßte"),
            E("Ukraine urges the EU to follow London's example", "REQUEST", ["Ukraine", "European Union"], "2022-06-17",
              "published", "occurred", "Das ukrainische Außenministerium begrüßte"),
            E("Zelensky urged the Europeans to treat Kirill as the Kremlin's accomplice", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-05", "text", "occurred",
              "hatte die Europäer bereits im Mai"),
            E("Zakharova calls the British sanctions an act of desperation", "ACCUSE",
              ["Maria Zakharova", "United Kingdom"], "2022-06-17", "published", "occurred", "Akt der Verzweiflung"),
            E("Peskov calls sanctions against a church leader absurd", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
              "2022-06-17", "published", "occurred", "nannte Sanktionen gegen einen Kirchenführer"),
            E("Pope Francis's meeting with Kirill in Jerusalem called off", "CONSULT", ["Vatican"], "2022-06-14",
              "text", "cancelled", "in Jerusalem geplantes Treffen", note="called off in April 2022"),
            E("Pope Francis warns the patriarch not to become 'Putin's altar boy'", "REQUEST", ["Vatican"], "2022-05",
              "text", "occurred", "Messdiener Putins", date_mod="START"),
        ],
        [
            S("United Kingdom", "Accuses Lvova-Belova of the forced transfer and adoption of Ukrainian children",
              "2022-06-16", "context", "ließ am Donnerstag sein Vermögen einfrieren"),
            S("United Kingdom", "Truss: Kirill has repeatedly abused his position to justify the war", "2022-06-16",
              "context", "Außenministerin Liz Truss sagte"),
            S("Viktor Orbán", "Cites religious freedom; Hungary will never back sanctions against church leaders",
              "2022-06-10", "text", "Orbán begründete das mit der Religionsfreiheit"),
            S("Ukraine", "Welcomes the British step and urges the EU to follow London", "2022-06-17", "published",
              "Das ukrainische Außenministerium begrüßte"),
            S("Volodymyr Zelensky", "Kirill should be treated as an accomplice of the Kremlin", "2022-05", "text",
              "hatte die Europäer bereits im Mai"),
            S("Maria Zakharova", "An act of desperation; London has lost all sense of proportion", "2022-06-17",
              "published", "Akt der Verzweiflung"),
            S("Dmitry Peskov", "Sanctions against a church leader are absurd and will only bring believers closer "
              "together", "2022-06-17", "published", "nannte Sanktionen gegen einen Kirchenführer"),
            S("Vatican", "The Jerusalem meeting with Kirill could cause confusion in this situation", "2022-04", "text",
              "in Jerusalem geplantes Treffen"),
            S("Vatican", "Pope Francis: the patriarch must not become 'Putin's altar boy'", "2022-05", "text",
              "Messdiener Putins"),
        ],
        ["United Kingdom", "Russia", "Ukraine", "European Union", "Viktor Orbán", "Volodymyr Zelensky", "Kremlin",
         "Maria Zakharova", "Dmitry Peskov", "Vatican", "Vladimir Putin", "Germany"],
    ),
    doc(
        "b60de03_kardinaele_ukraine_parolin_lawrow_2022_03", "2022-03-10", DE03,
        [
            T("Dienstag", "DATE", "2022-03-08", 0),
            T("täglich", "SET", "P1D"),
            T("Sonntag", "DATE", "2022-03-06", 0),
            T("Dienstag", "DATE", "2022-03-08", 1),
            T("25. Februar", "DATE", "2022-02-25"),
            T("Tags darauf", "DATE", "2022-02-26"),
            T("Wochenende", "DATE", "2022-W09-WE"),
            T("Dienstag", "DATE", "2022-03-08", 2),
            T("Samstag", "DATE", "2022-03-05"),
            T("Sonntag", "DATE", "2022-03-06", 1),
            T("heutigen Donnerstag", "DATE", "2022-03-10"),
            T("Sonntag", "DATE", "2022-03-13", 2),
            T("heuer", "DATE", "2022"),
        ],
        [
            E("Cardinal Krajewski brings an ambulance full of medicine to Lviv", "AID", ["Vatican", "Ukraine"],
              "2022-03-08", "context", "occurred", "traf mit einem Krankenwagen voller Medikamente"),
            E("Pope Francis offers the Holy See's service for peace at the Angelus", "REQUEST", ["Vatican"],
              "2022-03-06", "text", "occurred", "beim Angelusgebet am Sonntag"),
            E("Parolin–Lavrov phone call", "CONSULT", ["Vatican", "Sergey Lavrov"], "2022-03-08", "text", "occurred",
              "telefonierte Kardinalstaatssekretär Pietro Parolin"),
            E("Parolin demands an end to the attacks, humanitarian corridors and negotiations", "REQUEST",
              ["Vatican", "Sergey Lavrov"], "2022-03-08", "context", "occurred", "Parolin habe die tiefe Sorge"),
            E("Pope Francis goes to the Russian embassy to the Holy See", "CONSULT", ["Vatican", "Russia"],
              "2022-02-25", "text", "occurred", "Schon am 25. Februar"),
            E("Pope Francis phones Zelensky", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2022-02-26", "text",
              "occurred", "Tags darauf telefonierte er"),
            E("Kyiv asks the Vatican to mediate", "REQUEST", ["Ukraine", "Vatican"], "2022-03-10", "published",
              "occurred", "Kiew bitte den Vatikan"),
            E("Parolin: the Holy See is ready to facilitate dialogue, also with Russia", "REQUEST",
              ["Vatican", "Russia"], "2022-W09-WE", "text", "occurred", "Parolin hatte am Wochenende"),
            E("Peskov: Russia values any effort for peace", "SUPPORT", ["Dmitry Peskov", "Vatican"], "2022-03-10",
              "published", "occurred", "Russland schätze jede Bemühung"),
            E("Peskov: the conditions for ending the 'operation' are known", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2022-03-10", "published", "occurred", "Russland schätze jede Bemühung"),
            E("Moscow and Kyiv agree a local ceasefire for Sumy", "AGREE", ["Russia", "Ukraine"], "2022-03-08", "text",
              "occurred", "Stadt Sumy verlassen"),
            E("Local ceasefire lets thousands of civilians leave Sumy", "RETREAT", ["Russia", "Ukraine"], "2022-03-08",
              "text", "occurred", "Stadt Sumy verlassen"),
            E("Russia and Ukraine blame each other for the failed Mariupol evacuations", "ACCUSE",
              ["Russia", "Ukraine"], "2022-03-05", "text", "occurred", "In Mariupol scheiterten",
              note="failed attempts on 5 and 6 March 2022"),
            E("Lavrov and Kuleba meet in Antalya at Turkey's invitation", "CONSULT", ["Sergey Lavrov", "Ukraine", "Turkey"],
              "2022-03-10", "text", "planned", "Am heutigen Donnerstag treffen"),
        ],
        [
            S("Vatican", "Pope Francis: the Holy See is ready to do everything to serve peace", "2022-03-06", "text",
              "beim Angelusgebet am Sonntag"),
            S("Vatican", "The press office confirms Parolin's call with Lavrov", "2022-03-10", "published",
              "telefonierte Kardinalstaatssekretär Pietro Parolin"),
            S("Vatican", "Parolin conveyed the Pope's concern and called for an end to attacks, corridors and "
              "negotiations", "2022-03-08", "context", "Parolin habe die tiefe Sorge"),
            S("Volodymyr Zelensky", "Thanks the Pope for his prayers", "2022-02-26", "context",
              "Tags darauf telefonierte er"),
            S("Ukraine", "Yurash: Kyiv expressly asks the Vatican to mediate", "2022-03-10", "published",
              "Kiew bitte den Vatikan"),
            S("Vatican", "Parolin: the Holy See is ready to facilitate any form of dialogue, also with Russia",
              "2022-W09-WE", "text", "Parolin hatte am Wochenende"),
            S("Dmitry Peskov", "Russia values every effort for peace, but the conditions for ending the 'operation' "
              "are known", "2022-03-10", "published", "Russland schätze jede Bemühung"),
            S("Russia", "Blames Ukraine for the failed Mariupol evacuations", "2022-03-05", "text",
              "In Mariupol scheiterten"),
            S("Ukraine", "Blames Russia for the failed Mariupol evacuations", "2022-03-05", "text",
              "In Mariupol scheiterten"),
        ],
        ["Vatican", "Ukraine", "Sergey Lavrov", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Turkey"],
    ),
    doc(
        "b60de04_oleschky_korridor_ikrk_2026_01", "2026-01-23", DE04,
        [
            T("fast vier Jahren", "DURATION", "P4Y", mod="APPROX"),
            T("Donnerstag", "DATE", "2026-01-22"),
            T("sechsstündige", "DURATION", "PT6H"),
            T("der vergangenen Woche", "DATE", "2026-W03"),
            T("Sonntag", "DATE", "2026-01-18"),
            T("der kommenden Woche", "DATE", "2026-W05"),
            T("Freitag", "DATE", "2026-01-23", 0),
            T("Donnerstagmorgen", "TIME", "2026-01-22TMO"),
            T("der Nacht auf Freitag", "TIME", "2026-01-22TNI", note="night of 22 to 23 January"),
            T("Freitag", "DATE", "2026-01-23", 2),
            T("Dezember", "DATE", "2025-12"),
        ],
        [
            E("Six-hour ceasefire on the Dnipro for the ICRC-escorted evacuation of 143 civilians from Oleshky",
              "RETREAT", ["Russia", "Ukraine"], "2026-01-22", "text", "occurred", "Begleitet von Mitarbeitenden"),
            E("ICRC-hosted confidential Russia–Ukraine talks in Geneva", "CONSULT", ["Russia", "Ukraine"], "2026-W03",
              "text", "occurred", "bei vertraulichen Gesprächen in Genf"),
            E("Russia and Ukraine agree the evacuation ceasefire", "AGREE", ["Russia", "Ukraine"], "2026-W03", "text",
              "occurred", "bei vertraulichen Gesprächen in Genf"),
            E("Pope Leo XIV pleads for a corridor for Oleshky at the Angelus", "REQUEST", ["Vatican"], "2026-01-18",
              "text", "occurred", "beim Angelus am Sonntag"),
            E("The nuncio conveys the Holy See's request to Kyiv and to Moscow", "REQUEST",
              ["Vatican", "Ukraine", "Russia"], "2026-01-23", "published", "occurred", "Der Apostolische Nuntius",
              note="conveyed some time before the Angelus of 18 January; no day given"),
            E("The Holy See pledges to keep humanitarian issues from becoming hostage to politics", "AGREE", ["Vatican"],
              "2026-01-23", "published", "occurred", "Der Heilige Stuhl wird sich weiter"),
            E("Sybiha demands permanent access for aid workers to all occupied areas", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-01-23", "published", "occurred", "Aussenminister Andrij Sybiha dankte"),
            E("A second ceasefire for another crossing is planned for next week", "RETREAT", ["Russia", "Ukraine"],
              "2026-W05", "text", "planned", "Eine zweite Feuerpause"),
            E("Peskov demands that Kyiv in return let residents of Kherson region leave for Russia", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-01-23", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sprach am Freitag"),
            E("Zakharova accuses the Ukrainian army of shelling the river bank", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-01-23", "published", "occurred", "Aussenamtssprecherin Maria Sacharowa warf"),
            E("Kyiv rejects Zakharova's accusation", "REJECT", ["Ukraine", "Maria Zakharova"], "2026-01-23",
              "published", "occurred", "Aussenamtssprecherin Maria Sacharowa warf"),
            E("OCHA and UNHCR set up a reception point in Kherson", "AID", ["United Nations", "Ukraine"], "2026-01-22",
              "context", "occurred", "richteten in Cherson eine Anlaufstelle ein"),
            E("Guterres welcomes the agreement", "SUPPORT", ["António Guterres", "Russia", "Ukraine"], "2026-01-23",
              "published", "occurred", "António Guterres begrüsste"),
            E("Guterres calls for the agreement to become a model for the whole front line", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-01-23", "published", "occurred",
              "António Guterres begrüsste"),
            E("Russian drone attack on residential areas of Kherson", "ASSAULT", ["Russia", "Ukraine"], "2026-01-22TNI",
              "text", "occurred", "In der Nacht auf Freitag griffen"),
            E("Switzerland supports the evacuations with two million francs", "AID", ["Ukraine"], "2026-01-23", "text",
              "occurred", "Die Schweiz unterstützt die Evakuierungen"),
        ],
        [
            S("Vatican", "Pope Leo XIV pleads for a corridor for the 'forgotten people of Oleshky'", "2026-01-18",
              "text", "beim Angelus am Sonntag"),
            S("Vatican", "The nuncio conveyed the Holy See's request to Kyiv and, via the Moscow nunciature, to Russia",
              "2026-01-23", "published", "Der Apostolische Nuntius"),
            S("Vatican", "The Holy See will keep working so that humanitarian issues do not become hostage to politics",
              "2026-01-23", "published", "Der Heilige Stuhl wird sich weiter"),
            S("Andrii Sybiha", "Thanks the ICRC and the Vatican; Moscow must give aid workers permanent access to all "
              "occupied areas", "2026-01-23", "published", "Aussenminister Andrij Sybiha dankte"),
            S("Ukraine", "Lubinets: about 1,500 people remain in Oleshky, many without power or running water",
              "2026-01-23", "published", "Dmytro Lubinez"),
            S("Dmitry Peskov", "A gesture of goodwill; in return Kyiv must let residents of Kherson region leave for "
              "Russia", "2026-01-23", "text", "Kremlsprecher Dmitri Peskow sprach am Freitag"),
            S("Maria Zakharova", "The Ukrainian army shelled the river bank on Thursday morning", "2026-01-23",
              "published", "Aussenamtssprecherin Maria Sacharowa warf"),
            S("Ukraine", "Rejects Zakharova's accusation", "2026-01-23", "published",
              "Aussenamtssprecherin Maria Sacharowa warf"),
            S("António Guterres", "Welcomes the agreement and calls for it to become a model for the whole front line",
              "2026-01-23", "published", "António Guterres begrüsste"),
            S("Ukraine", "Authorities: two people injured in the drone attack on Kherson", "2026-01-23", "published",
              "nach Behördenangaben"),
        ],
        ["Russia", "Ukraine", "Vatican", "Andrii Sybiha", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "United Nations", "António Guterres"],
    ),
    doc(
        "b60de05_hilfe_kuerzungen_usaid_2025_03", "2025-03-12", DE05,
        [
            T("Montag", "DATE", "2025-03-10"),
            T("sechswöchigen", "DURATION", "P6W"),
            T("diesem Jahr", "DATE", "2025"),
            T("20. Januar", "DATE", "2025-01-20"),
            T("90 Tage", "DURATION", "P90D"),
            T("vergangenen Jahr", "DATE", "2024"),
            T("15. Januar", "DATE", "2025-01-15"),
            T("Anfang März", "DATE", "2025-03", mod="START"),
            T("Sommer", "DATE", "2025-SU"),
            T("laufenden Jahr", "DATE", "2025"),
            T("2024", "DATE", "2024"),
            T("Dienstag", "DATE", "2025-03-11"),
            T("30-tägige", "DURATION", "P30D"),
            T("Mittwoch", "DATE", "2025-03-12"),
            T("Wochenende", "DATE", "2025-W10-WE"),
            T("Jahresbeginn", "DATE", "2025", mod="START"),
        ],
        [
            E("Rubio announces that 83 percent of USAID programmes are cancelled", "SANCTION", ["Marco Rubio"],
              "2025-03-10", "text", "occurred", "teilte US-Außenminister Marco Rubio mit"),
            E("UN and partners plan to reach six million people in Ukraine this year", "AID",
              ["United Nations", "Ukraine"], "2025", "text", "planned", "sechs Millionen Menschen"),
            E("Trump freezes foreign aid for 90 days", "SANCTION", ["Donald Trump"], "2025-01-20", "text", "occurred",
              "Auslandshilfe für 90 Tage"),
            E("The US carried almost 40 percent of humanitarian aid for Ukraine last year", "AID",
              ["United States", "Ukraine"], "2024", "text", "occurred", "knapp 40 Prozent"),
            E("UN agencies present the 2.6-billion-dollar humanitarian plan for Ukraine", "REQUEST",
              ["United Nations", "Ukraine"], "2025-01-15", "text", "occurred", "Der Hilfsplan"),
            E("US–Ukrainian talks in Jeddah", "CONSULT", ["United States", "Ukraine"], "2025-03-11", "text", "occurred",
              "Etwas Hoffnung brachten"),
            E("US proposes a 30-day ceasefire", "REQUEST", ["United States", "Ukraine"], "2025-03-11", "context",
              "occurred", "Kiew stimmte dort"),
            E("Kyiv accepts the US proposal for a 30-day ceasefire", "AGREE", ["Ukraine", "United States"],
              "2025-03-11", "context", "occurred", "Kiew stimmte dort"),
            E("Washington lifts its pause on arms deliveries and intelligence sharing", "AID",
              ["United States", "Ukraine"], "2025-03-11", "context", "occurred", "Kiew stimmte dort"),
            E("Peskov: Moscow first wants to be briefed by Washington", "REQUEST", ["Dmitry Peskov", "United States"],
              "2025-03-12", "text", "occurred", "man wolle zunächst von Washington"),
            E("Russian drone hits an aid distribution centre in Kherson region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-W10-WE", "text", "occurred", "Wie gefährlich die Arbeit bleibt"),
            E("UN humanitarian coordinator condemns the attack", "ACCUSE", ["United Nations", "Russia"], "2025-03-12",
              "published", "occurred", "Matthias Schmale, verurteilte"),
            E("UN demands that aid workers never be made targets", "REQUEST", ["United Nations", "Russia"],
              "2025-03-12", "published", "occurred", "Matthias Schmale, verurteilte"),
        ],
        [
            S("Marco Rubio", "After a six-week review 83 percent of USAID programmes will be ended", "2025-03-10",
              "text", "teilte US-Außenminister Marco Rubio mit"),
            S("United Nations", "The US carried almost 40 percent of humanitarian aid for Ukraine last year",
              "2025-03-12", "published", "knapp 40 Prozent"),
            S("United Nations", "OCHA: only an eighth of the 2.6 billion dollars was funded by early March",
              "2025-03-12", "published", "Der Hilfsplan"),
            S("United Nations", "Fletcher: 'brutal' consequences; people reached so far will have to be abandoned",
              "2025-03-12", "published", "Tom Fletcher"),
            S("United Nations", "WFP expects to halve the number of people supplied near the front in summer",
              "2025-03-12", "published", "Das Welternährungsprogramm"),
            S("Dmitry Peskov", "Moscow first wants to be briefed by Washington on the details", "2025-03-12", "text",
              "man wolle zunächst von Washington"),
            S("United Nations", "Some 300,000 people still live in the villages near the front", "2025-03-12",
              "published", "rund 300.000 Menschen"),
            S("United Nations", "Schmale condemns the attack: aid workers must never become targets", "2025-03-12",
              "published", "Matthias Schmale, verurteilte"),
            S("United Nations", "Four aid workers have been killed in Ukraine since the start of the year",
              "2025-03-12", "published", "Seit Jahresbeginn"),
        ],
        ["United States", "Marco Rubio", "Ukraine", "United Nations", "Donald Trump", "Germany", "Russia", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b60de06_vatikan_menschenrechtsbeauftragte_2026_05", "2026-05-21", DE06,
        [
            T("Mittwoch", "DATE", "2026-05-20"),
            T("Dienstag", "DATE", "2026-05-19"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Mitte Juni", "DATE", "2026-06", mod="MID"),
            T("Mittwochnachmittag", "TIME", "2026-05-20TAF"),
            T("Juli", "DATE", "2026-07", 0),
            T("Abend", "TIME", "2026-05-20TEV"),
            T("Donnerstag", "DATE", "2026-05-21"),
            T("2023", "DATE", "2023", 0),
            T("Sommer 2023", "DATE", "2023-SU"),
            T("Juli", "DATE", "2025-07", 1),
            T("Dezember des vergangenen Jahres", "DATE", "2025-12"),
            T("Sonntag", "DATE", "2026-05-24"),
            T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
        ],
        [
            E("Russian and Ukrainian human-rights commissioners agree to exchange 120 detained civilians", "AGREE",
              ["Russia", "Ukraine", "Vatican"], "2026-05-20", "text", "occurred", "haben sich die Menschenrechtsbeauftragten"),
            E("Agreement on the return of 28 children to their families", "AGREE", ["Russia", "Ukraine", "Vatican"],
              "2026-05-20", "text", "occurred", "haben sich die Menschenrechtsbeauftragten"),
            E("Moskalkova–Lubinets talks in the Vatican, moderated by Cardinal Zuppi", "CONSULT",
              ["Russia", "Ukraine", "Vatican"], "2026-05-19", "text", "occurred", "hatten seit Dienstag",
              date_mod="START", note="talks on 19 and 20 May 2026"),
            E("Exchange of civilians via Belarus in the coming weeks", "CONCEDE", ["Russia", "Ukraine", "Belarus"],
              "FUTURE_REF", "vague", "planned", "Der Austausch soll in den kommenden Wochen"),
            E("The children to return by mid-June with Qatar's help", "CONCEDE", ["Russia", "Ukraine", "Qatar"],
              "2026-06", "text", "planned", "Der Austausch soll in den kommenden Wochen", date_mod="MID"),
            E("Pope Leo XIV receives both delegations", "CONSULT", ["Vatican", "Russia", "Ukraine"], "2026-05-20TAF",
              "text", "occurred", "empfing beide Delegationen"),
            E("Parolin offers to host further rounds", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2026-05-21",
              "published", "occurred", "Kardinalstaatssekretär Pietro Parolin sprach"),
            E("Both sides to meet again in the Vatican in July", "CONSULT", ["Russia", "Ukraine", "Vatican"], "2026-07",
              "text", "planned", "Beide Seiten vereinbarten"),
            E("Sybiha demands Red Cross access to all Ukrainian prisoners", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2026-05-21", "published", "occurred", "Außenminister Andrij Sybiha forderte"),
            E("Peskov calls the talks useful on the humanitarian level", "SUPPORT", ["Dmitry Peskov", "Vatican"],
              "2026-05-21", "text", "occurred", "nannte die Gespräche am Donnerstag"),
            E("Moscow sees no mediating role for the Vatican in political questions", "REJECT",
              ["Dmitry Peskov", "Vatican"], "2026-05-21", "context", "occurred", "Eine Vermittlerrolle des Vatikans"),
            E("Peskov accuses European capitals of prolonging the war with arms supplies", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-05-21", "context", "occurred",
              "Eine Vermittlerrolle des Vatikans"),
            E("Moskalkova demands the release of civilians from Kursk region held by Ukraine", "REQUEST",
              ["Russia", "Ukraine"], "2026-05-21", "published", "occurred", "Moskalkowa sagte der Agentur Tass"),
            E("Rubio welcomes the agreement", "SUPPORT", ["Marco Rubio", "Russia", "Ukraine"], "2026-05-21",
              "published", "occurred", "Marco Rubio begrüßte"),
            E("Rubio promises logistical support for the exchange", "AGREE", ["Marco Rubio", "Russia", "Ukraine"],
              "2026-05-21", "published", "occurred", "Marco Rubio begrüßte"),
            E("Children returned to their families through Qatar since 2023", "CONCEDE", ["Russia", "Ukraine", "Qatar"],
              "2023", "text", "occurred", "das seit 2023", date_mod="START"),
            E("Zuppi visits the governments in Kyiv, Moscow, Washington and Beijing", "CONSULT",
              ["Vatican", "Ukraine", "Russia", "United States", "China"], "2023-SU", "text", "occurred",
              "Zuppi hatte im Sommer 2023"),
            E("Zelensky visits Pope Leo XIV at Castel Gandolfo in July", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
              "2025-07", "text", "occurred", "Zuppi hatte im Sommer 2023", note="9 July 2025"),
            E("Zelensky visits Pope Leo XIV at Castel Gandolfo in December", "CONSULT",
              ["Volodymyr Zelensky", "Vatican"], "2025-12", "text", "occurred", "Zuppi hatte im Sommer 2023",
              note="9 December 2025"),
        ],
        [
            S("Vatican", "Pope Leo XIV: where weapons are not yet silent, at least the people must not be forgotten",
              "2026-05-20TAF", "context", "Wo die Waffen noch nicht schweigen"),
            S("Vatican", "Parolin: a small but concrete step; the Holy See will host further rounds as often as both "
              "sides wish", "2026-05-21", "published", "Kardinalstaatssekretär Pietro Parolin sprach"),
            S("Volodymyr Zelensky", "Thanks the Pope; everyone who comes home is 'a victory over the war'",
              "2026-05-20TEV", "text", "Präsident Wolodymyr Selenskyj dankte"),
            S("Andrii Sybiha", "Moscow must finally give the Red Cross access to all Ukrainian prisoners", "2026-05-21",
              "published", "Außenminister Andrij Sybiha forderte"),
            S("Ukraine", "Russia still holds more than 16,000 Ukrainian civilians", "2026-05-21", "published",
              "Außenminister Andrij Sybiha forderte"),
            S("Dmitry Peskov", "The talks were useful on the humanitarian level", "2026-05-21", "text",
              "nannte die Gespräche am Donnerstag"),
            S("Dmitry Peskov", "No political mediating role for the Vatican while some European capitals prolong the "
              "war with arms supplies", "2026-05-21", "context", "Eine Vermittlerrolle des Vatikans"),
            S("Russia", "Moskalkova: Russia expects Kyiv to release civilians from Kursk region in Ukrainian custody",
              "2026-05-21", "published", "Moskalkowa sagte der Agentur Tass"),
            S("Marco Rubio", "Welcomes the agreement and promises logistical support for the exchange", "2026-05-21",
              "published", "Marco Rubio begrüßte"),
        ],
        ["Vatican", "Russia", "Ukraine", "Belarus", "Qatar", "Volodymyr Zelensky", "Andrii Sybiha", "Kremlin",
         "Dmitry Peskov", "European Union", "United States", "Marco Rubio", "China"],
    ),
]
