"""German articles of the blind93 set (fictionalised; written and annotated blind to the extraction code).

Theme: cyber attacks, hacking attributions and information-war diplomacy, 2022–2025.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b93de01 (Golem.de)
DE01 = """
Cyberangriff: Dutzende ukrainische Regierungswebseiten gehackt

Unbekannte haben in der Nacht zum Freitag rund 70 Webseiten ukrainischer Behörden lahmgelegt und mit einer Drohbotschaft versehen.
Die Regierung in Kiew vermutet Russland hinter dem Angriff, der Kreml bestreitet jede Beteiligung.

Betroffen waren unter anderem die Seiten des Außenministeriums, des Ministerkabinetts und des Katastrophenschutzes.
Auf den verunstalteten Seiten erschien ein Text auf Ukrainisch, Russisch und Polnisch, in dem es hieß, alle Daten seien veröffentlicht worden: „Habt Angst und erwartet das Schlimmste.“
Die meisten Seiten waren nach Angaben des ukrainischen Staatsdienstes für Sonderkommunikation bis Freitagnachmittag wieder erreichbar, persönliche Daten seien nicht abgeflossen.

Das ukrainische Außenministerium erklärte am Freitag, es sei noch zu früh für endgültige Schlüsse, es gebe aber eine „lange Liste“ russischer Cyberangriffe auf das Land.
Der Geheimdienst SBU sprach am Abend von Spuren, die zu Hackergruppen führten, die mit russischen Nachrichtendiensten verbunden seien.
Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück: Russland habe „nichts damit zu tun“, die Ukraine mache Moskau „für alles verantwortlich“.
Am Samstag meldete Microsoft, auf Dutzenden Rechnern ukrainischer Behörden sei zudem eine als Erpressungstrojaner getarnte Schadsoftware entdeckt worden, die Daten unwiederbringlich zerstöre.

Der EU-Außenbeauftragte Josep Borrell sagte am Freitag beim informellen Treffen der EU-Außenminister im französischen Brest, die EU werde „alle ihre Ressourcen mobilisieren“, um Kiew bei der Abwehr zu helfen.
Nato-Generalsekretär Jens Stoltenberg verurteilte den Angriff scharf.
Die Allianz und die Ukraine würden in den kommenden Tagen eine Vereinbarung über eine engere Cyber-Zusammenarbeit unterzeichnen, die Kiew auch Zugang zur Nato-Plattform für den Austausch von Informationen über Schadsoftware verschaffe, sagte Stoltenberg.
Das Weiße Haus teilte mit, US-Präsident Joe Biden sei über den Vorfall unterrichtet worden, Washington habe Kiew technische Hilfe angeboten.

Der Angriff fiel in eine Phase intensiver, aber bislang ergebnisloser Diplomatie.
Am Montag hatten Vertreter der USA und Russlands in Genf über Moskaus Forderungen nach Sicherheitsgarantien verhandelt, am Mittwoch tagte in Brüssel der Nato-Russland-Rat, und am Donnerstag saßen Russen und Amerikaner im Ständigen Rat der OSZE in Wien erneut an einem Tisch.
Der russische Außenminister Sergej Lawrow sagte am Freitag in Moskau, Russland habe die Geduld verloren und erwarte bis kommende Woche schriftliche Antworten der USA und der Nato auf seine Vertragsentwürfe.
An der Grenze zur Ukraine hat Russland seit November nach westlichen Schätzungen rund 100.000 Soldaten zusammengezogen.

