"""German articles of the blind18 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

DOC01 = dict(
    id="b18de01_kreml_drohnen_washington_2023_05",
    lang="de",
    published="2023-05-04",
    body="""
Kreml gibt Washington Mitschuld an mutmaßlichem Drohnenangriff

Der Kreml hat den USA eine direkte Verantwortung für den mutmaßlichen Drohnenangriff auf den Amtssitz von Präsident Putin in Moskau zugeschrieben.
Entscheidungen über solche Angriffe würden nicht in Kiew, sondern in Washington getroffen, sagte Kremlsprecher Peskow heute vor Journalisten.
Die ukrainische Führung führe lediglich aus, was man ihr dort auftrage.
Belege für diese Darstellung legte Peskow nicht vor.

Nach russischer Darstellung waren in der Nacht zum Mittwoch zwei Drohnen über dem Kremlgelände abgeschossen worden; auf im Internet verbreiteten Videos ist eine kleinere Explosion über der Kuppel des Senatspalastes zu sehen.
Das Präsidialamt sprach von einem geplanten Terroranschlag und einem Mordversuch am Staatschef, der sich zu diesem Zeitpunkt in seiner Residenz außerhalb der Hauptstadt aufgehalten habe.
Russland behalte sich das Recht vor, Gegenmaßnahmen zu ergreifen, wo und wann es dies für angemessen halte, hieß es in der Erklärung vom Mittwochnachmittag.
Der frühere Präsident Medwedew, inzwischen Vizechef des Sicherheitsrats, forderte auf Telegram gar die „physische Beseitigung“ Selenskyjs und seiner Umgebung.

Kiew weist jede Beteiligung zurück.
„Wir greifen weder Putin noch Moskau an, wir kämpfen auf unserem eigenen Territorium“, sagte Präsident Selenskyj gestern in Helsinki, wo er mit den Regierungschefs der nordischen Länder zusammengekommen war.
Sein Berater Podoljak sprach von einer Inszenierung, mit der Moskau eine neue Welle von Angriffen auf zivile Ziele in der Ukraine rechtfertigen wolle.
Heute reiste Selenskyj weiter nach Den Haag, wo er vor dem Internationalen Strafgerichtshof ein Sondertribunal für das Verbrechen der Aggression gegen sein Land verlangte.

Auch in Washington stießen die Vorwürfe auf Ablehnung.
Der Kommunikationsdirektor des Nationalen Sicherheitsrats, Kirby, nannte Peskows Behauptung lächerlich; die Vereinigten Staaten hätten mit dem Vorfall nichts zu tun.
US-Außenminister Blinken hatte bereits gestern erklärt, er würde alles, was aus dem Kreml komme, mit großer Vorsicht genießen.

Unterdessen griff Russland die Ukraine in der vergangenen Nacht erneut mit Kampfdrohnen iranischer Bauart an.
Nach Angaben der ukrainischen Luftwaffe wurden über Kiew und Odessa 18 von 24 Drohnen abgefangen.
In der südukrainischen Stadt Cherson waren nach Behördenangaben bereits am Mittwoch bei russischem Artilleriebeschuss mindestens 21 Menschen getötet worden.
""",
    timexes=[
        T("heute", "DATE", "2023-05-04"),
        T("der Nacht zum Mittwoch", "TIME", "2023-05-02TNI", note="night of 2-3 May 2023"),
        T("Mittwochnachmittag", "TIME", "2023-05-03TAF"),
        T("gestern", "DATE", "2023-05-03"),
        T("Heute", "DATE", "2023-05-04"),
        T("gestern", "DATE", "2023-05-03", n=1),
        T("der vergangenen Nacht", "TIME", "2023-05-03TNI", note="night of 3-4 May 2023"),
        T("Mittwoch", "DATE", "2023-05-03", n=1),
    ],
    events=[
        E("Peskov accuses Washington of being behind the drone attack on the Kremlin", "ACCUSE",
          ["Dmitry Peskov", "United States", "Ukraine"], "2023-05-04", "text", "occurred",
          "Entscheidungen über solche Angriffe würden"),
        E("Drones shot down over the Kremlin (attribution disputed)", "ASSAULT", ["Ukraine", "Russia", "Kremlin"],
          "2023-05-02TNI", "text", "occurred", "zwei Drohnen über dem Kremlgelände",
          note="Moscow blames Kyiv, Kyiv denies any involvement"),
        E("Kremlin calls the incident a planned terrorist attack and an assassination attempt on Putin", "ACCUSE",
          ["Kremlin", "Ukraine"], "2023-05-03TAF", "context", "occurred", "Das Präsidialamt sprach"),
        E("Russia reserves the right to take countermeasures", "THREATEN", ["Russia", "Ukraine"],
          "2023-05-03TAF", "text", "occurred", "Russland behalte sich das Recht vor"),
        E("Medvedev calls for the 'physical elimination' of Zelensky", "THREATEN", ["Russia", "Volodymyr Zelensky"],
          "2023-05-03", "context", "occurred", "Der frühere Präsident Medwedew",
          note="Medvedev is not canonical; credited to Russia"),
        E("Zelensky denies that Ukraine attacked Putin or Moscow", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2023-05-03", "text", "occurred", "Wir greifen weder Putin noch Moskau an"),
        E("Zelensky meets the Nordic heads of government in Helsinki", "CONSULT", ["Volodymyr Zelensky"],
          "2023-05-03", "text", "occurred", "Wir greifen weder Putin noch Moskau an",
          note="the Nordic states are not canonical"),
        E("Podolyak calls the incident a staged pretext for new attacks", "ACCUSE", ["Ukraine", "Russia"],
          "2023-05-04", "published", "occurred", "Sein Berater Podoljak"),
        E("Zelensky visits The Hague (International Criminal Court)", "CONSULT", ["Volodymyr Zelensky"],
          "2023-05-04", "text", "occurred", "Heute reiste Selenskyj weiter nach Den Haag"),
        E("Zelensky demands a special tribunal for Russia's crime of aggression", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2023-05-04", "context", "occurred",
          "Heute reiste Selenskyj weiter nach Den Haag"),
        E("White House (Kirby) rejects Peskov's claim as ridiculous, denies US involvement", "REJECT",
          ["White House", "United States", "Dmitry Peskov"], "2023-05-04", "published", "occurred",
          "Der Kommunikationsdirektor des Nationalen Sicherheitsrats"),
        E("Blinken says he would treat anything from the Kremlin with great caution", "REJECT",
          ["Antony Blinken", "Kremlin"], "2023-05-03", "text", "occurred", "US-Außenminister Blinken hatte bereits gestern"),
        E("Russian drone attack on Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"],
          "2023-05-03TNI", "text", "occurred", "Unterdessen griff Russland die Ukraine"),
        E("Russian artillery shelling of Kherson kills at least 21", "ASSAULT", ["Russia", "Ukraine"],
          "2023-05-03", "text", "occurred", "In der südukrainischen Stadt Cherson"),
    ],
    statements=[
        S("Kremlin", "Holds the US directly responsible for the alleged drone attack", "2023-05-04", "published",
          "Der Kreml hat den USA eine direkte Verantwortung"),
        S("Dmitry Peskov", "Decisions on such attacks are made in Washington, not in Kyiv", "2023-05-04", "text",
          "Entscheidungen über solche Angriffe würden"),
        S("Dmitry Peskov", "Kyiv only carries out what it is told", "2023-05-04", "context",
          "Die ukrainische Führung führe lediglich aus"),
        S("Kremlin", "Planned terrorist attack and assassination attempt; Putin was at his residence outside Moscow",
          "2023-05-03TAF", "context", "Das Präsidialamt sprach"),
        S("Kremlin", "Russia reserves the right to take countermeasures where and when it sees fit", "2023-05-03TAF",
          "text", "Russland behalte sich das Recht vor"),
        S("Russia", "Medvedev calls for the physical elimination of Zelensky and his entourage", "2023-05-03", "context",
          "Der frühere Präsident Medwedew"),
        S("Volodymyr Zelensky", "We attack neither Putin nor Moscow; we fight on our own territory", "2023-05-03",
          "text", "Wir greifen weder Putin noch Moskau an"),
        S("Ukraine", "Podolyak: a staged incident to justify new attacks on civilian targets", "2023-05-04", "published",
          "Sein Berater Podoljak"),
        S("White House", "Kirby: Peskov's claim is ridiculous; the US had nothing to do with it", "2023-05-04",
          "published", "Der Kommunikationsdirektor des Nationalen Sicherheitsrats"),
        S("Antony Blinken", "Would treat anything coming from the Kremlin with great caution", "2023-05-03", "text",
          "US-Außenminister Blinken hatte bereits gestern"),
        S("Ukraine", "Air force: 18 of 24 drones shot down over Kyiv and Odesa", "2023-05-04", "published",
          "Nach Angaben der ukrainischen Luftwaffe"),
        S("Ukraine", "Authorities: at least 21 killed by shelling in Kherson", "2023-05-04", "published",
          "In der südukrainischen Stadt Cherson"),
    ],
    actors=["Kremlin", "United States", "Vladimir Putin", "Dmitry Peskov", "Ukraine", "Russia", "Volodymyr Zelensky", "White House", "Antony Blinken"],
)

DOC02 = dict(
    id="b18de02_papst_weisse_fahne_2024_03",
    lang="de",
    published="2024-03-11",
    body="""
