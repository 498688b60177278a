"""German articles of the blind95 set (fictionalised; written and annotated blind to the extraction code).

Theme: refugees and displacement diplomacy, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b95de01 (Evangelische Zeitung)
DE01 = """
Erstmals greift die Schutzrichtlinie: EU öffnet Geflüchteten aus der Ukraine die Türen

Hamburg/Brüssel. Zum ersten Mal in ihrer Geschichte hat die Europäische Union die Richtlinie über den vorübergehenden Schutz aus dem Jahr 2001 in Kraft gesetzt.
Die Innenministerinnen und Innenminister der 27 Mitgliedstaaten einigten sich am Donnerstag in Brüssel einstimmig darauf, Menschen aus der Ukraine ohne langwierige Asylverfahren aufzunehmen.
Am Freitag fasste der Rat den förmlichen Beschluss, der noch am selben Tag in Kraft trat.
Der Schutz gilt zunächst für ein Jahr und kann zweimal um jeweils sechs Monate verlängert werden.

Geflüchtete erhalten damit ohne Wartezeit eine Aufenthaltserlaubnis und Zugang zum Arbeitsmarkt, zu Schulen und zu medizinischer Versorgung.
EU-Innenkommissarin Ylva Johansson sprach von einem „historischen Moment“; die Kommission hatte die Aktivierung erst am Mittwoch vorgeschlagen.
Bundesinnenministerin Nancy Faeser (SPD) sagte in Brüssel, Deutschland werde alle aufnehmen, die vor Putins Bomben fliehen, „unabhängig von ihrer Staatsangehörigkeit“.
Eine feste Verteilung der Schutzsuchenden auf die Mitgliedstaaten, wie sie einige Regierungen verlangt hatten, lehnte die Runde ab.
Der französische Innenminister Gérald Darmanin, dessen Land den Ratsvorsitz führt, nannte die Einigung eine Antwort auf „den Krieg, den Russland nach Europa zurückgebracht hat“.

Nach Zählung des UN-Flüchtlingshilfswerks UNHCR haben seit Beginn der russischen Invasion am 24. Februar mehr als 1,2 Millionen Menschen die Ukraine verlassen.
UN-Flüchtlingskommissar Filippo Grandi sprach am Freitag von der am schnellsten wachsenden Flüchtlingskrise in Europa seit dem Zweiten Weltkrieg.
Die Vereinten Nationen hatten bereits am Dienstag einen Hilfsappell über 1,7 Milliarden US-Dollar für die Ukraine und ihre Nachbarländer gestartet.

Polen, das bisher mit Abstand die meisten Menschen aufgenommen hat, verlangte am Freitag finanzielle Unterstützung aus Brüssel.
Ministerpräsident Mateusz Morawiecki sagte, keine Regierung könne eine solche Aufgabe allein stemmen.
Die EU-Kommission stellte in Aussicht, nicht abgerufene Mittel aus den Kohäsionsfonds für die Aufnahme umzuwidmen.
Der ukrainische Präsident Wolodymyr Selenskyj dankte in der Nacht zum Freitag in einer Videoansprache den Europäern für die Aufnahme seiner Landsleute.

Das russische Verteidigungsministerium kündigte für Samstag ab 10 Uhr Moskauer Zeit eine örtliche Feuerpause an, damit Zivilisten die belagerte Hafenstadt Mariupol und die Kleinstadt Wolnowacha verlassen könnten.
Am Samstagmittag warf die ukrainische Seite Moskau vor, die Waffenruhe nicht einzuhalten; die Evakuierung aus Mariupol wurde verschoben.
Kremlsprecher Dmitri Peskow hatte erklärt, die Verantwortung für das Leid der Zivilisten trage allein Kiew.

Diakonie-Präsident Ulrich Lilie begrüßte die Brüsseler Einigung als „Zeichen gelebter Solidarität“ und mahnte, auch Studierende aus Afrika und Asien dürften an den Grenzen nicht abgewiesen werden.
Die Nordkirche richtet nach eigenen Angaben in den kommenden Tagen in Hamburg, Kiel und Schwerin zusätzliche Notunterkünfte in Gemeindehäusern ein.
Die Hauptkirche St. Petri lädt für Sonntag um 18 Uhr zu einem Friedensgebet ein.
"""

# ---------------------------------------------------------------- b95de02 (LandesEcho, Prag)
DE02 = """
Prag verlängert den Schutz für Ukrainer – und zieht die Regeln an

Prag. Rund 370.000 Menschen aus der Ukraine, die in Tschechien vorübergehenden Schutz genießen, können vorerst bleiben.
Das Abgeordnetenhaus billigte am Mittwoch mit großer Mehrheit die sogenannte Lex Ukrajina V, die den Schutzstatus bis zum 31. März 2025 verlängert.
Zugleich werden die Regeln strenger: Kostenlose Notunterkünfte stehen Neuankömmlingen künftig nur noch 150 Tage zur Verfügung, danach müssen sie sich an den Kosten beteiligen.
Wer den Status behalten will, muss im März 2024 online eine Verlängerung beantragen.

Innenminister Vít Rakušan (STAN) sagte nach der Abstimmung, Tschechien bleibe solidarisch, müsse die Hilfe aber auf die wirklich Bedürftigen konzentrieren.
Die Opposition um Ex-Premier Andrej Babiš hatte verlangt, die humanitäre Leistung für arbeitsfähige Erwachsene ganz zu streichen.
Der Senat soll sich Anfang November mit der Vorlage befassen; Präsident Petr Pavel hat bereits signalisiert, dass er das Gesetz unterschreiben will.

