"""German articles of the blind42 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b42de01 (Mittelbayerische Zeitung)
DE01 = """
Erste Verhandlungsrunde an der Grenze zu Belarus endet ohne Waffenruhe

Gomel/Kiew/Regensburg. Erstmals seit dem russischen Einmarsch am 24. Februar haben Unterhändler Russlands und der Ukraine direkt miteinander gesprochen.
Die Delegationen saßen am Montag fast fünf Stunden lang in einem Jagdhaus im belarussischen Grenzgebiet bei Gomel zusammen, wie beide Seiten am Abend mitteilten.
Eine Waffenruhe vereinbarten sie nicht; die Unterhändler reisten zu Beratungen in ihre Hauptstädte zurück.

Der russische Delegationsleiter Wladimir Medinski, ein Berater von Kremlchef Wladimir Putin, sagte im Anschluss, man habe einige Punkte gefunden, bei denen gemeinsame Positionen absehbar seien.
Die nächste Runde solle in den kommenden Tagen an der polnisch-belarussischen Grenze stattfinden.

Der ukrainische Präsidentenberater Mychajlo Podoljak erklärte, Kiew habe eine sofortige Waffenruhe und den Abzug aller russischen Truppen verlangt, auch von der Krim und aus dem Donbass.
Moskau habe seine Positionen sehr einseitig vorab festgelegt, die Gespräche seien schwierig gewesen.
Präsident Wolodymyr Selenskyj hatte der Runde am Sonntag nach einem Telefonat mit dem belarussischen Machthaber Alexander Lukaschenko zugestimmt.
Lukaschenko habe zugesichert, dass während der Gespräche keine Flugzeuge, Hubschrauber und Raketen von belarussischem Gebiet aus starten würden, teilte das Präsidialamt in Kiew damals mit.

Während die Delegationen verhandelten, beschoss die russische Armee nach ukrainischen Angaben Wohnviertel in Charkiw, dabei wurden Dutzende Menschen getötet.
Parallel dazu telefonierte Putin am Montag mit dem französischen Präsidenten Emmanuel Macron.
Nach Darstellung des Kremls nannte er als Bedingungen für eine Regelung die Anerkennung der russischen Souveränität über die Krim, eine Entmilitarisierung und eine sogenannte Entnazifizierung der Ukraine sowie einen neutralen Status des Landes.
Der Élysée-Palast teilte mit, Macron habe ein Ende der Angriffe auf Zivilisten und auf zivile Infrastruktur verlangt.

Selenskyj unterzeichnete am Montagabend den Antrag seines Landes auf Aufnahme in die Europäische Union und bat um ein beschleunigtes Verfahren.
Kremlsprecher Dmitri Peskow wollte die Ergebnisse der Gespräche nicht bewerten, solange die Delegation nicht Bericht erstattet habe.

In Regensburg, das seit 1990 mit Odessa eine Städtepartnerschaft pflegt, versammelten sich am Montagabend erneut mehrere hundert Menschen zu einer Mahnwache auf dem Neupfarrplatz.
Oberbürgermeisterin Gertrud Maltz-Schwarzfischer (SPD) sagte, die Stadt bereite sich darauf vor, Geflüchtete aus der Partnerstadt aufzunehmen.
"""

# ---------------------------------------------------------------- b42de02 (profil)
DE02 = """
Ein Friedensplan aus Rom, den niemand haben will

Es ist der erste ausformulierte Friedensplan eines EU-Landes für die Ukraine – und er wurde binnen weniger Tage zerpflückt.
Italiens Außenminister Luigi Di Maio hatte das Papier am Mittwoch in New York UN-Generalsekretär António Guterres überreicht.

Der Plan sieht vier Stufen vor: Zunächst sollen eine Waffenruhe unter Aufsicht der Vereinten Nationen und die Entmilitarisierung der Front folgen, dann Verhandlungen über eine Neutralität der Ukraine mit internationalen Garantien.
In einem dritten Schritt sollen Moskau und Kiew in einem bilateralen Abkommen die Zukunft der Krim und des Donbass regeln, am Ende soll ein neuer Sicherheitspakt für Europa stehen.

Aus Moskau kam vor allem Spott.
Der frühere Präsident Dmitri Medwedew schrieb am Freitag auf Telegram, das Papier wirke, als hätten es Provinzpolitologen nach der Lektüre von Lokalzeitungen verfasst.
Außenamtssprecherin Maria Sacharowa sagte, Russland habe den Plan nicht einmal erhalten, und warf dem Westen vor, die Ukraine mit Waffen vollzupumpen, statt nach Frieden zu suchen.
Außenminister Sergej Lawrow erklärte, wer ernsthaft verhandeln wolle, müsse die Lage vor Ort zur Kenntnis nehmen.

In Kiew stieß der Vorstoß ebenfalls auf Ablehnung.
Präsidentenberater Mychajlo Podoljak hatte bereits am Dienstag erklärt, die Verhandlungen mit Russland lägen auf Eis, weil Moskau zu keinem Zugeständnis bereit sei.
Der russische Vizeaußenminister Andrej Rudenko warf Kiew noch am selben Tag vor, sich faktisch aus dem Verhandlungsprozess zurückgezogen zu haben.
Präsident Wolodymyr Selenskyj sagte am Freitagabend in seiner Videoansprache, die Ukraine werde keinen Frieden um den Preis ihrer Gebiete schließen.

Italiens Regierungschef Mario Draghi, der vergangene Woche in Washington mit US-Präsident Joe Biden über Wege zu Verhandlungen gesprochen hatte, will nach Angaben aus Rom in den kommenden Tagen selbst mit Kreml-Chef Wladimir Putin telefonieren.
Auch Wien hält sich bereit: Außenminister Alexander Schallenberg (ÖVP) begrüßte jede Initiative, welche die Waffen zum Schweigen bringe, und bot Österreich erneut als Ort für Gespräche an.
Bundeskanzler Karl Nehammer (ÖVP) war im April als erster westlicher Regierungschef seit Kriegsbeginn bei Putin in Moskau gewesen – mit ernüchterndem Ergebnis.

Dass Rom mit seinem Vorstoß allein dasteht, zeigt auch das auffällige Schweigen aus Berlin und Paris.
Diplomaten in Brüssel rechnen nicht damit, dass die Staats- und Regierungschefs der EU vor ihrem Gipfel Ende Juni über eine gemeinsame Verhandlungslinie sprechen.
"""

# ---------------------------------------------------------------- b42de03 (Cicero)
DE03 = """
Die Landfrage: Warum jede Verhandlungsrunde am Donbass hängen bleibt

Wer verstehen will, warum die Gespräche über ein Ende des Krieges seit einem Jahr auf der Stelle treten, muss auf eine einzige Frage schauen: Wem gehört der Rest des Donbass?
Auch die zweite Runde der Dreiergespräche von Amerikanern, Russen und Ukrainern in Abu Dhabi ging in der vergangenen Woche ohne Durchbruch zu Ende.

