"""German articles of the blind65 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b65de01 (Elbe-Jeetzel-Zeitung)
DE01 = """
Nach Raketenangriffen: Alle ukrainischen Atomkraftwerke vom Netz

Kiew/Lüchow. Nach den schwersten russischen Angriffen auf die Energieversorgung seit Wochen sind am Mittwoch erstmals alle Kernkraftwerke der Ukraine gleichzeitig vom Stromnetz getrennt worden.
Die Reaktoren in Riwne, Chmelnyzkyj und Piwdennoukrajinsk schalteten sich nach Angaben des Betreibers Energoatom automatisch ab, das von Russland besetzte Kraftwerk Saporischschja hing stundenlang nur an Dieselgeneratoren.
Millionen Menschen saßen am Abend im Dunkeln, auch im benachbarten Moldau fiel großflächig der Strom aus.
Rund 70 Marschflugkörper habe Russland abgefeuert, 51 davon seien abgefangen worden, teilte die ukrainische Luftwaffe mit.

IAEA-Chef Rafael Grossi nannte den gleichzeitigen Ausfall am Mittwoch in Wien „äußerst besorgniserregend“.
Er bekräftigte seine Forderung nach einer Schutzzone um Saporischschja, über die er seit September mit beiden Seiten verhandelt.
Ohne externe Stromversorgung könnten die Reaktoren nur mit Notstrom gekühlt werden, warnte der Argentinier.

Noch am Mittwochabend kam der UN-Sicherheitsrat in New York auf Antrag Kiews zu einer Dringlichkeitssitzung zusammen.
Präsident Wolodymyr Selenskyj, per Video zugeschaltet, warf Moskau ein „Verbrechen gegen die Menschlichkeit“ vor: Bei Minusgraden Millionen Menschen Strom, Wärme und Wasser zu nehmen, sei „eine Formel des Terrors“.
Der russische UN-Botschafter Wassili Nebensja entgegnete, die Angriffe seien die Folge davon, dass der Westen die Ukraine mit Waffen vollpumpe.
UN-Generalsekretär António Guterres ließ in der Sitzung erklären, Angriffe auf zivile Infrastruktur verstießen gegen das Völkerrecht und müssten sofort aufhören.

Das Europäische Parlament hatte Russland am selben Tag mit großer Mehrheit zu einem „staatlichen Unterstützer des Terrorismus“ erklärt.
Estlands Regierungschefin Kaja Kallas verlangte am Donnerstag, die Energieversorgung der Ukraine müsse beim Treffen der Nato-Außenminister am kommenden Dienstag in Bukarest ganz oben auf der Tagesordnung stehen.

Der Kreml wies am Donnerstag jede Verantwortung für das Leid der Zivilbevölkerung zurück.
Die ukrainische Führung habe jede Möglichkeit, die Lage zu normalisieren, wenn sie die Forderungen Russlands erfülle, sagte Kremlsprecher Dmitri Peskow.
Selenskyj kündigte in der Nacht zum Donnerstag an, in den kommenden Tagen landesweit sogenannte Punkte der Unbeugsamkeit mit Strom, Wärme und Internet einzurichten.

Im Wendland werden die Nachrichten aus der Ukraine mit besonderer Sorge verfolgt.
Die Bürgerinitiative Umweltschutz Lüchow-Dannenberg erinnerte am Donnerstag daran, dass die Notstromaggregate eines Reaktors nur für wenige Tage Diesel vorhielten.
Die Samtgemeinde Lüchow sammelt seit dem Frühjahr Spenden für Generatoren, die vor Weihnachten in die Ukraine gebracht werden sollen.
"""


# ---------------------------------------------------------------- b65de02 (Lingener Tagespost)
DE02 = """
Sprengstoff auf dem Reaktordach? Kiew und Moskau beschuldigen sich gegenseitig

Kiew/Lingen. Um das von Russland besetzte Atomkraftwerk Saporischschja wächst die Sorge vor einer gezielten Sabotage.
Präsident Wolodymyr Selenskyj sagte am Dienstagabend, nach Erkenntnissen des Geheimdienstes hätten russische Truppen „sprengstoffähnliche Objekte“ auf den Dächern der Reaktorblöcke 3 und 4 angebracht.
Möglicherweise solle damit ein ukrainischer Beschuss vorgetäuscht werden, fügte er hinzu.
Über die Lage habe er Frankreichs Präsidenten Emmanuel Macron in einem Telefonat informiert, schrieb Selenskyj anschließend.

Der Kreml wies die Vorwürfe am Mittwoch als „weitere Lüge“ zurück.
Die Gefahr einer Sabotage gehe vielmehr von Kiew aus, und deren Folgen könnten katastrophal sein, sagte Kremlsprecher Dmitri Peskow.
Ein Berater des Staatskonzerns Rosatom hatte schon am Dienstag im Staatsfernsehen behauptet, die ukrainische Armee wolle das Kraftwerk in der Nacht zum Mittwoch mit Munition aus abgereichertem Uran beschießen.
Ein solcher Angriff blieb bis Donnerstag aus.

Die Internationale Atomenergiebehörde (IAEA) erklärte, ihre Experten vor Ort hätten bei Rundgängen in den vergangenen Wochen keine sichtbaren Hinweise auf Minen oder Sprengsätze entdeckt.
Generaldirektor Rafael Grossi verlangte am Mittwoch aber Zugang zu den Dächern der Blöcke 3 und 4 sowie zu Teilen der Turbinenhallen, der den Inspekteuren bisher verwehrt worden sei.

In Washington sagte John Kirby, Sprecher des Nationalen Sicherheitsrats im Weißen Haus, man beobachte die Lage „sehr genau“, sehe derzeit aber keine Anzeichen für eine unmittelbare Gefahr.
Die Bundesregierung rief Russland auf, die Anlage unverzüglich an die Ukraine zurückzugeben.
Russische Truppen halten das größte Atomkraftwerk Europas seit Anfang März 2022 besetzt, seit September 2022 sind alle sechs Reaktoren heruntergefahren.

Selenskyj selbst traf am Donnerstag zu einem Besuch in Bulgarien ein, wo er mit Ministerpräsident Nikolai Denkow auch über den Kauf zweier in Russland gebauter Reaktoren aus dem gestoppten Projekt Belene sprechen wollte.
Vom Nato-Gipfel in Vilnius am kommenden Dienstag und Mittwoch erhofft sich Kiew eine klare Beitrittsperspektive.

