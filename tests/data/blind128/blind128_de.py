"""German articles of the blind128 set (fictionalised; written and annotated blind to the extraction code).

Theme: Ukrainian men of military age abroad, 2024–2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b128de01 (wire report, AFP-style)
DE01 = """
Mobilisierungsgesetz in Kraft: Ukrainische Konsulate bedienen wehrpflichtige Männer wieder – unter Auflagen

Kiew/Berlin (AFP). In der Ukraine ist am Samstag das umstrittene neue Mobilisierungsgesetz in Kraft getreten.
Präsident Wolodymyr Selenskyj hatte es am 16. April unterzeichnet, nachdem das Parlament monatelang über mehr als 4000 Änderungsanträge gestritten hatte.
Wehrpflichtige Männer zwischen 18 und 60 Jahren müssen ihre Daten binnen 60 Tagen bei den Kreiswehrersatzämtern, in Bürgerbüros oder über die neue App „Reserv+“ aktualisieren.

Zugleich nahmen die ukrainischen Konsulate ihre Dienste für Männer im wehrfähigen Alter wieder auf, die das Außenministerium in Kiew Ende April ausgesetzt hatte.
Neue Reisepässe erhalten diese Männer allerdings nur noch in der Ukraine selbst; im Ausland bekommen sie Dokumente nur gegen Vorlage gültiger Wehrpapiere.
Außenminister Dmytro Kuleba hatte die Aussetzung damals damit begründet, dass ein Aufenthalt im Ausland niemanden von seinen Pflichten gegenüber dem Heimatland befreie.

In Deutschland leben nach Angaben des Bundesinnenministeriums rund 210.000 ukrainische Männer im wehrpflichtigen Alter.
Das Ministerium bekräftigte am Freitag, an ihrem Schutzstatus ändere sich nichts, Abschiebungen in die Ukraine seien ausgeschlossen.
Wer keinen gültigen Pass mehr habe, könne bei der Ausländerbehörde einen Ausweisersatz beantragen, sagte eine Sprecherin.

In Polen hatte Verteidigungsminister Władysław Kosiniak-Kamysz kürzlich angeboten, Kiew bei der Rückkehr wehrpflichtiger Männer zu unterstützen.
Ministerpräsident Donald Tusk stellte am Donnerstag in Warschau klar, niemand werde gegen seinen Willen ausgewiesen.
Polen werde Kiew aber helfen, „wo das Recht es erlaubt“, fügte er hinzu.

Kremlsprecher Dmitri Peskow sagte am Freitag, das Gesetz zeige, dass Kiew die Soldaten ausgingen.
Der Westen treibe die Ukraine dazu, „bis zum letzten Ukrainer“ zu kämpfen, warf er den Verbündeten Kiews vor.

Die Frist zur Aktualisierung der Daten läuft Mitte Juli ab, wer sie versäumt, muss mit Geldstrafen rechnen.
Die EU-Kommission stellte klar, dass der vorübergehende Schutz in der EU nicht vom Besitz eines gültigen Passes abhängt.
Die Innenminister der EU wollen nach Angaben aus Brüssel in den kommenden Wochen über die Folgen des Gesetzes für die rund 4,2 Millionen Schutzberechtigten beraten.
"""

# ---------------------------------------------------------------- b128de02 (regional paper, Brandenburg)
DE02 = """
Innenminister uneins über wehrfähige Ukrainer – Faeser lehnt Rückführungen ab

Potsdam. Zum Abschluss der Innenministerkonferenz in Potsdam hat Bundesinnenministerin Nancy Faeser (SPD) Forderungen nach einer Rückführung wehrfähiger Ukrainer eine klare Absage erteilt.
„Wir schicken niemanden in einen Krieg zurück“, sagte die SPD-Politikerin am Freitag vor Journalisten im Kongresshotel am Templiner See.
Wer vor Putins Bomben geflohen sei, genieße in Deutschland Schutz, daran ändere auch das neue ukrainische Mobilisierungsgesetz nichts.

Bayerns Innenminister Joachim Herrmann (CSU) hatte am Dienstag, vor Beginn der dreitägigen Konferenz, gefordert, arbeitsfähigen Männern ohne Job das Bürgergeld zu streichen.
Sie sollten in sichere Gebiete der Westukraine zurückkehren, sagte Herrmann.
Unterstützung kam aus der Unionsfraktion im Bundestag, eine Mehrheit der Länder folgte dem Vorstoß jedoch nicht.
Bund und Länder vereinbarten stattdessen, bis zum Herbst gemeinsam zu prüfen, wie mehr Ukrainer schneller in Arbeit kommen.

Der ukrainische Botschafter Oleksii Makeiev sagte unserer Zeitung, Kiew erwarte von Berlin keine Abschiebungen.
Er bat die Bundesregierung aber um Unterstützung dabei, dass die Männer ihrer Pflicht zur Registrierung nachkommen.
Nach dem am 18. Mai in Kraft getretenen Gesetz müssen sich Männer zwischen 18 und 60 Jahren bis zum 16. Juli registrieren.
Seit Ende April hatten die Auslandsvertretungen Männern dieser Altersgruppe überhaupt keine konsularischen Dienste mehr angeboten.

In Polen hatte Außenminister Radosław Sikorski bereits im April erklärt, viele Polen ärgerten sich über junge Ukrainer in Cafés, während deren Altersgenossen an der Front kämpften.
Aus Moskau kam Spott.
Außenamtssprecherin Maria Sacharowa nannte die Debatte in der EU am Donnerstag „Heuchelei“, weil Europa die Ukrainer erst aufnehme und dann an die Front schicken wolle.

