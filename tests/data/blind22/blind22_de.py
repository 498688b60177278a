"""German articles of the blind22 evaluation set (fictionalised; see README.md)."""

from build import E, S, T

DOCS = [
    dict(
        id="b22de01_selenskyj_bundestag_mauer_2022_03",
        lang="de",
        published="2022-03-17",
        body="""
Selenskyj im Bundestag: „Reißen Sie diese Mauer nieder“
Berlin. Der ukrainische Präsident Wolodymyr Selenskyj hat in einer eindringlichen Videoansprache vor dem Bundestag mehr Hilfe von Deutschland verlangt und der Bundesregierung schwere Vorwürfe gemacht.
Zugeschaltet aus Kiew, sprach er am Donnerstagmorgen knapp zwölf Minuten lang zu den Abgeordneten, die sich vor und nach der Rede zu stehendem Applaus erhoben.

„Herr Bundeskanzler Scholz, reißen Sie diese Mauer nieder“, rief Selenskyj in Anspielung auf die Rede des früheren US-Präsidenten Ronald Reagan am Brandenburger Tor im Juni 1987.
Mitten in Europa wachse eine neue Mauer zwischen Freiheit und Unfreiheit, und jede Entscheidung, die nicht getroffen werde, mache sie höher, sagte er.
Deutschland habe mit der Pipeline Nord Stream 2 Russland bei der Vorbereitung des Krieges geholfen, die Antwort auf Kiewer Warnungen sei jahrelang gewesen: Wirtschaft, Wirtschaft, Wirtschaft.

Selenskyj forderte eine Flugverbotszone über seinem Land, ein Ende aller Geschäfte mit Russland und Unterstützung für einen raschen Beitritt der Ukraine zur Europäischen Union.
Er erinnerte an den russischen Angriff auf das Theater von Mariupol vom Vortag, in dem Hunderte Zivilisten Schutz gesucht hätten.

Unmittelbar nach der Ansprache ging das Parlament zur Tagesordnung über, zunächst mit Geburtstagsglückwünschen für zwei Abgeordnete.
Unionsfraktionschef Friedrich Merz warf der Ampel-Koalition vor, eine Aussprache über die Rede verhindert zu haben, und nannte das Vorgehen „beschämend“.
Scholz selbst äußerte sich im Plenum nicht.
Regierungssprecher Steffen Hebestreit sagte am Mittag, der Kanzler habe die Rede aufmerksam verfolgt, eine Flugverbotszone lehne die Bundesregierung aber gemeinsam mit den Nato-Partnern weiterhin ab.
Aus Regierungskreisen hieß es, in den kommenden Tagen sollten weitere 2700 Flugabwehrraketen vom Typ Strela aus alten NVA-Beständen in die Ukraine gebracht werden.

Auf dem Verhandlungsweg zeichnet sich unterdessen wenig Bewegung ab.
Die Delegationen beider Länder setzten ihre Gespräche am Donnerstag per Video fort, wie Kremlsprecher Dmitri Peskow bestätigte.
Russlands Chefunterhändler Wladimir Medinski hatte am Mittwochabend erklärt, Moskau schlage einen neutralen Status der Ukraine nach dem Vorbild Österreichs oder Schwedens vor.
Kiew wies das noch am selben Abend zurück: Ein solches Modell komme nicht infrage, die Ukraine brauche rechtlich bindende Sicherheitsgarantien, hieß es aus dem Präsidialamt.
Ein Treffen zwischen Kremlchef Wladimir Putin und Selenskyj sei derzeit verfrüht, sagte Peskow.

Bereits am Dienstag waren die Regierungschefs Polens, Tschechiens und Sloweniens mit dem Nachtzug nach Kiew gereist, um Selenskyj ihre Unterstützung zuzusichern.
Eine ähnliche Reise des Kanzlers ist nach Angaben aus Berlin vorerst nicht geplant.
Russland hatte die Ukraine am 24. Februar angegriffen; seither sind nach UN-Angaben mehr als drei Millionen Menschen aus dem Land geflohen.
""",
        timexes=[
            T("Donnerstagmorgen", "TIME", "2022-03-17TMO"),
            T("knapp zwölf Minuten", "DURATION", "PT12M", mod="APPROX"),
            T("Juni 1987", "DATE", "1987-06"),
            T("jahrelang", "DURATION", "PXY"),
            T("Vortag", "DATE", "2022-03-16"),
            T("Mittag", "TIME", "2022-03-17T12:00"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2022-03-17"),
            T("Mittwochabend", "TIME", "2022-03-16TEV"),
            T("selben Abend", "TIME", "2022-03-16TEV"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dienstag", "DATE", "2022-03-15"),
            T("24. Februar", "DATE", "2022-02-24"),
        ],
        events=[
            E("Zelensky calls on Scholz to 'tear down this wall'", "REQUEST",
              ["Volodymyr Zelensky", "Olaf Scholz"], "2022-03-17TMO", "context", "occurred",
              "reißen Sie diese Mauer nieder“, rief Selenskyj",
              note="said in the Bundestag video address on Thursday morning"),
            E("Zelensky accuses Germany of helping Russia prepare the war with Nord Stream 2", "ACCUSE",
              ["Volodymyr Zelensky", "Germany"], "2022-03-17TMO", "context", "occurred",
              "Deutschland habe mit der Pipeline Nord Stream 2"),
            E("Zelensky demands a no-fly zone, an end to business with Russia and support for EU accession", "REQUEST",
              ["Volodymyr Zelensky", "Germany"], "2022-03-17TMO", "context", "occurred",
              "Selenskyj forderte eine Flugverbotszone"),
            E("Russian attack on the Mariupol theatre", "ASSAULT", ["Russia", "Ukraine"], "2022-03-16", "text", "occurred",
              "russischen Angriff auf das Theater von Mariupol"),
            E("Merz accuses the coalition of blocking a debate on the speech", "ACCUSE",
              ["Friedrich Merz", "Germany"], "2022-03-17", "context", "occurred",
              "Unionsfraktionschef Friedrich Merz warf der Ampel-Koalition vor",
              note="Germany stands for the governing coalition"),
            E("German government, with NATO partners, rejects a no-fly zone", "REJECT",
              ["Germany", "NATO", "Ukraine"], "2022-03-17T12:00", "text", "occurred",
              "eine Flugverbotszone lehne die Bundesregierung aber"),
            E("Germany to deliver 2,700 Strela anti-aircraft missiles to Ukraine", "AID",
              ["Germany", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "weitere 2700 Flugabwehrraketen vom Typ Strela"),
            E("Russian and Ukrainian delegations continue talks by video", "CONSULT",
              ["Russia", "Ukraine"], "2022-03-17", "text", "occurred",
              "Die Delegationen beider Länder setzten ihre Gespräche"),
            E("Medinsky proposes a neutral status for Ukraine on the Austrian or Swedish model", "REQUEST",
              ["Vladimir Medinsky", "Russia", "Ukraine"], "2022-03-16TEV", "text", "occurred",
              "Moskau schlage einen neutralen Status der Ukraine"),
            E("Kyiv rejects the neutrality model", "REJECT", ["Ukraine", "Russia"], "2022-03-16TEV", "text", "occurred",
              "Kiew wies das noch am selben Abend zurück"),
            E("Kyiv demands legally binding security guarantees", "REQUEST", ["Ukraine"], "2022-03-16TEV", "text",
              "occurred", "die Ukraine brauche rechtlich bindende Sicherheitsgarantien"),
            E("Peskov says a Putin-Zelensky meeting is premature", "REJECT",
              ["Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky"], "2022-03-17", "published", "occurred",
              "sei derzeit verfrüht, sagte Peskow"),
            E("Polish, Czech and Slovenian prime ministers visit Zelensky in Kyiv", "CONSULT",
              ["Poland", "Volodymyr Zelensky"], "2022-03-15", "text", "occurred",
              "Regierungschefs Polens, Tschechiens und Sloweniens",
              note="Czechia and Slovenia are not canonical"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "Russland hatte die Ukraine am 24. Februar angegriffen"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Chancellor Scholz, tear down this wall", "2022-03-17TMO", "context",
              "reißen Sie diese Mauer nieder“, rief Selenskyj"),
            S("Volodymyr Zelensky", "A new wall is growing in Europe; every decision not taken makes it higher",
              "2022-03-17TMO", "context", "Mitten in Europa wachse eine neue Mauer"),
            S("Volodymyr Zelensky", "Germany helped Russia with Nord Stream 2; the answer was always the economy",
              "2022-03-17TMO", "context", "Deutschland habe mit der Pipeline Nord Stream 2"),
            S("Volodymyr Zelensky", "Demands a no-fly zone, an end to business with Russia, quick EU accession",
              "2022-03-17TMO", "context", "Selenskyj forderte eine Flugverbotszone"),
            S("Volodymyr Zelensky", "Recalls the attack on the Mariupol theatre where hundreds sheltered",
              "2022-03-17TMO", "context", "russischen Angriff auf das Theater von Mariupol"),
            S("Friedrich Merz", "The coalition blocked a debate on the speech; 'shameful'", "2022-03-17", "context",
              "Unionsfraktionschef Friedrich Merz warf der Ampel-Koalition vor"),
            S("Germany", "The chancellor followed the speech; a no-fly zone remains rejected with NATO partners",
              "2022-03-17T12:00", "text", "eine Flugverbotszone lehne die Bundesregierung aber"),
            S("Germany", "2,700 more Strela missiles to be brought to Ukraine in the coming days", "2022-03-17",
              "published", "weitere 2700 Flugabwehrraketen vom Typ Strela"),
            S("Dmitry Peskov", "Confirms the delegations continued talks by video", "2022-03-17", "published",
              "Die Delegationen beider Länder setzten ihre Gespräche"),
            S("Vladimir Medinsky", "Moscow proposes a neutral status for Ukraine like Austria or Sweden",
              "2022-03-16TEV", "text", "Moskau schlage einen neutralen Status der Ukraine"),
            S("Ukraine", "Such a model is out of the question; Ukraine needs binding security guarantees",
              "2022-03-16TEV", "text", "Kiew wies das noch am selben Abend zurück"),
            S("Dmitry Peskov", "A Putin-Zelensky meeting is premature at present", "2022-03-17", "published",
              "sei derzeit verfrüht, sagte Peskow"),
            S("Germany", "No similar trip by the chancellor is planned for now", "2022-03-17", "published",
              "Eine ähnliche Reise des Kanzlers"),
            S("United Nations", "More than three million people have fled Ukraine", "2022-03-17", "published",
              "mehr als drei Millionen Menschen"),
        ],
        actors=["Volodymyr Zelensky", "Germany", "Olaf Scholz", "Russia", "Ukraine", "European Union",
                "Friedrich Merz", "NATO", "Kremlin", "Dmitry Peskov", "Vladimir Medinsky", "Vladimir Putin",
                "Poland", "United Nations"],
    ),
    dict(
        id="b22de02_macron_nicht_demuetigen_2022_06",
        lang="de",
        published="2022-06-05",
        body="""
Macron will Russland «nicht demütigen» – Kiew reagiert empört
Mit einer Bemerkung über den Umgang mit Moskau hat der französische Präsident Emmanuel Macron in der Ukraine einen Sturm der Entrüstung ausgelöst.
Man dürfe Russland nicht demütigen, damit an dem Tag, an dem die Kämpfe aufhörten, ein Ausweg auf diplomatischem Weg möglich bleibe, sagte Macron in einem Interview mit französischen Regionalzeitungen, das am Samstag erschien.
Frankreich komme dabei die Rolle einer «vermittelnden Macht» zu, fügte er hinzu.
Insgesamt habe er seit Kriegsbeginn über hundert Stunden mit Kremlchef Wladimir Putin gesprochen.

Der ukrainische Aussenminister Dmytro Kuleba antwortete noch am Samstag auf Twitter, Aufrufe, eine Demütigung Russlands zu vermeiden, könnten nur Frankreich und jedes andere Land demütigen, das sie erhebe.
Man solle sich besser darauf konzentrieren, Russland in die Schranken zu weisen, schrieb Kuleba.
Macron hatte zuletzt am 28. Mai gemeinsam mit dem deutschen Bundeskanzler Olaf Scholz mit Putin telefoniert und dabei eine Waffenruhe sowie direkte Gespräche mit Präsident Wolodymyr Selenskyj verlangt.

Putin selbst drohte am Sonntag mit Angriffen auf neue Ziele, sollte der Westen der Ukraine Raketen mit grösserer Reichweite liefern.
In einem Interview mit dem Staatsfernsehen reagierte er damit auf die Ankündigung von US-Präsident Joe Biden vom Mittwoch, Kiew Mehrfachraketenwerfer vom Typ Himars zu überlassen.
Die Lieferungen aus den USA zielten nur darauf ab, den Konflikt so lange wie möglich hinauszuzögern, sagte Putin.
Am frühen Sonntagmorgen hatten russische Raketen erstmals seit Wochen wieder Kiew getroffen; nach ukrainischen Angaben wurden Eisenbahnwerkstätten im Stadtteil Darnyzja beschädigt.
Das russische Verteidigungsministerium erklärte, dort seien aus Osteuropa gelieferte Panzer zerstört worden.

In der Schweiz sorgt derweil ein Entscheid des Bundesrats für Diskussionen.
Wie am Freitag bekannt wurde, hat Bern ein Gesuch Dänemarks abgelehnt, in der Schweiz hergestellte Piranha-Radschützenpanzer an die Ukraine weiterzugeben.
Bereits im April hatte die Regierung ein ähnliches Gesuch Deutschlands für Munition des Flugabwehrpanzers Gepard mit Verweis auf die Neutralität zurückgewiesen.
Die ukrainische Botschaft in Bern nannte die Haltung «unverständlich».
Aussenminister Ignazio Cassis will die Schweiz dennoch als Gastgeberin einer Wiederaufbaukonferenz für die Ukraine positionieren, die Anfang Juli in Lugano stattfinden soll.

Selenskyj sagte am Samstagabend in seiner täglichen Videoansprache, die Ukraine werde im Gegenzug für einen Frieden keine Gebiete abtreten.
Zugleich erneuerte er seine Einladung an Macron, sich in Kiew selbst ein Bild von der Lage zu machen.
""",
        timexes=[
            T("Samstag", "DATE", "2022-06-04"),
            T("über hundert Stunden", "DURATION", "PT100H", mod="MORE_THAN"),
            T("Samstag", "DATE", "2022-06-04", n=1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("28. Mai", "DATE", "2022-05-28"),
            T("Sonntag", "DATE", "2022-06-05"),
            T("Mittwoch", "DATE", "2022-06-01"),
            T("frühen Sonntagmorgen", "TIME", "2022-06-05TMO", mod="START"),
            T("Wochen", "DURATION", "PXW"),
            T("Freitag", "DATE", "2022-06-03"),
            T("April", "DATE", "2022-04"),
            T("Anfang Juli", "DATE", "2022-07", mod="START"),
            T("Samstagabend", "TIME", "2022-06-04TEV"),
            T("täglichen", "SET", "P1D"),
        ],
        events=[
            E("Macron warns against humiliating Russia", "REQUEST", ["Emmanuel Macron", "Russia"], "2022-06-04",
              "text", "occurred", "Man dürfe Russland nicht demütigen",
              note="interview with regional papers published on Saturday"),
            E("Kuleba: calls to avoid humiliating Russia humiliate France", "ACCUSE",
              ["Ukraine", "Emmanuel Macron", "France"], "2022-06-04", "text", "occurred",
              "Dmytro Kuleba antwortete noch am Samstag"),
            E("Kuleba urges focusing on putting Russia in its place", "REQUEST", ["Ukraine", "France", "Russia"],
              "2022-06-04", "context", "occurred", "Russland in die Schranken zu weisen"),
            E("Macron and Scholz phone Putin", "CONSULT", ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"],
              "2022-05-28", "text", "occurred", "Macron hatte zuletzt am 28. Mai"),
            E("Macron and Scholz demand a ceasefire and direct talks with Zelensky", "REQUEST",
              ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"], "2022-05-28", "text", "occurred",
              "Macron hatte zuletzt am 28. Mai"),
            E("Putin threatens strikes on new targets if longer-range missiles are delivered", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2022-06-05", "text", "occurred",
              "Putin selbst drohte am Sonntag"),
            E("Biden announces HIMARS rocket launchers for Kyiv", "AID", ["Joe Biden", "Ukraine"], "2022-06-01",
              "text", "occurred", "Ankündigung von US-Präsident Joe Biden vom Mittwoch"),
            E("Putin: US deliveries only aim to drag out the conflict", "ACCUSE", ["Vladimir Putin", "United States"],
              "2022-06-05", "context", "occurred", "Die Lieferungen aus den USA zielten"),
            E("Russian missiles hit Kyiv's Darnytsia district", "ASSAULT", ["Russia", "Ukraine"], "2022-06-05TMO",
              "text", "occurred", "Am frühen Sonntagmorgen hatten russische Raketen"),
            E("Switzerland refuses Denmark's request to pass Piranha vehicles to Ukraine", "REJECT", ["Ukraine"],
              "2022-06-03", "context", "occurred", "Gesuch Dänemarks abgelehnt",
              note="Switzerland and Denmark are not canonical; dated by the day the refusal became known"),
            E("Switzerland refuses Germany's request to re-export Gepard ammunition", "REJECT",
              ["Germany", "Ukraine"], "2022-04", "text", "occurred", "ein ähnliches Gesuch Deutschlands"),
            E("Ukrainian embassy calls the Swiss stance incomprehensible", "ACCUSE", ["Ukraine"], "2022-06-05",
              "published", "occurred", "Die ukrainische Botschaft in Bern"),
            E("Recovery conference for Ukraine planned in Lugano", "CONSULT", ["Ukraine"], "2022-07", "text",
              "planned", "Wiederaufbaukonferenz für die Ukraine positionieren", date_mod="START"),
            E("Zelensky rules out ceding territory for peace", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2022-06-04TEV", "text", "occurred", "keine Gebiete abtreten"),
            E("Zelensky renews his invitation to Macron to visit Kyiv", "REQUEST",
              ["Volodymyr Zelensky", "Emmanuel Macron"], "2022-06-04TEV", "context", "occurred",
              "erneuerte er seine Einladung an Macron"),
        ],
        statements=[
            S("Emmanuel Macron", "Russia must not be humiliated so that a diplomatic exit remains possible",
              "2022-06-04", "text", "Man dürfe Russland nicht demütigen"),
            S("Emmanuel Macron", "France has the role of a mediating power", "2022-06-04", "context",
              "vermittelnden Macht"),
            S("Emmanuel Macron", "Has spoken with Putin for over a hundred hours since the war began", "2022-06-04",
              "context", "über hundert Stunden"),
            S("Ukraine", "Calls to avoid humiliating Russia can only humiliate France", "2022-06-04", "text",
              "Dmytro Kuleba antwortete noch am Samstag"),
            S("Ukraine", "Better to focus on putting Russia in its place", "2022-06-04", "context",
              "Russland in die Schranken zu weisen"),
            S("Vladimir Putin", "Russia will strike new targets if longer-range missiles are supplied", "2022-06-05",
              "text", "Putin selbst drohte am Sonntag"),
            S("Vladimir Putin", "US deliveries only aim to drag the conflict out", "2022-06-05", "context",
              "Die Lieferungen aus den USA zielten"),
            S("Ukraine", "Railway workshops in Darnytsia were damaged", "2022-06-05", "context",
              "Am frühen Sonntagmorgen hatten russische Raketen"),
            S("Russia", "Tanks supplied from Eastern Europe were destroyed there", "2022-06-05", "context",
              "Das russische Verteidigungsministerium erklärte"),
            S("Ukraine", "The Swiss stance is incomprehensible", "2022-06-05", "published",
              "Die ukrainische Botschaft in Bern"),
            S("Volodymyr Zelensky", "Ukraine will not cede territory in exchange for peace", "2022-06-04TEV", "text",
              "keine Gebiete abtreten"),
            S("Volodymyr Zelensky", "Renews invitation to Macron to see the situation in Kyiv", "2022-06-04TEV",
              "context", "erneuerte er seine Einladung an Macron"),
        ],
        actors=["Emmanuel Macron", "Russia", "Ukraine", "France", "Kremlin", "Vladimir Putin", "Olaf Scholz",
                "Germany", "Volodymyr Zelensky", "Joe Biden", "United States"],
    ),
    dict(
        id="b22de03_wiederaufbaukonferenz_berlin_2024_06",
        lang="de",
        published="2024-06-12",
        body="""
Wiederaufbaukonferenz: Scholz sagt Kiew mehr Flugabwehr zu – Selenskyj im Bundestag
Berlin. Mehr Flugabwehr, mehr Geld, mehr Investitionen: Mit einer Reihe von Zusagen ist am Mittwoch die von Deutschland und der Ukraine ausgerichtete Wiederaufbaukonferenz in Berlin zu Ende gegangen.
Rund 2000 Vertreter von Regierungen, Unternehmen und Kommunen waren seit Dienstag im CityCube an der Messe zusammengekommen.

„Der Wiederaufbau beginnt nicht erst nach dem Krieg, er beginnt jetzt“, hatte Bundeskanzler Olaf Scholz (SPD) zum Auftakt am Dienstag gesagt.
Deutschland werde der Ukraine ein weiteres Iris-T-System und Raketen für die Patriot-Flugabwehr liefern, kündigte er an, und rief die Nato-Verbündeten auf, ihre Bestände „noch einmal genau durchzusehen“.
Der ukrainische Präsident Wolodymyr Selenskyj nannte den Schutz des Himmels die wichtigste Voraussetzung für jeden Wiederaufbau und bat um mindestens sieben weitere Patriot-Systeme.
Scholz und Selenskyj kamen danach im Kanzleramt zu einem Gespräch unter vier Augen zusammen.
Am Nachmittag sprach Selenskyj vor dem Bundestag; die Abgeordneten der AfD blieben der Rede fern, von der BSW-Gruppe kamen nur vier.
Putin müsse diesen Krieg verlieren, und er werde ihn verlieren, sagte Selenskyj unter dem Beifall der Abgeordneten.

Am Rande des ersten Konferenztages unterzeichnete EU-Kommissionspräsidentin Ursula von der Leyen mit dem ukrainischen Regierungschef Denys Schmyhal drei Vereinbarungen über Garantien und Zuschüsse von insgesamt 1,4 Milliarden Euro.
Die erste Tranche von 1,9 Milliarden Euro aus der neuen Ukraine-Fazilität solle noch bis Ende Juni fließen, teilte die Kommission mit.

In Moskau sprach Kremlsprecher Dmitri Peskow von einem Versuch, „Geld für die Fortsetzung des Krieges einzusammeln“.
Die für das Wochenende geplante Friedenskonferenz in der Schweiz sei ohne Russland „sinnlos“, Moskau werde niemanden entsenden.
Selenskyj will am Samstag auf dem Bürgenstock Vertreter von rund 90 Staaten und Organisationen empfangen.
In der Nacht zum Mittwoch griff Russland die zentralukrainische Stadt Krywyj Rih mit Raketen an; nach Angaben der Behörden wurden mindestens neun Menschen getötet.

Von Berlin reiste Selenskyj am Mittwoch nach Saudi-Arabien weiter, wo er am Abend Kronprinz Mohammed bin Salman treffen wollte.
Am Donnerstag wird er beim G7-Gipfel im süditalienischen Apulien erwartet, wo US-Präsident Joe Biden auf eine Einigung über einen Kredit von 50 Milliarden Dollar aus den Zinserträgen eingefrorener russischer Vermögen dringt.
Scholz zeigte sich zuversichtlich, dass die sieben Staaten den Kredit beschließen.
""",
        timexes=[
            T("Mittwoch", "DATE", "2024-06-12"),
            T("Dienstag", "DATE", "2024-06-11"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Dienstag", "DATE", "2024-06-11", n=1),
            T("Nachmittag", "TIME", "2024-06-11TAF"),
            T("Ende Juni", "DATE", "2024-06", mod="END"),
            T("das Wochenende", "DATE", "2024-W24-WE"),
            T("Samstag", "DATE", "2024-06-15"),
            T("der Nacht zum Mittwoch", "TIME", "2024-06-11TNI", note="night of 11 to 12 June"),
            T("Mittwoch", "DATE", "2024-06-12", n=2),
            T("Abend", "TIME", "2024-06-12TEV"),
            T("Donnerstag", "DATE", "2024-06-13"),
        ],
        events=[
            E("Ukraine Recovery Conference in Berlin, hosted by Germany and Ukraine", "CONSULT",
              ["Germany", "Ukraine"], "2024-06-12", "text", "occurred", "Mit einer Reihe von Zusagen ist am Mittwoch",
              note="conference on 11-12 June 2024; dated by the day in the text (its end)"),
            E("Scholz announces another IRIS-T system and Patriot missiles for Ukraine", "AID",
              ["Olaf Scholz", "Germany", "Ukraine"], "2024-06-11", "context", "occurred",
              "ein weiteres Iris-T-System"),
            E("Scholz calls on NATO allies to review their stocks", "REQUEST", ["Olaf Scholz", "NATO"], "2024-06-11",
              "context", "occurred", "rief die Nato-Verbündeten auf"),
            E("Zelensky asks for at least seven more Patriot systems", "REQUEST", ["Volodymyr Zelensky"],
              "2024-06-11", "context", "occurred", "bat um mindestens sieben weitere Patriot-Systeme"),
            E("Scholz and Zelensky meet at the Chancellery", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
              "2024-06-11", "context", "occurred", "Scholz und Selenskyj kamen danach im Kanzleramt"),
            E("Von der Leyen and Shmyhal sign agreements on guarantees and grants", "AGREE",
              ["Ursula von der Leyen", "Ukraine"], "2024-06-11", "context", "occurred",
              "Am Rande des ersten Konferenztages"),
            E("EU guarantees and grants of 1.4 billion euros for Ukraine", "AID", ["Ursula von der Leyen", "Ukraine"],
              "2024-06-11", "context", "occurred", "Am Rande des ersten Konferenztages"),
            E("First 1.9-billion-euro tranche of the Ukraine Facility to be paid", "AID",
              ["European Union", "Ukraine"], "2024-06", "text", "planned", "Die erste Tranche von 1,9 Milliarden Euro",
              date_mod="END"),
            E("Peskov: the conference collects money to continue the war", "ACCUSE",
              ["Dmitry Peskov", "Germany", "Ukraine"], "2024-06-12", "published", "occurred",
              "In Moskau sprach Kremlsprecher Dmitri Peskow"),
            E("Moscow will send no one to the peace conference in Switzerland", "REJECT", ["Dmitry Peskov", "Russia"],
              "2024-06-12", "published", "occurred", "Moskau werde niemanden entsenden"),
            E("Zelensky to host the peace conference at the Bürgenstock", "CONSULT", ["Volodymyr Zelensky"],
              "2024-06-15", "text", "planned", "Selenskyj will am Samstag auf dem Bürgenstock"),
            E("Russian missile attack on Kryvyi Rih", "ASSAULT", ["Russia", "Ukraine"], "2024-06-11TNI", "text",
              "occurred", "griff Russland die zentralukrainische Stadt Krywyj Rih"),
            E("Zelensky to meet Crown Prince Mohammed bin Salman in Saudi Arabia", "CONSULT",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2024-06-12TEV", "text", "planned",
              "Von Berlin reiste Selenskyj am Mittwoch nach Saudi-Arabien"),
            E("Zelensky expected at the G7 summit in Apulia with Biden", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-06-13", "text", "planned", "Am Donnerstag wird er beim G7-Gipfel"),
            E("Biden pushes for a 50-billion-dollar loan from the proceeds of frozen Russian assets", "AID",
              ["Joe Biden", "Ukraine", "Russia"], "2024-06-13", "context", "uncertain",
              "Kredit von 50 Milliarden Dollar",
              note="frozen-assets rule of the conventions; to be decided at the G7 summit"),
        ],
        statements=[
            S("Olaf Scholz", "Reconstruction does not begin after the war, it begins now", "2024-06-11", "text",
              "Der Wiederaufbau beginnt nicht erst nach dem Krieg"),
            S("Olaf Scholz", "Germany will deliver another IRIS-T system and Patriot missiles; allies should review stocks",
              "2024-06-11", "context", "ein weiteres Iris-T-System"),
            S("Volodymyr Zelensky", "Air defence is the key condition for reconstruction; asks for seven Patriots",
              "2024-06-11", "context", "bat um mindestens sieben weitere Patriot-Systeme"),
            S("Volodymyr Zelensky", "Putin must lose this war and will lose it", "2024-06-11TAF", "context",
              "Putin müsse diesen Krieg verlieren"),
            S("European Union", "The first 1.9bn tranche of the Ukraine Facility to be paid by end of June",
              "2024-06-12", "published", "Die erste Tranche von 1,9 Milliarden Euro"),
            S("Dmitry Peskov", "The conference is an attempt to collect money to continue the war", "2024-06-12",
              "published", "In Moskau sprach Kremlsprecher Dmitri Peskow"),
            S("Dmitry Peskov", "The peace conference without Russia is pointless; Moscow sends no one", "2024-06-12",
              "published", "Moskau werde niemanden entsenden"),
            S("Ukraine", "At least nine people killed in Kryvyi Rih", "2024-06-12", "context",
              "griff Russland die zentralukrainische Stadt Krywyj Rih"),
            S("Olaf Scholz", "Confident the seven states will approve the loan", "2024-06-12", "published",
              "Scholz zeigte sich zuversichtlich"),
        ],
        actors=["Germany", "Ukraine", "Olaf Scholz", "NATO", "Volodymyr Zelensky", "Vladimir Putin",
                "Ursula von der Leyen", "European Union", "Kremlin", "Dmitry Peskov", "Russia", "Saudi Arabia",
                "United States", "Joe Biden"],
    ),
    dict(
        id="b22de04_polen_konsulat_danzig_sabotage_2025_11",
        lang="de",
        published="2025-11-19",
        body="""
Nach Sabotage an Bahnstrecke: Polen schließt letztes russisches Konsulat – Moskau droht mit Antwort
Warschau – Nach dem Sprengstoffanschlag auf eine Bahnstrecke im Osten Polens verschärft Warschau seinen Kurs gegenüber Moskau.
Außenminister Radosław Sikorski kündigte am Mittwoch im Parlament an, die Zustimmung zum Betrieb des russischen Generalkonsulats in Danzig zu widerrufen.
Damit verliert Russland seine letzte konsularische Vertretung in Polen, nachdem die Regierung im Oktober 2024 bereits das Konsulat in Posen und im Mai das in Krakau hatte schließen lassen.
Die Botschaft in Warschau darf weiterarbeiten.

Was ist passiert?
In der Nacht zum Sonntag hatte eine Explosion die Gleise der Strecke Warschau–Lublin nahe dem Dorf Mika beschädigt, über die auch Hilfslieferungen in die Ukraine laufen.
Verletzt wurde niemand; ein Lokführer hatte am Sonntagmorgen Schäden gemeldet.
Regierungschef Donald Tusk sprach am Montag von einem „beispiellosen Sabotageakt“.
Am Dienstag nannte er im Sejm Einzelheiten: Zwei ukrainische Staatsbürger, die seit Längerem mit russischen Geheimdiensten zusammenarbeiteten, hätten den Sprengsatz gezündet und seien über den Grenzübergang Terespol nach Belarus geflohen.
Warschau habe Minsk offiziell um die Auslieferung der Männer ersucht, sagte Tusk.

Wie reagiert Moskau?
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte eine „spiegelbildliche“ Antwort an und warf Polen „hysterische Russophobie“ vor.
Kremlsprecher Dmitri Peskow wies jede Beteiligung Russlands zurück.
Es sei „bezeichnend“, dass Warschau Moskau beschuldige, bevor die Ermittlungen abgeschlossen seien, sagte er.

Wie reagieren die Verbündeten?
EU-Außenbeauftragte Kaja Kallas sicherte Polen die Solidarität der Union zu und sprach von einem weiteren Fall russischer „hybrider Kriegsführung“.
Nato-Generalsekretär Mark Rutte telefonierte nach Angaben eines Sprechers am Dienstagabend mit Tusk.
Der ukrainische Präsident Wolodymyr Selenskyj bot Warschau eine gemeinsame Untersuchung an und erklärte, Moskau wolle die Nachbarn der Ukraine einschüchtern.

Die Beziehungen zwischen beiden Ländern sind seit Monaten angespannt.
Im September hatte Polen nach dem Eindringen russischer Drohnen in seinen Luftraum Konsultationen nach Artikel 4 des Nato-Vertrags beantragt.
Unterdessen sorgen Berichte über einen 28-Punkte-Plan für Aufsehen, den der US-Sondergesandte Steve Witkoff mit dem Kremlvertrauten Kirill Dmitrijew ausgearbeitet haben soll.
Selenskyj will am Donnerstag in Kiew eine Delegation des US-Verteidigungsministeriums empfangen.
""",
        timexes=[
            T("Mittwoch", "DATE", "2025-11-19"),
            T("Oktober 2024", "DATE", "2024-10"),
            T("Mai", "DATE", "2025-05"),
            T("der Nacht zum Sonntag", "TIME", "2025-11-15TNI", note="night of 15 to 16 November"),
            T("Sonntagmorgen", "TIME", "2025-11-16TMO"),
            T("Montag", "DATE", "2025-11-17"),
            T("Dienstag", "DATE", "2025-11-18"),
            T("Dienstagabend", "TIME", "2025-11-18TEV"),
            T("Monaten", "DURATION", "PXM"),
            T("September", "DATE", "2025-09"),
            T("Donnerstag", "DATE", "2025-11-20"),
        ],
        events=[
            E("Poland withdraws consent for the Russian consulate general in Gdańsk", "SANCTION", ["Poland", "Russia"],
              "2025-11-19", "text", "occurred", "Außenminister Radosław Sikorski kündigte am Mittwoch"),
            E("Poland closes the Russian consulate in Poznań", "SANCTION", ["Poland", "Russia"], "2024-10", "text",
              "occurred", "das Konsulat in Posen"),
            E("Poland closes the Russian consulate in Kraków", "SANCTION", ["Poland", "Russia"], "2025-05", "text",
              "occurred", "das Konsulat in Posen"),
            E("Explosion damages the Warsaw-Lublin railway line (sabotage)", "ASSAULT", ["Russia", "Poland"],
              "2025-11-15TNI", "text", "occurred", "hatte eine Explosion die Gleise",
              note="attributed by Tusk to people working for Russian services; Moscow denies"),
            E("Tusk blames Russian intelligence services for the sabotage", "ACCUSE", ["Donald Tusk", "Russia"],
              "2025-11-18", "text", "occurred", "Am Dienstag nannte er im Sejm Einzelheiten"),
            E("Poland asks Belarus to extradite the suspects", "REQUEST", ["Poland", "Belarus"], "2025-11-18",
              "context", "occurred", "Warschau habe Minsk offiziell um die Auslieferung"),
            E("Zakharova announces a mirror response", "THREATEN", ["Maria Zakharova", "Poland"], "2025-11-19",
              "published", "occurred", "kündigte eine „spiegelbildliche“ Antwort an"),
            E("Zakharova accuses Poland of hysterical Russophobia", "ACCUSE", ["Maria Zakharova", "Poland"],
              "2025-11-19", "published", "occurred", "kündigte eine „spiegelbildliche“ Antwort an"),
            E("Peskov denies any Russian involvement", "REJECT", ["Dmitry Peskov", "Poland"], "2025-11-19",
              "published", "occurred", "wies jede Beteiligung Russlands zurück"),
            E("Peskov criticises Warsaw for blaming Moscow before the investigation ends", "ACCUSE",
              ["Dmitry Peskov", "Poland"], "2025-11-19", "published", "occurred", "Es sei „bezeichnend“"),
            E("Kallas assures Poland of EU solidarity", "SUPPORT", ["Kaja Kallas", "Poland"], "2025-11-19",
              "published", "occurred", "sicherte Polen die Solidarität der Union zu"),
            E("Kallas calls it Russian hybrid warfare", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-11-19",
              "published", "occurred", "sicherte Polen die Solidarität der Union zu"),
            E("Rutte phones Tusk", "CONSULT", ["Mark Rutte", "Donald Tusk"], "2025-11-18TEV", "text", "occurred",
              "Mark Rutte telefonierte"),
            E("Zelensky offers Poland a joint investigation", "REQUEST", ["Volodymyr Zelensky", "Poland"],
              "2025-11-19", "published", "occurred", "bot Warschau eine gemeinsame Untersuchung an"),
            E("Zelensky accuses Moscow of trying to intimidate Ukraine's neighbours", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-11-19", "published", "occurred",
              "bot Warschau eine gemeinsame Untersuchung an"),
            E("Poland requests NATO Article 4 consultations after the drone incursion", "REQUEST", ["Poland", "NATO"],
              "2025-09", "text", "occurred", "Konsultationen nach Artikel 4"),
            E("Witkoff reportedly drafted a 28-point plan with Dmitriev", "CONSULT",
              ["Steve Witkoff", "Kirill Dmitriev"], "2025-11-19", "published", "uncertain", "28-Punkte-Plan",
              note="reported, not confirmed; the text gives no date for the drafting"),
            E("Zelensky to receive a Pentagon delegation in Kyiv", "CONSULT", ["Volodymyr Zelensky", "United States"],
              "2025-11-20", "text", "planned", "Selenskyj will am Donnerstag in Kiew"),
        ],
        statements=[
            S("Poland", "Consent for the Russian consulate general in Gdańsk is withdrawn", "2025-11-19", "text",
              "Außenminister Radosław Sikorski kündigte am Mittwoch"),
            S("Donald Tusk", "An unprecedented act of sabotage", "2025-11-17", "text",
              "beispiellosen Sabotageakt"),
            S("Donald Tusk", "Two Ukrainians working with Russian services set off the charge and fled to Belarus",
              "2025-11-18", "text", "Am Dienstag nannte er im Sejm Einzelheiten"),
            S("Donald Tusk", "Warsaw has asked Minsk to extradite the men", "2025-11-18", "context",
              "Warschau habe Minsk offiziell um die Auslieferung"),
            S("Maria Zakharova", "Russia will respond in kind; Poland is sliding into hysterical Russophobia",
              "2025-11-19", "published", "kündigte eine „spiegelbildliche“ Antwort an"),
            S("Dmitry Peskov", "Denies any Russian involvement", "2025-11-19", "published",
              "wies jede Beteiligung Russlands zurück"),
            S("Dmitry Peskov", "Telling that Warsaw blames Moscow before the investigation is over", "2025-11-19",
              "published", "Es sei „bezeichnend“"),
            S("Kaja Kallas", "EU solidarity with Poland; another case of Russian hybrid warfare", "2025-11-19",
              "published", "sicherte Polen die Solidarität der Union zu"),
            S("NATO", "Rutte spoke with Tusk on Tuesday evening", "2025-11-19", "published",
              "Mark Rutte telefonierte"),
            S("Volodymyr Zelensky", "Offers a joint investigation; Moscow wants to intimidate Ukraine's neighbours",
              "2025-11-19", "published", "bot Warschau eine gemeinsame Untersuchung an"),
        ],
        actors=["Poland", "Russia", "Ukraine", "Donald Tusk", "Belarus", "Maria Zakharova", "Kremlin",
                "Dmitry Peskov", "Kaja Kallas", "European Union", "Mark Rutte", "NATO", "Volodymyr Zelensky",
                "Steve Witkoff", "United States", "Kirill Dmitriev"],
    ),
    dict(
        id="b22de05_riad_austausch_alle_gegen_alle_2026_03",
        lang="de",
        published="2026-03-18",
        body="""
Russland und Ukraine einigen sich in Riad auf Austausch aller Gefangenen
Riad/Kiew (Reuters) - Russland und die Ukraine haben sich nach zweitägigen Verhandlungen in Saudi-Arabien auf einen vollständigen Austausch ihrer Kriegsgefangenen verständigt.
Der Austausch nach der Formel „alle gegen alle“ solle in drei Etappen erfolgen, die erste davon bis Ende März, teilte das saudische Außenministerium am Mittwochabend mit.
An den Gesprächen am Dienstag und Mittwoch nahmen der Sekretär des ukrainischen Sicherheitsrats, Rustem Umerow, und der Kremlberater Wladimir Medinski teil; vermittelt hatte der saudische Außenminister Prinz Faisal bin Farhan, zeitweise war auch der US-Sondergesandte Steve Witkoff anwesend.

Nach Kiewer Angaben befinden sich derzeit mehr als 8000 Ukrainer in russischer Gefangenschaft; Moskau nennt keine Zahlen.
Umerow sprach von einem „wichtigen humanitären Schritt“, warnte aber, Russland habe in der Vergangenheit Zusagen gebrochen.
Medinski sagte der Staatsagentur Tass, die Einigung zeige, dass direkte Gespräche Ergebnisse brächten, „wenn Kiew auf Ultimaten verzichtet“.

Bei einer Waffenruhe gab es nach Angaben beider Seiten dagegen keine Annäherung.
Die ukrainische Delegation hatte eine 30-tägige Feuerpause für Angriffe auf Energieanlagen vorgeschlagen; Medinski lehnte dies unter Verweis auf fehlende Kontrollmechanismen ab.
Über die Rückkehr nach Russland gebrachter ukrainischer Kinder wollen Arbeitsgruppen in der ersten Aprilhälfte weiter verhandeln.

Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin sei laufend über die Gespräche unterrichtet worden und habe der Vereinbarung zugestimmt.
Der ukrainische Präsident Wolodymyr Selenskyj dankte in seiner abendlichen Videoansprache Saudi-Arabien für die Vermittlung und versprach, „jeden Einzelnen“ nach Hause zu holen.
US-Präsident Donald Trump schrieb auf seiner Plattform Truth Social von einem „großartigen Tag“ und forderte als nächsten Schritt eine vollständige Waffenruhe.
Die EU-Außenbeauftragte Kaja Kallas begrüßte die Einigung, mahnte aber, Moskau dürfe humanitäre Fragen nicht als Hebel für eine Lockerung der Sanktionen nutzen.

Ungeachtet der Gespräche setzte Russland seine Angriffe fort: In der Nacht zum Mittwoch trafen Drohnen nach Behördenangaben Hafenanlagen in Odessa.
Der letzte Austausch hatte vor gut drei Wochen stattgefunden, als beide Seiten jeweils 157 Gefangene freiließen.
Saudi-Arabien hatte bereits im vergangenen Jahr gemeinsam mit den Vereinigten Arabischen Emiraten mehrere Austausche zwischen beiden Ländern vermittelt.
""",
        timexes=[
            T("zweitägigen", "DURATION", "P2D"),
            T("Ende März", "DATE", "2026-03", mod="END"),
            T("Mittwochabend", "TIME", "2026-03-18TEV"),
            T("Dienstag", "DATE", "2026-03-17"),
            T("Mittwoch", "DATE", "2026-03-18"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("der Vergangenheit", "DATE", "PAST_REF"),
            T("30-tägige", "DURATION", "P30D"),
            T("der ersten Aprilhälfte", "DATE", "2026-04", mod="START"),
            T("abendlichen", "SET", "P1D"),
            T("der Nacht zum Mittwoch", "TIME", "2026-03-17TNI", note="night of 17 to 18 March"),
            T("vor gut drei Wochen", "DATE", "2026-W09", mod="APPROX"),
            T("vergangenen Jahr", "DATE", "2025"),
        ],
        events=[
            E("Russia and Ukraine agree an all-for-all exchange of prisoners of war", "AGREE", ["Russia", "Ukraine"],
              "2026-03-18", "context", "occurred", "auf einen vollständigen Austausch ihrer Kriegsgefangenen",
              note="announced on Wednesday evening by the Saudi foreign ministry"),
            E("All-for-all exchange in three stages, the first by the end of March", "CONCEDE", ["Russia", "Ukraine"],
              "2026-03", "text", "planned", "in drei Etappen erfolgen", date_mod="END"),
            E("Umerov and Medinsky hold talks in Riyadh, mediated by Saudi Arabia, with Witkoff present", "CONSULT",
              ["Rustem Umerov", "Vladimir Medinsky", "Saudi Arabia", "Steve Witkoff"], "2026-03-17", "text",
              "occurred", "An den Gesprächen am Dienstag und Mittwoch",
              note="talks on 17-18 March; dated by the first day"),
            E("Umerov warns that Russia has broken promises in the past", "ACCUSE", ["Rustem Umerov", "Russia"],
              "2026-03-18", "published", "occurred", "Umerow sprach von einem"),
            E("Medinsky: results come if Kyiv drops ultimatums", "REQUEST", ["Vladimir Medinsky", "Ukraine"],
              "2026-03-18", "published", "occurred", "wenn Kiew auf Ultimaten verzichtet"),
            E("No rapprochement on a ceasefire", "REJECT", ["Russia", "Ukraine"], "2026-03-17", "context", "occurred",
              "Bei einer Waffenruhe gab es", note="in the talks of 17-18 March"),
            E("Ukraine proposes a 30-day pause in strikes on energy facilities", "REQUEST", ["Ukraine", "Russia"],
              "2026-03-17", "context", "occurred", "30-tägige Feuerpause", note="proposed during the talks"),
            E("Medinsky rejects the energy-strike pause", "REJECT", ["Vladimir Medinsky", "Ukraine"], "2026-03-17",
              "context", "occurred", "Medinski lehnte dies", note="during the talks of 17-18 March"),
            E("Working groups to continue talks on the return of deported children", "CONSULT", ["Russia", "Ukraine"],
              "2026-04", "text", "planned", "Arbeitsgruppen in der ersten Aprilhälfte", date_mod="START"),
            E("Putin approved the agreement", "AGREE", ["Vladimir Putin"], "2026-03-18", "published", "occurred",
              "habe der Vereinbarung zugestimmt"),
            E("Zelensky thanks Saudi Arabia for mediating", "SUPPORT", ["Volodymyr Zelensky", "Saudi Arabia"],
              "2026-03-18", "published", "occurred", "dankte in seiner abendlichen Videoansprache"),
            E("Trump welcomes the deal as a great day", "SUPPORT", ["Donald Trump", "Russia", "Ukraine"],
              "2026-03-18", "published", "occurred", "Donald Trump schrieb auf seiner Plattform"),
            E("Trump demands a full ceasefire as the next step", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2026-03-18", "published", "occurred", "Donald Trump schrieb auf seiner Plattform"),
            E("Kallas welcomes the agreement", "SUPPORT", ["Kaja Kallas", "Russia", "Ukraine"], "2026-03-18",
              "published", "occurred", "Kaja Kallas begrüßte die Einigung"),
            E("Kallas warns Moscow not to use humanitarian issues as leverage for sanctions relief", "REQUEST",
              ["Kaja Kallas", "Russia"], "2026-03-18", "published", "occurred", "Kaja Kallas begrüßte die Einigung"),
            E("Russian drones hit port facilities in Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-03-17TNI", "text",
              "occurred", "Hafenanlagen in Odessa"),
            E("Last exchange: 157 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-W09", "text", "occurred",
              "jeweils 157 Gefangene", date_mod="APPROX"),
            E("Saudi Arabia mediated several exchanges last year", "CONSULT", ["Saudi Arabia", "Russia", "Ukraine"],
              "2025", "text", "occurred", "mehrere Austausche zwischen beiden Ländern vermittelt",
              note="mediation with the UAE, which is not canonical"),
        ],
        statements=[
            S("Saudi Arabia", "All-for-all exchange in three stages, the first by the end of March", "2026-03-18TEV",
              "text", "in drei Etappen erfolgen"),
            S("Ukraine", "More than 8,000 Ukrainians are in Russian captivity", "2026-03-18", "published",
              "Nach Kiewer Angaben befinden sich derzeit"),
            S("Rustem Umerov", "An important humanitarian step, but Russia has broken promises before", "2026-03-18",
              "published", "Umerow sprach von einem"),
            S("Vladimir Medinsky", "Direct talks bring results if Kyiv drops ultimatums", "2026-03-18", "published",
              "wenn Kiew auf Ultimaten verzichtet"),
            S("Russia", "No rapprochement on a ceasefire", "2026-03-18", "published", "Bei einer Waffenruhe gab es"),
            S("Ukraine", "No rapprochement on a ceasefire", "2026-03-18", "published", "Bei einer Waffenruhe gab es"),
            S("Vladimir Medinsky", "Rejects the energy pause for lack of control mechanisms", "2026-03-17", "context",
              "Medinski lehnte dies"),
            S("Dmitry Peskov", "Putin was kept informed and approved the agreement", "2026-03-18", "published",
              "habe der Vereinbarung zugestimmt"),
            S("Volodymyr Zelensky", "Thanks Saudi Arabia; will bring every single prisoner home", "2026-03-18",
              "published", "dankte in seiner abendlichen Videoansprache"),
            S("Donald Trump", "A great day; the next step must be a full ceasefire", "2026-03-18", "published",
              "Donald Trump schrieb auf seiner Plattform"),
            S("Kaja Kallas", "Welcomes the deal; Moscow must not use humanitarian issues as leverage on sanctions",
              "2026-03-18", "published", "Kaja Kallas begrüßte die Einigung"),
            S("Ukraine", "Drones hit port facilities in Odesa overnight", "2026-03-18", "context",
              "Hafenanlagen in Odessa"),
        ],
        actors=["Russia", "Ukraine", "Saudi Arabia", "Rustem Umerov", "Vladimir Medinsky", "Kremlin",
                "Steve Witkoff", "United States", "Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky",
                "Donald Trump", "Kaja Kallas", "European Union"],
    ),
    dict(
        id="b22de06_lawrow_brasilia_lula_2023_04",
        lang="de",
        published="2023-04-18",
        body="""
Lawrow in Brasília: Lulas Friedensrhetorik verärgert Washington
Brasília/Wien. Der russische Außenminister Sergej Lawrow ist am Montag in Brasília von Präsident Luiz Inácio Lula da Silva empfangen worden – wenige Tage nachdem dieser den USA vorgeworfen hatte, den Krieg in der Ukraine zu verlängern.
Lawrow dankte Brasilien nach einem Gespräch mit Außenminister Mauro Vieira für seinen Beitrag zur Suche nach einer Lösung und sagte, beide Länder hätten „eine gemeinsame Sicht“ auf die Entwicklung der Welt.
Moskau sei an einem möglichst raschen Ende des Konflikts interessiert, ein Abkommen müsse aber die „neuen Realitäten“ berücksichtigen.

Auslöser der Verstimmung sind Äußerungen Lulas zum Abschluss seiner Asienreise.
Am Sonntag hatte er in Abu Dhabi gesagt, die USA müssten aufhören, „den Krieg zu fördern“, und die Europäische Union müsse beginnen, „über Frieden zu reden“.
In Peking hatte Lula am Freitag mit Staatschef Xi Jinping über eine Gruppe von Staaten gesprochen, die zwischen Moskau und Kiew vermitteln könnte.

Der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, John Kirby, warf Brasilien am Montag vor, russische und chinesische Propaganda „nachzuplappern“, ohne auf die Fakten zu schauen.
Die Behauptung, die USA und Europa hätten kein Interesse am Frieden, sei „schlicht falsch“.
Auch ein Sprecher der EU-Kommission wies die Darstellung zurück: Russland sei der Aggressor, die Ukraine das Opfer.

Das Außenministerium in Kiew lud Lula ein, in die Ukraine zu kommen, um „die wahren Ursachen dieses Krieges“ mit eigenen Augen zu sehen.
Brasilien dürfe Opfer und Angreifer nicht gleichsetzen, hieß es in der Erklärung.
Russland hatte das Nachbarland vor knapp 14 Monaten überfallen.

Lawrow reist in dieser Woche weiter nach Venezuela, Nicaragua und Kuba.
Bereits Ende Jänner hatte Lula bei einem Besuch von Bundeskanzler Olaf Scholz eine Lieferung brasilianischer Panzermunition an die Ukraine abgelehnt.
Österreichs Außenminister Alexander Schallenberg (ÖVP), der Brasilien im Vorjahr besucht hatte, sagte am Dienstag in Wien, Neutralität bedeute nicht Gleichgültigkeit zwischen Angreifer und Angegriffenem.
""",
        timexes=[
            T("Montag", "DATE", "2023-04-17"),
            T("Sonntag", "DATE", "2023-04-16"),
            T("Freitag", "DATE", "2023-04-14"),
            T("Montag", "DATE", "2023-04-17", n=1),
            T("vor knapp 14 Monaten", "DATE", "2022-02"),
            T("dieser Woche", "DATE", "2023-W16"),
            T("Ende Jänner", "DATE", "2023-01", mod="END"),
            T("Vorjahr", "DATE", "2022"),
            T("Dienstag", "DATE", "2023-04-18"),
        ],
        events=[
            E("Lula receives Lavrov in Brasília", "CONSULT", ["Sergey Lavrov"], "2023-04-17", "text", "occurred",
              "ist am Montag in Brasília", note="Lula and Vieira are not canonical; one event for the visit"),
            E("Lavrov thanks Brazil for its contribution to a solution", "SUPPORT", ["Sergey Lavrov"], "2023-04-17",
              "context", "occurred", "Lawrow dankte Brasilien"),
            E("Lavrov: Moscow interested in a quick end of the conflict", "AGREE", ["Sergey Lavrov"], "2023-04-17",
              "context", "occurred", "Moskau sei an einem möglichst raschen Ende"),
            E("Lavrov: an agreement must take the 'new realities' into account", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2023-04-17", "context", "occurred",
              "Moskau sei an einem möglichst raschen Ende"),
            E("Lula accuses the US of encouraging the war", "ACCUSE", ["United States"], "2023-04-16", "text",
              "occurred", "Am Sonntag hatte er in Abu Dhabi gesagt", note="Lula is not canonical"),
            E("Lula urges the US to stop encouraging war and the EU to talk about peace", "REQUEST",
              ["United States", "European Union"], "2023-04-16", "text", "occurred",
              "Am Sonntag hatte er in Abu Dhabi gesagt", note="Lula is not canonical"),
            E("Lula and Xi discuss a group of mediating states", "CONSULT", ["Xi Jinping"], "2023-04-14", "text",
              "occurred", "In Peking hatte Lula am Freitag"),
            E("Kirby accuses Brazil of parroting Russian and Chinese propaganda", "ACCUSE", ["White House"],
              "2023-04-17", "text", "occurred", "John Kirby, warf Brasilien am Montag vor"),
            E("White House rejects the claim that the US and Europe do not want peace", "REJECT", ["White House"],
              "2023-04-17", "context", "occurred", "sei „schlicht falsch“"),
            E("EU Commission rejects Lula's account", "REJECT", ["European Union"], "2023-04-18", "published",
              "occurred", "Auch ein Sprecher der EU-Kommission"),
            E("EU Commission: Russia is the aggressor", "ACCUSE", ["European Union", "Russia"], "2023-04-18",
              "published", "occurred", "Auch ein Sprecher der EU-Kommission"),
            E("Kyiv invites Lula to Ukraine", "REQUEST", ["Ukraine"], "2023-04-18", "published", "occurred",
              "Das Außenministerium in Kiew lud Lula ein"),
            E("Kyiv warns Brazil not to equate victim and aggressor", "REQUEST", ["Ukraine"], "2023-04-18",
              "published", "occurred", "Brasilien dürfe Opfer und Angreifer nicht gleichsetzen"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Russland hatte das Nachbarland"),
            E("Lavrov travels on to Venezuela, Nicaragua and Cuba", "CONSULT", ["Sergey Lavrov"], "2023-W16", "text",
              "planned", "Lawrow reist in dieser Woche weiter"),
            E("Scholz visits Lula in Brasília", "CONSULT", ["Olaf Scholz"], "2023-01", "text", "occurred",
              "bei einem Besuch von Bundeskanzler Olaf Scholz", date_mod="END"),
            E("Lula refuses to supply tank ammunition for Ukraine", "REJECT", ["Olaf Scholz", "Ukraine"], "2023-01",
              "text", "occurred", "bei einem Besuch von Bundeskanzler Olaf Scholz", date_mod="END"),
        ],
        statements=[
            S("Sergey Lavrov", "Thanks Brazil; both countries share a common view of world developments",
              "2023-04-17", "context", "Lawrow dankte Brasilien"),
            S("Sergey Lavrov", "Moscow wants a quick end of the conflict, but a deal must reflect the new realities",
              "2023-04-17", "context", "Moskau sei an einem möglichst raschen Ende"),
            S("White House", "Brazil is parroting Russian and Chinese propaganda", "2023-04-17", "text",
              "John Kirby, warf Brasilien am Montag vor"),
            S("White House", "The claim that the US and Europe do not want peace is simply wrong", "2023-04-17",
              "context", "sei „schlicht falsch“"),
            S("European Union", "Russia is the aggressor and Ukraine the victim", "2023-04-18", "published",
              "Auch ein Sprecher der EU-Kommission"),
            S("Ukraine", "Invites Lula to see the real causes of the war", "2023-04-18", "published",
              "Das Außenministerium in Kiew lud Lula ein"),
            S("Ukraine", "Brazil must not equate victim and aggressor", "2023-04-18", "published",
              "Brasilien dürfe Opfer und Angreifer nicht gleichsetzen"),
        ],
        actors=["Sergey Lavrov", "Russia", "United States", "Ukraine", "European Union", "Xi Jinping", "China",
                "White House", "Olaf Scholz", "Germany"],
    ),
]
