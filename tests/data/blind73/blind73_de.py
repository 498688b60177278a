"""German articles of the blind73 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b73de01 (Thüringische Landeszeitung)
DE01 = """
Raketen auf Winnyzja: Selenskyj spricht von „offenem Terrorakt“

Kiew/Weimar. Russische Marschflugkörper haben am Donnerstag das Zentrum der zentralukrainischen Großstadt Winnyzja getroffen und mindestens 23 Menschen getötet, darunter drei Kinder.
Nach Angaben der ukrainischen Luftwaffe wurden die Raketen vom Typ Kalibr um 10.50 Uhr Ortszeit von einem U-Boot im Schwarzen Meer abgefeuert.
Getroffen wurden ein Bürogebäude, ein Ärztezentrum und das Haus der Offiziere, in dem an diesem Tag ein Konzert stattfinden sollte.

Präsident Wolodymyr Selenskyj sprach noch am Donnerstag von einem „offenen Terrorakt“ gegen Zivilisten.
Russland töte jeden Tag Menschen, die mit dem Krieg nichts zu tun hätten, sagte er in seiner abendlichen Videoansprache und forderte, das Land endlich offiziell als Terrorstaat einzustufen.
Zuvor hatte sich der Staatschef per Video an eine Konferenz in Den Haag gewandt, auf der Vertreter von rund 40 Staaten, der EU und des Internationalen Strafgerichtshofs über die Aufklärung russischer Kriegsverbrechen berieten.
Dort verlangte er ein Sondertribunal für die Aggression gegen sein Land.

Das Verteidigungsministerium in Moskau erklärte am Freitag, die „Hochpräzisionswaffen“ hätten im Haus der Offiziere eine Sitzung der ukrainischen Luftwaffenführung mit Vertretern ausländischer Waffenlieferanten getroffen.
Alle Teilnehmer seien „ausgeschaltet“ worden.
Kremlsprecher Dmitri Peskow verwies auf Nachfrage an das Militär und bekräftigte, die russischen Streitkräfte griffen keine zivilen Ziele an.
In Kiew wurde diese Darstellung als Lüge zurückgewiesen: In dem Gebäude habe sich kein Militär aufgehalten.

UN-Generalsekretär António Guterres zeigte sich „entsetzt“ und verlangte, die Verantwortlichen für Verstöße gegen das Völkerrecht zur Rechenschaft zu ziehen.
Der EU-Außenbeauftragte Josep Borrell verurteilte die „Gräueltat“ und kündigte an, die Europäische Union werde dafür sorgen, dass die Täter nicht straflos bleiben.
Bundeskanzler Olaf Scholz schrieb auf Twitter, Russland greife gezielt Zivilisten an, und sicherte Kiew weitere Unterstützung zu, „so lange wie nötig“.

Der Angriff überschattet die Bemühungen um die blockierten Getreideexporte.
Erst am Mittwoch hatten Militärdelegationen Russlands und der Ukraine in Istanbul unter Vermittlung der Türkei und der Vereinten Nationen über die Ausfuhr aus den Schwarzmeerhäfen verhandelt.
Der türkische Verteidigungsminister Hulusi Akar sprach anschließend von einer Einigung auf ein gemeinsames Koordinierungszentrum in Istanbul; unterzeichnet werden soll kommende Woche.
Guterres nannte das Ergebnis einen „entscheidenden Schritt“.
Kremlchef Wladimir Putin reist am Dienstag nach Teheran, wo er mit dem iranischen Präsidenten Ebrahim Raisi und dem türkischen Staatschef Recep Tayyip Erdoğan zusammentreffen will.

In Weimar kündigte der Verein „Brücke nach Winnyzja“ an, seinen nächsten Hilfstransport mit Verbandsmaterial und Stromgeneratoren Ende Juli auf den Weg zu bringen.
"""

# ---------------------------------------------------------------- b73de02 (Siebenbürgische Zeitung)
DE02 = """
Drohnentrümmer im Donaudelta: Bukarest räumt Verletzung seines Luftraums ein

Bukarest/München – Nach tagelangem Dementi hat die rumänische Regierung eingeräumt, dass Teile einer russischen Kampfdrohne auf rumänischem Boden niedergegangen sind.
Verteidigungsminister Angel Tîlvăr bestätigte am Mittwochabend bei einem Besuch im Kreis Tulcea, dass bei dem Dorf Plauru, gegenüber dem ukrainischen Hafen Ismajil, Trümmerteile gefunden worden seien.
Sie stammen nach ersten Erkenntnissen aus der Nacht zum Montag, als die russische Armee die ukrainischen Donauhäfen mit Schwärmen von Drohnen iranischer Bauart angriff.

Noch am Montag hatte das Verteidigungsministerium in Bukarest Angaben aus Kiew zurückgewiesen, wonach russische Drohnen auf rumänischem Gebiet eingeschlagen seien.
Der Sprecher des ukrainischen Außenministeriums, Oleh Nikolenko, hatte Fotos veröffentlicht und erklärt, die Angriffe zeigten, dass Putins Regime eine Bedrohung für die Sicherheit der Nachbarstaaten und ganz Europas sei.
Staatspräsident Klaus Johannis sprach am Mittwoch von einer „inakzeptablen Verletzung“ der Souveränität eines NATO-Mitglieds durch Russland.
Das Außenministerium bestellte noch am selben Abend den russischen Geschäftsträger ein und verlangte, die Angriffe in unmittelbarer Nähe der Grenze einzustellen.

NATO-Generalsekretär Jens Stoltenberg sagte am Donnerstag in Brüssel, es gebe „keine Hinweise auf einen absichtlichen Angriff“ auf das Bündnis.
Die Vorfälle zeigten aber, wie rücksichtslos Moskau vorgehe, und die Allianz werde ihre Wachsamkeit an der Ostflanke weiter verstärken.
Rumänische F-16-Kampfjets überwachen den Luftraum über dem Donaudelta bereits seit Wochen; Washington sagte Bukarest am Mittwoch zusätzliche Aufklärungsflüge zu.

Zur gleichen Zeit hielt sich US-Außenminister Antony Blinken zu einem unangekündigten Besuch in Kiew auf, wo er am Mittwoch neue Hilfen von mehr als einer Milliarde Dollar ankündigte.
Während seines Treffens mit Präsident Wolodymyr Selenskyj schlug eine russische Rakete auf einem Markt in Kostjantyniwka im Osten des Landes ein und tötete 17 Menschen.
Selenskyj machte „russische Terroristen“ für das Blutbad verantwortlich.

Bereits am Montag war Kremlchef Wladimir Putin im Schwarzmeerort Sotschi mit dem türkischen Präsidenten Recep Tayyip Erdoğan zusammengekommen.
Eine Rückkehr zum Getreideabkommen, aus dem Moskau Mitte Juli ausgestiegen war, lehnte Putin ab, solange der Westen die Beschränkungen für russische Agrarexporte nicht aufhebe.
Erdoğan zeigte sich dennoch zuversichtlich, „bald“ eine Lösung zu finden.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Vorwürfe aus Kiew und Bukarest am Donnerstag „antirussische Hysterie“ und behauptete, Kiew wolle die NATO in den Krieg hineinziehen.

In Hermannstadt äußerte sich das Demokratische Forum der Deutschen in Rumänien besorgt über die Nähe des Krieges zur rumänischen Grenze.
Die Landsmannschaft der Siebenbürger Sachsen lädt für Sonntag zu einem Friedensgebet in die Münchner Himmelfahrtskirche ein.
"""

# ---------------------------------------------------------------- b73de03 (Grenz-Echo)
DE03 = """
Nach Angriff auf Odessa: Kathedrale in Trümmern, Selenskyj kündigt Vergeltung an