In Potsdam leben nach Angaben der Stadt rund 1900 Menschen aus der Ukraine, etwa jeder Fünfte von ihnen ist ein Mann im wehrfähigen Alter.
Die Ausländerbehörde stellt seit Mai verstärkt Ausweisersatzpapiere aus, wenn Pässe abgelaufen sind.
Die nächste Innenministerkonferenz tagt im Dezember in Rheinsberg.
"""

# ---------------------------------------------------------------- b128de03 (German-minority weekly, Opole)
DE03 = """
Ukrainische Legion: Anwerbung in Polen kommt nur schleppend voran

Oppeln/Lublin. Seit Ende Oktober wirbt die Ukraine in Polen Freiwillige für ihre „Ukrainische Legion“ an, doch bislang haben sich nach Angaben aus Warschau erst wenige Hundert Männer gemeldet.
Verteidigungsminister Władysław Kosiniak-Kamysz sagte am Dienstag im Sejm, das Interesse sei „deutlich geringer als erhofft“.
Zugleich versicherte er, Polen werde niemanden zum Dienst zwingen: „Wir werden keine Männer an die Grenze bringen.“

Die Legion geht auf das Sicherheitsabkommen zurück, das Ministerpräsident Donald Tusk und Präsident Wolodymyr Selenskyj am 8. Juli in Warschau unterzeichnet hatten.
Ukrainer, die in Polen leben, sollen sich freiwillig melden, von polnischen Ausbildern trainiert und danach in die Ukraine verlegt werden.
Das Rekrutierungsbüro befindet sich im ukrainischen Generalkonsulat in Lublin.
Ein zweites soll nach Angaben der ukrainischen Botschaft Anfang Januar in Breslau öffnen.

Botschafter Wassyl Bodnar warb am Mittwoch in einem Interview mit dem Polnischen Rundfunk erneut um Freiwillige.
Viele Männer fürchteten, nach der Ausbildung sofort an die Front zu müssen, räumte er ein.
Nach Schätzungen der polnischen Regierung leben rund 300.000 ukrainische Männer im wehrpflichtigen Alter im Land.
Kiew hatte im Frühjahr die konsularischen Dienste für diese Männer ausgesetzt und sie erst im Mai unter strengen Auflagen wieder aufgenommen.

In Moskau stößt die Legion auf scharfe Ablehnung.
Außenamtssprecherin Maria Sacharowa warf Warschau vergangene Woche vor, sich als „Rekrutierungsbüro des Kiewer Regimes“ herzugeben und so selbst zur Kriegspartei zu werden.
Ein Sprecher des polnischen Außenministeriums wies das am Freitag als „billige Propaganda“ zurück.
Außenminister Radosław Sikorski kündigte an, das Thema beim Treffen der EU-Außenminister am Montag in Brüssel anzusprechen.

Auch in der Woiwodschaft Oppeln leben nach Angaben des Woiwodschaftsamts gut 20.000 Ukrainerinnen und Ukrainer.
Der Verband der deutschen Gesellschaften bietet in Oppeln und Ratibor Sprachkurse für Geflüchtete an.
Dort beobachtet man nach eigenen Angaben, dass seit dem Sommer deutlich weniger Männer zu den Kursen kommen.
Viele von ihnen, heißt es, meiden Behörden und Konsulate aus Sorge, ihre Papiere könnten nicht verlängert werden.
"""

# ---------------------------------------------------------------- b128de04 (explainer, questions and answers)
DE04 = """
Ein Jahr Front für eine Million Hrywnja: Was hinter Kiews Angebot an junge Männer steckt

Berlin. Die Ukraine wirbt mit viel Geld um junge Freiwillige, auch um solche, die im Ausland leben.
Das Verteidigungsministerium in Kiew hat am Dienstag das Programm „Vertrag 18–24“ vorgestellt, das sich ausdrücklich auch an junge Ukrainer in der EU richtet.

Was sieht der Vertrag vor?
Wer zwischen 18 und 24 Jahre alt ist und sich für ein Jahr verpflichtet, erhält eine Million Hrywnja, umgerechnet rund 23.000 Euro.
Nach Ablauf des Vertrags sind die Soldaten zwölf Monate lang von der Mobilisierung befreit und dürfen das Land verlassen.
Verteidigungsminister Rustem Umjerow sprach bei der Vorstellung von einem „fairen Angebot an eine Generation, die wir schützen wollen“.

Warum gerade diese Altersgruppe?
Männer unter 25 Jahren können in der Ukraine nicht zwangsweise eingezogen werden, das Mindestalter für die Mobilisierung war erst im April 2024 von 27 auf 25 Jahre gesenkt worden.
Washington drängt seit Monaten auf eine weitere Senkung.
Der Nationale Sicherheitsberater Mike Waltz hatte im Januar gefordert, das Alter auf 18 Jahre zu senken.
Präsident Wolodymyr Selenskyj lehnt das ab: Die Ukraine brauche Waffen, nicht jüngere Soldaten, sagte er vergangene Woche in einem Interview.

Was bedeutet das für Ukrainer in Deutschland?
Nach Angaben des Ministeriums können sich junge Männer auch über die Botschaft in Berlin und die Konsulate melden.
In Deutschland leben derzeit rund 190.000 ukrainische Männer zwischen 18 und 60 Jahren, etwa ein Viertel von ihnen ist jünger als 25.
Die Bundesregierung werde niemanden gegen seinen Willen zurückschicken, daran ändere das Programm nichts, sagte ein Sprecher des Innenministeriums am Mittwoch.

