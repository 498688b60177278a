"""German articles of the blind107 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b107de01 (Nassauische Neue Presse)
DE01 = """
Meuterei in Russland: EU sieht „Risse“ in Putins Machtapparat

Luxemburg/Limburg. Die Außenminister der Europäischen Union haben den abgebrochenen Aufstand der Söldnertruppe Wagner als Zeichen einer tiefen Krise in Russland gewertet.
Bei ihrem Treffen am Montag in Luxemburg sprach der EU-Außenbeauftragte Josep Borrell von einem „Monster“, das Präsident Wladimir Putin selbst geschaffen habe und das sich gegen seinen Schöpfer wende.
Die militärische Macht des Kremls zeige Risse, sagte Borrell.

Bundesaußenministerin Annalena Baerbock (Grüne) sprach von einem „Machtkampf“, den man aus der Ferne beobachte, ohne sich einzumischen.
Die Vorgänge vom Wochenende seien eine innere Angelegenheit Russlands, doch sie zeigten, wie sehr der Krieg gegen die Ukraine das Land selbst zersetze.
Die Minister beschlossen zudem, die Europäische Friedensfazilität, aus der Waffenlieferungen an Kiew erstattet werden, um weitere 3,5 Milliarden Euro aufzustocken.
Der ukrainische Außenminister Dmytro Kuleba, der per Video zugeschaltet war, forderte die Europäer auf, die Schwäche Moskaus zu nutzen und die Lieferung von Munition zu beschleunigen.

Putin selbst wandte sich am späten Montagabend in einer Fernsehansprache an die Nation.
Er warf den „Feinden Russlands“, der Führung in Kiew und ihren „westlichen Schutzherren“, vor, auf einen Brudermord gesetzt zu haben.
Den Wagner-Kämpfern, die kein Blut vergossen hätten, bot er an, Verträge mit dem Verteidigungsministerium zu unterschreiben, nach Hause zurückzukehren oder nach Belarus zu gehen.
Ausdrücklich dankte Putin dem belarussischen Machthaber Alexander Lukaschenko für dessen Vermittlung.
Lukaschenko hatte am Samstagabend mit Wagner-Chef Jewgeni Prigoschin eine mit dem Kreml abgestimmte Vereinbarung ausgehandelt, nach der dieser seine Kolonnen rund 200 Kilometer vor Moskau stoppte.

Außenminister Sergej Lawrow sagte am Montag dem Staatssender RT, die russischen Dienste prüften, ob amerikanische oder andere westliche Geheimdienste an dem Aufstand beteiligt gewesen seien.
US-Präsident Joe Biden wies das zurück: Die USA und ihre Verbündeten hätten „nichts damit zu tun“ gehabt, sagte er im Weißen Haus.
Nach Angaben Washingtons hatte die US-Botschafterin in Moskau, Lynne Tracy, dies der russischen Regierung bereits am Wochenende übermittelt.
Biden hatte sich am Samstag in einer Videoschalte mit Bundeskanzler Olaf Scholz, Frankreichs Präsident Emmanuel Macron und dem britischen Premierminister Rishi Sunak abgestimmt.

Ein Sprecher der EU-Kommission kündigte an, die Lage in Belarus in den kommenden Tagen genau zu beobachten.
In Limburg lädt die ukrainische Gemeinde für den Sonntag zu einem Friedensgebet in den Dom ein; die Stadt beherbergt derzeit rund 600 Geflüchtete aus der Ukraine.
"""

# ---------------------------------------------------------------- b107de02 (Holsteinischer Courier)
DE02 = """
Lukaschenko: Habe Putin von der Vernichtung der Wagner-Truppe abgebracht

Minsk/Neumünster. Der belarussische Machthaber Alexander Lukaschenko hat bestätigt, dass sich Wagner-Chef Jewgeni Prigoschin in Belarus aufhält.
„Ja, er ist heute mit dem Flugzeug angekommen“, sagte Lukaschenko am Dienstag bei einer Ordensverleihung für Offiziere in Minsk.
Zugleich schilderte er, er habe Kremlchef Wladimir Putin am Samstag in einem Telefonat davon abgeraten, die Söldner „auszulöschen“.
Ein schlechter Frieden sei besser als jeder Krieg, habe er Putin gesagt.

Lukaschenko bot den Wagner-Kämpfern ein stillgelegtes Militärgelände an, auf dem sie ihre Zelte aufschlagen könnten.
Seine Armee könne von der Kampferfahrung der Söldner profitieren, sagte er.
Eine Gefahr für die Nachbarn gehe von ihnen nicht aus, solange niemand Belarus angreife.

In Moskau stellte der Inlandsgeheimdienst FSB am Dienstag die Ermittlungen wegen bewaffneten Aufruhrs gegen Prigoschin ein.
Putin sprach am selben Tag vor Soldaten und Einheiten der Nationalgarde auf dem Kathedralenplatz im Kreml und dankte ihnen, einen Bürgerkrieg verhindert zu haben.
Zugleich räumte er ein, dass Wagner vollständig vom Staat finanziert worden sei, allein zwischen Mai 2022 und Mai 2023 mit mehr als 86 Milliarden Rubel.
Kremlsprecher Dmitri Peskow sagte, die mit Lukaschenko getroffenen Absprachen würden umgesetzt; Putin halte stets sein Wort.
Ob der Präsident Prigoschin treffen werde, ließ Peskow offen.

In Polen und Litauen löste die Ankunft Prigoschins Sorge aus.
Polens Präsident Andrzej Duda nannte die Verlegung von Wagner-Einheiten nach Belarus ein „sehr negatives Signal“ und forderte, die Präsenz der Nato an ihrer Ostflanke zu verstärken.
Warschau kündigte an, die Sicherung der rund 400 Kilometer langen Grenze zu Belarus auszubauen.
Nato-Generalsekretär Jens Stoltenberg sagte am Dienstagabend in Den Haag, das Bündnis sei bereit, jeden Verbündeten gegen jede Bedrohung zu verteidigen, ob aus Moskau oder aus Minsk.

