"""German articles of the blind40 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DE01 = """
Geberkonferenz in Warschau: 6,5 Milliarden Dollar für die Ukraine

Warschau. Auf einer internationalen Geberkonferenz in Warschau haben Regierungen und Organisationen am Donnerstag Hilfen im Umfang von rund 6,5 Milliarden Dollar für die Ukraine zugesagt.
Eingeladen hatten Polens Ministerpräsident Mateusz Morawiecki und die schwedische Regierungschefin Magdalena Andersson, die das Treffen gemeinsam leiteten.
Nach polnischen Angaben waren mehr als 40 Staaten sowie die EU-Kommission und internationale Finanzinstitutionen vertreten.

Der ukrainische Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, bezifferte den Bedarf seines Landes auf rund sieben Milliarden Dollar im Monat.
Mit dem Geld müssten Renten und Gehälter gezahlt und zerstörte Brücken, Schulen und Krankenhäuser wieder aufgebaut werden, sagte er.
Zugleich verlangte Selenskyj, die im Westen eingefrorenen Reserven der russischen Zentralbank für den Wiederaufbau heranzuziehen.
EU-Kommissionspräsidentin Ursula von der Leyen kündigte an, die Kommission werde in den kommenden Wochen einen Vorschlag für eine Wiederaufbauplattform vorlegen, an der auch Kiew beteiligt sein soll.

Morawiecki sagte, Russland müsse für die Zerstörungen bezahlen.
Er warb dafür, beschlagnahmte Vermögen russischer Oligarchen in einen Fonds für die Ukraine einzubringen.
Andersson sprach von einem „Akt der Solidarität“ und kündigte an, Schweden werde seine humanitäre Hilfe in diesem Jahr deutlich aufstocken.
Zur Frage eines schwedischen Nato-Beitritts, über den in Stockholm seit Wochen gestritten wird, sagte sie nur, eine Entscheidung werde in den kommenden Wochen fallen.
Die Bundesregierung war durch Entwicklungsministerin Svenja Schulze (SPD) vertreten, die weitere 125 Millionen Euro für die Versorgung von Binnenvertriebenen zusagte.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, westliche Waffenlieferungen und die Weitergabe von Geheimdienstinformationen an Kiew könnten Russland nicht daran hindern, die Ziele seiner „militärischen Spezialoperation“ zu erreichen.
Die Sprecherin des Außenministeriums, Maria Sacharowa, warf der EU vor, mit ihrem geplanten Ölembargo vor allem den eigenen Bürgern zu schaden.

Die EU-Kommission hatte am Mittwoch ein sechstes Sanktionspaket vorgeschlagen, das den Verzicht auf russisches Rohöl binnen sechs Monaten und auf Ölprodukte bis Jahresende vorsieht.
Ungarns Ministerpräsident Viktor Orbán wies den Vorschlag am Freitag zurück: Er wirke für die ungarische Wirtschaft wie eine „Atombombe“.
Budapest verlangt nach Angaben aus Diplomatenkreisen eine Ausnahme für Öl, das per Pipeline geliefert wird.

Hilfsorganisationen sehen die Zusagen von Warschau mit gemischten Gefühlen.
Ein großer Teil seien Kredite, die die Ukraine später zurückzahlen müsse, bemängelte ein Sprecher von Oxfam.
Seit Kriegsbeginn am 24. Februar sind nach UN-Angaben mehr als 5,5 Millionen Menschen aus der Ukraine geflohen, gut drei Millionen von ihnen nach Polen.
"""

DE02 = """
Russische Diamanten: EU beschließt Importverbot ab 1. Januar

Brüssel/Idar-Oberstein. Die Europäische Union hat am Montag ihr zwölftes Sanktionspaket gegen Russland beschlossen und damit erstmals die Einfuhr russischer Diamanten verboten.
Das Verbot gilt für Rohsteine und geschliffene Steine aus Russland ab dem 1. Januar 2024.
Ab dem 1. März sind auch russische Diamanten verboten, die in Drittländern geschliffen wurden, zunächst Steine ab einem Karat; ab dem 1. September soll die Schwelle auf 0,5 Karat sinken und ein Herkunftsnachweis verpflichtend werden.
Das Paket umfasst außerdem Einfuhrverbote für Roheisen sowie Kupfer- und Aluminiumdraht und eine strengere Überwachung des Preisdeckels für russisches Öl.
Zudem wurden Vermögen von weiteren rund 140 Personen und Organisationen eingefroren.

Der Beschluss war mehrere Tage lang durch einen Vorbehalt Österreichs blockiert gewesen.
Wien hatte verlangt, dass die ukrainische Antikorruptionsbehörde die Raiffeisen Bank International von ihrer Liste „internationaler Kriegssponsoren“ streicht.
Nachdem Kiew die Bank am Wochenende vorläufig von der Liste genommen hatte, gab Österreich seinen Widerstand auf.
Beim EU-Gipfel in der vergangenen Woche hatten die Staats- und Regierungschefs Beitrittsverhandlungen mit der Ukraine beschlossen, während Ungarns Ministerpräsident Viktor Orbán ein Hilfspaket über 50 Milliarden Euro blockierte.

US-Präsident Joe Biden und die übrigen Staats- und Regierungschefs der G7 hatten sich Anfang Dezember in einer Videokonferenz auf ein gemeinsames Vorgehen gegen russische Diamanten verständigt.
Der staatlich kontrollierte Förderer Alrosa, auf den rund ein Drittel der weltweiten Rohdiamantenförderung entfällt, steht bereits seit dem Frühjahr 2022 auf der Sanktionsliste der USA.
Der ukrainische Präsident Wolodymyr Selenskyj begrüßte das Paket und forderte die EU auf, sofort mit der Arbeit am nächsten zu beginnen.
Der Kreml gab sich gelassen.
Russland habe sich längst auf die Sanktionen eingestellt, der Schaden treffe vor allem die europäische Industrie, sagte Kremlsprecher Dmitri Peskow am Dienstag.

