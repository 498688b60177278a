"""German articles of the blind41 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b41de01 (katholisch.de)
DE01 = """
Nach Vermittlung des Vatikans: Zwei Redemptoristen aus russischer Haft frei

Kiew/Vatikanstadt ‐ Nach mehr als eineinhalb Jahren in russischer Gefangenschaft sind zwei griechisch-katholische Priester aus der Ukraine wieder in Freiheit.
Die Redemptoristen Iwan Lewyzkyj und Bohdan Heleta gehörten zu einer Gruppe von zehn ukrainischen Zivilisten, die am Freitag in ihre Heimat zurückkehren konnten.
Präsident Wolodymyr Selenskyj schrieb am Freitagabend auf der Plattform X, die Freilassung sei durch die Bemühungen des Heiligen Stuhls möglich geworden, und dankte Papst Franziskus ausdrücklich.

Die beiden Ordensmänner waren im November 2022 in der von Russland besetzten Hafenstadt Berdjansk festgenommen worden, wo sie eine Pfarrei betreuten.
Die Besatzungsbehörden warfen ihnen damals vor, Waffen und Munition in ihrer Kirche versteckt zu haben; der Orden wies das als konstruierten Vorwand zurück.

Das Oberhaupt der Ukrainischen Griechisch-Katholischen Kirche, Großerzbischof Swjatoslaw Schewtschuk, sprach am Samstag von einem „Wunder“.
Er dankte dem Papst und dessen Friedensbeauftragtem, Kardinal Matteo Zuppi, für ihre „stille und beharrliche Arbeit“.
Das vatikanische Presseamt bestätigte die Freilassung, machte aber keine Angaben zu Einzelheiten der Verhandlungen.

Nach Angaben aus Moskau wurden im Gegenzug mehrere russische Staatsbürger an Russland übergeben, die in der Ukraine inhaftiert waren.
Die russische Menschenrechtsbeauftragte Tatjana Moskalkowa sprach von einem „humanitären Schritt“, der unter Beteiligung des Vatikans vereinbart worden sei.
Kremlsprecher Dmitri Peskow sagte auf Nachfrage, Moskau schätze die humanitären Bemühungen des Heiligen Stuhls, sehe darin aber keine Grundlage für politische Verhandlungen.

Erst vor zwei Wochen hatte Selenskyj den Papst am Rande des G7-Gipfels im süditalienischen Apulien getroffen und ihn um Unterstützung bei der Freilassung von Gefangenen gebeten.
Kardinalstaatssekretär Pietro Parolin vertrat den Heiligen Stuhl am folgenden Wochenende bei der Friedenskonferenz auf dem Bürgenstock in der Schweiz, deren Abschlusserklärung die Freilassung aller Kriegsgefangenen und die Rückkehr verschleppter ukrainischer Kinder verlangte.
Russland war zu der Konferenz nicht eingeladen worden.

Der Heilige Stuhl bemüht sich seit dem Sommer 2023 um humanitäre Lösungen im Ukraine-Krieg.
Damals hatte Franziskus Kardinal Zuppi zunächst zu Selenskyj nach Kiew und dann zu Putins außenpolitischem Berater Juri Uschakow nach Moskau entsandt.
Nach ukrainischen Angaben befinden sich derzeit noch mehrere tausend ukrainische Zivilisten in russischer Haft.

Die beiden Priester sollen sich nach einer medizinischen Untersuchung zunächst in einem Kloster ihres Ordens in Lwiw erholen.
Für Sonntag ist in der Kiewer Patriarchalkathedrale ein Dankgottesdienst angekündigt.
"""

# ---------------------------------------------------------------- b41de02 (Täglicher Hafenbericht)
DE02 = """
Erster Frachter verlässt Odessa über ukrainischen Korridor

Hamburg/Odessa. Erstmals seit dem Ende des Getreideabkommens hat ein Handelsschiff einen ukrainischen Schwarzmeerhafen verlassen.
Die unter der Flagge Hongkongs fahrende „Joseph Schulte“, die von der Hamburger Reederei Bernhard Schulte Shipmanagement bereedert wird, legte am Mittwochmorgen in Odessa ab und nahm Kurs auf den Bosporus.
Das 2005 gebaute Containerschiff mit mehr als 2100 Containern an Bord lag seit Februar 2022 im Hafen fest.
Nach Angaben der ukrainischen Marine passierte es am Abend unbehelligt die rumänischen Hoheitsgewässer.

Die ukrainische Marine hatte den vorläufigen Korridor entlang der Küsten Rumäniens und Bulgariens am 10. August angekündigt.
Er soll vor allem Schiffe aufnehmen, die seit Kriegsbeginn in Odessa, Tschornomorsk und Piwdennyj festsitzen.
Zugleich warnte Kiew die Reedereien, die Durchfahrt erfolge auf eigene Gefahr, da Russland weiterhin mit Angriffen auf zivile Schiffe drohe.

Das Getreideabkommen war am 17. Juli ausgelaufen, nachdem Russland eine weitere Verlängerung abgelehnt hatte.
Am 20. Juli erklärte das Verteidigungsministerium in Moskau, alle Schiffe mit Kurs auf ukrainische Häfen könnten als potenzielle Träger militärischer Fracht betrachtet werden.
Kiew antwortete tags darauf mit einer gleichlautenden Warnung an Schiffe, die russische Häfen anlaufen.
Seither griff Russland wiederholt die Hafenanlagen von Odessa und an der Donau an.

Für die Fahrt durch den Korridor verlangen Kriegsrisikoversicherer nach Angaben Londoner Makler derzeit Zuschläge von bis zu einem Prozent des Schiffswerts.
Die Regierung in Kiew hatte Anfang August einen staatlich gestützten Versicherungsfonds für Frachter in Aussicht gestellt, der bislang aber nicht arbeitet.

Diplomatisch bemüht sich der türkische Präsident Recep Tayyip Erdoğan um eine Wiederbelebung des Abkommens.
Nach Angaben aus Ankara will er in den kommenden Wochen mit Kremlchef Wladimir Putin zusammentreffen; ein Termin stehe noch nicht fest.
Die Vereinten Nationen begrüßten die Ausfahrt als Zeichen, dass die Handelsschifffahrt im Schwarzen Meer nicht zum Erliegen kommen dürfe.
UN-Generalsekretär António Guterres hatte Moskau zuletzt Vorschläge übermittelt, um russischen Dünger- und Getreideexporten den Zugang zu den Weltmärkten zu erleichtern.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, Russland sei zur Rückkehr in das Abkommen bereit, sobald die russischen Forderungen erfüllt seien.
Den ukrainischen Korridor wollte er nicht kommentieren.

