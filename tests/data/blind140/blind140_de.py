"""German articles of the blind140 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b140de01 (Deutsche Welle)
DE01 = """
Kanada öffnet Ukrainern die Tür – ohne Obergrenze

Ottawa. Kanada hat am Donnerstag ein Sonderprogramm gestartet, über das Ukrainerinnen und Ukrainer ohne zahlenmäßige Begrenzung ins Land kommen und dort bis zu drei Jahre leben und arbeiten können.
Einwanderungsminister Sean Fraser nannte die „Canada-Ukraine Authorization for Emergency Travel“ (CUAET) den schnellsten und sichersten Weg für Menschen, die vor dem Krieg fliehen.
Die Visumgebühren entfallen, Fingerabdrücke werden unter anderem in Warschau, Wien und Bukarest abgenommen.
Bis Freitagmorgen gingen nach Angaben der Einwanderungsbehörde IRCC bereits mehr als 10.000 Anträge ein.

Den Ausschlag für das Tempo gab auch der Auftritt von Präsident Wolodymyr Selenskyj, der am Dienstag per Video vor beiden Kammern des Parlaments in Ottawa sprach.
Selenskyj bat die Abgeordneten um eine Flugverbotszone über der Ukraine und um noch härtere Sanktionen gegen Moskau.
„Wir wollen leben, und wir wollen siegen“, sagte er unter stehendem Applaus.
Premierminister Justin Trudeau sagte weitere Hilfe zu, lehnte eine Flugverbotszone aber ab, weil sie einen direkten Krieg zwischen der Nato und Russland auslösen könnte.

Außenministerin Mélanie Joly verhängte am Mittwoch Sanktionen gegen 15 weitere Vertreter der russischen Führung, darunter mehrere Abgeordnete der Staatsduma.
Bereits Anfang März hatte Kanada als erstes Land Russland und Belarus den Status als meistbegünstigte Handelspartner entzogen; seither wird auf fast alle Einfuhren aus beiden Ländern ein Zoll von 35 Prozent fällig.
Vize-Premierministerin und Finanzministerin Chrystia Freeland, deren Großeltern aus der Ukraine stammen, versprach am Donnerstag, Kanada werde „so lange wie nötig“ an der Seite Kiews stehen.

Die ukrainische Botschafterin in Ottawa, Julija Kowaliw, dankte Kanada für die „offenen Arme“.
Der Ukrainische Kanadische Kongress begrüßte das Programm, forderte aber Charterflüge und Hilfe bei der Wohnungssuche.
Die russische Botschaft warf der Regierung dagegen vor, mit Waffenlieferungen an Kiew den Krieg zu verlängern.

In Kanada leben rund 1,4 Millionen Menschen ukrainischer Herkunft, nach Russland die größte ukrainische Gemeinschaft weltweit.
Nach Angaben des UN-Flüchtlingshilfswerks haben seit dem 24. Februar mehr als 3,2 Millionen Menschen die Ukraine verlassen, die meisten in Richtung Polen.
Kremlsprecher Dmitri Peskow sagte am Freitag, die Gespräche mit Kiew würden fortgesetzt, kämen aber langsamer voran, als Moskau es sich wünsche.
Die ersten Ukrainer mit dem neuen Status werden nach Einschätzung des Ministeriums in den kommenden Wochen in Kanada erwartet.
"""

# ---------------------------------------------------------------- b140de02 (Frankfurter Rundschau)
DE02 = """
Kanada liefert 200 Radpanzer – Ministerin Anand überraschend in Kiew

Kiew/Ottawa. Kanada wird der Ukraine 200 gepanzerte Mannschaftstransporter vom Typ Senator liefern.
Das kündigte Verteidigungsministerin Anita Anand am Mittwoch bei einem unangekündigten Besuch in Kiew an, wo sie ihren ukrainischen Amtskollegen Oleksij Resnikow traf.
Die Fahrzeuge des Herstellers Roshel aus der Provinz Ontario kosten rund 90 Millionen kanadische Dollar und sollen in den kommenden Monaten ausgeliefert werden.
Resnikow dankte Kanada am Mittwochabend auf Twitter: Die Panzerwagen würden das Leben vieler Soldaten retten.

Anands Besuch wurde von einem schweren Unglück überschattet.
Am Mittwochmorgen war in Browary bei Kiew ein Hubschrauber in der Nähe eines Kindergartens abgestürzt; unter den Toten sind Innenminister Denys Monastyrskyj, sein Stellvertreter und ein Kind.
Anand sprach den Familien ihr Beileid aus und legte an der Gedenkmauer für die gefallenen Verteidiger der Ukraine einen Kranz nieder.

Erst vergangene Woche hatte Premierminister Justin Trudeau beim Nordamerika-Gipfel in Mexiko-Stadt angekündigt, für rund 406 Millionen Dollar ein NASAMS-Flugabwehrsystem in den USA zu kaufen und Kiew zu überlassen.
Insgesamt hat Kanada der Ukraine seit Februar 2022 Militärhilfe im Wert von mehr als einer Milliarde kanadischer Dollar zugesagt.
Kanadische Ausbilder schulen zudem seit dem vergangenen Sommer ukrainische Rekruten in Großbritannien.
Ob Kanada auch einige seiner Leopard-2-Panzer abgibt, ließ Anand offen.

Präsident Wolodymyr Selenskyj forderte am Mittwochabend in seiner Videoansprache erneut Kampfpanzer westlicher Bauart.
Von dem Treffen der Ukraine-Kontaktgruppe unter Vorsitz der USA am Freitag auf dem Stützpunkt Ramstein erwarte er „starke Entscheidungen“, sagte Selenskyj.
In Berlin wurde am Donnerstag der neue Verteidigungsminister Boris Pistorius vereidigt, der noch am selben Tag seinen US-Kollegen Lloyd Austin empfangen wollte.

