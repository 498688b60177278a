"""German articles of the blind84 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b84de01 (Potsdamer Neueste Nachrichten)
DE01 = """
Europatag statt Siegesparade: Von der Leyen in Kiew, Putin spricht von einem „echten Krieg“

Kiew/Potsdam. Während Kremlchef Wladimir Putin am Dienstag auf dem Roten Platz die Parade zum Tag des Sieges abnahm, ist EU-Kommissionspräsidentin Ursula von der Leyen mit dem Nachtzug nach Kiew gereist und dort von Präsident Wolodymyr Selenskyj empfangen worden.
Selenskyj hatte am Montag per Dekret verfügt, dass die Ukraine das Kriegsende künftig wie die meisten EU-Staaten einen Tag früher begeht und den Tag des Sieges durch einen Europatag ersetzt.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Montagabend von „Verrat am Andenken der Großväter“.
Bei der gemeinsamen Pressekonferenz kündigte von der Leyen an, die Kommission werde in den kommenden Tagen ein elftes Sanktionspaket vorlegen, das vor allem die Umgehung der Strafmaßnahmen über Drittstaaten unterbinden soll.
Zudem versprach sie, bis zum Herbst eine Empfehlung zu Beitrittsgesprächen vorzulegen, sofern Kiew die Reformauflagen erfülle.

In Moskau zog Putin in einer gut zehnminütigen Rede eine Linie vom Zweiten Weltkrieg zum Krieg gegen die Ukraine.
Gegen das Vaterland sei erneut ein echter Krieg entfesselt worden, sagte er und warf „westlichen globalistischen Eliten“ vor, die Welt in Konflikte zu stürzen.
Die Parade fiel deutlich kürzer aus als im Vorjahr; nur ein einziger Panzer, ein T-34, rollte über den Platz.
Als Ehrengäste standen der belarussische Machthaber Alexander Lukaschenko und der kasachische Präsident Kassym-Schomart Tokajew neben Putin auf der Tribüne; mit Lukaschenko kam der Kremlchef anschließend zu einem Gespräch zusammen.

Bundeskanzler Olaf Scholz (SPD) nutzte den Europatag für eine Rede vor dem Europaparlament in Straßburg.
Putin dürfe mit seinem imperialistischen Krieg nicht durchkommen, sagte Scholz und forderte den Abzug der russischen Truppen aus der Ukraine.
Zugleich warb er dafür, in der EU-Außenpolitik mit Mehrheit statt einstimmig zu entscheiden.
In der Nacht zum Dienstag hatte Russland Kiew erneut mit Marschflugkörpern angegriffen; nach Angaben der ukrainischen Luftwaffe wurden alle 15 Geschosse abgefangen.
Vergangene Woche hatte der Kreml die Ukraine und die USA für einen angeblichen Drohnenangriff auf den Kreml verantwortlich gemacht, was Kiew und Washington zurückwiesen.

Kremlsprecher Dmitri Peskow nannte den Besuch von der Leyens eine „Provokation“, die an der Lage nichts ändere.
Außenminister Dmytro Kuleba sprach dagegen von einem „starken Signal“ und forderte die EU auf, die zugesagten Munitionslieferungen zu beschleunigen.

Auch in Potsdam stand der Gedenktag im Zeichen des Krieges.
Oberbürgermeister Mike Schubert (SPD) legte am Montagvormittag am sowjetischen Ehrenmal auf dem Bassinplatz gemeinsam mit Vertreterinnen der ukrainischen Gemeinde einen Kranz nieder.
Der russische Botschafter Sergej Netschajew erschien am Nachmittag unangemeldet mit einem eigenen Kranz; die Stadt hatte ihn nicht eingeladen.
Das Auswärtige Amt hatte den Kommunen im April empfohlen, russische und belarussische Diplomaten von Gedenkfeiern auszuschließen.
"""

# ---------------------------------------------------------------- b84de02 (Zürcher Unterländer)
DE02 = """
Ein Jahr Krieg: Morawiecki bringt die ersten Leopard nach Kiew – der Bundesrat bleibt beim Nein

Kiew/Bülach. Am ersten Jahrestag des russischen Überfalls ist der polnische Regierungschef Mateusz Morawiecki am Freitagmorgen in Kiew von Präsident Wolodimir Selenski empfangen worden und hat ihm die ersten vier Leopard-2-Kampfpanzer aus polnischen Beständen übergeben.
Weitere Panzer sollen in den kommenden Wochen folgen, kündigte Morawiecki an.
Bereits am Donnerstag hatte der spanische Regierungschef Pedro Sánchez die ukrainische Hauptstadt besucht und sechs Leopard-Panzer zugesagt.
In einer Videobotschaft sprach Selenski von einem «Jahr der Unbesiegbarkeit» und versprach seinen Landsleuten, 2023 werde das Jahr des Sieges.

Am Nachmittag wollen sich die Staats- und Regierungschefs der G7 per Video mit Selenski zusammenschalten, darunter US-Präsident Joe Biden und Bundeskanzler Olaf Scholz.
Washington kündigte neue Sanktionen gegen mehr als 200 russische Personen und Firmen sowie weitere Militärhilfe über zwei Milliarden Dollar an.
Die Uno-Vollversammlung hatte in der Nacht auf Freitag mit 141 Stimmen den Abzug der russischen Truppen verlangt; Russland, Belarus und fünf weitere Staaten stimmten dagegen, China und Indien enthielten sich.

Im Kreml gab man sich unbeeindruckt.
Die Ziele der «militärischen Spezialoperation» würden erreicht, sagte Kremlsprecher Dmitri Peskow am Freitag.
Der frühere Präsident Dmitri Medwedew drohte auf Telegram, Russland werde notfalls «bis an die Grenzen Polens» vorrücken.
Am Mittwoch hatte Präsident Wladimir Putin in Moskau den chinesischen Spitzendiplomaten Wang Yi empfangen.
Das von Wang angekündigte Positionspapier Pekings, das eine Waffenruhe und Verhandlungen verlangt, wurde am Freitagmorgen veröffentlicht.

In Bern bekräftigte der Bundesrat am Mittwoch sein Nein zur Weitergabe von Schweizer Munition an die Ukraine.
Deutschland hatte zuletzt erneut darum gebeten, in der Schweiz hergestellte Munition für den Flugabwehrpanzer Gepard an Kiew liefern zu dürfen.
Das Neutralitätsrecht lasse keine Ausnahme zu, hiess es im Departement von Bundesrat Guy Parmelin.
Bundespräsident Alain Berset rief in seiner Botschaft zum Jahrestag zu einem «gerechten und dauerhaften Frieden» auf.