Im Emsland werden die Nachrichten aus Saporischschja aufmerksam verfolgt.
Das Kernkraftwerk Emsland in Lingen war am 15. April als eines der letzten drei deutschen Atomkraftwerke vom Netz gegangen.
Umstritten bleibt die geplante Zusammenarbeit der Lingener Brennelementefabrik mit einer Tochter von Rosatom, über die das niedersächsische Umweltministerium seit Monaten berät.
"""

# ---------------------------------------------------------------- b65de03 (Landshuter Zeitung)
DE03 = """
Grossi bei Putin in Sotschi: Sorge um Saporischschja

Sotschi/Landshut. Der Chef der Internationalen Atomenergiebehörde (IAEA), Rafael Grossi, ist am Mittwoch in Sotschi mit Kremlchef Wladimir Putin zusammengetroffen.
Im Mittelpunkt des Gesprächs am Schwarzen Meer stand nach Angaben des Kremls die Sicherheit des russisch besetzten Atomkraftwerks Saporischschja.
Es war ihre zweite Begegnung seit Oktober 2022, als Grossi den russischen Präsidenten in St. Petersburg getroffen hatte.

Putin sagte zu Beginn des Treffens, Russland sei an einer Zusammenarbeit mit der Behörde interessiert und werde ihren Experten weiterhin Zugang zu der Anlage gewähren.
Grossi schrieb anschließend auf X, es habe einen „wichtigen Austausch“ gegeben, er wolle seine Arbeit fortsetzen, um einen nuklearen Unfall zu verhindern.
Vor Journalisten warnte der Argentinier beide Seiten davor, die Anlage zum Ziel militärischer Handlungen zu machen.
Zugleich riet er Moskau dringend davon ab, einen der sechs Reaktoren wieder hochzufahren, solange die Kämpfe andauerten.
Der Staatskonzern Rosatom hatte zuletzt erklärt, er strebe einen Neustart noch in diesem Jahr an.

In Kiew stieß die Reise auf Unmut.
Energoatom-Chef Petro Kotin warf der IAEA vor, mit ihren Gesprächen in Russland die Besatzung der Anlage faktisch hinzunehmen.
Das Außenministerium erinnerte daran, dass Grossi erst vor vier Wochen über die Frontlinie zu dem Kraftwerk gereist war und dort auf Drängen Kiews die Notstromversorgung geprüft hatte.
Kremlsprecher Dmitri Peskow wies die Kritik am Donnerstag zurück und nannte die Kontakte zur IAEA „sehr wichtig“.

In Wien berät seit Montag der Gouverneursrat der Behörde über die Lage in der Ukraine.
Der russische Botschafter bei der IAEA, Michail Uljanow, kündigte an, Moskau werde jede Resolution ablehnen, die Russland für die Risiken verantwortlich mache.
In der Hafenstadt Odessa schlug am Mittwoch eine russische Rakete nur wenige hundert Meter von einem Konvoi ein, in dem Präsident Wolodymyr Selenskyj und der griechische Regierungschef Kyriakos Mitsotakis unterwegs waren.
Selenskyj sprach von einem Angriff, dem es gleichgültig sei, wen er treffe; die Luftabwehr müsse dringend verstärkt werden.

Auch in Niederbayern wird die Debatte über die Atomkraft in der Ukraine aufmerksam verfolgt.
Das Kernkraftwerk Isar 2 bei Essenbach war im April 2023 endgültig abgeschaltet worden.
Der Betreiber PreussenElektra rechnet damit, dass die Genehmigung für den Rückbau noch in diesem Jahr erteilt wird.
"""

# ---------------------------------------------------------------- b65de04 (Oberbayerisches Volksblatt)
DE04 = """
Drohne trifft Tschernobyl-Schutzhülle – Selenskyj spricht von Terror

München/Rosenheim. Eine Drohne hat in der Nacht zum Freitag die Schutzhülle über dem zerstörten Reaktor von Tschernobyl getroffen und ein Loch in das Dach gerissen.
Nach Angaben der Internationalen Atomenergiebehörde (IAEA), deren Experten vor Ort eine Explosion hörten, blieb die Strahlung innerhalb und außerhalb der Anlage auf normalem Niveau.
Ein Brand in der äußeren Verkleidung konnte erst nach Stunden gelöscht werden.

Präsident Wolodymyr Selenskyj machte Russland für den Angriff verantwortlich und veröffentlichte am Freitagmorgen ein Video der beschädigten Stahlkonstruktion.
„Russland ist der einzige Staat der Welt, der solche Anlagen angreift“, schrieb er.
Bei der Münchner Sicherheitskonferenz, wo er am Freitag US-Vizepräsident JD Vance und Außenminister Marco Rubio traf, zeigte er Delegierten Aufnahmen des Einschlags.
Am Samstag forderte Selenskyj in seiner Rede im Hotel Bayerischer Hof, Europa müsse eigene Streitkräfte aufbauen.

Der Kreml bestritt jede Beteiligung.
Von einem russischen Angriff auf Atomanlagen könne keine Rede sein, das Militär tue so etwas nicht, sagte Kremlsprecher Dmitri Peskow am Freitag.
Vermutlich handle es sich um eine Provokation Kiews, die die Gespräche über eine Friedenslösung stören solle.

IAEA-Generaldirektor Rafael Grossi nannte den Vorfall in München einen „Beleg dafür, dass die Risiken für die nukleare Sicherheit fortbestehen“.
Er rief alle Seiten auf, militärische Aktivitäten in der Nähe kerntechnischer Anlagen zu unterlassen.
Die 2016 über den Sarkophag von 1986 geschobene Schutzhülle soll die Umgebung hundert Jahre lang vor radioaktivem Staub schützen.
EU-Kommissionspräsidentin Ursula von der Leyen sicherte Kiew am Freitag Hilfe bei der Reparatur zu.

Überschattet wird die Debatte vom Telefonat zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin am Mittwoch, nach dem beide Verhandlungen über ein Ende des Krieges ankündigten.
Selenskyj betonte in München, er werde kein Abkommen akzeptieren, das ohne Beteiligung Kiews ausgehandelt werde.
Europas Regierungen drängen darauf, ebenfalls mit am Tisch zu sitzen.

Auch in der Region Rosenheim sorgt der Angriff für Beunruhigung.
Der Kreisverband des Bayerischen Roten Kreuzes hat seit 2022 mehr als 40 Hilfstransporte in die Ukraine geschickt, der nächste soll Ende Februar starten.
"""

# ---------------------------------------------------------------- b65de05 (energate messenger)
DE05 = """
Energie-Moratorium: Kreml legt Liste geschützter Anlagen vor

Riad/Essen (energate) – Nach dreitägigen Gesprächen in Riad haben sich die USA getrennt mit Russland und der Ukraine auf Schritte zur Umsetzung eines Verzichts auf Angriffe gegen Energieanlagen verständigt.
Beide Seiten hätten zugesagt, „Maßnahmen zur Umsetzung“ des Verbots zu entwickeln, teilte das Weiße Haus am Dienstag in zwei gleichlautenden Erklärungen mit.
Zudem sollen Handelsschiffe das Schwarze Meer künftig sicher passieren können.