In Idar-Oberstein, dem Zentrum der deutschen Edelsteinbranche, wird das Verbot mit gemischten Gefühlen aufgenommen.
Russische Ware spiele für die Schleifereien im Hunsrück seit Jahren kaum noch eine Rolle, heißt es beim Bundesverband der Edelstein- und Diamantindustrie.
Sorge bereite aber der Aufwand für den Herkunftsnachweis: Der Verband rechnet damit, dass Händler ab dem Frühjahr für jeden größeren Stein Zertifikate vorlegen müssen.
Auch in Antwerpen, dem wichtigsten Handelsplatz für Rohdiamanten, hatte man seit Monaten auf Klarheit gedrängt.
"""

DE03 = """
Ostsee-Gipfel in Helsinki: Nato schickt Schiffe gegen die Schattenflotte

Helsinki/Schwerin. Nach den Schäden an Strom- und Datenkabeln in der Ostsee verstärkt die Nato ihre Präsenz in dem Meer.
Generalsekretär Mark Rutte kündigte am Dienstag nach einem Treffen der Ostsee-Anrainer in Helsinki die Mission „Baltic Sentry“ an, für die Fregatten, Seefernaufklärer und Marinedrohnen bereitgestellt werden.
Eingeladen hatten Finnlands Präsident Alexander Stubb und Estlands Regierungschef Kristen Michal; aus Berlin reiste Bundeskanzler Olaf Scholz (SPD) an, Polen war durch Ministerpräsident Donald Tusk vertreten.

In einer gemeinsamen Erklärung verpflichteten sich die Teilnehmer, gegen Schiffe der russischen Schattenflotte vorzugehen, die Sanktionen umgehen und kritische Infrastruktur gefährden.
Rutte sagte, die Allianz werde alles Notwendige tun, um Kabel und Leitungen zu schützen; wer sie angreife, müsse mit Konsequenzen rechnen.
Stubb forderte, Tanker ohne ausreichenden Versicherungsschutz künftig konsequent zu kontrollieren.
Scholz sagte, Deutschland werde sich mit Schiffen an der Mission beteiligen.

Auslöser des Treffens war die Beschädigung des Stromkabels Estlink 2 zwischen Finnland und Estland am ersten Weihnachtstag.
Finnische Ermittler verdächtigen den Öltanker „Eagle S“, seinen Anker über den Meeresgrund geschleift zu haben; das Schiff wird zur Schattenflotte gezählt und liegt seither vor Porvoo fest.
Die Flotte aus überalterten Tankern gilt als wichtige Einnahmequelle für Moskaus Kriegskasse.
Der ukrainische Präsident Wolodymyr Selenskyj forderte die Ostsee-Staaten auf, die Tanker nicht nur zu kontrollieren, sondern festzusetzen.
Die EU-Außenbeauftragte Kaja Kallas kündigte in Brüssel an, im nächsten Sanktionspaket weitere Schiffe zu listen; es soll bis zum dritten Jahrestag des Kriegsbeginns am 24. Februar stehen.

Kremlsprecher Dmitri Peskow warf der Nato vor, die Spannungen in der Ostsee gezielt zu schüren.
Russland werde seine Interessen in der Region „mit allen Mitteln“ schützen, sagte er.

Für Mecklenburg-Vorpommern ist das Thema keineswegs abstrakt.
Erst am vergangenen Freitag war der Tanker „Eventin“ mit rund 100.000 Tonnen Öl an Bord vor Rügen manövrierunfähig geworden und nach Sassnitz geschleppt worden.
Ministerpräsidentin Manuela Schwesig (SPD) sprach von einem Weckruf und verlangte schärfere Kontrollen in der Kadetrinne vor Warnemünde.
Eine wichtige Rolle bei der neuen Mission soll nach Angaben der Deutschen Marine das Hauptquartier „CTF Baltic“ in Rostock spielen, das seit Oktober die Lage in der Ostsee für die Nato-Partner auswertet.
"""

DE04 = """
Munition statt Milliarden: Kallas schrumpft ihren Ukraine-Plan

Brüssel. Die EU-Außenbeauftragte Kaja Kallas hat ihren Plan für neue Militärhilfe an die Ukraine deutlich verkleinert.
Beim Treffen der EU-Außenminister in Brüssel warb sie am Montag für mindestens fünf Milliarden Euro, mit denen in diesem Jahr zwei Millionen Schuss Artilleriemunition für Kiew beschafft werden sollen.
Anfang des Monats hatte Kallas noch bis zu 40 Milliarden Euro vorgeschlagen, war damit aber bei mehreren Mitgliedstaaten, darunter Italien und Spanien, auf Widerstand gestoßen.
Ungarn lehnt weitere Militärhilfe über EU-Instrumente ohnehin ab; die Initiative soll deshalb auf freiwilligen Beiträgen beruhen, die sich an der Wirtschaftskraft der Staaten orientieren.

„Die Ukraine braucht die Munition jetzt, nicht irgendwann“, sagte Kallas nach dem Treffen.
Zusagen einzelner Staaten gebe es aber noch nicht; eine Entscheidung soll beim EU-Gipfel am Donnerstag fallen.
Der ukrainische Außenminister Andrij Sybiha, der an den Beratungen teilnahm, verlangte zudem, die eingefrorenen russischen Zentralbankgelder endlich für die Verteidigung seines Landes einzusetzen.

Überschattet wurde das Treffen von der Frage, ob Moskau einer Waffenruhe zustimmt.
Die Ukraine hatte sich vergangene Woche in Dschidda bereit erklärt, eine von den USA vorgeschlagene 30-tägige Feuerpause mitzutragen.
Kremlchef Wladimir Putin hatte am Donnerstag zwar grundsätzliche Zustimmung signalisiert, aber eine Reihe von Bedingungen gestellt.
Kallas warf Moskau vor, auf Zeit zu spielen: „Russland will keinen Frieden, es stellt Bedingungen, um den Krieg fortzusetzen.“
US-Präsident Donald Trump will am Dienstag mit Putin telefonieren; der Kreml bestätigte das Gespräch am Montag.
Es gebe viele Fragen zu besprechen, sagte Kremlsprecher Dmitri Peskow, Einzelheiten wolle man vorher nicht öffentlich machen.

