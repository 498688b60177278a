"""German articles of the blind70 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b70de01 (Siegener Zeitung)
DE01 = """
UN-Vollversammlung will Russland für Kriegsschäden zahlen lassen

New York/Siegen. Die Vereinten Nationen haben den Weg für eine spätere Entschädigung der Ukraine durch Russland geebnet.
Mit 94 Ja-Stimmen bei 14 Gegenstimmen und 73 Enthaltungen verabschiedete die UN-Vollversammlung am Montag in New York eine Resolution, die einen internationalen Mechanismus für Reparationen empfiehlt.
Als erster Schritt soll ein Register entstehen, in dem Schäden, Verluste und Verletzungen durch den russischen Angriffskrieg erfasst werden.
Gegen den Text stimmten neben Russland unter anderem China, Belarus, Iran und Syrien.

Eingebracht hatten den Entwurf die Ukraine, Kanada, die Niederlande und Guatemala.
Der ukrainische UN-Botschafter Serhij Kyslyzja warf Moskau vor der Abstimmung vor, seit Februar gezielt Wohnhäuser, Kraftwerke und Schulen zerstört zu haben.
„Es ist an der Zeit, dass der Aggressor für seine Taten zahlt“, sagte er.
Der russische Botschafter Wassili Nebensja nannte die Resolution dagegen rechtlich nichtig; der Westen wolle sich lediglich die eingefrorenen russischen Gelder aneignen.
Die deutsche UN-Botschafterin Antje Leendertse sprach von einem wichtigen Schritt hin zu Gerechtigkeit für die Opfer.

Am selben Tag besuchte der ukrainische Präsident Wolodymyr Selenskyj überraschend das am Freitag von russischen Truppen geräumte Cherson.
„Das ist der Anfang vom Ende des Krieges“, sagte der Staatschef auf dem zentralen Platz der Stadt und dankte ausdrücklich der Nato und den europäischen Partnern für ihre Unterstützung.
Kremlsprecher Dmitri Peskow wollte den Besuch am Montagabend nicht kommentieren und bekräftigte lediglich, das Gebiet Cherson bleibe Teil Russlands.

Auf der indonesischen Insel Bali beginnt an diesem Dienstag der zweitägige G20-Gipfel, bei dem Außenminister Sergej Lawrow den Kremlchef Wladimir Putin vertritt.
Bundeskanzler Olaf Scholz kündigte vor seinem Abflug an, er werde dort auf eine klare Verurteilung des Krieges dringen.
Selenskyj soll den Gipfelteilnehmern per Video zugeschaltet werden.

Dass die Vollversammlung ein solches Register empfiehlt, hält man auch an der Universität Siegen für bemerkenswert.
Ein Völkerrechtler der Hochschule sagte unserer Zeitung, die Resolution sei zwar nicht bindend, schaffe aber eine Grundlage, um Beweise frühzeitig zu sichern.
Über die Verwendung eingefrorener russischer Vermögen müssten am Ende die Staaten selbst in einem Vertrag entscheiden.
"""

# ---------------------------------------------------------------- b70de02 (Fuldaer Zeitung)
DE02 = """
Nord-Stream-Anschläge: Moskau scheitert im Sicherheitsrat mit Antrag auf UN-Untersuchung

New York/Fulda. Russland ist im UN-Sicherheitsrat mit seinem Vorstoß für eine internationale Untersuchung der Explosionen an den Nord-Stream-Pipelines gescheitert.
Für den russischen Resolutionsentwurf, der UN-Generalsekretär António Guterres mit der Einsetzung einer unabhängigen Ermittlungskommission beauftragen sollte, stimmten am Montagnachmittag in New York lediglich Russland, China und Brasilien.
Die übrigen zwölf Ratsmitglieder enthielten sich, für eine Annahme wären mindestens neun Ja-Stimmen nötig gewesen.

Moskau hatte die Abstimmung Mitte März beantragt, nachdem der US-Journalist Seymour Hersh berichtet hatte, amerikanische Marinetaucher hätten die Sprengsätze im Auftrag Washingtons angebracht.
Der russische UN-Botschafter Wassili Nebensja warf den USA und ihren Verbündeten vor, die Aufklärung zu verschleppen, weil sie „etwas zu verbergen“ hätten.
Die Enthaltungen zeigten, dass manchen Ratsmitgliedern die Wahrheit gleichgültig sei, sagte er nach dem Votum.
Chinas Botschafter Zhang Jun bedauerte das Ergebnis und verlangte, die Ermittlungen dürften nicht „im Sande verlaufen“.

Der stellvertretende US-Botschafter Robert Wood bezeichnete den Entwurf als durchsichtigen Versuch, von Russlands Krieg gegen die Ukraine abzulenken.
Deutschland, Dänemark und Schweden hatten den Rat vergangene Woche in einem gemeinsamen Schreiben darüber unterrichtet, dass ihre nationalen Ermittlungen fortgesetzt würden.
Für eine zusätzliche Untersuchung unter dem Dach der Vereinten Nationen sehe die Bundesregierung keinen Anlass, hieß es am Dienstag in Berlin.
Die Bundesanwaltschaft ermittelt seit Oktober wegen des Verdachts der vorsätzlichen Herbeiführung einer Sprengstoffexplosion.

Die Abstimmung fiel in eine Phase neuer Spannungen zwischen Moskau und dem Westen.
Kremlchef Wladimir Putin hatte am Samstag angekündigt, taktische Atomwaffen im verbündeten Belarus zu stationieren; die Ukraine verlangte tags darauf eine Dringlichkeitssitzung des Sicherheitsrats.
Außenminister Dmytro Kuleba nannte es zudem einen „schlechten Aprilscherz“, dass ausgerechnet Russland am 1. April für einen Monat den Vorsitz im Rat übernimmt.

