"""German articles of the blind79 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b79de01 (Coburger Tageblatt)
DE01 = """
Merz erst im zweiten Anlauf Kanzler – Kiew gratuliert, Moskau stichelt

Berlin/Coburg. Erst im zweiten Wahlgang hat der Bundestag Friedrich Merz (CDU) am Dienstag zum Bundeskanzler gewählt.
Im ersten Durchgang am Vormittag fehlten dem CDU-Vorsitzenden sechs Stimmen, am Nachmittag kam er auf 325 Stimmen.
Die Hängepartie wurde auch im Ausland genau verfolgt: In Kiew, Paris und Warschau war die Erleichterung am Abend spürbar, in Moskau setzte man auf Spott.

Der ukrainische Präsident Wolodymyr Selenskyj gratulierte Merz noch am Dienstagabend und lud ihn nach Kiew ein.
„Wir zählen darauf, dass Deutschland unter Ihrer Führung noch entschlossener an der Seite der Ukraine steht“, schrieb er auf der Plattform X.
Der neue Kanzler telefonierte nach Angaben eines Regierungssprechers bereits am Mittwochmorgen mit Selenskyj; beide hätten vereinbart, sich „sehr bald“ persönlich zu treffen.

Seine ersten Auslandsreisen führen den Regierungschef noch am Mittwoch nach Paris und Warschau.
Im Élysée-Palast empfängt ihn Präsident Emmanuel Macron zum Mittagessen; beide wollen nach Angaben aus Paris einen gemeinsamen Verteidigungs- und Sicherheitsrat ins Leben rufen.
Am Nachmittag trifft Merz in Warschau Ministerpräsident Donald Tusk, der die Wahl seines neuen Amtskollegen noch am Dienstag eine „gute Nachricht für Europa und für die Ukraine“ genannt hatte.

Kremlsprecher Dmitri Peskow sagte am Mittwoch, Moskau werde den neuen Kanzler „an seinen Taten messen“.
Zugleich warf er Merz vor, mit seinen Äußerungen über Taurus-Marschflugkörper die Eskalation voranzutreiben.
Merz hatte Mitte April gesagt, er würde die Waffen in Abstimmung mit den europäischen Partnern an die Ukraine liefern.
Außenamtssprecherin Maria Sacharowa hatte schon Ende April gewarnt, jeder Einsatz der Taurus gegen russische Ziele werde als direkte Beteiligung Deutschlands am Krieg gewertet.

Kremlchef Wladimir Putin hat für den 8. bis 10. Mai eine einseitige Waffenruhe anlässlich der Feiern zum Jahrestag des Kriegsendes verkündet.
Selenskyj hatte das Angebot bereits vergangene Woche als „Theater“ abgetan und verlangt stattdessen eine Feuerpause von mindestens 30 Tagen.
In der Nacht zum Mittwoch griff Russland Kiew erneut mit Drohnen an; nach ukrainischen Angaben kamen zwei Menschen ums Leben.

Merz’ Vorgänger Olaf Scholz hatte sich vergangene Woche in einem Telefonat von Selenskyj verabschiedet.
Der Sozialdemokrat hatte die Lieferung der Taurus noch im Februar abgelehnt und vor einer Eskalation gewarnt.
In Coburg, wo nach Angaben des Landratsamts derzeit rund 1400 Geflüchtete aus der Ukraine leben, verfolgten viele die Abstimmung am Fernseher.
Der örtliche CSU-Bundestagsabgeordnete sagte unserer Zeitung, der holprige Start sei „kein gutes Signal“, an der Unterstützung für Kiew werde die Koalition aber festhalten.
"""

# ---------------------------------------------------------------- b79de02 (Hersfelder Zeitung)
DE02 = """
Scholz verliert die Vertrauensfrage – Kiew fürchtet um die Berliner Hilfe

Berlin/Bad Hersfeld. Bundeskanzler Olaf Scholz (SPD) hat wie erwartet die Vertrauensfrage im Bundestag verloren und damit den Weg zu einer Neuwahl am 23. Februar freigemacht.
Am Montagnachmittag sprachen ihm 207 Abgeordnete das Vertrauen aus, 394 stimmten dagegen, 116 enthielten sich.
Bundespräsident Frank-Walter Steinmeier muss binnen 21 Tagen über die Auflösung des Parlaments entscheiden.

In der Debatte vor der Abstimmung stritten Regierung und Opposition vor allem über die Ukraine-Politik.
Scholz warf CDU-Chef Friedrich Merz vor, mit der Sicherheit Deutschlands „Russisch Roulette“ zu spielen, weil dieser Moskau ein Ultimatum stellen und notfalls Taurus-Marschflugkörper liefern wolle.
Merz hatte im Oktober vorgeschlagen, Kremlchef Wladimir Putin aufzufordern, die Angriffe auf zivile Ziele binnen 24 Stunden einzustellen, und andernfalls die Reichweitenbeschränkungen für gelieferte Waffen aufzuheben.
Der Kanzler verteidigte seine Weigerung, die Taurus zu schicken: „Wir werden nicht Kriegspartei.“
Merz hielt ihm entgegen, er habe mit seinem Telefonat mit Putin vor gut einem Monat die europäischen Partner brüskiert.

In Kiew wird die Regierungskrise in Berlin mit Sorge verfolgt.
Der ukrainische Botschafter Oleksij Makeiev appellierte am Dienstag an alle demokratischen Parteien, die Unterstützung für sein Land nicht zum Wahlkampfthema zu machen.
Präsident Wolodymyr Selenskyj hatte das Gespräch des Kanzlers mit Putin Mitte November als Öffnung der „Büchse der Pandora“ kritisiert.
Vor zwei Wochen war Scholz dann überraschend nach Kiew gereist und hatte Waffen im Wert von 650 Millionen Euro bis Jahresende zugesagt.
Selenskyj wird am Mittwochabend in Brüssel erwartet, wo er mit Nato-Generalsekretär Mark Rutte, Scholz und weiteren Regierungschefs zu Abend essen will.
Am Donnerstag beraten dann die Staats- und Regierungschefs der EU bei ihrem Gipfel unter anderem über weitere Militärhilfe.

Kremlsprecher Dmitri Peskow nannte die Abstimmung am Dienstag eine innere Angelegenheit Deutschlands.
Er fügte jedoch hinzu, die Bundesregierung habe die Beziehungen zu Moskau mit ihren Waffenlieferungen „auf einen Tiefpunkt“ gebracht, und hoffe, dass nach der Wahl „vernünftigere Kräfte“ in Berlin das Sagen hätten.
Russland hatte am Freitag erneut massiv die ukrainische Energieversorgung angegriffen.
Der künftige US-Präsident Donald Trump hatte vergangene Woche in einem Interview den Einsatz amerikanischer Raketen gegen Ziele tief in Russland als „verrückt“ bezeichnet und damit die Entscheidung von Präsident Joe Biden kritisiert.
Zugleich legte er Selenskyj nahe, sich auf ein Abkommen mit Moskau vorzubereiten.