Für die Rüstungsindustrie ist das Signal aus Brüssel zwiespältig.
Die Kommission will am Mittwoch ein Weißbuch zur europäischen Verteidigung vorlegen, das Kredite von bis zu 150 Milliarden Euro für gemeinsame Beschaffungen vorsieht, an denen sich auch die Ukraine beteiligen können soll.
Hersteller wie Rheinmetall haben ihre Kapazitäten für 155-Millimeter-Munition in den vergangenen zwei Jahren stark ausgebaut; das neue Werk in Unterlüß soll in diesem Jahr die volle Produktion erreichen.
Die tschechische Munitionsinitiative, über die seit 2024 Granaten aus Drittstaaten beschafft werden, lieferte nach Angaben aus Prag im vergangenen Jahr rund 1,5 Millionen Schuss an die Ukraine.
"""

DE05 = """
EU-Gipfel: 30 Milliarden Euro für Sicherheitsgarantien an die Ukraine

Brüssel/Eupen. Die Staats- und Regierungschefs der EU haben sich in der Nacht zum Freitag auf einen Fonds zur Absicherung eines künftigen Waffenstillstands in der Ukraine geeinigt.
Über die kommenden drei Jahre sollen 30 Milliarden Euro bereitstehen, mit denen eine multinationale Truppe zur Überwachung einer Feuerpause und der Ausbau der ukrainischen Luftverteidigung finanziert werden.
Ungarns Ministerpräsident Viktor Orbán enthielt sich, legte aber kein Veto ein.

Der ukrainische Präsident Wolodymyr Selenskyj, der am Donnerstag persönlich an den Beratungen teilnahm, sprach von einem „starken Signal an Moskau“.
Garantien auf dem Papier reichten aber nicht, sagte er: Europa müsse bereit sein, Soldaten zu schicken, sobald die Waffen schweigen.
Bereits im Mai hatte US-Präsident Donald Trump zugesagt, eine europäische Truppe aus der Luft abzusichern, amerikanische Bodentruppen aber ausgeschlossen.

Premierminister Bart De Wever setzte durch, dass der Fonds nicht aus den bei Euroclear in Brüssel verwahrten russischen Zentralbankgeldern gespeist wird, sondern aus gemeinsamen Krediten.
Belgien trage mit Euroclear ein Risiko, das kein anderer Staat trage, sagte De Wever.
EU-Kommissionspräsidentin Ursula von der Leyen sagte, die Gelder blieben eingefroren, bis Russland für die Schäden in der Ukraine aufkomme.

Der Kreml reagierte scharf.
Ausländische Soldaten in der Ukraine wären für Russland „legitime Ziele“, egal unter welcher Flagge sie stünden, sagte Kremlsprecher Dmitri Peskow am Freitag.
Außenamtssprecherin Maria Sacharowa warf der EU vor, mit dem Fonds die Gespräche über eine Waffenruhe zu sabotieren.

Die von den USA vermittelten Verhandlungen zwischen Moskau und Kiew waren zuletzt ins Stocken geraten.
Eine nächste Runde in Istanbul ist für Mitte November angesetzt.
Die EU-Außenbeauftragte Kaja Kallas kündigte an, das 22. Sanktionspaket solle bis Jahresende stehen.

In Ostbelgien wird der Beschluss aufmerksam verfolgt.
Auf dem Truppenübungsplatz Elsenborn bereiten sich seit dem Sommer belgische Einheiten auf einen möglichen Einsatz in der Ukraine vor.
Ministerpräsident Oliver Paasch (ProDG) sagte dem BRF, die Region stehe zu ihrer Verantwortung; die Sorge vor einer Eskalation sei in der Bevölkerung aber spürbar.
"""

DE06 = """
Carney in Berlin: Flüssiggas für Wilhelmshaven, Luftabwehr für Kiew

Berlin/Wilhelmshaven. Kanadas Premierminister Mark Carney und Bundeskanzler Friedrich Merz (CDU) haben am Mittwoch in Berlin eine engere Zusammenarbeit bei Energie, Rohstoffen und der Unterstützung der Ukraine vereinbart.
Beide unterzeichneten im Kanzleramt eine Absichtserklärung, nach der ab 2029 kanadisches Flüssiggas über das Terminal in Wilhelmshaven nach Deutschland fließen soll.
Zugleich sagten beide Regierungen zusammen zwei Milliarden Euro für Luftverteidigungssysteme zu, die über das Nato-Programm PURL in den USA für die Ukraine gekauft werden.

Nach dem Treffen telefonierten Merz und Carney gemeinsam mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.
Selenskyj dankte für die Zusage und schrieb auf X, jedes zusätzliche Patriot-System rette Leben in ukrainischen Städten.
In einer gemeinsamen Erklärung forderten Merz und Carney Russland auf, einer bedingungslosen Waffenruhe von mindestens 30 Tagen zuzustimmen, und drohten andernfalls mit weiteren Sanktionen.
Carney kündigte an, Kanada werde sich mit Aufklärungsflugzeugen an der von Frankreich und Großbritannien geführten Mission zur Überwachung einer künftigen Waffenruhe beteiligen.

Moskau reagierte ablehnend.
Berlin und Ottawa sollten nicht Waffen kaufen, sondern Kiew an den Verhandlungstisch drängen, sagte Kremlsprecher Dmitri Peskow.
Eine Waffenruhe ohne Lösung der „Ursachen des Konflikts“ lehne Russland ab.
Die jüngste Runde der von den USA vermittelten Gespräche in Abu Dhabi war in der vergangenen Woche ohne Ergebnis geblieben.

Carney warb in Berlin auch für eine engere Abstimmung zwischen Europa und Kanada gegenüber Washington.
US-Präsident Donald Trump hatte beiden Ländern zuletzt mit neuen Zöllen gedroht, sollten sie ihre Verteidigungsausgaben nicht rascher erhöhen.

