"""German articles of the blind52 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b52de01 (GTAI, Germany Trade & Invest, Tokio)
DE01 = """
Japan hält an Flüssiggas aus Sachalin fest – Washington erhöht den Druck

Tokio (GTAI) – Japan will trotz wachsenden Drucks aus den USA vorerst weiter Flüssigerdgas (LNG) aus dem russischen Projekt Sachalin-2 beziehen.
Bei ihrem ersten Treffen mit US-Präsident Donald Trump am Dienstag im Akasaka-Palast habe Premierministerin Sanae Takaichi die Bedeutung der Lieferungen für die Energiesicherheit des rohstoffarmen Landes betont, hieß es aus Regierungskreisen.
Trump hatte am Montag vor seinem Abflug aus Kuala Lumpur erklärt, er erwarte von allen Verbündeten, dass sie den Kauf russischer Energie einstellten.
Beide Seiten unterzeichneten am Dienstag ein Rahmenabkommen über die Versorgung mit kritischen Mineralien und Seltenen Erden.
Zur Frage des russischen Gases sagte Regierungssprecher Minoru Kihara am Mittwochmorgen, Japan handle „in enger Abstimmung mit den G7-Partnern“, ein sofortiger Importstopp sei aber „nicht realistisch“.

US-Finanzminister Scott Bessent hatte Mitte Oktober nach einem Treffen mit seinem japanischen Amtskollegen Katsunobu Kato in Washington gesagt, er erwarte, dass Tokio die Einfuhren russischer Energie beende.
Am 22. Oktober setzte das US-Finanzministerium zudem die beiden größten russischen Ölkonzerne Rosneft und Lukoil auf seine Sanktionsliste.
Japanische Handelshäuser prüfen seither, welche Folgen das für das Ölprojekt Sachalin-1 hat, an dem auch Rosneft beteiligt ist.

Nach Angaben des Wirtschaftsministeriums METI stammten 2024 rund 9 Prozent der japanischen LNG-Importe aus Russland, fast ausschließlich aus Sachalin-2.
Die Handelshäuser Mitsui und Mitsubishi halten zusammen 22,5 Prozent an dem Projekt, dessen Mehrheitseigner der russische Staatskonzern Gazprom ist.
Gleichzeitig hat Tokio seine eigenen Sanktionen verschärft: Im September senkte die Regierung die Preisobergrenze für russisches Rohöl auf 47,60 US-Dollar je Barrel und zog damit mit der EU gleich.

In Moskau sagte Kremlsprecher Dmitri Peskow am Dienstag, Russland sei ein verlässlicher Lieferant und gehe davon aus, dass japanische Firmen ihre Verträge aus „eigenem wirtschaftlichem Interesse“ erfüllten.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Tokio dagegen vor, sich mit seiner Sanktionspolitik „dem Diktat Washingtons“ zu unterwerfen.
Der ukrainische Außenminister Andrij Sybiha rief Japan auf, „jede Einnahmequelle der russischen Kriegsmaschine“ zu schließen.

Trump reiste am Mittwoch weiter nach Südkorea, wo er am Donnerstag in Busan mit Chinas Staatschef Xi Jinping zusammentreffen will.
Auch dort dürfte russisches Öl zur Sprache kommen: Washington wirft Peking vor, mit seinen Käufen den Krieg gegen die Ukraine zu finanzieren.
Für japanische LNG-Importeure bleibt die Lage nach Einschätzung von Branchenvertretern in den kommenden Monaten unsicher.
"""

# ---------------------------------------------------------------- b52de02 (KBS World Radio, German service)
DE02 = """
Pjöngjang bestätigt erstmals Soldaten in Kursk – Seoul spricht von eingestandenen Kriegsverbrechen

Seoul (KBS) – Nordkorea hat erstmals offiziell bestätigt, Truppen zur Unterstützung Russlands in die Region Kursk entsandt zu haben.
Der Einsatz sei auf Befehl von Machthaber Kim Jong-un und im Einklang mit dem Vertrag über eine umfassende strategische Partnerschaft beider Länder erfolgt, meldete die staatliche Nachrichtenagentur KCNA am Montag unter Berufung auf die Zentrale Militärkommission der Arbeiterpartei.
Die Soldaten hätten die „Befreiung“ des Gebiets von ukrainischen Truppen entscheidend unterstützt, hieß es weiter.

Kremlchef Wladimir Putin dankte Kim und den nordkoreanischen Soldaten noch am selben Tag in einer Erklärung für ihren „Heldenmut“.
Russland werde die Opfer der koreanischen Freunde niemals vergessen, hieß es in der vom Kreml veröffentlichten Mitteilung.
Bereits am Samstag hatte Generalstabschef Waleri Gerassimow dem Präsidenten gemeldet, die Region Kursk sei vollständig zurückerobert, und dabei erstmals die Beteiligung nordkoreanischer Einheiten erwähnt.

Die Ukraine wies die Darstellung zurück: Die Kämpfe im Gebiet Kursk dauerten an, erklärte der Generalstab in Kiew.
Präsident Wolodymyr Selenskyj sagte in seiner Videoansprache am Montagabend, das Eingeständnis Pjöngjangs zeige, dass Moskau diesen Krieg nicht allein führen könne, und forderte mehr Druck auf Russland.

Das südkoreanische Außenministerium verurteilte die Erklärung am Dienstag scharf.
Pjöngjang und Moskau hätten damit eingestanden, gemeinsam gegen Resolutionen des UN-Sicherheitsrats zu verstoßen, sagte ein Sprecher.
Am Nachmittag bestellte das Ministerium den russischen Botschafter Georgi Sinowjew ein.

Kremlsprecher Dmitri Peskow sagte am Dienstag, die Zusammenarbeit mit Pjöngjang richte sich gegen kein drittes Land und stehe im Einklang mit dem Völkerrecht.
Kritik aus Seoul und Tokio wies er als „Einmischung in die Angelegenheiten zweier souveräner Staaten“ zurück.
Das US-Außenministerium erklärte, die offene Beteiligung nordkoreanischer Truppen sei eine „gefährliche Ausweitung“ des Krieges, für die Moskau und Pjöngjang die Verantwortung trügen.
Nato-Generalsekretär Mark Rutte hatte bereits im Herbst gewarnt, Russland bezahle die Hilfe mit Technologie, die Nordkoreas Raketenprogramm voranbringe.

