"""German articles of the blind19 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------------------------------------
# b19de01: Tagesspiegel-style report, Friday 2 December 2022.
DE01 = dict(
    id="b19de01_biden_gespraechsbereit_scholz_putin_2022_12",
    lang="de",
    published="2022-12-02",
    body="""
Biden gesprächsbereit, Scholz am Telefon: Der Westen tastet sich an Putin heran
Zum ersten Mal seit Monaten hat US-Präsident Joe Biden die Tür zu einem Gespräch mit Wladimir Putin öffentlich einen Spalt weit geöffnet.
„Ich bin bereit, mit Herrn Putin zu sprechen, wenn er tatsächlich nach einem Weg sucht, diesen Krieg zu beenden“, sagte Biden am Donnerstag bei einer gemeinsamen Pressekonferenz mit dem französischen Staatspräsidenten Emmanuel Macron im Weißen Haus.
Das habe der Kremlchef bisher allerdings nicht getan, fügte Biden hinzu; ein solches Gespräch werde es zudem nur in enger Abstimmung mit den Nato-Verbündeten geben.

Macron, der zu einem dreitägigen Staatsbesuch in Washington weilt, kündigte an, er werde weiter mit Putin reden, um eine Eskalation zu verhindern.
Man werde die Ukrainer aber niemals zu einem Kompromiss drängen, der für sie nicht annehmbar sei, betonte der Franzose.
In einer gemeinsamen Erklärung sicherten beide Präsidenten zu, die Ukraine politisch, militärisch, humanitär und wirtschaftlich zu unterstützen, „so lange wie nötig“.
Russland müsse für die Gräueltaten seiner Truppen zur Rechenschaft gezogen werden, heißt es in dem Papier weiter.

Die Antwort aus Moskau ließ nicht lange auf sich warten.
Kremlsprecher Dmitri Peskow sagte am Freitag, Putin sei „offen für Verhandlungen“, um die Interessen Russlands zu sichern.
Die Bedingung, die Biden gestellt habe, nämlich einen Abzug der russischen Truppen aus der Ukraine, sei für Moskau aber nicht annehmbar.
Dass Washington die „neuen Territorien“ nicht anerkenne, erschwere die Suche nach einer gemeinsamen Grundlage erheblich, so Peskow.

Am Freitagnachmittag griff dann auch Bundeskanzler Olaf Scholz zum Hörer und telefonierte rund eine Stunde lang mit Putin.
Es war das erste Gespräch der beiden seit Mitte September.
Nach Angaben von Regierungssprecher Steffen Hebestreit drang Scholz darauf, so schnell wie möglich zu einer diplomatischen Lösung zu kommen, die einen Rückzug der russischen Truppen einschließe.
Zugleich verurteilte der Kanzler die seit Anfang Oktober andauernden russischen Luftangriffe auf die zivile Infrastruktur der Ukraine.

Der Kreml stellte das Telefonat in einem deutlich schärferen Ton dar.
Putin habe die Politik Deutschlands und anderer westlicher Staaten als „destruktiv“ bezeichnet und Berlin aufgefordert, seine Herangehensweise zu überdenken, hieß es in Moskau.
Die Schläge gegen die Energieversorgung seien eine „erzwungene und unvermeidliche“ Antwort auf den Anschlag auf die Krim-Brücke im Oktober gewesen.

In Kiew wurden die Signale mit Argwohn verfolgt.
Präsidentenberater Mychajlo Podoljak schrieb auf Twitter, über Frieden könne erst gesprochen werden, wenn der letzte russische Soldat das Land verlassen habe.
Präsident Wolodymyr Selenskyj hatte Mitte November beim G20-Gipfel auf Bali per Video eine Friedensformel mit zehn Punkten vorgelegt, die einen vollständigen Abzug vorsieht.

