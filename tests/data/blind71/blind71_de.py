"""German articles of the blind71 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b71de01 (Fuldaer Zeitung)
DE01 = """
Saudischer Außenminister in Kiew: Riad sagt 400 Millionen Dollar zu und bietet sich als Vermittler an

Kiew/Fulda. Erstmals seit der Aufnahme diplomatischer Beziehungen 1993 hat ein saudischer Außenminister die Ukraine besucht.
Prinz Faisal bin Farhan wurde am Sonntag in Kiew von Präsident Wolodymyr Selenskyj empfangen und unterzeichnete mit Außenminister Dmytro Kuleba zwei Vereinbarungen über Hilfen im Gesamtumfang von 400 Millionen US-Dollar.
Davon sind nach Angaben des ukrainischen Außenministeriums 100 Millionen für humanitäre Projekte und 300 Millionen für Lieferungen von Erdölprodukten vorgesehen.

Selenskyj dankte dem Königreich nach dem Treffen für dessen Unterstützung der Souveränität und territorialen Integrität der Ukraine.
Er habe mit dem Gast auch über die ukrainische Friedensformel gesprochen und um eine Beteiligung Riads an ihrer Umsetzung geworben, schrieb der Staatschef am Abend in seinem Telegram-Kanal.
Kuleba sprach von einem „historischen Besuch“, der zeige, dass die Ukraine im Nahen Osten nicht allein als Kriegsschauplatz wahrgenommen werde.

Der saudische Chefdiplomat bekräftigte nach Angaben seines Ministeriums die Bereitschaft des Königreichs, zwischen Moskau und Kiew zu vermitteln und jede Bemühung zu unterstützen, die zu einer politischen Lösung führe.
Riad hatte im September die Freilassung von zehn ausländischen Kämpfern aus russischer Gefangenschaft vermittelt, darunter fünf Briten, die anschließend nach Saudi-Arabien ausgeflogen worden waren.
Kronprinz Mohammed bin Salman hatte Selenskyj zudem Mitte Oktober in einem Telefonat Hilfe zugesagt.
Bei der Abstimmung in der UN-Vollversammlung am Donnerstag votierte Saudi-Arabien erneut für eine Resolution, die den sofortigen Abzug der russischen Truppen verlangt.

Moskau reagierte betont gelassen.
Kremlsprecher Dmitri Peskow sagte am Montag, Russland schätze seine Beziehungen zu Riad, sehe derzeit aber keine Grundlage für Verhandlungen, solange Kiew diese per Dekret ausschließe.
Am Freitag, dem ersten Jahrestag des Einmarschs, hatte China ein Zwölf-Punkte-Papier für eine politische Lösung vorgelegt, das im Westen auf Skepsis stieß.
Selenskyj sagte noch am selben Tag, er wolle sich mit Staatschef Xi Jinping treffen, um über den Vorschlag zu sprechen.

In Fulda wird die Annäherung zwischen Riad und Kiew aufmerksam verfolgt.
Der Verein „Fulda hilft“ hat seit März vergangenen Jahres nach eigenen Angaben mehr als 60 Hilfstransporte in die Westukraine organisiert.
Der nächste Konvoi mit Generatoren soll in zwei Wochen starten, sagte der Vorsitzende unserer Zeitung.
"""

# ---------------------------------------------------------------- b71de02 (Nürnberger Zeitung)
DE02 = """
Kein Durchbruch in Sotschi: Putin knüpft Rückkehr zum Getreideabkommen an Bedingungen

Sotschi/Nürnberg. Der türkische Präsident Recep Tayyip Erdoğan ist mit seinem Versuch, das Getreideabkommen für die Ukraine wiederzubeleben, vorerst gescheitert.
Nach einem knapp dreistündigen Gespräch mit Kremlchef Wladimir Putin am Montag in dessen Residenz am Schwarzen Meer sagte Erdoğan zwar, er glaube, dass in kurzer Zeit eine Lösung gefunden werde, die den Erwartungen entspreche.
Putin machte jedoch deutlich, dass Russland erst dann zu der Vereinbarung zurückkehren werde, wenn der Westen seine Zusagen zur Lockerung der Beschränkungen für russische Agrar- und Düngemittelexporte erfülle.
„Sobald das geschehen ist, sind wir innerhalb weniger Tage wieder dabei“, sagte der Kremlchef auf der gemeinsamen Pressekonferenz.
Konkret verlangte er, die staatliche Landwirtschaftsbank wieder an das Zahlungssystem Swift anzuschließen, von dem die EU sie abgekoppelt hatte.

Zugleich kündigte Putin an, Russland stehe kurz vor einer Vereinbarung, eine Million Tonnen Getreide zu ermäßigten Preisen an die Türkei zu liefern, die es verarbeiten und an bedürftige Länder weiterleiten solle; Katar werde das Vorhaben finanziell unterstützen.
In den kommenden Wochen würden außerdem die ersten kostenlosen Lieferungen an sechs afrikanische Staaten auf den Weg gebracht, die er beim Russland-Afrika-Gipfel im Juli zugesagt habe.

Das Treffen in Sotschi war sorgfältig vorbereitet worden.
Der türkische Außenminister Hakan Fidan hatte am vergangenen Donnerstag in Moskau mit seinem Amtskollegen Sergej Lawrow über das Abkommen beraten.
Lawrow wies dabei Vorschläge zurück, die ihm UN-Generalsekretär António Guterres Ende August in einem Brief unterbreitet hatte: Sie enthielten keine verlässlichen Garantien.
Erdoğan wiederum forderte Kiew in Sotschi auf, seine Haltung abzumildern, damit ein gemeinsamer Schritt mit Russland möglich werde.

In Kiew wurde das Treffen mit Misstrauen verfolgt.
Ein Sprecher des ukrainischen Außenministeriums warf Moskau vor, Lebensmittel als Waffe einzusetzen, und verwies auf einen Drohnenangriff auf den Donauhafen Ismajil, bei dem in der Nacht zum Montag Getreidespeicher beschädigt worden waren.
Russland hatte das im Juli 2022 unter Vermittlung der Türkei und der Vereinten Nationen geschlossene Abkommen Mitte Juli auslaufen lassen.
Seither greift das russische Militär immer wieder ukrainische Hafenanlagen am Schwarzen Meer und an der Donau an.

