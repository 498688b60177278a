"""German articles of the blind6 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b6de01
DE01 = dict(
    id="b6de01_normandie_format_ende_2022_02",
    lang="de",
    published="2022-02-22",
    body="""
Normandie-Format vor dem Aus – Scholz legt Nord Stream 2 auf Eis
BERLIN/MOSKAU (dpa) - Nach der Anerkennung der selbst ernannten „Volksrepubliken“ Donezk und Luhansk durch Moskau hat Bundeskanzler Olaf Scholz das Genehmigungsverfahren für die umstrittene Ostseepipeline Nord Stream 2 am Dienstag bis auf Weiteres gestoppt.
Die Lage habe sich grundlegend verändert, ohne eine Neubewertung der Versorgungssicherheit könne es keine Zertifizierung geben, sagte Scholz bei einer Pressekonferenz mit dem irischen Regierungschef im Kanzleramt.
In die Röhre, die Gas unter Umgehung der Ukraine direkt nach Deutschland bringen sollte, sind mehr als zehn Milliarden Euro investiert worden.

Kremlchef Wladimir Putin hatte am Montagabend in einer fast einstündigen Fernsehansprache die Unabhängigkeit der beiden Separatistengebiete im Osten der Ukraine anerkannt.
Im Anschluss unterzeichnete er im Kreml Verträge über „Freundschaft und gegenseitigen Beistand“ mit deren Anführern, was vom Staatsfernsehen live übertragen wurde.
Noch in der Nacht ordnete Putin per Dekret an, russische Truppen sollten in den Gebieten für „Frieden sorgen“.
Nach westlichen Schätzungen hat Russland seit November mehr als 150.000 Soldaten rund um das Nachbarland zusammengezogen.

Damit dürfte auch das sogenannte Normandie-Format, in dem Deutschland und Frankreich seit 2014 zwischen Russland und der Ukraine vermittelt hatten, am Ende sein.
Erst am 10. Februar waren die außenpolitischen Berater der vier Staats- und Regierungschefs in Berlin nach mehr als neun Stunden ohne gemeinsame Abschlusserklärung auseinandergegangen.
Putin selbst erklärte am Dienstag vor Journalisten, die Minsker Vereinbarungen existierten nicht mehr, weil Kiew sie seit Jahren sabotiert habe.

Frankreichs Präsident Emmanuel Macron hatte noch am Sonntag zweimal mit Putin telefoniert und in der Nacht zu Montag mitteilen lassen, Putin und US-Präsident Joe Biden hätten einem Gipfeltreffen „im Prinzip“ zugestimmt.
Kremlsprecher Dmitri Peskow nannte derartige Pläne bereits am Montagmorgen „verfrüht“.
Das Weiße Haus ließ am Dienstag wissen, ein Treffen der beiden Präsidenten sei „derzeit“ nicht vorgesehen.
US-Außenminister Antony Blinken sagte am Dienstagnachmittag (Ortszeit) zudem ein für Donnerstag in Genf geplantes Gespräch mit seinem russischen Amtskollegen Sergej Lawrow ab.
Eine solche Begegnung ergebe keinen Sinn, solange Moskau den Weg der Eskalation gehe, schrieb Blinken zur Begründung.

Die Außenminister der Europäischen Union wollten noch am Dienstagabend bei einem informellen Treffen in Paris ein erstes Sanktionspaket auf den Weg bringen, das unter anderem Abgeordnete der Duma und mehrere russische Banken treffen soll.
Kommissionspräsidentin Ursula von der Leyen kündigte an, die Verantwortlichen für den „illegalen Akt“ würden zur Rechenschaft gezogen.

