"""German articles of the blind86 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b86de01 (Bergsträßer Anzeiger)
DE01 = """
Lissabon soll Bühne für neue Ukraine-Gespräche werden – Kreml stellt Bedingungen

Washington/Bensheim. Nach wochenlangem Stillstand wollen die USA die Verhandlungen über ein Ende des Krieges in der Ukraine wieder in Gang bringen.
US-Außenminister Marco Rubio und der Sondergesandte Steve Witkoff kündigten am Dienstag in Washington an, dass Unterhändler der USA, Russlands und der Ukraine am 26. und 27. Januar in der portugiesischen Hauptstadt zusammenkommen sollen.
Auf der Tagesordnung stünden eine Waffenruhe entlang der Frontlinie, der Austausch aller Gefangenen, der Betrieb des Atomkraftwerks Saporischschja und eine schrittweise Lockerung der Sanktionen, sagte Rubio.
„Wir haben eine Tagesordnung, die beide Seiten kennen, und wir erwarten, dass beide Seiten mit Vollmachten anreisen“, fügte Witkoff hinzu.

Portugals Regierung hatte sich Mitte Dezember als Gastgeber angeboten, die Delegationen sollen im Palácio das Necessidades, dem Sitz des Außenministeriums, tagen.
Die bislang letzte Runde der drei Delegationen war Anfang Dezember in Abu Dhabi ohne Einigung auf eine Waffenruhe zu Ende gegangen.
In den vergangenen Wochen hatten sich beide Kriegsparteien gegenseitig vorgeworfen, die Gespräche zu blockieren.

Kremlsprecher Dmitri Peskow sagte am Mittwoch, Moskau nehme die Einladung zur Kenntnis und werde eine Delegation nach Lissabon schicken.
Zugleich verlangte er, dort müsse über die „Ursachen des Konflikts“ gesprochen werden und nicht bloß über eine Feuerpause.
Eine Beteiligung der Europäer an den Gesprächen lehnte der Kreml ab.
Außenamtssprecherin Maria Sacharowa warf Brüssel vor, die Verhandlungen mit immer neuen Sanktionspaketen „torpedieren“ zu wollen.

Präsident Wolodymyr Selenskyj kündigte am Donnerstag in seiner abendlichen Videoansprache an, der Sekretär des Sicherheitsrats, Rustem Umjerow, werde die ukrainische Delegation leiten.
Die Ukraine sei zu Gesprächen bereit, werde aber „keinen Quadratmeter“ ihres Landes abtreten, sagte Selenskyj.
Eine Waffenruhe müsse jeder politischen Vereinbarung vorausgehen.
Außenminister Andrij Sybiha hatte bereits am Mittwoch mit Rubio telefoniert und ihm für die Vorbereitung gedankt.

EU-Außenbeauftragte Kaja Kallas warnte Washington davor, in Lissabon „über die Köpfe der Europäer hinweg“ über Sanktionen zu entscheiden.
Die Strafmaßnahmen der EU blieben in Kraft, solange Russland seine Truppen nicht abziehe, sagte sie.
Bundeskanzler Friedrich Merz (CDU) begrüßte die Initiative nach einem Telefonat mit Selenskyj am Donnerstagabend als „Chance, die man nutzen muss“.

Auch an der Bergstraße wird die Entwicklung aufmerksam verfolgt.
Der Bensheimer Verein „Brücke nach Kiew“, der seit März 2022 Hilfsgüter in die Ukraine bringt, schickt in der kommenden Woche seinen 40. Transport auf den Weg.
„Wir hoffen, dass Lissabon mehr bringt als die Runden im vergangenen Jahr“, sagte die Vorsitzende Karin Weyrich unserer Zeitung.
"""

# ---------------------------------------------------------------- b86de02 (Zollern-Alb-Kurier)
DE02 = """
Lissabon-Runde um eine Woche verschoben – Kiew wirft Moskau Verzögerungstaktik vor

Moskau/Balingen. Die für kommende Woche geplanten Ukraine-Gespräche in Lissabon werden um eine Woche verschoben.
Das Weiße Haus stimmte am Dienstagabend einem entsprechenden Wunsch Moskaus zu, wie eine Sprecherin in Washington mitteilte.
Statt am 26. und 27. Januar sollen die Delegationen der USA, Russlands und der Ukraine am 2. und 3. Februar in der portugiesischen Hauptstadt zusammenkommen.

Den Aufschub hatte Kremlberater Juri Uschakow am Montag beantragt.
Die russische Seite brauche mehr Zeit, um „alle Fragen der Tagesordnung gründlich vorzubereiten“, sagte er der Agentur Tass.
Kremlsprecher Dmitri Peskow bestätigte am Mittwoch, dass Präsidentenberater Wladimir Medinski die russische Delegation anführen werde.
Medinski hatte bereits die Verhandlungen in Istanbul im Frühjahr 2022 und erneut im Mai 2025 geleitet.

In Kiew stieß die Verschiebung auf scharfe Kritik.
Russland spiele auf Zeit und nutze jede Pause für neue Angriffe, sagte Präsident Wolodymyr Selenskyj am Mittwoch.
In der Nacht zum Donnerstag griffen russische Drohnen die Hafenstadt Odessa an; nach Angaben der Militärverwaltung wurden drei Menschen getötet und ein Getreidespeicher zerstört.
Kiew halte an der Teilnahme fest, versicherte Außenminister Andrij Sybiha nach einem Telefonat mit Witkoff am Mittwochabend.

Papst Leo XIV. bot bei der Generalaudienz am Mittwoch erneut den Vatikan als Verhandlungsort an, „falls sich der Weg nach Lissabon als zu steinig erweist“.
Am selben Abend kamen Bundeskanzler Friedrich Merz (CDU) und Frankreichs Präsident Emmanuel Macron in Paris zu einem Arbeitsessen zusammen.
Beide verlangten, die Europäer müssten an jeder Vereinbarung über Sicherheitsgarantien beteiligt werden.
Merz warnte Moskau davor, den Aufschub für eine neue Offensive im Osten zu nutzen.

US-Präsident Donald Trump nahm den Aufschub gelassen.
„Eine Woche mehr oder weniger spielt keine Rolle, meine Frist gilt“, sagte er am Dienstag vor Journalisten.
Trump hatte Kremlchef Wladimir Putin vergangene Woche eine Frist bis Ende Februar gesetzt, einer Waffenruhe zuzustimmen; andernfalls drohten Strafzölle gegen die Käufer russischen Öls.

Im Zollernalbkreis leben nach Angaben des Landratsamts in Balingen derzeit rund 2100 Geflüchtete aus der Ukraine.
Viele verfolgten die Nachrichten aus Lissabon mit gemischten Gefühlen, sagt Olena Krawez vom Albstädter Helferkreis: „Jede Verschiebung nimmt den Menschen ein Stück Hoffnung.“
"""

# ---------------------------------------------------------------- b86de03 (Vogtland-Anzeiger)
DE03 = """
Nach dem geplatzten Lissabon-Treffen: Witkoff holt in Moskau Zusage für Gespräche im Vatikan