Prag folgt damit einer Entscheidung der Europäischen Union.
Die EU-Innenminister hatten sich am 28. September in Brüssel darauf verständigt, den vorübergehenden Schutz für Geflüchtete aus der Ukraine um ein weiteres Jahr bis zum 4. März 2025 zu verlängern.
EU-Innenkommissarin Ylva Johansson begründete den Schritt damit, dass eine sichere Rückkehr angesichts der anhaltenden russischen Angriffe derzeit nicht möglich sei.
Über die Zeit nach 2025 wollen die Minister nach Angaben aus Brüssel im kommenden Jahr beraten.

Der ukrainische Botschafter in Prag, Wassyl Swarytsch, dankte den Abgeordneten für ein „Zeichen echter Freundschaft“.
Die Ukraine werde ihre Bürger zurückholen, sobald der Krieg es zulasse, sagte er dem LandesEcho.
Präsident Wolodymyr Selenskyj hatte bei seinem Besuch in Prag am 6. Juli Tschechien für die Aufnahme von mehr Flüchtlingen pro Kopf als jedes andere EU-Land gedankt.

Kritik kam vom Büro des UN-Flüchtlingshilfswerks UNHCR in Prag.
Die Begrenzung der Notunterkünfte drohe gerade ältere Menschen, Alleinerziehende und Menschen mit Behinderung in die Obdachlosigkeit zu treiben, hieß es in einer Stellungnahme vom Donnerstag.
Das UNHCR forderte die Regierung auf, für diese Gruppen Ausnahmen vorzusehen.

Auch in der deutschen Minderheit ist die Hilfe seit dem Frühjahr 2022 ein Thema.
Die Landesversammlung der deutschen Vereine hat nach eigenen Angaben bislang gut 40 ukrainische Familien in Wohnungen von Mitgliedern vermittelt.
Am Samstag lädt der Deutsche Freundschaftskreis in Reichenberg zu einem Begegnungsnachmittag mit ukrainischen Familien ein.
"""

# ---------------------------------------------------------------- b95de03 (Mediendienst Integration)
DE03 = """
Konsularstopp für wehrfähige Männer: Was Kiews Entscheidung für Ukrainer in Deutschland bedeutet

Die Ukraine stellt ukrainischen Männern im wehrpflichtigen Alter im Ausland vorerst keine neuen Pässe mehr aus.
Das Außenministerium in Kiew setzte am Dienstag die konsularischen Dienstleistungen für Männer zwischen 18 und 60 Jahren aus; ausgenommen sind nur Dokumente für die Rückkehr in die Ukraine.
Außenminister Dmytro Kuleba schrieb dazu, ein Aufenthalt im Ausland entbinde niemanden von seinen Pflichten gegenüber dem Heimatland.
Hintergrund ist das neue Mobilisierungsgesetz, das Präsident Wolodymyr Selenskyj am 16. April unterzeichnet hat und das am 18. Mai in Kraft tritt.

Nach Daten des Ausländerzentralregisters lebten Ende März rund 1,16 Millionen Geflüchtete aus der Ukraine in Deutschland, darunter etwa 256.000 Männer zwischen 18 und 60 Jahren.
Viele von ihnen besitzen Pässe, die in den kommenden Monaten ablaufen.

Die Bundesregierung stellte am Mittwoch klar, dass sich am Aufenthaltsrecht der Betroffenen nichts ändert.
Der Schutz nach der EU-Richtlinie hänge nicht von einem gültigen Pass ab, sagte ein Sprecher des Bundesinnenministeriums.
Abschiebungen wehrpflichtiger Männer in die Ukraine schloss er aus.
Auch die EU-Kommission erklärte, der vorübergehende Schutz gelte bis März 2025 unabhängig vom Besitz eines Reisepasses.

Anders klingt es in Warschau.
Polens Verteidigungsminister Władysław Kosiniak-Kamysz bot der Ukraine am Mittwoch an, bei der Rückführung wehrpflichtiger Männer zu helfen.
Viele Polen seien empört, wenn sie junge Ukrainer in Hotels und Cafés sähen, während ihre Landsleute an der Front kämpften, sagte er dem Sender Polsat.
Ministerpräsident Donald Tusk ließ offen, ob Polen aktiv werden wolle; eine Zwangsrückführung sei rechtlich kaum möglich, hieß es aus seiner Kanzlei.

In Moskau sprach Außenamtssprecherin Maria Sacharowa am Donnerstag von einer „Menschenjagd“ und warf der Führung in Kiew vor, ihre Bürger „als Kanonenfutter“ zurückzuholen.

Rechtlich ist die Lage nach Einschätzung von Fachleuten eindeutig.
Die Richtlinie verlange keinen Pass, sondern nur den Nachweis der ukrainischen Staatsangehörigkeit, sagte die Migrationsrechtlerin Constanze Janda von der Universität Speyer dem Mediendienst.
Schwieriger werde es bei Einbürgerungen, Eheschließungen oder einem Wechsel in einen anderen Aufenthaltstitel.
Über mögliche Folgen wollen die Innenminister von Bund und Ländern bei ihrer Frühjahrskonferenz im Juni in Potsdam beraten.
Das ukrainische Außenministerium kündigte für die kommenden Tage eine Klarstellung an, welche Dienste im Ausland wieder aufgenommen werden.
"""

# ---------------------------------------------------------------- b95de04 (MiGAZIN)
DE04 = """
Weniger Geld, anderes Amt: Kabinett schiebt neu angekommene Ukrainer ins Asylbewerberleistungsgesetz