Bundeskanzler Olaf Scholz äußerte sich zurückhaltend: Die Lage in Russland bleibe unübersichtlich, die Unterstützung für die Ukraine werde aber fortgesetzt.
In Kiew erklärte Präsident Wolodymyr Selenskyj in seiner abendlichen Videoansprache, der Aufstand habe gezeigt, dass Putin nicht mehr alles unter Kontrolle habe.
"""

# ---------------------------------------------------------------- b107de03 (Aller-Zeitung)
DE03 = """
Kreml bestätigt Treffen Putins mit Prigoschin – fünf Tage nach der Meuterei

Moskau/Vilnius. Kremlchef Wladimir Putin hat sich wenige Tage nach dem abgebrochenen Aufstand der Wagner-Truppe mit deren Chef Jewgeni Prigoschin getroffen.
Das Treffen habe am 29. Juni im Kreml stattgefunden und fast drei Stunden gedauert, sagte Kremlsprecher Dmitri Peskow am Montag.
Neben Prigoschin seien 35 Kommandeure der Söldnertruppe eingeladen gewesen.
Putin habe ihnen eine Bewertung der Ereignisse vom 24. Juni gegeben und Möglichkeiten für ihren weiteren Einsatz angeboten, sagte Peskow.
Die Kommandeure hätten ihm versichert, sie seien „treue Anhänger“ des Präsidenten und bereit, weiter für ihr Land zu kämpfen.

Die Bestätigung kam überraschend, denn tagelang war unklar gewesen, wo sich Prigoschin aufhält.
Der belarussische Machthaber Alexander Lukaschenko hatte am vergangenen Donnerstag vor Journalisten in Minsk erklärt, Prigoschin befinde sich in St. Petersburg und nicht in Belarus.
Die Wagner-Kämpfer seien bislang nicht in das ihnen angebotene Lager umgezogen.
Peskow sagte, der Kreml verfolge Prigoschins Bewegungen nicht und habe dazu „weder die Möglichkeit noch den Wunsch“.

In Washington reagierte man zurückhaltend.
Man könne die Angaben aus Moskau nicht überprüfen, sagte der Sprecher des Nationalen Sicherheitsrats, John Kirby, am Montag.
US-Außenminister Antony Blinken hatte am Sonntag im Sender CNN gesagt, die Meuterei habe „echte Risse“ in Putins Herrschaft offengelegt.

Die Enthüllung fällt in die Tage vor dem Nato-Gipfel in der litauischen Hauptstadt Vilnius, der am Dienstag beginnt.
US-Präsident Joe Biden traf am Montag in London den britischen Premierminister Rishi Sunak und König Charles III., bevor er am Abend nach Vilnius weiterreiste.
Der ukrainische Präsident Wolodymyr Selenskyj erwartet von dem Gipfel ein klares Signal für den Beitritt seines Landes.
Die Gastgeber haben wegen der Wagner-Präsenz im benachbarten Belarus die Luftverteidigung rund um die Stadt verstärkt; Deutschland hat dafür in der vergangenen Woche Patriot-Systeme nach Litauen verlegt.

Nato-Generalsekretär Jens Stoltenberg sagte am Montag, das Bündnis beobachte die Lage in Belarus „sehr genau“, sehe aber derzeit keine unmittelbare Bedrohung für Verbündete.
Vom Gipfel solle die Botschaft ausgehen, dass die Nato jeden Zentimeter ihres Territoriums verteidigen werde.
"""

# ---------------------------------------------------------------- b107de04 (Bundeswehr-Journal)
DE04 = """
Wagner-Ausbilder an der polnischen Grenze: Warschau verlegt mehr als 1.000 Soldaten nach Osten

Söldner der russischen Wagner-Gruppe bilden seit dieser Woche belarussische Spezialkräfte auf einem Truppenübungsplatz bei Brest aus, nur wenige Kilometer von der Grenze zu Polen entfernt.
Das belarussische Verteidigungsministerium veröffentlichte am Donnerstag Bilder von gemeinsamen Übungen und sprach von einem Austausch von „Kampferfahrung“.
Die Ausbildung solle zunächst eine Woche dauern.
Wagner-Chef Jewgeni Prigoschin hatte sich bereits am Mittwochabend in einem Video an seine Kämpfer in Belarus gewandt: Man werde eine Weile bleiben, die belarussische Armee stärken und danach nach Afrika gehen.

Polen reagierte umgehend.
Verteidigungsminister Mariusz Błaszczak ordnete am Donnerstag die Verlegung von mehr als 1.000 Soldaten der 12. und der 17. Mechanisierten Brigade in den Osten des Landes an.
Man nehme die Lage ernst, doch es gebe keinen Grund zur Panik, sagte Błaszczak.
Regierungschef Mateusz Morawiecki warnte Minsk und Moskau vor „Provokationen“ an der Grenze und forderte die Nato-Partner auf, die Ostflanke weiter zu stärken.
Polen hat seit Ende Juni auch den Grenzschutz verstärkt und prüft, einzelne Übergänge nach Belarus zu schließen.

Aus Moskau kam scharfe Kritik.
Außenamtssprecherin Maria Sacharowa warf Warschau am Donnerstag vor, die Lage mit „aggressiver Rhetorik“ anzuheizen.
Kremlsprecher Dmitri Peskow sagte, die Zusammenarbeit zwischen Belarus und Wagner sei eine Angelegenheit Minsks.

