"""German articles of the blind12 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b12de01
DE01 = dict(
    id="b12de01_kaliningrad_transit_2022_06",
    lang="de",
    published="2022-06-21",
    body="""
Streit um Kaliningrad-Transit: Moskau droht Litauen mit Konsequenzen
Russland verschärft im Konflikt um den eingeschränkten Güterverkehr in seine Ostsee-Exklave Kaliningrad den Ton gegenüber Litauen und der Europäischen Union.
Seit Samstag lässt das EU-Mitglied Litauen keine Waren mehr per Bahn über sein Territorium nach Kaliningrad passieren, die unter die Sanktionen der EU gegen Russland fallen.
Betroffen sind nach Angaben der Gebietsverwaltung unter anderem Baumaterialien, Zement und Metalle; bis zur Hälfte der Einfuhren in die Region könnte damit wegfallen.
Das russische Außenministerium bestellte am Montag die Geschäftsträgerin Litauens in Moskau ein und verlangte, die „offen feindseligen“ Beschränkungen aufzuheben.
Sollte der Transit nicht umgehend wiederhergestellt werden, behalte sich Russland das Recht vor, seine nationalen Interessen zu schützen, hieß es in einer Mitteilung des Ministeriums.

Kremlsprecher Dmitri Peskow nannte die Entscheidung am Montag „beispiellos“ und einen Verstoß gegen sämtliche Vereinbarungen.
Die Lage sei „mehr als ernst“, eine gründliche Analyse werde in den kommenden Tagen folgen, sagte er.
Außenamtssprecherin Maria Sacharowa kündigte an, die Antwort werde nicht diplomatischer, sondern praktischer Natur sein.
Am Dienstag reiste zudem der Sekretär des russischen Sicherheitsrats, Nikolai Patruschew, nach Kaliningrad und warnte, Moskau werde auf solche feindseligen Handlungen reagieren; die Folgen werde die Bevölkerung Litauens ernsthaft zu spüren bekommen.

In Brüssel bemühte man sich, die Wogen zu glätten.
Der EU-Außenbeauftragte Josep Borrell betonte am Montag am Rande eines Treffens der EU-Außenminister in Luxemburg, Litauen setze lediglich die gemeinsam beschlossenen Sanktionen um und handle keineswegs auf eigene Faust.
Die EU-Kommission kündigte an, die Leitlinien für den Transit rechtlich zu prüfen und sich eng mit Vilnius abzustimmen.
Der litauische Außenminister Gabrielius Landsbergis sprach mit Blick auf die Vorwürfe aus Moskau von „Propaganda“.

Auch in Berlin wird der Streit aufmerksam verfolgt.
Aus Regierungskreisen hieß es, die Bundesregierung habe Litauen zuletzt zusätzliche Soldaten für die von Deutschland geführte Nato-Kampfgruppe zugesagt.
Kaliningrad, das frühere Königsberg, liegt zwischen Litauen und Polen und gehört seit 1945 zu Russland; dort ist auch die russische Ostseeflotte stationiert.
Beobachter befürchten, Moskau könne den Konflikt nutzen, um den Druck auf die baltischen Staaten in den kommenden Wochen weiter zu erhöhen.
""",
    timexes=[
        T("Samstag", "DATE", "2022-06-18"),
        T("Montag", "DATE", "2022-06-20", n=0),
        T("Montag", "DATE", "2022-06-20", n=1),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Dienstag", "DATE", "2022-06-21"),
        T("Montag", "DATE", "2022-06-20", n=2),
        T("zuletzt", "DATE", "PAST_REF"),
        T("1945", "DATE", "1945"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Lithuania stops rail transit of EU-sanctioned goods to Kaliningrad", "SANCTION",
          ["European Union", "Russia"], "2022-06-18", "text", "occurred", "Seit Samstag",
          note="Lithuania (not canonical) applies the EU sanctions"),
        E("Russian foreign ministry summons Lithuania's chargé d'affaires", "ACCUSE", ["Russia"],
          "2022-06-20", "text", "occurred", "bestellte am Montag"),
        E("Russia demands that the restrictions be lifted", "REQUEST", ["Russia"],
          "2022-06-20", "text", "occurred", "bestellte am Montag"),
        E("Russia threatens to protect its national interests if transit is not restored", "THREATEN", ["Russia"],
          "2022-06-20", "context", "occurred", "behalte sich Russland"),
        E("Peskov calls the decision unprecedented and a breach of all agreements", "ACCUSE", ["Dmitry Peskov"],
          "2022-06-20", "text", "occurred", "beispiellos"),
        E("Zakharova announces a practical, not diplomatic response", "THREATEN", ["Maria Zakharova"],
          "2022-06-21", "published", "occurred", "praktischer Natur"),
        E("Patrushev warns Moscow will respond and Lithuania's population will feel the consequences", "THREATEN",
          ["Russia"], "2022-06-21", "text", "occurred", "Patruschew"),
        E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"],
          "2022-06-20", "text", "occurred", "Josep Borrell"),
        E("Germany promised Lithuania additional soldiers for the NATO battlegroup", "AGREE", ["Germany", "NATO"],
          "PAST_REF", "vague", "occurred", "Regierungskreisen"),
    ],
    statements=[
        S("Russia", "Demands lifting the 'openly hostile' restrictions", "2022-06-20", "text", "bestellte am Montag"),
        S("Russia", "Reserves the right to protect its national interests", "2022-06-20", "context",
          "behalte sich Russland"),
        S("Dmitry Peskov", "Decision unprecedented and a breach of all agreements", "2022-06-20", "text", "beispiellos"),
        S("Dmitry Peskov", "Situation more than serious; analysis in the coming days", "2022-06-20", "context",
          "mehr als ernst"),
        S("Maria Zakharova", "The response will be practical, not diplomatic", "2022-06-21", "published",
          "praktischer Natur"),
        S("Russia", "Patrushev: Moscow will respond, Lithuania's population will feel it", "2022-06-21", "text",
          "Patruschew"),
        S("European Union", "Borrell: Lithuania only implements the common sanctions", "2022-06-20", "text",
          "Josep Borrell"),
        S("European Union", "Commission will review the transit guidelines and coordinate with Vilnius", "2022-06-21",
          "published", "Die EU-Kommission"),
        S("Germany", "Government circles: Lithuania was promised additional soldiers", "2022-06-21", "published",
          "Regierungskreisen"),
    ],
    actors=["Russia", "European Union", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Germany", "NATO"],
)

# ---------------------------------------------------------------- b12de02
DE02 = dict(
    id="b12de02_nord_stream_lecks_2022_09",
    lang="de",
    published="2022-09-28",
    body="""
