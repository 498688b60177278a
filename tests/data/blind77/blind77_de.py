"""German articles of the blind77 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b77de01 (ddp)
DE01 = """
Kein Öl mehr durch den Südstrang der Druschba – Ungarn und die Slowakei bangen um ihre Versorgung

Moskau/Kiew (ddp) – Durch den südlichen Strang der Druschba-Pipeline fließt seit knapp einer Woche kein russisches Rohöl mehr nach Ungarn, in die Slowakei und nach Tschechien.
Der ukrainische Pipelinebetreiber Ukrtransnafta habe das Pumpen bereits am 4. August eingestellt, teilte der russische Staatskonzern Transneft am Dienstag mit.
Grund sei, dass eine Vorauszahlung für den Transit im August von der beteiligten Bank wegen der EU-Sanktionen zurückgeschickt worden sei.
Ukrtransnafta bestätigte den Stopp und verwies auf das vertraglich vereinbarte Prinzip der Vorkasse: ohne Zahlung kein Transit.

Der Kreml machte am Mittwoch die Europäische Union verantwortlich.
„Das ist eine direkte Folge der illegitimen Sanktionen, die Brüssel verhängt hat“, sagte Kremlsprecher Dmitri Peskow vor Journalisten.
Russland sei und bleibe ein verlässlicher Lieferant, fügte er hinzu.
Das ukrainische Energieministerium wies den Vorwurf zurück: Man habe lediglich auf vertragsgemäßer Bezahlung bestanden und sei bereit, den Transit sofort wieder aufzunehmen.

Bewegung kam am Mittwoch vom ungarischen Ölkonzern MOL, der anbot, die fällige Transitgebühr von rund 20 Millionen Euro vorerst selbst an Ukrtransnafta zu überweisen.
Transneft stimmte dem Vorschlag nach eigenen Angaben zu, auch die slowakische Slovnaft will sich an der Zahlung beteiligen.
Bis das Öl wieder fließt, könnten nach Schätzungen aus der Branche aber noch mehrere Tage vergehen.

Ministerpräsident Viktor Orbán hatte bereits Ende Juli gewarnt, Ungarn werde keinen EU-Sanktionen zustimmen, die seine Energieversorgung gefährdeten.
Budapest hatte im Frühjahr durchgesetzt, dass Pipeline-Öl von dem Embargo ausgenommen bleibt, auf das sich die Staats- und Regierungschefs der EU Ende Mai geeinigt hatten.
Deutschland und Polen sagten damals zu, bis zum Jahresende freiwillig auch auf Öl aus dem nördlichen Strang der Druschba zu verzichten.

Der ukrainische Präsident Wolodymyr Selenskyj forderte am Dienstagabend in seiner täglichen Videoansprache, Europa müsse sich „so schnell wie möglich“ ganz von russischer Energie lösen.
Bundeswirtschaftsminister Robert Habeck warf Moskau am Mittwoch vor, Energie als Waffe einzusetzen; Gazprom hatte die Lieferungen durch Nord Stream 1 vor zwei Wochen auf ein Fünftel der Kapazität gedrosselt.
Die EU-Kommission erklärte, Zahlungen von Transitgebühren seien von den Sanktionen nicht erfasst, man prüfe den Fall gemeinsam mit den betroffenen Staaten.
"""


# ---------------------------------------------------------------- b77de02 (ZfK – Zeitung für kommunale Wirtschaft)
DE02 = """
Gaspreisdeckel beschlossen: EU-Energieminister einigen sich auf 180 Euro je Megawattstunde

Brüssel/Berlin. Nach monatelangem Streit haben sich die Energieminister der EU-Staaten am Montagabend in Brüssel auf eine Obergrenze für den Großhandelspreis von Erdgas verständigt.
Der sogenannte Marktkorrekturmechanismus greift ab 15. Februar, wenn der Preis am Handelspunkt TTF drei Tage in Folge 180 Euro je Megawattstunde übersteigt und zugleich deutlich über dem Weltmarktpreis für Flüssigerdgas liegt.
Die ungarische Regierung von Viktor Orbán stimmte dagegen, die Niederlande und Österreich enthielten sich.
Bundeswirtschaftsminister Robert Habeck (Grüne) sprach nach der Sitzung von einem Kompromiss, mit dem „alle leben können“.
EU-Energiekommissarin Kadri Simson sagte, die Union sende ein klares Signal, dass sie sich von Spekulanten nicht erpressen lasse.

Die Kommission hatte im November zunächst eine Schwelle von 275 Euro vorgeschlagen.
Eine Gruppe von 15 Staaten um Polen, Italien und Griechenland lehnte das als wirkungslos ab und verlangte einen deutlich niedrigeren Deckel.
Deutschland hatte vor Eingriffen gewarnt, die Lieferungen nach Europa gefährden könnten, und gab erst in der vergangenen Woche seinen Widerstand auf.

Aus Moskau kam umgehend Kritik.
Kremlsprecher Dmitri Peskow nannte den Deckel am Dienstag „inakzeptabel“ und einen Eingriff in die Marktmechanismen.
Vizeregierungschef Alexander Nowak hatte bereits vorige Woche gedroht, Russland werde kein Gas an Staaten liefern, die einen solchen Mechanismus anwenden.
Gazprom liefert derzeit nur noch über die Pipeline Turkstream und durch die Ukraine Gas in die EU.

Für die Stadtwerke ändert der Beschluss kurzfristig wenig.
Der Verband kommunaler Unternehmen (VKU) warnte, der Deckel dürfe nicht dazu führen, dass LNG-Tanker im Winter andere Häfen ansteuern.
Entlastung für Haushalte und Betriebe sollen die Gas- und die Strompreisbremse bringen, die der Bundestag vergangene Woche beschlossen hat und die ab März rückwirkend auch für Januar und Februar gelten.