Wie reagiert Moskau?
Kremlsprecher Dmitri Peskow sagte am Mittwoch, das Programm zeige, dass Kiew seine „letzten Reserven“ verheize.
Er warf den USA und Europa vor, den Krieg mit immer neuen Waffenlieferungen zu verlängern.

Wie geht es weiter?
Selenskyj will am Freitag zur Münchner Sicherheitskonferenz reisen und dort US-Vizepräsident JD Vance treffen.
Erste Verträge sollen nach Angaben aus Kiew noch im Februar unterschrieben werden.
"""

# ---------------------------------------------------------------- b128de05 (live ticker of a regional portal)
DE05 = """
Ukraine-Krieg im Liveticker: Junge Männer dürfen ausreisen – Andrang an der polnischen Grenze

20.15 Uhr: Präsident Wolodymyr Selenskyj hat die neue Ausreiseregel für junge Männer am Abend in seiner Videoansprache verteidigt.
Junge Ukrainer sollten im Ausland studieren können und trotzdem ihre Verbindung zur Heimat behalten, sagte er.

18.30 Uhr: Der polnische Grenzschutz hat seit Mitternacht nach eigenen Angaben rund 1300 ukrainische Männer zwischen 18 und 22 Jahren abgefertigt.
Ministerpräsident Donald Tusk forderte Kiew auf, dafür zu sorgen, dass die jungen Männer nicht auf Dauer im Ausland bleiben.
Polen werde sie aufnehmen, aber nicht zum „Wartesaal für eine ganze Generation“ werden, sagte Tusk in Warschau.

16.05 Uhr: Das Bundesinnenministerium sieht derzeit keinen Grund, die Aufnahme junger Ukrainer zu beschränken.
Minister Alexander Dobrindt (CSU) kündigte aber an, die Zahlen der Bundespolizei wöchentlich auswerten zu lassen.

14.40 Uhr: Kremlsprecher Dmitri Peskow hat die Regel als Beleg für die „Erschöpfung“ der ukrainischen Armee bezeichnet.
Wer könne, fliehe aus dem Land, behauptete Peskow.

12.20 Uhr: Die EU-Kommission hat den russischen Angriff auf Kiew scharf verurteilt, bei dem auch das Gebäude der EU-Vertretung beschädigt wurde.
Kommissionspräsidentin Ursula von der Leyen kündigte an, in den kommenden Wochen ein 19. Sanktionspaket gegen Russland vorzulegen.

10.00 Uhr: Bei dem russischen Drohnen- und Raketenangriff auf Kiew in der Nacht zum Donnerstag sind nach Behördenangaben mindestens 18 Menschen getötet worden.
Die ukrainische Luftwaffe zählte knapp 600 Drohnen und 31 Raketen.

7.30 Uhr: Seit Mitternacht dürfen ukrainische Männer im Alter von 18 bis einschließlich 22 Jahren das Land ungehindert verlassen.
Das Kabinett hatte die Änderung am Dienstag beschlossen, Ministerpräsidentin Julija Swyrydenko sprach von einem Schritt, um junge Menschen an die Ukraine zu binden.
Selenskyj hatte die Regierung Mitte August aufgefordert, eine solche Lösung zu finden.
Seit Februar 2022 durften Männer zwischen 18 und 60 Jahren die Ukraine nur mit Ausnahmegenehmigung verlassen.
"""

# ---------------------------------------------------------------- b128de06 (HR trade press)
DE06 = """
Mehr junge Ukrainer auf dem Arbeitsmarkt: Was Arbeitgeber zur Debatte um die 18- bis 22-Jährigen wissen sollten

Seit Kiew Ende August Männern zwischen 18 und 22 Jahren die Ausreise erlaubt hat, kommen deutlich mehr junge Ukrainer nach Deutschland.
Nach Zahlen der Bundespolizei stieg die Zahl der wöchentlich registrierten Einreisen in dieser Gruppe von rund 100 im August auf zuletzt mehr als 1500.
Für Personalabteilungen in Handwerk, Logistik und Pflege ist das eine Chance, politisch aber wird der Zuzug zunehmend zum Streitthema.

Bundesinnenminister Alexander Dobrindt (CSU) hat am Mittwoch mit seinem ukrainischen Amtskollegen Ihor Klymenko telefoniert.
Dobrindt bat Kiew nach Angaben seines Ministeriums, dafür zu sorgen, dass junge Männer „im Land bleiben, wo sie gebraucht werden“.
Klymenko sagte zu, die Entwicklung mit der Regierung in Kiew zu prüfen.
Bayerns Ministerpräsident Markus Söder (CSU) hatte vor zwei Wochen verlangt, wehrfähigen Ukrainern kein Bürgergeld mehr zu zahlen.

Die Bundesregierung plant ohnehin, Ukrainern, die seit dem 1. April eingereist sind, statt Bürgergeld Leistungen nach dem Asylbewerberleistungsgesetz zu zahlen.
Das Kabinett soll den Entwurf im November beschließen.
Für Arbeitgeber ändert sich rechtlich wenig: Wer mit einer Aufenthaltserlaubnis nach Paragraf 24 eingereist ist, darf weiterhin ohne Zustimmung der Bundesagentur arbeiten.
Die Bundesagentur für Arbeit geht nach Angaben eines Sprechers davon aus, dass derzeit rund 300.000 Ukrainerinnen und Ukrainer sozialversicherungspflichtig beschäftigt sind.
Die Bundesvereinigung der Arbeitgeberverbände warnte davor, die jungen Männer durch eine Neiddebatte zu vertreiben.

