"""German articles of the blind138 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b138de01 (Sportbuzzer)
DE01 = """
Kehrtwende in Peking: IPC schließt Russen und Belarussen doch von den Paralympics aus

Peking (Sportbuzzer). Das Internationale Paralympische Komitee (IPC) hat die Athletinnen und Athleten aus Russland und Belarus am Donnerstag doch noch von den Winter-Paralympics in Peking ausgeschlossen.
Erst am Mittwoch hatte das IPC-Präsidium entschieden, die 83 Sportlerinnen und Sportler als neutrale Teilnehmer ohne Flagge und Hymne starten zu lassen.
Nach heftigen Protesten mehrerer Nationen, darunter nach Medienberichten Deutschland und Großbritannien, die mit dem Rückzug ihrer Mannschaften gedroht hatten, kam das Gremium in der Nacht zum Donnerstag erneut zusammen.
„Die Lage im Athletendorf ist unhaltbar geworden“, sagte IPC-Präsident Andrew Parsons am Vormittag vor Journalisten.
Die Spiele werden am Freitag im Nationalstadion eröffnet und dauern bis zum 13. März.

Parsons warf Russland vor, mit dem Einmarsch in die Ukraine am 24. Februar den olympischen Frieden gebrochen zu haben.
Bereits am Montag hatte das Internationale Olympische Komitee den Verbänden empfohlen, Sportler aus beiden Ländern von Wettbewerben auszuschließen.

Das Russische Paralympische Komitee nannte den Ausschluss „politisch motiviert“ und kündigte an, vor den Internationalen Sportgerichtshof CAS zu ziehen.
Kremlsprecher Dmitri Peskow sprach von einer „Schande“ für die paralympische Bewegung.
Das belarussische Sportministerium warf dem IPC „Diskriminierung“ vor.

Die ukrainische Mannschaft war erst am Mittwoch nach einer beschwerlichen, mehrtägigen Reise aus dem Kriegsgebiet in Peking eingetroffen.
Der Präsident des ukrainischen Paralympischen Komitees, Walerij Suschkewytsch, dankte den anderen Nationen für ihre Solidarität.
„Dass wir überhaupt hier sind, ist ein Wunder“, sagte er.
Präsident Wolodymyr Selenskyj hatte in der Nacht zum Mittwoch in einer Videobotschaft gefordert, Russland aus allen internationalen Sportverbänden auszuschließen.

Bundesinnenministerin Nancy Faeser (SPD), die auch für den Sport zuständig ist, sprach von einem „richtigen und überfälligen Signal“.
Der Deutsche Behindertensportverband teilte mit, sein Team werde wie geplant an der Eröffnungsfeier teilnehmen.

Unterdessen trafen sich Unterhändler Russlands und der Ukraine am Donnerstag im belarussischen Grenzgebiet zu einer zweiten Gesprächsrunde.
Nach Angaben beider Seiten verständigten sie sich auf humanitäre Korridore für Zivilisten aus umkämpften Städten.
"""

# ---------------------------------------------------------------- b138de02 (Aargauer Zeitung)
DE02 = """
IOC öffnet Russen und Belarussen die Tür – Kiew droht mit Boykott

Lausanne. Das Internationale Olympische Komitee (IOC) will Sportlerinnen und Sportler aus Russland und Belarus wieder an internationalen Wettkämpfen teilnehmen lassen.
Die Exekutive empfahl den Weltverbänden am Dienstag in Lausanne, Athleten mit russischem oder belarussischem Pass als «individuelle neutrale Athleten» zuzulassen.
Mannschaften bleiben ausgeschlossen, ebenso Sportler, die den Krieg aktiv unterstützen oder bei Armee oder Sicherheitsbehörden unter Vertrag stehen.
Ob Russen und Belarussen an den Sommerspielen in Paris im kommenden Jahr teilnehmen dürfen, liess das IOC offen.

IOC-Präsident Thomas Bach wies zugleich die Kritik mehrerer Regierungen zurück, namentlich aus Warschau und Kiew.
Es sei nicht Sache der Politik zu entscheiden, wer an Wettkämpfen teilnehme, sagte Bach.
Im Februar 2022, wenige Tage nach dem russischen Einmarsch in die Ukraine, hatte das IOC den Verbänden noch den Ausschluss empfohlen.
Ende Januar skizzierte die Exekutive dann einen «Weg» zurück über Wettkämpfe in Asien.
Der Fecht-Weltverband FIE hatte bereits am 10. März beschlossen, Russen und Belarussen wieder zuzulassen.

In Kiew löste die Empfehlung Empörung aus.
Sportminister Wadym Guzajt kündigte an, die Ukraine werde Wettkämpfe boykottieren, an denen Russen teilnehmen.
Aussenminister Dmytro Kuleba warf dem IOC vor, «Gewalt, Massenmord und Zerstörung» zu fördern.
Präsident Wolodymyr Selenskyj hatte Bach im Januar eingeladen, sich in Bachmut selbst ein Bild von der Zerstörung zu machen.

Kremlsprecher Dmitri Peskow nannte die Bedingungen am Mittwoch «inakzeptabel» und «diskriminierend».
Der Präsident des Russischen Olympischen Komitees, Stanislaw Posdnjakow, sprach von einer «Kränkung» aller russischen Sportler.

Bundesinnenministerin Nancy Faeser bezeichnete die Empfehlung als «Schlag ins Gesicht der ukrainischen Sportlerinnen und Sportler».
Polens Sportminister Kamil Bortniczuk will die Sportminister von rund 40 Staaten Mitte April nach Warschau einladen, um über ein gemeinsames Vorgehen zu beraten.
Bei Swiss Olympic in Ittigen hiess es, man werde die Empfehlung «sorgfältig prüfen».

In der Nacht zum Mittwoch griff Russland die Stadt Saporischschja erneut mit Raketen an.
Nach Angaben der ukrainischen Behörden wurde dabei ein Mensch getötet, mehrere Wohnhäuser wurden beschädigt.
"""

# ---------------------------------------------------------------- b138de03 (Sport Bild)
DE03 = """
Handschlag verweigert: Fecht-Weltverband disqualifiziert Olga Charlan – Kiew reagiert empört

