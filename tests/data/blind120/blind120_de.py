"""German articles of the blind120 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b120de01 (L'essentiel, Luxemburg)
DE01 = """
Raffinerien in Russland: USA drängen Kiew offenbar zum Stopp der Drohnenangriffe

Die USA haben die Ukraine nach einem Bericht der „Financial Times“ mehrfach aufgefordert, ihre Drohnenangriffe auf russische Ölraffinerien einzustellen.
Washington fürchte, dass die Angriffe die Ölpreise weltweit in die Höhe treiben und Russland zu Vergeltungsschlägen gegen die ukrainische Energieversorgung provozieren könnten, berichtete die Zeitung am Freitag unter Berufung auf drei mit der Sache vertraute Personen.
Die Warnungen seien an den Inlandsgeheimdienst SBU und den Militärgeheimdienst HUR gegangen, die hinter den Angriffen stehen sollen.

Seit Januar haben ukrainische Drohnen nach Schätzungen von Analysten rund ein Dutzend Raffinerien getroffen, darunter Mitte März Anlagen in Rjasan, Kirischi und Kstowo.
Russland hatte bereits zum 1. März ein sechsmonatiges Exportverbot für Benzin verhängt.
Kremlchef Wladimir Putin hatte am Montag nach seiner Wiederwahl gedroht, Russland werde auf die Angriffe auf seine Grenzregionen und seine Industrie antworten.

Ein Sprecher des Nationalen Sicherheitsrats im Weißen Haus sagte, Washington ermutige oder ermögliche keine Angriffe der Ukraine außerhalb ihres Staatsgebiets.
Ein ranghoher Vertreter des SBU sagte der Zeitung dagegen, die Drohnen würden weiter fliegen, denn die Raffinerien versorgten die russische Armee mit Treibstoff.
Präsident Wolodymyr Selenskyj hatte in der vergangenen Woche betont, die Ukraine greife mit eigenen Drohnen an und brauche dafür niemandes Erlaubnis.

Kremlsprecher Dmitri Peskow sagte am Freitag, die Angriffe zeigten, dass Kiew zu „terroristischen Methoden“ greife.
In der Nacht zum Freitag hatte Russland die ukrainische Energieinfrastruktur mit einem der schwersten Angriffe seit Kriegsbeginn überzogen und unter anderem das Wasserkraftwerk am Dnipro getroffen.
Das russische Verteidigungsministerium sprach am Freitag von einer Antwort auf ukrainische Angriffe auf Energie- und Rüstungsanlagen in Russland.
Außenminister Dmytro Kuleba forderte die Partner am Freitag erneut auf, Patriot-Systeme zu liefern: „Wir brauchen sie jetzt, nicht in einem Monat.“
Die Staats- und Regierungschefs der EU hatten sich am Donnerstag in Brüssel darauf verständigt, Zinserträge aus eingefrorenen russischen Vermögen für Waffen für die Ukraine zu verwenden.

Die Ölpreise legten nach dem Bericht zu: Ein Barrel der Nordseesorte Brent kostete am Freitagnachmittag rund 85 Dollar.
An Luxemburgs Tankstellen steigt der staatlich festgelegte Höchstpreis für Diesel am Samstag um 2,4 Cent auf 1,607 Euro je Liter.
Das Energieministerium passt die Höchstpreise täglich an die Notierungen an.
"""

DOCS.append(doc(
    "b120de01_raffinerien_usa_druck_2024_03", "2024-03-23", DE01,
    [
        T("Freitag", "DATE", "2024-03-22", 0),
        T("Januar", "DATE", "2024-01"),
        T("Mitte März", "DATE", "2024-03", mod="MID"),
        T("1. März", "DATE", "2024-03-01"),
        T("sechsmonatiges", "DURATION", "P6M"),
        T("Montag", "DATE", "2024-03-18"),
        T("der vergangenen Woche", "DATE", "2024-W11"),
        T("Freitag", "DATE", "2024-03-22", 1),
        T("der Nacht zum Freitag", "TIME", "2024-03-21TNI", note="night of 21 to 22 March 2024"),
        T("Freitag", "DATE", "2024-03-22", 3),
        T("Freitag", "DATE", "2024-03-22", 4),
        T("jetzt", "DATE", "PRESENT_REF", note="in Kuleba's quote"),
        T("einem Monat", "DURATION", "P1M", note="'nicht in einem Monat': the point a month after the speech"),
        T("Donnerstag", "DATE", "2024-03-21"),
        T("Freitagnachmittag", "TIME", "2024-03-22TAF"),
        T("Samstag", "DATE", "2024-03-23"),
        T("täglich", "SET", "P1D"),
    ],
    [
        E("US repeatedly urged Ukraine to stop its drone strikes on Russian oil refineries", "REQUEST",
          ["United States", "Ukraine"], "2024-03-22", "context", "occurred", "mehrfach aufgefordert",
          note="dated by the Financial Times report of Friday 22 March; the warnings themselves are undated"),
        E("Ukrainian drones have hit about a dozen Russian refineries since January", "ASSAULT", ["Ukraine", "Russia"],
          "2024-01", "text", "occurred", "Seit Januar haben ukrainische Drohnen", date_mod="START"),
        E("Ukrainian drone strikes on the Ryazan, Kirishi and Kstovo refineries in mid-March", "ASSAULT",
          ["Ukraine", "Russia"], "2024-03", "text", "occurred", "Seit Januar haben ukrainische Drohnen",
          date_mod="MID", note="strikes of 12-13 March 2024"),
        E("Putin threatens to respond to attacks on Russia's border regions and industry", "THREATEN",
          ["Vladimir Putin", "Ukraine"], "2024-03-18", "text", "occurred", "nach seiner Wiederwahl gedroht"),
        E("SBU official rejects the US calls: the drones will keep flying", "REJECT", ["Ukraine", "United States"],
          "2024-03-22", "context", "occurred", "die Drohnen würden weiter fliegen"),
        E("SBU official vows further drone strikes on Russian refineries", "THREATEN", ["Ukraine", "Russia"],
          "2024-03-22", "context", "occurred", "die Drohnen würden weiter fliegen"),
        E("Peskov accuses Kyiv of resorting to terrorist methods", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
          "2024-03-22", "text", "occurred", "zu „terroristischen Methoden“ greife"),
        E("Russian mass strike on Ukraine's energy infrastructure, Dnipro hydroelectric plant hit", "ASSAULT",
          ["Russia", "Ukraine"], "2024-03-21TNI", "text", "occurred", "In der Nacht zum Freitag hatte Russland"),
        E("Russian defence ministry calls the strike a response to Ukrainian attacks on Russia", "ACCUSE",
          ["Russia", "Ukraine"], "2024-03-22", "text", "occurred", "Das russische Verteidigungsministerium sprach"),
        E("Kuleba asks partners again for Patriot systems", "REQUEST", ["Ukraine"], "2024-03-22", "text",
          "occurred", "Patriot-Systeme zu liefern"),
        E("EU leaders agree to use windfall profits from frozen Russian assets for weapons for Ukraine", "AID",
          ["European Union", "Ukraine", "Russia"], "2024-03-21", "text", "occurred", "Zinserträge aus eingefrorenen"),
    ],
    [
        S("White House", "Washington does not encourage or enable Ukrainian attacks outside Ukraine's territory",
          "2024-03-22", "context", "Ein Sprecher des Nationalen Sicherheitsrats"),
        S("Ukraine", "SBU official: the drones will keep flying, the refineries fuel the Russian army", "2024-03-22",
          "context", "die Drohnen würden weiter fliegen"),
        S("Volodymyr Zelensky", "Ukraine strikes with its own drones and needs nobody's permission", "2024-W11", "text",
          "brauche dafür niemandes Erlaubnis"),
        S("Vladimir Putin", "Russia will respond to the attacks on its border regions and industry", "2024-03-18",
          "text", "nach seiner Wiederwahl gedroht"),
        S("Dmitry Peskov", "The attacks show that Kyiv resorts to terrorist methods", "2024-03-22", "text",
          "zu „terroristischen Methoden“ greife"),
        S("Russia", "Defence ministry: the strike was a response to Ukrainian attacks on energy and arms plants",
          "2024-03-22", "text", "Das russische Verteidigungsministerium sprach"),
        S("Ukraine", "Kuleba: we need Patriots now, not in a month", "2024-03-22", "text", "Patriot-Systeme zu liefern"),
    ],
    ["United States", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "White House", "Volodymyr Zelensky",
     "Dmitry Peskov", "European Union"],
))

# ---------------------------------------------------------------- b120de02 (Amberger Zeitung)
DE02 = """
Riesiges Munitionslager in Russland getroffen – Kiew drängt auf Freigabe westlicher Raketen