Lecks an Nord-Stream-Leitungen: Kreml weist Sabotage-Verdacht zurück
Kopenhagen/Moskau (dpa) - Nach den rätselhaften Lecks an den Ostsee-Pipelines Nord Stream 1 und 2 hat Kremlsprecher Dmitri Peskow Spekulationen über eine russische Beteiligung als „vorhersehbar dumm“ zurückgewiesen.
Es sei absurd anzunehmen, dass Russland seine eigenen Leitungen beschädige, sagte Peskow am Mittwoch vor Journalisten in Moskau.
Er verlangte eine zügige und transparente Untersuchung, an der auch Russland beteiligt werden müsse.

Am Montag hatten Messstationen in Schweden und Dänemark zwei heftige Unterwasser-Explosionen nahe der dänischen Insel Bornholm registriert, kurz darauf wurden an den Röhren insgesamt drei Lecks entdeckt.
Die dänische Regierungschefin Mette Frederiksen sprach am Dienstagabend von „vorsätzlichen Handlungen“, ein Unfall gelte als ausgeschlossen.
Die Nato erklärte, alle verfügbaren Hinweise deuteten auf Sabotage hin, und sagte den Anrainerstaaten Unterstützung bei der Aufklärung zu.
Generalsekretär Jens Stoltenberg telefonierte nach eigenen Angaben mit dem dänischen Verteidigungsminister.

In Berlin hieß es, man gehe nicht von einem Zufall aus.
Bundeskanzler Olaf Scholz hatte betont, Deutschland sei auf russisches Gas über Nord Stream nicht mehr angewiesen.
Seit Anfang September fließt ohnehin kein Gas mehr durch Nord Stream 1, nachdem der Staatskonzern Gazprom die Lieferungen unter Verweis auf angebliche Wartungsprobleme eingestellt hatte.
Nord Stream 2 war nie in Betrieb gegangen; die Bundesregierung hatte das Zertifizierungsverfahren im Februar auf Eis gelegt.

Die russische Regierung beantragte am Mittwoch eine Sitzung des UN-Sicherheitsrats zu den Vorfällen, die nach Angaben von Diplomaten am Freitag stattfinden soll.
Außenamtssprecherin Maria Sacharowa verwies auf eine Äußerung von US-Präsident Joe Biden, der im Februar angekündigt hatte, im Falle einer Invasion werde es kein Nord Stream 2 mehr geben.
Washington wies jede Andeutung einer Verantwortung als „absurd“ zurück.
Die Ermittlungen in den Wirtschaftszonen Dänemarks und Schwedens dürften nach Einschätzung von Fachleuten Wochen dauern.
""",
    timexes=[
        T("Mittwoch", "DATE", "2022-09-28", n=0),
        T("Montag", "DATE", "2022-09-26"),
        T("Dienstagabend", "TIME", "2022-09-27TEV"),
        T("Anfang September", "DATE", "2022-09", mod="START"),
        T("Februar", "DATE", "2022-02", n=0),
        T("Mittwoch", "DATE", "2022-09-28", n=1),
        T("Freitag", "DATE", "2022-09-30"),
        T("Februar", "DATE", "2022-02", n=1),
        T("Wochen", "DURATION", "PXW"),
    ],
    events=[
        E("Peskov rejects speculation about Russian involvement in the leaks", "REJECT", ["Dmitry Peskov"],
          "2022-09-28", "context", "occurred", "vorhersehbar dumm"),
        E("Peskov demands a swift, transparent investigation involving Russia", "REQUEST", ["Dmitry Peskov"],
          "2022-09-28", "context", "occurred", "zügige und transparente"),
        E("Underwater explosions damage the Nord Stream pipelines", "ASSAULT", ["Russia", "Germany"],
          "2022-09-26", "text", "occurred", "Unterwasser-Explosionen",
          note="Perpetrator unknown; actors are the owners/recipient of the pipelines"),
        E("NATO promises the coastal states support in the investigation", "AGREE", ["NATO"],
          "2022-09-28", "published", "occurred", "Die Nato erklärte"),
        E("Stoltenberg phones the Danish defence minister", "CONSULT", ["Jens Stoltenberg"],
          "2022-09-28", "published", "occurred", "telefonierte"),
        E("Gazprom halted gas deliveries through Nord Stream 1", "SANCTION", ["Russia"],
          "2022-09", "text", "occurred", "Anfang September", date_mod="START"),
        E("Germany halted the Nord Stream 2 certification", "SANCTION", ["Germany"],
          "2022-02", "text", "occurred", "Zertifizierungsverfahren", note="22 Feb 2022"),
        E("Russia requests a UN Security Council meeting on the leaks", "REQUEST", ["Russia", "United Nations"],
          "2022-09-28", "text", "occurred", "beantragte am Mittwoch"),
        E("UN Security Council meeting on the leaks", "CONSULT", ["United Nations"],
          "2022-09-30", "text", "planned", "beantragte am Mittwoch"),
        E("Zakharova hints at US responsibility, citing Biden", "ACCUSE", ["Maria Zakharova", "United States"],
          "2022-09-28", "published", "occurred", "verwies auf"),
        E("Biden announced there would be no Nord Stream 2 if Russia invaded", "THREATEN", ["Joe Biden", "Russia"],
          "2022-02", "text", "occurred", "verwies auf", note="7 Feb 2022"),
        E("Washington rejects any suggestion of responsibility", "REJECT", ["United States"],
          "2022-09-28", "published", "occurred", "Washington wies"),
    ],
    statements=[
        S("Dmitry Peskov", "Speculation about Russian involvement predictably stupid", "2022-09-28", "context",
          "vorhersehbar dumm"),
        S("Dmitry Peskov", "Absurd to think Russia damaged its own pipelines", "2022-09-28", "text", "Es sei absurd"),
        S("Dmitry Peskov", "Demands a swift, transparent investigation involving Russia", "2022-09-28", "context",
          "zügige und transparente"),
        S("NATO", "All evidence points to sabotage; support for the investigation", "2022-09-28", "published",
          "Die Nato erklärte"),
        S("Jens Stoltenberg", "Says he spoke with the Danish defence minister", "2022-09-28", "published",
          "telefonierte"),
        S("Germany", "Berlin does not assume a coincidence", "2022-09-28", "published", "In Berlin hieß es"),
        S("Olaf Scholz", "Germany no longer depends on Russian gas via Nord Stream", "2022-09-28", "published",
          "hatte betont"),
        S("Maria Zakharova", "Points to Biden's February remark", "2022-09-28", "published", "verwies auf"),
        S("Joe Biden", "No Nord Stream 2 if Russia invades", "2022-02", "text", "verwies auf"),
        S("United States", "Any suggestion of US responsibility absurd", "2022-09-28", "published", "Washington wies"),
    ],
    actors=["Dmitry Peskov", "Kremlin", "Russia", "Germany", "NATO", "Jens Stoltenberg", "Olaf Scholz",
            "United Nations", "Maria Zakharova", "Joe Biden", "United States"],
)

# ---------------------------------------------------------------- b12de03
DE03 = dict(
    id="b12de03_china_positionspapier_2023_02",
    lang="de",
    published="2023-02-24",
    body="""
