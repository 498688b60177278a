"""German articles of the blind17 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

DE01 = dict(
    id="b17de01_antalya_lawrow_kuleba_2022_03",
    lang="de",
    published="2022-03-10",
    body="""
Lawrow und Kuleba in Antalya: Erstes Treffen auf Ministerebene endet ohne Feuerpause
Antalya – Zwei Wochen nach dem Einmarsch russischer Truppen in die Ukraine haben sich die Außenminister beider Länder erstmals persönlich getroffen, einen Durchbruch brachte die Begegnung aber nicht.
Sergej Lawrow und Dmytro Kuleba sprachen am Donnerstag im südtürkischen Badeort Antalya rund anderthalb Stunden miteinander, der türkische Außenminister Mevlüt Çavuşoğlu saß als Gastgeber mit am Tisch.
Auf eine Feuerpause konnten sich die beiden Minister nicht verständigen.

Er habe eine Waffenruhe von 24 Stunden vorgeschlagen, um wenigstens die dringendsten humanitären Probleme zu lösen, sagte Kuleba anschließend vor Journalisten.
Lawrow sei darauf nicht eingegangen und offenbar ohne jedes Mandat nach Antalya gekommen; die Entscheidungen würden in Moskau von anderen getroffen.
Auch für die seit Tagen eingekesselte Hafenstadt Mariupol habe er keine Zusage für einen Fluchtkorridor erhalten.

Lawrow präsentierte auf seiner eigenen Pressekonferenz die bekannten Moskauer Positionen.
Russland habe die Ukraine nicht angegriffen und plane auch keine Angriffe auf andere Staaten, behauptete der Minister.
Den Angriff auf eine Geburtsklinik in Mariupol am Mittwoch, bei dem nach ukrainischen Angaben drei Menschen getötet wurden, rechtfertigte er mit der Behauptung, das Gebäude sei längst von Kämpfern des Asow-Regiments besetzt gewesen.
Einem Treffen zwischen Wladimir Putin und Wolodymyr Selenskyj stehe Moskau nicht grundsätzlich im Weg, es dürfe aber kein „Treffen um des Treffens willen“ werden.

Der türkische Präsident Recep Tayyip Erdoğan wertete die Begegnung dennoch als Erfolg und bot an, als nächsten Schritt auch Putin und Selenskyj an einen Tisch zu bringen.
Ankara pflegt enge Beziehungen zu beiden Kriegsparteien: Es liefert Kiew Kampfdrohnen vom Typ Bayraktar TB2, hat sich den westlichen Sanktionen gegen Moskau aber nicht angeschlossen.

Unterhändler beider Seiten waren seit Ende Februar dreimal in Belarus zusammengekommen, die dritte Runde fand am Montag statt; vereinbart wurden dabei lediglich einzelne Fluchtkorridore.
Israels Ministerpräsident Naftali Bennett war am Samstag überraschend zu Gesprächen mit Putin nach Moskau geflogen.
Frankreichs Staatschef Emmanuel Macron hatte am Sonntag fast zwei Stunden mit dem Kremlchef telefoniert.

Am Abend beginnt im Schloss von Versailles ein zweitägiger Gipfel der EU-Staats- und Regierungschefs, bei dem auch der Beitrittsantrag auf dem Tisch liegt, den Selenskyj am 28. Februar unterzeichnet hatte.
Bundeskanzler Olaf Scholz dämpfte vor seiner Abreise die Erwartungen: Einen Beitritt im Schnellverfahren werde es nicht geben, entscheidend sei jetzt die humanitäre und finanzielle Hilfe für das Land.
""",
    timexes=[
        T("Donnerstag", "DATE", "2022-03-10"),
        T("rund anderthalb Stunden", "DURATION", "PT1H30M", mod="APPROX"),
        T("24 Stunden", "DURATION", "PT24H"),
        T("Tagen", "DURATION", "PXD"),
        T("Mittwoch", "DATE", "2022-03-09"),
        T("Ende Februar", "DATE", "2022-02", mod="END"),
        T("Montag", "DATE", "2022-03-07"),
        T("Samstag", "DATE", "2022-03-05"),
        T("Sonntag", "DATE", "2022-03-06"),
        T("fast zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
        T("Abend", "TIME", "2022-03-10TEV"),
        T("zweitägiger", "DURATION", "P2D"),
        T("28. Februar", "DATE", "2022-02-28"),
        T("jetzt", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Lavrov and Kuleba meet in Antalya, hosted by Turkish FM Cavusoglu", "CONSULT",
          ["Sergey Lavrov", "Ukraine", "Turkey"], "2022-03-10", "text", "occurred", "sprachen am Donnerstag im südtürkischen",
          note="Kuleba and Cavusoglu are not canonical and are credited to their countries"),
        E("No agreement on a ceasefire in Antalya", "REJECT", ["Sergey Lavrov", "Ukraine"],
          "2022-03-10", "context", "occurred", "Auf eine Feuerpause konnten"),
        E("Kuleba proposes a 24-hour ceasefire to Lavrov", "REQUEST", ["Ukraine", "Sergey Lavrov"],
          "2022-03-10", "context", "occurred", "Er habe eine Waffenruhe von 24 Stunden"),
        E("Kuleba says Lavrov came without a mandate", "ACCUSE", ["Ukraine", "Sergey Lavrov"],
          "2022-03-10", "context", "occurred", "ohne jedes Mandat"),
        E("No Russian commitment on a humanitarian corridor from Mariupol", "REJECT", ["Sergey Lavrov", "Ukraine"],
          "2022-03-10", "context", "occurred", "keine Zusage für einen Fluchtkorridor"),
        E("Lavrov denies that Russia attacked Ukraine", "REJECT", ["Sergey Lavrov", "Ukraine"],
          "2022-03-10", "context", "occurred", "Russland habe die Ukraine nicht angegriffen"),
        E("Russian strike on a maternity hospital in Mariupol", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03-09", "text", "occurred", "Den Angriff auf eine Geburtsklinik"),
        E("Lavrov claims the hospital was occupied by Azov fighters", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2022-03-10", "context", "occurred", "Den Angriff auf eine Geburtsklinik"),
        E("Moscow not opposed in principle to a Putin-Zelensky meeting", "AGREE",
          ["Russia", "Vladimir Putin", "Volodymyr Zelensky"], "2022-03-10", "context", "occurred",
          "Einem Treffen zwischen Wladimir Putin"),
        E("Erdogan offers to bring Putin and Zelensky together", "REQUEST",
          ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2022-03-10", "published", "occurred",
          "bot an, als nächsten Schritt"),
        E("Third round of Russian-Ukrainian talks in Belarus", "CONSULT", ["Russia", "Ukraine"],
          "2022-03-07", "text", "occurred", "die dritte Runde fand am Montag statt",
          note="three rounds since the end of February (28 Feb, 3 Mar, 7 Mar); one event for the series"),
        E("Humanitarian corridors agreed in the Belarus talks", "AGREE", ["Russia", "Ukraine"],
          "2022-03-07", "context", "occurred", "die dritte Runde fand am Montag statt",
          note="agreed in the Belarus rounds; dated by the last round named in the sentence"),
        E("Bennett flies to Moscow for talks with Putin", "CONSULT", ["Vladimir Putin"],
          "2022-03-05", "text", "occurred", "Naftali Bennett", note="Bennett and Israel are not canonical"),
        E("Macron-Putin phone call of almost two hours", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
          "2022-03-06", "text", "occurred", "fast zwei Stunden mit dem Kremlchef"),
        E("Two-day EU summit in Versailles begins", "CONSULT", ["European Union"],
          "2022-03-10TEV", "text", "planned", "Am Abend beginnt im Schloss"),
        E("Zelensky signed Ukraine's EU membership application", "REQUEST", ["Volodymyr Zelensky", "European Union"],
          "2022-02-28", "text", "occurred", "Am Abend beginnt im Schloss"),
        E("Scholz rules out a fast-track EU accession for Ukraine", "REJECT", ["Olaf Scholz", "Ukraine"],
          "2022-03-10", "published", "occurred", "dämpfte vor seiner Abreise"),
    ],
    statements=[
        S("Ukraine", "Kuleba proposed a 24-hour ceasefire to solve the most urgent humanitarian problems",
          "2022-03-10", "context", "Er habe eine Waffenruhe von 24 Stunden"),
        S("Ukraine", "Lavrov did not respond and came without a mandate; decisions are taken by others in Moscow",
          "2022-03-10", "context", "ohne jedes Mandat"),
        S("Ukraine", "No commitment on an evacuation corridor for Mariupol", "2022-03-10", "context",
          "keine Zusage für einen Fluchtkorridor"),
        S("Sergey Lavrov", "Russia did not attack Ukraine and plans no attacks on other states", "2022-03-10", "context",
          "Russland habe die Ukraine nicht angegriffen"),
        S("Sergey Lavrov", "The maternity hospital in Mariupol had been occupied by Azov fighters", "2022-03-10",
          "context", "Den Angriff auf eine Geburtsklinik"),
        S("Ukraine", "Three people were killed in the strike on the maternity hospital", "2022-03-10", "published",
          "Den Angriff auf eine Geburtsklinik"),
        S("Sergey Lavrov", "Moscow does not rule out a Putin-Zelensky meeting, but not a meeting for its own sake",
          "2022-03-10", "context", "Einem Treffen zwischen Wladimir Putin"),
        S("Recep Tayyip Erdoğan", "The meeting was a success; offers to bring Putin and Zelensky to one table",
          "2022-03-10", "published", "bot an, als nächsten Schritt"),
        S("Olaf Scholz", "No fast-track accession for Ukraine; humanitarian and financial aid matter now",
          "2022-03-10", "published", "dämpfte vor seiner Abreise"),
    ],
    actors=["Sergey Lavrov", "Ukraine", "Turkey", "Russia", "Vladimir Putin", "Volodymyr Zelensky",
            "Recep Tayyip Erdoğan", "Emmanuel Macron", "France", "Kremlin", "European Union", "Olaf Scholz", "Germany"],
)

DE02 = dict(
    id="b17de02_steinmeier_ausgeladen_2022_04",
    lang="de",
    published="2022-04-13",
    body="""
