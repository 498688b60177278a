"""German articles of blind21 (written and annotated blind to the extraction code).

Each body: headline on the first line, then one sentence per line, a blank line between paragraphs.
"""

from build import E, S, T

DOCS = [
    # ------------------------------------------------------------------ de01: Rheinische Post
    dict(
        id="b21de01_bennett_moskau_2022_03",
        lang="de",
        published="2022-03-06",
        body="""
Überraschungsbesuch im Kreml: Bennett sucht den Draht zwischen Putin und Selenskyj

Jerusalem/Moskau. Israels Ministerpräsident Naftali Bennett ist am Samstag überraschend nach Moskau gereist und hat dort rund drei Stunden lang mit Kremlchef Wladimir Putin gesprochen.
Es war das erste Treffen eines westlichen Regierungschefs mit Putin seit dem Einmarsch russischer Truppen in die Ukraine vor zehn Tagen.
Noch in der Nacht flog Bennett weiter nach Berlin, wo er Bundeskanzler Olaf Scholz im Kanzleramt über seine Gespräche unterrichtete.
Zwischendurch telefonierte er nach Angaben seines Büros dreimal mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.

Über den Inhalt der Gespräche drang wenig nach außen.
Ein Sprecher der Bundesregierung teilte am Sonntagmorgen lediglich mit, Scholz und Bennett hätten vereinbart, „in enger Abstimmung zu bleiben, mit dem Ziel, den Krieg so schnell wie möglich zu beenden“.
Der Kreml bestätigte den Besuch erst nach Bennetts Abreise.
Kremlsprecher Dmitri Peskow sagte, Putin habe seinen Gast über den Verlauf der „militärischen Spezialoperation“ informiert und die russischen Positionen erläutert.

Am Sonntag telefonierte Putin dann fast zwei Stunden lang mit dem französischen Präsidenten Emmanuel Macron.
Nach Angaben des Élysée-Palasts forderte Macron eine sofortige Waffenruhe und den Schutz der ukrainischen Atomanlagen, nachdem russische Truppen in der Nacht zum Freitag das Kernkraftwerk Saporischschja beschossen und besetzt hatten.
Putin habe entgegnet, Russland werde seine Ziele „entweder durch Verhandlungen oder durch Krieg“ erreichen, hieß es aus Paris.
Zuvor hatte der Kremlchef in einem einstündigen Telefonat mit dem türkischen Präsidenten Recep Tayyip Erdoğan betont, der Einsatz werde nur eingestellt, wenn Kiew die Kampfhandlungen beende und die russischen Forderungen erfülle.
Erdoğan rief nach Angaben seines Büros zu einem allgemeinen Waffenstillstand auf und bot erneut an, Gespräche in der Türkei auszurichten.

Selenskyj dankte Bennett in seiner Videoansprache am Samstagabend für dessen Bemühungen.
„Wir sind zu Gesprächen bereit, aber nicht zur Kapitulation“, sagte der Präsident.
Eine für Samstag vereinbarte Feuerpause zur Evakuierung von Zivilisten aus Mariupol und Wolnowacha war noch am selben Tag zusammengebrochen; beide Seiten gaben sich gegenseitig die Schuld.
Am Montag wollen Unterhändler beider Länder in Belarus zu einer dritten Gesprächsrunde zusammenkommen.
Für Donnerstag ist im türkischen Antalya zudem ein Treffen der Außenminister Sergej Lawrow und Dmytro Kuleba geplant, wie Ankara mitteilte.

Im Westen wurden die Vermittlungsversuche zurückhaltend aufgenommen.
US-Außenminister Antony Blinken, der am Samstag an der polnisch-ukrainischen Grenze mit Kuleba zusammengetroffen war, sagte am Sonntag in der Republik Moldau, Washington unterstütze jede ernsthafte Diplomatie, sehe aber keine Anzeichen, dass Putin den Krieg beenden wolle.
Die EU und die USA hatten erst Anfang der Woche mehrere russische Banken vom Zahlungssystem Swift ausgeschlossen.
""",
        timexes=[
            T("Samstag", "DATE", "2022-03-05"),
            T("rund drei Stunden", "DURATION", "PT3H", mod="APPROX"),
            T("vor zehn Tagen", "DATE", "2022-02-24"),
            T("der Nacht", "TIME", "2022-03-05TNI", note="the night after the Saturday visit"),
            T("Sonntagmorgen", "TIME", "2022-03-06TMO"),
            T("Sonntag", "DATE", "2022-03-06"),
            T("fast zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("der Nacht zum Freitag", "TIME", "2022-03-03TNI", note="night to Friday 4 March 2022"),
            T("einstündigen", "DURATION", "PT1H"),
            T("Samstagabend", "TIME", "2022-03-05TEV"),
            T("Samstag", "DATE", "2022-03-05", n=1),
            T("selben Tag", "DATE", "2022-03-05"),
            T("Montag", "DATE", "2022-03-07"),
            T("Donnerstag", "DATE", "2022-03-10"),
            T("Samstag", "DATE", "2022-03-05", n=2),
            T("Sonntag", "DATE", "2022-03-06", n=1),
            T("Anfang der Woche", "DATE", "2022-W09", mod="START"),
        ],
        events=[
            E("Bennett meets Putin in Moscow for about three hours", "CONSULT", ["Vladimir Putin"],
              "2022-03-05", "text", "occurred", "Israels Ministerpräsident Naftali Bennett ist am Samstag",
              note="Bennett and Israel are not canonical"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02-24", "text", "occurred", "seit dem Einmarsch russischer Truppen"),
            E("Bennett briefs Scholz in Berlin", "CONSULT", ["Olaf Scholz"],
              "2022-03-05TNI", "text", "occurred", "Noch in der Nacht flog Bennett"),
            E("Bennett phones Zelensky three times", "CONSULT", ["Volodymyr Zelensky"],
              "2022-03-05", "context", "occurred", "Zwischendurch telefonierte er"),
            E("Scholz and Bennett agree to stay in close coordination", "AGREE", ["Olaf Scholz"],
              "2022-03-05TNI", "context", "occurred", "Ein Sprecher der Bundesregierung teilte"),
            E("Putin-Macron phone call", "CONSULT", ["Vladimir Putin", "Emmanuel Macron"],
              "2022-03-06", "text", "occurred", "Am Sonntag telefonierte Putin"),
            E("Macron demands a ceasefire and protection of nuclear sites", "REQUEST",
              ["Emmanuel Macron", "Vladimir Putin"], "2022-03-06", "context", "occurred",
              "Nach Angaben des Élysée-Palasts"),
            E("Russian troops shell and seize the Zaporizhzhia nuclear plant", "ASSAULT", ["Russia", "Ukraine"],
              "2022-03-03TNI", "text", "occurred", "Nach Angaben des Élysée-Palasts",
              note="night to Friday 4 March 2022"),
            E("Putin: Russia will reach its goals by negotiations or by war", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2022-03-06", "context", "occurred", "Putin habe entgegnet"),
            E("Putin-Erdoğan phone call", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2022-03-06", "context", "occurred", "Zuvor hatte der Kremlchef",
              note="earlier on the same Sunday"),
            E("Putin: operation stops only if Kyiv ends fighting and meets Russian demands", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2022-03-06", "context", "occurred", "Zuvor hatte der Kremlchef"),
            E("Erdoğan calls for a general ceasefire", "REQUEST", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2022-03-06", "context", "occurred", "Erdoğan rief nach Angaben"),
            E("Erdoğan offers to host talks in Turkey", "REQUEST", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2022-03-06", "context", "occurred", "Erdoğan rief nach Angaben"),
            E("Zelensky thanks Bennett for his efforts", "SUPPORT", ["Volodymyr Zelensky"],
              "2022-03-05TEV", "text", "occurred", "Selenskyj dankte Bennett"),
            E("Zelensky: ready for talks", "AGREE", ["Volodymyr Zelensky"],
              "2022-03-05TEV", "context", "occurred", "Wir sind zu Gesprächen bereit"),
            E("Zelensky: no capitulation", "REJECT", ["Volodymyr Zelensky"],
              "2022-03-05TEV", "context", "occurred", "Wir sind zu Gesprächen bereit"),
            E("Ceasefire for evacuating Mariupol and Volnovakha", "RETREAT", ["Russia", "Ukraine"],
              "2022-03-05", "text", "occurred", "Eine für Samstag vereinbarte Feuerpause",
              note="collapsed the same day"),
            E("Both sides blame each other for the collapse of the ceasefire", "ACCUSE", ["Russia", "Ukraine"],
              "2022-03-05", "context", "occurred", "Eine für Samstag vereinbarte Feuerpause"),
            E("Third round of Russia-Ukraine talks in Belarus", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-07", "text", "planned", "Am Montag wollen Unterhändler"),
            E("Lavrov-Kuleba meeting in Antalya", "CONSULT", ["Sergey Lavrov", "Ukraine", "Turkey"],
              "2022-03-10", "text", "planned", "Für Donnerstag ist im türkischen Antalya"),
            E("Blinken meets Kuleba at the Polish-Ukrainian border", "CONSULT", ["Antony Blinken", "Ukraine"],
              "2022-03-05", "text", "occurred", "US-Außenminister Antony Blinken, der am Samstag"),
            E("EU and US cut several Russian banks off from SWIFT", "SANCTION",
              ["European Union", "United States", "Russia"], "2022-W09", "text", "occurred",
              "Die EU und die USA hatten erst", date_mod="START"),
        ],
        statements=[
            S("Germany", "Scholz and Bennett agreed to stay in close coordination to end the war as soon as possible",
              "2022-03-06TMO", "text", "Ein Sprecher der Bundesregierung teilte"),
            S("Kremlin", "Confirmed Bennett's visit after his departure", "2022-03-06", "published",
              "Der Kreml bestätigte den Besuch"),
            S("Dmitry Peskov", "Putin informed his guest about the 'special military operation' and explained Russia's positions",
              "2022-03-06", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Emmanuel Macron", "Demanded an immediate ceasefire and protection of Ukraine's nuclear facilities",
              "2022-03-06", "context", "Nach Angaben des Élysée-Palasts"),
            S("Vladimir Putin, via France", "Russia will reach its goals either through negotiations or through war",
              "2022-03-06", "context", "Putin habe entgegnet"),
            S("Vladimir Putin", "The operation will stop only if Kyiv ends hostilities and meets Russia's demands",
              "2022-03-06", "context", "Zuvor hatte der Kremlchef"),
            S("Recep Tayyip Erdoğan", "Called for a general ceasefire and offered to host talks in Turkey",
              "2022-03-06", "context", "Erdoğan rief nach Angaben"),
            S("Volodymyr Zelensky", "Thanked Bennett for his efforts", "2022-03-05TEV", "text",
              "Selenskyj dankte Bennett"),
            S("Volodymyr Zelensky", "Ready for talks but not for capitulation", "2022-03-05TEV", "context",
              "Wir sind zu Gesprächen bereit"),
            S("Turkey", "A Lavrov-Kuleba meeting is planned in Antalya on Thursday", "2022-03-06", "published",
              "Für Donnerstag ist im türkischen Antalya"),
            S("Antony Blinken", "Washington supports any serious diplomacy but sees no sign Putin wants to end the war",
              "2022-03-06", "text", "sagte am Sonntag in der Republik Moldau"),
        ],
        actors=["Vladimir Putin", "Kremlin", "Volodymyr Zelensky", "Olaf Scholz", "Germany", "Dmitry Peskov",
                "Emmanuel Macron", "France", "Russia", "Ukraine", "Recep Tayyip Erdoğan", "Turkey",
                "Sergey Lavrov", "Antony Blinken", "United States", "European Union"],
    ),
    # ------------------------------------------------------------------ de02: Die Presse (Vienna)
    dict(
        id="b21de02_sicherheitsrat_selenskij_lawrow_2023_09",
        lang="de",
        published="2023-09-21",
        body="""
Selenskij und Lawrow im selben Saal – nur nicht zur selben Zeit

New York/Wien. Der UN-Sicherheitsrat hat am Mittwoch erstmals seit Beginn der russischen Invasion den ukrainischen Präsidenten und den russischen Außenminister zu einer Sitzung versammelt – wenn auch nicht gleichzeitig.
Als Wolodymyr Selenskij das Wort ergriff, blieb der Platz von Sergej Lawrow leer; der Minister betrat den Saal erst, nachdem der Präsident nach seiner Rede gegangen war.
Eine direkte Begegnung der beiden blieb damit aus.
Selenskij forderte in seiner Rede, Russland das Vetorecht zu entziehen, solange es einen Angriffskrieg führe.
„Es ist unmöglich, diesen Krieg zu beenden, weil alle Bemühungen vom Veto des Aggressors blockiert werden“, sagte er.

Schon zu Beginn der Sitzung hatte es Streit gegeben.
Der russische UN-Botschafter Wassili Nebensja protestierte dagegen, dass der albanische Ratsvorsitzende Edi Rama dem Gast aus Kiew das Wort vor den Ratsmitgliedern erteilte.
Rama konterte trocken, es gebe eine Lösung: „Wenn Sie einverstanden sind, beenden Sie den Krieg, und Präsident Selenskij wird nicht sprechen.“
UN-Generalsekretär António Guterres warf Moskau vor, mit dem Krieg gegen die UN-Charta und das Völkerrecht zu verstoßen, und verlangte ein Ende der Angriffe auf ukrainische Häfen und Getreidelager.

Lawrow wiederum beschuldigte die USA und die EU, die Ukraine seit Jahren aufzurüsten und jede Friedenslösung zu hintertreiben.
Die in Istanbul im Frühjahr 2022 ausgehandelten Vereinbarungen seien „auf Anweisung aus London“ verworfen worden, behauptete er.
Zu einem Treffen mit US-Außenminister Antony Blinken, der ebenfalls im Saal saß, kam es nicht.
Blinken hielt Lawrow entgegen, Russland sei das einzige ständige Ratsmitglied, das einen Nachbarn überfallen habe, und es liege allein an Moskau, den Krieg zu beenden.

Bereits am Dienstag hatte Selenskij in der Generalversammlung gewarnt, Russland mache Lebensmittel und Energie zur Waffe, und um Unterstützung für seine Friedensformel geworben.
Am Donnerstag wird er in Washington von US-Präsident Joe Biden im Weißen Haus empfangen; zudem trifft er Abgeordnete im Kongress, wo Teile der Republikaner weitere Hilfen blockieren.
Biden hatte den Kongress im August um zusätzliche 24 Milliarden Dollar für die Ukraine gebeten.

Österreichs Außenminister Alexander Schallenberg (ÖVP) sprach sich am Rande der Generalversammlung für einen „gerechten und dauerhaften Frieden“ aus, der die territoriale Integrität der Ukraine achte.
In Moskau bezeichnete Kremlsprecher Dmitri Peskow den Auftritt Selenskijs in New York als „Show“, die nichts an der Lage an der Front ändere.
""",
        timexes=[
            T("Mittwoch", "DATE", "2023-09-20"),
            T("Jahren", "DURATION", "PXY"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("Dienstag", "DATE", "2023-09-19"),
            T("Donnerstag", "DATE", "2023-09-21"),
            T("August", "DATE", "2023-08"),
        ],
        events=[
            E("UN Security Council session on Ukraine with Zelensky and Lavrov", "CONSULT",
              ["United Nations", "Volodymyr Zelensky", "Sergey Lavrov", "António Guterres", "Antony Blinken"],
              "2023-09-20", "text", "occurred", "Der UN-Sicherheitsrat hat am Mittwoch"),
            E("No direct encounter between Zelensky and Lavrov", "CONSULT", ["Volodymyr Zelensky", "Sergey Lavrov"],
              "2023-09-20", "context", "cancelled", "Eine direkte Begegnung der beiden"),
            E("Zelensky demands that Russia be stripped of its veto", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2023-09-20", "context", "occurred",
              "Selenskij forderte in seiner Rede"),
            E("Zelensky accuses the aggressor of blocking all efforts with its veto", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-09-20", "context", "occurred",
              "Es ist unmöglich, diesen Krieg zu beenden"),
            E("Russia's UN ambassador protests against Zelensky speaking first", "ACCUSE", ["Russia"],
              "2023-09-20", "context", "occurred", "Der russische UN-Botschafter Wassili Nebensja",
              note="the council's Albanian chair is not canonical"),
            E("Council chair Rama tells Russia to end the war", "REQUEST", ["Russia"],
              "2023-09-20", "context", "occurred", "Rama konterte trocken",
              note="Rama and Albania are not canonical"),
            E("Guterres accuses Moscow of violating the UN Charter", "ACCUSE", ["António Guterres", "Russia"],
              "2023-09-20", "context", "occurred", "UN-Generalsekretär António Guterres warf Moskau vor"),
            E("Guterres demands an end to attacks on ports and grain stores", "REQUEST",
              ["António Guterres", "Russia"], "2023-09-20", "context", "occurred",
              "UN-Generalsekretär António Guterres warf Moskau vor"),
            E("Lavrov accuses the US and the EU of arming Ukraine and undermining peace", "ACCUSE",
              ["Sergey Lavrov", "United States", "European Union"], "2023-09-20", "context", "occurred",
              "Lawrow wiederum beschuldigte die USA"),
            E("Russia-Ukraine agreements negotiated in Istanbul", "AGREE", ["Russia", "Ukraine"],
              "2022-SP", "text", "occurred", "Die in Istanbul im Frühjahr 2022",
              note="as described by Lavrov"),
            E("Lavrov accuses London of having the Istanbul agreements scrapped", "ACCUSE",
              ["Sergey Lavrov", "United Kingdom"], "2023-09-20", "context", "occurred",
              "Die in Istanbul im Frühjahr 2022"),
            E("No meeting between Lavrov and Blinken", "CONSULT", ["Sergey Lavrov", "Antony Blinken"],
              "2023-09-20", "context", "cancelled", "Zu einem Treffen mit US-Außenminister Antony Blinken"),
            E("Blinken: Russia is the only permanent member that invaded a neighbour", "ACCUSE",
              ["Antony Blinken", "Russia"], "2023-09-20", "context", "occurred", "Blinken hielt Lawrow entgegen"),
            E("Blinken: it is up to Moscow to end the war", "REQUEST", ["Antony Blinken", "Russia"],
              "2023-09-20", "context", "occurred", "Blinken hielt Lawrow entgegen"),
            E("Zelensky at the General Assembly accuses Russia of weaponising food and energy", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-09-19", "text", "occurred", "Bereits am Dienstag hatte Selenskij"),
            E("Zelensky seeks support for his peace formula", "REQUEST", ["Volodymyr Zelensky", "United Nations"],
              "2023-09-19", "text", "occurred", "Bereits am Dienstag hatte Selenskij"),
            E("Biden receives Zelensky at the White House", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2023-09-21", "text", "planned", "Am Donnerstag wird er in Washington"),
            E("Zelensky meets members of Congress", "CONSULT", ["Volodymyr Zelensky", "United States"],
              "2023-09-21", "context", "planned", "Am Donnerstag wird er in Washington"),
            E("Further US aid blocked by Republicans in Congress", "AID", ["United States", "Ukraine"],
              "2023-09-21", "published", "uncertain", "Am Donnerstag wird er in Washington"),
            E("Biden asks Congress for an extra 24 billion dollars for Ukraine", "AID", ["Joe Biden", "Ukraine"],
              "2023-08", "text", "planned", "Biden hatte den Kongress im August"),
            E("Peskov calls Zelensky's appearance a 'show'", "ACCUSE", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2023-09-21", "published", "occurred", "In Moskau bezeichnete Kremlsprecher"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Demanded that Russia be stripped of its veto while it wages a war of aggression",
              "2023-09-20", "context", "Selenskij forderte in seiner Rede"),
            S("Volodymyr Zelensky", "Impossible to end the war because the aggressor's veto blocks all efforts",
              "2023-09-20", "context", "Es ist unmöglich, diesen Krieg zu beenden"),
            S("Russia", "Protested against the chair giving Zelensky the floor before council members",
              "2023-09-20", "context", "Der russische UN-Botschafter Wassili Nebensja"),
            S("António Guterres", "The war violates the UN Charter and international law; attacks on ports and grain stores must end",
              "2023-09-20", "context", "UN-Generalsekretär António Guterres warf Moskau vor"),
            S("Sergey Lavrov", "The US and EU have armed Ukraine for years and undermined any peace settlement",
              "2023-09-20", "context", "Lawrow wiederum beschuldigte die USA"),
            S("Sergey Lavrov", "The Istanbul agreements of spring 2022 were scrapped on instructions from London",
              "2023-09-20", "context", "Die in Istanbul im Frühjahr 2022"),
            S("Antony Blinken", "Russia is the only permanent member that invaded a neighbour; it is up to Moscow to end the war",
              "2023-09-20", "context", "Blinken hielt Lawrow entgegen"),
            S("Volodymyr Zelensky", "Russia weaponises food and energy; appealed for support for his peace formula",
              "2023-09-19", "text", "Bereits am Dienstag hatte Selenskij"),
            S("Dmitry Peskov", "Zelensky's appearance in New York was a 'show' that changes nothing at the front",
              "2023-09-21", "published", "In Moskau bezeichnete Kremlsprecher"),
        ],
        actors=["United Nations", "Volodymyr Zelensky", "Sergey Lavrov", "Russia", "Ukraine", "António Guterres",
                "United States", "European Union", "United Kingdom", "Antony Blinken", "Joe Biden", "Dmitry Peskov",
                "Kremlin"],
    ),
    # ------------------------------------------------------------------ de03: Bild
    dict(
        id="b21de03_biden_berlin_quad_2024_10",
        lang="de",
        published="2024-10-18",
        body="""
Abschiedsbesuch in Berlin: Biden verspricht der Ukraine weitere Hilfe

Er kam spät, aber er kam!
Am Donnerstagabend landete US-Präsident Joe Biden (81) in Berlin – eine Woche später als ursprünglich geplant.
Seinen Besuch Anfang Oktober hatte er wegen des Hurrikans „Milton“ kurzfristig abgesagt.
Am Freitagmorgen empfing ihn Bundespräsident Frank-Walter Steinmeier (68) im Schloss Bellevue.
Danach sprach Biden rund eine Stunde mit Kanzler Olaf Scholz (66, SPD) im Kanzleramt.
Am Mittag stießen Frankreichs Präsident Emmanuel Macron (46) und der britische Premier Keir Starmer (62) zu der Runde.

Nach BILD-Informationen ging es bei dem Vierer-Treffen vor allem um die Ukraine und den Nahen Osten.
Anschließend informierte Scholz den ukrainischen Präsidenten Wolodymyr Selenskyj (46) telefonisch über die Ergebnisse, hieß es aus Regierungskreisen.
Biden sagte nach dem Gespräch mit Scholz, man dürfe in der Unterstützung für Kiew „nicht nachlassen“, bis die Ukraine einen gerechten und dauerhaften Frieden erreicht habe.
Der Winter werde hart, deshalb schicke Amerika weitere Luftabwehr.
Scholz kündigte ein neues Flugabwehr-Paket für die Ukraine im Wert von 1,4 Milliarden Euro an, das Deutschland gemeinsam mit Belgien, Dänemark und Norwegen finanziert.
Bis Jahresende soll zudem ein weiteres Iris-T-System geliefert werden.

Selenskyj hatte am Donnerstag beim EU-Gipfel in Brüssel und danach bei den Nato-Verteidigungsministern für seinen „Siegesplan“ geworben.
Kern des Plans: eine sofortige Einladung in die Nato.
Nato-Generalsekretär Mark Rutte (57) machte aber klar, dass eine Einladung derzeit nicht ansteht.
Selenskyj warf Nordkorea vor, Russland Soldaten für den Krieg zur Verfügung zu stellen – nach Angaben aus Kiew bis zu 10.000 Mann.

Der Kreml reagierte wie gewohnt mit Hohn.
Kremlsprecher Dmitri Peskow (57) nannte den Siegesplan eine Ansammlung „unzusammenhängender Slogans“.
Kremlchef Wladimir Putin (72) hatte zuletzt erklärt, Frieden gebe es nur, wenn Kiew auf die Nato-Mitgliedschaft verzichte und seine Truppen aus vier Regionen abziehe.

Für Biden ist es wohl der letzte große Auftritt in Europa: Seine Amtszeit endet im Januar.
Bei der Wahl am 5. November tritt Vizepräsidentin Kamala Harris (59) gegen Donald Trump (78) an, der angekündigt hat, den Krieg im Fall seines Sieges „innerhalb von 24 Stunden“ zu beenden.
Am Abend fliegt Biden zurück nach Washington.
""",
        timexes=[
            T("Donnerstagabend", "TIME", "2024-10-17TEV"),
            T("eine Woche", "DURATION", "P1W"),
            T("Anfang Oktober", "DATE", "2024-10", mod="START"),
            T("Freitagmorgen", "TIME", "2024-10-18TMO"),
            T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Mittag", "TIME", "2024-10-18T12:00"),
            T("Der Winter", "DATE", "2024-WI"),
            T("Jahresende", "DATE", "2024", mod="END"),
            T("Donnerstag", "DATE", "2024-10-17"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Januar", "DATE", "2025-01"),
            T("5. November", "DATE", "2024-11-05"),
            T("24 Stunden", "DURATION", "PT24H"),
            T("Abend", "TIME", "2024-10-18TEV"),
        ],
        events=[
            E("Biden arrives in Berlin for a visit", "CONSULT", ["Joe Biden", "Germany"],
              "2024-10-17TEV", "text", "occurred", "Am Donnerstagabend landete"),
            E("Biden's visit to Germany called off because of Hurricane Milton", "CONSULT", ["Joe Biden", "Germany"],
              "2024-10", "text", "cancelled", "Seinen Besuch Anfang Oktober", date_mod="START",
              note="postponed by a week"),
            E("Steinmeier receives Biden at Bellevue Palace", "CONSULT", ["Joe Biden", "Germany"],
              "2024-10-18TMO", "text", "occurred", "Am Freitagmorgen empfing ihn"),
            E("Biden-Scholz talks in the chancellery", "CONSULT", ["Joe Biden", "Olaf Scholz"],
              "2024-10-18", "context", "occurred", "Danach sprach Biden rund eine Stunde"),
            E("Four-way meeting of Biden, Scholz, Macron and Starmer", "CONSULT",
              ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Keir Starmer"],
              "2024-10-18T12:00", "text", "occurred", "Am Mittag stießen"),
            E("Scholz briefs Zelensky by phone on the results", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
              "2024-10-18", "context", "occurred", "Anschließend informierte Scholz"),
            E("Biden promises not to let up in support for Kyiv", "AGREE", ["Joe Biden", "Ukraine"],
              "2024-10-18", "context", "occurred", "Biden sagte nach dem Gespräch mit Scholz"),
            E("US to send more air defence to Ukraine", "AID", ["United States", "Ukraine"],
              "2024-10-18", "context", "occurred", "deshalb schicke Amerika weitere Luftabwehr"),
            E("Scholz announces a 1.4 billion euro air-defence package for Ukraine", "AID",
              ["Olaf Scholz", "Germany", "Ukraine"], "2024-10-18", "context", "occurred",
              "Scholz kündigte ein neues Flugabwehr-Paket"),
            E("Another IRIS-T system to be delivered by year end", "AID", ["Germany", "Ukraine"],
              "2024", "text", "planned", "Bis Jahresende soll zudem", date_mod="END"),
            E("Zelensky at the EU summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2024-10-17", "text", "occurred", "Selenskyj hatte am Donnerstag beim EU-Gipfel"),
            E("Zelensky meets NATO defence ministers", "CONSULT", ["Volodymyr Zelensky", "NATO"],
              "2024-10-17", "context", "occurred", "Selenskyj hatte am Donnerstag beim EU-Gipfel"),
            E("Zelensky promotes his 'victory plan'", "REQUEST", ["Volodymyr Zelensky", "European Union", "NATO"],
              "2024-10-17", "text", "occurred", "Selenskyj hatte am Donnerstag beim EU-Gipfel"),
            E("Victory plan demands an immediate NATO invitation", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2024-10-17", "context", "occurred", "Kern des Plans"),
            E("Rutte: an invitation is not on the agenda at present", "REJECT", ["Mark Rutte", "Ukraine"],
              "2024-10-17", "context", "occurred", "machte aber klar, dass eine Einladung"),
            E("Zelensky accuses North Korea of providing soldiers to Russia", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2024-10-17", "context", "occurred", "Selenskyj warf Nordkorea vor"),
            E("North Korean soldiers provided to Russia", "MOBILIZE", ["Russia"],
              "2024-10-18", "published", "uncertain", "Selenskyj warf Nordkorea vor",
              note="claimed by Kyiv; North Korea is not canonical"),
            E("Peskov dismisses the victory plan as 'incoherent slogans'", "REJECT",
              ["Dmitry Peskov", "Volodymyr Zelensky"], "2024-10-18", "published", "occurred",
              "Kremlsprecher Dmitri Peskow (57) nannte"),
            E("Putin's conditions: Kyiv renounces NATO and withdraws from four regions", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "PAST_REF", "vague", "occurred", "Kremlchef Wladimir Putin (72) hatte zuletzt"),
        ],
        statements=[
            S("Joe Biden", "Support for Kyiv must not let up until Ukraine reaches a just and lasting peace",
              "2024-10-18", "context", "Biden sagte nach dem Gespräch mit Scholz"),
            S("Joe Biden", "The winter will be hard, so America is sending more air defence",
              "2024-10-18", "context", "deshalb schicke Amerika weitere Luftabwehr"),
            S("Olaf Scholz", "Announced a 1.4 billion euro air-defence package financed with Belgium, Denmark and Norway",
              "2024-10-18", "context", "Scholz kündigte ein neues Flugabwehr-Paket"),
            S("Germany", "Scholz briefed Zelensky by phone on the results", "2024-10-18", "published",
              "Anschließend informierte Scholz"),
            S("Volodymyr Zelensky", "Promoted his 'victory plan' at the EU summit and to NATO defence ministers",
              "2024-10-17", "text", "Selenskyj hatte am Donnerstag beim EU-Gipfel"),
            S("Mark Rutte", "An invitation to NATO is not on the agenda at present", "2024-10-17", "context",
              "machte aber klar, dass eine Einladung"),
            S("Volodymyr Zelensky", "North Korea is providing soldiers to Russia for the war", "2024-10-17", "context",
              "Selenskyj warf Nordkorea vor"),
            S("Ukraine", "Up to 10,000 North Korean soldiers", "2024-10-18", "published", "Selenskyj warf Nordkorea vor"),
            S("Kremlin", "Reacted to the victory plan with scorn", "2024-10-18", "published",
              "Der Kreml reagierte wie gewohnt mit Hohn."),
            S("Dmitry Peskov", "The victory plan is a collection of 'incoherent slogans'", "2024-10-18", "published",
              "Kremlsprecher Dmitri Peskow (57) nannte"),
            S("Vladimir Putin", "Peace only if Kyiv renounces NATO membership and withdraws from four regions",
              "PAST_REF", "vague", "Kremlchef Wladimir Putin (72) hatte zuletzt"),
            S("Donald Trump", "Would end the war within 24 hours if he wins", "2024-10-18", "published",
              "Bei der Wahl am 5. November"),
        ],
        actors=["Joe Biden", "United States", "Germany", "Olaf Scholz", "Emmanuel Macron", "France", "Keir Starmer",
                "United Kingdom", "Ukraine", "Volodymyr Zelensky", "European Union", "NATO", "Mark Rutte", "Russia",
                "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Donald Trump"],
    ),
    # ------------------------------------------------------------------ de04: Merkur.de (IPPEN)
    dict(
        id="b21de04_london_downing_street_2025_12",
        lang="de",
        published="2025-12-08",
        body="""
Krisentreffen in London: Selenskyj sucht Rückhalt bei Starmer, Macron und Merz – Trump wird ungeduldig

London – Für Wolodymyr Selenskyj wird die Lage nicht einfacher.
Am Montag empfing der britische Premierminister Keir Starmer den ukrainischen Präsidenten in der Downing Street, wo auch Frankreichs Präsident Emmanuel Macron und Bundeskanzler Friedrich Merz (CDU) zu dem Treffen dazustießen.
Im Mittelpunkt stand der überarbeitete Friedensplan der US-Regierung, den Selenskyj nach eigenen Worten nicht ohne Änderungen unterzeichnen will.
Die Gespräche ukrainischer und amerikanischer Unterhändler in Miami waren am Samstag nach drei Tagen ohne Durchbruch zu Ende gegangen.
Die ukrainische Delegation führte Sicherheitsratssekretär Rustem Umerow, auf amerikanischer Seite verhandelten der Sondergesandte Steve Witkoff und Trumps Schwiegersohn Jared Kushner.

US-Präsident Donald Trump hatte am Sonntag den Ton verschärft.
Er sei „ein wenig enttäuscht“, dass Selenskyj den Vorschlag noch nicht gelesen habe, sagte Trump vor Journalisten in Washington.
Selenskyj ging darauf in London nicht direkt ein und betonte, es gebe „Dinge, die wir ohne die Amerikaner nicht schaffen, und Dinge, die wir ohne Europa nicht schaffen“.
Starmer sicherte zu, Großbritannien werde „so lange wie nötig“ an der Seite der Ukraine stehen, und kündigte die Lieferung weiterer Flugabwehrraketen an.

Merz warnte davor, Kiew zu einem Frieden zu drängen, der die Sicherheit des Landes nicht garantiere: „Einen Diktatfrieden darf es nicht geben.“
Bis zum EU-Gipfel am 18. Dezember wollen die Europäer zudem eine Einigung darüber erzielen, eingefrorenes russisches Vermögen für ein Reparationsdarlehen an die Ukraine zu nutzen.
Belgien, wo der Großteil der Gelder verwahrt wird, sperrt sich bislang dagegen.
Macron kündigte an, die „Koalition der Willigen“ werde noch in dieser Woche per Videokonferenz über Sicherheitsgarantien beraten.

In Moskau wurde das Londoner Treffen mit Spott quittiert.
Kremlsprecher Dmitri Peskow sagte, die Europäer versuchten, den Friedensprozess zu „torpedieren“; Moskau setze weiter auf direkte Kontakte mit Washington.
Kreml-Chef Wladimir Putin hatte vergangene Woche nach einem fünfstündigen Treffen mit Witkoff und Kushner in Moskau erklärt, einige Punkte des Plans seien für Russland „inakzeptabel“.
Zugleich drohte er, Russland werde den gesamten Donbass „militärisch oder auf andere Weise“ einnehmen.

In der Nacht zum Montag griff Russland die Ukraine erneut mit Drohnen und Raketen an, in mehreren Regionen fiel der Strom aus.
Selenskyj will am Abend in Brüssel mit Nato-Generalsekretär Mark Rutte, EU-Kommissionschefin Ursula von der Leyen und EU-Ratspräsident António Costa zusammenkommen.
Am Dienstag wird er in Rom von Italiens Regierungschefin Giorgia Meloni und von Papst Leo XIV. in Castel Gandolfo empfangen.
""",
        timexes=[
            T("Montag", "DATE", "2025-12-08"),
            T("Samstag", "DATE", "2025-12-06"),
            T("drei Tagen", "DURATION", "P3D"),
            T("Sonntag", "DATE", "2025-12-07"),
            T("18. Dezember", "DATE", "2025-12-18"),
            T("dieser Woche", "DATE", "2025-W50"),
            T("vergangene Woche", "DATE", "2025-W49"),
            T("fünfstündigen", "DURATION", "PT5H"),
            T("der Nacht zum Montag", "TIME", "2025-12-07TNI", note="night to Monday 8 December 2025"),
            T("Abend", "TIME", "2025-12-08TEV"),
            T("Dienstag", "DATE", "2025-12-09"),
        ],
        events=[
            E("Starmer hosts Zelensky, Macron and Merz in Downing Street", "CONSULT",
              ["Keir Starmer", "Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz"],
              "2025-12-08", "text", "occurred", "Am Montag empfing der britische Premierminister"),
            E("Zelensky will not sign the revised US plan without changes", "REJECT",
              ["Volodymyr Zelensky", "United States"], "2025-12-08", "published", "occurred",
              "Im Mittelpunkt stand der überarbeitete Friedensplan"),
            E("Ukrainian-US talks in Miami", "CONSULT", ["Ukraine", "United States", "Rustem Umerov", "Steve Witkoff"],
              "2025-12-06", "text", "occurred", "Die Gespräche ukrainischer und amerikanischer Unterhändler",
              note="three days, ended Saturday 6 December 2025"),
            E("Miami talks end without a breakthrough", "REJECT", ["Ukraine", "United States"],
              "2025-12-06", "text", "occurred", "Die Gespräche ukrainischer und amerikanischer Unterhändler"),
            E("Trump criticises Zelensky for not having read the proposal", "ACCUSE",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-12-07", "context", "occurred", "ein wenig enttäuscht"),
            E("Starmer promises Britain will stand by Ukraine as long as needed", "AGREE",
              ["Keir Starmer", "United Kingdom", "Ukraine"], "2025-12-08", "context", "occurred", "Starmer sicherte zu"),
            E("Starmer announces more air-defence missiles for Ukraine", "AID", ["Keir Starmer", "Ukraine"],
              "2025-12-08", "context", "occurred", "Starmer sicherte zu"),
            E("Merz warns against pushing Kyiv into a dictated peace", "REQUEST", ["Friedrich Merz", "Ukraine"],
              "2025-12-08", "context", "occurred", "Merz warnte davor"),
            E("EU summit on 18 December", "CONSULT", ["European Union"],
              "2025-12-18", "text", "planned", "Bis zum EU-Gipfel am 18. Dezember"),
            E("EU aims to use frozen Russian assets for a reparations loan to Ukraine", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12-18", "text", "uncertain",
              "Bis zum EU-Gipfel am 18. Dezember"),
            E("Coalition of the willing to confer by video on security guarantees", "CONSULT", ["Emmanuel Macron"],
              "2025-W50", "text", "planned", "Macron kündigte an"),
            E("Peskov accuses the Europeans of torpedoing the peace process", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2025-12-08", "published", "occurred",
              "Kremlsprecher Dmitri Peskow sagte"),
            E("Putin meets Witkoff and Kushner in Moscow for five hours", "CONSULT", ["Vladimir Putin", "Steve Witkoff"],
              "2025-W49", "text", "occurred", "Kreml-Chef Wladimir Putin hatte vergangene Woche",
              note="2 December 2025"),
            E("Putin calls some points of the plan unacceptable", "REJECT", ["Vladimir Putin", "United States"],
              "2025-W49", "context", "occurred", "Kreml-Chef Wladimir Putin hatte vergangene Woche"),
            E("Putin threatens to take the whole Donbas by military or other means", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2025-W49", "context", "occurred", "Zugleich drohte er"),
            E("Russian drone and missile attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2025-12-07TNI", "text", "occurred", "In der Nacht zum Montag griff Russland"),
            E("Zelensky to meet Rutte, von der Leyen and Costa in Brussels", "CONSULT",
              ["Volodymyr Zelensky", "Mark Rutte", "Ursula von der Leyen", "European Union"],
              "2025-12-08TEV", "text", "planned", "Selenskyj will am Abend in Brüssel"),
            E("Meloni receives Zelensky in Rome", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"],
              "2025-12-09", "text", "planned", "Am Dienstag wird er in Rom"),
            E("Pope Leo XIV receives Zelensky at Castel Gandolfo", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
              "2025-12-09", "text", "planned", "Am Dienstag wird er in Rom"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Will not sign the revised US peace plan without changes", "2025-12-08", "published",
              "Im Mittelpunkt stand der überarbeitete Friedensplan"),
            S("Donald Trump", "Sharpened his tone towards Zelensky", "2025-12-07", "text",
              "hatte am Sonntag den Ton verschärft"),
            S("Donald Trump", "A little disappointed that Zelensky has not yet read the proposal", "2025-12-07", "context",
              "ein wenig enttäuscht"),
            S("Volodymyr Zelensky", "There are things Ukraine cannot manage without the Americans and things it cannot manage without Europe",
              "2025-12-08", "context", "Selenskyj ging darauf in London nicht direkt ein"),
            S("Keir Starmer", "Britain will stand by Ukraine as long as needed; more air-defence missiles",
              "2025-12-08", "context", "Starmer sicherte zu"),
            S("Friedrich Merz", "Kyiv must not be pushed into a peace without security; no dictated peace",
              "2025-12-08", "context", "Merz warnte davor"),
            S("Emmanuel Macron", "The coalition of the willing will discuss security guarantees by video this week",
              "2025-12-08", "context", "Macron kündigte an"),
            S("Russia", "Met the London meeting with mockery", "2025-12-08", "published",
              "In Moskau wurde das Londoner Treffen mit Spott quittiert."),
            S("Dmitry Peskov", "The Europeans try to torpedo the peace process; Moscow relies on direct contacts with Washington",
              "2025-12-08", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Vladimir Putin", "Some points of the plan are unacceptable for Russia", "2025-W49", "text",
              "Kreml-Chef Wladimir Putin hatte vergangene Woche"),
            S("Vladimir Putin", "Russia will take the whole Donbas militarily or otherwise", "2025-W49", "context",
              "Zugleich drohte er"),
        ],
        actors=["Volodymyr Zelensky", "Ukraine", "Keir Starmer", "United Kingdom", "Emmanuel Macron", "France",
                "Friedrich Merz", "Germany", "United States", "Rustem Umerov", "Steve Witkoff", "Donald Trump",
                "European Union", "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "NATO", "Mark Rutte",
                "Ursula von der Leyen", "Giorgia Meloni", "Vatican"],
    ),
    # ------------------------------------------------------------------ de05: Reuters (German service)
    dict(
        id="b21de05_belarus_gefangene_grenze_2026_06",
        lang="de",
        published="2026-06-17",
        body="""
Belarus lässt 31 Gefangene frei - Polen öffnet zwei Grenzübergänge

Warschau/Minsk (Reuters) - Belarus hat nach Vermittlung der USA am Dienstag 31 politische Gefangene freigelassen, darunter fünf polnische Staatsbürger.
Die Freigelassenen hätten am Nachmittag in Begleitung von US-Diplomaten die Grenze nach Litauen überquert, teilte das polnische Außenministerium mit.
Im Gegenzug öffnet Polen von Donnerstag an zwei seit vergangenem Herbst geschlossene Grenzübergänge für den Güterverkehr, wie Ministerpräsident Donald Tusk am Mittwoch in Warschau ankündigte.
„Das ist ein gutes Signal, aber kein Grund zur Naivität“, sagte Tusk.

Der US-Sondergesandte für Belarus, John Coale, war am Montag zum dritten Mal in diesem Jahr von Machthaber Alexander Lukaschenko in Minsk empfangen worden.
Nach Angaben der belarussischen Staatsagentur Belta sprachen beide Seiten auch über eine Lockerung der US-Sanktionen gegen die Kaliindustrie des Landes.
Washington hatte bereits im vergangenen Jahr Sanktionen gegen die staatliche Fluggesellschaft Belavia aufgehoben.
Ein Sprecher des Weißen Hauses sagte, Präsident Donald Trump wolle Lukaschenko „zu gegebener Zeit“ persönlich treffen.

Lukaschenko selbst sagte am Mittwoch vor Offizieren, er habe mit Tusk zum ersten Mal seit Jahren telefoniert; man habe vereinbart, die Gespräche über die Lage an der Grenze fortzusetzen.
Tusk bestätigte das Telefonat vom Sonntag, betonte aber, Polen werde die Sicherheitsmaßnahmen an der Grenze nicht lockern, solange Minsk Migranten gezielt in Richtung EU schleuse.
Polen hatte im September 2025 während des russisch-belarussischen Großmanövers Sapad alle Übergänge geschlossen und nur einen Teil davon wieder geöffnet.

In Kiew wurde die Annäherung mit Sorge verfolgt.
Außenminister Andrij Sybiha warnte Warschau davor, Lukaschenko aufzuwerten, solange in Belarus russische Oreschnik-Raketen stationiert seien.
Die atomwaffenfähigen Mittelstreckenraketen waren im Dezember nach Belarus verlegt worden.
Die EU-Außenbeauftragte Kaja Kallas begrüßte die Freilassung, forderte aber die Freilassung aller mehr als 1.000 politischen Gefangenen in Belarus.
Kremlsprecher Dmitri Peskow sagte, Minsk sei ein souveräner Staat, Moskau habe „keine Einwände“ gegen gute Beziehungen zu den Nachbarn.
""",
        timexes=[
            T("Dienstag", "DATE", "2026-06-16"),
            T("Nachmittag", "TIME", "2026-06-16TAF"),
            T("Donnerstag", "DATE", "2026-06-18"),
            T("vergangenem Herbst", "DATE", "2025-FA"),
            T("Mittwoch", "DATE", "2026-06-17"),
            T("Montag", "DATE", "2026-06-15"),
            T("diesem Jahr", "DATE", "2026"),
            T("vergangenen Jahr", "DATE", "2025"),
            T("Mittwoch", "DATE", "2026-06-17", n=1),
            T("Jahren", "DURATION", "PXY"),
            T("Sonntag", "DATE", "2026-06-14"),
            T("September 2025", "DATE", "2025-09"),
            T("Dezember", "DATE", "2025-12"),
        ],
        events=[
            E("Belarus frees 31 political prisoners after US mediation", "CONCEDE",
              ["Belarus", "United States", "Poland"], "2026-06-16", "text", "occurred",
              "Belarus hat nach Vermittlung der USA"),
            E("Poland to reopen two border crossings for freight", "CONCEDE", ["Poland", "Belarus", "Donald Tusk"],
              "2026-06-18", "text", "planned", "Im Gegenzug öffnet Polen"),
            E("Tusk welcomes the release as a good signal", "SUPPORT", ["Donald Tusk", "Belarus"],
              "2026-06-17", "context", "occurred", "Das ist ein gutes Signal"),
            E("Lukashenko receives US envoy Coale in Minsk", "CONSULT", ["Alexander Lukashenko", "United States"],
              "2026-06-15", "text", "occurred", "Der US-Sondergesandte für Belarus"),
            E("Possible easing of US sanctions on the Belarusian potash industry", "CONCEDE",
              ["United States", "Belarus"], "2026-06-17", "published", "uncertain", "Lockerung der US-Sanktionen",
              note="discussed at the Monday meeting"),
            E("US lifted sanctions on Belavia", "CONCEDE", ["United States", "Belarus"],
              "2025", "text", "occurred", "Washington hatte bereits im vergangenen Jahr"),
            E("Trump wants to meet Lukashenko in person", "CONSULT", ["Donald Trump", "Alexander Lukashenko"],
              "2026-06-17", "published", "uncertain", "Ein Sprecher des Weißen Hauses",
              note="no date; 'zu gegebener Zeit'"),
            E("Lukashenko-Tusk phone call", "CONSULT", ["Alexander Lukashenko", "Donald Tusk"],
              "2026-06-14", "context", "occurred", "Lukaschenko selbst sagte am Mittwoch",
              note="the call was on Sunday, as the next sentence says"),
            E("Lukashenko and Tusk agree to continue talks on the border", "AGREE",
              ["Alexander Lukashenko", "Donald Tusk"], "2026-06-14", "context", "occurred",
              "Lukaschenko selbst sagte am Mittwoch"),
            E("Tusk: no easing of border security measures", "REJECT", ["Donald Tusk", "Belarus"],
              "2026-06-17", "published", "occurred", "Tusk bestätigte das Telefonat"),
            E("Tusk accuses Minsk of channelling migrants towards the EU", "ACCUSE", ["Donald Tusk", "Belarus"],
              "2026-06-17", "published", "occurred", "Tusk bestätigte das Telefonat"),
            E("Poland closes all crossings to Belarus", "SANCTION", ["Poland", "Belarus"],
              "2025-09", "text", "occurred", "Polen hatte im September 2025"),
            E("Russian-Belarusian Zapad exercise", "MOBILIZE", ["Russia", "Belarus"],
              "2025-09", "context", "occurred", "Polen hatte im September 2025"),
            E("Poland reopens part of the crossings", "CONCEDE", ["Poland", "Belarus"],
              "2025-09", "context", "occurred", "Polen hatte im September 2025",
              note="no date of its own"),
            E("Sybiha warns Warsaw against upgrading Lukashenko", "REQUEST",
              ["Andrii Sybiha", "Poland", "Alexander Lukashenko"], "2026-06-17", "published", "occurred",
              "Außenminister Andrij Sybiha warnte Warschau"),
            E("Oreshnik missiles moved to Belarus", "MOBILIZE", ["Russia", "Belarus"],
              "2025-12", "text", "occurred", "Die atomwaffenfähigen Mittelstreckenraketen"),
            E("Kallas welcomes the release", "SUPPORT", ["Kaja Kallas", "Belarus"],
              "2026-06-17", "published", "occurred", "Kaja Kallas begrüßte die Freilassung"),
            E("Kallas demands the release of all political prisoners", "REQUEST", ["Kaja Kallas", "Belarus"],
              "2026-06-17", "published", "occurred", "Kaja Kallas begrüßte die Freilassung"),
            E("Peskov: Moscow has no objection to Minsk's good relations with neighbours", "SUPPORT",
              ["Dmitry Peskov", "Belarus"], "2026-06-17", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
        ],
        statements=[
            S("Poland", "The freed prisoners crossed into Lithuania in the afternoon with US diplomats",
              "2026-06-17", "published", "Die Freigelassenen hätten am Nachmittag"),
            S("Donald Tusk", "Poland reopens two border crossings for freight from Thursday", "2026-06-17", "text",
              "Im Gegenzug öffnet Polen"),
            S("Donald Tusk", "A good signal, but no reason for naivety", "2026-06-17", "context",
              "Das ist ein gutes Signal"),
            S("Belarus", "The two sides also discussed easing US sanctions on the potash industry",
              "2026-06-15", "context", "Lockerung der US-Sanktionen"),
            S("Donald Trump, via White House", "Wants to meet Lukashenko in person in due course", "2026-06-17",
              "published", "Ein Sprecher des Weißen Hauses"),
            S("Alexander Lukashenko", "Spoke with Tusk for the first time in years; agreed to continue talks on the border",
              "2026-06-17", "text", "Lukaschenko selbst sagte am Mittwoch"),
            S("Donald Tusk", "Confirmed the call; Poland will not ease border security while Minsk channels migrants",
              "2026-06-17", "published", "Tusk bestätigte das Telefonat"),
            S("Andrii Sybiha", "Warned Warsaw against upgrading Lukashenko while Oreshnik missiles are stationed in Belarus",
              "2026-06-17", "published", "Außenminister Andrij Sybiha warnte Warschau"),
            S("Kaja Kallas", "Welcomed the release; demanded freedom for all political prisoners in Belarus",
              "2026-06-17", "published", "Kaja Kallas begrüßte die Freilassung"),
            S("Dmitry Peskov", "Minsk is sovereign; Moscow has no objections to good relations with neighbours",
              "2026-06-17", "published", "Kremlsprecher Dmitri Peskow sagte"),
        ],
        actors=["Belarus", "United States", "Poland", "Donald Tusk", "Alexander Lukashenko", "White House",
                "Donald Trump", "European Union", "Russia", "Ukraine", "Andrii Sybiha", "Kaja Kallas", "Kremlin",
                "Dmitry Peskov"],
    ),
    # ------------------------------------------------------------------ de06: APA / Salzburger Nachrichten
    dict(
        id="b21de06_putin_ankara_erdogan_2026_09",
        lang="de",
        published="2026-09-10",
        body="""
Putin in Ankara: Erdoğan bietet Gipfel mit Selenskyj an

Ankara/Moskau (APA/dpa) – Der türkische Präsident Recep Tayyip Erdoğan hat Kreml-Chef Wladimir Putin am Mittwochabend mit militärischen Ehren in Ankara empfangen.
Es ist Putins erster Besuch in einem Nato-Land seit seinem Gipfeltreffen mit US-Präsident Donald Trump in Alaska im August 2025.
Am Donnerstag sprachen die beiden Präsidenten rund vier Stunden lang, zunächst unter vier Augen, dann im erweiterten Kreis mit den Außenministern Hakan Fidan und Sergej Lawrow.

Erdoğan bot nach den Gesprächen an, ein Treffen Putins mit dem ukrainischen Präsidenten Wolodymyr Selenskyj in Istanbul auszurichten, „wenn möglich noch vor Jahresende“.
Putin sagte auf einer gemeinsamen Pressekonferenz, er sei zu einem Treffen mit Selenskyj „grundsätzlich bereit“, allerdings nur, um ein fertig ausgehandeltes Abkommen zu unterzeichnen.
Zuvor müssten die Unterhändler alle offenen Fragen klären, darunter den Status der Gebiete im Donbass.
Außerdem vereinbarten beide Seiten, die Gaslieferungen über die Pipeline Turkstream auszuweiten und den Bau des Atomkraftwerks Akkuyu zu beschleunigen.

Selenskyj reagierte zurückhaltend.
Er sei jederzeit zu einem Treffen mit Putin bereit, schrieb er am Donnerstag auf X, „aber nicht, um eine Kapitulation zu unterschreiben“.
Außenminister Andrij Sybiha warf Ankara vor, dem Kremlchef eine Bühne zu bieten, während russische Drohnen in der Nacht zum Donnerstag erneut die Hafenstadt Odessa angegriffen hätten.

Nato-Generalsekretär Mark Rutte sagte in Brüssel, jeder Verbündete entscheide selbst über seine Gäste, er erwarte aber, dass die Türkei die westlichen Sanktionen nicht unterlaufe.
Die EU-Außenbeauftragte Kaja Kallas nannte den Besuch ein „falsches Signal“.
Aus dem Weißen Haus hieß es dagegen, Trump begrüße jede Initiative, die Russland und die Ukraine an einen Tisch bringe.
Der US-Sondergesandte Steve Witkoff soll kommende Woche nach Istanbul reisen, um mit Fidan über die Vorbereitung eines Gipfels zu sprechen.

Russische und ukrainische Delegationen hatten sich zuletzt im Juli in Istanbul getroffen und einen Austausch von jeweils 1200 Gefangenen vereinbart.
Ende August wurde die erste Hälfte ausgetauscht.
Die Türkei hatte bereits im Frühjahr 2022 die ersten direkten Verhandlungen zwischen Moskau und Kiew ausgerichtet.
Aus Wien hieß es, Österreich stehe als Verhandlungsort weiterhin zur Verfügung.
""",
        timexes=[
            T("Mittwochabend", "TIME", "2026-09-09TEV"),
            T("August 2025", "DATE", "2025-08"),
            T("Donnerstag", "DATE", "2026-09-10"),
            T("rund vier Stunden", "DURATION", "PT4H", mod="APPROX"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Donnerstag", "DATE", "2026-09-10", n=1),
            T("der Nacht zum Donnerstag", "TIME", "2026-09-09TNI", note="night to Thursday 10 September 2026"),
            T("kommende Woche", "DATE", "2026-W38"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Juli", "DATE", "2026-07"),
            T("Ende August", "DATE", "2026-08", mod="END"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
        ],
        events=[
            E("Erdoğan receives Putin in Ankara with military honours", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Turkey"], "2026-09-09TEV", "text", "occurred",
              "Der türkische Präsident Recep Tayyip Erdoğan hat Kreml-Chef"),
            E("Putin-Trump summit in Alaska", "CONSULT", ["Vladimir Putin", "Donald Trump"],
              "2025-08", "text", "occurred", "Es ist Putins erster Besuch", note="15 August 2025"),
            E("Erdoğan-Putin talks, then with Fidan and Lavrov", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Hakan Fidan", "Sergey Lavrov"],
              "2026-09-10", "text", "occurred", "Am Donnerstag sprachen die beiden Präsidenten"),
            E("Erdoğan offers to host a Putin-Zelensky meeting in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2026-09-10", "context", "occurred",
              "Erdoğan bot nach den Gesprächen an"),
            E("Possible Putin-Zelensky meeting in Istanbul before the end of the year", "CONSULT",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2026", "text", "uncertain",
              "Erdoğan bot nach den Gesprächen an", date_mod="END"),
            E("Putin ready in principle to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2026-09-10", "context", "occurred", "Putin sagte auf einer gemeinsamen Pressekonferenz"),
            E("Putin's condition: a meeting only to sign a finished agreement", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2026-09-10", "context", "occurred",
              "Putin sagte auf einer gemeinsamen Pressekonferenz"),
            E("Russia and Turkey agree to expand TurkStream gas supplies and speed up Akkuyu", "AGREE",
              ["Russia", "Turkey"], "2026-09-10", "context", "occurred", "Außerdem vereinbarten beide Seiten"),
            E("Zelensky ready to meet Putin at any time", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-09-10", "text", "occurred", "Er sei jederzeit zu einem Treffen mit Putin bereit"),
            E("Zelensky refuses to sign a capitulation", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-09-10", "text", "occurred", "Er sei jederzeit zu einem Treffen mit Putin bereit"),
            E("Sybiha accuses Ankara of giving Putin a stage", "ACCUSE", ["Andrii Sybiha", "Turkey"],
              "2026-09-10", "published", "occurred", "Außenminister Andrij Sybiha warf Ankara vor"),
            E("Russian drones attack Odesa", "ASSAULT", ["Russia", "Ukraine"],
              "2026-09-09TNI", "text", "occurred", "Außenminister Andrij Sybiha warf Ankara vor"),
            E("Rutte expects Turkey not to undermine Western sanctions", "REQUEST", ["Mark Rutte", "Turkey"],
              "2026-09-10", "published", "occurred", "Nato-Generalsekretär Mark Rutte sagte in Brüssel"),
            E("Kallas calls the visit a 'wrong signal'", "ACCUSE", ["Kaja Kallas", "Turkey"],
              "2026-09-10", "published", "occurred", "falsches Signal"),
            E("Trump welcomes any initiative bringing Russia and Ukraine to the table", "SUPPORT",
              ["Donald Trump", "Recep Tayyip Erdoğan"], "2026-09-10", "published", "occurred",
              "Aus dem Weißen Haus hieß es dagegen"),
            E("Witkoff to travel to Istanbul for talks with Fidan", "CONSULT", ["Steve Witkoff", "Hakan Fidan"],
              "2026-W38", "text", "planned", "Der US-Sondergesandte Steve Witkoff soll"),
            E("Russian and Ukrainian delegations meet in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2026-07", "text", "occurred", "Russische und ukrainische Delegationen hatten sich"),
            E("Agreement on an exchange of 1,200 prisoners each", "AGREE", ["Russia", "Ukraine"],
              "2026-07", "context", "occurred", "Russische und ukrainische Delegationen hatten sich"),
            E("First half of the prisoners exchanged", "CONCEDE", ["Russia", "Ukraine"],
              "2026-08", "text", "occurred", "Ende August wurde die erste Hälfte", date_mod="END"),
            E("Turkey hosted the first direct Russia-Ukraine negotiations", "CONSULT", ["Turkey", "Russia", "Ukraine"],
              "2022-SP", "text", "occurred", "Die Türkei hatte bereits im Frühjahr 2022"),
        ],
        statements=[
            S("Recep Tayyip Erdoğan", "Offered to host a Putin-Zelensky meeting in Istanbul, if possible before the end of the year",
              "2026-09-10", "context", "Erdoğan bot nach den Gesprächen an"),
            S("Volodymyr Zelensky", "Reacted cautiously to the offer", "2026-09-10", "context",
              "Selenskyj reagierte zurückhaltend."),
            S("Vladimir Putin", "Ready in principle to meet Zelensky, but only to sign a finished agreement",
              "2026-09-10", "context", "Putin sagte auf einer gemeinsamen Pressekonferenz"),
            S("Vladimir Putin", "Negotiators must first settle all open questions, including the status of the Donbas",
              "2026-09-10", "context", "Zuvor müssten die Unterhändler"),
            S("Volodymyr Zelensky", "Ready to meet Putin at any time, but not to sign a capitulation",
              "2026-09-10", "text", "Er sei jederzeit zu einem Treffen mit Putin bereit"),
            S("Andrii Sybiha", "Ankara gives Putin a stage while Russian drones attack Odesa", "2026-09-10", "published",
              "Außenminister Andrij Sybiha warf Ankara vor"),
            S("Mark Rutte", "Each ally chooses its guests, but Turkey must not undermine Western sanctions",
              "2026-09-10", "published", "Nato-Generalsekretär Mark Rutte sagte in Brüssel"),
            S("Kaja Kallas", "The visit is a 'wrong signal'", "2026-09-10", "published", "falsches Signal"),
            S("Donald Trump, via White House", "Welcomes any initiative that brings Russia and Ukraine to the table",
              "2026-09-10", "published", "Aus dem Weißen Haus hieß es dagegen"),
        ],
        actors=["Recep Tayyip Erdoğan", "Turkey", "Vladimir Putin", "Kremlin", "NATO", "Donald Trump",
                "United States", "Hakan Fidan", "Sergey Lavrov", "Volodymyr Zelensky", "Ukraine", "Russia",
                "Andrii Sybiha", "Mark Rutte", "European Union", "Kaja Kallas", "White House", "Steve Witkoff"],
    ),
]