In Osthessen werden die Ermittlungen mit Interesse verfolgt.
Für die Versorgung der Region habe die Zerstörung der Leitungen keine unmittelbaren Folgen gehabt, weil seit dem vergangenen Sommer ohnehin kein russisches Gas mehr durch sie geflossen sei, sagte der Sprecher eines regionalen Versorgers unserer Zeitung.
"""

# ---------------------------------------------------------------- b70de03 (Wormser Zeitung)
DE03 = """
Europarat-Versammlung spricht Putin die Legitimität ab

Straßburg/Worms. Die Parlamentarische Versammlung des Europarats hat die 46 Mitgliedstaaten aufgefordert, Wladimir Putin nach dem Ende seiner laufenden Amtszeit nicht mehr als rechtmäßigen Präsidenten Russlands anzuerkennen.
Eine entsprechende Resolution nahmen die Abgeordneten am Freitag zum Abschluss ihrer Herbstsitzung in Straßburg mit großer Mehrheit an.
Sollte sich der Kremlchef im kommenden März eine weitere Amtszeit sichern, seien alle Kontakte mit ihm auf humanitäre Fragen und Friedensbemühungen zu beschränken, heißt es in dem Text.

Die Versammlung bezeichnet das politische System in Russland darin als Diktatur und verlangt erneut die Einrichtung eines Sondertribunals für das Verbrechen der Aggression gegen die Ukraine.
Die Leiterin der ukrainischen Delegation, Marija Mesenzewa, sprach von einem „klaren Signal an alle, die noch immer Geschäfte mit Moskau machen wollen“.
Auch das Auswärtige Amt in Berlin begrüßte den Beschluss: Wer einen Angriffskrieg führe, dürfe nicht auf Normalität hoffen, sagte eine Sprecherin am Freitagabend.

Moskau reagierte mit Hohn.
Außenamtssprecherin Maria Sacharowa nannte die Versammlung eine „russophobe Schwatzbude“, die jede Bedeutung verloren habe.
Kremlsprecher Dmitri Peskow sagte, Russland interessiere sich nicht für Beschlüsse einer Organisation, der es nicht mehr angehöre, und riet den Europäern, sich um ihre eigenen Probleme zu kümmern.
Russland war im März 2022, wenige Wochen nach Beginn der Invasion, aus dem Europarat ausgeschlossen worden.

Zuvor hatte die Versammlung in dieser Woche den ukrainischen Außenminister Dmytro Kuleba per Video angehört, der um Unterstützung für die Friedensformel von Präsident Wolodymyr Selenskyj warb.
Ende Oktober wollen Vertreter von rund 60 Staaten in Malta auf Einladung Kiews über den Plan beraten.
Russland ist zu diesen Treffen nicht eingeladen.

Aus Rheinhessen verfolgte eine Schülergruppe des Wormser Rudi-Stephan-Gymnasiums die Debatte am Donnerstag von der Besuchertribüne aus.
Man habe erlebt, wie lebendig die europäische Demokratie sein könne, sagte ein begleitender Lehrer unserer Zeitung.
Die Jugendlichen hatten sich im Unterricht wochenlang auf den Besuch vorbereitet und trafen in Straßburg auch zwei Abgeordnete aus Rheinland-Pfalz.
"""

# ---------------------------------------------------------------- b70de04 (Offenbach-Post)
DE04 = """
OSZE-Treffen in Wien endet ohne gemeinsame Erklärung

Wien/Offenbach. Das Jahrestreffen der Außenminister der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) ist am Freitag in Wien ohne gemeinsame Abschlusserklärung zu Ende gegangen.
Russland blockierte nach Angaben mehrerer Delegationen einen Text, der eine Rückkehr zu den Grundsätzen der Schlussakte von Helsinki angemahnt hätte.
Die finnische Außenministerin Elina Valtonen, die den Vorsitz der Organisation zum Jahresende an die Schweiz übergibt, sprach von einer „verpassten Chance“.
Die EU-Außenbeauftragte Kaja Kallas warf Moskau vor, die Organisation seit Jahren zu lähmen.

Statt Außenminister Sergej Lawrow war Vizeaußenminister Alexander Gruschko nach Wien gereist.
In seiner Rede am Donnerstag warf er der Nato vor, die OSZE zu einem Werkzeug ihrer Konfrontationspolitik gemacht zu haben.
Die Delegationen der Ukraine und der baltischen Staaten verließen daraufhin den Saal.
In derselben Sitzung forderte der ukrainische Außenminister Andrij Sybiha Moskau auf, die verschleppten ukrainischen Kinder zurückzugeben und einer vollständigen Waffenruhe zuzustimmen.

Bundesaußenminister Johann Wadephul (CDU) traf am Rande des Treffens am Donnerstagabend mit Sybiha zusammen und sagte weitere Hilfe für die Energieversorgung im Winter zu.
Die USA ließen sich durch Vizeaußenminister Christopher Landau vertreten; Ressortchef Marco Rubio hatte schon das Treffen der Nato-Außenminister in Brüssel in dieser Woche ausgelassen.
Washington arbeite „mit Hochdruck“ an einem Abkommen, das beide Seiten akzeptieren könnten, sagte Landau am Freitag.
Der US-Sondergesandte Steve Witkoff war am Dienstag fünf Stunden lang im Kreml mit Präsident Wladimir Putin zusammengetroffen.

Der Schweizer Außenminister Ignazio Cassis bot am Freitag an, Genf während des Schweizer Vorsitzes im kommenden Jahr als Ort für Verhandlungen zwischen Moskau und Kiew zur Verfügung zu stellen.
Die OSZE stehe zudem bereit, eine Waffenruhe zu überwachen, sobald sich beide Seiten darauf verständigt hätten, sagte er.
Gruschko nannte ein solches Mandat „verfrüht“.
"""

# ---------------------------------------------------------------- b70de05 (Glarner Nachrichten)
DE05 = """
UNO-Menschenrechtsrat verlängert Mandat der Ukraine-Kommission