Moskau reagierte mit Drohungen.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sagte am Donnerstag, jede Lieferung westlicher Kampfpanzer werde „zu einem legitimen Ziel“ der russischen Streitkräfte.
Der russische Botschafter in Ottawa, Oleg Stepanow, warf Kanada vor, sich immer tiefer in den Konflikt hineinziehen zu lassen.
Am Samstag waren bei einem russischen Raketenangriff auf ein Hochhaus in Dnipro mindestens 45 Menschen ums Leben gekommen; Kiew wirft Moskau vor, gezielt Wohngebiete zu beschießen.
"""

# ---------------------------------------------------------------- b140de03 (Handelsblatt)
DE03 = """
Trudeau in Kiew: Kanada beschlagnahmt russisches Riesenflugzeug für die Ukraine

Kiew/Toronto. Kanada beschlagnahmt ein russisches Frachtflugzeug vom Typ Antonow An-124, das seit Februar 2022 auf dem Flughafen Toronto-Pearson festsitzt, und will es der Ukraine übergeben.
Das kündigte Premierminister Justin Trudeau am Samstag bei seinem zweiten Besuch in Kiew seit Beginn der russischen Invasion an.
Die Maschine der sanktionierten Frachtfluggesellschaft Wolga-Dnepr war am 27. Februar 2022 mit einer Ladung Corona-Tests in Toronto gelandet; noch am selben Tag sperrte Kanada seinen Luftraum für russische Flugzeuge.
Grundlage der Beschlagnahme ist das Gesetz über besondere Wirtschaftsmaßnahmen, das seit vergangenem Jahr auch die Einziehung sanktionierter Vermögenswerte erlaubt.

Trudeau traf in Kiew Präsident Wolodymyr Selenskyj und sagte weitere Militärhilfe über 500 Millionen kanadische Dollar für die kommenden drei Jahre zu.
Zudem verhängte Kanada Sanktionen gegen 35 Personen und Organisationen, die an der Verschleppung ukrainischer Kinder nach Russland beteiligt sein sollen.
Gemeinsam legten die beiden an der Gedenkmauer für die gefallenen Verteidiger Kränze nieder.
Selenskyj dankte Kanada für seine „prinzipientreue Haltung“ und bat um Unterstützung bei der Ausbildung ukrainischer Piloten an F-16-Kampfjets.
Auf der gemeinsamen Pressekonferenz bestätigte er indirekt den Beginn der lange erwarteten Gegenoffensive: In der Ukraine fänden „Gegenoffensiv- und Verteidigungshandlungen“ statt, über Einzelheiten werde er nicht sprechen.

Der Besuch fiel in eine schwierige Woche: Am Dienstag war der Kachowka-Staudamm am Dnipro zerstört worden, weite Teile der Region Cherson stehen unter Wasser.
Kiew und Moskau machen sich gegenseitig für die Zerstörung verantwortlich.
Trudeau sagte zehn Millionen Dollar für die Opfer der Flut zu.

Moskau reagierte scharf auf die Beschlagnahme.
Die russische Botschaft in Ottawa sprach am Sonntag von „Diebstahl“ und kündigte eine „angemessene Antwort“ an.
Kremlsprecher Dmitri Peskow nannte die Entscheidung am Montag „rechtswidrig“; Russland werde seine Interessen „mit allen Mitteln“ schützen.
Wolga-Dnepr kündigte an, gegen die Beschlagnahme vor Gericht zu ziehen.

Die An-124 zählt zu den größten Transportflugzeugen der Welt; entwickelt wurde sie vom Kiewer Konstruktionsbüro Antonow.
Das noch größere Antonow-Flugzeug An-225 „Mrija“ war Ende Februar 2022 von russischen Truppen auf dem Flughafen Hostomel bei Kiew zerstört worden.
Trudeau hatte Kiew bereits im Mai 2022 besucht und damals die kanadische Botschaft wiedereröffnet.
"""

# ---------------------------------------------------------------- b140de04 (Der Tagesspiegel, interview)
DE04 = """
Joly im Interview: „Putin setzt darauf, dass wir müde werden“

Ottawa. Kanadas Außenministerin Mélanie Joly hat die Staaten des Globalen Südens aufgerufen, am Friedensgipfel für die Ukraine auf dem Bürgenstock teilzunehmen.
„Wer über Frieden in der Ukraine reden will, muss am Tisch sitzen“, sagte Joly am Mittwoch im Gespräch mit dem Tagesspiegel in ihrem Ministerium in Ottawa.
Zu dem Treffen am Wochenende in der Zentralschweiz werden mehr als 90 Staaten erwartet, darunter US-Vizepräsidentin Kamala Harris, Bundeskanzler Olaf Scholz und Kanadas Premierminister Justin Trudeau.
Russland ist nicht eingeladen.
Dass China fernbleibt, nannte Joly „eine verpasste Chance“: Peking könne mehr als jedes andere Land tun, um Moskau zum Einlenken zu bewegen.

Kanada leitet gemeinsam mit der Ukraine die im Februar gegründete internationale Koalition für die Rückkehr ukrainischer Kinder.
„Russland muss jedes einzelne Kind zurückgeben“, sagte Joly.
Nach Angaben aus Kiew wurden seit Februar 2022 fast 20.000 Kinder nach Russland oder in die besetzten Gebiete verschleppt, zurückgekehrt sind bislang nur wenige Hundert.