Technisch deutet vieles darauf hin, dass die Angreifer eine bekannte Schwachstelle im Content-Management-System eines Dienstleisters ausnutzten, der zahlreiche Behördenseiten betreut.
Ein Sprecher des Bundesamts für Sicherheit in der Informationstechnik (BSI) sagte Golem.de, man beobachte die Lage genau, eine erhöhte Gefährdung für Deutschland sehe man derzeit nicht.
"""

DOCS.append(doc(
    "b93de01_ukraine_webseiten_hackerangriff_2022_01", "2022-01-15", DE01,
    [
        T("der Nacht zum Freitag", "TIME", "2022-01-13TNI", note="night to Friday 14 January 2022"),
        T("Freitagnachmittag", "TIME", "2022-01-14TAF"),
        T("Freitag", "DATE", "2022-01-14", 1),
        T("Abend", "TIME", "2022-01-14TEV"),
        T("Samstag", "DATE", "2022-01-15"),
        T("Freitag", "DATE", "2022-01-14", 2),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Montag", "DATE", "2022-01-10"),
        T("Mittwoch", "DATE", "2022-01-12"),
        T("Donnerstag", "DATE", "2022-01-13"),
        T("Freitag", "DATE", "2022-01-14", 3),
        T("kommende Woche", "DATE", "2022-W03", note="in Lavrov's words of Friday 14 January"),
        T("November", "DATE", "2021-11"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    [
        E("Cyberattack defaces about 70 Ukrainian government websites; Kyiv suspects Russia", "COERCE",
          ["Russia", "Ukraine"], "2022-01-13TNI", "text", "occurred", "Unbekannte haben in der Nacht zum Freitag",
          note="attribution is Kyiv's suspicion; Russia denies (blind81's cyberattack rule)"),
        E("Ukrainian foreign ministry points to a long list of Russian cyberattacks", "ACCUSE",
          ["Ukraine", "Russia"], "2022-01-14", "text", "occurred", "es sei noch zu früh für endgültige Schlüsse"),
        E("SBU links the attack to hacker groups tied to Russian intelligence", "ACCUSE",
          ["Ukraine", "Russia"], "2022-01-14TEV", "text", "occurred", "Der Geheimdienst SBU sprach am Abend"),
        E("Peskov denies Russian involvement", "REJECT", ["Dmitry Peskov", "Ukraine"], "2022-01-15", "published",
          "occurred", "Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück"),
        E("Peskov charges that Ukraine blames Moscow for everything", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
          "2022-01-15", "published", "occurred", "Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück"),
        E("Informal meeting of EU foreign ministers in Brest", "CONSULT", ["European Union"], "2022-01-14", "text",
          "occurred", "Der EU-Außenbeauftragte Josep Borrell sagte am Freitag"),
        E("EU pledges to mobilise all its resources to help Kyiv defend itself", "AID",
          ["European Union", "Ukraine"], "2022-01-14", "text", "planned",
          "Der EU-Außenbeauftragte Josep Borrell sagte am Freitag"),
        E("Stoltenberg condemns the attack", "ACCUSE", ["Jens Stoltenberg"], "2022-01-15", "published", "occurred",
          "Nato-Generalsekretär Jens Stoltenberg verurteilte den Angriff scharf."),
        E("NATO and Ukraine to sign an agreement on closer cyber cooperation", "AGREE", ["NATO", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "Die Allianz und die Ukraine würden in den kommenden Tagen"),
        E("Washington offers Kyiv technical help", "REQUEST", ["United States", "Ukraine"], "2022-01-15",
          "published", "occurred", "Das Weiße Haus teilte mit",
          note="an offer of help (blind44/blind57)"),
        E("US–Russian talks in Geneva on security guarantees", "CONSULT", ["United States", "Russia"], "2022-01-10",
          "text", "occurred", "Am Montag hatten Vertreter der USA und Russlands in Genf"),
        E("NATO-Russia Council in Brussels", "CONSULT", ["NATO", "Russia"], "2022-01-12", "text", "occurred",
          "Am Montag hatten Vertreter der USA und Russlands in Genf"),
        E("Russian and US delegations meet in the OSCE Permanent Council in Vienna", "CONSULT",
          ["Russia", "United States"], "2022-01-13", "text", "occurred",
          "Am Montag hatten Vertreter der USA und Russlands in Genf"),
        E("Lavrov: Russia has lost patience and expects written answers from the US and NATO by next week",
          "THREATEN", ["Sergey Lavrov", "United States", "NATO"], "2022-01-14", "text", "occurred",
          "Russland habe die Geduld verloren", note="deadline: the week of 17 January 2022"),
        E("Russia masses about 100,000 troops at the Ukrainian border since November", "MOBILIZE",
          ["Russia", "Ukraine"], "2021-11", "text", "occurred", "seit November nach westlichen Schätzungen",
          date_mod="START"),
    ],
    [
        S("Ukraine", "Too early for final conclusions, but a long list of Russian cyberattacks", "2022-01-14", "text",
          "es sei noch zu früh für endgültige Schlüsse"),
        S("Ukraine", "SBU: traces lead to hacker groups linked to Russian intelligence", "2022-01-14TEV", "text",
          "Der Geheimdienst SBU sprach am Abend"),
        S("Dmitry Peskov", "Russia has nothing to do with it; Ukraine blames Moscow for everything", "2022-01-15",
          "published", "Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück"),
        S("European Union", "Borrell: the EU will mobilise all its resources to help Kyiv", "2022-01-14", "text",
          "Der EU-Außenbeauftragte Josep Borrell sagte am Freitag"),
        S("Jens Stoltenberg", "NATO and Ukraine will sign a cyber cooperation agreement in the coming days",
          "2022-01-15", "published", "Die Allianz und die Ukraine würden in den kommenden Tagen"),
        S("White House", "Biden was briefed; Washington offered Kyiv technical help", "2022-01-15", "published",
          "Das Weiße Haus teilte mit"),
        S("Sergey Lavrov", "Russia has lost patience and expects written answers by next week", "2022-01-14",
          "text", "Russland habe die Geduld verloren"),
        S("Germany", "BSI: watching closely, no heightened threat for Germany at present", "2022-01-15", "published",
          "Ein Sprecher des Bundesamts für Sicherheit"),
    ],
    ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "European Union", "Jens Stoltenberg", "NATO", "White House",
     "Joe Biden", "United States", "Sergey Lavrov", "Germany"],
))

# ---------------------------------------------------------------- b93de02 (DWDL.de)
DE02 = """
Nach RT-DE-Verbot: Russland macht Moskauer Büro der Deutschen Welle dicht

Die Retourkutsche aus Moskau kam schnell.
Das russische Außenministerium hat am Donnerstag die Schließung des Moskauer Korrespondentenbüros der Deutschen Welle angeordnet und allen Mitarbeitenden des deutschen Auslandssenders die Akkreditierung entzogen.
Zudem leitete Moskau ein Verfahren ein, um die DW als „ausländischen Agenten“ einzustufen, und untersagte die Verbreitung ihrer Programme in Russland.
Die Maßnahmen seien die Antwort auf das Sendeverbot für den russischen Staatssender RT DE in Deutschland, teilte das Ministerium mit.

Die Kommission für Zulassung und Aufsicht der Medienanstalten (ZAK) hatte am Mittwoch die Verbreitung des deutschsprachigen Fernsehprogramms von RT DE untersagt, weil der Sender keine Rundfunklizenz besitze.
Eine serbische Lizenz, auf die sich RT DE seit dem Sendestart Mitte Dezember beruft, reiche nicht aus, hieß es zur Begründung.
RT DE kündigte an, gegen die Entscheidung zu klagen, und sendet über Satellit und Internet vorerst weiter.

Außenamtssprecherin Maria Sacharowa sprach am Donnerstagabend im Staatsfernsehen von einem „Akt der Zensur“.
Sollte Berlin seine „Hetzkampagne“ gegen russische Medien fortsetzen, werde Moskau weitere Schritte ergreifen, drohte sie.
Kremlsprecher Dmitri Peskow sagte, man habe Berlin lange vor einem solchen Schritt gewarnt und habe deshalb „keine andere Wahl“ gehabt.

In Berlin stieß die Entscheidung auf scharfe Kritik.
Regierungssprecher Steffen Hebestreit nannte das Vorgehen Moskaus am Donnerstag „nicht nachvollziehbar“ und betonte, die Zulassung von Sendern sei in Deutschland Sache staatsferner Medienanstalten, nicht der Bundesregierung.
Kulturstaatsministerin Claudia Roth (Grüne) forderte Russland auf, die Schließung des Büros umgehend rückgängig zu machen.
DW-Intendant Peter Limbourg kündigte an, mit allen rechtlichen Mitteln gegen die Maßnahmen vorzugehen.
„Wir lassen uns nicht einschüchtern, unser russischsprachiges Angebot wird es weiter geben“, sagte er gegenüber DWDL.de.
Im Moskauer Studio arbeiteten zuletzt rund 30 Menschen, darunter Korrespondentinnen, Kameraleute und Techniker.

Der Streit schwelt seit Monaten.
Im September hatte YouTube die deutschsprachigen Kanäle von RT gelöscht, Moskau drohte damals mit Vergeltung gegen deutsche Medien.
Bundeskanzler Olaf Scholz hatte das Thema nach Angaben aus Regierungskreisen bereits im Dezember in einem Telefonat mit Präsident Wladimir Putin angesprochen.
Die Medienfrage dürfte auch auf seinen anstehenden Reisen eine Rolle spielen: Am Montag trifft Scholz in Washington US-Präsident Joe Biden, Mitte Februar wird er in Kiew und in Moskau erwartet.

