"""German articles of the blind7 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b7de01
DE01 = dict(
    id="b7de01_scholz_macron_putin_telefonat_2022_05",
    lang="de",
    published="2022-05-28",
    body="""
Scholz und Macron drängen Putin am Telefon zu direkten Gesprächen mit Selenskyj

Berlin/Paris (dpa) - Bundeskanzler Olaf Scholz und der französische Präsident Emmanuel Macron haben Kremlchef Wladimir Putin in einem gemeinsamen Telefonat zu einem sofortigen Waffenstillstand und zum Abzug der russischen Truppen aus der Ukraine aufgefordert.
Das rund 80-minütige Gespräch habe am Samstagvormittag stattgefunden, teilte ein Sprecher der Bundesregierung mit.
Die beiden Politiker hätten Putin zudem nahegelegt, ernsthafte direkte Verhandlungen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj aufzunehmen, hieß es weiter.

Der Kreml stellte das Gespräch in einer eigenen Mitteilung deutlich anders dar.
Putin habe zugesichert, den ungehinderten Export von Getreide über die Schwarzmeerhäfen zu ermöglichen, sofern die westlichen Strafmaßnahmen gegen Russland aufgehoben würden, hieß es in Moskau.
Zugleich habe der Präsident die beiden Europäer davor gewarnt, Kiew weiter mit Waffen vollzupumpen, weil dies die Lage gefährlich destabilisiere.
Russland sei offen für eine Wiederaufnahme des Dialogs, der allerdings von ukrainischer Seite blockiert werde, zitierte die Agentur Interfax aus der Erklärung.

In Kiew wurde das Telefonat mit Skepsis aufgenommen.
Ein Berater Selenskyjs sagte, Gespräche mit Moskau hätten erst dann einen Sinn, wenn Russland seine Einheiten hinter die Linien vom 24. Februar zurückziehe.
Selenskyj selbst hatte in einer Videoansprache am Freitagabend verlangt, Deutschland und Frankreich müssten die Lieferung schwerer Waffen beschleunigen, statt mit dem Aggressor zu verhandeln.
Der ukrainische Präsident warf Berlin dabei vor, zugesagte Panzerhaubitzen seit Wochen zurückzuhalten.

Scholz hatte bereits am 13. Mai allein mit Putin telefoniert, damals nach Angaben aus Berlin das erste Gespräch seit Ende März.
Macron war mit seinem Versuch, den Kremlchef mit Hilfe häufiger Telefonate zum Einlenken zu bewegen, in Osteuropa auf Unverständnis gestoßen.
Am Freitag hatte Russlands Außenminister Sergej Lawrow den USA und der EU vorgeworfen, einen „totalen hybriden Krieg“ gegen sein Land zu führen.

Die Staats- und Regierungschefs der EU wollen am Montag und Dienstag in Brüssel über ein sechstes Sanktionspaket beraten, das ein weitgehendes Embargo für russisches Öl vorsieht.
Ungarns Ministerpräsident Viktor Orbán lehnt den Entwurf in seiner jetzigen Form ab und verlangt Ausnahmen für Pipeline-Lieferungen.
Diplomaten in Brüssel rechnen dennoch mit einer Einigung in letzter Minute.
""",
    timexes=[
        T("rund 80-minütige", "DURATION", "PT80M", mod="APPROX"),
        T("Samstagvormittag", "TIME", "2022-05-28TMO"),
        T("24. Februar", "DATE", "2022-02-24"),
        T("Freitagabend", "TIME", "2022-05-27TEV"),
        T("seit Wochen", "DURATION", "PXW"),
        T("13. Mai", "DATE", "2022-05-13"),
        T("Ende März", "DATE", "2022-03", mod="END"),
        T("Freitag", "DATE", "2022-05-27"),
        T("Montag", "DATE", "2022-05-30"),
        T("Dienstag", "DATE", "2022-05-31"),
    ],
    events=[
        E("Scholz and Macron hold a joint phone call with Putin", "CONSULT",
          ["Olaf Scholz", "Emmanuel Macron", "Vladimir Putin"], "2022-05-28TMO", "text", "occurred",
          "Das rund 80-minütige Gespräch"),
        E("Scholz and Macron call on Putin for an immediate ceasefire and a withdrawal of Russian troops", "REQUEST",
          ["Olaf Scholz", "Emmanuel Macron", "Vladimir Putin"], "2022-05-28TMO", "context", "occurred",
          "zu einem sofortigen Waffenstillstand"),
        E("Scholz and Macron urge Putin to open direct negotiations with Zelensky", "REQUEST",
          ["Olaf Scholz", "Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelensky"], "2022-05-28TMO", "context",
          "occurred", "ernsthafte direkte Verhandlungen"),
        E("Putin promises to enable grain exports via the Black Sea ports", "AGREE",
          ["Vladimir Putin"], "2022-05-28TMO", "context", "occurred", "Putin habe zugesichert"),
        E("Putin demands the lifting of Western sanctions as the condition for grain exports", "REQUEST",
          ["Vladimir Putin"], "2022-05-28TMO", "context", "occurred", "Putin habe zugesichert"),
        E("Putin warns Scholz and Macron against further arms deliveries to Kyiv", "REQUEST",
          ["Vladimir Putin", "Olaf Scholz", "Emmanuel Macron"], "2022-05-28TMO", "context", "occurred",
          "Waffen vollzupumpen"),
        E("Kremlin accuses Ukraine of blocking the dialogue", "ACCUSE",
          ["Kremlin", "Ukraine"], "2022-05-28TMO", "context", "occurred", "Wiederaufnahme des Dialogs"),
        E("Ukraine demands a Russian withdrawal to the lines of 24 February as a precondition for talks", "REQUEST",
          ["Ukraine", "Russia"], "2022-05-28", "published", "occurred", "Ein Berater Selenskyjs"),
        E("Zelensky demands faster heavy-weapons deliveries from Germany and France", "REQUEST",
          ["Volodymyr Zelensky", "Germany", "France"], "2022-05-27TEV", "text", "occurred",
          "Videoansprache am Freitagabend"),
        E("Zelensky accuses Berlin of holding back promised howitzers", "ACCUSE",
          ["Volodymyr Zelensky", "Germany"], "2022-05-27TEV", "context", "occurred", "warf Berlin dabei vor"),
        E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-05-13", "text",
          "occurred", "bereits am 13. Mai"),
        E("Lavrov accuses the US and the EU of waging a total hybrid war against Russia", "ACCUSE",
          ["Sergey Lavrov", "United States", "European Union"], "2022-05-27", "text", "occurred",
          "totalen hybriden Krieg"),
        E("EU leaders' summit in Brussels on a sixth sanctions package", "CONSULT",
          ["European Union"], "2022-05-30", "text", "planned", "am Montag und Dienstag in Brüssel"),
        E("Sixth EU sanctions package with an oil embargo", "SANCTION",
          ["European Union", "Russia"], "2022-05-30", "context", "planned", "am Montag und Dienstag in Brüssel",
          note="adopted at the summit of 30-31 May 2022"),
        E("Orbán rejects the draft oil embargo and demands exemptions for pipeline oil", "REJECT",
          ["Viktor Orbán"], "2022-05-28", "published", "occurred", "Ungarns Ministerpräsident Viktor Orbán"),
    ],
    statements=[
        S("Germany", "The call lasted about 80 minutes and took place on Saturday morning", "2022-05-28",
          "published", "Das rund 80-minütige Gespräch"),
        S("Germany", "Scholz and Macron urged Putin to negotiate directly with Zelensky", "2022-05-28",
          "published", "ernsthafte direkte Verhandlungen"),
        S("Vladimir Putin, via Kremlin", "Ready to enable grain exports if sanctions are lifted", "2022-05-28TMO",
          "context", "Putin habe zugesichert"),
        S("Vladimir Putin, via Kremlin", "Arms deliveries to Kyiv dangerously destabilise the situation",
          "2022-05-28TMO", "context", "Waffen vollzupumpen"),
        S("Kremlin", "Russia is open to dialogue, which Ukraine blocks", "2022-05-28TMO", "context",
          "Wiederaufnahme des Dialogs"),
        S("Ukraine", "Talks only make sense after a Russian withdrawal to the lines of 24 February", "2022-05-28",
          "published", "Ein Berater Selenskyjs"),
        S("Volodymyr Zelensky", "Germany and France must speed up heavy-weapons deliveries instead of negotiating",
          "2022-05-27TEV", "text", "Videoansprache am Freitagabend"),
        S("Volodymyr Zelensky", "Berlin has been holding back promised howitzers for weeks", "2022-05-27TEV",
          "context", "warf Berlin dabei vor"),
        S("Sergey Lavrov", "The US and the EU are waging a total hybrid war against Russia", "2022-05-27", "text",
          "totalen hybriden Krieg"),
    ],
    actors=["Olaf Scholz", "Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelensky", "Germany", "France",
            "Kremlin", "Russia", "Ukraine", "Sergey Lavrov", "United States", "European Union", "Viktor Orbán"],
)

# ---------------------------------------------------------------- b7de02
DE02 = dict(
    id="b7de02_selenskyj_berlin_aachen_2023_05",
    lang="de",
    published="2023-05-14",
    body="""