Kiew/Moskau. Ukrainische Drohnen haben in der Nacht zum Mittwoch ein großes Waffenlager der russischen Armee bei Toropez im Gebiet Twer getroffen und eine Serie gewaltiger Explosionen ausgelöst.
Das Arsenal liegt rund 500 Kilometer von der ukrainischen Grenze entfernt; Erdbebenwarten registrierten die Detonationen als schwaches Beben.
Nach Angaben aus dem ukrainischen Geheimdienst SBU lagerten dort Iskander- und Totschka-U-Raketen, Gleitbomben und Artilleriegranaten.
Gouverneur Igor Rudenja ordnete am Mittwoch eine teilweise Evakuierung von Toropez an und sprach von einem Brand nach dem Absturz von Drohnentrümmern.

Präsident Wolodymyr Selenskyj sagte am Mittwochabend in seiner Videoansprache, der Schlag zeige, was die Ukraine mit eigenen Waffen erreichen könne; mit westlichen Raketen ginge es schneller.
Er werde die Frage bei seiner Reise in die USA in der kommenden Woche ansprechen, wo er Präsident Joe Biden seinen „Siegesplan“ vorlegen will.
Kiew bittet seit Monaten darum, mit amerikanischen ATACMS und britischen Storm-Shadow-Marschflugkörpern Ziele tief in Russland angreifen zu dürfen.
Der britische Premierminister Keir Starmer hatte am Freitag vergangener Woche im Weißen Haus mit Biden darüber beraten, eine Entscheidung wurde aber nicht verkündet.
US-Außenminister Antony Blinken hatte bei seinem Besuch in Kiew vergangene Woche zugesagt, Washington werde seine Unterstützung der Lage auf dem Schlachtfeld „anpassen“.

Kremlchef Wladimir Putin hatte am Donnerstag vergangener Woche gewarnt, eine solche Erlaubnis würde bedeuten, dass sich die Nato-Staaten im Krieg mit Russland befänden.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, Moskau habe seine Antworten auf eine Entscheidung Washingtons und Londons „längst vorbereitet“.
In der Nacht zum Donnerstag griffen russische Drohnen erneut Kiew und die Region Sumy an, teilte die ukrainische Luftwaffe mit.

Bundeskanzler Olaf Scholz bekräftigte am Mittwoch in Berlin sein Nein zur Lieferung des Marschflugkörpers Taurus.
Deutschland werde die Ukraine aber weiter bei der Luftverteidigung unterstützen, zuletzt sei ein weiteres System vom Typ Iris-T übergeben worden, sagte der Kanzler.