Der Deutsche Journalisten-Verband sprach von einem „schwarzen Tag für die Pressefreiheit“ und forderte die Bundesregierung auf, sich für die Kolleginnen und Kollegen in Moskau einzusetzen.
Für RT DE ist die Lage ebenfalls verfahren: Auch Kabelnetzbetreiber und Streamingplattformen haben das Programm inzwischen aus ihrem Angebot genommen.
"""

DOCS.append(doc(
    "b93de02_deutsche_welle_moskau_rt_de_2022_02", "2022-02-04", DE02,
    [
        T("Donnerstag", "DATE", "2022-02-03", 0),
        T("Mittwoch", "DATE", "2022-02-02"),
        T("Mitte Dezember", "DATE", "2021-12", mod="MID"),
        T("Donnerstagabend", "TIME", "2022-02-03TEV"),
        T("Donnerstag", "DATE", "2022-02-03", 1),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Monaten", "DURATION", "PXM"),
        T("September", "DATE", "2021-09"),
        T("Dezember", "DATE", "2021-12", 1),
        T("Montag", "DATE", "2022-02-07"),
        T("Mitte Februar", "DATE", "2022-02", mod="MID"),
    ],
    [
        E("Russia orders the closure of Deutsche Welle's Moscow bureau and withdraws its staff's accreditation",
          "SANCTION", ["Russia", "Germany"], "2022-02-03", "text", "occurred",
          "Das russische Außenministerium hat am Donnerstag die Schließung",
          note="the German public foreign broadcaster counts for Germany as the target"),
        E("Moscow starts a foreign-agent procedure against DW and bans its programmes in Russia", "SANCTION",
          ["Russia", "Germany"], "2022-02-03", "context", "occurred", "Zudem leitete Moskau ein Verfahren ein"),
        E("German media regulator ZAK bans the broadcasting of RT DE", "SANCTION", ["Germany", "Russia"],
          "2022-02-02", "text", "occurred", "Die Kommission für Zulassung und Aufsicht der Medienanstalten",
          note="the regulator counts for Germany, the Russian state broadcaster for Russia"),
        E("Zakharova calls the RT DE ban an act of censorship", "ACCUSE", ["Maria Zakharova", "Germany"],
          "2022-02-03TEV", "text", "occurred", "Außenamtssprecherin Maria Sacharowa sprach am Donnerstagabend"),
        E("Zakharova threatens further steps if Berlin continues its campaign against Russian media", "THREATEN",
          ["Maria Zakharova", "Germany"], "2022-02-03TEV", "context", "occurred",
          "Sollte Berlin seine „Hetzkampagne“"),
        E("Berlin calls Moscow's move incomprehensible", "ACCUSE", ["Germany", "Russia"], "2022-02-03", "text",
          "occurred", "Regierungssprecher Steffen Hebestreit nannte"),
        E("Roth demands that Russia reverse the closure", "REQUEST", ["Germany", "Russia"], "2022-02-04",
          "published", "occurred", "Kulturstaatsministerin Claudia Roth"),
        E("Moscow threatened retaliation against German media after YouTube deleted RT's channels", "THREATEN",
          ["Russia", "Germany"], "2021-09", "text", "occurred", "Im September hatte YouTube"),
        E("Scholz raised the issue in a phone call with Putin", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2021-12", "text", "occurred", "bereits im Dezember in einem Telefonat"),
        E("Scholz to meet Biden in Washington", "CONSULT", ["Olaf Scholz", "Joe Biden"], "2022-02-07", "text",
          "planned", "Am Montag trifft Scholz in Washington"),
        E("Scholz expected in Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"], "2022-02", "text", "planned",
          "Am Montag trifft Scholz in Washington", date_mod="MID"),
        E("Scholz expected in Moscow", "CONSULT", ["Olaf Scholz", "Russia"], "2022-02", "text", "planned",
          "Am Montag trifft Scholz in Washington", date_mod="MID"),
    ],
    [
        S("Russia", "The measures are the answer to the broadcasting ban on RT DE", "2022-02-03", "context",
          "Die Maßnahmen seien die Antwort"),
        S("Germany", "ZAK: a Serbian licence is not enough for RT DE", "2022-02-02", "context",
          "Eine serbische Lizenz"),
        S("Maria Zakharova", "An act of censorship", "2022-02-03TEV", "text",
          "Außenamtssprecherin Maria Sacharowa sprach am Donnerstagabend"),
        S("Maria Zakharova", "Moscow will take further steps if Berlin continues its campaign", "2022-02-03TEV",
          "context", "Sollte Berlin seine „Hetzkampagne“"),
        S("Dmitry Peskov", "Berlin was warned long ago; Moscow had no other choice", "2022-02-04", "published",
          "Kremlsprecher Dmitri Peskow sagte"),
        S("Germany", "Hebestreit: incomprehensible; licensing is for independent regulators, not the government",
          "2022-02-03", "text", "Regierungssprecher Steffen Hebestreit nannte"),
        S("Germany", "Roth: Russia must reverse the closure at once", "2022-02-04", "published",
          "Kulturstaatsministerin Claudia Roth"),
    ],
    ["Russia", "Germany", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Olaf Scholz", "Vladimir Putin",
     "Joe Biden", "United States", "Ukraine"],
))

# ---------------------------------------------------------------- b93de03 (netzpolitik.org)
DE03 = """
Kyivstar: Cyberangriff legt größten Mobilfunkanbieter der Ukraine lahm

Seit Dienstagmorgen sind Millionen Ukrainer:innen ohne Handynetz und mobiles Internet, nachdem ein massiver Cyberangriff den Mobilfunkanbieter Kyivstar lahmgelegt hat.
Das Unternehmen hat nach eigenen Angaben rund 24 Millionen Mobilfunkkund:innen, auch Banken, Kartenterminals und Teile des Luftalarmsystems hängen an seinem Netz.
Der ukrainische Geheimdienst SBU hat Ermittlungen aufgenommen und geht nach Angaben eines Sprechers einer möglichen Beteiligung russischer Geheimdienste nach.

Kyivstar-Chef Oleksandr Komarow sprach am Dienstagabend von einem Angriff, der Teile der IT-Infrastruktur zerstört habe.
Kund:innendaten seien nach bisherigem Kenntnisstand nicht abgeflossen.
Zu dem Angriff bekannte sich eine Gruppe namens Solntsepek, die ukrainische Behörden der Hackereinheit Sandworm des russischen Militärgeheimdienstes GRU zurechnen.
In der Region Sumy fiel das Luftalarmsystem zeitweise aus, weil die Sirenen dort über das Kyivstar-Netz angesteuert werden.

