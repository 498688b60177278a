"""German articles of the blind87 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b87de01 (kicker)
DE01 = """
Fifa und Uefa sperren Russland – Polen jubelt, Moskau zieht vor den CAS

Zürich/Nyon. Der Weltfußball hat Russland nach dem Einmarsch in die Ukraine bis auf Weiteres von allen Wettbewerben ausgeschlossen.
Fifa und Uefa suspendierten am Montagabend in einer gemeinsamen Erklärung sämtliche russischen Nationalmannschaften und Klubs.
Damit fällt das WM-Playoff-Halbfinale der Sbornaja gegen Polen aus, das für den 24. März in Moskau angesetzt war.
Auch Spartak Moskau ist aus der Europa League geflogen, RB Leipzig steht kampflos im Viertelfinale.

Der polnische Verband hatte bereits am Samstag erklärt, unter keinen Umständen gegen Russland anzutreten; Schweden und Tschechien schlossen sich dem Boykott an.
Polens Sportminister Kamil Bortniczuk sprach am Montagabend von der „einzig richtigen Entscheidung“.
Die Fifa hatte am Sonntag zunächst nur verfügt, dass Russland ohne Flagge und Hymne unter dem Namen „Fußball-Union Russlands“ spielen solle, was in Warschau als „völlig inakzeptabel“ zurückgewiesen wurde.

Schon am Montagnachmittag hatte die Exekutive des Internationalen Olympischen Komitees den Weltverbänden empfohlen, Sportlerinnen und Sportler aus Russland und Belarus nicht mehr zu Wettkämpfen zuzulassen.
IOC-Präsident Thomas Bach begründete den Schritt mit dem Bruch des olympischen Friedens, den Moskau mit dem Angriff wenige Tage nach den Winterspielen in Peking begangen habe.
Der Judo-Weltverband hatte Kremlchef Wladimir Putin bereits am Sonntag die Ehrenpräsidentschaft entzogen.

In Moskau löste der Ausschluss empörte Reaktionen aus.
Der Russische Fußball-Verband kündigte an, vor dem Internationalen Sportgerichtshof CAS in Lausanne Einspruch einzulegen.
Außenamtssprecherin Maria Sacharowa warf den Verbänden am Dienstag vor, den Sport zur „Geisel“ der Politik zu machen, und sprach von „offener Diskriminierung“.
Kremlsprecher Dmitri Peskow nannte die Entscheidungen „bedauerlich“, fügte aber hinzu, Russland werde sich dadurch nicht von seinem Kurs abbringen lassen.

Der ukrainische Präsident Wolodymyr Selenskyj hatte die Sportwelt am Wochenende in einer Videobotschaft aufgefordert, Russland „überall“ zu isolieren.
Am Montagabend dankte er Fifa und Uefa ausdrücklich für ihre „klare Haltung“.
Bundesinnenministerin Nancy Faeser (SPD), in der Bundesregierung auch für den Sport zuständig, nannte den Ausschluss „richtig und überfällig“.
DFB-Präsident Bernd Neuendorf kündigte an, der Verband werde geflüchteten ukrainischen Fußballerinnen und Fußballern Trainingsmöglichkeiten anbieten.

Bereits am Freitag hatte die Uefa das Champions-League-Finale vom 28. Mai aus St. Petersburg abgezogen und an das Stade de France in Saint-Denis vergeben.
Nach Angaben des Élysée-Palasts hatte sich Präsident Emmanuel Macron persönlich für die Austragung in Frankreich eingesetzt.
Die Gazprom-Arena, in der das Endspiel ursprünglich stattfinden sollte, gehört einer Tochter des Staatskonzerns, der bis zuletzt zu den wichtigsten Sponsoren der Uefa zählte.
"""


# ---------------------------------------------------------------- b87de02 (Tag des Herrn)
DE02 = """
Frist verstrichen: Die Mönche bleiben im Kiewer Höhlenkloster

Kiew/Leipzig. Im Streit um das Kiewer Höhlenkloster ist die Frist für den Auszug der Mönche der Ukrainischen Orthodoxen Kirche (UOK) am Mittwoch verstrichen, ohne dass die Brüder die Anlage verlassen hätten.
Das Kulturministerium in Kiew hatte Anfang März den Nutzungsvertrag für die Gebäude der Unteren Lavra gekündigt und der Bruderschaft eine Frist bis zum 29. März gesetzt.
Begründet wurde der Schritt mit Verstößen gegen den Vertrag und mit den Verbindungen der UOK zum Moskauer Patriarchat.
Metropolit Onufrij ließ erklären, die Mönche würden bleiben, solange kein Gericht anders entscheide.

Präsident Wolodymyr Selenskyj warf Moskau in seiner Videoansprache am Mittwochabend vor, die Kirche seit Jahren als Werkzeug seiner Politik zu missbrauchen.
Die Ukraine werde „keine Einflussnetze des Aggressors“ in ihren Heiligtümern dulden, sagte er.
Der Geheimdienst SBU hatte das Kloster bereits im November durchsucht und nach eigenen Angaben prorussische Schriften sowie größere Bargeldsummen gefunden.
Zum orthodoxen Weihnachtsfest am 7. Januar hatte die Regierung erstmals der eigenständigen Orthodoxen Kirche der Ukraine (OKU) einen Gottesdienst in der Mariä-Entschlafens-Kathedrale der Oberen Lavra erlaubt.

Moskau reagierte mit scharfer Kritik.
Patriarch Kyrill hatte sich bereits am Sonntag in Briefen an Papst Franziskus, UN-Generalsekretär António Guterres und den Ökumenischen Patriarchen Bartholomaios gewandt und sie gebeten, die „Vertreibung“ der Mönche zu verhindern.
Kremlsprecher Dmitri Peskow sagte am Montag, die Vorgänge in Kiew bestätigten, dass die ukrainische Führung einen „Krieg gegen die Orthodoxie“ führe.
Außenamtssprecherin Maria Sacharowa forderte die Vereinten Nationen und die OSZE auf, sich des Falls anzunehmen.