Auf dem Truppenübungsplatz Grafenwöhr bildet die US-Armee seit dem Frühjahr 2022 ukrainische Soldaten aus, unter anderem an Schützenpanzern vom Typ Bradley.
In Amberg und im Landkreis leben derzeit rund 1.400 Geflüchtete aus der Ukraine, wie das Landratsamt mitteilte.
"""

DOCS.append(doc(
    "b120de02_toropez_arsenal_freigabe_2024_09", "2024-09-19", DE02,
    [
        T("der Nacht zum Mittwoch", "TIME", "2024-09-17TNI", note="night of 17 to 18 September 2024"),
        T("Mittwoch", "DATE", "2024-09-18", 1),
        T("Mittwochabend", "TIME", "2024-09-18TEV"),
        T("der kommenden Woche", "DATE", "2024-W39"),
        T("Monaten", "DURATION", "PXM"),
        T("Freitag vergangener Woche", "DATE", "2024-09-13"),
        T("vergangene Woche", "DATE", "2024-W37"),
        T("Donnerstag vergangener Woche", "DATE", "2024-09-12"),
        T("Mittwoch", "DATE", "2024-09-18", 2),
        T("der Nacht zum Donnerstag", "TIME", "2024-09-18TNI", note="night of 18 to 19 September 2024"),
        T("Mittwoch", "DATE", "2024-09-18", 3),
        T("zuletzt", "DATE", "PAST_REF"),
        T("dem Frühjahr 2022", "DATE", "2022-SP"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    [
        E("Ukrainian drones hit a large Russian arms depot near Toropets", "ASSAULT", ["Ukraine", "Russia"],
          "2024-09-17TNI", "text", "occurred", "Ukrainische Drohnen haben in der Nacht zum Mittwoch"),
        E("Zelensky to present his victory plan to Biden in the US next week", "CONSULT",
          ["Volodymyr Zelensky", "Joe Biden"], "2024-W39", "text", "planned", "seinen „Siegesplan“ vorlegen"),
        E("Kyiv asks for permission to strike deep into Russia with ATACMS and Storm Shadow", "REQUEST",
          ["Ukraine", "United States", "United Kingdom"], "2024-09-19", "published", "occurred",
          "Kiew bittet seit Monaten", note="ongoing for months"),
        E("Starmer and Biden discuss long-range strikes at the White House", "CONSULT", ["Keir Starmer", "Joe Biden"],
          "2024-09-13", "text", "occurred", "Der britische Premierminister Keir Starmer"),
        E("Blinken visits Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2024-W37", "text", "occurred",
          "bei seinem Besuch in Kiew vergangene Woche", note="visit of 11 September 2024"),
        E("Blinken promises to adapt US support to the battlefield", "AGREE", ["Antony Blinken", "Ukraine"],
          "2024-W37", "context", "occurred", "bei seinem Besuch in Kiew vergangene Woche"),
        E("Putin warns that a permission would mean NATO states are at war with Russia", "REQUEST",
          ["Vladimir Putin", "NATO"], "2024-09-12", "text", "occurred", "eine solche Erlaubnis würde bedeuten"),
        E("Peskov: Moscow's responses to a decision by Washington and London are prepared", "THREATEN",
          ["Dmitry Peskov", "United States", "United Kingdom"], "2024-09-18", "text", "occurred",
          "„längst vorbereitet“"),
        E("Russian drones attack Kyiv and the Sumy region again", "ASSAULT", ["Russia", "Ukraine"], "2024-09-18TNI",
          "text", "occurred", "In der Nacht zum Donnerstag griffen russische Drohnen"),
        E("Scholz reaffirms his no to Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-09-18", "text",
          "occurred", "sein Nein zur Lieferung"),
        E("Scholz promises continued air-defence support", "AGREE", ["Olaf Scholz", "Ukraine"], "2024-09-18",
          "context", "occurred", "weiteres System vom Typ Iris-T"),
        E("Germany hands over a further IRIS-T system", "AID", ["Germany", "Ukraine"], "PAST_REF", "vague",
          "occurred", "weiteres System vom Typ Iris-T"),
        E("US Army trains Ukrainian soldiers at Grafenwöhr", "AID", ["United States", "Ukraine"], "2022-SP", "text",
          "occurred", "Auf dem Truppenübungsplatz Grafenwöhr", date_mod="START"),
    ],
    [
        S("Ukraine", "SBU: Iskander and Tochka-U missiles, glide bombs and shells were stored there", "2024-09-19",
          "published", "Nach Angaben aus dem ukrainischen Geheimdienst"),
        S("Russia", "Governor Rudenya orders a partial evacuation and speaks of a fire after falling drone debris",
          "2024-09-18", "text", "Gouverneur Igor Rudenja"),
        S("Volodymyr Zelensky", "The strike shows what Ukraine can do with its own weapons; Western missiles would be "
          "faster", "2024-09-18TEV", "text", "der Schlag zeige"),
        S("Volodymyr Zelensky", "Will raise the question in the US next week and present the victory plan to Biden",
          "2024-09-18TEV", "context", "seinen „Siegesplan“ vorlegen"),
        S("Antony Blinken", "Washington will adapt its support to the situation on the battlefield", "2024-W37", "text",
          "bei seinem Besuch in Kiew vergangene Woche"),
        S("Vladimir Putin", "A permission would mean NATO states are at war with Russia", "2024-09-12", "text",
          "eine solche Erlaubnis würde bedeuten"),
        S("Dmitry Peskov", "Moscow's responses to a decision by Washington and London have long been prepared",
          "2024-09-18", "text", "„längst vorbereitet“"),
        S("Ukraine", "Air force: Russian drones attacked Kyiv and the Sumy region overnight", "2024-09-19",
          "published", "In der Nacht zum Donnerstag griffen russische Drohnen"),
        S("Olaf Scholz", "No to Taurus", "2024-09-18", "text", "sein Nein zur Lieferung"),
        S("Olaf Scholz", "Germany will keep supporting Ukraine's air defence; another IRIS-T system delivered",
          "2024-09-18", "context", "weiteres System vom Typ Iris-T"),
    ],
    ["Ukraine", "Russia", "Volodymyr Zelensky", "Joe Biden", "United States", "United Kingdom", "Keir Starmer",
     "Antony Blinken", "Vladimir Putin", "Kremlin", "NATO", "Dmitry Peskov", "Olaf Scholz", "Germany"],
))

# ---------------------------------------------------------------- b120de03 (Neu-Ulmer Zeitung)
DE03 = """
Operation „Spinnennetz“: Ukraine trifft Russlands Bomberflotte – heute Gespräche in Istanbul

Kiew/Moskau. Mit einem spektakulären Drohnenangriff auf vier Militärflugplätze tief in Russland hat die Ukraine am Sonntag nach eigenen Angaben 41 Flugzeuge getroffen, darunter strategische Bomber der Typen Tu-95 und Tu-22M3.
Der Geheimdienst SBU sprach von der Operation „Spinnennetz“, die mehr als anderthalb Jahre lang vorbereitet worden sei.
Die Drohnen seien in Lastwagen versteckt nach Russland gebracht und in der Nähe der Stützpunkte Olenja bei Murmansk, Belaja im Gebiet Irkutsk, Djagilewo bei Rjasan und Iwanowo gestartet worden.
Den Schaden bezifferte der SBU auf rund sieben Milliarden Dollar.

Präsident Wolodymyr Selenskyj sprach am Sonntagabend von einem „absolut brillanten Ergebnis“.
Insgesamt seien 117 Drohnen eingesetzt worden, das Büro der Operation habe sich in Russland direkt neben einer Dienststelle des Geheimdienstes FSB befunden, sagte er.
Zugleich forderte Selenskyj die USA und die Europäer auf, den Druck auf Moskau mit neuen Sanktionen zu erhöhen.

Das russische Verteidigungsministerium bestätigte Angriffe auf Flugplätze in fünf Regionen und sprach von einem „Terrorakt“ des „Kiewer Regimes“.
In den Gebieten Murmansk und Irkutsk seien mehrere Flugzeuge in Brand geraten, einige Beteiligte seien festgenommen worden.
In der Nacht zum Sonntag waren in den Gebieten Brjansk und Kursk zwei Brücken eingestürzt; bei Brjansk entgleiste ein Personenzug, mindestens sieben Menschen starben.
Russland seinerseits griff die Ukraine in derselben Nacht mit 472 Drohnen an, so vielen wie nie zuvor, teilte die ukrainische Luftwaffe mit.
Bei einem russischen Raketenangriff auf einen Übungsplatz der ukrainischen Armee wurden am Sonntag zudem zwölf Soldaten getötet.

