"""German articles of the blind37 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b37de01 (Lübecker Nachrichten)
DE01 = """
G7-Treffen in Weißenhaus: Westen will von Russland verschobene Grenzen „niemals“ anerkennen

Weißenhaus/Lübeck. Die Außenministerinnen und Außenminister der sieben führenden westlichen Industriestaaten haben Russland zum Abschluss ihres dreitägigen Treffens an der Ostseeküste scharf verurteilt.
Man werde niemals Grenzen anerkennen, die Russland mit militärischer Gewalt zu verschieben versucht habe, heißt es in der Abschlusserklärung, die am Samstagmittag auf dem Gut Weißenhaus (Kreis Ostholstein) veröffentlicht wurde.
Die G7 sagten der Ukraine zugleich zu, ihre militärische und finanzielle Unterstützung „so lange wie nötig“ fortzusetzen.
Neben Gastgeberin Annalena Baerbock (Grüne) und US-Außenminister Antony Blinken saßen unter anderen die Britin Liz Truss und der Franzose Jean-Yves Le Drian am Tisch, die EU war durch ihren Außenbeauftragten Josep Borrell vertreten.

Baerbock warf Moskau vor, einen „Kornkrieg“ zu führen.
Russland blockiere die ukrainischen Schwarzmeerhäfen, in denen derzeit rund 25 Millionen Tonnen Getreide festsäßen, und treibe damit weltweit die Preise in die Höhe, sagte die Bundesaußenministerin.
Die G7 würden gemeinsam nach Wegen suchen, das Getreide über Schiene und Straße zu Häfen an der Ostsee und der Adria zu bringen, kündigte sie an.

Am Freitag hatten auch der ukrainische Außenminister Dmytro Kuleba und sein moldauischer Kollege Nicu Popescu an den Beratungen teilgenommen.
Kuleba forderte mehr schwere Waffen und verlangte, im Ausland eingefrorenes russisches Vermögen für den Wiederaufbau seines Landes einzusetzen.
„Russland muss für das bezahlen, was es zerstört hat“, sagte er vor Journalisten.
Am Rande traf Kuleba Blinken, der nach Angaben des US-Außenministeriums weitere Hilfe bei der Luftverteidigung in Aussicht stellte.

Auch an China richteten die Minister eine deutliche Botschaft.
Peking dürfe Russland bei seinem Angriffskrieg nicht unterstützen und die westlichen Sanktionen nicht untergraben, heißt es in der Erklärung.
Belarus forderten die G7 auf, Russland sein Territorium nicht länger für Angriffe auf die Ukraine zur Verfügung zu stellen.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, wies die Vorwürfe am Nachmittag zurück.
Nicht Russland, sondern die westlichen Sanktionen seien schuld an der weltweiten Lebensmittelkrise, schrieb sie auf Telegram.
Kremlsprecher Dmitri Peskow hatte bereits am Donnerstag gewarnt, ein Nato-Beitritt Finnlands wäre eine Bedrohung, auf die Moskau reagieren werde.
Die finnische Staatsführung hatte sich am selben Tag für einen raschen Beitritt zum Bündnis ausgesprochen.

Für die meisten Minister ging es am Samstagabend direkt weiter nach Berlin, wo am Sonntag ein informelles Treffen der Nato-Außenminister beginnt.
Dort wollen die Verbündeten auch über die erwarteten Beitrittsanträge Finnlands und Schwedens beraten.

In Ostholstein ging das Treffen ohne größere Zwischenfälle zu Ende.
Rund 3000 Polizistinnen und Polizisten aus mehreren Bundesländern hatten das Gelände seit Mittwoch abgesichert, die Straße zwischen Weißenhaus und Oldenburg in Holstein war zeitweise gesperrt.
Die Lübecker Hafen-Gesellschaft prüft nach eigenen Angaben, ob ukrainisches Getreide künftig auch über Travemünde verschifft werden könnte.
"""

# ---------------------------------------------------------------- b37de02 (Rhein-Zeitung)
DE02 = """
Zwei Jahre Krieg: Meloni, Trudeau und von der Leyen setzen in Kiew ein Zeichen

Kiew/Koblenz. Am zweiten Jahrestag des russischen Großangriffs auf die Ukraine sind mehrere westliche Spitzenpolitiker demonstrativ nach Kiew gereist.
Italiens Ministerpräsidentin Giorgia Meloni, der kanadische Premier Justin Trudeau, der belgische Regierungschef Alexander De Croo und EU-Kommissionspräsidentin Ursula von der Leyen trafen am Samstagmorgen mit dem Zug in der ukrainischen Hauptstadt ein.
Mit Präsident Wolodymyr Selenskyj gedachten sie auf dem Flughafen Hostomel der Opfer der ersten Kriegswochen.

Von Kiew aus leitete Meloni, deren Land in diesem Jahr den G7-Vorsitz innehat, am Nachmittag eine Videokonferenz der G7-Staats- und Regierungschefs, an der auch US-Präsident Joe Biden, Bundeskanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron teilnahmen.
In ihrer Erklärung sicherten die G7 der Ukraine weitere Unterstützung zu und kündigten an, Russlands Einnahmen aus dem Energiegeschäft weiter zu beschneiden.
Zudem forderten sie Moskau auf, die Umstände des Todes des Oppositionspolitikers Alexej Nawalny in einem Straflager vollständig aufzuklären.

Meloni und Trudeau unterzeichneten anschließend mit Selenskyj bilaterale Sicherheitsabkommen.
Italien sagt darin Unterstützung für zehn Jahre zu, Kanada kündigte für dieses Jahr Militärhilfe von mehr als drei Milliarden kanadischen Dollar an.
Selenskyj dankte seinen Gästen und sprach von einem „starken Signal“ an Moskau.
Zugleich drängte er auf schnellere Munitionslieferungen: Die Ukraine brauche Artilleriegeschosse „jetzt und nicht in einem Jahr“.

Von der Leyen versprach, die erste Tranche aus der Anfang Februar beschlossenen Ukraine-Fazilität über 50 Milliarden Euro werde im März ausgezahlt.
Die EU hatte am Freitag ihr 13. Sanktionspaket gegen Russland verabschiedet, die USA verhängten am selben Tag Strafmaßnahmen gegen mehr als 500 Personen und Unternehmen.
Biden hatte die amerikanischen Sanktionen auch als Antwort auf den Tod Nawalnys bezeichnet.

In Moskau gab man sich betont unbeeindruckt.
Kremlsprecher Dmitri Peskow sagte, die Ziele der militärischen Spezialoperation würden erreicht, daran änderten auch Besuche westlicher Politiker in Kiew nichts.
Der frühere Präsident Dmitri Medwedew drohte auf Telegram erneut mit einem Vormarsch bis nach Kiew.
In der Nacht zum Samstag hatte Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit mehr als 30 Drohnen angegriffen, in Odessa wurde ein Wohnhaus getroffen.

Auch in Koblenz erinnerten am Samstag mehrere Hundert Menschen am Deutschen Eck an den Kriegsbeginn vor zwei Jahren.
Aufgerufen hatte ein Verein von Ukrainerinnen und Ukrainern aus der Region, Oberbürgermeister David Langner (SPD) sprach ein Grußwort.
Über das Koblenzer Bundesamt für Ausrüstung der Bundeswehr wird nach Angaben eines Sprechers derzeit auch ein Teil der deutschen Rüstungshilfe für die Ukraine abgewickelt.
"""

# ---------------------------------------------------------------- b37de03 (Hannoversche Allgemeine Zeitung)
DE03 = """
40 Jahre Tschernobyl: Selenskyj und Grossi am Unglücksreaktor – Moskau weist Vorwürfe zurück