Parallel ziehen die Europäer die wirtschaftlichen Daumenschrauben an.
Die EU-Staaten verständigten sich am Freitag auf einen Preisdeckel von 60 Dollar je Barrel für russisches Öl, der vom kommenden Montag an gelten soll.
Bereits am Dienstag hatten die Nato-Außenminister in Bukarest der Ukraine Hilfe für ihr zerschossenes Stromnetz zugesagt; US-Außenminister Antony Blinken kündigte dort 53 Millionen Dollar an.
""",
    timexes=[
        T("Monaten", "DURATION", "PXM"),
        T("Donnerstag", "DATE", "2022-12-01"),
        T("dreitägigen", "DURATION", "P3D"),
        T("Freitag", "DATE", "2022-12-02"),
        T("Freitagnachmittag", "TIME", "2022-12-02TAF"),
        T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("Mitte September", "DATE", "2022-09", mod="MID"),
        T("Anfang Oktober", "DATE", "2022-10", mod="START"),
        T("Oktober", "DATE", "2022-10", n=1),
        T("Mitte November", "DATE", "2022-11", mod="MID"),
        T("Freitag", "DATE", "2022-12-02", n=1),
        T("kommenden Montag", "DATE", "2022-12-05"),
        T("Dienstag", "DATE", "2022-11-29"),
    ],
    events=[
        E("Biden says he is ready to talk to Putin", "AGREE", ["Joe Biden", "Vladimir Putin"],
          "2022-12-01", "text", "occurred", "Ich bin bereit, mit Herrn Putin"),
        E("Biden's condition: Putin must be looking for a way to end the war", "REQUEST",
          ["Joe Biden", "Vladimir Putin"], "2022-12-01", "text", "occurred", "Ich bin bereit, mit Herrn Putin"),
        E("Biden and Macron meet in Washington (joint press conference during Macron's state visit)", "CONSULT",
          ["Joe Biden", "Emmanuel Macron"], "2022-12-01", "text", "occurred", "Ich bin bereit, mit Herrn Putin",
          note="Three-day state visit; the talks and the press conference were on Thursday 1 Dec 2022."),
        E("Macron will keep talking to Putin", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
          "2022-12-02", "published", "planned", "er werde weiter mit Putin reden",
          note="No date given; announced on 1 Dec 2022."),
        E("Macron promises never to push Ukrainians into an unacceptable compromise", "AGREE",
          ["Emmanuel Macron", "Ukraine"], "2022-12-01", "context", "occurred", "niemals zu einem Kompromiss"),
        E("Biden and Macron pledge to support Ukraine as long as needed", "AGREE",
          ["Joe Biden", "Emmanuel Macron", "Ukraine"], "2022-12-01", "context", "occurred",
          "In einer gemeinsamen Erklärung sicherten"),
        E("Biden and Macron accuse Russian troops of atrocities", "ACCUSE",
          ["Joe Biden", "Emmanuel Macron", "Russia"], "2022-12-01", "context", "occurred", "zur Rechenschaft gezogen"),
        E("Biden and Macron demand that Russia be held accountable", "REQUEST",
          ["Joe Biden", "Emmanuel Macron", "Russia"], "2022-12-01", "context", "occurred", "zur Rechenschaft gezogen"),
        E("Peskov: Putin is open to negotiations", "AGREE", ["Vladimir Putin", "Dmitry Peskov"],
          "2022-12-02", "text", "occurred", "offen für Verhandlungen"),
        E("Moscow rejects Biden's condition of a troop withdrawal", "REJECT", ["Dmitry Peskov", "Russia", "Joe Biden"],
          "2022-12-02", "context", "occurred", "Die Bedingung, die Biden gestellt habe"),
        E("Peskov blames Washington's non-recognition of the annexed territories", "ACCUSE",
          ["Dmitry Peskov", "United States"], "2022-12-02", "context", "occurred", "erschwere die Suche"),
        E("Scholz-Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-12-02TAF", "text",
          "occurred", "griff dann auch Bundeskanzler Olaf Scholz zum Hörer"),
        E("Scholz urges a diplomatic solution including a Russian withdrawal", "REQUEST",
          ["Olaf Scholz", "Vladimir Putin"], "2022-12-02TAF", "context", "occurred", "drang Scholz darauf"),
        E("Scholz condemns the Russian air strikes on Ukraine's civilian infrastructure", "ACCUSE",
          ["Olaf Scholz", "Vladimir Putin", "Russia"], "2022-12-02TAF", "context", "occurred",
          "Zugleich verurteilte der Kanzler"),
        E("Russian air strikes on Ukraine's civilian infrastructure since early October", "ASSAULT",
          ["Russia", "Ukraine"], "2022-10", "text", "occurred", "Zugleich verurteilte der Kanzler", date_mod="START",
          note="Campaign dated by its start (10 Oct 2022)."),
        E("Putin calls the line of Germany and other Western states destructive", "ACCUSE",
          ["Vladimir Putin", "Olaf Scholz", "Germany"], "2022-12-02TAF", "context", "occurred",
          "als „destruktiv“ bezeichnet"),
        E("Putin urges Berlin to reconsider its approach", "REQUEST", ["Vladimir Putin", "Olaf Scholz", "Germany"],
          "2022-12-02TAF", "context", "occurred", "als „destruktiv“ bezeichnet"),
        E("Attack on the Crimean bridge in October", "ASSAULT", ["Ukraine", "Russia"], "2022-10", "text", "occurred",
          "Anschlag auf die Krim-Brücke",
          note="8 Oct 2022; Moscow blames Ukraine (attribution as stated by the Kremlin)."),
        E("Kyiv: peace talks only after the last Russian soldier has left", "REQUEST", ["Ukraine", "Russia"],
          "2022-12-02", "published", "occurred", "Präsidentenberater Mychajlo Podoljak"),
        E("Zelensky presents a ten-point peace formula at the G20 summit", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2022-11", "text", "occurred", "Friedensformel mit zehn Punkten", date_mod="MID",
          note="15 Nov 2022, by video to the Bali summit."),
        E("EU states agree on a $60 price cap for Russian oil", "AGREE", ["European Union", "Russia"], "2022-12-02",
          "text", "occurred", "Preisdeckel von 60 Dollar"),
        E("Oil price cap to take effect", "SANCTION", ["European Union", "Russia"], "2022-12-05", "text", "planned",
          "Preisdeckel von 60 Dollar"),
        E("NATO foreign ministers meet in Bucharest", "CONSULT", ["NATO"], "2022-11-29", "text", "occurred",
          "Nato-Außenminister in Bukarest", note="Meeting of 29-30 Nov 2022."),
        E("NATO foreign ministers pledge help for Ukraine's power grid", "AID", ["NATO", "Ukraine"], "2022-11-29",
          "text", "occurred", "Nato-Außenminister in Bukarest"),
        E("Blinken announces $53 million for Ukraine's power grid", "AID", ["Antony Blinken", "Ukraine"],
          "2022-11-29", "context", "occurred", "Nato-Außenminister in Bukarest"),
    ],
    statements=[
        S("Joe Biden", "Ready to talk to Putin if he is looking for a way to end the war", "2022-12-01", "text",
          "Ich bin bereit, mit Herrn Putin"),
        S("Joe Biden", "Putin has not done so; talks only in close coordination with NATO allies", "2022-12-01",
          "context", "Das habe der Kremlchef bisher"),
        S("Emmanuel Macron", "Will keep talking to Putin to prevent an escalation", "2022-12-01", "context",
          "er werde weiter mit Putin reden"),
        S("Emmanuel Macron", "Will never push Ukrainians into a compromise they cannot accept", "2022-12-01",
          "context", "niemals zu einem Kompromiss"),
        S("Joint statement: Joe Biden, Emmanuel Macron", "Will support Ukraine as long as needed", "2022-12-01",
          "context", "In einer gemeinsamen Erklärung sicherten"),
        S("Joint statement: Joe Biden, Emmanuel Macron", "Russia must be held accountable for atrocities",
          "2022-12-01", "context", "zur Rechenschaft gezogen"),
        S("Vladimir Putin, via Dmitry Peskov", "Putin is open to negotiations to secure Russia's interests",
          "2022-12-02", "text", "offen für Verhandlungen"),
        S("Dmitry Peskov", "Biden's condition of a withdrawal is unacceptable to Moscow", "2022-12-02", "context",
          "Die Bedingung, die Biden gestellt habe"),
        S("Dmitry Peskov", "US non-recognition of the 'new territories' hampers finding common ground",
          "2022-12-02", "context", "erschwere die Suche"),
        S("Olaf Scholz", "Urged a diplomatic solution as soon as possible, including a Russian withdrawal",
          "2022-12-02TAF", "context", "drang Scholz darauf"),
        S("Olaf Scholz", "Condemned the Russian air strikes on civilian infrastructure", "2022-12-02TAF", "context",
          "Zugleich verurteilte der Kanzler"),
        S("Vladimir Putin, via Kremlin", "Western and German policy is destructive; Berlin should rethink its approach",
          "2022-12-02TAF", "context", "als „destruktiv“ bezeichnet"),
        S("Vladimir Putin, via Kremlin", "Strikes on energy supply were a forced response to the Crimean bridge attack",
          "2022-12-02TAF", "context", "Anschlag auf die Krim-Brücke"),
        S("Ukraine", "Peace can be discussed only once the last Russian soldier has left", "2022-12-02",
          "published", "Präsidentenberater Mychajlo Podoljak"),
    ],
    actors=["Joe Biden", "Vladimir Putin", "Emmanuel Macron", "United States", "France", "Kremlin", "NATO", "Ukraine",
            "Russia", "Dmitry Peskov", "Olaf Scholz", "Germany", "Volodymyr Zelensky", "European Union",
            "Antony Blinken"],
)

# ---------------------------------------------------------------------------------------------
# b19de02: ntv.de live ticker, Thursday 24 March 2022 (newest entry first).
DE02 = dict(
    id="b19de02_liveticker_nato_sondergipfel_bruessel_2022_03",
    lang="de",
    published="2022-03-24",
    body="""
Der Krieg in der Ukraine im Liveticker +++ Nato schickt vier weitere Kampfgruppen an die Ostflanke +++
+++ 22:41 Biden: Nato würde auf Chemiewaffen-Einsatz reagieren +++ US-Präsident Joe Biden hat Russland zum Abschluss seiner Gespräche in Brüssel eindringlich vor dem Einsatz chemischer Waffen in der Ukraine gewarnt.
„Wir würden reagieren, wenn er sie einsetzt“, sagte Biden vor Journalisten.
Zudem sprach er sich dafür aus, Russland aus der Gruppe der G20 auszuschließen.

+++ 21:58 Scholz bleibt beim Nein zum Energie-Embargo +++ Bundeskanzler Olaf Scholz hat am Rande des EU-Gipfels einen sofortigen Stopp russischer Gas- und Öleinfuhren erneut abgelehnt.
Ein solcher Schritt würde ganze Branchen in Europa in Gefahr bringen, sagte Scholz.

+++ 20:30 Biden beim EU-Gipfel eingetroffen +++ Am Abend ist Biden zu den 27 Staats- und Regierungschefs der Europäischen Union gestoßen.

+++ 19:12 USA nehmen bis zu 100.000 Flüchtlinge auf +++ Die Vereinigten Staaten wollen bis zu 100.000 Menschen aufnehmen, die vor dem Krieg geflohen sind.
Zudem stellt Washington eine weitere Milliarde Dollar an humanitärer Hilfe bereit, wie das Weiße Haus mitteilte.
Neue Sanktionen richten sich gegen mehr als 300 Abgeordnete der russischen Staatsduma sowie gegen Dutzende Rüstungsfirmen.

+++ 17:45 G7 warnen Moskau vor ABC-Waffen +++ Die Staats- und Regierungschefs der G7 haben Russland in einer gemeinsamen Erklärung vor dem Einsatz chemischer, biologischer oder atomarer Waffen gewarnt.
Macron kündigte an, er werde in den kommenden Tagen erneut mit Kremlchef Wladimir Putin telefonieren, um eine Evakuierung der belagerten Hafenstadt Mariupol zu erreichen.