Der ukrainische Präsident Wolodymyr Selenskyj warf Moskau in einer Videobotschaft in der Nacht zum Dienstag vor, die Friedensbemühungen bewusst zerstört zu haben, und verlangte von den westlichen Partnern „klare und wirksame Schritte“.
Die Ukraine habe vor niemandem Angst und werde niemandem etwas abtreten, sagte er.
Nach Angaben des Außenministeriums in Kiew wurde der ukrainische Geschäftsträger in Moskau zu Konsultationen in die Heimat zurückgerufen.
""",
    timexes=[
        T("Dienstag", "DATE", "2022-02-22", 0),
        T("Montagabend", "TIME", "2022-02-21TEV"),
        T("fast einstündigen", "DURATION", "PT1H", mod="APPROX"),
        T("der Nacht", "TIME", "2022-02-21TNI", 0, note="the night after the Monday-evening address"),
        T("November", "DATE", "2021-11"),
        T("2014", "DATE", "2014"),
        T("10. Februar", "DATE", "2022-02-10"),
        T("mehr als neun Stunden", "DURATION", "PT9H", mod="MORE_THAN"),
        T("Dienstag", "DATE", "2022-02-22", 1),
        T("Jahren", "DURATION", "PXY"),
        T("Sonntag", "DATE", "2022-02-20"),
        T("der Nacht zu Montag", "TIME", "2022-02-20TNI", note="night from Sunday 20 to Monday 21 February"),
        T("Montagmorgen", "TIME", "2022-02-21TMO"),
        T("Dienstag", "DATE", "2022-02-22", 2),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Dienstagnachmittag", "TIME", "2022-02-22TAF", note="Ortszeit (Washington)"),
        T("Donnerstag", "DATE", "2022-02-24"),
        T("Dienstagabend", "TIME", "2022-02-22TEV"),
        T("der Nacht zum Dienstag", "TIME", "2022-02-21TNI", note="night from Monday 21 to Tuesday 22 February"),
    ],
    events=[
        E("Scholz halts the certification of Nord Stream 2", "SANCTION",
          ["Olaf Scholz", "Germany", "Russia"], "2022-02-22", "text", "occurred", "Genehmigungsverfahren für die umstrittene"),
        E("Putin recognises the independence of the Donetsk and Luhansk separatist regions", "COERCE",
          ["Vladimir Putin", "Russia", "Ukraine"], "2022-02-21TEV", "text", "occurred", "fast einstündigen",
          note="recognition of separatist entities on Ukrainian territory, by analogy with annexation by decree"),
        E("Putin signs friendship and assistance treaties with the separatist leaders", "AGREE",
          ["Vladimir Putin"], "2022-02-21TEV", "context", "occurred", "gegenseitigen Beistand",
          note="the separatist leaders are not canonical; same evening as the address"),
        E("Putin orders Russian troops into the separatist regions", "MOBILIZE",
          ["Vladimir Putin", "Russia"], "2022-02-21TNI", "text", "occurred", "per Dekret"),
        E("Russian troop build-up around Ukraine", "MOBILIZE",
          ["Russia", "Ukraine"], "2021-11", "text", "occurred", "150.000 Soldaten",
          note="ongoing build-up, dated by its start"),
        E("Normandy-format advisers meet in Berlin", "CONSULT",
          ["Germany", "France", "Russia", "Ukraine"], "2022-02-10", "text", "occurred", "außenpolitischen Berater"),
        E("Berlin Normandy-format talks end without a joint statement", "REJECT",
          ["Germany", "France", "Russia", "Ukraine"], "2022-02-10", "text", "occurred", "außenpolitischen Berater"),
        E("Putin accuses Kyiv of sabotaging the Minsk agreements", "ACCUSE",
          ["Vladimir Putin", "Ukraine"], "2022-02-22", "text", "occurred", "Minsker Vereinbarungen"),
        E("Macron phones Putin twice", "CONSULT",
          ["Emmanuel Macron", "Vladimir Putin"], "2022-02-20", "text", "occurred", "zweimal mit Putin"),
        E("Putin and Biden agree in principle to a summit, according to Macron", "AGREE",
          ["Vladimir Putin", "Joe Biden"], "2022-02-20TNI", "text", "uncertain", "zweimal mit Putin",
          note="announced by Paris; called premature by the Kremlin and not planned according to the White House"),
        E("Blinken calls off the Geneva meeting with Lavrov", "CONSULT",
          ["Antony Blinken", "Sergey Lavrov"], "2022-02-24", "text", "cancelled", "in Genf geplantes",
          note="cancelled on Tuesday afternoon (Washington time)"),
        E("EU foreign ministers to launch a first sanctions package", "SANCTION",
          ["European Union", "Russia"], "2022-02-22TEV", "text", "planned", "informellen Treffen in Paris"),
        E("Zelensky accuses Moscow of deliberately destroying the peace efforts", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-02-21TNI", "text", "occurred", "Videobotschaft"),
        E("Zelensky demands clear and effective steps from Western partners", "REQUEST",
          ["Volodymyr Zelensky"], "2022-02-21TNI", "text", "occurred", "Videobotschaft"),
        E("Ukraine recalls its chargé d'affaires from Moscow", "SANCTION",
          ["Ukraine", "Russia"], "2022-02-22", "published", "occurred", "Geschäftsträger",
          note="downgrading diplomatic presence, by analogy with expulsions of diplomats"),
    ],
    statements=[
        S("Olaf Scholz", "The situation has changed fundamentally; no certification without a new assessment of supply security",
          "2022-02-22", "context", "grundlegend verändert"),
        S("Vladimir Putin", "The Minsk agreements no longer exist because Kyiv sabotaged them", "2022-02-22", "text",
          "Minsker Vereinbarungen"),
        S("Emmanuel Macron", "Putin and Biden have agreed in principle to a summit", "2022-02-20TNI", "text",
          "zweimal mit Putin"),
        S("Dmitry Peskov", "Summit plans are premature", "2022-02-21TMO", "text", "verfrüht"),
        S("White House", "A meeting of the two presidents is not planned at present", "2022-02-22", "text",
          "Das Weiße Haus ließ"),
        S("Antony Blinken", "A meeting makes no sense while Moscow pursues escalation", "2022-02-22", "context",
          "Weg der Eskalation"),
        S("Ursula von der Leyen", "Those responsible for the illegal act will be held accountable", "2022-02-22",
          "published", "zur Rechenschaft"),
        S("Volodymyr Zelensky", "Moscow deliberately destroyed the peace efforts; demands clear steps from the West",
          "2022-02-21TNI", "text", "Videobotschaft"),
        S("Volodymyr Zelensky", "Ukraine is afraid of no one and will give nothing away", "2022-02-21TNI", "context",
          "vor niemandem Angst"),
    ],
    actors=["Olaf Scholz", "Germany", "Russia", "Ukraine", "Vladimir Putin", "Kremlin", "France", "Emmanuel Macron",
            "United States", "Joe Biden", "Dmitry Peskov", "White House", "Antony Blinken", "Sergey Lavrov",
            "European Union", "Ursula von der Leyen", "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- b6de02
DE02 = dict(
    id="b6de02_finnland_nato_beitritt_2023_04",
    lang="de",
    published="2023-04-05",
    body="""