Eupen/Odessa – Bei einem der schwersten russischen Luftangriffe auf die ukrainische Hafenstadt Odessa ist in der Nacht zum Sonntag die orthodoxe Verklärungskathedrale schwer beschädigt worden.
Nach Angaben der Behörden kamen zwei Menschen ums Leben, mehr als 20 wurden verletzt, darunter vier Kinder.
Die Kathedrale liegt im historischen Zentrum, das seit Januar auf der Welterbeliste der UNESCO steht; Kuppeldach und Altarraum stürzten teilweise ein.

Präsident Wolodymyr Selenskyj kündigte am Sonntag an, es werde „definitiv Vergeltung gegen die russischen Terroristen für Odessa geben“.
Raketen gegen friedliche Städte, gegen Wohnhäuser, gegen eine Kathedrale – dafür gebe es keine Rechtfertigung, schrieb er auf Telegram.
Zugleich bat der Staatschef die Partner erneut um zusätzliche Flugabwehrsysteme.

Das russische Verteidigungsministerium erklärte, es habe Orte getroffen, an denen „Terrorakte gegen Russland“ vorbereitet worden seien.
Die Kathedrale sei vermutlich von einer ukrainischen Flugabwehrrakete zerstört worden, die ihr Ziel verfehlt habe.

Die UNESCO verurteilte den „ungeheuerlichen Angriff“ auf das Kulturerbe der Stadt aufs Schärfste und forderte Russland auf, seine Verpflichtungen aus der Haager Konvention einzuhalten.
Italiens Ministerpräsidentin Giorgia Meloni bot am Sonntag an, den Wiederaufbau der Kathedrale zu unterstützen; Italien verfüge über „einzigartige Fachkenntnisse“ bei der Restaurierung.
Die belgische Außenministerin Hadja Lahbib sprach von einem „Angriff auf die Seele Odessas“.
Die EU-Kommission stellte Kiew Hilfe bei der Sicherung der beschädigten Kulturstätten in Aussicht.

Seit Russland am vergangenen Montag das Getreideabkommen aufgekündigt hat, greift die Armee nahezu jede Nacht die Hafenanlagen von Odessa und Tschornomorsk an.
Am Mittwoch hatte Moskau zudem erklärt, alle Schiffe auf dem Weg in ukrainische Häfen würden als potenzielle Träger militärischer Fracht betrachtet.
Der UN-Sicherheitsrat befasste sich am Freitag auf Antrag Großbritanniens mit den Folgen für die weltweite Ernährungslage.

Kremlchef Wladimir Putin empfing am Sonntag den belarussischen Machthaber Alexander Lukaschenko in St. Petersburg.
Lukaschenko sagte dort, die in Belarus stationierten Wagner-Kämpfer wollten „nach Westen“, nach Warschau und Rzeszów, er halte sie aber zurück.
Warschau kündigte am Montag an, weitere Soldaten an die Grenze zu Belarus zu verlegen.

In Eupen lädt die ukrainisch-orthodoxe Gemeinde für Mittwochabend zu einem Gebet für die Opfer ein.
"""

# ---------------------------------------------------------------- b73de04 (Fuldaer Zeitung)
DE04 = """
Raketen am Weihnachtsmorgen: Russland greift erneut das ukrainische Stromnetz an

Kiew/Fulda. Russland hat die Ukraine am ersten Weihnachtsfeiertag mit einem der größten Luftangriffe seit Monaten überzogen und erneut vor allem die Energieversorgung ins Visier genommen.
Nach Angaben der ukrainischen Luftwaffe feuerte die russische Armee am frühen Mittwochmorgen 78 Raketen und 106 Kampfdrohnen ab; 59 Raketen und 54 Drohnen seien abgefangen worden.
In Charkiw wurden mehrere Menschen verletzt, in der Region Dnipropetrowsk kam ein Mensch ums Leben, in weiten Teilen des Landes fiel der Strom aus.

Putin habe „bewusst Weihnachten für einen Angriff gewählt“, schrieb Präsident Wolodymyr Selenskyj am Mittwoch – „was könnte unmenschlicher sein?“
Der Kreml wolle die Ukrainer in diesem Winter ohne Licht und Wärme lassen.
Er forderte die Verbündeten auf, rasch weitere Flugabwehrsysteme zu liefern.

Das Verteidigungsministerium in Moskau sprach von einem „massiven Schlag“ gegen kritische Energieanlagen, die die ukrainische Rüstungsindustrie versorgten; alle Ziele seien getroffen worden.
Der Angriff sei eine Antwort auf ukrainische Attacken mit westlichen Waffen auf russisches Gebiet.
Ungarns Ministerpräsident Viktor Orbán hatte Mitte Dezember eine Waffenruhe über die Feiertage und einen großen Gefangenenaustausch vorgeschlagen.
Selenskyj lehnte ab: Orbán wolle mit solchen Initiativen nur seine eigene Bedeutung steigern.
Kremlsprecher Dmitri Peskow behauptete vergangene Woche, Kiew habe den Vorschlag ausgeschlagen, während Moskau offen dafür gewesen sei.

US-Präsident Joe Biden nannte den Angriff am Mittwochabend „empörend“ und wies das Pentagon an, die Waffenlieferungen an Kiew bis zum Ende seiner Amtszeit weiter zu beschleunigen.
Die Bundesregierung verurteilte den „perfiden“ Angriff auf die Energieversorgung; die Ukraine werde sich weiter auf Deutschland verlassen können.
Die EU-Außenbeauftragte Kaja Kallas sprach von „Terror gegen die Zivilbevölkerung“ und kündigte an, ein 16. Sanktionspaket gegen Moskau zügig voranzutreiben.
In Polen stiegen am Mittwochmorgen vorsorglich Kampfjets auf, wie das Einsatzführungskommando in Warschau mitteilte.

Am Sonntag war der slowakische Regierungschef Robert Fico überraschend zu Gesprächen mit Kremlchef Wladimir Putin nach Moskau gereist, kurz vor dem Ende des russischen Gastransits durch die Ukraine zum Jahreswechsel.
Selenskyj warf Fico vor, Putin bei der Finanzierung des Krieges zu helfen.

Auch in Osthessen wird die Lage verfolgt: Die Initiative „Osthessen hilft“ hat in diesem Winter bereits 40 Stromaggregate in die Region Tscherkassy gebracht, ein weiterer Transport soll Anfang Januar starten.
"""

# ---------------------------------------------------------------- b73de05 (Bote der Urschweiz)
DE05 = """
Nach dem Einschlag in Dnipro: Zahl der Toten steigt auf 40

Dnipro/Schwyz – Nach dem russischen Raketenangriff auf ein Wohnhochhaus in der ostukrainischen Grossstadt Dnipro ist die Zahl der Toten auf 40 gestiegen.
Die Rakete hatte am Samstagnachmittag einen ganzen Abschnitt des neunstöckigen Gebäudes zum Einsturz gebracht; Rettungskräfte suchten bis Montagmorgen nach Verschütteten.
Nach Angaben der ukrainischen Luftwaffe handelte es sich um einen Marschflugkörper vom Typ Ch-22, gegen den die eigene Flugabwehr machtlos sei.
Der Einschlag war Teil einer Welle von Raketenschlägen, mit denen Russland am Samstag erneut die Energieversorgung des Landes traf.