Steinmeier in Kiew unerwünscht: Scholz nennt Ausladung „etwas irritierend“
Berlin/Kiew. Ohne den deutschen Bundespräsidenten sind die Staatschefs Polens, Litauens, Lettlands und Estlands am Mittwoch in Kiew eingetroffen, um dem ukrainischen Präsidenten Wolodymyr Selenskyj ihre Solidarität zu zeigen.
Frank-Walter Steinmeier hatte am Dienstag bei einem Besuch in Warschau gesagt, er sei bereit gewesen, gemeinsam mit seinem polnischen Amtskollegen Andrzej Duda und den drei baltischen Präsidenten in die Ukraine zu reisen, „aber offenbar war das in Kiew nicht gewünscht“.
Nach Medienberichten hatte das Präsidialamt in Kiew signalisiert, ein Besuch des Staatsoberhaupts sei derzeit nicht erwünscht; Steinmeier gilt dort wegen seiner Russlandpolitik als Kanzleramtschef und Außenminister als Symbolfigur einer jahrelangen Nähe zu Moskau.

Bundeskanzler Olaf Scholz (SPD) nannte die Ausladung am Mittwoch im Sender RBB24 Inforadio „etwas irritierend“.
Der Bundespräsident habe seine frühere Russlandpolitik Anfang April selbstkritisch aufgearbeitet, es wäre deshalb gut gewesen, ihn in Kiew zu empfangen, sagte Scholz.
Eine eigene Reise in die ukrainische Hauptstadt plane er nicht.
Der Kanzler steht seit Wochen in der Kritik, weil er die Lieferung schwerer Waffen an die Ukraine bislang ablehnt.

Der ukrainische Botschafter in Berlin, Andrij Melnyk, verteidigte das Vorgehen Kiews.
Steinmeier habe über Jahre ein „Spinnennetz der Kontakte mit Russland“ geknüpft, sagte Melnyk dem „Tagesspiegel“.

Die vier Präsidenten besuchten vor ihrem Treffen mit Selenskyj den Kiewer Vorort Borodjanka, wo nach dem Abzug der russischen Truppen Ende März zahlreiche getötete Zivilisten gefunden worden waren.
Polens Präsident Duda sprach dort von „Kriegsverbrechen“, für die sich die Verantwortlichen vor Gericht verantworten müssten.
Selenskyj dankte seinen Gästen am Abend für ihren Mut und bat sie erneut um schwere Waffen.

Kremlchef Wladimir Putin hatte am Dienstag bei einem Besuch des Weltraumbahnhofs Wostotschny an der Seite des belarussischen Machthabers Alexander Lukaschenko erklärt, die Gespräche mit Kiew seien in eine „Sackgasse“ geraten.
Die Ukraine sei von den Ende März in Istanbul erzielten Vereinbarungen abgerückt, die „Militäroperation“ werde deshalb bis zum Erreichen aller Ziele fortgesetzt.

