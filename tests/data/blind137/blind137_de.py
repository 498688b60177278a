"""German articles of the blind137 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b137de01 (aeroTELEGRAPH)
DE01 = """
Absturz bei Aktau: Die AZAL-Embraer war auf dem Weg nach Grosny

Aktau/Baku. Nach dem Absturz einer Embraer 190 von Azerbaijan Airlines (AZAL) nahe der kasachischen Hafenstadt Aktau wächst der Druck auf Moskau, die Umstände des Unglücks aufzuklären.
Die Maschine mit der Flugnummer J2-8243 war am Mittwochmorgen in Baku zu einem Linienflug nach Grosny in der russischen Teilrepublik Tschetschenien gestartet.
Nach Angaben der kasachischen Behörden waren 62 Passagiere und fünf Besatzungsmitglieder an Bord, 38 Menschen kamen ums Leben, 29 überlebten zum Teil schwer verletzt.

Über Grosny lag am Mittwochmorgen dichter Nebel, zugleich griffen nach russischen Angaben ukrainische Drohnen die Stadt an.
Die Crew brach den Anflug ab und flog nach mehreren Versuchen über das Kaspische Meer Richtung Aktau, wo die Maschine gegen 11.30 Uhr Ortszeit kurz vor der Landebahn aufschlug.
Die russische Luftfahrtbehörde Rosawiazija erklärte zunächst, die Crew sei nach einem Vogelschlag ausgewichen.
Auf Videos, die in sozialen Netzwerken kursieren, sind jedoch Löcher im Heck zu sehen, die nach Einschätzung mehrerer Fachleute von Splittern einer Flugabwehrrakete stammen könnten.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, es wäre falsch, vor dem Abschluss der Ermittlungen Hypothesen aufzustellen.
Präsident Ilham Alijew, der am Mittwoch auf dem Weg zu einem informellen Gipfel der GUS-Staaten in St. Petersburg war, ließ sein Flugzeug umkehren und ordnete für Donnerstag Staatstrauer an.
Kremlchef Wladimir Putin eröffnete das Treffen am Donnerstag mit einer Schweigeminute für die Opfer und sprach Alijew sein Beileid aus.
Der kasachische Präsident Kassym-Schomart Tokajew sagte in St. Petersburg, eine Regierungskommission werde die Ursache gemeinsam mit Fachleuten aus Aserbaidschan und Russland untersuchen.

In Kiew erhob das Zentrum zur Desinformationsbekämpfung schwere Vorwürfe: Die Maschine sei über Grosny von einem russischen Flugabwehrsystem vom Typ Panzir getroffen worden.
Präsident Wolodymyr Selenskyj sprach den Angehörigen sein Mitgefühl aus und forderte Moskau auf, „eine ehrliche Erklärung“ zu liefern.
Auch aus Washington kamen vorsichtige Töne: Ein Sprecher des Nationalen Sicherheitsrats sagte am Mittwochabend, man verfolge die Berichte über einen möglichen Beschuss „sehr genau“.

AZAL setzte am Donnerstag ihre Flüge nach Grosny und Machatschkala bis auf Weiteres aus.
Die Flugdatenschreiber sind nach Angaben aus Astana bereits geborgen.
Die Verbindungen von Baku nach Frankfurt und München laufen nach Angaben eines Unternehmenssprechers planmäßig weiter.
"""

# ---------------------------------------------------------------- b137de02 (Caucasus Watch, explainer)
DE02 = """
Schuldeingeständnis, Entschuldigung, Entschädigung: Was Alijew von Moskau verlangt

Baku. Mit ungewohnt scharfen Worten hat Präsident Ilham Alijew Russland für den Absturz der AZAL-Maschine am 25. Dezember bei Aktau verantwortlich gemacht.
Caucasus Watch beantwortet die wichtigsten Fragen.

Was hat Alijew gesagt?
In einem Interview mit dem Staatssender AzTV sagte Alijew am Sonntag, das Flugzeug sei über Grosny vom Boden aus beschossen worden, wenn auch nicht absichtlich.
Die ersten drei Tage habe Moskau „absurde Versionen“ verbreitet, etwa von einem Vogelschlag oder einer explodierten Gasflasche, und versucht, den Vorfall zu vertuschen.

Was fordert Baku?
Russland müsse seine Schuld eingestehen, sich öffentlich bei Aserbaidschan entschuldigen und die Verantwortlichen bestrafen, sagte Alijew.
Zudem verlangte er Entschädigung für den aserbaidschanischen Staat, für die Angehörigen der Toten und für die verletzten Passagiere und Besatzungsmitglieder.

Reicht Putins Entschuldigung nicht?
Kremlchef Wladimir Putin hatte sich am Samstag in einem Telefonat mit Alijew dafür entschuldigt, dass sich der „tragische Vorfall“ im russischen Luftraum ereignet habe.
Eine Verantwortung Russlands räumte er dabei nicht ein.
Alijew nannte das Gespräch einen ersten Schritt, kritisierte aber, dass Moskau erst nach Tagen reagiert habe.

Wie reagiert Moskau?
Kremlsprecher Dmitri Peskow verwies am Montag auf die laufenden Ermittlungen und sagte, er habe dem, was Präsident Putin gesagt habe, nichts hinzuzufügen.
Außenamtssprecherin Maria Sacharowa hatte westlichen Medien bereits am Freitag vorgeworfen, das Unglück für eine antirussische Kampagne zu missbrauchen.

Wer untersucht den Absturz?
Die Ermittlungen leitet Kasachstan, auf dessen Gebiet die Maschine zerschellte.
Die Flugschreiber sollen in Brasilien ausgewertet werden, wo die Embraer gebaut wurde; eine Auswertung in Russland hatte Baku am Wochenende abgelehnt.
Einen Zwischenbericht will die Kommission innerhalb von 30 Tagen vorlegen.

