"""German articles of the blind132 set (fictionalised; written and annotated blind to the extraction code).

Theme: the Czech ammunition initiative and Central European arms supplies to Ukraine (2024-2025).
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (CEST)"

DOCS = []

# ---------------------------------------------------------------- b132de01 (Chamer Zeitung)
DE01 = """
Pavel wirbt in München für Granaten-Initiative – Kreml winkt ab

München/Prag. Tschechiens Präsident Petr Pavel hat auf der Münchner Sicherheitskonferenz eine Initiative vorgestellt, mit der kurzfristig große Mengen Artilleriemunition für die Ukraine beschafft werden sollen.
Nach seinen Worten hat Prag in Drittstaaten rund 500.000 Schuss im Kaliber 155 Millimeter und 300.000 Schuss im Kaliber 122 Millimeter ausfindig gemacht.
Die Geschosse könnten binnen weniger Wochen geliefert werden, sobald das Geld dafür bereitstehe, sagte Pavel am Samstag bei einer Diskussionsrunde im Hotel Bayerischer Hof.
Die Kosten bezifferte er auf rund 1,5 Milliarden US-Dollar.

Der ukrainische Präsident Wolodymyr Selenskyj, der am selben Tag in München sprach, warf den Verbündeten vor, sein Land mit einem „künstlichen Defizit“ an Waffen allein zu lassen.
Er bat erneut um Artilleriegeschosse, Flugabwehr und Waffen mit größerer Reichweite.
Am Freitag hatte Selenskyj in Berlin mit Bundeskanzler Olaf Scholz ein Sicherheitsabkommen unterzeichnet, am Abend folgte in Paris eine ähnliche Vereinbarung mit Präsident Emmanuel Macron.
Überschattet wurde die Konferenz vom Rückzug der ukrainischen Armee aus Awdijiwka in der Nacht zum Samstag.
Pavel sagte, der Mangel an Munition an der Front habe zum Fall der Stadt beigetragen.

Erste Partner sagten noch in München ihre Beteiligung zu.
Der niederländische Ministerpräsident Mark Rutte kündigte am Samstagabend an, sein Land werde sich mit einem dreistelligen Millionenbetrag an der Finanzierung beteiligen.
Aus dem Kanzleramt hieß es am Sonntag, Deutschland prüfe ebenfalls einen Beitrag, eine Entscheidung solle in den kommenden Tagen fallen.
Auch Dänemark und Kanada hätten Interesse signalisiert, berichteten tschechische Medien unter Berufung auf Regierungskreise.

Kremlsprecher Dmitri Peskow sagte am Montagvormittag, zusätzliche Granaten aus dem Westen würden „an den Ergebnissen der militärischen Spezialoperation nichts ändern“.
Sie verlängerten lediglich das Leiden des ukrainischen Volkes, fügte er hinzu.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hatte bereits am Sonntag erklärt, jede Munitionslieferung an Kiew werde Ziel russischer Angriffe.

In Bayern, das mit Tschechien eine gut 350 Kilometer lange Grenze teilt, stieß der Vorstoß auf Zustimmung.
Ministerpräsident Markus Söder (CSU) nannte die Initiative im BR-Interview „genau das, was die Ukraine jetzt braucht“.
Söder will Mitte März zu Gesprächen nach Prag reisen, bei denen es auch um die Zusammenarbeit der Rüstungsindustrie gehen soll.
"""

DOCS.append(doc(
    "b132de01_pavel_muenchen_granaten_2024_02", "2024-02-19", DE01,
    [
        T("weniger Wochen", "DURATION", "PXW"),
        T("Samstag", "DATE", "2024-02-17", 0),
        T("selben Tag", "DATE", "2024-02-17"),
        T("Freitag", "DATE", "2024-02-16"),
        T("Abend", "TIME", "2024-02-16TEV"),
        T("der Nacht zum Samstag", "TIME", "2024-02-16TNI", note="night of 16 to 17 February"),
        T("Samstagabend", "TIME", "2024-02-17TEV"),
        T("Sonntag", "DATE", "2024-02-18", 0),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Montagvormittag", "TIME", "2024-02-19TMO"),
        T("Sonntag", "DATE", "2024-02-18", 1),
        T("jetzt", "DATE", "PRESENT_REF"),
        T("Mitte März", "DATE", "2024-03", mod="MID"),
    ],
    [
        E("Czech initiative presented in Munich to buy about 800,000 artillery shells for Ukraine", "AID",
          ["Ukraine"], "2024-02-17", "context", "planned", "eine Initiative vorgestellt",
          note="Czechia and Pavel are not canonical; dated by Pavel's Saturday remarks"),
        E("Zelensky accuses the allies of leaving Ukraine with an artificial deficit of weapons", "ACCUSE",
          ["Volodymyr Zelensky"], "2024-02-17", "text", "occurred", "künstlichen Defizit"),
        E("Zelensky asks again for shells, air defence and longer-range weapons", "REQUEST",
          ["Volodymyr Zelensky"], "2024-02-17", "context", "occurred", "Er bat erneut um Artilleriegeschosse"),
        E("Zelensky and Scholz sign a security agreement in Berlin", "AGREE",
          ["Volodymyr Zelensky", "Olaf Scholz"], "2024-02-16", "text", "occurred", "Sicherheitsabkommen unterzeichnet"),
        E("Zelensky and Macron sign a similar agreement in Paris", "AGREE",
          ["Volodymyr Zelensky", "Emmanuel Macron"], "2024-02-16TEV", "text", "occurred",
          "Sicherheitsabkommen unterzeichnet"),
        E("Ukrainian army withdraws from Avdiivka", "RETREAT", ["Ukraine"], "2024-02-16TNI", "text", "occurred",
          "Rückzug der ukrainischen Armee"),
        E("Rutte announces a three-digit million contribution to the initiative", "AID", ["Mark Rutte", "Ukraine"],
          "2024-02-17TEV", "text", "planned", "dreistelligen Millionenbetrag"),
        E("Germany considers a contribution, decision in the coming days", "AID", ["Germany", "Ukraine"],
          "2024-02-18", "text", "uncertain", "Aus dem Kanzleramt"),
        E("Peskov: more Western shells will not change the results of the operation", "REJECT", ["Dmitry Peskov"],
          "2024-02-19TMO", "text", "occurred", "an den Ergebnissen der militärischen"),
        E("Peskov: the shells only prolong the suffering of Ukrainians", "ACCUSE", ["Dmitry Peskov"],
          "2024-02-19TMO", "context", "occurred", "Sie verlängerten lediglich"),
        E("Zakharova: every ammunition delivery to Kyiv will be a target of Russian strikes", "THREATEN",
          ["Maria Zakharova", "Ukraine"], "2024-02-18", "text", "occurred", "jede Munitionslieferung an Kiew"),
    ],
    [
        S("Volodymyr Zelensky", "The allies leave Ukraine alone with an 'artificial deficit' of weapons", "2024-02-17",
          "text", "künstlichen Defizit"),
        S("Volodymyr Zelensky", "Asks again for shells, air defence and longer-range weapons", "2024-02-17",
          "context", "Er bat erneut um Artilleriegeschosse"),
        S("Mark Rutte", "The Netherlands will contribute a three-digit million sum", "2024-02-17TEV", "text",
          "dreistelligen Millionenbetrag"),
        S("Germany", "Berlin is also considering a contribution; a decision is due in the coming days", "2024-02-18",
          "text", "Aus dem Kanzleramt"),
        S("Dmitry Peskov", "More shells from the West will not change the results of the special military operation",
          "2024-02-19TMO", "text", "an den Ergebnissen der militärischen"),
        S("Dmitry Peskov", "They only prolong the suffering of the Ukrainian people", "2024-02-19TMO", "context",
          "Sie verlängerten lediglich"),
        S("Maria Zakharova", "Every ammunition delivery to Kyiv will be a target of Russian strikes", "2024-02-18",
          "text", "jede Munitionslieferung an Kiew"),
    ],
    ["Ukraine", "Volodymyr Zelensky", "Olaf Scholz", "Emmanuel Macron", "Mark Rutte", "Germany", "Dmitry Peskov",
     "Kremlin", "Maria Zakharova", "Russia"],
))

# ---------------------------------------------------------------- b132de02 (Keystone-SDA)
DE02 = """
Nach Lawrow-Treffen: Prag setzt Regierungskonsultationen mit Bratislava aus

