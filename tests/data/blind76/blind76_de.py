"""German articles of the blind76 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b76de01 (Oldenburgische Volkszeitung)
DE01 = """
Erste Woche der Waffenruhe: Kiew und Moskau werfen sich gegenseitig Verstöße vor

Kiew/Moskau. Die ukrainische Armee hat Russland vorgeworfen, in der Nacht zum Freitag Stellungen bei Orichiw im Gebiet Saporischschja mit Artillerie und Gleitbomben angegriffen zu haben – der bislang schwerste Verstoß gegen die seit Montag geltende Waffenruhe.
Nach Angaben des Generalstabs in Kiew wurden zwei Soldaten getötet und sieben verletzt.

Moskau wies die Vorwürfe umgehend zurück.
Das Verteidigungsministerium erklärte am Freitagmorgen, ukrainische Drohnen hätten am Donnerstag ein Umspannwerk im russischen Gebiet Belgorod getroffen, die eigenen Truppen hätten lediglich „das Feuer erwidert“.
Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin stehe zu der Vereinbarung, erwarte aber dasselbe von Kiew.

Die Beobachtermission der Vereinten Nationen, deren erste 120 Mitglieder seit Mittwoch entlang der rund 1200 Kilometer langen Front im Einsatz sind, zählte in ihrem ersten Lagebericht „mindestens 46 Verstöße“ seit Montag, ohne einer Seite die Verantwortung zuzuweisen.
Missionschef Tomás Ferreira, ein brasilianischer General im Ruhestand, rief beide Seiten auf, die vereinbarte Hotline zwischen den Generalstäben „konsequent zu nutzen“.
Über diese Leitung hatten Offiziere beider Armeen am Dienstag erstmals miteinander gesprochen, nach ukrainischen Angaben rund 20 Minuten lang.

UN-Generalsekretär António Guterres nannte die Waffenruhe am Donnerstagabend in New York „zerbrechlich, aber nicht gescheitert“.
Er forderte beide Seiten auf, ihre schweren Waffen wie vereinbart bis Ende Oktober von der Front abzuziehen.
Bundeskanzler Friedrich Merz telefonierte nach Angaben eines Regierungssprechers am Donnerstag mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.
Beide seien sich einig, dass jeder Verstoß „aufgeklärt und benannt“ werden müsse, hieß es in Berlin.
Selenskyj sagte in seiner abendlichen Videoansprache, Russland teste systematisch, wie weit es gehen könne.

Die Waffenruhe war am 9. Oktober in Genf nach dreiwöchigen Verhandlungen unter Vermittlung der USA und der Türkei unterzeichnet worden.
Sie sieht unter anderem den Austausch aller Kriegsgefangenen bis zum Jahresende vor.
Die Bundesregierung will bis Mitte November bis zu 40 Soldaten als unbewaffnete Beobachter entsenden, der Bundestag soll in der kommenden Woche darüber abstimmen.
"""

# ---------------------------------------------------------------- b76de02 (Salzburger Volkszeitung)
DE02 = """
Russland blockiert OSZE-Beobachter für die Ukraine

Wien. Russland hat im Ständigen Rat der OSZE die Entsendung zusätzlicher Beobachter zur Überwachung der Waffenruhe in der Ukraine verhindert.
Bei einer Sondersitzung in der Hofburg verweigerte der russische Vertreter am Mittwoch als einziger der 57 Teilnehmerstaaten seine Zustimmung zu einem Budget von 38 Millionen Euro für 200 zivile Beobachter.
Weil im Ständigen Rat das Konsensprinzip gilt, ist das Vorhaben damit vorerst vom Tisch.

Die ukrainische Botschafterin verließ nach der Abstimmung aus Protest den Saal.
Moskau wolle „keine Zeugen“ an der Front, weil es selbst die meisten Verstöße begehe, sagte sie vor Journalisten.
Der russische Vertreter Dmitri Polowinkin hielt dagegen, die OSZE habe sich mit ihrer früheren Mission im Donbass „diskreditiert“, Russland vertraue allein den Vereinten Nationen.
Auch die US-Vertretung sprach von einem „durchsichtigen Manöver“.

Außenministerin Beate Meinl-Reisinger (Neos) bedauerte am Mittwochabend die Blockade und bot an, die gemeinsame Koordinierungskommission der Kriegsparteien, die bisher wöchentlich in Istanbul tagt, nach Wien zu holen.
Heuer führt die Schweiz den Vorsitz der OSZE, Bundesrat Ignazio Cassis hatte die Pläne für die Beobachter Anfang Oktober in Moskau und Kiew vorgestellt.

Der russische Außenminister Sergej Lawrow legte am Donnerstag nach: Die Überwachung der Waffenruhe sei Sache der UNO und der beiden Generalstäbe, „nicht von Leuten, die Kiew acht Jahre lang gedeckt haben“.
Der ukrainische Außenminister Andrij Sybiha forderte die EU-Staaten am Donnerstag auf, die Beobachter „notfalls ohne Moskaus Segen“ zu finanzieren.
EU-Außenbeauftragte Kaja Kallas kündigte an, die Europäische Union werde Beobachter notfalls auf eigene Kosten entsenden.
Ein entsprechender Vorschlag soll den EU-Außenministern bereits am kommenden Montag in Luxemburg vorliegen.

In der Nacht auf Mittwoch meldete die ukrainische Luftwaffe 14 russische Drohnen über dem Gebiet Sumy, zwölf davon seien abgeschossen worden.
Das Verteidigungsministerium in Moskau bestritt jede Beteiligung und sprach von einer „Inszenierung“.
Seit Beginn der Waffenruhe am 12. Oktober hat die UN-Mission nach eigenen Angaben mehr als 300 Verstöße registriert.
"""

# ---------------------------------------------------------------- b76de03 (Oltner Tagblatt)
DE03 = """
Tausend Gefallene kehren heim: Moskau übergibt Leichen an Kiew

Kiew/Olten. Russland hat der Ukraine am Mittwoch die sterblichen Überreste von 1000 Soldaten übergeben, im Gegenzug erhielt Moskau die Leichen von 41 eigenen Gefallenen.
Die Übergabe fand nach Angaben des Kiewer Koordinierungsstabs für Kriegsgefangene an der Grenze zu Belarus statt und wurde vom Internationalen Komitee vom Roten Kreuz (IKRK) begleitet.
Es ist bereits die zweite Rückführung von Gefallenen seit Beginn der Waffenruhe am 12. Oktober.
Am 23. Oktober hatten beide Seiten unter Vermittlung der Vereinigten Arabischen Emirate zudem je 300 Kriegsgefangene ausgetauscht.

