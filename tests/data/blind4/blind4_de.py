"""German blind4 articles (fictionalised news style; wording invented, facts approximate)."""
from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- de01
DOCS.append(dict(
    id="b4de01_haftbefehl_putin_2023_03", lang="de", published="2023-03-18",
    body="""
Haftbefehl gegen Putin: Moskau spricht von „null und nichtigen“ Entscheidungen
Der Internationale Strafgerichtshof (IStGH) in Den Haag hat am Freitag Haftbefehl gegen den russischen Präsidenten Wladimir Putin erlassen.
Die Richter werfen dem Kremlchef vor, für die rechtswidrige Verschleppung von Kindern aus besetzten Gebieten der Ukraine nach Russland verantwortlich zu sein.
Ein zweiter Haftbefehl richtet sich gegen die russische Kinderrechtsbeauftragte Maria Lwowa-Belowa.
Erstmals nimmt das Gericht damit das Staatsoberhaupt eines ständigen Mitglieds des UN-Sicherheitsrats ins Visier.

Die Reaktion aus Moskau ließ nicht lange auf sich warten.
Die Entscheidungen des Gerichts hätten für Russland „keinerlei Bedeutung, auch nicht in rechtlicher Hinsicht“, schrieb Außenamtssprecherin Maria Sacharowa am Freitagabend auf Telegram.
Russland sei, wie eine Reihe anderer Staaten, nicht Vertragspartei des Römischen Statuts und folglich auch nicht daran gebunden.
Kremlsprecher Dmitri Peskow nannte schon die Fragestellung „empörend und inakzeptabel“; sämtliche Entscheidungen dieser Art seien aus Sicht Moskaus „null und nichtig“.

In Kiew wurde der Schritt dagegen als Zäsur gewertet.
Präsident Wolodymyr Selenskyj sprach noch am selben Abend von einer „historischen Entscheidung, mit der eine historische Verantwortung beginnen wird“.
Der ukrainische Generalstaatsanwalt sagte zu, dem Gericht weitere Beweise für die Deportation von mehr als 16.000 Kindern zu übermitteln.

Bundeskanzler Olaf Scholz, der sich zu Regierungskonsultationen in Tokio aufhält, äußerte sich am Samstag zurückhaltend, betonte aber, niemand stehe über Recht und Gesetz.
Auch US-Präsident Joe Biden begrüßte den Haftbefehl: Dieser sei „gerechtfertigt“, sagte Biden am Freitag vor Journalisten in Washington, auch wenn die USA das Gericht ebenfalls nicht anerkennten.

Praktische Folgen dürfte der Haftbefehl zunächst kaum haben.
Die 123 Vertragsstaaten wären zwar verpflichtet, Putin bei einer Einreise festzunehmen, doch der Kremlchef meidet Reisen ins Ausland seit Kriegsbeginn weitgehend.
Mit Spannung wird daher der Staatsbesuch des chinesischen Präsidenten Xi Jinping erwartet, der an diesem Montag zu dreitägigen Gesprächen in Moskau eintreffen soll.
Peking hatte vor gut drei Wochen ein eigenes Positionspapier zur „politischen Beilegung der Ukraine-Krise“ vorgelegt, das im Westen auf Skepsis stieß.
Ob Xi in Moskau auch über eine Vermittlerrolle sprechen werde, ließ das Außenministerium in Peking am Freitag offen.
""",
    timexes=[
        T("Freitag", "DATE", "2023-03-17", 0),
        T("Freitagabend", "TIME", "2023-03-17TEV"),
        T("selben Abend", "TIME", "2023-03-17TEV"),
        T("Samstag", "DATE", "2023-03-18"),
        T("Freitag", "DATE", "2023-03-17", 1),
        T("diesem Montag", "DATE", "2023-03-20"),
        T("dreitägigen", "DURATION", "P3D"),
        T("vor gut drei Wochen", "DATE", "2023-W08", mod="APPROX"),
        T("Freitag", "DATE", "2023-03-17", 2),
    ],
    events=[
        E("ICC issues an arrest warrant for Putin over the deportation of Ukrainian children", "ACCUSE",
          ["Vladimir Putin", "Russia"], "2023-03-17", "text", "occurred", "Haftbefehl gegen den russischen Präsidenten",
          note="issued by the International Criminal Court (not a canonical actor)"),
        E("Zakharova dismisses the ICC decisions as meaningless for Russia", "REJECT",
          ["Maria Zakharova", "Russia"], "2023-03-17TEV", "text", "occurred", "keinerlei Bedeutung"),
        E("Peskov rejects the warrant as outrageous and null and void", "REJECT",
          ["Dmitry Peskov", "Kremlin"], "2023-03-18", "published", "occurred", "empörend und inakzeptabel"),
        E("Ukrainian prosecutor general promises further evidence to the court", "AGREE",
          ["Ukraine"], "2023-03-18", "published", "occurred", "weitere Beweise"),
        E("Xi Jinping's three-day state visit to Moscow", "CONSULT",
          ["Xi Jinping", "China", "Russia"], "2023-03-20", "text", "planned", "Staatsbesuch des chinesischen"),
        E("China presented its position paper on a political settlement", "REQUEST",
          ["China"], "2023-W08", "text", "occurred", "Positionspapier", date_mod="APPROX",
          note="paper published 24 Feb 2023"),
    ],
    statements=[
        S("Maria Zakharova", "ICC decisions have no meaning for Russia, legally or otherwise", "2023-03-17", "text",
          "keinerlei Bedeutung"),
        S("Maria Zakharova", "Russia is not party to the Rome Statute and not bound by it", "2023-03-17", "context",
          "Römischen Statuts"),
        S("Dmitry Peskov", "The question itself is outrageous; such decisions are null and void", "2023-03-18",
          "published", "empörend und inakzeptabel"),
        S("Volodymyr Zelensky", "A historic decision from which historic accountability will begin", "2023-03-17",
          "text", "historischen Entscheidung"),
        S("Ukraine", "Will hand the court further evidence on more than 16,000 deported children", "2023-03-18",
          "published", "weitere Beweise"),
        S("Olaf Scholz", "Nobody is above the law", "2023-03-18", "text", "über Recht und Gesetz"),
        S("Joe Biden", "The arrest warrant is justified", "2023-03-17", "text", "gerechtfertigt"),
        S("China", "Left open whether Xi will discuss a mediating role in Moscow", "2023-03-17", "text",
          "Vermittlerrolle"),
    ],
    actors=["Vladimir Putin", "Russia", "Kremlin", "Ukraine", "United Nations", "Maria Zakharova", "Dmitry Peskov",
            "Volodymyr Zelensky", "Olaf Scholz", "Germany", "Joe Biden", "United States", "Xi Jinping", "China"],
))