Auch Polen verzeichnet mehr Einreisen junger Männer.
Außenminister Radosław Sikorski sagte am Dienstag, Warschau erwarte, dass Kiew die Regel „noch einmal überdenkt“.
Der vorübergehende Schutz gilt in der EU für Geflüchtete aus der Ukraine bis März 2027.
Für 18- bis 22-Jährige stellen die ukrainischen Konsulate seit Anfang September auch wieder Reisepässe aus.

Die Innenminister von Bund und Ländern wollen das Thema bei ihrer Konferenz Anfang Dezember in Bremen beraten.
Personalverantwortliche sollten bis dahin vor allem auf gültige Aufenthaltstitel achten, rät die Fachanwältin für Migrationsrecht Katrin Weiler aus Köln.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-ticker time (CEST)"

DOCS = [
    doc(
        "b128de01_mobilisierungsgesetz_konsulate_2024_05", "2024-05-18", DE01,
        [
            T("Samstag", "DATE", "2024-05-18"),
            T("16. April", "DATE", "2024-04-16"),
            T("monatelang", "DURATION", "PXM"),
            T("60 Tagen", "DURATION", "P60D"),
            T("Ende April", "DATE", "2024-04", mod="END"),
            T("Freitag", "DATE", "2024-05-17", 0),
            T("kürzlich", "DATE", "PAST_REF"),
            T("Donnerstag", "DATE", "2024-05-16"),
            T("Freitag", "DATE", "2024-05-17", 1),
            T("Mitte Juli", "DATE", "2024-07", mod="MID"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ukraine's new mobilisation law takes effect", "MOBILIZE", ["Ukraine"], "2024-05-18", "text",
              "occurred", "In der Ukraine ist am Samstag"),
            E("Zelensky signs the mobilisation law", "MOBILIZE", ["Volodymyr Zelensky"], "2024-04-16", "text",
              "occurred", "Präsident Wolodymyr Selenskyj hatte es am 16. April unterzeichnet"),
            E("Men aged 18 to 60 must update their data within 60 days", "THREATEN", ["Ukraine"], "2024-05-18",
              "context", "occurred", "binnen 60 Tagen", note="deadline mid-July (16 July 2024)"),
            E("Ukrainian consulates resume services for men of military age", "CONCEDE", ["Ukraine"], "2024-05-18",
              "context", "occurred", "Zugleich nahmen die ukrainischen Konsulate"),
            E("Ukraine's foreign ministry suspended consular services for men of military age", "COERCE",
              ["Ukraine"], "2024-04", "text", "occurred", "Zugleich nahmen die ukrainischen Konsulate",
              date_mod="END", note="23 April 2024"),
            E("New passports for these men only issued inside Ukraine", "COERCE", ["Ukraine"], "2024-05-18",
              "published", "occurred", "Neue Reisepässe erhalten diese Männer"),
            E("German interior ministry rules out deportations to Ukraine", "REJECT", ["Germany", "Ukraine"],
              "2024-05-17", "text", "occurred", "Das Ministerium bekräftigte am Freitag"),
            E("Polish defence minister offers to help Kyiv return men of conscription age", "AGREE",
              ["Poland", "Ukraine"], "PAST_REF", "vague", "occurred", "Kosiniak-Kamysz kürzlich angeboten"),
            E("Tusk: nobody will be expelled against his will", "REJECT", ["Donald Tusk", "Ukraine"], "2024-05-16",
              "text", "occurred", "Ministerpräsident Donald Tusk stellte am Donnerstag"),
            E("Tusk: Poland will help Kyiv where the law allows", "AGREE", ["Donald Tusk", "Ukraine"], "2024-05-16",
              "context", "occurred", "wo das Recht es erlaubt"),
            E("Peskov: the law shows Kyiv is running out of soldiers", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2024-05-17", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Peskov accuses Kyiv's Western allies of driving Ukraine to fight to the last Ukrainian", "ACCUSE",
              ["Dmitry Peskov"], "2024-05-17", "context", "occurred", "bis zum letzten Ukrainer"),
            E("EU interior ministers to discuss the consequences of the law", "CONSULT", ["European Union"],
              "FUTURE_REF", "vague", "planned", "Die Innenminister der EU wollen"),
        ],
        [
            S("Ukraine", "Kuleba: staying abroad does not free anyone from his duties to the homeland", "2024-04",
              "context", "Außenminister Dmytro Kuleba hatte die Aussetzung damals"),
            S("Germany", "About 210,000 Ukrainian men of conscription age live in Germany", "2024-05-18",
              "published", "rund 210.000 ukrainische Männer"),
            S("Germany", "Their protection status is unchanged; deportations to Ukraine are ruled out", "2024-05-17",
              "text", "Das Ministerium bekräftigte am Freitag"),
            S("Germany", "Men without a valid passport can apply for a substitute ID", "2024-05-17", "context",
              "einen Ausweisersatz beantragen"),
            S("Donald Tusk", "Nobody will be expelled against his will", "2024-05-16", "text",
              "Ministerpräsident Donald Tusk stellte am Donnerstag"),
            S("Donald Tusk", "Poland will help Kyiv where the law allows", "2024-05-16", "context",
              "wo das Recht es erlaubt"),
            S("Dmitry Peskov", "The law shows that Kyiv is running out of soldiers", "2024-05-17", "text",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Dmitry Peskov", "The West drives Ukraine to fight to the last Ukrainian", "2024-05-17", "context",
              "bis zum letzten Ukrainer"),
            S("European Union", "Temporary protection does not depend on holding a valid passport", "2024-05-18",
              "published", "Die EU-Kommission stellte klar"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Germany", "Poland", "Donald Tusk", "Dmitry Peskov", "Kremlin",
         "European Union"],
    ),
    doc(
        "b128de02_imk_potsdam_faeser_2024_06", "2024-06-22", DE02,
        [
            T("Freitag", "DATE", "2024-06-21"),
            T("Dienstag", "DATE", "2024-06-18"),
            T("dreitägigen", "DURATION", "P3D"),
            T("Herbst", "DATE", "2024-FA"),
            T("18. Mai", "DATE", "2024-05-18"),
            T("16. Juli", "DATE", "2024-07-16"),
            T("Ende April", "DATE", "2024-04", mod="END"),
            T("April", "DATE", "2024-04", 1),
            T("Donnerstag", "DATE", "2024-06-20"),
            T("Mai", "DATE", "2024-05", 1),
            T("Dezember", "DATE", "2024-12"),
        ],
        [
            E("Faeser rejects demands to send men of military age back to Ukraine", "REJECT",
              ["Germany", "Ukraine"], "2024-06-21", "context", "occurred", "eine klare Absage erteilt"),
            E("Conference of interior ministers in Potsdam", "CONSULT", ["Germany"], "2024-06-21", "context",
              "occurred", "eine klare Absage erteilt"),
            E("Herrmann demands that jobless Ukrainian men lose their citizen's income", "REQUEST",
              ["Germany", "Ukraine"], "2024-06-18", "text", "occurred", "Bayerns Innenminister Joachim Herrmann"),
            E("Herrmann: the men should return to safe areas of western Ukraine", "REQUEST", ["Germany", "Ukraine"],
              "2024-06-18", "context", "occurred", "Sie sollten in sichere Gebiete"),
            E("Federal government and Länder agree to review by autumn how to get more Ukrainians into work",
              "AGREE", ["Germany", "Ukraine"], "2024-06-21", "context", "occurred",
              "Bund und Länder vereinbarten stattdessen"),
            E("Makeiev asks Berlin to help ensure the men register", "REQUEST", ["Ukraine", "Germany"],
              "2024-06-22", "published", "occurred", "Er bat die Bundesregierung"),
            E("Ukraine's mobilisation law in force, registration due by 16 July", "MOBILIZE", ["Ukraine"],
              "2024-05-18", "text", "occurred", "Nach dem am 18. Mai in Kraft getretenen Gesetz"),
            E("Ukraine's missions abroad stopped consular services for men of this age group", "COERCE",
              ["Ukraine"], "2024-04", "text", "occurred", "Seit Ende April hatten die Auslandsvertretungen",
              date_mod="END"),
            E("Sikorski criticises young Ukrainian men in Polish cafés", "ACCUSE", ["Poland", "Ukraine"], "2024-04",
              "text", "occurred", "viele Polen ärgerten sich"),
            E("Zakharova calls the EU debate hypocrisy", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2024-06-20", "text", "occurred", "Heuchelei"),
            E("Next conference of interior ministers in Rheinsberg", "CONSULT", ["Germany"], "2024-12", "text",
              "planned", "Die nächste Innenministerkonferenz"),
        ],
        [
            S("Germany", "Faeser: we send nobody back into a war", "2024-06-21", "text",
              "Wir schicken niemanden in einen Krieg zurück"),
            S("Germany", "Those who fled Putin's bombs enjoy protection; the Ukrainian law changes nothing",
              "2024-06-21", "context", "Wer vor Putins Bomben geflohen sei"),
            S("Germany", "Herrmann: jobless men should return to safe areas of western Ukraine", "2024-06-18",
              "context", "Sie sollten in sichere Gebiete"),
            S("Ukraine", "Makeiev: Kyiv does not expect deportations from Berlin", "2024-06-22", "published",
              "Kiew erwarte von Berlin keine Abschiebungen"),
            S("Ukraine", "Makeiev asks for help so that the men fulfil their duty to register", "2024-06-22",
              "published", "Er bat die Bundesregierung"),
            S("Poland", "Sikorski: many Poles are annoyed by young Ukrainians in cafés", "2024-04", "text",
              "viele Polen ärgerten sich"),
            S("Maria Zakharova", "The EU debate is hypocrisy", "2024-06-20", "text", "Heuchelei"),
        ],
        ["Germany", "Ukraine", "Vladimir Putin", "Poland", "Maria Zakharova", "Russia", "European Union"],
    ),
    doc(
        "b128de03_ukrainische_legion_lublin_2024_12", "2024-12-12", DE03,
        [
            T("Ende Oktober", "DATE", "2024-10", mod="END"),
            T("Dienstag", "DATE", "2024-12-10"),
            T("8. Juli", "DATE", "2024-07-08"),
            T("Anfang Januar", "DATE", "2025-01", mod="START"),
            T("Mittwoch", "DATE", "2024-12-11"),
            T("Frühjahr", "DATE", "2024-SP"),
            T("Mai", "DATE", "2024-05"),
            T("vergangene Woche", "DATE", "2024-W49"),
            T("Freitag", "DATE", "2024-12-06"),
            T("Montag", "DATE", "2024-12-16"),
            T("dem Sommer", "DATE", "2024-SU"),
        ],
        [
            E("Ukraine recruits volunteers for the Ukrainian Legion in Poland", "MOBILIZE", ["Ukraine", "Poland"],
              "2024-10", "text", "occurred", "Seit Ende Oktober wirbt", date_mod="END"),
            E("Kosiniak-Kamysz: Poland will force nobody into service", "REJECT", ["Poland", "Ukraine"],
              "2024-12-10", "context", "occurred", "Zugleich versicherte er"),
            E("Tusk and Zelensky sign the security agreement in Warsaw", "AGREE",
              ["Donald Tusk", "Volodymyr Zelensky"], "2024-07-08", "text", "occurred",
              "Die Legion geht auf das Sicherheitsabkommen zurück"),
            E("A second recruitment office to open in Wrocław", "MOBILIZE", ["Ukraine", "Poland"], "2025-01", "text",
              "planned", "Ein zweites soll", date_mod="START"),
            E("Ambassador Bodnar appeals for volunteers", "REQUEST", ["Ukraine"], "2024-12-11", "text", "occurred",
              "Botschafter Wassyl Bodnar warb"),
            E("Kyiv suspended consular services for men of conscription age", "COERCE", ["Ukraine"], "2024-SP",
              "text", "occurred", "Kiew hatte im Frühjahr"),
            E("Kyiv resumed the services under strict conditions", "CONCEDE", ["Ukraine"], "2024-05", "text",
              "occurred", "Kiew hatte im Frühjahr"),
            E("Zakharova accuses Warsaw of serving as a recruitment office for Kyiv", "ACCUSE",
              ["Maria Zakharova", "Poland"], "2024-W49", "text", "occurred", "Rekrutierungsbüro des Kiewer Regimes"),
            E("Polish foreign ministry rejects the charge as propaganda", "REJECT", ["Poland", "Maria Zakharova"],
              "2024-12-06", "text", "occurred", "billige Propaganda"),
            E("Sikorski to raise the issue at the EU foreign ministers' meeting", "CONSULT",
              ["Poland", "European Union"], "2024-12-16", "text", "planned", "Außenminister Radosław Sikorski"),
        ],
        [
            S("Poland", "Only a few hundred men have signed up for the Legion", "2024-12-12", "published",
              "Seit Ende Oktober wirbt"),
            S("Poland", "Kosiniak-Kamysz: interest is much lower than hoped", "2024-12-10", "text",
              "deutlich geringer als erhofft"),
            S("Poland", "Kosiniak-Kamysz: we will not bring men to the border", "2024-12-10", "context",
              "Zugleich versicherte er"),
            S("Ukraine", "Embassy: a second recruitment office to open in Wrocław in early January", "2024-12-12",
              "published", "Ein zweites soll"),
            S("Ukraine", "Bodnar appeals for volunteers", "2024-12-11", "text", "Botschafter Wassyl Bodnar warb"),
            S("Ukraine", "Bodnar: many men fear being sent straight to the front", "2024-12-11", "context",
              "Viele Männer fürchteten"),
            S("Poland", "About 300,000 Ukrainian men of conscription age live in Poland", "2024-12-12", "published",
              "Nach Schätzungen der polnischen Regierung"),
            S("Maria Zakharova", "Warsaw acts as the recruitment office of the Kyiv regime and becomes a party to the war",
              "2024-W49", "text", "Rekrutierungsbüro des Kiewer Regimes"),
            S("Poland", "Foreign ministry: Zakharova's charge is cheap propaganda", "2024-12-06", "text",
              "billige Propaganda"),
            S("Poland", "Sikorski will raise the issue with EU foreign ministers on Monday", "2024-12-12", "published",
              "Außenminister Radosław Sikorski"),
        ],
        ["Ukraine", "Poland", "Donald Tusk", "Volodymyr Zelensky", "Russia", "Maria Zakharova", "European Union"],
    ),
    doc(
        "b128de04_vertrag_18_24_erklaert_2025_02", "2025-02-12", DE04,
        [
            T("Ein Jahr", "DURATION", "P1Y"),
            T("Dienstag", "DATE", "2025-02-11"),
            T("ein Jahr", "DURATION", "P1Y"),
            T("zwölf Monate", "DURATION", "P12M"),
            T("April 2024", "DATE", "2024-04"),
            T("Monaten", "DURATION", "PXM"),
            T("Januar", "DATE", "2025-01"),
            T("vergangene Woche", "DATE", "2025-W06"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Mittwoch", "DATE", "2025-02-12", 0),
            T("Mittwoch", "DATE", "2025-02-12", 1),
            T("Freitag", "DATE", "2025-02-14"),
            T("Februar", "DATE", "2025-02"),
        ],
        [
            E("Ukraine's defence ministry presents the 'Contract 18–24' recruitment programme", "MOBILIZE",
              ["Ukraine"], "2025-02-11", "text", "occurred", "Das Verteidigungsministerium in Kiew hat am Dienstag"),
            E("Ukraine lowered the mobilisation age from 27 to 25", "MOBILIZE", ["Ukraine"], "2024-04", "text",
              "occurred", "Männer unter 25 Jahren"),
            E("Waltz demands that Ukraine lower the mobilisation age to 18", "REQUEST", ["United States", "Ukraine"],
              "2025-01", "text", "occurred", "Mike Waltz"),
            E("Zelensky rejects lowering the mobilisation age", "REJECT", ["Volodymyr Zelensky", "United States"],
              "2025-W06", "text", "occurred", "Präsident Wolodymyr Selenskyj lehnt das ab"),
            E("German government will send nobody back against his will", "REJECT", ["Germany", "Ukraine"],
              "2025-02-12", "text", "occurred", "Die Bundesregierung werde niemanden"),
            E("Peskov: Kyiv is burning its last reserves", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-02-12",
              "text", "occurred", "letzten Reserven"),
            E("Peskov accuses the US and Europe of prolonging the war", "ACCUSE",
              ["Dmitry Peskov", "United States", "European Union"], "2025-02-12", "context", "occurred",
              "Er warf den USA und Europa vor"),
            E("Zelensky to meet Vance at the Munich Security Conference", "CONSULT", ["Volodymyr Zelensky", "JD Vance"],
              "2025-02-14", "text", "planned", "Münchner Sicherheitskonferenz"),
            E("First contracts to be signed in February", "MOBILIZE", ["Ukraine"], "2025-02", "text", "planned",
              "Erste Verträge sollen"),
        ],
        [
            S("Rustem Umerov", "The contract is a fair offer to a generation Ukraine wants to protect", "2025-02-11",
              "context", "fairen Angebot"),
            S("Ukraine", "Young men can also sign up through the embassy in Berlin and the consulates", "2025-02-12",
              "published", "Nach Angaben des Ministeriums können sich"),
            S("United States", "Waltz: lower the mobilisation age to 18", "2025-01", "text", "Mike Waltz"),
            S("Volodymyr Zelensky", "Ukraine needs weapons, not younger soldiers", "2025-W06", "text",
              "Präsident Wolodymyr Selenskyj lehnt das ab"),
            S("Germany", "The government will send nobody back against his will; the programme changes nothing",
              "2025-02-12", "text", "Die Bundesregierung werde niemanden"),
            S("Dmitry Peskov", "The programme shows Kyiv is burning its last reserves", "2025-02-12", "text",
              "letzten Reserven"),
            S("Dmitry Peskov", "The US and Europe prolong the war with new arms deliveries", "2025-02-12", "context",
              "Er warf den USA und Europa vor"),
            S("Ukraine", "First contracts to be signed in February", "2025-02-12", "published",
              "Erste Verträge sollen"),
        ],
        ["Ukraine", "European Union", "Rustem Umerov", "United States", "Volodymyr Zelensky", "Germany",
         "Dmitry Peskov", "Kremlin", "JD Vance"],
    ),
    doc(
        "b128de05_liveticker_ausreise_18_22_2025_08", "2025-08-28", DE05,
        [
            T("20.15 Uhr", "TIME", "2025-08-28T20:15", note=LIVE),
            T("Abend", "TIME", "2025-08-28TEV"),
            T("18.30 Uhr", "TIME", "2025-08-28T18:30", note=LIVE),
            T("Mitternacht", "TIME", "2025-08-28T00:00", 0, note="Ukrainian time (EEST)"),
            T("16.05 Uhr", "TIME", "2025-08-28T16:05", note=LIVE),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("wöchentlich", "SET", "P1W"),
            T("14.40 Uhr", "TIME", "2025-08-28T14:40", note=LIVE),
            T("12.20 Uhr", "TIME", "2025-08-28T12:20", note=LIVE),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("10.00 Uhr", "TIME", "2025-08-28T10:00", note=LIVE),
            T("der Nacht zum Donnerstag", "TIME", "2025-08-27TNI", note="night of 27 to 28 August"),
            T("7.30 Uhr", "TIME", "2025-08-28T07:30", note=LIVE),
            T("Mitternacht", "TIME", "2025-08-28T00:00", 1, note="Ukrainian time (EEST)"),
            T("Dienstag", "DATE", "2025-08-26"),
            T("Mitte August", "DATE", "2025-08", mod="MID"),
            T("Februar 2022", "DATE", "2022-02"),
        ],
        [
            E("Tusk calls on Kyiv to make sure the young men do not stay abroad for good", "REQUEST",
              ["Donald Tusk", "Ukraine"], "2025-08-28", "published", "occurred", "Ministerpräsident Donald Tusk forderte Kiew"),
            E("Peskov: the rule shows the exhaustion of the Ukrainian army", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-08-28", "published", "occurred", "Erschöpfung"),
            E("Commission condemns the Russian attack on Kyiv", "ACCUSE", ["European Union", "Russia"], "2025-08-28",
              "published", "occurred", "Die EU-Kommission hat den russischen Angriff"),
            E("Von der Leyen to present a 19th sanctions package against Russia", "SANCTION",
              ["Ursula von der Leyen", "European Union", "Russia"], "FUTURE_REF", "vague", "planned",
              "19. Sanktionspaket"),
            E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-08-27TNI", "text",
              "occurred", "Bei dem russischen Drohnen- und Raketenangriff"),
            E("Men aged 18 to 22 allowed to leave Ukraine freely", "CONCEDE", ["Ukraine"], "2025-08-28T00:00", "text",
              "occurred", "Seit Mitternacht dürfen"),
            E("Cabinet decides to let men aged 18 to 22 leave", "CONCEDE", ["Ukraine"], "2025-08-26", "text",
              "occurred", "Das Kabinett hatte die Änderung am Dienstag"),
            E("Zelensky asked the government to find such a solution", "REQUEST", ["Volodymyr Zelensky", "Ukraine"],
              "2025-08", "text", "occurred", "Mitte August aufgefordert", date_mod="MID"),
            E("Exit ban for men aged 18 to 60 since February 2022", "COERCE", ["Ukraine"], "2022-02", "text",
              "occurred", "Seit Februar 2022", date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Defends the new exit rule for young men", "2025-08-28TEV", "text",
              "in seiner Videoansprache verteidigt"),
            S("Volodymyr Zelensky", "Young Ukrainians should be able to study abroad and keep their ties to home",
              "2025-08-28TEV", "context", "Junge Ukrainer sollten im Ausland studieren"),
            S("Poland", "Border guard: about 1,300 Ukrainian men aged 18 to 22 processed since midnight",
              "2025-08-28", "published", "Der polnische Grenzschutz"),
            S("Donald Tusk", "Kyiv must make sure the young men do not stay abroad for good", "2025-08-28",
              "published", "Ministerpräsident Donald Tusk forderte Kiew"),
            S("Donald Tusk", "Poland will take them in but will not become a waiting room for a whole generation",
              "2025-08-28", "published", "Wartesaal"),
            S("Germany", "Interior ministry sees no reason to restrict the admission of young Ukrainians",
              "2025-08-28", "published", "Das Bundesinnenministerium sieht derzeit"),
            S("Germany", "Dobrindt will have the federal police figures evaluated weekly", "2025-08-28", "published",
              "Minister Alexander Dobrindt"),
            S("Dmitry Peskov", "The rule shows the exhaustion of the Ukrainian army", "2025-08-28", "published",
              "Erschöpfung"),
            S("Dmitry Peskov", "Whoever can flees the country", "2025-08-28", "published", "Wer könne, fliehe"),
            S("European Union", "Commission condemns the attack on Kyiv that damaged the EU delegation",
              "2025-08-28", "published", "Die EU-Kommission hat den russischen Angriff"),
            S("Ursula von der Leyen", "Will present a 19th sanctions package in the coming weeks", "2025-08-28",
              "published", "19. Sanktionspaket"),
            S("Ukraine", "Air force: nearly 600 drones and 31 missiles", "2025-08-28", "published",
              "Die ukrainische Luftwaffe"),
            S("Ukraine", "Svyrydenko: a step to bind young people to Ukraine", "2025-08-26", "text",
              "Das Kabinett hatte die Änderung am Dienstag"),
        ],
        ["Volodymyr Zelensky", "Poland", "Donald Tusk", "Ukraine", "Germany", "Dmitry Peskov", "Kremlin",
         "European Union", "Russia", "Ursula von der Leyen"],
    ),
    doc(
        "b128de06_arbeitgeber_junge_ukrainer_2025_10", "2025-10-24", DE06,
        [
            T("Ende August", "DATE", "2025-08", mod="END"),
            T("wöchentlich", "SET", "P1W"),
            T("August", "DATE", "2025-08", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2025-10-22"),
            T("vor zwei Wochen", "DATE", "2025-W41"),
            T("dem 1. April", "DATE", "2025-04-01"),
            T("November", "DATE", "2025-11"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dienstag", "DATE", "2025-10-21"),
            T("März 2027", "DATE", "2027-03"),
            T("Anfang September", "DATE", "2025-09", mod="START"),
            T("Anfang Dezember", "DATE", "2025-12", mod="START"),
        ],
        [
            E("Kyiv allows men aged 18 to 22 to leave the country", "CONCEDE", ["Ukraine"], "2025-08", "text",
              "occurred", "Seit Kiew Ende August", date_mod="END"),
            E("Dobrindt–Klymenko phone call", "CONSULT", ["Germany", "Ukraine"], "2025-10-22", "text", "occurred",
              "hat am Mittwoch mit seinem ukrainischen Amtskollegen"),
            E("Dobrindt asks Kyiv to keep young men in the country", "REQUEST", ["Germany", "Ukraine"], "2025-10-22",
              "context", "occurred", "Dobrindt bat Kiew"),
            E("Klymenko promises to examine the development", "AGREE", ["Ukraine", "Germany"], "2025-10-22",
              "context", "occurred", "Klymenko sagte zu"),
            E("Söder demands no citizen's income for Ukrainians of military age", "REQUEST", ["Germany", "Ukraine"],
              "2025-W41", "text", "occurred", "Markus Söder"),
            E("Cabinet to approve moving Ukrainians from citizen's income to asylum-seeker benefits", "SANCTION",
              ["Germany", "Ukraine"], "2025-11", "text", "planned", "Das Kabinett soll den Entwurf"),
            E("Sikorski: Warsaw expects Kyiv to reconsider the rule", "REQUEST", ["Poland", "Ukraine"], "2025-10-21",
              "text", "occurred", "noch einmal überdenkt"),
            E("Ukrainian consulates issue passports again to men aged 18 to 22", "CONCEDE", ["Ukraine"], "2025-09",
              "text", "occurred", "stellen die ukrainischen Konsulate", date_mod="START"),
            E("Interior ministers' conference in Bremen to discuss the issue", "CONSULT", ["Germany"], "2025-12",
              "text", "planned", "Anfang Dezember in Bremen", date_mod="START"),
        ],
        [
            S("Germany", "Federal police: weekly arrivals of young Ukrainian men rose from about 100 to more than 1,500",
              "2025-10-24", "published", "Nach Zahlen der Bundespolizei"),
            S("Germany", "Dobrindt asks Kyiv to make sure young men stay where they are needed", "2025-10-22",
              "context", "Dobrindt bat Kiew"),
            S("Ukraine", "Klymenko will examine the development with the government", "2025-10-22", "context",
              "Klymenko sagte zu"),
            S("Germany", "Söder: no citizen's income for Ukrainians of military age", "2025-W41", "text",
              "Markus Söder"),
            S("Germany", "Federal employment agency: about 300,000 Ukrainians in regular employment", "2025-10-24",
              "published", "Die Bundesagentur für Arbeit geht"),
            S("Poland", "Sikorski: Warsaw expects Kyiv to reconsider the rule", "2025-10-21", "text",
              "noch einmal überdenkt"),
        ],
        ["Ukraine", "Germany", "Poland", "European Union"],
    ),
]