Moskau/Plauen. Nach dem Scheitern der Lissabonner Runde kommt wieder Bewegung in die Ukraine-Diplomatie.
Der US-Sondergesandte Steve Witkoff ist am Dienstag im Kreml fast fünf Stunden lang mit Präsident Wladimir Putin zusammengetroffen.
Dabei habe Putin zugestimmt, die Gespräche der Unterhändler Russlands, der Ukraine und der USA in der ersten Märzhälfte fortzusetzen, sagte Kremlberater Juri Uschakow anschließend.
Als Verhandlungsort habe Washington den Vatikan vorgeschlagen, Moskau sei „im Prinzip einverstanden“.

Eigentlich hätten die Delegationen am 2. und 3. Februar in Lissabon verhandeln sollen, doch am Montag vergangener Woche sagte Moskau die Teilnahme ab.
Zur Begründung verwies der Kreml auf einen ukrainischen Drohnenangriff auf einen Militärflugplatz in der Region Saratow in der Nacht zum Sonntag.
Präsident Wolodymyr Selenskyj warf Moskau daraufhin vor, nur einen Vorwand gesucht zu haben.

Uschakow knüpfte die Zusage an eine Bedingung: Die Ukraine müsse ihre Angriffe auf russisches Hinterland für die Dauer der Gespräche einstellen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, der Ort sei „zweitrangig“, entscheidend sei die Bereitschaft Kiews, „die Realitäten vor Ort“ anzuerkennen.
Selenskyj telefonierte am Donnerstag mit Witkoff und ließ sich über das Moskauer Treffen unterrichten.
Die Ukraine sei bereit, im Vatikan zu verhandeln, Angriffe auf militärische Ziele in Russland werde sie aber nur im Rahmen einer beiderseitigen Waffenruhe einstellen, erklärte er anschließend.

Der Vatikan bestätigte am Donnerstag, dass Papst Leo XIV. bereit sei, die Delegationen zu empfangen; ein Datum stehe noch nicht fest.
In Brüssel einigten sich die Botschafter der EU-Staaten am Mittwoch auf ein 23. Sanktionspaket, das vor allem die Schattenflotte und Banken in Drittstaaten trifft.
Es soll am 22. Februar von den Außenministern förmlich beschlossen werden.
Der Kreml verstehe nur die Sprache des Drucks, sagte die EU-Außenbeauftragte Kaja Kallas.

US-Präsident Donald Trump schrieb am Mittwochabend auf seiner Plattform Truth Social, er sei „sehr zufrieden“ mit Witkoffs Reise.
An seiner Frist bis Ende Februar halte er fest: Sollte Putin bis dahin keiner Waffenruhe zustimmen, würden die angekündigten Zölle fällig.

Im Vogtland hat die Nachricht aus Moskau vorsichtigen Optimismus ausgelöst.
In der Plauener Lutherkirche wird seit Februar 2022 jeden Montag für den Frieden gebetet.
„Wir beten weiter, bis die Waffen schweigen“, sagte Pfarrerin Susanne Mehlhorn.
"""

# ---------------------------------------------------------------- b86de04 (Oranienburger Generalanzeiger)
DE04 = """
Putin stellt Kiew ein 30-Tage-Ultimatum – Selenskyj: „Wir lassen uns nicht erpressen“

Moskau/Oranienburg. Kremlchef Wladimir Putin hat der Ukraine kurz vor den geplanten Gesprächen im Vatikan ein Ultimatum gestellt.
Kiew müsse seine Truppen binnen 30 Tagen aus den noch von ihm kontrollierten Teilen des Gebiets Donezk abziehen, andernfalls werde Russland diese Gebiete „mit militärischen Mitteln befreien“, sagte Putin am Dienstag bei einem Empfang für Offiziere im Kreml.
Erst nach einem Abzug sei eine Waffenruhe denkbar.
Ein Termin für die Gespräche im Vatikan steht noch nicht fest; in Diplomatenkreisen ist vom 22. März die Rede.

Präsident Wolodymyr Selenskyj wies die Forderung am Mittwoch in einer Videobotschaft zurück.
„Die Ukraine lässt sich nicht erpressen, weder mit 30 Tagen noch mit 30 Jahren“, sagte er.
Putin wolle die Gespräche im Vatikan sabotieren, bevor sie überhaupt begonnen hätten.
Außenminister Andrij Sybiha bat die Partner in Europa und in den USA, den Druck auf Moskau zu erhöhen.

US-Außenminister Marco Rubio telefonierte am Mittwochabend mit seinem russischen Kollegen Sergej Lawrow.
Nach Angaben des State Department forderte Rubio, Moskau solle auf Vorbedingungen für die Vatikan-Gespräche verzichten.
Lawrow erwiderte laut seinem Ministerium, die russische Position sei „klar und unverändert“.
Die Frist, die US-Präsident Donald Trump dem Kremlchef Mitte Januar gesetzt hat, läuft am Sonntag ab.
Eine Sprecherin des Weißen Hauses sagte am Mittwoch, der Präsident werde in den kommenden Tagen über die angedrohten Zölle auf Käufer russischen Öls entscheiden.

Die EU-Außenminister hatten am Montag in Brüssel das 23. Sanktionspaket beschlossen, das unter anderem weitere 120 Tanker der Schattenflotte mit Hafenverboten belegt.
Bundeskanzler Friedrich Merz (CDU) nannte Putins Ultimatum am Donnerstag im Bundestag „eine Drohung, keine Verhandlungsposition“.
Deutschland werde seine Hilfe für die ukrainische Luftverteidigung in diesem Jahr auf elf Milliarden Euro aufstocken, kündigte er an.
Kremlsprecher Dmitri Peskow sagte dazu lediglich, der Präsident habe „alles Nötige gesagt“.

In Oberhavel wird die Zuspitzung mit Sorge verfolgt.
Im Landkreis leben derzeit knapp 3000 Ukrainerinnen und Ukrainer, viele von ihnen stammen aus dem Gebiet Donezk.
„Meine Eltern sind noch in Kramatorsk, ich rufe sie jeden Abend an“, sagt die Lehrerin Natalija Bondar aus Hennigsdorf.
"""

# ---------------------------------------------------------------- b86de05 (Limmattaler Zeitung)
DE05 = """
Von Rom nach Genf: Ukraine-Gespräche ziehen kurzfristig in die Schweiz um

Genf/Dietikon. Die Verhandlungen zwischen den USA, Russland und der Ukraine finden doch nicht im Vatikan statt, sondern in Genf.
Das US-Aussenministerium teilte am Mittwochabend mit, die drei Seiten hätten sich auf den Ortswechsel verständigt; am Termin vom 22. und 23. März ändere sich nichts.
Der Bundesrat bestätigte am Donnerstagmorgen, dass die Schweiz die Delegationen im Palais des Nations empfangen werde.
Die amerikanische Delegation leiten der Sondergesandte Steve Witkoff und Aussenminister Marco Rubio, der am Rande auch mit Lawrow zusammentreffen will.

Ausgelöst hatte den Wechsel Russlands Aussenminister Sergej Lawrow.
Der Vatikan sei «kein neutraler Ort mehr», sagte er am Dienstag in Moskau, nachdem Papst Leo XIV. beim Angelusgebet am Sonntag die Verschleppung ukrainischer Kinder ein «Verbrechen» genannt hatte.
Moskau werde nur an einem Ort verhandeln, der «keine Partei ergriffen» habe, fügte Lawrow hinzu.