+++ 16:20 Erster Gefangenenaustausch +++ Russland und die Ukraine haben nach Angaben der ukrainischen Vizeregierungschefin Iryna Wereschtschuk Gefangene ausgetauscht.
Zehn ukrainische Soldaten seien gegen zehn russische Militärangehörige freigekommen, schrieb Wereschtschuk auf Telegram.

+++ 14:05 Stoltenberg bleibt ein weiteres Jahr +++ Die Nato-Staaten haben das Mandat von Generalsekretär Jens Stoltenberg um ein Jahr bis Ende September 2023 verlängert.
Stoltenberg kündigte an, die Allianz werde vier zusätzliche Kampfgruppen in die Slowakei, nach Ungarn, Rumänien und Bulgarien verlegen.
Russland müsse seine Truppen sofort abziehen, heißt es in der Abschlusserklärung des Sondergipfels.
Zugleich rief das Bündnis China auf, Moskau weder militärisch noch wirtschaftlich zu unterstützen.

+++ 12:37 Selenskyj bittet um „ein Prozent“ der Nato-Panzer +++ Der ukrainische Präsident Wolodymyr Selenskyj hat sich per Video an den Nato-Gipfel gewandt.
Er verlange keine Flugverbotszone mehr, die Ukraine brauche aber „ein Prozent all Ihrer Flugzeuge, ein Prozent all Ihrer Panzer“.
Die Nato habe noch immer nicht klar gesagt, wie sie der Ukraine helfen wolle, kritisierte er.

+++ 09:15 Kreml warnt vor Friedenstruppe +++ Kremlsprecher Dmitri Peskow hat den Vorschlag Polens, eine Friedensmission der Nato in die Ukraine zu schicken, als „sehr leichtsinnige und äußerst gefährliche Entscheidung“ bezeichnet.
Polens Regierungspartei PiS hatte die Idee vergangene Woche ins Spiel gebracht.
Das russische Außenministerium übergab derweil am Mittwoch der US-Botschaft in Moskau eine Liste mit Diplomaten, die das Land verlassen müssen.
Moskau reagiere damit auf die Ausweisung von zwölf Mitarbeitern der russischen UN-Vertretung in New York Ende Februar, hieß es.
""",
    timexes=[
        T("22:41", "TIME", "2022-03-24T22:41", note="ticker time, CET"),
        T("21:58", "TIME", "2022-03-24T21:58", note="ticker time, CET"),
        T("20:30", "TIME", "2022-03-24T20:30", note="ticker time, CET"),
        T("Abend", "TIME", "2022-03-24TEV"),
        T("19:12", "TIME", "2022-03-24T19:12", note="ticker time, CET"),
        T("17:45", "TIME", "2022-03-24T17:45", note="ticker time, CET"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("16:20", "TIME", "2022-03-24T16:20", note="ticker time, CET"),
        T("14:05", "TIME", "2022-03-24T14:05", note="ticker time, CET"),
        T("ein weiteres Jahr", "DURATION", "P1Y"),
        T("ein Jahr", "DURATION", "P1Y"),
        T("Ende September 2023", "DATE", "2023-09", mod="END"),
        T("12:37", "TIME", "2022-03-24T12:37", note="ticker time, CET"),
        T("09:15", "TIME", "2022-03-24T09:15", note="ticker time, CET"),
        T("vergangene Woche", "DATE", "2022-W11"),
        T("Mittwoch", "DATE", "2022-03-23"),
        T("Ende Februar", "DATE", "2022-02", mod="END"),
    ],
    events=[
        E("Biden warns Russia against using chemical weapons in Ukraine", "REQUEST", ["Joe Biden", "Russia"],
          "2022-03-24", "published", "occurred", "eindringlich vor dem Einsatz chemischer Waffen"),
        E("Biden: NATO would respond if Putin used chemical weapons", "THREATEN",
          ["Joe Biden", "NATO", "Vladimir Putin"], "2022-03-24", "published", "occurred", "Wir würden reagieren"),
        E("Biden calls for Russia's exclusion from the G20", "REQUEST", ["Joe Biden", "Russia"], "2022-03-24",
          "published", "occurred", "aus der Gruppe der G20 auszuschließen"),
        E("Scholz again rejects an immediate embargo on Russian gas and oil", "REJECT", ["Olaf Scholz", "Russia"],
          "2022-03-24", "published", "occurred", "Öleinfuhren erneut abgelehnt"),
        E("Biden joins the EU summit in Brussels", "CONSULT", ["Joe Biden", "European Union"], "2022-03-24TEV",
          "text", "occurred", "Am Abend ist Biden"),
        E("US to take in up to 100,000 refugees from Ukraine", "AID", ["United States", "Ukraine"], "2022-03-24",
          "published", "planned", "bis zu 100.000 Menschen aufnehmen"),
        E("US provides another $1 billion in humanitarian aid", "AID", ["United States", "Ukraine"], "2022-03-24",
          "published", "occurred", "weitere Milliarde Dollar"),
        E("US sanctions more than 300 Duma members and defence firms", "SANCTION", ["United States", "Russia"],
          "2022-03-24", "published", "occurred", "Neue Sanktionen richten sich"),
        E("G7 leaders warn Russia against using chemical, biological or nuclear weapons", "REQUEST",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Russia"], "2022-03-24", "published", "occurred",
          "Die Staats- und Regierungschefs der G7",
          note="G7 is not canonical; members named in the article (Biden, Scholz, Macron)."),
        E("Macron to phone Putin about evacuating Mariupol", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
          "FUTURE_REF", "vague", "planned", "erneut mit Kremlchef Wladimir Putin telefonieren"),
        E("Russia and Ukraine exchange prisoners (ten for ten)", "CONCEDE", ["Russia", "Ukraine"], "2022-03-24",
          "published", "occurred", "Gefangene ausgetauscht"),
        E("NATO extends Stoltenberg's mandate by one year", "AGREE", ["NATO", "Jens Stoltenberg"], "2022-03-24",
          "published", "occurred", "Mandat von Generalsekretär Jens Stoltenberg"),
        E("NATO to deploy four additional battlegroups to the eastern flank", "MOBILIZE", ["NATO", "Jens Stoltenberg"],
          "2022-03-24", "published", "planned", "vier zusätzliche Kampfgruppen"),
        E("NATO summit declaration demands immediate Russian withdrawal", "REQUEST", ["NATO", "Russia"],
          "2022-03-24", "published", "occurred", "Abschlusserklärung des Sondergipfels"),
        E("NATO calls on China not to support Russia", "REQUEST", ["NATO", "China", "Russia"], "2022-03-24",
          "published", "occurred", "rief das Bündnis China auf"),
        E("Zelensky addresses the NATO summit by video", "CONSULT", ["Volodymyr Zelensky", "NATO"], "2022-03-24",
          "published", "occurred", "per Video an den Nato-Gipfel gewandt"),
        E("Zelensky asks NATO for one percent of its planes and tanks", "REQUEST", ["Volodymyr Zelensky", "NATO"],
          "2022-03-24", "published", "occurred", "ein Prozent all Ihrer Flugzeuge"),
        E("Zelensky criticises NATO for not saying how it will help", "ACCUSE", ["Volodymyr Zelensky", "NATO"],
          "2022-03-24", "published", "occurred", "nicht klar gesagt"),
        E("Peskov warns against a NATO peacekeeping mission proposed by Poland", "REQUEST",
          ["Dmitry Peskov", "Poland", "NATO"], "2022-03-24", "published", "occurred",
          "äußerst gefährliche Entscheidung"),
        E("Poland's ruling party proposes a NATO peace mission in Ukraine", "REQUEST", ["Poland", "NATO"], "2022-W11",
          "text", "occurred", "Polens Regierungspartei PiS",
          note="Proposal by Jarosław Kaczyński (PiS) on 15 Mar 2022, credited to Poland."),
        E("Russia expels US diplomats", "SANCTION", ["Russia", "United States"], "2022-03-23", "text", "occurred",
          "eine Liste mit Diplomaten"),
        E("US expels twelve members of Russia's UN mission", "SANCTION", ["United States", "Russia"], "2022-02",
          "text", "occurred", "Ausweisung von zwölf Mitarbeitern", date_mod="END"),
    ],
    statements=[
        S("Joe Biden", "Warned Russia against using chemical weapons", "2022-03-24", "published",
          "eindringlich vor dem Einsatz chemischer Waffen"),
        S("Joe Biden", "We would respond if he uses them", "2022-03-24", "published", "Wir würden reagieren"),
        S("Joe Biden", "Russia should be excluded from the G20", "2022-03-24", "published",
          "aus der Gruppe der G20 auszuschließen"),
        S("Olaf Scholz", "An immediate energy embargo would endanger entire industries in Europe", "2022-03-24",
          "published", "ganze Branchen in Europa"),
        S("White House", "US provides another $1 billion in humanitarian aid", "2022-03-24", "published",
          "weitere Milliarde Dollar"),
        S("Joint statement: Joe Biden, Olaf Scholz, Emmanuel Macron",
          "Warn Russia against using chemical, biological or nuclear weapons", "2022-03-24", "published",
          "Die Staats- und Regierungschefs der G7"),
        S("Emmanuel Macron", "Will phone Putin again in the coming days about evacuating Mariupol", "2022-03-24",
          "published", "erneut mit Kremlchef Wladimir Putin telefonieren"),
        S("Ukraine", "Russia and Ukraine exchanged prisoners", "2022-03-24", "published", "Gefangene ausgetauscht"),
        S("Ukraine", "Ten Ukrainian soldiers freed in exchange for ten Russian servicemen", "2022-03-24", "published",
          "Zehn ukrainische Soldaten"),
        S("Jens Stoltenberg", "NATO will deploy four additional battlegroups", "2022-03-24", "published",
          "vier zusätzliche Kampfgruppen"),
        S("NATO", "Russia must withdraw its troops immediately", "2022-03-24", "published",
          "Abschlusserklärung des Sondergipfels"),
        S("NATO", "China should not support Moscow militarily or economically", "2022-03-24", "published",
          "rief das Bündnis China auf"),
        S("Volodymyr Zelensky", "No longer asks for a no-fly zone, but for one percent of NATO's planes and tanks",
          "2022-03-24", "published", "ein Prozent all Ihrer Flugzeuge"),
        S("Volodymyr Zelensky", "NATO has not said clearly how it wants to help Ukraine", "2022-03-24", "published",
          "nicht klar gesagt"),
        S("Dmitry Peskov", "A NATO peace mission would be a reckless and extremely dangerous decision", "2022-03-24",
          "published", "äußerst gefährliche Entscheidung"),
        S("Russia", "The expulsions respond to the US expulsion of twelve Russian UN mission staff", "2022-03-24",
          "published", "Ausweisung von zwölf Mitarbeitern"),
    ],
    actors=["Joe Biden", "Russia", "Ukraine", "NATO", "Olaf Scholz", "Germany", "European Union", "United States",
            "White House", "Emmanuel Macron", "Vladimir Putin", "Kremlin", "Jens Stoltenberg", "China",
            "Volodymyr Zelensky", "Dmitry Peskov", "Poland", "United Nations"],
)

# ---------------------------------------------------------------------------------------------
# b19de03: NZZ-style report (Swiss spelling), Monday 18 March 2024.
DE03 = dict(
    id="b19de03_putin_wiederwahl_reaktionen_2024_03",
    lang="de",
    published="2024-03-18",
    body="""