Papst Franziskus rief bei der Generalaudienz am Mittwoch dazu auf, die Gotteshäuser aller Konfessionen in der Ukraine zu achten und den Gläubigen „die Freiheit des Gebets“ zu lassen.
Aus dem vatikanischen Staatssekretariat hieß es, man verfolge die Lage „mit Sorge“.
Auch das UN-Menschenrechtsbüro in Genf mahnte Kiew, bei dem Streit die Religionsfreiheit zu wahren.
Das ukrainische Kulturministerium wies die Kritik am Donnerstag zurück: Es gehe um einen Nutzungsvertrag mit dem Staat, nicht um Glaubensfragen.

Eine Kommission des Ministeriums soll in den kommenden Tagen mit der Inventur der Gebäude beginnen.
Die UOK will dagegen vor einem Kiewer Gericht klagen; eine erste Anhörung ist nach Kirchenangaben für kommenden Montag angesetzt.
In Leipzig lädt die ukrainische griechisch-katholische Gemeinde am Sonntag in die Propsteikirche zu einem Friedensgebet ein, bei dem auch der Mönche gedacht werden soll.
"""

# ---------------------------------------------------------------- b87de03 (ka-news.de)
DE03 = """
Weltkirchenrat in Karlsruhe: Steinmeier rechnet mit Moskaus Kirchenführung ab

Karlsruhe. Mit scharfer Kritik an der Führung der Russisch-Orthodoxen Kirche hat Bundespräsident Frank-Walter Steinmeier am Mittwochvormittag die 11. Vollversammlung des Ökumenischen Rates der Kirchen (ÖRK) in der Karlsruher Messe eröffnet.
Die Kirchenleitung in Moskau führe ihre Gläubigen „auf einen gefährlichen, ja glaubensfeindlichen Weg“, indem sie den Angriffskrieg gegen die Ukraine rechtfertige, sagte Steinmeier vor rund 4000 Gästen aus mehr als 120 Ländern.
Er forderte die Delegierten auf, in Karlsruhe „nicht zu schweigen“, wenn Gewalt im Namen Gottes gerechtfertigt werde.

Die russische Kirche ist mit einer 22-köpfigen Delegation unter Leitung von Metropolit Antonij von Wolokolamsk angereist, Patriarch Kyrill selbst blieb der Versammlung fern.
Der Zentralausschuss des ÖRK hatte im Juni eine Forderung Kiews abgelehnt, die Russisch-Orthodoxe Kirche aus dem Weltkirchenrat auszuschließen.
Das ukrainische Außenministerium nannte das Festhalten an der Einladung am Mittwoch „eine Schande für die Ökumene“.

Die russische Botschaft in Berlin wies die Rede des Bundespräsidenten am Nachmittag als „politische Einmischung in innerkirchliche Angelegenheiten“ zurück.
Außenamtssprecherin Maria Sacharowa schrieb am frühen Abend auf Telegram, Steinmeier habe „das Podium der Christen zur Bühne der Russophobie gemacht“.
Metropolit Antonij sagte, seine Kirche sei nach Karlsruhe gekommen, um zu reden, nicht um sich zu rechtfertigen.

Für den Vatikan nimmt Kardinal Kurt Koch an der Versammlung teil; er traf am Rande der Eröffnung mit Metropolit Antonij zusammen.
Im Juni hatte die EU den Patriarchen auf Drängen des ungarischen Regierungschefs Viktor Orbán aus ihrem sechsten Sanktionspaket gestrichen, Großbritannien belegte ihn dagegen mit Einreiseverbot und Vermögenssperre.

Bis zum 8. September beraten die rund 800 Delegierten in Karlsruhe, es ist die erste Vollversammlung des Weltkirchenrats in Deutschland.
Vor der Messe demonstrierten am Mittwoch rund 200 Menschen, unter ihnen viele Geflüchtete aus der Ukraine, mit blau-gelben Fahnen gegen die Teilnahme der russischen Delegation.
Die Polizei meldete einen friedlichen Verlauf, Oberbürgermeister Frank Mentrup (SPD) lädt die Gäste für Donnerstagabend zu einem Empfang ins Rathaus.
"""

# ---------------------------------------------------------------- b87de04 (Monopol)
DE04 = """
Skythengold: Der Krim-Schatz ist zurück in Kiew

Kiew/Amsterdam. Nach fast zehn Jahren Rechtsstreit ist das sogenannte Skythengold wieder in der Ukraine.
Die 565 Objekte aus vier Krim-Museen, die das Amsterdamer Allard Pierson Museum seit 2014 verwahrt hatte, trafen am Montag im Nationalmuseum für Geschichte der Ukraine in Kiew ein, wie das ukrainische Kulturministerium mitteilte.
Unter den Stücken, von denen manche mehr als 2000 Jahre alt sind, finden sich ein goldener Helm, Schwertscheiden und Schmuck aus skythischen Grabhügeln.

Die Leihgaben waren im Februar 2014 für die Ausstellung „Die Krim – Gold und Geheimnisse des Schwarzen Meeres“ nach Amsterdam gereist, wenige Wochen bevor Russland die Halbinsel im März 2014 annektierte.
Seither stritten die Krim-Museen, hinter denen die russischen Besatzungsbehörden standen, und der ukrainische Staat um die Frage, wohin die Sammlung zurückkehren solle.
Im Juni hatte der Hoge Raad, das höchste niederländische Gericht, entschieden, dass die Objekte als Kulturerbe der Ukraine nach Kiew gehören, und die Klage der Museen endgültig abgewiesen.

Präsident Wolodymyr Selenskyj dankte den Niederlanden am Montagabend in seiner Videoansprache: Die Rückkehr des Goldes zeige, dass „alles, was der Ukraine gehört, zurückkehren wird“.
Der geschäftsführende Kulturminister Rostyslaw Karandejew kündigte an, die Stücke im kommenden Jahr in einer Ausstellung zu zeigen, sobald die Sicherheitslage es zulasse.