Finnland ist 31. Mitglied der NATO – Moskau droht mit Gegenmaßnahmen
BRÜSSEL (AFP) - Mit dem Hissen der blau-weißen Flagge vor dem Hauptquartier in Brüssel ist Finnland am Dienstagnachmittag offiziell als 31. Mitglied in die NATO aufgenommen worden.
Kurz zuvor hatte der finnische Außenminister Pekka Haavisto die Beitrittsurkunde an US-Außenminister Antony Blinken übergeben, da die Vereinigten Staaten als Verwahrer des Nordatlantikvertrags fungieren.
„Finnland ist heute sicherer, und unser Bündnis ist stärker“, sagte NATO-Generalsekretär Jens Stoltenberg bei der Zeremonie, an der auch Präsident Sauli Niinistö teilnahm.
Finnland hatte seine militärische Bündnisfreiheit nach dem russischen Überfall auf die Ukraine im Februar 2022 aufgegeben und im Mai vergangenen Jahres gemeinsam mit Schweden die Aufnahme beantragt.

Als letzter Mitgliedstaat hatte die Türkei den Beitritt am vergangenen Donnerstag ratifiziert, nachdem Präsident Recep Tayyip Erdoğan Mitte März seinen monatelangen Widerstand aufgegeben hatte.
Schwedens Antrag liegt dagegen weiter auf Eis, weil Ankara der Regierung in Stockholm vorwirft, nicht entschlossen genug gegen kurdische Extremisten vorzugehen.
Blinken zeigte sich am Rande der Zeremonie zuversichtlich, dass Schweden bis zum Gipfel in Vilnius im Juli ebenfalls Mitglied sein werde.

In Moskau sprach Kremlsprecher Dmitri Peskow am Dienstag von einer „Verschärfung der Lage“ und kündigte an, Russland werde Gegenmaßnahmen ergreifen, um die eigene Sicherheit taktisch und strategisch zu gewährleisten.
In einer am Abend veröffentlichten Erklärung des Außenministeriums hieß es, man werde die militärische Präsenz im Nordwesten verstärken, sollte Helsinki ausländische Truppen oder Waffen auf seinem Boden zulassen.
Die Landgrenze zwischen dem Bündnis und Russland verlängert sich durch den Beitritt um rund 1340 Kilometer.