Bereits am Donnerstag hatten sich die EU-Staaten auf ein neuntes Sanktionspaket gegen Russland geeinigt, nachdem Polen seine letzten Einwände zurückgezogen hatte.
Der ukrainische Präsident Wolodymyr Selenskyj hatte die Europäer zuletzt aufgefordert, Russlands Einnahmen aus dem Energiegeschäft „auf null“ zu drücken.
Die Energieminister wollen Anfang März erneut zusammenkommen und prüfen, ob der Deckel nachgeschärft werden muss.
"""

# ---------------------------------------------------------------- b77de03 (trend, Vienna)
DE03 = """
Preisdeckel mit Zähnen: USA bestrafen erstmals Reeder wegen russischen Öls

Washington/Wien. Das US-Finanzministerium hat am Donnerstag erstmals Sanktionen gegen Reedereien verhängt, die russisches Rohöl über dem westlichen Preisdeckel von 60 Dollar je Barrel transportiert haben sollen.
Betroffen sind die in der Türkei ansässige Ice Pearl Navigation und die Lumber Marine aus Dubai sowie ihre Tanker „Yasa Golden Bosphorus“ und „SCF Primorye“.
Beide Schiffe hätten heuer Urals-Öl zu Preisen von mehr als 75 Dollar geladen und dabei Dienstleistungen aus den USA in Anspruch genommen, hieß es in Washington.
Der stellvertretende Finanzminister Wally Adeyemo sagte, die Maßnahme solle Moskaus Einnahmen für den Krieg gegen die Ukraine weiter schmälern.
Washington und London hatten Reeder und Versicherer bereits im Februar in einem gemeinsamen Rundschreiben vor Verstößen gewarnt.

Kremlsprecher Dmitri Peskow sagte am Freitag, Russland werde sich an keinen Preisdeckel halten und seine Ölexporte „in jedem Fall“ fortsetzen.
Präsident Wladimir Putin hatte schon im Dezember per Dekret verboten, Öl an Käufer zu liefern, die den Deckel anwenden.
Außenamtssprecherin Maria Sacharowa warf Washington vor, mit „illegalen einseitigen Maßnahmen“ den Welthandel zu untergraben.

Das türkische Außenministerium erklärte, die Türkei setze nur Sanktionen um, die der UN-Sicherheitsrat beschlossen habe.
Durch den Bosporus läuft ein Großteil des russischen Öls aus den Schwarzmeerhäfen; Präsident Recep Tayyip Erdoğan hatte Putin zuletzt Anfang September in Sotschi getroffen.

Der Deckel war im Dezember 2022 von den G7, der EU und Australien eingeführt worden, um Russlands Öleinnahmen zu drücken, ohne den Weltmarkt zu destabilisieren.
Seit dem Sommer notiert die Sorte Urals aber meist über der Grenze, weil Moskau eine eigene Flotte älterer Tanker aufgebaut hat.
Die EU-Kommission will im zwölften Sanktionspaket, das bis Jahresende stehen soll, strengere Nachweispflichten beim Verkauf von Tankern an Drittstaaten vorschlagen.
Der ukrainische Präsident Wolodymyr Selenskyj begrüßte den Schritt am Donnerstagabend und forderte, auch die Versicherer der Schattenflotte ins Visier zu nehmen.
Die US-Regierung stellte weitere Schritte in den kommenden Wochen in Aussicht.

Für Österreich bleibt vor allem das Gas ein Thema: Die OMV bezieht weiterhin den Großteil ihres Erdgases von Gazprom, auf Basis eines Vertrags, der bis 2040 läuft.
Energieministerin Leonore Gewessler (Grüne) forderte am Mittwoch im Nationalrat erneut einen Ausstieg, Bundeskanzler Karl Nehammer (ÖVP) verwies auf die Versorgungssicherheit.
"""

# ---------------------------------------------------------------- b77de04 (Eßlinger Zeitung)
DE04 = """
Gasmessstation Sudscha in Trümmern – Moskau und Kiew geben sich gegenseitig die Schuld

Moskau/Kiew. Wenige Tage nach der Zusage beider Seiten, vorerst keine Energieanlagen mehr anzugreifen, ist die Gasmessstation im russischen Grenzort Sudscha schwer beschädigt worden.
Das russische Verteidigungsministerium warf den ukrainischen Streitkräften am Freitag vor, die Anlage auf dem Rückzug gesprengt zu haben, und sprach von einer „gezielten Provokation“.
Der ukrainische Generalstab wies das zurück: Die russische Armee habe die Station seit Tagen selbst mit Artillerie beschossen, um Kiew zu diskreditieren.

Über Sudscha war bis Ende Dezember russisches Gas durch die Ukraine nach Europa geflossen.
Zum 1. Januar ließ Kiew den Transitvertrag mit Gazprom auslaufen, seither ist die Station außer Betrieb.
Im August hatten ukrainische Truppen bei ihrem Vorstoß in die Region Kursk auch Sudscha eingenommen; vergangene Woche meldete Moskau die Rückeroberung der Kleinstadt.

Am Dienstag hatten US-Präsident Donald Trump und Kremlchef Wladimir Putin in einem rund zweieinhalbstündigen Telefonat vereinbart, 30 Tage lang auf Angriffe gegen die Energieinfrastruktur zu verzichten.
Der ukrainische Präsident Wolodymyr Selenskyj schloss sich nach einem Telefonat mit Trump am Mittwoch an.
Kremlsprecher Dmitri Peskow sagte am Freitag, Kiew habe das Moratorium mehrfach gebrochen, Russland halte sich dagegen an die Anweisung des Präsidenten.
Selenskyj hielt in seiner Videoansprache am Freitagabend dagegen: In der Nacht zum Freitag hätten russische Drohnen erneut Umspannwerke in den Regionen Saporischschja und Odessa getroffen.

Am Sonntag wollen Unterhändler der USA und der Ukraine in der saudischen Hauptstadt Riad über Einzelheiten beraten, am Montag folgen dort Gespräche zwischen Amerikanern und Russen.
Dabei soll es auch um eine Waffenruhe im Schwarzen Meer gehen, die der US-Sondergesandte Steve Witkoff für „bald“ erreichbar hält.