Geflüchtete aus der Ukraine, die seit dem 1. April 2025 nach Deutschland gekommen sind, sollen kein Bürgergeld mehr erhalten.
Das Bundeskabinett billigte am Mittwoch einen Gesetzentwurf von Arbeitsministerin Bärbel Bas (SPD), der sie stattdessen in das Asylbewerberleistungsgesetz überführt.
Für eine alleinstehende Person bedeutet das rund 100 Euro weniger im Monat, zuständig ist dann nicht mehr das Jobcenter, sondern das Sozialamt.
Der Bundestag soll den Entwurf im Dezember in erster Lesung beraten.

Bas sagte nach der Sitzung, der Wechsel setze den Koalitionsvertrag um und schaffe Gleichbehandlung mit anderen Schutzsuchenden.
Pro Asyl sprach von einem „integrationspolitischen Eigentor“: Wer vom Jobcenter zum Sozialamt wechsle, verliere den Zugang zu Sprachkursen und Vermittlung, sagte eine Sprecherin dem MiGAZIN.
Die Kommunen fürchten zusätzlichen Aufwand und verlangen vom Bund einen vollen Ausgleich der Kosten.

Politisch aufgeladen ist die Debatte durch eine Äußerung von Bundeskanzler Friedrich Merz (CDU).
Er habe den ukrainischen Präsidenten Wolodymyr Selenskyj vergangene Woche in einem Telefonat gebeten, dafür zu sorgen, dass junge Männer nicht nach Deutschland kämen, sondern in ihrem Land blieben, sagte Merz am Dienstagabend auf einem Kongress in Berlin.
Seit Kiew Ende August Männern zwischen 18 und 22 Jahren die Ausreise erlaubt hat, ist die Zahl junger Ukrainer unter den Neuankömmlingen deutlich gestiegen.
Nach Angaben des Bundesinnenministeriums kamen allein im Oktober mehr als 18.000 Menschen aus der Ukraine neu nach Deutschland.

Der ukrainische Botschafter Oleksii Makeiev bestätigte am Mittwoch im ZDF das Gespräch.
Kiew nehme die Sorgen Berlins ernst, eine erneute Ausreisesperre für junge Männer sei aber derzeit nicht geplant, sagte er.
Aus Moskau meldete sich Außenamtssprecherin Maria Sacharowa zu Wort: Berlin wolle junge Ukrainer „zurück an die Front treiben“, sagte sie am Mittwoch.

Die Europäische Union hatte den vorübergehenden Schutz für Menschen aus der Ukraine im Juni bis März 2027 verlängert; an diesem Status ändert das deutsche Gesetz nichts.
Bundesinnenminister Alexander Dobrindt (CSU) will beim Treffen der EU-Innenminister im Dezember eine gemeinsame Linie zu jungen Männern aus der Ukraine vorschlagen.
Flüchtlingsräte rufen für Samstag zu Protesten vor mehreren Sozialämtern auf.
"""

# ---------------------------------------------------------------- b95de05 (Publik-Forum)
DE05 = """
Solidarität nur noch gegen Arbeitsnachweis: Polen stellt die Hilfe für Ukrainer um

Warschau. Polen knüpft seine Hilfe für Geflüchtete aus der Ukraine an Bedingungen, die vielen Familien den Boden unter den Füßen wegziehen könnten.
Präsident Karol Nawrocki unterzeichnete am Freitag das neue Gesetz über die Unterstützung ukrainischer Staatsbürger.
Das Kindergeld „800 plus“ erhalten ukrainische Familien künftig nur noch, wenn die Eltern in Polen arbeiten und die Kinder eine polnische Schule besuchen.
Der besondere Aufenthaltsstatus, den Polen seit Februar 2022 gewährt, soll am 4. März 2026 enden und in reguläre Aufenthaltstitel überführt werden.

Der Unterschrift war ein wochenlanger Machtkampf vorausgegangen.
Am 25. August hatte Nawrocki die erste Fassung des Gesetzes mit seinem Veto gestoppt und verlangt, Sozialleistungen für Ukrainer ausnahmslos an eine Beschäftigung zu binden.
Die Regierung von Ministerpräsident Donald Tusk legte daraufhin einen neuen Entwurf vor, den der Sejm am 12. September verabschiedete.
Tusk sagte am Freitag, Polen bleibe der verlässlichste Freund der Ukraine, doch die Polen erwarteten zu Recht, dass Hilfe nicht missbraucht werde.
Nawrocki erklärte, das Gesetz sei „gerecht gegenüber den Polen und fair gegenüber den Ukrainern, die hier arbeiten“.

In Kiew fielen die Reaktionen verhalten aus.
Außenminister Andrij Sybiha telefonierte am Samstag mit seinem polnischen Kollegen Radosław Sikorski und bat darum, Härten für Mütter mit kleinen Kindern und für ältere Menschen zu vermeiden.
Sikorski habe zugesagt, die Umsetzung gemeinsam mit der ukrainischen Botschaft zu begleiten, teilte das ukrainische Außenministerium mit.
Das UN-Flüchtlingshilfswerk UNHCR warnte in Warschau, rund 100.000 Kinder könnten die Leistung verlieren, und forderte eine Übergangsfrist von mindestens sechs Monaten.
Eine Sprecherin der EU-Kommission sagte, die Mitgliedstaaten dürften Sozialleistungen selbst gestalten, müssten aber die Rechte aus der Schutzrichtlinie wahren.

Kremlsprecher Dmitri Peskow sah in der Debatte am Montag ein Zeichen dafür, dass Europa der Ukraine „überdrüssig“ werde.

Für die Kirchen ist die Umstellung eine Bewährungsprobe.
Caritas Polska versorgt nach eigenen Angaben derzeit noch rund 40.000 Ukrainerinnen und Ukrainer in Gemeinschaftsunterkünften, viele davon Frauen über 60.
„Wer nicht arbeiten kann, darf nicht durchs Raster fallen“, sagte ein Sprecher.
Die polnische Bischofskonferenz will sich bei ihrer Vollversammlung im Oktober mit dem Thema befassen.
"""

# ---------------------------------------------------------------- b95de06 (Haller Kreisblatt)
DE06 = """
Hilfe für das kleine Nachbarland: Berlin sammelt Millionen für die Republik Moldau