Der ukrainische Präsident Wolodymyr Selenskyj gratulierte Helsinki noch am Dienstagabend und erklärte, auch die Ukraine gehöre in die Allianz.
Stoltenberg bekräftigte, die Tür für Kiew bleibe offen.
Die Außenminister wollten am Mittwoch mit ihrem ukrainischen Kollegen Dmytro Kuleba über weitere Munitionslieferungen beraten.
Bundeskanzler Olaf Scholz begrüßte den Beitritt als „gute Nachricht für die Sicherheit Europas“ und rief die Türkei und Ungarn auf, auch Schwedens Aufnahme zügig zu ermöglichen.
""",
    timexes=[
        T("Dienstagnachmittag", "TIME", "2023-04-04TAF"),
        T("heute", "DATE", "2023-04-04", note="in a quote given on Tuesday 4 April"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Mai vergangenen Jahres", "DATE", "2022-05"),
        T("vergangenen Donnerstag", "DATE", "2023-03-30"),
        T("Mitte März", "DATE", "2023-03", mod="MID"),
        T("monatelangen", "DURATION", "PXM"),
        T("Juli", "DATE", "2023-07"),
        T("Dienstag", "DATE", "2023-04-04"),
        T("Abend", "TIME", "2023-04-04TEV"),
        T("Dienstagabend", "TIME", "2023-04-04TEV"),
        T("Mittwoch", "DATE", "2023-04-05"),
    ],
    events=[
        E("Finland formally joins NATO as its 31st member", "COOPERATE",
          ["NATO"], "2023-04-04TAF", "text", "occurred", "Hissen der blau-weißen",
          note="Finland is not canonical"),
        E("Finland hands its instrument of accession to Blinken", "AGREE",
          ["Antony Blinken", "United States"], "2023-04-04", "context", "occurred", "Beitrittsurkunde",
          note="the Finnish foreign minister is not canonical"),
        E("Russian invasion of Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred", "Bündnisfreiheit"),
        E("Finland (with Sweden) applies for NATO membership", "REQUEST",
          ["NATO"], "2022-05", "text", "occurred", "Bündnisfreiheit",
          note="Finland and Sweden are not canonical"),
        E("Turkey ratifies Finland's accession", "AGREE",
          ["Turkey"], "2023-03-30", "text", "occurred", "Als letzter Mitgliedstaat"),
        E("Erdoğan drops his objection to Finland's accession", "CONCEDE",
          ["Recep Tayyip Erdoğan", "Turkey"], "2023-03", "text", "occurred", "Als letzter Mitgliedstaat",
          date_mod="MID"),
        E("NATO summit in Vilnius", "CONSULT",
          ["NATO"], "2023-07", "text", "planned", "Gipfel in Vilnius"),
        E("Kremlin announces countermeasures to Finland's accession", "THREATEN",
          ["Dmitry Peskov", "Russia", "NATO"], "2023-04-04", "text", "occurred", "Gegenmaßnahmen ergreifen"),
        E("Russian foreign ministry threatens to reinforce its north-west if foreign troops are stationed in Finland",
          "THREATEN", ["Russia"], "2023-04-04TEV", "text", "occurred", "Nordwesten"),
        E("NATO foreign ministers to meet Ukraine's foreign minister", "CONSULT",
          ["NATO", "Ukraine"], "2023-04-05", "text", "planned", "Kuleba",
          note="Kuleba is not canonical"),
        E("Scholz calls on Turkey and Hungary to allow Sweden's accession", "REQUEST",
          ["Olaf Scholz", "Turkey"], "2023-04-05", "published", "occurred", "gute Nachricht"),
    ],
    statements=[
        S("Jens Stoltenberg", "Finland is safer today and the alliance stronger", "2023-04-04", "context", "sicherer"),
        S("Antony Blinken", "Confident that Sweden will be a member by the Vilnius summit", "2023-04-04", "context",
          "zuversichtlich"),
        S("Dmitry Peskov", "Accession aggravates the situation; Russia will take countermeasures", "2023-04-04", "text",
          "Gegenmaßnahmen ergreifen"),
        S("Russia", "Military presence in the north-west will be reinforced if Finland admits foreign troops or weapons",
          "2023-04-04TEV", "text", "Nordwesten"),
        S("Volodymyr Zelensky", "Congratulates Finland; Ukraine too belongs in the alliance", "2023-04-04TEV", "text",
          "gratulierte Helsinki"),
        S("Jens Stoltenberg", "The door for Kyiv remains open", "2023-04-05", "published", "Tür für Kiew"),
        S("Olaf Scholz", "Good news for Europe's security; Turkey and Hungary should allow Sweden in quickly",
          "2023-04-05", "published", "gute Nachricht"),
    ],
    actors=["NATO", "Antony Blinken", "United States", "Jens Stoltenberg", "Russia", "Ukraine", "Turkey",
            "Recep Tayyip Erdoğan", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Olaf Scholz", "Germany"],
)

# ---------------------------------------------------------------- b6de03
DE03 = dict(
    id="b6de03_li_hui_reise_moskau_2023_05",
    lang="de",
    published="2023-05-27",
    body="""
Chinas Sondergesandter beendet Vermittlungsreise in Moskau
MOSKAU/PEKING (Reuters) - Zum Abschluss seiner knapp zweiwöchigen Reise durch Europa ist der chinesische Sondergesandte Li Hui am Freitag in Moskau mit dem russischen Außenminister Sergej Lawrow zusammengetroffen.
Lawrow habe dem Gast erläutert, dass jede Lösung die „neuen territorialen Realitäten“ berücksichtigen müsse, teilte das russische Außenministerium am Abend mit.
Zudem habe der Minister die „Hindernisse“ beklagt, die Kiew und der Westen einer Wiederaufnahme von Friedensgesprächen in den Weg legten.

Der frühere Botschafter in Moskau war am Dienstag vergangener Woche zunächst in Kiew eingetroffen, wo ihn Außenminister Dmytro Kuleba empfing.
Kuleba habe dem Gesandten unmissverständlich klargemacht, dass die Ukraine keine Vorschläge akzeptiere, die den Verlust von Territorium oder ein Einfrieren des Konflikts vorsähen, verlautete danach aus dem Außenministerium in Kiew.
Anfang der Woche führte Li Gespräche mit französischen Diplomaten und mit dem Auswärtigen Dienst der EU in Brüssel, bevor er am Mittwoch im Auswärtigen Amt in Berlin mit dem Politischen Direktor zusammenkam.
Ein Sprecher der Bundesregierung sagte, man habe die chinesische Seite ermutigt, ihren Einfluss auf Moskau zu nutzen, um den Krieg zu beenden.

Das Außenministerium in Peking wies am Donnerstag einen Bericht des „Wall Street Journal“ zurück, wonach Li die Europäer gedrängt habe, einer Waffenruhe zuzustimmen, bei der die besetzten Gebiete in russischer Hand blieben.
Der Bericht entspreche „nicht den Tatsachen“, sagte eine Sprecherin, China stehe stets auf der Seite des Friedens.