Nach Erkenntnissen des südkoreanischen Geheimdienstes NIS hatte Pjöngjang seit Oktober vergangenen Jahres rund 15.000 Soldaten nach Russland geschickt, von denen etwa 4.700 getötet oder verwundet worden seien.
Beide Länder hatten ihren Beistandsvertrag im Juni vergangenen Jahres bei einem Besuch Putins in Pjöngjang unterzeichnet; er trat im Dezember in Kraft.
Die Regierung in Seoul will in den kommenden Tagen mit den USA und Japan über eine gemeinsame Reaktion beraten.
"""

# ---------------------------------------------------------------- b52de03 (CRI Deutsch, China Radio International)
DE03 = """
Xi Jinping und Wladimir Putin beraten per Video – China bekräftigt „objektive und unparteiische“ Haltung

Peking (CRI) – Staatspräsident Xi Jinping hat am Freitagnachmittag in einer Videoschaltung mit dem russischen Präsidenten Wladimir Putin gesprochen.
China werde in der Ukraine-Krise an seiner „objektiven und unparteiischen Haltung“ festhalten und die internationale Gemeinschaft zu einer konstruktiven Rolle bei der friedlichen Beilegung ermutigen, sagte Xi nach Angaben der Nachrichtenagentur Xinhua.
Der Weg zu Friedensgesprächen werde nicht eben sein, doch solange man nicht aufgebe, gebe es Hoffnung auf Frieden, zitierte Xinhua den chinesischen Staatschef.

China sei bereit, mit Russland die strategische Koordinierung zu vertiefen und gemeinsam gegen „Hegemonie und Machtpolitik“ einzutreten, sagte Xi weiter.
Putin lud Xi nach Angaben des Kremls zu einem Staatsbesuch im kommenden Frühjahr nach Moskau ein.
Ein solcher Besuch werde „der ganzen Welt die Stärke der russisch-chinesischen Beziehungen“ zeigen, sagte Putin in dem im russischen Fernsehen übertragenen Auftakt des Gesprächs.
Russland wolle zudem die Zusammenarbeit der Streitkräfte beider Länder ausbauen, fügte er hinzu.

Kremlberater Juri Uschakow sagte anschließend vor Journalisten, die Lage in der Ukraine sei „ausführlich“ erörtert worden.
Xi habe keine konkreten Vermittlungsvorschläge unterbreitet, die Unterredung sei aber „vertrauensvoll“ gewesen.

Außenamtssprecher Wang Wenbin hatte am Donnerstag in Peking betont, China stehe „auf der Seite des Friedens“ und werde weiter Gespräche fördern.
Vorwürfe aus Washington, Peking helfe Moskau bei der Umgehung westlicher Sanktionen, wies er als „haltlos“ zurück.

Am selben Tag hatte Russland die Ukraine nach Kiewer Angaben mit mehr als 120 Raketen angegriffen.
Der ukrainische Außenminister Dmytro Kuleba hatte zuletzt vorgeschlagen, bis Ende Februar einen Friedensgipfel bei den Vereinten Nationen abzuhalten, und China zur Unterstützung der Friedensformel von Präsident Wolodymyr Selenskyj aufgerufen.
Russlands Außenminister Sergej Lawrow wies den Plan am Dienstag zurück und verlangte, Kiew müsse die „neuen territorialen Realitäten“ anerkennen.

Das US-Außenministerium äußerte sich besorgt über die wachsende Nähe zwischen Peking und Moskau.
Persönlich waren sich Xi und Putin im September am Rande des SCO-Gipfels im usbekischen Samarkand begegnet.
"""

# ---------------------------------------------------------------- b52de04 (VOV5 Deutsch, Stimme Vietnams)
DE04 = """
Generalsekretär To Lam und Präsident Putin heben Beziehungen auf neue Stufe

Moskau (VOV) – Der Generalsekretär der Kommunistischen Partei Vietnams, To Lam, und der russische Präsident Wladimir Putin haben am Samstag im Kreml offizielle Gespräche geführt.
Beide Seiten verabschiedeten eine gemeinsame Erklärung zur weiteren Vertiefung der umfassenden strategischen Partnerschaft, deren Grundstein vor 75 Jahren mit der Aufnahme diplomatischer Beziehungen gelegt worden war.
Zudem wurden mehr als ein Dutzend Abkommen unterzeichnet, darunter über den Bau eines Zentrums für Nuklearforschung und Technologie in Vietnam sowie über die Öl- und Gasförderung im Ostmeer.

Putin würdigte Vietnam als „verlässlichen Freund“ und dankte To Lam für seine Teilnahme an den Feierlichkeiten zum 80. Jahrestag des Sieges im Großen Vaterländischen Krieg.
Nach Angaben von Kremlberater Juri Uschakow unterrichtete Putin seinen Gast auch über die Lage in der Ukraine und die Kontakte mit der US-Regierung.
To Lam bekräftigte, Vietnam unterstütze alle Bemühungen um eine friedliche Lösung durch Dialog auf der Grundlage des Völkerrechts und der UN-Charta.

Am Freitag hatte To Lam gemeinsam mit Chinas Staatschef Xi Jinping und rund zwei Dutzend weiteren Staats- und Regierungschefs auf dem Roten Platz die Parade verfolgt, an der erstmals auch ein Ehrenbataillon der Vietnamesischen Volksarmee teilnahm.
Die Ukraine hatte ausländische Gäste Ende April davor gewarnt, nach Moskau zu reisen, da sie für deren Sicherheit nicht garantieren könne.

In der Nacht zum Sonntag schlug Putin im Kreml direkte Verhandlungen mit der Ukraine vor, die am 15. Mai in Istanbul beginnen sollen.
Russland wolle die Gespräche „ohne Vorbedingungen“ wieder aufnehmen, die Kiew im Frühjahr 2022 abgebrochen habe, sagte Putin vor Journalisten.
Am Samstag hatten die Staats- und Regierungschefs Frankreichs, Deutschlands, Großbritanniens und Polens bei einem Besuch in Kiew eine bedingungslose 30-tägige Waffenruhe ab Montag gefordert und Moskau andernfalls mit schärferen Sanktionen gedroht.
Kremlsprecher Dmitri Peskow nannte die „Sprache von Ultimaten“ inakzeptabel.

