"""German articles of the blind44 evaluation set (one sentence per line, blank line between paragraphs).

Outlet models: Das Parlament, Moskauer Deutsche Zeitung, Main-Post (interview), Freiburger Nachrichten (Swiss
spelling), junge Welt, Heilbronner Stimme. The wording is invented and the facts are approximate.
"""

from __future__ import annotations

from build import E, S, T


def doc(did, published, body, timexes, events, statements, actors, basis=None):
    return dict(
        id=did,
        lang="de",
        published=published,
        published_basis=basis,
        body=body,
        timexes=timexes,
        events=events,
        statements=statements,
        actors=actors,
    )


# ---------------------------------------------------------------- b44de01  Das Parlament
DE01 = doc(
    "b44de01_menschenrechtsrat_wahl_2023_10",
    "2023-10-16",
    """
Menschenrechtsrat: Russland scheitert mit seiner Rückkehr nach Genf

Die Generalversammlung der Vereinten Nationen hat Russland am Dienstag vergangener Woche die Rückkehr in den UN-Menschenrechtsrat verwehrt.
In geheimer Wahl erhielt Moskau für einen der beiden Sitze der osteuropäischen Staatengruppe nur 83 Stimmen, Bulgarien kam auf 160 und Albanien auf 123 Stimmen.
Die beiden Länder treten ihr dreijähriges Mandat in dem Genfer Gremium am 1. Januar 2024 an.

Russland war im April 2022, wenige Tage nach dem Bekanntwerden der Gräueltaten von Butscha, auf Beschluss der Generalversammlung aus dem Rat suspendiert worden.
Moskau hatte seine Mitgliedschaft unmittelbar danach selbst beendet.
Bereits 2016 war Russland bei einer Wahl in den Rat gegen Ungarn und Kroatien unterlegen.
Mit der erneuten Kandidatur wollte Moskau nach Einschätzung westlicher Diplomaten zeigen, dass es in der Staatengemeinschaft keineswegs isoliert sei.

Der ukrainische Außenminister Dmytro Kuleba schrieb noch am Abend der Abstimmung auf der Plattform X, ein Staat, der täglich Kriegsverbrechen begehe, habe in einem Menschenrechtsgremium nichts verloren.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Mittwoch von einem Ergebnis „beispiellosen Drucks“ der USA und ihrer Verbündeten auf kleinere Staaten.
Kremlsprecher Dmitri Peskow sagte am selben Tag, Russland werde seine Arbeit in anderen UN-Gremien ungeachtet dessen fortsetzen.

Die deutsche UN-Botschafterin Antje Leendertse begrüßte das Ergebnis noch am Dienstagabend als „klares Signal“, dass die Mehrheit der Mitgliedstaaten den Angriffskrieg gegen die Ukraine nicht hinnehme.
Die US-Botschafterin Linda Thomas-Greenfield erklärte nach der Abstimmung, die Staaten hätten sich geweigert, einem Land ohne Respekt vor den Menschenrechten eine Bühne zu bieten.
Aus Peking, das in derselben Wahl einen Sitz für die asiatisch-pazifische Gruppe errang, kam kein Kommentar zur Niederlage des Partners.

Im Ausschuss für Menschenrechte und humanitäre Hilfe des Bundestages war die Wahl am Mittwoch ebenfalls Thema.
Die Ausschussvorsitzende Renata Alt (FDP) sagte dieser Zeitung, das Ergebnis zeige, dass sich Russlands Werben im globalen Süden nicht auszahle.
Zugleich mahnte sie, die Bundesregierung müsse Partnerländer in Afrika und Asien in den kommenden Monaten stärker einbinden, bevor sich im Februar der russische Überfall auf die Ukraine zum zweiten Mal jähre.

Ende Februar hatte die Generalversammlung mit 141 Stimmen einen Abzug der russischen Truppen aus der Ukraine gefordert.
Russland, Belarus und fünf weitere Staaten stimmten damals dagegen, China enthielt sich.
""",
    [
        T("Dienstag vergangener Woche", "DATE", "2023-10-10"),
        T("dreijähriges", "DURATION", "P3Y"),
        T("1. Januar 2024", "DATE", "2024-01-01"),
        T("April 2022", "DATE", "2022-04"),
        T("2016", "DATE", "2016"),
        T("täglich", "SET", "P1D"),
        T("Mittwoch", "DATE", "2023-10-11"),
        T("selben Tag", "DATE", "2023-10-11"),
        T("Dienstagabend", "TIME", "2023-10-10TEV"),
        T("Mittwoch", "DATE", "2023-10-11", n=1),
        T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        T("Februar", "DATE", "2024-02"),
        T("Ende Februar", "DATE", "2023-02", mod="END"),
    ],
    [
        E("UN General Assembly denies Russia a seat on the Human Rights Council", "REJECT",
          ["United Nations", "Russia"], "2023-10-10", "text", "occurred", "die Rückkehr in den UN-Menschenrechtsrat verwehrt"),
        E("General Assembly suspended Russia from the Human Rights Council after Bucha", "SANCTION",
          ["United Nations", "Russia"], "2022-04", "text", "occurred", "auf Beschluss der Generalversammlung aus dem Rat suspendiert"),
        E("Russia ended its Human Rights Council membership itself", "REJECT",
          ["Russia", "United Nations"], "2022-04", "context", "occurred", "seine Mitgliedschaft unmittelbar danach selbst beendet"),
        E("Russia lost an earlier Human Rights Council election", "REJECT",
          ["United Nations", "Russia"], "2016", "text", "occurred", "Bereits 2016 war Russland"),
        E("Kuleba: a state committing war crimes daily has no place in a human rights body", "ACCUSE",
          ["Ukraine", "Russia"], "2023-10-10TEV", "context", "occurred", "ein Staat, der täglich Kriegsverbrechen begehe",
          note="evening of the vote (event-anchored 'am Abend der Abstimmung')"),
        E("Zakharova blames 'unprecedented pressure' by the US and its allies", "ACCUSE",
          ["Maria Zakharova", "United States"], "2023-10-11", "text", "occurred", "Ergebnis „beispiellosen Drucks“"),
        E("German UN ambassador welcomes the result as a clear signal", "SUPPORT",
          ["Germany", "United Nations"], "2023-10-10TEV", "text", "occurred", "Antje Leendertse begrüßte das Ergebnis"),
        E("General Assembly demanded the withdrawal of Russian troops from Ukraine", "REQUEST",
          ["United Nations", "Russia"], "2023-02", "text", "occurred", "einen Abzug der russischen Truppen aus der Ukraine gefordert",
          date_mod="END"),
        E("Russia and Belarus voted against the withdrawal resolution", "REJECT",
          ["Russia", "Belarus", "United Nations"], "2023-02", "context", "occurred", "Russland, Belarus und fünf weitere Staaten",
          date_mod="END"),
    ],
    [
        S("Ukraine", "Kuleba: a state that commits war crimes daily has no place in a human rights body",
          "2023-10-10TEV", "context", "ein Staat, der täglich Kriegsverbrechen begehe"),
        S("Maria Zakharova", "Result of unprecedented US pressure on smaller states", "2023-10-11", "text",
          "Ergebnis „beispiellosen Drucks“"),
        S("Dmitry Peskov", "Russia will continue its work in other UN bodies", "2023-10-11", "text",
          "Kremlsprecher Dmitri Peskow sagte am selben Tag"),
        S("Germany", "Leendertse: a clear signal that the majority does not accept the war of aggression",
          "2023-10-10TEV", "text", "Antje Leendertse begrüßte das Ergebnis"),
        S("United States", "Thomas-Greenfield: states refused to give a stage to a country without respect for human rights",
          "2023-10-10", "context", "Linda Thomas-Greenfield erklärte nach der Abstimmung"),
    ],
    ["United Nations", "Russia", "Ukraine", "Maria Zakharova", "United States", "Dmitry Peskov", "Kremlin",
     "Germany", "China", "Belarus"],
    basis="Weekly paper published on Monday 2023-10-16; the General Assembly vote was on Tuesday 2023-10-10.",
)