Prag/Bratislava (sda) – Die tschechische Regierung hat die für Ende März geplanten gemeinsamen Regierungskonsultationen mit der Slowakei auf unbestimmte Zeit verschoben.
Ministerpräsident Petr Fiala begründete den Schritt am Mittwoch mit „grundlegenden Differenzen“ in der Außenpolitik, vor allem in der Haltung zum russischen Angriffskrieg gegen die Ukraine.
Auslöser war ein Treffen des slowakischen Außenministers Juraj Blanár mit dem russischen Außenminister Sergej Lawrow am vergangenen Samstag am Rande eines Diplomatieforums im Badeort Antalya.
Lawrow lobte dabei nach Angaben seines Ministeriums die „pragmatische Haltung“ Bratislavas und erklärte, Moskau sei zu Kontakten mit allen Staaten bereit, die nicht „der Linie Washingtons“ folgten.

Der slowakische Regierungschef Robert Fico reagierte am Mittwochabend mit scharfer Kritik.
Prag opfere die Beziehungen zwischen beiden Ländern „auf dem Altar der Ukraine“, schrieb Fico auf Facebook.
Zugleich bekräftigte er, die Slowakei werde sich „mit keinem einzigen Cent“ an der tschechischen Initiative zum Kauf von Artilleriemunition für die Ukraine beteiligen.
Slowakische Rüstungsfirmen dürften aber weiterhin auf kommerzieller Basis an Kiew liefern, betonte Fico.
Blanár verteidigte sein Gespräch mit Lawrow: Diplomatie bedeute, auch mit jenen zu reden, mit denen man nicht übereinstimme.

Die Initiative, die Präsident Petr Pavel vor knapp drei Wochen auf der Münchner Sicherheitskonferenz vorgestellt hatte, hat nach Prager Angaben inzwischen die Finanzierung für die ersten 300.000 Granaten beisammen.
Bundeskanzler Olaf Scholz hatte am Dienstag angekündigt, Deutschland werde sich mit einem „mittleren dreistelligen Millionenbetrag“ beteiligen.
Auch Kanada, Dänemark, Belgien und Portugal haben Beiträge zugesagt, Frankreich will sich nach den Worten von Präsident Emmanuel Macron ebenfalls beteiligen.
Die ersten Lieferungen sollen nach dem tschechischen Plan bis Ende April in der Ukraine eintreffen.

Das ukrainische Außenministerium begrüßte die Entscheidung Prags und dankte Tschechien für seine „prinzipientreue Haltung“.
Kritik kam dagegen aus Moskau.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf der tschechischen Regierung am Donnerstagmorgen vor, die Slowakei für ihre „souveräne Außenpolitik“ bestrafen zu wollen.
Der ungarische Ministerpräsident Viktor Orbán stellte sich demonstrativ hinter Fico und nannte den Prager Schritt einen „Fehler“.