Vor den vier Präsidenten waren bereits EU-Kommissionspräsidentin Ursula von der Leyen am Freitag und der britische Premierminister Boris Johnson am Samstag zu Gesprächen mit Selenskyj in Kiew gewesen.
Johnson hatte bei einem Rundgang mit Selenskyj durch die Innenstadt die Lieferung von 120 gepanzerten Fahrzeugen und weiteren Anti-Schiffs-Raketen zugesagt.
""",
    timexes=[
        T("Mittwoch", "DATE", "2022-04-13"),
        T("Dienstag", "DATE", "2022-04-12"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("jahrelangen", "DURATION", "PXY"),
        T("Mittwoch", "DATE", "2022-04-13", n=1),
        T("Anfang April", "DATE", "2022-04", mod="START"),
        T("Wochen", "DURATION", "PXW"),
        T("Jahre", "DURATION", "PXY"),
        T("Ende März", "DATE", "2022-03", mod="END"),
        T("Abend", "TIME", "2022-04-13TEV"),
        T("Dienstag", "DATE", "2022-04-12", n=1),
        T("Ende März", "DATE", "2022-03", n=1, mod="END"),
        T("Freitag", "DATE", "2022-04-08"),
        T("Samstag", "DATE", "2022-04-09"),
    ],
    events=[
        E("Presidents of Poland and the Baltic states visit Zelensky in Kyiv", "CONSULT",
          ["Poland", "Volodymyr Zelensky"], "2022-04-13", "text", "occurred", "Ohne den deutschen Bundespräsidenten",
          note="Lithuania, Latvia and Estonia are not canonical"),
        E("Steinmeier visits Warsaw", "CONSULT", ["Germany", "Poland"], "2022-04-12", "text", "occurred",
          "hatte am Dienstag bei einem Besuch in Warschau", note="Steinmeier (federal president) credited to Germany"),
        E("Kyiv signals that a visit by Steinmeier is not wanted", "REJECT", ["Ukraine", "Germany"],
          "2022-04-12", "context", "occurred", "Präsidialamt in Kiew signalisiert",
          note="when Kyiv gave the signal is not stated; it became known with Steinmeier's remarks on Tuesday"),
        E("Scholz calls Kyiv's snub of Steinmeier irritating", "ACCUSE", ["Olaf Scholz", "Ukraine"],
          "2022-04-13", "text", "occurred", "nannte die Ausladung am Mittwoch"),
        E("Scholz says he is not planning a trip to Kyiv", "REJECT", ["Olaf Scholz", "Ukraine"],
          "2022-04-13", "context", "occurred", "Eine eigene Reise in die ukrainische Hauptstadt"),
        E("Ambassador Melnyk accuses Steinmeier of a web of contacts with Russia", "ACCUSE", ["Ukraine", "Germany"],
          "2022-04-13", "published", "occurred", "Spinnennetz"),
        E("Russian troops withdraw from the Kyiv region", "RETREAT", ["Russia", "Ukraine"],
          "2022-03", "text", "occurred", "Die vier Präsidenten besuchten", date_mod="END"),
        E("Duda speaks of Russian war crimes", "ACCUSE", ["Poland", "Russia"],
          "2022-04-13", "context", "occurred", "Polens Präsident Duda sprach dort"),
        E("Duda demands that those responsible answer in court", "REQUEST", ["Poland", "Russia"],
          "2022-04-13", "context", "occurred", "Polens Präsident Duda sprach dort"),
        E("Zelensky thanks his guests", "SUPPORT", ["Volodymyr Zelensky", "Poland"],
          "2022-04-13TEV", "text", "occurred", "Selenskyj dankte seinen Gästen"),
        E("Zelensky asks his guests for heavy weapons", "REQUEST", ["Volodymyr Zelensky", "Poland"],
          "2022-04-13TEV", "text", "occurred", "Selenskyj dankte seinen Gästen"),
        E("Putin and Lukashenko visit the Vostochny cosmodrome together", "CONSULT",
          ["Vladimir Putin", "Alexander Lukashenko"], "2022-04-12", "text", "occurred", "Weltraumbahnhofs Wostotschny"),
        E("Agreements reached in Istanbul at the end of March", "AGREE", ["Russia", "Ukraine"],
          "2022-03", "text", "occurred", "Die Ukraine sei von den Ende März", date_mod="END",
          note="as described by Putin"),
        E("Putin accuses Ukraine of backing away from the Istanbul agreements", "ACCUSE", ["Vladimir Putin", "Ukraine"],
          "2022-04-12", "context", "occurred", "Die Ukraine sei von den Ende März"),
        E("Putin says the military operation will continue until its aims are reached", "ASSAULT",
          ["Vladimir Putin", "Ukraine"], "2022-04-12", "context", "planned", "Die Ukraine sei von den Ende März"),
        E("Von der Leyen visits Zelensky in Kyiv", "CONSULT", ["Ursula von der Leyen", "Volodymyr Zelensky"],
          "2022-04-08", "text", "occurred", "Vor den vier Präsidenten waren bereits"),
        E("Boris Johnson visits Zelensky in Kyiv", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"],
          "2022-04-09", "text", "occurred", "Vor den vier Präsidenten waren bereits",
          note="Johnson is not canonical and is credited to the United Kingdom"),
        E("Johnson pledges 120 armoured vehicles and anti-ship missiles", "AID", ["United Kingdom", "Ukraine"],
          "2022-04-09", "context", "occurred", "Johnson hatte bei einem Rundgang"),
    ],
    statements=[
        S("Germany", "Steinmeier was ready to travel to Kyiv with Duda and the Baltic presidents, but was apparently not wanted",
          "2022-04-12", "text", "hatte am Dienstag bei einem Besuch in Warschau"),
        S("Ukraine", "The presidential office signalled that a visit by Steinmeier is not wanted at present",
          "2022-04-13", "published", "Präsidialamt in Kiew signalisiert"),
        S("Olaf Scholz", "The snub of the federal president is somewhat irritating", "2022-04-13", "text",
          "nannte die Ausladung am Mittwoch"),
        S("Olaf Scholz", "Steinmeier had reckoned with his Russia policy; it would have been good to receive him",
          "2022-04-13", "context", "Der Bundespräsident habe seine frühere"),
        S("Olaf Scholz", "He is not planning a trip to Kyiv himself", "2022-04-13", "context",
          "Eine eigene Reise in die ukrainische Hauptstadt"),
        S("Ukraine", "Melnyk defends Kyiv's decision", "2022-04-13", "published", "verteidigte das Vorgehen Kiews"),
        S("Ukraine", "Steinmeier spun a spider's web of contacts with Russia for years", "2022-04-13", "published",
          "Spinnennetz"),
        S("Poland", "Duda speaks of war crimes for which those responsible must answer in court", "2022-04-13",
          "context", "Polens Präsident Duda sprach dort"),
        S("Volodymyr Zelensky", "Thanks the four presidents for their courage and asks again for heavy weapons",
          "2022-04-13TEV", "text", "Selenskyj dankte seinen Gästen"),
        S("Vladimir Putin", "Talks with Kyiv have reached a dead end", "2022-04-12", "text",
          "Weltraumbahnhofs Wostotschny"),
        S("Vladimir Putin", "Ukraine backed away from the Istanbul agreements; the operation will continue",
          "2022-04-12", "context", "Die Ukraine sei von den Ende März"),
    ],
    actors=["Poland", "Volodymyr Zelensky", "Germany", "Ukraine", "Olaf Scholz", "Russia", "Vladimir Putin", "Kremlin",
            "Alexander Lukashenko", "Belarus", "Ursula von der Leyen", "European Union", "United Kingdom"],
)

DE03 = dict(
    id="b17de03_leopard_freigabe_2023_01",
    lang="de",
    published="2023-01-25",
    body="""
Leopard-Entscheidung: Scholz gibt nach wochenlangem Zögern Kampfpanzer für die Ukraine frei
Berlin. Nach wochenlangem Ringen hat Bundeskanzler Olaf Scholz (SPD) am Mittwoch die Lieferung von Kampfpanzern des Typs Leopard 2 an die Ukraine angekündigt.
Deutschland stellt zunächst eine Kompanie mit 14 Leopard 2A6 aus Beständen der Bundeswehr bereit und erteilt zugleich Partnerländern wie Polen die Genehmigung, eigene Panzer aus deutscher Produktion weiterzugeben, wie Regierungssprecher Steffen Hebestreit mitteilte.
Ziel sei es, gemeinsam mit den Verbündeten rasch zwei Panzerbataillone für die Ukraine aufzustellen; die Ausbildung ukrainischer Besatzungen in Deutschland solle umgehend beginnen.