Selenskyj in Berlin: Scholz sichert langen Atem zu – Kreml gibt sich unbeeindruckt

Berlin (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj ist am Sonntag zu seinem ersten Besuch in Deutschland seit dem russischen Überfall auf sein Land vor knapp 15 Monaten eingetroffen.
Nach einem Empfang mit militärischen Ehren kam er im Kanzleramt mit Bundeskanzler Olaf Scholz zu einem gut einstündigen Gespräch zusammen.
Scholz sagte anschließend vor Journalisten, Deutschland werde der Ukraine beistehen, „so lange es nötig ist“.

Am Samstag hatte die Bundesregierung das bislang umfangreichste deutsche Rüstungspaket für Kiew im Wert von mehr als 2,7 Milliarden Euro auf den Weg gebracht.
Es umfasst nach Angaben des Verteidigungsministeriums unter anderem 30 Leopard-1-Kampfpanzer, 20 Marder-Schützenpanzer, weitere Einheiten des Flugabwehrsystems Iris-T sowie Munition und Aufklärungsdrohnen.
Selenskyj bedankte sich und warb zugleich um Kampfjets westlicher Bauart, für die er eine internationale „Koalition“ schmieden wolle.
Eine Abgabe von Flugzeugen aus Bundeswehrbeständen stehe nicht zur Debatte, hieß es dagegen aus Regierungskreisen.

Am Nachmittag nahm Selenskyj in Aachen stellvertretend für das ukrainische Volk den Internationalen Karlspreis entgegen.
In seiner Dankesrede appellierte er an die Europäer, der Ukraine noch in diesem Jahr die Mittel für die Befreiung ihres gesamten Territoriums an die Hand zu geben.
Scholz würdigte in seiner Laudatio die Ukrainer als Teil „unserer europäischen Familie“.

Bereits am Samstag war der Präsident in Rom von Ministerpräsidentin Giorgia Meloni und im Vatikan von Papst Franziskus empfangen worden.
Dem Papst habe er gesagt, ein Frieden sei nur zu ukrainischen Bedingungen denkbar und sein Land brauche keine Vermittler, schrieb Selenskyj danach im Onlinedienst Telegram.

In Moskau reagierte man gelassen.
Die neuen Waffen aus Deutschland würden am Ausgang der „militärischen Spezialoperation“ nichts ändern, sondern lediglich das Leid verlängern, sagte Kremlsprecher Dmitri Peskow der Staatsagentur Tass.
Auch die deutschen Panzer würden „brennen wie alle anderen“, fügte er hinzu.

Am Sonntagabend wollte Selenskyj nach Paris weiterreisen, wo ihn Präsident Emmanuel Macron zu einem Arbeitsessen im Élysée-Palast erwartete.
Für Montag wird der ukrainische Staatschef nach Angaben aus Kiew beim britischen Premierminister Rishi Sunak auf dessen Landsitz Chequers erwartet.
""",
    timexes=[
        T("Sonntag", "DATE", "2023-05-14"),
        T("vor knapp 15 Monaten", "DATE", "2022-02", mod="APPROX"),
        T("gut einstündigen", "DURATION", "PT1H", mod="APPROX"),
        T("Samstag", "DATE", "2023-05-13"),
        T("Nachmittag", "TIME", "2023-05-14TAF"),
        T("diesem Jahr", "DATE", "2023"),
        T("Samstag", "DATE", "2023-05-13", n=1),
        T("Sonntagabend", "TIME", "2023-05-14TEV"),
        T("Montag", "DATE", "2023-05-15"),
    ],
    events=[
        E("Zelensky visits Germany", "CONSULT", ["Volodymyr Zelensky", "Germany"], "2023-05-14", "text",
          "occurred", "ersten Besuch in Deutschland"),
        E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "ersten Besuch in Deutschland", date_mod="APPROX", note="24 Feb 2022"),
        E("Scholz and Zelensky meet at the Chancellery", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2023-05-14", "context", "occurred", "im Kanzleramt"),
        E("Scholz promises to stand by Ukraine as long as necessary", "AGREE", ["Olaf Scholz", "Ukraine"],
          "2023-05-14", "context", "occurred", "so lange es nötig ist"),
        E("Germany announces a military aid package worth more than 2.7 billion euros", "AID",
          ["Germany", "Ukraine"], "2023-05-13", "text", "occurred", "umfangreichste deutsche Rüstungspaket"),
        E("Zelensky asks for Western fighter jets", "REQUEST", ["Volodymyr Zelensky"], "2023-05-14", "context",
          "occurred", "warb zugleich um Kampfjets"),
        E("Germany rules out handing over aircraft", "REJECT", ["Germany", "Ukraine"], "2023-05-14", "published",
          "occurred", "Eine Abgabe von Flugzeugen"),
        E("Zelensky calls on Europe to give Ukraine the means to liberate its territory this year", "REQUEST",
          ["Volodymyr Zelensky"], "2023-05-14TAF", "context", "occurred", "In seiner Dankesrede"),
        E("Zelensky meets Meloni in Rome", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"], "2023-05-13",
          "text", "occurred", "von Ministerpräsidentin Giorgia Meloni"),
        E("Zelensky received by Pope Francis at the Vatican", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
          "2023-05-13", "text", "occurred", "von Ministerpräsidentin Giorgia Meloni"),
        E("Zelensky rejects mediation and a peace on other than Ukrainian terms", "REJECT",
          ["Volodymyr Zelensky", "Vatican"], "2023-05-13", "context", "occurred", "brauche keine Vermittler"),
        E("Peskov warns that German tanks will burn like all others", "THREATEN", ["Dmitry Peskov", "Germany"],
          "2023-05-14", "published", "occurred", "brennen wie alle anderen"),
        E("Zelensky to meet Macron in Paris", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2023-05-14TEV", "text", "planned", "Arbeitsessen im Élysée-Palast"),
        E("Zelensky expected by British PM Sunak at Chequers", "CONSULT", ["Volodymyr Zelensky", "United Kingdom"],
          "2023-05-15", "text", "planned", "Landsitz Chequers"),
    ],
    statements=[
        S("Olaf Scholz", "Germany will stand by Ukraine as long as necessary", "2023-05-14", "context",
          "so lange es nötig ist"),
        S("Volodymyr Zelensky", "Wants to forge an international coalition for fighter jets", "2023-05-14",
          "context", "warb zugleich um Kampfjets"),
        S("Germany", "Handing over Bundeswehr aircraft is not up for debate", "2023-05-14", "published",
          "Eine Abgabe von Flugzeugen"),
        S("Volodymyr Zelensky", "Europe should give Ukraine the means to liberate all its territory this year",
          "2023-05-14TAF", "context", "In seiner Dankesrede"),
        S("Olaf Scholz", "Ukrainians are part of our European family", "2023-05-14TAF", "context",
          "in seiner Laudatio"),
        S("Volodymyr Zelensky", "Told the Pope that peace is only possible on Ukraine's terms and no mediators are needed",
          "2023-05-13", "context", "brauche keine Vermittler"),
        S("Dmitry Peskov", "The new German weapons will not change the outcome and only prolong suffering",
          "2023-05-14", "published", "nichts ändern"),
        S("Dmitry Peskov", "German tanks will burn like all others", "2023-05-14", "published",
          "brennen wie alle anderen"),
    ],
    actors=["Volodymyr Zelensky", "Germany", "Russia", "Ukraine", "Olaf Scholz", "Giorgia Meloni", "Vatican",
            "Dmitry Peskov", "Kremlin", "Emmanuel Macron", "France", "United Kingdom"],
)

# ---------------------------------------------------------------- b7de03
DE03 = dict(
    id="b7de03_guterres_kasan_nordkorea_2024_10",
    lang="de",
    published="2024-10-24",
    body="""
Guterres trifft Putin in Kasan – Kiew empört, Nordkoreas Soldaten überschatten Brics-Gipfel

Kasan (dpa) - UN-Generalsekretär António Guterres ist am Donnerstag am Rande des Brics-Gipfels in der russischen Stadt Kasan mit Kremlchef Wladimir Putin zusammengekommen, erstmals seit mehr als zwei Jahren.
Guterres mahnte nach Angaben seines Sprechers einen „gerechten Frieden“ im Einklang mit der UN-Charta, dem Völkerrecht und den Resolutionen der Vollversammlung an.
Putin empfing den Gast mit der Bemerkung, die Welt sei eine „große Familie“, in der es leider auch Streit gebe.

Das ukrainische Außenministerium verurteilte die Reise scharf.
Guterres habe die Einladung zum Friedensgipfel in der Schweiz im Juni ausgeschlagen, folge aber der eines Kriegsverbrechers nach Kasan, hieß es in einer Mitteilung aus Kiew.
Dies sei die falsche Wahl, die der Sache des Friedens nicht diene und dem Ansehen der Vereinten Nationen schade.

Überschattet wurde das Treffen der Staatenlenker von der Frage nach nordkoreanischen Soldaten in Russland.
Nach Erkenntnissen des südkoreanischen Geheimdienstes sind seit Anfang Oktober rund 3000 Mann aus dem abgeschotteten Land in den russischen Fernen Osten verlegt worden.
US-Verteidigungsminister Lloyd Austin hatte am Mittwoch bestätigt, dass sich nordkoreanische Truppen in Russland aufhielten; was genau sie dort täten, sei noch unklar.
Der ukrainische Präsident Wolodymyr Selenskyj sprach von bis zu 12.000 Soldaten, die an der Front eingesetzt werden könnten, und verlangte von den Verbündeten eine „klare Antwort“ statt Schweigen.
Putin wich der Frage in seiner Abschlusspressekonferenz am Donnerstagabend aus: Satellitenbilder seien „eine ernste Sache“, Russland entscheide aber selbst, wie es seinen Beistandsvertrag mit Pjöngjang umsetze.
Die NATO kündigte an, eine südkoreanische Delegation werde das Bündnis am Montag in Brüssel über die Erkenntnisse unterrichten.

Am Rande des Gipfels hatte Putin am Dienstag den chinesischen Staatschef Xi Jinping und am Mittwoch den türkischen Präsidenten Recep Tayyip Erdoğan getroffen.
Erdoğan bot dabei erneut an, Verhandlungen zwischen Moskau und Kiew in Istanbul auszurichten.
Xi rief nach Angaben der Nachrichtenagentur Xinhua zu einer „Deeskalation“ auf, während Putin die Partnerschaft beider Länder als Anker der Stabilität pries.

In der am Mittwoch verabschiedeten Abschlusserklärung bekennen sich die Brics-Staaten zu einer Beilegung des Konflikts durch „Dialog und Diplomatie“.
Eine Verurteilung Russlands enthält das Dokument nicht.
""",
    timexes=[
        T("Donnerstag", "DATE", "2024-10-24"),
        T("mehr als zwei Jahren", "DURATION", "P2Y", mod="MORE_THAN"),
        T("Juni", "DATE", "2024-06"),
        T("Anfang Oktober", "DATE", "2024-10", mod="START"),
        T("Mittwoch", "DATE", "2024-10-23"),
        T("Donnerstagabend", "TIME", "2024-10-24TEV"),
        T("Montag", "DATE", "2024-10-28"),
        T("Dienstag", "DATE", "2024-10-22"),
        T("Mittwoch", "DATE", "2024-10-23", n=1),
        T("Mittwoch", "DATE", "2024-10-23", n=2),
    ],
    events=[
        E("Guterres meets Putin in Kazan", "CONSULT", ["António Guterres", "Vladimir Putin"], "2024-10-24", "text",
          "occurred", "Generalsekretär António Guterres ist am Donnerstag"),
        E("Guterres calls for a just peace in line with the UN Charter", "REQUEST",
          ["António Guterres", "Vladimir Putin"], "2024-10-24", "context", "occurred", "gerechten Frieden"),
        E("Ukraine's foreign ministry condemns Guterres's trip to Kazan", "ACCUSE", ["Ukraine", "António Guterres"],
          "2024-10-24", "published", "occurred", "verurteilte die Reise scharf"),
        E("Guterres declined the invitation to the peace summit in Switzerland", "REJECT", ["António Guterres"],
          "2024-06", "text", "occurred", "Friedensgipfel in der Schweiz"),
        E("North Korean troops moved to Russia", "MOBILIZE", ["Russia"], "2024-10", "text", "occurred",
          "seit Anfang Oktober rund 3000", date_mod="START"),
        E("Zelensky demands a clear response from the allies", "REQUEST", ["Volodymyr Zelensky"], "2024-10-24",
          "published", "occurred", "klare Antwort"),
        E("South Korean delegation to brief NATO in Brussels", "CONSULT", ["NATO"], "2024-10-28", "text", "planned",
          "südkoreanische Delegation"),
        E("Putin meets Xi Jinping in Kazan", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2024-10-22", "text",
          "occurred", "den chinesischen Staatschef Xi Jinping"),
        E("Putin meets Erdoğan in Kazan", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2024-10-23", "text",
          "occurred", "den chinesischen Staatschef Xi Jinping"),
        E("Erdoğan offers to host Russia–Ukraine negotiations in Istanbul", "REQUEST",
          ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2024-10-23", "context", "occurred",
          "Erdoğan bot dabei erneut an"),
        E("Xi calls for de-escalation", "REQUEST", ["Xi Jinping"], "2024-10-22", "context", "occurred",
          "Deeskalation"),
        E("BRICS final declaration backs settlement through dialogue and diplomacy", "AGREE", ["Russia", "China"],
          "2024-10-23", "text", "occurred", "verabschiedeten Abschlusserklärung",
          note="BRICS is not canonical; actors are the members named in the text"),
    ],
    statements=[
        S("António Guterres", "Called for a just peace in line with the UN Charter, international law and UNGA resolutions",
          "2024-10-24", "context", "gerechten Frieden"),
        S("Vladimir Putin", "The world is a big family in which there are also quarrels", "2024-10-24", "context",
          "große Familie"),
        S("Ukraine", "Guterres rejected the peace summit but accepted a war criminal's invitation", "2024-10-24",
          "published", "hieß es in einer Mitteilung aus Kiew"),
        S("Ukraine", "The trip is the wrong choice and harms the UN's reputation", "2024-10-24", "published",
          "Dies sei die falsche Wahl"),
        S("United States", "North Korean troops are in Russia; their purpose is unclear", "2024-10-23", "text",
          "Lloyd Austin hatte am Mittwoch"),
        S("Volodymyr Zelensky", "Up to 12,000 North Korean soldiers could be used at the front; allies must respond",
          "2024-10-24", "published", "klare Antwort"),
        S("Vladimir Putin", "Satellite images are serious, but Russia decides itself how to implement its treaty with Pyongyang",
          "2024-10-24TEV", "text", "eine ernste Sache"),
        S("NATO", "A South Korean delegation will brief the alliance on Monday", "2024-10-24", "published",
          "südkoreanische Delegation"),
        S("Recep Tayyip Erdoğan", "Offers to host Russia–Ukraine negotiations in Istanbul", "2024-10-23", "context",
          "Erdoğan bot dabei erneut an"),
        S("Xi Jinping", "Calls for de-escalation", "2024-10-22", "context", "Deeskalation"),
        S("Vladimir Putin", "Praises the Russia–China partnership as an anchor of stability", "2024-10-22",
          "context", "Anker der Stabilität"),
    ],
    actors=["António Guterres", "Vladimir Putin", "United Nations", "Kremlin", "Russia", "Ukraine",
            "United States", "Volodymyr Zelensky", "NATO", "Xi Jinping", "China", "Recep Tayyip Erdoğan", "Turkey"],
)

# ---------------------------------------------------------------- b7de04
DE04 = dict(
    id="b7de04_waffenruhe_siegestag_2025_04",
    lang="de",
    published="2025-04-28",
    body="""
Putin verkündet dreitägige Feuerpause zum Weltkriegsgedenken – Kiew spricht von Manipulation

Moskau (dpa) - Kremlchef Wladimir Putin hat zum 80. Jahrestag des Sieges über Hitler-Deutschland eine dreitägige Feuerpause im Krieg gegen die Ukraine angeordnet.
Die Waffenruhe gelte ab 0 Uhr Moskauer Zeit am 8. Mai und ende mit Ablauf des 10. Mai, teilte der Kreml am Montag mit.
Alle Kampfhandlungen würden eingestellt, man erwarte, dass die ukrainische Seite diesem Beispiel folge, hieß es in der Erklärung.
Bei Verstößen werde die russische Armee „angemessen und wirksam“ antworten.

In Kiew stieß der Vorstoß auf Ablehnung.
Außenminister Andrij Sybiha schrieb auf der Plattform X, wenn Russland wirklich Frieden wolle, müsse es das Feuer sofort einstellen: „Warum bis zum 8. Mai warten?“
Die Ukraine sei zu einer dauerhaften und vollständigen Waffenruhe von mindestens 30 Tagen bereit, wie sie Washington schon im März vorgeschlagen habe.
Präsident Wolodymyr Selenskyj warf Moskau in einer Videobotschaft am Montagabend vor, mit den Gefühlen der Menschen zu spielen und lediglich eine ungestörte Parade auf dem Roten Platz absichern zu wollen.

Das Weiße Haus reagierte zurückhaltend.
Präsident Donald Trump wolle eine dauerhafte Waffenruhe und ein Ende des Blutvergießens, sagte seine Sprecherin Karoline Leavitt in Washington.
Er sei über die Führungen beider Kriegsparteien zunehmend frustriert, fügte sie hinzu.
US-Außenminister Marco Rubio hatte am Sonntag im Sender NBC erklärt, die kommende Woche werde „sehr entscheidend“ dafür sein, ob sich die USA weiter als Vermittler engagierten.

Vergangenen Freitag war der US-Sondergesandte Steve Witkoff in Moskau rund drei Stunden lang mit Putin zusammengetroffen.
Tags darauf unterhielt sich Trump am Rande der Trauerfeier für Papst Franziskus im Petersdom etwa eine Viertelstunde lang unter vier Augen mit Selenskyj.
Anschließend zweifelte Trump öffentlich daran, dass Putin den Krieg überhaupt beenden wolle, und drohte mit Strafmaßnahmen gegen russische Banken.

Der Kreml hatte bereits am Ostersamstag eine 30-stündige Feuerpause ausgerufen, deren Bruch sich beide Seiten anschließend gegenseitig vorwarfen.
Beobachter sehen in dem neuen Angebot vor allem den Versuch, Trump Entgegenkommen zu signalisieren, ohne militärisch etwas preiszugeben.
""",
    timexes=[
        T("dreitägige", "DURATION", "P3D"),
        T("0 Uhr Moskauer Zeit", "TIME", "2025-05-08T00:00", note="Moscow time"),
        T("8. Mai", "DATE", "2025-05-08"),
        T("10. Mai", "DATE", "2025-05-10"),
        T("Montag", "DATE", "2025-04-28"),
        T("8. Mai", "DATE", "2025-05-08", n=1),
        T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("März", "DATE", "2025-03"),
        T("Montagabend", "TIME", "2025-04-28TEV"),
        T("Sonntag", "DATE", "2025-04-27"),
        T("die kommende Woche", "DATE", "2025-W18"),
        T("Vergangenen Freitag", "DATE", "2025-04-25"),
        T("rund drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("Tags darauf", "DATE", "2025-04-26"),
        T("etwa eine Viertelstunde", "DURATION", "PT15M", mod="APPROX"),
        T("Ostersamstag", "DATE", "2025-04-19"),
        T("30-stündige", "DURATION", "PT30H"),
    ],
    events=[
        E("Putin declares a three-day ceasefire for 8-10 May", "RETREAT", ["Vladimir Putin", "Russia", "Ukraine"],
          "2025-05-08T00:00", "text", "planned", "Die Waffenruhe gelte ab 0 Uhr"),
        E("Kremlin calls on Ukraine to follow the truce", "REQUEST", ["Kremlin", "Ukraine"], "2025-04-28", "context",
          "occurred", "diesem Beispiel folge"),
        E("Russia threatens an appropriate response to violations of the truce", "THREATEN", ["Russia"],
          "2025-04-28", "context", "occurred", "angemessen und wirksam"),
        E("Kyiv rejects the Russian truce offer", "REJECT", ["Ukraine", "Russia"], "2025-04-28", "published",
          "occurred", "stieß der Vorstoß auf Ablehnung"),
        E("Sybiha demands that Russia cease fire immediately", "REQUEST", ["Andrii Sybiha", "Russia"], "2025-04-28",
          "published", "occurred", "Warum bis zum 8. Mai warten"),
        E("Ukraine declares readiness for a ceasefire of at least 30 days", "AGREE", ["Ukraine"], "2025-04-28",
          "published", "occurred", "mindestens 30 Tagen bereit"),
        E("US proposal of a 30-day ceasefire", "REQUEST", ["United States"], "2025-03", "text", "occurred",
          "mindestens 30 Tagen bereit"),
        E("Zelensky accuses Moscow of manipulation with the truce", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-04-28TEV", "text", "occurred", "Videobotschaft am Montagabend"),
        E("Trump calls for a permanent ceasefire", "REQUEST", ["Donald Trump"], "2025-04-28", "published",
          "occurred", "Präsident Donald Trump wolle eine dauerhafte Waffenruhe"),
        E("Rubio warns that the coming week decides whether the US stays on as mediator", "THREATEN",
          ["Marco Rubio", "United States"], "2025-04-27", "text", "occurred", "sehr entscheidend"),
        E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-04-25", "text",
          "occurred", "Vergangenen Freitag"),
        E("Trump and Zelensky talk at the Pope's funeral in St Peter's", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-04-26", "text", "occurred", "Tags darauf"),
        E("Trump threatens sanctions against Russian banks", "THREATEN", ["Donald Trump", "Russia"], "2025-04-26",
          "context", "occurred", "drohte mit Strafmaßnahmen"),
        E("Kremlin's 30-hour Easter truce", "RETREAT", ["Kremlin"], "2025-04-19", "text", "occurred",
          "30-stündige Feuerpause"),
        E("Both sides accuse each other of breaking the Easter truce", "ACCUSE", ["Russia", "Ukraine"], "2025-04-19",
          "context", "occurred", "30-stündige Feuerpause", note="the accusations followed over 19-20 April"),
    ],
    statements=[
        S("Kremlin", "The ceasefire applies from midnight on 8 May to the end of 10 May", "2025-04-28", "text",
          "Die Waffenruhe gelte ab 0 Uhr"),
        S("Kremlin", "All hostilities will stop; Ukraine is expected to follow", "2025-04-28", "context",
          "diesem Beispiel folge"),
        S("Kremlin", "The army will respond adequately to violations", "2025-04-28", "context",
          "angemessen und wirksam"),
        S("Andrii Sybiha", "If Russia wants peace it must cease fire immediately; why wait until 8 May", "2025-04-28",
          "published", "Warum bis zum 8. Mai warten"),
        S("Andrii Sybiha", "Ukraine is ready for a lasting ceasefire of at least 30 days", "2025-04-28", "published",
          "mindestens 30 Tagen bereit"),
        S("Volodymyr Zelensky", "Moscow plays with people's emotions and only wants a quiet parade", "2025-04-28TEV",
          "text", "Videobotschaft am Montagabend"),
        S("Donald Trump, via White House", "Trump wants a permanent ceasefire and an end to the bloodshed",
          "2025-04-28", "published", "Präsident Donald Trump wolle eine dauerhafte Waffenruhe"),
        S("White House", "Trump is increasingly frustrated with the leaders of both sides",
          "2025-04-28", "published", "zunehmend frustriert"),
        S("Marco Rubio", "The coming week will be very decisive for US mediation", "2025-04-27", "text",
          "sehr entscheidend"),
        S("Donald Trump", "Doubts that Putin wants to end the war", "2025-04-26", "context",
          "drohte mit Strafmaßnahmen"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Andrii Sybiha", "United States", "Volodymyr Zelensky",
            "White House", "Donald Trump", "Marco Rubio", "Steve Witkoff"],
)

# ---------------------------------------------------------------- b7de05
DE05 = dict(
    id="b7de05_trump_putin_telefonat_patriot_pause_2025_07",
    lang="de",
    published="2025-07-04",
    body="""
Trump nach Telefonat mit Putin „sehr enttäuscht“ – Kiew erlebt schwerste Angriffsnacht

Washington/Kiew (dpa) - US-Präsident Donald Trump hat sich nach seinem jüngsten Telefonat mit Kremlchef Wladimir Putin enttäuscht über den Stand der Friedensbemühungen gezeigt.
„Ich habe heute überhaupt keinen Fortschritt mit ihm gemacht“, sagte Trump am Donnerstagabend (Ortszeit) vor mitreisenden Journalisten.
Das knapp einstündige Gespräch war nach Zählung von US-Medien bereits das sechste der beiden Präsidenten seit Trumps Amtsantritt im Januar.

Putin habe in dem Gespräch klargemacht, dass Russland von seinen Zielen nicht abrücken werde, sagte Kremlberater Juri Uschakow in Moskau.
Man sei zwar zu weiteren Verhandlungen mit Kiew bereit, wolle aber zunächst die „tieferen Ursachen“ des Konflikts beseitigt sehen.
Auch die Unterbrechung einiger amerikanischer Waffenlieferungen an die Ukraine sei kurz zur Sprache gekommen, so Uschakow.

Am frühen Freitagmorgen, nur wenige Stunden nach dem Telefonat, überzog Russland die ukrainische Hauptstadt mit einem der schwersten Luftangriffe seit Kriegsbeginn.
Nach Angaben der ukrainischen Luftwaffe setzte die russische Armee mehr als 530 Drohnen und Raketen ein; mindestens zwei Menschen wurden getötet, Dutzende verletzt.
Präsident Wolodymyr Selenskyj nannte die Attacke „demonstrativ und zynisch“ und hielt Moskau vor, jedes Gesprächsangebot mit neuen Schlägen zu beantworten.

Das Pentagon hatte am Dienstag bestätigt, die Lieferung einiger Waffen an die Ukraine, darunter Abfangraketen für Patriot-Systeme, vorerst ausgesetzt zu haben, um die eigenen Bestände zu überprüfen.
Das ukrainische Außenministerium bestellte am Mittwoch den amtierenden US-Geschäftsträger ein und warnte, jede Verzögerung ermutige den Aggressor.
Selenskyj kündigte an, noch am Freitag mit Trump telefonieren zu wollen, und brachte den Kauf weiterer Patriot-Systeme ins Gespräch.

Bundeskanzler Friedrich Merz bot in Berlin an, Patriot-Systeme aus amerikanischer Produktion für die Ukraine zu erwerben, sollte Washington nicht selbst liefern wollen.
Ein Regierungssprecher sagte, entsprechende Gespräche mit der US-Regierung liefen bereits.
Aus Moskau hieß es dagegen, westliche Waffen verlängerten den Krieg nur und würden „legitime Ziele“ für die russischen Streitkräfte.
""",
    timexes=[
        T("heute", "DATE", "2025-07-03"),
        T("Donnerstagabend", "TIME", "2025-07-03TEV", note="US local time"),
        T("knapp einstündige", "DURATION", "PT1H", mod="APPROX"),
        T("Januar", "DATE", "2025-01"),
        T("frühen Freitagmorgen", "TIME", "2025-07-04TMO", mod="START"),
        T("Dienstag", "DATE", "2025-07-01"),
        T("Mittwoch", "DATE", "2025-07-02"),
        T("Freitag", "DATE", "2025-07-04"),
    ],
    events=[
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-07-03", "context",
          "occurred", "Das knapp einstündige Gespräch"),
        E("Putin refuses to back away from Russia's war aims", "REJECT", ["Vladimir Putin"], "2025-07-03", "context",
          "occurred", "von seinen Zielen nicht abrücken"),
        E("Putin demands that the root causes of the conflict be removed first", "REQUEST", ["Vladimir Putin"],
          "2025-07-03", "context", "occurred", "tieferen Ursachen"),
        E("Massive Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-07-04TMO",
          "text", "occurred", "Am frühen Freitagmorgen", date_mod="START"),
        E("Zelensky accuses Moscow of answering every offer of talks with new strikes", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-07-04", "published", "occurred", "demonstrativ und zynisch"),
        E("Pentagon pauses some weapons deliveries to Ukraine, including Patriot interceptors", "SANCTION",
          ["United States", "Ukraine"], "2025-07-01", "text", "occurred", "Das Pentagon hatte am Dienstag"),
        E("Ukraine summons the acting US chargé d'affaires", "ACCUSE", ["Ukraine", "United States"], "2025-07-02",
          "text", "occurred", "amtierenden US-Geschäftsträger"),
        E("Zelensky plans a phone call with Trump", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-07-04",
          "text", "planned", "noch am Freitag mit Trump"),
        E("Merz offers to buy US-made Patriot systems for Ukraine", "AID", ["Friedrich Merz", "Germany", "Ukraine"],
          "2025-07-04", "published", "planned", "Bundeskanzler Friedrich Merz bot"),
        E("Germany in talks with the US administration on buying Patriots", "CONSULT", ["Germany", "United States"],
          "2025-07-04", "published", "occurred", "liefen bereits"),
        E("Moscow warns that Western weapons become legitimate targets", "THREATEN", ["Russia"], "2025-07-04",
          "published", "occurred", "legitime Ziele"),
    ],
    statements=[
        S("Donald Trump", "Made no progress at all with Putin today", "2025-07-03TEV", "text",
          "überhaupt keinen Fortschritt"),
        S("Vladimir Putin, via Yuri Ushakov", "Russia will not back away from its goals", "2025-07-03", "context",
          "von seinen Zielen nicht abrücken"),
        S("Vladimir Putin, via Yuri Ushakov", "Ready for talks but the root causes must be removed first",
          "2025-07-03", "context", "tieferen Ursachen"),
        S("Yuri Ushakov", "The pause in US arms deliveries was briefly discussed", "2025-07-03", "context",
          "so Uschakow"),
        S("Ukraine", "Russia used more than 530 drones and missiles", "2025-07-04", "published",
          "Nach Angaben der ukrainischen Luftwaffe"),
        S("Volodymyr Zelensky", "The attack is demonstrative and cynical; Moscow answers offers of talks with strikes",
          "2025-07-04", "published", "demonstrativ und zynisch"),
        S("United States", "Some weapons deliveries are paused to review stocks", "2025-07-01", "text",
          "Das Pentagon hatte am Dienstag"),
        S("Ukraine", "Any delay encourages the aggressor", "2025-07-02", "text", "amtierenden US-Geschäftsträger"),
        S("Volodymyr Zelensky", "Will call Trump on Friday; raises buying more Patriot systems", "2025-07-04",
          "published", "noch am Freitag mit Trump"),
        S("Friedrich Merz", "Germany ready to buy US-made Patriots for Ukraine", "2025-07-04", "published",
          "Bundeskanzler Friedrich Merz bot"),
        S("Germany", "Talks with the US administration are already under way", "2025-07-04", "published",
          "liefen bereits"),
        S("Russia", "Western weapons prolong the war and become legitimate targets", "2025-07-04", "published",
          "legitime Ziele"),
    ],
    actors=["Donald Trump", "Vladimir Putin", "United States", "Kremlin", "Yuri Ushakov", "Russia", "Ukraine",
            "Volodymyr Zelensky", "Friedrich Merz", "Germany"],
)

# ---------------------------------------------------------------- b7de06
DE06 = dict(
    id="b7de06_gefangenenaustausch_miami_2026_03",
    lang="de",
    published="2026-03-06",
    body="""
Russland und Ukraine tauschen erneut Gefangene aus – nächste Verhandlungsrunde offen

Kiew/Moskau (dpa) - Russland und die Ukraine haben am Freitag unter Vermittlung der Vereinigten Arabischen Emirate jeweils 200 Kriegsgefangene ausgetauscht.
Unter den Heimkehrern seien Verteidiger von Mariupol sowie Zivilisten, die seit 2022 in russischer Haft gesessen hätten, teilte der ukrainische Koordinierungsstab für Kriegsgefangene mit.
Das russische Verteidigungsministerium bestätigte die Zahlen und veröffentlichte Aufnahmen von Soldaten, die in Bussen zurück über die Grenze gebracht wurden.
Präsident Wolodymyr Selenskyj dankte den Emiraten und versprach, jeden einzelnen Ukrainer „nach Hause zu holen“.

Der Austausch war nach Angaben beider Seiten bei den Dreiergesprächen mit amerikanischen Unterhändlern vereinbart worden, die Mitte Februar in Genf stattgefunden hatten.
Der ukrainische Chefunterhändler Rustem Umerov war am Donnerstag in Miami erneut mit dem US-Sondergesandten Steve Witkoff und Präsidentenschwiegersohn Jared Kushner zusammengekommen.
Dabei sei es um Sicherheitsgarantien, die Zukunft des besetzten Atomkraftwerks Saporischschja und einen Fahrplan für eine Feuerpause im Energiesektor gegangen, schrieb Umerov auf Telegram.

Kremlsprecher Dmitri Peskow sagte, eine neue Runde mit Beteiligung Moskaus könne in den kommenden Wochen stattfinden, Ort und Zusammensetzung würden noch abgestimmt.
Zugleich wies er die Forderung der EU nach einem Platz am Verhandlungstisch zurück: Die Europäer hätten sich „selbst ins Abseits gestellt“.
Eine Stationierung westlicher Soldaten in der Ukraine nach einem Waffenstillstand, wie sie die sogenannte Koalition der Willigen vorsieht, bleibe für Moskau „völlig inakzeptabel“.

Überschattet wurde der Austausch von neuen Angriffen auf die Energieversorgung.
Am Mittwochabend hatte Russland nach ukrainischen Angaben Kraftwerke in den Regionen Kiew, Charkiw und Odessa mit Drohnen und Marschflugkörpern angegriffen, Hunderttausende Haushalte waren stundenlang ohne Strom.
Außenminister Andrij Sybiha rief die Partner auf, Moskau mit zusätzlichen Sanktionen gegen seine Ölexporte zu einem Verzicht auf Angriffe gegen Energieanlagen zu zwingen.

Die EU-Außenbeauftragte Kaja Kallas kündigte an, die Außenminister der Mitgliedstaaten würden am 16. März über ein 20. Sanktionspaket beraten.
Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron und der britische Premier Keir Starmer sagten Selenskyj in einer gemeinsamen Videoschalte am Donnerstagabend weitere Flugabwehrsysteme zu.
""",
    timexes=[
        T("Freitag", "DATE", "2026-03-06"),
        T("2022", "DATE", "2022"),
        T("Mitte Februar", "DATE", "2026-02", mod="MID"),
        T("Donnerstag", "DATE", "2026-03-05"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("Mittwochabend", "TIME", "2026-03-04TEV"),
        T("stundenlang", "DURATION", "PXH"),
        T("16. März", "DATE", "2026-03-16"),
        T("Donnerstagabend", "TIME", "2026-03-05TEV"),
    ],
    events=[
        E("Russia and Ukraine exchange 200 prisoners of war each", "CONCEDE", ["Russia", "Ukraine"], "2026-03-06",
          "text", "occurred", "jeweils 200 Kriegsgefangene"),
        E("Trilateral talks with US negotiators in Geneva", "CONSULT", ["Russia", "Ukraine", "United States"],
          "2026-02", "text", "occurred", "Mitte Februar in Genf", date_mod="MID"),
        E("Prisoner exchange agreed at the Geneva talks", "AGREE", ["Russia", "Ukraine"], "2026-02", "text",
          "occurred", "Mitte Februar in Genf", date_mod="MID"),
        E("Umerov meets Witkoff and Kushner in Miami", "CONSULT", ["Rustem Umerov", "Steve Witkoff"], "2026-03-05",
          "text", "occurred", "Rustem Umerov war am Donnerstag"),
        E("New round of talks with Russian participation", "CONSULT", ["Russia", "Ukraine", "United States"],
          "FUTURE_REF", "vague", "uncertain", "eine neue Runde mit Beteiligung Moskaus"),
        E("Peskov rejects an EU seat at the negotiating table", "REJECT", ["Dmitry Peskov", "European Union"],
          "2026-03-06", "published", "occurred", "Platz am Verhandlungstisch"),
        E("Moscow rejects stationing Western troops in Ukraine after a ceasefire", "REJECT", ["Russia"],
          "2026-03-06", "published", "occurred", "völlig inakzeptabel"),
        E("Russian drone and missile strikes on power plants", "ASSAULT", ["Russia", "Ukraine"], "2026-03-04TEV",
          "text", "occurred", "Am Mittwochabend hatte Russland"),
        E("Sybiha calls for more sanctions on Russian oil exports to force a halt to energy strikes", "REQUEST",
          ["Andrii Sybiha", "Russia"], "2026-03-06", "published", "occurred", "Außenminister Andrij Sybiha rief"),
        E("EU foreign ministers to discuss a 20th sanctions package", "CONSULT", ["European Union"], "2026-03-16",
          "text", "planned", "20. Sanktionspaket"),
        E("20th EU sanctions package", "SANCTION", ["European Union", "Russia"], "2026-03-16", "context", "planned",
          "20. Sanktionspaket"),
        E("Video call of Merz, Macron and Starmer with Zelensky", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"], "2026-03-05TEV", "text",
          "occurred", "gemeinsamen Videoschalte"),
        E("Merz, Macron and Starmer pledge more air-defence systems to Ukraine", "AID",
          ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Ukraine"], "2026-03-05TEV", "text", "occurred",
          "gemeinsamen Videoschalte"),
    ],
    statements=[
        S("Ukraine", "Defenders of Mariupol and civilians held since 2022 are among those returned", "2026-03-06",
          "published", "Koordinierungsstab"),
        S("Russia", "Confirmed the figures of the exchange", "2026-03-06", "published",
          "Das russische Verteidigungsministerium"),
        S("Volodymyr Zelensky", "Thanks the UAE; will bring every Ukrainian home", "2026-03-06", "published",
          "nach Hause zu holen"),
        S("Rustem Umerov", "Talks covered security guarantees, the Zaporizhzhia plant and an energy truce roadmap",
          "2026-03-05", "context", "schrieb Umerov auf Telegram"),
        S("Dmitry Peskov", "A new round could take place in the coming weeks", "2026-03-06", "published",
          "eine neue Runde mit Beteiligung Moskaus"),
        S("Dmitry Peskov", "The Europeans have sidelined themselves", "2026-03-06", "published",
          "Platz am Verhandlungstisch"),
        S("Dmitry Peskov", "Western troops in Ukraine after a ceasefire are completely unacceptable", "2026-03-06",
          "published", "völlig inakzeptabel"),
        S("Ukraine", "Russia struck power plants; hundreds of thousands of households lost power", "2026-03-06",
          "published", "Am Mittwochabend hatte Russland"),
        S("Andrii Sybiha", "Partners should force Moscow to stop energy strikes with oil sanctions", "2026-03-06",
          "published", "Außenminister Andrij Sybiha rief"),
        S("Kaja Kallas", "EU foreign ministers will discuss a 20th sanctions package on 16 March", "2026-03-06",
          "published", "20. Sanktionspaket"),
    ],
    actors=["Russia", "Ukraine", "Volodymyr Zelensky", "United States", "Rustem Umerov", "Steve Witkoff", "Kremlin",
            "Dmitry Peskov", "European Union", "Andrii Sybiha", "Kaja Kallas", "Friedrich Merz", "Germany",
            "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