Der belarussische Machthaber Alexander Lukaschenko will am Sonntag in St. Petersburg mit Kremlchef Wladimir Putin zusammenkommen.
Nach Angaben aus Minsk soll es dabei um Sicherheitsfragen und die Lage an der Westgrenze gehen.

Für die Bundeswehr rückt die Entwicklung die Zusage von Verteidigungsminister Boris Pistorius in den Blick, eine Kampfbrigade mit rund 4.000 Soldaten dauerhaft in Litauen zu stationieren.
Pistorius hatte das Vorhaben Ende Juni in Vilnius angekündigt; ein Zeitplan soll bis Jahresende vorliegen.
Beim Nato-Gipfel in Vilnius in der vergangenen Woche hatten die Alliierten vereinbart, die Verteidigungspläne für die Ostflanke mit deutlich mehr Kräften zu hinterlegen.
Ein Sprecher des Einsatzführungskommandos in Potsdam sagte dem Bundeswehr-Journal, man verfolge die Lage in Belarus „aufmerksam“, eine Änderung der Planung gebe es derzeit nicht.
"""

# ---------------------------------------------------------------- b107de05 (Mühlacker Tagblatt)
DE05 = """
Gentests bestätigen Prigoschins Tod – Putin verpflichtet Söldner auf einen Eid

Moskau/Mühlacker. Fünf Tage nach dem Absturz eines Privatflugzeugs nördlich von Moskau ist der Tod von Wagner-Chef Jewgeni Prigoschin offiziell bestätigt.
Molekulargenetische Untersuchungen hätten ergeben, dass die Identität aller zehn Toten mit der Passagierliste übereinstimme, teilte das russische Ermittlungskomitee am Sonntag mit.
Die Embraer-Maschine war am Mittwochabend auf dem Weg von Moskau nach St. Petersburg im Gebiet Twer abgestürzt; an Bord waren neben Prigoschin auch Wagner-Mitbegründer Dmitri Utkin und mehrere Leibwächter.
Zur Ursache machten die Ermittler keine Angaben.

Kremlchef Wladimir Putin hatte am Donnerstagabend sein Beileid ausgesprochen und Prigoschin einen Mann mit „schwierigem Schicksal“ genannt, der „schwere Fehler“ gemacht habe.
Am Freitag unterzeichnete er ein Dekret, das Kämpfer von Wagner und anderen Freiwilligenverbänden verpflichtet, einen Eid auf die russische Fahne abzulegen.
US-Präsident Joe Biden hatte schon am Mittwochabend gesagt, in Russland passiere nicht viel, hinter dem Putin nicht stecke.
Kremlsprecher Dmitri Peskow wies am Freitag Vorwürfe aus dem Westen, der Kreml habe den Absturz angeordnet, als „absolute Lüge“ zurück.

Auch der belarussische Machthaber Alexander Lukaschenko, der im Juni den Abzug der Wagner-Kolonnen vor Moskau vermittelt hatte, meldete sich zu Wort.
Er habe Prigoschin zweimal gewarnt, vorsichtig zu sein, sagte Lukaschenko am Freitag nach Angaben der Staatsagentur Belta.
Dass Putin hinter dem Absturz stecke, könne er sich nicht vorstellen: „Das ist zu grob und unprofessionell gearbeitet.“
Die Wagner-Lager in Belarus würden bestehen bleiben, die Kämpfer sollten weiter die belarussische Armee ausbilden.

Frankreichs Präsident Emmanuel Macron sagte in einem Interview, es gebe „berechtigte Zweifel“ an einem Unfall.
Die Bundesregierung äußerte sich zurückhaltend; man habe die Berichte „zur Kenntnis genommen“, sagte ein Regierungssprecher am Freitag in Berlin.
Brasilien, wo die Maschine gebaut wurde, bot Russland Unterstützung bei der Unfalluntersuchung an, erhielt nach Angaben der brasilianischen Flugunfallbehörde aber bislang keine Antwort.

In Warschau beraten am Montag die Innenminister Polens, Litauens und Lettlands über die Lage an der Grenze zu Belarus.
Die drei Staaten drohen mit der vollständigen Schließung der Grenze, sollte es zu einem „kritischen Zwischenfall“ mit Wagner-Kämpfern kommen.
Polens Innenminister Mariusz Kamiński forderte Minsk vorab auf, die Söldner des Landes zu verweisen.
Wie viele der einst rund 8.000 Wagner-Kämpfer sich derzeit noch in Belarus aufhalten, ist unklar.
"""

# ---------------------------------------------------------------- b107de06 (Südwind-Magazin)
DE06 = """
Niger: Wagner wittert eine Chance, Washington schickt Nuland

Wien/Niamey – Knapp zwei Wochen nach dem Putsch vom 26. Juli ringen der Westen und Russland um Einfluss in dem Sahelstaat.
Die stellvertretende US-Außenministerin Victoria Nuland traf am Montag in der Hauptstadt Niamey mehr als zwei Stunden lang Vertreter der Junta.
Die Gespräche seien „äußerst offen und zeitweise recht schwierig“ gewesen, sagte Nuland anschließend.
Einen Termin beim festgesetzten Präsidenten Mohamed Bazoum oder beim neuen Machthaber, General Abdourahamane Tiani, bekam sie nicht.

Washington fürchtet, dass die Putschisten die russische Söldnertruppe Wagner ins Land holen könnten, wie es die Nachbarn Mali und Burkina Faso vorgemacht haben.
Nach Berichten der Nachrichtenagentur AP soll ein Vertreter der Junta bei einem Besuch in Mali bereits Kontakt zu Wagner aufgenommen haben.
Wagner-Chef Jewgeni Prigoschin hatte den Umsturz in einer Audiobotschaft als Befreiung von den „Kolonisatoren“ gefeiert und seine Dienste angeboten.
US-Außenminister Antony Blinken sagte am Montag der BBC, er glaube nicht, dass Russland oder Wagner den Putsch angezettelt hätten, Wagner nutze aber die Instabilität aus.
Überall, wo die Gruppe auftauche, folgten „Tod, Zerstörung und Ausbeutung“.

