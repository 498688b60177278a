"""German articles of the blind78 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b78de01 (Tessiner Zeitung)
DE01 = """
Lugano vor der Ukraine-Konferenz: Wiederaufbau als «Generationenaufgabe»

Lugano. Wenige Tage vor Beginn der internationalen Konferenz über den Wiederaufbau der Ukraine hat Bundespräsident Ignazio Cassis vor zu hohen Erwartungen gewarnt.
In Lugano werde am Montag und Dienstag keine Geberkonferenz stattfinden, sondern ein politischer Prozess angestossen, der Jahre dauern werde, sagte Cassis am Donnerstag in Bern.
Erwartet werden Delegationen aus rund 40 Staaten und von internationalen Organisationen; die ukrainische Regierung reist mit Ministerpräsident Denys Schmyhal an.
Präsident Wolodymyr Selenskyj werde sich per Video aus Kiew zuschalten, bestätigte sein Büro am Donnerstagabend.

Ihr Kommen zugesagt haben auch EU-Kommissionspräsidentin Ursula von der Leyen, die britische Aussenministerin Liz Truss und die deutsche Entwicklungsministerin Svenja Schulze.
Die EU werde in Lugano einen «massgeblichen Beitrag» zum Wiederaufbau ankündigen und für eine gemeinsame Plattform mit Kiew werben, hiess es in Brüssel.
Schmyhal hatte am Mittwoch gefordert, die im Westen eingefrorenen Vermögen der russischen Zentralbank und russischer Oligarchen für den Wiederaufbau heranzuziehen.
«Russland hat diese Zerstörung angerichtet, also soll Russland auch dafür bezahlen», sagte er.

Russland ist nicht eingeladen.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, nannte das Treffen am Donnerstag eine «Farce» und warf Washington und Brüssel vor, mit Wiederaufbauplänen von den Folgen ihrer Waffenlieferungen abzulenken.
Die Schweiz habe sich mit der Übernahme der EU-Sanktionen «endgültig» von ihrer Neutralität verabschiedet, fügte sie hinzu.

Die Konferenz fällt in eine angespannte Phase des Krieges.
Am Donnerstag ging in Madrid der Nato-Gipfel zu Ende, dessen neues strategisches Konzept Russland als «bedeutendste und direkteste Bedrohung» für die Sicherheit der Verbündeten einstuft.
US-Präsident Joe Biden sagte Kiew dort weitere 800 Millionen Dollar an Militärhilfe zu.
Am selben Tag zogen sich die russischen Truppen von der Schlangeninsel im Schwarzen Meer zurück; das Verteidigungsministerium in Moskau sprach von einer «Geste des guten Willens».
Kremlchef Wladimir Putin hatte am Mittwochabend in Aschgabat gewarnt, Russland werde «spiegelbildlich» antworten, sollte die Allianz in Finnland und Schweden Truppen und Infrastruktur stationieren.
Selenskyj nannte den Wiederaufbau am Dienstagabend in seiner Videoansprache das «grösste Wirtschaftsprojekt in Europa seit dem Zweiten Weltkrieg».
Am Montag hatte eine russische Rakete ein Einkaufszentrum in Krementschuk getroffen, mindestens 18 Menschen kamen ums Leben.

In Lugano selbst laufen die Vorbereitungen auf Hochtouren.
Rund um den Palazzo dei Congressi gilt von Sonntag bis Mittwoch eine Sperrzone, auch der Luftraum über der Stadt wird eingeschränkt.
Die Kantonspolizei rechnet mit Verkehrsbehinderungen am Seeufer und hat für Montagabend eine Kundgebung für den Frieden auf der Piazza della Riforma bewilligt.
"""

# ---------------------------------------------------------------- b78de02 (ZfK – Zeitung für kommunale Wirtschaft)
DE02 = """
Pariser Konferenz: Gut eine Milliarde Euro für das ukrainische Energiesystem

Paris/Kiew. Rund 70 Staaten und internationale Organisationen haben der Ukraine bei einer Konferenz in Paris am Dienstag Hilfen von gut einer Milliarde Euro zugesagt, um Strom-, Wärme- und Wasserversorgung des Landes über den Winter zu sichern.
Das teilte Frankreichs Präsident Emmanuel Macron nach dem Treffen mit, das er gemeinsam mit der ukrainischen Regierung ausgerichtet hatte.
Etwa 415 Mio. Euro der Zusagen entfallen nach Angaben des Élysée auf den Energiesektor, der Rest auf Wasser, Gesundheit und Verkehr.
„Wir müssen der Ukraine helfen, diesen Winter zu überstehen“, sagte Macron.

Präsident Wolodymyr Selenskyj, per Video zugeschaltet, bat um Generatoren, Transformatoren und Ersatzteile für Hochspannungsleitungen.
Derzeit seien rund zwölf Millionen Menschen zeitweise ohne Strom, sagte er.
Regierungschef Denys Schmyhal bezifferte den kurzfristigen Bedarf allein für die Reparatur von Umspannwerken auf rund 800 Mio. Euro.

Bundesaußenministerin Annalena Baerbock kündigte in Paris weitere 50 Mio. Euro für Reparaturen im Übertragungsnetz an.
Die EU-Kommission stockt ihren Energie-Unterstützungsfonds für die Ukraine um 25 Mio. Euro auf, wie Energiekommissarin Kadri Simson erklärte.
Bereits am Montag hatte Ungarns Regierungschef Viktor Orbán seine Blockade eines EU-Kredits über 18 Mrd. Euro für das kommende Jahr aufgegeben; die erste Auszahlung ist für Januar vorgesehen.
Am selben Tag vereinbarten die Staats- und Regierungschefs der G7 unter dem Vorsitz von Bundeskanzler Olaf Scholz in einer Videoschalte mit Selenskyj eine Plattform, die die Hilfe für Reparatur und Wiederaufbau bündeln soll.
Selenskyj bat die G7 dabei um zwei Milliarden Kubikmeter zusätzliches Erdgas und schlug vor, Russland solle zu Weihnachten mit dem Abzug seiner Truppen beginnen.

Seit dem 10. Oktober hat Russland nach Angaben des Netzbetreibers Ukrenergo mehr als 1.000 Raketen und Drohnen auf Kraftwerke, Umspannwerke und Leitungen abgefeuert.
In der Nacht zum Mittwoch griffen erneut Kamikazedrohnen iranischer Bauart Kiew an, die Flugabwehr schoss nach Angaben der Stadtverwaltung alle 13 ab.
Kremlchef Wladimir Putin hatte vergangenen Donnerstag eingeräumt, dass Russland die Energieinfrastruktur des Nachbarlandes angreife, und die Schuld Kiew gegeben, das mit dem Anschlag auf die Krim-Brücke angefangen habe.
Kremlsprecher Dmitri Peskow sagte am Dienstag, die Pariser Konferenz werde an den Zielen der „militärischen Spezialoperation“ nichts ändern.