Trotz der Eskalation reist die ukrainische Delegation unter Leitung von Verteidigungsminister Rustem Umjerow zu einer zweiten Verhandlungsrunde mit Russland nach Istanbul, die um 13 Uhr Ortszeit im Çırağan-Palast beginnen soll.
Selenskyj hatte am Sonntag die Ziele genannt: eine vollständige und bedingungslose Waffenruhe, die Freilassung von Gefangenen und die Rückkehr verschleppter Kinder.
Die russische Delegation führt erneut Präsidentenberater Wladimir Medinski; Moskau will ein eigenes „Memorandum“ mit Bedingungen für eine Waffenruhe vorlegen.
Gastgeber ist wie schon bei der ersten Runde Mitte Mai die Türkei, vertreten durch Außenminister Hakan Fidan.

In Ulm, wo das Nato-Kommando JSEC Truppen- und Materialtransporte im Bündnisgebiet koordiniert, wird die Lage genau verfolgt.
Bei einer Mahnwache der ukrainischen Gemeinde auf dem Neu-Ulmer Petrusplatz gedachten am Sonntagnachmittag rund 80 Menschen der Opfer der jüngsten russischen Angriffe.
"""

DOCS.append(doc(
    "b120de03_spinnennetz_bomber_istanbul_2025_06", "2025-06-02", DE03,
    [
        T("heute", "DATE", "2025-06-02"),
        T("Sonntag", "DATE", "2025-06-01", 0),
        T("mehr als anderthalb Jahre", "DURATION", "P1.5Y", mod="MORE_THAN"),
        T("Sonntagabend", "TIME", "2025-06-01TEV"),
        T("der Nacht zum Sonntag", "TIME", "2025-05-31TNI", note="night of 31 May to 1 June 2025"),
        T("derselben Nacht", "TIME", "2025-05-31TNI", note="the night to Sunday named in the sentence before"),
        T("Sonntag", "DATE", "2025-06-01", 2),
        T("13 Uhr Ortszeit", "TIME", "2025-06-02T13:00", note="Istanbul local time"),
        T("Sonntag", "DATE", "2025-06-01", 3),
        T("Mitte Mai", "DATE", "2025-05", mod="MID"),
        T("Sonntagnachmittag", "TIME", "2025-06-01TAF"),
    ],
    [
        E("Ukraine's Operation Spiderweb: drone attack on four Russian military airfields, 41 aircraft hit",
          "ASSAULT", ["Ukraine", "Russia"], "2025-06-01", "text", "occurred", "Mit einem spektakulären Drohnenangriff"),
        E("Zelensky calls on the US and the Europeans to raise pressure on Moscow with new sanctions", "REQUEST",
          ["Volodymyr Zelensky", "United States", "European Union"], "2025-06-01TEV", "context", "occurred",
          "Zugleich forderte Selenskyj"),
        E("Russian defence ministry calls the attack a terrorist act of the Kyiv regime", "ACCUSE",
          ["Russia", "Ukraine"], "2025-06-01", "context", "occurred", "sprach von einem „Terrorakt“"),
        E("Russia attacks Ukraine with a record 472 drones", "ASSAULT", ["Russia", "Ukraine"], "2025-05-31TNI", "text",
          "occurred", "in derselben Nacht mit 472 Drohnen"),
        E("Russian missile strike on a Ukrainian army training ground kills twelve soldiers", "ASSAULT",
          ["Russia", "Ukraine"], "2025-06-01", "text", "occurred", "Raketenangriff auf einen Übungsplatz"),
        E("Second round of Russia–Ukraine talks in Istanbul, hosted by Turkey", "CONSULT",
          ["Ukraine", "Russia", "Rustem Umerov", "Vladimir Medinsky", "Turkey", "Hakan Fidan"], "2025-06-02T13:00",
          "text", "planned", "zu einer zweiten Verhandlungsrunde"),
        E("Zelensky's aims: full unconditional ceasefire, release of prisoners, return of deported children",
          "REQUEST", ["Volodymyr Zelensky", "Russia"], "2025-06-01", "text", "occurred", "die Ziele genannt"),
        E("Russia to present a memorandum with conditions for a ceasefire", "REQUEST", ["Russia", "Ukraine"],
          "2025-06-02", "context", "planned", "ein eigenes „Memorandum“"),
        E("First round of talks in Istanbul in mid-May, hosted by Turkey", "CONSULT", ["Ukraine", "Russia", "Turkey"],
          "2025-05", "text", "occurred", "wie schon bei der ersten Runde Mitte Mai", date_mod="MID",
          note="16 May 2025"),
    ],
    [
        S("Ukraine", "Ukraine hit 41 aircraft, including Tu-95 and Tu-22M3 bombers", "2025-06-01", "context",
          "Mit einem spektakulären Drohnenangriff"),
        S("Ukraine", "SBU: Operation Spiderweb was prepared for more than a year and a half", "2025-06-01", "context",
          "mehr als anderthalb Jahre lang"),
        S("Ukraine", "SBU: drones hidden in trucks were launched near Olenya, Belaya, Dyagilevo and Ivanovo",
          "2025-06-01", "context", "in Lastwagen versteckt"),
        S("Ukraine", "SBU: the damage amounts to about seven billion dollars", "2025-06-01", "context",
          "Den Schaden bezifferte"),
        S("Volodymyr Zelensky", "An absolutely brilliant result", "2025-06-01TEV", "text", "absolut brillanten"),
        S("Volodymyr Zelensky", "117 drones used; the operation's office was next to an FSB building in Russia",
          "2025-06-01TEV", "context", "Insgesamt seien 117 Drohnen"),
        S("Volodymyr Zelensky", "The US and the Europeans should raise pressure on Moscow with new sanctions",
          "2025-06-01TEV", "context", "Zugleich forderte Selenskyj"),
        S("Russia", "Defence ministry confirms attacks on airfields in five regions, calls it a terrorist act",
          "2025-06-01", "context", "sprach von einem „Terrorakt“"),
        S("Russia", "Defence ministry: several aircraft caught fire in Murmansk and Irkutsk; participants detained",
          "2025-06-01", "context", "mehrere Flugzeuge in Brand geraten"),
        S("Ukraine", "Air force: Russia attacked with a record 472 drones overnight", "2025-06-01", "context",
          "in derselben Nacht mit 472 Drohnen"),
        S("Volodymyr Zelensky", "Aims for Istanbul: full ceasefire, release of prisoners, return of children",
          "2025-06-01", "text", "die Ziele genannt"),
    ],
    ["Ukraine", "Russia", "Volodymyr Zelensky", "United States", "European Union", "Rustem Umerov",
     "Vladimir Medinsky", "Turkey", "Hakan Fidan", "NATO"],
))

# ---------------------------------------------------------------- b120de04 (Salto.bz, Bozen)
DE04 = """
Nach „Spinnennetz“: Washington geht auf Distanz, Moskau droht mit Vergeltung