Der Leiter der Cyberabteilung des SBU, Illja Witjuk, sagte am Mittwoch, die Spuren führten „mit hoher Wahrscheinlichkeit“ zu russischen Militärhackern.
Die Angreifer seien nach seinen Erkenntnissen bereits seit Mai im Netz des Unternehmens gewesen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch auf Nachfrage, er habe dazu „keine Informationen“.
Digitalminister Mychajlo Fedorow versprach, das Netz solle bis Ende der Woche vollständig wiederhergestellt sein.

Präsident Wolodymyr Selenskyj war zum Zeitpunkt des Angriffs in Washington, wo er am Dienstag mit US-Präsident Joe Biden zusammentraf und im Kongress um weitere Militärhilfe warb.
Biden sagte nach dem Treffen, er werde die Ukraine „so lange wie möglich“ unterstützen, und gab weitere 200 Millionen Dollar aus Beständen des Pentagons frei.
Die EU-Kommission bot Kyjiw am Mittwoch Unterstützung bei der forensischen Analyse des Angriffs an.
Am Donnerstag beraten die Staats- und Regierungschefs der EU in Brüssel über die Aufnahme von Beitrittsverhandlungen mit der Ukraine.
Ungarns Ministerpräsident Viktor Orbán droht mit einem Veto.

Der Angriff zeigt, wie verwundbar zivile Kommunikationsinfrastruktur im Krieg ist.
Digitalrechte-Organisationen mahnen seit Jahren, dass Telekommunikationsnetze nicht nur gegen Angriffe von außen, sondern auch gegen den Missbrauch durch staatliche Stellen abgesichert werden müssen.
Wir haben beim Bundesinnenministerium nachgefragt, ob deutsche Netzbetreiber gefährdet sind.
Eine konkrete Bedrohung liege derzeit nicht vor, man stehe aber in engem Austausch mit den Unternehmen, antwortete eine Sprecherin.
"""

DOCS.append(doc(
    "b93de03_kyivstar_cyberangriff_2023_12", "2023-12-13", DE03,
    [
        T("Dienstagmorgen", "TIME", "2023-12-12TMO"),
        T("Dienstagabend", "TIME", "2023-12-12TEV"),
        T("Mittwoch", "DATE", "2023-12-13", 0),
        T("Mai", "DATE", "2023-05"),
        T("Mittwoch", "DATE", "2023-12-13", 1),
        T("Ende der Woche", "DATE", "2023-W50", mod="END"),
        T("Dienstag", "DATE", "2023-12-12"),
        T("Mittwoch", "DATE", "2023-12-13", 2),
        T("Donnerstag", "DATE", "2023-12-14"),
        T("Jahren", "DURATION", "PXY"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    [
        E("Cyberattack knocks out Kyivstar, Ukraine's largest mobile operator", "COERCE", ["Russia", "Ukraine"],
          "2023-12-12TMO", "text", "occurred", "Seit Dienstagmorgen sind Millionen",
          note="attribution to Russian military intelligence is Ukraine's (blind81's cyberattack rule)"),
        E("SBU's cyber chief: traces lead to Russian military hackers", "ACCUSE", ["Ukraine", "Russia"],
          "2023-12-13", "text", "occurred", "Der Leiter der Cyberabteilung des SBU"),
        E("Zelensky meets Biden in Washington", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2023-12-12",
          "text", "occurred", "Präsident Wolodymyr Selenskyj war zum Zeitpunkt des Angriffs"),
        E("Zelensky asks Congress for more military aid", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "2023-12-12", "text", "occurred", "Präsident Wolodymyr Selenskyj war zum Zeitpunkt des Angriffs"),
        E("Biden promises to support Ukraine as long as possible", "AGREE", ["Joe Biden", "Ukraine"], "2023-12-12",
          "context", "occurred", "Biden sagte nach dem Treffen"),
        E("Biden releases a further 200 million dollars from Pentagon stocks", "AID", ["Joe Biden", "Ukraine"],
          "2023-12-12", "context", "occurred", "Biden sagte nach dem Treffen"),
        E("EU Commission offers Kyiv help with the forensic analysis", "REQUEST", ["European Union", "Ukraine"],
          "2023-12-13", "text", "occurred", "Die EU-Kommission bot Kyjiw am Mittwoch",
          note="an offer of help (blind44/blind57)"),
        E("EU leaders to discuss opening accession talks with Ukraine", "CONSULT", ["European Union"], "2023-12-14",
          "text", "planned", "Am Donnerstag beraten die Staats- und Regierungschefs"),
        E("Orbán threatens a veto", "THREATEN", ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-13",
          "published", "occurred", "Ungarns Ministerpräsident Viktor Orbán droht mit einem Veto."),
    ],
    [
        S("Ukraine", "SBU investigates possible involvement of Russian intelligence services", "2023-12-13",
          "published", "Der ukrainische Geheimdienst SBU hat Ermittlungen aufgenommen"),
        S("Ukraine", "Witjuk: traces very probably lead to Russian military hackers", "2023-12-13", "text",
          "Der Leiter der Cyberabteilung des SBU"),
        S("Ukraine", "Witjuk: the attackers were in the network since May", "2023-12-13", "context",
          "Die Angreifer seien nach seinen Erkenntnissen"),
        S("Dmitry Peskov", "Has no information on the attack", "2023-12-13", "text",
          "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
        S("Ukraine", "Fedorov: the network will be fully restored by the end of the week", "2023-12-13", "published",
          "Digitalminister Mychajlo Fedorow versprach"),
        S("Joe Biden", "Will support Ukraine as long as possible", "2023-12-12", "context",
          "Biden sagte nach dem Treffen"),
        S("Germany", "Interior ministry: no concrete threat to German operators at present", "2023-12-13",
          "published", "Eine konkrete Bedrohung liege derzeit nicht vor"),
    ],
    ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Joe Biden", "United States",
     "European Union", "Viktor Orbán", "Germany"],
))

# ---------------------------------------------------------------- b93de04 (kress news)
DE04 = """
Russland sperrt 81 EU-Medien – auch „Spiegel“, „Zeit“ und FAZ betroffen