Moskau rief seinerseits zur Zurückhaltung auf.
Eine militärische Intervention der westafrikanischen Staatengemeinschaft Ecowas werde die Lage nicht entschärfen, sagte Kremlsprecher Dmitri Peskow.
Das Ultimatum der Ecowas an die Junta, Bazoum bis Sonntag wieder einzusetzen, verstrich ohne Folgen; die Staatschefs des Bündnisses wollen am Donnerstag in Abuja über das weitere Vorgehen beraten.

Frankreich, die frühere Kolonialmacht, hat in der vergangenen Woche mehr als 1.000 Menschen aus Niamey ausgeflogen, darunter auch Österreicherinnen und Österreicher.
Die Junta kündigte am Donnerstag die Militärabkommen mit Paris auf; Präsident Emmanuel Macron nannte den Putsch „völlig illegitim“.
Die Europäische Union hat die Budgethilfe und die Sicherheitszusammenarbeit mit dem Niger ausgesetzt, Deutschland stoppte die direkte Entwicklungszusammenarbeit.

Für die Hilfsorganisationen vor Ort ist die Lage heikel.
Der Niger zählt zu den ärmsten Ländern der Welt, mehr als vier Millionen Menschen sind heuer auf humanitäre Hilfe angewiesen.
Eine Mitarbeiterin einer österreichischen NGO in Niamey sagte dem Südwind-Magazin, die Grenzschließungen trieben die Preise für Reis und Hirse bereits in die Höhe.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b107de01_eu_luxemburg_meuterei_2023_06", "2023-06-27", DE01,
        [
            T("Montag", "DATE", "2023-06-26", 0),
            T("Wochenende", "DATE", "2023-W25-WE", 0),
            T("späten Montagabend", "TIME", "2023-06-26TEV", note="late evening, Moscow time"),
            T("Samstagabend", "TIME", "2023-06-24TEV"),
            T("Montag", "DATE", "2023-06-26", 1),
            T("Wochenende", "DATE", "2023-W25-WE", 1),
            T("Samstag", "DATE", "2023-06-24"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("den Sonntag", "DATE", "2023-07-02"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"], "2023-06-26", "text",
              "occurred", "Bei ihrem Treffen am Montag in Luxemburg"),
            E("Borrell: Putin created a monster that turns on its creator", "ACCUSE",
              ["European Union", "Vladimir Putin"], "2023-06-26", "context", "occurred",
              "Bei ihrem Treffen am Montag in Luxemburg"),
            E("EU tops up the European Peace Facility by 3.5 billion euros", "AID", ["European Union", "Ukraine"],
              "2023-06-26", "context", "occurred", "Die Minister beschlossen zudem"),
            E("Kuleba joins the EU foreign ministers by video", "CONSULT", ["Ukraine", "European Union"],
              "2023-06-26", "context", "occurred", "per Video zugeschaltet"),
            E("Kuleba asks the Europeans to speed up ammunition deliveries", "REQUEST",
              ["Ukraine", "European Union"], "2023-06-26", "context", "occurred", "per Video zugeschaltet"),
            E("Putin accuses Kyiv and its Western patrons of counting on fratricide", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2023-06-26TEV", "context", "occurred", "Er warf den „Feinden"),
            E("Putin thanks Lukashenko for his mediation", "SUPPORT", ["Vladimir Putin", "Alexander Lukashenko"],
              "2023-06-26TEV", "context", "occurred", "Ausdrücklich dankte Putin"),
            E("Lukashenko negotiates the deal with Prigozhin, coordinated with the Kremlin", "AGREE",
              ["Alexander Lukashenko", "Kremlin"], "2023-06-24TEV", "text", "occurred",
              "eine mit dem Kreml abgestimmte Vereinbarung"),
            E("Lavrov: services check whether US or Western intelligence was involved", "ACCUSE",
              ["Sergey Lavrov", "United States"], "2023-06-26", "text", "occurred", "Außenminister Sergej Lawrow sagte"),
            E("Biden denies any US involvement", "REJECT", ["Joe Biden", "Russia"], "2023-06-26", "context",
              "occurred", "US-Präsident Joe Biden wies das zurück"),
            E("Ambassador Tracy conveys to the Russian government that the US was not involved", "CONSULT",
              ["United States", "Russia"], "2023-W25-WE", "text", "occurred", "Lynne Tracy"),
            E("Biden's video call with Scholz, Macron and Sunak", "CONSULT",
              ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom"], "2023-06-24", "text", "occurred",
              "in einer Videoschalte"),
        ],
        [
            S("European Union", "Borrell: Putin created a monster that now turns against him", "2023-06-26",
              "context", "Bei ihrem Treffen am Montag in Luxemburg"),
            S("European Union", "Borrell: the Kremlin's military power shows cracks", "2023-06-26", "context",
              "zeige Risse"),
            S("Germany", "Baerbock: a power struggle watched from afar without interfering", "2023-06-26", "context",
              "Bundesaußenministerin Annalena Baerbock"),
            S("Germany", "Baerbock: an internal Russian affair that shows how the war corrodes Russia", "2023-06-26",
              "context", "Die Vorgänge vom Wochenende"),
            S("Ukraine", "Kuleba: use Moscow's weakness and speed up ammunition deliveries", "2023-06-26", "context",
              "per Video zugeschaltet"),
            S("Vladimir Putin", "The enemies of Russia, Kyiv and its Western patrons, counted on fratricide",
              "2023-06-26TEV", "context", "Er warf den „Feinden"),
            S("Vladimir Putin", "Wagner fighters may sign contracts, go home or go to Belarus", "2023-06-26TEV",
              "context", "Den Wagner-Kämpfern"),
            S("Vladimir Putin", "Thanks Lukashenko for his mediation", "2023-06-26TEV", "context",
              "Ausdrücklich dankte Putin"),
            S("Sergey Lavrov", "Russian services are checking whether Western intelligence was involved",
              "2023-06-26", "text", "Außenminister Sergej Lawrow sagte"),
            S("Joe Biden", "The US and its allies had nothing to do with it", "2023-06-26", "context",
              "US-Präsident Joe Biden wies das zurück"),
            S("United States", "Ambassador Tracy conveyed this to the Russian government at the weekend", "2023-06-27",
              "published", "Lynne Tracy"),
            S("European Union", "The Commission will watch the situation in Belarus closely", "2023-06-27",
              "published", "Ein Sprecher der EU-Kommission"),
        ],
        ["European Union", "Vladimir Putin", "Kremlin", "Germany", "Ukraine", "Russia", "Belarus",
         "Alexander Lukashenko", "Sergey Lavrov", "Joe Biden", "United States", "Olaf Scholz", "Emmanuel Macron",
         "France", "United Kingdom"],
    ),
    doc(
        "b107de02_lukaschenko_prigoschin_minsk_2023_06", "2023-06-28", DE02,
        [
            T("heute", "DATE", "2023-06-27", note="in Lukashenko's quote, speech time Tuesday 27 June"),
            T("Dienstag", "DATE", "2023-06-27", 0),
            T("Samstag", "DATE", "2023-06-24"),
            T("Dienstag", "DATE", "2023-06-27", 1),
            T("selben Tag", "DATE", "2023-06-27"),
            T("Mai 2022", "DATE", "2022-05"),
            T("Mai 2023", "DATE", "2023-05"),
            T("Dienstagabend", "TIME", "2023-06-27TEV"),
            T("abendlichen", "SET", "P1D"),
        ],
        [
            E("Lukashenko–Putin phone call during the mutiny", "CONSULT", ["Alexander Lukashenko", "Vladimir Putin"],
              "2023-06-24", "text", "occurred", "in einem Telefonat davon abgeraten"),
            E("Lukashenko advises Putin not to wipe out the Wagner fighters", "REQUEST",
              ["Alexander Lukashenko", "Vladimir Putin"], "2023-06-24", "text", "occurred",
              "in einem Telefonat davon abgeraten"),
            E("Lukashenko offers the Wagner fighters a disused military site in Belarus", "REQUEST",
              ["Alexander Lukashenko"], "2023-06-27", "context", "occurred", "bot den Wagner-Kämpfern"),
            E("Peskov: the agreements made with Lukashenko are being implemented", "AGREE",
              ["Dmitry Peskov", "Alexander Lukashenko"], "2023-06-28", "published", "occurred",
              "Kremlsprecher Dmitri Peskow sagte"),
            E("Duda calls the move of Wagner units to Belarus a very negative signal", "ACCUSE", ["Poland", "Belarus"],
              "2023-06-28", "published", "occurred", "Polens Präsident Andrzej Duda"),
            E("Duda demands a stronger NATO presence on the eastern flank", "REQUEST", ["Poland", "NATO"],
              "2023-06-28", "published", "occurred", "Polens Präsident Andrzej Duda"),
            E("Poland to reinforce the border with Belarus", "MOBILIZE", ["Poland", "Belarus"], "2023-06-28",
              "published", "planned", "Warschau kündigte an"),
            E("Stoltenberg: NATO ready to defend every ally against any threat from Moscow or Minsk", "THREATEN",
              ["Jens Stoltenberg", "NATO", "Russia", "Belarus"], "2023-06-27TEV", "text", "occurred",
              "Nato-Generalsekretär Jens Stoltenberg"),
            E("Scholz: support for Ukraine will continue", "AGREE", ["Olaf Scholz", "Ukraine"], "2023-06-28",
              "published", "occurred", "Bundeskanzler Olaf Scholz"),
        ],
        [
            S("Alexander Lukashenko", "Prigozhin arrived in Belarus by plane today", "2023-06-27", "text",
              "er ist heute mit dem Flugzeug angekommen"),
            S("Alexander Lukashenko", "He advised Putin on Saturday not to wipe out the mercenaries", "2023-06-27",
              "context", "in einem Telefonat davon abgeraten"),
            S("Alexander Lukashenko", "A bad peace is better than any war, he told Putin", "2023-06-27", "context",
              "Ein schlechter Frieden"),
            S("Alexander Lukashenko", "Offers the Wagner fighters a disused military site", "2023-06-27", "context",
              "bot den Wagner-Kämpfern"),
            S("Alexander Lukashenko", "His army can profit from the mercenaries' combat experience", "2023-06-27",
              "context", "Seine Armee könne"),
            S("Alexander Lukashenko", "They pose no danger to the neighbours unless Belarus is attacked", "2023-06-27",
              "context", "Eine Gefahr für die Nachbarn"),
            S("Vladimir Putin", "Thanks the troops for preventing a civil war", "2023-06-27", "context",
              "Putin sprach am selben Tag"),
            S("Vladimir Putin", "Wagner was fully financed by the state, 86 billion roubles in a year", "2023-06-27",
              "context", "Zugleich räumte er ein"),
            S("Dmitry Peskov", "The agreements with Lukashenko are being implemented; Putin keeps his word",
              "2023-06-28", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Dmitry Peskov", "Leaves open whether Putin will meet Prigozhin", "2023-06-28", "published",
              "ließ Peskow offen"),
            S("Poland", "Duda: a very negative signal; NATO must strengthen its eastern flank", "2023-06-28",
              "published", "Polens Präsident Andrzej Duda"),
            S("Poland", "Warsaw will reinforce the border with Belarus", "2023-06-28", "published",
              "Warschau kündigte an"),
            S("Jens Stoltenberg", "NATO is ready to defend every ally against any threat from Moscow or Minsk",
              "2023-06-27TEV", "text", "Nato-Generalsekretär Jens Stoltenberg"),
            S("Olaf Scholz", "The situation in Russia remains unclear; support for Ukraine continues", "2023-06-28",
              "published", "Bundeskanzler Olaf Scholz"),
            S("Volodymyr Zelensky", "The uprising showed that Putin no longer has everything under control",
              "2023-06-28", "published", "abendlichen Videoansprache"),
        ],
        ["Alexander Lukashenko", "Belarus", "Vladimir Putin", "Kremlin", "Russia", "Dmitry Peskov", "Poland", "NATO",
         "Jens Stoltenberg", "Olaf Scholz", "Germany", "Ukraine", "Volodymyr Zelensky"],
    ),
    doc(
        "b107de03_putin_prigoschin_kreml_treffen_2023_07", "2023-07-10", DE03,
        [
            T("29. Juni", "DATE", "2023-06-29"),
            T("fast drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("Montag", "DATE", "2023-07-10", 0),
            T("24. Juni", "DATE", "2023-06-24"),
            T("tagelang", "DURATION", "PXD"),
            T("vergangenen Donnerstag", "DATE", "2023-07-06"),
            T("Montag", "DATE", "2023-07-10", 1),
            T("Sonntag", "DATE", "2023-07-09"),
            T("Dienstag", "DATE", "2023-07-11"),
            T("Montag", "DATE", "2023-07-10", 2),
            T("Abend", "TIME", "2023-07-10TEV"),
            T("der vergangenen Woche", "DATE", "2023-W27"),
            T("Montag", "DATE", "2023-07-10", 3),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Putin receives Prigozhin and 35 Wagner commanders in the Kremlin", "CONSULT", ["Vladimir Putin"],
              "2023-06-29", "text", "occurred", "Das Treffen habe am 29. Juni"),
            E("NATO summit in Vilnius opens", "CONSULT", ["NATO"], "2023-07-11", "text", "planned",
              "der am Dienstag beginnt"),
            E("Biden meets Sunak and King Charles in London", "CONSULT", ["Joe Biden", "United Kingdom"],
              "2023-07-10", "text", "occurred", "traf am Montag in London"),
            E("Zelensky expects a clear signal on membership from the summit", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2023-07-10", "published", "occurred", "erwartet von dem Gipfel"),
            E("Germany moves Patriot systems to Lithuania for the summit", "MOBILIZE", ["Germany"], "2023-W27", "text",
              "occurred", "Patriot-Systeme nach Litauen"),
        ],
        [
            S("Dmitry Peskov", "The meeting took place on 29 June in the Kremlin and lasted almost three hours",
              "2023-07-10", "text", "Das Treffen habe am 29. Juni"),
            S("Dmitry Peskov", "35 Wagner commanders were invited besides Prigozhin", "2023-07-10", "context",
              "Neben Prigoschin seien"),
            S("Dmitry Peskov", "Putin assessed the events of 24 June and offered options for further employment",
              "2023-07-10", "context", "Putin habe ihnen eine Bewertung"),
            S("Dmitry Peskov", "The commanders assured Putin of their loyalty", "2023-07-10", "context",
              "Die Kommandeure hätten ihm versichert"),
            S("Alexander Lukashenko", "Prigozhin is in St Petersburg, not in Belarus", "2023-07-06", "text",
              "vor Journalisten in Minsk erklärt"),
            S("Alexander Lukashenko", "The Wagner fighters have not yet moved to the camp offered to them",
              "2023-07-06", "context", "Die Wagner-Kämpfer seien bislang"),
            S("Dmitry Peskov", "The Kremlin does not track Prigozhin's movements", "2023-07-10", "context",
              "Peskow sagte, der Kreml verfolge"),
            S("White House", "Kirby: the claims from Moscow cannot be verified", "2023-07-10", "text",
              "John Kirby"),
            S("Antony Blinken", "The mutiny exposed real cracks in Putin's rule", "2023-07-09", "text",
              "im Sender CNN"),
            S("Volodymyr Zelensky", "Expects a clear signal on membership from the summit", "2023-07-10",
              "published", "erwartet von dem Gipfel"),
            S("Jens Stoltenberg", "NATO watches Belarus closely but sees no immediate threat to allies",
              "2023-07-10", "text", "Nato-Generalsekretär Jens Stoltenberg"),
            S("Jens Stoltenberg", "The summit should signal that NATO will defend every inch of its territory",
              "2023-07-10", "context", "Vom Gipfel solle"),
        ],
        ["Vladimir Putin", "Kremlin", "Dmitry Peskov", "Alexander Lukashenko", "Belarus", "Russia", "White House",
         "Antony Blinken", "United States", "NATO", "Joe Biden", "United Kingdom", "Volodymyr Zelensky", "Ukraine",
         "Germany", "Jens Stoltenberg"],
    ),
    doc(
        "b107de04_wagner_brest_polen_grenze_2023_07", "2023-07-21", DE04,
        [
            T("dieser Woche", "DATE", "2023-W29"),
            T("Donnerstag", "DATE", "2023-07-20", 0),
            T("eine Woche", "DURATION", "P1W"),
            T("Mittwochabend", "TIME", "2023-07-19TEV"),
            T("Donnerstag", "DATE", "2023-07-20", 1),
            T("Ende Juni", "DATE", "2023-06", 0, mod="END"),
            T("Donnerstag", "DATE", "2023-07-20", 2),
            T("Sonntag", "DATE", "2023-07-23"),
            T("Ende Juni", "DATE", "2023-06", 1, mod="END"),
            T("Jahresende", "DATE", "2023", mod="END"),
            T("der vergangenen Woche", "DATE", "2023-W28"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Wagner instructors train Belarusian special forces near Brest", "MOBILIZE", ["Belarus"], "2023-W29",
              "text", "occurred", "seit dieser Woche belarussische Spezialkräfte", date_mod="START"),
            E("Poland orders more than 1,000 soldiers to the east of the country", "MOBILIZE", ["Poland"],
              "2023-07-20", "text", "occurred", "ordnete am Donnerstag die Verlegung"),
            E("Morawiecki warns Minsk and Moscow against provocations at the border", "REQUEST",
              ["Poland", "Belarus", "Russia"], "2023-07-21", "published", "occurred", "Regierungschef Mateusz Morawiecki"),
            E("Morawiecki asks NATO partners to strengthen the eastern flank further", "REQUEST", ["Poland", "NATO"],
              "2023-07-21", "published", "occurred", "Regierungschef Mateusz Morawiecki"),
            E("Poland has reinforced its border guard since late June", "MOBILIZE", ["Poland", "Belarus"], "2023-06",
              "text", "occurred", "Polen hat seit Ende Juni", date_mod="START"),
            E("Poland considers closing crossings to Belarus", "SANCTION", ["Poland", "Belarus"], "2023-07-21",
              "published", "uncertain", "Polen hat seit Ende Juni"),
            E("Zakharova accuses Warsaw of stoking tensions with aggressive rhetoric", "ACCUSE",
              ["Maria Zakharova", "Poland"], "2023-07-20", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Lukashenko to meet Putin in St Petersburg", "CONSULT", ["Alexander Lukashenko", "Vladimir Putin"],
              "2023-07-23", "text", "planned", "will am Sonntag in St. Petersburg"),
            E("Pistorius announces a permanent German brigade in Lithuania", "MOBILIZE", ["Germany"], "2023-06",
              "text", "planned", "Pistorius hatte das Vorhaben Ende Juni", date_mod="END"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-W28", "text", "occurred",
              "Beim Nato-Gipfel in Vilnius"),
            E("Allies agree to back the eastern-flank defence plans with more forces", "AGREE", ["NATO"], "2023-W28",
              "text", "occurred", "Beim Nato-Gipfel in Vilnius"),
        ],
        [
            S("Belarus", "The defence ministry speaks of an exchange of combat experience", "2023-07-20", "text",
              "Das belarussische Verteidigungsministerium"),
            S("Belarus", "The training is to last one week for now", "2023-07-20", "context",
              "Die Ausbildung solle zunächst"),
            S("Poland", "Błaszczak: the situation is taken seriously, but there is no reason to panic", "2023-07-20",
              "context", "Man nehme die Lage ernst"),
            S("Poland", "Morawiecki warns Minsk and Moscow against provocations and asks NATO to strengthen the flank",
              "2023-07-21", "published", "Regierungschef Mateusz Morawiecki"),
            S("Russia", "Sharp criticism from Moscow", "2023-07-20", "context", "Aus Moskau kam scharfe Kritik"),
            S("Maria Zakharova", "Warsaw is stoking the situation with aggressive rhetoric", "2023-07-20", "text",
              "Außenamtssprecherin Maria Sacharowa"),
            S("Dmitry Peskov", "Cooperation between Belarus and Wagner is a matter for Minsk", "2023-07-21",
              "published", "Kremlsprecher Dmitri Peskow"),
            S("Belarus", "The Lukashenko–Putin meeting will deal with security and the western border", "2023-07-21",
              "published", "Nach Angaben aus Minsk"),
            S("Germany", "The Bundeswehr's operations command follows Belarus attentively; no change of plans",
              "2023-07-21", "published", "Ein Sprecher des Einsatzführungskommandos"),
        ],
        ["Belarus", "Poland", "NATO", "Russia", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Alexander Lukashenko",
         "Vladimir Putin", "Germany"],
    ),
    doc(
        "b107de05_prigoschin_tod_bestaetigt_2023_08", "2023-08-28", DE05,
        [
            T("Sonntag", "DATE", "2023-08-27"),
            T("Mittwochabend", "TIME", "2023-08-23TEV", 0),
            T("Donnerstagabend", "TIME", "2023-08-24TEV"),
            T("Freitag", "DATE", "2023-08-25", 0),
            T("Mittwochabend", "TIME", "2023-08-23TEV", 1),
            T("Freitag", "DATE", "2023-08-25", 1),
            T("Juni", "DATE", "2023-06"),
            T("Freitag", "DATE", "2023-08-25", 2),
            T("Freitag", "DATE", "2023-08-25", 3),
            T("Montag", "DATE", "2023-08-28"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Biden suggests Putin is behind the crash", "ACCUSE", ["Joe Biden", "Vladimir Putin"], "2023-08-23TEV",
              "text", "occurred", "US-Präsident Joe Biden hatte schon"),
            E("Peskov rejects Western accusations that the Kremlin ordered the crash", "REJECT",
              ["Dmitry Peskov", "Joe Biden"], "2023-08-25", "text", "occurred", "Kremlsprecher Dmitri Peskow wies"),
            E("Lukashenko brokered the withdrawal of the Wagner columns in June", "AGREE", ["Alexander Lukashenko"],
              "2023-06", "text", "occurred", "den Abzug der Wagner-Kolonnen"),
            E("Brazil offers Russia help with the crash investigation", "REQUEST", ["Russia"], "2023-08-28",
              "published", "occurred", "bot Russland Unterstützung"),
            E("Interior ministers of Poland, Lithuania and Latvia meet in Warsaw", "CONSULT", ["Poland"], "2023-08-28",
              "text", "planned", "In Warschau beraten am Montag"),
            E("Poland, Lithuania and Latvia threaten to close the border with Belarus completely", "THREATEN",
              ["Poland", "Belarus"], "2023-08-28", "published", "occurred", "Die drei Staaten drohen"),
            E("Poland asks Minsk to expel the Wagner fighters", "REQUEST", ["Poland", "Belarus"], "2023-08-28",
              "published", "occurred", "Mariusz Kamiński"),
        ],
        [
            S("Russia", "Genetic tests confirm the identity of all ten dead", "2023-08-27", "text",
              "Molekulargenetische Untersuchungen"),
            S("Russia", "The investigators gave no cause of the crash", "2023-08-27", "context",
              "Zur Ursache machten die Ermittler"),
            S("Vladimir Putin", "Condolences; Prigozhin was a man of difficult fate who made serious mistakes",
              "2023-08-24TEV", "text", "sein Beileid ausgesprochen"),
            S("Joe Biden", "Not much happens in Russia that Putin is not behind", "2023-08-23TEV", "text",
              "US-Präsident Joe Biden hatte schon"),
            S("Dmitry Peskov", "Accusations that the Kremlin ordered the crash are an absolute lie", "2023-08-25",
              "text", "Kremlsprecher Dmitri Peskow wies"),
            S("Alexander Lukashenko, via Belarus", "He warned Prigozhin twice to be careful", "2023-08-25", "text",
              "Er habe Prigoschin zweimal gewarnt"),
            S("Alexander Lukashenko", "Cannot imagine Putin behind the crash: too crude and unprofessional",
              "2023-08-25", "context", "Dass Putin hinter dem Absturz stecke"),
            S("Alexander Lukashenko", "The Wagner camps in Belarus will remain and keep training the army",
              "2023-08-25", "context", "Die Wagner-Lager in Belarus"),
            S("Emmanuel Macron", "There are reasonable doubts that it was an accident", "2023-08-28", "published",
              "berechtigte Zweifel"),
            S("Germany", "The government has taken note of the reports", "2023-08-25", "text",
              "Die Bundesregierung äußerte sich"),
            S("Poland", "The three states threaten to close the border in case of a critical incident", "2023-08-28",
              "published", "Die drei Staaten drohen"),
            S("Poland", "Kamiński asks Minsk to expel the mercenaries", "2023-08-28", "published",
              "Mariusz Kamiński"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Joe Biden", "United States", "Dmitry Peskov", "Alexander Lukashenko",
         "Belarus", "Emmanuel Macron", "France", "Germany", "Poland"],
    ),
    doc(
        "b107de06_niger_wagner_nuland_2023_08", "2023-08-08", DE06,
        [
            T("26. Juli", "DATE", "2023-07-26"),
            T("Montag", "DATE", "2023-08-07", 0),
            T("mehr als zwei Stunden", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Montag", "DATE", "2023-08-07", 1),
            T("Sonntag", "DATE", "2023-08-06"),
            T("Donnerstag", "DATE", "2023-08-10", 0),
            T("der vergangenen Woche", "DATE", "2023-W31"),
            T("Donnerstag", "DATE", "2023-08-03", 1),
            T("heuer", "DATE", "2023"),
        ],
        [
            E("Nuland meets junta representatives in Niamey", "CONSULT", ["United States"], "2023-08-07", "text",
              "occurred", "Victoria Nuland traf am Montag"),
            E("Nuland is not given a meeting with Bazoum or Tiani", "REJECT", ["United States"], "2023-08-07",
              "context", "occurred", "Einen Termin beim festgesetzten Präsidenten"),
            E("Blinken: Wagner exploits the instability in Niger", "ACCUSE", ["Antony Blinken"], "2023-08-07", "text",
              "occurred", "US-Außenminister Antony Blinken sagte"),
            E("Peskov warns that an ECOWAS military intervention would not defuse the situation", "REQUEST",
              ["Dmitry Peskov"], "2023-08-08", "published", "occurred", "Eine militärische Intervention"),
            E("The junta ends the military agreements with France", "SANCTION", ["France"], "2023-08-03", "text",
              "occurred", "Die Junta kündigte am Donnerstag"),
            E("Macron calls the coup completely illegitimate", "ACCUSE", ["Emmanuel Macron"], "2023-08-08",
              "published", "occurred", "völlig illegitim"),
            E("EU suspends budget support and security cooperation with Niger", "SANCTION", ["European Union"],
              "2023-08-08", "published", "occurred", "Die Europäische Union hat die Budgethilfe",
              note="announced on 29 July 2023"),
            E("Germany stops direct development cooperation with Niger", "SANCTION", ["Germany"], "2023-08-08",
              "published", "occurred", "Die Europäische Union hat die Budgethilfe"),
        ],
        [
            S("United States", "Nuland: the talks were extremely frank and at times quite difficult", "2023-08-07",
              "context", "Die Gespräche seien"),
            S("United States", "Washington fears the junta could bring in Wagner", "2023-08-08", "published",
              "Washington fürchtet"),
            S("Antony Blinken", "Russia or Wagner did not instigate the coup, but Wagner exploits the instability",
              "2023-08-07", "text", "US-Außenminister Antony Blinken sagte"),
            S("Antony Blinken", "Wherever the group appears, death, destruction and exploitation follow",
              "2023-08-07", "context", "Tod, Zerstörung und Ausbeutung"),
            S("Russia", "Moscow calls for restraint", "2023-08-08", "published", "Moskau rief seinerseits"),
            S("Dmitry Peskov", "An ECOWAS military intervention would not defuse the situation", "2023-08-08",
              "published", "Eine militärische Intervention"),
            S("Emmanuel Macron", "The coup is completely illegitimate", "2023-08-08", "published",
              "völlig illegitim"),
        ],
        ["United States", "Antony Blinken", "Russia", "Dmitry Peskov", "Kremlin", "France", "Emmanuel Macron",
         "European Union", "Germany"],
    ),
]