Aus Moskau kam scharfer Protest.
Außenamtssprecherin Maria Sacharowa warf Amsterdam und Kiew am Montag „Diebstahl“ am kulturellen Erbe der Krim vor.
Der von Moskau eingesetzte Krim-Regierungschef Sergej Aksjonow kündigte an, die Besatzungsverwaltung werde „mit allen rechtlichen Mitteln“ um die Schätze kämpfen.

Weit weniger Aussicht auf Rückkehr haben die rund 10.000 Werke, die russische Truppen im November 2022 vor ihrem Rückzug aus Cherson aus dem Kunstmuseum der Stadt auf die Krim abtransportierten.
Kiew fordert ihre Rückgabe.
Nach Zählung der Unesco sind seit Februar 2022 mehr als 340 Kulturstätten in der Ukraine durch russische Angriffe beschädigt worden.
Kulturstaatsministerin Claudia Roth (Grüne) sagte der Ukraine am Montag weitere fünf Millionen Euro für den Schutz von Museen und Archiven zu.
Für Provenienzforscher ist der Fall ein Präzedenzfall: Erstmals hat ein Gericht über Leihgaben aus einem besetzten Gebiet entschieden.
"""

# ---------------------------------------------------------------- b87de05 (SID)
DE05 = """
Olympia-Eröffnung an der Seine: Macron mahnt Waffenruhe an, der Kreml schaut weg

Paris (SID) - Mit einem eindringlichen Appell für den olympischen Frieden hat Frankreichs Staatspräsident Emmanuel Macron die Sommerspiele von Paris eröffnet.
Beim Empfang für mehr als 80 Staats- und Regierungschefs im Louvre rief Macron am Freitagnachmittag alle Konfliktparteien auf, die Waffen während der Spiele ruhen zu lassen, „in der Ukraine, im Nahen Osten und überall sonst“.
Unter den Gästen waren Bundespräsident Frank-Walter Steinmeier und UN-Generalsekretär António Guterres, der bereits am Donnerstag an die Einhaltung der olympischen Waffenruhe erinnert hatte.
Wenige Stunden später fuhren rund 6800 Athletinnen und Athleten in 85 Booten über die Seine.

Russland ist in Paris nur mit 15 Sportlerinnen und Sportlern vertreten, die als „individuelle neutrale Athleten“ ohne Flagge und Hymne antreten, Belarus mit 17.
Das IOC hatte im Dezember entschieden, Athleten aus beiden Ländern nur unter strengen Auflagen zuzulassen; Angehörige von Armee und Sicherheitsbehörden sowie erklärte Befürworter des Krieges sind ausgeschlossen.
Das Russische Olympische Komitee ist seit Oktober vergangenen Jahres suspendiert, weil es Sportverbände aus den besetzten ukrainischen Gebieten aufgenommen hatte.

Kremlsprecher Dmitri Peskow sagte am Freitag, Präsident Wladimir Putin werde die Eröffnungsfeier nicht verfolgen, die Bedingungen des IOC seien „diskriminierend“ und „mit dem olympischen Geist unvereinbar“.
Das russische Staatsfernsehen übertrug die Feier nicht.
Außenamtssprecherin Maria Sacharowa verspottete die Zeremonie am Samstag auf Telegram als „Tiefpunkt“ und warf den Organisatoren vor, christliche Werte zu verhöhnen.
Putin hatte im Juni in Kasan Sportminister aus den Brics-Staaten empfangen und für die dortigen Brics-Spiele als Alternative zu Olympia geworben.

In der Nacht zum Samstag griff Russland die Region Charkiw erneut mit Gleitbomben und Drohnen an, nach Behördenangaben wurden mindestens drei Menschen getötet.
Präsident Wolodymyr Selenskyj warf Moskau vor, den olympischen Frieden „am ersten Tag mit Füßen zu treten“.
Sportminister Matwij Bidnyj bekräftigte, die 140 ukrainischen Olympioniken würden Russen und Belarussen weder die Hand geben noch mit ihnen für Fotos posieren.

Frankreichs Regierung wollte sich nicht dazu äußern, wer hinter den Brandanschlägen auf das Netz der Staatsbahn SNCF in der Nacht zum Freitag steckt.
Innenminister Gérald Darmanin sprach von „koordinierter Sabotage“, rund 800.000 Reisende waren betroffen.
Die Spiele dauern bis zum 11. August.
"""

# ---------------------------------------------------------------- b87de06 (BR-Klassik)
DE06 = """
Nach Protesten: Gergiev-Konzert in Caserta abgesagt – Moskau spricht von „Cancel Culture“

München/Caserta. Der russische Dirigent Valery Gergiev wird am Sonntag nicht im Park des Königspalasts von Caserta auftreten.
Die Region Kampanien sagte das Konzert am Montagabend ab, nachdem es tagelang Proteste von Oppositionsparteien, Kulturschaffenden und Exilrussen gegeben hatte.
Es wäre Gergievs erstes Konzert in einem EU-Land seit dem russischen Überfall auf die Ukraine im Februar 2022 gewesen.

Die ukrainische Botschaft in Rom hatte die italienische Regierung schon vergangene Woche aufgefordert, den Auftritt zu verhindern, weil Gergiev ein „Propagandist des Kremls“ sei.
Außenminister Andrij Sybiha begrüßte die Absage am Dienstag als „Sieg des Anstands“.
Auch Regierungschefin Giorgia Meloni stellte sich am Dienstag hinter die Entscheidung: Kultur sei frei, dürfe aber „nicht zum Instrument eines Aggressors“ werden.

Moskau reagierte empört.
Außenamtssprecherin Maria Sacharowa sprach am Dienstag von „Cancel Culture in Reinform“ und warf Rom vor, sich einer „russophoben Hexenjagd“ anzuschließen.
Kremlsprecher Dmitri Peskow bedauerte, dass Kultur „zur Geisel der Politik“ gemacht werde; Gergiev sei in Russland „hoch geschätzt“.
Der russische Botschafter in Rom, Alexej Paramonow, kündigte eine Protestnote an.