Mailand. Der Eklat bei der Fecht-WM in Mailand beschäftigt die Politik in Kiew und Moskau.
Die Ukrainerin Olga Charlan war am Donnerstag disqualifiziert worden, weil sie ihrer Gegnerin Anna Smirnowa nach dem Gefecht den Handschlag verweigert hatte.
Die viermalige Olympia-Medaillengewinnerin hatte Smirnowa, die als neutrale Athletin startete, in der ersten Runde des Säbel-Einzels mit 15:7 besiegt und ihr danach nur die Klinge entgegengehalten.
Smirnowa blieb aus Protest fast eine Stunde lang auf der Planche sitzen, der Weltverband FIE zeigte Charlan schließlich die schwarze Karte.

Am Freitag hob die FIE die Disqualifikation vorläufig auf, sodass Charlan mit der ukrainischen Mannschaft im Teamwettbewerb antreten kann.
IOC-Präsident Thomas Bach sicherte der Säbelfechterin bereits am Donnerstagabend in einem Brief einen Startplatz bei den Olympischen Spielen in Paris im kommenden Jahr zu.

Außenminister Dmytro Kuleba nannte die Disqualifikation „absolut inakzeptabel“ und forderte den Weltverband auf, sie zurückzunehmen.
Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache am Donnerstagabend, Charlan habe der Welt gezeigt, was Würde bedeute.
Erst am Mittwoch hatte das ukrainische Sportministerium seinen Athleten erlaubt, in Einzelwettbewerben gegen neutrale Russen und Belarussen anzutreten.
Im April hatte die Regierung den Nationalteams noch untersagt, an Wettkämpfen mit russischer Beteiligung teilzunehmen.

In Moskau stieß das Verhalten der Ukrainerin auf scharfe Kritik.
Der Präsident des Russischen Olympischen Komitees, Stanislaw Posdnjakow, nannte es „beschämend“ und verlangte eine Sperre für Charlan.
Außenamtssprecherin Maria Sacharowa sprach am Freitag von einem „politischen Theater“, das der Westen inszeniert habe.

Am Mittwoch hatte das IOC die Einladungen für die Spiele in Paris an 203 Nationale Olympische Komitees verschickt, Russland und Belarus erhielten keine.
Frankreichs Präsident Emmanuel Macron hatte Anfang der Woche gesagt, eine russische Flagge werde es bei den Spielen „nicht geben“.
Über die Zulassung neutraler Athleten will das IOC erst später entscheiden.

In der Nacht zum Freitag schlug eine russische Rakete in ein Hochhaus in der Stadt Dnipro ein.
Nach Angaben der Behörden wurden mindestens neun Menschen verletzt.
Die Fecht-WM in Mailand endet am Sonntag.
"""

# ---------------------------------------------------------------- b138de04 (stern.de, explainer)
DE04 = """
„Spiele der Freundschaft“: Was hinter Putins Gegenveranstaltung zu Olympia steckt

Hamburg. Das Internationale Olympische Komitee (IOC) hat am Dienstag entschieden, dass die neutralen Athleten aus Russland und Belarus nicht an der Parade der Nationen bei der Eröffnung der Sommerspiele in Paris teilnehmen dürfen.
Zugleich verurteilte die IOC-Exekutive die von Moskau geplanten „Spiele der Freundschaft“ als zynischen Versuch, den Sport zu politisieren.
Die wichtigsten Fragen und Antworten.

Was sind die „Spiele der Freundschaft“?
Präsident Wladimir Putin hat per Dekret angeordnet, im September in Moskau und Jekaterinburg einen internationalen Wettbewerb in mehr als 30 Sportarten auszurichten.
Erwartet werden nach russischen Angaben Sportlerinnen und Sportler aus rund 70 Ländern, Preisgelder in Millionenhöhe sind angekündigt.
Sportminister Oleg Matyzin sagte Anfang März, die Spiele stünden allen offen, „die Sport ohne Politik wollen“.

Was wirft das IOC Russland vor?
Aus Sicht des IOC verstoßen die Spiele gegen die Olympische Charta, weil sie von einer Regierung organisiert werden.
Das Komitee rief die Regierungen und Nationalen Olympischen Komitees weltweit auf, sich nicht zu beteiligen.
Bereits im Oktober hatte das IOC das Russische Olympische Komitee suspendiert, weil es die Sportverbände aus vier besetzten ukrainischen Gebieten aufgenommen hatte.

Wie reagiert Moskau?
Außenamtssprecherin Maria Sacharowa warf dem IOC am Mittwoch vor, es handle „an der Grenze zu Rassismus und Neonazismus“.
Kremlsprecher Dmitri Peskow sagte, über eine Teilnahme russischer Sportler in Paris sei noch nicht entschieden.
Putin selbst hatte dem IOC bereits im Februar bei der Eröffnung der „Spiele der Zukunft“ in Kasan vorgeworfen, den Sport zu einem Instrument der Politik gemacht zu haben.

Wer darf in Paris überhaupt starten?
Das IOC hatte im Dezember beschlossen, qualifizierte Russen und Belarussen unter strengen Auflagen als neutrale Einzelathleten zuzulassen.
Nach IOC-Angaben haben sich bislang zwölf Russen und sieben Belarussen qualifiziert.
Eine Kommission prüft jeden Einzelfall, Sportler mit Verbindungen zu Armee oder Geheimdiensten bleiben ausgeschlossen.

Was sagen Kiew und Paris?
Der geschäftsführende ukrainische Sportminister Matwij Bidnyj begrüßte die Entscheidung zur Eröffnungsfeier als „Schritt in die richtige Richtung“, forderte aber erneut einen vollständigen Ausschluss.
Frankreichs Präsident Emmanuel Macron sagte am Mittwoch, er habe „keinen Zweifel“, dass Russland versuchen werde, die Spiele mit Desinformation zu stören.
Die Sommerspiele beginnen am 26. Juli, die Paralympics am 28. August.
"""

# ---------------------------------------------------------------- b138de05 (WAZ, live ticker)
DE05 = """
Paralympics im Liveticker: Eröffnung auf der Concorde – Kreml kritisiert Auflagen für russische Athleten

