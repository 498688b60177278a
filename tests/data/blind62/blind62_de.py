"""German articles of the blind62 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b62de01 (Fränkischer Tag)
DE01 = """
Merz drängt Trump in Evian zu mehr Druck auf Moskau

Evian-les-Bains/Bamberg. Bundeskanzler Friedrich Merz (CDU) hat US-Präsident Donald Trump am Rande des G7-Gipfels in Evian aufgefordert, gemeinsam mit den Europäern härter gegen die russische Schattenflotte vorzugehen.
Die beiden trafen sich am Sonntagabend zu einem knapp einstündigen Gespräch in einem Hotel oberhalb des Genfersees, noch bevor Gastgeber Emmanuel Macron die Staats- und Regierungschefs zum Abendessen empfing.
Nach Angaben aus deutschen Regierungskreisen ging es neben der Ukraine auch um Zölle und um die Lage im Nahen Osten.

Merz sagte am Montagmorgen vor Journalisten, er habe dem Präsidenten deutlich gemacht, dass Russland den Krieg nur beenden werde, wenn der wirtschaftliche Druck weiter steige.
„Wir müssen Putin die Einnahmen aus dem Ölgeschäft nehmen, und das geht nur, wenn Amerika und Europa an einem Strang ziehen“, sagte der Kanzler.
Deutschland sei zudem bereit, zwei weitere Patriot-Systeme für die Ukraine in den USA zu bezahlen, sofern Washington die Lieferung beschleunige.
Trump habe zugesagt, die Frage mit dem Pentagon zu prüfen, hieß es aus der Delegation.

Trump selbst gab sich nach dem Treffen gelassen.
Er habe ein „sehr gutes Gespräch“ mit dem Kanzler geführt, sagte er vor Reportern, und werde „in den nächsten Tagen“ mit Kremlchef Wladimir Putin telefonieren.
Neue Sanktionen schloss er nicht aus, wollte sich aber auf keinen Zeitpunkt festlegen: Man werde sehen, ob Moskau es ernst meine.
Zuletzt hatten die beiden Präsidenten Ende Mai miteinander telefoniert.

Der ukrainische Präsident Wolodymyr Selenskyj wird erst am Dienstag in Evian erwartet, wenn die G7 mit ihren Gästen über die Ukraine beraten.
Für den Nachmittag ist nach Angaben des Élysée-Palasts ein Dreiertreffen mit Macron und Trump geplant.
Selenskyj hatte in seiner Videoansprache am Sonntag an die Gipfelteilnehmer appelliert, die eingefrorenen russischen Staatsgelder „endlich vollständig“ für die Verteidigung seines Landes einzusetzen.
In der Nacht zum Montag griff Russland nach ukrainischen Angaben erneut Umspannwerke im Gebiet Charkiw mit Drohnen an.

In Moskau wurde der Gipfel mit Spott bedacht.
Kremlsprecher Dmitri Peskow sagte am Montag, die G7 hätten „längst an Bedeutung verloren“, die wichtigen Entscheidungen fielen in anderen Formaten.
Ein Telefonat zwischen Putin und Trump sei jederzeit möglich, konkrete Pläne gebe es derzeit aber nicht.
Russland war 2014 nach der Annexion der Krim aus der damaligen G8 ausgeschlossen worden; Trump hatte beim Gipfel im kanadischen Kananaskis vor einem Jahr bedauert, dass Moskau nicht mehr am Tisch sitze.

Auch in Oberfranken wird der Gipfel aufmerksam verfolgt.
Ein Sprecher der Industrie- und Handelskammer für Oberfranken sagte unserer Zeitung, viele Zulieferer in der Region litten unter den amerikanischen Zöllen und hofften, dass in Evian auch über eine Entspannung im Handelsstreit gesprochen werde.
"""

# ---------------------------------------------------------------- b62de02 (Solothurner Zeitung)
DE02 = """
G7 versprechen Kiew ein «Energieschild» für den Winter

Evian/Genf. Die Staats- und Regierungschefs der G7 – der USA, Frankreichs, Deutschlands, Grossbritanniens, Italiens, Japans und Kanadas – haben der Ukraine zum Abschluss ihres Gipfels in Evian milliardenschwere Hilfe für ihr Stromnetz zugesagt.
In der am Dienstagabend veröffentlichten Abschlusserklärung ist von einem «Energieschild» im Umfang von zwölf Milliarden Dollar die Rede, mit dem bis zum Winter Transformatoren, Gasturbinen und mobile Kraftwerke finanziert werden sollen.
Zugleich rufen die sieben Staaten Russland auf, einer Waffenruhe entlang der aktuellen Frontlinie zuzustimmen und die Angriffe auf die zivile Infrastruktur sofort einzustellen.
Drittstaaten, die Moskau mit Gütern für die Rüstungsproduktion belieferten, müssten mit «Konsequenzen» rechnen, heisst es in dem Text, der nach Angaben von Diplomaten vor allem auf China zielt.

Der ukrainische Präsident Wolodymyr Selenskyj war am Dienstagmorgen an den Genfersee gereist und hatte an der Arbeitssitzung zur Ukraine teilgenommen.
Am Nachmittag traf er US-Präsident Donald Trump und Gastgeber Emmanuel Macron zu einem Gespräch zu dritt, das nach Angaben des Élysée rund 45 Minuten dauerte.
Trump sagte anschliessend, er werde «sehr bald» mit Kremlchef Wladimir Putin sprechen und ihm die Botschaft der G7 überbringen.
Selenskyj nannte das Treffen «offen und nützlich», fügte aber hinzu, eine Waffenruhe dürfe nicht zur Anerkennung der Besetzung führen.
Am Rande des Gipfels kam er zudem mit der japanischen Regierungschefin Sanae Takaichi und der italienischen Ministerpräsidentin Giorgia Meloni zusammen.

Am Mittwochmorgen machte Selenskyj auf dem Rückweg Station in Genf, wo ihn Bundespräsident Guy Parmelin zu einem Arbeitsfrühstück empfing.
An einer anschliessenden Medienkonferenz bot Parmelin erneut an, Genf als Ort für Verhandlungen zwischen Russland und der Ukraine zur Verfügung zu stellen.
Die Schweiz sei bereit, «jede Form von Gesprächen» zu unterstützen, die zu einem gerechten Frieden führten, sagte der Bundespräsident.
Selenskyj dankte der Schweiz für ihre Hilfe bei der Minenräumung und lud Parmelin zu einem Besuch in Kiew im Herbst ein.

Aus Moskau kam scharfe Kritik.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, bezeichnete die Erklärung am Mittwoch als «Papier ohne jeden Wert».
Die G7 seien längst Kriegspartei und hätten kein Recht, Russland Bedingungen zu stellen, schrieb sie auf Telegram.
Kremlsprecher Dmitri Peskow sagte, Moskau sei offen für ein Gespräch zwischen Putin und Trump, ein Datum gebe es aber nicht.
Das Angebot aus Bern kommentierte er knapp: Die Schweiz habe ihre Neutralität mit der Übernahme der EU-Sanktionen aufgegeben.

Für die Schweiz war der Gipfel auch eine logistische Herausforderung.
Die Armee hatte seit Samstag bis zu 2000 Angehörige im Einsatz, um den französischen Luftraumschutz zu unterstützen, und der Flughafen Genf diente als Drehscheibe für die Delegationen.
Bereits im Juni 2024 hatte die Schweiz auf dem Bürgenstock eine Konferenz zum Frieden in der Ukraine ausgerichtet, an der Russland nicht teilnahm.
"""

# ---------------------------------------------------------------- b62de03 (Oberhessische Presse)
DE03 = """
Nato sagt Kiew in Ankara weitere Luftabwehr zu – Moskau spricht von „Kriegsrhetorik“