Beim Verband Deutscher Reeder in Hamburg wurde die Ausfahrt mit Erleichterung aufgenommen.
Man rechne aber nicht damit, dass in großem Umfang Getreidefrachter die Route nutzen, solange es keine Sicherheitsgarantien gebe, sagte eine Verbandssprecherin dem THB.
Die „Joseph Schulte“ soll am Freitag Istanbul erreichen und dort in einer Werft überprüft werden.
"""

# ---------------------------------------------------------------- b41de03 (beck-aktuell)
DE03 = """
Ukraine ist 125. Vertragsstaat des Internationalen Strafgerichtshofs

Seit dem 1. Januar 2025 ist die Ukraine Vertragsstaat des Römischen Statuts des Internationalen Strafgerichtshofs (IStGH).
Sie ist damit der 125. Staat, der die Zuständigkeit des Gerichtshofs in Den Haag vertraglich anerkennt.
Präsident Wolodymyr Selenskyj sprach in seiner abendlichen Videobotschaft am Neujahrstag von einem „Schritt zur Gerechtigkeit für jedes Opfer“.
Bereits 2014 und 2015 hatte Kiew die Gerichtsbarkeit des IStGH per Ad-hoc-Erklärung nach Art. 12 Abs. 3 des Statuts für Verbrechen auf seinem Gebiet akzeptiert.

Das ukrainische Parlament hatte die Ratifikation am 21. August 2024 beschlossen, Selenskyj unterzeichnete das Gesetz im September.
Die Ratifikationsurkunde wurde am 25. Oktober 2024 beim Generalsekretär der Vereinten Nationen in New York hinterlegt.
Nach der Frist des Art. 126 Abs. 2 des Statuts wurde der Beitritt damit zum 1. Januar wirksam.

Umstritten ist eine Erklärung nach Art. 124 des Statuts, die Kiew zusammen mit der Ratifikation abgegeben hat.
Danach erkennt die Ukraine die Zuständigkeit des Gerichtshofs für Kriegsverbrechen, die ihren eigenen Staatsangehörigen vorgeworfen werden, für sieben Jahre nicht an.
Menschenrechtsorganisationen kritisierten die Einschränkung als falsches Signal.
Das Justizministerium in Kiew verwies darauf, dass auch Frankreich bei seinem Beitritt im Jahr 2000 von dieser Übergangsregel Gebrauch gemacht habe.

Der IStGH ermittelt seit März 2022 zur Lage in der Ukraine.
Im März 2023 erließ die Vorverfahrenskammer II Haftbefehle gegen Präsident Wladimir Putin und die russische Kinderrechtsbeauftragte Maria Lwowa-Belowa wegen der rechtswidrigen Verschleppung ukrainischer Kinder.
2024 folgten Haftbefehle gegen zwei ranghohe Militärs wegen Angriffen auf die ukrainische Energieinfrastruktur sowie gegen den früheren Verteidigungsminister Sergej Schoigu und Generalstabschef Waleri Gerassimow.
Russland, das seine Unterschrift unter das Statut 2016 zurückgezogen hat, erkennt die Haftbefehle nicht an.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte den Beitritt am Mittwoch „juristisch bedeutungslos“ und bezeichnete den Gerichtshof als „Instrument des kollektiven Westens“.
Die EU-Außenbeauftragte Kaja Kallas begrüßte den Schritt dagegen als Signal, dass es für Kriegsverbrechen keine Straflosigkeit geben dürfe.
Das Bundesministerium der Justiz kündigte an, Deutschland werde den Gerichtshof weiterhin finanziell und personell unterstützen.

Im Oktober hatte eine Kammer des IStGH festgestellt, dass die Mongolei ihre Pflichten aus dem Statut verletzt habe, weil sie Putin bei seinem Besuch Anfang September nicht festnahm.
Parallel verhandelt die Ukraine derzeit mit dem Europarat über ein Sondertribunal für das Verbrechen der Aggression, über das der IStGH gegenüber Nichtvertragsstaaten wie Russland nicht urteilen kann.
Eine Einigung über die Rechtsgrundlage wird nach Angaben aus Kiew in den kommenden Monaten erwartet.
"""

# ---------------------------------------------------------------- b41de04 (profil)
DE04 = """
Das Faustpfand am Dnipro

Wenn Rafael Grossi über Saporischschja spricht, wählt er seine Worte mit der Vorsicht eines Mannes, der seit mehr als drei Jahren zwischen zwei Kriegsparteien pendelt.
Am Donnerstag stand der Generaldirektor der Internationalen Atomenergiebehörde (IAEA) wieder einmal vor Journalisten in der Wiener UNO-City.
Ohne eine Einigung über das größte Atomkraftwerk Europas, sagte der Argentinier, werde es „keinen dauerhaften Frieden“ geben.

Das Kraftwerk am Ufer des ausgetrockneten Kachowka-Stausees ist seit März 2022 von russischen Truppen besetzt.
Seine sechs Reaktoren sind heruntergefahren, müssen aber gekühlt werden, und dafür braucht es Strom von außen.
Ende September war die letzte verbliebene Hochspannungsleitung gekappt worden; erst Mitte Oktober konnten die Schäden unter lokalen Feuerpausen, die die IAEA mit beiden Seiten ausgehandelt hatte, repariert werden.
Einen Monat lang hingen die Kühlpumpen an Dieselgeneratoren.

Im amerikanischen Entwurf für ein Kriegsende, der Ende vergangenen Monats bekannt wurde, ist vorgesehen, dass das Kraftwerk unter Aufsicht der IAEA wieder ans Netz geht und sein Strom zu gleichen Teilen an Russland und die Ukraine fließt.
Kiew hält davon wenig.
Präsident Wolodymyr Selenskyj sagte Anfang der Woche, ein Kraftwerk auf ukrainischem Boden könne nicht „zur Hälfte dem Aggressor gehören“.
Rosatom-Chef Alexej Lichatschow wiederum erklärte am Vorabend von Grossis Auftritt, über den Betrieb der Anlage entscheide „ausschließlich Russland“.

Grossi selbst war Ende vergangenen Monats in Moskau, wo er mit Lichatschow über die Sicherheit der Anlage sprach; ein Treffen mit Präsident Wladimir Putin, um das er gebeten hatte, kam diesmal nicht zustande.
Anschließend reiste er nach Kiew und wurde dort von Außenminister Andrij Sybiha empfangen.
Sybiha verlangte bei dem Gespräch erneut den vollständigen Abzug der russischen Truppen und des Rosatom-Personals von dem Gelände.

