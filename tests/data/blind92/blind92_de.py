"""German articles of the blind92 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b92de01 (Meppener Tagespost)
DE01 = """
Container voller Granaten: Washington wirft Pjöngjang Waffenhilfe für Moskau vor

Washington/Meppen. Nordkorea hat Russland nach Erkenntnissen der US-Regierung in großem Stil mit Munition für den Krieg gegen die Ukraine versorgt.
Mehr als 1000 Container mit Militärgerät und Munition seien in den vergangenen Wochen per Schiff und Bahn nach Russland gebracht worden, sagte der Kommunikationsdirektor des Nationalen Sicherheitsrats im Weißen Haus, John Kirby, am Freitag.
Er legte Satellitenbilder vor, die zeigen sollen, wie Container Anfang September im nordkoreanischen Hafen Rajin auf ein russisches Frachtschiff verladen und später per Zug in ein Depot nahe Tichorezk gebracht wurden, rund 300 Kilometer von der ukrainischen Grenze entfernt.
Im Gegenzug bemühe sich Pjöngjang um russische Technik für Kampfflugzeuge, Raketen und Satelliten, sagte Kirby.

Die Vereinigten Staaten würden alle Beteiligten zur Rechenschaft ziehen, kündigte der frühere Admiral an; das Finanzministerium bereite neue Strafmaßnahmen gegen Mittelsmänner in Russland und Nordkorea vor.
Außenminister Antony Blinken werde das Thema in den kommenden Tagen mit seinen Amtskollegen aus Japan und Südkorea erörtern, hieß es im State Department.
Schon vergangene Woche hatte der ukrainische Militärgeheimdienst gemeldet, an der Front würden zunehmend Granaten mit nordkoreanischen Markierungen gefunden.

Kremlsprecher Dmitri Peskow sagte am Freitagabend, Moskau kenne solche Berichte, sie seien aber durch nichts belegt.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach von einer „Desinformationskampagne“, mit der Washington von den eigenen Waffenlieferungen an Kiew ablenken wolle.
Zugleich bestätigte ihr Ministerium, dass Außenminister Sergej Lawrow in der kommenden Woche zu Gesprächen nach Pjöngjang reisen werde.
Machthaber Kim Jong Un war erst Mitte September im russischen Fernen Osten mit Kremlchef Wladimir Putin zusammengetroffen.

Der ukrainische Präsident Wolodymyr Selenskyj rief die Verbündeten noch in der Nacht auf, den Druck auf Moskau und Pjöngjang zu erhöhen.
„Jede nordkoreanische Granate, die auf unsere Städte fällt, zeigt, dass die Sanktionen schneller wirken müssen“, sagte er in seiner täglichen Videobotschaft.
Die Bundesregierung verurteilte die Lieferungen als klaren Verstoß gegen Resolutionen des UN-Sicherheitsrats, denen Russland als ständiges Mitglied einst selbst zugestimmt habe.

Für die Ukraine kommt die Nachricht zur Unzeit, denn an der Front ist Artilleriemunition knapp.
Die EU hatte im März zugesagt, Kiew binnen zwölf Monaten eine Million Geschosse zu liefern; bis Ende September waren nach Angaben aus Brüssel erst gut 250.000 davon angekommen.

In Meppen wird die Entwicklung aufmerksam verfolgt.
Auf dem Schießplatz der Wehrtechnischen Dienststelle 91, dem größten seiner Art in Westeuropa, werden auch Artilleriegeschosse erprobt, die für die Ukraine bestimmt sind.
Ein Sprecher der Dienststelle sagte unserer Redaktion, die Zahl der Erprobungen sei seit dem Frühjahr deutlich gestiegen.
Der Rüstungskonzern Rheinmetall, der im Emsland ein eigenes Testgelände betreibt, will seine Munitionsproduktion bis 2024 nochmals erhöhen.
"""

# ---------------------------------------------------------------- b92de02 (heise online)
DE02 = """
Shahed-Drohnen: EU stoppt die Ausfuhr von Drohnenbauteilen in den Iran

Die Europäische Union will verhindern, dass Elektronik aus europäischer Produktion in iranischen Kampfdrohnen landet, die Russland gegen die Ukraine einsetzt.
Der Rat der EU beschloss am Donnerstag in Brüssel einen neuen Sanktionsrahmen, der die Ausfuhr von Bauteilen für unbemannte Luftfahrzeuge in den Iran verbietet.
Betroffen sind Motoren, Steuerungen, Navigationsmodule und bestimmte Halbleiter, wie sie in den Trümmern abgeschossener Drohnen vom Typ Shahed-136 gefunden wurden.
Zugleich setzte der Rat sechs Personen und Organisationen auf die Sanktionsliste, darunter zwei Hersteller von Drohnenmotoren.

In einer Erklärung des Rats heißt es, Teheran leiste mit den Drohnen einen direkten Beitrag zu Russlands Angriffskrieg und zu den Angriffen auf die zivile Infrastruktur der Ukraine.
Der EU-Außenbeauftragte Josep Borrell hatte bereits im Juni angekündigt, die Union werde „jede Lücke schließen“, über die Technik nach Teheran gelange.

Nach Analysen des ukrainischen Militärgeheimdienstes HUR stammen mehr als drei Viertel der Elektronik in den Shahed-Drohnen von Herstellern aus den USA, Europa und Japan.
Die Chips gelangen demnach über Zwischenhändler in der Türkei, in den Vereinigten Arabischen Emiraten und in China in den Iran, oft Jahre nach ihrer Herstellung.
Ein Sprecher des Elektroindustrieverbands ZVEI sagte heise online, die Hersteller hätten kaum Möglichkeiten, den Weiterverkauf über Distributoren in Drittstaaten zu kontrollieren.

Die US-Regierung hatte Anfang Juni Satellitenbilder eines Geländes in der Sonderwirtschaftszone Alabuga in Tatarstan veröffentlicht, auf dem Russland mit iranischer Hilfe eine eigene Drohnenfabrik errichte.
Die Anlage soll im kommenden Jahr in Betrieb gehen.
Washington verhängte damals Sanktionen gegen mehrere iranische und russische Firmen, die an dem Projekt beteiligt sein sollen.

Der ukrainische Präsident Wolodymyr Selenskyj begrüßte die Entscheidung aus Brüssel am Abend und forderte, auch die Lieferketten in Drittstaaten ins Visier zu nehmen.
„Jede Shahed, die über Kiew abgeschossen wird, ist voll mit fremder Elektronik“, schrieb er auf Telegram.
Das iranische Außenministerium wies den Vorwurf der Waffenhilfe erneut zurück und sprach von einer politisch motivierten Entscheidung.
Die Sprecherin des Moskauer Außenministeriums, Maria Sacharowa, nannte die Sanktionen am Freitag „illegitim“ und kündigte an, Russland werde seine Zusammenarbeit mit Teheran fortsetzen.