Präsident Wolodymyr Selenskyj erklärte sich am Mittwochabend mit Genf einverstanden: Der Ort sei gleich, entscheidend sei, dass Russland «mit dem Willen zu einer Waffenruhe» komme.
Der Heilige Stuhl respektiere den Entscheid und bleibe bereit, Gespräche jederzeit auszurichten, sagte Vatikansprecher Matteo Bruni.
Kardinalstaatssekretär Pietro Parolin soll in Genf als Beobachter dabei sein.

Seit Montag gelten die von US-Präsident Donald Trump verhängten Strafzölle von 25 Prozent auf Einfuhren aus Ländern, die weiterhin russisches Öl kaufen.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, die Zölle würden an Russlands Haltung «nichts ändern».
Russlands Verhandlungsführer Wladimir Medinski bekräftigte am Mittwoch, die von Präsident Wladimir Putin gesetzte Frist für einen Abzug der ukrainischen Truppen aus dem Gebiet Donezk gelte weiter.
Sie läuft am kommenden Donnerstag ab.

Die EU-Aussenbeauftragte Kaja Kallas verlangte, die Europäer müssten in Genf zumindest laufend über den Stand der Gespräche unterrichtet werden.
Aussenminister Ignazio Cassis sprach von einem «Vertrauensbeweis» für die Schweiz.
Im Limmattal, wo rund 900 Geflüchtete aus der Ukraine leben, hofft man auf ein Ergebnis.
«Jede Runde, die stattfindet, ist besser als eine, die abgesagt wird», sagt Iryna Tkachenko, die in Schlieren einen Deutschkurs für Ukrainerinnen leitet.
"""

# ---------------------------------------------------------------- b86de06 (Tips, Linz)
DE06 = """
Treffen Putin–Selenskyj in Istanbul? Erdoğan macht Hoffnung, der Kreml bremst

Istanbul/Linz. Ein persönliches Treffen von Kremlchef Wladimir Putin und dem ukrainischen Präsidenten Wolodymyr Selenskyj rückt womöglich näher – oder auch nicht.
Der türkische Präsident Recep Tayyip Erdoğan sagte am Dienstag nach einem Telefonat mit Putin, ein solches Treffen könne „im Mai in Istanbul“ stattfinden.
Die Türkei sei bereit, beide Präsidenten zu empfangen.

Kremlsprecher Dmitri Peskow dämpfte am Mittwoch die Erwartungen.
Ein Treffen sei „nicht ausgeschlossen, aber verfrüht“; es müsse gründlich vorbereitet werden und könne nur am Ende eines unterschriftsreifen Abkommens stehen.

Selenskyj erklärte am Mittwochabend, er sei bereit, Putin „an jedem Ort und zu jeder Zeit“ zu treffen – außer in Moskau oder Minsk.
Am Sonntag waren an der ukrainisch-belarussischen Grenze je 500 Kriegsgefangene ausgetauscht worden, die erste Etappe des im März in Genf vereinbarten Austauschs aller Gefangenen.
Weitere Etappen sollen bis zum orthodoxen Osterfest am 2. Mai folgen.

Die nächste Runde der Unterhändler findet nicht wie zunächst erwogen in Genf, sondern am 27. April in Istanbul statt, wie der türkische Außenminister Hakan Fidan am Donnerstag mitteilte.
Bundeskanzler Christian Stocker (ÖVP) bot am Mittwoch Wien als Ort für ein Gipfeltreffen der beiden Präsidenten an, Österreich habe „Erfahrung mit schwierigen Gesprächen“.
US-Präsident Donald Trump sagte am Donnerstag, er würde an einem solchen Treffen „sehr gerne“ teilnehmen, „wenn sie mich brauchen“.

In der Nacht auf Donnerstag schlugen russische Raketen in Charkiw ein, vier Menschen starben.
Die EU-Außenminister hatten am Montag in Luxemburg über die Lage beraten.
Die EU-Außenbeauftragte Kaja Kallas warnte anschließend vor einem „Gipfel um des Gipfels willen“.

