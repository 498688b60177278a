"""German articles of the blind133 set (fictionalised; written and annotated blind to the extraction code).

Theme: Romania and the war, 2023-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b133de01 (Donau Zeitung, Dillingen)
DE01 = """
Drohnentrümmer bei Grindu: Bukarest bestellt russischen Geschäftsträger ein

Dillingen/Bukarest. Gut 1.700 Kilometer flussabwärts von Dillingen ist die Donau seit Monaten eine Frontlinie.
In der Nacht zum Dienstag griffen russische Drohnen erneut den ukrainischen Hafen Ismajil an, der nur durch den Fluss von Rumänien getrennt ist.
Am Mittwoch fanden Landwirte im Dorf Grindu im Kreis Tulcea auf einem Acker Trümmer, die nach Angaben des rumänischen Verteidigungsministeriums von einer Drohne des Typs Shahed stammen.
Verletzt wurde niemand.

Das Außenministerium in Bukarest bestellte am Donnerstagmorgen den russischen Geschäftsträger ein und verlangte, dass Moskau die Verletzung des rumänischen Luftraums „unverzüglich“ aufkläre.
Die russische Botschaft erklärte dagegen, es gebe keinerlei Beweise, dass die Trümmer von einer russischen Drohne stammten, und sprach von einer „inszenierten Kampagne“.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, ihm sei von dem Vorfall nichts bekannt.

Nato-Generalsekretär Jens Stoltenberg sagte am Mittwoch in Brüssel, es gebe keine Hinweise auf einen gezielten Angriff auf Rumänien, das Vorgehen Russlands sei aber „rücksichtslos und gefährlich“.
Dort beraten seit Mittwoch die Verteidigungsminister der Allianz.
Bundesverteidigungsminister Boris Pistorius kündigte am Mittwoch am Rande des Treffens an, die Luftwaffe werde von April an wieder Eurofighter zur Luftraumüberwachung an den Stützpunkt Mihail Kogălniceanu bei Konstanza verlegen.

Das ukrainische Außenministerium warf Moskau vor, mit seinen Angriffen auf die Donauhäfen bewusst das Territorium eines Nato-Staates zu gefährden, und forderte mehr Flugabwehr für die Region.
Präsident Wolodymyr Selenskyj wird am Freitag in Berlin erwartet, wo er mit Bundeskanzler Olaf Scholz ein Sicherheitsabkommen unterzeichnen soll.
Im September waren Drohnenteile bereits zweimal bei Plauru gefunden worden, nur wenige Kilometer von Grindu entfernt.
Das Parlament in Bukarest will bis Ende März über ein Gesetz abstimmen, das der Armee den Abschuss von Drohnen im eigenen Luftraum erlauben würde.

Auch an der oberen Donau ist der Krieg zu spüren.
Die Dillinger Flusskreuzfahrt-Reederei Haller, die seit Jahren Fahrten ins Donaudelta anbietet, hat die Anlegestelle in Tulcea für dieses Jahr gestrichen.
„Wir fahren nur bis Giurgiu, alles andere können wir unseren Gästen derzeit nicht zumuten“, sagte Geschäftsführerin Monika Haller unserer Zeitung.
"""

# ---------------------------------------------------------------- b133de02 (dpa-style wire report)
DE02 = """
Nach der annullierten Präsidentenwahl: Moskau weist Vorwürfe der Einmischung zurück

Bukarest (dpa) – Russland hat Vorwürfe zurückgewiesen, es habe mit einer Kampagne in sozialen Netzwerken die rumänische Präsidentenwahl beeinflusst.
Das Verfassungsgericht in Bukarest hatte am Freitag den gesamten Wahlgang für ungültig erklärt, kurz vor der für Sonntag angesetzten Stichwahl zwischen dem ultranationalistischen Außenseiter Călin Georgescu und der liberalen Kandidatin Elena Lasconi.
Kremlsprecher Dmitri Peskow sagte am Samstag, die Anschuldigungen seien „unbegründet“, Russland habe sich nie in Wahlen in anderen Ländern eingemischt.
Außenamtssprecherin Maria Sacharowa hatte bereits am Freitagabend der EU vorgeworfen, sie schalte die Demokratie „nach Belieben ab“, wenn ihr ein Ergebnis nicht gefalle.

Georgescu hatte die erste Runde am 24. November mit knapp 23 Prozent überraschend gewonnen, nachdem er vor allem auf Tiktok massiv beworben worden war.
Am Mittwoch ließ Staatspräsident Klaus Iohannis Berichte der Geheimdienste freigeben, nach denen die Kampagne von einem „staatlichen Akteur“ koordiniert wurde; die Dokumente verweisen auf Methoden, die aus russischen Operationen bekannt seien.
Georgescu nannte das Urteil einen „formalisierten Staatsstreich“ und kündigte an, sich an internationale Gerichte zu wenden.

Das US-Außenministerium hatte sich am Mittwoch besorgt über die Berichte zu russischer Einflussnahme geäußert und betont, Rumäniens Kurs in Nato und EU dürfe durch „ausländische Akteure“ nicht verändert werden.
Die EU-Kommission verpflichtete Tiktok am Donnerstag, alle Daten zu den rumänischen Wahlen aufzubewahren.
Die neue EU-Außenbeauftragte Kaja Kallas sagte am Freitag, Russland versuche, Wahlen in ganz Europa zu manipulieren: „Wir müssen unsere Demokratien schützen.“
Nato-Generalsekretär Mark Rutte hatte bereits am Dienstag beim Treffen der Außenminister der Allianz in Brüssel vor russischer Sabotage und Desinformation in den Mitgliedstaaten gewarnt.
In Kiew sprach das Außenministerium von einem „Lehrbuchbeispiel hybrider Kriegsführung“ Moskaus.