Staats- und Parteichef Xi Jinping hatte Ende April erstmals seit Kriegsbeginn mit dem ukrainischen Präsidenten Wolodymyr Selenskyj telefoniert und dabei die Entsendung eines Sonderbeauftragten zugesagt.
Bereits im Februar hatte Peking zum Jahrestag der Invasion ein Zwölf-Punkte-Papier vorgelegt, das im Westen auf Skepsis stieß, weil es keinen Abzug der russischen Truppen verlangt.
Im März war Xi zu einem dreitägigen Staatsbesuch bei Präsident Wladimir Putin nach Moskau gereist.

Kremlsprecher Dmitri Peskow sagte am Samstag, Moskau schätze die „ausgewogene Position“ Pekings und sei offen für jeden Dialog, sehe auf ukrainischer Seite derzeit aber keine Bereitschaft dazu.
Nach Angaben aus Diplomatenkreisen soll Li in den kommenden Wochen erneut nach Europa reisen, ein konkreter Termin stehe aber noch nicht fest.
""",
    timexes=[
        T("knapp zweiwöchigen", "DURATION", "P2W", mod="APPROX"),
        T("Freitag", "DATE", "2023-05-26"),
        T("Abend", "TIME", "2023-05-26TEV"),
        T("Dienstag vergangener Woche", "DATE", "2023-05-16"),
        T("Anfang der Woche", "DATE", "2023-W21", mod="START"),
        T("Mittwoch", "DATE", "2023-05-24"),
        T("Donnerstag", "DATE", "2023-05-25"),
        T("Ende April", "DATE", "2023-04", mod="END"),
        T("Februar", "DATE", "2023-02"),
        T("März", "DATE", "2023-03"),
        T("dreitägigen", "DURATION", "P3D"),
        T("Samstag", "DATE", "2023-05-27"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Chinese envoy Li Hui meets Lavrov in Moscow", "CONSULT",
          ["China", "Sergey Lavrov", "Russia"], "2023-05-26", "text", "occurred", "zusammengetroffen",
          note="Li Hui is not canonical"),
        E("Lavrov insists any settlement must reflect the 'new territorial realities'", "REQUEST",
          ["Sergey Lavrov"], "2023-05-26", "context", "occurred", "territorialen Realitäten"),
        E("Lavrov blames Kyiv and the West for obstacles to peace talks", "ACCUSE",
          ["Sergey Lavrov", "Ukraine"], "2023-05-26", "context", "occurred", "Hindernisse"),
        E("Li Hui received by Ukraine's foreign minister in Kyiv", "CONSULT",
          ["China", "Ukraine"], "2023-05-16", "text", "occurred", "Dienstag vergangener Woche",
          note="Kuleba is not canonical"),
        E("Ukraine rejects proposals involving loss of territory or a frozen conflict", "REJECT",
          ["Ukraine"], "2023-05-16", "context", "occurred", "unmissverständlich"),
        E("Li Hui holds talks with French diplomats and the EU's foreign service", "CONSULT",
          ["China", "France", "European Union"], "2023-W21", "text", "occurred", "Anfang der Woche",
          date_mod="START"),
        E("Li Hui meets the political director at the German Foreign Office", "CONSULT",
          ["China", "Germany"], "2023-05-24", "text", "occurred", "Politischen Direktor"),
        E("Germany urges China to use its influence on Moscow to end the war", "REQUEST",
          ["Germany", "China"], "2023-05-24", "context", "occurred", "ermutigt"),
        E("Xi–Zelensky phone call", "CONSULT",
          ["Xi Jinping", "Volodymyr Zelensky"], "2023-04", "text", "occurred", "erstmals seit Kriegsbeginn",
          date_mod="END"),
        E("Xi promises to send a special envoy", "AGREE",
          ["Xi Jinping"], "2023-04", "text", "occurred", "erstmals seit Kriegsbeginn", date_mod="END"),
        E("China presents a twelve-point position paper", "REQUEST",
          ["China"], "2023-02", "text", "occurred", "Zwölf-Punkte-Papier"),
        E("Xi's state visit to Putin in Moscow", "CONSULT",
          ["Xi Jinping", "Vladimir Putin"], "2023-03", "text", "occurred", "dreitägigen"),
        E("Peskov says Kyiv shows no willingness for dialogue", "ACCUSE",
          ["Dmitry Peskov", "Ukraine"], "2023-05-27", "text", "occurred", "ausgewogene Position"),
        E("Li Hui to travel to Europe again", "CONSULT",
          ["China"], "FUTURE_REF", "vague", "planned", "konkreter Termin"),
    ],
    statements=[
        S("Sergey Lavrov", "Any settlement must take the new territorial realities into account", "2023-05-26",
          "context", "territorialen Realitäten"),
        S("Sergey Lavrov", "Kyiv and the West put obstacles in the way of peace talks", "2023-05-26", "context",
          "Hindernisse"),
        S("Ukraine", "Kyiv accepts no proposals involving loss of territory or a frozen conflict", "2023-05-16",
          "context", "unmissverständlich"),
        S("Germany", "Encouraged China to use its influence on Moscow to end the war", "2023-05-27", "published",
          "ermutigt"),
        S("China", "Rejects the Wall Street Journal report about Li's ceasefire push", "2023-05-25", "text",
          "Wall Street Journal"),
        S("China", "The report is untrue; China stands on the side of peace", "2023-05-25", "context",
          "nicht den Tatsachen"),
        S("Dmitry Peskov", "Moscow values Beijing's balanced position and is open to dialogue, Kyiv is not",
          "2023-05-27", "text", "ausgewogene Position"),
    ],
    actors=["China", "Russia", "Sergey Lavrov", "Ukraine", "France", "European Union", "Germany", "Xi Jinping",
            "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b6de04
DE04 = dict(
    id="b6de04_wagner_aufstand_reaktionen_2023_06",
    lang="de",
    published="2023-06-25",
    body="""