Putin lässt sich ein fünftes Mal bestätigen – der Westen spricht von einer Wahl ohne Auswahl
Wladimir Putin hat sich bei der russischen Präsidentenwahl, die am Sonntagabend zu Ende ging, mit offiziell 87 Prozent der Stimmen eine weitere Amtszeit gesichert.
Noch in der Nacht trat der Kremlchef in seinem Wahlkampfstab vor die Presse und sprach von einem Vertrauensbeweis des Volkes.
Die Abstimmung, die sich über drei Tage hinzog, wurde auch in den besetzten Gebieten der Ukraine abgehalten.

In seiner Rede äusserte sich Putin erstmals öffentlich zum Tod des Oppositionspolitikers Alexei Nawalny, der Mitte Februar in einem Straflager im hohen Norden gestorben war.
Er sei mit einem Austausch Nawalnys gegen im Westen inhaftierte Russen einverstanden gewesen, unter der Bedingung, dass dieser nie zurückkehre, behauptete Putin.
Auf die Frage nach dem französischen Präsidenten Emmanuel Macron, der Ende Februar die Entsendung westlicher Bodentruppen nicht ausgeschlossen hatte, warnte Putin die Nato vor einem solchen Schritt: Ein direkter Konflikt wäre nur noch «einen Schritt von einem umfassenden Dritten Weltkrieg» entfernt.

Aus dem Westen kam scharfe Kritik.
Die Wahl sei «offensichtlich weder frei noch fair» gewesen, sagte John Kirby, der Sprecher des Nationalen Sicherheitsrats im Weissen Haus.
Der EU-Aussenbeauftragte Josep Borrell erklärte im Namen der Mitgliedstaaten, die Abstimmung habe in einem Klima der Repression und der Einschüchterung stattgefunden.
Die Wahl in den besetzten ukrainischen Gebieten sei «null und nichtig», die EU werde ihr Ergebnis nie anerkennen.
Das deutsche Aussenministerium sprach von einer «Pseudowahl» ohne echte Auswahl.
Der ukrainische Präsident Wolodimir Selenski sagte am Sonntagabend in einer Videobotschaft, Putin sei «süchtig nach Macht» und wolle «ewig herrschen»; eine Legitimität habe diese «Imitation einer Wahl» nicht.

Glückwünsche kamen dagegen aus Peking.
Staats- und Parteichef Xi Jinping habe Putin am Montag gratuliert und die umfassende strategische Partnerschaft beider Länder gewürdigt, meldete die amtliche Nachrichtenagentur Xinhua.
Der belarussische Machthaber Alexander Lukaschenko hatte schon in der Nacht telegrafiert.

Kremlsprecher Dmitri Peskow wies die Kritik aus Washington und Brüssel am Montag als «vorhersehbar» zurück.
Das russische Volk habe sich in schwierigen Zeiten eindrucksvoll um seinen Präsidenten geschart, sagte er.
Die Amtseinführung ist für den 7. Mai geplant.

