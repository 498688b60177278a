"""German articles of the blind110 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b110de01 (Lebensmittel Zeitung)
DE01 = """
Polen und Ungarn stoppen Agrarimporte aus der Ukraine – Brüssel pocht auf seine Zuständigkeit

Frankfurt/Warschau. Polen und Ungarn haben am Wochenende die Einfuhr von Getreide und zahlreichen weiteren Lebensmitteln aus der Ukraine verboten.
Die Regierung in Warschau setzte am Samstag eine Verordnung in Kraft, die zunächst bis zum 30. Juni gilt und neben Weizen, Mais und Raps auch Zucker, Eier, Geflügel, Honig und Milchprodukte umfasst.
Am Sonntag ergänzte Agrarminister Robert Telus die Liste um weitere Produkte und stellte klar, dass auch der Transit durch Polen vorerst untersagt sei.
Die Regierung von Ministerpräsident Viktor Orbán zog am Samstagabend nach und verhängte ein Einfuhrverbot für mehr als 20 Agrarerzeugnisse bis Ende Juni.
Die Slowakei kündigte am Montag an, ab Mittwoch ebenfalls keine ukrainischen Agrarprodukte mehr ins Land zu lassen.

Die EU-Kommission reagierte ungewöhnlich scharf.
Handelspolitik liege in der ausschließlichen Zuständigkeit der Union, einseitige Maßnahmen einzelner Mitgliedstaaten seien „nicht akzeptabel“, sagte eine Kommissionssprecherin am Montag in Brüssel.
Man habe von Warschau und Budapest bereits am Sonntag genaue Informationen über die Verbote angefordert und prüfe rechtliche Schritte.
Agrarkommissar Janusz Wojciechowski hatte vor gut einer Woche zusätzliche Hilfen für die Landwirte in den Nachbarländern der Ukraine in Aussicht gestellt.

In Kiew stießen die Verbote auf Unverständnis.
Das ukrainische Agrarministerium bedauerte die Entscheidungen Warschaus und Budapests und erinnerte daran, dass das Land unter Kriegsbedingungen exportiere, weil seine Häfen am Schwarzen Meer nur eingeschränkt nutzbar seien.
Agrarminister Mykola Solskyj kündigte an, am Dienstag nach Warschau zu reisen, um mit Telus über eine Lösung zu sprechen.
Man erwarte, dass zumindest der Transit durch Polen umgehend wieder möglich werde, sagte er.
Präsident Wolodymyr Selenskyj telefonierte nach Angaben seines Büros am Sonntag mit Polens Präsident Andrzej Duda.

Für den deutschen Lebensmittelhandel sind die Folgen vorerst begrenzt.
Ukrainische Ware, die über Polen nach Westen rollt, betreffe vor allem Sonnenblumenöl, Honig und Tiefkühlbeeren, sagte der Einkaufschef eines großen Handelskonzerns der LZ.
Sollte der Transitstopp länger als zwei Wochen dauern, drohten allerdings Lücken bei einzelnen Eigenmarken.
Der Handelsverband BVLH forderte freie Handelswege innerhalb des Binnenmarkts.
Berlin hält sich bislang zurück: Ein Sprecher des Bundeslandwirtschaftsministeriums verwies am Montag auf die Zuständigkeit der Kommission.

Seit Juni 2022 hat die EU Zölle und Kontingente auf ukrainische Agrarprodukte ausgesetzt, um dem Land den Export über Land zu erleichtern.
Weil ein großer Teil der Ware nicht weitertransportiert wurde, sondern in den Nachbarländern blieb, waren die Erzeugerpreise dort in den vergangenen Monaten stark gefallen.
Polnische Bauern protestieren seit Wochen; Anfang April trat Agrarminister Henryk Kowalczyk zurück.
Im Herbst wird in Polen ein neues Parlament gewählt.
"""

# ---------------------------------------------------------------- b110de02 (Der Ernährungsdienst)
DE02 = """
Fünf Nachbarstaaten der Ukraine wollen die Getreidesperre bis zum Jahresende verlängern

Hamburg/Warschau. Die Agrarminister Polens, Ungarns, der Slowakei, Rumäniens und Bulgariens verlangen von der EU-Kommission, die Beschränkungen für ukrainisches Getreide über den 15. September hinaus zu verlängern.
In einer gemeinsamen Erklärung, die sie am Mittwoch in Warschau unterzeichneten, fordern die fünf Minister, die Regelung mindestens bis Ende des Jahres beizubehalten und gegebenenfalls auf weitere Produkte auszuweiten.
Der polnische Gastgeber Robert Telus drohte, sein Land werde die Grenze notfalls im Alleingang für ukrainisches Getreide schließen, sollte Brüssel nicht einlenken.
Seit dem 2. Mai dürfen Weizen, Mais, Raps und Sonnenblumenkerne aus der Ukraine in den fünf Staaten nur noch durchgeleitet, aber nicht mehr frei verkauft werden.

Die Kommission ließ offen, wie sie entscheiden will.
Man werde die Lage auf den Märkten bis Mitte August bewerten, sagte ein Sprecher am Donnerstag.
Bundeslandwirtschaftsminister Cem Özdemir (Grüne) lehnte eine Verlängerung dagegen ab.
„Wer Solidarität mit der Ukraine ernst meint, kann ihr nicht gleichzeitig die Landwege versperren“, sagte er am Mittwochabend in Berlin.
Gerade jetzt, da die Häfen am Schwarzen Meer unter Beschuss stünden, müsse Europa mehr ukrainisches Getreide durchlassen, nicht weniger.