Für die Getreidehändler in Franken bleibt die Lage unübersichtlich.
Der Weizenpreis an der Pariser Warenterminbörse zog am Dienstagvormittag leicht an, wie ein Nürnberger Händler berichtete, der sich von Sotschi mehr erhofft hatte.
"""

# ---------------------------------------------------------------- b71de03 (Wetzlarer Neue Zeitung)
DE03 = """
Peking und Brasília legen gemeinsame Vorschläge für die Ukraine vor – Kiew bleibt reserviert

Peking/Wetzlar. China und Brasilien wollen gemeinsam Bewegung in die festgefahrene Diplomatie um den Krieg in der Ukraine bringen.
Chinas Außenminister Wang Yi und der außenpolitische Chefberater des brasilianischen Präsidenten, Celso Amorim, unterzeichneten am Donnerstag in Peking ein Papier mit sechs „gemeinsamen Einschätzungen“, das beide Regierungen anschließend veröffentlichten.

Darin sprechen sich beide Länder für eine internationale Friedenskonferenz aus, die von Russland und der Ukraine gleichermaßen anerkannt wird und an der alle Seiten gleichberechtigt teilnehmen.
Zudem rufen sie zur Deeskalation auf: Das Schlachtfeld dürfe nicht ausgeweitet, die Kämpfe dürften nicht verschärft werden.
Der Einsatz von Massenvernichtungswaffen und Angriffe auf Atomkraftwerke werden ebenso abgelehnt wie eine Spaltung der Welt in abgeschottete politische oder wirtschaftliche Blöcke.

Die Initiative kommt wenige Wochen vor der Friedenskonferenz auf dem Bürgenstock am 15. und 16. Juni, zu der die Schweiz auf Wunsch Kiews mehr als 160 Delegationen eingeladen hat, Russland jedoch nicht.
Peking hat seine Teilnahme bislang offengelassen; eine Konferenz ohne Moskau sei wenig sinnvoll, hieß es wiederholt aus dem chinesischen Außenministerium.
Kremlchef Wladimir Putin war erst vergangene Woche zu einem zweitägigen Staatsbesuch in Peking, wo er und Staatschef Xi Jinping in einer gemeinsamen Erklärung Verhandlungen unter Berücksichtigung der „legitimen Sicherheitsinteressen“ aller Staaten forderten.

In Kiew fiel die Reaktion verhalten aus.
Präsident Wolodymyr Selenskyj sagte am Donnerstagabend in seiner Videoansprache, jeder Plan müsse auf der Charta der Vereinten Nationen und der territorialen Unversehrtheit der Ukraine beruhen, und lud China erneut ein, auf den Bürgenstock zu kommen.
Am selben Tag waren bei einem russischen Raketenangriff auf eine Druckerei in Charkiw mindestens sieben Menschen getötet worden.
Kremlsprecher Dmitri Peskow sagte, Moskau schätze das Bemühen Chinas und Brasiliens um eine Lösung, werde aber an keiner Konferenz teilnehmen, deren Ergebnis vorab feststehe.

In Mittelhessen wird die chinesische Diplomatie auch aus wirtschaftlichen Gründen genau beobachtet.
Für die Optik- und Feinmechanikbetriebe an Lahn und Dill ist China nach Angaben der Industrie- und Handelskammer einer der wichtigsten Absatzmärkte.
Die Kammer hatte im Frühjahr vor neuen Handelshürden gewarnt, sollten westliche Staaten chinesische Firmen bestrafen, die Russland mit Bauteilen beliefern.
"""

# ---------------------------------------------------------------- b71de04 (Appenzeller Zeitung)
DE04 = """
Vermittler aus dem Süden: In Riad formiert sich eine Kontaktgruppe für die Ukraine

Riad. Sieben Staaten, die im Ukraine-Krieg keine Partei ergreifen wollen, haben sich am Wochenende in der saudischen Hauptstadt zu einer «Kontaktgruppe für den Frieden» zusammengeschlossen.
Gastgeber Prinz Faisal bin Farhan, der saudische Aussenminister, empfing dazu am Samstag den chinesischen Sondergesandten Li Hui, den brasilianischen Präsidentenberater Celso Amorim, Indiens Sicherheitsberater Ajit Doval sowie die Aussenminister Südafrikas, Indonesiens und der Türkei, Ronald Lamola, Sugiono und Hakan Fidan.
Die Beratungen dauerten nach Angaben von Teilnehmern bis in die Nacht zum Sonntag.

In einer am Sonntagabend veröffentlichten Erklärung ruft die Gruppe Russland und die Ukraine zu einer Waffenruhe entlang der gegenwärtigen Frontlinie für die Dauer von Verhandlungen auf.
Zugleich bieten die sieben Staaten an, einen humanitären Kanal für den Austausch von Gefangenen und die Rückkehr verschleppter Kinder einzurichten.
Das nächste Treffen soll in zwei Monaten in Istanbul stattfinden; Fidan hatte angeboten, die Gruppe dort zu empfangen.

Am Sonntagvormittag war der ukrainische Aussenminister Andrij Sybiha zu einer eigenen Sitzung mit der Gruppe zusammengekommen.
Er sprach anschliessend von einem «ehrlichen Gespräch», pochte aber darauf, dass eine Waffenruhe nicht zur Anerkennung besetzter Gebiete führen dürfe.
Russland war in Riad durch Vizeaussenminister Michail Galusin vertreten, der am Samstag getrennt mit Li Hui und dem Gastgeber zusammentraf.
Die Vorschläge verdienten Aufmerksamkeit, sagte Galusin laut der Agentur Tass; eine Waffenruhe ohne Einigung über die «Ursachen des Konflikts» lehne Moskau jedoch ab.

Kremlsprecher Dmitri Peskow sagte am Montag, Präsident Wladimir Putin schätze die Bemühungen «befreundeter Staaten», eine Waffenruhe komme aber erst mit einem unterschriftsreifen Abkommen in Frage.
Präsident Wolodymyr Selenskyj dankte in seiner Abendansprache am Sonntag Saudi-Arabien und der Türkei für ihre «beständige Hilfe» bei früheren Gefangenenaustauschen.
Aus Washington hiess es, man unterstütze jede Initiative, die beide Seiten an den Verhandlungstisch bringe.