Berlin/Halle. Die Republik Moldau, das ärmste Land Europas, hat seit Kriegsbeginn mehr Menschen aus der Ukraine aufgenommen als jedes andere Land im Verhältnis zu seiner Einwohnerzahl.
Auf einer Konferenz in Berlin sagten am Dienstag rund 40 Staaten und Organisationen der früheren Sowjetrepublik Hilfen von zusammen gut 650 Millionen Euro zu.
Gastgeberin war Bundesaußenministerin Annalena Baerbock (Grüne), gemeinsam mit ihren Amtskollegen aus Frankreich und Rumänien.

Deutschland selbst stellt 50 Millionen Euro bereit und will zudem 2500 Geflüchtete, die in Moldau gestrandet sind, direkt aufnehmen.
Baerbock sagte, Russlands Krieg bedrohe nicht nur die Ukraine, sondern auch die Stabilität der gesamten Region; Moldau dürfe mit dieser Last nicht allein gelassen werden.
Frankreichs Außenminister Jean-Yves Le Drian kündigte an, sein Land werde ebenfalls Schutzsuchende aus Moldau übernehmen.
Die EU-Kommission sagte weitere Budgethilfen zu, ein Vertreter des UN-Flüchtlingshilfswerks UNHCR nahm an den Beratungen teil.

Nach Angaben der moldauischen Regierung haben seit dem 24. Februar mehr als 400.000 Menschen aus der Ukraine die Grenze überquert, knapp 100.000 sind geblieben.
Ministerpräsidentin Natalia Gavrilița bat in Berlin um Hilfe bei Energie und Grenzschutz.
Sorgen bereitet zudem die abtrünnige Region Transnistrien, in der seit 1992 russische Soldaten stationiert sind.

Moskau reagierte gereizt.
Außenamtssprecherin Maria Sacharowa warf Berlin am Dienstag vor, Moldau in einen „antirussischen Kurs“ zu drängen.
Das Verhältnis zwischen Berlin und Moskau ist ohnehin auf einem Tiefpunkt: Am Montag hatte die Bundesregierung als Reaktion auf die Gräueltaten im Kiewer Vorort Butscha 40 russische Diplomaten zu unerwünschten Personen erklärt.
Ein Folgetreffen der Unterstützungsplattform soll im Sommer in Bukarest stattfinden.