Die Staats- und Regierungschefs der EU wollen am Donnerstag und Freitag in Brüssel darüber beraten, wie Zinserträge aus eingefrorenen russischen Vermögenswerten für Waffenkäufe zugunsten der Ukraine genutzt werden können.
Die Schweiz, die die Sanktionen der EU weitgehend übernommen hat, äusserte sich zurückhaltend: Das Aussendepartement in Bern nahm das Ergebnis lediglich «zur Kenntnis».
""",
    timexes=[
        T("Sonntagabend", "TIME", "2024-03-17TEV"),
        T("der Nacht", "TIME", "2024-03-17TNI"),
        T("drei Tage", "DURATION", "P3D"),
        T("Mitte Februar", "DATE", "2024-02", mod="MID"),
        T("Ende Februar", "DATE", "2024-02", mod="END"),
        T("Sonntagabend", "TIME", "2024-03-17TEV", n=1),
        T("Montag", "DATE", "2024-03-18"),
        T("der Nacht", "TIME", "2024-03-17TNI", n=1),
        T("Montag", "DATE", "2024-03-18", n=1),
        T("7. Mai", "DATE", "2024-05-07"),
        T("Donnerstag", "DATE", "2024-03-21"),
        T("Freitag", "DATE", "2024-03-22"),
    ],
    events=[
        E("Putin warns NATO against sending troops: a direct conflict would be a step from world war", "REQUEST",
          ["Vladimir Putin", "NATO", "Emmanuel Macron"], "2024-03-17TNI", "context", "occurred",
          "warnte Putin die Nato vor einem solchen Schritt"),
        E("White House: the election was neither free nor fair", "ACCUSE", ["White House", "Russia"], "2024-03-18",
          "published", "occurred", "weder frei noch fair"),
        E("EU: the vote took place amid repression and intimidation", "ACCUSE", ["European Union", "Russia"],
          "2024-03-18", "published", "occurred", "Klima der Repression"),
        E("EU will never recognise the vote in the occupied Ukrainian territories", "REJECT",
          ["European Union", "Russia"], "2024-03-18", "published", "occurred", "null und nichtig"),
        E("German foreign ministry calls it a pseudo-election", "ACCUSE", ["Germany", "Russia"], "2024-03-18",
          "published", "occurred", "Pseudowahl"),
        E("Zelensky: Putin is addicted to power", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-03-17TEV", "text", "occurred", "süchtig nach Macht"),
        E("Zelensky denies the election any legitimacy", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-03-17TEV", "text", "occurred", "süchtig nach Macht"),
        E("Xi congratulates Putin", "SUPPORT", ["Xi Jinping", "Vladimir Putin"], "2024-03-18", "text", "occurred",
          "Xi Jinping habe Putin am Montag gratuliert"),
        E("Lukashenko congratulates Putin", "SUPPORT", ["Alexander Lukashenko", "Vladimir Putin"], "2024-03-17TNI",
          "text", "occurred", "hatte schon in der Nacht telegrafiert"),
        E("Peskov dismisses criticism from Washington and Brussels", "REJECT",
          ["Dmitry Peskov", "United States", "European Union"], "2024-03-18", "text", "occurred",
          "wies die Kritik aus Washington und Brüssel"),
        E("EU summit in Brussels", "CONSULT", ["European Union"], "2024-03-21", "text", "planned",
          "Zinserträge aus eingefrorenen", note="Summit on 21-22 March 2024."),
        E("EU to discuss using windfall profits from frozen Russian assets for weapons for Ukraine", "AID",
          ["European Union", "Ukraine", "Russia"], "2024-03-21", "context", "uncertain", "Zinserträge aus eingefrorenen"),
    ],
    statements=[
        S("Vladimir Putin", "The result is a vote of confidence by the people", "2024-03-17TNI", "text",
          "trat der Kremlchef in seinem Wahlkampfstab"),
        S("Vladimir Putin", "Had agreed to exchange Navalny on condition that he never return", "2024-03-17TNI",
          "context", "Austausch Nawalnys"),
        S("Emmanuel Macron", "Did not rule out sending Western ground troops", "2024-02", "text",
          "warnte Putin die Nato vor einem solchen Schritt"),
        S("Vladimir Putin", "A direct Russia-NATO conflict would be one step from a full-scale Third World War",
          "2024-03-17TNI", "context", "warnte Putin die Nato vor einem solchen Schritt"),
        S("White House", "The election was obviously neither free nor fair", "2024-03-18", "published",
          "weder frei noch fair"),
        S("European Union", "The vote took place amid repression and intimidation", "2024-03-18", "published",
          "Klima der Repression"),
        S("European Union", "The vote in occupied Ukrainian territories is null and void; the EU will never recognise it",
          "2024-03-18", "published", "null und nichtig"),
        S("Germany", "A pseudo-election without a real choice", "2024-03-18", "published", "Pseudowahl"),
        S("Volodymyr Zelensky", "Putin is addicted to power; the imitation of an election has no legitimacy",
          "2024-03-17TEV", "text", "süchtig nach Macht"),
        S("Xi Jinping, via China", "Congratulated Putin and praised the comprehensive strategic partnership",
          "2024-03-18", "text", "Xi Jinping habe Putin am Montag gratuliert"),
        S("Dmitry Peskov", "The Western criticism was predictable", "2024-03-18", "text",
          "wies die Kritik aus Washington und Brüssel"),
        S("Dmitry Peskov", "The Russian people rallied around their president", "2024-03-18", "context",
          "Das russische Volk habe sich"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Ukraine", "Russia", "Emmanuel Macron", "France", "NATO", "White House",
            "European Union", "Germany", "Volodymyr Zelensky", "Xi Jinping", "China", "Alexander Lukashenko",
            "Belarus", "Dmitry Peskov", "United States"],
)

# ---------------------------------------------------------------------------------------------
# b19de04: Kleine Zeitung (Austria), Friday 20 December 2024.
DE04 = dict(
    id="b19de04_putin_jahresbilanz_oreschnik_duell_2024_12",
    lang="de",
    published="2024-12-20",
    body="""
Vier Stunden Putin: Kreml-Chef bietet Trump ein Treffen an und schlägt ein „Duell“ um Kiew vor
Mehr als vier Stunden lang hat Wladimir Putin am Donnerstag bei seiner alljährlichen Fragestunde mit Bürgern und Journalisten Rede und Antwort gestanden, die heuer erneut mit der großen Jahrespressekonferenz zusammengelegt war.
Der Kreml-Chef zeigte sich dabei bereit, den künftigen US-Präsidenten Donald Trump „jederzeit“ zu treffen, falls dieser das wünsche.
Er habe seit gut vier Jahren nicht mehr mit Trump gesprochen, sagte Putin.

Zu Verhandlungen mit der Ukraine sei Russland ohne Vorbedingungen bereit, erklärte er.
Unterschreiben könne man ein Abkommen aber nur mit einer legitimen Führung in Kiew, und das sei derzeit allein das Parlament, nicht Präsident Wolodymyr Selenskyj, dessen Amtszeit im Mai abgelaufen sei.

Für Aufsehen sorgte Putins Vorschlag eines „technologischen Duells“: Der Westen solle ein Ziel in Kiew bestimmen und dort seine gesamte Luftabwehr konzentrieren, Russland werde es dann mit der neuen Mittelstreckenrakete Oreschnik angreifen.
Die Rakete hatte Russland erstmals am 21. November gegen die ukrainische Stadt Dnipro eingesetzt.
Der Sprecher des ukrainischen Außenministeriums, Heorhij Tychyj, nannte den Vorschlag „Wahnsinn“ und sprach von einer offenen Drohung gegen die Zivilbevölkerung.

Selenskyj selbst nahm am Donnerstag in Brüssel am ersten EU-Gipfel unter dem neuen Ratspräsidenten António Costa teil.
Ohne Europa werde es schwer, der Ukraine zu helfen, sagte er mit Blick auf Trumps Amtsantritt am 20. Jänner; einen bloßen Waffenstillstand ohne Sicherheitsgarantien, wie er in Washington ins Spiel gebracht werde, lehne er ab.
Bereits am Mittwochabend hatte NATO-Generalsekretär Mark Rutte Selenskyj und eine kleine Gruppe europäischer Spitzenpolitiker, darunter der deutsche Kanzler Olaf Scholz, Frankreichs Präsident Emmanuel Macron, Italiens Regierungschefin Giorgia Meloni und Polens Premier Donald Tusk, zu einem Abendessen in seine Residenz geladen.
Dabei sei es um Flugabwehr und um mögliche Sicherheitsgarantien für die Zeit nach einem Waffenstillstand gegangen, hieß es aus Diplomatenkreisen.