Weiße Fahne, gelb-blaue Antwort

Papst Franziskus hat mit einem Interview über den russischen Angriffskrieg heftigen Widerspruch in Kyjiw und bei mehreren Verbündeten der Ukraine ausgelöst.
In dem bereits im Februar aufgezeichneten Gespräch mit dem Schweizer Sender RSI, aus dem am Samstag erste Auszüge veröffentlicht wurden, sagte das Oberhaupt der katholischen Kirche, stärker sei, wer „den Mut der weißen Fahne“ habe und verhandle.
Man dürfe sich nicht schämen zu verhandeln, bevor alles noch schlimmer werde.

Die Antwort aus der Ukraine ließ nicht lange auf sich warten.
„Unsere Fahne ist gelb-blau“, schrieb Außenminister Dmytro Kuleba am Sonntag auf der Plattform X; unter dieser Flagge lebe, sterbe und siege man, andere Fahnen werde die Ukraine niemals hissen.
Präsident Wolodymyr Selenskyj nannte den Papst in seiner Videoansprache am Sonntagabend zwar nicht beim Namen, spottete aber über Versuche, „virtuell aus 2.500 Kilometern Entfernung“ zwischen jenen zu vermitteln, die leben wollten, und jenen, die vernichten wollten.

Auch in Warschau und Berlin schüttelte man den Kopf.
Der polnische Außenminister Radosław Sikorski schlug vor, der Papst möge doch Putin ermutigen, den Mut zu haben, seine Armee aus der Ukraine abzuziehen.
Außenministerin Annalena Baerbock sagte am Sonntagabend in der ARD, sie verstehe die Äußerung nicht; wer Frieden wolle, müsse den Aggressor zum Rückzug auffordern und nicht dessen Opfer zur Kapitulation.

Im Vatikan bemühte man sich um Schadensbegrenzung.
Papstsprecher Matteo Bruni hatte bereits am Samstag erklärt, Franziskus habe mit dem Bild der weißen Fahne eine Feuerpause und einen Stopp der Kämpfe durch Verhandlungen gemeint, keine Kapitulation.
Viel genützt hat die Klarstellung nicht, zumal der Papst in dem Interview kein Wort über einen Rückzug der russischen Truppen verlor.

Beifall kam dagegen ausgerechnet aus Moskau.
Kremlsprecher Dmitri Peskow sagte am Montag, der Papst spreche sich für Verhandlungen aus, und Präsident Wladimir Putin sei zu Gesprächen bereit.
Das Hindernis seien vielmehr die Haltung Kyjiws und seiner westlichen Unterstützer, die Verhandlungen mit Moskau ablehnten.