Kiew reagierte empört.
Agrarminister Mykola Solskyj nannte die Warschauer Erklärung am Donnerstag „ein politisches Signal, das allein Moskau nützt“.
Russland hatte am Montag das Getreideabkommen für die Schwarzmeerhäfen auslaufen lassen und in der Nacht zum Mittwoch Odessa mit Raketen und Drohnen angegriffen.
Dabei wurden nach ukrainischen Angaben rund 60.000 Tonnen Getreide vernichtet.
Der ukrainische Handelsbeauftragte Taras Katschka warnte, Kiew werde eine Verlängerung der Beschränkungen über den 15. September hinaus nicht hinnehmen und notfalls die Welthandelsorganisation anrufen.

An der Pariser Matif stieg der Weizenpreis seit Montag um fast zehn Prozent.
Hamburger Händler rechnen damit, dass mehr ukrainische Ware über die Donauhäfen und per Bahn nach Westen drängt.
Wenn die Nachbarländer zumachen, bleibe für den Transit nur ein Nadelöhr, sagte ein Exporteur an der Hamburger Getreidebörse dem Ernährungsdienst.
Die Kommission muss bis zum 15. September entscheiden.
"""

# ---------------------------------------------------------------- b110de03 (trans aktuell)
DE03 = """
Polnische Spediteure blockieren weiter die Grenzübergänge zur Ukraine

Dorohusk/Stuttgart. Die Blockade von Grenzübergängen zwischen Polen und der Ukraine durch polnische Transportunternehmer hält an.
Seit dem 6. November lassen die Protestierenden an den Übergängen Dorohusk, Hrebenne und Korczowa nur noch vereinzelt Lastwagen passieren; am Donnerstag soll nach Angaben der Organisatoren auch Medyka hinzukommen.
Auf ukrainischer Seite stauten sich nach Angaben des Grenzschutzes in Kiew am Mittwochmorgen rund 3.000 Lkw, die Wartezeiten betragen bis zu neun Tage.
Zwei ukrainische Fahrer sind in den Warteschlangen gestorben.

Die Spediteure verlangen, dass ukrainische Unternehmen wieder Genehmigungen für Fahrten in die EU benötigen.
Die Pflicht war mit dem Straßentransportabkommen zwischen der EU und der Ukraine vom Juni 2022 entfallen, das bis Ende Juni 2024 verlängert ist.
Seitdem hätten ukrainische Firmen mit Dumpingpreisen den polnischen Markt erobert, sagte ein Sprecher des Protestkomitees trans aktuell.
Die geschäftsführende Regierung in Warschau zeigte Verständnis: Infrastrukturminister Andrzej Adamczyk forderte die Kommission am Montag schriftlich auf, das Abkommen neu zu verhandeln.

In Brüssel stößt das auf Ablehnung.
Verkehrskommissarin Adina Vălean nannte die Blockade am Dienstag „inakzeptabel“ und stellte klar, dass das Abkommen nicht neu verhandelt werde.
Die Kommission werde Polen notfalls an seine Pflicht erinnern, den freien Warenverkehr zu sichern, fügte sie hinzu.
Der ukrainische Infrastrukturminister Olexander Kubrakow warf den Protestierenden vor, auch Hilfsgüter und militärisch wichtige Lieferungen aufzuhalten, und forderte Warschau auf, die Übergänge räumen zu lassen.
Kiew hat für Donnerstag Gespräche mit der polnischen Seite in Lublin angesetzt.

Der Protest greift auf weitere Länder über: Slowakische Spediteure wollen vom 1. Dezember an den Übergang Vyšné Nemecké blockieren.
Der Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL) warnte vor Lieferausfällen auch für deutsche Verlader.
Viele Unternehmen leiten ihre Ukraine-Verkehre bereits über Rumänien um, was die Fahrzeit um rund zwei Tage verlängert.
Eine schnelle Lösung ist nicht in Sicht: Der designierte Regierungschef Donald Tusk will erst nach seiner Vereidigung im Dezember über das Thema sprechen.
"""

# ---------------------------------------------------------------- b110de04 (Bauernblatt Schleswig-Holstein)
DE04 = """
Polens Landwirte riegeln die Grenze ab – Selenskyj lädt zum Treffen an der Grenze

Kiel/Warschau. Der Streit um ukrainische Agrarimporte eskaliert.
Polnische Landwirte blockierten am Dienstag bei einem landesweiten Aktionstag neben zahlreichen Straßen auch die Straßenübergänge zur Ukraine.
Am Bahnhof Medyka öffneten Demonstranten Güterwaggons und schütteten ukrainisches Getreide auf die Gleise.
Schon vor zwei Wochen hatten Bauern am Übergang Dorohusk die Ladung mehrerer ukrainischer Lastwagen auf die Straße gekippt.

In Kiew sorgten die Bilder für Empörung.
Infrastrukturminister Olexander Kubrakow sprach am Mittwoch von „politischem Vandalismus“ und verlangte von den polnischen Behörden, die Verantwortlichen zu bestrafen.
Präsident Wolodymyr Selenskyj lud Ministerpräsident Donald Tusk und Präsident Andrzej Duda am Donnerstag zu einem Treffen an der Grenze ein, an dem auch Vertreter der EU-Kommission teilnehmen sollten.
Es gehe nicht um Getreide, sondern um Politik, sagte Selenskyj, die Ukraine könne sich „keine Erosion der Solidarität“ leisten.

Tusk lehnte ein kurzfristiges Treffen an der Grenze am Donnerstagabend ab.
Stattdessen schlug er für den 28. März Regierungskonsultationen in Warschau vor, bei denen beide Kabinette über Handel und Transit sprechen sollen.
Zugleich kündigte Tusk an, mit Kiew über eine vorübergehende Schließung der Grenze für den Warenverkehr zu beraten; humanitäre und militärische Lieferungen seien davon ausgenommen.
Die Staatsanwaltschaft in Kattowitz ermittelt zudem wegen eines Transparents auf einem Traktor, das Russlands Präsidenten Wladimir Putin aufforderte, in der Ukraine „Ordnung“ zu schaffen.
Tusk nannte das Transparent „Verrat“.