Nach Angaben des Landes leben derzeit rund 9000 Vertriebene aus der Ukraine in Oberösterreich.
Die Ukrainische Gemeinde Oberösterreich lädt am Sonntag zu einem Friedensgebet in den Linzer Mariendom.
„Wir beten dafür, dass aus einem Vielleicht endlich ein Ja wird“, sagt Obfrau Oksana Hnatiuk.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b86de01_lissabon_tagesordnung_2027_01", "2027-01-08", DE01,
        [
            T("wochenlangem", "DURATION", "PXW"),
            T("Dienstag", "DATE", "2027-01-05"),
            T("26.", "DATE", "2027-01-26"),
            T("27. Januar", "DATE", "2027-01-27"),
            T("Mitte Dezember", "DATE", "2026-12", mod="MID"),
            T("Anfang Dezember", "DATE", "2026-12", mod="START"),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2027-01-06", 0),
            T("Donnerstag", "DATE", "2027-01-07"),
            T("abendlichen", "SET", "P1D"),
            T("Mittwoch", "DATE", "2027-01-06", 1),
            T("Donnerstagabend", "TIME", "2027-01-07TEV"),
            T("März 2022", "DATE", "2022-03"),
            T("der kommenden Woche", "DATE", "2027-W02"),
            T("vergangenen Jahr", "DATE", "2026"),
        ],
        [
            E("US, Russian and Ukrainian negotiators to meet in Lisbon on 26–27 January", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2027-01-26", "text", "planned",
              "am 26. und 27. Januar in der portugiesischen Hauptstadt",
              note="two-day round, 26–27 January 2027; announced on Tuesday 5 January"),
            E("Witkoff expects both sides to arrive with full mandates", "REQUEST",
              ["Steve Witkoff", "Russia", "Ukraine"], "2027-01-05", "context", "occurred",
              "mit Vollmachten anreisen"),
            E("Portugal offered to host the talks", "REQUEST", ["Russia", "Ukraine", "United States"], "2026-12",
              "text", "occurred", "Portugals Regierung hatte sich Mitte Dezember", date_mod="MID"),
            E("Last trilateral round in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-12",
              "text", "occurred", "Die bislang letzte Runde", date_mod="START"),
            E("No agreement on a ceasefire in Abu Dhabi", "REJECT", ["Russia", "Ukraine"], "2026-12", "text",
              "occurred", "Die bislang letzte Runde", date_mod="START"),
            E("Both warring sides accuse each other of blocking the talks", "ACCUSE", ["Russia", "Ukraine"],
              "PAST_REF", "vague", "occurred", "gegenseitig vorgeworfen"),
            E("Kremlin: Moscow will send a delegation to Lisbon", "AGREE", ["Dmitry Peskov", "Russia", "United States"],
              "2027-01-06", "text", "occurred", "Moskau nehme die Einladung zur Kenntnis"),
            E("Peskov demands that the 'root causes' be discussed, not only a ceasefire", "REQUEST",
              ["Dmitry Peskov", "United States", "Ukraine"], "2027-01-06", "context", "occurred",
              "Zugleich verlangte er"),
            E("Kremlin rejects European participation in the talks", "REJECT", ["Kremlin", "European Union"],
              "2027-01-06", "context", "occurred", "Eine Beteiligung der Europäer"),
            E("Zakharova accuses Brussels of torpedoing the talks with sanctions", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2027-01-08", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa warf Brüssel vor"),
            E("Zelensky: Ukraine is ready for talks", "AGREE", ["Volodymyr Zelensky", "Russia"], "2027-01-07",
              "context", "occurred", "Die Ukraine sei zu Gesprächen bereit"),
            E("Zelensky refuses to cede 'a single square metre'", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2027-01-07", "context", "occurred", "Die Ukraine sei zu Gesprächen bereit"),
            E("Zelensky demands a ceasefire before any political agreement", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2027-01-07", "context", "occurred",
              "Eine Waffenruhe müsse jeder politischen Vereinbarung vorausgehen"),
            E("Sybiha–Rubio phone call", "CONSULT", ["Andrii Sybiha", "Marco Rubio"], "2027-01-06", "text",
              "occurred", "Außenminister Andrij Sybiha hatte bereits am Mittwoch"),
            E("Sybiha thanks Rubio for preparing the round", "SUPPORT", ["Andrii Sybiha", "Marco Rubio"],
              "2027-01-06", "context", "occurred", "Außenminister Andrij Sybiha hatte bereits am Mittwoch"),
            E("Kallas warns Washington not to decide on sanctions over Europe's head", "REQUEST",
              ["Kaja Kallas", "United States"], "2027-01-08", "published", "occurred", "Kaja Kallas warnte Washington"),
            E("Kallas: EU sanctions stay until Russia withdraws", "REJECT", ["Kaja Kallas", "Russia"], "2027-01-08",
              "published", "occurred", "Die Strafmaßnahmen der EU blieben in Kraft"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2027-01-07TEV",
              "text", "occurred", "begrüßte die Initiative nach einem Telefonat"),
            E("Merz welcomes the US initiative", "SUPPORT", ["Friedrich Merz", "United States"], "2027-01-07",
              "context", "occurred", "begrüßte die Initiative nach einem Telefonat"),
        ],
        [
            S("Joint statement: Marco Rubio, Steve Witkoff", "Negotiators of the US, Russia and Ukraine to meet in "
              "Lisbon on 26–27 January", "2027-01-05", "text", "am 26. und 27. Januar in der portugiesischen Hauptstadt"),
            S("Marco Rubio", "Agenda: ceasefire along the front line, all-for-all exchange, Zaporizhzhia plant, "
              "step-by-step sanctions relief", "2027-01-05", "context", "Auf der Tagesordnung stünden"),
            S("Steve Witkoff", "Both sides know the agenda and are expected to come with full mandates", "2027-01-05",
              "context", "mit Vollmachten anreisen"),
            S("Dmitry Peskov", "Moscow takes note of the invitation and will send a delegation to Lisbon",
              "2027-01-06", "text", "Moskau nehme die Einladung zur Kenntnis"),
            S("Dmitry Peskov", "The 'root causes of the conflict' must be discussed, not merely a ceasefire",
              "2027-01-06", "context", "Zugleich verlangte er"),
            S("Kremlin", "Rejects European participation in the talks", "2027-01-06", "context",
              "Eine Beteiligung der Europäer"),
            S("Maria Zakharova", "Brussels wants to torpedo the negotiations with ever new sanctions packages",
              "2027-01-08", "published", "Außenamtssprecherin Maria Sacharowa warf Brüssel vor"),
            S("Volodymyr Zelensky", "Umerov will lead the Ukrainian delegation", "2027-01-07", "text",
              "in seiner abendlichen Videoansprache"),
            S("Volodymyr Zelensky", "Ukraine is ready for talks but will not cede a single square metre",
              "2027-01-07", "context", "Die Ukraine sei zu Gesprächen bereit"),
            S("Volodymyr Zelensky", "A ceasefire must precede any political agreement", "2027-01-07", "context",
              "Eine Waffenruhe müsse jeder politischen Vereinbarung vorausgehen"),
            S("Andrii Sybiha", "Thanked Rubio for preparing the round", "2027-01-06", "context",
              "Außenminister Andrij Sybiha hatte bereits am Mittwoch"),
            S("Kaja Kallas", "Warns against deciding on sanctions over the heads of the Europeans", "2027-01-08",
              "published", "Kaja Kallas warnte Washington"),
            S("Kaja Kallas", "EU sanctions stay in force as long as Russia does not withdraw its troops",
              "2027-01-08", "published", "Die Strafmaßnahmen der EU blieben in Kraft"),
            S("Friedrich Merz", "The initiative is 'a chance that must be used'", "2027-01-07", "context",
              "begrüßte die Initiative nach einem Telefonat"),
        ],
        ["United States", "Marco Rubio", "Steve Witkoff", "Russia", "Ukraine", "Dmitry Peskov", "Kremlin",
         "European Union", "Maria Zakharova", "Volodymyr Zelensky", "Rustem Umerov", "Andrii Sybiha", "Kaja Kallas",
         "Friedrich Merz", "Germany"],
    ),
    doc(
        "b86de02_lissabon_verschoben_2027_01", "2027-01-21", DE02,
        [
            T("kommende Woche", "DATE", "2027-W04"),
            T("eine Woche", "DURATION", "P1W", 0),
            T("eine Woche", "DURATION", "P1W", 1),
            T("Dienstagabend", "TIME", "2027-01-19TEV"),
            T("26.", "DATE", "2027-01-26"),
            T("27. Januar", "DATE", "2027-01-27"),
            T("2.", "DATE", "2027-02-02"),
            T("3. Februar", "DATE", "2027-02-03"),
            T("Montag", "DATE", "2027-01-18"),
            T("Mittwoch", "DATE", "2027-01-20", 0),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("Mai 2025", "DATE", "2025-05"),
            T("Mittwoch", "DATE", "2027-01-20", 1),
            T("der Nacht zum Donnerstag", "TIME", "2027-01-20TNI", note="night of 20 to 21 January"),
            T("Mittwochabend", "TIME", "2027-01-20TEV"),
            T("Mittwoch", "DATE", "2027-01-20", 2),
            T("selben Abend", "TIME", "2027-01-20TEV"),
            T("Eine Woche", "DURATION", "P1W"),
            T("Dienstag", "DATE", "2027-01-19"),
            T("vergangene Woche", "DATE", "2027-W02"),
            T("Ende Februar", "DATE", "2027-02", mod="END"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("White House agrees to Moscow's request to postpone the Lisbon round", "AGREE", ["White House", "Russia"],
              "2027-01-19TEV", "text", "occurred", "Das Weiße Haus stimmte am Dienstagabend"),
            E("Lisbon round of 26–27 January postponed", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2027-01-26", "text", "cancelled", "Statt am 26. und 27. Januar",
              note="postponed by a week; originally 26–27 January 2027"),
            E("Lisbon round rescheduled for 2–3 February", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2027-02-02", "text", "planned", "Statt am 26. und 27. Januar", note="2–3 February 2027"),
            E("Ushakov asks for the postponement", "REQUEST", ["Yuri Ushakov", "United States"], "2027-01-18", "text",
              "occurred", "Den Aufschub hatte Kremlberater Juri Uschakow am Montag beantragt"),
            E("Istanbul talks led by Medinsky in spring 2022", "CONSULT", ["Vladimir Medinsky", "Russia", "Ukraine"],
              "2022-SP", "text", "occurred", "Medinski hatte bereits die Verhandlungen in Istanbul"),
            E("Istanbul talks led by Medinsky in May 2025", "CONSULT", ["Vladimir Medinsky", "Russia", "Ukraine"],
              "2025-05", "text", "occurred", "Medinski hatte bereits die Verhandlungen in Istanbul"),
            E("Zelensky accuses Russia of playing for time", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2027-01-20",
              "text", "occurred", "Russland spiele auf Zeit"),
            E("Russian drone attack on Odesa kills three", "ASSAULT", ["Russia", "Ukraine"], "2027-01-20TNI", "text",
              "occurred", "In der Nacht zum Donnerstag griffen russische Drohnen"),
            E("Sybiha–Witkoff phone call", "CONSULT", ["Andrii Sybiha", "Steve Witkoff"], "2027-01-20TEV", "text",
              "occurred", "Kiew halte an der Teilnahme fest"),
            E("Sybiha assures that Kyiv will take part", "AGREE", ["Andrii Sybiha", "Steve Witkoff"], "2027-01-20",
              "context", "occurred", "Kiew halte an der Teilnahme fest"),
            E("Pope Leo XIV offers the Vatican as a venue", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2027-01-20",
              "text", "occurred", "Papst Leo XIV. bot bei der Generalaudienz"),
            E("Merz and Macron meet for a working dinner in Paris", "CONSULT", ["Friedrich Merz", "Emmanuel Macron"],
              "2027-01-20TEV", "text", "occurred", "Am selben Abend kamen Bundeskanzler"),
            E("Merz and Macron demand that Europeans be part of any security-guarantee deal", "REQUEST",
              ["Friedrich Merz", "Emmanuel Macron"], "2027-01-20", "context", "occurred",
              "Beide verlangten, die Europäer"),
            E("Merz warns Moscow not to use the delay for a new offensive", "REQUEST", ["Friedrich Merz", "Russia"],
              "2027-01-20", "context", "occurred", "Merz warnte Moskau davor"),
            E("Trump's deadline to Putin until the end of February, with tariffs on buyers of Russian oil",
              "THREATEN", ["Donald Trump", "Vladimir Putin"], "2027-W02", "text", "occurred",
              "Trump hatte Kremlchef Wladimir Putin vergangene Woche eine Frist",
              note="set on Monday 11 January 2027; deadline end of February 2027"),
        ],
        [
            S("White House", "Agreed to Moscow's request to postpone the Lisbon round", "2027-01-19", "text",
              "Das Weiße Haus stimmte am Dienstagabend"),
            S("Yuri Ushakov", "Russia needs more time to prepare all questions on the agenda thoroughly",
              "2027-01-18", "context", "sagte er der Agentur Tass"),
            S("Dmitry Peskov", "Medinsky will lead the Russian delegation", "2027-01-20", "text",
              "Kremlsprecher Dmitri Peskow bestätigte am Mittwoch"),
            S("Volodymyr Zelensky", "Russia is playing for time and uses every pause for new attacks", "2027-01-20",
              "text", "Russland spiele auf Zeit"),
            S("Ukraine", "Military administration: three killed and a grain store destroyed in Odesa", "2027-01-21",
              "published", "In der Nacht zum Donnerstag griffen russische Drohnen"),
            S("Andrii Sybiha", "Kyiv sticks to taking part in the Lisbon round", "2027-01-20", "context",
              "Kiew halte an der Teilnahme fest"),
            S("Vatican", "Pope Leo XIV offers the Vatican as a venue should the road to Lisbon prove too rocky",
              "2027-01-20", "text", "Papst Leo XIV. bot bei der Generalaudienz"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron", "Europeans must be part of any agreement on "
              "security guarantees", "2027-01-20", "context", "Beide verlangten, die Europäer"),
            S("Friedrich Merz", "Warns Moscow not to use the delay for a new offensive in the east", "2027-01-20",
              "context", "Merz warnte Moskau davor"),
            S("Donald Trump", "A week more or less does not matter; my deadline stands", "2027-01-19", "text",
              "meine Frist gilt"),
        ],
        ["White House", "Russia", "United States", "Ukraine", "Yuri Ushakov", "Kremlin", "Dmitry Peskov",
         "Vladimir Medinsky", "Volodymyr Zelensky", "Andrii Sybiha", "Steve Witkoff", "Vatican", "Friedrich Merz",
         "Germany", "Emmanuel Macron", "France", "European Union", "Donald Trump", "Vladimir Putin"],
    ),
    doc(
        "b86de03_witkoff_moskau_vatikan_2027_02", "2027-02-12", DE03,
        [
            T("Dienstag", "DATE", "2027-02-09"),
            T("fast fünf Stunden", "DURATION", "PT5H", mod="APPROX"),
            T("der ersten Märzhälfte", "DATE", "2027-03", mod="START"),
            T("2.", "DATE", "2027-02-02"),
            T("3. Februar", "DATE", "2027-02-03"),
            T("Montag vergangener Woche", "DATE", "2027-02-01"),
            T("der Nacht zum Sonntag", "TIME", "2027-01-30TNI", note="night of 30 to 31 January"),
            T("Mittwoch", "DATE", "2027-02-10", 0),
            T("Donnerstag", "DATE", "2027-02-11", 0),
            T("Donnerstag", "DATE", "2027-02-11", 1),
            T("Mittwoch", "DATE", "2027-02-10", 1),
            T("22. Februar", "DATE", "2027-02-22"),
            T("Mittwochabend", "TIME", "2027-02-10TEV"),
            T("Ende Februar", "DATE", "2027-02", mod="END"),
            T("Februar 2022", "DATE", "2022-02"),
            T("jeden Montag", "SET", "P1W"),
        ],
        [
            E("Witkoff meets Putin in the Kremlin for almost five hours", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2027-02-09", "text", "occurred", "fast fünf Stunden lang"),
            E("Putin agrees to resume the trilateral talks", "AGREE", ["Vladimir Putin", "Steve Witkoff"], "2027-02-09",
              "context", "occurred", "Dabei habe Putin zugestimmt"),
            E("Trilateral talks to resume in the first half of March", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2027-03", "text", "planned", "Dabei habe Putin zugestimmt", date_mod="START"),
            E("Washington proposes the Vatican as venue", "REQUEST", ["United States", "Russia"], "2027-02-09",
              "context", "occurred", "Als Verhandlungsort habe Washington"),
            E("Moscow agrees to the Vatican in principle", "AGREE", ["Russia", "United States"], "2027-02-09", "context",
              "occurred", "Als Verhandlungsort habe Washington"),
            E("Lisbon round of 2–3 February called off after Moscow withdrew", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2027-02-02", "text", "cancelled",
              "Eigentlich hätten die Delegationen", note="Moscow withdrew on Monday 1 February 2027"),
            E("Ukrainian drone attack on a military airfield in the Saratov region", "ASSAULT", ["Ukraine", "Russia"],
              "2027-01-30TNI", "text", "occurred", "Zur Begründung verwies der Kreml"),
            E("Kremlin blames the drone attack for the withdrawal", "ACCUSE", ["Kremlin", "Ukraine"], "2027-02-01",
              "context", "occurred", "Zur Begründung verwies der Kreml"),
            E("Zelensky accuses Moscow of looking for a pretext", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2027-02-01", "context", "occurred", "nur einen Vorwand gesucht"),
            E("Ushakov's condition: Ukraine must stop strikes on Russia during the talks", "REQUEST",
              ["Yuri Ushakov", "Ukraine"], "2027-02-09", "context", "occurred", "Uschakow knüpfte die Zusage"),
            E("Peskov demands that Kyiv recognise the 'realities on the ground'", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2027-02-10", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Zelensky–Witkoff phone call", "CONSULT", ["Volodymyr Zelensky", "Steve Witkoff"], "2027-02-11", "text",
              "occurred", "Selenskyj telefonierte am Donnerstag mit Witkoff"),
            E("Zelensky: Ukraine ready to negotiate at the Vatican", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2027-02-11", "context", "occurred", "Die Ukraine sei bereit, im Vatikan zu verhandeln"),
            E("Zelensky rejects a unilateral halt to strikes on Russia", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2027-02-11", "context", "occurred", "Die Ukraine sei bereit, im Vatikan zu verhandeln"),
            E("Vatican ready to receive the delegations", "REQUEST", ["Vatican", "Russia", "Ukraine", "United States"],
              "2027-02-11", "text", "occurred", "Der Vatikan bestätigte am Donnerstag"),
            E("EU ambassadors agree a 23rd sanctions package", "AGREE", ["European Union"], "2027-02-10", "text",
              "occurred", "einigten sich die Botschafter der EU-Staaten"),
            E("EU foreign ministers to adopt the 23rd package", "SANCTION", ["European Union", "Russia"], "2027-02-22",
              "text", "planned", "Es soll am 22. Februar"),
            E("Kallas: the Kremlin only understands the language of pressure", "ACCUSE", ["Kaja Kallas", "Kremlin"],
              "2027-02-12", "published", "occurred", "Der Kreml verstehe nur die Sprache des Drucks"),
            E("Trump sticks to his end-of-February deadline and the tariffs", "THREATEN", ["Donald Trump", "Vladimir Putin"],
              "2027-02-10", "context", "occurred", "An seiner Frist bis Ende Februar",
              note="deadline end of February 2027, first set on 11 January"),
        ],
        [
            S("Vladimir Putin, via Yuri Ushakov", "Putin agreed to continue the talks in the first half of March",
              "2027-02-09", "context", "Dabei habe Putin zugestimmt"),
            S("Yuri Ushakov", "Washington proposed the Vatican; Moscow agrees in principle", "2027-02-09", "context",
              "Als Verhandlungsort habe Washington"),
            S("Kremlin", "Cites a Ukrainian drone attack on an airfield as the reason for withdrawing", "2027-02-01",
              "context", "Zur Begründung verwies der Kreml"),
            S("Volodymyr Zelensky", "Moscow was only looking for a pretext", "2027-02-01", "context",
              "nur einen Vorwand gesucht"),
            S("Yuri Ushakov", "Ukraine must stop strikes on Russia's hinterland for the duration of the talks",
              "2027-02-09", "context", "Uschakow knüpfte die Zusage"),
            S("Dmitry Peskov", "The venue is secondary; what matters is Kyiv's readiness to recognise the realities",
              "2027-02-10", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Volodymyr Zelensky", "Ready to negotiate at the Vatican; strikes stop only under a mutual ceasefire",
              "2027-02-11", "context", "Die Ukraine sei bereit, im Vatikan zu verhandeln"),
            S("Vatican", "Pope Leo XIV is ready to receive the delegations; no date yet", "2027-02-11", "text",
              "Der Vatikan bestätigte am Donnerstag"),
            S("Kaja Kallas", "The Kremlin only understands the language of pressure", "2027-02-12", "published",
              "Der Kreml verstehe nur die Sprache des Drucks"),
            S("Donald Trump", "Very satisfied with Witkoff's trip", "2027-02-10", "text",
              "schrieb am Mittwochabend auf seiner Plattform"),
            S("Donald Trump", "Sticks to his deadline; tariffs due if Putin does not agree to a ceasefire",
              "2027-02-10", "context", "An seiner Frist bis Ende Februar"),
        ],
        ["Steve Witkoff", "United States", "Kremlin", "Vladimir Putin", "Russia", "Ukraine", "Yuri Ushakov",
         "Vatican", "Volodymyr Zelensky", "Dmitry Peskov", "European Union", "Kaja Kallas", "Donald Trump"],
    ),
    doc(
        "b86de04_putin_ultimatum_donezk_2027_02", "2027-02-25", DE04,
        [
            T("30-Tage", "DURATION", "P30D"),
            T("30 Tagen", "DURATION", "P30D", 0),
            T("Dienstag", "DATE", "2027-02-23"),
            T("22. März", "DATE", "2027-03-22"),
            T("Mittwoch", "DATE", "2027-02-24", 0),
            T("30 Tagen", "DURATION", "P30D", 1),
            T("30 Jahren", "DURATION", "P30Y"),
            T("Mittwochabend", "TIME", "2027-02-24TEV"),
            T("Mitte Januar", "DATE", "2027-01", mod="MID"),
            T("Sonntag", "DATE", "2027-02-28"),
            T("Mittwoch", "DATE", "2027-02-24", 1),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Montag", "DATE", "2027-02-22"),
            T("Donnerstag", "DATE", "2027-02-25"),
            T("diesem Jahr", "DATE", "2027"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("jeden Abend", "SET", "P1D"),
        ],
        [
            E("Putin's ultimatum: Ukraine must leave Donetsk region within 30 days or Russia will take it by force",
              "THREATEN", ["Vladimir Putin", "Ukraine"], "2027-02-23", "text", "occurred",
              "Kiew müsse seine Truppen binnen 30 Tagen", note="deadline about 25 March 2027"),
            E("Putin: a ceasefire only after a withdrawal", "REQUEST", ["Vladimir Putin", "Ukraine"], "2027-02-23",
              "context", "occurred", "Erst nach einem Abzug sei eine Waffenruhe denkbar"),
            E("Vatican talks possibly on 22 March", "CONSULT", ["Russia", "Ukraine", "United States"], "2027-03-22",
              "text", "uncertain", "in Diplomatenkreisen ist vom 22. März die Rede"),
            E("Zelensky rejects Putin's ultimatum", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"], "2027-02-24",
              "text", "occurred", "wies die Forderung am Mittwoch in einer Videobotschaft zurück"),
            E("Zelensky accuses Putin of sabotaging the Vatican talks", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2027-02-24", "context", "occurred", "Putin wolle die Gespräche im Vatikan sabotieren"),
            E("Sybiha asks Europe and the US to raise the pressure on Moscow", "REQUEST",
              ["Andrii Sybiha", "European Union", "United States", "Russia"], "2027-02-25", "published", "occurred",
              "Außenminister Andrij Sybiha bat die Partner"),
            E("Rubio–Lavrov phone call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2027-02-24TEV", "text",
              "occurred", "telefonierte am Mittwochabend mit seinem russischen Kollegen"),
            E("Rubio demands that Moscow drop preconditions for the Vatican talks", "REQUEST",
              ["Marco Rubio", "Russia"], "2027-02-24", "context", "occurred", "forderte Rubio, Moskau solle"),
            E("Lavrov: Russia's position is unchanged", "REJECT", ["Sergey Lavrov", "Marco Rubio"], "2027-02-24",
              "context", "occurred", "Lawrow erwiderte laut seinem Ministerium"),
            E("Trump's deadline to Putin, set in mid-January, expires on Sunday", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2027-01", "text", "occurred", "Die Frist, die US-Präsident Donald Trump",
              date_mod="MID", note="set on 11 January 2027; expires Sunday 28 February"),
            E("Trump to decide on tariffs on buyers of Russian oil", "SANCTION", ["Donald Trump", "Russia"],
              "FUTURE_REF", "vague", "uncertain", "Eine Sprecherin des Weißen Hauses sagte am Mittwoch"),
            E("EU foreign ministers adopt the 23rd sanctions package", "SANCTION", ["European Union", "Russia"],
              "2027-02-22", "text", "occurred", "das 23. Sanktionspaket beschlossen"),
            E("Merz calls Putin's ultimatum 'a threat, not a negotiating position'", "ACCUSE",
              ["Friedrich Merz", "Vladimir Putin"], "2027-02-25", "text", "occurred", "nannte Putins Ultimatum"),
            E("Germany to raise air-defence aid for Ukraine to 11 billion euros this year", "AID",
              ["Germany", "Ukraine"], "2027", "text", "planned", "auf elf Milliarden Euro aufstocken"),
        ],
        [
            S("Vladimir Putin", "Kyiv must withdraw from the rest of Donetsk region within 30 days or Russia will "
              "'liberate' it by military means", "2027-02-23", "text", "Kiew müsse seine Truppen binnen 30 Tagen"),
            S("Vladimir Putin", "A ceasefire is conceivable only after a withdrawal", "2027-02-23", "context",
              "Erst nach einem Abzug sei eine Waffenruhe denkbar"),
            S("Volodymyr Zelensky", "Rejects the demand", "2027-02-24", "text",
              "wies die Forderung am Mittwoch in einer Videobotschaft zurück"),
            S("Volodymyr Zelensky", "Ukraine will not be blackmailed, neither with 30 days nor with 30 years",
              "2027-02-24", "context", "Die Ukraine lässt sich nicht erpressen"),
            S("Volodymyr Zelensky", "Putin wants to sabotage the Vatican talks before they begin", "2027-02-24",
              "context", "Putin wolle die Gespräche im Vatikan sabotieren"),
            S("Andrii Sybiha", "Asks partners in Europe and the US to raise the pressure on Moscow", "2027-02-25",
              "published", "Außenminister Andrij Sybiha bat die Partner"),
            S("Marco Rubio", "Moscow should drop preconditions for the Vatican talks", "2027-02-24", "context",
              "forderte Rubio, Moskau solle"),
            S("Sergey Lavrov", "Russia's position is 'clear and unchanged'", "2027-02-24", "context",
              "Lawrow erwiderte laut seinem Ministerium"),
            S("White House", "The president will decide on the tariffs in the coming days", "2027-02-24", "text",
              "Eine Sprecherin des Weißen Hauses sagte am Mittwoch"),
            S("Friedrich Merz", "Putin's ultimatum is 'a threat, not a negotiating position'", "2027-02-25", "text",
              "nannte Putins Ultimatum"),
            S("Friedrich Merz", "Germany will raise its air-defence aid to Ukraine to 11 billion euros this year",
              "2027-02-25", "context", "auf elf Milliarden Euro aufstocken"),
            S("Dmitry Peskov", "The president has said everything necessary", "2027-02-25", "published",
              "Kremlsprecher Dmitri Peskow sagte dazu lediglich"),
        ],
        ["Kremlin", "Vladimir Putin", "Ukraine", "Russia", "United States", "Volodymyr Zelensky", "Andrii Sybiha",
         "European Union", "Marco Rubio", "Sergey Lavrov", "Donald Trump", "White House", "Friedrich Merz", "Germany",
         "Dmitry Peskov"],
    ),
    doc(
        "b86de05_genf_statt_vatikan_2027_03", "2027-03-18", DE05,
        [
            T("Mittwochabend", "TIME", "2027-03-17TEV", 0),
            T("22.", "DATE", "2027-03-22"),
            T("23. März", "DATE", "2027-03-23"),
            T("Donnerstagmorgen", "TIME", "2027-03-18TMO"),
            T("Dienstag", "DATE", "2027-03-16"),
            T("Sonntag", "DATE", "2027-03-14"),
            T("Mittwochabend", "TIME", "2027-03-17TEV", 1),
            T("Montag", "DATE", "2027-03-15"),
            T("Donnerstag", "DATE", "2027-03-18"),
            T("Mittwoch", "DATE", "2027-03-17"),
            T("kommenden Donnerstag", "DATE", "2027-03-25"),
        ],
        [
            E("US, Russia and Ukraine agree to move the round from the Vatican to Geneva", "AGREE",
              ["United States", "Russia", "Ukraine"], "2027-03-17", "context", "occurred",
              "die drei Seiten hätten sich auf den Ortswechsel verständigt"),
            E("Trilateral round in Geneva on 22–23 March", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2027-03-22", "text", "planned", "die drei Seiten hätten sich auf den Ortswechsel verständigt",
              note="22–23 March 2027; moved from the Vatican to Geneva"),
            E("Rubio plans to meet Lavrov on the sidelines in Geneva", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
              "2027-03-22", "context", "planned", "der am Rande auch mit Lawrow zusammentreffen will"),
            E("Lavrov rejects the Vatican as 'no longer a neutral place'", "REJECT", ["Sergey Lavrov", "Vatican"],
              "2027-03-16", "text", "occurred", "Der Vatikan sei «kein neutraler Ort mehr»"),
            E("Pope Leo XIV calls the deportation of Ukrainian children a crime", "ACCUSE", ["Vatican", "Russia"],
              "2027-03-14", "text", "occurred", "Der Vatikan sei «kein neutraler Ort mehr»"),
            E("Lavrov: Moscow will only negotiate at a venue that has not taken sides", "REQUEST",
              ["Sergey Lavrov", "United States", "Ukraine"], "2027-03-16", "context", "occurred",
              "Moskau werde nur an einem Ort verhandeln"),
            E("Zelensky agrees to Geneva", "AGREE", ["Volodymyr Zelensky", "United States", "Russia"], "2027-03-17TEV",
              "text", "occurred", "erklärte sich am Mittwochabend mit Genf einverstanden"),
            E("Zelensky: Russia must come ready for a ceasefire", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2027-03-17", "context", "occurred", "erklärte sich am Mittwochabend mit Genf einverstanden"),
            E("The Holy See remains ready to host talks", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2027-03-18",
              "published", "occurred", "Der Heilige Stuhl respektiere den Entscheid"),
            E("US tariffs of 25 percent on buyers of Russian oil in force", "SANCTION", ["Donald Trump", "Russia"],
              "2027-03-15", "text", "occurred", "Seit Montag gelten die von US-Präsident Donald Trump",
              date_mod="START"),
            E("Peskov: the tariffs will change nothing in Russia's position", "REJECT", ["Dmitry Peskov", "Donald Trump"],
              "2027-03-18", "text", "occurred", "die Zölle würden an Russlands Haltung"),
            E("Medinsky: Putin's deadline for a withdrawal from Donetsk still stands", "THREATEN",
              ["Vladimir Medinsky", "Ukraine"], "2027-03-17", "text", "occurred", "Medinski bekräftigte am Mittwoch",
              note="the deadline expires on Thursday 25 March 2027"),
            E("Kallas demands that Europeans be kept informed of the Geneva talks", "REQUEST",
              ["Kaja Kallas", "United States"], "2027-03-18", "published", "occurred",
              "Die EU-Aussenbeauftragte Kaja Kallas verlangte"),
        ],
        [
            S("United States", "The three sides agreed to move the talks; the dates of 22–23 March stay", "2027-03-17",
              "text", "die drei Seiten hätten sich auf den Ortswechsel verständigt"),
            S("Sergey Lavrov", "The Vatican is 'no longer a neutral place'", "2027-03-16", "text",
              "Der Vatikan sei «kein neutraler Ort mehr»"),
            S("Vatican", "Pope Leo XIV calls the deportation of Ukrainian children a 'crime'", "2027-03-14", "text",
              "Der Vatikan sei «kein neutraler Ort mehr»"),
            S("Sergey Lavrov", "Moscow will negotiate only at a place that has not taken sides", "2027-03-16",
              "context", "Moskau werde nur an einem Ort verhandeln"),
            S("Volodymyr Zelensky", "The venue does not matter; Russia must come willing to agree a ceasefire",
              "2027-03-17", "text", "erklärte sich am Mittwochabend mit Genf einverstanden"),
            S("Vatican", "The Holy See respects the decision and remains ready to host talks", "2027-03-18",
              "published", "Der Heilige Stuhl respektiere den Entscheid"),
            S("Dmitry Peskov", "The tariffs will change nothing in Russia's position", "2027-03-18", "text",
              "die Zölle würden an Russlands Haltung"),
            S("Vladimir Medinsky", "Putin's deadline for a Ukrainian withdrawal from Donetsk still applies",
              "2027-03-17", "text", "Medinski bekräftigte am Mittwoch"),
            S("Kaja Kallas", "Europeans must at least be kept informed of the state of the Geneva talks", "2027-03-18",
              "published", "Die EU-Aussenbeauftragte Kaja Kallas verlangte"),
        ],
        ["United States", "Russia", "Ukraine", "Steve Witkoff", "Marco Rubio", "Sergey Lavrov", "Vatican",
         "Volodymyr Zelensky", "Donald Trump", "Kremlin", "Dmitry Peskov", "Vladimir Medinsky", "Vladimir Putin",
         "Kaja Kallas", "European Union"],
    ),
    doc(
        "b86de06_istanbul_gipfel_vielleicht_2027_04", "2027-04-16", DE06,
        [
            T("Dienstag", "DATE", "2027-04-13"),
            T("Mai", "DATE", "2027-05"),
            T("Mittwoch", "DATE", "2027-04-14", 0),
            T("Mittwochabend", "TIME", "2027-04-14TEV"),
            T("Sonntag", "DATE", "2027-04-11", 0),
            T("März", "DATE", "2027-03"),
            T("orthodoxen Osterfest", "DATE", "2027-05-02"),
            T("2. Mai", "DATE", "2027-05-02"),
            T("27. April", "DATE", "2027-04-27"),
            T("Donnerstag", "DATE", "2027-04-15", 0),
            T("Mittwoch", "DATE", "2027-04-14", 1),
            T("Donnerstag", "DATE", "2027-04-15", 1),
            T("der Nacht auf Donnerstag", "TIME", "2027-04-14TNI", note="night of 14 to 15 April"),
            T("Montag", "DATE", "2027-04-12"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Sonntag", "DATE", "2027-04-18", 1),
        ],
        [
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2027-04-13", "text",
              "occurred", "nach einem Telefonat mit Putin"),
            E("Possible Putin–Zelensky meeting in Istanbul in May", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2027-05", "text", "uncertain", "nach einem Telefonat mit Putin"),
            E("Erdoğan offers to host both presidents", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2027-04-13", "context", "occurred",
              "Die Türkei sei bereit, beide Präsidenten zu empfangen"),
            E("Peskov: a summit only at the end of a ready-to-sign agreement", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2027-04-14", "context", "occurred", "nicht ausgeschlossen, aber verfrüht"),
            E("Zelensky ready to meet Putin anywhere", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2027-04-14TEV", "text", "occurred", "Selenskyj erklärte am Mittwochabend"),
            E("Zelensky rules out Moscow and Minsk as venues", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2027-04-14", "context", "occurred", "Selenskyj erklärte am Mittwochabend"),
            E("First stage of the all-for-all exchange: 500 prisoners each", "CONCEDE", ["Russia", "Ukraine"],
              "2027-04-11", "text", "occurred", "je 500 Kriegsgefangene ausgetauscht"),
            E("All-for-all exchange agreed in Geneva in March", "AGREE", ["Russia", "Ukraine"], "2027-03", "text",
              "occurred", "je 500 Kriegsgefangene ausgetauscht"),
            E("Further exchange stages by Orthodox Easter", "CONCEDE", ["Russia", "Ukraine"], "2027-05-02", "text",
              "planned", "Weitere Etappen sollen bis zum orthodoxen Osterfest"),
            E("Next round of negotiators in Istanbul on 27 April", "CONSULT", ["Russia", "Ukraine", "Turkey"],
              "2027-04-27", "text", "planned", "Die nächste Runde der Unterhändler"),
            E("Austria's chancellor offers Vienna for a summit", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2027-04-14", "text", "occurred", "bot am Mittwoch Wien als Ort"),
            E("Trump ready to join a Putin–Zelensky meeting", "AGREE",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2027-04-15", "text", "occurred",
              "er würde an einem solchen Treffen"),
            E("Russian missiles hit Kharkiv, four killed", "ASSAULT", ["Russia", "Ukraine"], "2027-04-14TNI", "text",
              "occurred", "In der Nacht auf Donnerstag schlugen russische Raketen"),
            E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"], "2027-04-12", "text",
              "occurred", "Die EU-Außenminister hatten am Montag in Luxemburg"),
            E("Kallas warns against a 'summit for the sake of a summit'", "REQUEST", ["Kaja Kallas"], "2027-04-12",
              "context", "occurred", "Kaja Kallas warnte anschließend"),
        ],
        [
            S("Recep Tayyip Erdoğan", "A Putin–Zelensky meeting could take place in Istanbul in May", "2027-04-13",
              "text", "nach einem Telefonat mit Putin"),
            S("Recep Tayyip Erdoğan", "Turkey is ready to receive both presidents", "2027-04-13", "context",
              "Die Türkei sei bereit, beide Präsidenten zu empfangen"),
            S("Dmitry Peskov", "Damps expectations of a summit", "2027-04-14", "text",
              "Kremlsprecher Dmitri Peskow dämpfte am Mittwoch"),
            S("Dmitry Peskov", "A meeting is not ruled out but premature; it can only crown a ready-to-sign agreement",
              "2027-04-14", "context", "nicht ausgeschlossen, aber verfrüht"),
            S("Volodymyr Zelensky", "Ready to meet Putin anywhere and at any time, except in Moscow or Minsk",
              "2027-04-14", "text", "Selenskyj erklärte am Mittwochabend"),
            S("Hakan Fidan", "The next round will be held in Istanbul on 27 April, not in Geneva", "2027-04-15", "text",
              "Die nächste Runde der Unterhändler"),
            S("Donald Trump", "Would very much like to take part in such a meeting 'if they need me'", "2027-04-15",
              "text", "er würde an einem solchen Treffen"),
            S("Kaja Kallas", "Warns against a 'summit for the sake of a summit'", "2027-04-12", "context",
              "Kaja Kallas warnte anschließend"),
        ],
        ["Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Turkey", "Dmitry Peskov",
         "Russia", "Ukraine", "Hakan Fidan", "Donald Trump", "United States", "European Union", "Kaja Kallas"],
    ),
]