Drei Tage nach dem ukrainischen Drohnenangriff auf russische Bomberstützpunkte bemüht sich die US-Regierung um Abstand, während Moskau Vergeltung ankündigt.
US-Präsident Donald Trump sei vorab nicht über die Operation informiert worden, sagte eine Sprecherin des Weißen Hauses am Montag.
Trumps Sondergesandter Keith Kellogg sagte am Dienstag dem Sender Fox News, wer einen Teil des nationalen Überlebenssystems des Gegners angreife, erhöhe das Risiko „dramatisch“, und mahnte beide Seiten zur Zurückhaltung.
Der republikanische Senator Lindsey Graham lobte den Angriff dagegen und kündigte an, sein Gesetz für harte Sanktionen gegen Russland könne in den kommenden Wochen im Senat zur Abstimmung kommen.

Der frühere russische Präsident Dmitri Medwedew schrieb am Dienstag auf Telegram, die Gespräche in Istanbul dienten nicht einem Kompromissfrieden, sondern dem schnellen Sieg Russlands.
„Vergeltung ist unausweichlich“, fügte Medwedew hinzu.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Präsident Wladimir Putin werde selbst entscheiden, wann und wie Russland auf die „Terrorakte“ antworte.
Außenamtssprecherin Maria Sacharowa warf London vor, an der Planung des Angriffs beteiligt gewesen zu sein, legte dafür aber keine Belege vor.

In Rom telefonierte Ministerpräsidentin Giorgia Meloni am Dienstag mit Präsident Wolodymyr Selenskyj.
Sie sicherte ihm weitere Unterstützung Italiens zu und rief zugleich beide Seiten auf, den Weg der Verhandlungen nicht zu verlassen, hieß es aus dem Palazzo Chigi.
Außenminister Antonio Tajani nannte die Lage „sehr ernst“.
Bundeskanzler Friedrich Merz, der am Donnerstag von Trump im Weißen Haus empfangen wird, sagte, die Ukraine verteidige sich im Rahmen des Völkerrechts.
Die EU-Außenbeauftragte Kaja Kallas erklärte, die Verantwortung für jede Eskalation trage Russland, das seine Angriffe auf ukrainische Städte jede Nacht fortsetze.

Selenskyj forderte am Dienstagabend in seiner Videoansprache von den USA und der EU erneut neue Sanktionen, damit Moskau „den Preis des Krieges spürt“.
Nach ukrainischen Angaben wurden bei dem Angriff am Sonntag 41 Flugzeuge getroffen, unabhängige Analysten gehen anhand von Satellitenbildern von mindestens zehn zerstörten Maschinen aus.

In Südtirol leben derzeit rund 1.500 Menschen aus der Ukraine.
Die ukrainische Gemeinschaft in Bozen lädt für kommenden Sonntag zu einem Friedensgebet in den Dom.
"""

DOCS.append(doc(
    "b120de04_reaktionen_spinnennetz_2025_06", "2025-06-04", DE04,
    [
        T("Montag", "DATE", "2025-06-02"),
        T("Dienstag", "DATE", "2025-06-03", 0),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("Dienstag", "DATE", "2025-06-03", 1),
        T("Dienstag", "DATE", "2025-06-03", 2),
        T("Dienstag", "DATE", "2025-06-03", 3),
        T("Donnerstag", "DATE", "2025-06-05"),
        T("jede Nacht", "SET", "P1D"),
        T("Dienstagabend", "TIME", "2025-06-03TEV"),
        T("Sonntag", "DATE", "2025-06-01", 0),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("kommenden Sonntag", "DATE", "2025-06-08"),
    ],
    [
        E("Kellogg warns the risk rises dramatically and urges both sides to show restraint", "REQUEST",
          ["Keith Kellogg", "Ukraine", "Russia"], "2025-06-03", "text", "occurred", "mahnte beide Seiten"),
        E("Senator Graham praises the Ukrainian attack", "SUPPORT", ["United States", "Ukraine"], "2025-06-04",
          "published", "occurred", "Lindsey Graham lobte"),
        E("Senate vote on Graham's sanctions bill against Russia in the coming weeks", "SANCTION",
          ["United States", "Russia"], "FUTURE_REF", "vague", "planned", "Lindsey Graham lobte"),
        E("Medvedev: the Istanbul talks are not for a compromise peace but for Russia's quick victory", "REJECT",
          ["Russia", "Ukraine"], "2025-06-03", "text", "occurred", "dienten nicht einem Kompromissfrieden"),
        E("Medvedev: retaliation is inevitable", "THREATEN", ["Russia", "Ukraine"], "2025-06-03", "context",
          "occurred", "„Vergeltung ist unausweichlich“"),
        E("Peskov: Putin will decide when and how Russia responds", "THREATEN", ["Dmitry Peskov", "Ukraine"],
          "2025-06-03", "text", "occurred", "werde selbst entscheiden"),
        E("Peskov calls the Ukrainian attacks terrorist acts", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-06-03",
          "text", "occurred", "werde selbst entscheiden"),
        E("Zakharova accuses London of involvement in planning the attack", "ACCUSE",
          ["Maria Zakharova", "United Kingdom"], "2025-06-04", "published", "occurred", "warf London vor"),
        E("Meloni–Zelensky phone call", "CONSULT", ["Giorgia Meloni", "Volodymyr Zelensky"], "2025-06-03", "text",
          "occurred", "In Rom telefonierte Ministerpräsidentin"),
        E("Meloni promises Zelensky further Italian support", "AGREE", ["Giorgia Meloni", "Ukraine"], "2025-06-03",
          "context", "occurred", "Sie sicherte ihm weitere Unterstützung"),
        E("Meloni calls on both sides to stay on the path of negotiations", "REQUEST",
          ["Giorgia Meloni", "Ukraine", "Russia"], "2025-06-03", "context", "occurred",
          "Sie sicherte ihm weitere Unterstützung"),
        E("Trump to receive Merz at the White House", "CONSULT", ["Friedrich Merz", "Donald Trump"], "2025-06-05",
          "text", "planned", "von Trump im Weißen Haus empfangen"),
        E("Merz: Ukraine defends itself within international law", "SUPPORT", ["Friedrich Merz", "Ukraine"],
          "2025-06-04", "published", "occurred", "verteidige sich im Rahmen des Völkerrechts"),
        E("Kallas holds Russia responsible for any escalation", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-06-04",
          "published", "occurred", "die Verantwortung für jede Eskalation"),
        E("Zelensky again asks the US and the EU for new sanctions", "REQUEST",
          ["Volodymyr Zelensky", "United States", "European Union"], "2025-06-03TEV", "text", "occurred",
          "Selenskyj forderte am Dienstagabend"),
        E("Ukraine's drone attack on Russian airfields, 41 aircraft hit", "ASSAULT", ["Ukraine", "Russia"],
          "2025-06-01", "text", "occurred", "41 Flugzeuge getroffen"),
    ],
    [
        S("White House", "Trump was not informed of the operation in advance", "2025-06-02", "text",
          "nicht über die Operation informiert"),
        S("Keith Kellogg", "Attacking part of the opponent's national survival system raises the risk dramatically; "
          "urges restraint", "2025-06-03", "text", "mahnte beide Seiten"),
        S("United States", "Graham praises the attack; his sanctions bill could come to a vote in the coming weeks",
          "2025-06-04", "published", "Lindsey Graham lobte"),
        S("Russia", "Medvedev: the Istanbul talks serve Russia's quick victory, not a compromise peace", "2025-06-03",
          "text", "dienten nicht einem Kompromissfrieden"),
        S("Russia", "Medvedev: retaliation is inevitable", "2025-06-03", "context", "„Vergeltung ist unausweichlich“"),
        S("Dmitry Peskov", "Putin will decide himself when and how Russia responds to the terrorist acts", "2025-06-03",
          "text", "werde selbst entscheiden"),
        S("Maria Zakharova", "London was involved in planning the attack", "2025-06-04", "published",
          "warf London vor"),
        S("Giorgia Meloni", "Italy's support continues; both sides should stay on the path of negotiations",
          "2025-06-03", "context", "Sie sicherte ihm weitere Unterstützung"),
        S("Friedrich Merz", "Ukraine defends itself within international law", "2025-06-04", "published",
          "verteidige sich im Rahmen des Völkerrechts"),
        S("Kaja Kallas", "Russia bears responsibility for any escalation as it keeps attacking Ukrainian cities",
          "2025-06-04", "published", "die Verantwortung für jede Eskalation"),
        S("Volodymyr Zelensky", "The US and the EU should impose new sanctions so that Moscow feels the price of war",
          "2025-06-03TEV", "text", "Selenskyj forderte am Dienstagabend"),
        S("Ukraine", "41 aircraft were hit in Sunday's attack", "2025-06-04", "published", "41 Flugzeuge getroffen"),
    ],
    ["United States", "Donald Trump", "White House", "Keith Kellogg", "Russia", "Ukraine", "Dmitry Peskov",
     "Kremlin", "Vladimir Putin", "Maria Zakharova", "United Kingdom", "Giorgia Meloni", "Volodymyr Zelensky",
     "Friedrich Merz", "Germany", "Kaja Kallas", "European Union"],
))

# ---------------------------------------------------------------- b120de05 (Militär Aktuell, Wien)
DE05 = """
„Ohne Angriff kein Sieg“: Trumps Kurswechsel, das Pentagon und die Flamingo