Fico hatte nach seinem Wahlsieg im vergangenen Herbst die staatlichen Militärhilfen für die Ukraine aus Armeebeständen eingestellt.
Gemeinsame Kabinettssitzungen beider Länder gibt es seit mehr als zehn Jahren; sie galten als Symbol der engen Beziehungen seit der Trennung der Tschechoslowakei 1993.
"""

DOCS.append(doc(
    "b132de02_prag_bratislava_konsultationen_2024_03", "2024-03-07", DE02,
    [
        T("Ende März", "DATE", "2024-03", mod="END"),
        T("Mittwoch", "DATE", "2024-03-06"),
        T("vergangenen Samstag", "DATE", "2024-03-02"),
        T("Mittwochabend", "TIME", "2024-03-06TEV"),
        T("vor knapp drei Wochen", "DATE", "2024-W07", mod="APPROX"),
        T("Dienstag", "DATE", "2024-03-05"),
        T("Ende April", "DATE", "2024-04", mod="END"),
        T("Donnerstagmorgen", "TIME", "2024-03-07TMO"),
        T("vergangenen Herbst", "DATE", "2023-FA"),
        T("mehr als zehn Jahren", "DURATION", "P10Y", mod="MORE_THAN"),
        T("1993", "DATE", "1993"),
    ],
    [
        E("Slovak foreign minister Blanár meets Lavrov in Antalya", "CONSULT", ["Sergey Lavrov"], "2024-03-02", "text",
          "occurred", "Auslöser war ein Treffen",
          note="the postponed Czech-Slovak consultations have no canonical party and are not annotated"),
        E("Lavrov praises Bratislava's 'pragmatic stance'", "SUPPORT", ["Sergey Lavrov"], "2024-03-02", "context",
          "occurred", "Lawrow lobte dabei"),
        E("Fico: Slovakia will not give a single cent to the Czech ammunition initiative for Ukraine", "REJECT",
          ["Ukraine"], "2024-03-06TEV", "context", "occurred", "mit keinem einzigen Cent"),
        E("Fico lets Slovak arms firms keep selling to Kyiv on a commercial basis", "AGREE", ["Ukraine"],
          "2024-03-06TEV", "context", "occurred", "auf kommerzieller Basis an Kiew"),
        E("Pavel presented the ammunition initiative in Munich", "AID", ["Ukraine"], "2024-W07", "text", "planned",
          "die Finanzierung für die ersten 300.000", date_mod="APPROX"),
        E("Funding for the first 300,000 shells of the initiative secured", "AID", ["Ukraine"], "2024-03-07",
          "published", "occurred", "die Finanzierung für die ersten 300.000"),
        E("Scholz announces a mid three-digit million contribution from Germany", "AID", ["Olaf Scholz", "Ukraine"],
          "2024-03-05", "text", "planned", "mittleren dreistelligen"),
        E("Canada, Denmark, Belgium and Portugal pledge contributions", "AID", ["Ukraine"], "2024-03-07", "published",
          "planned", "Auch Kanada, Dänemark"),
        E("Macron: France will also take part in the initiative", "AID", ["Emmanuel Macron", "Ukraine"], "2024-03-07",
          "published", "planned", "Auch Kanada, Dänemark"),
        E("First deliveries to reach Ukraine by the end of April", "AID", ["Ukraine"], "2024-04", "text", "planned",
          "bis Ende April", date_mod="END"),
        E("Ukraine welcomes Prague's decision and thanks Czechia", "SUPPORT", ["Ukraine"], "2024-03-07", "published",
          "occurred", "begrüßte die Entscheidung Prags"),
        E("Zakharova accuses Prague of punishing Slovakia for its sovereign foreign policy", "ACCUSE",
          ["Maria Zakharova"], "2024-03-07TMO", "text", "occurred", "souveräne Außenpolitik"),
        E("Orbán backs Fico", "SUPPORT", ["Viktor Orbán"], "2024-03-07", "published", "occurred", "hinter Fico"),
        E("Orbán calls Prague's step a mistake", "ACCUSE", ["Viktor Orbán"], "2024-03-07", "published", "occurred",
          "hinter Fico"),
        E("Fico's government stopped state military aid to Ukraine from army stocks", "REJECT", ["Ukraine"],
          "2023-FA", "text", "occurred", "Wahlsieg im vergangenen Herbst"),
    ],
    [
        S("Sergey Lavrov", "Praises Bratislava's 'pragmatic stance'; Moscow is open to contacts with all states that do "
          "not follow Washington's line", "2024-03-02", "context", "Lawrow lobte dabei"),
        S("Olaf Scholz", "Germany will contribute a 'mid three-digit million sum'", "2024-03-05", "text",
          "mittleren dreistelligen"),
        S("Emmanuel Macron", "France will also take part in the initiative", "2024-03-07", "published",
          "Auch Kanada, Dänemark"),
        S("Ukraine", "Welcomes Prague's decision and thanks Czechia for its principled stance", "2024-03-07",
          "published", "begrüßte die Entscheidung Prags"),
        S("Russia", "Criticism of Prague's decision", "2024-03-07", "published", "Kritik kam dagegen aus Moskau"),
        S("Maria Zakharova", "Prague wants to punish Slovakia for its 'sovereign foreign policy'", "2024-03-07TMO",
          "text", "souveräne Außenpolitik"),
        S("Viktor Orbán", "Prague's step is a 'mistake'", "2024-03-07", "published", "hinter Fico"),
    ],
    ["Sergey Lavrov", "Russia", "United States", "Ukraine", "Olaf Scholz", "Germany", "Emmanuel Macron", "France",
     "Maria Zakharova", "Viktor Orbán"],
))

# ---------------------------------------------------------------- b132de03 (Strategie & Technik)
DE03 = """
Tschechische Munitionsinitiative: Erste Granaten an der Front

Prag/Brüssel. Die ersten Artilleriegranaten aus der von Tschechien koordinierten Beschaffungsinitiative haben die Ukraine erreicht.
Das bestätigte Ministerpräsident Petr Fiala am Donnerstag am Rande des EU-Gipfels in Brüssel, ohne Stückzahlen zu nennen.
Nach Informationen von Strategie & Technik handelt es sich um eine erste Tranche von mehreren zehntausend Schuss im Kaliber 155 Millimeter, die in den vergangenen Tagen über Polen ausgeliefert wurde.
Bis zum Jahresende sollen nach Prager Planung bis zu 500.000 Granaten folgen.

Verteidigungsminister Rustem Umjerow dankte am Mittwochabend auf X „den tschechischen Freunden und allen Partnern, die das möglich gemacht haben“.
Umjerow hatte kürzlich bei einem Besuch in Prag auf schnellere Lieferungen gedrängt.
Präsident Wolodymyr Selenskyj, der am Donnerstag in Brüssel ein Sicherheitsabkommen mit der EU unterzeichnete, sprach von einem „spürbaren Unterschied“ für die Truppen im Osten.
Er forderte die Europäer zugleich auf, das Tempo zu erhöhen, weil die russische Artillerie an manchen Frontabschnitten noch immer fünfmal so viele Granaten abfeuere wie die ukrainische.