Ankara/Marburg. Mit dem Versprechen zusätzlicher Luftabwehrsysteme für die Ukraine und einem neuen Plan zur Verteidigung der Ostflanke ist am Mittwoch der Nato-Gipfel in der türkischen Hauptstadt zu Ende gegangen.
In ihrer Abschlusserklärung bezeichnen die 32 Bündnisstaaten Russland als „die größte und unmittelbarste Bedrohung“ für die Sicherheit der Allianz.
Die Verbündeten sicherten Kiew zu, im kommenden Jahr militärische Hilfe im Umfang von mindestens 40 Milliarden Euro zu leisten, und vereinbarten, bis Jahresende sechs weitere Patriot-Feuereinheiten zu liefern.

Generalsekretär Mark Rutte sprach auf seiner Abschlusspressekonferenz von einem „starken Signal der Geschlossenheit“.
Putin solle sich keine Illusionen machen: „Die Zeit arbeitet nicht für Moskau.“
Zuvor hatte der Nato-Ukraine-Rat erstmals auf Ebene der Staats- und Regierungschefs in Ankara getagt, an der gut zweistündigen Sitzung nahm auch der ukrainische Präsident Wolodymyr Selenskyj teil.
Er warb dort um Systeme zur Abwehr ballistischer Raketen und forderte die Verbündeten auf, die Ukraine im Herbst in ein gemeinsames Frühwarnnetz aufzunehmen.

Bundeskanzler Friedrich Merz war bereits am Dienstagnachmittag mit dem türkischen Präsidenten Recep Tayyip Erdoğan zusammengekommen.
Beide vereinbarten nach Angaben des Kanzleramts, die Gespräche über die Lieferung weiterer Eurofighter an die Türkei bis zum Herbst abzuschließen.
Erdoğan habe zugleich betont, die Türkei werde ihre Kanäle nach Moskau offenhalten, hieß es in Ankara.
Merz sagte am Mittwoch, Deutschland werde zwei der zugesagten Patriot-Einheiten stellen, und rief Russland auf, „den Weg zu ernsthaften Verhandlungen frei zu machen“.

US-Präsident Donald Trump, der nur am ersten Gipfeltag teilnahm, traf Selenskyj am Dienstagabend vor dem Abendessen im Präsidentenpalast.
Anschließend sagte er, er werde mit Kremlchef Wladimir Putin „noch in diesem Monat“ sprechen.

Die Antwort aus Moskau fiel scharf aus.
Kremlsprecher Dmitri Peskow warf dem Bündnis am Donnerstag vor, mit seiner „Kriegsrhetorik“ jede Aussicht auf eine politische Lösung zu untergraben.
Die Lieferung weiterer Patriot-Systeme verlängere den Konflikt nur, sagte Peskow.
Außenamtssprecherin Maria Sacharowa kündigte an, Russland werde auf die Pläne zur Verstärkung der Ostflanke „angemessen reagieren“.

Für die Region hat der Gipfel ganz praktische Folgen.
Die in Stadtallendorf stationierte Division Schnelle Kräfte soll nach den Beschlüssen von Ankara ab 2027 zu den Verbänden gehören, die die Nato binnen zehn Tagen an die Ostflanke verlegen kann.
Ein Sprecher der Division bestätigte auf Anfrage, man bereite sich seit Monaten auf die neue Rolle vor.
"""

# ---------------------------------------------------------------- b62de04 (Esslinger Zeitung)
DE04 = """
EU will Ukraine bis Jahresende alle Verhandlungskapitel öffnen

Lwiw/Esslingen. Die Europäische Union hat der Ukraine bei einem Gipfeltreffen in Lwiw zugesagt, bis Ende des Jahres alle noch ausstehenden Verhandlungskapitel für den Beitritt zu eröffnen.
Das kündigten EU-Ratspräsident António Costa und Kommissionspräsidentin Ursula von der Leyen am Donnerstag nach mehrstündigen Beratungen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj an.
Es war das erste EU-Ukraine-Gipfeltreffen seit Februar 2023, als die Spitzen der EU nach Kiew gereist waren.

In der gemeinsamen Erklärung bekräftigen beide Seiten das Ziel eines Beitritts bis 2030.
Von der Leyen kündigte zudem an, die zweite Tranche des 90-Milliarden-Kredits für die Jahre 2026 und 2027 im Umfang von 15 Milliarden Euro bis Mitte Juli auszuzahlen.
„Die Ukraine ist Teil unserer Familie, und diese Familie lässt niemanden im Stich“, sagte sie vor Journalisten im Rathaus der Stadt.
Costa lobte die Reformen der vergangenen Monate, mahnte aber weitere Schritte im Kampf gegen die Korruption an.

Selenskyj dankte der EU für ihre Unterstützung, forderte aber ein höheres Tempo.
Die Ukraine erfülle die Bedingungen, es dürfe „keine politischen Blockaden“ mehr geben, sagte er.
Die EU-Außenbeauftragte Kaja Kallas, die ebenfalls nach Lwiw gereist war, kündigte an, das 21. Sanktionspaket gegen Russland solle im Juni beschlossen werden.

Überschattet wurde das Treffen von einem schweren Luftangriff.
In der Nacht zum Donnerstag hatte Russland nach Angaben der ukrainischen Luftwaffe mehr als 300 Drohnen und 20 Raketen auf das Land abgefeuert, auch im Gebiet Lwiw wurden Industrieanlagen getroffen.
Von der Leyen sprach von einer „zynischen Botschaft“ des Kremls.

Moskau reagierte mit Hohn auf den Gipfel.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte das Treffen am Freitag eine „Propagandaveranstaltung“, die Brüssel nur dazu diene, den Krieg zu verlängern.
Kremlsprecher Dmitri Peskow sagte, der Beitritt zur EU sei das souveräne Recht jedes Staates, solange es nicht um militärische Bündnisse gehe.
Russland werde aber genau verfolgen, ob die EU ihre „Militarisierung“ unter dem Deckmantel der Erweiterung fortsetze.

Auch im Südwesten wird die Annäherung aufmerksam beobachtet.
Mehrere Maschinenbauer aus dem Kreis Esslingen haben in den vergangenen zwei Jahren Partnerschaften mit ukrainischen Betrieben geschlossen.
Die Industrie- und Handelskammer Region Stuttgart rechnet damit, dass sich mit den Beitrittsverhandlungen die Rechtssicherheit für Investitionen deutlich verbessert.
"""

# ---------------------------------------------------------------- b62de05 (Reutlinger General-Anzeiger)
DE05 = """
Trump trifft Selenskyj in New York – und setzt Putin eine Frist bis Jahresende

New York. US-Präsident Donald Trump hat am Rande der UN-Generaldebatte den ukrainischen Präsidenten Wolodymyr Selenskyj getroffen und den Druck auf Kremlchef Wladimir Putin erhöht.
Putin müsse sich bis Ende des Jahres zu einem direkten Treffen mit Selenskyj bereit erklären, sonst werde Washington die Zölle auf Einfuhren aus Ländern anheben, die russisches Öl kauften, sagte Trump am Dienstag nach dem rund 50-minütigen Gespräch in einem Hotel an der Park Avenue.
„Ich habe genug von Ausreden“, fügte er hinzu.

Schon in seiner Rede vor der Vollversammlung am Dienstagvormittag hatte Trump den Krieg als „sinnloses Gemetzel“ bezeichnet.
Er habe acht Kriege beendet, dieser sei der schwierigste, sagte er.
Selenskyj sprach nach dem Treffen von einem „wichtigen Signal“.
Die Ukraine sei zu einem Treffen auf Ebene der Staatschefs bereit, „an jedem Ort außer Moskau“, sagte er.
Er werde am Mittwoch vor der Vollversammlung sprechen und am Donnerstag an einer Sitzung des Sicherheitsrats teilnehmen.

UN-Generalsekretär António Guterres hatte die Generaldebatte am Dienstagmorgen mit einem Appell eröffnet, die Angriffe auf Städte und Energieanlagen sofort einzustellen.
Der Krieg gehe in sein fünftes Jahr, ohne dass ein Ende in Sicht sei, sagte Guterres.

Für die Bundesregierung ist Außenminister Johann Wadephul in New York.
Er traf am Dienstag seinen ukrainischen Amtskollegen Andrij Sybiha und sicherte der Ukraine weitere Unterstützung bei der Luftverteidigung zu.
Bundeskanzler Friedrich Merz hatte seine Teilnahme an der Generaldebatte bereits im August abgesagt.