Russland hat am Dienstag den Zugang zu 81 Medien aus EU-Staaten gesperrt, darunter die Angebote von „Spiegel“, „Zeit“ und „Frankfurter Allgemeiner Zeitung“.
Das Moskauer Außenministerium begründete den Schritt als Antwort auf das Verbreitungsverbot, das die EU gegen vier russische Medien verhängt hat.
Auf der Liste stehen auch der ORF, „Le Monde“, „El País“ und die „Repubblica“.

Die EU-Staaten hatten am 17. Mai beschlossen, die Verbreitung von RIA Nowosti, „Iswestija“, „Rossijskaja Gaseta“ und der Plattform „Voice of Europe“ in der Union zu untersagen.
Das Verbot gilt seit Dienstag.
Brüssel wirft den vier Medien vor, Teil der Kriegspropaganda des Kremls zu sein und gezielt Desinformation zu verbreiten.

Man habe Brüssel „wiederholt und auf verschiedenen Ebenen“ vor politisch motivierten Verboten russischer Medien gewarnt, hieß es in der Erklärung des Außenministeriums.
Sollte die EU ihre Beschränkungen aufheben, werde Moskau seine Entscheidung überprüfen.
Sprecherin Maria Sacharowa warf den betroffenen Redaktionen am Mittwoch vor, „systematisch Falschinformationen“ über den Krieg zu verbreiten, und nannte das Vorgehen der EU „Zensur in Reinform“.
Kremlsprecher Dmitri Peskow sagte, die Verantwortung für die Eskalation liege allein bei Brüssel.

Ein Sprecher des EU-Außenbeauftragten Josep Borrell verurteilte die Sperre am Mittwoch als „weiteren Versuch, den Zugang zu unabhängigen Informationen zu blockieren“.
Das EU-Verbot betreffe nur Medien unter direkter oder indirekter Kontrolle der russischen Führung und hindere deren Journalisten nicht an der Arbeit in Europa, sagte er.
Die Bundesregierung bezeichnete die Liste am Mittwoch in der Regierungspressekonferenz als „Ausdruck der Angst vor freier Berichterstattung“.

In den Redaktionen sorgte die Sperre eher für Achselzucken.
„Spiegel“-Chefredakteur Dirk Kurbjuweit sagte kress, man werde weiter über Russland berichten, „mit den Mitteln, die uns bleiben“.
Die meisten westlichen Medien hatten ihre Korrespondentinnen und Korrespondenten schon nach dem Gesetz gegen angebliche „Falschnachrichten“ vom März 2022 aus Moskau abgezogen oder ihre Arbeit dort eingeschränkt.
Viele der gesperrten Angebote waren in Russland ohnehin seit dem Frühjahr 2022 nur noch über VPN-Dienste erreichbar.

Die Sperre folgt auf einen weiteren Schritt Brüssels: Am Montag hatten die EU-Außenminister in Luxemburg das 14. Sanktionspaket gegen Russland beschlossen, das erstmals auch das Umladen russischen Flüssiggases in EU-Häfen verbietet.
Am Donnerstag und Freitag kommen die Staats- und Regierungschefs der EU in Brüssel zum Gipfel zusammen.
Der ukrainische Präsident Wolodymyr Selenskyj soll dort mit der EU eine Vereinbarung über Sicherheitszusagen unterzeichnen.
"""

DOCS.append(doc(
    "b93de04_russland_sperrt_eu_medien_2024_06", "2024-06-26", DE04,
    [
        T("Dienstag", "DATE", "2024-06-25", 0),
        T("17. Mai", "DATE", "2024-05-17"),
        T("Dienstag", "DATE", "2024-06-25", 1),
        T("Mittwoch", "DATE", "2024-06-26", 0),
        T("Mittwoch", "DATE", "2024-06-26", 1),
        T("Mittwoch", "DATE", "2024-06-26", 2),
        T("März 2022", "DATE", "2022-03"),
        T("dem Frühjahr 2022", "DATE", "2022-SP"),
        T("Montag", "DATE", "2024-06-24"),
        T("Donnerstag", "DATE", "2024-06-27"),
        T("Freitag", "DATE", "2024-06-28"),
    ],
    [
        E("Russia blocks access to 81 media outlets from EU states", "SANCTION", ["Russia", "European Union"],
          "2024-06-25", "text", "occurred", "Russland hat am Dienstag den Zugang zu 81 Medien"),
        E("EU decides to ban the distribution of four Russian media outlets", "SANCTION",
          ["European Union", "Russia"], "2024-05-17", "text", "occurred", "Die EU-Staaten hatten am 17. Mai",
          note="in force since Tuesday 25 June 2024; not annotated as a second event"),
        E("Brussels charges the four outlets with being part of the Kremlin's war propaganda", "ACCUSE",
          ["European Union", "Kremlin"], "2024-06-26", "published", "occurred",
          "Brüssel wirft den vier Medien vor", note="standing charge, dated published (blind34)"),
        E("Moscow offers to review its decision if the EU lifts its restrictions", "REQUEST",
          ["Russia", "European Union"], "2024-06-25", "context", "occurred",
          "Sollte die EU ihre Beschränkungen aufheben"),
        E("Zakharova accuses the outlets of spreading false information and calls the EU ban censorship",
          "ACCUSE", ["Maria Zakharova", "European Union"], "2024-06-26", "text", "occurred",
          "Sprecherin Maria Sacharowa warf"),
        E("Peskov blames Brussels for the escalation", "ACCUSE", ["Dmitry Peskov", "European Union"], "2024-06-26",
          "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
        E("EU condemns the block as an attempt to restrict access to independent information", "ACCUSE",
          ["European Union", "Russia"], "2024-06-26", "text", "occurred",
          "Ein Sprecher des EU-Außenbeauftragten Josep Borrell verurteilte"),
        E("Berlin calls the list an expression of fear of free reporting", "ACCUSE", ["Germany", "Russia"],
          "2024-06-26", "text", "occurred", "Die Bundesregierung bezeichnete die Liste"),
        E("EU foreign ministers adopt the 14th sanctions package", "SANCTION", ["European Union", "Russia"],
          "2024-06-24", "text", "occurred", "Am Montag hatten die EU-Außenminister in Luxemburg"),
        E("EU summit in Brussels", "CONSULT", ["European Union"], "2024-06-27", "text", "planned",
          "Am Donnerstag und Freitag kommen die Staats- und Regierungschefs", note="27–28 June 2024"),
        E("Zelensky to sign security commitments with the EU", "AGREE", ["Volodymyr Zelensky", "European Union"],
          "2024-06-27", "context", "planned", "Der ukrainische Präsident Wolodymyr Selenskyj soll dort",
          note="at the summit of 27–28 June; the day of signing is not given"),
    ],
    [
        S("Russia", "The block answers the EU's ban on four Russian media", "2024-06-25", "context",
          "Das Moskauer Außenministerium begründete den Schritt"),
        S("European Union", "The four outlets are part of the Kremlin's war propaganda", "2024-06-26", "published",
          "Brüssel wirft den vier Medien vor"),
        S("Russia", "Brussels was warned repeatedly against politically motivated bans", "2024-06-25", "context",
          "Man habe Brüssel „wiederholt"),
        S("Russia", "Moscow will review its decision if the EU lifts its restrictions", "2024-06-25", "context",
          "Sollte die EU ihre Beschränkungen aufheben"),
        S("Maria Zakharova", "The outlets spread false information; the EU ban is censorship", "2024-06-26", "text",
          "Sprecherin Maria Sacharowa warf"),
        S("Dmitry Peskov", "Responsibility for the escalation lies with Brussels alone", "2024-06-26", "published",
          "Kremlsprecher Dmitri Peskow sagte"),
        S("European Union", "The block is another attempt to restrict access to independent information",
          "2024-06-26", "text", "Ein Sprecher des EU-Außenbeauftragten Josep Borrell verurteilte"),
        S("European Union", "The ban only concerns media controlled by the Russian leadership", "2024-06-26",
          "context", "Das EU-Verbot betreffe nur Medien"),
        S("Germany", "The list expresses fear of free reporting", "2024-06-26", "text",
          "Die Bundesregierung bezeichnete die Liste"),
    ],
    ["Russia", "European Union", "Kremlin", "Maria Zakharova", "Dmitry Peskov", "Germany", "Volodymyr Zelensky",
     "Ukraine"],
))

# ---------------------------------------------------------------- b93de05 (futurezone.at)
DE05 = """
EU bestraft erstmals Desinformation: Sanktionen gegen GRU-Einheit und „Doppelgänger“-Macher