Die EU-Kommission bot Vermittlung an.
Man stehe mit beiden Regierungen in Kontakt, sagte ein Sprecher am Mittwoch, und erinnerte daran, dass Brüssel im Januar eine Verlängerung der Handelserleichterungen mit einer Notbremse für Geflügel, Eier und Zucker vorgeschlagen habe.
Polen, Ungarn und die Slowakei halten ihre nationalen Einfuhrverbote für ukrainisches Getreide seit September aufrecht.

Auch in Schleswig-Holstein gingen Landwirte in dieser Woche erneut auf die Straße, allerdings gegen die Kürzungen beim Agrardiesel.
Der Bauernverband Schleswig-Holstein rief dazu auf, den Streit um ukrainisches Getreide nicht auf dem Rücken der Ukraine auszutragen.
Für Sonnabend ist eine Kundgebung in Rendsburg angemeldet.
"""

# ---------------------------------------------------------------- b110de05 (Proplanta)
DE05 = """
Warschau und Kiew vereinbaren Arbeitsgruppe zum Agrarhandel – polnischer Einfuhrstopp bleibt

Warschau. Polen und die Ukraine wollen ihren Streit über Agrarimporte in einer gemeinsamen Arbeitsgruppe beilegen.
Darauf verständigten sich Ministerpräsident Donald Tusk und sein ukrainischer Amtskollege Denys Schmyhal bei Regierungskonsultationen am Donnerstag in Warschau.
Die Landwirtschaftsminister beider Länder sollen bis Mitte April Vorschläge für ein Lizenzsystem vorlegen, das die Einfuhr von Getreide, Zucker und Geflügel nach Polen begrenzt.
Das nationale Einfuhrverbot für ukrainisches Getreide bleibe bis dahin in Kraft, sagte Tusk nach dem Treffen.

Schmyhal sprach von einem „konstruktiven Gespräch“, machte aber deutlich, dass Kiew eine dauerhafte Sperre nicht akzeptiere.
Die Ukraine halte an ihrer im September eingereichten Beschwerde bei der Welthandelsorganisation gegen das polnische Verbot fest, solange es keine Einigung gebe.
Zugleich bot er an, die Ausfuhr besonders sensibler Produkte nach Polen vorübergehend selbst zu beschränken.
Der ukrainische Vizeregierungschef Olexander Kubrakow und Polens Infrastrukturminister Dariusz Klimczak unterzeichneten eine Erklärung über gemeinsame Grenzkontrollen an drei Übergängen.

Die EU-Kommission begrüßte die Annäherung.
Handelskommissar Valdis Dombrovskis erinnerte am Freitag daran, dass nationale Einfuhrverbote mit dem Binnenmarkt unvereinbar seien, und verwies auf die Einigung über die Verlängerung der Handelserleichterungen für die Ukraine vom 20. März.
Sie sieht eine Notbremse vor, die Zölle auf Geflügel, Eier, Zucker, Hafer, Mais, Grütze und Honig automatisch wieder einführt, sobald die Einfuhren den Durchschnitt der Jahre 2022 und 2023 übersteigen.
Das Europaparlament soll im April abstimmen.

Am polnischen Markt notierte Brotweizen zuletzt bei umgerechnet rund 185 Euro je Tonne und damit gut ein Drittel unter dem Vorjahr.
Polnische Bauernverbände kündigten an, die Blockaden an der Grenze bis Ostern auszusetzen, sie danach aber wieder aufzunehmen, falls Warschau kein Lizenzsystem durchsetze.
Auch in Deutschland stehen die Erzeugerpreise unter Druck: Nach Angaben des Deutschen Raiffeisenverbands wurde Weizen in dieser Woche ab Hof teils unter 180 Euro je Tonne gehandelt.
"""

# ---------------------------------------------------------------- b110de06 (Fleischwirtschaft)
DE06 = """
EU-Staaten billigen neue Ukraine-Kontingente – Geflügelquote steigt auf 120.000 Tonnen

Frankfurt/Luxemburg. Die Mitgliedstaaten der EU haben den Weg für neue Handelsregeln mit der Ukraine freigemacht.
Der Rat billigte am Montag in Luxemburg die Anpassung des Freihandelsabkommens, auf die sich die Kommission und Kiew Ende Juni geeinigt hatten.
Die neuen Zollkontingente sollen am 29. Oktober in Kraft treten und ersetzen die Übergangsregelung, die seit dem Auslaufen der zollfreien Einfuhren am 5. Juni gilt.
Ungarn und die Slowakei stimmten nach Angaben von Diplomaten dagegen, Polen enthielt sich.

Für Geflügelfleisch steigt das zollfreie Kontingent auf jährlich 120.000 Tonnen, für Eier auf 18.000 Tonnen, für Zucker auf 100.000 Tonnen.
Im Gegenzug verpflichtet sich die Ukraine, ihre Standards für Tierschutz und Pflanzenschutzmittel bis 2028 an die der EU anzugleichen.
Eine Schutzklausel erlaubt es beiden Seiten, Maßnahmen zu ergreifen, wenn Einfuhren ihren Markt stören.
Handelskommissar Maroš Šefčovič sprach am Montag von einem „ausgewogenen Paket“, das Kiew Planungssicherheit gebe und die Landwirte in der EU schütze.