Finanziert wird die Initiative von 18 Staaten, die nach Angaben aus Prag zusammen rund 1,6 Milliarden Euro bereitgestellt haben.
Die größten Beiträge stammen aus Deutschland, den Niederlanden, Dänemark und Kanada.
Die Munition kommt aus Drittstaaten außerhalb Europas; die Verträge mit Herstellern und Zwischenhändlern schließen der Konzern Czechoslovak Group (CSG) und ein staatliches Handelsunternehmen.
Branchenkreise rechnen mit Stückpreisen von 3.000 bis 4.000 Euro für eine 155-Millimeter-Granate, deutlich weniger als bei Neuproduktion in Europa.

Zusätzliches Geld soll aus Brüssel kommen.
Die EU will Anfang Juli die erste Tranche von rund 1,4 Milliarden Euro aus den Zinserträgen eingefrorener russischer Zentralbankgelder freigeben, ein Teil ist für Munition bestimmt.
Die Regierung von Viktor Orbán hatte die Freigabe wochenlang blockiert, bis die anderen Mitgliedstaaten argumentierten, Budapest habe sich bei der Grundsatzentscheidung im Mai enthalten und stimme daher nicht mit.
Nato-Generalsekretär Jens Stoltenberg nannte die tschechische Initiative ein Beispiel dafür, „was Verbündete erreichen, wenn sie nicht auf perfekte Lösungen warten“.

Moskau reagierte mit Drohungen.
Lieferungen westlicher Munition seien „legitime Ziele“ für die russischen Streitkräfte, sagte Außenamtssprecherin Maria Sacharowa am Donnerstag.
Kremlsprecher Dmitri Peskow warf der EU vor, mit der Verwendung der Zinserträge „Diebstahl“ zu begehen, und kündigte Gegenmaßnahmen an.
"""

DOCS.append(doc(
    "b132de03_erste_granaten_front_2024_06", "2024-06-28", DE03,
    [
        T("Donnerstag", "DATE", "2024-06-27", 0),
        T("den vergangenen Tagen", "DATE", "PAST_REF"),
        T("Jahresende", "DATE", "2024", mod="END"),
        T("Mittwochabend", "TIME", "2024-06-26TEV"),
        T("kürzlich", "DATE", "PAST_REF"),
        T("Donnerstag", "DATE", "2024-06-27", 1),
        T("Anfang Juli", "DATE", "2024-07", mod="START"),
        T("wochenlang", "DURATION", "PXW"),
        T("Mai", "DATE", "2024-05"),
        T("Donnerstag", "DATE", "2024-06-27", 2),
    ],
    [
        E("First tranche of shells from the Czech initiative delivered to Ukraine", "AID", ["Ukraine"], "PAST_REF",
          "vague", "occurred", "eine erste Tranche von mehreren zehntausend"),
        E("EU summit in Brussels", "CONSULT", ["European Union"], "2024-06-27", "text", "occurred",
          "am Rande des EU-Gipfels"),
        E("Up to 500,000 shells to follow by the end of the year", "AID", ["Ukraine"], "2024", "text", "planned",
          "Bis zum Jahresende", date_mod="END"),
        E("Umerov thanks the Czech friends and all partners", "SUPPORT", ["Rustem Umerov"], "2024-06-26TEV", "text",
          "occurred", "den tschechischen Freunden"),
        E("Umerov visited Prague", "CONSULT", ["Rustem Umerov"], "PAST_REF", "vague", "occurred",
          "kürzlich bei einem Besuch"),
        E("Umerov pressed for faster deliveries", "REQUEST", ["Rustem Umerov"], "PAST_REF", "vague", "occurred",
          "kürzlich bei einem Besuch"),
        E("Zelensky signs a security agreement with the EU in Brussels", "AGREE",
          ["Volodymyr Zelensky", "European Union"], "2024-06-27", "text", "occurred", "ein Sicherheitsabkommen mit der EU"),
        E("Zelensky urges the Europeans to speed up deliveries", "REQUEST", ["Volodymyr Zelensky", "European Union"],
          "2024-06-27", "context", "occurred", "das Tempo zu erhöhen"),
        E("18 states have provided about 1.6 billion euros for the initiative", "AID", ["Ukraine"], "2024-06-28",
          "published", "occurred", "Finanziert wird die Initiative"),
        E("Germany among the largest contributors", "AID", ["Germany", "Ukraine"], "2024-06-28", "published",
          "occurred", "Die größten Beiträge"),
        E("EU to release the first tranche of windfall profits from frozen Russian assets, partly for ammunition",
          "AID", ["European Union", "Ukraine"], "2024-07", "text", "planned", "die erste Tranche von rund 1,4",
          date_mod="START"),
        E("Orbán's government blocked the release for weeks", "REJECT", ["Viktor Orbán", "European Union"],
          "2024-06-28", "published", "occurred", "Die Regierung von Viktor Orbán",
          note="the text gives no day; the block lasted weeks before publication"),
        E("EU decision in principle in May to use the windfall profits for Ukraine", "AID",
          ["European Union", "Ukraine"], "2024-05", "text", "occurred", "Die Regierung von Viktor Orbán"),
        E("Stoltenberg praises the Czech initiative", "SUPPORT", ["Jens Stoltenberg"], "2024-06-28", "published",
          "occurred", "was Verbündete erreichen"),
        E("Zakharova: deliveries of Western ammunition are legitimate targets", "THREATEN", ["Maria Zakharova"],
          "2024-06-27", "text", "occurred", "legitime Ziele"),
        E("Peskov accuses the EU of theft over the windfall profits", "ACCUSE", ["Dmitry Peskov", "European Union"],
          "2024-06-28", "published", "occurred", "Diebstahl"),
        E("Peskov announces countermeasures", "THREATEN", ["Dmitry Peskov", "European Union"], "2024-06-28",
          "published", "occurred", "Diebstahl"),
    ],
    [
        S("Rustem Umerov", "Thanks the Czech friends and all partners who made it possible", "2024-06-26TEV", "text",
          "den tschechischen Freunden"),
        S("Volodymyr Zelensky", "The shells make a 'noticeable difference' for the troops in the east", "2024-06-27",
          "text", "spürbaren Unterschied"),
        S("Volodymyr Zelensky", "The Europeans must speed up; Russian artillery still fires five times as many shells",
          "2024-06-27", "context", "das Tempo zu erhöhen"),
        S("Jens Stoltenberg", "The initiative shows what allies achieve when they do not wait for perfect solutions",
          "2024-06-28", "published", "was Verbündete erreichen"),
        S("Russia", "Moscow reacted with threats", "2024-06-28", "published", "Moskau reagierte mit Drohungen"),
        S("Maria Zakharova", "Deliveries of Western ammunition are 'legitimate targets' for Russian forces",
          "2024-06-27", "text", "legitime Ziele"),
        S("Dmitry Peskov", "Using the windfall profits is 'theft'; countermeasures will follow", "2024-06-28",
          "published", "Diebstahl"),
    ],
    ["Ukraine", "European Union", "Rustem Umerov", "Volodymyr Zelensky", "Russia", "Germany", "Viktor Orbán",
     "Jens Stoltenberg", "NATO", "Maria Zakharova", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b132de04 (Sudetendeutsche Zeitung)
DE04 = """
Prags Granaten-Bilanz: 1,5 Millionen Schuss – und ein Fragezeichen hinter dem Herbst

