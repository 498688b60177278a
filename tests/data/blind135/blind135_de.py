"""German articles of the blind135 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b135de01 (Nordwest-Zeitung)
DE01 = """
Kilometerlange Schlangen am Oberen Lars: Russen fliehen vor der Einberufung nach Georgien

Tiflis/Oldenburg. Eine Woche nach der Verkündung der Teilmobilmachung in Russland reißt der Andrang am einzigen offenen Landübergang nach Georgien nicht ab.
Am Grenzposten Oberer Lars im Kaukasus stauten sich Autos, Kleinbusse und Fußgänger am Dienstag nach Angaben georgischer Behörden auf mehr als 20 Kilometern.
Das Innenministerium in Tiflis zählte seit dem 21. September mehr als 53.000 Einreisen russischer Staatsbürger, zuletzt rund 10.000 pro Tag.
Manche Wartende harrten fast zwei Tage in ihren Autos aus, Freiwillige verteilten Wasser und Brot.

Auf russischer Seite richteten die Behörden der Teilrepublik Nordossetien am Dienstagabend direkt am Übergang ein mobiles Einberufungsbüro ein.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, über eine Schließung der Grenzen sei „keine Entscheidung getroffen“ worden.
Zugleich warf er den USA und der EU vor, die Lage an der Grenze für eine „Informationskampagne“ gegen Russland zu missbrauchen.
Präsident Wladimir Putin hatte die Einberufung von 300.000 Reservisten am 21. September verkündet.

Georgiens Regierungschef Irakli Garibaschwili wies am Montag Forderungen der Opposition zurück, die Grenze zu schließen oder eine Visumpflicht für Russen einzuführen.
Russische Staatsbürger dürfen seit 2012 ohne Visum einreisen und bis zu ein Jahr im Land bleiben.
Diplomatische Beziehungen zu Moskau unterhält Tiflis seit dem Krieg von 2008 nicht mehr; rund ein Fünftel des georgischen Staatsgebiets halten russische Truppen besetzt.
Direktflüge zwischen beiden Ländern gibt es seit 2019 nicht, seit Moskau sie nach Protesten in Tiflis untersagt hat.

Der ukrainische Präsident Wolodymyr Selenskyj rief die Russen am Dienstagabend in einer Videoansprache auf, sich der Einberufung zu verweigern.
Bundesinnenministerin Nancy Faeser hatte vergangene Woche erklärt, Deutschland sei bereit, russische Deserteure aufzunehmen.
Die EU hatte Anfang September das Abkommen über Visaerleichterungen mit Russland ausgesetzt.
Über eine gemeinsame Linie im Umgang mit Kriegsdienstverweigerern beraten die EU-Botschafter am Freitag in Brüssel.

Über den Oberen Lars läuft auch ein Großteil des Lastwagenverkehrs zwischen Russland und Armenien.
Spediteure berichten, dass Lkw mit westlichen Waren für den russischen Markt derzeit tagelang festsitzen.
Georgien hat sich den Sanktionen gegen Russland nicht angeschlossen, sagt aber zu, deren Umgehung über sein Territorium nicht zuzulassen.

In Oldenburg hat sich unterdessen eine Initiative gegründet, die geflüchteten Russen bei Behördengängen hilft; nach eigenen Angaben meldeten sich seit vergangenem Donnerstag mehr als 40 Menschen.
"""

# ---------------------------------------------------------------- b135de02 (Schweriner Volkszeitung)
DE02 = """
Nach Massenprotesten: Georgiens Regierungspartei lässt das Agentengesetz fallen

Tiflis. Nach zwei Tagen heftiger Proteste hat das georgische Parlament das umstrittene Gesetz über „ausländische Agenten“ am Freitag endgültig zu Fall gebracht.
In zweiter Lesung stimmte am Vormittag nur ein Abgeordneter dafür, 35 votierten dagegen.
Die Regierungspartei Georgischer Traum hatte am Donnerstagmorgen angekündigt, den Entwurf „bedingungslos“ zurückzuziehen, um „Spannungen in der Gesellschaft abzubauen“.

Der Entwurf sah vor, dass sich Organisationen und Medien, die mehr als 20 Prozent ihrer Mittel aus dem Ausland beziehen, als „Agenten ausländischen Einflusses“ registrieren lassen müssen.
Kritiker sahen darin eine Kopie des russischen Agentengesetzes von 2012, mit dem der Kreml seit Jahren Opposition und unabhängige Medien gängelt.
Nachdem das Parlament den Text am Dienstag in erster Lesung gebilligt hatte, zogen Zehntausende vor das Parlamentsgebäude an der Rustaweli-Allee.
Die Polizei setzte Wasserwerfer und Tränengas ein, mehr als 130 Menschen wurden festgenommen.
Präsidentin Salome Surabischwili, die aus New York eine Videobotschaft an die Demonstranten richtete, sprach am Freitag von einem „Sieg der Gesellschaft“.

Der EU-Außenbeauftragte Josep Borrell begrüßte die Rücknahme am Donnerstag und rief die Führung in Tiflis auf, die Reformen für den Kandidatenstatus entschlossen fortzusetzen.
Bereits am Dienstagabend hatte Borrell erklärt, das Gesetz sei mit den Werten der EU „unvereinbar“ und gefährde Georgiens Weg nach Europa.
Im Juni 2022 hatte Brüssel Georgien den Kandidatenstatus verweigert, anders als der Ukraine und der Republik Moldau, und zwölf Reformprioritäten genannt.

Das US-Außenministerium sprach am Donnerstag von einem „guten Tag für die georgische Demokratie“.
Der ukrainische Präsident Wolodymyr Selenskyj hatte den Demonstranten schon am Mittwochabend in seiner Videoansprache gedankt: Es gebe „keinen Ukrainer, der Georgien keinen Erfolg wünscht“.