Ukrenergo rechnet trotz der Hilfen bis Ende März mit planmäßigen Abschaltungen.
Stromimporte aus der EU über die Synchronverbindung sind derzeit auf 700 MW begrenzt.
Auch deutsche Stadtwerke haben über den Verband kommunaler Unternehmen Generatoren, Transformatoren und Kabel in die Ukraine geschickt, weitere Lieferungen sind in Vorbereitung.
Die nächste große Wiederaufbaukonferenz richtet Großbritannien im kommenden Jahr in London aus.
"""

# ---------------------------------------------------------------- b78de03 (Deutsche Handwerks Zeitung)
DE03 = """
Schadensbilanz: Wiederaufbau der Ukraine kostet 486 Milliarden Dollar – Handwerk bringt sich in Stellung

Kiew/Berlin. Die Kosten für den Wiederaufbau der Ukraine sind binnen eines Jahres um fast ein Fünftel gestiegen.
Nach der am Donnerstag in Kiew vorgestellten gemeinsamen Schadensbilanz der Weltbank, der ukrainischen Regierung, der EU-Kommission und der Vereinten Nationen werden in den kommenden zehn Jahren rund 486 Milliarden US-Dollar benötigt.
Den größten Posten bildet mit 80 Milliarden Dollar der Wohnungsbau, gefolgt von Verkehr, Handel und Industrie sowie der Energieversorgung.
Rund zehn Prozent aller Wohnungen im Land sind dem Bericht zufolge beschädigt oder zerstört.

Ministerpräsident Denys Schmyhal sagte bei der Vorstellung, allein in diesem Jahr brauche sein Land 15 Milliarden Dollar für dringende Reparaturen an Kraftwerken, Schulen und Wohnhäusern.
Er forderte die westlichen Partner erneut auf, dafür die eingefrorenen Gelder der russischen Zentralbank heranzuziehen.
„Wer zerstört hat, muss auch bezahlen“, sagte Schmyhal.

Die EU-Kommission verwies auf die Ukraine-Fazilität über 50 Milliarden Euro, auf die sich die Staats- und Regierungschefs Anfang Februar nach dem Einlenken Ungarns verständigt hatten.
Das Europaparlament soll Ende des Monats zustimmen, erste Mittel könnten im März fließen.

Bundesentwicklungsministerin Svenja Schulze (SPD) kündigte am Mittwoch an, Deutschland werde auf der Wiederaufbaukonferenz am 11. und 12. Juni in Berlin eine „Fachkräfte-Allianz“ mit Kammern und Verbänden auf den Weg bringen.
Ukrainische Elektriker, Dachdecker und Installateure sollen in Bildungszentren der Handwerkskammern für den Wiederaufbau qualifiziert werden.
Der Bund hatte die Investitionsgarantien für deutsche Unternehmen in der Ukraine bereits im vergangenen Jahr ausgeweitet.
ZDH-Präsident Jörg Dittrich sagte der DHZ, die Betriebe stünden bereit, bräuchten aber eine Absicherung gegen Kriegsrisiken.

Am Freitag wird Präsident Wolodymyr Selenskyj in Berlin erwartet, wo er mit Bundeskanzler Olaf Scholz ein bilaterales Sicherheitsabkommen unterzeichnen soll.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, solche Papiere änderten nichts an der Lage an der Front.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hatte Berlin bereits am Mittwoch vorgeworfen, die Konferenz im Juni solle vor allem deutschen Konzernen Aufträge sichern.
Am Donnerstagmorgen griff Russland die Ukraine mit mehr als 20 Raketen an, in Lwiw wurden nach Behördenangaben mehrere Wohnhäuser und ein Umspannwerk beschädigt.

Die Handwerkskammer Düsseldorf, die seit 2023 eine Partnerschaft mit der Handelskammer in Lwiw pflegt, will im April eine Delegation von Betrieben in die Westukraine schicken.
Gefragt sind dort nach Angaben der Kammer vor allem Fenster, Dämmstoffe und Know-how für den energieeffizienten Wohnungsbau.
"""

# ---------------------------------------------------------------- b78de04 (Der Aktionär)
DE04 = """
Rohstoff-Deal zwischen Kiew und Washington steht – was Anleger jetzt wissen müssen

Kulmbach. Nach wochenlangem Tauziehen haben sich die Ukraine und die USA auf ein Abkommen über die Erschließung ukrainischer Bodenschätze verständigt.
Vize-Regierungschefin Olha Stefanischyna bestätigte am Dienstagabend, die Unterhändler hätten den Text fertiggestellt; das Kabinett in Kiew soll ihn am Mittwoch billigen.
Kern der Vereinbarung ist ein gemeinsamer Wiederaufbaufonds, in den Kiew die Hälfte seiner künftigen Einnahmen aus staatlichen Rohstoffvorkommen, Öl- und Gasprojekten sowie Häfen einzahlt.
Eine ausdrückliche Sicherheitsgarantie der USA enthält das Papier nicht.

US-Präsident Donald Trump sagte am Dienstag im Weißen Haus, Präsident Wolodymyr Selenskyj wolle am Freitag nach Washington kommen, um das Abkommen zu unterzeichnen.
„Er möchte kommen, und das ist für mich in Ordnung“, sagte Trump.
Die USA bekämen damit für ihre Hilfe „eine Menge Geld“ zurück.
Selenskyj sprach am Mittwochmorgen von einem bloßen Rahmenabkommen und verlangte, mit Trump persönlich über Sicherheitsgarantien zu reden.

Trump hatte Anfang Februar Rohstoffe im Wert von 500 Milliarden Dollar als Gegenleistung für die bisherige Militärhilfe verlangt.
Einen ersten Entwurf, den Finanzminister Scott Bessent am 12. Februar nach Kiew gebracht hatte, wies Selenskyj zurück, weil er keinerlei Schutz für sein Land vorsah.
Daraufhin hatte Trump den ukrainischen Präsidenten vergangene Woche als „Diktator ohne Wahlen“ beschimpft.

Auch Moskau mischt mit.
Kremlchef Wladimir Putin bot amerikanischen Unternehmen am Montag in einem Fernsehinterview eine Zusammenarbeit bei Seltenen Erden an, ausdrücklich auch in den von Russland besetzten Gebieten der Ukraine.
Russland verfüge über „deutlich mehr“ solcher Vorkommen als die Ukraine, sagte Putin.
Das Außenministerium in Kiew wies den Vorstoß zurück: Über die Bodenschätze der besetzten Gebiete könne niemand außer der Ukraine verfügen.
Kommissionspräsidentin Ursula von der Leyen hatte bei ihrem Besuch in Kiew am Montag eine Rohstoffpartnerschaft mit der EU angeboten und weitere 3,5 Milliarden Euro für März zugesagt.