In Bern begrüsste das Aussendepartement die neue Gruppe.
Bundesrat Ignazio Cassis bot an, technische Gespräche der Gruppe in Genf zu beherbergen, wie die Schweiz es bereits im Februar für Unterhändler aus Moskau und Kiew getan hatte.
Im Juni 2024 hatte die Schweiz die Ukraine-Konferenz auf dem Bürgenstock ausgerichtet, der China ferngeblieben war – ein Makel, den die neue Gruppe ausgleichen könnte.
"""

# ---------------------------------------------------------------- b71de05 (Mindener Tageblatt)
DE05 = """
Lulas Gesandter bei Selenskyj: Brasilien wirbt in Kiew um Vertrauen

Kiew/Minden. Der außenpolitische Berater des brasilianischen Präsidenten Luiz Inácio Lula da Silva, Celso Amorim, ist am Mittwoch in Kiew mit Präsident Wolodymyr Selenskyj zusammengetroffen.
Es war der erste Besuch eines so hochrangigen Vertreters der Regierung in Brasília in der Ukraine seit Kriegsbeginn.
Ende März hatte Amorim bereits Kremlchef Wladimir Putin in Moskau getroffen.

Selenskyj lud Lula nach dem Gespräch ein, selbst in die Ukraine zu reisen, um sich ein Bild von den Folgen der russischen Aggression zu machen.
Jeder Friedensplan müsse die territoriale Unversehrtheit seines Landes wiederherstellen, ein Einfrieren des Konflikts komme für Kiew nicht infrage, schrieb er auf Twitter.
Präsidialamtschef Andrij Jermak, der den Gast ebenfalls empfing, sagte, Brasilien könne eine wichtige Rolle spielen, wenn es sich hinter die ukrainische Friedensformel stelle.

Der Besuch soll die Wogen glätten.
Lula hatte bei seinem Staatsbesuch in China Mitte April angeregt, eine Gruppe neutraler Staaten solle zwischen Moskau und Kiew vermitteln.
Wenige Tage später warf er in Abu Dhabi den USA und der EU vor, den Krieg durch Waffenlieferungen zu verlängern.
Der Sprecher des Nationalen Sicherheitsrats der USA, John Kirby, hielt Brasilien daraufhin vor, russische und chinesische Propaganda „nachzuplappern“.
Ende April verurteilte Lula bei einem Besuch in Madrid dann ausdrücklich die Verletzung der territorialen Integrität der Ukraine durch Russland.

Aus Moskau kamen freundliche Töne.
Außenminister Sergej Lawrow hatte bei seinem Besuch in Brasília Mitte April die brasilianischen Vermittlungsideen gelobt.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, Russland sehe die Bemühungen Brasiliens positiv, derzeit gebe es aber keine Voraussetzungen für Verhandlungen.
Lula reist kommende Woche als Gast zum G7-Gipfel nach Hiroshima, an dem Selenskyj nach Angaben aus Kiew per Video teilnehmen soll.
Ein Treffen der beiden Präsidenten am Rande des Gipfels sei nicht ausgeschlossen, hieß es in Brasília.

Im Mühlenkreis werden die diplomatischen Bemühungen aufmerksam verfolgt.
Der Kreis Minden-Lübbecke hat seit März 2022 nach Angaben der Kreisverwaltung rund 3200 Geflüchtete aus der Ukraine aufgenommen, viele von ihnen Frauen und Kinder aus dem Osten des Landes.
"""

# ---------------------------------------------------------------- b71de06 (Hanauer Anzeiger)
DE06 = """
Kontaktgruppe in Istanbul: Moskau und Kiew vereinbaren Austausch von 300 Gefangenen

Istanbul/Hanau. Unter Vermittlung einer Gruppe von sieben Staaten haben Russland und die Ukraine am Dienstag in Istanbul einen weiteren Gefangenenaustausch vereinbart.
Bis Ende Juni sollen auf beiden Seiten je 300 Kriegsgefangene freikommen, darunter Schwerverwundete, teilte der türkische Außenminister Hakan Fidan am Abend mit.

Erstmals saßen dabei die Delegationsleiter beider Seiten, der ukrainische Sicherheitsratssekretär Rustem Umjerow und der russische Präsidentenberater Wladimir Medinski, gemeinsam mit Vertretern der Kontaktgruppe am Tisch.
Neben Fidan nahmen der saudische Außenminister Prinz Faisal bin Farhan, Chinas Sondergesandter Li Hui sowie Abgesandte Brasiliens, Indiens, Südafrikas und Indonesiens an der mehr als sechsstündigen Sitzung im Dolmabahçe-Palast teil.
Am Montagabend hatte Präsident Recep Tayyip Erdoğan die beiden Delegationen getrennt empfangen und sie zu „mutigen Schritten“ aufgerufen.

Die ukrainische Seite übergab zudem eine Liste mit 150 Kindern, deren Verbleib die russischen Behörden binnen 30 Tagen klären sollen.
Über eine Waffenruhe gab es dagegen keine Einigung.
Medinski sagte vor Journalisten, eine Feuerpause sei erst denkbar, wenn Kiew seine Truppen aus den von Moskau beanspruchten Gebieten abziehe.
Umjerow nannte diese Forderung „inakzeptabel“.

Präsident Wolodymyr Selenskyj dankte am Mittwoch der Türkei, Saudi-Arabien und den übrigen Vermittlern und forderte erneut einen Austausch „aller gegen alle“.
Kremlsprecher Dmitri Peskow nannte das Format „nützlich“, betonte jedoch, es ersetze nicht die direkten Kontakte zwischen Moskau und Washington.
Das nächste Treffen der Gruppe ist für September in Neu-Delhi geplant.