US-Präsident Donald Trump hat mit einem Beitrag auf seiner Plattform Truth Social die Debatte über ukrainische Schläge gegen Ziele in Russland neu entfacht.
Es sei „sehr schwer, wenn nicht unmöglich“, einen Krieg zu gewinnen, ohne das Land des Angreifers anzugreifen, schrieb Trump am Donnerstag.
Die Ukraine gleiche einem Sportteam mit hervorragender Abwehr, das nicht angreifen dürfe; dafür machte er seinen Vorgänger Joe Biden verantwortlich.

Wie das „Wall Street Journal“ am Samstag berichtete, verhindert das Pentagon allerdings seit dem späten Frühjahr, dass die Ukraine ATACMS-Raketen mit rund 300 Kilometern Reichweite gegen Ziele in Russland einsetzt.
Über jeden Einsatz entscheide nach einem Prüfverfahren unter Staatssekretär Elbridge Colby letztlich Verteidigungsminister Pete Hegseth; mindestens ein Antrag Kiews sei abgelehnt worden.
Das Pentagon wollte den Bericht nicht kommentieren.

Kiew setzt deshalb zunehmend auf eigene Waffen.
Präsident Wolodymyr Selenskyj stellte am Donnerstag den Marschflugkörper FP-5 „Flamingo“ vor, der nach Herstellerangaben bis zu 3.000 Kilometer weit fliegen und einen Gefechtskopf von rund einer Tonne tragen kann.
Die Serienfertigung solle bis Ende des Jahres deutlich ausgeweitet werden, sagte Selenskyj.
Bei den Feiern zum Unabhängigkeitstag in Kiew zeichnete er am Sonntag den US-Sondergesandten Keith Kellogg mit einem Orden aus.
In seiner Ansprache am selben Tag kündigte Selenskyj an, Russland werde den Krieg künftig stärker „auf seinem eigenen Gebiet spüren“.

Noch am Sonntag griffen ukrainische Drohnen den Ostseehafen Ust-Luga an, wo nach Behördenangaben ein Brand an einem Terminal des Gaskonzerns Novatek ausbrach.
In der Nacht zum Sonntag hatte eine Drohne nach russischen Angaben einen Transformator des Kernkraftwerks Kursk beschädigt; die IAEA rief beide Seiten zu größter Zurückhaltung auf.

Außenminister Sergej Lawrow warf Kiew am Sonntag im US-Fernsehen vor, mit den Angriffen die Verhandlungen zu sabotieren.
Putin sei zu einem Treffen mit Selenskyj bereit, sobald eine Tagesordnung für ein Gipfeltreffen ausgearbeitet sei, sagte Lawrow.
Kremlsprecher Dmitri Peskow nannte Trumps Beitrag eine „Meinung“, die Moskau nicht kommentiere.