In Esslingen verfolgt man die Nachrichten aus Sudscha mit gemischten Gefühlen.
Die Stadtwerke beziehen ihr Gas seit 2022 ausschließlich über europäische Handelsplätze, sagte ein Sprecher; an den Preisen für die Kunden werde sich kurzfristig nichts ändern.
Der Landtag in Stuttgart hatte sich erst im Februar mit der Gasversorgung im Südwesten befasst, nachdem die Speicher im Winter stärker geleert worden waren als erwartet.
"""

# ---------------------------------------------------------------- b77de05 (Emder Zeitung)
DE05 = """
Flüssiggas aus Katar: Vertrag über 15 Jahre – ab 2026 sollen Tanker Brunsbüttel anlaufen

Doha/Berlin/Emden. Deutschland bekommt erstmals einen langfristigen Liefervertrag für Flüssigerdgas aus Katar.
Der Staatskonzern QatarEnergy und der US-Konzern ConocoPhillips unterzeichneten am Dienstag in Doha eine Vereinbarung über jährlich bis zu zwei Millionen Tonnen LNG, die ab 2026 über mindestens 15 Jahre nach Brunsbüttel geliefert werden sollen.
Katars Energieminister Saad al-Kaabi sprach von einem Beitrag zur Energiesicherheit Deutschlands und Europas.
Man sei bereit, weitere Mengen zu liefern, falls Berlin das wünsche.

Bundeswirtschaftsminister Robert Habeck (Grüne) begrüßte die Vereinbarung; 15 Jahre seien „super“, sagte er in Berlin.
Habeck war im März nach Doha gereist, um mit dem Emir Tamim bin Hamad Al Thani über Gas zu sprechen; Bundeskanzler Olaf Scholz folgte im September.
Einen Vertrag brachte keine der beiden Reisen, weil Berlin auf kürzere Laufzeiten gedrungen hatte.
Vergangene Woche hatte Katar bereits einen Liefervertrag über 27 Jahre mit dem chinesischen Staatskonzern Sinopec geschlossen.
Die USA hatten der EU im März zugesagt, noch in diesem Jahr 15 Milliarden Kubikmeter zusätzliches LNG zu liefern.

Die Beziehungen zwischen Berlin und Doha waren zuletzt angespannt.
Ende Oktober hatte das katarische Außenministerium den deutschen Botschafter einbestellt, nachdem Innenministerin Nancy Faeser die Vergabe der Fußball-WM an das Emirat kritisiert hatte.

Aus Moskau kam Spott.
Kremlsprecher Dmitri Peskow hatte am Montag gesagt, Europa werde für seinen Verzicht auf russisches Gas einen hohen Preis zahlen.
Gazprom hatte die Lieferungen durch Nord Stream 1 Ende August ganz eingestellt; seit den Explosionen an den Ostseeleitungen Ende September ist die Röhre ohnehin unbrauchbar.
Selenskyj hatte die Europäer im Oktober aufgefordert, Russland „die Energiewaffe aus der Hand zu schlagen“.

In Emden, wo die Europipe-Leitungen norwegisches Gas an Land bringen, wird der Ausbau der LNG-Infrastruktur an der Küste genau verfolgt.
Das erste schwimmende Terminal in Wilhelmshaven soll Mitte Dezember in Betrieb gehen; Niedersachsens Wirtschaftsminister Olaf Lies (SPD) rechnet mit dem ersten Tanker noch vor Weihnachten.
Auch der Emder Hafen bringt sich für ein Terminal ins Gespräch, das ab 2027 Wasserstoff-Derivate umschlagen könnte.
"""

# ---------------------------------------------------------------- b77de06 (finanzen.net)
DE06 = """
Ungarn klagt gegen EU-Verbot für russisches Gas – Gaspreise reagieren kaum

Budapest/Luxemburg. Ungarn wehrt sich vor dem Gerichtshof der Europäischen Union gegen das Verbot russischer Gasimporte.
Die Regierung von Ministerpräsident Viktor Orbán habe die Nichtigkeitsklage am Donnerstag in Luxemburg eingereicht, teilte Außenminister Péter Szijjártó auf Facebook mit.
Die Slowakei will nach Angaben von Regierungschef Robert Fico in der kommenden Woche nachziehen.

Die Verordnung, die der Rat Ende Januar mit qualifizierter Mehrheit gegen die Stimmen beider Länder beschlossen hatte, verbietet kurzfristige Lieferverträge für russisches Gas ab Mitte Juni und langfristige Verträge ab Herbst 2027.
Weil die Kommission das Verbot als handelspolitische Maßnahme vorgelegt hatte, konnten Budapest und Bratislava es nicht mit einem Veto stoppen.

Orbán sprach am Freitagmorgen im staatlichen Rundfunk von einem „Angriff auf die Souveränität“ seines Landes.
Ohne russisches Gas würden sich die Heizkosten ungarischer Familien verdreifachen, sagte er wenige Wochen vor der Parlamentswahl.
Eine Sprecherin der EU-Kommission entgegnete, die Verordnung stehe auf einer soliden Rechtsgrundlage, man werde sie vor Gericht verteidigen.
Die EU-Außenbeauftragte Kaja Kallas warf Orbán vor, mit der Klage „das Geschäft des Kremls“ zu betreiben.

Kremlsprecher Dmitri Peskow sagte, Russland sei bereit, Ungarn und die Slowakei weiter über Turkstream zu beliefern, „solange die Europäer es zulassen“.
Naftogaz-Chef Serhij Korezkyj bot an, beiden Ländern im Notfall Gas aus ukrainischen Speichern zur Verfügung zu stellen.
Präsident Wolodymyr Selenskyj hatte Orbán zuletzt vorgeworfen, Europas Sicherheit „für billiges Gas aus Moskau“ zu verkaufen.

Rückendeckung erhält Budapest aus Washington: US-Präsident Donald Trump hatte Ungarn im November eine einjährige Ausnahme von den Sanktionen gegen die russischen Ölkonzerne Rosneft und Lukoil gewährt.
Zugleich drängt die US-Regierung die Europäer, mehr amerikanisches Flüssiggas zu kaufen; Energieminister Chris Wright wird Anfang März zu Gesprächen in Brüssel erwartet.