In Wilhelmshaven stieß die Vereinbarung auf Zustimmung.
Oberbürgermeister Carsten Feist sagte unserer Zeitung, die Stadt habe seit der Inbetriebnahme des ersten deutschen LNG-Terminals im Dezember 2022 bewiesen, dass sie Versorgungssicherheit schaffen könne.
Niedersachsens Ministerpräsident Olaf Lies (SPD) kündigte an, noch in diesem Jahr nach Kanada zu reisen, um über Lieferungen von grünem Wasserstoff zu sprechen.
"""


def doc(id, published, body, timexes, events, statements, actors, basis=None):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors, published_basis=basis)


DOCS = [
    doc(
        "b40de01_geberkonferenz_warschau_2022_05", "2022-05-06", DE01,
        [
            T("Donnerstag", "DATE", "2022-05-05", 0),
            T("Monat", "SET", "P1M"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF", 0),
            T("diesem Jahr", "DATE", "2022"),
            T("Wochen", "DURATION", "PXW", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF", 1),
            T("Donnerstag", "DATE", "2022-05-05", 1),
            T("Mittwoch", "DATE", "2022-05-04"),
            T("sechs Monaten", "DURATION", "P6M"),
            T("Jahresende", "DATE", "2022", mod="END"),
            T("Freitag", "DATE", "2022-05-06"),
            T("24. Februar", "DATE", "2022-02-24"),
        ],
        [
            E("International donors' conference for Ukraine in Warsaw, co-hosted by Poland and Sweden", "CONSULT",
              ["Poland", "Volodymyr Zelensky", "Ursula von der Leyen", "Germany"], "2022-05-05", "text", "occurred",
              "Auf einer internationalen Geberkonferenz",
              note="participants as named in the article; Sweden (co-host) is not canonical"),
            E("Donors pledge about 6.5 billion dollars for Ukraine", "AID", ["Ukraine"], "2022-05-05", "text",
              "occurred", "Auf einer internationalen Geberkonferenz", note="lump sum of all donors"),
            E("Zelensky puts Ukraine's needs at about seven billion dollars a month", "REQUEST",
              ["Volodymyr Zelensky"], "2022-05-05", "context", "occurred", "bezifferte den Bedarf"),
            E("Zelensky demands that Russia's frozen central-bank reserves be used for reconstruction", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-05-05", "context", "occurred", "Zugleich verlangte Selenskyj"),
            E("Von der Leyen: the Commission will propose a reconstruction platform with Kyiv in the coming weeks",
              "REQUEST", ["Ursula von der Leyen", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "Wiederaufbauplattform"),
            E("Morawiecki: Russia must pay for the destruction", "REQUEST", ["Poland", "Russia"], "2022-05-05",
              "context", "occurred", "Morawiecki sagte, Russland müsse"),
            E("Morawiecki proposes putting seized assets of Russian oligarchs into a fund for Ukraine", "REQUEST",
              ["Poland", "Russia", "Ukraine"], "2022-05-05", "context", "occurred", "Er warb dafür"),
            E("Sweden to increase its humanitarian aid to Ukraine this year", "AID", ["Ukraine"], "2022", "text",
              "planned", "Akt der Solidarität", note="Sweden is not canonical"),
            E("Sweden's decision on a NATO application expected in the coming weeks", "REQUEST", ["NATO"],
              "FUTURE_REF", "vague", "uncertain", "Zur Frage eines schwedischen Nato-Beitritts",
              note="Sweden applied on 2022-05-18; Sweden is not canonical"),
            E("Germany pledges a further 125 million euros for internally displaced people", "AID",
              ["Germany", "Ukraine"], "2022-05-05", "context", "occurred", "Entwicklungsministerin Svenja Schulze"),
            E("Peskov: Russia will achieve the goals of its 'special military operation' despite Western arms",
              "ASSAULT", ["Russia", "Ukraine"], "2022-05-05", "context", "planned", "Kremlsprecher Dmitri Peskow"),
            E("Zakharova accuses the EU of harming its own citizens with the planned oil embargo", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2022-05-06", "published", "occurred", "Maria Sacharowa"),
            E("Commission proposes a sixth sanctions package with an embargo on Russian oil", "SANCTION",
              ["European Union", "Russia"], "2022-05-04", "text", "planned", "sechstes Sanktionspaket",
              note="proposal; crude oil within six months, oil products by the end of the year"),
            E("Orbán rejects the proposed oil embargo", "REJECT", ["Viktor Orbán", "European Union"], "2022-05-06",
              "text", "occurred", "Viktor Orbán wies den Vorschlag"),
            E("Budapest demands an exemption for pipeline oil", "REQUEST", ["Viktor Orbán", "European Union"],
              "2022-05-06", "published", "occurred", "Budapest verlangt"),
            E("Russia's war against Ukraine since 24 February", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24",
              "text", "occurred", "Seit Kriegsbeginn am 24. Februar", date_mod="START"),
        ],
        [
            S("Poland", "More than 40 states, the EU Commission and financial institutions were represented",
              "2022-05-06", "published", "Nach polnischen Angaben"),
            S("Volodymyr Zelensky", "Ukraine needs about seven billion dollars a month", "2022-05-05", "context",
              "bezifferte den Bedarf"),
            S("Volodymyr Zelensky", "The money is needed for pensions, salaries and rebuilding bridges, schools and "
              "hospitals", "2022-05-05", "context", "Mit dem Geld müssten"),
            S("Volodymyr Zelensky", "Frozen Russian central-bank reserves should be used for reconstruction",
              "2022-05-05", "context", "Zugleich verlangte Selenskyj"),
            S("Ursula von der Leyen", "The Commission will propose a reconstruction platform in the coming weeks",
              "2022-05-05", "context", "Wiederaufbauplattform"),
            S("Poland", "Morawiecki: Russia must pay for the destruction", "2022-05-05", "context",
              "Morawiecki sagte, Russland müsse"),
            S("Poland", "Morawiecki: seized oligarch assets should go into a fund for Ukraine", "2022-05-05", "context",
              "Er warb dafür"),
            S("Dmitry Peskov", "Western weapons and intelligence cannot stop Russia from reaching its goals",
              "2022-05-05", "text", "Kremlsprecher Dmitri Peskow"),
            S("Maria Zakharova", "The EU's planned oil embargo harms above all its own citizens", "2022-05-06",
              "published", "Maria Sacharowa"),
            S("Viktor Orbán", "The oil embargo would hit Hungary's economy like an atomic bomb", "2022-05-06", "text",
              "Viktor Orbán wies den Vorschlag"),
            S("United Nations", "More than 5.5 million people have fled Ukraine, over three million to Poland",
              "2022-05-06", "published", "nach UN-Angaben"),
        ],
        ["Poland", "Ukraine", "European Union", "Volodymyr Zelensky", "Russia", "Ursula von der Leyen", "NATO",
         "Germany", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Viktor Orbán", "United Nations"],
    ),
    doc(
        "b40de02_diamanten_zwoelftes_paket_2023_12", "2023-12-19", DE02,
        [
            T("1. Januar", "DATE", "2024-01-01"),
            T("Montag", "DATE", "2023-12-18"),
            T("1. Januar 2024", "DATE", "2024-01-01"),
            T("1. März", "DATE", "2024-03-01"),
            T("1. September", "DATE", "2024-09-01"),
            T("mehrere Tage", "DURATION", "PXD"),
            T("Wochenende", "DATE", "2023-W50-WE"),
            T("der vergangenen Woche", "DATE", "2023-W50"),
            T("Anfang Dezember", "DATE", "2023-12", mod="START"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("Dienstag", "DATE", "2023-12-19"),
            T("Jahren", "DURATION", "PXY"),
            T("dem Frühjahr", "DATE", "2024-SP", 1),
            T("Monaten", "DURATION", "PXM"),
        ],
        [
            E("EU adopts its twelfth sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2023-12-18", "text", "occurred", "zwölftes Sanktionspaket"),
            E("EU ban on imports of Russian rough and polished diamonds from 1 January 2024", "SANCTION",
              ["European Union", "Russia"], "2024-01-01", "text", "planned", "Das Verbot gilt für Rohsteine"),
            E("EU ban on Russian diamonds cut in third countries from 1 March (stones of one carat and more)",
              "SANCTION", ["European Union", "Russia"], "2024-03-01", "text", "planned",
              "in Drittländern geschliffen"),
            E("Threshold lowered to 0.5 carat and proof of origin made mandatory from 1 September", "SANCTION",
              ["European Union", "Russia"], "2024-09-01", "text", "planned", "in Drittländern geschliffen"),
            E("EU freezes the assets of about 140 more persons and entities", "SANCTION",
              ["European Union", "Russia"], "2023-12-18", "context", "occurred", "Zudem wurden Vermögen"),
            E("Austria's reservation blocks the package for several days", "REJECT", ["European Union"], "2023-W50",
              "context", "occurred", "durch einen Vorbehalt Österreichs",
              note="Austria is not canonical; the block ended on 18 December"),
            E("Kyiv provisionally removes Raiffeisen Bank International from its list of war sponsors", "CONCEDE",
              ["Ukraine"], "2023-W50-WE", "text", "occurred", "Nachdem Kiew die Bank am Wochenende"),
            E("Austria drops its objection to the package", "CONCEDE", ["European Union"], "2023-12-18", "context",
              "occurred", "Nachdem Kiew die Bank am Wochenende", note="Austria is not canonical"),
            E("EU summit last week", "CONSULT", ["European Union"], "2023-W50", "text", "occurred",
              "Beim EU-Gipfel in der vergangenen Woche", note="14-15 December 2023"),
            E("EU leaders decide to open accession negotiations with Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2023-W50", "text", "occurred", "Beim EU-Gipfel in der vergangenen Woche"),
            E("Orbán blocks a 50-billion-euro aid package for Ukraine", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-W50", "text", "occurred",
              "Beim EU-Gipfel in der vergangenen Woche"),
            E("G7 leaders' video conference with Biden", "CONSULT", ["Joe Biden"], "2023-12", "text", "occurred",
              "in einer Videokonferenz", date_mod="START", note="G7 video conference of 6 December 2023"),
            E("Biden and the G7 leaders agree a joint approach against Russian diamonds", "AGREE",
              ["Joe Biden", "Russia"], "2023-12", "text", "occurred", "in einer Videokonferenz", date_mod="START"),
            E("US sanctions on the state-controlled diamond producer Alrosa since spring 2022", "SANCTION",
              ["United States", "Russia"], "2022-SP", "text", "occurred", "Alrosa", date_mod="START"),
            E("Zelensky welcomes the package", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2023-12-19",
              "published", "occurred", "begrüßte das Paket"),
            E("Zelensky urges the EU to start work on the next package at once", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2023-12-19", "published", "occurred",
              "begrüßte das Paket"),
        ],
        [
            S("Volodymyr Zelensky", "Welcomes the package and calls on the EU to start work on the next one",
              "2023-12-19", "published", "begrüßte das Paket"),
            S("Kremlin", "The Kremlin was unmoved by the package", "2023-12-19", "published",
              "Der Kreml gab sich gelassen."),
            S("Dmitry Peskov", "Russia has long adjusted to the sanctions; the damage hits European industry",
              "2023-12-19", "text", "der Schaden treffe"),
        ],
        ["European Union", "Russia", "Ukraine", "Viktor Orbán", "Joe Biden", "United States", "Volodymyr Zelensky",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b40de03_ostsee_gipfel_helsinki_2025_01", "2025-01-15", DE03,
        [
            T("Dienstag", "DATE", "2025-01-14"),
            T("ersten Weihnachtstag", "DATE", "2024-12-25"),
            T("24. Februar", "DATE", "2025-02-24"),
            T("vergangenen Freitag", "DATE", "2025-01-10"),
            T("Oktober", "DATE", "2024-10"),
        ],
        [
            E("Rutte announces NATO's 'Baltic Sentry' mission with frigates, patrol aircraft and naval drones",
              "MOBILIZE", ["Mark Rutte", "NATO"], "2025-01-14", "text", "occurred", "Baltic Sentry"),
            E("Meeting of the Baltic Sea states in Helsinki hosted by Stubb and Michal", "CONSULT",
              ["Mark Rutte", "Alexander Stubb", "Olaf Scholz", "Donald Tusk"], "2025-01-14", "text", "occurred",
              "Baltic Sentry", note="participants named in the next sentence"),
            E("Participants pledge in a joint declaration to act against Russia's shadow fleet", "AGREE",
              ["Alexander Stubb", "Olaf Scholz", "Donald Tusk", "Mark Rutte", "Russia"], "2025-01-14", "context",
              "occurred", "In einer gemeinsamen Erklärung"),
            E("Declaration charges the shadow fleet with evading sanctions and endangering infrastructure", "ACCUSE",
              ["Alexander Stubb", "Olaf Scholz", "Donald Tusk", "Mark Rutte", "Russia"], "2025-01-14", "context",
              "occurred", "In einer gemeinsamen Erklärung"),
            E("Rutte: NATO will do whatever is necessary to protect cables and pipelines", "AGREE",
              ["Mark Rutte", "NATO"], "2025-01-14", "context", "occurred", "alles Notwendige tun"),
            E("Rutte warns that attackers must expect consequences", "THREATEN", ["Mark Rutte"], "2025-01-14",
              "context", "occurred", "alles Notwendige tun"),
            E("Stubb calls for consistent checks on tankers without sufficient insurance", "REQUEST",
              ["Alexander Stubb"], "2025-01-14", "context", "occurred", "Stubb forderte"),
            E("Scholz: Germany will take part in the mission with ships", "MOBILIZE", ["Olaf Scholz", "NATO"],
              "2025-01-14", "context", "planned", "Scholz sagte, Deutschland werde"),
            E("Zelensky urges the Baltic Sea states to detain shadow-fleet tankers, not only inspect them",
              "REQUEST", ["Volodymyr Zelensky"], "2025-01-15", "published", "occurred", "nicht nur zu kontrollieren"),
            E("Kallas: the next EU sanctions package will list more shadow-fleet ships, due by 24 February",
              "SANCTION", ["Kaja Kallas", "Russia"], "2025-02-24", "text", "planned", "Kaja Kallas kündigte"),
            E("Peskov accuses NATO of deliberately stoking tension in the Baltic", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2025-01-15", "published", "occurred", "Peskow warf der Nato vor"),
            E("Peskov: Russia will protect its interests in the region 'by all means'", "THREATEN",
              ["Dmitry Peskov", "NATO"], "2025-01-15", "published", "occurred", "mit allen Mitteln"),
            E("Germany's CTF Baltic headquarters in Rostock has been assessing the Baltic situation for NATO since "
              "October", "COOPERATE", ["Germany", "NATO"], "2024-10", "text", "occurred", "CTF Baltic",
              date_mod="START"),
        ],
        [
            S("Mark Rutte", "Announces the NATO mission Baltic Sentry with frigates, patrol aircraft and naval drones",
              "2025-01-14", "text", "Baltic Sentry"),
            S("Joint statement: Alexander Stubb, Olaf Scholz, Donald Tusk, Mark Rutte",
              "Commit to act against shadow-fleet ships that evade sanctions and endanger infrastructure",
              "2025-01-14", "context", "In einer gemeinsamen Erklärung"),
            S("Mark Rutte", "NATO will do what is needed to protect cables; attackers face consequences", "2025-01-14",
              "context", "alles Notwendige tun"),
            S("Alexander Stubb", "Tankers without sufficient insurance must be checked consistently", "2025-01-14",
              "context", "Stubb forderte"),
            S("Olaf Scholz", "Germany will take part in the mission with ships", "2025-01-14", "context",
              "Scholz sagte, Deutschland werde"),
            S("Volodymyr Zelensky", "The Baltic states should detain the tankers, not only inspect them",
              "2025-01-15", "published", "nicht nur zu kontrollieren"),
            S("Kaja Kallas", "The next sanctions package will list more shadow-fleet ships and should be ready by "
              "24 February", "2025-01-15", "published", "Kaja Kallas kündigte"),
            S("Dmitry Peskov", "NATO is deliberately stoking tension in the Baltic", "2025-01-15", "published",
              "Peskow warf der Nato vor"),
            S("Dmitry Peskov", "Russia will protect its interests in the region by all means", "2025-01-15",
              "published", "mit allen Mitteln"),
            S("Germany", "Navy: the CTF Baltic headquarters in Rostock is to play an important role in the mission",
              "2025-01-15", "published", "CTF Baltic"),
        ],
        ["NATO", "Mark Rutte", "Alexander Stubb", "Germany", "Olaf Scholz", "Poland", "Donald Tusk", "Russia",
         "Volodymyr Zelensky", "Ukraine", "Kaja Kallas", "European Union", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b40de04_kallas_munitionsplan_2025_03", "2025-03-17", DE04,
        [
            T("Montag", "DATE", "2025-03-17", 0),
            T("diesem Jahr", "DATE", "2025", 0),
            T("Anfang des Monats", "DATE", "2025-03", mod="START"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Donnerstag", "DATE", "2025-03-20", 0),
            T("vergangene Woche", "DATE", "2025-W11"),
            T("30-tägige", "DURATION", "P30D"),
            T("Donnerstag", "DATE", "2025-03-13", 1),
            T("Dienstag", "DATE", "2025-03-18"),
            T("Montag", "DATE", "2025-03-17", 1),
            T("Mittwoch", "DATE", "2025-03-19"),
            T("den vergangenen zwei Jahren", "DURATION", "P2Y"),
            T("diesem Jahr", "DATE", "2025", 1),
            T("2024", "DATE", "2024"),
            T("vergangenen Jahr", "DATE", "2024"),
        ],
        [
            E("EU foreign ministers meet in Brussels", "CONSULT", ["Kaja Kallas", "European Union", "Andrii Sybiha"],
              "2025-03-17", "text", "occurred", "Beim Treffen der EU-Außenminister",
              note="Sybiha's participation is reported later in the article"),
            E("Kallas proposes at least five billion euros for two million artillery shells for Ukraine", "REQUEST",
              ["Kaja Kallas", "European Union", "Ukraine"], "2025-03-17", "text", "occurred",
              "Beim Treffen der EU-Außenminister"),
            E("Two million shells for Kyiv this year, not yet pledged", "AID", ["European Union", "Ukraine"], "2025",
              "text", "uncertain", "Beim Treffen der EU-Außenminister"),
            E("Kallas's earlier proposal of up to 40 billion euros", "REQUEST", ["Kaja Kallas", "Ukraine"], "2025-03",
              "text", "occurred", "Anfang des Monats hatte Kallas", date_mod="START"),
            E("Several member states oppose the 40-billion proposal", "REJECT", ["Kaja Kallas"], "2025-03", "context",
              "occurred", "Anfang des Monats hatte Kallas", note="Italy and Spain are not canonical"),
            E("Hungary rejects further military aid through EU instruments", "REJECT", ["European Union", "Ukraine"],
              "2025-03-17", "published", "occurred", "Ungarn lehnt", note="standing position; Hungary not canonical"),
            E("Kallas: Ukraine needs the ammunition now", "REQUEST", ["Kaja Kallas", "European Union", "Ukraine"],
              "2025-03-17", "context", "occurred", "braucht die Munition jetzt"),
            E("EU summit on Thursday to decide on the initiative", "CONSULT", ["European Union"], "2025-03-20",
              "text", "planned", "beim EU-Gipfel am Donnerstag"),
            E("Sybiha demands that frozen Russian central-bank funds be used for Ukraine's defence", "REQUEST",
              ["Andrii Sybiha", "European Union", "Russia"], "2025-03-17", "context", "occurred",
              "Andrij Sybiha, der an den Beratungen"),
            E("US-Ukraine talks in Jeddah", "CONSULT", ["Ukraine", "United States"], "2025-W11", "text", "occurred",
              "in Dschidda", note="11 March 2025"),
            E("US proposes a 30-day ceasefire", "REQUEST", ["United States", "Ukraine", "Russia"], "2025-W11", "text",
              "occurred", "in Dschidda"),
            E("Ukraine agrees to the US-proposed 30-day ceasefire", "AGREE", ["Ukraine", "United States"],
              "2025-W11", "text", "occurred", "in Dschidda"),
            E("Putin signals agreement in principle to a ceasefire", "AGREE", ["Vladimir Putin", "United States"],
              "2025-03-13", "text", "occurred", "grundsätzliche Zustimmung"),
            E("Putin sets a series of conditions for a ceasefire", "REQUEST", ["Vladimir Putin"], "2025-03-13",
              "text", "occurred", "grundsätzliche Zustimmung"),
            E("Kallas accuses Moscow of playing for time and not wanting peace", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2025-03-17", "context", "occurred", "auf Zeit zu spielen"),
            E("Trump-Putin phone call planned for Tuesday", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-03-18", "text", "planned", "will am Dienstag mit Putin telefonieren"),
            E("Commission to present a defence white paper with loans of up to 150 billion euros open to Ukraine",
              "REQUEST", ["European Union", "Ukraine"], "2025-03-19", "text", "planned", "Weißbuch"),
            E("Czech ammunition initiative delivered about 1.5 million shells to Ukraine last year", "AID",
              ["Ukraine"], "2024", "text", "occurred", "tschechische Munitionsinitiative",
              note="the Czech Republic is not canonical"),
        ],
        [
            S("Kaja Kallas", "Ukraine needs the ammunition now, not at some point", "2025-03-17", "context",
              "braucht die Munition jetzt"),
            S("Kaja Kallas", "No pledges from individual states yet; the EU summit on Thursday is to decide",
              "2025-03-17", "context", "Zusagen einzelner Staaten"),
            S("Andrii Sybiha", "Frozen Russian central-bank funds should finally be used for Ukraine's defence",
              "2025-03-17", "context", "Andrij Sybiha, der an den Beratungen"),
            S("Ukraine", "Ready to back the US-proposed 30-day ceasefire", "2025-W11", "text", "in Dschidda"),
            S("Vladimir Putin", "Agrees in principle to a ceasefire but sets conditions", "2025-03-13", "text",
              "grundsätzliche Zustimmung"),
            S("Kaja Kallas", "Russia does not want peace; it sets conditions to continue the war", "2025-03-17",
              "context", "auf Zeit zu spielen"),
            S("Kremlin", "Confirms the Trump-Putin phone call on Tuesday", "2025-03-17", "text",
              "will am Dienstag mit Putin telefonieren"),
            S("Dmitry Peskov", "There are many questions to discuss; no details in advance", "2025-03-17", "context",
              "Es gebe viele Fragen"),
        ],
        ["Kaja Kallas", "European Union", "Ukraine", "Russia", "Andrii Sybiha", "United States", "Vladimir Putin",
         "Kremlin", "Donald Trump", "Dmitry Peskov"],
    ),
    doc(
        "b40de05_eu_gipfel_sicherheitsfonds_2026_10", "2026-10-23", DE05,
        [
            T("der Nacht zum Freitag", "TIME", "2026-10-22TNI", note="night of 22 to 23 October"),
            T("die kommenden drei Jahre", "DURATION", "P3Y"),
            T("Donnerstag", "DATE", "2026-10-22"),
            T("Mai", "DATE", "2026-05"),
            T("Freitag", "DATE", "2026-10-23", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mitte November", "DATE", "2026-11", mod="MID"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("dem Sommer", "DATE", "2026-SU"),
        ],
        [
            E("EU leaders agree on a fund to secure a future ceasefire in Ukraine", "AGREE",
              ["European Union", "Ukraine"], "2026-10-22TNI", "text", "occurred", "in der Nacht zum Freitag"),
            E("30 billion euros over three years for a monitoring force and Ukraine's air defence", "AID",
              ["European Union", "Ukraine"], "2026-10-23", "published", "planned", "30 Milliarden Euro bereitstehen",
              note="over the coming three years; no start date given"),
            E("Zelensky takes part in the EU summit in person", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2026-10-22", "text", "occurred", "persönlich an den Beratungen"),
            E("Zelensky welcomes the fund as a strong signal to Moscow", "SUPPORT",
              ["Volodymyr Zelensky", "European Union"], "2026-10-22", "context", "occurred",
              "persönlich an den Beratungen"),
            E("Zelensky: Europe must be ready to send soldiers once the guns fall silent", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2026-10-22", "context", "occurred",
              "Garantien auf dem Papier"),
            E("Trump promised in May to back a European force from the air", "AGREE",
              ["Donald Trump", "European Union"], "2026-05", "text", "occurred", "Bereits im Mai"),
            E("Trump rules out American ground troops", "REJECT", ["Donald Trump", "Ukraine"], "2026-05", "text",
              "occurred", "Bereits im Mai"),
            E("Von der Leyen: Russian assets stay frozen until Russia pays for the damage", "REJECT",
              ["Ursula von der Leyen", "Russia"], "2026-10-23", "published", "occurred", "die Gelder blieben"),
            E("Peskov: foreign soldiers in Ukraine would be legitimate targets", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2026-10-23", "text", "occurred", "legitime Ziele"),
            E("Zakharova accuses the EU of sabotaging the ceasefire talks", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2026-10-23", "published", "occurred", "Sacharowa warf der EU"),
            E("Next round of US-mediated Russia-Ukraine talks in Istanbul in mid-November", "CONSULT",
              ["Russia", "Ukraine", "United States"], "2026-11", "text", "planned", "Eine nächste Runde",
              date_mod="MID"),
            E("Kallas: the 22nd sanctions package should be ready by the end of the year", "SANCTION",
              ["Kaja Kallas", "Russia"], "2026", "text", "planned", "22. Sanktionspaket", date_mod="END"),
        ],
        [
            S("Volodymyr Zelensky", "The fund is a strong signal to Moscow", "2026-10-22", "context",
              "persönlich an den Beratungen"),
            S("Volodymyr Zelensky", "Guarantees on paper are not enough; Europe must be ready to send soldiers",
              "2026-10-22", "context", "Garantien auf dem Papier"),
            S("Donald Trump", "Will back a European force from the air, no American ground troops", "2026-05", "text",
              "Bereits im Mai"),
            S("Ursula von der Leyen", "The assets stay frozen until Russia pays for the damage", "2026-10-23",
              "published", "die Gelder blieben"),
            S("Kremlin", "The Kremlin reacted sharply", "2026-10-23", "published", "Der Kreml reagierte scharf."),
            S("Dmitry Peskov", "Foreign soldiers in Ukraine would be legitimate targets under any flag", "2026-10-23",
              "text", "legitime Ziele"),
            S("Maria Zakharova", "The EU is sabotaging the ceasefire talks with the fund", "2026-10-23", "published",
              "Sacharowa warf der EU"),
            S("Kaja Kallas", "The 22nd sanctions package should be ready by the end of the year", "2026-10-23",
              "published", "22. Sanktionspaket"),
        ],
        ["European Union", "Ukraine", "Viktor Orbán", "Volodymyr Zelensky", "Russia", "Donald Trump",
         "United States", "Ursula von der Leyen", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Kaja Kallas"],
        basis="Fiction in a plausible setting: a European Council in Brussels on 22-23 October 2026 agreeing a "
              "fund for security guarantees; the article is dated the Friday of the summit.",
    ),
    doc(
        "b40de06_carney_berlin_2026_04", "2026-04-16", DE06,
        [
            T("Mittwoch", "DATE", "2026-04-15"),
            T("2029", "DATE", "2029"),
            T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
            T("der vergangenen Woche", "DATE", "2026-W15"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Dezember 2022", "DATE", "2022-12"),
            T("diesem Jahr", "DATE", "2026"),
        ],
        [
            E("Merz receives Canada's Prime Minister Carney in Berlin", "CONSULT", ["Friedrich Merz"], "2026-04-15",
              "text", "occurred", "Kanadas Premierminister Mark Carney", note="Canada is not canonical"),
            E("Merz and Carney sign a letter of intent on Canadian LNG via Wilhelmshaven", "AGREE",
              ["Friedrich Merz"], "2026-04-15", "context", "occurred", "Absichtserklärung"),
            E("Germany and Canada pledge two billion euros for air defence for Ukraine via NATO's PURL", "AID",
              ["Germany", "Ukraine", "NATO"], "2026-04-15", "context", "occurred", "zwei Milliarden Euro"),
            E("Merz and Carney phone Zelensky together", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"],
              "2026-04-15", "context", "occurred", "telefonierten Merz und Carney"),
            E("Zelensky thanks them for the pledge", "SUPPORT", ["Volodymyr Zelensky", "Germany"], "2026-04-15",
              "context", "occurred", "Selenskyj dankte"),
            E("Merz and Carney call on Russia to agree to an unconditional ceasefire of at least 30 days", "REQUEST",
              ["Friedrich Merz", "Russia"], "2026-04-15", "context", "occurred", "In einer gemeinsamen Erklärung"),
            E("Merz and Carney threaten further sanctions otherwise", "THREATEN", ["Friedrich Merz", "Russia"],
              "2026-04-15", "context", "occurred", "In einer gemeinsamen Erklärung"),
            E("Canada to join the French- and British-led ceasefire monitoring mission with surveillance aircraft",
              "MOBILIZE", ["France", "United Kingdom", "Ukraine"], "2026-04-16", "published", "planned",
              "Aufklärungsflugzeugen", note="Canada is not canonical; no date, after a future ceasefire"),
            E("Peskov: Berlin and Ottawa should push Kyiv to the negotiating table instead of buying weapons",
              "REQUEST", ["Dmitry Peskov", "Germany", "Ukraine"], "2026-04-16", "published", "occurred",
              "Verhandlungstisch drängen"),
            E("Russia rejects a ceasefire without settling the 'root causes'", "REJECT",
              ["Dmitry Peskov", "Friedrich Merz"], "2026-04-16", "published", "occurred", "Ursachen des Konflikts"),
            E("Peskov's condition: the 'root causes of the conflict' must be resolved", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-04-16", "published", "occurred", "Ursachen des Konflikts"),
            E("US-mediated round in Abu Dhabi last week", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-W15", "text", "occurred", "in Abu Dhabi"),
            E("Abu Dhabi round ends without result", "REJECT", ["Russia", "Ukraine"], "2026-W15", "text", "occurred",
              "in Abu Dhabi"),
            E("Trump threatens Germany and Canada with new tariffs over defence spending", "THREATEN",
              ["Donald Trump", "Germany"], "PAST_REF", "vague", "occurred", "mit neuen Zöllen gedroht"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks for the pledge; every additional Patriot system saves lives",
              "2026-04-15", "context", "Selenskyj dankte"),
            S("Friedrich Merz", "Joint statement with Carney: Russia must accept a ceasefire of at least 30 days or "
              "face more sanctions", "2026-04-15", "context", "In einer gemeinsamen Erklärung"),
            S("Russia", "Moscow reacted dismissively", "2026-04-16", "published", "Moskau reagierte ablehnend."),
            S("Dmitry Peskov", "Berlin and Ottawa should push Kyiv to the table instead of buying weapons",
              "2026-04-16", "published", "Verhandlungstisch drängen"),
            S("Dmitry Peskov", "Russia rejects a ceasefire without settling the root causes of the conflict",
              "2026-04-16", "published", "Ursachen des Konflikts"),
        ],
        ["Friedrich Merz", "Germany", "Ukraine", "NATO", "United States", "Volodymyr Zelensky", "Russia", "France",
         "United Kingdom", "Kremlin", "Dmitry Peskov", "Donald Trump"],
        basis="Fiction in a plausible setting: Carney's visit to Berlin on Wednesday 15 April 2026; the article "
              "appeared the next day.",
    ),
]