In der Regierungsbefragung im Bundestag verteidigte Scholz am Nachmittag sein Vorgehen gegen den Vorwurf, er habe zu lange gezögert.
Es sei richtig gewesen, sich eng mit den Verbündeten abzustimmen und keine Alleingänge zu machen, sagte der Kanzler.
Deutschland werde die Ukraine unterstützen, „so lange das notwendig ist“.

Fast zeitgleich kündigte US-Präsident Joe Biden im Weißen Haus die Lieferung von 31 Kampfpanzern vom Typ M1 Abrams an.
Die Entscheidung sei in enger Abstimmung mit Deutschland gefallen, betonte Biden, sie sei „keine offensive Bedrohung für Russland“.
Biden hatte am Vormittag nach Angaben des Weißen Hauses mit Scholz, dem französischen Präsidenten Emmanuel Macron, dem britischen Premier Rishi Sunak und Italiens Ministerpräsidentin Giorgia Meloni telefoniert.

Polen hatte am Dienstag offiziell in Berlin beantragt, eigene Leopard-Panzer an Kiew weitergeben zu dürfen, und damit den Druck auf die Bundesregierung noch einmal erhöht.
Beim Treffen der Ukraine-Kontaktgruppe auf dem US-Stützpunkt Ramstein am Freitag hatte sich Berlin noch nicht festlegen wollen.
Großbritannien hatte bereits Mitte Januar als erstes Land die Lieferung von 14 Kampfpanzern vom Typ Challenger 2 zugesagt.

In Moskau stieß die Entscheidung auf scharfe Ablehnung.
Der russische Botschafter in Berlin, Sergej Netschajew, nannte sie „äußerst gefährlich“; sie hebe den Konflikt auf eine neue Ebene der Konfrontation.
Kremlsprecher Dmitri Peskow hatte bereits am Vormittag gewarnt, die Panzer würden „brennen wie alle anderen“, und jede Lieferung belaste die ohnehin schlechten Beziehungen zu Berlin dauerhaft.

Selenskyj dankte Scholz am Abend in einem Telefonat für die „wichtige und rechtzeitige Entscheidung“ und rief die Partner auf, als Nächstes auch Kampfflugzeuge und Raketen mit größerer Reichweite zu liefern.
An der Börse gehörten Rüstungswerte zu den Gewinnern: Die Aktie von Rheinmetall legte am Mittwoch zeitweise um mehr als vier Prozent zu, Hensoldt und Renk zogen ebenfalls an.
""",
    timexes=[
        T("wochenlangem", "DURATION", "PXW"),
        T("wochenlangem", "DURATION", "PXW", n=1),
        T("Mittwoch", "DATE", "2023-01-25"),
        T("Nachmittag", "TIME", "2023-01-25TAF"),
        T("Vormittag", "TIME", "2023-01-25TMO", note="Washington time (Biden's morning)"),
        T("Dienstag", "DATE", "2023-01-24"),
        T("Freitag", "DATE", "2023-01-20"),
        T("Mitte Januar", "DATE", "2023-01", mod="MID"),
        T("Vormittag", "TIME", "2023-01-25TMO", n=1),
        T("Abend", "TIME", "2023-01-25TEV"),
        T("Mittwoch", "DATE", "2023-01-25", n=1),
    ],
    events=[
        E("Scholz announces the delivery of Leopard 2 tanks to Ukraine", "AID", ["Olaf Scholz", "Ukraine"],
          "2023-01-25", "text", "occurred", "Nach wochenlangem Ringen"),
        E("Germany allows partners such as Poland to re-export their Leopard tanks", "AGREE", ["Germany", "Poland"],
          "2023-01-25", "context", "occurred", "erteilt zugleich Partnerländern"),
        E("Germany and its allies aim to equip two tank battalions for Ukraine", "AID", ["Germany", "Ukraine"],
          "2023-01-25", "published", "planned", "Ziel sei es, gemeinsam mit den Verbündeten"),
        E("Training of Ukrainian tank crews in Germany to begin", "AID", ["Germany", "Ukraine"],
          "2023-01-25", "published", "planned", "Ziel sei es, gemeinsam mit den Verbündeten"),
        E("Scholz promises that Germany will support Ukraine as long as necessary", "AGREE",
          ["Olaf Scholz", "Germany", "Ukraine"], "2023-01-25TAF", "context", "occurred",
          "Deutschland werde die Ukraine unterstützen"),
        E("Biden announces 31 Abrams tanks for Ukraine", "AID", ["Joe Biden", "Ukraine"],
          "2023-01-25", "context", "occurred", "Fast zeitgleich kündigte"),
        E("Biden's call with Scholz, Macron, Sunak and Meloni", "CONSULT",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom", "Giorgia Meloni"],
          "2023-01-25TMO", "text", "occurred", "Biden hatte am Vormittag",
          note="Sunak is not canonical and is credited to the United Kingdom"),
        E("Poland formally asks Berlin for permission to pass Leopard tanks to Kyiv", "REQUEST",
          ["Poland", "Germany", "Ukraine"], "2023-01-24", "text", "occurred", "Polen hatte am Dienstag"),
        E("Ramstein meeting of the Ukraine contact group", "CONSULT", ["Ukraine", "Germany"],
          "2023-01-20", "text", "occurred", "Beim Treffen der Ukraine-Kontaktgruppe"),
        E("Berlin declines to commit on tanks at Ramstein", "REJECT", ["Germany", "Ukraine"],
          "2023-01-20", "context", "occurred", "Beim Treffen der Ukraine-Kontaktgruppe"),
        E("Britain pledged 14 Challenger 2 tanks", "AID", ["United Kingdom", "Ukraine"],
          "2023-01", "text", "occurred", "Challenger 2", date_mod="MID", note="announced on 14 January 2023"),
        E("Russian ambassador calls the decision extremely dangerous", "ACCUSE", ["Russia", "Germany"],
          "2023-01-25", "published", "occurred", "Netschajew",
          note="ambassador Nechayev is not canonical and is credited to Russia"),
        E("Peskov warns the tanks will burn", "THREATEN", ["Dmitry Peskov", "Germany"],
          "2023-01-25TMO", "text", "occurred", "brennen wie alle anderen"),
        E("Zelensky-Scholz phone call", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2023-01-25TEV", "text", "occurred", "Selenskyj dankte Scholz am Abend"),
        E("Zelensky thanks Scholz for the decision", "SUPPORT", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2023-01-25TEV", "context", "occurred", "Selenskyj dankte Scholz am Abend"),
        E("Zelensky asks partners for fighter jets and longer-range missiles", "REQUEST", ["Volodymyr Zelensky"],
          "2023-01-25TEV", "context", "occurred", "Selenskyj dankte Scholz am Abend",
          note="the partners are not named"),
    ],
    statements=[
        S("Germany", "Germany provides 14 Leopard 2A6 and allows partners to pass on their tanks", "2023-01-25",
          "context", "erteilt zugleich Partnerländern"),
        S("Germany", "The aim is two tank battalions; training of Ukrainian crews to begin at once", "2023-01-25",
          "context", "Ziel sei es, gemeinsam mit den Verbündeten"),
        S("Olaf Scholz", "Defends his course against the charge of hesitating", "2023-01-25TAF", "text",
          "verteidigte Scholz am Nachmittag"),
        S("Olaf Scholz", "It was right to coordinate closely with the allies and not go it alone", "2023-01-25TAF",
          "context", "Es sei richtig gewesen"),
        S("Olaf Scholz", "Germany will support Ukraine as long as necessary", "2023-01-25TAF", "context",
          "Deutschland werde die Ukraine unterstützen"),
        S("Joe Biden", "The decision was closely coordinated with Germany and is no offensive threat to Russia",
          "2023-01-25", "context", "in enger Abstimmung mit Deutschland"),
        S("White House", "Biden spoke by phone with Scholz, Macron, Sunak and Meloni", "2023-01-25", "published",
          "Biden hatte am Vormittag"),
        S("Russia", "The decision is extremely dangerous and raises the confrontation to a new level", "2023-01-25",
          "published", "Netschajew"),
        S("Dmitry Peskov", "The tanks will burn like all others; deliveries will burden relations with Berlin",
          "2023-01-25TMO", "text", "brennen wie alle anderen"),
        S("Volodymyr Zelensky", "Thanks Scholz for an important and timely decision; asks for jets and missiles",
          "2023-01-25TEV", "text", "Selenskyj dankte Scholz am Abend"),
    ],
    actors=["Olaf Scholz", "Germany", "Ukraine", "Poland", "Joe Biden", "United States", "White House",
            "Emmanuel Macron", "France", "United Kingdom", "Giorgia Meloni", "Russia", "Dmitry Peskov", "Kremlin",
            "Volodymyr Zelensky"],
)

DE04 = dict(
    id="b17de04_witkoff_st_petersburg_2025_04",
    lang="de",
    published="2025-04-12",
    body="""