An den Märkten hinterließ die Klage kaum Spuren.
Der TTF-Terminkontrakt für April notierte am Freitagnachmittag bei 31,40 Euro je Megawattstunde und damit rund ein Prozent unter dem Niveau vom Vortag.
Papiere des Ölkonzerns MOL gaben an der Budapester Börse 0,8 Prozent nach.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b77de01_druschba_transitstopp_2022_08", "2022-08-10", DE01,
        [
            T("knapp einer Woche", "DURATION", "P1W", mod="APPROX"),
            T("4. August", "DATE", "2022-08-04"),
            T("Dienstag", "DATE", "2022-08-09"),
            T("August", "DATE", "2022-08", 1),
            T("Mittwoch", "DATE", "2022-08-10", 0),
            T("Mittwoch", "DATE", "2022-08-10", 1),
            T("mehrere Tage", "DURATION", "PXD"),
            T("Ende Juli", "DATE", "2022-07", mod="END"),
            T("Frühjahr", "DATE", "2022-SP"),
            T("Ende Mai", "DATE", "2022-05", mod="END"),
            T("Jahresende", "DATE", "2022", mod="END"),
            T("Dienstagabend", "TIME", "2022-08-09TEV"),
            T("täglichen", "SET", "P1D"),
            T("Mittwoch", "DATE", "2022-08-10", 2),
            T("vor zwei Wochen", "DATE", "2022-W30"),
        ],
        [
            E("Ukrtransnafta halts the transit of Russian oil through the southern Druzhba line", "SANCTION",
              ["Ukraine", "Russia"], "2022-08-04", "text", "occurred", "habe das Pumpen bereits am 4. August"),
            E("Ukraine insists on advance payment as the condition for the transit", "REQUEST", ["Ukraine", "Russia"],
              "2022-08-10", "published", "occurred", "Ukrtransnafta bestätigte den Stopp"),
            E("Peskov blames the EU sanctions for the stop", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2022-08-10", "context", "occurred", "eine direkte Folge der illegitimen Sanktionen"),
            E("Ukraine's energy ministry rejects the Kremlin's charge", "REJECT", ["Ukraine", "Kremlin"],
              "2022-08-10", "context", "occurred", "Das ukrainische Energieministerium wies den Vorwurf zurück"),
            E("Ukraine ready to resume the transit at once", "AGREE", ["Ukraine", "Russia"], "2022-08-10", "context",
              "occurred", "Das ukrainische Energieministerium wies den Vorwurf zurück"),
            E("MOL offers to pay the transit fee to Ukrtransnafta", "REQUEST", ["Ukraine"], "2022-08-10", "text",
              "occurred", "Bewegung kam am Mittwoch"),
            E("Transneft agrees to MOL's proposal", "AGREE", ["Russia"], "2022-08-10", "context", "occurred",
              "Transneft stimmte dem Vorschlag"),
            E("Orbán warns Hungary will not agree to EU sanctions that endanger its energy supply", "THREATEN",
              ["Viktor Orbán", "European Union"], "2022-07", "text", "occurred", "hatte bereits Ende Juli gewarnt",
              date_mod="END"),
            E("EU leaders agree the oil embargo against Russia", "SANCTION", ["European Union", "Russia"], "2022-05",
              "text", "occurred", "Budapest hatte im Frühjahr durchgesetzt", date_mod="END"),
            E("EU exempts pipeline oil from the embargo at Budapest's insistence", "CONCEDE", ["European Union"],
              "2022-SP", "text", "occurred", "Budapest hatte im Frühjahr durchgesetzt"),
            E("Germany and Poland pledge to stop Russian pipeline oil by the end of the year", "AGREE",
              ["Germany", "Poland"], "2022-05", "context", "occurred", "Deutschland und Polen sagten damals zu",
              date_mod="END"),
            E("Zelensky calls on Europe to cut itself off from Russian energy", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-08-09TEV", "text", "occurred",
              "forderte am Dienstagabend"),
            E("Habeck accuses Moscow of using energy as a weapon", "ACCUSE", ["Germany", "Russia"], "2022-08-10",
              "text", "occurred", "Bundeswirtschaftsminister Robert Habeck warf Moskau"),
            E("Gazprom cuts Nord Stream 1 deliveries to a fifth of capacity", "SANCTION", ["Russia", "Germany"],
              "2022-W30", "text", "occurred", "Bundeswirtschaftsminister Robert Habeck warf Moskau",
              note="the cut took effect on 27 July 2022"),
        ],
        [
            S("Russia", "Transneft: Ukrtransnafta stopped pumping on 4 August", "2022-08-09", "text",
              "habe das Pumpen bereits am 4. August"),
            S("Russia", "Transneft: the advance payment for August was returned by the bank because of EU sanctions",
              "2022-08-09", "context", "Grund sei, dass eine Vorauszahlung"),
            S("Ukraine", "Ukrtransnafta confirms the stop: no transit without payment", "2022-08-10", "published",
              "Ukrtransnafta bestätigte den Stopp"),
            S("Kremlin", "The Kremlin blames the European Union", "2022-08-10", "text",
              "Der Kreml machte am Mittwoch"),
            S("Dmitry Peskov", "The stop is a direct consequence of Brussels' illegitimate sanctions", "2022-08-10",
              "context", "eine direkte Folge der illegitimen Sanktionen"),
            S("Dmitry Peskov", "Russia is and remains a reliable supplier", "2022-08-10", "context",
              "Russland sei und bleibe"),
            S("Ukraine", "Energy ministry: Ukraine only insisted on payment and is ready to resume transit at once",
              "2022-08-10", "context", "Das ukrainische Energieministerium wies den Vorwurf zurück"),
            S("Russia", "Transneft agreed to MOL's proposal", "2022-08-10", "context",
              "Transneft stimmte dem Vorschlag"),
            S("Viktor Orbán", "Hungary will not agree to EU sanctions that endanger its energy supply", "2022-07",
              "text", "hatte bereits Ende Juli gewarnt"),
            S("Volodymyr Zelensky", "Europe must cut itself off from Russian energy as quickly as possible",
              "2022-08-09TEV", "text", "forderte am Dienstagabend"),
            S("Germany", "Habeck: Moscow uses energy as a weapon", "2022-08-10", "text",
              "Bundeswirtschaftsminister Robert Habeck warf Moskau"),
            S("European Union", "Commission: transit fee payments are not covered by the sanctions; the case is "
              "being examined with the states concerned", "2022-08-10", "published", "Die EU-Kommission erklärte"),
        ],
        ["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "European Union", "Viktor Orbán", "Germany", "Poland",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b77de02_gaspreisdeckel_energieminister_2022_12", "2022-12-20", DE02,
        [
            T("monatelangem", "DURATION", "PXM"),
            T("Montagabend", "TIME", "2022-12-19TEV"),
            T("15. Februar", "DATE", "2023-02-15"),
            T("drei Tage", "DURATION", "P3D"),
            T("November", "DATE", "2022-11"),
            T("der vergangenen Woche", "DATE", "2022-W50"),
            T("Dienstag", "DATE", "2022-12-20"),
            T("vorige Woche", "DATE", "2022-W50"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Winter", "DATE", "2022-WI"),
            T("vergangene Woche", "DATE", "2022-W50"),
            T("März", "DATE", "2023-03", 0),
            T("Januar", "DATE", "2023-01"),
            T("Februar", "DATE", "2023-02", 1),
            T("Donnerstag", "DATE", "2022-12-15"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Anfang März", "DATE", "2023-03", mod="START"),
        ],
        [
            E("EU energy ministers agree a cap on wholesale gas prices", "AGREE", ["European Union"],
              "2022-12-19TEV", "text", "occurred", "Nach monatelangem Streit"),
            E("Orbán's government votes against the gas price cap", "REJECT", ["Viktor Orbán", "European Union"],
              "2022-12-19", "context", "occurred", "Die ungarische Regierung von Viktor Orbán"),
            E("Commission proposes a cap at 275 euros", "REQUEST", ["European Union"], "2022-11", "text",
              "occurred", "Die Kommission hatte im November"),
            E("Poland and other states reject the proposal as ineffective", "REJECT", ["Poland", "European Union"],
              "2022-11", "context", "occurred", "Eine Gruppe von 15 Staaten"),
            E("Poland and other states demand a much lower cap", "REQUEST", ["Poland", "European Union"],
              "2022-11", "context", "occurred", "Eine Gruppe von 15 Staaten"),
            E("Germany gives up its resistance to the cap", "CONCEDE", ["Germany", "European Union"], "2022-W50",
              "text", "occurred", "gab erst in der vergangenen Woche"),
            E("Peskov calls the price cap unacceptable", "REJECT", ["Dmitry Peskov", "European Union"], "2022-12-20",
              "text", "occurred", "Kremlsprecher Dmitri Peskow nannte den Deckel"),
            E("Novak threatens to stop gas to states that apply the mechanism", "THREATEN",
              ["Russia", "European Union"], "2022-W50", "text", "occurred", "Vizeregierungschef Alexander Nowak"),
            E("EU states agree a ninth sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2022-12-15", "text", "occurred", "ein neuntes Sanktionspaket"),
            E("Poland withdraws its last objections to the ninth package", "CONCEDE", ["Poland", "European Union"],
              "2022-12-15", "context", "occurred", "ein neuntes Sanktionspaket"),
            E("Zelensky calls on the Europeans to push Russia's energy revenues to zero", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "PAST_REF", "vague", "occurred",
              "hatte die Europäer zuletzt aufgefordert"),
            E("EU energy ministers to meet again in early March", "CONSULT", ["European Union"], "2023-03", "text",
              "planned", "Die Energieminister wollen Anfang März", date_mod="START"),
        ],
        [
            S("Germany", "Habeck: a compromise everyone can live with", "2022-12-19", "context",
              "Bundeswirtschaftsminister Robert Habeck (Grüne) sprach"),
            S("European Union", "Simson: the EU sends a clear signal that it will not be blackmailed by speculators",
              "2022-12-19", "context", "EU-Energiekommissarin Kadri Simson"),
            S("Poland", "The Commission's 275-euro cap is ineffective; a much lower cap is needed", "2022-11",
              "context", "Eine Gruppe von 15 Staaten"),
            S("Russia", "Moscow criticises the price cap", "2022-12-20", "published", "Aus Moskau kam umgehend Kritik"),
            S("Dmitry Peskov", "The cap is unacceptable and an intervention in market mechanisms", "2022-12-20",
              "text", "Kremlsprecher Dmitri Peskow nannte den Deckel"),
            S("Russia", "Novak: Russia will not supply gas to states that apply such a mechanism", "2022-W50", "text",
              "Vizeregierungschef Alexander Nowak"),
            S("Volodymyr Zelensky", "Europe should push Russia's energy revenues to zero", "PAST_REF", "vague",
              "hatte die Europäer zuletzt aufgefordert"),
        ],
        ["European Union", "Viktor Orbán", "Germany", "Poland", "Russia", "Kremlin", "Dmitry Peskov", "Ukraine",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b77de03_preisdeckel_reeder_sanktionen_2023_10", "2023-10-13", DE03,
        [
            T("Donnerstag", "DATE", "2023-10-12"),
            T("heuer", "DATE", "2023"),
            T("Februar", "DATE", "2023-02"),
            T("Freitag", "DATE", "2023-10-13"),
            T("Dezember", "DATE", "2022-12", 0),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Anfang September", "DATE", "2023-09", mod="START"),
            T("Dezember 2022", "DATE", "2022-12"),
            T("dem Sommer", "DATE", "2023-SU"),
            T("Jahresende", "DATE", "2023", mod="END"),
            T("Donnerstagabend", "TIME", "2023-10-12TEV"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("2040", "DATE", "2040"),
            T("Mittwoch", "DATE", "2023-10-11"),
        ],
        [
            E("US Treasury sanctions two shipping companies for carrying Russian oil above the price cap",
              "SANCTION", ["United States"], "2023-10-12", "text", "occurred",
              "Das US-Finanzministerium hat am Donnerstag"),
            E("US and UK warn shippers and insurers against breaching the cap", "REQUEST",
              ["United States", "United Kingdom"], "2023-02", "text", "occurred", "Washington und London hatten"),
            E("Peskov: Russia will not observe any price cap", "REJECT", ["Dmitry Peskov", "United States"],
              "2023-10-13", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Putin's decree bans oil sales to buyers that apply the cap", "SANCTION", ["Vladimir Putin"],
              "2022-12", "text", "occurred", "Präsident Wladimir Putin hatte schon im Dezember"),
            E("Zakharova accuses Washington of undermining world trade", "ACCUSE",
              ["Maria Zakharova", "United States"], "2023-10-13", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa"),
            E("Turkey: it implements only sanctions decided by the UN Security Council", "REJECT",
              ["Turkey", "United States"], "2023-10-13", "published", "occurred",
              "Das türkische Außenministerium erklärte"),
            E("Erdoğan met Putin in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-09", "text",
              "occurred", "hatte Putin zuletzt Anfang September", date_mod="START", note="4 September 2023"),
            E("G7, EU and Australia introduce the oil price cap", "SANCTION", ["European Union", "Russia"],
              "2022-12", "text", "occurred", "Der Deckel war im Dezember 2022", note="in force from 5 December 2022"),
            E("Commission to propose stricter rules on tanker sales in the twelfth package", "SANCTION",
              ["European Union", "Russia"], "2023", "text", "planned", "im zwölften Sanktionspaket",
              date_mod="END"),
            E("Zelensky welcomes the US sanctions", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2023-10-12TEV", "text", "occurred", "begrüßte den Schritt am Donnerstagabend"),
            E("Zelensky calls for the insurers of the shadow fleet to be targeted", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2023-10-12TEV", "text", "occurred",
              "begrüßte den Schritt am Donnerstagabend"),
            E("US announces further steps in the coming weeks", "SANCTION", ["United States"], "FUTURE_REF",
              "vague", "planned", "Die US-Regierung stellte weitere Schritte"),
        ],
        [
            S("United States", "Both tankers loaded Urals above 75 dollars while using US services", "2023-10-12",
              "context", "hieß es in Washington"),
            S("United States", "Adeyemo: the measure is to cut Moscow's revenues for the war further", "2023-10-12",
              "context", "Wally Adeyemo"),
            S("Dmitry Peskov", "Russia will observe no price cap and continue its oil exports in any case",
              "2023-10-13", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Maria Zakharova", "Washington undermines world trade with illegal unilateral measures", "2023-10-13",
              "published", "Außenamtssprecherin Maria Sacharowa"),
            S("Turkey", "Turkey implements only sanctions decided by the UN Security Council", "2023-10-13",
              "published", "Das türkische Außenministerium erklärte"),
            S("European Union", "Commission wants stricter proof requirements for tanker sales in the twelfth "
              "package", "2023-10-13", "published", "im zwölften Sanktionspaket"),
            S("Volodymyr Zelensky", "Welcomes the sanctions; the shadow fleet's insurers should be targeted too",
              "2023-10-12TEV", "text", "begrüßte den Schritt am Donnerstagabend"),
            S("United States", "Further steps to follow in the coming weeks", "2023-10-13", "published",
              "Die US-Regierung stellte weitere Schritte"),
        ],
        ["United States", "Russia", "Ukraine", "United Kingdom", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Maria Zakharova", "Turkey", "United Nations", "Recep Tayyip Erdoğan", "European Union",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b77de04_sudscha_gasmessstation_2025_03", "2025-03-22", DE04,
        [
            T("Freitag", "DATE", "2025-03-21", 0),
            T("Tagen", "DURATION", "PXD"),
            T("Ende Dezember", "DATE", "2024-12", mod="END"),
            T("1. Januar", "DATE", "2025-01-01"),
            T("August", "DATE", "2024-08"),
            T("vergangene Woche", "DATE", "2025-W11"),
            T("Dienstag", "DATE", "2025-03-18"),
            T("rund zweieinhalbstündigen", "DURATION", "PT2H30M", mod="APPROX"),
            T("30 Tage", "DURATION", "P30D"),
            T("Mittwoch", "DATE", "2025-03-19"),
            T("Freitag", "DATE", "2025-03-21", 1),
            T("Freitagabend", "TIME", "2025-03-21TEV"),
            T("der Nacht zum Freitag", "TIME", "2025-03-20TNI", note="night of 20 to 21 March 2025"),
            T("Sonntag", "DATE", "2025-03-23"),
            T("Montag", "DATE", "2025-03-24"),
            T("bald", "DATE", "FUTURE_REF"),
            T("2022", "DATE", "2022"),
            T("Februar", "DATE", "2025-02"),
            T("Winter", "DATE", "2024-WI"),
        ],
        [
            E("Russia accuses Ukrainian forces of blowing up the Sudzha gas metering station", "ACCUSE",
              ["Russia", "Ukraine"], "2025-03-21", "text", "occurred", "Das russische Verteidigungsministerium"),
            E("Ukraine's general staff rejects the charge", "REJECT", ["Ukraine", "Russia"], "2025-03-21", "context",
              "occurred", "Der ukrainische Generalstab wies das zurück"),
            E("Ukraine accuses the Russian army of shelling the station itself", "ACCUSE", ["Ukraine", "Russia"],
              "2025-03-21", "context", "occurred", "Der ukrainische Generalstab wies das zurück"),
            E("Ukraine lets the gas transit contract with Gazprom expire", "SANCTION", ["Ukraine", "Russia"],
              "2025-01-01", "text", "occurred", "Zum 1. Januar ließ Kiew"),
            E("Ukrainian troops take Sudzha during the Kursk incursion", "ASSAULT", ["Ukraine", "Russia"], "2024-08",
              "text", "occurred", "Im August hatten ukrainische Truppen"),
            E("Russia retakes Sudzha", "ASSAULT", ["Russia", "Ukraine"], "2025-W11", "text", "occurred",
              "Im August hatten ukrainische Truppen"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "Am Dienstag hatten US-Präsident Donald Trump"),
            E("Trump and Putin agree a 30-day halt to strikes on energy infrastructure", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text", "occurred",
              "Am Dienstag hatten US-Präsident Donald Trump"),
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-03-19", "text",
              "occurred", "schloss sich nach einem Telefonat"),
            E("Zelensky joins the energy moratorium", "AGREE", ["Volodymyr Zelensky", "Donald Trump"], "2025-03-19",
              "text", "occurred", "schloss sich nach einem Telefonat"),
            E("Peskov accuses Kyiv of breaking the moratorium", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-03-21",
              "text", "occurred", "Kiew habe das Moratorium mehrfach gebrochen"),
            E("Zelensky accuses Russia of new drone strikes on substations", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-03-21TEV", "text", "occurred",
              "Selenskyj hielt in seiner Videoansprache"),
            E("Russian drones hit substations in the Zaporizhzhia and Odesa regions", "ASSAULT",
              ["Russia", "Ukraine"], "2025-03-20TNI", "text", "occurred", "Selenskyj hielt in seiner Videoansprache"),
            E("US and Ukrainian negotiators to meet in Riyadh", "CONSULT", ["United States", "Ukraine"],
              "2025-03-23", "text", "planned", "Am Sonntag wollen Unterhändler"),
            E("US and Russian negotiators to meet in Riyadh", "CONSULT", ["United States", "Russia"], "2025-03-24",
              "text", "planned", "Am Sonntag wollen Unterhändler"),
            E("A ceasefire in the Black Sea expected soon", "RETREAT", ["Russia", "Ukraine"], "FUTURE_REF", "vague",
              "uncertain", "eine Waffenruhe im Schwarzen Meer"),
        ],
        [
            S("Russia", "Defence ministry: Ukrainian forces blew up the station on their retreat, a targeted "
              "provocation", "2025-03-21", "text", "Das russische Verteidigungsministerium"),
            S("Ukraine", "General staff: the Russian army shelled the station itself to discredit Kyiv", "2025-03-21",
              "context", "Der ukrainische Generalstab wies das zurück"),
            S("Russia", "Moscow reports the recapture of Sudzha", "2025-W11", "text",
              "Im August hatten ukrainische Truppen"),
            S("Dmitry Peskov", "Kyiv broke the moratorium repeatedly; Russia keeps to the president's order",
              "2025-03-21", "text", "Kiew habe das Moratorium mehrfach gebrochen"),
            S("Volodymyr Zelensky", "Russian drones again hit substations overnight", "2025-03-21TEV", "text",
              "Selenskyj hielt in seiner Videoansprache"),
            S("Steve Witkoff", "A ceasefire in the Black Sea can be reached soon", "2025-03-22", "published",
              "eine Waffenruhe im Schwarzen Meer"),
        ],
        ["Russia", "Ukraine", "Donald Trump", "United States", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky",
         "Dmitry Peskov", "Steve Witkoff"],
    ),
    doc(
        "b77de05_katar_lng_vertrag_2022_11", "2022-11-30", DE05,
        [
            T("15 Jahre", "DURATION", "P15Y", 0),
            T("2026", "DATE", "2026", 0),
            T("Dienstag", "DATE", "2022-11-29"),
            T("jährlich", "SET", "P1Y"),
            T("2026", "DATE", "2026", 1),
            T("mindestens 15 Jahre", "DURATION", "P15Y", mod="EQUAL_OR_MORE"),
            T("15 Jahre", "DURATION", "P15Y", 2),
            T("März", "DATE", "2022-03", 0),
            T("September", "DATE", "2022-09", 0),
            T("Vergangene Woche", "DATE", "2022-W47"),
            T("27 Jahre", "DURATION", "P27Y"),
            T("März", "DATE", "2022-03", 1),
            T("diesem Jahr", "DATE", "2022"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Ende Oktober", "DATE", "2022-10", mod="END"),
            T("Montag", "DATE", "2022-11-28"),
            T("Ende August", "DATE", "2022-08", mod="END"),
            T("Ende September", "DATE", "2022-09", mod="END"),
            T("Oktober", "DATE", "2022-10", 1),
            T("Mitte Dezember", "DATE", "2022-12", mod="MID"),
            T("Weihnachten", "DATE", "2022-12-25"),
            T("2027", "DATE", "2027"),
        ],
        [
            E("QatarEnergy signs a 15-year LNG supply deal for Germany", "AGREE", ["Qatar", "Germany"],
              "2022-11-29", "text", "occurred", "Der Staatskonzern QatarEnergy"),
            E("Qatar ready to supply more if Berlin wishes", "AGREE", ["Qatar", "Germany"], "2022-11-29", "context",
              "occurred", "Man sei bereit, weitere Mengen"),
            E("Habeck welcomes the deal", "SUPPORT", ["Germany", "Qatar"], "2022-11-29", "context", "occurred",
              "begrüßte die Vereinbarung"),
            E("Habeck's trip to Doha for gas talks", "CONSULT", ["Germany", "Qatar"], "2022-03", "text", "occurred",
              "Habeck war im März nach Doha gereist"),
            E("Scholz visits Doha", "CONSULT", ["Olaf Scholz", "Qatar"], "2022-09", "text", "occurred",
              "Habeck war im März nach Doha gereist"),
            E("Qatar signs a 27-year supply deal with Sinopec", "AGREE", ["Qatar", "China"], "2022-W47", "text",
              "occurred", "Vergangene Woche hatte Katar"),
            E("US promises the EU 15 bcm of additional LNG this year", "AGREE", ["United States", "European Union"],
              "2022-03", "text", "occurred", "Die USA hatten der EU im März zugesagt"),
            E("Qatar summons the German ambassador", "ACCUSE", ["Qatar", "Germany"], "2022-10", "text", "occurred",
              "den deutschen Botschafter einbestellt", date_mod="END"),
            E("Faeser criticises the award of the World Cup to Qatar", "ACCUSE", ["Germany", "Qatar"], "2022-10",
              "context", "occurred", "den deutschen Botschafter einbestellt", date_mod="END"),
            E("Gazprom halts deliveries through Nord Stream 1 entirely", "SANCTION", ["Russia", "Germany"],
              "2022-08", "text", "occurred", "Gazprom hatte die Lieferungen durch Nord Stream 1",
              date_mod="END"),
            E("Zelensky calls on the Europeans to knock the energy weapon out of Russia's hand", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-10", "text", "occurred",
              "Selenskyj hatte die Europäer im Oktober"),
        ],
        [
            S("Qatar", "Al-Kaabi: the deal contributes to the energy security of Germany and Europe", "2022-11-29",
              "context", "Katars Energieminister Saad al-Kaabi"),
            S("Qatar", "Ready to supply more if Berlin wishes", "2022-11-29", "context",
              "Man sei bereit, weitere Mengen"),
            S("Germany", "Habeck: 15 years is super", "2022-11-29", "context", "begrüßte die Vereinbarung"),
            S("Russia", "Moscow mocks the deal", "2022-11-30", "published", "Aus Moskau kam Spott"),
            S("Dmitry Peskov", "Europe will pay a high price for giving up Russian gas", "2022-11-28", "text",
              "Kremlsprecher Dmitri Peskow hatte am Montag"),
            S("Volodymyr Zelensky", "Europe must knock the energy weapon out of Russia's hand", "2022-10", "text",
              "Selenskyj hatte die Europäer im Oktober"),
        ],
        ["Germany", "Qatar", "United States", "Olaf Scholz", "China", "European Union", "Russia", "Kremlin",
         "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    doc(
        "b77de06_ungarn_klage_gasverbot_2026_02", "2026-02-27", DE06,
        [
            T("Donnerstag", "DATE", "2026-02-26"),
            T("der kommenden Woche", "DATE", "2026-W10"),
            T("Ende Januar", "DATE", "2026-01", mod="END"),
            T("Mitte Juni", "DATE", "2026-06", mod="MID"),
            T("Herbst 2027", "DATE", "2027-FA"),
            T("Freitagmorgen", "TIME", "2026-02-27TMO"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("November", "DATE", "2025-11"),
            T("einjährige", "DURATION", "P1Y"),
            T("Anfang März", "DATE", "2026-03", mod="START"),
            T("April", "DATE", "2026-04"),
            T("Freitagnachmittag", "TIME", "2026-02-27TAF"),
            T("Vortag", "DATE", "2026-02-26"),
        ],
        [
            E("Orbán's government files an annulment action against the EU ban on Russian gas", "ACCUSE",
              ["Viktor Orbán", "European Union"], "2026-02-26", "text", "occurred", "die Nichtigkeitsklage"),
            E("Slovakia to file its own action against the ban", "ACCUSE", ["European Union"], "2026-W10", "text",
              "planned", "Die Slowakei will"),
            E("EU Council adopts the ban on Russian gas imports", "SANCTION", ["European Union", "Russia"], "2026-01",
              "text", "occurred", "Die Verordnung, die der Rat Ende Januar", date_mod="END"),
            E("Orbán calls the ban an attack on Hungary's sovereignty", "ACCUSE", ["Viktor Orbán", "European Union"],
              "2026-02-27TMO", "text", "occurred", "Orbán sprach am Freitagmorgen"),
            E("Commission rejects Budapest's challenge and will defend the regulation", "REJECT",
              ["European Union", "Viktor Orbán"], "2026-02-27", "context", "occurred",
              "Eine Sprecherin der EU-Kommission"),
            E("Kallas accuses Orbán of doing the Kremlin's business", "ACCUSE", ["Kaja Kallas", "Viktor Orbán"],
              "2026-02-27", "published", "occurred", "Die EU-Außenbeauftragte Kaja Kallas"),
            E("Peskov: Russia ready to keep supplying Hungary and Slovakia via TurkStream", "AGREE",
              ["Dmitry Peskov", "Russia"], "2026-02-27", "published", "occurred", "Russland sei bereit"),
            E("Naftogaz offers gas from Ukrainian storage in an emergency", "AID", ["Ukraine"], "2026-02-27",
              "published", "planned", "Naftogaz-Chef Serhij Korezkyj"),
            E("Zelensky accuses Orbán of selling Europe's security for cheap gas", "ACCUSE",
              ["Volodymyr Zelensky", "Viktor Orbán"], "PAST_REF", "vague", "occurred", "hatte Orbán zuletzt"),
            E("Trump grants Hungary a one-year exemption from the Rosneft and Lukoil sanctions", "CONCEDE",
              ["Donald Trump"], "2025-11", "text", "occurred", "eine einjährige Ausnahme"),
            E("Washington presses the Europeans to buy more US LNG", "REQUEST", ["United States", "European Union"],
              "2026-02-27", "published", "occurred", "Zugleich drängt die US-Regierung"),
            E("US Energy Secretary Wright expected in Brussels for talks", "CONSULT",
              ["United States", "European Union"], "2026-03", "text", "planned", "Zugleich drängt die US-Regierung",
              date_mod="START"),
        ],
        [
            S("Viktor Orbán", "The ban is an attack on Hungary's sovereignty", "2026-02-27TMO", "text",
              "Orbán sprach am Freitagmorgen"),
            S("Viktor Orbán", "Without Russian gas heating costs of Hungarian families would triple", "2026-02-27",
              "context", "Ohne russisches Gas"),
            S("European Union", "Commission: the regulation rests on a solid legal basis and will be defended in "
              "court", "2026-02-27", "context", "Eine Sprecherin der EU-Kommission"),
            S("Kaja Kallas", "Orbán's action does the Kremlin's business", "2026-02-27", "published",
              "Die EU-Außenbeauftragte Kaja Kallas"),
            S("Dmitry Peskov", "Russia is ready to keep supplying Hungary and Slovakia via TurkStream as long as the "
              "Europeans allow it", "2026-02-27", "published", "Russland sei bereit"),
            S("Ukraine", "Naftogaz offers both countries gas from Ukrainian storage in an emergency", "2026-02-27",
              "published", "Naftogaz-Chef Serhij Korezkyj"),
            S("Volodymyr Zelensky", "Orbán sells Europe's security for cheap gas from Moscow", "PAST_REF", "vague",
              "hatte Orbán zuletzt"),
        ],
        ["Viktor Orbán", "European Union", "Russia", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Ukraine",
         "Volodymyr Zelensky", "Donald Trump", "United States"],
    ),
]