Im Unterland versammelten sich am Donnerstagabend rund 300 Menschen auf dem Bülacher Lindenhof zu einer Mahnwache, zu der die ukrainische Gemeinde aufgerufen hatte.
In den Gemeinden des Bezirks leben derzeit gut 600 Geflüchtete aus der Ukraine.
"""

# ---------------------------------------------------------------- b84de03 (Oranienburger Generalanzeiger)
DE03 = """
Kranz an den Seelower Höhen: Russlands Botschafter setzt sich über Empfehlung aus Berlin hinweg

Oranienburg/Seelow. Ungeachtet einer Empfehlung des Auswärtigen Amts hat der russische Botschafter Sergej Netschajew am Mittwoch an der Gedenkstätte Seelower Höhen einen Kranz niedergelegt.
Vor 80 Jahren hatte dort die Rote Armee zum Sturm auf Berlin angesetzt, Zehntausende Soldaten kamen in der Schlacht ums Leben.
Netschajew sprach von einem Tag, an dem man der „Befreier Europas“ gedenke, und warf der Bundesregierung vor, die Geschichte umzuschreiben.

Das Auswärtige Amt hatte Gedenkstätten und Kommunen Anfang April in einer Handreichung empfohlen, Vertreter Russlands und von Belarus nicht zu Veranstaltungen zum Kriegsende einzuladen und sie notfalls des Ortes zu verweisen.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte das Papier am Freitag eine „Schande“ und erklärte, Moskau lasse sich nicht vorschreiben, wo es seiner Toten gedenke.
Auch die Gedenkstätte Sachsenhausen hat die Botschaften Russlands und von Belarus von der Feier zur Befreiung des Lagers am 4. Mai ausgeladen, wie Stiftungsdirektor Axel Drecoll bestätigte.

In Moskau laufen derweil die Vorbereitungen für die große Parade am 9. Mai.
Nach Angaben von Präsidentenberater Juri Uschakow hat der Kreml rund 20 Staats- und Regierungschefs eingeladen.
Chinas Staatschef Xi Jinping hat zugesagt und wird vom 7. bis 10. Mai zu einem Staatsbesuch bei Präsident Wladimir Putin erwartet.
Ein Treffen Putins mit US-Präsident Donald Trump rund um den Jahrestag stehe derzeit nicht auf der Tagesordnung, sagte Kremlsprecher Dmitri Peskow am Mittwoch.

Der ukrainische Präsident Wolodymyr Selenskyj warnte am Dienstag ausländische Gäste davor, am 9. Mai auf der Tribüne am Roten Platz zu stehen.
Wer dort applaudiere, während russische Raketen ukrainische Städte träfen, mache sich zum Komplizen, sagte er.
Nach dem Raketenangriff auf die Innenstadt von Sumy am Palmsonntag mit mehr als 30 Toten hatte Selenskyj Trump eingeladen, sich vor Ort selbst ein Bild zu machen.
Der designierte Bundeskanzler Friedrich Merz (CDU) bekräftigte am selben Tag, er sei im Einvernehmen mit den europäischen Partnern zur Lieferung von Taurus-Marschflugkörpern bereit.
Eine solche Lieferung würde Deutschland direkt zur Kriegspartei machen, warnte Sacharowa am Montag.

Der Bundestag erinnert am 8. Mai in einer Gedenkstunde an das Kriegsende, die Rede hält Bundespräsident Frank-Walter Steinmeier.
In Oranienburg will Landrat Alexander Tönnies (SPD) an der Feier in Sachsenhausen teilnehmen; eine Einladung an den Botschafter werde es „selbstverständlich nicht“ geben, sagte er unserer Zeitung.
"""

# ---------------------------------------------------------------- b84de04 (Stader Tageblatt)
DE04 = """
Einladung zur Parade: Kreml lockt Trump nach Moskau – Kiew lehnt „Feiertagspause“ ab

Moskau/Stade. Der Kreml will US-Präsident Donald Trump zur Militärparade am 9. Mai auf dem Roten Platz begrüßen.
Die Einladung sei dem Sondergesandten Steve Witkoff bei dessen Besuch in Moskau vergangene Woche übergeben worden, sagte Präsidentenberater Juri Uschakow am Dienstag.
Präsident Wladimir Putin sei zu einem Treffen am Rande der Feierlichkeiten bereit.
Trump sagte am Dienstagabend im Weißen Haus, er fühle sich geehrt, habe aber „noch nichts entschieden“; viel hänge davon ab, ob es bis dahin Fortschritte bei einem Waffenstillstand gebe.

Zugleich kündigte Putin eine dreitägige Waffenruhe an, die vom 8. Mai, 0 Uhr Moskauer Zeit, bis zum Ende des 10. Mai gelten soll.
Im vergangenen Jahr hatte Putin zum 80. Jahrestag ebenfalls eine dreitägige Feuerpause verkündet, beide Seiten warfen sich damals Hunderte Verstöße vor.
Die Ukraine sei aufgefordert, sich anzuschließen, hieß es in der Erklärung des Kremls.
Außenminister Andrij Sybiha wies den Vorschlag als „Theater für die Ehrentribüne“ zurück.
Kiew sei zu einer sofortigen, mindestens 30-tägigen Waffenruhe bereit, die überwacht werden könne, nicht aber zu einer Pause für eine Parade.

Die EU-Außenbeauftragte Kaja Kallas warnte am Montag Staats- und Regierungschefs aus Beitrittskandidatenländern erneut davor, nach Moskau zu reisen: Wer am 9. Mai neben Putin stehe, stelle sich gegen Europa.
Bundeskanzler Friedrich Merz nannte eine Reise des amerikanischen Präsidenten zur Parade „das falsche Signal zur falschen Zeit“.
Merz will am 8. Mai, dem Tag der Befreiung, gemeinsam mit dem französischen Präsidenten Emmanuel Macron in Kiew der Opfer des Krieges gedenken.
Kremlsprecher Dmitri Peskow bezeichnete die europäischen Warnungen als „Erpressung“ souveräner Staaten.

Nach Angaben Uschakows haben bislang unter anderem der belarussische Machthaber Alexander Lukaschenko, Chinas Vizepräsident Han Zheng und der slowakische Regierungschef Robert Fico ihre Teilnahme zugesagt.
In der Nacht zum Mittwoch griff Russland die Region Odessa mit Dutzenden Drohnen an, nach Behördenangaben wurden zwei Menschen verletzt.

In Stade lädt der Verein „Ukrainisches Haus“ am 9. Mai zu einem Europafest auf dem Pferdemarkt ein.
Rund 900 Geflüchtete aus der Ukraine leben derzeit im Landkreis, die Stadt hat ihre Unterstützung für das Fest zugesagt.
"""

# ---------------------------------------------------------------- b84de05 (Saale-Zeitung)
DE05 = """
Kommandoaktion auf der Krim: Die Ukraine feiert ihren Unabhängigkeitstag im Schatten des Krieges