To Lam reist am Sonntag zu einem offiziellen Besuch nach Belarus weiter, wo ihn Präsident Alexander Lukaschenko am Montag in Minsk empfangen wird.
Vor seiner Russland-Reise hatte der Generalsekretär Kasachstan besucht.
Vietnam pflegt nach dem Grundsatz der „Bambus-Diplomatie“ auch Beziehungen zur Ukraine; Vizeaußenministerin Nguyen Minh Hang hatte im Februar in Kiew politische Konsultationen geführt.
"""

# ---------------------------------------------------------------- b52de05 (Die Woche, German-language weekly in Australia)
DE05 = """
Oscar Jenkins ist frei: Lehrer aus Melbourne nach 15 Monaten Gefangenschaft zurück

Sydney – Der in der Ukraine in russische Gefangenschaft geratene Australier Oscar Jenkins ist wieder in Freiheit.
Der Lehrer aus Melbourne kam am Freitag bei einem Gefangenenaustausch zwischen Russland und der Ukraine frei, bei dem nach Angaben beider Seiten jeweils 157 Kriegsgefangene übergeben wurden.
Vermittelt hatten den Austausch einmal mehr die Vereinigten Arabischen Emirate.
Am Sonntagmorgen landete Jenkins in Begleitung von Konsularbeamten in Melbourne-Tullamarine, wo ihn seine Eltern erwarteten.

Premierminister Anthony Albanese sprach am Montag in Canberra von einer „riesigen Erleichterung für die Familie und für ganz Australien“.
Er dankte dem ukrainischen Präsidenten Wolodymyr Selenskyj, der Jenkins nach Angaben Canberras auf die Austauschliste setzen ließ, sowie der Führung der Emirate.
Außenministerin Penny Wong kündigte an, Australien werde sich weiter für die Freilassung aller ausländischen Freiwilligen in russischer Haft einsetzen.

Jenkins war im Dezember 2024 bei Kämpfen in der Ostukraine gefangen genommen worden, nachdem er sich den ukrainischen Streitkräften angeschlossen hatte.
Im Februar 2025 sorgten Berichte über seinen möglichen Tod für Empörung; Canberra bestellte damals den russischen Botschafter Alexej Pawlowski ein und drohte Moskau mit „ernsten Konsequenzen“.
Erst im März 2025 bestätigte Moskau, dass Jenkins lebe und sich in einem Lager befinde.
Ein Gericht im besetzten Luhansk verurteilte ihn im vergangenen Herbst als „Söldner“ zu 13 Jahren Haft, was Kiew als Verstoß gegen die Genfer Konventionen verurteilte.

Das russische Außenministerium bezeichnete die Freilassung als „Geste des guten Willens“.
Sprecherin Maria Sacharowa forderte Australien auf, seine Bürger künftig von der Teilnahme an den Kämpfen abzuhalten.
Kremlsprecher Dmitri Peskow sagte, weitere Austausche seien möglich, wenn Kiew „konstruktiv“ bleibe.
Der ukrainische Außenminister Andrij Sybiha schrieb auf X, noch immer befänden sich Tausende Ukrainer in russischer Haft.

Australien hat seit Februar 2022 mehr als 1.400 russische Personen und Organisationen mit Sanktionen belegt und der Ukraine Militärhilfe im Wert von über 1,5 Milliarden australischen Dollar zugesagt.
In Melbourne hatten Mitglieder der ukrainischen und der deutschsprachigen Gemeinde seit Monaten Mahnwachen für Jenkins abgehalten.
Er wolle sich zunächst erholen und sich in den kommenden Wochen öffentlich äußern, teilte die Familie mit.
"""

# ---------------------------------------------------------------- b52de06 (Finanz und Wirtschaft, Zürich)
DE06 = """
Indien wirft der EU Doppelmoral vor

Neu-Delhi – Die indische Regierung hat die Sanktionen der Europäischen Union gegen den Raffineriebetreiber Nayara Energy scharf zurückgewiesen.
Indien unterstütze keine einseitigen Sanktionsmassnahmen, erklärte Aussenamtssprecher Randhir Jaiswal am Freitag, nachdem Brüssel am Vormittag das 18. Sanktionspaket gegen Russland verabschiedet hatte.
Die Energiesicherheit der eigenen Bevölkerung habe „höchste Priorität“, und es dürfe „keine doppelten Standards“ geben, insbesondere im Energiehandel.

Das Paket, auf das sich die 27 Mitgliedstaaten nach wochenlanger Blockade durch die Slowakei geeinigt hatten, setzt erstmals eine Raffinerie in Indien auf die EU-Liste.
Der russische Staatskonzern Rosneft hält 49,13 Prozent an Nayara, deren Anlage in Vadinar jährlich rund 20 Millionen Tonnen Rohöl verarbeitet.
Zudem senkt die EU die Preisobergrenze für russisches Rohöl auf 47,60 Dollar je Fass und verbietet ab dem 21. Januar 2026 die Einfuhr von Treibstoffen, die in Drittstaaten aus russischem Rohöl hergestellt wurden.
Nayara nannte die Massnahmen „ungerecht und unbegründet“ und kündigte an, alle rechtlichen Schritte zu prüfen.

Bereits am Dienstag vergangener Woche hatte Nato-Generalsekretär Mark Rutte in Washington gewarnt, Indien, China und Brasilien könnten von Sekundärsanktionen „sehr hart getroffen“ werden, wenn sie weiter russisches Öl kauften.
Er forderte die Regierungen in Neu-Delhi, Peking und Brasília auf, Kremlchef Wladimir Putin zu ernsthaften Friedensgesprächen zu drängen.
Hintergrund ist ein Ultimatum von US-Präsident Donald Trump, der Russland am 14. Juli 50 Tage Zeit für eine Waffenruhe gegeben und andernfalls Strafzölle von rund 100 Prozent gegen Abnehmer russischen Öls angedroht hatte.
Indiens Ölminister Hardeep Singh Puri sagte am Wochenende, sein Land könne Ausfälle russischer Lieferungen notfalls ausgleichen.