Im Ausland hatten am Freitagmorgen bereits die ersten Wahllokale für die Stichwahl geöffnet, sie mussten nach wenigen Stunden wieder schließen.
Die Regierung soll in den kommenden Wochen einen neuen Wahltermin festlegen, Iohannis bleibt bis zur Vereidigung eines Nachfolgers im Amt.
Die EU-Außenminister wollen am 16. Dezember in Brüssel auch über hybride Bedrohungen aus Russland beraten.
"""

# ---------------------------------------------------------------- b133de03 (Frankfurter Allgemeine Sonntagszeitung)
DE03 = """
Ein Satz aus München, ein Beben in Bukarest

München/Bukarest. Es war nur ein Satz in einer langen Rede, doch in Bukarest schlug er ein wie eine Bombe.
US-Vizepräsident JD Vance hatte am Freitag auf der Münchner Sicherheitskonferenz gesagt, Rumänien habe eine Präsidentenwahl „auf Grundlage dünner Verdächtigungen eines Geheimdienstes und enormen Drucks seiner Nachbarn“ annulliert.
Europa müsse aufhören, sich „vor den eigenen Wählern zu fürchten“, fügte er hinzu.

Rumäniens Außenminister Emil Hurezeanu, der im Saal saß, widersprach noch am Freitagabend: Das Verfassungsgericht habe auf der Grundlage von Belegen für eine massive Manipulation entschieden.
Übergangspräsident Ilie Bolojan, der das Amt erst am Mittwoch von Klaus Iohannis übernommen hat, sagte am Samstag, Rumänien lasse sich „von niemandem belehren“, weder aus Moskau noch aus Washington.
Iohannis war vorzeitig zurückgetreten, um einem Amtsenthebungsverfahren zuvorzukommen.

Deutlicher wurden die Partner in Europa.
Bundesverteidigungsminister Boris Pistorius nannte den Vergleich europäischer Demokratien mit autoritären Regimen am Freitag „nicht akzeptabel“.
Die EU-Außenbeauftragte Kaja Kallas sagte am selben Tag, es klinge so, als wolle Washington „einen Streit mit uns vom Zaun brechen“.
Beifall kam dagegen aus Moskau: Außenamtssprecherin Maria Sacharowa erklärte am Samstag, Vance habe ausgesprochen, was „jeder ehrliche Beobachter“ über Rumänien denke.

Die US-Botschaft in Bukarest bemühte sich am Samstag um Schadensbegrenzung und versicherte, die Vereinigten Staaten stünden zu ihren Verpflichtungen als Verbündeter.
Rund 1.700 amerikanische Soldaten sind derzeit in Rumänien stationiert, die meisten auf dem Stützpunkt Mihail Kogălniceanu nahe dem Schwarzen Meer.
Vance selbst war am Freitag in München auch mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammengetroffen, der hinterher von einem „guten Gespräch“ sprach.

Die Wahl wird am 4. Mai wiederholt, eine mögliche Stichwahl ist für den 18. Mai angesetzt.
Der im November überraschend erfolgreiche Kandidat Călin Georgescu will erneut antreten, ob die Wahlbehörde ihn zulässt, ist offen.
In Umfragen liegt er aktuell vorn.
"""

# ---------------------------------------------------------------- b133de04 (nordbayern.de, live ticker)
DE04 = """
Rumänien nach der Stichwahl im Liveticker: Nicușor Dan siegt, Moskau spricht von Druck aus Brüssel

18.20 Uhr: Der ukrainische Präsident Wolodymyr Selenskyj hat mit dem Wahlsieger Nicușor Dan telefoniert und ihn nach Kiew eingeladen.
Man habe über die Sicherheit im Schwarzen Meer und über eine gemeinsame Produktion von Drohnen gesprochen, schrieb Selenskyj auf X.

16.45 Uhr: Das französische Außenministerium hat die Behauptung von Telegram-Gründer Pawel Durow zurückgewiesen, ein „westeuropäischer Geheimdienst“ habe ihn gebeten, vor der Wahl rumänische Kanäle zu sperren.
Frankreich habe sich „in keiner Weise“ in die Wahl eingemischt, hieß es in Paris.

15.10 Uhr: Kremlsprecher Dmitri Peskow sagte, Moskau habe das Ergebnis „zur Kenntnis genommen“ und hoffe auf „pragmatische“ Beziehungen zu Bukarest.
Außenamtssprecherin Maria Sacharowa warf der EU dagegen vor, sie habe mit „beispiellosem Druck“ auf das Ergebnis eingewirkt.

13.30 Uhr: Nato-Generalsekretär Mark Rutte gratulierte Dan und nannte Rumänien einen „unverzichtbaren Verbündeten an der Ostflanke“.
Dan kündigte an, er werde nach seiner Vereidigung am 26. Mai als Erstes nach Brüssel reisen und dort Anfang Juni Kommissionspräsidentin Ursula von der Leyen treffen.

11.05 Uhr: Der unterlegene Kandidat George Simion hat seine Niederlage eingeräumt, zugleich aber eine Beschwerde beim Verfassungsgericht angekündigt.
Er stützt sie auf die Angaben Durows.