Als sich US-Außenminister Marco Rubio und sein russischer Kollege Sergej Lawrow im Februar 2025 in Riad zum ersten Mal trafen, stand das Wort Donbass noch gar nicht auf der Tagesordnung.
Es ging um Botschaften, Direktflüge und die Rückkehr zu normalen Beziehungen.
Dabei war die Gebietsfrage schon im Frühjahr 2022 der wunde Punkt, als die Delegationen in Istanbul über einen Vertrag verhandelten, der die Neutralität der Ukraine gegen internationale Sicherheitsgarantien tauschen sollte.
Die Krim sollte für 15 Jahre ausgeklammert werden, über den Donbass wollten Selenskyj und Putin persönlich entscheiden – ein Treffen, zu dem es nie kam.

Im August vergangenen Jahres verlangte Putin beim Gipfel mit Donald Trump in Alaska nach übereinstimmenden Berichten den Abzug der ukrainischen Truppen aus dem Teil des Gebiets Donezk, den Russland nicht erobert hat.
Im Gegenzug bot er an, die Front in den Gebieten Saporischschja und Cherson einzufrieren.
Selenskyj wies das wenige Tage später bei Trump im Weißen Haus zurück: Die Verfassung erlaube es nicht, Land abzutreten.

Der 28-Punkte-Plan, den die Unterhändler Steve Witkoff und Kirill Dmitrijew im Herbst ausgearbeitet hatten, übernahm die russische Forderung fast wörtlich.
Der von Kiew kontrollierte Rest des Donbass sollte eine entmilitarisierte Pufferzone werden, die international als russisch anerkannt würde.
In Genf strich die ukrainische Delegation um Andrij Jermak Ende November gemeinsam mit US-Außenminister Rubio diese Passage; der überarbeitete Rahmen mit 20 Punkten lässt die Gebietsfrage offen und verweist sie an die Staatschefs.
Bei den Gesprächen in Berlin Mitte Dezember boten die Amerikaner Kiew Sicherheitsgarantien nach dem Vorbild des Nato-Beistands an, die Frage der Gebiete blieb ungelöst.

Moskau beharrt dennoch auf seiner Maximalforderung.
Juri Uschakow, der außenpolitische Berater Putins, sagte am Montag, ohne einen Abzug der ukrainischen Armee aus dem Donbass werde es keine dauerhafte Regelung geben.
Kiew schlägt stattdessen vor, die Truppen beider Seiten von der jetzigen Linie zurückzuziehen und dort eine entmilitarisierte Zone unter internationaler Aufsicht einzurichten.
Selenskyj hat zudem zugesagt, jedes Abkommen über Gebiete einem Referendum zu unterwerfen, für das eine Waffenruhe von mindestens 60 Tagen nötig wäre.
Washington wiederum wirbt für eine „freie Wirtschaftszone“ im Donbass, die weder russisch noch ukrainisch verwaltet würde.

Für die kommende Woche ist eine dritte Runde angesetzt, diesmal in Genf.
Ob sich dort mehr bewegt, hängt weniger an Karten als an der Frage, ob Putin überhaupt ein Ende des Krieges will und ob Trump bereit ist, dafür Druck auszuüben.
"""

# ---------------------------------------------------------------- b42de04 (Badische Neueste Nachrichten)
DE04 = """
Chinas Sondergesandter wirbt in Berlin für Friedensgespräche

Berlin/Peking. Der chinesische Sondergesandte Li Hui hat am Freitag im Auswärtigen Amt in Berlin für Friedensgespräche zwischen Russland und der Ukraine geworben.
Berlin war die vorletzte Station einer Reise, die ihn seit dem vergangenen Wochenende nach Moskau, Kiew und Brüssel geführt hatte; am Montag wird er in Paris erwartet.

In Moskau war Li vor einer Woche von Außenminister Sergej Lawrow empfangen worden.
Lawrow sagte nach dem Treffen, jede Regelung müsse die „Realitäten vor Ort“ berücksichtigen, und lobte die „ausgewogene Haltung“ Pekings.
Verhandlungsformate ohne Beteiligung Russlands nannte er sinnlos.

In Kiew traf der Diplomat am Donnerstag Außenminister Dmytro Kuleba und den Leiter des Präsidialamts, Andrij Jermak.
Kuleba machte nach ukrainischen Angaben deutlich, dass Kiew keine Gespräche akzeptiere, die den Konflikt einfrieren würden, und lud China zur geplanten Friedenskonferenz in der Schweiz ein.
Die Konferenz soll im Sommer stattfinden; ein Datum steht noch nicht fest.
Bereits im Mai vergangenen Jahres war Li in Kiew gewesen und damals von Präsident Wolodymyr Selenskyj empfangen worden.

In Brüssel hatte Li am Mittwoch mit Spitzenbeamten des Europäischen Auswärtigen Dienstes gesprochen.
Die EU forderte Peking nach Angaben eines Sprechers auf, seinen Einfluss auf Moskau zu nutzen und keine Güter zu liefern, die Russland militärisch nutzen könne.

Das Außenministerium in Peking sprach von „Pendeldiplomatie“, die einen Konsens für Friedensgespräche schaffen solle.
China hatte vor gut einem Jahr ein Positionspapier mit zwölf Punkten vorgelegt, das eine Waffenruhe und ein Ende einseitiger Sanktionen verlangt, einen Abzug der russischen Truppen aber nicht erwähnt.

Das Auswärtige Amt teilte mit, man habe in dem Gespräch betont, dass ein gerechter Frieden nur auf Grundlage der UN-Charta möglich sei.
Bundeskanzler Olaf Scholz will Mitte April zu einem dreitägigen Besuch nach China reisen und dort auch Staatschef Xi Jinping treffen.
Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau schätze die Bemühungen Chinas, sehe derzeit aber keine Grundlage für Verhandlungen mit Kiew.
"""

# ---------------------------------------------------------------- b42de05 (SR.de ticker)
DE05 = """
Ukraine-Krieg im Ticker: Kreml bestätigt Vorbereitung eines Gipfels von Putin und Trump

18.40 Uhr: Selenskyj verlangt, an Gesprächen über ein Kriegsende beteiligt zu werden.
„Die Ukraine hat keine Angst vor Treffen und erwartet dasselbe von Russland“, sagte er in seiner abendlichen Videoansprache.
Über die Ukraine dürfe nicht ohne die Ukraine entschieden werden.

18.05 Uhr: Kremlchef Wladimir Putin hat die Vereinigten Arabischen Emirate als möglichen Ort für ein Treffen mit Trump ins Gespräch gebracht.
„Wir haben viele Freunde, die bereit sind, uns bei der Organisation zu helfen“, sagte Putin nach einem Gespräch mit dem emiratischen Präsidenten Mohammed bin Said im Kreml.
Ein Treffen mit Selenskyj schloss er nicht grundsätzlich aus, dafür müssten aber erst die Voraussetzungen geschaffen werden, und davon sei man „leider noch weit entfernt“.