Nach dem Wagner-Aufstand rätselt das Ausland über Putins Macht
MOSKAU/WASHINGTON (dpa) - Nach dem abgebrochenen Marsch der Söldnertruppe Wagner auf Moskau bemühen sich Regierungen in aller Welt um eine Deutung der dramatischen Ereignisse vom Wochenende.
Wagner-Chef Jewgeni Prigoschin hatte seine Kämpfer am Samstagabend überraschend zur Umkehr bewegt, nachdem der belarussische Machthaber Alexander Lukaschenko nach eigenen Angaben den ganzen Tag über mit ihm verhandelt hatte.
Der Kreml sicherte Prigoschin im Gegenzug freies Geleit nach Belarus zu und ließ die Anklage wegen bewaffneten Aufruhrs fallen, wie Sprecher Dmitri Peskow am späten Abend mitteilte.

Präsident Wladimir Putin hatte den Aufstand am Samstagmorgen in einer kurzen Fernsehansprache als „Verrat“ und „Dolchstoß“ gebrandmarkt und den Beteiligten harte Strafen angedroht.
Am Sonntag zeigte sich der Kremlchef zunächst nicht in der Öffentlichkeit, das Staatsfernsehen strahlte lediglich ein vorab aufgezeichnetes Interview aus.

US-Präsident Joe Biden beriet sich am Samstag in einer Telefonschalte mit Bundeskanzler Olaf Scholz, Frankreichs Präsident Emmanuel Macron und dem britischen Premierminister Rishi Sunak, wie das Weiße Haus mitteilte.
Man sei sich einig gewesen, die Unterstützung für die Ukraine unvermindert fortzusetzen, hieß es in der Erklärung.
Außenminister Antony Blinken sagte am Sonntag im Sender CBS, der Aufstand offenbare „echte Risse“ in Putins Machtgefüge, deren Folgen sich womöglich erst in Wochen oder Monaten zeigen würden.
Washington habe mit den Vorgängen nichts zu tun, betonte Blinken.