9.40 Uhr: Die Wahlbehörde hat das vorläufige Endergebnis veröffentlicht: Dan kommt auf 53,6 Prozent, Simion auf 46,4 Prozent, die Beteiligung lag bei knapp 65 Prozent.
Die rumänische Währung Leu legte am Morgen deutlich zu.

7.30 Uhr: Bereits am Sonntagabend hatten EU-Kommissionspräsidentin Ursula von der Leyen und Frankreichs Präsident Emmanuel Macron dem proeuropäischen Bürgermeister von Bukarest gratuliert.
Macron sprach von einem Sieg „gegen die Manipulation“.
Der polnische Regierungschef Donald Tusk, dessen Land am Sonntag die erste Runde seiner eigenen Präsidentenwahl abhielt, schrieb: „Heute hat die Freiheit gewonnen.“
Die Wahl war eine Wiederholung: Das Verfassungsgericht hatte die Abstimmung vom November wegen mutmaßlicher russischer Einflussnahme annulliert.
"""

# ---------------------------------------------------------------- b133de05 (Binnenschifffahrt, inland-shipping trade journal)
DE05 = """
Donauhäfen im Visier: Ismajil erneut getroffen, die Branche blickt nach Rom

Die ukrainischen Donauhäfen bleiben für die Binnenschifffahrt ein Hochrisikogebiet.
In der Nacht zum Dienstag griffen russische Drohnen den Hafen Ismajil an, nach Angaben der ukrainischen Hafenverwaltung wurden ein Getreideterminal und zwei Schubverbände beschädigt, einer davon unter rumänischer Flagge.
Zwei Besatzungsmitglieder wurden leicht verletzt, der Umschlag ruhte fast zwölf Stunden.
Vor zwei Wochen hatte eine Drohne bereits ein Lagerhaus im benachbarten Reni zerstört.

Das Außenministerium in Bukarest verurteilte den Angriff noch am Dienstag als „inakzeptable Gefährdung“ rumänischer Staatsbürger und forderte Moskau auf, die Angriffe auf die zivile Schifffahrt einzustellen.
Die russische Außenamtssprecherin Maria Sacharowa erklärte am Mittwoch, über die Donauhäfen würden westliche Waffen in die Ukraine gebracht, sie seien daher „legitime Ziele“.
Die ukrainische Regierung wies das zurück und sprach von „Terror gegen den Getreidehandel“.

Für die Reedereien ist die Donau dennoch unverzichtbar geworden.
Über Ismajil, Reni und Kilija liefen im ersten Halbjahr nach ukrainischen Angaben rund neun Millionen Tonnen Fracht, vor allem Getreide, Ölsaaten und Erz.
Ein großer Teil davon wird in Galați, Brăila oder Konstanza auf Seeschiffe umgeschlagen.
Rumänien und die Ukraine haben kürzlich vereinbart, die Lotsen- und Grenzabfertigung auf dem Sulina-Kanal zu beschleunigen.
Die Hafengesellschaft in Galați will Mitte Juli einen zusätzlichen Liegeplatz für Leichter in Betrieb nehmen.

Große Hoffnungen setzt die Branche auf die Wiederaufbaukonferenz für die Ukraine, die am Donnerstag in Rom begonnen hat.
Die Verkehrsminister Rumäniens, der Republik Moldau und der Ukraine wollen dort am Freitag eine Absichtserklärung über den gemeinsamen Ausbau der unteren Donau unterzeichnen.
EU-Kommissionspräsidentin Ursula von der Leyen sagte in Rom zu, 150 Millionen Euro aus der Ukraine-Fazilität in die Donauhäfen und die Solidaritätskorridore zu lenken.
Präsident Wolodymyr Selenskyj dankte Rumänien in seiner Rede ausdrücklich dafür, dass es „seit drei Jahren das Tor der Ukraine zur Welt“ offen halte.

Für Schiffsführer gilt unterdessen: Die ukrainische Seite des Kilija-Arms ist nur mit Sondergenehmigung befahrbar, und Versicherer verlangen für Fahrten nach Ismajil Kriegsrisikozuschläge von bis zu zwei Prozent des Kaskowerts je Reise.
"""

# ---------------------------------------------------------------- b133de06 (Amberger Zeitung, questions and answers)
DE06 = """
Fragen und Antworten: Warum die USA Soldaten aus Rumänien abziehen und was das für die Oberpfalz heißt

Amberg/Bukarest. Die US-Armee verringert ihre Präsenz an der Nato-Ostflanke.
Wir beantworten die wichtigsten Fragen.

Was hat Washington beschlossen?
Das Pentagon teilte am Mittwoch mit, dass die 2. Brigade der 101. Luftlandedivision, die derzeit im Osten Rumäniens stationiert ist, zum Jahresende ohne Ablösung in die USA zurückkehrt.
Die Rotationen dauern jeweils neun Monate.
Statt rund 1.700 sollen dann nur noch etwa 1.000 amerikanische Soldaten in Rumänien stehen, vor allem auf dem Stützpunkt Mihail Kogălniceanu.
Die Entscheidung sei Teil einer weltweiten Überprüfung der Truppenpräsenz und „kein Signal eines geringeren Engagements“ für Europa, hieß es aus Washington.

