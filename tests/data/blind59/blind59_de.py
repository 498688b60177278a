"""German articles of the blind59 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b59de01 (oe24)
DE01 = """
Gas-Bittgang nach Moskau: Ungarn schert aus, Österreich holt sich Haidach

Wien/Moskau. Während die EU-Kommission die Mitgliedstaaten auf Einsparungen einschwört, sucht Ungarn sein Heil ausgerechnet in Moskau.
Außenminister Péter Szijjártó reiste am Donnerstag überraschend in die russische Hauptstadt und bat seinen Amtskollegen Sergej Lawrow um zusätzliche 700 Millionen Kubikmeter Erdgas, die noch vor dem Winter über die Pipeline TurkStream fließen sollen.
Lawrow sagte nach dem rund zweistündigen Gespräch, Moskau werde die Bitte „wohlwollend prüfen“, Russland habe seine Verträge immer erfüllt, anders als jene, die sich „mit ihren Sanktionen selbst bestraft“ hätten.

Der Besuch fiel mit dem Neustart der Ostseepipeline Nord Stream 1 zusammen: Nach zehntägiger Wartung floss am Donnerstagmorgen wieder russisches Gas nach Deutschland, allerdings nur rund 40 Prozent der möglichen Menge.
Kremlchef Wladimir Putin hatte am Dienstag in Teheran gewarnt, die Lieferungen könnten weiter sinken, falls eine in Kanada gewartete Siemens-Turbine nicht rechtzeitig zurückkomme.
In Berlin wies die Bundesregierung das zurück, die Turbine sei längst unterwegs, Moskau suche bloß Vorwände.
Kremlsprecher Dmitri Peskow wiederum machte allein die westlichen Sanktionen für die Probleme verantwortlich.

Am Mittwoch hatte Kommissionspräsidentin Ursula von der Leyen in Brüssel einen Notfallplan vorgelegt, nach dem alle EU-Staaten ihren Gasverbrauch von August bis März freiwillig um 15 Prozent senken sollen; im Ernstfall könnte die Einsparung verpflichtend werden.
„Russland erpresst uns, Russland setzt Energie als Waffe ein“, sagte von der Leyen.
Budapest lehnte den Plan noch am selben Abend ab, man lasse sich von Brüssel keine Einschnitte vorschreiben, hieß es aus der Regierung von Ministerpräsident Viktor Orbán, die Mitte Juli den Energienotstand ausgerufen hatte.
Orbán selbst hatte am Freitag vergangener Woche im Radio erklärt, Europa habe sich mit den Sanktionen „in die Lunge geschossen“.
Auch Kiew reagierte verärgert: Das ukrainische Außenministerium warf Budapest vor, mit seinen Moskauer Geschäften die Einheit der Union zu untergraben.

Österreich setzt unterdessen auf den Speicher Haidach bei Straßwalchen, den Gazprom seit Monaten leer stehen lässt.
Der Ministerrat beschloss am Mittwoch, den bisher nur an das deutsche Netz angeschlossenen Speicher auch an das heimische Netz zu hängen und Gazprom die Nutzungsrechte zu entziehen, sollte der Konzern nicht befüllen.
Energieministerin Leonore Gewessler (Grüne) sprach von einem „klaren Signal an Moskau“, Kanzler Karl Nehammer (ÖVP) sagte, Österreich lasse sich „nicht erpressen“.
Die heimischen Speicher sind derzeit zu knapp 46 Prozent gefüllt, bis zum 1. November sollen es 80 Prozent sein.
Einen Sonderweg wie Budapest will man in Wien dennoch nicht gehen, auch wenn Szijjártó am Donnerstagabend verkündete, er rechne in den kommenden Tagen mit einer Antwort aus Moskau.
"""

# ---------------------------------------------------------------- b59de02 (Neue Zeitung, Budapest)
DE02 = """
Orbán überrascht in Kiew mit Waffenruhe-Vorschlag

Budapest/Kiew. Einen Tag nach dem Beginn der ungarischen EU-Ratspräsidentschaft ist Ministerpräsident Viktor Orbán zum ersten Mal seit Kriegsbeginn in die Ukraine gereist.
Im Präsidentenpalast in Kiew sprach er am Dienstag mehr als drei Stunden lang mit Präsident Wolodymyr Selenskyj, mit dem ihn seit Jahren ein schwieriges Verhältnis verbindet.
Dabei habe er Selenskyj gebeten zu prüfen, ob nicht eine befristete Waffenruhe den Friedensverhandlungen vorausgehen und diese beschleunigen könne, sagte Orbán anschließend vor Journalisten.
Die Präsidentschaft wolle „zur Lösung beitragen“, die Entscheidung liege aber bei Kiew.
Ob er auch nach Moskau reisen werde, ließ Orbán offen.

Selenskyj ging auf den Vorschlag öffentlich nicht ein.
Er sprach von einem „wichtigen Besuch“ und betonte, es brauche einen „gerechten Frieden“, über den beim nächsten Friedensgipfel gesprochen werden müsse.
Aus dem Präsidialamt hieß es, eine Waffenruhe ohne Rückzug der russischen Truppen würde Moskau nur Zeit verschaffen, sich neu aufzustellen.
Beide Seiten vereinbarten, ein umfassendes bilaterales Abkommen auszuarbeiten, das auch die Rechte der ungarischen Minderheit in Transkarpatien regeln soll, dem jahrelangen Hauptstreitpunkt zwischen beiden Ländern.

In Moskau reagierte man gelassen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, von dem Besuch erwarte man „keine Durchbrüche“, Präsident Wladimir Putin habe seine Bedingungen für Gespräche im Juni klar benannt.
Putin hatte damals den Abzug der ukrainischen Truppen aus vier Regionen und den Verzicht Kiews auf einen Nato-Beitritt gefordert.

In Brüssel wird der Auftritt Orbáns mit Argwohn verfolgt.
Ungarn hatte im Dezember das 50-Milliarden-Paket der EU für Kiew blockiert und erst im Februar nach zähem Ringen freigegeben.
Das Motto der Präsidentschaft, „Make Europe Great Again“, lehnt sich an den Wahlkampfslogan des früheren US-Präsidenten Donald Trump an, mit dem Orbán offen sympathisiert.
EU-Ratspräsident Charles Michel mahnte, die Präsidentschaft spreche nicht für die Union in der Außenpolitik.