Bundeskanzler Karl Nehammer (ÖVP) sagte am Rande des Gipfels, Europa müsse bei künftigen Verhandlungen „mit am Tisch sitzen“.
Ungarns Regierungschef Viktor Orbán warb in Brüssel erneut für seinen Vorschlag einer Waffenruhe zu Weihnachten, den Selenskyj bereits vergangene Woche zurückgewiesen hatte.
Trump hatte am Montag in Florida angekündigt, er werde mit Putin und Selenskyj sprechen, um den Krieg zu beenden.
Kremlsprecher Dmitri Peskow sagte am Freitag, für ein Treffen Putins mit Trump gebe es bisher keine konkreten Vorbereitungen.
""",
    timexes=[
        T("Vier Stunden", "DURATION", "PT4H"),
        T("Mehr als vier Stunden", "DURATION", "PT4H", mod="MORE_THAN"),
        T("Donnerstag", "DATE", "2024-12-19"),
        T("alljährlichen", "SET", "P1Y"),
        T("heuer", "DATE", "2024"),
        T("gut vier Jahren", "DURATION", "P4Y", mod="APPROX"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Mai", "DATE", "2024-05"),
        T("21. November", "DATE", "2024-11-21"),
        T("Donnerstag", "DATE", "2024-12-19", n=1),
        T("20. Jänner", "DATE", "2025-01-20"),
        T("Mittwochabend", "TIME", "2024-12-18TEV"),
        T("Weihnachten", "DATE", "2024-12-25"),
        T("vergangene Woche", "DATE", "2024-W50"),
        T("Montag", "DATE", "2024-12-16"),
        T("Freitag", "DATE", "2024-12-20"),
    ],
    events=[
        E("Putin ready to meet Trump at any time", "AGREE", ["Vladimir Putin", "Donald Trump"], "2024-12-19",
          "context", "occurred", "den künftigen US-Präsidenten Donald Trump"),
        E("Putin: Russia ready for negotiations with Ukraine without preconditions", "AGREE",
          ["Vladimir Putin", "Russia", "Ukraine"], "2024-12-19", "context", "occurred", "ohne Vorbedingungen bereit"),
        E("Putin refuses to sign an agreement with Zelensky, whom he calls illegitimate", "REJECT",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2024-12-19", "context", "occurred", "einer legitimen Führung"),
        E("Putin proposes a 'technological duel': an Oreshnik strike on a target in Kyiv", "THREATEN",
          ["Vladimir Putin", "Russia", "Ukraine"], "2024-12-19", "context", "occurred", "technologischen Duells"),
        E("Russia fires the Oreshnik missile at Dnipro", "ASSAULT", ["Russia", "Ukraine"], "2024-11-21", "text",
          "occurred", "am 21. November gegen die ukrainische Stadt Dnipro"),
        E("Ukraine's foreign ministry calls Putin's proposal madness and an open threat", "ACCUSE",
          ["Ukraine", "Vladimir Putin"], "2024-12-20", "published", "occurred", "Heorhij Tychyj"),
        E("Zelensky attends the EU summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
          "2024-12-19", "text", "occurred", "am ersten EU-Gipfel unter dem neuen Ratspräsidenten"),
        E("Zelensky rejects a mere ceasefire without security guarantees floated in Washington", "REJECT",
          ["Volodymyr Zelensky", "United States"], "2024-12-19", "context", "occurred", "lehne er ab"),
        E("Rutte hosts Zelensky and European leaders for dinner", "CONSULT",
          ["Mark Rutte", "Volodymyr Zelensky", "Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Donald Tusk"],
          "2024-12-18TEV", "text", "occurred", "zu einem Abendessen in seine Residenz"),
        E("Orbán again promotes his proposal of a Christmas ceasefire", "REQUEST", ["Viktor Orbán", "Russia", "Ukraine"],
          "2024-12-19", "context", "occurred", "Waffenruhe zu Weihnachten",
          note="Proposed truce for Christmas (25 Dec 2024)."),
        E("Zelensky rejected Orbán's Christmas-truce proposal", "REJECT", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2024-W50", "text", "occurred", "Waffenruhe zu Weihnachten"),
        E("Trump to speak with Putin and Zelensky to end the war", "CONSULT",
          ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2024-12-20", "published", "planned",
          "er werde mit Putin und Selenskyj sprechen", note="No date given; announced on 16 Dec 2024."),
        E("Possible Putin-Trump meeting, no concrete preparations yet", "CONSULT", ["Vladimir Putin", "Donald Trump"],
          "2024-12-20", "published", "uncertain", "keine konkreten Vorbereitungen", note="No date given."),
    ],
    statements=[
        S("Vladimir Putin", "Ready to meet Trump at any time if he wishes", "2024-12-19", "context",
          "den künftigen US-Präsidenten Donald Trump"),
        S("Vladimir Putin", "Has not spoken to Trump in over four years", "2024-12-19", "context",
          "seit gut vier Jahren"),
        S("Vladimir Putin", "Russia is ready to negotiate with Ukraine without preconditions", "2024-12-19",
          "context", "ohne Vorbedingungen bereit"),
        S("Vladimir Putin", "Can sign only with a legitimate leadership, currently the parliament, not Zelensky",
          "2024-12-19", "context", "einer legitimen Führung"),
        S("Vladimir Putin", "Proposes a 'technological duel' between Western air defence and Oreshnik over Kyiv",
          "2024-12-19", "context", "technologischen Duells"),
        S("Ukraine", "The proposal is madness and an open threat against civilians", "2024-12-20", "published",
          "Heorhij Tychyj"),
        S("Volodymyr Zelensky", "Without Europe it will be hard to help Ukraine; rejects a ceasefire without guarantees",
          "2024-12-19", "context", "lehne er ab"),
        S("Viktor Orbán", "Promotes his proposal of a Christmas ceasefire", "2024-12-19", "context",
          "Waffenruhe zu Weihnachten"),
        S("Donald Trump", "Will speak with Putin and Zelensky to end the war", "2024-12-16", "text",
          "er werde mit Putin und Selenskyj sprechen"),
        S("Dmitry Peskov", "No concrete preparations yet for a Putin-Trump meeting", "2024-12-20", "text",
          "keine konkreten Vorbereitungen"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Donald Trump", "United States", "Russia", "Ukraine", "Volodymyr Zelensky",
            "European Union", "Mark Rutte", "NATO", "Olaf Scholz", "Germany", "Emmanuel Macron", "France",
            "Giorgia Meloni", "Donald Tusk", "Poland", "Viktor Orbán", "Dmitry Peskov"],
)

# ---------------------------------------------------------------------------------------------
# b19de05: Frankfurter Rundschau, Thursday 19 May 2022.
DE05 = dict(
    id="b19de05_nato_antraege_erdogan_blockade_2022_05",
    lang="de",
    published="2022-05-19",
    body="""
Nato-Norderweiterung: Erdogan stellt sich quer
Finnland und Schweden haben am Mittwoch offiziell die Aufnahme in die Nato beantragt.
Die Botschafter beider Länder übergaben die Beitrittsgesuche am Morgen im Brüsseler Hauptquartier an Generalsekretär Jens Stoltenberg, der von einem „historischen Moment“ sprach.
Doch die Hoffnung auf ein Eilverfahren erhielt rasch einen Dämpfer: Im Nato-Rat verhinderte die Türkei noch am selben Tag, dass die Beitrittsgespräche beginnen konnten.

Präsident Recep Tayyip Erdogan bekräftigte am Mittwoch in Ankara, sein Land werde der Erweiterung nicht zustimmen, solange Stockholm und Helsinki „Terroristen“ der verbotenen kurdischen Arbeiterpartei PKK Unterschlupf gewährten.
Schon am Montag hatte er den Regierungen beider Länder ausrichten lassen, ihre Delegationen bräuchten sich gar nicht erst auf den Weg nach Ankara zu machen.
Ankara verlangt zudem, dass beide Staaten ein seit 2019 geltendes Waffenembargo gegen die Türkei aufheben.

US-Außenminister Antony Blinken traf am Mittwoch in New York seinen türkischen Amtskollegen Mevlüt Çavuşoğlu und zeigte sich danach zuversichtlich, dass die Bedenken ausgeräumt werden könnten.
Am heutigen Donnerstag empfängt Präsident Joe Biden den finnischen Präsidenten Sauli Niinistö und die schwedische Regierungschefin Magdalena Andersson im Weißen Haus.
Washington hat beiden Ländern zugesichert, sie in der Zeit bis zur Ratifizierung gegen mögliche Bedrohungen zu unterstützen.