Was steht für die Beziehungen auf dem Spiel?
Aserbaidschan ist ein wichtiger Handelspartner Russlands, hat sich aber seit 2022 stärker dem Westen zugewandt.
Im Juli 2022 vereinbarte Baku mit der EU-Kommission, die Gaslieferungen nach Europa bis 2027 zu verdoppeln.
Auch Präsident Wolodymyr Selenskyj hatte Alijew am Freitag in einem Telefonat kondoliert und Russland vorgeworfen, die Wahrheit zu verschleiern.
Für Mitte Januar ist in Baku eine Sitzung der russisch-aserbaidschanischen Regierungskommission angesetzt, deren Zukunft offen ist.
"""

# ---------------------------------------------------------------- b137de03 (Schorndorfer Nachrichten)
DE03 = """
Alijew bleibt der Moskauer Parade fern – auch in Schorndorf wird genau hingeschaut

Schorndorf/Baku. Der aserbaidschanische Präsident Ilham Alijew wird nicht an der Militärparade zum 80. Jahrestag des Kriegsendes teilnehmen, die am Freitag auf dem Roten Platz in Moskau stattfindet.
Das teilte sein Präsidialamt am Dienstagabend mit, ohne Gründe zu nennen.
Alijew werde am 9. Mai in Baku gemeinsam mit Veteranen der Gefallenen gedenken, hieß es.

Noch Ende April hatte Kremlberater Juri Uschakow Alijew unter den erwarteten Gästen genannt.
Zu ihnen gehört auch Chinas Staatschef Xi Jinping, der am Mittwoch zu einem viertägigen Staatsbesuch in Moskau eintraf und am Donnerstag mit Präsident Wladimir Putin verhandeln will.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, man respektiere die Entscheidung des aserbaidschanischen Präsidenten, Alijew sei in Moskau „jederzeit willkommen“.

Das Verhältnis zwischen Baku und Moskau ist seit dem Absturz einer AZAL-Maschine bei Aktau im Dezember schwer belastet.
Alijew wirft Russland vor, das Flugzeug über Grosny abgeschossen zu haben, und verlangt ein Schuldeingeständnis und Entschädigung.
Putin hatte sich Ende Dezember am Telefon bei Alijew entschuldigt, eine Verantwortung aber nicht übernommen.
Mitte Februar musste zudem das Russische Haus in Baku seine Arbeit einstellen.

Putin hat für die Tage der Feierlichkeiten eine dreitägige Waffenruhe ab Donnerstag angekündigt, die Kiew als Propaganda zurückweist.
Präsident Wolodymyr Selenskyj hatte vor einer Woche ausländische Gäste davor gewarnt, nach Moskau zu reisen, Kiew könne für ihre Sicherheit nicht garantieren.
Die Ukraine fordert stattdessen eine Waffenruhe von mindestens 30 Tagen.

In Schorndorf verfolgt man die Entwicklung aufmerksam.
Der Verein „Freunde von Helenendorf“ pflegt seit 1999 Kontakte zu den Nachfahren schwäbischer Auswanderer, die 1819 im heutigen Aserbaidschan das Dorf Helenendorf gründeten, das heutige Göygöl.
Die für Juni geplante Bürgerreise nach Gandscha und Göygöl finde wie vorgesehen statt, sagte der Vereinsvorsitzende am Dienstag.
"""

# ---------------------------------------------------------------- b137de04 (Westfälische Nachrichten, ticker)
DE04 = """
Krise zwischen Baku und Moskau: Russland bestellt Botschafter ein – der Ticker zum Nachlesen

18.40 Uhr: Das russische Außenministerium hat am Nachmittag den aserbaidschanischen Botschafter Rahman Mustafajew einbestellt.
Moskau protestiere gegen die „unfreundlichen Handlungen“ Bakus und die „ungerechtfertigte Festnahme“ russischer Staatsbürger und fordere deren sofortige Freilassung, hieß es in einer Mitteilung.

16.15 Uhr: Kremlsprecher Dmitri Peskow hat die Festnahmen in Baku als „zutiefst bedauerlich“ bezeichnet.
Russland sei an guten Beziehungen zu Aserbaidschan interessiert, erwarte aber, dass die Rechte russischer Bürger gewahrt würden, sagte Peskow vor Journalisten.
Ein Telefonat von Präsident Wladimir Putin mit Präsident Ilham Alijew sei derzeit nicht geplant, fügte er hinzu.

14.30 Uhr: Ein Gericht in Baku hat zwei leitende Mitarbeiter der Agentur Sputnik Aserbaidschan, Igor Kartawych und Jewgeni Belousow, für vier Monate in Untersuchungshaft geschickt.
Die Staatsanwaltschaft wirft ihnen Betrug, illegale Geschäftstätigkeit und Geldwäsche vor.
Aserbaidschanische Medien berichten, beide arbeiteten für den russischen Inlandsgeheimdienst FSB.

12.05 Uhr: Außenamtssprecherin Maria Sacharowa hat die Durchsuchung der Sputnik-Redaktion am Montag als „feindseligen Akt“ verurteilt.
Sie warf der Führung in Baku vor, eine antirussische Kampagne zu betreiben.

10.20 Uhr: Die Polizei in Baku hat nach Angaben des Innenministeriums seit Montag acht weitere russische Staatsbürger festgenommen, denen Drogenhandel und Cyberbetrug vorgeworfen werden.
Auf Fotos, die das Ministerium veröffentlichte, sind Festgenommene mit Blutergüssen im Gesicht zu sehen.