Franziskus hatte sich seit Kriegsbeginn immer wieder als Vermittler ins Spiel gebracht.
Sein Sondergesandter, Kardinal Matteo Zuppi, reiste im Sommer 2023 nach Kyjiw, Moskau, Washington und Peking, ohne dass daraus eine Friedensinitiative entstanden wäre.
Selenskyj selbst hatte den Papst im Mai 2023 im Vatikan besucht und anschließend erklärt, die Ukraine brauche keine Vermittler, sondern einen gerechten Frieden.
""",
    timexes=[
        T("Februar", "DATE", "2024-02"),
        T("Samstag", "DATE", "2024-03-09"),
        T("Sonntag", "DATE", "2024-03-10"),
        T("Sonntagabend", "TIME", "2024-03-10TEV"),
        T("Sonntagabend", "TIME", "2024-03-10TEV", n=1),
        T("Samstag", "DATE", "2024-03-09", n=1),
        T("Montag", "DATE", "2024-03-11"),
        T("Sommer 2023", "DATE", "2023-SU"),
        T("Mai 2023", "DATE", "2023-05"),
    ],
    events=[
        E("Pope Francis says the stronger side has the courage of the white flag and negotiates", "REQUEST",
          ["Vatican", "Ukraine"], "2024-02", "text", "occurred", "den Mut der weißen Fahne",
          note="interview recorded in February, first excerpts published on 9 March 2024"),
        E("Kuleba rejects the Pope's call: Ukraine will never raise other flags", "REJECT", ["Ukraine", "Vatican"],
          "2024-03-10", "text", "occurred", "Unsere Fahne ist gelb-blau"),
        E("Zelensky mocks 'virtual mediation from 2,500 km away'", "ACCUSE", ["Volodymyr Zelensky", "Vatican"],
          "2024-03-10TEV", "text", "occurred", "spottete aber über Versuche"),
        E("Sikorski suggests the Pope urge Putin to withdraw his army", "REQUEST",
          ["Poland", "Vatican", "Vladimir Putin"], "2024-03-11", "published", "occurred", "Radosław Sikorski schlug vor"),
        E("Baerbock criticises the Pope's remark", "ACCUSE", ["Germany", "Vatican"], "2024-03-10TEV", "text",
          "occurred", "Außenministerin Annalena Baerbock sagte"),
        E("Peskov welcomes the Pope's call for negotiations", "SUPPORT", ["Dmitry Peskov", "Vatican"],
          "2024-03-11", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        E("Putin is ready for talks (via Peskov)", "AGREE", ["Vladimir Putin"], "2024-03-11", "text", "occurred",
          "Kremlsprecher Dmitri Peskow sagte am Montag"),
        E("Peskov blames Kyiv and its Western backers for blocking negotiations", "ACCUSE",
          ["Dmitry Peskov", "Ukraine"], "2024-03-11", "context", "occurred", "Das Hindernis seien vielmehr"),
        E("Cardinal Zuppi's peace mission to Kyiv, Moscow, Washington and Beijing", "CONSULT",
          ["Vatican", "Ukraine", "Russia", "United States", "China"], "2023-SU", "text", "occurred",
          "Kardinal Matteo Zuppi"),
        E("Zelensky visits Pope Francis at the Vatican", "CONSULT", ["Volodymyr Zelensky", "Vatican"], "2023-05",
          "text", "occurred", "Selenskyj selbst hatte den Papst"),
        E("Zelensky: Ukraine needs no mediators but a just peace", "REJECT", ["Volodymyr Zelensky", "Vatican"],
          "2023-05", "context", "occurred", "Selenskyj selbst hatte den Papst"),
    ],
    statements=[
        S("Vatican", "Pope: the stronger one has the courage of the white flag and negotiates", "2024-02", "text",
          "den Mut der weißen Fahne"),
        S("Vatican", "Pope: one must not be ashamed to negotiate before things get worse", "2024-02", "context",
          "Man dürfe sich nicht schämen"),
        S("Ukraine", "Kuleba: our flag is yellow and blue; Ukraine will never raise other flags", "2024-03-10", "text",
          "Unsere Fahne ist gelb-blau"),
        S("Volodymyr Zelensky", "Mocks virtual mediation from 2,500 km away", "2024-03-10TEV", "text",
          "spottete aber über Versuche"),
        S("Poland", "Sikorski: the Pope should encourage Putin to withdraw his army", "2024-03-11", "published",
          "Radosław Sikorski schlug vor"),
        S("Germany", "Baerbock: does not understand; one must call on the aggressor to withdraw", "2024-03-10TEV",
          "text", "Außenministerin Annalena Baerbock sagte"),
        S("Vatican", "Bruni: the Pope meant a ceasefire and negotiations, not capitulation", "2024-03-09", "text",
          "Papstsprecher Matteo Bruni"),
        S("Dmitry Peskov", "The Pope speaks in favour of negotiations", "2024-03-11", "text",
          "Kremlsprecher Dmitri Peskow sagte am Montag"),
        S("Vladimir Putin, via Dmitry Peskov", "Putin is ready for talks", "2024-03-11", "text",
          "Kremlsprecher Dmitri Peskow sagte am Montag"),
        S("Dmitry Peskov", "The obstacle is the position of Kyiv and its Western backers", "2024-03-11", "context",
          "Das Hindernis seien vielmehr"),
        S("Volodymyr Zelensky", "Ukraine needs no mediators but a just peace", "2023-05", "context",
          "Selenskyj selbst hatte den Papst"),
    ],
    actors=["Vatican", "Russia", "Ukraine", "Volodymyr Zelensky", "Poland", "Vladimir Putin", "Germany", "Dmitry Peskov", "Kremlin", "United States", "China"],
)

DOC03 = dict(
    id="b18de03_macron_putin_telefonat_2025_07",
    lang="de",
    published="2025-07-02",
    body="""
Macron telefoniert erstmals seit fast drei Jahren mit Putin

Frankreichs Präsident Emmanuel Macron hat zum ersten Mal seit September 2022 wieder mit Kremlchef Wladimir Putin telefoniert.
Das Gespräch am Dienstag habe gut zwei Stunden gedauert, teilte der Élysée-Palast am Abend mit.
Macron habe dabei auf eine Waffenruhe „so schnell wie möglich“ und auf den Beginn von Verhandlungen zwischen der Ukraine und Russland über eine dauerhafte Lösung des Konflikts gedrungen.
Zugleich habe er die unerschütterliche Unterstützung Frankreichs für die Souveränität und territoriale Integrität der Ukraine bekräftigt.
Beide Präsidenten vereinbarten demnach, in Kontakt zu bleiben und sich auch beim iranischen Atomprogramm abzustimmen.

Im September 2022 hatten die beiden vor allem über die Sicherheit des von russischen Truppen besetzten Atomkraftwerks Saporischschja gesprochen, danach riss der Gesprächsfaden ab.
Im Februar 2024 sorgte Macron mit der Bemerkung für Aufsehen, die Entsendung westlicher Bodentruppen in die Ukraine sei nicht auszuschließen, was Moskau als gefährliche Eskalation verurteilte.

Der Kreml veröffentlichte eine deutlich härtere Lesart des Telefonats.
Putin habe daran erinnert, dass der Konflikt eine direkte Folge der Politik westlicher Staaten und der Nato sei, die jahrelang die Sicherheitsinteressen Russlands ignoriert und die Ukraine zu einem antirussischen Brückenkopf gemacht hätten, hieß es in Moskau.
Jede Regelung müsse umfassend und langfristig sein, die Grundursachen der Krise beseitigen und sich auf die „neuen territorialen Realitäten“ stützen.

Macron hatte Präsident Wolodymyr Selenskyj nach Angaben aus seinem Umfeld vor dem Telefonat informiert und wollte ihn auch danach unterrichten.
Auch die Bundesregierung sei im Vorfeld unterrichtet worden, sagte Regierungssprecher Stefan Kornelius in Berlin.
Selenskyj äußerte sich am Mittwoch zurückhaltend: Gespräche mit Moskau seien nur dann sinnvoll, wenn sie den Druck auf Russland erhöhten und nicht den Eindruck erweckten, Putin sei wieder ein gewöhnlicher Gesprächspartner.