Kremlchef Wladimir Putin hatte am Montag bei einem Gipfel des von Moskau geführten Militärbündnisses OVKS im Beisein des belarussischen Machthabers Alexander Lukaschenko erklärt, die Erweiterung stelle für Russland „keine direkte Bedrohung“ dar.
Eine Ausdehnung der militärischen Infrastruktur auf diese Gebiete werde aber „selbstverständlich eine Reaktion hervorrufen“, warnte er.
Vizeaußenminister Sergej Rjabkow warf der Nato vor, die Sicherheitslage in Europa mutwillig zu verschlechtern.
Bereits am Wochenende hatte der russische Versorger RAO Nordic die Stromlieferungen nach Finnland eingestellt, offiziell wegen ausstehender Zahlungen.

Bundeskanzler Olaf Scholz sagte in seiner Regierungserklärung am Donnerstag, Deutschland werde die Beitrittsprotokolle „so schnell wie möglich“ ratifizieren.
Stoltenberg zeigte sich zuversichtlich, die Einwände Ankaras ausräumen zu können; die Sicherheitsinteressen aller Verbündeten müssten berücksichtigt werden.
Diplomaten in Brüssel rechnen allerdings mit wochenlangen Verhandlungen, denn die Aufnahme neuer Mitglieder muss von allen 30 Bündnisstaaten einstimmig gebilligt werden.
""",
    timexes=[
        T("Mittwoch", "DATE", "2022-05-18"),
        T("Morgen", "TIME", "2022-05-18TMO"),
        T("selben Tag", "DATE", "2022-05-18"),
        T("Mittwoch", "DATE", "2022-05-18", n=1),
        T("Montag", "DATE", "2022-05-16"),
        T("2019", "DATE", "2019"),
        T("Mittwoch", "DATE", "2022-05-18", n=2),
        T("heutigen Donnerstag", "DATE", "2022-05-19"),
        T("Montag", "DATE", "2022-05-16", n=1),
        T("Wochenende", "DATE", "2022-W19-WE"),
        T("Donnerstag", "DATE", "2022-05-19", n=1),
        T("wochenlangen", "DURATION", "PXW"),
    ],
    events=[
        E("Finland and Sweden apply to join NATO", "REQUEST", ["NATO"], "2022-05-18", "text", "occurred",
          "offiziell die Aufnahme in die Nato beantragt",
          note="Finland and Sweden are not canonical; only NATO is listed."),
        E("Turkey blocks the start of accession talks in the North Atlantic Council", "REJECT", ["Turkey", "NATO"],
          "2022-05-18", "text", "occurred", "Im Nato-Rat verhinderte die Türkei"),
        E("Erdoğan: Turkey will not approve the enlargement", "REJECT", ["Recep Tayyip Erdoğan", "Turkey", "NATO"],
          "2022-05-18", "text", "occurred", "sein Land werde der Erweiterung nicht zustimmen"),
        E("Erdoğan accuses Stockholm and Helsinki of sheltering PKK 'terrorists'", "ACCUSE", ["Recep Tayyip Erdoğan"],
          "2022-05-18", "text", "occurred", "sein Land werde der Erweiterung nicht zustimmen",
          note="The accused states (Sweden, Finland) are not canonical."),
        E("Erdoğan tells Swedish and Finnish delegations not to bother coming to Ankara", "REJECT",
          ["Recep Tayyip Erdoğan"], "2022-05-16", "text", "occurred", "bräuchten sich gar nicht erst",
          note="Counterparts (Sweden, Finland) are not canonical."),
        E("Turkey demands that the arms embargo be lifted", "REQUEST", ["Turkey"], "2022-05-19", "published",
          "occurred", "Ankara verlangt zudem", note="Addressed to Sweden and Finland (not canonical)."),
        E("Arms embargo against Turkey since 2019", "SANCTION", ["Turkey"], "2019", "text", "occurred",
          "Ankara verlangt zudem", note="Imposed by Sweden and Finland (not canonical)."),
        E("Blinken meets Turkish foreign minister Çavuşoğlu in New York", "CONSULT", ["Antony Blinken", "Turkey"],
          "2022-05-18", "text", "occurred", "traf am Mittwoch in New York"),
        E("Biden receives the Finnish president and the Swedish prime minister", "CONSULT", ["Joe Biden"],
          "2022-05-19", "text", "planned", "Am heutigen Donnerstag empfängt",
          note="Niinistö and Andersson are not canonical."),
        E("US assures Finland and Sweden of support until ratification", "AGREE", ["United States"], "2022-05-19",
          "published", "occurred", "Washington hat beiden Ländern zugesichert",
          note="Counterparts (Finland, Sweden) are not canonical."),
        E("CSTO summit in Moscow with Putin and Lukashenko", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
          "2022-05-16", "text", "occurred", "Militärbündnisses OVKS"),
        E("Putin warns that military infrastructure in the new members would provoke a response", "THREATEN",
          ["Vladimir Putin", "NATO"], "2022-05-16", "context", "occurred", "eine Reaktion hervorrufen"),
        E("Ryabkov accuses NATO of worsening Europe's security", "ACCUSE", ["Russia", "NATO"], "2022-05-19",
          "published", "occurred", "Sergej Rjabkow warf der Nato vor"),
        E("RAO Nordic stops electricity supplies to Finland", "SANCTION", ["Russia"], "2022-W19-WE", "text",
          "occurred", "RAO Nordic", note="Russian state-owned supplier counted as Russia; Finland is not canonical."),
        E("Scholz promises that Germany will ratify the accession protocols quickly", "AGREE",
          ["Olaf Scholz", "Germany"], "2022-05-19", "text", "occurred", "Beitrittsprotokolle"),
    ],
    statements=[
        S("Jens Stoltenberg", "A historic moment", "2022-05-18TMO", "context", "historischen Moment"),
        S("Recep Tayyip Erdoğan", "Turkey will not approve enlargement while Stockholm and Helsinki shelter PKK terrorists",
          "2022-05-18", "text", "sein Land werde der Erweiterung nicht zustimmen"),
        S("Recep Tayyip Erdoğan", "Swedish and Finnish delegations need not come to Ankara", "2022-05-16", "text",
          "bräuchten sich gar nicht erst"),
        S("Turkey", "Sweden and Finland must lift their arms embargo", "2022-05-19", "published",
          "Ankara verlangt zudem"),
        S("Antony Blinken", "Confident that Turkey's concerns can be resolved", "2022-05-18", "context",
          "traf am Mittwoch in New York"),
        S("Vladimir Putin", "The enlargement poses no direct threat to Russia", "2022-05-16", "text",
          "keine direkte Bedrohung"),
        S("Vladimir Putin", "Expansion of military infrastructure would provoke a response", "2022-05-16", "context",
          "eine Reaktion hervorrufen"),
        S("Russia", "NATO is wilfully worsening the security situation in Europe", "2022-05-19", "published",
          "Sergej Rjabkow warf der Nato vor"),
        S("Olaf Scholz", "Germany will ratify the accession protocols as fast as possible", "2022-05-19", "text",
          "Beitrittsprotokolle"),
        S("Jens Stoltenberg", "Confident Ankara's objections can be overcome; all allies' security interests count",
          "2022-05-19", "published", "Einwände Ankaras"),
    ],
    actors=["NATO", "Jens Stoltenberg", "Turkey", "Recep Tayyip Erdoğan", "Antony Blinken", "United States",
            "Joe Biden", "Vladimir Putin", "Kremlin", "Alexander Lukashenko", "Belarus", "Russia", "Olaf Scholz",
            "Germany"],
)

# ---------------------------------------------------------------------------------------------
# b19de06: BR24 radio news, Friday 20 November 2026 (fiction).
DE06 = dict(
    id="b19de06_sicherheitsrat_waffenruhe_resolution_2026_11",
    lang="de",
    published="2026-11-20",
    body="""