Viereinhalb Stunden mit Putin: Was hinter Witkoffs Besuch in St. Petersburg steckt
Der Sondergesandte von US-Präsident Donald Trump, Steve Witkoff, ist am Freitag in St. Petersburg erneut mit Kremlchef Wladimir Putin zusammengekommen.
Das Gespräch in der Präsidentenbibliothek dauerte nach Kremlangaben rund viereinhalb Stunden, Thema seien „Aspekte einer ukrainischen Regelung“ gewesen, sagte Sprecher Dmitri Peskow.
Am Flughafen war Witkoff zuvor von Kirill Dmitrijew empfangen worden, dem Chef des russischen Staatsfonds RDIF, der die Begegnung später auf Telegram als „produktiv“ bezeichnete.

Trump erhöhte den Druck noch während des Treffens.
Russland müsse „in Bewegung kommen“, schrieb der US-Präsident auf seiner Plattform Truth Social; zu viele Menschen stürben in einem „schrecklichen und sinnlosen Krieg“.
Seit seinem Amtsantritt im Januar hat Trump immer wieder ein schnelles Ende der Kämpfe versprochen, bislang ohne greifbares Ergebnis.

Für Witkoff war es bereits das dritte Treffen mit Putin in diesem Jahr.
Im Februar hatte er den in Russland inhaftierten US-Lehrer Marc Fogel nach Hause geholt, Mitte März überbrachte er dem Kremlchef in Moskau Trumps Vorschlag einer 30-tägigen Waffenruhe.
Putin hatte sich damals grundsätzlich offen gezeigt, die Waffenruhe aber an zahlreiche Bedingungen geknüpft, darunter einen Stopp westlicher Waffenlieferungen.

Parallel dazu hatten Diplomaten beider Länder am Donnerstag in Istanbul eine zweite Gesprächsrunde über die Arbeit ihrer Botschaften abgeschlossen, die nach Angaben des russischen Außenministeriums „konstruktiv“ verlief.
Für Irritationen sorgte unterdessen Trumps Ukraine-Beauftragter Keith Kellogg: Er brachte in einem Interview mit der Londoner „Times“ eine Aufteilung der Ukraine in Kontrollzonen ins Spiel, ähnlich wie im Berlin nach 1945, und sprach später von einem Missverständnis.

In Kiew wird die Pendeldiplomatie mit wachsendem Misstrauen verfolgt.
Russland versuche, die Gespräche in die Länge zu ziehen und Zeit für eine neue Offensive zu gewinnen, sagte Präsident Wolodymyr Selenskyj am Freitagabend in seiner täglichen Videoansprache.
Beim Treffen der Ukraine-Kontaktgruppe, das Großbritannien und Deutschland am selben Tag in Brüssel gemeinsam leiteten, sagten die Verbündeten Kiew neue Militärhilfe im Umfang von 21 Milliarden Euro zu.