16.30 Uhr: Der außenpolitische Berater des Kremlchefs, Juri Uschakow, hat Pläne für einen Gipfel von Putin und Trump bestätigt.
Auf Vorschlag der amerikanischen Seite sei grundsätzlich vereinbart worden, in den kommenden Tagen ein Treffen der beiden Präsidenten abzuhalten, sagte Uschakow in Moskau.
Auch auf einen Ort habe man sich im Prinzip verständigt, er werde später bekanntgegeben.
Den in Washington ins Gespräch gebrachten Dreiergipfel mit Selenskyj habe Moskau dagegen unkommentiert gelassen.

14.10 Uhr: Die Frist, die US-Präsident Donald Trump Russland für ein Ende der Kämpfe gesetzt hat, läuft an diesem Freitag ab.
Trump hatte Ende Juli seine Frist auf zehn Tage verkürzt und mit Sanktionen gegen Käufer russischen Öls gedroht.
Ob Washington danach tatsächlich Strafmaßnahmen verhängt, ließ das Weiße Haus am Donnerstag offen.

12.45 Uhr: Bundeskanzler Friedrich Merz hat nach einem Telefonat mit Selenskyj verlangt, dass Europa bei allen Verhandlungen über die Ukraine mit am Tisch sitzt.
Schon am Mittwochabend hatten Trump, Selenskyj und mehrere europäische Regierungschefs, darunter Merz, miteinander telefoniert.

09.30 Uhr: Russland hat die Ukraine in der Nacht nach Angaben der ukrainischen Luftwaffe mit 108 Drohnen und zwei Raketen angegriffen.
Im Gebiet Saporischschja wurden nach Behördenangaben zwei Menschen getötet und zwölf verletzt.

08.15 Uhr: Im Saarland sind derzeit rund 13.500 Geflüchtete aus der Ukraine gemeldet, wie das Innenministerium in Saarbrücken mitteilte.
Die Zahl ist seit dem Frühjahr nahezu unverändert.

07.00 Uhr: Nach dem rund dreistündigen Treffen des US-Sondergesandten Steve Witkoff mit Putin am Mittwoch in Moskau hat Trump von „großen Fortschritten“ gesprochen.
Alle seien sich einig, dass dieser Krieg enden müsse, schrieb Trump auf seiner Plattform Truth Social.
Nach Angaben des Weißen Hauses will Trump Putin und Selenskyj schon bald treffen, zunächst getrennt und danach zu dritt.
Uschakow hatte das Gespräch mit Witkoff bereits am Mittwochabend als „nützlich und konstruktiv“ bezeichnet.
"""

# ---------------------------------------------------------------- b42de06 (Business Insider Deutschland)
DE06 = """
Sanktionen als Faustpfand: EU schickt Washington eigene Bedingungen für den Friedensplan

Die Europäische Union will bei einer möglichen Lockerung der Russland-Sanktionen nicht übergangen werden.
Wie Business Insider aus EU-Diplomatenkreisen erfuhr, hat die EU-Kommission der US-Regierung am Freitag ein vierseitiges Papier übermittelt, das Bedingungen für jeden Schritt einer Sanktionslockerung festlegt.

Demnach sollen europäische Sanktionen frühestens nach einer überprüften Waffenruhe von mindestens 90 Tagen gelockert werden, und auch dann nur schrittweise.
Die in der EU eingefrorenen Gelder der russischen Zentralbank sollen blockiert bleiben, bis Moskau für die Kriegsschäden in der Ukraine aufkommt.
Der US-Rahmenplan sieht dagegen vor, Strafmaßnahmen rasch aufzuheben und einen Teil der Gelder in amerikanisch-russische Investitionsfonds zu lenken.

EU-Außenbeauftragte Kaja Kallas sagte am Montag nach einem Treffen der Außenminister in Brüssel: „Wer über europäische Sanktionen verhandeln will, muss mit Europa verhandeln.“
Eine Lockerung ohne Gegenleistung würde Russland nur Zeit verschaffen, seine Armee neu aufzustellen.
Der ukrainische Außenminister Andrij Sybiha, der als Gast an dem Treffen teilnahm, forderte die Mitgliedstaaten auf, das 20. Sanktionspaket bis zum 24. Februar zu beschließen.

Präsident Wolodymyr Selenskyj hatte sich am Sonntag in einem Telefonat mit Kommissionspräsidentin Ursula von der Leyen hinter die europäische Linie gestellt.
Am Donnerstag will er in Davos US-Präsident Donald Trump treffen; nach Informationen aus Delegationskreisen sollen auch die Sondergesandten Steve Witkoff und Jared Kushner dabei sein.

In Moskau wies Kremlsprecher Dmitri Peskow die europäischen Bedingungen zurück.
Die Europäer hätten sich mit ihrer Politik selbst aus dem Verhandlungsprozess ausgeschlossen und könnten ihn nicht diktieren.
Der Sondergesandte Kirill Dmitrijew schrieb auf der Plattform X, die Aufhebung der Sanktionen sei „untrennbarer Teil jedes Friedens“.

Zusätzlichen Druck macht Budapest: Ministerpräsident Viktor Orbán hat gedroht, die Ende Januar fällige Verlängerung der Wirtschaftssanktionen zu blockieren, sollte Washington Moskau eine Lockerung anbieten.
Um solchen Blockaden vorzubeugen, hatten die Staats- und Regierungschefs im Dezember beschlossen, die russischen Zentralbankgelder unbefristet festzusetzen.
Eine Sprecherin der Kommission wollte sich zu dem Papier auf Anfrage nicht äußern.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (CEST)"