Beim G7-Gipfel in Apulien, zu dem Italiens Ministerpräsidentin Giorgia Meloni von Donnerstag an einlädt, soll nach Jolys Worten ein Kredit über 50 Milliarden US-Dollar für die Ukraine beschlossen werden.
Bedient werden soll er aus den Zinserträgen eingefrorener russischer Vermögen.
Am Dienstag hatte Kanada Sanktionen gegen elf Personen und 16 Unternehmen verhängt, die Russland beim Umgehen der Sanktionen geholfen haben sollen, darunter Firmen in China.
Im Sicherheitsabkommen, das Trudeau und Präsident Wolodymyr Selenskyj Ende Februar in Kiew unterzeichnet haben, hat Kanada der Ukraine für dieses Jahr mehr als drei Milliarden kanadische Dollar an Militärhilfe zugesagt.

„Putin setzt darauf, dass wir müde werden. Diesen Gefallen tun wir ihm nicht“, sagte Joly.
Auf die Frage nach einer möglichen Rückkehr Donald Trumps ins Weiße Haus antwortete sie, Kanada bereite sich „auf alle Szenarien“ vor und spreche in Washington mit Demokraten wie Republikanern.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Ottawa am Mittwoch vor, die „Russophobie zur Staatsdoktrin“ gemacht zu haben; den Gipfel auf dem Bürgenstock nannte sie eine „Sackgasse“.
Das ukrainische Außenministerium dankte Kanada für seine „konsequente Haltung“.
Joly reist am Freitag in die Schweiz, Trudeau wird am Samstag auf dem Bürgenstock erwartet.
"""

# ---------------------------------------------------------------- b140de05 (Süddeutsche Zeitung)
DE05 = """
Freelands Rücktritt: Kiew verliert eine wichtige Fürsprecherin in Ottawa

Ottawa/Kiew. Der überraschende Rücktritt der kanadischen Vize-Premierministerin und Finanzministerin Chrystia Freeland hat auch in der Ukraine Bedauern ausgelöst.
Freeland hatte ihr Amt am Montagmorgen niedergelegt, kurz bevor sie im Parlament die Haushaltszahlen vorstellen sollte.
In ihrem Rücktrittsschreiben an Premierminister Justin Trudeau warf sie ihm vor, die Gefahr durch die von US-Präsident Donald Trump angedrohten Zölle zu unterschätzen.
Trump hatte Ende November Strafzölle von 25 Prozent auf alle Einfuhren aus Kanada angekündigt.

Präsident Wolodymyr Selenskyj dankte Freeland am Dienstag auf X für ihre „unerschütterliche Unterstützung“.
„Die Ukrainer werden nicht vergessen, was sie für uns getan hat“, schrieb Selenskyj.
Die Enkelin ukrainischer Einwanderer aus Alberta galt als treibende Kraft hinter Kanadas Sanktionspolitik.
Im Februar 2022 setzte sie mit durch, dass die G7-Staaten die Devisenreserven der russischen Zentralbank einfroren.
Moskau hatte Freeland bereits 2014 mit einem Einreiseverbot belegt.

Im Oktober sagte Freeland in Washington Kanadas Beitrag von fünf Milliarden kanadischen Dollar zu dem 50-Milliarden-Dollar-Kredit der G7 zu, der aus Zinserträgen eingefrorener russischer Vermögen bedient wird.
Die erste Tranche soll nach Angaben des Finanzministeriums noch vor Jahresende fließen.
Ihr Nachfolger Dominic LeBlanc, der am Montagabend vereidigt wurde, versicherte, an den Zusagen für Kiew ändere sich nichts.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, spottete am Dienstag, mit Freeland verlasse „die lauteste Russophobin des Westens“ die Bühne.
Kremlsprecher Dmitri Peskow sagte, Moskau kommentiere die inneren Angelegenheiten Kanadas nicht.

Für Trudeau kommt der Rücktritt zur Unzeit: Er steht seit Wochen unter Druck, mehrere Abgeordnete seiner Liberalen forderten am Montag offen seinen Rückzug.
Unterdessen griff Russland die Ukraine in der Nacht zum Dienstag erneut mit mehr als 100 Drohnen an, wie die ukrainische Luftwaffe mitteilte.
Der designierte US-Sondergesandte Keith Kellogg will nach Medienberichten Anfang Januar nach Kiew reisen.
"""

# ---------------------------------------------------------------- b140de06 (ZDFheute, explainer)
DE06 = """
G7-Gipfel in Kananaskis: Was die Ukraine von Carneys Gipfel erwarten kann

Kananaskis/Berlin. Von Sonntagabend an beraten die Staats- und Regierungschefs der G7 in einem Hotel in den kanadischen Rocky Mountains über die großen Krisen der Welt.
Gastgeber ist Premierminister Mark Carney, der erst seit März im Amt ist.
Für die Ukraine steht viel auf dem Spiel, zumal seit Freitag der Krieg zwischen Israel und Iran die Aufmerksamkeit beansprucht.
Die wichtigsten Fragen und Antworten.

Wer sitzt am Tisch?
Neben US-Präsident Donald Trump kommen Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron, der britische Premierminister Keir Starmer, Italiens Ministerpräsidentin Giorgia Meloni und Japans Regierungschef Shigeru Ishiba; die EU vertreten Kommissionspräsidentin Ursula von der Leyen und Ratspräsident António Costa.
Für Dienstag sind der ukrainische Präsident Wolodymyr Selenskyj und Nato-Generalsekretär Mark Rutte eingeladen.

Was will Selenskyj erreichen?
Selenskyj hofft am Rande des Gipfels auf ein Treffen mit Trump, das erste seit ihrem kurzen Gespräch im Petersdom Ende April.
Außenminister Andrij Sybiha sagte am Samstag, Kiew werde die Partner drängen, die Sanktionen gegen Russlands Öl- und Bankensektor zu verschärfen, und um weitere Flugabwehrsysteme bitten.