Am kommenden Donnerstag wollen US-Außenminister Marco Rubio und Witkoff in Paris mit Vertretern Frankreichs, Großbritanniens, Deutschlands und der Ukraine über eine mögliche Waffenruhe beraten.
Ob es danach zu einem Gipfeltreffen zwischen Trump und Putin kommt, ist offen; Peskow sagte lediglich, ein solches Treffen müsse „gründlich vorbereitet“ werden.
""",
    timexes=[
        T("Viereinhalb Stunden", "DURATION", "PT4H30M"),
        T("Freitag", "DATE", "2025-04-11"),
        T("rund viereinhalb Stunden", "DURATION", "PT4H30M", mod="APPROX"),
        T("Januar", "DATE", "2025-01"),
        T("diesem Jahr", "DATE", "2025"),
        T("Februar", "DATE", "2025-02"),
        T("Mitte März", "DATE", "2025-03", mod="MID"),
        T("30-tägigen", "DURATION", "P30D"),
        T("Donnerstag", "DATE", "2025-04-10"),
        T("1945", "DATE", "1945"),
        T("Freitagabend", "TIME", "2025-04-11TEV"),
        T("täglichen", "SET", "P1D"),
        T("selben Tag", "DATE", "2025-04-11"),
        T("kommenden Donnerstag", "DATE", "2025-04-17"),
    ],
    events=[
        E("Witkoff meets Putin in St Petersburg", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-04-11", "text", "occurred", "ist am Freitag in St. Petersburg"),
        E("Dmitriev receives Witkoff at the airport", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
          "2025-04-11", "context", "occurred", "Am Flughafen war Witkoff"),
        E("Trump tells Russia to get moving", "REQUEST", ["Donald Trump", "Russia"],
          "2025-04-11", "context", "occurred", "in Bewegung kommen"),
        E("Russia releases US teacher Marc Fogel to Witkoff", "CONCEDE", ["Russia", "Steve Witkoff"],
          "2025-02", "text", "occurred", "Marc Fogel", note="release on 11 February 2025"),
        E("Witkoff meets Putin in Moscow in mid-March", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-03", "text", "occurred", "Marc Fogel", date_mod="MID"),
        E("Witkoff conveys Trump's proposal of a 30-day ceasefire", "REQUEST",
          ["Donald Trump", "Steve Witkoff", "Vladimir Putin"], "2025-03", "context", "occurred", "Marc Fogel",
          date_mod="MID"),
        E("Putin open in principle to the ceasefire", "AGREE", ["Vladimir Putin", "Donald Trump"],
          "2025-03", "context", "occurred", "Putin hatte sich damals grundsätzlich offen", date_mod="MID"),
        E("Putin ties the ceasefire to conditions including a halt to Western arms deliveries", "REQUEST",
          ["Vladimir Putin", "Donald Trump"], "2025-03", "context", "occurred",
          "Putin hatte sich damals grundsätzlich offen", date_mod="MID"),
        E("Second US-Russian round on embassy operations in Istanbul", "CONSULT", ["Russia", "United States"],
          "2025-04-10", "text", "occurred", "zweite Gesprächsrunde über die Arbeit ihrer Botschaften"),
        E("Kellogg floats dividing Ukraine into zones of control", "REQUEST", ["Keith Kellogg", "Ukraine"],
          "2025-04-12", "published", "occurred", "Kontrollzonen"),
        E("Zelensky accuses Russia of dragging out the talks", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-04-11TEV", "text", "occurred", "in die Länge zu ziehen"),
        E("Ukraine contact group meets in Brussels, chaired by Britain and Germany", "CONSULT",
          ["United Kingdom", "Germany", "Ukraine"], "2025-04-11", "text", "occurred",
          "Beim Treffen der Ukraine-Kontaktgruppe"),
        E("Allies pledge 21 billion euros in military aid", "AID", ["United Kingdom", "Germany", "Ukraine"],
          "2025-04-11", "context", "occurred", "Beim Treffen der Ukraine-Kontaktgruppe"),
        E("Rubio and Witkoff to meet French, British, German and Ukrainian officials in Paris", "CONSULT",
          ["Marco Rubio", "Steve Witkoff", "France", "United Kingdom", "Germany", "Ukraine"],
          "2025-04-17", "text", "planned", "Am kommenden Donnerstag"),
        E("Possible Trump-Putin summit", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-04-12", "published", "uncertain", "Gipfeltreffen zwischen Trump und Putin"),
    ],
    statements=[
        S("Dmitry Peskov", "The talks lasted about four and a half hours and dealt with aspects of a Ukraine settlement",
          "2025-04-11", "context", "Präsidentenbibliothek"),
        S("Kirill Dmitriev", "The meeting was productive", "2025-04-11", "context", "Am Flughafen war Witkoff"),
        S("Donald Trump", "Russia has to get moving; too many people are dying in a senseless war", "2025-04-11",
          "context", "in Bewegung kommen"),
        S("Donald Trump", "Has repeatedly promised a quick end to the fighting", "2025-04-12", "published",
          "Seit seinem Amtsantritt"),
        S("Vladimir Putin", "Open in principle to the ceasefire, but only under numerous conditions", "2025-03",
          "context", "Putin hatte sich damals grundsätzlich offen"),
        S("Russia", "The Istanbul round on embassies was constructive", "2025-04-10", "context",
          "zweite Gesprächsrunde über die Arbeit ihrer Botschaften"),
        S("Keith Kellogg", "Floated zones of control in Ukraine, later spoke of a misunderstanding", "2025-04-12",
          "published", "Kontrollzonen"),
        S("Volodymyr Zelensky", "Russia is dragging out the talks to gain time for a new offensive", "2025-04-11TEV",
          "text", "in die Länge zu ziehen"),
        S("Dmitry Peskov", "A Trump-Putin summit must be thoroughly prepared", "2025-04-12", "published",
          "gründlich vorbereitet"),
    ],
    actors=["Donald Trump", "United States", "Steve Witkoff", "Kremlin", "Vladimir Putin", "Dmitry Peskov",
            "Kirill Dmitriev", "Russia", "Keith Kellogg", "Ukraine", "Volodymyr Zelensky", "United Kingdom", "Germany",
            "Marco Rubio", "France"],
)

DE05 = dict(
    id="b17de05_schwarzmeer_abkommen_istanbul_2026_03",
    lang="de",
    published="2026-03-27",
    body="""
Schwarzmeer-Abkommen: Reeder hoffen auf sinkende Versicherungsprämien
Istanbul. Nach zweitägigen Verhandlungen im Istanbuler Dolmabahçe-Palast haben sich Russland und die Ukraine am Donnerstag auf Regeln für die sichere Handelsschifffahrt im Schwarzen Meer verständigt.
Die Vereinbarung, die unter Vermittlung des türkischen Außenministers Hakan Fidan zustande kam, sieht vor, dass beide Seiten ab Montag für zunächst 90 Tage auf Angriffe auf zivile Frachtschiffe sowie auf die Häfen von Odessa und Noworossijsk verzichten.
Überwacht werden soll die Einhaltung von einem gemeinsamen Koordinierungszentrum in Istanbul, in dem neben Vertretern beider Kriegsparteien auch türkische Offiziere und Beobachter der Vereinten Nationen sitzen sollen.

Die ukrainische Delegation leitete der Sekretär des Nationalen Sicherheitsrats, Rustem Umerow, die russische Präsidentenberater Wladimir Medinski, der bereits 2022 und im vergangenen Jahr die Istanbuler Gespräche geführt hatte.
Fidan sprach nach der Unterzeichnung von einem „historischen Tag für die Schifffahrt“.
Präsident Recep Tayyip Erdoğan hatte die beiden Delegationen am Mittwochabend zu einem Abendessen empfangen.

Ganz ohne Gegenleistung gibt Moskau die Zusage allerdings nicht.
Der Kreml verlangt, die staatliche Landwirtschaftsbank Rosselchosbank wieder an das Zahlungssystem Swift anzuschließen, und knüpft eine Verlängerung über die 90 Tage hinaus ausdrücklich daran.
Ohne diesen Schritt werde Russland „keine Verpflichtungen auf unbestimmte Zeit“ eingehen, sagte Kremlsprecher Dmitri Peskow.
Die EU-Außenbeauftragte Kaja Kallas wies das umgehend zurück: Über Sanktionserleichterungen könne erst gesprochen werden, wenn Russland seine Truppen aus der Ukraine abziehe.

Präsident Wolodymyr Selenskyj nannte das Abkommen am Donnerstagabend in seiner Videobotschaft einen „ersten konkreten Schritt“, warnte aber davor, darin schon den Beginn einer umfassenden Waffenruhe zu sehen.
Noch in der Nacht zum Donnerstag hatten russische Drohnen nach Angaben der ukrainischen Marine Hafenanlagen in Ismajil an der Donau getroffen.