Das Telefonat fiel in eine Phase wachsender Sorge in Kiew über die amerikanische Unterstützung.
Das Weiße Haus hatte am Dienstag bestätigt, dass das Pentagon die Lieferung einiger bereits zugesagter Waffen, darunter Abfangraketen für Patriot-Systeme, vorerst gestoppt habe, um die eigenen Bestände zu überprüfen.
Das ukrainische Außenministerium bestellte daraufhin am Mittwoch den amtierenden Geschäftsträger der US-Botschaft ein.
In der Nacht zum Mittwoch griff Russland die Ukraine nach Angaben der Luftwaffe mit mehr als 50 Drohnen und mehreren Raketen an.
""",
    timexes=[
        T("fast drei Jahren", "DURATION", "P3Y", mod="APPROX"),
        T("September 2022", "DATE", "2022-09"),
        T("Dienstag", "DATE", "2025-07-01"),
        T("gut zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
        T("Abend", "TIME", "2025-07-01TEV"),
        T("September 2022", "DATE", "2022-09", n=1),
        T("Februar 2024", "DATE", "2024-02"),
        T("jahrelang", "DURATION", "PXY"),
        T("Mittwoch", "DATE", "2025-07-02"),
        T("Dienstag", "DATE", "2025-07-01", n=1),
        T("Mittwoch", "DATE", "2025-07-02", n=1),
        T("der Nacht zum Mittwoch", "TIME", "2025-07-01TNI", note="night of 1-2 July 2025"),
    ],
    events=[
        E("Macron-Putin phone call, the first since September 2022", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
          "2025-07-01", "text", "occurred", "Das Gespräch am Dienstag habe gut zwei Stunden gedauert"),
        E("Macron urges a ceasefire as soon as possible and Russia-Ukraine negotiations", "REQUEST",
          ["Emmanuel Macron", "Vladimir Putin", "Ukraine", "Russia"], "2025-07-01", "context", "occurred",
          "Macron habe dabei auf eine Waffenruhe"),
        E("Macron reaffirms France's support for Ukraine's sovereignty", "SUPPORT",
          ["Emmanuel Macron", "France", "Ukraine"], "2025-07-01", "context", "occurred",
          "Zugleich habe er die unerschütterliche Unterstützung"),
        E("Macron and Putin agree to stay in contact and coordinate on Iran's nuclear programme", "AGREE",
          ["Emmanuel Macron", "Vladimir Putin"], "2025-07-01", "context", "occurred",
          "Beide Präsidenten vereinbarten demnach"),
        E("Macron-Putin call in September 2022 on the Zaporizhzhia plant", "CONSULT",
          ["Emmanuel Macron", "Vladimir Putin"], "2022-09", "text", "occurred", "Im September 2022 hatten die beiden"),
        E("Moscow condemns Macron's remark on ground troops as a dangerous escalation", "ACCUSE",
          ["Russia", "Emmanuel Macron"], "2024-02", "context", "occurred", "Im Februar 2024 sorgte Macron"),
        E("Putin blames Western states and NATO for the conflict", "ACCUSE", ["Vladimir Putin", "NATO"],
          "2025-07-01", "context", "occurred", "Putin habe daran erinnert"),
        E("Putin's conditions: a settlement must remove root causes and rest on 'new territorial realities'",
          "REQUEST", ["Vladimir Putin", "Emmanuel Macron", "Ukraine"], "2025-07-01", "context", "occurred",
          "Jede Regelung müsse umfassend"),
        E("Macron informs Zelensky before the call", "CONSULT", ["Emmanuel Macron", "Volodymyr Zelensky"],
          "2025-07-01", "context", "occurred", "Macron hatte Präsident Wolodymyr Selenskyj"),
        E("Macron to brief Zelensky after the call", "CONSULT", ["Emmanuel Macron", "Volodymyr Zelensky"],
          "2025-07-01", "context", "planned", "Macron hatte Präsident Wolodymyr Selenskyj"),
        E("Paris informs the German government before the call", "CONSULT", ["France", "Germany"],
          "2025-07-01", "context", "occurred", "Auch die Bundesregierung sei im Vorfeld"),
        E("Zelensky cautions that talks with Moscow must raise the pressure on Russia", "REQUEST",
          ["Volodymyr Zelensky", "Emmanuel Macron"], "2025-07-02", "text", "occurred",
          "Selenskyj äußerte sich am Mittwoch"),
        E("Pentagon pauses deliveries of some promised weapons to Ukraine, incl. Patriot interceptors", "SANCTION",
          ["United States", "Ukraine"], "2025-07-01", "context", "occurred", "Das Weiße Haus hatte am Dienstag",
          note="the pause was confirmed by the White House on Tuesday"),
        E("Ukraine summons the acting US chargé d'affaires", "ACCUSE", ["Ukraine", "United States"], "2025-07-02",
          "text", "occurred", "bestellte daraufhin am Mittwoch"),
        E("Russian drone and missile attack on Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"],
          "2025-07-01TNI", "text", "occurred", "In der Nacht zum Mittwoch griff Russland"),
    ],
    statements=[
        S("France", "Élysée: the call lasted a good two hours", "2025-07-01TEV", "text",
          "Das Gespräch am Dienstag habe gut zwei Stunden gedauert"),
        S("Emmanuel Macron", "Urged a ceasefire as soon as possible and negotiations on a lasting solution",
          "2025-07-01", "context", "Macron habe dabei auf eine Waffenruhe"),
        S("Emmanuel Macron", "Reaffirmed France's unwavering support for Ukraine's sovereignty and integrity",
          "2025-07-01", "context", "Zugleich habe er die unerschütterliche Unterstützung"),
        S("France", "Both presidents agreed to stay in contact and coordinate on Iran", "2025-07-01TEV", "context",
          "Beide Präsidenten vereinbarten demnach"),
        S("Emmanuel Macron", "Western ground troops in Ukraine cannot be ruled out", "2024-02", "text",
          "Im Februar 2024 sorgte Macron"),
        S("Vladimir Putin, via Kremlin", "The conflict is a direct result of Western and NATO policy", "2025-07-01",
          "context", "Putin habe daran erinnert"),
        S("Vladimir Putin, via Kremlin", "A settlement must remove root causes and rest on new territorial realities",
          "2025-07-01", "context", "Jede Regelung müsse umfassend"),
        S("France", "Macron informed Zelensky before the call and will brief him afterwards", "2025-07-02",
          "published", "Macron hatte Präsident Wolodymyr Selenskyj"),
        S("Germany", "Kornelius: the German government was informed in advance", "2025-07-02", "published",
          "Auch die Bundesregierung sei im Vorfeld"),
        S("Volodymyr Zelensky", "Talks with Moscow only make sense if they raise the pressure on Russia",
          "2025-07-02", "text", "Selenskyj äußerte sich am Mittwoch"),
        S("White House", "Confirms the Pentagon paused some weapons deliveries to review stocks", "2025-07-01",
          "text", "Das Weiße Haus hatte am Dienstag"),
        S("Ukraine", "Air force: more than 50 drones and several missiles overnight", "2025-07-02", "published",
          "In der Nacht zum Mittwoch griff Russland"),
    ],
    actors=["France", "Emmanuel Macron", "Kremlin", "Vladimir Putin", "Ukraine", "Russia", "NATO", "Volodymyr Zelensky", "Germany", "White House", "United States"],
)

DOC04 = dict(
    id="b18de04_belowesch_korridore_saporischschja_2022_03",
    lang="de",
    published="2022-03-04",
    body="""