Für das Bundesheer ist die Debatte lehrreich: Die Reichweite westlicher Waffen wird in Washington politisch gesteuert, die eigener Entwicklungen nicht.
"""

DOCS.append(doc(
    "b120de05_trump_atacms_flamingo_2025_08", "2025-08-25", DE05,
    [
        T("Donnerstag", "DATE", "2025-08-21", 0),
        T("Samstag", "DATE", "2025-08-23"),
        T("dem späten Frühjahr", "DATE", "2025-SP", mod="END"),
        T("Donnerstag", "DATE", "2025-08-21", 1),
        T("Ende des Jahres", "DATE", "2025", mod="END"),
        T("Sonntag", "DATE", "2025-08-24", 0),
        T("selben Tag", "DATE", "2025-08-24"),
        T("Sonntag", "DATE", "2025-08-24", 1),
        T("der Nacht zum Sonntag", "TIME", "2025-08-23TNI", note="night of 23 to 24 August 2025"),
        T("Sonntag", "DATE", "2025-08-24", 3),
    ],
    [
        E("Trump blames Biden for not letting Ukraine strike the invader's territory", "ACCUSE",
          ["Donald Trump", "Joe Biden"], "2025-08-21", "context", "occurred", "machte er seinen Vorgänger"),
        E("Pentagon blocks Ukraine from firing ATACMS at targets inside Russia", "REJECT", ["United States", "Ukraine"],
          "2025-SP", "text", "occurred", "verhindert das Pentagon allerdings", date_mod="END",
          note="in force since late spring; reported by the WSJ on Saturday 23 August"),
        E("Kyiv requests the use of ATACMS against a target in Russia", "REQUEST", ["Ukraine", "United States"],
          "2025-SP", "context", "occurred", "mindestens ein Antrag Kiews", date_mod="END"),
        E("The Pentagon rejects at least one Ukrainian request", "REJECT", ["United States", "Ukraine"], "2025-SP",
          "context", "occurred", "mindestens ein Antrag Kiews", date_mod="END"),
        E("Zelensky decorates US envoy Kellogg at the Independence Day celebrations", "SUPPORT",
          ["Volodymyr Zelensky", "Keith Kellogg"], "2025-08-24", "text", "occurred", "mit einem Orden aus"),
        E("Zelensky: Russia will feel the war on its own territory", "THREATEN", ["Volodymyr Zelensky", "Russia"],
          "2025-08-24", "text", "occurred", "auf seinem eigenen Gebiet spüren"),
        E("Ukrainian drones attack the port of Ust-Luga, fire at a Novatek terminal", "ASSAULT", ["Ukraine", "Russia"],
          "2025-08-24", "text", "occurred", "den Ostseehafen Ust-Luga"),
        E("Drone damages a transformer of the Kursk nuclear power plant", "ASSAULT", ["Ukraine", "Russia"],
          "2025-08-23TNI", "text", "occurred", "Kernkraftwerks Kursk", note="by the Russian account"),
        E("IAEA calls on both sides for maximum restraint", "REQUEST", ["IAEA", "Ukraine", "Russia"], "2025-08-25",
          "published", "occurred", "Kernkraftwerks Kursk"),
        E("Lavrov accuses Kyiv of sabotaging the negotiations with its attacks", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2025-08-24", "text", "occurred", "die Verhandlungen zu sabotieren"),
        E("Putin ready to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"], "2025-08-24", "context",
          "occurred", "Putin sei zu einem Treffen mit Selenskyj bereit"),
        E("Putin's condition: an agenda for a summit must be worked out first", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2025-08-24", "context", "occurred",
          "Putin sei zu einem Treffen mit Selenskyj bereit"),
    ],
    [
        S("Donald Trump", "It is very hard, if not impossible, to win a war without attacking the invader's country",
          "2025-08-21", "text", "schrieb Trump am Donnerstag"),
        S("Donald Trump", "Ukraine is like a team with a great defence that may not attack; Biden is to blame",
          "2025-08-21", "context", "machte er seinen Vorgänger"),
        S("Volodymyr Zelensky", "Serial production of the Flamingo is to be expanded by the end of the year",
          "2025-08-21", "context", "Die Serienfertigung solle"),
        S("Volodymyr Zelensky", "Russia will feel the war more on its own territory", "2025-08-24", "text",
          "auf seinem eigenen Gebiet spüren"),
        S("Russia", "Authorities: fire at a Novatek terminal in Ust-Luga", "2025-08-24", "context",
          "den Ostseehafen Ust-Luga"),
        S("Russia", "A drone damaged a transformer of the Kursk nuclear plant", "2025-08-24", "context",
          "Kernkraftwerks Kursk"),
        S("IAEA", "Calls on both sides for maximum restraint", "2025-08-25", "published", "Kernkraftwerks Kursk"),
        S("Sergey Lavrov", "Kyiv sabotages the negotiations with its attacks", "2025-08-24", "text",
          "die Verhandlungen zu sabotieren"),
        S("Vladimir Putin, via Sergey Lavrov", "Ready to meet Zelensky once a summit agenda is worked out",
          "2025-08-24", "context", "Putin sei zu einem Treffen mit Selenskyj bereit"),
        S("Dmitry Peskov", "Trump's post is an opinion that Moscow does not comment on", "2025-08-25", "published",
          "eine „Meinung“"),
    ],
    ["Donald Trump", "United States", "Ukraine", "Russia", "Joe Biden", "Volodymyr Zelensky", "Keith Kellogg", "IAEA",
     "Sergey Lavrov", "Vladimir Putin", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b120de06 (HANSA, Hamburg)
DE06 = """
Drohnen auf Primorsk und Kirischi: Russlands Ostsee-Ölexporte unter Beschuss

Ukrainische Drohnen haben am Freitag den Ölhafen Primorsk am Finnischen Meerbusen angegriffen, über den Russland einen großen Teil seiner seewärtigen Rohölexporte abwickelt.
Nach Angaben von Gouverneur Alexander Drosdenko geriet ein Tanker an der Pier in Brand, zudem wurde eine Pumpstation getroffen; das Feuer sei nach einigen Stunden gelöscht worden.
Die Verladung am Terminal des Pipelinebetreibers Transneft wurde nach Angaben von Schiffsmaklern vorübergehend unterbrochen.
Am Sonntag folgte ein Angriff auf die Raffinerie Kirischi, mit rund 20 Millionen Tonnen Jahreskapazität eine der größten des Landes.
Der ukrainische Generalstab meldete einen Brand in der Anlage, Drosdenko erklärte, drei Drohnen seien abgeschossen worden.

Präsident Wolodymyr Selenskyj nennt die Schläge gegen die russische Ölindustrie „Langstrecken-Sanktionen“, die schneller wirkten als jedes Sanktionspaket.
Am Samstagabend kündigte er in seiner Videoansprache weitere Angriffe an, solange Russland den Krieg fortsetze.