An den Rohstoffmärkten wurde die Einigung mit Erleichterung aufgenommen.
Der Weizenpreis an der Pariser Börse Euronext fiel am Freitagvormittag um gut zwei Prozent, und Londoner Versicherer stellten in Aussicht, die seit 2022 stark gestiegenen Kriegsrisikoprämien für Fahrten nach Odessa in den kommenden Wochen zu senken.
Eine zweite Verhandlungsrunde, bei der es auch um den Austausch von Kriegsgefangenen gehen soll, ist nach türkischen Angaben für Mitte April geplant.
Ob dann auch US-Sondergesandter Steve Witkoff anreist, der die Gespräche in dieser Woche nur aus der Ferne begleitet hatte, ließ das Weiße Haus offen.
""",
    timexes=[
        T("zweitägigen", "DURATION", "P2D"),
        T("Donnerstag", "DATE", "2026-03-26"),
        T("Montag", "DATE", "2026-03-30"),
        T("90 Tage", "DURATION", "P90D"),
        T("2022", "DATE", "2022"),
        T("vergangenen Jahr", "DATE", "2025"),
        T("Mittwochabend", "TIME", "2026-03-25TEV"),
        T("die 90 Tage", "DURATION", "P90D"),
        T("Donnerstagabend", "TIME", "2026-03-26TEV"),
        T("der Nacht zum Donnerstag", "TIME", "2026-03-25TNI", note="night of 25 to 26 March"),
        T("Freitagvormittag", "TIME", "2026-03-27TMO"),
        T("2022", "DATE", "2022", n=1),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("Mitte April", "DATE", "2026-04", mod="MID"),
        T("dieser Woche", "DATE", "2026-W13"),
    ],
    events=[
        E("Two-day Russian-Ukrainian talks in Istanbul mediated by Fidan", "CONSULT",
          ["Russia", "Ukraine", "Hakan Fidan", "Rustem Umerov", "Vladimir Medinsky"],
          "2026-03-25", "context", "occurred", "Nach zweitägigen Verhandlungen",
          note="talks on 25-26 March, dated by the first day; delegations named in the second paragraph"),
        E("Russia and Ukraine agree on rules for safe merchant shipping in the Black Sea", "AGREE",
          ["Russia", "Ukraine"], "2026-03-26", "text", "occurred", "Nach zweitägigen Verhandlungen"),
        E("90-day halt to attacks on merchant ships and the ports of Odesa and Novorossiysk", "RETREAT",
          ["Russia", "Ukraine"], "2026-03-30", "text", "planned", "ab Montag für zunächst 90 Tage",
          note="truce dated by its start; it runs for 90 days"),
        E("Joint coordination centre in Istanbul with Turkish officers and UN observers", "COOPERATE",
          ["Russia", "Ukraine", "Turkey", "United Nations"], "2026-03-27", "published", "planned",
          "Koordinierungszentrum"),
        E("Istanbul talks of 2022 led by Medinsky", "CONSULT", ["Vladimir Medinsky", "Ukraine"],
          "2022", "text", "occurred", "Die ukrainische Delegation leitete"),
        E("Istanbul talks of last year led by Medinsky", "CONSULT", ["Vladimir Medinsky", "Ukraine"],
          "2025", "text", "occurred", "Die ukrainische Delegation leitete"),
        E("Erdogan hosts both delegations for dinner", "CONSULT", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
          "2026-03-25TEV", "text", "occurred", "Mittwochabend"),
        E("Kremlin demands Rosselkhozbank's reconnection to SWIFT as a condition for extension", "REQUEST",
          ["Kremlin", "European Union"], "2026-03-27", "published", "occurred", "Rosselchosbank"),
        E("Peskov: no open-ended commitments without the SWIFT step", "THREATEN",
          ["Dmitry Peskov", "Russia", "European Union"],
          "2026-03-27", "published", "occurred", "keine Verpflichtungen auf unbestimmte Zeit"),
        E("Kallas rejects the Kremlin's demand", "REJECT", ["Kaja Kallas", "Kremlin"],
          "2026-03-27", "published", "occurred", "wies das umgehend zurück"),
        E("Kallas: sanctions relief only after Russian troops withdraw", "REQUEST", ["Kaja Kallas", "Russia"],
          "2026-03-27", "published", "occurred", "wies das umgehend zurück"),
        E("Russian drones hit port facilities in Izmail", "ASSAULT", ["Russia", "Ukraine"],
          "2026-03-25TNI", "text", "occurred", "Ismajil"),
        E("Second round of talks planned for mid-April", "CONSULT", ["Russia", "Ukraine", "Turkey"],
          "2026-04", "text", "planned", "zweite Verhandlungsrunde", date_mod="MID"),
        E("Witkoff's attendance at the second round left open", "CONSULT", ["Steve Witkoff", "Russia", "Ukraine"],
          "2026-04", "context", "uncertain", "ließ das Weiße Haus offen", date_mod="MID"),
    ],
    statements=[
        S("Hakan Fidan", "A historic day for shipping", "2026-03-26", "context", "historischen Tag"),
        S("Kremlin", "Demands Rosselkhozbank's reconnection to SWIFT and ties an extension to it", "2026-03-27",
          "published", "Rosselchosbank"),
        S("Dmitry Peskov", "Without this step Russia will make no open-ended commitments", "2026-03-27", "published",
          "keine Verpflichtungen auf unbestimmte Zeit"),
        S("Kaja Kallas", "Sanctions relief can only be discussed once Russia withdraws its troops", "2026-03-27",
          "published", "wies das umgehend zurück"),
        S("Volodymyr Zelensky", "The deal is a first concrete step, not the start of a general ceasefire",
          "2026-03-26TEV", "text", "Donnerstagabend"),
        S("Ukraine", "Russian drones hit port facilities in Izmail", "2026-03-27", "published", "Ismajil"),
        S("Turkey", "A second round is planned for mid-April", "2026-03-27", "published", "zweite Verhandlungsrunde"),
        S("White House", "Left open whether Witkoff will travel to the next round", "2026-03-27", "published",
          "ließ das Weiße Haus offen"),
    ],
    actors=["Russia", "Ukraine", "Turkey", "Hakan Fidan", "United Nations", "Rustem Umerov", "Vladimir Medinsky",
            "Recep Tayyip Erdoğan", "Kremlin", "Dmitry Peskov", "Kaja Kallas", "European Union", "Volodymyr Zelensky",
            "Steve Witkoff", "United States", "White House"],
)

DE06 = dict(
    id="b17de06_selenskyj_peking_2026_10",
    lang="de",
    published="2026-10-21",
    body="""
Erster China-Besuch seit Kriegsbeginn: Xi empfängt Selenskyj in Peking
Mehr als viereinhalb Jahre nach Beginn der russischen Invasion hat Chinas Staatschef Xi Jinping den ukrainischen Präsidenten Wolodymyr Selenskyj zu einem offiziellen Besuch in Peking empfangen.
Das Gespräch in der Großen Halle des Volkes am Dienstag dauerte nach Angaben aus Kiew mehr als zwei Stunden und damit deutlich länger als geplant.
Xi sagte nach Angaben der Staatsagentur Xinhua, China stehe „weder auf der einen noch auf der anderen Seite“, sondern auf der Seite des Friedens, und sei bereit, eine „konstruktive Rolle“ zu spielen.
Peking wolle gemeinsam mit Brasilien und anderen Staaten des globalen Südens eine Friedenskonferenz vorbereiten, an der Russland und die Ukraine gleichberechtigt teilnehmen könnten.

Selenskyj forderte Xi nach eigenen Angaben auf, die Ausfuhr von Bauteilen mit doppeltem Verwendungszweck nach Russland zu unterbinden, die in russischen Drohnen und Raketen verbaut würden.
Zudem vereinbarten beide Seiten, die Ausfuhr ukrainischen Getreides nach China auszuweiten und einen regelmäßigen Dialog ihrer Außenministerien einzurichten.
Außenminister Andrij Sybiha kam am Rande des Besuchs mit seinem chinesischen Amtskollegen Wang Yi zusammen.