Auch unter den Ungarndeutschen ist die Reise Gesprächsthema.
Die Landesselbstverwaltung in Budapest kündigte an, ihre Hilfstransporte für Flüchtlinge aus der Ukraine über den Sommer fortzusetzen; der nächste Konvoi soll in der kommenden Woche von Fünfkirchen aus starten.
"""

# ---------------------------------------------------------------- b59de03 (Der Neue Tag, Weiden)
DE03 = """
Schluss mit russischem Öl: Tschechiens Nachschub fließt jetzt über Waidhaus

Prag/Waidhaus. Zum ersten Mal seit mehr als 60 Jahren fließt kein russisches Erdöl mehr in tschechische Raffinerien.
Wie Ministerpräsident Petr Fiala am Mittwoch in Prag mitteilte, hat der staatliche Leitungsbetreiber Mero die letzte Lieferung über die Druschba-Pipeline in der Nacht zum Dienstag abgenommen; seither werden die Raffinerien in Litvínov und Kralupy nur noch über die Transalpine Ölleitung (TAL) aus Triest und die anschließende Ingolstadt–Kralupy–Leitung (IKL) versorgt.
„Russland kann uns mit Öl nicht mehr erpressen“, sagte Fiala.
Möglich gemacht hat das der Ausbau der TAL, deren Kapazität für Tschechien im Frühjahr auf rund acht Millionen Tonnen jährlich angehoben wurde, genug für den gesamten Bedarf des Landes.

Für die nördliche Oberpfalz ist die Leitung kein Neuland: Die IKL verläuft seit 1996 über Vohburg und Waidhaus, wo sie die Grenze überquert.
An der Übergabestation nahe der A6 wird seit Dienstag deutlich mehr Öl durchgeleitet.
„Wir merken davon kaum etwas, außer dass öfter Techniker vorbeischauen“, sagte der Waidhauser Bürgermeister unserer Zeitung.
Das Bundeswirtschaftsministerium in Berlin, das den Ausbau unterstützt hatte, sprach am Mittwoch von einem „Beitrag zur Energiesicherheit ganz Mitteleuropas“.

Anders als Tschechien beziehen Ungarn und die Slowakei weiterhin große Mengen russischen Öls über die Druschba-Leitung, die durch die Ukraine führt.
Beide Länder hatten sich 2022 beim EU-Ölembargo eine Ausnahme für Pipelineöl gesichert, die Prag als erstes der drei Länder nicht mehr braucht.
Die EU-Kommission will Anfang Mai einen Fahrplan vorlegen, wie die Union bis Ende 2027 ganz ohne russisches Öl und Gas auskommen kann.
Ungarns Ministerpräsident Viktor Orbán kündigte bereits Widerstand an: Brüssel wolle „die Energieversorgung Ungarns ruinieren“, er werde kein Verbot mittragen, das die Preise für ungarische Familien in die Höhe treibe.
Der ukrainische Außenminister Andrij Sybiha begrüßte dagegen den Schritt Prags und rief Budapest und Bratislava auf, „dem tschechischen Beispiel zu folgen“.

Kremlsprecher Dmitri Peskow nannte die Entscheidung am Mittwoch eine „souveräne Angelegenheit“ Prags, für die allerdings die tschechischen Verbraucher „den Preis zahlen“ würden.
Russland bleibe ein verlässlicher Lieferant für alle, die „pragmatisch“ seien, fügte er mit Blick auf Budapest hinzu.
Fiala bekräftigte zugleich, Prag werde an seiner Munitionsinitiative für die Ukraine festhalten, über die in diesem Jahr bis zu 1,8 Millionen Granaten geliefert werden sollen.
Die Initiative war zuletzt auch in der tschechischen Opposition umstritten; Ex-Premier Andrej Babiš hatte angekündigt, sie im Fall eines Wahlsiegs im Herbst zu überprüfen.
"""

# ---------------------------------------------------------------- b59de04 (Karpatenblatt)
DE04 = """
Fico in Moskau: Blumen am Grab, Gespräch mit Putin, Ärger mit Brüssel

Bratislava/Moskau. Als einziger Regierungschef eines EU-Landes hat Ministerpräsident Robert Fico am Freitag in Moskau an den Feiern zum 80. Jahrestag des Sieges über Hitler-Deutschland teilgenommen.
Die Militärparade auf dem Roten Platz verfolgte er allerdings nicht von der Ehrentribüne aus; er legte am Vormittag am Grab des Unbekannten Soldaten Blumen nieder und traf danach Kremlchef Wladimir Putin zu einem Gespräch.
Putin dankte ihm nach Angaben des Kremls für den „mutigen“ Besuch und sagte, Russland sei bereit, die Slowakei weiter mit Gas und Öl zu beliefern, sofern die Transitwege offen blieben.
Fico erklärte, er sei gekommen, um den Millionen Toten der Roten Armee Respekt zu erweisen, nicht um die Politik des Kremls gutzuheißen.

Schon die Anreise war ein Politikum.
Litauen und Lettland verweigerten der slowakischen Regierungsmaschine am Donnerstag den Überflug, so dass sie einen Umweg über Ungarn und Rumänien nehmen musste.
„Das ist eine Schande für die Europäische Union“, schrieb Fico auf Facebook.
Auch der serbische Präsident Aleksandar Vučić, der wegen gesundheitlicher Probleme erst am Freitagmorgen eintraf, saß auf der Tribüne, wenige Plätze von Chinas Staatschef Xi Jinping entfernt.

Die EU-Außenbeauftragte Kaja Kallas hatte im April gewarnt, eine Teilnahme an der Parade werde in Brüssel „nicht auf die leichte Schulter genommen“; Beitrittskandidaten wie Serbien müssten mit Konsequenzen rechnen.
Am Freitag legte sie nach: Wer in Moskau neben Putin stehe, während russische Raketen auf ukrainische Städte fielen, stelle sich „auf die falsche Seite der Geschichte“.
Der ukrainische Präsident Wolodymyr Selenskyj hatte Anfang der Woche erklärt, Kiew könne für die Sicherheit ausländischer Gäste in Moskau nicht garantieren; der Kreml wertete das als offene Drohung.
Die von Putin einseitig verkündete dreitägige Waffenruhe vom 8. bis 10. Mai wurde nach ukrainischen Angaben schon in den ersten Stunden hundertfach gebrochen.