Wie reagieren Bukarest und die Nato?
Das rumänische Verteidigungsministerium erklärte, es sei vorab informiert worden, die Sicherheit des Landes sei nicht beeinträchtigt.
Nato-Generalsekretär Mark Rutte sagte am Donnerstag, die Abschreckung an der Ostflanke bleibe „vollständig glaubwürdig“.
Frankreich führt seit 2022 die Nato-Kampfgruppe in Rumänien und hatte zuletzt angekündigt, seine Truppe dort zu verstärken.

Warum ist die Entscheidung heikel?
Rumänien grenzt auf rund 650 Kilometern an die Ukraine.
Im September war während eines russischen Angriffs auf ukrainische Donauhäfen eine Drohne in den rumänischen Luftraum eingedrungen, die Nato verstärkte daraufhin mit der Mission „Eastern Sentry“ die Luftverteidigung im Osten.
Bundesverteidigungsminister Boris Pistorius forderte am Mittwochabend die Europäer auf, „keine Lücken entstehen zu lassen“.

Was sagt Moskau?
Kremlsprecher Dmitri Peskow begrüßte am Donnerstag jede Verringerung amerikanischer Truppen „in der Nähe unserer Grenzen“.
US-Präsident Donald Trump hatte bereits im Frühjahr verlangt, die Europäer müssten für ihre Sicherheit selbst aufkommen.

Ist auch die Oberpfalz betroffen?
Nach Angaben eines Sprechers der US-Armee in Vilseck sind für das dort stationierte 2. Kavallerieregiment derzeit keine Änderungen geplant.
In Grafenwöhr verfolgt man die Debatte dennoch genau, denn viele Einheiten üben dort vor ihrem Einsatz in Rumänien.
Die Verteidigungsminister Rumäniens und der USA wollen am 12. November in Washington über die weitere Präsenz beraten.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-ticker time (CEST)"