Kiew/Bad Kissingen. Ukrainische Spezialkräfte sind nach eigenen Angaben in der Nacht zum Donnerstag mit Booten am Kap Tarchankut im Westen der Krim gelandet, haben russische Soldaten getötet und die blau-gelbe Flagge gehisst.
Das teilte der Militärgeheimdienst HUR mit, der ein Video der Aktion verbreitete.
Das russische Verteidigungsministerium erklärte dagegen, vor der Küste seien zwei ukrainische Schnellboote zerstört worden.
Bei einem russischen Raketenangriff auf ein Dorf in der Region Dnipropetrowsk wurden am Donnerstagmorgen nach Angaben der Regionalverwaltung zwei Menschen getötet.

Präsident Wolodymyr Selenskyj versprach am Donnerstag in seiner Ansprache auf dem Sophienplatz, die Krim werde zurückkehren: „Wir werden unsere Flagge in jede Stadt zurückbringen.“
Zum Unabhängigkeitstag gratulierten unter anderem US-Präsident Joe Biden, Bundeskanzler Olaf Scholz und der britische König Charles III.
Washington kündigte am selben Tag ein weiteres Militärpaket über 250 Millionen Dollar an, darunter Munition für Himars-Raketenwerfer.

Überschattet wurden die Feiern von Spekulationen um den Tod des Wagner-Chefs Jewgeni Prigoschin, dessen Flugzeug am Mittwochabend nördlich von Moskau abgestürzt war.
Kremlchef Wladimir Putin sprach am Donnerstag den Angehörigen sein Beileid aus und nannte Prigoschin einen talentierten Mann, der „schwere Fehler“ gemacht habe.
Biden hatte bereits am Mittwochabend gesagt, er sei nicht überrascht, in Russland geschehe wenig, hinter dem nicht Putin stecke.
Kremlsprecher Dmitri Peskow wies am Freitag den Vorwurf, der Kreml habe den Absturz veranlasst, als „absolute Lüge“ zurück.

Im UN-Sicherheitsrat warf die amerikanische Botschafterin Linda Thomas-Greenfield Russland am Donnerstag vor, mit seinen Angriffen auf die Donauhäfen die Ernährung von Millionen Menschen zu gefährden.
Der russische Vertreter Wassili Nebensja entgegnete, der Westen verlängere den Krieg durch immer neue Waffenlieferungen.
Am Mittwoch hatte Selenskyj beim Gipfel der Krim-Plattform in Kiew den polnischen Präsidenten Andrzej Duda empfangen, weitere Staats- und Regierungschefs waren per Video zugeschaltet.
In drei Wochen will der ukrainische Präsident in New York vor der UN-Vollversammlung sprechen.

In Bad Kissingen feierten am Donnerstagabend rund 150 Ukrainerinnen und Ukrainer im Kurgarten, viele in bestickten Wyschywanka-Hemden.
Seit Kriegsbeginn hat der Landkreis mehr als 2000 Geflüchtete aus der Ukraine aufgenommen.
"""

# ---------------------------------------------------------------- b84de06 (Zollern-Alb-Kurier)
DE06 = """
Vier Jahre Krieg: Europa plant den Jahrestag in Kiew – Orbán droht mit Veto

Balingen/Brüssel. Zum vierten Jahrestag des russischen Überfalls wollen EU-Kommissionspräsidentin Ursula von der Leyen und Ratspräsident António Costa am 24. Februar nach Kiew reisen.
Dort soll nach dem Willen von Präsident Wolodymyr Selenskyj ein Treffen der wichtigsten Unterstützerstaaten stattfinden, zu dem Kiew vergangene Woche rund 30 Staats- und Regierungschefs eingeladen hat.
Bundeskanzler Friedrich Merz hat seine Teilnahme zugesagt, der britische Premier Keir Starmer will sich per Video zuschalten.

Bis zum Jahrestag soll auch das 20. Sanktionspaket stehen, das weitere Tanker der russischen Schattenflotte und Banken in Drittstaaten treffen soll.
Ungarns Ministerpräsident Viktor Orbán drohte am Sonntag jedoch mit einem Veto, solange die Ukraine den Öltransit durch die Druschba-Pipeline nicht garantiere.
Die EU-Außenbeauftragte Kaja Kallas sagte, sie gehe davon aus, dass sich die Mitgliedstaaten bis Freitag einigen.

US-Präsident Donald Trump sagte am Sonntagabend, er erwarte bis zum Jahrestag ein Rahmenabkommen zwischen Moskau und Kiew, andernfalls werde er Zölle auf russisches Öl verhängen.
Kremlsprecher Dmitri Peskow entgegnete am Montag, Russland richte seine Verhandlungsposition „nicht nach symbolischen Daten“ aus.
In New York will die UN-Vollversammlung am 24. Februar über einen von der Ukraine eingebrachten Entwurf abstimmen, der einen gerechten und dauerhaften Frieden auf Grundlage der UN-Charta fordert.
Vor einem Jahr hatten die USA dort noch gemeinsam mit Russland gegen eine europäisch-ukrainische Resolution gestimmt.

Am Rande der Münchner Sicherheitskonferenz hatte Selenskyj am Samstag US-Außenminister Marco Rubio getroffen.
Er forderte dort erneut Sicherheitsgarantien, bevor über Gebietsfragen gesprochen werde.
In der Nacht zum Montag griff Russland Charkiw mit Gleitbomben und Drohnen an, nach Angaben von Bürgermeister Ihor Terechow wurden neun Menschen verletzt.

