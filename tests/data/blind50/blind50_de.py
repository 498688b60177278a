"""German articles of the blind50 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b50de01 (RTL.de, live ticker)
DE01 = """
Ukraine-Krieg im Live-Ticker: Trump telefoniert mit Putin – Kreml knüpft Gipfel an Bedingungen

21:05 Uhr: Kremlsprecher Dmitri Peskow hat den Europäern vorgeworfen, die Bemühungen um ein Gipfeltreffen zu hintertreiben.
„Jedes Mal, wenn sich ein Fenster öffnet, versuchen Berlin und Brüssel, es wieder zuzuschlagen“, sagte Peskow im Staatsfernsehen.
Einen Termin für ein Treffen zwischen Präsident Wladimir Putin und US-Präsident Donald Trump gebe es derzeit nicht.

19:40 Uhr: Der türkische Präsident Recep Tayyip Erdoğan hat Istanbul erneut als Ort für einen Dreiergipfel angeboten.
Die Türkei sei bereit, Trump, Putin und den ukrainischen Präsidenten Wolodymyr Selenskyj „noch im März“ zu empfangen, sagte Erdoğan in Ankara.
Außenminister Hakan Fidan soll nach Angaben aus Ankara am Mittwoch zu Gesprächen nach Moskau reisen.

18:15 Uhr: Bundeskanzler Friedrich Merz hat Putin vor einer Hinhaltetaktik gewarnt.
Wer ernsthaft Frieden wolle, stimme zuerst einer bedingungslosen Waffenruhe zu, statt immer neue Forderungen zu stellen, sagte Merz am Rande eines Besuchs in Hannover.
Deutschland werde der Ukraine noch in diesem Monat zwei weitere Iris-T-Systeme übergeben, kündigte Merz an.

16:50 Uhr: EU-Außenbeauftragte Kaja Kallas hat neue Strafmaßnahmen gegen die russische Schattenflotte angekündigt.
Die Kommission werde den Mitgliedstaaten in der kommenden Woche einen Vorschlag vorlegen, sagte Kallas in Brüssel.
Ein Gipfel ohne vorherige Waffenruhe wäre „ein Geschenk an Moskau“, fügte sie hinzu.

14:30 Uhr: Selenskyj hat die vom Kreml genannten Bedingungen zurückgewiesen.
Die Ukraine werde ihre Truppen nicht aus dem Donbass abziehen, „weder für einen Gipfel noch für ein Foto mit Putin“, sagte er in Kiew.
Er sei aber bereit, Putin in Istanbul zu treffen, wenn vorher die Waffen schwiegen.

13:10 Uhr: Putins außenpolitischer Berater Juri Uschakow hat Einzelheiten des Telefonats vom Sonntagabend genannt.
Putin habe Trump gesagt, ein Treffen sei möglich, sobald Experten beider Seiten ein „unterschriftsreifes Dokument“ vorbereitet hätten, sagte Uschakow der Agentur Tass.
Voraussetzung für eine Waffenruhe bleibe der Abzug der ukrainischen Truppen aus dem Gebiet Donezk.
Das Gespräch habe fast zwei Stunden gedauert.

11:45 Uhr: Selenskyj hat am Vormittag mit Trump telefoniert.
Das Gespräch sei „offen und lang“ gewesen, schrieb Selenskyj auf X.
Trump habe ihn über sein Telefonat mit Putin unterrichtet und ihm weitere Patriot-Raketen über das Nato-Programm PURL zugesagt.

9:20 Uhr: Trump hat sein Telefonat mit Putin als „sehr produktiv“ bezeichnet.
Putin und er hätten vereinbart, dass sich ihre Unterhändler „sehr bald“ treffen, schrieb der US-Präsident in der Nacht auf seiner Plattform Truth Social.
Sollte Moskau die Gespräche verschleppen, werde er neue Zölle gegen die Abnehmer russischen Öls verhängen.

7:30 Uhr: Russland hat die Ukraine in der Nacht zum Montag mit mehr als 300 Drohnen und 20 Raketen angegriffen.
In Charkiw und Odessa wurden nach Behördenangaben mindestens vier Menschen getötet, zahlreiche Umspannwerke fielen aus.

6:00 Uhr: Willkommen zu unserem Live-Ticker, in dem wir die Entwicklungen im Ukraine-Krieg auch heute begleiten.
Am Sonntagabend hatten Trump und Putin zum ersten Mal seit Dezember miteinander telefoniert.
"""

# ---------------------------------------------------------------- b50de02 (nau.ch, news ticker)
DE02 = """
Johnson am Unabhängigkeitstag in Kiew, Milliarden aus Washington – der Ukraine-Ticker

22.40 Uhr: Beim russischen Raketenangriff auf den Bahnhof von Tschaplyne in der Region Dnipropetrowsk sind nach ukrainischen Angaben mindestens 22 Menschen getötet worden.
Präsident Wolodymyr Selenskyj hatte den Angriff am Nachmittag in einer Videoschaltung mit dem UNO-Sicherheitsrat publik gemacht.
«Das ist unser Alltag», sagte er.

20.05 Uhr: Der UNO-Sicherheitsrat hat in New York über die Lage in der Ukraine beraten.
Russland hatte vergeblich verlangt, dass Selenskyj nur persönlich und nicht per Video teilnehmen dürfe; 13 der 15 Mitglieder stimmten für die Zuschaltung, China enthielt sich.
UNO-Generalsekretär António Guterres sprach von einem «traurigen und tragischen Meilenstein» und forderte erneut, den Experten der IAEA Zugang zum AKW Saporischschja zu gewähren.

18.30 Uhr: Die USA schnüren ihr bisher grösstes Militärhilfepaket für die Ukraine.
Präsident Joe Biden kündigte Waffen und Ausrüstung im Wert von knapp drei Milliarden Dollar an, darunter Luftabwehrsysteme und Drohnen, die zum Teil erst in einigen Jahren geliefert werden.
Es gehe darum, dass die Ukraine sich «auf lange Sicht» verteidigen könne, hiess es aus dem Weissen Haus.

16.15 Uhr: Der britische Premierminister Boris Johnson ist überraschend nach Kiew gereist.
Bei einem Treffen mit Selenskyj sagte er weitere 54 Millionen Pfund für Drohnen und Minenräumgeräte zu.
Die Ukraine könne und werde diesen Krieg gewinnen, sagte Johnson, der Anfang September aus dem Amt scheidet.

14.00 Uhr: Bundespräsident Ignazio Cassis hat der Ukraine zum Jahrestag ihrer Unabhängigkeit gratuliert.
Die Schweiz stehe an der Seite der Menschen in der Ukraine und werde sich weiter für deren Schutz einsetzen, schrieb Cassis auf Twitter.
Bereits am Dienstag hatte er sich per Video zum Gipfel der sogenannten Krim-Plattform in Kiew zugeschaltet, an dem auch Bundeskanzler Olaf Scholz online teilnahm.
Scholz kündigte dort weitere Waffenlieferungen im Wert von mehr als 500 Millionen Euro an, darunter Flugabwehrsysteme vom Typ Iris-T.

12.20 Uhr: Der russische Verteidigungsminister Sergei Schoigu hat eingeräumt, dass die Offensive in der Ukraine langsamer vorankommt.
Dies geschehe bewusst, um Opfer unter der Zivilbevölkerung zu vermeiden, behauptete Schoigu bei einem Treffen mit seinen Amtskollegen der Shanghaier Organisation in Taschkent.
Kremlsprecher Dmitri Peskow sagte, für Verhandlungen mit Kiew gebe es derzeit keine Grundlage.

10.45 Uhr: In seiner Ansprache zum Jahrestag hat Selenskyj jedem Kompromiss auf Kosten ukrainischen Territoriums eine Absage erteilt.
Die Ukraine werde die besetzten Gebiete einschliesslich der Krim zurückholen, «bis zum Ende», sagte er in einer vorab aufgezeichneten Videobotschaft.
Öffentliche Feiern sind in Kiew verboten, nachdem die US-Botschaft am Montag vor verstärkten russischen Angriffen in dieser Woche gewarnt hatte.