8.45 Uhr: Auslöser der Eskalation sind Razzien der russischen Polizei gegen Aserbaidschaner in Jekaterinburg am vergangenen Freitag, bei denen zwei Brüder ums Leben kamen.
Baku sagte am Samstag alle russischen Kulturveranstaltungen ab und strich einen für diese Woche geplanten Besuch des russischen Vizeregierungschefs Alexej Owertschuk.

7.30 Uhr: Der türkische Außenminister Hakan Fidan hat am Montagabend mit seinem aserbaidschanischen Amtskollegen Dscheihun Bajramow telefoniert, wie Ankara mitteilte.
Die Türkei stehe an der Seite des „brüderlichen Aserbaidschan“, hieß es.
Auch das ukrainische Außenministerium erklärte sich mit Baku solidarisch und verurteilte die „Gewalt gegen Aserbaidschaner“ in Russland.
"""

# ---------------------------------------------------------------- b137de05 (ZfK)
DE05 = """
Drohnen treffen Socar-Tanklager bei Odessa – Baku bestellt russischen Geschäftsträger ein

Odessa/Baku. Russische Drohnen haben in der Nacht zum Mittwoch ein Tanklager des aserbaidschanischen Staatskonzerns Socar im Gebiet Odessa getroffen.
Nach Angaben der ukrainischen Militärverwaltung brannte ein Tank mit Dieselkraftstoff aus, verletzt wurde niemand.
Socar betreibt in der Ukraine rund 60 Tankstellen und gehört zu den größten Treibstofflieferanten des Landes.

Das aserbaidschanische Außenministerium bestellte am Mittwochnachmittag den russischen Geschäftsträger ein und verlangte eine Erklärung.
Es war binnen zwei Wochen bereits der zweite Angriff auf Socar-Anlagen: Am 26. Juli war eine Tankstelle des Konzerns im Gebiet Mykolajiw bei einem russischen Raketenangriff beschädigt worden.

Präsident Wolodymyr Selenskyj sprach von einem gezielten Angriff auf aserbaidschanisches Eigentum: „Russland bestraft jeden, der der Ukraine hilft.“
Er dankte Baku zugleich für Generatoren und Transformatoren, die Mitte Juli in Kiew eingetroffen waren.
Das russische Verteidigungsministerium erklärte, es habe in der Nacht „Objekte der militärischen Infrastruktur“ im Süden der Ukraine getroffen.
Die ukrainische Luftwaffe meldete für dieselbe Nacht insgesamt 70 russische Drohnen, von denen 52 abgefangen worden seien.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, ihm sei von einem Angriff auf Socar nichts bekannt.

Für die Gaswirtschaft ist der Vorfall brisant.
Der ukrainische Versorger Naftogaz und Socar hatten im Juli vereinbart, dass ab Herbst erstmals aserbaidschanisches Gas über die Transbalkan-Route in die Ukraine fließen soll.
Die EU-Kommission unterstützt das Vorhaben, weil es die Abhängigkeit Südosteuropas von russischem Gas weiter verringern soll.
Seit Jahresbeginn fließt kein russisches Gas mehr durch die Ukraine in die EU, nachdem Kiew den Transitvertrag mit Gazprom auslaufen ließ.

Alijew wird am Freitag in Washington erwartet, wo er mit US-Präsident Donald Trump und dem armenischen Regierungschef Nikol Paschinjan eine Friedenserklärung unterzeichnen soll.
Moskau beobachtet die Annäherung Bakus an die USA mit Argwohn.
"""

# ---------------------------------------------------------------- b137de06 (hr-info, explainer)
DE06 = """
Ein Jahr nach dem Absturz bei Aktau: Was aus Alijews Forderungen geworden ist

Frankfurt/Baku. Am Donnerstag jährt sich der Absturz des AZAL-Flugs 8243, bei dem 38 der 67 Menschen an Bord ums Leben kamen.
Die Embraer war am 25. Dezember 2024 auf dem Weg von Baku nach Grosny von Splittern einer russischen Flugabwehrrakete getroffen worden.
hr-info erklärt, wo die Aufarbeitung steht.

Hat Russland die Verantwortung übernommen?
Zum Teil: Präsident Wladimir Putin räumte am 9. Oktober bei einem Treffen mit Präsident Ilham Alijew in Duschanbe ein, dass zwei russische Raketen in der Nähe des Flugzeugs explodiert seien.
Er sprach von einer technischen Störung und sagte Entschädigung sowie eine rechtliche Bewertung des Handelns aller Beteiligten zu.
Von Schuld sprach er nicht.
Alijew hatte seit dem 29. Dezember 2024 auf ein solches Eingeständnis gedrängt.

Ist Geld geflossen?
Nach Angaben aus Baku hat Moskau Anfang Dezember erste Entschädigungszahlungen an Hinterbliebene geleistet.
Über die Höhe haben beide Seiten Stillschweigen vereinbart.
Die kasachische Untersuchungskommission will ihren Abschlussbericht bis Ende Januar vorlegen.

Wie stehen Baku und Moskau inzwischen zueinander?
Nach dem Treffen in Duschanbe hat sich das Verhältnis spürbar entspannt.
Im Oktober kamen die beiden inhaftierten Sputnik-Manager in Baku in Hausarrest, Mitte November tagte erstmals seit dem Frühjahr wieder die Regierungskommission beider Länder.
Kremlsprecher Dmitri Peskow sagte am Montag, Russland und Aserbaidschan hätten „die Seite umgeblättert“.

Und die Ukraine?
Baku hat in diesem Jahr seine Kontakte nach Kiew ausgebaut.
Außenminister Andrij Sybiha reiste Anfang November nach Baku, im Januar soll in Kiew erstmals eine gemeinsame Kommission für Energie und Wiederaufbau tagen.