Genf. Der UNO-Menschenrechtsrat hat das Mandat der unabhängigen Untersuchungskommission zur Ukraine um ein weiteres Jahr verlängert.
Für die von der Ukraine und der EU eingebrachte Resolution stimmten am Freitag in Genf 27 der 47 Mitgliedstaaten, fünf votierten dagegen, darunter China, 15 enthielten sich.
Die Kommission hatte Mitte März berichtet, die Verschleppung ukrainischer Kinder nach Russland sei als Verbrechen gegen die Menschlichkeit einzustufen.

Der ukrainische Aussenminister Andrij Sybiha, der eigens nach Genf gereist war, sprach von einem «Signal gegen das Vergessen».
Ohne Rechenschaft werde es keinen dauerhaften Frieden geben, sagte er vor den Delegierten.
Der russische Botschafter bei der UNO in Genf, Gennadi Gatilow, bezeichnete die Kommission als «politisiertes Instrument des Westens» und kündigte an, Moskau werde auch künftig nicht mit ihr zusammenarbeiten.
Die USA, die sich im vergangenen Jahr aus dem Rat zurückgezogen hatten, verfolgten die Abstimmung nur als Beobachter.

EU-Aussenbeauftragte Kaja Kallas begrüsste die Verlängerung.
Die Ergebnisse der Kommission müssten in jede Friedensregelung einfliessen, erklärte sie in Brüssel.
Kremlsprecher Dmitri Peskow sagte am Samstagmorgen, Russland erkenne «keinerlei Schlussfolgerungen» des Gremiums an.

Am Rande der Sitzung traf Sybiha am Donnerstag Bundesrat Ignazio Cassis, der in diesem Jahr den Vorsitz der OSZE führt.
Cassis bekräftigte das Angebot der Schweiz, in Genf Gespräche zwischen Moskau und Kiew auszurichten.
Zugleich lud er Sybiha zur nächsten Runde der Gespräche über die Rückkehr der Kinder ein, die Ende April in Genf stattfinden soll.
Die Schweiz stelle der Kommission im laufenden Jahr zusätzlich 1,5 Millionen Franken zur Verfügung, teilte das Aussendepartement mit.

Im Glarnerland stösst das Engagement auf Zustimmung.
Die Glarner Sektion der Gesellschaft Schweiz-UNO lädt für Mitte Mai zu einem Podium über die Rolle Genfs als Verhandlungsort nach Glarus ein.
"""

# ---------------------------------------------------------------- b70de06 (Lippische Landes-Zeitung)
DE06 = """
Rennen um die Guterres-Nachfolge: Moskau droht mit Veto

New York/Detmold. Im Rennen um die Nachfolge von UN-Generalsekretär António Guterres hat der Sicherheitsrat am Dienstag seine erste Probeabstimmung abgehalten.
Nach Angaben von Diplomaten erhielt die frühere chilenische Präsidentin Michelle Bachelet die meisten Ermutigungen, knapp vor dem Argentinier Rafael Grossi, dem Chef der Internationalen Atomenergiebehörde (IAEA).
Die geheimen Probeabstimmungen sollen bis in den Herbst hinein fortgesetzt werden; Guterres' zweite Amtszeit endet am 31. Dezember.

Russland stellte unmittelbar nach der Sitzung klar, dass es keinem Kandidaten zustimmen werde, der im Ukraine-Krieg „Partei ergriffen“ habe.
Man werde notfalls von seinem Vetorecht Gebrauch machen, sagte der russische UN-Botschafter Wassili Nebensja vor Journalisten.
Beobachter werteten dies als Warnung an Bachelet, die als frühere UN-Menschenrechtskommissarin das Vorgehen Russlands scharf kritisiert hatte.
Über Grossi, der in den vergangenen Jahren mehrfach mit Präsident Wladimir Putin zusammengetroffen war, äußerte sich Nebensja dagegen wohlwollend.

US-Botschafter Mike Waltz nannte die russische Drohung „unangemessen“ und warf Moskau vor, das Auswahlverfahren zu politisieren.
Die Ukraine fordert, dass sich der nächste Generalsekretär klar zur territorialen Unversehrtheit der Mitgliedstaaten bekennt.
Wer zu den Verbrechen in seinem Land schweige, sei für das Amt ungeeignet, sagte der ukrainische UN-Botschafter Andrij Melnyk.

In Moskau erklärte Kremlsprecher Dmitri Peskow am Mittwoch, Russland werde „jede Kandidatur sorgfältig prüfen“.
Außenminister Sergej Lawrow hatte Grossi im Mai in Moskau empfangen und ihm nach Angaben seines Ministeriums „hohe Professionalität“ bescheinigt.