Präsident Wolodymyr Selenskyj dankte auf Telegram dem IKRK und dem Heiligen Stuhl, der die Listen der Vermissten mit beiden Seiten abgeglichen habe.
«Jeder von ihnen hat das Recht, zu Hause begraben zu werden», schrieb er.
Kremlsprecher Dmitri Peskow sprach von einer «humanitären Geste», die zeige, dass Moskau seine Verpflichtungen erfülle.
Zugleich warf er Kiew vor, die Übergabe russischer Gefallener «absichtlich zu verschleppen».
Der vatikanische Sondergesandte, Kardinal Matteo Zuppi, soll nach Angaben des Heiligen Stuhls Mitte November erneut nach Moskau reisen.

Für das IKRK ist die Identifizierung der Toten eine Mammutaufgabe.
Unter den Forensikern, die in Kiew die Überreste untersuchen, ist auch die Oltner Rechtsmedizinerin Sabine Studer, die seit August für das IKRK im Einsatz ist.
«Manchmal dauert es Monate, bis wir einem Namen ein Gesicht zurückgeben können», sagte sie unserer Zeitung am Telefon.
Die Schweiz bezahlt einen Teil der DNA-Analysen.

Unterdessen beschuldigten sich die Kriegsparteien erneut, die Waffenruhe zu verletzen.
Das russische Verteidigungsministerium meldete am Dienstag ukrainischen Artilleriebeschuss auf Horliwka, Kiew sprach seinerseits von Gleitbomben auf Kostjantyniwka am Montagabend.
Die UN-Beobachtermission zählte in ihrem jüngsten Bericht 212 Verstösse, deutlich mehr als in der Vorwoche.
Dabei hatten sich beide Seiten am 9. Oktober in Genf verpflichtet, Gefallene binnen 30 Tagen nach ihrer Bergung zu übergeben.
Der Schweizer OSZE-Vorsitz bot an, einen Sondergesandten für humanitäre Fragen nach Moskau und Kiew zu schicken.
"""

# ---------------------------------------------------------------- b76de04 (Schwäbische Post)
DE04 = """
Heißer Draht mit Aussetzern: Generalstäbe bekommen eine zweite Leitung

Istanbul/Aalen. Nach einem folgenschweren Zwischenfall am Dnipro wollen Russland und die Ukraine die direkte Verbindung zwischen ihren Generalstäben ausbauen.
Vertreter beider Armeen verständigten sich am Donnerstag in der gemeinsamen Koordinierungskommission in Istanbul unter türkischem Vorsitz darauf, die bestehende Telefonleitung ab dem 20. November durch eine abhörsichere Satellitenverbindung zu ergänzen.
Zudem sollen in jedem Frontabschnitt Verbindungsoffiziere benannt werden.

Auslöser war ein Vorstoß russischer Marineinfanteristen auf eine Insel im Dnipro-Delta südlich von Cherson in der Nacht zum Mittwoch, bei dem nach Kiewer Angaben drei ukrainische Soldaten getötet wurden.
Der ukrainische Generalstab versuchte eigenen Angaben zufolge mehr als zwei Stunden lang vergeblich, die russische Seite über die Hotline zu erreichen.
Moskau erklärte, die Leitung sei wegen eines technischen Defekts ausgefallen, und warf Kiew seinerseits vor, den Vorfall mit Angriffen auf Nowa Kachowka provoziert zu haben.

Kremlchef Wladimir Putin nannte den Zwischenfall am Donnerstag bei einer Sitzung des Sicherheitsrats „bedauerlich“.
Russland halte sich an die Vereinbarung, werde aber „auf jede Provokation antworten“, sagte er.
Der ukrainische Präsident Wolodymyr Selenskyj warf Putin daraufhin vor, die Waffenruhe „als Deckung für neue Offensiven“ zu missbrauchen.
Er forderte die UN-Beobachter auf, ihre Patrouillen im Süden auszuweiten.

Der türkische Präsident Recep Tayyip Erdoğan telefonierte am Mittwoch mit beiden Staatschefs und bot an, die Kommission auf Ministerebene nach Ankara einzuladen.
Der US-Sondergesandte Steve Witkoff will nach Angaben des Weißen Hauses in zwei Wochen nach Moskau reisen, um über die nächste Phase der Vereinbarung zu sprechen.
Dazu gehört der Rückzug der schweren Waffen, der nach dem Genfer Abkommen eigentlich bis Ende Oktober hätte abgeschlossen sein sollen.

In Aalen verfolgt die ukrainische Gemeinde die Nachrichten mit gemischten Gefühlen.
„Wir haben gelernt, uns über kleine Dinge zu freuen“, sagt Olena Kowal, die seit 2022 in der Stadt lebt.
"""

# ---------------------------------------------------------------- b76de05 (Delmenhorster Kreisblatt)
DE05 = """
500 gegen 500: Größter Gefangenenaustausch seit Beginn der Waffenruhe

Kiew/Moskau. Russland und die Ukraine haben am Donnerstag jeweils 500 Kriegsgefangene ausgetauscht – so viele wie nie seit Inkrafttreten der Waffenruhe Mitte Oktober.
Vermittelt hatte den Austausch das Emirat Katar, dessen Unterhändler seit Wochen zwischen Moskau und Kiew pendelten.
Unter den Heimkehrern sind nach Angaben des ukrainischen Koordinierungsstabs 37 Verteidiger des Stahlwerks Asowstal, die seit Mai 2022 in russischer Gefangenschaft waren.

Präsident Wolodymyr Selenskyj dankte dem Emir von Katar und versprach: „Wir holen alle nach Hause.“
Zugleich forderte er, dass das Rote Kreuz endlich Zugang zu allen ukrainischen Gefangenen in Russland erhalte.
Das russische Verteidigungsministerium teilte mit, die freigelassenen Russen würden zunächst in Belarus medizinisch versorgt und dann nach Moskau geflogen.
Der Austausch gilt als Testlauf für den im Genfer Abkommen vereinbarten Austausch aller Gefangenen bis zum Jahresende.
Kremlsprecher Dmitri Peskow sagte, Moskau sei dazu „grundsätzlich bereit“, Kiew müsse aber zuerst vollständige Listen vorlegen.
Das katarische Außenministerium kündigte an, auch den großen Austausch zu begleiten, sofern beide Seiten dies wünschten.

Am Freitag wird der US-Sondergesandte Steve Witkoff im Kreml erwartet, wo er mit Präsident Wladimir Putin über die zweite Phase der Waffenruhe sprechen soll.
Kiew verlangt, dass dabei auch die Rückkehr verschleppter ukrainischer Kinder zur Sprache kommt.