Ukraine und Russland verständigen sich auf Fluchtkorridore

Russland und die Ukraine haben sich bei ihrer zweiten Verhandlungsrunde auf die Einrichtung humanitärer Korridore für Zivilisten verständigt.
Entlang dieser Routen solle es vorübergehend eine Feuerpause geben, sagte der ukrainische Präsidentenberater Mychajlo Podoljak nach dem Treffen am Donnerstagabend im Westen von Belarus.
Die Ergebnisse, die sich Kiew erhofft habe, seien damit aber nicht erreicht worden.
Die ukrainische Delegation hatte erneut einen sofortigen Waffenstillstand und den Abzug aller russischen Truppen verlangt.

Der russische Delegationsleiter Wladimir Medinski sprach dagegen von einem wesentlichen Fortschritt bei den humanitären Fragen.
Beide Seiten hätten vereinbart, die Gespräche fortzusetzen; eine dritte Runde könne schon Anfang kommender Woche stattfinden.

Parallel zu den Verhandlungen telefonierte Frankreichs Präsident Emmanuel Macron am Donnerstag rund anderthalb Stunden mit Kremlchef Wladimir Putin.
Putin habe dabei deutlich gemacht, dass er die Ziele des Militäreinsatzes in jedem Fall erreichen wolle, hieß es anschließend aus dem Élysée-Palast.
In Macrons Umfeld zeigte man sich pessimistisch: Das Schlimmste stehe noch bevor.

In der Nacht zu Freitag griffen russische Truppen das Atomkraftwerk Saporischschja bei Enerhodar an, das größte Kernkraftwerk Europas.
Auf dem Gelände geriet ein Ausbildungsgebäude in Brand, das Feuer konnte am Morgen gelöscht werden; nach Angaben der Internationalen Atomenergiebehörde IAEA wurde keine erhöhte Strahlung gemessen.
Präsident Wolodymyr Selenskyj warf Moskau in einer nächtlichen Videobotschaft „Atomterror“ vor und warnte vor einer Katastrophe für ganz Europa.
US-Präsident Joe Biden telefonierte noch in der Nacht mit Selenskyj und ließ sich über die Lage in dem Kraftwerk unterrichten.
Das russische Verteidigungsministerium wies die Vorwürfe zurück und machte ukrainische „Saboteure“ für den Brand verantwortlich.

Der UN-Sicherheitsrat kommt auf Antrag Großbritanniens heute zu einer Dringlichkeitssitzung zusammen.
In Brüssel berieten zudem die Außenminister der Nato-Staaten mit US-Außenminister Antony Blinken über die Lage.
Generalsekretär Jens Stoltenberg erteilte einer Flugverbotszone über der Ukraine erneut eine Absage; diese würde nach seinen Worten zu einem umfassenden Krieg in Europa führen.
""",
    timexes=[
        T("Donnerstagabend", "TIME", "2022-03-03TEV"),
        T("Anfang kommender Woche", "DATE", "2022-W10", mod="START"),
        T("Donnerstag", "DATE", "2022-03-03"),
        T("rund anderthalb Stunden", "DURATION", "PT1H30M", mod="APPROX"),
        T("der Nacht zu Freitag", "TIME", "2022-03-03TNI", note="night of 3-4 March 2022"),
        T("Morgen", "TIME", "2022-03-04TMO"),
        T("nächtlichen", "TIME", "2022-03-03TNI", note="night of 3-4 March 2022"),
        T("der Nacht", "TIME", "2022-03-03TNI", n=1, note="night of 3-4 March 2022"),
        T("heute", "DATE", "2022-03-04"),
    ],
    events=[
        E("Second round of Russia-Ukraine talks in western Belarus", "CONSULT", ["Russia", "Ukraine"],
          "2022-03-03TEV", "text", "occurred", "nach dem Treffen am Donnerstagabend"),
        E("Russia and Ukraine agree on humanitarian corridors for civilians", "AGREE", ["Russia", "Ukraine"],
          "2022-03-03TEV", "context", "occurred", "auf die Einrichtung humanitärer Korridore"),
        E("Temporary ceasefire along the humanitarian corridors", "RETREAT", ["Russia", "Ukraine"], "2022-03-04",
          "published", "planned", "Entlang dieser Routen solle es vorübergehend",
          note="agreed on 3 March 2022; the start is not given"),
        E("Talks fall short of the results Kyiv hoped for", "REJECT", ["Russia", "Ukraine"], "2022-03-03TEV",
          "context", "occurred", "Die Ergebnisse, die sich Kiew erhofft habe"),
        E("Ukraine demands an immediate ceasefire and the withdrawal of all Russian troops", "REQUEST",
          ["Ukraine", "Russia"], "2022-03-03TEV", "context", "occurred", "Die ukrainische Delegation hatte erneut"),
        E("Both sides agree to continue the talks", "AGREE", ["Russia", "Ukraine"], "2022-03-03TEV", "context",
          "occurred", "Beide Seiten hätten vereinbart"),
        E("Third round of talks early next week", "CONSULT", ["Russia", "Ukraine"], "2022-W10", "text", "planned",
          "Beide Seiten hätten vereinbart", date_mod="START"),
        E("Macron-Putin phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"], "2022-03-03", "text",
          "occurred", "telefonierte Frankreichs Präsident Emmanuel Macron am Donnerstag"),
        E("Putin says he will achieve the goals of the military operation in any case", "THREATEN",
          ["Vladimir Putin", "Ukraine"], "2022-03-03", "context", "occurred",
          "Putin habe dabei deutlich gemacht"),
        E("Russian troops attack the Zaporizhzhia nuclear power plant", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03-03TNI", "text", "occurred", "griffen russische Truppen das Atomkraftwerk"),
        E("Zelensky accuses Moscow of 'nuclear terror'", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2022-03-03TNI", "text", "occurred", "Atomterror"),
        E("Biden-Zelensky phone call on the nuclear plant", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
          "2022-03-03TNI", "text", "occurred", "US-Präsident Joe Biden telefonierte"),
        E("Russian defence ministry rejects the accusations", "REJECT", ["Russia", "Ukraine"], "2022-03-04",
          "published", "occurred", "Das russische Verteidigungsministerium wies"),
        E("Russia blames Ukrainian 'saboteurs' for the fire", "ACCUSE", ["Russia", "Ukraine"], "2022-03-04",
          "published", "occurred", "Das russische Verteidigungsministerium wies"),
        E("Emergency session of the UN Security Council", "CONSULT", ["United Nations", "United Kingdom"],
          "2022-03-04", "text", "planned", "Der UN-Sicherheitsrat kommt"),
        E("Britain requests an emergency session of the Security Council", "REQUEST",
          ["United Kingdom", "United Nations"], "2022-03-04", "published", "occurred", "Der UN-Sicherheitsrat kommt"),
        E("NATO foreign ministers meet with Blinken in Brussels", "CONSULT", ["NATO", "Antony Blinken"],
          "2022-03-04", "published", "occurred", "In Brüssel berieten zudem"),
        E("Stoltenberg rules out a no-fly zone over Ukraine", "REJECT", ["Jens Stoltenberg", "NATO", "Ukraine"],
          "2022-03-04", "published", "occurred", "Generalsekretär Jens Stoltenberg erteilte"),
    ],
    statements=[
        S("Ukraine", "Podolyak: a temporary ceasefire along the corridors", "2022-03-03TEV", "context",
          "Entlang dieser Routen solle es vorübergehend"),
        S("Ukraine", "Podolyak: the results Kyiv hoped for were not achieved", "2022-03-03TEV", "context",
          "Die Ergebnisse, die sich Kiew erhofft habe"),
        S("Vladimir Medinsky", "Substantial progress on humanitarian questions", "2022-03-03TEV", "context",
          "Der russische Delegationsleiter Wladimir Medinski"),
        S("Vladimir Medinsky", "Both sides agreed to continue; a third round could take place early next week",
          "2022-03-03TEV", "context", "Beide Seiten hätten vereinbart"),
        S("Vladimir Putin, via France", "Will achieve the goals of the military operation in any case", "2022-03-03",
          "context", "Putin habe dabei deutlich gemacht"),
        S("France", "Macron's entourage: the worst is yet to come", "2022-03-03", "context",
          "In Macrons Umfeld zeigte man sich pessimistisch"),
        S("IAEA", "No increased radiation measured", "2022-03-04", "published",
          "Auf dem Gelände geriet ein Ausbildungsgebäude in Brand"),
        S("Volodymyr Zelensky", "Accuses Moscow of nuclear terror, warns of a catastrophe for Europe",
          "2022-03-03TNI", "text", "Atomterror"),
        S("Russia", "Defence ministry rejects the accusations and blames Ukrainian saboteurs", "2022-03-04",
          "published", "Das russische Verteidigungsministerium wies"),
        S("Jens Stoltenberg", "A no-fly zone would lead to a full-fledged war in Europe", "2022-03-04", "published",
          "Generalsekretär Jens Stoltenberg erteilte"),
    ],
    actors=["Russia", "Ukraine", "Vladimir Medinsky", "France", "Emmanuel Macron", "Kremlin", "Vladimir Putin", "IAEA", "Volodymyr Zelensky", "United States", "Joe Biden", "United Nations", "United Kingdom", "NATO", "Antony Blinken", "Jens Stoltenberg"],
)

DOC05 = dict(
    id="b18de05_lawrow_osze_malta_2024_12",
    lang="de",
    published="2024-12-06",
    body="""