Das Verfahren soll transparenter sein als früher.
Unter Leitung der Präsidentin der Generalversammlung, der früheren Bundesaußenministerin Annalena Baerbock, hatten sich die Bewerber im April öffentlichen Anhörungen gestellt.
Baerbock hat angekündigt, die Vollversammlung solle bis Ende Oktober über den Vorschlag des Rates abstimmen.
Bei der Deutschen Gesellschaft für die Vereinten Nationen in Lippe verfolgt man das Verfahren mit Spannung: Sie zeigt am kommenden Dienstag in Detmold eine Aufzeichnung der Anhörungen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b70de01_un_reparationsresolution_2022_11", "2022-11-15", DE01,
        [
            T("Montag", "DATE", "2022-11-14"),
            T("Februar", "DATE", "2022-02"),
            T("selben Tag", "DATE", "2022-11-14"),
            T("Freitag", "DATE", "2022-11-11"),
            T("Montagabend", "TIME", "2022-11-14TEV"),
            T("diesem Dienstag", "DATE", "2022-11-15"),
            T("zweitägige", "DURATION", "P2D"),
        ],
        [
            E("UN General Assembly adopts a resolution recommending a reparations mechanism for damage caused by Russia",
              "REQUEST", ["United Nations", "Russia"], "2022-11-14", "text", "occurred", "Mit 94 Ja-Stimmen"),
            E("Russia, China and Belarus vote against the reparations resolution", "REJECT",
              ["Russia", "China", "Belarus"], "2022-11-14", "context", "occurred", "Gegen den Text stimmten"),
            E("Ukraine (with Canada, the Netherlands and Guatemala) puts forward the draft", "REQUEST",
              ["Ukraine", "United Nations"], "2022-11-14", "context", "occurred", "Eingebracht hatten den Entwurf",
              note="introduced before the vote; dated by the vote"),
            E("Kyslytsya accuses Moscow of deliberately destroying homes, power plants and schools", "ACCUSE",
              ["Ukraine", "Russia"], "2022-11-14", "context", "occurred", "warf Moskau vor der Abstimmung vor"),
            E("Russian attacks on homes, power plants and schools since February", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02", "text", "occurred", "warf Moskau vor der Abstimmung vor", date_mod="START"),
            E("Kyslytsya demands that the aggressor pay for its deeds", "REQUEST", ["Ukraine", "Russia"],
              "2022-11-14", "context", "occurred", "Es ist an der Zeit"),
            E("Nebenzia calls the resolution legally void", "REJECT", ["Russia", "United Nations"], "2022-11-14",
              "context", "occurred", "Nebensja nannte die Resolution"),
            E("Nebenzia accuses the West of wanting to seize frozen Russian funds", "ACCUSE", ["Russia"], "2022-11-14",
              "context", "occurred", "Nebensja nannte die Resolution"),
            E("Germany welcomes the resolution as a step towards justice", "SUPPORT", ["Germany", "United Nations"],
              "2022-11-14", "context", "occurred", "Leendertse sprach"),
            E("Russian troops withdraw from Kherson", "RETREAT", ["Russia", "Ukraine"], "2022-11-11", "text",
              "occurred", "Am selben Tag besuchte"),
            E("Zelensky thanks NATO and the European partners for their support", "SUPPORT",
              ["Volodymyr Zelensky", "NATO", "European Union"], "2022-11-14", "context", "occurred",
              "Das ist der Anfang vom Ende"),
            E("G20 summit in Bali begins, Lavrov attends for Russia", "CONSULT", ["Sergey Lavrov", "Olaf Scholz"],
              "2022-11-15", "text", "planned", "Auf der indonesischen Insel Bali", note="summit on 15-16 November 2022"),
            E("Putin stays away from the G20 summit in Bali", "CONSULT", ["Vladimir Putin"], "2022-11-15", "context",
              "cancelled", "Auf der indonesischen Insel Bali"),
            E("Scholz to press at the G20 for a clear condemnation of the war", "REQUEST", ["Olaf Scholz", "Russia"],
              "2022-11-15", "context", "planned", "Bundeskanzler Olaf Scholz kündigte"),
        ],
        [
            S("Ukraine", "Kyslytsya: Moscow has deliberately destroyed homes, power plants and schools since February",
              "2022-11-14", "context", "warf Moskau vor der Abstimmung vor"),
            S("Ukraine", "Kyslytsya: it is time for the aggressor to pay for its deeds", "2022-11-14", "context",
              "Es ist an der Zeit"),
            S("Russia", "Nebenzia: the resolution is legally void; the West only wants the frozen Russian funds",
              "2022-11-14", "context", "Nebensja nannte die Resolution"),
            S("Germany", "Leendertse: an important step towards justice for the victims", "2022-11-14", "context",
              "Leendertse sprach"),
            S("Volodymyr Zelensky", "In Kherson: this is the beginning of the end of the war; thanks NATO and the "
              "European partners", "2022-11-14", "context", "Das ist der Anfang vom Ende"),
            S("Dmitry Peskov", "Declines to comment on the visit; the Kherson region remains part of Russia",
              "2022-11-14TEV", "text", "Kremlsprecher Dmitri Peskow wollte"),
            S("Olaf Scholz", "Will press in Bali for a clear condemnation of the war", "2022-11-15", "published",
              "Bundeskanzler Olaf Scholz kündigte"),
        ],
        ["United Nations", "Ukraine", "Russia", "China", "Belarus", "Germany", "Volodymyr Zelensky", "NATO",
         "European Union", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "Vladimir Putin", "Olaf Scholz"],
    ),
    doc(
        "b70de02_sicherheitsrat_nord_stream_2023_03", "2023-03-28", DE02,
        [
            T("Montagnachmittag", "TIME", "2023-03-27TAF"),
            T("Mitte März", "DATE", "2023-03", mod="MID"),
            T("vergangene Woche", "DATE", "2023-W12"),
            T("Dienstag", "DATE", "2023-03-28"),
            T("Oktober", "DATE", "2022-10"),
            T("Samstag", "DATE", "2023-03-25"),
            T("tags darauf", "DATE", "2023-03-26", note="the day after Putin's Saturday announcement"),
            T("1. April", "DATE", "2023-04-01"),
            T("einen Monat", "DURATION", "P1M"),
            T("dem vergangenen Sommer", "DATE", "2022-SU"),
        ],
        [
            E("Russia's draft resolution asks the UN Secretary-General to set up an independent inquiry into the "
              "Nord Stream blasts", "REQUEST", ["Russia", "United Nations", "António Guterres"], "2023-03-27TAF",
              "text", "occurred", "Für den russischen Resolutionsentwurf"),
            E("Security Council fails to adopt Russia's Nord Stream draft (three votes in favour)", "REJECT",
              ["United Nations", "Russia"], "2023-03-27TAF", "text", "occurred", "Für den russischen Resolutionsentwurf"),
            E("Moscow requests the Security Council vote", "REQUEST", ["Russia", "United Nations"], "2023-03", "text",
              "occurred", "Moskau hatte die Abstimmung Mitte März beantragt", date_mod="MID"),
            E("Nebenzia accuses the US and its allies of delaying the investigation", "ACCUSE",
              ["Russia", "United States"], "2023-03-27", "context", "occurred", "Nebensja warf den USA"),
            E("Nebenzia: the abstentions show some council members do not care about the truth", "ACCUSE",
              ["Russia", "United Nations"], "2023-03-27", "context", "occurred", "Die Enthaltungen zeigten"),
            E("China demands that the investigations not peter out", "REQUEST", ["China"], "2023-03-27", "context",
              "occurred", "Zhang Jun bedauerte"),
            E("US calls the draft a transparent attempt to distract from Russia's war", "ACCUSE",
              ["United States", "Russia"], "2023-03-27", "context", "occurred", "Robert Wood bezeichnete"),
            E("Berlin sees no reason for an additional UN investigation", "REJECT", ["Germany", "Russia"],
              "2023-03-28", "text", "occurred", "sehe die Bundesregierung keinen Anlass"),
            E("Putin announces the stationing of tactical nuclear weapons in Belarus", "MOBILIZE",
              ["Vladimir Putin", "Belarus"], "2023-03-25", "text", "planned", "Kremlchef Wladimir Putin hatte am Samstag"),
            E("Ukraine demands an emergency meeting of the Security Council", "REQUEST", ["Ukraine", "United Nations"],
              "2023-03-26", "text", "occurred", "Kremlchef Wladimir Putin hatte am Samstag"),
            E("Kuleba calls Russia's council presidency a bad April Fool's joke", "ACCUSE", ["Ukraine", "Russia"],
              "2023-03-28", "published", "occurred", "Kuleba nannte es"),
        ],
        [
            S("Russia", "Nebenzia: the US and its allies delay the investigation because they have something to hide",
              "2023-03-27", "context", "Nebensja warf den USA"),
            S("Russia", "Nebenzia: the abstentions show that some council members do not care about the truth",
              "2023-03-27", "context", "Die Enthaltungen zeigten"),
            S("China", "Zhang Jun regrets the result; the investigations must not peter out", "2023-03-27", "context",
              "Zhang Jun bedauerte"),
            S("United States", "Wood: the draft is a transparent attempt to distract from Russia's war against Ukraine",
              "2023-03-27", "context", "Robert Wood bezeichnete"),
            S("Germany", "Letter with Denmark and Sweden: the national investigations continue", "2023-W12", "text",
              "in einem gemeinsamen Schreiben"),
            S("Germany", "No reason for an additional investigation under the UN umbrella", "2023-03-28", "text",
              "sehe die Bundesregierung keinen Anlass"),
            S("Vladimir Putin", "Announces that tactical nuclear weapons will be stationed in Belarus", "2023-03-25",
              "text", "Kremlchef Wladimir Putin hatte am Samstag"),
            S("Ukraine", "Kuleba: Russia taking over the council presidency on 1 April is a bad April Fool's joke",
              "2023-03-28", "published", "Kuleba nannte es"),
        ],
        ["Russia", "United Nations", "António Guterres", "China", "United States", "Ukraine", "Germany", "Kremlin",
         "Vladimir Putin", "Belarus"],
    ),
    doc(
        "b70de03_europarat_putin_legitimitaet_2023_10", "2023-10-14", DE03,
        [
            T("Freitag", "DATE", "2023-10-13"),
            T("kommenden März", "DATE", "2024-03"),
            T("Freitagabend", "TIME", "2023-10-13TEV"),
            T("März 2022", "DATE", "2022-03"),
            T("dieser Woche", "DATE", "2023-W41"),
            T("Ende Oktober", "DATE", "2023-10", mod="END"),
            T("Donnerstag", "DATE", "2023-10-12"),
            T("wochenlang", "DURATION", "PXW"),
        ],
        [
            E("PACE adopts a resolution calling on member states not to recognise Putin as legitimate president after "
              "his current term", "REQUEST", ["Vladimir Putin"], "2023-10-13", "text", "occurred",
              "Eine entsprechende Resolution nahmen die Abgeordneten"),
            E("PACE calls Russia's political system a dictatorship", "ACCUSE", ["Russia"], "2023-10-13", "context",
              "occurred", "als Diktatur"),
            E("PACE again demands a special tribunal for the crime of aggression against Ukraine", "REQUEST",
              ["Russia", "Ukraine"], "2023-10-13", "context", "occurred", "als Diktatur"),
            E("Ukraine's delegation welcomes the resolution as a clear signal", "SUPPORT", ["Ukraine"], "2023-10-13",
              "context", "occurred", "Marija Mesenzewa"),
            E("German Foreign Office welcomes the decision", "SUPPORT", ["Germany"], "2023-10-13TEV", "text",
              "occurred", "Auch das Auswärtige Amt"),
            E("Zakharova calls the Assembly a Russophobic talking shop", "ACCUSE", ["Maria Zakharova"], "2023-10-14",
              "published", "occurred", "russophobe Schwatzbude"),
            E("Peskov: Russia is not interested in decisions of an organisation it no longer belongs to", "REJECT",
              ["Dmitry Peskov"], "2023-10-14", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Peskov tells the Europeans to mind their own problems", "REQUEST", ["Dmitry Peskov", "European Union"],
              "2023-10-14", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Russia excluded from the Council of Europe", "SANCTION", ["Russia"], "2022-03", "text", "occurred",
              "aus dem Europarat ausgeschlossen"),
            E("PACE hears Ukraine's foreign minister Kuleba by video", "CONSULT", ["Ukraine"], "2023-W41", "text",
              "occurred", "Zuvor hatte die Versammlung"),
            E("Kuleba asks for support for Zelensky's peace formula", "REQUEST", ["Ukraine"], "2023-W41", "context",
              "occurred", "Zuvor hatte die Versammlung"),
            E("Meeting of about 60 states in Malta on the peace formula at Kyiv's invitation", "CONSULT", ["Ukraine"],
              "2023-10", "text", "planned", "Ende Oktober wollen Vertreter", date_mod="END"),
        ],
        [
            S("Ukraine", "Mezentseva: a clear signal to all who still want to do business with Moscow", "2023-10-13",
              "context", "Marija Mesenzewa"),
            S("Germany", "Foreign Office welcomes the decision: whoever wages a war of aggression cannot hope for "
              "normality", "2023-10-13TEV", "text", "Auch das Auswärtige Amt"),
            S("Russia", "Moscow reacts with scorn", "2023-10-14", "published", "Moskau reagierte mit Hohn."),
            S("Maria Zakharova", "The Assembly is a Russophobic talking shop that has lost all significance",
              "2023-10-14", "published", "russophobe Schwatzbude"),
            S("Dmitry Peskov", "Russia is not interested in decisions of an organisation it no longer belongs to; the "
              "Europeans should mind their own problems", "2023-10-14", "published",
              "Kremlsprecher Dmitri Peskow sagte"),
            S("Ukraine", "Kuleba asks the Assembly to support Zelensky's peace formula", "2023-W41", "text",
              "Zuvor hatte die Versammlung"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "Ukraine", "Germany", "Maria Zakharova", "Dmitry Peskov",
         "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b70de04_osze_ministerrat_wien_2025_12", "2025-12-06", DE04,
        [
            T("Freitag", "DATE", "2025-12-05", 0),
            T("Jahresende", "DATE", "2025", mod="END"),
            T("Jahren", "DURATION", "PXY"),
            T("Donnerstag", "DATE", "2025-12-04"),
            T("Donnerstagabend", "TIME", "2025-12-04TEV"),
            T("Winter", "DATE", "2025-WI"),
            T("dieser Woche", "DATE", "2025-W49"),
            T("Freitag", "DATE", "2025-12-05", 1),
            T("Dienstag", "DATE", "2025-12-02"),
            T("fünf Stunden", "DURATION", "PT5H"),
            T("Freitag", "DATE", "2025-12-05", 2),
            T("kommenden Jahr", "DATE", "2026"),
        ],
        [
            E("OSCE Ministerial Council in Vienna ends without a joint declaration", "CONSULT",
              ["Russia", "Andrii Sybiha", "Germany", "United States", "Kaja Kallas"], "2025-12-05", "text",
              "occurred", "Das Jahrestreffen der Außenminister", note="ministerial council on 4-5 December 2025"),
            E("Russia blocks a final text on the Helsinki principles", "REJECT", ["Russia"], "2025-12-05", "context",
              "occurred", "Russland blockierte"),
            E("Kallas accuses Moscow of paralysing the OSCE for years", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2025-12-05", "context", "occurred", "Kaja Kallas warf Moskau vor"),
            E("Lavrov stays away from the OSCE meeting in Vienna; Grushko attends instead", "CONSULT",
              ["Sergey Lavrov"], "2025-12-04", "context", "cancelled", "Statt Außenminister Sergej Lawrow"),
            E("Grushko accuses NATO of turning the OSCE into a tool of confrontation", "ACCUSE", ["Russia", "NATO"],
              "2025-12-04", "text", "occurred", "In seiner Rede am Donnerstag"),
            E("Ukrainian and Baltic delegations walk out during Grushko's speech", "REJECT", ["Ukraine", "Russia"],
              "2025-12-04", "context", "occurred", "verließen daraufhin den Saal"),
            E("Sybiha demands that Moscow return deported children and agree to a full ceasefire", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-12-04", "context", "occurred", "In derselben Sitzung forderte"),
            E("Wadephul meets Sybiha on the sidelines", "CONSULT", ["Germany", "Andrii Sybiha"], "2025-12-04TEV",
              "text", "occurred", "Johann Wadephul (CDU) traf"),
            E("Wadephul pledges further help for Ukraine's energy supply in winter", "AID", ["Germany", "Ukraine"],
              "2025-12-04TEV", "context", "occurred", "Johann Wadephul (CDU) traf"),
            E("Rubio stays away from the OSCE meeting; Landau represents the US", "CONSULT", ["Marco Rubio"],
              "2025-12-04", "context", "cancelled", "Die USA ließen sich"),
            E("Rubio skipped the NATO foreign ministers' meeting in Brussels", "CONSULT", ["Marco Rubio", "NATO"],
              "2025-W49", "text", "cancelled", "Die USA ließen sich"),
            E("Witkoff meets Putin in the Kremlin for five hours", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-12-02", "text", "occurred", "Steve Witkoff war am Dienstag"),
            E("Cassis offers Geneva as a venue for Russia–Ukraine negotiations during the Swiss chairmanship",
              "REQUEST", ["Russia", "Ukraine"], "2025-12-05", "text", "occurred", "Ignazio Cassis bot am Freitag an"),
            E("Cassis: the OSCE is ready to monitor a ceasefire", "REQUEST", ["Russia", "Ukraine"], "2025-12-05",
              "context", "occurred", "Die OSZE stehe zudem bereit"),
            E("Grushko calls a monitoring mandate premature", "REJECT", ["Russia"], "2025-12-05", "context",
              "occurred", "verfrüht"),
        ],
        [
            S("Kaja Kallas", "Moscow has been paralysing the OSCE for years", "2025-12-05", "context",
              "Kaja Kallas warf Moskau vor"),
            S("Russia", "Grushko: NATO has turned the OSCE into a tool of its policy of confrontation", "2025-12-04",
              "text", "In seiner Rede am Donnerstag"),
            S("Andrii Sybiha", "Moscow must return the deported Ukrainian children and agree to a full ceasefire",
              "2025-12-04", "context", "In derselben Sitzung forderte"),
            S("Germany", "Wadephul pledges further help for Ukraine's energy supply in winter", "2025-12-04TEV", "text",
              "Johann Wadephul (CDU) traf"),
            S("United States", "Landau: Washington is working flat out on an agreement both sides could accept",
              "2025-12-05", "text", "sagte Landau am Freitag"),
            S("Russia", "Grushko: a monitoring mandate is premature", "2025-12-05", "context", "verfrüht"),
        ],
        ["Russia", "Ukraine", "Germany", "United States", "European Union", "Kaja Kallas", "Sergey Lavrov", "NATO",
         "Andrii Sybiha", "Marco Rubio", "Steve Witkoff", "Vladimir Putin"],
    ),
    doc(
        "b70de05_menschenrechtsrat_kommission_2026_04", "2026-04-04", DE05,
        [
            T("ein weiteres Jahr", "DURATION", "P1Y"),
            T("Freitag", "DATE", "2026-04-03"),
            T("Mitte März", "DATE", "2026-03", mod="MID"),
            T("vergangenen Jahr", "DATE", "2025"),
            T("Samstagmorgen", "TIME", "2026-04-04TMO"),
            T("Donnerstag", "DATE", "2026-04-02"),
            T("diesem Jahr", "DATE", "2026"),
            T("Ende April", "DATE", "2026-04", mod="END"),
            T("laufenden Jahr", "DATE", "2026"),
            T("Mitte Mai", "DATE", "2026-05", mod="MID"),
        ],
        [
            E("UN Human Rights Council extends the mandate of the commission of inquiry into Russia's war in Ukraine",
              "ACCUSE", ["United Nations", "Russia"], "2026-04-03", "text", "occurred",
              "Für die von der Ukraine und der EU eingebrachte Resolution",
              note="investigation counted as ACCUSE (PLOVER)"),
            E("Ukraine and the EU put forward the resolution", "REQUEST", ["Ukraine", "European Union", "United Nations"],
              "2026-04-03", "context", "occurred", "Für die von der Ukraine und der EU eingebrachte Resolution"),
            E("China among five states voting against", "REJECT", ["China", "United Nations"], "2026-04-03", "context",
              "occurred", "Für die von der Ukraine und der EU eingebrachte Resolution"),
            E("UN commission of inquiry finds the deportation of Ukrainian children a crime against humanity",
              "ACCUSE", ["United Nations", "Russia"], "2026-03", "text", "occurred",
              "Die Kommission hatte Mitte März berichtet", date_mod="MID"),
            E("Sybiha attends the Human Rights Council session in Geneva", "CONSULT", ["Andrii Sybiha", "United Nations"],
              "2026-04-03", "context", "occurred", "eigens nach Genf gereist"),
            E("Sybiha welcomes the vote as a signal against forgetting", "SUPPORT", ["Andrii Sybiha", "United Nations"],
              "2026-04-03", "context", "occurred", "eigens nach Genf gereist"),
            E("Gatilov calls the commission a politicised instrument of the West", "ACCUSE", ["Russia", "United Nations"],
              "2026-04-03", "context", "occurred", "Gennadi Gatilow"),
            E("Russia will not cooperate with the commission", "REJECT", ["Russia", "United Nations"], "2026-04-03",
              "context", "occurred", "Gennadi Gatilow"),
            E("US withdrew from the Human Rights Council", "SANCTION", ["United States", "United Nations"], "2025",
              "text", "occurred", "Die USA, die sich im vergangenen Jahr"),
            E("Kallas welcomes the extension", "SUPPORT", ["Kaja Kallas", "United Nations"], "2026-04-04", "published",
              "occurred", "Kaja Kallas begrüsste"),
            E("Kallas: the commission's findings must be part of any peace settlement", "REQUEST", ["Kaja Kallas"],
              "2026-04-04", "published", "occurred", "Die Ergebnisse der Kommission müssten"),
            E("Peskov: Russia recognises none of the body's conclusions", "REJECT", ["Dmitry Peskov", "United Nations"],
              "2026-04-04TMO", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Samstagmorgen"),
            E("Sybiha meets Swiss Federal Councillor Cassis", "CONSULT", ["Andrii Sybiha"], "2026-04-02", "text",
              "occurred", "Am Rande der Sitzung traf Sybiha"),
            E("Cassis reaffirms Switzerland's offer to host Russia–Ukraine talks in Geneva", "REQUEST",
              ["Russia", "Ukraine"], "2026-04-02", "context", "occurred", "Cassis bekräftigte"),
            E("Cassis invites Sybiha to the next round of talks on the return of children", "REQUEST",
              ["Andrii Sybiha"], "2026-04-02", "context", "occurred", "Zugleich lud er Sybiha"),
            E("Next round of talks on the return of Ukrainian children in Geneva", "CONSULT", ["Russia", "Ukraine"],
              "2026-04", "text", "planned", "Zugleich lud er Sybiha", date_mod="END"),
            E("Switzerland gives the commission an additional 1.5 million francs", "AID", ["United Nations"],
              "2026-04-04", "published", "occurred", "1,5 Millionen Franken"),
        ],
        [
            S("Andrii Sybiha", "The vote is a signal against forgetting", "2026-04-03", "context",
              "eigens nach Genf gereist"),
            S("Andrii Sybiha", "There will be no lasting peace without accountability", "2026-04-03", "context",
              "Ohne Rechenschaft"),
            S("Russia", "Gatilov: the commission is a politicised instrument of the West; Moscow will not cooperate with "
              "it", "2026-04-03", "context", "Gennadi Gatilow"),
            S("Kaja Kallas", "Welcomes the extension", "2026-04-04", "published", "Kaja Kallas begrüsste"),
            S("Kaja Kallas", "The commission's findings must flow into any peace settlement", "2026-04-04", "published",
              "Die Ergebnisse der Kommission müssten"),
            S("Dmitry Peskov", "Russia recognises none of the body's conclusions", "2026-04-04TMO", "text",
              "Kremlsprecher Dmitri Peskow sagte am Samstagmorgen"),
        ],
        ["United Nations", "Ukraine", "European Union", "China", "Russia", "Andrii Sybiha", "United States",
         "Kaja Kallas", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b70de06_guterres_nachfolge_probeabstimmung_2026_07", "2026-07-22", DE06,
        [
            T("Dienstag", "DATE", "2026-07-21"),
            T("den Herbst", "DATE", "2026-FA"),
            T("31. Dezember", "DATE", "2026-12-31"),
            T("den vergangenen Jahren", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2026-07-22"),
            T("Mai", "DATE", "2026-05"),
            T("April", "DATE", "2026-04"),
            T("Ende Oktober", "DATE", "2026-10", mod="END"),
            T("kommenden Dienstag", "DATE", "2026-07-28"),
        ],
        [
            E("Security Council holds its first straw poll on Guterres's successor", "CONSULT", ["United Nations"],
              "2026-07-21", "text", "occurred", "hat der Sicherheitsrat am Dienstag"),
            E("Further straw polls planned into the autumn", "CONSULT", ["United Nations"], "2026-FA", "text",
              "planned", "Die geheimen Probeabstimmungen"),
            E("Russia will not agree to a candidate who took sides in the Ukraine war", "REJECT",
              ["Russia", "United Nations"], "2026-07-21", "context", "occurred", "Russland stellte unmittelbar"),
            E("Nebenzia threatens to use Russia's veto", "THREATEN", ["Russia", "United Nations"], "2026-07-21",
              "context", "occurred", "Man werde notfalls"),
            E("Grossi met Putin several times in recent years", "CONSULT", ["IAEA", "Vladimir Putin"], "PAST_REF",
              "vague", "occurred", "Über Grossi"),
            E("Nebenzia speaks favourably of Grossi", "SUPPORT", ["Russia", "IAEA"], "2026-07-21", "context",
              "occurred", "Über Grossi"),
            E("US ambassador Waltz calls Russia's threat inappropriate and accuses Moscow of politicising the selection",
              "ACCUSE", ["United States", "Russia"], "2026-07-21", "context", "occurred", "Mike Waltz nannte"),
            E("Ukraine demands that the next Secretary-General commit to territorial integrity", "REQUEST",
              ["Ukraine", "United Nations"], "2026-07-22", "published", "occurred", "Die Ukraine fordert"),
            E("Lavrov receives Grossi in Moscow", "CONSULT", ["Sergey Lavrov", "IAEA"], "2026-05", "text", "occurred",
              "Außenminister Sergej Lawrow hatte Grossi"),
            E("Lavrov praises Grossi's professionalism", "SUPPORT", ["Sergey Lavrov", "IAEA"], "2026-05", "context",
              "occurred", "Außenminister Sergej Lawrow hatte Grossi"),
            E("Candidates face public hearings in the General Assembly under Baerbock", "CONSULT", ["United Nations"],
              "2026-04", "text", "occurred", "hatten sich die Bewerber im April"),
            E("General Assembly to vote on the council's nominee", "CONSULT", ["United Nations"], "2026-10", "text",
              "planned", "Baerbock hat angekündigt", date_mod="END"),
        ],
        [
            S("Russia", "Will not agree to a candidate who took sides in the Ukraine war", "2026-07-21", "context",
              "Russland stellte unmittelbar"),
            S("Russia", "Nebenzia: Russia will use its veto if necessary", "2026-07-21", "context", "Man werde notfalls"),
            S("Russia", "Nebenzia speaks favourably of Grossi", "2026-07-21", "context", "Über Grossi"),
            S("United States", "Waltz: the Russian threat is inappropriate; Moscow politicises the selection",
              "2026-07-21", "context", "Mike Waltz nannte"),
            S("Ukraine", "The next Secretary-General must commit clearly to the territorial integrity of member states",
              "2026-07-22", "published", "Die Ukraine fordert"),
            S("Ukraine", "Melnyk: whoever is silent about the crimes in Ukraine is unfit for the office", "2026-07-22",
              "published", "sagte der ukrainische UN-Botschafter Andrij Melnyk"),
            S("Dmitry Peskov", "Russia will examine every candidacy carefully", "2026-07-22", "text",
              "In Moskau erklärte Kremlsprecher"),
            S("Sergey Lavrov", "Praises Grossi's high professionalism", "2026-05", "text",
              "Außenminister Sergej Lawrow hatte Grossi"),
            S("United Nations", "Baerbock: the General Assembly should vote on the council's proposal by the end of "
              "October", "2026-07-22", "published", "Baerbock hat angekündigt"),
        ],
        ["António Guterres", "United Nations", "IAEA", "Russia", "Vladimir Putin", "United States", "Ukraine",
         "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "Germany"],
    ),
]