Überschattet wurde der Austausch von neuen Vorwürfen.
Das ukrainische Militär meldete am Donnerstagmorgen einen russischen Drohnenangriff auf ein Umspannwerk bei Sumy, die UN-Beobachter bestätigten später Einschläge, konnten deren Herkunft aber nicht klären.
Moskau sprach von einer „Provokation“, die den Austausch habe torpedieren sollen.

In Delmenhorst wartet Tetjana H. weiter auf ein Lebenszeichen ihres Sohnes, der im Frühjahr 2024 bei Awdijiwka in Gefangenschaft geriet.
Sein Name stand nicht auf der Liste.
Jetzt hofft die 54-Jährige auf den Austausch „alle gegen alle“, der vor Weihnachten beginnen soll.
"""

# ---------------------------------------------------------------- b76de06 (Hersfelder Zeitung)
DE06 = """
Streit im Sicherheitsrat über die UN-Beobachter in der Ukraine

New York/Bad Hersfeld. Knapp zwei Monate nach Beginn der Waffenruhe in der Ukraine ringt der UN-Sicherheitsrat um die Verlängerung der Beobachtermission.
In einer Sitzung am Mittwoch verlangte Russland, das Mandat nur dann zu verlängern, wenn keine Soldaten aus Nato-Staaten mehr in der Mission dienen.
Das Mandat läuft am 12. Januar aus.

In seinem ersten Bericht an den Rat zählte UN-Generalsekretär António Guterres für November mehr als 3100 Verstöße, die meisten davon Artillerie- und Drohnenangriffe im Donbass.
Die Mission müsse um mindestens sechs Monate verlängert und auf 900 Beobachter aufgestockt werden, schrieb Guterres.
Der ukrainische Präsident Wolodymyr Selenskyj begrüßte am Mittwochabend den Vorschlag und lud die Mitglieder des Rats ein, sich an der Front selbst ein Bild zu machen.

Die stellvertretende US-Botschafterin warf Moskau vor, die Beobachter gezielt zu behindern: Erst am Samstag sei eine Patrouille bei Pokrowsk an einem russischen Kontrollpunkt sechs Stunden lang festgehalten worden.
Russlands UN-Botschafter Wassili Nebensja wies das zurück und beschuldigte seinerseits die ukrainische Armee, die Patrouillen als „Schutzschild“ für Truppenbewegungen zu missbrauchen.
Bereits vergangene Woche hatte Kiew den Beobachtern nach eigenen Angaben Aufnahmen russischer Panzer übergeben, die entgegen dem Abkommen nur wenige Kilometer hinter der Front stünden.
China rief beide Seiten zur Zurückhaltung auf und sprach sich für eine Verlängerung ohne Bedingungen aus.

US-Präsident Donald Trump drohte unterdessen auf seiner Plattform Truth Social, er werde beiden Seiten „sehr große Probleme“ machen, sollte die Waffenruhe über den Winter scheitern.
In Brüssel stellte EU-Kommissionspräsidentin Ursula von der Leyen ein neues Sanktionspaket in Aussicht, falls Russland den Abzug seiner schweren Waffen weiter verzögere.
Kremlsprecher Dmitri Peskow sprach von „Erpressung“.