# ---------------------------------------------------------------- b44de02  Moskauer Deutsche Zeitung
DE02 = doc(
    "b44de02_anwar_ibrahim_kreml_2025_05",
    "2025-05-15",
    """
Anwar Ibrahim im Kreml: Malaysia empfiehlt sich als Vermittler

Moskau. Der malaysische Premierminister Anwar Ibrahim ist am Mittwoch im Kreml von Präsident Wladimir Putin zu Gesprächen empfangen worden.
Das Treffen dauerte nach Angaben des Kremls gut drei Stunden und schloss ein Arbeitsessen ein.
Es ist Anwars erster Besuch in Russland seit seinem Amtsantritt Ende 2022.

Malaysia, das in diesem Jahr den Vorsitz des südostasiatischen Staatenbundes ASEAN innehat, sei bereit, zu einer friedlichen Lösung des Konflikts in der Ukraine beizutragen, sagte Anwar nach dem Treffen vor Journalisten.
Putin dankte seinem Gast für die „ausgewogene Haltung“ Kuala Lumpurs und lud ihn zum Östlichen Wirtschaftsforum im September nach Wladiwostok ein.
Anwar seinerseits lud Putin zum ASEAN-Gipfel im Oktober nach Kuala Lumpur ein; über eine Teilnahme sei noch nicht entschieden, sagte Kremlsprecher Dmitri Peskow.
Beide Seiten vereinbarten, den Handel auszuweiten und Zahlungen verstärkt in nationalen Währungen abzuwickeln.

Überschattet wurde der Besuch von einer Entscheidung des Rates der Internationalen Zivilluftfahrtorganisation ICAO, einer UN-Sonderorganisation, die Russland am Montag für den Abschuss von Flug MH17 im Juli 2014 über der Ostukraine verantwortlich gemacht hatte.
Unter den 298 Todesopfern waren 43 Malaysier.
Anwar sagte, er habe das Thema angesprochen und auf Gerechtigkeit für die Familien der Opfer gedrängt.
Das russische Außenministerium hatte die ICAO-Entscheidung am Dienstag als „politisch motiviert“ zurückgewiesen und erklärt, Russland werde sich an dem weiteren Verfahren nicht beteiligen.
Peskow bekräftigte am Mittwoch, Moskau erkenne die Zuständigkeit der Organisation in dieser Frage nicht an.

Der Besuch fiel in die Tage vor den ersten direkten russisch-ukrainischen Gesprächen seit dem Frühjahr 2022, die an diesem Donnerstag in Istanbul beginnen sollen.
Der Kreml hatte in der Nacht zum Donnerstag mitgeteilt, dass die russische Delegation von Präsidentenberater Wladimir Medinski geleitet werde; Putin selbst reist nicht an.
Der ukrainische Präsident Wolodymyr Selenskyj hatte Putin am Wochenende aufgefordert, persönlich nach Istanbul zu kommen, und wollte am Donnerstag zunächst in Ankara mit Präsident Recep Tayyip Erdoğan zusammentreffen.

In Kiew wurde der Besuch zurückhaltend aufgenommen.
Das ukrainische Außenministerium erinnerte daran, dass Malaysia die Resolutionen der UN-Generalversammlung zur territorialen Integrität der Ukraine unterstützt habe, und forderte Kuala Lumpur auf, gegenüber Moskau auf einen vollständigen Waffenstillstand zu drängen.
Unter den rund 1500 Malaysiern in Russland, die meisten von ihnen Studenten, wächst unterdessen die Hoffnung auf eine Wiederaufnahme der Direktflüge zwischen Kuala Lumpur und Moskau, die seit 2020 ausgesetzt sind.
""",
    [
        T("Mittwoch", "DATE", "2025-05-14"),
        T("gut drei Stunden", "DURATION", "PT3H", mod="APPROX"),
        T("Ende 2022", "DATE", "2022", mod="END"),
        T("diesem Jahr", "DATE", "2025"),
        T("September", "DATE", "2025-09"),
        T("Oktober", "DATE", "2025-10"),
        T("Montag", "DATE", "2025-05-12"),
        T("Juli 2014", "DATE", "2014-07"),
        T("Dienstag", "DATE", "2025-05-13"),
        T("Mittwoch", "DATE", "2025-05-14", n=1),
        T("Frühjahr 2022", "DATE", "2022-SP"),
        T("diesem Donnerstag", "DATE", "2025-05-15"),
        T("der Nacht zum Donnerstag", "TIME", "2025-05-14TNI", note="night of 14 to 15 May"),
        T("Wochenende", "DATE", "2025-W19-WE"),
        T("Donnerstag", "DATE", "2025-05-15", n=2),
        T("2020", "DATE", "2020"),
    ],
    [
        E("Putin receives Malaysian PM Anwar Ibrahim in the Kremlin", "CONSULT",
          ["Vladimir Putin"], "2025-05-14", "text", "occurred", "ist am Mittwoch im Kreml"),
        E("Malaysia (ASEAN chair) offers to help reach a peaceful settlement", "REQUEST",
          ["Russia", "Ukraine"], "2025-05-14", "context", "occurred", "sei bereit, zu einer friedlichen Lösung",
          note="offer by Anwar (Malaysia not canonical)"),
        E("Putin invites Anwar to the Eastern Economic Forum in Vladivostok", "REQUEST",
          ["Vladimir Putin"], "2025-05-14", "context", "occurred", "lud ihn zum Östlichen Wirtschaftsforum",
          note="forum in September 2025"),
        E("Anwar invites Putin to the ASEAN summit in Kuala Lumpur", "REQUEST",
          ["Vladimir Putin"], "2025-05-14", "context", "occurred", "Anwar seinerseits lud Putin"),
        E("Putin's attendance at the ASEAN summit undecided", "CONSULT",
          ["Vladimir Putin"], "2025-10", "text", "uncertain", "Anwar seinerseits lud Putin"),
        E("Russia and Malaysia agree to expand trade and settle in national currencies", "AGREE",
          ["Russia"], "2025-05-14", "context", "occurred", "Beide Seiten vereinbarten"),
        E("ICAO Council holds Russia responsible for downing MH17", "ACCUSE",
          ["United Nations", "Russia"], "2025-05-12", "text", "occurred", "Zivilluftfahrtorganisation ICAO",
          note="ICAO is a UN specialised agency"),
        E("MH17 shot down over eastern Ukraine", "ASSAULT",
          ["Russia"], "2014-07", "text", "occurred", "Zivilluftfahrtorganisation ICAO"),
        E("Anwar pressed Putin for justice for the MH17 victims' families", "REQUEST",
          ["Vladimir Putin"], "2025-05-14", "context", "occurred", "auf Gerechtigkeit für die Familien"),
        E("Russian foreign ministry rejects the ICAO decision and will not take part", "REJECT",
          ["Russia", "United Nations"], "2025-05-13", "text", "occurred", "„politisch motiviert“ zurückgewiesen"),
        E("Russian foreign ministry calls the ICAO decision politically motivated", "ACCUSE",
          ["Russia", "United Nations"], "2025-05-13", "text", "occurred", "„politisch motiviert“ zurückgewiesen"),
        E("Peskov: Moscow does not recognise the organisation's competence", "REJECT",
          ["Dmitry Peskov", "United Nations"], "2025-05-14", "text", "occurred", "Peskow bekräftigte am Mittwoch"),
        E("First direct Russia-Ukraine talks since 2022 to begin in Istanbul", "CONSULT",
          ["Russia", "Ukraine"], "2025-05-15", "text", "planned", "an diesem Donnerstag in Istanbul"),
        E("Putin will not travel to Istanbul", "CONSULT",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2025-05-15", "context", "cancelled", "Putin selbst reist nicht an"),
        E("Zelensky challenged Putin to come to Istanbul in person", "REQUEST",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2025-W19-WE", "text", "occurred", "persönlich nach Istanbul zu kommen"),
        E("Zelensky to meet Erdoğan in Ankara", "CONSULT",
          ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2025-05-15", "text", "planned", "in Ankara mit Präsident Recep"),
        E("Ukraine asks Malaysia to press Moscow for a full ceasefire", "REQUEST",
          ["Ukraine", "Russia"], "2025-05-15", "published", "occurred", "auf einen vollständigen Waffenstillstand zu drängen"),
    ],
    [
        S("Kremlin", "The meeting lasted over three hours including a working lunch", "2025-05-14", "context",
          "Das Treffen dauerte nach Angaben des Kremls"),
        S("Vladimir Putin", "Thanks Anwar for Malaysia's balanced stance; invites him to Vladivostok", "2025-05-14",
          "context", "Putin dankte seinem Gast"),
        S("Dmitry Peskov", "No decision yet on Putin attending the ASEAN summit", "2025-05-14", "context",
          "Anwar seinerseits lud Putin"),
        S("Russia", "Foreign ministry: ICAO decision politically motivated; Russia will not take part", "2025-05-13",
          "text", "„politisch motiviert“ zurückgewiesen"),
        S("Dmitry Peskov", "Moscow does not recognise ICAO's competence on the matter", "2025-05-14", "text",
          "Peskow bekräftigte am Mittwoch"),
        S("Kremlin", "Medinsky will lead the delegation to Istanbul; Putin will not attend", "2025-05-14TNI", "text",
          "Der Kreml hatte in der Nacht zum Donnerstag"),
        S("Ukraine", "Foreign ministry asks Malaysia to urge Moscow to accept a full ceasefire", "2025-05-15",
          "published", "auf einen vollständigen Waffenstillstand zu drängen"),
    ],
    ["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Dmitry Peskov", "United Nations", "Vladimir Medinsky",
     "Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
    basis="Anwar Ibrahim met Putin on Wednesday 2025-05-14; the article appears on the morning of Thursday 2025-05-15, "
          "the day the Istanbul talks were due to start.",
)


# ---------------------------------------------------------------- b44de03  Main-Post (interview)
DE03 = doc(
    "b44de03_interview_baerbock_g20_johannesburg_2025_02",
    "2025-02-22",
    """
„Über die Ukraine wird nicht ohne die Ukraine entschieden“

Johannesburg. Bundesaußenministerin Annalena Baerbock (Grüne) hat beim Treffen der G20-Außenminister in Johannesburg am Donnerstag und Freitag auf eine Beteiligung Kiews und der Europäer an allen Gesprächen über ein Ende des Krieges gepocht.
An dem Treffen nahmen auch der russische Außenminister Sergej Lawrow und Chinas Außenminister Wang Yi teil, während US-Außenminister Marco Rubio ihm ferngeblieben war.
Mit unserer Redaktion sprach Baerbock am Freitagabend, zwei Tage vor der Bundestagswahl, am Rande der Konferenz.

Frau Baerbock, in Riad haben am Dienstag Amerikaner und Russen über die Ukraine verhandelt, ohne Kiew und ohne Europa.
Sind die Europäer abgehängt?

Nein.
Über die Ukraine wird nicht ohne die Ukraine entschieden, und über die Sicherheit Europas nicht ohne die Europäer.
Das habe ich hier auch meinem russischen Kollegen sehr deutlich gesagt, als wir uns am Donnerstag im Plenarsaal begegnet sind.

Was hat Sergej Lawrow geantwortet?

Er hat wiederholt, was er auch öffentlich sagt: dass Europa am Verhandlungstisch nichts zu suchen habe.
Das ist die alte Logik der Einflusszonen, und die werden wir nicht akzeptieren.

US-Präsident Donald Trump hat Präsident Selenskyj am Mittwoch einen „Diktator ohne Wahlen“ genannt.
Wie reagieren Sie darauf?

Wolodymyr Selenskyj ist der gewählte Präsident eines Landes, das sich seit drei Jahren gegen einen Angriffskrieg verteidigt und in dem unter Kriegsrecht keine Wahlen stattfinden können.
Wer das umdreht, übernimmt die Erzählung des Kremls.

Chinas Außenminister Wang Yi hat am Freitag angeboten, zwischen Moskau und Kiew zu vermitteln.
Nehmen Sie ihn beim Wort?

Wer vermitteln will, sollte zuerst aufhören, Russlands Kriegswirtschaft mit Bauteilen für Drohnen und Raketen zu versorgen.
Ich habe Wang Yi, als wir am Freitagmorgen zusammensaßen, gebeten, seinen Einfluss in Moskau für einen Waffenstillstand zu nutzen.

Wie geht es nach der Wahl am Sonntag weiter?

Am Montag, dem dritten Jahrestag des russischen Überfalls, beschließen die EU-Außenminister in Brüssel das 16. Sanktionspaket, und ich werde dort noch als Ministerin am Tisch sitzen.
Die Unterstützung der Ukraine darf keine Verhandlungsmasse werden, egal wer die nächste Bundesregierung führt.

Südafrika betont als Gastgeber seine Neutralität.
Enttäuscht Sie das?

Südafrika hat in diesen zwei Tagen immer wieder gesagt, dass es einen gerechten Frieden auf Grundlage der UN-Charta will, und das nehme ich ernst.
Das Gespräch führte Jonas Keller.
""",
    [
        T("Donnerstag", "DATE", "2025-02-20"),
        T("Freitag", "DATE", "2025-02-21"),
        T("Freitagabend", "TIME", "2025-02-21TEV"),
        T("Dienstag", "DATE", "2025-02-18"),
        T("Donnerstag", "DATE", "2025-02-20", n=1),
        T("Mittwoch", "DATE", "2025-02-19"),
        T("drei Jahren", "DURATION", "P3Y"),
        T("Freitag", "DATE", "2025-02-21", n=1),
        T("Freitagmorgen", "TIME", "2025-02-21TMO"),
        T("Sonntag", "DATE", "2025-02-23"),
        T("Montag", "DATE", "2025-02-24"),
        T("diesen zwei Tagen", "DURATION", "P2D"),
    ],
    [
        E("G20 foreign ministers meet in Johannesburg with Baerbock, Lavrov and Wang Yi", "CONSULT",
          ["Germany", "Sergey Lavrov", "China"], "2025-02-20", "context", "occurred", "An dem Treffen nahmen auch",
          note="two-day meeting, 20-21 February 2025"),
        E("Rubio stays away from the G20 foreign ministers' meeting", "CONSULT",
          ["Marco Rubio"], "2025-02-20", "context", "cancelled", "An dem Treffen nahmen auch"),
        E("US and Russian officials negotiated on Ukraine in Riyadh without Kyiv and Europe", "CONSULT",
          ["United States", "Russia"], "2025-02-18", "text", "occurred", "in Riad haben am Dienstag"),
        E("Baerbock: nothing about Ukraine without Ukraine, nothing about Europe's security without Europeans", "REQUEST",
          ["Germany", "United States", "Russia"], "2025-02-21TEV", "context", "occurred",
          "Über die Ukraine wird nicht ohne die Ukraine entschieden, und"),
        E("Baerbock and Lavrov met briefly in the plenary hall", "CONSULT",
          ["Germany", "Sergey Lavrov"], "2025-02-20", "text", "occurred", "meinem russischen Kollegen sehr deutlich"),
        E("Baerbock told Lavrov Kyiv and Europe must take part", "REQUEST",
          ["Germany", "Sergey Lavrov"], "2025-02-20", "text", "occurred", "meinem russischen Kollegen sehr deutlich"),
        E("Lavrov: Europe has no business at the negotiating table", "REJECT",
          ["Sergey Lavrov", "European Union"], "2025-02-20", "context", "occurred", "dass Europa am Verhandlungstisch"),
        E("Baerbock rejects the logic of spheres of influence", "REJECT",
          ["Germany", "Russia"], "2025-02-21TEV", "context", "occurred", "die alte Logik der Einflusszonen"),
        E("Trump calls Zelensky a 'dictator without elections'", "ACCUSE",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-02-19", "text", "occurred", "„Diktator ohne Wahlen“ genannt"),
        E("Baerbock: whoever turns this around adopts the Kremlin's narrative", "ACCUSE",
          ["Germany", "Donald Trump"], "2025-02-21TEV", "context", "occurred", "übernimmt die Erzählung des Kremls"),
        E("Wang Yi offers to mediate between Moscow and Kyiv", "REQUEST",
          ["China", "Russia", "Ukraine"], "2025-02-21", "text", "occurred", "hat am Freitag angeboten"),
        E("Baerbock accuses China of supplying parts to Russia's war economy", "ACCUSE",
          ["Germany", "China"], "2025-02-21TEV", "context", "occurred", "Russlands Kriegswirtschaft mit Bauteilen"),
        E("Baerbock and Wang Yi met on Friday morning", "CONSULT",
          ["Germany", "China"], "2025-02-21TMO", "text", "occurred", "am Freitagmorgen zusammensaßen"),
        E("Baerbock asks Wang Yi to use his influence in Moscow for a ceasefire", "REQUEST",
          ["Germany", "China", "Russia"], "2025-02-21TMO", "text", "occurred", "am Freitagmorgen zusammensaßen"),
        E("EU foreign ministers to meet in Brussels", "CONSULT",
          ["European Union", "Germany"], "2025-02-24", "text", "planned", "beschließen die EU-Außenminister in Brüssel"),
        E("EU to adopt the 16th sanctions package", "SANCTION",
          ["European Union", "Russia"], "2025-02-24", "text", "planned", "beschließen die EU-Außenminister in Brüssel"),
    ],
    [
        S("Germany", "Nothing about Ukraine without Ukraine, nothing about Europe's security without Europeans",
          "2025-02-21TEV", "context", "Über die Ukraine wird nicht ohne die Ukraine entschieden, und"),
        S("Germany", "Told Lavrov the same when they met on Thursday", "2025-02-21TEV", "context",
          "meinem russischen Kollegen sehr deutlich"),
        S("Sergey Lavrov, via Germany", "Europe has no business at the negotiating table", "2025-02-20", "context",
          "dass Europa am Verhandlungstisch"),
        S("Germany", "The logic of spheres of influence will not be accepted", "2025-02-21TEV", "context",
          "die alte Logik der Einflusszonen"),
        S("Donald Trump", "Calls Zelensky a 'dictator without elections'", "2025-02-19", "text",
          "„Diktator ohne Wahlen“ genannt"),
        S("Germany", "Zelensky is the elected president; no elections under martial law", "2025-02-21TEV", "context",
          "ist der gewählte Präsident eines Landes"),
        S("Germany", "Whoever turns this around adopts the Kremlin's narrative", "2025-02-21TEV", "context",
          "übernimmt die Erzählung des Kremls"),
        S("China", "Wang Yi offers to mediate between Moscow and Kyiv", "2025-02-21", "text",
          "hat am Freitag angeboten"),
        S("Germany", "A mediator should first stop supplying Russia's war economy", "2025-02-21TEV", "context",
          "Russlands Kriegswirtschaft mit Bauteilen"),
        S("Germany", "Asked Wang Yi to use his influence in Moscow for a ceasefire", "2025-02-21TEV", "context",
          "am Freitagmorgen zusammensaßen"),
        S("Germany", "EU ministers adopt the 16th package on Monday; she will still attend", "2025-02-21TEV",
          "context", "beschließen die EU-Außenminister in Brüssel"),
        S("Germany", "Support for Ukraine must not become a bargaining chip", "2025-02-21TEV", "context",
          "darf keine Verhandlungsmasse werden"),
        S("Germany", "South Africa wants a just peace based on the UN Charter; she takes that seriously",
          "2025-02-21TEV", "context", "auf Grundlage der UN-Charta"),
    ],
    ["Germany", "Russia", "Sergey Lavrov", "China", "Marco Rubio", "United States", "Ukraine", "European Union",
     "Donald Trump", "Volodymyr Zelensky", "Kremlin", "United Nations"],
    basis="Interview given on the evening of Friday 2025-02-21 in Johannesburg, printed on Saturday 2025-02-22; "
          "the G20 foreign ministers met on 20-21 February 2025. The interview wording is invented.",
)


# ---------------------------------------------------------------- b44de04  Freiburger Nachrichten
DE04 = doc(
    "b44de04_osze_ministerrat_lodz_2022_12",
    "2022-12-03",
    """
OSZE-Treffen in Lodz ohne Russland: «Diese Organisation lebt»

Lodz. Mit Appellen zur Geschlossenheit gegenüber Moskau ist am Freitag in der polnischen Stadt Lodz das Ministertreffen der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) zu Ende gegangen.
An dem zweitägigen Treffen nahmen Vertreterinnen und Vertreter aus über 50 Staaten teil; Russland, eines der 57 Teilnehmerländer, war erstmals seit Gründung der Organisation nicht vertreten.

Polen als Vorsitzland hatte Aussenminister Sergei Lawrow bereits Mitte November die Einreise verweigert, weil er auf der Sanktionsliste der EU steht.
Auch Sprecherin Maria Sacharowa, die an seiner Stelle hätte anreisen sollen, erhielt kein Visum.
Moskau verzichtete daraufhin ganz auf eine Teilnahme.

Der polnische Aussenminister und amtierende OSZE-Vorsitzende Zbigniew Rau hatte das Treffen am Donnerstag mit den Worten eröffnet, Russland habe mit seinem Angriff auf die Ukraine «alles verraten, wofür diese Organisation steht».
Der ukrainische Aussenminister Dmytro Kuleba, der persönlich angereist war, forderte in seiner Rede am Eröffnungstag, Russland aus der OSZE auszuschliessen oder zumindest seine Vetomacht zu beschneiden.

In Moskau bezeichnete Lawrow die OSZE am Donnerstag an einer Medienkonferenz als «Anhängsel der Nato und der EU».
Die Organisation stehe am Rand des Abgrunds, und die Verantwortung dafür trage allein der Westen, sagte er.
Kremlsprecher Dmitri Peskow hatte die Einreiseverweigerung bereits am Dienstag einen «beispiellosen» Vorgang genannt, der die Arbeit der OSZE untergrabe.

Eine gemeinsame Schlusserklärung kam wie schon im Vorjahr in Stockholm nicht zustande, weil Beschlüsse in der OSZE Einstimmigkeit erfordern.
Als Vorsitzland für das kommende Jahr steht Nordmazedonien fest.
Bundesaussenministerin Annalena Baerbock sagte am Freitag in Lodz, wer die OSZE lahmlegen wolle, werde scheitern: «Diese Organisation lebt, auch ohne Moskau».
Die USA waren durch die stellvertretende Aussenministerin vertreten, nachdem Aussenminister Antony Blinken wegen anderer Verpflichtungen in Washington abgesagt hatte.

Bundesrat Ignazio Cassis traf am Donnerstagabend am Rande des Treffens Kuleba und bot erneut die guten Dienste der Schweiz an, etwa bei einem Austausch von Kriegsgefangenen unter Mitwirkung des IKRK in Genf.
Die Schweiz bewirbt sich um den OSZE-Vorsitz im Jahr 2026; der Entscheid darüber dürfte in zwei Jahren fallen.
""",
    [
        T("Freitag", "DATE", "2022-12-02"),
        T("zweitägigen", "DURATION", "P2D"),
        T("Mitte November", "DATE", "2022-11", mod="MID"),
        T("Donnerstag", "DATE", "2022-12-01"),
        T("Donnerstag", "DATE", "2022-12-01", n=1),
        T("Dienstag", "DATE", "2022-11-29"),
        T("Vorjahr", "DATE", "2021"),
        T("das kommende Jahr", "DATE", "2023"),
        T("Freitag", "DATE", "2022-12-02", n=1),
        T("Donnerstagabend", "TIME", "2022-12-01TEV"),
        T("Jahr 2026", "DATE", "2026"),
        T("zwei Jahren", "DURATION", "P2Y", note="decision expected in 2024"),
    ],
    [
        E("OSCE Ministerial Council meets in Lodz without Russia", "CONSULT",
          ["Poland", "Ukraine", "Germany", "United States"], "2022-12-01", "context", "occurred",
          "das Ministertreffen der Organisation für Sicherheit",
          note="two-day meeting 1-2 December 2022, opened on Thursday and ended on Friday"),
        E("Poland bars Lavrov from entering for the OSCE meeting", "SANCTION",
          ["Poland", "Sergey Lavrov"], "2022-11", "text", "occurred", "Mitte November die Einreise verweigert",
          date_mod="MID"),
        E("Zakharova denied a visa to attend in Lavrov's place", "SANCTION",
          ["Poland", "Maria Zakharova"], "2022-11", "context", "occurred", "erhielt kein Visum"),
        E("Russia stays away from the OSCE ministerial", "CONSULT",
          ["Russia"], "2022-12-01", "context", "cancelled", "Moskau verzichtete daraufhin"),
        E("Rau: Russia has betrayed everything the OSCE stands for", "ACCUSE",
          ["Poland", "Russia"], "2022-12-01", "text", "occurred", "«alles verraten, wofür diese Organisation steht»"),
        E("Kuleba demands Russia's exclusion from the OSCE or a curb on its veto", "REQUEST",
          ["Ukraine", "Russia"], "2022-12-01", "context", "occurred", "Russland aus der OSZE auszuschliessen"),
        E("Lavrov calls the OSCE an appendage of NATO and the EU", "ACCUSE",
          ["Sergey Lavrov", "NATO", "European Union"], "2022-12-01", "text", "occurred", "«Anhängsel der Nato und der EU»"),
        E("Peskov calls the entry ban unprecedented", "ACCUSE",
          ["Dmitry Peskov", "Poland"], "2022-11-29", "text", "occurred", "bereits am Dienstag einen «beispiellosen» Vorgang"),
        E("Blinken cancelled his trip to Lodz", "CONSULT",
          ["Antony Blinken"], "2022-12-01", "context", "cancelled", "Antony Blinken wegen anderer Verpflichtungen"),
        E("Cassis meets Kuleba on the sidelines", "CONSULT",
          ["Ukraine"], "2022-12-01TEV", "text", "occurred", "Bundesrat Ignazio Cassis traf am Donnerstagabend",
          note="Switzerland is not canonical"),
        E("Switzerland offers good offices, e.g. for a prisoner exchange", "REQUEST",
          ["Ukraine"], "2022-12-01TEV", "text", "occurred", "Bundesrat Ignazio Cassis traf am Donnerstagabend"),
    ],
    [
        S("Poland", "Rau: Russia betrayed everything the OSCE stands for", "2022-12-01", "text",
          "«alles verraten, wofür diese Organisation steht»"),
        S("Ukraine", "Kuleba: exclude Russia from the OSCE or curb its veto", "2022-12-01", "context",
          "Russland aus der OSZE auszuschliessen"),
        S("Sergey Lavrov", "The OSCE is an appendage of NATO and the EU", "2022-12-01", "text",
          "«Anhängsel der Nato und der EU»"),
        S("Sergey Lavrov", "The OSCE is at the edge of the abyss and the West alone is to blame", "2022-12-01",
          "context", "Die Organisation stehe am Rand des Abgrunds"),
        S("Dmitry Peskov", "The entry ban is unprecedented and undermines the OSCE", "2022-11-29", "text",
          "bereits am Dienstag einen «beispiellosen» Vorgang"),
        S("Germany", "Baerbock: whoever wants to paralyse the OSCE will fail; the organisation lives", "2022-12-02",
          "text", "wer die OSZE lahmlegen wolle"),
    ],
    ["Poland", "Russia", "Ukraine", "Sergey Lavrov", "Maria Zakharova", "European Union", "NATO", "Dmitry Peskov",
     "Kremlin", "Germany", "United States", "Antony Blinken"],
    basis="Saturday paper; the OSCE Ministerial Council in Lodz took place on 1-2 December 2022. Swiss spelling.",
)


# ---------------------------------------------------------------- b44de05  junge Welt
DE05 = doc(
    "b44de05_brics_gipfel_rio_2025_07",
    "2025-07-08",
    """
BRICS in Rio: Aufruf zu Verhandlungen, Drohungen aus Washington

Rio de Janeiro. Die Staats- und Regierungschefs der BRICS-Staaten haben sich zum Abschluss ihres zweitägigen Gipfels am Montag für eine Verhandlungslösung im Ukraine-Krieg ausgesprochen.
In der Erklärung von Rio verweisen die Mitglieder auf ihre „nationalen Positionen“ und begrüßen „alle Vermittlungsbemühungen“, die zu einem dauerhaften Frieden führen könnten.
Zugleich verurteilt das Dokument die Angriffe auf Brücken und Bahnanlagen in den russischen Gebieten Brjansk, Kursk und Woronesch Ende Mai und Anfang Juni, für die Moskau Kiew verantwortlich macht.

Präsident Wladimir Putin, gegen den ein Haftbefehl des Internationalen Strafgerichtshofs vorliegt, war per Video zugeschaltet; die russische Delegation vor Ort führte Außenminister Sergej Lawrow.
Chinas Präsident Xi Jinping ließ sich erstmals seit seinem Amtsantritt bei einem BRICS-Gipfel vertreten, an seiner Stelle reiste Ministerpräsident Li Qiang an.
Gastgeber Luiz Inácio Lula da Silva hatte das Treffen am Sonntag mit der Warnung eröffnet, die Welt erlebe einen „beispiellosen Zusammenbruch des Multilateralismus“, und eine Reform des UN-Sicherheitsrats verlangt.

Aus Washington kam umgehend eine Drohung: US-Präsident Donald Trump kündigte am Sonntagabend auf seiner Plattform Truth Social zusätzliche Zölle von zehn Prozent für jedes Land an, das sich der „antiamerikanischen Politik“ der BRICS anschließe.
Kremlsprecher Dmitri Peskow erwiderte am Montag, die Zusammenarbeit innerhalb der BRICS richte sich „niemals gegen Drittstaaten“.

Das ukrainische Außenministerium kritisierte, die Erklärung verschweige die russischen Luftangriffe auf ukrainische Städte, und sprach von „Doppelmoral“.
In der Nacht zum Montag hatte Russland nach Kiewer Angaben mehr als 100 Drohnen und mehrere Raketen auf die Ukraine abgefeuert.
Lawrow sagte am Rande des Gipfels, Moskau sei zu einer dritten Gesprächsrunde mit Kiew in Istanbul bereit, sobald die ukrainische Seite einen Termin vorschlage.

Der Gipfel zeigte einmal mehr, dass der globale Süden sich dem westlichen Sanktionsregime nicht anschließt: Keines der Mitgliedsländer hat die Strafmaßnahmen gegen Russland übernommen.
Im kommenden Jahr übernimmt Indien den Vorsitz der Gruppe, der nächste Gipfel soll in Neu-Delhi stattfinden.
""",
    [
        T("zweitägigen", "DURATION", "P2D"),
        T("Montag", "DATE", "2025-07-07"),
        T("Ende Mai", "DATE", "2025-05", mod="END"),
        T("Anfang Juni", "DATE", "2025-06", mod="START"),
        T("Sonntag", "DATE", "2025-07-06"),
        T("Sonntagabend", "TIME", "2025-07-06TEV"),
        T("Montag", "DATE", "2025-07-07", n=1),
        T("der Nacht zum Montag", "TIME", "2025-07-06TNI", note="night of 6 to 7 July"),
        T("kommenden Jahr", "DATE", "2026"),
    ],
    [
        E("BRICS summit calls for a negotiated solution to the Ukraine war", "REQUEST",
          ["Russia", "China"], "2025-07-07", "text", "occurred", "für eine Verhandlungslösung im Ukraine-Krieg",
          note="BRICS not canonical; its canonical members named in the article"),
        E("Rio declaration welcomes all mediation efforts", "SUPPORT",
          ["Russia", "China"], "2025-07-07", "context", "occurred", "„alle Vermittlungsbemühungen“"),
        E("Rio declaration condemns attacks on bridges and railways in Russian regions", "ACCUSE",
          ["Russia", "China"], "2025-07-07", "context", "occurred", "Angriffe auf Brücken und Bahnanlagen"),
        E("Attacks on bridges and railways in Bryansk, Kursk and Voronezh, blamed by Moscow on Kyiv", "ASSAULT",
          ["Ukraine", "Russia"], "2025-05", "text", "occurred", "Angriffe auf Brücken und Bahnanlagen",
          date_mod="END", note="end of May and start of June 2025; attribution is Moscow's"),
        E("Putin takes part in the summit by video, Lavrov leads the delegation in Rio", "CONSULT",
          ["Vladimir Putin", "Sergey Lavrov"], "2025-07-06", "context", "occurred", "war per Video zugeschaltet",
          note="summit 6-7 July 2025"),
        E("Xi Jinping skips the BRICS summit", "CONSULT",
          ["Xi Jinping"], "2025-07-06", "context", "cancelled", "ließ sich erstmals seit seinem Amtsantritt"),
        E("Premier Li Qiang represents China at the summit", "CONSULT",
          ["China"], "2025-07-06", "context", "occurred", "ließ sich erstmals seit seinem Amtsantritt"),
        E("Lula calls for reform of the UN Security Council", "REQUEST",
          ["United Nations"], "2025-07-06", "text", "occurred", "eine Reform des UN-Sicherheitsrats verlangt",
          note="Brazil not canonical"),
        E("Trump threatens extra 10% tariffs on countries aligning with BRICS", "THREATEN",
          ["Donald Trump"], "2025-07-06TEV", "text", "occurred", "zusätzliche Zölle von zehn Prozent"),
        E("Ukraine criticises the declaration's silence on Russian air strikes", "ACCUSE",
          ["Ukraine", "Russia", "China"], "2025-07-08", "published", "occurred", "von „Doppelmoral“"),
        E("Russia fires more than 100 drones and several missiles at Ukraine overnight", "ASSAULT",
          ["Russia", "Ukraine"], "2025-07-06TNI", "text", "occurred", "mehr als 100 Drohnen"),
        E("Lavrov: Moscow ready for a third round with Kyiv in Istanbul", "AGREE",
          ["Sergey Lavrov", "Ukraine"], "2025-07-06", "context", "occurred", "zu einer dritten Gesprächsrunde"),
    ],
    [
        S("Joint statement: Russia, China", "Rio declaration refers to national positions and welcomes mediation",
          "2025-07-07", "context", "„alle Vermittlungsbemühungen“"),
        S("Joint statement: Russia, China", "Rio declaration condemns attacks on bridges and railways in Russia",
          "2025-07-07", "context", "Angriffe auf Brücken und Bahnanlagen"),
        S("Donald Trump", "Extra 10% tariffs on any country aligning with BRICS' anti-American policies",
          "2025-07-06TEV", "text", "zusätzliche Zölle von zehn Prozent"),
        S("Dmitry Peskov", "BRICS cooperation is never directed against third countries", "2025-07-07", "text",
          "Kremlsprecher Dmitri Peskow erwiderte am Montag"),
        S("Ukraine", "Declaration is silent on Russian air strikes; double standards", "2025-07-08", "published",
          "von „Doppelmoral“"),
        S("Ukraine", "Russia fired more than 100 drones and several missiles overnight", "2025-07-08", "published",
          "mehr als 100 Drohnen"),
        S("Sergey Lavrov", "Moscow ready for a third Istanbul round once Kyiv proposes a date", "2025-07-06",
          "context", "zu einer dritten Gesprächsrunde"),
    ],
    ["Russia", "China", "Ukraine", "Vladimir Putin", "Sergey Lavrov", "Xi Jinping", "United Nations",
     "Donald Trump", "United States", "Dmitry Peskov", "Kremlin"],
    basis="The BRICS summit in Rio de Janeiro took place on 6-7 July 2025; the daily appears on Tuesday 2025-07-08.",
)


# ---------------------------------------------------------------- b44de06  Heilbronner Stimme
DE06 = doc(
    "b44de06_sanktionen_tuerkische_firmen_2026_05",
    "2026-05-21",
    """
Sanktionen gegen türkische Firmen: Ankara bestellt EU-Botschafter ein

Ankara/Heilbronn. Die Außenminister der Europäischen Union haben am Mittwoch in Brüssel das 21. Sanktionspaket gegen Russland beschlossen.
Auf der Liste stehen erstmals auch zwölf türkische Unternehmen, darunter zwei Handelshäuser in Istanbul und ein Logistiker im Hafen von Mersin, die nach Erkenntnissen der EU Werkzeugmaschinen, Elektronik und Drohnenteile nach Russland weitergeleitet haben sollen.
Das Paket sieht zudem ein Verbot von Hafendienstleistungen für Tanker der russischen Schattenflotte sowie Listungen weiterer chinesischer Zulieferer vor.

Das türkische Außenministerium bestellte noch am Mittwochabend den EU-Botschafter in Ankara ein.
Außenminister Hakan Fidan nannte die Listung in einer ersten Reaktion „inakzeptabel“: Die Türkei halte sich an die Sanktionen des UN-Sicherheitsrats, nicht aber an einseitige Maßnahmen Dritter.
Präsident Recep Tayyip Erdoğan hatte bereits im April gewarnt, sein Land lasse sich nicht zum „Sündenbock“ für die Versäumnisse der Europäer machen.
Ankara kündigte an, den Fall beim nächsten Assoziationsrat mit der EU im Juni zur Sprache zu bringen.

Die EU-Außenbeauftragte Kaja Kallas verteidigte die Entscheidung.
„Wer russische Raketen mit europäischen Bauteilen versorgt, muss mit Konsequenzen rechnen, egal wo er sitzt“, sagte sie nach dem Treffen in Brüssel.
In Moskau sprach Außenamtssprecherin Maria Sacharowa noch in der Nacht von „wirtschaftlichem Banditentum“ der EU, das sich auch gegen Partner Russlands richte.

Der ukrainische Außenminister Andrij Sybiha begrüßte die Listungen und forderte, auch Banken in Drittstaaten ins Visier zu nehmen, die Zahlungen für russische Rüstungsimporte abwickeln.
Nach ukrainischen Angaben fanden sich allein in den Marschflugkörpern, die im März auf Kiew abgefeuert wurden, Bauteile von Herstellern aus sieben EU-Staaten.

In der Region Heilbronn-Franken, wo zahlreiche Maschinenbauer ihren Sitz haben, wird der Streit aufmerksam verfolgt.
Das Zollfahndungsamt Stuttgart ermittelt seit dem vergangenen Herbst gegen einen Werkzeugmaschinenhersteller aus dem Hohenlohekreis, der über ein Istanbuler Handelshaus Steuerungen nach Russland geliefert haben soll.
Ein Sprecher der IHK Heilbronn-Franken sagte unserer Zeitung, viele Mitgliedsbetriebe prüften ihre Kunden in der Türkei deutlich strenger: „Die Türkei ist für uns ein wichtiger Markt, aber niemand will auf einer Sanktionsliste landen.“
""",
    [
        T("Mittwoch", "DATE", "2026-05-20"),
        T("Mittwochabend", "TIME", "2026-05-20TEV"),
        T("April", "DATE", "2026-04"),
        T("Juni", "DATE", "2026-06"),
        T("der Nacht", "TIME", "2026-05-20TNI", note="night of 20 to 21 May"),
        T("März", "DATE", "2026-03"),
        T("dem vergangenen Herbst", "DATE", "2025-FA"),
    ],
    [
        E("EU foreign ministers adopt the 21st sanctions package against Russia", "SANCTION",
          ["European Union", "Russia"], "2026-05-20", "text", "occurred", "das 21. Sanktionspaket gegen Russland beschlossen",
          note="the package lists twelve Turkish companies for sanctions evasion"),
        E("Turkish foreign ministry summons the EU ambassador", "ACCUSE",
          ["Turkey", "European Union"], "2026-05-20TEV", "text", "occurred", "bestellte noch am Mittwochabend"),
        E("Fidan rejects the listing as unacceptable; Turkey follows only UN sanctions", "REJECT",
          ["Hakan Fidan", "European Union"], "2026-05-20", "context", "occurred", "in einer ersten Reaktion „inakzeptabel“"),
        E("Erdoğan warned Turkey would not be made a scapegoat for Europe's failures", "REQUEST",
          ["Recep Tayyip Erdoğan", "European Union"], "2026-04", "text", "occurred", "zum „Sündenbock“"),
        E("Turkey to raise the case at the EU association council", "CONSULT",
          ["Turkey", "European Union"], "2026-06", "text", "planned", "beim nächsten Assoziationsrat"),
        E("Kallas warns suppliers of Russian missiles of consequences", "THREATEN",
          ["Kaja Kallas"], "2026-05-20", "context", "occurred", "muss mit Konsequenzen rechnen"),
        E("Zakharova accuses the EU of 'economic banditry'", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2026-05-20TNI", "text", "occurred", "„wirtschaftlichem Banditentum“"),
        E("Sybiha welcomes the listings", "SUPPORT",
          ["Andrii Sybiha", "European Union"], "2026-05-20", "context", "occurred", "Sybiha begrüßte die Listungen"),
        E("Sybiha calls for sanctions on third-country banks handling Russian arms payments", "REQUEST",
          ["Andrii Sybiha", "European Union"], "2026-05-20", "context", "occurred", "Sybiha begrüßte die Listungen"),
        E("Russian cruise missiles fired at Kyiv in March", "ASSAULT",
          ["Russia", "Ukraine"], "2026-03", "text", "occurred", "die im März auf Kiew abgefeuert wurden"),
    ],
    [
        S("European Union", "The listed Turkish firms forwarded machine tools, electronics and drone parts to Russia",
          "2026-05-20", "context", "nach Erkenntnissen der EU"),
        S("Hakan Fidan", "Listing unacceptable; Turkey follows UN Security Council sanctions, not unilateral ones",
          "2026-05-20", "context", "in einer ersten Reaktion „inakzeptabel“"),
        S("Recep Tayyip Erdoğan", "Turkey will not be a scapegoat for Europe's failures", "2026-04", "text",
          "zum „Sündenbock“"),
        S("Turkey", "Will raise the case at the association council in June", "2026-05-20", "context",
          "beim nächsten Assoziationsrat"),
        S("Kaja Kallas", "Defends the decision", "2026-05-20", "context", "Kallas verteidigte die Entscheidung"),
        S("Kaja Kallas", "Whoever supplies Russian missiles with European parts faces consequences", "2026-05-20",
          "context", "muss mit Konsequenzen rechnen"),
        S("Maria Zakharova", "EU 'economic banditry' also aimed at Russia's partners", "2026-05-20TNI", "text",
          "„wirtschaftlichem Banditentum“"),
        S("Andrii Sybiha", "Welcomes the listings; target third-country banks too", "2026-05-20", "context",
          "Sybiha begrüßte die Listungen"),
        S("Ukraine", "Missiles fired at Kyiv in March contained parts from seven EU states", "2026-05-21",
          "published", "Nach ukrainischen Angaben fanden sich"),
    ],
    ["European Union", "Russia", "Turkey", "Hakan Fidan", "United Nations", "Recep Tayyip Erdoğan", "Kaja Kallas",
     "Maria Zakharova", "Andrii Sybiha", "Ukraine", "China"],
    basis="Fiction in a plausible setting: an EU 21st sanctions package adopted on Wednesday 2026-05-20 that lists "
          "Turkish firms, and Ankara's reaction. The regional paper appears on Thursday 2026-05-21.",
)


DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