8.00 Uhr: Die Ukraine feiert heute ihre Unabhängigkeit von der Sowjetunion – genau ein halbes Jahr nach dem russischen Einmarsch vom 24. Februar.
Die Nacht verlief in Kiew nach Angaben der Stadtverwaltung ruhig, in der Region Charkiw wurden dagegen erneut Wohngebiete beschossen.
Wir halten Sie in diesem Ticker über die Entwicklungen auf dem Laufenden.
"""

# ---------------------------------------------------------------- b50de03 (The Pioneer, Morning Briefing)
DE03 = """
Morning Briefing: Blutiger Palmsonntag in Sumy – und Trump spricht von einem „Fehler“

Guten Morgen!

Zwei ballistische Raketen haben am gestrigen Palmsonntag das Zentrum der nordostukrainischen Stadt Sumy getroffen, als viele Menschen auf dem Weg zum Gottesdienst waren.
Nach Angaben der ukrainischen Behörden wurden mindestens 34 Menschen getötet, darunter zwei Kinder, mehr als hundert wurden verletzt.
Es ist der schwerste Angriff auf Zivilisten in diesem Jahr, und er trifft die amerikanische Friedensdiplomatie an ihrer empfindlichsten Stelle.

Präsident Wolodymyr Selenskyj sprach von einem Verbrechen, zu dem „nur Abschaum“ fähig sei, und verlangte von Amerika und Europa eine harte Antwort.
In einem Interview mit dem US-Sender CBS, das am Sonntagabend ausgestrahlt wurde, lud er Donald Trump ein, vor jeder Entscheidung über Verhandlungen in die Ukraine zu kommen und sich die Zerstörung selbst anzusehen.
Der US-Präsident reagierte an Bord der Air Force One zurückhaltend: Der Angriff sei „schrecklich“, ihm sei aber gesagt worden, die Russen hätten „einen Fehler gemacht“.

Deutlicher wurde sein Sondergesandter Keith Kellogg, der schrieb, der Angriff überschreite „jede Grenze des Anstands“.
Erst am Freitag hatte Trumps Unterhändler Steve Witkoff in St. Petersburg mehr als vier Stunden mit Wladimir Putin gesprochen.
Der Kreml ließ danach wissen, man solle keine schnellen Durchbrüche erwarten; Trump hatte Moskau am selben Tag auf seiner Plattform aufgefordert, sich endlich „in Bewegung zu setzen“.

In Berlin nannte der designierte Kanzler Friedrich Merz den Angriff in der ARD ein „schweres Kriegsverbrechen“.
Merz bekräftigte, er sei bereit, der Ukraine Taurus-Marschflugkörper zu liefern, allerdings nur in Abstimmung mit den europäischen Partnern.
Der geschäftsführende Kanzler Olaf Scholz, der eine solche Lieferung immer abgelehnt hat, sprach auf X von einem „barbarischen“ Angriff.

Heute beraten die EU-Außenminister in Luxemburg.
Die Außenbeauftragte Kaja Kallas will dort nach Angaben von Diplomaten über ein 17. Sanktionspaket und über zusätzliche Munition für Kiew sprechen.
Russland zeige mit jedem Angriff, dass es keinen Frieden wolle, hatte Kallas am Wochenende erklärt.

Die Lehre dieses Wochenendes: Wer Putin Zeit schenkt, bekommt keinen Frieden, sondern Sumy.
Trump hat Moskau und Kiew zuletzt eine Frist von wenigen Wochen gesetzt – ob er sie gegen den Kreml auch durchsetzt, ist die offene Frage dieses Frühjahrs.

Ich wünsche Ihnen einen nachdenklichen Start in diese Woche.
Es grüßt Sie herzlich Ihr Pioneer-Team.
"""

# ---------------------------------------------------------------- b50de04 (Antenne Bayern, radio news)
DE04 = """
Antenne Bayern Nachrichten, 7 Uhr: Schwere Angriffe auf Kiew – Trump will heute mit Putin telefonieren

München. Russland hat die Ukraine in der Nacht mit mehr als 400 Drohnen und rund 40 Raketen angegriffen.
Schwerpunkt war die Hauptstadt Kiew, wo nach Angaben von Bürgermeister Vitali Klitschko drei Menschen getötet wurden.
In weiten Teilen der Stadt fielen Strom und Heizung aus, bei Temperaturen von bis zu minus 15 Grad.
Präsident Selenskyj warf Kremlchef Putin vor, den Winter gezielt als Waffe gegen Zivilisten einzusetzen, und bat die westlichen Partner um zusätzliche Flugabwehr.

US-Präsident Donald Trump will noch heute mit Putin telefonieren.
Das hat das Weiße Haus bestätigt.
Trump sagte am Sonntagabend vor Journalisten, er werde Putin klarmachen, dass das Töten aufhören müsse.
Sollte Moskau einer Waffenruhe weiter ausweichen, werde er neue Sanktionen gegen russische Banken verhängen, so Trump.
Kremlsprecher Peskow sagte, Präsident Putin sei zu dem Gespräch bereit, an den russischen Positionen ändere das aber nichts.

Bundeskanzler Friedrich Merz hat der Ukraine weitere Hilfe für den Winter zugesagt.
Deutschland stelle zusätzlich 170 Millionen Euro für Generatoren und mobile Heizkraftwerke bereit, sagte Merz am Sonntag beim Neujahrsempfang der bayerischen Wirtschaft in München.
Zugleich forderte der Kanzler Putin auf, die Angriffe auf die Energieversorgung einzustellen.

Nato-Generalsekretär Mark Rutte hat die Verbündeten aufgerufen, der Ukraine schneller Luftabwehrsysteme zu liefern.
Es gehe um Menschenleben, sagte Rutte in Brüssel.
Die Verteidigungsminister der Allianz wollen Mitte Februar über weitere Lieferungen beraten.

Die Unterhändler der USA, Russlands und der Ukraine sollen sich nach Angaben aus Kiew Ende Januar in Genf erneut treffen.
Der ukrainische Chefunterhändler Rustem Umerow sagte, Kiew sei zu einer Waffenruhe entlang der Frontlinie bereit, nicht aber zum Rückzug aus dem Donbass.
Moskau verlangt diesen Rückzug als Vorbedingung.

In Bayern leben derzeit rund 150.000 Geflüchtete aus der Ukraine.
Sozialministerin Ulrike Scharf kündigte an, die Förderung von Sprachkursen auch in diesem Jahr fortzusetzen.

Und das Wetter: Heute in ganz Bayern viel Sonne, die Höchstwerte liegen zwischen minus sechs und null Grad.
In der Nacht strenger Frost bis minus 18 Grad, am Dienstag von Westen her Schneefall.
"""

# ---------------------------------------------------------------- b50de05 (watson.de, explainer)
DE05 = """
Russland stoppt die Genfer Gespräche: Was wir wissen – und was nicht

Es sollte die vierte Runde werden, doch daraus wird erst einmal nichts: Russland hat seine Teilnahme an den Friedensgesprächen mit der Ukraine und den USA in Genf ausgesetzt.
Ein Überblick.

Was ist passiert?

Kremlsprecher Dmitri Peskow erklärte am Mittwoch, Moskau lege die Gespräche „auf Pause“.
Unter solchen Umständen könne man sich mit Kiew nicht an einen Tisch setzen, sagte er.
Die russische Delegation unter Leitung von Präsidentenberater Wladimir Medinski werde nicht wie geplant am 12. August nach Genf reisen.

Warum?

Auslöser ist ein ukrainischer Angriff mit Seedrohnen auf den Hafen von Noworossijsk in der Nacht zum Mittwoch.
Dabei wurden nach russischen Angaben zwei Tanker und ein Ölverladeterminal beschädigt, ein Seemann kam ums Leben.
Außenamtssprecherin Maria Sacharowa warf Kiew vor, die Verhandlungen „bewusst torpediert“ zu haben, und drohte mit einer „harten Antwort“.