Tschornobyl/Hannover. Vier Jahrzehnte nach der Reaktorkatastrophe von Tschernobyl haben der ukrainische Präsident Wolodymyr Selenskyj und der Generaldirektor der Internationalen Atomenergiebehörde (IAEA), Rafael Grossi, am Sonntag gemeinsam das frühere Kraftwerksgelände besucht.
Bereits in der Nacht hatte Selenskyj in der Arbeiterstadt Slawutytsch um 1.23 Uhr Ortszeit, der Minute der Explosion im Jahr 1986, an einer Gedenkfeier teilgenommen.

Grossi sagte vor der Schutzhülle über dem zerstörten Block 4, das 2016 fertiggestellte Bauwerk sei seit dem russischen Drohnenangriff vom Februar 2025 nicht mehr voll funktionsfähig.
Das Loch im Dach sei zwar provisorisch abgedichtet, die vollständige Reparatur werde aber mindestens drei Jahre dauern.
Auf einer Geberkonferenz in Kiew hatten die Unterstützerstaaten am Samstag weitere 120 Millionen Euro für die Instandsetzung zugesagt, davon 40 Millionen Euro aus Deutschland und 50 Millionen Euro aus dem EU-Haushalt.

Selenskyj warf Russland vor, mit seinen Angriffen auf Energieanlagen und der Besetzung des Atomkraftwerks Saporischschja eine neue nukleare Katastrophe in Kauf zu nehmen.
„Russland hat aus Tschernobyl nichts gelernt“, sagte er.
Er forderte die IAEA auf, ihre Präsenz an allen ukrainischen Kraftwerksstandorten auszuweiten, und verlangte den Abzug der russischen Truppen aus Saporischschja.
Grossi kündigte an, in den kommenden Wochen erneut nach Moskau zu reisen, um über die Sicherheit des besetzten Kraftwerks zu sprechen.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hatte Kiewer Vorwürfe bereits am Samstag zurückgewiesen.
Der Drohnenangriff auf die Schutzhülle sei eine „Inszenierung des Kiewer Regimes“ gewesen, um den Westen zu weiteren Zahlungen zu bewegen, sagte sie.
Kremlsprecher Dmitri Peskow erklärte, Russland sei bereit, mit der IAEA über die nukleare Sicherheit in Saporischschja zu sprechen, eine Rückgabe des Kraftwerks an die Ukraine stehe aber nicht zur Debatte.

Im benachbarten Belarus legte Machthaber Alexander Lukaschenko im Gebiet Gomel, das 1986 ebenfalls schwer verstrahlt worden war, einen Kranz nieder.
Er nutzte den Auftritt für Kritik am Westen, der die Ukraine zum Kampf „bis zum letzten Ukrainer“ treibe.

EU-Kommissionspräsidentin Ursula von der Leyen sicherte der Ukraine in einer Erklärung weitere Hilfe beim Schutz ihrer Atomanlagen zu.
Bundesumweltminister Carsten Schneider (SPD) sprach von einer Mahnung, „die aktueller ist denn je“.

Auch in Niedersachsen wurde am Sonntag an den Jahrestag erinnert.
Der Verein „Hilfe für Tschernobyl-Kinder“ aus Hannover hat nach eigenen Angaben seit 1991 mehr als 6000 Kinder aus Belarus und der Ukraine zur Erholung in Gastfamilien vermittelt.
Seit dem Kriegsbeginn 2022 organisiert er vor allem Hilfstransporte in die Region Kiew, der nächste Konvoi soll im Juni starten.
"""

# ---------------------------------------------------------------- b37de04 (Allgemeine Deutsche Zeitung für Rumänien)
DE04 = """
Russische Drohne über dem Donaudelta: Bukarest bestellt Botschafter ein

Bukarest/Tulcea. Nach der Verletzung des rumänischen Luftraums durch eine russische Kampfdrohne hat das Außenministerium in Bukarest am Sonntag den russischen Botschafter Wladimir Lipajew einbestellt.
Man habe gegen die „unverantwortliche und inakzeptable“ Verletzung der Souveränität eines Nato- und EU-Mitgliedstaates protestiert, teilte das Ministerium mit.

Die Drohne vom Typ Geran war am Samstagabend bei einem russischen Angriff auf ukrainische Hafenanlagen an der Donau in den Luftraum über dem Kreis Tulcea eingedrungen.
Nach Angaben des Verteidigungsministeriums verfolgten zwei rumänische F-16-Kampfjets das Flugobjekt knapp 50 Minuten lang, bevor es nahe der Ortschaft Chilia Veche vom Radar verschwand.
Auch zwei Eurofighter der deutschen Luftwaffe, die derzeit im Rahmen der Nato-Luftraumüberwachung auf dem Stützpunkt Mihail Kogălniceanu bei Konstanza stationiert sind, stiegen auf.
Einen Abschuss über bewohntem Gebiet habe man wegen der Gefahr für die Zivilbevölkerung nicht angeordnet, sagte Verteidigungsminister Ionuţ Moşteanu.

EU-Kommissionspräsidentin Ursula von der Leyen sprach von einer weiteren „rücksichtslosen Eskalation“ durch Russland und sicherte Rumänien die volle Solidarität der Union zu.
Die EU-Außenbeauftragte Kaja Kallas kündigte an, die Kommission werde in dieser Woche ein 19. Sanktionspaket vorlegen.
Nato-Generalsekretär Mark Rutte telefonierte nach Angaben der Allianz am Sonntag mit Staatspräsident Nicuşor Dan.
Die Mission „Eastern Sentry“ zum Schutz der Ostflanke, die das Bündnis nach dem Eindringen russischer Drohnen nach Polen am Mittwoch vergangener Woche beschlossen hatte, werde auch Rumänien einschließen, sagte Rutte.

Der ukrainische Präsident Wolodymyr Selenskyj schrieb auf X, Russland teste gezielt die Reaktion der Nato.
Er forderte die Verbündeten auf, russische Drohnen bereits über ukrainischem Gebiet abzuschießen.
Kremlsprecher Dmitri Peskow sagte, ihm lägen keine Informationen über den Vorfall vor, die Europäer beschuldigten Russland „ständig und ohne Beweise“.
Die russische Botschaft in Bukarest bezeichnete die Vorwürfe als „Provokation“.

In der Nacht zum Montag griff Russland erneut die ukrainische Hafenstadt Ismajil am gegenüberliegenden Donauufer an, wie die Militärverwaltung des Gebiets Odessa mitteilte.
In zwei Gemeinden des Kreises Tulcea wurden die Bewohner über das Warnsystem „RO-Alert“ aufgefordert, Schutzräume aufzusuchen.

Auch unter den Rumäniendeutschen wächst die Sorge.
Die Sicherheit an der Ostgrenze sei seit 2022 ein ständiges Thema, sagte ein Vertreter des Demokratischen Forums der Deutschen in Rumänien der ADZ.
"""

# ---------------------------------------------------------------- b37de05 (Aargauer Zeitung)
DE05 = """
IKRK erhält Zusage für Besuche bei Kriegsgefangenen in Russland und der Ukraine