Lawrows Auftritt in Malta: Ein Saal, zwei Welten

Es war der erste Besuch des russischen Außenministers in einem EU-Land seit fast drei Jahren, und Sergej Lawrow nutzte ihn für eine Generalabrechnung mit dem Westen.
Beim Ministerrat der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) in Valletta warf Lawrow am Donnerstag den USA und ihren Verbündeten vor, die Organisation zu einem „Anhängsel von Nato und EU“ gemacht zu haben.
Den Krieg in der Ukraine habe Washington bewusst herbeigeführt, um Russland eine strategische Niederlage zuzufügen.

Im Saal blieb es eisig.
Als Lawrow das Wort ergriff, verließen mehrere Delegationen, darunter die ukrainische, die polnische und die der baltischen Staaten, demonstrativ den Raum.
Der ukrainische Außenminister Andrij Sybiha nannte seinen russischen Kollegen einen Kriegsverbrecher, der nicht an einen Tisch mit Vertretern friedliebender Staaten gehöre.

US-Außenminister Antony Blinken, der nur wenige Meter von Lawrow entfernt saß, vermied jeden Kontakt.
Ein Treffen der beiden sei weder geplant gewesen noch zustande gekommen, hieß es aus der amerikanischen Delegation.
In seiner Rede warf Blinken Moskau einen „Tsunami der Desinformation“ vor und warnte Nordkorea und den Iran davor, Russland weiter mit Soldaten und Waffen zu unterstützen.

Auf einer Pressekonferenz am Abend legte Lawrow nach.
Russland werde alle Mittel einsetzen, um eine Niederlage zu verhindern, sagte er und verwies auf den Angriff mit der neuen Mittelstreckenrakete Oreschnik auf die ukrainische Stadt Dnipro vor zwei Wochen.
Er hoffe, dass dieses Signal im Westen verstanden worden sei.
Einer Waffenruhe entlang der Frontlinie erteilte Lawrow eine Absage: Eine bloße Feuerpause würde dem Westen nur Zeit verschaffen, die Ukraine neu aufzurüsten.

