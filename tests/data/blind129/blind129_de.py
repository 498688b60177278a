"""German articles of the blind129 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b129de01 (AFZ, fisheries trade press)
DE01 = """
Lachsfang: Japan und Russland einigen sich nach zähen Gesprächen auf die Quote für 2022

Tokio/Hamburg (AFZ). Japanische Fischer dürfen in diesem Jahr wieder Lachs und Forelle russischen Ursprungs in der eigenen 200-Meilen-Zone fangen.
Nach rund zwei Wochen virtueller Verhandlungen haben sich die Delegationen beider Regierungen am Samstag auf die Bedingungen für die Saison geeinigt, wie die japanische Fischereibehörde mitteilte.
Die Fangmenge bleibt mit 2050 Tonnen auf dem Niveau des Vorjahres.
Für die Fangrechte zahlt die japanische Seite eine Gebühr zwischen 200 und 300 Millionen Yen, deren Höhe sich nach der tatsächlichen Anlandung richtet.

Die Gespräche im Rahmen der gemeinsamen Fischereikommission hatten am 11. April begonnen, fast einen Monat später als in früheren Jahren.
Branchenkreise in Tokio führten die Verzögerung auf die Spannungen nach dem russischen Einmarsch in die Ukraine zurück.
Die russische Fischereibehörde Rosrybolowstwo erklärte, die Einigung zeige, dass die Zusammenarbeit in der Fischerei „unabhängig von der politischen Großwetterlage“ funktionieren könne.
Japan hatte sich den westlichen Sanktionen angeschlossen und am 8. April acht russische Diplomaten ausgewiesen; am selben Tag kündigte Ministerpräsident Fumio Kishida an, die Einfuhr russischer Kohle schrittweise zu beenden.
Moskau hatte im März die Verhandlungen über einen Friedensvertrag mit Tokio ausgesetzt und der Regierung „offen unfreundliche“ Schritte vorgeworfen.

In den Häfen von Nemuro und Kushiro im Osten Hokkaidos lagen die Treibnetzkutter wochenlang an der Pier.
Nach Angaben der örtlichen Genossenschaften sollen die ersten Boote Anfang Mai auslaufen.
Über die Fischerei japanischer Boote in den Gewässern um die südlichen Kurilen, die Japan als seine Nördlichen Territorien beansprucht, wollen beide Seiten kommende Woche gesondert verhandeln.

Für den europäischen Markt hat die Einigung kaum direkte Folgen, denn der im Pazifik gefangene Rotlachs wird fast vollständig in Japan vermarktet.
Schwerer wiegt für die hiesige Branche die Frage, wie es mit russischem Alaska-Seelachs und Kabeljau weitergeht, die einen großen Teil der in Deutschland verarbeiteten Rohware stellen.
Die USA hatten Mitte März die Einfuhr von Fisch und Meeresfrüchten aus Russland verboten; in der EU ist ein solches Verbot derzeit nicht vorgesehen.
Der Bundesverband der deutschen Fischindustrie warnte kürzlich vor Engpässen bei Fischstäbchen und Filets, sollte Brüssel dem amerikanischen Beispiel folgen.
Die Einkaufspreise für tiefgefrorenen Seelachs sind nach Angaben von Importeuren seit Februar um rund ein Viertel gestiegen.
"""

# ---------------------------------------------------------------- b129de02 (Westdeutsche Zeitung, regional paper)
DE02 = """
Moskau beendet visafreie Besuche auf den Kurilen – und übt auf den Inseln

Tokio/Düsseldorf. Russland hat den visafreien Reiseverkehr zwischen Japan und den südlichen Kurilen einseitig beendet.
Ein entsprechender Regierungserlass wurde am Montag in Moskau veröffentlicht; er setzt Abkommen aus den Jahren 1991 und 1999 außer Kraft, die früheren japanischen Bewohnern und ihren Nachfahren Besuche auf den Inseln ohne Visum erlaubten.
Die Reisen ruhen bereits seit 2020 wegen der Corona-Pandemie.
Das russische Außenministerium begründete den Schritt mit der „unfreundlichen“ Politik Tokios seit Beginn der Militäroperation in der Ukraine.
Außenamtssprecherin Maria Sacharowa sagte, Japan habe mit seinen Sanktionen die Grundlage für jede Zusammenarbeit auf den Inseln selbst zerstört.

Regierungssprecher Hirokazu Matsuno nannte die Entscheidung am Dienstagmorgen „äußerst bedauerlich und völlig inakzeptabel“.
Tokio habe über diplomatische Kanäle protestiert, sagte er.
Für die Verbände der früheren Inselbewohner, deren Mitglieder im Schnitt weit über 80 Jahre alt sind, ist es ein bitterer Tag.

Zugleich läuft seit Donnerstag das Großmanöver „Wostok-2022“, an dem nach Moskauer Angaben mehr als 50.000 Soldaten sowie Einheiten aus China, Indien und Belarus teilnehmen.
Ein Teil der Übungen findet auf den Inseln Iturup und Kunaschir statt, wogegen Tokio bereits vergangene Woche Protest eingelegt hatte.
Kremlsprecher Dmitri Peskow wies die Kritik zurück: Russland halte Übungen auf eigenem Territorium ab und müsse sich dafür bei niemandem rechtfertigen.
Kremlchef Wladimir Putin will das Manöver nach Angaben des Kremls am Dienstag auf einem Übungsplatz in der Region Primorje besuchen.