Der türkische Präsident Recep Tayyip Erdoğan telefonierte noch am Samstag mit Putin und sicherte ihm nach Angaben des Kremls seine „volle Unterstützung“ zu.
Der ukrainische Präsident Wolodymyr Selenskyj sagte in einer Videobotschaft am Samstagabend, die Schwäche Russlands sei offensichtlich, und je länger russische Truppen auf ukrainischem Boden blieben, desto mehr Chaos würden sie in ihr eigenes Land tragen.
In Peking empfing Außenminister Qin Gang am Sonntag den russischen Vizeaußenminister Andrej Rudenko, China unterstütze Russland dabei, die nationale Stabilität zu wahren, hieß es anschließend in einer Mitteilung.
Die polnische Regierung kündigte an, die Lage an der Grenze zu Belarus genau zu beobachten, falls Wagner-Kämpfer dorthin verlegt würden.
""",
    timexes=[
        T("Wochenende", "DATE", "2023-W25-WE"),
        T("Samstagabend", "TIME", "2023-06-24TEV", 0),
        T("den ganzen Tag", "DURATION", "P1D"),
        T("späten Abend", "TIME", "2023-06-24TEV", mod="END"),
        T("Samstagmorgen", "TIME", "2023-06-24TMO"),
        T("Sonntag", "DATE", "2023-06-25", 0),
        T("Samstag", "DATE", "2023-06-24", 0),
        T("Sonntag", "DATE", "2023-06-25", 1),
        T("Wochen", "DURATION", "PXW"),
        T("Monaten", "DURATION", "PXM"),
        T("Samstag", "DATE", "2023-06-24", 1),
        T("Samstagabend", "TIME", "2023-06-24TEV", 1),
        T("Sonntag", "DATE", "2023-06-25", 2),
    ],
    events=[
        E("Lukashenko negotiates with Prigozhin to end the mutiny", "CONSULT",
          ["Alexander Lukashenko"], "2023-06-24", "context", "occurred", "den ganzen Tag",
          note="Prigozhin and Wagner are not canonical"),
        E("Kremlin grants Prigozhin safe passage to Belarus and drops the mutiny charges", "AGREE",
          ["Kremlin"], "2023-06-24", "context", "occurred", "freies Geleit",
          note="announced late on Saturday evening"),
        E("Putin brands the mutiny treason and a stab in the back", "ACCUSE",
          ["Vladimir Putin"], "2023-06-24TMO", "text", "occurred", "Dolchstoß"),
        E("Putin threatens the mutineers with harsh punishment", "THREATEN",
          ["Vladimir Putin"], "2023-06-24TMO", "text", "occurred", "Dolchstoß"),
        E("Biden confers by phone with Scholz, Macron and Sunak", "CONSULT",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom"], "2023-06-24", "text", "occurred",
          "Telefonschalte"),
        E("Western leaders agree to keep up their support for Ukraine", "AGREE",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom"], "2023-06-24", "context", "occurred",
          "unvermindert"),
        E("Erdoğan–Putin phone call", "CONSULT",
          ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-06-24", "text", "occurred", "volle Unterstützung"),
        E("Erdoğan assures Putin of his full support", "SUPPORT",
          ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-06-24", "context", "occurred", "volle Unterstützung"),
        E("China's foreign minister receives Russia's deputy foreign minister in Beijing", "CONSULT",
          ["China", "Russia"], "2023-06-25", "text", "occurred", "Qin Gang",
          note="Qin Gang and Rudenko are not canonical"),
        E("China backs Russia in preserving national stability", "SUPPORT",
          ["China", "Russia"], "2023-06-25", "context", "occurred", "Qin Gang"),
    ],
    statements=[
        S("Dmitry Peskov", "Prigozhin gets safe passage to Belarus; the charges are dropped", "2023-06-24TEV", "text",
          "freies Geleit"),
        S("Vladimir Putin", "The mutiny is treason and a stab in the back; participants will be punished",
          "2023-06-24TMO", "text", "Dolchstoß"),
        S("White House", "The leaders agreed to continue their support for Ukraine undiminished", "2023-06-24",
          "context", "unvermindert"),
        S("Antony Blinken", "The mutiny shows real cracks in Putin's power; consequences may take weeks or months",
          "2023-06-25", "text", "echte Risse"),
        S("Antony Blinken", "Washington had nothing to do with the events", "2023-06-25", "context",
          "nichts zu tun"),
        S("Recep Tayyip Erdoğan, via Kremlin", "Full support for Putin", "2023-06-24", "context",
          "volle Unterstützung"),
        S("Volodymyr Zelensky", "Russia's weakness is obvious; its troops will carry chaos back home", "2023-06-24TEV",
          "text", "Schwäche Russlands"),
        S("China", "China supports Russia in preserving national stability", "2023-06-25", "context", "Qin Gang"),
        S("Poland", "Will closely watch the border with Belarus should Wagner fighters be moved there", "2023-06-25",
          "published", "polnische Regierung"),
    ],
    actors=["Russia", "Alexander Lukashenko", "Belarus", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
            "United States", "Joe Biden", "Olaf Scholz", "Germany", "France", "Emmanuel Macron", "United Kingdom",
            "White House", "Antony Blinken", "Ukraine", "Turkey", "Recep Tayyip Erdoğan", "Volodymyr Zelensky",
            "China", "Poland"],
)

# ---------------------------------------------------------------- b6de05
DE05 = dict(
    id="b6de05_getreidestreit_polen_2023_09",
    lang="de",
    published="2023-09-21",
    body="""
Getreidestreit: Warschau stellt Waffenhilfe für Kiew infrage
WARSCHAU/KIEW (AFP) - Im eskalierenden Streit um ukrainische Getreideeinfuhren hat Polens Regierungschef Mateusz Morawiecki am Mittwochabend mit der Ankündigung für Aufsehen gesorgt, sein Land liefere keine Waffen mehr an die Ukraine.
„Wir rüsten jetzt uns selbst mit den modernsten Waffen aus“, sagte der Ministerpräsident in einem Interview mit dem Privatsender Polsat.
Am Donnerstag bemühte sich ein Regierungssprecher in Warschau um Schadensbegrenzung: Bereits vereinbarte Lieferungen von Munition und Ausrüstung würden wie geplant abgewickelt.

Auslöser des Zerwürfnisses ist ein Einfuhrverbot, das Polen, Ungarn und die Slowakei am vergangenen Freitag im Alleingang verhängt hatten, nachdem die EU-Kommission eine Beschränkung für fünf Mitgliedstaaten hatte auslaufen lassen.
Die Regierung in Kiew reichte am Montag bei der Welthandelsorganisation Beschwerde gegen alle drei Länder ein.
Präsident Wolodymyr Selenskyj hatte am Dienstag vor der UN-Vollversammlung in New York, ohne Namen zu nennen, kritisiert, einige Freunde in Europa inszenierten Solidarität als „politisches Theater“ und machten aus dem Getreide einen Thriller.
Das Außenministerium in Warschau bestellte daraufhin noch am selben Abend den ukrainischen Botschafter ein.
Ein ursprünglich geplantes Treffen Selenskyjs mit dem polnischen Präsidenten Andrzej Duda am Rande der Generaldebatte kam nicht zustande.
Duda verglich die Ukraine vor Journalisten mit einem Ertrinkenden, der seinen Retter mit in die Tiefe zu ziehen drohe.

Die EU-Kommission zeigte sich am Donnerstag besorgt und rief beide Seiten auf, den Konflikt „im Geist der Solidarität“ beizulegen.
Kommissionspräsidentin Ursula von der Leyen hatte zuletzt betont, die Hilfe für die Ukraine dürfe nicht zum Spielball nationaler Wahlkämpfe werden.
In Polen wird am 15. Oktober ein neues Parlament gewählt, und die regierende PiS wirbt vor allem in ländlichen Regionen um Stimmen.