Die EU hat erstmals Sanktionen wegen hybrider Angriffe und Desinformationskampagnen gegen Russland verhängt.
Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag in Brüssel Einreiseverbote und Vermögenssperren gegen 16 Personen und drei Organisationen.
Grundlage ist ein eigener Sanktionsrahmen für „destabilisierende Aktivitäten“ Russlands, den die EU im Oktober geschaffen hatte.

Auf der Liste steht die Einheit 29155 des russischen Militärgeheimdienstes GRU, der die EU Cyberangriffe auf Regierungsstellen in mehreren Mitgliedstaaten sowie Sabotageakte zur Last legt.
Sanktioniert wurde auch die Moskauer Social Design Agency, die hinter der Kampagne „Doppelgänger“ stehen soll.
Diese Kampagne ahmte seit 2022 die Webseiten bekannter Medien wie „Spiegel“, „Bild“ oder „Le Monde“ nach und verbreitete in der EU gefälschte Artikel gegen die Unterstützung der Ukraine.
Auch Personen, die sich nach Angaben des Rates in die Wahlen in Moldau eingemischt haben, sowie der Sender Afrique Média aus Kamerun stehen auf der Liste.

Die neue EU-Außenbeauftragte Kaja Kallas sagte nach dem Treffen, Russlands hybride Angriffe seien „eine echte Bedrohung für unsere Sicherheit“.
Solche Angriffe würden „nicht unbeantwortet bleiben“, fügte die frühere estnische Regierungschefin hinzu.
Zugleich beschlossen die Minister das 15. Sanktionspaket, das vor allem weitere Tanker der russischen Schattenflotte trifft.

Außenminister Alexander Schallenberg (ÖVP) sprach von einem „überfälligen Signal“, auch Österreich sei Ziel russischer Desinformation.
Die Direktion Staatsschutz und Nachrichtendienst (DSN) warnt seit Monaten vor koordinierten Einflussversuchen in sozialen Netzwerken.

Die russische Vertretung bei der EU nannte die Sanktionen am Dienstag „rechtswidrig“ und kündigte eine Antwort an.
Außenamtssprecherin Maria Sacharowa sprach von „antirussischer Hysterie“.
Kremlsprecher Dmitri Peskow sagte, Moskau habe mit Desinformationskampagnen „nichts zu tun“.
Der ukrainische Außenminister Andrij Sybiha begrüßte die Entscheidung und forderte die EU auf, auch gegen Kreml-Propagandisten in Drittstaaten vorzugehen.

Bereits im Juni hatte die EU erstmals Cyber-Sanktionen gegen sechs russische Hacker verhängt, die unter anderem an Angriffen auf ukrainische Behörden beteiligt gewesen sein sollen.
Beim EU-Gipfel am Donnerstag will Kallas die Staats- und Regierungschefs auf ein 16. Paket einstimmen, das bis zum 24. Februar stehen soll, dem dritten Jahrestag des Kriegs.