# --------------------------------------------------------------------------- de02
DOCS.append(dict(
    id="b4de02_uno_annexionsvotum_2022_10", lang="de", published="2022-10-13",
    body="""
UN-Vollversammlung verurteilt russische Annexionen mit großer Mehrheit
Mit überwältigender Mehrheit hat die UN-Vollversammlung die Annexion von vier teilweise besetzten Gebieten der Ukraine durch Russland als völkerrechtswidrig verurteilt.
143 Staaten stimmten am Mittwochabend (Ortszeit) in New York für die Resolution, fünf votierten dagegen, 35 enthielten sich, darunter China und Indien.
Der Text fordert Moskau auf, seine Entscheidung „unverzüglich und bedingungslos“ rückgängig zu machen und sämtliche Truppen aus der Ukraine abzuziehen.

Es war das deutlichste Votum gegen Russland seit Beginn der Invasion vor knapp acht Monaten.
Der russische UN-Botschafter Wassili Nebensja hatte vergeblich versucht, eine geheime Abstimmung durchzusetzen; ein entsprechender Antrag war bereits am Montag mit 107 Stimmen abgelehnt worden.
Nebensja sprach nach dem Votum von einer „politisierten und offen provokativen“ Resolution, die jede Chance auf eine diplomatische Lösung zunichtemachen könne.

UN-Generalsekretär António Guterres hatte die Annexion bereits Ende September als „gefährliche Eskalation“ bezeichnet, die in der modernen Welt keinen Platz habe.
Kremlchef Wladimir Putin hatte die Eingliederung der Regionen Donezk, Luhansk, Saporischschja und Cherson am 30. September bei einer Zeremonie im Kreml besiegelt.
Zuvor waren in den besetzten Gebieten Scheinreferenden abgehalten worden, die weder Kiew noch der Westen anerkennen.

Bundeskanzler Olaf Scholz sprach am Donnerstagmorgen von einem „starken Signal“: Russland sei international isolierter denn je.
US-Präsident Joe Biden erklärte noch in der Nacht, die Welt habe eine unmissverständliche Botschaft gesendet, dass Russland die Grenzen eines souveränen Staates nicht gewaltsam verschieben könne.
Der ukrainische Präsident Wolodymyr Selenskyj dankte den Unterstützern der Resolution und schrieb auf Twitter, die Welt habe gesprochen.

Die Abstimmung folgt auf die schwersten russischen Raketenangriffe auf ukrainische Städte seit Monaten, bei denen allein in Kiew am Montag mindestens 19 Menschen getötet worden waren.
Seit Mittwoch beraten die NATO-Verteidigungsminister in Brüssel über zusätzliche Luftabwehrsysteme für die Ukraine.
Generalsekretär Jens Stoltenberg sagte zu, die Lieferungen würden „so schnell wie möglich“ erfolgen.
Anders als Beschlüsse des Sicherheitsrats sind Resolutionen der Vollversammlung allerdings nicht bindend.
""",
    timexes=[
        T("Mittwochabend", "TIME", "2022-10-12TEV", note="New York local time"),
        T("vor knapp acht Monaten", "DATE", "2022-02", mod="APPROX"),
        T("Montag", "DATE", "2022-10-10", 0),
        T("Ende September", "DATE", "2022-09", mod="END"),
        T("30. September", "DATE", "2022-09-30"),
        T("Donnerstagmorgen", "TIME", "2022-10-13TMO"),
        T("der Nacht", "TIME", "2022-10-12TNI"),
        T("Monaten", "DURATION", "PXM", 1),
        T("Montag", "DATE", "2022-10-10", 1),
        T("Mittwoch", "DATE", "2022-10-12"),
    ],
    events=[
        E("UN General Assembly condemns Russia's annexation of four Ukrainian regions", "ACCUSE",
          ["United Nations", "Russia"], "2022-10-12TEV", "context", "occurred", "Mit überwältigender Mehrheit",
          note="vote on Wednesday evening, New York time"),
        E("Resolution demands that Russia reverse the annexation and withdraw its troops", "REQUEST",
          ["United Nations", "Russia"], "2022-10-12TEV", "context", "occurred", "Der Text fordert Moskau auf"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02", "text", "occurred", "seit Beginn der Invasion", date_mod="APPROX", note="24 Feb 2022"),
        E("General Assembly rejects Russia's motion for a secret ballot", "REJECT", ["United Nations", "Russia"],
          "2022-10-10", "text", "occurred", "geheime Abstimmung"),
        E("Russia seeks a secret ballot on the resolution", "REQUEST", ["Russia", "United Nations"],
          "2022-10-10", "context", "occurred", "geheime Abstimmung"),
        E("Russia's UN ambassador denounces the resolution as politicised and provocative", "ACCUSE",
          ["Russia", "United Nations"], "2022-10-12", "context", "occurred", "politisierten"),
        E("Guterres condemns the annexation as a dangerous escalation", "ACCUSE",
          ["António Guterres", "United Nations", "Russia"], "2022-09", "text", "occurred", "gefährliche Eskalation",
          date_mod="END"),
        E("Putin formally annexes four Ukrainian regions at a Kremlin ceremony", "COERCE",
          ["Vladimir Putin", "Russia", "Ukraine"], "2022-09-30", "text", "occurred", "Zeremonie im Kreml"),
        E("Russian missile strikes on Ukrainian cities kill at least 19 in Kyiv", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-10", "text", "occurred", "schwersten russischen Raketenangriffe"),
        E("NATO defence ministers meet in Brussels on more air defence for Ukraine", "CONSULT", ["NATO", "Ukraine"],
          "2022-10-12", "text", "occurred", "NATO-Verteidigungsminister"),
        E("Stoltenberg promises air-defence deliveries as fast as possible", "AGREE",
          ["Jens Stoltenberg", "NATO", "Ukraine"], "2022-10-12", "context", "occurred", "so schnell wie möglich"),
    ],
    statements=[
        S("Russia", "The resolution is politicised and openly provocative and undermines a diplomatic solution",
          "2022-10-12", "context", "politisierten"),
        S("António Guterres", "The annexation is a dangerous escalation with no place in the modern world",
          "2022-09", "text", "gefährliche Eskalation"),
        S("Olaf Scholz", "A strong signal; Russia is more isolated than ever", "2022-10-13", "text",
          "starken Signal"),
        S("Joe Biden", "The world sent a clear message that Russia cannot redraw borders by force", "2022-10-12",
          "text", "unmissverständliche Botschaft"),
        S("Volodymyr Zelensky", "Thanks supporters of the resolution; the world has spoken", "2022-10-13",
          "published", "die Welt habe gesprochen"),
        S("Jens Stoltenberg", "Air-defence deliveries will come as fast as possible", "2022-10-12", "context",
          "so schnell wie möglich"),
    ],
    actors=["United Nations", "Ukraine", "Russia", "China", "António Guterres", "Vladimir Putin", "Kremlin",
            "Olaf Scholz", "Germany", "Joe Biden", "United States", "Volodymyr Zelensky", "NATO",
            "Jens Stoltenberg"],
))

# --------------------------------------------------------------------------- de03
DOCS.append(dict(
    id="b4de03_kiew_zugreise_kandidatenstatus_2022_06", lang="de", published="2022-06-16",
    body="""
Scholz, Macron und Draghi in Kiew: Rückenwind für den EU-Kandidatenstatus
Nach monatelangem Zögern ist Bundeskanzler Olaf Scholz erstmals seit Beginn des Krieges in die Ukraine gereist.
Gemeinsam mit Frankreichs Präsident Emmanuel Macron und Italiens Ministerpräsident Mario Draghi traf der Kanzler am Donnerstagmorgen nach gut elfstündiger Zugfahrt in Kiew ein.
Später stieß auch der rumänische Präsident Klaus Iohannis hinzu, der auf eigenem Weg angereist war.

Die vier Gäste wurden am Mittag von Präsident Wolodymyr Selenskyj im Marienpalast empfangen.
Zuvor hatten sie den Vorort Irpin besucht, wo Macron von „Spuren der Barbarei“ sprach.
Nach den Gesprächen sagte Macron auf einer gemeinsamen Pressekonferenz, alle vier Länder unterstützten den „sofortigen“ Status eines Beitrittskandidaten für die Ukraine.
Die Ukraine gehöre „zur europäischen Familie“, ergänzte Scholz.

Die EU-Kommission will ihre Empfehlung zum Beitrittsantrag Kiews an diesem Freitag vorlegen; entscheiden sollen die Staats- und Regierungschefs der 27 Mitgliedstaaten bei ihrem Gipfel in Brüssel Ende kommender Woche.
Kommissionspräsidentin Ursula von der Leyen hatte bei ihrem Besuch in Kiew am vergangenen Samstag durchblicken lassen, dass die Behörde ein positives Votum anstrebe.

Auch bei den Waffenlieferungen sagte Scholz weitere Unterstützung zu: Deutschland werde der Ukraine helfen, „so lange, wie es nötig ist“.
Macron kündigte die Lieferung von sechs weiteren Caesar-Haubitzen an.
In Kiew war Scholz zuletzt wegen der schleppenden Lieferung schwerer Waffen scharf kritisiert worden.
Der ukrainische Botschafter in Berlin, Andrij Melnyk, hatte ihm Anfang Mai sogar vorgeworfen, eine „beleidigte Leberwurst“ zu spielen, weil der Kanzler eine Reise nach Kiew zunächst abgelehnt hatte.

Aus Moskau kam Spott.
Der frühere Präsident Dmitri Medwedew schrieb auf Twitter, die „europäischen Liebhaber von Fröschen, Leberwurst und Spaghetti“ hätten Kiew mit „null Nutzen“ besucht.
Kremlsprecher Dmitri Peskow äußerte die Hoffnung, die drei Politiker würden nicht nur auf weitere Waffenlieferungen setzen, sondern Selenskyj auch zu einer realistischen Sicht auf die Lage bewegen.
""",
    timexes=[
        T("monatelangem", "DURATION", "PXM"),
        T("Donnerstagmorgen", "TIME", "2022-06-16TMO"),
        T("gut elfstündiger", "DURATION", "PT11H", mod="APPROX"),
        T("Mittag", "TIME", "2022-06-16T12:00"),
        T("diesem Freitag", "DATE", "2022-06-17"),
        T("Ende kommender Woche", "DATE", "2022-W25", mod="END"),
        T("vergangenen Samstag", "DATE", "2022-06-11"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Anfang Mai", "DATE", "2022-05", mod="START"),
    ],
    events=[
        E("Scholz, Macron and Draghi arrive in Kyiv by train", "CONSULT",
          ["Olaf Scholz", "Emmanuel Macron", "Ukraine"], "2022-06-16TMO", "text", "occurred",
          "elfstündiger Zugfahrt"),
        E("Zelensky receives the four visiting leaders", "CONSULT",
          ["Volodymyr Zelensky", "Olaf Scholz", "Emmanuel Macron"], "2022-06-16T12:00", "text", "occurred",
          "Marienpalast"),
        E("France, Germany, Italy and Romania back immediate EU candidate status for Ukraine", "SUPPORT",
          ["Emmanuel Macron", "France", "Germany", "Ukraine"], "2022-06-16", "context", "occurred",
          "Status eines Beitrittskandidaten"),
        E("European Commission to present its recommendation on Ukraine's membership application", "REQUEST",
          ["European Union", "Ukraine"], "2022-06-17", "text", "planned", "Empfehlung zum Beitrittsantrag"),
        E("EU summit in Brussels to decide on candidate status", "CONSULT", ["European Union", "Ukraine"],
          "2022-W25", "text", "planned", "Empfehlung zum Beitrittsantrag", date_mod="END",
          note="summit 23-24 June 2022"),
        E("Von der Leyen visited Kyiv", "CONSULT", ["Ursula von der Leyen", "European Union", "Ukraine"],
          "2022-06-11", "text", "occurred", "durchblicken lassen"),
        E("Scholz promises further support for Ukraine", "AGREE", ["Olaf Scholz", "Germany", "Ukraine"],
          "2022-06-16", "context", "occurred", "weitere Unterstützung zu"),
        E("Macron announces six more Caesar howitzers for Ukraine", "AID", ["Emmanuel Macron", "France", "Ukraine"],
          "2022-06-16", "context", "occurred", "Caesar-Haubitzen"),
        E("Scholz criticised in Kyiv over slow heavy-weapons deliveries", "ACCUSE", ["Ukraine", "Olaf Scholz"],
          "PAST_REF", "vague", "occurred", "scharf kritisiert"),
        E("Ukrainian ambassador Melnyk accuses Scholz of sulking", "ACCUSE", ["Ukraine", "Olaf Scholz"],
          "2022-05", "text", "occurred", "beleidigte Leberwurst", date_mod="START"),
    ],
    statements=[
        S("Emmanuel Macron", "Irpin shows traces of barbarism", "2022-06-16", "context", "Spuren der Barbarei"),
        S("Emmanuel Macron", "All four countries support immediate candidate status for Ukraine", "2022-06-16",
          "context", "Status eines Beitrittskandidaten"),
        S("Olaf Scholz", "Ukraine belongs to the European family", "2022-06-16", "context", "europäischen Familie"),
        S("Ursula von der Leyen", "The Commission is aiming for a positive opinion", "2022-06-11", "text",
          "durchblicken lassen"),
        S("Olaf Scholz", "Germany will help Ukraine as long as necessary", "2022-06-16", "context",
          "weitere Unterstützung zu"),
        S("Dmitry Peskov", "Hopes the leaders will not only push weapons but bring Zelensky to a realistic view",
          "2022-06-16", "published", "realistischen Sicht"),
    ],
    actors=["Olaf Scholz", "Germany", "Ukraine", "Emmanuel Macron", "France", "Volodymyr Zelensky",
            "European Union", "Ursula von der Leyen", "Russia", "Kremlin", "Dmitry Peskov"],
))

# --------------------------------------------------------------------------- de04
DOCS.append(dict(
    id="b4de04_taurus_abhoeraffaere_2024_03", lang="de", published="2024-03-04",
    body="""
Abhöraffäre um Taurus: Moskau bestellt deutschen Botschafter ein
Nach der Veröffentlichung eines abgehörten Gesprächs hochrangiger Bundeswehroffiziere hat das russische Außenministerium den deutschen Botschafter Alexander Graf Lambsdorff am Montag einbestellt.
Moskau verlange Aufklärung darüber, ob Deutschland Angriffe auf die Krim-Brücke vorbereite, hieß es aus dem Ministerium.
Der Mitschnitt einer rund 38-minütigen Webex-Schalte war am Freitag von der Chefredakteurin des Staatssenders RT, Margarita Simonjan, verbreitet worden.

In dem Gespräch, das bereits am 19. Februar stattgefunden haben soll, erörterten Luftwaffeninspekteur Ingo Gerhartz und drei weitere Offiziere theoretische Einsatzszenarien des Marschflugkörpers Taurus.
Bundeskanzler Olaf Scholz nannte den Vorgang am Samstag bei einem Besuch in Rom „eine sehr ernste Angelegenheit“, die „sehr sorgfältig, sehr intensiv und sehr schnell“ aufgeklärt werde.
Der deutsche Verteidigungsminister Boris Pistorius warf Putin am Sonntag einen „hybriden Desinformationsangriff“ vor, der darauf ziele, die Bundesrepublik zu spalten.

Außenamtssprecherin Maria Sacharowa hatte bereits am Freitagabend erklärt, die Aufnahme belege die direkte Beteiligung der Bundeswehr an dem Konflikt; Berlin müsse sich „unverzüglich“ erklären.
Kremlsprecher Dmitri Peskow sagte am Montag, der Mitschnitt zeige, dass im Westen „sehr konkret“ über Angriffe auf russisches Territorium gesprochen werde.
Die eigentliche Frage sei, ob die Bundesregierung ihre Armee überhaupt unter Kontrolle habe.

Politisch trifft die Affäre den Kanzler an einer empfindlichen Stelle.
Scholz hatte erst vor einer Woche bekräftigt, keine Taurus-Marschflugkörper an die Ukraine zu liefern, weil dafür deutsche Soldaten an der Zielsteuerung mitwirken müssten.
Oppositionsführer Friedrich Merz erneuerte am Wochenende seine Forderung, Kiew mit dem Waffensystem auszustatten, und warf dem Kanzler „Führungsschwäche“ vor.
Frankreichs Präsident Emmanuel Macron hatte am Montag vergangener Woche bei einer Ukraine-Konferenz in Paris die Entsendung westlicher Bodentruppen nicht ausgeschlossen, woraufhin Berlin umgehend widersprach.

Die Bundesregierung prüft nach Angaben aus Regierungskreisen, wie die Offiziere über eine ungesicherte Verbindung kommunizieren konnten; ein erster Bericht soll in den kommenden Tagen vorliegen.
Lambsdorff verließ das Ministerium in Moskau nach knapp einer Stunde, ohne sich zu äußern.
""",
    timexes=[
        T("Montag", "DATE", "2024-03-04", 0),
        T("rund 38-minütigen", "DURATION", "PT38M", mod="APPROX"),
        T("Freitag", "DATE", "2024-03-01"),
        T("19. Februar", "DATE", "2024-02-19"),
        T("Samstag", "DATE", "2024-03-02"),
        T("Sonntag", "DATE", "2024-03-03"),
        T("Freitagabend", "TIME", "2024-03-01TEV"),
        T("Montag", "DATE", "2024-03-04", 1),
        T("vor einer Woche", "DATE", "2024-W09"),
        T("Wochenende", "DATE", "2024-W09-WE"),
        T("Montag vergangener Woche", "DATE", "2024-02-26"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("knapp einer Stunde", "DURATION", "PT1H", mod="APPROX"),
    ],
    events=[
        E("Russia summons the German ambassador over the leaked Taurus recording", "ACCUSE", ["Russia", "Germany"],
          "2024-03-04", "text", "occurred", "den deutschen Botschafter Alexander Graf Lambsdorff",
          note="summoning an ambassador treated as a diplomatic protest"),
        E("Moscow demands clarification whether Germany is preparing attacks on the Crimean bridge", "REQUEST",
          ["Russia", "Germany"], "2024-03-04", "context", "occurred", "Moskau verlange Aufklärung"),
        E("German defence minister accuses Putin of a hybrid disinformation attack", "ACCUSE",
          ["Germany", "Vladimir Putin"], "2024-03-03", "text", "occurred", "Desinformationsangriff"),
        E("Zakharova says the recording proves the Bundeswehr's direct involvement in the war", "ACCUSE",
          ["Maria Zakharova", "Russia", "Germany"], "2024-03-01TEV", "text", "occurred", "direkte Beteiligung"),
        E("Zakharova demands that Berlin explain itself immediately", "REQUEST", ["Maria Zakharova", "Germany"],
          "2024-03-01TEV", "text", "occurred", "direkte Beteiligung"),
        E("Peskov says the West is discussing attacks on Russian territory in concrete terms", "ACCUSE",
          ["Dmitry Peskov", "Kremlin"], "2024-03-04", "text", "occurred", "sehr konkret"),
        E("Scholz reaffirms his refusal to deliver Taurus missiles to Ukraine", "REJECT",
          ["Olaf Scholz", "Germany", "Ukraine"], "2024-W09", "text", "occurred", "vor einer Woche bekräftigt",
          note="26 Feb 2024"),
        E("Merz renews his demand to supply Taurus to Kyiv", "REQUEST", ["Friedrich Merz", "Olaf Scholz", "Ukraine"],
          "2024-W09-WE", "text", "occurred", "Oppositionsführer Friedrich Merz"),
        E("Merz accuses Scholz of weak leadership", "ACCUSE", ["Friedrich Merz", "Olaf Scholz"],
          "2024-W09-WE", "text", "occurred", "Oppositionsführer Friedrich Merz"),
        E("Ukraine support conference in Paris hosted by Macron", "CONSULT", ["Emmanuel Macron", "France", "Ukraine"],
          "2024-02-26", "text", "occurred", "Ukraine-Konferenz in Paris"),
        E("Berlin rejects sending Western ground troops to Ukraine", "REJECT", ["Germany", "France"],
          "2024-02-26", "context", "occurred", "Ukraine-Konferenz in Paris"),
    ],
    statements=[
        S("Russia", "Demands clarification whether Germany is preparing attacks on the Crimean bridge", "2024-03-04",
          "context", "Moskau verlange Aufklärung"),
        S("Olaf Scholz", "A very serious matter that will be investigated carefully and quickly", "2024-03-02",
          "text", "sehr ernste Angelegenheit"),
        S("Maria Zakharova", "The recording proves direct Bundeswehr involvement; Berlin must explain itself",
          "2024-03-01", "text", "direkte Beteiligung"),
        S("Dmitry Peskov", "The recording shows the West discusses attacks on Russian territory concretely",
          "2024-03-04", "text", "sehr konkret"),
        S("Dmitry Peskov", "The real question is whether the German government controls its army", "2024-03-04",
          "context", "unter Kontrolle habe"),
        S("Olaf Scholz", "No Taurus for Ukraine because German soldiers would have to help with targeting",
          "2024-W09", "text", "vor einer Woche bekräftigt"),
        S("Friedrich Merz", "Kyiv should get Taurus; the chancellor shows weak leadership", "2024-W09-WE", "text",
          "Oppositionsführer Friedrich Merz"),
        S("Emmanuel Macron", "Does not rule out sending Western ground troops", "2024-02-26", "text",
          "Ukraine-Konferenz in Paris"),
    ],
    actors=["Russia", "Germany", "Olaf Scholz", "Vladimir Putin", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
            "Ukraine", "Friedrich Merz", "Emmanuel Macron", "France"],
))

# --------------------------------------------------------------------------- de05
DOCS.append(dict(
    id="b4de05_przewodow_raketeneinschlag_2022_11", lang="de", published="2022-11-16",
    body="""
Raketeneinschlag in Polen: NATO vermutet ukrainische Flugabwehr
Der tödliche Raketeneinschlag im polnischen Grenzdorf Przewodów war nach vorläufigen Erkenntnissen kein gezielter russischer Angriff.
Vieles deute darauf hin, dass es sich um eine Flugabwehrrakete der ukrainischen Streitkräfte gehandelt habe, sagte NATO-Generalsekretär Jens Stoltenberg am Mittwoch nach einer Dringlichkeitssitzung der Botschafter in Brüssel.
Die Verantwortung trage aber Russland, das seinen „illegalen Krieg“ gegen die Ukraine fortsetze, fügte der Norweger hinzu.

Die Rakete war am Dienstagnachmittag um etwa 15.40 Uhr Ortszeit auf dem Gelände eines Getreidetrocknungsbetriebs eingeschlagen, zwei Landwirte kamen ums Leben.
Am selben Tag hatte Russland die Ukraine mit rund 90 Raketen und Marschflugkörpern angegriffen, der schwersten Angriffswelle seit Wochen.
Polens Präsident Andrzej Duda sprach von einem „unglücklichen Unfall“; es gebe keinerlei Hinweise auf einen absichtlichen Angriff auf Polen.
Warschau verzichtete deshalb darauf, formelle Konsultationen nach Artikel 4 des NATO-Vertrags zu beantragen, wie aus Regierungskreisen verlautete.

Der ukrainische Präsident Wolodymyr Selenskyj widersprach dieser Darstellung am Abend: Er habe „keinen Zweifel“, dass es sich nicht um „unsere Rakete“ gehandelt habe.
Noch in der Nacht zum Mittwoch hatte er von einem russischen Angriff auf die kollektive Sicherheit gesprochen und eine „Reaktion“ der Verbündeten verlangt.

US-Präsident Joe Biden hatte die Staats- und Regierungschefs der G7 und der NATO am Rande des G20-Gipfels auf Bali am frühen Mittwochmorgen (Ortszeit) zu einem Krisentreffen zusammengerufen.
Es sei angesichts der Flugbahn „unwahrscheinlich“, dass die Rakete von Russland aus abgefeuert worden sei, sagte Biden im Anschluss.
Bundeskanzler Olaf Scholz, der ebenfalls auf Bali weilte, mahnte zur Besonnenheit und warnte davor, voreilige Schlüsse zu ziehen.

In Moskau wies das Verteidigungsministerium jede Verantwortung zurück; russische Streitkräfte hätten „keine Angriffe auf Ziele nahe der ukrainisch-polnischen Grenze“ geflogen.
Kremlsprecher Dmitri Peskow lobte am Mittwoch die „zurückhaltende, professionelle“ Reaktion Washingtons und kritisierte zugleich die „hysterische“ Reaktion anderer Hauptstädte.
""",
    timexes=[
        T("Mittwoch", "DATE", "2022-11-16", 0),
        T("Dienstagnachmittag", "TIME", "2022-11-15TAF"),
        T("etwa 15.40 Uhr Ortszeit", "TIME", "2022-11-15T15:40", mod="APPROX", note="local time (CET)"),
        T("selben Tag", "DATE", "2022-11-15"),
        T("Wochen", "DURATION", "PXW"),
        T("Abend", "TIME", "2022-11-16TEV"),
        T("der Nacht zum Mittwoch", "TIME", "2022-11-15TNI", note="night to Wednesday 2022-11-16"),
        T("frühen Mittwochmorgen", "TIME", "2022-11-16TMO", note="Bali local time"),
        T("Mittwoch", "DATE", "2022-11-16", 2),
    ],
    events=[
        E("Emergency meeting of NATO ambassadors in Brussels", "CONSULT", ["NATO", "Jens Stoltenberg"],
          "2022-11-16", "text", "occurred", "Dringlichkeitssitzung"),
        E("Stoltenberg holds Russia responsible for the incident", "ACCUSE", ["Jens Stoltenberg", "NATO", "Russia"],
          "2022-11-16", "context", "occurred", "Die Verantwortung trage aber Russland"),
        E("Missile strikes a grain-drying facility in Przewodów, killing two", "ASSAULT", ["Poland"],
          "2022-11-15T15:40", "text", "occurred", "Getreidetrocknungsbetriebs", date_mod="APPROX",
          note="probably a Ukrainian air-defence missile; origin disputed"),
        E("Russia fires about 90 missiles and cruise missiles at Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-11-15", "text", "occurred", "rund 90 Raketen"),
        E("Zelensky denies that the missile was Ukrainian", "REJECT", ["Volodymyr Zelensky", "Ukraine"],
          "2022-11-16TEV", "text", "occurred", "unsere Rakete"),
        E("Zelensky accuses Russia of an attack on collective security", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2022-11-15TNI", "text", "occurred", "kollektive Sicherheit"),
        E("Zelensky demands a reaction from the allies", "REQUEST", ["Volodymyr Zelensky"],
          "2022-11-15TNI", "text", "occurred", "kollektive Sicherheit"),
        E("Biden convenes G7 and NATO leaders for a crisis meeting in Bali", "CONSULT", ["Joe Biden", "NATO"],
          "2022-11-16TMO", "text", "occurred", "Krisentreffen"),
        E("Scholz warns against hasty conclusions", "REQUEST", ["Olaf Scholz"],
          "2022-11-16", "context", "occurred", "voreilige Schlüsse"),
        E("Russian defence ministry denies any responsibility", "REJECT", ["Russia"],
          "2022-11-16", "published", "occurred", "jede Verantwortung zurück"),
        E("Peskov criticises 'hysterical' reactions of other capitals", "ACCUSE", ["Dmitry Peskov", "Kremlin"],
          "2022-11-16", "text", "occurred", "hysterische"),
    ],
    statements=[
        S("Jens Stoltenberg", "The missile was probably fired by Ukrainian air defence", "2022-11-16", "text",
          "Flugabwehrrakete der ukrainischen"),
        S("Jens Stoltenberg", "Russia bears responsibility because it continues its illegal war", "2022-11-16",
          "context", "Die Verantwortung trage aber Russland"),
        S("Volodymyr Zelensky", "Has no doubt that it was not a Ukrainian missile", "2022-11-16", "text",
          "unsere Rakete"),
        S("Volodymyr Zelensky", "A Russian attack on collective security; allies must react", "2022-11-15", "text",
          "kollektive Sicherheit"),
        S("Joe Biden", "Given the trajectory it is unlikely the missile was fired from Russia", "2022-11-16",
          "context", "Flugbahn"),
        S("Olaf Scholz", "Urges calm and warns against hasty conclusions", "2022-11-16", "context",
          "voreilige Schlüsse"),
        S("Russia", "Russian forces carried out no strikes near the Ukrainian-Polish border", "2022-11-16",
          "published", "jede Verantwortung zurück"),
        S("Dmitry Peskov", "Praises Washington's restrained reaction, criticises hysterical reactions elsewhere",
          "2022-11-16", "text", "hysterische"),
    ],
    actors=["Poland", "Russia", "NATO", "Jens Stoltenberg", "Ukraine", "Volodymyr Zelensky", "Joe Biden",
            "United States", "Olaf Scholz", "Germany", "Kremlin", "Dmitry Peskov"],
))

# --------------------------------------------------------------------------- de06
DOCS.append(dict(
    id="b4de06_koalition_willige_paris_2025_09", lang="de", published="2025-09-05",
    body="""
„Koalition der Willigen“: 26 Staaten sagen Beteiligung an Sicherungstruppe zu
Sechsundzwanzig Länder haben sich nach Angaben des französischen Präsidenten Emmanuel Macron verpflichtet, nach einem Waffenstillstand Truppen für eine Sicherungsmission in der Ukraine bereitzustellen oder sich am Boden, zur See oder in der Luft anderweitig zu beteiligen.
Macron gab das Ergebnis am Donnerstagabend nach einem Gipfel der sogenannten Koalition der Willigen im Élysée-Palast bekannt, an dem rund 35 Staats- und Regierungschefs teils persönlich, teils per Video teilnahmen.
Der ukrainische Präsident Wolodymyr Selenskyj, der eigens nach Paris gereist war, sprach vom „ersten ernsthaften konkreten Schritt seit langer Zeit“.

Zu Truppenstärken und Einsatzorten nannte Macron keine Einzelheiten.
Deutschland werde über seinen Beitrag erst entscheiden, wenn die Bedingungen eines Waffenstillstands feststünden, hieß es aus Regierungskreisen in Berlin.
Bundeskanzler Friedrich Merz, der per Video zugeschaltet war, betonte, entscheidend sei eine enge Abstimmung mit Washington.
Italiens Ministerpräsidentin Giorgia Meloni bekräftigte, ihr Land werde keine Soldaten in die Ukraine entsenden, könne sich aber an der Überwachung einer Waffenruhe beteiligen.

Im Anschluss an das Treffen telefonierten Macron, Selenskyj und weitere Teilnehmer mit US-Präsident Donald Trump, der nach Angaben aus dem Élysée eine Unterstützung der Garantien durch die Vereinigten Staaten in Aussicht stellte.
Trumps Sondergesandter Steve Witkoff hatte am Vormittag in Paris mit dem ukrainischen Chefunterhändler Rustem Umerow beraten.
Trump selbst hatte am Mittwoch angekündigt, er werde „sehr bald“ mit Kremlchef Wladimir Putin sprechen.

Die Antwort aus Moskau fiel schroff aus.
Putin warnte am Freitag beim Östlichen Wirtschaftsforum in Wladiwostok, jegliche ausländische Truppen in der Ukraine seien für die russischen Streitkräfte „legitime Ziele“.
Sollten Entscheidungen fallen, die zu einem dauerhaften Frieden führten, sehe er ohnehin „keinen Sinn“ in einer solchen Präsenz, fügte der Kremlchef hinzu.
Bereits am Donnerstag hatte Außenamtssprecherin Maria Sacharowa Sicherheitsgarantien, die auf einer ausländischen Militärpräsenz beruhen, als „inakzeptabel“ zurückgewiesen.

Die Koalition war im Frühjahr auf Initiative Frankreichs und Großbritanniens entstanden; der britische Premierminister Keir Starmer hatte Anfang März in London zu einem ersten Gipfel geladen.
Eine Waffenruhe ist derzeit allerdings nicht in Sicht: Russland greift ukrainische Städte fast allnächtlich mit Drohnen und Raketen an, und ein von Trump angestrebtes Treffen zwischen Putin und Selenskyj ist in den kommenden Wochen kaum zu erwarten.
""",
    timexes=[
        T("Donnerstagabend", "TIME", "2025-09-04TEV"),
        T("Vormittag", "TIME", "2025-09-04TMO"),
        T("Mittwoch", "DATE", "2025-09-03"),
        T("sehr bald", "DATE", "FUTURE_REF"),
        T("Freitag", "DATE", "2025-09-05"),
        T("Donnerstag", "DATE", "2025-09-04"),
        T("Frühjahr", "DATE", "2025-SP"),
        T("Anfang März", "DATE", "2025-03", mod="START"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("fast allnächtlich", "SET", "P1D", mod="APPROX"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("26 countries commit to contribute to a reassurance force for Ukraine after a ceasefire", "AGREE",
          ["Emmanuel Macron", "France", "Ukraine"], "2025-09-04", "context", "occurred", "Sechsundzwanzig Länder"),
        E("Summit of the coalition of the willing at the Élysée Palace", "CONSULT",
          ["Emmanuel Macron", "Volodymyr Zelensky", "Friedrich Merz", "Giorgia Meloni"], "2025-09-04", "text",
          "occurred", "Koalition der Willigen im Élysée-Palast", note="result announced on Thursday evening"),
        E("Meloni rules out sending Italian soldiers to Ukraine", "REJECT", ["Giorgia Meloni", "Ukraine"],
          "2025-09-04", "context", "occurred", "keine Soldaten"),
        E("Macron, Zelensky and other leaders hold a call with Trump", "CONSULT",
          ["Emmanuel Macron", "Volodymyr Zelensky", "Donald Trump"], "2025-09-04", "context", "occurred",
          "telefonierten Macron"),
        E("Witkoff meets Ukrainian chief negotiator Umerov in Paris", "CONSULT", ["Steve Witkoff", "Rustem Umerov"],
          "2025-09-04TMO", "text", "occurred", "Chefunterhändler Rustem Umerow"),
        E("Trump to speak with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "FUTURE_REF", "vague", "planned", "sehr bald"),
        E("Putin warns that any foreign troops in Ukraine would be legitimate targets", "THREATEN",
          ["Vladimir Putin", "Russia"], "2025-09-05", "text", "occurred", "legitime Ziele"),
        E("Zakharova rejects security guarantees based on a foreign military presence", "REJECT",
          ["Maria Zakharova", "Russia"], "2025-09-04", "text", "occurred", "inakzeptabel"),
        E("Starmer hosted the first summit of the coalition in London", "CONSULT", ["Keir Starmer", "United Kingdom"],
          "2025-03", "text", "occurred", "ersten Gipfel geladen", date_mod="START", note="2 March 2025"),
        E("Russia keeps attacking Ukrainian cities almost every night", "ASSAULT", ["Russia", "Ukraine"],
          "PRESENT_REF", "vague", "occurred", "fast allnächtlich"),
        E("Putin–Zelensky meeting sought by Trump is unlikely", "CONSULT",
          ["Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"], "FUTURE_REF", "vague", "uncertain",
          "fast allnächtlich"),
    ],
    statements=[
        S("Emmanuel Macron", "26 countries committed to join a reassurance force after a ceasefire", "2025-09-04",
          "context", "Sechsundzwanzig Länder"),
        S("Volodymyr Zelensky", "The first serious concrete step in a long time", "2025-09-04", "context",
          "ersten ernsthaften konkreten Schritt"),
        S("Germany", "Will decide on its contribution once ceasefire conditions are clear", "2025-09-05",
          "published", "Regierungskreisen in Berlin"),
        S("Friedrich Merz", "Close coordination with Washington is decisive", "2025-09-04", "context",
          "enge Abstimmung mit Washington"),
        S("Giorgia Meloni", "Italy will not send soldiers but could help monitor a ceasefire", "2025-09-04",
          "context", "keine Soldaten"),
        S("Donald Trump", "Held out the prospect of US backing for the guarantees", "2025-09-04", "context",
          "telefonierten Macron"),
        S("Donald Trump", "Will speak with Putin very soon", "2025-09-03", "text", "sehr bald"),
        S("Vladimir Putin", "Any foreign troops in Ukraine would be legitimate targets", "2025-09-05", "text",
          "legitime Ziele"),
        S("Vladimir Putin", "Sees no sense in such a presence if a lasting peace is reached", "2025-09-05",
          "context", "keinen Sinn"),
        S("Maria Zakharova", "Guarantees based on a foreign military presence are unacceptable", "2025-09-04",
          "text", "inakzeptabel"),
    ],
    actors=["Emmanuel Macron", "France", "Ukraine", "Volodymyr Zelensky", "Germany", "Friedrich Merz",
            "United States", "Giorgia Meloni", "Donald Trump", "Steve Witkoff", "Rustem Umerov", "Vladimir Putin",
            "Kremlin", "Russia", "Maria Zakharova", "United Kingdom", "Keir Starmer"],
))