Genf/Kiew. Das Internationale Komitee vom Roten Kreuz (IKRK) soll künftig regelmässig Zugang zu Kriegsgefangenen auf beiden Seiten der Front erhalten.
Darauf hätten sich Moskau und Kiew grundsätzlich verständigt, sagte IKRK-Präsidentin Mirjana Spoljaric am Donnerstagabend in Kiew nach einem Treffen mit Präsident Wolodimir Selenski.
Die ersten Besuche in Gefangenenlagern beider Länder sollen noch im April stattfinden.

Spoljaric war am Dienstag in Moskau vom russischen Aussenminister Sergei Lawrow empfangen worden.
Lawrow habe dabei zugesagt, dass Delegierte des IKRK auch Lager in den besetzten Gebieten besuchen dürften, sofern die Ukraine im Gegenzug alle ihre Einrichtungen öffne, hiess es aus dem Umfeld der Präsidentin.
Die Genfer Organisation hatte in den vergangenen vier Jahren nur einen Bruchteil der mehreren Tausend Gefangenen besuchen können, die nach Schätzungen auf beiden Seiten festgehalten werden.

Selenski dankte dem IKRK und der Schweiz für ihre Vermittlung.
Entscheidend sei, dass die Besuche tatsächlich stattfänden und nicht nur auf dem Papier stünden, sagte er.
Aussenminister Andrij Sybiha forderte zudem Zugang für die Delegierten zu den rund 16'000 ukrainischen Zivilisten, die nach Kiewer Angaben in Russland festgehalten werden.
In Kiew war dem IKRK in den vergangenen Jahren immer wieder vorgeworfen worden, gegenüber Moskau zu nachgiebig aufzutreten.

Kremlsprecher Dmitri Peskow bestätigte am Freitag die Gespräche, sprach aber lediglich von einer «Zusammenarbeit auf der Grundlage der Gegenseitigkeit».
Zugleich warf er Kiew vor, russische Kriegsgefangene zu misshandeln.
Am vergangenen Samstag hatten Russland und die Ukraine unter Vermittlung der Vereinigten Arabischen Emirate je 210 Gefangene ausgetauscht.
In der Nacht auf Freitag griff Russland erneut das Gebiet Charkiw mit Drohnen an, nach ukrainischen Angaben wurden zwei Menschen verletzt.

Die EU-Aussenbeauftragte Kaja Kallas begrüsste die Zusage und forderte Russland auf, auch die verschleppten ukrainischen Kinder zurückzugeben.
Bundesrat Ignazio Cassis sprach in Bern von einem «wichtigen humanitären Schritt», den die Schweiz als Depositarstaat der Genfer Konventionen unterstütze.

Auch im Aargau wird die Mission aufmerksam verfolgt.
Das Rote Kreuz Kanton Aargau sammelt seit 2022 Spenden für Familien vermisster Soldaten und Zivilisten in der Ukraine und hat nach eigenen Angaben bislang rund 1,8 Millionen Franken weitergeleitet.
Am Samstag lädt es in Aarau zu einem Informationsabend mit einer Mitarbeiterin des Zentralen Suchdienstes des IKRK.
"""

# ---------------------------------------------------------------- b37de06 (Westfälische Nachrichten)
DE06 = """
Scholz in Kasachstan: Tokajew nennt Russland „militärisch unbesiegbar“

Astana/Münster. Bundeskanzler Olaf Scholz (SPD) hat auf seiner Zentralasienreise eine unerwartet deutliche Gegenrede zu hören bekommen.
Bei einer gemeinsamen Pressekonferenz mit Scholz am Montagabend in Astana sagte der kasachische Präsident Kassym-Schomart Tokajew, Russland sei militärisch unbesiegbar, eine weitere Eskalation könne „nicht wiedergutzumachende Folgen“ für die ganze Menschheit haben.
Er rief Moskau und Kiew zu Friedensverhandlungen auf und warb für den gemeinsamen Friedensvorschlag Chinas und Brasiliens.

Scholz widersprach nicht direkt.
Russland könne diesen Krieg jederzeit beenden, indem es seine Truppen aus der Ukraine abziehe, sagte der Kanzler.
Bei der nächsten Friedenskonferenz solle auch Russland mit am Tisch sitzen, fügte er hinzu.
Bereits am Sonntag hatte Scholz im ZDF gesagt, es sei an der Zeit, darüber zu sprechen, wie man aus der Kriegssituation „zügiger zu einem Frieden“ komme.

Kasachstan ist Deutschlands wichtigster Handelspartner in Zentralasien und liefert seit 2023 Rohöl über die Druschba-Pipeline an die Raffinerie im brandenburgischen Schwedt.
Scholz mahnte, die Staaten der Region dürften nicht zur Drehscheibe für die Umgehung der westlichen Sanktionen gegen Russland werden.
Tokajew versicherte, sein Land halte sich an die Sanktionsregeln.

Zuvor hatte der Kanzler am Sonntag in Samarkand mit dem usbekischen Präsidenten Schawkat Mirsijojew ein Migrationsabkommen unterzeichnet, das die Anwerbung von Fachkräften erleichtern und Abschiebungen beschleunigen soll.
Am heutigen Dienstag kommt Scholz in Astana mit den Staatschefs aller fünf zentralasiatischen Republiken zu einem Gipfel zusammen.

In Moskau wurde Tokajews Äußerung mit Genugtuung aufgenommen.
Kremlsprecher Dmitri Peskow sprach von einer „sehr zutreffenden Einschätzung“.
Den Vorschlag des Kanzlers, Russland zu einer Friedenskonferenz einzuladen, nannte Peskow bedeutungslos, solange der Westen die Ukraine weiter bewaffne.
Der ukrainische Außenminister Andrij Sybiha schrieb auf X, Russland sei im Jahr 2022 vor Kiew gescheitert, niemand solle die Propaganda von der Unbesiegbarkeit wiederholen.
In der Nacht zum Dienstag griff Russland nach ukrainischen Angaben erneut die Stadt Charkiw mit Gleitbomben an.

Im Münsterland wird die Reise aufmerksam verfolgt.
In der Region leben Zehntausende Spätaussiedler, die in den vergangenen 35 Jahren aus Kasachstan zugezogen sind.
Die Industrie- und Handelskammer Nord Westfalen sieht in den Rohstoffen der Region Chancen für den heimischen Mittelstand.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# canonical members of the G7 named in b37de01 (Baerbock, Blinken, Truss, Le Drian, Borrell)
G7_01 = ["Germany", "United States", "United Kingdom", "France", "European Union"]
# G7 leaders named in b37de02
G7_02 = ["Giorgia Meloni", "Joe Biden", "Olaf Scholz", "Emmanuel Macron"]

