"""German articles of the blind23 set (see README.md). One sentence per line, headline first."""

from build import E, S, T

DOCS = [
    # ------------------------------------------------------------------ b23de01
    dict(
        id="b23de01_visa_baltikum_polen_2022_09",
        lang="de",
        published="2022-09-08",
        body="""
Polen und die Baltenstaaten sperren russische Touristen aus

Warschau/Riga. Polen, Litauen, Lettland und Estland wollen russischen Staatsbürgern mit einem Schengen-Touristenvisum vom 19. September an die Einreise verweigern.
Darauf haben sich die Regierungschefs der vier Länder verständigt, wie sie am Donnerstag in einer gemeinsamen Erklärung mitteilten.
Es sei nicht hinnehmbar, dass Bürger eines Staates, der einen Angriffskrieg führe, ungehindert in der Europäischen Union Urlaub machten, hieß es darin.
Ausnahmen soll es unter anderem für Dissidenten, Lastwagenfahrer, Diplomaten und Familienangehörige von EU-Bürgern geben.

Vergangene Woche hatten sich die EU-Außenminister bei einem informellen Treffen in Prag nicht auf ein generelles Visaverbot einigen können.
Sie beschlossen stattdessen, das Abkommen über Visaerleichterungen mit Russland vollständig auszusetzen.
Die EU-Kommission will an diesem Freitag Leitlinien vorlegen, nach denen die Konsulate Anträge russischer Bürger prüfen sollen.
Bundeskanzler Olaf Scholz (SPD) hatte sich Mitte August gegen einen pauschalen Einreisestopp ausgesprochen, weil es Putins Krieg sei und nicht der Krieg des russischen Volkes.
Der ukrainische Präsident Wolodymyr Selenskyj verlangt dagegen seit Wochen, allen Russen die Einreise in westliche Staaten zu verwehren.

Kremlsprecher Dmitri Peskow nannte das Vorhaben der vier Staaten am Donnerstag „absurd“ und sprach von einer neuen Welle der Russophobie.
Moskau werde darauf reagieren, kündigte Außenamtssprecherin Maria Sacharowa an, ohne Einzelheiten zu nennen.

Für die Ostseeregion hat der Beschluss auch praktische Folgen.
Seit dem Frühjahr verkehren keine Fähren mehr zwischen Rostock und St. Petersburg, viele Russen reisten zuletzt über Tallinn oder Helsinki in den Schengen-Raum ein und flogen von dort weiter, auch nach Deutschland.
Finnland hatte die Zahl der Visa-Termine für Russen bereits Anfang September um neun Zehntel gesenkt.
Ein Sprecher des Auswärtigen Amts sagte, die Bundesregierung werde die Leitlinien der Kommission prüfen und setze auf eine gemeinsame europäische Linie.

Unterdessen reiste US-Außenminister Antony Blinken am Donnerstag überraschend nach Kiew, traf Selenskyj und kündigte weitere Militärhilfe im Umfang von 2,2 Milliarden Dollar für die Ukraine und ihre Nachbarstaaten an.
Zeitgleich berieten auf dem US-Stützpunkt Ramstein in Rheinland-Pfalz auf Einladung von US-Verteidigungsminister Lloyd Austin Vertreter von rund 50 Staaten über weitere Waffenlieferungen an Kiew.
Die ukrainische Armee meldete Geländegewinne bei einer Gegenoffensive im Gebiet Charkiw, die nach Kiewer Angaben Anfang der Woche begonnen hatte.
Über eine mögliche Verschärfung der Visaregeln wollen die Staats- und Regierungschefs der EU Anfang Oktober bei einem informellen Gipfel in Prag erneut beraten.
""",
        timexes=[
            T("19. September", "DATE", "2022-09-19"),
            T("Donnerstag", "DATE", "2022-09-08", n=0),
            T("Vergangene Woche", "DATE", "2022-W35"),
            T("diesem Freitag", "DATE", "2022-09-09"),
            T("Mitte August", "DATE", "2022-08", mod="MID"),
            T("Wochen", "DURATION", "PXW"),
            T("Donnerstag", "DATE", "2022-09-08", n=1),
            T("dem Frühjahr", "DATE", "2022-SP"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Anfang September", "DATE", "2022-09", mod="START"),
            T("Donnerstag", "DATE", "2022-09-08", n=2),
            T("Anfang der Woche", "DATE", "2022-W36", mod="START"),
            T("Anfang Oktober", "DATE", "2022-10", mod="START"),
        ],
        events=[
            E("Poland (with the Baltic states) to bar Russian tourists with Schengen visas from 19 September", "SANCTION",
              ["Poland", "Russia"], "2022-09-19", "text", "planned", "Polen, Litauen, Lettland und Estland wollen",
              note="Lithuania, Latvia and Estonia are not canonical"),
            E("Heads of government of Poland and the Baltic states agree on the entry ban", "AGREE", ["Poland"],
              "2022-09-08", "text", "occurred", "Darauf haben sich die Regierungschefs"),
            E("Informal meeting of EU foreign ministers in Prague", "CONSULT", ["European Union"], "2022-W35", "text",
              "occurred", "Vergangene Woche hatten sich die EU-Außenminister", note="Gymnich meeting, 30-31 Aug 2022"),
            E("EU foreign ministers fail to agree on a general visa ban", "REJECT", ["European Union"], "2022-W35", "text",
              "occurred", "Vergangene Woche hatten sich die EU-Außenminister"),
            E("EU suspends the visa facilitation agreement with Russia", "SANCTION", ["European Union", "Russia"],
              "2022-W35", "context", "occurred", "Sie beschlossen stattdessen"),
            E("EU Commission to present visa guidelines for Russian applicants", "SANCTION",
              ["European Union", "Russia"], "2022-09-09", "text", "planned", "Die EU-Kommission will an diesem Freitag"),
            E("Scholz spoke out against a blanket entry ban for Russians", "REJECT", ["Olaf Scholz"], "2022-08", "text",
              "occurred", "Bundeskanzler Olaf Scholz (SPD) hatte sich Mitte August", date_mod="MID"),
            E("Zelensky demands that all Russians be barred from Western countries", "REQUEST",
              ["Volodymyr Zelensky"], "2022-09-08", "published", "occurred", "verlangt dagegen seit Wochen",
              note="ongoing demand ('seit Wochen'), no day given"),
            E("Peskov calls the plan absurd and Russophobic", "ACCUSE", ["Dmitry Peskov", "Poland"], "2022-09-08",
              "text", "occurred", "Kremlsprecher Dmitri Peskow nannte das Vorhaben"),
            E("Zakharova announces a Russian response", "THREATEN", ["Maria Zakharova", "Poland"], "2022-09-08",
              "published", "occurred", "Moskau werde darauf reagieren"),
            E("Finland cut visa appointments for Russians by nine tenths", "SANCTION", ["Russia"], "2022-09", "text",
              "occurred", "Finnland hatte die Zahl der Visa-Termine", date_mod="START", note="Finland is not canonical"),
            E("Blinken visits Kyiv and meets Zelensky", "CONSULT", ["Antony Blinken", "Volodymyr Zelensky"],
              "2022-09-08", "text", "occurred", "Unterdessen reiste US-Außenminister Antony Blinken"),
            E("Blinken announces 2.2 billion dollars in military aid", "AID", ["Antony Blinken", "Ukraine"],
              "2022-09-08", "text", "occurred", "Unterdessen reiste US-Außenminister Antony Blinken"),
            E("Ramstein meeting of about 50 states on arms for Ukraine, hosted by the US defence secretary", "CONSULT",
              ["United States", "Ukraine"], "2022-09-08", "context", "occurred", "Zeitgleich berieten auf dem US-Stützpunkt"),
            E("Ukrainian counter-offensive in the Kharkiv region", "ASSAULT", ["Ukraine", "Russia"], "2022-W36", "text",
              "occurred", "Die ukrainische Armee meldete Geländegewinne", date_mod="START"),
            E("EU leaders to discuss stricter visa rules at an informal summit in Prague", "CONSULT",
              ["European Union"], "2022-10", "text", "planned", "Über eine mögliche Verschärfung der Visaregeln",
              date_mod="START"),
        ],
        statements=[
            S("Poland", "Four governments announce that Russian tourists will be refused entry from 19 September",
              "2022-09-08", "text", "Darauf haben sich die Regierungschefs"),
            S("Poland", "Joint statement: unacceptable that citizens of an aggressor state holiday in the EU",
              "2022-09-08", "context", "Es sei nicht hinnehmbar"),
            S("Olaf Scholz", "Against a blanket entry ban: it is Putin's war, not the Russian people's", "2022-08", "text",
              "Bundeskanzler Olaf Scholz (SPD) hatte sich Mitte August"),
            S("Volodymyr Zelensky", "Demands that all Russians be barred from Western countries", "2022-09-08",
              "published", "verlangt dagegen seit Wochen"),
            S("Dmitry Peskov", "The plan is absurd, a new wave of Russophobia", "2022-09-08", "text",
              "Kremlsprecher Dmitri Peskow nannte das Vorhaben"),
            S("Maria Zakharova", "Moscow will respond", "2022-09-08", "published", "Moskau werde darauf reagieren"),
            S("Germany", "Berlin will examine the Commission's guidelines and wants a common European line", "2022-09-08",
              "published", "Ein Sprecher des Auswärtigen Amts sagte"),
            S("Antony Blinken", "Announces 2.2 billion dollars in further military aid", "2022-09-08", "text",
              "Unterdessen reiste US-Außenminister Antony Blinken"),
            S("Ukraine", "Army reports territorial gains in the Kharkiv counter-offensive", "2022-09-08", "published",
              "Die ukrainische Armee meldete Geländegewinne"),
        ],
        actors=["Poland", "Russia", "European Union", "Olaf Scholz", "Germany", "Vladimir Putin", "Volodymyr Zelensky",
                "Ukraine", "Dmitry Peskov", "Kremlin", "Maria Zakharova", "Antony Blinken", "United States"],
    ),
    # ------------------------------------------------------------------ b23de02
    dict(
        id="b23de02_mig29_polen_slowakei_2023_03",
        lang="de",
        published="2023-03-17",
        body="""
Polen und die Slowakei schicken MiG-29 – Berlin muss noch zustimmen

Osnabrück/Warschau. Als erstes Nato-Land wird Polen der Ukraine Kampfflugzeuge überlassen.
Vier MiG-29 würden „in den nächsten Tagen“ übergeben, die übrigen würden derzeit gewartet, kündigte Präsident Andrzej Duda am Donnerstag bei einem Treffen mit seinem tschechischen Amtskollegen Petr Pavel in Warschau an.
Am Freitag zog die Slowakei nach: Die Regierung in Bratislava beschloss, der Ukraine 13 ausgemusterte MiG-29 sowie Teile eines Flugabwehrsystems zu überlassen.
Er habe mit Selenskyj telefoniert und ihm die Entscheidung mitgeteilt, schrieb Regierungschef Eduard Heger anschließend auf Twitter.

Ein Teil der polnischen Maschinen stammt aus Beständen der Nationalen Volksarmee der DDR, die Deutschland 2004 an Polen verkauft hatte.
Für eine Weitergabe an die Ukraine braucht Warschau deshalb eine Genehmigung der Bundesregierung.
Ein entsprechender Antrag liege bislang nicht vor, sagte ein Sprecher des Verteidigungsministeriums in Berlin am Freitag; man werde ihn „zügig“ prüfen.
CDU-Chef Friedrich Merz sagte unserer Redaktion, die Bundesregierung dürfe die Weitergabe nicht auf die lange Bank schieben.

Kremlsprecher Dmitri Peskow sagte am Freitag, die Flugzeuge würden „der Zerstörung anheimfallen“, wie alle anderen Waffen, die der Westen liefere.
An der Lage auf dem Schlachtfeld ändere das nichts, fügte er hinzu.
Die Lieferungen zeigten, dass Nato-Staaten immer tiefer in den Konflikt hineingezogen würden, hieß es aus dem russischen Außenministerium.

In Washington betonte der Sprecher des Nationalen Sicherheitsrats, John Kirby, es handle sich um eine souveräne Entscheidung Polens.
An der Haltung der US-Regierung, der Ukraine keine F-16-Jets zu liefern, ändere sich dadurch nichts.
Selenskyj bedankte sich bei Duda und bei der slowakischen Regierung für die „starke Entscheidung“.
Kiew wirbt seit Monaten um westliche Kampfjets.

Die EU-Außenminister wollen am Montag in Brüssel einen Plan beschließen, der Ukraine binnen zwölf Monaten eine Million Artilleriegeschosse zu liefern.
Am selben Tag wird Chinas Staatschef Xi Jinping zu einem dreitägigen Staatsbesuch in Moskau erwartet.
Selenskyj hofft nach eigenen Worten auf ein Gespräch mit Xi, bisher hat Peking darauf nicht reagiert.
In der Nacht zum Freitag griff Russland nach Angaben der ukrainischen Luftwaffe erneut Ziele im Westen und im Süden des Landes mit Drohnen an.
""",
        timexes=[
            T("den nächsten Tagen", "DATE", "FUTURE_REF"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Donnerstag", "DATE", "2023-03-16"),
            T("Freitag", "DATE", "2023-03-17", n=0),
            T("2004", "DATE", "2004"),
            T("Freitag", "DATE", "2023-03-17", n=1),
            T("Freitag", "DATE", "2023-03-17", n=2),
            T("Monaten", "DURATION", "PXM", n=0),
            T("Montag", "DATE", "2023-03-20"),
            T("zwölf Monaten", "DURATION", "P12M"),
            T("selben Tag", "DATE", "2023-03-20"),
            T("dreitägigen", "DURATION", "P3D"),
            T("der Nacht zum Freitag", "TIME", "2023-03-16TNI", note="night from Thursday 16 to Friday 17 March"),
        ],
        events=[
            E("Poland to hand over four MiG-29 fighter jets to Ukraine in the coming days", "AID", ["Poland", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "Vier MiG-29 würden", note="announced by Duda on Thursday 16 March"),
            E("Duda meets the Czech president Pavel in Warsaw", "CONSULT", ["Poland"], "2023-03-16", "text", "occurred",
              "Vier MiG-29 würden", note="Czechia is not canonical"),
            E("Slovak government decides to give Ukraine 13 MiG-29 and parts of an air-defence system", "AID",
              ["Ukraine"], "2023-03-17", "text", "occurred", "Am Freitag zog die Slowakei nach",
              note="Slovakia is not canonical"),
            E("Slovak prime minister Heger phones Zelensky about the decision", "CONSULT", ["Volodymyr Zelensky"],
              "2023-03-17", "context", "occurred", "Er habe mit Selenskyj telefoniert"),
            E("German defence ministry promises to examine a Polish re-export request quickly", "AGREE",
              ["Germany", "Poland"], "2023-03-17", "text", "occurred", "Ein entsprechender Antrag liege bislang nicht vor"),
            E("Merz urges the German government not to delay the re-export", "REQUEST", ["Friedrich Merz", "Germany"],
              "2023-03-17", "published", "occurred", "CDU-Chef Friedrich Merz sagte unserer Redaktion"),
            E("Peskov: the jets will be destroyed like all Western weapons", "THREATEN",
              ["Dmitry Peskov", "Poland", "Ukraine"], "2023-03-17", "text", "occurred",
              "die Flugzeuge würden „der Zerstörung anheimfallen“"),
            E("Russian foreign ministry accuses NATO states of being drawn ever deeper into the conflict", "ACCUSE",
              ["Russia", "NATO"], "2023-03-17", "published", "occurred", "hieß es aus dem russischen Außenministerium"),
            E("US keeps its refusal to supply F-16 jets to Ukraine", "REJECT", ["United States", "Ukraine"],
              "2023-03-17", "published", "occurred", "An der Haltung der US-Regierung"),
            E("Zelensky thanks Duda and the Slovak government", "SUPPORT", ["Volodymyr Zelensky", "Poland"],
              "2023-03-17", "published", "occurred", "Selenskyj bedankte sich bei Duda"),
            E("Kyiv has been asking for Western fighter jets", "REQUEST", ["Ukraine"], "2023-03-17", "published",
              "occurred", "Kiew wirbt seit Monaten", note="ongoing request ('seit Monaten'), no day given"),
            E("EU foreign ministers to meet in Brussels", "CONSULT", ["European Union"], "2023-03-20", "text", "planned",
              "Die EU-Außenminister wollen am Montag"),
            E("EU plan to deliver one million artillery shells to Ukraine within twelve months", "AID",
              ["European Union", "Ukraine"], "2023-03-20", "text", "planned", "Die EU-Außenminister wollen am Montag"),
            E("Xi Jinping expected in Moscow for a three-day state visit", "CONSULT", ["Xi Jinping", "Russia"],
              "2023-03-20", "text", "planned", "Am selben Tag wird Chinas Staatschef"),
            E("Zelensky hopes for a conversation with Xi", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"],
              "2023-03-17", "published", "occurred", "Selenskyj hofft nach eigenen Worten"),
            E("Russian drone attacks on targets in western and southern Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2023-03-16TNI", "text", "occurred", "In der Nacht zum Freitag griff Russland"),
        ],
        statements=[
            S("Poland", "Four MiG-29 will be handed over in the coming days, the rest are being serviced", "2023-03-16",
              "text", "Vier MiG-29 würden"),
            S("Germany", "No re-export request has been received yet; it would be examined quickly", "2023-03-17", "text",
              "Ein entsprechender Antrag liege bislang nicht vor"),
            S("Friedrich Merz", "The government must not delay the transfer", "2023-03-17", "published",
              "CDU-Chef Friedrich Merz sagte unserer Redaktion"),
            S("Dmitry Peskov", "The planes will be destroyed like all weapons the West supplies", "2023-03-17", "text",
              "die Flugzeuge würden „der Zerstörung anheimfallen“"),
            S("Dmitry Peskov", "The deliveries change nothing on the battlefield", "2023-03-17", "context",
              "An der Lage auf dem Schlachtfeld"),
            S("Russia", "The deliveries show NATO states are being drawn deeper into the conflict", "2023-03-17",
              "published", "hieß es aus dem russischen Außenministerium"),
            S("White House", "A sovereign decision of Poland", "2023-03-17", "published",
              "In Washington betonte der Sprecher"),
            S("White House", "The US position on not supplying F-16s is unchanged", "2023-03-17", "published",
              "An der Haltung der US-Regierung"),
            S("Volodymyr Zelensky", "Thanks Duda and Slovakia for a 'strong decision'", "2023-03-17", "published",
              "Selenskyj bedankte sich bei Duda"),
            S("Volodymyr Zelensky", "Hopes for a conversation with Xi", "2023-03-17", "published",
              "Selenskyj hofft nach eigenen Worten"),
            S("Ukraine", "Air force reports Russian drone attacks overnight", "2023-03-17", "published",
              "In der Nacht zum Freitag griff Russland"),
        ],
        actors=["Poland", "Ukraine", "NATO", "Volodymyr Zelensky", "Germany", "Friedrich Merz", "Dmitry Peskov",
                "Kremlin", "Russia", "White House", "United States", "European Union", "Xi Jinping", "China"],
    ),
    # ------------------------------------------------------------------ b23de03
    dict(
        id="b23de03_selenskyj_arabische_liga_2023_05",
        lang="de",
        published="2023-05-20",
        body="""
Selenskyj wirbt in Dschidda um die arabische Welt

Dschidda/Hiroshima. Mit einem Überraschungsbesuch beim Gipfel der Arabischen Liga in der saudischen Hafenstadt Dschidda hat der ukrainische Präsident Wolodymyr Selenskyj am Freitag um Unterstützung in der arabischen Welt geworben.
Er war am frühen Morgen an Bord einer Regierungsmaschine angereist, die ihm Frankreichs Präsident Emmanuel Macron zur Verfügung gestellt hatte.
In seiner Rede warf Selenskyj einigen Staaten der Region vor, bei der russischen Annexion ukrainischer Gebiete „die Augen zu verschließen“.
Er rief die Teilnehmer auf, sich seiner Friedensformel anzuschließen und sich für die Freilassung der von Russland festgehaltenen Ukrainer einzusetzen, darunter vieler Krimtataren.

Gastgeber Kronprinz Mohammed bin Salman versicherte, das Königreich sei bereit, seine Vermittlungsbemühungen zwischen Moskau und Kiew fortzusetzen.
Saudi-Arabien hatte im vergangenen September die Freilassung von zehn ausländischen Kämpfern aus russischer Gefangenschaft vermittelt.
Am Rande des Gipfels traf Selenskyj den Kronprinzen auch zu einem Gespräch unter vier Augen.
Zugleich nahm erstmals seit zwölf Jahren wieder der syrische Machthaber Baschar al-Assad an einem Treffen der Liga teil, ein enger Verbündeter Moskaus.

Kremlchef Wladimir Putin hatte dem Gipfel eine Grußbotschaft geschickt, in der er den arabischen Staaten eine engere Zusammenarbeit anbot.
Kremlsprecher Dmitri Peskow sagte am Freitagabend, Moskau verfolge die Reise Selenskyjs „aufmerksam“, die Beziehungen zu Riad seien davon nicht berührt.
Die russische Außenamtssprecherin Maria Sacharowa warf Kiew vor, die Bühne der Liga für „Propaganda“ zu missbrauchen.

Von Dschidda flog Selenskyj weiter nach Japan, wo er am Samstagnachmittag zum G7-Gipfel in Hiroshima eintreffen sollte, der noch bis Sonntag dauert.
US-Präsident Joe Biden hatte den Verbündeten dort am Freitag zugesagt, die Ausbildung ukrainischer Piloten an F-16-Kampfjets zu unterstützen.
Die G7-Staaten kündigten zudem neue Sanktionen gegen Russland an, die unter anderem den Handel mit Diamanten betreffen.
Bundeskanzler Olaf Scholz nannte Selenskyjs Reise nach Dschidda ein „wichtiges Signal“ an Länder, die sich bislang neutral verhielten.

In der Nacht zum Samstag meldete die ukrainische Luftwaffe erneut russische Drohnen- und Raketenangriffe auf die Region Kiew und auf Dnipro.
Die meisten Geschosse seien abgefangen worden, hieß es.
""",
        timexes=[
            T("Freitag", "DATE", "2023-05-19", n=0),
            T("frühen Morgen", "TIME", "2023-05-19TMO", mod="START"),
            T("vergangenen September", "DATE", "2022-09"),
            T("zwölf Jahren", "DURATION", "P12Y"),
            T("Freitagabend", "TIME", "2023-05-19TEV"),
            T("Samstagnachmittag", "TIME", "2023-05-20TAF", note="local time in Hiroshima"),
            T("Sonntag", "DATE", "2023-05-21"),
            T("Freitag", "DATE", "2023-05-19", n=1),
            T("der Nacht zum Samstag", "TIME", "2023-05-19TNI", note="night from Friday 19 to Saturday 20 May"),
        ],
        events=[
            E("Zelensky attends the Arab League summit hosted by Saudi Arabia in Jeddah", "CONSULT",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2023-05-19", "text", "occurred", "Mit einem Überraschungsbesuch"),
            E("Macron provided the French government plane that took Zelensky to Jeddah", "AID",
              ["Emmanuel Macron", "Volodymyr Zelensky"], "2023-05-19TMO", "text", "occurred",
              "Er war am frühen Morgen an Bord", date_mod="START"),
            E("Zelensky accuses states of the region of turning a blind eye to Russia's annexations", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-05-19", "context", "occurred", "In seiner Rede warf Selenskyj"),
            E("Zelensky asks the summit to join his peace formula and press for the release of Ukrainians held by Russia",
              "REQUEST", ["Volodymyr Zelensky", "Russia"], "2023-05-19", "context", "occurred",
              "Er rief die Teilnehmer auf"),
            E("Saudi crown prince offers to continue mediation between Moscow and Kyiv", "REQUEST",
              ["Saudi Arabia", "Russia", "Ukraine"], "2023-05-19", "context", "occurred",
              "Gastgeber Kronprinz Mohammed bin Salman versicherte"),
            E("Saudi Arabia mediated the release of ten foreign fighters held by Russia", "CONSULT",
              ["Saudi Arabia", "Russia"], "2022-09", "text", "occurred", "Saudi-Arabien hatte im vergangenen September"),
            E("Russia released ten foreign fighters", "CONCEDE", ["Russia"], "2022-09", "text", "occurred",
              "Saudi-Arabien hatte im vergangenen September"),
            E("Zelensky meets the Saudi crown prince on the sidelines of the summit", "CONSULT",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2023-05-19", "context", "occurred",
              "Am Rande des Gipfels traf Selenskyj den Kronprinzen"),
            E("Putin offers the Arab states closer cooperation in a message to the summit", "REQUEST",
              ["Vladimir Putin"], "2023-05-19", "context", "occurred", "Kremlchef Wladimir Putin hatte dem Gipfel"),
            E("Zakharova accuses Kyiv of abusing the summit for propaganda", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2023-05-20", "published", "occurred", "Die russische Außenamtssprecherin Maria Sacharowa warf Kiew vor"),
            E("Zelensky due at the G7 summit in Hiroshima", "CONSULT",
              ["Volodymyr Zelensky", "Joe Biden", "Olaf Scholz", "Emmanuel Macron"], "2023-05-20TAF", "text", "planned",
              "Von Dschidda flog Selenskyj weiter nach Japan",
              note="G7 members named in the article; Japan is not canonical"),
            E("Biden commits to support training of Ukrainian pilots on F-16 jets", "AID", ["Joe Biden", "Ukraine"],
              "2023-05-19", "text", "planned", "US-Präsident Joe Biden hatte den Verbündeten dort am Freitag"),
            E("G7 announces new sanctions against Russia, including on diamonds", "SANCTION",
              ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Russia"], "2023-05-19", "context", "occurred",
              "Die G7-Staaten kündigten zudem neue Sanktionen",
              note="G7 members named in the article; announced at the Friday session"),
            E("Scholz calls Zelensky's trip to Jeddah an important signal", "SUPPORT",
              ["Olaf Scholz", "Volodymyr Zelensky"], "2023-05-20", "published", "occurred",
              "Bundeskanzler Olaf Scholz nannte Selenskyjs Reise"),
            E("Russian drone and missile attacks on the Kyiv region and Dnipro", "ASSAULT", ["Russia", "Ukraine"],
              "2023-05-19TNI", "text", "occurred", "In der Nacht zum Samstag meldete die ukrainische Luftwaffe"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Some states of the region turn a blind eye to Russia's annexations", "2023-05-19",
              "context", "In seiner Rede warf Selenskyj"),
            S("Volodymyr Zelensky", "Calls on the summit to join his peace formula and help free Ukrainians held by Russia",
              "2023-05-19", "context", "Er rief die Teilnehmer auf"),
            S("Saudi Arabia", "The kingdom is ready to continue its mediation between Moscow and Kyiv", "2023-05-19",
              "context", "Gastgeber Kronprinz Mohammed bin Salman versicherte"),
            S("Vladimir Putin", "Offers the Arab states closer cooperation", "2023-05-19", "context",
              "Kremlchef Wladimir Putin hatte dem Gipfel"),
            S("Dmitry Peskov", "Moscow follows the trip attentively; relations with Riyadh are not affected",
              "2023-05-19TEV", "text", "Kremlsprecher Dmitri Peskow sagte am Freitagabend"),
            S("Maria Zakharova", "Kyiv abuses the League's stage for propaganda", "2023-05-20", "published",
              "Die russische Außenamtssprecherin Maria Sacharowa warf Kiew vor"),
            S("Joe Biden", "Commits to support F-16 pilot training for Ukraine", "2023-05-19", "text",
              "US-Präsident Joe Biden hatte den Verbündeten dort am Freitag"),
            S("Joint statement: Joe Biden, Olaf Scholz, Emmanuel Macron", "G7 announce new sanctions on Russia, including diamonds",
              "2023-05-19", "context", "Die G7-Staaten kündigten zudem neue Sanktionen"),
            S("Olaf Scholz", "Zelensky's trip to Jeddah is an important signal to neutral countries", "2023-05-20",
              "published", "Bundeskanzler Olaf Scholz nannte Selenskyjs Reise"),
            S("Ukraine", "Air force reports Russian drone and missile attacks in the night", "2023-05-19TNI", "text",
              "In der Nacht zum Samstag meldete die ukrainische Luftwaffe"),
            S("Ukraine", "Most of the projectiles were intercepted", "2023-05-19TNI", "context",
              "Die meisten Geschosse seien abgefangen worden"),
        ],
        actors=["Volodymyr Zelensky", "Ukraine", "Saudi Arabia", "Emmanuel Macron", "France", "Russia",
                "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Joe Biden", "United States",
                "Olaf Scholz", "Germany"],
    ),
    # ------------------------------------------------------------------ b23de04
    dict(
        id="b23de04_erdogan_putin_sotschi_2022_08",
        lang="de",
        published="2022-08-06",
        body="""
Vier Stunden in Sotschi: Erdoğan und Putin rücken wirtschaftlich zusammen

Sotschi/Wien. Der türkische Präsident Recep Tayyip Erdoğan und Kreml-Chef Wladimir Putin wollen ihre Wirtschaftsbeziehungen trotz der westlichen Sanktionen gegen Russland ausbauen.
Die beiden Staatschefs sprachen am Freitag in Putins Residenz in Sotschi fast vier Stunden lang miteinander, zum Schluss unter vier Augen.
In einer gemeinsamen Erklärung vereinbarten sie, den Handel sowie die Zusammenarbeit bei Energie, Landwirtschaft und Tourismus zu stärken.
Ein Teil der russischen Gaslieferungen an die Türkei soll in Rubel bezahlt werden, wie Vizeregierungschef Alexander Nowak nach dem Treffen sagte.

Erdoğan sagte auf dem Rückflug vor Journalisten, er und Putin seien sich einig, dass die Türkei ihre Vermittlerrolle zwischen Moskau und Kiew fortsetzen solle.
Russland habe zugesagt, das vor zwei Wochen in Istanbul unterzeichnete Getreideabkommen „ohne Wenn und Aber“ umzusetzen.
Seit Montag haben vier Frachter mit ukrainischem Getreide die Häfen von Odessa und Tschornomorsk verlassen.
Die beiden hatten sich erst vor gut zwei Wochen beim Gipfel in Teheran gesehen.
Erdoğan lud Putin zu einem Gegenbesuch in die Türkei ein, ein Termin steht noch nicht fest.

Im Westen wird die Annäherung mit Argwohn verfolgt.
Ein Sprecher des US-Außenministeriums warnte die Türkei am Freitag davor, zu einem Schlupfloch für russisches Geld zu werden.
Die Europäische Union erwarte von Ankara, dass es die Sanktionen nicht unterlaufe, sagte ein Sprecher der EU-Kommission in Brüssel.
Die Türkei hat sich den Strafmaßnahmen nicht angeschlossen, liefert der Ukraine aber seit Kriegsbeginn Kampfdrohnen vom Typ Bayraktar.

Das ukrainische Außenministerium rief Ankara auf, keine Geschäfte zu machen, die Russlands Kriegskasse füllten.
Präsident Wolodymyr Selenskyj hatte am Dienstag mit Erdoğan telefoniert und ihm für die Hilfe beim Getreideexport gedankt.
In der Nacht zum Samstag beschossen russische Truppen nach ukrainischen Angaben erneut die Stadt Nikopol am Dnipro, gegenüber dem besetzten Atomkraftwerk Saporischschja.

Auch in Wien wird das Treffen aufmerksam verfolgt.
Außenminister Alexander Schallenberg (ÖVP) sagte dem KURIER, jede Vermittlung, die zu Verhandlungen führe, sei willkommen.
Österreich bezieht nach wie vor den Großteil seines Gases aus Russland.
""",
        timexes=[
            T("Vier Stunden", "DURATION", "PT4H"),
            T("Freitag", "DATE", "2022-08-05", n=0),
            T("fast vier Stunden", "DURATION", "PT4H", mod="APPROX"),
            T("vor zwei Wochen", "DATE", "2022-W29"),
            T("Montag", "DATE", "2022-08-01"),
            T("vor gut zwei Wochen", "DATE", "2022-W29", mod="APPROX"),
            T("Freitag", "DATE", "2022-08-05", n=1),
            T("Dienstag", "DATE", "2022-08-02"),
            T("der Nacht zum Samstag", "TIME", "2022-08-05TNI", note="night from Friday 5 to Saturday 6 August"),
        ],
        events=[
            E("Erdoğan and Putin meet for almost four hours in Sochi", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-08-05", "text", "occurred",
              "Die beiden Staatschefs sprachen am Freitag"),
            E("Joint declaration on expanding trade and energy, agriculture and tourism cooperation", "AGREE",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-08-05", "context", "occurred",
              "In einer gemeinsamen Erklärung vereinbarten sie"),
            E("Part of Russian gas deliveries to Turkey to be paid in roubles", "AGREE", ["Russia", "Turkey"],
              "2022-08-05", "context", "occurred", "Ein Teil der russischen Gaslieferungen"),
            E("Erdoğan and Putin agree that Turkey should continue its mediation between Moscow and Kyiv", "AGREE",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-08-05", "context", "occurred",
              "Erdoğan sagte auf dem Rückflug"),
            E("Russia promises to implement the grain agreement", "AGREE", ["Russia"], "2022-08-05", "context",
              "occurred", "Russland habe zugesagt"),
            E("Grain agreement signed in Istanbul", "AGREE", ["Russia", "Ukraine", "Turkey"], "2022-W29", "text",
              "occurred", "Russland habe zugesagt", note="signed on 22 July 2022"),
            E("Erdoğan and Putin met at the summit in Tehran", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2022-W29", "text", "occurred", "Die beiden hatten sich erst vor gut zwei Wochen", date_mod="APPROX",
              note="Tehran summit of 19 July 2022"),
            E("Erdoğan invites Putin for a return visit to Turkey", "REQUEST", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2022-08-05", "context", "occurred", "Erdoğan lud Putin zu einem Gegenbesuch"),
            E("Putin's return visit to Turkey, no date fixed", "CONSULT", ["Vladimir Putin", "Turkey"], "2022-08-06",
              "published", "uncertain", "Erdoğan lud Putin zu einem Gegenbesuch", note="no date set"),
            E("US State Department warns Turkey not to become a loophole for Russian money", "REQUEST",
              ["United States", "Turkey"], "2022-08-05", "text", "occurred", "Ein Sprecher des US-Außenministeriums warnte"),
            E("EU expects Ankara not to undermine the sanctions", "REQUEST", ["European Union", "Turkey"], "2022-08-06",
              "published", "occurred", "Die Europäische Union erwarte von Ankara"),
            E("Ukrainian foreign ministry calls on Ankara not to do business that fills Russia's war chest", "REQUEST",
              ["Ukraine", "Turkey"], "2022-08-06", "published", "occurred", "Das ukrainische Außenministerium rief Ankara auf"),
            E("Zelensky–Erdoğan phone call", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2022-08-02",
              "text", "occurred", "Präsident Wolodymyr Selenskyj hatte am Dienstag"),
            E("Zelensky thanks Erdoğan for help with grain exports", "SUPPORT",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2022-08-02", "text", "occurred",
              "Präsident Wolodymyr Selenskyj hatte am Dienstag"),
            E("Russian shelling of Nikopol", "ASSAULT", ["Russia", "Ukraine"], "2022-08-05TNI", "text", "occurred",
              "In der Nacht zum Samstag beschossen russische Truppen"),
        ],
        statements=[
            S("Joint statement: Recep Tayyip Erdoğan, Vladimir Putin", "Agree to strengthen trade, energy, agriculture and tourism",
              "2022-08-05", "context", "In einer gemeinsamen Erklärung vereinbarten sie"),
            S("Russia", "Part of the gas deliveries to Turkey will be paid in roubles", "2022-08-05", "context",
              "Ein Teil der russischen Gaslieferungen"),
            S("Recep Tayyip Erdoğan", "He and Putin agree Turkey should continue mediating between Moscow and Kyiv",
              "2022-08-05", "context", "Erdoğan sagte auf dem Rückflug"),
            S("Russia, via Recep Tayyip Erdoğan", "Russia promised to implement the grain agreement without ifs and buts",
              "2022-08-05", "context", "Russland habe zugesagt"),
            S("United States", "Warns Turkey not to become a loophole for Russian money", "2022-08-05", "text",
              "Ein Sprecher des US-Außenministeriums warnte"),
            S("European Union", "Expects Ankara not to undermine the sanctions", "2022-08-06", "published",
              "Die Europäische Union erwarte von Ankara"),
            S("Ukraine", "Ankara should not do business that fills Russia's war chest", "2022-08-06", "published",
              "Das ukrainische Außenministerium rief Ankara auf"),
            S("Volodymyr Zelensky", "Thanks Erdoğan for help with grain exports", "2022-08-02", "text",
              "Präsident Wolodymyr Selenskyj hatte am Dienstag"),
            S("Ukraine", "Russian troops shelled Nikopol again in the night", "2022-08-06", "published",
              "In der Nacht zum Samstag beschossen russische Truppen"),
        ],
        actors=["Recep Tayyip Erdoğan", "Vladimir Putin", "Kremlin", "Turkey", "Russia", "Ukraine", "United States",
                "European Union", "Volodymyr Zelensky"],
    ),
    # ------------------------------------------------------------------ b23de05
    dict(
        id="b23de05_selenskyj_pretoria_abbruch_2025_04",
        lang="de",
        published="2025-04-25",
        body="""
Nach Angriff auf Kiew: Selenskyj bricht Besuch in Südafrika ab

Pretoria/Kiew. Der ukrainische Präsident Wolodymyr Selenskyj hat seinen Staatsbesuch in Südafrika nach dem schwersten russischen Angriff auf Kiew seit Monaten vorzeitig beendet.
Nach einem Treffen mit Präsident Cyril Ramaphosa in Pretoria am Donnerstag flog er zurück, ein für Freitag geplantes Programm mit Wirtschaftsvertretern wurde gestrichen.
Bei dem Angriff mit Raketen und Drohnen in der Nacht zum Donnerstag waren in der ukrainischen Hauptstadt mindestens zwölf Menschen getötet und rund 90 verletzt worden.

„Wladimir, STOPP!“, schrieb US-Präsident Donald Trump am Donnerstag auf seiner Plattform Truth Social.
Er sei mit den Angriffen nicht zufrieden, sie seien „nicht notwendig“ und kämen zu einem sehr schlechten Zeitpunkt.
Jede Woche stürben 5000 Soldaten, man solle das Friedensabkommen endlich abschließen, schrieb Trump weiter.
Sein Sondergesandter Steve Witkoff wird an diesem Freitag erneut in Moskau erwartet, wo er Putin treffen soll.

Selenskyj sagte nach dem Gespräch mit Ramaphosa, die Ukraine sei zu einem vollständigen und bedingungslosen Waffenstillstand bereit, als erstem Schritt zu einem gerechten Frieden.
Kiew habe alle Vorschläge der US-Seite erfüllt, Moskau dagegen keinen einzigen.
Ramaphosa sicherte zu, sich für die Rückkehr verschleppter ukrainischer Kinder einzusetzen, und berichtete, er habe am Dienstag mit Trump telefoniert.
Auch mit Putin habe er in den vergangenen Wochen gesprochen.
Südafrika pflegt enge Beziehungen zu Russland und hatte sich 2023 an einer afrikanischen Friedensmission beteiligt, die Putin und Selenskyj besuchte.

Kremlsprecher Dmitri Peskow sagte, Russland greife ausschließlich militärische Ziele an.
Außenminister Sergej Lawrow hatte am Mittwoch erklärt, eine Einigung sei möglich, einige Punkte müssten aber noch „feinjustiert“ werden.
Der designierte Bundeskanzler Friedrich Merz (CDU) verurteilte den Angriff als „brutale Antwort“ auf die Bemühungen um einen Waffenstillstand.

Am Mittwoch waren in London geplante Gespräche der Außenminister der USA, der Ukraine, Großbritanniens, Frankreichs und Deutschlands auf Beamtenebene herabgestuft worden, nachdem US-Außenminister Marco Rubio abgesagt hatte.
Trump hatte Selenskyj am selben Tag vorgeworfen, mit seiner Weigerung, die Krim als russisch anzuerkennen, die Verhandlungen zu gefährden.
Selenskyj hatte am Dienstag betont, die Ukraine werde die Besetzung der Halbinsel niemals rechtlich anerkennen.
""",
        timexes=[
            T("Monaten", "DURATION", "PXM"),
            T("Donnerstag", "DATE", "2025-04-24", n=0),
            T("Freitag", "DATE", "2025-04-25", n=0),
            T("der Nacht zum Donnerstag", "TIME", "2025-04-23TNI", note="night from Wednesday 23 to Thursday 24 April"),
            T("Donnerstag", "DATE", "2025-04-24", n=2),
            T("Jede Woche", "SET", "P1W"),
            T("diesem Freitag", "DATE", "2025-04-25"),
            T("Dienstag", "DATE", "2025-04-22", n=0),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("2023", "DATE", "2023"),
            T("Mittwoch", "DATE", "2025-04-23", n=0),
            T("Mittwoch", "DATE", "2025-04-23", n=1),
            T("selben Tag", "DATE", "2025-04-23"),
            T("Dienstag", "DATE", "2025-04-22", n=1),
        ],
        events=[
            E("Zelensky meets President Ramaphosa in Pretoria", "CONSULT", ["Volodymyr Zelensky"], "2025-04-24", "text",
              "occurred", "Nach einem Treffen mit Präsident Cyril Ramaphosa",
              note="South Africa is not canonical; the visit was cut short"),
            E("Russian missile and drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-04-23TNI", "text",
              "occurred", "Bei dem Angriff mit Raketen und Drohnen"),
            E("Trump tells Putin to stop the attacks", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2025-04-24",
              "text", "occurred", "„Wladimir, STOPP!“"),
            E("Trump criticises the Russian attacks as unnecessary and badly timed", "ACCUSE",
              ["Donald Trump", "Vladimir Putin"], "2025-04-24", "context", "occurred",
              "Er sei mit den Angriffen nicht zufrieden"),
            E("Trump urges that the peace deal be concluded", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2025-04-24", "context", "occurred", "Jede Woche stürben 5000 Soldaten"),
            E("Witkoff due in Moscow to meet Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-04-25",
              "text", "planned", "Sein Sondergesandter Steve Witkoff wird"),
            E("Zelensky: Ukraine ready for a full and unconditional ceasefire", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2025-04-24", "context", "occurred", "die Ukraine sei zu einem vollständigen und bedingungslosen"),
            E("Zelensky accuses Moscow of fulfilling none of the US proposals", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-04-24", "context", "occurred", "Kiew habe alle Vorschläge der US-Seite erfüllt"),
            E("Ramaphosa promises to work for the return of deported Ukrainian children", "AGREE", ["Ukraine"],
              "2025-04-24", "context", "occurred", "Ramaphosa sicherte zu", note="South Africa is not canonical"),
            E("Ramaphosa–Trump phone call", "CONSULT", ["Donald Trump"], "2025-04-22", "text", "occurred",
              "Ramaphosa sicherte zu"),
            E("Ramaphosa spoke with Putin", "CONSULT", ["Vladimir Putin"], "PAST_REF", "vague", "occurred",
              "Auch mit Putin habe er in den vergangenen Wochen gesprochen"),
            E("African peace mission visited Putin and Zelensky", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2023", "text", "occurred", "an einer afrikanischen Friedensmission beteiligt"),
            E("Peskov denies that Russia attacks anything but military targets", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2025-04-25", "published", "occurred", "Russland greife ausschließlich militärische Ziele an"),
            E("Merz condemns the attack as a brutal answer to ceasefire efforts", "ACCUSE", ["Friedrich Merz", "Russia"],
              "2025-04-25", "published", "occurred", "verurteilte den Angriff als „brutale Antwort“"),
            E("Ministerial talks in London downgraded after Rubio pulled out", "CONSULT",
              ["Marco Rubio", "Ukraine", "United Kingdom", "France", "Germany"], "2025-04-23", "text", "cancelled",
              "Am Mittwoch waren in London geplante Gespräche", note="held at officials' level instead"),
            E("Trump accuses Zelensky of endangering the negotiations by refusing to recognise Crimea as Russian",
              "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"], "2025-04-23", "text", "occurred",
              "Trump hatte Selenskyj am selben Tag vorgeworfen"),
            E("Zelensky: Ukraine will never legally recognise the occupation of Crimea", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2025-04-22", "text", "occurred", "Selenskyj hatte am Dienstag betont"),
        ],
        statements=[
            S("Donald Trump", "'Vladimir, STOP!'", "2025-04-24", "text", "„Wladimir, STOPP!“"),
            S("Donald Trump", "Not happy with the attacks, not necessary and very bad timing", "2025-04-24", "context",
              "Er sei mit den Angriffen nicht zufrieden"),
            S("Donald Trump", "5000 soldiers die every week; the peace deal should be done", "2025-04-24", "context",
              "Jede Woche stürben 5000 Soldaten"),
            S("Volodymyr Zelensky", "Ukraine is ready for a full and unconditional ceasefire", "2025-04-24", "context",
              "die Ukraine sei zu einem vollständigen und bedingungslosen"),
            S("Volodymyr Zelensky", "Kyiv fulfilled all US proposals, Moscow none", "2025-04-24", "context",
              "Kiew habe alle Vorschläge der US-Seite erfüllt"),
            S("Dmitry Peskov", "Russia attacks only military targets", "2025-04-25", "published",
              "Russland greife ausschließlich militärische Ziele an"),
            S("Sergey Lavrov", "A deal is possible but some points need fine-tuning", "2025-04-23", "text",
              "Außenminister Sergej Lawrow hatte am Mittwoch erklärt"),
            S("Friedrich Merz", "The attack is a brutal answer to ceasefire efforts", "2025-04-25", "published",
              "verurteilte den Angriff als „brutale Antwort“"),
            S("Donald Trump", "Zelensky's refusal to recognise Crimea endangers the negotiations", "2025-04-23", "text",
              "Trump hatte Selenskyj am selben Tag vorgeworfen"),
            S("Volodymyr Zelensky", "Ukraine will never legally recognise the occupation of Crimea", "2025-04-22", "text",
              "Selenskyj hatte am Dienstag betont"),
        ],
        actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Donald Trump", "United States", "Vladimir Putin",
                "Steve Witkoff", "Dmitry Peskov", "Kremlin", "Sergey Lavrov", "Friedrich Merz", "Germany",
                "Marco Rubio", "United Kingdom", "France"],
    ),
    # ------------------------------------------------------------------ b23de06
    dict(
        id="b23de06_maskat_austausch_oman_2026_02",
        lang="de",
        published="2026-02-19",
        body="""
Durchbruch in Maskat: Russland und die Ukraine tauschen 300 Zivilisten und Tausende Gefallene aus

Maskat/Genf. Es ist das erste greifbare Ergebnis seit Wochen: Russland und die Ukraine haben sich bei Gesprächen im Oman auf einen grossen humanitären Austausch geeinigt.
Nach zwei Tagen Verhandlungen in der omanischen Hauptstadt Maskat teilten beide Delegationen am Mittwochabend mit, dass 300 Zivilpersonen sowie die sterblichen Überreste von je 2000 gefallenen Soldaten übergeben werden sollen.
Die erste Übergabe soll bereits am Wochenende an der belarussisch-ukrainischen Grenze stattfinden.
Vermittelt hatte das Sultanat Oman, das Internationale Komitee vom Roten Kreuz (IKRK) in Genf soll den Austausch überwachen.

Die ukrainische Delegation leitete Sicherheitsratssekretär Rustem Umerow (44), die russische Kremlberater Wladimir Medinski (55).
Über eine Waffenruhe für Energieanlagen, die Kiew vorgeschlagen hatte, gab es dagegen keine Einigung.
Medinski sagte nach den Gesprächen, eine Feuerpause komme erst in Frage, wenn die Ukraine ihre Truppen aus dem Donbass abziehe.
Umerow nannte das «ein Ultimatum, das niemand akzeptieren wird».

Präsident Wolodymyr Selenskyj (48) dankte dem Sultan von Oman noch in der Nacht in einer Videoansprache für die Vermittlung.
Jeder Mensch, der nach Hause komme, sei ein Sieg, sagte er.
Kremlsprecher Dmitri Peskow sprach am Donnerstag von einem «nützlichen Format», das Moskau fortsetzen wolle.
Eine nächste Runde sei für Mitte März geplant, der Ort stehe noch nicht fest.

Auch US-Sondergesandter Steve Witkoff (68) hatte sich am Dienstag per Video zugeschaltet, wie Blick aus Diplomatenkreisen erfuhr.
US-Präsident Donald Trump (79) schrieb auf Truth Social, der Austausch sei «ein grossartiger erster Schritt», jetzt müsse ein Waffenstillstand folgen.
Die EU-Aussenbeauftragte Kaja Kallas warnte dagegen, Moskau nutze humanitäre Gesten, um von seinen Angriffen auf die Energieversorgung abzulenken.
Tatsächlich griff Russland in der Nacht auf Donnerstag erneut die Stromversorgung in den Regionen Charkiw und Odessa an, wie das ukrainische Energieministerium mitteilte.

Die Schweiz hatte vergangene Woche angeboten, künftige Runden in Genf auszurichten.
Aussenminister Ignazio Cassis sagte am Mittwoch in Bern, das Angebot stehe weiterhin.
Kremlsprecher Peskow hatte die Schweiz als Gastgeberin jedoch bereits im Januar abgelehnt, weil sie die EU-Sanktionen mittrage.
""",
        timexes=[
            T("Wochen", "DURATION", "PXW"),
            T("zwei Tagen", "DURATION", "P2D"),
            T("Mittwochabend", "TIME", "2026-02-18TEV"),
            T("Wochenende", "DATE", "2026-W08-WE"),
            T("der Nacht", "TIME", "2026-02-18TNI", n=0),
            T("Donnerstag", "DATE", "2026-02-19", n=0),
            T("Mitte März", "DATE", "2026-03", mod="MID"),
            T("Dienstag", "DATE", "2026-02-17"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("der Nacht auf Donnerstag", "TIME", "2026-02-18TNI", note="night from Wednesday 18 to Thursday 19 February"),
            T("vergangene Woche", "DATE", "2026-W07"),
            T("Mittwoch", "DATE", "2026-02-18"),
            T("Januar", "DATE", "2026-01"),
        ],
        events=[
            E("Russia–Ukraine talks in Muscat under Omani mediation", "CONSULT",
              ["Russia", "Ukraine", "Rustem Umerov", "Vladimir Medinsky"], "2026-02-17", "context", "occurred",
              "Nach zwei Tagen Verhandlungen", note="talks on 17-18 February, ended on Wednesday evening; Oman is not canonical"),
            E("Agreement to exchange 300 civilians and the remains of 2000 fallen soldiers each", "AGREE",
              ["Russia", "Ukraine"], "2026-02-18TEV", "text", "occurred", "Nach zwei Tagen Verhandlungen"),
            E("First handover of civilians and remains planned at the weekend", "CONCEDE", ["Russia", "Ukraine"],
              "2026-W08-WE", "text", "planned", "Die erste Übergabe soll bereits am Wochenende"),
            E("No agreement on a ceasefire for energy facilities proposed by Kyiv", "REJECT", ["Russia", "Ukraine"],
              "2026-02-17", "context", "occurred", "Über eine Waffenruhe für Energieanlagen",
              note="dated like the talks (17-18 February)"),
            E("Medinsky: a ceasefire only if Ukraine withdraws its troops from the Donbas", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2026-02-18", "context", "occurred", "Medinski sagte nach den Gesprächen"),
            E("Umerov rejects the condition as an ultimatum", "REJECT", ["Rustem Umerov", "Russia"], "2026-02-18",
              "context", "occurred", "Umerow nannte das"),
            E("Zelensky thanks the Sultan of Oman for the mediation", "SUPPORT", ["Volodymyr Zelensky"], "2026-02-18TNI",
              "text", "occurred", "dankte dem Sultan von Oman", note="Oman is not canonical"),
            E("Peskov: Moscow wants to continue the format", "AGREE", ["Dmitry Peskov", "Russia", "Ukraine"],
              "2026-02-19", "text", "occurred", "Kremlsprecher Dmitri Peskow sprach am Donnerstag"),
            E("Next round of talks planned for mid-March", "CONSULT", ["Russia", "Ukraine"], "2026-03", "text",
              "planned", "Eine nächste Runde sei für Mitte März geplant", date_mod="MID"),
            E("Witkoff joins the Muscat talks by video", "CONSULT", ["Steve Witkoff", "Russia", "Ukraine"],
              "2026-02-17", "text", "occurred", "Auch US-Sondergesandter Steve Witkoff"),
            E("Trump welcomes the exchange as a great first step", "SUPPORT", ["Donald Trump", "Russia", "Ukraine"],
              "2026-02-19", "published", "occurred", "der Austausch sei «ein grossartiger erster Schritt»"),
            E("Trump calls for a ceasefire to follow", "REQUEST", ["Donald Trump", "Russia", "Ukraine"], "2026-02-19",
              "published", "occurred", "der Austausch sei «ein grossartiger erster Schritt»"),
            E("Kallas accuses Moscow of using humanitarian gestures to distract from its energy strikes", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2026-02-19", "published", "occurred", "Die EU-Aussenbeauftragte Kaja Kallas warnte"),
            E("Russian strikes on the power supply in the Kharkiv and Odesa regions", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-18TNI", "text", "occurred", "Tatsächlich griff Russland in der Nacht auf Donnerstag"),
            E("Switzerland offers to host future rounds in Geneva", "REQUEST", ["Russia", "Ukraine"], "2026-W07", "text",
              "occurred", "Die Schweiz hatte vergangene Woche angeboten", note="Switzerland is not canonical"),
            E("Peskov rejected Switzerland as a host", "REJECT", ["Dmitry Peskov"], "2026-01", "text", "occurred",
              "Kremlsprecher Peskow hatte die Schweiz"),
        ],
        statements=[
            S("Joint statement: Russia, Ukraine", "300 civilians and the remains of 2000 soldiers each will be handed over",
              "2026-02-18TEV", "text", "Nach zwei Tagen Verhandlungen"),
            S("Vladimir Medinsky", "A ceasefire only if Ukraine withdraws from the Donbas", "2026-02-18", "context",
              "Medinski sagte nach den Gesprächen"),
            S("Rustem Umerov", "That is an ultimatum nobody will accept", "2026-02-18", "context", "Umerow nannte das"),
            S("Volodymyr Zelensky", "Thanks the Sultan of Oman for the mediation", "2026-02-18TNI", "text",
              "dankte dem Sultan von Oman"),
            S("Volodymyr Zelensky", "Every person who comes home is a victory", "2026-02-18TNI", "context",
              "Jeder Mensch, der nach Hause komme"),
            S("Dmitry Peskov", "A useful format that Moscow wants to continue", "2026-02-19", "text",
              "Kremlsprecher Dmitri Peskow sprach am Donnerstag"),
            S("Dmitry Peskov", "Next round planned for mid-March, venue open", "2026-02-19", "context",
              "Eine nächste Runde sei für Mitte März geplant"),
            S("Donald Trump", "The exchange is a great first step; a ceasefire must follow now", "2026-02-19",
              "published", "der Austausch sei «ein grossartiger erster Schritt»"),
            S("Kaja Kallas", "Moscow uses humanitarian gestures to distract from its attacks on energy", "2026-02-19",
              "published", "Die EU-Aussenbeauftragte Kaja Kallas warnte"),
            S("Ukraine", "Energy ministry reports Russian strikes on the power supply overnight", "2026-02-19",
              "published", "Tatsächlich griff Russland in der Nacht auf Donnerstag"),
            S("Dmitry Peskov", "Switzerland is not acceptable as a host because it backs EU sanctions", "2026-01",
              "text", "Kremlsprecher Peskow hatte die Schweiz"),
        ],
        actors=["Russia", "Ukraine", "Rustem Umerov", "Vladimir Medinsky", "Kremlin", "Volodymyr Zelensky",
                "Dmitry Peskov", "Steve Witkoff", "United States", "Donald Trump", "Kaja Kallas", "European Union"],
    ),
]