Die Gespräche über einen Friedensvertrag, der den Streit um die Inseln beilegen sollte, hatte Moskau bereits im März auf Eis gelegt.
Im Mai folgte ein Einreiseverbot gegen Ministerpräsident Fumio Kishida und 62 weitere Japaner.
Japan hat seine Sanktionen gegen Russland seither mehrfach verschärft und der Ukraine Schutzwesten, Helme und Drohnen geliefert.
Der ukrainische Botschafter in Tokio, Serhij Korsunskyj, dankte Japan am Dienstag für seine „standhafte Haltung“.

In Düsseldorf, wo mit rund 8000 Menschen eine der größten japanischen Gemeinden Europas lebt, wird die Entwicklung aufmerksam verfolgt.
Viele Familien hätten Angehörige auf Hokkaido, für die der Streit um die Inseln eine Herzensangelegenheit sei, sagte die Vorsitzende eines japanischen Kulturvereins unserer Zeitung.
Beim Japan-Tag am Rhein im Mai hatten Besucher Spenden für ukrainische Flüchtlinge gesammelt.
"""

# ---------------------------------------------------------------- b129de03 (AFP German service, wire)
DE03 = """
Japans Außenminister in Kiew: Hayashi bringt Unternehmer mit und verspricht Hilfe beim Wiederaufbau

Kiew/Tokio (AFP). Japans Außenminister Yoshimasa Hayashi hat bei einem unangekündigten Besuch in Kiew weitere Unterstützung für den Wiederaufbau der Ukraine zugesagt.
Hayashi traf am Samstag Präsident Wolodymyr Selenskyj, Regierungschef Denys Schmyhal und Außenminister Dmytro Kuleba.
Begleitet wurde er von Managern acht japanischer Unternehmen, darunter zwei Baukonzerne, ein Hersteller von Landmaschinen und ein Stromversorger.
Japan werde der Ukraine „so lange wie nötig“ zur Seite stehen, sagte Hayashi nach dem Treffen mit Kuleba.
Tokio sagte zudem Geräte zur Minenräumung und weitere Generatoren für den kommenden Winter zu.

Kuleba sprach von einem „starken Signal an die japanische Wirtschaft“ und lud weitere Firmen ein, sich an Projekten in der Ukraine zu beteiligen.
Er bat Tokio außerdem, die in Japan eingefrorenen Reserven der russischen Zentralbank für den Wiederaufbau nutzbar zu machen.
Selenskyj dankte Japan am Abend auf der Plattform X für die „verlässliche Hilfe“ und die Sanktionen gegen Russland.
Beide Seiten vereinbarten, Anfang kommenden Jahres in Tokio eine Konferenz zur wirtschaftlichen Erholung der Ukraine abzuhalten.
Die japanische Entwicklungsagentur JICA und das ukrainische Infrastrukturministerium unterzeichneten eine Absichtserklärung über die Instandsetzung von Brücken und Stromleitungen.

Japan hat der Ukraine nach eigenen Angaben bislang rund 7,6 Milliarden Dollar an humanitärer und finanzieller Hilfe zugesagt, liefert wegen seiner strengen Exportregeln aber keine tödlichen Waffen.
Ministerpräsident Fumio Kishida hatte Kiew im März besucht, als erster japanischer Regierungschef seit dem Zweiten Weltkrieg in einem Kriegsgebiet.
Hayashi dürfte japanischen Medien zufolge bei der für Mittwoch erwarteten Kabinettsumbildung sein Amt verlieren.

In Moskau reagierte Außenamtssprecherin Maria Sacharowa am Sonntag mit scharfer Kritik.
Tokio finanziere „das Kiewer Regime“ und verspiele damit jede Glaubwürdigkeit als Nachbar Russlands, sagte sie.
Russland hatte die Gespräche über einen Friedensvertrag mit Japan im März vergangenen Jahres abgebrochen und im Juli Einreiseverbote gegen 54 weitere Japaner verhängt, darunter Abgeordnete und Wissenschaftler.
In der Nacht zum Sonntag griff Russland die ukrainische Hauptstadt erneut mit Drohnen an; nach Angaben der Militärverwaltung wurden alle 26 Flugkörper abgeschossen, ein Mann wurde durch herabfallende Trümmer verletzt.
"""

# ---------------------------------------------------------------- b129de04 (Energie & Management, energy trade press)
DE04 = """
Arctic LNG 2: Washington erhöht den Druck auf Japans Partner

Tokio/Herrsching (E&M). Die US-Regierung drängt Japan, sich aus dem sanktionierten russischen Flüssiggasprojekt Arctic LNG 2 zurückzuziehen.
Der Energiebeauftragte des US-Außenministeriums, Geoffrey Pyatt, traf dazu am Mittwoch in Tokio Vertreter des Wirtschaftsministeriums METI und des Handelshauses Mitsui.
Ziel der Sanktionen sei es, das Projekt zu stoppen, sagte Pyatt anschließend vor Journalisten.
Unternehmen, die weiter mit dem Betreiber zusammenarbeiteten, müssten mit Konsequenzen rechnen.