Prag/München. Die tschechische Munitionsinitiative hat der Ukraine im vergangenen Jahr nach Regierungsangaben rund 1,5 Millionen Artilleriegeschosse geliefert.
Ministerpräsident Petr Fiala zog diese Bilanz am Rande der Münchner Sicherheitskonferenz, die am vergangenen Sonntag zu Ende ging.
Die Finanzierung der Lieferungen sei bis Mitte Mai gesichert, über weitere Mittel verhandle Prag mit den Geberländern, sagte Fiala.
Dänemark hatte Anfang Februar als erstes Land Geld für das laufende Jahr überwiesen.
Kanada und die Niederlande wollen nach Angaben aus Prag im März über neue Beiträge entscheiden.

Am Samstag traf Fiala in München den ukrainischen Präsidenten Wolodymyr Selenskyj.
Selenskyj dankte für die Lieferungen und bat darum, die Initiative „um jeden Preis am Leben zu halten“.
Überschattet wurde die Konferenz von der Rede des US-Vizepräsidenten JD Vance, der den Europäern am Freitag vergangener Woche vorgeworfen hatte, die Meinungsfreiheit einzuschränken.
Tags darauf machte der US-Sondergesandte Keith Kellogg deutlich, dass die Europäer bei Verhandlungen über ein Kriegsende nicht mit am Tisch sitzen würden.
Am Dienstag trafen sich dann in Riad US-Außenminister Marco Rubio und der russische Außenminister Sergej Lawrow zu ersten direkten Gesprächen, ohne Vertreter Kiews.
Kremlsprecher Dmitri Peskow sagte am selben Tag, die Lieferungen aus Tschechien änderten „nichts an der Lage vor Ort“.

In Prag selbst wächst die Unsicherheit.
Oppositionsführer Andrej Babiš, dessen Partei ANO in den Umfragen vor der Parlamentswahl im Herbst klar vorn liegt, hatte vor zwei Wochen angekündigt, eine von ihm geführte Regierung werde die Initiative „in dieser Form“ beenden.
Er wirft dem Kabinett vor, über Zwischenhändler überhöhte Preise zu zahlen.
Fiala wies das zurück: Jeder Vertrag werde von den Geberländern geprüft.
Der ukrainische Außenminister Andrij Sybiha warnte, ein Ende der Initiative wäre „ein Geschenk an den Kreml“.

Der Sprecher der Sudetendeutschen Volksgruppe, Bernd Posselt, würdigte die Initiative als Beweis dafür, dass Tschechien „in der Mitte Europas Verantwortung übernimmt“.
Beim Sudetendeutschen Tag zu Pfingsten in Regensburg soll es auch um die Unterstützung der Ukraine gehen.
"""

DOCS.append(doc(
    "b132de04_bilanz_fragezeichen_herbst_2025_02", "2025-02-21", DE04,
    [
        T("dem Herbst", "DATE", "2025-FA"),
        T("vergangenen Jahr", "DATE", "2024"),
        T("vergangenen Sonntag", "DATE", "2025-02-16"),
        T("Mitte Mai", "DATE", "2025-05", mod="MID"),
        T("Anfang Februar", "DATE", "2025-02", mod="START"),
        T("das laufende Jahr", "DATE", "2025"),
        T("März", "DATE", "2025-03"),
        T("Samstag", "DATE", "2025-02-15"),
        T("Freitag vergangener Woche", "DATE", "2025-02-14"),
        T("Tags darauf", "DATE", "2025-02-15"),
        T("Dienstag", "DATE", "2025-02-18"),
        T("selben Tag", "DATE", "2025-02-18"),
        T("Herbst", "DATE", "2025-FA", 1),
        T("vor zwei Wochen", "DATE", "2025-W06"),
        T("Pfingsten", "DATE", "2025-06-08"),
    ],
    [
        E("The Czech initiative delivered about 1.5 million shells to Ukraine last year", "AID", ["Ukraine"], "2024",
          "text", "occurred", "rund 1,5 Millionen Artilleriegeschosse"),
        E("Deliveries funded until mid-May", "AID", ["Ukraine"], "2025-05", "text", "planned", "bis Mitte Mai gesichert",
          date_mod="MID"),
        E("Denmark transferred money for this year's deliveries", "AID", ["Ukraine"], "2025-02", "text", "occurred",
          "Dänemark hatte Anfang Februar", date_mod="START"),
        E("Canada and the Netherlands to decide on new contributions in March", "AID", ["Ukraine"], "2025-03", "text",
          "uncertain", "Kanada und die Niederlande wollen"),
        E("Fiala meets Zelensky in Munich", "CONSULT", ["Volodymyr Zelensky"], "2025-02-15", "text", "occurred",
          "Am Samstag traf Fiala"),
        E("Zelensky thanks Czechia for the deliveries", "SUPPORT", ["Volodymyr Zelensky"], "2025-02-15", "context",
          "occurred", "Selenskyj dankte"),
        E("Zelensky asks to keep the initiative alive at any price", "REQUEST", ["Volodymyr Zelensky"], "2025-02-15",
          "context", "occurred", "Selenskyj dankte"),
        E("Vance accuses the Europeans of restricting free speech", "ACCUSE", ["JD Vance", "European Union"],
          "2025-02-14", "text", "occurred", "Rede des US-Vizepräsidenten"),
        E("Kellogg: the Europeans will not sit at the table in talks on ending the war", "REJECT",
          ["Keith Kellogg", "European Union"], "2025-02-15", "text", "occurred", "Tags darauf"),
        E("Rubio and Lavrov hold first direct talks in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-02-18", "text", "occurred", "in Riad"),
        E("Peskov: the Czech deliveries change nothing on the ground", "REJECT", ["Dmitry Peskov"], "2025-02-18",
          "text", "occurred", "nichts an der Lage vor Ort"),
        E("Babiš announced that a government led by him would end the initiative in its current form", "THREATEN",
          ["Ukraine"], "2025-W06", "text", "occurred", "in dieser Form",
          note="Babiš and Czechia are not canonical"),
        E("Sybiha warns against ending the initiative", "REQUEST", ["Andrii Sybiha"], "2025-02-21", "published",
          "occurred", "ein Geschenk an den Kreml"),
    ],
    [
        S("Volodymyr Zelensky", "Thanks for the deliveries and asks to keep the initiative alive 'at any price'",
          "2025-02-15", "context", "Selenskyj dankte"),
        S("JD Vance", "The Europeans restrict freedom of expression", "2025-02-14", "text",
          "Rede des US-Vizepräsidenten"),
        S("Keith Kellogg", "The Europeans will not sit at the table in negotiations on ending the war", "2025-02-15",
          "text", "Tags darauf"),
        S("Dmitry Peskov", "The deliveries from Czechia change 'nothing on the ground'", "2025-02-18", "text",
          "nichts an der Lage vor Ort"),
        S("Andrii Sybiha", "Ending the initiative would be 'a gift to the Kremlin'", "2025-02-21", "published",
          "ein Geschenk an den Kreml"),
    ],
    ["Ukraine", "Volodymyr Zelensky", "JD Vance", "United States", "European Union", "Keith Kellogg", "Marco Rubio",
     "Sergey Lavrov", "Russia", "Dmitry Peskov", "Kremlin", "Andrii Sybiha"],
))

# ---------------------------------------------------------------- b132de05 (nordbayern.de, live blog)
DE05 = """
Liveblog zur Wahl in Tschechien: ANO klar vorn – was wird aus der Munitionsinitiative?