Im Wahlkreis Hersfeld-Rotenburg wird die Ukraine-Debatte mit besonderem Interesse verfolgt.
Der hiesige SPD-Abgeordnete Michael Roth, Vorsitzender des Auswärtigen Ausschusses, tritt nicht wieder an und hatte den Kurs des Kanzlers wiederholt als zu zögerlich kritisiert.
Bei der Abstimmung am Montag stimmte er dennoch wie die übrigen SPD-Abgeordneten für Scholz.
"""

# ---------------------------------------------------------------- b79de03 (Soester Anzeiger)
DE03 = """
Bundestag gibt grünes Licht für Bundeswehr-Einsatz in der Ukraine

Berlin/Soest. Der Bundestag hat den Weg für eine deutsche Beteiligung an einer europäischen Sicherungstruppe in der Ukraine freigemacht.
Am Donnerstagabend stimmten 398 Abgeordnete für das Mandat, das bis zu 1200 Soldatinnen und Soldaten für zunächst zwölf Monate vorsieht; 201 votierten dagegen, zwölf enthielten sich.
Verlegt werden sollen die Kräfte allerdings erst, wenn eine Waffenruhe zwischen Russland und der Ukraine in Kraft ist – nach Einschätzung des Verteidigungsministeriums frühestens im Sommer.

Der Abstimmung war ein tagelanger Streit in der Koalition vorausgegangen.
Teile der SPD-Fraktion hatten bis zum Dienstag darauf bestanden, den Einsatz an ein Mandat der Vereinten Nationen zu knüpfen.
Erst der Koalitionsausschuss einigte sich am Dienstagabend auf einen Kompromiss: Kommt es zu Kampfhandlungen, muss das Parlament erneut entscheiden.
Bundeskanzler Friedrich Merz sagte in der Debatte, Deutschland übernehme Verantwortung dafür, „dass dieser Krieg nicht wieder aufflammt“.
An die Adresse Moskaus gerichtet warnte er, jeder Bruch einer Waffenruhe werde mit neuen Sanktionen beantwortet.

Aus Moskau kam umgehend scharfe Kritik.
Außenamtssprecherin Maria Sacharowa erklärte noch am Donnerstagabend, ausländische Soldaten auf ukrainischem Boden seien für Russland „legitime Ziele“.
Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau werde der Stationierung einer solchen Truppe niemals zustimmen.
Er warf Berlin vor, die Verhandlungen in Genf zu untergraben.

Der ukrainische Außenminister Andrij Sybiha dankte dem Bundestag noch in der Nacht für eine „historische Entscheidung“.
Präsident Wolodymyr Selenskyj hatte am Mittwoch mit Merz telefoniert und um eine rasche Zustimmung geworben.
Nach Angaben aus Kiew sollen die deutschen Soldaten vor allem ukrainische Truppen ausbilden und bei der Luftverteidigung im Westen des Landes helfen.

Die französische Nationalversammlung hatte einem ähnlichen Einsatz bereits vergangene Woche zugestimmt, das britische Unterhaus soll kommende Woche abstimmen.
US-Präsident Donald Trump hatte im Februar zugesagt, die europäische Truppe mit Luftaufklärung zu unterstützen, amerikanische Bodentruppen aber ausgeschlossen.
Die Gespräche über eine Waffenruhe sollen nach Angaben des US-Sondergesandten Steve Witkoff Ende März in Genf fortgesetzt werden.

In Soest, wo bis 1994 belgische Soldaten stationiert waren, wurde die Abstimmung mit gemischten Gefühlen aufgenommen.
Die Vorsitzende des ukrainischen Vereins in der Stadt sagte unserer Zeitung, die Entscheidung gebe den Menschen in ihrer Heimat „ein Stück Sicherheit für die Zukunft“.
"""

# ---------------------------------------------------------------- b79de04 (Bündner Tagblatt)
DE04 = """
Nawrocki gewinnt in Polen – Kiew gratuliert, Moskau erwartet nichts

Warschau/Chur. Der nationalkonservative Historiker Karol Nawrocki wird neuer Präsident Polens.
Der von der PiS unterstützte Kandidat setzte sich in der Stichwahl vom Sonntag nach Angaben der Wahlkommission mit 50,89 Prozent knapp gegen den liberalen Warschauer Stadtpräsidenten Rafał Trzaskowski durch.
Nawrocki tritt sein Amt am 6. August an und löst Andrzej Duda ab.

Für die Regierung von Ministerpräsident Donald Tusk ist das Ergebnis ein schwerer Rückschlag, denn der Präsident kann Gesetze mit seinem Veto blockieren.
Tusk kündigte am Montagabend an, im Parlament die Vertrauensfrage zu stellen.
Im Wahlkampf hatte Nawrocki erklärt, er sehe die Ukraine derzeit weder in der Nato noch in der EU.
Am Montag sagte der gewählte Präsident, Polen werde das Nachbarland militärisch weiter unterstützen, erwarte von Kiew aber endlich die Erlaubnis für Exhumierungen der Opfer der Massaker in Wolhynien.

Der ukrainische Präsident Wolodymyr Selenskyj gratulierte Nawrocki ebenfalls am Montag und lud ihn zu einem Besuch nach Kiew ein.
«Wir zählen auf die Fortsetzung unserer strategischen Partnerschaft», schrieb er.
Aussenminister Andrij Sybiha zeigte sich zuversichtlich, dass sich die historischen Streitfragen «im Dialog» lösen liessen.

Kremlsprecher Dmitri Peskow sagte am Montag, Moskau erwarte von dem neuen Präsidenten keine Verbesserung der Beziehungen.
Polen bleibe unter jeder Führung «einer der feindseligsten Staaten» gegenüber Russland, fügte er hinzu.
Dass Nawrocki einen Nato-Beitritt der Ukraine ablehne, sei allerdings «eine nüchterne Sicht».

Am selben Tag trafen sich in Istanbul Delegationen Russlands und der Ukraine zu einer zweiten Verhandlungsrunde.
Nach gut einer Stunde vereinbarten der russische Delegationsleiter Wladimir Medinski und der ukrainische Verteidigungsminister Rustem Umerow den Austausch von je 1000 jungen und schwer verletzten Soldaten sowie die Übergabe von 6000 Gefallenen.
Eine Waffenruhe lehnte Moskau erneut ab und legte stattdessen ein Memorandum mit Maximalforderungen vor.
Am Sonntag hatte die Ukraine mit Drohnen mehrere Militärflugplätze tief in Russland angegriffen und nach eigenen Angaben über 40 Bomber getroffen.

US-Präsident Donald Trump, der Nawrocki Anfang Mai im Weissen Haus empfangen hatte, gratulierte ihm schon in der Nacht zum Montag zu einem «grossartigen Sieg».
EU-Kommissionspräsidentin Ursula von der Leyen versprach in ihrer Gratulation, die enge Zusammenarbeit mit Warschau fortzusetzen.
Der Bundesrat in Bern gratulierte in einer kurzen Mitteilung.
Auch in Graubünden lebende Polinnen und Polen hatten gewählt, die meisten im Konsulat in Zürich; dort lag Trzaskowski klar vorne.
"""

# ---------------------------------------------------------------- b79de05 (Goslarsche Zeitung)
DE05 = """
Kiew verlängert das Kriegsrecht – der Streit um den Wahltermin erreicht Washington und Moskau