Im Kreml wurde die Frist betont gelassen aufgenommen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, Putin sei zu einem Treffen mit Selenskyj bereit, allerdings nur in Moskau und erst, wenn ein unterschriftsreifes Abkommen vorliege.
Ultimaten seien „keine Sprache, in der man mit Russland spricht“, sagte Peskow.
Präsidentenberater Juri Uschakow kündigte an, Außenminister Sergej Lawrow werde am Donnerstag in New York mit US-Außenminister Marco Rubio zusammenkommen.
Lawrow soll am Samstag vor der Vollversammlung sprechen.

Vor einem Jahr hatte Trump in New York für Aufsehen gesorgt, als er Russland einen „Papiertiger“ nannte und erklärte, die Ukraine könne alle besetzten Gebiete zurückerobern.
Seit Februar haben sich die Unterhändler beider Seiten mehrfach in Genf und Abu Dhabi getroffen, ohne sich auf eine Waffenruhe zu einigen.
"""

# ---------------------------------------------------------------- b62de06 (Gießener Allgemeine)
DE06 = """
Lawrow bei der UNO: Gesprächsbereitschaft mit Bedingungen

New York/Gießen. Der russische Außenminister Sergej Lawrow hat vor der UN-Vollversammlung die Bereitschaft Moskaus zu Verhandlungen über ein Ende des Krieges in der Ukraine bekräftigt, zugleich aber an den bekannten Maximalforderungen festgehalten.
Russland sei bereit, „jederzeit“ zu verhandeln, sagte Lawrow am Samstag in seiner knapp halbstündigen Rede.
Eine Lösung müsse aber die „Realitäten vor Ort“ anerkennen, und die Ukraine müsse auf eine Mitgliedschaft in der Nato verzichten.
Den westlichen Staaten warf er vor, Kiew mit Waffenlieferungen zur Fortsetzung des Krieges zu drängen.

Bereits am Donnerstagabend war Lawrow in der russischen UN-Vertretung mit US-Außenminister Marco Rubio zusammengetroffen.
Beide hätten sich darauf verständigt, die Gespräche über die Arbeit der Botschaften fortzusetzen, sagte Lawrow am Samstag auf seiner Pressekonferenz.
Das US-Außenministerium teilte mit, Rubio habe eine Waffenruhe gefordert und die Bereitschaft der USA bekräftigt, ein Treffen zwischen Putin und Selenskyj zu vermitteln.
Am Freitag sprach Lawrow zudem mit UN-Generalsekretär António Guterres, der ihm nach Angaben seines Sprechers erneut Hilfe bei einem Austausch aller Gefangenen anbot.

Lawrow wies die Frist von US-Präsident Donald Trump zurück, der Putin am Dienstag aufgefordert hatte, sich bis Jahresende zu einem Treffen mit Selenskyj bereit zu erklären.
Drohungen mit Zöllen würden nichts ändern, sagte er.
Zugleich warf Lawrow den USA vor, mehreren russischen Journalisten die Visa für die Generaldebatte verweigert zu haben.

Der ukrainische Außenminister Andrij Sybiha reagierte noch am Samstagabend.
Lawrow habe „kein einziges neues Wort“ gesagt, schrieb er auf der Plattform X.
Wer Frieden wolle, müsse zuerst das Feuer einstellen.
Die Ukraine werde niemals auf Gebiete verzichten, die Russland noch nicht einmal erobert habe.

Am Sonntag legte Außenamtssprecherin Maria Sacharowa nach und bezeichnete die Rede von Präsident Wolodymyr Selenskyj vom Mittwoch als „Bettelei um Waffen“.
Kremlsprecher Dmitri Peskow sagte am Montag, ein Telefonat zwischen Trump und Putin sei in den kommenden Wochen möglich, aber noch nicht vereinbart.