21.10 Uhr: Damit beenden wir diesen Liveblog für heute; morgen berichten wir weiter über die Regierungsbildung in Prag.

20.35 Uhr: Aus Moskau kommen vorsichtige Töne.
Kremlsprecher Dmitri Peskow sagte der Agentur Tass, man respektiere die Wahl der tschechischen Bürger und hoffe auf „mehr Pragmatismus“ in Prag.
Ob Babiš die Munitionslieferungen tatsächlich beende, werde man „an Taten messen“, so Peskow.

20.00 Uhr: Bundeskanzler Friedrich Merz will nach Angaben eines Regierungssprechers in den kommenden Tagen mit dem Wahlsieger telefonieren.

19.50 Uhr: Der ukrainische Außenminister Andrij Sybiha hat mit seinem scheidenden tschechischen Amtskollegen Jan Lipavský telefoniert.
Er habe für die Unterstützung der vergangenen dreieinhalb Jahre gedankt und darum gebeten, die Munitionsinitiative „in jedem Fall“ fortzuführen, schrieb Sybiha auf X.

19.20 Uhr: Präsident Wolodymyr Selenskyj hat Babiš bisher nicht gratuliert.
In einer Videobotschaft kündigte er an, mit jeder neuen Regierung in Prag „pragmatisch und respektvoll“ zusammenarbeiten zu wollen.

19.05 Uhr: Ungarns Ministerpräsident Viktor Orbán gratuliert Babiš auf X mit den Worten „Ein großer Sieg!“.
Auch der slowakische Regierungschef Robert Fico schrieb, er freue sich auf die Zusammenarbeit mit einem „Verbündeten in der Frage von Krieg und Frieden“.

18.30 Uhr: Babiš hat in seiner Siegesrede die Linie seiner Partei zur Ukraine bekräftigt.
Die Munitionsinitiative werde er nicht abschaffen, aber sie solle von der Nato verwaltet und nicht mehr aus dem tschechischen Staatshaushalt bezahlt werden.
Mit der Nato-Spitze wolle er in den kommenden Wochen darüber sprechen.

17.40 Uhr: Ministerpräsident Petr Fiala hat die Niederlage seines Bündnisses Spolu eingeräumt und Babiš gratuliert.
Er warnte, die Initiative sei „das Beste, was Tschechien seit Jahren für die eigene Sicherheit getan hat“.

16.15 Uhr: Nach Auszählung fast aller Stimmbezirke kommt ANO auf rund 35 Prozent, Fialas Bündnis Spolu auf 23 Prozent.
Für eine Mehrheit ist Babiš voraussichtlich auf die rechtspopulistische SPD von Tomio Okamura und die Partei der Motoristen angewiesen, die beide gegen weitere Militärhilfe für Kiew sind.

14.00 Uhr: Die Wahllokale haben geschlossen; seit Freitagnachmittag waren gut acht Millionen Tschechinnen und Tschechen zur Wahl aufgerufen.