Kiew/Goslar. Das ukrainische Parlament hat das Kriegsrecht und die allgemeine Mobilmachung erneut um 90 Tage verlängert.
In der Werchowna Rada stimmten am Mittwoch 317 Abgeordnete für die Vorlage von Präsident Wolodymyr Selenskyj; die Regelungen gelten damit bis Mitte Mai.
Solange das Kriegsrecht gilt, dürfen nach ukrainischem Gesetz keine Wahlen stattfinden.

Die Opposition um Ex-Präsident Petro Poroschenko verlangte einen verbindlichen Fahrplan für Präsidentschafts- und Parlamentswahlen.
Selenskyj bekräftigte am Mittwochabend in seiner täglichen Videoansprache, er sei bereit, binnen drei Monaten nach einer Waffenruhe wählen zu lassen – sofern die USA und die Europäer die Sicherheit der Abstimmung garantierten.
„Wir fürchten keine Wahlen, wir fürchten russische Raketen auf Wahllokale“, sagte er.

US-Außenminister Marco Rubio hatte am Montag in Washington gesagt, ein Friedensabkommen müsse „den Weg zu freien Wahlen in der Ukraine“ enthalten.
Präsident Donald Trump hatte bereits im Dezember Wahlen in der Ukraine verlangt und Selenskyj vorgeworfen, sich hinter dem Krieg zu verstecken.
Die nächste Gesprächsrunde von Vertretern der USA, Russlands und der Ukraine ist für kommende Woche in Abu Dhabi angesetzt.

Kremlsprecher Dmitri Peskow nannte die Verlängerung am Donnerstag einen Beleg dafür, dass Selenskyj „an der Macht kleben“ wolle.
Ein Abkommen könne nur mit einer „legitimen“ Führung in Kiew unterzeichnet werden, sagte er.
Außenminister Sergej Lawrow hatte am Dienstag verlangt, dass auch die in Russland lebenden Ukrainer abstimmen dürften.
In der Nacht zum Donnerstag griff Russland erneut die Energieversorgung von Kiew und Charkiw mit Drohnen und Raketen an; in Teilen der Hauptstadt fiel die Heizung aus.

Die EU-Außenbeauftragte Kaja Kallas warnte Moskau vor jeder Einmischung in ukrainische Wahlen.
Die Europäische Union werde die Vorbereitung der Abstimmung mit Geld und Beobachtern unterstützen, kündigte sie an.

In Goslar verfolgt der Verein „Goslar hilft der Ukraine“ die Debatte mit gemischten Gefühlen.
Seit dem Herbst hat er nach eigenen Angaben 40 Stromgeneratoren in die Region Tschernihiw gebracht, der nächste Transport soll Ende Februar starten.
"""

# ---------------------------------------------------------------- b79de06 (Heidenheimer Zeitung)
DE06 = """
Demokraten erobern das Repräsentantenhaus – Kiew hofft, Moskau warnt

Washington/Heidenheim. Bei den Zwischenwahlen in den USA haben die Demokraten am Dienstag die Mehrheit im Repräsentantenhaus zurückerobert.
Nach Hochrechnungen vom Mittwochabend kommen sie auf mindestens 224 der 435 Sitze, im Senat behalten die Republikaner von Präsident Donald Trump ihre knappe Mehrheit.
Der designierte Sprecher Hakeem Jeffries kündigte an, schon im Januar ein neues Hilfspaket für die Ukraine und schärfere Sanktionen gegen Russland zur Abstimmung zu stellen.

Trump sprach am Mittwoch im Weißen Haus von einem Erfolg seiner Partei im Senat und versicherte, seinen Kurs gegenüber Moskau und Kiew nicht zu ändern.
Er werde „sehr bald“ wieder mit Kremlchef Wladimir Putin telefonieren, sagte Trump.
Zugleich bekräftigte er sein Ultimatum vom Oktober: Stimme Moskau bis Jahresende keiner Waffenruhe zu, würden Strafzölle gegen alle Käufer russischen Öls fällig.

Der ukrainische Präsident Wolodymyr Selenskyj dankte am Mittwoch Demokraten wie Republikanern für ihre Unterstützung und rief den neuen Kongress auf, die Hilfe für sein Land „ohne Unterbrechung“ fortzusetzen.
Außenminister Andrij Sybiha wird kommende Woche in Washington erwartet, wo er Vertreter beider Parteien treffen will.

Kremlsprecher Dmitri Peskow nannte die Wahl eine innere Angelegenheit der Vereinigten Staaten.
Er warnte jedoch, ein von den Demokraten geführtes Repräsentantenhaus könne den Krieg „künstlich verlängern“, indem es Kiew weiter mit Waffen versorge.
Präsidentenberater Juri Uschakow bestätigte, dass ein Telefonat zwischen Putin und Trump vorbereitet werde; ein Termin stehe noch nicht fest.
Putin selbst sagte am Mittwoch in Sotschi, Russland sei zu Gesprächen mit jeder amerikanischen Führung bereit, „wenn unsere Interessen respektiert werden“.
In der Nacht zum Mittwoch hatten russische Drohnen erneut den Hafen von Odessa angegriffen.

Bundeskanzler Friedrich Merz telefonierte am Mittwochabend mit Trump.
Nach Angaben eines Regierungssprechers sicherte Merz zu, dass Deutschland seine Hilfe für die Ukraine im kommenden Jahr auf elf Milliarden Euro aufstocke.