Präsident Wolodymyr Selenskyj warf Moskau in seiner abendlichen Videoansprache am Sonntag «russischen Terror» vor und versprach, jeder Verantwortliche werde gefunden und bestraft.
Er forderte den Westen auf, die Lieferung von Kampfpanzern nicht länger hinauszuzögern.

Kremlsprecher Dmitri Peskow bestritt am Montag, dass russische Truppen Wohnhäuser angriffen.
Die Tragödie sei nach Angaben «der ukrainischen Seite selbst» eine Folge der ukrainischen Luftabwehr, sagte er unter Verweis auf Äusserungen eines Beraters von Selenskyj.

Grossbritannien kündigte am Samstag als erstes Land die Lieferung westlicher Kampfpanzer an.
Premierminister Rishi Sunak sagte Selenskyj in einem Telefonat 14 Panzer vom Typ Challenger 2 und weitere Artilleriesysteme zu.
Selenskyj dankte dem Premier für das «richtige Signal» an andere Partner.
Moskau drohte, auch diese Panzer würden «brennen».

In Berlin wächst der Druck auf Bundeskanzler Olaf Scholz, Leopard-Panzer zu liefern oder zumindest anderen Staaten die Weitergabe zu erlauben.
Polens Präsident Andrzej Duda hatte am Mittwoch bei einem Treffen mit Selenskyj in Lwiw angekündigt, im Rahmen einer Koalition eine Kompanie Leopard-Panzer abzugeben.
Am Freitag beraten die Verteidigungsminister der Unterstützerstaaten unter Leitung von US-Verteidigungsminister Lloyd Austin mit ihrem ukrainischen Kollegen Olexij Resnikow auf dem Stützpunkt Ramstein.

Bundespräsident Alain Berset verurteilte den Angriff als «unerträglich».
Der Bundesrat bleibt derweil bei seinem Nein zur Weitergabe von Schweizer Munition für den Gepard-Panzer, um die Deutschland seit dem vergangenen Frühjahr ersucht.
In Schwyz sammelt die reformierte Kirchgemeinde am kommenden Sonntag für die Winterhilfe in der Ukraine.
"""

# ---------------------------------------------------------------- b73de06 (Neuburger Rundschau)
DE06 = """
Russischer Marschflugkörper über Polen: Warschau beantragt Nato-Konsultationen

Neuburg/Warschau. Nach dem Eindringen eines russischen Marschflugkörpers in den polnischen Luftraum hat Polen am Mittwoch Konsultationen nach Artikel 4 des Nato-Vertrags beantragt.
Der Flugkörper war in der Nacht zum Mittwoch bei einem massiven russischen Angriff auf Energieanlagen in der Westukraine nahe Hrubieszów rund drei Minuten lang über polnisches Gebiet geflogen, bevor er wieder in Richtung Ukraine abdrehte.
Polnische und niederländische Kampfjets stiegen auf, ein Abschuss wurde nach Angaben des Einsatzführungskommandos nicht versucht.
Der Nordatlantikrat kommt am Donnerstagnachmittag in Brüssel zusammen.

Ministerpräsident Donald Tusk sprach am Mittwoch im Sejm von einer „bewussten Provokation“ und einem „Test für das ganze Bündnis“.
Polen werde jedes Objekt abschießen, das ohne Erlaubnis in seinen Luftraum eindringe, kündigte er an.
Das Außenministerium in Warschau bestellte am selben Tag den russischen Geschäftsträger ein und übergab eine Protestnote.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, wies die Vorwürfe als „haltlos“ zurück; Polen habe keinerlei Beweise vorgelegt.
Warschau suche nur einen Vorwand, um die Nato noch tiefer in den Konflikt zu ziehen.
Kremlsprecher Dmitri Peskow verwies auf das Verteidigungsministerium, das sich zunächst nicht äußerte.

Nato-Generalsekretär Mark Rutte sagte Tusk am Mittwochabend in einem Telefonat zu: „Wir werden jeden Zentimeter des Bündnisgebiets verteidigen.“
Bundeskanzler Friedrich Merz verurteilte die Verletzung des polnischen Luftraums als „inakzeptabel“ und kündigte an, den Einsatz deutscher Eurofighter in Polen bis in den Sommer zu verlängern.
Die EU-Außenbeauftragte Kaja Kallas forderte, das 20. Sanktionspaket gegen Russland noch vor dem vierten Jahrestag des Kriegsbeginns am 24. Februar zu beschließen.
Präsident Wolodymyr Selenskyj telefonierte mit Tusk und schlug erneut einen gemeinsamen Luftschild über der Westukraine vor.