Auch im Altkreis Halle kommen Geflüchtete an, die über Moldau gereist sind.
Der Kreis Gütersloh hat nach eigenen Angaben bis Ende März rund 3400 Menschen aus der Ukraine aufgenommen.
Der Verein „Haller helfen“ sammelt am Samstag von 10 bis 14 Uhr am Kirchplatz Sachspenden für einen Transport nach Chișinău.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b95de01_eu_schutzrichtlinie_aktiviert_2022_03", "2022-03-05", DE01,
        [
            T("dem Jahr 2001", "DATE", "2001"),
            T("Donnerstag", "DATE", "2022-03-03"),
            T("Freitag", "DATE", "2022-03-04", 0),
            T("selben Tag", "DATE", "2022-03-04"),
            T("ein Jahr", "DURATION", "P1Y"),
            T("sechs Monate", "DURATION", "P6M"),
            T("Mittwoch", "DATE", "2022-03-02"),
            T("24. Februar", "DATE", "2022-02-24"),
            T("Freitag", "DATE", "2022-03-04", 1),
            T("Dienstag", "DATE", "2022-03-01"),
            T("Freitag", "DATE", "2022-03-04", 2),
            T("der Nacht zum Freitag", "TIME", "2022-03-03TNI", note="night to Friday 4 March 2022"),
            T("Samstag", "DATE", "2022-03-05"),
            T("10 Uhr Moskauer Zeit", "TIME", "2022-03-05T10:00", note="Moscow time"),
            T("Samstagmittag", "TIME", "2022-03-05T12:00"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Sonntag", "DATE", "2022-03-06"),
            T("18 Uhr", "TIME", "2022-03-06T18:00", note="local time (CET)"),
        ],
        [
            E("EU interior ministers agree unanimously to take in people from Ukraine under temporary protection",
              "AGREE", ["European Union", "Ukraine"], "2022-03-03", "text", "occurred",
              "einigten sich am Donnerstag in Brüssel einstimmig"),
            E("EU Council formally activates the temporary protection directive for people fleeing Ukraine", "AID",
              ["European Union", "Ukraine"], "2022-03-04", "text", "occurred", "Am Freitag fasste der Rat"),
            E("Commission proposed activating the directive", "REQUEST", ["European Union"], "2022-03-02", "text",
              "occurred", "die Kommission hatte die Aktivierung erst am Mittwoch vorgeschlagen"),
            E("Faeser: Germany will take in everyone fleeing Putin's bombs", "AID", ["Germany", "Ukraine"],
              "2022-03-03", "context", "planned", "Deutschland werde alle aufnehmen"),
            E("Ministers reject a fixed distribution of refugees among member states", "REJECT", ["European Union"],
              "2022-03-03", "context", "occurred", "Eine feste Verteilung der Schutzsuchenden"),
            E("Darmanin blames Russia for bringing war back to Europe", "ACCUSE", ["France", "Russia"], "2022-03-03",
              "context", "occurred", "Der französische Innenminister Gérald Darmanin"),
            E("Russian invasion of Ukraine began on 24 February", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24",
              "text", "occurred", "seit Beginn der russischen Invasion am 24. Februar"),
            E("UN launched a 1.7 billion dollar appeal for Ukraine and its neighbours", "REQUEST",
              ["United Nations", "Ukraine"], "2022-03-01", "text", "occurred", "einen Hilfsappell über 1,7 Milliarden"),
            E("Poland demands financial support from Brussels for taking in refugees", "REQUEST",
              ["Poland", "European Union"], "2022-03-04", "text", "occurred", "verlangte am Freitag finanzielle"),
            E("Commission holds out the prospect of redirecting cohesion funds for the reception of refugees", "AID",
              ["European Union", "Poland"], "2022-03-05", "published", "planned", "stellte in Aussicht"),
            E("Zelensky thanks the Europeans for taking in Ukrainians", "SUPPORT",
              ["Volodymyr Zelensky", "European Union"], "2022-03-03TNI", "text", "occurred",
              "dankte in der Nacht zum Freitag"),
            E("Russia announces a local ceasefire for evacuation corridors from Mariupol and Volnovakha", "RETREAT",
              ["Russia", "Ukraine"], "2022-03-05T10:00", "text", "planned",
              "kündigte für Samstag ab 10 Uhr Moskauer Zeit"),
            E("Ukraine accuses Moscow of breaking the ceasefire", "ACCUSE", ["Ukraine", "Russia"], "2022-03-05T12:00",
              "text", "occurred", "Am Samstagmittag warf die ukrainische Seite"),
            E("Peskov blames Kyiv for the suffering of civilians", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2022-03-05", "published", "occurred", "Kremlsprecher Dmitri Peskow hatte erklärt"),
        ],
        [
            S("European Union", "Johansson: a historic moment", "2022-03-03", "context", "Ylva Johansson sprach"),
            S("Germany", "Faeser: Germany will take in all who flee Putin's bombs, regardless of nationality",
              "2022-03-03", "context", "Deutschland werde alle aufnehmen"),
            S("France", "Darmanin: the agreement answers the war Russia brought back to Europe", "2022-03-03",
              "context", "Der französische Innenminister Gérald Darmanin"),
            S("United Nations", "UNHCR: more than 1.2 million people have left Ukraine since 24 February",
              "2022-03-05", "published", "Nach Zählung des UN-Flüchtlingshilfswerks"),
            S("United Nations", "Grandi: the fastest-growing refugee crisis in Europe since the Second World War",
              "2022-03-04", "text", "Filippo Grandi sprach am Freitag"),
            S("Poland", "Morawiecki: no government can carry such a task alone", "2022-03-04", "context",
              "Mateusz Morawiecki sagte"),
            S("Volodymyr Zelensky", "Thanks the Europeans for taking in Ukrainians", "2022-03-03TNI", "text",
              "dankte in der Nacht zum Freitag"),
            S("Russia", "Defence ministry announces a local ceasefire from 10 a.m. Moscow time on Saturday",
              "2022-03-05", "published", "kündigte für Samstag ab 10 Uhr Moskauer Zeit"),
            S("Ukraine", "Moscow is not observing the ceasefire", "2022-03-05T12:00", "text",
              "Am Samstagmittag warf die ukrainische Seite"),
            S("Dmitry Peskov", "Kyiv alone bears responsibility for the suffering of civilians", "2022-03-05",
              "published", "Kremlsprecher Dmitri Peskow hatte erklärt"),
        ],
        ["European Union", "Ukraine", "Germany", "Vladimir Putin", "France", "Russia", "United Nations", "Poland",
         "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b95de02_prag_lex_ukrajina_2023_10", "2023-10-20", DE02,
        [
            T("Mittwoch", "DATE", "2023-10-18"),
            T("31. März 2025", "DATE", "2025-03-31"),
            T("150 Tage", "DURATION", "P150D"),
            T("März 2024", "DATE", "2024-03"),
            T("Anfang November", "DATE", "2023-11", mod="START"),
            T("28. September", "DATE", "2023-09-28"),
            T("ein weiteres Jahr", "DURATION", "P1Y"),
            T("4. März 2025", "DATE", "2025-03-04"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("2025", "DATE", "2025", 2),
            T("kommenden Jahr", "DATE", "2024"),
            T("6. Juli", "DATE", "2023-07-06"),
            T("Donnerstag", "DATE", "2023-10-19"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("Samstag", "DATE", "2023-10-21"),
        ],
        [
            E("Czech lower house extends temporary protection for Ukrainians until 31 March 2025", "AID",
              ["Ukraine"], "2023-10-18", "text", "occurred", "Das Abgeordnetenhaus billigte am Mittwoch"),
            E("Free emergency housing for newcomers limited to 150 days", "SANCTION", ["Ukraine"], "2023-10-18",
              "context", "planned", "Zugleich werden die Regeln strenger"),
            E("EU interior ministers agree to extend temporary protection for Ukrainians until 4 March 2025",
              "AGREE", ["European Union", "Ukraine"], "2023-09-28", "text", "occurred",
              "hatten sich am 28. September in Brüssel darauf verständigt"),
            E("EU ministers to discuss protection after 2025 next year", "CONSULT", ["European Union"], "2024",
              "text", "planned", "Über die Zeit nach 2025"),
            E("Ukraine's ambassador thanks the Czech deputies", "SUPPORT", ["Ukraine"], "2023-10-20", "published",
              "occurred", "dankte den Abgeordneten"),
            E("Ukraine promises to bring its citizens back once the war allows", "AGREE", ["Ukraine"], "2023-10-20",
              "published", "planned", "Die Ukraine werde ihre Bürger zurückholen"),
            E("Zelensky visited Prague", "CONSULT", ["Volodymyr Zelensky"], "2023-07-06", "text", "occurred",
              "bei seinem Besuch in Prag am 6. Juli"),
            E("Zelensky thanked Czechia for taking in refugees", "SUPPORT", ["Volodymyr Zelensky"], "2023-07-06",
              "text", "occurred", "bei seinem Besuch in Prag am 6. Juli"),
            E("UNHCR criticises the limit on emergency housing", "ACCUSE", ["United Nations"], "2023-10-19",
              "context", "occurred", "hieß es in einer Stellungnahme vom Donnerstag"),
            E("UNHCR calls on the Czech government to provide exceptions for vulnerable groups", "REQUEST",
              ["United Nations"], "2023-10-19", "context", "occurred", "Das UNHCR forderte die Regierung auf"),
        ],
        [
            S("European Union", "Johansson: a safe return is not possible at present given continuing Russian attacks",
              "2023-09-28", "context", "Ylva Johansson begründete"),
            S("Ukraine", "Ambassador Zvarych thanks the deputies for a sign of true friendship",
              "2023-10-20", "published", "dankte den Abgeordneten"),
            S("Ukraine", "Ukraine will bring its citizens back as soon as the war allows", "2023-10-20", "published",
              "Die Ukraine werde ihre Bürger zurückholen"),
            S("Volodymyr Zelensky", "Thanked Czechia for taking in more refugees per head than any other EU country",
              "2023-07-06", "text", "bei seinem Besuch in Prag am 6. Juli"),
            S("United Nations", "UNHCR: limiting emergency housing threatens to make vulnerable people homeless",
              "2023-10-19", "text", "hieß es in einer Stellungnahme vom Donnerstag"),
            S("United Nations", "UNHCR asks the government to provide exceptions for these groups", "2023-10-19",
              "context", "Das UNHCR forderte die Regierung auf"),
        ],
        ["Ukraine", "European Union", "Russia", "Volodymyr Zelensky", "United Nations"],
    ),
    doc(
        "b95de03_konsularstopp_wehrfaehige_maenner_2024_04", "2024-04-26", DE03,
        [
            T("Dienstag", "DATE", "2024-04-23"),
            T("16. April", "DATE", "2024-04-16"),
            T("18. Mai", "DATE", "2024-05-18"),
            T("Ende März", "DATE", "2024-03", mod="END"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2024-04-24", 0),
            T("März 2025", "DATE", "2025-03"),
            T("Mittwoch", "DATE", "2024-04-24", 1),
            T("Donnerstag", "DATE", "2024-04-25"),
            T("Juni", "DATE", "2024-06"),
            T("die kommenden Tage", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ukraine suspends consular services abroad for men aged 18 to 60", "COERCE", ["Ukraine"], "2024-04-23",
              "text", "occurred", "setzte am Dienstag die konsularischen Dienstleistungen"),
            E("Zelensky signs the new mobilisation law", "MOBILIZE", ["Volodymyr Zelensky", "Ukraine"], "2024-04-16",
              "text", "occurred", "am 16. April unterzeichnet"),
            E("German government: no deportations of Ukrainian men liable for military service", "REJECT",
              ["Germany", "Ukraine"], "2024-04-24", "context", "occurred", "Abschiebungen wehrpflichtiger Männer"),
            E("Poland's defence minister offers to help Ukraine return men liable for military service", "AGREE",
              ["Poland", "Ukraine"], "2024-04-24", "text", "occurred", "bot der Ukraine am Mittwoch an"),
            E("Zakharova accuses Kyiv of hunting its citizens as cannon fodder", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2024-04-25", "text", "occurred", "Maria Sacharowa am Donnerstag"),
            E("Interior ministers of the Federation and the Länder to discuss the consequences in June", "CONSULT",
              ["Germany"], "2024-06", "text", "planned", "Frühjahrskonferenz im Juni in Potsdam"),
        ],
        [
            S("Ukraine", "Kuleba: living abroad does not release anyone from duties towards the homeland",
              "2024-04-23", "context", "Außenminister Dmytro Kuleba schrieb"),
            S("Germany", "Interior ministry: protection under the EU directive does not depend on a valid passport",
              "2024-04-24", "context", "hänge nicht von einem gültigen Pass ab"),
            S("Germany", "Interior ministry rules out deportations of men liable for military service", "2024-04-24",
              "context", "Abschiebungen wehrpflichtiger Männer"),
            S("European Union", "Temporary protection applies until March 2025 regardless of a passport",
              "2024-04-26", "published", "Auch die EU-Kommission erklärte"),
            S("Poland", "Kosiniak-Kamysz: many Poles are outraged to see young Ukrainians in cafés", "2024-04-24",
              "context", "Viele Polen seien empört"),
            S("Poland", "Tusk's office: a forced return is legally hardly possible", "2024-04-26", "published",
              "hieß es aus seiner Kanzlei"),
            S("Maria Zakharova", "A manhunt; Kyiv wants its citizens back as cannon fodder", "2024-04-25", "text",
              "Maria Sacharowa am Donnerstag"),
            S("Ukraine", "Foreign ministry announces clarification of which services resume abroad", "2024-04-26",
              "published", "Das ukrainische Außenministerium kündigte"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Germany", "European Union", "Poland", "Donald Tusk", "Russia",
         "Maria Zakharova"],
    ),
    doc(
        "b95de04_rechtskreiswechsel_ukrainer_2025_11", "2025-11-20", DE04,
        [
            T("1. April 2025", "DATE", "2025-04-01"),
            T("Mittwoch", "DATE", "2025-11-19", 0),
            T("Monat", "SET", "P1M"),
            T("Dezember", "DATE", "2025-12", 0),
            T("vergangene Woche", "DATE", "2025-W46"),
            T("Dienstagabend", "TIME", "2025-11-18TEV"),
            T("Ende August", "DATE", "2025-08", mod="END"),
            T("Oktober", "DATE", "2025-10"),
            T("Mittwoch", "DATE", "2025-11-19", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Mittwoch", "DATE", "2025-11-19", 2),
            T("Juni", "DATE", "2025-06"),
            T("März 2027", "DATE", "2027-03"),
            T("Dezember", "DATE", "2025-12", 1),
            T("Samstag", "DATE", "2025-11-22"),
        ],
        [
            E("German cabinet approves moving newly arrived Ukrainians from citizen's income to asylum-seeker benefits",
              "SANCTION", ["Germany", "Ukraine"], "2025-11-19", "text", "occurred",
              "Das Bundeskabinett billigte am Mittwoch"),
            E("Bundestag to debate the bill in first reading in December", "SANCTION", ["Germany", "Ukraine"],
              "2025-12", "text", "planned", "Der Bundestag soll den Entwurf im Dezember"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2025-W46", "text",
              "occurred", "in einem Telefonat gebeten"),
            E("Merz asks Zelensky to make sure young men stay in Ukraine", "REQUEST",
              ["Friedrich Merz", "Volodymyr Zelensky"], "2025-W46", "context", "occurred",
              "in einem Telefonat gebeten"),
            E("Ukraine allowed men aged 18 to 22 to leave the country", "CONCEDE", ["Ukraine"], "2025-08", "text",
              "occurred", "Seit Kiew Ende August", date_mod="END"),
            E("Ukraine's ambassador confirms the call; no new exit ban planned", "REJECT", ["Ukraine", "Germany"],
              "2025-11-19", "context", "occurred", "eine erneute Ausreisesperre"),
            E("Zakharova accuses Berlin of wanting to drive young Ukrainians back to the front", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2025-11-19", "text", "occurred", "sagte sie am Mittwoch"),
            E("EU extended temporary protection for people from Ukraine until March 2027", "AID",
              ["European Union", "Ukraine"], "2025-06", "text", "occurred", "im Juni bis März 2027 verlängert"),
            E("Dobrindt to propose a common line on young Ukrainian men at the EU interior ministers' meeting",
              "REQUEST", ["Germany", "European Union"], "2025-12", "text", "planned", "Alexander Dobrindt (CSU) will"),
            E("EU interior ministers' meeting in December", "CONSULT", ["Germany", "European Union"], "2025-12",
              "text", "planned", "Alexander Dobrindt (CSU) will"),
        ],
        [
            S("Germany", "Bas: the switch implements the coalition agreement and treats protection seekers equally",
              "2025-11-19", "context", "Bas sagte nach der Sitzung"),
            S("Friedrich Merz", "Asked Zelensky in a call last week to make sure young men stay in their country",
              "2025-11-18TEV", "text", "sagte Merz am Dienstagabend"),
            S("Germany", "Interior ministry: more than 18,000 people from Ukraine arrived in October",
              "2025-11-20", "published", "Nach Angaben des Bundesinnenministeriums"),
            S("Ukraine", "Makeiev confirms the conversation", "2025-11-19", "text", "bestätigte am Mittwoch im ZDF"),
            S("Ukraine", "Kyiv takes Berlin's concerns seriously, but no new exit ban is planned", "2025-11-19",
              "context", "eine erneute Ausreisesperre"),
            S("Maria Zakharova", "Berlin wants to drive young Ukrainians back to the front", "2025-11-19", "text",
              "sagte sie am Mittwoch"),
        ],
        ["Germany", "Ukraine", "Friedrich Merz", "Volodymyr Zelensky", "Russia", "Maria Zakharova",
         "European Union"],
    ),
    doc(
        "b95de05_polen_hilfe_ukrainer_800plus_2025_09", "2025-09-29", DE05,
        [
            T("Freitag", "DATE", "2025-09-26", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("4. März 2026", "DATE", "2026-03-04"),
            T("wochenlanger", "DURATION", "PXW"),
            T("25. August", "DATE", "2025-08-25"),
            T("12. September", "DATE", "2025-09-12"),
            T("Freitag", "DATE", "2025-09-26", 1),
            T("Samstag", "DATE", "2025-09-27"),
            T("mindestens sechs Monaten", "DURATION", "P6M", mod="EQUAL_OR_MORE"),
            T("Montag", "DATE", "2025-09-29"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Oktober", "DATE", "2025-10"),
        ],
        [
            E("Polish president signs the new law tying aid for Ukrainians to employment", "SANCTION",
              ["Poland", "Ukraine"], "2025-09-26", "text", "occurred", "unterzeichnete am Freitag das neue Gesetz"),
            E("Poland's special residence status for Ukrainians to end on 4 March 2026", "SANCTION",
              ["Poland", "Ukraine"], "2026-03-04", "text", "planned", "Der besondere Aufenthaltsstatus"),
            E("Nawrocki vetoed the first version of the aid law", "REJECT", ["Poland", "Ukraine"], "2025-08-25",
              "text", "occurred", "Am 25. August hatte Nawrocki"),
            E("Nawrocki demanded that benefits for Ukrainians be tied to employment", "REQUEST", ["Poland"],
              "2025-08-25", "context", "occurred", "Am 25. August hatte Nawrocki"),
            E("Sejm passes the government's new draft", "SANCTION", ["Poland", "Ukraine"], "2025-09-12", "text",
              "occurred", "den der Sejm am 12. September verabschiedete"),
            E("Sybiha–Sikorski phone call", "CONSULT", ["Andrii Sybiha", "Poland"], "2025-09-27", "text", "occurred",
              "telefonierte am Samstag"),
            E("Sybiha asks Poland to avoid hardship for mothers and elderly people", "REQUEST",
              ["Andrii Sybiha", "Poland"], "2025-09-27", "context", "occurred", "telefonierte am Samstag"),
            E("Sikorski promises to oversee implementation together with the Ukrainian embassy", "AGREE",
              ["Poland", "Ukraine"], "2025-09-27", "context", "occurred", "Sikorski habe zugesagt"),
            E("UNHCR calls for a transition period of at least six months", "REQUEST", ["United Nations", "Poland"],
              "2025-09-29", "published", "occurred", "forderte eine Übergangsfrist"),
        ],
        [
            S("Donald Tusk", "Poland remains Ukraine's most reliable friend, but aid must not be abused", "2025-09-26",
              "text", "Tusk sagte am Freitag"),
            S("Poland", "Nawrocki: the law is just to Poles and fair to Ukrainians who work here", "2025-09-26",
              "context", "Nawrocki erklärte"),
            S("Andrii Sybiha", "Asks to avoid hardship for mothers with small children and elderly people",
              "2025-09-27", "text", "telefonierte am Samstag"),
            S("Ukraine", "Foreign ministry: Sikorski promised to oversee implementation with the embassy", "2025-09-27",
              "context", "Sikorski habe zugesagt"),
            S("United Nations", "UNHCR: about 100,000 children could lose the benefit; asks for a transition period",
              "2025-09-29", "published", "forderte eine Übergangsfrist"),
            S("European Union", "Member states may shape benefits but must respect rights under the directive",
              "2025-09-29", "published", "Eine Sprecherin der EU-Kommission"),
            S("Dmitry Peskov", "The debate shows Europe is growing tired of Ukraine", "2025-09-29", "text",
              "Kremlsprecher Dmitri Peskow sah"),
        ],
        ["Poland", "Ukraine", "Donald Tusk", "Andrii Sybiha", "United Nations", "European Union",
         "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b95de06_moldau_unterstuetzungskonferenz_2022_04", "2022-04-06", DE06,
        [
            T("Dienstag", "DATE", "2022-04-05", 0),
            T("24. Februar", "DATE", "2022-02-24"),
            T("1992", "DATE", "1992"),
            T("Dienstag", "DATE", "2022-04-05", 1),
            T("Montag", "DATE", "2022-04-04"),
            T("Sommer", "DATE", "2022-SU"),
            T("Ende März", "DATE", "2022-03", mod="END"),
            T("Samstag", "DATE", "2022-04-09"),
            T("10", "TIME", "2022-04-09T10:00", note="local time (CEST)"),
            T("14 Uhr", "TIME", "2022-04-09T14:00", note="local time (CEST)"),
        ],
        [
            E("Moldova support conference in Berlin hosted by Germany with France and Romania", "CONSULT",
              ["Germany", "France", "European Union", "United Nations"], "2022-04-05", "text", "occurred",
              "Auf einer Konferenz in Berlin sagten am Dienstag"),
            E("About 40 states and organisations pledge more than 650 million euros for Moldova", "AID",
              ["Germany", "France", "European Union"], "2022-04-05", "text", "occurred",
              "Auf einer Konferenz in Berlin sagten am Dienstag"),
            E("Germany provides 50 million euros for Moldova", "AID", ["Germany"], "2022-04-05", "context",
              "occurred", "Deutschland selbst stellt 50 Millionen Euro bereit"),
            E("Germany to take in 2,500 refugees stranded in Moldova", "AID", ["Germany", "Ukraine"], "2022-04-05",
              "context", "planned", "Deutschland selbst stellt 50 Millionen Euro bereit"),
            E("Baerbock: Russia's war threatens the stability of the whole region", "ACCUSE", ["Germany", "Russia"],
              "2022-04-05", "context", "occurred", "Baerbock sagte, Russlands Krieg"),
            E("France to take over refugees from Moldova as well", "AID", ["France", "Ukraine"], "2022-04-05",
              "context", "planned", "Jean-Yves Le Drian kündigte an"),
            E("Commission pledges further budget support to Moldova", "AID", ["European Union"], "2022-04-05",
              "context", "occurred", "Die EU-Kommission sagte weitere Budgethilfen zu"),
            E("Russian troops stationed in Transnistria since 1992", "MOBILIZE", ["Russia"], "1992",
              "text", "occurred", "Transnistrien, in der seit 1992", date_mod="START"),
            E("Zakharova accuses Berlin of pushing Moldova onto an anti-Russian course", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2022-04-05", "text", "occurred", "Maria Sacharowa warf Berlin"),
            E("Germany declares 40 Russian diplomats persona non grata after Bucha", "SANCTION", ["Germany", "Russia"],
              "2022-04-04", "text", "occurred", "40 russische Diplomaten"),
            E("Follow-up meeting of the support platform planned in Bucharest in the summer", "CONSULT",
              ["Germany", "France"], "2022-SU", "text", "planned", "Ein Folgetreffen der Unterstützungsplattform"),
        ],
        [
            S("Germany", "Baerbock: Russia's war threatens the whole region; Moldova must not be left alone",
              "2022-04-05", "context", "Baerbock sagte, Russlands Krieg"),
            S("France", "Le Drian: France will also take over refugees from Moldova", "2022-04-05", "context",
              "Jean-Yves Le Drian kündigte an"),
            S("Maria Zakharova", "Berlin is pushing Moldova onto an anti-Russian course", "2022-04-05", "text",
              "Maria Sacharowa warf Berlin"),
        ],
        ["Ukraine", "Germany", "France", "European Union", "United Nations", "Russia", "Maria Zakharova"],
    ),
]