Während Fico nach Bratislava zurückflog, trafen am Samstagmorgen Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron, der britische Premier Keir Starmer und Polens Regierungschef Donald Tusk mit dem Zug in Kiew ein.
Gemeinsam mit Selenskyj forderten sie Moskau auf, ab Montag einer bedingungslosen 30-tägigen Waffenruhe zuzustimmen, andernfalls drohten „massive“ neue Sanktionen.
Kremlsprecher Dmitri Peskow sagte dazu, Russland lasse sich „in der Sprache von Ultimaten“ nicht ansprechen.

Beim Karpatendeutschen Verein in Käsmark gedachte man am Freitag ebenfalls des Kriegsendes, mit einer Andacht und ausdrücklich ohne politische Reden, wie der Vorsitzende betonte.
"""

# ---------------------------------------------------------------- b59de05 (Hermannstädter Zeitung)
DE05 = """
Moldau bleibt auf Europakurs – Moskau spricht von einer „gestohlenen“ Wahl

Chişinău/Hermannstadt. Die proeuropäische Regierungspartei von Präsidentin Maia Sandu hat die Parlamentswahl in der Republik Moldau am Sonntag deutlich gewonnen und ihre absolute Mehrheit verteidigt.
Nach dem vorläufigen Endergebnis der Zentralen Wahlkommission, das am Montagabend vorlag, kam die Partei Aktion und Solidarität (PAS) auf gut 50 Prozent der Stimmen und 55 der 101 Sitze, der prorussische Patriotische Block um Ex-Präsident Igor Dodon auf rund 24 Prozent.
Sandu sprach von einem Sieg über „die größte Einmischung, die unser Land je erlebt hat“.

Moskau erkennt das Ergebnis nur unter Vorbehalt an.
Kremlsprecher Dmitri Peskow sagte am Montag, Hunderttausende in Russland lebende Moldauer hätten nicht abstimmen können, weil in Moskau nur zwei Wahllokale geöffnet gewesen seien; das Ergebnis spiegle daher nicht den Willen des Volkes wider.
Außenamtssprecherin Maria Sacharowa warf der EU am Mittwoch vor, die Wahl „mit allen Mitteln manipuliert“ zu haben, und kündigte an, Russland werde die Rechte seiner Landsleute in Moldau und in Transnistrien „mit Nachdruck schützen“.
Die moldauische Polizei hatte am 22. September bei rund 250 Durchsuchungen Dutzende Verdächtige festgenommen, die nach Angaben der Ermittler in Serbien für Unruhen nach der Wahl geschult worden waren, bezahlt mit Geld aus Russland.

Aus Brüssel und Kiew kamen Glückwünsche.
Kommissionspräsidentin Ursula von der Leyen schrieb noch am Sonntagabend, die Moldauer hätten klargemacht, wohin sie gehörten, „nach Europa“; die Tür der Union stehe offen.
Der ukrainische Präsident Wolodymyr Selenskyj gratulierte Sandu am Montag am Telefon und sprach von einem „gemeinsamen Weg in die EU“.
Am Donnerstag trafen die beiden beim Gipfel der Europäischen Politischen Gemeinschaft in Kopenhagen erneut zusammen, wo Sandu auch mit Bundeskanzler Friedrich Merz sprach.
Beide Länder hoffen, dass die EU noch in diesem Jahr die ersten Verhandlungscluster eröffnet.
Für die Ukraine blockiert Ungarns Regierungschef Viktor Orbán diesen Schritt jedoch weiterhin, und in Brüssel wird erwogen, Moldau notfalls allein voranzulassen.

Besonders aufmerksam wird die Wahl in Transnistrien verfolgt, dessen Einwohner zum Abstimmen über den Dnjestr fahren mussten; am Sonntag waren dort mehrere Brücken wegen angeblicher Bombendrohungen stundenlang gesperrt.
Die abtrünnige Region ist seit Januar ohne russisches Erdgas, seit die Ukraine den Transit eingestellt hat.
Moskau liefert seit Februar über einen ungarischen Zwischenhändler kleinere Mengen, bezahlt mit einem russischen Kredit an die Verwaltung in Tiraspol.

In Bukarest äußerte sich Präsident Nicușor Dan erleichtert: Rumänien werde Moldau auf dem Weg in die EU begleiten „wie ein Bruder“, sagte er am Dienstag in Jassy.
Auch im Hermannstädter Demokratischen Forum wurde das Ergebnis begrüßt; viele Mitglieder haben Verwandte jenseits des Pruth.
"""

# ---------------------------------------------------------------- b59de06 (MeinBezirk.at, Gänserndorf)
DE06 = """
Drohnen auf TurkStream: Gaspreis in Baumgarten springt nach oben

Gänserndorf/Budapest. Ein Drohnenangriff auf die Verdichterstation Russkaja an der russischen Schwarzmeerküste hat den Gasfluss durch die Pipeline TurkStream in der Nacht auf Dienstag unterbrochen, für mehr als 48 Stunden.
Betroffen waren vor allem Ungarn, Serbien und die Slowakei, die den Großteil ihres russischen Gases inzwischen über diese Route beziehen.
Am Gasknoten Baumgarten im Bezirk Gänserndorf, über den auch Lieferungen in die Slowakei und nach Ungarn gehandelt werden, stieg der Preis am Dienstag zeitweise um zwölf Prozent.
Seit Donnerstagfrüh fließt das Gas nach Angaben des ungarischen Netzbetreibers wieder, wenn auch mit verringertem Druck.

Russland machte umgehend die Ukraine verantwortlich.
Kremlsprecher Dmitri Peskow sprach am Dienstag von „Energieterrorismus“, der sich „nicht gegen Russland, sondern gegen Europa“ richte; Präsident Wladimir Putin habe angeordnet, den Schutz der Anlagen am Schwarzen Meer zu verstärken.
Das russische Verteidigungsministerium meldete, sieben von neun Drohnen seien abgeschossen worden.
Kiew wies die Vorwürfe zurück: Außenminister Andrij Sybiha erklärte am Mittwoch, die Ukraine greife „keine Infrastruktur an, die unsere EU-Partner versorgt“, und sprach von einer möglichen russischen Inszenierung.

Ungarns Regierungschef Viktor Orbán reagierte scharf.
Wer die Energieversorgung Ungarns angreife, „greift Ungarn an“, sagte er am Mittwoch im Parlament, einen Monat vor der Parlamentswahl.
Er drohte, die Verlängerung der EU-Sanktionen gegen rund 2.500 russische Personen und Firmen, die am 15. März ausläuft, zu blockieren, solange Kiew keine Garantien für die Sicherheit der Leitungen gebe.
Auch der serbische Präsident Aleksandar Vučić verlangte Aufklärung.