Mitsui und die staatliche Energiebehörde JOGMEC halten über eine gemeinsame Gesellschaft zehn Prozent an dem Projekt auf der sibirischen Halbinsel Gydan, das vom Gaskonzern Novatek geführt wird.
Washington hatte die Betreibergesellschaft am 2. November auf seine Sanktionsliste gesetzt.
Seitdem haben sich mehrere ausländische Partner zurückgezogen, und nach Branchenberichten verzögert sich der Start der ersten Verflüssigungsanlage, der für Ende des Jahres geplant war.
Ein METI-Sprecher sagte am Donnerstagmorgen, Japan werde seine Beteiligung vorerst nicht aufgeben, weil sie für die langfristige Energiesicherheit des Landes von Bedeutung sei.
Man stehe mit den USA in engem Kontakt und werde die Lage in den kommenden Wochen weiter prüfen.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland werde das Projekt trotz der „illegalen“ Sanktionen vollenden.
Die USA wollten Europa und Asien ihr eigenes, teureres Flüssiggas aufzwingen, fügte er hinzu.
Vizeregierungschef Alexander Nowak hatte bereits Anfang Dezember angekündigt, die Lieferungen würden „im kommenden Jahr“ beginnen.

Anders als Arctic LNG 2 ist Sachalin-2 bislang von Sanktionen ausgenommen.
Rund neun Prozent der japanischen LNG-Importe stammen aus dem Projekt im Fernen Osten Russlands, an dem Mitsui und Mitsubishi beteiligt sind.
Das US-Finanzministerium hatte im November eine Ausnahmegenehmigung verlängert, die japanischen Abnehmern den Kauf von Rohöl aus Sachalin-2 bis Ende Juni 2024 erlaubt.
Die EU beschloss am Montag ihr zwölftes Sanktionspaket, ließ russisches LNG aber erneut außen vor.
Für die europäischen Gasmärkte bleibt die Lage entspannt: Die Speicher in Deutschland sind zu mehr als 90 Prozent gefüllt, der Preis am Handelspunkt TTF lag am Donnerstag bei rund 33 Euro je Megawattstunde.
"""

# ---------------------------------------------------------------- b129de05 (Japan Digest, German-language news service)
DE05 = """
Russisches Aufklärungsflugzeug verletzt Japans Luftraum – Warnfackeln zum ersten Mal

Tokio (JD) – Ein russisches Seeaufklärungsflugzeug vom Typ Iljuschin Il-38 ist am Montag dreimal in den japanischen Luftraum nördlich von Hokkaido eingedrungen.
Nach Angaben des Verteidigungsministeriums überflog die Maschine zwischen 13 Uhr und 15.30 Uhr Ortszeit die Gewässer vor der Insel Rebun.
Die Luftselbstverteidigungsstreitkräfte ließen Kampfjets aufsteigen und setzten dabei erstmals Leuchtkörper als Warnsignal ein.
Es war die erste Verletzung des japanischen Luftraums durch ein russisches Militärflugzeug seit 2019.

Vizeaußenminister Masataka Okano bestellte noch am Montagabend den russischen Botschafter Nikolai Nosdrjow ein und legte scharfen Protest ein.
Regierungssprecher Yoshimasa Hayashi nannte den Vorfall „äußerst bedauerlich“ und forderte Moskau auf, dafür zu sorgen, dass sich so etwas nicht wiederhole.
Nosdrjow erklärte nach Angaben der russischen Botschaft, er habe den Protest nicht angenommen, weil Tokio keine Beweise vorgelegt habe.
Das russische Verteidigungsministerium teilte mit, die Il-38 habe einen planmäßigen Flug über neutralen Gewässern des Japanischen Meeres absolviert und dabei keine Grenze verletzt.

Der Vorfall fällt in eine Phase verstärkter militärischer Aktivität Russlands und Chinas rund um Japan.
Mitte September hatten beide Länder im Rahmen der Übung „Ozean-2024“ gemeinsame Manöver im Japanischen Meer abgehalten.
Ende August war erstmals ein chinesisches Aufklärungsflugzeug in den japanischen Luftraum eingedrungen, und vergangene Woche durchfuhr der Flugzeugträger „Liaoning“ die Gewässer zwischen den Inseln Yonaguni und Iriomote.
Kremlsprecher Dmitri Peskow hatte Berichte über gemeinsame Patrouillen als „normale Zusammenarbeit zweier Nachbarn“ bezeichnet, die sich gegen niemanden richte.

Die Beziehungen zwischen Tokio und Moskau sind seit dem russischen Angriff auf die Ukraine auf einem Tiefpunkt.
Erst am Freitag hatte Japan Exportverbote gegen elf Unternehmen verhängt, die Russland beim Umgehen der Sanktionen geholfen haben sollen.
Ministerpräsident Fumio Kishida, der bei der Wahl des neuen LDP-Vorsitzenden am Freitag nicht mehr antritt, will am Dienstag (Ortszeit) in New York vor dem UN-Sicherheitsrat sprechen, der sich auf Ebene der Staats- und Regierungschefs mit dem Krieg in der Ukraine befasst.
Auch der ukrainische Präsident Wolodymyr Selenskyj wird bei der Sitzung erwartet.
"""

# ---------------------------------------------------------------- b129de06 (Focus Online, explainer)
DE06 = """
Kurilen-Streit: Warum Japan und Russland bis heute keinen Friedensvertrag haben