DOCS = [
    doc(
        "b37de01_g7_weissenhaus_2022_05", "2022-05-14", DE01,
        [
            T("dreitägigen", "DURATION", "P3D"),
            T("Samstagmittag", "TIME", "2022-05-14T12:00"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2022-05-13"),
            T("Nachmittag", "TIME", "2022-05-14TAF"),
            T("Donnerstag", "DATE", "2022-05-12"),
            T("selben Tag", "DATE", "2022-05-12"),
            T("Samstagabend", "TIME", "2022-05-14TEV"),
            T("Sonntag", "DATE", "2022-05-15"),
            T("Mittwoch", "DATE", "2022-05-11"),
        ],
        [
            E("G7 foreign ministers meet at Weißenhaus", "CONSULT", G7_01, "2022-05-14", "published", "occurred",
              "zum Abschluss ihres dreitägigen Treffens", note="meeting of 12-14 May 2022; the text names only its end"),
            E("G7 foreign ministers condemn Russia", "ACCUSE", G7_01 + ["Russia"], "2022-05-14T12:00", "context",
              "occurred", "zum Abschluss ihres dreitägigen Treffens"),
            E("G7 will never recognise borders Russia tries to change by force", "REJECT", G7_01 + ["Russia"],
              "2022-05-14T12:00", "text", "occurred", "Man werde niemals Grenzen anerkennen"),
            E("G7 promise to continue military and financial support to Ukraine", "AGREE", G7_01 + ["Ukraine"],
              "2022-05-14T12:00", "context", "occurred", "Die G7 sagten der Ukraine zugleich zu"),
            E("Baerbock accuses Moscow of waging a grain war", "ACCUSE", ["Germany", "Russia"], "2022-05-14",
              "published", "occurred", "einen „Kornkrieg“ zu führen"),
            E("Russia blockades Ukraine's Black Sea ports", "COERCE", ["Russia", "Ukraine"], "PRESENT_REF", "vague",
              "occurred", "Russland blockiere die ukrainischen Schwarzmeerhäfen",
              note="as Baerbock describes it; the blockade has lasted since February 2022"),
            E("G7 to look jointly for land routes to bring Ukrainian grain to ports", "COOPERATE",
              G7_01 + ["Ukraine"], "2022-05-14", "published", "planned", "Die G7 würden gemeinsam nach Wegen suchen",
              note="announced by Baerbock; no date given"),
            E("Kuleba (and Moldova's Popescu) join the G7 deliberations", "CONSULT", G7_01 + ["Ukraine"], "2022-05-13",
              "text", "occurred", "Am Freitag hatten auch der ukrainische Außenminister"),
            E("Kuleba demands more heavy weapons", "REQUEST", ["Ukraine"] + G7_01, "2022-05-13", "context",
              "occurred", "Kuleba forderte mehr schwere Waffen"),
            E("Kuleba demands that frozen Russian assets be used to rebuild Ukraine", "REQUEST",
              ["Ukraine", "Russia"] + G7_01, "2022-05-13", "context", "occurred", "Kuleba forderte mehr schwere Waffen"),
            E("Kuleba meets Blinken on the sidelines", "CONSULT", ["Ukraine", "Antony Blinken"], "2022-05-13",
              "context", "occurred", "Am Rande traf Kuleba Blinken"),
            E("Blinken holds out further air-defence help", "AID", ["Antony Blinken", "Ukraine"], "2022-05-13",
              "context", "planned", "Am Rande traf Kuleba Blinken"),
            E("G7 warn China not to support Russia's war or undermine the sanctions", "REQUEST",
              G7_01 + ["China", "Russia"], "2022-05-14T12:00", "context", "occurred", "Peking dürfe Russland"),
            E("G7 call on Belarus to stop letting Russia use its territory for attacks", "REQUEST",
              G7_01 + ["Belarus", "Russia"], "2022-05-14T12:00", "context", "occurred", "Belarus forderten die G7 auf"),
            E("Zakharova rejects the G7's accusations", "REJECT", ["Maria Zakharova"] + G7_01, "2022-05-14TAF", "text",
              "occurred", "wies die Vorwürfe am Nachmittag zurück"),
            E("Zakharova blames Western sanctions for the world food crisis", "ACCUSE", ["Maria Zakharova"] + G7_01,
              "2022-05-14TAF", "context", "occurred", "Nicht Russland, sondern die westlichen Sanktionen"),
            E("Peskov warns that Finnish NATO membership would be a threat Moscow would respond to", "THREATEN",
              ["Dmitry Peskov", "NATO"], "2022-05-12", "text", "occurred", "Kremlsprecher Dmitri Peskow hatte bereits"),
            E("Finland's leadership comes out for rapid NATO accession", "REQUEST", ["NATO"], "2022-05-12", "text",
              "occurred", "Die finnische Staatsführung",
              note="Finland is not canonical; statement of its president and prime minister"),
            E("Informal meeting of NATO foreign ministers in Berlin", "CONSULT", ["NATO"], "2022-05-15", "text",
              "planned", "informelles Treffen der Nato-Außenminister"),
        ],
        [
            S("Joint statement: Germany, United States, United Kingdom, France, European Union",
              "Will never recognise borders Russia has tried to shift by military force", "2022-05-14T12:00", "text",
              "Man werde niemals Grenzen anerkennen"),
            S("Joint statement: Germany, United States, United Kingdom, France, European Union",
              "Will continue military and financial support to Ukraine as long as necessary", "2022-05-14T12:00",
              "context", "Die G7 sagten der Ukraine zugleich zu"),
            S("Joint statement: Germany, United States, United Kingdom, France, European Union",
              "Beijing must not support Russia's war or undermine Western sanctions", "2022-05-14T12:00", "context",
              "Peking dürfe Russland"),
            S("Joint statement: Germany, United States, United Kingdom, France, European Union",
              "Belarus must stop making its territory available for attacks on Ukraine", "2022-05-14T12:00",
              "context", "Belarus forderten die G7 auf"),
            S("Germany", "Baerbock: Moscow is waging a 'grain war'", "2022-05-14", "published",
              "einen „Kornkrieg“ zu führen"),
            S("Germany", "Russia blocks Ukraine's ports, where 25 million tonnes of grain are stuck, and drives up "
              "prices", "2022-05-14", "published", "Russland blockiere die ukrainischen Schwarzmeerhäfen"),
            S("Germany", "The G7 will jointly look for ways to move the grain by rail and road to Baltic and Adriatic "
              "ports", "2022-05-14", "published", "Die G7 würden gemeinsam nach Wegen suchen"),
            S("Ukraine", "Kuleba demands more heavy weapons and the use of frozen Russian assets for reconstruction",
              "2022-05-13", "context", "Kuleba forderte mehr schwere Waffen"),
            S("Ukraine", "Kuleba: Russia must pay for what it has destroyed", "2022-05-13", "context",
              "Russland muss für das bezahlen"),
            S("Antony Blinken", "Holds out further help with air defence (State Department account)", "2022-05-13",
              "context", "Am Rande traf Kuleba Blinken"),
            S("Maria Zakharova", "Rejects the G7's accusations", "2022-05-14TAF", "text",
              "wies die Vorwürfe am Nachmittag zurück"),
            S("Maria Zakharova", "Western sanctions, not Russia, are to blame for the world food crisis",
              "2022-05-14TAF", "context", "Nicht Russland, sondern die westlichen Sanktionen"),
            S("Dmitry Peskov", "Finland joining NATO would be a threat to which Moscow would respond", "2022-05-12",
              "text", "Kremlsprecher Dmitri Peskow hatte bereits"),
        ],
        ["Germany", "United States", "Antony Blinken", "United Kingdom", "France", "European Union", "Russia",
         "Ukraine", "China", "Belarus", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "NATO"],
    ),
    doc(
        "b37de02_jahrestag_kiew_meloni_2024_02", "2024-02-24", DE02,
        [
            T("Zwei Jahre", "DURATION", "P2Y"),
            T("Samstagmorgen", "TIME", "2024-02-24TMO"),
            T("diesem Jahr", "DATE", "2024"),
            T("Nachmittag", "TIME", "2024-02-24TAF"),
            T("zehn Jahre", "DURATION", "P10Y"),
            T("dieses Jahr", "DATE", "2024"),
            T("jetzt", "DATE", "PRESENT_REF", note="in Zelensky's words"),
            T("einem Jahr", "DURATION", "P1Y", note="'nicht in einem Jahr': a point a year after the speech, 2025-02"),
            T("Anfang Februar", "DATE", "2024-02", mod="START"),
            T("März", "DATE", "2024-03"),
            T("Freitag", "DATE", "2024-02-23"),
            T("selben Tag", "DATE", "2024-02-23"),
            T("der Nacht zum Samstag", "TIME", "2024-02-23TNI", note="night of 23 to 24 February"),
            T("Samstag", "DATE", "2024-02-24", 1),
            T("vor zwei Jahren", "DATE", "2022"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Meloni, von der Leyen, Trudeau and De Croo visit Kyiv on the second anniversary", "CONSULT",
              ["Giorgia Meloni", "Ursula von der Leyen", "Volodymyr Zelensky"], "2024-02-24TMO", "text", "occurred",
              "trafen am Samstagmorgen mit dem Zug",
              note="Trudeau and De Croo are not canonical; Zelensky as host is named in the next sentence"),
            E("G7 leaders' video conference chaired by Meloni from Kyiv", "CONSULT", G7_02, "2024-02-24TAF", "text",
              "occurred", "Videokonferenz der G7"),
            E("G7 promise Ukraine further support", "AGREE", G7_02 + ["Ukraine"], "2024-02-24TAF", "context",
              "occurred", "In ihrer Erklärung sicherten die G7"),
            E("G7 announce further cuts to Russia's energy revenues", "SANCTION", G7_02 + ["Russia"], "2024-02-24",
              "published", "planned", "In ihrer Erklärung sicherten die G7",
              note="announced in the G7 statement; no date given"),
            E("G7 demand that Moscow clarify the circumstances of Navalny's death", "REQUEST", G7_02 + ["Russia"],
              "2024-02-24TAF", "context", "occurred", "die Umstände des Todes"),
            E("Meloni and Trudeau sign bilateral security agreements with Zelensky", "AGREE",
              ["Giorgia Meloni", "Volodymyr Zelensky"], "2024-02-24", "context", "occurred",
              "unterzeichneten anschließend mit Selenskyj", note="Canada is not canonical"),
            E("Italy commits to ten years of support for Ukraine", "AGREE", ["Giorgia Meloni", "Ukraine"],
              "2024-02-24", "context", "occurred", "Italien sagt darin Unterstützung"),
            E("Canada announces more than three billion Canadian dollars in military aid for this year", "AID",
              ["Ukraine"], "2024-02-24", "context", "occurred", "Italien sagt darin Unterstützung",
              note="Canada is not canonical"),
            E("Zelensky thanks his guests", "SUPPORT", ["Volodymyr Zelensky", "Giorgia Meloni", "Ursula von der Leyen"],
              "2024-02-24", "context", "occurred", "Selenskyj dankte seinen Gästen"),
            E("Zelensky presses for faster ammunition deliveries", "REQUEST", ["Volodymyr Zelensky"], "2024-02-24",
              "context", "occurred", "drängte er auf schnellere Munitionslieferungen"),
            E("First tranche of the EU's Ukraine Facility to be paid out in March", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2024-03", "text", "planned",
              "Von der Leyen versprach"),
            E("EU decides the 50-billion-euro Ukraine Facility", "AID", ["European Union", "Ukraine"], "2024-02", "text",
              "occurred", "Von der Leyen versprach", date_mod="START", note="special summit of 1 February 2024"),
            E("EU adopts its 13th sanctions package", "SANCTION", ["European Union", "Russia"], "2024-02-23", "text",
              "occurred", "ihr 13. Sanktionspaket"),
            E("US sanctions more than 500 people and companies", "SANCTION", ["United States", "Russia"], "2024-02-23",
              "text", "occurred", "ihr 13. Sanktionspaket"),
            E("Peskov: the goals of the special military operation will be achieved", "ASSAULT", ["Russia", "Ukraine"],
              "2024-02-24", "published", "planned", "die Ziele der militärischen Spezialoperation"),
            E("Medvedev threatens an advance on Kyiv", "THREATEN", ["Russia", "Ukraine"], "2024-02-24", "published",
              "occurred", "Medwedew drohte"),
            E("Russian drone attack on Ukraine; residential building hit in Odesa", "ASSAULT", ["Russia", "Ukraine"],
              "2024-02-23TNI", "text", "occurred", "In der Nacht zum Samstag hatte Russland"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "Kriegsbeginn vor zwei Jahren", note="24 February 2022"),
        ],
        [
            S("Joint statement: Giorgia Meloni, Joe Biden, Olaf Scholz, Emmanuel Macron",
              "Further support for Ukraine; Russia's energy revenues to be cut further", "2024-02-24TAF", "context",
              "In ihrer Erklärung sicherten die G7"),
            S("Joint statement: Giorgia Meloni, Joe Biden, Olaf Scholz, Emmanuel Macron",
              "Moscow must fully clarify the circumstances of Navalny's death", "2024-02-24TAF", "context",
              "die Umstände des Todes"),
            S("Volodymyr Zelensky", "Thanks his guests; a 'strong signal' to Moscow", "2024-02-24", "context",
              "Selenskyj dankte seinen Gästen"),
            S("Volodymyr Zelensky", "Ukraine needs artillery shells 'now and not in a year'", "2024-02-24", "context",
              "drängte er auf schnellere Munitionslieferungen"),
            S("Ursula von der Leyen", "The first tranche of the Ukraine Facility will be paid out in March",
              "2024-02-24", "published", "Von der Leyen versprach"),
            S("Joe Biden", "The US sanctions are also a response to Navalny's death", "2024-02-24", "published",
              "Biden hatte die amerikanischen Sanktionen"),
            S("Dmitry Peskov", "The goals of the special operation will be achieved; Western visits to Kyiv change "
              "nothing", "2024-02-24", "published", "die Ziele der militärischen Spezialoperation"),
            S("Russia", "Medvedev threatens again to advance as far as Kyiv", "2024-02-24", "published",
              "Medwedew drohte"),
            S("Ukraine", "Air force: more than 30 drones attacked Ukraine overnight", "2024-02-24", "published",
              "In der Nacht zum Samstag hatte Russland"),
            S("Germany", "Procurement office: part of Germany's arms aid to Ukraine is handled in Koblenz",
              "2024-02-24", "published", "Koblenzer Bundesamt"),
        ],
        ["Giorgia Meloni", "Ursula von der Leyen", "European Union", "Volodymyr Zelensky", "Ukraine", "Joe Biden",
         "United States", "Olaf Scholz", "Germany", "Emmanuel Macron", "France", "Russia", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b37de03_tschernobyl_40_jahre_2026_04", "2026-04-26", DE03,
        [
            T("40 Jahre", "DURATION", "P40Y"),
            T("Sonntag", "DATE", "2026-04-26", 0),
            T("der Nacht", "TIME", "2026-04-25TNI", note="night of 25 to 26 April"),
            T("1.23 Uhr Ortszeit", "TIME", "2026-04-26T01:23", note="local time (EEST)"),
            T("Jahr 1986", "DATE", "1986"),
            T("2016", "DATE", "2016"),
            T("Februar 2025", "DATE", "2025-02"),
            T("mindestens drei Jahre", "DURATION", "P3Y", mod="EQUAL_OR_MORE"),
            T("Samstag", "DATE", "2026-04-25", 0),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Samstag", "DATE", "2026-04-25", 1),
            T("1986", "DATE", "1986", 1),
            T("Sonntag", "DATE", "2026-04-26", 1),
            T("1991", "DATE", "1991"),
            T("2022", "DATE", "2022"),
            T("Juni", "DATE", "2026-06"),
        ],
        [
            E("Zelensky and IAEA chief Grossi visit the Chornobyl site", "CONSULT", ["Volodymyr Zelensky", "IAEA"],
              "2026-04-26", "text", "occurred", "gemeinsam das frühere Kraftwerksgelände besucht"),
            E("Russian drone strike on the Chornobyl shelter", "ASSAULT", ["Russia", "Ukraine"], "2025-02", "text",
              "occurred", "seit dem russischen Drohnenangriff vom Februar 2025",
              note="14 February 2025; Moscow calls it staged"),
            E("Donor conference in Kyiv on the shelter repair", "CONSULT", ["Ukraine", "Germany", "European Union"],
              "2026-04-25", "text", "occurred", "Auf einer Geberkonferenz in Kiew"),
            E("Donors pledge a further 120 million euros for the repair", "AID", ["Ukraine"], "2026-04-25", "text",
              "occurred", "Auf einer Geberkonferenz in Kiew"),
            E("Germany pledges 40 million euros for the repair", "AID", ["Germany", "Ukraine"], "2026-04-25",
              "context", "occurred", "Auf einer Geberkonferenz in Kiew"),
            E("EU pledges 50 million euros for the repair", "AID", ["European Union", "Ukraine"], "2026-04-25",
              "context", "occurred", "Auf einer Geberkonferenz in Kiew"),
            E("Zelensky accuses Russia of risking a new nuclear disaster", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-04-26", "context", "occurred", "Selenskyj warf Russland vor"),
            E("Zelensky asks the IAEA to extend its presence to all Ukrainian plants", "REQUEST",
              ["Volodymyr Zelensky", "IAEA"], "2026-04-26", "context", "occurred", "Er forderte die IAEA auf"),
            E("Zelensky demands the withdrawal of Russian troops from Zaporizhzhia", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-04-26", "context", "occurred", "Er forderte die IAEA auf"),
            E("Grossi to travel to Moscow again", "CONSULT", ["IAEA", "Russia"], "FUTURE_REF", "vague", "planned",
              "Grossi kündigte an"),
            E("Zakharova rejects Kyiv's accusations", "REJECT", ["Maria Zakharova", "Ukraine"], "2026-04-25", "text",
              "occurred", "hatte Kiewer Vorwürfe bereits am Samstag"),
            E("Zakharova calls the drone strike a staging by Kyiv", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-04-25", "context", "occurred", "Inszenierung des Kiewer Regimes"),
            E("Peskov: Russia ready to talk to the IAEA about safety at Zaporizhzhia", "AGREE",
              ["Dmitry Peskov", "IAEA"], "2026-04-26", "published", "occurred", "Russland sei bereit, mit der IAEA"),
            E("Peskov rules out returning the Zaporizhzhia plant to Ukraine", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-04-26", "published", "occurred", "Russland sei bereit, mit der IAEA"),
            E("Lukashenko accuses the West of driving Ukraine to fight to the last Ukrainian", "ACCUSE",
              ["Alexander Lukashenko"], "2026-04-26", "published", "occurred", "Kritik am Westen"),
            E("Von der Leyen promises further help protecting Ukraine's nuclear facilities", "AGREE",
              ["Ursula von der Leyen", "Ukraine"], "2026-04-26", "published", "occurred",
              "sicherte der Ukraine in einer Erklärung"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "Seit dem Kriegsbeginn 2022", note="24 February 2022"),
        ],
        [
            S("IAEA", "Grossi: the shelter has not been fully functional since the Russian drone strike of February "
              "2025", "2026-04-26", "context", "Grossi sagte vor der Schutzhülle"),
            S("IAEA", "The hole is provisionally sealed; the full repair will take at least three years", "2026-04-26",
              "context", "Das Loch im Dach"),
            S("Volodymyr Zelensky", "Russia's attacks on energy sites and occupation of Zaporizhzhia risk a new "
              "nuclear disaster", "2026-04-26", "context", "Selenskyj warf Russland vor"),
            S("Volodymyr Zelensky", "Russia has learned nothing from Chornobyl", "2026-04-26", "context",
              "hat aus Tschernobyl nichts gelernt"),
            S("Volodymyr Zelensky", "The IAEA should be present at all Ukrainian plant sites; Russian troops must "
              "leave Zaporizhzhia", "2026-04-26", "context", "Er forderte die IAEA auf"),
            S("IAEA", "Grossi will travel to Moscow again in the coming weeks", "2026-04-26", "context",
              "Grossi kündigte an"),
            S("Maria Zakharova", "Rejects Kyiv's accusations", "2026-04-25", "text",
              "hatte Kiewer Vorwürfe bereits am Samstag"),
            S("Maria Zakharova", "The strike on the shelter was a staging by the 'Kyiv regime' to extract more "
              "Western money", "2026-04-25", "context", "Inszenierung des Kiewer Regimes"),
            S("Dmitry Peskov", "Russia is ready to talk to the IAEA about Zaporizhzhia, but a return of the plant is "
              "not up for debate", "2026-04-26", "published", "Russland sei bereit, mit der IAEA"),
            S("Alexander Lukashenko", "The West drives Ukraine to fight 'to the last Ukrainian'", "2026-04-26",
              "published", "Kritik am Westen"),
            S("Ursula von der Leyen", "Promises Ukraine further help in protecting its nuclear facilities",
              "2026-04-26", "published", "sicherte der Ukraine in einer Erklärung"),
            S("Germany", "Environment minister Schneider: the anniversary is a warning more topical than ever",
              "2026-04-26", "published", "Carsten Schneider"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "IAEA", "Russia", "Germany", "European Union", "Ursula von der Leyen",
         "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Alexander Lukashenko", "Belarus"],
    ),
    doc(
        "b37de04_drohne_rumaenien_2025_09", "2025-09-15", DE04,
        [
            T("Sonntag", "DATE", "2025-09-14", 0),
            T("Samstagabend", "TIME", "2025-09-13TEV"),
            T("knapp 50 Minuten", "DURATION", "PT50M", mod="APPROX"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("dieser Woche", "DATE", "2025-W38"),
            T("Sonntag", "DATE", "2025-09-14", 1),
            T("Mittwoch vergangener Woche", "DATE", "2025-09-10"),
            T("der Nacht zum Montag", "TIME", "2025-09-14TNI", note="night of 14 to 15 September"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Romania summons the Russian ambassador over the airspace violation", "ACCUSE", ["Russia"], "2025-09-14",
              "text", "occurred", "den russischen Botschafter Wladimir Lipajew einbestellt",
              note="Romania is not canonical"),
            E("Russian drone attack on Ukrainian Danube ports; a drone enters Romanian airspace", "ASSAULT",
              ["Russia", "Ukraine"], "2025-09-13TEV", "text", "occurred", "Die Drohne vom Typ Geran"),
            E("German Eurofighters scrambled under NATO air policing", "MOBILIZE", ["Germany", "NATO"],
              "2025-09-13TEV", "context", "occurred", "Auch zwei Eurofighter der deutschen Luftwaffe"),
            E("Von der Leyen condemns a further reckless escalation by Russia", "ACCUSE",
              ["Ursula von der Leyen", "Russia"], "2025-09-15", "published", "occurred", "rücksichtslosen Eskalation"),
            E("Von der Leyen assures Romania of the EU's full solidarity", "SUPPORT",
              ["Ursula von der Leyen", "European Union"], "2025-09-15", "published", "occurred",
              "rücksichtslosen Eskalation", note="Romania is not canonical"),
            E("Commission to present a 19th sanctions package this week", "SANCTION", ["European Union", "Russia"],
              "2025-W38", "text", "planned", "19. Sanktionspaket"),
            E("Rutte phones Romania's president", "CONSULT", ["Mark Rutte"], "2025-09-14", "text", "occurred",
              "telefonierte nach Angaben der Allianz am Sonntag", note="Romania is not canonical"),
            E("NATO's Eastern Sentry mission to include Romania", "MOBILIZE", ["NATO", "Mark Rutte"], "2025-09-15",
              "published", "planned", "Die Mission „Eastern Sentry“", note="no date given"),
            E("Russian drones enter Polish airspace", "ASSAULT", ["Russia", "Poland"], "2025-09-10", "text",
              "occurred", "Die Mission „Eastern Sentry“"),
            E("NATO decides the Eastern Sentry mission", "MOBILIZE", ["NATO"], "2025-W37", "context", "occurred",
              "Die Mission „Eastern Sentry“",
              note="decided on 12 September 2025; the text dates only the incursion that preceded it"),
            E("Zelensky accuses Russia of deliberately testing NATO", "ACCUSE",
              ["Volodymyr Zelensky", "Russia", "NATO"], "2025-09-15", "published", "occurred",
              "Russland teste gezielt"),
            E("Zelensky asks the allies to shoot down Russian drones over Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2025-09-15", "published", "occurred", "Er forderte die Verbündeten auf"),
            E("Peskov dismisses the accusations as constant and unproven", "REJECT",
              ["Dmitry Peskov", "European Union"], "2025-09-15", "published", "occurred",
              "ihm lägen keine Informationen"),
            E("Russian embassy calls the accusations a provocation", "REJECT", ["Russia"], "2025-09-15", "published",
              "occurred", "bezeichnete die Vorwürfe als"),
            E("Russian attack on Izmail", "ASSAULT", ["Russia", "Ukraine"], "2025-09-14TNI", "text", "occurred",
              "In der Nacht zum Montag griff Russland"),
        ],
        [
            S("Ursula von der Leyen", "A further reckless escalation by Russia; full EU solidarity with Romania",
              "2025-09-15", "published", "rücksichtslosen Eskalation"),
            S("Kaja Kallas", "The Commission will present a 19th sanctions package this week", "2025-09-15",
              "published", "19. Sanktionspaket"),
            S("NATO", "Rutte phoned President Dan on Sunday", "2025-09-15", "published",
              "telefonierte nach Angaben der Allianz am Sonntag"),
            S("Mark Rutte", "Eastern Sentry will also cover Romania", "2025-09-14", "context",
              "Die Mission „Eastern Sentry“"),
            S("Volodymyr Zelensky", "Russia is deliberately testing NATO's reaction", "2025-09-15", "published",
              "Russland teste gezielt"),
            S("Volodymyr Zelensky", "The allies should shoot down Russian drones over Ukrainian territory",
              "2025-09-15", "published", "Er forderte die Verbündeten auf"),
            S("Dmitry Peskov", "Has no information on the incident; the Europeans accuse Russia constantly and "
              "without proof", "2025-09-15", "published", "ihm lägen keine Informationen"),
            S("Russia", "Embassy in Bucharest calls the accusations a provocation", "2025-09-15", "published",
              "bezeichnete die Vorwürfe als"),
            S("Ukraine", "Odesa military administration: Russia attacked Izmail overnight", "2025-09-15", "published",
              "In der Nacht zum Montag griff Russland"),
        ],
        ["Russia", "Ukraine", "Germany", "NATO", "European Union", "Ursula von der Leyen", "Kaja Kallas", "Mark Rutte",
         "Poland", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b37de05_ikrk_kriegsgefangene_2026_03", "2026-03-13", DE05,
        [
            T("Donnerstagabend", "TIME", "2026-03-12TEV"),
            T("April", "DATE", "2026-04"),
            T("Dienstag", "DATE", "2026-03-10"),
            T("den vergangenen vier Jahren", "DURATION", "P4Y"),
            T("den vergangenen Jahren", "DATE", "PAST_REF"),
            T("Freitag", "DATE", "2026-03-13", 0),
            T("vergangenen Samstag", "DATE", "2026-03-07"),
            T("der Nacht auf Freitag", "TIME", "2026-03-12TNI", note="night of 12 to 13 March"),
            T("2022", "DATE", "2022"),
            T("Samstag", "DATE", "2026-03-14", 1),
        ],
        [
            E("Moscow and Kyiv agree in principle to regular ICRC visits to prisoners of war", "AGREE",
              ["Russia", "Ukraine"], "2026-03-12TEV", "context", "occurred", "Darauf hätten sich Moskau und Kiew",
              note="announced by the ICRC president on Thursday evening; the ICRC is not canonical"),
            E("ICRC president meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2026-03-12", "context",
              "occurred", "Darauf hätten sich Moskau und Kiew", note="the ICRC is not canonical"),
            E("First ICRC visits to prison camps in both countries", "COOPERATE", ["Russia", "Ukraine"], "2026-04",
              "text", "planned", "Die ersten Besuche in Gefangenenlagern"),
            E("Lavrov receives the ICRC president in Moscow", "CONSULT", ["Sergey Lavrov"], "2026-03-10", "text",
              "occurred", "Spoljaric war am Dienstag in Moskau"),
            E("Lavrov promises ICRC access to camps in the occupied territories", "AGREE", ["Sergey Lavrov"],
              "2026-03-10", "context", "occurred", "Lawrow habe dabei zugesagt"),
            E("Lavrov's condition: Ukraine must open all its facilities in return", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-03-10", "context", "occurred", "Lawrow habe dabei zugesagt"),
            E("Zelensky thanks the ICRC and Switzerland for their mediation", "SUPPORT", ["Volodymyr Zelensky"],
              "2026-03-12", "context", "occurred", "Selenski dankte dem IKRK"),
            E("Sybiha demands ICRC access to Ukrainian civilians held in Russia", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-03-13", "published", "occurred", "Aussenminister Andrij Sybiha forderte"),
            E("Peskov accuses Kyiv of mistreating Russian prisoners of war", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2026-03-13", "context", "occurred", "Zugleich warf er Kiew vor"),
            E("UAE-mediated exchange of 210 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-03-07", "text",
              "occurred", "je 210 Gefangene", note="the UAE is not canonical"),
            E("Russian drone attack on Kharkiv region", "ASSAULT", ["Russia", "Ukraine"], "2026-03-12TNI", "text",
              "occurred", "In der Nacht auf Freitag griff Russland"),
            E("Kallas welcomes the commitment", "SUPPORT", ["Kaja Kallas", "Russia", "Ukraine"], "2026-03-13",
              "published", "occurred", "Kallas begrüsste die Zusage"),
            E("Kallas calls on Russia to return the deported Ukrainian children", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-03-13", "published", "occurred", "Kallas begrüsste die Zusage"),
        ],
        [
            S("Sergey Lavrov", "ICRC delegates may visit camps in the occupied territories if Ukraine opens all its "
              "facilities in return", "2026-03-10", "context", "Lawrow habe dabei zugesagt"),
            S("Volodymyr Zelensky", "Thanks the ICRC and Switzerland for their mediation", "2026-03-12", "context",
              "Selenski dankte dem IKRK"),
            S("Volodymyr Zelensky", "What matters is that the visits actually take place", "2026-03-12", "context",
              "Entscheidend sei"),
            S("Andrii Sybiha", "ICRC delegates must get access to some 16,000 Ukrainian civilians held in Russia",
              "2026-03-13", "published", "Aussenminister Andrij Sybiha forderte"),
            S("Dmitry Peskov", "Confirms the talks, but speaks only of cooperation on the basis of reciprocity",
              "2026-03-13", "text", "bestätigte am Freitag die Gespräche"),
            S("Dmitry Peskov", "Kyiv mistreats Russian prisoners of war", "2026-03-13", "context",
              "Zugleich warf er Kiew vor"),
            S("Ukraine", "Two people injured in the drone attack on Kharkiv region", "2026-03-13", "published",
              "In der Nacht auf Freitag griff Russland"),
            S("Kaja Kallas", "Welcomes the commitment; Russia must also return the deported Ukrainian children",
              "2026-03-13", "published", "Kallas begrüsste die Zusage"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Sergey Lavrov", "Andrii Sybiha", "Dmitry Peskov", "Kremlin",
         "Kaja Kallas", "European Union"],
    ),
    doc(
        "b37de06_scholz_astana_tokajew_2024_09", "2024-09-17", DE06,
        [
            T("Montagabend", "TIME", "2024-09-16TEV"),
            T("Sonntag", "DATE", "2024-09-15", 0),
            T("2023", "DATE", "2023"),
            T("Sonntag", "DATE", "2024-09-15", 1),
            T("heutigen Dienstag", "DATE", "2024-09-17"),
            T("Jahr 2022", "DATE", "2022"),
            T("der Nacht zum Dienstag", "TIME", "2024-09-16TNI", note="night of 16 to 17 September"),
            T("den vergangenen 35 Jahren", "DURATION", "P35Y"),
        ],
        [
            E("Scholz and Tokayev hold talks and a joint press conference in Astana", "CONSULT", ["Olaf Scholz"],
              "2024-09-16TEV", "text", "occurred", "Bei einer gemeinsamen Pressekonferenz",
              note="Kazakhstan is not canonical"),
            E("Tokayev calls on Moscow and Kyiv to negotiate", "REQUEST", ["Russia", "Ukraine"], "2024-09-16TEV",
              "context", "occurred", "Er rief Moskau und Kiew", note="Tokayev is not canonical"),
            E("Tokayev backs the Chinese-Brazilian peace proposal", "SUPPORT", ["China"], "2024-09-16TEV", "context",
              "occurred", "Er rief Moskau und Kiew"),
            E("Scholz: Russia can end the war by withdrawing its troops", "REQUEST", ["Olaf Scholz", "Russia"],
              "2024-09-16TEV", "context", "occurred", "Russland könne diesen Krieg jederzeit beenden"),
            E("Scholz: Russia should take part in the next peace conference", "REQUEST", ["Olaf Scholz", "Russia"],
              "2024-09-16TEV", "context", "occurred", "Bei der nächsten Friedenskonferenz"),
            E("Scholz warns Central Asian states against becoming hubs for sanctions evasion", "REQUEST",
              ["Olaf Scholz"], "2024-09-16TEV", "context", "occurred", "Scholz mahnte"),
            E("Tokayev assures Scholz that Kazakhstan complies with the sanctions", "AGREE", ["Olaf Scholz"],
              "2024-09-16TEV", "context", "occurred", "Tokajew versicherte", note="Kazakhstan is not canonical"),
            E("Scholz signs a migration agreement with Uzbekistan", "AGREE", ["Olaf Scholz"], "2024-09-15", "text",
              "occurred", "Migrationsabkommen", note="Uzbekistan is not canonical"),
            E("Central Asia summit with Scholz in Astana", "CONSULT", ["Olaf Scholz"], "2024-09-17", "text",
              "planned", "Am heutigen Dienstag kommt Scholz"),
            E("Peskov praises Tokayev's assessment", "SUPPORT", ["Dmitry Peskov"], "2024-09-17", "published",
              "occurred", "sehr zutreffenden Einschätzung"),
            E("Peskov dismisses Scholz's peace-conference proposal", "REJECT", ["Dmitry Peskov", "Olaf Scholz"],
              "2024-09-17", "published", "occurred", "nannte Peskow bedeutungslos"),
            E("Peskov's condition: the West must stop arming Ukraine", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2024-09-17", "published", "occurred", "nannte Peskow bedeutungslos"),
            E("Sybiha rejects the claim of Russian invincibility", "REJECT", ["Andrii Sybiha", "Russia"], "2024-09-17",
              "published", "occurred", "Andrij Sybiha schrieb auf X"),
            E("Russia's failure before Kyiv", "RETREAT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "Andrij Sybiha schrieb auf X",
              note="the withdrawal from the Kyiv region in spring 2022, as Sybiha describes it"),
            E("Russian glide-bomb attack on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2024-09-16TNI", "text",
              "occurred", "In der Nacht zum Dienstag griff Russland"),
        ],
        [
            S("Olaf Scholz", "Russia can end the war at any time by withdrawing its troops from Ukraine",
              "2024-09-16TEV", "context", "Russland könne diesen Krieg jederzeit beenden"),
            S("Olaf Scholz", "Russia should also sit at the table at the next peace conference", "2024-09-16TEV",
              "context", "Bei der nächsten Friedenskonferenz"),
            S("Olaf Scholz", "It is time to talk about how to get from war to peace faster (ZDF)", "2024-09-15", "text",
              "Bereits am Sonntag hatte Scholz"),
            S("Olaf Scholz", "The states of the region must not become hubs for evading the sanctions against Russia",
              "2024-09-16TEV", "context", "Scholz mahnte"),
            S("Dmitry Peskov", "Tokayev's assessment is 'very accurate'", "2024-09-17", "published",
              "sehr zutreffenden Einschätzung"),
            S("Dmitry Peskov", "Scholz's proposal to invite Russia to a peace conference is meaningless while the West "
              "arms Ukraine", "2024-09-17", "published", "nannte Peskow bedeutungslos"),
            S("Andrii Sybiha", "Russia failed before Kyiv in 2022; nobody should repeat the propaganda of its "
              "invincibility", "2024-09-17", "published", "Andrij Sybiha schrieb auf X"),
            S("Ukraine", "Russia attacked Kharkiv with glide bombs overnight", "2024-09-17", "published",
              "In der Nacht zum Dienstag griff Russland"),
        ],
        ["Olaf Scholz", "Germany", "Russia", "Ukraine", "China", "Dmitry Peskov", "Kremlin", "Andrii Sybiha"],
    ),
]