Pekings Zwölf-Punkte-Papier: Vermittler oder Verbündeter?
Pünktlich zum ersten Jahrestag der russischen Invasion hat China am Freitag ein Positionspapier zur „politischen Lösung der Ukraine-Krise“ vorgelegt.
Auf zwölf Punkte verteilt, ruft Peking darin zu einem Waffenstillstand und zur Wiederaufnahme von Friedensgesprächen auf, ohne Russland als Angreifer zu benennen.
Zugleich wendet sich das Papier gegen „einseitige Sanktionen“, die nicht vom UN-Sicherheitsrat gebilligt seien.

Die Reaktionen im Westen fielen verhalten aus.
Nato-Generalsekretär Jens Stoltenberg sagte in Tallinn, China habe nicht viel Glaubwürdigkeit, weil es die illegale Invasion nie verurteilt habe.
Bundeskanzler Olaf Scholz zeigte sich ebenfalls skeptisch und forderte Peking auf, Russland zum Abzug seiner Truppen zu bewegen.
Wolodymyr Selenskyj reagierte vorsichtiger: Er wolle sich mit Xi Jinping treffen, das liege im Interesse der Sicherheit in der Welt, sagte der ukrainische Präsident bei einer Pressekonferenz in Kiew.

Das Papier folgt auf eine Reise des obersten chinesischen Außenpolitikers Wang Yi, der am Mittwoch im Kreml von Wladimir Putin empfangen worden war.
Putin sprach dabei von „neuen Grenzen“, die die Beziehungen beider Länder erreichten, und stellte einen Besuch von Staatschef Xi in Moskau im Frühjahr in Aussicht.
Am vergangenen Samstag hatte US-Außenminister Antony Blinken Wang am Rande der Münchner Sicherheitskonferenz getroffen und Peking eindringlich vor Waffenlieferungen an Moskau gewarnt.
Am Donnerstag hatte die UN-Vollversammlung mit 141 Stimmen den sofortigen Abzug der russischen Truppen verlangt; China enthielt sich.