Die vier Eurofighter des Taktischen Luftwaffengeschwaders 74 vom Fliegerhorst Zell sind seit Anfang Dezember im nordpolnischen Malbork stationiert und beteiligen sich an der Nato-Mission „Eastern Sentry“.
Ursprünglich sollten sie Ende März nach Neuburg zurückkehren.
Ein Sprecher des Geschwaders sagte unserer Zeitung, die Piloten seien auf eine längere Verlegung vorbereitet.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b73de01_winnyzja_raketenangriff_2022_07", "2022-07-15", DE01,
        [
            T("Donnerstag", "DATE", "2022-07-14", 0),
            T("10.50 Uhr Ortszeit", "TIME", "2022-07-14T10:50", note="local time (EEST)"),
            T("diesem Tag", "DATE", "2022-07-14"),
            T("Donnerstag", "DATE", "2022-07-14", 1),
            T("jeden Tag", "SET", "P1D"),
            T("abendlichen", "SET", "P1D"),
            T("Freitag", "DATE", "2022-07-15"),
            T("Mittwoch", "DATE", "2022-07-13"),
            T("kommende Woche", "DATE", "2022-W29"),
            T("Dienstag", "DATE", "2022-07-19"),
            T("Ende Juli", "DATE", "2022-07", mod="END"),
        ],
        [
            E("Russian cruise missiles strike the centre of Vinnytsia, killing at least 23", "ASSAULT",
              ["Russia", "Ukraine"], "2022-07-14", "text", "occurred", "Russische Marschflugkörper haben am Donnerstag"),
            E("Zelensky calls the strike an open act of terrorism", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-07-14", "text", "occurred", "sprach noch am Donnerstag von einem"),
            E("Zelensky accuses Russia of killing civilians every day", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-07-14", "context", "occurred", "Russland töte jeden Tag Menschen"),
            E("Zelensky demands that Russia be designated a terrorist state", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-07-14", "context", "occurred", "Russland töte jeden Tag Menschen"),
            E("Zelensky addresses the accountability conference in The Hague by video", "CONSULT",
              ["Volodymyr Zelensky", "European Union"], "2022-07-14", "context", "occurred",
              "Zuvor hatte sich der Staatschef per Video"),
            E("Zelensky demands a special tribunal for the aggression", "REQUEST", ["Volodymyr Zelensky"],
              "2022-07-14", "context", "occurred", "Dort verlangte er ein Sondertribunal"),
            E("Peskov denies that Russian forces strike civilian targets", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2022-07-15", "published", "occurred", "Kremlsprecher Dmitri Peskow verwies"),
            E("Kyiv rejects the Russian account as a lie", "REJECT", ["Ukraine", "Russia"], "2022-07-15",
              "published", "occurred", "In Kiew wurde diese Darstellung"),
            E("Guterres condemns the strike", "ACCUSE", ["António Guterres", "Russia"], "2022-07-15", "published",
              "occurred", "zeigte sich „entsetzt“"),
            E("Guterres demands accountability for violations of international law", "REQUEST",
              ["António Guterres", "Russia"], "2022-07-15", "published", "occurred", "zeigte sich „entsetzt“"),
            E("Borrell condemns the atrocity", "ACCUSE", ["European Union", "Russia"], "2022-07-15", "published",
              "occurred", "Josep Borrell verurteilte"),
            E("Borrell vows the perpetrators will not go unpunished", "THREATEN", ["European Union", "Russia"],
              "2022-07-15", "published", "occurred", "Josep Borrell verurteilte"),
            E("Scholz accuses Russia of deliberately attacking civilians", "ACCUSE", ["Olaf Scholz", "Russia"],
              "2022-07-15", "published", "occurred", "Bundeskanzler Olaf Scholz schrieb"),
            E("Scholz promises Kyiv further support", "AGREE", ["Olaf Scholz", "Ukraine"], "2022-07-15",
              "published", "occurred", "Bundeskanzler Olaf Scholz schrieb"),
            E("Russian and Ukrainian military delegations hold grain-export talks in Istanbul with Turkey and the UN",
              "CONSULT", ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07-13", "text", "occurred",
              "Erst am Mittwoch hatten Militärdelegationen"),
            E("Agreement on a joint coordination centre in Istanbul", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07-13", "context", "occurred",
              "Hulusi Akar sprach anschließend"),
            E("Grain agreement to be signed next week", "AGREE", ["Russia", "Ukraine", "Turkey", "United Nations"],
              "2022-W29", "text", "planned", "Hulusi Akar sprach anschließend"),
            E("Guterres welcomes the Istanbul result as a decisive step", "SUPPORT", ["António Guterres"],
              "2022-07-13", "context", "occurred", "Guterres nannte das Ergebnis"),
            E("Putin to meet Raisi and Erdoğan in Tehran", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2022-07-19", "text", "planned", "Kremlchef Wladimir Putin reist am Dienstag"),
        ],
        [
            S("Volodymyr Zelensky", "The strike is an open act of terrorism against civilians", "2022-07-14", "text",
              "sprach noch am Donnerstag von einem"),
            S("Volodymyr Zelensky", "Russia kills uninvolved people every day and must be designated a terrorist state",
              "2022-07-14", "context", "Russland töte jeden Tag Menschen"),
            S("Volodymyr Zelensky", "Demands a special tribunal for the aggression against Ukraine", "2022-07-14",
              "context", "Dort verlangte er ein Sondertribunal"),
            S("Russia", "Defence ministry: the strike hit a meeting of Ukraine's air force command with foreign arms "
              "suppliers", "2022-07-15", "text", "Das Verteidigungsministerium in Moskau erklärte am Freitag"),
            S("Russia", "All participants of the meeting were eliminated", "2022-07-15", "context",
              "Alle Teilnehmer seien"),
            S("Dmitry Peskov", "Refers questions to the military; Russian forces do not strike civilian targets",
              "2022-07-15", "published", "Kremlsprecher Dmitri Peskow verwies"),
            S("Ukraine", "The Russian account is a lie; there was no military in the building", "2022-07-15",
              "published", "In Kiew wurde diese Darstellung"),
            S("António Guterres", "Appalled; those responsible for violations of international law must be held "
              "accountable", "2022-07-15", "published", "zeigte sich „entsetzt“"),
            S("European Union", "Borrell condemns the atrocity; the perpetrators will not go unpunished", "2022-07-15",
              "published", "Josep Borrell verurteilte"),
            S("Olaf Scholz", "Russia deliberately attacks civilians; support for Kyiv as long as necessary",
              "2022-07-15", "published", "Bundeskanzler Olaf Scholz schrieb"),
            S("Turkey", "Akar: agreement on a joint coordination centre in Istanbul, signing next week", "2022-07-13",
              "context", "Hulusi Akar sprach anschließend"),
            S("António Guterres", "Calls the Istanbul result a decisive step", "2022-07-13", "context",
              "Guterres nannte das Ergebnis"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "European Union", "Dmitry Peskov", "Kremlin", "António Guterres",
         "United Nations", "Olaf Scholz", "Germany", "Turkey", "Vladimir Putin", "Recep Tayyip Erdoğan"],
    ),
    doc(
        "b73de02_drohnentruemmer_plauru_2023_09", "2023-09-07", DE02,
        [
            T("tagelangem", "DURATION", "PXD"),
            T("Mittwochabend", "TIME", "2023-09-06TEV"),
            T("der Nacht zum Montag", "TIME", "2023-09-03TNI", note="night of 3 to 4 September"),
            T("Montag", "DATE", "2023-09-04", 1),
            T("Mittwoch", "DATE", "2023-09-06", 0),
            T("selben Abend", "TIME", "2023-09-06TEV"),
            T("Donnerstag", "DATE", "2023-09-07", 0),
            T("Wochen", "DURATION", "PXW"),
            T("Mittwoch", "DATE", "2023-09-06", 1),
            T("Mittwoch", "DATE", "2023-09-06", 2),
            T("Montag", "DATE", "2023-09-04", 2),
            T("Mitte Juli", "DATE", "2023-07", mod="MID"),
            T("bald", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2023-09-07", 1),
            T("Sonntag", "DATE", "2023-09-10"),
        ],
        [
            E("Russian drone attack on Ukraine's Danube ports; drone fragments come down in Romania near Plauru",
              "ASSAULT", ["Russia", "Ukraine"], "2023-09-03TNI", "text", "occurred", "Sie stammen nach ersten",
              note="night of 3 to 4 September"),
            E("Romania's defence ministry rejects Kyiv's reports of drones hitting Romanian territory", "REJECT",
              ["Ukraine"], "2023-09-04", "text", "occurred", "Noch am Montag hatte das Verteidigungsministerium"),
            E("Ukraine accuses Putin's regime of threatening the security of neighbouring states and Europe",
              "ACCUSE", ["Ukraine", "Vladimir Putin"], "2023-09-04", "context", "occurred",
              "Oleh Nikolenko, hatte Fotos"),
            E("President Iohannis condemns Russia's unacceptable violation of Romania's sovereignty", "ACCUSE",
              ["Russia"], "2023-09-06", "text", "occurred", "Staatspräsident Klaus Johannis sprach"),
            E("Romania summons the Russian chargé d'affaires", "ACCUSE", ["Russia"], "2023-09-06TEV", "text",
              "occurred", "bestellte noch am selben Abend"),
            E("Romania demands that Russia stop attacks close to its border", "REQUEST", ["Russia"], "2023-09-06TEV",
              "text", "occurred", "bestellte noch am selben Abend"),
            E("Stoltenberg accuses Moscow of recklessness", "ACCUSE", ["Jens Stoltenberg", "Russia"], "2023-09-07",
              "context", "occurred", "Die Vorfälle zeigten aber"),
            E("NATO to step up vigilance on its eastern flank", "MOBILIZE", ["NATO"], "2023-09-07", "context",
              "planned", "Die Vorfälle zeigten aber"),
            E("Washington promises Bucharest additional reconnaissance flights", "AGREE", ["United States"],
              "2023-09-06", "text", "occurred", "Rumänische F-16-Kampfjets"),
            E("Blinken makes an unannounced visit to Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2023-09-06",
              "text", "occurred", "Zur gleichen Zeit hielt sich"),
            E("Blinken announces more than one billion dollars in new aid for Ukraine", "AID",
              ["Antony Blinken", "Ukraine"], "2023-09-06", "text", "occurred", "Zur gleichen Zeit hielt sich"),
            E("Blinken meets Zelensky", "CONSULT", ["Antony Blinken", "Volodymyr Zelensky"], "2023-09-06", "context",
              "occurred", "Während seines Treffens mit Präsident"),
            E("Russian missile hits a market in Kostiantynivka, killing 17", "ASSAULT", ["Russia", "Ukraine"],
              "2023-09-06", "context", "occurred", "Während seines Treffens mit Präsident"),
            E("Zelensky blames Russian terrorists for the market strike", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-09-06", "context", "occurred", "machte „russische Terroristen“"),
            E("Putin meets Erdoğan in Sochi", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2023-09-04",
              "text", "occurred", "Bereits am Montag war Kremlchef"),
            E("Putin refuses to return to the grain deal", "REJECT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2023-09-04", "context", "occurred", "Eine Rückkehr zum Getreideabkommen"),
            E("Putin's condition: the West must lift restrictions on Russian agricultural exports", "REQUEST",
              ["Vladimir Putin"], "2023-09-04", "context", "occurred", "Eine Rückkehr zum Getreideabkommen"),
            E("Russia quits the grain deal", "REJECT", ["Russia"], "2023-07", "text", "occurred",
              "Eine Rückkehr zum Getreideabkommen", date_mod="MID", note="17 July 2023"),
            E("Zakharova dismisses the accusations from Kyiv and Bucharest as anti-Russian hysteria", "REJECT",
              ["Maria Zakharova", "Ukraine"], "2023-09-07", "text", "occurred", "Maria Sacharowa, nannte"),
            E("Zakharova accuses Kyiv of trying to drag NATO into the war", "ACCUSE",
              ["Maria Zakharova", "Ukraine", "NATO"], "2023-09-07", "text", "occurred", "Maria Sacharowa, nannte"),
        ],
        [
            S("Ukraine", "Nikolenko: the attacks show Putin's regime threatens neighbouring states and Europe",
              "2023-09-04", "context", "Oleh Nikolenko, hatte Fotos"),
            S("Jens Stoltenberg", "No indication of an intentional attack on the alliance", "2023-09-07", "text",
              "NATO-Generalsekretär Jens Stoltenberg sagte"),
            S("Jens Stoltenberg", "The incidents show Moscow's recklessness; NATO will step up vigilance on the "
              "eastern flank", "2023-09-07", "context", "Die Vorfälle zeigten aber"),
            S("Volodymyr Zelensky", "Blames Russian terrorists for the Kostiantynivka market strike", "2023-09-06",
              "context", "machte „russische Terroristen“"),
            S("Vladimir Putin", "No return to the grain deal until the West lifts restrictions on Russian farm "
              "exports", "2023-09-04", "context", "Eine Rückkehr zum Getreideabkommen"),
            S("Recep Tayyip Erdoğan", "Confident a solution will be found soon", "2023-09-04", "context",
              "Erdoğan zeigte sich dennoch"),
            S("Maria Zakharova", "The accusations are anti-Russian hysteria; Kyiv wants to drag NATO into the war",
              "2023-09-07", "text", "Maria Sacharowa, nannte"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "NATO", "Jens Stoltenberg", "United States", "Antony Blinken",
         "Volodymyr Zelensky", "Kremlin", "Recep Tayyip Erdoğan", "Turkey", "Maria Zakharova"],
    ),
    doc(
        "b73de03_odessa_kathedrale_2023_07", "2023-07-24", DE03,
        [
            T("der Nacht zum Sonntag", "TIME", "2023-07-22TNI", note="night of 22 to 23 July"),
            T("Januar", "DATE", "2023-01"),
            T("Sonntag", "DATE", "2023-07-23", 1),
            T("Sonntag", "DATE", "2023-07-23", 2),
            T("vergangenen Montag", "DATE", "2023-07-17"),
            T("nahezu jede Nacht", "SET", "P1D", mod="APPROX"),
            T("Mittwoch", "DATE", "2023-07-19"),
            T("Freitag", "DATE", "2023-07-21"),
            T("Sonntag", "DATE", "2023-07-23", 3),
            T("Montag", "DATE", "2023-07-24", 1),
            T("Mittwochabend", "TIME", "2023-07-26TEV"),
        ],
        [
            E("Russian air strike on Odesa badly damages the Transfiguration Cathedral, killing two", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07-22TNI", "text", "occurred", "Bei einem der schwersten russischen",
              note="night of 22 to 23 July"),
            E("Zelensky vows retaliation against Russia for Odesa", "THREATEN", ["Volodymyr Zelensky", "Russia"],
              "2023-07-23", "text", "occurred", "Präsident Wolodymyr Selenskyj kündigte am Sonntag"),
            E("Zelensky: no justification for missiles against peaceful cities and a cathedral", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-07-23", "context", "occurred", "dafür gebe es keine"),
            E("Zelensky asks partners for more air defence systems", "REQUEST", ["Volodymyr Zelensky"], "2023-07-23",
              "context", "occurred", "Zugleich bat der Staatschef"),
            E("Russian defence ministry accuses Ukraine of preparing terrorist acts at the targeted sites", "ACCUSE",
              ["Russia", "Ukraine"], "2023-07-24", "published", "occurred", "Das russische Verteidigungsministerium"),
            E("Russia denies hitting the cathedral", "REJECT", ["Russia", "Ukraine"], "2023-07-24", "published",
              "occurred", "Die Kathedrale sei vermutlich"),
            E("Russia blames a stray Ukrainian air defence missile for the cathedral's destruction", "ACCUSE",
              ["Russia", "Ukraine"], "2023-07-24", "published", "occurred", "Die Kathedrale sei vermutlich"),
            E("UNESCO condemns the attack on Odesa's heritage", "ACCUSE", ["United Nations", "Russia"], "2023-07-24",
              "published", "occurred", "Die UNESCO verurteilte"),
            E("UNESCO calls on Russia to respect the Hague Convention", "REQUEST", ["United Nations", "Russia"],
              "2023-07-24", "published", "occurred", "Die UNESCO verurteilte"),
            E("Meloni offers Italian help to rebuild the cathedral", "AID", ["Giorgia Meloni", "Ukraine"],
              "2023-07-23", "text", "planned", "Giorgia Meloni bot am Sonntag"),
            E("EU Commission offers help to secure damaged cultural sites", "AID", ["European Union", "Ukraine"],
              "2023-07-24", "published", "planned", "Die EU-Kommission stellte Kiew"),
            E("Russia quits the grain deal", "REJECT", ["Russia"], "2023-07-17", "text", "occurred",
              "Seit Russland am vergangenen Montag"),
            E("Russian attacks on the ports of Odesa and Chornomorsk almost every night since the exit", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07-17", "text", "occurred", "Seit Russland am vergangenen Montag",
              date_mod="START"),
            E("Moscow declares ships bound for Ukrainian ports potential carriers of military cargo", "THREATEN",
              ["Russia", "Ukraine"], "2023-07-19", "text", "occurred", "Am Mittwoch hatte Moskau"),
            E("UN Security Council meets on the food consequences", "CONSULT", ["United Nations"], "2023-07-21",
              "text", "occurred", "Der UN-Sicherheitsrat befasste sich"),
            E("Britain requests the Security Council meeting", "REQUEST", ["United Kingdom", "United Nations"],
              "2023-07-21", "context", "occurred", "Der UN-Sicherheitsrat befasste sich"),
            E("Putin receives Lukashenko in St Petersburg", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
              "2023-07-23", "text", "occurred", "Kremlchef Wladimir Putin empfing"),
            E("Lukashenko says Wagner fighters want to go west to Warsaw and Rzeszów", "THREATEN",
              ["Alexander Lukashenko", "Poland"], "2023-07-23", "context", "occurred", "Lukaschenko sagte dort"),
            E("Warsaw to move more troops to the border with Belarus", "MOBILIZE", ["Poland", "Belarus"],
              "2023-07-24", "text", "planned", "Warschau kündigte am Montag"),
        ],
        [
            S("Volodymyr Zelensky", "There will definitely be retaliation against the Russian terrorists for Odesa",
              "2023-07-23", "text", "Präsident Wolodymyr Selenskyj kündigte am Sonntag"),
            S("Volodymyr Zelensky", "No justification for missiles against peaceful cities, homes and a cathedral",
              "2023-07-23", "context", "dafür gebe es keine"),
            S("Volodymyr Zelensky", "Asks partners again for more air defence", "2023-07-23", "context",
              "Zugleich bat der Staatschef"),
            S("Russia", "Defence ministry: struck sites where terrorist acts against Russia were prepared",
              "2023-07-24", "published", "Das russische Verteidigungsministerium"),
            S("Russia", "The cathedral was probably destroyed by a stray Ukrainian air defence missile", "2023-07-24",
              "published", "Die Kathedrale sei vermutlich"),
            S("United Nations", "UNESCO condemns the outrageous attack and calls on Russia to respect the Hague "
              "Convention", "2023-07-24", "published", "Die UNESCO verurteilte"),
            S("Giorgia Meloni", "Offers to help rebuild the cathedral; Italy has unique restoration expertise",
              "2023-07-23", "text", "Giorgia Meloni bot am Sonntag"),
            S("European Union", "Commission offers Kyiv help to secure damaged cultural sites", "2023-07-24",
              "published", "Die EU-Kommission stellte Kiew"),
            S("Russia", "Ships bound for Ukrainian ports will be regarded as potential carriers of military cargo",
              "2023-07-19", "text", "Am Mittwoch hatte Moskau"),
            S("Alexander Lukashenko", "Wagner fighters want to go west to Warsaw and Rzeszów, but he holds them back",
              "2023-07-23", "context", "Lukaschenko sagte dort"),
            S("Poland", "Will move more troops to the border with Belarus", "2023-07-24", "text",
              "Warschau kündigte am Montag"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "United Nations", "Giorgia Meloni", "European Union",
         "United Kingdom", "Vladimir Putin", "Kremlin", "Alexander Lukashenko", "Belarus", "Poland"],
    ),
    doc(
        "b73de04_weihnachtsangriff_stromnetz_2024_12", "2024-12-26", DE04,
        [
            T("ersten Weihnachtsfeiertag", "DATE", "2024-12-25"),
            T("Monaten", "DURATION", "PXM"),
            T("frühen Mittwochmorgen", "TIME", "2024-12-25TMO"),
            T("Weihnachten", "DATE", "2024-12-25"),
            T("Mittwoch", "DATE", "2024-12-25"),
            T("diesem Winter", "DATE", "2024-WI", 0),
            T("Mitte Dezember", "DATE", "2024-12", mod="MID"),
            T("vergangene Woche", "DATE", "2024-W51"),
            T("Mittwochabend", "TIME", "2024-12-25TEV"),
            T("Mittwochmorgen", "TIME", "2024-12-25TMO", 1),
            T("Sonntag", "DATE", "2024-12-22"),
            T("Jahreswechsel", "DATE", "2025-01-01", note="end of the transit contract, 1 January 2025"),
            T("diesem Winter", "DATE", "2024-WI", 1),
            T("Anfang Januar", "DATE", "2025-01", mod="START"),
        ],
        [
            E("Massive Russian missile and drone attack on Ukraine's energy system on Christmas Day", "ASSAULT",
              ["Russia", "Ukraine"], "2024-12-25", "text", "occurred", "Russland hat die Ukraine am ersten"),
            E("Zelensky accuses Putin of deliberately choosing Christmas for the attack", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2024-12-25", "text", "occurred",
              "Putin habe „bewusst Weihnachten"),
            E("Zelensky accuses the Kremlin of wanting to leave Ukrainians without light and heat", "ACCUSE",
              ["Volodymyr Zelensky", "Kremlin"], "2024-12-25", "context", "occurred", "Der Kreml wolle die Ukrainer"),
            E("Zelensky asks allies for more air defence systems", "REQUEST", ["Volodymyr Zelensky"], "2024-12-25",
              "context", "occurred", "Er forderte die Verbündeten auf"),
            E("Russia calls the strike a response to Ukrainian attacks with Western weapons on Russian territory",
              "ACCUSE", ["Russia", "Ukraine"], "2024-12-26", "published", "occurred", "Der Angriff sei eine Antwort"),
            E("Orbán proposes a holiday ceasefire and a large prisoner exchange", "REQUEST",
              ["Viktor Orbán", "Russia", "Ukraine"], "2024-12", "text", "occurred", "Viktor Orbán hatte Mitte Dezember",
              date_mod="MID"),
            E("Zelensky rejects Orbán's proposal", "REJECT", ["Volodymyr Zelensky", "Viktor Orbán"], "2024-12",
              "context", "occurred", "Selenskyj lehnte ab", date_mod="MID"),
            E("Zelensky accuses Orbán of seeking self-importance", "ACCUSE", ["Volodymyr Zelensky", "Viktor Orbán"],
              "2024-12", "context", "occurred", "Selenskyj lehnte ab", date_mod="MID"),
            E("Peskov blames Kyiv for turning down the proposal", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2024-W51",
              "text", "occurred", "Kremlsprecher Dmitri Peskow behauptete"),
            E("Moscow was open to Orbán's proposal, per Peskov", "AGREE", ["Russia", "Viktor Orbán"], "2024-W51",
              "context", "occurred", "Kremlsprecher Dmitri Peskow behauptete"),
            E("Biden calls the attack outrageous", "ACCUSE", ["Joe Biden", "Russia"], "2024-12-25TEV", "text",
              "occurred", "US-Präsident Joe Biden nannte den Angriff"),
            E("Biden directs the Pentagon to keep surging weapons deliveries to Kyiv", "AID", ["Joe Biden", "Ukraine"],
              "2024-12-25TEV", "text", "occurred", "US-Präsident Joe Biden nannte den Angriff"),
            E("German government condemns the perfidious attack", "ACCUSE", ["Germany", "Russia"], "2024-12-26",
              "published", "occurred", "Die Bundesregierung verurteilte"),
            E("Germany promises Ukraine continued support", "AGREE", ["Germany", "Ukraine"], "2024-12-26",
              "published", "occurred", "Die Bundesregierung verurteilte"),
            E("Kallas calls the attack terror against civilians", "ACCUSE", ["Kaja Kallas", "Russia"], "2024-12-26",
              "published", "occurred", "Kaja Kallas sprach von"),
            E("Kallas to push a 16th sanctions package against Moscow", "SANCTION", ["Kaja Kallas", "Russia"],
              "2024-12-26", "published", "planned", "Kaja Kallas sprach von"),
            E("Poland scrambles fighter jets during the attack", "MOBILIZE", ["Poland"], "2024-12-25TMO", "text",
              "occurred", "In Polen stiegen am Mittwochmorgen"),
            E("Fico meets Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2024-12-22", "text", "occurred",
              "Am Sonntag war der slowakische Regierungschef"),
            E("Zelensky accuses Fico of helping Putin finance the war", "ACCUSE", ["Volodymyr Zelensky"],
              "2024-12-26", "published", "occurred", "Selenskyj warf Fico vor"),
        ],
        [
            S("Ukraine", "Air force: 78 missiles and 106 drones launched, 59 missiles and 54 drones intercepted",
              "2024-12-26", "published", "Nach Angaben der ukrainischen Luftwaffe"),
            S("Volodymyr Zelensky", "Putin deliberately chose Christmas for an attack; what could be more inhumane",
              "2024-12-25", "text", "Putin habe „bewusst Weihnachten"),
            S("Volodymyr Zelensky", "The Kremlin wants to leave Ukrainians without light and heat this winter",
              "2024-12-25", "context", "Der Kreml wolle die Ukrainer"),
            S("Volodymyr Zelensky", "Allies must quickly deliver more air defence", "2024-12-25", "context",
              "Er forderte die Verbündeten auf"),
            S("Russia", "Defence ministry: massive strike on critical energy facilities, all targets hit",
              "2024-12-26", "published", "Das Verteidigungsministerium in Moskau sprach"),
            S("Russia", "The strike answers Ukrainian attacks with Western weapons on Russian territory", "2024-12-26",
              "published", "Der Angriff sei eine Antwort"),
            S("Volodymyr Zelensky", "Orbán only wants to raise his own profile with such initiatives", "2024-12",
              "context", "Selenskyj lehnte ab"),
            S("Dmitry Peskov", "Kyiv turned down the proposal, Moscow was open to it", "2024-W51", "text",
              "Kremlsprecher Dmitri Peskow behauptete"),
            S("Joe Biden", "The attack is outrageous; the Pentagon will keep surging weapons to Kyiv", "2024-12-25TEV",
              "text", "US-Präsident Joe Biden nannte den Angriff"),
            S("Germany", "Condemns the perfidious attack; Ukraine can keep relying on Germany", "2024-12-26",
              "published", "Die Bundesregierung verurteilte"),
            S("Kaja Kallas", "Terror against civilians; will push a 16th sanctions package", "2024-12-26", "published",
              "Kaja Kallas sprach von"),
            S("Poland", "Operational command: jets scrambled as a precaution", "2024-12-26", "published",
              "In Polen stiegen am Mittwochmorgen"),
            S("Volodymyr Zelensky", "Fico helps Putin finance the war", "2024-12-26", "published",
              "Selenskyj warf Fico vor"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Viktor Orbán", "Dmitry Peskov",
         "Joe Biden", "United States", "Germany", "Kaja Kallas", "European Union", "Poland"],
    ),
    doc(
        "b73de05_dnipro_wohnhaus_2023_01", "2023-01-16", DE05,
        [
            T("Samstagnachmittag", "TIME", "2023-01-14TAF"),
            T("Montagmorgen", "TIME", "2023-01-16TMO"),
            T("Samstag", "DATE", "2023-01-14", 0),
            T("abendlichen", "SET", "P1D"),
            T("Sonntag", "DATE", "2023-01-15", 0),
            T("Montag", "DATE", "2023-01-16"),
            T("Samstag", "DATE", "2023-01-14", 1),
            T("Mittwoch", "DATE", "2023-01-11"),
            T("Freitag", "DATE", "2023-01-20"),
            T("vergangenen Frühjahr", "DATE", "2022-SP"),
            T("kommenden Sonntag", "DATE", "2023-01-22"),
        ],
        [
            E("Russian missile destroys part of an apartment block in Dnipro; death toll rises to 40", "ASSAULT",
              ["Russia", "Ukraine"], "2023-01-14TAF", "text", "occurred", "Die Rakete hatte am Samstagnachmittag"),
            E("Wave of Russian missile strikes on Ukraine's energy supply", "ASSAULT", ["Russia", "Ukraine"],
              "2023-01-14", "text", "occurred", "Der Einschlag war Teil einer Welle"),
            E("Zelensky accuses Moscow of Russian terror", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2023-01-15",
              "text", "occurred", "warf Moskau in seiner abendlichen"),
            E("Zelensky vows that everyone responsible will be found and punished", "THREATEN",
              ["Volodymyr Zelensky", "Russia"], "2023-01-15", "text", "occurred", "warf Moskau in seiner abendlichen"),
            E("Zelensky urges the West not to delay tank deliveries", "REQUEST", ["Volodymyr Zelensky"], "2023-01-15",
              "context", "occurred", "Er forderte den Westen auf"),
            E("Peskov denies that Russian troops attack residential buildings", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2023-01-16", "text", "occurred", "Kremlsprecher Dmitri Peskow bestritt"),
            E("Peskov blames Ukrainian air defence for the tragedy", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2023-01-16", "context", "occurred", "Die Tragödie sei nach Angaben"),
            E("Britain announces the delivery of Western battle tanks to Ukraine", "AID", ["United Kingdom", "Ukraine"],
              "2023-01-14", "text", "occurred", "Grossbritannien kündigte am Samstag"),
            E("Sunak–Zelensky phone call", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"], "2023-01-14",
              "context", "occurred", "Premierminister Rishi Sunak sagte"),
            E("Zelensky thanks Sunak for the right signal", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom"],
              "2023-01-14", "context", "occurred", "Selenskyj dankte dem Premier"),
            E("Moscow threatens that the tanks will burn", "THREATEN", ["Russia", "United Kingdom"], "2023-01-16",
              "published", "occurred", "Moskau drohte"),
            E("Duda meets Zelensky in Lviv", "CONSULT", ["Poland", "Volodymyr Zelensky"], "2023-01-11", "text",
              "occurred", "Polens Präsident Andrzej Duda hatte am Mittwoch"),
            E("Duda announces Poland will hand over a company of Leopard tanks within a coalition", "AID",
              ["Poland", "Ukraine"], "2023-01-11", "text", "planned", "Polens Präsident Andrzej Duda hatte am Mittwoch"),
            E("Ramstein meeting of Ukraine's supporters led by Austin with Reznikov", "CONSULT",
              ["United States", "Ukraine"], "2023-01-20", "text", "planned", "Am Freitag beraten die Verteidigungsminister"),
            E("Switzerland maintains its refusal to let Germany pass on Swiss Gepard ammunition", "REJECT",
              ["Germany"], "2023-01-16", "published", "occurred", "Der Bundesrat bleibt derweil"),
            E("Germany has asked Switzerland to allow the re-export of Gepard ammunition", "REQUEST", ["Germany"],
              "2022-SP", "text", "occurred", "Der Bundesrat bleibt derweil", date_mod="START"),
        ],
        [
            S("Ukraine", "Air force: the missile was a Kh-22, against which air defence is powerless", "2023-01-16",
              "published", "Nach Angaben der ukrainischen Luftwaffe"),
            S("Volodymyr Zelensky", "Russian terror; everyone responsible will be found and punished", "2023-01-15",
              "text", "warf Moskau in seiner abendlichen"),
            S("Volodymyr Zelensky", "The West must not delay tank deliveries any longer", "2023-01-15", "context",
              "Er forderte den Westen auf"),
            S("Dmitry Peskov", "Russian troops do not attack residential buildings", "2023-01-16", "text",
              "Kremlsprecher Dmitri Peskow bestritt"),
            S("Dmitry Peskov", "By Ukraine's own account the tragedy resulted from Ukrainian air defence",
              "2023-01-16", "context", "Die Tragödie sei nach Angaben"),
            S("United Kingdom", "Britain will deliver Western battle tanks to Ukraine", "2023-01-14", "text",
              "Grossbritannien kündigte am Samstag"),
            S("United Kingdom", "Sunak promises Zelensky 14 Challenger 2 tanks and more artillery", "2023-01-14",
              "context", "Premierminister Rishi Sunak sagte"),
            S("Volodymyr Zelensky", "Thanks Sunak for the right signal to other partners", "2023-01-14", "context",
              "Selenskyj dankte dem Premier"),
            S("Russia", "These tanks will burn too", "2023-01-16", "published", "Moskau drohte"),
            S("Poland", "Duda: Poland will hand over a company of Leopard tanks within a coalition", "2023-01-11",
              "text", "Polens Präsident Andrzej Duda hatte am Mittwoch"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "United Kingdom", "Olaf Scholz",
         "Germany", "Poland", "United States"],
    ),
    doc(
        "b73de06_marschflugkoerper_polen_artikel4_2026_02", "2026-02-12", DE06,
        [
            T("Mittwoch", "DATE", "2026-02-11", 0),
            T("der Nacht zum Mittwoch", "TIME", "2026-02-10TNI", note="night of 10 to 11 February"),
            T("rund drei Minuten", "DURATION", "PT3M", mod="APPROX"),
            T("Donnerstagnachmittag", "TIME", "2026-02-12TAF"),
            T("Mittwoch", "DATE", "2026-02-11", 2),
            T("selben Tag", "DATE", "2026-02-11"),
            T("Mittwochabend", "TIME", "2026-02-11TEV"),
            T("den Sommer", "DATE", "2026-SU"),
            T("24. Februar", "DATE", "2026-02-24"),
            T("Anfang Dezember", "DATE", "2025-12", mod="START"),
            T("Ende März", "DATE", "2026-03", mod="END"),
        ],
        [
            E("Poland requests NATO Article 4 consultations", "REQUEST", ["Poland", "NATO"], "2026-02-11", "text",
              "occurred", "hat Polen am Mittwoch Konsultationen"),
            E("Massive Russian attack on energy facilities in western Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-10TNI", "text", "occurred", "Der Flugkörper war in der Nacht", note="night of 10 to 11 February"),
            E("Russian cruise missile flies about three minutes over Polish territory near Hrubieszów", "ASSAULT",
              ["Russia", "Poland"], "2026-02-10TNI", "text", "occurred", "Der Flugkörper war in der Nacht",
              note="night of 10 to 11 February"),
            E("Poland scrambles fighter jets", "MOBILIZE", ["Poland"], "2026-02-10TNI", "context", "occurred",
              "Polnische und niederländische Kampfjets"),
            E("North Atlantic Council meets in Brussels", "CONSULT", ["NATO"], "2026-02-12TAF", "text", "planned",
              "Der Nordatlantikrat kommt"),
            E("Tusk calls the incursion a deliberate provocation and a test for the alliance", "ACCUSE",
              ["Donald Tusk", "Russia"], "2026-02-11", "text", "occurred", "Ministerpräsident Donald Tusk sprach"),
            E("Tusk warns Poland will shoot down any object entering its airspace without permission", "THREATEN",
              ["Donald Tusk", "Russia"], "2026-02-11", "context", "occurred", "Polen werde jedes Objekt"),
            E("Poland summons the Russian chargé d'affaires and hands over a protest note", "ACCUSE",
              ["Poland", "Russia"], "2026-02-11", "text", "occurred", "bestellte am selben Tag"),
            E("Zakharova rejects the accusations as baseless", "REJECT", ["Maria Zakharova", "Poland"], "2026-02-12",
              "published", "occurred", "Maria Sacharowa, wies"),
            E("Zakharova accuses Warsaw of seeking a pretext to drag NATO deeper into the conflict", "ACCUSE",
              ["Maria Zakharova", "Poland", "NATO"], "2026-02-12", "published", "occurred",
              "Warschau suche nur einen Vorwand"),
            E("Rutte–Tusk phone call", "CONSULT", ["Mark Rutte", "Donald Tusk"], "2026-02-11TEV", "text", "occurred",
              "Mark Rutte sagte Tusk am Mittwochabend"),
            E("Rutte promises to defend every inch of allied territory", "AGREE", ["Mark Rutte", "Poland"],
              "2026-02-11TEV", "text", "occurred", "Mark Rutte sagte Tusk am Mittwochabend"),
            E("Merz condemns the violation of Polish airspace as unacceptable", "ACCUSE", ["Friedrich Merz", "Russia"],
              "2026-02-12", "published", "occurred", "Bundeskanzler Friedrich Merz verurteilte"),
            E("Merz to extend the deployment of German Eurofighters in Poland into the summer", "MOBILIZE",
              ["Germany", "Poland"], "2026-SU", "text", "planned", "Bundeskanzler Friedrich Merz verurteilte"),
            E("Kallas calls for the 20th sanctions package to be adopted before 24 February", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-02-12", "published", "occurred",
              "Kaja Kallas forderte"),
            E("EU's 20th sanctions package against Russia to be adopted before 24 February", "SANCTION",
              ["European Union", "Russia"], "2026-02-24", "text", "planned", "Kaja Kallas forderte",
              note="before 24 February"),
            E("Zelensky–Tusk phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Tusk"], "2026-02-12",
              "published", "occurred", "Präsident Wolodymyr Selenskyj telefonierte"),
            E("Zelensky proposes a joint air shield over western Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Tusk"], "2026-02-12", "published", "occurred",
              "Präsident Wolodymyr Selenskyj telefonierte"),
            E("German Eurofighters stationed in Malbork under NATO's Eastern Sentry", "MOBILIZE", ["Germany", "NATO"],
              "2025-12", "text", "occurred", "Die vier Eurofighter", date_mod="START"),
        ],
        [
            S("Poland", "Operational command: jets scrambled, no attempt to shoot the missile down", "2026-02-12",
              "published", "Polnische und niederländische Kampfjets"),
            S("Donald Tusk", "A deliberate provocation and a test for the whole alliance", "2026-02-11", "text",
              "Ministerpräsident Donald Tusk sprach"),
            S("Donald Tusk", "Poland will shoot down any object entering its airspace without permission",
              "2026-02-11", "context", "Polen werde jedes Objekt"),
            S("Maria Zakharova", "The accusations are baseless; Poland has presented no evidence", "2026-02-12",
              "published", "Maria Sacharowa, wies"),
            S("Maria Zakharova", "Warsaw seeks a pretext to drag NATO deeper into the conflict", "2026-02-12",
              "published", "Warschau suche nur einen Vorwand"),
            S("Dmitry Peskov", "Refers questions to the defence ministry", "2026-02-12", "published",
              "Kremlsprecher Dmitri Peskow verwies"),
            S("Mark Rutte", "We will defend every inch of allied territory", "2026-02-11TEV", "text",
              "Mark Rutte sagte Tusk am Mittwochabend"),
            S("Friedrich Merz", "The violation is unacceptable; German Eurofighters stay in Poland into the summer",
              "2026-02-12", "published", "Bundeskanzler Friedrich Merz verurteilte"),
            S("Kaja Kallas", "The 20th sanctions package must be adopted before 24 February", "2026-02-12",
              "published", "Kaja Kallas forderte"),
            S("Volodymyr Zelensky", "Proposes again a joint air shield over western Ukraine", "2026-02-12",
              "published", "Präsident Wolodymyr Selenskyj telefonierte"),
            S("Germany", "Squadron spokesman: pilots are prepared for a longer deployment", "2026-02-12", "published",
              "Ein Sprecher des Geschwaders"),
        ],
        ["Russia", "Poland", "NATO", "Ukraine", "Donald Tusk", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "Mark Rutte", "Friedrich Merz", "Germany", "Kaja Kallas", "European Union", "Volodymyr Zelensky"],
    ),
]