Der Kreml wies jede Verbindung zu dem Gesetz zurück.
Russland habe mit dem Entwurf „nichts zu tun“, beobachte die Unruhen im Nachbarland aber „mit großer Sorge“, sagte Kremlsprecher Dmitri Peskow am Donnerstag.
Außenminister Sergej Lawrow warf den USA und der EU am Freitag vor, in Georgien eine „Farbrevolution“ anzuzetteln, und verglich die Proteste mit dem Maidan in Kiew 2014.

Die Opposition kündigte für Samstag eine weitere Kundgebung an; sie will die Freilassung aller Festgenommenen erzwingen.
Über Georgiens Kandidatenstatus wollen die EU-Staats- und Regierungschefs Ende des Jahres erneut beraten.
"""

# ---------------------------------------------------------------- b135de03 (Mittelbayerische Zeitung)
DE03 = """
EU macht Georgien zum Beitrittskandidaten – Jubel auf der Rustaweli-Allee

Brüssel/Tiflis. Die Europäische Union hat Georgien den Status eines Beitrittskandidaten zuerkannt.
Die Staats- und Regierungschefs der 27 Mitgliedstaaten fassten den Beschluss am Donnerstagabend bei ihrem Gipfel in Brüssel, zusammen mit der Entscheidung, Beitrittsverhandlungen mit der Ukraine und der Republik Moldau aufzunehmen.
EU-Ratspräsident Charles Michel sprach von einem „starken Signal“ an die Menschen in Georgien.

Der Status ist allerdings an Bedingungen geknüpft.
Tiflis muss die neun Schritte umsetzen, die die EU-Kommission Anfang November empfohlen hatte, darunter den Kampf gegen Desinformation, eine unabhängige Justiz und die Abkehr vom Einfluss der Oligarchen.
Außerdem erwartet Brüssel, dass Georgien sich stärker der Außenpolitik der Union anschließt, auch bei den Sanktionen gegen Russland.

In Tiflis feierten in der Nacht zum Freitag Tausende Menschen mit EU-Fahnen auf der Rustaweli-Allee.
Ministerpräsident Irakli Garibaschwili dankte am Freitag „unseren europäischen Freunden“ und kündigte an, Georgien werde bis 2030 Mitglied der Union sein.
Präsidentin Salome Surabischwili, die mit der Regierung seit Monaten im Streit liegt, sprach von einem Erfolg der Bürger, nicht der Regierung.

Bundeskanzler Olaf Scholz nannte die Beschlüsse nach Ende der Beratungen am Donnerstag „ein starkes Zeichen“, mahnte Tiflis aber, die Justizreform ernst zu nehmen.
Der ukrainische Präsident Wolodymyr Selenskyj gratulierte am Freitag auch Georgien und der Republik Moldau: Europa werde „mit jedem freien Land stärker“.

Im Kreml gab man sich gelassen.
Es sei das souveräne Recht Georgiens, über seine Bündnisse zu entscheiden, sagte Sprecher Dmitri Peskow am Freitag, warnte aber vor einer Annäherung an die Nato.
Den Beschluss zur Ukraine nannte Peskow „rein politisch“; er werde die EU auf Dauer „destabilisieren“.

Kritiker in Brüssel verweisen darauf, dass Georgien seit Mai wieder Direktflüge nach Moskau zulässt, nachdem Kremlchef Wladimir Putin das Flugverbot von 2019 aufgehoben hatte.
Die Kommission will im Herbst 2024 bewerten, wie weit Tiflis gekommen ist; Ende Oktober 2024 wählt Georgien ein neues Parlament.
"""

# ---------------------------------------------------------------- b135de04 (Schwäbische Zeitung, interview summary)
DE04 = """
EU-Botschafter Herczyński: „Georgiens Beitrittsprozess ist faktisch gestoppt“

Tiflis/Ravensburg. Der Botschafter der Europäischen Union in Georgien, Paweł Herczyński, sieht den Weg des Landes in die EU bis auf Weiteres blockiert.
„Der Beitrittsprozess ist faktisch zum Stillstand gekommen“, sagte der Diplomat am Dienstag im Gespräch mit der „Schwäbischen Zeitung“ in Tiflis.
Grund sei das Gesetz über „Transparenz ausländischen Einflusses“, das das Parlament Ende Mai gegen das Veto der Präsidentin durchgesetzt hatte.

Die Staats- und Regierungschefs der EU hatten bei ihrem Gipfel Ende Juni festgestellt, das Gesetz führe de facto zu einem Stopp des Beitrittsprozesses.
Herczyński bestätigte zudem, dass die EU 30 Millionen Euro aus der Europäischen Friedensfazilität, die für dieses Jahr für die georgischen Streitkräfte vorgesehen waren, bereits vergangene Woche eingefroren hat.
In den kommenden Wochen würden auch die Kontakte auf hoher politischer Ebene zurückgefahren.

„Es bricht mir das Herz, aber die Entscheidung liegt in Tiflis, nicht in Brüssel“, sagte Herczyński.
Er forderte die Regierung auf, das Gesetz zurückzunehmen und vor der Parlamentswahl am 26. Oktober ihre „antieuropäische Rhetorik“ zu beenden.
Auf die Frage, ob die Visafreiheit für Georgier in Gefahr sei, antwortete er, darüber werde derzeit nicht gesprochen.
Seit März 2017 dürfen Georgier ohne Visum in den Schengenraum reisen, im Dezember erhielt das Land den Kandidatenstatus.

Ministerpräsident Irakli Kobachidse wies die Äußerungen noch am Dienstagabend als „Erpressung“ zurück.
Georgien werde trotzdem bis 2030 Mitglied der EU, sagte er.