Beobachter in Berlin und Brüssel lesen das Papier deshalb weniger als Friedensplan denn als Signal an den globalen Süden.
Der Kreml begrüßte die Initiative und erklärte, man schätze die Bemühungen der chinesischen Freunde, die Vorschläge müssten aber genau analysiert werden.
Aus Washington hieß es, China habe sich längst auf eine Seite gestellt.
Eine Reaktion aus Peking auf Selenskyjs Gesprächsangebot stand derzeit noch aus.
""",
    timexes=[
        T("Freitag", "DATE", "2023-02-24"),
        T("Mittwoch", "DATE", "2023-02-22"),
        T("Frühjahr", "DATE", "2023-SP"),
        T("vergangenen Samstag", "DATE", "2023-02-18"),
        T("Donnerstag", "DATE", "2023-02-23"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("China presents a position paper on a political settlement", "REQUEST", ["China"],
          "2023-02-24", "text", "occurred", "Positionspapier zur"),
        E("China calls for a ceasefire and resumed peace talks", "REQUEST", ["China"],
          "2023-02-24", "context", "occurred", "Auf zwölf Punkte"),
        E("China's paper criticises unilateral sanctions", "ACCUSE", ["China"],
          "2023-02-24", "context", "occurred", "einseitige Sanktionen"),
        E("Stoltenberg: China lacks credibility", "ACCUSE", ["Jens Stoltenberg", "China"],
          "2023-02-24", "published", "occurred", "Tallinn"),
        E("Scholz urges Beijing to press Russia to withdraw its troops", "REQUEST", ["Olaf Scholz", "China", "Russia"],
          "2023-02-24", "published", "occurred", "ebenfalls skeptisch"),
        E("Zelensky wants to meet Xi", "CONSULT", ["Volodymyr Zelensky", "Xi Jinping"],
          "2023-02-24", "published", "uncertain", "Er wolle sich mit Xi", note="No date given"),
        E("Putin receives Wang Yi in the Kremlin", "CONSULT", ["Vladimir Putin", "China"],
          "2023-02-22", "text", "occurred", "Wang Yi"),
        E("Xi's visit to Moscow in spring", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-SP", "text", "planned", "neuen Grenzen", note="Took place 20-22 Mar 2023"),
        E("Blinken meets Wang in Munich", "CONSULT", ["Antony Blinken", "China"],
          "2023-02-18", "text", "occurred", "vergangenen Samstag"),
        E("Blinken warns Beijing against arms deliveries to Moscow", "REQUEST", ["Antony Blinken", "China", "Russia"],
          "2023-02-18", "text", "occurred", "vergangenen Samstag"),
        E("UN General Assembly demands immediate Russian withdrawal", "REQUEST", ["United Nations", "Russia"],
          "2023-02-23", "text", "occurred", "141 Stimmen"),
        E("Kremlin welcomes China's initiative", "SUPPORT", ["Kremlin", "China"],
          "2023-02-24", "published", "occurred", "Der Kreml begrüßte"),
        E("Washington: China has long taken sides", "ACCUSE", ["United States", "China"],
          "2023-02-24", "published", "occurred", "Aus Washington"),
    ],
    statements=[
        S("China", "Calls for a ceasefire and resumed peace talks", "2023-02-24", "context", "Auf zwölf Punkte"),
        S("China", "Opposes unilateral sanctions not approved by the UNSC", "2023-02-24", "context",
          "einseitige Sanktionen"),
        S("Jens Stoltenberg", "China has little credibility", "2023-02-24", "published", "Tallinn"),
        S("Olaf Scholz", "Sceptical; Beijing should press Russia to withdraw", "2023-02-24", "published",
          "ebenfalls skeptisch"),
        S("Volodymyr Zelensky", "Wants to meet Xi Jinping", "2023-02-24", "published", "Er wolle sich mit Xi"),
        S("Vladimir Putin", "Relations reach new frontiers; Xi to visit in spring", "2023-02-22", "context",
          "neuen Grenzen"),
        S("Antony Blinken", "Warns Beijing against arms deliveries to Moscow", "2023-02-18", "text",
          "vergangenen Samstag"),
        S("Kremlin", "Appreciates China's efforts; proposals need close analysis", "2023-02-24", "published",
          "Der Kreml begrüßte"),
        S("United States", "China has long taken sides", "2023-02-24", "published", "Aus Washington"),
    ],
    actors=["China", "Russia", "Ukraine", "United Nations", "NATO", "Jens Stoltenberg", "Germany", "Olaf Scholz",
            "Volodymyr Zelensky", "Xi Jinping", "Vladimir Putin", "Kremlin", "United States", "Antony Blinken"],
)

# ---------------------------------------------------------------- b12de04
DE04 = dict(
    id="b12de04_crocus_anschlag_2024_03",
    lang="de",
    published="2024-03-24",
    body="""
Anschlag bei Moskau: Was über die Tat und Putins Vorwürfe bekannt ist
Nach dem Anschlag auf die Veranstaltungshalle Crocus City Hall am Stadtrand von Moskau ist die Zahl der Toten nach Behördenangaben auf mehr als 130 gestiegen.
Am Freitagabend waren mehrere Bewaffnete in die Halle eingedrungen, hatten auf Konzertbesucher geschossen und Feuer gelegt.
Russland begeht an diesem Sonntag einen landesweiten Trauertag.

Wer hat sich zu der Tat bekannt?
Die Terrormiliz Islamischer Staat (IS) reklamierte den Angriff noch in der Nacht über ihr Sprachrohr Amaq für sich.
Die US-Regierung hält das Bekenntnis für glaubwürdig.
Washington hatte Moskau nach eigenen Angaben bereits Anfang März vor möglichen Anschlägen auf Großveranstaltungen gewarnt.
Noch am Dienstag hatte Putin die amerikanischen Hinweise öffentlich als „Provokation“ und Versuch der Einschüchterung abgetan.

Was sagt Putin?
In einer Fernsehansprache am Samstag sprach Präsident Wladimir Putin von einem „blutigen, barbarischen Terrorakt“, erwähnte den IS aber mit keinem Wort.
Stattdessen behauptete er, die Täter hätten in Richtung Ukraine fliehen wollen, wo ihnen „ein Fenster“ für den Grenzübertritt vorbereitet worden sei.
Alle Täter und Hintermänner würden ihre gerechte Strafe erhalten, kündigte der Kremlchef an.
Vier mutmaßliche Angreifer wurden nach Angaben des Inlandsgeheimdiensts FSB in der Region Brjansk festgenommen.

Wie reagiert Kiew?
Die ukrainische Regierung weist jede Beteiligung entschieden zurück.
Präsident Wolodymyr Selenskyj warf Putin in einer Videobotschaft am Samstagabend vor, die Schuld auf andere abwälzen zu wollen, um von eigenen Versäumnissen abzulenken.
Auch das Weiße Haus erklärte, es gebe keinerlei Hinweise auf eine ukrainische Verwicklung.