Was sagt Kiew?

Präsident Wolodymyr Selenskyj warf Moskau vor, nur nach einem Vorwand gesucht zu haben, um die Gespräche platzen zu lassen.
Der Angriff habe einem militärischen Ziel gegolten, über das Russland seinen Krieg finanziere, sagte er in seiner Videoansprache am Mittwochabend.
Die Ukraine sei bereit, die Gespräche ohne Vorbedingungen fortzusetzen, erklärte Außenminister Andrij Sybiha.

Und Washington?

US-Präsident Donald Trump zeigte sich „sehr unzufrieden“ – und zwar mit beiden Seiten.
Er werde in den nächsten Tagen mit Wladimir Putin sprechen, sagte Trump am Mittwochabend (Ortszeit) im Weißen Haus.
Wer die Gespräche blockiere, müsse mit Konsequenzen rechnen: Russland mit Zöllen gegen seine Ölkunden, die Ukraine mit weniger amerikanischer Unterstützung.
Sondergesandter Steve Witkoff soll nach Informationen des Portals Axios bereits mit dem Kremlbeauftragten Kirill Dmitrijew telefoniert haben.

Wie geht es weiter?

Der türkische Präsident Recep Tayyip Erdoğan bot an, die Gespräche notfalls in Istanbul fortzusetzen.
Die Schweiz bedauerte die Absage, hält die Räume in Genf nach Angaben des Außendepartements in Bern aber bereit.
EU-Außenbeauftragte Kaja Kallas sagte, Russland habe nie ernsthaft verhandeln wollen, und forderte schärfere Sanktionen.
Ob die Runde nachgeholt wird, ist offen – ebenso, ob Russland wie angedroht zurückschlägt.

Seit Februar haben sich die Delegationen dreimal in Genf getroffen.
Bei der letzten Runde Mitte Juli einigten sie sich auf den Austausch von jeweils 300 Kriegsgefangenen, in der Frage der Gebiete im Donbass gab es dagegen keine Annäherung.
"""

# ---------------------------------------------------------------- b50de06 (Die Furche, weekly review)
DE06 = """
Die Woche, in der die Eskalation einen neuen Namen bekam

Eine Rückschau auf sieben Tage Krieg in der Ukraine: von Bidens später Kehrtwende bis zu Putins neuer Rakete.

Begonnen hatte diese Woche genau genommen am vergangenen Sonntag, als amerikanische Medien berichteten, Präsident Joe Biden erlaube der Ukraine, mit weitreichenden ATACMS-Raketen Ziele auf russischem Staatsgebiet anzugreifen.
Zwei Tage zuvor hatte Bundeskanzler Olaf Scholz erstmals seit fast zwei Jahren mit Kreml-Chef Wladimir Putin telefoniert – ein Anruf, der nach den Worten von Wolodymyr Selenskyj die „Büchse der Pandora“ geöffnet habe.

Am Montag kam die Antwort aus Moskau.
Kremlsprecher Dmitri Peskow warf Washington vor, „Öl ins Feuer“ zu gießen, Außenminister Sergej Lawrow drohte am Rande des G20-Gipfels in Rio de Janeiro mit einer „angemessenen“ Reaktion.

Am Dienstag, dem tausendsten Tag des Krieges, schlugen erstmals ATACMS-Raketen in der russischen Region Brjansk ein.
Noch am selben Tag unterzeichnete Putin eine überarbeitete Nukleardoktrin, die den Einsatz von Atomwaffen auch gegen Staaten ohne solche Waffen erlaubt, wenn eine Atommacht sie unterstützt.
Selenskyj bat das Europaparlament per Video um mehr Flugabwehr und warnte, Putin werde „nicht von selbst aufhören“.

Am Mittwoch blieb die US-Botschaft in Kiew geschlossen, weil Washington einen besonders schweren Luftangriff befürchtete.
Biden genehmigte zudem die Lieferung von Antipersonenminen an Kiew, und die Ukraine setzte britischen Berichten zufolge erstmals Storm-Shadow-Marschflugkörper gegen Ziele im Gebiet Kursk ein.

Dann der Donnerstag.
Im Morgengrauen traf eine neuartige russische Mittelstreckenrakete das Raketenwerk Piwdenmasch in Dnipro.
Putin trat am Abend im Staatsfernsehen auf, nannte die Waffe „Oreschnik“ und erklärte, Russland habe das Recht, militärische Einrichtungen von Ländern wie den USA und Großbritannien anzugreifen, die der Ukraine den Einsatz ihrer Waffen gegen Russland erlaubten.
Washington sei vorab über den Kanal zur Verringerung nuklearer Risiken informiert worden, bestätigte Peskow am Freitag.
Selenskyj sprach noch am Donnerstag von einer „neuen Stufe der Eskalation“ und verlangte eine Sitzung des Nato-Ukraine-Rats, die das Bündnis für kommenden Dienstag ansetzte.
Am Freitag kündigte Putin die Serienproduktion der Rakete an.

In Wien warnte Außenminister Alexander Schallenberg vor einer „Spirale ohne Ausstieg“.
Zugleich wurde bekannt, dass Gazprom seine Lieferungen an die OMV am Wochenende eingestellt hat – der Krieg rückt den Österreichern heuer ein weiteres Stück näher.

Offen bleibt, was von alldem nach dem Amtsantritt Donald Trumps im Jänner Bestand hat.
Nato-Generalsekretär Mark Rutte reiste am Freitag nach Florida, um den künftigen Präsidenten zu treffen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


RTL = "live-ticker time (CET)"
NAU = "ticker time (CEST)"
RADIO = "bulletin time (CET)"

