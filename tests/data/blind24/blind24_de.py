"""German articles of the blind24 evaluation set (texts and gold annotations, written blind)."""

from build import E, S, T

DOCS = [
    dict(
        id="b24de01_papst_weihnachtswaffenruhe_2025_12",
        lang="de",
        published="2025-12-24",
        body="""
Papst Leo XIV. bedauert russisches Nein zur Weihnachtswaffenruhe

Vatikanstadt (KNA) Papst Leo XIV. hat mit Enttäuschung auf die Weigerung Russlands reagiert, über Weihnachten die Waffen schweigen zu lassen.
„Zu den Dingen, die mich sehr traurig machen, gehört, dass Russland die Bitte um eine Waffenruhe zu Weihnachten offenbar abgelehnt hat“, sagte das Kirchenoberhaupt am Dienstagabend vor Journalisten in Castel Gandolfo.
Er werde dennoch nicht aufhören, beide Seiten um wenigstens einen Tag des Friedens zu bitten, fügte der Papst hinzu, der die Residenz südlich von Rom seit dem Sommer wieder regelmäßig nutzt.

Der Heilige Stuhl hatte nach KNA-Informationen bereits am 15. Dezember über diplomatische Kanäle in Moskau und Kiew um eine mindestens 24-stündige Feuerpause gebeten.
Kardinalstaatssekretär Pietro Parolin trug das Anliegen demnach dem russischen Botschafter beim Heiligen Stuhl persönlich vor.
Aus Kiew kam noch am selben Tag eine Zusage, wie es im vatikanischen Staatssekretariat hieß.

Der Kreml bestätigte am Mittwoch indirekt die Absage.
Eine kurze Pause, die Kiew nur zur Neuaufstellung seiner Truppen nutzen würde, lehne Moskau ab, sagte Kremlsprecher Dmitri Peskow.
Eine Feuerpause könne es nur als Teil einer umfassenden Regelung geben, die die „Grundursachen des Konflikts“ beseitige.
Der ukrainische Außenminister Andrij Sybiha warf Moskau daraufhin vor, „selbst eine Geste der Menschlichkeit“ zu verweigern, und dankte dem Papst für seinen Einsatz.

Leo XIV. hatte den ukrainischen Präsidenten Wolodymyr Selenskyj am 9. Dezember, vor gut zwei Wochen, in Castel Gandolfo empfangen.
Bei dem rund halbstündigen Gespräch ging es nach Angaben des vatikanischen Presseamts um den Austausch von Gefangenen und die Rückkehr verschleppter ukrainischer Kinder.
Der Papst sagte dabei zu, die humanitären Bemühungen des Heiligen Stuhls fortzusetzen, und bot erneut den Vatikan als Ort für Gespräche beider Seiten an.
Noch am selben Tag traf Selenskyj in Rom Ministerpräsidentin Giorgia Meloni, nachdem er am Vortag in London und Brüssel mit europäischen Regierungschefs über den überarbeiteten US-Friedensplan beraten hatte.

Die diplomatischen Bemühungen um ein Ende des Krieges hatten in den vergangenen Wochen an Tempo gewonnen.
Mitte Dezember verhandelten US-Sondergesandter Steve Witkoff und Jared Kushner in Berlin zwei Tage lang mit Selenskyj und seinen Beratern.
Am vergangenen Wochenende trafen beide in Florida den russischen Unterhändler Kirill Dmitrijew.
Russland setzte seine Angriffe unterdessen fort: In der Nacht zum Dienstag feuerte die russische Armee nach ukrainischen Angaben mehr als 600 Drohnen und Raketen auf Energieanlagen ab.
Selenskyj sprach am Dienstag in seiner abendlichen Videoansprache von einem „Weihnachtsgruß aus Moskau“.

Parolin kündigte an, der Heilige Stuhl werde „alle Türen offenhalten“ und sich auch im neuen Jahr für humanitäre Lösungen einsetzen.
Der Papst feiert an Heiligabend um 22 Uhr die Christmette im Petersdom und spendet am ersten Weihnachtstag den Segen „Urbi et Orbi“, in dem er traditionell an die Kriegsgebiete erinnert.
""",
        timexes=[
            T("Weihnachten", "DATE", "2025-12-25"),
            T("Weihnachten", "DATE", "2025-12-25", n=1),
            T("Dienstagabend", "TIME", "2025-12-23TEV"),
            T("wenigstens einen Tag", "DURATION", "P1D", mod="EQUAL_OR_MORE"),
            T("dem Sommer", "DATE", "2025-SU"),
            T("15. Dezember", "DATE", "2025-12-15"),
            T("mindestens 24-stündige", "DURATION", "PT24H", mod="EQUAL_OR_MORE"),
            T("selben Tag", "DATE", "2025-12-15"),
            T("Mittwoch", "DATE", "2025-12-24"),
            T("9. Dezember", "DATE", "2025-12-09"),
            T("vor gut zwei Wochen", "DATE", "2025-W50", mod="APPROX"),
            T("rund halbstündigen", "DURATION", "PT30M", mod="APPROX"),
            T("selben Tag", "DATE", "2025-12-09", n=1),
            T("Vortag", "DATE", "2025-12-08"),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("Mitte Dezember", "DATE", "2025-12", mod="MID"),
            T("zwei Tage", "DURATION", "P2D"),
            T("vergangenen Wochenende", "DATE", "2025-W51-WE"),
            T("der Nacht zum Dienstag", "TIME", "2025-12-22TNI", note="night of 22 to 23 December"),
            T("Dienstag", "DATE", "2025-12-23", n=1),
            T("abendlichen", "SET", "P1D"),
            T("neuen Jahr", "DATE", "2026"),
            T("Heiligabend", "DATE", "2025-12-24"),
            T("22 Uhr", "TIME", "2025-12-24T22:00", note="Rome time (CET)"),
            T("ersten Weihnachtstag", "DATE", "2025-12-25"),
        ],
        events=[
            E("Russia rejected the Vatican's request for a Christmas ceasefire", "REJECT",
              ["Russia", "Vatican"], "2025-12-23", "context", "occurred", "offenbar abgelehnt hat",
              note="made known by the Pope on Tuesday evening; the refusal itself came earlier"),
            E("Pope will keep asking both sides for at least a day of peace", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2025-12-23TEV", "context", "occurred", "Er werde dennoch nicht aufhören"),
            E("Holy See asked Moscow and Kyiv for a ceasefire of at least 24 hours", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2025-12-15", "text", "occurred", "bereits am 15. Dezember"),
            E("Parolin put the request to the Russian ambassador to the Holy See", "CONSULT",
              ["Vatican", "Russia"], "2025-12-15", "context", "occurred", "Pietro Parolin trug das Anliegen"),
            E("Kyiv agreed to the Vatican's truce request", "AGREE",
              ["Ukraine", "Vatican"], "2025-12-15", "text", "occurred", "Aus Kiew kam noch am selben Tag"),
            E("Peskov: Moscow rejects a short pause that Kyiv would use to regroup", "REJECT",
              ["Dmitry Peskov", "Russia", "Ukraine"], "2025-12-24", "context", "occurred", "lehne Moskau ab"),
            E("Peskov: a ceasefire only as part of a settlement removing the root causes", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2025-12-24", "context", "occurred", "Grundursachen des Konflikts"),
            E("Sybiha accused Moscow of refusing even a humanitarian gesture", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2025-12-24", "context", "occurred", "Geste der Menschlichkeit"),
            E("Sybiha thanked the Pope for his efforts", "SUPPORT",
              ["Andrii Sybiha", "Vatican"], "2025-12-24", "context", "occurred", "Geste der Menschlichkeit"),
            E("Pope Leo XIV received Zelensky at Castel Gandolfo", "CONSULT",
              ["Vatican", "Volodymyr Zelensky"], "2025-12-09", "text", "occurred", "am 9. Dezember, vor gut zwei Wochen"),
            E("Pope promised to continue the Holy See's humanitarian efforts", "AGREE",
              ["Vatican", "Volodymyr Zelensky"], "2025-12-09", "context", "occurred", "Der Papst sagte dabei zu"),
            E("Pope again offered the Vatican as a venue for talks of both sides", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2025-12-09", "context", "occurred", "Der Papst sagte dabei zu"),
            E("Zelensky met Meloni in Rome", "CONSULT",
              ["Volodymyr Zelensky", "Giorgia Meloni"], "2025-12-09", "text", "occurred", "Ministerpräsidentin Giorgia Meloni"),
            E("Zelensky discussed the revised US plan with European leaders in London and Brussels", "CONSULT",
              ["Volodymyr Zelensky", "European Union"], "2025-12-08", "text", "occurred", "Ministerpräsidentin Giorgia Meloni"),
            E("Witkoff and Kushner negotiated with Zelensky in Berlin for two days", "CONSULT",
              ["Steve Witkoff", "Volodymyr Zelensky"], "2025-12", "text", "occurred", "Mitte Dezember verhandelten",
              date_mod="MID", note="14-15 December 2025"),
            E("Witkoff and Kushner met Dmitriev in Florida", "CONSULT",
              ["Steve Witkoff", "Kirill Dmitriev"], "2025-W51-WE", "text", "occurred", "Am vergangenen Wochenende trafen"),
            E("Russia fired more than 600 drones and missiles at energy facilities", "ASSAULT",
              ["Russia", "Ukraine"], "2025-12-22TNI", "text", "occurred", "mehr als 600 Drohnen"),
            E("Zelensky called the attack a 'Christmas greeting from Moscow'", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-12-23", "text", "occurred", "Weihnachtsgruß aus Moskau"),
        ],
        statements=[
            S("Vatican", "Pope disappointed at Russia's refusal of a Christmas ceasefire", "2025-12-24", "published",
              "hat mit Enttäuschung"),
            S("Vatican", "Saddened that Russia apparently rejected the request for a Christmas truce", "2025-12-23TEV",
              "text", "offenbar abgelehnt hat"),
            S("Vatican", "Will keep asking both sides for at least a day of peace", "2025-12-23TEV", "context",
              "Er werde dennoch nicht aufhören"),
            S("Vatican", "Kyiv agreed to the truce request the same day", "2025-12-24", "published",
              "Aus Kiew kam noch am selben Tag"),
            S("Kremlin", "Indirectly confirmed the refusal", "2025-12-24", "text", "Der Kreml bestätigte am Mittwoch"),
            S("Dmitry Peskov", "Moscow rejects a short pause that Kyiv would use to regroup", "2025-12-24", "context",
              "lehne Moskau ab"),
            S("Dmitry Peskov", "A ceasefire only as part of a comprehensive settlement removing the root causes",
              "2025-12-24", "context", "Grundursachen des Konflikts"),
            S("Andrii Sybiha", "Moscow refused even a gesture of humanity; thanked the Pope", "2025-12-24", "context",
              "Geste der Menschlichkeit"),
            S("Vatican", "The talk covered prisoner exchanges and the return of deported children", "2025-12-09",
              "context", "vatikanischen Presseamts"),
            S("Vatican", "Pope promised to continue humanitarian efforts and offered the Vatican as a venue",
              "2025-12-09", "context", "Der Papst sagte dabei zu"),
            S("Ukraine", "More than 600 drones and missiles fired at energy facilities", "2025-12-24", "published",
              "mehr als 600 Drohnen"),
            S("Volodymyr Zelensky", "Called the attack a 'Christmas greeting from Moscow'", "2025-12-23", "text",
              "Weihnachtsgruß aus Moskau"),
            S("Vatican", "The Holy See will keep all doors open and work for humanitarian solutions next year",
              "2025-12-24", "published", "alle Türen offenhalten"),
        ],
        actors=["Vatican", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Andrii Sybiha", "Volodymyr Zelensky",
                "Giorgia Meloni", "European Union", "United States", "Steve Witkoff", "Kirill Dmitriev"],
    ),
    dict(
        id="b24de02_eu_cluster_luxemburg_2026_06",
        lang="de",
        published="2026-06-24",
        body="""
EU öffnet erstes Verhandlungskapitel mit der Ukraine – Sybiha spricht von „historischem Abend“

Luxemburg. Nach monatelanger Blockade hat die Europäische Union am Dienstagabend im Konferenzzentrum auf Kirchberg die inhaltlichen Beitrittsverhandlungen mit der Ukraine aufgenommen.
Bei einer Regierungskonferenz eröffneten die 27 Mitgliedstaaten das erste Verhandlungscluster zu den sogenannten Grundlagen, zu denen Rechtsstaatlichkeit und Korruptionsbekämpfung gehören.
Für Kiew nahm Außenminister Andrij Sybiha teil, Präsident Wolodymyr Selenskyj war per Video zugeschaltet.
Die Europaminister hatten den Weg am Nachmittag bei ihrem Treffen einstimmig freigemacht.

Möglich wurde der Schritt, weil Ungarn in der vergangenen Woche sein Veto aufgegeben hatte.
Budapest hatte seine Zustimmung an Zusagen zu den Rechten der ungarischen Minderheit in Transkarpatien geknüpft, die das Parlament in Kiew Anfang Juni in einem Gesetz festschrieb.
Luxemburgs Außenminister Xavier Bettel (DP) sprach am Rande von einem „starken Signal an Moskau“ und erinnerte daran, dass das Großherzogtum einen zügigen Beitritt stets unterstützt habe.

Sybiha nannte die Entscheidung einen „historischen Abend für die Ukraine und für Europa“.
Selenskyj dankte den Mitgliedstaaten und versprach, die Reformen „ohne Pause“ fortzusetzen.
Die EU-Außenbeauftragte Kaja Kallas warnte Moskau davor, die Annäherung mit neuen Angriffen auf ukrainische Städte zu beantworten.

In Moskau reagierte man betont gelassen.
Ein EU-Beitritt sei das „souveräne Recht“ der Ukraine, solange es nicht um eine Mitgliedschaft in der Nato gehe, sagte Kremlsprecher Dmitri Peskow am Mittwoch.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die EU dagegen ein „militarisiertes Projekt“, das die Ukraine in den Ruin treibe.
In der Nacht zum Mittwoch griff Russland nach ukrainischen Angaben erneut die Hafenstadt Odessa mit Drohnen an; zwei Menschen wurden verletzt.

Die Ukraine hatte ihren Beitrittsantrag wenige Tage nach Kriegsbeginn im Februar 2022 gestellt und im Juni 2022 den Kandidatenstatus erhalten.
Die Beitrittsgespräche waren im Juni 2024 ebenfalls in Luxemburg formell eröffnet worden, lagen seither aber wegen des ungarischen Widerstands auf Eis.
Die Staats- und Regierungschefs der EU wollen beim Gipfel am Donnerstag und Freitag in Brüssel über weitere Militärhilfe und das 21. Sanktionspaket gegen Russland beraten.
Ein zweites Cluster zum Binnenmarkt könnte nach Einschätzung von Diplomaten noch vor Jahresende geöffnet werden.
""",
        timexes=[
            T("monatelanger", "DURATION", "PXM"),
            T("Dienstagabend", "TIME", "2026-06-23TEV"),
            T("Nachmittag", "TIME", "2026-06-23TAF"),
            T("der vergangenen Woche", "DATE", "2026-W25"),
            T("Anfang Juni", "DATE", "2026-06", mod="START"),
            T("Mittwoch", "DATE", "2026-06-24"),
            T("der Nacht zum Mittwoch", "TIME", "2026-06-23TNI", note="night of 23 to 24 June"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Juni 2022", "DATE", "2022-06"),
            T("Juni 2024", "DATE", "2024-06"),
            T("Donnerstag", "DATE", "2026-06-25"),
            T("Freitag", "DATE", "2026-06-26"),
            T("Jahresende", "DATE", "2026", mod="END"),
        ],
        events=[
            E("Intergovernmental conference opened the first negotiating cluster with Ukraine", "CONSULT",
              ["European Union", "Ukraine", "Andrii Sybiha", "Volodymyr Zelensky"], "2026-06-23TEV", "context",
              "occurred", "Bei einer Regierungskonferenz"),
            E("EU ministers unanimously cleared the way for the cluster", "AGREE",
              ["European Union", "Ukraine"], "2026-06-23TAF", "text", "occurred", "einstimmig freigemacht"),
            E("Hungary dropped its veto on Ukraine's accession talks", "CONCEDE",
              ["European Union", "Ukraine"], "2026-W25", "text", "occurred", "sein Veto aufgegeben",
              note="Hungary is not canonical"),
            E("Kyiv's parliament wrote minority rights demanded by Budapest into law", "CONCEDE",
              ["Ukraine"], "2026-06", "text", "occurred", "Transkarpatien geknüpft", date_mod="START",
              note="concession to Hungary, which is not canonical"),
            E("Sybiha praised the decision as historic", "SUPPORT",
              ["Andrii Sybiha", "European Union"], "2026-06-23TEV", "context", "occurred", "Sybiha nannte die Entscheidung"),
            E("Zelensky thanked the member states", "SUPPORT",
              ["Volodymyr Zelensky", "European Union"], "2026-06-23TEV", "context", "occurred", "Selenskyj dankte den Mitgliedstaaten"),
            E("Zelensky promised to continue reforms without pause", "AGREE",
              ["Volodymyr Zelensky", "European Union"], "2026-06-23TEV", "context", "occurred", "Selenskyj dankte den Mitgliedstaaten"),
            E("Kallas warned Moscow not to answer with new attacks on Ukrainian cities", "REQUEST",
              ["Kaja Kallas", "Russia"], "2026-06-23TEV", "context", "occurred", "Kaja Kallas warnte Moskau"),
            E("Peskov: EU accession is Ukraine's sovereign right", "SUPPORT",
              ["Dmitry Peskov", "Ukraine", "European Union"], "2026-06-24", "text", "occurred", "souveräne Recht"),
            E("Peskov: as long as it is not about NATO membership", "REQUEST",
              ["Dmitry Peskov", "Ukraine", "NATO"], "2026-06-24", "text", "occurred", "souveräne Recht"),
            E("Zakharova called the EU a militarised project ruining Ukraine", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2026-06-24", "published", "occurred", "militarisiertes Projekt"),
            E("Russian drone attack on Odesa", "ASSAULT",
              ["Russia", "Ukraine"], "2026-06-23TNI", "text", "occurred", "die Hafenstadt Odessa"),
            E("Ukraine applied for EU membership", "REQUEST",
              ["Ukraine", "European Union"], "2022-02", "text", "occurred", "ihren Beitrittsantrag"),
            E("EU granted Ukraine candidate status", "AGREE",
              ["European Union", "Ukraine"], "2022-06", "text", "occurred", "ihren Beitrittsantrag"),
            E("Accession talks formally opened in Luxembourg", "CONSULT",
              ["European Union", "Ukraine"], "2024-06", "text", "occurred", "im Juni 2024"),
            E("EU summit in Brussels", "CONSULT",
              ["European Union"], "2026-06-25", "text", "planned", "beim Gipfel am Donnerstag",
              note="Thursday and Friday, 25-26 June 2026"),
            E("EU leaders to discuss the 21st sanctions package", "SANCTION",
              ["European Union", "Russia"], "2026-06-25", "context", "planned", "beim Gipfel am Donnerstag"),
            E("EU leaders to discuss further military aid", "AID",
              ["European Union", "Ukraine"], "2026-06-25", "context", "uncertain", "beim Gipfel am Donnerstag"),
            E("Second cluster on the internal market could open before year end", "CONSULT",
              ["European Union", "Ukraine"], "2026", "text", "uncertain", "Ein zweites Cluster", date_mod="END"),
        ],
        statements=[
            S("Andrii Sybiha", "A historic evening for Ukraine and for Europe", "2026-06-23TEV", "context",
              "Sybiha nannte die Entscheidung"),
            S("Volodymyr Zelensky", "Thanked the member states, promised to continue reforms", "2026-06-23TEV",
              "context", "Selenskyj dankte den Mitgliedstaaten"),
            S("Kaja Kallas", "Warned Moscow not to answer with new attacks", "2026-06-23TEV", "context",
              "Kaja Kallas warnte Moskau"),
            S("Dmitry Peskov", "EU accession is Ukraine's sovereign right as long as NATO is not involved",
              "2026-06-24", "text", "souveräne Recht"),
            S("Maria Zakharova", "The EU is a militarised project that ruins Ukraine", "2026-06-24", "published",
              "militarisiertes Projekt"),
            S("Ukraine", "Russia attacked Odesa with drones; two injured", "2026-06-24", "published",
              "die Hafenstadt Odessa"),
        ],
        actors=["European Union", "Ukraine", "Andrii Sybiha", "Volodymyr Zelensky", "Kaja Kallas", "Russia",
                "Kremlin", "Dmitry Peskov", "NATO", "Maria Zakharova"],
    ),
    dict(
        id="b24de03_scholz_peking_xi_atomwaffen_2022_11",
        lang="de",
        published="2022-11-04",
        body="""
Kurzbesuch in Peking: Scholz holt Xis Warnung vor Atomwaffen – die Wirtschaft bleibt skeptisch

Peking/Berlin. Es war ein Besuch von nur elf Stunden, doch politisch hat Bundeskanzler Olaf Scholz (SPD) in Peking mehr erreicht, als viele in Berlin erwartet hatten.
Chinas Staats- und Parteichef Xi Jinping sprach sich bei dem Treffen am Freitag gemeinsam mit Scholz gegen die Drohung mit Atomwaffen und deren Einsatz im Ukraine-Krieg aus.
„Die internationale Gemeinschaft sollte sich gemeinsam gegen den Einsatz oder die Drohung mit Atomwaffen stellen“, zitierte das chinesische Staatsfernsehen Xi.
Scholz sagte nach dem rund dreistündigen Gespräch, er habe Xi gebeten, seinen Einfluss auf Russland geltend zu machen.

Nach der chinesischen Darstellung sicherte Xi zu, China unterstütze Deutschland und die EU dabei, „eine wichtige Rolle“ bei der Förderung von Friedensgesprächen zu spielen.
Anschließend traf Scholz Ministerpräsident Li Keqiang zu einem Gespräch über Handel und Klimaschutz.
Peking sagte dabei zu, dass in China lebende Ausländer künftig den Impfstoff von Biontech erhalten dürfen.

Begleitet wurde der Kanzler von einer Wirtschaftsdelegation, der unter anderem die Vorstandschefs von BASF, Volkswagen und Siemens angehörten.
Die Reise stand im Schatten der Entscheidung des Bundeskabinetts vom 26. Oktober, dem chinesischen Staatskonzern Cosco eine Beteiligung von 24,9 Prozent an einem Terminal im Hamburger Hafen zu erlauben.
Sechs Ministerien hatten vor dem Geschäft gewarnt, und in der Wirtschaft wächst die Sorge vor einer zu großen Abhängigkeit von China.
Frankreichs Präsident Emmanuel Macron hatte Scholz im Oktober nach Medienberichten eine gemeinsame Reise nach Peking vorgeschlagen, doch der Kanzler lehnte ab.

In Kiew wurde vor allem Xis Atom-Warnung aufmerksam registriert.
Außenminister Dmytro Kuleba nannte sie einen „wichtigen Schritt“ und forderte Peking auf, Moskau „auch öffentlich zur Vernunft zu bringen“.
Aus dem Weißen Haus hieß es, man begrüße jede Äußerung Xis, die Russland von einer nuklearen Eskalation abhalte.
Kremlsprecher Dmitri Peskow ließ den Besuch unkommentiert, bekräftigte aber, Moskau habe nie mit dem Einsatz von Atomwaffen gedroht.

Die nächste Gelegenheit zum Gespräch kommt bald: Xi wird in zehn Tagen auf Bali erstmals seit Beginn der Pandemie persönlich mit US-Präsident Joe Biden zusammentreffen.
Beim G20-Gipfel am 15. und 16. November will auch Scholz erneut mit Xi sprechen.
An der Börse wurde der Besuch gelassen aufgenommen: Der Dax schloss am Freitag mit einem Plus von 1,9 Prozent.
""",
        timexes=[
            T("elf Stunden", "DURATION", "PT11H"),
            T("Freitag", "DATE", "2022-11-04"),
            T("rund dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("26. Oktober", "DATE", "2022-10-26"),
            T("Oktober", "DATE", "2022-10", n=1),
            T("bald", "DATE", "FUTURE_REF"),
            T("zehn Tagen", "DURATION", "P10D", note="in ten days: 2022-11-14"),
            T("15.", "DATE", "2022-11-15"),
            T("16. November", "DATE", "2022-11-16"),
            T("Freitag", "DATE", "2022-11-04", n=1),
        ],
        events=[
            E("Scholz met Xi in Beijing", "CONSULT",
              ["Olaf Scholz", "Xi Jinping"], "2022-11-04", "text", "occurred", "bei dem Treffen am Freitag"),
            E("Xi and Scholz jointly opposed the threat or use of nuclear weapons in the war", "REQUEST",
              ["Xi Jinping", "Olaf Scholz", "Russia"], "2022-11-04", "text", "occurred", "bei dem Treffen am Freitag",
              note="warning not to use nuclear weapons; Russia is the implied addressee"),
            E("Scholz asked Xi to use his influence on Russia", "REQUEST",
              ["Olaf Scholz", "Xi Jinping", "Russia"], "2022-11-04", "context", "occurred", "er habe Xi gebeten"),
            E("Xi: China supports Germany and the EU playing a role in promoting peace talks", "SUPPORT",
              ["Xi Jinping", "Germany", "European Union"], "2022-11-04", "context", "occurred", "Nach der chinesischen Darstellung"),
            E("Scholz met Premier Li Keqiang", "CONSULT",
              ["Olaf Scholz", "China"], "2022-11-04", "context", "occurred", "Ministerpräsident Li Keqiang"),
            E("Beijing agreed to let foreigners in China receive the BioNTech vaccine", "AGREE",
              ["China", "Olaf Scholz"], "2022-11-04", "context", "occurred", "Peking sagte dabei zu"),
            E("German cabinet allowed Cosco a 24.9 percent stake in a Hamburg port terminal", "AGREE",
              ["Germany", "China"], "2022-10-26", "text", "occurred", "Staatskonzern Cosco",
              note="Cosco, a Chinese state company, counted as China"),
            E("Macron proposed a joint trip to Beijing", "REQUEST",
              ["Emmanuel Macron", "Olaf Scholz"], "2022-10", "text", "occurred", "eine gemeinsame Reise nach Peking"),
            E("Scholz declined Macron's proposal of a joint trip", "REJECT",
              ["Olaf Scholz", "Emmanuel Macron"], "2022-10", "context", "occurred", "eine gemeinsame Reise nach Peking"),
            E("Kuleba called Xi's nuclear warning an important step", "SUPPORT",
              ["Ukraine", "Xi Jinping"], "2022-11-04", "published", "occurred", "einen „wichtigen Schritt“"),
            E("Kuleba urged Beijing to bring Moscow to reason publicly", "REQUEST",
              ["Ukraine", "China", "Russia"], "2022-11-04", "published", "occurred", "einen „wichtigen Schritt“"),
            E("White House welcomed Xi's words against nuclear escalation", "SUPPORT",
              ["White House", "Xi Jinping"], "2022-11-04", "published", "occurred", "Aus dem Weißen Haus"),
            E("Peskov denied that Moscow ever threatened to use nuclear weapons", "REJECT",
              ["Dmitry Peskov", "Russia"], "2022-11-04", "published", "occurred", "Moskau habe nie"),
            E("Xi to meet Biden in person on Bali", "CONSULT",
              ["Xi Jinping", "Joe Biden"], "2022-11-14", "text", "planned", "in zehn Tagen auf Bali"),
            E("Scholz to talk to Xi again at the G20 summit", "CONSULT",
              ["Olaf Scholz", "Xi Jinping"], "2022-11-15", "text", "planned", "Beim G20-Gipfel",
              note="summit on 15-16 November"),
        ],
        statements=[
            S("Joint statement: Xi Jinping, Olaf Scholz", "Against the threat or use of nuclear weapons in the war",
              "2022-11-04", "text", "bei dem Treffen am Freitag"),
            S("Xi Jinping, via China", "The international community should jointly oppose the use or threat of nuclear weapons",
              "2022-11-04", "context", "zitierte das chinesische Staatsfernsehen"),
            S("Olaf Scholz", "Asked Xi to use his influence on Russia", "2022-11-04", "context", "er habe Xi gebeten"),
            S("Xi Jinping, via China", "China supports Germany and the EU playing an important role in peace talks",
              "2022-11-04", "context", "Nach der chinesischen Darstellung"),
            S("China", "Foreigners in China may receive the BioNTech vaccine", "2022-11-04", "context",
              "Peking sagte dabei zu"),
            S("Ukraine", "Xi's warning is an important step; Beijing should bring Moscow to reason publicly",
              "2022-11-04", "published", "einen „wichtigen Schritt“"),
            S("White House", "Welcomes any statement by Xi that deters Russia from nuclear escalation", "2022-11-04",
              "published", "Aus dem Weißen Haus"),
            S("Dmitry Peskov", "Moscow never threatened to use nuclear weapons", "2022-11-04", "published",
              "Moskau habe nie"),
        ],
        actors=["Olaf Scholz", "Germany", "Xi Jinping", "China", "Russia", "European Union", "Emmanuel Macron",
                "France", "Ukraine", "White House", "Kremlin", "Dmitry Peskov", "Joe Biden", "United States"],
    ),
    dict(
        id="b24de04_siegesparade_g7_leihpacht_2022_05",
        lang="de",
        published="2022-05-10",
        body="""
Putin feiert den Sieg – und der Westen rückt enger zusammen

Berlin/Moskau. Mit einer Militärparade auf dem Roten Platz hat Russland am Montag an den Sieg über Hitler-Deutschland vor 77 Jahren erinnert.
Kremlchef Wladimir Putin nutzte seine Rede für scharfe Vorwürfe: Die Nato habe an Russlands Grenzen eine „absolut inakzeptable Bedrohung“ aufgebaut, der Einsatz in der Ukraine sei eine „präventive Abwehr“ gewesen.
Eine von westlichen Geheimdiensten befürchtete Kriegserklärung oder Generalmobilmachung blieb aus.

Bereits am Sonntag hatten die Staats- und Regierungschefs der G7 in einer Videoschalte mit dem ukrainischen Präsidenten Wolodymyr Selenskyj weitere Unterstützung zugesagt.
Neben Kanzler Olaf Scholz, der den G7-Vorsitz innehat, nahmen unter anderem US-Präsident Joe Biden, Frankreichs Präsident Emmanuel Macron und der britische Premier Boris Johnson teil.
Die Gruppe verpflichtete sich, schrittweise oder sofort aus dem Import von russischem Öl auszusteigen.
Biden kündigte zudem Sanktionen gegen russische Staatssender und Führungskräfte der Gazprombank an.

Am Abend wandte sich Scholz in einer Fernsehansprache an die Bevölkerung, erst zum zweiten Mal seit seinem Amtsantritt.
Deutschland werde keine Alleingänge unternehmen und nichts tun, was die Nato zur Kriegspartei mache, sagte der Kanzler.

In Washington unterzeichnete Biden am Montag das Leih- und Pachtgesetz, das Waffenlieferungen an die Ukraine erheblich vereinfacht.
Zugleich drängte er den Kongress, ein weiteres Hilfspaket über 33 Milliarden Dollar rasch zu verabschieden.
Macron schlug am Montag in Straßburg eine „europäische politische Gemeinschaft“ vor, der auch die Ukraine angehören könnte, noch bevor sie Mitglied der EU sei.
Ein Beitritt werde realistischerweise „viele Jahre“ dauern, sagte er.

Kiew reagierte verärgert.
Präsidentenberater Mychajlo Podoljak sagte, die Ukraine brauche keine „Ersatzlösungen“, sondern im Juni den Kandidatenstatus.
Bundestagspräsidentin Bärbel Bas (SPD) war am Sonntag nach Kiew gereist und hatte dort Parlamentspräsident Ruslan Stefantschuk getroffen.
Der ukrainische Botschafter Andrij Melnyk forderte von der Bundesregierung erneut schwere Waffen und ein rasches Ende der Gasimporte aus Russland.

Während der Feiern in Moskau gingen die Kämpfe im Osten weiter.
Am Wochenende war eine Schule in Bilohoriwka im Gebiet Luhansk von einer russischen Bombe getroffen worden, nach ukrainischen Angaben kamen bis zu 60 Menschen ums Leben.
UN-Generalsekretär António Guterres zeigte sich „entsetzt“ und verlangte von den Konfliktparteien, Zivilisten zu schonen.
""",
        timexes=[
            T("Montag", "DATE", "2022-05-09"),
            T("vor 77 Jahren", "DATE", "1945"),
            T("Sonntag", "DATE", "2022-05-08"),
            T("Abend", "TIME", "2022-05-08TEV"),
            T("Montag", "DATE", "2022-05-09", n=1),
            T("Montag", "DATE", "2022-05-09", n=2),
            T("viele Jahre", "DURATION", "PXY"),
            T("Juni", "DATE", "2022-06"),
            T("Sonntag", "DATE", "2022-05-08", n=1),
            T("Wochenende", "DATE", "2022-W18-WE"),
        ],
        events=[
            E("Putin accused NATO of building an unacceptable threat at Russia's borders", "ACCUSE",
              ["Vladimir Putin", "NATO"], "2022-05-09", "context", "occurred", "inakzeptable Bedrohung"),
            E("G7 leaders held a video call with Zelensky", "CONSULT",
              ["Olaf Scholz", "Joe Biden", "Emmanuel Macron", "United Kingdom", "Volodymyr Zelensky"], "2022-05-08",
              "text", "occurred", "Bereits am Sonntag hatten", note="G7 members as named in the article"),
            E("G7 leaders promised Zelensky further support", "AGREE",
              ["Olaf Scholz", "Joe Biden", "Emmanuel Macron", "United Kingdom", "Volodymyr Zelensky"], "2022-05-08",
              "text", "occurred", "Bereits am Sonntag hatten"),
            E("G7 committed to phasing out Russian oil imports", "AGREE",
              ["Olaf Scholz", "Joe Biden", "Emmanuel Macron", "United Kingdom"], "2022-05-08", "context", "occurred",
              "Die Gruppe verpflichtete sich"),
            E("G7 phase-out of Russian oil imports", "SANCTION",
              ["Olaf Scholz", "Joe Biden", "Emmanuel Macron", "United Kingdom", "Russia"], "2022-05-08", "context",
              "planned", "Die Gruppe verpflichtete sich"),
            E("Biden announced sanctions on Russian state broadcasters and Gazprombank executives", "SANCTION",
              ["Joe Biden", "Russia"], "2022-05-08", "context", "occurred", "Führungskräfte der Gazprombank"),
            E("Biden signed the Lend-Lease Act for Ukraine", "AID",
              ["Joe Biden", "Ukraine"], "2022-05-09", "text", "occurred", "Leih- und Pachtgesetz"),
            E("Biden urged Congress to pass a further 33 billion dollar aid package", "AID",
              ["Joe Biden", "Ukraine"], "2022-05-09", "context", "planned", "33 Milliarden Dollar"),
            E("Macron proposed a European political community that Ukraine could join", "REQUEST",
              ["Emmanuel Macron", "Ukraine", "European Union"], "2022-05-09", "text", "occurred",
              "europäische politische Gemeinschaft"),
            E("Podolyak rejected 'substitute solutions'", "REJECT",
              ["Ukraine", "Emmanuel Macron"], "2022-05-09", "context", "occurred", "Ersatzlösungen"),
            E("Podolyak demanded EU candidate status in June", "REQUEST",
              ["Ukraine", "European Union"], "2022-05-09", "context", "occurred", "Ersatzlösungen"),
            E("Bundestag president Bas visited Kyiv and met Rada speaker Stefanchuk", "CONSULT",
              ["Germany", "Ukraine"], "2022-05-08", "text", "occurred", "Bärbel Bas"),
            E("Melnyk demanded heavy weapons and an end to gas imports from Germany", "REQUEST",
              ["Ukraine", "Germany"], "2022-05-10", "published", "occurred", "Andrij Melnyk"),
            E("Russian bomb hit a school in Bilohorivka", "ASSAULT",
              ["Russia", "Ukraine"], "2022-W18-WE", "text", "occurred", "Bilohoriwka", note="7 May 2022"),
            E("Guterres demanded that the parties spare civilians", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2022-05-10", "published", "occurred", "Zivilisten zu schonen"),
        ],
        statements=[
            S("Vladimir Putin", "NATO built an unacceptable threat at Russia's borders; the operation was pre-emptive",
              "2022-05-09", "context", "inakzeptable Bedrohung"),
            S("Joint statement: Olaf Scholz, Joe Biden, Emmanuel Macron, United Kingdom",
              "Promised Zelensky further support", "2022-05-08", "text", "Bereits am Sonntag hatten"),
            S("Joint statement: Olaf Scholz, Joe Biden, Emmanuel Macron, United Kingdom",
              "Committed to phase out Russian oil imports", "2022-05-08", "context", "Die Gruppe verpflichtete sich"),
            S("Joe Biden", "Announced sanctions on Russian state broadcasters and Gazprombank executives", "2022-05-08",
              "context", "Führungskräfte der Gazprombank"),
            S("Olaf Scholz", "Germany will not act alone or do anything that makes NATO a party to the war",
              "2022-05-08TEV", "context", "keine Alleingänge"),
            S("Emmanuel Macron", "Proposed a European political community that Ukraine could join", "2022-05-09",
              "text", "europäische politische Gemeinschaft"),
            S("Emmanuel Macron", "Accession would realistically take many years", "2022-05-09", "context",
              "realistischerweise"),
            S("Ukraine", "Kyiv reacted angrily", "2022-05-10", "published", "Kiew reagierte verärgert."),
            S("Ukraine", "Ukraine needs no substitute solutions but candidate status in June", "2022-05-09", "context",
              "Ersatzlösungen"),
            S("Ukraine", "Demanded heavy weapons and an end to Russian gas imports", "2022-05-10", "published",
              "Andrij Melnyk"),
            S("Ukraine", "Up to 60 people killed in the school strike", "2022-05-10", "published", "Bilohoriwka"),
            S("António Guterres", "Appalled; demanded that civilians be spared", "2022-05-10", "published",
              "Zivilisten zu schonen"),
        ],
        actors=["Russia", "Vladimir Putin", "Kremlin", "NATO", "Volodymyr Zelensky", "Ukraine", "Olaf Scholz",
                "Germany", "Joe Biden", "United States", "Emmanuel Macron", "France", "United Kingdom",
                "European Union", "António Guterres", "United Nations"],
    ),
    dict(
        id="b24de05_europaeer_weisses_haus_schutztruppe_2026_05",
        lang="de",
        published="2026-05-07",
        body="""
Europäer werben im Weißen Haus für Schutztruppe – Trump bietet Unterstützung nur aus der Luft

Berlin/Washington. Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron, der britische Premier Keir Starmer und Italiens Ministerpräsidentin Giorgia Meloni haben US-Präsident Donald Trump am Mittwoch im Weißen Haus ihren Plan für eine europäische Schutztruppe in der Ukraine vorgelegt.
Das Treffen im Oval Office dauerte nach Angaben aus Delegationskreisen knapp zwei Stunden; der ukrainische Präsident Wolodymyr Selenskyj war zeitweise telefonisch zugeschaltet.
Nach Informationen von Table.Briefings sagte Trump zu, eine solche Truppe im Fall eines Waffenstillstands mit amerikanischer Luftraumüberwachung und Aufklärung abzusichern.
Bodentruppen werde Washington aber nicht entsenden, stellte der Präsident klar.

Der Plan sieht vor, dass Frankreich und Großbritannien nach einer Waffenruhe bis zu 15.000 Soldaten in die Westukraine verlegen.
Deutschland will sich nach Angaben aus Regierungskreisen mit Luftverteidigung und Logistik beteiligen, aber keine Kampftruppen in die Ukraine schicken.
Meloni bekräftigte, Italien werde keine Soldaten entsenden, biete aber Minenräumschiffe für das Schwarze Meer an.
Starmer kündigte an, die Generalstabschefs Großbritanniens, Frankreichs, Deutschlands und der Ukraine würden sich in der kommenden Woche in London treffen, um die Pläne zu konkretisieren.

Merz sprach nach dem Treffen von einem „sehr ernsthaften, sehr guten Gespräch“.
Der Ball liege jetzt in Moskau, sagte er auf dem Rückflug nach Berlin.
Selenskyj bedankte sich am Mittwochabend bei den vier Regierungschefs und forderte verbindliche Zusagen „vor und nicht nach“ einer Waffenruhe.

Die Reaktion aus Moskau fiel erwartungsgemäß ablehnend aus.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, die Stationierung von Truppen aus Nato-Staaten in der Ukraine sei „unter keinen Umständen“ akzeptabel und würde diese zu „legitimen Zielen“ machen.
Außenminister Sergej Lawrow warf den Europäern vor, mit dem Plan die Gespräche mit Washington zu „torpedieren“.
In der Nacht zum Donnerstag griff Russland erneut die Region Charkiw an, nach Behördenangaben wurden drei Menschen getötet.

Parallel laufen die von Washington vermittelten Gespräche weiter.
US-Sondergesandter Steve Witkoff soll nach Angaben des Weißen Hauses Mitte Mai erneut nach Moskau reisen.
In Berlin wächst derweil die Debatte über eine deutsche Beteiligung.
Verteidigungsminister Boris Pistorius (SPD) sagte Table.Briefings, ein Bundestagsmandat sei „frühestens im Herbst“ denkbar.
""",
        timexes=[
            T("Mittwoch", "DATE", "2026-05-06"),
            T("knapp zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
            T("der kommenden Woche", "DATE", "2026-W20"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Mittwochabend", "TIME", "2026-05-06TEV"),
            T("Donnerstag", "DATE", "2026-05-07"),
            T("der Nacht zum Donnerstag", "TIME", "2026-05-06TNI", note="night of 6 to 7 May"),
            T("Mitte Mai", "DATE", "2026-05", mod="MID"),
            T("Herbst", "DATE", "2026-FA"),
        ],
        events=[
            E("Merz, Macron, Starmer and Meloni met Trump at the White House, Zelensky joined by phone", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni", "Donald Trump",
               "Volodymyr Zelensky"], "2026-05-06", "text", "occurred", "ihren Plan für eine europäische Schutztruppe"),
            E("European leaders presented Trump their plan for a protection force in Ukraine", "REQUEST",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni", "Donald Trump"], "2026-05-06",
              "text", "occurred", "ihren Plan für eine europäische Schutztruppe"),
            E("Trump promised US air surveillance and reconnaissance for the force after a ceasefire", "AGREE",
              ["Donald Trump", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni"], "2026-05-06",
              "context", "occurred", "Nach Informationen von Table.Briefings"),
            E("Trump ruled out sending US ground troops", "REJECT",
              ["Donald Trump", "United States", "Ukraine"], "2026-05-06", "context", "occurred", "Bodentruppen werde Washington"),
            E("France and Britain to deploy up to 15,000 soldiers to western Ukraine after a truce", "MOBILIZE",
              ["France", "United Kingdom", "Ukraine"], "2026-05-06", "context", "planned", "bis zu 15.000 Soldaten"),
            E("Germany to contribute air defence and logistics", "MOBILIZE",
              ["Germany", "Ukraine"], "2026-05-06", "context", "planned", "Deutschland will sich"),
            E("Germany will not send combat troops to Ukraine", "REJECT",
              ["Germany", "Ukraine"], "2026-05-06", "context", "occurred", "Deutschland will sich"),
            E("Meloni: Italy will not send soldiers", "REJECT",
              ["Giorgia Meloni", "Ukraine"], "2026-05-06", "context", "occurred", "Minenräumschiffe"),
            E("Meloni offered mine-clearing ships for the Black Sea", "AID",
              ["Giorgia Meloni", "Ukraine"], "2026-05-06", "context", "planned", "Minenräumschiffe"),
            E("Chiefs of staff of Britain, France, Germany and Ukraine to meet in London", "CONSULT",
              ["United Kingdom", "France", "Germany", "Ukraine"], "2026-W20", "text", "planned", "Generalstabschefs"),
            E("Zelensky thanked the four leaders", "SUPPORT",
              ["Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni"],
              "2026-05-06TEV", "text", "occurred", "Selenskyj bedankte sich am Mittwochabend"),
            E("Zelensky demanded binding commitments before a ceasefire", "REQUEST",
              ["Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni"],
              "2026-05-06TEV", "text", "occurred", "Selenskyj bedankte sich am Mittwochabend"),
            E("Peskov: troops from NATO states in Ukraine unacceptable under any circumstances", "REJECT",
              ["Dmitry Peskov", "NATO", "Ukraine"], "2026-05-07", "text", "occurred", "unter keinen Umständen"),
            E("Peskov: such troops would be legitimate targets", "THREATEN",
              ["Dmitry Peskov", "NATO"], "2026-05-07", "text", "occurred", "unter keinen Umständen"),
            E("Lavrov accused the Europeans of torpedoing the talks with Washington", "ACCUSE",
              ["Sergey Lavrov", "European Union"], "2026-05-07", "published", "occurred", "torpedieren"),
            E("Russian attack on Kharkiv region", "ASSAULT",
              ["Russia", "Ukraine"], "2026-05-06TNI", "text", "occurred", "Region Charkiw"),
            E("Witkoff to travel to Moscow again", "CONSULT",
              ["Steve Witkoff", "Russia"], "2026-05", "text", "planned", "Mitte Mai erneut nach Moskau", date_mod="MID"),
        ],
        statements=[
            S("Donald Trump", "Promised air surveillance and reconnaissance for the force after a ceasefire",
              "2026-05-06", "context", "Nach Informationen von Table.Briefings"),
            S("Donald Trump", "Washington will not send ground troops", "2026-05-06", "context",
              "Bodentruppen werde Washington"),
            S("Germany", "Germany will contribute air defence and logistics but no combat troops", "2026-05-07",
              "published", "Deutschland will sich"),
            S("Giorgia Meloni", "Italy will send no soldiers but offers mine-clearing ships", "2026-05-06", "context",
              "Minenräumschiffe"),
            S("Keir Starmer", "Chiefs of staff will meet in London next week", "2026-05-06", "context",
              "Generalstabschefs"),
            S("Friedrich Merz", "A very serious, very good conversation", "2026-05-06", "context",
              "sehr ernsthaften"),
            S("Friedrich Merz", "The ball is now in Moscow's court", "2026-05-06", "context", "Der Ball liege"),
            S("Volodymyr Zelensky", "Thanked the four leaders; binding commitments before a ceasefire",
              "2026-05-06TEV", "text", "Selenskyj bedankte sich am Mittwochabend"),
            S("Russia", "Moscow's reaction was dismissive", "2026-05-07", "published", "Die Reaktion aus Moskau"),
            S("Dmitry Peskov", "Troops from NATO states in Ukraine unacceptable; they would be legitimate targets",
              "2026-05-07", "text", "unter keinen Umständen"),
            S("Sergey Lavrov", "The Europeans want to torpedo the talks with Washington", "2026-05-07", "published",
              "torpedieren"),
            S("Ukraine", "Three people killed in the Kharkiv region", "2026-05-07", "published", "Region Charkiw"),
            S("White House", "Witkoff to travel to Moscow again in mid-May", "2026-05-07", "published",
              "Mitte Mai erneut nach Moskau"),
            S("Germany", "A Bundestag mandate is conceivable in the autumn at the earliest", "2026-05-07",
              "published", "Boris Pistorius"),
        ],
        actors=["Friedrich Merz", "Germany", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom",
                "Giorgia Meloni", "Donald Trump", "United States", "Volodymyr Zelensky", "Ukraine", "Russia",
                "Kremlin", "Dmitry Peskov", "NATO", "Sergey Lavrov", "European Union", "Steve Witkoff",
                "White House"],
    ),
    dict(
        id="b24de06_sicherheitskonferenz_harris_wang_2023_02",
        lang="de",
        published="2023-02-19",
        body="""
Sicherheitskonferenz im Bayerischen Hof: Harris wirft Russland Verbrechen gegen die Menschlichkeit vor

München. Drei Tage lang war der Bayerische Hof am Promenadeplatz wieder das Zentrum der Weltpolitik, und fast alles drehte sich um die Ukraine.
Eine offizielle russische Delegation war nicht eingeladen; Konferenzchef Christoph Heusgen hatte bewusst darauf verzichtet.

Den schärfsten Ton schlug am Samstag US-Vizepräsidentin Kamala Harris an.
„Die Vereinigten Staaten haben formell festgestellt, dass Russland Verbrechen gegen die Menschlichkeit begangen hat“, sagte Harris im vollbesetzten Saal.
Die Verantwortlichen würden zur Rechenschaft gezogen, kündigte sie an.
Vor ihrer Rede war sie mit Bundeskanzler Olaf Scholz zu einem Gespräch im Hotel zusammengekommen.

Scholz hatte die Verbündeten schon am Freitag aufgefordert, der Ukraine die zugesagten Kampfpanzer rasch zu liefern.
Frankreichs Präsident Emmanuel Macron sagte, jetzt sei nicht die Zeit für Verhandlungen, Russland dürfe diesen Krieg aber auch „nicht gewinnen“.
Der ukrainische Präsident Wolodymyr Selenskyj hatte die Konferenz per Video eröffnet, vor einem „Wettlauf gegen die Zeit“ gewarnt und von Deutschland und den USA raschere Waffenlieferungen verlangt.

Chinas oberster Außenpolitiker Wang Yi kündigte am Samstag an, Peking werde in den kommenden Tagen ein Positionspapier für eine „politische Lösung“ vorlegen.
Wang warnte die USA davor, „Öl ins Feuer zu gießen“, und kritisierte deren Sanktionen.
Am Samstagabend traf er am Rande der Konferenz US-Außenminister Antony Blinken, das erste Treffen seit dem Abschuss eines chinesischen Ballons über den USA.
Blinken drohte Peking dabei nach Angaben des US-Außenministeriums mit „Konsequenzen“, sollte China Russland mit Waffen beliefern.
Zuvor hatte Wang auch den ukrainischen Außenminister Dmytro Kuleba getroffen.

Estlands Regierungschefin Kaja Kallas schlug vor, Munitionsbestellungen für die Ukraine in der EU nach dem Vorbild der gemeinsamen Impfstoffbeschaffung zu bündeln.
Der britische Premier Rishi Sunak kündigte an, Großbritannien werde der Ukraine als erstes Land Waffen mit größerer Reichweite liefern.
Nato-Generalsekretär Jens Stoltenberg sagte, Putin plane „keinen Frieden, sondern neue Offensiven“.

Aus Moskau kam scharfe Kritik.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Konferenz eine „Propagandashow der Nato“.
Kuleba sagte dagegen, er habe in München von den Partnern „klare Signale“ für die Lieferung von Kampfjets erhalten.

Rund 4000 Polizisten sicherten die Konferenz in der Innenstadt.
Am Samstagnachmittag zogen nach Polizeiangaben etwa 10.000 Menschen bei einer Kundgebung für die Ukraine über den Odeonsplatz.
""",
        timexes=[
            T("Drei Tage", "DURATION", "P3D"),
            T("Samstag", "DATE", "2023-02-18"),
            T("Freitag", "DATE", "2023-02-17"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Samstag", "DATE", "2023-02-18", n=1),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Samstagabend", "TIME", "2023-02-18TEV"),
            T("Samstagnachmittag", "TIME", "2023-02-18TAF"),
        ],
        events=[
            E("Harris: the US has determined that Russia committed crimes against humanity", "ACCUSE",
              ["United States", "Russia"], "2023-02-18", "context", "occurred", "Verbrechen gegen die Menschlichkeit begangen"),
            E("Harris vowed that those responsible would be held to account", "THREATEN",
              ["United States", "Russia"], "2023-02-18", "context", "occurred", "zur Rechenschaft gezogen"),
            E("Harris met Scholz at the hotel", "CONSULT",
              ["United States", "Olaf Scholz"], "2023-02-18", "context", "occurred", "Vor ihrer Rede"),
            E("Scholz urged allies to deliver the promised battle tanks quickly", "REQUEST",
              ["Olaf Scholz", "Ukraine"], "2023-02-17", "text", "occurred", "schon am Freitag aufgefordert"),
            E("Macron: now is not the time for negotiations with Russia", "REJECT",
              ["Emmanuel Macron", "Russia"], "2023-02-17", "context", "occurred", "nicht die Zeit für Verhandlungen"),
            E("Zelensky demanded faster arms deliveries from Germany and the US", "REQUEST",
              ["Volodymyr Zelensky", "Germany", "United States"], "2023-02-17", "context", "occurred",
              "raschere Waffenlieferungen"),
            E("China to present a position paper for a political solution", "REQUEST",
              ["China", "Russia", "Ukraine"], "FUTURE_REF", "vague", "planned", "Positionspapier"),
            E("Wang Yi warned the US against pouring oil on the fire", "REQUEST",
              ["China", "United States"], "2023-02-18", "context", "occurred", "Öl ins Feuer"),
            E("Wang Yi criticised US sanctions", "ACCUSE",
              ["China", "United States"], "2023-02-18", "context", "occurred", "Öl ins Feuer"),
            E("Wang Yi met Blinken on the sidelines", "CONSULT",
              ["China", "Antony Blinken"], "2023-02-18TEV", "text", "occurred", "Am Samstagabend traf er"),
            E("Blinken warned Beijing of consequences if China supplied Russia with weapons", "THREATEN",
              ["Antony Blinken", "China"], "2023-02-18TEV", "context", "occurred", "mit „Konsequenzen“"),
            E("Wang Yi met Kuleba", "CONSULT",
              ["China", "Ukraine"], "2023-02-18", "context", "occurred", "Zuvor hatte Wang"),
            E("Kallas proposed pooling ammunition orders for Ukraine in the EU", "REQUEST",
              ["Kaja Kallas", "European Union"], "2023-02-19", "published", "occurred", "Munitionsbestellungen"),
            E("Sunak: Britain will be the first to supply longer-range weapons", "AID",
              ["United Kingdom", "Ukraine"], "2023-02-19", "published", "planned", "größerer Reichweite"),
            E("Stoltenberg: Putin plans new offensives, not peace", "ACCUSE",
              ["Jens Stoltenberg", "Vladimir Putin"], "2023-02-19", "published", "occurred", "keinen Frieden"),
            E("Zakharova called the conference a NATO propaganda show", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2023-02-19", "published", "occurred", "Propagandashow"),
        ],
        statements=[
            S("United States", "Struck the sharpest tone of the conference", "2023-02-18", "text",
              "Den schärfsten Ton"),
            S("United States", "The US has formally determined that Russia committed crimes against humanity",
              "2023-02-18", "context", "Verbrechen gegen die Menschlichkeit begangen"),
            S("United States", "Those responsible will be held to account", "2023-02-18", "context",
              "zur Rechenschaft gezogen"),
            S("Olaf Scholz", "Allies should deliver the promised battle tanks quickly", "2023-02-17", "text",
              "schon am Freitag aufgefordert"),
            S("Emmanuel Macron", "Now is not the time for negotiations, but Russia must not win", "2023-02-17",
              "context", "nicht die Zeit für Verhandlungen"),
            S("Volodymyr Zelensky", "A race against time; faster arms deliveries needed", "2023-02-17", "context",
              "raschere Waffenlieferungen"),
            S("China", "Beijing will present a position paper for a political solution", "2023-02-18", "text",
              "Positionspapier"),
            S("China", "Warned the US against pouring oil on the fire; criticised its sanctions", "2023-02-18",
              "context", "Öl ins Feuer"),
            S("Antony Blinken", "Warned of consequences if China arms Russia", "2023-02-18TEV", "context",
              "mit „Konsequenzen“"),
            S("Kaja Kallas", "Pool EU ammunition orders for Ukraine like the vaccine procurement", "2023-02-19",
              "published", "Munitionsbestellungen"),
            S("United Kingdom", "Britain will be the first to supply longer-range weapons", "2023-02-19", "published",
              "größerer Reichweite"),
            S("Jens Stoltenberg", "Putin plans no peace but new offensives", "2023-02-19", "published",
              "keinen Frieden"),
            S("Russia", "Sharp criticism from Moscow", "2023-02-19", "published", "Aus Moskau kam scharfe Kritik."),
            S("Maria Zakharova", "The conference is a NATO propaganda show", "2023-02-19", "published",
              "Propagandashow"),
            S("Ukraine", "Received clear signals on fighter jets from partners", "2023-02-19", "published",
              "klare Signale"),
        ],
        actors=["United States", "Russia", "Olaf Scholz", "Germany", "Ukraine", "Emmanuel Macron", "France",
                "Volodymyr Zelensky", "China", "Antony Blinken", "Kaja Kallas", "European Union", "United Kingdom",
                "Jens Stoltenberg", "NATO", "Vladimir Putin", "Maria Zakharova"],
    ),
]