Was bedeutet das für die Diplomatie?
Bundesaußenministerin Annalena Baerbock warnte davor, den Anschlag als Vorwand für eine weitere Eskalation gegen die Ukraine zu missbrauchen.
Frankreich hob nach der Tat die eigene Terrorwarnstufe auf die höchste Stufe an.
Fachleute befürchten, dass der Kreml die Tat nutzen könnte, um die Angriffe auf die Ukraine in den kommenden Wochen weiter zu verschärfen.
""",
    timexes=[
        T("Freitagabend", "TIME", "2024-03-22TEV"),
        T("diesem Sonntag", "DATE", "2024-03-24"),
        T("der Nacht", "TIME", "2024-03-22TNI"),
        T("Anfang März", "DATE", "2024-03", mod="START"),
        T("Dienstag", "DATE", "2024-03-19"),
        T("Samstag", "DATE", "2024-03-23"),
        T("Samstagabend", "TIME", "2024-03-23TEV"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Gunmen attack the Crocus City Hall near Moscow", "ASSAULT", ["Russia"],
          "2024-03-22TEV", "text", "occurred", "Am Freitagabend",
          note="Attackers not canonical (IS claimed it); Russia is the target"),
        E("US warned Moscow of possible attacks on large gatherings", "COOPERATE", ["United States", "Russia"],
          "2024-03", "text", "occurred", "Anfang März", date_mod="START"),
        E("Putin dismissed the US warnings as provocation", "REJECT", ["Vladimir Putin", "United States"],
          "2024-03-19", "text", "occurred", "Noch am Dienstag"),
        E("Putin claims the attackers tried to flee to Ukraine", "ACCUSE", ["Vladimir Putin", "Ukraine"],
          "2024-03-23", "context", "occurred", "Stattdessen behauptete"),
        E("Putin vows punishment for perpetrators and masterminds", "THREATEN", ["Vladimir Putin"],
          "2024-03-23", "context", "occurred", "gerechte Strafe"),
        E("Ukraine denies any involvement", "REJECT", ["Ukraine"],
          "2024-03-24", "published", "occurred", "weist jede Beteiligung"),
        E("Zelensky accuses Putin of shifting the blame", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-03-23TEV", "text", "occurred", "Samstagabend"),
        E("Baerbock warns against misusing the attack as a pretext for escalation", "REQUEST", ["Germany"],
          "2024-03-24", "published", "occurred", "Baerbock"),
    ],
    statements=[
        S("Russia", "Death toll above 130", "2024-03-24", "published", "Behördenangaben"),
        S("United States", "IS claim credible", "2024-03-24", "published", "hält das Bekenntnis"),
        S("United States", "Warned Moscow in early March", "2024-03-24", "published", "Anfang März"),
        S("Vladimir Putin", "US warnings are provocation and intimidation", "2024-03-19", "text", "Noch am Dienstag"),
        S("Vladimir Putin", "A bloody, barbaric terrorist act", "2024-03-23", "text", "Fernsehansprache"),
        S("Vladimir Putin", "Attackers tried to flee to Ukraine, a window was prepared", "2024-03-23", "context",
          "Stattdessen behauptete"),
        S("Vladimir Putin", "All perpetrators and masterminds will be punished", "2024-03-23", "context",
          "gerechte Strafe"),
        S("Russia", "FSB: four suspects arrested in Bryansk region", "2024-03-24", "published", "Vier mutmaßliche"),
        S("Ukraine", "Rejects any involvement", "2024-03-24", "published", "weist jede Beteiligung"),
        S("Volodymyr Zelensky", "Putin shifts the blame to distract from his failures", "2024-03-23TEV", "text",
          "Samstagabend"),
        S("White House", "No evidence of Ukrainian involvement", "2024-03-24", "published", "Weiße Haus"),
        S("Germany", "Warns against misusing the attack for escalation against Ukraine", "2024-03-24", "published",
          "Baerbock"),
    ],
    actors=["Russia", "United States", "Vladimir Putin", "Kremlin", "Ukraine", "Volodymyr Zelensky", "White House",
            "Germany", "France"],
)

# ---------------------------------------------------------------- b12de05
DE05 = dict(
    id="b12de05_uno_abstimmung_jahrestag_2025_02",
    lang="de",
    published="2025-02-25",
    body="""
Zeitenwende am East River: Wie die USA an der Seite Russlands abstimmten
Es war ein Bild, das noch im vergangenen Jahr undenkbar gewesen wäre.
Am dritten Jahrestag des russischen Großangriffs stimmten die Vereinigten Staaten am Montag in der UN-Vollversammlung gemeinsam mit Russland, Belarus und Nordkorea gegen eine Resolution, die Moskaus Aggression verurteilt und den Abzug seiner Truppen fordert.
Die von der Ukraine und den Europäern eingebrachte Vorlage wurde dennoch mit 93 Stimmen angenommen, 65 Länder enthielten sich.
Kurz darauf setzte Washington im Sicherheitsrat einen eigenen, knapp gehaltenen Text durch, der ein rasches Ende des Konflikts verlangt, Russland aber nicht als Aggressor benennt.

Für die Europäer ist das Abstimmungsverhalten ein Alarmsignal.
Die EU-Außenbeauftragte Kaja Kallas sprach von einem Versuch, Opfer und Täter gleichzusetzen, den man nicht hinnehmen werde.
Russlands UN-Botschafter Wassili Nebensja lobte dagegen die „konstruktive“ Haltung der neuen US-Regierung.

Zeitgleich empfing Präsident Donald Trump im Weißen Haus Emmanuel Macron, den ersten europäischen Staatschef seit seinem Amtsantritt.
Trump sagte, der Krieg könne „innerhalb von Wochen“ enden, und kündigte an, Selenskyj werde womöglich schon in den kommenden Tagen nach Washington reisen, um ein Abkommen über Rohstoffe zu unterzeichnen.
Macron mahnte, ein Frieden dürfe „keine Kapitulation“ der Ukraine bedeuten, und bot an, gemeinsam mit Großbritannien Truppen zur Absicherung einer Waffenruhe bereitzustellen.
Der britische Premier Keir Starmer wird am Donnerstag in Washington erwartet.