DOCS = [
    doc(
        "b50de01_liveticker_trump_putin_istanbul_2026_03", "2026-03-02", DE01,
        [
            T("21:05 Uhr", "TIME", "2026-03-02T21:05", note=RTL),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("19:40 Uhr", "TIME", "2026-03-02T19:40", note=RTL),
            T("März", "DATE", "2026-03", note="in Erdoğan's quote"),
            T("Mittwoch", "DATE", "2026-03-04"),
            T("18:15 Uhr", "TIME", "2026-03-02T18:15", note=RTL),
            T("diesem Monat", "DATE", "2026-03"),
            T("16:50 Uhr", "TIME", "2026-03-02T16:50", note=RTL),
            T("der kommenden Woche", "DATE", "2026-W11"),
            T("14:30 Uhr", "TIME", "2026-03-02T14:30", note=RTL),
            T("13:10 Uhr", "TIME", "2026-03-02T13:10", note=RTL),
            T("Sonntagabend", "TIME", "2026-03-01TEV", 0),
            T("fast zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("11:45 Uhr", "TIME", "2026-03-02T11:45", note=RTL),
            T("Vormittag", "TIME", "2026-03-02TMO"),
            T("9:20 Uhr", "TIME", "2026-03-02T09:20", note=RTL),
            T("sehr bald", "DATE", "FUTURE_REF"),
            T("der Nacht", "TIME", "2026-03-01TNI", 0, note="night of 1 to 2 March"),
            T("7:30 Uhr", "TIME", "2026-03-02T07:30", note=RTL),
            T("der Nacht zum Montag", "TIME", "2026-03-01TNI", note="night of 1 to 2 March"),
            T("6:00 Uhr", "TIME", "2026-03-02T06:00", note=RTL),
            T("heute", "DATE", "2026-03-02"),
            T("Sonntagabend", "TIME", "2026-03-01TEV", 1),
            T("Dezember", "DATE", "2025-12"),
        ],
        [
            E("Peskov accuses the Europeans of undermining the efforts for a summit", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-03-02", "published", "occurred", "den Europäern vorgeworfen"),
            E("Erdoğan offers Istanbul again as venue for a Trump–Putin–Zelensky summit", "REQUEST",
              ["Recep Tayyip Erdoğan", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2026-03-02",
              "published", "occurred", "Istanbul erneut als Ort für einen Dreiergipfel"),
            E("Possible three-way summit in Istanbul in March", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Turkey"], "2026-03", "text", "uncertain",
              "noch im März"),
            E("Fidan to travel to Moscow for talks", "CONSULT", ["Hakan Fidan", "Russia"], "2026-03-04", "text",
              "planned", "Außenminister Hakan Fidan soll"),
            E("Merz warns Putin against stalling", "REQUEST", ["Friedrich Merz", "Vladimir Putin"], "2026-03-02",
              "published", "occurred", "vor einer Hinhaltetaktik gewarnt"),
            E("Merz demands that an unconditional ceasefire come first", "REQUEST", ["Friedrich Merz", "Vladimir Putin"],
              "2026-03-02", "published", "occurred", "Wer ernsthaft Frieden wolle"),
            E("Germany to hand over two more IRIS-T systems to Ukraine this month", "AID", ["Germany", "Ukraine"],
              "2026-03", "text", "planned", "zwei weitere Iris-T-Systeme"),
            E("Commission to propose new measures against Russia's shadow fleet next week", "SANCTION",
              ["Kaja Kallas", "European Union", "Russia"], "2026-W11", "text", "planned",
              "Die Kommission werde den Mitgliedstaaten"),
            E("Zelensky rejects the Kremlin's conditions", "REJECT", ["Volodymyr Zelensky", "Kremlin"], "2026-03-02",
              "published", "occurred", "die vom Kreml genannten Bedingungen zurückgewiesen"),
            E("Zelensky ready to meet Putin in Istanbul if the guns fall silent first", "AGREE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-03-02", "published", "occurred",
              "Er sei aber bereit, Putin in Istanbul"),
            E("Zelensky makes a ceasefire the condition for a meeting", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-03-02", "published", "occurred", "Er sei aber bereit, Putin in Istanbul"),
            E("Putin tells Trump a meeting is possible once experts have a signature-ready document", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2026-03-01TEV", "context", "occurred", "Putin habe Trump gesagt"),
            E("Putin demands a signature-ready expert document before a meeting", "REQUEST",
              ["Vladimir Putin", "Donald Trump"], "2026-03-01TEV", "context", "occurred", "Putin habe Trump gesagt"),
            E("Ushakov: withdrawal of Ukrainian troops from Donetsk remains the condition for a ceasefire", "REQUEST",
              ["Yuri Ushakov", "Ukraine"], "2026-03-02", "published", "occurred", "Voraussetzung für eine Waffenruhe"),
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2026-03-02TMO", "text",
              "occurred", "hat am Vormittag mit Trump telefoniert"),
            E("Trump promises more Patriot missiles through NATO's PURL programme", "AID",
              ["Donald Trump", "Volodymyr Zelensky", "NATO"], "2026-03-02TMO", "context", "occurred",
              "weitere Patriot-Raketen über das Nato-Programm PURL"),
            E("Trump and Putin agree that their negotiators meet very soon", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2026-03-01TEV", "context", "occurred", "Putin und er hätten vereinbart",
              note="agreed in the Sunday-evening call; Trump wrote about it in the night"),
            E("US and Russian negotiators to meet very soon", "CONSULT", ["United States", "Russia"], "FUTURE_REF",
              "vague", "planned", "Putin und er hätten vereinbart"),
            E("Trump threatens new tariffs on buyers of Russian oil if Moscow stalls", "THREATEN",
              ["Donald Trump", "Russia"], "2026-03-01TNI", "context", "occurred", "Sollte Moskau die Gespräche"),
            E("Russian drone and missile attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2026-03-01TNI", "text",
              "occurred", "in der Nacht zum Montag mit mehr als 300 Drohnen"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-03-01TEV", "text",
              "occurred", "Am Sonntagabend hatten Trump und Putin"),
            E("Previous Trump–Putin phone call in December", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-12",
              "text", "occurred", "Am Sonntagabend hatten Trump und Putin"),
        ],
        [
            S("Dmitry Peskov", "Every time a window opens, Berlin and Brussels try to slam it shut", "2026-03-02",
              "published", "Jedes Mal, wenn sich ein Fenster öffnet"),
            S("Dmitry Peskov", "There is currently no date for a Putin–Trump meeting", "2026-03-02", "published",
              "Einen Termin für ein Treffen"),
            S("Recep Tayyip Erdoğan", "Turkey is ready to host Trump, Putin and Zelensky in March", "2026-03-02",
              "published", "noch im März"),
            S("Turkey", "Fidan is to travel to Moscow on Wednesday", "2026-03-02", "published",
              "Außenminister Hakan Fidan soll"),
            S("Friedrich Merz", "Whoever wants peace agrees to an unconditional ceasefire first", "2026-03-02",
              "published", "Wer ernsthaft Frieden wolle"),
            S("Friedrich Merz", "Germany will hand over two more IRIS-T systems this month", "2026-03-02", "published",
              "zwei weitere Iris-T-Systeme"),
            S("Kaja Kallas", "The Commission will put a proposal to member states next week", "2026-03-02", "published",
              "Die Kommission werde den Mitgliedstaaten"),
            S("Kaja Kallas", "A summit without a prior ceasefire would be a gift to Moscow", "2026-03-02", "published",
              "ein Geschenk an Moskau"),
            S("Volodymyr Zelensky", "Ukraine will not withdraw from the Donbas, neither for a summit nor for a photo",
              "2026-03-02", "published", "weder für einen Gipfel"),
            S("Volodymyr Zelensky", "Ready to meet Putin in Istanbul if the guns fall silent first", "2026-03-02",
              "published", "Er sei aber bereit, Putin in Istanbul"),
            S("Vladimir Putin, via Yuri Ushakov", "A meeting is possible once experts have a signature-ready document",
              "2026-03-01TEV", "context", "Putin habe Trump gesagt"),
            S("Yuri Ushakov", "Withdrawal from the Donetsk region remains the condition for a ceasefire", "2026-03-02",
              "published", "Voraussetzung für eine Waffenruhe"),
            S("Yuri Ushakov", "The call lasted almost two hours", "2026-03-02", "published", "fast zwei Stunden"),
            S("Volodymyr Zelensky", "The call with Trump was open and long", "2026-03-02", "published",
              "offen und lang"),
            S("Donald Trump, via Volodymyr Zelensky", "Briefed him on the Putin call and promised more Patriot missiles",
              "2026-03-02TMO", "context", "weitere Patriot-Raketen über das Nato-Programm PURL"),
            S("Donald Trump", "The call with Putin was very productive", "2026-03-01TNI", "context",
              "als „sehr produktiv“ bezeichnet"),
            S("Donald Trump", "He and Putin agreed that their negotiators meet very soon", "2026-03-01TNI", "text",
              "Putin und er hätten vereinbart"),
            S("Donald Trump", "Will impose new tariffs on buyers of Russian oil if Moscow stalls", "2026-03-01TNI",
              "context", "Sollte Moskau die Gespräche"),
            S("Ukraine", "At least four people killed in Kharkiv and Odesa", "2026-03-02", "published",
              "nach Behördenangaben"),
        ],
        ["Kremlin", "Dmitry Peskov", "European Union", "Germany", "Vladimir Putin", "Donald Trump", "United States",
         "Recep Tayyip Erdoğan", "Turkey", "Volodymyr Zelensky", "Ukraine", "Hakan Fidan", "Russia", "Friedrich Merz",
         "Kaja Kallas", "Yuri Ushakov", "NATO"],
    ),
    doc(
        "b50de02_ticker_unabhaengigkeitstag_johnson_2022_08", "2022-08-24", DE02,
        [
            T("Unabhängigkeitstag", "DATE", "2022-08-24"),
            T("22.40 Uhr", "TIME", "2022-08-24T22:40", note=NAU),
            T("Nachmittag", "TIME", "2022-08-24TAF"),
            T("20.05 Uhr", "TIME", "2022-08-24T20:05", note=NAU),
            T("18.30 Uhr", "TIME", "2022-08-24T18:30", note=NAU),
            T("einigen Jahren", "DURATION", "PXY", note="deliveries in some years' time"),
            T("16.15 Uhr", "TIME", "2022-08-24T16:15", note=NAU),
            T("Anfang September", "DATE", "2022-09", mod="START"),
            T("14.00 Uhr", "TIME", "2022-08-24T14:00", note=NAU),
            T("Dienstag", "DATE", "2022-08-23"),
            T("12.20 Uhr", "TIME", "2022-08-24T12:20", note=NAU),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("10.45 Uhr", "TIME", "2022-08-24T10:45", note=NAU),
            T("Montag", "DATE", "2022-08-22"),
            T("dieser Woche", "DATE", "2022-W34"),
            T("8.00 Uhr", "TIME", "2022-08-24T08:00", note=NAU),
            T("heute", "DATE", "2022-08-24"),
            T("24. Februar", "DATE", "2022-02-24"),
            T("Die Nacht", "TIME", "2022-08-23TNI", note="night of 23 to 24 August"),
        ],
        [
            E("Russian missile strike on the railway station of Chaplyne", "ASSAULT", ["Russia", "Ukraine"],
              "2022-08-24", "published", "occurred", "Raketenangriff auf den Bahnhof von Tschaplyne"),
            E("Zelensky addresses the UN Security Council by video", "CONSULT", ["Volodymyr Zelensky", "United Nations"],
              "2022-08-24TAF", "text", "occurred", "am Nachmittag in einer Videoschaltung"),
            E("UN Security Council meets on the situation in Ukraine", "CONSULT", ["United Nations", "Ukraine"],
              "2022-08-24", "published", "occurred", "hat in New York über die Lage in der Ukraine beraten"),
            E("Russia demands that Zelensky take part only in person", "REQUEST",
              ["Russia", "United Nations", "Volodymyr Zelensky"], "2022-08-24", "context", "occurred",
              "Russland hatte vergeblich verlangt"),
            E("The Council votes to let Zelensky take part by video", "AGREE", ["United Nations", "Volodymyr Zelensky"],
              "2022-08-24", "context", "occurred", "Russland hatte vergeblich verlangt"),
            E("Guterres calls again for IAEA access to the Zaporizhzhia plant", "REQUEST", ["António Guterres", "IAEA"],
              "2022-08-24", "context", "occurred", "traurigen und tragischen Meilenstein"),
            E("Biden announces a military aid package of almost three billion dollars", "AID",
              ["Joe Biden", "United States", "Ukraine"], "2022-08-24", "published", "occurred",
              "Präsident Joe Biden kündigte Waffen"),
            E("Johnson makes a surprise visit to Kyiv and meets Zelensky", "CONSULT",
              ["United Kingdom", "Volodymyr Zelensky"], "2022-08-24", "published", "occurred",
              "ist überraschend nach Kiew gereist"),
            E("Johnson pledges 54 million pounds for drones and mine-clearing equipment", "AID",
              ["United Kingdom", "Ukraine"], "2022-08-24", "published", "occurred", "weitere 54 Millionen Pfund"),
            E("Swiss President Cassis congratulates Ukraine on its independence anniversary", "SUPPORT", ["Ukraine"],
              "2022-08-24", "published", "occurred", "zum Jahrestag ihrer Unabhängigkeit gratuliert"),
            E("Crimea Platform summit in Kyiv, Cassis and Scholz joining online", "CONSULT", ["Ukraine", "Olaf Scholz"],
              "2022-08-23", "text", "occurred", "Bereits am Dienstag hatte er sich per Video"),
            E("Scholz announces arms deliveries worth more than 500 million euros", "AID",
              ["Olaf Scholz", "Germany", "Ukraine"], "2022-08-23", "context", "occurred",
              "Scholz kündigte dort weitere Waffenlieferungen"),
            E("Peskov: no basis for negotiations with Kyiv", "REJECT", ["Dmitry Peskov", "Ukraine"], "2022-08-24",
              "published", "occurred", "für Verhandlungen mit Kiew gebe es derzeit keine Grundlage"),
            E("Zelensky rejects any compromise at the expense of Ukrainian territory", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2022-08-24", "published", "occurred",
              "jedem Kompromiss auf Kosten ukrainischen Territoriums"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "russischen Einmarsch vom 24. Februar", date_mod="START"),
            E("Residential areas in the Kharkiv region shelled overnight", "ASSAULT", ["Russia", "Ukraine"],
              "2022-08-23TNI", "context", "occurred", "in der Region Charkiw wurden dagegen"),
        ],
        [
            S("Ukraine", "At least 22 people killed in the strike on Chaplyne station", "2022-08-24", "published",
              "Raketenangriff auf den Bahnhof von Tschaplyne"),
            S("Volodymyr Zelensky", "This is our everyday life", "2022-08-24TAF", "context", "Das ist unser Alltag"),
            S("António Guterres", "A sad and tragic milestone; IAEA experts must get access to Zaporizhzhia",
              "2022-08-24", "context", "traurigen und tragischen Meilenstein"),
            S("White House", "The aim is that Ukraine can defend itself in the long run", "2022-08-24", "published",
              "auf lange Sicht"),
            S("United Kingdom", "Johnson: Ukraine can and will win this war", "2022-08-24", "published",
              "Die Ukraine könne und werde"),
            S("Olaf Scholz", "Announces arms deliveries worth more than 500 million euros, including IRIS-T",
              "2022-08-23", "context", "Scholz kündigte dort weitere Waffenlieferungen"),
            S("Russia", "Shoigu admits that the offensive is advancing more slowly", "2022-08-24", "published",
              "Schoigu hat eingeräumt"),
            S("Russia", "Shoigu: the slowdown is deliberate, to avoid civilian casualties", "2022-08-24", "published",
              "Dies geschehe bewusst"),
            S("Dmitry Peskov", "There is currently no basis for negotiations with Kyiv", "2022-08-24", "published",
              "für Verhandlungen mit Kiew gebe es derzeit keine Grundlage"),
            S("Volodymyr Zelensky", "Ukraine will take back the occupied territories including Crimea, to the end",
              "2022-08-24", "published", "einschliesslich der Krim zurückholen"),
            S("United States", "The US embassy warned of intensified Russian attacks this week", "2022-08-22", "text",
              "nachdem die US-Botschaft am Montag"),
            S("Ukraine", "Kyiv city administration: the night in Kyiv was quiet", "2022-08-24", "published",
              "Die Nacht verlief in Kiew"),
        ],
        ["United Kingdom", "United States", "Ukraine", "Russia", "Volodymyr Zelensky", "United Nations", "China",
         "António Guterres", "IAEA", "Joe Biden", "White House", "Olaf Scholz", "Germany", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b50de03_morning_briefing_sumy_2025_04", "2025-04-14", DE03,
        [
            T("gestrigen Palmsonntag", "DATE", "2025-04-13"),
            T("diesem Jahr", "DATE", "2025"),
            T("Sonntagabend", "TIME", "2025-04-13TEV"),
            T("Freitag", "DATE", "2025-04-11"),
            T("mehr als vier Stunden", "DURATION", "PT4H", mod="MORE_THAN"),
            T("selben Tag", "DATE", "2025-04-11"),
            T("Heute", "DATE", "2025-04-14"),
            T("Wochenende", "DATE", "2025-W15-WE"),
            T("dieses Wochenendes", "DATE", "2025-W15-WE"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("wenigen Wochen", "DURATION", "PXW"),
            T("dieses Frühjahrs", "DATE", "2025-SP"),
            T("diese Woche", "DATE", "2025-W16"),
        ],
        [
            E("Russian ballistic missile strike on the centre of Sumy", "ASSAULT", ["Russia", "Ukraine"], "2025-04-13",
              "text", "occurred", "Zwei ballistische Raketen haben am gestrigen Palmsonntag"),
            E("Zelensky calls the strike a crime only scum is capable of", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-04-13", "context", "occurred", "verlangte von Amerika und Europa"),
            E("Zelensky demands a tough response from America and Europe", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union"], "2025-04-13", "context", "occurred",
              "verlangte von Amerika und Europa"),
            E("Zelensky invites Trump to visit Ukraine before any decision on negotiations", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-04-13TEV", "text", "occurred", "lud er Donald Trump ein",
              note="in the CBS interview broadcast on Sunday evening"),
            E("Kellogg: the strike crosses any line of decency", "ACCUSE", ["Keith Kellogg", "Russia"], "2025-04-13",
              "context", "occurred", "jede Grenze des Anstands"),
            E("Witkoff meets Putin in St Petersburg for more than four hours", "CONSULT",
              ["Steve Witkoff", "Vladimir Putin"], "2025-04-11", "text", "occurred",
              "Erst am Freitag hatte Trumps Unterhändler"),
            E("Trump urges Moscow to get moving", "REQUEST", ["Donald Trump", "Russia"], "2025-04-11", "text",
              "occurred", "in Bewegung zu setzen"),
            E("Merz calls the strike a grave war crime", "ACCUSE", ["Friedrich Merz", "Russia"], "2025-04-13",
              "context", "occurred", "schweres Kriegsverbrechen"),
            E("Merz ready to deliver Taurus missiles, in coordination with European partners", "AID",
              ["Friedrich Merz", "Ukraine"], "2025-04-13", "context", "uncertain", "Taurus-Marschflugkörper zu liefern"),
            E("Scholz calls the strike barbaric", "ACCUSE", ["Olaf Scholz", "Russia"], "2025-04-13", "context",
              "occurred", "barbarischen"),
            E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"], "2025-04-14", "text", "planned",
              "Heute beraten die EU-Außenminister"),
            E("Kallas to discuss a 17th sanctions package", "SANCTION", ["Kaja Kallas", "European Union", "Russia"],
              "2025-04-14", "context", "planned", "17. Sanktionspaket"),
            E("Kallas to discuss additional ammunition for Kyiv", "AID", ["Kaja Kallas", "European Union", "Ukraine"],
              "2025-04-14", "context", "planned", "17. Sanktionspaket"),
            E("Kallas: with every attack Russia shows it does not want peace", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2025-W15-WE", "text", "occurred", "hatte Kallas am Wochenende erklärt"),
            E("Trump sets Moscow and Kyiv a deadline of a few weeks", "THREATEN", ["Donald Trump", "Russia", "Ukraine"],
              "PAST_REF", "vague", "occurred", "eine Frist von wenigen Wochen"),
        ],
        [
            S("Ukraine", "At least 34 killed, including two children, and more than a hundred injured", "2025-04-14",
              "published", "Nach Angaben der ukrainischen Behörden"),
            S("Volodymyr Zelensky", "A crime only scum is capable of; America and Europe must respond harshly",
              "2025-04-13", "context", "verlangte von Amerika und Europa"),
            S("Volodymyr Zelensky", "Invites Trump to come and see the destruction before any decision on negotiations",
              "2025-04-13TEV", "text", "lud er Donald Trump ein"),
            S("Donald Trump", "The attack was terrible, but he was told the Russians made a mistake", "2025-04-13",
              "context", "reagierte an Bord der Air Force One"),
            S("Keith Kellogg", "The strike crosses any line of decency", "2025-04-13", "context",
              "jede Grenze des Anstands"),
            S("Kremlin", "No quick breakthroughs should be expected", "2025-04-11", "context",
              "Der Kreml ließ danach wissen"),
            S("Donald Trump", "Russia must finally get moving", "2025-04-11", "text", "in Bewegung zu setzen"),
            S("Friedrich Merz", "The strike is a grave war crime", "2025-04-13", "context", "schweres Kriegsverbrechen"),
            S("Friedrich Merz", "Ready to deliver Taurus, but only in coordination with European partners",
              "2025-04-13", "context", "Taurus-Marschflugkörper zu liefern"),
            S("Olaf Scholz", "A barbaric attack", "2025-04-13", "context", "barbarischen"),
            S("Kaja Kallas", "With every attack Russia shows that it does not want peace", "2025-W15-WE", "text",
              "hatte Kallas am Wochenende erklärt"),
        ],
        ["Russia", "Ukraine", "United States", "Volodymyr Zelensky", "European Union", "Donald Trump",
         "Keith Kellogg", "Steve Witkoff", "Vladimir Putin", "Kremlin", "Friedrich Merz", "Olaf Scholz",
         "Kaja Kallas"],
    ),
    doc(
        "b50de04_radionachrichten_kiew_trump_putin_2026_01", "2026-01-12", DE04,
        [
            T("7 Uhr", "TIME", "2026-01-12T07:00", note=RADIO),
            T("heute", "DATE", "2026-01-12", 0),
            T("der Nacht", "TIME", "2026-01-11TNI", 0, note="night of 11 to 12 January"),
            T("den Winter", "DATE", "2025-WI", 0, note="winter 2025/26"),
            T("heute", "DATE", "2026-01-12", 1),
            T("Sonntagabend", "TIME", "2026-01-11TEV"),
            T("den Winter", "DATE", "2025-WI", 1, note="winter 2025/26"),
            T("Sonntag", "DATE", "2026-01-11"),
            T("Mitte Februar", "DATE", "2026-02", mod="MID"),
            T("Ende Januar", "DATE", "2026-01", mod="END"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("diesem Jahr", "DATE", "2026"),
            T("Heute", "DATE", "2026-01-12"),
            T("der Nacht", "TIME", "2026-01-12TNI", 1, note="the coming night, 12 to 13 January"),
            T("Dienstag", "DATE", "2026-01-13"),
        ],
        [
            E("Russian drone and missile attack on Ukraine, Kyiv hit hardest", "ASSAULT", ["Russia", "Ukraine"],
              "2026-01-11TNI", "text", "occurred", "in der Nacht mit mehr als 400 Drohnen"),
            E("Zelensky accuses Putin of using the winter as a weapon against civilians", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-01-12", "published", "occurred",
              "den Winter gezielt als Waffe"),
            E("Zelensky asks Western partners for more air defence", "REQUEST", ["Volodymyr Zelensky"], "2026-01-12",
              "published", "occurred", "den Winter gezielt als Waffe"),
            E("Trump–Putin phone call planned for today", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-01-12",
              "text", "planned", "will noch heute mit Putin telefonieren"),
            E("Trump: he will make clear to Putin that the killing must stop", "REQUEST",
              ["Donald Trump", "Vladimir Putin"], "2026-01-11TEV", "text", "occurred", "dass das Töten aufhören müsse"),
            E("Trump threatens new sanctions on Russian banks", "THREATEN", ["Donald Trump", "Russia"],
              "2026-01-11TEV", "context", "occurred", "neue Sanktionen gegen russische Banken"),
            E("Putin ready for the phone call with Trump", "AGREE", ["Vladimir Putin", "Donald Trump"], "2026-01-12",
              "published", "occurred", "Präsident Putin sei zu dem Gespräch bereit"),
            E("Merz pledges 170 million euros for generators and mobile heating plants", "AID",
              ["Friedrich Merz", "Germany", "Ukraine"], "2026-01-11", "text", "occurred", "170 Millionen Euro"),
            E("Merz calls on Putin to stop the attacks on the energy supply", "REQUEST",
              ["Friedrich Merz", "Vladimir Putin"], "2026-01-11", "context", "occurred", "forderte der Kanzler Putin auf"),
            E("Rutte urges the allies to deliver air defence to Ukraine faster", "REQUEST",
              ["Mark Rutte", "NATO", "Ukraine"], "2026-01-12", "published", "occurred", "die Verbündeten aufgerufen"),
            E("NATO defence ministers to discuss further deliveries in mid-February", "CONSULT", ["NATO"], "2026-02",
              "text", "planned", "Mitte Februar", date_mod="MID"),
            E("US, Russian and Ukrainian negotiators to meet again in Geneva at the end of January", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-01", "text", "planned", "Ende Januar in Genf",
              date_mod="END"),
            E("Umerov: Kyiv ready for a ceasefire along the front line", "AGREE", ["Rustem Umerov", "Russia"],
              "2026-01-12", "published", "occurred", "Kiew sei zu einer Waffenruhe"),
            E("Umerov rules out a withdrawal from the Donbas", "REJECT", ["Rustem Umerov", "Russia"], "2026-01-12",
              "published", "occurred", "Kiew sei zu einer Waffenruhe"),
            E("Moscow demands the withdrawal as a precondition", "REQUEST", ["Russia", "Ukraine"], "2026-01-12",
              "published", "occurred", "Moskau verlangt diesen Rückzug"),
        ],
        [
            S("Ukraine", "Klitschko: three people killed in Kyiv", "2026-01-12", "published",
              "Bürgermeister Vitali Klitschko"),
            S("Volodymyr Zelensky", "Putin uses the winter as a weapon against civilians; asks for more air defence",
              "2026-01-12", "published", "den Winter gezielt als Waffe"),
            S("White House", "Confirms the planned Trump–Putin call", "2026-01-12", "published",
              "Das hat das Weiße Haus bestätigt"),
            S("Donald Trump", "Will make clear to Putin that the killing must stop", "2026-01-11TEV", "text",
              "dass das Töten aufhören müsse"),
            S("Donald Trump", "New sanctions on Russian banks if Moscow keeps avoiding a ceasefire", "2026-01-11TEV",
              "context", "neue Sanktionen gegen russische Banken"),
            S("Dmitry Peskov", "Putin is ready for the call, but it changes nothing in Russia's positions",
              "2026-01-12", "published", "Präsident Putin sei zu dem Gespräch bereit"),
            S("Friedrich Merz", "Germany provides another 170 million euros for generators and heating plants",
              "2026-01-11", "text", "170 Millionen Euro"),
            S("Mark Rutte", "Human lives are at stake", "2026-01-12", "published", "Es gehe um Menschenleben"),
            S("Ukraine", "The negotiators are to meet again in Geneva at the end of January", "2026-01-12",
              "published", "Ende Januar in Genf"),
            S("Rustem Umerov", "Kyiv is ready for a ceasefire along the front line, not for a withdrawal from the Donbas",
              "2026-01-12", "published", "Kiew sei zu einer Waffenruhe"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Vladimir Putin", "Donald Trump", "United States",
         "White House", "Dmitry Peskov", "Friedrich Merz", "Germany", "Mark Rutte", "NATO", "Rustem Umerov"],
    ),
    doc(
        "b50de05_was_wir_wissen_genfer_gespraeche_2026_08", "2026-08-06", DE05,
        [
            T("Mittwoch", "DATE", "2026-08-05", 0),
            T("12. August", "DATE", "2026-08-12"),
            T("der Nacht zum Mittwoch", "TIME", "2026-08-04TNI", note="night of 4 to 5 August"),
            T("Mittwochabend", "TIME", "2026-08-05TEV", 0),
            T("den nächsten Tagen", "DATE", "FUTURE_REF"),
            T("Mittwochabend", "TIME", "2026-08-05TEV", 1, note="Washington local time"),
            T("Februar", "DATE", "2026-02"),
            T("Mitte Juli", "DATE", "2026-07", mod="MID"),
        ],
        [
            E("Russia puts the Geneva talks with Ukraine and the US on pause", "REJECT",
              ["Russia", "Ukraine", "United States"], "2026-08-05", "text", "occurred", "„auf Pause“"),
            E("Fourth Geneva round on 12 August called off by Russia", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-08-12", "text", "cancelled", "werde nicht wie geplant am 12. August"),
            E("Ukrainian sea-drone attack on the port of Novorossiysk", "ASSAULT", ["Ukraine", "Russia"],
              "2026-08-04TNI", "text", "occurred", "Seedrohnen auf den Hafen von Noworossijsk"),
            E("Zakharova accuses Kyiv of deliberately torpedoing the negotiations", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-08-06", "published", "occurred", "bewusst torpediert"),
            E("Zakharova threatens a harsh response", "THREATEN", ["Maria Zakharova", "Ukraine"], "2026-08-06",
              "published", "occurred", "bewusst torpediert"),
            E("Zelensky accuses Moscow of looking for a pretext to derail the talks", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-08-05TEV", "context", "occurred", "nach einem Vorwand gesucht"),
            E("Sybiha: Ukraine ready to continue the talks without preconditions", "AGREE",
              ["Andrii Sybiha", "Russia"], "2026-08-06", "published", "occurred", "ohne Vorbedingungen fortzusetzen"),
            E("Trump to speak with Putin in the coming days", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "in den nächsten Tagen mit Wladimir Putin"),
            E("Trump threatens both sides with consequences: tariffs for Russia, less support for Ukraine",
              "THREATEN", ["Donald Trump", "Russia", "Ukraine"], "2026-08-05TEV", "context", "occurred",
              "müsse mit Konsequenzen rechnen"),
            E("Witkoff–Dmitriev phone call", "CONSULT", ["Steve Witkoff", "Kirill Dmitriev"], "2026-08-06",
              "published", "occurred", "Kirill Dmitrijew telefoniert",
              note="reported by Axios; the day of the call is not given"),
            E("Erdoğan offers to continue the talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2026-08-06", "published", "occurred",
              "notfalls in Istanbul fortzusetzen"),
            E("Kallas: Russia never wanted to negotiate seriously", "ACCUSE", ["Kaja Kallas", "Russia"], "2026-08-06",
              "published", "occurred", "Russland habe nie ernsthaft verhandeln wollen"),
            E("Kallas calls for tougher sanctions against Russia", "REQUEST", ["Kaja Kallas", "Russia"], "2026-08-06",
              "published", "occurred", "Russland habe nie ernsthaft verhandeln wollen"),
            E("Three rounds of talks in Geneva since February", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-02", "text", "occurred", "Seit Februar haben sich die Delegationen", date_mod="START"),
            E("Last Geneva round in mid-July", "CONSULT", ["Russia", "Ukraine", "United States"], "2026-07", "text",
              "occurred", "Bei der letzten Runde Mitte Juli", date_mod="MID"),
            E("Agreement to exchange 300 prisoners of war each", "AGREE", ["Russia", "Ukraine"], "2026-07", "text",
              "occurred", "Bei der letzten Runde Mitte Juli", date_mod="MID"),
            E("No rapprochement on the Donbas territories", "REJECT", ["Russia", "Ukraine"], "2026-07", "text",
              "occurred", "Bei der letzten Runde Mitte Juli", date_mod="MID"),
        ],
        [
            S("Dmitry Peskov", "Moscow puts the talks on pause", "2026-08-05", "text", "„auf Pause“"),
            S("Dmitry Peskov", "Under such circumstances one cannot sit at one table with Kyiv", "2026-08-05",
              "context", "Unter solchen Umständen"),
            S("Dmitry Peskov", "The delegation under Medinsky will not travel to Geneva on 12 August", "2026-08-05",
              "context", "werde nicht wie geplant am 12. August"),
            S("Russia", "Two tankers and an oil terminal damaged, one sailor killed", "2026-08-06", "published",
              "nach russischen Angaben"),
            S("Maria Zakharova", "Kyiv deliberately torpedoed the negotiations; a harsh response will follow",
              "2026-08-06", "published", "bewusst torpediert"),
            S("Volodymyr Zelensky", "Moscow only looked for a pretext to derail the talks", "2026-08-05TEV", "context",
              "nach einem Vorwand gesucht"),
            S("Volodymyr Zelensky", "The strike targeted a military objective through which Russia finances its war",
              "2026-08-05TEV", "text", "Der Angriff habe einem militärischen Ziel gegolten"),
            S("Andrii Sybiha", "Ukraine is ready to continue the talks without preconditions", "2026-08-06",
              "published", "ohne Vorbedingungen fortzusetzen"),
            S("Donald Trump", "Very dissatisfied with both sides", "2026-08-05TEV", "context", "sehr unzufrieden"),
            S("Donald Trump", "Will speak with Putin in the coming days", "2026-08-05TEV", "text",
              "in den nächsten Tagen mit Wladimir Putin"),
            S("Donald Trump", "Whoever blocks the talks faces consequences", "2026-08-05TEV", "context",
              "müsse mit Konsequenzen rechnen"),
            S("Kaja Kallas", "Russia never wanted to negotiate seriously; sanctions must be tightened", "2026-08-06",
              "published", "Russland habe nie ernsthaft verhandeln wollen"),
        ],
        ["Russia", "Ukraine", "United States", "Kremlin", "Dmitry Peskov", "Vladimir Medinsky", "Maria Zakharova",
         "Volodymyr Zelensky", "Andrii Sybiha", "Donald Trump", "Vladimir Putin", "Steve Witkoff", "Kirill Dmitriev",
         "Recep Tayyip Erdoğan", "Turkey", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b50de06_wochenrueckblick_oreschnik_2024_11", "2024-11-22", DE06,
        [
            T("Die Woche", "DATE", "2024-W47", note="headline: the week under review"),
            T("sieben Tage", "DURATION", "P7D"),
            T("diese Woche", "DATE", "2024-W47"),
            T("vergangenen Sonntag", "DATE", "2024-11-17"),
            T("Zwei Tage zuvor", "DATE", "2024-11-15"),
            T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
            T("Montag", "DATE", "2024-11-18"),
            T("Dienstag", "DATE", "2024-11-19", 0),
            T("selben Tag", "DATE", "2024-11-19"),
            T("Mittwoch", "DATE", "2024-11-20"),
            T("Donnerstag", "DATE", "2024-11-21", 0),
            T("Morgengrauen", "TIME", "2024-11-21TMO"),
            T("Abend", "TIME", "2024-11-21TEV"),
            T("Freitag", "DATE", "2024-11-22", 0),
            T("Donnerstag", "DATE", "2024-11-21", 1),
            T("kommenden Dienstag", "DATE", "2024-11-26"),
            T("Freitag", "DATE", "2024-11-22", 1),
            T("Wochenende", "DATE", "2024-W46-WE", note="Gazprom stopped deliveries on Saturday 16 November"),
            T("heuer", "DATE", "2024"),
            T("Jänner", "DATE", "2025-01"),
            T("Freitag", "DATE", "2024-11-22", 2),
        ],
        [
            E("Biden allows Ukraine to strike targets on Russian territory with ATACMS", "AGREE",
              ["Joe Biden", "Ukraine"], "2024-11-17", "text", "occurred", "ATACMS-Raketen Ziele auf russischem",
              note="dated by the media reports of Sunday 17 November"),
            E("Scholz–Putin phone call, the first in almost two years", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
              "2024-11-15", "text", "occurred", "Zwei Tage zuvor hatte Bundeskanzler"),
            E("Zelensky criticises the call as opening Pandora's box", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2024-11-15", "context", "occurred", "Zwei Tage zuvor hatte Bundeskanzler"),
            E("Peskov accuses Washington of pouring oil on the fire", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2024-11-18", "context", "occurred", "Öl ins Feuer"),
            E("Lavrov threatens an appropriate reaction at the G20 summit", "THREATEN",
              ["Sergey Lavrov", "United States"], "2024-11-18", "context", "occurred", "Öl ins Feuer"),
            E("First ATACMS strike on Russia's Bryansk region", "ASSAULT", ["Ukraine", "Russia"], "2024-11-19", "text",
              "occurred", "schlugen erstmals ATACMS-Raketen"),
            E("Putin signs a revised nuclear doctrine", "THREATEN", ["Vladimir Putin"], "2024-11-19", "text",
              "occurred", "überarbeitete Nukleardoktrin"),
            E("Zelensky asks the European Parliament for more air defence", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-11-19", "context", "occurred", "bat das Europaparlament"),
            E("Biden approves the delivery of anti-personnel mines to Kyiv", "AID", ["Joe Biden", "Ukraine"],
              "2024-11-20", "context", "occurred", "Antipersonenminen"),
            E("Ukraine fires Storm Shadow missiles at targets in the Kursk region", "ASSAULT", ["Ukraine", "Russia"],
              "2024-11-20", "context", "occurred", "Storm-Shadow-Marschflugkörper"),
            E("Russian intermediate-range missile strikes the Pivdenmash plant in Dnipro", "ASSAULT",
              ["Russia", "Ukraine"], "2024-11-21TMO", "text", "occurred", "Im Morgengrauen traf"),
            E("Putin claims the right to strike military facilities of countries such as the US and UK", "THREATEN",
              ["Vladimir Putin", "United States", "United Kingdom"], "2024-11-21TEV", "text", "occurred",
              "nannte die Waffe „Oreschnik“"),
            E("Russia notifies Washington in advance via the nuclear risk reduction channel", "CONSULT",
              ["Russia", "United States"], "2024-11-21", "context", "occurred", "vorab über den Kanal"),
            E("Zelensky speaks of a new stage of escalation", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2024-11-21",
              "text", "occurred", "neuen Stufe der Eskalation"),
            E("Zelensky calls for a meeting of the NATO–Ukraine Council", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2024-11-21", "text", "occurred", "neuen Stufe der Eskalation"),
            E("NATO–Ukraine Council to meet next Tuesday", "CONSULT", ["NATO", "Ukraine"], "2024-11-26", "text",
              "planned", "neuen Stufe der Eskalation"),
            E("Putin announces serial production of the missile", "MOBILIZE", ["Vladimir Putin"], "2024-11-22", "text",
              "occurred", "Serienproduktion"),
            E("Gazprom stops deliveries to OMV", "SANCTION", ["Russia"], "2024-W46-WE", "text", "occurred",
              "Gazprom seine Lieferungen an die OMV", note="Austria is not canonical; 16 November 2024"),
            E("Rutte travels to Florida to meet Trump", "CONSULT", ["Mark Rutte", "Donald Trump"], "2024-11-22", "text",
              "occurred", "reiste am Freitag nach Florida"),
        ],
        [
            S("Volodymyr Zelensky", "Scholz's call with Putin opened Pandora's box", "2024-11-15", "context",
              "Büchse der Pandora"),
            S("Dmitry Peskov", "Washington is pouring oil on the fire", "2024-11-18", "context", "Öl ins Feuer"),
            S("Sergey Lavrov", "Threatens an appropriate reaction", "2024-11-18", "context", "Öl ins Feuer"),
            S("Volodymyr Zelensky", "Asks for more air defence; Putin will not stop by himself", "2024-11-19",
              "context", "bat das Europaparlament"),
            S("Vladimir Putin", "The weapon is called Oreshnik; Russia may strike military facilities of countries "
              "that let Ukraine use their weapons against Russia", "2024-11-21TEV", "text",
              "nannte die Waffe „Oreschnik“"),
            S("Dmitry Peskov", "Washington was informed in advance via the nuclear risk reduction channel",
              "2024-11-22", "text", "bestätigte Peskow am Freitag"),
            S("Volodymyr Zelensky", "A new stage of escalation", "2024-11-21", "text", "neuen Stufe der Eskalation"),
            S("Vladimir Putin", "Announces serial production of the missile", "2024-11-22", "text", "Serienproduktion"),
        ],
        ["Joe Biden", "United States", "Ukraine", "Russia", "Olaf Scholz", "Germany", "Kremlin", "Vladimir Putin",
         "Volodymyr Zelensky", "Dmitry Peskov", "Sergey Lavrov", "European Union", "United Kingdom", "NATO",
         "Mark Rutte", "Donald Trump"],
    ),
]