DOCS = [
    doc(
        "b133de01_grindu_truemmer_2024_02", "2024-02-15", DE01,
        [
            T("Monaten", "DURATION", "PXM"),
            T("der Nacht zum Dienstag", "TIME", "2024-02-12TNI", note="night of 12 to 13 February"),
            T("Mittwoch", "DATE", "2024-02-14", 0),
            T("Donnerstagmorgen", "TIME", "2024-02-15TMO"),
            T("Donnerstag", "DATE", "2024-02-15"),
            T("Mittwoch", "DATE", "2024-02-14", 1),
            T("Mittwoch", "DATE", "2024-02-14", 2),
            T("Mittwoch", "DATE", "2024-02-14", 3),
            T("April", "DATE", "2024-04"),
            T("Freitag", "DATE", "2024-02-16"),
            T("September", "DATE", "2023-09"),
            T("Ende März", "DATE", "2024-03", mod="END"),
            T("Jahren", "DURATION", "PXY"),
            T("dieses Jahr", "DATE", "2024"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Russian drones attack the Ukrainian Danube port of Izmail; debris falls in Romania", "ASSAULT",
              ["Russia", "Ukraine"], "2024-02-12TNI", "text", "occurred", "In der Nacht zum Dienstag griffen"),
            E("Bucharest summons the Russian chargé d'affaires over the drone debris", "ACCUSE", ["Russia"],
              "2024-02-15TMO", "text", "occurred", "bestellte am Donnerstagmorgen"),
            E("Bucharest demands that Moscow clarify the violation of Romanian airspace", "REQUEST", ["Russia"],
              "2024-02-15TMO", "text", "occurred", "bestellte am Donnerstagmorgen"),
            E("Russian embassy denies the debris came from a Russian drone", "REJECT", ["Russia"], "2024-02-15",
              "published", "occurred", "Die russische Botschaft erklärte dagegen"),
            E("Stoltenberg calls Russia's conduct reckless and dangerous", "ACCUSE", ["Jens Stoltenberg", "Russia"],
              "2024-02-14", "text", "occurred", "Jens Stoltenberg sagte am Mittwoch"),
            E("NATO defence ministers meet in Brussels", "CONSULT", ["NATO"], "2024-02-14", "text", "occurred",
              "Dort beraten seit Mittwoch"),
            E("Germany to deploy Eurofighters to Mihail Kogălniceanu for air policing from April", "MOBILIZE",
              ["Germany"], "2024-04", "text", "planned", "Boris Pistorius kündigte"),
            E("Kyiv accuses Moscow of deliberately endangering NATO territory", "ACCUSE", ["Ukraine", "Russia"],
              "2024-02-15", "published", "occurred", "Das ukrainische Außenministerium warf Moskau vor"),
            E("Kyiv demands more air defence for the Danube region", "REQUEST", ["Ukraine"], "2024-02-15",
              "published", "occurred", "Das ukrainische Außenministerium warf Moskau vor"),
            E("Zelensky to meet Scholz in Berlin", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"], "2024-02-16",
              "text", "planned", "wird am Freitag in Berlin erwartet"),
            E("Zelensky and Scholz to sign a security agreement", "AGREE", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2024-02-16", "text", "planned", "wird am Freitag in Berlin erwartet"),
        ],
        [
            S("Russia", "Embassy: no evidence the debris came from a Russian drone; a staged campaign", "2024-02-15",
              "published", "Die russische Botschaft erklärte dagegen"),
            S("Dmitry Peskov", "Knows nothing about the incident", "2024-02-15", "text",
              "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Jens Stoltenberg", "No indication of a deliberate attack on Romania, but Russia's conduct is reckless "
              "and dangerous", "2024-02-14", "text", "Jens Stoltenberg sagte am Mittwoch"),
            S("Germany", "Pistorius: the Luftwaffe will again send Eurofighters to Mihail Kogălniceanu from April",
              "2024-02-14", "text", "Boris Pistorius kündigte"),
            S("Ukraine", "Foreign ministry: Moscow deliberately endangers NATO territory; more air defence needed",
              "2024-02-15", "published", "Das ukrainische Außenministerium warf Moskau vor"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "NATO", "Jens Stoltenberg", "Germany", "Volodymyr Zelensky",
         "Olaf Scholz"],
    ),
    doc(
        "b133de02_wahl_annulliert_2024_12", "2024-12-07", DE02,
        [
            T("Freitag", "DATE", "2024-12-06", 0),
            T("Sonntag", "DATE", "2024-12-08"),
            T("Samstag", "DATE", "2024-12-07"),
            T("Freitagabend", "TIME", "2024-12-06TEV"),
            T("24. November", "DATE", "2024-11-24"),
            T("Mittwoch", "DATE", "2024-12-04", 0),
            T("Mittwoch", "DATE", "2024-12-04", 1),
            T("Donnerstag", "DATE", "2024-12-05"),
            T("Freitag", "DATE", "2024-12-06", 1),
            T("Dienstag", "DATE", "2024-12-03"),
            T("Freitagmorgen", "TIME", "2024-12-06TMO"),
            T("wenigen Stunden", "DURATION", "PTXH"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("16. Dezember", "DATE", "2024-12-16"),
        ],
        [
            E("Peskov rejects the interference allegations as unfounded", "REJECT", ["Dmitry Peskov"], "2024-12-07",
              "text", "occurred", "Dmitri Peskow sagte am Samstag"),
            E("Zakharova accuses the EU of switching off democracy at will", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2024-12-06TEV", "text", "occurred", "Maria Sacharowa hatte"),
            E("Romania's declassified intelligence reports point to a Russian-style state-run campaign", "ACCUSE",
              ["Russia"], "2024-12-04", "text", "occurred", "Berichte der Geheimdienste freigeben"),
            E("US State Department voices concern about Russian interference in Romania", "ACCUSE",
              ["United States", "Russia"], "2024-12-04", "text", "occurred", "Das US-Außenministerium hatte"),
            E("European Commission orders TikTok to retain all data on the Romanian elections", "REQUEST",
              ["European Union"], "2024-12-05", "text", "occurred", "Die EU-Kommission verpflichtete Tiktok"),
            E("Kallas accuses Russia of trying to manipulate elections across Europe", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2024-12-06", "text", "occurred", "Kaja Kallas sagte am Freitag"),
            E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO"], "2024-12-03", "text", "occurred",
              "Mark Rutte hatte bereits am Dienstag"),
            E("Rutte warns of Russian sabotage and disinformation in member states", "ACCUSE", ["Mark Rutte", "Russia"],
              "2024-12-03", "text", "occurred", "Mark Rutte hatte bereits am Dienstag"),
            E("Kyiv calls the campaign a textbook case of Moscow's hybrid warfare", "ACCUSE", ["Ukraine", "Russia"],
              "2024-12-07", "published", "occurred", "In Kiew sprach das Außenministerium"),
            E("EU foreign ministers to discuss hybrid threats from Russia", "CONSULT", ["European Union"],
              "2024-12-16", "text", "planned", "Die EU-Außenminister wollen am 16. Dezember"),
        ],
        [
            S("Dmitry Peskov", "The allegations are unfounded; Russia has never interfered in other countries' "
              "elections", "2024-12-07", "text", "Dmitri Peskow sagte am Samstag"),
            S("Maria Zakharova", "The EU switches democracy off at will when it dislikes a result", "2024-12-06",
              "text", "Maria Sacharowa hatte"),
            S("United States", "Concerned about reports of Russian influence; Romania's course in NATO and the EU "
              "must not be changed by foreign actors", "2024-12-04", "text", "Das US-Außenministerium hatte"),
            S("Kaja Kallas", "Russia is trying to manipulate elections across Europe; we must protect our "
              "democracies", "2024-12-06", "text", "Kaja Kallas sagte am Freitag"),
            S("Mark Rutte", "Warned of Russian sabotage and disinformation in the member states", "2024-12-03", "text",
              "Mark Rutte hatte bereits am Dienstag"),
            S("Ukraine", "Foreign ministry: a textbook example of Moscow's hybrid warfare", "2024-12-07", "published",
              "In Kiew sprach das Außenministerium"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union", "NATO", "United States",
         "Kaja Kallas", "Mark Rutte", "Ukraine"],
    ),
    doc(
        "b133de03_vance_muenchen_rumaenien_2025_02", "2025-02-16", DE03,
        [
            T("Freitag", "DATE", "2025-02-14", 0),
            T("Freitagabend", "TIME", "2025-02-14TEV"),
            T("Mittwoch", "DATE", "2025-02-12"),
            T("Samstag", "DATE", "2025-02-15", 0),
            T("Freitag", "DATE", "2025-02-14", 1),
            T("selben Tag", "DATE", "2025-02-14"),
            T("Samstag", "DATE", "2025-02-15", 1),
            T("Samstag", "DATE", "2025-02-15", 2),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2025-02-14", 2),
            T("4. Mai", "DATE", "2025-05-04"),
            T("18. Mai", "DATE", "2025-05-18"),
            T("November", "DATE", "2024-11"),
            T("aktuell", "DATE", "PRESENT_REF"),
        ],
        [
            E("Vance criticises Romania for annulling its presidential election", "ACCUSE", ["JD Vance"],
              "2025-02-14", "text", "occurred", "US-Vizepräsident JD Vance hatte am Freitag"),
            E("Romania's foreign minister rejects Vance's criticism", "REJECT", ["JD Vance"], "2025-02-14TEV", "text",
              "occurred", "widersprach noch am Freitagabend"),
            E("Interim president Bolojan: Romania takes lectures neither from Moscow nor from Washington", "REJECT",
              ["Russia", "United States"], "2025-02-15", "text", "occurred", "Übergangspräsident Ilie Bolojan"),
            E("Pistorius calls Vance's comparison unacceptable", "ACCUSE", ["Germany", "JD Vance"], "2025-02-14",
              "text", "occurred", "Boris Pistorius nannte"),
            E("Kallas: Washington seems to want to pick a fight with Europe", "ACCUSE",
              ["Kaja Kallas", "United States"], "2025-02-14", "text", "occurred", "Kaja Kallas sagte am selben Tag"),
            E("Zakharova applauds Vance's remarks on Romania", "SUPPORT", ["Maria Zakharova", "JD Vance"],
              "2025-02-15", "text", "occurred", "Beifall kam dagegen aus Moskau"),
            E("US embassy assures Romania that the United States stands by its commitments as an ally", "AGREE",
              ["United States"], "2025-02-15", "text", "occurred", "Die US-Botschaft in Bukarest"),
            E("Vance meets Zelensky in Munich", "CONSULT", ["JD Vance", "Volodymyr Zelensky"], "2025-02-14", "text",
              "occurred", "Vance selbst war am Freitag"),
        ],
        [
            S("JD Vance", "Romania annulled an election on thin suspicions of an intelligence agency and enormous "
              "pressure from its neighbours", "2025-02-14", "text", "US-Vizepräsident JD Vance hatte am Freitag"),
            S("JD Vance", "Europe must stop being afraid of its own voters", "2025-02-14", "context",
              "Europa müsse aufhören"),
            S("Germany", "Pistorius: comparing European democracies with authoritarian regimes is unacceptable",
              "2025-02-14", "text", "Boris Pistorius nannte"),
            S("Kaja Kallas", "It sounds as if Washington wants to pick a fight with us", "2025-02-14", "text",
              "Kaja Kallas sagte am selben Tag"),
            S("Maria Zakharova", "Vance said what every honest observer thinks about Romania", "2025-02-15", "text",
              "Beifall kam dagegen aus Moskau"),
            S("United States", "Embassy: the United States stands by its commitments as an ally", "2025-02-15",
              "text", "Die US-Botschaft in Bukarest"),
            S("Volodymyr Zelensky", "A good conversation with Vance", "2025-02-14", "context",
              "Vance selbst war am Freitag"),
        ],
        ["JD Vance", "United States", "Russia", "Germany", "Kaja Kallas", "European Union", "Maria Zakharova",
         "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b133de04_liveticker_stichwahl_dan_2025_05", "2025-05-19", DE04,
        [
            T("18.20 Uhr", "TIME", "2025-05-19T18:20", note=LIVE),
            T("16.45 Uhr", "TIME", "2025-05-19T16:45", note=LIVE),
            T("15.10 Uhr", "TIME", "2025-05-19T15:10", note=LIVE),
            T("13.30 Uhr", "TIME", "2025-05-19T13:30", note=LIVE),
            T("26. Mai", "DATE", "2025-05-26"),
            T("Anfang Juni", "DATE", "2025-06", mod="START"),
            T("11.05 Uhr", "TIME", "2025-05-19T11:05", note=LIVE),
            T("9.40 Uhr", "TIME", "2025-05-19T09:40", note=LIVE),
            T("Morgen", "TIME", "2025-05-19TMO"),
            T("7.30 Uhr", "TIME", "2025-05-19T07:30", note=LIVE),
            T("Sonntagabend", "TIME", "2025-05-18TEV"),
            T("Sonntag", "DATE", "2025-05-18"),
            T("Heute", "DATE", "2025-05-18", note="in Tusk's post of Sunday 18 May"),
            T("November", "DATE", "2024-11"),
        ],
        [
            E("Zelensky phones the winner Nicușor Dan", "CONSULT", ["Volodymyr Zelensky"], "2025-05-19", "published",
              "occurred", "hat mit dem Wahlsieger Nicușor Dan telefoniert"),
            E("Zelensky invites Dan to Kyiv", "REQUEST", ["Volodymyr Zelensky"], "2025-05-19", "published",
              "occurred", "hat mit dem Wahlsieger Nicușor Dan telefoniert"),
            E("France rejects Durov's claim that a Western European intelligence service asked him to block "
              "Romanian channels", "REJECT", ["France"], "2025-05-19", "published", "occurred",
              "Das französische Außenministerium hat die Behauptung"),
            E("Zakharova accuses the EU of unprecedented pressure on the result", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-05-19", "published", "occurred",
              "Maria Sacharowa warf der EU"),
            E("Rutte congratulates Dan", "SUPPORT", ["Mark Rutte"], "2025-05-19", "published", "occurred",
              "Mark Rutte gratulierte Dan"),
            E("Dan to travel to Brussels first and meet von der Leyen", "CONSULT", ["Ursula von der Leyen"],
              "2025-06", "text", "planned", "Dan kündigte an", date_mod="START"),
            E("Von der Leyen congratulates Dan", "SUPPORT", ["Ursula von der Leyen"], "2025-05-18TEV", "text",
              "occurred", "Bereits am Sonntagabend"),
            E("Macron congratulates Dan", "SUPPORT", ["Emmanuel Macron"], "2025-05-18TEV", "text", "occurred",
              "Bereits am Sonntagabend"),
            E("Tusk hails Dan's victory", "SUPPORT", ["Donald Tusk"], "2025-05-18", "context", "occurred",
              "Donald Tusk, dessen Land"),
        ],
        [
            S("Volodymyr Zelensky", "Talked with Dan about Black Sea security and joint drone production",
              "2025-05-19", "published", "Man habe über die Sicherheit"),
            S("France", "France did not interfere in the Romanian election in any way", "2025-05-19", "published",
              "Frankreich habe sich"),
            S("Dmitry Peskov", "Moscow has taken note of the result and hopes for pragmatic relations with "
              "Bucharest", "2025-05-19", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Maria Zakharova", "The EU exerted unprecedented pressure on the result", "2025-05-19", "published",
              "Maria Sacharowa warf der EU"),
            S("Mark Rutte", "Romania is an indispensable ally on the eastern flank", "2025-05-19", "published",
              "Mark Rutte gratulierte Dan"),
            S("Emmanuel Macron", "A victory against manipulation", "2025-05-18", "context",
              "Macron sprach von einem Sieg"),
            S("Donald Tusk", "Today freedom has won", "2025-05-18", "context", "Donald Tusk, dessen Land"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "France", "Kremlin", "Dmitry Peskov", "Russia", "Maria Zakharova",
         "European Union", "Mark Rutte", "NATO", "Ursula von der Leyen", "Emmanuel Macron", "Donald Tusk", "Poland"],
    ),
    doc(
        "b133de05_donauhaefen_ismajil_rom_2025_07", "2025-07-10", DE05,
        [
            T("der Nacht zum Dienstag", "TIME", "2025-07-07TNI", note="night of 7 to 8 July"),
            T("fast zwölf Stunden", "DURATION", "PT12H", mod="APPROX"),
            T("Vor zwei Wochen", "DATE", "2025-W26"),
            T("Dienstag", "DATE", "2025-07-08", 1),
            T("Mittwoch", "DATE", "2025-07-09"),
            T("ersten Halbjahr", "DATE", "2025-H1"),
            T("kürzlich", "DATE", "PAST_REF"),
            T("Mitte Juli", "DATE", "2025-07", mod="MID"),
            T("Donnerstag", "DATE", "2025-07-10"),
            T("Freitag", "DATE", "2025-07-11"),
            T("drei Jahren", "DURATION", "P3Y"),
        ],
        [
            E("Russian drones attack the Danube port of Izmail, damaging a Romanian-flagged push boat", "ASSAULT",
              ["Russia", "Ukraine"], "2025-07-07TNI", "text", "occurred", "In der Nacht zum Dienstag griffen"),
            E("A drone destroys a warehouse in Reni", "ASSAULT", ["Russia", "Ukraine"], "2025-W26", "text",
              "occurred", "Vor zwei Wochen hatte eine Drohne"),
            E("Bucharest condemns the attack as an unacceptable danger to Romanian citizens", "ACCUSE", ["Russia"],
              "2025-07-08", "text", "occurred", "verurteilte den Angriff noch am Dienstag"),
            E("Bucharest demands that Moscow stop attacking civilian shipping", "REQUEST", ["Russia"], "2025-07-08",
              "text", "occurred", "verurteilte den Angriff noch am Dienstag"),
            E("Zakharova accuses Kyiv of bringing Western weapons in through the Danube ports", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2025-07-09", "text", "occurred", "Maria Sacharowa erklärte am Mittwoch"),
            E("Zakharova calls the Danube ports legitimate targets", "THREATEN", ["Maria Zakharova", "Ukraine"],
              "2025-07-09", "text", "occurred", "Maria Sacharowa erklärte am Mittwoch"),
            E("Kyiv rejects Zakharova's claim", "REJECT", ["Ukraine", "Maria Zakharova"], "2025-07-09", "context",
              "occurred", "Die ukrainische Regierung wies das zurück"),
            E("Kyiv accuses Russia of terror against the grain trade", "ACCUSE", ["Ukraine", "Russia"], "2025-07-09",
              "context", "occurred", "Die ukrainische Regierung wies das zurück"),
            E("Romania and Ukraine agree to speed up pilotage and border clearance on the Sulina Channel", "AGREE",
              ["Ukraine"], "PAST_REF", "vague", "occurred", "haben kürzlich vereinbart"),
            E("Ukraine Recovery Conference opens in Rome", "CONSULT", ["Ukraine", "Ursula von der Leyen"], "2025-07-10",
              "text", "occurred", "die am Donnerstag in Rom begonnen hat"),
            E("Romania, Moldova and Ukraine to sign a letter of intent on developing the lower Danube", "AGREE",
              ["Ukraine"], "2025-07-11", "text", "planned", "wollen dort am Freitag"),
            E("Von der Leyen pledges 150 million euros from the Ukraine Facility for the Danube ports", "AID",
              ["Ursula von der Leyen", "Ukraine"], "2025-07-10", "context", "planned",
              "Ursula von der Leyen sagte in Rom zu"),
            E("Zelensky thanks Romania for keeping Ukraine's gate to the world open", "SUPPORT",
              ["Volodymyr Zelensky"], "2025-07-10", "context", "occurred", "Selenskyj dankte Rumänien"),
        ],
        [
            S("Ukraine", "Port administration: a grain terminal and two push-boat convoys damaged at Izmail",
              "2025-07-10", "published", "In der Nacht zum Dienstag griffen"),
            S("Maria Zakharova", "Western weapons reach Ukraine through the Danube ports, which are therefore "
              "legitimate targets", "2025-07-09", "text", "Maria Sacharowa erklärte am Mittwoch"),
            S("Ukraine", "Government rejects the claim: terror against the grain trade", "2025-07-09", "context",
              "Die ukrainische Regierung wies das zurück"),
            S("Ukraine", "About nine million tonnes passed through the Danube ports in the first half of the year",
              "2025-07-10", "published", "liefen im ersten Halbjahr"),
            S("Ursula von der Leyen", "The Commission will direct 150 million euros from the Ukraine Facility to the "
              "Danube ports and the Solidarity Lanes", "2025-07-10", "context", "Ursula von der Leyen sagte in Rom zu"),
            S("Volodymyr Zelensky", "Thanks Romania for keeping Ukraine's gate to the world open for three years",
              "2025-07-10", "context", "Selenskyj dankte Rumänien"),
        ],
        ["Russia", "Ukraine", "Maria Zakharova", "Ursula von der Leyen", "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b133de06_us_abzug_rumaenien_fragen_2025_10", "2025-10-30", DE06,
        [
            T("Mittwoch", "DATE", "2025-10-29"),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("Jahresende", "DATE", "2025", mod="END"),
            T("neun Monate", "DURATION", "P9M"),
            T("Donnerstag", "DATE", "2025-10-30", 0),
            T("2022", "DATE", "2022"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("September", "DATE", "2025-09"),
            T("Mittwochabend", "TIME", "2025-10-29TEV"),
            T("Donnerstag", "DATE", "2025-10-30", 1),
            T("Frühjahr", "DATE", "2025-SP"),
            T("derzeit", "DATE", "PRESENT_REF", 1),
            T("12. November", "DATE", "2025-11-12"),
        ],
        [
            E("US brigade of the 101st Airborne to leave Romania without replacement at the end of the year",
              "RETREAT", ["United States"], "2025", "text", "planned", "Das Pentagon teilte am Mittwoch mit",
              date_mod="END", note="announced on Wednesday 29 October 2025"),
            E("Washington: the decision is no signal of a lesser commitment to Europe", "AGREE",
              ["United States"], "2025-10-29", "context", "occurred", "hieß es aus Washington"),
            E("France has led NATO's battlegroup in Romania since 2022", "MOBILIZE", ["France", "NATO"], "2022",
              "text", "occurred", "Frankreich führt seit 2022", date_mod="START"),
            E("France announced it would reinforce its troops in Romania", "MOBILIZE", ["France"], "PAST_REF",
              "vague", "planned", "Frankreich führt seit 2022"),
            E("A Russian drone enters Romanian airspace during an attack on Ukrainian Danube ports", "ASSAULT",
              ["Russia", "Ukraine"], "2025-09", "text", "occurred", "Im September war während"),
            E("NATO reinforces air defence in the east with Eastern Sentry", "MOBILIZE", ["NATO"], "2025-09", "text",
              "occurred", "Im September war während"),
            E("Pistorius calls on the Europeans not to let gaps open", "REQUEST", ["Germany", "European Union"],
              "2025-10-29TEV", "text", "occurred", "Boris Pistorius forderte am Mittwochabend"),
            E("Peskov welcomes any reduction of US troops near Russia's borders", "SUPPORT",
              ["Dmitry Peskov", "United States"], "2025-10-30", "text", "occurred",
              "Dmitri Peskow begrüßte am Donnerstag"),
            E("Trump demanded that the Europeans pay for their own security", "REQUEST",
              ["Donald Trump", "European Union"], "2025-SP", "text", "occurred", "hatte bereits im Frühjahr verlangt"),
            E("Romanian and US defence ministers to meet in Washington", "CONSULT", ["United States"], "2025-11-12",
              "text", "planned", "wollen am 12. November in Washington"),
        ],
        [
            S("United States", "Pentagon: the 101st Airborne brigade returns from Romania without replacement at "
              "the end of the year", "2025-10-29", "text", "Das Pentagon teilte am Mittwoch mit"),
            S("United States", "Part of a global posture review, no signal of a lesser commitment to Europe",
              "2025-10-29", "context", "hieß es aus Washington"),
            S("Mark Rutte", "Deterrence on the eastern flank remains fully credible", "2025-10-30", "text",
              "Mark Rutte sagte am Donnerstag"),
            S("Germany", "Pistorius: the Europeans must not let gaps open", "2025-10-29", "text",
              "Boris Pistorius forderte am Mittwochabend"),
            S("Dmitry Peskov", "Welcomes any reduction of US troops near Russia's borders", "2025-10-30", "text",
              "Dmitri Peskow begrüßte am Donnerstag"),
            S("United States", "Army spokesman in Vilseck: no changes planned for the 2nd Cavalry Regiment",
              "2025-10-30", "published", "Nach Angaben eines Sprechers der US-Armee"),
        ],
        ["United States", "NATO", "Mark Rutte", "France", "Russia", "Ukraine", "Germany", "European Union", "Kremlin",
         "Dmitry Peskov", "Donald Trump"],
    ),
]