DOCS = [
    doc(
        "b42de01_gomel_erste_runde_2022_03", "2022-03-01", DE01,
        [
            T("24. Februar", "DATE", "2022-02-24"),
            T("Montag", "DATE", "2022-02-28", 0),
            T("fast fünf Stunden", "DURATION", "PT5H", mod="APPROX"),
            T("Abend", "TIME", "2022-02-28TEV"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Sonntag", "DATE", "2022-02-27"),
            T("Montag", "DATE", "2022-02-28", 1),
            T("Montagabend", "TIME", "2022-02-28TEV", 0),
            T("1990", "DATE", "1990"),
            T("Montagabend", "TIME", "2022-02-28TEV", 1),
        ],
        [
            E("Russia's invasion of Ukraine on 24 February", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text",
              "occurred", "Erstmals seit dem russischen Einmarsch"),
            E("First round of Russian-Ukrainian talks near Gomel, almost five hours", "CONSULT", ["Russia", "Ukraine"],
              "2022-02-28", "text", "occurred", "Die Delegationen saßen am Montag"),
            E("No ceasefire agreed at the Gomel talks", "REJECT", ["Russia", "Ukraine"], "2022-02-28", "context",
              "occurred", "Eine Waffenruhe vereinbarten sie nicht"),
            E("Next round to be held on the Polish-Belarusian border in the coming days", "CONSULT",
              ["Russia", "Ukraine"], "FUTURE_REF", "vague", "planned", "Die nächste Runde solle"),
            E("Kyiv demanded an immediate ceasefire and the withdrawal of all Russian troops", "REQUEST",
              ["Ukraine", "Russia"], "2022-02-28", "context", "occurred", "Kiew habe eine sofortige Waffenruhe"),
            E("Kyiv accuses Moscow of one-sided, pre-set positions", "ACCUSE", ["Ukraine", "Russia"], "2022-02-28",
              "context", "occurred", "Moskau habe seine Positionen sehr einseitig"),
            E("Zelensky-Lukashenko phone call", "CONSULT", ["Volodymyr Zelensky", "Alexander Lukashenko"],
              "2022-02-27", "text", "occurred", "hatte der Runde am Sonntag"),
            E("Zelensky agreed to the talks", "AGREE", ["Volodymyr Zelensky", "Russia"], "2022-02-27", "text",
              "occurred", "hatte der Runde am Sonntag"),
            E("Lukashenko promised no aircraft or missiles would be launched from Belarus during the talks", "AGREE",
              ["Alexander Lukashenko", "Ukraine"], "2022-02-27", "context", "occurred",
              "Lukaschenko habe zugesichert"),
            E("Russian shelling of residential districts of Kharkiv during the talks", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02-28", "context", "occurred", "beschoss die russische Armee"),
            E("Putin-Macron phone call", "CONSULT", ["Vladimir Putin", "Emmanuel Macron"], "2022-02-28", "text",
              "occurred", "telefonierte Putin am Montag"),
            E("Putin's conditions: recognition of Crimea, demilitarisation, 'denazification', neutrality", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2022-02-28", "context", "occurred", "nannte er als Bedingungen"),
            E("Macron demanded an end to attacks on civilians and civilian infrastructure", "REQUEST",
              ["Emmanuel Macron", "Vladimir Putin"], "2022-02-28", "context", "occurred",
              "Der Élysée-Palast teilte mit"),
            E("Zelensky signed Ukraine's EU membership application, asking for a fast-track procedure", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-02-28TEV", "text", "occurred",
              "unterzeichnete am Montagabend den Antrag"),
        ],
        [
            S("Russia", "Both sides reported the talks in the evening", "2022-02-28TEV", "text",
              "Die Delegationen saßen am Montag"),
            S("Ukraine", "Both sides reported the talks in the evening", "2022-02-28TEV", "text",
              "Die Delegationen saßen am Montag"),
            S("Vladimir Medinsky", "Some points found where common positions can be foreseen", "2022-02-28",
              "context", "man habe einige Punkte gefunden"),
            S("Vladimir Medinsky", "Next round in the coming days on the Polish-Belarusian border", "2022-02-28",
              "context", "Die nächste Runde solle"),
            S("Ukraine", "Podolyak: Kyiv demanded an immediate ceasefire and withdrawal, including from Crimea and "
              "Donbas", "2022-02-28", "context", "Kiew habe eine sofortige Waffenruhe"),
            S("Ukraine", "Podolyak: Moscow's positions one-sided, talks difficult", "2022-02-28", "context",
              "Moskau habe seine Positionen sehr einseitig"),
            S("Alexander Lukashenko, via Ukraine", "Assured that no aircraft or missiles would take off from Belarus "
              "during the talks", "2022-02-27", "context", "Lukaschenko habe zugesichert"),
            S("Ukraine", "Residential districts of Kharkiv shelled, dozens killed", "2022-02-28", "context",
              "beschoss die russische Armee"),
            S("Vladimir Putin, via Kremlin", "Conditions: Crimea recognised as Russian, demilitarisation, "
              "'denazification', neutral status", "2022-02-28", "context", "nannte er als Bedingungen"),
            S("Emmanuel Macron, via France", "Demanded an end to attacks on civilians", "2022-02-28", "context",
              "Der Élysée-Palast teilte mit"),
            S("Dmitry Peskov", "Will not assess the results before the delegation reports", "2022-03-01",
              "published", "Kremlsprecher Dmitri Peskow wollte"),
        ],
        ["Russia", "Ukraine", "Vladimir Medinsky", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky",
         "Alexander Lukashenko", "Belarus", "Emmanuel Macron", "France", "European Union", "Dmitry Peskov"],
    ),
    doc(
        "b42de02_italien_friedensplan_2022_05", "2022-05-21", DE02,
        [
            T("weniger Tage", "DURATION", "PXD"),
            T("Mittwoch", "DATE", "2022-05-18"),
            T("Freitag", "DATE", "2022-05-20"),
            T("Dienstag", "DATE", "2022-05-17"),
            T("selben Tag", "DATE", "2022-05-17"),
            T("Freitagabend", "TIME", "2022-05-20TEV"),
            T("vergangene Woche", "DATE", "2022-W19"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("April", "DATE", "2022-04"),
            T("Ende Juni", "DATE", "2022-06", mod="END"),
        ],
        [
            E("Di Maio hands the Italian plan to Guterres in New York", "CONSULT", ["António Guterres"],
              "2022-05-18", "text", "occurred", "Papier am Mittwoch in New York"),
            E("Italy's four-step peace plan (UN-supervised ceasefire, neutrality with guarantees, Crimea/Donbas deal, "
              "European security pact)", "REQUEST", ["António Guterres", "Russia", "Ukraine"], "2022-05-18", "text",
              "occurred", "Papier am Mittwoch in New York"),
            E("Medvedev mocks and dismisses the Italian plan", "REJECT", ["Russia"], "2022-05-20", "text",
              "occurred", "Dmitri Medwedew schrieb am Freitag"),
            E("Zakharova accuses the West of pumping Ukraine full of weapons", "ACCUSE", ["Maria Zakharova"],
              "2022-05-21", "published", "occurred", "Außenamtssprecherin Maria Sacharowa sagte"),
            E("Lavrov: whoever wants to negotiate must accept the situation on the ground", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2022-05-21", "published", "occurred",
              "Außenminister Sergej Lawrow erklärte"),
            E("Kyiv puts the negotiations with Russia on hold", "REJECT", ["Ukraine", "Russia"], "2022-05-17", "text",
              "occurred", "Podoljak hatte bereits am Dienstag"),
            E("Podolyak blames Moscow's unwillingness to make concessions", "ACCUSE", ["Ukraine", "Russia"],
              "2022-05-17", "text", "occurred", "Podoljak hatte bereits am Dienstag"),
            E("Rudenko accuses Kyiv of having effectively withdrawn from the talks", "ACCUSE", ["Russia", "Ukraine"],
              "2022-05-17", "text", "occurred", "Andrej Rudenko warf Kiew"),
            E("Zelensky rules out peace at the price of Ukrainian territory", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2022-05-20TEV", "text", "occurred",
              "Selenskyj sagte am Freitagabend"),
            E("Draghi-Biden talks in Washington on paths to negotiations", "CONSULT", ["Joe Biden"], "2022-W19",
              "text", "occurred", "Mario Draghi, der vergangene Woche"),
            E("Draghi plans to phone Putin in the coming days", "CONSULT", ["Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "Mario Draghi, der vergangene Woche"),
            E("Nehammer visited Putin in Moscow in April", "CONSULT", ["Vladimir Putin"], "2022-04", "text",
              "occurred", "Karl Nehammer (ÖVP) war im April"),
            E("EU summit at the end of June", "CONSULT", ["European Union"], "2022-06", "text", "planned",
              "vor ihrem Gipfel Ende Juni", date_mod="END"),
        ],
        [
            S("Russia", "Mockery from Moscow", "2022-05-21", "published", "Aus Moskau kam vor allem Spott"),
            S("Russia", "Medvedev: the plan looks written by provincial political scientists", "2022-05-20", "text",
              "Dmitri Medwedew schrieb am Freitag"),
            S("Maria Zakharova", "Russia did not receive the plan; the West pumps Ukraine full of weapons",
              "2022-05-21", "published", "Außenamtssprecherin Maria Sacharowa sagte"),
            S("Sergey Lavrov", "Serious negotiators must take note of the situation on the ground", "2022-05-21",
              "published", "Außenminister Sergej Lawrow erklärte"),
            S("Ukraine", "Podolyak: talks with Russia on hold because Moscow will not compromise", "2022-05-17",
              "text", "Podoljak hatte bereits am Dienstag"),
            S("Russia", "Rudenko: Kyiv has effectively withdrawn from the negotiating process", "2022-05-17", "text",
              "Andrej Rudenko warf Kiew"),
            S("Volodymyr Zelensky", "Ukraine will not make peace at the price of its territory", "2022-05-20TEV",
              "text", "Selenskyj sagte am Freitagabend"),
        ],
        ["António Guterres", "United Nations", "European Union", "Russia", "Ukraine", "Maria Zakharova",
         "Sergey Lavrov", "Volodymyr Zelensky", "Joe Biden", "United States", "Vladimir Putin", "Kremlin",
         "Germany", "France"],
    ),
    doc(
        "b42de03_cicero_landfrage_2026_02", "2026-02-11", DE03,
        [
            T("einem Jahr", "DURATION", "P1Y"),
            T("der vergangenen Woche", "DATE", "2026-W06"),
            T("Februar 2025", "DATE", "2025-02"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("15 Jahre", "DURATION", "P15Y"),
            T("August vergangenen Jahres", "DATE", "2025-08"),
            T("Herbst", "DATE", "2025-FA"),
            T("Ende November", "DATE", "2025-11", mod="END"),
            T("Mitte Dezember", "DATE", "2025-12", mod="MID"),
            T("Montag", "DATE", "2026-02-09"),
            T("mindestens 60 Tagen", "DURATION", "P60D", mod="EQUAL_OR_MORE"),
            T("die kommende Woche", "DATE", "2026-W08"),
        ],
        [
            E("Second round of US-Russia-Ukraine talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W06", "text", "occurred", "Auch die zweite Runde der Dreiergespräche",
              note="held on 4-5 February 2026"),
            E("No breakthrough in the second Abu Dhabi round", "REJECT", ["Russia", "Ukraine"], "2026-W06", "text",
              "occurred", "Auch die zweite Runde der Dreiergespräche"),
            E("First Rubio-Lavrov meeting in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-02", "text",
              "occurred", "im Februar 2025 in Riad", note="18 February 2025"),
            E("Russian-Ukrainian negotiations in Istanbul on neutrality for security guarantees", "CONSULT",
              ["Russia", "Ukraine"], "2022-SP", "text", "occurred", "schon im Frühjahr 2022 der wunde Punkt",
              note="Istanbul round of 29 March 2022"),
            E("Planned Zelensky-Putin meeting on the Donbas never took place", "CONSULT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-SP", "context", "cancelled",
              "ein Treffen, zu dem es nie kam"),
            E("Trump-Putin summit in Alaska", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-08", "text",
              "occurred", "Im August vergangenen Jahres verlangte Putin", note="15 August 2025"),
            E("Putin demanded Ukraine's withdrawal from the rest of Donetsk", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-08", "text", "occurred", "Im August vergangenen Jahres verlangte Putin"),
            E("Putin offered to freeze the front in Zaporizhzhia and Kherson in return", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2025-08", "context", "occurred", "Im Gegenzug bot er an"),
            E("Zelensky meets Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-08",
              "context", "occurred", "bei Trump im Weißen Haus zurück", note="18 August 2025"),
            E("Zelensky rejects giving up land", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"], "2025-08",
              "context", "occurred", "bei Trump im Weißen Haus zurück"),
            E("Witkoff and Dmitriev drafted the 28-point plan", "REQUEST", ["Steve Witkoff", "Kirill Dmitriev"],
              "2025-FA", "text", "occurred", "Der 28-Punkte-Plan"),
            E("US-Ukrainian talks in Geneva (Yermak, Rubio)", "CONSULT",
              ["Andriy Yermak", "Ukraine", "Marco Rubio", "United States"], "2025-11", "text", "occurred",
              "In Genf strich die ukrainische Delegation", date_mod="END"),
            E("Geneva: passage on the Donbas struck, revised 20-point framework", "AGREE", ["Ukraine", "United States"],
              "2025-11", "text", "occurred", "In Genf strich die ukrainische Delegation", date_mod="END"),
            E("Talks in Berlin", "CONSULT", ["United States", "Ukraine"], "2025-12", "text", "occurred",
              "Bei den Gesprächen in Berlin", date_mod="MID"),
            E("US offered Kyiv security guarantees modelled on NATO's mutual defence", "AGREE",
              ["United States", "Ukraine"], "2025-12", "text", "occurred", "Bei den Gesprächen in Berlin",
              date_mod="MID"),
            E("Ushakov: no lasting settlement without Ukraine's withdrawal from the Donbas", "REQUEST",
              ["Yuri Ushakov", "Ukraine"], "2026-02-09", "text", "occurred", "sagte am Montag, ohne einen Abzug"),
            E("Kyiv proposes mutual pull-back and a demilitarised zone under international supervision", "REQUEST",
              ["Ukraine", "Russia"], "2026-02-11", "published", "occurred", "Kiew schlägt stattdessen vor"),
            E("Zelensky promised a referendum on any territorial agreement", "AGREE", ["Volodymyr Zelensky"],
              "2026-02-11", "published", "occurred", "einem Referendum zu unterwerfen",
              note="no date given for the promise"),
            E("Referendum would require a ceasefire of at least 60 days", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-02-11", "published", "occurred", "einem Referendum zu unterwerfen"),
            E("Washington promotes a 'free economic zone' in the Donbas", "REQUEST",
              ["United States", "Russia", "Ukraine"], "2026-02-11", "published", "occurred",
              "Washington wiederum wirbt"),
            E("Third trilateral round planned in Geneva next week", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W08", "text", "planned", "Für die kommende Woche ist eine dritte Runde"),
        ],
        [
            S("Volodymyr Zelensky", "The constitution does not allow giving up land", "2025-08", "context",
              "bei Trump im Weißen Haus zurück"),
            S("Russia", "Moscow insists on its maximum demand", "2026-02-11", "published",
              "Moskau beharrt dennoch"),
            S("Yuri Ushakov", "No lasting settlement without Ukrainian withdrawal from the Donbas", "2026-02-09",
              "text", "sagte am Montag, ohne einen Abzug"),
            S("Volodymyr Zelensky", "Any territorial agreement will be put to a referendum", "2026-02-11",
              "published", "einem Referendum zu unterwerfen"),
        ],
        ["United States", "Russia", "Ukraine", "Marco Rubio", "Sergey Lavrov", "Volodymyr Zelensky",
         "Vladimir Putin", "Donald Trump", "Steve Witkoff", "Kirill Dmitriev", "Andriy Yermak", "NATO",
         "Yuri Ushakov"],
    ),
    doc(
        "b42de04_li_hui_pendeldiplomatie_2024_03", "2024-03-09", DE04,
        [
            T("Freitag", "DATE", "2024-03-08", 0),
            T("dem vergangenen Wochenende", "DATE", "2024-W09-WE"),
            T("Montag", "DATE", "2024-03-11"),
            T("vor einer Woche", "DATE", "2024-W09"),
            T("Donnerstag", "DATE", "2024-03-07"),
            T("Sommer", "DATE", "2024-SU"),
            T("Mai vergangenen Jahres", "DATE", "2023-05"),
            T("Mittwoch", "DATE", "2024-03-06"),
            T("vor gut einem Jahr", "DATE", "2023", mod="APPROX"),
            T("Mitte April", "DATE", "2024-04", mod="MID"),
            T("dreitägigen", "DURATION", "P3D"),
            T("Freitag", "DATE", "2024-03-08", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Li Hui meets officials at the German Foreign Office", "CONSULT", ["China", "Germany"], "2024-03-08",
              "text", "occurred", "hat am Freitag im Auswärtigen Amt"),
            E("China's envoy urges peace talks between Russia and Ukraine", "REQUEST", ["China", "Russia", "Ukraine"],
              "2024-03-08", "text", "occurred", "hat am Freitag im Auswärtigen Amt"),
            E("Li Hui expected in Paris on Monday", "CONSULT", ["China", "France"], "2024-03-11", "text", "planned",
              "am Montag wird er in Paris erwartet"),
            E("Lavrov receives Li Hui in Moscow", "CONSULT", ["China", "Sergey Lavrov"], "2024-W09", "text",
              "occurred", "In Moskau war Li vor einer Woche"),
            E("Lavrov: any settlement must take the 'realities on the ground' into account", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2024-W09", "context", "occurred", "Lawrow sagte nach dem Treffen"),
            E("Lavrov praises Beijing's 'balanced position'", "SUPPORT", ["Sergey Lavrov", "China"], "2024-W09",
              "context", "occurred", "Lawrow sagte nach dem Treffen"),
            E("Lavrov dismisses negotiating formats without Russia as pointless", "REJECT", ["Sergey Lavrov"],
              "2024-W09", "context", "occurred", "Verhandlungsformate ohne Beteiligung Russlands"),
            E("Li Hui meets Kuleba and Yermak in Kyiv", "CONSULT", ["China", "Ukraine", "Andriy Yermak"],
              "2024-03-07", "text", "occurred", "In Kiew traf der Diplomat am Donnerstag"),
            E("Kyiv rejects talks that would freeze the conflict", "REJECT", ["Ukraine", "China"], "2024-03-07",
              "context", "occurred", "Kuleba machte nach ukrainischen Angaben deutlich"),
            E("Kuleba invites China to the peace conference in Switzerland", "REQUEST", ["Ukraine", "China"],
              "2024-03-07", "context", "occurred", "Kuleba machte nach ukrainischen Angaben deutlich"),
            E("Peace conference in Switzerland planned for the summer", "CONSULT", ["Ukraine"], "2024-SU", "text",
              "planned", "Die Konferenz soll im Sommer"),
            E("Zelensky received Li Hui in Kyiv in May 2023", "CONSULT", ["China", "Volodymyr Zelensky"], "2023-05",
              "text", "occurred", "Bereits im Mai vergangenen Jahres"),
            E("Li Hui meets EEAS officials in Brussels", "CONSULT", ["China", "European Union"], "2024-03-06", "text",
              "occurred", "In Brüssel hatte Li am Mittwoch"),
            E("EU urges Beijing to use its influence on Moscow and not to supply militarily usable goods", "REQUEST",
              ["European Union", "China"], "2024-03-06", "context", "occurred", "Die EU forderte Peking"),
            E("China's twelve-point position paper calling for a ceasefire and an end to unilateral sanctions",
              "REQUEST", ["China"], "2023", "text", "occurred", "China hatte vor gut einem Jahr",
              date_mod="APPROX", note="presented on 24 February 2023"),
            E("Germany stresses that a just peace is possible only on the basis of the UN Charter", "REQUEST",
              ["Germany", "China"], "2024-03-08", "context", "occurred", "Das Auswärtige Amt teilte mit"),
            E("Scholz to visit China and meet Xi in mid-April", "CONSULT", ["Olaf Scholz", "Xi Jinping"], "2024-04",
              "text", "planned", "Bundeskanzler Olaf Scholz will Mitte April", date_mod="MID"),
            E("Peskov: Moscow appreciates China's efforts", "SUPPORT", ["Dmitry Peskov", "China"], "2024-03-08",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Peskov: currently no basis for negotiations with Kyiv", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-03-08", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
        ],
        [
            S("China", "Li Hui urges peace talks between Russia and Ukraine", "2024-03-08", "text",
              "hat am Freitag im Auswärtigen Amt"),
            S("Sergey Lavrov", "Any settlement must reflect the realities on the ground; praises China's balanced "
              "position", "2024-W09", "context", "Lawrow sagte nach dem Treffen"),
            S("Sergey Lavrov", "Formats without Russia are pointless", "2024-W09", "context",
              "Verhandlungsformate ohne Beteiligung Russlands"),
            S("Ukraine", "Kuleba: no talks that freeze the conflict; China invited to the Swiss conference",
              "2024-03-07", "context", "Kuleba machte nach ukrainischen Angaben deutlich"),
            S("European Union", "Beijing should use its influence on Moscow and not supply militarily usable goods",
              "2024-03-06", "context", "Die EU forderte Peking"),
            S("China", "Foreign ministry: shuttle diplomacy to build consensus for peace talks", "2024-03-09",
              "published", "Das Außenministerium in Peking"),
            S("Germany", "Foreign Office: a just peace only on the basis of the UN Charter", "2024-03-08", "context",
              "Das Auswärtige Amt teilte mit"),
            S("Dmitry Peskov", "Moscow appreciates China's efforts but sees no basis for talks with Kyiv",
              "2024-03-08", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
        ],
        ["China", "Germany", "Russia", "Ukraine", "France", "Sergey Lavrov", "Andriy Yermak", "Volodymyr Zelensky",
         "European Union",
         "United Nations", "Olaf Scholz", "Xi Jinping", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b42de05_ticker_witkoff_moskau_2025_08", "2025-08-07", DE05,
        [
            T("18.40 Uhr", "TIME", "2025-08-07T18:40", note=LIVE),
            T("abendlichen", "SET", "P1D"),
            T("18.05 Uhr", "TIME", "2025-08-07T18:05", note=LIVE),
            T("16.30 Uhr", "TIME", "2025-08-07T16:30", note=LIVE),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("14.10 Uhr", "TIME", "2025-08-07T14:10", note=LIVE),
            T("diesem Freitag", "DATE", "2025-08-08"),
            T("Ende Juli", "DATE", "2025-07", mod="END"),
            T("zehn Tage", "DURATION", "P10D"),
            T("Donnerstag", "DATE", "2025-08-07"),
            T("12.45 Uhr", "TIME", "2025-08-07T12:45", note=LIVE),
            T("Mittwochabend", "TIME", "2025-08-06TEV", 0),
            T("09.30 Uhr", "TIME", "2025-08-07T09:30", note=LIVE),
            T("der Nacht", "TIME", "2025-08-06TNI", note="night to Thursday 7 August"),
            T("08.15 Uhr", "TIME", "2025-08-07T08:15", note=LIVE),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("dem Frühjahr", "DATE", "2025-SP"),
            T("07.00 Uhr", "TIME", "2025-08-07T07:00", note=LIVE),
            T("rund dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("Mittwoch", "DATE", "2025-08-06"),
            T("bald", "DATE", "FUTURE_REF"),
            T("Mittwochabend", "TIME", "2025-08-06TEV", 1),
        ],
        [
            E("Zelensky demands that Ukraine not be decided on without Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin"], "2025-08-07", "published", "occurred",
              "Über die Ukraine dürfe nicht"),
            E("Putin proposes the UAE as venue for a meeting with Trump", "REQUEST",
              ["Vladimir Putin", "Donald Trump"], "2025-08-07", "published", "occurred",
              "als möglichen Ort für ein Treffen mit Trump"),
            E("Putin meets UAE President Mohammed bin Zayed in the Kremlin", "CONSULT", ["Vladimir Putin"],
              "2025-08-07", "published", "occurred", "nach einem Gespräch mit dem emiratischen Präsidenten"),
            E("Putin does not rule out a meeting with Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-08-07", "published", "occurred", "Ein Treffen mit Selenskyj schloss er"),
            E("Putin: conditions for a meeting with Zelensky must first be created", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2025-08-07", "published", "occurred",
              "Ein Treffen mit Selenskyj schloss er"),
            E("US proposed a Putin-Trump meeting", "REQUEST", ["United States", "Russia"], "2025-08-07", "published",
              "occurred", "Auf Vorschlag der amerikanischen Seite",
              note="proposal made around Witkoff's visit of 6 August; no day given"),
            E("Russia and the US agree in principle on a summit", "AGREE", ["Russia", "United States"], "2025-08-07",
              "published", "occurred", "Auf Vorschlag der amerikanischen Seite"),
            E("Putin-Trump meeting in the coming days", "CONSULT", ["Vladimir Putin", "Donald Trump"], "FUTURE_REF",
              "vague", "planned", "Auf Vorschlag der amerikanischen Seite"),
            E("Agreement in principle on the venue", "AGREE", ["Russia", "United States"], "2025-08-07", "published",
              "occurred", "Auch auf einen Ort habe man sich"),
            E("Trump cut his deadline for Russia to ten days and threatened sanctions on buyers of Russian oil",
              "THREATEN", ["Donald Trump", "Russia"], "2025-07", "text", "occurred",
              "Trump hatte Ende Juli seine Frist", date_mod="END", note="deadline Friday 8 August 2025"),
            E("Possible US sanctions after the deadline left open", "SANCTION", ["United States", "Russia"],
              "2025-08-08", "context", "uncertain", "ließ das Weiße Haus am Donnerstag offen"),
            E("Merz-Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2025-08-07",
              "published", "occurred", "Bundeskanzler Friedrich Merz hat nach einem Telefonat"),
            E("Merz demands that Europe sit at the table in all negotiations on Ukraine", "REQUEST",
              ["Friedrich Merz", "United States"], "2025-08-07", "published", "occurred",
              "Bundeskanzler Friedrich Merz hat nach einem Telefonat"),
            E("Call of Trump, Zelensky and European leaders including Merz", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "Friedrich Merz", "European Union"], "2025-08-06TEV", "text",
              "occurred", "Schon am Mittwochabend hatten Trump"),
            E("Russian night attack with 108 drones and two missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2025-08-06TNI", "text", "occurred", "Russland hat die Ukraine in der Nacht"),
            E("Witkoff meets Putin in Moscow for about three hours", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-08-06", "text", "occurred", "Nach dem rund dreistündigen Treffen"),
            E("Trump plans to meet Putin soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "Nach Angaben des Weißen Hauses will Trump"),
            E("Trump plans a three-way meeting with Putin and Zelensky", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "FUTURE_REF", "vague", "planned",
              "Nach Angaben des Weißen Hauses will Trump"),
        ],
        [
            S("Volodymyr Zelensky", "Demands to be involved in talks on ending the war", "2025-08-07", "published",
              "Selenskyj verlangt, an Gesprächen"),
            S("Volodymyr Zelensky", "Ukraine is not afraid of meetings and expects the same of Russia", "2025-08-07",
              "published", "Die Ukraine hat keine Angst vor Treffen"),
            S("Volodymyr Zelensky", "Nothing about Ukraine without Ukraine", "2025-08-07", "published",
              "Über die Ukraine dürfe nicht"),
            S("Vladimir Putin", "The UAE is a possible venue for a meeting with Trump", "2025-08-07", "published",
              "als möglichen Ort für ein Treffen mit Trump"),
            S("Vladimir Putin", "Many friends ready to help organise it", "2025-08-07", "published",
              "Wir haben viele Freunde"),
            S("Vladimir Putin", "Meeting with Zelensky not ruled out, but conditions still far off", "2025-08-07",
              "published", "Ein Treffen mit Selenskyj schloss er"),
            S("Yuri Ushakov", "Confirms plans for a Putin-Trump summit", "2025-08-07", "published",
              "Juri Uschakow, hat Pläne"),
            S("Yuri Ushakov", "Agreed in principle at US suggestion to hold a meeting in the coming days",
              "2025-08-07", "published", "Auf Vorschlag der amerikanischen Seite"),
            S("Yuri Ushakov", "Venue agreed in principle, to be announced later", "2025-08-07", "published",
              "Auch auf einen Ort habe man sich"),
            S("Yuri Ushakov", "Moscow left the proposed three-way summit uncommented", "2025-08-07", "published",
              "Den in Washington ins Gespräch gebrachten"),
            S("White House", "Left open whether sanctions will follow the deadline", "2025-08-07", "text",
              "ließ das Weiße Haus am Donnerstag offen"),
            S("Friedrich Merz", "Europe must sit at the table in all negotiations on Ukraine", "2025-08-07",
              "published", "Bundeskanzler Friedrich Merz hat nach einem Telefonat"),
            S("Ukraine", "Air force: 108 drones and two missiles overnight", "2025-08-07", "published",
              "Russland hat die Ukraine in der Nacht"),
            S("Ukraine", "Two killed and twelve injured in the Zaporizhzhia region", "2025-08-07", "published",
              "Im Gebiet Saporischschja wurden"),
            S("Donald Trump", "Great progress after the Witkoff-Putin meeting", "2025-08-06", "context",
              "Nach dem rund dreistündigen Treffen"),
            S("Donald Trump", "Everyone agrees this war must end", "2025-08-06", "context",
              "Alle seien sich einig"),
            S("Donald Trump, via White House", "Wants to meet Putin and Zelensky soon, first separately, then "
              "together", "2025-08-07", "published", "Nach Angaben des Weißen Hauses will Trump"),
            S("Yuri Ushakov", "The talk with Witkoff was useful and constructive", "2025-08-06TEV", "text",
              "Uschakow hatte das Gespräch mit Witkoff"),
        ],
        ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Kremlin", "Yuri Ushakov", "United States",
         "Russia", "Ukraine", "White House", "Friedrich Merz", "Germany", "European Union", "Steve Witkoff"],
    ),
    doc(
        "b42de06_eu_sanktionsbedingungen_2026_01", "2026-01-20", DE06,
        [
            T("Freitag", "DATE", "2026-01-16"),
            T("mindestens 90 Tagen", "DURATION", "P90D", mod="EQUAL_OR_MORE"),
            T("Montag", "DATE", "2026-01-19"),
            T("24. Februar", "DATE", "2026-02-24"),
            T("Sonntag", "DATE", "2026-01-18"),
            T("Donnerstag", "DATE", "2026-01-22"),
            T("Ende Januar", "DATE", "2026-01", mod="END"),
            T("Dezember", "DATE", "2025-12"),
        ],
        [
            E("EU Commission sends Washington a paper with conditions for any sanctions relief", "REQUEST",
              ["European Union", "United States"], "2026-01-16", "text", "occurred",
              "hat die EU-Kommission der US-Regierung am Freitag"),
            E("EU condition: sanctions eased only after a verified ceasefire of at least 90 days", "REQUEST",
              ["European Union", "Russia"], "2026-01-16", "context", "occurred",
              "Demnach sollen europäische Sanktionen"),
            E("EU: central-bank assets stay blocked until Russia pays for war damage", "REQUEST",
              ["European Union", "Russia"], "2026-01-16", "context", "occurred",
              "Die in der EU eingefrorenen Gelder"),
            E("US framework foresees quick lifting of sanctions and US-Russian investment funds", "REQUEST",
              ["United States", "Russia"], "2026-01-20", "published", "occurred", "Der US-Rahmenplan sieht",
              note="standing proposal; no date given"),
            E("EU foreign ministers' meeting in Brussels with Sybiha as guest", "CONSULT",
              ["European Union", "Kaja Kallas", "Andrii Sybiha", "Ukraine"], "2026-01-19", "text", "occurred",
              "Kaja Kallas sagte am Montag"),
            E("Kallas: whoever wants to negotiate about European sanctions must negotiate with Europe", "REQUEST",
              ["Kaja Kallas", "United States"], "2026-01-19", "text", "occurred", "Kaja Kallas sagte am Montag"),
            E("Sybiha calls on member states to adopt the 20th package by 24 February", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-01-19", "context", "occurred",
              "forderte die Mitgliedstaaten auf"),
            E("Zelensky-von der Leyen phone call", "CONSULT", ["Volodymyr Zelensky", "Ursula von der Leyen"],
              "2026-01-18", "text", "occurred", "hatte sich am Sonntag in einem Telefonat"),
            E("Zelensky backs the European line", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2026-01-18",
              "text", "occurred", "hatte sich am Sonntag in einem Telefonat"),
            E("Zelensky to meet Trump in Davos, Witkoff present", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "Steve Witkoff"], "2026-01-22", "text", "planned",
              "Am Donnerstag will er in Davos"),
            E("Peskov rejects the European conditions", "REJECT", ["Dmitry Peskov", "European Union"], "2026-01-20",
              "published", "occurred", "wies Kremlsprecher Dmitri Peskow"),
            E("Peskov: the Europeans excluded themselves from the negotiating process", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-01-20", "published", "occurred",
              "Die Europäer hätten sich"),
            E("Dmitriev: lifting sanctions an inseparable part of any peace", "REQUEST", ["Kirill Dmitriev"],
              "2026-01-20", "published", "occurred", "Kirill Dmitrijew schrieb"),
            E("Orbán threatens to block the sanctions rollover due at the end of January", "THREATEN",
              ["Viktor Orbán", "European Union"], "2026-01-20", "published", "occurred",
              "Viktor Orbán hat gedroht", note="rollover due at the end of January 2026; threat undated"),
            E("EU leaders decided in December to immobilise Russian central-bank assets indefinitely", "SANCTION",
              ["European Union", "Russia"], "2025-12", "text", "occurred", "hatten die Staats- und Regierungschefs"),
        ],
        [
            S("Kaja Kallas", "Whoever wants to negotiate about European sanctions must negotiate with Europe",
              "2026-01-19", "text", "Kaja Kallas sagte am Montag"),
            S("Kaja Kallas", "Relief without something in return would only give Russia time to rebuild its army",
              "2026-01-19", "context", "Eine Lockerung ohne Gegenleistung"),
            S("Andrii Sybiha", "Member states should adopt the 20th package by 24 February", "2026-01-19",
              "context", "forderte die Mitgliedstaaten auf"),
            S("Volodymyr Zelensky", "Backs the European line", "2026-01-18", "text",
              "hatte sich am Sonntag in einem Telefonat"),
            S("Dmitry Peskov", "Rejects the European conditions", "2026-01-20", "published",
              "wies Kremlsprecher Dmitri Peskow"),
            S("Dmitry Peskov", "The Europeans excluded themselves and cannot dictate the process", "2026-01-20",
              "published", "Die Europäer hätten sich"),
            S("Kirill Dmitriev", "Lifting sanctions is an inseparable part of any peace", "2026-01-20", "published",
              "Kirill Dmitrijew schrieb"),
            S("Viktor Orbán", "Threatens to block the sanctions rollover if Washington offers relief", "2026-01-20",
              "published", "Viktor Orbán hat gedroht"),
        ],
        ["European Union", "United States", "Russia", "Ukraine", "Kaja Kallas", "Andrii Sybiha",
         "Volodymyr Zelensky", "Ursula von der Leyen", "Donald Trump", "Steve Witkoff", "Dmitry Peskov", "Kremlin",
         "Kirill Dmitriev", "Viktor Orbán"],
    ),
]