In Heidenheim wird das Ergebnis vor allem mit Blick auf die Zölle verfolgt.
Ein Sprecher des Maschinenbauers Voith sagte unserer Zeitung, man hoffe auf mehr Berechenbarkeit im Handel mit dem wichtigsten Exportmarkt des Unternehmens.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b79de01_merz_kanzlerwahl_2025_05", "2025-05-07", DE01,
        [
            T("Dienstag", "DATE", "2025-05-06", 0),
            T("Vormittag", "TIME", "2025-05-06TMO"),
            T("Nachmittag", "TIME", "2025-05-06TAF", 0),
            T("Abend", "TIME", "2025-05-06TEV"),
            T("Dienstagabend", "TIME", "2025-05-06TEV"),
            T("Mittwochmorgen", "TIME", "2025-05-07TMO"),
            T("sehr bald", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2025-05-07", 0),
            T("Nachmittag", "TIME", "2025-05-07TAF", 1),
            T("Dienstag", "DATE", "2025-05-06", 1),
            T("Mittwoch", "DATE", "2025-05-07", 1),
            T("Mitte April", "DATE", "2025-04", mod="MID"),
            T("Ende April", "DATE", "2025-04", mod="END"),
            T("8.", "DATE", "2025-05-08"),
            T("10. Mai", "DATE", "2025-05-10"),
            T("vergangene Woche", "DATE", "2025-W18", 0),
            T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
            T("der Nacht zum Mittwoch", "TIME", "2025-05-06TNI", note="night to Wednesday 7 May"),
            T("vergangene Woche", "DATE", "2025-W18", 1),
            T("Februar", "DATE", "2025-02"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Zelensky congratulates Merz on his election", "SUPPORT", ["Volodymyr Zelensky", "Friedrich Merz"],
              "2025-05-06TEV", "text", "occurred", "gratulierte Merz noch am Dienstagabend"),
            E("Zelensky invites Merz to Kyiv", "REQUEST", ["Volodymyr Zelensky", "Friedrich Merz"], "2025-05-06TEV",
              "text", "occurred", "gratulierte Merz noch am Dienstagabend"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2025-05-07TMO",
              "text", "occurred", "bereits am Mittwochmorgen mit Selenskyj"),
            E("Merz and Zelensky agree to meet in person very soon", "AGREE", ["Friedrich Merz", "Volodymyr Zelensky"],
              "2025-05-07TMO", "context", "occurred", "bereits am Mittwochmorgen mit Selenskyj"),
            E("Merz–Zelensky meeting in person", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "FUTURE_REF",
              "vague", "planned", "bereits am Mittwochmorgen mit Selenskyj"),
            E("Merz visits Macron in Paris", "CONSULT", ["Friedrich Merz", "Emmanuel Macron"], "2025-05-07",
              "context", "planned", "Im Élysée-Palast empfängt ihn"),
            E("Merz and Macron to set up a joint defence and security council", "AGREE",
              ["Friedrich Merz", "Emmanuel Macron"], "2025-05-07", "context", "planned",
              "Im Élysée-Palast empfängt ihn"),
            E("Merz meets Tusk in Warsaw", "CONSULT", ["Friedrich Merz", "Donald Tusk"], "2025-05-07TAF", "text",
              "planned", "Am Nachmittag trifft Merz in Warschau"),
            E("Tusk welcomes Merz's election as good news for Europe and Ukraine", "SUPPORT",
              ["Donald Tusk", "Friedrich Merz"], "2025-05-06", "text", "occurred",
              "Am Nachmittag trifft Merz in Warschau"),
            E("Peskov accuses Merz of driving escalation with his Taurus remarks", "ACCUSE",
              ["Dmitry Peskov", "Friedrich Merz"], "2025-05-07", "context", "occurred",
              "Zugleich warf er Merz vor"),
            E("Merz offers to deliver Taurus missiles to Ukraine in coordination with European partners", "AID",
              ["Friedrich Merz", "Ukraine"], "2025-04", "text", "uncertain", "Merz hatte Mitte April gesagt",
              date_mod="MID"),
            E("Zakharova warns Germany that Taurus strikes would make it a direct party to the war", "REQUEST",
              ["Maria Zakharova", "Germany"], "2025-04", "text", "occurred", "Sacharowa hatte schon Ende April",
              date_mod="END"),
            E("Putin declares a unilateral truce for 8–10 May", "RETREAT", ["Vladimir Putin", "Ukraine"],
              "2025-05-08", "text", "planned", "eine einseitige Waffenruhe", note="truce 8–10 May 2025"),
            E("Zelensky dismisses Putin's truce offer as theatre", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2025-W18", "text", "occurred", "als „Theater“ abgetan"),
            E("Zelensky demands a ceasefire of at least 30 days", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-W18", "context", "occurred", "als „Theater“ abgetan"),
            E("Russian drone attack on Kyiv kills two", "ASSAULT", ["Russia", "Ukraine"], "2025-05-06TNI", "text",
              "occurred", "In der Nacht zum Mittwoch griff Russland"),
            E("Scholz's farewell call with Zelensky", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"], "2025-W18",
              "text", "occurred", "in einem Telefonat von Selenskyj verabschiedet"),
            E("Scholz refuses to deliver Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2025-02", "text", "occurred",
              "noch im Februar abgelehnt"),
        ],
        [
            S("Volodymyr Zelensky", "Congratulates Merz and invites him to Kyiv", "2025-05-06TEV", "text",
              "gratulierte Merz noch am Dienstagabend"),
            S("Volodymyr Zelensky", "Counts on Germany under Merz standing even more firmly by Ukraine",
              "2025-05-06TEV", "context", "Wir zählen darauf"),
            S("Friedrich Merz, via Germany", "Merz and Zelensky spoke by phone and agreed to meet in person very soon",
              "2025-05-07", "context", "bereits am Mittwochmorgen mit Selenskyj"),
            S("France", "Macron and Merz want to create a joint defence and security council", "2025-05-07",
              "published", "Im Élysée-Palast empfängt ihn"),
            S("Donald Tusk", "Merz's election is good news for Europe and for Ukraine", "2025-05-06", "text",
              "Am Nachmittag trifft Merz in Warschau"),
            S("Dmitry Peskov", "Moscow will judge the new chancellor by his deeds", "2025-05-07", "text",
              "an seinen Taten messen"),
            S("Dmitry Peskov", "Merz's Taurus remarks drive escalation", "2025-05-07", "context",
              "Zugleich warf er Merz vor"),
            S("Friedrich Merz", "Would deliver Taurus to Ukraine in coordination with European partners", "2025-04",
              "text", "Merz hatte Mitte April gesagt"),
            S("Maria Zakharova", "Any Taurus use against Russian targets would be seen as Germany's direct "
              "participation in the war", "2025-04", "text", "Sacharowa hatte schon Ende April"),
            S("Volodymyr Zelensky", "Putin's truce offer is theatre; demands a ceasefire of at least 30 days",
              "2025-W18", "text", "als „Theater“ abgetan"),
            S("Ukraine", "Two people killed in the overnight drone attack on Kyiv", "2025-05-07", "published",
              "In der Nacht zum Mittwoch griff Russland"),
        ],
        ["Friedrich Merz", "Germany", "Volodymyr Zelensky", "Ukraine", "Emmanuel Macron", "France", "Donald Tusk",
         "Dmitry Peskov", "Kremlin", "Russia", "Maria Zakharova", "Vladimir Putin", "Olaf Scholz"],
    ),
    doc(
        "b79de02_scholz_vertrauensfrage_2024_12", "2024-12-17", DE02,
        [
            T("23. Februar", "DATE", "2025-02-23"),
            T("Montagnachmittag", "TIME", "2024-12-16TAF"),
            T("21 Tagen", "DURATION", "P21D"),
            T("Oktober", "DATE", "2024-10"),
            T("24 Stunden", "DURATION", "PT24H"),
            T("vor gut einem Monat", "DATE", "2024-11", mod="APPROX"),
            T("Dienstag", "DATE", "2024-12-17", 0),
            T("Mitte November", "DATE", "2024-11", mod="MID"),
            T("Vor zwei Wochen", "DATE", "2024-W49"),
            T("Jahresende", "DATE", "2024", mod="END"),
            T("Mittwochabend", "TIME", "2024-12-18TEV"),
            T("Donnerstag", "DATE", "2024-12-19"),
            T("Dienstag", "DATE", "2024-12-17", 1),
            T("Freitag", "DATE", "2024-12-13"),
            T("vergangene Woche", "DATE", "2024-W50"),
            T("Montag", "DATE", "2024-12-16"),
        ],
        [
            E("Scholz accuses Merz of playing Russian roulette with Germany's security", "ACCUSE",
              ["Olaf Scholz", "Friedrich Merz"], "2024-12-16", "context", "occurred", "Russisch Roulette"),
            E("Merz proposes giving Putin 24 hours to stop attacks on civilian targets", "REQUEST",
              ["Friedrich Merz", "Vladimir Putin"], "2024-10", "text", "occurred", "Merz hatte im Oktober vorgeschlagen"),
            E("Scholz defends his refusal to send Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-12-16",
              "context", "occurred", "Wir werden nicht Kriegspartei"),
            E("Merz accuses Scholz of snubbing European partners with his call to Putin", "ACCUSE",
              ["Friedrich Merz", "Olaf Scholz"], "2024-12-16", "context", "occurred", "Merz hielt ihm entgegen"),
            E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11", "text", "occurred",
              "Merz hielt ihm entgegen", date_mod="APPROX", note="call of 15 November 2024"),
            E("Ukraine's ambassador appeals to German parties not to make support for Ukraine a campaign issue",
              "REQUEST", ["Ukraine", "Germany"], "2024-12-17", "text", "occurred", "Makeiev appellierte"),
            E("Zelensky criticises Scholz's call with Putin as opening Pandora's box", "ACCUSE",
              ["Volodymyr Zelensky", "Olaf Scholz"], "2024-11", "text", "occurred", "Büchse der Pandora",
              date_mod="MID"),
            E("Scholz's surprise visit to Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"], "2024-W49", "text",
              "occurred", "Vor zwei Wochen war Scholz", note="visit of 2 December 2024"),
            E("Scholz pledges weapons worth 650 million euros by the end of the year", "AID", ["Olaf Scholz", "Ukraine"],
              "2024", "text", "planned", "Vor zwei Wochen war Scholz", date_mod="END"),
            E("Zelensky dines with Rutte, Scholz and other leaders in Brussels", "CONSULT",
              ["Volodymyr Zelensky", "Mark Rutte", "Olaf Scholz"], "2024-12-18TEV", "text", "planned",
              "Selenskyj wird am Mittwochabend in Brüssel erwartet"),
            E("EU summit discusses further military aid", "CONSULT", ["European Union"], "2024-12-19", "text",
              "planned", "Am Donnerstag beraten dann"),
            E("Peskov accuses the German government of ruining relations with its arms deliveries", "ACCUSE",
              ["Dmitry Peskov", "Germany"], "2024-12-17", "context", "occurred", "Er fügte jedoch hinzu"),
            E("Russia again attacks Ukraine's energy supply on a massive scale", "ASSAULT", ["Russia", "Ukraine"],
              "2024-12-13", "text", "occurred", "Russland hatte am Freitag erneut"),
            E("Trump criticises Biden's decision to allow US missiles against targets deep in Russia", "ACCUSE",
              ["Donald Trump", "Joe Biden"], "2024-W50", "text", "occurred", "als „verrückt“ bezeichnet"),
            E("Trump urges Zelensky to prepare for a deal with Moscow", "REQUEST",
              ["Donald Trump", "Volodymyr Zelensky"], "2024-W50", "context", "occurred",
              "Zugleich legte er Selenskyj nahe"),
        ],
        [
            S("Olaf Scholz", "Merz is playing Russian roulette with Germany's security", "2024-12-16", "context",
              "Russisch Roulette"),
            S("Olaf Scholz", "Defends not sending Taurus: we will not become a party to the war", "2024-12-16",
              "context", "Wir werden nicht Kriegspartei"),
            S("Friedrich Merz", "Scholz snubbed the European partners with his call to Putin", "2024-12-16",
              "context", "Merz hielt ihm entgegen"),
            S("Friedrich Merz", "Proposes giving Putin 24 hours to stop attacks on civilian targets, otherwise lift "
              "range limits", "2024-10", "text", "Merz hatte im Oktober vorgeschlagen"),
            S("Ukraine", "Makeiev: parties should not make support for Ukraine a campaign issue", "2024-12-17", "text",
              "Makeiev appellierte"),
            S("Volodymyr Zelensky", "Scholz's call with Putin opened Pandora's box", "2024-11", "text",
              "Büchse der Pandora"),
            S("Dmitry Peskov", "The vote is Germany's internal affair", "2024-12-17", "text",
              "nannte die Abstimmung am Dienstag"),
            S("Dmitry Peskov", "Berlin's arms deliveries brought relations to a low; hopes saner forces prevail "
              "after the election", "2024-12-17", "context", "Er fügte jedoch hinzu"),
            S("Donald Trump", "Firing US missiles deep into Russia is crazy", "2024-W50", "text",
              "als „verrückt“ bezeichnet"),
            S("Donald Trump", "Zelensky should prepare for a deal with Moscow", "2024-W50", "context",
              "Zugleich legte er Selenskyj nahe"),
        ],
        ["Olaf Scholz", "Germany", "Friedrich Merz", "Russia", "Kremlin", "Vladimir Putin", "Ukraine",
         "Volodymyr Zelensky", "Mark Rutte", "NATO", "European Union", "Dmitry Peskov", "Donald Trump",
         "United States", "Joe Biden"],
    ),
    doc(
        "b79de03_bundestag_mandat_ukraine_2026_03", "2026-03-13", DE03,
        [
            T("Donnerstagabend", "TIME", "2026-03-12TEV", 0),
            T("zwölf Monate", "DURATION", "P12M"),
            T("Sommer", "DATE", "2026-SU"),
            T("tagelanger", "DURATION", "PXD"),
            T("Dienstag", "DATE", "2026-03-10"),
            T("Dienstagabend", "TIME", "2026-03-10TEV"),
            T("Donnerstagabend", "TIME", "2026-03-12TEV", 1),
            T("Freitag", "DATE", "2026-03-13"),
            T("der Nacht", "TIME", "2026-03-12TNI", note="the night after the Thursday vote"),
            T("Mittwoch", "DATE", "2026-03-11"),
            T("vergangene Woche", "DATE", "2026-W10"),
            T("kommende Woche", "DATE", "2026-W12"),
            T("Februar", "DATE", "2026-02"),
            T("Ende März", "DATE", "2026-03", mod="END"),
            T("1994", "DATE", "1994"),
            T("die Zukunft", "DATE", "FUTURE_REF"),
        ],
        [
            E("Bundestag approves a mandate for up to 1,200 soldiers in a European security force in Ukraine",
              "MOBILIZE", ["Germany", "Ukraine"], "2026-03-12TEV", "text", "occurred",
              "Am Donnerstagabend stimmten 398 Abgeordnete"),
            E("German troops to deploy once a ceasefire is in force, in summer at the earliest", "MOBILIZE",
              ["Germany", "Ukraine"], "2026-SU", "text", "uncertain", "Verlegt werden sollen die Kräfte"),
            E("Merz: Germany takes responsibility that the war does not flare up again", "AGREE",
              ["Friedrich Merz", "Ukraine"], "2026-03-12", "context", "occurred", "Deutschland übernehme Verantwortung"),
            E("Merz warns Moscow that any ceasefire breach will be met with new sanctions", "THREATEN",
              ["Friedrich Merz", "Russia"], "2026-03-12", "context", "occurred", "An die Adresse Moskaus"),
            E("Zakharova calls foreign soldiers on Ukrainian soil legitimate targets", "THREATEN",
              ["Maria Zakharova", "Germany"], "2026-03-12TEV", "text", "occurred", "legitime Ziele"),
            E("Peskov: Moscow will never agree to the stationing of such a force", "REJECT",
              ["Dmitry Peskov", "Germany"], "2026-03-13", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Peskov accuses Berlin of undermining the Geneva negotiations", "ACCUSE", ["Dmitry Peskov", "Germany"],
              "2026-03-13", "context", "occurred", "Er warf Berlin vor"),
            E("Sybiha thanks the Bundestag for a historic decision", "SUPPORT", ["Andrii Sybiha", "Germany"],
              "2026-03-12TNI", "text", "occurred", "Sybiha dankte dem Bundestag"),
            E("Zelensky–Merz phone call", "CONSULT", ["Volodymyr Zelensky", "Friedrich Merz"], "2026-03-11", "text",
              "occurred", "hatte am Mittwoch mit Merz telefoniert"),
            E("Zelensky urges Merz to secure a swift approval", "REQUEST", ["Volodymyr Zelensky", "Friedrich Merz"],
              "2026-03-11", "context", "occurred", "hatte am Mittwoch mit Merz telefoniert"),
            E("French National Assembly approves a similar deployment", "MOBILIZE", ["France", "Ukraine"], "2026-W10",
              "text", "occurred", "Die französische Nationalversammlung"),
            E("British House of Commons to vote on a deployment", "MOBILIZE", ["United Kingdom", "Ukraine"],
              "2026-W12", "text", "planned", "Die französische Nationalversammlung"),
            E("Trump promises air reconnaissance support for the European force", "AGREE", ["Donald Trump", "Ukraine"],
              "2026-02", "text", "occurred", "hatte im Februar zugesagt"),
            E("Trump rules out American ground troops", "REJECT", ["Donald Trump", "Ukraine"], "2026-02", "context",
              "occurred", "hatte im Februar zugesagt"),
            E("Ceasefire talks in Geneva to resume", "CONSULT", ["Russia", "Ukraine", "Steve Witkoff"], "2026-03",
              "text", "planned", "Ende März in Genf fortgesetzt", date_mod="END"),
        ],
        [
            S("Germany", "Defence ministry: deployment only once a ceasefire is in force, in summer at the earliest",
              "2026-03-13", "published", "Verlegt werden sollen die Kräfte"),
            S("Friedrich Merz", "Germany takes responsibility that this war does not flare up again", "2026-03-12",
              "context", "Deutschland übernehme Verantwortung"),
            S("Friedrich Merz", "Any breach of a ceasefire will be answered with new sanctions", "2026-03-12",
              "context", "An die Adresse Moskaus"),
            S("Russia", "Sharp criticism from Moscow", "2026-03-12", "context", "Aus Moskau kam umgehend"),
            S("Maria Zakharova", "Foreign soldiers on Ukrainian soil are legitimate targets for Russia",
              "2026-03-12TEV", "text", "legitime Ziele"),
            S("Dmitry Peskov", "Moscow will never agree to the stationing of such a force", "2026-03-13", "text",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Dmitry Peskov", "Berlin is undermining the Geneva negotiations", "2026-03-13", "context",
              "Er warf Berlin vor"),
            S("Andrii Sybiha", "Thanks the Bundestag for a historic decision", "2026-03-12TNI", "text",
              "Sybiha dankte dem Bundestag"),
            S("Volodymyr Zelensky", "Urged Merz to secure a swift approval", "2026-03-11", "context",
              "hatte am Mittwoch mit Merz telefoniert"),
            S("Ukraine", "German soldiers are to train Ukrainian troops and help with air defence in the west",
              "2026-03-13", "published", "Nach Angaben aus Kiew"),
            S("Donald Trump", "Will support the European force with air reconnaissance but no US ground troops",
              "2026-02", "text", "hatte im Februar zugesagt"),
            S("Steve Witkoff", "Ceasefire talks to resume in Geneva at the end of March", "2026-03-13", "published",
              "Ende März in Genf fortgesetzt"),
        ],
        ["Germany", "Ukraine", "Russia", "United Nations", "Friedrich Merz", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "Andrii Sybiha", "Volodymyr Zelensky", "France", "United Kingdom", "Donald Trump",
         "United States", "Steve Witkoff"],
    ),
    doc(
        "b79de04_nawrocki_stichwahl_2025_06", "2025-06-03", DE04,
        [
            T("Sonntag", "DATE", "2025-06-01", 0),
            T("6. August", "DATE", "2025-08-06"),
            T("Montagabend", "TIME", "2025-06-02TEV"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Montag", "DATE", "2025-06-02", 0),
            T("Montag", "DATE", "2025-06-02", 1),
            T("Montag", "DATE", "2025-06-02", 2),
            T("selben Tag", "DATE", "2025-06-02"),
            T("gut einer Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Sonntag", "DATE", "2025-06-01", 1),
            T("Anfang Mai", "DATE", "2025-05", mod="START"),
            T("der Nacht zum Montag", "TIME", "2025-06-01TNI", note="night to Monday 2 June"),
        ],
        [
            E("President-elect Nawrocki: Poland will keep supporting Ukraine militarily", "AGREE", ["Poland", "Ukraine"],
              "2025-06-02", "text", "occurred", "Am Montag sagte der gewählte Präsident"),
            E("Nawrocki demands that Kyiv allow exhumations of the Volhynia massacre victims", "REQUEST",
              ["Poland", "Ukraine"], "2025-06-02", "context", "occurred", "Am Montag sagte der gewählte Präsident"),
            E("Zelensky congratulates Nawrocki", "SUPPORT", ["Volodymyr Zelensky", "Poland"], "2025-06-02", "text",
              "occurred", "Selenskyj gratulierte Nawrocki"),
            E("Zelensky invites Nawrocki to Kyiv", "REQUEST", ["Volodymyr Zelensky", "Poland"], "2025-06-02", "text",
              "occurred", "Selenskyj gratulierte Nawrocki"),
            E("Peskov: Poland remains one of the most hostile states towards Russia", "ACCUSE",
              ["Dmitry Peskov", "Poland"], "2025-06-02", "context", "occurred", "einer der feindseligsten Staaten"),
            E("Peskov welcomes Nawrocki's opposition to Ukraine's NATO membership as sober", "SUPPORT",
              ["Dmitry Peskov", "Poland"], "2025-06-02", "context", "occurred", "eine nüchterne Sicht"),
            E("Second round of Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02",
              "text", "occurred", "Am selben Tag trafen sich in Istanbul"),
            E("Medinsky and Umerov agree to exchange 1,000 soldiers each and hand over 6,000 bodies", "AGREE",
              ["Vladimir Medinsky", "Rustem Umerov"], "2025-06-02", "context", "occurred",
              "Nach gut einer Stunde vereinbarten"),
            E("Moscow again rejects a ceasefire", "REJECT", ["Russia", "Ukraine"], "2025-06-02", "context", "occurred",
              "Eine Waffenruhe lehnte Moskau erneut ab"),
            E("Russia presents a memorandum with maximalist demands", "REQUEST", ["Russia", "Ukraine"], "2025-06-02",
              "context", "occurred", "Eine Waffenruhe lehnte Moskau erneut ab"),
            E("Ukrainian drones strike military airfields deep in Russia", "ASSAULT", ["Ukraine", "Russia"],
              "2025-06-01", "text", "occurred", "Am Sonntag hatte die Ukraine mit Drohnen"),
            E("Trump receives Nawrocki at the White House", "CONSULT", ["Donald Trump", "Poland"], "2025-05", "text",
              "occurred", "Anfang Mai im Weissen Haus", date_mod="START", note="meeting of 1 May 2025"),
            E("Trump congratulates Nawrocki on a great victory", "SUPPORT", ["Donald Trump", "Poland"],
              "2025-06-01TNI", "text", "occurred", "Anfang Mai im Weissen Haus"),
            E("Von der Leyen congratulates Nawrocki and promises to continue close cooperation", "SUPPORT",
              ["Ursula von der Leyen", "Poland"], "2025-06-03", "published", "occurred",
              "versprach in ihrer Gratulation"),
        ],
        [
            S("Donald Tusk", "Will ask parliament for a vote of confidence", "2025-06-02TEV", "text",
              "Tusk kündigte am Montagabend an"),
            S("Poland", "President-elect Nawrocki: Poland will keep supporting Ukraine but expects exhumations in "
              "Volhynia", "2025-06-02", "text", "Am Montag sagte der gewählte Präsident"),
            S("Volodymyr Zelensky", "Congratulates Nawrocki and invites him to Kyiv", "2025-06-02", "text",
              "Selenskyj gratulierte Nawrocki"),
            S("Volodymyr Zelensky", "Counts on continuing the strategic partnership", "2025-06-02", "context",
              "Wir zählen auf die Fortsetzung"),
            S("Andrii Sybiha", "Historical disputes can be solved in dialogue", "2025-06-03", "published",
              "zeigte sich zuversichtlich"),
            S("Dmitry Peskov", "Moscow expects no improvement of relations from the new president", "2025-06-02",
              "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Dmitry Peskov", "Poland remains one of the most hostile states towards Russia", "2025-06-02", "context",
              "einer der feindseligsten Staaten"),
            S("Dmitry Peskov", "Nawrocki's rejection of Ukraine's NATO membership is a sober view", "2025-06-02",
              "context", "eine nüchterne Sicht"),
            S("Ukraine", "Drones hit more than 40 bombers at Russian airfields", "2025-06-03", "published",
              "Am Sonntag hatte die Ukraine mit Drohnen"),
            S("Donald Trump", "Congratulates Nawrocki on a great victory", "2025-06-01TNI", "text",
              "Anfang Mai im Weissen Haus"),
            S("Ursula von der Leyen", "Congratulates Nawrocki and promises to continue close cooperation with Warsaw",
              "2025-06-03", "published", "versprach in ihrer Gratulation"),
        ],
        ["Poland", "Donald Tusk", "Ukraine", "NATO", "European Union", "Volodymyr Zelensky", "Andrii Sybiha",
         "Dmitry Peskov", "Kremlin", "Russia", "Vladimir Medinsky", "Rustem Umerov", "Donald Trump",
         "United States", "Ursula von der Leyen"],
    ),
    doc(
        "b79de05_rada_kriegsrecht_wahltermin_2026_02", "2026-02-12", DE05,
        [
            T("90 Tage", "DURATION", "P90D"),
            T("Mittwoch", "DATE", "2026-02-11"),
            T("Mitte Mai", "DATE", "2026-05", mod="MID"),
            T("Mittwochabend", "TIME", "2026-02-11TEV"),
            T("täglichen", "SET", "P1D"),
            T("drei Monaten", "DURATION", "P3M"),
            T("Montag", "DATE", "2026-02-09"),
            T("Dezember", "DATE", "2025-12"),
            T("kommende Woche", "DATE", "2026-W08"),
            T("Donnerstag", "DATE", "2026-02-12", 0),
            T("Dienstag", "DATE", "2026-02-10"),
            T("der Nacht zum Donnerstag", "TIME", "2026-02-11TNI", note="night to Thursday 12 February"),
            T("dem Herbst", "DATE", "2025-FA"),
            T("Ende Februar", "DATE", "2026-02", mod="END"),
        ],
        [
            E("Rada extends martial law and general mobilisation by 90 days", "MOBILIZE", ["Ukraine"], "2026-02-11",
              "text", "occurred", "In der Werchowna Rada stimmten"),
            E("Zelensky ready to hold elections within three months of a ceasefire", "AGREE",
              ["Volodymyr Zelensky", "United States", "European Union"], "2026-02-11TEV", "text", "occurred",
              "Selenskyj bekräftigte am Mittwochabend"),
            E("Zelensky's condition: the US and the Europeans guarantee the vote's security", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union"], "2026-02-11TEV", "text", "occurred",
              "Selenskyj bekräftigte am Mittwochabend"),
            E("Rubio: a peace agreement must include the path to free elections in Ukraine", "REQUEST",
              ["Marco Rubio", "Ukraine"], "2026-02-09", "text", "occurred", "Rubio hatte am Montag"),
            E("Trump demands elections in Ukraine", "REQUEST", ["Donald Trump", "Ukraine"], "2025-12", "text",
              "occurred", "hatte bereits im Dezember Wahlen"),
            E("Trump accuses Zelensky of hiding behind the war", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-12", "context", "occurred", "hatte bereits im Dezember Wahlen"),
            E("US–Russia–Ukraine round of talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W08", "text", "planned", "Die nächste Gesprächsrunde"),
            E("Peskov accuses Zelensky of clinging to power", "ACCUSE", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2026-02-12", "text", "occurred", "an der Macht kleben"),
            E("Peskov: an agreement can only be signed with a legitimate leadership in Kyiv", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-02-12", "context", "occurred", "Ein Abkommen könne nur"),
            E("Lavrov demands that Ukrainians living in Russia be allowed to vote", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-02-10", "text", "occurred", "Lawrow hatte am Dienstag verlangt"),
            E("Russian drone and missile attack on the energy supply of Kyiv and Kharkiv", "ASSAULT",
              ["Russia", "Ukraine"], "2026-02-11TNI", "text", "occurred", "In der Nacht zum Donnerstag griff Russland"),
            E("Kallas warns Moscow against interfering in Ukrainian elections", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-02-12", "published", "occurred", "Kallas warnte Moskau"),
            E("EU to support the preparation of the vote with money and observers", "AID",
              ["European Union", "Ukraine"], "2026-02-12", "published", "planned",
              "Die Europäische Union werde die Vorbereitung"),
        ],
        [
            S("Volodymyr Zelensky", "Ready to hold elections within three months of a ceasefire if the US and the "
              "Europeans guarantee security", "2026-02-11TEV", "text", "Selenskyj bekräftigte am Mittwochabend"),
            S("Volodymyr Zelensky", "We do not fear elections, we fear Russian missiles on polling stations",
              "2026-02-11TEV", "context", "Wir fürchten keine Wahlen"),
            S("Marco Rubio", "A peace agreement must include the path to free elections in Ukraine", "2026-02-09",
              "text", "Rubio hatte am Montag"),
            S("Donald Trump", "Demands elections in Ukraine; Zelensky hides behind the war", "2025-12", "text",
              "hatte bereits im Dezember Wahlen"),
            S("Dmitry Peskov", "The extension proves Zelensky wants to cling to power", "2026-02-12", "text",
              "an der Macht kleben"),
            S("Dmitry Peskov", "An agreement can only be signed with a legitimate leadership in Kyiv", "2026-02-12",
              "context", "Ein Abkommen könne nur"),
            S("Sergey Lavrov", "Ukrainians living in Russia must be allowed to vote", "2026-02-10", "text",
              "Lawrow hatte am Dienstag verlangt"),
            S("Kaja Kallas", "Warns Moscow against interfering in Ukrainian elections", "2026-02-12", "published",
              "Kallas warnte Moskau"),
            S("Kaja Kallas", "The EU will support the preparation of the vote with money and observers", "2026-02-12",
              "published", "Die Europäische Union werde die Vorbereitung"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United States", "European Union", "Marco Rubio", "Donald Trump",
         "Russia", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "Kaja Kallas"],
    ),
    doc(
        "b79de06_us_zwischenwahlen_2026_11", "2026-11-05", DE06,
        [
            T("Dienstag", "DATE", "2026-11-03"),
            T("Mittwochabend", "TIME", "2026-11-04TEV", 0),
            T("Januar", "DATE", "2027-01"),
            T("Mittwoch", "DATE", "2026-11-04", 0),
            T("sehr bald", "DATE", "FUTURE_REF"),
            T("Oktober", "DATE", "2026-10"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Mittwoch", "DATE", "2026-11-04", 1),
            T("kommende Woche", "DATE", "2026-W46"),
            T("Mittwoch", "DATE", "2026-11-04", 2),
            T("der Nacht zum Mittwoch", "TIME", "2026-11-03TNI", note="night to Wednesday 4 November"),
            T("Mittwochabend", "TIME", "2026-11-04TEV", 1),
            T("kommenden Jahr", "DATE", "2027"),
        ],
        [
            E("Trump to phone Putin again very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "Er werde „sehr bald“ wieder"),
            E("Trump's ultimatum: tariffs on all buyers of Russian oil unless Moscow agrees to a ceasefire by year end",
              "THREATEN", ["Donald Trump", "Russia"], "2026-10", "text", "occurred", "bekräftigte er sein Ultimatum",
              note="deadline: end of 2026; reaffirmed on 4 November"),
            E("Zelensky thanks Democrats and Republicans for their support", "SUPPORT",
              ["Volodymyr Zelensky", "United States"], "2026-11-04", "text", "occurred",
              "dankte am Mittwoch Demokraten wie Republikanern"),
            E("Zelensky calls on the new Congress to continue aid without interruption", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-11-04", "text", "occurred",
              "dankte am Mittwoch Demokraten wie Republikanern"),
            E("Sybiha to meet leaders of both parties in Washington", "CONSULT", ["Andrii Sybiha", "United States"],
              "2026-W46", "text", "planned", "Sybiha wird kommende Woche"),
            E("Peskov: a Democratic House could artificially prolong the war", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2026-11-05", "published", "occurred", "künstlich verlängern"),
            E("Putin ready for talks with any American leadership", "AGREE", ["Vladimir Putin", "United States"],
              "2026-11-04", "text", "occurred", "Putin selbst sagte am Mittwoch in Sotschi"),
            E("Putin's condition: Russia's interests must be respected", "REQUEST", ["Vladimir Putin", "United States"],
              "2026-11-04", "context", "occurred", "Putin selbst sagte am Mittwoch in Sotschi"),
            E("Russian drones attack the port of Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-11-03TNI", "text",
              "occurred", "In der Nacht zum Mittwoch hatten russische Drohnen"),
            E("Merz–Trump phone call", "CONSULT", ["Friedrich Merz", "Donald Trump"], "2026-11-04TEV", "text",
              "occurred", "Merz telefonierte am Mittwochabend"),
            E("Merz promises to raise Germany's aid to Ukraine to eleven billion euros next year", "AID",
              ["Friedrich Merz", "Ukraine"], "2027", "text", "planned", "sicherte Merz zu"),
        ],
        [
            S("Donald Trump", "Success in the Senate; will not change his course towards Moscow and Kyiv",
              "2026-11-04", "text", "Trump sprach am Mittwoch"),
            S("Donald Trump", "Will phone Putin again very soon", "2026-11-04", "context", "Er werde „sehr bald“ wieder"),
            S("Donald Trump", "Reaffirms his ultimatum: tariffs on buyers of Russian oil unless Moscow agrees to a "
              "ceasefire by year end", "2026-11-04", "context", "bekräftigte er sein Ultimatum"),
            S("Volodymyr Zelensky", "Thanks both parties; the new Congress should continue aid without interruption",
              "2026-11-04", "text", "dankte am Mittwoch Demokraten wie Republikanern"),
            S("Dmitry Peskov", "The election is an internal affair of the United States", "2026-11-05", "published",
              "nannte die Wahl eine innere Angelegenheit"),
            S("Dmitry Peskov", "A Democratic House could artificially prolong the war by arming Kyiv", "2026-11-05",
              "published", "künstlich verlängern"),
            S("Yuri Ushakov", "A Putin–Trump call is being prepared; no date yet", "2026-11-05", "published",
              "Uschakow bestätigte"),
            S("Vladimir Putin", "Russia is ready for talks with any American leadership if its interests are respected",
              "2026-11-04", "text", "Putin selbst sagte am Mittwoch in Sotschi"),
            S("Friedrich Merz, via Germany", "Germany will raise its aid to Ukraine to eleven billion euros next year",
              "2026-11-04", "context", "sicherte Merz zu"),
        ],
        ["United States", "Donald Trump", "Ukraine", "Russia", "Kremlin", "Vladimir Putin",
         "Volodymyr Zelensky", "Andrii Sybiha", "Dmitry Peskov", "Yuri Ushakov", "Friedrich Merz", "Germany"],
    ),
]