Kurz darauf veröffentlichte der Kreml eine Liste der Anlagen, die unter das am 18. März zwischen Präsident Wladimir Putin und US-Präsident Donald Trump vereinbarte 30-tägige Moratorium fallen.
Dazu zählen Raffinerien, Öl- und Gaspipelines samt Pumpstationen, Speicher, Kraftwerke und Stromnetze, Atomkraftwerke sowie Wasserkraftwerke und Staudämme.
Das Moratorium gelte rückwirkend seit dem 18. März und könne verlängert werden, hieß es in Moskau.
Die Vereinbarung für das Schwarze Meer soll nach Darstellung des Kremls allerdings erst in Kraft treten, wenn die Sanktionen gegen die Landwirtschaftsbank Rosselchosbank aufgehoben und russische Banken wieder an das Zahlungssystem Swift angeschlossen sind.

Präsident Wolodymyr Selenskyj warf Moskau am Dienstagabend vor, die Ergebnisse schon jetzt zu verdrehen.
Von einer Lockerung der Sanktionen sei in den Gesprächen keine Rede gewesen, sagte er.
Verteidigungsminister Rustem Umjerow warnte, jede Bewegung russischer Kriegsschiffe außerhalb des östlichen Schwarzen Meeres werde Kiew als Verstoß werten.
Trump sagte im Weißen Haus, man prüfe die russischen Bedingungen, es gebe „fünf oder sechs“ davon.

Die EU-Kommission stellte am Mittwoch klar, eine Aufhebung der Sanktionen komme erst nach einem bedingungslosen Rückzug russischer Truppen aus der Ukraine in Frage.
Die Europäer würden sich in dieser Frage nicht unter Druck setzen lassen, sagte eine Sprecherin in Brüssel.

Ob das Moratorium hält, ist offen.
Russland warf der Ukraine vor, am vergangenen Freitag die Gasmessstation Sudscha im Gebiet Kursk gesprengt zu haben, Kiew sprach von russischem Beschuss.
Der ukrainische Netzbetreiber Ukrenergo meldete in der Nacht zum Mittwoch erneut Drohnenangriffe auf Umspannwerke im Gebiet Dnipropetrowsk.
Für den Gashandel in Europa blieben die Nachrichten aus Riad zunächst ohne Wirkung: Der TTF-Frontmonat notierte am Mittwochmittag kaum verändert bei rund 41 Euro je Megawattstunde.
"""

# ---------------------------------------------------------------- b65de06 (Schwäbisches Tagblatt)
DE06 = """
Grossi pendelt zwischen Moskau und Kiew: Schutz für sieben Umspannwerke

Kiew/Tübingen. Der Generaldirektor der Internationalen Atomenergiebehörde (IAEA), Rafael Grossi, hat in dieser Woche bei Besuchen in Moskau und Kiew für eine „nukleare Sicherheitspause“ im kommenden Winter geworben.
Sein Vorschlag sieht vor, dass beide Seiten bis Ende März keine Umspannwerke mehr angreifen, über die die Atomkraftwerke des Landes ihren Strom für die Kühlung beziehen.
Sieben Anlagen stehen auf der Liste, an jeder sollen zwei IAEA-Experten die Einhaltung überwachen.

Am Montag war der Argentinier in Moskau mit Rosatom-Chef Alexej Lichatschow und Außenminister Sergej Lawrow zusammengekommen.
Lawrow habe sich „im Grundsatz offen“ gezeigt, sagte Grossi danach.
Der russische Außenminister knüpfte eine Zusage aber an die Bedingung, dass die Ukraine ihre Drohnenangriffe auf die Atomkraftwerke Kursk und Nowoworonesch einstellt.
Kiew bestreitet, solche Anlagen ins Visier zu nehmen.

In Kiew empfing Präsident Wolodymyr Selenskyj den IAEA-Chef am Mittwoch zu einem fast zweistündigen Gespräch.
Die Ukraine sei bereit, den Vorschlag umzusetzen, „wenn Russland dasselbe tut“, sagte Selenskyj anschließend.
Zugleich verlangte er, das besetzte Kraftwerk Saporischschja müsse in jede Vereinbarung einbezogen und „früher oder später“ an die Ukraine zurückgegeben werden.
Außenminister Andrij Sybiha kündigte an, er werde das Thema kommende Woche beim Treffen der EU-Außenminister in Luxemburg ansprechen.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau prüfe die Vorschläge der Behörde „sorgfältig“, eine Antwort werde es nicht vor Ende des Monats geben.
US-Außenminister Marco Rubio sicherte Grossi in einem Telefonat am Donnerstag die Unterstützung Washingtons zu.
Die EU-Außenbeauftragte Kaja Kallas begrüßte die Initiative, warnte aber, Moskau dürfe sie nicht nutzen, um Zeit zu gewinnen.

Wie dringend eine Einigung wäre, zeigte sich in der Nacht zum Donnerstag: Russische Drohnen trafen nach Angaben des Netzbetreibers Ukrenergo ein Umspannwerk im Westen des Landes, das Kraftwerk Chmelnyzkyj musste zwei Blöcke drosseln.
Grossi will in zwei Wochen erneut nach Moskau reisen und dem Gouverneursrat im November berichten.