In Warschau stieß die Entscheidung auf Kritik.
Agrarminister Stefan Krajewski kündigte am Dienstag an, Polen werde sein Einfuhrverbot für ukrainisches Getreide trotz der neuen Regeln beibehalten.
Der Markt sei „nicht aufnahmefähig“, die Kontingente seien zu hoch, sagte er im Rundfunk.
Auch Ungarn und die Slowakei wollen an ihren nationalen Verboten festhalten, die seit September 2023 gelten.
Die Kommission forderte die drei Länder auf, die Verbote aufzuheben, da es inzwischen einen gemeinsamen Rahmen gebe.

Der ukrainische Vizeregierungschef Taras Katschka begrüßte die Zustimmung der Mitgliedstaaten als „Schritt zur vollständigen Integration in den Binnenmarkt“.
Kiew erwarte, dass Warschau, Budapest und Bratislava ihre Verbote spätestens mit dem Inkrafttreten der neuen Regeln aufhöben, andernfalls werde man das Streitverfahren bei der Welthandelsorganisation fortsetzen.
Präsident Wolodymyr Selenskyj hatte das Thema Anfang Oktober beim Treffen der Europäischen Politischen Gemeinschaft in Kopenhagen mit Ministerpräsident Donald Tusk besprochen.

Die deutsche Geflügelwirtschaft sieht die höhere Quote mit Sorge.
Ukrainische Erzeuger wie der Konzern MHP könnten Hähnchenbrustfilet zu Preisen liefern, mit denen heimische Betriebe nicht mithalten könnten, sagte ein Sprecher des Zentralverbands der Deutschen Geflügelwirtschaft der Fleischwirtschaft.
Der Verband fordert strenge Herkunftskontrollen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b110de01_polen_ungarn_importstopp_2023_04", "2023-04-17", DE01,
        [
            T("Wochenende", "DATE", "2023-W15-WE"),
            T("Samstag", "DATE", "2023-04-15"),
            T("30. Juni", "DATE", "2023-06-30"),
            T("Sonntag", "DATE", "2023-04-16", 0),
            T("Samstagabend", "TIME", "2023-04-15TEV"),
            T("Ende Juni", "DATE", "2023-06", mod="END"),
            T("Montag", "DATE", "2023-04-17", 0),
            T("Mittwoch", "DATE", "2023-04-19"),
            T("Montag", "DATE", "2023-04-17", 1),
            T("Sonntag", "DATE", "2023-04-16", 1),
            T("vor gut einer Woche", "DATE", "2023-W15", mod="APPROX"),
            T("Dienstag", "DATE", "2023-04-18"),
            T("Sonntag", "DATE", "2023-04-16", 2),
            T("zwei Wochen", "DURATION", "P2W"),
            T("Montag", "DATE", "2023-04-17", 2),
            T("Juni 2022", "DATE", "2022-06"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
            T("Wochen", "DURATION", "PXW", 1),
            T("Anfang April", "DATE", "2023-04", mod="START"),
            T("Herbst", "DATE", "2023-FA"),
        ],
        [
            E("Poland bans imports of Ukrainian grain and food products until 30 June", "SANCTION",
              ["Poland", "Ukraine"], "2023-04-15", "text", "occurred", "Die Regierung in Warschau setzte am Samstag"),
            E("Poland extends the list and bans transit of Ukrainian farm goods", "SANCTION", ["Poland", "Ukraine"],
              "2023-04-16", "text", "occurred", "Am Sonntag ergänzte Agrarminister Robert Telus"),
            E("Orbán's government bans imports of more than 20 Ukrainian farm products", "SANCTION",
              ["Viktor Orbán", "Ukraine"], "2023-04-15TEV", "text", "occurred", "zog am Samstagabend nach"),
            E("Slovakia to bar Ukrainian farm products from Wednesday", "SANCTION", ["Ukraine"], "2023-04-19", "text",
              "planned", "Die Slowakei kündigte am Montag an",
              note="announced on Monday 2023-04-17"),
            E("Commission calls the unilateral bans unacceptable", "ACCUSE", ["European Union", "Poland"],
              "2023-04-17", "text", "occurred", "sagte eine Kommissionssprecherin am Montag"),
            E("Commission asks Warsaw and Budapest for information on the bans", "REQUEST",
              ["European Union", "Poland"], "2023-04-16", "text", "occurred", "bereits am Sonntag genaue Informationen"),
            E("Ukraine's agriculture ministry criticises the Polish and Hungarian bans", "ACCUSE", ["Ukraine", "Poland"],
              "2023-04-17", "published", "occurred", "bedauerte die Entscheidungen Warschaus"),
            E("Solskyi to travel to Warsaw for talks with Telus", "CONSULT", ["Ukraine", "Poland"], "2023-04-18",
              "text", "planned", "kündigte an, am Dienstag nach Warschau zu reisen"),
            E("Ukraine asks Poland to reopen transit at once", "REQUEST", ["Ukraine", "Poland"], "2023-04-17",
              "published", "occurred", "zumindest der Transit durch Polen umgehend"),
            E("Zelensky phones Polish President Duda", "CONSULT", ["Volodymyr Zelensky", "Poland"], "2023-04-16",
              "text", "occurred", "telefonierte nach Angaben seines Büros"),
            E("EU has suspended duties and quotas on Ukrainian farm products since June 2022", "AID",
              ["European Union", "Ukraine"], "2022-06", "text", "occurred", "Seit Juni 2022 hat die EU",
              date_mod="START"),
        ],
        [
            S("Poland", "Telus: transit through Poland is also banned for the time being", "2023-04-16", "text",
              "Am Sonntag ergänzte Agrarminister Robert Telus"),
            S("European Union", "Trade policy is an exclusive EU competence; unilateral measures are not acceptable",
              "2023-04-17", "text", "sagte eine Kommissionssprecherin am Montag"),
            S("European Union", "Asked Warsaw and Budapest for details on Sunday and is examining legal steps",
              "2023-04-17", "context", "bereits am Sonntag genaue Informationen"),
            S("European Union", "Wojciechowski held out additional aid for farmers in Ukraine's neighbours",
              "2023-W15", "text", "Agrarkommissar Janusz Wojciechowski"),
            S("Ukraine", "Regrets the decisions; Ukraine exports under war conditions", "2023-04-17", "published",
              "bedauerte die Entscheidungen Warschaus"),
            S("Ukraine", "Solskyi will travel to Warsaw on Tuesday to talk with Telus", "2023-04-17", "published",
              "kündigte an, am Dienstag nach Warschau zu reisen"),
            S("Ukraine", "Expects transit through Poland to be possible again at once", "2023-04-17", "published",
              "zumindest der Transit durch Polen umgehend"),
            S("Germany", "Agriculture ministry spokesman points to the Commission's competence", "2023-04-17", "text",
              "Berlin hält sich bislang zurück"),
        ],
        ["Poland", "Ukraine", "Viktor Orbán", "European Union", "Volodymyr Zelensky", "Germany"],
    ),
    doc(
        "b110de02_warschauer_erklaerung_getreide_2023_07", "2023-07-20", DE02,
        [
            T("Jahresende", "DATE", "2023", mod="END"),
            T("15. September", "DATE", "2023-09-15", 0),
            T("Mittwoch", "DATE", "2023-07-19"),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
            T("2. Mai", "DATE", "2023-05-02"),
            T("Mitte August", "DATE", "2023-08", mod="MID"),
            T("Donnerstag", "DATE", "2023-07-20", 0),
            T("Mittwochabend", "TIME", "2023-07-19TEV"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Donnerstag", "DATE", "2023-07-20", 1),
            T("Montag", "DATE", "2023-07-17", 0),
            T("der Nacht zum Mittwoch", "TIME", "2023-07-18TNI", note="night to Wednesday 19 July 2023"),
            T("15. September", "DATE", "2023-09-15", 1),
            T("Montag", "DATE", "2023-07-17", 1),
            T("15. September", "DATE", "2023-09-15", 2),
        ],
        [
            E("Five agriculture ministers ask the Commission to extend the grain restrictions to the end of the year",
              "REQUEST", ["Poland", "European Union"], "2023-07-19", "text", "occurred",
              "In einer gemeinsamen Erklärung"),
            E("Telus threatens a unilateral Polish closure to Ukrainian grain", "THREATEN",
              ["Poland", "European Union", "Ukraine"], "2023-07-19", "context", "occurred",
              "Der polnische Gastgeber Robert Telus drohte"),
            E("EU restrictions on Ukrainian wheat, maize, rapeseed and sunflower seed in five states since 2 May",
              "SANCTION", ["European Union", "Ukraine"], "2023-05-02", "text", "occurred", "Seit dem 2. Mai dürfen",
              date_mod="START"),
            E("Özdemir rejects an extension of the restrictions", "REJECT", ["Germany", "Poland"], "2023-07-19TEV",
              "context", "occurred", "lehnte eine Verlängerung dagegen ab"),
            E("Özdemir: Europe must let more Ukrainian grain through", "REQUEST", ["Germany", "European Union"],
              "2023-07-19TEV", "context", "occurred", "müsse Europa mehr ukrainisches Getreide durchlassen"),
            E("Solskyi calls the Warsaw declaration a signal that only helps Moscow", "ACCUSE", ["Ukraine", "Poland"],
              "2023-07-20", "text", "occurred", "nannte die Warschauer Erklärung"),
            E("Russia lets the Black Sea grain deal expire", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text",
              "occurred", "das Getreideabkommen für die Schwarzmeerhäfen auslaufen lassen"),
            E("Russian missile and drone attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2023-07-18TNI", "text",
              "occurred", "das Getreideabkommen für die Schwarzmeerhäfen auslaufen lassen"),
            E("Kachka warns Kyiv will not accept an extension and may turn to the WTO", "THREATEN",
              ["Ukraine", "European Union"], "2023-07-20", "published", "occurred", "Taras Katschka warnte"),
        ],
        [
            S("Poland", "Joint declaration of five ministers: keep the restrictions at least to the end of the year",
              "2023-07-19", "text", "In einer gemeinsamen Erklärung"),
            S("Poland", "Telus: Poland will close the border alone if Brussels does not give way", "2023-07-19",
              "context", "Der polnische Gastgeber Robert Telus drohte"),
            S("European Union", "Will assess the market situation by mid-August", "2023-07-20", "text",
              "sagte ein Sprecher am Donnerstag"),
            S("Germany", "Özdemir: solidarity with Ukraine and blocking its land routes do not go together",
              "2023-07-19TEV", "text", "sagte er am Mittwochabend in Berlin"),
            S("Germany", "Özdemir: Europe must let more Ukrainian grain through now that the ports are shelled",
              "2023-07-19TEV", "context", "müsse Europa mehr ukrainisches Getreide durchlassen"),
            S("Ukraine", "Solskyi: the Warsaw declaration is a political signal that only helps Moscow", "2023-07-20",
              "text", "nannte die Warschauer Erklärung"),
            S("Ukraine", "About 60,000 tonnes of grain were destroyed in the Odesa attack", "2023-07-20", "published",
              "nach ukrainischen Angaben"),
            S("Ukraine", "Kachka: Kyiv will not accept an extension beyond 15 September and may turn to the WTO",
              "2023-07-20", "published", "Taras Katschka warnte"),
        ],
        ["Poland", "European Union", "Ukraine", "Germany", "Russia"],
    ),
    doc(
        "b110de03_spediteure_grenzblockade_2023_11", "2023-11-22", DE03,
        [
            T("6. November", "DATE", "2023-11-06"),
            T("Donnerstag", "DATE", "2023-11-23", 0),
            T("Mittwochmorgen", "TIME", "2023-11-22TMO"),
            T("neun Tage", "DURATION", "P9D"),
            T("Juni 2022", "DATE", "2022-06"),
            T("Ende Juni 2024", "DATE", "2024-06", mod="END"),
            T("Montag", "DATE", "2023-11-20"),
            T("Dienstag", "DATE", "2023-11-21"),
            T("Donnerstag", "DATE", "2023-11-23", 1),
            T("1. Dezember", "DATE", "2023-12-01"),
            T("rund zwei Tage", "DURATION", "P2D", mod="APPROX"),
            T("Dezember", "DATE", "2023-12", 1),
        ],
        [
            E("Polish hauliers block three crossings to Ukraine since 6 November", "COERCE", ["Ukraine"], "2023-11-06",
              "text", "occurred", "Seit dem 6. November lassen", date_mod="START",
              note="blockade by private Polish hauliers; Ukraine as the side blocked"),
            E("Blockade to extend to Medyka on Thursday", "COERCE", ["Ukraine"], "2023-11-23", "text", "planned",
              "Seit dem 6. November lassen"),
            E("EU-Ukraine road transport agreement of June 2022 lifted the permit requirement", "AGREE",
              ["European Union", "Ukraine"], "2022-06", "text", "occurred", "Die Pflicht war mit dem Straßentransportabkommen"),
            E("Adamczyk asks the Commission in writing to renegotiate the agreement", "REQUEST",
              ["Poland", "European Union"], "2023-11-20", "text", "occurred", "Infrastrukturminister Andrzej Adamczyk"),
            E("Vălean calls the blockade unacceptable", "ACCUSE", ["European Union"], "2023-11-21", "text", "occurred",
              "Verkehrskommissarin Adina Vălean"),
            E("Commission refuses to renegotiate the road transport agreement", "REJECT", ["European Union", "Poland"],
              "2023-11-21", "text", "occurred", "Verkehrskommissarin Adina Vălean"),
            E("Commission may remind Poland of its duty to secure free movement of goods", "THREATEN",
              ["European Union", "Poland"], "2023-11-21", "context", "occurred", "Die Kommission werde Polen notfalls"),
            E("Kubrakov accuses the protesters of holding up aid and military supplies", "ACCUSE", ["Ukraine"],
              "2023-11-22", "published", "occurred", "Olexander Kubrakow warf den Protestierenden vor"),
            E("Kubrakov asks Warsaw to have the crossings cleared", "REQUEST", ["Ukraine", "Poland"], "2023-11-22",
              "published", "occurred", "Olexander Kubrakow warf den Protestierenden vor"),
            E("Ukrainian-Polish talks in Lublin on Thursday", "CONSULT", ["Ukraine", "Poland"], "2023-11-23", "text",
              "planned", "Kiew hat für Donnerstag Gespräche"),
            E("Slovak hauliers to block Vyšné Nemecké from 1 December", "COERCE", ["Ukraine"], "2023-12-01", "text",
              "planned", "Slowakische Spediteure wollen"),
        ],
        [
            S("Ukraine", "Border guard: about 3,000 trucks queued on Wednesday morning, waits of up to nine days",
              "2023-11-22TMO", "text", "nach Angaben des Grenzschutzes in Kiew"),
            S("Poland", "Adamczyk asks the Commission to renegotiate the road transport agreement", "2023-11-20", "text",
              "Infrastrukturminister Andrzej Adamczyk"),
            S("European Union", "Vălean: the blockade is unacceptable; the agreement will not be renegotiated",
              "2023-11-21", "text", "Verkehrskommissarin Adina Vălean"),
            S("European Union", "Vălean: the Commission may remind Poland of its duty to secure free movement",
              "2023-11-21", "context", "Die Kommission werde Polen notfalls"),
            S("Ukraine", "Kubrakov: protesters hold up aid and military supplies; Warsaw must clear the crossings",
              "2023-11-22", "published", "Olexander Kubrakow warf den Protestierenden vor"),
            S("Donald Tusk", "Will only address the issue after being sworn in in December", "2023-11-22",
              "published", "Der designierte Regierungschef Donald Tusk"),
        ],
        ["Poland", "Ukraine", "European Union", "Donald Tusk"],
    ),
    doc(
        "b110de04_bauernprotest_grenze_selenskyj_2024_02", "2024-02-23", DE04,
        [
            T("Dienstag", "DATE", "2024-02-20"),
            T("vor zwei Wochen", "DATE", "2024-W06"),
            T("Mittwoch", "DATE", "2024-02-21", 0),
            T("Donnerstag", "DATE", "2024-02-22"),
            T("Donnerstagabend", "TIME", "2024-02-22TEV"),
            T("28. März", "DATE", "2024-03-28"),
            T("Mittwoch", "DATE", "2024-02-21", 1),
            T("Januar", "DATE", "2024-01"),
            T("September", "DATE", "2023-09"),
            T("dieser Woche", "DATE", "2024-W08"),
            T("Sonnabend", "DATE", "2024-02-24"),
        ],
        [
            E("Polish farmers block the road crossings to Ukraine", "COERCE", ["Ukraine"], "2024-02-20", "text",
              "occurred", "Polnische Landwirte blockierten am Dienstag",
              note="blockade by private Polish farmers; Ukraine as the side blocked"),
            E("Kubrakov demands that the Polish authorities punish those responsible", "REQUEST",
              ["Ukraine", "Poland"], "2024-02-21", "text", "occurred", "politischem Vandalismus"),
            E("Kubrakov calls the grain dumping political vandalism", "ACCUSE", ["Ukraine"], "2024-02-21", "text",
              "occurred", "politischem Vandalismus"),
            E("Zelensky invites Tusk, Duda and the Commission to a meeting at the border", "REQUEST",
              ["Volodymyr Zelensky", "Donald Tusk", "Poland", "European Union"], "2024-02-22", "text", "occurred",
              "lud Ministerpräsident Donald Tusk"),
            E("Tusk turns down a short-notice border meeting", "REJECT", ["Donald Tusk", "Volodymyr Zelensky"],
              "2024-02-22TEV", "text", "occurred", "Tusk lehnte ein kurzfristiges Treffen"),
            E("Tusk proposes government consultations in Warsaw on 28 March", "REQUEST", ["Donald Tusk", "Ukraine"],
              "2024-02-22TEV", "context", "occurred", "Stattdessen schlug er für den 28. März"),
            E("Polish-Ukrainian government consultations in Warsaw", "CONSULT", ["Poland", "Ukraine"], "2024-03-28",
              "text", "planned", "Stattdessen schlug er für den 28. März"),
            E("Tusk to discuss a temporary closure of the border to trade with Kyiv", "CONSULT",
              ["Donald Tusk", "Ukraine"], "2024-02-23", "published", "planned", "Zugleich kündigte Tusk an",
              note="no date given for the talks"),
            E("Commission offers to mediate", "REQUEST", ["European Union", "Poland", "Ukraine"], "2024-02-21",
              "context", "occurred", "Die EU-Kommission bot Vermittlung an."),
            E("Commission proposed in January to extend the trade measures with an emergency brake", "REQUEST",
              ["European Union", "Ukraine"], "2024-01", "text", "occurred", "Man stehe mit beiden Regierungen"),
            E("Poland keeps its national ban on Ukrainian grain since September", "SANCTION", ["Poland", "Ukraine"],
              "2023-09", "text", "occurred", "Polen, Ungarn und die Slowakei halten", date_mod="START"),
        ],
        [
            S("Ukraine", "Kubrakov: political vandalism; Polish authorities must punish those responsible",
              "2024-02-21", "text", "politischem Vandalismus"),
            S("Volodymyr Zelensky", "It is about politics, not grain; Ukraine cannot afford an erosion of solidarity",
              "2024-02-22", "context", "Es gehe nicht um Getreide"),
            S("Donald Tusk", "Proposes government consultations in Warsaw on 28 March instead", "2024-02-22TEV",
              "context", "Stattdessen schlug er für den 28. März"),
            S("Donald Tusk", "Will discuss with Kyiv a temporary closure of the border to goods traffic",
              "2024-02-22TEV", "context", "Zugleich kündigte Tusk an"),
            S("Donald Tusk", "Calls the banner addressed to Putin treason", "2024-02-23", "published",
              "Tusk nannte das Transparent"),
            S("European Union", "In contact with both governments; proposed an extension with an emergency brake",
              "2024-02-21", "text", "Man stehe mit beiden Regierungen"),
        ],
        ["Poland", "Ukraine", "Volodymyr Zelensky", "Donald Tusk", "European Union", "Russia", "Vladimir Putin"],
    ),
    doc(
        "b110de05_regierungskonsultationen_warschau_2024_03", "2024-03-29", DE05,
        [
            T("Donnerstag", "DATE", "2024-03-28"),
            T("Mitte April", "DATE", "2024-04", mod="MID"),
            T("September", "DATE", "2023-09"),
            T("Freitag", "DATE", "2024-03-29"),
            T("20. März", "DATE", "2024-03-20"),
            T("2022", "DATE", "2022"),
            T("2023", "DATE", "2023"),
            T("April", "DATE", "2024-04", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Vorjahr", "DATE", "2023"),
            T("Ostern", "DATE", "2024-03-31"),
            T("dieser Woche", "DATE", "2024-W13"),
        ],
        [
            E("Polish-Ukrainian government consultations in Warsaw", "CONSULT", ["Donald Tusk", "Ukraine", "Poland"],
              "2024-03-28", "text", "occurred", "bei Regierungskonsultationen am Donnerstag"),
            E("Tusk and Shmyhal agree to settle the dispute in a joint working group", "AGREE",
              ["Donald Tusk", "Ukraine"], "2024-03-28", "text", "occurred", "bei Regierungskonsultationen am Donnerstag"),
            E("Agriculture ministers to present proposals for a licensing system by mid-April", "COOPERATE",
              ["Poland", "Ukraine"], "2024-04", "text", "planned", "bis Mitte April Vorschläge",
              date_mod="MID"),
            E("Tusk: the national import ban stays in force", "REJECT", ["Donald Tusk", "Ukraine"], "2024-03-28",
              "context", "occurred", "sagte Tusk nach dem Treffen"),
            E("Shmyhal: Kyiv will not accept a permanent ban", "REJECT", ["Ukraine", "Poland"], "2024-03-28",
              "context", "occurred", "konstruktiven Gespräch"),
            E("Ukraine's WTO complaint against the Polish ban", "ACCUSE", ["Ukraine", "Poland"], "2023-09", "text",
              "occurred", "im September eingereichten Beschwerde"),
            E("Shmyhal offers that Ukraine itself temporarily restrict exports of sensitive products to Poland",
              "REQUEST", ["Ukraine", "Poland"], "2024-03-28", "context", "occurred", "Zugleich bot er an"),
            E("Kubrakov and Klimczak sign a declaration on joint border controls", "AGREE", ["Ukraine", "Poland"],
              "2024-03-28", "context", "occurred", "unterzeichneten eine Erklärung über gemeinsame Grenzkontrollen"),
            E("Commission welcomes the rapprochement", "SUPPORT", ["European Union", "Poland", "Ukraine"],
              "2024-03-29", "context", "occurred", "Die EU-Kommission begrüßte die Annäherung."),
            E("Dombrovskis: national import bans are incompatible with the single market", "ACCUSE",
              ["European Union", "Poland"], "2024-03-29", "text", "occurred", "Handelskommissar Valdis Dombrovskis"),
            E("EU agreement of 20 March to extend the trade measures for Ukraine", "AGREE",
              ["European Union", "Ukraine"], "2024-03-20", "text", "occurred", "Handelskommissar Valdis Dombrovskis"),
        ],
        [
            S("Donald Tusk", "The national import ban on Ukrainian grain stays in force until then", "2024-03-28",
              "context", "sagte Tusk nach dem Treffen"),
            S("Ukraine", "Shmyhal: a constructive talk, but Kyiv will not accept a permanent ban", "2024-03-28",
              "context", "konstruktiven Gespräch"),
            S("Ukraine", "Shmyhal: Ukraine keeps its WTO complaint as long as there is no agreement", "2024-03-28",
              "context", "im September eingereichten Beschwerde"),
            S("Ukraine", "Shmyhal offers to restrict exports of sensitive products to Poland temporarily",
              "2024-03-28", "context", "Zugleich bot er an"),
            S("European Union", "Dombrovskis: national bans are incompatible with the single market", "2024-03-29",
              "text", "Handelskommissar Valdis Dombrovskis"),
        ],
        ["Poland", "Ukraine", "Donald Tusk", "European Union"],
    ),
    doc(
        "b110de06_rat_billigt_ukraine_kontingente_2025_10", "2025-10-14", DE06,
        [
            T("Montag", "DATE", "2025-10-13", 0),
            T("Ende Juni", "DATE", "2025-06", mod="END"),
            T("29. Oktober", "DATE", "2025-10-29"),
            T("5. Juni", "DATE", "2025-06-05"),
            T("jährlich", "SET", "P1Y"),
            T("2028", "DATE", "2028"),
            T("Montag", "DATE", "2025-10-13", 1),
            T("Dienstag", "DATE", "2025-10-14"),
            T("September 2023", "DATE", "2023-09"),
            T("Anfang Oktober", "DATE", "2025-10", mod="START"),
        ],
        [
            E("EU Council approves the revised trade agreement with Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2025-10-13", "text", "occurred", "Der Rat billigte am Montag"),
            E("Commission and Kyiv agreed on the adjustment of the free-trade agreement at the end of June", "AGREE",
              ["European Union", "Ukraine"], "2025-06", "text", "occurred", "Der Rat billigte am Montag",
              date_mod="END"),
            E("Hungary and Slovakia vote against the new rules", "REJECT", ["European Union", "Ukraine"], "2025-10-13",
              "context", "occurred", "Ungarn und die Slowakei stimmten"),
            E("Ukraine commits to align animal-welfare and pesticide standards with the EU by 2028", "AGREE",
              ["Ukraine", "European Union"], "2025-10-13", "context", "occurred", "Im Gegenzug verpflichtet sich"),
            E("Poland will keep its import ban on Ukrainian grain", "REJECT", ["Poland", "Ukraine"], "2025-10-14",
              "text", "occurred", "Agrarminister Stefan Krajewski kündigte"),
            E("Krajewski criticises the quotas as too high", "ACCUSE", ["Poland", "European Union"], "2025-10-14",
              "context", "occurred", "nicht aufnahmefähig"),
            E("Hungary and Slovakia keep national bans in force since September 2023", "SANCTION", ["Ukraine"],
              "2023-09", "text", "occurred", "die seit September 2023 gelten", date_mod="START"),
            E("Commission calls on the three countries to lift their bans", "REQUEST", ["European Union", "Poland"],
              "2025-10-14", "published", "occurred", "Die Kommission forderte die drei Länder auf"),
            E("Kachka welcomes the member states' approval", "SUPPORT", ["Ukraine", "European Union"], "2025-10-14",
              "published", "occurred", "Taras Katschka begrüßte"),
            E("Kyiv expects Warsaw to lift its ban when the new rules take effect", "REQUEST", ["Ukraine", "Poland"],
              "2025-10-14", "published", "occurred", "Kiew erwarte, dass Warschau"),
            E("Kyiv threatens to pursue the WTO dispute otherwise", "THREATEN", ["Ukraine", "Poland"], "2025-10-14",
              "published", "occurred", "Kiew erwarte, dass Warschau"),
            E("Zelensky discussed the issue with Tusk at the EPC meeting in Copenhagen", "CONSULT",
              ["Volodymyr Zelensky", "Donald Tusk"], "2025-10", "text", "occurred", "Präsident Wolodymyr Selenskyj hatte",
              date_mod="START"),
        ],
        [
            S("European Union", "Šefčovič: a balanced package that gives Kyiv certainty and protects EU farmers",
              "2025-10-13", "text", "Maroš Šefčovič sprach am Montag"),
            S("Poland", "Krajewski: Poland will keep its import ban on Ukrainian grain", "2025-10-14", "text",
              "Agrarminister Stefan Krajewski kündigte"),
            S("Poland", "Krajewski: the market cannot absorb more; the quotas are too high", "2025-10-14", "context",
              "nicht aufnahmefähig"),
            S("European Union", "Calls on Poland, Hungary and Slovakia to lift their bans", "2025-10-14", "published",
              "Die Kommission forderte die drei Länder auf"),
            S("Ukraine", "Kachka: a step towards full integration into the single market", "2025-10-14", "published",
              "Taras Katschka begrüßte"),
            S("Ukraine", "Expects the bans lifted when the rules take effect, otherwise will pursue the WTO dispute",
              "2025-10-14", "published", "Kiew erwarte, dass Warschau"),
        ],
        ["European Union", "Ukraine", "Poland", "Volodymyr Zelensky", "Donald Tusk"],
    ),
]