Was hat Kanada vor?
Carney will nach Angaben aus Regierungskreisen in Ottawa am Dienstag neue Sanktionen gegen die russische Schattenflotte und zusätzliche Militärhilfe ankündigen.
Außenministerin Anita Anand, die seit Mitte Mai im Amt ist, hatte bereits vergangene Woche mit Sybiha telefoniert.
Eine gemeinsame Abschlusserklärung zur Ukraine ist nicht vorgesehen; Carney will stattdessen als Gastgeber eine Zusammenfassung vorlegen, um einen offenen Streit mit Trump zu vermeiden.

Welche Rolle spielt Moskau?
Trump hatte am Samstag mit Kremlchef Wladimir Putin telefoniert.
Nach Angaben von Kremlberater Juri Uschakow ging es vor allem um den Krieg zwischen Israel und Iran; Putin habe aber auch seine Bereitschaft zu einer dritten Verhandlungsrunde mit der Ukraine in Istanbul bekräftigt.
Kremlsprecher Dmitri Peskow sagte, Moskau erwarte von dem Treffen „nichts Gutes“, die G7 habe ihre Bedeutung längst verloren.
Russland war 2014 nach der Annexion der Krim aus der damaligen G8 ausgeschlossen worden.

Und die Sanktionen?
Die EU-Kommission hatte am Dienstag ihr 18. Sanktionspaket vorgeschlagen, das unter anderem eine Senkung des Preisdeckels für russisches Öl auf 45 Dollar je Barrel vorsieht.
Ob Trump eine solche Senkung mitträgt, ist offen.
Beim letzten Gipfel in Kanada, 2018 in Charlevoix, hatte er seine Zustimmung zur gemeinsamen Erklärung nachträglich per Twitter zurückgezogen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b140de01_kanada_cuaet_sonderprogramm_2022_03", "2022-03-18", DE01,
        [
            T("Donnerstag", "DATE", "2022-03-17", 0),
            T("drei Jahre", "DURATION", "P3Y"),
            T("Freitagmorgen", "TIME", "2022-03-18TMO"),
            T("Dienstag", "DATE", "2022-03-15"),
            T("Mittwoch", "DATE", "2022-03-16"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Donnerstag", "DATE", "2022-03-17", 1),
            T("24. Februar", "DATE", "2022-02-24"),
            T("Freitag", "DATE", "2022-03-18"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Canada launches the CUAET emergency travel programme for Ukrainians", "AID", ["Ukraine"],
              "2022-03-17", "text", "occurred", "Kanada hat am Donnerstag ein Sonderprogramm"),
            E("Zelensky asks Canada's parliament for a no-fly zone and tougher sanctions against Moscow", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-03-15", "context", "occurred", "Selenskyj bat die Abgeordneten"),
            E("Trudeau promises Zelensky further help", "AGREE", ["Volodymyr Zelensky"], "2022-03-15", "context",
              "occurred", "Premierminister Justin Trudeau sagte weitere Hilfe zu"),
            E("Trudeau rejects a no-fly zone over Ukraine", "REJECT", ["Volodymyr Zelensky"], "2022-03-15", "context",
              "occurred", "Premierminister Justin Trudeau sagte weitere Hilfe zu"),
            E("Canada sanctions 15 more members of the Russian leadership", "SANCTION", ["Russia"], "2022-03-16", "text",
              "occurred", "Joly verhängte am Mittwoch"),
            E("Canada revokes the most-favoured-nation status of Russia and Belarus", "SANCTION", ["Russia", "Belarus"],
              "2022-03", "text", "occurred", "Bereits Anfang März hatte Kanada", date_mod="START"),
            E("Freeland promises that Canada will stand by Kyiv as long as necessary", "AGREE", ["Ukraine"],
              "2022-03-17", "text", "occurred", "versprach am Donnerstag"),
            E("Ukraine's ambassador thanks Canada", "SUPPORT", ["Ukraine"], "2022-03-18", "published", "occurred",
              "dankte Kanada für die"),
            E("Russian embassy accuses Canada of prolonging the war with arms deliveries", "ACCUSE", ["Russia"],
              "2022-03-18", "published", "occurred", "Die russische Botschaft warf"),
            E("Russia–Ukraine talks continue", "CONSULT", ["Russia", "Ukraine"], "2022-03-18", "context", "occurred",
              "die Gespräche mit Kiew würden fortgesetzt"),
        ],
        [
            S("Volodymyr Zelensky", "Asks for a no-fly zone over Ukraine and tougher sanctions against Moscow",
              "2022-03-15", "context", "Selenskyj bat die Abgeordneten"),
            S("Volodymyr Zelensky", "'We want to live, and we want to win'", "2022-03-15", "context",
              "Wir wollen leben"),
            S("Ukraine", "Ambassador Kovaliv thanks Canada for its open arms", "2022-03-18", "published",
              "dankte Kanada für die"),
            S("Russia", "Embassy: Canada prolongs the war by delivering weapons to Kyiv", "2022-03-18", "published",
              "Die russische Botschaft warf"),
            S("United Nations", "UNHCR: more than 3.2 million people have left Ukraine since 24 February",
              "2022-03-18", "published", "Nach Angaben des UN-Flüchtlingshilfswerks"),
            S("Dmitry Peskov", "Talks with Kyiv continue but progress more slowly than Moscow would like",
              "2022-03-18", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "NATO", "Belarus", "United Nations", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b140de02_anand_kiew_radpanzer_2023_01", "2023-01-19", DE02,
        [
            T("Mittwoch", "DATE", "2023-01-18"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Mittwochabend", "TIME", "2023-01-18TEV", 0),
            T("Mittwochmorgen", "TIME", "2023-01-18TMO"),
            T("vergangene Woche", "DATE", "2023-W02"),
            T("Februar 2022", "DATE", "2022-02"),
            T("dem vergangenen Sommer", "DATE", "2022-SU"),
            T("Mittwochabend", "TIME", "2023-01-18TEV", 1),
            T("Freitag", "DATE", "2023-01-20"),
            T("Donnerstag", "DATE", "2023-01-19", 0),
            T("selben Tag", "DATE", "2023-01-19"),
            T("Donnerstag", "DATE", "2023-01-19", 1),
            T("Samstag", "DATE", "2023-01-14"),
        ],
        [
            E("Canada to deliver 200 Senator armoured personnel carriers to Ukraine", "AID", ["Ukraine"],
              "2023-01-18", "context", "occurred", "200 gepanzerte Mannschaftstransporter"),
            E("Canadian defence minister Anand visits Kyiv and meets Reznikov", "CONSULT", ["Ukraine"], "2023-01-18",
              "text", "occurred", "Das kündigte Verteidigungsministerin Anita Anand"),
            E("Delivery of the armoured vehicles in the coming months", "AID", ["Ukraine"], "FUTURE_REF", "vague",
              "planned", "Die Fahrzeuge des Herstellers Roshel"),
            E("Reznikov thanks Canada", "SUPPORT", ["Ukraine"], "2023-01-18TEV", "text", "occurred",
              "Resnikow dankte Kanada"),
            E("Trudeau announces the purchase of a NASAMS system for Ukraine", "AID", ["Ukraine"], "2023-W02", "text",
              "occurred", "Erst vergangene Woche hatte Premierminister"),
            E("Canada has pledged more than one billion dollars in military aid since February 2022", "AID",
              ["Ukraine"], "2022-02", "text", "occurred", "Insgesamt hat Kanada", date_mod="START"),
            E("Canadian instructors train Ukrainian recruits in Britain", "COOPERATE", ["Ukraine", "United Kingdom"],
              "2022-SU", "text", "occurred", "Kanadische Ausbilder schulen", date_mod="START"),
            E("Zelensky again demands Western battle tanks", "REQUEST", ["Volodymyr Zelensky"], "2023-01-18TEV",
              "text", "occurred", "forderte am Mittwochabend"),
            E("Meeting of the Ukraine Defence Contact Group in Ramstein", "CONSULT", ["United States", "Ukraine"],
              "2023-01-20", "text", "planned", "Von dem Treffen der Ukraine-Kontaktgruppe"),
            E("Pistorius to receive US defence secretary Austin", "CONSULT", ["Germany", "United States"],
              "2023-01-19", "text", "planned", "In Berlin wurde am Donnerstag"),
            E("Zakharova: Western battle tanks will be legitimate targets", "THREATEN", ["Maria Zakharova"],
              "2023-01-19", "text", "occurred", "Die Sprecherin des russischen Außenministeriums"),
            E("Russian ambassador accuses Canada of being drawn deeper into the conflict", "ACCUSE", ["Russia"],
              "2023-01-19", "published", "occurred", "Oleg Stepanow"),
            E("Russian missile strike on a residential building in Dnipro", "ASSAULT", ["Russia", "Ukraine"],
              "2023-01-14", "text", "occurred", "Am Samstag waren bei einem russischen Raketenangriff"),
            E("Kyiv accuses Moscow of deliberately shelling residential areas", "ACCUSE", ["Ukraine", "Russia"],
              "2023-01-19", "published", "occurred", "Am Samstag waren bei einem russischen Raketenangriff"),
        ],
        [
            S("Ukraine", "Reznikov: the armoured vehicles will save many soldiers' lives", "2023-01-18TEV", "text",
              "Resnikow dankte Kanada"),
            S("Volodymyr Zelensky", "Again demands Western battle tanks", "2023-01-18TEV", "text",
              "forderte am Mittwochabend"),
            S("Volodymyr Zelensky", "Expects 'strong decisions' from the Ramstein meeting on Friday", "2023-01-18TEV",
              "context", "Von dem Treffen der Ukraine-Kontaktgruppe"),
            S("Russia", "Moscow responded with threats", "2023-01-19", "published", "Moskau reagierte mit Drohungen."),
            S("Maria Zakharova", "Any delivery of Western battle tanks will become a legitimate target", "2023-01-19",
              "text", "Die Sprecherin des russischen Außenministeriums"),
            S("Russia", "Ambassador Stepanov: Canada lets itself be drawn ever deeper into the conflict",
              "2023-01-19", "published", "Oleg Stepanow"),
            S("Ukraine", "Kyiv accuses Moscow of deliberately shelling residential areas", "2023-01-19",
              "published", "Am Samstag waren bei einem russischen Raketenangriff"),
        ],
        ["Ukraine", "United States", "United Kingdom", "Volodymyr Zelensky", "Germany", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b140de03_trudeau_kiew_an124_2023_06", "2023-06-12", DE03,
        [
            T("Februar 2022", "DATE", "2022-02", 0),
            T("Samstag", "DATE", "2023-06-10"),
            T("27. Februar 2022", "DATE", "2022-02-27"),
            T("selben Tag", "DATE", "2022-02-27"),
            T("vergangenem Jahr", "DATE", "2022"),
            T("die kommenden drei Jahre", "DURATION", "P3Y"),
            T("Dienstag", "DATE", "2023-06-06"),
            T("Sonntag", "DATE", "2023-06-11"),
            T("Montag", "DATE", "2023-06-12"),
            T("Ende Februar 2022", "DATE", "2022-02", mod="END"),
            T("Mai 2022", "DATE", "2022-05"),
        ],
        [
            E("Canada seizes the Russian An-124 cargo plane stranded in Toronto", "SANCTION", ["Russia"], "2023-06-10",
              "context", "occurred", "Kanada beschlagnahmt ein russisches Frachtflugzeug"),
            E("Canada to hand the An-124 over to Ukraine", "AID", ["Ukraine"], "2023-06-12", "published", "planned",
              "Kanada beschlagnahmt ein russisches Frachtflugzeug"),
            E("Canada closes its airspace to Russian aircraft", "SANCTION", ["Russia"], "2022-02-27", "text",
              "occurred", "noch am selben Tag sperrte Kanada"),
            E("Trudeau meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-06-10", "context", "occurred",
              "Trudeau traf in Kiew"),
            E("Trudeau pledges 500 million Canadian dollars in military aid over three years", "AID", ["Ukraine"],
              "2023-06-10", "context", "occurred", "Trudeau traf in Kiew"),
            E("Canada sanctions 35 people and organisations over the deportation of Ukrainian children", "SANCTION",
              ["Russia"], "2023-06-10", "context", "occurred", "Zudem verhängte Kanada Sanktionen"),
            E("Zelensky thanks Canada", "SUPPORT", ["Volodymyr Zelensky"], "2023-06-10", "context", "occurred",
              "Selenskyj dankte Kanada"),
            E("Zelensky asks for help with F-16 pilot training", "REQUEST", ["Volodymyr Zelensky"], "2023-06-10",
              "context", "occurred", "Selenskyj dankte Kanada"),
            E("Ukrainian counteroffensive under way", "ASSAULT", ["Ukraine", "Russia"], "2023-06-10", "context",
              "occurred", "Auf der gemeinsamen Pressekonferenz"),
            E("Kyiv blames Moscow for the destruction of the Kakhovka dam", "ACCUSE", ["Ukraine", "Russia"],
              "2023-06-12", "published", "occurred", "Kiew und Moskau machen sich gegenseitig"),
            E("Moscow blames Kyiv for the destruction of the Kakhovka dam", "ACCUSE", ["Russia", "Ukraine"],
              "2023-06-12", "published", "occurred", "Kiew und Moskau machen sich gegenseitig"),
            E("Trudeau pledges ten million dollars for the flood victims", "AID", ["Ukraine"], "2023-06-10", "context",
              "occurred", "Trudeau sagte zehn Millionen"),
            E("Russian embassy calls the seizure theft", "ACCUSE", ["Russia"], "2023-06-11", "text", "occurred",
              "Die russische Botschaft in Ottawa sprach"),
            E("Russian embassy announces an appropriate response", "THREATEN", ["Russia"], "2023-06-11", "text",
              "occurred", "Die russische Botschaft in Ottawa sprach"),
            E("Peskov calls the seizure unlawful", "ACCUSE", ["Dmitry Peskov"], "2023-06-12", "text", "occurred",
              "Kremlsprecher Dmitri Peskow nannte"),
            E("Peskov: Russia will protect its interests by all means", "THREATEN", ["Dmitry Peskov"], "2023-06-12",
              "text", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("Russian troops destroy the An-225 Mriya at Hostomel", "ASSAULT", ["Russia", "Ukraine"], "2022-02",
              "text", "occurred", "Mrija", date_mod="END"),
            E("Trudeau visited Kyiv in May 2022", "CONSULT", ["Ukraine"], "2022-05", "text", "occurred",
              "Trudeau hatte Kiew bereits im Mai 2022"),
            E("Canada reopened its embassy in Kyiv", "COOPERATE", ["Ukraine"], "2022-05", "context", "occurred",
              "Trudeau hatte Kiew bereits im Mai 2022"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Canada for its principled stance; asks for support in training pilots on "
              "F-16s", "2023-06-10", "context", "Selenskyj dankte Kanada"),
            S("Volodymyr Zelensky", "Counteroffensive and defensive actions are taking place in Ukraine; no details",
              "2023-06-10", "context", "Auf der gemeinsamen Pressekonferenz"),
            S("Ukraine", "Blames Moscow for the destruction of the Kakhovka dam", "2023-06-12", "published",
              "Kiew und Moskau machen sich gegenseitig"),
            S("Russia", "Blames Kyiv for the destruction of the Kakhovka dam", "2023-06-12", "published",
              "Kiew und Moskau machen sich gegenseitig"),
            S("Russia", "Moscow reacted sharply to the seizure", "2023-06-12", "published",
              "Moskau reagierte scharf"),
            S("Russia", "Embassy: the seizure is theft; an appropriate response will follow", "2023-06-11", "text",
              "Die russische Botschaft in Ottawa sprach"),
            S("Dmitry Peskov", "The decision is unlawful; Russia will protect its interests by all means",
              "2023-06-12", "text", "Kremlsprecher Dmitri Peskow nannte"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b140de04_joly_interview_buergenstock_2024_06", "2024-06-13", DE04,
        [
            T("Mittwoch", "DATE", "2024-06-12", 0),
            T("Wochenende", "DATE", "2024-W24-WE"),
            T("Februar", "DATE", "2024-02", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("Donnerstag", "DATE", "2024-06-13"),
            T("Dienstag", "DATE", "2024-06-11"),
            T("Ende Februar", "DATE", "2024-02", mod="END"),
            T("dieses Jahr", "DATE", "2024"),
            T("Mittwoch", "DATE", "2024-06-12", 1),
            T("Freitag", "DATE", "2024-06-14"),
            T("Samstag", "DATE", "2024-06-15"),
        ],
        [
            E("Peace summit on the Bürgenstock with Harris, Scholz and Trudeau", "CONSULT",
              ["United States", "Olaf Scholz", "Ukraine"], "2024-W24-WE", "text", "planned",
              "Zu dem Treffen am Wochenende"),
            E("China stays away from the Bürgenstock summit", "REJECT", ["China"], "2024-06-13", "published",
              "occurred", "Dass China fernbleibt"),
            E("Joly criticises China's absence as a missed chance", "ACCUSE", ["China"], "2024-06-12", "context",
              "occurred", "Dass China fernbleibt"),
            E("Joly: Beijing could do more than anyone to move Moscow", "REQUEST", ["China", "Russia"], "2024-06-12",
              "context", "occurred", "Dass China fernbleibt"),
            E("Canada and Ukraine lead the coalition for the return of Ukrainian children, founded in February",
              "COOPERATE", ["Ukraine"], "2024-02", "text", "occurred", "Kanada leitet gemeinsam mit der Ukraine"),
            E("Joly: Russia must return every single child", "REQUEST", ["Russia"], "2024-06-12", "context",
              "occurred", "Russland muss jedes einzelne Kind"),
            E("Russia has deported almost 20,000 Ukrainian children since February 2022", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "Nach Angaben aus Kiew wurden",
              date_mod="START"),
            E("G7 summit in Apulia hosted by Meloni", "CONSULT", ["Giorgia Meloni"], "2024-06-13", "text", "planned",
              "Beim G7-Gipfel in Apulien"),
            E("G7 to decide a 50-billion-dollar loan for Ukraine backed by frozen Russian assets", "AID", ["Ukraine"],
              "2024-06-13", "context", "planned", "Beim G7-Gipfel in Apulien"),
            E("Canada sanctions eleven people and 16 companies helping Russia evade sanctions", "SANCTION", ["Russia"],
              "2024-06-11", "text", "occurred", "Am Dienstag hatte Kanada Sanktionen"),
            E("Trudeau and Zelensky sign a security agreement in Kyiv", "AGREE", ["Volodymyr Zelensky"], "2024-02",
              "text", "occurred", "Im Sicherheitsabkommen", date_mod="END"),
            E("Canada commits more than three billion dollars in military aid for 2024", "AGREE", ["Ukraine"],
              "2024-02", "context", "occurred", "Im Sicherheitsabkommen", date_mod="END"),
            E("Zakharova accuses Ottawa of making Russophobia its state doctrine", "ACCUSE", ["Maria Zakharova"],
              "2024-06-12", "text", "occurred", "warf Ottawa am Mittwoch vor"),
            E("Zakharova dismisses the Bürgenstock summit as a dead end", "REJECT", ["Maria Zakharova"], "2024-06-12",
              "context", "occurred", "warf Ottawa am Mittwoch vor"),
            E("Ukrainian foreign ministry thanks Canada", "SUPPORT", ["Ukraine"], "2024-06-13", "published",
              "occurred", "Das ukrainische Außenministerium dankte"),
        ],
        [
            S("Ukraine", "Almost 20,000 children deported since February 2022, only a few hundred returned",
              "2024-06-13", "published", "Nach Angaben aus Kiew wurden"),
            S("Maria Zakharova", "Ottawa has made Russophobia its state doctrine; the Bürgenstock summit is a dead end",
              "2024-06-12", "text", "warf Ottawa am Mittwoch vor"),
            S("Ukraine", "Foreign ministry thanks Canada for its consistent stance", "2024-06-13", "published",
              "Das ukrainische Außenministerium dankte"),
        ],
        ["Ukraine", "Russia", "United States", "Olaf Scholz", "Germany", "China", "Giorgia Meloni",
         "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump", "Maria Zakharova"],
    ),
    doc(
        "b140de05_freeland_ruecktritt_kiew_2024_12", "2024-12-17", DE05,
        [
            T("Montagmorgen", "TIME", "2024-12-16TMO"),
            T("Ende November", "DATE", "2024-11", mod="END"),
            T("Dienstag", "DATE", "2024-12-17", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("2014", "DATE", "2014"),
            T("Oktober", "DATE", "2024-10"),
            T("Jahresende", "DATE", "2024", mod="END"),
            T("Montagabend", "TIME", "2024-12-16TEV"),
            T("Dienstag", "DATE", "2024-12-17", 1),
            T("Wochen", "DURATION", "PXW"),
            T("Montag", "DATE", "2024-12-16"),
            T("der Nacht zum Dienstag", "TIME", "2024-12-16TNI", note="night of 16 to 17 December"),
            T("Anfang Januar", "DATE", "2025-01", mod="START"),
        ],
        [
            E("Trump threatens 25 percent tariffs on all imports from Canada", "THREATEN", ["Donald Trump"],
              "2024-11", "text", "occurred", "Trump hatte Ende November", date_mod="END"),
            E("Zelensky thanks Freeland for her unwavering support", "SUPPORT", ["Volodymyr Zelensky"], "2024-12-17",
              "text", "occurred", "dankte Freeland am Dienstag"),
            E("G7 states freeze the Russian central bank's reserves", "SANCTION", ["Russia"], "2022-02", "text",
              "occurred", "Im Februar 2022 setzte sie"),
            E("Russia bans Freeland from entering the country", "SANCTION", ["Russia"], "2014", "text", "occurred",
              "Moskau hatte Freeland bereits 2014"),
            E("Freeland pledges Canada's five billion dollars to the G7 loan backed by frozen Russian assets", "AID",
              ["Ukraine"], "2024-10", "text", "occurred", "Im Oktober sagte Freeland"),
            E("First tranche of Canada's loan to flow before the end of the year", "AID", ["Ukraine"], "2024",
              "text", "planned", "Die erste Tranche", date_mod="END"),
            E("LeBlanc assures that the commitments to Kyiv stand", "AGREE", ["Ukraine"], "2024-12-17", "published",
              "occurred", "an den Zusagen für Kiew ändere sich nichts"),
            E("Zakharova mocks Freeland as the West's loudest Russophobe", "ACCUSE", ["Maria Zakharova"], "2024-12-17",
              "text", "occurred", "spottete am Dienstag"),
            E("Russian drone attack on Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"], "2024-12-16TNI", "text",
              "occurred", "in der Nacht zum Dienstag"),
            E("Kellogg to travel to Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-01", "text", "planned",
              "Keith Kellogg will", date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Freeland for her unwavering support", "2024-12-17", "text",
              "dankte Freeland am Dienstag"),
            S("Volodymyr Zelensky", "Ukrainians will not forget what she did for them", "2024-12-17", "context",
              "Die Ukrainer werden nicht vergessen"),
            S("Maria Zakharova", "With Freeland 'the loudest Russophobe of the West' leaves the stage", "2024-12-17",
              "text", "spottete am Dienstag"),
            S("Dmitry Peskov", "Moscow does not comment on Canada's internal affairs", "2024-12-17", "published",
              "Moskau kommentiere die inneren"),
            S("Ukraine", "Air force: Russia attacked with more than 100 drones overnight", "2024-12-17", "published",
              "in der Nacht zum Dienstag"),
        ],
        ["Donald Trump", "United States", "Volodymyr Zelensky", "Ukraine", "Russia", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "Keith Kellogg"],
    ),
    doc(
        "b140de06_kananaskis_erklaerstueck_2025_06", "2025-06-15", DE06,
        [
            T("Sonntagabend", "TIME", "2025-06-15TEV"),
            T("März", "DATE", "2025-03"),
            T("Freitag", "DATE", "2025-06-13"),
            T("Dienstag", "DATE", "2025-06-17", 0),
            T("Ende April", "DATE", "2025-04", mod="END"),
            T("Samstag", "DATE", "2025-06-14", 0),
            T("Dienstag", "DATE", "2025-06-17", 1),
            T("Mitte Mai", "DATE", "2025-05", mod="MID"),
            T("vergangene Woche", "DATE", "2025-W23"),
            T("Samstag", "DATE", "2025-06-14", 1),
            T("2014", "DATE", "2014"),
            T("Dienstag", "DATE", "2025-06-10", 2),
            T("2018", "DATE", "2018"),
        ],
        [
            E("G7 summit in Kananaskis hosted by Carney", "CONSULT",
              ["Donald Trump", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni",
               "Ursula von der Leyen", "European Union"], "2025-06-15TEV", "text", "planned",
              "Von Sonntagabend an beraten", note="summit 15-17 June 2025"),
            E("Zelensky and Rutte invited to the G7 summit on Tuesday", "CONSULT",
              ["Volodymyr Zelensky", "Mark Rutte"], "2025-06-17", "text", "planned", "Für Dienstag sind"),
            E("Possible Zelensky–Trump meeting on the sidelines of the summit", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-06-17", "context", "uncertain",
              "Selenskyj hofft am Rande"),
            E("Zelensky and Trump spoke briefly in St Peter's Basilica", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-04", "text", "occurred", "Selenskyj hofft am Rande",
              date_mod="END"),
            E("Sybiha: Kyiv will press partners for tougher sanctions on Russia and ask for air defence", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-06-14", "text", "occurred",
              "Außenminister Andrij Sybiha sagte am Samstag"),
            E("Canada to announce new sanctions on the Russian shadow fleet", "SANCTION", ["Russia"], "2025-06-17",
              "text", "planned", "Carney will nach Angaben"),
            E("Canada to announce additional military aid", "AID", ["Ukraine"], "2025-06-17", "text", "planned",
              "Carney will nach Angaben"),
            E("Anand and Sybiha speak by phone", "CONSULT", ["Andrii Sybiha"], "2025-W23", "text", "occurred",
              "hatte bereits vergangene Woche"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-06-14", "text",
              "occurred", "Trump hatte am Samstag"),
            E("Putin reaffirms readiness for a third round of talks with Ukraine in Istanbul", "AGREE",
              ["Vladimir Putin", "Ukraine"], "2025-06-14", "context", "occurred", "Nach Angaben von Kremlberater"),
            E("Russia excluded from the G8", "SANCTION", ["Russia"], "2014", "text", "occurred", "Russland war 2014"),
            E("Russia annexes Crimea", "ASSAULT", ["Russia", "Ukraine"], "2014", "context", "occurred",
              "Russland war 2014"),
            E("Commission proposes the EU's 18th sanctions package with a lower oil price cap", "REQUEST",
              ["European Union"], "2025-06-10", "text", "occurred", "Die EU-Kommission hatte am Dienstag"),
            E("Trump withdrew his endorsement of the Charlevoix communiqué", "REJECT", ["Donald Trump"], "2018", "text",
              "occurred", "Beim letzten Gipfel in Kanada"),
        ],
        [
            S("Andrii Sybiha", "Kyiv will press partners to tighten sanctions on Russia's oil and banking sectors and "
              "ask for more air defence", "2025-06-14", "text", "Außenminister Andrij Sybiha sagte am Samstag"),
            S("Yuri Ushakov", "The Trump–Putin call was mainly about Israel and Iran; Putin reaffirmed readiness for "
              "a third Istanbul round", "2025-06-14", "context", "Nach Angaben von Kremlberater"),
            S("Dmitry Peskov", "Moscow expects nothing good from the summit; the G7 has long lost its significance",
              "2025-06-15", "published", "Moskau erwarte von dem Treffen"),
        ],
        ["Donald Trump", "United States", "Friedrich Merz", "Germany", "Emmanuel Macron", "France", "Keir Starmer",
         "United Kingdom", "Giorgia Meloni", "Ursula von der Leyen", "European Union", "Ukraine",
         "Volodymyr Zelensky", "NATO", "Mark Rutte", "Andrii Sybiha", "Russia", "Kremlin", "Vladimir Putin",
         "Yuri Ushakov", "Dmitry Peskov"],
    ),
]