In Kiew kamen am Montag zahlreiche europäische Spitzenpolitiker zusammen, darunter EU-Kommissionschefin Ursula von der Leyen, um Selenskyj den Rücken zu stärken.
Von der Leyen kündigte an, bis März weitere 3,5 Milliarden Euro an die Ukraine auszuzahlen, und die EU brachte ihr 16. Sanktionspaket gegen Russland auf den Weg.
Der Kreml gab sich zufrieden: Die US-Position sei deutlich ausgewogener als die der Europäer, sagte Sprecher Dmitri Peskow.
Selenskyj selbst sagte am Abend, die Ukraine werde keinen Deal akzeptieren, der über ihren Kopf hinweg geschlossen werde.
""",
    timexes=[
        T("vergangenen Jahr", "DATE", "2024"),
        T("Montag", "DATE", "2025-02-24", n=0),
        T("Wochen", "DURATION", "PXW"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Donnerstag", "DATE", "2025-02-27"),
        T("Montag", "DATE", "2025-02-24", n=1),
        T("März", "DATE", "2025-03"),
        T("Abend", "TIME", "2025-02-24TEV"),
    ],
    events=[
        E("US votes with Russia and Belarus against the UNGA resolution", "REJECT",
          ["United States", "Russia", "Belarus"], "2025-02-24", "text", "occurred", "Am dritten Jahrestag"),
        E("UNGA resolution demands withdrawal of Russian troops", "REQUEST", ["United Nations", "Ukraine", "Russia"],
          "2025-02-24", "text", "occurred", "Am dritten Jahrestag"),
        E("UNGA adopts the resolution condemning Russia's aggression", "ACCUSE",
          ["United Nations", "Ukraine", "Russia"], "2025-02-24", "context", "occurred", "93 Stimmen"),
        E("Security Council adopts US text calling for a swift end to the conflict", "REQUEST",
          ["United States", "United Nations"], "2025-02-24", "context", "occurred", "Kurz darauf"),
        E("Kallas: attempt to equate victim and aggressor", "ACCUSE", ["Kaja Kallas", "United States"],
          "2025-02-25", "published", "occurred", "Kaja Kallas"),
        E("Russia's UN ambassador praises the US stance", "SUPPORT", ["Russia", "United States"],
          "2025-02-25", "published", "occurred", "Nebensja"),
        E("Trump receives Macron at the White House", "CONSULT", ["Donald Trump", "Emmanuel Macron"],
          "2025-02-24", "context", "occurred", "Zeitgleich empfing"),
        E("Zelensky may travel to Washington", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "FUTURE_REF", "vague", "uncertain", "innerhalb von Wochen"),
        E("Signing of the minerals agreement", "AGREE", ["Volodymyr Zelensky", "Donald Trump"],
          "FUTURE_REF", "vague", "uncertain", "innerhalb von Wochen"),
        E("Macron warns peace must not mean Ukraine's capitulation", "REQUEST", ["Emmanuel Macron", "Ukraine"],
          "2025-02-24", "context", "occurred", "keine Kapitulation"),
        E("Macron offers troops with Britain to secure a ceasefire", "AID",
          ["Emmanuel Macron", "United Kingdom", "Ukraine"], "2025-02-24", "context", "planned", "keine Kapitulation"),
        E("Starmer expected in Washington", "CONSULT", ["Keir Starmer", "Donald Trump"],
          "2025-02-27", "text", "planned", "Keir Starmer"),
        E("European leaders including von der Leyen in Kyiv", "CONSULT", ["Ursula von der Leyen", "Volodymyr Zelensky"],
          "2025-02-24", "text", "occurred", "In Kiew kamen"),
        E("EU to pay out a further 3.5 billion euros to Ukraine by March", "AID",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2025-03", "text", "planned", "3,5 Milliarden"),
        E("EU adopts its 16th sanctions package", "SANCTION", ["European Union", "Russia"],
          "2025-02-24", "context", "occurred", "3,5 Milliarden"),
        E("Peskov praises the more balanced US position", "SUPPORT", ["Dmitry Peskov", "United States"],
          "2025-02-25", "published", "occurred", "ausgewogener"),
        E("Zelensky rejects any deal made over Ukraine's head", "REJECT", ["Volodymyr Zelensky"],
          "2025-02-24TEV", "text", "occurred", "über ihren Kopf"),
    ],
    statements=[
        S("Kaja Kallas", "Attempt to equate victim and aggressor will not be accepted", "2025-02-25", "published",
          "Kaja Kallas"),
        S("Russia", "Nebenzia praises the 'constructive' US stance", "2025-02-25", "published", "Nebensja"),
        S("Donald Trump", "War could end within weeks; Zelensky may come to sign minerals deal", "2025-02-24",
          "context", "innerhalb von Wochen"),
        S("Emmanuel Macron", "Peace must not mean capitulation; offers troops with Britain", "2025-02-24", "context",
          "keine Kapitulation"),
        S("Ursula von der Leyen", "EU to pay 3.5 bn euros by March", "2025-02-24", "context", "3,5 Milliarden"),
        S("Dmitry Peskov", "US position much more balanced than the Europeans'", "2025-02-25", "published",
          "ausgewogener"),
        S("Volodymyr Zelensky", "Ukraine will accept no deal made over its head", "2025-02-24TEV", "text",
          "über ihren Kopf"),
    ],
    actors=["United States", "Russia", "Belarus", "United Nations", "Ukraine", "European Union", "Kaja Kallas",
            "Donald Trump", "Emmanuel Macron", "Volodymyr Zelensky", "United Kingdom", "Keir Starmer",
            "Ursula von der Leyen", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b12de06
DE06 = dict(
    id="b12de06_erdogan_putin_aschgabat_2025_12",
    lang="de",
    published="2025-12-13",
    body="""
Erdoğan wirbt bei Putin für begrenzte Waffenruhe im Schwarzen Meer
Der türkische Präsident Recep Tayyip Erdoğan hat sich am Freitag bei einem Treffen mit Kremlchef Wladimir Putin in Turkmenistan für eine Feuerpause bei Angriffen auf Energieanlagen und Häfen eingesetzt.
Die beiden Staatschefs kamen am Rande eines Forums in der Hauptstadt Aschgabat zusammen, bei dem der 30. Jahrestag der turkmenischen Neutralität begangen wurde.
Ein solcher Schritt könne den Weg für einen umfassenden Frieden ebnen, erklärte Erdoğan nach Angaben seines Büros.
Die Türkei stehe bereit, erneut Gespräche zwischen Moskau und Kiew auszurichten.

Zugleich bekräftigte Putin nach russischen Angaben, Moskau sei zu einer Einigung nur bereit, wenn die „Ursachen des Konflikts“ beseitigt würden.
Kremlberater Juri Uschakow sagte, über die Idee einer Teilwaffenruhe sei gesprochen worden, konkrete Zusagen gebe es aber nicht.

Hintergrund sind die Angriffe ukrainischer Seedrohnen auf Tanker der russischen Schattenflotte, die Ende November vor der türkischen Küste getroffen worden waren.
Ankara hatte die Attacken Anfang Dezember als „besorgniserregende Eskalation“ in seiner ausschließlichen Wirtschaftszone kritisiert.
Putin hatte vor eineinhalb Wochen gedroht, die Ukraine im Falle weiterer Angriffe vollständig vom Meer abzuschneiden.