10.00 Uhr: Zum Hintergrund: Die Initiative, die Präsident Petr Pavel im Februar 2024 in München vorgestellt hatte, hat der Ukraine seither mehr als drei Millionen Granaten verschafft.
Größte Geldgeber sind neben Deutschland die Niederlande, Dänemark und Kanada.
"""

DOCS.append(doc(
    "b132de05_liveblog_wahl_tschechien_2025_10", "2025-10-04", DE05,
    [
        T("21.10 Uhr", "TIME", "2025-10-04T21:10", note=LIVE),
        T("heute", "DATE", "2025-10-04"),
        T("morgen", "DATE", "2025-10-05"),
        T("20.35 Uhr", "TIME", "2025-10-04T20:35", note=LIVE),
        T("20.00 Uhr", "TIME", "2025-10-04T20:00", note=LIVE),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("19.50 Uhr", "TIME", "2025-10-04T19:50", note=LIVE),
        T("der vergangenen dreieinhalb Jahre", "DURATION", "P3.5Y"),
        T("19.20 Uhr", "TIME", "2025-10-04T19:20", note=LIVE),
        T("19.05 Uhr", "TIME", "2025-10-04T19:05", note=LIVE),
        T("18.30 Uhr", "TIME", "2025-10-04T18:30", note=LIVE),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("17.40 Uhr", "TIME", "2025-10-04T17:40", note=LIVE),
        T("Jahren", "DURATION", "PXY"),
        T("16.15 Uhr", "TIME", "2025-10-04T16:15", note=LIVE),
        T("14.00 Uhr", "TIME", "2025-10-04T14:00", note=LIVE),
        T("Freitagnachmittag", "TIME", "2025-10-03TAF"),
        T("10.00 Uhr", "TIME", "2025-10-04T10:00", note=LIVE),
        T("Februar 2024", "DATE", "2024-02"),
    ],
    [
        E("Merz to phone the election winner", "CONSULT", ["Friedrich Merz"], "FUTURE_REF", "vague", "planned",
          "mit dem Wahlsieger telefonieren"),
        E("Sybiha–Lipavský phone call", "CONSULT", ["Andrii Sybiha"], "2025-10-04", "published", "occurred",
          "Jan Lipavský telefoniert"),
        E("Sybiha thanks Czechia for three and a half years of support", "SUPPORT", ["Andrii Sybiha"], "2025-10-04",
          "published", "occurred", "schrieb Sybiha auf X"),
        E("Sybiha asks for the ammunition initiative to continue in any case", "REQUEST", ["Andrii Sybiha"],
          "2025-10-04", "published", "occurred", "schrieb Sybiha auf X"),
        E("Zelensky pledges pragmatic cooperation with any new Czech government", "AGREE", ["Volodymyr Zelensky"],
          "2025-10-04", "published", "occurred", "In einer Videobotschaft"),
        E("Orbán congratulates Babiš", "SUPPORT", ["Viktor Orbán"], "2025-10-04", "published", "occurred",
          "Ein großer Sieg"),
        E("Babiš: the initiative is no longer to be paid from the Czech state budget", "REJECT", ["Ukraine"],
          "2025-10-04", "published", "occurred", "nicht mehr aus dem tschechischen Staatshaushalt",
          note="Babiš and Czechia are not canonical"),
        E("Babiš wants NATO to run the initiative", "REQUEST", ["NATO"], "2025-10-04", "published", "occurred",
          "nicht mehr aus dem tschechischen Staatshaushalt"),
        E("Babiš to talk to NATO's leadership about it", "CONSULT", ["NATO"], "FUTURE_REF", "vague", "planned",
          "Mit der Nato-Spitze"),
        E("The initiative has supplied more than three million shells to Ukraine since February 2024", "AID",
          ["Ukraine"], "2024-02", "text", "occurred", "mehr als drei Millionen Granaten", date_mod="START"),
        E("Germany among the largest donors of the initiative", "AID", ["Germany", "Ukraine"], "2025-10-04",
          "published", "occurred", "Größte Geldgeber"),
    ],
    [
        S("Russia", "Cautious tones from Moscow", "2025-10-04", "published", "Aus Moskau kommen vorsichtige Töne"),
        S("Dmitry Peskov", "Moscow respects the Czech voters' choice and hopes for 'more pragmatism' in Prague",
          "2025-10-04", "published", "man respektiere die Wahl"),
        S("Dmitry Peskov", "Whether Babiš really ends the deliveries will be judged 'by deeds'", "2025-10-04",
          "published", "an Taten messen"),
        S("Germany", "Merz will phone the election winner in the coming days", "2025-10-04", "published",
          "mit dem Wahlsieger telefonieren"),
        S("Andrii Sybiha", "Thanked Lipavský for the support and asked to continue the initiative 'in any case'",
          "2025-10-04", "published", "schrieb Sybiha auf X"),
        S("Volodymyr Zelensky", "Wants to work 'pragmatically and respectfully' with any new government in Prague",
          "2025-10-04", "published", "In einer Videobotschaft"),
        S("Viktor Orbán", "Congratulates Babiš: 'A big victory!'", "2025-10-04", "published", "Ein großer Sieg"),
    ],
    ["Russia", "Kremlin", "Dmitry Peskov", "Friedrich Merz", "Germany", "Andrii Sybiha", "Ukraine",
     "Volodymyr Zelensky", "Viktor Orbán", "NATO"],
))

# ---------------------------------------------------------------- b132de06 (Aachener Zeitung)
DE06 = """
Niederlande, Dänemark und Kanada wollen Prager Munitionsinitiative weiter bezahlen

Brüssel/Aachen. Die Niederlande, Dänemark und Kanada haben zugesagt, die tschechische Munitionsinitiative für die Ukraine auch unter der künftigen Regierung von Andrej Babiš weiter zu finanzieren.
Die Zusage gaben die Außenminister der drei Länder am Mittwoch am Rande des Treffens der Nato-Außenminister in Brüssel.
Der niederländische Außenminister David van Weel sagte, die Initiative sei „zu wichtig, um an der Innenpolitik eines einzelnen Landes zu scheitern“.
Wie viel Geld die drei Staaten für 2026 bereitstellen, blieb offen.

Babiš soll kommende Woche von Präsident Petr Pavel zum Regierungschef ernannt werden.
Er hatte vor einem Monat angekündigt, Prag werde die Initiative nicht mehr aus dem Staatshaushalt bezahlen, aber weiter organisieren.
Nato-Generalsekretär Mark Rutte begrüßte die Zusagen der drei Länder.
Die Initiative habe seit Februar 2024 Millionen Granaten an die Front gebracht, sagte Rutte nach dem Treffen; die Nato sei bereit, bei der Koordinierung zu helfen, wenn Prag das wünsche.

US-Außenminister Marco Rubio hatte seine Teilnahme an dem Treffen kurzfristig abgesagt und ließ sich von seinem Stellvertreter Christopher Landau vertreten.
Am Dienstag hatten der US-Sondergesandte Steve Witkoff und Jared Kushner in Moskau fast fünf Stunden mit Präsident Wladimir Putin über den amerikanischen Friedensplan gesprochen.
Putins außenpolitischer Berater Juri Uschakow sagte anschließend, ein Kompromiss in den Gebietsfragen sei „noch nicht gefunden“.