Was ist in Frankfurt geplant?
Am Frankfurter Flughafen, den AZAL direkt aus Baku anfliegt, wollen Mitarbeiter der Fluggesellschaft am Donnerstag um 12 Uhr mit einer Schweigeminute der Opfer gedenken.
Unter den Überlebenden war nach Angaben der Airline auch ein Ingenieur aus Darmstadt, der inzwischen wieder arbeitet.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


TICKER = "live-ticker time (CEST)"

DOCS = [
    doc(
        "b137de01_absturz_aktau_grosny_2024_12", "2024-12-26", DE01,
        [
            T("Mittwochmorgen", "TIME", "2024-12-25TMO", 0),
            T("Mittwochmorgen", "TIME", "2024-12-25TMO", 1),
            T("11.30 Uhr Ortszeit", "TIME", "2024-12-25T11:30", mod="APPROX", note="Aktau local time (UTC+5)"),
            T("Donnerstag", "DATE", "2024-12-26", 0),
            T("Mittwoch", "DATE", "2024-12-25"),
            T("Donnerstag", "DATE", "2024-12-26", 1),
            T("Donnerstag", "DATE", "2024-12-26", 2),
            T("Mittwochabend", "TIME", "2024-12-25TEV"),
            T("Donnerstag", "DATE", "2024-12-26", 3),
        ],
        [
            E("Ukrainian drones attack Grozny, by Russian account", "ASSAULT", ["Ukraine", "Russia"], "2024-12-25TMO",
              "text", "occurred", "zugleich griffen nach russischen Angaben"),
            E("Aliyev turns back and cancels his participation in the informal CIS summit in St Petersburg",
              "CONSULT", ["Vladimir Putin"], "2024-12-26", "context", "cancelled", "ließ sein Flugzeug umkehren"),
            E("Putin opens the informal CIS summit in St Petersburg", "CONSULT", ["Vladimir Putin"], "2024-12-26",
              "text", "occurred", "Kremlchef Wladimir Putin eröffnete"),
            E("Kazakh government commission to investigate the crash together with Russian experts", "COOPERATE",
              ["Russia"], "2024-12-26", "published", "planned", "eine Regierungskommission werde die Ursache"),
            E("Kyiv's centre for countering disinformation accuses Russia of hitting the plane with a Pantsir system",
              "ACCUSE", ["Ukraine", "Russia"], "2024-12-26", "published", "occurred", "In Kiew erhob"),
            E("The airliner possibly hit by a Russian air-defence system over Grozny", "ASSAULT", ["Russia"],
              "2024-12-25", "context", "uncertain", "In Kiew erhob"),
            E("Zelensky calls on Moscow to give an honest explanation", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2024-12-26", "published", "occurred", "Selenskyj sprach den Angehörigen"),
            E("AZAL suspends its flights to Grozny and Makhachkala", "SANCTION", ["Russia"], "2024-12-26", "text",
              "occurred", "AZAL setzte am Donnerstag"),
        ],
        [
            S("Russia", "Ukrainian drones were attacking Grozny that morning", "2024-12-26", "published",
              "zugleich griffen nach russischen Angaben"),
            S("Russia", "Rosaviatsia: the crew diverted after a bird strike", "2024-12-26", "published",
              "Rosawiazija"),
            S("Dmitry Peskov", "It would be wrong to put forward hypotheses before the investigation is completed",
              "2024-12-26", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Vladimir Putin", "Condolences to Aliyev; a minute of silence for the victims", "2024-12-26", "text",
              "Kremlchef Wladimir Putin eröffnete"),
            S("Ukraine", "Centre for countering disinformation: the plane was hit over Grozny by a Russian Pantsir "
              "system", "2024-12-26", "published", "In Kiew erhob"),
            S("Volodymyr Zelensky", "Sympathy to the relatives; Moscow must deliver an honest explanation",
              "2024-12-26", "published", "Selenskyj sprach den Angehörigen"),
            S("United States", "NSC spokesman: Washington is following the reports of possible fire very closely",
              "2024-12-25TEV", "text", "Nationalen Sicherheitsrats"),
        ],
        ["Ukraine", "Russia", "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "United States"],
    ),
    doc(
        "b137de02_alijew_forderungen_fragen_antworten_2024_12", "2024-12-30", DE02,
        [
            T("25. Dezember", "DATE", "2024-12-25"),
            T("Sonntag", "DATE", "2024-12-29"),
            T("Die ersten drei Tage", "DURATION", "P3D"),
            T("Samstag", "DATE", "2024-12-28"),
            T("Tagen", "DURATION", "PXD", 0),
            T("Montag", "DATE", "2024-12-30"),
            T("Freitag", "DATE", "2024-12-27", 0),
            T("Wochenende", "DATE", "2024-W52-WE"),
            T("30 Tagen", "DURATION", "P30D"),
            T("2022", "DATE", "2022", 0),
            T("Juli 2022", "DATE", "2022-07"),
            T("2027", "DATE", "2027"),
            T("Freitag", "DATE", "2024-12-27", 1),
            T("Mitte Januar", "DATE", "2025-01", mod="MID"),
        ],
        [
            E("Aliyev accuses Russia of having shot at the plane from the ground over Grozny", "ACCUSE", ["Russia"],
              "2024-12-29", "text", "occurred", "In einem Interview mit dem Staatssender AzTV"),
            E("The airliner shot at from the ground over Grozny, by Aliyev's account", "ASSAULT", ["Russia"],
              "2024-12-25", "context", "uncertain", "In einem Interview mit dem Staatssender AzTV"),
            E("Aliyev accuses Moscow of spreading absurd versions and trying to cover up the incident", "ACCUSE",
              ["Russia"], "2024-12-29", "context", "occurred", "absurde Versionen"),
            E("Aliyev demands that Russia admit guilt, apologise publicly and punish those responsible", "REQUEST",
              ["Russia"], "2024-12-29", "context", "occurred", "Russland müsse seine Schuld eingestehen"),
            E("Aliyev demands compensation for the state, the relatives and the injured", "REQUEST", ["Russia"],
              "2024-12-29", "context", "occurred", "Zudem verlangte er Entschädigung"),
            E("Putin–Aliyev phone call", "CONSULT", ["Vladimir Putin"], "2024-12-28", "text", "occurred",
              "Kremlchef Wladimir Putin hatte sich am Samstag"),
            E("Aliyev criticises Moscow for reacting only after days", "ACCUSE", ["Russia"], "2024-12-29", "context",
              "occurred", "Alijew nannte das Gespräch"),
            E("Zakharova accuses Western media of abusing the crash for an anti-Russian campaign", "ACCUSE",
              ["Maria Zakharova"], "2024-12-27", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Baku refuses to have the flight recorders analysed in Russia", "REJECT", ["Russia"], "2024-W52-WE",
              "text", "occurred", "eine Auswertung in Russland hatte Baku"),
            E("Baku and the European Commission agree to double gas supplies to Europe by 2027", "AGREE",
              ["European Union"], "2022-07", "text", "occurred", "Im Juli 2022 vereinbarte Baku",
              note="memorandum of understanding of 18 July 2022"),
            E("Zelensky–Aliyev phone call", "CONSULT", ["Volodymyr Zelensky"], "2024-12-27", "text", "occurred",
              "Auch Präsident Wolodymyr Selenskyj"),
            E("Zelensky accuses Russia of concealing the truth", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2024-12-27", "context", "occurred", "Auch Präsident Wolodymyr Selenskyj"),
            E("Session of the Russian–Azerbaijani intergovernmental commission in Baku", "CONSULT", ["Russia"],
              "2025-01", "text", "uncertain", "Für Mitte Januar", date_mod="MID"),
        ],
        [
            S("Vladimir Putin", "Apologised that the 'tragic incident' happened in Russian airspace", "2024-12-28",
              "text", "Kremlchef Wladimir Putin hatte sich am Samstag"),
            S("Dmitry Peskov", "Refers to the ongoing investigation; nothing to add to what Putin said", "2024-12-30",
              "text", "Kremlsprecher Dmitri Peskow verwies"),
            S("Maria Zakharova", "Western media abuse the crash for an anti-Russian campaign", "2024-12-27", "text",
              "Außenamtssprecherin Maria Sacharowa"),
            S("Volodymyr Zelensky", "Condolences to Aliyev; Russia is concealing the truth", "2024-12-27", "text",
              "Auch Präsident Wolodymyr Selenskyj"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b137de03_alijew_parade_moskau_2025_05", "2025-05-07", DE03,
        [
            T("Freitag", "DATE", "2025-05-09"),
            T("Dienstagabend", "TIME", "2025-05-06TEV"),
            T("9. Mai", "DATE", "2025-05-09"),
            T("Ende April", "DATE", "2025-04", mod="END"),
            T("Mittwoch", "DATE", "2025-05-07", 0),
            T("viertägigen", "DURATION", "P4D"),
            T("Donnerstag", "DATE", "2025-05-08", 0),
            T("Mittwoch", "DATE", "2025-05-07", 1),
            T("Dezember", "DATE", "2024-12", 0),
            T("Ende Dezember", "DATE", "2024-12", mod="END"),
            T("Mitte Februar", "DATE", "2025-02", mod="MID"),
            T("dreitägige", "DURATION", "P3D"),
            T("Donnerstag", "DATE", "2025-05-08", 1),
            T("vor einer Woche", "DATE", "2025-W18"),
            T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
            T("1999", "DATE", "1999"),
            T("1819", "DATE", "1819"),
            T("Juni", "DATE", "2025-06"),
            T("Dienstag", "DATE", "2025-05-06"),
        ],
        [
            E("Aliyev will not attend the Victory Day parade in Moscow", "CONSULT", ["Russia"], "2025-05-09", "text",
              "cancelled", "wird nicht an der Militärparade"),
            E("Xi Jinping arrives in Moscow for a four-day state visit", "CONSULT", ["Xi Jinping", "Russia"],
              "2025-05-07", "text", "occurred", "Zu ihnen gehört auch Chinas Staatschef", date_mod="START"),
            E("Xi–Putin talks", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2025-05-08", "text", "planned",
              "Zu ihnen gehört auch Chinas Staatschef"),
            E("Peskov: the Kremlin respects Aliyev's decision, he is always welcome", "SUPPORT", ["Dmitry Peskov"],
              "2025-05-07", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Aliyev accuses Russia of shooting down the plane over Grozny", "ACCUSE", ["Russia"], "2025-05-07",
              "published", "occurred", "Alijew wirft Russland vor"),
            E("Aliyev demands an admission of guilt and compensation", "REQUEST", ["Russia"], "2025-05-07",
              "published", "occurred", "Alijew wirft Russland vor"),
            E("The AZAL plane shot down over Grozny, by Aliyev's account", "ASSAULT", ["Russia"], "2024-12",
              "context", "uncertain", "Alijew wirft Russland vor"),
            E("Putin–Aliyev phone call", "CONSULT", ["Vladimir Putin"], "2024-12", "text", "occurred",
              "Putin hatte sich Ende Dezember", date_mod="END"),
            E("The Russian House in Baku has to close", "SANCTION", ["Russia"], "2025-02", "text", "occurred",
              "Mitte Februar musste", date_mod="MID"),
            E("Putin's three-day truce from Thursday", "RETREAT", ["Vladimir Putin", "Ukraine"], "2025-05-08", "text",
              "planned", "eine dreitägige Waffenruhe ab Donnerstag"),
            E("Kyiv rejects Putin's truce as propaganda", "REJECT", ["Ukraine", "Vladimir Putin"], "2025-05-07",
              "published", "occurred", "eine dreitägige Waffenruhe ab Donnerstag"),
            E("Zelensky warns foreign guests against travelling to Moscow", "REQUEST", ["Volodymyr Zelensky"],
              "2025-W18", "text", "occurred", "hatte vor einer Woche ausländische Gäste"),
            E("Ukraine demands a ceasefire of at least 30 days", "REQUEST", ["Ukraine", "Russia"], "2025-05-07",
              "published", "occurred", "Die Ukraine fordert stattdessen"),
        ],
        [
            S("Yuri Ushakov", "Named Aliyev among the expected guests of the parade", "2025-04", "text",
              "Noch Ende April"),
            S("Dmitry Peskov", "Respects the Azerbaijani president's decision; Aliyev is always welcome in Moscow",
              "2025-05-07", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Vladimir Putin", "Apologised to Aliyev by phone", "2024-12", "text", "Putin hatte sich Ende Dezember"),
            S("Vladimir Putin", "Announces a three-day truce from Thursday", "2025-05-07", "published",
              "eine dreitägige Waffenruhe ab Donnerstag"),
            S("Ukraine", "Rejects the truce as propaganda", "2025-05-07", "published",
              "eine dreitägige Waffenruhe ab Donnerstag"),
            S("Volodymyr Zelensky", "Warned foreign guests against travelling to Moscow; Kyiv cannot guarantee "
              "their safety", "2025-W18", "text", "hatte vor einer Woche ausländische Gäste"),
            S("Ukraine", "Demands a ceasefire of at least 30 days", "2025-05-07", "published",
              "Die Ukraine fordert stattdessen"),
        ],
        ["Russia", "Yuri Ushakov", "Kremlin", "Xi Jinping", "China", "Vladimir Putin", "Dmitry Peskov", "Ukraine",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b137de04_ticker_sputnik_botschafter_2025_07", "2025-07-01", DE04,
        [
            T("18.40 Uhr", "TIME", "2025-07-01T18:40", note=TICKER),
            T("Nachmittag", "TIME", "2025-07-01TAF"),
            T("16.15 Uhr", "TIME", "2025-07-01T16:15", note=TICKER),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("14.30 Uhr", "TIME", "2025-07-01T14:30", note=TICKER),
            T("vier Monate", "DURATION", "P4M"),
            T("12.05 Uhr", "TIME", "2025-07-01T12:05", note=TICKER),
            T("Montag", "DATE", "2025-06-30", 0),
            T("10.20 Uhr", "TIME", "2025-07-01T10:20", note=TICKER),
            T("Montag", "DATE", "2025-06-30", 1),
            T("8.45 Uhr", "TIME", "2025-07-01T08:45", note=TICKER),
            T("vergangenen Freitag", "DATE", "2025-06-27"),
            T("Samstag", "DATE", "2025-06-28"),
            T("diese Woche", "DATE", "2025-W27"),
            T("7.30 Uhr", "TIME", "2025-07-01T07:30", note=TICKER),
            T("Montagabend", "TIME", "2025-06-30TEV"),
        ],
        [
            E("Russia summons Azerbaijan's ambassador Mustafayev", "ACCUSE", ["Russia"], "2025-07-01TAF", "text",
              "occurred", "hat am Nachmittag den aserbaidschanischen Botschafter"),
            E("Moscow demands the immediate release of the detained Russian citizens", "REQUEST", ["Russia"],
              "2025-07-01TAF", "context", "occurred", "fordere deren sofortige Freilassung"),
            E("Peskov calls the arrests in Baku deeply regrettable", "ACCUSE", ["Dmitry Peskov"], "2025-07-01",
              "context", "occurred", "zutiefst bedauerlich"),
            E("Peskov expects the rights of Russian citizens to be respected", "REQUEST", ["Dmitry Peskov"],
              "2025-07-01", "context", "occurred", "Russland sei an guten Beziehungen"),
            E("Baku court remands two Sputnik Azerbaijan executives in custody for four months", "COERCE", ["Russia"],
              "2025-07-01", "context", "occurred", "für vier Monate in Untersuchungshaft"),
            E("Zakharova condemns the search of Sputnik's newsroom as a hostile act", "ACCUSE", ["Maria Zakharova"],
              "2025-07-01", "context", "occurred", "feindseligen Akt"),
            E("Police search Sputnik Azerbaijan's newsroom in Baku", "COERCE", ["Russia"], "2025-06-30", "text",
              "occurred", "feindseligen Akt"),
            E("Zakharova accuses Baku's leadership of an anti-Russian campaign", "ACCUSE", ["Maria Zakharova"],
              "2025-07-01", "context", "occurred", "Sie warf der Führung in Baku vor"),
            E("Baku police detain eight more Russian citizens", "COERCE", ["Russia"], "2025-06-30", "text",
              "occurred", "acht weitere russische Staatsbürger", date_mod="START"),
            E("Russian police raid Azerbaijanis in Yekaterinburg, two brothers die", "COERCE", ["Russia"],
              "2025-06-27", "text", "occurred", "Razzien der russischen Polizei"),
            E("Baku cancels all Russian cultural events", "SANCTION", ["Russia"], "2025-06-28", "text", "occurred",
              "Baku sagte am Samstag"),
            E("Overchuk's visit to Baku planned for this week called off", "CONSULT", ["Russia"], "2025-W27", "text",
              "cancelled", "Baku sagte am Samstag"),
            E("Fidan–Bayramov phone call", "CONSULT", ["Hakan Fidan"], "2025-06-30TEV", "text", "occurred",
              "Hakan Fidan hat am Montagabend"),
            E("Turkey declares it stands by Azerbaijan", "SUPPORT", ["Turkey"], "2025-06-30", "context", "occurred",
              "brüderlichen Aserbaidschan"),
            E("Ukraine's foreign ministry declares solidarity with Baku", "SUPPORT", ["Ukraine"], "2025-07-01",
              "context", "occurred", "Auch das ukrainische Außenministerium"),
            E("Ukraine condemns the violence against Azerbaijanis in Russia", "ACCUSE", ["Ukraine", "Russia"],
              "2025-07-01", "context", "occurred", "Auch das ukrainische Außenministerium"),
        ],
        [
            S("Russia", "Protests Baku's 'unfriendly actions' and the 'unjustified detention' of Russian citizens; "
              "demands their immediate release", "2025-07-01", "context", "fordere deren sofortige Freilassung"),
            S("Dmitry Peskov", "The arrests in Baku are deeply regrettable", "2025-07-01", "context",
              "zutiefst bedauerlich"),
            S("Dmitry Peskov", "Russia wants good relations with Azerbaijan but expects its citizens' rights to be "
              "respected", "2025-07-01", "context", "Russland sei an guten Beziehungen"),
            S("Dmitry Peskov", "A Putin–Aliyev phone call is not planned at present", "2025-07-01", "context",
              "Ein Telefonat von Präsident Wladimir Putin"),
            S("Maria Zakharova", "The search of Sputnik's newsroom was a 'hostile act'", "2025-07-01", "context",
              "feindseligen Akt"),
            S("Maria Zakharova", "Baku's leadership is pursuing an anti-Russian campaign", "2025-07-01", "context",
              "Sie warf der Führung in Baku vor"),
            S("Turkey", "Fidan spoke with Bayramov on Monday evening", "2025-07-01", "context",
              "Hakan Fidan hat am Montagabend"),
            S("Turkey", "Türkiye stands by 'brotherly Azerbaijan'", "2025-07-01", "context",
              "brüderlichen Aserbaidschan"),
            S("Ukraine", "Solidarity with Baku; condemns the 'violence against Azerbaijanis' in Russia", "2025-07-01",
              "context", "Auch das ukrainische Außenministerium"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Maria Zakharova", "Hakan Fidan", "Turkey",
         "Ukraine"],
    ),
    doc(
        "b137de05_socar_tanklager_odessa_2025_08", "2025-08-07", DE05,
        [
            T("der Nacht zum Mittwoch", "TIME", "2025-08-05TNI", note="night of 5 to 6 August"),
            T("Mittwochnachmittag", "TIME", "2025-08-06TAF"),
            T("zwei Wochen", "DURATION", "P2W"),
            T("26. Juli", "DATE", "2025-07-26"),
            T("Mitte Juli", "DATE", "2025-07", mod="MID"),
            T("der Nacht", "TIME", "2025-08-05TNI", 1, note="the same night, 5 to 6 August"),
            T("dieselbe Nacht", "TIME", "2025-08-05TNI", note="night of 5 to 6 August"),
            T("Mittwoch", "DATE", "2025-08-06", 1),
            T("Juli", "DATE", "2025-07", 2),
            T("Herbst", "DATE", "2025-FA"),
            T("Jahresbeginn", "DATE", "2025", mod="START"),
            T("Freitag", "DATE", "2025-08-08"),
        ],
        [
            E("Russian drones hit a Socar fuel depot in the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-08-05TNI", "text", "occurred", "Russische Drohnen haben in der Nacht zum Mittwoch"),
            E("Azerbaijan summons the Russian chargé d'affaires", "ACCUSE", ["Russia"], "2025-08-06TAF", "text",
              "occurred", "bestellte am Mittwochnachmittag"),
            E("Azerbaijan demands an explanation from Russia", "REQUEST", ["Russia"], "2025-08-06TAF", "context",
              "occurred", "bestellte am Mittwochnachmittag"),
            E("Russian missile strike damages a Socar filling station in the Mykolaiv region", "ASSAULT",
              ["Russia", "Ukraine"], "2025-07-26", "text", "occurred", "Am 26. Juli war eine Tankstelle"),
            E("Zelensky accuses Russia of a targeted attack on Azerbaijani property", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-08-07", "published", "occurred", "gezielten Angriff"),
            E("Zelensky thanks Baku for generators and transformers", "SUPPORT", ["Volodymyr Zelensky"],
              "2025-08-07", "published", "occurred", "Er dankte Baku"),
            E("Generators and transformers from Azerbaijan arrive in Kyiv", "AID", ["Ukraine"], "2025-07", "text",
              "occurred", "Er dankte Baku", date_mod="MID"),
            E("Russian drone attack on Ukraine with 70 drones", "ASSAULT", ["Russia", "Ukraine"], "2025-08-05TNI",
              "text", "occurred", "Die ukrainische Luftwaffe"),
            E("Naftogaz and Socar agree on Azerbaijani gas deliveries via the Trans-Balkan route", "AGREE",
              ["Ukraine"], "2025-07", "text", "occurred", "Naftogaz und Socar"),
            E("Azerbaijani gas to flow to Ukraine from the autumn", "COOPERATE", ["Ukraine"], "2025-FA", "text",
              "planned", "Naftogaz und Socar"),
            E("The European Commission supports the Trans-Balkan gas project", "SUPPORT", ["European Union"],
              "2025-08-07", "published", "occurred", "Die EU-Kommission unterstützt"),
            E("Kyiv lets the gas transit contract with Gazprom expire; no Russian gas transits Ukraine",
              "SANCTION", ["Ukraine", "Russia"], "2025", "text", "occurred", "Seit Jahresbeginn", date_mod="START",
              note="the transit contract expired on 1 January 2025"),
            E("Aliyev expected at the White House for talks with Trump", "CONSULT", ["Donald Trump"], "2025-08-08",
              "text", "planned", "Alijew wird am Freitag in Washington erwartet"),
            E("Aliyev and Pashinyan to sign a peace declaration with Trump", "AGREE", ["Donald Trump"], "2025-08-08",
              "text", "planned", "Alijew wird am Freitag in Washington erwartet"),
        ],
        [
            S("Ukraine", "Military administration: a diesel tank burned out, nobody was injured", "2025-08-07",
              "published", "Nach Angaben der ukrainischen Militärverwaltung"),
            S("Volodymyr Zelensky", "A targeted attack on Azerbaijani property: 'Russia punishes everyone who helps "
              "Ukraine'", "2025-08-07", "published", "gezielten Angriff"),
            S("Volodymyr Zelensky", "Thanks Baku for generators and transformers", "2025-08-07", "published",
              "Er dankte Baku"),
            S("Russia", "Defence ministry: struck 'military infrastructure objects' in southern Ukraine overnight",
              "2025-08-07", "published", "Das russische Verteidigungsministerium"),
            S("Ukraine", "Air force: 70 Russian drones that night, 52 of them intercepted", "2025-08-07", "published",
              "Die ukrainische Luftwaffe"),
            S("Dmitry Peskov", "Knows nothing about an attack on Socar", "2025-08-06", "text",
              "ihm sei von einem Angriff"),
            S("European Union", "The Commission supports the Trans-Balkan gas project", "2025-08-07", "published",
              "Die EU-Kommission unterstützt"),
            S("Russia", "Moscow watches Baku's rapprochement with the US with suspicion", "2025-08-07", "published",
              "Moskau beobachtet"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "European Union", "Donald Trump",
         "United States"],
    ),
    doc(
        "b137de06_jahrestag_aktau_erklaert_2025_12", "2025-12-23", DE06,
        [
            T("Donnerstag", "DATE", "2025-12-25", 0),
            T("25. Dezember 2024", "DATE", "2024-12-25"),
            T("9. Oktober", "DATE", "2025-10-09"),
            T("dem 29. Dezember 2024", "DATE", "2024-12-29"),
            T("Anfang Dezember", "DATE", "2025-12", mod="START"),
            T("Ende Januar", "DATE", "2026-01", mod="END"),
            T("Oktober", "DATE", "2025-10", 1),
            T("Mitte November", "DATE", "2025-11", mod="MID"),
            T("dem Frühjahr", "DATE", "2025-SP"),
            T("Montag", "DATE", "2025-12-22"),
            T("diesem Jahr", "DATE", "2025"),
            T("Anfang November", "DATE", "2025-11", mod="START"),
            T("Januar", "DATE", "2026-01", 1),
            T("Donnerstag", "DATE", "2025-12-25", 1),
            T("12 Uhr", "TIME", "2025-12-25T12:00", note="Frankfurt time (CET)"),
        ],
        [
            E("The AZAL Embraer hit by fragments of a Russian air-defence missile", "ASSAULT", ["Russia"],
              "2024-12-25", "text", "occurred", "Die Embraer war am 25. Dezember 2024"),
            E("Putin–Aliyev meeting in Dushanbe", "CONSULT", ["Vladimir Putin"], "2025-10-09", "text", "occurred",
              "räumte am 9. Oktober"),
            E("Putin admits that two Russian missiles exploded near the plane", "CONCEDE", ["Vladimir Putin"],
              "2025-10-09", "text", "occurred", "räumte am 9. Oktober"),
            E("Putin promises compensation and a legal assessment", "AGREE", ["Vladimir Putin"], "2025-10-09",
              "context", "occurred", "Er sprach von einer technischen Störung"),
            E("Aliyev presses Russia for an admission", "REQUEST", ["Russia"], "2024-12-29", "text", "occurred",
              "Alijew hatte seit dem 29. Dezember 2024", date_mod="START"),
            E("Moscow makes first compensation payments to the victims' relatives", "CONCEDE", ["Russia"], "2025-12",
              "text", "occurred", "erste Entschädigungszahlungen", date_mod="START"),
            E("Both sides agree to keep the amount confidential", "AGREE", ["Russia"], "2025-12", "context",
              "occurred", "Stillschweigen vereinbart", date_mod="START"),
            E("The two detained Sputnik executives moved to house arrest in Baku", "CONCEDE", ["Russia"], "2025-10",
              "text", "occurred", "Sputnik-Manager in Baku in Hausarrest"),
            E("The Russian–Azerbaijani intergovernmental commission meets again", "CONSULT", ["Russia"], "2025-11",
              "text", "occurred", "Sputnik-Manager in Baku in Hausarrest", date_mod="MID"),
            E("Sybiha travels to Baku", "CONSULT", ["Andrii Sybiha"], "2025-11", "text", "occurred",
              "Außenminister Andrij Sybiha reiste", date_mod="START"),
            E("Joint Ukrainian–Azerbaijani commission on energy and reconstruction to meet in Kyiv", "CONSULT",
              ["Ukraine"], "2026-01", "text", "planned", "Außenminister Andrij Sybiha reiste"),
        ],
        [
            S("Vladimir Putin", "Admitted that two Russian missiles exploded near the plane", "2025-10-09", "text",
              "räumte am 9. Oktober"),
            S("Vladimir Putin", "Spoke of a technical malfunction; promised compensation and a legal assessment",
              "2025-10-09", "context", "Er sprach von einer technischen Störung"),
            S("Dmitry Peskov", "Russia and Azerbaijan have 'turned the page'", "2025-12-22", "text",
              "die Seite umgeblättert"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Ukraine", "Andrii Sybiha"],
    ),
]