Auch im Zollernalbkreis wird des Jahrestags gedacht.
Die ukrainische Gemeinde ruft für Samstag zu einer Kundgebung auf dem Balinger Marktplatz auf, in Albstadt ist für Dienstag, 24. Februar, ein Friedensgebet in der Stadtkirche geplant.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b84de01_europatag_kiew_siegesparade_2023_05", "2023-05-10", DE01,
        [
            T("Dienstag", "DATE", "2023-05-09", 0),
            T("Montag", "DATE", "2023-05-08"),
            T("Montagabend", "TIME", "2023-05-08TEV"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Herbst", "DATE", "2023-FA"),
            T("gut zehnminütigen", "DURATION", "PT10M", mod="APPROX"),
            T("Vorjahr", "DATE", "2022"),
            T("den Europatag", "DATE", "2023-05-09"),
            T("der Nacht zum Dienstag", "TIME", "2023-05-08TNI", note="night of 8 to 9 May"),
            T("Vergangene Woche", "DATE", "2023-W18"),
            T("Montagvormittag", "TIME", "2023-05-08TMO"),
            T("Nachmittag", "TIME", "2023-05-08TAF"),
            T("April", "DATE", "2023-04"),
        ],
        [
            E("Von der Leyen visits Kyiv and is received by Zelensky", "CONSULT",
              ["Ursula von der Leyen", "Volodymyr Zelensky", "Ukraine"], "2023-05-09", "text", "occurred",
              "ist EU-Kommissionspräsidentin Ursula von der Leyen mit dem Nachtzug"),
            E("Zakharova condemns Kyiv's move as betrayal of the memory of the grandfathers", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2023-05-08TEV", "text", "occurred", "Verrat am Andenken"),
            E("Commission to present an eleventh sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "FUTURE_REF", "vague", "planned", "elftes Sanktionspaket"),
            E("Von der Leyen promises a recommendation on accession talks by the autumn", "AGREE",
              ["Ursula von der Leyen", "Ukraine"], "2023-05-09", "context", "occurred",
              "Zudem versprach sie"),
            E("Von der Leyen makes the recommendation conditional on Kyiv's reforms", "REQUEST",
              ["Ursula von der Leyen", "Ukraine"], "2023-05-09", "context", "occurred",
              "Zudem versprach sie"),
            E("Putin accuses Western 'globalist elites' of unleashing a real war against Russia", "ACCUSE",
              ["Vladimir Putin"], "2023-05-09", "context", "occurred", "globalistischen Eliten"),
            E("Putin and Lukashenko meet after the parade", "CONSULT",
              ["Vladimir Putin", "Alexander Lukashenko"], "2023-05-09", "context", "occurred",
              "mit Lukaschenko kam der Kremlchef"),
            E("Scholz demands the withdrawal of Russian troops from Ukraine", "REQUEST",
              ["Olaf Scholz", "Russia"], "2023-05-09", "context", "occurred", "imperialistischen Krieg"),
            E("Scholz proposes majority voting in EU foreign policy", "REQUEST",
              ["Olaf Scholz", "European Union"], "2023-05-09", "context", "occurred", "mit Mehrheit statt"),
            E("Russian cruise-missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-05-08TNI", "text",
              "occurred", "Marschflugkörpern"),
            E("Kremlin blames Ukraine and the US for an alleged drone attack on the Kremlin", "ACCUSE",
              ["Kremlin", "Ukraine", "United States"], "2023-W18", "text", "occurred", "angeblichen Drohnenangriff"),
            E("Kyiv and Washington reject the Kremlin's accusation", "REJECT",
              ["Ukraine", "United States", "Kremlin"], "2023-W18", "context", "occurred",
              "angeblichen Drohnenangriff"),
            E("Peskov calls von der Leyen's visit a provocation", "ACCUSE",
              ["Dmitry Peskov", "Ursula von der Leyen"], "2023-05-10", "published", "occurred", "Provokation"),
            E("Kuleba asks the EU to speed up ammunition deliveries", "REQUEST", ["Ukraine", "European Union"],
              "2023-05-10", "published", "occurred", "starken Signal"),
            E("Foreign Office advises excluding Russian and Belarusian diplomats from commemorations", "SANCTION",
              ["Germany", "Russia", "Belarus"], "2023-04", "text", "occurred", "Das Auswärtige Amt hatte",
              note="a recommendation to municipalities"),
        ],
        [
            S("Maria Zakharova", "Calls Kyiv's move a betrayal of the memory of the grandfathers", "2023-05-08TEV",
              "text", "Verrat am Andenken"),
            S("Ursula von der Leyen", "The Commission will present an eleventh sanctions package in the coming days",
              "2023-05-09", "context", "elftes Sanktionspaket"),
            S("Ursula von der Leyen", "Promises a recommendation on accession talks by the autumn if Kyiv meets the "
              "reform conditions", "2023-05-09", "context", "Zudem versprach sie"),
            S("Vladimir Putin", "A real war has again been unleashed against the fatherland; Western elites plunge "
              "the world into conflicts", "2023-05-09", "context", "globalistischen Eliten"),
            S("Olaf Scholz", "Putin must not get away with his imperialist war; Russian troops must withdraw",
              "2023-05-09", "context", "imperialistischen Krieg"),
            S("Olaf Scholz", "EU foreign policy should be decided by majority instead of unanimity", "2023-05-09",
              "context", "mit Mehrheit statt"),
            S("Ukraine", "Air force: all 15 cruise missiles were shot down", "2023-05-09", "context",
              "Marschflugkörpern"),
            S("Kremlin", "Ukraine and the US are responsible for an alleged drone attack on the Kremlin", "2023-W18",
              "text", "angeblichen Drohnenangriff"),
            S("Ukraine", "Rejects responsibility for the alleged drone attack on the Kremlin", "2023-W18", "context",
              "angeblichen Drohnenangriff"),
            S("United States", "Rejects responsibility for the alleged drone attack on the Kremlin", "2023-W18",
              "context", "angeblichen Drohnenangriff"),
            S("Dmitry Peskov", "Von der Leyen's visit is a provocation that changes nothing", "2023-05-10",
              "published", "Provokation"),
            S("Ukraine", "Kuleba: a strong signal; the EU should speed up the promised ammunition deliveries",
              "2023-05-10", "published", "starken Signal"),
            S("Germany", "Foreign Office recommends excluding Russian and Belarusian diplomats from commemorations",
              "2023-04", "text", "Das Auswärtige Amt hatte"),
        ],
        ["Vladimir Putin", "Kremlin", "Ursula von der Leyen", "European Union", "Volodymyr Zelensky", "Ukraine",
         "Maria Zakharova", "Russia", "Alexander Lukashenko", "Belarus", "Olaf Scholz", "Germany", "United States",
         "Dmitry Peskov"],
    ),
]

DOCS.append(
    doc(
        "b84de02_erster_jahrestag_leopard_bundesrat_2023_02", "2023-02-24", DE02,
        [
            T("Ein Jahr", "DURATION", "P1Y"),
            T("Freitagmorgen", "TIME", "2023-02-24TMO", 0),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2023-02-23"),
            T("2023", "DATE", "2023"),
            T("Nachmittag", "TIME", "2023-02-24TAF"),
            T("der Nacht auf Freitag", "TIME", "2023-02-23TNI",
              note="night of 23 to 24 February (vote on Thursday in New York)"),
            T("Freitag", "DATE", "2023-02-24", 1),
            T("Mittwoch", "DATE", "2023-02-22", 0),
            T("Freitagmorgen", "TIME", "2023-02-24TMO", 1),
            T("Mittwoch", "DATE", "2023-02-22", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Donnerstagabend", "TIME", "2023-02-23TEV"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Morawiecki received by Zelensky in Kyiv", "CONSULT", ["Poland", "Volodymyr Zelensky", "Ukraine"],
              "2023-02-24TMO", "text", "occurred", "von Präsident Wolodimir Selenski empfangen"),
            E("Poland hands over the first four Leopard 2 tanks", "AID", ["Poland", "Ukraine"], "2023-02-24TMO",
              "text", "occurred", "von Präsident Wolodimir Selenski empfangen"),
            E("More Polish tanks to follow", "AID", ["Poland", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "Weitere Panzer sollen"),
            E("Spanish prime minister Sánchez visits Kyiv", "CONSULT", ["Ukraine"], "2023-02-23", "text",
              "occurred", "Pedro Sánchez", note="Spain is not canonical"),
            E("Spain pledges six Leopard tanks", "AID", ["Ukraine"], "2023-02-23", "text", "occurred",
              "Pedro Sánchez"),
            E("G7 video conference with Zelensky", "CONSULT", ["Volodymyr Zelensky", "Joe Biden", "Olaf Scholz"],
              "2023-02-24TAF", "text", "planned", "per Video mit Selenski"),
            E("US announces sanctions on more than 200 Russian individuals and firms", "SANCTION",
              ["United States", "Russia"], "2023-02-24", "published", "occurred", "Washington kündigte"),
            E("US announces two billion dollars of military aid", "AID", ["United States", "Ukraine"], "2023-02-24",
              "published", "occurred", "Washington kündigte"),
            E("UN General Assembly demands the withdrawal of Russian troops", "REQUEST", ["United Nations", "Russia"],
              "2023-02-23TNI", "text", "occurred", "mit 141 Stimmen"),
            E("Russia and Belarus vote against the resolution", "REJECT", ["Russia", "Belarus"], "2023-02-23TNI",
              "context", "occurred", "mit 141 Stimmen"),
            E("Medvedev threatens that Russia could advance to Poland's borders", "THREATEN", ["Russia", "Poland"],
              "2023-02-24", "published", "occurred", "Medwedew drohte"),
            E("Putin receives Wang Yi in Moscow", "CONSULT", ["Vladimir Putin", "China"], "2023-02-22", "text",
              "occurred", "den chinesischen Spitzendiplomaten Wang Yi"),
            E("China's position paper calls for a ceasefire and negotiations", "REQUEST", ["China", "Russia", "Ukraine"],
              "2023-02-24TMO", "text", "occurred", "Positionspapier"),
            E("Swiss Federal Council refuses again to allow re-export of Swiss ammunition to Ukraine", "REJECT",
              ["Germany", "Ukraine"], "2023-02-22", "text", "occurred", "bekräftigte der Bundesrat",
              note="Switzerland is not canonical; the refused requester is Germany"),
            E("Germany asks to pass on Swiss-made Gepard ammunition to Kyiv", "REQUEST", ["Germany", "Ukraine"],
              "PAST_REF", "vague", "occurred", "Flugabwehrpanzer Gepard"),
        ],
        [
            S("Poland", "Morawiecki: more tanks will follow in the coming weeks", "2023-02-24TMO", "context",
              "Weitere Panzer sollen"),
            S("Volodymyr Zelensky", "A 'year of invincibility'; 2023 will be the year of victory", "2023-02-24",
              "published", "Jahr der Unbesiegbarkeit"),
            S("United States", "Announces new sanctions and two billion dollars of military aid", "2023-02-24",
              "published", "Washington kündigte"),
            S("Dmitry Peskov", "The goals of the 'special military operation' will be achieved", "2023-02-24", "text",
              "Spezialoperation"),
            S("Russia", "Medvedev: Russia will advance to Poland's borders if necessary", "2023-02-24", "published",
              "Medwedew drohte"),
            S("China", "Position paper calls for a ceasefire and negotiations", "2023-02-24TMO", "text",
              "Positionspapier"),
        ],
        ["Poland", "Volodymyr Zelensky", "Ukraine", "Russia", "Joe Biden", "Olaf Scholz", "United States",
         "Germany", "United Nations", "Belarus", "China", "Kremlin", "Dmitry Peskov", "Vladimir Putin"],
    )
)

DOCS.append(
    doc(
        "b84de03_seelow_botschafter_gedenken_2025_04", "2025-04-17", DE03,
        [
            T("Mittwoch", "DATE", "2025-04-16", 0),
            T("Vor 80 Jahren", "DATE", "1945"),
            T("Anfang April", "DATE", "2025-04", mod="START"),
            T("Freitag", "DATE", "2025-04-11"),
            T("4. Mai", "DATE", "2025-05-04"),
            T("9. Mai", "DATE", "2025-05-09", 0),
            T("7.", "DATE", "2025-05-07"),
            T("10. Mai", "DATE", "2025-05-10"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Mittwoch", "DATE", "2025-04-16", 1),
            T("Dienstag", "DATE", "2025-04-15"),
            T("9. Mai", "DATE", "2025-05-09", 1),
            T("Palmsonntag", "DATE", "2025-04-13"),
            T("selben Tag", "DATE", "2025-04-13"),
            T("Montag", "DATE", "2025-04-14"),
            T("8. Mai", "DATE", "2025-05-08"),
        ],
        [
            E("Russian ambassador accuses the German government of rewriting history", "ACCUSE", ["Russia", "Germany"],
              "2025-04-16", "context", "occurred", "die Geschichte umzuschreiben"),
            E("Foreign Office recommends keeping Russian and Belarusian representatives away from commemorations",
              "SANCTION", ["Germany", "Russia", "Belarus"], "2025-04", "text", "occurred", "Handreichung",
              date_mod="START"),
            E("Zakharova calls the German guidance a disgrace", "ACCUSE", ["Maria Zakharova", "Germany"], "2025-04-11",
              "text", "occurred", "Schande"),
            E("Zakharova: Moscow will not be told where to commemorate its dead", "REJECT",
              ["Maria Zakharova", "Germany"], "2025-04-11", "context", "occurred", "Schande"),
            E("Sachsenhausen memorial disinvites the Russian and Belarusian embassies", "SANCTION",
              ["Russia", "Belarus"], "2025-04-17", "published", "occurred", "Sachsenhausen hat",
              note="the memorial foundation is not canonical"),
            E("Kremlin invites about 20 heads of state and government to the parade", "REQUEST", ["Kremlin"],
              "2025-04-17", "published", "occurred", "rund 20 Staats- und Regierungschefs eingeladen"),
            E("Xi accepts the invitation", "AGREE", ["Xi Jinping", "Kremlin"], "2025-04-17", "published", "occurred",
              "Xi Jinping hat zugesagt"),
            E("Xi's state visit to Putin", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2025-05-07", "text", "planned",
              "Xi Jinping hat zugesagt", note="7 to 10 May 2025"),
            E("Zelensky warns foreign guests against standing on the Red Square tribune", "REQUEST",
              ["Volodymyr Zelensky"], "2025-04-15", "text", "occurred", "warnte am Dienstag ausländische Gäste"),
            E("Russian missile strike on central Sumy", "ASSAULT", ["Russia", "Ukraine"], "2025-04-13", "text",
              "occurred", "Innenstadt von Sumy"),
            E("Zelensky invites Trump to see the damage for himself", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-04-13", "context", "occurred", "Innenstadt von Sumy",
              note="dated by the attack the invitation followed"),
            E("Merz ready to deliver Taurus cruise missiles in agreement with European partners", "AID",
              ["Friedrich Merz", "Ukraine"], "2025-04-13", "text", "uncertain", "Taurus-Marschflugkörpern"),
            E("Zakharova warns that Taurus deliveries would make Germany a party to the war", "REQUEST",
              ["Maria Zakharova", "Germany"], "2025-04-14", "text", "occurred", "warnte Sacharowa am Montag"),
        ],
        [
            S("Russia", "Nechayev: a day to remember the liberators of Europe; Berlin rewrites history", "2025-04-16",
              "context", "die Geschichte umzuschreiben"),
            S("Germany", "Foreign Office guidance: do not invite Russian and Belarusian representatives", "2025-04",
              "text", "Handreichung"),
            S("Maria Zakharova", "The guidance is a disgrace; Moscow will not be told where to commemorate its dead",
              "2025-04-11", "text", "Schande"),
            S("Yuri Ushakov", "The Kremlin has invited about 20 heads of state and government", "2025-04-17",
              "published", "rund 20 Staats- und Regierungschefs eingeladen"),
            S("Dmitry Peskov", "A Putin–Trump meeting around the anniversary is not on the agenda", "2025-04-16",
              "text", "nicht auf der Tagesordnung"),
            S("Volodymyr Zelensky", "Warns foreign guests against standing on the tribune on 9 May", "2025-04-15",
              "text", "warnte am Dienstag ausländische Gäste"),
            S("Volodymyr Zelensky", "Whoever applauds there while Russian missiles hit Ukrainian cities becomes an "
              "accomplice", "2025-04-15", "context", "zum Komplizen"),
            S("Friedrich Merz", "Ready to deliver Taurus in agreement with the European partners", "2025-04-13", "text",
              "Taurus-Marschflugkörpern"),
            S("Maria Zakharova", "Taurus deliveries would make Germany a direct party to the war", "2025-04-14",
              "text", "warnte Sacharowa am Montag"),
        ],
        ["Russia", "Germany", "Belarus", "Maria Zakharova", "Yuri Ushakov", "Kremlin", "Xi Jinping", "China",
         "Vladimir Putin", "Donald Trump", "United States", "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine",
         "Friedrich Merz"],
    )
)

DOCS.append(
    doc(
        "b84de04_kreml_einladung_trump_parade_2026_04", "2026-04-22", DE04,
        [
            T("9. Mai", "DATE", "2026-05-09", 0),
            T("vergangene Woche", "DATE", "2026-W16"),
            T("Dienstag", "DATE", "2026-04-21"),
            T("Dienstagabend", "TIME", "2026-04-21TEV"),
            T("dreitägige", "DURATION", "P3D", 0),
            T("8. Mai", "DATE", "2026-05-08", 0),
            T("0 Uhr Moskauer Zeit", "TIME", "2026-05-08T00:00", note="Moscow time"),
            T("Ende des 10. Mai", "DATE", "2026-05-10", mod="END"),
            T("vergangenen Jahr", "DATE", "2025"),
            T("dreitägige", "DURATION", "P3D", 1),
            T("mindestens 30-tägigen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
            T("Montag", "DATE", "2026-04-20"),
            T("9. Mai", "DATE", "2026-05-09", 1),
            T("8. Mai", "DATE", "2026-05-08", 1),
            T("dem Tag der Befreiung", "DATE", "2026-05-08"),
            T("der Nacht zum Mittwoch", "TIME", "2026-04-21TNI", note="night of 21 to 22 April"),
            T("9. Mai", "DATE", "2026-05-09", 2),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Kremlin's invitation to Trump for the parade handed to Witkoff", "REQUEST", ["Kremlin", "Donald Trump"],
              "2026-W16", "text", "occurred", "Die Einladung sei dem Sondergesandten"),
            E("Witkoff's visit to Moscow", "CONSULT", ["Steve Witkoff", "Kremlin"], "2026-W16", "text", "occurred",
              "Die Einladung sei dem Sondergesandten"),
            E("Putin ready to meet Trump on the sidelines of the celebrations", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2026-04-21", "context", "occurred", "zu einem Treffen am Rande"),
            E("Trump's trip to Moscow for the parade undecided", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-05-09", "context", "uncertain", "noch nichts entschieden"),
            E("Putin announces a three-day truce from 8 to 10 May", "RETREAT", ["Vladimir Putin", "Ukraine"],
              "2026-05-08T00:00", "text", "planned", "Zugleich kündigte Putin"),
            E("Putin's three-day truce for the 80th anniversary last year", "RETREAT", ["Vladimir Putin", "Ukraine"],
              "2025", "text", "occurred", "Im vergangenen Jahr hatte Putin", note="8 to 10 May 2025"),
            E("Both sides accused each other of hundreds of violations of last year's truce", "ACCUSE",
              ["Russia", "Ukraine"], "2025", "context", "occurred", "Im vergangenen Jahr hatte Putin"),
            E("Kremlin calls on Ukraine to join the truce", "REQUEST", ["Kremlin", "Ukraine"], "2026-04-21", "context",
              "occurred", "sich anzuschließen"),
            E("Sybiha rejects the truce as theatre for the tribune", "REJECT", ["Andrii Sybiha", "Kremlin"],
              "2026-04-21", "context", "occurred", "Theater für die Ehrentribüne"),
            E("Kyiv ready for an immediate, monitored ceasefire of at least 30 days", "AGREE", ["Ukraine", "Russia"],
              "2026-04-21", "context", "occurred", "mindestens 30-tägigen"),
            E("Kallas warns leaders of candidate countries against travelling to Moscow", "REQUEST", ["Kaja Kallas"],
              "2026-04-20", "text", "occurred", "Kaja Kallas warnte am Montag"),
            E("Merz: a Trump trip to the parade would be the wrong signal", "REQUEST", ["Friedrich Merz", "Donald Trump"],
              "2026-04-22", "published", "occurred", "das falsche Signal"),
            E("Merz and Macron to visit Kyiv on 8 May", "CONSULT", ["Friedrich Merz", "Emmanuel Macron", "Ukraine"],
              "2026-05-08", "text", "planned", "dem Tag der Befreiung"),
            E("Peskov calls the European warnings blackmail", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2026-04-22", "published", "occurred", "Erpressung"),
            E("Lukashenko, China's vice-president and Fico accept the invitation", "AGREE",
              ["Alexander Lukashenko", "China", "Kremlin"], "2026-04-21", "context", "occurred", "Han Zheng"),
            E("Russian drone attack on the Odesa region", "ASSAULT", ["Russia", "Ukraine"], "2026-04-21TNI", "text",
              "occurred", "Region Odessa"),
        ],
        [
            S("Yuri Ushakov", "The invitation was handed to Witkoff in Moscow last week", "2026-04-21", "text",
              "Die Einladung sei dem Sondergesandten"),
            S("Vladimir Putin, via Yuri Ushakov", "Ready to meet Trump on the sidelines of the celebrations",
              "2026-04-21", "context", "zu einem Treffen am Rande"),
            S("Donald Trump", "Honoured but nothing decided; it depends on progress towards a ceasefire",
              "2026-04-21TEV", "text", "noch nichts entschieden"),
            S("Vladimir Putin", "Announces a three-day truce from 8 May to the end of 10 May", "2026-04-21", "context",
              "Zugleich kündigte Putin"),
            S("Kremlin", "Ukraine is called on to join the truce", "2026-04-21", "context", "sich anzuschließen"),
            S("Andrii Sybiha", "The truce is theatre for the tribune", "2026-04-21", "context",
              "Theater für die Ehrentribüne"),
            S("Andrii Sybiha", "Kyiv is ready for an immediate monitored ceasefire of at least 30 days, not a pause for "
              "a parade", "2026-04-21", "context", "mindestens 30-tägigen"),
            S("Kaja Kallas", "Whoever stands next to Putin on 9 May stands against Europe", "2026-04-20", "text",
              "Kaja Kallas warnte am Montag"),
            S("Friedrich Merz", "A US president's trip to the parade would be the wrong signal at the wrong time",
              "2026-04-22", "published", "das falsche Signal"),
            S("Dmitry Peskov", "The European warnings are blackmail of sovereign states", "2026-04-22", "published",
              "Erpressung"),
            S("Yuri Ushakov", "Lukashenko, Han Zheng and Fico have confirmed their attendance", "2026-04-21",
              "context", "Han Zheng"),
            S("Ukraine", "Authorities: two people injured in the drone attack on the Odesa region", "2026-04-22",
              "published", "Region Odessa"),
        ],
        ["Kremlin", "Donald Trump", "United States", "Steve Witkoff", "Yuri Ushakov", "Vladimir Putin", "Ukraine",
         "Russia", "Andrii Sybiha", "Kaja Kallas", "European Union", "Friedrich Merz", "Germany", "Emmanuel Macron",
         "France", "Dmitry Peskov", "Alexander Lukashenko", "Belarus", "China"],
    )
)

DOCS.append(
    doc(
        "b84de05_unabhaengigkeitstag_krim_kommando_2023_08", "2023-08-25", DE05,
        [
            T("Unabhängigkeitstag", "DATE", "2023-08-24", 0),
            T("der Nacht zum Donnerstag", "TIME", "2023-08-23TNI", note="night of 23 to 24 August"),
            T("Donnerstag", "DATE", "2023-08-24", 1),
            T("Donnerstagmorgen", "TIME", "2023-08-24TMO"),
            T("Unabhängigkeitstag", "DATE", "2023-08-24", 1),
            T("selben Tag", "DATE", "2023-08-24"),
            T("Mittwochabend", "TIME", "2023-08-23TEV", 0),
            T("Donnerstag", "DATE", "2023-08-24", 2),
            T("Mittwochabend", "TIME", "2023-08-23TEV", 1),
            T("Freitag", "DATE", "2023-08-25"),
            T("Donnerstag", "DATE", "2023-08-24", 3),
            T("Mittwoch", "DATE", "2023-08-23"),
            T("drei Wochen", "DURATION", "P3W", note="in three weeks: about mid-September 2023"),
            T("Donnerstagabend", "TIME", "2023-08-24TEV"),
        ],
        [
            E("Ukrainian special forces land on Crimea's Cape Tarkhankut and raise the flag", "ASSAULT",
              ["Ukraine", "Russia"], "2023-08-23TNI", "text", "occurred", "Kap Tarchankut"),
            E("Russia says it destroyed two Ukrainian speedboats off the coast", "ASSAULT", ["Russia", "Ukraine"],
              "2023-08-23TNI", "context", "occurred", "Schnellboote"),
            E("Russian missile strike on a village in the Dnipropetrovsk region", "ASSAULT", ["Russia", "Ukraine"],
              "2023-08-24TMO", "text", "occurred", "Region Dnipropetrowsk"),
            E("Biden, Scholz and King Charles congratulate Ukraine on Independence Day", "SUPPORT",
              ["Joe Biden", "Olaf Scholz", "United Kingdom", "Ukraine"], "2023-08-24", "text", "occurred",
              "Zum Unabhängigkeitstag gratulierten"),
            E("US announces a further 250 million dollar military package", "AID", ["United States", "Ukraine"],
              "2023-08-24", "text", "occurred", "250 Millionen Dollar"),
            E("Biden suggests Putin is behind Prigozhin's death", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
              "2023-08-23TEV", "text", "occurred", "nicht überrascht"),
            E("Peskov rejects the accusation that the Kremlin caused the crash", "REJECT", ["Dmitry Peskov"],
              "2023-08-25", "text", "occurred", "absolute Lüge"),
            E("UN Security Council session on Ukraine", "CONSULT", ["United Nations", "United States", "Russia"],
              "2023-08-24", "text", "occurred", "Im UN-Sicherheitsrat"),
            E("US ambassador accuses Russia of endangering food supplies with strikes on Danube ports", "ACCUSE",
              ["United States", "Russia"], "2023-08-24", "text", "occurred", "Im UN-Sicherheitsrat"),
            E("Nebenzia accuses the West of prolonging the war with arms deliveries", "ACCUSE", ["Russia"],
              "2023-08-24", "context", "occurred", "Nebensja entgegnete"),
            E("Zelensky receives Duda at the Crimea Platform summit in Kyiv", "CONSULT",
              ["Volodymyr Zelensky", "Poland"], "2023-08-23", "text", "occurred", "Krim-Plattform"),
        ],
        [
            S("Ukraine", "Military intelligence: special forces landed on Crimea, killed Russian soldiers and raised "
              "the flag", "2023-08-24", "context", "Kap Tarchankut"),
            S("Russia", "Defence ministry: two Ukrainian speedboats were destroyed off the coast", "2023-08-24",
              "context", "Schnellboote"),
            S("Ukraine", "Regional administration: two people killed in a Russian missile strike", "2023-08-24",
              "context", "Region Dnipropetrowsk"),
            S("Volodymyr Zelensky", "Crimea will return; 'we will bring our flag back to every city'", "2023-08-24",
              "text", "Sophienplatz"),
            S("United States", "Announces a further 250 million dollar military package", "2023-08-24", "text",
              "250 Millionen Dollar"),
            S("Vladimir Putin", "Condolences; Prigozhin was a talented man who made grave mistakes", "2023-08-24",
              "text", "Beileid"),
            S("Joe Biden", "Not surprised; little happens in Russia that Putin is not behind", "2023-08-23TEV", "text",
              "nicht überrascht"),
            S("Dmitry Peskov", "The accusation that the Kremlin caused the crash is an absolute lie", "2023-08-25",
              "text", "absolute Lüge"),
            S("United States", "Thomas-Greenfield: Russia's strikes on the Danube ports endanger food for millions",
              "2023-08-24", "text", "Im UN-Sicherheitsrat"),
            S("Russia", "Nebenzia: the West prolongs the war with ever new arms deliveries", "2023-08-24", "context",
              "Nebensja entgegnete"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Joe Biden", "United States", "Olaf Scholz", "Germany",
         "United Kingdom", "Kremlin", "Vladimir Putin", "Dmitry Peskov", "United Nations", "Poland"],
    )
)

DOCS.append(
    doc(
        "b84de06_vierter_jahrestag_plaene_kiew_2026_02", "2026-02-16", DE06,
        [
            T("Vier Jahre", "DURATION", "P4Y"),
            T("24. Februar", "DATE", "2026-02-24", 0),
            T("vergangene Woche", "DATE", "2026-W07"),
            T("Sonntag", "DATE", "2026-02-15"),
            T("Freitag", "DATE", "2026-02-20"),
            T("Sonntagabend", "TIME", "2026-02-15TEV"),
            T("Montag", "DATE", "2026-02-16", 0),
            T("24. Februar", "DATE", "2026-02-24", 1),
            T("Vor einem Jahr", "DATE", "2025"),
            T("Samstag", "DATE", "2026-02-14", 0),
            T("der Nacht zum Montag", "TIME", "2026-02-15TNI", note="night of 15 to 16 February"),
            T("Samstag", "DATE", "2026-02-21", 1),
            T("Dienstag", "DATE", "2026-02-24"),
            T("24. Februar", "DATE", "2026-02-24", 2),
        ],
        [
            E("Von der Leyen and Costa to travel to Kyiv on 24 February", "CONSULT",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2026-02-24", "text", "planned",
              "Ratspräsident António Costa"),
            E("Kyiv invites about 30 heads of state and government to a supporters' meeting", "REQUEST",
              ["Volodymyr Zelensky", "Ukraine"], "2026-W07", "text", "occurred", "rund 30 Staats- und Regierungschefs"),
            E("Meeting of Ukraine's main supporters in Kyiv on the anniversary", "CONSULT",
              ["Volodymyr Zelensky", "Ukraine"], "2026-02-24", "context", "planned",
              "rund 30 Staats- und Regierungschefs"),
            E("Merz accepts the invitation", "AGREE", ["Friedrich Merz", "Volodymyr Zelensky"], "2026-02-16",
              "published", "occurred", "seine Teilnahme zugesagt"),
            E("Starmer to join the Kyiv meeting by video", "CONSULT", ["Keir Starmer", "Ukraine"], "2026-02-24",
              "context", "planned", "per Video zuschalten"),
            E("EU's 20th sanctions package to be ready by the anniversary", "SANCTION", ["European Union", "Russia"],
              "2026-02-24", "context", "planned", "20. Sanktionspaket", note="by the anniversary"),
            E("Orbán threatens a veto", "THREATEN", ["Viktor Orbán", "European Union"], "2026-02-15", "text",
              "occurred", "drohte am Sonntag"),
            E("Orbán demands that Ukraine guarantee oil transit through Druzhba", "REQUEST", ["Viktor Orbán", "Ukraine"],
              "2026-02-15", "context", "occurred", "drohte am Sonntag"),
            E("Trump threatens tariffs on Russian oil if there is no framework agreement by the anniversary",
              "THREATEN", ["Donald Trump", "Russia"], "2026-02-15TEV", "text", "occurred", "Zölle auf russisches Öl",
              note="deadline: 24 February 2026"),
            E("Trump expects a framework agreement between Moscow and Kyiv by the anniversary", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2026-02-15TEV", "context", "occurred", "Zölle auf russisches Öl"),
            E("Peskov: Russia does not align its position with symbolic dates", "REJECT",
              ["Dmitry Peskov", "Donald Trump"], "2026-02-16", "text", "occurred", "symbolischen Daten"),
            E("UN General Assembly to vote on a resolution demanding a just and lasting peace", "REQUEST",
              ["United Nations"], "2026-02-24", "text", "planned", "Entwurf abstimmen"),
            E("Ukraine submits the draft resolution", "REQUEST", ["Ukraine", "United Nations"], "2026-02-16",
              "published", "occurred", "Entwurf abstimmen"),
            E("US and Russia voted against the European-Ukrainian resolution a year ago", "REJECT",
              ["United States", "Russia", "European Union", "Ukraine"], "2025", "text", "occurred",
              "Vor einem Jahr hatten die USA"),
            E("Zelensky meets Rubio at the Munich Security Conference", "CONSULT", ["Volodymyr Zelensky", "Marco Rubio"],
              "2026-02-14", "text", "occurred", "US-Außenminister Marco Rubio getroffen"),
            E("Zelensky demands security guarantees before territorial questions", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-02-14", "context", "occurred", "Sicherheitsgarantien"),
            E("Russian glide-bomb and drone attack on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2026-02-15TNI", "text",
              "occurred", "Gleitbomben"),
        ],
        [
            S("Viktor Orbán", "Threatens a veto as long as Ukraine does not guarantee oil transit through Druzhba",
              "2026-02-15", "text", "drohte am Sonntag"),
            S("Kaja Kallas", "Expects the member states to agree by Friday", "2026-02-16", "published",
              "bis Freitag einigen"),
            S("Donald Trump", "Expects a framework agreement by the anniversary, otherwise tariffs on Russian oil",
              "2026-02-15TEV", "text", "Zölle auf russisches Öl"),
            S("Dmitry Peskov", "Russia does not align its negotiating position with symbolic dates", "2026-02-16",
              "text", "symbolischen Daten"),
            S("Volodymyr Zelensky", "Security guarantees must come before talks on territory", "2026-02-14", "context",
              "Sicherheitsgarantien"),
            S("Ukraine", "Kharkiv's mayor: nine people injured", "2026-02-16", "published", "Gleitbomben"),
        ],
        ["Russia", "Ursula von der Leyen", "European Union", "Ukraine", "Volodymyr Zelensky", "Friedrich Merz",
         "Germany", "Keir Starmer", "United Kingdom", "Viktor Orbán", "Kaja Kallas", "Donald Trump", "United States",
         "Dmitry Peskov", "Kremlin", "United Nations", "Marco Rubio"],
    )
)