Die OSZE, der auch Russland und die Ukraine angehören, ist seit Jahren weitgehend gelähmt, weil wichtige Beschlüsse Einstimmigkeit erfordern.
Im vergangenen Jahr hatte Moskau den turnusmäßigen Vorsitz Estlands blockiert, sodass Malta kurzfristig einsprang.
Dass Lawrow überhaupt einreisen konnte, verdankt er einer Ausnahmeregel: Die EU-Sanktionen, die seit Februar 2022 auch gegen ihn persönlich gelten, lassen die Teilnahme an Treffen internationaler Organisationen zu.
Am Freitag geht das Treffen zu Ende; mit einer gemeinsamen Abschlusserklärung rechnet in Valletta niemand.
""",
    timexes=[
        T("fast drei Jahren", "DURATION", "P3Y", mod="APPROX"),
        T("Donnerstag", "DATE", "2024-12-05"),
        T("Abend", "TIME", "2024-12-05TEV"),
        T("vor zwei Wochen", "DATE", "2024-W47"),
        T("Jahren", "DURATION", "PXY", n=1),
        T("vergangenen Jahr", "DATE", "2023"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Freitag", "DATE", "2024-12-06"),
    ],
    events=[
        E("OSCE ministerial council in Valletta with Lavrov, Blinken and Sybiha", "CONSULT",
          ["Sergey Lavrov", "Antony Blinken", "Andrii Sybiha"], "2024-12-05", "text", "occurred",
          "Beim Ministerrat der Organisation", note="the ministerial council ran from 5 to 6 December 2024"),
        E("Lavrov accuses the US and its allies of turning the OSCE into an appendage of NATO and the EU", "ACCUSE",
          ["Sergey Lavrov", "United States", "NATO", "European Union"], "2024-12-05", "text", "occurred",
          "Beim Ministerrat der Organisation"),
        E("Lavrov accuses Washington of provoking the war", "ACCUSE", ["Sergey Lavrov", "United States"],
          "2024-12-05", "context", "occurred", "Den Krieg in der Ukraine habe Washington"),
        E("Ukrainian, Polish and Baltic delegations walk out during Lavrov's speech", "REJECT",
          ["Ukraine", "Poland", "Sergey Lavrov"], "2024-12-05", "context", "occurred", "demonstrativ den Raum"),
        E("Sybiha calls Lavrov a war criminal", "ACCUSE", ["Andrii Sybiha", "Sergey Lavrov"], "2024-12-05",
          "context", "occurred", "nannte seinen russischen Kollegen einen Kriegsverbrecher"),
        E("No Blinken-Lavrov meeting in Valletta", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2024-12-05",
          "context", "cancelled", "Ein Treffen der beiden", note="the meeting was never planned"),
        E("Blinken accuses Moscow of a 'tsunami of disinformation'", "ACCUSE", ["Antony Blinken", "Russia"],
          "2024-12-05", "context", "occurred", "Tsunami der Desinformation"),
        E("Blinken warns North Korea and Iran against further support for Russia", "REQUEST",
          ["Antony Blinken", "Russia"], "2024-12-05", "context", "occurred", "Tsunami der Desinformation",
          note="North Korea and Iran are not canonical"),
        E("Lavrov: Russia will use all means to prevent a defeat", "THREATEN", ["Sergey Lavrov"], "2024-12-05TEV",
          "context", "occurred", "Russland werde alle Mittel einsetzen"),
        E("Oreshnik missile strike on Dnipro", "ASSAULT", ["Russia", "Ukraine"], "2024-W47", "text", "occurred",
          "Russland werde alle Mittel einsetzen", note="the strike took place on 21 November 2024"),
        E("Lavrov rejects a ceasefire along the front line", "REJECT", ["Sergey Lavrov", "Ukraine"],
          "2024-12-05TEV", "context", "occurred", "Einer Waffenruhe entlang der Frontlinie"),
        E("Moscow blocks Estonia's OSCE chairmanship", "REJECT", ["Russia"], "2023", "text", "occurred",
          "den turnusmäßigen Vorsitz Estlands blockiert", note="Estonia and Malta are not canonical"),
        E("EU sanctions against Lavrov", "SANCTION", ["European Union", "Sergey Lavrov"], "2022-02", "text",
          "occurred", "die seit Februar 2022 auch gegen ihn persönlich gelten"),
    ],
    statements=[
        S("Sergey Lavrov", "The US and its allies have turned the OSCE into an appendage of NATO and the EU",
          "2024-12-05", "text", "Beim Ministerrat der Organisation"),
        S("Sergey Lavrov", "Washington deliberately provoked the war to inflict a strategic defeat on Russia",
          "2024-12-05", "context", "Den Krieg in der Ukraine habe Washington"),
        S("Andrii Sybiha", "Lavrov is a war criminal who does not belong at the table", "2024-12-05", "context",
          "nannte seinen russischen Kollegen einen Kriegsverbrecher"),
        S("United States", "A Blinken-Lavrov meeting was neither planned nor took place", "2024-12-05", "context",
          "Ein Treffen der beiden"),
        S("Antony Blinken", "Moscow spreads a tsunami of disinformation; warns North Korea and Iran", "2024-12-05",
          "context", "Tsunami der Desinformation"),
        S("Sergey Lavrov", "Russia will use all means to prevent a defeat; points to the Oreshnik strike",
          "2024-12-05TEV", "context", "Russland werde alle Mittel einsetzen"),
        S("Sergey Lavrov", "Hopes the signal was understood in the West", "2024-12-05TEV", "context",
          "Er hoffe, dass dieses Signal"),
        S("Sergey Lavrov", "A mere ceasefire would only give the West time to rearm Ukraine", "2024-12-05TEV",
          "context", "Einer Waffenruhe entlang der Frontlinie"),
    ],
    actors=["Sergey Lavrov", "Russia", "European Union", "United States", "NATO", "Ukraine", "Poland", "Andrii Sybiha", "Antony Blinken"],
)

DOC06 = dict(
    id="b18de06_schwarzmeer_abkommen_istanbul_2026_10",
    lang="de",
    published="2026-10-15",
    body="""
Durchbruch am Bosporus? Russland und Ukraine unterzeichnen Schwarzmeer-Abkommen

Russland und die Ukraine haben in Istanbul ein Abkommen über die sichere Schifffahrt im Schwarzen Meer unterzeichnet, das erste schriftliche Übereinkommen der Kriegsparteien seit dem Getreidedeal vom Juli 2022.
Die Delegationen unter Leitung des ukrainischen Chefunterhändlers Rustem Umerow und des Kremlberaters Wladimir Medinski setzten ihre Unterschriften am Mittwochabend im Dolmabahçe-Palast unter das Dokument; als Zeugen unterzeichneten der türkische Außenminister Hakan Fidan und der US-Sondergesandte Steve Witkoff.

Beide Seiten verpflichten sich darin, zivile Handelsschiffe sowie Häfen am Schwarzen und am Asowschen Meer nicht mehr anzugreifen.
Die Waffenruhe auf See soll in der Nacht zum Montag um 0 Uhr Kiewer Zeit in Kraft treten und zunächst 90 Tage gelten.
Überwachen soll sie ein Koordinierungszentrum in Istanbul, in dem neben Russen und Ukrainern auch türkische Offiziere und Beobachter der Vereinten Nationen sitzen.

Präsident Recep Tayyip Erdoğan hatte beide Delegationen am Nachmittag zu getrennten Gesprächen empfangen.
Er sprach von einem „historischen Schritt“ und bot an, in Istanbul auch ein Treffen von Präsident Wolodymyr Selenskyj und Kremlchef Wladimir Putin auszurichten.

Im Kreml gab man sich zurückhaltend.
Das Abkommen bedeute keine allgemeine Waffenruhe, sagte Kremlsprecher Dmitri Peskow am Donnerstag.
Russland erwarte zudem, dass Washington und Brüssel die Sanktionen gegen die staatliche Landwirtschaftsbank Rosselchosbank aufhöben und sie wieder an das Zahlungssystem Swift anschlössen.

Selenskyj nannte die Einigung in seiner Videoansprache am Mittwochabend einen „Test für Moskau“.
Sollte Russland sein Wort brechen, werde die ganze Welt es sehen; die Ukraine sei bereit, die Feuerpause auf Energieanlagen an Land auszuweiten, sofern Moskau dies ebenfalls tue.
Noch in der Nacht zum Mittwoch hatten russische Drohnen nach Angaben der Regionalverwaltung den Donauhafen Ismajil getroffen und zwei Hafenarbeiter getötet.

