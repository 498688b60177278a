"""blind43, German articles (written blind to the extraction code; see README.md).

One sentence per line, headline first, a blank line between paragraphs.
"""

from build import E, S, T

DE01 = dict(
    id="b43de01_helme_haubitzen_estland_2022_01",
    lang="de",
    published="2022-01-27",
    body="""
Helme statt Haubitzen: Berlin bremst Estlands Waffenhilfe für Kiew

Berlin/Köln. Die Bundesregierung hält an ihrem Nein zu Waffenlieferungen an die Ukraine fest und gerät damit bei Verbündeten und in Kiew zunehmend unter Druck.
Verteidigungsministerin Christine Lambrecht (SPD) kündigte am Mittwoch an, Deutschland werde der Ukraine 5000 Schutzhelme liefern.
Die Lieferung sei „ein ganz deutliches Signal“, dass man an der Seite der Ukraine stehe, sagte die Ministerin.
Über einen Antrag Estlands, neun Haubitzen aus Beständen der früheren Nationalen Volksarmee an Kiew weiterzugeben, hat die Bundesregierung dagegen noch nicht entschieden.
Tallinn hatte die nötige Genehmigung vor gut einer Woche in Berlin beantragt, weil die Geschütze über Finnland aus deutschen Beständen stammen.
Aus Regierungskreisen hieß es, eine Zustimmung sei „nicht zu erwarten“.

In Kiew stieß die Helm-Zusage auf Spott.
Bürgermeister Vitali Klitschko sprach noch am selben Abend von einem „absoluten Witz“.
Der ukrainische Botschafter in Berlin, Andrij Melnyk, forderte erneut Defensivwaffen und warf der Bundesregierung „unterlassene Hilfeleistung“ vor.
Außenminister Dmytro Kuleba hatte Berlin schon am Wochenende vorgeworfen, mit seiner Haltung Kremlchef Wladimir Putin zu ermutigen.

Bundeskanzler Olaf Scholz (SPD) verteidigte den Kurs nach einem Treffen mit Frankreichs Präsident Emmanuel Macron am Dienstagabend in Berlin.
Deutschland liefere keine letalen Waffen in Krisengebiete, setze aber auf Diplomatie und wirtschaftliche Hilfe für Kiew, sagte Scholz.
Für den Fall eines russischen Angriffs drohte er Moskau mit einem „hohen Preis“.
In Paris kamen am Mittwoch die außenpolitischen Berater der Staats- und Regierungschefs im Normandie-Format zusammen, für die Ukraine nahm Präsidialamtschef Andrij Jermak teil.
Nach achtstündigen Gesprächen vereinbarten Russland, die Ukraine, Frankreich und Deutschland ein weiteres Treffen in zwei Wochen in Berlin.

Kremlsprecher Dmitri Peskow warf den USA und Großbritannien am Donnerstag vor, mit Waffenlieferungen an Kiew die Spannungen zu verschärfen, und warnte die Nato-Staaten vor weiteren Schritten dieser Art.
Washington und London hatten zuletzt Panzerabwehrwaffen in die Ukraine geflogen, die britischen Transportmaschinen mieden dabei den deutschen Luftraum.
US-Präsident Joe Biden hatte am Montag 8500 Soldaten in erhöhte Bereitschaft versetzen lassen.
Russland hat nach westlichen Angaben mehr als 100.000 Soldaten an der Grenze zur Ukraine zusammengezogen, bestreitet aber jede Angriffsabsicht.

In Köln verfolgt man den Streit mit Sorge: Die Stadt pflegt seit 1988 eine Partnerschaft mit dem russischen Wolgograd, die nach Angaben des Rathauses fortgeführt werden soll.
""",
    timexes=[
        T("Mittwoch", "DATE", "2022-01-26"),
        T("vor gut einer Woche", "DATE", "2022-W03", mod="APPROX"),
        T("selben Abend", "TIME", "2022-01-26TEV"),
        T("Wochenende", "DATE", "2022-W03-WE"),
        T("Dienstagabend", "TIME", "2022-01-25TEV"),
        T("Mittwoch", "DATE", "2022-01-26", n=1),
        T("achtstündigen", "DURATION", "PT8H"),
        T("zwei Wochen", "DURATION", "P2W", note="in zwei Wochen, from 26 January: about 2022-02-09"),
        T("Donnerstag", "DATE", "2022-01-27"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Montag", "DATE", "2022-01-24"),
        T("1988", "DATE", "1988"),
    ],
    events=[
        E("Germany pledges 5,000 military helmets to Ukraine", "AID", ["Germany", "Ukraine"],
          "2022-01-26", "text", "occurred", "kündigte am Mittwoch an, Deutschland werde"),
        E("Lambrecht: the helmets signal that Germany stands by Ukraine", "SUPPORT", ["Germany", "Ukraine"],
          "2022-01-26", "context", "occurred", "ganz deutliches Signal"),
        E("Estonia asked Berlin for permission to pass ex-GDR howitzers on to Ukraine", "REQUEST", ["Germany", "Ukraine"],
          "2022-W03", "text", "occurred", "Tallinn hatte die nötige Genehmigung", date_mod="APPROX",
          note="Estonia is not canonical; the addressee (Germany) and the intended recipient (Ukraine) are kept."),
        E("Berlin not expected to approve the Estonian re-export", "REJECT", ["Germany", "Ukraine"],
          "2022-01-27", "published", "uncertain", "Aus Regierungskreisen hieß es",
          note="A refusal signalled by government sources; no formal decision in the text."),
        E("Kyiv mayor Klitschko mocks the helmet pledge as an absolute joke", "ACCUSE", ["Ukraine", "Germany"],
          "2022-01-26TEV", "text", "occurred", "Bürgermeister Vitali Klitschko",
          note="Klitschko (not canonical) is credited to Ukraine as an official."),
        E("Ambassador Melnyk renews demand for defensive weapons", "REQUEST", ["Ukraine", "Germany"],
          "2022-01-27", "published", "occurred", "forderte erneut Defensivwaffen"),
        E("Melnyk accuses Berlin of failing to render assistance", "ACCUSE", ["Ukraine", "Germany"],
          "2022-01-27", "published", "occurred", "forderte erneut Defensivwaffen"),
        E("Kuleba accused Berlin of encouraging Putin", "ACCUSE", ["Ukraine", "Germany"],
          "2022-W03-WE", "text", "occurred", "Außenminister Dmytro Kuleba hatte Berlin"),
        E("Scholz meets Macron in Berlin", "CONSULT", ["Olaf Scholz", "Emmanuel Macron"],
          "2022-01-25TEV", "text", "occurred", "nach einem Treffen mit Frankreichs Präsident"),
        E("Scholz rules out lethal weapons for Ukraine", "REJECT", ["Olaf Scholz", "Ukraine"],
          "2022-01-25TEV", "context", "occurred", "Deutschland liefere keine letalen Waffen"),
        E("Scholz warns Moscow of a high price in case of an attack", "THREATEN", ["Olaf Scholz", "Russia"],
          "2022-01-25TEV", "context", "occurred", "drohte er Moskau"),
        E("Normandy-format advisers meet in Paris, Yermak for Ukraine", "CONSULT",
          ["Russia", "Ukraine", "France", "Germany", "Andriy Yermak"],
          "2022-01-26", "text", "occurred", "In Paris kamen am Mittwoch"),
        E("Normandy-format advisers agree to meet again", "AGREE", ["Russia", "Ukraine", "France", "Germany"],
          "2022-01-26", "context", "occurred", "Nach achtstündigen Gesprächen"),
        E("Next Normandy-format advisers' meeting in Berlin", "CONSULT", ["Russia", "Ukraine", "France", "Germany"],
          "2022-W06", "text", "planned", "Nach achtstündigen Gesprächen",
          note="'in zwei Wochen' from 26 January; the meeting took place in Berlin on 10 February 2022."),
        E("Peskov accuses the US and the UK of raising tensions with arms deliveries", "ACCUSE",
          ["Dmitry Peskov", "United States", "United Kingdom"],
          "2022-01-27", "text", "occurred", "Kremlsprecher Dmitri Peskow warf"),
        E("Peskov warns NATO states against further arms deliveries", "REQUEST", ["Dmitry Peskov", "NATO"],
          "2022-01-27", "text", "occurred", "Kremlsprecher Dmitri Peskow warf"),
        E("US and UK flew anti-tank weapons to Ukraine", "AID", ["United States", "United Kingdom", "Ukraine"],
          "PAST_REF", "vague", "occurred", "Washington und London hatten zuletzt"),
        E("Biden puts 8,500 US troops on heightened alert", "MOBILIZE", ["Joe Biden", "United States"],
          "2022-01-24", "text", "occurred", "US-Präsident Joe Biden hatte am Montag"),
        E("Russia has massed more than 100,000 troops at Ukraine's border", "MOBILIZE", ["Russia", "Ukraine"],
          "2022-01-27", "published", "occurred", "Russland hat nach westlichen Angaben",
          note="No date in the text (blind13's undated build-up); the denial of attack plans is a standing position."),
    ],
    statements=[
        S("Germany", "Lambrecht announces 5,000 helmets for Ukraine", "2022-01-26", "text",
          "kündigte am Mittwoch an, Deutschland werde"),
        S("Germany", "Lambrecht: the helmets are a clear signal of standing by Ukraine", "2022-01-26", "context",
          "ganz deutliches Signal"),
        S("Germany", "Government sources: approval of Estonia's request not to be expected", "2022-01-27", "published",
          "Aus Regierungskreisen hieß es"),
        S("Ukraine", "Klitschko calls the helmet pledge an absolute joke", "2022-01-26TEV", "text",
          "Bürgermeister Vitali Klitschko"),
        S("Ukraine", "Melnyk demands defensive weapons and accuses Berlin of failing to help", "2022-01-27", "published",
          "forderte erneut Defensivwaffen"),
        S("Ukraine", "Kuleba: Berlin's stance encourages Putin", "2022-W03-WE", "text",
          "Außenminister Dmytro Kuleba hatte Berlin"),
        S("Olaf Scholz", "Defends the government's course after meeting Macron", "2022-01-25TEV", "text",
          "verteidigte den Kurs"),
        S("Olaf Scholz", "No lethal weapons into crisis zones; diplomacy and economic help for Kyiv", "2022-01-25TEV",
          "context", "Deutschland liefere keine letalen Waffen"),
        S("Olaf Scholz", "Russia would pay a high price for an attack", "2022-01-25TEV", "context", "drohte er Moskau"),
        S("Dmitry Peskov", "US and British arms deliveries raise tensions; warns NATO states against more",
          "2022-01-27", "text", "Kremlsprecher Dmitri Peskow warf"),
    ],
    actors=["Germany", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "Olaf Scholz", "Emmanuel Macron", "France",
            "Andriy Yermak", "Dmitry Peskov", "United States", "United Kingdom", "NATO", "Joe Biden"],
)

DE02 = dict(
    id="b43de02_ramstein_winterpaket_bruessel_2023_10",
    lang="de",
    published="2023-10-12",
    body="""
Winterpaket für Kiew: Deutschland sagt weiteres Patriot-System zu

Brüssel/Ingolstadt. Mit einem weiteren Patriot-Flugabwehrsystem und zusätzlichen Iris-T-Raketen will die Bundesregierung der Ukraine durch den kommenden Winter helfen.
Verteidigungsminister Boris Pistorius (SPD) kündigte das sogenannte Winterpaket im Umfang von rund einer Milliarde Euro am Mittwoch in Brüssel am Rande des Treffens der Ukraine-Kontaktgruppe an.
Zu der Runde im Nato-Hauptquartier hatte US-Verteidigungsminister Lloyd Austin Vertreter von rund 50 Staaten eingeladen.
Erstmals nahm der ukrainische Präsident Wolodymyr Selenskyj persönlich an einer Sitzung des Formats teil, das seit April 2022 als „Ramstein-Gruppe“ bekannt ist.
Selenskyj bat die Partner eindringlich um mehr Luftabwehr für die Wintermonate.
„Wir wissen, dass Russland wieder unsere Energieversorgung angreifen wird“, sagte er.

Austin sagte weitere US-Hilfe im Wert von 200 Millionen Dollar zu, darunter Munition für Luftabwehrsysteme.
Zugleich versicherte er, die Unterstützung Israels nach dem Angriff der Hamas gehe nicht zulasten der Ukraine.
Belgien kündigte an, ab 2025 F-16-Kampfjets an Kiew zu liefern.
Am Abend traf Selenskyj Nato-Generalsekretär Jens Stoltenberg, der die Zusagen als „lebenswichtig“ bezeichnete.
Heute beraten die Verteidigungsminister der Allianz weiter, unter anderem über eine höhere Munitionsproduktion.

Moskau reagierte ablehnend.
Kremlsprecher Dmitri Peskow sagte, die neuen Zusagen aus Berlin und Washington würden den Verlauf der „militärischen Spezialoperation“ nicht ändern, sondern nur das Leid verlängern.
Die Nato führe einen Stellvertreterkrieg gegen Russland, fügte er hinzu.
Außenamtssprecherin Maria Sacharowa drohte, auch die neuen Patriot-Systeme würden „wie die vorherigen“ zerstört.

In der Region wird das Paket aufmerksam verfolgt.
Im Werk von MBDA in Schrobenhausen werden Komponenten für Patriot-Lenkflugkörper gefertigt, über eine Ausweitung der Produktion wird seit Monaten verhandelt.
Ein Unternehmenssprecher sagte dem DONAUKURIER, zu konkreten Aufträgen könne man sich derzeit nicht äußern.
""",
    timexes=[
        T("den kommenden Winter", "DATE", "2023-WI"),
        T("Mittwoch", "DATE", "2023-10-11"),
        T("April 2022", "DATE", "2022-04"),
        T("die Wintermonate", "DATE", "2023-WI"),
        T("2025", "DATE", "2025"),
        T("Abend", "TIME", "2023-10-11TEV"),
        T("Heute", "DATE", "2023-10-12"),
        T("Monaten", "DURATION", "PXM"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Pistorius announces a winter package of about one billion euros with a further Patriot system", "AID",
          ["Germany", "Ukraine"], "2023-10-11", "text", "occurred", "kündigte das sogenannte Winterpaket"),
        E("Ukraine Defence Contact Group meets at NATO headquarters, hosted by Austin, Zelensky in person", "CONSULT",
          ["United States", "Germany", "Ukraine", "Volodymyr Zelensky"], "2023-10-11", "context", "occurred",
          "Zu der Runde im Nato-Hauptquartier",
          note="Dated by 'am Mittwoch' in the sentence before; participants named in the article (Austin, Pistorius, Zelensky)."),
        E("Zelensky asks partners for more air defence for the winter", "REQUEST", ["Volodymyr Zelensky"],
          "2023-10-11", "context", "occurred", "bat die Partner eindringlich"),
        E("Russia expected to attack Ukraine's energy supply again", "ASSAULT", ["Russia", "Ukraine"],
          "2023-WI", "context", "planned", "Wir wissen, dass Russland",
          note="Zelensky's expectation for the winter months named in the sentence before."),
        E("Austin pledges a further 200 million dollars in US aid", "AID", ["United States", "Ukraine"],
          "2023-10-11", "context", "occurred", "Austin sagte weitere US-Hilfe"),
        E("Austin assures that support for Israel will not come at Ukraine's expense", "AGREE",
          ["United States", "Ukraine"], "2023-10-11", "context", "occurred", "Zugleich versicherte er"),
        E("Belgium to deliver F-16 jets to Ukraine from 2025", "AID", ["Ukraine"],
          "2025", "text", "planned", "Belgien kündigte an", date_mod="START",
          note="Belgium is not canonical; only the recipient is kept."),
        E("Zelensky meets Stoltenberg", "CONSULT", ["Volodymyr Zelensky", "Jens Stoltenberg"],
          "2023-10-11TEV", "text", "occurred", "Am Abend traf Selenskyj"),
        E("Stoltenberg calls the pledges vital", "SUPPORT", ["Jens Stoltenberg", "Ukraine"],
          "2023-10-11TEV", "context", "occurred", "Am Abend traf Selenskyj"),
        E("NATO defence ministers continue their meeting", "CONSULT", ["NATO"],
          "2023-10-12", "text", "planned", "Heute beraten die Verteidigungsminister"),
        E("Peskov dismisses the new pledges as unable to change the course of the war", "REJECT",
          ["Dmitry Peskov", "Germany", "United States"], "2023-10-12", "published", "occurred",
          "Kremlsprecher Dmitri Peskow sagte"),
        E("Peskov: the pledges from Berlin and Washington only prolong the suffering", "ACCUSE",
          ["Dmitry Peskov", "Germany", "United States"], "2023-10-12", "published", "occurred",
          "Kremlsprecher Dmitri Peskow sagte"),
        E("Peskov accuses NATO of waging a proxy war against Russia", "ACCUSE", ["Dmitry Peskov", "NATO"],
          "2023-10-12", "published", "occurred", "Stellvertreterkrieg"),
        E("Zakharova threatens that the new Patriot systems will be destroyed", "THREATEN",
          ["Maria Zakharova", "Germany", "Ukraine"], "2023-10-12", "published", "occurred",
          "Außenamtssprecherin Maria Sacharowa drohte"),
    ],
    statements=[
        S("Germany", "Pistorius announces a winter package of about one billion euros", "2023-10-11", "text",
          "kündigte das sogenannte Winterpaket"),
        S("Volodymyr Zelensky", "Asks partners urgently for more air defence for the winter", "2023-10-11", "context",
          "bat die Partner eindringlich"),
        S("Volodymyr Zelensky", "Russia will attack Ukraine's energy supply again", "2023-10-11", "context",
          "Wir wissen, dass Russland"),
        S("United States", "Austin pledges a further 200 million dollars", "2023-10-11", "context",
          "Austin sagte weitere US-Hilfe"),
        S("United States", "Austin: support for Israel not at the expense of Ukraine", "2023-10-11", "context",
          "Zugleich versicherte er"),
        S("Jens Stoltenberg", "The pledges are vital", "2023-10-11TEV", "context", "Am Abend traf Selenskyj"),
        S("Russia", "Moscow reacted dismissively", "2023-10-12", "published", "Moskau reagierte ablehnend."),
        S("Dmitry Peskov", "New pledges will not change the course of the operation, only prolong suffering",
          "2023-10-12", "published", "Kremlsprecher Dmitri Peskow sagte"),
        S("Dmitry Peskov", "NATO is waging a proxy war against Russia", "2023-10-12", "published",
          "Stellvertreterkrieg"),
        S("Maria Zakharova", "The new Patriot systems will be destroyed like the previous ones", "2023-10-12",
          "published", "Außenamtssprecherin Maria Sacharowa drohte"),
    ],
    actors=["Germany", "Ukraine", "Volodymyr Zelensky", "United States", "NATO", "Russia", "Jens Stoltenberg",
            "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)

DE03 = dict(
    id="b43de03_unterluess_munitionswerk_rutte_2025_08",
    lang="de",
    published="2025-08-28",
    body="""
Rutte eröffnet Munitionswerk in Unterlüß: „Europa muss mehr produzieren“

Unterlüß. Im Beisein von Nato-Generalsekretär Mark Rutte hat Rheinmetall am Mittwoch sein neues Munitionswerk in Unterlüß in Betrieb genommen.
Bis 2027 sollen in der Anlage im Landkreis Celle bis zu 350.000 Artilleriegranaten im Jahr vom Band laufen.
Ein Teil der Produktion soll über Aufträge der Bundesregierung an die Ukraine gehen, die sich seit mehr als drei Jahren gegen die russische Invasion verteidigt.
„Wir müssen mehr produzieren, schneller und gemeinsam“, sagte Rutte vor mehreren Hundert Gästen in der neuen Fertigungshalle.
Die Allianz werde die Ukraine weiter unterstützen, „solange es nötig ist“, versprach er.

Verteidigungsminister Boris Pistorius (SPD) nannte das Werk einen Beitrag zur Abschreckung gegenüber Moskau.
Vizekanzler Lars Klingbeil (SPD) kündigte an, Deutschland werde die Ukraine-Hilfe im kommenden Jahr auf rund neun Milliarden Euro aufstocken.
Der ukrainische Botschafter Oleksij Makeiev dankte der Bundesregierung und bat um eine rasche Lieferung der ersten Granaten aus Unterlüß.
Rheinmetall-Chef Armin Papperger kündigte an, dass ein gemeinsames Munitionswerk mit dem ukrainischen Staatskonzern Ukroboronprom noch in diesem Jahr die Produktion aufnehmen solle.
Den Grundstein für das Werk in Unterlüß hatten Bundeskanzler Olaf Scholz und die dänische Regierungschefin Mette Frederiksen im Februar 2024 gelegt.

Aus Moskau kam scharfe Kritik.
Außenamtssprecherin Maria Sacharowa warf der Bundesregierung vor, Deutschland bereite sich „erneut auf einen Krieg gegen Russland vor“.
Betriebe, die Waffen für das „Kiewer Regime“ herstellten, seien „legitime Ziele“, sagte sie.
Kremlsprecher Dmitri Peskow erklärte, die Aufrüstung Europas stehe im Widerspruch zu den Bemühungen von US-Präsident Donald Trump um eine Friedenslösung.
Trump hatte Mitte August in Alaska Kremlchef Wladimir Putin getroffen, ein Treffen Putins mit dem ukrainischen Präsidenten Wolodymyr Selenskyj ist bislang nicht in Sicht.

Für den Landkreis bedeutet das Werk rund 500 neue Arbeitsplätze.
Landrat Axel Flader (CDU) sprach gegenüber der CZ von einem „Tag, der die Region verändert“.
Die Polizei hatte die Zufahrtsstraßen rund um das Werksgelände während des Besuchs weiträumig gesperrt.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-08-27"),
        T("2027", "DATE", "2027"),
        T("Jahr", "SET", "P1Y"),
        T("mehr als drei Jahren", "DURATION", "P3Y", mod="MORE_THAN"),
        T("kommenden Jahr", "DATE", "2026"),
        T("diesem Jahr", "DATE", "2025"),
        T("Februar 2024", "DATE", "2024-02"),
        T("Mitte August", "DATE", "2025-08", mod="MID"),
    ],
    events=[
        E("Rutte attends the opening of Rheinmetall's ammunition plant in Unterlüß", "CONSULT",
          ["Mark Rutte", "Germany"], "2025-08-27", "text", "occurred", "Im Beisein von Nato-Generalsekretär",
          note="The German side is represented by Pistorius and Klingbeil, named in the next paragraph."),
        E("Part of the plant's output to go to Ukraine through German government orders", "AID",
          ["Germany", "Ukraine"], "2025-08-28", "published", "planned", "Ein Teil der Produktion soll",
          note="No date for the deliveries; full capacity is planned by 2027."),
        E("Rutte calls on allies to produce more, faster and together", "REQUEST", ["Mark Rutte", "NATO"],
          "2025-08-27", "context", "occurred", "Wir müssen mehr produzieren"),
        E("Rutte promises the alliance will keep supporting Ukraine", "AGREE", ["Mark Rutte", "NATO", "Ukraine"],
          "2025-08-27", "context", "occurred", "versprach er"),
        E("Klingbeil: Germany to raise Ukraine aid to about nine billion euros next year", "AID",
          ["Germany", "Ukraine"], "2026", "text", "planned", "Vizekanzler Lars Klingbeil"),
        E("Ambassador Makeiev thanks the German government", "SUPPORT", ["Ukraine", "Germany"],
          "2025-08-27", "context", "occurred", "Oleksij Makeiev dankte"),
        E("Makeiev asks for quick delivery of the first shells from Unterlüß", "REQUEST", ["Ukraine", "Germany"],
          "2025-08-27", "context", "occurred", "Oleksij Makeiev dankte"),
        E("Joint ammunition plant with Ukroboronprom to start production this year", "COOPERATE", ["Ukraine"],
          "2025", "text", "planned", "gemeinsames Munitionswerk",
          note="Rheinmetall is a private company; the state company Ukroboronprom counts as Ukraine."),
        E("Zakharova accuses Germany of preparing again for war against Russia", "ACCUSE",
          ["Maria Zakharova", "Germany"], "2025-08-28", "published", "occurred", "warf der Bundesregierung vor"),
        E("Zakharova: plants producing weapons for Kyiv are legitimate targets", "THREATEN",
          ["Maria Zakharova", "Germany"], "2025-08-28", "published", "occurred", "legitime Ziele"),
        E("Peskov: Europe's rearmament contradicts Trump's peace efforts", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2025-08-28", "published", "occurred", "Aufrüstung Europas"),
        E("Trump met Putin in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-08", "text", "occurred", "Trump hatte Mitte August", date_mod="MID",
          note="The Alaska summit of 15 August 2025."),
    ],
    statements=[
        S("Mark Rutte", "We must produce more, faster and together", "2025-08-27", "context",
          "Wir müssen mehr produzieren"),
        S("Mark Rutte", "The alliance will keep supporting Ukraine as long as necessary", "2025-08-27", "context",
          "versprach er"),
        S("Germany", "Pistorius: the plant contributes to deterrence against Moscow", "2025-08-27", "context",
          "Beitrag zur Abschreckung"),
        S("Germany", "Klingbeil: Ukraine aid to rise to about nine billion euros next year", "2025-08-27", "context",
          "Vizekanzler Lars Klingbeil"),
        S("Ukraine", "Makeiev thanks Berlin and asks for quick delivery of shells", "2025-08-27", "context",
          "Oleksij Makeiev dankte"),
        S("Russia", "Sharp criticism from Moscow", "2025-08-28", "published", "Aus Moskau kam scharfe Kritik."),
        S("Maria Zakharova", "Germany is preparing again for a war against Russia", "2025-08-28", "published",
          "warf der Bundesregierung vor"),
        S("Maria Zakharova", "Plants making weapons for the Kyiv regime are legitimate targets", "2025-08-28",
          "published", "legitime Ziele"),
        S("Dmitry Peskov", "Europe's rearmament contradicts Trump's efforts for peace", "2025-08-28", "published",
          "Aufrüstung Europas"),
    ],
    actors=["NATO", "Mark Rutte", "Germany", "Ukraine", "Russia", "Olaf Scholz", "Maria Zakharova", "Kremlin",
            "Dmitry Peskov", "European Union", "Donald Trump", "United States", "Vladimir Putin",
            "Volodymyr Zelensky"],
)

DE04 = dict(
    id="b43de04_patriot_verzoegerung_schweiz_2025_07",
    lang="de",
    published="2025-07-25",
    body="""
Patriot-Lieferung verzögert sich: Washington gibt der Ukraine Vorrang

Bern/Schaffhausen. Die Schweiz muss länger auf ihre bestellten Patriot-Luftabwehrsysteme warten.
Das US-Verteidigungsministerium habe die Schweiz informiert, dass die Auslieferung zugunsten der Ukraine neu priorisiert werde, teilte das Eidgenössische Departement für Verteidigung (VBS) am Donnerstag mit.
Wie lange sich die Lieferung verzögert, ist laut VBS noch offen.
Bundesrat Martin Pfister zeigte sich enttäuscht, sprach aber von einem «nachvollziehbaren Entscheid» angesichts der Lage in der Ukraine.

Hintergrund ist eine Absprache zwischen Washington und Berlin.
Deutschland hat der Ukraine zwei zusätzliche Patriot-Systeme zugesagt und erhält dafür vorrangig Ersatz aus amerikanischer Produktion.
Bundeskanzler Friedrich Merz hatte US-Präsident Donald Trump das Angebot bereits Anfang Juli unterbreitet.
Trump hatte Mitte Juli angekündigt, Waffen für Kiew künftig über die Nato an europäische Käufer zu verkaufen.
Die ersten Startgeräte sollen nach Angaben aus Berlin in den kommenden Tagen in der Ukraine eintreffen.

Präsident Wolodimir Selenski dankte Merz am Mittwochabend in seiner Videoansprache für die «starke Entscheidung».
Jedes weitere System rette Leben in Kiew, Charkiw und Odessa, sagte er.
Zugleich bat er die Partner um mindestens zehn weitere Systeme bis Jahresende.

In Moskau stiess die Nachricht auf Kritik.
Kremlsprecher Dmitri Peskow sagte, die Lieferungen aus Deutschland und den USA würden den Konflikt nur verlängern und die Suche nach einer Lösung erschweren.
Die dritte Runde direkter Gespräche zwischen Russland und der Ukraine in Istanbul war am Mittwoch nach weniger als einer Stunde zu Ende gegangen, ohne dass eine Waffenruhe vereinbart wurde.

In der Schweiz dürfte die Debatte über Rüstungsbeschaffungen neuen Auftrieb erhalten.
Schon der Streit um den Fixpreis für den F-35-Kampfjet hatte das Verhältnis zu Washington belastet.
Der Schaffhauser Ständerat Hannes Germann (SVP) sagte den SN, der Bundesrat müsse «rasch Klarheit schaffen, wann die Luftwaffe die Systeme erhält».
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-07-24"),
        T("Anfang Juli", "DATE", "2025-07", mod="START"),
        T("Mitte Juli", "DATE", "2025-07", mod="MID"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Mittwochabend", "TIME", "2025-07-23TEV"),
        T("Jahresende", "DATE", "2025", mod="END"),
        T("Mittwoch", "DATE", "2025-07-23"),
        T("weniger als einer Stunde", "DURATION", "PT1H", mod="LESS_THAN"),
    ],
    events=[
        E("US gives Ukraine priority in Patriot deliveries, delaying Switzerland's order", "AID",
          ["United States", "Ukraine"], "2025-07-24", "context", "occurred", "neu priorisiert",
          note="Made known by the Swiss defence department on Thursday; Switzerland is not canonical."),
        E("Germany has pledged two more Patriot systems to Ukraine", "AID", ["Germany", "Ukraine"],
          "2025-07-25", "published", "occurred", "zwei zusätzliche Patriot-Systeme",
          note="The pledge has no day in the text."),
        E("Germany to receive priority replacements from US production", "AGREE", ["Germany", "United States"],
          "2025-07-25", "published", "occurred", "zwei zusätzliche Patriot-Systeme",
          note="The arrangement between Washington and Berlin named in the sentence before; no day in the text."),
        E("Merz offered Trump the Patriot arrangement", "REQUEST", ["Friedrich Merz", "Donald Trump"],
          "2025-07", "text", "occurred", "das Angebot bereits Anfang Juli", date_mod="START"),
        E("Trump announces weapons for Kyiv to be sold via NATO to European buyers", "AID",
          ["Donald Trump", "NATO", "Ukraine"], "2025-07", "text", "occurred", "Trump hatte Mitte Juli", date_mod="MID"),
        E("First Patriot launchers to arrive in Ukraine", "AID", ["Germany", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "Die ersten Startgeräte"),
        E("Zelensky thanks Merz for the decision", "SUPPORT", ["Volodymyr Zelensky", "Friedrich Merz"],
          "2025-07-23TEV", "text", "occurred", "dankte Merz am Mittwochabend"),
        E("Zelensky asks partners for at least ten more systems", "REQUEST", ["Volodymyr Zelensky"],
          "2025-07-23TEV", "context", "occurred", "mindestens zehn weitere",
          note="Requested by the end of the year ('bis Jahresende')."),
        E("Peskov: deliveries from Germany and the US only prolong the conflict", "ACCUSE",
          ["Dmitry Peskov", "Germany", "United States"], "2025-07-25", "published", "occurred",
          "Kremlsprecher Dmitri Peskow sagte"),
        E("Third round of Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2025-07-23", "text", "occurred", "Die dritte Runde direkter Gespräche"),
        E("No ceasefire agreed in Istanbul", "REJECT", ["Russia", "Ukraine"],
          "2025-07-23", "text", "occurred", "Die dritte Runde direkter Gespräche"),
    ],
    statements=[
        S("United States", "Informed Switzerland that Patriot deliveries are reprioritised in favour of Ukraine",
          "2025-07-24", "context", "neu priorisiert"),
        S("Friedrich Merz", "Offered Trump the Patriot arrangement", "2025-07", "text",
          "das Angebot bereits Anfang Juli"),
        S("Donald Trump", "Weapons for Kyiv to be sold via NATO to European buyers", "2025-07", "text",
          "Trump hatte Mitte Juli"),
        S("Germany", "First launchers to arrive in Ukraine in the coming days", "2025-07-25", "published",
          "Die ersten Startgeräte"),
        S("Volodymyr Zelensky", "Thanks Merz for the strong decision", "2025-07-23TEV", "text",
          "dankte Merz am Mittwochabend"),
        S("Volodymyr Zelensky", "Every additional system saves lives", "2025-07-23TEV", "context",
          "Jedes weitere System"),
        S("Volodymyr Zelensky", "Asks partners for at least ten more systems by the end of the year", "2025-07-23TEV",
          "context", "mindestens zehn weitere"),
        S("Dmitry Peskov", "Deliveries only prolong the conflict and hinder a solution", "2025-07-25", "published",
          "Kremlsprecher Dmitri Peskow sagte"),
    ],
    actors=["United States", "Ukraine", "Germany", "Friedrich Merz", "Donald Trump", "NATO", "Volodymyr Zelensky",
            "Kremlin", "Dmitry Peskov", "Russia"],
)

DE05 = dict(
    id="b43de05_knds_ukraine_haubitzen_2026_03",
    lang="de",
    published="2026-03-12",
    body="""
KNDS und Ukraine vereinbaren gemeinsame Haubitzen-Fertigung - Moskau droht

BERLIN/KIEW (dpa-AFX) - Der deutsch-französische Rüstungskonzern KNDS will gemeinsam mit dem ukrainischen Staatskonzern Ukroboronprom Radhaubitzen vom Typ RCH 155 in der Ukraine bauen.
Beide Unternehmen unterzeichneten am Mittwochabend in Berlin eine Rahmenvereinbarung, wie KNDS am Donnerstag mitteilte.
Bundeskanzler Friedrich Merz (CDU) und der ukrainische Präsident Wolodymyr Selenskyj wohnten der Unterzeichnung im Kanzleramt bei.
Die Fertigung soll in der zweiten Jahreshälfte 2027 anlaufen, zunächst sind 50 Geschütze pro Jahr geplant.
Zum Auftragsvolumen machten die Partner keine Angaben, in Branchenkreisen war von einem niedrigen einstelligen Milliardenbetrag die Rede.

Finanziert werden soll das Vorhaben zum Teil aus dem Darlehen der Europäischen Union über 90 Milliarden Euro, das die Staats- und Regierungschefs der EU im Dezember beschlossen hatten.
Die erste Tranche von rund 15 Milliarden Euro soll im April ausgezahlt werden.
Merz sagte bei der Unterzeichnung, der Bund werde zusätzlich Exportbürgschaften in Höhe von 1,5 Milliarden Euro übernehmen.
Selenskyj sprach von einem „Signal an Moskau, dass die Ukraine nicht allein steht“.
Zugleich bat er Merz erneut um weitere Iris-T-Systeme zum Schutz der Energieanlagen.
Vor ihrem Treffen hatten Merz und Selenskyj mit der EU-Außenbeauftragten Kaja Kallas telefoniert, die die Vereinbarung anschließend begrüßte.

Der Kreml reagierte scharf.
Jede Fabrik auf ukrainischem Boden, die westliche Waffen produziere, sei ein „legitimes Ziel“ der russischen Streitkräfte, sagte Kremlsprecher Dmitri Peskow am Donnerstag.
Deutschland mache sich damit endgültig zur Konfliktpartei, fügte er hinzu.
Die Gespräche zwischen Russland, der Ukraine und den USA über eine Waffenruhe stocken seit der ergebnislosen Runde in Abu Dhabi Anfang Februar.

An der Börse gerieten Rüstungswerte unter Druck.
Die Aktien von Rheinmetall und Hensoldt verloren im Xetra-Handel bis zum Nachmittag jeweils rund zwei Prozent.
KNDS ist nicht börsennotiert, strebt aber nach früheren Angaben einen Börsengang im laufenden Jahr an.
""",
    timexes=[
        T("Mittwochabend", "TIME", "2026-03-11TEV"),
        T("Donnerstag", "DATE", "2026-03-12"),
        T("der zweiten Jahreshälfte 2027", "DATE", "2027-H2"),
        T("Jahr", "SET", "P1Y"),
        T("Dezember", "DATE", "2025-12"),
        T("April", "DATE", "2026-04"),
        T("Donnerstag", "DATE", "2026-03-12", n=1),
        T("Anfang Februar", "DATE", "2026-02", mod="START"),
        T("Nachmittag", "TIME", "2026-03-12TAF"),
        T("laufenden Jahr", "DATE", "2026"),
    ],
    events=[
        E("KNDS and Ukroboronprom sign a framework agreement on producing RCH 155 howitzers in Ukraine", "AGREE",
          ["Ukraine"], "2026-03-11TEV", "text", "occurred", "Beide Unternehmen unterzeichneten",
          note="KNDS is a company; the state company Ukroboronprom counts as Ukraine."),
        E("Merz and Zelensky attend the signing at the Chancellery", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2026-03-11TEV", "context", "occurred",
          "wohnten der Unterzeichnung"),
        E("Howitzer production in Ukraine to start", "COOPERATE", ["Ukraine"],
          "2027-H2", "text", "planned", "Die Fertigung soll"),
        E("EU leaders decided the 90-billion-euro loan to Ukraine", "AID", ["European Union", "Ukraine"],
          "2025-12", "text", "occurred", "Darlehen der Europäischen Union"),
        E("First tranche of the EU loan to be paid out", "AID", ["European Union", "Ukraine"],
          "2026-04", "text", "planned", "Die erste Tranche"),
        E("Merz: Germany to provide 1.5 billion euros in export guarantees", "AID",
          ["Friedrich Merz", "Germany", "Ukraine"], "2026-03-11TEV", "context", "occurred",
          "Merz sagte bei der Unterzeichnung"),
        E("Zelensky asks Merz for more IRIS-T systems", "REQUEST", ["Volodymyr Zelensky", "Friedrich Merz"],
          "2026-03-11TEV", "context", "occurred", "Zugleich bat er Merz"),
        E("Merz and Zelensky phoned Kallas before their meeting", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky", "Kaja Kallas"], "2026-03-11", "context", "occurred",
          "Vor ihrem Treffen",
          note="Dated through the event-anchored 'Vor ihrem Treffen' (the Wednesday-evening meeting)."),
        E("Kallas welcomes the agreement", "SUPPORT", ["Kaja Kallas", "Ukraine"],
          "2026-03-11", "context", "occurred", "Vor ihrem Treffen"),
        E("Peskov: factories in Ukraine producing Western weapons are legitimate targets", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2026-03-12", "text", "occurred", "legitimes Ziel"),
        E("Peskov: Germany makes itself a party to the conflict", "ACCUSE", ["Dmitry Peskov", "Germany"],
          "2026-03-12", "context", "occurred", "Konfliktpartei"),
        E("Round of Russia-Ukraine-US talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
          "2026-02", "text", "occurred", "ergebnislosen Runde", date_mod="START"),
        E("Abu Dhabi round ended without result on a ceasefire", "REJECT", ["Russia", "Ukraine"],
          "2026-02", "text", "occurred", "ergebnislosen Runde", date_mod="START"),
    ],
    statements=[
        S("Friedrich Merz", "Germany to take on 1.5 billion euros in export guarantees", "2026-03-11TEV", "context",
          "Merz sagte bei der Unterzeichnung"),
        S("Volodymyr Zelensky", "The deal is a signal to Moscow that Ukraine does not stand alone", "2026-03-11TEV",
          "context", "Signal an Moskau"),
        S("Volodymyr Zelensky", "Asks Merz again for more IRIS-T systems", "2026-03-11TEV", "context",
          "Zugleich bat er Merz"),
        S("Kaja Kallas", "Welcomes the agreement", "2026-03-11", "context", "Vor ihrem Treffen"),
        S("Kremlin", "Sharp reaction", "2026-03-12", "published", "Der Kreml reagierte scharf."),
        S("Dmitry Peskov", "Factories in Ukraine producing Western weapons are legitimate targets", "2026-03-12",
          "text", "legitimes Ziel"),
        S("Dmitry Peskov", "Germany is becoming a party to the conflict", "2026-03-12", "context", "Konfliktpartei"),
    ],
    actors=["Ukraine", "Germany", "France", "Friedrich Merz", "Volodymyr Zelensky", "European Union", "Kaja Kallas",
            "Kremlin", "Dmitry Peskov", "Russia", "United States"],
)

DE06 = dict(
    id="b43de06_ukrainehilfe_deckel_g7_kredit_2024_08",
    lang="de",
    published="2024-08-19",
    body="""
Deckel für die Ukraine-Hilfe: Berlin setzt auf eingefrorenes russisches Geld

Die Bundesregierung will neue Militärhilfe für die Ukraine nur noch bewilligen, wenn die Finanzierung im Haushalt gesichert ist.
Das geht aus einem Schreiben von Finanzminister Christian Lindner (FDP) an Verteidigungsminister Boris Pistorius (SPD) hervor, über das die „Frankfurter Allgemeine Sonntagszeitung“ am Wochenende berichtete.
Für 2025 sind im Entwurf des Bundeshaushalts nur noch rund vier Milliarden Euro für die Ukraine vorgesehen, etwa halb so viel wie in diesem Jahr.
Weiterer Bedarf soll aus einem Kredit über 50 Milliarden Dollar gedeckt werden, den die G7-Staaten im Juni vereinbart hatten und der aus den Zinserträgen eingefrorener russischer Vermögen bedient werden soll.

Regierungssprecher Steffen Hebestreit versicherte am Montag, Deutschland bleibe „der größte Unterstützer der Ukraine in Europa“.
Bereits zugesagte Lieferungen, etwa von Iris-T-Systemen, seien von dem Schreiben nicht betroffen.
Bundeskanzler Olaf Scholz habe am Sonntag mit Präsident Wolodymyr Selenskyj telefoniert und ihm weitere Unterstützung zugesichert, hieß es in Berlin.

In Kiew löste der Bericht dennoch Sorge aus.
Der ukrainische Botschafter Oleksij Makeiev mahnte, jede Lücke bei der Munition werde „an der Front mit Menschenleben bezahlt“.
Er forderte die Bundesregierung auf, die Hilfe für das kommende Jahr nicht von dem G7-Kredit abhängig zu machen, dessen Auszahlung sich noch hinziehen könne.

In Moskau wurde der Bericht mit Genugtuung aufgenommen.
Kremlsprecher Dmitri Peskow sagte, dem Westen gehe bei der Finanzierung des „Kiewer Regimes“ sichtbar die Puste aus.
Die geplante Verwendung der Erträge aus russischen Vermögen nannte er erneut „Diebstahl“ und kündigte Gegenmaßnahmen an.
Ukrainische Truppen waren Anfang August in die russische Grenzregion Kursk vorgestoßen.

In Bremen verfolgen Rüstungsfirmen die Debatte genau.
Rheinmetall Electronics, das in der Hansestadt unter anderem Simulatoren für die Ausbildung an Flugabwehrsystemen fertigt, rechnet nach eigenen Angaben vorerst nicht mit Einbußen.
Die ukrainische Gemeinde in Bremen kündigte für Samstag eine Kundgebung auf dem Marktplatz an.
""",
    timexes=[
        T("Wochenende", "DATE", "2024-W33-WE"),
        T("2025", "DATE", "2025"),
        T("diesem Jahr", "DATE", "2024"),
        T("Juni", "DATE", "2024-06"),
        T("Montag", "DATE", "2024-08-19"),
        T("Sonntag", "DATE", "2024-08-18"),
        T("das kommende Jahr", "DATE", "2025"),
        T("Anfang August", "DATE", "2024-08", mod="START"),
        T("Samstag", "DATE", "2024-08-24"),
    ],
    events=[
        E("Germany caps new military aid for Ukraine to what the budget covers", "SANCTION", ["Germany", "Ukraine"],
          "2024-W33-WE", "context", "occurred", "nur noch bewilligen",
          note="A reduction of support; made known through the newspaper report at the weekend (next sentence)."),
        E("About four billion euros for Ukraine planned in the 2025 budget draft", "AID", ["Germany", "Ukraine"],
          "2025", "text", "planned", "Für 2025 sind im Entwurf"),
        E("G7 agreed a 50-billion-dollar loan serviced from frozen Russian assets", "AGREE",
          ["Germany", "Ukraine", "Russia"], "2024-06", "text", "occurred", "Weiterer Bedarf soll",
          note="The G7 is not canonical; Germany is the member named in the article, Russia the owner of the assets."),
        E("Further needs to be covered from the G7 loan backed by frozen Russian assets", "AID",
          ["Germany", "Ukraine", "Russia"], "2024-08-19", "published", "planned", "Weiterer Bedarf soll"),
        E("Government spokesman assures Germany remains Ukraine's largest supporter in Europe", "AGREE",
          ["Germany", "Ukraine"], "2024-08-19", "text", "occurred", "Regierungssprecher Steffen Hebestreit"),
        E("Scholz and Zelensky speak by phone", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2024-08-18", "text", "occurred", "hieß es in Berlin"),
        E("Scholz assures Zelensky of further support", "AGREE", ["Olaf Scholz", "Volodymyr Zelensky"],
          "2024-08-18", "text", "occurred", "hieß es in Berlin"),
        E("Makeiev asks Berlin not to make next year's aid depend on the G7 loan", "REQUEST", ["Ukraine", "Germany"],
          "2024-08-19", "published", "occurred", "Er forderte die Bundesregierung auf"),
        E("Peskov calls the use of proceeds from Russian assets theft", "ACCUSE", ["Dmitry Peskov", "Germany"],
          "2024-08-19", "published", "occurred", "Diebstahl",
          note="Aimed at the G7 plan; Germany is the G7 member named in the article."),
        E("Peskov announces countermeasures", "THREATEN", ["Dmitry Peskov", "Germany"],
          "2024-08-19", "published", "occurred", "Diebstahl"),
        E("Ukrainian troops advanced into Russia's Kursk region", "ASSAULT", ["Ukraine", "Russia"],
          "2024-08", "text", "occurred", "Ukrainische Truppen waren", date_mod="START"),
    ],
    statements=[
        S("Germany", "New military aid only if financing is secured in the budget", "2024-08-19", "published",
          "nur noch bewilligen"),
        S("Germany", "Germany remains the largest supporter of Ukraine in Europe", "2024-08-19", "text",
          "Regierungssprecher Steffen Hebestreit"),
        S("Germany", "Deliveries already pledged are not affected", "2024-08-19", "context",
          "Bereits zugesagte Lieferungen"),
        S("Olaf Scholz, via Germany", "Assured Zelensky of further support in a Sunday call", "2024-08-18", "text",
          "hieß es in Berlin"),
        S("Ukraine", "Makeiev: every gap in ammunition is paid for with lives", "2024-08-19", "published",
          "mit Menschenleben bezahlt"),
        S("Ukraine", "Makeiev: do not make next year's aid depend on the G7 loan", "2024-08-19", "published",
          "Er forderte die Bundesregierung auf"),
        S("Dmitry Peskov", "The West is running out of breath in financing Kyiv", "2024-08-19", "published", "Puste"),
        S("Dmitry Peskov", "Use of proceeds from Russian assets is theft; countermeasures to follow", "2024-08-19",
          "published", "Diebstahl"),
    ],
    actors=["Germany", "Ukraine", "Russia", "Olaf Scholz", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06]