Parallel laufen die Bemühungen der US-Regierung um einen Friedensplan weiter.
Der Sondergesandte Steve Witkoff und Trumps Schwiegersohn Jared Kushner sollen am Sonntag in Berlin mit Präsident Wolodymyr Selenskyj zusammentreffen, wie es aus Kreisen der Bundesregierung hieß.
Für Montag hat Bundeskanzler Friedrich Merz zudem mehrere europäische Staats- und Regierungschefs ins Kanzleramt eingeladen.
Kiew hatte Washington zuletzt eine überarbeitete Fassung des Plans übermittelt, die unter anderem Änderungen bei den Gebietsfragen vorsieht.
US-Präsident Donald Trump äußerte sich am Donnerstag erneut unzufrieden mit beiden Kriegsparteien und warnte, er werde keine Zeit mehr mit Treffen verschwenden, die zu nichts führten.
""",
    timexes=[
        T("Freitag", "DATE", "2025-12-12"),
        T("Ende November", "DATE", "2025-11", mod="END"),
        T("Anfang Dezember", "DATE", "2025-12", mod="START"),
        T("vor eineinhalb Wochen", "DATE", "2025-W49", mod="APPROX"),
        T("Sonntag", "DATE", "2025-12-14"),
        T("Montag", "DATE", "2025-12-15"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Donnerstag", "DATE", "2025-12-11"),
    ],
    events=[
        E("Erdoğan meets Putin in Ashgabat", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2025-12-12", "text", "occurred", "Der türkische Präsident"),
        E("Erdoğan urges a pause in strikes on energy facilities and ports", "REQUEST",
          ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2025-12-12", "text", "occurred", "Der türkische Präsident"),
        E("Turkey offers to host new Russia-Ukraine talks", "CONSULT", ["Turkey", "Russia", "Ukraine"],
          "2025-12-13", "published", "uncertain", "Die Türkei stehe bereit", note="An offer; no date"),
        E("Putin: agreement only if the root causes are removed", "REQUEST", ["Vladimir Putin"],
          "2025-12-12", "context", "occurred", "Ursachen des Konflikts"),
        E("No concrete commitments on a partial ceasefire", "REJECT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
          "2025-12-12", "context", "occurred", "konkrete Zusagen"),
        E("Ukrainian sea drones hit Russian shadow-fleet tankers off Turkey", "ASSAULT", ["Ukraine", "Russia"],
          "2025-11", "text", "occurred", "Seedrohnen", date_mod="END"),
        E("Ankara criticises the attacks as a worrying escalation", "ACCUSE", ["Turkey", "Ukraine"],
          "2025-12", "text", "occurred", "besorgniserregende", date_mod="START"),
        E("Putin threatens to cut Ukraine off from the sea", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2025-W49", "text", "occurred", "vom Meer abzuschneiden", date_mod="APPROX", note="2 Dec 2025"),
        E("Witkoff and Kushner to meet Zelensky in Berlin", "CONSULT", ["Steve Witkoff", "Volodymyr Zelensky"],
          "2025-12-14", "text", "planned", "Jared Kushner"),
        E("Merz hosts European leaders in the chancellery", "CONSULT", ["Friedrich Merz"],
          "2025-12-15", "text", "planned", "Für Montag"),
        E("Kyiv sent Washington a revised version of the plan", "REQUEST", ["Ukraine", "United States"],
          "PAST_REF", "vague", "occurred", "überarbeitete Fassung"),
        E("Trump criticises both warring parties", "ACCUSE", ["Donald Trump", "Russia", "Ukraine"],
          "2025-12-11", "text", "occurred", "unzufrieden"),
        E("Trump warns he will not waste more time on fruitless meetings", "THREATEN", ["Donald Trump"],
          "2025-12-11", "text", "occurred", "unzufrieden"),
    ],
    statements=[
        S("Recep Tayyip Erdoğan", "A partial pause could pave the way to comprehensive peace", "2025-12-12",
          "context", "umfassenden Frieden"),
        S("Recep Tayyip Erdoğan", "Turkey ready to host talks again", "2025-12-12", "context",
          "Die Türkei stehe bereit"),
        S("Vladimir Putin, via Russia", "Agreement only if the root causes are removed", "2025-12-12", "context",
          "Ursachen des Konflikts"),
        S("Yuri Ushakov", "Partial ceasefire discussed, no concrete commitments", "2025-12-12", "context",
          "konkrete Zusagen"),
        S("Turkey", "Attacks a worrying escalation in its EEZ", "2025-12", "text", "besorgniserregende"),
        S("Vladimir Putin", "Will cut Ukraine off from the sea if attacks continue", "2025-W49", "text",
          "vom Meer abzuschneiden"),
        S("Germany", "Witkoff and Kushner to meet Zelensky in Berlin on Sunday", "2025-12-13", "published",
          "Jared Kushner"),
        S("Donald Trump", "Unhappy with both sides; will not waste time on fruitless meetings", "2025-12-11", "text",
          "unzufrieden"),
    ],
    actors=["Recep Tayyip Erdoğan", "Turkey", "Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Yuri Ushakov",
            "United States", "Steve Witkoff", "Donald Trump", "Volodymyr Zelensky", "Germany", "Friedrich Merz"],
)

# ---------------------------------------------------------------- b12de07
DE07 = dict(
    id="b12de07_wiederaufbau_danzig_2026_06",
    lang="de",
    published="2026-06-26",
    body="""
Wiederaufbaukonferenz in Danzig: Milliardenzusagen für die Ukraine
Danzig (dpa) - Zum Abschluss der internationalen Wiederaufbaukonferenz für die Ukraine haben die Teilnehmer am Freitag Zusagen über insgesamt mehr als zwölf Milliarden Euro gemacht.
Gastgeber Donald Tusk sprach von einem „Signal, dass Europa die Ukraine nicht allein lässt“.
Die zweitägige Konferenz war am Donnerstag in der polnischen Hafenstadt eröffnet worden.