In Wien tagte in der vergangenen Woche der Gouverneursrat der Behörde.
Eine von westlichen Staaten eingebrachte Resolution, die Russland zur Rückgabe des Kraftwerks an die Ukraine auffordert, wurde mit deutlicher Mehrheit angenommen; Russland und China stimmten dagegen.
Der russische Botschafter bei den internationalen Organisationen in Wien, Michail Uljanow, sprach von einer „politisierten Abstimmung“.

Österreichs Außenministerin Beate Meinl-Reisinger (Neos) bot Anfang der Woche an, Wien als Ort für technische Gespräche zwischen Moskau, Kiew und der IAEA zur Verfügung zu stellen.
Ob es dazu kommt, ist offen.
Der Kreml ließ über Sprecher Dmitri Peskow ausrichten, man sehe „derzeit keinen Bedarf“ für neue Formate.
Grossi will im Jänner erneut nach Moskau und Kiew reisen – und hofft, dann auch Putin zu treffen.
"""

# ---------------------------------------------------------------- b41de05 (Südtiroler Wirtschaftszeitung)
DE05 = """
Feuerpause für die Umspannwerke – und Transformatoren aus Bozen

Bozen/Dschidda. Es ist ein Abkommen mit Ablaufdatum, doch in Kiew hofft man, dass es das Land durch den Winter trägt.
Russland und die Ukraine haben sich Anfang der Woche unter saudischer Vermittlung darauf verständigt, vom 15. November bis zum 15. März keine Kraftwerke, Umspannwerke und Gasanlagen der jeweils anderen Seite anzugreifen.
Verkündet wurde die Einigung am Dienstagabend in Dschidda nach zweitägigen Gesprächen, an denen auch der US-Sondergesandte Steve Witkoff teilnahm.

Überwacht werden soll die Feuerpause von einer Kommission mit Vertretern beider Seiten, der USA und Saudi-Arabiens mit Sitz in Riad.
Verstöße sollen binnen 24 Stunden gemeldet und geprüft werden.
Rüstungsbetriebe und Raffinerien sind nach Angaben aus Delegationskreisen ausgenommen.
Eine nächste Gesprächsrunde ist für Mitte Dezember angesetzt.

Präsident Wolodymyr Selenskyj sprach am Mittwoch von einem „Test für Moskaus Wort“.
Russland habe eine ähnliche Zusage im Frühjahr 2025 gegeben und sie nach wenigen Wochen gebrochen, sagte er.
Kremlsprecher Dmitri Peskow bestätigte die Vereinbarung, knüpfte eine Verlängerung über den März hinaus aber an eine Lockerung westlicher Sanktionen gegen russische Agrar- und Energieexporte.

Die EU-Außenbeauftragte Kaja Kallas begrüßte die Einigung, warnte aber davor, Sanktionen als Preis für eine Waffenruhe zu lockern.
Italiens Ministerpräsidentin Giorgia Meloni hatte bereits am Vorabend der Einigung zusätzliche 50 Millionen Euro für die Reparatur des ukrainischen Stromnetzes zugesagt.
Wie brüchig die Lage ist, zeigte sich am vergangenen Freitag, als russische Drohnen und Raketen Umspannwerke in Odessa und Charkiw trafen und Hunderttausende Haushalte ohne Strom ließen.

Konkret wird die Hilfe auch in Südtirol.
Der Bozner Energieversorger Alperia hat Ende Oktober vier ausgemusterte Großtransformatoren auf den Weg in die Westukraine gebracht, koordiniert über das Katastrophenschutzverfahren der EU.
„Ein Transformator, der bei uns in Reserve steht, kann dort ein Krankenhaus versorgen“, sagte ein Alperia-Sprecher der SWZ.
Angeschlossen werden sollen die Geräte bis Weihnachten; eine zweite Lieferung ist für das Frühjahr geplant.
An der Strombörse in Mailand reagierten die Preise auf die Nachricht aus Dschidda kaum.
"""

# ---------------------------------------------------------------- b41de06 (Berner Zeitung)
DE06 = """
Oleniwka: Uno schickt Ermittler – IKRK wartet weiter auf Zugang

Genf/New York. Uno-Generalsekretär António Guterres will die tödliche Explosion im Gefangenenlager Oleniwka im Osten der Ukraine untersuchen lassen.
Er habe beschlossen, eine Mission zur Feststellung der Fakten einzusetzen, sagte Guterres am Mittwoch in New York; sowohl Russland als auch die Ukraine hätten ihn in den vergangenen Tagen darum ersucht.
Einzelheiten zur Zusammensetzung der Mission sollen in den kommenden Tagen folgen.

Bei der Explosion in einer Baracke des Lagers in der Nacht auf den 29. Juli waren nach russischen Angaben 50 ukrainische Kriegsgefangene getötet und 73 verletzt worden.
Viele von ihnen hatten sich im Mai nach wochenlanger Verteidigung des Stahlwerks Azovstal in Mariupol ergeben.
Das IKRK hatte die Soldaten damals als Kriegsgefangene registriert.

Moskau macht einen ukrainischen Angriff mit amerikanischen Himars-Raketenwerfern für die Explosion verantwortlich.
Kremlsprecher Dmitri Peskow sprach am Montag von einer «ungeheuerlichen Provokation» Kiews.
Die Ukraine spricht dagegen von einem gezielten Kriegsverbrechen, mit dem Russland Folter und Hinrichtungen vertuschen wolle.
Präsident Wolodimir Selenski forderte am Wochenende, Russland offiziell als Terrorstaat einzustufen.
Das russische Verteidigungsministerium hatte bereits am Samstag eine Liste mit den Namen der Toten veröffentlicht und Experten der Uno und des IKRK eingeladen, den Ort zu besuchen.

Doch bis heute hat das IKRK nach eigenen Angaben keinen Zugang zu dem Lager im russisch kontrollierten Teil des Gebiets Donezk erhalten.
Man habe wiederholt darum gebeten und sei bereit, Verletzte zu versorgen und die sterblichen Überreste zu überführen, teilte die Organisation in Genf mit.
Auch das US-Aussenministerium verlangte Zugang für unabhängige Beobachter.