Wie wirksam Sanktionen gegen Desinformation sind, ist unter Fachleuten umstritten.
Die Betreiber von „Doppelgänger“ registrierten nach Angaben von Forschenden laufend neue Domains, sobald alte gesperrt wurden, und wichen zuletzt verstärkt auf kurzlebige Konten auf X und TikTok aus.
"""

DOCS.append(doc(
    "b93de05_eu_hybrid_sanktionen_doppelgaenger_2024_12", "2024-12-17", DE05,
    [
        T("Montag", "DATE", "2024-12-16"),
        T("Oktober", "DATE", "2024-10"),
        T("2022", "DATE", "2022"),
        T("Monaten", "DURATION", "PXM"),
        T("Dienstag", "DATE", "2024-12-17"),
        T("Juni", "DATE", "2024-06"),
        T("Donnerstag", "DATE", "2024-12-19"),
        T("24. Februar", "DATE", "2025-02-24"),
        T("zuletzt", "DATE", "PAST_REF"),
    ],
    [
        E("EU foreign ministers impose the first hybrid-threat sanctions on 16 persons and three entities",
          "SANCTION", ["European Union", "Russia"], "2024-12-16", "text", "occurred",
          "Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag"),
        E("EU created a sanctions framework for Russia's destabilising activities", "SANCTION",
          ["European Union", "Russia"], "2024-10", "text", "occurred", "Grundlage ist ein eigener Sanktionsrahmen"),
        E("EU charges GRU unit 29155 with cyberattacks and sabotage", "ACCUSE", ["European Union", "Russia"],
          "2024-12-16", "context", "occurred", "Auf der Liste steht die Einheit 29155"),
        E("The Doppelgänger campaign spreads fake articles in the EU since 2022", "COERCE",
          ["Russia", "European Union"], "2022", "text", "occurred", "Diese Kampagne ahmte seit 2022",
          date_mod="START", note="attribution to a Russian agency is the EU's (blind81's disinformation rule)"),
        E("Kallas calls Russia's hybrid attacks a real threat to security", "ACCUSE", ["Kaja Kallas", "Russia"],
          "2024-12-16", "context", "occurred", "Die neue EU-Außenbeauftragte Kaja Kallas sagte nach dem Treffen"),
        E("Kallas: such attacks will not go unanswered", "THREATEN", ["Kaja Kallas", "Russia"], "2024-12-16",
          "context", "occurred", "Solche Angriffe würden „nicht unbeantwortet bleiben“"),
        E("EU adopts the 15th sanctions package against the shadow fleet", "SANCTION", ["European Union", "Russia"],
          "2024-12-16", "context", "occurred", "Zugleich beschlossen die Minister das 15. Sanktionspaket"),
        E("Russia's EU mission calls the sanctions unlawful", "ACCUSE", ["Russia", "European Union"], "2024-12-17",
          "text", "occurred", "Die russische Vertretung bei der EU nannte"),
        E("Russia's EU mission announces a response", "THREATEN", ["Russia", "European Union"], "2024-12-17",
          "text", "occurred", "Die russische Vertretung bei der EU nannte"),
        E("Zakharova speaks of anti-Russian hysteria", "ACCUSE", ["Maria Zakharova", "European Union"],
          "2024-12-17", "published", "occurred", "Außenamtssprecherin Maria Sacharowa sprach"),
        E("Peskov denies that Moscow runs disinformation campaigns", "REJECT", ["Dmitry Peskov", "European Union"],
          "2024-12-17", "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
        E("Sybiha welcomes the EU decision", "SUPPORT", ["Andrii Sybiha", "European Union"], "2024-12-17",
          "published", "occurred", "Der ukrainische Außenminister Andrij Sybiha begrüßte"),
        E("Sybiha asks the EU to act against Kremlin propagandists in third countries", "REQUEST",
          ["Andrii Sybiha", "European Union"], "2024-12-17", "published", "occurred",
          "Der ukrainische Außenminister Andrij Sybiha begrüßte"),
        E("EU imposed its first cyber sanctions on six Russian hackers", "SANCTION", ["European Union", "Russia"],
          "2024-06", "text", "occurred", "Bereits im Juni hatte die EU"),
        E("EU summit on Thursday", "CONSULT", ["European Union", "Kaja Kallas"], "2024-12-19", "text", "planned",
          "Beim EU-Gipfel am Donnerstag"),
        E("A 16th sanctions package to be ready by 24 February", "SANCTION", ["European Union", "Russia"],
          "2025-02-24", "text", "planned", "Beim EU-Gipfel am Donnerstag"),
    ],
    [
        S("European Union", "GRU unit 29155 is responsible for cyberattacks and sabotage in member states",
          "2024-12-16", "context", "Auf der Liste steht die Einheit 29155"),
        S("European Union", "Council: the listed persons interfered in Moldova's elections", "2024-12-16",
          "context", "Auch Personen, die sich nach Angaben des Rates"),
        S("Kaja Kallas", "Russia's hybrid attacks are a real threat to our security", "2024-12-16", "context",
          "Die neue EU-Außenbeauftragte Kaja Kallas sagte nach dem Treffen"),
        S("Kaja Kallas", "Such attacks will not go unanswered", "2024-12-16", "context",
          "Solche Angriffe würden „nicht unbeantwortet bleiben“"),
        S("Russia", "The sanctions are unlawful; a response will follow", "2024-12-17", "text",
          "Die russische Vertretung bei der EU nannte"),
        S("Maria Zakharova", "Anti-Russian hysteria", "2024-12-17", "published",
          "Außenamtssprecherin Maria Sacharowa sprach"),
        S("Dmitry Peskov", "Moscow has nothing to do with disinformation campaigns", "2024-12-17", "published",
          "Kremlsprecher Dmitri Peskow sagte"),
        S("Andrii Sybiha", "Welcomes the decision; the EU should act against propagandists in third countries",
          "2024-12-17", "published", "Der ukrainische Außenminister Andrij Sybiha begrüßte"),
    ],
    ["European Union", "Russia", "Kaja Kallas", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Andrii Sybiha",
     "Ukraine"],
))

# ---------------------------------------------------------------- b93de06 (Security-Insider)
DE06 = """
Gemeinsame Warnung: GRU-Hacker spähen Logistikfirmen mit Ukraine-Bezug aus

Sicherheitsbehörden aus elf westlichen Staaten warnen vor einer seit 2022 laufenden Spionagekampagne des russischen Militärgeheimdienstes GRU gegen Logistik- und Technologieunternehmen.
In einer am Mittwoch veröffentlichten gemeinsamen Analyse machen die US-Behörden NSA, FBI und CISA, das BSI, das Bundesamt für Verfassungsschutz und der Bundesnachrichtendienst sowie Partnerbehörden aus Großbritannien, Frankreich, Polen und weiteren Staaten die GRU-Einheit 26165 verantwortlich, die auch als APT28 oder Fancy Bear bekannt ist.

Ziel der Angreifer seien Firmen, die an Koordination, Transport und Lieferung von Hilfsgütern an die Ukraine beteiligt sind, darunter Unternehmen aus Luftfahrt, Schifffahrt und Bahnverkehr.
Die Hacker nutzten demnach Spear-Phishing, das massenhafte Durchprobieren von Passwörtern und Schwachstellen in Outlook sowie in Roundcube-Webmail-Servern.
Zudem hätten sie sich Zugang zu rund 10.000 internetfähigen Kameras verschafft, etwa an Grenzübergängen und Bahnhöfen, um Transporte in die Ukraine zu beobachten.
Vier Fünftel der Kameras stehen in der Ukraine, die übrigen vor allem in Rumänien, Polen und Ungarn.

BfV-Vizepräsident Sinan Selen sagte, die Kampagne ziele darauf, Lieferwege auszuspähen und die Unterstützung der Ukraine zu sabotieren.
Bundesinnenminister Alexander Dobrindt (CSU) sprach am Mittwochabend von einem „direkten Angriff auf die Unterstützung unserer Partner“.
Das BSI rief Unternehmen auf, ihre Systeme auf die veröffentlichten Indikatoren zu prüfen und Zugangsdaten zurückzusetzen.