Die EU-Kommission stellte nach Worten von Präsidentin Ursula von der Leyen weitere 4,2 Milliarden Euro aus der Ukraine-Fazilität für das kommende Jahr in Aussicht.
Bundeskanzler Friedrich Merz kündigte an, Deutschland werde eine Bürgschaft über 1,5 Milliarden Euro für Investitionen in das ukrainische Stromnetz übernehmen und bis Ende 2027 zusätzliche Luftverteidigungssysteme liefern.
Ein Abkommen über gemeinsame Rüstungsproduktion unterzeichneten Selenskyj und Tusk am Donnerstagabend am Rande der Konferenz.

Die Vereinigten Staaten waren nur mit einer kleinen Delegation vertreten.
Außenminister Marco Rubio hatte seine Teilnahme kurzfristig abgesagt; das State Department verwies auf Termine im Nahen Osten.
Selenskyj zeigte sich dennoch zuversichtlich und dankte Präsident Donald Trump ausdrücklich für dessen Vermittlungsbemühungen.
Die nächste Runde technischer Gespräche mit Russland solle Mitte Juli in Istanbul stattfinden, sagte Verhandlungsführer Rustem Umerow.

Moskau reagierte mit Spott.
Kremlsprecher Dmitri Peskow nannte die Konferenz eine „Veranstaltung zur Verteilung von Geld, das es nicht gibt“.
In der Nacht zum Freitag griff die russische Armee die Hafenstadt Odessa mit Drohnen und Raketen an; nach ukrainischen Angaben wurden mindestens vier Menschen getötet.
Polen kündigte an, die Flugabwehr an der Grenze zur Ukraine für die Dauer von drei Monaten zu verstärken.
""",
    timexes=[
        T("Freitag", "DATE", "2026-06-26", n=0),
        T("zweitägige", "DURATION", "P2D"),
        T("Donnerstag", "DATE", "2026-06-25"),
        T("das kommende Jahr", "DATE", "2027"),
        T("Ende 2027", "DATE", "2027", mod="END"),
        T("Donnerstagabend", "TIME", "2026-06-25TEV"),
        T("Mitte Juli", "DATE", "2026-07", mod="MID"),
        T("der Nacht zum Freitag", "TIME", "2026-06-25TNI", note="night to Friday 26 June"),
        T("drei Monaten", "DURATION", "P3M"),
    ],
    events=[
        E("Conference participants pledge more than 12 billion euros", "AID", ["Ukraine"],
          "2026-06-26", "text", "occurred", "Zusagen über insgesamt"),
        E("Ukraine Recovery Conference in Gdańsk", "CONSULT", ["Poland", "Ukraine"],
          "2026-06-25", "text", "occurred", "zweitägige Konferenz", note="25-26 June 2026"),
        E("EU Commission holds out 4.2 billion euros for next year", "AID",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2027", "text", "planned", "4,2 Milliarden"),
        E("Germany to guarantee 1.5 billion euros for Ukraine's power grid", "AID",
          ["Friedrich Merz", "Germany", "Ukraine"], "2026-06-26", "published", "planned", "Bürgschaft"),
        E("Germany to deliver additional air defence systems by the end of 2027", "AID",
          ["Friedrich Merz", "Germany", "Ukraine"], "2027", "text", "planned", "Bürgschaft", date_mod="END"),
        E("Zelensky and Tusk sign an agreement on joint arms production", "AGREE",
          ["Volodymyr Zelensky", "Donald Tusk"], "2026-06-25TEV", "text", "occurred", "Rüstungsproduktion"),
        E("Rubio cancels his participation", "CONSULT", ["Marco Rubio"],
          "2026-06-25", "context", "cancelled", "kurzfristig abgesagt", note="Dated by the conference start"),
        E("Zelensky thanks Trump for his mediation efforts", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
          "2026-06-26", "published", "occurred", "Vermittlungsbemühungen"),
        E("Next round of technical talks with Russia in Istanbul", "CONSULT", ["Rustem Umerov", "Ukraine", "Russia"],
          "2026-07", "text", "planned", "Mitte Juli", date_mod="MID"),
        E("Peskov mocks the conference", "ACCUSE", ["Dmitry Peskov"],
          "2026-06-26", "published", "occurred", "Verteilung von Geld"),
        E("Russian drone and missile attack on Odesa", "ASSAULT", ["Russia", "Ukraine"],
          "2026-06-25TNI", "text", "occurred", "Odessa"),
        E("Poland to reinforce air defence on the Ukrainian border for three months", "MOBILIZE", ["Poland"],
          "2026-06-26", "published", "planned", "Flugabwehr"),
    ],
    statements=[
        S("Donald Tusk", "A signal that Europe does not leave Ukraine alone", "2026-06-26", "published", "Gastgeber"),
        S("Ursula von der Leyen", "A further 4.2 bn euros for next year", "2026-06-26", "published",
          "4,2 Milliarden"),
        S("Friedrich Merz", "Germany to guarantee 1.5 bn and deliver air defence by end 2027", "2026-06-26",
          "published", "Bürgschaft"),
        S("United States", "State Department cites commitments in the Middle East", "2026-06-26", "published",
          "kurzfristig abgesagt"),
        S("Volodymyr Zelensky", "Confident; thanks Trump for his mediation", "2026-06-26", "published",
          "Vermittlungsbemühungen"),
        S("Rustem Umerov", "Next technical talks with Russia in mid-July in Istanbul", "2026-06-26", "published",
          "Mitte Juli"),
        S("Dmitry Peskov", "Conference distributes money that does not exist", "2026-06-26", "published",
          "Verteilung von Geld"),
        S("Ukraine", "At least four killed in Odesa", "2026-06-26", "published", "Odessa"),
        S("Poland", "Will reinforce air defence on the border for three months", "2026-06-26", "published",
          "Flugabwehr"),
    ],
    actors=["Ukraine", "Donald Tusk", "Poland", "European Union", "Ursula von der Leyen", "Friedrich Merz",
            "Germany", "Volodymyr Zelensky", "United States", "Marco Rubio", "Donald Trump", "Russia",
            "Rustem Umerov", "Kremlin", "Dmitry Peskov"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06, DE07]