Am Freitag hat Japan wie jedes Jahr den „Tag der Nördlichen Territorien“ begangen.
Weil Ministerpräsident Shigeru Ishiba zur selben Zeit in Washington US-Präsident Donald Trump traf, sprach in Tokio Außenminister Takeshi Iwaya vor den früheren Inselbewohnern.
Er bekräftigte, Japan wolle die Territorialfrage lösen und einen Friedensvertrag schließen.
Doch davon sind beide Länder weiter entfernt denn je.
Die wichtigsten Fragen und Antworten.

Worum geht es?
Um die vier südlichsten Inseln der Kurilen-Kette nordöstlich von Hokkaido: Iturup, Kunaschir, Schikotan und die Habomai-Gruppe.
Die Sowjetunion besetzte sie in den letzten Tagen des Zweiten Weltkriegs im August und September 1945 und vertrieb rund 17.000 Japaner.
Weil der Streit ungelöst ist, haben beide Staaten den Krieg formal bis heute nicht mit einem Friedensvertrag beendet.

Gab es je eine Lösung in Reichweite?
In der Gemeinsamen Erklärung von 1956 stellte Moskau die Übergabe von Schikotan und Habomai nach einem Friedensvertrag in Aussicht.
Im November 2018 vereinbarten der damalige Regierungschef Shinzo Abe und Kremlchef Wladimir Putin in Singapur, die Verhandlungen auf dieser Grundlage zu beschleunigen.
Seit einer Verfassungsänderung im Juli 2020 verbietet Russland jedoch die Abtretung eigenen Staatsgebiets.

Was hat der Krieg in der Ukraine verändert?
Nachdem Tokio sich den westlichen Sanktionen angeschlossen hatte, setzte Moskau die Gespräche über einen Friedensvertrag am 21. März 2022 aus.
Im September 2022 beendete Russland auch die visafreien Besuche früherer Bewohner auf den Inseln.
Am 10. Januar verschärfte Japan seine Sanktionen erneut, unter anderem gegen Firmen in Drittstaaten.

Wie reagiert Moskau?
Außenamtssprecherin Maria Sacharowa erklärte am Donnerstag, solange Tokio seinen „antirussischen Kurs“ fortsetze, gebe es keine Grundlage für Gespräche über einen Friedensvertrag.
Außenminister Sergej Lawrow hatte Japan im Januar vorgeworfen, sich zum „Teil der antirussischen Koalition“ gemacht zu haben.

Gibt es noch Kontakte?
Ja, vor allem in der Fischerei.
Im Dezember einigten sich beide Seiten nach Online-Verhandlungen auf die Fangquoten für 2025 in ihren 200-Meilen-Zonen.