In Moskau nannte Kremlsprecher Dmitri Peskow das Paket am Freitag „illegal“; Russland habe sich längst an die Sanktionen angepasst.
EU-Aussenbeauftragte Kaja Kallas sprach von einem der „bisher härtesten Pakete“ und kündigte weitere Schritte an, solange Russland seinen Krieg fortsetze.
Die EU und Indien wollen ihr Freihandelsabkommen dennoch bis Jahresende abschliessen; die nächste Verhandlungsrunde ist für September in Neu-Delhi angesetzt.

An der Börse in Mumbai gaben die Aktien von Reliance Industries am Montag leicht nach, während Händler in Genf mit höheren Dieselprämien in Europa rechnen.
Indien bezog im vergangenen Jahr rund 35 Prozent seines Rohöls aus Russland und war damit nach China der zweitgrösste Abnehmer.
Ob die Schweiz das 18. Paket übernimmt, entscheidet der Bundesrat in den kommenden Wochen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b52de01_sachalin_lng_trump_tokio_2025_10", "2025-10-29", DE01,
        [
            T("Dienstag", "DATE", "2025-10-28", 0),
            T("Montag", "DATE", "2025-10-27"),
            T("Dienstag", "DATE", "2025-10-28", 1),
            T("Mittwochmorgen", "TIME", "2025-10-29TMO"),
            T("Mitte Oktober", "DATE", "2025-10", mod="MID"),
            T("22. Oktober", "DATE", "2025-10-22"),
            T("2024", "DATE", "2024"),
            T("September", "DATE", "2025-09"),
            T("Dienstag", "DATE", "2025-10-28", 2),
            T("Mittwoch", "DATE", "2025-10-29"),
            T("Donnerstag", "DATE", "2025-10-30"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        ],
        [
            E("Trump meets Prime Minister Takaichi at the Akasaka Palace", "CONSULT", ["Donald Trump"], "2025-10-28",
              "text", "occurred", "Bei ihrem ersten Treffen mit US-Präsident"),
            E("Trump expects all allies to stop buying Russian energy", "REQUEST", ["Donald Trump"], "2025-10-27",
              "text", "occurred", "vor seinem Abflug aus Kuala Lumpur"),
            E("US and Japan sign a framework agreement on critical minerals and rare earths", "AGREE",
              ["Donald Trump"], "2025-10-28", "text", "occurred", "Rahmenabkommen über die Versorgung"),
            E("Japan calls an immediate stop of Russian LNG imports unrealistic", "REJECT", ["United States"],
              "2025-10-29TMO", "text", "occurred", "sofortiger Importstopp"),
            E("Bessent meets Japan's finance minister Kato in Washington", "CONSULT", ["United States"], "2025-10",
              "text", "occurred", "Mitte Oktober nach einem Treffen", date_mod="MID"),
            E("Bessent expects Tokyo to end imports of Russian energy", "REQUEST", ["United States"], "2025-10",
              "text", "occurred", "Mitte Oktober nach einem Treffen", date_mod="MID"),
            E("US Treasury sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "Am 22. Oktober setzte"),
            E("Japan lowers the price cap on Russian crude to 47.60 dollars", "SANCTION", ["Russia"], "2025-09", "text",
              "occurred", "Im September senkte die Regierung"),
            E("Zakharova accuses Tokyo of submitting to Washington's dictate", "ACCUSE", ["Maria Zakharova"],
              "2025-10-29", "published", "occurred", "Maria Sacharowa, warf Tokio"),
            E("Sybiha calls on Japan to close every revenue source of Russia's war machine", "REQUEST",
              ["Andrii Sybiha"], "2025-10-29", "published", "occurred", "rief Japan auf"),
            E("Trump travels on to South Korea", "CONSULT", ["Donald Trump"], "2025-10-29", "text", "occurred",
              "Trump reiste am Mittwoch weiter"),
            E("Trump to meet Xi Jinping in Busan", "CONSULT", ["Donald Trump", "Xi Jinping"], "2025-10-30", "text",
              "planned", "Trump reiste am Mittwoch weiter"),
            E("Washington accuses Beijing of financing the war with its oil purchases", "ACCUSE",
              ["United States", "China"], "2025-10-29", "published", "occurred", "Washington wirft Peking vor"),
        ],
        [
            S("Donald Trump", "Expects all allies to stop buying Russian energy", "2025-10-27", "text",
              "vor seinem Abflug aus Kuala Lumpur"),
            S("United States", "Bessent expects Tokyo to end imports of Russian energy", "2025-10", "text",
              "Mitte Oktober nach einem Treffen"),
            S("Dmitry Peskov", "Russia is a reliable supplier; Japanese firms will honour their contracts out of "
              "their own economic interest", "2025-10-28", "text", "verlässlicher Lieferant"),
            S("Maria Zakharova", "Tokyo submits to Washington's dictate with its sanctions", "2025-10-29", "published",
              "Maria Sacharowa, warf Tokio"),
            S("Andrii Sybiha", "Japan should close every revenue source of the Russian war machine", "2025-10-29",
              "published", "rief Japan auf"),
            S("United States", "Beijing finances the war against Ukraine with its oil purchases", "2025-10-29",
              "published", "Washington wirft Peking vor"),
        ],
        ["Donald Trump", "United States", "Russia", "European Union", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "Andrii Sybiha", "Ukraine", "Xi Jinping", "China"],
    ),
    doc(
        "b52de02_nordkorea_kursk_bestaetigung_2025_04", "2025-04-29", DE02,
        [
            T("Montag", "DATE", "2025-04-28"),
            T("selben Tag", "DATE", "2025-04-28"),
            T("Samstag", "DATE", "2025-04-26"),
            T("Montagabend", "TIME", "2025-04-28TEV"),
            T("Dienstag", "DATE", "2025-04-29", 0),
            T("Nachmittag", "TIME", "2025-04-29TAF"),
            T("Dienstag", "DATE", "2025-04-29", 1),
            T("Herbst", "DATE", "2024-FA"),
            T("Oktober vergangenen Jahres", "DATE", "2024-10"),
            T("Juni vergangenen Jahres", "DATE", "2024-06"),
            T("Dezember", "DATE", "2024-12"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Putin thanks Kim Jong-un and the North Korean soldiers for their heroism", "SUPPORT",
              ["Vladimir Putin"], "2025-04-28", "text", "occurred", "dankte Kim"),
            E("Ukraine rejects Russia's claim that Kursk has been retaken", "REJECT", ["Ukraine", "Russia"],
              "2025-04-29", "published", "occurred", "Die Ukraine wies die Darstellung zurück"),
            E("Zelensky: the admission shows Moscow cannot wage the war alone", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-04-28TEV", "text", "occurred", "Videoansprache am Montagabend"),
            E("Zelensky calls for more pressure on Russia", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-04-28TEV", "text", "occurred", "Videoansprache am Montagabend"),
            E("Seoul accuses Pyongyang and Moscow of jointly violating Security Council resolutions", "ACCUSE",
              ["Russia"], "2025-04-29", "context", "occurred", "gemeinsam gegen Resolutionen"),
            E("South Korea summons the Russian ambassador", "ACCUSE", ["Russia"], "2025-04-29TAF", "text", "occurred",
              "bestellte das Ministerium den russischen Botschafter"),
            E("Peskov rejects criticism from Seoul and Tokyo as interference", "REJECT", ["Dmitry Peskov"],
              "2025-04-29", "context", "occurred", "Kritik aus Seoul und Tokio"),
            E("US State Department holds Moscow and Pyongyang responsible for a dangerous expansion of the war",
              "ACCUSE", ["United States", "Russia"], "2025-04-29", "published", "occurred", "gefährliche Ausweitung"),
            E("Rutte warns that Russia pays for the help with missile technology", "ACCUSE", ["Mark Rutte", "Russia"],
              "2024-FA", "text", "occurred", "Rutte hatte bereits im Herbst"),
            E("North Korea has sent about 15,000 soldiers to Russia since October 2024", "MOBILIZE", ["Russia"],
              "2024-10", "text", "occurred", "seit Oktober vergangenen Jahres", date_mod="START"),
            E("Putin visits Pyongyang", "CONSULT", ["Vladimir Putin"], "2024-06", "text", "occurred",
              "Beistandsvertrag"),
            E("Russia and North Korea sign the mutual assistance treaty", "AGREE", ["Vladimir Putin", "Russia"],
              "2024-06", "text", "occurred", "Beistandsvertrag"),
            E("Seoul to consult the US and Japan on a joint response", "CONSULT", ["United States"], "FUTURE_REF",
              "vague", "planned", "gemeinsame Reaktion beraten"),
        ],
        [
            S("Vladimir Putin", "Thanks Kim and the North Korean soldiers for their heroism", "2025-04-28", "text",
              "dankte Kim"),
            S("Vladimir Putin, via Kremlin", "Russia will never forget the sacrifice of its Korean friends",
              "2025-04-28", "context", "niemals vergessen"),
            S("Russia", "Gerasimov: Kursk region fully retaken, North Korean units took part", "2025-04-26", "text",
              "Generalstabschef Waleri Gerassimow"),
            S("Ukraine", "General Staff: the fighting in Kursk region continues", "2025-04-29", "published",
              "Die Ukraine wies die Darstellung zurück"),
            S("Volodymyr Zelensky", "Pyongyang's admission shows Moscow cannot fight alone; more pressure on Russia "
              "needed", "2025-04-28TEV", "text", "Videoansprache am Montagabend"),
            S("Dmitry Peskov", "Cooperation with Pyongyang is directed against no third country and complies with "
              "international law", "2025-04-29", "text", "richte sich gegen kein drittes Land"),
            S("Dmitry Peskov", "Criticism from Seoul and Tokyo is interference in the affairs of two sovereign "
              "states", "2025-04-29", "context", "Kritik aus Seoul und Tokio"),
            S("United States", "North Korea's open involvement is a dangerous expansion of the war for which Moscow "
              "and Pyongyang are responsible", "2025-04-29", "published", "gefährliche Ausweitung"),
            S("Mark Rutte", "Russia pays for North Korea's help with technology that advances its missile programme",
              "2024-FA", "text", "Rutte hatte bereits im Herbst"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Ukraine", "Volodymyr Zelensky", "United Nations", "Dmitry Peskov",
         "United States", "Mark Rutte", "NATO"],
    ),
    doc(
        "b52de03_xi_putin_videoschalte_2022_12", "2022-12-30", DE03,
        [
            T("Freitagnachmittag", "TIME", "2022-12-30TAF"),
            T("kommenden Frühjahr", "DATE", "2023-SP"),
            T("Donnerstag", "DATE", "2022-12-29"),
            T("selben Tag", "DATE", "2022-12-29"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Ende Februar", "DATE", "2023-02", mod="END"),
            T("Dienstag", "DATE", "2022-12-27"),
            T("September", "DATE", "2022-09"),
        ],
        [
            E("Xi–Putin video call", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2022-12-30TAF", "text", "occurred",
              "hat am Freitagnachmittag"),
            E("Xi: China ready to deepen strategic coordination with Russia against hegemony", "AGREE",
              ["Xi Jinping", "Russia"], "2022-12-30TAF", "context", "occurred", "China sei bereit"),
            E("Putin invites Xi for a state visit to Moscow", "REQUEST", ["Vladimir Putin", "Xi Jinping"],
              "2022-12-30TAF", "context", "occurred", "Putin lud Xi"),
            E("Xi's state visit to Moscow in the spring", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2023-SP",
              "text", "uncertain", "Putin lud Xi"),
            E("Putin wants to expand cooperation between the two countries' armed forces", "COOPERATE",
              ["Vladimir Putin", "China"], "2022-12-30TAF", "context", "planned", "Zusammenarbeit der Streitkräfte"),
            E("China rejects US accusations of helping Moscow evade sanctions", "REJECT", ["China", "United States"],
              "2022-12-29", "context", "occurred", "wies er als „haltlos“ zurück"),
            E("Russian missile attack on Ukraine with more than 120 missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2022-12-29", "text", "occurred", "mit mehr als 120 Raketen"),
            E("Kuleba proposes a peace summit at the United Nations", "REQUEST", ["Ukraine", "United Nations"],
              "PAST_REF", "vague", "occurred", "Kuleba hatte zuletzt"),
            E("Kuleba calls on China to support Zelensky's peace formula", "REQUEST", ["Ukraine", "China"], "PAST_REF",
              "vague", "occurred", "Kuleba hatte zuletzt"),
            E("Proposed peace summit at the UN by the end of February", "CONSULT", ["Ukraine", "United Nations"],
              "2023-02", "text", "uncertain", "Kuleba hatte zuletzt", date_mod="END"),
            E("Lavrov rejects Kyiv's plan", "REJECT", ["Sergey Lavrov", "Ukraine"], "2022-12-27", "text", "occurred",
              "Lawrow wies den Plan"),
            E("Lavrov demands that Kyiv recognise the 'new territorial realities'", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2022-12-27", "text", "occurred", "Lawrow wies den Plan"),
            E("Xi and Putin met at the SCO summit in Samarkand", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
              "2022-09", "text", "occurred", "Persönlich waren sich Xi und Putin", note="15 September 2022"),
        ],
        [
            S("Xi Jinping, via China", "China will keep its objective and impartial position and encourage a "
              "constructive role for a peaceful settlement", "2022-12-30TAF", "context",
              "unparteiischen Haltung“ festhalten"),
            S("Xi Jinping, via China", "The road to peace talks will not be smooth, but there is hope if one does "
              "not give up", "2022-12-30TAF", "context", "Der Weg zu Friedensgesprächen"),
            S("Xi Jinping, via China", "China is ready to deepen strategic coordination with Russia against "
              "hegemony and power politics", "2022-12-30TAF", "context", "China sei bereit"),
            S("Kremlin", "Putin invited Xi for a state visit to Moscow in the spring", "2022-12-30", "context",
              "Putin lud Xi"),
            S("Vladimir Putin", "Such a visit would show the world the strength of Russian–Chinese relations",
              "2022-12-30TAF", "context", "Ein solcher Besuch werde"),
            S("Vladimir Putin", "Russia wants to expand cooperation between the armed forces", "2022-12-30TAF",
              "context", "Zusammenarbeit der Streitkräfte"),
            S("Yuri Ushakov", "The situation in Ukraine was discussed in detail", "2022-12-30", "context",
              "ausführlich"),
            S("Yuri Ushakov", "Xi made no concrete mediation proposals, but the talks were trusting", "2022-12-30",
              "context", "keine konkreten Vermittlungsvorschläge"),
            S("China", "Wang Wenbin: China is on the side of peace and will keep promoting talks", "2022-12-29",
              "text", "Außenamtssprecher Wang Wenbin"),
            S("China", "US accusations that Beijing helps Moscow evade sanctions are baseless", "2022-12-29",
              "context", "wies er als „haltlos“ zurück"),
            S("Ukraine", "Russia attacked with more than 120 missiles", "2022-12-30", "published",
              "mit mehr als 120 Raketen"),
            S("Ukraine", "Kuleba proposes a UN peace summit by the end of February and calls on China to back the "
              "peace formula", "PAST_REF", "vague", "Kuleba hatte zuletzt"),
            S("Sergey Lavrov", "Rejects the plan; Kyiv must recognise the new territorial realities", "2022-12-27",
              "text", "Lawrow wies den Plan"),
            S("United States", "Concerned about the growing closeness between Beijing and Moscow", "2022-12-30",
              "published", "US-Außenministerium äußerte"),
        ],
        ["Xi Jinping", "Vladimir Putin", "China", "Russia", "Kremlin", "Yuri Ushakov", "United States", "Ukraine",
         "United Nations", "Volodymyr Zelensky", "Sergey Lavrov"],
    ),
    doc(
        "b52de04_to_lam_kreml_2025_05", "2025-05-11", DE04,
        [
            T("Samstag", "DATE", "2025-05-10", 0),
            T("vor 75 Jahren", "DATE", "1950"),
            T("Freitag", "DATE", "2025-05-09"),
            T("Ende April", "DATE", "2025-04", mod="END"),
            T("der Nacht zum Sonntag", "TIME", "2025-05-10TNI", note="night of 10 to 11 May"),
            T("15. Mai", "DATE", "2025-05-15"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
            T("Samstag", "DATE", "2025-05-10", 1),
            T("30-tägige", "DURATION", "P30D"),
            T("Montag", "DATE", "2025-05-12", 0),
            T("Sonntag", "DATE", "2025-05-11", 1),
            T("Montag", "DATE", "2025-05-12", 1),
            T("Februar", "DATE", "2025-02"),
        ],
        [
            E("To Lam and Putin hold talks in the Kremlin", "CONSULT", ["Vladimir Putin"], "2025-05-10", "text",
              "occurred", "haben am Samstag im Kreml"),
            E("Vietnam and Russia adopt a joint statement on deepening their strategic partnership", "AGREE",
              ["Vladimir Putin"], "2025-05-10", "context", "occurred", "Beide Seiten verabschiedeten"),
            E("More than a dozen agreements signed, incl. a nuclear research centre and oil and gas production",
              "AGREE", ["Russia"], "2025-05-10", "context", "occurred", "mehr als ein Dutzend Abkommen"),
            E("Ukraine warns foreign guests against travelling to Moscow", "REQUEST", ["Ukraine"], "2025-04", "text",
              "occurred", "Die Ukraine hatte ausländische Gäste", date_mod="END"),
            E("Putin proposes direct negotiations with Ukraine in Istanbul", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-05-10TNI", "text", "occurred", "schlug Putin im Kreml direkte Verhandlungen"),
            E("Direct Russia–Ukraine talks to begin in Istanbul on 15 May", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-15", "text", "planned", "schlug Putin im Kreml direkte Verhandlungen"),
            E("Putin: Russia ready to resume the talks without preconditions", "AGREE", ["Vladimir Putin", "Ukraine"],
              "2025-05-10TNI", "context", "occurred", "ohne Vorbedingungen"),
            E("Kyiv broke off the talks in spring 2022 (Putin's account)", "REJECT", ["Ukraine", "Russia"], "2022-SP",
              "text", "occurred", "ohne Vorbedingungen"),
            E("Leaders of France, Germany, the UK and Poland visit Kyiv", "CONSULT",
              ["France", "Germany", "United Kingdom", "Poland", "Ukraine"], "2025-05-10", "text", "occurred",
              "bei einem Besuch in Kiew"),
            E("European leaders demand an unconditional 30-day ceasefire from Monday", "REQUEST",
              ["France", "Germany", "United Kingdom", "Poland", "Russia"], "2025-05-10", "text", "occurred",
              "bei einem Besuch in Kiew"),
            E("European leaders threaten Moscow with tougher sanctions", "THREATEN",
              ["France", "Germany", "United Kingdom", "Poland", "Russia"], "2025-05-10", "text", "occurred",
              "bei einem Besuch in Kiew"),
            E("Peskov rejects the 'language of ultimatums'", "REJECT",
              ["Dmitry Peskov", "France", "Germany", "United Kingdom", "Poland"], "2025-05-11", "published",
              "occurred", "Sprache von Ultimaten"),
            E("Lukashenko to receive To Lam in Minsk", "CONSULT", ["Alexander Lukashenko", "Belarus"], "2025-05-12",
              "text", "planned", "Alexander Lukaschenko am Montag"),
            E("Vietnam's deputy foreign minister holds political consultations in Kyiv", "CONSULT", ["Ukraine"],
              "2025-02", "text", "occurred", "Nguyen Minh Hang"),
        ],
        [
            S("Vladimir Putin", "Vietnam is a reliable friend; thanks To Lam for attending the Victory Day "
              "celebrations", "2025-05-10", "context", "verlässlichen Freund"),
            S("Yuri Ushakov", "Putin briefed To Lam on Ukraine and the contacts with the US administration",
              "2025-05-10", "context", "Nach Angaben von Kremlberater"),
            S("Ukraine", "Warns foreign guests against travelling to Moscow; cannot guarantee their safety", "2025-04",
              "text", "Die Ukraine hatte ausländische Gäste"),
            S("Vladimir Putin", "Proposes direct negotiations with Ukraine in Istanbul from 15 May", "2025-05-10TNI",
              "text", "schlug Putin im Kreml direkte Verhandlungen"),
            S("Vladimir Putin", "Russia wants to resume without preconditions the talks Kyiv broke off in 2022",
              "2025-05-10TNI", "context", "ohne Vorbedingungen"),
            S("Joint statement: France, Germany, United Kingdom, Poland",
              "Demand an unconditional 30-day ceasefire from Monday, otherwise tougher sanctions", "2025-05-10",
              "text", "bei einem Besuch in Kiew"),
            S("Dmitry Peskov", "The language of ultimatums is unacceptable", "2025-05-11", "published",
              "Sprache von Ultimaten"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "Yuri Ushakov", "Ukraine", "United States", "United Nations",
         "Xi Jinping", "China", "France", "Germany", "United Kingdom", "Poland", "Dmitry Peskov",
         "Alexander Lukashenko", "Belarus"],
    ),
    doc(
        "b52de05_oscar_jenkins_freilassung_2026_03", "2026-03-18", DE05,
        [
            T("15 Monaten", "DURATION", "P15M"),
            T("Freitag", "DATE", "2026-03-13"),
            T("Sonntagmorgen", "TIME", "2026-03-15TMO"),
            T("Montag", "DATE", "2026-03-16"),
            T("Dezember 2024", "DATE", "2024-12"),
            T("Februar 2025", "DATE", "2025-02"),
            T("März 2025", "DATE", "2025-03"),
            T("vergangenen Herbst", "DATE", "2025-FA"),
            T("13 Jahren", "DURATION", "P13Y"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Monaten", "DURATION", "PXM", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Russia and Ukraine exchange 157 prisoners of war each, Oscar Jenkins among them", "CONCEDE",
              ["Russia", "Ukraine"], "2026-03-13", "text", "occurred", "kam am Freitag bei einem Gefangenenaustausch"),
            E("The UAE mediates the exchange", "CONSULT", ["Russia", "Ukraine"], "2026-03-13", "context", "occurred",
              "Vermittelt hatten den Austausch"),
            E("Australia will keep pressing for the release of all foreign volunteers held by Russia", "REQUEST",
              ["Russia"], "2026-03-18", "published", "occurred", "Penny Wong kündigte an"),
            E("Jenkins captured by Russian forces in eastern Ukraine", "COERCE", ["Russia"], "2024-12", "text",
              "occurred", "Jenkins war im Dezember 2024"),
            E("Canberra summons the Russian ambassador", "ACCUSE", ["Russia"], "2025-02", "text", "occurred",
              "bestellte damals den russischen Botschafter"),
            E("Canberra threatens Moscow with serious consequences", "THREATEN", ["Russia"], "2025-02", "text",
              "occurred", "bestellte damals den russischen Botschafter"),
            E("Court in occupied Luhansk sentences Jenkins to 13 years as a mercenary", "COERCE", ["Russia"],
              "2025-FA", "text", "occurred", "Ein Gericht im besetzten Luhansk"),
            E("Kyiv condemns the sentence as a breach of the Geneva Conventions", "ACCUSE", ["Ukraine", "Russia"],
              "2025-FA", "context", "occurred", "Ein Gericht im besetzten Luhansk"),
            E("Zakharova demands Australia keep its citizens out of the fighting", "REQUEST", ["Maria Zakharova"],
              "2026-03-18", "published", "occurred", "Sprecherin Maria Sacharowa forderte"),
            E("Peskov: further exchanges possible", "AGREE", ["Dmitry Peskov", "Ukraine"], "2026-03-18", "published",
              "occurred", "weitere Austausche seien möglich"),
            E("Peskov: condition that Kyiv remains constructive", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2026-03-18", "published", "occurred", "weitere Austausche seien möglich"),
            E("Australia has sanctioned more than 1,400 Russian persons and entities since February 2022", "SANCTION",
              ["Russia"], "2022-02", "text", "occurred", "Australien hat seit Februar 2022", date_mod="START"),
            E("Australia has pledged over 1.5 billion Australian dollars in military aid to Ukraine", "AID",
              ["Ukraine"], "2022-02", "text", "occurred", "Australien hat seit Februar 2022", date_mod="START"),
        ],
        [
            S("Russia", "157 prisoners of war were handed over by each side", "2026-03-18", "published",
              "kam am Freitag bei einem Gefangenenaustausch"),
            S("Ukraine", "157 prisoners of war were handed over by each side", "2026-03-18", "published",
              "kam am Freitag bei einem Gefangenenaustausch"),
            S("Russia", "Jenkins is alive and held in a camp", "2025-03", "text", "Erst im März 2025 bestätigte"),
            S("Ukraine", "The sentence breaches the Geneva Conventions", "2025-FA", "context",
              "Ein Gericht im besetzten Luhansk"),
            S("Russia", "The release is a gesture of goodwill", "2026-03-18", "published", "Geste des guten Willens"),
            S("Maria Zakharova", "Australia should keep its citizens from taking part in the fighting", "2026-03-18",
              "published", "Sprecherin Maria Sacharowa forderte"),
            S("Dmitry Peskov", "Further exchanges are possible if Kyiv remains constructive", "2026-03-18",
              "published", "weitere Austausche seien möglich"),
            S("Andrii Sybiha", "Thousands of Ukrainians are still held by Russia", "2026-03-18", "published",
              "schrieb auf X"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Andrii Sybiha"],
    ),
    doc(
        "b52de06_indien_nayara_sanktionen_2025_07", "2025-07-22", DE06,
        [
            T("Freitag", "DATE", "2025-07-18", 0),
            T("Vormittag", "TIME", "2025-07-18TMO"),
            T("wochenlanger", "DURATION", "PXW"),
            T("jährlich", "SET", "P1Y"),
            T("dem 21. Januar 2026", "DATE", "2026-01-21"),
            T("Dienstag vergangener Woche", "DATE", "2025-07-15"),
            T("14. Juli", "DATE", "2025-07-14"),
            T("50 Tage", "DURATION", "P50D"),
            T("Wochenende", "DATE", "2025-W29-WE"),
            T("Freitag", "DATE", "2025-07-18", 1),
            T("Jahresende", "DATE", "2025", mod="END"),
            T("September", "DATE", "2025-09"),
            T("Montag", "DATE", "2025-07-21"),
            T("vergangenen Jahr", "DATE", "2024"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("India rejects unilateral EU sanctions", "REJECT", ["European Union"], "2025-07-18", "text", "occurred",
              "Indien unterstütze keine einseitigen"),
            E("EU adopts its 18th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2025-07-18TMO", "text", "occurred", "Indien unterstütze keine einseitigen"),
            E("India accuses the EU of double standards in energy trade", "ACCUSE", ["European Union"], "2025-07-18",
              "context", "occurred", "keine doppelten Standards"),
            E("EU lowers the price cap for Russian crude to 47.60 dollars", "SANCTION", ["European Union", "Russia"],
              "2025-07-18", "context", "occurred", "Zudem senkt die EU"),
            E("EU ban on fuels refined from Russian crude in third countries from 21 January 2026", "SANCTION",
              ["European Union", "Russia"], "2026-01-21", "text", "planned", "Zudem senkt die EU"),
            E("Rutte warns India, China and Brazil of secondary sanctions", "THREATEN", ["Mark Rutte", "China"],
              "2025-07-15", "text", "occurred", "Rutte in Washington gewarnt"),
            E("Rutte urges New Delhi, Beijing and Brasília to press Putin into peace talks", "REQUEST",
              ["Mark Rutte", "China", "Vladimir Putin"], "2025-07-15", "context", "occurred",
              "Er forderte die Regierungen"),
            E("Trump gives Russia 50 days for a ceasefire or tariffs of about 100 percent on buyers of its oil",
              "THREATEN", ["Donald Trump", "Russia"], "2025-07-14", "text", "occurred", "Hintergrund ist ein Ultimatum",
              note="deadline around 2 September 2025"),
            E("Peskov calls the package illegal", "ACCUSE", ["Dmitry Peskov", "European Union"], "2025-07-18", "text",
              "occurred", "nannte Kremlsprecher Dmitri Peskow"),
            E("Kallas announces further steps while Russia continues its war", "SANCTION",
              ["Kaja Kallas", "European Union", "Russia"], "2025-07-22", "published", "planned", "Kallas sprach"),
            E("EU and India aim to conclude their free trade agreement by the end of the year", "AGREE",
              ["European Union"], "2025", "text", "planned", "Freihandelsabkommen", date_mod="END"),
            E("Next EU–India negotiating round in New Delhi in September", "CONSULT", ["European Union"], "2025-09",
              "text", "planned", "Freihandelsabkommen"),
            E("Switzerland to decide whether to adopt the 18th package", "SANCTION", ["Russia"], "FUTURE_REF", "vague",
              "uncertain", "Ob die Schweiz"),
        ],
        [
            S("Mark Rutte", "India, China and Brazil could be hit very hard by secondary sanctions if they keep "
              "buying Russian oil", "2025-07-15", "text", "Rutte in Washington gewarnt"),
            S("Mark Rutte", "Urges New Delhi, Beijing and Brasília to press Putin into serious peace talks",
              "2025-07-15", "context", "Er forderte die Regierungen"),
            S("Donald Trump", "Gives Russia 50 days for a ceasefire, otherwise tariffs of about 100 percent on "
              "buyers of Russian oil", "2025-07-14", "text", "Hintergrund ist ein Ultimatum"),
            S("Dmitry Peskov", "The package is illegal; Russia has long adapted to the sanctions", "2025-07-18",
              "text", "nannte Kremlsprecher Dmitri Peskow"),
            S("Kaja Kallas", "One of the toughest packages so far; more steps will follow while Russia continues "
              "its war", "2025-07-22", "published", "Kallas sprach"),
        ],
        ["European Union", "Russia", "Mark Rutte", "NATO", "China", "Kremlin", "Vladimir Putin", "Donald Trump",
         "United States", "Dmitry Peskov", "Kaja Kallas"],
    ),
]