Die EU-Kommission will bis Ende des Jahres prüfen, ob Exporteure künftig für Lieferungen an Zwischenhändler haften sollen.
Bereits im Juni hatte die Union mit ihrem elften Sanktionspaket ein Instrument gegen die Umgehung von Sanktionen über Drittstaaten geschaffen.
"""

# ---------------------------------------------------------------- b92de03 (Jüdische Allgemeine)
DE03 = """
Raketen für Moskau: EU setzt Iran Air auf die Sanktionsliste

Wegen der Lieferung ballistischer Raketen an Russland hat die Europäische Union neue Sanktionen gegen den Iran verhängt.
Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag in Luxemburg Strafmaßnahmen gegen sieben Personen und sieben Organisationen, darunter die staatliche Fluggesellschaft Iran Air sowie die Gesellschaften Mahan Air und Saha Airlines.
Auch der stellvertretende iranische Verteidigungsminister ist betroffen; sein Vermögen in der EU wird eingefroren, er darf nicht mehr einreisen.
Zugleich weitete die EU ihren Sanktionsrahmen, der bislang vor allem Drohnen erfasste, auf Raketen aus.

Nach Erkenntnissen westlicher Geheimdienste hat Teheran Moskau im September Dutzende Kurzstreckenraketen vom Typ Fath-360 übergeben, die eine Reichweite von rund 120 Kilometern haben.
Bundesaußenministerin Annalena Baerbock sagte in Luxemburg, wer Raketen liefere, mit denen ukrainische Städte beschossen würden, mache sich mitschuldig am Leid der Zivilbevölkerung.
Iran Air habe die Waffen zwar nicht selbst transportiert, sei aber Teil eines Netzwerks, das Rüstungsgüter und Personal nach Russland bringe, hieß es in Diplomatenkreisen.

Für Israel hat die Entscheidung eine besondere Bedeutung.
Erst am 1. Oktober hatte der Iran rund 180 ballistische Raketen auf das Land abgefeuert.
Der israelische Botschafter in Berlin, Ron Prosor, sprach von einem „überfälligen Schritt“ und verlangte, die EU müsse die Revolutionsgarden endlich als Terrororganisation einstufen.
Ähnlich äußerte sich der Zentralrat der Juden in Deutschland: Die Islamische Republik bedrohe Israel, die Ukraine und die jüdische Gemeinschaft in Europa gleichermaßen, erklärte Präsident Josef Schuster.

Teheran reagierte prompt: Das iranische Außenministerium bestellte am Montagabend die Botschafter mehrerer EU-Staaten ein, darunter den deutschen.
Außenminister Abbas Araghchi wies die Vorwürfe als „Lüge“ zurück; sein Land habe Russland keine Raketen geliefert.
Auch der Kreml bestritt, iranische Raketen erhalten zu haben.
Kremlsprecher Dmitri Peskow hatte bereits im September erklärt, Russland entwickle seine Beziehungen zu Iran „in allen Bereichen“, auch in sensiblen.

Der ukrainische Außenminister Andrij Sybiha begrüßte die Sanktionen und forderte die EU auf, auch iranische Häfen am Kaspischen Meer ins Visier zu nehmen, über die die Lieferungen liefen.
Deutschland, Frankreich und Großbritannien hatten bereits Mitte September ihre Luftverkehrsabkommen mit dem Iran gekündigt.
Die EU-Außenminister wollen bei ihrem nächsten Treffen im November über weitere Schritte beraten.
"""

# ---------------------------------------------------------------- b92de04 (loyal, magazine of the Reservistenverband)
DE04 = """
Russland blockiert die UN-Kontrolleure: Das Ende der Sanktionswächter für Nordkorea

New York/Berlin. Russland hat im UN-Sicherheitsrat die Arbeit des Expertengremiums beendet, das seit 2009 die Einhaltung der Sanktionen gegen Nordkorea überwacht.
Moskau legte am Donnerstag in New York sein Veto gegen eine Resolution ein, die das Mandat der acht Fachleute um ein weiteres Jahr verlängert hätte.
Dreizehn Ratsmitglieder stimmten für den Entwurf, China enthielt sich.
Das Mandat läuft damit am 30. April aus.

Die Gruppe hatte in den vergangenen Monaten immer deutlicher dokumentiert, wie Pjöngjang Russland mit Waffen für den Krieg gegen die Ukraine versorgt.
Zuletzt untersuchten die Experten Trümmer einer Rakete, die am 2. Januar in Charkiw eingeschlagen war; sie stammte nach ihrem Befund aus nordkoreanischer Produktion.
Diplomaten in New York gehen davon aus, dass Moskau genau solche Berichte verhindern wollte.

Die US-Botschafterin bei den Vereinten Nationen, Linda Thomas-Greenfield, warf Russland vor, mit dem Veto seine eigenen Verstöße verschleiern zu wollen.
„Russland hat nicht das Gremium zum Schweigen gebracht, sondern sich selbst entlarvt“, sagte sie.
Die britische Botschafterin Barbara Woodward sprach von einem „zynischen“ Manöver.
Russlands UN-Botschafter Wassili Nebensja entgegnete, die Sanktionen hätten ihre Wirkung längst verloren; der Westen wolle Nordkorea nur „erdrosseln“.
Statt jährlicher Verlängerungen müsse über eine Befristung der Sanktionen selbst gesprochen werden, forderte er.

Das Auswärtige Amt in Berlin nannte den Schritt am Freitag einen „schwarzen Tag für die Nichtverbreitung“.
Das ukrainische Außenministerium sprach von einem „Schuldeingeständnis“: Wer nichts zu verbergen habe, brauche keine Kontrolleure zu fürchten.
Aus Moskau hieß es dagegen, das Gremium sei „parteiisch“ gewesen und habe sich zum Werkzeug Washingtons gemacht.