Immerhin verständigten sich die Agrarminister beider Länder nach Angaben aus Kiew am Donnerstag darauf, in den kommenden Tagen über ein gemeinsames Lizenzsystem für Getreideexporte zu verhandeln.
Selenskyj selbst wurde am Donnerstag in Washington zu Gesprächen mit US-Präsident Joe Biden im Weißen Haus erwartet, bei denen es um weitere Flugabwehrsysteme gehen sollte.
""",
    timexes=[
        T("Mittwochabend", "TIME", "2023-09-20TEV"),
        T("jetzt", "DATE", "PRESENT_REF"),
        T("Donnerstag", "DATE", "2023-09-21", 0),
        T("vergangenen Freitag", "DATE", "2023-09-15"),
        T("Montag", "DATE", "2023-09-18"),
        T("Dienstag", "DATE", "2023-09-19"),
        T("selben Abend", "TIME", "2023-09-19TEV"),
        T("Donnerstag", "DATE", "2023-09-21", 1),
        T("zuletzt", "DATE", "PAST_REF"),
        T("15. Oktober", "DATE", "2023-10-15"),
        T("Donnerstag", "DATE", "2023-09-21", 2),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Donnerstag", "DATE", "2023-09-21", 3),
    ],
    events=[
        E("Polish prime minister announces Poland no longer sends weapons to Ukraine", "SANCTION",
          ["Poland", "Ukraine"], "2023-09-20TEV", "text", "uncertain", "Mittwochabend",
          note="Morawiecki is not canonical; the government said the next day that agreed deliveries continue"),
        E("Poland (with Hungary and Slovakia) imposes a unilateral ban on Ukrainian grain imports", "SANCTION",
          ["Poland", "Ukraine"], "2023-09-15", "text", "occurred", "Einfuhrverbot"),
        E("EU Commission lets the grain import restrictions expire", "CONCEDE",
          ["European Union"], "2023-09-15", "context", "occurred", "Einfuhrverbot",
          note="lifting a trade restriction on Ukraine"),
        E("Ukraine files WTO complaints against Poland, Hungary and Slovakia", "ACCUSE",
          ["Ukraine", "Poland"], "2023-09-18", "text", "occurred", "Welthandelsorganisation"),
        E("Zelensky criticises 'political theatre' of some European friends at the UN", "ACCUSE",
          ["Volodymyr Zelensky", "Poland"], "2023-09-19", "text", "occurred", "politisches Theater",
          note="no country named; aimed at Poland, Hungary and Slovakia"),
        E("Poland summons Ukraine's ambassador", "ACCUSE",
          ["Poland", "Ukraine"], "2023-09-19TEV", "text", "occurred", "Botschafter ein"),
        E("Planned Zelensky–Duda meeting in New York does not take place", "CONSULT",
          ["Volodymyr Zelensky", "Poland"], "2023-09-19", "context", "cancelled", "nicht zustande",
          note="Duda is not canonical; planned on the margins of the General Debate"),
        E("Polish president compares Ukraine to a drowning man", "ACCUSE",
          ["Poland", "Ukraine"], "2023-09-19", "context", "occurred", "Ertrinkenden",
          note="Duda is not canonical; said in New York"),
        E("EU Commission calls on both sides to settle the dispute in a spirit of solidarity", "REQUEST",
          ["European Union", "Poland", "Ukraine"], "2023-09-21", "text", "occurred", "Geist der Solidarität"),
        E("Agriculture ministers agree to negotiate a licensing system", "AGREE",
          ["Ukraine", "Poland"], "2023-09-21", "text", "occurred", "Agrarminister"),
        E("Ukrainian–Polish ministerial talks on grain licences", "CONSULT",
          ["Ukraine", "Poland"], "FUTURE_REF", "vague", "planned", "Agrarminister"),
        E("Zelensky expected at the White House for talks with Biden", "CONSULT",
          ["Volodymyr Zelensky", "Joe Biden"], "2023-09-21", "text", "planned", "Flugabwehrsysteme"),
    ],
    statements=[
        S("Poland", "Already agreed deliveries of ammunition and equipment will go ahead as planned", "2023-09-21",
          "text", "Schadensbegrenzung"),
        S("Volodymyr Zelensky", "Some friends in Europe stage solidarity as political theatre", "2023-09-19", "text",
          "politisches Theater"),
        S("European Union", "Concerned; both sides should settle the dispute in a spirit of solidarity", "2023-09-21",
          "text", "Geist der Solidarität"),
        S("Ursula von der Leyen", "Aid to Ukraine must not become a plaything of national election campaigns",
          "PAST_REF", "vague", "Spielball"),
        S("Ukraine", "The agriculture ministers agreed to negotiate a joint licensing system", "2023-09-21", "text",
          "Agrarminister"),
    ],
    actors=["Poland", "Ukraine", "European Union", "United Nations", "Volodymyr Zelensky", "Ursula von der Leyen",
            "United States", "Joe Biden"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05]