22.40 Uhr: Die Paralympischen Spiele von Paris sind eröffnet.
Frankreichs Präsident Emmanuel Macron sprach auf der Place de la Concorde die Eröffnungsformel, die Wettkämpfe dauern bis zum 8. September.

21.50 Uhr: Die ukrainische Mannschaft mit ihren 140 Athletinnen und Athleten ist unter minutenlangem Applaus auf die Concorde eingezogen.
Die neutralen Sportler aus Russland und Belarus nehmen an der Parade nicht teil, das hatte das IPC bereits im Frühjahr festgelegt.

20.05 Uhr: Kremlsprecher Dmitri Peskow hat die Auflagen für die russischen Athleten als „diskriminierend“ kritisiert.
Russland habe dennoch niemandem verboten zu starten, sagte Peskow der Agentur Ria Nowosti.

18.30 Uhr: Macron hat am Nachmittag im Élysée-Palast den ukrainischen Sportminister Matwij Bidnyj empfangen.
Frankreich werde der Ukraine auch beim Wiederaufbau zerstörter Sportstätten helfen, sagte Macron nach Angaben des Élysée.

16.15 Uhr: Präsident Wolodymyr Selenskyj hat dem ukrainischen Team in einer Videobotschaft Erfolg gewünscht.
„Ihr zeigt der Welt, dass die Ukraine nicht zu brechen ist“, sagte er.

14.00 Uhr: Das IPC hat 96 neutrale Athletinnen und Athleten zugelassen, 88 aus Russland und 8 aus Belarus.
Grundlage ist ein Beschluss der IPC-Generalversammlung vom September 2023, die Russlands Komitee teilweise und das belarussische Komitee vollständig suspendiert hatte.
Bidnyj forderte das IPC auf, jeden Einzelfall „mit größter Strenge“ zu prüfen.

11.20 Uhr: Bundesinnenministerin Nancy Faeser reist am Abend zur Eröffnungsfeier nach Paris.
Sie wird am Donnerstag beim ersten Spiel der deutschen Rollstuhlbasketballerinnen auf der Tribüne erwartet.

9.10 Uhr: Russland hat die Ukraine in der Nacht zum Mittwoch erneut mit Drohnen und Raketen angegriffen.
Nach Angaben der ukrainischen Luftwaffe wurden 74 von 81 Drohnen abgeschossen, in der Region Kiew wurde ein Mensch getötet.
Es war die dritte große Angriffswelle seit Montag.

7.30 Uhr: Willkommen zu unserem Liveticker!
Heute Abend werden auf der Place de la Concorde die 17. Paralympischen Sommerspiele eröffnet, erstmals außerhalb eines Stadions.
"""

# ---------------------------------------------------------------- b138de06 (salto.bz)
DE06 = """
IPC hebt Suspendierung Russlands auf – Kiew spricht von „Schande“

Seoul/Bozen. Die Generalversammlung des Internationalen Paralympischen Komitees (IPC) hat am Samstag in Seoul die Suspendierung der Nationalen Paralympischen Komitees Russlands und Belarus' aufgehoben.
Für die Aufhebung der Teilsuspendierung Russlands stimmten 91 Mitgliedsverbände, 77 stimmten dagegen; im Fall von Belarus fiel das Votum mit 119 zu 44 Stimmen deutlich aus.
Damit könnten Sportlerinnen und Sportler aus beiden Ländern bei den Winter-Paralympics im März in Cortina d'Ampezzo und im Fleimstal wieder unter ihrer eigenen Flagge antreten.
Voraussetzung ist allerdings, dass sie sich qualifizieren: Der Internationale Skiverband FIS schließt Russen und Belarussen weiterhin von seinen Wettbewerben aus.

Die Ukraine reagierte empört.
Sportminister Matwij Bidnyj nannte die Entscheidung eine „Schande“ und kündigte an, Kiew werde einen Boykott der Spiele in Italien prüfen.
Präsident Wolodymyr Selenskyj schrieb am Samstagabend auf X, wer Russland zurückhole, während es ukrainische Städte bombardiere, mache sich mitschuldig.
Auch der Deutsche Behindertensportverband hatte gegen die Aufhebung gestimmt.
Sportstaatsministerin Christiane Schenderlein (CDU) nannte das Ergebnis ein „fatales Signal“.

In Moskau wurde der Beschluss dagegen begrüßt.
Kremlsprecher Dmitri Peskow sprach am Sonntag von einer „guten Nachricht für den Sport“.
Sportminister Michail Degtjarjow, der zugleich das Russische Olympische Komitee führt, sagte, Russland werde auch beim IOC auf eine volle Rückkehr dringen.
Ob russische Athleten im Februar an den Olympischen Winterspielen teilnehmen dürfen, ist weiter offen.

Die Generalversammlung hatte Russland vor zwei Jahren in Bahrain teilweise suspendiert, Belarus vollständig.
Bei den Sommer-Paralympics in Paris im vergangenen Jahr durften Athleten beider Länder nur als Neutrale starten.

In der Nacht zum Sonntag griff Russland Kiew mit Hunderten Drohnen und Dutzenden Raketen an; nach Angaben der Stadtverwaltung wurden mindestens vier Menschen getötet.
Polen ließ wegen der Angriffe im Westen der Ukraine Kampfjets aufsteigen.
Die Olympischen Winterspiele werden am 6. Februar in Mailand eröffnet, die Winter-Paralympics beginnen am 6. März.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-ticker time (CEST)"