Die USA, Südkorea und Japan wollen in den kommenden Wochen nach Angaben aus Washington gemeinsam einen Ersatz schaffen, der die Überwachung außerhalb der Vereinten Nationen fortsetzt.
Thomas-Greenfield kündigte an, Mitte April nach Seoul und Tokio zu reisen.
Für die Bundeswehr und ihre Reservisten bleibt das Thema unmittelbar relevant: Nordkoreanische Granaten und Raketen verlängern einen Krieg, der die Lage an der Nato-Ostflanke auf Jahre prägen wird.
Die Sicherheitspolitische Arbeitsgemeinschaft des Verbands lädt am 18. April zu einem Vortragsabend über die Sanktionspolitik der Vereinten Nationen ein.
"""

# ---------------------------------------------------------------- b92de05 (Pinneberger Tageblatt)
DE05 = """
Belousow bei Kim: Nordkorea sichert Moskau weitere Rückendeckung zu

Pjöngjang/Pinneberg. Nordkoreas Machthaber Kim Jong Un hat Russland beim Besuch von Verteidigungsminister Andrej Belousow die „unerschütterliche“ Unterstützung seines Landes zugesichert.
Kim empfing den Minister am Freitag in Pjöngjang zu Gesprächen, an denen auch hochrangige Militärs beider Länder teilnahmen, wie die Staatsagentur KCNA am Samstag meldete.
Belousow war bereits am Freitagmorgen mit einer Delegation eingetroffen; es ist sein erster Besuch in Nordkorea seit seinem Amtsantritt im Mai.

Kim lobte nach Angaben von KCNA Russlands „gerechten Kampf“ und griff zugleich die USA an: Die Erlaubnis Washingtons an Kiew, mit amerikanischen ATACMS-Raketen Ziele tief in Russland anzugreifen, sei eine „direkte Intervention“ in den Konflikt.
US-Präsident Joe Biden hatte vor knapp zwei Wochen den Einsatz der Raketen gegen Ziele in Russland erlaubt, nachdem nordkoreanische Truppen im Gebiet Kursk aufgetaucht waren.
Belousow dankte für die Unterstützung und sagte, die militärische Zusammenarbeit beider Staaten werde „in allen Bereichen“ ausgebaut.

Nach Erkenntnissen des südkoreanischen Geheimdienstes hat Pjöngjang Russland in den vergangenen Wochen auch Panzerhaubitzen vom Typ Koksan und Mehrfachraketenwerfer geliefert.
Im Gegenzug soll Moskau Nordkorea Flugabwehrsysteme überlassen haben, wie ein Berater des südkoreanischen Präsidenten vergangene Woche im Fernsehen sagte.
Seit Oktober kämpfen zudem Tausende nordkoreanische Soldaten auf russischer Seite in Kursk.

Das US-Außenministerium zeigte sich besorgt; ein Sprecher sagte, die Zusammenarbeit mache „die Welt gefährlicher“, und kündigte weitere Sanktionen an.
Der ukrainische Präsident Wolodymyr Selenskyj warf Pjöngjang und Moskau in seiner Videoansprache am Freitagabend vor, den Krieg gemeinsam auszuweiten.
Nato-Generalsekretär Mark Rutte hatte bereits am Dienstag bei einem Treffen des Nato-Ukraine-Rats gewarnt, Nordkorea erhalte im Gegenzug Technologie, die auch Europa bedrohe.

Die neue EU-Außenbeauftragte Kaja Kallas will bereits an ihrem ersten Amtstag am Sonntag gemeinsam mit Ratspräsident António Costa nach Kiew reisen.
Aus Brüssel hieß es, auch die Rüstungskooperation zwischen Moskau und Pjöngjang solle dort zur Sprache kommen.

Im Kreis Pinneberg verfolgt man die Nachrichten aus Fernost mit Sorge.
Der Verein „Pinneberg hilft Ukraine“ will in der kommenden Woche seinen 40. Hilfstransport auf den Weg bringen, diesmal mit Generatoren und Winterkleidung für Charkiw.
„Jede Rakete, die aus Nordkorea kommt, trifft am Ende Menschen, die wir kennen“, sagte die Vorsitzende.
"""

# ---------------------------------------------------------------- b92de06 (Bayernkurier)
DE06 = """
Snapback: UN-Sanktionen gegen Iran wieder in Kraft – Moskau will sie ignorieren

Seit der Nacht zum Sonntag gelten wieder die Sanktionen der Vereinten Nationen gegen den Iran, die seit dem Atomabkommen von 2015 geruht hatten.
In Kraft sind damit unter anderem ein Waffenembargo, ein Verbot von Aktivitäten mit ballistischen Raketen und das Einfrieren von Vermögen.
Deutschland, Frankreich und Großbritannien hatten den sogenannten Snapback-Mechanismus Ende August ausgelöst und dies mit Teherans Verstößen gegen seine nuklearen Verpflichtungen begründet.

Für die Ukraine hat der Schritt eine unmittelbare militärische Bedeutung, denn das Embargo verbietet auch die Ausfuhr iranischer Drohnen und Raketen.
Der ukrainische Außenminister Andrij Sybiha begrüßte die Entscheidung am Sonntag und forderte alle Staaten auf, sie „ohne Ausnahme“ durchzusetzen: „Jede Schahed, die Russland aus iranischer Produktion erhält, ist ab heute ein Bruch des Völkerrechts.“
Kiew wirft Teheran seit 2022 vor, Moskau mit Hunderten Kampfdrohnen beliefert zu haben; Russland produziert die Modelle längst in großer Zahl selbst.

Russland und China hatten am Freitag im Sicherheitsrat vergeblich versucht, die Wiedereinsetzung um sechs Monate zu verschieben.
Ihr Resolutionsentwurf erhielt nur vier Stimmen, neun Mitglieder stimmten dagegen.
Außenminister Sergej Lawrow erklärte am Samstag vor der UN-Vollversammlung in New York, Moskau betrachte den Snapback als „rechtlich nichtig“ und werde die Sanktionen nicht anwenden.
Die Europäer hätten den Mechanismus „missbraucht“, sagte Lawrow.
Kremlsprecher Dmitri Peskow sagte am Montag, die Zusammenarbeit mit Teheran werde fortgesetzt, „auch im militärisch-technischen Bereich“.

Bundesaußenminister Johann Wadephul (CDU) rief Teheran auf, die Inspekteure der Internationalen Atomenergiebehörde wieder uneingeschränkt ins Land zu lassen; die Tür für Verhandlungen bleibe offen.
Bundeskanzler Friedrich Merz hatte in der vergangenen Woche in Berlin betont, einen Iran mit Atomwaffen dürfe es „niemals“ geben.
Die EU-Außenbeauftragte Kaja Kallas kündigte an, die Union werde ihre eigenen Sanktionen aus der Zeit vor dem Atomabkommen „in den kommenden Tagen“ wieder in Kraft setzen.
US-Außenminister Marco Rubio begrüßte die Rückkehr der Sanktionen und verlangte, alle Staaten müssten sie „sofort“ umsetzen.