In der Nacht zum Dienstag hatte Russland nach ukrainischen Angaben mehr als 400 Drohnen und Raketen auf die Ukraine abgefeuert, vor allem auf Kraftwerke im Westen des Landes.
In Moskau gab man sich betont gelassen.
Jedes Land habe das souveräne Recht, Gäste zu empfangen, sagte Kremlsprecher Dmitri Peskow; die Beziehungen zu China seien „so gut wie nie zuvor“.
Peskow verwies darauf, dass Präsident Wladimir Putin und Xi erst am Montag miteinander telefoniert hätten.
Außenminister Sergej Lawrow warnte, „neue Formate“ könnten die Gespräche nicht ersetzen, die Russland und die Ukraine im Frühjahr 2022 in Istanbul geführt hätten.

US-Präsident Donald Trump begrüßte den Besuch auf seiner Plattform Truth Social als „sehr gute Sache“, am Ende müssten Putin und Selenskyj den Deal aber „selbst machen“.
Die EU-Außenbeauftragte Kaja Kallas mahnte, China müsse seinen Einfluss auf Moskau nutzen, um die seit Monaten andauernden Angriffe auf die ukrainische Energieversorgung zu beenden.
Als nächsten Schritt kündigte Peking an, seinen Sondergesandten Li Hui im November erneut nach Moskau und Kiew zu schicken.
""",
    timexes=[
        T("Dienstag", "DATE", "2026-10-20"),
        T("mehr als zwei Stunden", "DURATION", "PT2H", mod="MORE_THAN"),
        T("der Nacht zum Dienstag", "TIME", "2026-10-19TNI", note="night of 19 to 20 October"),
        T("Montag", "DATE", "2026-10-19"),
        T("Frühjahr 2022", "DATE", "2022-SP"),
        T("Monaten", "DURATION", "PXM"),
        T("November", "DATE", "2026-11"),
    ],
    events=[
        E("Xi receives Zelensky in Beijing", "CONSULT", ["Xi Jinping", "Volodymyr Zelensky"],
          "2026-10-20", "context", "occurred", "Mehr als viereinhalb Jahre",
          note="dated by the Tuesday talks named in the next sentence"),
        E("Xi says China is ready to play a constructive role", "AGREE", ["Xi Jinping", "Volodymyr Zelensky"],
          "2026-10-20", "context", "occurred", "konstruktive Rolle"),
        E("China proposes a peace conference with Brazil open to Russia and Ukraine", "REQUEST",
          ["China", "Russia", "Ukraine"], "2026-10-20", "context", "occurred", "Friedenskonferenz"),
        E("Zelensky asks Xi to stop dual-use exports to Russia", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"],
          "2026-10-20", "context", "occurred", "doppeltem Verwendungszweck"),
        E("China and Ukraine agree to expand grain exports", "AGREE", ["China", "Ukraine"],
          "2026-10-20", "context", "occurred", "vereinbarten beide Seiten"),
        E("Regular dialogue of the two foreign ministries to be set up", "COOPERATE", ["China", "Ukraine"],
          "2026-10-21", "published", "planned", "vereinbarten beide Seiten"),
        E("Sybiha meets Wang Yi", "CONSULT", ["Andrii Sybiha", "China"],
          "2026-10-20", "context", "occurred", "Wang Yi", note="Wang Yi is not canonical and is credited to China"),
        E("Russian overnight attack with more than 400 drones and missiles", "ASSAULT", ["Russia", "Ukraine"],
          "2026-10-19TNI", "text", "occurred", "In der Nacht zum Dienstag"),
        E("Putin-Xi phone call", "CONSULT", ["Vladimir Putin", "Xi Jinping"],
          "2026-10-19", "text", "occurred", "erst am Montag"),
        E("Lavrov rejects new formats replacing the Istanbul talks", "REJECT", ["Sergey Lavrov", "China"],
          "2026-10-21", "published", "occurred", "neue Formate"),
        E("Russian-Ukrainian talks in Istanbul in spring 2022", "CONSULT", ["Russia", "Ukraine"],
          "2022-SP", "text", "occurred", "neue Formate"),
        E("Trump welcomes Zelensky's visit to China", "SUPPORT", ["Donald Trump", "Xi Jinping", "Volodymyr Zelensky"],
          "2026-10-21", "published", "occurred", "sehr gute Sache"),
        E("Trump: Putin and Zelensky must make the deal themselves", "REQUEST",
          ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2026-10-21", "published", "occurred",
          "sehr gute Sache"),
        E("Kallas urges China to use its influence on Moscow to stop the energy strikes", "REQUEST",
          ["Kaja Kallas", "China", "Russia"], "2026-10-21", "published", "occurred", "Einfluss auf Moskau"),
        E("Chinese envoy Li Hui to travel to Moscow and Kyiv", "CONSULT", ["China", "Russia", "Ukraine"],
          "2026-11", "text", "planned", "Li Hui", note="Li Hui is not canonical and is credited to China"),
    ],
    statements=[
        S("Ukraine", "The talks lasted more than two hours, longer than planned", "2026-10-20", "context",
          "nach Angaben aus Kiew"),
        S("Xi Jinping, via China", "China is on the side of peace and ready to play a constructive role",
          "2026-10-20", "context", "konstruktive Rolle"),
        S("Xi Jinping, via China", "Beijing wants to prepare a peace conference with Brazil open to both sides",
          "2026-10-20", "context", "Friedenskonferenz"),
        S("Volodymyr Zelensky", "Asked Xi to stop exports of dual-use parts to Russia", "2026-10-20", "context",
          "doppeltem Verwendungszweck"),
        S("Ukraine", "Russia fired more than 400 drones and missiles overnight", "2026-10-21", "published",
          "In der Nacht zum Dienstag"),
        S("Dmitry Peskov", "Every country may receive guests; relations with China are better than ever",
          "2026-10-21", "published", "souveräne Recht"),
        S("Dmitry Peskov", "Putin and Xi spoke by phone on Monday", "2026-10-21", "published", "erst am Montag"),
        S("Sergey Lavrov", "New formats cannot replace the Istanbul talks of spring 2022", "2026-10-21", "published",
          "neue Formate"),
        S("Donald Trump", "The visit is a very good thing, but Putin and Zelensky must make the deal themselves",
          "2026-10-21", "published", "sehr gute Sache"),
        S("Kaja Kallas", "China must use its influence on Moscow to end the attacks on the energy system",
          "2026-10-21", "published", "Einfluss auf Moskau"),
        S("China", "Special envoy Li Hui will travel to Moscow and Kyiv again in November", "2026-10-21", "published",
          "Li Hui"),
    ],
    actors=["Xi Jinping", "China", "Volodymyr Zelensky", "Ukraine", "Russia", "Andrii Sybiha", "Kremlin",
            "Dmitry Peskov", "Vladimir Putin", "Sergey Lavrov", "Donald Trump", "United States", "Kaja Kallas",
            "European Union"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