In München weckt der Fall Erinnerungen an das Frühjahr 2022.
Oberbürgermeister Dieter Reiter (SPD) hatte Gergiev damals eine Frist gesetzt, sich vom Krieg zu distanzieren, und ihn nach deren Ablauf am 1. März 2022 als Chefdirigenten der Münchner Philharmoniker entlassen.
Gergiev leitet seither das Mariinski-Theater in St. Petersburg, seit Ende 2023 auch das Bolschoi-Theater in Moskau, und gilt als enger Vertrauter von Kremlchef Wladimir Putin.

Die Ukraine verlangt seit Langem, Gergiev auf die EU-Sanktionsliste zu setzen.
Die EU-Außenbeauftragte Kaja Kallas sagte am Mittwoch in Brüssel, wer den Angriffskrieg öffentlich unterstütze, dürfe in Europa „keine Bühne“ bekommen; über Sanktionen gegen Künstler entschieden aber die Mitgliedstaaten einstimmig.
Ungarn und die Slowakei lehnen eine Ausweitung der Listen auf Kulturschaffende bislang ab.
Gergiev selbst äußerte sich nicht; nach Angaben des Mariinski-Theaters dirigiert er am Sonntag stattdessen in St. Petersburg.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b87de01_fifa_uefa_ausschluss_2022_03", "2022-03-01", DE01,
        [
            T("Montagabend", "TIME", "2022-02-28TEV", 0),
            T("24. März", "DATE", "2022-03-24"),
            T("Samstag", "DATE", "2022-02-26"),
            T("Montagabend", "TIME", "2022-02-28TEV", 1),
            T("Sonntag", "DATE", "2022-02-27", 0),
            T("Montagnachmittag", "TIME", "2022-02-28TAF"),
            T("Sonntag", "DATE", "2022-02-27", 1),
            T("Dienstag", "DATE", "2022-03-01"),
            T("Wochenende", "DATE", "2022-W08-WE"),
            T("Montagabend", "TIME", "2022-02-28TEV", 2),
            T("Freitag", "DATE", "2022-02-25"),
            T("28. Mai", "DATE", "2022-05-28"),
            T("zuletzt", "DATE", "PAST_REF"),
        ],
        [
            E("FIFA and UEFA suspend all Russian national teams and clubs", "SANCTION", ["Russia"],
              "2022-02-28TEV", "text", "occurred", "Fifa und Uefa suspendierten am Montagabend"),
            E("Poland refuses to play the World Cup play-off against Russia", "REJECT", ["Poland", "Russia"],
              "2022-02-26", "text", "occurred", "Der polnische Verband hatte bereits am Samstag"),
            E("Poland's sports minister welcomes the exclusion", "SUPPORT", ["Poland"], "2022-02-28TEV", "text",
              "occurred", "Polens Sportminister Kamil Bortniczuk"),
            E("FIFA orders Russia to play without flag and anthem", "SANCTION", ["Russia"], "2022-02-27", "text",
              "occurred", "Die Fifa hatte am Sonntag zunächst"),
            E("Warsaw rejects FIFA's first decision as unacceptable", "REJECT", ["Poland"], "2022-02-27", "context",
              "occurred", "Die Fifa hatte am Sonntag zunächst"),
            E("IOC executive board recommends excluding Russian and Belarusian athletes", "REQUEST",
              ["Russia", "Belarus"], "2022-02-28TAF", "text", "occurred", "Schon am Montagnachmittag"),
            E("Bach accuses Moscow of breaking the Olympic truce", "ACCUSE", ["Russia"], "2022-02-28TAF",
              "context", "occurred", "IOC-Präsident Thomas Bach"),
            E("Judo federation strips Putin of his honorary presidency", "SANCTION", ["Vladimir Putin"],
              "2022-02-27", "text", "occurred", "Der Judo-Weltverband"),
            E("Russian Football Union to appeal to the CAS", "ACCUSE", ["Russia"], "2022-03-01", "published",
              "planned", "Der Russische Fußball-Verband kündigte an"),
            E("Zakharova accuses the federations of making sport a hostage of politics", "ACCUSE",
              ["Maria Zakharova"], "2022-03-01", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Peskov: Russia will not be deflected from its course", "REJECT", ["Dmitry Peskov"], "2022-03-01",
              "published", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("Zelensky calls on the sports world to isolate Russia everywhere", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-W08-WE", "text", "occurred",
              "Der ukrainische Präsident Wolodymyr Selenskyj hatte die Sportwelt"),
            E("Zelensky thanks FIFA and UEFA", "SUPPORT", ["Volodymyr Zelensky"], "2022-02-28TEV", "text",
              "occurred", "Am Montagabend dankte er"),
            E("German government welcomes the exclusion", "SUPPORT", ["Germany"], "2022-03-01", "published",
              "occurred", "Bundesinnenministerin Nancy Faeser"),
            E("UEFA moves the Champions League final from St Petersburg to Paris", "SANCTION", ["Russia"],
              "2022-02-25", "text", "occurred", "Bereits am Freitag hatte die Uefa"),
            E("Macron lobbied personally for the final to be held in France", "REQUEST", ["Emmanuel Macron"],
              "2022-02-25", "context", "occurred", "hatte sich Präsident Emmanuel Macron persönlich",
              note="no day given; dated by the Friday decision"),
        ],
        [
            S("Poland", "Sports minister Bortniczuk: the only right decision", "2022-02-28TEV", "text",
              "Polens Sportminister Kamil Bortniczuk"),
            S("Poland", "Warsaw rejects FIFA's first decision as completely unacceptable", "2022-02-27", "context",
              "Die Fifa hatte am Sonntag zunächst"),
            S("Russia", "Russian Football Union will appeal to the Court of Arbitration for Sport", "2022-03-01",
              "published", "Der Russische Fußball-Verband kündigte an"),
            S("Maria Zakharova", "The federations make sport a hostage of politics; open discrimination", "2022-03-01",
              "text", "Außenamtssprecherin Maria Sacharowa"),
            S("Dmitry Peskov", "The decisions are regrettable, but Russia will not change course", "2022-03-01",
              "published", "Kremlsprecher Dmitri Peskow nannte"),
            S("Volodymyr Zelensky", "Calls on the sports world to isolate Russia everywhere", "2022-W08-WE", "text",
              "Der ukrainische Präsident Wolodymyr Selenskyj hatte die Sportwelt"),
            S("Volodymyr Zelensky", "Thanks FIFA and UEFA for their clear stance", "2022-02-28TEV", "text",
              "Am Montagabend dankte er"),
            S("Germany", "Faeser: the exclusion is right and overdue", "2022-03-01", "published",
              "Bundesinnenministerin Nancy Faeser"),
            S("France", "Élysée: Macron lobbied personally for the final in France", "2022-03-01", "published",
              "hatte sich Präsident Emmanuel Macron persönlich"),
        ],
        ["Russia", "Ukraine", "Poland", "Belarus", "Vladimir Putin", "Kremlin", "Maria Zakharova", "Dmitry Peskov",
         "Volodymyr Zelensky", "Germany", "Emmanuel Macron", "France"],
    ),
    doc(
        "b87de02_lavra_frist_kyrill_2023_03", "2023-03-30", DE02,
        [
            T("Mittwoch", "DATE", "2023-03-29", 0),
            T("Anfang März", "DATE", "2023-03", mod="START"),
            T("29. März", "DATE", "2023-03-29"),
            T("Mittwochabend", "TIME", "2023-03-29TEV"),
            T("Jahren", "DURATION", "PXY"),
            T("November", "DATE", "2022-11"),
            T("orthodoxen Weihnachtsfest", "DATE", "2023-01-07"),
            T("7. Januar", "DATE", "2023-01-07"),
            T("Sonntag", "DATE", "2023-03-26", 0),
            T("Montag", "DATE", "2023-03-27", 0),
            T("Mittwoch", "DATE", "2023-03-29", 1),
            T("Donnerstag", "DATE", "2023-03-30"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("kommenden Montag", "DATE", "2023-04-03"),
            T("Sonntag", "DATE", "2023-04-02", 1),
        ],
        [
            E("Kyiv's culture ministry terminates the UOC's lease of the Lower Lavra", "SANCTION", ["Ukraine"],
              "2023-03", "text", "occurred", "Das Kulturministerium in Kiew hatte Anfang März", date_mod="START"),
            E("Kyiv sets the monks a deadline to leave by 29 March", "THREATEN", ["Ukraine"], "2023-03", "text",
              "occurred", "Das Kulturministerium in Kiew hatte Anfang März", date_mod="START",
              note="deadline 29 March 2023; dated when set"),
            E("Zelensky accuses Moscow of abusing the church as a tool of its policy", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-03-29TEV", "text", "occurred",
              "Präsident Wolodymyr Selenskyj warf Moskau"),
            E("SBU searches the Lavra", "COERCE", ["Ukraine"], "2022-11", "text", "occurred",
              "Der Geheimdienst SBU hatte das Kloster", note="search of 22 November 2022"),
            E("Government allows the OCU a Christmas service in the Dormition Cathedral", "AGREE", ["Ukraine"],
              "2023-01-07", "text", "occurred", "Zum orthodoxen Weihnachtsfest"),
            E("Patriarch Kirill asks the Pope and Guterres to prevent the eviction", "REQUEST",
              ["Vatican", "António Guterres"], "2023-03-26", "text", "occurred", "Patriarch Kyrill hatte sich"),
            E("Peskov accuses the Ukrainian leadership of a war against Orthodoxy", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2023-03-27", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Zakharova calls on the UN and the OSCE to take up the case", "REQUEST",
              ["Maria Zakharova", "United Nations"], "2023-03-30", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa forderte"),
            E("Pope Francis calls for respect of all places of worship in Ukraine", "REQUEST", ["Vatican"],
              "2023-03-29", "text", "occurred", "Papst Franziskus rief bei der Generalaudienz"),
            E("UN human rights office urges Kyiv to uphold freedom of religion", "REQUEST",
              ["United Nations", "Ukraine"], "2023-03-30", "published", "occurred", "Auch das UN-Menschenrechtsbüro"),
            E("Ukrainian culture ministry rejects the criticism", "REJECT", ["Ukraine"], "2023-03-30", "text",
              "occurred", "Das ukrainische Kulturministerium wies die Kritik"),
        ],
        [
            S("Volodymyr Zelensky", "Moscow has abused the church as a tool of its policy for years", "2023-03-29TEV",
              "text", "Präsident Wolodymyr Selenskyj warf Moskau"),
            S("Volodymyr Zelensky", "Ukraine will not tolerate the aggressor's networks of influence in its shrines",
              "2023-03-29TEV", "context", "Die Ukraine werde „keine Einflussnetze"),
            S("Ukraine", "SBU says it found pro-Russian writings and cash in the Lavra", "2022-11", "text",
              "Der Geheimdienst SBU hatte das Kloster"),
            S("Russia", "Moscow sharply criticises the eviction", "2023-03-30", "published",
              "Moskau reagierte mit scharfer Kritik."),
            S("Dmitry Peskov", "The events confirm that Kyiv wages a war against Orthodoxy", "2023-03-27", "text",
              "Kremlsprecher Dmitri Peskow sagte"),
            S("Maria Zakharova", "Calls on the UN and the OSCE to take up the case", "2023-03-30", "published",
              "Außenamtssprecherin Maria Sacharowa forderte"),
            S("Vatican", "Pope Francis: respect the places of worship of all confessions in Ukraine", "2023-03-29",
              "text", "Papst Franziskus rief bei der Generalaudienz"),
            S("Vatican", "Secretariat of State follows the situation with concern", "2023-03-30", "published",
              "Aus dem vatikanischen Staatssekretariat"),
            S("United Nations", "Kyiv must uphold freedom of religion in the dispute", "2023-03-30", "published",
              "Auch das UN-Menschenrechtsbüro"),
            S("Ukraine", "It is about a state lease, not about matters of faith", "2023-03-30", "text",
              "Das ukrainische Kulturministerium wies die Kritik"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Vatican", "António Guterres", "United Nations", "Dmitry Peskov",
         "Kremlin", "Maria Zakharova"],
    ),
    doc(
        "b87de03_weltkirchenrat_karlsruhe_2022_08", "2022-08-31", DE03,
        [
            T("Mittwochvormittag", "TIME", "2022-08-31TMO"),
            T("Juni", "DATE", "2022-06", 0),
            T("Mittwoch", "DATE", "2022-08-31", 0),
            T("Nachmittag", "TIME", "2022-08-31TAF"),
            T("frühen Abend", "TIME", "2022-08-31TEV"),
            T("Juni", "DATE", "2022-06", 1),
            T("8. September", "DATE", "2022-09-08"),
            T("Mittwoch", "DATE", "2022-08-31", 1),
            T("Donnerstagabend", "TIME", "2022-09-01TEV"),
        ],
        [
            E("Steinmeier accuses the Russian Orthodox leadership of justifying the war", "ACCUSE", ["Germany"],
              "2022-08-31TMO", "context", "occurred", "Die Kirchenleitung in Moskau führe"),
            E("Steinmeier urges the delegates not to stay silent", "REQUEST", ["Germany"], "2022-08-31TMO",
              "context", "occurred", "Er forderte die Delegierten auf"),
            E("Kyiv demands the exclusion of the Russian Orthodox Church from the WCC", "REQUEST", ["Ukraine"],
              "2022-06", "context", "occurred", "Der Zentralausschuss des ÖRK",
              note="the demand preceded the June decision; no date of its own"),
            E("WCC central committee rejects Kyiv's demand", "REJECT", ["Ukraine"], "2022-06", "text", "occurred",
              "Der Zentralausschuss des ÖRK"),
            E("Ukrainian foreign ministry calls the invitation a disgrace", "ACCUSE", ["Ukraine"], "2022-08-31",
              "text", "occurred", "Das ukrainische Außenministerium nannte"),
            E("Russian embassy rejects Steinmeier's speech as political interference", "REJECT", ["Russia", "Germany"],
              "2022-08-31TAF", "text", "occurred", "Die russische Botschaft in Berlin"),
            E("Zakharova accuses Steinmeier of Russophobia", "ACCUSE", ["Maria Zakharova", "Germany"],
              "2022-08-31TEV", "text", "occurred", "Außenamtssprecherin Maria Sacharowa schrieb"),
            E("Cardinal Koch meets Metropolitan Antony", "CONSULT", ["Vatican"], "2022-08-31TMO", "context",
              "occurred", "Für den Vatikan nimmt Kardinal Kurt Koch"),
            E("Orbán presses the EU to drop Kirill from the sanctions package", "REQUEST",
              ["Viktor Orbán", "European Union"], "2022-06", "text", "occurred", "Im Juni hatte die EU den Patriarchen"),
            E("EU drops Kirill from its sixth sanctions package", "CONCEDE", ["European Union"], "2022-06", "text",
              "occurred", "Im Juni hatte die EU den Patriarchen"),
            E("UK imposes an entry ban and asset freeze on Kirill", "SANCTION", ["United Kingdom"], "2022-06",
              "context", "occurred", "Im Juni hatte die EU den Patriarchen"),
        ],
        [
            S("Germany", "Steinmeier: the Moscow church leadership leads its faithful onto a dangerous path",
              "2022-08-31TMO", "context", "Die Kirchenleitung in Moskau führe"),
            S("Germany", "Steinmeier: delegates must not stay silent when violence is justified in God's name",
              "2022-08-31TMO", "context", "Er forderte die Delegierten auf"),
            S("Ukraine", "Keeping the invitation is a disgrace for ecumenism", "2022-08-31", "text",
              "Das ukrainische Außenministerium nannte"),
            S("Russia", "Embassy: the speech is political interference in church affairs", "2022-08-31TAF", "text",
              "Die russische Botschaft in Berlin"),
            S("Maria Zakharova", "Steinmeier turned the Christian podium into a stage for Russophobia", "2022-08-31TEV",
              "text", "Außenamtssprecherin Maria Sacharowa schrieb"),
        ],
        ["Germany", "Russia", "Ukraine", "Maria Zakharova", "Vatican", "European Union", "Viktor Orbán",
         "United Kingdom"],
    ),
    doc(
        "b87de04_skythengold_rueckkehr_2023_11", "2023-11-28", DE04,
        [
            T("fast zehn Jahren", "DURATION", "P10Y", mod="APPROX"),
            T("2014", "DATE", "2014", 0),
            T("Montag", "DATE", "2023-11-27", 0),
            T("mehr als 2000 Jahre", "DURATION", "P2000Y", mod="MORE_THAN"),
            T("Februar 2014", "DATE", "2014-02"),
            T("März 2014", "DATE", "2014-03"),
            T("Juni", "DATE", "2023-06"),
            T("Montagabend", "TIME", "2023-11-27TEV"),
            T("kommenden Jahr", "DATE", "2024"),
            T("Montag", "DATE", "2023-11-27", 1),
            T("November 2022", "DATE", "2022-11"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Montag", "DATE", "2023-11-27", 2),
        ],
        [
            E("The Scythian gold is returned to Kyiv", "CONCEDE", ["Ukraine"], "2023-11-27", "text", "occurred",
              "Die 565 Objekte aus vier Krim-Museen",
              note="handed over by the Allard Pierson Museum (not canonical)"),
            E("Russia annexes Crimea", "COERCE", ["Russia", "Ukraine"], "2014-03", "text", "occurred",
              "Die Leihgaben waren im Februar 2014"),
            E("Dutch Supreme Court dismisses the claim of the Crimean museums backed by the occupation authorities",
              "REJECT", ["Russia"], "2023-06", "text", "occurred", "Im Juni hatte der Hoge Raad"),
            E("Zelensky thanks the Netherlands", "SUPPORT", ["Volodymyr Zelensky"], "2023-11-27TEV", "text",
              "occurred", "Präsident Wolodymyr Selenskyj dankte den Niederlanden"),
            E("Zakharova accuses Amsterdam and Kyiv of theft", "ACCUSE", ["Maria Zakharova", "Ukraine"], "2023-11-27",
              "text", "occurred", "Außenamtssprecherin Maria Sacharowa warf Amsterdam"),
            E("Crimea's occupation head vows to fight for the treasures with all legal means", "THREATEN", ["Russia"],
              "2023-11-28", "published", "occurred", "Der von Moskau eingesetzte Krim-Regierungschef"),
            E("Russian troops carry off some 10,000 works from the Kherson art museum", "COERCE",
              ["Russia", "Ukraine"], "2022-11", "text", "occurred", "Weit weniger Aussicht auf Rückkehr"),
            E("Kyiv demands the return of the Kherson works", "REQUEST", ["Ukraine", "Russia"], "2023-11-28",
              "published", "occurred", "Kiew fordert ihre Rückgabe."),
            E("Russian attacks damage more than 340 cultural sites since February 2022", "ASSAULT",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "Nach Zählung der Unesco", date_mod="START"),
            E("Germany pledges five million euros to protect Ukrainian museums and archives", "AID",
              ["Germany", "Ukraine"], "2023-11-27", "text", "occurred", "Kulturstaatsministerin Claudia Roth"),
        ],
        [
            S("Ukraine", "Culture ministry: the 565 objects have arrived at the National Museum of History",
              "2023-11-27", "context", "Die 565 Objekte aus vier Krim-Museen"),
            S("Volodymyr Zelensky", "The return shows that everything that belongs to Ukraine will return",
              "2023-11-27TEV", "text", "Präsident Wolodymyr Selenskyj dankte den Niederlanden"),
            S("Ukraine", "Karandieiev: the pieces will be shown next year when security allows", "2023-11-28",
              "published", "Der geschäftsführende Kulturminister"),
            S("Russia", "Moscow protests sharply", "2023-11-28", "published", "Aus Moskau kam scharfer Protest."),
            S("Maria Zakharova", "Amsterdam and Kyiv commit theft of Crimea's cultural heritage", "2023-11-27",
              "text", "Außenamtssprecherin Maria Sacharowa warf Amsterdam"),
            S("Russia", "Aksyonov: the occupation administration will fight for the treasures with all legal means",
              "2023-11-28", "published", "Der von Moskau eingesetzte Krim-Regierungschef"),
            S("Ukraine", "Kyiv demands the return of the Kherson works", "2023-11-28", "published",
              "Kiew fordert ihre Rückgabe."),
            S("United Nations", "UNESCO: more than 340 cultural sites damaged since February 2022", "2023-11-28",
              "published", "Nach Zählung der Unesco"),
            S("Germany", "Roth pledges five million euros for museums and archives", "2023-11-27", "text",
              "Kulturstaatsministerin Claudia Roth"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Maria Zakharova", "United Nations", "Germany"],
    ),
    doc(
        "b87de05_olympia_paris_waffenruhe_2024_07", "2024-07-27", DE05,
        [
            T("Freitagnachmittag", "TIME", "2024-07-26TAF"),
            T("Donnerstag", "DATE", "2024-07-25"),
            T("Dezember", "DATE", "2023-12"),
            T("Oktober vergangenen Jahres", "DATE", "2023-10"),
            T("Freitag", "DATE", "2024-07-26", 0),
            T("Samstag", "DATE", "2024-07-27", 0),
            T("Juni", "DATE", "2024-06"),
            T("der Nacht zum Samstag", "TIME", "2024-07-26TNI", note="night to Saturday 27 July"),
            T("der Nacht zum Freitag", "TIME", "2024-07-25TNI", note="night to Friday 26 July"),
            T("11. August", "DATE", "2024-08-11"),
        ],
        [
            E("Macron calls on all parties to lay down arms during the Games", "REQUEST",
              ["Emmanuel Macron", "Russia", "Ukraine"], "2024-07-26TAF", "text", "occurred",
              "Beim Empfang für mehr als 80"),
            E("Macron hosts heads of state, among them Steinmeier and Guterres, at the Louvre", "CONSULT",
              ["Emmanuel Macron", "Germany", "António Guterres"], "2024-07-26TAF", "context", "occurred",
              "Unter den Gästen waren"),
            E("Guterres reminds the parties to respect the Olympic truce", "REQUEST", ["António Guterres"],
              "2024-07-25", "text", "occurred", "Unter den Gästen waren"),
            E("IOC admits Russian and Belarusian athletes only as neutrals under strict conditions", "SANCTION",
              ["Russia", "Belarus"], "2023-12", "text", "occurred", "Das IOC hatte im Dezember"),
            E("Russian Olympic Committee suspended since October 2023", "SANCTION", ["Russia"], "2023-10", "text",
              "occurred", "Das Russische Olympische Komitee ist seit", date_mod="START"),
            E("Peskov calls the IOC conditions discriminatory", "ACCUSE", ["Dmitry Peskov"], "2024-07-26", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Zakharova mocks the ceremony and accuses the organisers of mocking Christian values", "ACCUSE",
              ["Maria Zakharova"], "2024-07-27", "text", "occurred", "Außenamtssprecherin Maria Sacharowa verspottete"),
            E("Putin receives BRICS sports ministers in Kazan", "CONSULT", ["Vladimir Putin"], "2024-06", "text",
              "occurred", "Putin hatte im Juni in Kasan"),
            E("Russia attacks Kharkiv region with glide bombs and drones", "ASSAULT", ["Russia", "Ukraine"],
              "2024-07-26TNI", "text", "occurred", "In der Nacht zum Samstag griff Russland"),
            E("Zelensky accuses Moscow of trampling on the Olympic truce", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-07-27", "published", "occurred",
              "Präsident Wolodymyr Selenskyj warf Moskau vor"),
            E("Ukrainian athletes will not shake hands or pose with Russians and Belarusians", "REJECT",
              ["Ukraine", "Russia", "Belarus"], "2024-07-27", "published", "occurred",
              "Sportminister Matwij Bidnyj bekräftigte"),
            E("Arson attacks on the SNCF rail network", "ASSAULT", ["France"], "2024-07-25TNI", "text", "occurred",
              "Frankreichs Regierung wollte sich nicht"),
        ],
        [
            S("Emmanuel Macron", "Calls on all parties to lay down arms during the Games, in Ukraine and elsewhere",
              "2024-07-26TAF", "text", "Beim Empfang für mehr als 80"),
            S("António Guterres", "Reminds the parties to respect the Olympic truce", "2024-07-25", "text",
              "Unter den Gästen waren"),
            S("Dmitry Peskov", "Putin will not watch; the IOC conditions are discriminatory", "2024-07-26", "text",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Maria Zakharova", "The ceremony was a low point that mocked Christian values", "2024-07-27", "text",
              "Außenamtssprecherin Maria Sacharowa verspottete"),
            S("Ukraine", "Authorities: at least three killed in Kharkiv region", "2024-07-27", "published",
              "In der Nacht zum Samstag griff Russland"),
            S("Volodymyr Zelensky", "Moscow tramples on the Olympic truce on its first day", "2024-07-27", "published",
              "Präsident Wolodymyr Selenskyj warf Moskau vor"),
            S("Ukraine", "Bidnyi: no handshakes or photos with Russians and Belarusians", "2024-07-27", "published",
              "Sportminister Matwij Bidnyj bekräftigte"),
            S("France", "Darmanin speaks of coordinated sabotage", "2024-07-27", "published",
              "Innenminister Gérald Darmanin"),
        ],
        ["Emmanuel Macron", "France", "Germany", "António Guterres", "United Nations", "Russia", "Belarus", "Ukraine",
         "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Maria Zakharova", "Volodymyr Zelensky"],
    ),
    doc(
        "b87de06_gergiev_caserta_absage_2025_07", "2025-07-23", DE06,
        [
            T("Sonntag", "DATE", "2025-07-27", 0),
            T("Montagabend", "TIME", "2025-07-21TEV"),
            T("tagelang", "DURATION", "PXD"),
            T("Februar 2022", "DATE", "2022-02"),
            T("vergangene Woche", "DATE", "2025-W29"),
            T("Dienstag", "DATE", "2025-07-22", 0),
            T("Dienstag", "DATE", "2025-07-22", 1),
            T("Dienstag", "DATE", "2025-07-22", 2),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("1. März 2022", "DATE", "2022-03-01"),
            T("Ende 2023", "DATE", "2023", mod="END"),
            T("Mittwoch", "DATE", "2025-07-23"),
            T("Sonntag", "DATE", "2025-07-27", 1),
        ],
        [
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Es wäre Gergievs erstes Konzert"),
            E("Ukrainian embassy urges the Italian government to stop the concert", "REQUEST", ["Ukraine"],
              "2025-W29", "text", "occurred", "Die ukrainische Botschaft in Rom"),
            E("Sybiha welcomes the cancellation", "SUPPORT", ["Andrii Sybiha"], "2025-07-22", "text", "occurred",
              "Außenminister Andrij Sybiha begrüßte"),
            E("Meloni backs the cancellation", "SUPPORT", ["Giorgia Meloni"], "2025-07-22", "text", "occurred",
              "Auch Regierungschefin Giorgia Meloni"),
            E("Zakharova accuses Rome of joining a Russophobic witch-hunt", "ACCUSE", ["Maria Zakharova"],
              "2025-07-22", "text", "occurred", "Außenamtssprecherin Maria Sacharowa sprach"),
            E("Russian ambassador announces a note of protest", "ACCUSE", ["Russia"], "2025-07-23", "published",
              "planned", "Der russische Botschafter in Rom"),
            E("Ukraine demands that Gergiev be put on the EU sanctions list", "REQUEST",
              ["Ukraine", "European Union"], "2025-07-23", "published", "occurred", "Die Ukraine verlangt seit Langem"),
            E("Kallas: supporters of the war must get no stage in Europe", "REQUEST", ["Kaja Kallas"], "2025-07-23",
              "text", "occurred", "Die EU-Außenbeauftragte Kaja Kallas"),
        ],
        [
            S("Ukraine", "Embassy: Gergiev is a Kremlin propagandist; the government should stop the concert",
              "2025-W29", "text", "Die ukrainische Botschaft in Rom"),
            S("Andrii Sybiha", "The cancellation is a victory of decency", "2025-07-22", "text",
              "Außenminister Andrij Sybiha begrüßte"),
            S("Giorgia Meloni", "Culture is free but must not become an aggressor's instrument", "2025-07-22", "text",
              "Auch Regierungschefin Giorgia Meloni"),
            S("Russia", "Moscow reacts with indignation", "2025-07-23", "published", "Moskau reagierte empört."),
            S("Maria Zakharova", "Cancel culture in its purest form; Rome joins a Russophobic witch-hunt", "2025-07-22",
              "text", "Außenamtssprecherin Maria Sacharowa sprach"),
            S("Dmitry Peskov", "Regrets that culture is made a hostage of politics", "2025-07-23", "published",
              "Kremlsprecher Dmitri Peskow bedauerte"),
            S("Russia", "Ambassador Paramonov announces a note of protest", "2025-07-23", "published",
              "Der russische Botschafter in Rom"),
            S("Ukraine", "Gergiev should be put on the EU sanctions list", "2025-07-23", "published",
              "Die Ukraine verlangt seit Langem"),
            S("Kaja Kallas", "Supporters of the war get no stage; member states decide on sanctions unanimously",
              "2025-07-23", "text", "Die EU-Außenbeauftragte Kaja Kallas"),
        ],
        ["Russia", "Ukraine", "Andrii Sybiha", "Giorgia Meloni", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "Vladimir Putin", "European Union", "Kaja Kallas"],
    ),
]