UN-Sicherheitsrat verlangt Waffenruhe in der Ukraine – Moskau enthält sich
New York: Der UN-Sicherheitsrat hat erstmals seit Beginn des russischen Angriffskriegs eine Resolution verabschiedet, die eine Waffenruhe in der Ukraine verlangt.
Für den Text stimmten gestern Abend Ortszeit 13 der 15 Mitglieder, Russland und China enthielten sich.
Die Resolution fordert Generalsekretär António Guterres zudem auf, binnen 30 Tagen Vorschläge für eine Beobachtermission vorzulegen.
Guterres sagte, er werde sich sofort an die Arbeit machen.

Kiew: Der ukrainische Außenminister Sybiha begrüßte die Entscheidung als „Signal, dass die Welt nicht wegschaut“.
Die Ukraine sei bereit, die Waffen schweigen zu lassen, wenn Russland das Gleiche tue, sagte Präsident Selenskyj in seiner nächtlichen Videoansprache.

Moskau: Im Kreml stößt die Resolution dagegen auf wenig Begeisterung.
Sprecher Peskow sagte heute, Russland werde einer Waffenruhe erst zustimmen, wenn die „Grundursachen“ des Konflikts beseitigt seien.
Der russische UN-Botschafter Nebensja hatte vor der Abstimmung erklärt, an einer Beobachtermission dürften keine Soldaten aus Nato-Staaten beteiligt sein.

Berlin: Bundeskanzler Merz sagte, Deutschland sei bereit, sich an einer solchen Mission mit Personal und Technik zu beteiligen.
Wer jetzt verhandeln wolle, müsse zuerst die Angriffe auf Städte einstellen, fügte er an die Adresse Moskaus hinzu.

Washington: US-Präsident Trump nannte die Abstimmung auf seiner Plattform Truth Social einen „großen Erfolg“ seiner Regierung.
Sein Sondergesandter Witkoff soll kommende Woche erneut nach Moskau reisen.

In der Nacht hat Russland die Ukraine erneut mit Drohnen und Raketen angegriffen.
Nach Angaben der ukrainischen Luftwaffe wurden vor allem Energieanlagen in den Regionen Charkiw und Poltawa getroffen, in Teilen des Landes fiel der Strom stundenlang aus.
Die Regierung in Kiew warf Moskau vor, mit den Angriffen die Arbeit des Sicherheitsrats zu untergraben.
""",
    timexes=[
        T("gestern Abend", "TIME", "2026-11-19TEV", note="New York local time (Ortszeit)"),
        T("30 Tagen", "DURATION", "P30D"),
        T("nächtlichen", "TIME", "2026-11-19TNI"),
        T("heute", "DATE", "2026-11-20"),
        T("jetzt", "DATE", "PRESENT_REF"),
        T("kommende Woche", "DATE", "2026-W48"),
        T("der Nacht", "TIME", "2026-11-19TNI"),
        T("stundenlang", "DURATION", "PXH"),
    ],
    events=[
        E("UN Security Council adopts a resolution demanding a ceasefire in Ukraine", "REQUEST",
          ["United Nations", "Russia", "Ukraine"], "2026-11-19TEV", "context", "occurred",
          "eine Resolution verabschiedet", note="Adopted 13-0 with Russia and China abstaining (New York time)."),
        E("Resolution asks Guterres to present proposals for an observer mission within 30 days", "REQUEST",
          ["United Nations", "António Guterres"], "2026-11-19TEV", "context", "occurred",
          "Die Resolution fordert Generalsekretär"),
        E("Guterres promises to start work immediately", "AGREE", ["António Guterres", "United Nations"],
          "2026-11-20", "published", "occurred", "Guterres sagte, er werde sich sofort"),
        E("Sybiha welcomes the resolution", "SUPPORT", ["Andrii Sybiha", "United Nations"], "2026-11-20", "published",
          "occurred", "Sybiha begrüßte die Entscheidung"),
        E("Zelensky: Ukraine ready to silence the guns", "AGREE", ["Volodymyr Zelensky", "Ukraine", "Russia"],
          "2026-11-19TNI", "text", "occurred", "die Waffen schweigen zu lassen"),
        E("Zelensky's condition: Russia must do the same", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2026-11-19TNI", "text", "occurred", "die Waffen schweigen zu lassen"),
        E("Peskov: Russia will agree to a ceasefire only once the 'root causes' are removed", "REQUEST",
          ["Dmitry Peskov", "Russia", "Ukraine"], "2026-11-20", "text", "occurred", "Grundursachen"),
        E("Nebenzia: no soldiers from NATO states in an observer mission", "REQUEST",
          ["Russia", "NATO", "United Nations"], "2026-11-19TEV", "context", "occurred", "Nato-Staaten beteiligt"),
        E("Merz: Germany ready to contribute personnel and equipment to an observer mission", "MOBILIZE",
          ["Friedrich Merz", "Germany", "United Nations"], "2026-11-20", "published", "planned",
          "mit Personal und Technik"),
        E("Merz demands that Moscow stop attacks on cities before negotiating", "REQUEST",
          ["Friedrich Merz", "Russia"], "2026-11-20", "published", "occurred", "an die Adresse Moskaus"),
        E("Trump hails the vote as a great success", "SUPPORT", ["Donald Trump", "United Nations"], "2026-11-20",
          "published", "occurred", "großen Erfolg"),
        E("Witkoff to travel to Moscow again", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W48", "text", "planned",
          "Sondergesandter Witkoff"),
        E("Russian drone and missile attack on Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"], "2026-11-19TNI",
          "text", "occurred", "In der Nacht hat Russland"),
        E("Kyiv accuses Moscow of undermining the Security Council", "ACCUSE", ["Ukraine", "Russia"], "2026-11-20",
          "published", "occurred", "Die Regierung in Kiew warf Moskau vor"),
    ],
    statements=[
        S("United Nations", "Demands a ceasefire in Ukraine", "2026-11-19TEV", "context", "eine Resolution verabschiedet"),
        S("United Nations", "Asks the Secretary-General for proposals for an observer mission within 30 days",
          "2026-11-19TEV", "context", "Die Resolution fordert Generalsekretär"),
        S("António Guterres", "Will start work immediately", "2026-11-20", "published",
          "Guterres sagte, er werde sich sofort"),
        S("Andrii Sybiha", "The resolution signals that the world is not looking away", "2026-11-20", "published",
          "Sybiha begrüßte die Entscheidung"),
        S("Volodymyr Zelensky", "Ukraine ready to silence the guns if Russia does the same", "2026-11-19TNI", "text",
          "die Waffen schweigen zu lassen"),
        S("Dmitry Peskov", "Russia will agree to a ceasefire only when the root causes are removed", "2026-11-20",
          "text", "Grundursachen"),
        S("Russia", "No soldiers from NATO states may take part in an observer mission", "2026-11-19TEV", "context",
          "Nato-Staaten beteiligt"),
        S("Friedrich Merz", "Germany ready to take part in such a mission with personnel and equipment", "2026-11-20",
          "published", "mit Personal und Technik"),
        S("Friedrich Merz", "Whoever wants to negotiate must first stop attacking cities", "2026-11-20", "published",
          "an die Adresse Moskaus"),
        S("Donald Trump", "The vote is a great success of his administration", "2026-11-20", "published",
          "großen Erfolg"),
        S("Ukraine", "Energy facilities in Kharkiv and Poltava regions were hit; power cuts for hours", "2026-11-20",
          "published", "Nach Angaben der ukrainischen Luftwaffe"),
        S("Ukraine", "Moscow is undermining the work of the Security Council", "2026-11-20", "published",
          "Die Regierung in Kiew warf Moskau vor"),
    ],
    actors=["United Nations", "Russia", "Ukraine", "China", "António Guterres", "Andrii Sybiha", "Volodymyr Zelensky",
            "Kremlin", "Dmitry Peskov", "NATO", "Friedrich Merz", "Germany", "Donald Trump", "United States",
            "Steve Witkoff"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