Teheran berief am Samstag seine Botschafter aus Berlin, Paris und London zu Konsultationen zurück.
Der außenpolitische Sprecher der CSU im Bundestag sagte dem Bayernkurier, die Wiedereinsetzung sei „überfällig“ gewesen; Teheran habe mit seinen Drohnen für Russland jeden Vertrauensvorschuss verspielt.
Die CSU-Landesgruppe will das Thema bei ihrer Winterklausur im Januar erneut aufgreifen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b92de01_nordkorea_container_munition_2023_10", "2023-10-14", DE01,
        [
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("Freitag", "DATE", "2023-10-13"),
            T("Anfang September", "DATE", "2023-09", mod="START"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("vergangene Woche", "DATE", "2023-W40"),
            T("Freitagabend", "TIME", "2023-10-13TEV"),
            T("der kommenden Woche", "DATE", "2023-W42"),
            T("Mitte September", "DATE", "2023-09", mod="MID"),
            T("der Nacht", "TIME", "2023-10-13TNI", note="the night after Kirby's Friday briefing"),
            T("täglichen", "SET", "P1D"),
            T("März", "DATE", "2023-03"),
            T("zwölf Monaten", "DURATION", "P12M"),
            T("Ende September", "DATE", "2023-09", mod="END"),
            T("dem Frühjahr", "DATE", "2023-SP"),
            T("2024", "DATE", "2024"),
        ],
        [
            E("North Korea delivered more than 1,000 containers of military equipment and munitions to Russia",
              "AID", ["Russia"], "PAST_REF", "vague", "occurred", "Mehr als 1000 Container",
              note="the White House dated the shipments between 7 September and 1 October 2023"),
            E("Pyongyang seeks Russian technology for fighter jets, missiles and satellites in return", "REQUEST",
              ["Russia"], "2023-10-13", "context", "occurred", "Im Gegenzug bemühe sich Pjöngjang"),
            E("US vows to hold all those involved accountable", "THREATEN", ["United States", "Russia"],
              "2023-10-13", "context", "occurred", "alle Beteiligten zur Rechenschaft ziehen"),
            E("US Treasury prepares new sanctions on intermediaries in Russia and North Korea", "SANCTION",
              ["United States", "Russia"], "2023-10-14", "published", "planned",
              "alle Beteiligten zur Rechenschaft ziehen", note="no date given for the sanctions"),
            E("Blinken to discuss the deliveries with his Japanese and South Korean counterparts", "CONSULT",
              ["Antony Blinken"], "FUTURE_REF", "vague", "planned", "Außenminister Antony Blinken werde"),
            E("Peskov dismisses the US reports as unfounded", "REJECT", ["Dmitry Peskov", "United States"],
              "2023-10-13TEV", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitagabend"),
            E("Zakharova accuses Washington of a disinformation campaign", "ACCUSE",
              ["Maria Zakharova", "United States"], "2023-10-14", "published", "occurred",
              "Desinformationskampagne"),
            E("Lavrov to travel to Pyongyang for talks", "CONSULT", ["Sergey Lavrov"], "2023-W42", "text",
              "planned", "Zugleich bestätigte ihr Ministerium", note="visit of 18-19 October 2023"),
            E("Kim Jong Un met Putin in the Russian Far East", "CONSULT", ["Vladimir Putin"], "2023-09", "text",
              "occurred", "Machthaber Kim Jong Un war erst Mitte September", date_mod="MID",
              note="Vostochny cosmodrome, 13 September 2023"),
            E("Zelensky calls on the allies to raise the pressure on Moscow and Pyongyang", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2023-10-13TNI", "text", "occurred",
              "rief die Verbündeten noch in der Nacht auf"),
            E("Berlin condemns the deliveries as a breach of Security Council resolutions", "ACCUSE",
              ["Germany", "Russia"], "2023-10-14", "published", "occurred", "Die Bundesregierung verurteilte"),
            E("EU promised Ukraine one million artillery shells within twelve months", "AGREE",
              ["European Union", "Ukraine"], "2023-03", "text", "occurred", "Die EU hatte im März zugesagt"),
            E("EU shells delivered to Ukraine by the end of September", "AID", ["European Union", "Ukraine"],
              "2023-09", "text", "occurred", "Die EU hatte im März zugesagt", date_mod="END"),
        ],
        [
            S("White House", "Kirby: more than 1,000 containers of military equipment and munitions shipped from "
              "North Korea to Russia in recent weeks", "2023-10-13", "text", "Mehr als 1000 Container"),
            S("White House", "Satellite images show containers loaded at Rajin in early September and taken to a depot "
              "near Tikhoretsk", "2023-10-13", "context", "Er legte Satellitenbilder vor"),
            S("White House", "Pyongyang seeks Russian technology for fighter jets, missiles and satellites",
              "2023-10-13", "context", "Im Gegenzug bemühe sich Pjöngjang"),
            S("White House", "The US will hold all those involved accountable; Treasury prepares new sanctions",
              "2023-10-13", "context", "alle Beteiligten zur Rechenschaft ziehen"),
            S("United States", "State Department: Blinken will discuss the issue with Japan and South Korea in the "
              "coming days", "2023-10-14", "published", "Außenminister Antony Blinken werde"),
            S("Ukraine", "Military intelligence: more and more shells with North Korean markings found at the front",
              "2023-W40", "text", "Schon vergangene Woche"),
            S("Dmitry Peskov", "Moscow knows such reports, but they are unfounded", "2023-10-13TEV", "text",
              "Kremlsprecher Dmitri Peskow sagte am Freitagabend"),
            S("Maria Zakharova", "A disinformation campaign to distract from Washington's own arms deliveries to "
              "Kyiv", "2023-10-14", "published", "Desinformationskampagne"),
            S("Russia", "Foreign ministry confirms Lavrov will travel to Pyongyang next week", "2023-10-14",
              "published", "Zugleich bestätigte ihr Ministerium"),
            S("Volodymyr Zelensky", "Allies must raise the pressure on Moscow and Pyongyang", "2023-10-13TNI", "text",
              "rief die Verbündeten noch in der Nacht auf"),
            S("Volodymyr Zelensky", "Every North Korean shell falling on Ukrainian cities shows sanctions must work "
              "faster", "2023-10-13TNI", "context", "Jede nordkoreanische Granate"),
            S("Germany", "The deliveries breach Security Council resolutions that Russia itself once approved",
              "2023-10-14", "published", "Die Bundesregierung verurteilte"),
            S("European Union", "Only about 250,000 of the promised shells had arrived by the end of September",
              "2023-10-14", "published", "Die EU hatte im März zugesagt"),
            S("Germany", "WTD 91 spokesman: the number of test firings has risen sharply since the spring",
              "2023-10-14", "published", "Ein Sprecher der Dienststelle"),
        ],
        ["Russia", "Ukraine", "United States", "White House", "Antony Blinken", "Dmitry Peskov", "Kremlin",
         "Maria Zakharova", "Sergey Lavrov", "Vladimir Putin", "Volodymyr Zelensky", "Germany", "United Nations",
         "European Union"],
    ),
    doc(
        "b92de02_eu_drohnenbauteile_iran_2023_07", "2023-07-21", DE02,
        [
            T("Donnerstag", "DATE", "2023-07-20"),
            T("Juni", "DATE", "2023-06", 0),
            T("Anfang Juni", "DATE", "2023-06", mod="START"),
            T("kommenden Jahr", "DATE", "2024"),
            T("Abend", "TIME", "2023-07-20TEV", note="the evening of the Council decision"),
            T("Freitag", "DATE", "2023-07-21"),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
            T("Juni", "DATE", "2023-06", 2),
        ],
        [
            E("EU Council adopts a new sanctions framework banning exports of drone components to Iran", "SANCTION",
              ["European Union"], "2023-07-20", "text", "occurred", "Der Rat der EU beschloss am Donnerstag"),
            E("EU lists six individuals and entities, among them drone-engine makers", "SANCTION",
              ["European Union"], "2023-07-20", "context", "occurred", "Zugleich setzte der Rat sechs Personen"),
            E("EU Council says Tehran contributes directly to Russia's war of aggression", "ACCUSE",
              ["European Union"], "2023-07-20", "context", "occurred", "In einer Erklärung des Rats heißt es"),
            E("US accuses Russia of building a drone factory in Alabuga with Iranian help", "ACCUSE",
              ["United States", "Russia"], "2023-06", "text", "occurred", "Die US-Regierung hatte Anfang Juni",
              date_mod="START", note="Kirby's briefing of 9 June 2023"),
            E("Iran helps Russia build its own drone factory in Alabuga", "AID", ["Russia"], "2023-06", "context",
              "occurred", "Die US-Regierung hatte Anfang Juni"),
            E("US sanctions Iranian and Russian firms involved in the Alabuga project", "SANCTION",
              ["United States", "Russia"], "2023-06", "context", "occurred", "Washington verhängte damals"),
            E("Zelensky welcomes the EU decision", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2023-07-20TEV", "text", "occurred", "begrüßte die Entscheidung aus Brüssel"),
            E("Zelensky demands that supply chains in third countries be targeted too", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2023-07-20TEV", "text", "occurred",
              "begrüßte die Entscheidung aus Brüssel"),
            E("Iran denies supplying weapons to Russia", "REJECT", ["European Union"], "2023-07-21", "published",
              "occurred", "Das iranische Außenministerium wies"),
            E("Iran calls the EU decision politically motivated", "ACCUSE", ["European Union"], "2023-07-21",
              "published", "occurred", "Das iranische Außenministerium wies"),
            E("Zakharova rejects the sanctions as illegitimate", "REJECT", ["Maria Zakharova", "European Union"],
              "2023-07-21", "text", "occurred", "nannte die Sanktionen am Freitag"),
            E("EU's eleventh sanctions package creates an anti-circumvention tool", "SANCTION",
              ["European Union", "Russia"], "2023-06", "text", "occurred", "mit ihrem elften Sanktionspaket",
              note="adopted on 23 June 2023"),
        ],
        [
            S("European Union", "Tehran contributes directly to Russia's war of aggression and the attacks on "
              "Ukraine's civilian infrastructure", "2023-07-20", "context", "In einer Erklärung des Rats heißt es"),
            S("European Union", "Borrell: the Union will close every gap through which technology reaches Tehran",
              "2023-06", "text", "Der EU-Außenbeauftragte Josep Borrell"),
            S("Ukraine", "HUR: more than three quarters of the electronics in Shahed drones come from US, European and "
              "Japanese makers", "2023-07-21", "published", "Nach Analysen des ukrainischen Militärgeheimdienstes"),
            S("Ukraine", "HUR: the chips reach Iran through intermediaries in third countries", "2023-07-21",
              "published", "Die Chips gelangen demnach"),
            S("United States", "Satellite images show a site in Alabuga where Russia builds a drone factory with "
              "Iranian help", "2023-06", "text", "Die US-Regierung hatte Anfang Juni"),
            S("Volodymyr Zelensky", "Welcomes the EU decision and demands that supply chains in third countries be "
              "targeted", "2023-07-20TEV", "text", "begrüßte die Entscheidung aus Brüssel"),
            S("Volodymyr Zelensky", "Every Shahed shot down over Kyiv is full of foreign electronics", "2023-07-20TEV",
              "context", "schrieb er auf Telegram"),
            S("Maria Zakharova", "The sanctions are illegitimate; Russia will continue its cooperation with Tehran",
              "2023-07-21", "text", "nannte die Sanktionen am Freitag"),
        ],
        ["European Union", "Russia", "Ukraine", "United States", "Volodymyr Zelensky", "Maria Zakharova"],
    ),
    doc(
        "b92de03_eu_sanktionen_iran_air_2024_10", "2024-10-15", DE03,
        [
            T("Montag", "DATE", "2024-10-14"),
            T("September", "DATE", "2024-09", 0),
            T("1. Oktober", "DATE", "2024-10-01"),
            T("Montagabend", "TIME", "2024-10-14TEV"),
            T("September", "DATE", "2024-09", 1),
            T("Mitte September", "DATE", "2024-09", mod="MID"),
            T("November", "DATE", "2024-11"),
        ],
        [
            E("EU foreign ministers sanction seven people and seven entities, among them Iran Air", "SANCTION",
              ["European Union"], "2024-10-14", "text", "occurred", "Die Außenminister der 27 Mitgliedstaaten"),
            E("EU extends its Iran sanctions framework from drones to missiles", "SANCTION", ["European Union"],
              "2024-10-14", "context", "occurred", "Zugleich weitete die EU ihren Sanktionsrahmen"),
            E("Iran handed Russia dozens of Fath-360 short-range missiles", "AID", ["Russia"], "2024-09", "text",
              "occurred", "Nach Erkenntnissen westlicher Geheimdienste"),
            E("Baerbock: whoever supplies missiles fired at Ukrainian cities shares the blame", "ACCUSE",
              ["Germany"], "2024-10-14", "context", "occurred", "Bundesaußenministerin Annalena Baerbock sagte"),
            E("Israel's ambassador demands that the EU list the Revolutionary Guards as a terrorist organisation",
              "REQUEST", ["European Union"], "2024-10-15", "published", "occurred", "Ron Prosor"),
            E("Iran summons the ambassadors of several EU states, including Germany's", "ACCUSE",
              ["Germany", "European Union"], "2024-10-14TEV", "text", "occurred", "bestellte am Montagabend"),
            E("Araghchi rejects the accusations as a lie", "REJECT", ["European Union"], "2024-10-15", "published",
              "occurred", "Außenminister Abbas Araghchi wies"),
            E("The Kremlin denies having received Iranian missiles", "REJECT", ["Kremlin", "European Union"],
              "2024-10-15", "published", "occurred", "Auch der Kreml bestritt"),
            E("Sybiha welcomes the sanctions", "SUPPORT", ["Andrii Sybiha", "European Union"], "2024-10-15",
              "published", "occurred", "Andrij Sybiha begrüßte"),
            E("Sybiha asks the EU to target Iranian Caspian ports too", "REQUEST", ["Andrii Sybiha", "European Union"],
              "2024-10-15", "published", "occurred", "Andrij Sybiha begrüßte"),
            E("Germany, France and the UK terminated their air services agreements with Iran", "SANCTION",
              ["Germany", "France", "United Kingdom"], "2024-09", "text", "occurred",
              "Luftverkehrsabkommen mit dem Iran gekündigt", date_mod="MID", note="announced on 10 September 2024"),
            E("EU foreign ministers to discuss further steps at their next meeting", "CONSULT", ["European Union"],
              "2024-11", "text", "planned", "bei ihrem nächsten Treffen im November"),
        ],
        [
            S("Germany", "Baerbock: whoever supplies missiles fired at Ukrainian cities shares the blame for civilian "
              "suffering", "2024-10-14", "context", "Bundesaußenministerin Annalena Baerbock sagte"),
            S("Kremlin", "Denies having received Iranian missiles", "2024-10-15", "published",
              "Auch der Kreml bestritt"),
            S("Dmitry Peskov", "Russia develops its relations with Iran in all areas, including sensitive ones",
              "2024-09", "text", "Kremlsprecher Dmitri Peskow hatte bereits im September"),
            S("Andrii Sybiha", "Welcomes the sanctions; the EU should also target Iran's Caspian ports", "2024-10-15",
              "published", "Andrij Sybiha begrüßte"),
        ],
        ["European Union", "Russia", "Ukraine", "Germany", "Kremlin", "Dmitry Peskov", "Andrii Sybiha", "France",
         "United Kingdom"],
    ),
    doc(
        "b92de04_un_expertengremium_veto_2024_03", "2024-03-29", DE04,
        [
            T("2009", "DATE", "2009"),
            T("Donnerstag", "DATE", "2024-03-28"),
            T("ein weiteres Jahr", "DURATION", "P1Y"),
            T("30. April", "DATE", "2024-04-30"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("2. Januar", "DATE", "2024-01-02"),
            T("jährlicher", "SET", "P1Y"),
            T("Freitag", "DATE", "2024-03-29"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Mitte April", "DATE", "2024-04", mod="MID"),
            T("Jahre", "DURATION", "PXY"),
            T("18. April", "DATE", "2024-04-18"),
        ],
        [
            E("Russia vetoes the renewal of the UN panel of experts on North Korea sanctions", "REJECT",
              ["Russia", "United Nations"], "2024-03-28", "text", "occurred", "sein Veto gegen eine Resolution"),
            E("North Korea supplies Russia with weapons for the war against Ukraine", "AID", ["Russia"], "PAST_REF",
              "vague", "occurred", "Die Gruppe hatte in den vergangenen Monaten"),
            E("A North Korean-made missile hit Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2024-01-02", "text",
              "occurred", "Zuletzt untersuchten die Experten"),
            E("Thomas-Greenfield accuses Russia of covering up its own violations", "ACCUSE",
              ["United States", "Russia"], "2024-03-28", "context", "occurred", "Linda Thomas-Greenfield, warf"),
            E("UK ambassador calls the veto a cynical manoeuvre", "ACCUSE", ["United Kingdom", "Russia"],
              "2024-03-28", "context", "occurred", "Barbara Woodward"),
            E("Nebenzia: the West only wants to strangle North Korea", "ACCUSE", ["Russia"], "2024-03-28",
              "context", "occurred", "Wassili Nebensja entgegnete"),
            E("Nebenzia demands talks on a time limit for the sanctions themselves", "REQUEST",
              ["Russia", "United Nations"], "2024-03-28", "context", "occurred", "Statt jährlicher Verlängerungen"),
            E("Berlin calls the veto a black day for non-proliferation", "ACCUSE", ["Germany", "Russia"],
              "2024-03-29", "text", "occurred", "Das Auswärtige Amt in Berlin nannte"),
            E("Kyiv calls the veto an admission of guilt", "ACCUSE", ["Ukraine", "Russia"], "2024-03-29",
              "published", "occurred", "Schuldeingeständnis"),
            E("Moscow accuses the panel of bias and of serving Washington", "ACCUSE", ["Russia", "United States"],
              "2024-03-29", "published", "occurred", "Aus Moskau hieß es dagegen"),
            E("US, South Korea and Japan to set up a monitoring mechanism outside the UN", "COOPERATE",
              ["United States"], "FUTURE_REF", "vague", "planned", "gemeinsam einen Ersatz schaffen"),
            E("Thomas-Greenfield to travel to Seoul and Tokyo", "CONSULT", ["United States"], "2024-04", "text",
              "planned", "Thomas-Greenfield kündigte an", date_mod="MID"),
        ],
        [
            S("United Nations", "The panel documented how Pyongyang supplies Russia with weapons", "2024-03-29",
              "published", "Die Gruppe hatte in den vergangenen Monaten"),
            S("United Nations", "Panel finding: the missile that hit Kharkiv on 2 January was North Korean-made",
              "2024-03-29", "published", "Zuletzt untersuchten die Experten"),
            S("United States", "Thomas-Greenfield: Russia wants to cover up its own violations with the veto",
              "2024-03-28", "context", "Linda Thomas-Greenfield, warf"),
            S("United States", "Russia has not silenced the panel but exposed itself", "2024-03-28", "context",
              "sich selbst entlarvt"),
            S("United Kingdom", "Woodward: a cynical manoeuvre", "2024-03-28", "context", "Barbara Woodward"),
            S("Russia", "Nebenzia: the sanctions have long lost their effect; the West wants to strangle North Korea",
              "2024-03-28", "context", "Wassili Nebensja entgegnete"),
            S("Russia", "Nebenzia: instead of annual renewals, a time limit on the sanctions must be discussed",
              "2024-03-28", "context", "Statt jährlicher Verlängerungen"),
            S("Germany", "Foreign Office: a black day for non-proliferation", "2024-03-29", "text",
              "Das Auswärtige Amt in Berlin nannte"),
            S("Ukraine", "Foreign ministry: an admission of guilt; whoever has nothing to hide need not fear monitors",
              "2024-03-29", "published", "Schuldeingeständnis"),
            S("Russia", "The panel was biased and a tool of Washington", "2024-03-29", "published",
              "Aus Moskau hieß es dagegen"),
            S("United States", "US, South Korea and Japan want to create a replacement outside the UN in the coming "
              "weeks", "2024-03-29", "published", "gemeinsam einen Ersatz schaffen"),
            S("United States", "Thomas-Greenfield announces a trip to Seoul and Tokyo in mid-April", "2024-03-29",
              "published", "Thomas-Greenfield kündigte an"),
        ],
        ["Russia", "United Nations", "China", "Ukraine", "United States", "United Kingdom", "Germany", "NATO"],
    ),
    doc(
        "b92de05_belousow_pjoengjang_2024_11", "2024-11-30", DE05,
        [
            T("Freitag", "DATE", "2024-11-29"),
            T("Samstag", "DATE", "2024-11-30"),
            T("Freitagmorgen", "TIME", "2024-11-29TMO"),
            T("Mai", "DATE", "2024-05"),
            T("vor knapp zwei Wochen", "DATE", "2024-W46", mod="APPROX"),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("vergangene Woche", "DATE", "2024-W47"),
            T("Oktober", "DATE", "2024-10"),
            T("Freitagabend", "TIME", "2024-11-29TEV"),
            T("Dienstag", "DATE", "2024-11-26"),
            T("Sonntag", "DATE", "2024-12-01"),
            T("der kommenden Woche", "DATE", "2024-W49"),
        ],
        [
            E("Kim Jong Un pledges unwavering support to Russia", "SUPPORT", ["Russia"], "2024-11-29", "context",
              "occurred", "unerschütterliche"),
            E("Kim receives Russian Defence Minister Belousov for talks in Pyongyang", "CONSULT", ["Russia"],
              "2024-11-29", "text", "occurred", "Kim empfing den Minister am Freitag"),
            E("Kim calls Washington's permission for ATACMS strikes a direct intervention", "ACCUSE",
              ["United States"], "2024-11-29", "context", "occurred", "Kim lobte nach Angaben von KCNA"),
            E("Biden allowed Kyiv to use ATACMS missiles against targets in Russia", "AID",
              ["Joe Biden", "Ukraine"], "2024-W46", "text", "occurred", "vor knapp zwei Wochen",
              date_mod="APPROX", note="decision of 17 November 2024"),
            E("Belousov thanks North Korea for its support", "SUPPORT", ["Russia"], "2024-11-29", "context",
              "occurred", "Belousow dankte"),
            E("Belousov: military cooperation to be expanded in all areas", "AGREE", ["Russia"], "2024-11-29",
              "context", "occurred", "Belousow dankte"),
            E("North Korea supplied Russia with Koksan howitzers and multiple rocket launchers", "AID", ["Russia"],
              "PAST_REF", "vague", "occurred", "Panzerhaubitzen vom Typ Koksan"),
            E("Moscow reportedly gave North Korea air-defence systems", "AID", ["Russia"], "2024-W47", "context",
              "uncertain", "Flugabwehrsysteme überlassen"),
            E("Thousands of North Korean soldiers fight on Russia's side in Kursk", "MOBILIZE", ["Russia"],
              "2024-10", "text", "occurred", "Seit Oktober kämpfen", date_mod="START"),
            E("US announces further sanctions", "SANCTION", ["United States", "Russia"], "2024-11-30", "published",
              "planned", "Das US-Außenministerium zeigte sich besorgt"),
            E("Zelensky accuses Pyongyang and Moscow of jointly widening the war", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-11-29TEV", "text", "occurred",
              "in seiner Videoansprache am Freitagabend"),
            E("NATO-Ukraine Council meets", "CONSULT", ["NATO", "Ukraine"], "2024-11-26", "text", "occurred",
              "Nato-Ukraine-Rats"),
            E("Rutte: North Korea receives technology in return that threatens Europe", "ACCUSE",
              ["Mark Rutte", "Russia"], "2024-11-26", "context", "occurred", "Nato-Ukraine-Rats"),
            E("Kallas to travel to Kyiv with Costa on her first day in office", "CONSULT",
              ["Kaja Kallas", "European Union", "Ukraine"], "2024-12-01", "text", "planned",
              "an ihrem ersten Amtstag am Sonntag"),
        ],
        [
            S("Russia", "Belousov thanks for the support; military cooperation will be expanded in all areas",
              "2024-11-29", "context", "Belousow dankte"),
            S("United States", "State Department: the cooperation makes the world more dangerous; further sanctions "
              "announced", "2024-11-30", "published", "Das US-Außenministerium zeigte sich besorgt"),
            S("Volodymyr Zelensky", "Pyongyang and Moscow are widening the war together", "2024-11-29TEV", "text",
              "in seiner Videoansprache am Freitagabend"),
            S("Mark Rutte", "North Korea receives technology in return that also threatens Europe", "2024-11-26",
              "context", "Nato-Ukraine-Rats"),
            S("European Union", "The arms cooperation between Moscow and Pyongyang will be raised in Kyiv",
              "2024-11-30", "published", "Aus Brüssel hieß es"),
        ],
        ["Russia", "United States", "Ukraine", "Joe Biden", "Volodymyr Zelensky", "Mark Rutte", "NATO",
         "Kaja Kallas", "European Union"],
    ),
    doc(
        "b92de06_snapback_iran_russland_2025_09", "2025-09-29", DE06,
        [
            T("der Nacht zum Sonntag", "TIME", "2025-09-27TNI",
              note="night of 27-28 September; the sanctions returned at 20:00 New York time on 27 September"),
            T("2015", "DATE", "2015"),
            T("Ende August", "DATE", "2025-08", mod="END"),
            T("Sonntag", "DATE", "2025-09-28", 1),
            T("heute", "DATE", "2025-09-28", note="in Sybiha's quote, speech time Sunday 28 September"),
            T("2022", "DATE", "2022"),
            T("Freitag", "DATE", "2025-09-26"),
            T("sechs Monate", "DURATION", "P6M"),
            T("Samstag", "DATE", "2025-09-27", 0),
            T("Montag", "DATE", "2025-09-29"),
            T("der vergangenen Woche", "DATE", "2025-W39"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Samstag", "DATE", "2025-09-27", 1),
            T("Januar", "DATE", "2026-01"),
        ],
        [
            E("UN sanctions on Iran reinstated", "SANCTION", ["United Nations"], "2025-09-27TNI", "text", "occurred",
              "Seit der Nacht zum Sonntag gelten"),
            E("Germany, France and the UK triggered the snapback mechanism", "SANCTION",
              ["Germany", "France", "United Kingdom"], "2025-08", "text", "occurred", "Snapback-Mechanismus Ende August",
              date_mod="END", note="triggered on 28 August 2025"),
            E("The E3 accuse Tehran of breaching its nuclear commitments", "ACCUSE",
              ["Germany", "France", "United Kingdom"], "2025-08", "context", "occurred",
              "Snapback-Mechanismus Ende August", date_mod="END"),
            E("Sybiha welcomes the return of the sanctions", "SUPPORT", ["Andrii Sybiha", "United Nations"],
              "2025-09-28", "text", "occurred", "Andrij Sybiha begrüßte die Entscheidung am Sonntag"),
            E("Sybiha calls on all states to enforce the sanctions without exception", "REQUEST", ["Andrii Sybiha"],
              "2025-09-28", "text", "occurred", "Andrij Sybiha begrüßte die Entscheidung am Sonntag"),
            E("Kyiv accuses Tehran of supplying Moscow with hundreds of attack drones", "ACCUSE", ["Ukraine"],
              "2022", "text", "occurred", "Kiew wirft Teheran seit 2022 vor", date_mod="START"),
            E("Iran supplied Russia with hundreds of attack drones", "AID", ["Russia"], "2022", "context", "occurred",
              "Kiew wirft Teheran seit 2022 vor", date_mod="START"),
            E("Russia and China propose delaying the snapback by six months", "REQUEST",
              ["Russia", "China", "United Nations"], "2025-09-26", "text", "occurred",
              "Russland und China hatten am Freitag"),
            E("Security Council rejects the Russian-Chinese draft", "REJECT", ["United Nations", "Russia", "China"],
              "2025-09-26", "context", "occurred", "Ihr Resolutionsentwurf erhielt nur vier Stimmen"),
            E("Lavrov: Moscow regards the snapback as legally void and will not apply the sanctions", "REJECT",
              ["Sergey Lavrov", "United Nations"], "2025-09-27", "text", "occurred",
              "Außenminister Sergej Lawrow erklärte am Samstag"),
            E("Lavrov accuses the Europeans of abusing the mechanism", "ACCUSE", ["Sergey Lavrov", "European Union"],
              "2025-09-27", "context", "occurred", "Die Europäer hätten den Mechanismus"),
            E("Wadephul calls on Tehran to let IAEA inspectors back in without restriction", "REQUEST",
              ["Germany", "IAEA"], "2025-09-29", "published", "occurred", "Johann Wadephul (CDU) rief Teheran auf"),
            E("Wadephul: the door to negotiations remains open", "AGREE", ["Germany"], "2025-09-29", "published",
              "occurred", "Johann Wadephul (CDU) rief Teheran auf"),
            E("Merz: there must never be an Iran with nuclear weapons", "REQUEST", ["Friedrich Merz"], "2025-W39",
              "text", "occurred", "Bundeskanzler Friedrich Merz hatte in der vergangenen Woche"),
            E("EU to reinstate its own sanctions on Iran", "SANCTION", ["Kaja Kallas", "European Union"],
              "FUTURE_REF", "vague", "planned", "Kaja Kallas kündigte an"),
            E("Rubio welcomes the return of the sanctions", "SUPPORT", ["Marco Rubio", "United Nations"], "2025-09-29",
              "published", "occurred", "Marco Rubio begrüßte"),
            E("Rubio demands that all states implement the sanctions immediately", "REQUEST", ["Marco Rubio"],
              "2025-09-29", "published", "occurred", "Marco Rubio begrüßte"),
            E("Iran recalls its ambassadors from Berlin, Paris and London for consultations", "SANCTION",
              ["Germany", "France", "United Kingdom"], "2025-09-27", "text", "occurred",
              "Teheran berief am Samstag seine Botschafter"),
        ],
        [
            S("Andrii Sybiha", "Welcomes the decision; all states must enforce it without exception; every Iranian "
              "Shahed Russia receives is from today a breach of international law", "2025-09-28", "text",
              "Andrij Sybiha begrüßte die Entscheidung am Sonntag"),
            S("Ukraine", "Tehran has supplied Moscow with hundreds of attack drones", "2025-09-29", "published",
              "Kiew wirft Teheran seit 2022 vor"),
            S("Sergey Lavrov", "Moscow regards the snapback as legally void and will not apply the sanctions",
              "2025-09-27", "text", "Außenminister Sergej Lawrow erklärte am Samstag"),
            S("Sergey Lavrov", "The Europeans abused the mechanism", "2025-09-27", "context",
              "Die Europäer hätten den Mechanismus"),
            S("Dmitry Peskov", "Cooperation with Tehran will continue, also in the military-technical field",
              "2025-09-29", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Germany", "Wadephul: Tehran must let IAEA inspectors back in; the door to negotiations remains open",
              "2025-09-29", "published", "Johann Wadephul (CDU) rief Teheran auf"),
            S("Friedrich Merz", "There must never be an Iran with nuclear weapons", "2025-W39", "text",
              "Bundeskanzler Friedrich Merz hatte in der vergangenen Woche"),
            S("Kaja Kallas", "The EU will reinstate its own sanctions on Iran in the coming days", "2025-09-29",
              "published", "Kaja Kallas kündigte an"),
            S("Marco Rubio", "Welcomes the return of the sanctions; all states must implement them immediately",
              "2025-09-29", "published", "Marco Rubio begrüßte"),
        ],
        ["United Nations", "Germany", "France", "United Kingdom", "Ukraine", "Andrii Sybiha", "Russia", "China",
         "Sergey Lavrov", "European Union", "Kremlin", "Dmitry Peskov", "IAEA", "Friedrich Merz", "Kaja Kallas",
         "Marco Rubio", "United States"],
    ),
]