Und was ändert Trump?
Der US-Präsident will den Krieg in der Ukraine rasch beenden und kündigte an, bald mit Putin zu telefonieren.
In Tokio wird das aufmerksam verfolgt: Eine Annäherung Washingtons an Moskau könnte Japan unter Druck setzen, seine harte Linie zu überdenken.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b129de01_lachsquote_fischereikommission_2022_04", "2022-04-25", DE01,
        [
            T("2022", "DATE", "2022", note="headline"),
            T("diesem Jahr", "DATE", "2022"),
            T("rund zwei Wochen", "DURATION", "P2W", mod="APPROX"),
            T("Samstag", "DATE", "2022-04-23"),
            T("Vorjahres", "DATE", "2021"),
            T("11. April", "DATE", "2022-04-11"),
            T("fast einen Monat", "DURATION", "P1M", mod="APPROX"),
            T("8. April", "DATE", "2022-04-08"),
            T("selben Tag", "DATE", "2022-04-08", note="anaphoric: the day of the expulsions, 8 April"),
            T("März", "DATE", "2022-03", 0),
            T("wochenlang", "DURATION", "PXW"),
            T("Anfang Mai", "DATE", "2022-05", mod="START"),
            T("kommende Woche", "DATE", "2022-W18"),
            T("Mitte März", "DATE", "2022-03", mod="MID"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("kürzlich", "DATE", "PAST_REF"),
            T("Februar", "DATE", "2022-02"),
        ],
        [
            E("Japan and Russia agree on the 2022 salmon and trout fishing terms", "AGREE", ["Russia"],
              "2022-04-23", "text", "occurred", "am Samstag auf die Bedingungen"),
            E("Japan–Russia fisheries commission talks begin", "CONSULT", ["Russia"], "2022-04-11", "text",
              "occurred", "Die Gespräche im Rahmen der gemeinsamen Fischereikommission", date_mod="START"),
            E("Japan expels eight Russian diplomats", "SANCTION", ["Russia"], "2022-04-08", "text", "occurred",
              "acht russische Diplomaten ausgewiesen"),
            E("Kishida announces a phase-out of Russian coal imports", "SANCTION", ["Russia"], "2022-04-08", "text",
              "occurred", "acht russische Diplomaten ausgewiesen"),
            E("Moscow suspends the peace-treaty negotiations with Tokyo", "REJECT", ["Russia"], "2022-03", "text",
              "occurred", "Verhandlungen über einen Friedensvertrag mit Tokio ausgesetzt"),
            E("Moscow accuses Tokyo of openly unfriendly steps", "ACCUSE", ["Russia"], "2022-03", "context",
              "occurred", "Verhandlungen über einen Friedensvertrag mit Tokio ausgesetzt"),
            E("Separate talks on Japanese fishing near the southern Kurils", "CONSULT", ["Russia"], "2022-W18",
              "text", "planned", "wollen beide Seiten kommende Woche"),
            E("US bans imports of Russian fish and seafood", "SANCTION", ["United States", "Russia"], "2022-03",
              "text", "occurred", "Die USA hatten Mitte März", date_mod="MID"),
            E("German fish industry warns Brussels against following the US ban", "REQUEST", ["European Union"],
              "PAST_REF", "vague", "occurred", "warnte kürzlich vor Engpässen"),
        ],
        [
            S("Russia", "Rosrybolovstvo: the deal shows fisheries cooperation can work regardless of politics",
              "2022-04-23", "context", "Rosrybolowstwo erklärte"),
            S("Russia", "Tokyo's steps are openly unfriendly", "2022-03", "text",
              "Verhandlungen über einen Friedensvertrag mit Tokio ausgesetzt"),
        ],
        ["Russia", "Ukraine", "United States", "European Union"],
    ),
    doc(
        "b129de02_kurilen_visafrei_wostok_2022_09", "2022-09-06", DE02,
        [
            T("Montag", "DATE", "2022-09-05"),
            T("1991", "DATE", "1991"),
            T("1999", "DATE", "1999"),
            T("2020", "DATE", "2020"),
            T("Dienstagmorgen", "TIME", "2022-09-06TMO"),
            T("Donnerstag", "DATE", "2022-09-01"),
            T("vergangene Woche", "DATE", "2022-W35"),
            T("Dienstag", "DATE", "2022-09-06", 0),
            T("März", "DATE", "2022-03"),
            T("Mai", "DATE", "2022-05", 0),
            T("Dienstag", "DATE", "2022-09-06", 1),
            T("Mai", "DATE", "2022-05", 1),
        ],
        [
            E("Russia scraps the visa-free exchange with the southern Kurils", "SANCTION", ["Russia"], "2022-09-05",
              "text", "occurred", "Ein entsprechender Regierungserlass"),
            E("Russian foreign ministry blames Tokyo's unfriendly policy", "ACCUSE", ["Russia"], "2022-09-05",
              "context", "occurred", "begründete den Schritt"),
            E("Zakharova: Japan destroyed the basis for cooperation with its sanctions", "ACCUSE",
              ["Maria Zakharova"], "2022-09-06", "published", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Tokyo condemns the decision and protests", "ACCUSE", ["Russia"], "2022-09-06TMO", "text", "occurred",
              "am Dienstagmorgen"),
            E("Vostok-2022 exercise with China and Belarus, partly on the Kurils", "MOBILIZE",
              ["Russia", "China", "Belarus"], "2022-09-01", "text", "occurred", "das Großmanöver",
              date_mod="START"),
            E("Tokyo protests against drills on Iturup and Kunashir", "ACCUSE", ["Russia"], "2022-W35", "text",
              "occurred", "wogegen Tokio bereits vergangene Woche"),
            E("Peskov rejects the criticism of the drills", "REJECT", ["Dmitry Peskov"], "2022-09-06", "published",
              "occurred", "Peskow wies die Kritik zurück"),
            E("Moscow put the peace-treaty talks on ice", "REJECT", ["Russia"], "2022-03", "text", "occurred",
              "hatte Moskau bereits im März auf Eis gelegt"),
            E("Russia bans Kishida and 62 other Japanese from entry", "SANCTION", ["Russia"], "2022-05", "text",
              "occurred", "Im Mai folgte ein Einreiseverbot"),
            E("Ukraine's ambassador thanks Japan for its firm stance", "SUPPORT", ["Ukraine"], "2022-09-06", "text",
              "occurred", "Serhij Korsunskyj, dankte"),
        ],
        [
            S("Russia", "Foreign ministry: the step is due to Tokyo's unfriendly policy", "2022-09-05", "context",
              "begründete den Schritt"),
            S("Maria Zakharova", "Japan destroyed the basis for any cooperation on the islands with its sanctions",
              "2022-09-06", "published", "Außenamtssprecherin Maria Sacharowa"),
            S("Dmitry Peskov", "Russia holds drills on its own territory and owes no one a justification",
              "2022-09-06", "published", "Peskow wies die Kritik zurück"),
            S("Kremlin", "Putin will visit the exercise in Primorye on Tuesday", "2022-09-06", "published",
              "nach Angaben des Kremls am Dienstag"),
            S("Ukraine", "Ambassador Korsunsky thanks Japan for its steadfast stance", "2022-09-06", "text",
              "Serhij Korsunskyj, dankte"),
        ],
        ["Russia", "Ukraine", "Maria Zakharova", "China", "Belarus", "Dmitry Peskov", "Kremlin", "Vladimir Putin"],
    ),
    doc(
        "b129de03_hayashi_kiew_wiederaufbau_2023_09", "2023-09-11", DE03,
        [
            T("Samstag", "DATE", "2023-09-09"),
            T("den kommenden Winter", "DATE", "2023-WI"),
            T("Abend", "TIME", "2023-09-09TEV", note="the evening of Saturday's visit"),
            T("Anfang kommenden Jahres", "DATE", "2024", mod="START"),
            T("März", "DATE", "2023-03", 0),
            T("Mittwoch", "DATE", "2023-09-13"),
            T("Sonntag", "DATE", "2023-09-10", 0),
            T("März vergangenen Jahres", "DATE", "2022-03"),
            T("Juli", "DATE", "2023-07"),
            T("der Nacht zum Sonntag", "TIME", "2023-09-09TNI", note="night of 9 to 10 September"),
        ],
        [
            E("Hayashi meets Zelensky, Shmyhal and Kuleba in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Ukraine"],
              "2023-09-09", "text", "occurred", "Hayashi traf am Samstag"),
            E("Japan promises to stand by Ukraine as long as needed", "AGREE", ["Ukraine"], "2023-09-09",
              "context", "occurred", "so lange wie nötig"),
            E("Japan pledges demining equipment and generators for the winter", "AID", ["Ukraine"], "2023-09-09",
              "context", "occurred", "Geräte zur Minenräumung"),
            E("Kuleba invites more Japanese firms to join projects in Ukraine", "REQUEST", ["Ukraine"], "2023-09-09",
              "context", "occurred", "starken Signal an die japanische Wirtschaft"),
            E("Kuleba asks Tokyo to make frozen Russian central bank reserves usable for reconstruction", "REQUEST",
              ["Ukraine", "Russia"], "2023-09-09", "context", "occurred", "eingefrorenen Reserven"),
            E("Zelensky thanks Japan for its aid and sanctions", "SUPPORT", ["Volodymyr Zelensky"], "2023-09-09TEV",
              "text", "occurred", "Selenskyj dankte Japan am Abend"),
            E("Japan and Ukraine agree to hold a conference on Ukraine's economic recovery", "AGREE", ["Ukraine"],
              "2023-09-09", "context", "occurred", "Beide Seiten vereinbarten"),
            E("Conference on Ukraine's economic recovery in Tokyo", "CONSULT", ["Ukraine"], "2024", "text",
              "planned", "Beide Seiten vereinbarten", date_mod="START"),
            E("JICA and Ukraine's infrastructure ministry sign a memorandum on bridges and power lines", "AGREE",
              ["Ukraine"], "2023-09-09", "context", "occurred", "Absichtserklärung über die Instandsetzung"),
            E("Kishida visited Kyiv", "CONSULT", ["Ukraine"], "2023-03", "text", "occurred",
              "hatte Kiew im März besucht"),
            E("Zakharova accuses Tokyo of financing the Kyiv regime", "ACCUSE", ["Maria Zakharova"], "2023-09-10",
              "context", "occurred", "Tokio finanziere"),
            E("Russia broke off the peace-treaty talks with Japan", "REJECT", ["Russia"], "2022-03", "text",
              "occurred", "im März vergangenen Jahres abgebrochen"),
            E("Russia bans 54 more Japanese from entry", "SANCTION", ["Russia"], "2023-07", "text", "occurred",
              "im März vergangenen Jahres abgebrochen"),
            E("Russian drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-09-09TNI", "text", "occurred",
              "In der Nacht zum Sonntag griff Russland"),
        ],
        [
            S("Ukraine", "Kuleba: a strong signal to Japanese business; more firms invited to join projects",
              "2023-09-09", "context", "starken Signal an die japanische Wirtschaft"),
            S("Ukraine", "Kuleba asks Tokyo to make frozen Russian reserves usable for reconstruction", "2023-09-09",
              "context", "eingefrorenen Reserven"),
            S("Volodymyr Zelensky", "Thanks Japan for reliable aid and the sanctions against Russia",
              "2023-09-09TEV", "text", "Selenskyj dankte Japan am Abend"),
            S("Maria Zakharova", "Sharp criticism of Hayashi's visit", "2023-09-10", "text",
              "reagierte Außenamtssprecherin Maria Sacharowa am Sonntag"),
            S("Maria Zakharova", "Tokyo finances the Kyiv regime and forfeits its credibility as Russia's neighbour",
              "2023-09-10", "context", "Tokio finanziere"),
            S("Ukraine", "Military administration: all 26 drones shot down, one man injured", "2023-09-11",
              "published", "In der Nacht zum Sonntag griff Russland"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b129de04_arctic_lng2_druck_japan_2023_12", "2023-12-21", DE04,
        [
            T("Mittwoch", "DATE", "2023-12-20"),
            T("2. November", "DATE", "2023-11-02"),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
            T("Donnerstagmorgen", "TIME", "2023-12-21TMO"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2023-12-21", 0),
            T("Anfang Dezember", "DATE", "2023-12", mod="START"),
            T("kommenden Jahr", "DATE", "2024", note="in Novak's quote"),
            T("November", "DATE", "2023-11", 1),
            T("Ende Juni 2024", "DATE", "2024-06", mod="END"),
            T("Montag", "DATE", "2023-12-18"),
            T("Donnerstag", "DATE", "2023-12-21", 1),
        ],
        [
            E("US presses Japan to withdraw from Arctic LNG 2", "REQUEST", ["United States"], "2023-12-20",
              "context", "occurred", "drängt Japan"),
            E("Pyatt meets METI and Mitsui in Tokyo", "CONSULT", ["United States"], "2023-12-20", "text", "occurred",
              "traf dazu am Mittwoch in Tokio"),
            E("Pyatt warns companies working with the operator of consequences", "THREATEN", ["United States"],
              "2023-12-20", "context", "occurred", "mit Konsequenzen rechnen"),
            E("US sanctions the Arctic LNG 2 operator", "SANCTION", ["United States", "Russia"], "2023-11-02",
              "text", "occurred", "am 2. November auf seine Sanktionsliste"),
            E("Japan will not give up its stake for now", "REJECT", ["United States"], "2023-12-21TMO", "text",
              "occurred", "am Donnerstagmorgen, Japan werde"),
            E("Peskov: Russia will complete the project despite the sanctions", "REJECT",
              ["Dmitry Peskov", "United States"], "2023-12-21", "text", "occurred",
              "Peskow sagte am Donnerstag"),
            E("Peskov accuses the US of forcing its own LNG on Europe and Asia", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2023-12-21", "context", "occurred", "ihr eigenes, teureres"),
            E("US Treasury extends the waiver for Japanese purchases of Sakhalin-2 crude", "CONCEDE",
              ["United States"], "2023-11", "text", "occurred", "Ausnahmegenehmigung verlängert"),
            E("EU adopts its twelfth sanctions package, sparing Russian LNG", "SANCTION",
              ["European Union", "Russia"], "2023-12-18", "text", "occurred", "zwölftes Sanktionspaket"),
        ],
        [
            S("United States", "Pyatt: the sanctions aim to stop the project", "2023-12-20", "context",
              "Ziel der Sanktionen"),
            S("United States", "Pyatt: companies still working with the operator face consequences", "2023-12-20",
              "context", "mit Konsequenzen rechnen"),
            S("Dmitry Peskov", "Russia will complete the project despite the illegal sanctions", "2023-12-21",
              "text", "Peskow sagte am Donnerstag"),
            S("Dmitry Peskov", "The US wants to force its own, dearer LNG on Europe and Asia", "2023-12-21",
              "context", "ihr eigenes, teureres"),
            S("Russia", "Novak: deliveries will begin next year", "2023-12", "text", "Anfang Dezember angekündigt"),
        ],
        ["United States", "Russia", "Dmitry Peskov", "Kremlin", "European Union"],
    ),
    doc(
        "b129de05_il38_luftraum_rebun_2024_09", "2024-09-24", DE05,
        [
            T("Montag", "DATE", "2024-09-23"),
            T("13 Uhr", "TIME", "2024-09-23T13:00", note="Japan local time (JST)"),
            T("15.30 Uhr Ortszeit", "TIME", "2024-09-23T15:30", note="Japan local time (JST)"),
            T("2019", "DATE", "2019"),
            T("Montagabend", "TIME", "2024-09-23TEV"),
            T("Mitte September", "DATE", "2024-09", mod="MID"),
            T("Ende August", "DATE", "2024-08", mod="END"),
            T("vergangene Woche", "DATE", "2024-W38"),
            T("Freitag", "DATE", "2024-09-20", 0),
            T("Freitag", "DATE", "2024-09-27", 1),
            T("Dienstag", "DATE", "2024-09-24", note="New York local time"),
        ],
        [
            E("Russian Il-38 violates Japan's airspace three times off Rebun", "MOBILIZE", ["Russia"], "2024-09-23",
              "text", "occurred", "Il-38 ist am Montag dreimal"),
            E("Japan summons the Russian ambassador and protests", "ACCUSE", ["Russia"], "2024-09-23TEV", "text",
              "occurred", "bestellte noch am Montagabend"),
            E("Tokyo demands Moscow prevent a repetition", "REQUEST", ["Russia"], "2024-09-24", "published",
              "occurred", "forderte Moskau auf"),
            E("Ambassador Nozdrev refuses to accept the protest", "REJECT", ["Russia"], "2024-09-23TEV", "context",
              "occurred", "Protest nicht angenommen"),
            E("Russian defence ministry denies any border violation", "REJECT", ["Russia"], "2024-09-24",
              "published", "occurred", "keine Grenze verletzt"),
            E("Russian–Chinese naval drills Ocean-2024 in the Sea of Japan", "MOBILIZE", ["Russia", "China"],
              "2024-09", "text", "occurred", "Mitte September hatten beide Länder", date_mod="MID"),
            E("Chinese reconnaissance aircraft enters Japan's airspace", "MOBILIZE", ["China"], "2024-08", "text",
              "occurred", "Ende August war erstmals", date_mod="END"),
            E("Chinese carrier Liaoning sails between Yonaguni and Iriomote", "MOBILIZE", ["China"], "2024-W38",
              "text", "occurred", "Ende August war erstmals"),
            E("Japan imposes export bans on eleven firms helping Russia evade sanctions", "SANCTION", ["Russia"],
              "2024-09-20", "text", "occurred", "Erst am Freitag hatte Japan"),
            E("Leaders-level UN Security Council meeting on the war in Ukraine, Kishida to speak", "CONSULT",
              ["United Nations"], "2024-09-24", "text", "planned", "vor dem UN-Sicherheitsrat sprechen"),
            E("Zelensky expected at the Security Council meeting", "CONSULT", ["Volodymyr Zelensky", "United Nations"],
              "2024-09-24", "context", "planned", "wird bei der Sitzung erwartet"),
        ],
        [
            S("Russia", "Ambassador Nozdrev did not accept the protest as Tokyo gave no evidence", "2024-09-23TEV",
              "context", "Protest nicht angenommen"),
            S("Russia", "Defence ministry: a scheduled flight over neutral waters, no border violated", "2024-09-24",
              "published", "keine Grenze verletzt"),
            S("Dmitry Peskov", "Joint patrols are normal cooperation between two neighbours, aimed at no one",
              "2024-09-24", "published", "normale Zusammenarbeit zweier Nachbarn"),
        ],
        ["Russia", "China", "Dmitry Peskov", "Kremlin", "Ukraine", "United Nations", "Volodymyr Zelensky"],
    ),
    doc(
        "b129de06_erklaerstueck_friedensvertrag_kurilen_2025_02", "2025-02-08", DE06,
        [
            T("heute", "DATE", "2025-02-08", 0, note="headline; 'bis heute' as the publication day"),
            T("Freitag", "DATE", "2025-02-07"),
            T("jedes Jahr", "SET", "P1Y"),
            T("selben Zeit", "DATE", "2025-02-07", note="anaphoric: the Friday of the commemoration"),
            T("August", "DATE", "1945-08"),
            T("September 1945", "DATE", "1945-09"),
            T("heute", "DATE", "2025-02-08", 1),
            T("1956", "DATE", "1956"),
            T("November 2018", "DATE", "2018-11"),
            T("Juli 2020", "DATE", "2020-07"),
            T("21. März 2022", "DATE", "2022-03-21"),
            T("September 2022", "DATE", "2022-09"),
            T("10. Januar", "DATE", "2025-01-10"),
            T("Donnerstag", "DATE", "2025-02-06"),
            T("Januar", "DATE", "2025-01", 1),
            T("Dezember", "DATE", "2024-12"),
            T("2025", "DATE", "2025"),
            T("bald", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ishiba meets Trump in Washington", "CONSULT", ["Donald Trump"], "2025-02-07", "text", "occurred",
              "zur selben Zeit in Washington"),
            E("Moscow held out the handover of Shikotan and Habomai after a peace treaty", "AGREE", ["Russia"],
              "1956", "text", "occurred", "Gemeinsamen Erklärung von 1956",
              note="the Soviet Union, credited to Russia"),
            E("Abe and Putin agree in Singapore to speed up talks on the basis of the 1956 declaration", "AGREE",
              ["Vladimir Putin"], "2018-11", "text", "occurred", "Im November 2018 vereinbarten"),
            E("Russia's constitutional amendment bars ceding territory", "REJECT", ["Russia"], "2020-07", "text",
              "occurred", "Verfassungsänderung im Juli 2020"),
            E("Moscow suspends the peace-treaty talks", "REJECT", ["Russia"], "2022-03-21", "text", "occurred",
              "am 21. März 2022 aus"),
            E("Russia ends visa-free visits of former islanders", "SANCTION", ["Russia"], "2022-09", "text",
              "occurred", "Im September 2022 beendete Russland"),
            E("Japan tightens its sanctions again", "SANCTION", ["Russia"], "2025-01-10", "text", "occurred",
              "Am 10. Januar verschärfte Japan"),
            E("Zakharova: no basis for peace-treaty talks while Tokyo keeps its anti-Russian course", "REJECT",
              ["Maria Zakharova"], "2025-02-06", "text", "occurred", "Sacharowa erklärte am Donnerstag"),
            E("Lavrov accuses Japan of joining the anti-Russian coalition", "ACCUSE", ["Sergey Lavrov"], "2025-01",
              "text", "occurred", "Lawrow hatte Japan im Januar vorgeworfen"),
            E("Online fisheries negotiations", "CONSULT", ["Russia"], "2024-12", "context", "occurred",
              "nach Online-Verhandlungen"),
            E("Japan and Russia agree fishing quotas for 2025", "AGREE", ["Russia"], "2024-12", "text", "occurred",
              "nach Online-Verhandlungen"),
            E("Trump to call Putin soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "bald mit Putin zu telefonieren"),
        ],
        [
            S("Maria Zakharova", "No basis for peace-treaty talks as long as Tokyo keeps its anti-Russian course",
              "2025-02-06", "text", "Sacharowa erklärte am Donnerstag"),
            S("Sergey Lavrov", "Japan has made itself part of the anti-Russian coalition", "2025-01", "text",
              "Lawrow hatte Japan im Januar vorgeworfen"),
            S("Donald Trump", "Wants to end the war quickly and will call Putin soon", "2025-02-08", "published",
              "bald mit Putin zu telefonieren"),
        ],
        ["Donald Trump", "United States", "Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Maria Zakharova",
         "Sergey Lavrov"],
    ),
]