Die EU-Außenbeauftragte Kaja Kallas rief beide Seiten zur Zurückhaltung auf und erinnerte daran, dass die Union ohnehin bis Herbst 2027 aus russischem Pipelinegas aussteigen wolle.
Beim EU-Gipfel kommende Woche in Brüssel dürfte der Streit die Debatte über die Finanzierung der Ukraine überschatten.
Das türkische Energieministerium teilte mit, der Abschnitt auf türkischem Gebiet sei unbeschädigt, die Lieferungen an die Türkei seien nicht betroffen gewesen.

Für heimische Haushalte bleibt der Ausfall nach Einschätzung der Regulierungsbehörde E-Control ohne direkte Folgen, da Österreich seit Dezember 2024 kein russisches Gas mehr bezieht.
Die Speicher seien derzeit zu knapp 40 Prozent gefüllt, sagte ein Sprecher.
Der Bürgermeister von Weiden an der March, zu dem Baumgarten gehört, sieht den Knoten trotzdem als „Frühwarnsystem“: „Wenn es bei uns unruhig wird, merkt man das in ganz Mitteleuropa.“
Die Gemeinde lädt für Donnerstag kommender Woche zu einem Informationsabend mit der Betreibergesellschaft Gas Connect Austria.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b59de01_ungarn_gas_moskau_haidach_2022_07", "2022-07-22", DE01,
        [
            T("Donnerstag", "DATE", "2022-07-21"),
            T("dem Winter", "DATE", "2022-WI"),
            T("rund zweistündigen", "DURATION", "PT2H", mod="APPROX"),
            T("zehntägiger", "DURATION", "P10D"),
            T("Donnerstagmorgen", "TIME", "2022-07-21TMO"),
            T("Dienstag", "DATE", "2022-07-19"),
            T("Mittwoch", "DATE", "2022-07-20", 0),
            T("August", "DATE", "2022-08"),
            T("März", "DATE", "2023-03"),
            T("selben Abend", "TIME", "2022-07-20TEV", note="the evening of Wednesday 20 July, when the plan was presented"),
            T("Mitte Juli", "DATE", "2022-07", mod="MID"),
            T("Freitag vergangener Woche", "DATE", "2022-07-15"),
            T("Monaten", "DURATION", "PXM"),
            T("Mittwoch", "DATE", "2022-07-20", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("1. November", "DATE", "2022-11-01"),
            T("Donnerstagabend", "TIME", "2022-07-21TEV"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Szijjártó travels to Moscow and meets Lavrov", "CONSULT", ["Sergey Lavrov"], "2022-07-21", "text",
              "occurred", "reiste am Donnerstag überraschend"),
            E("Hungary asks Lavrov for an extra 700 million cubic metres of gas", "REQUEST", ["Sergey Lavrov"],
              "2022-07-21", "text", "occurred", "reiste am Donnerstag überraschend"),
            E("Lavrov promises to examine the request favourably", "AGREE", ["Sergey Lavrov"], "2022-07-21",
              "context", "occurred", "wohlwollend prüfen"),
            E("Lavrov mocks those who punished themselves with sanctions", "ACCUSE", ["Sergey Lavrov"], "2022-07-21",
              "context", "occurred", "wohlwollend prüfen"),
            E("Putin warns that deliveries could fall further if the turbine is not returned", "THREATEN",
              ["Vladimir Putin", "Germany"], "2022-07-19", "text", "occurred", "hatte am Dienstag in Teheran gewarnt"),
            E("Berlin rejects Putin's turbine argument", "REJECT", ["Germany", "Vladimir Putin"], "2022-07-22",
              "published", "occurred", "In Berlin wies die Bundesregierung"),
            E("Berlin accuses Moscow of seeking pretexts", "ACCUSE", ["Germany", "Russia"], "2022-07-22", "published",
              "occurred", "In Berlin wies die Bundesregierung"),
            E("Peskov blames Western sanctions for the Nord Stream problems", "ACCUSE", ["Dmitry Peskov"],
              "2022-07-22", "published", "occurred", "machte allein die westlichen Sanktionen"),
            E("Von der Leyen proposes an emergency plan to cut gas use by 15 percent", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2022-07-20", "text", "occurred", "einen Notfallplan vorgelegt"),
            E("Von der Leyen accuses Russia of blackmail and using energy as a weapon", "ACCUSE",
              ["Ursula von der Leyen", "Russia"], "2022-07-20", "context", "occurred", "Russland erpresst uns"),
            E("Orbán's government rejects the EU gas-saving plan", "REJECT", ["Viktor Orbán", "European Union"],
              "2022-07-20TEV", "text", "occurred", "Budapest lehnte den Plan"),
            E("Orbán: Europe shot itself in the lungs with the sanctions", "ACCUSE", ["Viktor Orbán", "European Union"],
              "2022-07-15", "text", "occurred", "in die Lunge geschossen"),
            E("Ukraine's foreign ministry accuses Budapest of undermining EU unity", "ACCUSE", ["Ukraine"], "2022-07-22",
              "published", "occurred", "Das ukrainische Außenministerium warf Budapest vor"),
            E("Austria threatens to strip Gazprom of its Haidach storage rights if it does not fill it", "THREATEN",
              ["Russia"], "2022-07-20", "text", "occurred", "Der Ministerrat beschloss am Mittwoch"),
        ],
        [
            S("Sergey Lavrov", "Moscow will examine the request favourably; Russia has always honoured its contracts, "
              "unlike those who punished themselves with sanctions", "2022-07-21", "context", "wohlwollend prüfen"),
            S("Vladimir Putin", "Deliveries could fall further if the turbine serviced in Canada is not returned in time",
              "2022-07-19", "text", "hatte am Dienstag in Teheran gewarnt"),
            S("Germany", "The turbine is on its way; Moscow is only looking for pretexts", "2022-07-22", "published",
              "In Berlin wies die Bundesregierung"),
            S("Dmitry Peskov", "Western sanctions alone are to blame for the problems", "2022-07-22", "published",
              "machte allein die westlichen Sanktionen"),
            S("Ursula von der Leyen", "Russia is blackmailing us and using energy as a weapon", "2022-07-20", "context",
              "Russland erpresst uns"),
            S("Viktor Orbán", "Hungary will not let Brussels dictate cuts (government of Orbán)", "2022-07-20TEV", "text",
              "Budapest lehnte den Plan"),
            S("Viktor Orbán", "Europe shot itself in the lungs with the sanctions", "2022-07-15", "text",
              "in die Lunge geschossen"),
            S("Ukraine", "Budapest undermines EU unity with its deals in Moscow", "2022-07-22", "published",
              "Das ukrainische Außenministerium warf Budapest vor"),
        ],
        ["European Union", "Sergey Lavrov", "Russia", "Germany", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
         "Ursula von der Leyen", "Viktor Orbán", "Ukraine"],
    ),
    doc(
        "b59de02_orban_kiew_waffenruhe_2024_07", "2024-07-03", DE02,
        [
            T("Dienstag", "DATE", "2024-07-02"),
            T("mehr als drei Stunden", "DURATION", "PT3H", mod="MORE_THAN"),
            T("Jahren", "DURATION", "PXY"),
            T("jahrelangen", "DURATION", "PXY"),
            T("Mittwoch", "DATE", "2024-07-03"),
            T("Juni", "DATE", "2024-06"),
            T("Dezember", "DATE", "2023-12"),
            T("Februar", "DATE", "2024-02"),
            T("den Sommer", "DATE", "2024-SU"),
            T("der kommenden Woche", "DATE", "2024-W28"),
        ],
        [
            E("Orbán meets Zelensky in Kyiv for more than three hours", "CONSULT",
              ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07-02", "text", "occurred",
              "sprach er am Dienstag mehr als drei Stunden"),
            E("Orbán asks Zelensky to consider a temporary ceasefire before peace talks", "REQUEST",
              ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07-02", "context", "occurred",
              "Dabei habe er Selenskyj gebeten"),
            E("Orbán leaves open whether he will also travel to Moscow", "CONSULT", ["Viktor Orbán", "Russia"],
              "2024-07-03", "published", "uncertain", "Ob er auch nach Moskau reisen werde",
              note="Orbán met Putin in Moscow on 5 July 2024"),
            E("Zelensky calls for a just peace to be discussed at the next peace summit", "REQUEST",
              ["Volodymyr Zelensky"], "2024-07-02", "context", "occurred", "wichtigen Besuch"),
            E("Zelensky's office rejects a ceasefire without Russian withdrawal", "REJECT", ["Ukraine", "Viktor Orbán"],
              "2024-07-03", "published", "occurred", "Aus dem Präsidialamt hieß es"),
            E("Orbán and Zelensky agree to draft a comprehensive bilateral agreement including minority rights", "AGREE",
              ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07-02", "context", "occurred", "Beide Seiten vereinbarten"),
            E("Putin's June conditions: withdrawal from four regions and no NATO membership", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2024-06", "context", "occurred", "Putin hatte damals den Abzug"),
            E("Hungary blocks the EU's 50-billion package for Ukraine", "REJECT", ["European Union", "Ukraine"],
              "2023-12", "text", "occurred", "Ungarn hatte im Dezember"),
            E("Hungary releases the 50-billion package", "CONCEDE", ["European Union", "Ukraine"], "2024-02", "text",
              "occurred", "Ungarn hatte im Dezember"),
            E("Michel warns that the presidency does not speak for the Union in foreign policy", "REQUEST",
              ["European Union", "Viktor Orbán"], "2024-07-03", "published", "occurred", "Charles Michel mahnte"),
        ],
        [
            S("Viktor Orbán", "He asked Zelensky to consider whether a time-limited ceasefire could precede and speed up "
              "peace talks", "2024-07-02", "context", "Dabei habe er Selenskyj gebeten"),
            S("Viktor Orbán", "The presidency wants to contribute to a solution; the decision lies with Kyiv",
              "2024-07-02", "context", "Die Präsidentschaft wolle"),
            S("Volodymyr Zelensky", "An important visit; a just peace is needed, to be discussed at the next peace summit",
              "2024-07-02", "context", "wichtigen Besuch"),
            S("Ukraine", "A ceasefire without Russian withdrawal would only give Moscow time to regroup", "2024-07-03",
              "published", "Aus dem Präsidialamt hieß es"),
            S("Dmitry Peskov", "No breakthroughs expected from the visit; Putin set out his conditions in June",
              "2024-07-03", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("European Union", "Michel: the presidency does not speak for the Union in foreign policy", "2024-07-03",
              "published", "Charles Michel mahnte"),
        ],
        ["Viktor Orbán", "European Union", "Ukraine", "Volodymyr Zelensky", "Russia", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "NATO", "Donald Trump", "United States"],
    ),
    doc(
        "b59de03_tschechien_oel_tal_waidhaus_2025_04", "2025-04-17", DE03,
        [
            T("jetzt", "DATE", "PRESENT_REF"),
            T("mehr als 60 Jahren", "DURATION", "P60Y", mod="MORE_THAN"),
            T("Mittwoch", "DATE", "2025-04-16", 0),
            T("der Nacht zum Dienstag", "TIME", "2025-04-14TNI", note="the night to Tuesday 15 April"),
            T("Frühjahr", "DATE", "2025-SP"),
            T("jährlich", "SET", "P1Y"),
            T("1996", "DATE", "1996"),
            T("Dienstag", "DATE", "2025-04-15", 1),
            T("Mittwoch", "DATE", "2025-04-16", 1),
            T("2022", "DATE", "2022"),
            T("Anfang Mai", "DATE", "2025-05", mod="START"),
            T("Ende 2027", "DATE", "2027", mod="END"),
            T("Mittwoch", "DATE", "2025-04-16", 2),
            T("diesem Jahr", "DATE", "2025"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Herbst", "DATE", "2025-FA"),
        ],
        [
            E("Czechia takes its last delivery of Russian oil via Druzhba and ends Russian oil imports", "SANCTION",
              ["Russia"], "2025-04-14TNI", "text", "occurred", "die letzte Lieferung über die Druschba-Pipeline",
              note="a non-canonical state ending imports from Russia; only the canonical side is kept"),
            E("German economy ministry welcomes the step as a contribution to Central European energy security",
              "SUPPORT", ["Germany"], "2025-04-16", "text", "occurred", "Das Bundeswirtschaftsministerium in Berlin"),
            E("EU oil embargo of 2022", "SANCTION", ["European Union", "Russia"], "2022", "text", "occurred",
              "beim EU-Ölembargo eine Ausnahme"),
            E("Hungary and Slovakia secure an exemption for pipeline oil", "AGREE", ["European Union"], "2022", "text",
              "occurred", "beim EU-Ölembargo eine Ausnahme"),
            E("Commission to present a roadmap for phasing out Russian energy", "REQUEST", ["European Union"],
              "2025-05", "text", "planned", "will Anfang Mai einen Fahrplan vorlegen", date_mod="START"),
            E("EU to end Russian oil and gas imports by the end of 2027", "SANCTION", ["European Union", "Russia"],
              "2027", "text", "planned", "will Anfang Mai einen Fahrplan vorlegen", date_mod="END"),
            E("Orbán accuses Brussels of wanting to ruin Hungary's energy supply", "ACCUSE",
              ["Viktor Orbán", "European Union"], "2025-04-17", "published", "occurred", "kündigte bereits Widerstand an"),
            E("Orbán will not back a ban that drives up prices", "REJECT", ["Viktor Orbán", "European Union"],
              "2025-04-17", "published", "occurred", "kündigte bereits Widerstand an"),
            E("Sybiha welcomes Prague's step", "SUPPORT", ["Andrii Sybiha"], "2025-04-17", "published", "occurred",
              "begrüßte dagegen den Schritt Prags"),
            E("Sybiha urges Budapest and Bratislava to follow the Czech example", "REQUEST", ["Andrii Sybiha"],
              "2025-04-17", "published", "occurred", "begrüßte dagegen den Schritt Prags"),
            E("Peskov: Russia remains a reliable supplier for the pragmatic", "AGREE", ["Dmitry Peskov"], "2025-04-16",
              "context", "occurred", "Russland bleibe ein verlässlicher Lieferant"),
            E("Czech ammunition initiative to deliver up to 1.8 million shells to Ukraine this year", "AID", ["Ukraine"],
              "2025", "text", "planned", "an seiner Munitionsinitiative"),
        ],
        [
            S("Germany", "Economy ministry: a contribution to the energy security of all Central Europe", "2025-04-16",
              "text", "Das Bundeswirtschaftsministerium in Berlin"),
            S("Viktor Orbán", "Brussels wants to ruin Hungary's energy supply; he will not back a ban that drives up "
              "prices for Hungarian families", "2025-04-17", "published", "kündigte bereits Widerstand an"),
            S("Andrii Sybiha", "Welcomes Prague's step; Budapest and Bratislava should follow the Czech example",
              "2025-04-17", "published", "begrüßte dagegen den Schritt Prags"),
            S("Dmitry Peskov", "A sovereign matter for Prague, but Czech consumers will pay the price", "2025-04-16",
              "text", "Kremlsprecher Dmitri Peskow nannte"),
            S("Dmitry Peskov", "Russia remains a reliable supplier for all who are pragmatic", "2025-04-16", "context",
              "Russland bleibe ein verlässlicher Lieferant"),
        ],
        ["Russia", "Germany", "Ukraine", "European Union", "Viktor Orbán", "Andrii Sybiha", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b59de04_fico_moskau_parade_2025_05", "2025-05-10", DE04,
        [
            T("Freitag", "DATE", "2025-05-09", 0),
            T("Vormittag", "TIME", "2025-05-09TMO"),
            T("Donnerstag", "DATE", "2025-05-08"),
            T("Freitagmorgen", "TIME", "2025-05-09TMO"),
            T("April", "DATE", "2025-04"),
            T("Freitag", "DATE", "2025-05-09", 1),
            T("Anfang der Woche", "DATE", "2025-W19", mod="START"),
            T("dreitägige", "DURATION", "P3D"),
            T("8.", "DATE", "2025-05-08"),
            T("10. Mai", "DATE", "2025-05-10"),
            T("Samstagmorgen", "TIME", "2025-05-10TMO"),
            T("Montag", "DATE", "2025-05-12"),
            T("30-tägigen", "DURATION", "P30D"),
            T("Freitag", "DATE", "2025-05-09", 2),
        ],
        [
            E("Fico meets Putin in Moscow after the Victory Day commemorations", "CONSULT", ["Vladimir Putin"],
              "2025-05-09", "context", "occurred", "traf danach Kremlchef Wladimir Putin"),
            E("Putin: Russia ready to keep supplying Slovakia with gas and oil", "AGREE", ["Vladimir Putin"],
              "2025-05-09", "context", "occurred", "Putin dankte ihm nach Angaben des Kremls"),
            E("Putin's condition that the transit routes stay open", "REQUEST", ["Vladimir Putin"], "2025-05-09",
              "context", "occurred", "Putin dankte ihm nach Angaben des Kremls"),
            E("Kallas warns against attending the Moscow parade", "REQUEST", ["Kaja Kallas"], "2025-04", "text",
              "occurred", "hatte im April gewarnt"),
            E("Kallas: candidate countries must reckon with consequences", "THREATEN", ["Kaja Kallas"], "2025-04",
              "text", "occurred", "hatte im April gewarnt"),
            E("Kallas: those standing next to Putin put themselves on the wrong side of history", "ACCUSE",
              ["Kaja Kallas"], "2025-05-09", "text", "occurred", "Am Freitag legte sie nach"),
            E("Kremlin calls Zelensky's remark an open threat", "ACCUSE", ["Kremlin", "Volodymyr Zelensky"], "2025-W19",
              "context", "occurred", "für die Sicherheit ausländischer Gäste"),
            E("Putin's unilateral three-day truce from 8 to 10 May", "RETREAT", ["Vladimir Putin", "Russia", "Ukraine"],
              "2025-05-08", "text", "occurred", "einseitig verkündete dreitägige Waffenruhe"),
            E("Ukraine says the truce was broken hundreds of times", "ACCUSE", ["Ukraine", "Russia"], "2025-05-08",
              "context", "occurred", "einseitig verkündete dreitägige Waffenruhe"),
            E("Merz, Macron, Starmer and Tusk arrive in Kyiv and meet Zelensky", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Volodymyr Zelensky"],
              "2025-05-10TMO", "text", "occurred", "trafen am Samstagmorgen"),
            E("The leaders call on Moscow to accept an unconditional 30-day ceasefire from Monday", "REQUEST",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Volodymyr Zelensky", "Russia"],
              "2025-05-10", "context", "occurred", "Gemeinsam mit Selenskyj forderten sie Moskau auf"),
            E("The leaders threaten massive new sanctions otherwise", "THREATEN",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Volodymyr Zelensky", "Russia"],
              "2025-05-10", "context", "occurred", "Gemeinsam mit Selenskyj forderten sie Moskau auf"),
            E("Peskov rejects the language of ultimatums", "REJECT",
              ["Dmitry Peskov", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk"], "2025-05-10",
              "published", "occurred", "in der Sprache von Ultimaten"),
        ],
        [
            S("Vladimir Putin, via Kremlin", "Thanks Fico for the courageous visit; Russia is ready to keep supplying "
              "Slovakia with gas and oil if the transit routes stay open", "2025-05-09", "context",
              "Putin dankte ihm nach Angaben des Kremls"),
            S("Kaja Kallas", "Attending the parade will not be taken lightly; candidate countries must reckon with "
              "consequences", "2025-04", "text", "hatte im April gewarnt"),
            S("Kaja Kallas", "Whoever stands next to Putin in Moscow while Russian missiles hit Ukrainian cities is on the "
              "wrong side of history", "2025-05-09", "text", "Am Freitag legte sie nach"),
            S("Volodymyr Zelensky", "Kyiv cannot guarantee the safety of foreign guests in Moscow", "2025-W19", "text",
              "für die Sicherheit ausländischer Gäste"),
            S("Kremlin", "Zelensky's remark is an open threat", "2025-W19", "context",
              "für die Sicherheit ausländischer Gäste"),
            S("Ukraine", "The truce was broken hundreds of times in its first hours", "2025-05-10", "published",
              "einseitig verkündete dreitägige Waffenruhe"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron, Keir Starmer, Donald Tusk, Volodymyr Zelensky",
              "Moscow must agree to an unconditional 30-day ceasefire from Monday, or face massive new sanctions",
              "2025-05-10", "context", "Gemeinsam mit Selenskyj forderten sie Moskau auf"),
            S("Dmitry Peskov", "Russia cannot be addressed in the language of ultimatums", "2025-05-10", "published",
              "in der Sprache von Ultimaten"),
        ],
        ["European Union", "Vladimir Putin", "Kremlin", "Russia", "Xi Jinping", "China", "Kaja Kallas",
         "Volodymyr Zelensky", "Ukraine", "Friedrich Merz", "Germany", "Emmanuel Macron", "France", "Keir Starmer",
         "United Kingdom", "Donald Tusk", "Poland", "Dmitry Peskov"],
    ),
    doc(
        "b59de05_moldau_wahl_reaktionen_2025_10", "2025-10-03", DE05,
        [
            T("Sonntag", "DATE", "2025-09-28", 0),
            T("Montagabend", "TIME", "2025-09-29TEV"),
            T("Montag", "DATE", "2025-09-29", 0),
            T("Mittwoch", "DATE", "2025-10-01"),
            T("22. September", "DATE", "2025-09-22"),
            T("Sonntagabend", "TIME", "2025-09-28TEV"),
            T("Montag", "DATE", "2025-09-29", 1),
            T("Donnerstag", "DATE", "2025-10-02"),
            T("diesem Jahr", "DATE", "2025"),
            T("Sonntag", "DATE", "2025-09-28", 1),
            T("stundenlang", "DURATION", "PTXH"),
            T("Januar", "DATE", "2025-01"),
            T("Februar", "DATE", "2025-02"),
            T("Dienstag", "DATE", "2025-09-30"),
        ],
        [
            E("Peskov: the result does not reflect the people's will, as Moldovans in Russia could not vote", "ACCUSE",
              ["Dmitry Peskov"], "2025-09-29", "text", "occurred", "Hunderttausende in Russland lebende Moldauer"),
            E("Zakharova accuses the EU of manipulating the election", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2025-10-01", "text", "occurred", "mit allen Mitteln manipuliert"),
            E("Zakharova: Russia will protect its compatriots in Moldova and Transnistria", "THREATEN",
              ["Maria Zakharova"], "2025-10-01", "text", "occurred", "mit allen Mitteln manipuliert"),
            E("Moldovan investigators say unrest was paid for with Russian money", "ACCUSE", ["Russia"], "2025-09-22",
              "text", "occurred", "hatte am 22. September"),
            E("Von der Leyen congratulates Moldova: the Union's door is open", "SUPPORT", ["Ursula von der Leyen"],
              "2025-09-28TEV", "text", "occurred", "noch am Sonntagabend"),
            E("Zelensky phones Sandu", "CONSULT", ["Volodymyr Zelensky"], "2025-09-29", "text", "occurred",
              "gratulierte Sandu am Montag am Telefon"),
            E("Zelensky congratulates Sandu", "SUPPORT", ["Volodymyr Zelensky"], "2025-09-29", "text", "occurred",
              "gratulierte Sandu am Montag am Telefon"),
            E("Zelensky and Sandu meet again at the EPC summit in Copenhagen", "CONSULT", ["Volodymyr Zelensky"],
              "2025-10-02", "text", "occurred", "trafen die beiden beim Gipfel"),
            E("Sandu talks with Merz in Copenhagen", "CONSULT", ["Friedrich Merz"], "2025-10-02", "text", "occurred",
              "trafen die beiden beim Gipfel"),
            E("Hoped-for opening of the first negotiating clusters this year", "CONSULT", ["European Union", "Ukraine"],
              "2025", "text", "uncertain", "die ersten Verhandlungscluster eröffnet"),
            E("Orbán keeps blocking the opening of clusters for Ukraine", "REJECT",
              ["Viktor Orbán", "Ukraine", "European Union"], "2025-10-03", "published", "occurred",
              "blockiert Ungarns Regierungschef Viktor Orbán"),
            E("Ukraine ends Russian gas transit, leaving Transnistria without gas", "SANCTION", ["Ukraine", "Russia"],
              "2025-01", "text", "occurred", "seit die Ukraine den Transit eingestellt hat",
              note="transit ended on 1 January 2025"),
            E("Moscow supplies Transnistria with gas on a Russian loan via a Hungarian trader", "AID", ["Russia"],
              "2025-02", "text", "occurred", "über einen ungarischen Zwischenhändler", date_mod="START"),
        ],
        [
            S("Russia", "Moscow recognises the result only with reservations", "2025-10-03", "published",
              "Moskau erkennt das Ergebnis"),
            S("Dmitry Peskov", "Hundreds of thousands of Moldovans in Russia could not vote; the result does not reflect "
              "the people's will", "2025-09-29", "text", "Hunderttausende in Russland lebende Moldauer"),
            S("Maria Zakharova", "The EU manipulated the election; Russia will firmly protect its compatriots in Moldova "
              "and Transnistria", "2025-10-01", "text", "mit allen Mitteln manipuliert"),
            S("European Union", "Congratulations from Brussels", "2025-10-03", "published", "Aus Brüssel und Kiew"),
            S("Ukraine", "Congratulations from Kyiv", "2025-10-03", "published", "Aus Brüssel und Kiew"),
            S("Ursula von der Leyen", "Moldovans made clear where they belong, in Europe; the Union's door is open",
              "2025-09-28TEV", "text", "noch am Sonntagabend"),
            S("Volodymyr Zelensky", "A common path into the EU", "2025-09-29", "text",
              "gratulierte Sandu am Montag am Telefon"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union", "Ukraine", "Ursula von der Leyen",
         "Volodymyr Zelensky", "Friedrich Merz", "Germany", "Viktor Orbán"],
    ),
    doc(
        "b59de06_turkstream_drohnen_baumgarten_2026_03", "2026-03-13", DE06,
        [
            T("der Nacht auf Dienstag", "TIME", "2026-03-09TNI", note="the night to Tuesday 10 March"),
            T("mehr als 48 Stunden", "DURATION", "PT48H", mod="MORE_THAN"),
            T("Dienstag", "DATE", "2026-03-10", 1),
            T("Donnerstagfrüh", "TIME", "2026-03-12TMO"),
            T("Dienstag", "DATE", "2026-03-10", 2),
            T("Mittwoch", "DATE", "2026-03-11", 0),
            T("Mittwoch", "DATE", "2026-03-11", 1),
            T("15. März", "DATE", "2026-03-15"),
            T("Herbst 2027", "DATE", "2027-FA"),
            T("kommende Woche", "DATE", "2026-W12"),
            T("Dezember 2024", "DATE", "2024-12"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Donnerstag kommender Woche", "DATE", "2026-03-19"),
        ],
        [
            E("Drone attack on the Russkaya compressor station interrupts TurkStream flows", "ASSAULT",
              ["Ukraine", "Russia"], "2026-03-09TNI", "text", "occurred", "Ein Drohnenangriff auf die Verdichterstation",
              note="attributed to Ukraine by Moscow; Kyiv denies it"),
            E("Peskov accuses Ukraine of energy terrorism against Europe", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2026-03-10", "text", "occurred", "Energieterrorismus"),
            E("Putin orders stronger protection of the Black Sea installations", "MOBILIZE", ["Vladimir Putin"],
              "2026-03-10", "context", "occurred", "Energieterrorismus"),
            E("Sybiha rejects the Russian accusations", "REJECT", ["Andrii Sybiha", "Russia"], "2026-03-11", "text",
              "occurred", "Kiew wies die Vorwürfe zurück"),
            E("Sybiha suggests a possible Russian staging", "ACCUSE", ["Andrii Sybiha", "Russia"], "2026-03-11", "text",
              "occurred", "Kiew wies die Vorwürfe zurück"),
            E("Orbán: whoever attacks Hungary's energy supply attacks Hungary", "ACCUSE", ["Viktor Orbán", "Ukraine"],
              "2026-03-11", "text", "occurred", "greift Ungarn an"),
            E("Orbán threatens to block the renewal of EU sanctions on about 2,500 Russian individuals and firms",
              "THREATEN", ["Viktor Orbán", "European Union", "Ukraine"], "2026-03-11", "context", "occurred",
              "Er drohte, die Verlängerung"),
            E("Orbán demands guarantees from Kyiv for the safety of the pipelines", "REQUEST", ["Viktor Orbán", "Ukraine"],
              "2026-03-11", "context", "occurred", "Er drohte, die Verlängerung"),
            E("Renewal of the EU sanctions listings due by 15 March", "SANCTION", ["European Union", "Russia"],
              "2026-03-15", "text", "uncertain", "Er drohte, die Verlängerung"),
            E("Kallas calls on both sides to show restraint", "REQUEST", ["Kaja Kallas", "Russia", "Ukraine"],
              "2026-03-13", "published", "occurred", "rief beide Seiten zur Zurückhaltung auf"),
            E("EU to phase out Russian pipeline gas by autumn 2027", "SANCTION", ["European Union", "Russia"], "2027-FA",
              "text", "planned", "rief beide Seiten zur Zurückhaltung auf"),
            E("EU summit in Brussels next week", "CONSULT", ["European Union"], "2026-W12", "text", "planned",
              "Beim EU-Gipfel kommende Woche"),
            E("Austria has bought no Russian gas since December 2024", "SANCTION", ["Russia"], "2024-12", "text",
              "occurred", "seit Dezember 2024 kein russisches Gas",
              note="a non-canonical state ending imports from Russia; only the canonical side is kept"),
        ],
        [
            S("Russia", "Russia blamed Ukraine at once", "2026-03-13", "published", "Russland machte umgehend"),
            S("Dmitry Peskov", "Energy terrorism directed not against Russia but against Europe; Putin ordered stronger "
              "protection of the installations", "2026-03-10", "text", "Energieterrorismus"),
            S("Russia", "Defence ministry: seven of nine drones were shot down", "2026-03-13", "published",
              "Das russische Verteidigungsministerium meldete"),
            S("Andrii Sybiha", "Ukraine does not attack infrastructure that supplies its EU partners; possibly a Russian "
              "staging", "2026-03-11", "text", "Kiew wies die Vorwürfe zurück"),
            S("Viktor Orbán", "Orbán reacted sharply", "2026-03-13", "published", "reagierte scharf"),
            S("Viktor Orbán", "Whoever attacks Hungary's energy supply attacks Hungary", "2026-03-11", "text",
              "greift Ungarn an"),
            S("Viktor Orbán", "Will block the renewal of EU sanctions unless Kyiv guarantees the pipelines' safety",
              "2026-03-11", "context", "Er drohte, die Verlängerung"),
            S("Kaja Kallas", "Both sides should show restraint; the EU wants to leave Russian pipeline gas by autumn 2027",
              "2026-03-13", "published", "rief beide Seiten zur Zurückhaltung auf"),
            S("Turkey", "Energy ministry: the section on Turkish territory is undamaged and deliveries to Turkey were not "
              "affected", "2026-03-13", "published", "Das türkische Energieministerium"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Andrii Sybiha", "Viktor Orbán",
         "European Union", "Kaja Kallas", "Turkey"],
    ),
]