Seit Anfang November gehören der Mission auch 40 Soldaten der Bundeswehr an, unter ihnen ein Hauptfeldwebel aus Bebra.
Verteidigungsminister Boris Pistorius kündigte an, das Kontingent im Fall einer Verlängerung auf bis zu 120 Soldaten aufzustocken.
Über das Mandat will der Sicherheitsrat in der kommenden Woche abstimmen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b76de01_waffenruhe_erste_woche_2026_10", "2026-10-16", DE01,
        [
            T("der Nacht zum Freitag", "TIME", "2026-10-15TNI", note="night to Friday 16 October"),
            T("Montag", "DATE", "2026-10-12", 0),
            T("Freitagmorgen", "TIME", "2026-10-16TMO"),
            T("Donnerstag", "DATE", "2026-10-15", 0),
            T("Mittwoch", "DATE", "2026-10-14"),
            T("Montag", "DATE", "2026-10-12", 1),
            T("Dienstag", "DATE", "2026-10-13"),
            T("rund 20 Minuten", "DURATION", "PT20M", mod="APPROX"),
            T("Donnerstagabend", "TIME", "2026-10-15TEV", note="New York"),
            T("Ende Oktober", "DATE", "2026-10", mod="END"),
            T("Donnerstag", "DATE", "2026-10-15", 1),
            T("abendlichen", "SET", "P1D"),
            T("9. Oktober", "DATE", "2026-10-09"),
            T("dreiwöchigen", "DURATION", "P3W"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Mitte November", "DATE", "2026-11", mod="MID"),
            T("der kommenden Woche", "DATE", "2026-W43"),
        ],
        [
            E("Ukraine accuses Russia of attacking positions near Orikhiv", "ACCUSE", ["Ukraine", "Russia"],
              "2026-10-16", "published", "occurred", "Die ukrainische Armee hat Russland vorgeworfen"),
            E("Alleged Russian artillery and glide-bomb attack near Orikhiv", "ASSAULT", ["Russia", "Ukraine"],
              "2026-10-15TNI", "text", "uncertain", "Die ukrainische Armee hat Russland vorgeworfen"),
            E("Ceasefire in force since Monday", "RETREAT", ["Russia", "Ukraine"], "2026-10-12", "text", "occurred",
              "Die ukrainische Armee hat Russland vorgeworfen", date_mod="START"),
            E("Moscow rejects the accusations", "REJECT", ["Russia", "Ukraine"], "2026-10-16", "published",
              "occurred", "Moskau wies die Vorwürfe umgehend zurück."),
            E("Russian defence ministry accuses Ukraine of a drone strike on a Belgorod substation", "ACCUSE",
              ["Russia", "Ukraine"], "2026-10-16TMO", "text", "occurred", "Das Verteidigungsministerium erklärte"),
            E("Alleged Ukrainian drone strike on a substation in Belgorod region", "ASSAULT", ["Ukraine", "Russia"],
              "2026-10-15", "text", "uncertain", "Das Verteidigungsministerium erklärte"),
            E("Putin stands by the agreement (via Peskov)", "AGREE", ["Vladimir Putin"], "2026-10-16", "published",
              "occurred", "Putin stehe zu der Vereinbarung"),
            E("Putin expects Kyiv to keep the agreement too", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2026-10-16", "published", "occurred", "Putin stehe zu der Vereinbarung"),
            E("First 120 UN monitors deployed along the front", "COOPERATE", ["United Nations"], "2026-10-14",
              "text", "occurred", "Die Beobachtermission der Vereinten Nationen", date_mod="START"),
            E("UN mission chief calls on both sides to use the hotline", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2026-10-16", "published", "occurred",
              "Missionschef Tomás Ferreira"),
            E("First contact of the two armies over the general-staff hotline", "CONSULT", ["Russia", "Ukraine"],
              "2026-10-13", "text", "occurred", "Über diese Leitung hatten Offiziere"),
            E("Guterres calls on both sides to pull back heavy weapons by end of October", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-10-15TEV", "context", "occurred",
              "Er forderte beide Seiten auf"),
            E("Agreed pullback of heavy weapons by end of October", "RETREAT", ["Russia", "Ukraine"], "2026-10",
              "text", "planned", "Er forderte beide Seiten auf", date_mod="END"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2026-10-15", "text",
              "occurred", "Bundeskanzler Friedrich Merz telefonierte"),
            E("Merz and Zelensky agree every violation must be investigated and named", "AGREE",
              ["Friedrich Merz", "Volodymyr Zelensky"], "2026-10-15", "context", "occurred",
              "Beide seien sich einig"),
            E("Zelensky accuses Russia of testing how far it can go", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-10-16", "published", "occurred", "Selenskyj sagte in seiner abendlichen Videoansprache"),
            E("Ceasefire agreement signed in Geneva under US and Turkish mediation", "AGREE",
              ["Russia", "Ukraine", "United States", "Turkey"], "2026-10-09", "text", "occurred",
              "Die Waffenruhe war am 9. Oktober in Genf"),
            E("Three weeks of negotiations in Geneva", "CONSULT", ["Russia", "Ukraine", "United States", "Turkey"],
              "2026-10-09", "context", "occurred", "Die Waffenruhe war am 9. Oktober in Genf", date_mod="END",
              note="three weeks of talks ending with the signing on 9 October"),
            E("Exchange of all prisoners of war by the end of the year", "CONCEDE", ["Russia", "Ukraine"], "2026",
              "text", "planned", "Sie sieht unter anderem den Austausch", date_mod="END"),
            E("Germany to send up to 40 soldiers as unarmed UN observers", "COOPERATE",
              ["Germany", "United Nations"], "2026-11", "text", "planned", "Die Bundesregierung will bis Mitte November",
              date_mod="MID"),
        ],
        [
            S("Ukraine", "Russia attacked positions near Orikhiv overnight, the worst breach of the truce",
              "2026-10-16", "published", "Die ukrainische Armee hat Russland vorgeworfen"),
            S("Ukraine", "General Staff: two soldiers killed and seven wounded", "2026-10-16", "published",
              "Nach Angaben des Generalstabs in Kiew"),
            S("Russia", "Moscow rejects the accusations", "2026-10-16", "published",
              "Moskau wies die Vorwürfe umgehend zurück."),
            S("Russia", "Defence ministry: Ukrainian drones hit a Belgorod substation, Russian troops only returned fire",
              "2026-10-16TMO", "text", "Das Verteidigungsministerium erklärte"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin stands by the agreement but expects the same from Kyiv",
              "2026-10-16", "published", "Putin stehe zu der Vereinbarung"),
            S("United Nations", "First situation report: at least 46 violations since Monday, no blame assigned",
              "2026-10-16", "published", "Die Beobachtermission der Vereinten Nationen"),
            S("United Nations", "Mission chief Ferreira: both sides must use the hotline consistently", "2026-10-16",
              "published", "Missionschef Tomás Ferreira"),
            S("António Guterres", "The ceasefire is fragile but has not failed", "2026-10-15TEV", "text",
              "nannte die Waffenruhe am Donnerstagabend"),
            S("António Guterres", "Both sides must pull back heavy weapons by the end of October as agreed",
              "2026-10-15TEV", "context", "Er forderte beide Seiten auf"),
            S("Germany", "Merz and Zelensky agree every violation must be investigated and named", "2026-10-15",
              "context", "Beide seien sich einig"),
            S("Volodymyr Zelensky", "Russia is systematically testing how far it can go", "2026-10-16", "published",
              "Selenskyj sagte in seiner abendlichen Videoansprache"),
        ],
        ["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "United Nations", "António Guterres",
         "Germany", "Friedrich Merz", "Volodymyr Zelensky", "United States", "Turkey"],
    ),
    doc(
        "b76de02_osze_blockade_wien_2026_10", "2026-10-22", DE02,
        [
            T("Mittwoch", "DATE", "2026-10-21", 0),
            T("Mittwochabend", "TIME", "2026-10-21TEV"),
            T("wöchentlich", "SET", "P1W"),
            T("Heuer", "DATE", "2026"),
            T("Anfang Oktober", "DATE", "2026-10", mod="START"),
            T("Donnerstag", "DATE", "2026-10-22", 0),
            T("acht Jahre", "DURATION", "P8Y"),
            T("Donnerstag", "DATE", "2026-10-22", 1),
            T("kommenden Montag", "DATE", "2026-10-26"),
            T("der Nacht auf Mittwoch", "TIME", "2026-10-20TNI", note="night to Wednesday 21 October"),
            T("12. Oktober", "DATE", "2026-10-12"),
        ],
        [
            E("Special session of the OSCE Permanent Council in the Hofburg", "CONSULT", ["Russia", "Ukraine"],
              "2026-10-21", "text", "occurred", "Bei einer Sondersitzung in der Hofburg"),
            E("Russia blocks the budget for 200 additional OSCE observers", "REJECT", ["Russia", "Ukraine"],
              "2026-10-21", "text", "occurred", "Bei einer Sondersitzung in der Hofburg"),
            E("Ukraine's ambassador walks out in protest", "REJECT", ["Ukraine", "Russia"], "2026-10-21", "context",
              "occurred", "Die ukrainische Botschafterin verließ"),
            E("Ukraine's ambassador accuses Moscow of wanting no witnesses because it commits most violations",
              "ACCUSE", ["Ukraine", "Russia"], "2026-10-21", "context", "occurred", "Moskau wolle „keine Zeugen“"),
            E("Russian representative says the OSCE discredited itself in Donbas", "ACCUSE", ["Russia"],
              "2026-10-21", "context", "occurred", "Der russische Vertreter Dmitri Polowinkin"),
            E("US mission calls the blockade a transparent manoeuvre", "ACCUSE", ["United States", "Russia"],
              "2026-10-21", "context", "occurred", "Auch die US-Vertretung"),
            E("Austria offers to host the joint coordination commission in Vienna", "REQUEST", ["Russia", "Ukraine"],
              "2026-10-21TEV", "text", "occurred", "Außenministerin Beate Meinl-Reisinger"),
            E("OSCE chair Cassis presents the observer plans in Moscow", "CONSULT", ["Russia"], "2026-10", "text",
              "occurred", "Heuer führt die Schweiz", date_mod="START"),
            E("OSCE chair Cassis presents the observer plans in Kyiv", "CONSULT", ["Ukraine"], "2026-10", "text",
              "occurred", "Heuer führt die Schweiz", date_mod="START"),
            E("Lavrov rejects an OSCE role in monitoring the ceasefire", "REJECT", ["Sergey Lavrov"], "2026-10-22",
              "text", "occurred", "Der russische Außenminister Sergej Lawrow legte"),
            E("Lavrov accuses the OSCE of having covered for Kyiv for eight years", "ACCUSE", ["Sergey Lavrov"],
              "2026-10-22", "text", "occurred", "Der russische Außenminister Sergej Lawrow legte"),
            E("Sybiha calls on EU states to fund the observers without Moscow's consent", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-10-22", "text", "occurred",
              "Der ukrainische Außenminister Andrij Sybiha forderte"),
            E("Kallas: the EU will send observers at its own cost if necessary", "AGREE",
              ["Kaja Kallas", "European Union"], "2026-10-22", "published", "occurred",
              "EU-Außenbeauftragte Kaja Kallas kündigte an"),
            E("EU foreign ministers to discuss the proposal in Luxembourg", "CONSULT", ["European Union"],
              "2026-10-26", "text", "planned", "Ein entsprechender Vorschlag soll"),
            E("Russian drones over Sumy region", "ASSAULT", ["Russia", "Ukraine"], "2026-10-20TNI", "text",
              "occurred", "In der Nacht auf Mittwoch meldete"),
            E("Russian defence ministry denies any involvement", "REJECT", ["Russia", "Ukraine"], "2026-10-21",
              "context", "occurred", "Das Verteidigungsministerium in Moskau bestritt"),
            E("Ceasefire began on 12 October", "RETREAT", ["Russia", "Ukraine"], "2026-10-12", "text", "occurred",
              "Seit Beginn der Waffenruhe am 12. Oktober"),
        ],
        [
            S("Ukraine", "Ambassador: Moscow wants no witnesses because it commits most violations itself",
              "2026-10-21", "context", "Moskau wolle „keine Zeugen“"),
            S("Russia", "The OSCE discredited itself with its Donbas mission; Russia trusts only the UN", "2026-10-21",
              "context", "Der russische Vertreter Dmitri Polowinkin"),
            S("United States", "The blockade is a transparent manoeuvre", "2026-10-21", "context",
              "Auch die US-Vertretung"),
            S("Sergey Lavrov", "Monitoring is a matter for the UN and the general staffs, not for those who covered "
              "for Kyiv", "2026-10-22", "text", "Der russische Außenminister Sergej Lawrow legte"),
            S("Andrii Sybiha", "EU states should fund the observers without Moscow's blessing if need be",
              "2026-10-22", "text", "Der ukrainische Außenminister Andrij Sybiha forderte"),
            S("Kaja Kallas", "The EU will send observers at its own cost if necessary", "2026-10-22", "published",
              "EU-Außenbeauftragte Kaja Kallas kündigte an"),
            S("Ukraine", "Air force: 14 Russian drones over Sumy region, twelve shot down", "2026-10-20TNI", "text",
              "In der Nacht auf Mittwoch meldete"),
            S("Russia", "Defence ministry denies involvement and speaks of a staged incident", "2026-10-21",
              "context", "Das Verteidigungsministerium in Moskau bestritt"),
            S("United Nations", "The mission has registered more than 300 violations since 12 October", "2026-10-22",
              "published", "Seit Beginn der Waffenruhe am 12. Oktober"),
        ],
        ["Russia", "Ukraine", "United States", "United Nations", "Sergey Lavrov", "Andrii Sybiha",
         "European Union", "Kaja Kallas"],
    ),
    doc(
        "b76de03_gefallene_rueckfuehrung_2026_11", "2026-11-05", DE03,
        [
            T("Mittwoch", "DATE", "2026-11-04"),
            T("12. Oktober", "DATE", "2026-10-12"),
            T("23. Oktober", "DATE", "2026-10-23"),
            T("Mitte November", "DATE", "2026-11", mod="MID"),
            T("August", "DATE", "2026-08"),
            T("Monate", "DURATION", "PXM"),
            T("Dienstag", "DATE", "2026-11-03"),
            T("Montagabend", "TIME", "2026-11-02TEV"),
            T("der Vorwoche", "DATE", "2026-W44"),
            T("9. Oktober", "DATE", "2026-10-09"),
            T("30 Tagen", "DURATION", "P30D"),
        ],
        [
            E("Russia hands over 1,000 bodies to Ukraine and receives 41", "CONCEDE", ["Russia", "Ukraine"],
              "2026-11-04", "text", "occurred", "Russland hat der Ukraine am Mittwoch"),
            E("Ceasefire began on 12 October", "RETREAT", ["Russia", "Ukraine"], "2026-10-12", "text", "occurred",
              "Es ist bereits die zweite Rückführung"),
            E("300-for-300 prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2026-10-23", "text", "occurred",
              "Am 23. Oktober hatten beide Seiten"),
            E("UAE mediation of the exchange", "CONSULT", ["Russia", "Ukraine"], "2026-10-23", "context", "occurred",
              "Am 23. Oktober hatten beide Seiten"),
            E("Zelensky thanks the ICRC and the Holy See", "SUPPORT", ["Volodymyr Zelensky", "Vatican"], "2026-11-05",
              "published", "occurred", "Präsident Wolodymyr Selenskyj dankte auf Telegram"),
            E("Peskov accuses Kyiv of deliberately delaying the handover of Russian dead", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2026-11-05", "published", "occurred", "Zugleich warf er Kiew vor"),
            E("Vatican envoy Zuppi to travel to Moscow again", "CONSULT", ["Vatican", "Russia"], "2026-11", "text",
              "planned", "Der vatikanische Sondergesandte", date_mod="MID"),
            E("Russian defence ministry accuses Ukraine of shelling Horlivka", "ACCUSE", ["Russia", "Ukraine"],
              "2026-11-03", "text", "occurred", "Das russische Verteidigungsministerium meldete am Dienstag"),
            E("Kyiv accuses Russia of glide bombs on Kostiantynivka", "ACCUSE", ["Ukraine", "Russia"], "2026-11-05",
              "published", "occurred", "Das russische Verteidigungsministerium meldete am Dienstag"),
            E("Alleged Russian glide-bomb attack on Kostiantynivka", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-02TEV", "text", "uncertain", "Das russische Verteidigungsministerium meldete am Dienstag"),
            E("Both sides committed in Geneva to hand over the dead within 30 days", "AGREE", ["Russia", "Ukraine"],
              "2026-10-09", "text", "occurred", "Dabei hatten sich beide Seiten am 9. Oktober"),
            E("Swiss OSCE chair offers a special envoy for humanitarian questions", "REQUEST", ["Russia", "Ukraine"],
              "2026-11-05", "published", "occurred", "Der Schweizer OSZE-Vorsitz bot an"),
        ],
        [
            S("Ukraine", "Coordination headquarters: handover at the Belarusian border, accompanied by the ICRC",
              "2026-11-05", "published", "Die Übergabe fand nach Angaben"),
            S("Volodymyr Zelensky", "Thanks the ICRC and the Holy See for matching the lists of the missing",
              "2026-11-05", "published", "Präsident Wolodymyr Selenskyj dankte auf Telegram"),
            S("Volodymyr Zelensky", "Every one of them has the right to be buried at home", "2026-11-05", "published",
              "«Jeder von ihnen hat das Recht"),
            S("Dmitry Peskov", "A humanitarian gesture showing that Moscow fulfils its obligations", "2026-11-05",
              "published", "Kremlsprecher Dmitri Peskow sprach"),
            S("Dmitry Peskov", "Kyiv is deliberately delaying the handover of Russian dead", "2026-11-05", "published",
              "Zugleich warf er Kiew vor"),
            S("Vatican", "Cardinal Zuppi to travel to Moscow again in mid-November", "2026-11-05", "published",
              "Der vatikanische Sondergesandte"),
            S("Russia", "Defence ministry reports Ukrainian artillery fire on Horlivka", "2026-11-03", "text",
              "Das russische Verteidigungsministerium meldete am Dienstag"),
            S("Ukraine", "Russian glide bombs hit Kostiantynivka on Monday evening", "2026-11-05", "published",
              "Das russische Verteidigungsministerium meldete am Dienstag"),
            S("United Nations", "212 violations in the latest report, clearly more than the week before",
              "2026-11-05", "published", "Die UN-Beobachtermission zählte"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Vatican", "Kremlin", "Dmitry Peskov", "United Nations"],
    ),
    doc(
        "b76de04_hotline_generalstaebe_2026_11", "2026-11-13", DE04,
        [
            T("Donnerstag", "DATE", "2026-11-12", 0),
            T("dem 20. November", "DATE", "2026-11-20"),
            T("der Nacht zum Mittwoch", "TIME", "2026-11-10TNI", note="night to Wednesday 11 November"),
            T("mehr als zwei Stunden", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Donnerstag", "DATE", "2026-11-12", 1),
            T("Mittwoch", "DATE", "2026-11-11", 1),
            T("zwei Wochen", "DURATION", "P2W", note="in two weeks: about 27 November 2026"),
            T("Ende Oktober", "DATE", "2026-10", mod="END"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Joint coordination commission meets in Istanbul under Turkish chairmanship", "CONSULT",
              ["Russia", "Ukraine", "Turkey"], "2026-11-12", "text", "occurred",
              "Vertreter beider Armeen verständigten sich"),
            E("The two armies agree to add a secure satellite link to the hotline", "AGREE", ["Russia", "Ukraine"],
              "2026-11-12", "text", "occurred", "Vertreter beider Armeen verständigten sich"),
            E("Satellite link between the general staffs from 20 November", "COOPERATE", ["Russia", "Ukraine"],
              "2026-11-20", "text", "planned", "Vertreter beider Armeen verständigten sich"),
            E("Russian marines storm an island in the Dnipro delta", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-10TNI", "text", "occurred", "Auslöser war ein Vorstoß"),
            E("Ukraine fails to reach the Russian side over the hotline", "CONSULT", ["Ukraine", "Russia"],
              "2026-11-10TNI", "context", "cancelled", "Der ukrainische Generalstab versuchte"),
            E("Moscow accuses Kyiv of provoking the incident with attacks on Nova Kakhovka", "ACCUSE",
              ["Russia", "Ukraine"], "2026-11-13", "published", "occurred", "Moskau erklärte, die Leitung"),
            E("Putin: Russia keeps to the agreement", "AGREE", ["Vladimir Putin"], "2026-11-12", "context",
              "occurred", "Russland halte sich an die Vereinbarung"),
            E("Putin threatens to answer every provocation", "THREATEN", ["Vladimir Putin", "Ukraine"], "2026-11-12",
              "context", "occurred", "Russland halte sich an die Vereinbarung"),
            E("Zelensky accuses Putin of using the ceasefire as cover for new offensives", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-11-12", "context", "occurred",
              "warf Putin daraufhin vor"),
            E("Zelensky asks the UN monitors to extend their patrols in the south", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2026-11-12", "context", "occurred",
              "Er forderte die UN-Beobachter auf"),
            E("Erdoğan phones Putin and Zelensky", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2026-11-11", "text", "occurred",
              "Der türkische Präsident Recep Tayyip Erdoğan telefonierte"),
            E("Erdoğan offers to host the commission at ministerial level in Ankara", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2026-11-11", "context", "occurred",
              "Der türkische Präsident Recep Tayyip Erdoğan telefonierte"),
            E("Witkoff to travel to Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W48", "text", "planned",
              "Der US-Sondergesandte Steve Witkoff will"),
        ],
        [
            S("Ukraine", "Three Ukrainian soldiers killed in the Russian assault on the island", "2026-11-13",
              "published", "Auslöser war ein Vorstoß"),
            S("Ukraine", "General Staff tried for more than two hours to reach the Russian side", "2026-11-13",
              "published", "Der ukrainische Generalstab versuchte"),
            S("Russia", "The line failed for technical reasons; Kyiv provoked the incident", "2026-11-13", "published",
              "Moskau erklärte, die Leitung"),
            S("Vladimir Putin", "The incident is regrettable", "2026-11-12", "text",
              "Kremlchef Wladimir Putin nannte den Zwischenfall"),
            S("Vladimir Putin", "Russia keeps to the agreement but will answer every provocation", "2026-11-12",
              "context", "Russland halte sich an die Vereinbarung"),
            S("Volodymyr Zelensky", "Putin abuses the ceasefire as cover for new offensives", "2026-11-12", "context",
              "warf Putin daraufhin vor"),
            S("Volodymyr Zelensky", "UN monitors should extend their patrols in the south", "2026-11-12", "context",
              "Er forderte die UN-Beobachter auf"),
            S("Recep Tayyip Erdoğan", "Offers to invite the commission to Ankara at ministerial level", "2026-11-11",
              "context", "Der türkische Präsident Recep Tayyip Erdoğan telefonierte"),
            S("White House", "Witkoff to travel to Moscow in two weeks to discuss the next phase", "2026-11-13",
              "published", "Der US-Sondergesandte Steve Witkoff will"),
        ],
        ["Russia", "Ukraine", "Turkey", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "United Nations",
         "Recep Tayyip Erdoğan", "Steve Witkoff", "United States", "White House"],
    ),
    doc(
        "b76de05_austausch_500_katar_2026_11", "2026-11-27", DE05,
        [
            T("Donnerstag", "DATE", "2026-11-26"),
            T("Mitte Oktober", "DATE", "2026-10", mod="MID"),
            T("Wochen", "DURATION", "PXW"),
            T("Mai 2022", "DATE", "2022-05"),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("Freitag", "DATE", "2026-11-27"),
            T("Donnerstagmorgen", "TIME", "2026-11-26TMO"),
            T("Frühjahr 2024", "DATE", "2024-SP"),
            T("Jetzt", "DATE", "PRESENT_REF"),
            T("Weihnachten", "DATE", "2026-12-25"),
        ],
        [
            E("Russia and Ukraine exchange 500 prisoners of war each", "CONCEDE", ["Russia", "Ukraine"],
              "2026-11-26", "text", "occurred", "Russland und die Ukraine haben am Donnerstag"),
            E("Ceasefire in force since mid-October", "RETREAT", ["Russia", "Ukraine"], "2026-10", "text", "occurred",
              "Russland und die Ukraine haben am Donnerstag", date_mod="MID"),
            E("Qatar mediates the exchange", "CONSULT", ["Qatar", "Russia", "Ukraine"], "2026-11-26", "context",
              "occurred", "Vermittelt hatte den Austausch"),
            E("Zelensky thanks the Emir of Qatar", "SUPPORT", ["Volodymyr Zelensky", "Qatar"], "2026-11-27",
              "published", "occurred", "dankte dem Emir von Katar"),
            E("Zelensky promises to bring everyone home", "AGREE", ["Volodymyr Zelensky"], "2026-11-27", "published",
              "occurred", "dankte dem Emir von Katar"),
            E("Zelensky demands Red Cross access to all Ukrainian prisoners in Russia", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-11-27", "published", "occurred",
              "Zugleich forderte er, dass das Rote Kreuz"),
            E("All-for-all exchange by the end of the year under the Geneva agreement", "CONCEDE",
              ["Russia", "Ukraine"], "2026", "text", "planned", "Der Austausch gilt als Testlauf", date_mod="END"),
            E("Moscow in principle ready for the all-for-all exchange", "AGREE", ["Russia", "Ukraine"], "2026-11-27",
              "published", "occurred", "Moskau sei dazu „grundsätzlich bereit“"),
            E("Moscow demands complete lists from Kyiv first", "REQUEST", ["Russia", "Ukraine"], "2026-11-27",
              "published", "occurred", "Moskau sei dazu „grundsätzlich bereit“"),
            E("Qatar offers to accompany the large exchange too", "AGREE", ["Qatar", "Russia", "Ukraine"],
              "2026-11-27", "published", "occurred", "Das katarische Außenministerium"),
            E("Witkoff to meet Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2026-11-27",
              "text", "planned", "Am Freitag wird der US-Sondergesandte"),
            E("Kyiv demands that the return of deported children be raised", "REQUEST", ["Ukraine", "Steve Witkoff"],
              "2026-11-27", "published", "occurred", "Kiew verlangt, dass dabei"),
            E("Ukraine accuses Russia of a drone attack on a substation near Sumy", "ACCUSE", ["Ukraine", "Russia"],
              "2026-11-26TMO", "text", "occurred", "Das ukrainische Militär meldete am Donnerstagmorgen"),
            E("Moscow calls the accusation a provocation", "ACCUSE", ["Russia", "Ukraine"], "2026-11-26", "context",
              "occurred", "Moskau sprach von einer „Provokation“"),
        ],
        [
            S("Ukraine", "37 Azovstal defenders among the returnees", "2026-11-27", "published",
              "Unter den Heimkehrern sind"),
            S("Volodymyr Zelensky", "Thanks the Emir of Qatar: we will bring everyone home", "2026-11-27",
              "published", "dankte dem Emir von Katar"),
            S("Volodymyr Zelensky", "The Red Cross must get access to all Ukrainian prisoners in Russia",
              "2026-11-27", "published", "Zugleich forderte er, dass das Rote Kreuz"),
            S("Russia", "Released Russians will be treated in Belarus and then flown to Moscow", "2026-11-27",
              "published", "Das russische Verteidigungsministerium teilte mit"),
            S("Dmitry Peskov", "Moscow is in principle ready, but Kyiv must first present complete lists",
              "2026-11-27", "published", "Moskau sei dazu „grundsätzlich bereit“"),
            S("Qatar", "Qatar will accompany the large exchange if both sides wish", "2026-11-27", "published",
              "Das katarische Außenministerium"),
            S("Ukraine", "The return of deported children must be raised with Putin", "2026-11-27", "published",
              "Kiew verlangt, dass dabei"),
            S("Ukraine", "Military reports a Russian drone attack on a substation near Sumy", "2026-11-26TMO", "text",
              "Das ukrainische Militär meldete am Donnerstagmorgen"),
            S("United Nations", "Monitors confirm impacts but cannot establish their origin", "2026-11-26", "context",
              "Das ukrainische Militär meldete am Donnerstagmorgen"),
            S("Russia", "A provocation meant to torpedo the exchange", "2026-11-26", "context",
              "Moskau sprach von einer „Provokation“"),
        ],
        ["Russia", "Ukraine", "Qatar", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Steve Witkoff",
         "United States", "Vladimir Putin", "United Nations"],
    ),
    doc(
        "b76de06_sicherheitsrat_mandat_2026_12", "2026-12-10", DE06,
        [
            T("Mittwoch", "DATE", "2026-12-09"),
            T("12. Januar", "DATE", "2027-01-12"),
            T("November", "DATE", "2026-11", 0),
            T("mindestens sechs Monate", "DURATION", "P6M", mod="EQUAL_OR_MORE"),
            T("Mittwochabend", "TIME", "2026-12-09TEV"),
            T("Samstag", "DATE", "2026-12-05"),
            T("sechs Stunden", "DURATION", "PT6H"),
            T("vergangene Woche", "DATE", "2026-W49"),
            T("den Winter", "DATE", "2026-WI"),
            T("Anfang November", "DATE", "2026-11", mod="START"),
            T("der kommenden Woche", "DATE", "2026-W51"),
        ],
        [
            E("Security Council session on the monitoring mission", "CONSULT",
              ["United Nations", "Russia", "United States", "China"], "2026-12-09", "text", "occurred",
              "In einer Sitzung am Mittwoch verlangte Russland"),
            E("Russia demands no soldiers from NATO states in the mission as condition for extension", "REQUEST",
              ["Russia", "United Nations", "NATO"], "2026-12-09", "context", "occurred",
              "In einer Sitzung am Mittwoch verlangte Russland"),
            E("Guterres asks for a six-month extension and 900 observers", "REQUEST",
              ["António Guterres", "United Nations"], "2026-12-10", "published", "occurred",
              "Die Mission müsse um mindestens sechs Monate"),
            E("Zelensky welcomes Guterres's proposal", "SUPPORT", ["Volodymyr Zelensky", "António Guterres"],
              "2026-12-09TEV", "text", "occurred", "begrüßte am Mittwochabend den Vorschlag"),
            E("Zelensky invites Council members to visit the front", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2026-12-09TEV", "context", "occurred",
              "begrüßte am Mittwochabend den Vorschlag"),
            E("US accuses Moscow of obstructing the monitors", "ACCUSE", ["United States", "Russia"], "2026-12-09",
              "context", "occurred", "Die stellvertretende US-Botschafterin"),
            E("UN patrol allegedly held for six hours at a Russian checkpoint near Pokrovsk", "COERCE",
              ["Russia", "United Nations"], "2026-12-05", "text", "uncertain", "Die stellvertretende US-Botschafterin"),
            E("Nebenzia rejects the US charge", "REJECT", ["Russia", "United States"], "2026-12-09", "context",
              "occurred", "Wassili Nebensja wies das zurück"),
            E("Nebenzia accuses the Ukrainian army of using patrols as shields", "ACCUSE", ["Russia", "Ukraine"],
              "2026-12-09", "context", "occurred", "Wassili Nebensja wies das zurück"),
            E("Kyiv accuses Russia of keeping tanks close to the front against the agreement", "ACCUSE",
              ["Ukraine", "Russia"], "2026-W49", "text", "occurred", "Bereits vergangene Woche hatte Kiew"),
            E("China calls on both sides for restraint", "REQUEST", ["China", "Russia", "Ukraine"], "2026-12-09",
              "context", "occurred", "China rief beide Seiten"),
            E("China backs an unconditional extension", "SUPPORT", ["China", "United Nations"], "2026-12-09",
              "context", "occurred", "China rief beide Seiten"),
            E("Trump threatens both sides with big problems if the truce fails", "THREATEN",
              ["Donald Trump", "Russia", "Ukraine"], "2026-12-10", "published", "occurred",
              "US-Präsident Donald Trump drohte"),
            E("Von der Leyen holds out a new sanctions package if Russia delays the pullback", "THREATEN",
              ["Ursula von der Leyen", "European Union", "Russia"], "2026-12-10", "published", "occurred",
              "stellte EU-Kommissionspräsidentin"),
            E("Peskov calls the threat blackmail", "ACCUSE", ["Dmitry Peskov", "Ursula von der Leyen"], "2026-12-10",
              "published", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
            E("40 Bundeswehr soldiers serve with the UN mission", "COOPERATE", ["Germany", "United Nations"],
              "2026-11", "text", "occurred", "Seit Anfang November gehören", date_mod="START"),
            E("Pistorius promises up to 120 soldiers if the mandate is extended", "AGREE",
              ["Germany", "United Nations"], "2026-12-10", "published", "occurred",
              "Verteidigungsminister Boris Pistorius"),
            E("Security Council to vote on the mandate", "CONSULT", ["United Nations"], "2026-W51", "text", "planned",
              "Über das Mandat will der Sicherheitsrat"),
        ],
        [
            S("Russia", "The mandate should be extended only without soldiers from NATO states", "2026-12-09",
              "context", "In einer Sitzung am Mittwoch verlangte Russland"),
            S("António Guterres", "More than 3,100 violations in November, mostly artillery and drones in Donbas",
              "2026-12-10", "published", "In seinem ersten Bericht an den Rat"),
            S("António Guterres", "The mission must be extended by at least six months and enlarged to 900",
              "2026-12-10", "published", "Die Mission müsse um mindestens sechs Monate"),
            S("Volodymyr Zelensky", "Welcomes the proposal and invites Council members to see the front",
              "2026-12-09TEV", "text", "begrüßte am Mittwochabend den Vorschlag"),
            S("United States", "Moscow deliberately obstructs the monitors; a patrol was held for six hours",
              "2026-12-09", "context", "Die stellvertretende US-Botschafterin"),
            S("Russia", "Nebenzia rejects the charge; the Ukrainian army uses patrols as a shield", "2026-12-09",
              "context", "Wassili Nebensja wies das zurück"),
            S("Ukraine", "Handed the monitors footage of Russian tanks a few kilometres behind the front", "2026-W49",
              "text", "Bereits vergangene Woche hatte Kiew"),
            S("China", "Calls for restraint and supports an extension without conditions", "2026-12-09", "context",
              "China rief beide Seiten"),
            S("Donald Trump", "Will make very big problems for both sides if the truce fails over the winter",
              "2026-12-10", "published", "US-Präsident Donald Trump drohte"),
            S("Ursula von der Leyen", "New sanctions package if Russia keeps delaying the pullback", "2026-12-10",
              "published", "stellte EU-Kommissionspräsidentin"),
            S("Dmitry Peskov", "The sanctions threat is blackmail", "2026-12-10", "published",
              "Kremlsprecher Dmitri Peskow sprach"),
            S("Germany", "Contingent to grow to up to 120 soldiers if the mandate is extended", "2026-12-10",
              "published", "Verteidigungsminister Boris Pistorius"),
        ],
        ["United Nations", "Russia", "NATO", "António Guterres", "Volodymyr Zelensky", "United States", "Ukraine",
         "China", "Donald Trump", "European Union", "Ursula von der Leyen", "Kremlin", "Dmitry Peskov", "Germany"],
    ),
]