Seit Februar haben russische und ukrainische Unterhändler in Genf drei Gesprächsrunden abgehalten.
Vereinbart wurden nur der Austausch von Gefangenen und die Rückgabe sterblicher Überreste, zuletzt Anfang September.
Eine vierte Runde ist nach Angaben aus Genf für Mitte Oktober geplant.
"""

G7_STATES = ["United States", "France", "Germany", "United Kingdom"]


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b62de01_merz_trump_evian_2026_06", "2026-06-15", DE01,
        [
            T("Sonntagabend", "TIME", "2026-06-14TEV"),
            T("knapp einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("Montagmorgen", "TIME", "2026-06-15TMO"),
            T("den nächsten Tagen", "DATE", "FUTURE_REF"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("Ende Mai", "DATE", "2026-05", mod="END"),
            T("Dienstag", "DATE", "2026-06-16"),
            T("Nachmittag", "TIME", "2026-06-16TAF"),
            T("Sonntag", "DATE", "2026-06-14"),
            T("der Nacht zum Montag", "TIME", "2026-06-14TNI", note="night of 14 to 15 June"),
            T("Montag", "DATE", "2026-06-15", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("2014", "DATE", "2014"),
            T("vor einem Jahr", "DATE", "2025", note="G7 summit in Kananaskis, June 2025"),
        ],
        [
            E("Merz urges Trump to act together with the Europeans against Russia's shadow fleet", "REQUEST",
              ["Friedrich Merz", "Donald Trump", "Russia"], "2026-06-14TEV", "context", "occurred",
              "hat US-Präsident Donald Trump am Rande des G7-Gipfels in Evian aufgefordert"),
            E("Merz and Trump meet on the sidelines of the G7 summit in Evian", "CONSULT",
              ["Friedrich Merz", "Donald Trump"], "2026-06-14TEV", "text", "occurred",
              "Die beiden trafen sich am Sonntagabend"),
            E("Macron hosts the G7 leaders for dinner", "CONSULT",
              ["Emmanuel Macron", "Friedrich Merz", "Donald Trump"], "2026-06-14TEV", "context", "occurred",
              "Die beiden trafen sich am Sonntagabend"),
            E("Germany offers to pay for two more Patriot systems for Ukraine in the US", "AID",
              ["Germany", "Ukraine", "United States"], "2026-06-15", "context", "planned",
              "zwei weitere Patriot-Systeme"),
            E("Merz's condition: Washington must speed up the delivery", "REQUEST", ["Germany", "United States"],
              "2026-06-15", "context", "occurred", "zwei weitere Patriot-Systeme"),
            E("Trump promises to examine the Patriot question with the Pentagon", "AGREE",
              ["Donald Trump", "Germany"], "2026-06-14TEV", "context", "occurred",
              "Trump habe zugesagt, die Frage mit dem Pentagon zu prüfen"),
            E("Trump to phone Putin in the next few days", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "mit Kremlchef Wladimir Putin telefonieren"),
            E("Trump does not rule out new sanctions against Russia", "THREATEN", ["Donald Trump", "Russia"],
              "2026-06-14", "context", "occurred", "Neue Sanktionen schloss er nicht aus"),
            E("Last Trump–Putin phone call at the end of May", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-05", "text", "occurred", "Zuletzt hatten die beiden Präsidenten Ende Mai", date_mod="END"),
            E("Zelensky to join the G7 session on Ukraine in Evian", "CONSULT",
              ["Volodymyr Zelensky", "Germany", "United States", "France"], "2026-06-16", "text", "planned",
              "wird erst am Dienstag in Evian erwartet"),
            E("Three-way meeting of Zelensky, Macron and Trump planned", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron", "Donald Trump"], "2026-06-16TAF", "text", "planned",
              "ein Dreiertreffen mit Macron und Trump geplant"),
            E("Zelensky appeals to the summit participants to use the frozen Russian assets for Ukraine's defence",
              "REQUEST", ["Volodymyr Zelensky", "Friedrich Merz", "Donald Trump", "Emmanuel Macron", "Russia"],
              "2026-06-14", "text", "occurred", "in seiner Videoansprache am Sonntag"),
            E("Russian drone attack on substations in the Kharkiv region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-06-14TNI", "text", "occurred", "In der Nacht zum Montag griff Russland"),
            E("Peskov: the G7 have long lost significance", "ACCUSE",
              ["Dmitry Peskov", "Germany", "United States", "France"], "2026-06-15", "text", "occurred",
              "längst an Bedeutung verloren"),
            E("Peskov: a Putin–Trump phone call is possible at any time", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2026-06-15", "context", "occurred",
              "Ein Telefonat zwischen Putin und Trump sei jederzeit möglich"),
            E("Russia excluded from the G8 after the annexation of Crimea", "SANCTION",
              ["Russia", "Germany", "United States", "France"], "2014", "text", "occurred",
              "aus der damaligen G8 ausgeschlossen"),
            E("Russia annexes Crimea", "COERCE", ["Russia", "Ukraine"], "2014", "context", "occurred",
              "aus der damaligen G8 ausgeschlossen"),
        ],
        [
            S("Friedrich Merz", "Urged Trump to act with the Europeans against Russia's shadow fleet", "2026-06-14",
              "context", "hat US-Präsident Donald Trump am Rande des G7-Gipfels in Evian aufgefordert"),
            S("Germany", "Government sources: the talks also covered tariffs and the Middle East", "2026-06-15",
              "published", "Nach Angaben aus deutschen Regierungskreisen"),
            S("Friedrich Merz", "Told Trump that Russia will only end the war if economic pressure keeps rising",
              "2026-06-15", "text", "Merz sagte am Montagmorgen"),
            S("Friedrich Merz", "We must take Putin's oil revenue away; only possible if America and Europe act together",
              "2026-06-15", "context", "Wir müssen Putin die Einnahmen"),
            S("Friedrich Merz", "Germany ready to pay for two more Patriot systems if Washington speeds up delivery",
              "2026-06-15", "context", "zwei weitere Patriot-Systeme"),
            S("Germany", "Delegation: Trump promised to examine the question with the Pentagon", "2026-06-15",
              "published", "Trump habe zugesagt, die Frage mit dem Pentagon zu prüfen"),
            S("Donald Trump", "Appeared relaxed after the meeting", "2026-06-14", "context",
              "Trump selbst gab sich nach dem Treffen gelassen"),
            S("Donald Trump", "A 'very good conversation' with the Chancellor; will phone Putin in the next few days",
              "2026-06-14", "context", "mit Kremlchef Wladimir Putin telefonieren"),
            S("Donald Trump", "Does not rule out new sanctions; will see whether Moscow is serious", "2026-06-14",
              "context", "Neue Sanktionen schloss er nicht aus"),
            S("France", "Élysée: a three-way meeting with Macron and Trump planned for Tuesday afternoon",
              "2026-06-15", "published", "ein Dreiertreffen mit Macron und Trump geplant"),
            S("Volodymyr Zelensky", "Appeals to the summit to use the frozen Russian assets fully for Ukraine's defence",
              "2026-06-14", "text", "in seiner Videoansprache am Sonntag"),
            S("Ukraine", "Russia attacked substations in the Kharkiv region with drones overnight", "2026-06-15",
              "published", "In der Nacht zum Montag griff Russland"),
            S("Dmitry Peskov", "The G7 have long lost significance; important decisions are made in other formats",
              "2026-06-15", "text", "längst an Bedeutung verloren"),
            S("Dmitry Peskov", "A Putin–Trump call is possible at any time, but no concrete plans at present",
              "2026-06-15", "context", "Ein Telefonat zwischen Putin und Trump sei jederzeit möglich"),
            S("Donald Trump", "Regretted at Kananaskis that Moscow no longer sits at the table", "2025", "text",
              "aus der damaligen G8 ausgeschlossen"),
        ],
        ["Friedrich Merz", "Donald Trump", "United States", "European Union", "Russia", "Emmanuel Macron",
         "Germany", "Ukraine", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky", "France", "Dmitry Peskov"],
    ),
    doc(
        "b62de02_g7_evian_energieschild_parmelin_2026_06", "2026-06-17", DE02,
        [
            T("den Winter", "DATE", "2026-WI"),
            T("Dienstagabend", "TIME", "2026-06-16TEV"),
            T("Winter", "DATE", "2026-WI", 1),
            T("Dienstagmorgen", "TIME", "2026-06-16TMO"),
            T("Nachmittag", "TIME", "2026-06-16TAF"),
            T("rund 45 Minuten", "DURATION", "PT45M", mod="APPROX"),
            T("sehr bald", "DATE", "FUTURE_REF"),
            T("Mittwochmorgen", "TIME", "2026-06-17TMO"),
            T("Herbst", "DATE", "2026-FA"),
            T("Mittwoch", "DATE", "2026-06-17"),
            T("Samstag", "DATE", "2026-06-13"),
            T("Juni 2024", "DATE", "2024-06"),
        ],
        [
            E("G7 summit in Evian ends", "CONSULT", G7_STATES, "2026-06-16", "context", "occurred",
              "zum Abschluss ihres Gipfels in Evian", note="summit 14–16 June 2026 (fiction)"),
            E("G7 pledge a 12-billion-dollar 'energy shield' for Ukraine's grid", "AID", G7_STATES + ["Ukraine"],
              "2026-06-16TEV", "text", "occurred", "In der am Dienstagabend veröffentlichten Abschlusserklärung"),
            E("G7 call on Russia to accept a ceasefire along the front line and stop attacks on infrastructure",
              "REQUEST", G7_STATES + ["Russia"], "2026-06-16", "context", "occurred",
              "Zugleich rufen die sieben Staaten Russland auf"),
            E("G7 warn third countries supplying Russia's arms industry of consequences", "THREATEN",
              G7_STATES + ["China"], "2026-06-16", "context", "occurred", "müssten mit «Konsequenzen» rechnen"),
            E("Zelensky takes part in the G7 working session on Ukraine", "CONSULT",
              ["Volodymyr Zelensky"] + G7_STATES, "2026-06-16", "context", "occurred",
              "hatte an der Arbeitssitzung zur Ukraine teilgenommen"),
            E("Zelensky, Trump and Macron meet", "CONSULT", ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"],
              "2026-06-16TAF", "text", "occurred", "Am Nachmittag traf er US-Präsident Donald Trump"),
            E("Trump to speak to Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "er werde «sehr bald» mit Kremlchef Wladimir Putin sprechen"),
            E("Zelensky: a ceasefire must not lead to recognition of the occupation", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2026-06-16", "context", "occurred",
              "eine Waffenruhe dürfe nicht zur Anerkennung der Besetzung führen"),
            E("Zelensky meets Meloni (and Takaichi) on the sidelines", "CONSULT",
              ["Volodymyr Zelensky", "Giorgia Meloni"], "2026-06-16", "context", "occurred",
              "Am Rande des Gipfels kam er zudem"),
            E("Parmelin receives Zelensky in Geneva for a working breakfast", "CONSULT", ["Volodymyr Zelensky"],
              "2026-06-17TMO", "text", "occurred", "Am Mittwochmorgen machte Selenskyj"),
            E("Switzerland offers Geneva as venue for Russia–Ukraine negotiations", "REQUEST", ["Russia", "Ukraine"],
              "2026-06-17", "context", "occurred", "bot Parmelin erneut an"),
            E("Zelensky thanks Switzerland for help with demining", "SUPPORT", ["Volodymyr Zelensky"],
              "2026-06-17", "context", "occurred", "Selenskyj dankte der Schweiz"),
            E("Zelensky invites Parmelin to Kyiv in the autumn", "REQUEST", ["Volodymyr Zelensky"], "2026-06-17",
              "context", "occurred", "Selenskyj dankte der Schweiz"),
            E("Zakharova dismisses the G7 declaration as worthless", "REJECT", ["Maria Zakharova"] + G7_STATES,
              "2026-06-17", "text", "occurred", "Papier ohne jeden Wert"),
            E("Zakharova calls the G7 a party to the war", "ACCUSE", ["Maria Zakharova"] + G7_STATES, "2026-06-17",
              "context", "occurred", "Die G7 seien längst Kriegspartei"),
            E("Peskov: Moscow open to a Putin–Trump conversation", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2026-06-17", "published", "occurred", "Moskau sei offen für ein Gespräch zwischen Putin und Trump"),
            E("Peskov dismisses the Swiss offer", "REJECT", ["Dmitry Peskov"], "2026-06-17", "published", "occurred",
              "Das Angebot aus Bern kommentierte er knapp"),
            E("Swiss army supports French air policing for the summit", "COOPERATE", ["France"], "2026-06-13", "text",
              "occurred", "Die Armee hatte seit Samstag", date_mod="START"),
            E("Bürgenstock conference on peace in Ukraine", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "auf dem Bürgenstock"),
            E("Russia does not take part in the Bürgenstock conference", "CONSULT", ["Russia"], "2024-06", "text",
              "cancelled", "auf dem Bürgenstock"),
        ],
        [
            S("Joint statement: United States, France, Germany, United Kingdom",
              "A 12-billion-dollar 'energy shield' for Ukraine's grid before winter", "2026-06-16", "text",
              "In der am Dienstagabend veröffentlichten Abschlusserklärung"),
            S("Joint statement: United States, France, Germany, United Kingdom",
              "Russia must accept a ceasefire along the current front line and stop attacks on civilian infrastructure",
              "2026-06-16", "context", "Zugleich rufen die sieben Staaten Russland auf"),
            S("Joint statement: United States, France, Germany, United Kingdom",
              "Third countries supplying Russia's arms industry must expect consequences", "2026-06-16", "context",
              "müssten mit «Konsequenzen» rechnen"),
            S("France", "Élysée: the three-way meeting lasted about 45 minutes", "2026-06-17", "published",
              "Am Nachmittag traf er US-Präsident Donald Trump"),
            S("Donald Trump", "Will speak to Putin very soon and pass on the G7's message", "2026-06-16", "context",
              "er werde «sehr bald» mit Kremlchef Wladimir Putin sprechen"),
            S("Volodymyr Zelensky", "The meeting was 'open and useful'; a ceasefire must not mean recognising the "
              "occupation", "2026-06-16", "context", "eine Waffenruhe dürfe nicht zur Anerkennung der Besetzung führen"),
            S("Volodymyr Zelensky", "Thanks Switzerland for its help with demining", "2026-06-17", "context",
              "Selenskyj dankte der Schweiz"),
            S("Russia", "Sharp criticism from Moscow", "2026-06-17", "published", "Aus Moskau kam scharfe Kritik"),
            S("Maria Zakharova", "The G7 declaration is 'a paper without any value'", "2026-06-17", "text",
              "Papier ohne jeden Wert"),
            S("Maria Zakharova", "The G7 are a party to the war and have no right to set Russia conditions",
              "2026-06-17", "context", "Die G7 seien längst Kriegspartei"),
            S("Dmitry Peskov", "Moscow is open to a Putin–Trump conversation, but there is no date", "2026-06-17",
              "published", "Moskau sei offen für ein Gespräch zwischen Putin und Trump"),
            S("Dmitry Peskov", "Switzerland gave up its neutrality by adopting the EU sanctions", "2026-06-17",
              "published", "Das Angebot aus Bern kommentierte er knapp"),
        ],
        ["United States", "France", "Germany", "United Kingdom", "Ukraine", "Russia", "China",
         "Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron", "Vladimir Putin", "Kremlin", "Giorgia Meloni",
         "Maria Zakharova", "Dmitry Peskov", "European Union"],
    ),
    doc(
        "b62de03_nato_ankara_merz_erdogan_2026_07", "2026-07-09", DE03,
        [
            T("Mittwoch", "DATE", "2026-07-08", 0),
            T("kommenden Jahr", "DATE", "2027"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("gut zweistündigen", "DURATION", "PT2H", mod="APPROX"),
            T("Herbst", "DATE", "2026-FA", 0),
            T("Dienstagnachmittag", "TIME", "2026-07-07TAF"),
            T("Herbst", "DATE", "2026-FA", 1),
            T("Mittwoch", "DATE", "2026-07-08", 1),
            T("Dienstagabend", "TIME", "2026-07-07TEV"),
            T("diesem Monat", "DATE", "2026-07"),
            T("Donnerstag", "DATE", "2026-07-09"),
            T("2027", "DATE", "2027"),
            T("zehn Tagen", "DURATION", "P10D"),
            T("Monaten", "DURATION", "PXM"),
        ],
        [
            E("NATO summit in Ankara ends", "CONSULT", ["NATO"], "2026-07-08", "text", "occurred",
              "ist am Mittwoch der Nato-Gipfel", note="summit 7–8 July 2026"),
            E("NATO declaration calls Russia the greatest and most direct threat", "ACCUSE", ["NATO", "Russia"],
              "2026-07-08", "context", "occurred", "In ihrer Abschlusserklärung bezeichnen die 32 Bündnisstaaten"),
            E("Allies pledge at least 40 billion euros of military aid to Ukraine next year", "AID",
              ["NATO", "Ukraine"], "2027", "text", "planned", "Die Verbündeten sicherten Kiew zu"),
            E("Allies to deliver six more Patriot fire units by the end of the year", "AID", ["NATO", "Ukraine"],
              "2026", "text", "planned", "Die Verbündeten sicherten Kiew zu", date_mod="END"),
            E("NATO-Ukraine Council meets at leaders' level with Zelensky", "CONSULT",
              ["NATO", "Volodymyr Zelensky", "Ukraine"], "2026-07-08", "context", "occurred",
              "Zuvor hatte der Nato-Ukraine-Rat"),
            E("Zelensky asks for ballistic-missile defence and for inclusion in an early-warning network", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2026-07-08", "context", "occurred",
              "Er warb dort um Systeme zur Abwehr ballistischer Raketen"),
            E("Merz meets Erdoğan", "CONSULT", ["Friedrich Merz", "Recep Tayyip Erdoğan"], "2026-07-07TAF", "text",
              "occurred", "war bereits am Dienstagnachmittag"),
            E("Merz and Erdoğan agree to conclude the Eurofighter talks by the autumn", "AGREE",
              ["Friedrich Merz", "Recep Tayyip Erdoğan"], "2026-07-07", "context", "occurred",
              "Beide vereinbarten nach Angaben des Kanzleramts"),
            E("Germany to provide two of the pledged Patriot units", "AID", ["Germany", "Ukraine"], "2026-07-08",
              "text", "planned", "Merz sagte am Mittwoch"),
            E("Merz calls on Russia to clear the way for serious negotiations", "REQUEST",
              ["Friedrich Merz", "Russia"], "2026-07-08", "text", "occurred", "Merz sagte am Mittwoch"),
            E("Trump meets Zelensky before the summit dinner", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2026-07-07TEV", "text", "occurred", "traf Selenskyj am Dienstagabend"),
            E("Trump to speak to Putin this month", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-07", "text",
              "planned", "noch in diesem Monat"),
            E("Peskov accuses NATO of undermining a political solution with 'war rhetoric'", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2026-07-09", "text", "occurred", "warf dem Bündnis am Donnerstag vor"),
            E("Zakharova announces an 'appropriate response' to the eastern-flank plans", "THREATEN",
              ["Maria Zakharova", "NATO"], "2026-07-09", "published", "occurred", "angemessen reagieren"),
            E("Division Schnelle Kräfte to join NATO's rapid eastern-flank forces from 2027", "MOBILIZE",
              ["Germany", "NATO"], "2027", "text", "planned", "Die in Stadtallendorf stationierte Division"),
        ],
        [
            S("NATO", "Russia is 'the greatest and most direct threat' to the Alliance", "2026-07-08", "context",
              "In ihrer Abschlusserklärung bezeichnen die 32 Bündnisstaaten"),
            S("NATO", "At least 40 billion euros of military aid next year and six more Patriot units by year end",
              "2026-07-08", "context", "Die Verbündeten sicherten Kiew zu"),
            S("Mark Rutte", "A 'strong signal of unity'", "2026-07-08", "context",
              "Abschlusspressekonferenz"),
            S("Mark Rutte", "Putin should have no illusions: time is not working for Moscow", "2026-07-08", "context",
              "Putin solle sich keine Illusionen machen"),
            S("Volodymyr Zelensky", "Asks for ballistic-missile defence and inclusion in a joint early-warning network",
              "2026-07-08", "context", "Er warb dort um Systeme zur Abwehr ballistischer Raketen"),
            S("Germany", "Chancellery: Merz and Erdoğan agreed to conclude the Eurofighter talks by autumn",
              "2026-07-09", "published", "Beide vereinbarten nach Angaben des Kanzleramts"),
            S("Recep Tayyip Erdoğan", "Turkey will keep its channels to Moscow open", "2026-07-07", "context",
              "die Türkei werde ihre Kanäle nach Moskau offenhalten"),
            S("Friedrich Merz", "Germany will provide two Patriot units; Russia must clear the way for serious talks",
              "2026-07-08", "text", "Merz sagte am Mittwoch"),
            S("Donald Trump", "Will speak to Putin this month", "2026-07-07", "context", "noch in diesem Monat"),
            S("Russia", "Moscow's answer was sharp", "2026-07-09", "published", "Die Antwort aus Moskau fiel scharf aus"),
            S("Dmitry Peskov", "NATO's 'war rhetoric' undermines any prospect of a political solution", "2026-07-09",
              "text", "warf dem Bündnis am Donnerstag vor"),
            S("Dmitry Peskov", "More Patriot deliveries only prolong the conflict", "2026-07-09", "context",
              "verlängere den Konflikt nur"),
            S("Maria Zakharova", "Russia will respond appropriately to the plans to reinforce the eastern flank",
              "2026-07-09", "published", "angemessen reagieren"),
            S("Germany", "The division has been preparing for its new role for months", "2026-07-09", "published",
              "Ein Sprecher der Division bestätigte"),
        ],
        ["NATO", "Ukraine", "Russia", "Turkey", "Mark Rutte", "Vladimir Putin", "Volodymyr Zelensky",
         "Friedrich Merz", "Germany", "Recep Tayyip Erdoğan", "Donald Trump", "United States", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b62de04_eu_ukraine_gipfel_lwiw_2026_05", "2026-05-29", DE04,
        [
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Ende des Jahres", "DATE", "2026", mod="END"),
            T("Donnerstag", "DATE", "2026-05-28", 0),
            T("mehrstündigen", "DURATION", "PXH"),
            T("Februar 2023", "DATE", "2023-02"),
            T("2030", "DATE", "2030"),
            T("2026", "DATE", "2026"),
            T("2027", "DATE", "2027"),
            T("Mitte Juli", "DATE", "2026-07", mod="MID"),
            T("der vergangenen Monate", "DATE", "PAST_REF"),
            T("Juni", "DATE", "2026-06"),
            T("der Nacht zum Donnerstag", "TIME", "2026-05-27TNI", note="night of 27 to 28 May"),
            T("Freitag", "DATE", "2026-05-29"),
            T("den vergangenen zwei Jahren", "DURATION", "P2Y"),
        ],
        [
            E("EU promises to open all remaining accession clusters by the end of the year", "AGREE",
              ["European Union", "Ukraine"], "2026-05-28", "context", "occurred",
              "hat der Ukraine bei einem Gipfeltreffen in Lwiw zugesagt"),
            E("Opening of all remaining negotiating clusters by the end of the year", "CONSULT",
              ["European Union", "Ukraine"], "2026", "text", "planned",
              "hat der Ukraine bei einem Gipfeltreffen in Lwiw zugesagt", date_mod="END"),
            E("EU–Ukraine summit in Lviv: Costa and von der Leyen with Zelensky", "CONSULT",
              ["European Union", "Ursula von der Leyen", "Volodymyr Zelensky"], "2026-05-28", "text", "occurred",
              "Das kündigten EU-Ratspräsident António Costa"),
            E("Previous EU–Ukraine summit in Kyiv", "CONSULT", ["European Union", "Ukraine"], "2023-02", "text",
              "occurred", "seit Februar 2023"),
            E("EU and Ukraine reaffirm the goal of accession by 2030", "AGREE", ["European Union", "Ukraine"],
              "2026-05-28", "context", "occurred", "bekräftigen beide Seiten das Ziel"),
            E("Second 15-billion-euro tranche of the EU loan to be paid out by mid-July", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2026-07", "text", "planned",
              "die zweite Tranche des 90-Milliarden-Kredits", date_mod="MID"),
            E("Costa praises Ukraine's reforms", "SUPPORT", ["European Union", "Ukraine"], "2026-05-28", "context",
              "occurred", "Costa lobte die Reformen"),
            E("Costa calls for further anti-corruption steps", "REQUEST", ["European Union", "Ukraine"],
              "2026-05-28", "context", "occurred", "Costa lobte die Reformen"),
            E("Zelensky thanks the EU for its support", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2026-05-28", "context", "occurred", "Selenskyj dankte der EU"),
            E("Zelensky demands a faster pace", "REQUEST", ["Volodymyr Zelensky", "European Union"], "2026-05-28",
              "context", "occurred", "Selenskyj dankte der EU"),
            E("21st EU sanctions package against Russia to be adopted in June", "SANCTION",
              ["Kaja Kallas", "European Union", "Russia"], "2026-06", "text", "planned", "das 21. Sanktionspaket"),
            E("Russian drone and missile attack on Ukraine, including the Lviv region", "ASSAULT",
              ["Russia", "Ukraine"], "2026-05-27TNI", "text", "occurred", "In der Nacht zum Donnerstag hatte Russland"),
            E("Von der Leyen calls the attack a cynical message from the Kremlin", "ACCUSE",
              ["Ursula von der Leyen", "Kremlin"], "2026-05-28", "context", "occurred", "zynischen Botschaft"),
            E("Zakharova calls the summit a propaganda event meant to prolong the war", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2026-05-29", "text", "occurred", "Propagandaveranstaltung"),
            E("Peskov: EU accession is a sovereign right", "SUPPORT", ["Dmitry Peskov", "Ukraine", "European Union"],
              "2026-05-29", "published", "occurred", "das souveräne Recht jedes Staates"),
            E("Peskov's condition: no military alliances", "REQUEST", ["Dmitry Peskov", "Ukraine"], "2026-05-29",
              "published", "occurred", "das souveräne Recht jedes Staates"),
            E("Peskov accuses the EU of militarisation under cover of enlargement", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-05-29", "published", "occurred", "Militarisierung"),
        ],
        [
            S("Joint statement: European Union, Ursula von der Leyen",
              "All remaining accession clusters to be opened by the end of the year", "2026-05-28", "text",
              "Das kündigten EU-Ratspräsident António Costa"),
            S("Joint statement: European Union, Ukraine", "Reaffirm the goal of accession by 2030", "2026-05-28",
              "context", "bekräftigen beide Seiten das Ziel"),
            S("Ursula von der Leyen", "Second loan tranche of 15 billion euros to be paid by mid-July", "2026-05-28",
              "context", "die zweite Tranche des 90-Milliarden-Kredits"),
            S("Ursula von der Leyen", "Ukraine is part of our family, and this family leaves no one behind",
              "2026-05-28", "context", "Die Ukraine ist Teil unserer Familie"),
            S("European Union", "Costa praises the reforms but urges further anti-corruption steps", "2026-05-28",
              "context", "Costa lobte die Reformen"),
            S("Volodymyr Zelensky", "Thanks the EU but demands a faster pace", "2026-05-28", "context",
              "Selenskyj dankte der EU"),
            S("Volodymyr Zelensky", "Ukraine meets the conditions; there must be no more political blockades",
              "2026-05-28", "context", "keine politischen Blockaden"),
            S("Kaja Kallas", "The 21st sanctions package against Russia should be adopted in June", "2026-05-28",
              "context", "das 21. Sanktionspaket"),
            S("Ukraine", "Air force: more than 300 drones and 20 missiles fired overnight", "2026-05-29", "published",
              "In der Nacht zum Donnerstag hatte Russland"),
            S("Ursula von der Leyen", "The attack was a 'cynical message' from the Kremlin", "2026-05-28", "context",
              "zynischen Botschaft"),
            S("Russia", "Moscow reacted to the summit with scorn", "2026-05-29", "published",
              "Moskau reagierte mit Hohn auf den Gipfel"),
            S("Maria Zakharova", "The summit is a propaganda event that only serves Brussels to prolong the war",
              "2026-05-29", "text", "Propagandaveranstaltung"),
            S("Dmitry Peskov", "EU accession is every state's sovereign right as long as it is not about military "
              "alliances", "2026-05-29", "published", "das souveräne Recht jedes Staates"),
            S("Dmitry Peskov", "Russia will watch whether the EU continues its 'militarisation' under cover of "
              "enlargement", "2026-05-29", "published", "Militarisierung"),
        ],
        ["European Union", "Ukraine", "Ursula von der Leyen", "Volodymyr Zelensky", "Kaja Kallas", "Russia",
         "Kremlin", "Maria Zakharova", "Dmitry Peskov"],
    ),
    doc(
        "b62de05_trump_selenskyj_unga_frist_2026_09", "2026-09-23", DE05,
        [
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Ende des Jahres", "DATE", "2026", mod="END"),
            T("Dienstag", "DATE", "2026-09-22", 0),
            T("rund 50-minütigen", "DURATION", "PT50M", mod="APPROX"),
            T("Dienstagvormittag", "TIME", "2026-09-22TMO"),
            T("Mittwoch", "DATE", "2026-09-23", 0),
            T("Donnerstag", "DATE", "2026-09-24", 0),
            T("Dienstagmorgen", "TIME", "2026-09-22TMO"),
            T("Dienstag", "DATE", "2026-09-22", 1),
            T("August", "DATE", "2026-08"),
            T("Mittwoch", "DATE", "2026-09-23", 1),
            T("Donnerstag", "DATE", "2026-09-24", 1),
            T("Samstag", "DATE", "2026-09-26"),
            T("Vor einem Jahr", "DATE", "2025", note="Trump's UN speech and remarks of September 2025"),
            T("Februar", "DATE", "2026-02"),
        ],
        [
            E("Trump meets Zelensky on the sidelines of the UN General Debate", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky"], "2026-09-22", "context", "occurred",
              "hat am Rande der UN-Generaldebatte den ukrainischen Präsidenten"),
            E("Trump gives Putin until the end of the year to agree to meet Zelensky, or higher tariffs follow",
              "THREATEN", ["Donald Trump", "Vladimir Putin"], "2026-09-22", "text", "occurred",
              "Putin müsse sich bis Ende des Jahres", note="deadline: end of 2026"),
            E("Zelensky welcomes the meeting as an important signal", "SUPPORT",
              ["Volodymyr Zelensky", "Donald Trump"], "2026-09-22", "context", "occurred", "wichtigen Signal"),
            E("Zelensky: Ukraine ready for a leaders' meeting", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-09-22", "context", "occurred", "an jedem Ort außer Moskau"),
            E("Zelensky rules out Moscow as venue", "REJECT", ["Volodymyr Zelensky", "Russia"], "2026-09-22",
              "context", "occurred", "an jedem Ort außer Moskau"),
            E("Zelensky to attend a Security Council session", "CONSULT", ["Volodymyr Zelensky", "United Nations"],
              "2026-09-24", "text", "planned", "an einer Sitzung des Sicherheitsrats teilnehmen"),
            E("Guterres appeals to stop attacks on cities and energy facilities immediately", "REQUEST",
              ["António Guterres"], "2026-09-22TMO", "text", "occurred", "mit einem Appell eröffnet"),
            E("Wadephul meets Sybiha", "CONSULT", ["Germany", "Andrii Sybiha"], "2026-09-22", "text", "occurred",
              "Er traf am Dienstag seinen ukrainischen Amtskollegen"),
            E("Germany promises further air-defence support to Ukraine", "AID", ["Germany", "Ukraine"],
              "2026-09-22", "context", "planned", "Er traf am Dienstag seinen ukrainischen Amtskollegen"),
            E("Merz cancels his participation in the General Debate", "CONSULT", ["Friedrich Merz", "United Nations"],
              "2026-09-22", "context", "cancelled", "hatte seine Teilnahme an der Generaldebatte",
              note="cancellation announced in August"),
            E("Peskov: Putin ready to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2026-09-23", "text", "occurred", "Putin sei zu einem Treffen mit Selenskyj bereit"),
            E("Kremlin conditions: only in Moscow and only with a signature-ready agreement", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2026-09-23", "text", "occurred",
              "Putin sei zu einem Treffen mit Selenskyj bereit"),
            E("Peskov rejects Trump's ultimatum", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2026-09-23",
              "context", "occurred", "Ultimaten seien"),
            E("Lavrov to meet Rubio in New York", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2026-09-24", "text",
              "planned", "Präsidentenberater Juri Uschakow kündigte an"),
            E("Trump calls Russia a 'paper tiger'", "ACCUSE", ["Donald Trump", "Russia"], "2025", "text", "occurred",
              "Papiertiger"),
            E("Russian and Ukrainian negotiators meet repeatedly in Geneva and Abu Dhabi", "CONSULT",
              ["Russia", "Ukraine"], "2026-02", "text", "occurred", "Seit Februar haben sich die Unterhändler",
              date_mod="START"),
            E("No agreement on a ceasefire", "REJECT", ["Russia", "Ukraine"], "2026-02", "text", "occurred",
              "Seit Februar haben sich die Unterhändler", date_mod="START"),
        ],
        [
            S("Donald Trump", "Putin must agree to meet Zelensky by the end of the year, or tariffs on buyers of "
              "Russian oil will rise", "2026-09-22", "text", "Putin müsse sich bis Ende des Jahres"),
            S("Donald Trump", "I've had enough of excuses", "2026-09-22", "context", "genug von Ausreden"),
            S("Donald Trump", "Called the war a 'senseless slaughter' in his UN speech", "2026-09-22", "text",
              "sinnloses Gemetzel"),
            S("Donald Trump", "Has ended eight wars; this one is the hardest", "2026-09-22", "context",
              "acht Kriege beendet"),
            S("Volodymyr Zelensky", "The meeting was an important signal", "2026-09-22", "context", "wichtigen Signal"),
            S("Volodymyr Zelensky", "Ukraine is ready for a leaders' meeting anywhere except Moscow", "2026-09-22",
              "context", "an jedem Ort außer Moskau"),
            S("Volodymyr Zelensky", "Will address the Assembly on Wednesday and attend the Security Council on Thursday",
              "2026-09-22", "context", "an einer Sitzung des Sicherheitsrats teilnehmen"),
            S("António Guterres", "Appeals to stop attacks on cities and energy facilities immediately",
              "2026-09-22", "text", "mit einem Appell eröffnet"),
            S("António Guterres", "The war enters its fifth year with no end in sight", "2026-09-22", "context",
              "ohne dass ein Ende in Sicht sei"),
            S("Germany", "Wadephul promises further air-defence support", "2026-09-22", "context",
              "Er traf am Dienstag seinen ukrainischen Amtskollegen"),
            S("Vladimir Putin, via Dmitry Peskov",
              "Ready to meet Zelensky, but only in Moscow and once a signature-ready agreement exists",
              "2026-09-23", "text", "Putin sei zu einem Treffen mit Selenskyj bereit"),
            S("Dmitry Peskov", "Ultimatums are not a language in which one speaks to Russia", "2026-09-23", "context",
              "Ultimaten seien"),
            S("Yuri Ushakov", "Lavrov will meet Rubio in New York on Thursday", "2026-09-23", "published",
              "Präsidentenberater Juri Uschakow kündigte an"),
            S("Donald Trump", "Called Russia a 'paper tiger'; Ukraine could win back all occupied territory", "2025",
              "text", "Papiertiger"),
        ],
        ["United States", "Donald Trump", "United Nations", "Volodymyr Zelensky", "Ukraine", "Kremlin",
         "Vladimir Putin", "Russia", "António Guterres", "Germany", "Andrii Sybiha", "Friedrich Merz",
         "Dmitry Peskov", "Yuri Ushakov", "Sergey Lavrov", "Marco Rubio"],
    ),
    doc(
        "b62de06_lawrow_uno_rede_rubio_2026_09", "2026-09-28", DE06,
        [
            T("Samstag", "DATE", "2026-09-26", 0),
            T("knapp halbstündigen", "DURATION", "PT30M", mod="APPROX"),
            T("Donnerstagabend", "TIME", "2026-09-24TEV"),
            T("Samstag", "DATE", "2026-09-26", 1),
            T("Freitag", "DATE", "2026-09-25"),
            T("Dienstag", "DATE", "2026-09-22"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Samstagabend", "TIME", "2026-09-26TEV"),
            T("Sonntag", "DATE", "2026-09-27"),
            T("Mittwoch", "DATE", "2026-09-23"),
            T("Montag", "DATE", "2026-09-28"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Februar", "DATE", "2026-02"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Anfang September", "DATE", "2026-09", mod="START"),
            T("Mitte Oktober", "DATE", "2026-10", mod="MID"),
        ],
        [
            E("Lavrov: Russia ready to negotiate at any time", "AGREE", ["Sergey Lavrov", "Ukraine"], "2026-09-26",
              "text", "occurred", "Russland sei bereit"),
            E("Lavrov's conditions: recognition of the 'realities on the ground' and no NATO membership for Ukraine",
              "REQUEST", ["Sergey Lavrov", "Ukraine", "NATO"], "2026-09-26", "context", "occurred",
              "Realitäten vor Ort"),
            E("Lavrov accuses Western states of pushing Kyiv to continue the war", "ACCUSE", ["Sergey Lavrov"],
              "2026-09-26", "context", "occurred", "Den westlichen Staaten warf er vor"),
            E("Lavrov and Rubio meet at the Russian UN mission", "CONSULT", ["Sergey Lavrov", "Marco Rubio"],
              "2026-09-24TEV", "text", "occurred", "Bereits am Donnerstagabend war Lawrow"),
            E("Lavrov and Rubio agree to continue talks on the embassies", "AGREE", ["Sergey Lavrov", "Marco Rubio"],
              "2026-09-24", "context", "occurred", "Beide hätten sich darauf verständigt"),
            E("Rubio demands a ceasefire", "REQUEST", ["Marco Rubio", "Sergey Lavrov"], "2026-09-24", "context",
              "occurred", "Rubio habe eine Waffenruhe gefordert"),
            E("US offers to broker a Putin–Zelensky meeting", "REQUEST",
              ["United States", "Vladimir Putin", "Volodymyr Zelensky"], "2026-09-24", "context", "occurred",
              "Rubio habe eine Waffenruhe gefordert"),
            E("Lavrov meets Guterres", "CONSULT", ["Sergey Lavrov", "António Guterres"], "2026-09-25", "text",
              "occurred", "Am Freitag sprach Lawrow zudem"),
            E("Guterres offers help with an all-for-all prisoner exchange", "REQUEST",
              ["António Guterres", "Sergey Lavrov"], "2026-09-25", "context", "occurred",
              "Am Freitag sprach Lawrow zudem"),
            E("Lavrov rejects Trump's deadline", "REJECT", ["Sergey Lavrov", "Donald Trump"], "2026-09-26",
              "context", "occurred", "Lawrow wies die Frist"),
            E("Trump's ultimatum to Putin to agree to a meeting with Zelensky by year end", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2026-09-22", "text", "occurred", "Lawrow wies die Frist",
              note="deadline: end of 2026"),
            E("Lavrov accuses the US of refusing visas to Russian journalists", "ACCUSE",
              ["Sergey Lavrov", "United States"], "2026-09-26", "context", "occurred",
              "mehreren russischen Journalisten die Visa"),
            E("Sybiha: Lavrov said not a single new word", "ACCUSE", ["Andrii Sybiha", "Sergey Lavrov"],
              "2026-09-26", "context", "occurred", "kein einziges neues Wort"),
            E("Sybiha demands that Russia first stop firing", "REQUEST", ["Andrii Sybiha", "Russia"], "2026-09-26",
              "context", "occurred", "Wer Frieden wolle"),
            E("Sybiha rules out giving up territory", "REJECT", ["Andrii Sybiha", "Russia"], "2026-09-26",
              "context", "occurred", "niemals auf Gebiete verzichten"),
            E("Zakharova calls Zelensky's speech 'begging for weapons'", "ACCUSE",
              ["Maria Zakharova", "Volodymyr Zelensky"], "2026-09-27", "text", "occurred", "Bettelei um Waffen"),
            E("Possible Trump–Putin phone call in the coming weeks", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "uncertain", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Three rounds of Russia–Ukraine talks in Geneva since February", "CONSULT", ["Russia", "Ukraine"],
              "2026-02", "text", "occurred", "Seit Februar haben russische", date_mod="START"),
            E("Agreements on prisoner exchanges and the return of remains, the last in early September", "AGREE",
              ["Russia", "Ukraine"], "2026-09", "text", "occurred", "Vereinbart wurden nur", date_mod="START"),
            E("Fourth round planned for mid-October", "CONSULT", ["Russia", "Ukraine"], "2026-10", "text", "planned",
              "Eine vierte Runde", date_mod="MID"),
        ],
        [
            S("Sergey Lavrov", "Russia is ready to negotiate at any time", "2026-09-26", "text", "Russland sei bereit"),
            S("Sergey Lavrov", "A solution must recognise the realities on the ground; Ukraine must give up NATO "
              "membership", "2026-09-26", "context", "Realitäten vor Ort"),
            S("Sergey Lavrov", "Western states push Kyiv to continue the war with arms deliveries", "2026-09-26",
              "context", "Den westlichen Staaten warf er vor"),
            S("Sergey Lavrov", "He and Rubio agreed to continue the talks on the embassies", "2026-09-26", "text",
              "Beide hätten sich darauf verständigt"),
            S("Marco Rubio", "Demanded a ceasefire; the US is ready to broker a Putin–Zelensky meeting", "2026-09-24",
              "context", "Rubio habe eine Waffenruhe gefordert"),
            S("António Guterres, via United Nations", "Offered again to help with an all-for-all prisoner exchange",
              "2026-09-25", "context", "Am Freitag sprach Lawrow zudem"),
            S("Sergey Lavrov", "Rejects Trump's deadline", "2026-09-26", "context", "Lawrow wies die Frist"),
            S("Sergey Lavrov", "Tariff threats will change nothing", "2026-09-26", "context",
              "Drohungen mit Zöllen würden nichts ändern"),
            S("Sergey Lavrov", "The US refused visas to several Russian journalists", "2026-09-26", "context",
              "mehreren russischen Journalisten die Visa"),
            S("Andrii Sybiha", "Reacted to Lavrov's speech on Saturday evening", "2026-09-26TEV", "text",
              "reagierte noch am Samstagabend"),
            S("Andrii Sybiha", "Lavrov said 'not a single new word'", "2026-09-26", "context",
              "kein einziges neues Wort"),
            S("Andrii Sybiha", "Whoever wants peace must first stop firing", "2026-09-26", "context",
              "Wer Frieden wolle"),
            S("Andrii Sybiha", "Ukraine will never give up territory Russia has not even conquered", "2026-09-26",
              "context", "niemals auf Gebiete verzichten"),
            S("Maria Zakharova", "Zelensky's speech was 'begging for weapons'", "2026-09-27", "text",
              "Bettelei um Waffen"),
            S("Dmitry Peskov", "A Trump–Putin call is possible in the coming weeks but not yet agreed", "2026-09-28",
              "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        ],
        ["Russia", "Sergey Lavrov", "United Nations", "Ukraine", "NATO", "United States", "Marco Rubio",
         "Vladimir Putin", "Volodymyr Zelensky", "António Guterres", "Donald Trump", "Andrii Sybiha",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
]