An der Börse sorgte die Einigung für Bewegung.
Die Aktie des US-Produzenten MP Materials legte am Dienstag um sechs Prozent zu, die australische Lynas Rare Earths gewann vier Prozent.
DER AKTIONÄR bleibt dennoch vorsichtig: Bis in der Ukraine tatsächlich Lithium, Titan oder Graphit gefördert wird, dürften Jahre vergehen.
Wer auf das Thema setzen will, sollte einen Stopp bei 19 Dollar beachten.
"""

# ---------------------------------------------------------------- b78de05 (VOL.AT, Vorarlberg Online)
DE05 = """
Von der Leyen bringt Kiew 35 Milliarden Euro – zurückgezahlt aus Russlands Geld

Kiew/Bregenz. Die Europäische Union will der Ukraine einen Kredit von bis zu 35 Milliarden Euro gewähren, der aus den Erträgen eingefrorener russischer Staatsgelder zurückgezahlt werden soll.
Das kündigte EU-Kommissionspräsidentin Ursula von der Leyen am Freitag bei ihrem achten Besuch in Kiew seit Kriegsbeginn an.
Der Kredit ist der europäische Anteil an dem 50-Milliarden-Dollar-Paket, auf das sich die G7-Staaten, darunter die USA und Deutschland, im Juni in Apulien verständigt hatten.
„Russland muss für die Zerstörung bezahlen, die es anrichtet“, sagte von der Leyen nach einem Treffen mit Präsident Wolodymyr Selenskyj.

Zudem sagte die Kommission 160 Millionen Euro für die Reparatur von Kraftwerken vor dem Winter zu.
Seit März habe Russland rund neun Gigawatt an Erzeugungsleistung zerstört, sagte Selenskyj.
Er dankte der EU für ihre Unterstützung und bat um weitere Luftabwehrsysteme, um die verbliebenen Anlagen zu schützen.

Ganz ausgeräumt sind die Hürden nicht.
Washington will sich nur dann mit 20 Milliarden Dollar beteiligen, wenn die EU die Sanktionen gegen die russische Zentralbank nicht mehr alle sechs Monate, sondern für drei Jahre verlängert.
Ungarns Regierungschef Viktor Orbán will darüber aber erst nach der US-Präsidentenwahl im November entscheiden.

Kremlsprecher Dmitri Peskow nannte die Pläne am Freitag „Diebstahl“ und kündigte an, Russland werde mit Gegenmaßnahmen antworten.
Außenamtssprecherin Maria Sacharowa legte am Samstag nach und sprach von „legalisiertem Raub“ durch Brüssel.
In der Nacht auf Freitag hatte Russland erneut Energieanlagen in den Regionen Sumy und Poltawa mit Drohnen angegriffen.

Selenskyj reist kommende Woche in die USA, wo er am Donnerstag Präsident Joe Biden seinen „Siegesplan“ vorlegen will.
Auch ein Treffen mit dem republikanischen Präsidentschaftskandidaten Donald Trump ist im Gespräch.

Österreich trägt den Beschluss mit, beteiligt sich als neutrales Land aber nicht an Waffenlieferungen.
Die Wirtschaftskammer Vorarlberg will heuer noch mit rund 15 Betrieben aus dem Bau- und Energiesektor nach Lwiw reisen.
Gefragt seien vor allem Fachleute für Wärmepumpen, Photovoltaik und Holzbau, sagte ein Kammersprecher zu VOL.AT.
"""

# ---------------------------------------------------------------- b78de06 (Berliner Kurier)
DE06 = """
Geberkonferenz in Berlin: Milliarden für Kiews Stromnetz – und viele Kredite

Berlin. Bei einer internationalen Geberkonferenz für das ukrainische Energiesystem haben rund 40 Staaten und Finanzinstitutionen am Dienstag in Berlin Zusagen über insgesamt 3,1 Milliarden Euro gemacht.
Gastgeber Friedrich Merz (CDU) sprach am Abend von einem „starken Signal an Moskau“: Die Ukraine werde in diesem Winter nicht im Dunkeln gelassen.
Der größte Einzelbetrag kommt mit 1,2 Milliarden Euro aus dem Bundeshaushalt, der Großteil davon in Form von Bürgschaften der staatlichen Förderbank KfW.

Präsident Wolodymyr Selenskyj, der persönlich angereist war, dankte Merz und den übrigen Gebern und bat zugleich um weitere Patriot-Systeme.
„Jedes Kraftwerk, das wir reparieren, wird wieder zum Ziel, solange unser Himmel offen ist“, sagte er.
Am Rande der Konferenz kamen Merz und Selenskyj im Kanzleramt zu einem Gespräch unter vier Augen zusammen.
Nach ukrainischen Angaben hat Russland seit Oktober mehr als die Hälfte der Kraftwerksleistung des Landes zerstört; in Kiew waren im Januar zeitweise Hunderttausende Wohnungen ohne Heizung.

EU-Kommissionspräsidentin Ursula von der Leyen sagte 800 Millionen Euro aus der Ukraine-Fazilität zu, Polens Regierungschef Donald Tusk versprach 40 Transformatoren bis Ende März.
Die USA waren lediglich durch ihren Geschäftsträger vertreten; Washington konzentriere sich auf die Verhandlungen, hieß es aus der Botschaft.
Die zweite Runde der Gespräche zwischen den USA, Russland und der Ukraine in Abu Dhabi war vergangene Woche ohne Durchbruch zu Ende gegangen.

Aus Moskau kam Hohn.
Geld für Kiew verlängere nur den Krieg, sagte Kremlsprecher Dmitri Peskow am Dienstag.
Außenamtssprecherin Maria Sacharowa nannte das Treffen am Mittwoch eine „Spendengala für ein Regime, das Friedensgespräche sabotiert“.
In der Nacht zum Mittwoch griffen russische Drohnen erneut Umspannwerke in den Gebieten Odessa und Charkiw an.