Auch Washington geht auf Distanz.
US-Außenminister Antony Blinken hatte Ende Mai Einreisesperren gegen Verantwortliche für das Gesetz angekündigt und eine Überprüfung der gesamten Zusammenarbeit mit Tiflis eingeleitet.

In Moskau verfolgt man den Streit mit Genugtuung.
Außenamtssprecherin Maria Sacharowa warf der EU am Donnerstag vor, Georgien mit „neokolonialen Methoden“ zu erpressen.
Für Herczyński ist die Lage dennoch nicht hoffnungslos: Die Georgier seien „zutiefst proeuropäisch“, daran ändere auch die Regierung nichts.
"""

# ---------------------------------------------------------------- b135de05 (Westdeutsche Zeitung, live ticker)
DE05 = """
Georgien stoppt den EU-Kurs: Proteste in Tiflis, Kritik aus Brüssel – der Ticker zum Nachlesen

18.40 Uhr: Der scheidende EU-Außenbeauftragte Josep Borrell hat die Entscheidung der georgischen Regierung als „Abkehr vom Willen der eigenen Bevölkerung“ kritisiert.
Die Tür der EU bleibe für die Georgier aber offen, sagte Borrell, dessen Amtszeit am Samstag endet.
Seine Nachfolgerin Kaja Kallas, die am Sonntag übernimmt, kündigte an, Georgien werde Thema beim Treffen der EU-Außenminister Mitte Dezember sein.

17.15 Uhr: Kremlsprecher Dmitri Peskow hat Vorwürfe zurückgewiesen, Moskau stecke hinter der Kehrtwende in Tiflis.
Es sei vielmehr die EU, die versuche, in Georgien einen „Maidan“ zu organisieren, sagte Peskow.

15.30 Uhr: Das ukrainische Außenministerium hat der georgischen Führung vorgeworfen, die europäischen Hoffnungen ihrer Bürger „zugunsten Moskaus“ zu verraten.

14.05 Uhr: Das Auswärtige Amt in Berlin hat die Gewalt gegen Demonstranten in Tiflis verurteilt und die sofortige Freilassung der Festgenommenen gefordert.

12.20 Uhr: Aus Protest gegen den Kurswechsel sind mehrere georgische Botschafter zurückgetreten, darunter die Botschafterin in Bulgarien und der Botschafter in den Niederlanden.

10.45 Uhr: Das US-Außenministerium hat die Entscheidung scharf kritisiert: Sprecher Matthew Miller nannte sie am Donnerstagabend (Ortszeit) einen Bruch mit der georgischen Verfassung, in der das Ziel der EU-Mitgliedschaft verankert ist.

8.30 Uhr: In Tiflis sind in der Nacht zum Freitag Tausende Menschen gegen die Entscheidung auf die Straße gegangen.
Die Polizei setzte Wasserwerfer und Pfefferspray ein, das Innenministerium meldete 43 Festnahmen.
Präsidentin Salome Surabischwili warf der Regierung vor, „dem eigenen Volk den Krieg erklärt“ zu haben.

7.00 Uhr: Georgiens Ministerpräsident Irakli Kobachidse hatte am Donnerstagabend angekündigt, die Regierung werde Beitrittsverhandlungen mit der EU bis Ende 2028 nicht auf die Tagesordnung setzen und bis dahin auch keine Haushaltszuschüsse aus Brüssel annehmen.
Er reagierte damit auf eine Entschließung des Europäischen Parlaments vom selben Tag, das die Wahl vom 26. Oktober nicht anerkennt und eine Wiederholung binnen eines Jahres sowie Sanktionen gegen Parteigründer Bidsina Iwanischwili verlangt.
Kandidat ist Georgien seit Dezember 2023; faktisch liegt der Beitrittsprozess wegen des Agentengesetzes aber bereits seit Juni auf Eis.
"""

# ---------------------------------------------------------------- b135de06 (Rhein-Zeitung)
DE06 = """
Berlin holt Botschafter aus Tiflis zurück – Wadephul spricht von „unerträglichen“ Angriffen

Berlin/Tiflis. Die Bundesregierung hat ihren Botschafter in Georgien, Peter Fischer, zu Konsultationen nach Berlin zurückgerufen.
Das Auswärtige Amt teilte am Dienstag mit, der Schritt sei eine Reaktion auf die wiederholten Angriffe georgischer Regierungspolitiker auf den Diplomaten.
Außenminister Johann Wadephul sprach am Dienstagabend von „unerträglichen“ und „völlig haltlosen“ Vorwürfen gegen Fischer.

Ministerpräsident Irakli Kobachidse hatte Fischer am Montag vorgeworfen, gemeinsam mit anderen westlichen Diplomaten die Opposition bei ihrem „Umsturzversuch“ zu unterstützen.
Fischer, der den Posten seit 2023 innehat, steht seit Monaten im Visier regierungsnaher Medien.
Anlass der jüngsten Eskalation waren die Kommunalwahlen am Samstag, nach denen Demonstranten in Tiflis versucht hatten, den Präsidentenpalast zu stürmen.
Kobachidse machte am Sonntag „ausländische Geheimdienste“ und den EU-Botschafter Paweł Herczyński für die Unruhen mitverantwortlich; fünf Oppositionspolitiker wurden festgenommen.

EU-Außenbeauftragte Kaja Kallas wies die Vorwürfe am Montag als „absurd“ zurück.
Sie rief die Regierung in Tiflis auf, die Festgenommenen freizulassen, und drohte mit weiteren Schritten, sollte die Repression anhalten.
Seit Januar hat die EU bereits die Visafreiheit für georgische Diplomatenpässe ausgesetzt; Sanktionen gegen Regierungsmitglieder scheitern bislang am Veto Ungarns und der Slowakei.
Deutschland hatte deshalb im Frühjahr gemeinsam mit mehreren anderen Mitgliedstaaten nationale Einreiseverbote gegen georgische Verantwortliche verhängt.