Die russische Botschaft in Berlin wies die Vorwürfe am Donnerstag als „unbegründet“ zurück und sprach von einer „antirussischen Kampagne“.
Kremlsprecher Dmitri Peskow sagte, ihm seien „keine solchen Aktivitäten bekannt“.

Die Warnung fällt in eine Phase intensiver Diplomatie.
Am Montag hatte US-Präsident Donald Trump zwei Stunden lang mit Kremlchef Wladimir Putin telefoniert.
Russland und die Ukraine würden „sofort“ Verhandlungen über eine Waffenruhe aufnehmen, schrieb Trump anschließend.
Am Dienstag beschloss die EU ihr 17. Sanktionspaket und listete zugleich 21 Personen und sechs Organisationen wegen hybrider Bedrohungen und Desinformation.
Beim ersten direkten Treffen russischer und ukrainischer Unterhändler seit drei Jahren hatten beide Seiten am Freitag vergangener Woche in Istanbul den Austausch von je 1000 Gefangenen vereinbart.

Für IT-Verantwortliche in der Logistikbranche bedeutet die Warnung vor allem eines: Mehr-Faktor-Authentifizierung konsequent einsetzen, Webmail-Server patchen und IP-Kameras nicht ungeschützt ins Netz hängen.
Die vollständige Liste der Indikatoren ist auf der Webseite des BSI abrufbar.
"""

DOCS.append(doc(
    "b93de06_gru_logistik_warnung_2025_05", "2025-05-22", DE06,
    [
        T("2022", "DATE", "2022"),
        T("Mittwoch", "DATE", "2025-05-21"),
        T("Mittwochabend", "TIME", "2025-05-21TEV"),
        T("Donnerstag", "DATE", "2025-05-22"),
        T("Montag", "DATE", "2025-05-19"),
        T("zwei Stunden", "DURATION", "PT2H"),
        T("Dienstag", "DATE", "2025-05-20"),
        T("drei Jahren", "DURATION", "P3Y"),
        T("Freitag vergangener Woche", "DATE", "2025-05-16"),
    ],
    [
        E("GRU espionage campaign against logistics and technology firms supplying Ukraine since 2022", "COERCE",
          ["Russia", "Ukraine"], "2022", "text", "occurred", "Sicherheitsbehörden aus elf westlichen Staaten",
          date_mod="START", note="attribution is the advisory's (blind81's cyberattack rule)"),
        E("Joint advisory attributes the campaign to GRU unit 26165", "ACCUSE",
          ["United States", "Germany", "United Kingdom", "France", "Poland", "Russia"], "2025-05-21", "text",
          "occurred", "In einer am Mittwoch veröffentlichten gemeinsamen Analyse"),
        E("Dobrindt calls the campaign a direct attack on support for Germany's partners", "ACCUSE",
          ["Germany", "Russia"], "2025-05-21TEV", "text", "occurred", "Bundesinnenminister Alexander Dobrindt"),
        E("Russian embassy rejects the allegations as unfounded", "REJECT", ["Russia", "Germany"], "2025-05-22",
          "text", "occurred", "Die russische Botschaft in Berlin wies die Vorwürfe"),
        E("Russian embassy speaks of an anti-Russian campaign", "ACCUSE", ["Russia", "Germany"], "2025-05-22",
          "text", "occurred", "Die russische Botschaft in Berlin wies die Vorwürfe"),
        E("Peskov: no such activities known", "REJECT", ["Dmitry Peskov", "United States", "Germany"], "2025-05-22",
          "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-05-19", "text", "occurred",
          "Am Montag hatte US-Präsident Donald Trump"),
        E("Russia and Ukraine to start ceasefire negotiations", "CONSULT", ["Russia", "Ukraine"], "2025-05-22",
          "published", "planned", "Russland und die Ukraine würden „sofort“",
          note="announced by Trump after the call; no date given"),
        E("EU adopts its 17th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-05-20", "text",
          "occurred", "Am Dienstag beschloss die EU"),
        E("EU lists 21 persons and six entities over hybrid threats and disinformation", "SANCTION",
          ["European Union", "Russia"], "2025-05-20", "text", "occurred", "Am Dienstag beschloss die EU"),
        E("First direct Russian–Ukrainian talks in three years in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2025-05-16", "text", "occurred", "Beim ersten direkten Treffen russischer und ukrainischer"),
        E("Russia and Ukraine agree to exchange 1,000 prisoners each", "AGREE", ["Russia", "Ukraine"], "2025-05-16",
          "text", "occurred", "Beim ersten direkten Treffen russischer und ukrainischer"),
    ],
    [
        S("Joint statement: United States, Germany, United Kingdom, France, Poland",
          "GRU unit 26165 is behind the espionage campaign", "2025-05-21", "text",
          "In einer am Mittwoch veröffentlichten gemeinsamen Analyse"),
        S("Joint statement: United States, Germany, United Kingdom, France, Poland",
          "The targets are firms involved in aid deliveries to Ukraine", "2025-05-21", "context",
          "Ziel der Angreifer seien Firmen"),
        S("Joint statement: United States, Germany, United Kingdom, France, Poland",
          "The hackers accessed about 10,000 cameras to watch transports to Ukraine", "2025-05-21", "context",
          "Zudem hätten sie sich Zugang"),
        S("Germany", "BfV: the campaign aims to spy on supply routes and sabotage support for Ukraine", "2025-05-22",
          "published", "BfV-Vizepräsident Sinan Selen sagte"),
        S("Germany", "Dobrindt: a direct attack on the support for our partners", "2025-05-21TEV", "text",
          "Bundesinnenminister Alexander Dobrindt"),
        S("Germany", "BSI: firms should check their systems and reset credentials", "2025-05-22", "published",
          "Das BSI rief Unternehmen auf"),
        S("Russia", "The allegations are unfounded, an anti-Russian campaign", "2025-05-22", "text",
          "Die russische Botschaft in Berlin wies die Vorwürfe"),
        S("Dmitry Peskov", "Not aware of any such activities", "2025-05-22", "published",
          "Kremlsprecher Dmitri Peskow sagte"),
        S("Donald Trump", "Russia and Ukraine will immediately start ceasefire negotiations", "2025-05-19",
          "context", "Russland und die Ukraine würden „sofort“"),
    ],
    ["Russia", "Ukraine", "United States", "Germany", "United Kingdom", "France", "Poland", "Kremlin",
     "Dmitry Peskov", "Donald Trump", "Vladimir Putin", "European Union"],
))