In Tübingen verfolgt man die Gespräche mit besonderem Interesse.
Die Stadtwerke hatten im vergangenen Winter zwei ausgemusterte Transformatoren in die Ukraine geliefert, eine weitere Lieferung ist für Dezember geplant.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b65de01_stromausfall_atomkraftwerke_2022_11", "2022-11-24", DE01,
        [
            T("Wochen", "DURATION", "PXW"),
            T("Mittwoch", "DATE", "2022-11-23", 0),
            T("stundenlang", "DURATION", "PXH"),
            T("Abend", "TIME", "2022-11-23TEV"),
            T("Mittwoch", "DATE", "2022-11-23", 1),
            T("September", "DATE", "2022-09"),
            T("Mittwochabend", "TIME", "2022-11-23TEV"),
            T("selben Tag", "DATE", "2022-11-23", note="the Wednesday of the strikes"),
            T("Donnerstag", "DATE", "2022-11-24", 0),
            T("kommenden Dienstag", "DATE", "2022-11-29"),
            T("Donnerstag", "DATE", "2022-11-24", 1),
            T("der Nacht zum Donnerstag", "TIME", "2022-11-23TNI", note="night of 23 to 24 November"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2022-11-24", 3),
            T("wenige Tage", "DURATION", "PXD"),
            T("dem Frühjahr", "DATE", "2022-SP"),
            T("Weihnachten", "DATE", "2022-12-25"),
        ],
        [
            E("Russian missile strikes on Ukraine's energy infrastructure", "ASSAULT", ["Russia", "Ukraine"],
              "2022-11-23", "text", "occurred", "Nach den schwersten russischen Angriffen"),
            E("IAEA negotiates with both sides on a protection zone around Zaporizhzhia", "CONSULT",
              ["IAEA", "Russia", "Ukraine"], "2022-09", "text", "occurred", "Er bekräftigte seine Forderung",
              date_mod="START"),
            E("Grossi renews his demand for a protection zone around Zaporizhzhia", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2022-11-23", "context", "occurred", "Er bekräftigte seine Forderung"),
            E("Emergency meeting of the UN Security Council", "CONSULT", ["United Nations", "Ukraine"],
              "2022-11-23TEV", "text", "occurred", "kam der UN-Sicherheitsrat"),
            E("Kyiv requests an emergency meeting of the Security Council", "REQUEST", ["Ukraine", "United Nations"],
              "2022-11-23", "context", "occurred", "kam der UN-Sicherheitsrat"),
            E("Zelensky accuses Moscow of a crime against humanity", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-11-23TEV", "context", "occurred", "Verbrechen gegen die Menschlichkeit"),
            E("Nebenzia blames the West's arms deliveries for the strikes", "ACCUSE", ["Russia"], "2022-11-23TEV",
              "context", "occurred", "Nebensja entgegnete"),
            E("Guterres: attacks on civilian infrastructure must stop", "REQUEST", ["António Guterres"],
              "2022-11-23TEV", "context", "occurred", "ließ in der Sitzung erklären"),
            E("European Parliament declares Russia a state sponsor of terrorism", "ACCUSE",
              ["European Union", "Russia"], "2022-11-23", "text", "occurred", "Das Europäische Parlament"),
            E("Kallas demands that Ukraine's energy supply top the NATO ministers' agenda", "REQUEST",
              ["Kaja Kallas", "NATO"], "2022-11-24", "text", "occurred", "Kaja Kallas verlangte"),
            E("NATO foreign ministers meet in Bucharest", "CONSULT", ["NATO"], "2022-11-29", "text", "planned",
              "Kaja Kallas verlangte"),
            E("Kremlin rejects responsibility for the suffering of civilians", "REJECT", ["Kremlin", "Ukraine"],
              "2022-11-24", "text", "occurred", "Der Kreml wies am Donnerstag"),
            E("Peskov: Kyiv can end the situation by meeting Russia's demands", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2022-11-24", "context", "occurred", "Die ukrainische Führung habe"),
        ],
        [
            S("Ukraine", "Energoatom: the reactors shut down automatically; Zaporizhzhia ran on diesel generators",
              "2022-11-24", "published", "Die Reaktoren in Riwne"),
            S("Ukraine", "Air force: about 70 cruise missiles fired, 51 shot down", "2022-11-24", "published",
              "teilte die ukrainische Luftwaffe mit"),
            S("IAEA", "Grossi: the simultaneous outage is extremely worrying", "2022-11-23", "text",
              "IAEA-Chef Rafael Grossi nannte"),
            S("IAEA", "Grossi renews his demand for a protection zone around Zaporizhzhia", "2022-11-23", "context",
              "Er bekräftigte seine Forderung"),
            S("IAEA", "Without external power the reactors can only be cooled with emergency power", "2022-11-23",
              "context", "warnte der Argentinier"),
            S("Volodymyr Zelensky", "Depriving millions of power, heat and water in frost is a crime against "
              "humanity and a formula of terror", "2022-11-23TEV", "context", "Verbrechen gegen die Menschlichkeit"),
            S("Russia", "Nebenzia: the strikes are the result of the West pumping Ukraine full of weapons",
              "2022-11-23TEV", "context", "Nebensja entgegnete"),
            S("António Guterres, via United Nations", "Attacks on civilian infrastructure violate international law "
              "and must stop at once", "2022-11-23TEV", "context", "ließ in der Sitzung erklären"),
            S("Kaja Kallas", "Ukraine's energy supply must top the agenda of the NATO foreign ministers", "2022-11-24",
              "text", "Kaja Kallas verlangte"),
            S("Kremlin", "Rejects any responsibility for the suffering of civilians", "2022-11-24", "text",
              "Der Kreml wies am Donnerstag"),
            S("Dmitry Peskov", "Kyiv can normalise the situation if it meets Russia's demands", "2022-11-24",
              "context", "Die ukrainische Führung habe"),
            S("Volodymyr Zelensky", "Points of invincibility with power, heat and internet will be set up nationwide",
              "2022-11-23TNI", "text", "Punkte der Unbeugsamkeit"),
        ],
        ["Russia", "Ukraine", "IAEA", "United Nations", "Volodymyr Zelensky", "António Guterres", "European Union",
         "Kaja Kallas", "NATO", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b65de02_sprengstoff_reaktordach_2023_07", "2023-07-06", DE02,
        [
            T("Dienstagabend", "TIME", "2023-07-04TEV"),
            T("Mittwoch", "DATE", "2023-07-05", 0),
            T("Dienstag", "DATE", "2023-07-04", 0),
            T("der Nacht zum Mittwoch", "TIME", "2023-07-04TNI", note="night of 4 to 5 July"),
            T("Donnerstag", "DATE", "2023-07-06", 0),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2023-07-05", 2),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Anfang März 2022", "DATE", "2022-03", mod="START"),
            T("September 2022", "DATE", "2022-09"),
            T("Donnerstag", "DATE", "2023-07-06", 1),
            T("kommenden Dienstag", "DATE", "2023-07-11"),
            T("Mittwoch", "DATE", "2023-07-12", 3),
            T("15. April", "DATE", "2023-04-15"),
            T("Monaten", "DURATION", "PXM"),
        ],
        [
            E("Zelensky accuses Russian troops of placing explosive-like objects on reactor roofs", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-07-04TEV", "text", "occurred", "sprengstoffähnliche Objekte"),
            E("Zelensky informs Macron about the situation in a phone call", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron"], "2023-07-04", "context", "occurred",
              "in einem Telefonat informiert"),
            E("Kremlin rejects the accusations as another lie", "REJECT", ["Kremlin", "Volodymyr Zelensky"],
              "2023-07-05", "text", "occurred", "Der Kreml wies die Vorwürfe"),
            E("Peskov: the danger of sabotage comes from Kyiv", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2023-07-05",
              "context", "occurred", "Die Gefahr einer Sabotage"),
            E("Rosatom adviser claims Ukraine plans to shell the plant with depleted-uranium munitions", "ACCUSE",
              ["Russia", "Ukraine"], "2023-07-04", "text", "occurred", "Ein Berater des Staatskonzerns Rosatom"),
            E("IAEA experts make walkdowns at the plant", "CONSULT", ["IAEA"], "PAST_REF", "vague", "occurred",
              "bei Rundgängen"),
            E("Grossi demands access to the roofs of units 3 and 4 and the turbine halls", "REQUEST",
              ["IAEA", "Russia"], "2023-07-05", "text", "occurred", "Generaldirektor Rafael Grossi verlangte"),
            E("Access to the roofs has been denied to the inspectors", "REJECT", ["Russia", "IAEA"], "2023-07-05",
              "context", "occurred", "Generaldirektor Rafael Grossi verlangte",
              note="made known by the IAEA on 5 July"),
            E("Germany calls on Russia to hand the plant back to Ukraine", "REQUEST", ["Germany", "Russia"],
              "2023-07-06", "published", "occurred", "Die Bundesregierung rief Russland auf"),
            E("Russian troops occupy the Zaporizhzhia plant", "COERCE", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "Russische Truppen halten", date_mod="START"),
            E("Zelensky visits Bulgaria, talks on buying the Belene reactors", "CONSULT", ["Volodymyr Zelensky"],
              "2023-07-06", "text", "occurred", "Selenskyj selbst traf am Donnerstag"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07-11", "text", "planned", "Vom Nato-Gipfel",
              note="11-12 July 2023"),
        ],
        [
            S("Volodymyr Zelensky", "Russian troops placed explosive-like objects on the roofs of units 3 and 4",
              "2023-07-04TEV", "text", "sprengstoffähnliche Objekte"),
            S("Volodymyr Zelensky", "This may be meant to fake Ukrainian shelling", "2023-07-04TEV", "context",
              "Möglicherweise solle damit"),
            S("Volodymyr Zelensky", "He informed Macron about the situation by phone", "2023-07-04", "context",
              "in einem Telefonat informiert"),
            S("Kremlin", "The accusations are another lie", "2023-07-05", "text", "Der Kreml wies die Vorwürfe"),
            S("Dmitry Peskov", "The danger of sabotage comes from Kyiv and could be catastrophic", "2023-07-05",
              "context", "Die Gefahr einer Sabotage"),
            S("Russia", "Rosatom adviser: Ukraine wants to shell the plant with depleted-uranium munitions",
              "2023-07-04", "text", "Ein Berater des Staatskonzerns Rosatom"),
            S("IAEA", "Its experts found no visible signs of mines or explosives", "2023-07-06", "published",
              "bei Rundgängen"),
            S("IAEA", "Grossi asks for access to the roofs and turbine halls, so far denied", "2023-07-05", "text",
              "Generaldirektor Rafael Grossi verlangte"),
            S("White House", "Kirby: watching very closely, no signs of an imminent threat", "2023-07-06",
              "published", "sagte John Kirby"),
            S("Germany", "Russia must hand the plant back to Ukraine without delay", "2023-07-06", "published",
              "Die Bundesregierung rief Russland auf"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "France", "Emmanuel Macron", "Kremlin", "Dmitry Peskov", "IAEA",
         "White House", "Germany", "NATO"],
    ),
    doc(
        "b65de03_grossi_putin_sotschi_2024_03", "2024-03-07", DE03,
        [
            T("Mittwoch", "DATE", "2024-03-06", 0),
            T("Oktober 2022", "DATE", "2022-10"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("diesem Jahr", "DATE", "2024", 0),
            T("vor vier Wochen", "DATE", "2024-W06", note="Grossi crossed to the plant on 7 February 2024"),
            T("Donnerstag", "DATE", "2024-03-07"),
            T("Montag", "DATE", "2024-03-04"),
            T("Mittwoch", "DATE", "2024-03-06", 1),
            T("April 2023", "DATE", "2023-04"),
            T("diesem Jahr", "DATE", "2024", 1),
        ],
        [
            E("Grossi meets Putin in Sochi", "CONSULT", ["IAEA", "Vladimir Putin"], "2024-03-06", "text", "occurred",
              "ist am Mittwoch in Sotschi"),
            E("Grossi met Putin in St Petersburg", "CONSULT", ["IAEA", "Vladimir Putin"], "2022-10", "text",
              "occurred", "Es war ihre zweite Begegnung"),
            E("Putin: Russia will keep granting IAEA experts access to the plant", "AGREE", ["Vladimir Putin", "IAEA"],
              "2024-03-06", "context", "occurred", "Putin sagte zu Beginn des Treffens"),
            E("Grossi warns both sides not to make the plant a military target", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2024-03-06", "context", "occurred", "Vor Journalisten warnte"),
            E("Grossi urges Moscow not to restart a reactor while fighting continues", "REQUEST", ["IAEA", "Russia"],
              "2024-03-06", "context", "occurred", "Zugleich riet er Moskau"),
            E("Energoatom chief accuses the IAEA of accepting the occupation", "ACCUSE", ["Ukraine", "IAEA"],
              "2024-03-07", "published", "occurred", "Energoatom-Chef Petro Kotin warf"),
            E("Grossi crosses the front line to the Zaporizhzhia plant", "CONSULT", ["IAEA"], "2024-W06", "text",
              "occurred", "Das Außenministerium erinnerte daran", note="7 February 2024"),
            E("Kyiv urges the IAEA to check the emergency power supply", "REQUEST", ["Ukraine", "IAEA"], "2024-W06",
              "context", "occurred", "Das Außenministerium erinnerte daran"),
            E("Peskov rejects Kyiv's criticism of the visit", "REJECT", ["Dmitry Peskov", "Ukraine"], "2024-03-07",
              "text", "occurred", "Kremlsprecher Dmitri Peskow wies die Kritik"),
            E("Peskov calls the contacts with the IAEA very important", "SUPPORT", ["Dmitry Peskov", "IAEA"],
              "2024-03-07", "context", "occurred", "Kremlsprecher Dmitri Peskow wies die Kritik"),
            E("IAEA Board of Governors meets in Vienna", "CONSULT", ["IAEA"], "2024-03-04", "text", "occurred",
              "In Wien berät seit Montag", date_mod="START"),
            E("Ulyanov: Moscow will reject any resolution blaming Russia", "REJECT", ["Russia", "IAEA"], "2024-03-07",
              "published", "occurred", "Michail Uljanow"),
            E("Russian missile strikes Odesa near Zelensky's and Mitsotakis's convoy", "ASSAULT", ["Russia", "Ukraine"],
              "2024-03-06", "text", "occurred", "In der Hafenstadt Odessa"),
            E("Zelensky and Mitsotakis visit Odesa together", "CONSULT", ["Volodymyr Zelensky"], "2024-03-06",
              "context", "occurred", "In der Hafenstadt Odessa"),
            E("Zelensky calls for air defence to be strengthened urgently", "REQUEST", ["Volodymyr Zelensky"],
              "2024-03-06", "context", "occurred", "die Luftabwehr müsse dringend"),
        ],
        [
            S("Kremlin", "The talks centred on the safety of the Zaporizhzhia plant", "2024-03-06", "context",
              "nach Angaben des Kremls"),
            S("Vladimir Putin", "Russia is interested in cooperation and will keep granting the experts access",
              "2024-03-06", "context", "Putin sagte zu Beginn des Treffens"),
            S("IAEA", "Grossi: an important exchange; he will continue his work to prevent a nuclear accident",
              "2024-03-06", "context", "Grossi schrieb anschließend"),
            S("IAEA", "Grossi warns both sides against military action targeting the plant", "2024-03-06", "context",
              "Vor Journalisten warnte"),
            S("IAEA", "Grossi advises Moscow against restarting a reactor while fighting continues", "2024-03-06",
              "context", "Zugleich riet er Moskau"),
            S("Russia", "Rosatom aims to restart a reactor this year", "PAST_REF", "vague",
              "Der Staatskonzern Rosatom hatte zuletzt"),
            S("Ukraine", "Energoatom chief: the IAEA de facto accepts the occupation", "2024-03-07", "published",
              "Energoatom-Chef Petro Kotin warf"),
            S("Ukraine", "Foreign ministry: Grossi crossed the front line to the plant four weeks ago at Kyiv's urging",
              "2024-03-07", "published", "Das Außenministerium erinnerte daran"),
            S("Dmitry Peskov", "Rejects the criticism; the contacts with the IAEA are very important", "2024-03-07",
              "text", "Kremlsprecher Dmitri Peskow wies die Kritik"),
            S("Russia", "Ulyanov: Moscow will reject any resolution blaming Russia for the risks", "2024-03-07",
              "published", "Michail Uljanow"),
            S("Volodymyr Zelensky", "The attack did not care whom it hit; air defence must be strengthened",
              "2024-03-06", "context", "die Luftabwehr müsse dringend"),
        ],
        ["IAEA", "Kremlin", "Vladimir Putin", "Russia", "Ukraine", "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    doc(
        "b65de04_tschernobyl_drohne_2025_02", "2025-02-15", DE04,
        [
            T("der Nacht zum Freitag", "TIME", "2025-02-13TNI", note="night of 13 to 14 February"),
            T("Stunden", "DURATION", "PXH"),
            T("Freitagmorgen", "TIME", "2025-02-14TMO"),
            T("Freitag", "DATE", "2025-02-14", 1),
            T("Samstag", "DATE", "2025-02-15"),
            T("Freitag", "DATE", "2025-02-14", 2),
            T("2016", "DATE", "2016"),
            T("1986", "DATE", "1986"),
            T("hundert Jahre", "DURATION", "P100Y"),
            T("Freitag", "DATE", "2025-02-14", 3),
            T("Mittwoch", "DATE", "2025-02-12"),
            T("2022", "DATE", "2022"),
            T("Ende Februar", "DATE", "2025-02", mod="END"),
        ],
        [
            E("Drone hits the New Safe Confinement at Chernobyl", "ASSAULT", ["Russia", "Ukraine"], "2025-02-13TNI",
              "text", "occurred", "Eine Drohne hat in der Nacht zum Freitag",
              note="attributed to Russia by Kyiv; Moscow denies"),
            E("Zelensky holds Russia responsible for the strike", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-02-14TMO", "text", "occurred", "machte Russland für den Angriff verantwortlich"),
            E("Zelensky meets Vance and Rubio in Munich", "CONSULT", ["Volodymyr Zelensky", "JD Vance", "Marco Rubio"],
              "2025-02-14", "text", "occurred", "US-Vizepräsident JD Vance"),
            E("Zelensky calls on Europe to build its own armed forces", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-02-15", "text", "occurred",
              "Am Samstag forderte Selenskyj"),
            E("Peskov denies any Russian attack on nuclear facilities", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2025-02-14", "text", "occurred", "könne keine Rede sein"),
            E("Peskov calls the strike a provocation by Kyiv", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-02-14",
              "context", "occurred", "Vermutlich handle es sich"),
            E("Grossi calls on all sides to refrain from military activity near nuclear facilities", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2025-02-15", "published", "occurred", "Er rief alle Seiten auf"),
            E("Von der Leyen promises Kyiv help with the repair", "AID", ["Ursula von der Leyen", "Ukraine"],
              "2025-02-14", "text", "planned", "Ursula von der Leyen sicherte"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text",
              "occurred", "vom Telefonat zwischen US-Präsident Donald Trump"),
            E("Trump and Putin announce negotiations on ending the war", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-02-12", "context", "occurred", "vom Telefonat zwischen US-Präsident Donald Trump"),
            E("Zelensky rejects any deal negotiated without Kyiv", "REJECT", ["Volodymyr Zelensky"], "2025-02-15",
              "published", "occurred", "kein Abkommen akzeptieren"),
            E("European governments press for a seat at the table", "REQUEST", ["European Union"], "2025-02-15",
              "published", "occurred", "Europas Regierungen drängen"),
        ],
        [
            S("IAEA", "Its experts on site heard an explosion; radiation levels remain normal", "2025-02-15",
              "published", "Nach Angaben der Internationalen Atomenergiebehörde"),
            S("Volodymyr Zelensky", "Holds Russia responsible for the drone strike", "2025-02-14TMO", "text",
              "machte Russland für den Angriff verantwortlich"),
            S("Volodymyr Zelensky", "Russia is the only state in the world that attacks such facilities",
              "2025-02-14TMO", "context", "Russland ist der einzige Staat"),
            S("Volodymyr Zelensky", "Europe must build its own armed forces", "2025-02-15", "text",
              "Am Samstag forderte Selenskyj"),
            S("Kremlin", "Denies any involvement", "2025-02-14", "context", "Der Kreml bestritt"),
            S("Dmitry Peskov", "There can be no talk of a Russian attack on nuclear facilities", "2025-02-14",
              "text", "könne keine Rede sein"),
            S("Dmitry Peskov", "Probably a provocation by Kyiv to disrupt peace talks", "2025-02-14", "context",
              "Vermutlich handle es sich"),
            S("IAEA", "Grossi: the incident proves that nuclear safety risks persist", "2025-02-15", "published",
              "IAEA-Generaldirektor Rafael Grossi nannte"),
            S("IAEA", "Grossi calls on all sides to refrain from military activity near nuclear facilities",
              "2025-02-15", "published", "Er rief alle Seiten auf"),
            S("Ursula von der Leyen", "Promises Kyiv help with the repair", "2025-02-14", "text",
              "Ursula von der Leyen sicherte"),
            S("Volodymyr Zelensky", "Will not accept any agreement negotiated without Kyiv", "2025-02-15",
              "published", "kein Abkommen akzeptieren"),
        ],
        ["Ukraine", "IAEA", "Volodymyr Zelensky", "Russia", "United States", "JD Vance", "Marco Rubio",
         "European Union", "Kremlin", "Dmitry Peskov", "Ursula von der Leyen", "Donald Trump", "Vladimir Putin"],
    ),
    doc(
        "b65de05_energie_moratorium_riad_2025_03", "2025-03-26", DE05,
        [
            T("dreitägigen", "DURATION", "P3D"),
            T("Dienstag", "DATE", "2025-03-25"),
            T("18. März", "DATE", "2025-03-18"),
            T("30-tägige", "DURATION", "P30D"),
            T("dem 18. März", "DATE", "2025-03-18"),
            T("Dienstagabend", "TIME", "2025-03-25TEV"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Mittwoch", "DATE", "2025-03-26", 0),
            T("vergangenen Freitag", "DATE", "2025-03-21"),
            T("der Nacht zum Mittwoch", "TIME", "2025-03-25TNI", note="night of 25 to 26 March"),
            T("Mittwochmittag", "TIME", "2025-03-26T12:00", note="Amsterdam/Central European time"),
        ],
        [
            E("US–Russia talks in Riyadh", "CONSULT", ["United States", "Russia"], "2025-03-25", "context",
              "occurred", "Nach dreitägigen Gesprächen in Riad", note="23-25 March 2025"),
            E("US–Ukraine talks in Riyadh", "CONSULT", ["United States", "Ukraine"], "2025-03-25", "context",
              "occurred", "Nach dreitägigen Gesprächen in Riad", note="23-25 March 2025"),
            E("US and Russia agree to develop measures to implement the ban on strikes on energy facilities",
              "AGREE", ["United States", "Russia"], "2025-03-25", "text", "occurred", "Beide Seiten hätten zugesagt"),
            E("US and Ukraine agree to develop measures to implement the ban on strikes on energy facilities",
              "AGREE", ["United States", "Ukraine"], "2025-03-25", "text", "occurred", "Beide Seiten hätten zugesagt"),
            E("Agreement on safe navigation in the Black Sea", "AGREE", ["United States", "Russia", "Ukraine"],
              "2025-03-25", "context", "occurred", "Zudem sollen Handelsschiffe"),
            E("Putin and Trump agree on a 30-day moratorium on strikes on energy facilities", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2025-03-18", "text", "occurred", "Kurz darauf veröffentlichte"),
            E("Moratorium on strikes on energy facilities in force", "RETREAT", ["Russia", "Ukraine"], "2025-03-18",
              "text", "occurred", "Das Moratorium gelte rückwirkend"),
            E("Kremlin makes the Black Sea deal conditional on lifting sanctions and reconnecting banks to SWIFT",
              "REQUEST", ["Kremlin", "United States"], "2025-03-25", "context", "occurred",
              "Die Vereinbarung für das Schwarze Meer"),
            E("Zelensky accuses Moscow of distorting the results", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-03-25TEV", "text", "occurred", "Selenskyj warf Moskau am Dienstagabend vor"),
            E("Umerov warns Russia against moving warships outside the eastern Black Sea", "REQUEST",
              ["Rustem Umerov", "Russia"], "2025-03-25", "context", "occurred", "Rustem Umjerow warnte"),
            E("EU Commission rules out lifting sanctions before a Russian withdrawal", "REJECT",
              ["European Union", "Russia"], "2025-03-26", "text", "occurred", "Die EU-Kommission stellte"),
            E("EU demands an unconditional withdrawal of Russian troops as condition", "REQUEST",
              ["European Union", "Russia"], "2025-03-26", "text", "occurred", "Die EU-Kommission stellte"),
            E("Russia accuses Ukraine of blowing up the Sudzha gas metering station", "ACCUSE", ["Russia", "Ukraine"],
              "2025-03-26", "published", "occurred", "Gasmessstation Sudscha"),
            E("Sudzha gas metering station blown up", "ASSAULT", ["Ukraine", "Russia"], "2025-03-21", "text",
              "uncertain", "Gasmessstation Sudscha", note="attribution disputed"),
            E("Kyiv blames Russian shelling for the Sudzha damage", "ACCUSE", ["Ukraine", "Russia"], "2025-03-26",
              "published", "occurred", "Gasmessstation Sudscha"),
            E("Russian drone attacks on substations in Dnipropetrovsk region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-03-25TNI", "text", "occurred", "Ukrenergo meldete"),
        ],
        [
            S("White House", "Both sides committed to develop measures to implement the energy ban", "2025-03-25",
              "text", "Beide Seiten hätten zugesagt"),
            S("Russia", "The moratorium applies retroactively from 18 March and can be extended", "2025-03-25",
              "context", "Das Moratorium gelte rückwirkend"),
            S("Kremlin", "The Black Sea deal takes effect only after sanctions on Rosselkhozbank are lifted and banks "
              "reconnected to SWIFT", "2025-03-25", "context", "Die Vereinbarung für das Schwarze Meer"),
            S("Volodymyr Zelensky", "Moscow is already distorting the results", "2025-03-25TEV", "text",
              "Selenskyj warf Moskau am Dienstagabend vor"),
            S("Volodymyr Zelensky", "Easing sanctions was not discussed", "2025-03-25TEV", "context",
              "Von einer Lockerung der Sanktionen"),
            S("Rustem Umerov", "Any movement of Russian warships outside the eastern Black Sea is a violation",
              "2025-03-25", "context", "Rustem Umjerow warnte"),
            S("Donald Trump", "Washington is examining Russia's five or six conditions", "2025-03-26", "published",
              "man prüfe die russischen Bedingungen"),
            S("European Union", "Lifting sanctions only after an unconditional Russian withdrawal", "2025-03-26",
              "text", "Die EU-Kommission stellte"),
            S("European Union", "The Europeans will not be put under pressure", "2025-03-26", "context",
              "sagte eine Sprecherin in Brüssel"),
            S("Russia", "Ukraine blew up the Sudzha gas metering station", "2025-03-26", "published",
              "Gasmessstation Sudscha"),
            S("Ukraine", "The Sudzha station was damaged by Russian shelling", "2025-03-26", "published",
              "Gasmessstation Sudscha"),
            S("Ukraine", "Ukrenergo: new drone attacks on substations in Dnipropetrovsk region", "2025-03-25TNI",
              "text", "Ukrenergo meldete"),
        ],
        ["United States", "Russia", "Ukraine", "White House", "Kremlin", "Vladimir Putin", "Donald Trump",
         "Volodymyr Zelensky", "Rustem Umerov", "European Union"],
    ),
    doc(
        "b65de06_grossi_umspannwerke_2026_10", "2026-10-16", DE06,
        [
            T("dieser Woche", "DATE", "2026-W42"),
            T("kommenden Winter", "DATE", "2026-WI"),
            T("Ende März", "DATE", "2027-03", mod="END"),
            T("Montag", "DATE", "2026-10-12"),
            T("Mittwoch", "DATE", "2026-10-14"),
            T("fast zweistündigen", "DURATION", "PT2H", mod="APPROX"),
            T("kommende Woche", "DATE", "2026-W43"),
            T("Donnerstag", "DATE", "2026-10-15", 0),
            T("Ende des Monats", "DATE", "2026-10", mod="END"),
            T("Donnerstag", "DATE", "2026-10-15", 1),
            T("der Nacht zum Donnerstag", "TIME", "2026-10-14TNI", note="night of 14 to 15 October"),
            T("zwei Wochen", "DURATION", "P2W", note="about 30 October 2026 (2026-W44)"),
            T("November", "DATE", "2026-11"),
            T("vergangenen Winter", "DATE", "2025-WI"),
            T("Dezember", "DATE", "2026-12"),
        ],
        [
            E("Grossi proposes a nuclear safety pause on strikes on substations over the winter", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2026-W42", "text", "occurred", "für eine „nukleare Sicherheitspause“"),
            E("Grossi meets Likhachev and Lavrov in Moscow", "CONSULT", ["IAEA", "Russia", "Sergey Lavrov"],
              "2026-10-12", "text", "occurred", "Am Montag war der Argentinier"),
            E("Lavrov open in principle to the proposal", "AGREE", ["Sergey Lavrov", "IAEA"], "2026-10-12",
              "context", "occurred", "im Grundsatz offen"),
            E("Lavrov demands that Ukraine stop drone attacks on Russian nuclear plants", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-10-12", "context", "occurred", "knüpfte eine Zusage"),
            E("Kyiv denies targeting nuclear plants", "REJECT", ["Ukraine", "Russia"], "2026-10-16", "published",
              "occurred", "Kiew bestreitet"),
            E("Zelensky receives Grossi in Kyiv", "CONSULT", ["Volodymyr Zelensky", "IAEA"], "2026-10-14", "text",
              "occurred", "empfing Präsident Wolodymyr Selenskyj"),
            E("Zelensky: Ukraine ready to implement the proposal", "AGREE", ["Volodymyr Zelensky", "IAEA"],
              "2026-10-14", "context", "occurred", "Die Ukraine sei bereit"),
            E("Zelensky's condition: Russia must do the same", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-10-14", "context", "occurred", "Die Ukraine sei bereit"),
            E("Zelensky demands Zaporizhzhia be included and returned to Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-10-14", "context", "occurred", "Zugleich verlangte er"),
            E("Sybiha to raise the issue at the EU foreign ministers' meeting", "CONSULT",
              ["Andrii Sybiha", "European Union"], "2026-W43", "text", "planned", "Außenminister Andrij Sybiha"),
            E("Rubio–Grossi phone call", "CONSULT", ["Marco Rubio", "IAEA"], "2026-10-15", "text", "occurred",
              "Marco Rubio sicherte Grossi"),
            E("Rubio assures Grossi of Washington's support", "SUPPORT", ["Marco Rubio", "IAEA"], "2026-10-15",
              "context", "occurred", "Marco Rubio sicherte Grossi"),
            E("Kallas welcomes the initiative", "SUPPORT", ["Kaja Kallas", "IAEA"], "2026-10-16", "published",
              "occurred", "Kaja Kallas begrüßte"),
            E("Kallas warns Moscow not to use the initiative to gain time", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-10-16", "published", "occurred", "Kaja Kallas begrüßte"),
            E("Russian drones hit a substation in western Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2026-10-14TNI", "text", "occurred", "Russische Drohnen trafen"),
            E("Grossi to travel to Moscow again", "CONSULT", ["IAEA", "Russia"], "2026-W44", "text", "planned",
              "erneut nach Moskau reisen"),
            E("Grossi to report to the Board of Governors", "CONSULT", ["IAEA"], "2026-11", "text", "planned",
              "erneut nach Moskau reisen"),
        ],
        [
            S("IAEA", "The proposal: no strikes until the end of March on substations feeding the nuclear plants",
              "2026-10-16", "published", "Sein Vorschlag sieht vor"),
            S("IAEA", "Grossi: Lavrov was open in principle", "2026-10-12", "context", "im Grundsatz offen"),
            S("Sergey Lavrov", "A commitment requires Ukraine to stop drone attacks on Kursk and Novovoronezh",
              "2026-10-12", "context", "knüpfte eine Zusage"),
            S("Ukraine", "Denies targeting nuclear plants", "2026-10-16", "published", "Kiew bestreitet"),
            S("Volodymyr Zelensky", "Ukraine is ready to implement the proposal if Russia does the same",
              "2026-10-14", "context", "Die Ukraine sei bereit"),
            S("Volodymyr Zelensky", "Zaporizhzhia must be included and sooner or later returned to Ukraine",
              "2026-10-14", "context", "Zugleich verlangte er"),
            S("Andrii Sybiha", "Will raise the issue at the EU foreign ministers' meeting next week", "2026-10-16",
              "published", "Außenminister Andrij Sybiha"),
            S("Dmitry Peskov", "Moscow is examining the proposals carefully; no answer before the end of the month",
              "2026-10-15", "text", "Kremlsprecher Dmitri Peskow sagte"),
            S("Marco Rubio", "Assures Grossi of Washington's support", "2026-10-15", "text",
              "Marco Rubio sicherte Grossi"),
            S("Kaja Kallas", "Welcomes the initiative; Moscow must not use it to gain time", "2026-10-16",
              "published", "Kaja Kallas begrüßte"),
            S("Ukraine", "Ukrenergo: Russian drones hit a substation in the west", "2026-10-16", "published",
              "Russische Drohnen trafen"),
        ],
        ["IAEA", "Russia", "Ukraine", "Sergey Lavrov", "Volodymyr Zelensky", "Andrii Sybiha", "European Union",
         "Kremlin", "Dmitry Peskov", "United States", "Marco Rubio", "Kaja Kallas"],
    ),
]