Der ukrainische Außenminister Andrij Sybiha nahm in Brüssel an einer Sitzung des Nato-Ukraine-Rats teil und bat die Verbündeten um weitere Luftabwehrsysteme und Munition.
Den Niederlanden, Dänemark und Kanada dankte er ausdrücklich für ihre Zusage.
EU-Außenbeauftragte Kaja Kallas warnte, wer jetzt bei der Munition spare, zahle später einen viel höheren Preis.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Mittwochabend von einer „Koalition der Kriegstreiber“ und warf den Niederlanden vor, den Konflikt zu verlängern.

In der Grenzregion wird die Debatte aufmerksam verfolgt.
Das Nato-Kommando im niederländischen Brunssum, keine 20 Kilometer von Aachen entfernt, könnte nach Angaben aus Bündniskreisen bei der Koordinierung eine Rolle spielen.
Eine Geberkonferenz mit Vertretern der Ukraine zur Zukunft der Initiative ist für Ende Januar in Prag geplant.
"""

DOCS.append(doc(
    "b132de06_geber_nato_aussenminister_2025_12", "2025-12-04", DE06,
    [
        T("Mittwoch", "DATE", "2025-12-03"),
        T("2026", "DATE", "2026"),
        T("kommende Woche", "DATE", "2025-W50"),
        T("vor einem Monat", "DATE", "2025-11"),
        T("Februar 2024", "DATE", "2024-02"),
        T("Dienstag", "DATE", "2025-12-02"),
        T("fast fünf Stunden", "DURATION", "PT5H", mod="APPROX"),
        T("jetzt", "DATE", "PRESENT_REF"),
        T("Mittwochabend", "TIME", "2025-12-03TEV"),
        T("Ende Januar", "DATE", "2026-01", mod="END"),
    ],
    [
        E("The Netherlands, Denmark and Canada pledge to keep financing the Czech ammunition initiative", "AID",
          ["Ukraine"], "2025-12-03", "context", "planned", "haben zugesagt, die tschechische Munitionsinitiative",
          note="the three donors are not canonical"),
        E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO"], "2025-12-03", "text", "occurred",
          "Treffens der Nato-Außenminister"),
        E("Babiš announced that Prague will no longer pay for the initiative from the state budget", "REJECT",
          ["Ukraine"], "2025-11", "text", "occurred", "vor einem Monat angekündigt"),
        E("Rutte welcomes the three countries' pledges", "SUPPORT", ["Mark Rutte"], "2025-12-03", "context",
          "occurred", "Rutte begrüßte die Zusagen"),
        E("The initiative has brought millions of shells to the front since February 2024", "AID", ["Ukraine"],
          "2024-02", "text", "occurred", "sagte Rutte nach dem Treffen", date_mod="START"),
        E("Rutte: NATO ready to help coordinate the initiative if Prague wishes", "AGREE", ["Mark Rutte", "NATO"],
          "2025-12-03", "context", "occurred", "sagte Rutte nach dem Treffen"),
        E("Rubio cancels his attendance at the NATO foreign ministers' meeting", "CONSULT", ["Marco Rubio", "NATO"],
          "2025-12-03", "context", "cancelled", "Teilnahme an dem Treffen kurzfristig abgesagt"),
        E("Witkoff meets Putin in Moscow on the US peace plan", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-12-02", "text", "occurred", "fast fünf Stunden"),
        E("Ushakov: no compromise yet on the territorial questions", "REJECT", ["Yuri Ushakov"], "2025-12-02",
          "context", "occurred", "noch nicht gefunden"),
        E("Sybiha takes part in the NATO-Ukraine Council", "CONSULT", ["Andrii Sybiha", "NATO"], "2025-12-03",
          "context", "occurred", "Sitzung des Nato-Ukraine-Rats"),
        E("Sybiha asks the allies for more air defence and ammunition", "REQUEST", ["Andrii Sybiha", "NATO"],
          "2025-12-03", "context", "occurred", "Sitzung des Nato-Ukraine-Rats"),
        E("Sybiha thanks the Netherlands, Denmark and Canada", "SUPPORT", ["Andrii Sybiha"], "2025-12-03", "context",
          "occurred", "dankte er ausdrücklich"),
        E("Kallas warns against saving on ammunition", "REQUEST", ["Kaja Kallas"], "2025-12-04", "published",
          "occurred", "wer jetzt bei der Munition spare"),
        E("Zakharova accuses the Netherlands of prolonging the conflict", "ACCUSE", ["Maria Zakharova"],
          "2025-12-03TEV", "text", "occurred", "Koalition der Kriegstreiber"),
        E("Donor conference with Ukraine on the initiative planned in Prague", "CONSULT", ["Ukraine"], "2026-01",
          "text", "planned", "Eine Geberkonferenz", date_mod="END"),
    ],
    [
        S("Mark Rutte", "Welcomes the pledges; the initiative has brought millions of shells to the front, NATO is ready "
          "to help coordinate", "2025-12-03", "context", "sagte Rutte nach dem Treffen"),
        S("Yuri Ushakov", "A compromise on the territorial questions has 'not yet been found'", "2025-12-02",
          "context", "noch nicht gefunden"),
        S("Andrii Sybiha", "Asks the allies for more air defence systems and ammunition", "2025-12-03", "context",
          "Sitzung des Nato-Ukraine-Rats"),
        S("Kaja Kallas", "Whoever saves on ammunition now will pay a much higher price later", "2025-12-04",
          "published", "wer jetzt bei der Munition spare"),
        S("Maria Zakharova", "A 'coalition of warmongers'; the Netherlands prolong the conflict", "2025-12-03TEV",
          "text", "Koalition der Kriegstreiber"),
    ],
    ["Ukraine", "NATO", "Mark Rutte", "Marco Rubio", "United States", "Steve Witkoff", "Vladimir Putin",
     "Yuri Ushakov", "Andrii Sybiha", "Kaja Kallas", "European Union", "Maria Zakharova", "Russia"],
))