In der Schweiz stösst der Fall auf besondere Aufmerksamkeit, weil das IKRK nach den Genfer Konventionen das Recht hat, Kriegsgefangene zu besuchen.
Das Eidgenössische Departement für auswärtige Angelegenheiten zeigte sich «tief besorgt» und rief beide Kriegsparteien auf, das humanitäre Völkerrecht einzuhalten.
Bundesrat Ignazio Cassis will das Thema nach Angaben seines Departements nächste Woche bei einem Treffen mit IKRK-Präsident Peter Maurer ansprechen.
"""


def doc(id, published, body, timexes, events, statements, actors, published_basis=None):
    d = dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
             statements=statements, actors=actors)
    if published_basis:
        d["published_basis"] = published_basis
    return d


DOCS = [
    doc(
        "b41de01_redemptoristen_vatikan_2024_06", "2024-06-29", DE01,
        [
            T("mehr als eineinhalb Jahren", "DURATION", "P18M", mod="MORE_THAN"),
            T("Freitag", "DATE", "2024-06-28"),
            T("Freitagabend", "TIME", "2024-06-28TEV"),
            T("November 2022", "DATE", "2022-11"),
            T("Samstag", "DATE", "2024-06-29"),
            T("vor zwei Wochen", "DATE", "2024-W24", note="the G7 summit in Apulia, 14 June 2024"),
            T("folgenden Wochenende", "DATE", "2024-W24-WE", note="anaphoric: the weekend after the Apulia meeting"),
            T("dem Sommer 2023", "DATE", "2023-SU"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Sonntag", "DATE", "2024-06-30"),
        ],
        [
            E("Ten Ukrainian civilians, among them the Redemptorist priests Levytskyi and Heleta, released from "
              "Russian captivity", "CONCEDE", ["Russia", "Ukraine"], "2024-06-28", "text", "occurred",
              "zehn ukrainischen Zivilisten"),
            E("Holy See mediated the release", "CONSULT", ["Vatican", "Russia", "Ukraine"], "2024-06-28", "context",
              "occurred", "schrieb am Freitagabend",
              note="mediation dated by the release it produced (blind19)"),
            E("Zelensky thanks Pope Francis for the release", "SUPPORT", ["Volodymyr Zelensky", "Vatican"],
              "2024-06-28TEV", "text", "occurred", "dankte Papst Franziskus"),
            E("The two priests arrested in Russian-occupied Berdiansk", "COERCE", ["Russia"], "2022-11", "text",
              "occurred", "im November 2022"),
            E("Occupation authorities accuse the priests of hiding weapons and ammunition in their church",
              "ACCUSE", ["Russia"], "2022-11", "context", "occurred", "Die Besatzungsbehörden warfen"),
            E("Ukraine hands over Russian citizens held in Ukraine in return", "CONCEDE", ["Ukraine", "Russia"],
              "2024-06-28", "context", "occurred", "im Gegenzug mehrere russische"),
            E("Exchange agreed with the Vatican's involvement", "AGREE", ["Russia", "Ukraine", "Vatican"],
              "2024-06-28", "context", "occurred", "humanitären Schritt",
              note="the agreement itself has no date in the text; dated by the exchange"),
            E("Peskov: Moscow values the Holy See's humanitarian efforts", "SUPPORT", ["Dmitry Peskov", "Vatican"],
              "2024-06-29", "published", "occurred", "Moskau schätze"),
            E("Peskov sees no basis for political negotiations in the Vatican's efforts", "REJECT",
              ["Dmitry Peskov", "Vatican"], "2024-06-29", "published", "occurred", "Moskau schätze"),
            E("Zelensky meets Pope Francis on the sidelines of the G7 summit in Apulia", "CONSULT",
              ["Volodymyr Zelensky", "Vatican"], "2024-W24", "text", "occurred", "Erst vor zwei Wochen",
              note="14 June 2024"),
            E("Zelensky asks the Pope for help in freeing prisoners", "REQUEST", ["Volodymyr Zelensky", "Vatican"],
              "2024-W24", "text", "occurred", "Erst vor zwei Wochen"),
            E("Parolin represents the Holy See at the Bürgenstock peace conference", "CONSULT",
              ["Vatican", "Ukraine"], "2024-W24-WE", "text", "occurred", "Kardinalstaatssekretär Pietro Parolin",
              note="15-16 June 2024; Ukraine as the conference's initiator"),
            E("Bürgenstock declaration demands the release of all prisoners of war and the return of deported "
              "children", "REQUEST", ["Ukraine", "Russia"], "2024-W24-WE", "context", "occurred",
              "Kardinalstaatssekretär Pietro Parolin"),
            E("Holy See's humanitarian mediation in the war", "CONSULT", ["Vatican", "Russia", "Ukraine"],
              "2023-SU", "text", "occurred", "seit dem Sommer 2023", date_mod="START"),
            E("Pope sends Cardinal Zuppi to Zelensky in Kyiv", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2023-SU", "context", "occurred", "zunächst zu Selenskyj", note="June 2023"),
            E("Pope sends Cardinal Zuppi to Ushakov in Moscow", "CONSULT", ["Vatican", "Yuri Ushakov"], "2023-SU",
              "context", "occurred", "zunächst zu Selenskyj", note="late June 2023"),
            E("Several thousand Ukrainian civilians still held in Russian detention", "COERCE", ["Russia"],
              "PRESENT_REF", "vague", "occurred", "derzeit noch mehrere tausend"),
        ],
        [
            S("Volodymyr Zelensky", "The release was made possible by the efforts of the Holy See; thanks Pope "
              "Francis", "2024-06-28TEV", "text", "schrieb am Freitagabend"),
            S("Vatican", "Press office confirms the release but gives no details of the negotiations",
              "2024-06-29", "published", "Presseamt bestätigte"),
            S("Russia", "Several Russian citizens held in Ukraine were handed over in return", "2024-06-29",
              "published", "im Gegenzug mehrere russische"),
            S("Russia", "Moskalkova: a humanitarian step agreed with the Vatican's involvement", "2024-06-29",
              "published", "humanitären Schritt"),
            S("Dmitry Peskov", "Moscow values the Holy See's humanitarian efforts but sees no basis for political "
              "negotiations in them", "2024-06-29", "published", "Moskau schätze"),
            S("Ukraine", "Several thousand Ukrainian civilians are still held in Russian detention", "2024-06-29",
              "published", "derzeit noch mehrere tausend"),
        ],
        ["Volodymyr Zelensky", "Vatican", "Russia", "Ukraine", "Dmitry Peskov", "Kremlin", "Vladimir Putin",
         "Yuri Ushakov"],
    ),
    doc(
        "b41de02_joseph_schulte_korridor_2023_08", "2023-08-17", DE02,
        [
            T("Mittwochmorgen", "TIME", "2023-08-16TMO"),
            T("2005", "DATE", "2005"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Abend", "TIME", "2023-08-16TEV"),
            T("10. August", "DATE", "2023-08-10"),
            T("17. Juli", "DATE", "2023-07-17"),
            T("20. Juli", "DATE", "2023-07-20"),
            T("tags darauf", "DATE", "2023-07-21"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Anfang August", "DATE", "2023-08", mod="START"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2023-08-16"),
            T("Freitag", "DATE", "2023-08-18"),
        ],
        [
            E("Ukrainian navy announces a temporary corridor for merchant ships along the Romanian and Bulgarian "
              "coasts", "COOPERATE", ["Ukraine"], "2023-08-10", "text", "occurred", "vorläufigen Korridor"),
            E("Kyiv accuses Russia of threatening attacks on civilian ships", "ACCUSE", ["Ukraine", "Russia"],
              "2023-08-10", "context", "occurred", "Zugleich warnte Kiew"),
            E("Russia lets the grain deal expire by refusing a further extension", "SANCTION",
              ["Russia", "Ukraine"], "2023-07-17", "text", "occurred", "am 17. Juli ausgelaufen"),
            E("Russian defence ministry warns that ships bound for Ukrainian ports may be treated as carriers of "
              "military cargo", "THREATEN", ["Russia", "Ukraine"], "2023-07-20", "text", "occurred",
              "Am 20. Juli erklärte"),
            E("Kyiv issues an equivalent warning to ships bound for Russian ports", "THREATEN",
              ["Ukraine", "Russia"], "2023-07-21", "text", "occurred", "Kiew antwortete tags darauf"),
            E("Russian strikes on port facilities in Odesa and on the Danube since the deal expired", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07-17", "context", "occurred", "Seither griff Russland",
              date_mod="START", note="repeated strikes since the expiry of 17 July"),
            E("Kyiv promises a state-backed insurance fund for merchant ships", "AGREE", ["Ukraine"], "2023-08",
              "text", "occurred", "Versicherungsfonds", date_mod="START"),
            E("Erdoğan plans to meet Putin about reviving the grain deal", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "FUTURE_REF", "vague", "planned", "zusammentreffen"),
            E("UN welcomes the ship's departure", "SUPPORT", ["United Nations", "Ukraine"], "2023-08-17",
              "published", "occurred", "Die Vereinten Nationen begrüßten"),
            E("Guterres sends Moscow proposals to ease Russian fertiliser and grain exports", "REQUEST",
              ["António Guterres", "Russia"], "PAST_REF", "vague", "occurred", "Vorschläge übermittelt"),
            E("Peskov: Russia ready to return to the grain deal", "AGREE", ["Dmitry Peskov", "Russia"],
              "2023-08-16", "text", "occurred", "zur Rückkehr in das Abkommen bereit"),
            E("Peskov's condition: Russia's demands must be met first", "REQUEST", ["Dmitry Peskov"],
              "2023-08-16", "text", "occurred", "zur Rückkehr in das Abkommen bereit"),
        ],
        [
            S("Ukraine", "Navy: the ship passed Romanian territorial waters unhindered in the evening", "2023-08-17",
              "published", "Nach Angaben der ukrainischen Marine"),
            S("Ukraine", "Passage through the corridor is at the shipowners' own risk, since Russia keeps "
              "threatening attacks on civilian ships", "2023-08-10", "context", "Zugleich warnte Kiew"),
            S("Russia", "Defence ministry: ships bound for Ukrainian ports may be treated as carriers of military "
              "cargo", "2023-07-20", "text", "Am 20. Juli erklärte"),
            S("Ukraine", "Equivalent warning to ships calling at Russian ports", "2023-07-21", "text",
              "Kiew antwortete tags darauf"),
            S("Turkey", "Erdoğan wants to meet Putin in the coming weeks; no date set yet", "2023-08-17",
              "published", "Nach Angaben aus Ankara"),
            S("United Nations", "Welcomes the departure as a sign that Black Sea shipping must not come to a halt",
              "2023-08-17", "published", "Die Vereinten Nationen begrüßten"),
            S("Dmitry Peskov", "Russia is ready to return to the deal once its demands are met", "2023-08-16",
              "text", "zur Rückkehr in das Abkommen bereit"),
        ],
        ["Ukraine", "Russia", "Recep Tayyip Erdoğan", "Turkey", "Vladimir Putin", "Kremlin", "United Nations",
         "António Guterres", "Dmitry Peskov"],
    ),
    doc(
        "b41de03_ukraine_istgh_beitritt_2025_01", "2025-01-02", DE03,
        [
            T("1. Januar 2025", "DATE", "2025-01-01"),
            T("abendlichen", "SET", "P1D"),
            T("Neujahrstag", "DATE", "2025-01-01"),
            T("2014", "DATE", "2014"),
            T("2015", "DATE", "2015"),
            T("21. August 2024", "DATE", "2024-08-21"),
            T("September", "DATE", "2024-09"),
            T("25. Oktober 2024", "DATE", "2024-10-25"),
            T("1. Januar", "DATE", "2025-01-01", 1),
            T("sieben Jahre", "DURATION", "P7Y"),
            T("Jahr 2000", "DATE", "2000"),
            T("März 2022", "DATE", "2022-03"),
            T("März 2023", "DATE", "2023-03"),
            T("2024", "DATE", "2024", 2),
            T("2016", "DATE", "2016"),
            T("Mittwoch", "DATE", "2025-01-01"),
            T("Oktober", "DATE", "2024-10", 1),
            T("Anfang September", "DATE", "2024-09", mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ukraine becomes a state party to the Rome Statute of the International Criminal Court", "AGREE",
              ["Ukraine"], "2025-01-01", "text", "occurred", "Seit dem 1. Januar 2025"),
            E("Ukraine accepts ICC jurisdiction by an ad hoc declaration (2014)", "AGREE", ["Ukraine"], "2014",
              "text", "occurred", "Ad-hoc-Erklärung"),
            E("Ukraine accepts ICC jurisdiction by a second ad hoc declaration (2015)", "AGREE", ["Ukraine"],
              "2015", "text", "occurred", "Ad-hoc-Erklärung"),
            E("Ukrainian parliament ratifies the Rome Statute", "AGREE", ["Ukraine"], "2024-08-21", "text",
              "occurred", "unterzeichnete das Gesetz"),
            E("Zelensky signs the ratification law", "AGREE", ["Volodymyr Zelensky"], "2024-09", "text", "occurred",
              "unterzeichnete das Gesetz"),
            E("Ukraine deposits its instrument of ratification with the UN Secretary-General", "AGREE",
              ["Ukraine", "United Nations"], "2024-10-25", "text", "occurred", "Ratifikationsurkunde"),
            E("Ukraine's Article 124 declaration: no ICC jurisdiction over war crimes alleged against its own "
              "nationals for seven years", "REJECT", ["Ukraine"], "2024-08-21", "context", "occurred",
              "für sieben Jahre nicht an", note="lodged together with the ratification"),
            E("France made an Article 124 declaration when it joined the ICC", "REJECT", ["France"], "2000",
              "text", "occurred", "Jahr 2000"),
            E("ICC arrest warrants for Putin and Lvova-Belova over the deportation of Ukrainian children",
              "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred", "Im März 2023"),
            E("ICC arrest warrants for two commanders over strikes on energy infrastructure and for Shoigu and "
              "Gerasimov", "ACCUSE", ["Russia"], "2024", "text", "occurred", "2024 folgten",
              note="March and June 2024"),
            E("Russia withdraws its signature from the Rome Statute", "REJECT", ["Russia"], "2016", "text",
              "occurred", "Unterschrift unter das Statut"),
            E("Zakharova calls Ukraine's accession legally meaningless", "REJECT", ["Maria Zakharova", "Ukraine"],
              "2025-01-01", "text", "occurred", "juristisch bedeutungslos"),
            E("Zakharova calls the ICC an instrument of the collective West", "ACCUSE", ["Maria Zakharova"],
              "2025-01-01", "text", "occurred", "juristisch bedeutungslos"),
            E("Kallas welcomes Ukraine's accession", "SUPPORT", ["Kaja Kallas", "Ukraine"], "2025-01-02",
              "published", "occurred", "Kaja Kallas begrüßte"),
            E("Germany promises continued financial and personnel support for the ICC", "AGREE", ["Germany"],
              "2025-01-02", "published", "occurred", "Bundesministerium der Justiz"),
            E("Putin visits Mongolia and is not arrested", "CONSULT", ["Vladimir Putin"], "2024-09", "text",
              "occurred", "Mongolei", date_mod="START"),
            E("Ukraine negotiates with the Council of Europe on a special tribunal for the crime of aggression",
              "CONSULT", ["Ukraine"], "PRESENT_REF", "vague", "occurred", "Sondertribunal"),
            E("Agreement on the special tribunal's legal basis expected", "AGREE", ["Ukraine"], "FUTURE_REF",
              "vague", "planned", "Rechtsgrundlage"),
        ],
        [
            S("Volodymyr Zelensky", "Accession is a step towards justice for every victim", "2025-01-01", "text",
              "Schritt zur Gerechtigkeit"),
            S("Ukraine", "Justice ministry: France also used the Article 124 transitional rule when it joined",
              "2025-01-02", "published", "Justizministerium in Kiew"),
            S("Maria Zakharova", "Accession legally meaningless; the ICC is an instrument of the collective West",
              "2025-01-01", "text", "juristisch bedeutungslos"),
            S("Kaja Kallas", "There must be no impunity for war crimes", "2025-01-02", "published",
              "Kaja Kallas begrüßte"),
            S("Germany", "Will keep supporting the ICC financially and with personnel", "2025-01-02", "published",
              "Bundesministerium der Justiz"),
            S("Ukraine", "An agreement on the tribunal's legal basis is expected in the coming months",
              "2025-01-02", "published", "Rechtsgrundlage"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United Nations", "France", "Vladimir Putin", "Russia", "Maria Zakharova",
         "Kaja Kallas", "European Union", "Germany"],
    ),
    doc(
        "b41de04_saporischschja_iaea_friedensplan_2025_12", "2025-12-06", DE04,
        [
            T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
            T("Donnerstag", "DATE", "2025-12-04"),
            T("März 2022", "DATE", "2022-03"),
            T("Ende September", "DATE", "2025-09", mod="END"),
            T("Mitte Oktober", "DATE", "2025-10", mod="MID"),
            T("Einen Monat", "DURATION", "P1M"),
            T("Ende vergangenen Monats", "DATE", "2025-11", 0, mod="END"),
            T("Anfang der Woche", "DATE", "2025-W49", 0, mod="START"),
            T("Vorabend", "TIME", "2025-12-03TEV", note="the evening before Grossi's Thursday appearance"),
            T("Ende vergangenen Monats", "DATE", "2025-11", 1, mod="END"),
            T("der vergangenen Woche", "DATE", "2025-W48"),
            T("Anfang der Woche", "DATE", "2025-W49", 1, mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Jänner", "DATE", "2026-01"),
        ],
        [
            E("Russian troops occupy the Zaporizhzhia nuclear plant", "ASSAULT", ["Russia", "Ukraine"], "2022-03",
              "text", "occurred", "seit März 2022", date_mod="START"),
            E("Local ceasefires negotiated by the IAEA allow repairs of the plant's last power line", "RETREAT",
              ["IAEA", "Russia", "Ukraine"], "2025-10", "text", "occurred", "lokalen Feuerpausen",
              date_mod="MID"),
            E("US draft peace plan: the plant to be restarted under IAEA supervision, its power shared between "
              "Russia and Ukraine", "REQUEST", ["United States", "Russia", "Ukraine", "IAEA"], "2025-11", "text",
              "occurred", "amerikanischen Entwurf", date_mod="END"),
            E("Zelensky rejects sharing the plant with the aggressor", "REJECT",
              ["Volodymyr Zelensky", "United States"], "2025-W49", "text", "occurred", "zur Hälfte",
              date_mod="START"),
            E("Rosatom chief: only Russia decides on the plant's operation", "REJECT", ["Russia", "Ukraine"],
              "2025-12-03TEV", "text", "occurred", "ausschließlich Russland"),
            E("Grossi meets Rosatom chief Likhachev in Moscow on the plant's safety", "CONSULT", ["IAEA", "Russia"],
              "2025-11", "text", "occurred", "Grossi selbst war", date_mod="END"),
            E("Grossi asks for a meeting with Putin", "REQUEST", ["IAEA", "Vladimir Putin"], "2025-11", "context",
              "occurred", "Grossi selbst war", date_mod="END"),
            E("Grossi–Putin meeting does not take place", "CONSULT", ["IAEA", "Vladimir Putin"], "2025-11",
              "context", "cancelled", "Grossi selbst war", date_mod="END"),
            E("Sybiha receives Grossi in Kyiv", "CONSULT", ["IAEA", "Andrii Sybiha"], "2025-11", "context",
              "occurred", "Anschließend reiste er", date_mod="END"),
            E("Sybiha demands the full withdrawal of Russian troops and Rosatom staff from the plant", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-11", "context", "occurred", "vollständigen Abzug",
              date_mod="END"),
            E("IAEA Board of Governors meets in Vienna", "CONSULT", ["IAEA"], "2025-W48", "text", "occurred",
              "Gouverneursrat"),
            E("Board resolution calls on Russia to return the plant to Ukraine", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2025-W48", "context", "occurred", "Rückgabe des Kraftwerks"),
            E("Russia and China vote against the resolution", "REJECT", ["Russia", "China"], "2025-W48", "context",
              "occurred", "Rückgabe des Kraftwerks"),
            E("Russia's envoy Ulyanov calls the vote politicised", "ACCUSE", ["Russia", "IAEA"], "2025-W48",
              "context", "occurred", "politisierten Abstimmung"),
            E("Austria offers Vienna as a venue for technical talks between Moscow, Kyiv and the IAEA", "REQUEST",
              ["Russia", "Ukraine", "IAEA"], "2025-W49", "text", "occurred", "Meinl-Reisinger", date_mod="START"),
            E("Kremlin sees no need for new formats", "REJECT", ["Kremlin", "Dmitry Peskov"], "2025-12-06",
              "published", "occurred", "keinen Bedarf"),
            E("Grossi plans to travel to Moscow and Kyiv again", "CONSULT", ["IAEA", "Russia", "Ukraine"],
              "2026-01", "text", "planned", "im Jänner"),
            E("Grossi hopes to meet Putin on the trip", "CONSULT", ["IAEA", "Vladimir Putin"], "2026-01", "text",
              "uncertain", "im Jänner"),
        ],
        [
            S("IAEA", "Without an agreement on the plant there will be no lasting peace", "2025-12-04", "context",
              "keinen dauerhaften Frieden"),
            S("Ukraine", "Kyiv thinks little of the plan", "2025-12-06", "published", "Kiew hält davon wenig"),
            S("Volodymyr Zelensky", "A plant on Ukrainian soil cannot belong half to the aggressor", "2025-W49",
              "text", "zur Hälfte"),
            S("Russia", "Likhachev: only Russia decides on the plant's operation", "2025-12-03TEV", "text",
              "ausschließlich Russland"),
            S("Andrii Sybiha", "Demands the full withdrawal of Russian troops and Rosatom staff from the site",
              "2025-11", "context", "vollständigen Abzug"),
            S("Russia", "Ulyanov: a politicised vote", "2025-W48", "context", "politisierten Abstimmung"),
            S("Dmitry Peskov", "No need for new formats at present", "2025-12-06", "published", "keinen Bedarf"),
            S("IAEA", "Grossi will travel to Moscow and Kyiv again in January and hopes to meet Putin",
              "2025-12-06", "published", "im Jänner"),
        ],
        ["IAEA", "Russia", "Ukraine", "United States", "Volodymyr Zelensky", "Vladimir Putin", "Andrii Sybiha",
         "China", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b41de05_energie_waffenruhe_dschidda_2026_11", "2026-11-13", DE05,
        [
            T("den Winter", "DATE", "2026-WI"),
            T("Anfang der Woche", "DATE", "2026-W46", mod="START"),
            T("15. November", "DATE", "2026-11-15"),
            T("15. März", "DATE", "2027-03-15"),
            T("Dienstagabend", "TIME", "2026-11-10TEV"),
            T("zweitägigen", "DURATION", "P2D"),
            T("24 Stunden", "DURATION", "PT24H"),
            T("Mitte Dezember", "DATE", "2026-12", mod="MID"),
            T("Mittwoch", "DATE", "2026-11-11"),
            T("Frühjahr 2025", "DATE", "2025-SP"),
            T("den März", "DATE", "2027-03"),
            T("Vorabend", "TIME", "2026-11-09TEV", note="the evening before the Tuesday-evening announcement"),
            T("vergangenen Freitag", "DATE", "2026-11-06"),
            T("Ende Oktober", "DATE", "2026-10", mod="END"),
            T("Weihnachten", "DATE", "2026-12-25"),
            T("das Frühjahr", "DATE", "2027-SP"),
        ],
        [
            E("Russia and Ukraine agree under Saudi mediation to stop attacking each other's energy "
              "infrastructure", "AGREE", ["Russia", "Ukraine", "Saudi Arabia"], "2026-W46", "text", "occurred",
              "Anfang der Woche unter saudischer", date_mod="START",
              note="announced on Tuesday evening, 10 November"),
            E("Truce on power plants, substations and gas facilities from 15 November to 15 March", "RETREAT",
              ["Russia", "Ukraine"], "2026-11-15", "text", "planned", "Anfang der Woche unter saudischer",
              note="until 2027-03-15"),
            E("Two-day talks in Jeddah with US envoy Witkoff", "CONSULT",
              ["Russia", "Ukraine", "Saudi Arabia", "Steve Witkoff", "United States"], "2026-11-09", "context",
              "occurred", "Verkündet wurde die Einigung",
              note="two days ending with the announcement on Tuesday evening, 10 November"),
            E("Monitoring commission of both sides, the US and Saudi Arabia in Riyadh", "COOPERATE",
              ["Russia", "Ukraine", "United States", "Saudi Arabia"], "2026-11-13", "published", "planned",
              "Kommission mit Vertretern", note="no start date given"),
            E("Next round of talks in mid-December", "CONSULT", ["Russia", "Ukraine", "Saudi Arabia"], "2026-12",
              "text", "planned", "nächste Gesprächsrunde", date_mod="MID"),
            E("Russia made a similar pledge in spring 2025", "AGREE", ["Russia"], "2025-SP", "text", "occurred",
              "ähnliche Zusage"),
            E("Zelensky accuses Russia of breaking its 2025 pledge within weeks", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-11-11", "context", "occurred", "ähnliche Zusage"),
            E("Peskov ties an extension beyond March to an easing of Western sanctions", "REQUEST",
              ["Dmitry Peskov"], "2026-11-13", "published", "occurred", "knüpfte eine Verlängerung"),
            E("Kallas welcomes the agreement", "SUPPORT", ["Kaja Kallas", "Russia", "Ukraine"], "2026-11-13",
              "published", "occurred", "warnte aber davor"),
            E("Kallas warns against easing sanctions as the price of a truce", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-11-13", "published", "occurred", "warnte aber davor"),
            E("Meloni pledges 50 million euros for repairs of Ukraine's power grid", "AID",
              ["Giorgia Meloni", "Ukraine"], "2026-11-09TEV", "text", "occurred", "50 Millionen Euro"),
            E("Russian drones and missiles hit substations in Odesa and Kharkiv", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-06", "text", "occurred", "vergangenen Freitag"),
            E("Transformers from Alperia sent to western Ukraine through the EU civil protection mechanism",
              "AID", ["European Union", "Ukraine"], "2026-10", "text", "occurred", "Großtransformatoren",
              date_mod="END"),
            E("Second delivery of transformers planned for spring", "AID", ["Ukraine"], "2027-SP", "text",
              "planned", "zweite Lieferung"),
        ],
        [
            S("Volodymyr Zelensky", "The agreement is a test of Moscow's word", "2026-11-11", "text",
              "Test für Moskaus Wort"),
            S("Volodymyr Zelensky", "Russia made a similar pledge in spring 2025 and broke it within weeks",
              "2026-11-11", "context", "ähnliche Zusage"),
            S("Dmitry Peskov", "Confirms the agreement; an extension beyond March depends on easing Western "
              "sanctions", "2026-11-13", "published", "knüpfte eine Verlängerung"),
            S("Kaja Kallas", "Welcomes the agreement but warns against easing sanctions as its price",
              "2026-11-13", "published", "warnte aber davor"),
        ],
        ["Russia", "Ukraine", "Saudi Arabia", "Steve Witkoff", "United States", "Volodymyr Zelensky", "Kremlin",
         "Dmitry Peskov", "Kaja Kallas", "European Union", "Giorgia Meloni"],
        published_basis="Fiction in a plausible setting: the Jeddah energy truce of November 2026, the reactions "
        "and the Alperia transformers are invented. SWZ appears on Fridays; published Friday 13 November 2026.",
    ),
    doc(
        "b41de06_oleniwka_uno_ikrk_2022_08", "2022-08-04", DE06,
        [
            T("Mittwoch", "DATE", "2022-08-03"),
            T("den vergangenen Tagen", "DATE", "PAST_REF"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("der Nacht auf den 29. Juli", "TIME", "2022-07-28TNI", note="night of 28 to 29 July"),
            T("Mai", "DATE", "2022-05"),
            T("wochenlanger", "DURATION", "PXW"),
            T("Montag", "DATE", "2022-08-01"),
            T("Wochenende", "DATE", "2022-W30-WE"),
            T("Samstag", "DATE", "2022-07-30"),
            T("heute", "DATE", "2022-08-04"),
            T("nächste Woche", "DATE", "2022-W32"),
        ],
        [
            E("Guterres decides to set up a fact-finding mission on the Olenivka explosion", "AGREE",
              ["António Guterres", "Russia", "Ukraine"], "2022-08-03", "text", "occurred",
              "Mission zur Feststellung"),
            E("Russia and Ukraine asked Guterres for an investigation", "REQUEST",
              ["Russia", "Ukraine", "António Guterres"], "PAST_REF", "vague", "occurred",
              "Mission zur Feststellung"),
            E("Explosion in a barracks of the Olenivka camp kills 50 Ukrainian prisoners of war", "ASSAULT",
              ["Russia", "Ukraine"], "2022-07-28TNI", "text", "occurred", "Bei der Explosion",
              note="each side blames the other"),
            E("Azovstal defenders surrender after weeks of fighting", "RETREAT", ["Ukraine", "Russia"], "2022-05",
              "text", "occurred", "Azovstal"),
            E("Moscow blames a Ukrainian HIMARS strike for the explosion", "ACCUSE", ["Russia", "Ukraine"],
              "2022-08-04", "published", "occurred", "Himars"),
            E("Peskov calls the deaths a monstrous provocation by Kyiv", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2022-08-01", "text", "occurred", "ungeheuerlichen"),
            E("Ukraine accuses Russia of a deliberate war crime to cover up torture and executions", "ACCUSE",
              ["Ukraine", "Russia"], "2022-08-04", "published", "occurred", "gezielten Kriegsverbrechen"),
            E("Zelensky demands that Russia be designated a terrorist state", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-W30-WE", "text", "occurred", "Terrorstaat"),
            E("Russian defence ministry invites UN and ICRC experts to the site", "REQUEST",
              ["Russia", "United Nations"], "2022-07-30", "text", "occurred", "bereits am Samstag"),
            E("ICRC still without access to the camp", "REJECT", ["Russia"], "2022-08-04", "text", "occurred",
              "bis heute", note="the denial by the Russian side is implied"),
            E("ICRC has repeatedly asked for access", "REQUEST", ["Russia"], "2022-08-04", "published", "occurred",
              "Man habe wiederholt"),
            E("US State Department demands access for independent observers", "REQUEST",
              ["United States", "Russia"], "2022-08-04", "published", "occurred", "US-Aussenministerium"),
            E("Swiss foreign ministry calls on both parties to respect international humanitarian law", "REQUEST",
              ["Russia", "Ukraine"], "2022-08-04", "published", "occurred", "tief besorgt"),
        ],
        [
            S("António Guterres", "Decided to set up a fact-finding mission; both Russia and Ukraine asked for it",
              "2022-08-03", "text", "Mission zur Feststellung"),
            S("Russia", "50 Ukrainian prisoners of war killed and 73 injured in the explosion", "2022-08-04",
              "published", "Bei der Explosion"),
            S("Russia", "A Ukrainian HIMARS strike caused the explosion", "2022-08-04", "published", "Himars"),
            S("Dmitry Peskov", "A monstrous provocation by Kyiv", "2022-08-01", "text", "ungeheuerlichen"),
            S("Ukraine", "A deliberate war crime meant to cover up torture and executions", "2022-08-04",
              "published", "gezielten Kriegsverbrechen"),
            S("Volodymyr Zelensky", "Russia should be officially designated a terrorist state", "2022-W30-WE",
              "text", "Terrorstaat"),
            S("United States", "Demands access for independent observers", "2022-08-04", "published",
              "US-Aussenministerium"),
        ],
        ["António Guterres", "United Nations", "Russia", "Ukraine", "United States", "Dmitry Peskov", "Kremlin",
         "Volodymyr Zelensky"],
    ),
]