In Moskau sprach Außenamtssprecherin Maria Sacharowa am Mittwoch von einem „hysterischen“ Schritt Berlins.
Deutschland mische sich seit Jahren in die inneren Angelegenheiten Georgiens ein, sagte sie.

Die Beziehungen zwischen Berlin und Tiflis waren lange eng: Deutschland gehörte 1992 zu den ersten Staaten, die Georgiens Unabhängigkeit anerkannten.
Wann Fischer zurückkehrt, ist offen; das Auswärtige Amt will die Beziehungen zu Georgien „grundsätzlich überprüfen“.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


TICKER = "live-ticker time (CET)"

DOCS = [
    doc(
        "b135de01_oberer_lars_mobilmachung_2022_09", "2022-09-28", DE01,
        [
            T("Dienstag", "DATE", "2022-09-27"),
            T("21. September", "DATE", "2022-09-21", 0),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Tag", "SET", "P1D"),
            T("fast zwei Tage", "DURATION", "P2D", mod="APPROX"),
            T("Dienstagabend", "TIME", "2022-09-27TEV", 0),
            T("Mittwoch", "DATE", "2022-09-28"),
            T("21. September", "DATE", "2022-09-21", 1),
            T("Montag", "DATE", "2022-09-26"),
            T("2012", "DATE", "2012"),
            T("ein Jahr", "DURATION", "P1Y"),
            T("2008", "DATE", "2008"),
            T("2019", "DATE", "2019"),
            T("Dienstagabend", "TIME", "2022-09-27TEV", 1),
            T("vergangene Woche", "DATE", "2022-W38"),
            T("Anfang September", "DATE", "2022-09", mod="START"),
            T("Freitag", "DATE", "2022-09-30"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("tagelang", "DURATION", "PXD"),
            T("vergangenem Donnerstag", "DATE", "2022-09-22"),
        ],
        [
            E("North Ossetian authorities set up a mobile draft office at the Upper Lars crossing", "MOBILIZE",
              ["Russia"], "2022-09-27TEV", "text", "occurred", "mobiles Einberufungsbüro"),
            E("Peskov accuses the US and the EU of exploiting the border situation for an information campaign",
              "ACCUSE", ["Dmitry Peskov", "United States", "European Union"], "2022-09-28", "context", "occurred",
              "Informationskampagne"),
            E("Putin announced the call-up of 300,000 reservists", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2022-09-21", "text", "occurred", "Einberufung von 300.000 Reservisten"),
            E("Georgia has had no diplomatic relations with Russia since the 2008 war", "SANCTION", ["Russia"],
              "2008", "text", "occurred", "Diplomatische Beziehungen zu Moskau", date_mod="START"),
            E("Russian troops occupy about a fifth of Georgia's territory", "ASSAULT", ["Russia"], "2008", "context",
              "occurred", "Diplomatische Beziehungen zu Moskau", date_mod="START"),
            E("Moscow banned direct flights between Russia and Georgia", "SANCTION", ["Russia"], "2019", "text",
              "occurred", "Direktflüge zwischen beiden Ländern", date_mod="START", note="ban from 8 July 2019"),
            E("Zelensky urges Russians to refuse the call-up", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-09-27TEV", "text", "occurred", "rief die Russen am Dienstagabend"),
            E("Faeser: Germany is ready to take in Russian deserters", "AGREE", ["Germany"], "2022-W38", "text",
              "occurred", "Nancy Faeser"),
            E("EU suspended the visa facilitation agreement with Russia", "SANCTION", ["European Union", "Russia"],
              "2022-09", "text", "occurred", "Visaerleichterungen", date_mod="START",
              note="suspension in force from 12 September 2022"),
            E("EU ambassadors to discuss a common line on Russian conscientious objectors", "CONSULT",
              ["European Union"], "2022-09-30", "text", "planned", "Kriegsdienstverweigerern"),
        ],
        [
            S("Dmitry Peskov", "No decision has been taken on closing the borders", "2022-09-28", "text",
              "keine Entscheidung getroffen"),
            S("Dmitry Peskov", "The US and the EU exploit the border situation for an information campaign against "
              "Russia", "2022-09-28", "context", "Informationskampagne"),
            S("Volodymyr Zelensky", "Russians should refuse the call-up", "2022-09-27TEV", "text",
              "rief die Russen am Dienstagabend"),
            S("Germany", "Faeser: Germany is ready to take in Russian deserters", "2022-W38", "text",
              "Nancy Faeser"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "United States", "European Union", "Vladimir Putin", "Ukraine",
         "Volodymyr Zelensky", "Germany"],
    ),
    doc(
        "b135de02_agentengesetz_zurueckgezogen_2023_03", "2023-03-10", DE02,
        [
            T("zwei Tagen", "DURATION", "P2D"),
            T("Freitag", "DATE", "2023-03-10", 0),
            T("Vormittag", "TIME", "2023-03-10TMO"),
            T("Donnerstagmorgen", "TIME", "2023-03-09TMO"),
            T("2012", "DATE", "2012"),
            T("Jahren", "DURATION", "PXY"),
            T("Dienstag", "DATE", "2023-03-07"),
            T("Freitag", "DATE", "2023-03-10", 1),
            T("Donnerstag", "DATE", "2023-03-09", 0),
            T("Dienstagabend", "TIME", "2023-03-07TEV"),
            T("Juni 2022", "DATE", "2022-06"),
            T("Donnerstag", "DATE", "2023-03-09", 1),
            T("Mittwochabend", "TIME", "2023-03-08TEV"),
            T("Donnerstag", "DATE", "2023-03-09", 2),
            T("Freitag", "DATE", "2023-03-10", 2),
            T("2014", "DATE", "2014"),
            T("Samstag", "DATE", "2023-03-11"),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
        ],
        [
            E("Borrell welcomes the withdrawal of the bill", "SUPPORT", ["European Union"], "2023-03-09", "text",
              "occurred", "begrüßte die Rücknahme"),
            E("Borrell urges Tbilisi to continue the reforms for candidate status", "REQUEST", ["European Union"],
              "2023-03-09", "text", "occurred", "begrüßte die Rücknahme"),
            E("Borrell: the law is incompatible with EU values and endangers Georgia's European path", "ACCUSE",
              ["European Union"], "2023-03-07TEV", "text", "occurred", "Bereits am Dienstagabend hatte Borrell"),
            E("EU refused Georgia candidate status", "REJECT", ["European Union"], "2022-06", "text", "occurred",
              "Im Juni 2022 hatte Brüssel"),
            E("EU granted Ukraine candidate status", "AGREE", ["European Union", "Ukraine"], "2022-06", "text",
              "occurred", "Im Juni 2022 hatte Brüssel"),
            E("EU set Georgia twelve reform priorities", "REQUEST", ["European Union"], "2022-06", "text",
              "occurred", "Im Juni 2022 hatte Brüssel"),
            E("US State Department welcomes the outcome as a good day for Georgian democracy", "SUPPORT",
              ["United States"], "2023-03-09", "text", "occurred", "guten Tag für die georgische Demokratie"),
            E("Zelensky thanks the Georgian protesters", "SUPPORT", ["Volodymyr Zelensky"], "2023-03-08TEV", "text",
              "occurred", "Mittwochabend in seiner Videoansprache"),
            E("Lavrov accuses the US and the EU of fomenting a colour revolution in Georgia", "ACCUSE",
              ["Sergey Lavrov", "United States", "European Union"], "2023-03-10", "text", "occurred",
              "Farbrevolution"),
            E("EU leaders to discuss Georgia's candidate status again at the end of the year", "CONSULT",
              ["European Union"], "2023", "text", "planned", "erneut beraten", date_mod="END"),
        ],
        [
            S("European Union", "Borrell welcomes the withdrawal and urges Tbilisi to continue the reforms",
              "2023-03-09", "text", "begrüßte die Rücknahme"),
            S("European Union", "Borrell: the law is incompatible with EU values and endangers Georgia's path to "
              "Europe", "2023-03-07TEV", "text", "Bereits am Dienstagabend hatte Borrell"),
            S("United States", "A good day for Georgian democracy", "2023-03-09", "text",
              "guten Tag für die georgische Demokratie"),
            S("Volodymyr Zelensky", "There is no Ukrainian who does not wish Georgia success", "2023-03-08TEV",
              "text", "Mittwochabend in seiner Videoansprache"),
            S("Kremlin", "Rejects any link to the bill", "2023-03-09", "context",
              "Der Kreml wies jede Verbindung"),
            S("Dmitry Peskov", "Russia has nothing to do with the bill but watches the unrest with great concern",
              "2023-03-09", "text", "nichts zu tun"),
            S("Sergey Lavrov", "The US and the EU are fomenting a colour revolution; the protests resemble the Maidan",
              "2023-03-10", "text", "Farbrevolution"),
        ],
        ["Russia", "Kremlin", "European Union", "Ukraine", "United States", "Volodymyr Zelensky", "Dmitry Peskov",
         "Sergey Lavrov"],
    ),
    doc(
        "b135de03_kandidatenstatus_georgien_2023_12", "2023-12-15", DE03,
        [
            T("Donnerstagabend", "TIME", "2023-12-14TEV"),
            T("Anfang November", "DATE", "2023-11", mod="START"),
            T("der Nacht zum Freitag", "TIME", "2023-12-14TNI", note="night of 14 to 15 December"),
            T("Freitag", "DATE", "2023-12-15", 1),
            T("2030", "DATE", "2030"),
            T("Monaten", "DURATION", "PXM"),
            T("Donnerstag", "DATE", "2023-12-14"),
            T("Freitag", "DATE", "2023-12-15", 2),
            T("Freitag", "DATE", "2023-12-15", 3),
            T("Mai", "DATE", "2023-05"),
            T("2019", "DATE", "2019"),
            T("Herbst 2024", "DATE", "2024-FA"),
            T("Ende Oktober 2024", "DATE", "2024-10", mod="END"),
        ],
        [
            E("EU grants Georgia candidate status", "AGREE", ["European Union"], "2023-12-14TEV", "context",
              "occurred", "den Status eines Beitrittskandidaten zuerkannt"),
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2023-12-14TEV", "text", "occurred",
              "fassten den Beschluss am Donnerstagabend"),
            E("EU leaders decide to open accession talks with Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2023-12-14TEV", "text", "occurred", "fassten den Beschluss am Donnerstagabend"),
            E("EU ties the status to nine steps Tbilisi must implement", "REQUEST", ["European Union"], "2023-12-14",
              "context", "occurred", "die neun Schritte umsetzen"),
            E("The Commission recommended the nine steps", "REQUEST", ["European Union"], "2023-11", "text",
              "occurred", "die neun Schritte umsetzen", date_mod="START", note="Commission package of 8 November 2023"),
            E("Brussels expects Georgia to align with EU foreign policy including sanctions on Russia", "REQUEST",
              ["European Union", "Russia"], "2023-12-14", "context", "occurred", "Außerdem erwartet Brüssel"),
            E("Garibashvili thanks the EU", "SUPPORT", ["European Union"], "2023-12-15", "text", "occurred",
              "unseren europäischen Freunden"),
            E("Scholz calls the decisions a strong sign", "SUPPORT", ["Olaf Scholz"], "2023-12-14", "text",
              "occurred", "ein starkes Zeichen"),
            E("Scholz urges Tbilisi to take judicial reform seriously", "REQUEST", ["Olaf Scholz"], "2023-12-14",
              "text", "occurred", "ein starkes Zeichen"),
            E("Zelensky congratulates Georgia and Moldova", "SUPPORT", ["Volodymyr Zelensky"], "2023-12-15", "text",
              "occurred", "gratulierte am Freitag"),
            E("Peskov warns Georgia against moving closer to NATO", "REQUEST", ["Dmitry Peskov", "NATO"],
              "2023-12-15", "text", "occurred", "warnte aber vor einer Annäherung an die Nato"),
            E("Peskov calls the Ukraine decision purely political and destabilising for the EU", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2023-12-15", "context", "occurred", "rein politisch"),
            E("Direct flights between Georgia and Russia again since May", "COOPERATE", ["Russia"], "2023-05", "text",
              "occurred", "Direktflüge nach Moskau", date_mod="START"),
            E("Putin lifted the flight ban", "CONCEDE", ["Vladimir Putin"], "2023-05", "context", "occurred",
              "Direktflüge nach Moskau", note="decree of 10 May 2023"),
            E("Russia's flight ban of 2019", "SANCTION", ["Russia"], "2019", "text", "occurred",
              "Direktflüge nach Moskau"),
        ],
        [
            S("European Union", "Michel: a strong signal to the people of Georgia", "2023-12-14", "context",
              "starken Signal"),
            S("Olaf Scholz", "The decisions are a strong sign; Tbilisi must take judicial reform seriously",
              "2023-12-14", "text", "ein starkes Zeichen"),
            S("Volodymyr Zelensky", "Congratulates Georgia and Moldova; Europe grows stronger with every free country",
              "2023-12-15", "text", "gratulierte am Freitag"),
            S("Kremlin", "The Kremlin reacts calmly", "2023-12-15", "context", "Im Kreml gab man sich gelassen"),
            S("Dmitry Peskov", "Georgia has the sovereign right to choose its alliances, but should not move closer "
              "to NATO", "2023-12-15", "text", "warnte aber vor einer Annäherung an die Nato"),
            S("Dmitry Peskov", "The Ukraine decision is purely political and will destabilise the EU", "2023-12-15",
              "context", "rein politisch"),
        ],
        ["European Union", "Ukraine", "Russia", "Germany", "Olaf Scholz", "Volodymyr Zelensky", "Kremlin",
         "Dmitry Peskov", "NATO", "Vladimir Putin"],
    ),
    doc(
        "b135de04_herczynski_interview_stillstand_2024_07", "2024-07-10", DE04,
        [
            T("Dienstag", "DATE", "2024-07-09"),
            T("Ende Mai", "DATE", "2024-05", 0, mod="END"),
            T("Ende Juni", "DATE", "2024-06", mod="END"),
            T("dieses Jahr", "DATE", "2024"),
            T("vergangene Woche", "DATE", "2024-W27"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("26. Oktober", "DATE", "2024-10-26"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("März 2017", "DATE", "2017-03"),
            T("Dezember", "DATE", "2023-12"),
            T("Dienstagabend", "TIME", "2024-07-09TEV"),
            T("2030", "DATE", "2030"),
            T("Ende Mai", "DATE", "2024-05", 1, mod="END"),
            T("Donnerstag", "DATE", "2024-07-04"),
        ],
        [
            E("EU summit at the end of June", "CONSULT", ["European Union"], "2024-06", "text", "occurred",
              "bei ihrem Gipfel Ende Juni", date_mod="END"),
            E("EU leaders declare that the law leads to a de facto halt of the accession process", "SANCTION",
              ["European Union"], "2024-06", "text", "occurred", "bei ihrem Gipfel Ende Juni", date_mod="END",
              note="European Council conclusions of 27 June 2024"),
            E("EU froze 30 million euros of European Peace Facility aid for Georgia's armed forces", "SANCTION",
              ["European Union"], "2024-W27", "text", "occurred", "Friedensfazilität"),
            E("EU to scale back high-level political contacts with the Georgian government", "SANCTION",
              ["European Union"], "FUTURE_REF", "vague", "planned", "Kontakte auf hoher politischer Ebene"),
            E("Herczyński demands that the government repeal the law and end its anti-European rhetoric", "REQUEST",
              ["European Union"], "2024-07-09", "context", "occurred", "Er forderte die Regierung auf"),
            E("Visa-free travel for Georgians to the Schengen area since March 2017", "COOPERATE",
              ["European Union"], "2017-03", "text", "occurred", "Seit März 2017", date_mod="START"),
            E("EU granted Georgia candidate status", "AGREE", ["European Union"], "2023-12", "text", "occurred",
              "Seit März 2017"),
            E("Kobakhidze rejects Herczyński's remarks", "REJECT", ["European Union"], "2024-07-09TEV", "text",
              "occurred", "Erpressung"),
            E("Kobakhidze calls the EU's remarks blackmail", "ACCUSE", ["European Union"], "2024-07-09TEV", "text",
              "occurred", "Erpressung"),
            E("Blinken announced entry bans on those responsible for the law", "SANCTION",
              ["Antony Blinken", "United States"], "2024-05", "text", "occurred", "Einreisesperren",
              date_mod="END", note="announced 23 May 2024"),
            E("Zakharova accuses the EU of blackmailing Georgia with neo-colonial methods", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2024-07-04", "text", "occurred", "neokolonialen Methoden"),
        ],
        [
            S("European Union", "Herczyński sees Georgia's path into the EU blocked for the time being", "2024-07-09",
              "context", "bis auf Weiteres blockiert"),
            S("European Union", "The accession process has de facto come to a standstill", "2024-07-09", "text",
              "zum Stillstand gekommen"),
            S("European Union", "The reason is the foreign-influence law passed over the president's veto",
              "2024-07-09", "context", "Grund sei das Gesetz"),
            S("European Union", "Confirms that 30 million euros from the Peace Facility were frozen last week",
              "2024-07-09", "context", "Friedensfazilität"),
            S("European Union", "High-level contacts will be scaled back in the coming weeks", "2024-07-09",
              "context", "Kontakte auf hoher politischer Ebene"),
            S("European Union", "It breaks my heart, but the decision lies in Tbilisi, not in Brussels",
              "2024-07-09", "context", "Es bricht mir das Herz"),
            S("European Union", "The government must repeal the law and end its anti-European rhetoric before the "
              "election", "2024-07-09", "context", "Er forderte die Regierung auf"),
            S("European Union", "Visa-free travel for Georgians is currently not under discussion", "2024-07-09",
              "context", "Visafreiheit für Georgier in Gefahr"),
            S("Russia", "Moscow watches the dispute with satisfaction", "2024-07-10", "published",
              "In Moskau verfolgt man"),
            S("Maria Zakharova", "The EU is blackmailing Georgia with neo-colonial methods", "2024-07-04", "text",
              "neokolonialen Methoden"),
            S("European Union", "Georgians are deeply pro-European, whatever the government does", "2024-07-09",
              "context", "zutiefst proeuropäisch"),
        ],
        ["European Union", "United States", "Antony Blinken", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b135de05_ticker_beitrittsstopp_2024_11", "2024-11-29", DE05,
        [
            T("18.40 Uhr", "TIME", "2024-11-29T18:40", note=TICKER),
            T("Samstag", "DATE", "2024-11-30"),
            T("Sonntag", "DATE", "2024-12-01"),
            T("Mitte Dezember", "DATE", "2024-12", mod="MID"),
            T("17.15 Uhr", "TIME", "2024-11-29T17:15", note=TICKER),
            T("15.30 Uhr", "TIME", "2024-11-29T15:30", note=TICKER),
            T("14.05 Uhr", "TIME", "2024-11-29T14:05", note=TICKER),
            T("12.20 Uhr", "TIME", "2024-11-29T12:20", note=TICKER),
            T("10.45 Uhr", "TIME", "2024-11-29T10:45", note=TICKER),
            T("Donnerstagabend", "TIME", "2024-11-28TEV", 0, note="Washington local time"),
            T("8.30 Uhr", "TIME", "2024-11-29T08:30", note=TICKER),
            T("der Nacht zum Freitag", "TIME", "2024-11-28TNI", note="night of 28 to 29 November"),
            T("7.00 Uhr", "TIME", "2024-11-29T07:00", note=TICKER),
            T("Donnerstagabend", "TIME", "2024-11-28TEV", 1),
            T("Ende 2028", "DATE", "2028", mod="END"),
            T("selben Tag", "DATE", "2024-11-28"),
            T("26. Oktober", "DATE", "2024-10-26"),
            T("eines Jahres", "DURATION", "P1Y"),
            T("Dezember 2023", "DATE", "2023-12"),
            T("Juni", "DATE", "2024-06"),
        ],
        [
            E("Borrell criticises the Georgian government's decision as turning away from its people's will",
              "ACCUSE", ["European Union"], "2024-11-29", "published", "occurred", "Abkehr vom Willen"),
            E("Borrell: the EU's door remains open to Georgians", "AGREE", ["European Union"], "2024-11-29",
              "published", "occurred", "Die Tür der EU bleibe"),
            E("EU foreign ministers to discuss Georgia in mid-December", "CONSULT", ["European Union", "Kaja Kallas"],
              "2024-12", "text", "planned", "Treffen der EU-Außenminister", date_mod="MID"),
            E("Peskov accuses the EU of trying to organise a Maidan in Georgia", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2024-11-29", "published", "occurred", "einen „Maidan“"),
            E("Ukraine's foreign ministry accuses the Georgian leadership of betraying its citizens' European hopes",
              "ACCUSE", ["Ukraine"], "2024-11-29", "published", "occurred", "zugunsten Moskaus"),
            E("German Foreign Office condemns violence against protesters", "ACCUSE", ["Germany"], "2024-11-29",
              "published", "occurred", "Das Auswärtige Amt in Berlin"),
            E("German Foreign Office demands the release of those detained", "REQUEST", ["Germany"], "2024-11-29",
              "published", "occurred", "Das Auswärtige Amt in Berlin"),
            E("US State Department criticises the decision as a breach of Georgia's constitution", "ACCUSE",
              ["United States"], "2024-11-28TEV", "text", "occurred", "Matthew Miller",
              note="Thursday evening Washington time"),
            E("Kobakhidze: accession talks off the agenda until the end of 2028", "REJECT", ["European Union"],
              "2024-11-28TEV", "text", "occurred", "bis Ende 2028"),
            E("Georgia to refuse EU budget grants", "REJECT", ["European Union"], "2024-11-28TEV", "text",
              "occurred", "bis Ende 2028"),
            E("European Parliament does not recognise the 26 October election", "REJECT", ["European Union"],
              "2024-11-28", "text", "occurred", "Entschließung des Europäischen Parlaments"),
            E("European Parliament demands a rerun of the election within a year", "REQUEST", ["European Union"],
              "2024-11-28", "text", "occurred", "Entschließung des Europäischen Parlaments"),
            E("European Parliament demands sanctions on Ivanishvili", "REQUEST", ["European Union"], "2024-11-28",
              "text", "occurred", "Entschließung des Europäischen Parlaments"),
            E("Georgia has been an EU candidate since December 2023", "AGREE", ["European Union"], "2023-12", "text",
              "occurred", "Kandidat ist Georgien"),
            E("Accession process de facto frozen since June over the agents law", "SANCTION", ["European Union"],
              "2024-06", "text", "occurred", "Kandidat ist Georgien", date_mod="START"),
        ],
        [
            S("European Union", "Borrell: the decision turns away from the will of Georgia's own people",
              "2024-11-29", "published", "Abkehr vom Willen"),
            S("European Union", "Borrell: the EU's door remains open to Georgians", "2024-11-29", "published",
              "Die Tür der EU bleibe"),
            S("Kaja Kallas", "Georgia will be on the agenda of the EU foreign ministers in mid-December",
              "2024-11-29", "published", "Treffen der EU-Außenminister"),
            S("Dmitry Peskov", "Rejects claims that Moscow is behind Tbilisi's U-turn", "2024-11-29", "published",
              "Kremlsprecher Dmitri Peskow hat Vorwürfe"),
            S("Dmitry Peskov", "It is the EU that is trying to organise a Maidan in Georgia", "2024-11-29",
              "published", "einen „Maidan“"),
            S("Ukraine", "The Georgian leadership betrays its citizens' European hopes in favour of Moscow",
              "2024-11-29", "published", "zugunsten Moskaus"),
            S("Germany", "Condemns violence against protesters and demands the release of detainees", "2024-11-29",
              "published", "Das Auswärtige Amt in Berlin"),
            S("United States", "Miller: the decision breaks with Georgia's constitution", "2024-11-28TEV", "text",
              "Matthew Miller"),
        ],
        ["European Union", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Russia", "Ukraine", "Germany",
         "United States"],
    ),
    doc(
        "b135de06_botschafter_fischer_zurueckgerufen_2025_10", "2025-10-08", DE06,
        [
            T("Dienstag", "DATE", "2025-10-07"),
            T("Dienstagabend", "TIME", "2025-10-07TEV"),
            T("Montag", "DATE", "2025-10-06", 0),
            T("2023", "DATE", "2023"),
            T("Monaten", "DURATION", "PXM"),
            T("Samstag", "DATE", "2025-10-04"),
            T("Sonntag", "DATE", "2025-10-05"),
            T("Montag", "DATE", "2025-10-06", 1),
            T("Januar", "DATE", "2025-01"),
            T("Frühjahr", "DATE", "2025-SP"),
            T("Mittwoch", "DATE", "2025-10-08"),
            T("Jahren", "DURATION", "PXY"),
            T("1992", "DATE", "1992"),
        ],
        [
            E("Germany recalls its ambassador to Georgia for consultations", "SANCTION", ["Germany"], "2025-10-07",
              "context", "occurred", "zu Konsultationen nach Berlin zurückgerufen"),
            E("Wadephul calls the accusations against the ambassador unbearable and baseless", "ACCUSE", ["Germany"],
              "2025-10-07TEV", "text", "occurred", "völlig haltlosen"),
            E("Kobakhidze accuses the German ambassador of backing an attempted coup", "ACCUSE", ["Germany"],
              "2025-10-06", "text", "occurred", "Umsturzversuch"),
            E("Kobakhidze blames the EU ambassador for the unrest", "ACCUSE", ["European Union"], "2025-10-05",
              "text", "occurred", "ausländische Geheimdienste"),
            E("Kallas dismisses the accusations as absurd", "REJECT", ["Kaja Kallas"], "2025-10-06", "text",
              "occurred", "als „absurd“ zurück"),
            E("Kallas calls on Tbilisi to release the detainees", "REQUEST", ["Kaja Kallas"], "2025-10-06",
              "context", "occurred", "Festgenommenen freizulassen"),
            E("Kallas threatens further steps if the repression continues", "THREATEN", ["Kaja Kallas"],
              "2025-10-06", "context", "occurred", "Festgenommenen freizulassen"),
            E("EU suspended visa-free travel for Georgian diplomatic passports", "SANCTION", ["European Union"],
              "2025-01", "text", "occurred", "Diplomatenpässe", date_mod="START"),
            E("Hungary and Slovakia block EU sanctions on Georgian government members", "REJECT",
              ["European Union"], "2025-10-08", "published", "occurred", "Diplomatenpässe"),
            E("Germany and other member states imposed national entry bans on Georgian officials", "SANCTION",
              ["Germany"], "2025-SP", "text", "occurred", "nationale Einreiseverbote"),
            E("Zakharova calls Berlin's step hysterical", "ACCUSE", ["Maria Zakharova", "Germany"], "2025-10-08",
              "text", "occurred", "hysterischen"),
            E("Zakharova accuses Germany of meddling in Georgia's internal affairs for years", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2025-10-08", "context", "occurred", "Deutschland mische sich"),
            E("Germany recognised Georgia's independence", "COOPERATE", ["Germany"], "1992", "text", "occurred",
              "Unabhängigkeit anerkannten"),
        ],
        [
            S("Germany", "The recall is a reaction to repeated attacks by Georgian government politicians on the "
              "ambassador", "2025-10-07", "text", "Das Auswärtige Amt teilte am Dienstag mit"),
            S("Germany", "Wadephul: the accusations against Fischer are unbearable and completely baseless",
              "2025-10-07TEV", "text", "völlig haltlosen"),
            S("Kaja Kallas", "The accusations are absurd", "2025-10-06", "text", "als „absurd“ zurück"),
            S("Kaja Kallas", "Tbilisi must release the detainees; further steps if the repression continues",
              "2025-10-06", "context", "Festgenommenen freizulassen"),
            S("Maria Zakharova", "Berlin's step is hysterical", "2025-10-08", "text", "hysterischen"),
            S("Maria Zakharova", "Germany has been meddling in Georgia's internal affairs for years", "2025-10-08",
              "context", "Deutschland mische sich"),
            S("Germany", "The Foreign Office will fundamentally review relations with Georgia", "2025-10-08",
              "published", "grundsätzlich überprüfen"),
        ],
        ["Germany", "European Union", "Kaja Kallas", "Russia", "Maria Zakharova"],
    ),
]