DOCS = [
    doc(
        "b138de01_ipc_kehrtwende_peking_2022_03", "2022-03-03", DE01,
        [
            T("Donnerstag", "DATE", "2022-03-03", 0),
            T("Mittwoch", "DATE", "2022-03-02", 0),
            T("der Nacht zum Donnerstag", "TIME", "2022-03-02TNI", note="night of 2 to 3 March"),
            T("Vormittag", "TIME", "2022-03-03TMO"),
            T("Freitag", "DATE", "2022-03-04"),
            T("13. März", "DATE", "2022-03-13"),
            T("24. Februar", "DATE", "2022-02-24"),
            T("Montag", "DATE", "2022-02-28"),
            T("Mittwoch", "DATE", "2022-03-02", 1),
            T("mehrtägigen", "DURATION", "PXD"),
            T("der Nacht zum Mittwoch", "TIME", "2022-03-01TNI", note="night of 1 to 2 March"),
            T("Donnerstag", "DATE", "2022-03-03", 2),
        ],
        [
            E("IPC bars Russian and Belarusian athletes from the Beijing Winter Paralympics", "SANCTION",
              ["Russia", "Belarus"], "2022-03-03", "text", "occurred", "doch noch von den Winter-Paralympics"),
            E("IPC board had decided to admit Russians and Belarusians as neutrals", "AGREE", ["Russia", "Belarus"],
              "2022-03-02", "text", "occurred", "Erst am Mittwoch hatte das IPC-Präsidium"),
            E("Several nations, reportedly including Germany and Britain, threaten to withdraw their teams",
              "THREATEN", ["Germany", "United Kingdom"], "2022-03-02", "context", "occurred",
              "Nach heftigen Protesten mehrerer Nationen"),
            E("IPC president accuses Russia of breaking the Olympic truce", "ACCUSE", ["Russia"], "2022-03-03",
              "published", "occurred", "Parsons warf Russland vor"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "Parsons warf Russland vor"),
            E("IOC recommends excluding athletes from both countries", "REQUEST", ["Russia", "Belarus"],
              "2022-02-28", "text", "occurred", "Bereits am Montag hatte das Internationale Olympische Komitee"),
            E("Russian Paralympic Committee calls the exclusion politically motivated", "ACCUSE", ["Russia"],
              "2022-03-03", "published", "occurred", "Das Russische Paralympische Komitee nannte"),
            E("Russian Paralympic Committee to take the case to CAS", "ACCUSE", ["Russia"], "2022-03-03",
              "published", "planned", "Das Russische Paralympische Komitee nannte"),
            E("Peskov calls the exclusion a disgrace", "ACCUSE", ["Dmitry Peskov"], "2022-03-03", "published",
              "occurred", "Kremlsprecher Dmitri Peskow sprach"),
            E("Belarus' sports ministry accuses the IPC of discrimination", "ACCUSE", ["Belarus"], "2022-03-03",
              "published", "occurred", "Das belarussische Sportministerium"),
            E("Ukraine's Paralympic Committee thanks the other nations for their solidarity", "SUPPORT", ["Ukraine"],
              "2022-03-03", "published", "occurred", "dankte den anderen Nationen"),
            E("Zelensky demands Russia's exclusion from all international sports federations", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-03-01TNI", "text", "occurred",
              "Präsident Wolodymyr Selenskyj hatte in der Nacht zum Mittwoch"),
            E("Faeser welcomes the exclusion", "SUPPORT", ["Germany"], "2022-03-03", "published", "occurred",
              "Bundesinnenministerin Nancy Faeser (SPD)"),
            E("Second round of Russia–Ukraine talks near the Belarusian border", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-03", "text", "occurred", "zu einer zweiten Gesprächsrunde"),
            E("Russia and Ukraine agree humanitarian corridors for civilians", "AGREE", ["Russia", "Ukraine"],
              "2022-03-03", "context", "occurred", "humanitäre Korridore"),
        ],
        [
            S("Russia", "Russian Paralympic Committee: the exclusion is politically motivated; it will go to CAS",
              "2022-03-03", "published", "Das Russische Paralympische Komitee nannte"),
            S("Dmitry Peskov", "The exclusion is a disgrace for the Paralympic movement", "2022-03-03", "published",
              "Kremlsprecher Dmitri Peskow sprach"),
            S("Belarus", "Sports ministry accuses the IPC of discrimination", "2022-03-03", "published",
              "Das belarussische Sportministerium"),
            S("Ukraine", "Sushkevych thanks the other nations for their solidarity", "2022-03-03", "published",
              "dankte den anderen Nationen"),
            S("Ukraine", "Sushkevych: it is a miracle that the team is here at all", "2022-03-03", "published",
              "ist ein Wunder"),
            S("Volodymyr Zelensky", "Russia must be excluded from all international sports federations",
              "2022-03-01TNI", "text", "Präsident Wolodymyr Selenskyj hatte in der Nacht zum Mittwoch"),
            S("Germany", "Faeser: the exclusion is a right and overdue signal", "2022-03-03", "published",
              "Bundesinnenministerin Nancy Faeser (SPD)"),
            S("Germany", "German disability sports federation: its team will attend the opening ceremony as planned",
              "2022-03-03", "published", "Der Deutsche Behindertensportverband teilte mit"),
            S("Russia", "Russia and Ukraine agreed humanitarian corridors", "2022-03-03", "context",
              "humanitäre Korridore"),
            S("Ukraine", "Russia and Ukraine agreed humanitarian corridors", "2022-03-03", "context",
              "humanitäre Korridore"),
        ],
        ["Russia", "Belarus", "Germany", "United Kingdom", "Ukraine", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b138de02_ioc_empfehlung_neutrale_2023_03", "2023-03-29", DE02,
        [
            T("Dienstag", "DATE", "2023-03-28"),
            T("kommenden Jahr", "DATE", "2024"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Ende Januar", "DATE", "2023-01", mod="END"),
            T("10. März", "DATE", "2023-03-10"),
            T("Januar", "DATE", "2023-01", 1),
            T("Mittwoch", "DATE", "2023-03-29", 0),
            T("Mitte April", "DATE", "2023-04", mod="MID"),
            T("der Nacht zum Mittwoch", "TIME", "2023-03-28TNI", note="night of 28 to 29 March"),
        ],
        [
            E("IOC executive board recommends readmitting Russian and Belarusian athletes as individual neutrals",
              "REQUEST", ["Russia", "Belarus"], "2023-03-28", "text", "occurred",
              "Die Exekutive empfahl den Weltverbänden am Dienstag"),
            E("Teams and athletes linked to the war or the security forces stay excluded", "SANCTION",
              ["Russia", "Belarus"], "2023-03-28", "context", "occurred", "Mannschaften bleiben ausgeschlossen"),
            E("Bach rejects criticism from Warsaw and Kyiv", "REJECT", ["Poland", "Ukraine"], "2023-03-28",
              "context", "occurred", "wies zugleich die Kritik mehrerer Regierungen zurück"),
            E("IOC recommended excluding Russian and Belarusian athletes", "REQUEST", ["Russia", "Belarus"],
              "2022-02", "text", "occurred", "Im Februar 2022"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "context", "occurred",
              "Im Februar 2022"),
            E("IOC sketches a pathway back through Asian competitions", "REQUEST", ["Russia", "Belarus"], "2023-01",
              "text", "occurred", "Ende Januar skizzierte", date_mod="END"),
            E("Fencing federation FIE readmits Russians and Belarusians", "AGREE", ["Russia", "Belarus"],
              "2023-03-10", "text", "occurred", "Der Fecht-Weltverband FIE"),
            E("Ukraine's sports minister announces a boycott of competitions with Russians", "THREATEN",
              ["Ukraine", "Russia"], "2023-03-29", "published", "occurred", "Sportminister Wadym Guzajt"),
            E("Kuleba accuses the IOC of promoting violence and mass murder", "ACCUSE", ["Ukraine"], "2023-03-29",
              "published", "occurred", "Aussenminister Dmytro Kuleba"),
            E("Zelensky invited Bach to Bakhmut", "REQUEST", ["Volodymyr Zelensky"], "2023-01", "text", "occurred",
              "hatte Bach im Januar eingeladen"),
            E("Peskov calls the conditions unacceptable and discriminatory", "ACCUSE", ["Dmitry Peskov"],
              "2023-03-29", "text", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("ROC president calls the conditions an insult to all Russian athletes", "ACCUSE", ["Russia"],
              "2023-03-29", "published", "occurred", "Stanislaw Posdnjakow"),
            E("Faeser calls the recommendation a slap in the face of Ukrainian athletes", "ACCUSE", ["Germany"],
              "2023-03-29", "published", "occurred", "Bundesinnenministerin Nancy Faeser"),
            E("Poland to host sports ministers of about 40 states in Warsaw", "CONSULT", ["Poland"], "2023-04",
              "text", "planned", "Polens Sportminister Kamil Bortniczuk", date_mod="MID"),
            E("Russian missile strike on Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"], "2023-03-28TNI", "text",
              "occurred", "In der Nacht zum Mittwoch griff Russland"),
        ],
        [
            S("Ukraine", "The recommendation provoked outrage in Kyiv", "2023-03-29", "published",
              "In Kiew löste die Empfehlung Empörung aus"),
            S("Ukraine", "Gutsait: Ukraine will boycott competitions in which Russians take part", "2023-03-29",
              "published", "Sportminister Wadym Guzajt"),
            S("Ukraine", "Kuleba: the IOC promotes violence, mass murder and destruction", "2023-03-29", "published",
              "Aussenminister Dmytro Kuleba"),
            S("Dmitry Peskov", "The conditions are unacceptable and discriminatory", "2023-03-29", "text",
              "Kremlsprecher Dmitri Peskow nannte"),
            S("Russia", "Pozdnyakov: an insult to all Russian athletes", "2023-03-29", "published",
              "Stanislaw Posdnjakow"),
            S("Germany", "Faeser: a slap in the face of Ukrainian athletes", "2023-03-29", "published",
              "Bundesinnenministerin Nancy Faeser"),
            S("Poland", "Bortniczuk will invite sports ministers of about 40 states to Warsaw in mid-April",
              "2023-03-29", "published", "Polens Sportminister Kamil Bortniczuk"),
            S("Ukraine", "Authorities: one person killed, several houses damaged in Zaporizhzhia", "2023-03-29",
              "published", "Nach Angaben der ukrainischen Behörden"),
        ],
        ["Russia", "Belarus", "Poland", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Germany"],
    ),
    doc(
        "b138de03_charlan_disqualifikation_mailand_2023_07", "2023-07-28", DE03,
        [
            T("Donnerstag", "DATE", "2023-07-27"),
            T("fast eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Freitag", "DATE", "2023-07-28", 0),
            T("Donnerstagabend", "TIME", "2023-07-27TEV", 0),
            T("kommenden Jahr", "DATE", "2024"),
            T("Donnerstagabend", "TIME", "2023-07-27TEV", 1),
            T("Mittwoch", "DATE", "2023-07-26", 0),
            T("April", "DATE", "2023-04"),
            T("Freitag", "DATE", "2023-07-28", 1),
            T("Mittwoch", "DATE", "2023-07-26", 1),
            T("Anfang der Woche", "DATE", "2023-W30", mod="START"),
            T("der Nacht zum Freitag", "TIME", "2023-07-27TNI", note="night of 27 to 28 July"),
            T("Sonntag", "DATE", "2023-07-30"),
        ],
        [
            E("Fencing federation disqualifies Ukraine's Olga Kharlan for refusing a handshake", "SANCTION",
              ["Ukraine"], "2023-07-27", "text", "occurred", "war am Donnerstag disqualifiziert worden"),
            E("FIE provisionally lifts Kharlan's disqualification", "CONCEDE", ["Ukraine"], "2023-07-28", "text",
              "occurred", "Am Freitag hob die FIE"),
            E("Bach guarantees Kharlan a place at the Paris Olympics", "AGREE", ["Ukraine"], "2023-07-27TEV",
              "text", "occurred", "sicherte der Säbelfechterin"),
            E("Kuleba calls the disqualification absolutely unacceptable", "ACCUSE", ["Ukraine"], "2023-07-28",
              "published", "occurred", "Außenminister Dmytro Kuleba nannte"),
            E("Kuleba demands that the federation reverse the disqualification", "REQUEST", ["Ukraine"],
              "2023-07-28", "published", "occurred", "Außenminister Dmytro Kuleba nannte"),
            E("Zelensky praises Kharlan", "SUPPORT", ["Volodymyr Zelensky"], "2023-07-27TEV", "text", "occurred",
              "in seiner Videoansprache am Donnerstagabend"),
            E("Ukraine's sports ministry allows its athletes to face neutral Russians and Belarusians", "AGREE",
              ["Ukraine"], "2023-07-26", "text", "occurred", "Erst am Mittwoch hatte das ukrainische Sportministerium"),
            E("Kyiv had barred its national teams from competitions with Russian participation", "REJECT",
              ["Ukraine", "Russia"], "2023-04", "text", "occurred", "Im April hatte die Regierung"),
            E("ROC president calls Kharlan's conduct shameful", "ACCUSE", ["Russia"], "2023-07-28", "published",
              "occurred", "nannte es „beschämend“"),
            E("ROC president demands a ban for Kharlan", "REQUEST", ["Russia"], "2023-07-28", "published",
              "occurred", "nannte es „beschämend“"),
            E("Zakharova calls the affair political theatre staged by the West", "ACCUSE", ["Maria Zakharova"],
              "2023-07-28", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("IOC sends invitations for the Paris Games without Russia and Belarus", "SANCTION",
              ["Russia", "Belarus"], "2023-07-26", "text", "occurred", "die Einladungen für die Spiele"),
            E("Macron rules out a Russian flag at the Games", "REJECT", ["Emmanuel Macron", "Russia"], "2023-W30",
              "text", "occurred", "Frankreichs Präsident Emmanuel Macron hatte Anfang der Woche",
              date_mod="START"),
            E("Russian missile hits a high-rise in Dnipro", "ASSAULT", ["Russia", "Ukraine"], "2023-07-27TNI",
              "text", "occurred", "In der Nacht zum Freitag schlug"),
        ],
        [
            S("Ukraine", "Kuleba: the disqualification is absolutely unacceptable and must be reversed",
              "2023-07-28", "published", "Außenminister Dmytro Kuleba nannte"),
            S("Volodymyr Zelensky", "Kharlan has shown the world what dignity means", "2023-07-27TEV", "text",
              "in seiner Videoansprache am Donnerstagabend"),
            S("Russia", "Kharlan's conduct met sharp criticism in Moscow", "2023-07-28", "published",
              "In Moskau stieß das Verhalten"),
            S("Russia", "Pozdnyakov: Kharlan's conduct is shameful; she should be banned", "2023-07-28", "published",
              "nannte es „beschämend“"),
            S("Maria Zakharova", "The affair is political theatre staged by the West", "2023-07-28", "text",
              "Außenamtssprecherin Maria Sacharowa"),
            S("Emmanuel Macron", "There will be no Russian flag at the Games", "2023-W30", "text",
              "Frankreichs Präsident Emmanuel Macron hatte Anfang der Woche"),
            S("Ukraine", "Authorities: at least nine people injured in Dnipro", "2023-07-28", "published",
              "mindestens neun Menschen verletzt"),
        ],
        ["Ukraine", "Russia", "Belarus", "Volodymyr Zelensky", "Maria Zakharova", "Emmanuel Macron", "France"],
    ),
    doc(
        "b138de04_erklaerstueck_spiele_der_freundschaft_2024_03", "2024-03-21", DE04,
        [
            T("Dienstag", "DATE", "2024-03-19"),
            T("September", "DATE", "2024-09"),
            T("Anfang März", "DATE", "2024-03", mod="START"),
            T("Oktober", "DATE", "2023-10"),
            T("Mittwoch", "DATE", "2024-03-20", 0),
            T("Februar", "DATE", "2024-02"),
            T("Dezember", "DATE", "2023-12"),
            T("Mittwoch", "DATE", "2024-03-20", 1),
            T("26. Juli", "DATE", "2024-07-26"),
            T("28. August", "DATE", "2024-08-28"),
        ],
        [
            E("IOC bars the neutral athletes from Russia and Belarus from the opening parade in Paris", "SANCTION",
              ["Russia", "Belarus"], "2024-03-19", "text", "occurred", "nicht an der Parade der Nationen"),
            E("IOC executive board condemns Moscow's 'Friendship Games' as a cynical attempt to politicise sport",
              "ACCUSE", ["Russia"], "2024-03-19", "context", "occurred", "Zugleich verurteilte die IOC-Exekutive"),
            E("IOC calls on governments and Olympic committees not to take part in the Friendship Games", "REQUEST",
              ["Russia"], "2024-03-19", "context", "occurred", "rief die Regierungen und Nationalen Olympischen"),
            E("IOC suspended the Russian Olympic Committee", "SANCTION", ["Russia"], "2023-10", "text", "occurred",
              "Bereits im Oktober hatte das IOC"),
            E("ROC admitted the sports bodies of four occupied Ukrainian regions", "COERCE", ["Russia", "Ukraine"],
              "2023-10", "context", "occurred", "Bereits im Oktober hatte das IOC"),
            E("Zakharova accuses the IOC of acting on the verge of racism and neo-Nazism", "ACCUSE",
              ["Maria Zakharova"], "2024-03-20", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Putin accused the IOC of making sport an instrument of politics", "ACCUSE", ["Vladimir Putin"],
              "2024-02", "text", "occurred", "Putin selbst hatte dem IOC"),
            E("IOC decided to admit qualified Russians and Belarusians as neutral athletes", "AGREE",
              ["Russia", "Belarus"], "2023-12", "text", "occurred", "Das IOC hatte im Dezember beschlossen"),
            E("Athletes linked to the army or intelligence services stay excluded", "SANCTION",
              ["Russia", "Belarus"], "2023-12", "context", "occurred", "Eine Kommission prüft jeden Einzelfall"),
            E("Ukraine's acting sports minister welcomes the parade decision", "SUPPORT", ["Ukraine"], "2024-03-21",
              "published", "occurred", "Matwij Bidnyj begrüßte"),
            E("Ukraine demands a complete exclusion", "REQUEST", ["Ukraine", "Russia"], "2024-03-21", "published",
              "occurred", "Matwij Bidnyj begrüßte"),
            E("Macron: Russia will try to disrupt the Games with disinformation", "ACCUSE",
              ["Emmanuel Macron", "Russia"], "2024-03-20", "text", "occurred", "er habe „keinen Zweifel“"),
        ],
        [
            S("Russia", "Athletes from about 70 countries are expected at the Friendship Games", "2024-03-21",
              "published", "nach russischen Angaben"),
            S("Russia", "Matytsin: the Friendship Games are open to all who want sport without politics", "2024-03",
              "text", "Sportminister Oleg Matyzin"),
            S("Maria Zakharova", "The IOC acts on the verge of racism and neo-Nazism", "2024-03-20", "text",
              "Außenamtssprecherin Maria Sacharowa"),
            S("Dmitry Peskov", "No decision yet on Russian athletes taking part in Paris", "2024-03-21", "published",
              "Kremlsprecher Dmitri Peskow sagte"),
            S("Vladimir Putin", "The IOC has made sport an instrument of politics", "2024-02", "text",
              "Putin selbst hatte dem IOC"),
            S("Ukraine", "Bidnyi: the parade decision is a step in the right direction, but a full exclusion is needed",
              "2024-03-21", "published", "Matwij Bidnyj begrüßte"),
            S("Emmanuel Macron", "No doubt that Russia will try to disrupt the Games with disinformation",
              "2024-03-20", "text", "er habe „keinen Zweifel“"),
        ],
        ["Russia", "Belarus", "Vladimir Putin", "Ukraine", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "Emmanuel Macron", "France"],
    ),
    doc(
        "b138de05_liveticker_paralympics_eroeffnung_2024_08", "2024-08-28", DE05,
        [
            T("22.40 Uhr", "TIME", "2024-08-28T22:40", note=LIVE),
            T("8. September", "DATE", "2024-09-08"),
            T("21.50 Uhr", "TIME", "2024-08-28T21:50", note=LIVE),
            T("minutenlangem", "DURATION", "PTXM"),
            T("Frühjahr", "DATE", "2024-SP"),
            T("20.05 Uhr", "TIME", "2024-08-28T20:05", note=LIVE),
            T("18.30 Uhr", "TIME", "2024-08-28T18:30", note=LIVE),
            T("Nachmittag", "TIME", "2024-08-28TAF"),
            T("16.15 Uhr", "TIME", "2024-08-28T16:15", note=LIVE),
            T("14.00 Uhr", "TIME", "2024-08-28T14:00", note=LIVE),
            T("September 2023", "DATE", "2023-09"),
            T("11.20 Uhr", "TIME", "2024-08-28T11:20", note=LIVE),
            T("Abend", "TIME", "2024-08-28TEV", 0),
            T("Donnerstag", "DATE", "2024-08-29"),
            T("9.10 Uhr", "TIME", "2024-08-28T09:10", note=LIVE),
            T("der Nacht zum Mittwoch", "TIME", "2024-08-27TNI", note="night of 27 to 28 August"),
            T("Montag", "DATE", "2024-08-26"),
            T("7.30 Uhr", "TIME", "2024-08-28T07:30", note=LIVE),
            T("Heute Abend", "TIME", "2024-08-28TEV"),
        ],
        [
            E("Neutral athletes from Russia and Belarus barred from the opening parade", "SANCTION",
              ["Russia", "Belarus"], "2024-SP", "text", "occurred", "nehmen an der Parade nicht teil"),
            E("Peskov criticises the conditions for Russian athletes as discriminatory", "ACCUSE", ["Dmitry Peskov"],
              "2024-08-28", "published", "occurred", "hat die Auflagen für die russischen Athleten"),
            E("Macron receives Ukraine's sports minister at the Élysée", "CONSULT", ["Emmanuel Macron", "Ukraine"],
              "2024-08-28TAF", "text", "occurred", "Macron hat am Nachmittag im Élysée-Palast"),
            E("Macron promises French help to rebuild destroyed sports facilities in Ukraine", "AGREE",
              ["Emmanuel Macron", "Ukraine"], "2024-08-28TAF", "context", "occurred",
              "beim Wiederaufbau zerstörter Sportstätten"),
            E("Zelensky wishes the Ukrainian team success", "SUPPORT", ["Volodymyr Zelensky"], "2024-08-28",
              "published", "occurred", "in einer Videobotschaft Erfolg gewünscht"),
            E("IPC admits 96 neutral athletes from Russia and Belarus", "AGREE", ["Russia", "Belarus"], "2024-08-28",
              "published", "occurred", "Das IPC hat 96 neutrale"),
            E("IPC General Assembly partially suspended Russia's and fully suspended Belarus' committee", "SANCTION",
              ["Russia", "Belarus"], "2023-09", "text", "occurred", "Grundlage ist ein Beschluss"),
            E("Bidnyi calls on the IPC to vet every case with the utmost rigour", "REQUEST", ["Ukraine"],
              "2024-08-28", "published", "occurred", "Bidnyj forderte das IPC auf"),
            E("Faeser travels to Paris for the opening ceremony", "CONSULT", ["Germany"], "2024-08-28TEV", "text",
              "planned", "Nancy Faeser reist am Abend"),
            E("Russian drone and missile attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2024-08-27TNI",
              "text", "occurred", "in der Nacht zum Mittwoch erneut"),
            E("Russian wave of attacks on Monday", "ASSAULT", ["Russia", "Ukraine"], "2024-08-26", "text",
              "occurred", "dritte große Angriffswelle"),
        ],
        [
            S("Dmitry Peskov", "The conditions for Russian athletes are discriminatory", "2024-08-28", "published",
              "hat die Auflagen für die russischen Athleten"),
            S("Dmitry Peskov", "Russia has nevertheless forbidden nobody to compete", "2024-08-28", "published",
              "niemandem verboten"),
            S("Emmanuel Macron", "France will also help Ukraine rebuild destroyed sports facilities", "2024-08-28TAF",
              "context", "beim Wiederaufbau zerstörter Sportstätten"),
            S("Volodymyr Zelensky", "Wishes the Ukrainian team success", "2024-08-28", "published",
              "in einer Videobotschaft Erfolg gewünscht"),
            S("Volodymyr Zelensky", "You show the world that Ukraine cannot be broken", "2024-08-28", "published",
              "Ihr zeigt der Welt"),
            S("Ukraine", "Bidnyi: the IPC must vet every case with the utmost rigour", "2024-08-28", "published",
              "Bidnyj forderte das IPC auf"),
            S("Ukraine", "Air force: 74 of 81 drones shot down; one person killed in the Kyiv region", "2024-08-28",
              "published", "Nach Angaben der ukrainischen Luftwaffe"),
        ],
        ["Emmanuel Macron", "France", "Ukraine", "Russia", "Belarus", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky", "Germany"],
    ),
    doc(
        "b138de06_ipc_hebt_suspendierung_auf_2025_09", "2025-09-28", DE06,
        [
            T("Samstag", "DATE", "2025-09-27"),
            T("März", "DATE", "2026-03", 0),
            T("Samstagabend", "TIME", "2025-09-27TEV"),
            T("Sonntag", "DATE", "2025-09-28", 0),
            T("Februar", "DATE", "2026-02", 0),
            T("vor zwei Jahren", "DATE", "2023"),
            T("vergangenen Jahr", "DATE", "2024"),
            T("der Nacht zum Sonntag", "TIME", "2025-09-27TNI", note="night of 27 to 28 September"),
            T("6. Februar", "DATE", "2026-02-06"),
            T("6. März", "DATE", "2026-03-06"),
        ],
        [
            E("IPC General Assembly lifts the suspensions of Russia's and Belarus' Paralympic committees", "CONCEDE",
              ["Russia", "Belarus"], "2025-09-27", "text", "occurred", "hat am Samstag in Seoul"),
            E("FIS keeps Russians and Belarusians excluded from its competitions", "SANCTION", ["Russia", "Belarus"],
              "2025-09-28", "published", "occurred", "Der Internationale Skiverband FIS"),
            E("Bidnyi calls the decision a disgrace", "ACCUSE", ["Ukraine"], "2025-09-28", "published", "occurred",
              "Sportminister Matwij Bidnyj nannte"),
            E("Kyiv to consider a boycott of the Games in Italy", "THREATEN", ["Ukraine"], "2025-09-28", "published",
              "occurred", "Sportminister Matwij Bidnyj nannte"),
            E("Zelensky: whoever brings Russia back while it bombs Ukrainian cities becomes complicit", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-09-27TEV", "text", "occurred",
              "Präsident Wolodymyr Selenskyj schrieb am Samstagabend"),
            E("German disability sports federation voted against lifting the suspension", "REJECT", ["Germany"],
              "2025-09-27", "context", "occurred", "hatte gegen die Aufhebung gestimmt"),
            E("Schenderlein calls the result a fatal signal", "ACCUSE", ["Germany"], "2025-09-28", "published",
              "occurred", "Sportstaatsministerin Christiane Schenderlein"),
            E("Peskov welcomes the decision as good news for sport", "SUPPORT", ["Dmitry Peskov"], "2025-09-28",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sprach am Sonntag"),
            E("Degtyarev: Russia will push the IOC for a full return", "REQUEST", ["Russia"], "2025-09-28",
              "published", "occurred", "Sportminister Michail Degtjarjow"),
            E("General Assembly suspended Russia partially and Belarus fully in Bahrain", "SANCTION",
              ["Russia", "Belarus"], "2023", "text", "occurred", "vor zwei Jahren in Bahrain"),
            E("Athletes of both countries were allowed to compete only as neutrals at the Paris Paralympics", "AGREE",
              ["Russia", "Belarus"], "2024", "text", "occurred", "nur als Neutrale starten"),
            E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-09-27TNI", "text",
              "occurred", "In der Nacht zum Sonntag griff Russland Kiew"),
            E("Poland scrambles fighter jets", "MOBILIZE", ["Poland"], "2025-09-27TNI", "context", "occurred",
              "Polen ließ wegen der Angriffe"),
        ],
        [
            S("Ukraine", "Ukraine reacted with outrage", "2025-09-28", "published", "Die Ukraine reagierte empört"),
            S("Ukraine", "Bidnyi: the decision is a disgrace; Kyiv will consider a boycott of the Games in Italy",
              "2025-09-28", "published", "Sportminister Matwij Bidnyj nannte"),
            S("Volodymyr Zelensky", "Whoever brings Russia back while it bombs Ukrainian cities becomes complicit",
              "2025-09-27TEV", "text", "Präsident Wolodymyr Selenskyj schrieb am Samstagabend"),
            S("Germany", "Schenderlein: the result is a fatal signal", "2025-09-28", "published",
              "Sportstaatsministerin Christiane Schenderlein"),
            S("Russia", "The decision was welcomed in Moscow", "2025-09-28", "published",
              "In Moskau wurde der Beschluss dagegen begrüßt"),
            S("Dmitry Peskov", "Good news for sport", "2025-09-28", "text",
              "Kremlsprecher Dmitri Peskow sprach am Sonntag"),
            S("Russia", "Degtyarev: Russia will now push the IOC for a full return", "2025-09-28", "published",
              "Sportminister Michail Degtjarjow"),
            S("Ukraine", "City administration: at least four people killed in Kyiv", "2025-09-28", "published",
              "In der Nacht zum Sonntag griff Russland Kiew"),
        ],
        ["Russia", "Belarus", "Ukraine", "Volodymyr Zelensky", "Germany", "Kremlin", "Dmitry Peskov", "Poland"],
    ),
]