US-Präsident Donald Trump erklärte am Samstag in einem Brief an die Nato-Staaten, er sei zu „großen Sanktionen“ gegen Russland bereit, sobald alle Bündnispartner aufhörten, russisches Öl zu kaufen.
Zudem sollten die Nato-Länder Zölle von 50 bis 100 Prozent auf Waren aus China erheben, die nach dem Ende des Krieges wieder aufgehoben würden.
In Brüssel verzögert sich unterdessen das 19. Sanktionspaket der EU, das weitere Tanker der Schattenflotte auf die Liste setzen soll; die Vorstellung war ursprünglich für vergangenen Freitag geplant.
Kommissionspräsidentin Ursula von der Leyen sagte, man wolle Russlands Öleinnahmen „schneller und härter“ treffen.

Für Reedereien und Versicherer steigt das Risiko in der Ostsee: Makler berichten von deutlich höheren Kriegsrisikoprämien für Anläufe russischer Häfen als noch im August.
Bereits am 24. August war in Ust-Luga ein Gasterminal des Konzerns Novatek nach einem Drohnenangriff in Brand geraten.
Polen hatte am vergangenen Mittwoch russische Drohnen über seinem Gebiet abgeschossen und bei der Nato Konsultationen nach Artikel 4 beantragt.

Kremlsprecher Dmitri Peskow sagte am Montag, die Angriffe auf zivile Energieanlagen zeigten, dass Kiew kein Interesse an Frieden habe.
Die Nato sei faktisch bereits Kriegspartei, fügte er hinzu.
"""

DOCS.append(doc(
    "b120de06_primorsk_kirischi_ostsee_2025_09", "2025-09-15", DE06,
    [
        T("Freitag", "DATE", "2025-09-12", 0),
        T("einigen Stunden", "DURATION", "PXH"),
        T("Sonntag", "DATE", "2025-09-14"),
        T("Samstagabend", "TIME", "2025-09-13TEV"),
        T("Samstag", "DATE", "2025-09-13"),
        T("vergangenen Freitag", "DATE", "2025-09-12"),
        T("August", "DATE", "2025-08", 0),
        T("24. August", "DATE", "2025-08-24"),
        T("vergangenen Mittwoch", "DATE", "2025-09-10"),
        T("Montag", "DATE", "2025-09-15"),
    ],
    [
        E("Ukrainian drones attack the oil port of Primorsk", "ASSAULT", ["Ukraine", "Russia"], "2025-09-12", "text",
          "occurred", "den Ölhafen Primorsk"),
        E("Ukrainian drone attack on the Kirishi refinery", "ASSAULT", ["Ukraine", "Russia"], "2025-09-14", "text",
          "occurred", "Am Sonntag folgte ein Angriff"),
        E("Zelensky announces further strikes as long as Russia continues the war", "THREATEN",
          ["Volodymyr Zelensky", "Russia"], "2025-09-13TEV", "text", "occurred", "kündigte er in seiner Videoansprache"),
        E("Trump ready for major sanctions on Russia once all NATO allies stop buying Russian oil", "THREATEN",
          ["Donald Trump", "Russia"], "2025-09-13", "text", "occurred", "in einem Brief an die Nato-Staaten"),
        E("Trump demands that NATO allies stop buying Russian oil", "REQUEST", ["Donald Trump", "NATO"], "2025-09-13",
          "text", "occurred", "in einem Brief an die Nato-Staaten"),
        E("Trump asks NATO countries to impose tariffs of 50 to 100 percent on China", "REQUEST",
          ["Donald Trump", "NATO", "China"], "2025-09-13", "context", "occurred", "Zölle von 50 bis 100 Prozent"),
        E("EU's 19th sanctions package against Russia delayed", "SANCTION", ["European Union", "Russia"], "2025-09-15",
          "published", "planned", "das 19. Sanktionspaket der EU",
          note="presentation originally planned for Friday 12 September"),
        E("Drone attack sets a Novatek gas terminal in Ust-Luga on fire", "ASSAULT", ["Ukraine", "Russia"],
          "2025-08-24", "text", "occurred", "Bereits am 24. August"),
        E("Russian drones enter Polish airspace and are shot down", "ASSAULT", ["Russia", "Poland"], "2025-09-10",
          "text", "occurred", "Polen hatte am vergangenen Mittwoch"),
        E("Poland requests Article 4 consultations in NATO", "REQUEST", ["Poland", "NATO"], "2025-09-10", "context",
          "occurred", "Polen hatte am vergangenen Mittwoch"),
        E("Peskov: the attacks show Kyiv is not interested in peace", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
          "2025-09-15", "text", "occurred", "kein Interesse an Frieden"),
        E("Peskov: NATO is de facto already a party to the war", "ACCUSE", ["Dmitry Peskov", "NATO"], "2025-09-15",
          "context", "occurred", "faktisch bereits Kriegspartei"),
    ],
    [
        S("Russia", "Governor Drozdenko: a tanker caught fire at the pier, a pumping station was hit", "2025-09-12",
          "context", "Nach Angaben von Gouverneur Alexander Drosdenko"),
        S("Ukraine", "General Staff: fire at the Kirishi refinery", "2025-09-14", "context",
          "Der ukrainische Generalstab meldete"),
        S("Russia", "Drozdenko: three drones were shot down", "2025-09-14", "context",
          "Der ukrainische Generalstab meldete"),
        S("Volodymyr Zelensky", "The strikes on Russia's oil industry are long-range sanctions that work faster than any "
          "package", "2025-09-15", "published", "Langstrecken-Sanktionen"),
        S("Volodymyr Zelensky", "Further strikes as long as Russia continues the war", "2025-09-13TEV", "text",
          "kündigte er in seiner Videoansprache"),
        S("Donald Trump", "Ready for major sanctions once all NATO allies stop buying Russian oil", "2025-09-13",
          "text", "in einem Brief an die Nato-Staaten"),
        S("Donald Trump", "NATO countries should impose 50 to 100 percent tariffs on China until the war ends",
          "2025-09-13", "context", "Zölle von 50 bis 100 Prozent"),
        S("Ursula von der Leyen", "The EU wants to hit Russia's oil revenue faster and harder", "2025-09-15",
          "published", "schneller und härter"),
        S("Dmitry Peskov", "The attacks on civilian energy sites show Kyiv has no interest in peace", "2025-09-15",
          "text", "kein Interesse an Frieden"),
        S("Dmitry Peskov", "NATO is de facto already a party to the war", "2025-09-15", "context",
          "faktisch bereits Kriegspartei"),
    ],
    ["Ukraine", "Russia", "Volodymyr Zelensky", "Donald Trump", "United States", "NATO", "China", "European Union",
     "Ursula von der Leyen", "Poland", "Dmitry Peskov", "Kremlin"],
))