In Hanau verfolgt der Verein der Ukrainer im Main-Kinzig-Kreis die Gespräche mit Hoffnung.
Mehrere Mitglieder warten nach Angaben des Vorsitzenden seit Monaten auf ein Lebenszeichen von Angehörigen in russischer Gefangenschaft.
Der Verein will die Namen der Vermissten in den kommenden Tagen an das Internationale Komitee vom Roten Kreuz in Genf übermitteln.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b71de01_saudischer_aussenminister_kiew_2023_02", "2023-02-27", DE01,
        [
            T("1993", "DATE", "1993"),
            T("Sonntag", "DATE", "2023-02-26"),
            T("Abend", "TIME", "2023-02-26TEV"),
            T("September", "DATE", "2022-09"),
            T("Mitte Oktober", "DATE", "2022-10", mod="MID"),
            T("Donnerstag", "DATE", "2023-02-23"),
            T("Montag", "DATE", "2023-02-27"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2023-02-24"),
            T("selben Tag", "DATE", "2023-02-24"),
            T("März vergangenen Jahres", "DATE", "2022-03"),
            T("zwei Wochen", "DURATION", "P2W", note="point: 2023-W11"),
        ],
        [
            E("Zelensky receives Saudi Foreign Minister Prince Faisal bin Farhan in Kyiv", "CONSULT",
              ["Saudi Arabia", "Volodymyr Zelensky"], "2023-02-26", "text", "occurred", "wurde am Sonntag in Kiew"),
            E("Saudi Arabia and Ukraine sign two agreements", "AGREE", ["Saudi Arabia", "Ukraine"], "2023-02-26",
              "text", "occurred", "wurde am Sonntag in Kiew"),
            E("Saudi Arabia provides 400 million dollars of aid to Ukraine", "AID", ["Saudi Arabia", "Ukraine"],
              "2023-02-26", "text", "occurred", "wurde am Sonntag in Kiew"),
            E("Zelensky thanks the kingdom for supporting Ukraine's sovereignty", "SUPPORT",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2023-02-26", "context", "occurred",
              "Selenskyj dankte dem Königreich"),
            E("Zelensky asks Riyadh to take part in implementing the peace formula", "REQUEST",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2023-02-26", "context", "occurred",
              "um eine Beteiligung Riads"),
            E("Kuleba welcomes the 'historic visit'", "SUPPORT", ["Ukraine", "Saudi Arabia"], "2023-02-26", "context",
              "occurred", "historischen Besuch"),
            E("Saudi Arabia offers to mediate between Moscow and Kyiv", "REQUEST", ["Saudi Arabia", "Russia", "Ukraine"],
              "2023-02-26", "context", "occurred", "Bereitschaft des Königreichs, zwischen Moskau und Kiew"),
            E("Saudi-mediated release of ten foreign fighters from Russian captivity", "CONCEDE",
              ["Saudi Arabia", "Russia"], "2022-09", "text", "occurred", "Riad hatte im September"),
            E("Crown Prince Mohammed bin Salman's phone call with Zelensky", "CONSULT",
              ["Saudi Arabia", "Volodymyr Zelensky"], "2022-10", "text", "occurred", "Kronprinz Mohammed bin Salman",
              date_mod="MID"),
            E("Crown Prince promises Zelensky help", "AID", ["Saudi Arabia", "Volodymyr Zelensky"], "2022-10", "text",
              "occurred", "Kronprinz Mohammed bin Salman", date_mod="MID"),
            E("UN General Assembly resolution demands the immediate withdrawal of Russian troops", "REQUEST",
              ["United Nations", "Russia"], "2023-02-23", "text", "occurred", "Bei der Abstimmung in der UN-Vollversammlung"),
            E("Peskov: no basis for negotiations while Kyiv rules them out by decree", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2023-02-27", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("China presents a twelve-point paper for a political solution", "REQUEST", ["China"], "2023-02-24", "text",
              "occurred", "Zwölf-Punkte-Papier"),
            E("Zelensky wants to meet Xi Jinping about the proposal", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"],
              "2023-02-24", "text", "occurred", "er wolle sich mit Staatschef Xi Jinping treffen"),
        ],
        [
            S("Ukraine", "Foreign ministry: 100 million for humanitarian projects, 300 million for oil products",
              "2023-02-26", "context", "Davon sind nach Angaben des ukrainischen Außenministeriums"),
            S("Volodymyr Zelensky", "Thanks the kingdom for supporting Ukraine's sovereignty and territorial integrity",
              "2023-02-26", "context", "Selenskyj dankte dem Königreich"),
            S("Volodymyr Zelensky", "Discussed the peace formula with the guest and asked Riyadh to take part",
              "2023-02-26TEV", "text", "um eine Beteiligung Riads"),
            S("Ukraine", "Kuleba: a historic visit; Ukraine is seen as more than a theatre of war", "2023-02-26",
              "context", "historischen Besuch"),
            S("Saudi Arabia", "The kingdom is ready to mediate between Moscow and Kyiv", "2023-02-26", "context",
              "Bereitschaft des Königreichs, zwischen Moskau und Kiew"),
            S("Russia", "Moscow reacted calmly", "2023-02-27", "published", "Moskau reagierte betont gelassen."),
            S("Dmitry Peskov", "Russia values its relations with Riyadh but sees no basis for talks while Kyiv rules "
              "them out", "2023-02-27", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("China", "Twelve-point paper for a political solution", "2023-02-24", "text", "Zwölf-Punkte-Papier"),
            S("Volodymyr Zelensky", "Wants to meet Xi Jinping to discuss the proposal", "2023-02-24", "text",
              "er wolle sich mit Staatschef Xi Jinping treffen"),
        ],
        ["Saudi Arabia", "Ukraine", "Volodymyr Zelensky", "Russia", "United Nations", "Dmitry Peskov", "Kremlin",
         "China", "Xi Jinping"],
    ),
    doc(
        "b71de02_erdogan_putin_sotschi_getreide_2023_09", "2023-09-05", DE02,
        [
            T("knapp dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("Montag", "DATE", "2023-09-04"),
            T("kurzer Zeit", "DATE", "FUTURE_REF"),
            T("weniger Tage", "DURATION", "PXD"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Juli", "DATE", "2023-07"),
            T("vergangenen Donnerstag", "DATE", "2023-08-31"),
            T("Ende August", "DATE", "2023-08", mod="END"),
            T("der Nacht zum Montag", "TIME", "2023-09-03TNI", note="night of 3 to 4 September"),
            T("Juli 2022", "DATE", "2022-07"),
            T("Mitte Juli", "DATE", "2023-07", mod="MID"),
            T("Dienstagvormittag", "TIME", "2023-09-05TMO"),
        ],
        [
            E("Erdoğan and Putin hold talks in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2023-09-04", "text", "occurred", "knapp dreistündigen Gespräch"),
            E("Putin: Russia ready to return to the grain deal once its conditions are met", "AGREE",
              ["Vladimir Putin", "Russia"], "2023-09-04", "context", "occurred", "Putin machte jedoch deutlich"),
            E("Putin demands that the West fulfil its promises on Russian agricultural exports", "REQUEST",
              ["Vladimir Putin"], "2023-09-04", "context", "occurred", "Putin machte jedoch deutlich"),
            E("Putin demands reconnecting the state agricultural bank to SWIFT", "REQUEST",
              ["Vladimir Putin", "European Union"], "2023-09-04", "context", "occurred", "Konkret verlangte er"),
            E("Russia close to a deal to supply a million tonnes of discounted grain to Turkey, financed by Qatar",
              "AGREE", ["Russia", "Turkey", "Qatar"], "2023-09-05", "published", "planned",
              "eine Million Tonnen Getreide"),
            E("First free Russian grain deliveries to six African states", "AID", ["Russia"], "FUTURE_REF", "vague",
              "planned", "In den kommenden Wochen würden"),
            E("Putin pledged free grain at the Russia–Africa summit", "AID", ["Vladimir Putin"], "2023-07", "text",
              "occurred", "In den kommenden Wochen würden"),
            E("Russia–Africa summit", "CONSULT", ["Vladimir Putin", "Russia"], "2023-07", "text", "occurred",
              "In den kommenden Wochen würden"),
            E("Fidan and Lavrov confer on the grain deal in Moscow", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"],
              "2023-08-31", "text", "occurred", "Der türkische Außenminister Hakan Fidan hatte"),
            E("Lavrov rejects Guterres's proposals", "REJECT", ["Sergey Lavrov", "António Guterres"], "2023-08-31",
              "context", "occurred", "Lawrow wies dabei Vorschläge zurück"),
            E("Guterres sends Lavrov proposals in a letter", "REQUEST", ["António Guterres", "Sergey Lavrov"],
              "2023-08", "text", "occurred", "Lawrow wies dabei Vorschläge zurück", date_mod="END"),
            E("Erdoğan urges Kyiv to soften its stance", "REQUEST", ["Recep Tayyip Erdoğan", "Ukraine"],
              "2023-09-04", "context", "occurred", "Erdoğan wiederum forderte Kiew"),
            E("Ukraine accuses Moscow of using food as a weapon", "ACCUSE", ["Ukraine", "Russia"], "2023-09-04",
              "context", "occurred", "Lebensmittel als Waffe"),
            E("Drone attack on the Danube port of Izmail damages grain silos", "ASSAULT", ["Russia", "Ukraine"],
              "2023-09-03TNI", "text", "occurred", "Lebensmittel als Waffe", note="night of 3 to 4 September"),
            E("Grain deal concluded in July 2022 under Turkish and UN mediation", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07", "text", "occurred",
              "Russland hatte das im Juli 2022"),
            E("Russia lets the grain deal expire", "SANCTION", ["Russia", "Ukraine"], "2023-07", "text", "occurred",
              "Russland hatte das im Juli 2022", date_mod="MID"),
            E("Russian attacks on Ukrainian port facilities since the deal's expiry", "ASSAULT", ["Russia", "Ukraine"],
              "2023-07", "context", "occurred", "Seither greift das russische Militär", date_mod="START",
              note="since the expiry in mid-July 2023"),
        ],
        [
            S("Recep Tayyip Erdoğan", "Believes a solution meeting expectations will be found soon", "2023-09-04",
              "context", "knapp dreistündigen Gespräch"),
            S("Vladimir Putin", "Russia returns to the deal only when the West fulfils its promises", "2023-09-04",
              "context", "Putin machte jedoch deutlich"),
            S("Vladimir Putin", "Once that happens, Russia is back within a few days", "2023-09-04", "context",
              "Sobald das geschehen ist"),
            S("Vladimir Putin", "Demands reconnecting the agricultural bank to SWIFT", "2023-09-04", "context",
              "Konkret verlangte er"),
            S("Vladimir Putin", "Russia close to a deal on a million tonnes of grain via Turkey; Qatar to finance it",
              "2023-09-04", "context", "eine Million Tonnen Getreide"),
            S("Vladimir Putin", "First free deliveries to six African states in the coming weeks", "2023-09-04",
              "context", "In den kommenden Wochen würden"),
            S("Sergey Lavrov", "Guterres's proposals contain no reliable guarantees", "2023-08-31", "context",
              "Lawrow wies dabei Vorschläge zurück"),
            S("Recep Tayyip Erdoğan", "Kyiv should soften its stance to allow a joint step with Russia", "2023-09-04",
              "context", "Erdoğan wiederum forderte Kiew"),
            S("Ukraine", "Moscow uses food as a weapon", "2023-09-04", "context", "Lebensmittel als Waffe"),
        ],
        ["Recep Tayyip Erdoğan", "Vladimir Putin", "Kremlin", "Russia", "European Union", "Turkey", "Qatar",
         "Hakan Fidan", "Sergey Lavrov", "António Guterres", "United Nations", "Ukraine"],
    ),
    doc(
        "b71de03_china_brasilien_sechs_punkte_2024_05", "2024-05-24", DE03,
        [
            T("Donnerstag", "DATE", "2024-05-23"),
            T("15.", "DATE", "2024-06-15"),
            T("16. Juni", "DATE", "2024-06-16"),
            T("vergangene Woche", "DATE", "2024-W20"),
            T("zweitägigen", "DURATION", "P2D"),
            T("Donnerstagabend", "TIME", "2024-05-23TEV"),
            T("selben Tag", "DATE", "2024-05-23"),
            T("Frühjahr", "DATE", "2024-SP"),
        ],
        [
            E("Wang Yi and Celso Amorim meet in Beijing", "CONSULT", ["China"], "2024-05-23", "text", "occurred",
              "unterzeichneten am Donnerstag in Peking"),
            E("China and Brazil sign a paper of six common understandings", "AGREE", ["China"], "2024-05-23", "text",
              "occurred", "unterzeichneten am Donnerstag in Peking"),
            E("China and Brazil propose an international peace conference recognised by Russia and Ukraine",
              "REQUEST", ["China", "Russia", "Ukraine"], "2024-05-23", "context", "occurred",
              "internationale Friedenskonferenz aus"),
            E("China and Brazil call for de-escalation", "REQUEST", ["China"], "2024-05-23", "context", "occurred",
              "Zudem rufen sie zur Deeskalation auf"),
            E("China and Brazil warn against weapons of mass destruction and attacks on nuclear plants", "REQUEST",
              ["China"], "2024-05-23", "context", "occurred", "Massenvernichtungswaffen"),
            E("Peace conference on the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06-15", "text", "planned",
              "Die Initiative kommt wenige Wochen", note="15–16 June 2024"),
            E("China's participation in the Bürgenstock conference left open", "CONSULT", ["China"], "2024-06-15",
              "context", "uncertain", "Peking hat seine Teilnahme bislang offengelassen"),
            E("Putin's two-day state visit to Beijing", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2024-W20", "text",
              "occurred", "Kremlchef Wladimir Putin war erst vergangene Woche"),
            E("Putin and Xi call for negotiations respecting legitimate security interests", "REQUEST",
              ["Vladimir Putin", "Xi Jinping"], "2024-W20", "context", "occurred",
              "Kremlchef Wladimir Putin war erst vergangene Woche"),
            E("Zelensky: any plan must rest on the UN Charter and Ukraine's territorial integrity", "REQUEST",
              ["Volodymyr Zelensky"], "2024-05-23TEV", "text", "occurred", "Donnerstagabend in seiner Videoansprache"),
            E("Zelensky again invites China to the Bürgenstock", "REQUEST", ["Volodymyr Zelensky", "China"],
              "2024-05-23TEV", "text", "occurred", "Donnerstagabend in seiner Videoansprache"),
            E("Russian missile strike on a printing house in Kharkiv kills seven", "ASSAULT", ["Russia", "Ukraine"],
              "2024-05-23", "text", "occurred", "Druckerei in Charkiw"),
            E("Peskov: Moscow appreciates the efforts of China and Brazil", "SUPPORT", ["Dmitry Peskov", "China"],
              "2024-05-24", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte, Moskau schätze"),
            E("Peskov: Russia will not attend a conference with a predetermined outcome", "REJECT", ["Dmitry Peskov"],
              "2024-05-24", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte, Moskau schätze"),
        ],
        [
            S("China", "China and Brazil back an international peace conference recognised by both sides",
              "2024-05-23", "context", "internationale Friedenskonferenz aus"),
            S("China", "Call for de-escalation: no widening of the battlefield, no escalation of fighting",
              "2024-05-23", "context", "Zudem rufen sie zur Deeskalation auf"),
            S("China", "Oppose weapons of mass destruction, attacks on nuclear plants and bloc division", "2024-05-23",
              "context", "Massenvernichtungswaffen"),
            S("China", "A conference without Moscow makes little sense", "2024-05-24", "published",
              "Peking hat seine Teilnahme bislang offengelassen"),
            S("Joint statement: Vladimir Putin, Xi Jinping", "Negotiations must respect the legitimate security "
              "interests of all states", "2024-W20", "text", "Kremlchef Wladimir Putin war erst vergangene Woche"),
            S("Volodymyr Zelensky", "Any plan must rest on the UN Charter and territorial integrity; invites China "
              "to the Bürgenstock", "2024-05-23TEV", "text", "Donnerstagabend in seiner Videoansprache"),
            S("Dmitry Peskov", "Moscow appreciates China's and Brazil's efforts but will not attend a conference with "
              "a predetermined outcome", "2024-05-24", "published", "Kremlsprecher Dmitri Peskow sagte, Moskau schätze"),
        ],
        ["China", "Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Xi Jinping", "Volodymyr Zelensky",
         "United Nations", "Dmitry Peskov"],
    ),
    doc(
        "b71de04_riad_kontaktgruppe_fiktion_2026_04", "2026-04-20", DE04,
        [
            T("Wochenende", "DATE", "2026-W16-WE"),
            T("Samstag", "DATE", "2026-04-18", 0),
            T("die Nacht zum Sonntag", "TIME", "2026-04-18TNI", note="night of 18 to 19 April"),
            T("Sonntagabend", "TIME", "2026-04-19TEV"),
            T("zwei Monaten", "DURATION", "P2M", note="point: 2026-06"),
            T("Sonntagvormittag", "TIME", "2026-04-19TMO"),
            T("Samstag", "DATE", "2026-04-18", 1),
            T("Montag", "DATE", "2026-04-20"),
            T("Sonntag", "DATE", "2026-04-19", 1),
            T("Februar", "DATE", "2026-02"),
            T("Juni 2024", "DATE", "2024-06"),
        ],
        [
            E("Seven states form a contact group for peace in Riyadh", "COOPERATE", ["Saudi Arabia", "China", "Turkey"],
              "2026-W16-WE", "text", "occurred", "Sieben Staaten, die im Ukraine-Krieg"),
            E("Saudi foreign minister hosts the envoys of the contact group in Riyadh", "CONSULT",
              ["Saudi Arabia", "China", "Hakan Fidan"], "2026-04-18", "text", "occurred",
              "Gastgeber Prinz Faisal bin Farhan"),
            E("Contact group calls on Russia and Ukraine for a ceasefire along the front line", "REQUEST",
              ["Saudi Arabia", "China", "Turkey", "Russia", "Ukraine"], "2026-04-19TEV", "text", "occurred",
              "In einer am Sonntagabend veröffentlichten Erklärung"),
            E("Contact group offers a humanitarian channel for prisoner exchanges and deported children", "REQUEST",
              ["Saudi Arabia", "China", "Turkey", "Russia", "Ukraine"], "2026-04-19TEV", "context", "occurred",
              "humanitären Kanal"),
            E("Next meeting of the group in Istanbul in two months", "CONSULT", ["Saudi Arabia", "China", "Turkey"],
              "2026-06", "text", "planned", "Das nächste Treffen soll in zwei Monaten"),
            E("Fidan offers to host the group in Istanbul", "REQUEST", ["Hakan Fidan"], "2026-04-18", "context",
              "occurred", "Das nächste Treffen soll in zwei Monaten"),
            E("Sybiha meets the contact group", "CONSULT", ["Andrii Sybiha", "Saudi Arabia", "China", "Turkey"],
              "2026-04-19TMO", "text", "occurred", "Am Sonntagvormittag war"),
            E("Sybiha: a ceasefire must not lead to recognition of occupied territories", "REJECT", ["Andrii Sybiha"],
              "2026-04-19", "context", "occurred", "ehrlichen Gespräch"),
            E("Deputy Foreign Minister Galuzin meets Li Hui and the Saudi host", "CONSULT",
              ["Russia", "China", "Saudi Arabia"], "2026-04-18", "text", "occurred", "Vizeaussenminister Michail Galusin"),
            E("Moscow rejects a ceasefire without agreement on the root causes", "REJECT", ["Russia"], "2026-04-18",
              "context", "occurred", "Die Vorschläge verdienten Aufmerksamkeit"),
            E("Putin appreciates the efforts of 'friendly states'", "SUPPORT",
              ["Vladimir Putin", "Saudi Arabia", "China", "Turkey"], "2026-04-20", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Putin: a ceasefire only with an agreement ready for signature", "REQUEST", ["Vladimir Putin"],
              "2026-04-20", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Zelensky thanks Saudi Arabia and Turkey for their help with prisoner exchanges", "SUPPORT",
              ["Volodymyr Zelensky", "Saudi Arabia", "Turkey"], "2026-04-19", "text", "occurred",
              "dankte in seiner Abendansprache"),
            E("Washington supports any initiative bringing both sides to the table", "SUPPORT", ["United States"],
              "2026-04-20", "published", "occurred", "Aus Washington hiess es"),
            E("Switzerland offers Geneva for the group's technical talks", "REQUEST", ["Saudi Arabia", "China", "Turkey"],
              "2026-04-20", "published", "occurred", "Bundesrat Ignazio Cassis bot an"),
            E("Talks between Russian and Ukrainian negotiators in Geneva", "CONSULT", ["Russia", "Ukraine"], "2026-02",
              "text", "occurred", "Bundesrat Ignazio Cassis bot an"),
            E("Ukraine peace conference on the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Im Juni 2024 hatte die Schweiz"),
            E("China stays away from the Bürgenstock conference", "CONSULT", ["China"], "2024-06", "text", "cancelled",
              "Im Juni 2024 hatte die Schweiz"),
        ],
        [
            S("Joint statement: Saudi Arabia, China, Turkey", "Call on Russia and Ukraine for a ceasefire along the "
              "front line for the duration of talks", "2026-04-19TEV", "text",
              "In einer am Sonntagabend veröffentlichten Erklärung"),
            S("Joint statement: Saudi Arabia, China, Turkey", "Offer a humanitarian channel for prisoners and "
              "deported children", "2026-04-19TEV", "context", "humanitären Kanal"),
            S("Hakan Fidan", "Offers to host the group in Istanbul", "2026-04-18", "context",
              "Das nächste Treffen soll in zwei Monaten"),
            S("Andrii Sybiha", "An honest conversation; a ceasefire must not lead to recognising occupied territories",
              "2026-04-19", "context", "ehrlichen Gespräch"),
            S("Russia", "Galuzin: the proposals deserve attention, but no ceasefire without agreement on the root "
              "causes", "2026-04-18", "context", "Die Vorschläge verdienten Aufmerksamkeit"),
            S("Vladimir Putin, via Dmitry Peskov", "Appreciates the efforts of friendly states; a ceasefire only with "
              "an agreement ready for signature", "2026-04-20", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Volodymyr Zelensky", "Thanks Saudi Arabia and Turkey for their help with prisoner exchanges",
              "2026-04-19", "text", "dankte in seiner Abendansprache"),
            S("United States", "Supports any initiative that brings both sides to the negotiating table", "2026-04-20",
              "published", "Aus Washington hiess es"),
        ],
        ["Saudi Arabia", "China", "Turkey", "Hakan Fidan", "Russia", "Ukraine", "Andrii Sybiha", "Dmitry Peskov",
         "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "United States"],
    ),
    doc(
        "b71de05_amorim_kiew_selenskyj_2023_05", "2023-05-11", DE05,
        [
            T("Mittwoch", "DATE", "2023-05-10", 0),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("Mitte April", "DATE", "2023-04", 0, mod="MID"),
            T("Ende April", "DATE", "2023-04", mod="END"),
            T("Mitte April", "DATE", "2023-04", 1, mod="MID"),
            T("Mittwoch", "DATE", "2023-05-10", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("kommende Woche", "DATE", "2023-W20"),
            T("März 2022", "DATE", "2022-03"),
        ],
        [
            E("Celso Amorim meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-05-10", "text",
              "occurred", "ist am Mittwoch in Kiew"),
            E("Amorim met Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "Ende März hatte Amorim", date_mod="END"),
            E("Zelensky invites Lula to Ukraine", "REQUEST", ["Volodymyr Zelensky"], "2023-05-10", "context",
              "occurred", "Selenskyj lud Lula"),
            E("Zelensky: any peace plan must restore Ukraine's territorial integrity", "REQUEST",
              ["Volodymyr Zelensky"], "2023-05-10", "context", "occurred", "Jeder Friedensplan müsse"),
            E("Zelensky rules out freezing the conflict", "REJECT", ["Volodymyr Zelensky"], "2023-05-10", "context",
              "occurred", "Jeder Friedensplan müsse"),
            E("Yermak also receives Amorim", "CONSULT", ["Andriy Yermak"], "2023-05-10", "context", "occurred",
              "Präsidialamtschef Andrij Jermak"),
            E("Yermak: Brazil should back the Ukrainian peace formula", "REQUEST", ["Andriy Yermak"], "2023-05-10",
              "context", "occurred", "Präsidialamtschef Andrij Jermak"),
            E("Lula's state visit to China", "CONSULT", ["China"], "2023-04", "text", "occurred",
              "bei seinem Staatsbesuch in China", date_mod="MID"),
            E("Lula proposes a group of neutral states to mediate between Moscow and Kyiv", "REQUEST",
              ["Russia", "Ukraine"], "2023-04", "text", "occurred", "bei seinem Staatsbesuch in China",
              date_mod="MID"),
            E("Lula accuses the US and the EU of prolonging the war", "ACCUSE", ["United States", "European Union"],
              "2023-04", "context", "occurred", "in Abu Dhabi den USA und der EU vor"),
            E("Kirby accuses Brazil of parroting Russian and Chinese propaganda", "ACCUSE", ["United States"],
              "2023-04", "context", "occurred", "John Kirby"),
            E("Lula condemns Russia's violation of Ukraine's territorial integrity", "ACCUSE", ["Russia"], "2023-04",
              "text", "occurred", "Ende April verurteilte Lula", date_mod="END"),
            E("Lavrov visits Brasília", "CONSULT", ["Sergey Lavrov"], "2023-04", "text", "occurred",
              "bei seinem Besuch in Brasília", date_mod="MID"),
            E("Lavrov praises Brazil's mediation ideas", "SUPPORT", ["Sergey Lavrov"], "2023-04", "text", "occurred",
              "bei seinem Besuch in Brasília", date_mod="MID"),
            E("Peskov: Russia views Brazil's efforts positively", "SUPPORT", ["Dmitry Peskov"], "2023-05-10", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Peskov: no conditions for negotiations at present", "REJECT", ["Dmitry Peskov"], "2023-05-10", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Zelensky to join the G7 summit in Hiroshima by video", "CONSULT", ["Volodymyr Zelensky"], "2023-W20",
              "context", "planned", "G7-Gipfel nach Hiroshima"),
            E("Possible Lula–Zelensky meeting on the sidelines of the G7 summit", "CONSULT", ["Volodymyr Zelensky"],
              "2023-W20", "context", "uncertain", "Ein Treffen der beiden Präsidenten"),
        ],
        [
            S("Volodymyr Zelensky", "Invites Lula to come to Ukraine and see the consequences of Russian aggression",
              "2023-05-10", "context", "Selenskyj lud Lula"),
            S("Volodymyr Zelensky", "Any peace plan must restore territorial integrity; freezing the conflict is out "
              "of the question", "2023-05-10", "context", "Jeder Friedensplan müsse"),
            S("Andriy Yermak", "Brazil can play an important role if it backs the peace formula", "2023-05-10",
              "context", "Präsidialamtschef Andrij Jermak"),
            S("United States", "Kirby: Brazil is parroting Russian and Chinese propaganda", "2023-04", "context",
              "John Kirby"),
            S("Russia", "Friendly tones from Moscow", "2023-05-11", "published", "Aus Moskau kamen freundliche Töne."),
            S("Sergey Lavrov", "Praised Brazil's mediation ideas", "2023-04", "text", "bei seinem Besuch in Brasília"),
            S("Dmitry Peskov", "Russia views Brazil's efforts positively, but there are no conditions for talks now",
              "2023-05-10", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Ukraine", "Zelensky to take part in the G7 summit by video", "2023-05-11", "published",
              "G7-Gipfel nach Hiroshima"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Vladimir Putin", "Kremlin", "Russia", "Andriy Yermak", "China",
         "United States", "European Union", "Sergey Lavrov", "Dmitry Peskov"],
    ),
    doc(
        "b71de06_istanbul_kontaktgruppe_austausch_fiktion_2026_06", "2026-06-17", DE06,
        [
            T("Dienstag", "DATE", "2026-06-16"),
            T("Ende Juni", "DATE", "2026-06", mod="END"),
            T("Abend", "TIME", "2026-06-16TEV"),
            T("mehr als sechsstündigen", "DURATION", "PT6H", mod="MORE_THAN"),
            T("Montagabend", "TIME", "2026-06-15TEV"),
            T("30 Tagen", "DURATION", "P30D"),
            T("Mittwoch", "DATE", "2026-06-17"),
            T("September", "DATE", "2026-09"),
            T("Monaten", "DURATION", "PXM"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Russia and Ukraine agree a further prisoner exchange under the contact group's mediation", "AGREE",
              ["Russia", "Ukraine", "Turkey", "Saudi Arabia", "China"], "2026-06-16", "text", "occurred",
              "Unter Vermittlung einer Gruppe"),
            E("300 prisoners of war each to be freed by the end of June", "CONCEDE", ["Russia", "Ukraine"], "2026-06",
              "text", "planned", "Bis Ende Juni sollen", date_mod="END"),
            E("Umerov and Medinsky at the table with the contact group in Istanbul", "CONSULT",
              ["Rustem Umerov", "Vladimir Medinsky", "Hakan Fidan", "Saudi Arabia", "China"], "2026-06-16", "context",
              "occurred", "Erstmals saßen dabei"),
            E("Erdoğan receives the two delegations separately", "CONSULT",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2026-06-15TEV", "text", "occurred",
              "Am Montagabend hatte Präsident"),
            E("Erdoğan calls on the delegations for bold steps", "REQUEST", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
              "2026-06-15TEV", "context", "occurred", "Am Montagabend hatte Präsident"),
            E("Ukraine hands over a list of 150 children for Russia to trace within 30 days", "REQUEST",
              ["Ukraine", "Russia"], "2026-06-16", "context", "occurred", "Liste mit 150 Kindern"),
            E("No agreement on a ceasefire", "REJECT", ["Russia", "Ukraine"], "2026-06-16", "context", "occurred",
              "Über eine Waffenruhe gab es dagegen keine Einigung."),
            E("Medinsky: a ceasefire only if Kyiv withdraws from the territories Moscow claims", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2026-06-16", "context", "occurred", "Medinski sagte vor Journalisten"),
            E("Umerov rejects the demand as unacceptable", "REJECT", ["Rustem Umerov", "Vladimir Medinsky"],
              "2026-06-16", "context", "occurred", "Umjerow nannte diese Forderung"),
            E("Zelensky thanks Turkey, Saudi Arabia and the other mediators", "SUPPORT",
              ["Volodymyr Zelensky", "Turkey", "Saudi Arabia"], "2026-06-17", "text", "occurred",
              "Selenskyj dankte am Mittwoch"),
            E("Zelensky demands an all-for-all exchange", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2026-06-17",
              "text", "occurred", "Selenskyj dankte am Mittwoch"),
            E("Peskov calls the format useful", "SUPPORT", ["Dmitry Peskov"], "2026-06-17", "published", "occurred",
              "Kremlsprecher Dmitri Peskow nannte das Format"),
            E("Next meeting of the group in New Delhi", "CONSULT", ["Saudi Arabia", "China", "Turkey"], "2026-09",
              "text", "planned", "Das nächste Treffen der Gruppe"),
        ],
        [
            S("Hakan Fidan", "300 prisoners on each side to be freed by the end of June, including the severely "
              "wounded", "2026-06-16TEV", "text", "Bis Ende Juni sollen"),
            S("Recep Tayyip Erdoğan", "Calls on both delegations for bold steps", "2026-06-15TEV", "context",
              "Am Montagabend hatte Präsident"),
            S("Vladimir Medinsky", "A ceasefire only if Kyiv withdraws its troops from the territories Moscow claims",
              "2026-06-16", "context", "Medinski sagte vor Journalisten"),
            S("Rustem Umerov", "The demand is unacceptable", "2026-06-16", "context", "Umjerow nannte diese Forderung"),
            S("Volodymyr Zelensky", "Thanks the mediators and demands an all-for-all exchange", "2026-06-17", "text",
              "Selenskyj dankte am Mittwoch"),
            S("Dmitry Peskov", "The format is useful but does not replace direct Moscow–Washington contacts",
              "2026-06-17", "published", "Kremlsprecher Dmitri Peskow nannte das Format"),
        ],
        ["Russia", "Ukraine", "Turkey", "Saudi Arabia", "China", "Hakan Fidan", "Rustem Umerov", "Vladimir Medinsky",
         "Recep Tayyip Erdoğan", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "United States"],
    ),
]