Die EU-Außenbeauftragte Kaja Kallas begrüßte das Abkommen, stellte aber klar, dass es keine Lockerung der Sanktionen geben werde, solange russische Truppen in der Ukraine stünden.
US-Präsident Donald Trump schrieb auf seiner Plattform Truth Social von einem „großartigen Deal“, dem bald weitere folgen würden.
Eine nächste Runde über den Austausch aller Kriegsgefangenen ist nach Angaben Fidans für Mitte November in Istanbul geplant.
""",
    timexes=[
        T("Juli 2022", "DATE", "2022-07"),
        T("Mittwochabend", "TIME", "2026-10-14TEV"),
        T("der Nacht zum Montag", "TIME", "2026-10-18TNI", note="night of 18-19 October 2026"),
        T("0 Uhr Kiewer Zeit", "TIME", "2026-10-19T00:00", note="Kyiv time"),
        T("90 Tage", "DURATION", "P90D"),
        T("Nachmittag", "TIME", "2026-10-14TAF"),
        T("Donnerstag", "DATE", "2026-10-15"),
        T("Mittwochabend", "TIME", "2026-10-14TEV", n=1),
        T("der Nacht zum Mittwoch", "TIME", "2026-10-13TNI", note="night of 13-14 October 2026"),
        T("bald", "DATE", "FUTURE_REF"),
        T("Mitte November", "DATE", "2026-11", mod="MID"),
    ],
    events=[
        E("Grain deal of July 2022", "AGREE", ["Russia", "Ukraine"], "2022-07", "text", "occurred",
          "seit dem Getreidedeal vom Juli 2022"),
        E("Russia and Ukraine sign the Black Sea navigation agreement in Istanbul", "AGREE",
          ["Russia", "Ukraine", "Rustem Umerov", "Vladimir Medinsky", "Hakan Fidan", "Steve Witkoff"],
          "2026-10-14TEV", "text", "occurred", "setzten ihre Unterschriften am Mittwochabend"),
        E("Both sides commit not to attack merchant ships and ports", "AGREE", ["Russia", "Ukraine"],
          "2026-10-14TEV", "context", "occurred", "Beide Seiten verpflichten sich darin"),
        E("Ceasefire at sea to take effect for 90 days", "RETREAT", ["Russia", "Ukraine"], "2026-10-19T00:00",
          "text", "planned", "Die Waffenruhe auf See soll"),
        E("Coordination centre in Istanbul to monitor the truce", "COOPERATE",
          ["Russia", "Ukraine", "Turkey", "United Nations"], "2026-10-19T00:00", "context", "planned",
          "Überwachen soll sie ein Koordinierungszentrum"),
        E("Erdoğan receives both delegations", "CONSULT", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
          "2026-10-14TAF", "text", "occurred", "hatte beide Delegationen am Nachmittag"),
        E("Erdoğan hails a 'historic step'", "SUPPORT", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
          "2026-10-14TAF", "context", "occurred", "historischen Schritt"),
        E("Erdoğan offers to host a Zelensky-Putin meeting in Istanbul", "REQUEST",
          ["Recep Tayyip Erdoğan", "Volodymyr Zelensky", "Vladimir Putin"], "2026-10-14TAF", "context", "occurred",
          "historischen Schritt"),
        E("Russia demands that Washington and Brussels lift sanctions on Rosselkhozbank", "REQUEST",
          ["Russia", "United States", "European Union"], "2026-10-15", "context", "occurred",
          "Russland erwarte zudem"),
        E("Zelensky: Ukraine ready to extend the truce to energy facilities", "AGREE",
          ["Volodymyr Zelensky", "Ukraine", "Russia"], "2026-10-14TEV", "context", "occurred",
          "Sollte Russland sein Wort brechen"),
        E("Zelensky's condition: Moscow must do the same", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2026-10-14TEV", "context", "occurred", "Sollte Russland sein Wort brechen"),
        E("Russian drones hit the Danube port of Izmail", "ASSAULT", ["Russia", "Ukraine"], "2026-10-13TNI", "text",
          "occurred", "Donauhafen Ismajil"),
        E("Kallas welcomes the agreement", "SUPPORT", ["Kaja Kallas", "Russia", "Ukraine"], "2026-10-15",
          "published", "occurred", "Kaja Kallas begrüßte das Abkommen"),
        E("Kallas rules out easing sanctions while Russian troops remain in Ukraine", "REJECT",
          ["Kaja Kallas", "Russia"], "2026-10-15", "published", "occurred", "Kaja Kallas begrüßte das Abkommen"),
        E("Trump praises a 'great deal'", "SUPPORT", ["Donald Trump", "Russia", "Ukraine"], "2026-10-15",
          "published", "occurred", "großartigen Deal"),
        E("Next round on an all-for-all prisoner exchange in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2026-11",
          "text", "planned", "Eine nächste Runde über den Austausch", date_mod="MID"),
    ],
    statements=[
        S("Recep Tayyip Erdoğan", "A historic step; offers Istanbul for a Zelensky-Putin meeting", "2026-10-14TAF",
          "context", "historischen Schritt"),
        S("Dmitry Peskov", "The agreement does not mean a general ceasefire", "2026-10-15", "text",
          "Das Abkommen bedeute keine allgemeine Waffenruhe"),
        S("Dmitry Peskov", "Russia expects Washington and Brussels to lift sanctions on Rosselkhozbank",
          "2026-10-15", "context", "Russland erwarte zudem"),
        S("Volodymyr Zelensky", "The agreement is a test for Moscow", "2026-10-14TEV", "text", "Test für Moskau"),
        S("Volodymyr Zelensky", "If Russia breaks its word the world will see; ready to extend the truce to energy",
          "2026-10-14TEV", "context", "Sollte Russland sein Wort brechen"),
        S("Ukraine", "Regional administration: drones hit Izmail port, two workers killed", "2026-10-15", "published",
          "Donauhafen Ismajil"),
        S("Kaja Kallas", "Welcomes the deal; no easing of sanctions while Russian troops are in Ukraine", "2026-10-15",
          "published", "Kaja Kallas begrüßte das Abkommen"),
        S("Donald Trump", "A great deal, more to follow soon", "2026-10-15", "published", "großartigen Deal"),
        S("Hakan Fidan", "Next round on a prisoner exchange planned for mid-November", "2026-10-15", "published",
          "Eine nächste Runde über den Austausch"),
    ],
    actors=["Russia", "Ukraine", "Rustem Umerov", "Kremlin", "Vladimir Medinsky", "Turkey", "Hakan Fidan", "United States", "Steve Witkoff", "United Nations", "Recep Tayyip Erdoğan", "Volodymyr Zelensky", "Vladimir Putin", "Dmitry Peskov", "European Union", "Kaja Kallas", "Donald Trump"],
)

DOCS = [DOC01, DOC02, DOC03, DOC04, DOC05, DOC06]