Rund um Kanzleramt und Reichstag war der Verkehr am Dienstag stundenlang gesperrt, Kritik an der Konferenz kam auch aus dem Bundestag.
Nach Berechnungen des KURIER ist weniger als ein Drittel der Zusagen echte Zuschüsse; der Rest sind Kredite und Garantien, die den Schuldenberg der Ukraine weiter wachsen lassen.
„Hier wird der Wiederaufbau zum Geschäftsmodell für Banken und Konzerne“, sagte die Berliner Linken-Abgeordnete Jana Reimers dem KURIER.
Die nächste große Wiederaufbaukonferenz ist für Juni im polnischen Danzig angesetzt, die Ukraine-Fazilität der EU läuft bis 2027.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b78de01_lugano_vorschau_2022_07", "2022-07-01", DE01,
        [
            T("Montag", "DATE", "2022-07-04", 0),
            T("Dienstag", "DATE", "2022-07-05"),
            T("Jahre", "DURATION", "PXY"),
            T("Donnerstag", "DATE", "2022-06-30", 0),
            T("Donnerstagabend", "TIME", "2022-06-30TEV"),
            T("Mittwoch", "DATE", "2022-06-29", 0),
            T("Donnerstag", "DATE", "2022-06-30", 1),
            T("Donnerstag", "DATE", "2022-06-30", 2),
            T("selben Tag", "DATE", "2022-06-30"),
            T("Mittwochabend", "TIME", "2022-06-29TEV"),
            T("Dienstagabend", "TIME", "2022-06-28TEV"),
            T("Montag", "DATE", "2022-06-27", 1),
            T("Sonntag", "DATE", "2022-07-03"),
            T("Mittwoch", "DATE", "2022-07-06", 1),
            T("Montagabend", "TIME", "2022-07-04TEV"),
        ],
        [
            E("Ukraine Recovery Conference in Lugano with Ukraine, Zelensky (by video), von der Leyen, Britain and "
              "Germany", "CONSULT",
              ["Ukraine", "Volodymyr Zelensky", "Ursula von der Leyen", "United Kingdom", "Germany"], "2022-07-04",
              "text", "planned", "In Lugano werde am Montag und Dienstag", note="conference on 4–5 July 2022"),
            E("EU to announce a substantial contribution to Ukraine's reconstruction in Lugano", "AID",
              ["European Union", "Ukraine"], "2022-07-04", "context", "planned", "massgeblichen Beitrag"),
            E("EU to propose a joint reconstruction platform with Kyiv", "REQUEST", ["European Union", "Ukraine"],
              "2022-07-04", "context", "planned", "massgeblichen Beitrag"),
            E("Shmyhal demands frozen Russian central-bank and oligarch assets be used for reconstruction",
              "REQUEST", ["Ukraine", "Russia"], "2022-06-29", "text", "occurred", "Schmyhal hatte am Mittwoch"),
            E("Zakharova accuses Washington and Brussels of distracting from the effects of their arms deliveries",
              "ACCUSE", ["Maria Zakharova", "United States", "European Union"], "2022-06-30", "text", "occurred",
              "nannte das Treffen am Donnerstag eine"),
            E("Zakharova: Switzerland has abandoned its neutrality", "ACCUSE", ["Maria Zakharova"], "2022-06-30",
              "context", "occurred", "von ihrer Neutralität verabschiedet"),
            E("NATO summit in Madrid ends", "CONSULT", ["NATO"], "2022-06-30", "text", "occurred",
              "Am Donnerstag ging in Madrid", note="summit of 28–30 June 2022"),
            E("NATO's strategic concept names Russia the most significant and direct threat", "ACCUSE",
              ["NATO", "Russia"], "2022-06-30", "context", "occurred", "Am Donnerstag ging in Madrid"),
            E("Biden pledges another 800 million dollars of military aid to Kyiv", "AID", ["Joe Biden", "Ukraine"],
              "2022-06-30", "context", "occurred", "US-Präsident Joe Biden sagte Kiew"),
            E("Russian troops withdraw from Snake Island", "RETREAT", ["Russia", "Ukraine"], "2022-06-30", "text",
              "occurred", "Schlangeninsel"),
            E("Putin threatens a mirror response if NATO deploys troops and infrastructure in Finland and Sweden",
              "THREATEN", ["Vladimir Putin", "NATO"], "2022-06-29TEV", "text", "occurred", "spiegelbildlich"),
            E("Russian missile strike on a shopping centre in Kremenchuk", "ASSAULT", ["Russia", "Ukraine"],
              "2022-06-27", "text", "occurred", "Krementschuk"),
        ],
        [
            S("Ukraine", "Zelensky's office: he will join the conference by video from Kyiv", "2022-06-30TEV", "text",
              "bestätigte sein Büro am Donnerstagabend"),
            S("European Union", "Brussels: the EU will announce a substantial contribution and promote a joint "
              "platform with Kyiv", "2022-07-01", "published", "massgeblichen Beitrag"),
            S("Ukraine", "Shmyhal demands frozen Russian assets be used for reconstruction", "2022-06-29", "text",
              "Schmyhal hatte am Mittwoch"),
            S("Ukraine", "Shmyhal: Russia caused this destruction, so Russia should pay for it", "2022-06-29",
              "context", "Russland hat diese Zerstörung angerichtet"),
            S("Maria Zakharova", "The meeting is a farce; Washington and Brussels distract from the effects of their "
              "arms deliveries", "2022-06-30", "text", "nannte das Treffen am Donnerstag eine"),
            S("Maria Zakharova", "By adopting EU sanctions Switzerland has finally given up its neutrality",
              "2022-06-30", "context", "von ihrer Neutralität verabschiedet"),
            S("Russia", "Defence ministry calls the Snake Island withdrawal a goodwill gesture", "2022-06-30",
              "context", "Schlangeninsel"),
            S("Vladimir Putin", "Russia will respond in kind if NATO deploys troops and infrastructure in Finland and "
              "Sweden", "2022-06-29TEV", "text", "spiegelbildlich"),
            S("Volodymyr Zelensky", "Reconstruction is the biggest economic project in Europe since the Second World "
              "War", "2022-06-28TEV", "text", "Wirtschaftsprojekt"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Ursula von der Leyen", "European Union", "United Kingdom", "Germany",
         "Russia", "Maria Zakharova", "United States", "NATO", "Joe Biden", "Vladimir Putin", "Kremlin"],
    ),
    doc(
        "b78de02_pariser_energiekonferenz_2022_12", "2022-12-14", DE02,
        [
            T("Dienstag", "DATE", "2022-12-13", 0),
            T("den Winter", "DATE", "2022-WI"),
            T("diesen Winter", "DATE", "2022-WI"),
            T("Derzeit", "DATE", "PRESENT_REF"),
            T("Montag", "DATE", "2022-12-12"),
            T("das kommende Jahr", "DATE", "2023"),
            T("Januar", "DATE", "2023-01"),
            T("selben Tag", "DATE", "2022-12-12"),
            T("Weihnachten", "DATE", "2022-12-25"),
            T("10. Oktober", "DATE", "2022-10-10"),
            T("der Nacht zum Mittwoch", "TIME", "2022-12-13TNI", note="night to Wednesday 14 December 2022"),
            T("vergangenen Donnerstag", "DATE", "2022-12-08"),
            T("Dienstag", "DATE", "2022-12-13", 1),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("kommenden Jahr", "DATE", "2023"),
        ],
        [
            E("Paris conference in support of Ukraine's population through the winter, hosted by Macron and the "
              "Ukrainian government", "CONSULT",
              ["Emmanuel Macron", "Ukraine", "Volodymyr Zelensky", "Germany", "European Union"], "2022-12-13",
              "text", "occurred", "Rund 70 Staaten und internationale Organisationen",
              note="conference of 13 December 2022 in Paris"),
            E("About 70 states and organisations pledge just over one billion euros to Ukraine", "AID", ["Ukraine"],
              "2022-12-13", "text", "occurred", "Rund 70 Staaten und internationale Organisationen"),
            E("Zelensky asks for generators, transformers and spare parts for high-voltage lines", "REQUEST",
              ["Volodymyr Zelensky"], "2022-12-13", "context", "occurred", "per Video zugeschaltet"),
            E("Baerbock announces another 50 million euros for grid repairs", "AID", ["Germany", "Ukraine"],
              "2022-12-13", "context", "occurred", "Bundesaußenministerin Annalena Baerbock kündigte"),
            E("EU Commission tops up its energy support fund for Ukraine by 25 million euros", "AID",
              ["European Union", "Ukraine"], "2022-12-13", "context", "occurred", "Energie-Unterstützungsfonds"),
            E("Orbán drops his block of the 18-billion-euro EU loan to Ukraine", "CONCEDE",
              ["Viktor Orbán", "European Union", "Ukraine"], "2022-12-12", "text", "occurred",
              "Bereits am Montag hatte Ungarns Regierungschef"),
            E("First disbursement of the EU's 18-billion-euro loan to Ukraine", "AID", ["European Union", "Ukraine"],
              "2023-01", "text", "planned", "Bereits am Montag hatte Ungarns Regierungschef"),
            E("G7 video conference chaired by Scholz with Zelensky", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
              "2022-12-12", "text", "occurred", "Am selben Tag vereinbarten"),
            E("G7 leaders agree a platform to coordinate repair and reconstruction aid for Ukraine", "AGREE",
              ["Olaf Scholz", "Ukraine"], "2022-12-12", "context", "occurred", "Am selben Tag vereinbarten"),
            E("Zelensky asks the G7 for two billion cubic metres of additional gas", "REQUEST",
              ["Volodymyr Zelensky", "Olaf Scholz"], "2022-12-12", "context", "occurred",
              "zwei Milliarden Kubikmeter"),
            E("Zelensky proposes that Russia begin withdrawing its troops at Christmas", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-12-12", "context", "occurred", "zwei Milliarden Kubikmeter"),
            E("Russian missile and drone strikes on Ukraine's energy system since 10 October", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10", "text", "occurred", "Seit dem 10. Oktober", date_mod="START"),
            E("Drone attack on Kyiv overnight", "ASSAULT", ["Russia", "Ukraine"], "2022-12-13TNI", "text",
              "occurred", "In der Nacht zum Mittwoch"),
            E("Putin blames Kyiv for the strikes on the energy infrastructure (Crimean Bridge attack)", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2022-12-08", "text", "occurred", "vergangenen Donnerstag eingeräumt"),
            E("Peskov: the Paris conference will not change the goals of the special military operation", "REJECT",
              ["Dmitry Peskov", "France"], "2022-12-13", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Britain to host the next recovery conference in London", "CONSULT", ["United Kingdom", "Ukraine"],
              "2023", "text", "planned", "Die nächste große Wiederaufbaukonferenz",
              note="London conference of 21–22 June 2023"),
        ],
        [
            S("Emmanuel Macron", "Pledges of just over one billion euros for Ukraine's energy, heat and water supply",
              "2022-12-13", "context", "Das teilte Frankreichs Präsident"),
            S("France", "About 415 million euros of the pledges are for the energy sector", "2022-12-13", "context",
              "nach Angaben des Élysée"),
            S("Emmanuel Macron", "We must help Ukraine get through this winter", "2022-12-13", "context",
              "diesen Winter zu überstehen"),
            S("Volodymyr Zelensky", "Asks for generators, transformers and spare parts", "2022-12-13", "context",
              "per Video zugeschaltet"),
            S("Volodymyr Zelensky", "About twelve million people are without power at times", "2022-12-13",
              "context", "zwölf Millionen Menschen"),
            S("Ukraine", "Shmyhal: about 800 million euros needed for substation repairs", "2022-12-13", "context",
              "Regierungschef Denys Schmyhal bezifferte"),
            S("Germany", "Baerbock announces another 50 million euros for grid repairs", "2022-12-13", "context",
              "Bundesaußenministerin Annalena Baerbock kündigte"),
            S("European Union", "Simson: the energy support fund is topped up by 25 million euros", "2022-12-13",
              "context", "Energie-Unterstützungsfonds"),
            S("Volodymyr Zelensky", "Asks the G7 for two billion cubic metres of gas and proposes a Russian "
              "withdrawal starting at Christmas", "2022-12-12", "context", "zwei Milliarden Kubikmeter"),
            S("Ukraine", "Ukrenergo: more than 1,000 missiles and drones fired at the energy system since 10 October",
              "2022-12-14", "published", "Seit dem 10. Oktober"),
            S("Ukraine", "Kyiv city administration: all 13 drones shot down", "2022-12-14", "published",
              "In der Nacht zum Mittwoch"),
            S("Vladimir Putin", "Admits strikes on Ukraine's energy infrastructure and blames Kyiv, which started it "
              "with the Crimean Bridge attack", "2022-12-08", "text", "vergangenen Donnerstag eingeräumt"),
            S("Dmitry Peskov", "The Paris conference will not change the goals of the special military operation",
              "2022-12-13", "text", "Kremlsprecher Dmitri Peskow sagte"),
            S("Ukraine", "Ukrenergo expects scheduled outages until the end of March", "2022-12-14", "published",
              "Ukrenergo rechnet trotz der Hilfen"),
        ],
        ["Emmanuel Macron", "France", "Ukraine", "Volodymyr Zelensky", "Germany", "European Union", "Viktor Orbán",
         "Olaf Scholz", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "United Kingdom"],
    ),
    doc(
        "b78de03_schadensbilanz_handwerk_2024_02", "2024-02-15", DE03,
        [
            T("eines Jahres", "DURATION", "P1Y"),
            T("Donnerstag", "DATE", "2024-02-15", 0),
            T("den kommenden zehn Jahren", "DURATION", "P10Y"),
            T("diesem Jahr", "DATE", "2024"),
            T("Anfang Februar", "DATE", "2024-02", mod="START"),
            T("Ende des Monats", "DATE", "2024-02", mod="END"),
            T("März", "DATE", "2024-03"),
            T("Mittwoch", "DATE", "2024-02-14", 0),
            T("11.", "DATE", "2024-06-11"),
            T("12. Juni", "DATE", "2024-06-12"),
            T("vergangenen Jahr", "DATE", "2023"),
            T("Freitag", "DATE", "2024-02-16"),
            T("Donnerstag", "DATE", "2024-02-15", 1),
            T("Mittwoch", "DATE", "2024-02-14", 1),
            T("Juni", "DATE", "2024-06", 1),
            T("Donnerstagmorgen", "TIME", "2024-02-15TMO"),
            T("2023", "DATE", "2023"),
            T("April", "DATE", "2024-04"),
        ],
        [
            E("World Bank, Ukrainian government, EU Commission and UN present their joint damage and needs assessment",
              "COOPERATE", ["Ukraine", "European Union", "United Nations"], "2024-02-15", "text", "occurred",
              "Nach der am Donnerstag in Kiew vorgestellten"),
            E("Shmyhal calls on Western partners to use frozen Russian central-bank money for repairs", "REQUEST",
              ["Ukraine", "Russia"], "2024-02-15", "context", "occurred", "Er forderte die westlichen Partner"),
            E("EU leaders agree on the 50-billion-euro Ukraine Facility", "AGREE", ["European Union", "Ukraine"],
              "2024-02", "text", "occurred", "Die EU-Kommission verwies auf die Ukraine-Fazilität",
              date_mod="START", note="special summit of 1 February 2024"),
            E("European Parliament to approve the Ukraine Facility", "AGREE", ["European Union"], "2024-02",
              "text", "planned", "Das Europaparlament soll", date_mod="END"),
            E("First money from the Ukraine Facility to flow", "AID", ["European Union", "Ukraine"], "2024-03", "text",
              "planned", "Das Europaparlament soll"),
            E("Ukraine Recovery Conference in Berlin", "CONSULT", ["Germany", "Ukraine"], "2024-06-11", "text",
              "planned", "Bundesentwicklungsministerin Svenja Schulze", note="conference on 11–12 June 2024"),
            E("Germany to launch a skills alliance with chambers to train Ukrainian craftsmen", "COOPERATE",
              ["Germany", "Ukraine"], "2024-06-11", "context", "planned", "Bundesentwicklungsministerin Svenja Schulze"),
            E("Germany extended its investment guarantees for companies in Ukraine", "AID", ["Germany", "Ukraine"],
              "2023", "text", "occurred", "Investitionsgarantien"),
            E("Zelensky expected in Berlin to meet Scholz", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2024-02-16", "text", "planned", "Am Freitag wird Präsident"),
            E("Scholz and Zelensky to sign a bilateral security agreement", "AGREE",
              ["Olaf Scholz", "Volodymyr Zelensky"], "2024-02-16", "context", "planned", "Am Freitag wird Präsident"),
            E("Peskov dismisses such security agreements", "REJECT", ["Dmitry Peskov", "Germany", "Ukraine"],
              "2024-02-15", "text", "occurred", "solche Papiere änderten nichts"),
            E("Zakharova accuses Berlin of using the conference to secure contracts for German firms", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2024-02-14", "text", "occurred", "Maria Sacharowa, hatte Berlin"),
            E("Russian missile attack on Ukraine, Lviv hit", "ASSAULT", ["Russia", "Ukraine"], "2024-02-15TMO", "text",
              "occurred", "Am Donnerstagmorgen griff Russland"),
        ],
        [
            S("Ukraine", "Shmyhal: 15 billion dollars needed this year for urgent repairs", "2024-02-15", "context",
              "Ministerpräsident Denys Schmyhal sagte"),
            S("Ukraine", "Shmyhal calls for frozen Russian central-bank money to be used", "2024-02-15", "context",
              "Er forderte die westlichen Partner"),
            S("Ukraine", "Shmyhal: whoever destroyed must also pay", "2024-02-15", "context",
              "Wer zerstört hat, muss auch bezahlen"),
            S("European Union", "Commission points to the 50-billion-euro Ukraine Facility", "2024-02-15",
              "published", "Die EU-Kommission verwies auf die Ukraine-Fazilität"),
            S("Germany", "Schulze: Germany will launch a skills alliance at the Berlin conference in June",
              "2024-02-14", "text", "Bundesentwicklungsministerin Svenja Schulze"),
            S("Dmitry Peskov", "Such documents change nothing on the front", "2024-02-15", "text",
              "solche Papiere änderten nichts"),
            S("Maria Zakharova", "The June conference is meant to secure contracts for German corporations",
              "2024-02-14", "text", "Maria Sacharowa, hatte Berlin"),
            S("Ukraine", "Authorities: several houses and a substation damaged in Lviv", "2024-02-15", "published",
              "Am Donnerstagmorgen griff Russland"),
        ],
        ["Ukraine", "European Union", "United Nations", "Russia", "Germany", "Volodymyr Zelensky", "Olaf Scholz",
         "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b78de04_rohstoffabkommen_einigung_2025_02", "2025-02-26", DE04,
        [
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Dienstagabend", "TIME", "2025-02-25TEV"),
            T("Mittwoch", "DATE", "2025-02-26"),
            T("Dienstag", "DATE", "2025-02-25", 0),
            T("Freitag", "DATE", "2025-02-28"),
            T("Mittwochmorgen", "TIME", "2025-02-26TMO"),
            T("Anfang Februar", "DATE", "2025-02", mod="START"),
            T("12. Februar", "DATE", "2025-02-12"),
            T("vergangene Woche", "DATE", "2025-W08"),
            T("Montag", "DATE", "2025-02-24", 0),
            T("Montag", "DATE", "2025-02-24", 1),
            T("März", "DATE", "2025-03"),
            T("Dienstag", "DATE", "2025-02-25", 1),
            T("Jahre", "DURATION", "PXY"),
        ],
        [
            E("Ukraine and the US agree on the text of a minerals agreement", "AGREE", ["Ukraine", "United States"],
              "2025-02-25", "context", "occurred", "Nach wochenlangem Tauziehen"),
            E("Ukrainian cabinet to approve the minerals agreement", "AGREE", ["Ukraine", "United States"],
              "2025-02-26", "text", "planned", "Vize-Regierungschefin Olha Stefanischyna"),
            E("Zelensky to come to Washington to meet Trump", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-02-28", "text", "planned", "US-Präsident Donald Trump sagte am Dienstag"),
            E("Trump and Zelensky to sign the minerals agreement", "AGREE", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-02-28", "context", "planned", "US-Präsident Donald Trump sagte am Dienstag"),
            E("Zelensky demands to talk with Trump in person about security guarantees", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-02-26TMO", "text", "occurred",
              "Selenskyj sprach am Mittwochmorgen"),
            E("Trump demands minerals worth 500 billion dollars in return for military aid", "REQUEST",
              ["Donald Trump", "Ukraine"], "2025-02", "text", "occurred", "Trump hatte Anfang Februar",
              date_mod="START"),
            E("Bessent brings a first draft to Kyiv", "CONSULT", ["United States", "Ukraine"], "2025-02-12", "text",
              "occurred", "Einen ersten Entwurf"),
            E("Zelensky rejects the first US draft", "REJECT", ["Volodymyr Zelensky", "United States"], "2025-02-12",
              "context", "occurred", "Einen ersten Entwurf"),
            E("Trump calls Zelensky a dictator without elections", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-W08", "text", "occurred", "Diktator ohne Wahlen"),
            E("Putin offers US companies cooperation on rare earths, including in occupied Ukrainian territories",
              "REQUEST", ["Vladimir Putin", "United States"], "2025-02-24", "text", "occurred",
              "Kremlchef Wladimir Putin bot amerikanischen Unternehmen"),
            E("Kyiv rejects Putin's offer on the resources of the occupied territories", "REJECT",
              ["Ukraine", "Vladimir Putin"], "2025-02-26", "published", "occurred",
              "Das Außenministerium in Kiew wies den Vorstoß zurück"),
            E("Von der Leyen visits Kyiv", "CONSULT", ["Ursula von der Leyen", "Ukraine"], "2025-02-24", "text",
              "occurred", "Kommissionspräsidentin Ursula von der Leyen hatte"),
            E("Von der Leyen offers Ukraine a raw-materials partnership with the EU", "REQUEST",
              ["Ursula von der Leyen", "Ukraine"], "2025-02-24", "context", "occurred",
              "Kommissionspräsidentin Ursula von der Leyen hatte"),
            E("EU to pay another 3.5 billion euros to Ukraine in March", "AID", ["Ursula von der Leyen", "Ukraine"],
              "2025-03", "text", "planned", "Kommissionspräsidentin Ursula von der Leyen hatte"),
        ],
        [
            S("Ukraine", "Stefanishyna: the negotiators have finished the text; the cabinet is to approve it",
              "2025-02-25TEV", "text", "Vize-Regierungschefin Olha Stefanischyna"),
            S("Donald Trump", "Zelensky wants to come to Washington on Friday to sign the agreement", "2025-02-25",
              "text", "US-Präsident Donald Trump sagte am Dienstag"),
            S("Donald Trump", "He wants to come, and that is fine with me", "2025-02-25", "context",
              "Er möchte kommen"),
            S("Donald Trump", "The US will get a lot of money back for its aid", "2025-02-25", "context",
              "eine Menge Geld"),
            S("Volodymyr Zelensky", "Only a framework agreement; wants to talk with Trump in person about security "
              "guarantees", "2025-02-26TMO", "text", "Selenskyj sprach am Mittwochmorgen"),
            S("Donald Trump", "Calls Zelensky a dictator without elections", "2025-W08", "text",
              "Diktator ohne Wahlen"),
            S("Vladimir Putin", "Offers US companies cooperation on rare earths, also in the occupied territories",
              "2025-02-24", "text", "Kremlchef Wladimir Putin bot amerikanischen Unternehmen"),
            S("Vladimir Putin", "Russia has considerably more such deposits than Ukraine", "2025-02-24", "context",
              "deutlich mehr"),
            S("Ukraine", "Foreign ministry: nobody but Ukraine can dispose of the resources of the occupied "
              "territories", "2025-02-26", "published", "Das Außenministerium in Kiew wies den Vorstoß zurück"),
        ],
        ["Ukraine", "United States", "Donald Trump", "Volodymyr Zelensky", "Vladimir Putin",
         "Kremlin", "Russia", "Ursula von der Leyen", "European Union"],
    ),
    doc(
        "b78de05_eu_kredit_von_der_leyen_kiew_2024_09", "2024-09-21", DE05,
        [
            T("Freitag", "DATE", "2024-09-20", 0),
            T("Juni", "DATE", "2024-06"),
            T("dem Winter", "DATE", "2024-WI"),
            T("März", "DATE", "2024-03"),
            T("alle sechs Monate", "SET", "P6M"),
            T("drei Jahre", "DURATION", "P3Y"),
            T("November", "DATE", "2024-11"),
            T("Freitag", "DATE", "2024-09-20", 1),
            T("Samstag", "DATE", "2024-09-21"),
            T("der Nacht auf Freitag", "TIME", "2024-09-19TNI", note="night to Friday 20 September 2024"),
            T("kommende Woche", "DATE", "2024-W39"),
            T("Donnerstag", "DATE", "2024-09-26"),
            T("heuer", "DATE", "2024"),
        ],
        [
            E("EU to lend Ukraine up to 35 billion euros, repaid from the proceeds of frozen Russian assets", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-09-20", "context", "planned",
              "Die Europäische Union will der Ukraine einen Kredit"),
            E("Von der Leyen visits Kyiv and meets Zelensky", "CONSULT", ["Ursula von der Leyen", "Volodymyr Zelensky"],
              "2024-09-20", "text", "occurred", "am Freitag bei ihrem achten Besuch"),
            E("G7 states, among them the US and Germany, agree on the 50-billion-dollar package in Apulia", "AGREE",
              ["United States", "Germany", "Ukraine"], "2024-06", "text", "occurred", "50-Milliarden-Dollar-Paket"),
            E("Commission pledges 160 million euros for power-plant repairs before winter", "AID",
              ["European Union", "Ukraine"], "2024-09-20", "context", "occurred", "160 Millionen Euro"),
            E("Russia's strikes on Ukraine's power generation since March", "ASSAULT", ["Russia", "Ukraine"],
              "2024-03", "text", "occurred", "Seit März habe Russland", date_mod="START"),
            E("Zelensky thanks the EU for its support", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2024-09-20", "context", "occurred", "Er dankte der EU"),
            E("Zelensky asks for more air-defence systems", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2024-09-20", "context", "occurred", "Er dankte der EU"),
            E("Washington makes its 20-billion-dollar share conditional on a three-year renewal of the sanctions",
              "REQUEST", ["United States", "European Union"], "2024-09-21", "published", "occurred",
              "Washington will sich nur dann"),
            E("Orbán puts off the decision on the longer renewal until after the US election", "REJECT",
              ["Viktor Orbán", "European Union"], "2024-09-21", "published", "occurred",
              "Ungarns Regierungschef Viktor Orbán will"),
            E("Peskov calls the plans theft", "ACCUSE", ["Dmitry Peskov", "European Union"], "2024-09-20", "text",
              "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("Peskov: Russia will respond with countermeasures", "THREATEN", ["Dmitry Peskov", "European Union"],
              "2024-09-20", "text", "occurred", "Kremlsprecher Dmitri Peskow nannte"),
            E("Zakharova accuses Brussels of legalised robbery", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2024-09-21", "text", "occurred", "legalisiertem Raub"),
            E("Russian drone strikes on energy facilities in Sumy and Poltava regions", "ASSAULT",
              ["Russia", "Ukraine"], "2024-09-19TNI", "text", "occurred", "In der Nacht auf Freitag"),
            E("Zelensky to meet Biden in the US", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2024-09-26", "text",
              "planned", "Selenskyj reist kommende Woche"),
            E("Zelensky to present his victory plan to Biden", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-09-26", "text", "planned", "Selenskyj reist kommende Woche"),
            E("Possible Zelensky meeting with Trump", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2024-W39",
              "context", "uncertain", "Auch ein Treffen mit dem republikanischen"),
        ],
        [
            S("Ursula von der Leyen", "Announces an EU loan of up to 35 billion euros repaid from frozen-asset "
              "proceeds", "2024-09-20", "text", "am Freitag bei ihrem achten Besuch"),
            S("Ursula von der Leyen", "Russia must pay for the destruction it causes", "2024-09-20", "context",
              "Russland muss für die Zerstörung bezahlen"),
            S("European Union", "Commission pledges 160 million euros for power-plant repairs", "2024-09-20",
              "context", "160 Millionen Euro"),
            S("Volodymyr Zelensky", "Russia has destroyed about nine gigawatts of generation since March",
              "2024-09-20", "context", "Seit März habe Russland"),
            S("Volodymyr Zelensky", "Thanks the EU and asks for more air defence", "2024-09-20", "context",
              "Er dankte der EU"),
            S("Dmitry Peskov", "The plans are theft; Russia will respond with countermeasures", "2024-09-20", "text",
              "Kremlsprecher Dmitri Peskow nannte"),
            S("Maria Zakharova", "Legalised robbery by Brussels", "2024-09-21", "text", "legalisiertem Raub"),
        ],
        ["European Union", "Ukraine", "Russia", "Ursula von der Leyen", "Volodymyr Zelensky", "United States",
         "Germany", "Viktor Orbán", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Joe Biden", "Donald Trump"],
    ),
    doc(
        "b78de06_berliner_energie_geberkonferenz_2026_02", "2026-02-11", DE06,
        [
            T("Dienstag", "DATE", "2026-02-10", 0),
            T("Abend", "TIME", "2026-02-10TEV"),
            T("diesem Winter", "DATE", "2025-WI"),
            T("Oktober", "DATE", "2025-10"),
            T("Januar", "DATE", "2026-01"),
            T("Ende März", "DATE", "2026-03", mod="END"),
            T("vergangene Woche", "DATE", "2026-W06"),
            T("Dienstag", "DATE", "2026-02-10", 1),
            T("Mittwoch", "DATE", "2026-02-11"),
            T("der Nacht zum Mittwoch", "TIME", "2026-02-10TNI", note="night to Wednesday 11 February 2026"),
            T("Dienstag", "DATE", "2026-02-10", 2),
            T("stundenlang", "DURATION", "PXH"),
            T("Juni", "DATE", "2026-06"),
            T("2027", "DATE", "2027"),
        ],
        [
            E("Donors' conference on Ukraine's energy system in Berlin hosted by Merz", "CONSULT",
              ["Friedrich Merz", "Volodymyr Zelensky", "Ursula von der Leyen", "Donald Tusk", "United States"],
              "2026-02-10", "text", "occurred", "Bei einer internationalen Geberkonferenz",
              note="fiction: Berlin conference of Tuesday 10 February 2026"),
            E("About 40 states and financial institutions pledge 3.1 billion euros", "AID", ["Ukraine"],
              "2026-02-10", "text", "occurred", "Bei einer internationalen Geberkonferenz"),
            E("Germany pledges 1.2 billion euros, mostly KfW guarantees", "AID", ["Germany", "Ukraine"], "2026-02-10",
              "context", "occurred", "Der größte Einzelbetrag"),
            E("Zelensky thanks Merz and the donors", "SUPPORT", ["Volodymyr Zelensky", "Friedrich Merz"],
              "2026-02-10", "context", "occurred", "der persönlich angereist war"),
            E("Zelensky asks for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "Friedrich Merz"],
              "2026-02-10", "context", "occurred", "der persönlich angereist war"),
            E("Merz and Zelensky meet one-on-one in the Chancellery", "CONSULT",
              ["Friedrich Merz", "Volodymyr Zelensky"], "2026-02-10", "context", "occurred",
              "Am Rande der Konferenz kamen Merz und Selenskyj"),
            E("Russian strikes destroying more than half of Ukraine's power capacity since October", "ASSAULT",
              ["Russia", "Ukraine"], "2025-10", "text", "occurred", "Nach ukrainischen Angaben hat Russland seit Oktober",
              date_mod="START"),
            E("Von der Leyen pledges 800 million euros from the Ukraine Facility", "AID",
              ["Ursula von der Leyen", "Ukraine"], "2026-02-10", "context", "occurred", "800 Millionen Euro"),
            E("Tusk promises 40 transformers by the end of March", "AID", ["Donald Tusk", "Ukraine"], "2026-03",
              "text", "planned", "800 Millionen Euro", date_mod="END"),
            E("Second round of US–Russia–Ukraine talks in Abu Dhabi ends without a breakthrough", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-W06", "text", "occurred", "Die zweite Runde der Gespräche"),
            E("Peskov: money for Kyiv only prolongs the war", "ACCUSE", ["Dmitry Peskov", "Germany"], "2026-02-10",
              "text", "occurred", "Geld für Kiew verlängere nur den Krieg"),
            E("Zakharova calls the meeting a fundraising gala for a regime that sabotages peace talks", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-02-11", "text", "occurred", "Spendengala"),
            E("Russian drones strike substations in the Odesa and Kharkiv regions", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-10TNI", "text", "occurred", "In der Nacht zum Mittwoch griffen"),
            E("Next Ukraine Recovery Conference in Gdańsk", "CONSULT", ["Poland", "Ukraine"], "2026-06", "text",
              "planned", "Die nächste große Wiederaufbaukonferenz"),
        ],
        [
            S("Friedrich Merz", "A strong signal to Moscow: Ukraine will not be left in the dark this winter",
              "2026-02-10TEV", "text", "starken Signal an Moskau"),
            S("Volodymyr Zelensky", "Thanks Merz and the donors and asks for more Patriot systems", "2026-02-10",
              "context", "der persönlich angereist war"),
            S("Volodymyr Zelensky", "Every power plant repaired becomes a target again as long as the sky is open",
              "2026-02-10", "context", "Jedes Kraftwerk, das wir reparieren"),
            S("Ukraine", "Russia has destroyed more than half of the country's power capacity since October",
              "2026-02-11", "published", "Nach ukrainischen Angaben hat Russland seit Oktober"),
            S("Ursula von der Leyen", "Pledges 800 million euros from the Ukraine Facility", "2026-02-10", "context",
              "800 Millionen Euro"),
            S("Donald Tusk", "Promises 40 transformers by the end of March", "2026-02-10", "context",
              "800 Millionen Euro"),
            S("United States", "Embassy: Washington is concentrating on the negotiations", "2026-02-11", "published",
              "hieß es aus der Botschaft"),
            S("Russia", "Moscow responds with scorn", "2026-02-11", "published", "Aus Moskau kam Hohn"),
            S("Dmitry Peskov", "Money for Kyiv only prolongs the war", "2026-02-10", "text",
              "Geld für Kiew verlängere nur den Krieg"),
            S("Maria Zakharova", "The meeting is a fundraising gala for a regime that sabotages peace talks",
              "2026-02-11", "text", "Spendengala"),
        ],
        ["Friedrich Merz", "Germany", "Ukraine", "Volodymyr Zelensky", "Russia", "Ursula von der Leyen",
         "European Union", "Poland", "Donald Tusk", "United States", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova"],
    ),
]
